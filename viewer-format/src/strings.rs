//! UI strings (`theme/i18n.toml`), filled in the same way by the generator
//! and the viewer: `{name}` placeholders, and for a count `n` an optional
//! pair of forms `one|other` ("{n} dataset|{n} datasets"), the first when
//! `n` is 1. A language with one form (Chinese) writes no `|`.

/// `template` with its placeholders filled in and, if it has two forms and
/// `args` has `n`, the one for that count.
///
/// Written for the viewer's size (gzipped WASM, measured): `#[inline]` saves
/// some 650 bytes, a byte search and `get` rather than a str pattern and
/// slicing some 50 more.
#[inline]
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let form = match (template.bytes().position(|b| b == b'|'), args.iter().find(|(k, _)| *k == "n")) {
        (Some(i), Some((_, n))) => (if *n == "1" { template.get(..i) } else { template.get(i + 1..) }).unwrap_or_default(),
        _ => template,
    };
    let mut s = form.to_string();
    for (k, v) in args {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn placeholders_and_the_form_for_the_count() {
        assert_eq!(fill("共 {n} 个数据集", &[("n", "1")]), "共 1 个数据集");
        assert_eq!(fill("{n} dataset|{n} datasets", &[("n", "1")]), "1 dataset");
        assert_eq!(fill("{n} dataset|{n} datasets", &[("n", "0")]), "0 datasets");
        assert_eq!(fill("{n} dataset|{n} datasets", &[("n", "1,001")]), "1,001 datasets");
        assert_eq!(fill("{n} row of {total}|{n} rows of {total}", &[("n", "1"), ("total", "9")]), "1 row of 9");
        // Without a count the string is left whole.
        assert_eq!(fill("a|b", &[]), "a|b");
    }
}
