# ruff: noqa: E501 (the questions are kept whole on their lines)
"""English (and mixed) situations: an enterprise states its own case."""
from __future__ import annotations

from cases_zh import C

EN = [
    C("en", "advanced", "Hi team, quick one. We assemble smartphones in Beijing. Key-process CNC rate is 82%, production "
      "equipment networking rate 71%, labour productivity per worker up 9%, defect rate down 3.5%, energy per unit of "
      "output value down 6%. Do we clear the advanced-level indicator test?", "att_2__sec_2=met",
      ind="C39", nc=82, net=71, lab=9, dr=3.5, en=6),
    C("en", "advanced", "We brew craft beer. Key process NC rate sixty-five percent, equipment networking fifty-five percent, "
      "per-capita labour productivity up ten percent, defect rate reduction five percent, energy per output value "
      "down four percent. Advanced level indicators OK?", "att_2__sec_2=met",
      ind="C15", nc=65, net=55, lab=10, dr=5, en=4),
    C("en", "advanced", "Our plant makes insulin and other biologic drugs. Key process NC rate is 79.9%, networking rate of "
      "production equipment 70%, labour productivity gain 8%, defect-rate reduction 4%, energy intensity per output "
      "value cut by 4%. Do we meet at least three of the five for the advanced level?", "att_2__sec_2=met",
      ind="C27", nc=79.9, net=70, lab=8, dr=4, en=4),
    C("en", "advanced", "Email from our plant manager:\n\nDear consultant,\nwe produce float glass. Our figures: key-process "
      "NC rate 75%, production-equipment networking rate 74%, labour productivity per head +9.5%, defect rate "
      "-2%, energy consumption per unit of output value -10%.\nAre we at the advanced-level thresholds?\n\nBest, Li",
      "att_2__sec_2=met", ind="C30", nc=75, net=74, lab=9.5, dr=2, en=10),
    C("en", "advanced", "we make tractors and combine harvesters. key-process CNC 69%, networking 64%, productivity per "
      "worker +7.9%, defects -5%, energy per output value -5%. advanced indicators?", "att_2__sec_2=not_met",
      ind="C35", nc=69, net=64, lab=7.9, dr=5, en=5),
    C("en", "advanced", "We're an EV battery maker (lithium-ion cells and packs). Key process NC rate 70%, equipment "
      "networking 65%, labour productivity up 8%; the other two indicators we haven't measured. Advanced-level "
      "indicator check please.", "att_2__sec_2=met", ind="C38", nc=70, net=65, lab=8),
    C("en", "advanced", "We make server motherboards and PCBs. Key process NC rate 80%, networking rate 69%, productivity "
      "per worker +8%, defect rate down 3.9%, energy per unit output value down 7%. Advanced indicators - pass?",
      "att_2__sec_2=met", ind="C39", nc=80, net=69, lab=8, dr=3.9, en=7),
    C("en", "advanced", "Slack msg from ops: our paint & coatings line: key-process NC 74%, equip networking 75%, labour "
      "productivity +10%, defect rate -1.5%, energy per output value -9%. Is that enough for advanced?",
      "att_2__sec_2=not_met", ind="C26", nc=74, net=75, lab=10, dr=1.5, en=9),
    C("en", "advanced", "We refine crude oil into diesel and gasoline. Key-process NC rate 76%, equipment networking 76%, "
      "labour productivity +10%. We have no numbers yet for defects or energy. Advanced level indicators?",
      "att_2__sec_2=met", ind="C25", nc=76, net=76, lab=10),
    C("en", "advanced", "We produce rebar and wire rod (steel rolling). Key process NC rate 80%, networking 70%, productivity "
      "per worker +12%, defects down 3%, energy per output value down 11%. Advanced?", "att_2__sec_2=met",
      ind="C31", nc=80, net=70, lab=12, dr=3, en=11),
    C("en", "advanced", "Copper foil for batteries is what we roll (non-ferrous rolling). Key-process NC 74%, networking 74%, "
      "labour productivity +9%, defect rate -2%, energy per output value -10%. Advanced indicators?",
      "att_2__sec_2=not_met", ind="C32", nc=74, net=74, lab=9, dr=2, en=10),
    C("en", "advanced", "We manufacture shipping containers. Key process NC rate 71%, networking 66%, labour productivity "
      "+8%, defect reduction 5%, energy per output value -5%. Advanced level thresholds met?", "att_2__sec_2=met",
      ind="C33", nc=71, net=66, lab=8, dr=5, en=5),
    C("en", "advanced", "Industrial pumps and valves manufacturer here. Key process NC 65%, networking 60%, productivity per "
      "worker +7%, defects -6%, energy per output value -6%. Advanced?", "att_2__sec_2=not_met",
      ind="C34", nc=65, net=60, lab=7, dr=6, en=6),
    C("en", "advanced", "We build pianos and violins. Key process NC rate 70 percent, networking 65 percent, labour "
      "productivity gain eight percent. Advanced indicators?", "att_2__sec_2=met", ind="C24", nc=70, net=65, lab=8),
    C("en", "advanced", "We make badminton rackets and basketballs. Key-process NC rate 60%, networking rate 60%, per-worker "
      "productivity +9%, defect rate down 5%, energy per output value down 5%. Advanced level?", "att_2__sec_2=met",
      ind="C24", nc=60, net=60, lab=9, dr=5, en=5),
    C("en", "advanced", "We assemble satellites. Key process NC rate 72%, equipment networking 66%, labour productivity "
      "+8%, defect rate -5%, energy per output value -5%. Advanced indicators?", "att_2__sec_2=met",
      ind="C37", nc=72, net=66, lab=8, dr=5, en=5),
    C("en", "advanced", "We make LED lamps and light fixtures. Key-process CNC 69.9%, networking 64.9%, labour productivity "
      "+7.9%, defects -4.9%, energy per output value -4.9%. So close - advanced?", "att_2__sec_2=not_met",
      ind="C38", nc=69.9, net=64.9, lab=7.9, dr=4.9, en=4.9),
    C("en", "advanced", "Lab analysers (gas chromatographs, spectrometers) are our products. Key process NC 75%, networking "
      "70%, labour productivity +10%. Advanced?", "att_2__sec_2=met", ind="C40", nc=75, net=70, lab=10),
    C("en", "advanced", "We recycle scrap plastics into pellets. Key-process NC 72%, networking 66%, labour productivity "
      "+8%, defects -5%, energy per output value -5%. Advanced indicators?", "att_2__sec_2=met",
      ind="C42", nc=72, net=66, lab=8, dr=5, en=5),
    C("en", "advanced", "We bake bread and cakes for supermarkets. Key process NC rate 64%, equipment networking 54%, "
      "productivity per worker +9%, defect rate -4%, energy per output value -3%. Advanced?", "att_2__sec_2=not_met",
      ind="C14", nc=64, net=54, lab=9, dr=4, en=3),
    C("en", "advanced", "We process jasmine tea and other refined teas. Key process NC 66%, networking 56%, productivity "
      "+11%, nothing measured yet for defects and energy. Advanced?", "att_2__sec_2=met",
      ind="C15", nc=66, net=56, lab=11),
    C("en", "advanced", "Our mill weaves bath towels and bed sheets. Key process NC rate 65%, networking 50%, labour "
      "productivity +9%, defect rate -5%, energy per output value -4%. Advanced?", "att_2__sec_2=met",
      ind="C17", nc=65, net=50, lab=9, dr=5, en=4),
    C("en", "advanced", "We make leather handbags and wallets. Key process NC 60%, networking 50%, productivity +8%, "
      "defects -4%, energy per output value -3%. Advanced?", "att_2__sec_2=not_met",
      ind="C19", nc=60, net=50, lab=8, dr=4, en=3),
    C("en", "advanced", "Plywood and particleboard producer. Key process NC 65%, networking 55%, labour productivity +10%. "
      "Advanced indicators?", "att_2__sec_2=met", ind="C20", nc=65, net=55, lab=10),
    C("en", "advanced", "We make sofas and mattresses... key process NC rate sixty-six percent, networking fifty-four, "
      "productivity per worker up ten. Other two unknown. Advanced?", "att_2__sec_2=unknown",
      ind="C21", nc=66, net=54, lab=10),
    C("en", "advanced", "We produce toilet paper and tissues. Key-process NC 70%, networking 60%, labour productivity "
      "+12%, defect rate -6%, energy per output value -5%. Advanced?", "att_2__sec_2=met",
      ind="C22", nc=70, net=60, lab=12, dr=6, en=5),
    C("en", "advanced", "We print books and magazines. Key process NC 50%, networking 45%, productivity +5%, other two "
      "not tracked. Advanced?", "att_2__sec_2=not_met", ind="C23", nc=50, net=45, lab=5),
    C("en", "advanced", "Our factory spins polyester and nylon fibre. Key process NC 76%, networking 76%, labour "
      "productivity +9%, defect rate -1%, energy per output value -9%. Advanced?", "att_2__sec_2=not_met",
      ind="C28", nc=76, net=76, lab=9, dr=1, en=9),
    C("en", "advanced", "We mould PET bottles and plastic packaging film. Key process NC 75%, networking 75%, labour "
      "productivity +10%. Advanced?", "att_2__sec_2=met", ind="C29", nc=75, net=75, lab=10),
    C("en", "advanced", "We make ceramic toilets and washbasins. Key-process NC 74%, networking 73%, labour productivity "
      "+10%, defect rate down 2%, energy per output value down 10%. Advanced?", "att_2__sec_2=met",
      ind="C30", nc=74, net=73, lab=10, dr=2, en=10),
    C("en", "advanced", "We produce cigarettes. Key process NC rate 64%, networking 54%, labour productivity +9%, "
      "defect rate -4%, energy per output value -3%. Advanced?", "att_2__sec_2=not_met",
      ind="C16", nc=64, net=54, lab=9, dr=4, en=3),
    C("en", "advanced", "We manufacture traditional Chinese medicine granules (patent TCM). Key process NC 81%, "
      "networking 71%, productivity +9%. Advanced?", "att_2__sec_2=met", ind="C27", nc=81, net=71, lab=9),
    C("en", "advanced", "We build electric buses and trucks. Key process NC rate 70%, networking 64%, productivity "
      "per worker +7%, defects -5%. Energy not measured. Advanced?", "att_2__sec_2=unknown",
      ind="C36", nc=70, net=64, lab=7, dr=5),
    C("en", "advanced", "We fix and overhaul industrial machinery for other plants (repair services). Key process NC 70%, "
      "networking 65%, labour productivity +8%. Advanced?", "att_2__sec_2=met", ind="C43", nc=70, net=65, lab=8),
    C("en", "advanced", "We make household air conditioners. Key-process NC 72%, networking 67%, labour productivity up "
      "5%, defect rate down 3%, energy per output value down 4%. Advanced indicators?", "att_2__sec_2=not_met",
      ind="C38", nc=72, net=67, lab=5, dr=3, en=4),
    C("en", "advanced", "We make wafers for memory chips. Key process NC 88%, networking 79%, labour productivity up "
      "six percent, defect rate reduction 4.5 percent. Energy per output value: not computed. Advanced?",
      "att_2__sec_2=met", ind="C39", nc=88, net=79, lab=6, dr=4.5),
    C("en", "basic", "Registered in Beijing (Tongzhou), independent legal entity, main-business revenue last year RMB "
      "19.99 million, we make frozen dumplings. Can we apply for the basic level?", "art_5__item_1=not_met",
      prov="北京", dist="Tongzhou", ilp=True, rev=1999, ind="C14"),
    C("en", "basic", "We are registered in Beijing, an independent legal person, annual main business revenue exactly "
      "RMB 20 million, and we make bottled mineral water. Do we meet the applicant requirement (art. 5 item 1)?",
      "art_5__item_1=met", prov="北京", ilp=True, rev=2000, ind="C15"),
    C("en", "basic", "Our company is registered in Hebei, independent legal person, above designated size, making "
      "corrugated boxes; the factory itself is in Beijing. Eligible for the Beijing basic level?",
      "art_5__item_1=not_met", prov="河北", ilp=True, ads=True, ind="C22"),
    C("en", "basic", "Revenue: 180 million yuan. Registered in Beijing. Independent legal entity. We make vaccines. "
      "Applicant criteria OK?", "art_5__item_1=met", rev=18000, prov="北京", ilp=True, ind="C27"),
    C("en", "basic", "We're a Beijing-registered branch (not an independent legal person) of a Shanghai group, above "
      "designated size, making auto parts. Is item 1 met?", "art_5__item_1=not_met", amb=["Shanghai group"],
      note="the group's place is not the applicant's registration",
      prov="北京", ilp=False, ads=True, ind="C36"),
    C("en", "basic", "We do cloud software and SaaS, registered in Beijing, independent legal person, revenue RMB 500 "
      "million. Can we get basic-level smart factory status?", "art_5__item_1=not_met",
      ind="I65", prov="北京", ilp=True, rev=50000),
    C("en", "basic", "Our factory is built but not yet in operation - commissioning is planned for next spring. Our "
      "products are competitive. Basic level possible now?", "art_5__item_2=not_met",
      built=True, op=False, comp=True),
    C("en", "basic", "Factory finished and running normally; the company and its products are competitive in the "
      "market. Item 2 satisfied?", "art_5__item_2=met", built=True, op=True, comp=True),
    C("en", "basic", "The plant is still under construction. Basic level?", "art_5__item_2=not_met", built=False),
    C("en", "basic", "We had one 'larger' (较大) safety accident on 2024-08-15, nothing else. Can we still apply for "
      "the basic level?", "art_5__item_3=not_met", inc=[("safety", "larger", "2024-08-15")]),
    C("en", "basic", "In the last three years: finances sound, no bad credit record, no violations, and only one "
      "general-grade quality incident on 2025-02-14. Does item 3 hold?", "art_5__item_3=met",
      fin=True, credit=False, vio=[], inc=[("quality", "general", "2025-02-14")]),
    C("en", "basic", "We had a major environmental accident on 2022-03-01 (before the three-year window) and nothing "
      "since. No violations, finances sound, no bad credit. Item 3?", "art_5__item_3=met",
      inc=[("environmental", "major", "2022-03-01")], vio=[], fin=True, credit=False),
    C("en", "basic", "We were fined by the market regulator on 2026-06-30 for a labelling violation; no other "
      "violations. Does that block the basic level?", "art_5__item_3=not_met", vio=["2026-06-30"]),
    C("en", "basic", "We have no accidents and no violations at all in the last three years. Is item 3 met?",
      "art_5__item_3=unknown", inc=[], vio=[],
      note="finances and credit record not stated: the condition stays unknown"),
    C("en", "basic", "Our smart factory covers only production operations and production management. Enough "
      "construction content for basic?", "att_1__sec_1=met", dom="po pm"),
    C("en", "basic", "We've only done R&D design and operations management so far; no production operations yet. "
      "Basic level construction content OK?", "att_1__sec_1=not_met", dom="rd om"),
    C("en", "advanced", "We cover all five areas: factory construction, R&D design, production operations, production "
      "management and operations management. Does that satisfy the advanced construction content?",
      "att_2__sec_1=met", dom="fc rd po pm om"),
    C("en", "advanced", "Everything except operations management is covered (factory construction, R&D, production "
      "operations, production management). Advanced construction content?", "att_2__sec_1=not_met",
      dom="fc rd po pm"),
    C("en", "basic", "Our main technical-economic indicators are above the provincial average for our industry. Basic "
      "effectiveness requirement met?", "att_1__sec_2=met", avg=True),
    C("en", "basic", "We are below the regional industry average and not yet digital-transformation compliant "
      "(数字化达标). Basic effectiveness?", "att_1__sec_2=not_met", avg=False, dig=False),
    C("en", "basic", "Not above the industry average, but we did pass 数字化达标 already. Basic effectiveness OK?",
      "att_1__sec_2=met", avg=False, dig=True),
    C("en", "advanced", "We were recognised basic level and filed with the Changping district authority on "
      "2026-03-10. Can we apply for advanced now?", "art_7=met", filed=True, fdist="Changping", fdate="2026-03-10"),
    C("en", "advanced", "We have never filed for the basic level. Can we go straight to advanced?", "art_7=not_met",
      filed=False),
    C("en", "basic", "GB/T 39116 maturity self-assessment came out at level 1 (planning). Basic level OK?",
      "art_5__item_7=not_met", mat=1),
    C("en", "advanced", "Our GB/T 39116 maturity is level 2 (规范级). Is that enough for advanced, or do we need 3?",
      "art_5__item_7=met", mat=2),
    C("en", "advanced", "We have CMMI level 5 and DCMM level 4. Does that meet the maturity condition for advanced? "
      "We make drones' flight controllers... actually scratch that, we make industrial robots.", "",
      amb=["CMMI level 5", "DCMM level 4"], note="other maturity models; the self-correction leaves industrial robots",
      ind="C34"),
    C("en", "advanced", "Our OEE improved by 18%, overall labour productivity (全员劳动生产率) up 11%, key equipment NC rate "
      "88%. We make machine tools. Advanced indicators?", "att_2__sec_2=unknown",
      amb=["OEE improved by 18%", "overall labour productivity (全员劳动生产率) up 11%", "key equipment NC rate 88%"],
      note="annex-3 KPIs 10, 15 and 1, not att_2-1 columns", ind="C34"),
    C("en", "advanced", "Defect rate went from 2% to 1.2%; key-process NC rate 83%; networking 72%. We make routers "
      "and switches. Advanced?", "att_2__sec_2=unknown",
      amb=["Defect rate went from 2% to 1.2%"], note="two values, not one reduction",
      ind="C39", nc=83, net=72),
    C("en", "advanced", "Our sister plant in Tianjin has 85% key-process NC rate; ours here in Beijing is 66%, "
      "networking 56%, productivity per worker +10%. We make yogurt. Advanced?", "att_2__sec_2=met",
      amb=["sister plant in Tianjin has 85%"], note="another factory's figure",
      ind="C14", nc=66, net=56, lab=10),
    C("en", "advanced", "Energy per unit of product (单位产品综合能耗) down 12%, CO2 per unit of product down 15%, "
      "key-process NC rate 76%, networking 76%, labour productivity +10%. We make PVC resin. Advanced?",
      "att_2__sec_2=met", amb=["单位产品综合能耗) down 12%", "CO2 per unit of product down 15%"],
      note="annex-3 KPIs 16 and 17, not energy per output value", ind="C26", nc=76, net=76, lab=10),
    C("en", "advanced", "We do both vaccines and medical masks... key-process NC rate 81%, networking 70%, labour "
      "productivity +8%, and we make lithium batteries in a second workshop. Advanced?", "",
      amb=["lithium batteries in a second workshop"], note="products of two rows (C27, C38): no industry_code",
      nc=81, net=70, lab=8),
    C("en", "basic", "Parent group revenue is RMB 2 billion; our subsidiary (independent legal person, registered in "
      "Beijing, making water pumps) hasn't disclosed its own. Above designated size?", "art_5__item_1=unknown",
      amb=["Parent group revenue is RMB 2 billion"], note="the parent's revenue is not the applicant's",
      ilp=True, prov="北京", ind="C34"),
    C("en", "basic", "Gross output value 300 million yuan, but main-business revenue only 12 million. Beijing-"
      "registered independent legal person producing cosmetics. Item 1?", "art_5__item_1=not_met",
      amb=["Gross output value 300 million yuan"], note="output value is not main-business revenue",
      rev=1200, prov="北京", ilp=True, ind="C26"),
    C("en", "basic", "Key equipment and industrial software are secure and controllable, but honestly our cyber and "
      "data security risk isn't under control yet. Item 5?", "art_5__item_5=not_met", sec=True, cyber=False),
    C("en", "basic", "We have a smart-manufacturing steering office and a team of 30 smart manufacturing engineers. "
      "Item 6?", "art_5__item_6=met", org=True, talent=True),
    C("en", "basic", "Main product is in line with Beijing's industrial policy; technology advanced. Item 4?",
      "art_5__item_4=met", pol=True, tech=True),
    C("en", "basic", "Our main product does not fit Beijing's industrial policy (it's on the restricted list). "
      "Basic level?", "art_5__item_4=not_met", pol=False),
    C("en", "basic", "Full picture for basic: registered in Beijing, independent legal person, above designated size, "
      "we make elevators; factory built, running and competitive; 3 yrs sound finances, no bad credit, no accidents, "
      "no violations; product policy-compliant, advanced tech; secure & controllable, cyber/data risk controllable; "
      "org mechanism and talent in place; maturity level 3; we cover production operations, production management "
      "and operations management only; above the provincial industry average. Eligible?", "att_1__sec_1=met",
      prov="北京", ilp=True, ads=True, ind="C34", built=True, op=True, comp=True, fin=True, credit=False, inc=[],
      vio=[], pol=True, tech=True, sec=True, cyber=True, org=True, talent=True, mat=3, dom="po pm om", avg=True),
    C("en", "advanced", "We only reached maturity level one. We are Beijing-registered, an independent legal person, "
      "above designated size, making subway cars. Advanced?", "art_5__item_7=not_met",
      mat=1, prov="北京", ilp=True, ads=True, ind="C37"),
    C("en", "advanced", "Mixed case: 我们做无菌注射剂 (sterile injectables), key-process NC rate 80%, 设备联网率 70%, "
      "人均劳动生产率提升 8%. Advanced indicators?", "att_2__sec_2=met", ind="C27", nc=80, net=70, lab=8),
    C("en", "advanced", "We're a coal-fired power plant in Beijing. Key-process NC 90%, networking 95%, productivity "
      "+12%. Advanced indicator test?", "att_2__sec_2=unknown", ind="D44", nc=90, net=95, lab=12),
    C("en", "basic", "We run an iron ore mine registered in Beijing; independent legal person; above designated size. "
      "Applicant requirement met?", "art_5__item_1=met", ind="B08", prov="北京", ilp=True, ads=True),
    C("en", "advanced", "We make e-bikes. Key process NC rate: 68%. Wait, I misread the sheet - it's 71%. Networking "
      "66%, productivity per worker +8%. Advanced?", "att_2__sec_2=met", ind="C37", nc=71, net=66, lab=8),
    C("en", "advanced", "Key-process NC rate seventy-five point five percent, networking seventy-five, labour "
      "productivity plus ten, defect rate down two, energy per output value down ten (all percent). We make "
      "aluminium ingots (electrolytic aluminium). Advanced?", "att_2__sec_2=met",
      ind="C32", nc=75.5, net=75, lab=10, dr=2, en=10),
    C("en", "advanced", "We make potato chips and other snack foods... sorry, not chips: puffed corn snacks. Key process "
      "NC 65%, networking 54%, productivity per worker +10%, defect rate -4%, energy per output value -4%. Advanced?",
      "att_2__sec_2=met", ind="C14", nc=65, net=54, lab=10, dr=4, en=4),
    C("en", "basic", "We manufacture only in Beijing but are registered in Tianjin. We're above designated size and an "
      "independent legal person; we make school furniture. Basic level?", "art_5__item_1=not_met",
      prov="天津", ads=True, ilp=True, ind="C21"),
    C("en", "advanced", "Our filing for the basic level was done with the Daxing district on 2025-09-01. Maturity level "
      "3. All five construction areas covered. Advanced prerequisites OK?",
      "art_7=met art_5__item_7=met att_2__sec_1=met", filed=True, fdist="Daxing", fdate="2025-09-01", mat=3,
      dom="fc rd po pm om"),
    C("en", "basic", "Main-business revenue for our last full year was RMB 15 million (the year before: 25 million). "
      "Are we above the size line for a new basic application?", "", amb=["the year before: 25 million"],
      note="the earlier year's revenue is not the one that counts", rev=1500),
    C("en", "advanced", "Lithium battery separators (plastic film) are what we make - key-process NC 70%, networking "
      "70%, labour productivity +10%, defects -2%, energy per output value -10%. Advanced?", "att_2__sec_2=unknown",
      amb=["Lithium battery separators (plastic film)"],
      note="separator film could be read as C29 (plastic film) or C38 (battery parts): rows 5 and 4 differ here",
      nc=70, net=70, lab=10, dr=2, en=10),
    C("en", "advanced", "We make smartwatches. Our defect rate is now 0.8%; key-process NC rate 84%, networking 71%, "
      "labour productivity +8%. Advanced?", "att_2__sec_2=met", amb=["defect rate is now 0.8%"],
      note="a defect rate reached, not a reduction", ind="C39", nc=84, net=71, lab=8),
    C("en", "advanced", "The industry leader's key-process NC rate is 90%; ours is 77%. Networking 76%, labour "
      "productivity +10%. We make rock-wool insulation boards. Advanced?", "att_2__sec_2=met",
      amb=["industry leader's key-process NC rate is 90%"], note="another enterprise's figure",
      ind="C30", nc=77, net=76, lab=10),
    C("en", "advanced", "We build wind turbines. Target for next year: networking rate 85%; currently 68%. Key-process "
      "NC rate 71%, labour productivity +8%. Advanced?", "att_2__sec_2=met",
      amb=["Target for next year: networking rate 85%"], note="a target, not the rate reached",
      ind="C34", net=68, nc=71, lab=8),
    C("en", "advanced", "Frozen pizza maker here. Sales growth 30%, R&D cycle shortened by 20%, supplier on-time "
      "delivery up 12%; key-process NC rate 66%, networking 56%. Advanced indicators?", "att_2__sec_2=unknown",
      amb=["Sales growth 30%", "R&D cycle shortened by 20%", "supplier on-time delivery up 12%"],
      note="annex-3 KPIs 6, 5 and 12", ind="C14", nc=66, net=56),
    C("en", "advanced", "Energy consumption per unit of product is down 6% (that's per tonne, not per yuan of output). "
      "Key-process NC rate 70%, networking 64%, labour productivity +8%. We make stainless steel cookware. Advanced?",
      "att_2__sec_2=unknown", amb=["per unit of product is down 6%"],
      note="annex-3 KPI 16 (per unit of product), not energy per output value", ind="C33", nc=70, net=64, lab=8),
    C("en", "advanced", "Our products: brooms, floor brushes and other cleaning brushes (bristle processing). "
      "Key-process NC rate 70%, networking 65%, labour productivity +8%. Advanced?", "att_2__sec_2=met",
      ind="C41", nc=70, net=65, lab=8),
]
