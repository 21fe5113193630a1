//! Masking (脱敏, art. 31): the pattern follows what each value looks like —
//! resident ID numbers keep their first 6 and last 4 characters, mobile
//! numbers their first 3 and last 4, Chinese names their surname; anything
//! else becomes `***`.

const COMPOUND_SURNAMES: [&str; 20] = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "呼延",
];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '·')
}

pub fn mask_value(v: &str) -> String {
    let t = v.trim();
    if t.is_empty() {
        return v.to_string();
    }
    let chars: Vec<char> = t.chars().collect();
    let n = chars.len();
    let id_like = (n == 18 && chars[..17].iter().all(char::is_ascii_digit) && (chars[17].is_ascii_digit() || chars[17] == 'X' || chars[17] == 'x'))
        || (n == 15 && chars.iter().all(char::is_ascii_digit));
    if id_like {
        return format!("{}{}{}", chars[..6].iter().collect::<String>(), "*".repeat(n - 10), chars[n - 4..].iter().collect::<String>());
    }
    if crate::ids::is_mobile(t) {
        return format!("{}****{}", &t[..3], &t[7..]);
    }
    if (2..=5).contains(&n) && chars.iter().all(|c| is_cjk(*c)) {
        let surname_len = if n >= 3 && COMPOUND_SURNAMES.iter().any(|s| t.starts_with(s)) { 2 } else { 1 };
        return format!("{}{}", chars[..surname_len].iter().collect::<String>(), "*".repeat(n - surname_len));
    }
    "***".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_follow_the_value() {
        assert_eq!(mask_value("37230119800101123X"), "372301********123X");
        assert_eq!(mask_value("13812345678"), "138****5678");
        assert_eq!(mask_value("张三"), "张*");
        assert_eq!(mask_value("欧阳娜娜"), "欧阳**");
        assert_eq!(mask_value("滨州市黄河五路"), "***");
        assert_eq!(mask_value(""), "");
    }
}
