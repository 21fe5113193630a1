//! The one translation table (`theme/i18n.toml`): every UI string, zh-CN and en.

use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;

pub const LANGS: [&str; 2] = ["zh-CN", "en"];

#[derive(Debug, Clone)]
pub struct I18n {
    tables: BTreeMap<String, BTreeMap<String, String>>,
}

impl I18n {
    /// Parses the table; a site's own table may override single strings.
    pub fn parse(builtin: &str, site_override: Option<&str>) -> Result<I18n> {
        let mut tables: BTreeMap<String, BTreeMap<String, String>> = toml::from_str(builtin).context("theme/i18n.toml")?;
        if let Some(o) = site_override {
            let over: BTreeMap<String, BTreeMap<String, String>> = toml::from_str(o).context("the site's theme/i18n.toml")?;
            for (lang, strings) in over {
                let Some(t) = tables.get_mut(&lang) else { bail!("theme/i18n.toml: unknown language table [{lang}]; use [zh-CN] or [en]") };
                for (k, v) in strings {
                    if !t.contains_key(&k) {
                        bail!("theme/i18n.toml: [{lang}] {k} is not a string of the interface");
                    }
                    t.insert(k, v);
                }
            }
        }
        for l in LANGS {
            if !tables.contains_key(l) {
                bail!("theme/i18n.toml has no [{l}] table");
            }
        }
        Ok(I18n { tables })
    }

    pub fn table(&self, lang: &str) -> &BTreeMap<String, String> {
        &self.tables[if lang == "en" { "en" } else { "zh-CN" }]
    }

    pub fn t(&self, lang: &str, key: &str) -> String {
        self.table(lang).get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    /// A string with `{name}` placeholders filled in, in the form for the
    /// count `n` where it has two (`viewer_format::strings`).
    pub fn tf(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> String {
        viewer_format::strings::fill(&self.t(lang, key), args)
    }

    pub fn keys_differ(&self) -> Vec<String> {
        let zh: Vec<&String> = self.tables["zh-CN"].keys().collect();
        let en: Vec<&String> = self.tables["en"].keys().collect();
        zh.iter().filter(|k| !en.contains(k)).chain(en.iter().filter(|k| !zh.contains(k))).map(|k| k.to_string()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_has_the_same_keys_in_both_languages() {
        let i = I18n::parse(crate::render::theme::I18N, None).unwrap();
        assert_eq!(i.keys_differ(), Vec::<String>::new());
        for l in LANGS {
            for (k, v) in i.table(l) {
                assert!(!v.trim().is_empty(), "[{l}] {k} is empty");
            }
        }
    }

    #[test]
    fn placeholders_and_overrides() {
        let i = I18n::parse(crate::render::theme::I18N, Some("[en]\nnav_home = \"Start\"\n")).unwrap();
        assert_eq!(i.t("en", "nav_home"), "Start");
        assert_eq!(i.tf("en", "results_count", &[("n", "3")]), "3 datasets");
        assert_eq!(i.tf("en", "results_count", &[("n", "1")]), "1 dataset");
        assert_eq!(i.tf("zh-CN", "results_count", &[("n", "1")]), "共 1 个数据集");
        assert!(I18n::parse(crate::render::theme::I18N, Some("[en]\nnope = \"x\"\n")).is_err());
    }
}
