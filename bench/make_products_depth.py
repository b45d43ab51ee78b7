"""Writes ontology/products-depth.ttl: the GB/T 4754-2017 groups and classes whose products' words name them alone.

    python bench/make_products_depth.py

ontology/products-classes.ttl gives each four-digit class's products on its division, under a comment naming the
class ("# C3841 锂离子电池制造"). A word given there under one class only, on that class's own division, is that
class's: it is written here as the class's sfkg:subdivisionProduct (the case reader reads the class's code for it,
not the division's). A word under two classes of one group is the group's; of two groups, the division's (not
written). Words that may name products of another class too (刀具: cutting tools or kitchen knives; 轿车: petrol or
electric; "battery packs") stay on the division (``SHALLOW``). The groups and classes of some of
ontology/products.ttl's division words, certain from the standard's own class names (乳制品: C144 乳制品制造), are
written from ``DIVISION_WORDS`` and bench/products_depth_words.yaml (with the groups' own names), and every product
or trade word of products.ttl whose group or class its words fix alone from ``DEPTH`` (depth21: one line a group or
class, its name in the standard, then its words); a word given in ``DEPTH`` (or in ``DIVISION_WORDS``) is read at that
code whatever products-classes.ttl's comments or the yaml say, and must be a word of that division. A word the
standard places in two groups stays at the division (not written), in two classes of one group at the group. The
classes' own names are written as their divisions' product words. Rerun after editing products-classes.ttl, the yaml
or ``DEPTH`` (tests/test_depth20.py checks it is current).
"""
from __future__ import annotations

import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_service.industry import narrowest_common  # noqa: E402  (the checkout's own)

SOURCE = ROOT / "ontology" / "products-classes.ttl"
TARGET = ROOT / "ontology" / "products-depth.ttl"
# more of products.ttl's division words, each under the group or class it alone names (螺栓: C3482)
MORE_WORDS = ROOT / "bench" / "products_depth_words.yaml"

# words of products-classes.ttl that may name another class's products as well: left at their division
SHALLOW = {
    "tcm", "chemical drugs",  # raw drugs or their preparations
    "pharmaceutical tablets",  # chemical preparations (C2720) or Chinese patent medicines (C2740)
    "功放", "amplifiers",  # professional (C3934) or household audio (C3952)
    "摄像机", "video cameras",  # recorders (C3953) or surveillance cameras (C3939)
    "显示器",  # a computer monitor (C3913) or a display panel (C3974)
    "api manufacturer", "api manufacturers", "api producer",  # not the class's trade
    "手提包", "旅行箱",  # of any material: C1922 is leather's only (plastic cases are C29's)
    "passenger coaches",  # railway coaches (C3712) or motor coaches (C361)
}

# division words of ontology/products.ttl whose group or class the standard's class names give
DIVISION_WORDS: dict[str, list[str]] = {
    "C144": ["乳制品", "乳品", "dairy", "dairy products"],  # C144 乳制品制造
    "C1441": ["鲜奶", "液态奶", "fresh milk"],  # C1441 液体乳制造
    "C1442": ["婴幼儿配方奶粉", "婴幼儿配方乳粉", "配方奶粉", "baby formula", "milk powder"],  # C1442 乳粉制造
    # C384 电池制造
    "C384": ["锂电池", "电池", "动力电池", "储能电池", "蓄电池", "lithium batteries", "lithium battery", "batteries",
             "battery", "power batteries", "storage batteries", "energy storage batteries",
             # a pack or module of any cells (lithium-ion, NiMH, lead-acid): the group
             "电池包", "锂电池包", "电池模组", "battery packs", "lithium-ion battery packs", "lithium battery packs"],
    "C3843": ["铅酸电池", "lead-acid batteries"],  # C3843 铅蓄电池制造
}

