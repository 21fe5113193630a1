//! `/evaluation/` (art. 40–41): the ranking table, the city's summary, the
//! charts (SVG, drawn here), the CSV, and the same figures on agency pages.

use super::svg::{self, Bar, Chart};
use super::views::{pick, Ctx, LinkView, Text};
use crate::evaluation::{one_decimal, percent, ranking, Figures};
use serde::Serialize;
use serde_json::json;

/// A figure as the pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// One row of the ranking table (and of the CSV).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub rank: usize,
    pub agency: LinkView,
    pub id: String,
    pub level: String,
    pub datasets: usize,
    pub unconditional: usize,
    pub conditional: usize,
    pub closed: usize,
    pub machine_readable: String,
    pub on_time: String,
    pub quality: String,
    pub received: usize,
    pub requests: usize,
    pub objections: usize,
    pub applications: usize,
    pub answered: String,
    pub in_time: String,
    pub median_days: String,
    pub apps: usize,
    pub score: String,
    /// `（unconditional / conditional / closed）`
    pub types_split: String,
    /// `（requests / objections / applications）`
    pub received_split: String,
}

fn pct(v: Option<f64>, c: &Ctx) -> String {
    match v {
        Some(_) => format!("{}%", percent(v)),
        None => c.t("eval_none"),
    }
}

/// Scores, always with one decimal (`100.0`, `87.5`), so a column lines up.
fn dec(v: Option<f64>, c: &Ctx) -> String {
    match v {
        Some(x) => format!("{x:.1}"),
        None => c.t("eval_none"),
    }
}

fn row(c: &Ctx, rank: usize, f: &Figures) -> Row {
    let id = f.agency.clone().unwrap_or_default();
    let level = c.site.agency(&id).map(|a| c.t(&format!("level_{}", a.level))).unwrap_or_default();
    Row {
        rank,
        agency: c.agency_link(&id),
        id,
        level,
        datasets: f.datasets,
        unconditional: f.unconditional,
        conditional: f.conditional,
        closed: f.closed,
        machine_readable: pct(f.machine_readable_share(), c),
        on_time: pct(f.on_time_share(), c),
        quality: dec(f.mean_quality(), c),
        received: f.received(),
        requests: f.requests,
        objections: f.objections,
        applications: f.applications,
        answered: pct(f.answered_share(), c),
        in_time: pct(f.in_time_share(), c),
        median_days: f.median_days().map(|d| c.tf("interaction_days_n", &[("n", &one_decimal(Some(d)))])).unwrap_or_else(|| c.t("eval_none")),
        apps: f.apps,
        score: dec(f.score(), c),
        types_split: c.tf("eval_split", &[("a", &f.unconditional.to_string()), ("b", &f.conditional.to_string()), ("c", &f.closed.to_string())]),
        received_split: c.tf("eval_split", &[("a", &f.requests.to_string()), ("b", &f.objections.to_string()), ("c", &f.applications.to_string())]),
    }
}

/// The figures of one agency (or of the city) as a definition list.
pub fn facts(c: &Ctx, f: &Figures) -> Vec<Fact> {
    let r = row(c, 0, f);
    let fact = |k: &str, v: String| Fact { label: c.t(k), value: v };
    vec![
        fact("eval_datasets", c.tf("eval_by_type_text", &[("n", &r.datasets.to_string()), ("u", &r.unconditional.to_string()), ("c", &r.conditional.to_string()), ("x", &r.closed.to_string())])),
        fact("eval_machine_readable", r.machine_readable),
        fact("eval_on_time", r.on_time),
        fact("eval_quality", r.quality),
        fact("eval_received", c.tf("eval_received_text", &[("n", &r.received.to_string()), ("r", &r.requests.to_string()), ("o", &r.objections.to_string()), ("a", &r.applications.to_string())])),
        fact("eval_answered", r.answered),
        fact("eval_in_time", r.in_time),
        fact("eval_median_days", r.median_days),
        fact("eval_apps", r.apps.to_string()),
        fact("eval_score", r.score),
    ]
}

/// Each agency's rank and the number ranked, by agency id.
pub fn ranks(per: &[Figures]) -> std::collections::BTreeMap<String, usize> {
    ranking(per).into_iter().filter_map(|(r, f)| f.agency.clone().map(|a| (a, r))).collect()
}

fn agency_label(c: &Ctx, f: &Figures) -> (String, Option<&'static str>) {
    let id = f.agency.as_deref().unwrap_or_default();
    match c.site.agency(id) {
        Some(a) => {
            let t: Text = pick(&a.name, a.name_en.as_ref(), c.lang);
            (t.text, t.lang)
        }
        None => (id.to_string(), None),
    }
}

