//! Markdown → sanitised HTML. Nothing a publisher writes can put a script on
//! a page: raw HTML passes through ammonia's allow-list, links get
//! `rel="noopener noreferrer"`, and `javascript:` URLs are dropped.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES
}

pub fn to_html(md: &str) -> String {
    let parser = Parser::new_ext(md, options());
    let mut raw = String::new();
    html::push_html(&mut raw, parser);
    sanitize(&raw)
}

/// Shifts headings so the body's highest heading is an `<h2>`: a body's
/// headings never compete with the page's `<h1>`, nor skip a level below it.
pub fn to_html_demoted(md: &str) -> String {
    use pulldown_cmark::HeadingLevel;
    let events: Vec<Event> = Parser::new_ext(md, options()).collect();
    let top = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let shift = |l: HeadingLevel| HeadingLevel::try_from((l as usize + 2).saturating_sub(top).clamp(2, 6)).unwrap_or(HeadingLevel::H6);
    let parser = events.into_iter().map(|ev| match ev {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => Event::Start(Tag::Heading { level: shift(level), id, classes, attrs }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        e => e,
    });
    let mut raw = String::new();
    html::push_html(&mut raw, parser);
    sanitize(&raw)
}

pub fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

/// The text of Markdown without markup (for summaries and descriptions).
pub fn to_plain_text(md: &str) -> String {
    let mut out = String::new();
    for ev in Parser::new_ext(md, options()) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_never_survive() {
        let md = "Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href=\"https://a.cn\" onclick=\"x()\">a</a>";
        let h = to_html(md);
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("onerror"), "{h}");
        assert!(!h.contains("javascript:"), "{h}");
        assert!(!h.contains("onclick"), "{h}");
        assert!(h.contains("rel=\"noopener noreferrer\""), "{h}");
    }

    #[test]
    fn tables_and_demotion() {
        let h = to_html_demoted("# A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(h.contains("<h2>A</h2>"), "{h}");
        assert!(h.contains("<table>"), "{h}");
        let h = to_html_demoted("### A\n\n#### B\n");
        assert!(h.contains("<h2>A</h2>") && h.contains("<h3>B</h3>"), "{h}");
    }

    #[test]
    fn plain_text() {
        assert_eq!(to_plain_text("**滨州** [链接](https://a)\n第二行"), "滨州 链接 第二行");
    }
}
