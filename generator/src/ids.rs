//! Check characters of the identifiers the regulation names (art. 19):
//! the unified social credit code (USCC, GB 32100-2015) and the resident
//! ID number (GB 11643-1999).

const USCC_CHARS: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// The expected 18th character of a USCC, or `None` if the first 17 are not
/// from the code's character set.
pub fn uscc_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in b.iter().zip(USCC_WEIGHTS) {
        let v = USCC_CHARS.iter().position(|x| x == c)? as u32;
        sum += v * w;
    }
    let check = (31 - sum % 31) % 31;
    Some(USCC_CHARS[check as usize] as char)
}

pub fn uscc_valid(code: &str) -> bool {
    code.len() == 18 && code.is_ascii() && uscc_check_char(&code[..17]) == code[17..].chars().next()
}

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: &[u8] = b"10X98765432";

pub fn resident_id_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = b.iter().zip(ID_WEIGHTS).map(|(c, w)| u32::from(c - b'0') * w).sum();
    Some(ID_CHECK[(sum % 11) as usize] as char)
}

/// An 18-character resident ID number whose check digit is right.
pub fn resident_id_valid(s: &str) -> bool {
    s.len() == 18 && s.is_ascii() && resident_id_check_char(&s[..17]) == s[17..].chars().next().map(|c| c.to_ascii_uppercase())
}

/// A mainland mobile number: 11 digits, `1[3-9]…`.
pub fn is_mobile(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]) && b.iter().all(u8::is_ascii_digit)
}

/// Whole tokens of a text that are resident ID numbers or mobile numbers:
/// runs of ASCII letters and digits (a number counts only as a whole token,
/// so a 13-digit timestamp holding a mobile-like run is not a mobile).
pub fn pii_tokens(text: &str) -> impl Iterator<Item = (PiiKind, &str)> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter_map(|t| {
        if resident_id_valid(t) {
            Some((PiiKind::ResidentId, t))
        } else if is_mobile(t) {
            Some((PiiKind::Mobile, t))
        } else {
            None
        }
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiKind {
    ResidentId,
    Mobile,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uscc_examples() {
        // A commonly cited valid example code.
        assert!(uscc_valid("91350100M000100Y43"));
        assert!(!uscc_valid("91350100M000100Y44"));
        assert!(!uscc_valid("9135"));
        assert_eq!(uscc_check_char("9135010"), None);
    }

    #[test]
    fn resident_id_examples() {
        // GB 11643's own worked example.
        assert!(resident_id_valid("11010519491231002X"));
        assert!(resident_id_valid("11010519491231002x"));
        assert!(!resident_id_valid("110105194912310021"));
        assert!(!resident_id_valid("11010519491231002"));
    }

    #[test]
    fn tokens_are_whole() {
        let found: Vec<_> = pii_tokens("tel 13812345678, ts 1381234567890, id 11010519491231002X").collect();
        assert_eq!(found, vec![(PiiKind::Mobile, "13812345678"), (PiiKind::ResidentId, "11010519491231002X")]);
        assert_eq!(pii_tokens("a13812345678").count(), 0);
        assert_eq!(pii_tokens("0543-3212345").count(), 0);
    }
}
