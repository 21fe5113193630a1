//! The regulation's workflows on the base fixture (art. 22, 30, 32, 33, 40–41):
//! evaluation figures counted by hand, the to-do list, temporary overrides at
//! their boundary dates, and the pre-filled submit links.

mod common;

use kaifang::date::Date;
use std::collections::BTreeMap;
use std::path::Path;

fn build_on(site: &Path, today: Option<&str>) -> BTreeMap<String, Vec<u8>> {
    let out = site.join("dist");
    let _ = std::fs::remove_dir_all(&out);
    kaifang::build(
        &kaifang::BuildOptions { root: site.to_path_buf(), out: out.clone(), today: today.map(|d| Date::parse(d).unwrap()), progress: false, cache: None },
        &mut |_| {},
    )
    .expect("the base fixture builds");
    common::read_tree(&out)
}

fn text(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(tree.get(path).unwrap_or_else(|| panic!("{path} is not in the output")).clone()).unwrap()
}

/// The fixture on 2026-11-26, counted by hand:
///
/// sthjj has air-daily (unconditional; daily, modified 11-25, due 12-03: on
/// time; air.csv + an API: both machine-readable), discharge-permits
/// (conditional; monthly, modified 09-01, due 10-09: overdue; permits.csv)
/// and enforcement-cases (closed, irregular: not counted for updates or
/// formats). One objection, received Wednesday 09-30, answered Friday 10-09:
/// 10-01, 10-02 and 10-05 are holidays and 10-03/04 a weekend, so 4 working
/// days (10-06 to 10-09), within 10. One app uses air-daily. Both tables score
/// 100. Score = mean(3/3, 1/2, 100/100, 1/1) = 87.5.
///
/// bcq-mzj has dibao (conditional, opened without conditions until 12-31 by
/// a temporary override, so unconditional today; monthly, modified 08-01, due
/// 09-08: overdue), one request received 11-02 still pending after 18 working
/// days (late). Score = mean(1/1, 0/1, 1, 0/1) = 50.0.
///
/// The city: 4 datasets (2 / 1 / 1), 4 of 4 resources machine-readable, 1 of 3
/// on time, 2 interactions, 1 answered in 4 days, 1 app;
/// score = mean(1, 1/3, 1, 1/2) = 70.8.
#[test]
fn evaluation_figures_match_a_hand_count() {
    let site = common::base_site();
    let tree = build_on(site.path(), None);
    let csv = text(&tree, "evaluation/evaluation.csv");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for spreadsheet programs");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "排名,机构标识,机构,层级,数据集,无条件开放,有条件开放,不予开放,开放格式可机读比例（%）,按期更新比例（%）,平均质量得分,开放需求,数据异议,开放申请,已答复比例（%）,按期答复比例（%）,答复用时中位数,使用其数据的应用,综合得分"
    );
    assert_eq!(lines[1], "1,sthjj,测试市生态环境局,市级,3,1,1,1,100.0,50.0,100.0,0,1,0,100.0,100.0,4,1,87.5");
    assert_eq!(lines[2], "2,bcq-mzj,测试区民政局,县级,1,1,0,0,100.0,0.0,100.0,1,0,0,0.0,0.0,,0,50.0");
    assert_eq!(lines[3], ",,全市概况,,4,2,1,1,100.0,33.3,100.0,1,1,0,50.0,50.0,4,1,70.8");
    assert_eq!(lines.len(), 4);
    let en = text(&tree, "en/evaluation/evaluation.csv");
    assert!(en.contains("\n1,sthjj,Test City Ecology and Environment Bureau,City,3,1,1,1,100.0,50.0,100.0,0,1,0,100.0,100.0,4,1,87.5\n"), "{en}");

    // The page: ranking in order, three charts as SVG with a title, the CSV linked.
    let page = text(&tree, "evaluation/index.html");
    let first = page.find("/agencies/sthjj/").expect("sthjj ranked");
    let second = page.find("/agencies/bcq-mzj/").expect("bcq-mzj ranked");
    assert!(first < second, "ranked by score");
    assert_eq!(page.matches("class=kf-svgchart").count(), 3, "score, open types, days to answer");
    assert_eq!(page.matches("role=img").count(), 3);
    assert!(page.contains("<title id=kf-chart-score-t>各机构综合得分（满分 100）</title>"));
    assert!(page.contains("href=/evaluation/evaluation.csv"));
    assert!(!page.contains("<script"), "the evaluation works without JavaScript");

    // The same figures on the agency's page.
    let agency = text(&tree, "agencies/sthjj/index.html");
    assert!(agency.contains("综合得分在 2 个机构中排第 1 名。"), "rank on the agency page");
    for fact in ["<dd>87.5</dd>", "<dd>50.0%</dd>", "<dd>4 个工作日</dd>", "<dd>1 件（开放需求 0，数据异议 1，开放申请 0）</dd>"] {
        assert!(agency.contains(fact), "agency page lacks {fact}");
    }
}

