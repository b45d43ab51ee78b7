"""Reading the registration (province, district) as firms write it (task reg24): a form's address line running
over commas ("Reg. address: Room 501, No. 10 Jiuxianqiao Road, Chaoyang District, Beijing"), places over a comma
("registered in Beijing, Fengtai District", "a Fengtai, Beijing-registered company"), the place of incorporation,
typos ("注测在丰台") and the other language's words ("我们是registered in Fangshan的"), a legal person of a place
("北京亦庄的独立法人"). Never a guess: a group's registration is not the applicant's (asked back when the applicant's
own is unsaid), a plant's place is not the registration's. bench/qa_sets/reg24_{a,b}.json score the same at scale."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import case_reader, facts

DAY = date(2026, 5, 20)
RP, RD = "registration.province", "registration.district"
BJ = "北京市"


@pytest.fixture(scope="module")
def read():
    return case_reader(DAY)


def asked_back(reading, field: str) -> bool:
    return field not in facts(reading) and any(field in a.fields for a in reading.asks.values())


@pytest.mark.parametrize("q, want", [
    ("Registered address: Room 501, Building 3, No. 10 Jiuxianqiao Road, Chaoyang District, Beijing",
     {RP: BJ, RD: "朝阳区"}),
    ("- Reg. address: No. 8 Kechuang St, Daxing District, Beijing\n- equipment networking rate 75%",
     {RP: BJ, RD: "大兴区", "indicators.equipment_networking_rate": 75}),
    ("Legal entity registered in Beijing, Fangshan district.", {RP: BJ, RD: "房山区"}),
    ("| Registered office | Floor 6, Tower B, 18 Zhongguancun Street, Haidian District, Beijing |",
     {RP: BJ, RD: "海淀区"}),
    ("| 注册地址 | 北京市海淀区中关村大街18号 |", {RP: BJ, RD: "海淀区"}),
    ("We are a Fengtai, Beijing-registered company.", {RP: BJ, RD: "丰台区"}),
    ("2.1 Basic information — Place of incorporation: Chaoyang District, Beijing.", {RP: BJ, RD: "朝阳区"}),
    ("Our plant is in Hebei, Beijing-registered company.", {RP: BJ}),
    ("我们公司注测在丰台 设备联网率65%", {RP: BJ, RD: "丰台区", "indicators.equipment_networking_rate": 65}),
    ("hi 我们是registered in Fangshan的，联网率70%",
     {RP: BJ, RD: "房山区", "indicators.equipment_networking_rate": 70}),
    ("我们是朝阳区的独立法人企业", {RP: BJ, RD: "朝阳区", "independent_legal_person": True}),
    ("集团总部注册在上海，申报单位是集团在北京房山注册的子公司", {RP: BJ, RD: "房山区"}),
    ("Our group is registered in Shanghai; the applicant, its Beijing subsidiary, is registered in Shunyi.",
     {RP: BJ, RD: "顺义区"}),
])
def test_registration_read(read, q, want):
    got = facts(read(q))
    for path, value in want.items():
        assert got.get(path) == value, (q, got)


def test_street_named_for_another_district_gives_no_district(read):
    got = facts(read("Registered address: 18 Chaoyang Road, Dongcheng District, Beijing"))
    assert got[RP] == BJ and RD not in got


def test_legal_person_of_yizhuang_no_district(read):
    got = facts(read("我们是北京亦庄的独立法人，设备联网率70%"))
    assert got[RP] == BJ and RD not in got  # 亦庄 lies in more than one district


@pytest.mark.parametrize("q", [
    "Our parent company is registered in Tianjin. Can we apply for the basic level?",
    "集团注册在上海，我们北京工厂想申报",
])
def test_group_registration_asked_back(read, q):
    r = read(q)
    assert asked_back(r, "registration.province")


@pytest.mark.parametrize("q", [
    "Our factory is in Pinggu, Beijing. Equipment networking rate 70%.",
    "我们工厂在平谷，设备联网率70%",
    "我们不是北京的独立法人",
])
def test_plant_or_denial_is_no_registration(read, q):
    assert RP not in facts(read(q))
