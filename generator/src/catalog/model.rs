//! The resolved catalog: checked, with derived fields (effective open type,
//! overdue status, formats). Templates and feeds read only this.

use super::load::{Entry, Loaded};
use super::raw::*;
use crate::config::{builtin_topics, Contact, Defaults, License, Policy, RawSite, RawTopic, Submit, SPDX_LICENSES};
use crate::date::{Date, WorkCalendar};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub description_en: Option<String>,
    /// Always ends with `/`.
    pub base_url: String,
    /// The path part of `base_url` (`/` or `/portal/`): the prefix of every link.
    pub base_path: String,
    pub default_language: String,
    pub today: Date,
    pub contact: Contact,
    pub submit: Submit,
    pub policy: Policy,
    pub calendar: WorkCalendar,
    pub topics: Vec<RawTopic>,
    pub defaults: Defaults,
    pub licenses: Vec<License>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Agency {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub level: String,
    pub region: Option<String>,
    pub parent: Option<String>,
    pub uscc: Option<String>,
    pub contact: Contact,
    #[serde(skip)]
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub file: Option<String>,
    /// Absolute path of the file in the site folder.
    pub path: Option<PathBuf>,
    pub url: Option<String>,
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    /// Upper-case format: CSV, TSV, XLSX, JSON, NDJSON, GEOJSON, API, …
    pub format: String,
    pub size: Option<u64>,
    pub sheet: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Dataset {
    pub id: String,
    pub agency: String,
    pub dir: PathBuf,
    pub title: String,
    pub title_en: Option<String>,
    pub summary: Option<String>,
    pub summary_en: Option<String>,
    pub topics: Vec<String>,
    pub tags: Vec<String>,
    /// As written; see `open_type` for the one in force.
    pub base_open_type: OpenType,
    /// The effective open type on the build date (`temporary` applied).
    pub open_type: OpenType,
    pub share_type: ShareType,
    pub security_level: i64,
    pub legal_basis: Option<String>,
    pub conditions: Option<String>,
    pub usage: Option<String>,
    pub license: Option<String>,
    pub update_cycle: UpdateCycle,
    pub issued: Date,
    pub modified: Date,
    pub temporal: Option<Temporal>,
    pub spatial: Option<String>,
    pub mask: Vec<String>,
    pub pii_allow: Vec<String>,
    pub materials: Vec<String>,
    pub temporary: Option<Temporary>,
    /// The override is in force on the build date.
    pub temporary_active: bool,
    pub resources: Vec<Resource>,
    pub changes: Vec<Change>,
    pub body: String,
    /// `modified` + cycle + grace: after this day the dataset is overdue.
    pub due: Option<Date>,
    pub overdue: bool,
}

impl Dataset {
    /// Its files may be published (art. 28, 32).
    pub fn publishes_files(&self) -> bool {
        self.open_type == OpenType::Unconditional
    }

    /// Whether it gets a page and appears in lists.
    pub fn listed(&self, policy: &Policy) -> bool {
        self.open_type != OpenType::Closed || policy.list_closed
    }

    pub fn formats(&self) -> Vec<String> {
        let mut f: Vec<String> = self.resources.iter().map(|r| r.format.clone()).collect();
        f.sort();
        f.dedup();
        f
    }
}

#[derive(Debug, Clone)]
pub struct Interaction {
    pub id: String,
    pub kind: InteractionKind,
    pub dataset: Option<String>,
    pub agency: Option<String>,
    pub received: Date,
    pub subject: String,
    pub subject_en: Option<String>,
    pub status: Status,
    pub answered: Option<Date>,
    pub response: Option<String>,
    pub response_en: Option<String>,
    /// Working days from receipt to answer (or to today while pending).
    pub working_days: i64,
    /// Past `answer_within_working_days`.
    pub late: bool,
}

#[derive(Debug, Clone)]
pub struct App {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub url: Option<String>,
    pub datasets: Vec<String>,
    pub developer: Option<String>,
    pub developer_en: Option<String>,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub weight: i64,
    pub menu: bool,
    pub body: String,
    pub body_en: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    pub agencies: Vec<Agency>,
    pub datasets: Vec<Dataset>,
    pub interactions: Vec<Interaction>,
    pub apps: Vec<App>,
    pub pages: Vec<Page>,
}

impl Site {
    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }
    pub fn dataset(&self, id: &str) -> Option<&Dataset> {
        self.datasets.iter().find(|d| d.id == id)
    }
    pub fn topic(&self, key: &str) -> Option<&RawTopic> {
        self.config.topics.iter().find(|t| t.key == key)
    }
    /// Datasets that get a page, in catalog order (newest update first, then id).
    pub fn listed_datasets(&self) -> Vec<&Dataset> {
        let mut v: Vec<&Dataset> = self.datasets.iter().filter(|d| d.listed(&self.config.policy)).collect();
        v.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| a.id.cmp(&b.id)));
        v
    }
    pub fn license(&self, key: &str) -> Option<License> {
        if let Some(l) = self.config.licenses.iter().find(|l| l.key == key) {
            return Some(l.clone());
        }
        SPDX_LICENSES.iter().find(|(k, _, _)| *k == key).map(|(k, n, u)| License {
            key: (*k).into(),
            name: (*n).into(),
            name_en: Some((*n).into()),
            url: Some((*u).into()),
        })
    }
}

