"""Surnames of 陕西 and 山西 from the histories (雒, and 折, 畅, 续, which are words too): blind sets written in 隰县
and 佳县 missed names with them whole (雒小军, 折翠兰, 续晨曦, 畅秀云); and 税 of 川南 (set 223: 税家和). With a role
word, a title or a naming verb the name is found; the words stay words."""

from __future__ import annotations

import pytest

from qualcode.privacy import detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


@pytest.mark.parametrize(("text", "name"), [
    ("村支书雒志远说，这家人有困难。", "雒志远"),
    ("儿童主任折秀英说，娃娃们都登记了。", "折秀英"),
    ("班主任续晓东老师每周去一趟。", "续晓东"),
    ("他爸叫畅永红，在煤矿上班。", "畅永红"),
    ("户口上叫税天明，七岁，读村小。", "税天明"),  # (税 'tax', a surname of 川南: blind set 223)
])
def test_a_name_with_a_surname_of_shaanxi_or_shanxi_is_found_whole(text, name):
    assert [p.removesuffix("老师") for p in persons(text)] == [name]


def test_the_surnames_that_are_words_stay_words_without_a_name():
    assert persons("这个折扣不行，续费要交三百，心情很畅快。") == []
    assert persons("打了八折，续上了，畅通无阻。") == []
    assert persons("税务所说税费减免了，交税也少了。") == []
