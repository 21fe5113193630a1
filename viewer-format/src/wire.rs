//! The serialized shape of a chunk column, and the conversions to and from
//! [`ColumnData`]. Only valid (non-null) values are stored. Integers, dates,
//! datetimes, decimal mantissas and string codes are packed as fixed-width
//! offsets from the smallest value ("frame of reference", 0 to 64 bits a
//! value), optionally of the differences between neighbours (sorted dates
//! cost a bit or two); floats as raw 8-byte little-endian. Arrays are
//! stored as one byte string each, so decoding is a copy and a widening loop,
//! not a varint per value.

use serde::de::{Deserializer, Error as _, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::{Bitmap, ColumnData, FormatError};

#[derive(Serialize, Deserialize)]
pub(crate) struct WireChunk {
    pub first_row: u64,
    pub rows: u32,
    pub columns: Vec<WireColumn>,
}

#[derive(Serialize, Deserialize)]
pub(crate) enum WireColumn {
    Integer { valid: Validity, values: Packed },
    Number { valid: Validity, values: Numbers },
    Boolean { valid: Validity, bits: Bytes },
    Date { valid: Validity, days: Packed },
    DateTime { valid: Validity, ms: Packed },
    String { valid: Validity, dict: Vec<String>, codes: Codes },
}

/// A byte string: postcard writes a length and the bytes, read back in one copy.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bytes(pub Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Bytes;
            fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_borrowed_bytes<E: serde::de::Error>(self, v: &'de [u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Bytes, A::Error> {
                let mut v = Vec::new();
                while let Some(b) = seq.next_element::<u8>()? {
                    if v.len() >= 1 << 26 {
                        return Err(A::Error::custom("byte string too long"));
                    }
                    v.push(b);
                }
                Ok(Bytes(v))
            }
        }
        d.deserialize_bytes(V)
    }
}

/// Which rows are valid; the row count comes from the chunk.
#[derive(Serialize, Deserialize)]
pub(crate) enum Validity {
    All,
    None,
    Bits(Bytes),
}

/// Integers as `base + offset`, each offset `width` bits (0 to 64; 0: every
/// value is `base`), packed LSB-first; whole bytes little-endian when the
/// width is a multiple of 8. `Delta`: the first value, then the
/// wrapping differences between neighbours packed the same way, so any i64
/// sequence round-trips.
#[derive(Serialize, Deserialize)]
pub(crate) enum Packed {
    Frame { base: i64, width: u8, data: Bytes },
    Delta { first: i64, base: i64, width: u8, data: Bytes },
}

/// Floats as 8 bytes little-endian each, or as integer mantissas `m` with
/// `v == m as f64 / 10^scale` exactly (bit for bit), when that holds for every value.
#[derive(Serialize, Deserialize)]
pub(crate) enum Numbers {
    Float(Bytes),
    Decimal { scale: u8, mantissas: Packed },
}

/// String codes; `Identity` when they are 0, 1, 2, … (every value distinct).
#[derive(Serialize, Deserialize)]
pub(crate) enum Codes {
    Identity,
    Packed(Packed),
}

const POW10: [f64; 10] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

pub(crate) fn to_wire(col: &ColumnData) -> WireColumn {
    let valid = col.valid();
    let v = Validity::of(valid);
    match col {
        ColumnData::Integer { values, .. } => WireColumn::Integer { valid: v, values: Packed::new(&kept(values, valid)) },
        ColumnData::Number { values, .. } => WireColumn::Number { valid: v, values: Numbers::new(kept(values, valid)) },
        ColumnData::Boolean { values, .. } => {
            let bits: Bitmap = values.iter().zip(valid.iter()).filter(|(_, ok)| *ok).map(|(b, _)| b).collect();
            WireColumn::Boolean { valid: v, bits: Bytes(bits.as_bytes().to_vec()) }
        }
        ColumnData::Date { days, .. } => {
            let days: Vec<i64> = kept(days, valid).into_iter().map(i64::from).collect();
            WireColumn::Date { valid: v, days: Packed::new(&days) }
        }
        ColumnData::DateTime { ms, .. } => WireColumn::DateTime { valid: v, ms: Packed::new(&kept(ms, valid)) },
        ColumnData::String { dict, codes, .. } => {
            let codes = kept(codes, valid);
            let identity = codes.iter().enumerate().all(|(i, c)| *c as usize == i);
            let codes = if identity {
                Codes::Identity
            } else {
                Codes::Packed(Packed::new(&codes.iter().map(|c| i64::from(*c)).collect::<Vec<_>>()))
            };
            WireColumn::String { valid: v, dict: dict.clone(), codes }
        }
    }
}

