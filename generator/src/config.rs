//! `site.toml`: the raw settings as written, and the built-in vocabularies.

use crate::date::Date;
use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    pub title: String,
    pub title_en: Option<String>,
    /// Addition: one sentence about the portal, for the home page and metadata.
    pub description: Option<String>,
    pub description_en: Option<String>,
    pub base_url: Spanned<String>,
    pub default_language: Option<Spanned<String>>,
    pub today: Option<Date>,
    pub contact: Contact,
    pub submit: Spanned<Submit>,
    #[serde(default)]
    pub policy: Policy,
    #[serde(default)]
    pub calendar: Calendar,
    #[serde(default)]
    pub topics: Vec<Spanned<RawTopic>>,
    /// Addition: defaults for datasets that do not say.
    #[serde(default)]
    pub defaults: Defaults,
    /// Addition: site-defined licences, referred to by `key`.
    #[serde(default)]
    pub licenses: Vec<Spanned<License>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Submit {
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub max_security_level_unconditional: u8,
    pub max_security_level_conditional: u8,
    pub overdue_grace_days: u32,
    pub answer_within_working_days: u32,
    pub list_closed: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_security_level_unconditional: 1,
            max_security_level_conditional: 2,
            overdue_grace_days: 7,
            answer_within_working_days: 10,
            list_closed: false,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    #[serde(default)]
    pub holidays: Vec<Date>,
    #[serde(default)]
    pub workdays: Vec<Date>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTopic {
    pub key: String,
    pub kind: String,
    pub name: String,
    pub name_en: Option<String>,
    /// Addition: a sentence shown on the topic's page.
    pub description: Option<String>,
    pub description_en: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub usage: Option<String>,
    pub usage_en: Option<String>,
    pub license: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    pub key: String,
    pub name: String,
    pub name_en: Option<String>,
    pub url: Option<String>,
}

/// The kinds of topic the regulation names (art. 11) plus sectors.
pub const TOPIC_KINDS: [&str; 3] = ["base", "theme", "sector"];

/// The regulation's six base databases and its theme databases (art. 11).
/// `credit` appears in both of its lists; it is one key here, of kind base.
pub fn builtin_topics() -> Vec<RawTopic> {
    let t = |key: &str, kind: &str, name: &str, name_en: &str| RawTopic {
        key: key.into(),
        kind: kind.into(),
        name: name.into(),
        name_en: Some(name_en.into()),
        description: None,
        description_en: None,
    };
    vec![
        t("population", "base", "人口", "Population"),
        t("legal-entity", "base", "法人单位", "Legal entities"),
        t("geo", "base", "自然资源和空间地理", "Natural resources and geospatial"),
        t("e-license", "base", "电子证照", "Electronic licences"),
        t("credit", "base", "社会信用", "Social credit"),
        t("economy", "base", "宏观经济", "Macro economy"),
        t("poverty", "theme", "精准扶贫", "Targeted poverty alleviation"),
        t("health", "theme", "卫生健康", "Health"),
        t("social-assistance", "theme", "社会救助", "Social assistance"),
        t("environment", "theme", "生态环保", "Ecology and environment"),
        t("weather-hydrology", "theme", "气象水文", "Weather and hydrology"),
        t("food-safety", "theme", "食品安全", "Food safety"),
        t("emergency", "theme", "应急管理", "Emergency management"),
        t("urban-rural", "theme", "城乡建设", "Urban and rural development"),
    ]
}

/// Licences known without a site definition (SPDX ids).
pub const SPDX_LICENSES: [(&str, &str, &str); 7] = [
    ("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    ("CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    ("CC0-1.0", "Creative Commons Zero 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ("ODC-By-1.0", "Open Data Commons Attribution 1.0", "https://opendatacommons.org/licenses/by/1-0/"),
    ("ODbL-1.0", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
    ("PDDL-1.0", "Open Data Commons Public Domain Dedication 1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
    ("OGL-UK-3.0", "Open Government Licence v3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
];
