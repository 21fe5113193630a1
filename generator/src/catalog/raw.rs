//! Front matter and TOML files exactly as a publisher writes them
//! (`deny_unknown_fields`: a typo is an error with a line number).

use crate::config::Contact;
use crate::date::Date;
use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenType {
    Unconditional,
    Conditional,
    Closed,
}

impl OpenType {
    pub const ALL: [OpenType; 3] = [OpenType::Unconditional, OpenType::Conditional, OpenType::Closed];
    pub fn key(self) -> &'static str {
        match self {
            OpenType::Unconditional => "unconditional",
            OpenType::Conditional => "conditional",
            OpenType::Closed => "closed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ShareType {
    Unconditional,
    Conditional,
    None,
}

impl ShareType {
    pub fn key(self) -> &'static str {
        match self {
            ShareType::Unconditional => "unconditional",
            ShareType::Conditional => "conditional",
            ShareType::None => "none",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UpdateCycle {
    Realtime,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Semiannual,
    Annual,
    Irregular,
}

impl UpdateCycle {
    pub const ALL: [UpdateCycle; 8] = [
        UpdateCycle::Realtime,
        UpdateCycle::Daily,
        UpdateCycle::Weekly,
        UpdateCycle::Monthly,
        UpdateCycle::Quarterly,
        UpdateCycle::Semiannual,
        UpdateCycle::Annual,
        UpdateCycle::Irregular,
    ];

    pub fn key(self) -> &'static str {
        match self {
            UpdateCycle::Realtime => "realtime",
            UpdateCycle::Daily => "daily",
            UpdateCycle::Weekly => "weekly",
            UpdateCycle::Monthly => "monthly",
            UpdateCycle::Quarterly => "quarterly",
            UpdateCycle::Semiannual => "semiannual",
            UpdateCycle::Annual => "annual",
            UpdateCycle::Irregular => "irregular",
        }
    }

    /// The cycle's length in days for overdue detection (site format,
    /// "Derived"); `None` for irregular, which is never overdue.
    pub fn days(self) -> Option<i64> {
        match self {
            UpdateCycle::Realtime | UpdateCycle::Daily => Some(1),
            UpdateCycle::Weekly => Some(7),
            UpdateCycle::Monthly => Some(31),
            UpdateCycle::Quarterly => Some(92),
            UpdateCycle::Semiannual => Some(183),
            UpdateCycle::Annual => Some(366),
            UpdateCycle::Irregular => None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgency {
    pub name: String,
    pub name_en: Option<String>,
    pub level: Spanned<String>,
    pub region: Option<String>,
    pub parent: Option<Spanned<String>>,
    pub uscc: Option<Spanned<String>>,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub title: String,
    pub title_en: Option<String>,
    pub agency: Spanned<String>,
    pub summary: Option<String>,
    /// Addition: the summary on English pages.
    pub summary_en: Option<String>,
    pub topics: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub open_type: Spanned<OpenType>,
    pub share_type: Spanned<ShareType>,
    pub security_level: Spanned<i64>,
    pub legal_basis: Option<String>,
    pub conditions: Option<String>,
    pub usage: Option<String>,
    pub license: Option<Spanned<String>>,
    pub update_cycle: UpdateCycle,
    pub issued: Spanned<Date>,
    pub modified: Spanned<Date>,
    pub temporal: Option<Spanned<Temporal>>,
    pub spatial: Option<String>,
    #[serde(default)]
    pub mask: Vec<String>,
    #[serde(default)]
    pub pii_allow: Vec<String>,
    /// Materials an applicant for a conditional dataset must send (申请材料);
    /// the portal's standard list applies when empty.
    #[serde(default)]
    pub materials: Vec<String>,
    pub temporary: Option<Spanned<Temporary>>,
    #[serde(default)]
    pub resources: Vec<Spanned<RawResource>>,
    #[serde(default)]
    pub changes: Vec<Spanned<Change>>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Temporal {
    pub start: Option<Date>,
    pub end: Option<Date>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Temporary {
    pub open_type: OpenType,
    pub until: Date,
    pub reason: String,
    /// Addition: the reason on English pages.
    pub reason_en: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawResource {
    pub file: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub title: String,
    /// Addition: the title on English pages.
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub format: Option<String>,
    /// Addition: the sheet of a spreadsheet to read (default: the first).
    pub sheet: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: Date,
    pub summary: String,
    /// Addition: the summary on English pages.
    pub summary_en: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InteractionKind {
    Request,
    Objection,
    Application,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 3] = [InteractionKind::Request, InteractionKind::Objection, InteractionKind::Application];
    pub fn key(self) -> &'static str {
        match self {
            InteractionKind::Request => "request",
            InteractionKind::Objection => "objection",
            InteractionKind::Application => "application",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pending,
    Answered,
    Accepted,
    Rejected,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Pending, Status::Answered, Status::Accepted, Status::Rejected];
    pub fn key(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Answered => "answered",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInteraction {
    pub kind: Spanned<InteractionKind>,
    pub dataset: Option<Spanned<String>>,
    /// Addition: the agency asked, for requests that name no dataset.
    pub agency: Option<Spanned<String>>,
    pub received: Spanned<Date>,
    pub subject: String,
    pub subject_en: Option<String>,
    pub status: Spanned<Status>,
    pub answered: Option<Spanned<Date>>,
    pub response: Option<String>,
    pub response_en: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApp {
    pub title: String,
    pub title_en: Option<String>,
    pub url: Option<Spanned<String>>,
    pub datasets: Spanned<Vec<Spanned<String>>>,
    pub developer: Option<String>,
    pub developer_en: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: String,
    pub title_en: Option<String>,
    #[serde(default)]
    pub weight: i64,
    #[serde(default)]
    pub menu: bool,
}