/// Topics in force: the built-in ones, a site's entries replacing same keys, then the site's new ones.
pub fn resolve_topics(site_topics: &[RawTopic]) -> Vec<RawTopic> {
    let mut topics = builtin_topics();
    for t in site_topics {
        match topics.iter_mut().find(|b| b.key == t.key) {
            Some(b) => *b = t.clone(),
            None => topics.push(t.clone()),
        }
    }
    topics
}

pub fn base_path_of(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let mut p = path.split(['?', '#']).next().unwrap_or("/").to_string();
    if !p.ends_with('/') {
        p.push('/');
    }
    p
}

pub fn resolve_config(raw: &RawSite, today_override: Option<Date>) -> SiteConfig {
    let mut base_url = raw.base_url.get_ref().trim().to_string();
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    let today = today_override.or(raw.today).unwrap_or_else(|| Date(chrono::Local::now().date_naive()));
    SiteConfig {
        title: raw.title.clone(),
        title_en: raw.title_en.clone(),
        description: raw.description.clone(),
        description_en: raw.description_en.clone(),
        base_path: base_path_of(&base_url),
        base_url,
        default_language: raw.default_language.as_ref().map_or("zh-CN".into(), |l| l.get_ref().clone()),
        today,
        contact: raw.contact.clone(),
        submit: raw.submit.get_ref().clone(),
        policy: raw.policy.clone(),
        calendar: WorkCalendar {
            holidays: raw.calendar.holidays.iter().copied().collect(),
            workdays: raw.calendar.workdays.iter().copied().collect(),
        },
        topics: resolve_topics(&raw.topics.iter().map(|t| t.get_ref().clone()).collect::<Vec<_>>()),
        defaults: raw.defaults.clone(),
        licenses: raw.licenses.iter().map(|l| l.get_ref().clone()).collect(),
    }
}

/// Format from a file name's extension, upper-case.
pub fn format_of(file: &str) -> String {
    let lower = file.to_ascii_lowercase();
    if lower.ends_with(".geojson") || lower.ends_with(".geo.json") {
        return "GEOJSON".into();
    }
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return "NDJSON".into();
    }
    match lower.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_uppercase(),
        None => "FILE".into(),
    }
}

pub fn effective_open_type(raw_type: OpenType, temporary: Option<&Temporary>, today: Date) -> (OpenType, bool) {
    match temporary {
        Some(t) if today <= t.until => (t.open_type, true),
        _ => (raw_type, false),
    }
}

pub fn due_date(modified: Date, cycle: UpdateCycle, grace_days: u32) -> Option<Date> {
    cycle.days().map(|d| modified.add_days(d + i64::from(grace_days)))
}

