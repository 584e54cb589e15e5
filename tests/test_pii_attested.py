"""A grammar-word surname (把, 和, 向) once the text has shown it as a family's surname (qualcode.privacy._attested)."""

from __future__ import annotations

from qualcode.privacy import detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def test_a_name_after_a_surname_the_text_has_shown_takes_it():
    # blind set 160 left 给把|小龙 and 是把|小龙 in part, though the text had found his father 把永强 whole
    said = "孙子小龙癫痫，十岁。他家姓把，他爸叫把永强。乡医给把小龙开过药，把小龙有残疾证。"
    assert persons(said) == ["小龙", "把永强", "把小龙", "把小龙"]
    unsaid = "孙子小龙癫痫，十岁。乡医给把小龙开过药，把小龙有残疾证。"
    assert persons(unsaid) == ["小龙", "小龙", "小龙"]  # (no name with 把 found: 'take' is as likely)


def test_a_minority_name_written_after_the_family_surname_takes_it():
    # blind sets 160 and 162: 又成了和|阿日宾 after 和宇辰, 写的向|更呷 after 向秋麦朵; spaced out too
    text = "大儿子叫和宇航，小名阿日宾。到了学校名单上又成了和阿日宾，两个名拼一块儿；那张表干脆成了和 阿 日 宾。"
    assert persons(text) == ["和宇航", "阿日宾", "和阿日宾", "和 阿 日 宾"]
    unsaid = "大儿子小名阿日宾。到了学校名单上又成了和阿日宾，两个名拼一块儿。"
    assert persons(unsaid) == ["阿日宾", "阿日宾"]


def test_take_and_and_before_a_minority_name_stay_grammar():
    # 把 'take' needs a verb after its object, 和 'and' a noun before it: the name is no family's (blind sets 151,
    # 163 and 113 under a first version of the rule)
    assert persons("班主任叫把玉琴，姓把的不多。两个男孩，把阿依娜当妹妹护着。")[-1] == "阿依娜"
    assert "和曲拉" not in persons("阿妈叫和秋燕。每年托人捎糌粑和曲拉来。")
