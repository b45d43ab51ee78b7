# ruff: noqa: E501
"""Writes questions.json of bench/heldout16 from questions_src.py. Standard library only.

    python3 gen_questions.py
"""
import json
import os
from collections import Counter

from questions_src import HAND_Q, OUT_OF_SCOPE, threshold_questions

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    qs = []
    for lang, kind, q, gold, facts in threshold_questions() + HAND_Q:
        x = {"q": q, "lang": lang, "kind": kind, "gold": gold}
        if facts:
            x["answer_any"] = facts
        qs.append(x)
    qs += [{"q": q, "lang": lang, "kind": kind, "out_of_scope": True} for lang, kind, q in OUT_OF_SCOPE]
    assert len({x["q"] for x in qs}) == len(qs)
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(qs, fh, ensure_ascii=False, indent=1)
    print(f"questions: {len(qs)}; answerable {sum(not x.get('out_of_scope') for x in qs)} "
          f"{dict(Counter(x['lang'] for x in qs if not x.get('out_of_scope')))}; out of scope "
          f"{sum(bool(x.get('out_of_scope')) for x in qs)} {dict(Counter(x['lang'] for x in qs if x.get('out_of_scope')))}")
    print(dict(Counter(x["kind"] for x in qs)))


if __name__ == "__main__":
    main()
