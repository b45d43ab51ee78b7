"""English eligibility situations (heldout10): enterprise staff stating their own case. Values per the profile
schema: revenue in 万元 (RMB 45 million = 4500), indicators in percent, reductions and gains as positive numbers."""
from __future__ import annotations

from common import (
                    ADS,
                    ALL5,
                    AT,
                    AVG,
                    BF,
                    BFD,
                    BFT,
                    CR,
                    CYB,
                    DEF,
                    DOM,
                    DTC,
                    EN,
                    FB,
                    FC,
                    FIN,
                    FO,
                    INC,
                    IND,
                    LAB,
                    LP,
                    MAT,
                    MC,
                    NC,
                    NET,
                    OM,
                    ORG,
                    PM,
                    PO,
                    PP,
                    RD,
                    REV,
                    SEC,
                    TAL,
                    VIO,
                    D,
                    E,
                    P,
                    inc,
)

CASES = [
    # --- art_5 item 1 ------------------------------------------------------------------------------------------------
    E("We're registered in Haidian District, Beijing, we're our own legal entity, and last year's main business "
      "revenue was RMB 45 million. We make industrial robots. Can we go for the basic level?", "basic",
      {P: "北京", D: "海淀区", LP: True, REV: 4500, IND: "C34"}),
    E("Our company is registered in Tianjin; the plant itself sits in Tongzhou. Revenue last year was 60 million "
      "yuan. Does the Beijing basic level apply to us?", "basic",
      {P: "天津", REV: 6000}, amb=["Tongzhou"], note="the plant's place is not the registered address"),
    E("We're a branch of a Shenzhen-based group, not a separate legal person. We assemble laptops.", "basic",
      {LP: False, IND: "C39"}, amb=["Shenzhen"], note="the group's seat is not the applicant's registration"),
    E("Annual revenue is only 15 million yuan, so we're below the designated size. We make bread and pastries.",
      "advanced", {ADS: False, REV: 1500, IND: "C14"}),
    E("Registered in Shunyi, Beijing; independent legal entity; revenue of 1.2 billion yuan; we build aircraft "
      "engine parts.", "basic",
      {P: "北京", D: "顺义区", LP: True, REV: 120000, IND: "C37"}),
    E("We're a coal mining company registered in Beijing, an above-designated-size enterprise with its own legal "
      "personality.", "basic", {IND: "B06", P: "北京", ADS: True, LP: True}),
    E("We do IT system integration for factories, registered in Chaoyang, Beijing, independent legal person. "
      "Could we be a smart factory ourselves?", "basic",
      {IND: "I65", P: "北京", D: "朝阳区", LP: True}),
    E("Registered in Jiangsu, but our sales office is in Beijing. Turnover is RMB 300 million.", "advanced",
      {P: "江苏", REV: 30000}, amb=["sales office"], note="a sales office's place is not the registration"),
    E("Main business revenue: twenty-five million yuan. Registered in Pinggu, Beijing. Separate legal entity: yes. "
      "We make kitchen cabinets.", "basic",
      {REV: 2500, P: "北京", D: "平谷区", LP: True, IND: "C21"}),
    E("We're the municipal tap-water supply company, registered in Beijing, a legal person in our own right, with "
      "revenue of 900 million yuan.", "basic",
      {IND: "D46", P: "北京", LP: True, REV: 90000}),
    E("Registered in Shandong, legal entity, RMB 80 million in sales, making tyres.", "basic",
      {P: "山东", LP: True, REV: 8000, IND: "C29"}),
    # --- art_5 item 2 ------------------------------------------------------------------------------------------------
    E("The factory was completed last spring and has been running normally since. Our products are among the top "
      "sellers in the domestic market.", "basic", {FB: True, FO: True, MC: True}),
    E("Factory's built, but we haven't started production yet; trial runs begin next month.", "advanced",
      {FB: True, FO: False}),
    E("The plant is still under construction.", "basic", {FB: False}),
    E("The plant is built and producing, but frankly our product isn't competitive; we're losing share fast.",
      "advanced", {FB: True, FO: True, MC: False}),
    # --- art_5 item 3 ------------------------------------------------------------------------------------------------
    E("Over the last three years our finances have been sound, no bad credit record, no accidents of any kind and "
      "no violations.", "basic", {FIN: True, CR: False, INC: [], VIO: []}),
    E("We had a 'larger' grade (较大) safety accident on 12 March 2025. Can we still apply for the advanced level?",
      "advanced",
      {**inc(0, "safety", "larger", "2025-03-12")}),
    E("There was a general-grade environmental incident on 2024-06-30 and nothing else. Finances are healthy. "
      "We plan to apply for basic level.",
      "basic", {**inc(0, "environmental", "general", "2024-06-30"), FIN: True}),
    E("We were fined by the emergency management bureau on 5 September 2025 for a fire-safety lapse. "
      "Does that hurt our basic-level application?",
      "basic",
      {"violations.0.date": "2025-09-05"}),
    E("We're on the list of seriously dishonest entities. Is an advanced-level application pointless?",
      "advanced", {CR: True}),
    E("Our books have shown losses three years running; I wouldn't call our financial position sound.", "basic",
      {FIN: False}),
    E("A major (重大) quality accident happened at our plant on 2 February 2026. Can we still apply for basic level?",
      "basic",
      {**inc(0, "quality", "major", "2026-02-02")}),
    E("Back on 8 August 2020 we had a major environmental accident. Since then no incidents at all, no violations, "
      "sound finances and a clean credit record.", "advanced",
      {**inc(0, "environmental", "major", "2020-08-08"), VIO: [], FIN: True, CR: False}),
    E("Two incidents only: a general safety one on 2025-02-14 and a general quality one on 2026-05-06. "
      "Do they block a basic-level application?",
      "basic",
      {**inc(0, "safety", "general", "2025-02-14"), **inc(1, "quality", "general", "2026-05-06")}),
    E("Our only violation was a labelling fine on 10 January 2019. Finances fine, credit clean, no accidents ever.",
      "basic", {"violations.0.date": "2019-01-10", FIN: True, CR: False, INC: []}),
    E("We had an extraordinarily serious (特别重大) safety accident on 2024-07-19. "
      "Is the advanced level still open to us?",
      "advanced",
      {**inc(0, "safety", "extraordinary", "2024-07-19")}),
    E("Environmental: one larger-grade pollution incident on 2025-05-27. Credit record clean. Basic level possible?",
      "basic",
      {**inc(0, "environmental", "larger", "2025-05-27"), CR: False}),
    # --- art_5 items 4, 5, 6 -----------------------------------------------------------------------------------------
    E("Our flagship product fits Beijing's industrial policy and our technology is advanced; we use the sector's "
      "leading processes.", "basic", {PP: True, AT: True}),
    E("Our main product doesn't fit Beijing's industrial policy any more; it's on the restricted list.", "advanced",
      {PP: False}),
    E("The product is policy-compliant, but our technology is pretty dated.", "basic", {PP: True, AT: False}),
    E("All key equipment, industrial software and the OS are secure and controllable, and cyber and data-security "
      "risks are under control.", "advanced", {SEC: True, CYB: True}),
    E("Our control-system software is foreign and we can't vouch that it's secure and controllable.", "basic",
      {SEC: False}),
    E("Network and data security risks are not under control right now.", "basic", {CYB: False}),
    E("We've set up a smart-factory steering committee and have a team of about thirty smart-manufacturing "
      "specialists.", "basic", {ORG: True, TAL: True}),
    E("There's no dedicated organisation for smart-factory planning yet, though we do have plenty of "
      "smart-manufacturing talent.", "advanced", {ORG: False, TAL: True}),
    # --- art_5 item 7 ------------------------------------------------------------------------------------------------
    E("Our GB/T 39116 maturity is level two.", "basic", {MAT: 2}),
    E("We self-assessed at maturity level 1 on the national platform.", "advanced", {MAT: 1}),
    E("Smart manufacturing capability maturity: Level 3 (integrated).", "advanced", {MAT: 3}),
    E("We reached the 'optimising' stage of the maturity model, level four.", "basic", {MAT: 4}),
    E("Maturity level: five (leading).", "advanced", {MAT: 5}),
    # --- domains -----------------------------------------------------------------------------------------------------
    E("So far we've covered factory construction and R&D design, nothing on the production operation side yet.",
      "basic", {DOM: [FC, RD]}),
    E("We cover all five domains: factory construction, R&D design, production operation, production management "
      "and operations management.", "advanced", {DOM: ALL5}),
    E("We've done all five construction domains except operations management.", "advanced",
      {DOM: [FC, RD, PO, PM]}),
    E("Only production operation so far.", "basic", {DOM: [PO]}),
    E("Production operation, production management and operations management are covered; factory construction and "
      "R&D design aren't.", "advanced", {DOM: [PO, PM, OM]}),
    E("Every construction domain except factory construction is in place.", "advanced", {DOM: [RD, PO, PM, OM]}),
    # --- basic effectiveness -----------------------------------------------------------------------------------------
    E("Our main technical and economic indicators beat the Beijing industry average.", "basic", {AVG: True}),
    E("We haven't passed the digital transformation compliance check yet, and we're below the industry average.",
      "basic", {DTC: False, AVG: False}),
    E("We're already certified as digital-transformation compliant (数字化达标).", "basic", {DTC: True}),
    # --- basic filing ------------------------------------------------------------------------------------------------
    E("We completed the basic-level filing with the Changping district authority on 15 October 2025.", "advanced",
      {BF: True, BFD: "昌平区", BFT: "2025-10-15"}),
    E("We never filed at basic level. Can we still apply for advanced?", "advanced", {BF: False}),
    E("We're filed at basic level in Tongzhou, filing dated 2026-04-20.", "advanced",
      {BF: True, BFD: "通州区", BFT: "2026-04-20"}),
    # --- indicators (advanced) ---------------------------------------------------------------------------------------
    E("We do wafer fabrication. Key-process NC rate 86%, equipment networking 72%, labour productivity up 10%, "
      "defect rate down 5%, energy per unit of output value down 8%.", "advanced",
      {IND: "C39", NC: 86, NET: 72, LAB: 10, DEF: 5, EN: 8}),
    E("Generic tablets maker: NC rate seventy-nine percent, networking seventy-one percent, labour productivity gain "
      "eight percent, defect reduction four percent, energy reduction four percent.", "advanced",
      {IND: "C27", NC: 79, NET: 71, LAB: 8, DEF: 4, EN: 4}),
    E("We build car bodies for an automaker. NC rate 68%, networking 63%, labour productivity +9%, defect rate "
      "-5.5%, energy per output value -4%.", "advanced",
      {IND: "C36", NC: 68, NET: 63, LAB: 9, DEF: 5.5, EN: 4}),
    E("Office furniture maker: key-process NC rate three quarters, equipment networking four fifths.", "advanced",
      {IND: "C21", NC: 75, NET: 80}),
    E("Fertiliser plant: key-process NC rate 77, networking 76, labour productivity up 12 (all in percent).",
      "advanced", {IND: "C26", NC: 77, NET: 76, LAB: 12}),
    E("We roll aluminium sheet. NC rate 74%, networking 75%, labour productivity +10%, defect rate down 1.8%, "
      "energy per unit of output value down 10%.", "advanced",
      {IND: "C32", NC: 74, NET: 75, LAB: 10, DEF: 1.8, EN: 10}),
    E("Dairy: NC 64%, networking 54%, labour productivity +9.5%, defect rate -4.5%, energy intensity -3.9%.",
      "advanced", {IND: "C14", NC: 64, NET: 54, LAB: 9.5, DEF: 4.5, EN: 3.9}),
    E("Medical devices (infusion pumps): NC rate 70, networking 65, labour productivity gain 8, all in percent.",
      "advanced", {IND: "C35", NC: 70, NET: 65, LAB: 8}),
    E("We make sports shoes: NC rate 66%, networking 52%, defect rate down 6%.", "advanced",
      {IND: "C19", NC: 66, NET: 52, DEF: 6}),
    E("LCD panels: NC 81%, networking 69%, labour productivity +7%, defects -3.9%, energy per output value -6.9%.",
      "advanced", {IND: "C39", NC: 81, NET: 69, LAB: 7, DEF: 3.9, EN: 6.9}),
    E("Injectable biologics: key-process NC rate eighty-two point five percent, equipment networking seventy "
      "percent.", "advanced", {IND: "C27", NC: 82.5, NET: 70}),
    E("We do aircraft maintenance and repair. NC rate 71%, networking 66%, productivity +8%, defects -5%, energy "
      "-5%.", "advanced", {IND: "C43", NC: 71, NET: 66, LAB: 8, DEF: 5, EN: 5}),
    E("We make bicycles: NC 72 %, networking 60 %, labour productivity up 9 %.", "advanced",
      {IND: "C37", NC: 72, NET: 60, LAB: 9}),
    E("Hot-rolled steel coil: NC rate 76%, networking 78%, labour productivity up 11%.", "advanced",
      {IND: "C31", NC: 76, NET: 78, LAB: 11}),
    E("Cotton yarn spinning mill. Figures, all %: NC 70, networking 60, productivity +11, defects -6, energy -5.",
      "advanced", {IND: "C17", NC: 70, NET: 60, LAB: 11, DEF: 6, EN: 5}),
    E("We produce instant noodles. NC rate is 58%, networking 50%, labour productivity up 10%.", "advanced",
      {IND: "C14", NC: 58, NET: 50, LAB: 10}),
    E("Power transformers: NC 69%, networking 66%, labour productivity +7%, defects -4%, energy per output value "
      "-6%.", "advanced", {IND: "C38", NC: 69, NET: 66, LAB: 7, DEF: 4, EN: 6}),
    E("Our numbers: key-process NC 90%, networking 90%, labour productivity +20%, defect rate -10%, energy per "
      "output value -12%. Surely that clears every row?", "advanced",
      {NC: 90, NET: 90, LAB: 20, DEF: 10, EN: 12},
      note="no industry stated: the contract makes the indicator condition unknown"),
    E("Flat glass maker. Networking rate is three quarters of our production equipment; key-process NC nine "
      "tenths.", "advanced", {IND: "C30", NET: 75, NC: 90}),
    # --- combined ----------------------------------------------------------------------------------------------------
    E("Hi, we're registered in Fangshan District, Beijing, an independent legal entity with RMB 520 million revenue "
      "last year, making PVC pipes. The plant is built and runs normally, and we're competitive in North China. "
      "Finances sound for three years, no dishonesty record, no accidents, no violations. Maturity level 2. We cover "
      "production operation and production management. Our indicators are above the Beijing industry average. "
      "Basic level OK?", "basic",
      {P: "北京", D: "房山区", LP: True, REV: 52000, IND: "C29", FB: True, FO: True, MC: True, FIN: True, CR: False,
       INC: [], VIO: [], MAT: 2, DOM: [PO, PM], AVG: True}),
    E("Quick summary: registered in Daxing, Beijing, we make servers, above designated size, legal entity. Basic "
      "filing done on 2025-06-12 in Daxing. Maturity 3. All five domains. NC 84%, networking 74%, labour "
      "productivity +6%, defects -5%, energy per output value -7.5%. Advanced?", "advanced",
      {P: "北京", D: "大兴区", IND: "C39", ADS: True, LP: True, BF: True, BFD: "大兴区", BFT: "2025-06-12", MAT: 3,
       DOM: ALL5, NC: 84, NET: 74, LAB: 6, DEF: 5, EN: 7.5}),
    E("Auto parts supplier, maturity level 2, basic level not filed yet; NC 75%, networking 70%, labour "
      "productivity +9%.", "advanced",
      {IND: "C36", MAT: 2, BF: False, NC: 75, NET: 70, LAB: 9}),
    E("We had a larger-grade environmental accident on 2025-09-18; our maturity level is 3 and we cover all five "
      "domains.", "basic",
      {**inc(0, "environmental", "larger", "2025-09-18"), MAT: 3, DOM: ALL5}),
    E("Textile firm registered in Miyun, Beijing, 30 million yuan revenue, not an independent legal person "
      "(we're a branch), maturity level 2.", "basic",
      {P: "北京", D: "密云区", REV: 3000, LP: False, IND: "C17", MAT: 2}),
    E("We make pharmaceuticals: maturity level 4, basic filing done 2025-12-10 in Changping, "
      "production operation, production management and operations management covered, NC 83%, networking 72%, "
      "labour productivity +9%.", "advanced",
      {IND: "C27", MAT: 4, BF: True, BFT: "2025-12-10", BFD: "昌平区", DOM: [PO, PM, OM],
       NC: 83, NET: 72, LAB: 9}),
    # --- planted ambiguities -----------------------------------------------------------------------------------------
    E("The industry average key-process NC rate is 72%; ours is a bit higher but I don't have the exact figure. "
      "We make valves.", "advanced", {IND: "C34"}, amb=["72%"], note="an industry average"),
    E("Our parent group reports an equipment networking rate of 81% across all its plants. We make LED lamps.",
      "advanced", {IND: "C38"}, amb=["81%"], note="the group's figure, not this factory's"),
    E("Our target for next year is a 10% cut in energy per unit of output value; so far we've cut it by 6%. We make "
      "frozen dumplings.", "advanced", {IND: "C14", EN: 6}, amb=["10%"], note="10 is a target"),
    E("Our defect rate fell from 1.5% to 1.2%. We make printed circuit boards.", "advanced",
      {IND: "C39"}, amb=["1.5%", "1.2%"], note="two levels; a reduction would be computed (relative or in points)"),
    E("Labour productivity went from 400k to 480k yuan per head. We make sofas.", "advanced",
      {IND: "C21"}, amb=["400k", "480k"], note="two levels; the gain would be computed"),
    E("Overall equipment effectiveness improved 15% and inventory turnover is up 20%. We make paints.", "advanced",
      {IND: "C26"}, amb=["15%", "20%"], note="annex 3 KPIs 10 and 11, not att_2-1 indicators"),
    E("Our key-equipment NC rate (the annex 3 KPI) is 90%. We make machine tools.", "advanced",
      {IND: "C34"}, amb=["90%"], note="kpi_1 关键设备 is not 关键工序数控化率"),
    E("Company-wide labour productivity (全员劳动生产率) rose 14%. We brew beer.", "advanced",
      {IND: "C15"}, amb=["14%"], note="kpi_15 is not att_2-1's 人均劳动生产率 per the contract's note"),
    E("Comprehensive energy consumption per unit of product went down 9%. We make ceramic tiles.", "advanced",
      {IND: "C30"}, amb=["9%"], note="kpi_16 (per unit of product) is not energy per unit of output value"),
    E("We hold DCMM level 4 and ISO 9001, but have no GB/T 39116 assessment yet. We're a separate legal entity.",
      "basic", {LP: True}, amb=["level 4"], note="DCMM is another maturity model"),
    E("Our Tianjin plant was rated maturity level 3; the Beijing plant hasn't been assessed, though it is built and "
      "running.", "basic", {FB: True, FO: True}, amb=["level 3", "Tianjin"], note="another plant's level and place"),
    E("We make both smartphones and car parts, roughly fifty-fifty. Maturity level 2.", "advanced",
      {MAT: 2}, amb=["smartphones", "car parts"], note="products of two divisions (C39, C36)"),
    E("Our networking rate rose by 12 percentage points this year. We make cables.", "advanced",
      {IND: "C38"}, amb=["12 percentage points"], note="a change, not the rate reached"),
    E("The group had revenue of 5 billion yuan; our subsidiary is a separate legal entity registered in Beijing.",
      "basic", {LP: True, P: "北京"}, amb=["5 billion"], note="the group's revenue, not the applicant's"),
    E("Leading competitors are at 95% networking; we're well behind. We make solar panels.", "advanced",
      {IND: "C38"}, amb=["95%"], note="competitors' figure"),
    E("Last year our NC rate was 66%; this year it's 71%. We make pumps.", "advanced",
      {IND: "C34", NC: 71}, amb=["66%"], note="66 is the earlier value"),
]
