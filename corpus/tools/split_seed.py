"""One-off provenance script: how corpus/measures.yaml's Chinese texts were cut from the seed.

The corpus file is the source of truth; this script documents (and can re-check) the cut.
It prints, for each unit in document order, its eId and Chinese text, split at the markers
below. `lead` is source text that precedes a unit but belongs to no unit (a title, the list
of annexes, a repeated table header).

    python corpus/tools/split_seed.py ../shared/seeds/beijing-smart-factory-measures-2025.txt
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"

# (eid, marker where the unit's text starts, marker where its lead starts or None)
MARKERS: list[tuple[str, str, str | None]] = [
    ("notice", "北京市经济和信息化局关于印发", None),
    ("chp_1", "第一章 总则", "北京市智能工厂认定管理办法\n\n第一章"),
    ("art_1", "第一条", None), ("art_2", "第二条", None), ("art_3", "第三条", None), ("art_4", "第四条", None),
    ("chp_2", "第二章 申请条件", None),
    ("art_5", "第五条", None),
    *[(f"art_5__item_{i}", f"({n})", None) for i, n in enumerate("一二三四五六七八", 1)],
    ("chp_3", "第三章 认定程序", None),
    ("art_6", "第六条", None), ("art_7", "第七条", None), ("art_8", "第八条", None),
    ("chp_4", "第四章 管理服务", None),
    ("art_9", "第九条", None), ("art_10", "第十条", None), ("art_11", "第十一条", None), ("art_12", "第十二条", None),
    *[(f"art_12__item_{i}", f"({n})", None) for i, n in enumerate("一二三四五", 1)],
    ("chp_5", "第五章 附则", None),
    ("art_13", "第十三条", None), ("art_14", "第十四条", None), ("art_15", "第十五条", None),
    ("att_1", "附件 1\n", "- 附件:1."),
    ("att_1__intro", "基础级智能工厂是指", None),
    ("att_1__sec_1", "一、建设内容", None),
    *[(f"att_1__sec_1__item_{i}", f"{i}. {t}", None) for i, t in
      enumerate(["工厂建设", "研发设计", "生产作业", "生产管理", "运营管理"], 1)],
    ("att_1__sec_2", "二、建设成效", None),
    ("att_1__note", "注:", None),
    ("att_2", "附件 2\n", None),
    ("att_2__intro", "先进级智能工厂是指", None),
    ("att_2__sec_1", "一、建设内容", None),
    *[(f"att_2__sec_1__item_{i}", f"{i}. {t}", None) for i, t in
      enumerate(["工厂建设", "研发设计", "生产作业", "生产管理", "运营管理"], 1)],
    ("att_2__sec_2", "二、建设成效", None),
    ("att_2__note", "注:", None),
    ("att_2-1", "附件 2—1\n", None),
    ("att_2-1__row_1", "都市产业", None), ("att_2-1__row_2", "生物医药产业", None),
    ("att_2-1__row_3", "电子信息产业", None), ("att_2-1__row_4", "装备仪器产业", None),
    ("att_2-1__row_5", "原材料产业", None),
    ("att_3", "附件 3\n", None),
    ("att_3__cat_1", "(一)", None),
    *[(f"att_3__kpi_{i}", f"\n{i}\t", None) for i in range(1, 5)],
    ("att_3__cat_2", "(二)", None),
    *[(f"att_3__kpi_{i}", f"\n{i}\t", None) for i in range(5, 7)],
    ("att_3__cat_3", "(三)", None),
    *[(f"att_3__kpi_{i}", f"\n{i}\t", None) for i in range(7, 15)],
    ("att_3__kpi_15", "\n15\t", "序号\t智能工厂建设关键绩效指标\n15"),
    ("att_3__cat_4", "(四)", None),
    *[(f"att_3__kpi_{i}", f"\n{i}\t", None) for i in range(16, 20)],
    ("att_3__cat_5", "(五)", None),
    ("att_3__kpi_20", "\n20\t", None),
]


def normalise(text: str) -> str:
    """Collapse whitespace. A break after a line of prose (long, with commas) that stops
    mid-sentence between two CJK characters is a page break of the source PDF and goes;
    after a heading it is a space."""
    text = re.sub(rf"(?m)^([^\n]{{20,}}[,，、][^\n]*[\u4e00-\u9fff])\s*\n\s*(?={CJK})", r"\1", text.strip())
    return re.sub(r"\s+", " ", text)


def split(seed: str) -> list[dict]:
    # find each marker after the previous one, in order
    pos, found = 0, []
    for eid, marker, lead in MARKERS:
        start = seed.index(marker, pos)
        lead_start = seed.index(lead, pos) if lead else start
        found.append((eid, lead_start, start))
        pos = start + 1
    units = []
    for i, (eid, lead_start, start) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else len(seed)
        units.append({"eid": eid, "lead": normalise(seed[lead_start:start]), "zh": normalise(seed[start:end])})
    return units


if __name__ == "__main__":
    seed = Path(sys.argv[1]).read_text(encoding="utf-8")
    json.dump(split(seed), sys.stdout, ensure_ascii=False, indent=1)
