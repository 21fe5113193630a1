//! Each agency's open list (开放清单, art. 10, 29) as CSV and XLSX.

use crate::catalog::raw::OpenType;
use crate::catalog::{Dataset, Site};
use crate::render::i18n::I18n;
use anyhow::{Context, Result};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

const COLUMNS: [&str; 14] = [
    "序号", "数据集名称", "数据集标识", "数据提供机构", "开放属性", "共享属性", "安全级别", "更新周期", "主题", "首次发布", "最近更新", "更新状态", "开放条件", "法律、行政法规依据",
];
const COLUMN_URL: &str = "页面地址";

/// Datasets on an agency's open list: those opened with or without conditions.
pub fn open_list<'a>(site: &'a Site, agency: &str) -> Vec<&'a Dataset> {
    let mut v: Vec<&Dataset> = site.datasets.iter().filter(|d| d.agency == agency && d.open_type != OpenType::Closed).collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

fn rows(site: &Site, i18n: &I18n, ds: &[&Dataset]) -> Vec<Vec<String>> {
    let t = |k: &str| i18n.t("zh-CN", k);
    ds.iter()
        .enumerate()
        .map(|(i, d)| {
            let topics: Vec<String> = d.topics.iter().map(|k| site.topic(k).map_or(k.clone(), |t| t.name.clone())).collect();
            let status = if d.due.is_none() { t("never_overdue") } else if d.overdue { t("overdue") } else { t("on_time") };
            vec![
                (i + 1).to_string(),
                d.title.clone(),
                d.id.clone(),
                site.agency(&d.agency).map_or(d.agency.clone(), |a| a.name.clone()),
                t(&format!("open_{}", d.open_type.key())),
                t(&format!("share_{}", d.share_type.key())),
                d.security_level.to_string(),
                t(&format!("cycle_{}", d.update_cycle.key())),
                topics.join("；"),
                d.issued.to_string(),
                d.modified.to_string(),
                status,
                d.conditions.clone().unwrap_or_default(),
                d.legal_basis.clone().unwrap_or_default(),
                format!("{}datasets/{}/", site.config.base_url, d.id),
            ]
        })
        .collect()
}

/// UTF-8 with a byte-order mark, so that spreadsheet programs on Chinese
/// Windows open it without garbling.
pub fn csv(site: &Site, i18n: &I18n, ds: &[&Dataset]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header: Vec<&str> = COLUMNS.to_vec();
    header.push(COLUMN_URL);
    w.write_record(&header)?;
    for r in rows(site, i18n, ds) {
        w.write_record(&r)?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

pub fn xlsx(site: &Site, i18n: &I18n, ds: &[&Dataset], sheet_name: &str) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let today = site.config.today;
    let created = ExcelDateTime::from_ymd(today.year() as u16, today.0.format("%m").to_string().parse().unwrap_or(1), today.0.format("%d").to_string().parse().unwrap_or(1))
        .context("build date for the spreadsheet")?;
    wb.set_properties(&DocProperties::new().set_title(sheet_name).set_author(&site.config.title).set_creation_datetime(&created));
    let sheet = wb.add_worksheet();
    let name: String = sheet_name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    sheet.set_name(if name.is_empty() { "开放清单" } else { &name })?;
    let bold = Format::new().set_bold();
    let mut header: Vec<&str> = COLUMNS.to_vec();
    header.push(COLUMN_URL);
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows(site, i18n, ds).iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if c == 0 {
                sheet.write_number(r as u32 + 1, 0, (r + 1) as f64)?;
            } else {
                sheet.write_string(r as u32 + 1, c as u16, v)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_column_width(1, 30)?;
    sheet.set_column_width(2, 24)?;
    sheet.set_column_width(3, 24)?;
    Ok(wb.save_to_buffer()?)
}