# depth21: every product or trade word of ontology/products.ttl (and some of products-classes.ttl) read at the deepest
# level of GB/T 4754-2017 its words fix alone: "code name: word | word". Words of classes of two groups (玻璃: C304
# 玻璃制造 or C305 玻璃制品; 热水器: electric C3855, gas C3861 or solar C3862) are not here: the division.
DEPTH = """
# C13 农副食品加工业
C131 谷物磨制: grain milling
C1311 稻谷加工: 大米 | 碾米 | 稻谷加工 | 稻米 | rice milling | rice mill
C1312 小麦加工: 面粉 | 小麦加工 | flour milling
C1313 玉米加工: 玉米加工
C132 饲料加工: 饲料 | animal feed | 饲料加工 | feed mill
C1321 宠物饲料加工: 宠物饲料 | 宠物食品 | 宠物粮 | pet food
C1329 其他饲料加工: pig feed | fish feed | poultry feed | cattle feed
C133 植物油加工: 榨油 | 植物油 | vegetable oil | 豆粕 | soybean meal
C1331 食用植物油加工: 食用油 | edible oil | cooking oil | 花生油 | 菜籽油 | 大豆油 | 食用植物油 | 玉米油 | 橄榄油 |
    soybean oil | peanut oil | rapeseed oil | corn oil
C1340 制糖业: 制糖 | sugar refinery | sugar refining | 白砂糖 | cane sugar | white sugar
C135 屠宰及肉类加工: 屠宰 | 屠宰场 | 肉类加工 | meat processing | slaughtering | slaughterhouse | abattoir |
    pork processing | poultry processing | 冷鲜肉 | chilled meat | 冻肉 | 冷冻肉 | frozen meat | 禽肉加工 | 禽肉 |
    羊肉 | 牛肉加工 | 猪肉加工 | chicken processing | beef processing | pork processor | pork processors |
    meatpacker | meatpackers | meatpacking | meat packing
C1351 牲畜屠宰: 生猪屠宰 | 白条肉 | 白条猪 | hog slaughtering | pork slaughtering | 冷鲜猪肉 | 生鲜猪肉 |
    chilled pork | fresh pork | 猪肉分割
C1352 禽类屠宰: 禽类屠宰 | 肉鸡屠宰 | poultry slaughtering
C1353 肉制品及副产品加工: 肉制品 | 肉制品加工 | 火腿肠 | 香肠 | 腊肠 | 培根 | 腊肉 | sausages | sausage | bacon |
    ham
C136 水产品加工: 水产品加工 | 水产加工 | 海产品加工 | seafood processing | seafood | 虾仁 | shrimp processing |
    海参加工 | fish fillets
C1361 水产品冷冻加工: 冷冻水产品 | frozen seafood | frozen shrimp | 冻虾
C1362 鱼糜制品及水产品干腌制加工: 鱼糜 | 鱼丸 | surimi | fish balls
C1371 蔬菜加工: 蔬菜加工 | 脱水蔬菜 | dehydrated vegetables | dried vegetables
C1372 食用菌加工: 食用菌加工 | 食用菌 | mushrooms
C1373 水果和坚果加工: 炒货 | 坚果加工 | roasted nuts | nut processing | 干果
C1391 淀粉及淀粉制品制造: 淀粉 | 粉丝 | 粉条 | 粉皮 | 红薯粉 | glass noodles | starch noodles | 淀粉糖
C1392 豆制品制造: 豆制品 | 豆腐 | 腐竹 | tofu | soy products | bean curd
C1393 蛋品加工: 蛋品 | 蛋品加工 | 蛋制品 | 皮蛋 | 咸鸭蛋 | egg products
# C14 食品制造业
C141 焙烤食品制造: bakery | baked goods
C1411 糕点、面包制造: 糕点 | 面包 | 蛋糕 | 月饼 | cakes | mooncakes
C1419 饼干及其他焙烤食品制造: 饼干 | biscuits | cookies | crackers
C142 糖果、巧克力及蜜饯制造: confectionery
C1421 糖果、巧克力制造: 糖果 | candy | 巧克力 | chocolate | chewing gum
C1422 蜜饯制作: 蜜饯 | 果脯 | fruit preserves
C143 方便食品制造: noodles | 馒头 | steamed buns | buns | 包子
C1431 米、面制品制造: 挂面 | 米粉 | rice noodles
C1432 速冻食品制造: 速冻食品 | frozen food | 速冻饺子 | 速冻水饺 | frozen dumplings | 冷冻面点 | 速冻面点 |
    frozen pizzas
C1433 方便面制造: 方便面 | instant noodles
C144 乳制品制造: 乳企 | 乳品企业 | 乳业
C1441 液体乳制造: 牛奶 | milk | 酸奶 | yogurt
C1442 乳粉制造: 奶粉 | infant formula
C1449 其他乳制品制造: 奶酪 | cheese | 黄油 | butter
C145 罐头食品制造: 罐头 | canned food | canning
C1451 肉、禽类罐头制造: 肉罐头 | canned meat | 午餐肉
C1453 蔬菜、水果罐头制造: 水果罐头 | canned fruit | canned vegetables
C146 调味品、发酵制品制造: 调味品 | condiments | 调料 | 调味料 | seasonings | 鸡精 | 火锅底料 | 豆瓣酱 | 辣椒酱 |
    腐乳
C1461 味精制造: 味精
C1462 酱油、食醋及类似制品制造: 酱油 | soy sauce | 食醋 | vinegar | 米醋 | 陈醋 | 香醋 | 老陈醋 | 做醋 | 醋厂 | 酿醋
C149 其他食品制造: 营养品
C1491 营养食品制造: 营养食品
C1492 保健食品制造: 保健食品 | 保健品 | health supplements | dietary supplements |
    health-food supplements | health food supplements | nutritional supplements
C1493 冷冻饮品及食用冰制造: 冰淇淋 | 雪糕 | ice cream | ice pops
C1494 盐加工: 食盐
C1495 食品及饲料添加剂制造: 食品添加剂 | food additives
# C15 酒、饮料和精制茶制造业
C151 酒的制造: liquor | wine | spirits | distilled spirits | distillery | 酒厂 | 米酒 | rice wine | 威士忌 | whisky |
    whiskey | 伏特加 | vodka | 白兰地 | brandy | 朗姆酒 | rum | gin | 清酒 | sake | 预调酒
C1512 白酒制造: 白酒 | baijiu
C1513 啤酒制造: 啤酒 | beer | brewery | 精酿啤酒 | craft beer
C1514 黄酒制造: 黄酒
C1515 葡萄酒制造: 葡萄酒 | winery
C1519 其他酒制造: 果酒
C152 饮料制造: 饮料 | soft drinks | 苏打水 | 气泡水 | sparkling water | soda water | kombucha | coconut water
C1521 碳酸饮料制造: 碳酸饮料 | carbonated drinks
C1522 瓶（罐）装饮用水制造: 饮用水 | bottled water | 矿泉水 | 纯净水 | 瓶装水 | mineral water | spring water |
    purified water | 桶装水 | 大桶水
C1523 果菜汁及果菜汁饮料制造: 果汁 | juice | fruit juice | 果汁饮料 | 果蔬汁饮料 |
    fruit and vegetable juices | fruit juices | vegetable juices
C1524 含乳饮料和植物蛋白饮料制造: 植物蛋白饮料 | 椰汁
C1525 固体饮料制造: 冻干咖啡
C1529 茶饮料及其他饮料制造: 茶饮料 | iced tea | bottled tea | 凉茶 | 功能饮料 | 能量饮料 | energy drinks |
    sports drinks | 咖啡饮料 | coffee drinks
C1530 精制茶加工: 茶叶 | 茶叶加工 | 精制茶 | 绿茶 | 普洱茶 | 乌龙茶 | 红茶 | 白茶 | green tea | black tea
# C16 烟草制品业
C1610 烟叶复烤: 烟叶复烤 | tobacco leaf redrying
C1620 卷烟制造: 卷烟 | 香烟 | cigarettes
# C17 纺织业
C171 棉纺织及印染精加工: 棉纺
C1711 棉纺纱加工: cotton spinning | 棉纱 | cotton yarn
C1712 棉织造加工: 棉布 | cotton fabric
C172 毛纺织及染整精加工: 毛纺
C1721 毛条和毛纱线加工: wool spinning
C173 麻纺织及染整精加工: 麻纺 | 亚麻纺织
C1731 麻纤维纺前加工和纺纱: flax spinning
C1732 麻织造加工: 亚麻布 | linen fabric
C174 丝绢纺织及印染精加工: 丝绸 | silk | 真丝 | silk fabric
C1741 缫丝加工: 缫丝
C1751 化纤织造加工: 化纤织物 | 涤纶布
C176 针织或钩针编织物及其制品制造: 针织
C1761 针织或钩针编织物织造: knitted fabrics | 针织面料 | 针织布 | 经编 | 纬编
C177 家用纺织制成品制造: 家纺 | home textiles
C1771 床上用品制造: 床上用品 | bedding | bed linen | bed sheets | 床单 | 四件套 | 被套
C1772 毛巾类制品制造: 毛巾 | towels | 浴巾 | bath towels
C1773 窗帘、布艺类产品制造: 窗帘 | curtains
C178 产业用纺织制成品制造: 土工布 | geotextiles
C1781 非织造布制造: 无纺布 | nonwovens | 非织造布 | non-woven fabric | nonwoven fabric
C1782 绳、索、缆制造: 绳缆
C1783 纺织带和帘子布制造: 织带 | webbing
C1784 篷、帆布制造: 帆布 | 篷布 | canvas | tarpaulins | tarpaulin
# C18 纺织服装、服饰业 (181 机织, 182 针织或钩针编织, 183 服饰)
C181 机织服装制造: 西装 | 西服 | suits | men's suits | 牛仔裤 | jeans
C182 针织或钩针编织服装制造: 针织服装 | 针织服饰 | knitted garments | 羊毛衫 | 毛衣 | 毛衫 | sweaters | knitwear |
    T恤 | t-shirts | 针织内衣 | 针织衫 | cardigans
C1830 服饰制造: 帽子 | hats | baseball caps | 领带 | neckties | 围巾 | scarves | 丝巾
# C19 皮革、毛皮、羽毛及其制品和制鞋业
C1910 皮革鞣制加工: 制革 | 皮革鞣制 | tannery | leather tanning
C192 皮革制品制造: 皮具 | leather goods | 皮革制品
C1922 皮箱、包（袋）制造: 皮包
C193 毛皮鞣制及制品加工: 毛皮 | 裘皮 | fur | 皮草 | 毛皮加工
C194 羽毛（绒）加工及制品制造: 羽绒 | 羽毛 | feathers
C1942 羽毛（绒）制品加工: 羽绒制品 | 羽绒被 | down comforters
C195 制鞋业: 鞋 | 制鞋 | shoes | footwear | 鞋子 | 鞋厂 | shoe factory | 运动鞋 | sneakers | boots | 拖鞋 | 凉鞋 |
    靴子 | 雨靴 | slippers | sandals | flip-flops | 女鞋 | 男鞋 | 童鞋 | 做鞋 | 鞋业 | 鞋类 | shoemaker | shoemakers |
    footwear maker | footwear manufacturer | running shoes
C1951 纺织面料鞋制造: 布鞋
C1952 皮鞋制造: 皮鞋
C1954 橡胶鞋制造: 胶鞋
# C20 木材加工和木、竹、藤、棕、草制品业
C2011 锯材加工: 锯材 | sawn timber | sawmill
C2013 单板加工: veneer | wood veneer
C202 人造板制造: 人造板 | wood-based panels | 细木工板 | 多层板 | 生态板
C2021 胶合板制造: 胶合板 | plywood
C2022 纤维板制造: 纤维板 | 密度板 | fibreboard | fiberboard | mdf
C2023 刨花板制造: 刨花板 | particleboard | particle board
C203 木制品制造: 木托盘 | wooden pallets | timber pallets | wood pallets | 木箱 | wooden crates | 木质包装
C2032 木门窗制造: 木门 | wooden doors | 木窗
C2034 木地板制造: 木地板 | 实木地板 | wood flooring | hardwood flooring | parquet flooring | laminate flooring |
    强化地板 | floorboards
C2039 软木制品及其他木制品制造: 软木 | cork | 木筷 | wooden chopsticks
C2041 竹制品制造: 竹制品 | bamboo products | 竹筷 | bamboo chopsticks
C2042 藤制品制造: 藤制品
# C21 家具制造业
C2110 木质家具制造: 实木家具 | solid-wood furniture | 红木家具
C2120 竹、藤家具制造: 竹藤家具 | rattan furniture | bamboo furniture
C2130 金属家具制造: 金属家具 | 钢制家具 | metal furniture | steel furniture
C2140 塑料家具制造: 塑料家具 | plastic furniture
# C22 造纸和纸制品业
C221 纸浆制造: 纸浆 | pulp | wood pulp
C222 造纸: 造纸 | paper mill | 纸厂
C2221 机制纸及纸板制造: 箱板纸 | 白卡纸 | 白板纸 | 新闻纸 | newsprint | 牛皮纸 | kraft paper | 文化用纸
C2223 加工纸制造: 铜版纸
C223 纸制品制造: 纸制品 | paper products | 纸杯 | paper cups | 纸碗 | 纸袋 | paper bags | 纸吸管 | paper straws |
    纸管 | paper tubes | 纸浆模塑 | moulded pulp | molded pulp | 纸托
C2231 纸和纸板容器制造: 纸箱 | cartons | 瓦楞纸箱 | cardboard boxes | corrugated boxes | 纸盒 | 彩盒
# C23 印刷和记录媒介复制业
C231 印刷: 印刷 | printing | print shop | 印刷厂 | printing company | printing plant | printing house |
    printing works | commercial printing | commercial printer | printer | printers | offset printing | 胶印 | 印刷品 |
    printed matter | 画册 | 宣传册 | brochures | 票据印刷
C2311 书、报刊印刷: 出版印刷 | 书刊印刷 | book printing | 出版物印刷
C2319 包装装潢及其他印刷: 包装印刷 | packaging printing | 包装装潢印刷 | 商标印刷 | 标签印刷 | label printing |
    不干胶标签 | label printer | label printers | 彩印
C2320 装订及印刷相关服务: 装订
C2330 记录媒介复制: 光盘复制
# C24 文教、工美、体育和娱乐用品制造业
C241 文教办公用品制造: 文具 | stationery | 文教用品
C2412 笔的制造: 铅笔 | 圆珠笔 | pencils | 钢笔 | 毛笔 | fountain pens | 中性笔 | ballpoint pens | 做笔 | 马克笔 |
    水彩笔
C2413 教学用模型及教具制造: 地球仪 | globes
C242 乐器制造: 乐器 | musical instruments | 吉他 | guitars
C2422 西乐器制造: 钢琴 | pianos | 小提琴 | violins
C243 工艺美术及礼仪用品制造: 工艺品 | handicrafts | 工艺美术品 | arts and crafts
C2431 雕塑工艺品制造: 玉器
C2433 漆器工艺品制造: 雕漆
C2436 抽纱刺绣工艺品制造: 刺绣
C2438 珠宝首饰及有关物品制造: 珠宝 | 首饰 | jewellery | jewelry | 珠宝首饰 | 金银饰品
C244 体育用品制造: 体育用品 | sporting goods | sports equipment | 运动器材 | sports goods | sports equipment maker |
    sports equipment manufacturer | 羽毛球 | shuttlecocks | 钓具 | 渔具 | fishing tackle | fishing rods
C2441 球类制造: 乒乓球 | 篮球 | 球类 | 高尔夫球 | 足球 | golf balls | footballs | basketballs | tennis balls |
    ping-pong balls | soccer balls
C2442 专项运动器材及配件制造: 高尔夫球杆 | golf clubs | 羽毛球拍 | 球拍 | 网球拍 | tennis rackets |
    badminton rackets | rackets | 滑板 | skateboards | skis
C2443 健身器材制造: 健身器材 | fitness equipment | 跑步机 | treadmills | gym equipment | exercise equipment |
    gym equipment manufacturer | exercise equipment manufacturer | fitness equipment maker |
    fitness equipment manufacturer
C245 玩具制造: 玩具 | toys
C2455 娃娃玩具制造: 毛绒玩具 | plush toys | stuffed toys | 玩偶 | dolls
C246 游艺器材及娱乐用品制造: 游乐设施
# C25 石油、煤炭及其他燃料加工业
C2511 原油加工及石油制品制造: 炼油 | 成品油 | 石油加工 | oil refinery | refinery | 石油炼制 | crude oil refining |
    refine crude oil | 炼油厂 | 炼厂 | 原油加工 | 汽油 | 柴油 | 煤油 | 航空煤油 | 润滑油 | 石油沥青 | 石脑油 |
    petrol | gasoline | diesel | kerosene | jet fuel | lubricants | lube oil | lubricating oil | lubricating oils |
    motor oil | base oil | bitumen | naphtha | 石油焦 | petroleum coke | petcoke | 石蜡 | paraffin wax |
    petroleum products | 燃料油 | fuel oil
C2521 炼焦: 炼焦 | 焦化 | coking | 焦炭 | metallurgical coke | coking plant | 兰炭 | 煤焦油 | coal tar
C2523 煤制液体燃料生产: 煤制油 | coal-to-liquids
C254 生物质燃料加工: 生物质燃料
C2541 生物质液体燃料生产: 生物柴油 | biodiesel | 燃料乙醇 | fuel ethanol
C2542 生物质致密成型燃料加工: biomass pellets
# C26 化学原料和化学制品制造业
C2611 无机酸制造: 硫酸 | sulfuric acid | sulphuric acid | 盐酸 | hydrochloric acid | 硝酸 | nitric acid
C2612 无机碱制造: 烧碱 | caustic soda | 纯碱 | soda ash
C2614 有机化学原料制造: 甲醇 | methanol | 醋酸 | acetic acid | 丙烯
C262 肥料制造: 化肥 | fertiliser | fertilizer | fertilisers | fertilizers
C2621 氮肥制造: 尿素 | urea
C2622 磷肥制造: 磷肥
C2623 钾肥制造: 钾肥
C2624 复混肥料制造: 复合肥
C2625 有机肥料及微生物肥料制造: 有机肥
C263 农药制造: 农药 | pesticides | 除草剂 | herbicides | 杀虫剂 | insecticides
C2641 涂料制造: 涂料 | 油漆 | paint | paints | coatings | 乳胶漆
C2642 油墨及类似产品制造: 油墨 | inks
C2643 工业颜料制造: 钛白粉
C2645 染料制造: 染料
C264 涂料、油墨、颜料及类似产品制造: 颜料 | pigments
C2651 初级形态塑料及合成树脂制造: 合成树脂 | synthetic resins | plastic resins | 聚乙烯 | polyethylene | 聚丙烯 |
    polypropylene | 环氧树脂 | epoxy resins
C2652 合成橡胶制造: 合成橡胶 | synthetic rubber
C2666 环境污染处理专用药剂材料制造: 水处理剂
C2671 炸药及火工产品制造: 炸药 | 民爆 | industrial explosives | explosives | 火药
C2672 焰火、鞭炮产品制造: 烟花 | 鞭炮 | 烟花爆竹 | fireworks
C268 日用化学产品制造: 日化 | 洗护用品 | personal care products | 洗发水 | shampoo | 沐浴露 | body wash
C2681 肥皂及洗涤剂制造: 洗涤剂 | detergents | 洗衣粉 | 洗衣液 | laundry detergent | 肥皂 | soap | 香皂 | 洗洁精 |
    dish soap
C2682 化妆品制造: 化妆品 | cosmetics | 香水 | perfume | perfumes
C2683 口腔清洁用品制造: 牙膏 | toothpaste
C2684 香料、香精制造: 香精 | 香料 | fragrances | flavours and fragrances
# C27 医药制造业
C2710 化学药品原料药制造: 化学药品原料药
C2720 化学药品制剂制造: 化学药品制剂 | 化学制剂
C2730 中药饮片加工: 中药饮片
C2740 中成药生产: 中成药
C2750 兽用药品制造: 兽药 | 兽用药品 | veterinary drugs | veterinary medicines | 兽用疫苗 | veterinary vaccines
C276 生物药品制品制造: 生物药 | 抗体药物 | 单克隆抗体 |
    monoclonal antibodies | 单抗 | biosimilars | 胰岛素 | insulin
# (blood products are fractionated from plasma, not genetically engineered: C2761, the group's other class; trade25)
C2761 生物药品制造: 血液制品 | blood products
C2762 基因工程药物和疫苗制造: 人用疫苗 | human vaccines | 基因工程药物 | 重组蛋白药物 | 新冠疫苗 | HPV疫苗 |
    recombinant protein drugs | genetically engineered drugs |
    COVID-19 vaccines | covid vaccines | HPV vaccines
# (疫苗, vaccines, 生物制品, biologics: human (C2762, C276) or veterinary (C2750 兽用药品): the division)
C2770 卫生材料及医药用品制造: 医用敷料 | 医用纱布 | 纱布 | 创可贴 | wound dressings | medical dressings |
    medical gauze | gauze | bandages | 医用棉签 | 医用口罩 | medical masks | surgical masks
C2780 药用辅料及包装材料: 药用辅料 | 药包材
# C28 化学纤维制造业
C2812 人造纤维（纤维素纤维）制造: 粘胶纤维 | 粘胶 | viscose fibre | viscose fiber | viscose rayon | 粘胶短纤 |
    再生纤维素纤维 | 人造纤维 | 人造丝 | rayon | 莱赛尔 | 天丝 | lyocell | tencel | lyocell fibre | lyocell fiber |
    modal fibre
C282 合成纤维制造: 合成纤维 | synthetic fibres | synthetic fibers | 芳纶 | aramid | aramid fibre | aramid fiber |
    aramid fibres | 超高分子量聚乙烯纤维
C2821 锦纶纤维制造: 锦纶 | nylon fibre | 锦纶长丝 | nylon filament
C2822 涤纶纤维制造: 涤纶 | polyester fibre | polyester fiber | 聚酯纤维 | 涤纶长丝 | polyester filament | 涤纶短纤 |
    再生涤纶
C2823 腈纶纤维制造: 腈纶 | acrylic fibre | acrylic fiber
C2824 维纶纤维制造: 维纶
C2825 丙纶纤维制造: 丙纶
C2826 氨纶纤维制造: 氨纶 | spandex
C2831 生物基化学纤维制造: 生物基纤维
# C29 橡胶和塑料制品业
C291 橡胶制品业: 橡胶 | rubber | 橡胶制品 | rubber products | rubber parts | 橡胶件
C2911 轮胎制造: 轮胎 | tyres | tires | tyre manufacturer | tire manufacturer | 汽车轮胎 | car tyres | car tires |
    truck tyres | truck tires | 车胎 | 内胎 | inner tubes
C2912 橡胶板、管、带制造: 橡胶管 | 胶管 | rubber hoses | 输送带 | conveyor belts
C2913 橡胶零件制造: 密封圈 | 橡胶密封圈 | O型圈 | 橡胶圈 | o-rings | rubber seals | rubber gaskets
C2914 再生橡胶制造: 再生胶
C2915 日用及医用橡胶制品制造: 橡胶手套 | rubber gloves
C292 塑料制品业: 塑料 | plastics | plastic | 塑料制品 | plastic products | 注塑 | injection moulding |
    injection molding | 塑料包装 | plastic packaging | 塑料袋 | plastic bags | 吹塑 | blow moulding | blow molding |
    吹塑件
C2921 塑料薄膜制造: 薄膜 | 塑料薄膜 | plastic film | 农膜 | agricultural film | 保鲜膜 | cling film
C2922 塑料板、管、型材制造: 塑料管材 | 塑料管 | plastic pipes | pvc pipes | PE管 | PPR管 | PE pipes | PPR pipes |
    塑料板材 | 亚克力板 | acrylic sheets | 塑料型材 | PVC profiles | window profiles
C2923 塑料丝、绳及编织品制造: 编织袋 | woven bags
C2924 泡沫塑料制造: 泡沫塑料 | EPS foam | polyurethane foam | foam packaging | 泡沫箱 | foam boxes
C2925 塑料人造革、合成革制造: 人造革 | synthetic leather
C2926 塑料包装箱及容器制造: 塑料瓶 | plastic bottles | PET瓶 | PET bottles | 瓶坯 | pet preforms | 塑料桶 |
    plastic drums | 塑料容器 | plastic containers | plastic crates
C2929 塑料零件及其他塑料制品制造: 注塑件 | 塑料零件 | 塑料件 | 塑料外壳 | plastic parts | plastic components |
    plastic housings | injection-moulded parts | injection moulded parts | injection-molded parts |
    plastic injection parts | plastic injection moulded parts | plastic injection molded parts | plastics moulder |
    plastics molder | injection moulder | injection molder
# C30 非金属矿物制品业
C3011 水泥制造: 水泥 | cement | 熟料 | 水泥熟料 | clinker | cement clinker
C302 石膏、水泥制品及类似制品制造: 混凝土 | concrete | 商品混凝土 | 预拌混凝土 | ready-mixed concrete |
    ready-mix concrete | 商砼 | 商品混凝土搅拌站 | 预拌混凝土搅拌站
C3021 水泥制品制造: 水泥制品 | 管桩
C3022 砼结构构件制造: 预制构件 | precast concrete | 混凝土预制件
C3024 轻质建筑材料制造: 石膏板 | gypsum board | plasterboard | drywall
C3031 粘土砖瓦及建筑砌块制造: 红砖 | 烧结砖 | 加气砖 | 砌块 | aerated concrete blocks
C3032 建筑用石加工: 大理石板材 | stone processing
C3033 防水建筑材料制造: roofing membranes
C3034 隔热和隔音材料制造: 岩棉 | rock wool | mineral wool | glass wool
C3041 平板玻璃制造: 平板玻璃 | flat glass | 浮法玻璃 | float glass
C305 玻璃制品制造: 玻璃制品 | glass products
C3054 日用玻璃制品制造: 日用玻璃 | 玻璃器皿 | glassware
C3055 玻璃包装容器制造: 玻璃瓶 | glass bottles | glass containers
C306 玻璃纤维和玻璃纤维增强塑料制品制造: fibreglass | fiberglass
C3061 玻璃纤维及制品制造: 玻璃纤维 | glass fibre | glass fiber
C307 陶瓷制品制造: 陶瓷 | ceramics | 陶瓷制品 | ceramic products
C3071 建筑陶瓷制品制造: 瓷砖 | 陶瓷砖 | 建筑陶瓷 | ceramic tiles | 地砖 | 墙砖 | floor tiles
C3072 卫生陶瓷制品制造: 卫生陶瓷 | sanitary ceramics | ceramic toilets | 陶瓷卫浴 | 马桶 | toilets | sanitary ware |
    sanitaryware
C3074 日用陶瓷制品制造: 日用陶瓷 | ceramic tableware | 陶瓷餐具 | 日用瓷
C308 耐火材料制品制造: 耐火材料 | refractories | refractory materials
C3089 耐火陶瓷制品及其他耐火材料制造: 耐火砖 | refractory bricks | firebricks
C3091 石墨及碳素制品制造: 石墨 | graphite | 石墨电极 | graphite electrodes | 碳素制品 | 碳素 | 石墨制品 |
    graphite products
# C31 黑色金属冶炼和压延加工业
C3110 炼铁: 生铁 | pig iron | 炼铁 | ironmaking
C3120 炼钢: 炼钢 | steelmaking | 电炉炼钢 | 钢坯 | steel billets
C3130 钢压延加工: 钢材 | rolled steel | 轧钢 | steel rolling | 螺纹钢 | rebar | 钢筋 | reinforcing bars | 热轧板 |
    冷轧板 | 热轧卷板 | 热轧卷 | hot rolled coil | hot-rolled coil | cold rolled sheet | cold-rolled steel | 中厚板 |
    钢板 | steel plate | 镀锌板 | galvanized sheet | galvanised sheet | 彩涂板 | 无缝钢管 | seamless pipes |
    seamless steel pipes | 钢管 | 焊管 | 焊接钢管 | 硅钢 | electrical steel | 型钢 | H型钢 | wire rod
C3140 铁合金冶炼: 铁合金 | ferroalloys | 硅铁 | ferrosilicon | 硅锰 | 硅锰合金 | silicomanganese | 铬铁 |
    ferrochrome | 锰铁 | ferromanganese | 钒铁 | ferrovanadium
# C32 有色金属冶炼和压延加工业
C3211 铜冶炼: 铜冶炼 | 炼铜 | 冶炼铜 | copper smelter | copper smelting | 电解铜 | electrolytic copper |
    copper cathode
C3212 铅锌冶炼: 铅锌冶炼 | 炼锌 | 锌冶炼 | zinc smelting | 锌锭 | zinc ingots | 铅冶炼 | lead smelting | 铅锭 |
    lead ingots
C3213 镍钴冶炼: 镍冶炼 | 炼镍 | nickel smelting | 钴冶炼
C3216 铝冶炼: 电解铝 | 铝冶炼 | aluminium smelter | aluminum smelter | aluminium ingots | aluminum ingots | 铝锭 |
    primary aluminium | 氧化铝 | alumina
C3217 镁冶炼: 镁锭
C322 贵金属冶炼: 贵金属冶炼 | gold refining | precious metals refining
C3221 金冶炼: 黄金冶炼
C3232 稀土金属冶炼: 稀土冶炼
C3240 有色金属合金制造: 铝合金锭
C3251 铜压延加工: 铜材 | 铜杆 | copper rod | 铜箔 | copper foil | 铜管 | copper tubes
C3252 铝压延加工: 铝材 | 铝型材 | aluminium extrusions | aluminum extrusions | 铝板 | 铝箔 | aluminium foil |
    aluminum foil | aluminium sheet | 铝板带 | 铝带
C3254 稀有稀土金属压延加工: 钛材
# C33 金属制品业
C3311 金属结构制造: 钢结构 | steel structures | 金属结构 | metal structures | 钢结构件 | 钢构件 | 网架
C3312 金属门窗制造: 金属门窗 | metal doors and windows | steel doors | 铝合金门窗 | 铝门窗 | 断桥铝门窗 | 不锈钢门窗 |
    aluminium windows | aluminum windows | aluminium doors and windows | aluminum doors and windows |
    aluminium windows and doors | aluminum windows and doors | aluminium window frames | aluminum window frames |
    防盗门
C332 金属工具制造: 金属工具 | 刀具
C3322 手工具制造: 手工具 | hand tools | 五金工具 | 扳手 | 螺丝刀 | wrenches | screwdrivers
C3324 刀剪及类似日用金属工具制造: 刀剪 | 剪刀 | 菜刀 | scissors | kitchen knives
C333 集装箱及金属包装容器制造: 金属容器
C3331 集装箱制造: 集装箱 | shipping containers
C3332 金属压力容器制造: 压力容器 | pressure vessels | 气瓶 | gas cylinders
C3333 金属包装容器及材料制造: 易拉罐 | 铝制易拉罐 | 金属包装容器 | 金属包装 | metal packaging | beverage cans |
    aluminium cans | aluminum cans | metal cans
C3340 金属丝绳及其制品制造: 钢丝绳 | wire rope | steel wire rope | 铁丝 | 金属丝 | 钉子 | nails | 铁钉 | 金属网 |
    wire mesh | 铁丝网
C335 建筑、安全用金属制品制造: 锁具 | 门锁 | 挂锁 | padlocks | door locks
C3351 建筑、家具用金属配件制造: 合页 | 铰链 | door hinges | hinges | 拉手
C3353 安全、消防用金属制品制造: 保险柜
C3360 金属表面处理及热处理加工: 电镀 | 热处理 | electroplating | heat treatment | 热镀锌 | 镀锌加工 | 镀锌 |
    hot-dip galvanizing | hot-dip galvanising | galvanizing | galvanising | zinc plating | powder coating | 阳极氧化 |
    anodising | anodizing
C337 搪瓷制品制造: 搪瓷 | enamelware
C338 金属制日用品制造: 保温杯 | 不锈钢保温杯 | vacuum flasks | thermos flasks | insulated water bottles |
    stainless steel vacuum flasks
C3381 金属制厨房用器具制造: 不锈钢厨具 | 金属厨具 | metal cookware | stainless steel cookware |
    stainless steel kitchenware | 锅具 | 炊具 | cookware | pots and pans | 不锈钢锅 | 不粘锅 | 炒锅 | 铁锅 | 厨具
C3382 金属制餐具和器皿制造: 不锈钢餐具 | stainless steel tableware | stainless steel cutlery
C3383 金属制卫生器具制造: 不锈钢水槽 | stainless steel sinks
C339 铸造及其他金属制品制造: 铸件 | castings | 铸造 | foundry
C3391 黑色金属铸造: 铸铁件 | iron castings
C3392 有色金属铸造: 压铸件 | die castings | 铝合金压铸件 | 压铸铝件 | 铝压铸件 | 铝铸件
C3393 锻件及粉末冶金制品制造: 锻件 | steel forgings | metal forgings | forgings | forging | 锻造 | 粉末冶金 |
    powder metallurgy
# C34 通用设备制造业
C3411 锅炉及辅助设备制造: 锅炉 | boilers
C3412 内燃机及配件制造: 内燃机 | internal combustion engines | 柴油机 | diesel engines
C3413 汽轮机及辅机制造: 汽轮机 | steam turbines
C3414 水轮机及辅机制造: 水轮机
C3415 风能原动设备制造: 风电叶片 | 风机叶片 | 风电设备 | 风电装备 | 风力发电机组 | 风电机组 | wind turbine blades |
    wind turbines | wind turbine | wind power equipment | wind power equipment maker |
    wind power equipment manufacturer
C342 金属加工机械制造: 机床 | machine tools | machine-tool builder | cnc machine tools | 做数控机床 | 生产数控机床 |
    制造数控机床 | 数控机床制造 | 数控机床厂 | 数控机床企业 | 数控机床厂家
C3421 金属切削机床制造: 车床 | 铣床 | 磨床 | 加工中心 | lathes | milling machines | machining centres
C3423 铸造机械制造: foundry machinery maker | foundry machinery manufacturer
C3424 金属切割及焊接设备制造: 激光切割机 | laser cutting machines | 电焊机 | welding machines
C343 物料搬运设备制造: 起重机 | cranes
C3431 轻小型起重设备制造: 千斤顶 | 电动葫芦 | 手拉葫芦 | 卷扬机 | hydraulic jacks | chain hoists | electric hoists |
    hoists | winches
C3432 生产专用起重机制造: overhead cranes | gantry cranes
C3433 生产专用车辆制造: 叉车 | forklifts | forklift trucks
C3434 连续搬运设备制造: 输送机 | conveyors
C3435 电梯、自动扶梯及升降机制造: 电梯 | elevators | 自动扶梯 | escalators | 扶梯
# (泵, pumps: C3441 or the hydraulic pumps of C3444)
C344 泵、阀门、压缩机及类似机械制造: 泵 | pumps | 做泵
C3441 泵及真空设备制造: 水泵 | water pumps | 真空泵 | vacuum pumps
C3442 气体压缩机械制造: 空压机 | 空气压缩机 | air compressors
C3443 阀门和旋塞制造: 阀门 | valves | 球阀 | 蝶阀 | ball valves | gate valves | valve bodies
C3444 液压动力机械及元件制造: 液压 | hydraulics | 液压件 | hydraulic components | 液压缸 | 油缸 |
    hydraulic cylinders | 液压阀 | hydraulic valves
C3446 气压动力机械及元件制造: 气动元件 | pneumatic components | pneumatic cylinders
C345 轴承、齿轮和传动部件制造: 轴承 | bearings | 联轴器 | couplings
C3453 齿轮及齿轮减、变速箱制造: 齿轮 | gears | 减速器 | 减速机 | gear reducers | 齿轮箱 | gearboxes
C3461 烘炉、熔炉及电炉制造: 工业炉 | industrial furnaces
C3462 风机、风扇制造: industrial fans | blowers
C3463 气体、液体分离及纯净设备制造: 分离机 | 过滤设备
C3464 制冷、空调设备制造: chillers | 冷水机组 | refrigeration equipment maker | refrigeration equipment manufacturer
C3465 风动和电动工具制造: 电动工具 | power tools | cordless drills
C3467 包装专用设备制造: 包装机械 | packaging machinery | 包装设备 | packaging machinery maker |
    packaging machinery manufacturer
C347 文化、办公用机械制造: 办公设备
C3475 计算器及货币专用设备制造: ATM机
C3482 紧固件制造: 紧固件 | fasteners | 螺栓 | 螺丝 | 螺母 | bolts | screws
C3483 弹簧制造: 弹簧 | springs | coil springs
C3484 机械零部件加工: 机加工 | 机械加工 | machined parts | CNC machining | precision machining
C3491 工业机器人制造: 工业机器人本体 | industrial robot manufacturer | 协作机器人 | collaborative robots | cobots
C3493 增材制造装备制造: 3D printers | 3D printer | 3D printing equipment | additive manufacturing equipment |
    metal 3D printers | 3D打印机 | 3D打印设备 | 增材制造装备 | 增材制造设备 | 3D printing equipment maker |
    3D printing equipment manufacturer | additive manufacturing equipment maker |
    additive manufacturing equipment manufacturer
# C35 专用设备制造业
C351 采矿、冶金、建筑专用设备制造: 工程机械 | construction machinery | construction machinery maker |
    construction machinery manufacturer
C3511 矿山机械制造: 矿山机械 | mining machinery | mining machinery maker | mining machinery manufacturer | 矿山设备 |
    mining equipment | 采煤机
C3512 石油钻采专用设备制造: 石油钻机 | 钻井设备 | 采油设备 | 石油钻采设备 | 钻采设备 | oilfield equipment |
    oilfield equipment manufacturer
C3513 深海石油钻探设备制造: deep-sea drilling equipment maker | deep-sea drilling equipment manufacturer
C3514 建筑工程用机械制造: 挖掘机 | excavators | excavator | 装载机 | wheel loaders | loaders | 推土机 | bulldozers |
    压路机 | road rollers | 混凝土泵车 | 泵车 | concrete pump trucks | 混凝土搅拌机 | concrete mixers
C3516 冶金专用设备制造: metallurgical equipment maker | metallurgical equipment manufacturer
C3517 隧道施工专用机械制造: 盾构机 | tunnel boring machines
C3521 炼油、化工生产专用设备制造: chemical equipment maker | chemical equipment manufacturer |
    chemical process equipment maker | chemical process equipment manufacturer
C3522 橡胶加工专用设备制造: rubber machinery maker | rubber machinery manufacturer
C3523 塑料加工专用设备制造: 注塑机 | injection moulding machines | injection molding machines | 塑料机械 |
    plastics machinery | plastics machinery maker | plastics machinery manufacturer | 吹塑机
C3524 木竹材加工机械制造: 木工机械 | woodworking machinery | woodworking machinery maker |
    woodworking machinery manufacturer
C3525 模具制造: 模具 | 注塑模具 | moulds | molds | injection moulds | injection molds
C353 食品、饮料、烟草及饲料生产专用设备制造: 食品机械 | food machinery | food machinery maker |
    food machinery manufacturer | food processing machinery | food processing machinery maker |
    food processing machinery manufacturer
C3531 食品、酒、饮料及茶生产专用设备制造: beverage machinery maker | beverage machinery manufacturer
C3532 农副食品加工专用设备制造: grain processing machinery maker | grain processing machinery manufacturer
C3533 烟草生产专用设备制造: tobacco machinery maker | tobacco machinery manufacturer
C3534 饲料生产专用设备制造: feed machinery maker | feed machinery manufacturer
C3541 制浆和造纸专用设备制造: papermaking machinery maker | papermaking machinery manufacturer
C3542 印刷专用设备制造: 印刷机械 | 印刷机 | printing presses | printing machinery
C3544 制药专用设备制造: 制药设备 | pharmaceutical equipment | pharmaceutical equipment maker |
    pharmaceutical equipment manufacturer | pharmaceutical machinery maker | pharmaceutical machinery manufacturer
C3546 玻璃、陶瓷和搪瓷制品生产专用设备制造: glass machinery maker | glass machinery manufacturer |
    ceramic machinery maker | ceramic machinery manufacturer
C3551 纺织专用设备制造: 纺织机械 | textile machinery | textile machinery maker | textile machinery manufacturer |
    织布机 | looms
C3552 皮革、毛皮及其制品加工专用设备制造: leather machinery maker | leather machinery manufacturer
C3553 缝制机械制造: 缝纫机 | sewing machines
C3554 洗涤机械制造: commercial laundry equipment maker | commercial laundry equipment manufacturer
C356 电子和电工机械专用设备制造: 锂电设备 | 锂电池设备
C3562 半导体器件专用设备制造: 半导体设备 | semiconductor equipment | semiconductor equipment maker |
    semiconductor equipment manufacturer | 光刻机 | lithography machines | 刻蚀机 | etching machines
C3563 电子元器件与机电组件设备制造: SMT equipment maker | SMT equipment manufacturer
C357 农、林、牧、渔专用机械制造: 农业机械 | 农机 | agricultural machinery | agricultural machinery maker |
    agricultural machinery manufacturer | farm machinery | farm machinery maker | farm machinery manufacturer
C3571 拖拉机制造: 拖拉机 | tractors
C3572 机械化农业及园艺机具制造: 收割机 | combine harvesters | 播种机
C3573 营林及木竹采伐机械制造: forestry machinery maker | forestry machinery manufacturer
C3574 畜牧机械制造: livestock machinery maker | livestock machinery manufacturer
C3575 渔业机械制造: fishery machinery maker | fishery machinery manufacturer
C358 医疗仪器设备及器械制造: 医疗器械 | 医疗设备 | 医疗仪器 | medical devices | medical device | medical equipment |
    medical equipment maker | medical equipment manufacturer | medical instruments
C3581 医疗诊断、监护及治疗设备制造: 诊断设备 | diagnostic equipment | diagnostic equipment maker |
    diagnostic equipment manufacturer | 呼吸机 | 监护仪 | patient monitors | x-ray machines | X光机 | CT机 |
    CT scanners | ultrasound scanners | 超声设备 | 核磁共振 | mri machines | 血压计 | blood pressure monitors
C3582 口腔科用设备及器具制造: 口腔设备 | dental equipment | dental equipment maker | dental equipment manufacturer |
    义齿 | dental instruments | 种植牙 | 牙科种植体 | dental implants | 牙科椅 | dental chairs
C3584 医疗、外科及兽医用器械制造: 手术器械 | surgical instruments | 注射器 | 输液器 | syringes | infusion sets |
    catheters
C3585 机械治疗及病房护理设备制造: 病床 | 医用床 | 护理床 | hospital beds
C3586 康复辅具制造: 康复设备 | 康复器材 | rehabilitation equipment maker | rehabilitation equipment manufacturer |
    助听器 | hearing aids | 轮椅 | wheelchairs | 假肢 | prosthetics
C3587 眼镜制造: 眼镜 | 隐形眼镜 | spectacles | eyeglasses | spectacle lenses | contact lenses |
    spectacle frames | glasses frames
C3591 环境保护专用设备制造: 环保设备 | environmental protection equipment | environmental protection equipment maker |
    environmental protection equipment manufacturer | 除尘器 | 除尘设备 | dust collectors |
    desulfurization equipment | 垃圾处理设备 | waste incinerators | wastewater treatment equipment maker |
    wastewater treatment equipment manufacturer
C3593 邮政专用机械及器材制造: 邮政设备
C3594 商业、饮食、服务专用设备制造: 商用厨具 | commercial kitchen equipment maker |
    commercial kitchen equipment manufacturer
C3595 社会公共安全设备及器材制造: 警用装备 | security screening equipment maker |
    security screening equipment manufacturer
# C36 汽车制造业
C361 汽车整车制造: 整车 | 汽车整车 | cars | automobiles | car maker | carmaker | automaker | automakers | 乘用车 |
    passenger cars | 轿车 | sedans | SUV | SUVs | 卡车 | 重卡 | trucks | lorries | heavy trucks | 货车 | 轻卡 | 皮卡 |
    客车 | 大巴 | buses | auto OEM | automotive OEM
C3612 新能源车整车制造: 新能源汽车 | 新能源车 | 电动汽车 | electric vehicles | EVs | ev maker | ev makers |
    electric vehicle maker | electric buses
C3620 汽车用发动机制造: 汽车发动机 | automotive engines
C3630 改装汽车制造: 改装车 | 专用车 | special-purpose vehicles | 消防车 | fire trucks | 冷藏车 | motorhomes |
    camper vans | campervans
C3660 汽车车身、挂车制造: 车身 | 挂车 | 半挂车 | semi-trailers | trailers | caravans | travel trailers
C3670 汽车零部件及配件制造: 汽车零部件 | 汽车配件 | car parts | auto parts | automotive parts |
    automotive components | auto supplier | auto suppliers | 铝合金轮毂 | 汽车轮毂 | alloy wheels |
    aluminium alloy wheels | aluminum alloy wheels | aluminium wheels | aluminum wheels | 汽车座椅 | car seats |
    座椅骨架 | 刹车片 | brake pads | 制动器 | 制动系统 | brake systems | 刹车盘 | 制动盘 | brake discs | 车灯 |
    headlamps | car headlights | 安全气囊 | airbags | 排气管 | exhaust systems | 消声器 | mufflers | 雨刮器 | 雨刷 |
    wiper blades | windscreen wipers | 方向盘 | steering wheels | 汽车线束 | 车桥 | axles | 减震器 | shock absorbers |
    离合器 | clutches | 保险杠 | bumpers | 安全带 | seat belts | seatbelts | 后视镜 | rear-view mirrors | 汽车内饰 |
    automotive interiors | car interiors | 仪表板 | 转向器 | steering systems
# C37 铁路、船舶、航空航天和其他运输设备制造业
# (rolling stock, rail cars and passenger trains may be a metro's, C3720: the division)
C371 铁路运输设备制造: 高铁 | 动车组 | 铁路车辆 | railway vehicles | 机车车辆 | railway carriages | 火车 |
    freight trains | 铁路配件 | railway parts
C3711 高铁车组制造: high-speed trains | 高铁车厢
C3712 铁路机车车辆制造: 机车 | locomotives | 火车头 | 铁路货车 | freight wagons | railway wagons
C3720 城市轨道交通设备制造: 地铁车辆 | 城轨车辆 | metro cars | subway cars | metro trains | metro vehicles |
    subway trains
C373 船舶及相关装置制造: 船舶 | 造船 | 造船厂 | shipbuilder | shipbuilders | shipbuilding | shipyard | 船舶制造 |
    做船 | build ships | builds ships | building ships | ships and boats | merchant ships | 货船 | 集装箱船 | 散货船 |
    油轮 | 拖轮 | cargo ships | tugboats | 渔船 | fishing boats | fishing vessels | 船用发动机 | marine engines
C3733 娱乐船和运动船制造: 游艇 | yachts
C3734 船用配套设备制造: 船用设备 | marine equipment maker | marine equipment manufacturer
C374 航空、航天器及设备制造: 航空航天 | aerospace | 航空器 | 航空发动机 | 飞机发动机 | aero engines | aircraft engines |
    航空零部件
C3741 飞机制造: 飞机 | aircraft | airplanes | 飞机制造 | 民用飞机 | 直升机 | helicopters
C3742 航天器及运载火箭制造: 卫星 | satellites | 火箭 | rockets
C375 摩托车制造: 摩托车 | motorcycles
C3761 自行车制造: 自行车 | bicycles | bikes
C376 自行车和残疾人座车制造: bicycle frames | bike parts
C3791 潜水装备制造: diving equipment maker | diving equipment manufacturer
C3792 水下救捞装备制造: underwater salvage equipment maker | underwater salvage equipment manufacturer
# C38 电气机械和器材制造业
C381 电机制造: 电机 | electric motors | motors
C3811 发电机及发电机组制造: 发电机 | generators
C3812 电动机制造: 电动机
C382 输配电及控制设备制造: 逆变器 | inverters | 箱式变电站 | 箱变 | box-type substations | compact substations
C3821 变压器、整流器和电感器制造: 变压器 | transformers | power transformers | electrical transformers |
    distribution transformers | 互感器
C3822 电容器及其配套设备制造: 电容器 | capacitors
C3823 配电开关控制设备制造: 开关柜 | switchgear | switch cabinets | 断路器 | circuit breakers | 配电柜 | 环网柜 |
    ring main units | ring main unit | 接触器 | contactors
C3825 光伏设备及元器件制造: 光伏组件 | solar panels | pv modules | solar modules | 太阳能电池 | solar cells | 电池片 |
    PV inverters
C3829 其他输配电及控制设备制造: 充电桩 | charging piles | EV chargers | charging stations
C383 电线、电缆、光缆及电工器材制造: 光纤光缆
# (cables: electric, as 电缆; optical cables are named so, fibre-optic cable, 光缆: C3833; trade25)
C3831 电线、电缆制造: cables | 电线电缆 | 电缆 | electrical wires | wires and cables | wire and cable | 铜芯电缆 |
    copper wire and cable | power cables | cable maker | 线缆 | 漆包线 | 电磁线 | enamelled wire | enameled wire |
    magnet wire
C3832 光纤制造: 光纤 | optical fibre | optical fiber
C3833 光缆制造: 光缆 | fibre-optic cable
C385 家用电力器具制造: 家电 | 家用电器 | household appliances | home appliances | 小家电 | small appliances |
    电热水壶 | 电水壶 | electric kettles | kettles
C3851 家用制冷电器具制造: 冰箱 | 电冰箱 | refrigerators | fridges
C3852 家用空气调节器制造: 家用空调 | room air conditioners
C3853 家用通风电器具制造: 电风扇 | electric fans
C3854 家用厨房电器具制造: 微波炉 | microwave ovens | 电饭煲 | rice cookers | 电磁炉 | induction cookers | 空气炸锅 |
    air fryers | 抽油烟机 | 油烟机 | range hoods | 破壁机 | 豆浆机 | blenders | 电压力锅 | electric pressure cookers
C3855 家用清洁卫生电器具制造: 洗衣机 | washing machines | washing machine | 吸尘器 | vacuum cleaners
C3856 家用美容、保健护理电器具制造: 电吹风 | 吹风机 | hair dryers | shavers
C3861 燃气及类似能源家用器具制造: 燃气灶 | gas stoves
C387 照明器具制造: 照明 | LED灯 | led lamps | led lighting
C3871 电光源制造: 灯泡 | light bulbs | LED bulbs | LED light bulbs
C3872 照明灯具制造: 灯具 | 照明灯具 | LED灯具 | 路灯 | street lights | streetlights | lighting fixtures |
    light fixtures | luminaires
# C39 计算机、通信和其他电子设备制造业
C391 计算机制造: 计算机 | 电脑 | computers
C3911 计算机整机制造: 笔记本电脑 | laptops | notebook computers | 平板电脑 | tablet computers | tablet PCs |
    台式电脑 | desktop computers | desktops | PCs | 服务器 | servers | server maker
C3912 计算机零部件制造: 主板 | motherboards | 显卡 | graphics cards | 内存条 | memory modules
C3913 计算机外围设备制造: 打印机 | laser printers | inkjet printers | make printers | makes printers |
    manufacture printers | produce printers | printer maker | printer makers | printer manufacturer |
    printer manufacturers | 扫描仪 | barcode scanners
C3914 工业控制计算机及系统制造: 工控机 | industrial pcs
C392 通信设备制造: 通信设备 | telecom equipment | communication equipment maker |
    communication equipment manufacturer | telecom equipment maker | telecom equipment manufacturer
C3921 通信系统设备制造: 基站 | base stations | 交换机 | network switches
C3922 通信终端设备制造: 手机 | mobile phones | smartphones | 智能手机 | 功能机
C3939 应用电视设备及其他广播电视设备制造: 监控摄像头 | 安防摄像机 | security cameras | cctv cameras |
    surveillance cameras
C3951 电视机制造: 电视机 | 彩电 | televisions | tv sets | 液晶电视
C3961 可穿戴智能设备制造: 智能手表 | 智能手环 | 可穿戴设备 | smartwatches | smart watches | fitness trackers |
    wearables | 智能穿戴 | 智能穿戴设备
C3964 服务消费机器人制造: 服务机器人 | service robots
C3972 半导体分立器件制造: 分立器件 | MOSFET | IGBT | mosfets | igbts
C3973 集成电路制造: 芯片 | chips | chip | 集成电路 | integrated circuits | 封装测试 | chip packaging |
    semiconductor packaging | IC packaging | semiconductor packaging and testing | chip packaging and testing |
    IC packaging and testing | 晶圆代工 | wafer foundry
C3974 显示器件制造: 显示面板 | display panels | 液晶面板 | lcd panels | 液晶屏 | lcd screens
C398 电子元件及电子专用材料制造: 电子元件 | 被动元件 | 无源器件 | passive components
C3981 电阻电容电感元件制造: 电阻器 | resistors | 电阻 | 电感
C3982 电子电路制造: 电路板 | PCB | circuit boards | PCBs | printed circuit boards | 印制电路板 | SMT贴片 | SMT加工 |
    贴片加工 | 电路板组装 | PCBA | SMT assembly | PCB assembly
C3983 敏感元件及传感器制造: 传感器 | sensors
# C40 仪器仪表制造业
C4011 工业自动控制系统装置制造: 变送器 | 压力变送器 | pressure transmitters | 液位计 | level gauges | 温控仪
C4012 电工仪器仪表制造: 电表 | 电能表 | 智能电表 | electricity meters | electric meters | 万用表 | multimeters
C4014 实验分析仪器制造: 分析仪器 | analytical instruments | 色谱仪 | 光谱仪 | 质谱仪 | spectrometers |
    chromatographs | mass spectrometers | pH计 | 酸度计 | ph meters
C4015 试验机制造: 试验机 | testing machines
C4016 供应用仪器仪表制造: 水表 | water meters | 燃气表 | gas meters
C4021 环境监测专用仪器仪表制造: 环境监测仪器 | environmental monitoring instruments | 环境监测设备 |
    environmental monitoring equipment | environmental monitoring equipment maker |
    environmental monitoring equipment manufacturer
C4023 导航、测绘、气象及海洋专用仪器制造: 测绘仪器 | surveying instruments | 导航仪器 | meteorological instruments
C4028 电子测量仪器制造: 示波器 | oscilloscopes | 信号分析仪 | 频谱仪 | signal analysers | signal analyzers |
    spectrum analysers | spectrum analyzers
C4030 钟表与计时仪器制造: 钟表 | 手表 | clocks and watches | wristwatches | watchmaker | watches
C4040 光学仪器制造: 光学仪器 | optical instruments | 显微镜 | 光学显微镜 | microscopes | 望远镜 | telescopes
C4050 衡器制造: 衡器 | 电子秤 | weighing scales | truck scales
# C41 其他制造业
C411 日用杂品制造: 日用杂品 | 梳子 | 打火机 | lighters | cigarette lighters
C4111 鬃毛加工、制刷及清扫工具制造: 制刷 | 牙刷 | toothbrushes | 扫帚 | brooms | brushes and brooms | 刷子 | 拖把 |
    mops | 扫把 | 清洁刷 | scrubbing brushes | scrub brushes | dustpans
# C42 废弃资源综合利用业
C4210 金属废料和碎屑加工处理: 废钢 | 废旧金属 | 废金属 | scrap metal | scrap metal recycling | 废钢回收 |
    scrap steel | steel scrap | 废旧金属回收 | 废金属回收 | metal recycling | 废铜回收 | 废铝回收
C4220 非金属废料和碎屑加工处理: 废塑料回收 | 废塑料 | waste plastics recycling | plastic recycling | 再生塑料 |
    recycled plastic | recycled plastics | PET recycling | recycled flakes | 废纸回收 | waste paper recycling |
    paper recycling | 废纸 | 废旧轮胎 | 废轮胎 | tyre recycling | tire recycling | scrap tyres | 废玻璃回收 | 废玻璃 |
    glass recycling | 废旧纺织品 | textile recycling | 废油回收 | 地沟油 | 废矿物油 | used cooking oil |
    waste oil recycling
# C43 金属制品、机械和设备修理业
C4320 通用设备修理: 机床维修 | 数控机床维修 | machine tool repair | 维修数控机床 | 维修机床 | 修理机床 |
    维修工业机器人 | 工业机器人维修 | repair machine tools | repair CNC machine tools | overhaul machine tools |
    overhaul CNC machine tools | machine tool overhaul | repair industrial robots | industrial robot repair |
    锅炉维修 | boiler repair
C4342 船舶修理: 船舶修理 | 修船 | ship repair | ship repairs | 船舶维修
C4343 航空航天器修理: 飞机维修 | 航空器维修 | 飞机修理 | aircraft maintenance | aircraft repair | aircraft MRO
C4350 电气设备修理: 电机维修 | 变压器维修 | motor rewinding | transformer repair | 电气设备修理
C4360 仪器仪表修理: 仪器仪表维修 | 仪表维修 | instrument repair
# D44-D46 电力、热力、燃气及水生产和供应业
D441 电力生产: 发电 | 电厂 | power generation | power plant | power station
D4411 火力发电: 火电 | 火电厂 | 火力发电 | coal-fired power
D4412 热电联产: 热电联产 | CHP plant | combined heat and power
D4413 水力发电: 水电站 | 水力发电 | hydropower | hydropower station
D4414 核力发电: 核电站 | 核电 | nuclear power plant
D4415 风力发电: 风电 | wind power | 风电场 | wind farm | 风力发电
D4416 太阳能发电: 光伏电站 | 太阳能发电 | solar farm | solar power plant
D4417 生物质能发电: 垃圾发电 | 垃圾焚烧发电 | 生物质发电 | 生物质电厂 | waste-to-energy | biomass power |
    biomass power plant
D4420 电力供应: 供电 | 电网 | electricity supply | grid | 供电公司 | 售电
D4430 热力生产和供应: 集中供热 | 热力公司 | district heating | 热力 | 蒸汽供应
D4511 天然气生产和供应业: 天然气供应 | natural gas distribution
D4512 液化石油气生产和供应业: 液化气 | 液化石油气供应 | 瓶装液化气 | LPG | lpg supply | bottled gas
D4513 煤气生产和供应业: 煤气 | town gas
D4610 自来水生产和供应: 自来水 | 供水 | tap water | water supply | 自来水厂 | waterworks | 供水公司 |
    water supply company
D4620 污水处理及其再生利用: 污水处理 | wastewater treatment | 污水处理厂 | sewage treatment plant |
    wastewater treatment plant | 中水回用 | 再生水
D4630 海水淡化处理: 海水淡化 | desalination
"""