fn resolve_dataset(e: &Entry<RawDataset>, cfg: &SiteConfig) -> Dataset {
    let r = &e.raw;
    let temporary = r.temporary.as_ref().map(|t| t.get_ref().clone());
    let (open_type, temporary_active) = effective_open_type(*r.open_type.get_ref(), temporary.as_ref(), cfg.today);
    let modified = *r.modified.get_ref();
    let due = due_date(modified, r.update_cycle, cfg.policy.overdue_grace_days);
    let resources = r
        .resources
        .iter()
        .map(|res| {
            let res = res.get_ref();
            let file = res.file.as_ref().map(|f| f.get_ref().clone());
            let path = file.as_ref().map(|f| e.dir.join(f));
            let size = path.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len());
            let format = match (&res.format, &file) {
                (Some(f), _) => f.trim().to_ascii_uppercase(),
                (None, Some(f)) => format_of(f),
                (None, None) => "API".into(),
            };
            Resource {
                file,
                path,
                url: res.url.as_ref().map(|u| u.get_ref().clone()),
                title: res.title.clone(),
                title_en: res.title_en.clone(),
                description: res.description.clone(),
                format,
                size,
                sheet: res.sheet.clone(),
            }
        })
        .collect();
    Dataset {
        id: e.id.clone(),
        agency: r.agency.get_ref().clone(),
        dir: e.dir.clone(),
        title: r.title.clone(),
        title_en: r.title_en.clone(),
        summary: r.summary.clone().or_else(|| super::frontmatter::first_paragraph(&e.body)),
        summary_en: r.summary_en.clone(),
        topics: r.topics.get_ref().iter().map(|t| t.get_ref().clone()).collect(),
        tags: r.tags.clone(),
        base_open_type: *r.open_type.get_ref(),
        open_type,
        share_type: *r.share_type.get_ref(),
        security_level: *r.security_level.get_ref(),
        legal_basis: r.legal_basis.clone(),
        conditions: r.conditions.clone(),
        usage: r.usage.clone(),
        license: r.license.as_ref().map(|l| l.get_ref().clone()).or_else(|| cfg.defaults.license.clone()),
        update_cycle: r.update_cycle,
        issued: *r.issued.get_ref(),
        modified,
        temporal: r.temporal.as_ref().map(|t| *t.get_ref()),
        spatial: r.spatial.clone(),
        mask: r.mask.clone(),
        pii_allow: r.pii_allow.clone(),
        materials: r.materials.clone(),
        temporary,
        temporary_active,
        resources,
        changes: r.changes.iter().map(|c| c.get_ref().clone()).collect(),
        body: e.body.clone(),
        due,
        overdue: due.is_some_and(|d| d < cfg.today),
    }
}

