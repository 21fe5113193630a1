//! `kaifang new site DIR` and `kaifang new dataset AGENCY ID`: valid,
//! commented files to fill in.

use crate::catalog::load::{valid_id, ID_RULE};
use anyhow::{bail, Context, Result};
use std::path::Path;

pub const SITE_TOML: &str = r#"# 门户设置 · Portal settings. Every field is explained in the README.
title = "某市公共数据开放网"
title_en = "Open Data Portal"                # optional
base_url = "https://data.example.gov.cn/"  # where the portal will be served
default_language = "zh-CN"                  # zh-CN or en; both versions are built
# today = 2026-11-26                        # optional: freezes the build date

[contact]
email = "opendata@example.gov.cn"
phone = "0000-0000000"

[submit]                                    # where requests, objections and applications go
email = "opendata@example.gov.cn"           # a mailto link with a pre-filled message
# url = "https://forms.example.gov.cn/od"   # optional: your form; wins over email

[policy]
max_security_level_unconditional = 1
max_security_level_conditional = 2
overdue_grace_days = 7
answer_within_working_days = 10
list_closed = false

[calendar]
holidays = []                               # days off on weekdays, e.g. 2026-10-01
workdays = []                               # adjusted working weekend days (调休)

# Topics add to the built-in base and theme databases of the regulation:
# [[topics]]
# key = "transport"
# kind = "sector"
# name = "交通出行"
# name_en = "Transport"
"#;

pub const AGENCY_MD: &str = r#"+++
name = "某市大数据局"
name_en = "Big Data Bureau"          # optional
level = "city"                       # city (市级) or county (县级)
# region = "某区"                    # required for county level
[contact]
name = "数据资源科"
email = "data@example.gov.cn"
phone = "0000-0000000"
+++
本机构的职责与所提供的数据。
"#;

pub fn dataset_md(agency: &str) -> String {
    format!(
        r#"+++
title = "数据集名称"
# title_en = "Dataset name"
agency = "{agency}"                 # the folder this dataset is in
summary = "一句话说明这份数据是什么。"
topics = ["economy"]                 # keys: population legal-entity geo e-license credit economy
                                     # poverty health social-assistance environment weather-hydrology
                                     # food-safety emergency urban-rural, or your own [[topics]]
tags = []

open_type = "unconditional"          # unconditional | conditional | closed
share_type = "unconditional"         # unconditional | conditional | none
security_level = 1                   # 1 (lowest) to 4
# legal_basis = "…"                  # required unless both types are unconditional
# conditions = "…"                   # required when open_type = "conditional"
# materials = ["…"]                  # what an applicant sends (conditional); a standard list when absent
# usage = "…"                        # terms of use; the site default applies when absent

update_cycle = "monthly"             # realtime daily weekly monthly quarterly semiannual annual irregular
issued = 2026-01-01                  # first published
modified = 2026-01-01                # last data update

# mask = ["身份证号码"]              # columns masked in every published copy
# pii_allow = ["服务电话"]           # columns allowed to hold phone-like values

[[resources]]
file = "data.csv"                    # a file next to this dataset.md
title = "数据文件"

[[changes]]
date = 2026-01-01
summary = "首次发布"
+++
说明数据的内容、采集方式和字段含义。
"#
    )
}

pub const DATA_CSV: &str = "指标,数值\n示例,1\n";

fn check_id(kind: &str, id: &str) -> Result<()> {
    if !valid_id(id) {
        bail!("`{id}` is not a valid {kind} id: {ID_RULE}");
    }
    Ok(())
}

pub fn site(dir: &Path) -> Result<()> {
    if dir.exists() && dir.read_dir().map(|mut r| r.next().is_some()).unwrap_or(true) {
        bail!("{} exists and is not empty: choose a new folder", dir.display());
    }
    let write = |rel: &str, text: &str| -> Result<()> {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))
    };
    write("site.toml", SITE_TOML)?;
    write("content/agencies/dsjj.md", AGENCY_MD)?;
    write("content/about.md", "+++\ntitle = \"关于本站\"\ntitle_en = \"About\"\nweight = 1\nmenu = true\n+++\n本站依据公共数据管理办法建设。\n")?;
    write("datasets/dsjj/example-dataset/dataset.md", &dataset_md("dsjj"))?;
    write("datasets/dsjj/example-dataset/data.csv", DATA_CSV)?;
    println!("created a site in {}: edit site.toml, then run `kaifang build {}`", dir.display(), dir.display());
    Ok(())
}

pub fn dataset(site: &Path, agency: &str, id: &str) -> Result<()> {
    check_id("agency", agency)?;
    check_id("dataset", id)?;
    if !site.join("site.toml").is_file() {
        bail!("{} has no site.toml: run this in the site folder or pass --site DIR", site.display());
    }
    if !site.join("content/agencies").join(format!("{agency}.md")).is_file() {
        bail!("agency `{agency}` has no file content/agencies/{agency}.md: add it first");
    }
    let existing = crate::catalog::load::sorted_dir(&site.join("datasets")).into_iter().find(|a| a.join(id).exists());
    if let Some(a) = existing {
        bail!("a dataset `{id}` already exists in {}", a.display());
    }
    let dir = site.join("datasets").join(agency).join(id);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("dataset.md"), dataset_md(agency))?;
    std::fs::write(dir.join("data.csv"), DATA_CSV)?;
    println!("created {}/dataset.md and data.csv: fill them in, then run `kaifang check`", dir.display());
    Ok(())
}
