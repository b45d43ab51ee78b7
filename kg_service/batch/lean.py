"""Lean lines of results.jsonl — the default — and their exact rebuild from summary.json.

A full line is the JSON ``POST /assess`` answers for the profile (``--full``): 16–20 kB, most of it
the rules' own words repeated on every line (messages, labels, requirements), the same conditions
listed under both levels, and advice. A lean line keeps what is the profile's own and leaves out what
summary.json holds (the contract's "Batch output size", applied to every text of the rules, not only
messages), about a tenth of the size:

    {"profile_id", "as_of", "measures": "<version id>",
     "results": [{"level", "verdict"}, …],
     "conditions": {"<id>": "<status>" | {"status"[, "message"][, "row"][, "articles"][, "required"]}, …},
     "observed": {"<field path>": value, …}}

- each condition appears once (a level lists its conditions in ``summary["lean"]["levels"]``); its
  status alone when nothing else of it differs from summary.json;
- ``message`` is left out when it is ``summary["messages"][id][status]`` (the run's most frequent one
  for that condition and status); any other stays in the line;
- a condition that draws in its industry's att_2-1 row names it (``row``); its articles and the row's
  thresholds are in ``summary["lean"]["conditions"][id]["rows"]``; the words of ``required``, the
  ``label`` and the fields shown as ``observed`` are the condition's, there too;
- ``observed`` is given once for the line (every field any condition shows; null values left out);
- ``notice``, ``reform`` and ``rules_version`` are the run's (summary.json), ``measures`` names the
  version (``summary["lean"]["measures"]``);
- ``missing`` (advice) and ``citations`` (cited texts) are left out: ``--full`` writes them.

``expand(line, summary)`` rebuilds the full answer (without ``missing``) byte for byte; the tests
hold it to the single path's.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from kg_service.assessment.engine import Assessor, all_of
from kg_service.assessment.population import STATUSES, VERDICTS, Population
from kg_service.assessment.profile import schema
from kg_service.assessment.rules import Condition
from kg_service.batch.fastjson import compact, compact_bytes

FORMAT = 1
LEFT_OUT = ("missing", "citations")


# one encoder for every piece (json.dumps with options makes a new one per call)
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _closed_fields(profile_schema: dict) -> frozenset[str] | None:
    """The top-level fields of a valid profile, when the schema allows no other and none of them null (a
    valid profile then holds only these, none None); else None."""
    props = profile_schema.get("properties") or {}
    if profile_schema.get("additionalProperties") is not False or not all(
            isinstance(spec, dict) and isinstance(spec.get("type"), str) and spec["type"] != "null"
            for spec in props.values()):
        return None
    return frozenset(props)


def _observer(fields: Sequence[str], closed: frozenset[str] | None = None):
    """A function giving a (valid) profile's values of ``fields`` (dotted paths), null ones left out: the
    profile's own top-level fields in its order, then the nested ones. ``closed``: the only top-level
    fields a valid profile may have, none null (``_closed_fields``): the profile is then copied and the
    others taken out, in C, rather than each of its fields looked at."""
    top = frozenset(f for f in fields if "." not in f)
    nested = [(f, f.split(".")) for f in fields if "." in f]
    drop = tuple(sorted(closed - top)) if closed is not None else None

    def observed(p: dict) -> dict:
        if drop is not None:
            out = p.copy()
            for k in drop:
                if k in out:
                    del out[k]
        else:
            out = {k: v for k, v in p.items() if k in top and v is not None}
        for f, (a, b) in nested:
            inner = p.get(a)
            if inner.__class__ is dict and (v := inner.get(b)) is not None:
                out[f] = v
        return out

    if any(len(parts) != 2 for _f, parts in nested):  # deeper paths: read one by one
        def observed(p: dict) -> dict:
            out = {}
            for f in fields:
                v = p
                for part in f.split("."):
                    v = v.get(part) if v.__class__ is dict else None
                if v is not None:
                    out[f] = v
            return out

    return observed


class LeanLines:
    """Lean lines for the conditions of ``levels``: ``plan`` the populations (it chooses the messages
    summary.json carries), ``prepare`` each, then ``lines``, and last ``summary``."""

    def __init__(self, assessor: Assessor, levels: Sequence[str]):
        self.assessor = assessor
        self.levels = {lvl: [c.id for c in assessor.rules.for_level(lvl)] for lvl in levels}
        conds: dict[str, Condition] = {}
        for lvl in levels:
            for c in assessor.rules.for_level(lvl):
                conds.setdefault(c.id, c)
        self.conditions = conds
        self.texts = {cid: self._texts(assessor, c) for cid, c in conds.items()}
        self._observed = _observer(list(dict.fromkeys(f for cid in conds for f in self.texts[cid]["observed"])),
                                   _closed_fields(schema()))  # (the lines' profiles are checked: valid)
        self.messages: dict[str, dict[str, dict]] = {}
        self.measures: dict[str, dict] = {}
        self.notices: dict[str, dict] = {}
        self.reform: dict | None = None
        self._entries: dict[int, list[str]] = {}

    @staticmethod
    def _texts(assessor: Assessor, cond: Condition) -> dict:
        return {"articles": assessor.condition_articles(cond, None), "label": cond.label,
                "required": assessor.required_texts(cond), "observed": assessor.observed_fields(cond)}

    def plan(self, pops: Sequence[Population]) -> None:
        """Choose each (condition, status)'s message in summary.json: the one that leaves the most
        bytes out of the run's lines."""
        counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for pop in pops:
            for cid in self.conditions:
                cond = pop.assessor.rules.conditions[cid]
                keys, n = np.unique(pop.part_statuses(cond), return_counts=True)
                for key, k in zip(keys.tolist(), n.tolist(), strict=True):
                    statuses = Population.statuses_of(cond, key)
                    message = pop.assessor.condition_message(cond, statuses)
                    counts[(cid, all_of(statuses))][_compact(message)] += k
        for (cid, status), c in sorted(counts.items()):
            best = max(c.items(), key=lambda kv: (kv[1] * len(kv[0]), kv[0]))[0]
            self.messages.setdefault(cid, {})[status] = json.loads(best)

    def _row_texts(self, a: Assessor, cond: Condition, ind) -> dict:
        """What a condition drawing in an industry's row says of that row: its articles and required."""
        required = a.condition_required(cond, ind)
        return {"articles": a.condition_articles(cond, ind.row),
                "required": {k: v for k, v in required.items() if k not in ("zh", "en")}}

    def _entries_of(self, pop: Population, cond: Condition, head: str = "") -> list[str]:
        """Each row's JSON of ``cond`` in ``conditions`` (after ``head``: its key, made once per entry)."""
        a = pop.assessor
        own = self._texts(a, cond)
        base = self.texts[cond.id]
        keys = pop.part_statuses(cond)
        rows: list = [None]
        facts: dict = {}
        if cond.uses_thresholds:
            for f in pop.facts:
                facts.setdefault(f.row or "", f)
            rows = sorted(facts)
            index = {r: i for i, r in enumerate(rows)}
            keys = keys * len(rows) + np.array([index[f.row or ""] for f in pop.facts], dtype=np.int64)
        distinct, inv = np.unique(keys, return_inverse=True)
        made = []
        for k in distinct.tolist():
            key, row = (k // len(rows), rows[k % len(rows)]) if cond.uses_thresholds else (k, None)
            statuses = Population.statuses_of(cond, key)
            status = all_of(statuses)
            entry: dict[str, Any] = {"status": status}
            message = a.condition_message(cond, statuses)
            if message != self.messages.get(cond.id, {}).get(status):
                entry["message"] = message
            if row is not None:  # (a condition drawing in its industry's row)
                texts = self._row_texts(a, cond, facts[row])
                known = base.setdefault("rows", {}).setdefault(row, texts)
                if row:
                    entry["row"] = row
                if texts["articles"] != known["articles"]:
                    entry["articles"] = texts["articles"]
                if texts["required"] != known["required"] or own["required"] != base["required"]:
                    entry["required"] = {**own["required"], **texts["required"]}
            else:
                if own["articles"] != base["articles"]:
                    entry["articles"] = own["articles"]
                if own["required"] != base["required"]:
                    entry["required"] = own["required"]
            if own["label"] != base["label"]:
                entry["label"] = own["label"]
            made.append((head + (_compact(status) if len(entry) == 1 else _compact(entry))).encode())
        return np.array(made, dtype=object)[inv].tolist()

    def prepare(self, pop: Population, heads: Sequence[Any | None]) -> None:
        """Make ``pop``'s condition entries (each row's JSON of each condition), and note what its
        rows' heads (each row's Head, or None without versions) name for summary.json."""
        entries = [self._entries_of(pop, pop.assessor.rules.conditions[cid], _compact(cid) + ":")
                   for cid in self.conditions]
        self._entries[id(pop)] = list(map(b",".join, zip(*entries, strict=True)))  # each row's, in C
        for head, day in zip(heads, pop.as_of, strict=True):
            if head is not None:
                self.measures.setdefault(head.version, head.measures)
                if head.notice:
                    self.notices.setdefault(day.isoformat(), head.notice)
                self.reform = head.reform

    def lines(self, pop: Population, heads: Sequence[Any | None], rows: Sequence[int]) -> list[bytes]:
        """The lean lines of rows ``rows`` of a prepared population (``heads``: theirs, aligned), as the
        UTF-8 they are written in: made of bytes (the entries encoded once each, the observed values as
        orjson writes them), so that no line is decoded or encoded."""
        entries = self._entries[id(pop)]
        at = np.asarray(rows, dtype=np.int64)
        per_level = []
        for lvl in self.levels:
            texts = np.array([f'{{"level":"{lvl}","verdict":"{v}"}}'.encode() for v in VERDICTS], dtype=object)
            per_level.append(texts[pop.verdict(lvl)[at]].tolist())
        results = [b",".join(t) for t in zip(*per_level, strict=True)]
        out = []
        observe = self._observed
        named_by: dict[int, str] = {}
        days: dict = {}  # each date's text, made once (a date is not a row: rows share few dates)
        profiles, as_of = pop.profiles, pop.as_of
        for k, (j, head) in enumerate(zip(rows, heads, strict=True)):
            p = profiles[j]
            named = named_by.get(id(head))
            if named is None:
                named = named_by[id(head)] = (',"measures":' + _compact(head.version)).encode() if head is not None \
                    else b""
            day = as_of[j]
            iso = days.get(day)
            if iso is None:
                iso = days[day] = day.isoformat().encode()
            pid = p["id"]
            # an id of printable characters without quote or backslash is its own JSON text (within quotes)
            pid = b'"%b"' % pid.encode() if pid.isprintable() and '"' not in pid and "\\" not in pid \
                else compact(pid).encode()
            out.append(b'{"profile_id":%b,"as_of":"%b"%b,"results":[%b],"conditions":{%b},"observed":%b}'
                       % (pid, iso, named, results[k], entries[j], compact_bytes(observe(p))))
        return out

    def summary(self) -> dict:
        """summary.json's part: the contract's ``messages``, and ``lean`` (what else a line leaves out)."""
        return {"messages": self.messages,
                "lean": {"format": FORMAT, "left_out": list(LEFT_OUT), "reform": self.reform,
                         "measures": self.measures, "notices": self.notices, "levels": self.levels,
                         "conditions": self.texts}}


def expand(line: dict, summary: dict) -> dict:
    """The full answer a lean line stands for (without ``missing``, which only ``--full`` writes): the
    JSON ``POST /assess`` answers with ``explain=false``, key for key."""
    lean = summary["lean"]
    out: dict[str, Any] = {"profile_id": line["profile_id"], "as_of": line["as_of"]}
    if "measures" in line:
        if line["as_of"] in lean["notices"]:
            out["notice"] = lean["notices"][line["as_of"]]
        out["measures"] = lean["measures"][line["measures"]]
        if lean.get("reform") is not None:
            out["reform"] = lean["reform"]
    out["rules_version"] = summary["rules_version"]
    observed = line["observed"]

    def condition(cid: str) -> dict:
        e = line["conditions"][cid]
        e = e if isinstance(e, dict) else {"status": e}
        t = lean["conditions"][cid]
        by_row = t["rows"].get(e.get("row", "")) if "rows" in t else None
        articles = by_row["articles"] if by_row else t["articles"]
        required = {**t["required"], **by_row["required"]} if by_row else t["required"]
        return {"id": cid, "status": e["status"], "articles": e.get("articles", articles),
                "message": e.get("message", summary["messages"].get(cid, {}).get(e["status"])),
                "observed": {f: observed.get(f) for f in t["observed"]},
                "required": e.get("required", required), "label": e.get("label", t["label"])}

    out["results"] = [{"level": r["level"], "verdict": r["verdict"],
                       "conditions": [condition(cid) for cid in lean["levels"][r["level"]]]}
                      for r in line["results"]]
    return out


__all__ = ["FORMAT", "LEFT_OUT", "STATUSES", "LeanLines", "expand"]
