"""report.html: the regulator's view of a batch, offline (inline SVG charts drawn here, no script,
no CDN): eligibility by level, district and industry group; the conditions most often not met or
unknown; each att_2-1 row's indicator distributions with the threshold drawn; near misses."""

from __future__ import annotations

from html import escape
from typing import Any

import numpy as np

from kg_service.batch.columns import COLUMNS

COLORS = {
    "eligible": "#2e7d32",
    "not_eligible": "#c62828",
    "undetermined": "#f9a825",
    "met": "#2e7d32",
    "not_met": "#c62828",
    "unknown": "#f9a825",
}
VERDICT_LABEL = {
    "eligible": "符合 eligible",
    "not_eligible": "不符合 not eligible",
    "undetermined": "待定 undetermined",
}
STATUS_LABEL = {"met": "满足 met", "not_met": "不满足 not met", "unknown": "未知 unknown"}
LEVEL_LABEL = {"basic": "基础级 basic", "advanced": "先进级 advanced"}


def _stacked(rows: list[tuple[str, dict[str, int]]], keys: list[str], labels: dict[str, str], title: str) -> str:
    """Horizontal stacked bars (HTML, so text keeps its size on a phone), as shares of each row's
    total; the row's name above its bar, counts on the segments and in the tooltips."""
    parts = [f'<div class="bars" role="img" aria-label="{escape(title)}">']
    for name, counts in rows:
        total = sum(counts.get(k, 0) for k in keys)
        parts.append(
            f'<div class="bar-name">{escape(name)} <span class="muted">({total})</span></div><div class="bar">'
        )
        for k in keys:
            n = counts.get(k, 0)
            if n:
                share = 100 * n / (total or 1)
                parts.append(
                    f'<span style="width:{share:.2f}%;background:{COLORS[k]}" '
                    f'title="{escape(name)} · {escape(labels[k])}: {n}">{n if share >= 6 else ""}</span>'
                )
        parts.append("</div>")
    parts.append(
        '<div class="legend">'
        + "".join(f'<span><i style="background:{COLORS[k]}"></i>{escape(labels[k])}</span>' for k in keys)
        + "</div></div>"
    )
    return "".join(parts)


def _histogram(values: list[float], threshold: float | None, label: str, sub: str = "") -> str:
    w, h, pad = 300, 160, 28
    if not values:
        return f'<p class="muted">{escape(label)}: —</p>'
    arr = np.asarray(values, dtype=np.float64)
    lo, hi = float(arr.min()), float(arr.max())
    if threshold is not None:
        lo, hi = min(lo, threshold), max(hi, threshold)
    if hi == lo:
        hi = lo + 1
    bins = 12
    # each value's bin, as int((v - lo) / (hi - lo) * bins) (v ≥ lo: truncation), counted at once
    counts = np.bincount(np.minimum(bins - 1, ((arr - lo) / (hi - lo) * bins).astype(np.int64)),
                         minlength=bins).tolist()
    top = max(counts) or 1
    bw = (w - 2 * pad) / bins

    def sx(v):
        return pad + (v - lo) / (hi - lo) * (w - 2 * pad)

    parts = [
        f'<svg viewBox="0 0 {w} {h + 34}" role="img" aria-label="{escape(label)}">',
        f'<text x="0" y="12" class="lbl">{escape(label)}</text>',
        f'<text x="0" y="25" class="tick">{escape(sub)}</text>',
    ]
    for i, c in enumerate(counts):
        bh = (h - 40) * c / top
        x0 = lo + (hi - lo) * i / bins
        met = threshold is None or x0 + (hi - lo) / bins > threshold
        parts.append(
            f'<rect x="{pad + i * bw + 1:.1f}" y="{h - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" '
            f'fill="{"#1565c0" if met else "#90a4ae"}"><title>{x0:.1f}–{x0 + (hi - lo) / bins:.1f}: {c}</title></rect>'
        )
    parts.append(f'<line x1="{pad}" y1="{h}" x2="{w - pad}" y2="{h}" stroke="#555"/>')
    parts.append(
        f'<text x="{pad}" y="{h + 14}" class="tick">{lo:g}</text>'
        f'<text x="{w - pad}" y="{h + 14}" text-anchor="end" class="tick">{hi:g}</text>'
    )
    if threshold is not None:
        tx = sx(threshold)
        lx = min(max(tx, 60), w - 60)  # the label stays inside the chart
        parts.append(
            f'<line x1="{tx:.1f}" y1="30" x2="{tx:.1f}" y2="{h}" stroke="#c62828" stroke-width="2" '
            f'stroke-dasharray="4 3"/><text x="{lx:.1f}" y="{h + 28}" text-anchor="middle" class="thr">'
            f"阈值 threshold {threshold:g}</text>"
        )
        reached = sum(1 for v in values if v >= threshold)
        parts.append(f'<text x="{w}" y="25" text-anchor="end" class="tick">n={len(values)} · ≥ {reached}</text>')
    parts.append("</svg>")
    return "".join(parts)


