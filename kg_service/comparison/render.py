"""A comparison as text: a plain-text table for the terminal, a Markdown briefing, CSV, JSON.

Languages: ``both`` (Chinese first, then English), ``zh`` or ``en``. Whatever the language, a cited
Beijing unit's Chinese text is quoted as it is the official wording; English renderings of the
units are this project's and are marked unofficial. JSON always carries both languages.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Literal

from kg_service.comparison.formats import FORMATS, LANGS
from kg_service.comparison.models import CellOut, ComparisonOut, Relation, SourceOut, Text
from kg_service.spreadsheet import safe_cell

Lang = Literal["both", "zh", "en"]


def pick(text: Text, lang: str, sep: str = " / ") -> str:
    if lang == "zh":
        return text.zh
    if lang == "en":
        return text.en
    return text.zh if text.zh == text.en else f"{text.zh}{sep}{text.en}"


def _t(zh: str, en: str) -> Text:
    return Text(zh=zh, en=en)


def title(comp: ComparisonOut) -> Text:
    """Beijing's level against the peer columns (reference columns are named in the basis line)."""
    base = next(c for c in comp.columns if c.role == "base")
    peers = [c for c in comp.columns if c.role == "peer"]
    if not peers:
        return _t(f"{base.label.zh}：逐项说明", f"{base.label.en}: point by point")
    return _t(f"{base.label.zh}与{'、'.join(c.label.zh for c in peers)}逐项对比",
              f"{base.label.en} against {', '.join(c.label.en for c in peers)}, point by point")


def _basis(comp: ComparisonOut) -> Text:
    m = comp.measures
    return _t(f"依据《{m.title.zh}》（{m.number}）。对比对象：{'、'.join(c.label.zh for c in comp.columns)}。",
              f"Basis: {m.title.en} ({m.number}). Compared: {', '.join(c.label.en for c in comp.columns)}.")


def _relation_labels(comp: ComparisonOut) -> dict[Relation, Text]:
    return {r.key: r.label for r in comp.relations}


def _source_line(src: SourceOut, lang: str) -> str:
    """gmw.cn, 2024-10-31 — gmw.cn report on … [reports on: 工信厅联通装函〔2024〕399号, 2024-10]"""
    date = src.date or pick(_t("未注明日期", "date not given"), lang)
    line = f"{src.publisher or pick(_t('发布者未注明', 'publisher not given'), lang)}, {date} — {pick(src.label, lang)}"
    if src.document:
        doc = src.document
        what = doc.identifier or pick(doc.label, lang)
        when = f", {doc.date}" if doc.date else ""
        line += f" ({pick(_t('所涉文件', 'reports on'), lang)}: {what}{when})"
    return line


# --- Markdown ------------------------------------------------------------------------------------

class _Notes:
    """Footnote labels: a cited unit is labelled by its eId (readable in the raw text), a source by
    S1, S2 … in order of first appearance; every cell citing the same thing shares the note."""

    def __init__(self) -> None:
        self.units: list[str] = []
        self.sources: dict[str, tuple[str, SourceOut]] = {}

    def cell_refs(self, cell: CellOut) -> str:
        refs = []
        for eid in cell.citations:
            if eid not in self.units:
                self.units.append(eid)
            refs.append(f"[^{eid}]")
        for src in cell.sources:
            label, _ = self.sources.setdefault(src.id, (f"S{len(self.sources) + 1}", src))
            refs.append(f"[^{label}]")
        return "".join(refs)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", "<br>")


def _md_cell(cell: CellOut | None, rel: Relation | None, labels: dict[Relation, Text], notes: _Notes,
             lang: str) -> str:
    if cell is None:
        return "—"  # a reference column not compared on this row
    text = _md_escape(pick(cell.value, lang, sep="<br>"))
    if not cell.stated:
        text = f"*{text}*"  # italics: the sources we hold do not state the rule
    refs = notes.cell_refs(cell)
    out = f"{text} {refs}" if refs else text
    if rel is not None:
        out += f"<br>→ **{_md_escape(pick(labels[rel], lang))}**"
    return out


