//! Deterministic demo data for the bundled Binzhou open-data portal.
//!
//! [`generate`] (re)writes every data file under `<root>/datasets/`; the
//! catalog entries (`dataset.md`) beside them are written by hand and are
//! never touched here. The output is byte-identical on every run: each file
//! draws from its own SplitMix64 generator seeded with the file's path, there
//! is no clock and no hash-map iteration. Every value is synthetic — names,
//! resident ID numbers, company registrations, phone numbers and measurements
//! are invented and describe no real person or company.
//!
//! Std only, so that it can also be compiled on its own with `rustc`.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- random

/// SplitMix64: tiny, fast, and good enough for demo data.
struct Rng(u64);

impl Rng {
    fn new(tag: &str) -> Rng {
        // FNV-1a of the tag, so each file has its own stream.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in tag.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Rng(h ^ 0x5eed_b12b_0543_2026)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn f(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Uniform integer in [lo, hi].
    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo + 1) as u64)) as i64
    }

    fn unif(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.f()
    }

    /// Approximately standard normal (Irwin–Hall, no transcendental functions).
    fn norm(&mut self) -> f64 {
        let mut s = 0.0;
        for _ in 0..12 {
            s += self.f();
        }
        s - 6.0
    }

    fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.next() as usize % xs.len()]
    }

    fn idx(&mut self, n: usize) -> usize {
        self.next() as usize % n
    }
}

// ---------------------------------------------------------------- dates

/// A calendar date as days since 1970-01-01.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date(i64);

impl Date {
    fn ymd(y: i64, m: i64, d: i64) -> Date {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Date(era * 146_097 + doe - 719_468)
    }

    fn parts(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    fn add(self, n: i64) -> Date {
        Date(self.0 + n)
    }

    /// 0 = Monday … 6 = Sunday.
    fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    fn year(self) -> i64 {
        self.parts().0
    }

    fn month(self) -> i64 {
        self.parts().1
    }

    /// Day of the year, 1-based.
    fn doy(self) -> i64 {
        self.0 - Date::ymd(self.year(), 1, 1).0 + 1
    }

    fn s(self) -> String {
        let (y, m, d) = self.parts();
        format!("{y:04}-{m:02}-{d:02}")
    }

    fn add_months(self, n: i64) -> Date {
        let (y, m, d) = self.parts();
        let t = y * 12 + (m - 1) + n;
        let (ny, nm) = (t.div_euclid(12), t.rem_euclid(12) + 1);
        let last = Date::ymd(
            if nm == 12 { ny + 1 } else { ny },
            if nm == 12 { 1 } else { nm + 1 },
            1,
        )
        .0 - Date::ymd(ny, nm, 1).0;
        Date::ymd(ny, nm, d.min(last))
    }
}

fn first_of_month(d: Date) -> Date {
    Date::ymd(d.year(), d.month(), 1)
}

fn days(from: Date, to_inclusive: Date) -> impl Iterator<Item = Date> {
    (from.0..=to_inclusive.0).map(Date)
}

/// A random date in [a, b].
fn rand_date(r: &mut Rng, a: Date, b: Date) -> Date {
    Date(r.int(a.0, b.0))
}

/// Seasonal wave: 1.0 on `peak_doy`, 0.0 half a year away.
fn season(d: Date, peak_doy: i64) -> f64 {
    let x = 2.0 * std::f64::consts::PI * ((d.doy() - peak_doy) as f64) / 365.0;
    (x.cos() + 1.0) / 2.0
}

// ---------------------------------------------------------------- tables

/// One cell. `E` is an empty cell (null in JSON).
#[derive(Clone)]
enum V {
    S(String),
    I(i64),
    F(f64, usize),
    B(bool),
    E,
}

fn s(x: impl Into<String>) -> V {
    V::S(x.into())
}

fn f(x: f64, decimals: usize) -> V {
    V::F(x, decimals)
}

fn fmt_f(x: f64, d: usize) -> String {
    let t = format!("{x:.d$}");
    // Never print "-0.0".
    if t.starts_with('-') && t[1..].chars().all(|c| c == '0' || c == '.') {
        t[1..].to_string()
    } else {
        t
    }
}

impl V {
    fn text(&self) -> String {
        match self {
            V::S(x) => x.clone(),
            V::I(x) => x.to_string(),
            V::F(x, d) => fmt_f(*x, *d),
            V::B(true) => "是".to_string(),
            V::B(false) => "否".to_string(),
            V::E => String::new(),
        }
    }

    fn json(&self) -> String {
        match self {
            V::S(x) => json_str(x),
            V::I(x) => x.to_string(),
            V::F(x, d) => fmt_f(*x, *d),
            V::B(x) => x.to_string(),
            V::E => "null".to_string(),
        }
    }
}

struct Table {
    cols: Vec<&'static str>,
    rows: Vec<Vec<V>>,
}

impl Table {
    fn new(cols: &[&'static str]) -> Table {
        Table {
            cols: cols.to_vec(),
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: Vec<V>) {
        assert_eq!(
            row.len(),
            self.cols.len(),
            "row width for {:?}",
            self.cols[0]
        );
        self.rows.push(row);
    }
}

fn json_str(x: &str) -> String {
    let mut o = String::with_capacity(x.len() + 2);
    o.push('"');
    for c in x.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn csv_field(x: &str, sep: char) -> String {
    if x.contains(sep) || x.contains('"') || x.contains('\n') || x.contains('\r') {
        format!("\"{}\"", x.replace('"', "\"\""))
    } else {
        x.to_string()
    }
}

fn to_delimited(t: &Table, sep: char) -> String {
    let mut o = String::new();
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|c| csv_field(c, sep))
            .collect::<Vec<_>>()
            .join(&sep.to_string())
    };
    o.push_str(&line(t.cols.iter().map(|c| c.to_string()).collect()));
    o.push('\n');
    for r in &t.rows {
        o.push_str(&line(r.iter().map(V::text).collect()));
        o.push('\n');
    }
    o
}

fn to_csv(t: &Table) -> String {
    to_delimited(t, ',')
}

fn to_tsv(t: &Table) -> String {
    for r in &t.rows {
        for c in r {
            assert!(
                !c.text().contains(['\t', '\n', '"']),
                "TSV cell needs no quoting"
            );
        }
    }
    to_delimited(t, '\t')
}

fn json_obj(cols: &[&str], row: &[V]) -> String {
    let fields: Vec<String> = cols
        .iter()
        .zip(row)
        .map(|(k, v)| format!("{}: {}", json_str(k), v.json()))
        .collect();
    format!("{{{}}}", fields.join(", "))
}

/// A JSON array of records, one record per line.
fn to_json(t: &Table) -> String {
    let mut o = String::from("[\n");
    for (i, r) in t.rows.iter().enumerate() {
        o.push_str("  ");
        o.push_str(&json_obj(&t.cols, r));
        o.push_str(if i + 1 < t.rows.len() { ",\n" } else { "\n" });
    }
    o.push_str("]\n");
    o
}

fn to_ndjson(t: &Table) -> String {
    let mut o = String::new();
    for r in &t.rows {
        o.push_str(&json_obj(&t.cols, r));
        o.push('\n');
    }
    o
}

/// A GeoJSON FeatureCollection of points; the `lon`/`lat` columns become the
/// geometry and every other column a property.
fn to_geojson(t: &Table, lon: &str, lat: &str) -> String {
    let li = t.cols.iter().position(|c| *c == lon).expect("lon column");
    let ai = t.cols.iter().position(|c| *c == lat).expect("lat column");
    let num = |v: &V| match v {
        V::F(x, _) => fmt_f(*x, 6),
        other => other.text(),
    };
    let mut o = String::from("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n");
    for (i, r) in t.rows.iter().enumerate() {
        let props: Vec<(&str, V)> = t
            .cols
            .iter()
            .zip(r)
            .enumerate()
            .filter(|(j, _)| *j != li && *j != ai)
            .map(|(_, (k, v))| (*k, v.clone()))
            .collect();
        let keys: Vec<&str> = props.iter().map(|p| p.0).collect();
        let vals: Vec<V> = props.into_iter().map(|p| p.1).collect();
        o.push_str(&format!(
            "{{\"type\": \"Feature\", \"geometry\": {{\"type\": \"Point\", \"coordinates\": [{}, {}]}}, \"properties\": {}}}",
            num(&r[li]),
            num(&r[ai]),
            json_obj(&keys, &vals)
        ));
        o.push_str(if i + 1 < t.rows.len() { ",\n" } else { "\n" });
    }
    o.push_str("]\n}\n");
    o
}

// ---------------------------------------------------------------- output

struct Out {
    root: PathBuf,
}

impl Out {
    fn put(&self, agency: &str, dataset: &str, file: &str, content: &str) -> io::Result<()> {
        let dir = self.root.join("datasets").join(agency).join(dataset);
        fs::create_dir_all(&dir)?;
        fs::write(dir.join(file), content)
    }
}

// ---------------------------------------------------------------- geography

struct County {
    name: &'static str,
    short: &'static str,
    code: &'static str,
    lon: f64,
    lat: f64,
    /// First digit of the county's 7-digit landline numbers (area code 0543).
    tel: char,
}

const COUNTIES: [County; 7] = [
    County {
        name: "滨城区",
        short: "滨城",
        code: "371602",
        lon: 117.985,
        lat: 37.385,
        tel: '3',
    },
    County {
        name: "沾化区",
        short: "沾化",
        code: "371603",
        lon: 118.132,
        lat: 37.699,
        tel: '7',
    },
    County {
        name: "惠民县",
        short: "惠民",
        code: "371621",
        lon: 117.509,
        lat: 37.489,
        tel: '5',
    },
    County {
        name: "阳信县",
        short: "阳信",
        code: "371622",
        lon: 117.578,
        lat: 37.641,
        tel: '8',
    },
    County {
        name: "无棣县",
        short: "无棣",
        code: "371623",
        lon: 117.625,
        lat: 37.770,
        tel: '6',
    },
    County {
        name: "博兴县",
        short: "博兴",
        code: "371625",
        lon: 118.111,
        lat: 37.150,
        tel: '2',
    },
    County {
        name: "邹平市",
        short: "邹平",
        code: "371681",
        lon: 117.743,
        lat: 36.863,
        tel: '4',
    },
];

const TOWNS: &[(usize, &str)] = &[
    (0, "市中街道"),
    (0, "市西街道"),
    (0, "北镇街道"),
    (0, "市东街道"),
    (0, "彭李街道"),
    (0, "小营街道"),
    (0, "滨北街道"),
    (0, "梁才街道"),
    (0, "杜店街道"),
    (0, "沙河街道"),
    (0, "里则街道"),
    (0, "三河湖镇"),
    (0, "杨柳雪镇"),
    (0, "秦皇台乡"),
    (1, "富国街道"),
    (1, "富源街道"),
    (1, "下洼镇"),
    (1, "古城镇"),
    (1, "冯家镇"),
    (1, "泊头镇"),
    (1, "大高镇"),
    (1, "黄升镇"),
    (1, "滨海镇"),
    (1, "下河乡"),
    (2, "孙武街道"),
    (2, "武定府街道"),
    (2, "何坊街道"),
    (2, "石庙镇"),
    (2, "桑落墅镇"),
    (2, "淄角镇"),
    (2, "胡集镇"),
    (2, "李庄镇"),
    (2, "麻店镇"),
    (2, "魏集镇"),
    (2, "清河镇"),
    (2, "姜楼镇"),
    (2, "辛店镇"),
    (2, "大年陈镇"),
    (2, "皂户李镇"),
    (3, "信城街道"),
    (3, "金阳街道"),
    (3, "商店镇"),
    (3, "温店镇"),
    (3, "河流镇"),
    (3, "翟王镇"),
    (3, "流坡坞镇"),
    (3, "水落坡镇"),
    (3, "劳店镇"),
    (3, "洋湖乡"),
    (4, "棣丰街道"),
    (4, "海丰街道"),
    (4, "水湾镇"),
    (4, "碣石山镇"),
    (4, "小泊头镇"),
    (4, "埕口镇"),
    (4, "马山子镇"),
    (4, "车王镇"),
    (4, "柳堡镇"),
    (4, "佘家镇"),
    (4, "信阳镇"),
    (4, "西小王镇"),
    (5, "城东街道"),
    (5, "锦秋街道"),
    (5, "博昌街道"),
    (5, "曹王镇"),
    (5, "兴福镇"),
    (5, "陈户镇"),
    (5, "湖滨镇"),
    (5, "店子镇"),
    (5, "吕艺镇"),
    (5, "纯化镇"),
    (5, "庞家镇"),
    (5, "乔庄镇"),
    (6, "黛溪街道"),
    (6, "黄山街道"),
    (6, "高新街道"),
    (6, "好生街道"),
    (6, "西董街道"),
    (6, "长山镇"),
    (6, "魏桥镇"),
    (6, "临池镇"),
    (6, "焦桥镇"),
    (6, "韩店镇"),
    (6, "孙镇"),
    (6, "九户镇"),
    (6, "青阳镇"),
    (6, "明集镇"),
    (6, "台子镇"),
    (6, "码头镇"),
];

fn towns_of(ci: usize) -> Vec<&'static str> {
    TOWNS.iter().filter(|t| t.0 == ci).map(|t| t.1).collect()
}

/// Roads for street addresses outside the Bincheng grid.
const ROADS: &[&str] = &[
    "人民路",
    "中心大街",
    "建设路",
    "渤海路",
    "黄河路",
    "府前街",
    "新华路",
    "文化路",
    "工业路",
    "经一路",
    "经二路",
    "纬一路",
    "纬二路",
    "开发区大道",
    "迎宾路",
    "长江路",
    "育才路",
    "胜利街",
];

/// 渤海n路 (north–south, numbered eastwards) and 黄河n路 (east–west, numbered southwards).
fn bohai_lon(n: i64) -> f64 {
    117.925 + n as f64 * 0.0046
}

fn huanghe_lat(n: i64) -> f64 {
    37.432 - n as f64 * 0.0088
}

fn cn_num(n: i64) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n - 10) as usize]),
        _ if n % 10 == 0 => format!("{}十", D[(n / 10) as usize]),
        _ => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
    }
}

/// A street address in county `ci` (Bincheng uses its numbered road grid).
fn address(r: &mut Rng, ci: usize) -> String {
    let c = &COUNTIES[ci];
    if ci == 0 {
        if r.chance(0.5) {
            format!(
                "滨州市滨城区黄河{}路{}号",
                cn_num(r.int(1, 12)),
                r.int(1, 900)
            )
        } else {
            format!(
                "滨州市滨城区渤海{}路{}号",
                cn_num(r.int(1, 29)),
                r.int(1, 900)
            )
        }
    } else {
        let town = *r.pick(&towns_of(ci));
        let road = *r.pick(ROADS);
        if town.ends_with("街道") {
            format!("滨州市{}{}{}号", c.name, road, r.int(1, 800))
        } else {
            format!("滨州市{}{}{}{}号", c.name, town, road, r.int(1, 300))
        }
    }
}

/// A point near the seat of county `ci`.
fn point(r: &mut Rng, ci: usize, spread: f64) -> (f64, f64) {
    let c = &COUNTIES[ci];
    (c.lon + r.norm() * spread, c.lat + r.norm() * spread * 0.8)
}

/// County index weighted by population (Bincheng incl. development zones).
fn rand_county(r: &mut Rng) -> usize {
    const W: [i64; 7] = [24, 9, 14, 11, 11, 12, 19];
    let mut x = r.int(1, W.iter().sum());
    for (i, w) in W.iter().enumerate() {
        if x <= *w {
            return i;
        }
        x -= w;
    }
    0
}

// ---------------------------------------------------------------- people

const SURNAMES: &[&str] = &[
    "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "刘", "陈", "陈", "杨", "杨",
    "赵", "赵", "黄", "周", "吴", "徐", "孙", "孙", "马", "胡", "朱", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董", "袁", "潘",
    "于", "蒋", "蔡", "杜", "魏", "吕", "丁", "崔", "薛", "邢", "商", "牟", "岳", "毕", "欧阳",
    "司马",
];

const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "红", "建", "国", "志", "文", "海",
    "波", "宁", "辉", "鹏", "飞", "云", "峰", "鑫", "凤", "梅", "林", "荣", "春", "德", "成", "庆",
    "晓", "雪", "琳", "欣", "佳", "子", "浩", "宇", "涵", "萱", "泽", "瑞", "轩", "彤", "梓", "晨",
    "淑", "振", "广", "长", "爱", "学", "金", "立", "新", "忠", "青", "永", "良", "善", "福", "臣",
];

fn person_name(r: &mut Rng) -> String {
    let mut n = r.pick(SURNAMES).to_string();
    let first = *r.pick(GIVEN);
    n.push_str(first);
    if r.chance(0.72) {
        let second = *r.pick(GIVEN);
        n.push_str(second);
    }
    n
}

// ---------------------------------------------------------------- identifiers

/// GB 11643 check character of a 17-digit body.
fn id_check(body: &str) -> char {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .bytes()
        .zip(W)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    b"10X98765432"[(sum % 11) as usize] as char
}

/// A synthetic, checksum-valid resident ID number. Only ever written into
/// columns that the catalog masks.
fn resident_id(r: &mut Rng, region: &str, birth: Date, male: bool) -> String {
    let seq = r.int(0, 499) * 2 + i64::from(male);
    let (y, m, d) = birth.parts();
    let body = format!("{region}{y:04}{m:02}{d:02}{seq:03}");
    let c = id_check(&body);
    format!("{body}{c}")
}

/// Would this token pass as a resident ID number (17 digits + check)?
fn id_like(x: &str) -> bool {
    let b = x.as_bytes();
    b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && (b[17].is_ascii_digit() || b[17] == b'X')
        && id_check(&x[..17]) == b[17] as char
}

const UC: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// GB 32100 check character of a 17-character body.
fn uscc_check(body: &str) -> char {
    const W: [usize; 17] = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let sum: usize = body
        .bytes()
        .zip(W)
        .map(|(b, w)| UC.iter().position(|&u| u == b).expect("USCC charset") * w)
        .sum();
    UC[(31 - sum % 31) % 31] as char
}

/// GB 11714 check character of an 8-character organisation-code body.
fn org_check(body: &str) -> char {
    const W: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
    let val = |b: u8| {
        if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        }
    };
    let sum: u32 = body.bytes().zip(W).map(|(b, w)| val(b) * w).sum();
    match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        c => char::from(b'0' + c as u8),
    }
}

/// Issues unique, check-valid unified social credit codes.
struct Uscc {
    seen: BTreeSet<String>,
}

impl Uscc {
    fn new() -> Uscc {
        Uscc {
            seen: BTreeSet::new(),
        }
    }

    /// `kind`: "91" company, "92" individual business, "93" farmers' cooperative,
    /// "52" private non-enterprise unit, "12" public institution.
    /// `modern_share`: probability of an organisation code from the 2015+ "MA"
    /// series; otherwise an older all-digit code.
    fn make(&mut self, r: &mut Rng, kind: &str, region: &str, modern_share: f64) -> String {
        loop {
            let mut org = String::new();
            if r.chance(modern_share) {
                // Organs and public institutions got "MB" codes, companies "MA".
                org.push_str(if kind.starts_with('1') { "MB" } else { "MA" });
                org.push(char::from(b"0123456789"[r.idx(10)]));
                for _ in 0..5 {
                    org.push(char::from(UC[r.idx(UC.len())]));
                }
            } else {
                org.push_str(&format!("{:08}", r.int(16_000_000, 79_999_999)));
            }
            org.push(org_check(&org));
            let body = format!("{kind}{region}{org}");
            let code = format!("{body}{}", uscc_check(&body));
            if !id_like(&code) && self.seen.insert(code.clone()) {
                return code;
            }
        }
    }
}

/// A public landline: 0543 plus seven digits, the first one the county's.
fn landline(r: &mut Rng, ci: usize) -> String {
    format!("0543-{}{:06}", COUNTIES[ci].tel, r.int(0, 999_999))
}

/// A mobile number (only for columns listed in `pii_allow`).
fn mobile(r: &mut Rng) -> String {
    format!(
        "1{}{}{:08}",
        r.pick(&[3, 5, 8]),
        r.int(0, 9),
        r.int(0, 99_999_999)
    )
}

// ---------------------------------------------------------------- companies

