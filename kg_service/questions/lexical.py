"""BM25 over the units' tokens (Chinese and English in one bag per unit).

One index serves both languages: a Chinese question's tokens only meet Chinese tokens and an
English question's only English ones, and since every unit carries both languages (text, title
and the bilingual labels of its concepts) the document-length normalisation treats them alike.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from rank_bm25 import BM25Okapi


def _is_cjk(token: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", token))


class LexicalIndex:
    def __init__(self, docs: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75):
        self.n_docs = len(docs)
        self._bm25 = BM25Okapi([list(d) for d in docs], k1=k1, b=b)
        self._doc_terms = [set(d) for d in docs]
        df: Counter[str] = Counter()
        for terms in self._doc_terms:
            df.update(terms)
        self._df = df

    def idf(self, term: str) -> float:
        """A smoothed, always positive IDF (Lucene's): unlike BM25Okapi's own it does not floor terms
        found in more than half the units, so it can weigh how informative a question's terms are."""
        df = self._df.get(term, 0)
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))

    def known(self, term: str) -> bool:
        return term in self._df

    def scores(self, tokens: Sequence[str]) -> list[float]:
        if not tokens:
            return [0.0] * self.n_docs
        return [float(s) for s in self._bm25.get_scores(list(tokens))]

    def rank(self, tokens: Sequence[str]) -> list[tuple[int, float]]:
        """(unit index, BM25 score), best first; units sharing no term with the question are left out."""
        scores = self.scores(tokens)
        hits = [(i, s) for i, s in enumerate(scores) if s > 0 and self._doc_terms[i].intersection(tokens)]
        return sorted(hits, key=lambda h: (-h[1], h[0]))

    def coverage(self, words: Sequence[tuple[str, Sequence[str]]], docs: Iterable[int]) -> float:
        """The share of the question's information (IDF mass of its distinct words) that the units
        ``docs`` (the best few hits) contain: 1.0 when every word occurs there, near 0 when only
        common words do.

        ``words`` are the question's words as a reader would cut them (jieba's plain mode for
        Chinese), each with the smaller tokens inside it; a word the unit lacks as a whole counts
        for the share of its characters that its smaller tokens found in the unit cover (人才队伍:
        人才 yes, 队伍 no -> half). Unlike a raw BM25 score this does not grow with the question's
        length, so one threshold serves short and long questions; a word no unit contains weighs
        with the highest IDF, which is what keeps "今天天气怎么样" or "capital of France" near 0.
        """
        terms: set[str] = set().union(*(self._doc_terms[d] for d in docs))
        total = found = 0.0
        for word, parts in dict(words).items():
            weight = self.idf(word)
            total += weight
            if word in terms or any(p in terms for p in parts if not _is_cjk(p)):
                found += weight
            elif len(word) > 1 and _is_cjk(word) and parts:
                covered = [False] * len(word)
                for p in parts:
                    if p != word and len(p) > 1 and p in terms:
                        start = word.find(p)
                        while start >= 0:
                            covered[start:start + len(p)] = [True] * len(p)
                            start = word.find(p, start + 1)
                found += weight * sum(covered) / len(word)
        return found / total if total else 0.0
