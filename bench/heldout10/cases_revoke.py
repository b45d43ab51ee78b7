"""Revocation situations (art_12) of heldout10: a factory already recognised tells what happened. `revoke` is the
one art_12 cause that applies, or False; a case that is not revoked is retained unless verdict says
'undetermined' (a cause whose facts are not yet known). Grade words follow the measures: art_12__item_3 names 重大
(major) accidents; 特别重大 and 较大 are left out here (whether 特别重大 is "重大" in art_12's sense, and whether a
较大 accident after recognition is a cause, are not stated)."""
from __future__ import annotations

from common import R

ZH = [
    R("我们是去年认定的先进级智能工厂，最近被查出当初申报时交的成熟度评估报告是找中介伪造的，会怎么处理？",
      "advanced", "art_12__item_1"),
    R("基础级备案时我们填报的营业收入虚报了一倍多，现在被区里发现了，称号还能保住吗", "basic", "art_12__item_1"),
    R("我们公司上个月被法院裁定破产清算了，之前评上过基础级智能工厂。", "basic", "art_12__item_2"),
    R("公司股东会决议解散，已经完成了注销登记，先进级的牌子还算数吗", "advanced", "art_12__item_2"),
    R("今年10月我们厂发生了一起重大生产安全事故，造成多人死亡。我们是先进级智能工厂。", "advanced",
      "art_12__item_3"),
    R("我们的产品出了质量事故，调查后定性为重大质量事故，我们是基础级。", "basic", "art_12__item_3"),
    R("公司注册地已经从北京迁到了河北雄安，工厂还是先进级的，有影响吗", "advanced", "art_12__item_4"),
    R("集团重组以后，把我们这家基础级工厂所在公司的注册地址迁到天津去了。", "basic", "art_12__item_4"),
    R("今年因为超标排放被生态环境局行政处罚，罚款50万，我们是先进级智能工厂，会被撤销吗", "advanced",
      "art_12__item_5"),
    R("我们因为偷税被税务局处罚了，补缴加罚款，基础级的称号会受影响吗", "basic", "art_12__item_5"),
    R("我们公司改名了，从“某某机械”改成了“某某智能装备”，先进级称号会受影响吗？", "advanced", False,
      note="a rename asks for a change of name with the city bureau (art_12), not a revocation"),
    R("注册地址从海淀搬到了大兴，还在北京，基础级的称号要不要重新评？", "basic", False,
      note="a move inside Beijing is none of art_12's causes"),
    R("厂里上周刚出了一起生产安全事故，事故等级还在调查认定中，先进级会不会被撤？", "advanced", False,
      verdict="undetermined", note="the grade decides art_12__item_3 and is not known yet"),
    R("有人举报我们申报材料造假，市经信局正在核查，还没有结论，我们是先进级。", "advanced", False,
      verdict="undetermined", note="art_12__item_1 depends on a check not yet concluded"),
]

EN = [
    R("It turned out the indicator figures we submitted in our advanced-level application were fabricated. What "
      "happens to our title?", "advanced", "art_12__item_1"),
    R("We found out our consultant attached a fake maturity certificate to our basic-level filing.", "basic",
      "art_12__item_1"),
    R("Our company was dissolved and deregistered last month; we used to be a basic-level smart factory.", "basic",
      "art_12__item_2"),
    R("We've halted all operations indefinitely: the business can't carry on and the staff have been laid off. "
      "We hold the advanced-level title.", "advanced", "art_12__item_2"),
    R("A major (重大) safety accident occurred at our advanced-level plant in November.", "advanced",
      "art_12__item_3"),
    R("We had an environmental accident last week, officially graded as major. We're a basic-level smart factory.",
      "basic", "art_12__item_3"),
    R("We moved our registered address from Beijing to Shanghai this year. Does our basic-level recognition "
      "survive?", "basic", "art_12__item_4"),
    R("After the restructuring our company is now registered in Hangzhou, Zhejiang, no longer in Beijing. We were "
      "recognised at advanced level.", "advanced", "art_12__item_4"),
    R("The market regulator punished us for selling substandard products under the Product Quality Law. We're an "
      "advanced-level smart factory.", "advanced", "art_12__item_5"),
    R("The emergency management bureau fined us 200,000 yuan for storing hazardous chemicals without a permit. We "
      "hold the basic-level title.", "basic", "art_12__item_5"),
    R("We absorbed a sister company and took a new name; our company carries on, still registered in Beijing, and "
      "we've asked the city bureau to change the name on our advanced-level title.", "advanced", False,
      note="a reorganisation with a name change is reported, not a cause"),
    R("We opened a second plant in Hebei; the company itself stays registered in Shunyi, Beijing. We're basic "
      "level.", "basic", False, note="the registration stays in Beijing"),
    R("Production was paused for two weeks for planned equipment maintenance and has since resumed normally. Any "
      "risk to our advanced-level title?", "advanced", False, note="normal operation resumed"),
    R("One of our batches caused a product quality incident last month; the authorities haven't graded it yet. We're "
      "an advanced-level factory.", "advanced", False, verdict="undetermined",
      note="the grade decides art_12__item_3 and is not known yet"),
    R("A bankruptcy petition has been filed against us, but the court hasn't ruled on it yet. We're basic level.",
      "basic", False, verdict="undetermined", note="art_12__item_2 depends on a ruling not yet made"),
]
