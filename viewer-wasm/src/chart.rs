//! Charts as accessible SVG (role="img" with a title and description), each
//! with a table giving the same numbers: a histogram for a numeric column, a
//! line over dates for a numeric column, bars of counts for a category.

use crate::html::esc;
use viewer_format::Cell;

const W: f64 = 640.0;
const H: f64 = 260.0;
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

fn svg_open(id: &str, title: &str, desc: &str) -> String {
    format!(
        "<svg class=\"kf-chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(desc)
    )
}

fn axis(ymax: f64) -> String {
    let mut s = format!("<line x1=\"{PAD_L}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" class=\"kf-axis\"/>", H - PAD_B, W - PAD_R, H - PAD_B);
    for i in 0..=4 {
        let v = ymax * f64::from(i) / 4.0;
        let y = H - PAD_B - (H - PAD_B - PAD_T) * f64::from(i) / 4.0;
        s.push_str(&format!("<line x1=\"{PAD_L}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" class=\"kf-grid\"/><text x=\"{}\" y=\"{:.1}\" class=\"kf-tick\" text-anchor=\"end\">{}</text>", W - PAD_R, PAD_L - 6.0, y + 4.0, esc(&fmt_num(v))));
    }
    s
}

fn table(caption: &str, head: (&str, &str), rows: &[(String, String)]) -> String {
    let mut t = format!("<details class=\"kf-chart-table\"><summary>{}</summary><table class=\"kf-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>", esc(caption), esc(caption), esc(head.0), esc(head.1));
    for (a, b) in rows {
        t.push_str(&format!("<tr><th scope=\"row\">{}</th><td>{}</td></tr>", esc(a), esc(b)));
    }
    t.push_str("</tbody></table></details>");
    t
}

/// Bars: (label, value), drawn in order.
fn bars(id: &str, title: &str, desc: &str, items: &[(String, f64)]) -> String {
    let mut s = svg_open(id, title, desc);
    let max = items.iter().map(|i| i.1).fold(0.0, f64::max).max(1e-9);
    s.push_str(&axis(max));
    let n = items.len().max(1) as f64;
    let bw = (W - PAD_L - PAD_R) / n;
    for (i, (label, v)) in items.iter().enumerate() {
        let h = (H - PAD_B - PAD_T) * v / max;
        let x = PAD_L + bw * i as f64;
        s.push_str(&format!("<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" class=\"kf-bar\"><title>{}: {}</title></rect>", x + bw * 0.1, H - PAD_B - h, bw * 0.8, esc(label), esc(&fmt_num(*v))));
        if items.len() <= 12 || i % (items.len() / 6).max(1) == 0 {
            let short: String = label.chars().take(8).collect();
            s.push_str(&format!("<text x=\"{:.1}\" y=\"{}\" class=\"kf-tick\" text-anchor=\"middle\">{}</text>", x + bw / 2.0, H - PAD_B + 16.0, esc(&short)));
        }
    }
    s.push_str("</svg>");
    s
}

pub fn histogram(id: &str, title: &str, values: &[f64], head: (&str, &str)) -> String {
    if values.is_empty() {
        return String::new();
    }
    let (min, max) = values.iter().fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    let bins = 20usize;
    let width = if max > min { (max - min) / bins as f64 } else { 1.0 };
    let mut counts = vec![0usize; bins];
    for v in values {
        let i = (((v - min) / width) as usize).min(bins - 1);
        counts[i] += 1;
    }
    let items: Vec<(String, f64)> = counts.iter().enumerate().map(|(i, c)| (format!("{}–{}", fmt_num(min + width * i as f64), fmt_num(min + width * (i + 1) as f64)), *c as f64)).collect();
    let desc = format!("{} – {}", fmt_num(min), fmt_num(max));
    let rows: Vec<(String, String)> = items.iter().map(|(l, v)| (l.clone(), fmt_num(*v))).collect();
    format!("{}{}", bars(id, title, &desc, &items), table(title, head, &rows))
}

pub fn categories(id: &str, title: &str, counts: &[(String, usize)], head: (&str, &str)) -> String {
    let items: Vec<(String, f64)> = counts.iter().take(20).map(|(l, c)| (l.clone(), *c as f64)).collect();
    if items.is_empty() {
        return String::new();
    }
    let rows: Vec<(String, String)> = counts.iter().take(100).map(|(l, c)| (l.clone(), c.to_string())).collect();
    format!("{}{}", bars(id, title, &format!("{} × {}", counts.len(), head.0), &items), table(title, head, &rows))
}

/// A line over days (x in days since 1970-01-01).
pub fn line(id: &str, title: &str, points: &[(f64, f64)], head: (&str, &str)) -> String {
    if points.is_empty() {
        return String::new();
    }
    let (x0, x1) = (points[0].0, points[points.len() - 1].0);
    let ymax = points.iter().map(|p| p.1).fold(0.0, f64::max).max(1e-9);
    let ymin = points.iter().map(|p| p.1).fold(f64::MAX, f64::min).min(0.0);
    let sx = |x: f64| PAD_L + (W - PAD_L - PAD_R) * if x1 > x0 { (x - x0) / (x1 - x0) } else { 0.5 };
    let sy = |y: f64| H - PAD_B - (H - PAD_B - PAD_T) * (y - ymin) / (ymax - ymin).max(1e-9);
    let day = |x: f64| Cell::Date(x as i32).to_display_string();
    let mut s = svg_open(id, title, &format!("{} – {}", day(x0), day(x1)));
    s.push_str(&axis(ymax));
    let path: Vec<String> = points.iter().map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y))).collect();
    s.push_str(&format!("<polyline points=\"{}\" class=\"kf-line\"/>", path.join(" ")));
    s.push_str(&format!("<text x=\"{PAD_L}\" y=\"{}\" class=\"kf-tick\">{}</text><text x=\"{}\" y=\"{}\" class=\"kf-tick\" text-anchor=\"end\">{}</text>", H - 8.0, esc(&day(x0)), W - PAD_R, H - 8.0, esc(&day(x1))));
    s.push_str("</svg>");
    let rows: Vec<(String, String)> = points.iter().map(|(x, y)| (day(*x), fmt_num(*y))).collect();
    format!("{s}{}", table(title, head, &rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_are_svg_with_a_table() {
        let h = histogram("c1", "AQI", &[1.0, 2.0, 2.0, 10.0], ("AQI", "n"));
        assert!(h.starts_with("<svg") && h.contains("role=\"img\"") && h.contains("<table"));
        let c = categories("c2", "站点", &[("市站<".into(), 3)], ("站点", "n"));
        assert!(c.contains("市站&lt;"), "escaped");
        let l = line("c3", "AQI", &[(20000.0, 3.0), (20001.0, 5.0)], ("日期", "AQI"));
        assert!(l.contains("2024-10-04"), "{l}");
        assert_eq!(fmt_num(3.10), "3.1");
    }
}