const ZIHAO: &[&str] = &[
    "鑫源",
    "宏达",
    "恒信",
    "瑞丰",
    "鲁北",
    "渤海",
    "金阳",
    "华兴",
    "永盛",
    "天诚",
    "博润",
    "德隆",
    "众诚",
    "汇通",
    "新晟",
    "泰和",
    "嘉禾",
    "誉丰",
    "通达",
    "昌隆",
    "信和",
    "润泽",
    "海源",
    "远航",
    "聚力",
    "和顺",
    "兴业",
    "安泰",
    "丰源",
    "佳美",
    "锦程",
    "凯瑞",
    "泓泰",
    "东升",
    "金禾",
    "瀚海",
    "明远",
    "广盛",
    "立信",
    "鼎盛",
    "恒通",
    "科达",
    "益民",
    "诺信",
    "康泰",
    "滨瑞",
    "黄河湾",
    "秦台",
    "棣丰",
    "锦秋",
    "黛溪",
    "冬枣源",
    "梨乡",
    "渤锦",
    "盛丰",
    "华滨",
    "旭升",
    "弘毅",
    "启航",
    "沃土",
];

fn company(r: &mut Rng, ci: usize, trade: &str) -> String {
    let place = match r.int(0, 9) {
        0..=3 => "山东".to_string(),
        4..=6 => "滨州".to_string(),
        _ => COUNTIES[ci].short.to_string(),
    };
    format!("{place}{}{trade}有限公司", r.pick(ZIHAO))
}

const TRADES: &[&str] = &[
    "化工",
    "纺织",
    "铝业",
    "机械",
    "食品",
    "建材",
    "物流",
    "商贸",
    "科技",
    "电子",
    "农业科技",
    "建筑工程",
    "餐饮管理",
    "医药",
    "新材料",
    "环保科技",
    "信息技术",
    "供应链管理",
    "家居",
    "绳网",
    "汽车服务",
    "文化传媒",
    "装饰工程",
    "畜牧",
    "水产",
    "能源",
    "电气",
    "包装",
    "服饰",
    "教育咨询",
];

// ================================================================ 生态环境局

const IA: [f64; 8] = [0.0, 50.0, 100.0, 150.0, 200.0, 300.0, 400.0, 500.0];

/// Individual air quality index (HJ 633-2012) by linear interpolation.
fn iaqi(c: f64, bp: &[f64], ia: &[f64]) -> f64 {
    for i in 1..bp.len() {
        if c <= bp[i] {
            return (ia[i] - ia[i - 1]) / (bp[i] - bp[i - 1]) * (c - bp[i - 1]) + ia[i - 1];
        }
    }
    ia[bp.len() - 1]
}

fn air_quality(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("sthjj/air-quality-daily");
    let stations: [(&str, usize, f64); 10] = [
        ("市环保局", 0, 1.00),
        ("北中新区", 0, 0.96),
        ("第二水厂", 0, 1.04),
        ("高新区管委会", 0, 1.02),
        ("沾化区政府", 1, 0.93),
        ("惠民县环保局", 2, 1.03),
        ("阳信县环保局", 3, 1.05),
        ("无棣县政府", 4, 0.90),
        ("博兴县政府", 5, 1.08),
        ("邹平市环保局", 6, 1.12),
    ];
    let mut t = Table::new(&[
        "日期",
        "站点名称",
        "所属区县",
        "AQI",
        "PM2.5",
        "PM10",
        "SO2",
        "NO2",
        "O3_8h",
        "CO",
        "首要污染物",
        "质量等级",
    ]);
    let (mut ar, mut ao) = (0.0f64, 0.0f64);
    for d in days(Date::ymd(2025, 1, 1), Date::ymd(2026, 11, 25)) {
        ar = 0.65 * ar + 0.30 * r.norm();
        ao = 0.6 * ao + 0.15 * r.norm();
        let winter = season(d, 15);
        let summer = season(d, 170);
        let dust = (3..=5).contains(&d.month()) && r.chance(0.05);
        let pm_base = (16.0 + 49.0 * winter.powf(1.5)) * ar.exp();
        for (name, ci, k) in stations {
            let pm25 = (pm_base * k * (0.12 * r.norm()).exp()).max(4.0).round();
            let mut pm10 = pm25 * r.unif(1.45, 1.95) + 8.0;
            if dust {
                pm10 *= r.unif(2.0, 2.8);
            }
            let pm10 = pm10.round();
            let so2 = ((6.0 + 10.0 * winter) * (0.25 * r.norm()).exp())
                .max(2.0)
                .round();
            let no2 = ((18.0 + 20.0 * winter) * k * (0.2 * r.norm()).exp())
                .max(5.0)
                .round();
            let o3 = ((40.0 + 125.0 * summer) * (ao + 0.1 * r.norm()).exp())
                .max(8.0)
                .round();
            let co =
                (((0.45 + 0.75 * winter) * (0.2 * r.norm()).exp()).max(0.2) * 10.0).round() / 10.0;
            // Instrument maintenance: one missing PM10 value.
            let missing_pm10 = name == "邹平市环保局" && d == Date::ymd(2025, 7, 8);
            let mut subs = vec![
                (
                    "PM2.5",
                    iaqi(
                        pm25,
                        &[0.0, 35.0, 75.0, 115.0, 150.0, 250.0, 350.0, 500.0],
                        &IA,
                    ),
                ),
                (
                    "SO2",
                    iaqi(
                        so2,
                        &[0.0, 50.0, 150.0, 475.0, 800.0, 1600.0, 2100.0, 2620.0],
                        &IA,
                    ),
                ),
                (
                    "NO2",
                    iaqi(
                        no2,
                        &[0.0, 40.0, 80.0, 180.0, 280.0, 565.0, 750.0, 940.0],
                        &IA,
                    ),
                ),
                (
                    "O3_8h",
                    iaqi(o3, &[0.0, 100.0, 160.0, 215.0, 265.0, 800.0], &IA[..6]),
                ),
                (
                    "CO",
                    iaqi(co, &[0.0, 2.0, 4.0, 14.0, 24.0, 36.0, 48.0, 60.0], &IA),
                ),
            ];
            if !missing_pm10 {
                subs.push((
                    "PM10",
                    iaqi(
                        pm10,
                        &[0.0, 50.0, 150.0, 250.0, 350.0, 420.0, 500.0, 600.0],
                        &IA,
                    ),
                ));
            }
            let (mut best, mut top) = ("", 0.0f64);
            for (n, v) in &subs {
                if *v > top {
                    top = *v;
                    best = n;
                }
            }
            let aqi = top.ceil() as i64;
            let level = match aqi {
                0..=50 => "优",
                51..=100 => "良",
                101..=150 => "轻度污染",
                151..=200 => "中度污染",
                201..=300 => "重度污染",
                _ => "严重污染",
            };
            t.push(vec![
                s(d.s()),
                s(name),
                s(COUNTIES[ci].name),
                V::I(aqi),
                V::I(pm25 as i64),
                if missing_pm10 {
                    V::E
                } else {
                    V::I(pm10 as i64)
                },
                V::I(so2 as i64),
                V::I(no2 as i64),
                V::I(o3 as i64),
                f(co, 1),
                s(if aqi > 50 { best } else { "—" }),
                s(level),
            ]);
        }
    }
    out.put(
        "sthjj",
        "air-quality-daily",
        "air-quality-daily-2025-2026.csv",
        &to_csv(&t),
    )
}

fn key_pollutant_units(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("sthjj/key-pollutant-units");
    let mut u = Uscc::new();
    let industries = [
        ("化工", "化学原料和化学制品制造业"),
        ("铝业", "有色金属冶炼和压延加工业"),
        ("纺织", "纺织业"),
        ("板材", "黑色金属冶炼和压延加工业"),
        ("热电", "电力、热力生产和供应业"),
        ("食品", "农副食品加工业"),
        ("水务", "污水处理及其再生利用"),
        ("纸业", "造纸和纸制品业"),
        ("药业", "医药制造业"),
        ("牧业", "畜牧业"),
    ];
    let cats = [
        "水环境",
        "大气环境",
        "土壤污染重点监管",
        "地下水污染防治",
        "环境风险管控",
        "噪声",
    ];
    let mut t = Table::new(&[
        "序号",
        "单位名称",
        "统一社会信用代码",
        "所属区县",
        "行业类别",
        "重点管理类别",
        "详细地址",
        "名录年度",
    ]);
    for i in 1..=116 {
        let ci = rand_county(&mut r);
        // Local industry mix: aluminium and textiles in Zouping, steel sheet in
        // Boxing, chemicals along the coast.
        let ind = match (ci, r.int(0, 9)) {
            (6, 0..=3) => industries[1],
            (6, 4..=6) => industries[2],
            (5, 0..=4) => industries[3],
            (1 | 4, 0..=5) => industries[0],
            _ => *r.pick(&industries),
        };
        let mut cs: Vec<&str> = Vec::new();
        for _ in 0..r.int(1, 3) {
            let c = *r.pick(&cats);
            if !cs.contains(&c) {
                cs.push(c);
            }
        }
        cs.sort_by_key(|c| cats.iter().position(|x| x == c));
        t.push(vec![
            V::I(i),
            s(company(&mut r, ci, ind.0)),
            s(u.make(&mut r, "91", COUNTIES[ci].code, 0.3)),
            s(COUNTIES[ci].name),
            s(ind.1),
            s(cs.join("、")),
            s(address(&mut r, ci)),
            V::I(2026),
        ]);
    }
    out.put(
        "sthjj",
        "key-pollutant-units",
        "key-pollutant-units-2026.csv",
        &to_csv(&t),
    )
}

fn surface_water(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("sthjj/surface-water-quality");
    let sections = [
        ("富国", "徒骇河", 1, "国控", 4),
        ("堡集闸", "徒骇河", 0, "省控", 4),
        ("胜利桥", "马颊河", 4, "国控", 4),
        ("于新庄", "德惠新河", 3, "省控", 4),
        ("大山", "秦口河", 4, "省控", 5),
        ("三岔", "小清河", 5, "国控", 4),
        ("陈桥", "支脉河", 5, "省控", 4),
        ("潮河桥", "潮河", 1, "省控", 5),
    ];
    const CLS: [&str; 6] = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ"];
    let le = |v: f64, lim: [f64; 5]| lim.iter().position(|l| v <= *l).map_or(6, |p| p + 1);
    let mut t = Table::new(&[
        "采样日期",
        "断面名称",
        "所在河流",
        "所属区县",
        "断面级别",
        "水质目标",
        "pH",
        "溶解氧",
        "高锰酸盐指数",
        "化学需氧量",
        "氨氮",
        "总磷",
        "水质类别",
        "是否达标",
    ]);
    let mut month = Date::ymd(2025, 1, 1);
    while month <= Date::ymd(2026, 10, 1) {
        let day = month.add(r.int(7, 14));
        let summer = season(day, 200);
        for (name, river, ci, level, target) in sections {
            let dry = name == "潮河桥" && day.year() == 2025 && (5..=6).contains(&day.month());
            if dry {
                let mut row = vec![
                    s(day.s()),
                    s(name),
                    s(river),
                    s(COUNTIES[ci].name),
                    s(level),
                    s(CLS[target - 1]),
                ];
                row.extend([V::E, V::E, V::E, V::E, V::E, V::E]);
                row.extend([s("断流"), s("—")]);
                t.push(row);
                continue;
            }
            let k = if target == 5 { 1.25 } else { 1.0 };
            let ph = 7.6 + 0.5 * r.f() + 0.2 * summer;
            let dox = (10.5 - 4.5 * summer + 0.6 * r.norm()).clamp(3.2, 12.5);
            let codmn = ((4.2 + 2.5 * summer) * k * (0.15 * r.norm()).exp()).max(1.5);
            let cod = ((17.0 + 9.0 * summer) * k * (0.15 * r.norm()).exp()).max(8.0);
            let nh3 = ((0.35 + 0.25 * (1.0 - summer)) * k * (0.45 * r.norm()).exp()).max(0.03);
            let tp = ((0.11 + 0.08 * summer) * k * (0.3 * r.norm()).exp()).max(0.01);
            let c_do = [7.5, 6.0, 5.0, 3.0, 2.0]
                .iter()
                .position(|l| dox >= *l)
                .map_or(6, |p| p + 1);
            let c = [
                c_do,
                le(codmn, [2.0, 4.0, 6.0, 10.0, 15.0]),
                le(cod, [15.0, 15.0, 20.0, 30.0, 40.0]),
                le(nh3, [0.15, 0.5, 1.0, 1.5, 2.0]),
                le(tp, [0.02, 0.1, 0.2, 0.3, 0.4]),
            ]
            .into_iter()
            .max()
            .unwrap_or(1);
            t.push(vec![
                s(day.s()),
                s(name),
                s(river),
                s(COUNTIES[ci].name),
                s(level),
                s(CLS[target - 1]),
                f(ph, 2),
                f(dox, 1),
                f(codmn, 1),
                V::I(cod.round() as i64),
                f(nh3, 3),
                f(tp, 3),
                s(CLS[c - 1]),
                s(if c <= target { "是" } else { "否" }),
            ]);
        }
        month = month.add_months(1);
    }
    out.put(
        "sthjj",
        "surface-water-quality",
        "surface-water-quality-monthly.csv",
        &to_csv(&t),
    )
}

// ================================================================ 市场监督管理局

/// A business scope (经营范围) that fits the trade in the company name.
fn scope_for(trade: &str) -> &'static str {
    match trade {
        "化工" => "一般项目：化工产品销售（不含许可类化工产品）；货物进出口, 技术进出口。",
        "纺织" | "服饰" => "一般项目：纺纱加工；面料纺织加工；针纺织品及原料销售；服装制造。",
        "铝业" | "新材料" => "一般项目：有色金属合金制造；有色金属压延加工；金属材料销售。",
        "机械" | "电气" => "一般项目：通用设备制造（不含特种设备制造）；机械零件、零部件加工；电气设备销售。",
        "食品" => "许可项目：食品生产；食品销售。一般项目：食用农产品初加工。",
        "农业科技" | "畜牧" | "水产" => "一般项目：谷物种植；蔬菜种植；牲畜饲养；水产养殖；农业科学研究和试验发展。",
        "建材" | "建筑工程" | "装饰工程" => "许可项目：建设工程施工；住宅室内装饰装修。一般项目：建筑材料销售。",
        "物流" | "供应链管理" | "包装" => "一般项目：普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；包装服务。",
        "商贸" | "家居" => "一般项目：日用百货销售；五金产品零售；家用电器销售；家具销售。",
        "餐饮管理" => "许可项目：餐饮服务；食品销售。一般项目：餐饮管理。",
        "医药" => "许可项目：药品零售；药品批发。一般项目：第一类医疗器械销售；第二类医疗器械销售。",
        "文化传媒" => "一般项目：广告设计、代理；广告制作；组织文化艺术交流活动, 会议及展览服务。",
        "教育咨询" => "一般项目：教育咨询服务（不含涉许可审批的教育培训活动）；企业管理咨询。",
        "绳网" => "一般项目：绳、索、缆制造；渔具制造；塑料制品销售。",
        "汽车服务" => "一般项目：新能源汽车整车销售；汽车零配件零售；机动车修理和维护。",
        "能源" => "一般项目：太阳能发电技术服务；储能技术服务；合同能源管理。",
        _ => "一般项目：技术服务、技术开发、技术咨询、技术交流；软件开发；信息系统集成服务。",
    }
}

fn enterprise_registrations(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("scjgj/enterprise-registrations");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "统一社会信用代码",
        "企业名称",
        "企业类型",
        "注册资本(万元)",
        "成立日期",
        "核准日期",
        "登记机关",
        "所属区县",
        "住所",
        "经营范围",
        "登记状态",
    ]);
    let mut rows: Vec<(Date, Vec<V>)> = Vec::new();
    for _ in 0..320 {
        let ci = rand_county(&mut r);
        let c = &COUNTIES[ci];
        let founded = rand_date(&mut r, Date::ymd(2026, 1, 4), Date::ymd(2026, 10, 30));
        let founded = if founded.weekday() >= 5 {
            founded.add(7 - founded.weekday())
        } else {
            founded
        };
        let roll = r.int(0, 99);
        let trade = *r.pick(TRADES);
        let (kind, name, cap, prefix) = match roll {
            0..=54 => (
                "有限责任公司（自然人投资或控股）",
                company(&mut r, ci, trade),
                *r.pick(&[10, 50, 100, 100, 200, 300, 500, 500, 1000, 2000, 5000]) as f64,
                "91",
            ),
            55..=79 => (
                "有限责任公司（自然人独资）",
                company(&mut r, ci, trade),
                *r.pick(&[5, 10, 30, 50, 100, 200]) as f64,
                "91",
            ),
            80..=85 => (
                "有限责任公司（非自然人投资或控股的法人独资）",
                company(&mut r, ci, trade),
                *r.pick(&[500, 1000, 3000, 5000, 10000]) as f64,
                "91",
            ),
            86..=87 => (
                "股份有限公司（非上市、自然人投资或控股）",
                format!("山东{}{}股份有限公司", r.pick(ZIHAO), trade),
                *r.pick(&[1000, 3000, 5000, 8000]) as f64,
                "91",
            ),
            88..=93 => (
                "个人独资企业",
                format!(
                    "{}{}{}{}中心",
                    c.name,
                    r.pick(ZIHAO),
                    trade,
                    r.pick(&["经营", "服务", "工作室"])
                ),
                *r.pick(&[3, 5, 10, 20]) as f64,
                "91",
            ),
            94..=95 => (
                "普通合伙企业",
                format!("滨州{}企业管理咨询中心（普通合伙）", r.pick(ZIHAO)),
                *r.pick(&[10, 50, 100]) as f64,
                "91",
            ),
            _ => (
                "农民专业合作社",
                format!(
                    "{}{}{}专业合作社",
                    c.name,
                    r.pick(&towns_of(ci)),
                    r.pick(&[
                        "蔬菜种植",
                        "冬枣种植",
                        "粮食种植",
                        "肉牛养殖",
                        "农机",
                        "果品"
                    ])
                ),
                r.int(50, 500) as f64,
                "93",
            ),
        };
        let status = match r.int(0, 99) {
            0..=92 => "存续",
            93..=97 => "注销",
            _ => "迁出",
        };
        let approved = if status == "存续" {
            founded
        } else {
            rand_date(&mut r, founded.add(20), Date::ymd(2026, 10, 31)).max(founded)
        };
        let authority = if r.chance(0.15) {
            "滨州市行政审批服务局".to_string()
        } else {
            format!("{}行政审批服务局", c.name)
        };
        rows.push((
            founded,
            vec![
                s(u.make(&mut r, prefix, c.code, 1.0)),
                s(name),
                s(kind),
                f(cap, 1),
                s(founded.s()),
                s(approved.s()),
                s(authority),
                s(c.name),
                s(address(&mut r, ci)),
                s(match prefix {
                    "93" => "为成员提供农业生产资料的购买，农产品的销售、加工、运输、贮藏及相关技术信息服务。",
                    _ if kind == "普通合伙企业" => scope_for("教育咨询"),
                    _ => scope_for(trade),
                }),
                s(status),
            ],
        ));
    }
    rows.sort_by_key(|x| x.0);
    for (_, row) in rows {
        t.push(row);
    }
    out.put(
        "scjgj",
        "enterprise-registrations",
        "enterprise-registrations-2026.csv",
        &to_csv(&t),
    )
}

fn shop_name(r: &mut Rng, ci: usize) -> String {
    let c = &COUNTIES[ci];
    match r.int(0, 5) {
        0 => format!("{}{}购物广场有限公司", c.short, r.pick(ZIHAO)),
        1 => format!("{}{}超市", c.short, r.pick(ZIHAO)),
        2 => format!("{}{}便利店", c.name, r.pick(ZIHAO)),
        3 => format!("{}{}饭店", c.name, r.pick(ZIHAO)),
        4 => format!("{}{}生鲜超市", c.name, r.pick(ZIHAO)),
        _ => format!("{}{}农贸市场{}号摊位", c.name, r.pick(ZIHAO), r.int(1, 120)),
    }
}

/// (样品, 大类, 规格, 散装/农产品, 风险项目, 标准值, 不合格检出值下限, 上限, 单位)
type SampleKind = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static str,
    f64,
    f64,
    &'static str,
);

