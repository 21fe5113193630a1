//! Every HTML page of the portal, in both languages: route → template + view.

use super::i18n::{I18n, LANGS};
use super::markdown;
use super::views::{pick, Ctx, DatasetView, LinkView, Links, Text};
use crate::catalog::raw::{InteractionKind, OpenType, Status};
use crate::catalog::{Dataset, Site};
use crate::data::DataOutput;
use crate::output::feeds;
use anyhow::{anyhow, Result};
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

pub const PER_PAGE: usize = 20;

/// A rendered page: its path in the output and its HTML.
pub struct Rendered {
    pub path: String,
    pub html: String,
}

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub i18n: &'a I18n,
    pub tera: &'a tera::Tera,
    pub data: &'a DataOutput,
    /// Fingerprinted asset URLs by logical name (`style.css` → `/assets/style.1a2b3c4d.css`).
    pub assets: &'a BTreeMap<String, String>,
    /// The search files (in `search/`) the catalog page names: its first view's and the pack.
    pub search: &'a crate::output::search::SearchFiles,
}

#[derive(Serialize)]
struct NavItem {
    url: String,
    label: String,
    current: bool,
}

#[derive(Serialize)]
struct Facet {
    label: Text,
    url: String,
    count: usize,
    current: bool,
    open_type: Option<&'static str>,
}

impl<'a> Renderer<'a> {
    pub fn render_all(&self) -> Result<Vec<Rendered>> {
        let mut out = Vec::new();
        for lang in LANGS {
            let ctx = Ctx { site: self.site, i18n: self.i18n, lang, links: Links { base: self.site.config.base_path.clone(), lang }, data: self.data };
            self.render_lang(&ctx, &mut out)?;
        }
        Ok(out)
    }