/// The page's context: summary, charts, ranking rows.
pub fn page(c: &Ctx, per: &[Figures], city: &Figures) -> serde_json::Value {
    let ranked = ranking(per);
    let rows: Vec<Row> = ranked.iter().map(|(r, f)| row(c, *r, f)).collect();
    let deadline = c.site.config.policy.answer_within_working_days;

    let score_chart = svg::hbars(&Chart {
        id: "kf-chart-score",
        title: &c.t("eval_chart_score"),
        desc: &c.t("eval_chart_score_desc"),
        max: 100.0,
        bars: ranked
            .iter()
            .map(|(_, f)| {
                let (label, lang) = agency_label(c, f);
                Bar { label, lang, segments: vec![(f.score().unwrap_or(0.0), "kf-svg-bar")], text: dec(f.score(), c) }
            })
            .collect(),
        legend: vec![],
        marker: None,
    });
    let max_datasets = per.iter().map(|f| f.datasets).max().unwrap_or(0) as f64;
    let types_chart = svg::hbars(&Chart {
        id: "kf-chart-types",
        title: &c.t("eval_chart_types"),
        desc: &c.t("eval_chart_types_desc"),
        max: max_datasets,
        bars: per
            .iter()
            .map(|f| {
                let (label, lang) = agency_label(c, f);
                Bar {
                    label,
                    lang,
                    segments: vec![(f.unconditional as f64, "kf-svg-open"), (f.conditional as f64, "kf-svg-cond"), (f.closed as f64, "kf-svg-closed")],
                    text: format!("{} / {} / {}", f.unconditional, f.conditional, f.closed),
                }
            })
            .collect(),
        legend: vec![("kf-svg-open", c.t("open_unconditional")), ("kf-svg-cond", c.t("open_conditional")), ("kf-svg-closed", c.t("open_closed"))],
        marker: None,
    });
    let answering: Vec<&Figures> = per.iter().filter(|f| f.median_days().is_some()).collect();
    let max_days = answering.iter().filter_map(|f| f.median_days()).fold(f64::from(deadline), f64::max) * 1.1;
    let days_chart = (!answering.is_empty()).then(|| {
        svg::hbars(&Chart {
            id: "kf-chart-days",
            title: &c.t("eval_chart_days"),
            desc: &c.tf("eval_chart_days_desc", &[("n", &deadline.to_string())]),
            max: max_days,
            bars: answering
                .iter()
                .map(|f| {
                    let (label, lang) = agency_label(c, f);
                    let d = f.median_days().unwrap_or(0.0);
                    let class = if d > f64::from(deadline) { "kf-svg-late" } else { "kf-svg-bar" };
                    Bar { label, lang, segments: vec![(d, class)], text: c.tf("interaction_days_n", &[("n", &one_decimal(Some(d)))]) }
                })
                .collect(),
            legend: vec![],
            marker: Some((f64::from(deadline), c.tf("eval_deadline", &[("n", &deadline.to_string())]))),
        })
    });

    json!({
        "city": facts(c, city),
        "rows": rows,
        "charts": {"score": score_chart, "types": types_chart, "days": days_chart},
        "caption": c.tf("eval_caption", &[("date", &c.site.config.today.to_string())]),
        "method": c.tf("eval_method", &[("n", &deadline.to_string())]),
        "csv_url": c.links.page("evaluation/evaluation.csv"),
    })
}

/// The ranking as CSV (UTF-8 with a byte-order mark, like the open lists),
/// headers in the page's language.
pub fn csv(c: &Ctx, per: &[Figures], city: &Figures) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let keys = [
        "eval_rank", "eval_agency_id", "eval_agency", "agency_level", "eval_datasets", "open_unconditional", "open_conditional", "open_closed", "eval_machine_readable", "eval_on_time", "eval_quality", "kind_request",
        "kind_objection", "kind_application", "eval_answered", "eval_in_time", "eval_median_days", "eval_apps", "eval_score",
    ];
    let percent_columns = ["eval_machine_readable", "eval_on_time", "eval_answered", "eval_in_time"];
    w.write_record(keys.iter().map(|k| if percent_columns.contains(k) { format!("{}{}", c.t(k), c.t("eval_percent_suffix")) } else { c.t(k) }))?;
    let num = |v: Option<f64>, f: fn(Option<f64>) -> String| if v.is_some() { f(v) } else { String::new() };
    let mut record = |rank: String, f: &Figures, name: String, level: String| -> anyhow::Result<()> {
        w.write_record([
            rank,
            f.agency.clone().unwrap_or_default(),
            name,
            level,
            f.datasets.to_string(),
            f.unconditional.to_string(),
            f.conditional.to_string(),
            f.closed.to_string(),
            num(f.machine_readable_share(), percent),
            num(f.on_time_share(), percent),
            num(f.mean_quality(), |v| v.map(|x| format!("{x:.1}")).unwrap_or_default()),
            f.requests.to_string(),
            f.objections.to_string(),
            f.applications.to_string(),
            num(f.answered_share(), percent),
            num(f.in_time_share(), percent),
            num(f.median_days(), one_decimal),
            f.apps.to_string(),
            num(f.score(), |v| v.map(|x| format!("{x:.1}")).unwrap_or_default()),
        ])?;
        Ok(())
    };
    for (rank, f) in ranking(per) {
        let (name, _) = agency_label(c, f);
        let level = c.site.agency(f.agency.as_deref().unwrap_or_default()).map(|a| c.t(&format!("level_{}", a.level))).unwrap_or_default();
        record(rank.to_string(), f, name, level)?;
    }
    record(String::new(), city, c.t("eval_city"), String::new())?;
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(format!("\u{feff}{}", String::from_utf8(bytes)?))
}