# a division's short word for its firms, which the question matcher joins to a product's word overlapping it into one
# name ("啤酒厂": 啤酒 and 酒厂; "整车企业": 整车 and 车企): the joined name is the product's
FIRM_WORDS = ["酒厂", "车企", "药企", "药厂", "纸厂", "砖厂", "鞋厂", "钢厂", "钢企", "铝厂", "炼厂", "乳企"]


def joined(by_word: dict[tuple[str, str], str], known: dict[str, dict[str, set[str]]]) -> dict[str, list[str]]:
    """code -> the names the question matcher joins from two Chinese words of one division overlapping in a question
    ("新能源汽车整车": 新能源汽车 and 汽车整车; "啤酒厂": 啤酒 and the firm word 酒厂), where the joined name is no word
    of its own: the code both words agree on (``narrowest_common``), a firm word (``FIRM_WORDS``) saying nothing."""
    out: dict[str, list[str]] = defaultdict(list)
    words: dict[str, dict[str, str | None]] = defaultdict(dict)
    for (division, word), code in by_word.items():
        if not word.isascii():
            words[division][word] = code
    for division in words:
        words[division].update({f: by_word.get((division, f)) for f in FIRM_WORDS if f in known[division]})
    for division, codes in sorted(words.items()):
        for a, code_a in sorted(codes.items()):
            for b, code_b in sorted(codes.items()):
                if code_a is None or b in a or a in b or (code_b is None and b not in FIRM_WORDS):
                    continue
                for k in range(1, min(len(a), len(b))):
                    name = a + b[k:]
                    if a.endswith(b[:k]) and name not in known[division]:
                        got = narrowest_common([code_a] + ([code_b] if code_b else []))
                        if len(got) > 3:
                            out[got].append(f'"{name}"@zh')
    return out


