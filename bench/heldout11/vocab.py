# ruff: noqa: E501
"""Words shared by the case files: products (industry inferred from the product, GB/T 4754-2017 division),
districts, and planted-ambiguous phrases. Standard library only."""

# (division, zh product, en product)
PRODUCTS = [
    ("C38", "伺服电机", "servo motors"), ("C38", "光伏组件", "PV modules"), ("C38", "锂离子动力电池", "lithium-ion battery cells"),
    ("C27", "疫苗", "vaccines"), ("C27", "化学药品制剂", "generic drug tablets"), ("C27", "中成药", "traditional Chinese patent medicines"),
    ("C39", "PCB印制电路板", "printed circuit boards"), ("C39", "智能手机", "smartphones"), ("C39", "服务器整机", "rack servers"),
    ("C39", "集成电路封装测试", "IC packaging and test"), ("C29", "轮胎", "car tyres"), ("C29", "塑料管材", "plastic pipes"),
    ("C32", "铝型材", "aluminium extrusions"), ("C22", "瓦楞纸箱", "corrugated cartons"), ("C15", "果汁饮料", "soft drinks"),
    ("C15", "啤酒", "beer"), ("C14", "乳制品", "dairy products"), ("C14", "速冻水饺", "frozen dumplings"),
    ("C13", "畜禽饲料", "animal feed"), ("C18", "职业西装", "business suits"), ("C21", "办公家具", "office furniture"),
    ("C23", "包装装潢印刷品", "printed packaging"), ("C36", "汽车座椅", "car seats"), ("C36", "新能源乘用车", "electric passenger cars"),
    ("C34", "数控机床", "CNC machine tools"), ("C34", "工业机器人", "industrial robots"), ("C35", "CT影像设备", "CT scanners"),
    ("C37", "地铁车辆", "metro trains"), ("C40", "智能电表", "smart electricity meters"), ("C40", "气相色谱仪", "gas chromatographs"),
    ("C30", "商品混凝土", "ready-mixed concrete"), ("C30", "水泥", "cement"), ("C31", "冷轧钢板", "cold-rolled steel sheet"),
    ("C26", "工业涂料", "industrial coatings"), ("C28", "涤纶短纤", "polyester staple fibre"), ("C25", "成品油炼制", "oil refining"),
    ("C33", "钢结构件", "structural steelwork"), ("C24", "健身器材", "fitness equipment"), ("C19", "运动鞋", "sports shoes"),
    ("C42", "废旧动力电池回收利用", "recycling of spent EV batteries"),
]
OTHER = [("D44", "热力供应", "district heat supply"), ("D46", "自来水生产供应", "tap-water production and supply"),
         ("B06", "煤炭开采", "coal mining"), ("I65", "软件开发", "software development")]

DISTRICTS = [("顺义区", "Shunyi"), ("昌平区", "Changping"), ("大兴区", "Daxing"), ("亦庄", None), ("通州区", "Tongzhou"),
             ("房山区", "Fangshan"), ("海淀区", "Haidian"), ("怀柔区", "Huairou"), ("平谷区", "Pinggu"), ("密云区", "Miyun"),
             ("延庆区", "Yanqing"), ("门头沟区", "Mentougou"), ("朝阳区", "Chaoyang"), ("丰台区", "Fengtai")]
DISTRICTS = [d for d in DISTRICTS if d[1]]

# planted ambiguities: words that state a number or a level the profile has no single field for
AMBIG_ZH = ["OEE 83%", "集团整体联网率92%", "计划2027年把数控化率提到88%", "联网率大概70或80", "整体提升了约14%",
            "DCMM数据管理能力成熟度3级", "行业平均数控化率61%", "供应商准时交付率提升了9%", "良品率提高了3个点",
            "二车间单独的联网率是97%", "安全生产标准化2级", "母公司营收12亿", "目标是不良率下降6%", "人均产值到了186万元",
            "两化融合贯标4A", "数控化率去年测过一次，七十几", "单位产品碳排放降了11%"]
AMBIG_EN = ["OEE is at 83%", "the group-wide networking rate is 92%", "we target an NC rate of 88% by 2027",
            "networking maybe 70 or 80 percent", "improved by about 14% overall", "DCMM data-management maturity level 3",
            "the industry average NC rate is 61%", "supplier on-time delivery up 9%", "yield went up 3 points",
            "workshop 2 alone has 97% of machines networked", "work-safety standardisation grade 2",
            "our parent company's revenue is RMB 1.2 billion", "the goal is a 6% cut in defects",
            "output per head reached RMB 1.86 million", "CO2 per unit of product down 11%"]
