//! The public evaluation of each agency's open-data work (art. 40–41): the
//! figures behind `/evaluation/`, its CSV, the agency pages and
//! `kaifang check --todo`. Computed from the catalog alone, so they are the
//! same on every build of the same site.

use crate::catalog::raw::{InteractionKind, OpenType, Status, UpdateCycle};
use crate::catalog::{Dataset, Interaction, Resource, Site};
use crate::data::{read::is_tabular, DataOutput};

/// Formats a machine can read without proprietary software (the third star
/// of the five-star scheme and above), upper-case as `format_of` writes them.
pub const OPEN_MACHINE_READABLE: [&str; 14] = ["CSV", "TSV", "JSON", "NDJSON", "GEOJSON", "XML", "RDF", "TTL", "JSONLD", "KML", "GPX", "PARQUET", "ODS", "API"];

/// One agency's figures, or the whole city's (`agency` is `None`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub agency: Option<String>,
    /// Catalogued datasets, closed ones included.
    pub datasets: usize,
    pub unconditional: usize,
    pub conditional: usize,
    pub closed: usize,
    /// Resources of open (unconditional or conditional) datasets.
    pub resources: usize,
    /// Of those, offered in an open machine-readable format.
    pub machine_readable: usize,
    /// Open datasets with a fixed update cycle (not irregular).
    pub cycled: usize,
    /// Of those, not overdue on the build date.
    pub on_time: usize,
    /// Published tables and the sum of their quality scores.
    pub tables: usize,
    pub quality_sum: f64,
    pub requests: usize,
    pub objections: usize,
    pub applications: usize,
    /// Interactions no longer pending.
    pub answered: usize,
    /// Answered within `answer_within_working_days`.
    pub answered_in_time: usize,
    /// Pending past `answer_within_working_days`.
    pub pending_late: usize,
    /// Working days to answer, of every answered interaction, ascending.
    pub answer_days: Vec<i64>,
    /// Apps built on at least one of its datasets.
    pub apps: usize,
}

fn share(n: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| n as f64 / of as f64)
}

impl Figures {
    pub fn received(&self) -> usize {
        self.requests + self.objections + self.applications
    }
    pub fn machine_readable_share(&self) -> Option<f64> {
        share(self.machine_readable, self.resources)
    }
    pub fn on_time_share(&self) -> Option<f64> {
        share(self.on_time, self.cycled)
    }
    /// 0–100.
    pub fn mean_quality(&self) -> Option<f64> {
        (self.tables > 0).then(|| self.quality_sum / self.tables as f64)
    }
    pub fn answered_share(&self) -> Option<f64> {
        share(self.answered, self.received())
    }
    pub fn in_time_share(&self) -> Option<f64> {
        share(self.answered_in_time, self.received())
    }
    pub fn median_days(&self) -> Option<f64> {
        let v = &self.answer_days;
        match v.len() {
            0 => None,
            n if n % 2 == 1 => Some(v[n / 2] as f64),
            n => Some((v[n / 2 - 1] + v[n / 2]) as f64 / 2.0),
        }
    }
    /// The composite score, 0–100: the mean of the four shares the agency
    /// has a figure for (machine-readable formats, on-time updates, quality,
    /// interactions answered in time). `None` when it has none of them.
    pub fn score(&self) -> Option<f64> {
        let parts: Vec<f64> = [self.machine_readable_share(), self.on_time_share(), self.mean_quality().map(|q| q / 100.0), self.in_time_share()].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| 100.0 * parts.iter().sum::<f64>() / parts.len() as f64)
    }
}

/// A resource counts as machine-readable when its own format is one of
/// [`OPEN_MACHINE_READABLE`], or when the portal publishes it as CSV (a
/// table file of an unconditional dataset, XLSX included; a linked file is
/// never fetched, so never converted).
pub fn machine_readable(d: &Dataset, r: &Resource) -> bool {
    OPEN_MACHINE_READABLE.contains(&r.format.as_str()) || (d.publishes_files() && r.file.is_some() && is_tabular(&r.format))
}

fn add_dataset(f: &mut Figures, d: &Dataset, data: &DataOutput) {
    f.datasets += 1;
    match d.open_type {
        OpenType::Unconditional => f.unconditional += 1,
        OpenType::Conditional => f.conditional += 1,
        OpenType::Closed => {
            f.closed += 1;
            return;
        }
    }
    for r in &d.resources {
        f.resources += 1;
        if machine_readable(d, r) {
            f.machine_readable += 1;
        }
    }
    if d.update_cycle != UpdateCycle::Irregular {
        f.cycled += 1;
        if !d.overdue {
            f.on_time += 1;
        }
    }
    for t in data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
        f.tables += 1;
        f.quality_sum += t.report.quality.score;
    }
}