CSS = """
body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.2em 0}
h2{font-size:1.1rem;margin:1.4em 0 .4em;border-bottom:1px solid #ddd;padding-bottom:4px}
section.card{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
svg{width:100%;height:auto;display:block}
.lbl{font-size:12px;fill:#333}.in{font-size:11px;fill:#fff}.tick{font-size:10px;fill:#555}.thr{font-size:10px;fill:#c62828}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:8px}
.kpis{display:flex;flex-wrap:wrap;gap:12px}.kpi{background:#eef3f8;border-radius:6px;padding:8px 12px;min-width:120px}
.kpi b{display:block;font-size:1.3rem}.muted{color:#777}
table{border-collapse:collapse;width:100%;font-size:.85rem}
td,th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.bar-name{font-size:.82rem;margin-top:6px}.bar{display:flex;height:20px;border-radius:3px;overflow:hidden;background:#eee}
.bar span{color:#fff;font-size:11px;line-height:20px;text-align:center;white-space:nowrap;overflow:hidden}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.8rem;margin:8px 0}
.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
@media (max-width:600px){main{padding:8px}section.card{padding:8px 10px}table{font-size:.78rem}
table.nm tr{display:block;border-bottom:1px solid #ddd;padding:4px 0}table.nm td{display:block;border:0;padding:1px 2px}
table.nm tr:first-child{display:none}}
"""


