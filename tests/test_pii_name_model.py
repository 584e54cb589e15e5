"""The learned model of name edges (qualcode.privacy._name_model): a character model of names against jieba's word
model of ordinary text decides how far a found name reaches when the rules cannot tell."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualcode.privacy import Span, detect_pii
from qualcode.privacy._name_data import TITLE_RE
from qualcode.privacy._name_edges import name_end, name_start
from qualcode.privacy._name_forms import surname_after_governor, unify_mentions
from qualcode.privacy._name_model import (
    MAX_GROW,
    NEVER,
    VOCAB_SIZE,
    NameLM,
    grow_left,
    grow_mentions_right,
    grow_right,
    name_lm,
    text_logprob,
)

ALPHABET = [chr(c) for c in range(0x4E00, 0x9FFF + 1)] + ["$"]


def test_every_distribution_of_the_name_model_sums_to_one():
    assert len(ALPHABET) == VOCAB_SIZE
    lm = NameLM().fit(["巴特尔", "巴图", "其其格", "乌云其木格", "王建国"])
    for prev in ("^", "巴", "其", "尔", "龘"):  # (the start, seen contexts, a context never seen)
        assert math.isclose(sum(lm.prob(prev, c) for c in ALPHABET), 1.0, rel_tol=1e-9)


def test_the_name_model_prefers_what_it_has_seen():
    lm = NameLM().fit(["巴特尔", "巴图", "其其格", "乌云其木格"])
    assert lm.logprob("巴特尔") > lm.logprob("尔特巴")
    assert lm.logprob("巴图") > lm.logprob("巴图尔特")  # (a name ends where names end)
    assert lm.logprob("其木格") > lm.logprob("其木的")


def test_the_fitted_model_is_the_same_in_every_process():
    first = name_lm().logprob("沙马拉哈")
    name_lm.cache_clear()
    assert name_lm().logprob("沙马拉哈") == first


def test_ordinary_text_scores_by_its_best_segmentation():
    # one dictionary word is likelier than its characters as separate words, and an unknown string is unlikely
    assert text_logprob("政策") > text_logprob("政") + text_logprob("策")
    assert text_logprob("政策") > text_logprob("龘靐")
    assert text_logprob("") == 0.0


@pytest.mark.parametrize("text, found, whole", [
    ("他舅舅吉克拉哈贩羊赔了钱。", "吉克拉", "吉克拉哈"),  # (a Yi name's last syllable glued to 贩羊)
    ("阿依古丽今天没来。", "阿依古", "阿依古丽"),
    ("扎西多吉看病去了。", "扎西多", "扎西多吉"),
    ("王建国他们家穷。", "王建国", "王建国"),  # (a pronoun is never a name's)
    ("乌日娜说她不去。", "乌日娜", "乌日娜"),
    ("关玉林家的闺女。", "关玉林", "关玉林"),
    ("牛主任帮着联系。", "牛", "牛"),  # (a title is never taken)
])
def test_a_right_edge_moves_to_where_the_name_ends(text, found, whole):
    s = text.index(found)
    assert text[s:grow_right(text, found, s + len(found), len(text))] == whole


@pytest.mark.parametrize("text, found, whole", [
    ("村支书扎西拉姆来过。", "西拉姆", "扎西拉姆"),
    ("跟着爷爷买买提阿洪。", "提阿洪", "买买提阿洪"),
    ("老师其其格说了。", "其格", "其其格"),
    ("孙女诺敏在上学。", "诺敏", "诺敏"),  # (after a kin word: 孙女 is not the name's)
    ("她阿达沙马阿木病了。", "沙马阿木", "沙马阿木"),  # (Yi 阿达, "father")
    ("康复师宝音达来每天来。", "宝音达来", "宝音达来"),  # (after a word for an occupation)
])
def test_a_left_edge_moves_to_where_the_name_starts(text, found, whole):
    s, e = text.index(found), text.index(found) + len(found)
    assert text[grow_left(text, found, s, 0):e] == whole


_CHARS = st.sampled_from(list("巴特尔其格沙马拉哈吉克阿依古丽王建国李明的了他她们说家主任老师，。 ·123"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CHARS, min_size=2, max_size=14).map("".join), st.data())
def test_edges_only_grow_over_characters_a_name_can_hold(text, data):
    s = data.draw(st.integers(0, len(text) - 1))
    e = data.draw(st.integers(s + 1, len(text)))
    lo = data.draw(st.integers(0, s))
    hi = data.draw(st.integers(e, len(text)))
    name = text[s:e]
    end = grow_right(text, name, e, hi)
    start = grow_left(text, name, s, lo)
    assert e <= end <= min(hi, e + MAX_GROW)
    assert lo <= start <= s and s - start <= MAX_GROW
    for piece in (text[e:end], text[start:s]):
        assert all("\u4e00" <= c <= "\u9fff" and c not in NEVER for c in piece)
    assert not any(TITLE_RE.match(text, p) for p in range(e, end))
    # across one space too (吉克 石呷), never shrinking, never past the neighbours
    assert e <= name_end(text, s, e, hi) <= hi
    assert lo <= name_start(text, s, e, lo) <= s


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def test_a_dictionary_name_behind_a_middle_dot_is_part_of_the_name():
    # 叶卡捷琳娜 is an ordinary dictionary word to the segmenter, and a person's name (nr) in its dictionary
    assert persons("她婆婆叫乌云·叶卡捷琳娜，今年七十。") == ["乌云·叶卡捷琳娜"]


def test_a_name_split_by_one_space_is_replaced_whole():
    text = "学籍卡上写成阿苏 木呷，中间空了一格。"
    assert persons(text) == ["阿苏 木呷"]


def test_a_named_village_group_with_a_house_number_is_an_address():
    spans = detect_pii("住昭觉县竹核乡木渣洛村委会拉吉小组8号。")
    assert [(sp.type, sp.text) for sp in spans] == [("address", "昭觉县竹核乡木渣洛村委会拉吉小组8号")]
    assert detect_pii("他在村里组织了12号的会。") == []



@pytest.mark.parametrize("text, name", [
    ("隔壁邱长海他们家也没钱。", "邱长海"),  # (长海 is a place to the tagger; after a role word, 村会计, the
    # split rule finds it first)
    ("县里的邵建军也来过几次。", "邵建军"),
])
def test_the_name_model_finds_han_names_no_rule_finds(text, name):
    assert [sp.text for sp in detect_pii(text) if sp.rule.startswith("model")] == [name]


@pytest.mark.parametrize("text", [
    "群里在传这张图。",  # (a measure word after 这)
    "拍张照就走了。",  # (a measure word after a verb)
    "晚上下盘棋，多好。",
    "我很高兴，马上就来。",  # (dictionary words)
    "牧场上有阿肯弹唱。",  # (a Kazakh word: 阿 starts no Han name the model knows)
    "跟教育、卫健、公安打交道。",
])
def test_the_name_model_leaves_ordinary_words_alone(text):
    assert detect_pii(text) == []


def test_a_rare_surname_before_a_given_name_and_a_title_is_taken():
    text = "班主任冮桂荣老师来过。"
    [span] = detect_pii(text)
    assert (span.text, span.key, span.suffix) == ("冮桂荣老师", "冮桂荣", "老师")
    assert [sp.text for sp in detect_pii("我找桂荣老师。")] == ["桂荣老师"]  # (找 is a verb, no surname)


@pytest.mark.parametrize("text, typ, found", [
    ("家住巴彦那木乡呼都格村3组12号。", "address", "巴彦那木乡呼都格村3组12号"),
    ("他在呼都格镇中心小学五年级（2）班。", "school", "呼都格镇中心小学五年级（2）班"),
])
def test_place_names_holding_grammar_characters_are_not_cut(text, typ, found):
    # 那 and 都 are syllables of transliterated place names as often as grammar words
    assert [(sp.type, sp.text) for sp in detect_pii(text)] == [(typ, found)]


@pytest.mark.parametrize("text, name", [
    ("她男人巴图吉日·长山，在江上打鱼。", "巴图吉日·长山"),  # (长山 is a dictionary word, not a name, to jieba)
    ("乡里写的是乌力吉 · 长顺，点两边空着。", "乌力吉 · 长顺"),
    ("丫头跟邻居家精奇里•其其格玛，俩人一块上学。", "精奇里•其其格玛"),  # (a Daur clan name before the dot)
    ("表上成了和 希 格 巴 雅 尔，一个字一格。", "和 希 格 巴 雅 尔"),  # (a spaced name starting with 和)
    ("族里的名字是莫那·巴图，村里人都认得。", "莫那·巴图"),  # (那 "that" never stands right before a dot)
])
def test_name_parts_across_a_dot_or_spaces_are_taken_whole(text, name):
    assert [sp.text for sp in detect_pii(text) if sp.type == "person"] == [name]


# ------------------------------------------------------------------------------- names recognised by their form
def test_a_middle_dot_between_han_characters_writes_a_name():
    assert [(sp.text, sp.rule) for sp in detect_pii("领头的是傅察·宝林，常来。")] == [("傅察·宝林", "dotted")]


@pytest.mark.parametrize("text", [
    "老师念了《史记·项羽本纪》里的话。",  # (inside book-title marks)
    "学过一·二九运动。",  # (numerals)
    "我们这是内蒙古·赤峰。",  # (places)
])
def test_a_middle_dot_that_writes_no_name(text):
    assert detect_pii(text) == []


def test_a_compound_surname_split_from_the_given_name_by_a_space():
    assert [sp.text for sp in detect_pii("表上签的是欧阳 晓峰，中间空着。")] == ["欧阳 晓峰"]


def test_a_rare_surname_name_written_twice_is_a_name():
    text = "工作队的仉志刚来过，仉志刚说能办。"
    assert [sp.text for sp in detect_pii(text)] == ["仉志刚", "仉志刚"]
    assert [sp.text for sp in detect_pii("工作队的仉志刚来过。")] == []  # (once is not enough)
    assert detect_pii("在乌鲁木齐上学，乌鲁木齐很远。") == []  # (乌鲁木|齐: no word boundary)


@pytest.mark.parametrize("text, name", [
    # (再 "again" is her first syllable)
    ("我叫再米拉·艾力，在县城做饭。再米拉·艾力这个名字是奶奶起的。", "再米拉·艾力"),
    ("他叫也尔兰别克·沙依木，给牲口打针。也尔兰别克·沙依木说明天来。", "也尔兰别克·沙依木"),
    ("我儿子阿的莫色，前些年在外头。阿的莫色他回来了。", "阿的莫色"),
])
def test_what_stands_before_every_mention_of_a_name_is_part_of_it(text, name):
    assert [sp.text for sp in detect_pii(text)] == [name, name]


def test_a_verb_before_every_mention_is_not_part_of_the_name():
    text = "我去找王建国，没找着。明天再去找王建国。"
    assert [sp.text for sp in detect_pii(text)] == ["王建国", "王建国"]


def test_a_conjunction_before_punctuation_ends_the_name_it_follows():
    # 和 "and" never ends a clause: after a name and before a comma it is the name's last syllable
    assert [sp.text for sp in detect_pii("有个大学生叫东方明和，回族。")] == ["东方明和"]
    assert [sp.text for sp in detect_pii("我和王芳都，嗯，都去了。")] == ["王芳"]  # (an adverb can: a false start)


def test_the_first_half_of_a_name_split_by_a_space_is_taken():
    for text, name in (("表上是才仁 诺尔布，中间空开的。", "才仁 诺尔布"),
                       ("单子上是才仁 旺堆加甫，空开的。", "才仁 旺堆加甫")):
        assert [sp.text for sp in detect_pii(text)] == [name]


def test_a_conjunction_between_two_names_stays_a_conjunction():
    assert [sp.text for sp in detect_pii("李建国和吴桂兰都认识我。")] == ["李建国", "吴桂兰"]


# ------------------------------------------------------------------------------------- every mention of a name
def _person(start: int, end: int, text: str, rule: str = "minority", suffix: str = "") -> Span:
    return Span(start, end, "person", text[start:end], rule, "".join(text[start:end - len(suffix)].split()), suffix)


def test_a_mention_found_in_part_grows_to_the_name_found_elsewhere():
    text = "丫头跟那顺都仁好，那顺都仁家也远。"
    spans = unify_mentions(text, [_person(3, 5, text), _person(9, 13, text)])
    assert [(sp.text, sp.key) for sp in spans] == [("那顺都仁", "那顺都仁"), ("那顺都仁", "那顺都仁")]


def test_parts_of_one_mention_become_one_span():
    text = "他叫敖拉·额尔很乌力吉，大孙子额尔很乌力吉十三。"
    parts = [_person(2, 7, text), _person(8, 11, text), _person(15, 21, text)]
    assert [sp.text for sp in unify_mentions(text, parts)] == ["敖拉·额尔很乌力吉", "额尔很乌力吉"]


def test_a_spelling_no_span_touches_is_a_mention_where_it_cannot_be_a_word():
    text = "侄子哈力别克・吾买尔别克，本子上写成吾买尔 别克，老师叫他哈力别克吾买尔别克。"
    found = unify_mentions(text, [_person(2, 12, text, "dotted")])
    # spaced out, and without its dot: both spell the name; the spelling without the dot keeps its pseudonym
    assert [(sp.text, sp.key) for sp in found] == [
        ("哈力别克・吾买尔别克", "哈力别克・吾买尔别克"), ("吾买尔 别克", "吾买尔别克"),
        ("哈力别克吾买尔别克", "哈力别克・吾买尔别克")]
    text = "他叫巴图，巴图说行。"  # (a short name alone is left to propagation: 巴图 could be a word)
    assert unify_mentions(text, [_person(2, 4, text)]) == [_person(2, 4, text)]
    text = "瓜尔佳·振江说，我们瓜尔佳家是老户。"  # (a clan name before the dot is no mention on its own)
    assert [sp.text for sp in unify_mentions(text, [_person(0, 6, text, "dotted")])] == ["瓜尔佳·振江"]


def test_a_spelling_that_overlaps_another_type_is_left_alone():
    text = "那顺都仁在那顺都仁小学上学。"
    school = Span(4, 11, "school", text[4:11], "school", text[4:11])
    spans = [_person(0, 4, text), school]
    assert unify_mentions(text, spans) == spans


def test_what_follows_every_mention_of_a_name_is_part_of_it():
    text = "那孩子他爸涂克冬•宝日满都在林场开车，宝日满都说礼拜五来。"
    assert [sp.text for sp in detect_pii(text)] == ["涂克冬•宝日满都", "宝日满都"]
    assert [sp.text for sp in detect_pii("孟根满都在牧场放羊，孟根满都说今年草好。")] == ["孟根满都", "孟根满都"]
    # the name model pays for 都 once, ordinary text at every mention: one mention is not enough
    assert [sp.text for sp in detect_pii("孟根满都在牧场放羊。")] == ["孟根满"]


def test_a_pronoun_or_verb_after_every_mention_stays_outside():
    name = "宝日满"
    for after in "说她家上":
        text = f"{name}{after}一句，{name}{after}两句。"
        ends = [text.index(name), text.rindex(name)]
        assert grow_mentions_right(text, name, [e + 3 for e in ends], [len(text)] * 2) == 0
    text = "宝日满都来，宝日满也来。"  # (different characters follow the mentions)
    assert grow_mentions_right(text, name, [3, 9], [len(text)] * 2) == 0


def test_a_compound_surname_that_is_also_a_word_before_a_likely_given_name():
    assert [sp.text for sp in detect_pii("我们找了第五春燕。")] == ["第五春燕"]
    assert [sp.text for sp in detect_pii("上午见了长孙若兰，她说孩子好了。")] == ["长孙若兰"]
    for text in ("还有第五名同学。", "今年第五季度。", "这是第五小组的表。", "东方文化讲座。"):
        assert detect_pii(text) == [], text


def test_a_given_name_with_a_grammar_character_where_a_title_or_second_mention_says_name():
    # 向, 有, 家 are rarely in given names of running text but common in names all the same
    assert [sp.text for sp in detect_pii("水利站的鲍向前站长，管水渠。")] == ["鲍向前站长"]
    assert [sp.text for sp in detect_pii("林场的邹丰年场长管这事。")] == ["邹丰年场长"]
    assert [sp.text for sp in detect_pii("跟着外公邵有福过。邵有福说他快八十了。")] == ["邵有福", "邵有福"]
    assert [sp.text for sp in detect_pii("还有我的老伙计郑来喜，郑来喜都八十了。")] == ["郑来喜", "郑来喜"]
    assert detect_pii("邵有福来了。") == []  # (once, with no cue, is not enough)
    assert detect_pii("我们向前走，向前看。") == []


def test_a_three_character_name_the_dictionary_lacks_is_a_name_wherever_it_is_spelled():
    text = "爷爷叫王家和，王家和他们家三口人。"
    assert [sp.text for sp in unify_mentions(text, [_person(3, 6, text, "cue")])] == ["王家和", "王家和"]
    text = "那个小姑娘，小姑娘才六岁。"  # (a dictionary word found as a name once is not spread)
    assert [sp.text for sp in unify_mentions(text, [_person(2, 5, text, "nr")])] == ["小姑娘"]


def test_a_grammar_word_surname_after_a_word_that_takes_a_noun():
    # 跟和 is no Chinese: after 跟 the 和 is a surname (Naxi 和), and the whole name spreads to its other mentions
    for first in ("桂英", "海燕"):
        text = f"外甥女和{first}在城里上班，我跟和{first}说了。"
        assert [sp.text for sp in detect_pii(text)] == [f"和{first}", f"和{first}"]
        # without such a word 和 stays "and"
        assert [sp.text for sp in detect_pii(f"我和{first}去了县里。")] == [first]
    assert [sp.text for sp in detect_pii("孩子跟着和桂英过。")] == ["和桂英"]  # (着 ends a verb with an object)



def test_a_name_no_list_holds_right_after_a_role_or_kin_noun():
    # the role word ends the left edge even where the segmenter glued it to the name (孩子妈叶|朵)
    assert [sp.text for sp in detect_pii("孩子妈叶朵也有病，在吃药。")] == ["叶朵"]
    assert [sp.text for sp in detect_pii("哥哥阿保，妹妹妮嘎。")] == ["阿保", "妮嘎"]
    # ... also before a verb or an adverb that says something of the person
    assert [sp.text for sp in detect_pii("跟着老伴亚莎带两个孙子。")] == ["亚莎"]
    for text in ("他爸卡里6000元被转走了。",  # (卡里 "in the card", before a number)
                 "孩子妈刚走，他就哭。", "老伴前年走了。", "邻居家的孩子也来。"):
        assert detect_pii(text) == [], text


def test_a_han_name_whose_given_name_is_a_word_after_a_role_noun():
    # the tagger glued 楼|长|冯 into one "name"; 冯 starts the next name, and 楼长 is a role
    assert [sp.text for sp in detect_pii("小区的楼长冯建国那边有事就找他。")] == ["冯建国"]
    assert [sp.text for sp in detect_pii("楼长冯建华说了。")] == ["冯建华"]
    assert detect_pii("楼长说了。") == []


def test_kin_words_of_the_south_west_and_a_rare_surname_after_a_role_noun():
    assert [sp.text for sp in detect_pii("孩子的幺爸谯国平在成都送外卖。")] == ["谯国平"]
    assert [sp.text for sp in detect_pii("她家婆卞秀芝七十多了。")] == ["卞秀芝"]


def test_a_grammar_word_surname_after_a_role_noun():
    text = "她的班主任于海燕老师说她作文好，想当于海燕老师那样的人。"
    assert [sp.text for sp in detect_pii(text)] == ["于海燕老师", "于海燕老师"]
    assert [sp.text for sp in detect_pii("我和刘会计说了。")] == ["刘会计"]  # (a surname and a title: 和 is "and")


def test_a_grammar_word_surname_and_a_given_name_right_after_a_role_noun():
    # 都 "all" and 向 "towards" are surnames too; right after a role noun, with a given name that is no word and holds
    # no grammar character, they start a name
    assert [sp.text for sp in detect_pii("村里的儿童主任都晓燕知道了这事。")] == ["都晓燕"]
    for text in ("村主任都同意了。", "主任和书记都来了。", "站长向上级汇报了。", "主任有点忙。"):
        assert detect_pii(text) == [], text


def test_a_dai_teknonym_is_one_name():
    # 咪 "mother of" / 波 "father of" + the first child's name (岩 a boy, 玉 a girl) is the parent's name
    text = "孩子他妈咪岩温去勐腊打工了，他爸波玉罕在家。"
    spans = [_person(5, 7, text), _person(17, 19, text)]
    assert [sp.text for sp in surname_after_governor(text, spans)] == ["咪岩温", "波玉罕"]
    text = "小猫咪秀兰抱走了。"  # (a name without the gender prefix after 咪 is left alone)
    assert [sp.text for sp in surname_after_governor(text, [_person(3, 5, text)])] == ["秀兰"]


def test_a_rare_word_before_a_bare_surname_and_title_is_the_name():
    # 白玉 is a word and 山 a surname: 的白玉|山大夫 is 白玉山 + 大夫, likelier as a Han name than as text
    assert [sp.text for sp in detect_pii("县医院的白玉山大夫来过。")] == ["白玉山大夫"]
    # a frequent word before the surname stays a word (马上 "at once")
    assert [sp.text for sp in detect_pii("他马上王大夫就来。")] == ["王大夫"]


def test_a_given_name_character_alone_before_a_surname_and_title_starts_the_name():
    # 娜 stands alone between a comma and 莫奶奶: a two-syllable name (a Miao or Lahu one), not 娜 + the surname 莫
    assert [sp.text for sp in detect_pii("过年跳芦笙舞，娜莫奶奶跳得最好。")][-1] == "娜莫奶奶"
    # a verb or pronoun there stays outside (请 "ask", 那 "that")
    assert [sp.text for sp in detect_pii("下午，请王老师来一趟。")] == ["王老师"]
    assert [sp.text for sp in detect_pii("对，那王老师也知道。")] == ["王老师"]


def test_a_nickname_after_jiao_ta_is_a_name():
    # 叫他/叫她 + two characters before punctuation is a name, as 叫 + two characters is (都叫他小万。)
    assert [sp.text for sp in detect_pii("村里人都叫他小万。")] == ["小万"]
    # ... also with one grammar character that is a syllable of transliterated names (然都: 都 as in 满都拉)
    assert [sp.text for sp in detect_pii("家里叫他然都；")] == ["然都"]
    # ... but not two grammar characters or a dictionary word
    assert detect_pii("我叫他都来。") == []
    assert detect_pii("老师叫他回来。") == []


def test_a_two_character_name_joins_a_span_it_overlaps_in_part():
    # 朱然 was found by the model; 然都 after 叫他 elsewhere says the name runs on (a Hani son's name linked to his
    # father's): every mention is replaced whole, also the one written with a space
    text = "大的朱然都十二，家里叫他然都；表上还有写成朱然 都的。"
    found = [sp.text for sp in detect_pii(text)]
    assert "朱然都" in found and "朱然 都" in found and "朱然" not in found
    # a two-character name makes no mention of its own where no span is (然都 alone stays a found name only)
    spans = unify_mentions("然都说的对，然都。", [_person(0, 2, "然都说的对，然都。")])
    assert [sp.text for sp in spans] == ["然都"]


def test_kin_words_with_the_prefix_a_are_no_names():
    # 阿嬷 (grandma in Minnan), 阿婆, 阿公, 阿奶: forms of address of southern and north-western speech, not names
    assert detect_pii("阿嬷说阿公去年走了，阿婆和阿奶都在。") == []
    assert [sp.text for sp in detect_pii("阿嬷说阿珠在厦门打工。")] == ["阿珠"]  # (a name after them still is one)


@pytest.mark.parametrize("text, name", [
    ("村卫生室的朱红旗大夫，给俺老伴看病。", "朱红旗大夫"),  # (红旗 "red flag" read as 红 + 旗; 朱 alone before it)
    ("班主任揭晓红老师晓得我们家的事。", "揭晓红老师"),  # (揭晓 "announce" after a role word: a rare surname 揭)
    ("嘎子他们初春华老师也说孩子聪明。", "初春华老师"),  # (初春 "early spring": likelier as 初 + 春华)
])
def test_a_title_form_that_holds_part_of_a_han_name_grows_to_it(text, name):
    assert [sp.text for sp in detect_pii(text)] == [name]


def test_an_element_added_to_the_lexicon_changes_no_other_elements_training_partners(monkeypatch):
    # the compositions the name model learns from (乌云 + 其木格 ...) are drawn per element by a fixed hash of the pair,
    # so adding one element changes only the pairs it joins, not the whole model (before, one drawing for all shifted
    # with every addition, and names far from it were found or lost)
    import qualcode.privacy._name_model as nm
    from qualcode.privacy._minority import Element, minority_lexicon

    def pairs() -> set[str]:
        lexicon = nm.minority_lexicon()
        return {n for n in nm._training_names() if len(n) >= 4 and any(n.startswith(e) and n[len(e):] in lexicon
                                                                         for e in lexicon)}

    before = pairs()
    grown = dict(minority_lexicon())
    grown["萨楚拉"] = Element("萨楚拉", "mn", "name")
    monkeypatch.setattr(nm, "minority_lexicon", lambda: grown)
    after = pairs()
    assert {p for p in after if "萨楚拉" not in p} <= before
    assert any("萨楚拉" in p for p in after)


def test_shao_is_a_given_name_character():
    # 少 of 多少 "how many" is also one of the commonest given-name characters (少华, 少波, 少萍)
    assert [sp.text for sp in detect_pii("县民政局的罗少波来过。")] == ["罗少波"]
    assert detect_pii("钱少了一半，王少说了两句。") == []


def test_a_name_the_tagger_makes_up_whole_may_hold_a_cued_given_character():
    # 书 "book" (like 有, 来, 才) is a given-name character that usually needs a cue; a three-character name the
    # tagger makes up from its model (no dictionary word), with a surname that is no word, is cue enough
    assert [sp.text for sp in detect_pii("合议庭的另一位法官荆书文问了几句。")] == ["荆书文"]
    assert [sp.text for sp in detect_pii("区社工站来的是赫连书禾，每月来一回。")] == ["赫连书禾"]
    assert detect_pii("律师的名字在仲裁书上写错了。") == []  # (a dictionary word jieba also calls a name)


def test_a_declared_surname_that_is_a_grammar_word_starts_a_name():
    # people explain an unusual surname (姓让，礼让的让): where the text declares it, 让 before a given name is the
    # surname, not "let"; elsewhere it stays a word
    text = "社区的儿童主任让秋菊，姓让，礼让的让。我跟让秋菊说了家里的事。"
    assert [sp.text for sp in detect_pii(text) if sp.type == "person"][-1] == "让秋菊"
    assert "让秋菊" not in [sp.text for sp in detect_pii("社区的儿童主任说了，我让秋菊说了家里的事。")]
    text = "第二家姓把。爷俩靠残疾人两项补贴和低保过，把春花常来看。"
    assert [sp.text for sp in detect_pii(text) if sp.type == "person"] == ["把春花"]


def test_a_surname_declared_after_any_word_or_explained_by_a_quoted_word_starts_a_name():
    # blind set 165: 我对象姓把，叫|把玉山 (a noun before 姓), “要不要”的要 (no 姓 at all), and given names that are
    # also words (红霞 'red clouds', 玉山) after the declared surname were missed whole
    def people(text: str) -> list[str]:
        return [sp.text for sp in detect_pii(text) if sp.type == "person"]

    assert people("我对象姓把，叫把玉山，在镇上开三轮。那天夜里我让把玉山把车开过来。") == ["把玉山"] * 2
    assert people("村里的儿童主任要淑珍，“要不要”的要。要淑珍要了我的材料。") == ["要淑珍"] * 2
    assert people("村里的儿童主任有红霞，说她姓有。有红霞有空就来。")[-1] == "有红霞"
    # ... not a word after it that names no one (政策, 孙子), a quoted word explaining no name, nor a common surname
    # declared in passing before a name of history
    assert "把政策" not in people("她姓把，很少见。家长有个微信群，我把政策都发在里面。")
    assert "把孙子" not in people("她姓把，很少见。为什么不把孙子带回去？")
    assert people("国家劳动总局关于“亦工亦农”的工龄计算问题的复函。") == []
    assert people("孩子们的爸爸姓马。儿子爱听马本斋的故事。") == []


def test_a_grammar_word_surname_said_twice_takes_a_given_name_that_is_also_a_word():
    # 才|红英|才三十: the surname said again after the name; given names that are words too (红梅, 建国) were missed
    # whole on blind sets 115-165 unless the name model alone liked them
    def people(text: str) -> list[str]:
        return [sp.text for sp in detect_pii(text) if sp.type == "person"]

    assert people("爸爸前年走了，他妈也红梅也是一个人扛着。") == ["也红梅"]
    assert people("社区的还建国主任人好。我去社区问政策，还建国还专门跑了一趟。") == ["还建国"] * 2
    # ... not a parallel 'has X, has Y', nor 是 'is' after a name ending in 和
    assert people("我相信这个社会还是有正义有正气的。") == []
    assert people("她男人刘家和是木匠，给杏儿做了个小板凳。") == ["刘家和"]


def test_a_grammar_word_surname_said_where_its_grammar_cannot_stand_starts_the_name_everywhere():
    # after 跟 'with', after the same character (让让 'let let') or after 写成 'written as', 让/向 is no grammar word;
    # the name found there is one wherever the text says it, also where 让 could be 'let' (主任让海英给她家报了)
    text = "村里的儿童主任让海英给她家报了补贴。第二天我跟让海英一起去了。让海英的电话贴在门口。"
    assert [sp.text for sp in detect_pii(text) if sp.type == "person"] == ["让海英"] * 3
    assert [sp.text for sp in detect_pii("我又让让海英去看了一回。")] == ["让海英"]
    assert [sp.text for sp in detect_pii("医院把他写成向泽登，把名字头一个字当成了姓。")] == ["向泽登"]
    # one clause takes one passive 被 or disposal 把: said again right after the name, the first is the surname
    assert [sp.text for sp in detect_pii("对门的被桂芝被她儿子接去南京住了。")] == ["被桂芝"]
    assert [sp.text for sp in detect_pii("钱被小偷被人抓了。")] == []
    # ... not where the two characters are a word (同时, 千千万万) nor where 让 is 'let'
    assert [sp.text for sp in detect_pii("同时方某也没有证据。")] == ["方某"]
    assert "让海英" not in [sp.text for sp in detect_pii("村里的儿童主任让海英给她家报了补贴。")]


def test_a_grammar_word_surname_said_twice_in_one_clause_starts_a_name_and_no_word_grows_over_it():
    # 还 'still' and 才 'only' are not said twice around one two-character name: the first is the surname (blind
    # set 128: 妈妈|才红英|才三十出头; a dozen earlier sets' 还X还, 才X才); a name so found is not widened to the word
    # the tagger glued its surname into (就怕|还佳怡: not 怕还佳怡)
    assert [sp.text for sp in detect_pii("隔壁的还桂珍还帮我接过孩子。")] == ["还桂珍"]
    assert [sp.text for sp in detect_pii("妈妈才春燕才三十出头。")] == ["才春燕"]
    assert [sp.text for sp in detect_pii("钱还没到还要等。")] == []
    # ... and 要, 也, 就, 都 (村支书要志刚要我; set 122's 线长让|梅英|让我: 让 again before the one let)
    assert [sp.text for sp in detect_pii("村支书要志刚要我每个礼拜去看一回。")] == ["要志刚"]
    assert [sp.text for sp in detect_pii("厂里的线长让梅英让我少加班。")] == ["让梅英"]
    assert "雷文让" in [sp.text for sp in detect_pii("第三个雷文让，男娃。我就让雷文让当了劳动委员。")]
    assert [sp.text for sp in detect_pii("外婆说，就怕还佳怡还小。")] == ["还佳怡"]


def test_a_grammar_word_surname_between_a_kin_word_and_an_age_starts_a_name():
    # 向 'towards' needs a verb after its object; an age follows a name (blind set 128 missed 哥哥|向天乐|十岁 whole)
    assert [sp.text for sp in detect_pii("是一对兄妹，哥哥向天乐十岁，妹妹七岁。")] == ["向天乐"]
    assert [sp.text for sp in detect_pii("孙女把雨欣七岁，上二年级。")] == ["把雨欣"]  # (把, disposal)
    assert [sp.text for sp in detect_pii("哥哥向老师借了十块钱。") if sp.type == "person"] != ["向老师借"]


@pytest.mark.parametrize("text, name", [
    ("第三户，才俊豪，男，九岁，先天听力残疾。", "才俊豪"),  # a surname that is a grammar word (才 'only')
    ("第四户，把梓涵，女，七岁。", "把梓涵"),
    ("第五个，祝可馨，女，十二岁。", "祝可馨"),  # (祝 'wish': a surname that is a word)
    ("被告：诸某乙，女，1988年1月生。", "诸某乙"),  # (court text: the letter of an anonymised party)
    # right after an ordinal, without a comma (blind sets 128-129: 第一个熊可馨，女，; 第二户是向春苗，女，)
    ("受访者：第一个鲍雨桐，女，十一岁。", "鲍雨桐"),
    ("第三户是向梓萌，女，八岁，跟奶奶过。", "向梓萌"),
    # ... or before an age alone (blind sets 126-135: 第三个|才一诺|，五岁; 头一个是|也思琪|，九岁)
    ("受访者：头一个缪永杰，十岁。他爸在无锡工地上。", "缪永杰"),
    ("第六户是郏一鸣，十一岁，爸妈离婚了。", "郏一鸣"),
])
def test_a_name_in_a_register_read_out_is_found_whole(text, name):
    assert [sp.text for sp in detect_pii(text) if sp.type == "person"] == [name]
    assert [sp.text for sp in detect_pii("户主，男，六十岁。孩子，女，九岁。")] == []  # (a role and a kin word)
    assert [sp.text for sp in detect_pii("骆嘉豪，智力障碍，十一岁。") if sp.text == "智力障碍"] == []  # (a condition)


def test_buildings_the_dictionary_tags_as_names_are_no_people():
    # jieba's dictionary tags 宿舍楼 'dormitory block' (and 陈列室, 花博园) nr: it was replaced as a person (sets 107,
    # 121, 122: 在宿舍楼道里, 在宿舍楼里)
    for text in ("在宿舍楼里给我们腾了一间。", "我蹲在宿舍楼道里打视频。", "陈列室里挂着照片。"):
        assert [sp.text for sp in detect_pii(text) if sp.type == "person"] == []


def test_guihai_of_the_hundred_family_surnames_is_a_compound_surname():
    # 百家姓's 归海 (归海羊舌) had been missed from the list: 归海|明哲律师 was left in part (blind set 122)
    assert [sp.text for sp in detect_pii("法律援助中心的归海明哲律师帮我们问过减刑。")] == ["归海明哲律师"]
