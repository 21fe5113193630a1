#!/usr/bin/env python3
"""Checks a CSV from make_data.py: shape, USCC check characters (GB 32100),
and that no token could pass for a mobile or resident ID number.

    python3 check_data.py FILE.csv
"""

import re
import sys

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
DISTRICTS = {"滨城区", "沾化区", "惠民县", "阳信县", "无棣县", "博兴县", "邹平市"}
TOKEN = re.compile(r"[0-9A-Za-z]+")


def uscc_ok(c):
    if len(c) != 18 or any(x not in CHARS for x in c):
        return False
    s = sum(CHARS.index(x) * w for x, w in zip(c[:17], W))
    return CHARS[(31 - s % 31) % 31] == c[17]


def resident_id_ok(t):
    if len(t) != 18 or not t[:17].isdigit():
        return False
    s = sum(int(x) * w for x, w in zip(t[:17], ID_W))
    return "10X98765432"[s % 11] == t[17].upper()


def main(path):
    bad = 0
    n = 0
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(",")
        assert len(header) == 10, header
        for line_no, line in enumerate(f, 2):
            cols = line.rstrip("\n").split(",")
            n += 1
            problems = []
            if len(cols) != 10:
                problems.append(f"{len(cols)} fields")
            else:
                if cols[0] != str(n):
                    problems.append("record number")
                if not re.fullmatch(r"20(2[0-6])-\d\d-\d\d", cols[1]):
                    problems.append("date")
                if cols[2] not in DISTRICTS:
                    problems.append("district")
                if not uscc_ok(cols[4]):
                    problems.append("uscc " + cols[4])
                if not re.fullmatch(r"\d+\.\d\d", cols[6]):
                    problems.append("amount")
            for t in TOKEN.findall(line):
                if resident_id_ok(t):
                    problems.append("resident-id-like " + t)
                if len(t) == 11 and t.isdigit() and t[0] == "1" and t[1] in "3456789":
                    problems.append("mobile-like " + t)
            if problems:
                bad += 1
                if bad <= 10:
                    print(f"line {line_no}: {'; '.join(problems)}")
    print(f"{n} rows, {bad} bad")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
