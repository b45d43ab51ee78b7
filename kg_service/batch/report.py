"""report.html: the regulator's view of a batch, offline (inline SVG charts drawn here, no script,
no CDN): eligibility by level, district and industry group; the conditions most often not met or
unknown; each att_2-1 row's indicator distributions with the threshold drawn; near misses.

Every word of the report is in both languages, each in an element of its own (``bi``: class ``l-zh``
or ``l-en``, with its ``lang``): the file shows both; a page that embeds the report (the web's batch
page takes ``<style>`` and ``<main class="report">`` from the file) shows its own language only. The
styles are scoped to ``.report``, so they hold in either place."""

from __future__ import annotations

import re
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
VERDICT_WORDS = {"eligible": ("符合", "eligible"), "not_eligible": ("不符合", "not eligible"),
                 "undetermined": ("待定", "undetermined")}
STATUS_WORDS = {"met": ("满足", "met"), "not_met": ("不满足", "not met"), "unknown": ("未知", "unknown")}
LEVEL_WORDS = {"basic": ("基础级", "basic level"), "advanced": ("先进级", "advanced level")}


def bi(zh: str, en: str, *, svg: bool = False) -> str:
    """Both languages, each marked (escaped here): side by side in the file, one of them on a page."""
    tag = "tspan" if svg else "span"
    return (f'<{tag} class="l-zh" lang="zh-CN">{escape(zh)}</{tag}>'
            f'<{tag} class="l-en" lang="en">{escape(en)}</{tag}>')


def _field_labels() -> dict[str, tuple[str, str]]:
    """Each profile field's labels (the batch columns': the ontology's, derived on first use)."""
    return {c.path: (c.zh, c.en) for c in COLUMNS}


def _named(text: str, lang: int, labels: dict[str, tuple[str, str]]) -> str:
    """An advice text with the profile's field paths it names (``maturity_level：1``) by their labels."""
    return re.sub(r"\b[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+\b",
                  lambda m: labels[m[0]][lang] if m[0] in labels else m[0], text)


def plain(words: tuple[str, str]) -> str:
    """Both languages in one attribute's text (a tooltip, an aria-label)."""
    return f"{words[0]} {words[1]}"


def _stacked(rows: list[tuple[str, dict[str, int]]], keys: list[str], words: dict[str, tuple[str, str]],
             title: str) -> str:
    """Horizontal stacked bars (HTML, so text keeps its size on a phone), as shares of each row's
    total; the row's name (markup) above its bar, counts on the segments and in the tooltips."""
    parts = [f'<div class="bars" role="img" aria-label="{escape(title)}">']
    for name, counts in rows:
        total = sum(counts.get(k, 0) for k in keys)
        parts.append(f'<div class="bar-name">{name} <span class="muted">({total})</span></div><div class="bar">')
        for k in keys:
            n = counts.get(k, 0)
            if n:
                share = 100 * n / (total or 1)
                parts.append(
                    f'<span class="seg" style="width:{share:.2f}%;background:{COLORS[k]}" '
                    f'title="{escape(plain(words[k]))}: {n}">{n if share >= 6 else ""}</span>'
                )
        parts.append("</div>")
    parts.append(
        '<div class="legend">'
        + "".join(f'<span><i style="background:{COLORS[k]}"></i>{bi(*words[k])}</span>' for k in keys)
        + "</div></div>"
    )
    return "".join(parts)


def _histogram(values: list[float], threshold: float | None, label: str, sub: str = "") -> str:
    w, h, pad = 300, 160, 28
    if not values:
        return f'<p class="muted">{bi(label, sub)}: —</p>'
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
        f'<svg viewBox="0 0 {w} {h + 34}" role="img" aria-label="{escape(label)} {escape(sub)}">',
        f'<text x="0" y="12" class="lbl">{bi(label, sub, svg=True)}</text>',
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
            f"{bi('参考值', 'threshold', svg=True)} {threshold:g}</text>"
        )
        reached = sum(1 for v in values if v >= threshold)
        counts = bi(f"{len(values)} 家，{reached} 家达到", f"n={len(values)} · ≥ {reached}", svg=True)
        parts.append(f'<text x="{w}" y="25" text-anchor="end" class="tick">{counts}</text>')
    parts.append("</svg>")
    return "".join(parts)