def render(summary: dict, tally: Any, engine: Any) -> str:
    rules = engine.assessor.rules
    units = engine.assessor.compiled.units
    out = [
        f"<!doctype html><html lang='zh'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>批量评估报告 Batch assessment report</title><style>{CSS}</style></head><body><main>",
        "<h1>智能工厂批量评估报告 · Batch assessment report</h1>",
        f"<p class='muted'>{escape(str(summary.get('source') or ''))} · "
        f"rules {escape(summary.get('rules_version', '')[:12])}"
        f"{' · as of ' + escape(summary['as_of']) if summary.get('as_of') else ''}</p>",
        "<div class='kpis'>",
        f"<div class='kpi'>profiles 企业<b>{summary['profiles']}</b></div>",
        f"<div class='kpi'>rejected rows 错误行<b>{summary['errors']}</b></div>",
    ]
    for lvl, counts in summary["levels"].items():
        out.append(f"<div class='kpi'>{LEVEL_LABEL[lvl]} eligible<b>{counts['eligible']}</b></div>")
    out.append("</div>")

    verdicts = ["eligible", "not_eligible", "undetermined"]
    out.append("<section class='card' id='levels'><h2>按级别 · Eligibility by level</h2>")
    out.append(
        _stacked(
            [(LEVEL_LABEL[lvl], c) for lvl, c in summary["levels"].items()],
            verdicts,
            VERDICT_LABEL,
            "eligibility by level",
        )
    )
    out.append("</section>")

    for title, groups, namer in (
        ("按区 · By district (registration.district)", tally.by_district, lambda g: g),
        (
            "按行业组 · By industry group (att_2-1 row, or GB/T 4754 section)",
            tally.by_group,
            lambda g: (units.get(g, {}).get("title", {}).get("zh") or g) if g.startswith("att_") else g,
        ),
    ):
        out.append(
            f"<section class='card' id='{'district' if groups is tally.by_district else 'group'}'>"
            f"<h2>{escape(title)}</h2>"
        )
        for lvl in tally.levels:
            ranked = sorted(groups.items(), key=lambda kv: -sum(kv[1][lvl].values()))[:20]
            out.append(f"<h3 class='lbl'>{LEVEL_LABEL[lvl]}</h3>")
            out.append(_stacked([(namer(g), c[lvl]) for g, c in ranked], verdicts, VERDICT_LABEL, f"{title} {lvl}"))
        out.append("</section>")

    conds = sorted(summary["conditions"].items(), key=lambda kv: -(kv[1]["not_met"] + kv[1]["unknown"]))
    out.append(
        "<section class='card' id='conditions'>"
        "<h2>最常未满足或未知的条件 · Conditions most often not met or unknown</h2>"
    )
    out.append(
        _stacked(
            [
                (rules.conditions[c].label.get("zh", c) if c in rules.conditions else c, n)
                for c, n in conds
                if n["not_met"] + n["unknown"]
            ],
            ["not_met", "unknown", "met"],
            STATUS_LABEL,
            "conditions",
        )
    )
    out.append("<table><tr><th>condition</th><th>not met</th><th>unknown</th><th>met</th></tr>")
    for c, n in conds:
        label = rules.conditions[c].label if c in rules.conditions else {}
        out.append(
            f"<tr><td>{escape(label.get('zh', c))}<br><span class='muted'>{escape(label.get('en', c))} ({c})</span>"
            f"</td><td>{n['not_met']}</td><td>{n['unknown']}</td><td>{n['met']}</td></tr>"
        )
    out.append("</table></section>")

    thresholds = engine.assessor.facts.thresholds  # the run's (a reform may change them)
    labels = {c.path: (c.zh, c.en) for c in COLUMNS}
    out.append(
        "<section class='card' id='indicators'><h2>附件2-1 指标分布 · att_2-1 indicators by row, threshold drawn</h2>"
    )
    for row in sorted(thresholds):
        title = units.get(row, {}).get("title", {})
        values = tally.indicators.get(row, {})
        out.append(
            f"<h3 class='lbl'>{escape(row)} {escape(title.get('zh', ''))} · {escape(title.get('en', ''))}"
            f" (n={max((len(v) for v in values.values()), default=0)})</h3><div class='grid'>"
        )
        for _iri, field, _col in engine.assessor.facts.facts.indicators:
            zh, en = labels.get(f"indicators.{field}", (field, field))
            t = thresholds[row].get(field)
            out.append(f"<div>{_histogram(values.get(field, []), float(t) if t is not None else None, zh, en)}</div>")
        out.append("</div>")
    out.append("</section>")

    out.append(
        "<section class='card' id='near-misses'>"
        "<h2>差一步 · Near misses (one condition or one indicator from eligible)</h2>"
    )
    if not tally.near_misses:
        out.append("<p class='muted'>none</p>")
    else:
        out.append(
            "<table class='nm'><tr><th>profile</th><th>level</th><th>condition</th><th>what is missing</th></tr>"
        )
        for m in tally.near_misses[:200]:
            what = "<br>".join(
                f"{escape(x['zh'])}<br><span class='muted'>{escape(x['en'])}</span>" for x in m["missing"]
            )
            kind = "one indicator 差一项指标" if m["kind"] == "indicator" else m["status"]
            out.append(
                f"<tr><td>{escape(str(m['profile_id']))}</td><td>{LEVEL_LABEL[m['level']]}</td>"
                f"<td>{escape(m['condition'])}<br><span class='muted'>{escape(kind)}</span></td><td>{what}</td></tr>"
            )
        out.append("</table>")
        if len(tally.near_misses) > 200:
            out.append(f"<p class='muted'>first 200 of {len(tally.near_misses)}+ shown</p>")
    out.append("</section></main></body></html>")
    return "".join(out)
