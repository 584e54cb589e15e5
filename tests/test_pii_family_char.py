"""Names whose first given character is 家 (qualcode.privacy._family_char) and a name's last character 才 before
punctuation: found whole where the grammar names a person, never where 'the X family' or a place is meant."""

from __future__ import annotations

import pytest

from qualcode.privacy import Pseudonymiser, detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


@pytest.mark.parametrize("text, names", [
    # a title or kinship word after it
    ("娃娃的班主任邵家和老师人很好。", ["邵家和老师"]),
    ("镇卫生院的易家兴大夫每个月来一趟。", ["易家兴大夫"]),
    # a role or kin word before it, the name ending a word
    ("村医阮家旺给奶奶量了血压。", ["阮家旺"]),
    ("我表姐钟家慧会做衣裳。", ["钟家慧"]),
    # a clause ends, or 他/她, a verb of saying or an adverb follows
    ("第三户，邝家和，男，十一岁。", ["邝家和"]),
    ("邝家和他爸前年走了。", ["邝家和"]),
    ("村支书佘家和都五十八了，还天天跑。", ["佘家和"]),
    ("跟奶奶过的是裘家珍。", ["裘家珍"]),
    ("裘家珍说她想读技校。", ["裘家珍"]),
])
def test_a_surname_jia_and_a_given_character_is_a_name_where_grammar_says_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "王家庄的人都去了，李家沟也有。",  # villages
    "那几年刘家穷，吃了上顿没下顿。",  # 'the Lius were poor': 穷 is no given-name character
    "张家长说孩子不愿意去。",  # 'parent Zhang'
    "王家兄弟也来帮忙了。",  # 兄 starts a word with what follows
    "隔壁吴家和他们家是亲戚。",  # 'the Wus and their family'
    "残联管补贴，妇联管家暴。",  # 管家 'butler' is no surname + 家
    "最难的是余家三姊妹。",  # a numeral
    "老刘家的孩子上初中了。",  # the kin rule's form, not this one
])
def test_the_x_family_and_places_stay(text):
    assert not [name for name in persons(text) if "家" in name]


def test_a_jia_name_said_again_keeps_its_extent():
    # the extent of a name found by grammar is fixed where it is said again: no verb after it is taken in
    text = "班长是骆家和，骆家和听完就笑了。"
    assert persons(text) == ["骆家和", "骆家和"]
    out, _omap = Pseudonymiser().fit([text]).transform_text(text)
    assert "骆" not in out and "听完就笑了" in out


def test_cai_before_punctuation_ends_a_two_character_name():
    # 才 never ends a clause as an adverb: after a surname and one given character, it is the given name's end
    assert persons("孩子的班主任是温茂才，男老师，管得严。") == ["温茂才"]
    assert persons("这事得去找温茂才。") == ["温茂才"]


def test_a_jia_name_before_their_family_is_a_name_but_not_after_and():
    # 他们家 after a given character that is no conjunction is the person's family; after 和 'and' it may be theirs
    assert persons("隔壁阮家旺他们家人好。") == ["阮家旺"]
    assert persons("隔壁吴家和他们家是亲戚。") == []


@pytest.mark.parametrize("text, names", [
    ("每个村有儿童主任，杨家和是管那个村的。", ["杨家和"]),  # 是 alone: 'the Yangs and is' is no Chinese
    ("第四户，周家和家，爸爸是精神病人。上个月周家和家的补贴停了。", ["周家和", "周家和"]),  # 家 'household' alone
    ("那个村的，杨家和都是骑摩托去。", ["杨家和"]),  # a name jieba's dictionary holds (杨家和, seen twice)
])
def test_a_jia_he_name_before_shi_or_jia_alone_or_in_the_dictionary_is_a_name(text, names):
    # (杨家和 and 周家和 of blind set 105 were missed whole, six mentions)
    assert persons(text) == names


def test_and_before_a_word_that_may_follow_it_stays_the_x_family():
    assert persons("王家和家长们说好了。刘家是老户。张家口是个城市。") == []
