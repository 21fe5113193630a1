#!/usr/bin/env python3
"""Writes the benchmark table: a synthetic, Binzhou-like CSV (UTF-8, header row).

    python3 make_data.py OUT.csv [--rows N] [--seed S]

Deterministic: the same rows, seed and Python give byte-identical output.
Standard library only. 1,000,000 rows (the default) make about 140 MB.

Columns: 记录编号 日期 区县 企业名称 统一社会信用代码 行业 金额 数量 状态 联系人.
- 统一社会信用代码 are GB 32100-2015 codes with a valid check character; the
  organisation part always starts with "MA" (as codes issued since 2015 do),
  so no code is all digits and none can pass for a resident ID number.
- 联系人 are synthetic Chinese names; the benchmark site masks this column.
- No mobile numbers or resident ID numbers anywhere: no all-digit token is
  11 or 18 characters long (the build refuses to publish such data).
"""

import argparse
import random
import sys

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_INDEX = {c: i for i, c in enumerate(USCC_CHARS)}
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    s = sum(USCC_INDEX[c] * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31]


# 区县 and their administrative division codes (GB/T 2260).
DISTRICTS = [
    ("滨城区", "371602", "滨城"),
    ("沾化区", "371603", "沾化"),
    ("惠民县", "371621", "惠民"),
    ("阳信县", "371622", "阳信"),
    ("无棣县", "371623", "无棣"),
    ("博兴县", "371625", "博兴"),
    ("邹平市", "371681", "邹平"),
]
# Weighted by a rough size of each district's economy.
DISTRICT_WEIGHTS = [26, 10, 12, 8, 10, 13, 21]

# 行业: category, and the word a company of that trade puts in its name.
INDUSTRIES = [
    ("制造业", ["化工", "纺织", "机械", "铝业", "金属制品", "家纺", "新材料", "橡胶"]),
    ("批发和零售业", ["商贸", "贸易", "百货", "超市", "物资"]),
    ("农、林、牧、渔业", ["农业", "养殖", "果蔬", "种业", "水产"]),
    ("建筑业", ["建筑工程", "建设", "装饰工程", "市政工程"]),
    ("交通运输、仓储和邮政业", ["物流", "运输", "仓储"]),
    ("住宿和餐饮业", ["餐饮", "酒店管理", "饮食服务"]),
    ("信息传输、软件和信息技术服务业", ["信息技术", "软件", "网络科技", "数据科技"]),
    ("租赁和商务服务业", ["企业管理咨询", "商务服务", "人力资源", "广告"]),
    ("科学研究和技术服务业", ["科技", "检测技术", "环保科技", "生物技术"]),
    ("电力、热力、燃气及水生产和供应业", ["热电", "燃气", "供水", "新能源"]),
    ("房地产业", ["置业", "房地产开发", "物业管理"]),
    ("居民服务、修理和其他服务业", ["家政服务", "汽车维修", "保洁服务"]),
]
INDUSTRY_WEIGHTS = [30, 22, 9, 8, 7, 6, 4, 5, 3, 2, 2, 2]

# 字号: two characters, from words common in company names.
TRADE_CHARS = (
    "鑫源宏达恒泰盛隆兴华瑞丰金海天润博远德信诚祥通顺永安昌明嘉利鸿运"
    "福康宝正新元东方北辰汇聚中科联合创美佳和众誉晟旭阳光大展锦程腾飞"
    "黄河渤海鲁滨富民百川万通亿家星月银河长青松柏秀峰龙凤"
)
ORG_FORMS = ["有限公司", "有限责任公司", "股份有限公司", "有限公司", "有限公司"]
BRANCH = "分公司"

STATUSES = ["正常", "已办结", "审核中", "已注销", "已撤销", "存续", "待补正"]
STATUS_WEIGHTS = [40, 25, 10, 5, 3, 14, 3]

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓"
    "许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹"
    "熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅"
    "海燕鹏飞云峰婷雪慧宁晨阳斌宇浩凯鑫欣怡佳琪子涵博文思远晓东立新春"
)

HEADER = "记录编号,日期,区县,企业名称,统一社会信用代码,行业,金额,数量,状态,联系人"


def make_companies(rng: random.Random, n: int):
    """A pool of (district, name, USCC, industry): records repeat companies."""
    pool = []
    seen_names = set()
    seen_codes = set()
    while len(pool) < n:
        d = rng.choices(range(len(DISTRICTS)), DISTRICT_WEIGHTS)[0]
        district, division, short = DISTRICTS[d]
        ind = rng.choices(range(len(INDUSTRIES)), INDUSTRY_WEIGHTS)[0]
        industry, words = INDUSTRIES[ind]
        prefix = rng.choice(("滨州市", "滨州", short, "山东" + short, "滨州" + short))
        trade = rng.choice(TRADE_CHARS) + rng.choice(TRADE_CHARS)
        name = prefix + trade + rng.choice(words) + rng.choice(ORG_FORMS)
        if rng.random() < 0.04:
            name += short + BRANCH
        if name in seen_names:
            continue
        # 1 (registration authority: market regulation → 9), 2 (type: 1 company,
        # 2 individual business, 3 cooperative), 3–8 division, 9–17 the
        # organisation code ("MA" + 7), 18 the check character.
        kind = rng.choices("123", (85, 10, 5))[0]
        org = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
        first17 = "9" + kind + division + org
        code = first17 + uscc_check_char(first17)
        if code in seen_codes:
            continue
        seen_names.add(name)
        seen_codes.add(code)
        pool.append((district, name, code, industry))
    return pool


def person_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN_CHARS)
    if rng.random() < 0.7:
        given += rng.choice(GIVEN_CHARS)
    return rng.choice(SURNAMES) + given


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="the CSV to write")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args(argv)

    rng = random.Random(a.seed)
    companies = make_companies(rng, max(1, min(200_000, a.rows // 5)))
    names = [person_name(rng) for _ in range(50_000)]

    # Days 2020-01-01 … 2026-11-26 (the site's `today`), as text.
    import datetime
    start = datetime.date(2020, 1, 1)
    span = (datetime.date(2026, 11, 26) - start).days + 1
    dates = [(start + datetime.timedelta(days=i)).isoformat() for i in range(span)]

    status_cum = []
    acc = 0
    for w in STATUS_WEIGHTS:
        acc += w
        status_cum.append(acc)

    randrange = rng.randrange
    random_ = rng.random
    choice = rng.choice
    choices = rng.choices
    ncomp = len(companies)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        buf = []
        for i in range(1, a.rows + 1):
            district, cname, code, industry = companies[randrange(ncomp)]
            # Amounts: log-uniform 10 … 10,000,000 yuan, two decimals.
            cents = int(10 ** (3 + 6 * random_()))
            amount = f"{cents // 100}.{cents % 100:02d}"
            qty = int(10 ** (3 * random_()))
            status = STATUSES[choices(range(len(STATUSES)), cum_weights=status_cum)[0]]
            buf.append(
                f"{i},{dates[randrange(span)]},{district},{cname},{code},{industry},"
                f"{amount},{qty},{status},{choice(names)}\n"
            )
            if len(buf) >= 10_000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
