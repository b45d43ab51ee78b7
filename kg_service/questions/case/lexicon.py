"""The graph's names of the things a stated case speaks of, found in a question with their spans.

A ``Lexicon`` is built once from ``queries/read_case_terms.rq``: every label (rdfs:label, SKOS
preferred, alternative and hidden labels) of the indicators, KPIs, construction domains, accident
grades and kinds, maturity levels and places, per language. ``find`` answers the names in a question,
longest first where two overlap, each with the concepts it names (one name may name two: "defect
rate" is an indicator's and a KPI's).

A name is matched in the forms it may be written in (``queries/read_case_names.yaml``), not only as
its label spells it: label and question are both read as a row of words (``Forms.words``) -- case,
full-width forms, spaces and hyphens between the words (so "net-working" is "networking"), a 的 / 之 or
an "of" / "the" between them, plurals, British spellings and abbreviations set aside -- and an
indicator's or KPI's label gains its other wordings ("rate of product defects" for "product defect
rate", 联网比例 for 联网率) where no other concept's name reads so. A wording two concepts share is a
name of both, ambiguous: a number beside it is asked back, never bound to one of them by chance.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg_service.graph import KnowledgeGraph

# class local name -> the kind the reader speaks of
KINDS = {"Indicator": "indicator", "KPI": "kpi", "ConstructionDomain": "domain", "AccidentGrade": "grade",
         "IncidentKind": "incident_kind", "MaturityLevel": "maturity", "ProvinceLevelUnit": "province",
         "District": "district", "AreaWithinDistricts": "area"}

_LATIN = re.compile(r"[a-z]+(?:['’]s(?![a-z]))?|[0-9]+|.", re.S)


@dataclass(frozen=True)
class Term:
    concept: str
    kind: str  # one of KINDS' values
    key: str | None = None  # the profile's value or field: "key_process_nc_rate", "larger", "3"
    extra: tuple[tuple[str, str], ...] = ()  # ("indicator_kind", "level"), ("direction", "down"), ("within", IRI)

    def get(self, name: str) -> str | None:
        return dict(self.extra).get(name)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    terms: tuple[Term, ...]
    ambiguous: bool = False  # an sfkg:ambiguousName, or a wording two concepts share: a number beside it is asked

    def of(self, *kinds: str) -> list[Term]:
        return [t for t in self.terms if t.kind in kinds]


@dataclass(frozen=True)
class Word:
    """A word of a name or question as the lexicon reads it, with its characters' span in the words."""
    text: str
    start: int
    end: int
    skip: bool = False  # a word a name may have or leave out between its words ("of", 的)
    spaced: bool = False  # a space before it: a word of its own, not one word hyphenated ("net-working")


