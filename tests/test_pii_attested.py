"""Surnames that are grammar words (把, 和, 才, 也 ...): shown by the text, by grammar, a kin word or a register."""

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


def test_an_adverb_or_preposition_before_a_name_that_ends_a_clause_is_its_surname():
    # 'also', 'by' and 'take' need a verb after the name; ending a clause right after a role word, a verb or a
    # comma, the character is the surname (blind sets 159 and 138 left 儿童主任还|淑珍， and ，被|小兰， in part)
    assert persons("庄里的儿童主任还桂香，俺叫她桂香。等他长大了，头一个谢还桂香。")[0] == "还桂香"
    assert persons("爸爸在外地服刑；妈妈是本地人，被小兰，被人骗去了外省。")[0] == "被小兰"
    # but not where the word before takes the adverb, nor before 'want' and its object
    assert "也封斋" not in persons("他说他爸在里头也封斋，他要陪着。")
    assert "要小费" not in persons("她爱笑，跟客人比划着要小费，客人都乐。")


def test_a_surname_grammar_showed_is_the_family_s_at_every_other_mention():
    # blind set 159: 儿童主任还|淑珍， was found whole, then 。还|淑珍说 and ，还|淑珍的电话 were left in part (the
    # family was taken only from names found whole before the grammar step; and 淑珍 reads like a transliteration,
    # for which 'and' and 'take' are kept out, though an adverb is neither)
    text = "庄里的儿童主任还淑珍，俺叫她淑珍。怕哪天倒下了，孩子咋办。还淑珍说，真到那一天，政府管。"
    assert persons(text) == ["还淑珍", "淑珍", "还淑珍"]
    text = "庄里的儿童主任还桂香，俺叫她桂香。孩子咋办？还桂香说，政府管。"
    assert persons(text) == ["还桂香", "桂香", "还桂香"]
    # 和 and 把 before such a name stay grammar unless the name ends a clause after a verb
    assert persons("阿妈叫和淑珍。糌粑和玉珠来了。")[-1] == "玉珠"


def test_an_adverb_surname_after_a_kin_word_is_scored_as_a_name():
    # 才, 也, 要, 还 are surnames in no list: after a kin word the name model decides, as for 和 or 都 (blind sets
    # 113-166 missed 爸爸|才德明|在苏州, 他爸|也国栋|在天津 whole)
    assert persons("爹娘离了，他爸也国栋在天津打工，一年回来一趟。") == ["也国栋"]
    assert persons("孩子跟着爷爷才德顺过。") == ["才德顺"]
    # ... not 让 'let' after a title, nor a verb or 姓 after the adverb
    assert "让夏提" not in persons("娃的班主任巩老师让夏提在学校吃午饭。")
    assert persons("村支书也姓熊，熊家在村里是大姓。") == []


def test_a_register_name_may_hold_a_given_character_that_is_also_a_grammar_word():
    # 成 'become' is a stop character but common in given names: 第五户，有金成，男，十一 (blind set 167)
    assert persons("第五户，有金成，男，十一，爹娘都走了。") == ["有金成"]


def test_after_a_kin_word_no_list_holds_an_adverb_before_a_name_ending_a_clause_is_its_surname():
    # blind set 170: 孩子跟着大姑才|凤兰|。 (大姑 'father's elder sister' is in no role list)
    assert persons("爸妈在外打工不回来，孩子跟着大姑才凤兰。")[-1] == "才凤兰"


def test_towards_said_twice_after_a_name_ends_it_with_the_first():
    # blind set 170: 耿立|向|向我借过两回钱 -- 'towards towards' is no Chinese, so the first is the name's
    assert persons("有。耿立向向我借过两回钱，说是给孩子交学费。") == ["耿立向"]


def test_a_compound_surname_that_is_a_kin_word_and_a_surname_after_a_role_word():
    # blind set 170: 大学生村官叔|孙语冰 (叔孙 after a role word, as after a boundary: 一块的叔孙婉宁)
    assert persons("大学生村官叔孙语冰帮老人们填表。") == ["叔孙语冰"]


def test_a_surname_before_every_mention_of_a_given_name_is_its_own():
    # spent set 208 left 过|玉珠 in part twice (第四户，过玉珠过了年…, 我看见过玉珠家…): the same surname before each
    # mention of a name the model found without one is that name's
    text = "第四户，过玉芳过了年就七十，一个人带三个孙子。有一回我看见过玉芳家灶台是冷的。"
    assert persons(text) == ["过玉芳", "过玉芳"]
    alone = "第四户，过玉芳过了年就七十，一个人带三个孙子。玉芳家灶台是冷的。"
    assert persons(alone) == ["玉芳", "玉芳"]  # (said alone once: the character before may be 'past')
    said_with = persons("那天我和小燕去镇上，我和小燕都哭了。")
    assert said_with and not any(p.startswith("和") for p in said_with)  # (和 'and' is no surname here)


def test_rare_surnames_of_the_modern_list_start_names():
    # 庹, 禚, 菅, 卯 (the list's section "modern", from chinese-surnames): names with them were missed whole in blind
    # sets of their regions; they are no words: a cue, a role word, a title or the name said twice is enough
    assert persons("村里的儿童主任菅秀芝给孩子报了低保。") == ["菅秀芝"]
    assert persons("心理老师叫卯春燕，兼着留守儿童之家的事。") == ["卯春燕"]
    assert persons("妈妈恽秀兰精神残疾，恽秀兰她犯病的时候谁都不认。") == ["恽秀兰", "恽秀兰"]
    assert persons("房东禚大爷把一楼便宜租给我们。") == ["禚大爷"]


def test_a_name_with_a_surname_no_list_holds_said_three_times_the_same_way():
    # blind sets 216-219 missed names of regional surnames whole however often they were said (起凤仙 five times,
    # 茶若溪 four, 续晨曦 six): said three times the same way, with a given name's last character, it is a name
    text = "社工站的茶若兰，茶若兰会讲藏话。茶若兰讲，万一有那一天她会管。"
    assert persons(text) == ["茶若兰", "茶若兰", "茶若兰"]
    assert persons("社工站的茶若兰，茶若兰会讲藏话。") == []  # (twice is not enough)
    kin = "大孙子十岁，大孙子的班主任姓王。我把钱交给大孙子管。老倌子病了，老倌子不吃药，老倌子天天骂人。"
    assert persons(kin) == []