fn food_sampling(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("scjgj/food-sampling-results");
    let items: [SampleKind; 22] = [
        (
            "韭菜",
            "食用农产品",
            "/",
            true,
            "腐霉利",
            "≤0.2mg/kg",
            0.3,
            2.5,
            "mg/kg",
        ),
        (
            "芹菜",
            "食用农产品",
            "/",
            true,
            "毒死蜱",
            "≤0.05mg/kg",
            0.08,
            0.6,
            "mg/kg",
        ),
        (
            "豇豆",
            "食用农产品",
            "/",
            true,
            "灭蝇胺",
            "≤0.5mg/kg",
            0.7,
            3.0,
            "mg/kg",
        ),
        (
            "鸡蛋",
            "食用农产品",
            "/",
            true,
            "恩诺沙星",
            "不得检出",
            12.0,
            80.0,
            "μg/kg",
        ),
        (
            "猪肉",
            "食用农产品",
            "/",
            true,
            "克伦特罗",
            "不得检出",
            0.6,
            3.0,
            "μg/kg",
        ),
        (
            "鲈鱼",
            "食用农产品",
            "/",
            true,
            "孔雀石绿",
            "不得检出",
            1.2,
            9.0,
            "μg/kg",
        ),
        (
            "冬枣",
            "食用农产品",
            "/",
            true,
            "氯氟氰菊酯和高效氯氟氰菊酯",
            "≤0.2mg/kg",
            0.25,
            0.8,
            "mg/kg",
        ),
        (
            "小麦粉",
            "粮食加工品",
            "25kg/袋",
            false,
            "脱氧雪腐镰刀菌烯醇",
            "≤1000μg/kg",
            1100.0,
            1900.0,
            "μg/kg",
        ),
        (
            "挂面",
            "粮食加工品",
            "1kg/袋",
            false,
            "铅（以Pb计）",
            "≤0.2mg/kg",
            0.22,
            0.45,
            "mg/kg",
        ),
        (
            "花生油",
            "食用油、油脂及其制品",
            "5L/桶",
            false,
            "酸价（KOH）",
            "≤3mg/g",
            3.2,
            4.5,
            "mg/g",
        ),
        (
            "酱油",
            "调味品",
            "500mL/瓶",
            false,
            "氨基酸态氮",
            "≥0.4g/100mL",
            0.25,
            0.38,
            "g/100mL",
        ),
        (
            "食醋",
            "调味品",
            "420mL/瓶",
            false,
            "总酸（以乙酸计）",
            "≥3.5g/100mL",
            2.6,
            3.3,
            "g/100mL",
        ),
        (
            "白酒",
            "酒类",
            "500mL/瓶",
            false,
            "酒精度",
            "42.0±1.0%vol",
            39.2,
            40.8,
            "%vol",
        ),
        (
            "面包",
            "糕点",
            "散装称重",
            false,
            "霉菌",
            "≤150CFU/g",
            180.0,
            900.0,
            "CFU/g",
        ),
        (
            "月饼",
            "糕点",
            "500g/盒",
            false,
            "过氧化值（以脂肪计）",
            "≤0.25g/100g",
            0.28,
            0.6,
            "g/100g",
        ),
        (
            "馒头",
            "餐饮食品",
            "/",
            true,
            "糖精钠（以糖精计）",
            "不得使用",
            0.05,
            0.3,
            "g/kg",
        ),
        (
            "油条",
            "餐饮食品",
            "/",
            true,
            "铝的残留量（干样品，以Al计）",
            "≤100mg/kg",
            130.0,
            420.0,
            "mg/kg",
        ),
        (
            "纯牛奶",
            "乳制品",
            "250mL/盒",
            false,
            "蛋白质",
            "≥2.9g/100g",
            2.5,
            2.8,
            "g/100g",
        ),
        (
            "火腿肠",
            "肉制品",
            "240g/袋",
            false,
            "亚硝酸盐（以亚硝酸钠计）",
            "≤30mg/kg",
            34.0,
            60.0,
            "mg/kg",
        ),
        (
            "饮用纯净水",
            "饮料",
            "550mL/瓶",
            false,
            "溴酸盐",
            "≤0.01mg/L",
            0.012,
            0.03,
            "mg/L",
        ),
        (
            "速冻水饺",
            "速冻食品",
            "1kg/袋",
            false,
            "过氧化值（以脂肪计）",
            "≤0.25g/100g",
            0.27,
            0.5,
            "g/100g",
        ),
        (
            "白砂糖",
            "食糖",
            "400g/袋",
            false,
            "二氧化硫残留量",
            "≤30mg/kg",
            33.0,
            55.0,
            "mg/kg",
        ),
    ];
    let mut t = Table::new(&[
        "抽样编号",
        "被抽样单位名称",
        "被抽样单位地址",
        "所属区县",
        "样品名称",
        "食品大类",
        "规格型号",
        "生产日期",
        "标称生产企业名称",
        "检验结论",
        "不合格项目",
        "检验值",
        "标准值",
        "抽样日期",
        "公告日期",
        "任务来源",
    ]);
    let mut list: Vec<(Date, usize, Vec<V>)> = Vec::new();
    for n in 0..264 {
        let ci = rand_county(&mut r);
        let it = *r.pick(&items);
        // The jujube harvest runs from late September.
        let sampled = if it.0 == "冬枣" {
            rand_date(&mut r, Date::ymd(2026, 9, 25), Date::ymd(2026, 10, 28))
        } else {
            rand_date(&mut r, Date::ymd(2026, 1, 6), Date::ymd(2026, 10, 28))
        };
        let produced = if it.3 {
            if it.1 == "餐饮食品" {
                s(sampled.s())
            } else {
                s("/")
            }
        } else {
            s(sampled.add(-r.int(3, 120)).s())
        };
        let pc = rand_county(&mut r);
        let producer = if it.3 {
            "/".to_string()
        } else {
            company(&mut r, pc, "食品")
        };
        let bad = r.chance(0.035);
        let (concl, item, val, std_) = if bad {
            (
                "不合格",
                it.4.to_string(),
                format!(
                    "{}{}",
                    fmt_f(r.unif(it.6, it.7), if it.6 < 1.0 { 3 } else { 1 }),
                    it.8
                ),
                it.5.to_string(),
            )
        } else {
            ("合格", "/".to_string(), "/".to_string(), "/".to_string())
        };
        let publish = sampled.add(r.int(20, 35)).min(Date::ymd(2026, 11, 12));
        let source = if r.chance(0.4) {
            "滨州市市场监督管理局".to_string()
        } else {
            format!("{}市场监督管理局", COUNTIES[ci].name)
        };
        let mut spec = s(it.2);
        // A data-entry omission left in on purpose.
        if n == 131 {
            spec = V::E;
        }
        list.push((
            sampled,
            n,
            vec![
                V::E, // filled after sorting
                s(shop_name(&mut r, ci)),
                s(address(&mut r, ci)),
                s(COUNTIES[ci].name),
                s(it.0),
                s(it.1),
                spec,
                produced,
                s(producer),
                s(concl),
                s(item),
                s(val),
                s(std_),
                s(sampled.s()),
                s(publish.s()),
                s(source),
            ],
        ));
    }
    list.sort_by_key(|x| (x.0, x.1));
    for (i, (_, _, mut row)) in list.into_iter().enumerate() {
        row[0] = s(format!("XC26371600{:05}", i + 1));
        t.push(row);
    }
    out.put(
        "scjgj",
        "food-sampling-results",
        "food-sampling-2026.csv",
        &to_csv(&t),
    )
}

fn market_penalties(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("scjgj/market-penalties");
    let mut u = Uscc::new();
    // (类型, 违法事实模板, 依据, 罚款下限, 上限, 是否没收)
    let kinds = [
        (
            "经营超过保质期的食品",
            "当事人经营超过保质期的预包装食品，货值金额{v}元。",
            "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
            0.5,
            5.0,
            true,
        ),
        (
            "未取得食品经营许可从事食品经营活动",
            "当事人未取得食品经营许可证从事食品销售，违法所得{v}元。",
            "《中华人民共和国食品安全法》第一百二十二条第一款",
            0.5,
            5.0,
            true,
        ),
        (
            "销售不合格产品",
            "当事人销售的电线电缆经抽查检验不合格，货值金额{v}元。",
            "《中华人民共和国产品质量法》第四十九条",
            0.3,
            3.0,
            true,
        ),
        (
            "虚假宣传",
            "当事人在经营场所及网络平台对商品的功能作虚假宣传，广告费用{v}元。",
            "《中华人民共和国反不正当竞争法》第二十条第一款",
            2.0,
            20.0,
            false,
        ),
        (
            "未按规定办理特种设备使用登记",
            "当事人使用的电梯未办理使用登记。",
            "《中华人民共和国特种设备安全法》第八十三条第一款第（一）项",
            1.0,
            10.0,
            false,
        ),
        (
            "不按规定明码标价",
            "当事人销售的商品未按规定明码标价，共{v}种。",
            "《中华人民共和国价格法》第四十二条",
            0.1,
            0.5,
            false,
        ),
        (
            "使用未经检定的计量器具",
            "当事人使用未经检定的电子计价秤进行贸易结算。",
            "《中华人民共和国计量法实施细则》第四十三条",
            0.1,
            0.1,
            false,
        ),
        (
            "销售侵犯注册商标专用权的商品",
            "当事人销售侵犯注册商标专用权的运动鞋{v}双。",
            "《中华人民共和国商标法》第六十条第二款",
            0.5,
            8.0,
            true,
        ),
    ];
    let mut t = Table::new(&[
        "行政处罚决定书文号",
        "当事人名称",
        "当事人类别",
        "统一社会信用代码",
        "法定代表人",
        "法定代表人证件类型",
        "法定代表人证件号码",
        "违法行为类型",
        "违法事实",
        "处罚依据",
        "处罚类别",
        "罚款金额(万元)",
        "没收违法所得(万元)",
        "处罚决定日期",
        "公示截止期",
        "处罚机关",
    ]);
    let mut rows: Vec<(Date, usize, Vec<V>)> = Vec::new();
    for i in 0..66 {
        let ci = rand_county(&mut r);
        let city = r.chance(0.25);
        let k = *r.pick(&kinds);
        let individual = r.chance(0.45);
        let (name, class, code) = if individual {
            (
                format!(
                    "{}{}{}",
                    COUNTIES[ci].name,
                    r.pick(ZIHAO),
                    r.pick(&["便利店", "超市", "五金店", "饭店", "鞋店", "烟酒店"])
                ),
                "个体工商户",
                u.make(&mut r, "92", COUNTIES[ci].code, 1.0),
            )
        } else {
            let trade = *r.pick(TRADES);
            (
                company(&mut r, ci, trade),
                "法人及非法人组织",
                u.make(&mut r, "91", COUNTIES[ci].code, 0.6),
            )
        };
        let male = r.chance(0.62);
        let birth = rand_date(&mut r, Date::ymd(1958, 1, 1), Date::ymd(2001, 12, 31));
        let fine = if k.3 == k.4 {
            k.3
        } else {
            (r.unif(k.3, k.4) * 10.0).round() / 10.0
        };
        let confiscate = if k.5 {
            (r.unif(0.01, 0.6) * 100.0).round() / 100.0
        } else {
            0.0
        };
        let v = r.int(300, 9000);
        let fact = k.1.replace("{v}", &v.to_string());
        let date = rand_date(&mut r, Date::ymd(2026, 1, 8), Date::ymd(2026, 11, 13));
        let date = if date.weekday() >= 5 {
            date.add(-2)
        } else {
            date
        };
        let kinds_txt = if k.5 {
            "罚款；没收违法所得"
        } else if fine < 0.5 {
            "警告；罚款"
        } else {
            "罚款"
        };
        let until = if fine < 0.5 && !k.5 {
            date.add_months(3)
        } else {
            date.add_months(36)
        };
        let authority = if city {
            "滨州市市场监督管理局".to_string()
        } else {
            format!("{}市场监督管理局", COUNTIES[ci].name)
        };
        // Records whose publicity period has ended were removed at the last update.
        if until < Date::ymd(2026, 11, 18) {
            continue;
        }
        rows.push((
            date,
            i,
            vec![
                s(authority.clone()),
                s(name),
                s(class),
                s(code),
                s(person_name(&mut r)),
                s("身份证"),
                s(resident_id(&mut r, COUNTIES[ci].code, birth, male)),
                s(k.0),
                s(fact),
                s(k.2),
                s(kinds_txt),
                f(fine, 2),
                f(confiscate, 2),
                s(date.s()),
                s(until.s()),
                s(authority),
            ],
        ));
    }
    rows.sort_by_key(|x| (x.0, x.1));
    let mut seq: Vec<(String, i64)> = Vec::new();
    for (_, _, mut row) in rows {
        let authority = row[0].text();
        let short = if authority.starts_with("滨州市") {
            "滨市监".to_string()
        } else {
            format!(
                "{}市监",
                COUNTIES
                    .iter()
                    .find(|c| authority.starts_with(c.name))
                    .map_or("滨", |c| c.short)
            )
        };
        let n = match seq.iter_mut().find(|x| x.0 == short) {
            Some(x) => {
                x.1 += r.int(1, 9);
                x.1
            }
            None => {
                let first = r.int(3, 20);
                seq.push((short.clone(), first));
                first
            }
        };
        row[0] = s(format!("{short}处罚〔2026〕{n}号"));
        t.push(row);
    }
    out.put(
        "scjgj",
        "market-penalties",
        "market-penalties-2026.csv",
        &to_csv(&t),
    )
}

fn food_production_licenses(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("scjgj/food-production-licenses");
    let mut u = Uscc::new();
    let cats = [
        ("01", "粮食加工品", "小麦粉（通用）", "面粉"),
        ("01", "粮食加工品", "挂面（普通挂面）", "面业"),
        ("02", "食用油、油脂及其制品", "食用植物油（压榨）", "油脂"),
        ("03", "调味品", "酱油（酿造酱油）；食醋（酿造食醋）", "酿造"),
        ("04", "肉制品", "热加工熟肉制品（酱卤肉制品）", "肉类食品"),
        ("05", "乳制品", "液体乳（巴氏杀菌乳、灭菌乳）", "乳业"),
        ("06", "饮料", "包装饮用水（饮用纯净水）", "饮品"),
        ("11", "速冻食品", "速冻面米食品（生制品）", "食品"),
        ("15", "酒类", "白酒（白酒、原酒）", "酒业"),
        ("16", "蔬菜制品", "酱腌菜", "食品"),
        ("17", "水果制品", "蜜饯（冬枣蜜饯）", "冬枣制品"),
        ("22", "水产制品", "干制水产品（虾皮）", "水产"),
        ("24", "糕点", "热加工糕点（烘烤类、蒸煮类）", "食品"),
        ("25", "豆制品", "非发酵性豆制品（豆腐、豆腐皮）", "豆制品"),
    ];
    let mut t = Table::new(&[
        "许可证编号",
        "生产者名称",
        "统一社会信用代码",
        "住所",
        "生产地址",
        "食品类别",
        "类别明细",
        "发证机关",
        "签发日期",
        "有效期至",
        "日常监督管理机构",
        "在有效期内",
    ]);
    let mut rows: Vec<(Date, usize, Vec<V>)> = Vec::new();
    for i in 0..86 {
        let ci = rand_county(&mut r);
        let c = &COUNTIES[ci];
        let cat = *r.pick(&cats);
        let cat = if ci == 1 && r.chance(0.4) {
            cats[10]
        } else {
            cat
        };
        let issued = rand_date(&mut r, Date::ymd(2021, 11, 20), Date::ymd(2026, 11, 19));
        let expires = issued.add_months(60).add(-1);
        let addr = address(&mut r, ci);
        let plant = if r.chance(0.7) {
            addr.clone()
        } else {
            address(&mut r, ci)
        };
        rows.push((
            issued,
            i,
            vec![
                s(format!(
                    "SC1{}{}{:04}{}",
                    cat.0,
                    c.code,
                    r.int(1, 2400),
                    r.int(0, 9)
                )),
                s(company(&mut r, ci, cat.3)),
                s(u.make(&mut r, "91", c.code, 0.5)),
                s(addr),
                s(plant),
                s(cat.1),
                s(cat.2),
                s(format!(
                    "{}行政审批服务局",
                    if r.chance(0.3) { "滨州市" } else { c.name }
                )),
                s(issued.s()),
                s(expires.s()),
                s(format!("{}市场监督管理局", c.name)),
                V::B(expires >= Date::ymd(2026, 11, 20)),
            ],
        ));
    }
    rows.sort_by_key(|x| (x.0, x.1));
    for (_, _, row) in rows.into_iter().rev() {
        t.push(row);
    }
    out.put(
        "scjgj",
        "food-production-licenses",
        "food-production-licenses.json",
        &to_json(&t),
    )
}

fn annual_report_finance(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("scjgj/enterprise-annual-report-finance");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "统一社会信用代码",
        "企业名称",
        "年报年度",
        "资产总额(万元)",
        "负债总额(万元)",
        "营业总收入(万元)",
        "利润总额(万元)",
        "纳税总额(万元)",
        "从业人数",
        "年报报送日期",
    ]);
    for _ in 0..8 {
        let ci = rand_county(&mut r);
        let assets = r.unif(300.0, 60000.0);
        let revenue = assets * r.unif(0.4, 1.6);
        let profit = revenue * r.unif(-0.05, 0.12);
        let trade = *r.pick(TRADES);
        t.push(vec![
            s(u.make(&mut r, "91", COUNTIES[ci].code, 0.5)),
            s(company(&mut r, ci, trade)),
            V::I(2025),
            f(assets, 2),
            f(assets * r.unif(0.2, 0.75), 2),
            f(revenue, 2),
            f(profit, 2),
            f(revenue * r.unif(0.02, 0.06), 2),
            V::I((revenue / r.unif(40.0, 120.0)).round().max(3.0) as i64),
            s(rand_date(&mut r, Date::ymd(2026, 1, 5), Date::ymd(2026, 6, 30)).s()),
        ]);
    }
    out.put(
        "scjgj",
        "enterprise-annual-report-finance",
        "annual-report-finance-2025-sample.csv",
        &to_csv(&t),
    )
}

fn bcq_farmers_markets(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("bcq-scjgj/bcq-farmers-markets");
    let mut u = Uscc::new();
    let markets = [
        ("北镇农贸市场", "北镇街道"),
        ("梁才农贸市场", "梁才街道"),
        ("彭李农贸市场", "彭李街道"),
        ("杜店综合市场", "杜店街道"),
        ("里则农贸市场", "里则街道"),
        ("沙河农贸市场", "沙河街道"),
        ("小营农贸市场", "小营街道"),
        ("滨北农贸市场", "滨北街道"),
        ("市西农贸市场", "市西街道"),
        ("三河湖农贸大集", "三河湖镇"),
        ("杨柳雪农贸市场", "杨柳雪镇"),
        ("秦皇台农贸市场", "秦皇台乡"),
        ("黄河五路农贸市场", "市中街道"),
        ("渤海七路农贸市场", "市中街道"),
        ("新立河农贸市场", "市东街道"),
        ("黄河十二路农贸市场", "市东街道"),
        ("渤海二十一路便民市场", "彭李街道"),
        ("中海农贸市场", "市东街道"),
        ("东城农贸市场", "市东街道"),
        ("西城农贸市场", "市西街道"),
        ("佳和生鲜市场", "市中街道"),
        ("万家惠菜市场", "彭李街道"),
        ("丰收农产品市场", "滨北街道"),
        ("幸福农贸市场", "市西街道"),
        ("梧桐农贸市场", "市中街道"),
        ("玉龙湖便民市场", "北镇街道"),
    ];
    let mut t = Table::new(&[
        "市场名称",
        "所在街道（镇）",
        "地址",
        "开办单位",
        "开办单位统一社会信用代码",
        "市场类型",
        "摊位数",
        "营业时间",
        "是否设食品快检室",
        "监督电话",
    ]);
    for (name, town) in markets {
        let addr = if town.ends_with("街道") {
            address(&mut r, 0)
        } else {
            format!("滨州市滨城区{town}驻地")
        };
        t.push(vec![
            s(name),
            s(town),
            s(addr),
            s(format!("滨州{}市场管理有限公司", r.pick(ZIHAO))),
            s(u.make(&mut r, "91", "371602", 0.5)),
            s(*r.pick(&["室内市场", "室内市场", "大棚市场", "露天市场"])),
            V::I(r.int(40, 420)),
            s(*r.pick(&["05:30-19:00", "06:00-18:30", "05:00-12:00", "06:00-20:00"])),
            V::B(r.chance(0.7)),
            s(landline(&mut r, 0)),
        ]);
    }
    out.put(
        "bcq-scjgj",
        "bcq-farmers-markets",
        "bcq-farmers-markets-2025.csv",
        &to_csv(&t),
    )
}

// ================================================================ 交通运输局

/// Landmarks on the Bincheng road grid: (name, 渤海n路, 黄河n路).
const LANDMARKS: &[(&str, i64, i64)] = &[
    ("市政府", 18, 5),
    ("市人民医院", 21, 7),
    ("滨医附院", 10, 3),
    ("滨州学院", 26, 8),
    ("滨州医学院", 9, 4),
    ("汽车总站", 6, 4),
    ("滨州站", 2, 2),
    ("万达广场", 20, 4),
    ("中海公园", 22, 6),
    ("黄河楼", 23, 9),
    ("市博物馆", 19, 6),
    ("市图书馆", 19, 5),
    ("奥体中心", 24, 11),
    ("新立河公园", 14, 7),
    ("蒲湖公园", 4, 3),
    ("市民服务中心", 17, 6),
    ("银座商城", 8, 3),
    ("实验学校", 16, 8),
    ("滨州一中", 11, 2),
    ("北中新区", 12, 1),
    ("高新区管委会", 28, 12),
    ("秦皇河公园", 15, 10),
    ("职业学院", 27, 10),
    ("市中医医院", 7, 5),
];

