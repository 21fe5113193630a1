//! The serialized shape of a chunk column, and the conversions to and from
//! [`ColumnData`]. Only valid (non-null) values are stored; integers, dates,
//! datetimes and decimal numbers pick plain or delta form, whichever is smaller.

use serde::{Deserialize, Serialize};

use crate::{Bitmap, ColumnData, FormatError};

#[derive(Serialize, Deserialize)]
pub(crate) struct WireChunk {
    pub first_row: u64,
    pub rows: u32,
    pub columns: Vec<WireColumn>,
}

#[derive(Serialize, Deserialize)]
pub(crate) enum WireColumn {
    Integer { valid: Validity, values: Ints },
    Number { valid: Validity, values: Numbers },
    Boolean { valid: Validity, bits: Vec<u8> },
    Date { valid: Validity, days: Ints },
    DateTime { valid: Validity, ms: Ints },
    String { valid: Validity, dict: Vec<String>, codes: Codes },
}

/// Which rows are valid; the row count comes from the chunk.
#[derive(Serialize, Deserialize)]
pub(crate) enum Validity {
    All,
    None,
    Bits(Vec<u8>),
}

/// Integers as zigzag varints, either as they are or as differences from the
/// previous value (wrapping, so any i64 sequence round-trips).
#[derive(Serialize, Deserialize)]
pub(crate) enum Ints {
    Plain(Vec<i64>),
    Delta(Vec<i64>),
}

/// Floats as 8 bytes each, or as integer mantissas `m` with `v == m as f64 / 10^scale`
/// exactly (bit for bit), when that holds for every value.
#[derive(Serialize, Deserialize)]
pub(crate) enum Numbers {
    Float(Vec<f64>),
    Decimal { scale: u8, mantissas: Ints },
}

/// String codes; `Identity` when they are 0, 1, 2, … (every value distinct).
#[derive(Serialize, Deserialize)]
pub(crate) enum Codes {
    Identity,
    List(Vec<u32>),
}

const POW10: [f64; 10] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

pub(crate) fn to_wire(col: &ColumnData) -> WireColumn {
    let valid = col.valid();
    let v = Validity::of(valid);
    match col {
        ColumnData::Integer { values, .. } => WireColumn::Integer { valid: v, values: Ints::new(kept(values, valid)) },
        ColumnData::Number { values, .. } => WireColumn::Number { valid: v, values: Numbers::new(kept(values, valid)) },
        ColumnData::Boolean { values, .. } => {
            let bits: Bitmap = values.iter().zip(valid.iter()).filter(|(_, ok)| *ok).map(|(b, _)| b).collect();
            WireColumn::Boolean { valid: v, bits: bits.as_bytes().to_vec() }
        }
        ColumnData::Date { days, .. } => {
            let days = kept(days, valid).into_iter().map(i64::from).collect();
            WireColumn::Date { valid: v, days: Ints::new(days) }
        }
        ColumnData::DateTime { ms, .. } => WireColumn::DateTime { valid: v, ms: Ints::new(kept(ms, valid)) },
        ColumnData::String { dict, codes, .. } => {
            let codes = kept(codes, valid);
            let identity = codes.iter().enumerate().all(|(i, c)| *c as usize == i);
            let codes = if identity { Codes::Identity } else { Codes::List(codes) };
            WireColumn::String { valid: v, dict: dict.clone(), codes }
        }
    }
}

pub(crate) fn from_wire(col: WireColumn, rows: usize) -> Result<ColumnData, FormatError> {
    Ok(match col {
        WireColumn::Integer { valid, values } => {
            let valid = valid.bitmap(rows)?;
            ColumnData::Integer { values: expand(&valid, values.values())?, valid }
        }
        WireColumn::Number { valid, values } => {
            let valid = valid.bitmap(rows)?;
            ColumnData::Number { values: expand(&valid, values.values()?)?, valid }
        }
        WireColumn::Boolean { valid, bits } => {
            let valid = valid.bitmap(rows)?;
            let bits = Bitmap::from_bytes(bits, valid.count_ones())
                .ok_or_else(|| FormatError::Invalid("boolean bits do not match the valid rows".into()))?;
            let mut kept = bits.iter();
            let values = valid.iter().map(|ok| ok && kept.next().unwrap_or(false)).collect();
            ColumnData::Boolean { values, valid }
        }
        WireColumn::Date { valid, days } => {
            let valid = valid.bitmap(rows)?;
            let days = days.values().into_iter().map(i32::try_from).collect::<Result<Vec<_>, _>>();
            let days = days.map_err(|_| FormatError::Invalid("date outside the i32 day range".into()))?;
            ColumnData::Date { days: expand(&valid, days)?, valid }
        }
        WireColumn::DateTime { valid, ms } => {
            let valid = valid.bitmap(rows)?;
            ColumnData::DateTime { ms: expand(&valid, ms.values())?, valid }
        }
        WireColumn::String { valid, dict, codes } => {
            let valid = valid.bitmap(rows)?;
            let codes = match codes {
                Codes::Identity => (0..valid.count_ones() as u32).collect(),
                Codes::List(codes) => codes,
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
            _ => Validity::Bits(valid.as_bytes().to_vec()),
        }
    }

    fn bitmap(self, rows: usize) -> Result<Bitmap, FormatError> {
        match self {
            Validity::All => Ok(Bitmap::all_set(rows)),
            Validity::None => Ok(Bitmap::all_clear(rows)),
            Validity::Bits(bytes) => Bitmap::from_bytes(bytes, rows)
                .ok_or_else(|| FormatError::Invalid(format!("validity bitmap is not {rows} bits long"))),
        }
    }
}

impl Ints {
    fn new(values: Vec<i64>) -> Self {
        let mut prev = 0i64;
        let deltas: Vec<i64> = values
            .iter()
            .map(|v| {
                let d = v.wrapping_sub(prev);
                prev = *v;
                d
            })
            .collect();
        if varint_bytes(&deltas) < varint_bytes(&values) {
            Ints::Delta(deltas)
        } else {
            Ints::Plain(values)
        }
    }

    fn values(self) -> Vec<i64> {
        match self {
            Ints::Plain(values) => values,
            Ints::Delta(mut deltas) => {
                let mut acc = 0i64;
                for d in &mut deltas {
                    acc = acc.wrapping_add(*d);
                    *d = acc;
                }
                deltas
            }
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
                let ints = Ints::new(mantissas);
                let len = match &ints {
                    Ints::Plain(v) | Ints::Delta(v) => varint_bytes(v),
                };
                if len < values.len() * 8 {
                    return Numbers::Decimal { scale: scale as u8, mantissas: ints };
                }
            }
        }
        Numbers::Float(values)
    }

    fn values(self) -> Result<Vec<f64>, FormatError> {
        match self {
            Numbers::Float(values) => Ok(values),
            Numbers::Decimal { scale, mantissas } => {
                let p = *POW10
                    .get(usize::from(scale))
                    .ok_or_else(|| FormatError::Invalid(format!("decimal scale {scale} is above 9")))?;
                Ok(mantissas.values().into_iter().map(|m| m as f64 / p).collect())
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

/// Bytes postcard spends on these values as zigzag varints.
fn varint_bytes(values: &[i64]) -> usize {
    values
        .iter()
        .map(|v| {
            let zz = ((v << 1) ^ (v >> 63)) as u64;
            ((64 - zz.leading_zeros() as usize).div_ceil(7)).max(1)
        })
        .sum()
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