def shared_products(among: dict[str, list[str]], known: dict[str, dict[str, set[str]]]) -> str:
    """sfkg:sharedProduct: a division's word naming a product of one of two or more groups or classes, not saying
    which ("C2720|C2740": 片剂, chemical or Chinese patent medicine), from the yaml's ``among``: read at the level the
    groups or classes share, deeper only with a word naming one of them ("化学药品制剂…片剂": C2720), not with a word
    of another ("锂电池…铅酸电池": C384, not C3843)."""
    out = ["\n# words of two or more groups or classes of one division (bench/products_depth_words.yaml, among):\n"
           "# read at the level they share, deeper only with a word naming one of them\n"]
    for key, words in among.items():
        codes = key.split("|")
        if len({c[:3] for c in codes}) != 1 or len(codes) < 2:
            raise ValueError(f"{key}: two or more groups or classes of one division")
        for w in words:
            langs = known[codes[0][:3]].get(w.lower())
            if not langs:
                raise ValueError(f"{w!r} ({key}) is no word of {codes[0][:3]} in products.ttl or products-classes.ttl")
            for code in codes:
                out.append(f"sfid:gbt4754-{code} sfkg:sharedProduct "
                           + " , ".join(f'"{w}"@{lang}' for lang in sorted(langs)) + " .\n")
    return "".join(out)


