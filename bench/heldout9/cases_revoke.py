# ruff: noqa: E501 (the questions are kept whole on their lines)
"""Revocation cases (art_12): a factory already recognised states what happened since.
R(lang, level, question, revoke, verdict, {cause eId: applies | does_not_apply | unknown}, note)."""
from __future__ import annotations


def R(lang, level, q, revoke, verdict, causes, note=None):
    return dict(lang=lang, level=level, q=q, revoke=revoke, verdict=verdict, causes=causes, note=note)


A, N, U = "applies", "does_not_apply", "unknown"
REVOKE = [
    R("zh", "basic", "我们厂去年评上了基础级智能工厂，今年公司把注册地从北京亦庄迁到了河北廊坊。称号还保得住吗？",
      "art_12__item_4", "revoke", {"art_12__item_4": A}),
    R("zh", "advanced", "我们是先进级智能工厂，最近集团重组，公司改了名字，其他都没变。称号会被撤销吗？",
      False, "retain", {"art_12__item_1": N, "art_12__item_2": N, "art_12__item_4": N},
      note="renaming after reorganisation: apply to the city bureau for the name change (art_12), not a cause"),
    R("zh", "basic", "已认定基础级，上个月车间发生一起重大安全事故，死了人。会怎么样？", "art_12__item_3", "revoke",
      {"art_12__item_3": A}),
    R("zh", "basic", "拿到基础级以后，我们发生了一起一般等级的质量事故，没有人员伤亡。称号受影响吗？", False, "retain",
      {"art_12__item_3": N}),
    R("zh", "advanced", "先进级拿到后被人举报，经查实我们申报时报的关键工序数控化率是编造的。后果是什么？", "art_12__item_1",
      "revoke", {"art_12__item_1": A}),
    R("zh", "basic", "公司今年被法院裁定破产清算了，基础级智能工厂的称号还在吗？", "art_12__item_2", "revoke",
      {"art_12__item_2": A}),
    R("zh", "advanced", "我们注册地从海淀区迁到了大兴区，还在北京。先进级称号有影响吗？", False, "retain",
      {"art_12__item_4": N}),
    R("zh", "basic", "我们的生产基地搬到了河北沧州，但公司注册地还在北京昌平。基础级称号还有效吗？", False, "retain",
      {"art_12__item_4": N}, note="the factory moved, the registered address did not"),
    R("zh", "advanced", "我们因为偷排废水被生态环境局处罚了，市经信局认定我们已经不再符合认定条件。先进级称号呢？",
      "art_12__item_5", "revoke", {"art_12__item_5": A}),
    R("zh", "basic", "上个月厂里出了一起事故，等级还在调查认定中，不知道是一般还是重大。基础级称号会不会被撤？", False,
      "undetermined", {"art_12__item_3": U}),
    R("zh", "advanced", "有人举报我们申报材料里的数据不实，主管部门正在核查，还没有结论。称号现在怎么算？", False,
      "undetermined", {"art_12__item_1": U}),
    R("zh", "basic", "我们被税务部门罚了一笔款（发票问题），不知道算不算不再符合认定条件，主管部门还没说法。基础级称号会撤吗？",
      False, "undetermined", {"art_12__item_5": U}),
    R("zh", "advanced", "公司营业执照被吊销了，先进级称号怎么处理？", "art_12__item_2", "revoke", {"art_12__item_2": A}),
    R("en", "basic", "We were recognised as a basic-level smart factory last year. This summer we moved our registered "
      "address from Beijing to Tianjin. Do we keep the title?", "art_12__item_4", "revoke", {"art_12__item_4": A}),
    R("en", "advanced", "Our advanced-level factory had a major (重大) environmental accident in October - a chemical "
      "leak into the river. What happens to the title?", "art_12__item_3", "revoke", {"art_12__item_3": A}),
    R("en", "basic", "After we got the basic title, the authorities found that our application contained falsified "
      "energy data. Consequences?", "art_12__item_1", "revoke", {"art_12__item_1": A}),
    R("en", "advanced", "Our company has been dissolved and deregistered after the merger wound it up. Advanced-level "
      "title?", "art_12__item_2", "revoke", {"art_12__item_2": A}),
    R("en", "basic", "We changed our company name after a restructuring; nothing else changed. Is the basic-level "
      "title revoked?", False, "retain", {"art_12__item_1": N, "art_12__item_2": N, "art_12__item_4": N}),
    R("en", "advanced", "We opened a new branch office in Shanghai; HQ and registration stay in Beijing. Does that "
      "affect our advanced title?", False, "retain", {"art_12__item_4": N}),
    R("en", "basic", "A minor (一般) safety incident happened last week, one worker slightly injured. Will our "
      "basic-level title be revoked?", False, "retain", {"art_12__item_3": N}),
    R("en", "advanced", "We were penalised by the emergency management bureau for safety violations, and the city "
      "bureau has concluded we no longer meet the recognition conditions. Title?", "art_12__item_5", "revoke",
      {"art_12__item_5": A}),
    R("en", "basic", "There was an accident at our plant yesterday; its grade has not been determined yet. Could the "
      "basic title be revoked?", False, "undetermined", {"art_12__item_3": U}),
    R("en", "advanced", "A creditor has petitioned the court to wind our company up; the court has not ruled yet. "
      "Is our advanced title gone?", False, "undetermined", {"art_12__item_2": U}),
    R("en", "basic", "We got a fine from the local market regulator; nobody has said whether we still meet the "
      "conditions. Basic title at risk?", False, "undetermined", {"art_12__item_5": U}),
    R("en", "advanced", "A serious product-quality accident graded 重大 (major) hit one of our batches last month. "
      "Advanced title?", "art_12__item_3", "revoke", {"art_12__item_3": A}),
]
