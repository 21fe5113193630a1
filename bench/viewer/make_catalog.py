#!/usr/bin/env python3
"""Writes the catalog-search benchmark site: 10,000 datasets.

    python3 make_catalog.py SITE_DIR [--datasets N] [--seed S]

Titles, summaries, descriptions and tags come from a combinatorial
vocabulary (place × subject × kind), spread over 30 agencies and the default
topics. Every dataset has one resource: a tiny CSV (one in ten) or an
external API url (no file), so the build stays light. Deterministic, standard
library only. SITE_DIR is emptied of earlier datasets first.
"""

import argparse
import os
import random
import shutil

AGENCIES = [
    ("sthjj", "市生态环境局"), ("fgw", "市发展和改革委员会"), ("tjj", "市统计局"), ("jtysj", "市交通运输局"),
    ("wsjkw", "市卫生健康委员会"), ("jyj", "市教育局"), ("mzj", "市民政局"), ("rsj", "市人力资源和社会保障局"),
    ("zrzyj", "市自然资源和规划局"), ("zjj", "市住房和城乡建设局"), ("slj", "市水利局"), ("nyncj", "市农业农村局"),
    ("scjgj", "市市场监督管理局"), ("qxj", "市气象局"), ("yjglj", "市应急管理局"), ("whlyj", "市文化和旅游局"),
    ("gaj", "市公安局"), ("sfj", "市司法局"), ("czj", "市财政局"), ("swj", "市商务局"),
    ("gxj", "市工业和信息化局"), ("kjj", "市科学技术局"), ("tyj", "市体育局"), ("ybj", "市医疗保障局"),
    ("xfj", "市信访局"), ("dsjj", "市大数据局"), ("ylj", "市园林局"), ("cgj", "市城市管理局"),
    ("lyj", "市林业局"), ("hbj", "市海洋发展和渔业局"),
]
PLACES = ["滨州市", "滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市", "北海经济开发区", "高新技术产业开发区",
          "滨州经济技术开发区", "黄河三角洲"]
