//! `kaifang check --todo`: per agency, what needs doing, most urgent first —
//! overdue data updates, unanswered interactions past the deadline, what falls
//! due within the week, quality warnings, temporary adjustments about to end.

use crate::catalog::raw::{OpenType, Status, UpdateCycle};
use crate::catalog::Site;
use crate::data::DataOutput;
use crate::render::i18n::I18n;
use crate::render::views::{pick, Ctx, Links};
use std::cmp::Ordering;

/// How soon "due soon" is, in calendar days.
pub const SOON_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Past a deadline: an update or an answer.
    Overdue,
    /// Not late yet: an update due within [`SOON_DAYS`] (weekly cycles and
    /// longer: a daily dataset is always due within a week), or any
    /// interaction still to answer.
    DueSoon,
    /// A published table with quality findings.
    Quality,
    /// A temporary adjustment ends within [`SOON_DAYS`].
    Ending,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub class: Class,
    /// Overdue: calendar days past the deadline; due soon and ending: days
    /// left; quality: the score × 10 (lowest first).
    pub days: i64,
    pub tag: String,
    pub text: String,
}

impl Item {
    fn key(&self) -> (Class, i64) {
        match self.class {
            Class::Overdue => (self.class, -self.days),
            _ => (self.class, self.days),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AgencyTodo {
    pub agency: Option<String>,
    pub name: String,
    pub items: Vec<Item>,
}

/// Every agency with something to do, the most urgent first.
pub fn list(site: &Site, data: &DataOutput, i18n: &I18n, lang: &'static str) -> Vec<AgencyTodo> {
    let c = Ctx { site, i18n, lang, links: Links { base: site.config.base_path.clone(), lang }, data };
    let today = site.config.today;
    let cal = &site.config.calendar;
    let limit = i64::from(site.config.policy.answer_within_working_days);
    let mut per: Vec<AgencyTodo> = site
        .agencies
        .iter()
        .map(|a| AgencyTodo { agency: Some(a.id.clone()), name: c.tf("todo_agency", &[("name", &pick(&a.name, a.name_en.as_ref(), lang).text), ("id", &a.id)]), items: Vec::new() })
        .collect();
    per.push(AgencyTodo { agency: None, name: c.t("todo_unassigned"), items: Vec::new() });
    let slot = |agency: Option<&str>| agency.and_then(|a| site.agencies.iter().position(|x| x.id == a)).unwrap_or(site.agencies.len());

    for d in site.datasets.iter().filter(|d| d.open_type != OpenType::Closed && d.update_cycle != UpdateCycle::Irregular) {
        let Some(due) = d.due else { continue };
        let title = pick(&d.title, d.title_en.as_ref(), lang).text;
        let args = [("title", title.as_str()), ("id", d.id.as_str()), ("cycle", &c.cycle_label(d.update_cycle)), ("modified", &d.modified.to_string()), ("due", &due.to_string())];
        let late = due.days_until(today);
        let item = if d.overdue {
            Item { class: Class::Overdue, days: late, tag: c.tf("todo_tag_overdue", &[("n", &late.to_string())]), text: c.tf("todo_update_overdue", &args) }
        } else if -late <= SOON_DAYS && !matches!(d.update_cycle, UpdateCycle::Realtime | UpdateCycle::Daily) {
            Item { class: Class::DueSoon, days: -late, tag: c.tf("todo_tag_soon", &[("n", &(-late).to_string())]), text: c.tf("todo_update_soon", &args) }
        } else {
            continue;
        };
        per[slot(Some(&d.agency))].items.push(item);
    }

    for i in site.interactions.iter().filter(|i| i.status == Status::Pending) {
        let deadline = cal.add_working_days(i.received, limit);
        let subject = pick(&i.subject, i.subject_en.as_ref(), lang).text;
        let kind = c.t(&format!("kind_{}", i.kind.key()));
        let args = [("kind", kind.as_str()), ("subject", subject.as_str()), ("id", i.id.as_str()), ("received", &i.received.to_string()), ("deadline", &deadline.to_string()), ("days", &i.working_days.to_string())];
        let late = deadline.days_until(today);
        let item = if today > deadline {
            Item { class: Class::Overdue, days: late, tag: c.tf("todo_tag_overdue", &[("n", &late.to_string())]), text: c.tf("todo_answer_overdue", &args) }
        } else {
            Item { class: Class::DueSoon, days: -late, tag: c.tf("todo_tag_soon", &[("n", &(-late).to_string())]), text: c.tf("todo_answer_soon", &args) }
        };
        per[slot(i.agency.as_deref())].items.push(item);
    }

    for d in site.datasets.iter().filter(|d| d.publishes_files()) {
        for t in data.tables.get(&d.id).map(Vec::as_slice).unwrap_or(&[]) {
            let q = &t.report.quality;
            if q.findings.is_empty() {
                continue;
            }
            let findings = c.finding_texts(t);
            let text = c.tf("todo_quality", &[("id", &d.id), ("file", &t.source), ("score", &format!("{:.1}", q.score)), ("findings", &findings.join(&c.t("list_sep")))]);
            per[slot(Some(&d.agency))].items.push(Item { class: Class::Quality, days: (q.score * 10.0).round() as i64, tag: c.t("todo_tag_quality"), text });
        }
    }

    for d in site.datasets.iter().filter(|d| d.temporary_active) {
        let Some(t) = &d.temporary else { continue };
        let left = today.days_until(t.until);
        if left <= SOON_DAYS {
            let title = pick(&d.title, d.title_en.as_ref(), lang).text;
            let text = c.tf("todo_temporary", &[("title", &title), ("id", &d.id), ("until", &t.until.to_string()), ("type", &c.open_label(d.base_open_type))]);
            per[slot(Some(&d.agency))].items.push(Item { class: Class::Ending, days: left, tag: c.tf("todo_tag_soon", &[("n", &left.to_string())]), text });
        }
    }

    per.retain(|a| !a.items.is_empty());
    for a in &mut per {
        a.items.sort_by(|x, y| x.key().cmp(&y.key()).then_with(|| x.text.cmp(&y.text)));
    }
    // Agencies by their most urgent item; then by how much they have to do.
    per.sort_by(|a, b| match a.items[0].key().cmp(&b.items[0].key()) {
        Ordering::Equal => b.items.len().cmp(&a.items.len()),
        o => o,
    });
    per
}

/// The list as plain text, to paste into a meeting's notes.
pub fn text(site: &Site, i18n: &I18n, lang: &'static str, todo: &[AgencyTodo]) -> String {
    let t = |k: &str| i18n.t(lang, k);
    let mut s = i18n.tf(lang, "todo_heading", &[("date", &site.config.today.to_string())]);
    s.push('\n');
    if todo.is_empty() {
        s.push_str(&t("todo_none"));
        s.push('\n');
        return s;
    }
    for a in todo {
        s.push('\n');
        s.push_str(&a.name);
        s.push('\n');
        for (n, it) in a.items.iter().enumerate() {
            s.push_str(&format!("  {}. [{}] {}\n", n + 1, it.tag, it.text));
        }
    }
    let count = |cl: Class| todo.iter().flat_map(|a| &a.items).filter(|i| i.class == cl).count().to_string();
    s.push('\n');
    s.push_str(&i18n.tf(lang, "todo_total", &[("overdue", &count(Class::Overdue)), ("soon", &count(Class::DueSoon)), ("quality", &count(Class::Quality)), ("ending", &count(Class::Ending))]));
    s.push('\n');
    s
}
