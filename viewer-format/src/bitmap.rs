//! A packed bit vector: validity masks and boolean columns.

/// Bits packed LSB-first into bytes (bit `i` is `bytes[i / 8] >> (i % 8) & 1`).
/// Unused bits of the last byte are always zero, so equal bitmaps have equal
/// bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Bitmap {
    bytes: Vec<u8>,
    len: usize,
}

impl Bitmap {
    /// An empty bitmap.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty bitmap with room for `bits` bits.
    pub fn with_capacity(bits: usize) -> Self {
        Self { bytes: Vec::with_capacity(bits.div_ceil(8)), len: 0 }
    }

    /// `len` bits, all set.
    pub fn all_set(len: usize) -> Self {
        let mut map = Self { bytes: vec![0xFF; len.div_ceil(8)], len };
        map.clear_tail();
        map
    }

    /// `len` bits, all clear.
    pub fn all_clear(len: usize) -> Self {
        Self { bytes: vec![0; len.div_ceil(8)], len }
    }

    /// One bit per `bool`.
    pub fn from_bools(bits: &[bool]) -> Self {
        bits.iter().copied().collect()
    }

    /// Takes packed bytes holding `len` bits; `None` unless there are exactly
    /// `ceil(len / 8)` bytes. Stray bits past `len` are cleared.
    pub fn from_bytes(bytes: Vec<u8>, len: usize) -> Option<Self> {
        if bytes.len() != len.div_ceil(8) {
            return None;
        }
        let mut map = Self { bytes, len };
        map.clear_tail();
        Some(map)
    }

    /// Number of bits.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no bits.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bit `i`; `false` past the end.
    pub fn get(&self, i: usize) -> bool {
        i < self.len && self.bytes.get(i / 8).is_some_and(|b| b >> (i % 8) & 1 == 1)
    }

    /// Appends one bit.
    pub fn push(&mut self, bit: bool) {
        if self.len.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if bit {
            if let Some(last) = self.bytes.last_mut() {
                *last |= 1 << (self.len % 8);
            }
        }
        self.len += 1;
    }

    /// Number of set bits.
    pub fn count_ones(&self) -> usize {
        self.bytes.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// The packed bytes, `ceil(len / 8)` of them.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bits in order.
    pub fn iter(&self) -> impl Iterator<Item = bool> + '_ {
        (0..self.len).map(|i| self.get(i))
    }

    fn clear_tail(&mut self) {
        if !self.len.is_multiple_of(8) {
            if let Some(last) = self.bytes.last_mut() {
                *last &= (1u8 << (self.len % 8)) - 1;
            }
        }
    }
}

impl FromIterator<bool> for Bitmap {
    fn from_iter<I: IntoIterator<Item = bool>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let mut map = Self::with_capacity(iter.size_hint().0);
        for bit in iter {
            map.push(bit);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_get_and_count() {
        let bits = [true, false, true, true, false, false, false, true, true, false];
        let map = Bitmap::from_bools(&bits);
        assert_eq!(map.len(), 10);
        assert_eq!(map.as_bytes(), &[0b1000_1101, 0b01]);
        assert!(bits.iter().enumerate().all(|(i, b)| map.get(i) == *b));
        assert!(!map.get(10) && !map.get(usize::MAX));
        assert_eq!(map.count_ones(), 5);
        assert_eq!(map.iter().collect::<Vec<_>>(), bits);
    }

    #[test]
    fn all_set_is_canonical() {
        let map = Bitmap::all_set(11);
        assert_eq!(map.as_bytes(), &[0xFF, 0b111]);
        assert_eq!(map, Bitmap::from_bools(&[true; 11]));
        assert_eq!(Bitmap::all_clear(9), Bitmap::from_bools(&[false; 9]));
        assert!(Bitmap::all_set(0).is_empty());
    }

    #[test]
    fn from_bytes_checks_length_and_clears_tail() {
        assert_eq!(Bitmap::from_bytes(vec![0xFF], 9), None);
        assert_eq!(Bitmap::from_bytes(vec![0xFF, 0xFF], 9), Some(Bitmap::all_set(9)));
        assert_eq!(Bitmap::from_bytes(vec![], 0), Some(Bitmap::new()));
    }
}