def _bullet(text: Text, lang: str) -> str:
    return "- " + pick(text, lang, sep=" ")


def markdown(comp: ComparisonOut, lang: str = "both") -> str:
    """A briefing: title, how to read it, one table, then the cited provisions and the sources."""
    notes = _Notes()
    labels = _relation_labels(comp)
    head = title(comp)
    out = [f"# {head.en if lang == 'en' else head.zh}"]
    if lang == "both":
        out.append(f"**{head.en}**")
    out += ["", _md_escape(pick(_basis(comp), lang, sep="<br>")), ""]

    out += [f"**{pick(_t('阅读说明', 'How to read this table'), lang)}**", ""]
    out.append(_bullet(comp.note, lang))
    # Chinese-only text takes Chinese punctuation; bilingual and English text the Western one
    colon, semicolon, stop = ("：", "；", "。") if lang == "zh" else (": ", "; ", ".")
    legend = semicolon.join(f"**{pick(labels[k], lang)}**" for k in labels)
    arrow = _t("非北京列中“→”后为北京相对该列的关系", "“→” in a non-Beijing cell: Beijing's relation to that column")
    out.append(f"- {pick(arrow, lang)}{colon}{legend}{stop}")
    out.append(_bullet(_t("斜体：来源未说明该项规则（注明来源实际说了什么）。",
                          "Italics: the sources do not state the rule (what they do say is given)."), lang))
    if any(c.role == "reference" for c in comp.columns):
        out.append(_bullet(_t("参照列仅在相关行显示，其他行为“—”。",
                              "The reference column is shown only on the rows it concerns; elsewhere “—”."), lang))
    out.append("")

    header = [pick(_t("比较项", "Point"), lang, sep="<br>")] + [pick(c.label, lang, sep="<br>") for c in comp.columns]
    out.append("| " + " | ".join(_md_escape(h) for h in header) + " |")
    out.append("|" + "---|" * len(header))
    for row in comp.rows:
        dim = row.dimension.label
        first = f"**{dim.zh}**<br>{dim.en}" if lang == "both" else f"**{pick(dim, lang)}**"
        cells = [_md_cell(row.values.get(c.key), row.relations.get(c.key), labels, notes, lang) for c in comp.columns]
        out.append("| " + " | ".join([first, *cells]) + " |")
    out.append("")

    units = {u.eid: u for u in comp.cited_units}
    order = {u.eid: i for i, u in enumerate(comp.cited_units)}
    if notes.units:
        number = comp.measures.number
        out += [f"## {pick(_t(f'引用条款（{number}）', f'Cited provisions ({number})'), lang)}", ""]
        unofficial = pick(_t("英文为非官方译文", "unofficial translation"), lang)
        for eid in sorted(notes.units, key=lambda e: (order.get(e, len(order)), e)):
            unit = units.get(eid)
            if unit is None:  # cited but not in the corpus: say so rather than drop the note
                out.append(f"[^{eid}]: `{eid}` ({pick(_t('语料中无此单元', 'not in the corpus'), lang)})")
                continue
            line = f"[^{eid}]: `{eid}` {_md_escape(pick(unit.title, lang))}{colon}「{_md_escape(unit.text.zh)}」"
            if lang != "zh":
                line += f" *({unofficial}: {_md_escape(unit.text.en)})*"
            out.append(line)
        out.append("")
    if notes.sources:
        out += [f"## {pick(_t('来源（国家及外省方案）', 'Sources (national and provincial schemes)'), lang)}", ""]
        for label, src in notes.sources.values():
            out.append(f"[^{label}]: {_md_escape(_source_line(src, lang))}")
        out.append("")
    return "\n".join(out)


# --- plain-text table ----------------------------------------------------------------------------