@dataclass
class Forms:
    """How one language's names may be written (``queries/read_case_names.yaml``, one language's part)."""
    lang: str
    data: dict[str, Any]
    variant_kinds: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        d = self.data
        self.separators = re.compile("[" + (d.get("separators") or r"\s") + "]")
        # English parts its words by spaces: words spaced in a question are a name's words only where the name has
        # words apart ("net working capital" is not "networking"; "net-working" is); Chinese spaces are none of it
        self.spaced = bool(d.get("spaces_part_words"))
        self.skip = set(d.get("skip") or ())
        self.plural = [(a, b, int(n)) for a, b, n in d.get("plural") or ()]
        self.singular = tuple(d.get("singular") or ())
        self.spelling = [(a, b, int(n)) for a, b, n in d.get("spelling") or ()]
        # words that are one thing, each side read as a row of words (longest first)
        self.same: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted(
            ((tuple(w.text for w in self._tokens(a)), tuple(w.text for w in self._tokens(b)))
             for a, b in d.get("same") or ()), key=lambda x: -len(x[0]))
        self.heads = set(d.get("heads") or ())
        self.movable = [tuple(m) for m in d.get("movable") or ()]
        rates = sorted(d.get("rate_words") or (), key=len, reverse=True)
        self.rate_words = rates
        # English varies a rate word among words; Chinese, written without spaces, a rate's characters in a name
        chars = any(not r.isascii() for r in rates)
        self.rate_pattern = re.compile("|".join(map(re.escape, rates))) if chars else None
        kept = d.get("rate_kept") or ()
        self.rate_kept = re.compile("|".join(map(re.escape, kept))) if kept else None

    # ---- the words ------------------------------------------------------------------------------
    def _word(self, w: str) -> str:
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if w.isalpha() and w.isascii():
            if not w.endswith(self.singular):
                w = next((w[:-len(a)] + b for a, b, n in self.plural if len(w) >= n and w.endswith(a)), w)
            w = next((w[:-len(a)] + b for a, b, n in self.spelling if len(w) >= n and w.endswith(a)), w)
        return w

    def words(self, text: str) -> list[Word]:
        """``text`` as a row of words: each Latin word or number one word, any other character one (a Chinese
        character, a sign); separators part words and are dropped; each word in its one form."""
        return self._same(self._tokens(text))

    def _tokens(self, text: str) -> list[Word]:
        # full-width and compatibility forms as their plain characters ("ＮＣ率", "CO₂"), keeping the spans
        plain, at = [], []
        for i, ch in enumerate(text):
            for c in unicodedata.normalize("NFKC", ch).lower():
                plain.append(c)
                at.append(i)
        s = "".join(plain)
        out: list[Word] = []
        space = False
        for m in _LATIN.finditer(s):
            w = m.group(0)
            if self.separators.fullmatch(w):
                space = space or w.isspace()
                continue
            w = self._word(w)
            out.append(Word(w, at[m.start()], at[m.end() - 1] + 1, w in self.skip, space and self.spaced))
            space = False
        return out

    def _same(self, words: list[Word]) -> list[Word]:
        """The words read as the words they are the same as, again on what that gives until nothing changes (a
        rule may build on another's words: "RMB 10,000" is "10000 yuan", "per 10000 yuan" is "per yuan")."""
        for _ in range(4):
            again = self._same_once(words)
            if [w.text for w in again] == [w.text for w in words]:
                return again
            words = again
        return words

    def _same_once(self, words: list[Word]) -> list[Word]:
        if not self.same:
            return words
        out: list[Word] = []
        i = 0
        while i < len(words):
            for a, b in self.same:
                if tuple(w.text for w in words[i:i + len(a)]) == a:
                    s, e = words[i].start, words[i + len(a) - 1].end
                    out.extend(Word(x, s, e, spaced=words[i].spaced and k == 0) for k, x in enumerate(b))
                    i += len(a)
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    @staticmethod
    def key(words: list[Word]) -> tuple[str, frozenset[int]]:
        """The name the words spell, and where in it a word ends: a word a name may leave out is dropped between
        its words, kept at its edge ("数控的": that 的 is the name's own)."""
        inner = [w.text for i, w in enumerate(words) if not w.skip or i in (0, len(words) - 1)]
        return _joined(inner)

    # ---- a label's other wordings ---------------------------------------------------------------
    def variants(self, words: list[Word]) -> dict[str, frozenset[int]]:
        """A label's other wordings, each with where in it a word ends."""
        core = [w.text for w in words if not w.skip]
        out: dict[str, frozenset[int]] = {}
        for order in self._orders(core):
            for moved in self._moved(order):
                rows = [moved]
                for i, w in enumerate(moved):  # a rate word, as the other rate words ("networking proportion")
                    if self.rate_pattern is None and w in self.rate_words:
                        rows += [[*moved[:i], r, *moved[i + 1:]] for r in self.rate_words if r != w]
                out.update(_joined(r) for r in rows)
        if self.rate_pattern is not None:  # a word written without spaces: its characters are its words
            for v in list(out) or ["".join(core)]:
                out.update((x, frozenset(range(1, len(x)))) for x in self._rates(v))
        out.pop("".join(core), None)
        return out

    def _orders(self, core: list[str]) -> Iterable[list[str]]:
        """"A rate of B" as "B A rate", and either as "rate of B A" …: the words before and after a name's
        last head word, turned round it."""
        yield core
        heads = [i for i, w in enumerate(core) if w in self.heads]
        if not heads or len(core) < 2 or len(core) > 8:
            return
        h = heads[-1]
        p = core[h + 1:] + core[:h]  # what it is a rate of, in the order "B A"
        for i in range(len(p) + 1):
            yield [*p[i:], core[h], *p[:i]]

    def _moved(self, core: list[str]) -> Iterable[list[str]]:
        yield core
        for m in self.movable:
            n = len(m)
            for i in range(len(core) - n + 1):
                if tuple(core[i:i + n]) == m:
                    rest = core[:i] + core[i + n:]
                    for j in range(len(rest) + 1):
                        yield rest[:j] + list(m) + rest[j:]

    def _rates(self, name: str) -> set[str]:
        kept = [m.span() for m in self.rate_kept.finditer(name)] if self.rate_kept is not None else []
        out = set()
        for m in self.rate_pattern.finditer(name):  # type: ignore[union-attr]
            if any(a < m.end() and m.start() < b for a, b in kept):
                continue
            out |= {name[:m.start()] + r + name[m.end():] for r in self.rate_words if r != m.group(0)}
        return out


def _joined(words: list[str]) -> tuple[str, frozenset[int]]:
    ends, n = set(), 0
    for w in words[:-1]:
        n += len(w)
        ends.add(n)
    return "".join(words), frozenset(ends)


def load_forms(path: Path) -> dict[str, Forms]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    kinds = frozenset(data.get("variant_kinds") or ())
    return {lang: Forms(lang, data.get(lang) or {}, kinds) for lang in ("zh", "en")}


