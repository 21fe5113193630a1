//! Bar charts drawn at build time as SVG: they need no script, scale with the
//! page and read well on a phone (each label sits on its own line above its
//! bar, so long agency names never collide with the bars). Colours come from
//! the stylesheet's classes; every chart has a title, a description and a
//! table with the same figures next to it.

use crate::output::feeds::xml_escape as esc;
use std::fmt::Write;

const WIDTH: f64 = 440.0;
const LABEL_H: f64 = 20.0;
const BAR_H: f64 = 14.0;
const GAP: f64 = 12.0;
const ROW: f64 = LABEL_H + BAR_H + GAP;

/// One bar: a label, its segments (value, CSS class) and the text shown at its end.
pub struct Bar {
    pub label: String,
    /// The label's language when it differs from the page's.
    pub lang: Option<&'static str>,
    pub segments: Vec<(f64, &'static str)>,
    pub text: String,
}

pub struct Chart<'a> {
    /// Unique within the page: prefixes the ids of the title and description.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    /// The value of a full-width bar.
    pub max: f64,
    pub bars: Vec<Bar>,
    /// Legend entries (CSS class, label), drawn above the bars.
    pub legend: Vec<(&'static str, String)>,
    /// A vertical reference line (value, label), e.g. a deadline.
    pub marker: Option<(f64, String)>,
}

/// Approximate width in px at 14 px: CJK and other wide characters take a
/// full em, ASCII about half.
fn text_width(s: &str) -> f64 {
    s.chars().map(|ch| if ch.is_ascii() { 7.6 } else { 14.0 }).sum()
}

/// The label cut to `room` px with an ellipsis (the full name is in the table
/// next to the chart, and in the element's tooltip title).
fn fit(label: &str, room: f64) -> String {
    if text_width(label) <= room {
        return label.to_string();
    }
    let mut out = String::new();
    let mut w = 14.0;
    for ch in label.chars() {
        w += if ch.is_ascii() { 7.6 } else { 14.0 };
        if w > room {
            break;
        }
        out.push(ch);
    }
    format!("{}…", out.trim_end())
}

fn n(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Horizontal (optionally stacked) bars.
pub fn hbars(c: &Chart) -> String {
    let top = if c.legend.is_empty() { 4.0 } else { 30.0 } + if c.marker.is_some() { 18.0 } else { 0.0 };
    let height = top + ROW * c.bars.len() as f64 + 4.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="kf-svgchart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
        w = WIDTH,
        h = n(height),
        id = c.id,
        t = esc(c.title),
        d = esc(c.desc)
    );
    let mut x = 0.0;
    for (class, label) in &c.legend {
        let _ = write!(s, r#"<rect class="{class}" x="{}" y="6" width="14" height="14"/><text class="kf-svg-text" x="{}" y="18">{}</text>"#, n(x), n(x + 19.0), esc(label));
        x += 19.0 + 15.0 * label.chars().map(|ch| if ch.is_ascii() { 0.55 } else { 1.0 }).sum::<f64>() + 16.0;
    }
    let scale = |v: f64| if c.max > 0.0 { (v / c.max).clamp(0.0, 1.0) * WIDTH } else { 0.0 };
    for (i, b) in c.bars.iter().enumerate() {
        let y = top + ROW * i as f64;
        let lang = b.lang.map(|l| format!(r#" xml:lang="{l}" lang="{l}""#)).unwrap_or_default();
        let room = WIDTH - text_width(&b.text) - 12.0;
        let shown = fit(&b.label, room);
        if shown == b.label {
            let _ = write!(s, r#"<text class="kf-svg-text" x="0" y="{}"{lang}>{}</text>"#, n(y + 15.0), esc(&b.label));
        } else {
            let _ = write!(s, r#"<text class="kf-svg-text" x="0" y="{}"{lang}><title>{}</title>{}</text>"#, n(y + 15.0), esc(&b.label), esc(&shown));
        }
        let _ = write!(s, r#"<text class="kf-svg-text kf-svg-value" x="{}" y="{}" text-anchor="end">{}</text>"#, n(WIDTH), n(y + 15.0), esc(&b.text));
        let _ = write!(s, r#"<rect class="kf-svg-track" x="0" y="{}" width="{}" height="{}"/>"#, n(y + LABEL_H), n(WIDTH), n(BAR_H));
        let mut x = 0.0;
        for (v, class) in &b.segments {
            let w = scale(*v);
            if w > 0.0 {
                let _ = write!(s, r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}"/>"#, n(x), n(y + LABEL_H), n(w), n(BAR_H));
            }
            x += w;
        }
    }
    if let Some((v, label)) = &c.marker {
        let mx = scale(*v);
        let anchor = if mx > WIDTH / 2.0 { "end" } else { "start" };
        let tx = if anchor == "end" { mx - 4.0 } else { mx + 4.0 };
        let _ = write!(
            s,
            r#"<line class="kf-svg-marker" x1="{x}" x2="{x}" y1="{}" y2="{}"/><text class="kf-svg-text kf-svg-value" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
            n(top - 16.0),
            n(height),
            n(tx),
            n(top - 4.0),
            esc(label),
            x = n(mx)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_maximum_and_text_is_escaped() {
        let svg = hbars(&Chart {
            id: "c1",
            title: "得分 <排名>",
            desc: "d",
            max: 100.0,
            bars: vec![Bar { label: "A&B".into(), lang: None, segments: vec![(50.0, "kf-svg-bar")], text: "50".into() }],
            legend: vec![],
            marker: Some((10.0, "期限".into())),
        });
        assert!(svg.contains(r#"aria-labelledby="c1-t c1-d""#));
        assert!(svg.contains("得分 &lt;排名&gt;"));
        assert!(svg.contains(">A&amp;B<"));
        assert!(svg.contains(r#"class="kf-svg-bar" x="0" y="42" width="220""#), "{svg}");
        assert!(svg.contains(r#"<line class="kf-svg-marker" x1="44""#), "{svg}");
    }

    #[test]
    fn long_labels_are_cut_to_leave_room_for_the_value() {
        assert_eq!(fit("滨州市生态环境局", 300.0), "滨州市生态环境局");
        let long = "Binzhou Human Resources and Social Security Bureau of the City";
        let cut = fit(long, 300.0);
        assert!(cut.ends_with('…') && text_width(&cut) <= 300.0 + 14.0, "{cut}");
        let svg = hbars(&Chart { id: "c", title: "t", desc: "d", max: 1.0, bars: vec![Bar { label: long.into(), lang: None, segments: vec![], text: "100.0".into() }], legend: vec![], marker: None });
        assert!(svg.contains(&format!("<title>{long}</title>")), "the full name stays in the chart: {svg}");
    }

    #[test]
    fn stacked_segments_follow_each_other() {
        let svg = hbars(&Chart {
            id: "c2",
            title: "t",
            desc: "d",
            max: 10.0,
            bars: vec![Bar { label: "x".into(), lang: Some("zh-CN"), segments: vec![(5.0, "a"), (0.0, "b"), (5.0, "c")], text: "10".into() }],
            legend: vec![("a", "无条件".into())],
            marker: None,
        });
        assert!(svg.contains(r#"class="a" x="0" y="50" width="220""#), "{svg}");
        assert!(svg.contains(r#"class="c" x="220" y="50" width="220""#), "{svg}");
        assert!(!svg.contains(r#"class="b" x"#));
        assert!(svg.contains(r#"lang="zh-CN""#));
    }
}