fn bus_stops(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("jtysj/bus-stops");
    let mut taken: BTreeSet<(i64, i64)> = BTreeSet::new();
    let mut stops: Vec<(String, i64, i64)> = Vec::new();
    for (n, b, h) in LANDMARKS {
        taken.insert((*b, *h));
        stops.push((n.to_string(), *b, *h));
    }
    while stops.len() < 236 {
        let (b, h) = (r.int(1, 29), r.int(1, 12));
        if taken.insert((b, h)) {
            stops.push((format!("黄河{}路渤海{}路口", cn_num(h), cn_num(b)), b, h));
        }
    }
    let mut cols = Table::new(&[
        "站点编号",
        "站点名称",
        "经度",
        "纬度",
        "途经线路",
        "所属区县",
        "设有候车亭",
        "无障碍设施",
    ]);
    for (i, (name, b, h)) in stops.iter().enumerate() {
        let mut lines: Vec<i64> = Vec::new();
        for _ in 0..r.int(1, 4) {
            let l = r.int(1, 46);
            if !lines.contains(&l) {
                lines.push(l);
            }
        }
        lines.sort_unstable();
        let mut names: Vec<String> = lines.iter().map(|l| format!("{l}路")).collect();
        if *h <= 6 && *b >= 14 && *b <= 22 && r.chance(0.25) {
            names.push("K101路".to_string());
        }
        cols.push(vec![
            s(format!("BZGJ{:04}", i + 1)),
            s(name.clone()),
            f(bohai_lon(*b) + r.norm() * 0.0004 + 0.0006, 6),
            f(huanghe_lat(*h) + r.norm() * 0.0003 - 0.0005, 6),
            s(names.join("、")),
            s("滨城区"),
            V::B(r.chance(0.68)),
            V::B(r.chance(0.35)),
        ]);
    }
    out.put("jtysj", "bus-stops", "bus-stops.csv", &to_csv(&cols))?;
    out.put(
        "jtysj",
        "bus-stops",
        "bus-stops.geojson",
        &to_geojson(&cols, "经度", "纬度"),
    )
}

fn public_parking(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("jtysj/public-parking");
    let mut t = Table::new(&[
        "停车场名称",
        "停车场类型",
        "所属区县",
        "地址",
        "经度",
        "纬度",
        "总泊位数",
        "充电泊位数",
        "无障碍泊位数",
        "收费标准",
        "开放时间",
        "管理单位",
        "服务电话",
    ]);
    let fees = [
        "首小时2元，之后每小时1元，日最高20元",
        "30分钟内免费，每小时2元，日最高15元",
        "小型车每次5元",
        "免费",
        "白天每小时2元，夜间（20:00-07:00）每小时0.5元",
    ];
    for i in 0..84usize {
        let ci = if i < 56 { 0 } else { 1 + i % 6 };
        let (name, kind, lon, lat) = if ci == 0 {
            if let Some(l) = LANDMARKS.get(i).filter(|_| r.chance(0.8)) {
                (
                    format!("{}公共停车场", l.0),
                    "路外公共停车场",
                    bohai_lon(l.1) + 0.001,
                    huanghe_lat(l.2) + 0.001,
                )
            } else if r.chance(0.5) {
                let (h, b1) = (r.int(1, 12), r.int(1, 26));
                (
                    format!(
                        "黄河{}路（渤海{}路至渤海{}路）道路停车泊位",
                        cn_num(h),
                        cn_num(b1),
                        cn_num(b1 + 2)
                    ),
                    "道路停车泊位",
                    bohai_lon(b1 + 1),
                    huanghe_lat(h),
                )
            } else {
                let (b, h) = (r.int(1, 29), r.int(1, 12));
                (
                    format!(
                        "{}{}停车场",
                        r.pick(ZIHAO),
                        r.pick(&["小区对外开放", "广场", "商业中心", "医院"])
                    ),
                    "配建停车场（对外开放）",
                    bohai_lon(b) + 0.0015,
                    huanghe_lat(h) - 0.002,
                )
            }
        } else {
            let (lon, lat) = point(&mut r, ci, 0.01);
            (
                format!(
                    "{}{}公共停车场",
                    COUNTIES[ci].short,
                    r.pick(&["人民广场", "汽车站", "人民医院", "商业街", "体育中心"])
                ),
                "路外公共停车场",
                lon,
                lat,
            )
        };
        let total = if kind == "道路停车泊位" {
            r.int(20, 90)
        } else {
            r.int(40, 600)
        };
        t.push(vec![
            s(name),
            s(kind),
            s(COUNTIES[ci].name),
            s(address(&mut r, ci)),
            f(lon, 6),
            f(lat, 6),
            V::I(total),
            V::I((total as f64 * r.unif(0.0, 0.15)).round() as i64),
            V::I((total / 50).max(1)),
            s(*r.pick(&fees)),
            s(if kind == "道路停车泊位" {
                "07:00-21:00"
            } else {
                "00:00-24:00"
            }),
            s(format!(
                "{}城市停车管理服务中心",
                if ci == 0 {
                    "滨州市"
                } else {
                    COUNTIES[ci].name
                }
            )),
            s(landline(&mut r, ci)),
        ]);
    }
    out.put("jtysj", "public-parking", "public-parking.csv", &to_csv(&t))
}

fn taxi_trajectories(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("jtysj/taxi-trajectories");
    let mut t = Table::new(&[
        "车辆编号",
        "定位时间",
        "经度",
        "纬度",
        "速度(km/h)",
        "方向角",
        "营运状态",
    ]);
    let mut lon = bohai_lon(18);
    let mut lat = huanghe_lat(5);
    let mut loaded = false;
    for i in 0..24 {
        let sec = 8 * 3600 + i * 30;
        let speed = r.unif(0.0, 52.0);
        let heading = r.int(0, 359);
        lon += r.norm() * 0.0015;
        lat += r.norm() * 0.0012;
        if i % 9 == 0 {
            loaded = !loaded;
        }
        t.push(vec![
            s("BZT-0**7"),
            s(format!(
                "2026-11-26 {:02}:{:02}:{:02}",
                sec / 3600,
                sec / 60 % 60,
                sec % 60
            )),
            f(lon, 6),
            f(lat, 6),
            f(speed, 1),
            V::I(heading),
            s(if loaded { "载客" } else { "空车" }),
        ]);
    }
    out.put(
        "jtysj",
        "taxi-trajectories",
        "taxi-trajectories-sample.ndjson",
        &to_ndjson(&t),
    )
}

// ================================================================ 卫生健康

fn medical_institutions(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("wsjkw/medical-institutions");
    let mut t = Table::new(&[
        "机构名称",
        "机构类别",
        "经营性质",
        "医院等级",
        "所属区县",
        "地址",
        "联系电话",
        "编制床位数",
        "诊疗科目",
        "医保定点",
    ]);
    let full = "内科；外科；妇产科；儿科；眼科；耳鼻咽喉科；口腔科；急诊医学科；康复医学科；医学影像科；中医科";
    let big: [(&str, usize, &str, &str, i64); 17] = [
        ("滨州医学院附属医院", 0, "综合医院", "三级甲等", 2600),
        ("滨州市人民医院", 0, "综合医院", "三级甲等", 2000),
        ("滨州市中心医院", 3, "综合医院", "三级甲等", 1500),
        ("滨州市中医医院", 0, "中医医院", "三级甲等", 900),
        ("滨州市妇幼保健院", 0, "妇幼保健院", "二级甲等", 400),
        ("滨州市第二人民医院", 0, "专科医院", "二级甲等", 500),
        ("滨城区人民医院", 0, "综合医院", "二级甲等", 600),
        ("沾化区人民医院", 1, "综合医院", "二级甲等", 650),
        ("惠民县人民医院", 2, "综合医院", "二级甲等", 800),
        ("阳信县人民医院", 3, "综合医院", "二级甲等", 600),
        ("无棣县人民医院", 4, "综合医院", "二级甲等", 700),
        ("博兴县人民医院", 5, "综合医院", "二级甲等", 800),
        ("邹平市人民医院", 6, "综合医院", "三级乙等", 1100),
        ("惠民县中医院", 2, "中医医院", "二级甲等", 400),
        ("博兴县中医医院", 5, "中医医院", "二级甲等", 450),
        ("邹平市中医院", 6, "中医医院", "二级甲等", 500),
        ("无棣县中医院", 4, "中医医院", "二级甲等", 320),
    ];
    for (name, ci, kind, grade, beds) in big {
        t.push(vec![
            s(name),
            s(kind),
            s("非营利性"),
            s(grade),
            s(COUNTIES[ci].name),
            s(address(&mut r, ci)),
            s(landline(&mut r, ci)),
            V::I(beds),
            s(if kind == "综合医院" {
                full
            } else if kind == "中医医院" {
                "中医科；内科；外科；针灸科；推拿科；康复医学科"
            } else {
                "妇产科；儿科；预防保健科；医学检验科"
            }),
            V::B(true),
        ]);
    }
    for (ci, town) in TOWNS {
        let street = town.ends_with("街道");
        let name = if street {
            format!("{}{}社区卫生服务中心", COUNTIES[*ci].name, town)
        } else {
            format!("{}{}卫生院", COUNTIES[*ci].name, town)
        };
        t.push(vec![
            s(name),
            s(if street {
                "社区卫生服务中心"
            } else {
                "乡镇卫生院"
            }),
            s("非营利性"),
            s(if r.chance(0.2) {
                "一级甲等"
            } else {
                "未定级"
            }),
            s(COUNTIES[*ci].name),
            s(if street {
                address(&mut r, *ci)
            } else {
                format!("滨州市{}{}驻地", COUNTIES[*ci].name, town)
            }),
            s(landline(&mut r, *ci)),
            V::I(if street { r.int(0, 40) } else { r.int(20, 120) }),
            s("全科医疗科；内科；中医科；预防保健科；医学检验科"),
            V::B(true),
        ]);
    }
    for _ in 0..44 {
        let ci = rand_county(&mut r);
        let (name, kind, subjects) = match r.int(0, 3) {
            0 => (
                format!("{}{}口腔门诊部", COUNTIES[ci].short, r.pick(ZIHAO)),
                "门诊部",
                "口腔科",
            ),
            1 => (
                format!("{}{}中医诊所", COUNTIES[ci].name, r.pick(ZIHAO)),
                "诊所",
                "中医科",
            ),
            2 => (
                format!("{}{}综合门诊部", COUNTIES[ci].short, r.pick(ZIHAO)),
                "门诊部",
                "内科；外科；医学检验科",
            ),
            _ => (
                format!("{}{}诊所", COUNTIES[ci].name, r.pick(ZIHAO)),
                "诊所",
                "内科；全科医疗科",
            ),
        };
        t.push(vec![
            s(name),
            s(kind),
            s("营利性"),
            s("未定级"),
            s(COUNTIES[ci].name),
            s(address(&mut r, ci)),
            s(landline(&mut r, ci)),
            V::I(0),
            s(subjects),
            V::B(r.chance(0.55)),
        ]);
    }
    out.put(
        "wsjkw",
        "medical-institutions",
        "medical-institutions.csv",
        &to_csv(&t),
    )
}

fn flu_sentinel(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("wsjkw/flu-sentinel-weekly");
    let mut t = Table::new(&[
        "年份",
        "周次",
        "周起始日期",
        "周结束日期",
        "哨点医院数",
        "门急诊就诊人次",
        "流感样病例数",
        "流感样病例百分比(%)",
        "检测标本数",
        "流感病毒阳性数",
        "阳性率(%)",
        "优势毒株",
    ]);
    let week1 = Date::ymd(2025, 12, 29);
    for w in 1..=47 {
        let start = week1.add(7 * (w - 1));
        // Flu season: high in January, a trough in summer, rising again in November.
        let x = w as f64;
        let activity = (1.0 - x / 9.0).max(0.0) * 0.9 + ((x - 42.0) / 6.0).clamp(0.0, 1.0) * 0.55;
        let visits = r.int(9_800, 13_500);
        let ili_pct = 2.4 + 5.0 * activity + 0.25 * r.norm();
        let ili = (visits as f64 * ili_pct / 100.0).round() as i64;
        let tested = r.int(90, 140);
        let pos_rate = (3.0 + 42.0 * activity + 2.0 * r.norm()).max(0.0);
        let pos = (tested as f64 * pos_rate / 100.0).round() as i64;
        let strain = if pos < 5 {
            "—"
        } else if w <= 8 {
            "A(H3N2)"
        } else if w <= 18 {
            "B(Victoria)"
        } else {
            "A(H1N1)pdm09"
        };
        t.push(vec![
            V::I(2026),
            V::I(w),
            s(start.s()),
            s(start.add(6).s()),
            V::I(6),
            V::I(visits),
            V::I(ili),
            f(ili as f64 * 100.0 / visits as f64, 2),
            V::I(tested),
            V::I(pos),
            f(pos as f64 * 100.0 / tested as f64, 1),
            s(strain),
        ]);
    }
    out.put(
        "wsjkw",
        "flu-sentinel-weekly",
        "flu-sentinel-weekly-2026.csv",
        &to_csv(&t),
    )
}

fn hmx_family_doctors(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("hmx-wsjkj/hmx-family-doctor-teams");
    let mut t = Table::new(&[
        "团队编号",
        "团队名称",
        "所属机构",
        "所在乡镇（街道）",
        "团队长",
        "团队人数",
        "服务村（社区）数",
        "签约人数",
        "重点人群签约人数",
        "服务热线",
        "服务时间",
    ]);
    let mut n = 0;
    for town in towns_of(2) {
        let street = town.ends_with("街道");
        let inst = if street {
            format!("惠民县{town}社区卫生服务中心")
        } else {
            format!("惠民县{town}卫生院")
        };
        for k in 1..=r.int(2, 5) {
            n += 1;
            let signed = r.int(1_800, 6_500);
            t.push(vec![
                s(format!("HMJT{n:03}")),
                s(format!("{}家庭医生团队{}", town, cn_num(k))),
                s(inst.clone()),
                s(town),
                s(person_name(&mut r)),
                V::I(r.int(4, 8)),
                V::I(r.int(4, 14)),
                V::I(signed),
                V::I((signed as f64 * r.unif(0.45, 0.7)).round() as i64),
                s(mobile(&mut r)),
                s(*r.pick(&[
                    "周一至周五 08:00-17:30",
                    "周一至周六 08:00-17:00",
                    "每日 08:00-20:00",
                ])),
            ]);
        }
    }
    out.put(
        "hmx-wsjkj",
        "hmx-family-doctor-teams",
        "hmx-family-doctor-teams.csv",
        &to_csv(&t),
    )
}

// ================================================================ 统计局

fn gdp_quarterly(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("tjj/gdp-quarterly");
    // Annual GDP (亿元).
    let years: [(i64, f64); 6] = [
        (2021, 2872.1),
        (2022, 2976.0),
        (2023, 3128.4),
        (2024, 3305.2),
        (2025, 3481.7),
        (2026, 3662.0),
    ];
    let share = [0.226, 0.478, 0.736, 1.0];
    // Cumulative real growth by quarter (2021 rebounds from the 2020 base).
    let growth_q: [[f64; 4]; 6] = [
        [18.6, 13.4, 10.2, 8.5],
        [5.1, 2.6, 3.4, 4.0],
        [5.0, 6.3, 6.0, 6.1],
        [5.9, 5.6, 5.7, 5.8],
        [5.7, 5.6, 5.5, 5.6],
        [5.5, 5.4, 5.3, 0.0],
    ];
    let retail_q: [[f64; 4]; 6] = [
        [28.5, 20.1, 14.6, 12.3],
        [2.1, -1.5, 0.8, -0.2],
        [6.5, 9.2, 7.8, 7.6],
        [5.2, 4.8, 4.9, 5.1],
        [5.6, 5.9, 5.3, 5.2],
        [4.8, 4.6, 4.5, 0.0],
    ];
    let prim = [0.062, 0.078, 0.088, 0.094];
    let mut t = Table::new(&[
        "年份",
        "季度",
        "统计截止日期",
        "地区生产总值(亿元)",
        "地区生产总值同比增长(%)",
        "第一产业增加值(亿元)",
        "第二产业增加值(亿元)",
        "第三产业增加值(亿元)",
        "规模以上工业增加值同比增长(%)",
        "固定资产投资同比增长(%)",
        "社会消费品零售总额(亿元)",
        "社会消费品零售总额同比增长(%)",
        "一般公共预算收入(亿元)",
        "城镇居民人均可支配收入(元)",
        "农村居民人均可支配收入(元)",
    ]);
    for (y, gdp) in years {
        let yi = (y - 2021) as usize;
        for q in 0..4 {
            if y == 2026 && q == 3 {
                break;
            }
            let end = match q {
                0 => Date::ymd(y, 3, 31),
                1 => Date::ymd(y, 6, 30),
                2 => Date::ymd(y, 9, 30),
                _ => Date::ymd(y, 12, 31),
            };
            let v = gdp * share[q] * (1.0 + 0.004 * r.norm());
            let g = growth_q[yi][q];
            let p1 = v * prim[q];
            let p2 = v * (0.395 + 0.01 * r.norm());
            let retail_year = 1050.0 * (1.045f64).powi((y - 2021) as i32);
            let income_u = 43_000.0 * (1.05f64).powi((y - 2021) as i32);
            let income_r = 20_500.0 * (1.065f64).powi((y - 2021) as i32);
            let qshare = [0.27, 0.52, 0.76, 1.0][q];
            t.push(vec![
                V::I(y),
                s(format!("{}季度", ["一", "二", "三", "四"][q])),
                s(end.s()),
                f(v, 1),
                f(g, 1),
                f(p1, 1),
                f(p2, 1),
                f(v - p1 - p2, 1),
                f(g * 1.15 + 0.6 * r.norm(), 1),
                f(if y == 2022 { 3.5 } else { 5.2 } + 2.5 * r.norm(), 1),
                f(retail_year * share[q] * (1.0 + 0.01 * r.norm()), 1),
                f(retail_q[yi][q], 1),
                f(
                    235.0 * (1.04f64).powi((y - 2021) as i32) * share[q] * (1.0 + 0.02 * r.norm()),
                    1,
                ),
                V::I((income_u * qshare).round() as i64),
                V::I((income_r * qshare * if q == 0 { 1.12 } else { 1.0 }).round() as i64),
            ]);
        }
    }
    out.put(
        "tjj",
        "gdp-quarterly",
        "gdp-quarterly-2021-2026.csv",
        &to_csv(&t),
    )?;
    out.put(
        "tjj",
        "gdp-quarterly",
        "gdp-quarterly-2021-2026.json",
        &to_json(&t),
    )
}

/// 2025 year-end resident population (万人) by county.
const POP_2025: [f64; 7] = [88.6, 33.9, 58.4, 43.1, 42.7, 48.8, 76.2];

fn resident_population(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("tjj/resident-population");
    let mut t = Table::new(&[
        "年份",
        "地区",
        "年末常住人口(万人)",
        "城镇人口(万人)",
        "城镇化率(%)",
        "出生率(‰)",
        "死亡率(‰)",
        "自然增长率(‰)",
    ]);
    let urban25 = [0.86, 0.53, 0.50, 0.52, 0.51, 0.58, 0.65];
    for y in 2015..=2025 {
        let back = (2025 - y) as f64;
        let birth_base = if y <= 2017 {
            12.5 - (2017 - y) as f64 * 0.3
        } else {
            12.5 - (y - 2017) as f64 * 0.75
        };
        let mut tot = (0.0, 0.0, 0.0, 0.0);
        let mut rows = Vec::new();
        for (ci, c) in COUNTIES.iter().enumerate() {
            let p = POP_2025[ci] * (1.0 + 0.0012 * back) + 0.05 * r.norm();
            let u = (urban25[ci] - 0.011 * back).min(0.95);
            let br = (birth_base + 0.6 * r.norm()).max(4.8);
            let dr = 7.4 + 0.08 * (10.0 - back) + 0.4 * r.norm();
            tot.0 += p;
            tot.1 += p * u;
            tot.2 += p * br;
            tot.3 += p * dr;
            rows.push((c.name, p, u, br, dr));
        }
        t.push(vec![
            V::I(y),
            s("滨州市"),
            f(tot.0, 2),
            f(tot.1, 2),
            f(tot.1 / tot.0 * 100.0, 2),
            f(tot.2 / tot.0, 2),
            f(tot.3 / tot.0, 2),
            f((tot.2 - tot.3) / tot.0, 2),
        ]);
        for (name, p, u, br, dr) in rows {
            t.push(vec![
                V::I(y),
                s(name),
                f(p, 2),
                f(p * u, 2),
                f(u * 100.0, 2),
                f(br, 2),
                f(dr, 2),
                f(br - dr, 2),
            ]);
        }
    }
    out.put(
        "tjj",
        "resident-population",
        "resident-population-2015-2025.csv",
        &to_csv(&t),
    )
}

