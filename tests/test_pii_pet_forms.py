"""Forms of a name found whole (qualcode.privacy._pet_forms); an estate's yard and a market stall in addresses."""

from __future__ import annotations

from qualcode.privacy import detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def test_xiao_and_a_found_names_given_name_is_one_name():
    # blind set 169: 我叫她小曲|宗 -- the kin rule read 小曲 as 小 + the surname 曲
    text = "有同学喊她禚曲宗，我叫她小曲宗。小曲宗她在临邑上学。"
    assert persons(text) == ["禚曲宗", "小曲宗", "小曲宗"]
    assert persons("我叫她小曲。小曲她在临邑上学。") == ["小曲", "小曲"]  # (no name found with 曲宗)


def test_a_surname_alone_before_one_space_and_a_transliterated_name_is_the_names():
    # blind set 168: 低保表上儿子成了虎|　穆萨力 (a Hui family's surname before a religious name, as a form splits it)
    assert persons("低保表上儿子成了虎　穆萨力，把他爸的经名安到他头上。") == ["虎　穆萨力"]


def test_a_yard_between_an_estate_and_its_building_is_in_the_address():
    # blind set 169 cut 柳园社区|后院|4号楼1单元101室 into pieces
    place = "临邑县邢侗街道柳园社区后院4号楼1单元101室"
    assert [sp.text for sp in detect_pii(f"她家在{place}。") if sp.type == "address"] == [place]


def test_a_clans_name_and_one_character_takes_the_second_given_character_before_an_age():
    # a Yi given name after the clan's name has two characters: 小的瓦扎石|各八岁 (blind set 168; 各 'each')
    text = "大的瓦扎惹作十二，小的瓦扎石各八岁，瓦扎是她们爸爸的家支。"
    assert persons(text) == ["瓦扎惹作", "瓦扎石各", "瓦扎"]
    # ... not where no name shows the clan, nor before a verb
    assert "瓦扎石各" not in persons("小的瓦扎石各八岁。")
    assert persons("让边巴次仁来。边巴不在，就让边巴翻给他听。")[-1] != "边巴翻给"
    # ... and a school's Han surname before that given name is one name with it (写成王石|各, blind set 168)
    text += "到了这边，老师写成王惹作、王石各，说瓦扎就是王。"
    assert "王石各" in persons(text)


def test_a_stall_in_a_market_is_an_address():
    # blind sets 129, 158 and 167 missed a market stall's address whole (农贸市场东门23号, 菜市场东区12号)
    for place in ("南谯区乌衣镇农贸市场东门23号", "汶上县中都街道西门大街菜市场东区12号", "常路村农贸市场东排18号"):
        assert [sp.text for sp in detect_pii(f"摊子在{place}。") if sp.type == "address"] == [place]
    assert detect_pii("他说市场3号那天关门。") == []  # (a date after the bare word, no market's name)
