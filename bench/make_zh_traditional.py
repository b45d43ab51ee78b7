"""Regenerate queries/zh_traditional.yaml from OpenCC's TSCharacters.txt (traditional → simplified characters).

    python3 bench/make_zh_traditional.py path/to/TSCharacters.txt

(the file ships in the opencc-python-reimplemented wheel, opencc/dictionary/TSCharacters.txt; Apache-2.0). Each
traditional character is kept with its first simplified form when both are single characters and the traditional one
is not itself in GB 2312 (the simplified standard set: 著, 乾 are written in simplified text too), so reading a
simplified question changes nothing and every offset stays."""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "queries" / "zh_traditional.yaml"
HEAD = """# Traditional Chinese characters and the simplified character each is read as, one for one (so a question's
# spans stay where they were: the words quoted are the asker's own). From OpenCC's TSCharacters.txt
# (opencc-python-reimplemented 0.1.7, Apache-2.0), the first simplified form of each; characters that are
# themselves in GB 2312 (著, 乾, 於: standard simplified characters too) are left out, so no simplified text
# changes. Regenerate with: python3 bench/make_zh_traditional.py <TSCharacters.txt>
"""


def in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def main(source: str) -> None:
    trad, simp = [], []
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        t, forms = line.split("\t", 1)
        s = forms.split(" ")[0]
        if len(t) == 1 and len(s) == 1 and t != s and not in_gb2312(t):
            trad.append(t)
            simp.append(s)
    OUT.write_text(HEAD + f"traditional: {json.dumps(''.join(trad), ensure_ascii=False)}\n"
                   f"simplified: {json.dumps(''.join(simp), ensure_ascii=False)}\n", encoding="utf-8")
    print(f"{len(trad)} characters -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