// ================================================================ 发展和改革委员会

fn dual_publicity_licenses(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("fgw/dual-publicity-licenses");
    let mut u = Uscc::new();
    let mut gov = Uscc::new();
    let mut authorities: Vec<(String, String)> = vec![(
        "滨州市行政审批服务局".to_string(),
        gov.make(&mut r, "11", "371600", 1.0),
    )];
    for c in &COUNTIES {
        authorities.push((
            format!("{}行政审批服务局", c.name),
            gov.make(&mut r, "11", c.code, 1.0),
        ));
    }
    let mut t = Table::new(&[
        "行政相对人名称",
        "行政相对人类别",
        "行政相对人统一社会信用代码",
        "行政许可决定文书名称",
        "行政许可决定文书号",
        "许可类别",
        "许可证书名称",
        "许可编号",
        "许可内容",
        "许可决定日期",
        "有效期自",
        "有效期至",
        "许可机关",
        "许可机关统一社会信用代码",
        "数据来源单位",
    ]);
    let mut rows: Vec<(Date, usize, Vec<V>)> = Vec::new();
    for i in 0..230 {
        let ci = rand_county(&mut r);
        let c = &COUNTIES[ci];
        let city = r.chance(0.2);
        let (auth, auth_code) = authorities[if city { 0 } else { ci + 1 }].clone();
        let date = rand_date(&mut r, Date::ymd(2026, 8, 24), Date::ymd(2026, 11, 23));
        let date = if date.weekday() >= 5 {
            date.add(-(date.weekday() - 4))
        } else {
            date
        };
        let individual = r.chance(0.35);
        let (name, class, code) = if individual {
            (
                format!(
                    "{}{}{}",
                    c.name,
                    r.pick(ZIHAO),
                    r.pick(&["便利店", "餐馆", "药店", "快餐店", "烟酒超市"])
                ),
                "个体工商户",
                u.make(&mut r, "92", c.code, 1.0),
            )
        } else {
            let trade = *r.pick(TRADES);
            (
                company(&mut r, ci, trade),
                "法人及非法人组织",
                u.make(&mut r, "91", c.code, 0.6),
            )
        };
        let seq = r.int(1, 9999);
        let pick = if individual { r.int(0, 3) } else { r.int(0, 6) };
        let (cert, kind, no, content, years) = match pick {
            0 | 1 => (
                "食品经营许可证",
                "普通",
                format!(
                    "JY{}{}{:06}{}",
                    if individual { 2 } else { 1 },
                    c.code,
                    r.int(1, 99999),
                    r.int(0, 9)
                ),
                "预包装食品销售（含冷藏冷冻食品）；散装食品销售（不含散装熟食）".to_string(),
                5,
            ),
            2 => (
                "药品经营许可证",
                "普通",
                format!("鲁DA543{:04}", seq),
                "处方药、甲类非处方药、乙类非处方药：中成药、化学药、生物制品（除疫苗）"
                    .to_string(),
                5,
            ),
            3 => (
                "公共场所卫生许可证",
                "普通",
                format!("滨卫公字〔2026〕第{:04}号", seq),
                r.pick(&["住宿", "沐浴", "美容美发", "游泳场所"])
                    .to_string(),
                4,
            ),
            4 => (
                "道路运输经营许可证",
                "普通",
                format!("鲁交运管许可滨字{}{:06}号", c.code, seq),
                "道路普通货物运输".to_string(),
                4,
            ),
            5 => (
                "城镇污水排入排水管网许可证",
                "普通",
                format!("鲁滨排字第2026{:04}号", seq),
                "排水类别：生活污水；排水口数量：1个".to_string(),
                5,
            ),
            _ => (
                "取水许可证",
                "普通",
                format!("取水（鲁滨）字〔2026〕第{:04}号", seq),
                format!("取水量{}万立方米/年", r.int(2, 60)),
                5,
            ),
        };
        rows.push((
            date,
            i,
            vec![
                s(name),
                s(class),
                s(code),
                s(format!("准予行政许可决定书（{cert}）")),
                s(format!(
                    "{}许准字〔2026〕{}号",
                    if city { "滨审批" } else { c.short },
                    seq
                )),
                s(kind),
                s(cert),
                s(no),
                s(content),
                s(date.s()),
                s(date.s()),
                s(date.add_months(12 * years).add(-1).s()),
                s(auth),
                s(auth_code),
                s(if city {
                    "滨州市行政审批服务局".to_string()
                } else {
                    format!("{}行政审批服务局", c.name)
                }),
            ],
        ));
    }
    rows.sort_by_key(|x| (x.0, x.1));
    for (_, _, row) in rows {
        t.push(row);
    }
    out.put(
        "fgw",
        "dual-publicity-licenses",
        "admin-licenses-2026.csv",
        &to_csv(&t),
    )
}

fn price_monitoring(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("fgw/price-monitoring");
    // (品种, 规格等级, 单位, 基准价, 季节幅度, 峰值日, 波动)
    let items: [(&str, &str, &str, f64, f64, i64, f64); 24] = [
        ("粳米", "标一", "元/500克", 2.95, 0.00, 1, 0.004),
        ("面粉", "特一", "元/500克", 2.45, 0.00, 1, 0.004),
        ("大豆油", "5L桶装", "元/桶", 62.0, 0.00, 1, 0.006),
        ("花生油", "5L桶装", "元/桶", 135.0, 0.00, 1, 0.006),
        ("猪肉", "精瘦肉", "元/500克", 14.5, 0.06, 20, 0.02),
        ("猪肉", "五花肉", "元/500克", 12.8, 0.06, 20, 0.02),
        ("牛肉", "鲜腱子肉", "元/500克", 37.5, 0.03, 20, 0.008),
        ("羊肉", "鲜羊腿肉", "元/500克", 40.0, 0.05, 10, 0.008),
        ("白条鸡", "开膛", "元/500克", 10.5, 0.03, 30, 0.012),
        ("鸡蛋", "鲜鸡蛋", "元/500克", 4.6, 0.10, 240, 0.025),
        ("带鱼", "冻品中等", "元/500克", 19.0, 0.04, 30, 0.01),
        ("鲤鱼", "活鱼", "元/500克", 7.5, 0.05, 30, 0.012),
        ("大白菜", "一级", "元/500克", 1.15, 0.35, 90, 0.04),
        ("白萝卜", "一级", "元/500克", 1.2, 0.25, 100, 0.035),
        ("土豆", "一级", "元/500克", 1.9, 0.15, 120, 0.025),
        ("西红柿", "一级", "元/500克", 3.6, 0.35, 20, 0.04),
        ("黄瓜", "一级", "元/500克", 3.0, 0.35, 15, 0.045),
        ("芹菜", "一级", "元/500克", 2.6, 0.30, 30, 0.04),
        ("青椒", "一级", "元/500克", 3.5, 0.30, 25, 0.04),
        ("菠菜", "一级", "元/500克", 3.2, 0.35, 20, 0.05),
        ("豆角", "一级", "元/500克", 4.5, 0.30, 40, 0.045),
        ("苹果", "富士一级", "元/500克", 4.2, 0.10, 180, 0.015),
        ("香蕉", "一级", "元/500克", 3.6, 0.08, 200, 0.015),
        ("牛奶", "袋装250mL", "元/袋", 1.9, 0.00, 1, 0.003),
    ];
    let mut t = Table::new(&[
        "监测日期",
        "品种",
        "规格等级",
        "计量单位",
        "平均价格(元)",
        "环比(%)",
        "监测点数",
    ]);
    let mut noise = [0.0f64; 24];
    let mut prev = [0.0f64; 24];
    let mut first = true;
    let mut d = Date::ymd(2025, 12, 29);
    while d <= Date::ymd(2026, 11, 23) {
        for (k, it) in items.iter().enumerate() {
            noise[k] = 0.8 * noise[k] + it.6 * r.norm();
            let price = it.3 * (1.0 + it.4 * (season(d, it.5) - 0.5) + noise[k]);
            let price = (price * 100.0).round() / 100.0;
            if !first {
                let row = vec![
                    s(d.s()),
                    s(it.0),
                    s(it.1),
                    s(it.2),
                    f(price, 2),
                    f((price / prev[k] - 1.0) * 100.0, 1),
                    V::I(8),
                ];
                // A row submitted twice by a monitoring point, left in on purpose.
                let dup = d == Date::ymd(2026, 6, 15) && it.0 == "鸡蛋";
                if dup {
                    t.push(row.clone());
                }
                t.push(row);
            }
            prev[k] = price;
        }
        first = false;
        d = d.add(7);
    }
    out.put(
        "fgw",
        "price-monitoring",
        "price-monitoring-2026.csv",
        &to_csv(&t),
    )
}

// ================================================================ 民政

fn elderly_care(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("mzj/elderly-care-institutions");
    let mut t = Table::new(&[
        "机构名称",
        "机构类型",
        "运营方式",
        "所属区县",
        "地址",
        "床位总数",
        "护理型床位数",
        "收住对象",
        "等级评定",
        "医养结合",
        "联系电话",
    ]);
    let mut add = |r: &mut Rng, name: String, kind: &str, mode: &str, ci: usize, beds: i64| {
        let grades = ["一星级", "二星级", "三星级", "四星级", "未评定", "未评定"];
        t.push(vec![
            s(name),
            s(kind),
            s(mode),
            s(COUNTIES[ci].name),
            s(address(r, ci)),
            V::I(beds),
            V::I((beds as f64 * r.unif(0.3, 0.7)).round() as i64),
            s(*r.pick(&[
                "自理、半失能、失能老年人",
                "半失能、失能老年人",
                "特困供养人员",
                "自理、半失能老年人",
            ])),
            s(*r.pick(&grades)),
            V::B(r.chance(0.5)),
            s(landline(r, ci)),
        ]);
    };
    add(
        &mut r,
        "滨州市社会福利中心".to_string(),
        "社会福利院",
        "公办公营",
        0,
        600,
    );
    for (ci, c) in COUNTIES.iter().enumerate() {
        let beds = r.int(150, 400);
        add(
            &mut r,
            format!("{}社会福利中心", c.name),
            "社会福利院",
            "公建民营",
            ci,
            beds,
        );
    }
    for (ci, town) in TOWNS {
        if town.ends_with("街道") || !r.chance(0.45) {
            continue;
        }
        let beds = r.int(40, 160);
        let mode = if r.chance(0.5) {
            "公办公营"
        } else {
            "公建民营"
        };
        add(
            &mut r,
            format!("{}{}敬老院", COUNTIES[*ci].name, town),
            "敬老院",
            mode,
            *ci,
            beds,
        );
    }
    for _ in 0..22 {
        let ci = rand_county(&mut r);
        let (name, kind) = match r.int(0, 2) {
            0 => (format!("滨州{}颐养院", r.pick(ZIHAO)), "养老院"),
            1 => (
                format!("{}{}老年公寓", COUNTIES[ci].short, r.pick(ZIHAO)),
                "老年公寓",
            ),
            _ => (
                format!("{}{}护理院", COUNTIES[ci].short, r.pick(ZIHAO)),
                "护理院",
            ),
        };
        let beds = r.int(60, 500);
        add(&mut r, name, kind, "民办", ci, beds);
    }
    out.put(
        "mzj",
        "elderly-care-institutions",
        "elderly-care-institutions.csv",
        &to_csv(&t),
    )
}

fn dibao_statistics(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("mzj/dibao-statistics");
    let mut t = Table::new(&[
        "统计截止日期",
        "地区",
        "城市低保户数",
        "城市低保人数",
        "城市低保标准(元/人·月)",
        "城市低保金支出(万元)",
        "农村低保户数",
        "农村低保人数",
        "农村低保标准(元/人·月)",
        "农村低保金支出(万元)",
        "特困供养人数",
    ]);
    let base_u = [2350.0, 310.0, 620.0, 540.0, 480.0, 450.0, 720.0];
    let base_r = [3100.0, 5200.0, 7400.0, 6100.0, 5800.0, 4300.0, 5600.0];
    let mut m = Date::ymd(2025, 1, 1);
    while m <= Date::ymd(2026, 10, 1) {
        let end = m.add_months(1).add(-1);
        let (su, sr) = if m.year() == 2025 {
            (1005.0, 805.0)
        } else {
            (1040.0, 845.0)
        };
        let k = (m.year() - 2025) as f64 * 12.0 + (m.month() - 1) as f64;
        let mut tot = [0.0f64; 7];
        let mut rows = Vec::new();
        for (ci, c) in COUNTIES.iter().enumerate() {
            let uh = (base_u[ci] * (1.0 - 0.002 * k) + 6.0 * r.norm()).round();
            let up = (uh * r.unif(1.55, 1.7)).round();
            let rh = (base_r[ci] * (1.0 - 0.0015 * k) + 12.0 * r.norm()).round();
            let rp = (rh * r.unif(1.3, 1.42)).round();
            let ue = up * su * r.unif(0.55, 0.62) / 10_000.0;
            let re = rp * sr * r.unif(0.6, 0.68) / 10_000.0;
            let tk = (rh * r.unif(0.17, 0.21)).round();
            for (i, v) in [uh, up, ue, rh, rp, re, tk].iter().enumerate() {
                tot[i] += v;
            }
            rows.push((c.name, [uh, up, ue, rh, rp, re, tk]));
        }
        rows.insert(0, ("滨州市", tot));
        for (name, v) in rows {
            t.push(vec![
                s(end.s()),
                s(name),
                V::I(v[0] as i64),
                V::I(v[1] as i64),
                V::I(su as i64),
                f(v[2], 2),
                V::I(v[3] as i64),
                V::I(v[4] as i64),
                V::I(sr as i64),
                f(v[5], 2),
                V::I(v[6] as i64),
            ]);
        }
        m = m.add_months(1);
    }
    out.put(
        "mzj",
        "dibao-statistics",
        "dibao-statistics-monthly.csv",
        &to_csv(&t),
    )
}

fn village(r: &mut Rng) -> String {
    match r.int(0, 3) {
        0 => format!("{}家村", r.pick(SURNAMES)),
        1 => format!("{}家庄村", r.pick(SURNAMES)),
        2 => format!(
            "{}{}村",
            r.pick(&["东", "西", "南", "北", "前", "后", "大", "小"]),
            r.pick(SURNAMES)
        ),
        _ => format!(
            "{}{}村",
            r.pick(&["新", "兴", "张", "马", "刘", "孟", "蒋"]),
            r.pick(&["庄", "集", "店", "桥", "屯"])
        ),
    }
}

fn bxx_dibao_recipients(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("bxx-mzj/bxx-dibao-recipients");
    let mut t = Table::new(&[
        "序号",
        "镇（街道）",
        "村（社区）",
        "姓名",
        "身份证号码",
        "保障类别",
        "保障人数",
        "月保障金额(元)",
        "保障起始日期",
    ]);
    let towns = towns_of(5);
    let mut n = 0;
    for town in &towns {
        let street = town.ends_with("街道");
        for _ in 0..r.int(10, 19) {
            n += 1;
            let male = r.chance(0.55);
            let birth = if r.chance(0.7) {
                rand_date(&mut r, Date::ymd(1934, 1, 1), Date::ymd(1962, 12, 31))
            } else {
                rand_date(&mut r, Date::ymd(1963, 1, 1), Date::ymd(2004, 12, 31))
            };
            let persons = *r.pick(&[1, 1, 1, 1, 2, 2, 3, 4]);
            let std_ = if street { 1040 } else { 845 };
            let amount = (persons as f64 * r.unif(0.45, 1.0) * std_ as f64).round() as i64;
            let community = if street {
                format!(
                    "{}社区",
                    r.pick(&[
                        "锦秋", "博城", "新华", "乐安", "兴福", "湖滨", "纯化", "东关"
                    ])
                )
            } else {
                village(&mut r)
            };
            t.push(vec![
                V::I(n),
                s(*town),
                s(community),
                s(person_name(&mut r)),
                s(resident_id(&mut r, "371625", birth, male)),
                s(if street {
                    "城市低保"
                } else {
                    "农村低保"
                }),
                V::I(persons),
                V::I(amount),
                s(first_of_month(rand_date(
                    &mut r,
                    Date::ymd(2014, 1, 1),
                    Date::ymd(2026, 10, 31),
                ))
                .s()),
            ]);
        }
    }
    out.put(
        "bxx-mzj",
        "bxx-dibao-recipients",
        "bxx-dibao-recipients-2026-11.csv",
        &to_csv(&t),
    )
}

// ================================================================ 自然资源和规划局

fn township_seats(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zrzyj/township-seats");
    let mut t = Table::new(&[
        "名称",
        "区划代码",
        "类型",
        "所属区县",
        "驻地",
        "经度",
        "纬度",
    ]);
    for (ci, c) in COUNTIES.iter().enumerate() {
        let mut street_no = 0;
        let mut town_no = 100;
        for town in towns_of(ci) {
            let kind = if town.ends_with("街道") {
                "街道"
            } else if town.ends_with('乡') {
                "乡"
            } else {
                "镇"
            };
            let code = if kind == "街道" {
                street_no += 1;
                street_no
            } else {
                town_no += 1;
                town_no
            };
            let (lon, lat) = point(&mut r, ci, if kind == "街道" { 0.012 } else { 0.075 });
            t.push(vec![
                s(town),
                s(format!("{}{:03}", c.code, code)),
                s(kind),
                s(c.name),
                s(format!("{}{}号", r.pick(ROADS), r.int(1, 400))),
                f(lon, 6),
                f(lat, 6),
            ]);
        }
    }
    out.put(
        "zrzyj",
        "township-seats",
        "township-seats.geojson",
        &to_geojson(&t, "经度", "纬度"),
    )
}

fn land_supply(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zrzyj/land-supply");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "电子监管号",
        "项目名称",
        "所属区县",
        "土地坐落",
        "土地用途",
        "供地方式",
        "面积(公顷)",
        "成交价格(万元)",
        "土地级别",
        "容积率下限",
        "容积率上限",
        "约定交地日期",
        "合同签订日期",
        "土地使用权人",
        "使用权人统一社会信用代码",
    ]);
    let mut rows: Vec<(Date, usize, Vec<V>)> = Vec::new();
    let mut seq = [0i64; 7];
    for i in 0..78 {
        let ci = rand_county(&mut r);
        let c = &COUNTIES[ci];
        let signed = rand_date(&mut r, Date::ymd(2026, 1, 12), Date::ymd(2026, 11, 10));
        let roll = r.int(0, 9);
        let (usage, way, project, owner, ratio) = match roll {
            0..=4 => {
                let trade = *r.pick(&["新材料", "机械", "纺织", "食品", "化工", "电子"]);
                let owner = company(&mut r, ci, trade);
                (
                    "工业用地",
                    "挂牌出让",
                    format!(
                        "{}年产{}万{}{}项目",
                        owner.trim_end_matches("有限公司"),
                        r.int(1, 50),
                        r.pick(&["吨", "件", "套"]),
                        r.pick(&["生产线建设", "扩建", "技术改造"])
                    ),
                    owner,
                    (1.0, 2.0),
                )
            }
            5..=6 => {
                let owner = company(&mut r, ci, "置业");
                (
                    "城镇住宅用地",
                    *r.pick(&["挂牌出让", "拍卖出让"]),
                    format!(
                        "{}{}项目",
                        r.pick(ZIHAO),
                        r.pick(&["府", "苑", "华庭", "名邸", "雅居"])
                    ),
                    owner,
                    (1.0, 2.5),
                )
            }
            7 => {
                let owner = company(&mut r, ci, "商业管理");
                (
                    "商服用地",
                    "挂牌出让",
                    format!("{}商业综合体项目", r.pick(ZIHAO)),
                    owner,
                    (1.0, 3.0),
                )
            }
            8 => (
                "公共管理与公共服务用地",
                "划拨",
                format!("{}第{}实验学校建设项目", c.name, cn_num(r.int(2, 9))),
                format!("{}教育和体育局", c.name),
                (0.5, 1.5),
            ),
            _ => {
                let owner = company(&mut r, ci, "物流");
                (
                    "仓储用地",
                    "挂牌出让",
                    format!("{}智慧物流园项目", owner.trim_end_matches("有限公司")),
                    owner,
                    (1.0, 2.0),
                )
            }
        };
        let area = match usage {
            "工业用地" => r.unif(1.2, 18.0),
            "城镇住宅用地" => r.unif(2.0, 9.0),
            _ => r.unif(0.8, 6.0),
        };
        let unit = match usage {
            "工业用地" | "仓储用地" => r.unif(15.0, 24.0),
            "城镇住宅用地" => r.unif(180.0, 520.0) * if ci == 0 { 1.6 } else { 1.0 },
            "商服用地" => r.unif(120.0, 300.0),
            _ => 0.0,
        };
        let code = if way == "划拨" {
            let mut g = Uscc::new();
            g.make(&mut r, "11", c.code, 1.0)
        } else {
            u.make(&mut r, "91", c.code, 0.6)
        };
        seq[ci] += 1;
        let location = if ci == 0 {
            format!(
                "黄河{}路以南、渤海{}路以东",
                cn_num(r.int(1, 12)),
                cn_num(r.int(1, 29))
            )
        } else {
            format!(
                "{}{}以{}、{}以{}",
                c.name,
                r.pick(ROADS),
                r.pick(&["南", "北"]),
                r.pick(ROADS),
                r.pick(&["东", "西"])
            )
        };
        rows.push((
            signed,
            i,
            vec![
                V::E,
                s(project),
                s(c.name),
                s(location),
                s(usage),
                s(way),
                f(area, 4),
                f(area * unit, 2),
                s(format!("{}级", cn_num(r.int(1, 5)))),
                f(ratio.0, 1),
                f(ratio.1, 1),
                s(signed.add(r.int(30, 180)).s()),
                s(signed.s()),
                s(owner),
                s(code),
            ],
        ));
    }
    rows.sort_by_key(|x| (x.0, x.1));
    let mut n = [0i64; 7];
    for (_, _, mut row) in rows {
        let ci = COUNTIES
            .iter()
            .position(|c| row[2].text() == c.name)
            .unwrap_or(0);
        n[ci] += 1;
        row[0] = s(format!("{}2026B{:05}", COUNTIES[ci].code, n[ci] * 3 + 17));
        t.push(row);
    }
    out.put("zrzyj", "land-supply", "land-supply-2026.csv", &to_csv(&t))
}