def depth_words() -> dict[str, list[str]]:
    """group or class code -> its words, from ``DEPTH``."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in re.sub(r"\|\n\s+", "| ", DEPTH).splitlines():  # a line ending with | goes on, indented
        if line.strip() and not line.startswith("#"):
            code, words = re.match(r"([A-T]\d{3,4}) [^:]+: (.*)$", line).groups()
            out[code] += [w.strip() for w in words.split("|")]
    return out


def division_labels() -> dict[str, dict[str, set[str]]]:
    """division -> word (lower case) -> the languages it is written in, from products.ttl and products-classes.ttl."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in (ROOT / "ontology" / "products.ttl", SOURCE):
        for stmt in re.split(r"\s\.\s*\n", path.read_text(encoding="utf-8")):
            m = re.search(r"sfid:gbt4754-([A-T]\d{2})\s+(?:[^\n]*\n)*?\s*(?:skos:hiddenLabel|sfkg:productName)(.*)",
                          stmt, re.S)
            if m:
                body = "\n".join(ln for ln in m.group(2).splitlines() if not ln.strip().startswith("#"))
                for word, lang in re.findall(r'"([^"]+)"@(zh|en)', body):
                    out[m.group(1)][word.lower()].add(lang)
    return out


def class_words(text: str) -> dict[str, dict[str, set[str]]]:
    """division code -> word (as written, with its language tag) -> the classes it is given under."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for block in re.split(r"\n(?=# [A-T]\d{4}\b)", text)[1:]:
        code = re.match(r"# ([A-T]\d{4})", block).group(1)
        for stmt in re.finditer(r"^sfid:gbt4754-([A-T]\d{2})\s+sfkg:productName\s+(.*?)\s\.\s*$", block, re.M | re.S):
            if stmt.group(1) != code[:3]:
                continue  # a word on another division, written under this class's comment
            for word, lang in re.findall(r'"([^"]+)"@(zh|en)', stmt.group(2)):
                out[code[:3]][f'"{word}"@{lang}'].add(code)
    return out


def class_names(text: str) -> dict[str, str]:
    """four-digit class code -> its name in the standard, from products-classes.ttl's comments."""
    return {m.group(1): m.group(2).strip().rstrip(":：") for m in re.finditer(r"^# ([A-T]\d{4}) (\S+)", text, re.M)}


