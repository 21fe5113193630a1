//! Plain serializable views the templates read (no lookups from templates).

use super::i18n::I18n;
use super::markdown;
use crate::catalog::raw::{OpenType, UpdateCycle};
use crate::catalog::{Dataset, Site};
use crate::data::{quality::Kind, DataOutput, Table};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;

/// Characters left as they are in a query component (RFC 3986 unreserved).
const QUERY: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

pub fn enc(s: &str) -> String {
    utf8_percent_encode(s, QUERY).to_string()
}

/// Links of one language: `/` for zh-CN, `/en/` for English (under the base path).
#[derive(Debug, Clone)]
pub struct Links {
    pub base: String,
    pub lang: &'static str,
}

impl Links {
    pub fn root(&self) -> String {
        if self.lang == "en" {
            format!("{}en/", self.base)
        } else {
            self.base.clone()
        }
    }
    pub fn page(&self, path: &str) -> String {
        format!("{}{}", self.root(), path)
    }
    pub fn dataset(&self, id: &str) -> String {
        self.page(&format!("datasets/{id}/"))
    }
    pub fn agency(&self, id: &str) -> String {
        self.page(&format!("agencies/{id}/"))
    }
    pub fn topic(&self, key: &str) -> String {
        self.page(&format!("topics/{key}/"))
    }
    /// Files are the same for both languages.
    pub fn file(&self, dataset: &str, name: &str) -> String {
        format!("{}datasets/{dataset}/{}", self.base, name.split('/').map(enc).collect::<Vec<_>>().join("/"))
    }
}

/// Text with the language it is in, when that differs from the page's.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub text: String,
    pub lang: Option<&'static str>,
}

pub fn pick(zh: &str, en: Option<&String>, lang: &str) -> Text {
    match (lang, en) {
        ("en", Some(e)) if !e.trim().is_empty() => Text { text: e.clone(), lang: None },
        ("en", _) => Text { text: zh.to_string(), lang: Some("zh-CN") },
        _ => Text { text: zh.to_string(), lang: None },
    }
}

pub fn pick_opt(zh: Option<&String>, en: Option<&String>, lang: &str) -> Option<Text> {
    zh.filter(|z| !z.trim().is_empty()).map(|z| pick(z, en, lang))
}

pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut v = bytes as f64 / 1024.0;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if v >= 100.0 {
        format!("{v:.0} {}", UNITS[u])
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub url: String,
    pub label: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileView {
    pub title: Text,
    pub description: Option<String>,
    pub name: String,
    pub url: String,
    pub format: String,
    pub size: Option<String>,
    pub rows: Option<usize>,
    pub sha256: Option<String>,
    pub external: bool,
    /// "Report an error in this file", pre-filled with its name.
    pub objection_url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeView {
    pub date: String,
    pub summary: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct TemporaryView {
    pub active: bool,
    pub text: String,
    pub until: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DatasetView {
    pub id: String,
    pub url: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub agency: LinkView,
    pub open_type: &'static str,
    pub open_label: String,
    pub share_label: String,
    pub security_label: String,
    pub legal_basis: Option<String>,
    pub conditions: Option<String>,
    pub usage: Option<Text>,
    pub license: Option<LinkView>,
    pub cycle_label: String,
    pub issued: String,
    pub modified: String,
    pub overdue: bool,
    pub status_text: String,
    pub topics: Vec<LinkView>,
    pub tags: Vec<String>,
    pub temporal: Option<String>,
    pub spatial: Option<String>,
    pub mask: Vec<String>,
    pub temporary: Option<TemporaryView>,
    pub formats: Vec<String>,
    pub files: Vec<FileView>,
    /// Downloads grouped by table (one button row per resource).
    pub downloads: Vec<DownloadGroup>,
    pub tables: Vec<TableView>,
    pub datapackage_url: Option<String>,
    pub withheld_files: usize,
    pub changes: Vec<ChangeView>,
    pub description_html: String,
    pub apply_url: Option<String>,
    pub objection_url: String,
    /// For conditional datasets (art. 32): what to send, whom to ask, when to expect an answer.
    pub apply: Option<ApplyView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApplyView {
    pub materials: Vec<Text>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub deadline_text: String,
    pub form_url: String,
    pub pledge_url: String,
}

pub struct Ctx<'a> {
    pub site: &'a Site,
    pub i18n: &'a I18n,
    pub lang: &'static str,
    pub links: Links,
    /// The data stage's output: published files and processed tables.
    pub data: &'a DataOutput,
}

impl Ctx<'_> {
    pub fn t(&self, key: &str) -> String {
        self.i18n.t(self.lang, key)
    }
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.i18n.tf(self.lang, key, args)
    }
    pub fn open_label(&self, t: OpenType) -> String {
        self.t(&format!("open_{}", t.key()))
    }
    pub fn cycle_label(&self, c: UpdateCycle) -> String {
        self.t(&format!("cycle_{}", c.key()))
    }
    pub fn abs(&self, path: &str) -> String {
        let base = self.site.config.base_url.trim_end_matches('/');
        let bp = self.site.config.base_path.trim_end_matches('/');
        format!("{base}{}", path.strip_prefix(bp).unwrap_or(path))
    }

    pub fn agency_link(&self, id: &str) -> LinkView {
        let name = self.site.agency(id).map(|a| pick(&a.name, a.name_en.as_ref(), self.lang)).unwrap_or(Text { text: id.into(), lang: None });
        LinkView { url: self.links.agency(id), label: name }
    }

    pub fn topic_link(&self, key: &str) -> LinkView {
        let label = self.site.topic(key).map(|t| pick(&t.name, t.name_en.as_ref(), self.lang)).unwrap_or(Text { text: key.into(), lang: None });
        LinkView { url: self.links.topic(key), label }
    }

    /// The submit channel: a form URL with the kind, dataset, resource and
    /// page as query parameters, or a mailto with a pre-filled subject and body.
    pub fn submit_url(&self, kind: &str, d: Option<&Dataset>, resource: Option<&str>) -> String {
        let cfg = &self.site.config;
        if let Some(url) = &cfg.submit.url {
            let sep = if url.contains('?') { '&' } else { '?' };
            let mut u = format!("{url}{sep}kind={kind}");
            if let Some(d) = d {
                u.push_str(&format!("&dataset={}", enc(&d.id)));
                if let Some(r) = resource {
                    u.push_str(&format!("&resource={}", enc(r)));
                }
                u.push_str(&format!("&page={}", enc(&self.abs(&self.links.dataset(&d.id)))));
            }
            return u;
        }
        let email = cfg.submit.email.clone().unwrap_or_default();
        let (subject, mut body) = match d {
            Some(d) => {
                let title = pick(&d.title, d.title_en.as_ref(), self.lang).text;
                let args = [("title", title.as_str()), ("id", d.id.as_str())];
                let page = self.abs(&self.links.dataset(&d.id));
                let resource = resource.map(|r| format!("{}\n", self.tf("mail_body_resource", &[("name", r)]))).unwrap_or_default();
                (
                    self.tf(&format!("mail_subject_{kind}"), &args),
                    format!("{}\n{resource}{}\n\n", self.tf("mail_body_dataset", &args), self.tf("mail_body_page", &[("url", &page)])),
                )
            }
            None => (self.t("mail_subject_request"), String::new()),
        };
        body.push_str(&self.t(&format!("mail_body_{kind}")));
        format!("mailto:{email}?subject={}&body={}", enc(&subject), enc(&body.replace('\n', "\r\n")))
    }

    pub fn dataset(&self, d: &Dataset) -> DatasetView {
        let lang = self.lang;
        let mut files: Vec<FileView> = Vec::new();
        if d.publishes_files() {
            for f in self.data.files.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
                files.push(FileView {
                    title: pick(&f.title, f.title_en.as_ref(), lang),
                    description: f.description.clone(),
                    name: f.name.clone(),
                    url: self.links.file(&d.id, &f.name),
                    format: f.format.clone(),
                    size: Some(human_size(f.size)),
                    rows: f.rows,
                    sha256: Some(f.sha256.clone()),
                    external: false,
                    objection_url: self.submit_url("objection", Some(d), Some(&f.name)),
                });
            }
        }
        for r in d.resources.iter().filter(|r| r.url.is_some()) {
            files.push(FileView {
                title: pick(&r.title, r.title_en.as_ref(), lang),
                description: r.description.clone(),
                name: r.url.clone().unwrap_or_default(),
                url: r.url.clone().unwrap_or_default(),
                format: r.format.clone(),
                size: None,
                rows: None,
                sha256: None,
                external: true,
                objection_url: self.submit_url("objection", Some(d), Some(&r.title)),
            });
        }
        let withheld_files = if d.publishes_files() { 0 } else { d.resources.iter().filter(|r| r.file.is_some()).count() };
        let status_text = match (d.due, d.overdue) {
            (None, _) => self.t("never_overdue"),
            (Some(due), true) => format!("{}（{}）", self.t("overdue"), self.tf("overdue_since", &[("date", &due.to_string())])),
            (Some(due), false) => format!("{}（{}）", self.t("on_time"), self.tf("next_update_due", &[("date", &due.to_string())])),
        };
        let status_text = if lang == "en" { status_text.replace('（', " (").replace('）', ")") } else { status_text };
        let temporary = d.temporary.as_ref().map(|t| {
            let reason = pick(&t.reason, t.reason_en.as_ref(), lang).text;
            TemporaryView {
                active: d.temporary_active,
                text: self.tf("dataset_temporary_text", &[("reason", &reason), ("type", &self.open_label(t.open_type)), ("until", &t.until.to_string())]),
                until: t.until.to_string(),
            }
        });
        let license = d.license.as_ref().map(|k| match self.site.license(k) {
            Some(l) => LinkView { url: l.url.clone().unwrap_or_default(), label: pick(&l.name, l.name_en.as_ref(), lang) },
            None => LinkView { url: String::new(), label: Text { text: k.clone(), lang: None } },
        });
        let usage = match &d.usage {
            Some(u) => Some(Text { text: u.clone(), lang: if lang == "en" { Some("zh-CN") } else { None } }),
            None => pick_opt(self.site.config.defaults.usage.as_ref(), self.site.config.defaults.usage_en.as_ref(), lang),
        };
        let temporal = d.temporal.map(|t| {
            let s = t.start.map(|x| x.to_string()).unwrap_or_else(|| "…".into());
            let e = t.end.map(|x| x.to_string()).unwrap_or_else(|| "…".into());
            self.tf("to_from", &[("start", &s), ("end", &e)])
        });
        DatasetView {
            id: d.id.clone(),
            url: self.links.dataset(&d.id),
            title: pick(&d.title, d.title_en.as_ref(), lang),
            summary: pick_opt(d.summary.as_ref(), d.summary_en.as_ref(), lang),
            agency: self.agency_link(&d.agency),
            open_type: d.open_type.key(),
            open_label: self.open_label(d.open_type),
            share_label: self.t(&format!("share_{}", d.share_type.key())),
            security_label: self.tf("security_level_n", &[("n", &d.security_level.to_string())]),
            legal_basis: d.legal_basis.clone(),
            conditions: d.conditions.clone(),
            usage,
            license,
            cycle_label: self.cycle_label(d.update_cycle),
            issued: d.issued.to_string(),
            modified: d.modified.to_string(),
            overdue: d.overdue,
            status_text,
            topics: d.topics.iter().map(|k| self.topic_link(k)).collect(),
            tags: d.tags.clone(),
            temporal,
            spatial: d.spatial.clone(),
            mask: d.mask.clone(),
            temporary,
            formats: d.formats(),
            downloads: self.downloads(d, &files),
            tables: self.data.tables.get(&d.id).map(|ts| ts.iter().map(|t| self.table(&d.id, t)).collect()).unwrap_or_default(),
            datapackage_url: self.data.tables.get(&d.id).filter(|t| !t.is_empty()).map(|_| format!("{}datapackage.json", self.links.file(&d.id, ""))),
            files,
            withheld_files,
            changes: d.changes.iter().rev().map(|c| ChangeView { date: c.date.to_string(), summary: pick(&c.summary, c.summary_en.as_ref(), lang) }).collect(),
            description_html: markdown::to_html_demoted(&d.body),
            apply_url: (d.open_type == OpenType::Conditional).then(|| self.submit_url("application", Some(d), None)),
            objection_url: self.submit_url("objection", Some(d), None),
            apply: (d.open_type == OpenType::Conditional).then(|| self.apply_view(d)),
        }
    }

    /// Materials named by the dataset, or the portal's standard list.
    pub fn materials(&self, d: &Dataset) -> Vec<Text> {
        if d.materials.is_empty() {
            (1..=4).map(|n| Text { text: self.t(&format!("apply_material_{n}")), lang: None }).collect()
        } else {
            d.materials.iter().map(|m| Text { text: m.clone(), lang: (self.lang == "en").then_some("zh-CN") }).collect()
        }
    }

    fn apply_view(&self, d: &Dataset) -> ApplyView {
        let agency = self.site.agency(&d.agency);
        let contact = agency.map(|a| a.contact.clone()).unwrap_or_default();
        let cfg = &self.site.config;
        ApplyView {
            materials: self.materials(d),
            contact_name: contact.name.clone(),
            contact_email: contact.email.clone().or_else(|| cfg.contact.email.clone()),
            contact_phone: contact.phone.clone().or_else(|| cfg.contact.phone.clone()),
            deadline_text: self.tf("apply_deadline_text", &[("n", &cfg.policy.answer_within_working_days.to_string())]),
            form_url: self.links.page(&format!("datasets/{}/apply/", d.id)),
            pledge_url: self.links.page(&format!("datasets/{}/pledge/", d.id)),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DownloadGroup {
    pub title: Text,
    pub rows: Option<String>,
    pub external: bool,
    pub links: Vec<DownloadLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DownloadLink {
    pub format: String,
    pub url: String,
    pub size: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    pub name: String,
    pub ty: String,
    pub nulls: u64,
    pub distinct: u64,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableView {
    pub title: Text,
    pub stem: String,
    pub rows: usize,
    pub rows_text: String,
    pub encoding: Option<String>,
    pub fields: Vec<FieldView>,
    pub preview_headers: Vec<String>,
    pub preview: Vec<Vec<String>>,
    pub preview_caption: String,
    pub completeness: String,
    pub score: String,
    pub findings: Vec<String>,
    pub xlsx_note: Option<String>,
    pub manifest_url: String,
    /// The chunk files after the first (which the manifest carries), space
    /// separated: the page starts fetching them before the module has read
    /// the manifest.
    pub chunk_files: String,
}

/// JSON that cannot end the `<script>` element it sits in.
pub fn script_json(s: &str) -> String {
    s.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

fn stat_text(s: &viewer_format::Scalar) -> String {
    s.as_cell().to_display_string()
}

fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Ctx<'_> {
    /// The viewer's settings, as JSON safe inside a `<script>` data block.
    pub fn viewer_config(&self) -> String {
        let keys = ["results_count", "page_n_of", "prev_page", "next_page", "pagination", "overdue", "on_time", "update_cycle", "last_update", "formats", "facets", "facet_all"];
        let t: serde_json::Map<String, serde_json::Value> = self
            .i18n
            .table(self.lang)
            .iter()
            .filter(|(k, _)| k.starts_with("v_") || keys.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
            .collect();
        let cfg = serde_json::json!({"base": self.site.config.base_path, "root": self.links.root(), "lang": self.lang, "t": t});
        script_json(&cfg.to_string())
    }

    fn downloads(&self, d: &Dataset, files: &[FileView]) -> Vec<DownloadGroup> {
        let mut groups: Vec<DownloadGroup> = Vec::new();
        for f in files {
            let link = DownloadLink { format: f.format.clone(), url: f.url.clone(), size: f.size.clone() };
            match groups.iter_mut().find(|g| g.title.text == f.title.text && g.external == f.external && !f.external) {
                Some(g) => g.links.push(link),
                None => groups.push(DownloadGroup {
                    title: f.title.clone(),
                    rows: f.rows.map(|n| self.tf("rows_n", &[("n", &n.to_string())])),
                    external: f.external,
                    links: vec![link],
                }),
            }
        }
        let _ = d;
        groups
    }

    /// Each quality finding of a table as a sentence, rows numbered as in the file.
    pub fn finding_texts(&self, t: &Table) -> Vec<String> {
        let r = &t.report;
        r.quality
            .findings
            .iter()
            .map(|f| {
                let rows: Vec<String> = f.rows.iter().map(|row| (row + r.header_rows).to_string()).collect();
                let mut s = self.tf(&format!("q_{}", f.kind.key()), &[("n", &f.count.to_string()), ("column", f.column.as_deref().unwrap_or(""))]);
                if !rows.is_empty() {
                    s.push_str(&self.tf("q_rows", &[("rows", &rows.join(", "))]));
                }
                if f.kind == Kind::TypeOutliers && !f.examples.is_empty() {
                    s.push_str(&self.tf("q_examples", &[("values", &f.examples.join("、"))]));
                }
                s
            })
            .collect()
    }

    fn table(&self, dataset: &str, t: &Table) -> TableView {
        let r = &t.report;
        let fields = r
            .fields
            .iter()
            .map(|f| {
                let st = &f.stats;
                let summary = match (&st.min, &st.max) {
                    (Some(min), Some(max)) => {
                        let mut s = self.tf("range_text", &[("min", &stat_text(min)), ("max", &stat_text(max))]);
                        if let Some(mean) = st.mean {
                            s.push_str(&self.tf("mean_text", &[("mean", &num(mean))]));
                        }
                        s
                    }
                    _ => st.top.iter().take(3).map(|(v, n)| format!("{v}（{n}）")).collect::<Vec<_>>().join(self.t("list_sep").as_str()),
                };
                FieldView { name: f.name.clone(), ty: self.t(&format!("type_{}", f.ty.key())), nulls: st.nulls, distinct: st.distinct, summary }
            })
            .collect();
        let findings = self.finding_texts(t);
        TableView {
            title: pick(&t.resource_title, t.resource_title_en.as_ref(), self.lang),
            stem: t.stem.clone(),
            rows: r.rows,
            rows_text: self.tf("rows_n", &[("n", &r.rows.to_string())]),
            encoding: r.encoding.clone(),
            fields,
            preview_headers: r.fields.iter().map(|f| f.name.clone()).collect(),
            preview: r.preview.iter().map(|row| row.iter().map(|c| c.clone().unwrap_or_default()).collect()).collect(),
            preview_caption: self.tf("preview_caption", &[("n", &r.preview.len().to_string()), ("total", &r.rows.to_string())]),
            completeness: num(r.quality.completeness),
            score: num(r.quality.score),
            findings,
            xlsx_note: (r.xlsx_sheets > 1).then(|| self.tf("xlsx_sheets_note", &[("n", &r.xlsx_sheets.to_string())])),
            manifest_url: self.links.file(dataset, &format!("viewer/{}/manifest.kfm", t.stem)),
            chunk_files: r.chunks.iter().skip(1).map(String::as_str).collect::<Vec<_>>().join(" "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(human_size(900), "900 B");
        assert_eq!(human_size(1536), "1.5 KB");
        assert_eq!(human_size(150 * 1024 * 1024), "150 MB");
    }

    #[test]
    fn chinese_is_percent_encoded_as_utf8() {
        assert_eq!(enc("数据 a&b"), "%E6%95%B0%E6%8D%AE%20a%26b");
    }
}
