//! The regulation's rules and the site format's, as diagnostics with
//! file:line. Runs over the raw entries so every message can point at the
//! line that needs fixing.

use crate::catalog::load::{valid_id, Entry, Loaded, ID_RULE};
use crate::catalog::model::{effective_open_type, resolve_topics};
use crate::catalog::raw::*;
use crate::config::{RawSite, SPDX_LICENSES, TOPIC_KINDS};
use crate::date::Date;
use crate::diag::Diagnostics;
use crate::ids;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path};

/// Paths of the published site that a content page may not take.
pub const RESERVED_PAGE_IDS: [&str; 17] = [
    "datasets", "agencies", "topics", "interactions", "apps", "evaluation", "changes", "en", "api", "request",
    "assets", "404", "search", "feed", "sitemap", "viewer", "quality",
];

pub fn validate(l: &Loaded, today: Option<Date>, diags: &mut Diagnostics) {
    let Some(site) = &l.site else {
        if !l.root.join("site.toml").exists() {
            diags.error(Path::new("site.toml"), 0, 0, "the site folder has no site.toml", Some("run `kaifang new site DIR` for a commented example, or point the command at the right folder".into()));
        }
        return;
    };
    let raw = &site.raw;
    let today = today.or(raw.today).unwrap_or_else(|| Date(chrono::Local::now().date_naive()));
    check_site(site, diags);
    let topics: BTreeSet<String> = resolve_topics(&raw.topics.iter().map(|t| t.get_ref().clone()).collect::<Vec<_>>())
        .into_iter()
        .map(|t| t.key)
        .collect();
    let licenses: BTreeSet<String> = raw
        .licenses
        .iter()
        .map(|l| l.get_ref().key.clone())
        .chain(SPDX_LICENSES.iter().map(|(k, _, _)| (*k).to_string()))
        .collect();
    if let Some(lic) = &raw.defaults.license {
        if !licenses.contains(lic) {
            let line = site.src.key_line("license", 0).unwrap_or(0);
            diags.error(&site.src.path, line, 1, format!("default licence `{lic}` is not known"), Some(license_hint()));
        }
    }

    let agencies: BTreeSet<&str> = l.agencies.iter().map(|a| a.id.as_str()).chain(l.unparsed_agencies.iter().map(String::as_str)).collect();
    for a in &l.agencies {
        check_agency(a, &agencies, diags);
    }

    let mut seen: BTreeMap<&str, &Entry<RawDataset>> = BTreeMap::new();
    for d in &l.datasets {
        if let Some(first) = seen.get(d.id.as_str()) {
            diags.error(&d.src.path, 0, 0, format!("dataset id `{}` is already used by {}", d.id, first.src.path.display()), Some("dataset ids are unique across the whole site: rename one of the folders".into()));
        } else {
            seen.insert(&d.id, d);
        }
        check_dataset(d, raw, today, &agencies, &topics, &licenses, diags);
    }

    // Datasets that did not parse count as existing (their own error is
    // reported) with an unknown open type.
    let mut datasets: BTreeMap<&str, Option<OpenType>> = l.unparsed_datasets.iter().map(|id| (id.as_str(), None)).collect();
    for d in &l.datasets {
        let t = d.raw.temporary.as_ref().map(|t| t.get_ref());
        datasets.insert(d.id.as_str(), Some(effective_open_type(*d.raw.open_type.get_ref(), t, today).0));
    }
    for i in &l.interactions {
        check_interaction(i, today, &datasets, &agencies, diags);
    }
    for a in &l.apps {
        check_app(a, &datasets, raw.policy.list_closed, diags);
    }
    let page_ids: BTreeSet<&str> = l.pages.iter().map(|p| p.id.as_str()).collect();
    for p in l.pages.iter().chain(&l.pages_en) {
        if RESERVED_PAGE_IDS.contains(&p.id.as_str()) {
            diags.error(&p.src.path, 0, 0, format!("a content page cannot be called `{}`: the portal uses /{}/ itself", p.id, p.id), Some("rename the file".into()));
        } else if !valid_id(&p.id) {
            diags.error(&p.src.path, 0, 0, format!("`{}` is not a valid page name", p.id), Some(format!("rename the file: {ID_RULE}")));
        }
        if p.raw.title.trim().is_empty() {
            diags.error(&p.src.path, p.src.key_line("title", 0).unwrap_or(2), 1, "the title is empty", None);
        }
    }
    for p in &l.pages_en {
        if !page_ids.contains(p.id.as_str()) {
            diags.error(&p.src.path, 0, 0, format!("English page `{}.en.md` has no Chinese page `{}.md`", p.id, p.id), Some("an `.en.md` file is the English version of the page with the same name; add that page or rename this one".into()));
        }
    }
    check_symlinks(&l.root, diags);
}

