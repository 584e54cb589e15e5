"""Names of birth order (霍三虎, 秦二女): a surname, a numeral and one given character."""

from __future__ import annotations

from qualcode.privacy import detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def test_a_surname_a_numeral_of_birth_order_and_a_given_character_is_a_name():
    # blind sets 212 and 213 missed 霍三虎, 秦二女 and 贺二牛 whole (a numeral is no given character to the model);
    # the spent sets had 郭二虎, 冯二梅 and 寇三喜 left in clear too
    assert persons("楼下开小卖部的霍三虎每回都帮我把娃娃背上五楼。") == ["霍三虎"]
    assert persons("社区的秦二女主任给我们报了低保。秦二女说，你先养好身子。") == ["秦二女", "秦二女"]
    assert persons("邻家贺二牛每年秋里帮我打枣。") == ["贺二牛"]


def test_days_grades_floors_kin_nicknames_and_verbs_before_a_numeral_are_no_names():
    assert persons("周三下午开会，高三学生放假，王二楼的住户都来了。") == []
    assert not any("帮" in name for name in persons("旁边卖豆腐的胡阿三帮我看过好几回摊。"))  # (阿三: a nickname)
    assert persons("经仲裁和诉讼，一案不应二理。") == []
    assert persons("我管兴宁，同事巫马丽娟管五华那一片。") == ["巫马丽娟"]


def test_a_name_of_birth_order_the_dictionary_has_as_a_number_phrase_and_its_extent():
    # blind set 215 missed 邻家霍二柱过来 whole (二柱 'two pillars' is a dictionary word, tagged a numeral), and the
    # segmenter's words took a character beside such a name (他爹|杨三保|失联, 村支书樊二牛|管)
    assert persons("晌午邻家霍二柱过来帮我翻个身。") == ["霍二柱"]
    assert persons("有个娃娃叫杨得水，他爹杨三保失联六年。")[-1] == "杨三保"
    assert persons("王三天两头来找我。") == []
