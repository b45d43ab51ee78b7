# ruff: noqa: E501 (the questions are kept whole on their lines)
"""Chinese situations: an enterprise states its own case. C(lang, level, question, asked, **facts).
`asked` is my own reading of the condition(s) asked about, checked against derive.py by gen_situations.py."""
from __future__ import annotations


def C(lang, level, q, asked, amb=None, note=None, **facts):
    return dict(lang=lang, level=level, q=q, asked=asked, amb=amb or [], note=note, facts=facts)


ZH = [
    C("zh", "advanced", "老师好，我们在北京做手机整机组装。关键工序数控化率82%，生产设备联网率71%，人均劳动生产率提升了9%，"
      "产品不良率下降3.5%，单位产值能耗降了6%。先进级的指标那关能过吗？", "att_2__sec_2=met",
      ind="C39", nc=82, net=71, lab=9, dr=3.5, en=6),
    C("zh", "advanced", "我司主营人用疫苗。关键工序数控化率刚好80%，生产设备联网率69.5%，人均劳动生产率提升8%，"
      "产品不良率下降4.9%，单位产值能耗降低3.8%。请问先进级五项指标够不够三项？", "att_2__sec_2=not_met",
      ind="C27", nc=80, net=69.5, lab=8, dr=4.9, en=3.8),
    C("zh", "advanced", "我们厂做景泰蓝工艺品，关键工序数控化率百分之七十，生产设备联网率百分之六十五，人均劳动生产率提高百分之七点五，"
      "另外两个指标还没测出来。先进级指标算达标吗？", "att_2__sec_2=unknown",
      ind="C24", nc=70, net=65, lab=7.5),
    C("zh", "advanced", "我们是饲料厂（猪饲料、禽饲料都做），关键工序数控化率六成五，设备联网率五成五，人均劳动生产率涨了一成，"
      "产品不良率降了5%，单位产值能耗降了4%。五项是不是都够先进级了？", "att_2__sec_2=met",
      ind="C13", nc=65, net=55, lab=10, dr=5, en=4),
    C("zh", "basic", "问一下：公司注册在北京市大兴区，独立法人，去年主营业务收入1999万元，做速冻水饺和汤圆。这样能申请基础级智能工厂吗？",
      "art_5__item_1=not_met", prov="北京", dist="大兴区", ilp=True, rev=1999, ind="C14"),
    C("zh", "basic", "我们公司注册在北京顺义区，独立法人，年主营收入正好2000万元，生产精酿啤酒。第五条第一项的主体条件满足吗？",
      "art_5__item_1=met", prov="北京", dist="顺义区", ilp=True, rev=2000, ind="C15"),
    C("zh", "basic", "我们是天津注册的独立法人，规上企业，产品是瓦楞纸箱，厂房在北京通州。能申报北京基础级吗？",
      "art_5__item_1=not_met", prov="天津", ilp=True, ads=True, ind="C22"),
    C("zh", "advanced", "各位好，汇报下我们情况：\n- 产品：锂离子动力电池\n- 关键工序数控化率 72%\n- 生产设备联网率 64%\n"
      "- 人均劳动生产率提升 8.2%\n- 不良率下降 5%\n- 单位产值能耗下降 4.5%\n请问先进级指标这块行不行？", "att_2__sec_2=met",
      ind="C38", nc=72, net=64, lab=8.2, dr=5, en=4.5),
    C("zh", "advanced", "我们炼焦的（焦炭），关键工序数控化率74%，生产设备联网率76%，人均劳动生产率提升11%，不良率下降1.9%，"
      "单位产值能耗降低9.9%。先进级能过几项？", "att_2__sec_2=not_met",
      ind="C25", nc=74, net=76, lab=11, dr=1.9, en=9.9),
    C("zh", "advanced", "做涂料的（建筑乳胶漆），关键工序数控化率76%，设备联网率75%，人均劳动生产率提升10%，其余两项没统计。先进级指标够吗？",
      "att_2__sec_2=met", ind="C26", nc=76, net=75, lab=10),
    C("zh", "basic", "我们厂成熟度自评是一级（规划级），其他都还行。基础级对成熟度有要求吗，我们够不够？", "art_5__item_7=not_met",
      mat=1),
    C("zh", "basic", "智能制造能力成熟度（GB/T 39116）我们评的是二级，够基础级吗？", "art_5__item_7=met", mat=2),
    C("zh", "advanced", "我们做家用冰箱，拿到了DCMM数据管理能力成熟度三级，还有CMMI三级，成熟度这条算满足了吧？先进级。", "",
      amb=["DCMM数据管理能力成熟度三级", "CMMI三级"],
      note="DCMM and CMMI are other maturity models, not GB/T 39116: no maturity_level may be bound", ind="C38"),
    C("zh", "basic", "我们厂已经建成了，但是还没投产，预计明年3月试生产。产品挺有竞争力的。基础级能报吗？", "art_5__item_2=not_met",
      built=True, op=False, comp=True),
    C("zh", "basic", "工厂建好了也一直在正常生产，企业和产品在行业里都算有竞争力。第二项条件是不是满足了？", "art_5__item_2=met",
      built=True, op=True, comp=True),
    C("zh", "basic", "我们2025年5月12日出过一次较大生产安全事故，其他没有了。现在还能申报基础级吗？", "art_5__item_3=not_met",
      inc=[("safety", "larger", "2025-05-12")]),
    C("zh", "basic", "近三年我们只出过一次一般等级的安全事故（2024年9月3日），没有任何违法违规，财务状况一直良好，也没有不良信用记录。"
      "第五条第三项满足吗？", "art_5__item_3=met",
      inc=[("safety", "general", "2024-09-03")], vio=[], fin=True, credit=False),
    C("zh", "basic", "公司2023年6月1日发生过一次较大环境事件，之后就再没出过事故，也没有违法违规，近三年经营和财务状况良好，无不良信用。"
      "这个还影响申报吗？", "art_5__item_3=met",
      inc=[("environmental", "larger", "2023-06-01")], vio=[], fin=True, credit=False),
    C("zh", "basic", "我们有一条不良信用记录还没修复，其他都没问题。基础级能报吗？", "art_5__item_3=not_met", credit=True),
    C("zh", "basic", "去年，也就是2025年10月20日，我们因为消防设施不合格被罚了款。除此之外没别的违法记录。基础级第三项还满足吗？",
      "art_5__item_3=not_met", vio=["2025-10-20"]),
    C("zh", "basic", "我们只做了生产作业和运营管理两块，研发设计、工厂建设、生产管理都还没做。基础级的建设内容够吗？",
      "att_1__sec_1=met", dom="po om"),
    C("zh", "basic", "我们目前只覆盖了生产管理和运营管理这两个环节，生产作业这块还没弄。基础级建设内容满足吗？",
      "att_1__sec_1=not_met", dom="pm om"),
    C("zh", "advanced", "除了研发设计，其他四个环节（工厂建设、生产作业、生产管理、运营管理）我们都做了。先进级建设内容这块够吗？",
      "att_2__sec_1=met", dom="fc po pm om"),
    C("zh", "advanced", "五个环节里我们只做了生产作业和生产管理，运营管理还在规划。先进级建设内容满足吗？", "att_2__sec_1=not_met",
      dom="po pm"),
    C("zh", "basic", "我们的主要技术经济指标低于全市同行业平均水平，不过已经实现数字化达标了。基础级的建设成效这条行不行？",
      "att_1__sec_2=met", avg=False, dig=True),
    C("zh", "basic", "指标没超过省里同行业平均，数字化达标也还没做到。基础级成效这一条是不是不行？", "att_1__sec_2=not_met",
      avg=False, dig=False),
    C("zh", "basic", "我们主要技术经济指标高于本市同行业平均水平，数字化达标的事还没评。基础级建设成效满足吗？", "att_1__sec_2=met",
      avg=True),
    C("zh", "advanced", "我们去年已经认定为基础级智能工厂，并且在海淀区经信部门备案了，备案日期2025年11月18日。今年能申请先进级吗？",
      "art_7=met", filed=True, fdist="海淀区", fdate="2025-11-18"),
    C("zh", "advanced", "我们还没有做基础级备案，能不能直接申请先进级？", "art_7=not_met", filed=False),
    C("zh", "advanced", "我们做新能源汽车整车，关键工序数控化率71%，设备联网率66%，人均劳动生产率提升7%，产品不良率下降6%，"
      "单位产值能耗降低4%。已经在顺义区备案了基础级。先进级能不能申请？", "att_2__sec_2=met art_7=met",
      ind="C36", nc=71, net=66, lab=7, dr=6, en=4, filed=True, fdist="顺义区"),
    C("zh", "advanced", "咱们是做轮胎的，关键工序数控化率75%，联网率……我看看……生产设备联网率74%，人均劳动生产率提升9%，"
      "产品不良率下降2%，单位产值能耗下降10%。先进级指标有戏吗？", "att_2__sec_2=met",
      ind="C29", nc=75, net=74, lab=9, dr=2, en=10),
    C("zh", "advanced", "做水泥熟料和水泥的。关键工序数控化率78%，生产设备联网率80%，人均劳动生产率提升12%，不良率下降1%，"
      "单位产值能耗降低8%。先进级指标达标了吗？", "att_2__sec_2=met",
      ind="C30", nc=78, net=80, lab=12, dr=1, en=8),
    C("zh", "advanced", "我们是做不锈钢板材轧制的钢厂，关键工序数控化率74.9%，生产设备联网率74.9%，人均劳动生产率提升9.9%，"
      "不良率下降1.9%，单位产值能耗降低9.9%。差一点点，先进级是不是不行？", "att_2__sec_2=not_met",
      ind="C31", nc=74.9, net=74.9, lab=9.9, dr=1.9, en=9.9),
    C("zh", "advanced", "铝型材挤压（有色金属压延）企业，关键工序数控化率八成，设备联网率七成五，人均劳动生产率提升一成，"
      "没有统计不良率和能耗。先进级指标满足吗？", "att_2__sec_2=met",
      ind="C32", nc=80, net=75, lab=10),
    C("zh", "advanced", "我们生产铝合金门窗，关键工序数控化率68%，生产设备联网率60%，人均劳动生产率提升10%，不良率下降3%，"
      "单位产值能耗降低6%。先进级能过吗？", "att_2__sec_2=not_met",
      ind="C33", nc=68, net=60, lab=10, dr=3, en=6),
    C("zh", "advanced", "我们生产电梯和自动扶梯。关键工序数控化率70%，生产设备联网率65%，人均劳动生产率提升8%。"
      "不良率和能耗两项都没达到对应标准。先进级指标算过了吗？", "att_2__sec_2=met",
      ind="C34", nc=70, net=65, lab=8),
    C("zh", "advanced", "公司做CT和核磁共振这类医疗影像设备，关键工序数控化率78%，生产设备联网率67%，人均劳动生产率提升6%，"
      "产品不良率下降5.5%，单位产值能耗降低3%。生物医药那一档我们是不是要80%？先进级指标够不够？", "att_2__sec_2=met",
      ind="C35", nc=78, net=67, lab=6, dr=5.5, en=3),
    C("zh", "advanced", "我们造地铁车辆。关键工序数控化率69%，生产设备联网率64%，人均劳动生产率提升8%，产品不良率下降5%，"
      "单位产值能耗降低4%。先进级指标呢？", "att_2__sec_2=not_met",
      ind="C37", nc=69, net=64, lab=8, dr=5, en=4),
    C("zh", "advanced", "我们生产智能水表和电能表，关键工序数控化率71%，生产设备联网率70%，人均劳动生产率提升8%，"
      "产品不良率下降4%，单位产值能耗降低5%。先进级指标达标吗？", "att_2__sec_2=met",
      ind="C40", nc=71, net=70, lab=8, dr=4, en=5),
    C("zh", "advanced", "我们是做废旧家电拆解回收的，关键工序数控化率71%，生产设备联网率66%，人均劳动生产率提升5%，"
      "不良率下降2%，单位产值能耗降低3%。先进级指标够吗？", "att_2__sec_2=not_met",
      ind="C42", nc=71, net=66, lab=5, dr=2, en=3),
    C("zh", "advanced", "我们是专门做航空发动机维修的（修理业），关键工序数控化率90%，设备联网率80%，人均劳动生产率提升15%。"
      "先进级指标行吗？", "att_2__sec_2=met", ind="C43", nc=90, net=80, lab=15),
    C("zh", "advanced", "我们做洗衣液和洗洁精，关键工序数控化率七十五，生产设备联网率七十四，人均劳动生产率提升十，"
      "不良率下降二，单位产值能耗降低九（都是百分比）。先进级指标过不过？", "att_2__sec_2=met",
      ind="C26", nc=75, net=74, lab=10, dr=2, en=9),
    C("zh", "advanced", "我们化妆品工厂（面霜、精华液），关键工序数控化率66%，生产设备联网率56%，人均劳动生产率提升10%，"
      "产品不良率下降5%，单位产值能耗降低4%。按都市产业算应该够了吧？先进级指标怎么判？", "att_2__sec_2=not_met",
      ind="C26", nc=66, net=56, lab=10, dr=5, en=4),
    C("zh", "advanced", "我们生产涤纶短纤（化学纤维），关键工序数控化率77%，生产设备联网率72%，人均劳动生产率提升10%，"
      "产品不良率下降2.5%，单位产值能耗降低8%。先进级指标？", "att_2__sec_2=met",
      ind="C28", nc=77, net=72, lab=10, dr=2.5, en=8),
    C("zh", "advanced", "我们印教材和杂志（书刊印刷），关键工序数控化率64%，生产设备联网率58%，人均劳动生产率提升11%，"
      "产品不良率下降4%，单位产值能耗降低5%。先进级指标？", "att_2__sec_2=met",
      ind="C23", nc=64, net=58, lab=11, dr=4, en=5),
    C("zh", "advanced", "我们做实木地板，关键工序数控化率60%，生产设备联网率50%，人均劳动生产率提升12%，产品不良率下降4%，"
      "单位产值能耗降低3%。先进级指标？", "att_2__sec_2=not_met",
      ind="C20", nc=60, net=50, lab=12, dr=4, en=3),
    C("zh", "advanced", "我们是做办公家具的（办公椅、工位），关键工序数控化率66%、设备联网率57%、人均劳动生产率提升10%，"
      "其余两项没测。先进级指标？", "att_2__sec_2=met", ind="C21", nc=66, net=57, lab=10),
    C("zh", "advanced", "我们做皮鞋，关键工序数控化率62%，生产设备联网率54%，人均劳动生产率提升9%，产品不良率下降5%，"
      "单位产值能耗降低4%。先进级？", "att_2__sec_2=not_met",
      ind="C19", nc=62, net=54, lab=9, dr=5, en=4),
    C("zh", "advanced", "我们给学校做校服和职业装，关键工序数控化率65%，生产设备联网率55%，人均劳动生产率提升10%，"
      "不良率和能耗还没统计。先进级指标怎么样？", "att_2__sec_2=met", ind="C18", nc=65, net=55, lab=10),
    C("zh", "advanced", "我们纺纱（棉纱），关键工序数控化率70%，生产设备联网率60%，人均劳动生产率提升8%，不良率下降4%，"
      "单位产值能耗降低3%。先进级指标？", "att_2__sec_2=not_met",
      ind="C17", nc=70, net=60, lab=8, dr=4, en=3),
    C("zh", "advanced", "我们是卷烟厂，关键工序数控化率95%，生产设备联网率90%，人均劳动生产率提升12%，产品不良率下降6%，"
      "单位产值能耗降低5%。先进级指标？", "att_2__sec_2=met",
      ind="C16", nc=95, net=90, lab=12, dr=6, en=5),
    C("zh", "advanced", "我们生产片剂和胶囊（化学药制剂），关键工序数控化率79%，生产设备联网率70%，人均劳动生产率提升8%，"
      "产品不良率下降5%，单位产值能耗降低3.9%。先进级指标？", "att_2__sec_2=met",
      ind="C27", nc=79, net=70, lab=8, dr=5, en=3.9),
    C("zh", "advanced", "我们做服务器和存储设备，关键工序数控化率85%，生产设备联网率75%，人均劳动生产率提升7%，"
      "产品不良率下降3%，单位产值能耗降低6%。先进级指标？", "att_2__sec_2=not_met",
      ind="C39", nc=85, net=75, lab=7, dr=3, en=6),
    C("zh", "advanced", "我们做集成电路封装测试。关键工序数控化率79.5%，不对，我刚查了报表，是81%。生产设备联网率72%，"
      "人均劳动生产率提升8%。先进级指标够吗？", "att_2__sec_2=met",
      ind="C39", nc=81, net=72, lab=8),
    C("zh", "basic", "我们是注册在北京的自来水厂（自来水生产和供应），独立法人，规上。主体条件满足吗？", "art_5__item_1=met",
      prov="北京", ilp=True, ads=True, ind="D46"),
    C("zh", "basic", "我们是一家软件开发公司，注册在北京海淀，独立法人，年收入3亿元。能申请基础级智能工厂吗？", "art_5__item_1=not_met",
      prov="北京", dist="海淀区", ilp=True, rev=30000, ind="I65"),
    C("zh", "basic", "我们是北京注册的分公司，不是独立法人，规上，做速冻食品。第一项条件满足吗？", "art_5__item_1=not_met",
      prov="北京", ilp=False, ads=True, ind="C14"),
    C("zh", "advanced", "我们集团另一家工厂的关键工序数控化率有90%，我们自己这家厂是76%，生产设备联网率73%，人均劳动生产率提升9%。"
      "我们做汽车座椅。先进级指标够吗？", "att_2__sec_2=met",
      amb=["另一家工厂的关键工序数控化率有90%"], note="the 90% is another factory's figure",
      ind="C36", nc=76, net=73, lab=9),
    C("zh", "advanced", "我们全员劳动生产率提升了12%，关键设备数控化率85%，设备综合利用率提升了20%。做工业机器人的。先进级指标能过吗？",
      "att_2__sec_2=unknown",
      amb=["全员劳动生产率提升了12%", "关键设备数控化率85%", "设备综合利用率提升了20%"],
      note="annex-3 KPIs 15, 1 and 10, not the att_2-1 columns (人均劳动生产率, 关键工序数控化率, 生产设备联网率)",
      ind="C34"),
    C("zh", "advanced", "我们产品良品率从95%提到了97%，关键工序数控化率82%，生产设备联网率71%。做PCB线路板的。先进级？",
      "att_2__sec_2=unknown",
      amb=["良品率从95%提到了97%"], note="a change between two values, not one defect_rate_reduction",
      ind="C39", nc=82, net=71),
    C("zh", "advanced", "单位产品综合能耗降低了12%，生产设备联网率78%，关键工序数控化率76%，人均劳动生产率提升10%。做化肥的。先进级指标够吗？",
      "att_2__sec_2=met", amb=["单位产品综合能耗降低了12%"],
      note="annex-3 KPI 16 (单位产品综合能耗), not 单位产值能源消耗降低",
      ind="C26", net=78, nc=76, lab=10),
    C("zh", "advanced", "我们既做锂电池也做手机，关键工序数控化率78%，生产设备联网率70%，人均劳动生产率提升8%。先进级指标过没过？",
      "", amb=["既做锂电池也做手机"], note="two products of different rows (C38 row_4, C39 row_3): no industry_code",
      nc=78, net=70, lab=8),
    C("zh", "basic", "我们母公司年营收8亿，我们这个子公司是独立法人，注册在北京昌平区，做光伏组件。规上这条怎么算？",
      "art_5__item_1=unknown", amb=["母公司年营收8亿"], note="the parent's revenue is not the applicant's",
      ilp=True, prov="北京", dist="昌平区", ind="C38"),
    C("zh", "basic", "跟你说下我们情况哈：北京丰台注册，独立法人，规上工业企业，做汽车刹车片，厂子建好在正常生产，产品有竞争力，"
      "近三年经营财务都好，没不良信用，没出过事故也没违法违规，产品符合北京产业政策、技术先进，关键设备和软件安全可控，"
      "网络数据安全风险可控，有专门的智能工厂推进组织和专业人才，成熟度二级，五个环节都做了，已经数字化达标。基础级够了吧？",
      "att_1__sec_2=met", prov="北京", dist="丰台区", ilp=True, ads=True, ind="C36", built=True, op=True, comp=True,
      fin=True, credit=False, inc=[], vio=[], pol=True, tech=True, sec=True, cyber=True, org=True, talent=True, mat=2,
      dom="fc rd po pm om", dig=True),
    C("zh", "basic", "我们的情况：北京注册、独立法人、规上，做乳制品（酸奶），工厂在运行，就是成熟度只有一级。基础级能报吗？",
      "art_5__item_7=not_met", mat=1, prov="北京", ilp=True, ads=True, ind="C14", op=True),
    C("zh", "basic", "我们工业总产值说是4亿，但主营业务收入只有1500万元。北京注册的独立法人，做矿泉水。规上吗？",
      "art_5__item_1=not_met", amb=["工业总产值说是4亿"], note="output value is not main-business revenue",
      rev=1500, prov="北京", ilp=True, ind="C15"),
    C("zh", "basic", "咱们网络安全和数据安全风险都可控，但说实话关键装备里有几台进口设备，安全可控这条做不到。第五项？",
      "art_5__item_5=not_met", cyber=True, sec=False),
    C("zh", "basic", "有专门的智能制造推进办，但是专业人才还没有，主要靠外包。第六项满足吗？", "art_5__item_6=not_met",
      org=True, talent=False),
    C("zh", "basic", "我们产品符合北京产业政策，但是工艺不算行业先进。第四项满足吗？", "art_5__item_4=not_met",
      pol=True, tech=False),
    C("zh", "basic", "我们工艺和技术都是行业先进的，主导产品也符合北京市产业政策。第四项满足吗？", "art_5__item_4=met",
      pol=True, tech=True),
    C("zh", "advanced", "成熟度我们是三级（集成级），基础级已在朝阳区备案，五个环节都做了。先进级还差啥？",
      "art_5__item_7=met art_7=met att_2__sec_1=met", mat=3, filed=True, fdist="朝阳区", dom="fc rd po pm om"),
    C("zh", "advanced", "我们做风电齿轮箱，两化融合管理体系评了AA级，关键工序数控化率72%，生产设备联网率66%，人均劳动生产率提升8.5%。"
      "先进级指标够不够？", "att_2__sec_2=met", amb=["两化融合管理体系评了AA级"],
      note="another assessment scheme, not a GB/T 39116 level",
      ind="C34", nc=72, net=66, lab=8.5),
    C("zh", "advanced", "我们数控化率从60%提升到了72%，生产设备联网率68%，人均劳动生产率提升9%，做激光切割机的。先进级指标？",
      "att_2__sec_2=unknown", amb=["数控化率从60%提升到了72%"],
      note="a change, and 数控化率 without 关键工序: not bound",
      ind="C34", net=68, lab=9),
    C("zh", "basic", "我们是煤矿（井工煤矿开采），北京房山注册，独立法人，规上。能申请北京基础级智能工厂吗？主体资格这条。",
      "art_5__item_1=met", ind="B06", prov="北京", dist="房山区", ilp=True, ads=True),
    C("zh", "advanced", "我们是北京的热电厂（电力生产），关键工序数控化率90%，生产设备联网率90%，人均劳动生产率提升15%。先进级指标怎么判？",
      "att_2__sec_2=unknown", ind="D44", nc=90, net=90, lab=15),
    C("zh", "advanced", "兄弟问下，做玩具（毛绒和塑料玩具）的，关键工序数控化率七成二，设备联网率六成六，人均劳动生产率提高百分之九，"
      "不良率没降反而升了1%。先进级指标能过吗？", "att_2__sec_2=met",
      ind="C24", nc=72, net=66, lab=9, dr=-1),
    C("zh", "advanced", "我们做电动自行车，人均劳动生产率提升8%，产品不良率下降5%，单位产值能耗降低5%，关键工序数控化率和设备联网率还没统计。"
      "先进级指标？", "att_2__sec_2=met", ind="C37", lab=8, dr=5, en=5),
    C("zh", "advanced", "做白酒（二锅头）的。关键工序数控化率66%，生产设备联网率54%，人均劳动生产率提升9%，"
      "剩下两项没有数。先进级指标还有希望吗？", "att_2__sec_2=unknown",
      ind="C15", nc=66, net=54, lab=9),
    C("zh", "advanced", "做方便面的。关键工序数控化率50%，生产设备联网率40%，人均劳动生产率提升6%，其余两项没测。先进级指标是不是已经没戏了？",
      "att_2__sec_2=not_met", ind="C14", nc=50, net=40, lab=6),
    C("zh", "basic", "成熟度自评刚做完：四级（优化级）。第七项没问题吧？", "art_5__item_7=met", mat=4),
    C("zh", "advanced", "公司2026年3月5日在大兴区完成基础级备案。2026年2月10日发生过一次重大火灾事故。能申请先进级吗？",
      "art_7=met art_5__item_3=not_met", filed=True, fdist="大兴区", fdate="2026-03-05",
      inc=[("safety", "major", "2026-02-10")]),
    C("zh", "basic", "我们北京注册，独立法人，规上，做冷鲜肉屠宰加工，成熟度二级，只覆盖了生产作业，指标高于省内同行业平均。基础级可以吗？",
      "att_1__sec_1=met att_1__sec_2=met", prov="北京", ilp=True, ads=True, ind="C13", mat=2, dom="po", avg=True),
    C("zh", "advanced", "我们基础级是2027年1月才会备案（计划），现在2026年12月，能不能按已备案先报先进级？",
      "art_7=not_met", filed=False,
      note="a planned filing in January 2027: not filed yet on the reference date"),
    C("zh", "basic", "问个事：关键工序数控化率只有40%，能申请基础级吗？别的条件应该都行。", "",
      nc=40, note="the basic level has no att_2-1 threshold; no basic condition reads the indicators"),
    C("zh", "advanced", "关键工序数控化率：百分之八十三；生产设备联网率：百分之七十；人均劳动生产率提升：百分之八；我们做液晶显示面板。"
      "请判断先进级指标。", "att_2__sec_2=met", nc=83, net=70, lab=8, ind="C39"),
    C("zh", "advanced", "我们做二甲双胍原料药，以前关键工序数控化率是60%，现在是82%；生产设备联网率72%；人均劳动生产率提升9%。先进级指标？",
      "att_2__sec_2=met", amb=["以前关键工序数控化率是60%"], note="the earlier value is not the level reached",
      ind="C27", nc=82, net=72, lab=9),
    C("zh", "advanced", "我们做无线耳机，产品不良率是1.8%，关键工序数控化率81%，生产设备联网率73%，人均劳动生产率提升9%。先进级指标？",
      "att_2__sec_2=met", amb=["产品不良率是1.8%"], note="a defect rate reached, not a reduction",
      ind="C39", nc=81, net=73, lab=9),
    C("zh", "advanced", "我们做挖掘机，行业平均关键工序数控化率大概60%，我们是72%；生产设备联网率66%；人均劳动生产率提升8%。先进级指标够吗？",
      "att_2__sec_2=met", amb=["行业平均关键工序数控化率大概60%"], note="the industry average, not the applicant's",
      ind="C35", nc=72, net=66, lab=8),
    C("zh", "advanced", "做口香糖和硬糖的，供应商准时交付率提升15%，订单准时交付率提升20%，库存周转率提升30%，"
      "关键工序数控化率66%，生产设备联网率56%。先进级指标？", "att_2__sec_2=unknown",
      amb=["供应商准时交付率提升15%", "订单准时交付率提升20%", "库存周转率提升30%"],
      note="annex-3 KPIs 12, 13 and 11, not att_2-1 columns", ind="C14", nc=66, net=56),
    C("zh", "advanced", "我们做滑雪板和雪杖，设备联网率目标是80%，目前实际做到62%；关键工序数控化率71%；人均劳动生产率提升8%。先进级？",
      "att_2__sec_2=unknown", amb=["目标是80%"], note="a target, not the rate reached",
      ind="C24", net=62, nc=71, lab=8),
    C("zh", "advanced", "研制周期缩短了25%，应用人工智能技术的场景比例40%，关键工序数控化率75%，设备联网率75%，人均劳动生产率提升10%。"
      "我们生产高纯石英玻璃管。先进级指标？", "att_2__sec_2=met",
      amb=["研制周期缩短了25%", "应用人工智能技术的场景比例40%"], note="annex-3 KPIs 5 and 3",
      ind="C30", nc=75, net=75, lab=10),
]