fn add_interaction(f: &mut Figures, i: &Interaction, deadline: i64) {
    match i.kind {
        InteractionKind::Request => f.requests += 1,
        InteractionKind::Objection => f.objections += 1,
        InteractionKind::Application => f.applications += 1,
    }
    if i.status == Status::Pending {
        if i.working_days > deadline {
            f.pending_late += 1;
        }
    } else {
        f.answered += 1;
        if i.working_days <= deadline {
            f.answered_in_time += 1;
        }
        f.answer_days.push(i.working_days);
    }
}

/// Every agency's figures, in the site's agency order, and the city's.
pub fn compute(site: &Site, data: &DataOutput) -> (Vec<Figures>, Figures) {
    let deadline = i64::from(site.config.policy.answer_within_working_days);
    let mut city = Figures::default();
    let mut per: Vec<Figures> = site.agencies.iter().map(|a| Figures { agency: Some(a.id.clone()), ..Figures::default() }).collect();
    let index = |id: &str| site.agencies.iter().position(|a| a.id == id);
    for d in &site.datasets {
        add_dataset(&mut city, d, data);
        if let Some(k) = index(&d.agency) {
            add_dataset(&mut per[k], d, data);
        }
    }
    for i in &site.interactions {
        add_interaction(&mut city, i, deadline);
        if let Some(k) = i.agency.as_deref().and_then(index) {
            add_interaction(&mut per[k], i, deadline);
        }
    }
    for app in &site.apps {
        let agencies: std::collections::BTreeSet<&str> = app.datasets.iter().filter_map(|id| site.dataset(id)).map(|d| d.agency.as_str()).collect();
        if !agencies.is_empty() {
            city.apps += 1;
        }
        for a in agencies {
            if let Some(k) = index(a) {
                per[k].apps += 1;
            }
        }
    }
    for f in per.iter_mut().chain(std::iter::once(&mut city)) {
        f.answer_days.sort_unstable();
    }
    (per, city)
}

/// Ranks by score, highest first (agencies without a score last); equal
/// scores (to one decimal, as shown) share a rank ("1, 2, 2, 4").
/// Returns (rank, figures) in ranking order; the sort is stable, so ties
/// keep the site's agency order.
pub fn ranking(per: &[Figures]) -> Vec<(usize, &Figures)> {
    let shown = |f: &Figures| f.score().map(|s| (s * 10.0).round() as i64);
    let mut v: Vec<&Figures> = per.iter().collect();
    v.sort_by_key(|f| std::cmp::Reverse(shown(f)));
    let mut out: Vec<(usize, &Figures)> = Vec::with_capacity(v.len());
    for (i, f) in v.iter().enumerate() {
        let rank = match out.last() {
            Some((r, prev)) if shown(prev) == shown(f) => *r,
            _ => i + 1,
        };
        out.push((rank, f));
    }
    out
}

/// `0.8333` → `83.3`; `None` → `–`.
pub fn percent(v: Option<f64>) -> String {
    v.map(|x| format!("{:.1}", x * 100.0)).unwrap_or_else(|| "–".into())
}

/// One decimal, trailing `.0` kept off for whole numbers; `None` → `–`.
pub fn one_decimal(v: Option<f64>) -> String {
    match v {
        Some(x) if (x - x.round()).abs() < 1e-9 => format!("{}", x.round() as i64),
        Some(x) => format!("{x:.1}"),
        None => "–".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(score_parts: (usize, usize, usize, usize)) -> Figures {
        let (mr, res, on, cyc) = score_parts;
        Figures { machine_readable: mr, resources: res, on_time: on, cycled: cyc, ..Figures::default() }
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        let mut x = Figures { answer_days: vec![1, 3, 8], ..Figures::default() };
        assert_eq!(x.median_days(), Some(3.0));
        x.answer_days = vec![1, 3, 8, 10];
        assert_eq!(x.median_days(), Some(5.5));
        x.answer_days.clear();
        assert_eq!(x.median_days(), None);
    }

    #[test]
    fn score_averages_only_the_figures_an_agency_has() {
        // 3 of 4 resources machine-readable, 1 of 2 datasets on time, no tables, no interactions.
        assert_eq!(f((3, 4, 1, 2)).score(), Some(62.5));
        assert_eq!(Figures::default().score(), None);
    }

    #[test]
    fn ties_share_a_rank_and_agencies_without_a_score_come_last() {
        let per = vec![f((1, 2, 0, 0)), Figures::default(), f((2, 2, 0, 0)), f((1, 2, 0, 0))];
        let r: Vec<(usize, Option<f64>)> = ranking(&per).into_iter().map(|(n, f)| (n, f.score())).collect();
        assert_eq!(r, vec![(1, Some(100.0)), (2, Some(50.0)), (2, Some(50.0)), (4, None)]);
    }

    #[test]
    fn number_formats() {
        assert_eq!(percent(Some(5.0 / 6.0)), "83.3");
        assert_eq!(percent(None), "–");
        assert_eq!(one_decimal(Some(4.0)), "4");
        assert_eq!(one_decimal(Some(5.5)), "5.5");
    }
}
