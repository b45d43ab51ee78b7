# ruff: noqa: E501
"""Revocation cases of bench/heldout16 (art_12): a factory already recognised; what happened after. `revoke` is the
art_12 cause that applies, or False; `verdict` is "undetermined" where a cause is still open (else retain). Events
that are NOT causes are here on purpose: a drill, a hazard found and fixed, another company's accident, an
allegation dismissed, a general-grade accident, a plan to move, a rename, a move inside Beijing."""

REVOCATIONS = [
    # --- art_12__item_1: false information during the application ---
    {"q": "尊敬的市经信局：我司2025年被认定为先进级智能工厂。近期内部审计发现，当时申报材料里的生产设备联网率是技术部编造的，实际远低于填报数。请问这种情况称号会被怎么处理？",
     "lang": "zh", "level": "advanced", "revoke": "art_12__item_1", "kinds": ["letter", "false_info"]},
    {"q": "Uh, so basically, when we filed as a basic-level factory last year, the maturity certificate we attached turned out to be forged by the consultant we hired, and the district found out last month. What happens to our basic-level title?",
     "lang": "en", "level": "basic", "revoke": "art_12__item_1", "kinds": ["voice", "false_info"]},
    # --- art_12__item_2: terminated or unable to operate normally ---
    {"q": "我们是基础级智能工厂，公司上个月已经被法院裁定破产清算，工厂全部停产，员工都遣散了。这个称号还在吗？",
     "lang": "zh", "level": "basic", "revoke": "art_12__item_2", "kinds": ["terminated"]},
    {"q": "Q1. Current status of the recognised advanced-level enterprise? A: The market regulator revoked our business licence in October 2026 and the company is being deregistered. Q2. Does the title survive?",
     "lang": "en", "level": "advanced", "revoke": "art_12__item_2", "kinds": ["form", "terminated"]},
    # --- art_12__item_3: major (重大) environmental, safety or quality accident ---
    {"q": "嗯，那个，我们厂今年九月份出了一起生产安全事故，应急管理部门已经定为重大事故了。我们是先进级智能工厂，就是说这个称号是不是保不住了？",
     "lang": "zh", "level": "advanced", "revoke": "art_12__item_3", "kinds": ["voice", "major_accident"]},
    {"q": "A solvent tank at our basic-level smart factory leaked into the river in July 2026; the environmental authority has officially graded it a major (重大) environmental incident. Where does that leave our title?",
     "lang": "en", "level": "basic", "revoke": "art_12__item_3", "kinds": ["major_accident"]},
    {"q": "我司（先进级智能工厂）生产的一批产品出了问题，市场监管部门认定为重大质量事故。称号会受影响吗？",
     "lang": "zh", "level": "advanced", "revoke": "art_12__item_3", "kinds": ["major_accident"]},
    {"q": "our company have big fire accident in May, government investigation say it is major grade accident (重大). We are basic level smart factory. Still keep title?",
     "lang": "en", "level": "basic", "revoke": "art_12__item_3", "kinds": ["nonnative", "major_accident"]},
    # --- art_12__item_4: registered address moved out of Beijing ---
    {"q": "公司注册地已经从北京市通州区迁到了天津市武清区，工商变更今年十月办完了。我们的基础级智能工厂称号还算数吗？",
     "lang": "zh", "level": "basic", "revoke": "art_12__item_4", "kinds": ["moved_out"]},
    {"q": "We have re-registered the company in Zhuozhou, Hebei, and closed the Beijing registration in September 2026. Our plant is still recognised as an advanced-level smart factory. Is that still valid?",
     "lang": "en", "level": "advanced", "revoke": "art_12__item_4", "kinds": ["moved_out"]},
    {"q": "本公司註冊地已由北京市遷至河北省廊坊市，相關變更登記已於2026年8月完成。請問先進級智能工廠稱號是否保留？",
     "lang": "zh", "level": "advanced", "revoke": "art_12__item_4", "kinds": ["traditional", "moved_out"]},
    # --- art_12__item_5: other punished violations, conditions no longer met ---
    {"q": "我们是基础级智能工厂。今年因为违法排污被区生态环境局罚款，区经信局复核后认定我们已经不符合认定条件了。称号会被撤销吗？",
     "lang": "zh", "level": "basic", "revoke": "art_12__item_5", "kinds": ["punished"]},
    {"q": "Dear Sir or Madam, our advanced-level factory was fined by the market regulator in 2026 for selling substandard products, and the bureau has since told us in writing that we no longer meet the recognition conditions. What becomes of the title? Kind regards, Zhou Min",
     "lang": "en", "level": "advanced", "revoke": "art_12__item_5", "kinds": ["letter", "punished"]},
    # --- retain: events that are not causes ---
    {"q": "上周我们厂组织了一次消防应急演练，模拟危化品泄漏，全员参加。这会影响我们的先进级称号吗？",
     "lang": "zh", "level": "advanced", "revoke": False, "verdict": "retain", "kinds": ["drill", "retain"]},
    {"q": "A safety inspection at our basic-level smart factory found an unguarded press; we fixed it within two days, the inspector signed it off and there was no penalty. Any risk to the title?",
     "lang": "en", "level": "basic", "revoke": False, "verdict": "retain", "kinds": ["hazard_fixed", "retain"]},
    {"q": "隔壁园区另一家公司（跟我们没有任何股权关系）发生了重大火灾，我们的厂房没受影响。我们是基础级智能工厂，会被牵连撤销吗？",
     "lang": "zh", "level": "basic", "revoke": False, "verdict": "retain", "kinds": ["other_company", "retain"]},
    {"q": "A competitor alleged that our application figures were false. The city bureau investigated and dismissed the complaint in September 2026. Is our advanced-level title safe?",
     "lang": "en", "level": "advanced", "revoke": False, "verdict": "retain", "kinds": ["dismissed", "retain"]},
    {"q": "今年5月车间发生一起一般生产安全事故，一名工人轻伤，已经处理完毕。我们的先进级智能工厂称号会因此被撤销吗？",
     "lang": "zh", "level": "advanced", "revoke": False, "verdict": "retain", "kinds": ["general_accident", "retain"]},
    {"q": "We plan to move our registered office to Tianjin some time next year, but nothing has been filed and we are still registered in Beijing. Does the basic-level title lapse now?",
     "lang": "en", "level": "basic", "revoke": False, "verdict": "retain", "kinds": ["planned_move", "retain"]},
    {"q": "公司改了名字，注册地址和生产经营都没变，已经向市经信局申请更名。基础级智能工厂称号还保留吗？",
     "lang": "zh", "level": "basic", "revoke": False, "verdict": "retain", "kinds": ["rename", "retain"]},
    {"q": "Our registered address moved from Xicheng District to Fengtai District; we are still a Beijing company. Does this affect our advanced-level smart-factory title?",
     "lang": "en", "level": "advanced", "revoke": False, "verdict": "retain", "kinds": ["moved_within", "retain"]},
    # --- undetermined: a cause still open ---
    {"q": "上个月厂区发生了一场火灾，事故等级还在调查认定中，目前没有结论。我们是先进级智能工厂，称号会怎样？",
     "lang": "zh", "level": "advanced", "revoke": False, "verdict": "undetermined", "kinds": ["grading_open"]},
    {"q": "We were fined for a labelling violation in October, and the district is still reviewing whether we continue to meet the conditions. Will our basic-level title be revoked?",
     "lang": "en", "level": "basic", "revoke": False, "verdict": "undetermined", "kinds": ["review_open"]},
    {"q": "有人向市经信局举报我们申报基础级时材料造假，局里正在核查，还没有结论。称号现在算什么状态？",
     "lang": "zh", "level": "basic", "revoke": False, "verdict": "undetermined", "kinds": ["report_open"]},
]
