#!/usr/bin/env python3
"""The peer: what a data engineer would write instead of `kaifang build`'s data
stage, with Python polars (+ xlsxwriter for the XLSX, which polars'
`write_excel` uses).

    python peer.py IN.csv OUTDIR

Reads the CSV (schema inferred), masks 联系人 the way a publisher would (first
character kept, the rest starred), and writes the table as UTF-8 CSV, JSON
(an array of records), Parquet (zstd) and XLSX into OUTDIR. It does less than
kaifang (no PII scan, no profile, no quality checks, no viewer chunks), so the
comparison flatters the peer. Prints the seconds of each step.
"""

import os
import sys
import time

import polars as pl


def main(src: str, out: str) -> int:
    os.makedirs(out, exist_ok=True)
    base = os.path.splitext(os.path.basename(src))[0]
    steps = []

    def step(name, fn):
        t = time.perf_counter()
        r = fn()
        steps.append((name, time.perf_counter() - t))
        return r

    df = step("read csv", lambda: pl.read_csv(src, infer_schema_length=10_000))
    if "联系人" in df.columns:
        df = step(
            "mask",
            lambda: df.with_columns(
                (pl.col("联系人").str.slice(0, 1) + pl.col("联系人").str.slice(1).str.replace_all(".", "*"))
                .alias("联系人")
            ),
        )
    step("write csv", lambda: df.write_csv(os.path.join(out, base + ".csv")))
    step("write json", lambda: df.write_json(os.path.join(out, base + ".json")))
    step("write parquet", lambda: df.write_parquet(os.path.join(out, base + ".parquet"), compression="zstd"))
    step("write xlsx", lambda: df.write_excel(os.path.join(out, base + ".xlsx"), worksheet="Sheet1"))

    for name, s in steps:
        print(f"{name:14} {s:8.2f} s")
    print(f"{'total':14} {sum(s for _, s in steps):8.2f} s  ({df.height} rows x {df.width} columns)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