def labels(code: str, names: dict[str, str]) -> str:
    """The node's labels: the standard's level and code (and the class's name where the source gives it)."""
    zh_kind, en_kind = ("小类", "class") if len(code) == 5 else ("中类", "group")
    name = names.get(code)
    zh = f"国民经济行业{zh_kind} {code}" + (f"（{name}）" if name else "")
    return f'rdfs:label "{zh}"@zh , "GB/T 4754-2017 {en_kind} {code}"@en'


def individual(code: str, names: dict[str, str], words: list[str]) -> str:
    """The group's or class's node: its labels, notation and division, and the words naming it alone (if any)."""
    products = " ;\n    sfkg:subdivisionProduct " + " ,\n        ".join(words) if words else ""
    return (f"\nsfid:gbt4754-{code} a owl:NamedIndividual , sfkg:IndustrySubdivision ;\n"
            f"    {labels(code, names)} ;\n    skos:notation \"{code}\" ;\n"
            f"    skos:broader sfid:gbt4754-{code[:3]}{products} .\n")


def render() -> str:
    by_code: dict[str, list[str]] = defaultdict(list)
    names = class_names(SOURCE.read_text(encoding="utf-8"))
    given, known = depth_words(), division_labels()
    fixed = {(code[:3], w.lower()) for table in (given, DIVISION_WORDS) for code, words in table.items() for w in words}
    from_division_words = {(code[:3], w.lower()) for code, words in DIVISION_WORDS.items() for w in words}
    for division, words in class_words(SOURCE.read_text(encoding="utf-8")).items():
        for word, codes in words.items():
            bare = word.rsplit("@", 1)[0].strip('"').lower()
            code = narrowest_common(sorted(codes))
            if bare in SHALLOW or (division, bare) in fixed or len(code) <= len(division):
                continue
            by_code[code].append(word)
    for code, words in given.items():
        for w in words:
            langs = known[code[:3]].get(w.lower())
            if not langs:
                raise ValueError(f"{w!r} ({code}) is no word of {code[:3]} in products.ttl or products-classes.ttl")
            by_code[code] += [f'"{w}"@{lang}' for lang in sorted(langs)]
    more = yaml.safe_load(MORE_WORDS.read_text(encoding="utf-8")) or {}
    group_names: dict[str, str] = more.pop("names", None) or {}
    among: dict[str, list[str]] = more.pop("among", None) or {}
    for code, words in DIVISION_WORDS.items():
        by_code[code] += [f'"{w}"@{"en" if w.isascii() else "zh"}' for w in words]
    for code, words in more.items():  # DEPTH's own reading of a word stands
        by_code[code] += [f'"{w}"@{"en" if w.isascii() else "zh"}' for w in words
                          if (code[:3], w.lower()) not in fixed or (code[:3], w.lower()) in from_division_words]
    by_word = {(code[:3], w.rsplit("@", 1)[0].strip('"').lower()): code for code, ws in by_code.items() for w in ws}
    for code, compounds in joined(by_word, known).items():
        by_code[code] += compounds
    # each class's (and group's) own name, written out ("我司所属行业为计算机整机制造"): a word of its division (what
    # the matchers find) naming the class; not the names of 其他… or …未列明 classes, which name no product
    named: dict[str, list[str]] = defaultdict(list)
    class_names_ = set(names.values())
    for code, name in sorted(itertools.chain(names.items(), ((c, n) for c, n in group_names.items()
                                                            if n not in class_names_))):
        if "其他" not in name and "未列明" not in name:
            by_code[code].append(f'"{name}"@zh')
            named[code[:3]].append(f'"{name}"@zh')
    head = '''# GENERATED by bench/make_products_depth.py from ontology/products-classes.ttl (do not edit by hand).
# The GB/T 4754-2017 groups (中类, three digits) and classes (小类, four digits) whose products' words name them
# alone: a word given under one class only in products-classes.ttl, on that class's division (a word of two classes
# of one group is the group's), and some division words of products.ttl whose group or class the standard's class
# names give (乳制品: C144 乳制品制造). The case reader reads such a word at its group's or class's code (锂离子电池:
# C3841), not at its division's; the division, and so annex 2-1's row, is the same. The words stay the division's
# sfkg:productName / skos:hiddenLabel (what the matchers find); sfkg:subdivisionProduct is no label of anything.
# The classes' own names (计算机整机制造) are written as their divisions' sfkg:productName too, at the end.

@prefix sfid:    <https://w3id.org/bjsf/id/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix sfkg:    <https://w3id.org/bjsf/ontology#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .

sfkg:IndustrySubdivision a owl:Class ;
    rdfs:label "国民经济行业中类或小类"@zh , "industry group or class (GB/T 4754)"@en ;
    rdfs:comment "A group (three digits) or class (four digits) of GB/T 4754-2017 within a division (broader)."@en .

sfkg:sharedProduct a owl:AnnotationProperty ;
    rdfs:label "若干中类或小类之一的产品"@zh , "product of one of several groups or classes"@en ;
    rdfs:comment "A product's word of the division naming products of this group or class or of another."@en .

sfkg:subdivisionProduct a owl:AnnotationProperty ;
    rdfs:label "中类或小类的产品"@zh , "product of the group or class"@en ;
    rdfs:comment "A product's word of the division that names products of this group or class only."@en .
'''
    body = []
    for code in sorted(by_code):
        words = sorted(dict.fromkeys(by_code[code]))
        if not words:
            continue  # every word of it read elsewhere (DEPTH)
        body.append(individual(code, {**names, **group_names}, words))
    # a group or class named only among others (C3849 of 锂电池) is an individual of its own too, labelled
    for code in sorted({c for key in among for c in key.split("|")} - {c for c, ws in by_code.items() if ws}):
        body.append(individual(code, {**names, **group_names}, []))
    body.append(shared_products(among, known))
    body.append("\n# the classes' own names, as their divisions' product words\n")
    for division in sorted(named):
        body.append(f"sfid:gbt4754-{division} sfkg:productName " + " ,\n    ".join(named[division]) + " .\n")
    return head + "".join(body)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(TARGET)
