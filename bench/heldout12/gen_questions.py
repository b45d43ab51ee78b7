"""Writes questions.json of bench/heldout12 from questions_src.py. Standard library only.

    python3 gen_questions.py
"""
import json
import os
from collections import Counter

from questions_src import ANSWERABLE, OUT_OF_SCOPE

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    qs = []
    for lang, kind, q, gold, facts in ANSWERABLE:
        x = {"q": q, "lang": lang, "kind": kind, "gold": gold}
        if facts:
            x["answer_any"] = facts
        qs.append(x)
    qs += [{"q": q, "lang": lang, "kind": kind, "out_of_scope": True} for lang, kind, q in OUT_OF_SCOPE]
    with open(os.path.join(HERE, "questions.json"), "w", encoding="utf-8") as fh:
        json.dump(qs, fh, ensure_ascii=False, indent=1)
    print(f"questions: {len(qs)} (answerable {len(ANSWERABLE)} {dict(Counter(a[0] for a in ANSWERABLE))}, "
          f"out of scope {len(OUT_OF_SCOPE)} {dict(Counter(a[0] for a in OUT_OF_SCOPE))})")


if __name__ == "__main__":
    main()