    fn render_lang(&self, c: &Ctx, out: &mut Vec<Rendered>) -> Result<()> {
        let site = self.site;
        let listed = site.listed_datasets();
        let views: BTreeMap<&str, DatasetView> = listed.iter().map(|d| (d.id.as_str(), c.dataset(d))).collect();
        let cards = |ds: &[&Dataset]| -> Vec<&DatasetView> { ds.iter().filter_map(|d| views.get(d.id.as_str())).collect() };

        // Home
        let mut topics_by_kind: BTreeMap<&str, Vec<serde_json::Value>> = BTreeMap::new();
        for t in &site.config.topics {
            let n = listed.iter().filter(|d| d.topics.contains(&t.key)).count();
            topics_by_kind.entry(t.kind.as_str()).or_default().push(json!({"link": c.topic_link(&t.key), "count": n, "kind": t.kind}));
        }
        let files_n: usize = self.data.files.values().map(Vec::len).sum();
        let last_update = listed.iter().map(|d| d.modified).max().map(|d| d.to_string()).unwrap_or_default();
        let latest: Vec<&Dataset> = listed.iter().take(8).copied().collect();
        let mut home = self.base(c, "", None, None)?;
        home.insert("counts", &json!({"datasets": listed.len(), "agencies": site.agencies.len(), "files": files_n, "last_update": last_update}));
        home.insert("topics_by_kind", &topics_by_kind);
        home.insert("latest", &cards(&latest));
        home.insert("jsonld", &feeds::schemaorg::catalog(site, self.i18n, c.lang));
        home.insert("machine", &feeds::catalog_links(site, self.data, self.i18n, c.lang));
        // The box shows the best matches as you type (main.js), from the catalog's index.
        home.insert("viewer_config", &c.viewer_config());
        home.insert("live", &true);
        home.insert("search_pack", &self.search.pack);
        out.push(self.page(c, "", "index.html", home)?);

        // Catalog and its static facet pages
        self.listing(c, "datasets/", &listed, &cards(&listed), c.t("catalog_title"), None, ("", ""), out)?;
        for a in &site.agencies {
            let ds: Vec<&Dataset> = listed.iter().filter(|d| d.agency == a.id).copied().collect();
            let name = pick(&a.name, a.name_en.as_ref(), c.lang).text;
            self.listing(c, &format!("datasets/agency/{}/", a.id), &ds, &cards(&ds), format!("{} · {}", c.t("catalog_title"), name), None, ("agency", &a.id), out)?;
        }
        for t in &site.config.topics {
            let ds: Vec<&Dataset> = listed.iter().filter(|d| d.topics.contains(&t.key)).copied().collect();
            let name = pick(&t.name, t.name_en.as_ref(), c.lang).text;
            self.listing(c, &format!("datasets/topic/{}/", t.key), &ds, &cards(&ds), format!("{} · {}", c.t("catalog_title"), name), None, ("topic", &t.key), out)?;
        }
        for ot in OpenType::ALL {
            if ot == OpenType::Closed && !site.config.policy.list_closed {
                continue;
            }
            let ds: Vec<&Dataset> = listed.iter().filter(|d| d.open_type == ot).copied().collect();
            self.listing(c, &format!("datasets/open-type/{}/", ot.key()), &ds, &cards(&ds), format!("{} · {}", c.t("catalog_title"), c.open_label(ot)), None, ("open_type", ot.key()), out)?;
        }

        // Dataset pages
        for d in &listed {
            let view = &views[d.id.as_str()];
            let interactions: Vec<serde_json::Value> = site.interactions.iter().filter(|i| i.dataset.as_deref() == Some(d.id.as_str())).map(|i| self.interaction_view(c, i)).collect();
            let apps: Vec<LinkView> = site
                .apps
                .iter()
                .filter(|a| a.datasets.contains(&d.id))
                .map(|a| LinkView { url: format!("{}#app-{}", c.links.page("apps/"), a.id), label: pick(&a.title, a.title_en.as_ref(), c.lang) })
                .collect();
            let mut ctx = self.base(c, &format!("datasets/{}/", d.id), Some(&view.title.text), view.summary.as_ref().map(|s| s.text.as_str()))?;
            ctx.insert("d", view);
            ctx.insert("interactions", &interactions);
            ctx.insert("apps", &apps);
            ctx.insert("request_url", &c.submit_url("request", Some(d), None));
            ctx.insert("jsonld", &feeds::schemaorg::dataset(site, self.data, self.i18n, d, c.lang));
            ctx.insert("machine", &feeds::dataset_links(site, self.i18n, d, c.lang));
            if !view.tables.is_empty() {
                ctx.insert("viewer_config", &c.viewer_config());
            }
            out.push(self.page(c, &format!("datasets/{}/", d.id), "dataset.html", ctx)?);
            if view.apply.is_some() {
                self.application_pages(c, d, view, out)?;
            }
        }

        // Evaluation (art. 40–41)
        let (per_agency, city) = crate::evaluation::compute(site, self.data);
        let ranks = super::evaluation::ranks(&per_agency);
        let mut ctx = self.base(c, "evaluation/", Some(&c.t("eval_title")), None)?;
        ctx.insert("eval", &super::evaluation::page(c, &per_agency, &city));
        out.push(self.page(c, "evaluation/", "evaluation.html", ctx)?);
        let prefix = if c.lang == "en" { "en/" } else { "" };
        out.push(Rendered { path: format!("{prefix}evaluation/evaluation.csv"), html: super::evaluation::csv(c, &per_agency, &city)? });

        // Agencies
        let agencies: Vec<serde_json::Value> = site
            .agencies
            .iter()
            .map(|a| {
                let n = listed.iter().filter(|d| d.agency == a.id).count();
                json!({"link": c.agency_link(&a.id), "level": a.level, "level_label": c.t(&format!("level_{}", a.level)), "region": a.region, "count": n, "count_text": c.tf("agency_datasets_n", &[("n", &n.to_string())])})
            })
            .collect();
        let mut ctx = self.base(c, "agencies/", Some(&c.t("agencies_title")), None)?;
        ctx.insert("agencies", &agencies);
        out.push(self.page(c, "agencies/", "agencies.html", ctx)?);
        for a in &site.agencies {
            let ds: Vec<&Dataset> = site.datasets.iter().filter(|d| d.agency == a.id && d.listed(&site.config.policy)).collect();
            let name = pick(&a.name, a.name_en.as_ref(), c.lang);
            let mut ctx = self.base(c, &format!("agencies/{}/", a.id), Some(&name.text), None)?;
            ctx.insert("agency", &json!({
                "id": a.id, "name": name, "level_label": c.t(&format!("level_{}", a.level)), "region": a.region,
                "uscc": a.uscc, "contact": a.contact,
                "parent": a.parent.as_ref().map(|p| c.agency_link(p)),
                "body_html": markdown::to_html_demoted(&a.body),
                "body_lang": if c.lang == "en" { Some("zh-CN") } else { None },
                "csv_url": format!("{}agencies/{}/open-list.csv", site.config.base_path, a.id),
                "xlsx_url": format!("{}agencies/{}/open-list.xlsx", site.config.base_path, a.id),
                "bulk_url": feeds::bulk::has_archive(site, self.data, Some(&a.id)).then(|| format!("{}{}", site.config.base_path, feeds::bulk::archive_path(Some(&a.id)))),
                "feed_url": c.links.page(&format!("agencies/{}/feed.atom", a.id)),
                "caption": c.tf("agency_open_list_caption", &[("name", &name.text)]),
            }));
            ctx.insert("datasets", &cards(&ds));
            if let Some(f) = per_agency.iter().find(|f| f.agency.as_deref() == Some(a.id.as_str())) {
                let rank = ranks.get(&a.id).copied().unwrap_or(0);
                ctx.insert("evaluation", &json!({
                    "facts": super::evaluation::facts(c, f),
                    "rank_text": c.tf("eval_rank_text", &[("rank", &rank.to_string()), ("n", &per_agency.len().to_string())]),
                    "url": c.links.page("evaluation/"),
                }));
            }
            out.push(self.page(c, &format!("agencies/{}/", a.id), "agency.html", ctx)?);
        }

        // Topics
        let mut ctx = self.base(c, "topics/", Some(&c.t("topics_title")), None)?;
        ctx.insert("topics_by_kind", &topics_by_kind);
        out.push(self.page(c, "topics/", "topics.html", ctx)?);
        for t in &site.config.topics {
            let ds: Vec<&Dataset> = listed.iter().filter(|d| d.topics.contains(&t.key)).copied().collect();
            let name = pick(&t.name, t.name_en.as_ref(), c.lang);
            let mut ctx = self.base(c, &format!("topics/{}/", t.key), Some(&name.text), None)?;
            ctx.insert("topic", &json!({"key": t.key, "name": name, "kind_label": c.t(&format!("topic_kind_{}", t.kind)),
                "description": super::views::pick_opt(t.description.as_ref(), t.description_en.as_ref(), c.lang)}));
            ctx.insert("datasets", &cards(&ds));
            out.push(self.page(c, &format!("topics/{}/", t.key), "topic.html", ctx)?);
        }

        // Content pages
        for p in &site.pages {
            let title = pick(&p.title, p.title_en.as_ref(), c.lang);
            let (body, body_lang) = match (c.lang, &p.body_en) {
                ("en", Some(en)) => (en.as_str(), None),
                ("en", None) => (p.body.as_str(), Some("zh-CN")),
                _ => (p.body.as_str(), None),
            };
            let mut ctx = self.base(c, &format!("{}/", p.id), Some(&title.text), None)?;
            ctx.insert("page", &json!({"title": title, "body_html": markdown::to_html_demoted(body), "body_lang": body_lang}));
            out.push(self.page(c, &format!("{}/", p.id), "page.html", ctx)?);
        }

        // Interactions: the whole log, and one page per kind, status and agency
        // (the filters without JavaScript; with it, they combine in place).
        self.interactions(c, "interactions/", &site.interactions.iter().collect::<Vec<_>>(), None, ("", ""), out)?;
        for k in InteractionKind::ALL {
            let items: Vec<&crate::catalog::Interaction> = site.interactions.iter().filter(|i| i.kind == k).collect();
            if !items.is_empty() {
                self.interactions(c, &format!("interactions/kind/{}/", k.key()), &items, Some(c.t(&format!("kind_{}", k.key()))), ("kind", k.key()), out)?;
            }
        }
        for st in Status::ALL {
            let items: Vec<&crate::catalog::Interaction> = site.interactions.iter().filter(|i| i.status == st).collect();
            if !items.is_empty() {
                self.interactions(c, &format!("interactions/status/{}/", st.key()), &items, Some(c.t(&format!("status_{}", st.key()))), ("status", st.key()), out)?;
            }
        }
        let late: Vec<&crate::catalog::Interaction> = site.interactions.iter().filter(|i| i.late).collect();
        if !late.is_empty() {
            self.interactions(c, "interactions/status/late/", &late, Some(c.t("interaction_late")), ("status", "late"), out)?;
        }
        for a in &site.agencies {
            let items: Vec<&crate::catalog::Interaction> = site.interactions.iter().filter(|i| i.agency.as_deref() == Some(a.id.as_str())).collect();
            if !items.is_empty() {
                self.interactions(c, &format!("interactions/agency/{}/", a.id), &items, Some(pick(&a.name, a.name_en.as_ref(), c.lang).text), ("agency", &a.id), out)?;
            }
        }

        // Apps
        let apps: Vec<serde_json::Value> = site
            .apps
            .iter()
            .map(|a| {
                let ds: Vec<LinkView> = a
                    .datasets
                    .iter()
                    .filter_map(|id| site.dataset(id))
                    .filter(|d| d.listed(&site.config.policy))
                    .map(|d| LinkView { url: c.links.dataset(&d.id), label: pick(&d.title, d.title_en.as_ref(), c.lang) })
                    .collect();
                json!({"id": a.id, "title": pick(&a.title, a.title_en.as_ref(), c.lang), "url": a.url,
                    "developer": super::views::pick_opt(a.developer.as_ref(), a.developer_en.as_ref(), c.lang),
                    "body_html": markdown::to_html_demoted(&a.body), "body_lang": if c.lang == "en" { Some("zh-CN") } else { None }, "datasets": ds})
            })
            .collect();
        let mut ctx = self.base(c, "apps/", Some(&c.t("apps_title")), None)?;
        ctx.insert("apps", &apps);
        out.push(self.page(c, "apps/", "apps.html", ctx)?);

        // Changes
        let mut changes: Vec<(crate::date::Date, &Dataset, usize)> = Vec::new();
        for d in &listed {
            for (i, ch) in d.changes.iter().enumerate() {
                changes.push((ch.date, d, i));
            }
        }
        changes.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)).then_with(|| b.2.cmp(&a.2)));
        let changes: Vec<serde_json::Value> = changes
            .iter()
            .map(|(date, d, i)| {
                let ch = &d.changes[*i];
                json!({"date": date.to_string(), "summary": pick(&ch.summary, ch.summary_en.as_ref(), c.lang), "dataset": LinkView { url: c.links.dataset(&d.id), label: pick(&d.title, d.title_en.as_ref(), c.lang) }})
            })
            .collect();
        let temporary: Vec<serde_json::Value> = listed
            .iter()
            .filter_map(|d| {
                let t = views[d.id.as_str()].temporary.as_ref()?;
                let state = if t.active { c.tf("changes_temporary_until", &[("until", &t.until)]) } else { c.tf("changes_temporary_ended", &[("until", &t.until)]) };
                Some(json!({"dataset": LinkView { url: c.links.dataset(&d.id), label: pick(&d.title, d.title_en.as_ref(), c.lang) }, "text": t.text, "active": t.active, "state": state}))
            })
            .collect();
        let mut ctx = self.base(c, "changes/", Some(&c.t("changes_title")), None)?;
        ctx.insert("changes", &changes);
        ctx.insert("temporary", &temporary);
        out.push(self.page(c, "changes/", "changes.html", ctx)?);

        // Site-wide data quality, for publishers (art. 14, 19)
        let mut rows: Vec<serde_json::Value> = Vec::new();
        for d in listed.iter().filter(|d| d.publishes_files()) {
            for t in self.data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
                let q = &t.report.quality;
                rows.push(json!({
                    "dataset": LinkView { url: c.links.dataset(&d.id), label: pick(&d.title, d.title_en.as_ref(), c.lang) },
                    "table": pick(&t.resource_title, t.resource_title_en.as_ref(), c.lang),
                    "agency": c.agency_link(&d.agency),
                    "rows": t.report.rows, "score": q.score, "completeness": q.completeness, "findings": q.findings.len(),
                }));
            }
        }
        rows.sort_by(|a, b| a["score"].as_f64().partial_cmp(&b["score"].as_f64()).unwrap_or(std::cmp::Ordering::Equal).then_with(|| a["dataset"]["url"].as_str().cmp(&b["dataset"]["url"].as_str())));
        let mean = if rows.is_empty() { 0.0 } else { rows.iter().filter_map(|r| r["score"].as_f64()).sum::<f64>() / rows.len() as f64 };
        let mut ctx = self.base(c, "quality/", Some(&c.t("quality_title")), None)?;
        ctx.insert("rows", &rows);
        ctx.insert("summary", &c.tf("quality_summary", &[("n", &rows.len().to_string()), ("mean", &format!("{mean:.1}")), ("flagged", &rows.iter().filter(|r| r["findings"].as_u64() > Some(0)).count().to_string())]));
        out.push(self.page(c, "quality/", "quality.html", ctx)?);

        // Request data
        let mut ctx = self.base(c, "request/", Some(&c.t("request_title")), None)?;
        ctx.insert("request_url", &c.submit_url("request", None, None));
        ctx.insert("email", &site.config.submit.email);
        out.push(self.page(c, "request/", "request.html", ctx)?);

        // 404
        let ctx = self.base(c, "404.html", Some(&c.t("not_found_title")), None)?;
        let html = self.tera.render("404.html", &ctx).map_err(|e| anyhow!(super::theme::tera_error(&e)))?;
        let path = if c.lang == "en" { "en/404.html".to_string() } else { "404.html".to_string() };
        out.push(Rendered { path, html });
        Ok(())
    }

    /// The printable application form and the data-security pledge of a
    /// conditional dataset (art. 32): always in Chinese, pre-filled.
    fn application_pages(&self, c: &Ctx, d: &Dataset, view: &DatasetView, out: &mut Vec<Rendered>) -> Result<()> {
        let zh = Ctx { site: self.site, i18n: self.i18n, lang: "zh-CN", links: Links { base: self.site.config.base_path.clone(), lang: "zh-CN" }, data: self.data };
        let agency = self.site.agency(&d.agency).map(|a| a.name.clone()).unwrap_or_else(|| d.agency.clone());
        let send_text = match (&self.site.config.submit.url, &self.site.config.submit.email) {
            (Some(_), _) => c.t("apply_step_3_form"),
            (None, Some(email)) => c.tf("apply_step_3_email", &[("email", email)]),
            (None, None) => c.t("apply_step_3_agency"),
        };
        let pledge = |cx: &Ctx| {
            let args = [("agency", agency.as_str()), ("title", d.title.as_str()), ("id", d.id.as_str())];
            json!({"to": cx.tf("pledge_to", &args), "opening": cx.tf("pledge_opening", &args), "items": (1..=8).map(|n| cx.t(&format!("pledge_{n}"))).collect::<Vec<_>>()})
        };
        let route = format!("datasets/{}/apply/", d.id);
        let title = format!("{} · {}", c.t("apply_form_heading"), view.title.text);
        let mut ctx = self.base(c, &route, Some(&title), None)?;
        ctx.insert("d", view);
        ctx.insert("tz", self.i18n.table("zh-CN"));
        ctx.insert("send_text", &send_text);
        ctx.insert("print_js", &true);
        ctx.insert("form", &json!({
            "title": d.title, "agency": agency, "site": self.site.config.title,
            "security": zh.tf("security_level_n", &[("n", &d.security_level.to_string())]),
            "page": zh.abs(&zh.links.dataset(&d.id)),
            "materials": zh.materials(d).into_iter().map(|m| m.text).collect::<Vec<_>>(),
            "foot": zh.tf("form_foot", &[("site", &self.site.config.title), ("date", &self.site.config.today.to_string())]),
        }));
        out.push(self.page(c, &route, "apply.html", ctx)?);

        let route = format!("datasets/{}/pledge/", d.id);
        let title = format!("{} · {}", c.t("pledge_heading"), view.title.text);
        let mut ctx = self.base(c, &route, Some(&title), None)?;
        ctx.insert("d", view);
        ctx.insert("tz", self.i18n.table("zh-CN"));
        ctx.insert("print_js", &true);
        ctx.insert("form", &pledge(&zh));
        ctx.insert("form_en", &pledge(c));
        out.push(self.page(c, &route, "pledge.html", ctx)?);
        Ok(())
    }

    fn interactions(&self, c: &Ctx, route: &str, items: &[&crate::catalog::Interaction], filter: Option<String>, selected: (&str, &str), out: &mut Vec<Rendered>) -> Result<()> {
        let all = &self.site.interactions;
        let facet = |kind: &str, key: &str, label: String, count: usize| json!({
            "key": key, "label": label, "count": count, "current": selected == (kind, key),
            "url": c.links.page(&format!("interactions/{kind}/{key}/")),
        });
        let kinds: Vec<serde_json::Value> = InteractionKind::ALL.iter().map(|k| (k, all.iter().filter(|i| i.kind == *k).count())).filter(|(_, n)| *n > 0)
            .map(|(k, n)| facet("kind", k.key(), c.t(&format!("kind_{}", k.key())), n)).collect();
        let mut statuses: Vec<serde_json::Value> = Status::ALL.iter().map(|st| (st, all.iter().filter(|i| i.status == *st).count())).filter(|(_, n)| *n > 0)
            .map(|(st, n)| facet("status", st.key(), c.t(&format!("status_{}", st.key())), n)).collect();
        let late = all.iter().filter(|i| i.late).count();
        if late > 0 {
            statuses.push(facet("status", "late", c.t("interaction_late"), late));
        }
        let agencies: Vec<serde_json::Value> = self.site.agencies.iter().map(|a| (a, all.iter().filter(|i| i.agency.as_deref() == Some(a.id.as_str())).count())).filter(|(_, n)| *n > 0)
            .map(|(a, n)| facet("agency", &a.id, pick(&a.name, a.name_en.as_ref(), c.lang).text, n)).collect();
        let heading = match &filter {
            Some(f) => format!("{} · {f}", c.t("interactions_title")),
            None => c.t("interactions_title"),
        };
        let mut ctx = self.base(c, route, Some(&heading), None)?;
        ctx.insert("heading", &heading);
        ctx.insert("items", &items.iter().map(|i| self.interaction_view(c, i)).collect::<Vec<_>>());
        ctx.insert("facets", &json!({"kind": kinds, "status": statuses, "agency": agencies}));
        ctx.insert("filtered", &filter.is_some());
        ctx.insert("count_text", &c.tf("interactions_count", &[("n", &items.len().to_string())]));
        ctx.insert("deadline_text", &c.tf("interactions_deadline", &[("n", &self.site.config.policy.answer_within_working_days.to_string())]));
        ctx.insert("all_url", &c.links.page("interactions/"));
        ctx.insert("filter_js", &filter.is_none());
        out.push(self.page(c, route, "interactions.html", ctx)?);
        Ok(())
    }

    fn interaction_view(&self, c: &Ctx, i: &crate::catalog::Interaction) -> serde_json::Value {
        let d = i.dataset.as_ref().and_then(|id| self.site.dataset(id)).filter(|d| d.listed(&self.site.config.policy));
        json!({
            "id": i.id, "kind": i.kind.key(), "kind_label": c.t(&format!("kind_{}", i.kind.key())),
            "subject": pick(&i.subject, i.subject_en.as_ref(), c.lang),
            "dataset": d.map(|d| LinkView { url: c.links.dataset(&d.id), label: pick(&d.title, d.title_en.as_ref(), c.lang) }),
            "agency": i.agency.as_ref().map(|a| c.agency_link(a)),
            "received": i.received.to_string(), "status": i.status.key(), "status_label": c.t(&format!("status_{}", i.status.key())),
            "answered": i.answered.map(|a| a.to_string()),
            "response": super::views::pick_opt(i.response.as_ref(), i.response_en.as_ref(), c.lang),
            "days": i.working_days, "days_text": c.tf("interaction_days_n", &[("n", &i.working_days.to_string())]), "late": i.late,
            "url": format!("{}#i-{}", c.links.page("interactions/"), i.id),
            "agency_id": i.agency.clone().unwrap_or_default(),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn listing(&self, c: &Ctx, route: &str, ds: &[&Dataset], cards: &[&DatasetView], heading: String, intro: Option<String>, selected: (&str, &str), out: &mut Vec<Rendered>) -> Result<()> {
        let site = self.site;
        let listed = site.listed_datasets();
        let facet = |kind: &'static str, key: &str, label: Text, count: usize, ot: Option<&'static str>| Facet {
            url: c.links.page(&format!("datasets/{kind}/{key}/").replace("open_type", "open-type")),
            label,
            count,
            current: selected == (kind, key),
            open_type: ot,
        };
        let agency_facets: Vec<Facet> = site
            .agencies
            .iter()
            .map(|a| (a, listed.iter().filter(|d| d.agency == a.id).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(a, n)| facet("agency", &a.id, pick(&a.name, a.name_en.as_ref(), c.lang), n, None))
            .collect();
        let topic_facets: Vec<Facet> = site
            .config
            .topics
            .iter()
            .map(|t| (t, listed.iter().filter(|d| d.topics.contains(&t.key)).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(t, n)| facet("topic", &t.key, pick(&t.name, t.name_en.as_ref(), c.lang), n, None))
            .collect();
        let open_facets: Vec<Facet> = OpenType::ALL
            .iter()
            .map(|ot| (ot, listed.iter().filter(|d| d.open_type == *ot).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(ot, n)| facet("open_type", ot.key(), Text { text: c.open_label(*ot), lang: None }, n, Some(ot.key())))
            .collect();
        let pages = ds.len().div_ceil(PER_PAGE).max(1);
        for p in 1..=pages {
            let page_route = if p == 1 { route.to_string() } else { format!("{route}page/{p}/") };
            let url_of = |n: usize| if n == 1 { c.links.page(route) } else { c.links.page(&format!("{route}page/{n}/")) };
            let slice: Vec<&DatasetView> = cards.iter().skip((p - 1) * PER_PAGE).take(PER_PAGE).copied().collect();
            let title = if p == 1 { heading.clone() } else { format!("{heading} · {}", c.tf("page_n_of", &[("n", &p.to_string()), ("total", &pages.to_string())])) };
            let mut ctx = self.base(c, &page_route, Some(&title), None)?;
            ctx.insert("heading", &heading);
            ctx.insert("intro", &intro.clone().unwrap_or_else(|| c.t("catalog_intro")));
            ctx.insert("datasets", &slice);
            ctx.insert("total", &ds.len());
            ctx.insert("results_text", &c.tf("results_count", &[("n", &ds.len().to_string())]));
            ctx.insert("all_url", &c.links.page("datasets/"));
            ctx.insert("filtered", &!selected.0.is_empty());
            ctx.insert("facet_agency", &agency_facets);
            ctx.insert("facet_topic", &topic_facets);
            ctx.insert("facet_open_type", &open_facets);
            if route == "datasets/" {
                ctx.insert("viewer_config", &c.viewer_config());
                ctx.insert("live", &true);
                // Preloaded by the page (with the entry), and requested by main.js at once.
                let base = &self.site.config.base_path;
                let preload: Vec<String> = std::iter::once("entry.kfi").chain(self.search.first.iter().map(String::as_str)).map(|f| format!("{base}search/{f}")).collect();
                ctx.insert("search_preload", &preload);
                ctx.insert("search_first", &self.search.first.join(" "));
                ctx.insert("search_pack", &self.search.pack);
            }
            let pager: Vec<serde_json::Value> = page_window(p, pages)
                .into_iter()
                .map(|n| match n {
                    Some(n) => json!({"n": n, "url": url_of(n), "current": n == p}),
                    None => json!({"gap": true}),
                })
                .collect();
            ctx.insert("pager", &json!({
                "pages": pager, "total": pages, "current": p,
                "prev": (p > 1).then(|| url_of(p - 1)), "next": (p < pages).then(|| url_of(p + 1)),
                "text": c.tf("page_n_of", &[("n", &p.to_string()), ("total", &pages.to_string())]),
            }));
            out.push(self.page(c, &page_route, "catalog.html", ctx)?);
        }
        Ok(())
    }

    /// The context every page shares.
    fn base(&self, c: &Ctx, route: &str, title: Option<&str>, description: Option<&str>) -> Result<tera::Context> {
        let site = self.site;
        let cfg = &site.config;
        let mut ctx = tera::Context::new();
        let site_title = pick(&cfg.title, cfg.title_en.as_ref(), c.lang);
        let other = if c.lang == "en" { "zh-CN" } else { "en" };
        let other_links = Links { base: cfg.base_path.clone(), lang: other };
        let here = c.links.page(route);
        let mut nav: Vec<NavItem> = [("", "nav_home"), ("datasets/", "nav_datasets"), ("agencies/", "nav_agencies"), ("topics/", "nav_topics"), ("interactions/", "nav_interactions"), ("apps/", "nav_apps"), ("changes/", "nav_changes")]
            .iter()
            .map(|(r, k)| NavItem { url: c.links.page(r), label: c.t(k), current: if r.is_empty() { route.is_empty() } else { route.starts_with(r) } })
            .collect();
        for p in site.pages.iter().filter(|p| p.menu) {
            let r = format!("{}/", p.id);
            nav.push(NavItem { url: c.links.page(&r), label: pick(&p.title, p.title_en.as_ref(), c.lang).text, current: route == r });
        }
        let footer_pages: Vec<LinkView> = site.pages.iter().map(|p| LinkView { url: c.links.page(&format!("{}/", p.id)), label: pick(&p.title, p.title_en.as_ref(), c.lang) }).collect();
        let desc = description
            .map(str::to_string)
            .or_else(|| super::views::pick_opt(cfg.description.as_ref(), cfg.description_en.as_ref(), c.lang).map(|t| t.text))
            .unwrap_or_else(|| c.t("home_intro"));
        ctx.insert("lang", c.lang);
        ctx.insert("t", c.i18n.table(c.lang));
        ctx.insert("site_title", &site_title);
        ctx.insert("page_title", &title.map(|t| format!("{t} - {}", site_title.text)).unwrap_or_else(|| site_title.text.clone()));
        ctx.insert("heading_title", &title);
        ctx.insert("description", &truncate(&desc, 160));
        ctx.insert("home_url", &c.links.root());
        ctx.insert("datasets_url", &c.links.page("datasets/"));
        ctx.insert("request_page_url", &c.links.page("request/"));
        ctx.insert("interactions_url", &c.links.page("interactions/"));
        ctx.insert("quality_url", &c.links.page("quality/"));
        ctx.insert("evaluation_url", &c.links.page("evaluation/"));
        ctx.insert("canonical", &c.abs(&here));
        ctx.insert("alt_lang", other);
        ctx.insert("alt_url", &other_links.page(route));
        ctx.insert("alt_abs_url", &c.abs(&other_links.page(route)));
        ctx.insert("zh_abs_url", &c.abs(&Links { base: cfg.base_path.clone(), lang: "zh-CN" }.page(route)));
        ctx.insert("en_abs_url", &c.abs(&Links { base: cfg.base_path.clone(), lang: "en" }.page(route)));
        ctx.insert("nav", &nav);
        ctx.insert("footer_pages", &footer_pages);
        ctx.insert("assets", self.assets);
        ctx.insert("contact", &cfg.contact);
        ctx.insert("generated", &c.tf("footer_generated", &[("date", &cfg.today.to_string())]));
        ctx.insert("today", &cfg.today.to_string());
        ctx.insert("feed_url", &c.links.page("feed.atom"));
        ctx.insert("jsonld", "");
        Ok(ctx)
    }

    fn page(&self, c: &Ctx, route: &str, template: &str, ctx: tera::Context) -> Result<Rendered> {
        let html = self.tera.render(template, &ctx).map_err(|e| anyhow!("rendering /{route} with {template}: {}", super::theme::tera_error(&e)))?;
        let prefix = if c.lang == "en" { "en/" } else { "" };
        Ok(Rendered { path: format!("{prefix}{route}index.html"), html })
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// The page numbers a pager shows: the first, the last, and two either side
/// of the current one; `None` where numbers are left out (an ellipsis). A
/// single number left out is shown instead. A catalog of 10,000 datasets
/// has 500 pages: listing them all was 22 KB on every page, and a wall of
/// links on a phone.
fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::new();
    let mut last = 0;
    for n in 1..=total {
        if n == 1 || n == total || n.abs_diff(current) <= 2 {
            if n == last + 2 {
                out.push(Some(last + 1));
            } else if n > last + 2 {
                out.push(None);
            }
            out.push(Some(n));
            last = n;
        }
    }
    out
}

#[cfg(test)]
mod pager_tests {
    use super::page_window;

    fn shown(current: usize, total: usize) -> String {
        page_window(current, total).iter().map(|n| n.map_or("…".to_string(), |n| n.to_string())).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn a_pager_shows_the_ends_and_the_pages_around_the_current_one() {
        assert_eq!(shown(1, 1), "1");
        assert_eq!(shown(2, 3), "1 2 3");
        assert_eq!(shown(1, 7), "1 2 3 … 7");
        assert_eq!(shown(4, 7), "1 2 3 4 5 6 7");
        assert_eq!(shown(5, 8), "1 2 3 4 5 6 7 8");
        assert_eq!(shown(250, 500), "1 … 248 249 250 251 252 … 500");
        assert_eq!(shown(500, 500), "1 … 498 499 500");
        assert_eq!(shown(4, 500), "1 2 3 4 5 6 … 500");
    }
}