SUBJECTS = [
    ("环境空气质量", "environment", ["空气", "环境", "监测"]), ("地表水水质", "environment", ["水质", "河流"]),
    ("噪声监测", "environment", ["噪声", "环境"]), ("重点排污单位", "environment", ["排污", "企业"]),
    ("公交站点", "urban-rural", ["公交", "交通"]), ("道路运输企业", "legal-entity", ["运输", "企业"]),
    ("出租汽车", "urban-rural", ["出租车", "交通"]), ("停车场", "urban-rural", ["停车", "交通"]),
    ("医疗机构", "health", ["医院", "卫生"]), ("药品零售企业", "food-safety", ["药店", "药品"]),
    ("疫苗接种点", "health", ["疫苗", "卫生"]), ("中小学校", "population", ["学校", "教育"]),
    ("幼儿园", "population", ["幼儿园", "教育"]), ("养老机构", "social-assistance", ["养老", "民政"]),
    ("低保对象统计", "social-assistance", ["低保", "救助"]), ("社会组织", "legal-entity", ["社会组织", "登记"]),
    ("就业登记", "economy", ["就业", "人社"]), ("社保经办网点", "population", ["社保", "网点"]),
    ("国有建设用地供应", "geo", ["土地", "规划"]), ("不动产登记", "geo", ["不动产", "登记"]),
    ("商品房预售许可", "urban-rural", ["房地产", "许可"]), ("建筑施工企业资质", "legal-entity", ["建筑", "资质"]),
    ("河道水位", "weather-hydrology", ["水位", "水文"]), ("降水量", "weather-hydrology", ["降水", "气象"]),
    ("农产品价格", "economy", ["农产品", "价格"]), ("农业合作社", "legal-entity", ["合作社", "农业"]),
    ("食品生产许可", "food-safety", ["食品", "许可"]), ("市场主体登记", "legal-entity", ["企业", "登记"]),
    ("天气预警", "weather-hydrology", ["预警", "气象"]), ("应急避难场所", "emergency", ["避难场所", "应急"]),
    ("安全生产行政处罚", "emergency", ["处罚", "安全生产"]), ("A级旅游景区", "economy", ["景区", "旅游"]),
    ("文物保护单位", "geo", ["文物", "文化"]), ("公共图书馆", "population", ["图书馆", "文化"]),
    ("行政许可决定", "credit", ["许可", "信用"]), ("行政处罚决定", "credit", ["处罚", "信用"]),
    ("财政预算", "economy", ["预算", "财政"]), ("政府采购", "economy", ["采购", "财政"]),
    ("外贸进出口", "economy", ["外贸", "商务"]), ("规模以上工业", "economy", ["工业", "统计"]),
    ("高新技术企业", "legal-entity", ["高新技术", "科技"]), ("体育场馆", "population", ["体育", "场馆"]),
    ("医保定点机构", "health", ["医保", "定点"]), ("信访事项", "population", ["信访"]),
    ("政务服务事项", "e-license", ["政务服务", "事项"]), ("电子证照目录", "e-license", ["证照", "电子"]),
    ("城市绿地", "urban-rural", ["绿地", "园林"]), ("城市管理案件", "urban-rural", ["城管", "案件"]),
    ("森林资源", "geo", ["森林", "林业"]), ("海洋渔业船舶", "economy", ["渔业", "船舶"]),
]
KINDS = [
    ("日报", "daily", "每日"), ("月报", "monthly", "每月"), ("季度统计", "quarterly", "每季度"), ("年度统计", "annual", "每年"),
    ("名录", "monthly", "按月更新的"), ("分布", "irregular", "不定期更新的"), ("实时数据", "realtime", "实时"),
    ("信息", "weekly", "每周"), ("汇总", "semiannual", "每半年"), ("明细", "monthly", "每月"),
]
YEARS = ["", "2024年", "2025年", "2026年"]
EXTRA_TAGS = ["开放数据", "民生", "统计", "监管", "服务", "地图", "名单", "公示", "年报", "接口"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site")
    ap.add_argument("--datasets", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(os.path.join(a.site, "datasets"), ignore_errors=True)
    shutil.rmtree(os.path.join(a.site, "content"), ignore_errors=True)
    os.makedirs(os.path.join(a.site, "content", "agencies"))
    with open(os.path.join(a.site, "site.toml"), "w", encoding="utf-8") as f:
        f.write('title = "万数据集基准开放网"\nbase_url = "https://catalog.example.gov.cn/"\ntoday = 2026-11-26\n\n'
                '[contact]\nemail = "bench@example.gov.cn"\n\n[submit]\nemail = "bench@example.gov.cn"\n')
    for key, name in AGENCIES:
        with open(os.path.join(a.site, "content", "agencies", key + ".md"), "w", encoding="utf-8") as f:
            f.write(f'+++\nname = "滨州{name}"\nlevel = "city"\n+++\n滨州{name}开放的公共数据。\n')
    combos = [(p, s, k, y) for p in PLACES for s in SUBJECTS for k in KINDS for y in YEARS]
    rng.shuffle(combos)
    for n in range(a.datasets):
        place, (subject, topic, tags), (kind, cycle, every), year = combos[n]
        agency = AGENCIES[(SUBJECTS.index((subject, topic, tags)) + n) % len(AGENCIES)][0]
        title = f"{place}{year}{subject}{kind}"
        ds_id = f"d{n:05d}"
        ds_dir = os.path.join(a.site, "datasets", agency, ds_id)
        os.makedirs(ds_dir)
        month = rng.randint(1, 10)
        issued = f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        modified = f"2026-{month:02d}-{rng.randint(1, 28):02d}"
        tag_list = tags + rng.sample(EXTRA_TAGS, 2)
        summary = f"{place}范围内{subject}的{every}{kind}，含名称、地址、时间和主要指标。"
        desc = (f"本数据集由提供单位{every}整理发布{place}{subject}相关数据，字段包括编号、名称、所在区县、日期和数值指标。"
                f"数据经审核后开放，可用于{rng.choice(['研究分析', '应用开发', '公众查询', '行业监管'])}。")
        if n % 10 == 0:
            resource = f'[[resources]]\nfile = "data.csv"\ntitle = "{title}"\n'
            with open(os.path.join(ds_dir, "data.csv"), "w", encoding="utf-8") as f:
                f.write("编号,名称,区县,日期,数值\n")
                for r in range(3):
                    f.write(f"{r + 1},{subject}{r + 1},{place},2026-{month:02d}-0{r + 1},{rng.randint(1, 999)}\n")
        else:
            resource = (f'[[resources]]\nurl = "https://api.example.gov.cn/opendata/{ds_id}"\n'
                        f'title = "{title}查询接口"\nformat = "API"\n')
        with open(os.path.join(ds_dir, "dataset.md"), "w", encoding="utf-8") as f:
            f.write(f'+++\ntitle = "{title}"\nagency = "{agency}"\nsummary = "{summary}"\n'
                    f'topics = ["{topic}"]\ntags = [{", ".join(chr(34) + t + chr(34) for t in tag_list)}]\n'
                    f'open_type = "unconditional"\nshare_type = "unconditional"\nsecurity_level = 1\n'
                    f'update_cycle = "{cycle}"\nissued = {issued}\nmodified = {modified}\n\n{resource}+++\n{desc}\n')


if __name__ == "__main__":
    main()
