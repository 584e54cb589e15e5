"""Addresses that name a county or town and a place in it that no street, estate or village word ends, then a numbered
building, floor, room or shed (blind sets 86-214 missed sixteen of them whole: 开化县华埠镇东岸村厂区门卫室北侧2号)."""

from __future__ import annotations

import pytest

from qualcode.privacy import detect_pii


def addresses(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "address"]


@pytest.mark.parametrize("address", [
    "松阳县大东坝镇茶叶加工厂东侧5号",  # a house by a works' side
    "桐庐县分水镇制笔工业园2号厂房",  # a works' hall
    "临泉县城关镇人社大楼3楼305室",  # a floor and room of an office block
    "会宁县郭城驿镇敬老院综合楼201",  # a bare room after a block
    "滦平县长山峪镇修路项目部工棚4号",  # a shed of a road-building camp
    "尚志市亚布力镇林场职工宿舍3楼12号",  # a dormitory's floor and flat
    "凤台县钱庙乡养殖场后院7号",  # a yard's house
])
def test_a_place_in_a_town_with_a_numbered_building_is_one_address(address):
    assert addresses(f"我现在住在{address}，离学校不远。") == [address]
    assert addresses(f"他说，{address}。") == [address]


def test_an_address_found_by_its_street_keeps_its_start_after_a_cue():
    said = "户口还在老家扎赉特旗音德尔镇团结路8号楼1单元202，妈还住那里。"
    assert addresses(said) == ["扎赉特旗音德尔镇团结路8号楼1单元202"]


@pytest.mark.parametrize("text", [
    "镇上开会是5号，我去了。",  # a date after a grammar word
    "我们在南丰镇赶集5号那天见的。",  # a date after a verb
    "他在县医院8楼12号床。",  # no county's name before 县
    "乡里第3号文件说了这事。",  # a document's number
    "位于浏阳市古港镇范市村二层三间的正房。",  # storeys and rooms counted, no flat
])
def test_dates_counts_and_documents_in_a_town_are_no_address(text):
    assert addresses(text) == []