@dataclass
class Lexicon:
    names: dict[str, dict[str, list[Term]]] = field(default_factory=dict)  # lang -> name as read -> terms
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # concept -> lang -> rdfs:label
    ambiguous: dict[str, set[str]] = field(default_factory=dict)  # lang -> names a number beside is asked back
    forms: dict[str, Forms] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # lang -> the longest name's length
    # lang -> name as read -> where its words end, per label or wording read so (a spaced question's words must
    # end there too)
    ends: dict[str, dict[str, set[frozenset[int]]]] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph, forms: dict[str, Forms] | None = None) -> Lexicon:
        lex = cls(labels=kg.labels, forms=forms or load_forms(kg.settings.queries_dir / "read_case_names.yaml"))
        terms: dict[str, Term] = {}
        rows = kg.select("read_case_terms", memo=True)
        for row in rows:
            concept = str(row["concept"])
            if concept in terms:
                continue
            kind = KINDS[str(row["type"]).rsplit("#", 1)[-1]]
            key = row.get("field") or row.get("notation")
            extra: list[tuple[str, str]] = []
            if row.get("kind") is not None:
                extra.append(("indicator_kind", str(row["kind"]).rsplit("kind-", 1)[-1]))
            if row.get("direction") is not None:
                extra.append(("direction", str(row["direction"])))
            if row.get("within") is not None:
                extra.append(("within", str(row["within"])))
            terms[concept] = Term(concept, kind, str(key) if key is not None else None, tuple(extra))
        # the labels as read; then each indicator's and KPI's other wordings, from the labels they vary
        varied: dict[str, dict[str, set[str]]] = {}  # lang -> wording -> the names it varies
        varied_ends: dict[str, dict[str, set[frozenset[int]]]] = {}
        for row in rows:
            label, lang = str(row["label"]), str(row.get("lang") or "en")
            term = terms[str(row["concept"])]
            forms = lex.forms.get(lang) or Forms(lang, {})
            words = forms.words(label)
            name, ends = forms.key(words)
            if not name:
                continue
            lex.ends.setdefault(lang, {}).setdefault(name, set()).add(ends)
            bucket = lex.names.setdefault(lang, {}).setdefault(name, [])
            if term not in bucket:
                bucket.append(term)
            if row.get("ambiguous") is not None:
                lex.ambiguous.setdefault(lang, set()).add(name)
            if term.kind in forms.variant_kinds:
                for v, v_ends in forms.variants(words).items():
                    varied.setdefault(lang, {}).setdefault(v, set()).add(name)
                    varied_ends.setdefault(lang, {}).setdefault(v, set()).add(v_ends)
        for lang, wordings in varied.items():
            names, ambiguous = lex.names[lang], lex.ambiguous.setdefault(lang, set())
            for v, of in sorted(wordings.items()):
                if v in names:
                    continue  # a name as a label spells it is that label's
                named = [t for n in sorted(of) for t in names[n]]
                names[v] = list(dict.fromkeys(named))
                lex.ends[lang][v] = varied_ends[lang][v]
                if len({tuple(names[n]) for n in of}) > 1 or any(n in ambiguous for n in of):
                    ambiguous.add(v)  # two concepts' wording: asked back, not guessed
        lex.longest = {lang: max(map(len, names), default=0) for lang, names in lex.names.items()}
        return lex

    def find(self, text: str, lang: str) -> list[Hit]:
        names, forms = self.names.get(lang), self.forms.get(lang)
        if not names or forms is None:
            return []
        words = forms.words(text)
        longest, ambiguous = self.longest[lang], self.ambiguous.get(lang, set())
        hits: list[Hit] = []
        ends = self.ends.get(lang, {})

        def fits(name: str, spaced: set[int]) -> bool:  # the question's spaced words end where the name's do
            return name in names and (not spaced or any(spaced <= e for e in ends.get(name, ())))

        i = 0
        while i < len(words):
            best: tuple[int, str] | None = None
            inner = ""
            spaced: set[int] = set()
            for j in range(i, len(words)):
                w = words[j]
                if w.skip and j > i:  # a 的 / "of" between words: dropped, or the name's last word
                    if fits(inner + w.text, spaced | ({len(inner)} if w.spaced else set())):
                        best = (j, inner + w.text)
                    continue
                if w.spaced and j > i:
                    spaced.add(len(inner))
                inner += w.text
                if len(inner) > longest:
                    break
                if fits(inner, spaced):
                    best = (j, inner)
            if best is None:
                i += 1
                continue
            j, name = best
            start, end = words[i].start, words[j].end
            hits.append(Hit(start, end, text[start:end], tuple(names[name]), name in ambiguous))
            i = j + 1
        return hits

    def label(self, concept: str, lang: str) -> str:
        return self.labels.get(concept, {}).get(lang) or self.labels.get(concept, {}).get("en") or concept
