# ruff: noqa: E501
"""Vocabulary of bench/heldout15 (its own; none taken from another set): products in everyday words with the
GB/T 4754-2017 code the words fix. A class code (4 digits) only where the words name exactly one class; otherwise
the division (2 digits) -- the scorer checks a prefix, so a service that answers the class for a division-level
product is still right, and one that answers only the division for a class-level product has "not read" it."""

# zh everyday words, en everyday words, code, what the code stands for
PRODUCTS = [
    # class level (two at group level, where the class is not certain)
    ("酱油和醋", "soy sauce and vinegar", "C1462", "酱油、食醋及类似制品制造"),
    ("方便面", "instant noodles", "C1433", "方便面制造"),
    ("精制茶叶", "refined tea leaves", "C1530", "精制茶加工"),
    ("果汁饮料", "fruit juice drinks", "C1523", "果菜汁及果菜汁饮料制造"),
    ("冰淇淋和雪糕", "ice cream and ice lollies", "C1493", "冷冻饮品及食用冰制造"),
    ("保健食品", "health-food supplements", "C1492", "保健食品制造"),
    ("中药饮片", "decoction pieces of Chinese herbs", "C2730", "中药饮片加工"),
    ("疫苗", "vaccines", "C2762", "基因工程药物和疫苗制造"),
    ("洗衣液和洗洁精", "laundry liquid and dish soap", "C2681", "肥皂及洗涤剂制造"),
    ("涤纶长丝", "polyester filament yarn", "C2822", "涤纶纤维制造"),
    ("塑料管材", "plastic pipes", "C2922", "塑料板、管、型材制造"),
    ("汽油柴油（炼油）", "petrol and diesel (a refinery)", "C2511", "原油加工及石油制品制造"),
    ("铜板带", "copper strip and sheet", "C3251", "铜压延加工"),
    ("电梯和扶梯", "lifts and escalators", "C3435", "电梯、自动扶梯及升降机制造"),
    ("钢琴", "pianos", "C2422", "西乐器制造"),
    ("健身器材（跑步机、动感单车）", "gym equipment (treadmills, spin bikes)", "C244", "体育用品制造 (group: 健身器材 is one of its classes; the group is what the words fix for certain)"),
    ("钢笔和圆珠笔", "fountain pens and ballpoints", "C2412", "笔的制造"),
    ("电线电缆", "power and data cables", "C3831", "电线、电缆制造"),
    ("变压器", "power transformers", "C3821", "变压器、整流器和电感器制造"),
    ("LED灯具", "LED light fittings", "C387", "照明器具制造 (group: LED fittings may be 照明灯具 or 智能照明器具)"),
    ("路由器和交换机", "routers and network switches", "C3921", "通信系统设备制造"),
    ("PCB电路板", "printed circuit boards (PCB)", "C3982", "电子电路制造"),
    ("眼镜片和镜架", "spectacle lenses and frames", "C3587", "眼镜制造"),
    # division level (the words span several classes of one division)
    ("饼干和月饼", "biscuits and mooncakes", "C14", "食品制造业"),
    ("西装和衬衫", "suits and shirts", "C18", "纺织服装、服饰业"),
    ("运动鞋", "trainers (sports shoes)", "C19", "皮革、毛皮、羽毛及其制品和制鞋业"),
    ("办公桌椅", "office desks and chairs", "C21", "家具制造业"),
    ("卫生纸和纸巾", "toilet paper and tissues", "C22", "造纸和纸制品业"),
    ("包装彩盒印刷", "printed gift boxes", "C23", "印刷和记录媒介复制业"),
    ("化肥", "fertilisers", "C26", "化学原料和化学制品制造业"),
    ("商品混凝土和预制构件", "ready-mixed concrete and precast elements", "C30", "非金属矿物制品业"),
    ("钢材", "steel products", "C31", "黑色金属冶炼和压延加工业"),
    ("轴承和齿轮", "bearings and gears", "C34", "通用设备制造业"),
    ("汽车座椅和内饰件", "car seats and interior trim", "C36", "汽车制造业"),
    ("电动自行车", "e-bikes", "C37", "铁路、船舶、航空航天和其他运输设备制造业"),
    ("航空发动机零件", "aero-engine parts", "C37", "铁路、船舶、航空航天和其他运输设备制造业"),
    ("监控摄像头", "security cameras", "C39", "计算机、通信和其他电子设备制造业"),
    ("电表和水表", "electricity and water meters", "C40", "仪器仪表制造业"),
    ("废旧电池回收再利用", "recycling spent batteries", "C42", "废弃资源综合利用业"),
    ("飞机维修", "aircraft maintenance and repair", "C43", "金属制品、机械和设备修理业"),
]

# not manufacturing: industrial (B, D) or not industrial (others)
OTHER_INDUSTRIES = [
    ("自来水生产和供应", "tap-water production and supply", "D46", "水的生产和供应业"),
    ("光伏电站发电", "running solar power stations", "D44", "电力、热力生产和供应业"),
    ("建筑用石料开采", "quarrying building stone", "B10", "非金属矿采选业"),
    ("软件开发", "software development", "I65", "软件和信息技术服务业"),
    ("仓储物流", "warehousing and logistics", "G59", "装卸搬运和仓储业"),
]

# zh as registered, English (the scorer maps English names to the zh ones)
DISTRICTS = [("海淀区", "Haidian"), ("朝阳区", "Chaoyang"), ("昌平区", "Changping"), ("顺义区", "Shunyi"),
             ("大兴区", "Daxing"), ("通州区", "Tongzhou"), ("房山区", "Fangshan"), ("怀柔区", "Huairou"),
             ("密云区", "Miyun"), ("平谷区", "Pinggu"), ("丰台区", "Fengtai"), ("延庆区", "Yanqing"),
             ("门头沟区", "Mentougou"), ("石景山区", "Shijingshan")]
OTHER_PROVINCES = [("天津", "天津市", "Tianjin"), ("河北", "河北省", "Hebei")]

PO, PM, OM, FC, RD = ("production_operation", "production_management", "operations_management",
                      "factory_construction", "rd_design")
ALL_DOMAINS = [FC, RD, PO, PM, OM]
DOMAIN_ZH = {FC: "工厂建设", RD: "研发设计", PO: "生产作业", PM: "生产管理", OM: "运营管理"}
DOMAIN_EN = {FC: "factory construction", RD: "R&D and design", PO: "production operations",
             PM: "production management", OM: "operations management"}