CSS = """
.report{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#1b1b1b;max-width:1100px;
margin:0 auto;padding:16px}
.report h1{font-size:1.4rem;margin:.2em 0}
.report h2{font-size:1.1rem;margin:1.4em 0 .4em;border-bottom:1px solid #ddd;padding-bottom:4px}
.report section.card{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0;
box-shadow:0 1px 2px rgba(0,0,0,.08)}
.report svg{width:100%;height:auto;display:block}
.report .lbl{font-size:12px;fill:#333}.report .tick{font-size:10px;fill:#555}.report .thr{font-size:10px;fill:#c62828}
.report h3.lbl{font-size:.9rem;margin:.8em 0 .2em}
.report .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:8px}
.report .kpis{display:flex;flex-wrap:wrap;gap:12px}
.report .kpi{background:#eef3f8;border-radius:6px;padding:8px 12px;min-width:120px}
.report .kpi b{display:block;font-size:1.3rem}.report .muted{color:#666}
.report table{border-collapse:collapse;width:100%;font-size:.85rem}
.report td,.report th{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
.report .bar-name{font-size:.82rem;margin-top:6px}
.report .bar{display:flex;height:20px;border-radius:3px;overflow:hidden;background:#eee}
.report .bar .seg{color:#fff;font-size:11px;line-height:20px;text-align:center;white-space:nowrap;overflow:hidden}
.report .legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.8rem;margin:8px 0}
.report .legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.report .l-zh+.l-en::before{content:" · "}
.report code{font-size:.8rem;color:#555}
@media (max-width:600px){.report{padding:8px}.report section.card{padding:8px 10px}.report table{font-size:.78rem}
.report table.nm tr{display:block;border-bottom:1px solid #ddd;padding:4px 0}
.report table.nm td{display:block;border:0;padding:1px 2px}.report table.nm thead{display:none}}
"""


