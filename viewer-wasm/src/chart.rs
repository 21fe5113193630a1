//! Charts as accessible SVG (role="img" with a title and description), each
//! with a table giving the same numbers: a histogram for a numeric column, a
//! line over dates for a numeric column, bars of counts for a category.

use crate::html::esc;
use viewer_format::Cell;

/// Widths, in CSS pixels, the charts are drawn at: the box's own width
/// (`chart`'s `width`), so that on a phone the labels keep their size
/// rather than shrink with a wide drawing. Height is fixed.
pub const MIN_W: f64 = 280.0;
pub const MAX_W: f64 = 704.0;
const H: f64 = 260.0;
/// Tick labels' font size (style.css, .kf-tick) and the widths it gives a
/// character: a Chinese one, anything else (an estimate, to space labels).
const TICK_PX: f64 = 12.0;
const WIDE_CHAR: f64 = TICK_PX;
const NARROW_CHAR: f64 = TICK_PX * 0.6;
const PAD_L: f64 = 56.0;
const PAD_B: f64 = 36.0;
const PAD_T: f64 = 12.0;
const PAD_R: f64 = 12.0;

pub fn fmt_num(v: f64) -> String {
    if v.abs() >= 1e15 || !v.is_finite() {
        return format!("{v:e}");
    }
    if v.fract() == 0.0 {
        return format!("{}", v as i64);
    }
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn svg_open(id: &str, title: &str, desc: &str, w: f64) -> String {
    format!(
        "<svg class=\"kf-chart\" viewBox=\"0 0 {w} {H}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(desc)
    )
}

/// A value axis with round ticks (1, 2, 2.5 or 5 × 10ⁿ apart) from `lo`
/// to `hi`, which take in the data's range and zero.
struct Scale {
    lo: f64,
    hi: f64,
    step: f64,
}

/// A round step, at least `raw`; `whole`: at least 1, and never 2.5.
fn round_step(raw: f64, whole: bool) -> f64 {
    // The power of ten at or below raw, by multiplying: log10 and powf
    // would bring their software versions into the WASM.
    let raw = raw.max(1e-9);
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    while mag > raw {
        mag /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().filter(|f| !(whole && **f == 2.5 && mag < 10.0)).map(|f| f * mag).find(|s| *s >= raw * 0.999_999).unwrap_or(10.0 * mag);
    if whole {
        step.max(1.0)
    } else {
        step
    }
}

impl Scale {
    /// Three to six steps over the data; counts (`whole`) in whole steps.
    fn new(min: f64, max: f64, whole: bool) -> Scale {
        let lo = min.min(0.0);
        // All zeros: a scale of 0 to 1.
        let hi = if max > lo { max.max(0.0) } else { lo + 1.0 };
        let step = round_step((hi - lo) / 5.0, whole);
        Scale { lo: (lo / step).floor() * step, hi: (hi / step).ceil() * step, step }
    }

    fn y(&self, v: f64) -> f64 {
        H - PAD_B - (H - PAD_B - PAD_T) * (v - self.lo) / (self.hi - self.lo)
    }

    /// The base line, grid lines and tick labels.
    fn axis(&self, w: f64) -> String {
        let mut s = format!("<line x1=\"{PAD_L}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"kf-axis\"/>", H - PAD_B, w - PAD_R, H - PAD_B);
        let n = ((self.hi - self.lo) / self.step).round() as i32;
        for i in 0..=n {
            let v = self.lo + self.step * f64::from(i);
            let y = self.y(v);
            s.push_str(&format!("<line x1=\"{PAD_L}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" class=\"kf-grid\"/><text x=\"{}\" y=\"{:.1}\" class=\"kf-tick\" text-anchor=\"end\">{}</text>", w - PAD_R, PAD_L - 6.0, y + 4.0, esc(&fmt_num(v))));
        }
        s
    }
}

fn table(caption: &str, head: (&str, &str), rows: &[(String, String)]) -> String {
    let mut t = format!("<details class=\"kf-chart-table\"><summary>{}</summary><table class=\"kf-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>", esc(caption), esc(caption), esc(head.0), esc(head.1));
    for (a, b) in rows {
        t.push_str(&format!("<tr><th scope=\"row\">{}</th><td>{}</td></tr>", esc(a), esc(b)));
    }
    t.push_str("</tbody></table></details>");
    t
}

/// A label's width in pixels, estimated.
fn label_width(label: &str) -> f64 {
    label.chars().map(|c| if u32::from(c) >= 0x2E80 { WIDE_CHAR } else { NARROW_CHAR }).sum()
}

/// Bars of counts: (label, value), drawn in order. Under them the labels
/// (`ticks`, at most 8 characters), centred on each bar, or with `edges` on
/// each bar's left edge (a histogram's bin starts); under every bar, or
/// every second, third… as their widths allow.
fn bars(id: &str, title: &str, desc: &str, items: &[(String, f64)], ticks: &[String], edges: bool, w: f64) -> String {
    let mut s = svg_open(id, title, desc, w);
    let scale = Scale::new(0.0, items.iter().map(|i| i.1).fold(0.0, f64::max), true);
    s.push_str(&scale.axis(w));
    let n = items.len().max(1) as f64;
    let bw = (w - PAD_L - PAD_R) / n;
    // Each label as shown (at most 8 characters) and its estimated width.
    let shown: Vec<(String, f64)> = ticks.iter().map(|l| l.chars().take(8).collect::<String>()).map(|t| {
        let wd = label_width(&t);
        (t, wd)
    }).collect();
    let widest = shown.iter().map(|(_, wd)| *wd).fold(0.0, f64::max);
    let step = ((widest + 6.0) / bw).ceil().max(1.0) as usize;
    for (i, (label, v)) in items.iter().enumerate() {
        let x = PAD_L + bw * i as f64;
        let top = scale.y(*v);
        s.push_str(&format!("<rect x=\"{:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" class=\"kf-bar\"><title>{}: {}</title></rect>", x + bw * 0.1, bw * 0.8, scale.y(0.0) - top, esc(label), esc(&fmt_num(*v))));
        if let Some((text, wd)) = shown.get(i).filter(|_| i % step == 0) {
            // Kept within the plot: clear of the axis's numbers, not cut at the right.
            let half = wd / 2.0;
            let at = (if edges { x } else { x + bw / 2.0 }).min(w - half).max(PAD_L + half);
            s.push_str(&format!("<text x=\"{at:.1}\" y=\"{}\" class=\"kf-tick\" text-anchor=\"middle\">{}</text>", H - PAD_B + 16.0, esc(text)));
        }
    }
    s.push_str("</svg>");
    s
}

/// Bins of a round width (1, 2, 2.5 or 5 × 10ⁿ; whole numbers for whole
/// values) starting at a multiple of it: about 20 over the values' range.
pub fn histogram(id: &str, title: &str, values: &[f64], head: (&str, &str), w: f64) -> String {
    if values.is_empty() {
        return String::new();
    }
    let (min, max) = values.iter().fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    let whole = values.iter().all(|v| v.fract() == 0.0);
    // One value only: bins 1 wide.
    let width = round_step(if max > min { (max - min) / 20.0 } else { 1.0 }, whole);
    let start = (min / width).floor() * width;
    let bins = (((max - start) / width).floor() as usize + 1).clamp(1, 40);
    let mut counts = vec![0usize; bins];
    for v in values {
        let i = (((v - start) / width) as usize).min(bins - 1);
        counts[i] += 1;
    }
    let edge = |i: usize| fmt_num(start + width * i as f64);
    let items: Vec<(String, f64)> = counts.iter().enumerate().map(|(i, c)| (format!("{}–{}", edge(i), edge(i + 1)), *c as f64)).collect();
    let ticks: Vec<String> = (0..bins).map(edge).collect();
    let desc = format!("{} – {}", fmt_num(min), fmt_num(max));
    let rows: Vec<(String, String)> = items.iter().map(|(l, v)| (l.clone(), fmt_num(*v))).collect();
    format!("{}{}", bars(id, title, &desc, &items, &ticks, true, w), table(title, head, &rows))
}

pub fn categories(id: &str, title: &str, counts: &[(String, usize)], head: (&str, &str), w: f64) -> String {
    let items: Vec<(String, f64)> = counts.iter().take(20).map(|(l, c)| (l.clone(), *c as f64)).collect();
    if items.is_empty() {
        return String::new();
    }
    let ticks: Vec<String> = items.iter().map(|(l, _)| l.clone()).collect();
    let rows: Vec<(String, String)> = counts.iter().take(100).map(|(l, c)| (l.clone(), c.to_string())).collect();
    format!("{}{}", bars(id, title, &format!("{} × {}", counts.len(), head.0), &items, &ticks, false, w), table(title, head, &rows))
}

/// A line over days (x in days since 1970-01-01).
pub fn line(id: &str, title: &str, points: &[(f64, f64)], head: (&str, &str), w: f64) -> String {
    if points.is_empty() {
        return String::new();
    }
    let (x0, x1) = (points[0].0, points[points.len() - 1].0);
    let (ymin, ymax) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let scale = Scale::new(ymin, ymax, false);
    let sx = |x: f64| PAD_L + (w - PAD_L - PAD_R) * if x1 > x0 { (x - x0) / (x1 - x0) } else { 0.5 };
    let day = |x: f64| Cell::Date(x as i32).to_display_string();
    let mut s = svg_open(id, title, &format!("{} – {}", day(x0), day(x1)), w);
    s.push_str(&scale.axis(w));
    let path: Vec<String> = points.iter().map(|(x, y)| format!("{:.1},{:.1}", sx(*x), scale.y(*y))).collect();
    s.push_str(&format!("<polyline points=\"{}\" class=\"kf-line\"/>", path.join(" ")));
    s.push_str(&format!("<text x=\"{PAD_L}\" y=\"{}\" class=\"kf-tick\">{}</text><text x=\"{}\" y=\"{}\" class=\"kf-tick\" text-anchor=\"end\">{}</text>", H - 8.0, esc(&day(x0)), w - PAD_R, H - 8.0, esc(&day(x1))));
    s.push_str("</svg>");
    let rows: Vec<(String, String)> = points.iter().map(|(x, y)| (day(*x), fmt_num(*y))).collect();
    format!("{s}{}", table(title, head, &rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_a_table() {
        let h = histogram("c1", "AQI", &[1.0, 2.0, 2.0, 10.0], ("AQI", "n"), 640.0);
        assert!(h.starts_with("<svg") && h.contains("role=\"img\"") && h.contains("<table"));
        let c = categories("c2", "站点", &[("市站<".into(), 3)], ("站点", "n"), 640.0);
        assert!(c.contains("市站&lt;"), "escaped");
        let l = line("c3", "AQI", &[(20000.0, 3.0), (20001.0, 5.0)], ("日期", "AQI"), 640.0);
        assert!(l.contains("2024-10-04"), "{l}");
        assert_eq!(fmt_num(3.10), "3.1");
    }

    #[test]
    fn round_ticks_and_bins() {
        let s = Scale::new(31.0, 247.6, false);
        assert_eq!((s.lo, s.hi, s.step), (0.0, 250.0, 50.0));
        let s = Scale::new(0.0, 1635.0, true);
        assert_eq!((s.lo, s.hi, s.step), (0.0, 2000.0, 500.0));
        let s = Scale::new(0.0, 3.0, true);
        assert_eq!((s.lo, s.hi, s.step), (0.0, 3.0, 1.0));
        let s = Scale::new(-12.0, 30.0, false);
        assert_eq!((s.lo, s.hi, s.step), (-20.0, 30.0, 10.0));
        let s = Scale::new(0.0, 0.0, false);
        assert_eq!((s.lo, s.hi, s.step), (0.0, 1.0, 0.2));
        let h = histogram("h", "x", &[0.5, 0.5], ("x", "n"), 704.0);
        assert!(h.contains("<th scope=\"row\">0–1</th><td>2</td>"), "{h}");
        // Whole values, 31 to 283: bins 20 wide from 20, labelled by their starts.
        let values: Vec<f64> = (31..=283).map(f64::from).collect();
        let h = histogram("h", "AQI", &values, ("AQI", "n"), 704.0);
        assert!(h.contains("<th scope=\"row\">20–40</th>") && h.contains("<th scope=\"row\">280–300</th>"), "{h}");
        assert!(h.contains(">20</text>") && !h.contains("20–40</text>"));
        assert_eq!(h.matches("<tr><th scope=\"row\">").count(), 14);
        // Fractions: 0.25 wide.
        let h = histogram("h", "x", &[0.1, 0.33, 2.9, 5.05], ("x", "n"), 704.0);
        assert!(h.contains("<th scope=\"row\">0–0.25</th>") && h.contains("<th scope=\"row\">5–5.25</th>"), "{h}");
    }

    /// The bar labels' x centres, in order.
    fn label_xs(svg: &str) -> Vec<f64> {
        svg.split("<text x=\"")
            .skip(1)
            .filter(|t| t.contains("text-anchor=\"middle\""))
            .filter_map(|t| t.split('"').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn drawn_at_the_boxs_width_with_labels_that_do_not_overlap() {
        let names = ["滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市", "北海新区", "高新区", "经开区"];
        let counts: Vec<(String, usize)> = names.iter().map(|l| (l.to_string(), 5)).collect();
        for w in [300.0, 704.0] {
            let svg = categories("c", "区县", &counts, ("区县", "n"), w);
            assert!(svg.contains(&format!("viewBox=\"0 0 {w} 260\"")), "{svg}");
            let xs = label_xs(&svg);
            assert!(!xs.is_empty());
            // The widest label is four Chinese characters: centres at least that far apart.
            for pair in xs.windows(2) {
                assert!(pair[1] - pair[0] >= 4.0 * WIDE_CHAR, "{w}: labels at {xs:?}");
            }
        }
        // Wide enough, every bar has its label; narrow, only some.
        assert_eq!(label_xs(&categories("c", "区县", &counts[..4], ("区县", "n"), 704.0)).len(), 4);
        assert!(label_xs(&categories("c", "区县", &counts, ("区县", "n"), 300.0)).len() < counts.len());
    }
}