#[test]
fn todo_lists_what_is_late_most_urgent_first() {
    let site = common::base_site();
    let checked = kaifang::check(site.path(), None);
    let s = checked.site.expect("valid");
    let i18n = kaifang::render::i18n::I18n::parse(kaifang::render::theme::I18N, None).unwrap();
    let list = kaifang::todo::list(&s, &checked.data, &i18n, "zh-CN");
    let out = kaifang::todo::text(&s, &i18n, "zh-CN", &list);
    let expected = "开放数据待办事项（2026-11-26，按紧急程度排列）

测试区民政局（bcq-mzj）
  1. [超期 79 天] 数据更新：最低生活保障对象公示（dibao），每月，最近更新 2026-08-01，应于 2026-09-08 前更新
  2. [超期 10 天] 未答复的开放需求：“希望开放养老机构名录”（2026-002），2026-11-02 收到，答复期限 2026-11-16，已 18 个工作日

测试市生态环境局（sthjj）
  1. [超期 48 天] 数据更新：排污许可证明细（discharge-permits），每月，最近更新 2026-09-01，应于 2026-10-09 前更新

合计：超期 3 项，即将到期 0 项，质量问题 0 项，临时调整即将结束 0 项。
";
    assert_eq!(out, expected);

    // A week before the override ends, it is on the list too.
    let checked = kaifang::check(site.path(), Date::parse("2026-12-28"));
    let s = checked.site.expect("valid");
    let out = kaifang::todo::text(&s, &i18n, "zh-CN", &kaifang::todo::list(&s, &checked.data, &i18n, "zh-CN"));
    assert!(out.contains("[还剩 3 天] 临时调整：最低生活保障对象公示（dibao）的临时开放调整 2026-12-31 结束，之后恢复为有条件开放"), "{out}");
}

#[test]
fn temporary_override_is_in_force_through_until_and_gone_the_day_after() {
    let site = common::base_site();
    // On `until` (inclusive) the override is in force: the dataset is open and its file published.
    let tree = build_on(site.path(), Some("2026-12-31"));
    assert!(tree.contains_key("datasets/dibao/dibao.csv"), "published while the override is in force");
    let page = text(&tree, "datasets/dibao/index.html");
    assert!(page.contains("kf-notice--temporary"), "the override's notice is shown");
    assert!(text(&tree, "changes/index.html").contains("kf-badge kf-badge--temporary"), "listed as in force on /changes/");

    // The day after, it has ended by itself: conditional again, no file, no notice; /changes/ says it ended.
    let tree = build_on(site.path(), Some("2027-01-01"));
    assert!(!tree.contains_key("datasets/dibao/dibao.csv"), "a conditional dataset's file never reaches the output");
    let leaked: Vec<&String> = tree.keys().filter(|k| k.starts_with("datasets/dibao/") && !k.ends_with(".html") && !k.ends_with("/dcat.ttl") && !k.ends_with("/dcat.jsonld")).collect();
    assert!(leaked.is_empty(), "only pages and metadata of dibao: {leaked:?}");
    let page = text(&tree, "datasets/dibao/index.html");
    assert!(!page.contains("kf-notice--temporary"));
    assert!(page.contains("kf-action--conditional"), "apply, not download");
    assert!(tree.contains_key("datasets/dibao/apply/index.html"), "the application form exists again");
    let changes = text(&tree, "changes/index.html");
    assert!(changes.contains("已于 2026-12-31 结束") || changes.contains("2026-12-31"), "{changes}");
    assert!(!changes.contains("kf-badge kf-badge--temporary"), "no longer shown as in force");
}

fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!("{attr}=");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i + key.len()..];
            let (rest, end) = match rest.as_bytes()[0] {
                b'"' => (&rest[1..], '"'),
                b'\'' => (&rest[1..], '\''),
                _ => (rest, ' '),
            };
            &rest[..rest.find([end, '>']).unwrap_or(rest.len())]
        })
        .collect()
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8().unwrap().into_owned()
}

