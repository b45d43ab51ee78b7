# ruff: noqa: E501
"""Writes questions.json of bench/heldout14 from questions_src.py. Standard library only.

    python3 gen_questions.py
"""
import json
import os
from collections import Counter

from questions_src import HAND_Q, OUT_OF_SCOPE, compare_rows, threshold_questions

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    qs = [{"q": q, "lang": lang, "kind": kind, "gold": gold, "answer_any": facts}
          for lang, kind, q, gold, facts in threshold_questions() + compare_rows() + HAND_Q]
    # the measures write some figures with spaces (第三个月 15 日前, 2026 年 12 月 31 日): both forms count
    spaced = {"2026年12月31日": "2026 年 12 月 31 日", "15日": "15 日", "3月15日": "3 月 15 日", "9月15日": "9 月 15 日"}
    for x in qs:
        for a, b in spaced.items():
            if a in x["answer_any"] and b not in x["answer_any"]:
                x["answer_any"].append(b)
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
