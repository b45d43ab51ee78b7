"""A decided case told verdict-first (wording: ``queries/ask_case.yaml``; field questions:
``queries/interview.yaml``).

The first sentence answers what was asked -- yes, no, or not yet decidable -- for the conditions the
stated facts bear on, naming their eIds. Then one sentence per such condition with the rule's figures
beside the asker's (for the att_2-1 indicators: each value against its threshold and the count against
the minimum, all from the decision: the version in force and the reform), the questions that would
decide what is still open, the words that could not be read, and the facts read.

Every status, figure, label and message here comes from the decision (``Service.assess`` /
``Service.check_revocation``) or the profile's fields; nothing here knows a rule. Each condition is
told once, with one status, so no two sentences contradict.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kg_service.assessment.fields import ProfileFields
from kg_service.questions.case.deciding import (
    MET,
    MET_SO_FAR,
    NOT_MET,
    OPEN,
    Decision,
    asked_status,
    bears_on,
    read_fields,
    stated_paths,
    unread_events,
)
from kg_service.questions.case.model import CaseReading
from kg_service.questions.structured import StructuredAnswer

_ORDER = (NOT_MET, OPEN, MET_SO_FAR, MET)
_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # a value's code in a requirement's words
MAX_QUESTIONS = 5  # the questions asked back at once: the interview asks the rest one at a time
_ENUMERATOR = re.compile(r"^\s*[(（][^)）]{1,4}[)）]\s*")  # "(2) " / "（二）" before an item's text


def _num(v: Any) -> str:
    f = float(v)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def _missing(c: dict) -> dict[str, list[str]]:
    """An unknown condition's ``missing``: the fields its open parts read."""
    if c["status"] != "unknown":
        return {}
    return {"missing": [f for m in c.get("missing") or [] if m.get("status") == "unknown" for f in m.get("fields", [])]}


def _row_first(eids: list[str]) -> list[str]:
    """A condition's units with the asker's row of att_2-1 first: the most specific unit cited."""
    return sorted(eids, key=lambda e: "__row_" not in e)


def _index_free(path: str) -> str:
    """``incidents.0.grade`` → ``incidents.grade`` (how the profile's fields are labelled)."""
    return ".".join(p for p in path.split(".") if not p.isdigit())