fn license_hint() -> String {
    let spdx: Vec<&str> = SPDX_LICENSES.iter().map(|(k, _, _)| *k).collect();
    format!("use an SPDX id ({}) or define the key in site.toml under [[licenses]]", spdx.join(", "))
}

fn is_http_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() > 8 && !s.contains(char::is_whitespace)
}

fn check_site(site: &Entry<RawSite>, diags: &mut Diagnostics) {
    let raw = &site.raw;
    let src = &site.src;
    let at = |span: std::ops::Range<usize>| src.line_col(span.start);
    if !is_http_url(raw.base_url.get_ref()) {
        let (l, c) = at(raw.base_url.span());
        diags.error(&src.path, l, c, format!("base_url `{}` is not an http(s) address", raw.base_url.get_ref()), Some("write the full address the portal is served at, e.g. \"https://data.example.gov.cn/\"".into()));
    }
    if let Some(lang) = &raw.default_language {
        if !["zh-CN", "en"].contains(&lang.get_ref().as_str()) {
            let (l, c) = at(lang.span());
            diags.error(&src.path, l, c, format!("default_language `{}` is not supported", lang.get_ref()), Some("use \"zh-CN\" or \"en\"".into()));
        }
    }
    let submit = raw.submit.get_ref();
    let (sl, sc) = at(raw.submit.span());
    if submit.email.is_none() && submit.url.is_none() {
        diags.error(&src.path, sl, sc, "[submit] names neither `email` nor `url`: citizens could not send requests, objections or applications", Some("add `email = \"…\"` (mailto with a pre-filled message) or `url = \"https://…\"` (your form)".into()));
    }
    if let Some(u) = &submit.url {
        if !is_http_url(u) {
            let line = src.key_line("url", 0).unwrap_or(sl);
            diags.error(&src.path, line, 1, format!("[submit] url `{u}` is not an http(s) address"), None);
        }
    }
    if let Some(e) = &submit.email {
        if !e.contains('@') {
            let line = src.key_line("email", 0).unwrap_or(sl);
            diags.error(&src.path, line, 1, format!("[submit] email `{e}` is not an e-mail address"), None);
        }
    }
    let p = &raw.policy;
    let pline = |k: &str| src.key_line(k, 0).unwrap_or(0);
    for (k, v) in [("max_security_level_unconditional", p.max_security_level_unconditional), ("max_security_level_conditional", p.max_security_level_conditional)] {
        if !(1..=4).contains(&v) {
            diags.error(&src.path, pline(k), 1, format!("{k} = {v} is outside the security levels 1 to 4"), None);
        }
    }
    if p.max_security_level_conditional < p.max_security_level_unconditional {
        diags.error(&src.path, pline("max_security_level_conditional"), 1, "max_security_level_conditional is lower than max_security_level_unconditional", Some("data opened on conditions may be at least as sensitive as data opened without: raise it".into()));
    }
    for d in &raw.calendar.holidays {
        if raw.calendar.workdays.contains(d) {
            diags.error(&src.path, pline("workdays"), 1, format!("{d} is both a holiday and an adjusted working day"), Some("keep it in one list only".into()));
        }
    }
    let mut keys = BTreeSet::new();
    for t in &raw.topics {
        let (l, c) = at(t.span());
        let t = t.get_ref();
        if !keys.insert(t.key.clone()) {
            diags.error(&src.path, l, c, format!("topic key `{}` is defined twice", t.key), Some("keys are unique: remove or rename one".into()));
        }
        if !valid_id(&t.key) {
            diags.error(&src.path, l, c, format!("topic key `{}` is not valid", t.key), Some(ID_RULE.into()));
        }
        if !TOPIC_KINDS.contains(&t.kind.as_str()) {
            diags.error(&src.path, l, c, format!("topic `{}` has kind `{}`", t.key, t.kind), Some("kind is \"base\" (基础数据库), \"theme\" (主题数据库) or \"sector\" (领域)".into()));
        }
    }
    let mut lkeys = BTreeSet::new();
    for lic in &raw.licenses {
        let (l, c) = at(lic.span());
        if !lkeys.insert(lic.get_ref().key.clone()) {
            diags.error(&src.path, l, c, format!("licence key `{}` is defined twice", lic.get_ref().key), None);
        }
    }
}