pub(crate) fn from_wire(col: WireColumn, rows: usize) -> Result<ColumnData, FormatError> {
    Ok(match col {
        WireColumn::Integer { valid, values } => {
            let valid = valid.bitmap(rows)?;
            let n = valid.count_ones();
            ColumnData::Integer { values: expand(&valid, values.values(n)?)?, valid }
        }
        WireColumn::Number { valid, values } => {
            let valid = valid.bitmap(rows)?;
            let n = valid.count_ones();
            ColumnData::Number { values: expand(&valid, values.values(n)?)?, valid }
        }
        WireColumn::Boolean { valid, bits } => {
            let valid = valid.bitmap(rows)?;
            let bits = Bitmap::from_bytes(bits.0, valid.count_ones())
                .ok_or_else(|| FormatError::Invalid("boolean bits do not match the valid rows".into()))?;
            let mut kept = bits.iter();
            let values = valid.iter().map(|ok| ok && kept.next().unwrap_or(false)).collect();
            ColumnData::Boolean { values, valid }
        }
        WireColumn::Date { valid, days } => {
            let valid = valid.bitmap(rows)?;
            let n = valid.count_ones();
            let days = days.values(n)?.into_iter().map(i32::try_from).collect::<Result<Vec<_>, _>>();
            let days = days.map_err(|_| FormatError::Invalid("date outside the i32 day range".into()))?;
            ColumnData::Date { days: expand(&valid, days)?, valid }
        }
        WireColumn::DateTime { valid, ms } => {
            let valid = valid.bitmap(rows)?;
            let n = valid.count_ones();
            ColumnData::DateTime { ms: expand(&valid, ms.values(n)?)?, valid }
        }
        WireColumn::String { valid, dict, codes } => {
            let valid = valid.bitmap(rows)?;
            let n = valid.count_ones();
            let codes = match codes {
                Codes::Identity => (0..n as u32).collect(),
                Codes::Packed(p) => {
                    let v = p.values(n)?;
                    let bad = v.iter().any(|c| !(0..=i64::from(u32::MAX)).contains(c));
                    if bad {
                        return Err(FormatError::Invalid("string code outside u32".into()));
                    }
                    v.into_iter().map(|c| c as u32).collect()
                }
            };
            ColumnData::String { dict, codes: expand(&valid, codes)?, valid }
        }
    })
}

impl Validity {
    fn of(valid: &Bitmap) -> Self {
        match valid.count_ones() {
            n if n == valid.len() => Validity::All,
            0 => Validity::None,
            _ => Validity::Bits(Bytes(valid.as_bytes().to_vec())),
        }
    }

    fn bitmap(self, rows: usize) -> Result<Bitmap, FormatError> {
        match self {
            Validity::All => Ok(Bitmap::all_set(rows)),
            Validity::None => Ok(Bitmap::all_clear(rows)),
            Validity::Bits(bytes) => Bitmap::from_bytes(bytes.0, rows)
                .ok_or_else(|| FormatError::Invalid(format!("validity bitmap is not {rows} bits long"))),
        }
    }
}

/// Bits needed for `v` as an unsigned number (0 for 0).
fn width_of(v: u64) -> u8 {
    (64 - v.leading_zeros()) as u8
}

impl Packed {
    fn new(values: &[i64]) -> Self {
        let deltas: Vec<i64> = {
            let mut prev = 0i64;
            values
                .iter()
                .map(|v| {
                    let d = v.wrapping_sub(prev);
                    prev = *v;
                    d
                })
                .collect()
        };
        let frame = |v: &[i64]| {
            let min = v.iter().copied().min().unwrap_or(0);
            let max_off = v.iter().map(|x| x.wrapping_sub(min) as u64).max().unwrap_or(0);
            (min, width_of(max_off))
        };
        let (pmin, pw) = frame(values);
        // Delta form, when narrower: the first value, then the differences
        // packed from their own minimum.
        if values.len() > 1 {
            let (dmin, dw) = frame(&deltas[1..]);
            if dw < pw {
                return Packed::Delta { first: values[0], base: dmin, width: dw, data: Bytes(pack(&deltas[1..], dmin, dw)) };
            }
        }
        Packed::Frame { base: pmin, width: pw, data: Bytes(pack(values, pmin, pw)) }
    }

