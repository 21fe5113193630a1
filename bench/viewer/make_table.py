#!/usr/bin/env python3
"""Writes the viewer benchmark's table and the one-dataset site around it.

    python3 make_table.py SITE_DIR [--rows N] [--seed S]

Writes SITE_DIR/site.toml, SITE_DIR/content/agencies/bench.md,
SITE_DIR/datasets/bench/big/dataset.md and SITE_DIR/datasets/bench/big/big.csv.
Deterministic: the same rows, seed and Python give byte-identical output.
Standard library only. 1,000,000 rows (the default) make about 80 MB.

Columns (8): 编号 (integer, 1..N), 日期 (date, 2020-01-01..2026-10-31, in
order), 站点 (20 values), 区县 (the 7 districts), 类别 (10 values), 金额 (two
decimals), 数量 (integer), 备注 (short text, a few hundred values, some empty).
No mobile or resident ID numbers: the only all-digit tokens are 编号 (at most
7 digits), 数量 and the date parts.
"""

import argparse
import datetime
import os
import random

STATIONS = [
    "市政府", "黄河五路", "渤海七路", "北海新区", "高新区", "经开区", "滨城中心", "沾化城区",
    "惠民城区", "阳信城区", "无棣城区", "博兴城区", "邹平城区", "秦皇台", "杨柳雪", "清怡",
    "东城", "西城", "南海", "北镇",
]
STATIONS = [s + "站" for s in STATIONS]
DISTRICTS = ["滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市"]
DISTRICT_WEIGHTS = [26, 10, 12, 8, 10, 13, 21]
CATEGORIES = ["办公用品", "设备采购", "工程维修", "交通运输", "餐饮服务", "印刷出版", "培训会议", "信息服务", "物业管理", "水电能源"]
CATEGORY_WEIGHTS = [18, 9, 12, 11, 10, 6, 8, 9, 9, 8]
NOTE_A = ["按合同", "临时", "年度", "季度", "补充", "应急", "常规", "专项", "集中", "零星"]
NOTE_B = ["采购", "结算", "支付", "验收", "调拨", "报销", "预付", "尾款", "维护", "补贴"]
NOTE_C = ["", "（已审核）", "（待复核）", "（分批）", "（含税）"]

FIRST = datetime.date(2020, 1, 1)
LAST = datetime.date(2026, 10, 31)


def write_table(path, rows, seed):
    rng = random.Random(seed)
    days = (LAST - FIRST).days + 1
    dates = [(FIRST + datetime.timedelta(days=d)).isoformat() for d in range(days)]
    stations = rng.choices(STATIONS, k=rows)
    districts = rng.choices(DISTRICTS, weights=DISTRICT_WEIGHTS, k=rows)
    cats = rng.choices(CATEGORIES, weights=CATEGORY_WEIGHTS, k=rows)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("编号,日期,站点,区县,类别,金额,数量,备注\n")
        out = []
        for i in range(rows):
            date = dates[i * days // rows]
            # Amounts: log-uniform 1 .. 100,000 yuan, two decimals.
            cents = int(10 ** rng.uniform(2, 7))
            amount = f"{cents // 100}.{cents % 100:02d}"
            qty = rng.randint(1, 500)
            if rng.random() < 0.3:
                note = ""
            else:
                note = rng.choice(NOTE_A) + rng.choice(NOTE_B) + rng.choice(NOTE_C)
            out.append(f"{i + 1},{date},{stations[i]},{districts[i]},{cats[i]},{amount},{qty},{note}\n")
            if len(out) >= 50000:
                f.write("".join(out))
                out.clear()
        f.write("".join(out))


SITE_TOML = """title = "基准测试开放网"
base_url = "https://bench.example.gov.cn/"
today = 2026-11-26

[contact]
email = "bench@example.gov.cn"

[submit]
email = "bench@example.gov.cn"
"""

AGENCY_MD = """+++
name = "基准测试局"
level = "city"
+++
基准测试用的机构。
"""

DATASET_MD = """+++
title = "百万行浏览器基准数据"
agency = "bench"
summary = "一百万行、八列的合成支出记录，用于浏览器端预览的基准测试。"
topics = ["economy"]
tags = ["基准", "支出"]
open_type = "unconditional"
share_type = "unconditional"
security_level = 1
update_cycle = "monthly"
issued = 2026-01-01
modified = 2026-11-01

[[resources]]
file = "big.csv"
title = "基准数据"
+++
基准。
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()
    ds = os.path.join(a.site, "datasets", "bench", "big")
    os.makedirs(ds, exist_ok=True)
    os.makedirs(os.path.join(a.site, "content", "agencies"), exist_ok=True)
    with open(os.path.join(a.site, "site.toml"), "w", encoding="utf-8") as f:
        f.write(SITE_TOML)
    with open(os.path.join(a.site, "content", "agencies", "bench.md"), "w", encoding="utf-8") as f:
        f.write(AGENCY_MD)
    with open(os.path.join(ds, "dataset.md"), "w", encoding="utf-8") as f:
        f.write(DATASET_MD)
    write_table(os.path.join(ds, "big.csv.tmp"), a.rows, a.seed)
    os.replace(os.path.join(ds, "big.csv.tmp"), os.path.join(ds, "big.csv"))


if __name__ == "__main__":
    main()