fn surveying_products(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zrzyj/basic-surveying-products");
    let mut t = Table::new(&[
        "成果名称",
        "比例尺",
        "图幅号",
        "覆盖区域",
        "测制年份",
        "坐标系",
        "数据格式",
        "提供方式",
    ]);
    let sheets = [
        "J50G062034",
        "J50G062035",
        "J50G063034",
        "J50G063035",
        "J50G064036",
        "J50G061033",
    ];
    for sh in sheets {
        t.push(vec![
            s("数字线划图（DLG）"),
            s("1:2000"),
            s(sh),
            s("滨州市中心城区"),
            V::I(r.int(2022, 2025)),
            s("2000国家大地坐标系"),
            s("GDB"),
            s("离线拷贝"),
        ]);
    }
    for (ci, c) in COUNTIES.iter().enumerate().skip(1) {
        t.push(vec![
            s("数字正射影像图（DOM）"),
            s("1:10000"),
            s(format!("J50H{:03}{:03}", 20 + ci * 3, 30 + ci)),
            s(format!("{}全域", c.name)),
            V::I(2025),
            s("2000国家大地坐标系"),
            s("TIFF"),
            s("离线拷贝"),
        ]);
    }
    out.put(
        "zrzyj",
        "basic-surveying-products",
        "surveying-products-index.csv",
        &to_csv(&t),
    )
}

// ================================================================ 应急管理

fn emergency_shelters(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("yjglj/emergency-shelters");
    let mut t = Table::new(&[
        "场所编号",
        "场所名称",
        "场所类型",
        "所属区县",
        "地址",
        "经度",
        "纬度",
        "有效避难面积(平方米)",
        "可容纳人数",
        "配套设施",
        "管理单位",
        "联系电话",
    ]);
    let named: [(&str, usize, i64, i64, &str); 12] = [
        ("中海公园应急避难场所", 0, 22, 6, "中心避难场所"),
        ("新立河公园应急避难场所", 0, 14, 7, "固定避难场所"),
        ("滨州奥体中心应急避难场所", 0, 24, 11, "中心避难场所"),
        ("黄河楼文化广场应急避难场所", 0, 23, 9, "固定避难场所"),
        ("蒲湖公园应急避难场所", 0, 4, 3, "固定避难场所"),
        ("秦皇河公园应急避难场所", 0, 15, 10, "固定避难场所"),
        ("滨州学院体育场应急避难场所", 0, 26, 8, "固定避难场所"),
        ("市民广场应急避难场所", 0, 18, 6, "紧急避难场所"),
        ("滨州职业学院体育场应急避难场所", 0, 27, 10, "固定避难场所"),
        ("北中新区文体公园应急避难场所", 0, 12, 1, "紧急避难场所"),
        ("梧桐公园应急避难场所", 0, 9, 9, "紧急避难场所"),
        ("高新区中央公园应急避难场所", 0, 28, 12, "固定避难场所"),
    ];
    let mut list: Vec<(String, usize, f64, f64, String)> = named
        .iter()
        .map(|(n, ci, b, h, k)| {
            (
                n.to_string(),
                *ci,
                bohai_lon(*b) + 0.002,
                huanghe_lat(*h) - 0.003,
                k.to_string(),
            )
        })
        .collect();
    for (ci, c) in COUNTIES.iter().enumerate().skip(1) {
        for place in [
            "人民广场",
            "体育中心",
            "第一中学操场",
            "第一实验小学操场",
            "城市公园",
            "文化广场",
        ] {
            if place.contains("操场") && r.chance(0.3) {
                continue;
            }
            let (lon, lat) = point(&mut r, ci, 0.012);
            let kind = if place == "体育中心" {
                "固定避难场所"
            } else {
                "紧急避难场所"
            };
            list.push((
                format!("{}{}应急避难场所", c.short, place),
                ci,
                lon,
                lat,
                kind.to_string(),
            ));
        }
    }
    for (i, (name, ci, lon, lat, kind)) in list.into_iter().enumerate() {
        let area = match kind.as_str() {
            "中心避难场所" => r.int(60_000, 150_000),
            "固定避难场所" => r.int(12_000, 60_000),
            _ => r.int(2_000, 12_000),
        };
        let facilities = match kind.as_str() {
            "中心避难场所" => {
                "应急指挥；应急供水；应急供电；应急厕所；医疗救护；物资储备；应急停机坪"
            }
            "固定避难场所" => "应急供水；应急供电；应急厕所；医疗救护；物资储备",
            _ => "应急供水；应急厕所；疏散通道标识",
        };
        t.push(vec![
            s(format!("BZBN{:03}", i + 1)),
            s(name.clone()),
            s(kind.clone()),
            s(COUNTIES[ci].name),
            s(address(&mut r, ci)),
            f(lon, 6),
            f(lat, 6),
            V::I(area),
            V::I(area / 2),
            s(facilities),
            s(if name.contains("学") {
                format!("{}教育和体育局", COUNTIES[ci].name)
            } else {
                format!(
                    "{}综合行政执法局",
                    if ci == 0 {
                        "滨州市"
                    } else {
                        COUNTIES[ci].name
                    }
                )
            }),
            s(landline(&mut r, ci)),
        ]);
    }
    out.put(
        "yjglj",
        "emergency-shelters",
        "emergency-shelters.csv",
        &to_csv(&t),
    )?;
    out.put(
        "yjglj",
        "emergency-shelters",
        "emergency-shelters.geojson",
        &to_geojson(&t, "经度", "纬度"),
    )
}

fn supply_depots(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("yjglj/emergency-supply-depots");
    let mut t = Table::new(&[
        "储备点名称",
        "级别",
        "所属区县",
        "地址",
        "主要物资",
        "物资数量(件套)",
        "库房面积(平方米)",
        "管理单位",
        "值班电话",
    ]);
    t.push(vec![
        s("滨州市级应急物资储备库"),
        s("市级"),
        s("滨城区"),
        s(address(&mut r, 0)),
        s("帐篷；折叠床；棉被；发电机；冲锋舟；救生衣；排涝泵"),
        V::I(r.int(30_000, 60_000)),
        V::I(r.int(4_000, 8_000)),
        s("滨州市应急管理局"),
        s(landline(&mut r, 0)),
    ]);
    for (ci, c) in COUNTIES.iter().enumerate() {
        t.push(vec![
            s(format!("{}应急物资储备库", c.name)),
            s("县级"),
            s(c.name),
            s(address(&mut r, ci)),
            s(if ci == 1 || ci == 4 {
                "编织袋；救生衣；冲锋舟；抽水泵；发电机；防潮物资"
            } else {
                "帐篷；棉被；折叠床；编织袋；抽水泵"
            }),
            V::I(r.int(5_000, 20_000)),
            V::I(r.int(800, 3_000)),
            s(format!("{}应急管理局", c.name)),
            s(landline(&mut r, ci)),
        ]);
    }
    out.put(
        "yjglj",
        "emergency-supply-depots",
        "supply-depots.csv",
        &to_csv(&t),
    )
}

fn wdx_rescue_teams(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("wdx-yjglj/wdx-rescue-teams");
    let mut t = Table::new(&[
        "队伍名称",
        "队伍类型",
        "主管单位",
        "驻地乡镇（街道）",
        "队员人数",
        "主要专长",
        "主要装备",
        "值班电话",
    ]);
    let fixed: [(&str, &str, &str, &str, &str); 8] = [
        (
            "无棣县消防救援大队",
            "国家综合性消防救援队伍",
            "无棣县消防救援大队",
            "综合救援；火灾扑救；危化品处置",
            "消防车；抢险救援车；破拆工具",
        ),
        (
            "无棣县防汛抗旱抢险队",
            "专业救援队",
            "无棣县水利局",
            "防汛抢险；排涝",
            "冲锋舟；排涝泵车；发电机",
        ),
        (
            "无棣县森林防火专业队",
            "专业救援队",
            "无棣县自然资源局",
            "森林灭火",
            "风力灭火机；水泵；对讲机",
        ),
        (
            "无棣县风暴潮防御抢险队",
            "专业救援队",
            "无棣县海洋发展服务中心",
            "风暴潮防御；海堤抢险",
            "编织袋；挖掘机；运输车",
        ),
        (
            "无棣县医疗应急救援队",
            "专业救援队",
            "无棣县卫生健康局",
            "医疗救护；卫生防疫",
            "救护车；急救药械",
        ),
        (
            "无棣县电力抢修队",
            "专业救援队",
            "国网无棣县供电公司",
            "电力抢修",
            "发电车；抢修车",
        ),
        (
            "无棣县民兵应急连",
            "民兵应急分队",
            "无棣县人民武装部",
            "防汛抢险；搜索救援",
            "救生衣；铁锹；照明设备",
        ),
        (
            "无棣县蓝天救援队",
            "社会救援力量",
            "无棣县应急管理局（业务指导）",
            "水上搜救；山地搜救",
            "橡皮艇；无人机；绳索器材",
        ),
    ];
    let towns = towns_of(4);
    for (name, kind, org, skill, kit) in fixed {
        let town = *r.pick(&towns[..2]);
        t.push(vec![
            s(name),
            s(kind),
            s(org),
            s(town),
            V::I(r.int(18, 120)),
            s(skill),
            s(kit),
            s(landline(&mut r, 4)),
        ]);
    }
    for town in &towns[2..] {
        t.push(vec![
            s(format!("无棣县{}应急救援队", town)),
            s("基层应急救援队"),
            s(format!("无棣县{}人民政府", town)),
            s(*town),
            V::I(r.int(15, 40)),
            s("防汛抢险；火灾初期处置；群众转移"),
            s("救生衣；抽水泵；灭火器；应急照明"),
            s(landline(&mut r, 4)),
        ]);
    }
    for _ in 0..5 {
        let name = format!(
            "{}有限公司专职消防队",
            company(&mut r, 4, "化工").trim_end_matches("有限公司")
        );
        t.push(vec![
            s(name),
            s("企业专职救援队"),
            s("所属企业"),
            s(*r.pick(&["马山子镇", "埕口镇", "海丰街道"])),
            V::I(r.int(12, 36)),
            s("危化品泄漏处置；火灾扑救"),
            s("泡沫消防车；气防车；堵漏器材"),
            s(landline(&mut r, 4)),
        ]);
    }
    out.put(
        "wdx-yjglj",
        "wdx-rescue-teams",
        "wdx-rescue-teams.csv",
        &to_csv(&t),
    )
}

// ================================================================ 住房和城乡建设

fn construction_sites(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zjj/construction-sites");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "项目名称",
        "项目代码",
        "施工许可证编号",
        "所属区县",
        "项目地址",
        "建设单位",
        "施工单位",
        "施工单位统一社会信用代码",
        "监理单位",
        "建筑面积(平方米)",
        "合同价格(万元)",
        "开工日期",
        "计划竣工日期",
        "施工状态",
        "扬尘在线监测",
        "质量安全监督机构",
        "监督电话",
    ]);
    for _ in 0..94 {
        let ci = if r.chance(0.55) {
            0
        } else {
            rand_county(&mut r)
        };
        let c = &COUNTIES[ci];
        let start = rand_date(&mut r, Date::ymd(2024, 3, 1), Date::ymd(2026, 6, 20));
        let (name, area, owner) = match r.int(0, 5) {
            0..=2 => {
                let z = *r.pick(ZIHAO);
                (
                    format!(
                        "{}{}项目（{}期）",
                        z,
                        r.pick(&["府", "苑", "华庭", "名邸", "雅居", "公馆"]),
                        cn_num(r.int(1, 3))
                    ),
                    r.int(30_000, 180_000),
                    format!("滨州{z}置业有限公司"),
                )
            }
            3 => (
                format!("{}第{}实验学校建设项目", c.name, cn_num(r.int(2, 9))),
                r.int(20_000, 60_000),
                format!("{}教育和体育局", c.name),
            ),
            4 => (
                format!(
                    "{}人民医院{}",
                    c.short,
                    r.pick(&["门诊综合楼", "病房楼", "医技楼"])
                ),
                r.int(25_000, 90_000),
                format!("{}人民医院", c.short),
            ),
            _ => {
                let trade = *r.pick(&["新材料", "机械", "食品", "纺织"]);
                let owner = company(&mut r, ci, trade);
                (
                    format!(
                        "{}厂房及配套设施建设项目",
                        owner.trim_end_matches("有限公司")
                    ),
                    r.int(8_000, 70_000),
                    owner,
                )
            }
        };
        let builder_ci = rand_county(&mut r);
        let status = if start < Date::ymd(2025, 3, 1) && r.chance(0.4) {
            "竣工验收中"
        } else if r.chance(0.06) {
            "停工"
        } else {
            "在建"
        };
        t.push(vec![
            s(name),
            s(format!(
                "{}-{}-{:02}-{:02}-{:06}",
                start.year() - r.int(0, 1),
                c.code,
                r.pick(&[47, 48, 70, 83]),
                r.int(1, 3),
                r.int(1, 999_999)
            )),
            s(format!("{}-{}-{:04}", c.code, start.year(), r.int(1, 480))),
            s(c.name),
            s(address(&mut r, ci)),
            s(owner),
            s(company(&mut r, builder_ci, "建筑工程")),
            s(u.make(&mut r, "91", COUNTIES[builder_ci].code, 0.4)),
            s(company(&mut r, 0, "工程监理")),
            V::I(area),
            f(area as f64 * r.unif(0.18, 0.32), 2),
            s(start.s()),
            s(start.add_months(r.int(12, 36)).s()),
            s(status),
            V::B(r.chance(0.9)),
            s(if ci == 0 {
                "滨州市建设工程质量安全服务中心".to_string()
            } else {
                format!("{}建设工程质量安全服务中心", c.name)
            }),
            s(landline(&mut r, ci)),
        ]);
    }
    out.put(
        "zjj",
        "construction-sites",
        "construction-sites-2026q2.csv",
        &to_csv(&t),
    )
}

fn zps_old_communities(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zps-zjj/zps-old-community-renovation");
    let mut t = Table::new(&[
        "项目名称",
        "所在街道（镇）",
        "建成年份",
        "楼栋数",
        "户数",
        "建筑面积(平方米)",
        "改造类别",
        "主要改造内容",
        "总投资(万元)",
        "开工日期",
        "完工日期",
        "项目状态",
    ]);
    let towns = [
        "黛溪街道",
        "黄山街道",
        "高新街道",
        "好生街道",
        "西董街道",
        "长山镇",
        "魏桥镇",
    ];
    let units = [
        "供电公司",
        "粮食局",
        "第一中学",
        "人民医院",
        "农机公司",
        "棉纺厂",
        "邮政局",
        "交通局",
    ];
    for i in 0..38 {
        let name = if i % 3 == 0 {
            format!("邹平市{}宿舍", r.pick(&units))
        } else {
            format!(
                "{}{}",
                r.pick(ZIHAO),
                r.pick(&["小区", "花园", "新村", "家园"])
            )
        };
        let homes = r.int(80, 900);
        let cat = *r.pick(&["基础类", "基础类+完善类", "基础类+完善类+提升类"]);
        let content = match cat {
            "基础类" => "供水、排水、供电、燃气管网改造；屋面防水；外墙保温",
            "基础类+完善类" => "管网改造；外墙保温；加装电梯；停车位和充电设施；无障碍设施",
            _ => "管网改造；外墙保温；加装电梯；养老托育设施；智慧安防；社区服务用房",
        };
        let start = rand_date(&mut r, Date::ymd(2026, 3, 2), Date::ymd(2026, 7, 31));
        let done = start.add(r.int(90, 200));
        let (status, end) = if done <= Date::ymd(2026, 10, 9) {
            ("已完工", s(done.s()))
        } else if start <= Date::ymd(2026, 10, 9) {
            ("在建", V::E)
        } else {
            ("待开工", V::E)
        };
        t.push(vec![
            s(name),
            s(*r.pick(&towns)),
            V::I(r.int(1985, 2000)),
            V::I((homes / 40).max(2)),
            V::I(homes),
            V::I(homes * r.int(72, 96)),
            s(cat),
            s(content),
            f(homes as f64 * r.unif(2.5, 6.0), 1),
            s(start.s()),
            end,
            s(status),
        ]);
    }
    out.put(
        "zps-zjj",
        "zps-old-community-renovation",
        "zps-old-community-renovation-2026.csv",
        &to_csv(&t),
    )
}

fn zps_public_rental(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zps-zjj/zps-public-rental-housing");
    let mut t = Table::new(&[
        "项目名称",
        "所在街道",
        "房源套数",
        "已分配套数",
        "户型面积(平方米)",
        "月租金标准(元/平方米)",
        "最近一次分配日期",
    ]);
    for name in [
        "黛溪公租房小区",
        "黄山公租房小区",
        "高新区人才公寓",
        "好生公租房小区",
        "西董保障性住房",
        "魏桥公租房小区",
    ] {
        let n = r.int(120, 600);
        t.push(vec![
            s(name),
            s(*r.pick(&["黛溪街道", "黄山街道", "高新街道", "好生街道", "西董街道"])),
            V::I(n),
            V::I(n - r.int(0, n / 8)),
            s(*r.pick(&["40-60", "45-60", "50-70"])),
            f(r.unif(3.5, 6.0), 1),
            s(rand_date(&mut r, Date::ymd(2026, 1, 10), Date::ymd(2026, 6, 30)).s()),
        ]);
    }
    out.put(
        "zps-zjj",
        "zps-public-rental-housing",
        "public-rental-housing-summary.csv",
        &to_csv(&t),
    )
}

// ================================================================ 气象