fn query(url: &str) -> BTreeMap<String, String> {
    url.split_once('?').map(|(_, q)| q).unwrap_or("").split('&').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_string(), decode(v))).collect()
}

#[test]
fn mailto_prefills_are_percent_encoded_utf8() {
    let site = common::base_site();
    let tree = build_on(site.path(), None);
    let page = text(&tree, "datasets/air-daily/index.html");
    let mailtos: Vec<&str> = attr_values(&page, "href").into_iter().filter(|h| h.starts_with("mailto:submit@")).collect();
    assert!(mailtos.len() >= 3, "objection, request and one per file: {mailtos:?}");
    for m in &mailtos {
        assert!(m.is_ascii() && !m.contains(' ') && !m.contains('\n'), "not percent-encoded: {m}");
    }
    let objection = mailtos.iter().map(|m| query(m)).find(|q| q["subject"].starts_with("【数据异议】") && !q["body"].contains("资源")).expect("an objection link");
    assert_eq!(objection["subject"], "【数据异议】环境空气质量日报（air-daily）");
    assert!(objection["body"].starts_with("数据集：环境空气质量日报（air-daily）\r\n页面：https://data.test.example.gov.cn/datasets/air-daily/\r\n"), "{:?}", objection["body"]);
    let per_file = mailtos.iter().map(|m| query(m)).find(|q| q["body"].contains("资源：air.csv")).expect("a per-file objection link");
    assert!(per_file["body"].contains("\r\n资源：air.csv\r\n页面："));
    // `&` and `=` inside a value are encoded too: a subject never splits.
    assert!(mailtos.iter().all(|m| m.matches('?').count() == 1));

    // With a form URL, the same facts travel as query parameters.
    let toml = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    std::fs::write(site.path().join("site.toml"), toml.replace("[submit]\n", "[submit]\nurl = \"https://forms.test.example.gov.cn/od?src=portal\"\n")).unwrap();
    let tree = build_on(site.path(), None);
    let page = text(&tree, "datasets/discharge-permits/index.html");
    let apply = attr_values(&page, "href").into_iter().find(|h| h.starts_with("https://forms.test.example.gov.cn/od?")).expect("the form link");
    let q = query(apply);
    assert_eq!(q["src"], "portal");
    assert_eq!(q["kind"], "application");
    assert_eq!(q["dataset"], "discharge-permits");
    assert_eq!(q["page"], "https://data.test.example.gov.cn/datasets/discharge-permits/");
    assert!(apply.contains("page=https%3A%2F%2Fdata.test.example.gov.cn%2Fdatasets%2Fdischarge-permits%2F"), "{apply}");
    let headers = text(&tree, "_headers");
    assert!(headers.contains("form-action 'self' https://forms.test.example.gov.cn"), "the form's origin is allowed by the CSP: {headers}");
}

#[test]
fn conditional_datasets_get_a_prefilled_form_and_pledge() {
    let site = common::base_site();
    let tree = build_on(site.path(), None);
    let page = text(&tree, "datasets/discharge-permits/index.html");
    for want in ["/datasets/discharge-permits/apply/", "/datasets/discharge-permits/pledge/", "申请材料", "10 个工作日内答复"] {
        assert!(page.contains(want), "the conditional dataset page lacks {want}");
    }
    let form = text(&tree, "datasets/discharge-permits/apply/index.html");
    assert!(form.contains("<p class=kf-sheet__issuer>测试市公共数据开放网</p>"), "the portal issues the form");
    assert!(form.contains(">公共数据有条件开放申请表</h2>"));
    assert!(form.contains("排污许可证明细"), "pre-filled with the dataset");
    assert!(form.contains("测试市生态环境局"), "and its agency");
    assert!(form.contains("https://data.test.example.gov.cn/datasets/discharge-permits/"), "and its page");
    let en = text(&tree, "en/datasets/discharge-permits/apply/index.html");
    assert!(en.contains("class=kf-sheet lang=zh-CN>"), "the form itself stays Chinese on the English page");
    let pledge = text(&tree, "datasets/discharge-permits/pledge/index.html");
    assert!(pledge.contains("致测试市生态环境局："));
    assert!(pledge.contains("“排污许可证明细”（discharge-permits）"));
    // Unconditional datasets have no form.
    assert!(!tree.contains_key("datasets/air-daily/apply/index.html"));
}