def _evidence_line(cell: CellOut, lang: str) -> str:
    parts = list(cell.citations) + [f"{s.publisher or s.id}{' ' + s.date if s.date else ''}" for s in cell.sources]
    return f"[{'; '.join(parts)}]" if parts else ""


def table(comp: ComparisonOut, lang: str = "both") -> str:
    """One block per dimension: each column's value, its evidence and Beijing's relation to it.

    Blocks rather than a grid: cells hold sentences in two scripts, which no fixed-width grid
    shows legibly in a terminal.
    """
    labels = _relation_labels(comp)
    head = title(comp)
    lines = [pick(head, lang, sep="\n"), pick(_basis(comp), lang, sep="\n"), "=" * 72]
    for row in comp.rows:
        lines.append("")
        lines.append(f"{row.dimension.order:>2}. {pick(row.dimension.label, lang)}")
        for col in comp.columns:
            cell = row.values.get(col.key)
            if cell is None:
                continue
            rel = row.relations.get(col.key)
            marker = f"   → {pick(labels[rel], lang)}" if rel else ""
            lines.append(f"    {pick(col.label, lang)}{marker}")
            value = pick(cell.value, lang, sep="\n")
            # a fact that is present but not stated says what the sources do say: flag it; an absent
            # fact's text already reads "not stated"
            flagged = not cell.stated and cell.fact is not None
            prefix = "(" + pick(_t("未说明", "not stated"), lang) + ") " if flagged else ""
            for i, part in enumerate(value.split("\n")):
                lines.append(f"        {prefix if i == 0 else ''}{part}")
            if ev := _evidence_line(cell, lang):
                lines.append(f"        {ev}")
    lines += ["", pick(comp.note, lang, sep="\n")]
    return "\n".join(lines) + "\n"


# --- CSV, JSON -----------------------------------------------------------------------------------

def _langs(lang: str) -> tuple[str, ...]:
    return ("zh", "en") if lang == "both" else (lang,)


def csv_text(comp: ComparisonOut, lang: str = "both") -> str:
    """Wide CSV: one line per dimension, a group of columns per compared column."""
    langs = _langs(lang)
    header = ["order", "dimension", *(f"dimension_{lg}" for lg in langs), "direction"]
    for col in comp.columns:
        header += [*(f"{col.key}_value_{lg}" for lg in langs), f"{col.key}_stated", f"{col.key}_citations",
                   f"{col.key}_sources"]
        if col.role != "base":
            header.append(f"{col.key}_relation")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(safe_cell(h) for h in header)
    for row in comp.rows:
        line: list[str | int] = [row.dimension.order, row.dimension.id,
                                 *(getattr(row.dimension.label, lg) for lg in langs), row.dimension.direction]
        for col in comp.columns:
            cell = row.values.get(col.key)
            width = len(langs) + 3 + (col.role != "base")
            if cell is None:
                line += [""] * width
                continue
            line += [*(getattr(cell.value, lg) for lg in langs), str(cell.stated).lower(), "; ".join(cell.citations),
                     "; ".join(_source_line(s, "en" if lang == "both" else lang) for s in cell.sources)]
            if col.role != "base":
                line.append(row.relations.get(col.key, ""))
        w.writerow([safe_cell(v) for v in line])
    return buf.getvalue()


def json_text(comp: ComparisonOut, lang: str = "both") -> str:
    return comp.model_dump_json(indent=2) + "\n"


RENDERERS: dict[str, Callable[[ComparisonOut, str], str]] = {
    "table": table, "markdown": markdown, "csv": csv_text, "json": json_text,
}


def render(comp: ComparisonOut, fmt: str = "table", lang: str = "both") -> str:
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format '{fmt}': expected one of {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown language '{lang}': expected one of {', '.join(LANGS)}")
    return RENDERERS[fmt](comp, lang)


__all__ = ["FORMATS", "LANGS", "csv_text", "json_text", "markdown", "pick", "render", "table", "title"]
