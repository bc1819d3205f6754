"""Turns benchmarks/run.sh's results.tsv (and JMH's text result) into the Markdown table of BENCHMARKS.md."""
import csv
import os
import re
import sys
from collections import OrderedDict

results, jmh = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(results, encoding="utf-8"), delimiter="\t"))
out = []
p = out.append


def f(v, digits=0):
    if v in (None, ""):
        return ""
    x = float(v)
    return f"{x:,.{digits}f}"


for backend in OrderedDict.fromkeys(r["backend"] for r in rows):
    name = {"h2": "H2 file (embedded)", "pg": "PostgreSQL 15"}.get(backend, backend)
    p(f"### {name}\n")
    p("| scale | measure | Ronghe | baseline | Ronghe / baseline | Ronghe p50 / p99 ms | baseline p50 / p99 ms |")
    p("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        if r["backend"] != backend:
            continue
        m = r["measure"]
        if m.startswith("data:"):
            continue
        if r["baseline_rps"]:
            p(f"| {r['scale']} | {m} | {f(r['ronghe_rps'])}/s | {f(r['baseline_rps'])}/s | **{float(r['ratio']):.2f}** "
              f"| {f(r['ronghe_p50_ms'], 2)} / {f(r['ronghe_p99_ms'], 2)} | {f(r['baseline_p50_ms'], 2)} / {f(r['baseline_p99_ms'], 2)} |")
        elif r["ronghe_p50_ms"]:
            p(f"| {r['scale']} | {m} | {f(r['ronghe_rps'])}/s | | | {f(r['ronghe_p50_ms'], 2)} / {f(r['ronghe_p99_ms'], 2)} | |")
        else:
            p(f"| {r['scale']} | {m} | {f(r['ronghe_rps'])} | | | | |")
    data = [r for r in rows if r["backend"] == backend and r["measure"].startswith("data:")]
    if data:
        p("\nData generated through the application services:\n")
        scales = list(OrderedDict.fromkeys(r["scale"] for r in data))
        keys = list(OrderedDict.fromkeys(r["measure"][6:] for r in data))
        p("| " + " | ".join(["scale"] + keys) + " |")
        p("|---" * (len(keys) + 1) + "|")
        for s in scales:
            values = {r["measure"][6:]: r["ronghe_rps"] for r in data if r["scale"] == s}
            p("| " + " | ".join([s] + [f(values.get(k)) for k in keys]) + " |")
    # growth: p99 per scale relative to the district
    for measure in ("GET /structure", "GET /overdue-tasks (first page)"):
        series = [(r["scale"], float(r["ronghe_p99_ms"])) for r in rows
                  if r["backend"] == backend and r["measure"] == measure and r["ronghe_p99_ms"]]
        if len(series) > 1 and series[0][1] > 0:
            p(f"\nGrowth of {measure} p99: " + ", ".join(f"{s} {v:.2f} ms (×{v / series[0][1]:.1f})" for s, v in series))
    p("")

budget = []
for r in rows:
    m, b, s = r["measure"], r["backend"], r["scale"]
    if m.startswith("authenticated GET"):
        budget.append((f"{b} {s}: authenticated GET ≥ 85% of the bare read", float(r["ratio"]) >= 0.85, f"{float(r['ratio']):.2f}"))
    if m.startswith("authenticated create"):
        budget.append((f"{b} {s}: durable create ≥ 50% of the bare insert", float(r["ratio"]) >= 0.50, f"{float(r['ratio']):.2f}"))
    if m == "GET /structure" and s == "province":
        budget.append((f"{b}: structure tree of ~10,000 memberships p99 < 50 ms", float(r["ronghe_p99_ms"]) < 50, r["ronghe_p99_ms"] + " ms"))
    if m.startswith("GET /overdue-tasks") and s == "tasks_1m":
        budget.append((f"{b}: overdue list over 1,000,000 tasks < 1 s (p99)", float(r["ronghe_p99_ms"]) < 1000, r["ronghe_p99_ms"] + " ms"))
    if m.startswith("first request"):
        budget.append((f"{b} {s}: first request served < 2 s after start", float(r["ronghe_rps"]) < 2000, r["ronghe_rps"] + " ms"))
    if m.startswith("peak RSS"):
        budget.append((f"{b} {s}: RSS under load ≤ 256 MB at -Xmx128m", float(r["ronghe_rps"]) <= 256, r["ronghe_rps"] + " MB"))
suspect_file = os.path.join(os.path.dirname(results) or ".", "suspect.tsv")
if os.path.exists(suspect_file) and os.path.getsize(suspect_file) > 0:
    p("### Latency figures that fail the one-client check\n")
    p("With one connection, mean latency × requests cannot exceed the run; wrk's statistics broke that here,")
    p("so read these rows' p50 and throughput, not their p99:\n")
    for line in open(suspect_file, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 4:
            p(f"- {fields[0]} {fields[1]} {fields[2]}: mean × requests = {float(fields[3]):,.1f} s")
    p("")

if budget:
    p("### Budget\n")
    p("| budget | measured | |")
    p("|---|---:|---|")
    for text, ok, value in budget:
        p(f"| {text} | {value} | {'met' if ok else '**missed**'} |")
    p("")

if os.path.exists(jmh):
    p("### JMH hot paths (in-memory adapter, average µs per operation)\n")
    scores = OrderedDict()
    for line in open(jmh, encoding="utf-8"):
        tokens = line.split()
        if not tokens or not tokens[0].startswith("HotPathBenchmarks.") or "avgt" not in tokens:
            continue
        score = tokens[tokens.index("±") - 1] if "±" in tokens else tokens[-2]
        scores.setdefault(tokens[0].split(".", 1)[1], OrderedDict())[tokens[1]] = float(score.replace(",", ""))
    scales = list(OrderedDict.fromkeys(s for v in scores.values() for s in v))
    p("| benchmark | " + " | ".join(scales) + (" | province / district |" if "PROVINCE" in scales else " |"))
    p("|---" * (len(scales) + 1 + (1 if "PROVINCE" in scales else 0)) + "|")
    for name, v in scores.items():
        cells = [f"{v[s]:,.1f}" if s in v else "" for s in scales]
        growth = ""
        if "PROVINCE" in v and v.get("DISTRICT"):
            growth = f" | ×{v['PROVINCE'] / v['DISTRICT']:.0f}"
        p(f"| {name} | " + " | ".join(cells) + growth + " |")
    p("")
    grid = OrderedDict()
    for line in open(jmh, encoding="utf-8"):
        tokens = line.split()
        if not tokens or not tokens[0].startswith("GridBenchmarks."):
            continue
        score = tokens[tokens.index("±") - 1] if "±" in tokens else tokens[-2]
        grid[(tokens[0].split(".", 1)[1], tokens[1])] = float(score.replace(",", ""))
    if grid:
        p("### JMH grids (domain, one thread)\n")
        p("| benchmark | scale | measured | budget | |")
        p("|---|---|---:|---:|---|")
        budgets = {("locate", "DISTRICT"): (100_000, "lookups/s", True),
                   ("locate", "PROVINCE"): (20_000, "lookups/s", True),
                   ("validateTownPlan", "DISTRICT"): (1_000, "ms", False),
                   ("validateTownPlan", "PROVINCE"): (1_000, "ms", False)}
        for (name, scale), value in grid.items():
            limit, unit, at_least = budgets.get((name, scale), (None, "", True))
            ok = limit is None or (value >= limit if at_least else value < limit)
            bound = "" if limit is None else ("≥ " if at_least else "< ") + f"{limit:,} {unit}"
            p(f"| {name} | {scale} | {value:,.1f} {unit} | {bound} | {'met' if ok else '**missed**'} |")
        p("")
print("\n".join(out))
