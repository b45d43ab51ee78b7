# ruff: noqa: E501
"""Vocabulary of bench/heldout12 (written from the measures, GB/T 4754-2017 and the profile schema only).

PRODUCTS: how people name what they make -> the GB/T 4754 code the words fix (a division, or a longer code when
the words name the class). Numbers in words (Chinese and English) for spoken text.
"""

# (zh words, en words, expected code prefix). Expected codes are only as long as the words fix them.
PRODUCTS = [
    ("低温鲜奶和酸奶", "fresh milk and yoghurt", "C14"),
    ("精酿啤酒", "craft beer", "C15"),
    ("中成药颗粒剂", "traditional Chinese patent medicine granules", "C27"),
    ("人用疫苗", "human vaccines", "C27"),
    ("职业装和西服", "workwear and suits", "C18"),
    ("实木办公家具", "solid-wood office furniture", "C21"),
    ("瓦楞纸箱", "corrugated cartons", "C22"),
    ("图书和期刊印刷", "printing of books and journals", "C23"),
    ("健身器材和球类", "fitness equipment and balls", "C24"),
    ("工业润滑油", "industrial lubricating oil", "C25"),
    ("水性工业涂料", "water-based industrial coatings", "C26"),
    ("汽车注塑件", "injection-moulded plastic car parts", "C29"),
    ("特种玻璃", "special glass", "C30"),
    ("铝合金型材", "aluminium alloy profiles", "C32"),
    ("高强度紧固件", "high-strength fasteners", "C33"),
    ("数控机床", "CNC machine tools", "C34"),
    ("医用超声诊断设备", "medical ultrasound scanners", "C35"),
    ("新能源乘用车整车", "new-energy passenger cars", "C36"),
    ("民用无人机", "civil drones", "C37"),
    ("储能锂电池", "lithium batteries for energy storage", "C38"),
    ("服务器整机", "servers", "C39"),
    ("手机摄像头模组", "smartphone camera modules", "C39"),
    ("压力传感器和流量计", "pressure sensors and flow meters", "C40"),
    ("废旧动力电池回收再利用", "recycling of spent EV batteries", "C42"),
]

# explicit codes as written, and class names (expected: the prefix the words fix)
CODES = [("C3670", "C3670"), ("C2720", "C2720"), ("C3841", "C3841"), ("C3911", "C3911"), ("C1441", "C1441"),
         ("C3581", "C3581"), ("C4021", "C4021"), ("C2927", "C2927"), ("C3442", "C3442"), ("C2614", "C2614")]
CLASS_NAMES = [("化学药品制剂制造", "manufacture of chemical pharmaceutical preparations", "C272"),
               ("汽车零部件及配件制造", "manufacture of auto parts and accessories", "C367"),
               ("锂离子电池制造", "manufacture of lithium-ion batteries", "C384"),
               ("计算机整机制造", "manufacture of complete computers", "C391"),
               ("液体乳制造", "manufacture of liquid milk", "C144"),
               ("医疗诊断、监护及治疗设备制造", "manufacture of medical diagnostic, monitoring and therapy equipment", "C358")]

DISTRICTS = [("海淀区", "Haidian District"), ("朝阳区", "Chaoyang District"), ("大兴区", "Daxing District"),
             ("顺义区", "Shunyi District"), ("昌平区", "Changping District"), ("通州区", "Tongzhou District"),
             ("房山区", "Fangshan District"), ("怀柔区", "Huairou District"), ("平谷区", "Pinggu District"),
             ("密云区", "Miyun District"), ("丰台区", "Fengtai District"), ("延庆区", "Yanqing District")]

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"]
GIVEN = ["建国", "海燕", "志强", "丽娜", "晓东", "静", "磊", "婷婷", "国华", "雪梅", "鹏", "欣然"]
EN_NAMES = ["Li Wei", "Zhang Min", "Wang Fang", "Liu Yang", "Chen Jing", "Zhao Lei", "Sun Hao", "Zhou Ting",
            "Martin Keller", "Anna Schmidt", "Kenji Sato", "Priya Nair", "Carlos Mendes", "Olga Petrova"]
CO_STEMS = ["恒信", "京瑞", "中科锐", "华川", "燕科", "新源", "北辰", "盛拓", "博远", "天衡", "安泰", "卓越精工", "和光",
            "云帆", "宏达", "长城精机", "清研", "星河"]
CO_SUFFIX = ["科技有限公司", "精密制造有限公司", "智能装备有限公司", "股份有限公司", "实业有限公司"]
EN_CO = ["Beijing Hengxin Precision Co., Ltd.", "Beijing Jingrui Technology Co., Ltd.", "Yanke Intelligent Equipment (Beijing) Co., Ltd.",
         "Beijing Xinyuan Materials Co., Ltd.", "Beijing Beichen Medical Devices Co., Ltd.", "Beijing Shengtuo Auto Parts Co., Ltd.",
         "Beijing Boyuan Electronics Co., Ltd.", "Beijing Tianheng Instruments Co., Ltd."]

ZH_DIG = "零一二三四五六七八九"
EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def zh_int(n: int) -> str:
    if n < 10:
        return ZH_DIG[n]
    if n == 100:
        return "一百"
    t, u = divmod(n, 10)
    return ("十" if t == 1 else ZH_DIG[t] + "十") + (ZH_DIG[u] if u else "")


def zh_num(x) -> str:
    if float(x).is_integer():
        return zh_int(int(x))
    i, d = f"{x}".split(".")
    return zh_int(int(i)) + "点" + "".join(ZH_DIG[int(c)] for c in d)


def en_int(n: int) -> str:
    if n < 20:
        return EN_ONES[n]
    if n == 100:
        return "one hundred"
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_ONES[u] if u else "")


def en_num(x) -> str:
    if float(x).is_integer():
        return en_int(int(x))
    i, d = f"{x}".split(".")
    return en_int(int(i)) + " point " + " ".join(EN_ONES[int(c)] for c in d)


def zh_cheng(x) -> str | None:
    """七成二 for 72, 七成 for 70 (only whole percentages)."""
    if not float(x).is_integer() or not 10 <= x < 100:
        return None
    t, u = divmod(int(x), 10)
    return ZH_DIG[t] + "成" + (ZH_DIG[u] if u else "")


GB_CHECK = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    s = sum(GB_CHECK.index(c) * w for c, w in zip(body17, W, strict=True))
    return body17 + GB_CHECK[(31 - s % 31) % 31]


if __name__ == "__main__":
    assert zh_num(72) == "七十二" and zh_num(68.5) == "六十八点五" and zh_num(10) == "十" and zh_num(8.5) == "八点五"
    assert en_num(72) == "seventy-two" and en_num(9.5) == "nine point five" and zh_cheng(72) == "七成二"
    print("vocab ok", credit_code("91110115MA01ABCD1"))