/// Builds the resolved site. Call only after validation found no error.
pub fn resolve(l: &Loaded, today_override: Option<Date>) -> Option<Site> {
    let site = l.site.as_ref()?;
    let config = resolve_config(&site.raw, today_override);
    let mut agencies: Vec<Agency> = l
        .agencies
        .iter()
        .map(|e| Agency {
            id: e.id.clone(),
            name: e.raw.name.clone(),
            name_en: e.raw.name_en.clone(),
            level: e.raw.level.get_ref().clone(),
            region: e.raw.region.clone(),
            parent: e.raw.parent.as_ref().map(|p| p.get_ref().clone()),
            uscc: e.raw.uscc.as_ref().map(|p| p.get_ref().clone()),
            contact: e.raw.contact.clone(),
            body: e.body.clone(),
        })
        .collect();
    // City level first, then by region and id: the order of an official list.
    agencies.sort_by(|a, b| (a.level != "city", &a.region, &a.id).cmp(&(b.level != "city", &b.region, &b.id)));
    let mut datasets: Vec<Dataset> = l.datasets.iter().map(|e| resolve_dataset(e, &config)).collect();
    datasets.sort_by(|a, b| a.id.cmp(&b.id));
    let cal = &config.calendar;
    let mut interactions: Vec<Interaction> = l
        .interactions
        .iter()
        .map(|e| {
            let r = &e.raw;
            let received = *r.received.get_ref();
            let answered = r.answered.as_ref().map(|a| *a.get_ref());
            let end = answered.unwrap_or(config.today);
            let working_days = cal.working_days_between(received, end);
            let dataset = r.dataset.as_ref().map(|d| d.get_ref().clone());
            let agency = r.agency.as_ref().map(|a| a.get_ref().clone()).or_else(|| {
                dataset.as_ref().and_then(|d| datasets.iter().find(|x| &x.id == d)).map(|d| d.agency.clone())
            });
            Interaction {
                id: e.id.clone(),
                kind: *r.kind.get_ref(),
                dataset,
                agency,
                received,
                subject: r.subject.clone(),
                subject_en: r.subject_en.clone(),
                status: *r.status.get_ref(),
                answered,
                response: r.response.clone(),
                response_en: r.response_en.clone(),
                working_days,
                late: working_days > i64::from(config.policy.answer_within_working_days),
            }
        })
        .collect();
    interactions.sort_by(|a, b| b.received.cmp(&a.received).then_with(|| a.id.cmp(&b.id)));
    let apps = l
        .apps
        .iter()
        .map(|e| App {
            id: e.id.clone(),
            title: e.raw.title.clone(),
            title_en: e.raw.title_en.clone(),
            url: e.raw.url.as_ref().map(|u| u.get_ref().clone()),
            datasets: e.raw.datasets.get_ref().iter().map(|d| d.get_ref().clone()).collect(),
            developer: e.raw.developer.clone(),
            developer_en: e.raw.developer_en.clone(),
            body: e.body.clone(),
        })
        .collect();
    let en: BTreeMap<&str, &Entry<RawPage>> = l.pages_en.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut pages: Vec<Page> = l
        .pages
        .iter()
        .map(|e| {
            let twin = en.get(e.id.as_str());
            Page {
                id: e.id.clone(),
                title: e.raw.title.clone(),
                title_en: e.raw.title_en.clone().or_else(|| twin.map(|t| t.raw.title.clone())),
                weight: e.raw.weight,
                menu: e.raw.menu,
                body: e.body.clone(),
                body_en: twin.map(|t| t.body.clone()),
            }
        })
        .collect();
    pages.sort_by(|a, b| (a.weight, &a.id).cmp(&(b.weight, &b.id)));
    Some(Site { root: l.root.clone(), config, agencies, datasets, interactions, apps, pages })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn temporary_is_in_force_through_until() {
        let t = Temporary { open_type: OpenType::Unconditional, until: d("2026-12-31"), reason: "x".into(), reason_en: None };
        assert_eq!(effective_open_type(OpenType::Conditional, Some(&t), d("2026-12-31")), (OpenType::Unconditional, true));
        assert_eq!(effective_open_type(OpenType::Conditional, Some(&t), d("2027-01-01")), (OpenType::Conditional, false));
        assert_eq!(effective_open_type(OpenType::Conditional, None, d("2026-01-01")), (OpenType::Conditional, false));
    }

    #[test]
    fn due_dates_follow_cycles() {
        assert_eq!(due_date(d("2026-10-31"), UpdateCycle::Monthly, 7), Some(d("2026-12-08")));
        assert_eq!(due_date(d("2026-11-25"), UpdateCycle::Realtime, 0), Some(d("2026-11-26")));
        assert_eq!(due_date(d("2025-11-26"), UpdateCycle::Annual, 0), Some(d("2026-11-27")));
        assert_eq!(due_date(d("2020-01-01"), UpdateCycle::Irregular, 7), None);
    }

    #[test]
    fn base_path() {
        assert_eq!(base_path_of("https://a.gov.cn/"), "/");
        assert_eq!(base_path_of("https://a.gov.cn"), "/");
        assert_eq!(base_path_of("https://a.gov.cn/portal"), "/portal/");
    }

    #[test]
    fn formats() {
        assert_eq!(format_of("a.CSV"), "CSV");
        assert_eq!(format_of("stops.geojson"), "GEOJSON");
        assert_eq!(format_of("x.jsonl"), "NDJSON");
    }
}
