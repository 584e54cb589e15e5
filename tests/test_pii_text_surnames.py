"""A surname the text has shown, said with a title or 老/小 (qualcode.privacy._text_surnames)."""

from __future__ import annotations

from qualcode.privacy import detect_pii


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def test_a_rare_surname_of_a_name_found_in_full_is_a_surname_before_a_title():
    # blind set 165 found 禚文亮 but left 禚主任 in clear: 禚 was in no surname list the title rule trusts (it is
    # listed since round 81; 琚, of the sets of 隰县, is not)
    assert persons("镇民政办的琚主任总负责，大名琚文亮，材料都是他批。") == ["琚主任", "琚文亮"]
    assert persons("镇民政办的琚主任总负责，材料都是他批。") == []  # (nothing shows 琚 is a surname)
    assert persons("镇民政办的禚主任总负责，材料都是他批。") == ["禚主任"]  # (the list says so)


def test_a_declared_grammar_word_surname_after_a_naming_verb_takes_its_short_forms():
    # 我姓向，都叫我向哥，班长叫我小向 (set 165); 村里人都叫他老把 after 姓把
    assert persons("我姓向，都叫我向哥，班长叫我小向，我也答应。")[-2:] == ["向哥", "小向"]
    assert persons("我对象姓把，叫把玉山。村里人都叫他老把。") == ["把玉山", "老把"]
    # ... not 'always take' nor 'take the teacher', nor a particle after 姓 (一个姓的: 'of one surname')
    assert persons("我姓把。他老把东西放错，我把老师叫来了。") == []
    assert persons("那家跟嘎查达是一个姓的，沾亲。后来是她陪着我去学校找的老师。") == []