class CaseTeller:
    def __init__(self, queries_dir: Path, label: Callable[[str, str], str],
                 select: Callable[..., list[dict[str, Any]]], gists: dict[str, dict[str, str]] | None = None):
        self.t = yaml.safe_load((queries_dir / "ask_case.yaml").read_text(encoding="utf-8"))
        interview = yaml.safe_load((queries_dir / "interview.yaml").read_text(encoding="utf-8"))
        self.asks: dict[str, dict[str, str]] = interview.get("fields", {})
        self.label = label
        self.select = select
        self.gists = gists or {}
        self.domains: dict[str, dict[str, Any]] = {}  # domain key -> {"concept", "units"}
        for r in select("ask_topic_domains"):
            if str(r["concept"]) == str(r["domain"]):
                d = self.domains.setdefault(str(r["key"]), {"concept": str(r["domain"]), "units": []})
                d["units"].append(str(r["eid"]))

    # -- small words --------------------------------------------------------------------------------

    def w(self, key: str, lang: str, **values: Any) -> str:
        node: Any = self.t
        for part in key.split("."):
            node = node[part]
        return node[lang].format(**values) if values else node[lang]

    def day(self, d: date | str, lang: str) -> str:
        d = date.fromisoformat(d) if isinstance(d, str) else d
        return self.t["date"][lang].format(year=d.year, month=d.month, day=d.day,
                                          month_name=self.t["months"][d.month - 1])

    def span(self, within: tuple[str, str], lang: str) -> str:
        """A date named by its month or year (``Fact.within``), as it was named: "2025年6月", "June 2025", "2025"."""
        first, last = date.fromisoformat(within[0]), date.fromisoformat(within[1])
        key = "date_month" if (first.year, first.month) == (last.year, last.month) else "date_year"
        return self.t[key][lang].format(year=first.year, month=first.month,
                                        month_name=self.t["months"][first.month - 1])

    def eids(self, units: list[str], lang: str) -> str:
        return ("、" if lang == "zh" else ", ").join(dict.fromkeys(units))

    @staticmethod
    def _sentences(parts: list[str], lang: str) -> str:
        return ("" if lang == "zh" else " ").join(p.strip() for p in parts if p and p.strip())

    def _told(self, sentences: list[str], lang: str, units: list[str], facts: dict[str, Any]) -> StructuredAnswer:
        """The answer of its sentences, the first its lead (what the web page sets apart)."""
        lead = next((x.strip() for x in sentences if x and x.strip()), "")
        return StructuredAnswer("situation", self._sentences(sentences, lang), units, facts, lead=lead)

    # -- eligibility --------------------------------------------------------------------------------

    def tell(self, decision: Decision, fields: ProfileFields, lang: str) -> StructuredAnswer:
        if decision.mode == "revocation":
            return self._revocation(decision, fields, lang)
        return self._eligibility(decision, fields, lang)

    def _eligibility(self, d: Decision, fields: ProfileFields, lang: str) -> StructuredAnswer:
        case, result = d.case, d.result
        conditions = result["results"][0]["conditions"]
        paths = stated_paths(case)
        # the conditions the stated facts bear on, and the measures not in force on the date decided for
        # (``as_of`` asked or implied: the decision's "no" whether or not the words named the date)
        decided = [c for c in conditions if any(bears_on(f, paths) for f in read_fields(c))
                   or (read_fields(c) == {"as_of"} and c["status"] == NOT_MET)]
        status = {c["id"]: asked_status(c, paths) for c in decided}

        def own(c: dict) -> bool:  # a stated field that bears on this condition only
            others = [o for o in decided if o is not c]
            return any(bears_on(f, {p}) for p in paths for f in read_fields(c)
                       if not any(bears_on(g, {p}) for o in others for g in read_fields(o)))
        told = [c for c in decided if status[c["id"]] != MET_SO_FAR or own(c)] or decided
        # a condition the question names ("备案这一条满足吗", "is the clean-record condition met?") is decided too,
        # with its status, even when nothing stated bears on it (unknown: what is missing says what would decide it)
        named = self._asked(case, [c for c in conditions if c not in decided])
        # a question naming no condition asks about the level (or the case) as a whole: every condition of the
        # level is one it asks about, and ``decided`` lists them all, as the interview's does (those the stated
        # facts leave open: unknown, with what they miss)
        whole = named is None and self._asked(case, conditions) is None
        facts = self._eligibility_facts(d, decided + ([named] if named else []), status,
                                        unstated=[c for c in conditions if c not in decided] if whole else [])
        if not told and d.elsewhere:  # what is stated is another level's: "not yet", and where it counts
            asked, asked_back = self._asked_back(case, lang)
            lead, said, units = self._elsewhere(d, paths, fields, lang, lead=True)
            undecided = self._undecided([c for _, c in d.elsewhere], paths, fields, lang, asked_back)
            others = self.w("undecided.others", lang, n=len(conditions), level=self.t["facts"]["levels"][d.level][lang])
            sentences = [lead, *said, *undecided, others, *asked, self._facts_line(case, d.level, fields, lang)]
            return self._told(sentences, lang, units, facts)
        if not told:  # nothing the facts decide: what could not be read is asked back
            asked, fields_asked = self._asked_back(case, lang)
            lead = self._unread_verdict(case, conditions, fields_asked, d, lang)
            return StructuredAnswer("situation", self._sentences([lead, *asked], lang), [], facts, lead=lead)

        overall = min((status[c["id"]] for c in told), key=_ORDER.index)
        # the deciding condition: the first the asker's own facts decide; the date the question implies
        # only when nothing else is ("if we apply in 2027, do these measures apply?")
        deciding = sorted((c for c in told if status[c["id"]] == overall),
                          key=lambda c: read_fields(c) == {"as_of"})
        first = deciding[0]
        others = len(conditions) - len(decided) - (named is not None)
        # what was asked: one condition the question names, else the level named, else the conditions
        # the stated facts bear on ("我们年营收5000万元，可以吗")
        asked = self._asked(case, told)
        level_asked = asked is None and named is None and case.level is not None and \
            any(read_fields(c) != {"as_of"} for c in told)
        if asked is not None:
            first = asked
        if paths <= {"industry_code"} and overall != NOT_MET:
            sentences = []  # an industry alone decides nothing but its row ("which row applies to us"): the row leads
        elif asked is not None:
            sentences = [self._verdict(status[asked["id"]], asked, [asked], result, lang, case=case, fields=fields)]
        elif named is not None:
            # the condition named, which nothing stated bears on, answered first: what it still needs
            sentences = [self._verdict({"met": MET, "not_met": NOT_MET}.get(named["status"], OPEN), named, [named],
                                       result, lang, case=case, fields=fields)]
        elif level_asked:
            sentences = [self._level_verdict(overall, first, told, status, others, d, lang, fields)]
        else:
            sentences = [self._verdict(overall, first, deciding, result, lang, case=case, fields=fields)]
        units = _row_first(first["articles"])
        if named is not None and asked is None:
            units = [*_row_first(named["articles"]), *(e for e in units if e not in named["articles"])]
        if result.get("notice"):
            sentences.append(result["notice"][lang])
        for c in sorted(told, key=lambda c: c is not first):
            if read_fields(c) == {"as_of"}:
                continue  # the verdict and the notice said it, with the version's own dates
            if overall == NOT_MET and status[c["id"]] in (OPEN, MET_SO_FAR):
                continue  # a condition not met decides the level: what is still open cannot change it
            sentences.append(self._condition(c, status[c["id"]], case, paths, fields, lang))
            units += [e for e in _row_first(c["articles"]) if e not in units]
        if d.elsewhere:  # stated facts of another level's conditions: told apart, after this level's
            intro, said, more = self._elsewhere(d, paths, fields, lang)
            sentences += [intro, *said]
            units += [e for e in more if e not in units]
        unread, asked_back = self._asked_back(case, lang)
        if overall != NOT_MET:  # a condition not met decides the level: nothing else can change it
            sentences += self._undecided([*([named] if named is not None else []), *told], paths, fields, lang,
                                         asked_back)
            if others and not level_asked:  # a level's first sentence has said how many are not stated
                sentences.append(self.w("undecided.others", lang, n=others,
                                        level=self.t["facts"]["levels"][d.level][lang]))
        sentences += unread
        if result.get("reform"):
            sentences.append(self.w("reform", lang, label=result["reform"]["label"][lang]))
        sentences.append(self._facts_line(case, d.level, fields, lang))
        return self._told(sentences, lang, units, facts)

    def _elsewhere(self, d: Decision, paths: set[str], fields: ProfileFields, lang: str,
                   lead: bool = False) -> tuple[str, list[str], list[str]]:
        """The stated facts no condition of the level told reads, as another level's conditions decide them:
        a sentence naming them and where they count (``lead``: the verdict for the level told, not yet
        decidable, since nothing stated is its), each such condition against the asker's figures, its units."""
        read = {f for _, c in d.elsewhere for f in read_fields(c)}
        here = {f for c in d.result["results"][0]["conditions"] for f in read_fields(c)}
        stated = [f.path for f in d.case.facts if bears_on(f.path, read) and not bears_on(f.path, here)]
        def named(path: str) -> str:  # a measure by its own label; a record's part by the record's ("filing")
            path = _index_free(path)
            if path not in fields.units and path.split(".")[0] in fields.labels:
                path = path.split(".")[0]
            return fields.labels.get(path, {}).get(lang, path)
        names = self._all(list(dict.fromkeys(named(p) for p in stated)), lang)
        levels = self.t["facts"]["levels"]
        other = self.t["facts"]["list_sep"][lang].join(dict.fromkeys(levels[lv][lang] for lv, _ in d.elsewhere))
        units = list(dict.fromkeys(e for _, c in d.elsewhere for e in _row_first(c["articles"])))
        eids = self.eids([e for _, c in d.elsewhere for e in c["articles"] if "__row_" not in e], lang)
        key = "verdict.level_elsewhere" if lead else "condition.elsewhere"
        said = [self._condition(c, asked_status(c, paths), d.case, paths, fields, lang) for _, c in d.elsewhere]
        return self.w(key, lang, names=names, level=levels[d.level][lang], other=other, eids=eids), said, units

    def _asked(self, case: CaseReading, told: list[dict]) -> dict | None:
        """The told condition the question asks about by name ("满足先进级的成熟度要求吗"), if one is: named in
        the asking clause, the last ("5项指标满足3项：…，能申报先进级吗" states the count and asks of the level)."""
        brk = re.compile(self.t["asking_clause_break"][case.lang])
        said = case.words.rstrip()
        while said and brk.match(said[-1] + " "):  # the question's own end is no break before a clause
            said = said[:-1].rstrip()
        ends = [m.end() for m in brk.finditer(said)]
        words = said[ends[-1] if ends else 0:].lower()
        for c in told:
            if any(w.lower() in words for ws in self.t["asks"].get(c["id"], {}).values() for w in ws):
                return c
        return None

    def _level_verdict(self, overall: str, first: dict, told: list[dict], status: dict[str, str], others: int,
                       d: Decision, lang: str, fields: ProfileFields | None = None) -> str:
        """The level asked about: no (the first condition not met, with its reason), or what the stated facts
        meet, what they leave open and how many of the level's conditions are not stated; yes only when every
        condition of the level is met."""
        level = self.t["facts"]["levels"][d.level][lang]
        if overall == NOT_MET:
            if read_fields(first) == {"as_of"}:
                return self._verdict(overall, first, [first], d.result, lang, level=level)
            reason = (self._indicator_reason(first, NOT_MET, lang, fields=fields) if "thresholds" in first["required"]
                      else first["message"][lang])
            return self.w("verdict.level_no", lang, level=level, reason=reason, eids=self.eids(first["articles"], lang))
        clauses: list[str] = []
        shown: list[dict] = []
        for st in (MET, MET_SO_FAR, OPEN):
            group = [c for c in told if status[c["id"]] == st]
            named = [c for c in group if "thresholds" not in c["required"]]
            if named:
                labels = self.t["facts"]["list_sep"][lang].join(c["label"][lang] for c in named)
                clauses += ([self.w(f"reason.{st}", lang, label=labels)] if st != OPEN else
                            [self.w("reason.open", lang, label=c["label"][lang]) for c in named])
            clauses += [self._indicator_reason(c, MET if st != OPEN else OPEN, lang, d.case, fields)
                        for c in group if "thresholds" in c["required"]]
            shown += named + [c for c in group if "thresholds" in c["required"]]
        unread = self._unread_reason(d.case, lang, [c for c in told if status[c["id"]] == OPEN])
        if unread:
            clauses.append(unread)
        if others:
            clauses.append(self.w("reason.others", lang, n=others))
        key = "level_yes" if d.result["results"][0].get("verdict") == "eligible" else "level_open"
        return self.w(f"verdict.{key}", lang, level=level, reason=self.w("reason.sep", lang).join(clauses),
                      eids=self.eids([e for c in shown for e in c["articles"]], lang))

    def _verdict(self, overall: str, first: dict, deciding: list[dict], result: dict, lang: str,
                 level: str | None = None, case: CaseReading | None = None,
                 fields: ProfileFields | None = None) -> str:
        if read_fields(first) == {"as_of"}:  # the measures in force on the date the question implies
            key = "verdict.in_force" if first["status"] == "met" else "verdict.not_in_force"
            if level is not None and first["status"] != "met":
                key = "verdict.level_not_in_force"  # the level asked is named: "No — not for the basic level"
            return self.w(key, lang, day=self.day(result["as_of"], lang), level=level or "",
                          since=self.day(result["measures"]["in_force_from"], lang),
                          until=self.day(result["measures"]["in_force_to"], lang),
                          eids=self.eids(first["articles"], lang))
        verdict = {NOT_MET: "no", OPEN: "open", MET_SO_FAR: "yes_so_far", MET: "yes"}[overall]
        if overall in (MET, MET_SO_FAR):
            named = [c for c in deciding if "thresholds" not in c["required"]]
            reasons = [self._indicator_reason(c, MET, lang, fields=fields) for c in deciding
                       if "thresholds" in c["required"]]
            if named:
                sep = self.t["facts"]["list_sep"][lang]
                labels = sep.join(c["label"][lang] for c in named)
                reasons.insert(0, self.w(f"reason.{'met' if overall == MET else 'met_so_far'}", lang, label=labels))
            units = [e for c in deciding for e in c["articles"]]
            return self.w(f"verdict.{verdict}", lang, reason=self.t["facts"]["sep"][lang].join(reasons),
                          eids=self.eids(units, lang))
        if "thresholds" in first["required"]:
            reason = self._indicator_reason(first, overall, lang, case, fields)
        elif overall == NOT_MET:
            reason = first["message"][lang]
        else:
            reason = self.w("reason.open", lang, label=first["label"][lang])
        unread = self._unread_reason(case, lang, [first]) if overall == OPEN and case is not None else ""
        if unread:  # what is missing includes the words that could not be read
            reason += self.w("reason.sep", lang) + unread
        return self.w(f"verdict.{verdict}", lang, reason=reason, eids=self.eids(first["articles"], lang))

    def _unread_reason(self, case: CaseReading, lang: str, told: list[dict] | None = None) -> str:
        """What is missing because it could not be read: the asker's words quoted (the sentences after
        the verdict ask for each), so an open verdict says what it read and what it could not; but the
        words the indicators' count quotes already (``told``'s open indicator conditions)."""
        said = {u for c in told or [] for u in self._indicators_unread(c, case)[1]}
        unread = [u for u in case.unread if u not in said]
        if not unread:
            return ""
        quoted = [self.w("reason.unread_word", lang, words=u) for u in unread]
        return self.w("reason.unread", lang, words=self.t["facts"]["list_sep"][lang].join(quoted))

    def _unread_verdict(self, case: CaseReading, conditions: list[dict], fields_asked: set[str], d: Decision,
                        lang: str) -> str:
        """The first sentence when the facts decide nothing but words were left unread and a level is asked:
        not yet decidable for it, with the words it could not read and the units of the conditions those
        words could fill. Empty when no level is asked, or the asker does not speak of their own enterprise (the
        policy answer then leads)."""
        if case.level is None or not case.unread or not case.first_person:
            return ""  # nothing of the asker's own read: a policy question whose words were not all read
        level = self.t["facts"]["levels"][d.level][lang]
        bearing = [c for c in conditions
                   if any(bears_on(f, fields_asked) for m in c.get("missing") or [] for f in m.get("fields", []))]
        clauses = [self._unread_reason(case, lang)]
        if len(conditions) - len(bearing):
            clauses.append(self.w("reason.others", lang, n=len(conditions) - len(bearing)))
        reason = self.w("reason.sep", lang).join(clauses)
        eids = [e for c in bearing for e in c["articles"]]
        if not eids:
            return self.w("verdict.level_open_unread", lang, level=level, reason=reason)
        return self.w("verdict.level_open", lang, level=level, reason=reason, eids=self.eids(eids, lang))

    # the att_2-1 indicators ------------------------------------------------------------------------

    @staticmethod
    def indicator_rows(c: dict) -> list[dict]:
        """Each indicator with its value and threshold, from the decision: its own list where it gives
        one (a condition not met or unknown), else the observed values against the row's thresholds
        (value ≥ threshold, as the contract defines reaching one)."""
        for m in c.get("missing") or []:
            if m.get("indicators"):
                return m["indicators"]
        values = (c.get("observed") or {}).get("indicators") or {}
        out = []
        for key, threshold in (c["required"].get("thresholds") or {}).items():
            v = values.get(key)
            out.append({"indicator": key, "observed": v, "threshold": threshold,
                        "met": None if v is None else float(v) >= float(threshold)})
        return out

    def _indicator_reason(self, c: dict, status: str, lang: str, case: CaseReading | None = None,
                          fields: ProfileFields | None = None) -> str:
        """The count against the minimum; when open, the indicators whose values the asker's words gave but
        could not be read exactly ("networking about 72%") are counted apart from those not stated. One or two
        values stated (a row's threshold checked, "关键工序数控化率78%，这一项达标吗"): each against its threshold
        first, so the lead carries the figure asked for (quest23)."""
        rows = self.indicator_rows(c)
        if not c["required"].get("thresholds"):
            return self.w("reason.indicators.no_row", lang)
        return self._stated_against(c, rows, lang, fields) + self._indicator_count(c, rows, status, lang, case)

    def _stated_against(self, c: dict, rows: list[dict], lang: str, fields: ProfileFields | None) -> str:
        """The stated values against their row's thresholds, with the row's group, when at most
        ``reason.indicators.stated_at_most`` are stated (more: the count says it, the next sentence lists them)."""
        stated = [r for r in rows if r["observed"] is not None]
        if fields is None or not stated or len(stated) > int(self.t["reason"]["indicators"]["stated_at_most"]):
            return ""
        items = [self.w(f"condition.indicator.{'met' if r['met'] else 'not_met'}", lang,
                        name=fields.labels.get(f"indicators.{r['indicator']}", {}).get(lang, r["indicator"]),
                        value=_num(r["observed"]), threshold=_num(r["threshold"])) for r in stated]
        code = (c.get("observed") or {}).get("industry_code") or ""
        group = self._group(code, lang) if code else ""
        if lang == "en" and group[1:2].islower():  # "the biomedicine industry thresholds", within a sentence
            group = group[:1].lower() + group[1:]
        return self.w("reason.indicators.stated", lang, group=group,
                      items=self.w("condition.item_sep", lang).join(items))

    def _indicator_count(self, c: dict, rows: list[dict], status: str, lang: str, case: CaseReading | None) -> str:
        met = sum(r["met"] is True for r in rows)
        stated = sum(r["observed"] is not None for r in rows)
        key = "open" if status == OPEN else "not_met_unstated" if status == NOT_MET and stated < len(rows) else status
        unread, words = self._indicators_unread(c, case) if key == "open" else (0, [])
        if unread:
            key = "open_unread"
        quoted = self.t["facts"]["list_sep"][lang].join(self.w("reason.unread_word", lang, words=u) for u in words)
        return self.w(f"reason.indicators.{key}", lang, met=met, stated=stated, unread=unread, words=quoted,
                      total=len(rows), unstated=len(rows) - stated - unread, minimum=c["required"]["minimum_met"])

    def _indicators_unread(self, c: dict, case: CaseReading | None) -> tuple[int, list[str]]:
        """How many of the indicators without a value the asker's unread words speak of (their ``Ask``'s
        fields), and those words."""
        if case is None or not c["required"].get("thresholds"):
            return 0, []
        open_rows = {f"indicators.{r['indicator']}" for r in self.indicator_rows(c) if r["observed"] is None}
        words = [u for u in case.unread if (a := case.asks.get(u)) and any(bears_on(f, open_rows) for f in a.fields)]
        fields = {f for u in words for f in case.asks[u].fields}
        return sum(bears_on(r, fields) for r in open_rows), words

    def _indicators(self, c: dict, case: CaseReading, fields: ProfileFields, lang: str) -> str:
        eids = self.eids([e for e in c["articles"] if "__row_" not in e], lang)
        if not c["required"].get("thresholds"):
            return self.w("condition.indicators_no_row", lang, eids=eids, label=c["label"][lang],
                          message=c["message"][lang].rstrip("。."))
        rows = self.indicator_rows(c)
        items = []
        # the asker's figures first, in the order the decision gives them
        for r in sorted(rows, key=lambda r: r["observed"] is None):
            name = fields.labels.get(f"indicators.{r['indicator']}", {}).get(lang, r["indicator"])
            kind = "unstated" if r["observed"] is None else "met" if r["met"] else "not_met"
            items.append(self.w(f"condition.indicator.{kind}", lang, name=name,
                                value="" if r["observed"] is None else _num(r["observed"]),
                                threshold=_num(r["threshold"])))
        row = next((e for e in c["articles"] if "__row_" in e), "")
        code = (c.get("observed") or {}).get("industry_code") or ""
        sep = self.w("condition.item_sep", lang)
        if all(r["observed"] is None for r in rows):  # no value stated: the row is the answer
            items = [self.w("condition.threshold", lang, threshold=_num(r["threshold"]),
                            name=fields.labels.get(f"indicators.{r['indicator']}", {}).get(lang, r["indicator"]))
                     for r in rows]
            return self.w("condition.indicators_row", lang, code=code, row=row, group=self._group(code, lang),
                          items=sep.join(items), minimum=c["required"]["minimum_met"], eids=eids, total=len(rows))
        return self.w("condition.indicators", lang, code=code, row=row, group=self._group(code, lang),
                      items=sep.join(items), met=sum(r["met"] is True for r in rows),
                      minimum=c["required"]["minimum_met"], eids=eids)

    # other conditions ------------------------------------------------------------------------------

    def _condition(self, c: dict, status: str, case: CaseReading, paths: set[str], fields: ProfileFields,
                   lang: str) -> str:
        if "thresholds" in c["required"]:
            return self._indicators(c, case, fields, lang)
        mine = [p for p in sorted(paths) if any(bears_on(f, {p}) for f in read_fields(c))]
        parts = fields.requires.get(c["id"], {})

        def parts_of(path: str) -> tuple:  # the parts that read a field (a list's items by the list's)
            return parts.get(_index_free(path)) or parts.get(path.split(".")[0]) or ()

        if status == NOT_MET:
            # a "no" names what fails and only that: the parts reading the fields that fail, and the
            # words they were read from ("revenue is 15 million yuan"), not the ones that pass beside them
            failing = {f for m in c.get("missing") or [] if m.get("status") == NOT_MET for f in m.get("fields", [])}
            mine = [p for p in mine if any(bears_on(f, {p}) for f in failing)] or mine
            required = list(dict.fromkeys(next(iter(parts_of(p)), {}).get(lang) for p in mine))
            required = [r for r in required if r]
        else:
            # what the parts reading the stated fields require (the whole requirement if none is known)
            required = list(dict.fromkeys(t[lang] for p in mine for t in parts_of(p)))
        # the parts that list the values allowed by their codes ("operations_management") say it again
        required = [r for r in required if not _CODE.search(r)] or required
        if not required:
            required = [x.strip() for x in re.split("[；;]", c["required"].get(lang, "")) if x.strip()]
        spans = case.spans()
        words = list(dict.fromkeys(spans[p] for p in (f.path for f in case.facts) if p in mine and spans.get(p)))
        words = [w for w in words if not any(w != o and w in o for o in words)]  # quoted once, in the longest
        stated = self.w("condition.stated_sep", lang).join(words) or self.w("condition.stated_sep", lang).join(
            self._rendered(case, set(mine), fields, lang))
        industry = ""
        if status == NOT_MET and "industry_code" in mine and case.industries:
            failing = [m for m in c.get("missing") or [] if m.get("status") == "not_met"]
            if any("industry_code" in m.get("fields", []) for m in failing):
                industry = " " + self._not_industrial(case, lang) if lang == "en" else self._not_industrial(case, lang)
        return self.w(f"condition.{status}", lang, label=c["label"][lang], eids=self.eids(c["articles"], lang),
                      required=self.w("condition.required_sep", lang).join(required), stated=stated) + industry

    def _group(self, code: str, lang: str) -> str:
        """The industry group of annex 2-1 a division belongs to, by the graph's label."""
        from rdflib import Literal

        rows = self.select("ask_division", notation=Literal(code[:3]))
        group = rows[0].get("group") if rows else None
        return self.label(group, lang) if group else code

    def _not_industrial(self, case: CaseReading, lang: str) -> str:
        from rdflib import Literal

        ind = case.industries[0]
        rows = self.select("industry_division", notation=Literal(ind["code"][:3]))
        division = self.label(rows[0]["node"], lang) if rows else ind["code"]
        return self.w("condition.industry_not_industrial", lang, named_as=ind.get("named_as", ""), code=ind["code"],
                      division=division)

    def _asked_back(self, case: CaseReading, lang: str, told: set[str] | frozenset[str] = frozenset()
                    ) -> tuple[list[str], set[str]]:
        """The words left unread, each asked back: why they were left (the reader's ``Ask``) and the
        interview's question of each field they could fill, quoting the asker's words; words of no field
        known are asked to be said another way (but those ``told`` already). Answers the sentences and the
        fields asked."""
        out: list[str] = []
        asked: set[str] = set()
        for u in case.unread:
            if u in told:
                continue
            a = case.asks.get(u)
            fields = [f for f in (a.fields if a else ()) if f in self.asks][:MAX_QUESTIONS]
            if a is not None and a.kind == "day" and not fields:  # a day no interview question asks
                a = replace(a, kind="day_date")
            # (a kind may say why for one field in words of its own: ``unread.<kind>_<field>``, "ambiguous" of the
            # energy indicator is per output value or per product)
            kind = a.kind if a is not None else ""
            if a is not None and fields and f"{a.kind}_{fields[0].rsplit('.', 1)[-1]}" in self.t["unread"]:
                kind = f"{a.kind}_{fields[0].rsplit('.', 1)[-1]}"
            node = self.t["unread"].get(kind) if a is not None else None
            if fields and set(fields) <= asked:  # asked by a sentence before: not asked twice
                out.append(self.w("unread.also", lang, words=u))
                continue
            if node is None or ("{questions}" in node[lang] and not fields) or \
                    ("{choices}" in node[lang] and not (a and a.choices)):
                out.append(self.w("unread.one", lang, words=u))
                continue
            assert a is not None
            out.append(self.w(f"unread.{kind}", lang, words=u,
                              questions=self.w("unread.questions_sep", lang).join(self.asks[f][lang] for f in fields),
                              choices=self._either(list(a.choices), lang), why=self._day_why(a.eids, lang, a.fields),
                              eids=self.eids(list(a.eids), lang)))
            asked |= set(fields)
        return out, asked

    def _day_why(self, eids: tuple[str, ...], lang: str, fields: tuple[str, ...] = ()) -> str:
        """What a day decides, by the first of ``eids`` (or its article) that ``unread.day_why`` words; the day
        of the application (``fields`` as_of) by its own words, but for the measures' term."""
        why = self.t["unread"]["day_why"]
        key = next((k for e in eids for k in (e, e.split("__")[0]) if k in why), "other")
        return why["as_of" if "as_of" in fields and key != "art_14" else key][lang]

    def _series(self, items: list[str], lang: str, sep: str, last: str) -> str:
        """Items joined by the template ``sep``, the last by ``last``: "a、b或c", "a, b and c"."""
        head = self.w(sep, lang).join(items[:-1])
        return head + self.w(last, lang) + items[-1] if head else "".join(items)

    def _all(self, items: list[str], lang: str) -> str:
        return self._series(items, lang, "facts.list_sep", "facts.list_last")

    def _either(self, choices: list[str], lang: str) -> str:
        return self._series(choices, lang, "unread.choice_sep", "unread.choice_last")

    def _undecided(self, told: list[dict], paths: set[str], fields: ProfileFields, lang: str,
                   asked_back: set[str] | frozenset[str] = frozenset()) -> list[str]:
        """The questions that would decide the told conditions' open parts (interview.yaml's), but those
        the words left unread ask already (``asked_back``)."""
        asked: list[str] = []
        for c in told:
            for m in c.get("missing") or []:
                if m.get("status") != "unknown":
                    continue
                if m.get("indicators") is not None or "thresholds" in c["required"]:
                    if not c["required"].get("thresholds") and "industry_code" in paths:
                        continue  # the industry stated has no row: no figure of the asker's can decide it
                    wanted = [] if c["required"].get("thresholds") else ["industry_code"]
                    wanted += [f"indicators.{r['indicator']}" for r in self.indicator_rows(c) if r["observed"] is None]
                else:  # the first field of a part: the others are alternatives to it ("any of")
                    wanted = [f for f in m.get("fields", [])[:1] if not bears_on(f, paths)]
                asked += [f for f in wanted if f in self.asks and f not in asked and f not in asked_back]
        if not asked:
            return []
        questions = self.w("undecided.sep", lang).join(self.asks[f][lang] for f in asked[:MAX_QUESTIONS])
        return [self.w("undecided.head", lang) + questions]

    # the facts read ---------------------------------------------------------------------------------

    def _value(self, v: Any, lang: str, fields: ProfileFields) -> str:
        f = self.t["facts"]
        if isinstance(v, bool):
            return f["true" if v else "false"][lang]
        if isinstance(v, (int, float)):
            return _num(v)
        if isinstance(v, list):
            return f["list_sep"][lang].join(self._value(x, lang, fields) for x in v) or f["none"][lang]
        if isinstance(v, str):
            return (fields.values.get(v) or {}).get(lang, v)
        return str(v)

    def _fact(self, path: str, value: Any, fields: ProfileFields, lang: str) -> str:
        label = fields.labels.get(_index_free(path), {}).get(lang, path)
        unit = fields.units.get(_index_free(path), "") if isinstance(value, (int, float)) else ""
        return self.w("facts.field", lang, label=label, value=self._value(value, lang, fields),
                      unit=unit)

    def _rendered(self, case: CaseReading, paths: set[str] | None, fields: ProfileFields, lang: str) -> list[str]:
        """The facts stated (those under ``paths``, or all), each as the asker can check it."""
        t = self.t["facts"]
        parts: list[str] = []
        items: dict[str, dict[str, Any]] = {}  # incidents.0 → its fields
        for f in case.facts:
            if (paths is not None and f.path not in paths) or (f.path == "as_of" and case.as_of is not None):
                continue  # the date the question implies is said once, as a date
            head, _, rest = f.path.partition(".")
            if head in ("incidents", "violations") and rest[:1].isdigit():
                item = items.setdefault(f"{head}.{rest.split('.')[0]}", {})
                item[rest.split(".", 1)[-1]] = f.value
                if rest.endswith(".date") and f.within is not None:
                    item["within"] = f.within  # named by its month or year: shown so, not as the day read
                continue
            if f.path == "industry_code" and case.industries:
                parts.append(self.w("facts.industry", lang, code=f.value,
                                    named_as=case.industries[0].get("named_as") or f.value))
                continue
            said = f.words.strip()
            # the words each value was read from, so that a misreading shows ("province: 天津市 (“Tianjin”)")
            shown = self._fact(f.path, f.value, fields, lang)
            if said and said != case.words.strip() and said not in shown:
                shown += self.w("facts.words", lang, words=said)
            parts.append(shown)
        for key, it in items.items():
            when = self.span(it["within"], lang) if it.get("within") else self.day(it["date"], lang) if it.get("date") \
                else ""
            suffix = "_in" if it.get("within") else ""
            if key.startswith("incidents"):
                parts.append(" ".join(self.w("facts.accident" + suffix, lang, date=when,
                                             grade=t["values"].get(it.get("grade"), {}).get(lang, ""),
                                             kind=t["values"].get(it.get("kind"), {}).get(lang, "")).split()))
            else:
                parts.append(self.w("facts.violation" + suffix, lang, date=when))
        return parts

    def _facts_line(self, case: CaseReading, level: str | None, fields: ProfileFields, lang: str) -> str:
        t = self.t["facts"]
        parts = self._rendered(case, None, fields, lang)
        if case.systems and not any(f.path == "domains" for f in case.facts):
            parts.append(self.w("facts.system", lang, names=t["list_sep"][lang].join(
                s["named_as"] for s in case.systems)))
        if case.as_of is not None:
            parts.append(self.w("facts.as_of", lang, day=self.day(case.as_of, lang)))
        if level:
            parts.append(self.w("facts.level", lang, level=t["levels"][level][lang]))
        return self.w("facts.line", lang, facts=t["sep"][lang].join(p for p in parts if p))

    def _eligibility_facts(self, d: Decision, decided: list[dict], status: dict[str, str],
                           unstated: list[dict] | None = None) -> dict[str, Any]:
        """The contract's ``facts`` of an eligibility case; ``unstated``: the level's conditions nothing stated
        bears on, listed too (``"stated": false``) when the question asks about the level as a whole."""
        case, result = d.case, d.result
        out = case.as_facts()
        out["level"] = d.level
        out["spans"] = {p: w for p, w in out["spans"].items() if w}
        if case.as_of is not None:  # the date the question implies is the profile's as_of
            out["profile"]["as_of"] = case.as_of.isoformat()
        out["decided"] = [{"condition": c["id"], "articles": list(c["articles"]), "status": c["status"],
                           "observed": c.get("observed"), "required": c.get("required"),
                           **_missing(c)} for c in decided]
        out["decided"] += [{"condition": c["id"], "articles": list(c["articles"]), "status": c["status"],
                            "stated": False, **_missing(c)} for c in unstated or []]
        # another level's conditions the stated facts bear on, decided all the same, with their level
        out["decided"] += [{"condition": c["id"], "level": lv, "articles": list(c["articles"]), "status": c["status"],
                            "observed": c.get("observed"), "required": c.get("required")}
                           for lv, c in d.elsewhere + d.beside]
        out["as_of"] = result["as_of"]
        out["measures"] = result.get("measures")
        for key in ("notice", "reform"):
            if result.get(key):
                out[key] = result[key]
        if case.industries:
            out["industries"] = case.industries
        if case.systems:
            out["systems"] = case.systems
        return out

    # -- revocation ---------------------------------------------------------------------------------

    def _cause_text(self, result: dict, cause: str, lang: str) -> str:
        """The measures' own words for a cause of art_12 (its item's text, without its enumerator)."""
        for c in result["causes"]:
            for cited in c.get("citations") or []:
                if cited["eid"] == cause:
                    text = _ENUMERATOR.sub("", cited["text"][lang]).rstrip("。.")
                    return text[:1].lower() + text[1:] if lang == "en" else text
        return cause

    def _event_words(self, case: CaseReading, lang: str) -> str:
        ev = self.t["revocation"]["events"]
        values = self.t["facts"]["values"]
        words = []
        for e in case.events:
            if e.type == "accident":
                # "重大安全事故", "a major (重大) safety accident": what is stated of it, nothing more
                parts = "".join(ev[f"{part}_part"][lang].format(value=values[v][lang])
                                for part in ("grade", "kind") if (v := e.details.get(part)) in values)
                key = "accident_ungraded" if not parts else "accident_vowel" if parts[:1] in "aeiou" else "accident"
                words.append(ev[key][lang].format(parts=parts))
            elif e.type == "registered_address_moved":  # the place in the answer's language, if read so
                place = e.names.get(lang) or e.details.get("province")
                words.append(ev[e.type][lang].format(province=place) if place
                             else ev["registered_address_moved_unplaced"][lang])
            elif e.type == "penalty" and "no_longer_meets_conditions" in e.details:
                words.append(ev["penalty_lost" if e.details["no_longer_meets_conditions"] else "penalty_kept"][lang])
            elif e.type in ev:
                words.append(ev[e.type][lang])
        return ev["sep"][lang].join(dict.fromkeys(words))

    def _revocation(self, d: Decision, fields: ProfileFields, lang: str) -> StructuredAnswer:
        case, result = d.case, d.result
        t = self.t["revocation"]
        causes = result["causes"]
        applies = [c for c in causes if c["status"] == "applies"]
        # the causes the events read leave open (those an unread event leaves open are told apart)
        unknown = [c for c in causes if c["status"] == "unknown" and c["cause"] not in d.open_unread]
        unread = unread_events(case)
        by = t["considered_by"]
        considered = list(dict.fromkeys(by[k] for k in [*(e.type for e in case.events), *case.considered]
                                        if k in by))
        sentences: list[str] = []
        units: list[str] = []
        if applies:
            c = applies[0]
            sentences.append(self.w("revocation.revoke", lang, item=c["cause"].rsplit("_", 1)[-1],
                                    why=self._cause_text(result, c["cause"], lang), eids=c["cause"]))
            for other in applies[1:]:  # every cause that applies is told, each with its item
                sentences.append(self.w("revocation.also", lang, why=self._cause_text(result, other["cause"], lang),
                                        eids=other["cause"]))
            units += [c["cause"] for c in applies]
        elif unknown:
            c = unknown[0]
            if c["cause"] in d.open_causes:  # open on the day of a date named by its month or year
                sentences.append(self.w("revocation.open_day", lang, why=self._day_why((c["cause"],), lang),
                                        eids=self.eids([x["cause"] for x in unknown if x["cause"] in d.open_causes],
                                                       lang)))
            else:
                # (the cause's own plainer words, where ask_case.yaml has them: open_why)
                why = (t.get("open_why") or {}).get(c["cause"], {}).get(lang) or c["message"][lang].rstrip("。.")
                sentences.append(self.w("revocation.open", lang, why=why, eids=c["cause"]))
            units += [c["cause"] for c in unknown]
            asks = [t["ask"][c["cause"]][lang] for c in unknown if c["cause"] in t["ask"]
                    and c["cause"] not in d.open_causes]  # a day's cause asks the day (the words left unread)
            if asks:
                sentences.append(self.w("undecided.head", lang) + self.w("undecided.sep", lang).join(asks))
        elif unread:
            # something said to have happened that no event reads: open, art_12's causes quoted, asked back
            words = self._all([self.w("reason.unread_word", lang, words=u) for u in unread], lang)
            pending = all(u in case.pending for u in unread)  # alleged or still looked into: not settled
            sentences.append(self.w("revocation.open_pending" if pending else "revocation.open_event", lang,
                                    words=words, eids="art_12"))
            read = self._event_words(case, lang)
            if read:  # the events read beside it keep the title by themselves
                read = read[:1].upper() + read[1:] if lang == "en" else read
                sentences.append(self.w("revocation.retain_read", lang, events=read,
                                        eids=self.eids(considered or ["art_12"], lang)))
            items = [self.w("revocation.only_for_item", lang, text=self._cause_text(result, cause, lang), eid=cause)
                     for cause in d.open_unread]
            if items:
                sentences.append(self.w("revocation.causes_are", lang,
                                        items=self.w("revocation.only_for_sep", lang).join(items)))
            sentences.append(self.w("revocation.ask_pending" if pending else "revocation.ask_event", lang))
            units += ["art_12", *d.open_unread]
        else:
            events = self._event_words(case, lang)
            sentences.append(self.w("revocation.retain" if events else "revocation.retain_stated", lang,
                                    events=events, eids=self.eids(considered or ["art_12"], lang)))
            # the items that look at such events, quoted, in one sentence; a change no item names, said so
            items = [self.w("revocation.only_for_item", lang, text=self._cause_text(result, cause, lang), eid=cause)
                     for cause in considered if cause != "art_12"]
            if items:
                sentences.append(self.w("revocation.only_for", lang, items=self.w("revocation.only_for_sep", lang)
                                        .join(items)))
            if "art_12" in considered:  # a change no item names: said so, in the words of its kind
                for kind in dict.fromkeys(k for k in case.considered if by.get(k) == "art_12"):
                    if f"no_item_{kind}" in t:  # (a renaming of another firm's: art_12's duty is the asker's own)
                        sentences.append(self.w(f"revocation.no_item_{kind}", lang, eid="art_12"))
            units += considered or ["art_12"]
        duties = result.get("obligations") or []
        # asked what to do, and the title is kept: the duty answers what was asked, the verdict follows
        duty_first = bool(duties) and not applies and bool(re.search(t["asks_duty"][lang], case.words, re.I))
        for n, o in enumerate(duties):
            why = o["message"][lang].rstrip("。.")
            if duty_first:
                why = why[:1].upper() + why[1:] if lang == "en" else why
                sentences.insert(n, self.w("revocation.obligation_first", lang, why=why,
                                           eids=self.eids(o["articles"], lang)))
            else:
                sentences.append(self.w("revocation.obligation", lang, why=why, eids=self.eids(o["articles"], lang)))
            units += [e for e in o["articles"] if e not in units]
        # an unread event that opened the answer is asked there; one beside a cause decided is asked here
        sentences += self._asked_back(case, lang, told=set(unread) if not applies and not unknown else set())[0]
        if unread:
            units.append("art_12")
        parts = [self._event_words(case, lang)]
        if case.level:
            parts.append(self.w("facts.recognised", lang, level=self.t["facts"]["levels"][case.level][lang]))
        if any(parts):
            sentences.append(self.w("facts.line", lang, facts=self.t["facts"]["sep"][lang].join(p for p in parts if p)))
        facts = case.as_facts()
        # the level stated (the causes are the same for both levels: the request's is not the asker's)
        facts.update({"level": case.level, "verdict": result["verdict"],
                      "causes": [{"cause": c["cause"], "status": c["status"]} for c in causes],
                      "request": d.request})
        facts["spans"] = {p: w for p, w in facts["spans"].items() if w}
        return self._told(sentences, lang, list(dict.fromkeys(units)), facts)

    # -- which domain a system belongs to ------------------------------------------------------------

    def domains_of(self, case: CaseReading, lang: str) -> StructuredAnswer:
        """Where the systems named belong: their construction domain and the unit that states it for the
        level asked about (when none is named, the advanced level's, which names the systems' scenarios)."""
        prefix = "att_2__" if case.level == "advanced" else "att_1__"
        sentences, units = [], []
        for key in dict.fromkeys(s["domain"] for s in case.systems):
            d = self.domains.get(key, {"concept": None, "units": []})
            mine = sorted((e for e in d["units"] if case.level is None or e.startswith(prefix)),
                          key=lambda e: (case.level is not None, not e.startswith("att_2__")))
            names = self.t["facts"]["list_sep"][lang].join(s["named_as"] for s in case.systems if s["domain"] == key)
            gist = (self.gists.get(mine[0], {}).get(lang, "") if mine else "").rstrip("。.")
            sentences.append(self.w("domain", lang, systems=names, units=", ".join(mine), gist=gist,
                                    domain=self.label(d["concept"], lang) if d["concept"] else key))
            units += mine
        facts = {**case.as_facts(), "systems": case.systems, "decided": []}
        return self._told(sentences, lang, list(dict.fromkeys(units)), facts)