    fn len(&self) -> usize {
        match self {
            Packed::Frame { data, .. } | Packed::Delta { data, .. } => data.0.len(),
        }
    }

    /// The `n` values.
    fn values(self, n: usize) -> Result<Vec<i64>, FormatError> {
        let (first, base, width, data) = match self {
            Packed::Frame { base, width, data } => (None, base, width, data.0),
            Packed::Delta { first, base, width, data } => (Some(first), base, width, data.0),
        };
        let w = usize::from(width);
        if w > 64 {
            return Err(FormatError::Invalid(format!("packed width {w} bits is above 64")));
        }
        let packed = if first.is_some() { n.saturating_sub(1) } else { n };
        if data.len() != packed.saturating_mul(w).div_ceil(8) || (first.is_some() && n == 0) {
            return Err(FormatError::Invalid(format!("{} packed bytes for {n} values of {w} bits", data.len())));
        }
        let Some(first) = first else { return Ok(unpack(&data, w, n, base)) };
        let mut out = Vec::with_capacity(n);
        out.push(first);
        out.extend(unpack(&data, w, packed, base));
        let mut acc = 0i64;
        for v in &mut out[1..] {
            acc = acc.wrapping_add(*v);
            *v = acc;
        }
        // out[0] is the first value; the rest are differences added up from it.
        for v in &mut out[1..] {
            *v = v.wrapping_add(first);
        }
        Ok(out)
    }
}

/// The offsets `v - base`, `width` bits each, packed LSB-first.
fn pack(values: &[i64], base: i64, width: u8) -> Vec<u8> {
    let w = usize::from(width);
    if w % 8 == 0 {
        let mut data = Vec::with_capacity(values.len() * w / 8);
        for v in values {
            data.extend_from_slice(&(v.wrapping_sub(base) as u64).to_le_bytes()[..w / 8]);
        }
        return data;
    }
    let mut data = vec![0u8; (values.len() * w).div_ceil(8)];
    for (i, v) in values.iter().enumerate() {
        let mut x = v.wrapping_sub(base) as u64;
        let (mut bit, mut left) = (i * w, w);
        while left > 0 {
            let off = bit % 8;
            let take = (8 - off).min(left);
            data[bit / 8] |= ((x & ((1u64 << take) - 1)) as u8) << off;
            x >>= take;
            bit += take;
            left -= take;
        }
    }
    data
}

/// `n` values `base + offset`, offsets `w` bits each, LSB-first (`data`
/// holds exactly `ceil(n * w / 8)` bytes).
fn unpack(data: &[u8], w: usize, n: usize, base: i64) -> Vec<i64> {
    match w {
        0 => vec![base; n],
        8 => data.iter().map(|b| base.wrapping_add(i64::from(*b))).collect(),
        16 => data.chunks_exact(2).map(|c| base.wrapping_add(i64::from(u16::from_le_bytes([c[0], c[1]])))).collect(),
        32 => data.chunks_exact(4).map(|c| base.wrapping_add(i64::from(u32::from_le_bytes([c[0], c[1], c[2], c[3]])))).collect(),
        64 => data
            .chunks_exact(8)
            .map(|c| base.wrapping_add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) as i64))
            .collect(),
        1..=56 => {
            // One unaligned 8-byte load a value (its bits never straddle more
            // than 8 bytes when w <= 56): no per-byte loop, no branch. The
            // copy pads the end so the last loads stay in bounds.
            let mask = (1u64 << w) - 1;
            let mut padded = Vec::with_capacity(data.len() + 8);
            padded.extend_from_slice(data);
            padded.resize(data.len() + 8, 0);
            (0..n)
                .map(|i| {
                    let bit = i * w;
                    let at = bit / 8;
                    let word = padded.get(at..at + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()).map_or(0, u64::from_le_bytes);
                    base.wrapping_add(((word >> (bit % 8)) & mask) as i64)
                })
                .collect()
        }
        _ => {
            let mask = if w >= 64 { u64::MAX } else { (1u64 << w) - 1 };
            (0..n)
                .map(|i| {
                    let bit = i * w;
                    let (byte, off) = (bit / 8, bit % 8);
                    let mut b = [0u8; 8];
                    let end = (byte + 8).min(data.len());
                    if let Some(src) = data.get(byte..end) {
                        b[..src.len()].copy_from_slice(src);
                    }
                    let mut x = u64::from_le_bytes(b) >> off;
                    if off + w > 64 {
                        x |= u64::from(data.get(byte + 8).copied().unwrap_or(0)) << (64 - off);
                    }
                    base.wrapping_add((x & mask) as i64)
                })
                .collect()
        }
    }
}