fn weather_daily(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("qxj/weather-daily");
    let stations: [(&str, &str, usize, f64); 7] = [
        ("54734", "滨州", 0, 0.0),
        ("54737", "沾化", 1, -0.3),
        ("54725", "惠民", 2, 0.1),
        ("54726", "阳信", 3, -0.1),
        ("54723", "无棣", 4, -0.4),
        ("54738", "博兴", 5, 0.3),
        ("54732", "邹平", 6, 0.5),
    ];
    let monthly_mm = [
        5.0, 8.0, 12.0, 28.0, 45.0, 75.0, 160.0, 130.0, 50.0, 28.0, 15.0, 6.0,
    ];
    let rain_p = [
        0.08, 0.10, 0.14, 0.2, 0.24, 0.3, 0.45, 0.4, 0.26, 0.18, 0.12, 0.08,
    ];
    let dirs = ["北", "东北", "东", "东南", "南", "西南", "西", "西北"];
    let mut t = Table::new(&[
        "日期",
        "区站号",
        "站名",
        "所属区县",
        "平均气温(℃)",
        "最高气温(℃)",
        "最低气温(℃)",
        "降水量(mm)",
        "平均相对湿度(%)",
        "平均风速(m/s)",
        "最大风速(m/s)",
        "最大风速风向",
        "日照时数(h)",
        "平均气压(hPa)",
    ]);
    let mut anom = 0.0f64;
    let mut p_anom = 0.0f64;
    for d in days(Date::ymd(2025, 1, 1), Date::ymd(2026, 11, 25)) {
        p_anom = 0.7 * p_anom + 2.2 * r.norm();
        let m = (d.month() - 1) as usize;
        anom = 0.7 * anom + 1.5 * r.norm();
        // The 19 July 2026 rainstorm (see the river levels and the warnings).
        let storm = d == Date::ymd(2026, 7, 19);
        let rain_day = r.chance(rain_p[m]) || storm;
        let day_mean = monthly_mm[m] / (30.4 * rain_p[m]);
        let regional_rain = if storm {
            96.0
        } else if rain_day {
            day_mean * (-(1.0 - r.f()).ln())
        } else {
            0.0
        };
        let wind_base = 2.0 + 0.8 * season(d, 100) + 0.4 * r.norm();
        let dir = r.idx(dirs.len());
        let summer = season(d, 200);
        for (id, name, ci, off) in stations {
            let mean = 12.3
                - 14.8 * (2.0 * std::f64::consts::PI * ((d.doy() - 18) as f64) / 365.0).cos()
                + anom
                + off
                + 0.3 * r.norm();
            let range =
                8.5 + 3.0 * season(d, 110) - if rain_day { 3.0 } else { 0.0 } + 0.8 * r.norm();
            let rain = if rain_day && (storm || r.chance(0.85)) {
                (regional_rain * r.unif(0.4, 1.6) * 10.0).round() / 10.0
            } else {
                0.0
            };
            let rh = (52.0 + 25.0 * summer + if rain > 0.0 { 18.0 } else { 0.0 } + 6.0 * r.norm())
                .clamp(18.0, 99.0);
            let wind =
                (wind_base + 0.3 * r.norm() + if ci == 4 || ci == 1 { 0.5 } else { 0.0 }).max(0.4);
            let sun = if rain > 0.0 {
                r.unif(0.0, 4.0)
            } else {
                (6.5 + 3.5 * season(d, 150) + 1.5 * r.norm()).clamp(0.0, 13.5)
            };
            let p =
                1013.0 + 12.0 * season(d, 10) - 6.0 * summer + p_anom - 0.4 * off + 0.3 * r.norm();
            t.push(vec![
                s(d.s()),
                s(id),
                s(name),
                s(COUNTIES[ci].name),
                f(mean, 1),
                f(mean + range * 0.55, 1),
                f(mean - range * 0.45, 1),
                f(rain, 1),
                V::I(rh.round() as i64),
                f(wind, 1),
                f(wind * r.unif(2.0, 3.2), 1),
                s(dirs[(dir + r.idx(2)) % dirs.len()]),
                f(sun, 1),
                f(p, 1),
            ]);
        }
    }
    out.put(
        "qxj",
        "weather-daily",
        "weather-daily-2025-2026.csv",
        &to_csv(&t),
    )
}

fn weather_warnings(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("qxj/weather-warnings");
    // (类型, 月份范围, 内容模板)
    let kinds: [(&str, i64, i64, &str); 10] = [
        ("暴雨", 6, 9, "预计未来12小时内{a}将出现50毫米以上降水，请注意防范城乡积涝和农田渍涝。"),
        ("雷电", 5, 9, "{a}6小时内可能发生雷电活动，可能会造成雷电灾害事故，请注意防范。"),
        ("大风", 3, 5, "预计未来24小时内{a}将出现平均风力6级以上或阵风8级以上大风，沿海海面风力较大，请做好防范。"),
        ("大雾", 10, 12, "预计未来12小时内{a}将出现能见度小于500米的雾，请注意交通安全。"),
        ("高温", 6, 8, "预计未来3天{a}最高气温将在35℃以上，请注意防暑降温。"),
        ("寒潮", 11, 12, "预计未来48小时{a}气温将下降8℃以上，最低气温降至4℃以下，请注意防寒保暖。"),
        ("霾", 1, 2, "预计未来24小时内{a}将出现中度霾，易形成中度空气污染，请减少户外活动。"),
        ("冰雹", 5, 7, "{a}6小时内可能出现冰雹天气，并可能造成雹灾，请注意防范。"),
        ("道路结冰", 1, 2, "预计未来24小时内{a}将出现对交通有影响的道路结冰，请注意出行安全。"),
        ("干旱", 4, 5, "{a}已出现中度干旱，请注意农业灌溉和人畜饮水安全。"),
    ];
    let levels = ["蓝色", "黄色", "橙色", "红色"];
    let mut rows: Vec<(Date, i64, usize, usize, usize)> = Vec::new();
    for _ in 0..64 {
        let k = r.idx(kinds.len());
        let (a, b) = (kinds[k].1, kinds[k].2);
        let m = r.int(a, b);
        let day = Date::ymd(2026, m, r.int(1, 28));
        if day > Date::ymd(2026, 11, 20) {
            continue;
        }
        let lv = match r.int(0, 9) {
            0..=4 => 0,
            5..=7 => 1,
            8 => 2,
            _ => 3,
        };
        let lv = if kinds[k].0 == "寒潮" || kinds[k].0 == "干旱" {
            lv.min(2)
        } else {
            lv
        };
        rows.push((
            day,
            r.int(6, 20),
            k,
            lv,
            if r.chance(0.55) {
                0
            } else {
                1 + rand_county(&mut r) % 7
            },
        ));
    }
    // The 19 July rainstorm, and a cold wave warning still in force on the build date.
    rows.push((Date::ymd(2026, 7, 19), 5, 0, 2, 0));
    rows.push((Date::ymd(2026, 11, 25), 16, 5, 0, 0));
    rows.sort_by_key(|x| (x.0, x.1, x.2));
    let mut t = Table::new(&[
        "预警编号",
        "发布时间",
        "发布单位",
        "预警类型",
        "预警级别",
        "影响区域",
        "预警内容",
        "状态",
        "解除时间",
    ]);
    for (i, (day, hour, k, lv, area)) in rows.into_iter().enumerate() {
        let (office, region) = if area == 0 {
            ("滨州市气象台".to_string(), "滨州市全市".to_string())
        } else {
            let c = &COUNTIES[area - 1];
            (format!("{}气象台", c.name), c.name.to_string())
        };
        let minute = *r.pick(&[0, 10, 20, 30, 40, 50]);
        let issued = format!("{} {:02}:{:02}", day.s(), hour, minute);
        let live = day == Date::ymd(2026, 11, 25);
        let lift_h = hour + r.int(6, 30);
        let lifted = format!(
            "{} {:02}:{:02}",
            day.add(lift_h / 24).s(),
            lift_h % 24,
            minute
        );
        t.push(vec![
            s(format!("BZQX-2026-{:04}", i + 1)),
            s(issued),
            s(office),
            s(kinds[k].0),
            s(levels[lv]),
            s(region.clone()),
            s(kinds[k].3.replace("{a}", &region)),
            s(if live { "生效中" } else { "已解除" }),
            if live { V::E } else { s(lifted) },
        ]);
    }
    out.put(
        "qxj",
        "weather-warnings",
        "weather-warnings-2026.ndjson",
        &to_ndjson(&t),
    )
}

// ================================================================ 水利

/// (站码, 站名, 河流, 区县, 基准水位, 警戒水位, 保证水位, 流量系数)
type Gauge = (
    &'static str,
    &'static str,
    &'static str,
    usize,
    f64,
    f64,
    f64,
    f64,
);

fn river_levels(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("slj/river-water-levels");
    let st: [Gauge; 8] = [
        ("31800210", "堡集闸", "徒骇河", 0, 6.20, 9.80, 11.20, 22.0),
        ("31800260", "富国闸", "徒骇河", 1, 2.10, 5.60, 6.90, 26.0),
        ("31700130", "王杠子", "马颊河", 3, 5.40, 8.90, 10.30, 18.0),
        ("31700190", "胜利桥", "马颊河", 4, 2.60, 6.10, 7.40, 20.0),
        ("31750110", "郑店", "德惠新河", 4, 3.30, 6.60, 7.80, 9.0),
        ("31780120", "大山", "秦口河", 4, 1.80, 4.70, 5.90, 6.0),
        ("32100310", "三岔", "小清河", 5, 5.10, 8.40, 9.60, 15.0),
        ("32150120", "陈户", "支脉河", 5, 4.40, 7.30, 8.50, 8.0),
    ];
    let mut t = Table::new(&[
        "日期",
        "站码",
        "站名",
        "河流",
        "所属区县",
        "日均水位(m)",
        "警戒水位(m)",
        "保证水位(m)",
        "是否超警戒",
        "日均流量(m³/s)",
    ]);
    let mut flood = 0.0f64;
    let mut noise = [0.0f64; 8];
    // Telemetry stopped after 2 November: the dataset is overdue on purpose.
    for d in days(Date::ymd(2026, 1, 1), Date::ymd(2026, 11, 2)) {
        let m = d.month();
        let (p, lo, hi) = if (7..=8).contains(&m) {
            (0.10, 0.4, 1.3)
        } else if m == 6 || m == 9 {
            (0.05, 0.4, 1.2)
        } else {
            (0.015, 0.2, 0.7)
        };
        flood *= 0.8;
        if r.chance(p) {
            flood += r.unif(lo, hi);
        }
        // The 19 July rainstorm pushed most stations over the warning level.
        if d == Date::ymd(2026, 7, 19) {
            flood += 3.2;
        }
        for (i, (code, name, river, ci, base, warn, guar, k)) in st.into_iter().enumerate() {
            noise[i] = 0.85 * noise[i] + 0.04 * r.norm();
            let lvl = base + 0.6 * season(d, 215) + flood * (0.9 + 0.05 * i as f64) + noise[i];
            let q = k * (lvl - base + 0.35).max(0.05).powf(1.6);
            t.push(vec![
                s(d.s()),
                s(code),
                s(name),
                s(river),
                s(COUNTIES[ci].name),
                f(lvl, 2),
                f(warn, 2),
                f(guar, 2),
                s(if lvl >= warn { "是" } else { "否" }),
                f(q, 1),
            ]);
        }
    }
    out.put(
        "slj",
        "river-water-levels",
        "river-water-levels-2026.csv",
        &to_csv(&t),
    )
}

fn reservoirs(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("slj/reservoirs");
    let list: [(&str, usize, &str, &str, f64); 14] = [
        ("西海水库", 0, "梁才街道", "中型", 5100.0),
        ("东郊水库", 0, "彭李街道", "中型", 2400.0),
        ("三河湖水库", 0, "三河湖镇", "中型", 2900.0),
        ("北海水库", 1, "滨海镇", "中型", 3200.0),
        ("思源湖水库", 1, "富源街道", "中型", 1500.0),
        ("孙武湖水库", 2, "孙武街道", "中型", 1900.0),
        ("李庄水库", 2, "李庄镇", "小(1)型", 450.0),
        ("仙鹤湖水库", 3, "信城街道", "中型", 2100.0),
        ("幸福水库", 4, "海丰街道", "中型", 2600.0),
        ("埕口水库", 4, "埕口镇", "小(1)型", 600.0),
        ("打渔张水库", 5, "湖滨镇", "中型", 1400.0),
        ("锦秋湖水库", 5, "锦秋街道", "小(1)型", 520.0),
        ("黛溪湖水库", 6, "黛溪街道", "中型", 1650.0),
        ("魏桥水库", 6, "魏桥镇", "小(1)型", 380.0),
    ];
    let mut t = Table::new(&[
        "水库名称",
        "所属区县",
        "所在乡镇（街道）",
        "水库类型",
        "工程规模",
        "总库容(万立方米)",
        "兴利库容(万立方米)",
        "设计蓄水位(m)",
        "死水位(m)",
        "主要功能",
        "经度",
        "纬度",
        "建成年份",
        "管理单位",
    ]);
    for (name, ci, town, scale, cap) in list {
        let (lon, lat) = point(&mut r, ci, 0.05);
        let top = r.unif(9.0, 16.0);
        t.push(vec![
            s(name),
            s(COUNTIES[ci].name),
            s(town),
            s("平原水库"),
            s(scale),
            f(cap, 0),
            f(cap * r.unif(0.78, 0.88), 0),
            f(top, 2),
            f(top - r.unif(6.0, 9.0), 2),
            s(if r.chance(0.7) {
                "城乡供水"
            } else {
                "城乡供水；农田灌溉"
            }),
            f(lon, 6),
            f(lat, 6),
            V::I(r.int(1998, 2016)),
            s(format!("{}水务服务中心", COUNTIES[ci].name)),
        ]);
    }
    out.put("slj", "reservoirs", "reservoirs.csv", &to_csv(&t))
}

// ================================================================ 教育

fn schools(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("jyj/schools");
    let mut t = Table::new(&[
        "学校名称",
        "学校类别",
        "办学性质",
        "所属区县",
        "所在乡镇（街道）",
        "地址",
        "经度",
        "纬度",
        "办公电话",
        "班级数",
        "在校生数",
        "教职工数",
    ]);
    let mut add = |r: &mut Rng, name: String, kind: &str, private: bool, ci: usize, town: &str| {
        let (classes, per) = match kind {
            "小学" => (r.int(6, 48), r.unif(35.0, 45.0)),
            "初级中学" => (r.int(9, 42), r.unif(40.0, 50.0)),
            "九年一贯制学校" => (r.int(18, 60), r.unif(38.0, 48.0)),
            "普通高中" => (r.int(30, 90), r.unif(45.0, 52.0)),
            "中等职业学校" => (r.int(20, 80), r.unif(35.0, 45.0)),
            _ => (r.int(6, 14), r.unif(8.0, 12.0)),
        };
        let students = (classes as f64 * per).round() as i64;
        let (lon, lat) = point(
            r,
            ci,
            if town.ends_with("街道") {
                0.015
            } else {
                0.07
            },
        );
        t.push(vec![
            s(name),
            s(kind),
            s(if private { "民办" } else { "公办" }),
            s(COUNTIES[ci].name),
            s(town),
            s(address(r, ci)),
            f(lon, 6),
            f(lat, 6),
            s(landline(r, ci)),
            V::I(classes),
            V::I(students),
            V::I((students as f64 / r.unif(11.0, 15.0)).round() as i64),
        ]);
    };
    add(
        &mut r,
        "滨州市第一中学".to_string(),
        "普通高中",
        false,
        0,
        "市中街道",
    );
    add(
        &mut r,
        "滨州实验学校".to_string(),
        "九年一贯制学校",
        false,
        0,
        "市东街道",
    );
    add(
        &mut r,
        "滨州市特殊教育中心".to_string(),
        "特殊教育学校",
        false,
        0,
        "市西街道",
    );
    add(
        &mut r,
        "滨州市高级技工学校".to_string(),
        "中等职业学校",
        false,
        0,
        "彭李街道",
    );
    for (ci, c) in COUNTIES.iter().enumerate() {
        let towns = towns_of(ci);
        for n in 1..=r.int(2, 4) {
            add(
                &mut r,
                format!("{}第{}中学", c.name, cn_num(n)),
                "普通高中",
                false,
                ci,
                towns[0],
            );
        }
        for n in 1..=r.int(3, 6) {
            let town = *r.pick(&towns);
            add(
                &mut r,
                format!("{}第{}实验小学", c.name, cn_num(n)),
                "小学",
                false,
                ci,
                town,
            );
        }
        add(
            &mut r,
            format!("{}职业教育中心", c.name),
            "中等职业学校",
            false,
            ci,
            towns[1],
        );
        for town in &towns {
            let short = town.trim_end_matches("街道").trim_end_matches(['镇', '乡']);
            if town.ends_with("街道") {
                add(
                    &mut r,
                    format!("{}{}中学", c.short, short),
                    "初级中学",
                    false,
                    ci,
                    town,
                );
                add(
                    &mut r,
                    format!("{}{}小学", c.short, short),
                    "小学",
                    false,
                    ci,
                    town,
                );
            } else if r.chance(0.4) {
                add(
                    &mut r,
                    format!("{}{}学校", c.name, short),
                    "九年一贯制学校",
                    false,
                    ci,
                    town,
                );
            } else {
                add(
                    &mut r,
                    format!("{}{}中学", c.name, short),
                    "初级中学",
                    false,
                    ci,
                    town,
                );
                add(
                    &mut r,
                    format!("{}{}中心小学", c.name, short),
                    "小学",
                    false,
                    ci,
                    town,
                );
            }
        }
    }
    for _ in 0..8 {
        let ci = rand_county(&mut r);
        let town = *r.pick(&towns_of(ci));
        let kind = *r.pick(&["小学", "九年一贯制学校", "普通高中"]);
        let name = format!(
            "{}{}{}",
            COUNTIES[ci].short,
            r.pick(ZIHAO),
            if kind == "普通高中" {
                "高级中学"
            } else {
                "学校"
            }
        );
        add(&mut r, name, kind, true, ci, town);
    }
    out.put("jyj", "schools", "schools.csv", &to_csv(&t))
}

// ================================================================ 公安

fn household_population(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("gaj/household-population");
    let mut t = Table::new(&[
        "年份",
        "地区",
        "户数",
        "户籍人口",
        "男性",
        "女性",
        "18岁以下",
        "60岁及以上",
        "出生登记人数",
        "死亡注销人数",
    ]);
    let pop25 = [
        702_000.0, 388_000.0, 636_000.0, 468_000.0, 459_000.0, 505_000.0, 738_000.0,
    ];
    for y in 2016..=2025 {
        let back = (2025 - y) as f64;
        let mut rows = Vec::new();
        let mut tot = [0i64; 8];
        for (ci, c) in COUNTIES.iter().enumerate() {
            let p = (pop25[ci] * (1.0 + 0.0018 * back) + 600.0 * r.norm()).round() as i64;
            let hh = (p as f64 / r.unif(2.55, 2.75)).round() as i64;
            let male = (p as f64 * r.unif(0.500, 0.506)).round() as i64;
            let kids = (p as f64 * (0.205 - 0.004 * (10.0 - back))).round() as i64;
            let old = (p as f64 * (0.205 + 0.0075 * (10.0 - back))).round() as i64;
            let births =
                (p as f64 * (0.0125 - 0.0007 * (10.0 - back)).max(0.0052) * r.unif(0.95, 1.05))
                    .round() as i64;
            let deaths = (p as f64 * 0.0078 * r.unif(0.95, 1.08)).round() as i64;
            let v = [hh, p, male, p - male, kids, old, births, deaths];
            for i in 0..8 {
                tot[i] += v[i];
            }
            rows.push((c.name, v));
        }
        rows.insert(0, ("滨州市", tot));
        for (name, v) in rows {
            let mut row = vec![V::I(y), s(name)];
            row.extend(v.iter().map(|x| V::I(*x)));
            t.push(row);
        }
    }
    out.put(
        "gaj",
        "household-population",
        "household-population-2016-2025.csv",
        &to_csv(&t),
    )
}

fn traffic_hotspots(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("gaj/traffic-violation-hotspots");
    let acts = [
        "机动车闯红灯",
        "违法停车",
        "不按规定让行行人",
        "超速行驶",
        "不按导向车道行驶",
        "驾驶时拨打接听手持电话",
        "未系安全带",
        "非机动车逆行",
    ];
    let mut t = Table::new(&[
        "统计开始日期",
        "统计结束日期",
        "排名",
        "路段名称",
        "所属区县",
        "主要违法行为",
        "违法起数",
        "抓拍设备数",
    ]);
    let mut m = Date::ymd(2026, 1, 1);
    while m <= Date::ymd(2026, 10, 1) {
        let mut counts: Vec<(i64, String, usize, &str)> = Vec::new();
        let mut names: BTreeSet<String> = BTreeSet::new();
        while counts.len() < 10 {
            let ci = if r.chance(0.7) {
                0
            } else {
                rand_county(&mut r)
            };
            let name = if ci == 0 {
                format!(
                    "黄河{}路与渤海{}路交叉口",
                    cn_num(r.int(1, 12)),
                    cn_num(r.int(1, 29))
                )
            } else {
                format!(
                    "{}{}与{}交叉口",
                    COUNTIES[ci].short,
                    r.pick(ROADS),
                    r.pick(ROADS)
                )
            };
            if name.contains("路与路") || !names.insert(name.clone()) {
                continue;
            }
            counts.push((r.int(180, 2600), name, ci, *r.pick(&acts)));
        }
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (i, (n, name, ci, act)) in counts.into_iter().enumerate() {
            t.push(vec![
                s(m.s()),
                s(m.add_months(1).add(-1).s()),
                V::I(i as i64 + 1),
                s(name),
                s(COUNTIES[ci].name),
                s(act),
                V::I(n),
                V::I(r.int(2, 8)),
            ]);
        }
        m = m.add_months(1);
    }
    out.put(
        "gaj",
        "traffic-violation-hotspots",
        "traffic-violation-hotspots-2026.csv",
        &to_csv(&t),
    )
}