fn check_agency(a: &Entry<RawAgency>, agencies: &BTreeSet<&str>, diags: &mut Diagnostics) {
    let p = &a.src.path;
    if !valid_id(&a.id) {
        diags.error(p, 0, 0, format!("`{}` is not a valid agency id", a.id), Some(format!("rename the file: {ID_RULE}")));
    }
    let level = a.raw.level.get_ref();
    let (l, c) = a.at(a.raw.level.span());
    if level != "city" && level != "county" {
        diags.error(p, l, c, format!("level `{level}` is not known"), Some("use \"city\" (市级) or \"county\" (县级)".into()));
    } else if level == "county" && a.raw.region.as_deref().is_none_or(|r| r.trim().is_empty()) {
        diags.error(p, l, c, "a county-level agency needs a `region`", Some("add region = \"滨城区\" (or the agency's county, district or county-level city)".into()));
    }
    if let Some(parent) = &a.raw.parent {
        let (l, c) = a.at(parent.span());
        if parent.get_ref() == &a.id {
            diags.error(p, l, c, "an agency cannot be its own parent", None);
        } else if !agencies.contains(parent.get_ref().as_str()) {
            diags.error(p, l, c, format!("parent agency `{}` does not exist", parent.get_ref()), Some("name a file of content/agencies/ without its .md".into()));
        }
    }
    if let Some(u) = &a.raw.uscc {
        let code = u.get_ref();
        if !ids::uscc_valid(code) {
            let (l, c) = a.at(u.span());
            let hint = match code.get(..17).and_then(ids::uscc_check_char) {
                Some(ch) if code.len() == 18 => format!("with these first 17 characters the 18th would be `{ch}`: check the code against the agency's certificate"),
                _ => "a USCC has 18 characters from 0-9 and A-Y without I, O, S, V, Z".into(),
            };
            diags.error(p, l, c, format!("uscc `{code}` fails the GB 32100 check"), Some(hint));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn check_dataset(
    d: &Entry<RawDataset>,
    site: &RawSite,
    today: Date,
    agencies: &BTreeSet<&str>,
    topics: &BTreeSet<String>,
    licenses: &BTreeSet<String>,
    diags: &mut Diagnostics,
) {
    let r = &d.raw;
    let p = &d.src.path;
    let err = |diags: &mut Diagnostics, span: std::ops::Range<usize>, msg: String, hint: Option<String>| {
        let (l, c) = d.at(span);
        diags.error(p, l, c, msg, hint);
    };
    if r.title.trim().is_empty() {
        diags.error(p, d.src.key_line("title", 0).unwrap_or(2), 1, "the title is empty", Some("give the dataset the name used in the catalog".into()));
    }
    let folder_agency = d.dir.parent().and_then(|x| x.file_name()).map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let agency = r.agency.get_ref();
    if agency != &folder_agency {
        err(diags, r.agency.span(), format!("agency `{agency}` differs from the folder the dataset is in (`datasets/{folder_agency}/`)"), Some(format!("write agency = \"{folder_agency}\" or move the dataset into datasets/{agency}/")));
    } else if !agencies.contains(agency.as_str()) {
        err(diags, r.agency.span(), format!("agency `{agency}` has no file content/agencies/{agency}.md"), Some("add the agency's file (name, level, contact) or correct the id".into()));
    }
    if r.topics.get_ref().is_empty() {
        err(diags, r.topics.span(), "`topics` is empty".into(), Some("name at least one topic key from site.toml or the built-in list (e.g. \"environment\")".into()));
    }
    for t in r.topics.get_ref() {
        if !topics.contains(t.get_ref()) {
            let known: Vec<&str> = topics.iter().map(String::as_str).collect();
            err(diags, t.span(), format!("topic `{}` is not defined", t.get_ref()), Some(format!("use one of: {}; or add it to site.toml under [[topics]]", known.join(", "))));
        }
    }
    let level = *r.security_level.get_ref();
    if !(1..=4).contains(&level) {
        err(diags, r.security_level.span(), format!("security_level = {level} is outside 1 to 4"), Some("1 is the lowest (least sensitive) level, 4 the highest".into()));
    }
    let open = *r.open_type.get_ref();
    let share = *r.share_type.get_ref();
    let temp = r.temporary.as_ref().map(|t| t.get_ref());
    let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
    let any_open_not_unconditional = open != OpenType::Unconditional || temp.is_some_and(|t| t.open_type != OpenType::Unconditional);
    if (any_open_not_unconditional || share != ShareType::Unconditional) && blank(&r.legal_basis) {
        let span = if share != ShareType::Unconditional && open == OpenType::Unconditional { r.share_type.span() } else { r.open_type.span() };
        let which = if share != ShareType::Unconditional && open == OpenType::Unconditional {
            format!("share_type is \"{}\"", share.key())
        } else {
            format!("open_type is \"{}\"", open.key())
        };
        err(diags, span, format!("{which} but `legal_basis` is missing (art. 20)"), Some("add legal_basis = \"…\" naming the law or regulation that restricts this data".into()));
    }
    let conditional = open == OpenType::Conditional || temp.is_some_and(|t| t.open_type == OpenType::Conditional);
    if conditional && blank(&r.conditions) {
        err(diags, r.open_type.span(), "open_type is \"conditional\" but `conditions` is missing (art. 20, 32)".into(), Some("add conditions = \"…\": who may apply and on what terms".into()));
    }
    let (effective, active) = effective_open_type(open, temp, today);
    let bound = match effective {
        OpenType::Unconditional => Some(site.policy.max_security_level_unconditional),
        OpenType::Conditional => Some(site.policy.max_security_level_conditional),
        OpenType::Closed => None,
    };
    if let Some(b) = bound {
        if level > i64::from(b) {
            let how = if active { format!("the temporary override opens it as \"{}\" until {}", effective.key(), temp.map(|t| t.until.to_string()).unwrap_or_default()) } else { format!("open_type is \"{}\"", effective.key()) };
            err(diags, r.security_level.span(), format!("security_level {level} is too high: {how}, which site policy allows up to level {b} (art. 39)"), Some("lower the level if the data was graded wrongly, or choose a more restricted open_type".into()));
        }
    }
    if let Some(t) = &r.temporary {
        let tv = t.get_ref();
        if tv.reason.trim().is_empty() {
            err(diags, t.span(), "the temporary override has an empty `reason` (art. 22)".into(), Some("say why the data is adjusted, e.g. \"突发公共事件处置需要\"".into()));
        }
        if tv.open_type == open {
            let (l, c) = d.at(t.span());
            diags.warning(p, l, c, format!("the temporary override sets open_type \"{}\", which the dataset already has", open.key()), Some("remove [temporary] or change its open_type".into()));
        }
    }
    let issued = *r.issued.get_ref();
    let modified = *r.modified.get_ref();
    if modified < issued {
        err(diags, r.modified.span(), format!("modified ({modified}) is earlier than issued ({issued})"), Some("`modified` is the last data update, `issued` the first publication".into()));
    }
    if modified > today {
        let (l, c) = d.at(r.modified.span());
        diags.warning(p, l, c, format!("modified ({modified}) is after the build date ({today})"), Some("check the year; set `today` in site.toml for a fixed build date".into()));
    }
    if let Some(t) = &r.temporal {
        if let (Some(s), Some(e)) = (t.get_ref().start, t.get_ref().end) {
            if e < s {
                err(diags, t.span(), format!("temporal end {e} is before its start {s}"), None);
            }
        }
    }
    if let Some(lic) = &r.license {
        if !licenses.contains(lic.get_ref()) {
            err(diags, lic.span(), format!("licence `{}` is not known", lic.get_ref()), Some(license_hint()));
        }
    }
    if open != OpenType::Closed && r.resources.is_empty() {
        err(diags, r.open_type.span(), "the dataset has no [[resources]]".into(), Some("add at least one [[resources]] with `file = \"…\"` (a file in this folder) or `url = \"https://…\"`".into()));
    }
    for res in &r.resources {
        let rv = res.get_ref();
        match (&rv.file, &rv.url) {
            (Some(_), Some(_)) | (None, None) => {
                err(diags, res.span(), format!("resource \"{}\" needs exactly one of `file` or `url`", rv.title), Some("a file in the dataset's folder is published; an external url is only linked".into()));
            }
            (Some(f), None) => check_resource_file(d, f, diags),
            (None, Some(u)) => {
                if !is_http_url(u.get_ref()) {
                    err(diags, u.span(), format!("url `{}` is not an http(s) address", u.get_ref()), None);
                }
            }
        }
    }
    let mut last: Option<Date> = None;
    for c in &r.changes {
        let cv = c.get_ref();
        let (l, col) = d.at(c.span());
        if cv.date > today {
            diags.warning(p, l, col, format!("change dated {} is after the build date {today}", cv.date), None);
        }
        if last.is_some_and(|x| cv.date < x) {
            diags.warning(p, l, col, format!("change of {} is listed after a later one", cv.date), Some("list [[changes]] oldest first, newest last".into()));
        }
        last = Some(cv.date);
    }
    for col in r.mask.iter().chain(&r.pii_allow) {
        if col.trim().is_empty() {
            diags.error(p, d.src.key_line("mask", 0).or_else(|| d.src.key_line("pii_allow", 0)).unwrap_or(0), 1, "an empty column name in `mask` or `pii_allow`", None);
        }
    }
}

fn check_resource_file(d: &Entry<RawDataset>, f: &toml::Spanned<String>, diags: &mut Diagnostics) {
    let (l, c) = d.at(f.span());
    let p = &d.src.path;
    let name = f.get_ref();
    let path = Path::new(name);
    let escapes = path.is_absolute() || path.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if name.trim().is_empty() || escapes {
        diags.error(p, l, c, format!("file `{name}` must be a path inside the dataset's folder"), Some("write the file name relative to dataset.md, without `..` or a leading `/`".into()));
        return;
    }
    let full = d.dir.join(path);
    if name == "dataset.md" {
        diags.error(p, l, c, "dataset.md cannot be a resource of itself".to_string(), None);
        return;
    }
    match std::fs::symlink_metadata(&full) {
        Err(_) => {
            let near: Vec<String> = crate::catalog::load::sorted_dir(&d.dir)
                .iter()
                .filter_map(|x| x.file_name().map(|n| n.to_string_lossy().into_owned()))
                .filter(|n| n != "dataset.md")
                .collect();
            let hint = if near.is_empty() { "put the file next to dataset.md".to_string() } else { format!("files in this folder: {}", near.join(", ")) };
            diags.error(p, l, c, format!("file `{name}` does not exist"), Some(hint));
        }
        Ok(_) => {
            let inside = match (full.canonicalize(), d.dir.canonicalize()) {
                (Ok(a), Ok(b)) => a.starts_with(&b),
                _ => false,
            };
            if !inside {
                diags.error(p, l, c, format!("file `{name}` leads outside the dataset's folder (a symbolic link?)"), Some("copy the file into the folder instead of linking it".into()));
            } else if !full.is_file() {
                diags.error(p, l, c, format!("`{name}` is not a file"), None);
            }
        }
    }
}

fn check_interaction(i: &Entry<RawInteraction>, today: Date, datasets: &BTreeMap<&str, Option<OpenType>>, agencies: &BTreeSet<&str>, diags: &mut Diagnostics) {
    let r = &i.raw;
    let p = &i.src.path;
    let err = |diags: &mut Diagnostics, span: std::ops::Range<usize>, msg: String, hint: Option<String>| {
        let (l, c) = i.at(span);
        diags.error(p, l, c, msg, hint);
    };
    if !valid_id(&i.id) {
        diags.error(p, 0, 0, format!("`{}` is not a valid interaction id", i.id), Some(format!("rename the file: {ID_RULE}")));
    }
    let kind = *r.kind.get_ref();
    match &r.dataset {
        None if kind != InteractionKind::Request => {
            err(diags, r.kind.span(), format!("an {} must name its `dataset`", kind.key()), Some("add dataset = \"<dataset-id>\"".into()));
        }
        Some(ds) => {
            if let Some(t) = datasets.get(ds.get_ref().as_str()) {
                if kind == InteractionKind::Application && t.is_some_and(|t| t != OpenType::Conditional) {
                    let (l, c) = i.at(ds.span());
                    diags.warning(p, l, c, format!("an application for dataset `{}`, which is not conditional now", ds.get_ref()), None);
                }
            } else {
                err(diags, ds.span(), format!("dataset `{}` does not exist", ds.get_ref()), Some("name a folder of datasets/<agency>/".into()));
            }
        }
        None => {}
    }
    if let Some(a) = &r.agency {
        if !agencies.contains(a.get_ref().as_str()) {
            err(diags, a.span(), format!("agency `{}` does not exist", a.get_ref()), Some("name a file of content/agencies/ without its .md".into()));
        }
    }
    let received = *r.received.get_ref();
    if received > today {
        let (l, c) = i.at(r.received.span());
        diags.warning(p, l, c, format!("received ({received}) is after the build date ({today})"), None);
    }
    let status = *r.status.get_ref();
    match (&r.answered, status) {
        (None, s) if s != Status::Pending => {
            err(diags, r.status.span(), format!("status is \"{}\" but `answered` is missing", s.key()), Some("add answered = <date of the answer>, or set status = \"pending\"".into()));
        }
        (Some(a), Status::Pending) => {
            err(diags, a.span(), "status is \"pending\" but an `answered` date is given".into(), Some("set the status of the answer (answered, accepted or rejected), or remove `answered`".into()));
        }
        (Some(a), _) => {
            if *a.get_ref() < received {
                err(diags, a.span(), format!("answered ({}) is earlier than received ({received})", a.get_ref()), None);
            }
            if r.response.as_deref().is_none_or(|s| s.trim().is_empty()) {
                let (l, c) = i.at(a.span());
                diags.warning(p, l, c, "answered, but no `response` text is published", Some("art. 33 asks that the answer be fed back: add response = \"…\"".into()));
            }
        }
        _ => {}
    }
}

fn check_app(a: &Entry<RawApp>, datasets: &BTreeMap<&str, Option<OpenType>>, list_closed: bool, diags: &mut Diagnostics) {
    let p = &a.src.path;
    if !valid_id(&a.id) {
        diags.error(p, 0, 0, format!("`{}` is not a valid app id", a.id), Some(format!("rename the file: {ID_RULE}")));
    }
    if let Some(u) = &a.raw.url {
        if !is_http_url(u.get_ref()) {
            let (l, c) = a.at(u.span());
            diags.error(p, l, c, format!("url `{}` is not an http(s) address", u.get_ref()), None);
        }
    }
    if a.raw.datasets.get_ref().is_empty() {
        let (l, c) = a.at(a.raw.datasets.span());
        diags.error(p, l, c, "`datasets` is empty", Some("name the datasets the app uses".into()));
    }
    for d in a.raw.datasets.get_ref() {
        let (l, c) = a.at(d.span());
        match datasets.get(d.get_ref().as_str()) {
            None => diags.error(p, l, c, format!("dataset `{}` does not exist", d.get_ref()), Some("name a folder of datasets/<agency>/".into())),
            Some(Some(OpenType::Closed)) if !list_closed => diags.warning(p, l, c, format!("dataset `{}` is closed and has no page", d.get_ref()), None),
            _ => {}
        }
    }
}

/// No symbolic link in the site folder may lead out of it.
fn check_symlinks(root: &Path, diags: &mut Diagnostics) {
    let Ok(root_c) = root.canonicalize() else { return };
    for entry in walkdir::WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| {
            let n = e.file_name().to_string_lossy();
            e.depth() == 0 || !(n.starts_with('.') || n == "dist" || n == "target" || n == "node_modules")
        })
        .filter_map(Result::ok)
    {
        if entry.path_is_symlink() {
            let ok = entry.path().canonicalize().is_ok_and(|t| t.starts_with(&root_c));
            if !ok {
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                diags.error(rel, 0, 0, "this symbolic link leads outside the site folder", Some("replace it with a copy of the file it points to".into()));
            }
        }
    }
}