def render(summary: dict, tally: Any, engine: Any) -> str:
    rules = engine.assessor.rules
    units = engine.assessor.compiled.units

    def condition(cid: str) -> str:
        label = rules.conditions[cid].label if cid in rules.conditions else {}
        return bi(label.get("zh", cid), label.get("en", cid))

    out = [
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>批量评估报告 Batch assessment report</title><style>{CSS}</style></head>"
        "<body style='margin:0;background:#f6f7f9'>"
        "<main class='report'>",
        f"<h1>{bi('智能工厂批量评估报告', 'Batch assessment report')}</h1>",
        f"<p class='muted'>{escape(str(summary.get('source') or ''))} · "
        f"{bi('规则版本', 'rules')} <code>{escape(summary.get('rules_version', '')[:12])}</code>"
        + (f" · {bi('评估日期', 'as of')} {escape(summary['as_of'])}" if summary.get("as_of") else "") + "</p>",
        "<div class='kpis'>",
        f"<div class='kpi'>{bi('企业', 'profiles')}<b>{summary['profiles']}</b></div>",
        f"<div class='kpi'>{bi('错误行', 'rejected rows')}<b>{summary['errors']}</b></div>",
    ]
    for lvl, counts in summary["levels"].items():
        zh, en = LEVEL_WORDS[lvl]
        out.append(f"<div class='kpi'>{bi(zh + '符合条件', en + ' eligible')}<b>{counts['eligible']}</b></div>")
    out.append("</div>")

    verdicts = ["eligible", "not_eligible", "undetermined"]
    out.append(f"<section class='card' id='levels'><h2>{bi('按级别', 'Eligibility by level')}</h2>")
    out.append(_stacked([(bi(*LEVEL_WORDS[lvl]), c) for lvl, c in summary["levels"].items()], verdicts,
                        VERDICT_WORDS, "eligibility by level"))
    out.append("</section>")

    def group_name(g: str) -> str:
        if g.startswith("att_"):  # an att_2-1 row: its title
            title = units.get(g, {}).get("title", {})
            return bi(title.get("zh") or g, title.get("en") or g)
        if g.startswith("section "):  # a GB/T 4754 section without a row of att_2-1
            return bi(f"门类 {g[8:]}", g)
        if g == "(none)":
            return bi("未填写行业", "no industry given")
        return escape(g)

    for key, (zh, en), groups, namer in (
        ("district", ("按区（注册地）", "By district (registration.district)"), tally.by_district,
         lambda g: bi("未填写区", "no district given") if g == "(none)"
         else f'<span translate="no">{escape(g)}</span>'),
        ("group", ("按行业组（附件2-1 的行，或 GB/T 4754 门类）",
                   "By industry group (att_2-1 row, or GB/T 4754 section)"),
         tally.by_group, group_name),
    ):
        out.append(f"<section class='card' id='{key}'><h2>{bi(zh, en)}</h2>")
        for lvl in tally.levels:
            ranked = sorted(groups.items(), key=lambda kv: -sum(kv[1][lvl].values()))[:20]
            out.append(f"<h3 class='lbl'>{bi(*LEVEL_WORDS[lvl])}</h3>")
            out.append(_stacked([(namer(g), c[lvl]) for g, c in ranked], verdicts, VERDICT_WORDS, f"{en} {lvl}"))
        out.append("</section>")

    conds = sorted(summary["conditions"].items(), key=lambda kv: -(kv[1]["not_met"] + kv[1]["unknown"]))
    out.append("<section class='card' id='conditions'>"
               f"<h2>{bi('最常未满足或未知的条件', 'Conditions most often not met or unknown')}</h2>")
    out.append(_stacked([(condition(c), n) for c, n in conds if n["not_met"] + n["unknown"]],
                        ["not_met", "unknown", "met"], STATUS_WORDS, "conditions"))
    out.append(f"<table><thead><tr><th>{bi('条件', 'condition')}</th><th>{STATUS_LABEL_HTML['not_met']}</th>"
               f"<th>{STATUS_LABEL_HTML['unknown']}</th><th>{STATUS_LABEL_HTML['met']}</th></tr></thead><tbody>")
    for c, n in conds:
        out.append(f"<tr><td>{condition(c)} <code>{escape(c)}</code></td>"
                   f"<td>{n['not_met']}</td><td>{n['unknown']}</td><td>{n['met']}</td></tr>")
    out.append("</tbody></table></section>")

    thresholds = engine.assessor.facts.thresholds  # the run's (a reform may change them)
    labels = _field_labels()
    out.append("<section class='card' id='indicators'>"
               f"<h2>{bi('附件2-1 指标分布（虚线为参考值）', 'att_2-1 indicators by row, threshold drawn')}</h2>")
    for row in sorted(thresholds):
        title = units.get(row, {}).get("title", {})
        values = tally.indicators.get(row, {})
        n = max((len(v) for v in values.values()), default=0)
        out.append(f"<h3 class='lbl'><code>{escape(row)}</code> {bi(title.get('zh', ''), title.get('en', ''))}"
                   f" ({bi(f'{n} 家', f'n={n}')})</h3><div class='grid'>")
        for _iri, field, _col in engine.assessor.facts.facts.indicators:
            zh, en = labels.get(f"indicators.{field}", (field, field))
            t = thresholds[row].get(field)
            out.append(f"<div>{_histogram(values.get(field, []), float(t) if t is not None else None, zh, en)}</div>")
        out.append("</div>")
    out.append("</section>")

    sub = bi("（只差一个条件或一项指标）", "(one condition or one indicator from eligible)")
    out.append(f"<section class='card' id='near-misses'><h2>{bi('差一步', 'Near misses')} "
               f"<small class='muted'>{sub}</small></h2>")
    if not tally.near_misses:
        out.append(f"<p class='muted'>{bi('无', 'none')}</p>")
    else:
        out.append(f"<table class='nm'><thead><tr><th>{bi('企业', 'profile')}</th><th>{bi('级别', 'level')}</th>"
                   f"<th>{bi('条件', 'condition')}</th><th>{bi('还缺什么', 'what is missing')}</th></tr></thead>"
                   "<tbody>")
        for m in tally.near_misses[:200]:
            what = "<br>".join(bi(_named(x["zh"], 0, labels), _named(x["en"], 1, labels)) for x in m["missing"])
            kind = bi("差一项指标", "one indicator") if m["kind"] == "indicator" else STATUS_LABEL_HTML[m["status"]]
            out.append(f"<tr><td><code>{escape(str(m['profile_id']))}</code></td><td>{bi(*LEVEL_WORDS[m['level']])}</td>"
                       f"<td>{condition(m['condition'])}<br><span class='muted'>{kind}</span></td><td>{what}</td></tr>")
        out.append("</tbody></table>")
        if len(tally.near_misses) > 200:
            n = len(tally.near_misses)
            out.append(f"<p class='muted'>{bi(f'仅列出前 200 项（共 {n} 项以上）', f'first 200 of {n}+ shown')}</p>")
    out.append("</section></main></body></html>")
    return "".join(out)


STATUS_LABEL_HTML = {k: bi(*v) for k, v in STATUS_WORDS.items()}