fn traffic_accidents(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("gaj/traffic-accident-details");
    let mut t = Table::new(&[
        "事故编号",
        "发生时间",
        "所属区县",
        "路段",
        "事故形态",
        "天气",
        "死亡人数",
        "受伤人数",
        "涉事车辆类型",
        "主要原因",
    ]);
    for i in 0..12 {
        let ci = rand_county(&mut r);
        let d = rand_date(&mut r, Date::ymd(2026, 10, 1), Date::ymd(2026, 10, 31));
        t.push(vec![
            s(format!("BZSG2610{:04}", i + 1)),
            s(format!("{} {:02}:{:02}", d.s(), r.int(0, 23), r.int(0, 59))),
            s(COUNTIES[ci].name),
            s(format!("{}{}", COUNTIES[ci].short, r.pick(ROADS))),
            s(*r.pick(&["追尾碰撞", "侧面碰撞", "刮擦", "碰撞行人", "单车事故"])),
            s(*r.pick(&["晴", "晴", "阴", "雨", "雾"])),
            V::I(if r.chance(0.15) { 1 } else { 0 }),
            V::I(r.int(0, 3)),
            s(*r.pick(&[
                "小型轿车",
                "小型轿车与电动自行车",
                "重型货车与小型轿车",
                "电动自行车",
                "摩托车",
            ])),
            s(*r.pick(&[
                "未保持安全距离",
                "未按规定让行",
                "超速行驶",
                "疲劳驾驶",
                "违法变更车道",
            ])),
        ]);
    }
    out.put(
        "gaj",
        "traffic-accident-details",
        "traffic-accidents-sample.csv",
        &to_csv(&t),
    )
}

// ================================================================ 农业农村

fn agri_prices(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("nyncj/agri-product-prices");
    let markets = ["滨州鲁北农产品批发市场", "沾化冬枣批发市场"];
    // (品种, 产地, 基价 元/公斤, 季节幅度, 峰值日)
    let items: [(&str, &str, f64, f64, i64); 14] = [
        ("大白菜", "本地", 1.6, 0.5, 90),
        ("土豆", "内蒙古", 3.0, 0.2, 120),
        ("西红柿", "寿光", 5.6, 0.45, 20),
        ("黄瓜", "寿光", 4.4, 0.45, 15),
        ("大葱", "章丘", 3.4, 0.35, 150),
        ("芹菜", "本地", 3.6, 0.4, 30),
        ("尖椒", "寿光", 6.0, 0.35, 25),
        ("苹果", "栖霞", 7.2, 0.12, 180),
        ("鸭梨", "阳信", 4.6, 0.2, 200),
        ("小麦", "本地", 2.42, 0.03, 120),
        ("玉米", "本地", 2.18, 0.04, 200),
        ("鸡蛋", "本地", 8.6, 0.12, 240),
        ("生猪（出栏）", "本地", 14.8, 0.08, 20),
        ("冬枣", "沾化", 12.0, 0.0, 1),
    ];
    let mut t = Table::new(&[
        "日期",
        "市场名称",
        "品种",
        "产地",
        "最低价",
        "最高价",
        "平均价",
        "单位",
    ]);
    let mut noise = [0.0f64; 14];
    let mut d = Date::ymd(2026, 1, 5);
    while d <= Date::ymd(2026, 11, 23) {
        for (k, it) in items.iter().enumerate() {
            noise[k] = 0.75 * noise[k] + 0.04 * r.norm();
            let jujube = it.0 == "冬枣";
            if jujube && !(Date::ymd(2026, 9, 21)..=Date::ymd(2026, 11, 23)).contains(&d) {
                continue;
            }
            let base = if jujube {
                // Early-season premium, falling as the harvest peaks.
                let w = (d.0 - Date::ymd(2026, 9, 21).0) as f64 / 7.0;
                (26.0 - 2.2 * w).max(9.0)
            } else {
                it.2 * (1.0 + it.3 * (season(d, it.4) - 0.5))
            };
            for (mi, market) in markets.iter().enumerate() {
                if mi == 1 && !jujube {
                    continue;
                }
                let avg = base * (1.0 + noise[k] + 0.01 * r.norm());
                let spread = avg * r.unif(0.06, 0.18);
                t.push(vec![
                    s(d.s()),
                    s(*market),
                    s(it.0),
                    s(it.1),
                    f(avg - spread, 2),
                    f(avg + spread, 2),
                    f(avg, 2),
                    s("元/公斤"),
                ]);
            }
        }
        d = d.add(7);
    }
    out.put(
        "nyncj",
        "agri-product-prices",
        "agri-product-prices-2026.tsv",
        &to_tsv(&t),
    )
}

fn rural_projects(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("nyncj/rural-revitalization-projects");
    let kinds = [
        (
            "产业发展",
            "建设冬枣冷链仓储设施",
            "联农带农：吸纳脱贫户和监测户务工，入股分红",
        ),
        ("产业发展", "建设食用菌种植大棚", "带动脱贫户和监测户增收"),
        (
            "产业发展",
            "建设肉牛标准化养殖棚舍",
            "资产收益用于村集体和脱贫户分红",
        ),
        ("基础设施", "硬化村内道路", "改善群众出行条件"),
        ("基础设施", "改造农村饮水管网", "保障农村饮水安全"),
        (
            "就业帮扶",
            "设置乡村公益性岗位",
            "安置弱劳力、半劳力脱贫人口就业",
        ),
        (
            "金融帮扶",
            "脱贫人口小额信贷贴息",
            "降低脱贫户发展生产融资成本",
        ),
        (
            "教育帮扶",
            "发放雨露计划职业教育补助",
            "支持脱贫家庭子女接受职业教育",
        ),
    ];
    let mut t = Table::new(&[
        "项目名称",
        "项目类别",
        "所属区县",
        "实施地点",
        "建设内容",
        "总投资(万元)",
        "其中衔接资金(万元)",
        "受益户数",
        "其中脱贫户和监测户",
        "联农带农机制",
        "计划开工日期",
        "计划完工日期",
        "项目主管单位",
    ]);
    for _ in 0..64 {
        let ci = 1 + rand_county(&mut r) % 6;
        let c = &COUNTIES[ci];
        let town = *r.pick(&towns_of(ci));
        let k = *r.pick(&kinds);
        let vil = village(&mut r);
        let inv = r.unif(20.0, 600.0);
        let benefit = r.int(30, 900);
        let start = rand_date(&mut r, Date::ymd(2026, 3, 1), Date::ymd(2026, 6, 30));
        t.push(vec![
            s(format!(
                "{}{}{}{}项目",
                c.short,
                town.trim_end_matches("街道"),
                vil,
                k.1
            )),
            s(k.0),
            s(c.name),
            s(format!("{town}{vil}")),
            s(k.1),
            f(inv, 1),
            f(inv * r.unif(0.5, 1.0), 1),
            V::I(benefit),
            V::I((benefit as f64 * r.unif(0.08, 0.3)).round() as i64),
            s(k.2),
            s(start.s()),
            s(start.add_months(r.int(3, 8)).s()),
            s(format!("{}农业农村局", c.name)),
        ]);
    }
    out.put(
        "nyncj",
        "rural-revitalization-projects",
        "rural-revitalization-projects-2026.csv",
        &to_csv(&t),
    )
}

fn zhq_jujube(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("zhq-nyncj/zhq-winter-jujube-bases");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "基地名称",
        "所在镇（街道）",
        "经营主体",
        "经营主体统一社会信用代码",
        "种植面积(亩)",
        "主要品种",
        "栽培方式",
        "认证情况",
        "预计年产量(吨)",
        "经度",
        "纬度",
    ]);
    let towns = [
        "下洼镇",
        "古城镇",
        "冯家镇",
        "泊头镇",
        "大高镇",
        "黄升镇",
        "富源街道",
        "下河乡",
    ];
    for _ in 0..52 {
        let town = *r.pick(&towns);
        let coop = r.chance(0.6);
        let (owner, code) = if coop {
            (
                format!("沾化区{}{}冬枣专业合作社", town, r.pick(ZIHAO)),
                u.make(&mut r, "93", "371603", 1.0),
            )
        } else {
            (
                company(&mut r, 1, "冬枣"),
                u.make(&mut r, "91", "371603", 0.7),
            )
        };
        let mu = r.int(80, 2600);
        let mode = *r.pick(&["露地栽培", "露地栽培", "冷棚栽培", "暖棚栽培"]);
        let yield_ = mu as f64 * r.unif(0.8, 1.4) * if mode == "暖棚栽培" { 0.8 } else { 1.0 };
        let (lon, lat) = point(&mut r, 1, 0.06);
        t.push(vec![
            s(format!(
                "{}{}冬枣基地",
                town.trim_end_matches(['镇', '乡']).trim_end_matches("街道"),
                r.pick(ZIHAO)
            )),
            s(town),
            s(owner),
            s(code),
            V::I(mu),
            s(*r.pick(&["沾化冬枣", "沾化冬枣", "沾冬2号", "沾冬3号"])),
            s(mode),
            s(*r.pick(&["绿色食品", "地理标志产品", "有机产品", "无", "无"])),
            f(yield_, 0),
            f(lon, 6),
            f(lat, 6),
        ]);
    }
    out.put(
        "zhq-nyncj",
        "zhq-winter-jujube-bases",
        "zhq-winter-jujube-bases.csv",
        &to_csv(&t),
    )
}

// ================================================================ 文化和旅游

fn scenic_spots(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("whlyj/scenic-spots");
    let list: [(&str, usize, &str); 30] = [
        ("孙子故里景区", 2, "4A"),
        ("魏氏庄园景区", 2, "4A"),
        ("中海风景区", 0, "4A"),
        ("秦皇台生态旅游区", 0, "3A"),
        ("黄河楼景区", 0, "4A"),
        ("杜受田故居", 0, "3A"),
        ("蒲湖风景区", 0, "3A"),
        ("滨州市博物馆", 0, "3A"),
        ("碣石山景区", 4, "4A"),
        ("海丰塔景区", 4, "3A"),
        ("贝壳堤岛生态旅游区", 4, "3A"),
        ("吴式芬故居", 4, "2A"),
        ("麻大湖风景区", 5, "4A"),
        ("打渔张森林公园", 5, "3A"),
        ("吕剧发源地景区", 5, "3A"),
        ("京博生态园", 5, "3A"),
        ("鹤伴山国家森林公园", 6, "4A"),
        ("醴泉寺景区", 6, "3A"),
        ("范公祠", 6, "3A"),
        ("黛溪湖景区", 6, "3A"),
        ("万亩梨园风景区", 3, "4A"),
        ("阳信鸭梨博物馆", 3, "2A"),
        ("温店牛文化景区", 3, "2A"),
        ("阳信会盟台", 3, "2A"),
        ("冬枣生态旅游区", 1, "4A"),
        ("沾化徒骇河湿地公园", 1, "3A"),
        ("渔鼓戏传承基地", 1, "2A"),
        ("沾化海防营遗址", 1, "2A"),
        ("惠民县武定府衙", 2, "3A"),
        ("惠民胡集书会会址", 2, "2A"),
    ];
    let mut t = Table::new(&[
        "景区名称",
        "等级",
        "所属区县",
        "地址",
        "经度",
        "纬度",
        "开放时间",
        "门票价格",
        "咨询电话",
        "评定年份",
    ]);
    for (name, ci, level) in list {
        let (lon, lat) = point(&mut r, ci, 0.05);
        t.push(vec![
            s(name),
            s(level),
            s(COUNTIES[ci].name),
            s(address(&mut r, ci)),
            f(lon, 6),
            f(lat, 6),
            s(*r.pick(&[
                "08:30-17:30",
                "08:00-18:00（冬季08:30-17:00）",
                "09:00-17:00, 周一闭馆",
                "全天开放",
            ])),
            s(*r.pick(&["免费", "免费", "40元", "60元", "成人80元，学生半价"])),
            s(landline(&mut r, ci)),
            V::I(r.int(2005, 2024)),
        ]);
    }
    out.put("whlyj", "scenic-spots", "scenic-spots.csv", &to_csv(&t))
}

// ================================================================ 人力资源和社会保障

fn job_vacancies(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("rsj/job-vacancies");
    let mut u = Uscc::new();
    let jobs = [
        ("普工", "不限", "不限", 4500, 6500),
        ("数控车床操作工", "中专/技校", "1年以上", 6000, 9000),
        ("电工", "中专/技校", "持低压电工证", 5500, 8000),
        ("会计", "大专", "2年以上", 4500, 6500),
        ("销售代表", "大专", "不限", 4000, 10000),
        ("仓库管理员", "高中", "1年以上", 4000, 5500),
        ("货车司机", "不限", "持A2驾驶证", 7000, 11000),
        ("厨师", "不限", "3年以上", 5500, 8000),
        ("护理员", "初中", "不限", 3800, 5200),
        ("化工操作工", "大专", "不限", 6500, 9500),
        ("纺织挡车工", "初中", "不限", 5000, 7500),
        ("软件开发工程师", "本科", "2年以上", 7000, 12000),
        ("质检员", "大专", "1年以上", 4500, 6000),
        ("幼儿教师", "大专", "持教师资格证", 3800, 5000),
    ];
    let mut t = Table::new(&[
        "岗位编号",
        "招聘单位",
        "单位统一社会信用代码",
        "岗位名称",
        "招聘人数",
        "学历要求",
        "工作经验",
        "月薪下限(元)",
        "月薪上限(元)",
        "工作地点",
        "发布日期",
        "截止日期",
        "联系电话",
    ]);
    let mut rows: Vec<(Date, usize, Vec<V>)> = Vec::new();
    for i in 0..260 {
        let ci = rand_county(&mut r);
        let j = *r.pick(&jobs);
        let posted = rand_date(&mut r, Date::ymd(2026, 10, 12), Date::ymd(2026, 11, 20));
        let trade = *r.pick(TRADES);
        rows.push((
            posted,
            i,
            vec![
                V::E,
                s(company(&mut r, ci, trade)),
                s(u.make(&mut r, "91", COUNTIES[ci].code, 0.6)),
                s(j.0),
                V::I(r.int(1, 30)),
                s(j.1),
                s(j.2),
                V::I(j.3),
                V::I(j.4),
                s(address(&mut r, ci)),
                s(posted.s()),
                s(posted.add(r.int(30, 60)).s()),
                s(landline(&mut r, ci)),
            ],
        ));
    }
    rows.sort_by_key(|x| (x.0, x.1));
    for (i, (_, _, mut row)) in rows.into_iter().enumerate() {
        row[0] = s(format!("BZRS2026{:05}", 18_000 + i));
        t.push(row);
    }
    out.put("rsj", "job-vacancies", "job-vacancies.csv", &to_csv(&t))
}

fn social_insurance(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("rsj/enterprise-social-insurance");
    let mut u = Uscc::new();
    let mut t = Table::new(&[
        "统一社会信用代码",
        "单位名称",
        "统计月份末",
        "参保险种",
        "参保人数",
        "缴费状态",
        "欠费月数",
    ]);
    for _ in 0..8 {
        let ci = rand_county(&mut r);
        let arrears = r.chance(0.25);
        let trade = *r.pick(TRADES);
        t.push(vec![
            s(u.make(&mut r, "91", COUNTIES[ci].code, 0.5)),
            s(company(&mut r, ci, trade)),
            s("2026-10-31"),
            s("养老；医疗；失业；工伤；生育"),
            V::I(r.int(5, 900)),
            s(if arrears { "欠费" } else { "正常" }),
            V::I(if arrears { r.int(1, 6) } else { 0 }),
        ]);
    }
    out.put(
        "rsj",
        "enterprise-social-insurance",
        "social-insurance-sample.csv",
        &to_csv(&t),
    )
}

// ================================================================ 大数据局

fn e_license_catalog(out: &Out) -> io::Result<()> {
    let mut r = Rng::new("dsjj/e-license-catalog");
    let list: [(&str, &str, &str, i64); 30] = [
        ("居民身份证", "滨州市公安局", "自然人", 3_200_000),
        ("居民户口簿", "滨州市公安局", "自然人", 1_250_000),
        ("机动车驾驶证", "滨州市公安局", "自然人", 1_380_000),
        ("机动车行驶证", "滨州市公安局", "自然人和法人", 1_120_000),
        ("结婚证", "滨州市民政局", "自然人", 420_000),
        ("离婚证", "滨州市民政局", "自然人", 58_000),
        ("出生医学证明", "滨州市卫生健康委员会", "自然人", 210_000),
        ("医师执业证书", "滨州市卫生健康委员会", "自然人", 16_500),
        ("护士执业证书", "滨州市卫生健康委员会", "自然人", 21_000),
        ("营业执照", "滨州市市场监督管理局", "法人", 356_000),
        ("食品经营许可证", "滨州市行政审批服务局", "法人", 48_000),
        ("食品生产许可证", "滨州市行政审批服务局", "法人", 1_150),
        ("药品经营许可证", "滨州市行政审批服务局", "法人", 2_100),
        (
            "不动产权证书",
            "滨州市自然资源和规划局",
            "自然人和法人",
            960_000,
        ),
        (
            "不动产登记证明",
            "滨州市自然资源和规划局",
            "自然人和法人",
            410_000,
        ),
        ("建筑工程施工许可证", "滨州市行政审批服务局", "法人", 6_800),
        (
            "建筑施工企业安全生产许可证",
            "滨州市住房和城乡建设局",
            "法人",
            1_300,
        ),
        ("道路运输经营许可证", "滨州市行政审批服务局", "法人", 14_000),
        (
            "道路运输从业人员从业资格证",
            "滨州市交通运输局",
            "自然人",
            68_000,
        ),
        (
            "社会保障卡",
            "滨州市人力资源和社会保障局",
            "自然人",
            3_050_000,
        ),
        (
            "就业创业证",
            "滨州市人力资源和社会保障局",
            "自然人",
            126_000,
        ),
        (
            "职业资格证书",
            "滨州市人力资源和社会保障局",
            "自然人",
            88_000,
        ),
        ("教师资格证书", "滨州市教育局", "自然人", 41_000),
        ("残疾人证", "滨州市残疾人联合会", "自然人", 95_000),
        ("取水许可证", "滨州市水利局", "法人", 2_400),
        ("排污许可证", "滨州市生态环境局", "法人", 3_100),
        ("烟草专卖零售许可证", "滨州市烟草专卖局", "法人", 17_800),
        ("公共场所卫生许可证", "滨州市行政审批服务局", "法人", 9_600),
        ("农药经营许可证", "滨州市农业农村局", "法人", 1_900),
        ("特种设备使用登记证", "滨州市市场监督管理局", "法人", 23_000),
    ];
    let mut t = Table::new(&[
        "证照编码",
        "证照名称",
        "发证部门",
        "持证主体类型",
        "已入库数量",
        "本年新增",
        "支持亮证",
        "首次入库日期",
        "典型应用场景",
    ]);
    let scenes = [
        "政务服务事项免提交",
        "住房公积金提取",
        "不动产登记",
        "企业开办",
        "医保报销",
        "出入境证件办理",
        "社会救助申请",
        "工程建设项目审批",
    ];
    for (i, (name, dept, holder, n)) in list.iter().enumerate() {
        let first = rand_date(&mut r, Date::ymd(2019, 3, 1), Date::ymd(2023, 6, 30));
        let mut sc: Vec<&str> = Vec::new();
        for _ in 0..r.int(1, 3) {
            let x = *r.pick(&scenes);
            if !sc.contains(&x) {
                sc.push(x);
            }
        }
        t.push(vec![
            s(format!("BZDZ-{:04}", i + 1)),
            s(*name),
            s(*dept),
            s(*holder),
            V::I(*n + r.int(0, n / 20)),
            V::I((*n as f64 * r.unif(0.03, 0.12)).round() as i64),
            V::B(r.chance(0.8)),
            s(first.s()),
            s(sc.join("；")),
        ]);
    }
    out.put(
        "dsjj",
        "e-license-catalog",
        "e-license-catalog.json",
        &to_json(&t),
    )
}

// ================================================================ entry point

/// (Re)writes every demo data file under `root/datasets/`.
pub fn generate(root: &Path) -> io::Result<()> {
    let out = Out {
        root: root.to_path_buf(),
    };
    let steps: [fn(&Out) -> io::Result<()>; 46] = [
        air_quality,
        key_pollutant_units,
        surface_water,
        enterprise_registrations,
        food_sampling,
        market_penalties,
        food_production_licenses,
        annual_report_finance,
        bcq_farmers_markets,
        bus_stops,
        public_parking,
        taxi_trajectories,
        medical_institutions,
        flu_sentinel,
        hmx_family_doctors,
        gdp_quarterly,
        resident_population,
        dual_publicity_licenses,
        price_monitoring,
        elderly_care,
        dibao_statistics,
        bxx_dibao_recipients,
        township_seats,
        land_supply,
        surveying_products,
        emergency_shelters,
        supply_depots,
        wdx_rescue_teams,
        construction_sites,
        zps_old_communities,
        zps_public_rental,
        weather_daily,
        weather_warnings,
        river_levels,
        reservoirs,
        schools,
        household_population,
        traffic_hotspots,
        traffic_accidents,
        agri_prices,
        rural_projects,
        zhq_jujube,
        scenic_spots,
        job_vacancies,
        social_insurance,
        e_license_catalog,
    ];
    for step in steps {
        step(&out)?;
    }
    Ok(())
}