impl Numbers {
    fn new(values: Vec<f64>) -> Self {
        let min_scale = |v: &f64| (0..POW10.len()).find(|k| mantissa(*v, *k).is_some());
        let scale = values.iter().try_fold(0, |acc, v| min_scale(v).map(|k| acc.max(k)));
        if let Some(scale) = scale {
            let mantissas: Option<Vec<i64>> = values.iter().map(|v| mantissa(*v, scale)).collect();
            if let Some(mantissas) = mantissas {
                let packed = Packed::new(&mantissas);
                if packed.len() < values.len() * 8 {
                    return Numbers::Decimal { scale: scale as u8, mantissas: packed };
                }
            }
        }
        let mut data = Vec::with_capacity(values.len() * 8);
        for v in &values {
            data.extend_from_slice(&v.to_le_bytes());
        }
        Numbers::Float(Bytes(data))
    }

    fn values(self, n: usize) -> Result<Vec<f64>, FormatError> {
        match self {
            Numbers::Float(bytes) => {
                if bytes.0.len() != n.saturating_mul(8) {
                    return Err(FormatError::Invalid(format!("{} float bytes for {n} values", bytes.0.len())));
                }
                Ok(bytes.0.chunks_exact(8).map(|c| f64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect())
            }
            Numbers::Decimal { scale, mantissas } => {
                let p = *POW10
                    .get(usize::from(scale))
                    .ok_or_else(|| FormatError::Invalid(format!("decimal scale {scale} is above 9")))?;
                Ok(mantissas.values(n)?.into_iter().map(|m| m as f64 / p).collect())
            }
        }
    }
}

/// `m` such that `m as f64 / 10^scale` is `v`, bit for bit (so -0.0, NaN and
/// infinities never qualify).
fn mantissa(v: f64, scale: usize) -> Option<i64> {
    let p = POW10[scale];
    let m = (v * p).round();
    if !m.is_finite() || m.abs() >= 9.0e15 {
        return None;
    }
    let m = m as i64;
    ((m as f64 / p).to_bits() == v.to_bits()).then_some(m)
}

/// The entries of valid rows.
fn kept<T: Copy>(values: &[T], valid: &Bitmap) -> Vec<T> {
    if valid.count_ones() == valid.len() {
        return values.to_vec();
    }
    values.iter().zip(valid.iter()).filter(|(_, ok)| *ok).map(|(v, _)| *v).collect()
}

/// One entry per row from the entries of valid rows, nulls filled with the default.
fn expand<T: Copy + Default>(valid: &Bitmap, values: Vec<T>) -> Result<Vec<T>, FormatError> {
    if values.len() != valid.count_ones() {
        return Err(FormatError::Invalid(format!(
            "{} values for {} valid rows",
            values.len(),
            valid.count_ones()
        )));
    }
    if values.len() == valid.len() {
        return Ok(values);
    }
    let mut kept = values.into_iter();
    Ok(valid.iter().map(|ok| if ok { kept.next().unwrap_or_default() } else { T::default() }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bit_width_round_trips() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for w in 0..=64usize {
            for n in [0, 1, 2, 7, 8, 9, 63, 64, 65, 200] {
                let base = next() as i64;
                let mask = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
                let values: Vec<i64> = (0..n).map(|_| base.wrapping_add((next() & mask) as i64)).collect();
                let data = pack(&values, base, w as u8);
                assert_eq!(data.len(), (n * w).div_ceil(8), "width {w}, {n} values");
                assert_eq!(unpack(&data, w, n, base), values, "width {w}, {n} values");
            }
        }
        // Through the chosen form, sorted runs and extremes included.
        for values in [vec![], vec![5], (0..1000).map(|i| 18_262 + i / 3).collect(), vec![i64::MIN, i64::MAX, 0, -1], (0..100).map(|i| i * i * 1_000_003).collect()] {
            let n = values.len();
            assert_eq!(Packed::new(&values).values(n).unwrap(), values);
        }
    }
}
