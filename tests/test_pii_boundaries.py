"""No partial replacements: final PI spans never cut a word of the pipeline segmenter (qualcode.privacy._boundaries)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qualcode.privacy import Pseudonymiser, detect_pii
from qualcode.privacy._boundaries import STOP_CHARS, _grammar, tiling_tokens
from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import NOT_PERSON, ROLE_NOUNS, TITLES
from qualcode.privacy._name_model import KIN_WORDS
from qualcode.privacy._name_tokens import word_freq
from qualcode.privacy._syllables import syllables


def persons(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "person"]


def names(text: str) -> list[str]:
    """The person spans without the title or kin word kept after them (莎仁 of 莎仁大姐)."""
    return [sp.text[:len(sp.text) - len(sp.suffix)] for sp in detect_pii(text) if sp.type == "person"]


def addresses(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "address"]


def schools(text: str) -> list[str]:
    return [sp.text for sp in detect_pii(text) if sp.type == "school"]


def replaced(text: str) -> list[str]:
    """What of each person span is replaced: the span less the title kept in clear (南卡加 of 南卡加老师)."""
    return [sp.text[:len(sp.text) - len(sp.suffix)] for sp in detect_pii(text) if sp.type == "person"]


@pytest.mark.parametrize("text, name", [
    ("敖登格日乐说她不去了。", "敖登格日乐"),
    ("那顺·乌日图家住在嘎查。", "那顺·乌日图"),
    ("我的同事欧阳娜娜也来了。", "欧阳娜娜"),
    ("我叫赵 德 胜，今年六十。", "赵 德 胜"),
])
def test_the_testers_examples_are_replaced_whole(text, name):
    assert persons(text) == [name]
    new, _omap = Pseudonymiser().fit([text]).transform_text(text)
    assert new == text.replace(name, "人员A")


@pytest.mark.parametrize("text", [
    "额吉在敖包那边，苏木里的人都知道。",
    "老话说司马迁写史记，人固有一死。",
    "我很高兴，这方面政策好。",
])
def test_traps_stay_untouched(text):
    assert detect_pii(text) == []


def test_a_name_cut_by_the_segmenter_takes_the_whole_token():
    # rjieba/jieba cut 敖登格|日乐 and 阿拉|坦仓: the name detector's span must not stop inside a token
    for text, name in [("大的叫阿拉坦仓，小的叫浩浩。", "阿拉坦仓"), ("6班的呼斯楞，他爸在外地。", "呼斯楞")]:
        assert name in persons(text)


def test_names_joined_by_a_middle_dot_are_one_name():
    assert "阿拉坦·巴根" in persons("他的孩子阿拉坦·巴根在赤峰上学。")


def test_addresses_take_their_unit_and_schools_their_class():
    spans = detect_pii("住红山区桥北街道东方红小区11号楼2单元102，孩子在松山区穆家营子镇中心小学五年级（3）班。")
    got = {sp.type: sp.text for sp in spans}
    assert got["address"].endswith("2单元102")
    assert got["school"] == "松山区穆家营子镇中心小学五年级（3）班"


def test_run_stops_at_function_characters_and_titles_are_kept():
    assert persons("乌日娜来了，她说的。") == ["乌日娜"]
    new, _ = Pseudonymiser().fit(["王书记来过两回。"]).transform_text("王书记来过两回。")
    assert new == "人员A书记来过两回。"


def test_one_backend_per_segmenter_configuration():
    from qualcode.privacy._name_tokens import _rjieba, pos_tokenizer, resolve_name_backend
    from qualcode.segment import Segmenter

    a, b = Segmenter(cache_dir=False), Segmenter(cache_dir=False, unit="turn")
    assert a.backend_ is b.backend_ is Segmenter(cache_dir=False, speakers="all").backend_
    assert Segmenter(cache_dir=False, user_words=["困境儿童补助"]).backend_ is not a.backend_
    tagger = _rjieba() if resolve_name_backend() == "rjieba" else pos_tokenizer().tokenizer
    assert tagger is not a.backend_.tokenizer  # (the name tagger has its own configuration: no domain dictionary)


# ------------------------------------------------------------------------------------------------ property
_NAMEISH = "敖登格日乐乌云其木格巴特尔那顺图呼斯楞阿拉坦仓达古张王李刘伟芳秀兰欧阳娜司马光辉"
_FILLER = ["我", "的", "同事", "说", "了", "他家", "孩子", "在", "嘎查", "，", "。", "还有", "叫", "老师", "也", "来",
           "高兴", "方面", "额吉", "敖包", "苏木", " ", "·", "和", "都"]
_pieces = st.one_of(st.text(alphabet=_NAMEISH, min_size=1, max_size=5), st.sampled_from(_FILLER))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, min_size=1, max_size=12).map("".join))
@example("方面乌乌方面乌乌")  # (面 before every mention of 乌乌 is the end of 方面, not a syllable)
@example("乌乐娜我乌乌乐娜拉乐伟")  # (a spelling of 乌乐娜 joined to a span must not cut 娜拉)
@example("云乐乌云乐乌同事云乐乌")  # (two mentions written together: the word 乌云 across them is not cut)
def test_no_person_span_cuts_a_segmenter_token(text):
    starts, ends = tiling_tokens(text)
    for sp in detect_pii(text):
        assert text[sp.start:sp.end] == sp.text
        if sp.type != "person":
            continue
        for ts, te in zip(starts, ends):
            # starts inside a token: only stop characters may be left out before it, or the end of a role, kin or
            # regional word (额吉|乌乌, 孩子妈|叶欧), or a piece that makes a dictionary word with the characters
            # before it (老|大额 -> 老大 + 额...)
            if ts < sp.start < te:
                out = text[ts:sp.start]
                assert all(c in STOP_CHARS for c in out) or _role_word_ends(text, sp.start) \
                    or _reforms(text[max(0, ts - 2):ts], out, left=True) or out[-1] in _grammar(), \
                    (text, sp, text[ts:te])  # (or right after a grammar word that is no surname: 吉给|旦正扎西)
            if ts < sp.end < te:
                out = text[sp.end:te]
                assert all(c in STOP_CHARS for c in out) or _reforms(text[te:te + 2], out, left=False), \
                    (text, sp, text[ts:te])


def _role_word_ends(text: str, p: int) -> bool:
    """A role or kin noun (also a minority kin word: 阿达|司乌), a title or a regional word that is no name ends at
    ``p``."""
    return any(text.endswith(word, 0, p) for word in ROLE_NOUNS | set(TITLES) | NOT_PERSON | KIN_WORDS)


def _reforms(neighbour: str, piece: str, left: bool) -> bool:
    """``piece`` and one or two characters of ``neighbour`` beside it are a word of jieba's dictionary."""
    for k in (1, 2):
        if len(neighbour) < k:
            continue
        word = neighbour[-k:] + piece if left else piece + neighbour[:k]
        if word_freq(word) >= 1:
            return True
    return False


# ------------------------------------------------------------------------------------------------ second round
@pytest.mark.parametrize("text, name", [
    ("聋哑人，爸爸那仁满都拉喝酒，喝多了就打人。", "那仁满都拉"),  # remainder holds a function character (都)
    ("他跟他们班巴雅斯古楞玩得好。", "巴雅斯古楞"),  # a run longer than four characters
    ("老头子额尔很巴雅尔走了五年了。", "额尔很巴雅尔"),
    ("跟爷爷那木吉拉过。", "那木吉拉"),
    ("他姐姐麦迪娜·吐尔逊在包头上学。", "麦迪娜·吐尔逊"),  # a dot and the syllables after it
    ("心理医生诺日布・桑杰说，这样不行。", "诺日布・桑杰"),
    ("名字录成了巴德玛\u3000其其格，中间多了个空格。", "巴德玛\u3000其其格"),  # one space between syllables
    ("我跟上官婉清谈了两次。", "上官婉清"),  # a compound surname the segmenter cut (跟上|官婉)
    ("常帮我接送。何桂琴家的电话打不通。", "何桂琴"),  # a given name cut by a dictionary word (琴家)
    ("还有个小姑娘陈孙沐阳，是包头的。", "陈孙沐阳"),  # two surnames and a given name
])
def test_no_name_is_left_in_part(text, name):
    spans = [sp for sp in detect_pii(text) if sp.type == "person"]
    start = text.index(name)
    assert any(sp.start <= start and start + len(name) <= sp.end for sp in spans), (text, spans)
    new, _ = Pseudonymiser().fit([text]).transform_text(text)
    assert not any(part in new for part in (name[:2], name[-2:])), new


@pytest.mark.parametrize("text, kept", [
    ("乌日娜都说好。", "都说好"),  # a run of function characters only is no syllable run
    ("莫力达瓦那边，我是达斡尔族。", "那边"),  # nor is a dictionary word holding one
    ("孩子的额吉哈斯图雅一个人陪着。", "的额吉"),  # a regional word ends the run
    ("孩子们有东方明老师照顾。", "老师"),  # a title is not a given name
    ("我跟慕容雪通过一回电话。", "通过"),  # nor a common word
])
def test_extension_stops_at_word_boundaries(text, kept):
    new, _ = Pseudonymiser().fit([text]).transform_text(text)
    assert kept in new, new


def test_an_address_is_never_split_by_a_person_span():
    text = "他们家地址是莫力达瓦达斡尔族自治旗尼尔基镇纳文大街17号，我还给他们寄过东西。"
    spans = detect_pii(text)
    assert [(sp.type, sp.text) for sp in spans] == [("address", "莫力达瓦达斡尔族自治旗尼尔基镇纳文大街17号")]
    for text, place in [("住大连市甘井子区泉水街道春和园小区8号楼3单元601，一年回来一次。", "大连市"),
                        ("阿爸在达尔罕茂明安联合旗巴音花镇乌兰敖都嘎查2组看着羊。", "达尔罕茂明安联合旗")]:
        got = [sp.text for sp in detect_pii(text) if sp.type == "address"]
        assert len(got) == 1 and got[0].startswith(place), got


def test_a_kindergarten_takes_its_class():
    got = [sp.text for sp in detect_pii("乌仁在鄂温克旗民族幼儿园中（2）班，也是我们系统的。") if sp.type == "school"]
    assert got == ["鄂温克旗民族幼儿园中（2）班"]


def _lexicon_names() -> list[str]:
    from qualcode.privacy._minority import minority_lexicon

    return sorted(e.text for e in minority_lexicon().values() if e.kind == "name")


_BEFORE = ["，", "。", "我们", "叫", "他爸爸", "邻居", "还有", "跟"]
_AFTER = ["，", "。", "说", "也来了", "的妈妈", "喝酒", "都拉着她", "在家"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_BEFORE), st.lists(st.sampled_from(_lexicon_names()), min_size=1, max_size=3),
       st.sampled_from(_AFTER))
@example("，", ["巴雅尔", "拉毛", "东智"], "，")  # (巴雅尔拉 'thank you' once dropped the chain: only 毛东智 was found)
def test_a_found_lexicon_name_is_covered_whole(before, elements, after):
    """Whatever person span touches a name composed of lexicon elements covers all of it."""
    name = "".join(elements)
    text = "受访者：" + before + name + after
    a, b = text.index(name, 4), text.index(name, 4) + len(name)
    for sp in detect_pii(text):
        if sp.type == "person" and sp.start < b and a < sp.end:
            assert sp.start <= a and b <= sp.end, (text, sp)


def test_touching_halves_of_a_name_get_one_pseudonym():
    from qualcode.privacy._detect import Span
    from qualcode.privacy._merge import merge_spans

    text = "我们村的苏布达其木格说补助到了。"
    a, b = text.index("苏布达"), text.index("其木格")
    halves = [Span(a, a + 3, "person", "苏布达", rule="nr", key="苏布达"),
              Span(b, b + 3, "person", "其木格", rule="nr", key="其木格")]
    assert [sp.text for sp in merge_spans(text, halves)] == ["苏布达其木格"]
    # a kept title ends a name: 刘主任 and 张伟 stay two people
    text = "刘主任张伟都来了。"
    new, _ = Pseudonymiser().fit([text]).transform_text(text)
    assert new == "人员A主任人员B都来了。"


def test_spaces_round_a_middle_dot_keep_one_name():
    assert persons("我家孩子叫宝音 · 图雅，今年九岁。") == ["宝音 · 图雅"]


# --- round 3 of issue 11: names behind a dot, spaced and split names, cut dictionary words, places -----------------

@pytest.mark.parametrize("text, name", [
    # the part of a name before or behind a middle dot is taken whole, up to a stop word or punctuation
    ("奶奶带大的。索罗他昆·乌兰托娅是鄂温克族。", "索罗他昆·乌兰托娅"),
    ("我跟吉伍·阿木一起去的。", "吉伍·阿木"),
    ("一个是别尔克·叶尔江提，一个不是。", "别尔克·叶尔江提"),
    ("名册上打成了古丽娜尔 · 叶尔肯别克，点两边都空着。", "古丽娜尔 · 叶尔肯别克"),
    # a name spaced between every character takes every one-character group
    ("社工吉 克 阿 呷也来过。", "吉 克 阿 呷"),
    ("打成了那 仁 满 都 拉，一个字一个空。", "那 仁 满 都 拉"),
    # a compound surname 百家姓 lacks
    ("班主任是独孤建华，人很好。", "独孤建华"),
])
def test_round_three_names_are_replaced_whole(text, name):
    assert name in persons(text)
    new, _omap = Pseudonymiser().fit([text]).transform_text(text)
    assert new == text.replace(name, "人员A")


def test_a_name_cutting_a_dictionary_word_takes_its_syllable_only():
    # jieba reads 老|大额|尔敦 and 叶尔|波拉|提前|年; 老大 and 前年 are the words, 额 and 提 belong to the names
    assert persons("老大额尔敦巴雅尔十四了。") == ["额尔敦巴雅尔"]
    assert persons("我弟弟叶尔波拉提前年去了城里。") == ["叶尔波拉提"]


def test_kin_words_and_role_words_stay_outside_a_name():
    assert persons("她儿子扎西次仁跟我大儿子同岁。") == ["扎西次仁"]
    assert "让他" not in "".join(persons("忙的时候让他儿子特古斯朝克图骑摩托来。"))


def test_a_name_of_a_place_is_an_address_and_its_school_a_school():
    spans = detect_pii("孩子住巴彦温都尔苏木，在巴彦托海镇第一小学上学。")
    typed = [(sp.type, sp.text) for sp in spans]
    assert ("person", "巴彦温都尔") not in typed
    assert all(sp.type != "person" for sp in spans)
    assert ("school", "巴彦托海镇第一小学") in typed
    # a title after a name is no place: 村长 is kept as the title of a person
    assert [sp.type for sp in detect_pii("巴特尔村长说了。")] == ["person"]


def test_two_addresses_that_touch_are_one_address():
    # a sumu found as a place name and the gacha after it: one address, one placeholder
    spans = detect_pii("住阿鲁科尔沁旗巴彦温都尔苏木查干诺尔嘎查，离旗里两百里。")
    assert [(sp.type, sp.text) for sp in spans] == [("address", "阿鲁科尔沁旗巴彦温都尔苏木查干诺尔嘎查")]


def test_a_long_transliterated_place_name_stays_in_its_address_and_school():
    text = "他们现在住查干诺尔巴彦塔拉镇幸福大街东段阳光小区6号楼1单元302室。"
    assert [(sp.type, sp.text) for sp in detect_pii(text)] == [("address", text[5:-1])]
    # the address starts after the last stop character before its own numbers, not at a numeral of the clause
    text = "一个人住延吉市建工街道春阳小区5号楼2单元301。"
    assert [sp.text for sp in detect_pii(text)] == ["延吉市建工街道春阳小区5号楼2单元301"]
    # 里 is a syllable of a town's name before 镇, not "inside"
    assert [sp.text for sp in detect_pii("闺女在哈达木里镇中心校二年级（3）班。")] == ["哈达木里镇中心校二年级（3）班"]
    assert [sp.text for sp in detect_pii("孩子在镇中心校三年级（1）班。")] == ["镇中心校三年级（1）班"]


def test_a_lettered_building_and_a_room_end_an_address():
    assert [sp.text for sp in detect_pii("他家在幸福小区A座1203室。")] == ["幸福小区A座1203室"]
    text = "住厂里宿舍，振安路168号宿舍B栋507房。"
    assert [sp.text for sp in detect_pii(text)] == ["振安路168号宿舍B栋507房"]
    assert [sp.text for sp in detect_pii("住在振兴路18号3栋502房。")] == ["振兴路18号3栋502房"]


def test_a_stop_character_inside_a_place_name_does_not_cut_it():
    # 把 of 九把乡 is no "ba": it stands between a character of the name and the word that ends it
    assert [sp.text for sp in detect_pii("他们家住柳城县九把乡红旗村五组7号。")] == ["柳城县九把乡红旗村五组7号"]
    school = "柳城县九把乡中心小学二年级（1）班"
    assert [sp.text for sp in detect_pii(f"孩子在{school}。")] == [school]
    # after a word (孩子|在) or another stop character (住|在) it is grammar
    assert [sp.text for sp in detect_pii("学生在镇中学初二（3）班。")] == ["镇中学初二（3）班"]
    assert [sp.text for sp in detect_pii("住在镇中心小区3号楼2单元401室。")] == ["镇中心小区3号楼2单元401室"]


def test_an_entrance_written_as_men_and_a_place_name_starting_with_he():
    text = "她家在河西区友谊路幸福里小区5号楼3门402。"
    assert [sp.text for sp in detect_pii(text)] == ["河西区友谊路幸福里小区5号楼3门402"]
    school = "和林镇第二小学三年级（2）班"  # (和 starts the town's name: no "and")
    assert [sp.text for sp in detect_pii(f"孩子在{school}。")] == [school]
    assert [sp.text for sp in detect_pii("孩子和镇中心校三年级（1）班的同学。")] == ["镇中心校三年级（1）班"]



def test_a_community_a_village_and_a_lane_with_their_numbers_are_one_address():
    # 社区 + 组 + 号 (an urban community divided into groups, as in 拉萨): the address runs to the house number, also
    # when a name-like part (李康) stands in the community's name
    for place in ("城关区八廓街道冲李康社区4组18号", "红山区永巴街道团结社区三组12号",
                  # a village written 寨 or 庄, and a lane (巷, Shanghai's 弄) numbered off a street
                  "盈江县平原镇勒排寨12号", "沂南县双堠镇王家庄18号", "晋江市龙湖镇阿萍街12巷3号",
                  "松江区九亭镇涞寅路1200弄35号402室"):
        assert [sp.text for sp in detect_pii(f"受访者：家在{place}，儿子以前在外面。")] == [place]
    assert detect_pii("他在村庄3号地干活。") == []  # (村庄 "village" is a word, not a village named …庄)
    # the place-name prefix stops at 至 "to" and 等 "and so on" (a court judgment's wording)
    found = detect_pii("被告陈培骏将生产设备等搬至成都市金牛区天回镇万圣社区7组，租用该社区的厂房。")
    assert [sp.text for sp in found if sp.type == "address"] == ["成都市金牛区天回镇万圣社区7组"]

# --- round 6 of issue 11: a rare dictionary word glued to a transliterated name ----------------------------------

@pytest.mark.parametrize("text, name", [
    # 东周 (the Eastern Zhou) is the Amdo spelling of Döndrup: a rare word after a Tibetan name is its second part
    ("我男人次仁东周，在县城开车。", "次仁东周"),
    ("表上写的是才让 东周，我男人才让东周不识字。", "才让东周"),
])
def test_a_rare_dictionary_word_after_a_short_transliterated_name_is_part_of_it(text, name):
    assert name in persons(text)
    assert all(name.replace(" ", "") == p.replace(" ", "") for p in persons(text))


def test_a_rare_dictionary_word_before_a_found_name_is_part_of_it():
    from qualcode.privacy._detect import Span
    from qualcode.privacy._glued import glue_rare_words

    text = "隔壁马赛乃白嫂子常来。"  # (马赛, Marseille, before the Hui given name 乃白)
    sp = Span(4, 8, "person", "乃白嫂子", "kin", "乃白", "嫂子")
    glued = glue_rare_words(text, [sp])
    assert [(g.text, g.key, g.suffix) for g in glued] == [("马赛乃白嫂子", "马赛乃白", "嫂子")]


@pytest.mark.parametrize("text, name", [
    ("乙方韩金金，甲乙双方根据协议。", "韩金金"),  # a common noun (乙方 "party B" of a contract)
    ("次仁改嫁到县里了。", "次仁"),  # a verb
    ("扎西周末回来。", "扎西"),  # a common word
    ("卓玛初三了，在县中。", "卓玛"),  # a numeral
])
def test_verbs_numerals_and_common_words_after_a_name_stay_outside(text, name):
    assert persons(text) == [name]


def test_a_rare_word_is_glued_only_where_a_word_boundary_follows_it():
    from qualcode.privacy._detect import Span
    from qualcode.privacy._glued import glue_rare_words

    text = "才让东周围的草场都租出去了。"  # (东|周围: no boundary after 东周)
    assert [g.text for g in glue_rare_words(text, [Span(0, 2, "person", "才让", "minority", "才让")])] == ["才让"]
    text = "才让东周，四十岁。"
    assert [g.text for g in glue_rare_words(text, [Span(0, 2, "person", "才让", "minority", "才让")])] == ["才让东周"]


def test_xiao_after_a_lone_surname_starts_the_given_name():
    # 丫头|汪|小花: the surname stands alone as a word, so 小花 is the given name, not 小 + the surname 花
    assert persons("最小的丫头汪小花才三岁。") == ["汪小花"]
    assert persons("他们都叫他小花，小花也不恼。") == ["小花", "小花"]  # (小 + surname alone is still 小X)
    assert persons("奶奶腿不好。大的马小龙十二岁。") == ["马小龙"]  # (马 is also "horse", but after 的 a surname)
    assert persons("小周：那小王会来看孩子吗？") == ["小周", "小王"]  # (那 "then" is no surname here)


def test_du_between_two_transliterated_names_is_a_syllable_of_one_name():
    # 阿布都 (Abdu-) of Uyghur names: 都 between two person spans cannot be "all"
    assert persons("他爸爸阿布都热合曼在库车。") == ["阿布都热合曼"]
    assert persons("巴特尔和其其格都来了。") == ["巴特尔", "其其格"]  # (和 "and" stays between two people)


def test_abu_of_uyghur_names_is_taken_and_shang_starts_a_place_name():
    # 阿不 starts no Chinese word: the 不 of 阿不力孜 and 阿不都 is a syllable (不力 "ineffective" is a segmenter word)
    assert persons("隔壁的艾克热木·阿不力孜是体育老师。") == ["艾克热木·阿不力孜"]
    assert persons("他阿不同意。") == []
    # 上 after 在 starts a place name (上都镇 of 正蓝旗), not "go to"
    school = "上都镇第二小学三年级（1）班"
    assert [sp.text for sp in detect_pii(f"儿子在{school}。")] == [school]
    assert [sp.text for sp in detect_pii("孩子去上镇中心校三年级（2）班。")] == ["镇中心校三年级（2）班"]
    # 和 after 在 starts a long transliterated place name too (和布克赛尔县 of 塔城)
    for school in ("和布克赛尔县蒙古族中学初一（2）班", "和什托洛盖镇小学二年级（3）班"):
        assert [sp.text for sp in detect_pii(f"老大在{school}。")] == [school]
    assert [sp.text for sp in detect_pii("我和孩子他爸去了镇中心校三年级（1）班。")] == ["镇中心校三年级（1）班"]
    # 家 between a surname and the rest of a place name (张家川) is no stop
    school = "张家川回民中学初三（1）班"
    assert [sp.text for sp in detect_pii(f"老大在{school}。")] == [school]
    # an intermediate court (第一中级人民法院) is no school 第一中 (public court judgments: 上诉于上海市第一中级…)
    assert detect_pii("如不服本判决，可上诉于上海市第一中级人民法院。") == []


@pytest.mark.parametrize("text, name", [
    ("她儿子更登才让十一岁，在县里住校。", "更登才让"),  # (更 "more" cannot stand between 儿子 and a name)
    ("我叫也尔肯别克·哈斯木，今年四十。", "也尔肯别克·哈斯木"),
    ("她的大孙女再努尔古丽说过。", "再努尔古丽"),
    ("州医院的才仁卓嘎大夫一个月来一趟。", "才仁卓嘎大夫"),  # (才 "only" after 的, before a name and title)
    ("村医古再丽努尔·吾甫尔来过。", "古再丽努尔·吾甫尔"),  # (one syllable before the adverb: 古再, Uyghur Güzel)
])
def test_an_adverb_between_a_role_word_or_jiao_and_a_name_is_its_first_syllable(text, name):
    found = persons(text)
    assert len(found) == 1 and found[0].startswith(name)  # (a dotted name may take a verb after it: 吾甫尔|来)


def test_xiang_before_a_transliterated_name_in_a_name_slot_is_its_first_syllable():
    # 向 'towards' before a Tibetan name (向巴 Jampa, 向秋 Jangchub) after a kin word or punctuation is no preposition
    assert persons("我小儿子向巴次仁在县城念初二。") == ["向巴次仁"]
    assert persons("医生说，向秋卓嘎得去州里复查。") == ["向秋卓嘎"]
    # before a Han name it is the preposition, also after a date (public court text: 9月24日向林康借款)
    assert persons("2015年9月24日向林康借款9553元。") == ["林康"]


def test_one_character_between_a_role_word_and_a_dotted_name_is_its_first_syllable():
    # 开 'open' is a verb to jieba, but nothing else stands between 书记 and a dotted name (blind set 67: 赛尔·艾山
    # replaced, 开 of 开赛尔, Uyghur Kaiser, left)
    assert persons("村书记开米尔·吐逊给孩子办了户口。") == ["开米尔·吐逊"]
    assert persons("我妹子尤丽达·凤芝在齐齐哈尔住。") == ["尤丽达·凤芝"]  # (子 ends the kin word 妹子)


def test_a_name_after_a_verb_of_calling_runs_up_to_its_title():
    # the title rule read 麦 of 赛莉麦姐 as a surname (blind set 68); after 喊她/叫 the name runs up to the title,
    # over characters the segmenter left single (not verbs: 叫她|去|找|李姐)
    assert persons("大家都叫她莎莉牛姐，天天来串门。") == ["莎莉牛姐"]
    assert persons("他们叫她去找李姐。") == ["李姐"]


def test_he_before_a_job_title_ends_a_han_name():
    # 和 'and' before a bare job title is the last given character (blind set 68: 赵春|和|大夫); not before a kin word
    assert persons("乡卫生院的孙立和大夫一个月来两回。") == ["孙立和"]
    assert persons("孙立和婶子都来了。") == ["孙立"]


@pytest.mark.parametrize("text, name", [
    ("前院刘富来也常过来帮忙。", "刘富来"),  # 来 'come' cannot stand before 也 'also': 富来 is the given name
    ("乡上的民政专干李科让每个月都来。", "李科让"),  # 让 'let' needs a person after it, not 每 'every'
    ("孩子的舅舅洛桑俄让在县城开车。", "洛桑俄让"),  # (blind set 71: 晋美俄|让|在)
    ("楼上马宝来他们家开饭馆。", "马宝来"),  # (blind set 73: 孙福|来|他们家: 他们 'and family' after a name)
    ("村小的马宝来老师教了三十年。", "马宝来"),  # (blind set 77: 贾福|来|老师: a job title follows a name)
    ("区里的社工长孙清和每个月来一次。", "长孙清和"),  # (blind set 92: a compound surname + one given character)
    ("我们两家轮流接送。老板柯志能能帮就帮。", "柯志能"),  # (blind set 122: 能 'can' is never said twice over)
    ("街道民政的冯国和总负责，材料报区里。", "冯国和"),  # (blind set 125: 总 'overall' before the verb)
    ("后来把同村的阿苏日各也接下来成了家。", "阿苏日各"),  # (blind set 125: 各 'each' never stands before 也)
])
def test_a_last_syllable_that_is_a_verb_before_an_adverb_or_preposition_ends_the_name(text, name):
    assert persons(text) == [name]
    assert persons("巴特尔来不来都行。") == ["巴特尔"]  # (来不来: the verb's question)
    assert persons("村里赵春和他们都来了。") == ["赵春"]  # (和他们 'and them')
    assert persons("张华和总经理谈了。") == ["张华"]  # (总经理 'general manager', a noun)
    assert persons("自此，张某才将工资卡交出。") == ["张某"]  # (an anonymised name of a court text is whole)


def test_na_before_a_verb_is_the_last_syllable_of_a_name_after_a_role_word():
    # 那 'that' takes a noun after it (那边, 那个), never a verb: after a role word it ends the name (blind sets 124
    # and 136 left 儿童主任|白照|那给 and 儿童主任|诺日布扎|那打了 in part)
    assert persons("嘎查的儿童主任白照那给女儿报了补助。") == ["白照那"]
    assert persons("她跟嘎查的儿童主任诺日布扎那打了十几回电话。") == ["诺日布扎那"]
    assert persons("村主任扎西那边没人管。") == ["扎西"]  # (那边 'there': a noun)
    assert persons("村主任乌日娜那给了我一张表。") == ["乌日娜"]  # (a whole name in the lexicon: "at her place")


def test_a_grammar_word_said_twice_before_a_given_name_is_the_first_its_own_the_second_the_surname():
    # 让 'let' is never said twice over: in 就让让文娟 the second is the surname (blind set 128 left 就让让|文娟 and,
    # before it, 班主任让|文娟老师, which the mention with the surname then completes)
    text = "班主任让文娟老师每周给我发一回她的情况，学校有什么事，校长就让让文娟直接打给我。"
    assert persons(text) == ["让文娟老师", "让文娟"]
    assert persons("他就就王芳一个朋友。") == ["王芳"]  # (a stutter before a name with a common surname)


def test_a_given_character_glued_to_jia_into_no_word_ends_the_name():
    # 栓 'bolt' is in no list of given-name characters, but 刘长|栓家 is no word (blind set 75); 全家 'the whole
    # family' is one, and stays out
    assert persons("东院赵长栓家有辆三轮车。") == ["赵长栓"]
    assert persons("王芳的全家都来了。") == ["王芳"]


def test_an_adverb_between_two_found_parts_of_a_transliterated_name_is_its_syllable():
    # blind set 77: 阿依古|再|丽·塔依尔 was found as two names with 再 'again' left between them
    assert persons("他姐姐阿依古再丽·塔依尔常来。") == ["阿依古再丽·塔依尔"]
    assert persons("刘乌都") == ["刘乌"]  # (an adverb that ends the text has no part after it: found by hypothesis)


def test_a_mention_of_one_side_of_a_dotted_name_takes_the_other_side():
    # 吐尔洪 is found as the father's name of 阿布都热合曼·吐尔洪; his own mention is written with his father's name
    text = "大的叫阿布都热合曼·吐尔洪，十岁。他爸爸吐尔洪·卡斯木前年开三轮车拉货。"
    assert "吐尔洪·卡斯木" in persons(text)


def test_a_word_glued_to_a_names_last_syllable_with_a_grammar_character_does_not_stop_the_name():
    # jieba reads 白音达|来说 and 尖措才|让给: the part of the word outside the name is 说 / 给 only
    assert persons("嘎查达白音达来说，达木林的病能办慢病卡。") == ["白音达来"]
    assert persons("村支书尖措才让给我们家报了低保。") == ["尖措才让"]
    assert persons("江苏和浙江的老板都来过。") == []  # (江苏 crossing the start still says no name)


def test_a_name_word_before_every_mention_of_a_name_is_its_first_part():
    # 哈达 is a scarf (a regional word that ends names elsewhere) and, tagged as a name, a Mongolian name element
    text = "邻居哈达巴特尔家跟我们草场挨着。草都是他家帮着。哈达巴特尔他话少。"
    assert persons(text) == ["哈达巴特尔", "哈达巴特尔"]
    text = "额吉其其格说过。额吉其其格也来了。"  # (额吉 "mother" before every mention stays a kin word)
    assert all(not p.startswith("额吉") for p in persons(text))


def test_and_before_a_particle_ends_a_name_and_a_pronoun_inside_a_place_name_is_a_syllable():
    # 和 "and" must be followed by a noun: before 过 it is the name's last syllable
    assert persons("孙子跟爷爷吕万和过，爷爷七十了。") == ["吕万和"]
    assert persons("乌兰托娅跟着奶奶过。") == ["乌兰托娅"]  # (跟着 "follows": 跟 is a verb too)
    # 他 one syllable before 乡 belongs to the place (松他克乡, 阿图什); 在 before 开州区 does not
    place = "阿图什市松他克乡阿孜汗村二组18号"
    assert [sp.text for sp in detect_pii(f"第三家在{place}。")] == [place]
    assert [sp.text for sp in detect_pii("屋头在开州区临江镇竹溪村六组18号。")] == ["开州区临江镇竹溪村六组18号"]


@pytest.mark.parametrize("text, names", [
    ("并判决女儿周敏由原告抚养，女儿周琴由被告抚养。", ["周敏", "周琴"]),  # 由 "by" is no syllable of a name
    ("受理费五元，由殷克松负担。", ["殷克松"]),
    ("孩子罗良均由胡登杰照看。", ["罗良均", "胡登杰"]),  # (two names, never one across 由)
    ("巴雅尔常来我们家。", ["巴雅尔"]),  # 常 "often" neither
    ("儿童主任阿拉腾苏布达常来。", ["阿拉腾苏布达"]),
])
def test_you_and_chang_after_a_name_stay_outside(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, name", [
    ("她在宿舍里哭。宿管其美多杰老师半夜起来。", "其美多杰"),  # a surname character ending an occupation word
    ("4组有一家，男人叫温都苏·阿拉腾，女人不在。", "温都苏·阿拉腾"),  # 叫 glued to the clan name's first syllable
    ("档案里努尔古丽巴努的名字写成别的了。", "努尔古丽巴努"),  # a locative after a noun
    ("我阿妈此里卓嘎六十多了。", "此里卓嘎"),  # ... but 里 after a syllable is one
    ("留下三个孩子：大儿子伊力亚尔十三，二丫头十岁。", "伊力亚尔"),  # a role word at the end of a longer word cues
])
def test_role_words_cues_and_locatives_beside_a_listed_name(text, name):
    assert names(text)[:1] == [name]


def test_a_kin_word_glued_to_a_names_first_syllable_does_not_reject_the_name():
    # jieba reads 我|哥达|来|扎布: the word crossing the name's start is 哥 "elder brother" + its first syllable
    assert persons("他就趴在窗台上看路。我哥达来扎布说把老小接到他家去。") == ["达来扎布"]


def test_a_manchu_clan_name_that_starts_with_a_pronoun_character_is_replaced_whole():
    # 他塔喇, one of the eight great clans, begins with 他 "he": listed as a clan, it is taken with the name after
    # the dot
    assert persons("我娘家那边有个舅爷叫他塔喇·春生，谱上也这么写。") == ["他塔喇·春生"]


@pytest.mark.parametrize("text, name", [
    ("旗民政局的赵淑云跟着一起去的。", "赵淑云"),  # 淑 is a given-name character: most jieba names with it are nrfg
    ("赵淑云说她不去了。", "赵淑云"),
])
def test_given_name_characters_of_names_tagged_nrfg_count(text, name):
    assert persons(text) == [name]


def test_kinds_of_name_are_cues_and_never_part_of_the_name():
    # 经名 "religious name" and 汉名 "Han name" are words, not a name's first syllables
    assert persons("我是撒拉族，经名阿卜都，庄子上的人都叫我韩阿卜都。") == ["阿卜都", "韩阿卜都"]
    assert persons("她爸爸汉名敖振山，在旗里上班。") == ["敖振山"]


def test_a_grammar_character_inside_a_town_name_between_a_county_and_its_town():
    place = "额敏县喀拉也木勒镇阔克塔斯村二组15号"  # 也 "also" is a syllable of 喀拉也木勒
    assert [sp.text for sp in detect_pii(f"受访者：家在{place}，冬天住在额敏。")] == [place]
    place = "越西县普雄镇瓦曲村一组8号"  # ... 在 "at" never is
    assert [sp.text for sp in detect_pii(f"阿苏木果家在{place}。") if sp.type == "address"] == [place]


def test_a_clan_word_that_starts_two_names_of_the_text_starts_the_others():
    text = ("我男人海来尔古在外面打工。三个娃，老大海来阿芝十三岁；老二海来日布十一；老三海来石哈六岁。"
            "海来这个家支在我们村人多。")
    # 海来 (a Yi clan) starts 海来尔古 and 海来阿芝: 海|来石哈 is no Han name 石哈, and 海来日布 is a name too
    assert persons(text) == ["海来尔古", "海来阿芝", "海来日布", "海来石哈"]


def test_one_name_written_two_ways_is_no_clan():
    text = "学籍里写成别克苏丹·托合托逊，户口上是别克苏丹托合托逊。别克的意思是首领。"
    assert "别克" not in persons(text)


@pytest.mark.parametrize("text, names", [
    ("来了两个年轻人，一个是上官明月，还有别的人。", ["上官明月"]),  # 月 'month' is a given-name character here
    ("县社工站的皇甫一鸣和欧阳丽君常来。", ["皇甫一鸣", "欧阳丽君"]),  # ... and 一 before one
    ("欧阳家的孩子也在这个班。", []),  # (a cued character alone is no given name: the Ouyang family)
])
def test_a_compound_surname_that_is_no_word_cues_its_given_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("乡里的干部宋天山有空就来跟我聊。", ["宋天山"]),  # after a role word, a surname and a place word as given name
    ("社区书记富长河逢年过节拎米来。", ["富长河"]),
    ("有的儿童主任连困境儿童和留守儿童都分不清。", []),  # 连 'even'
])
def test_a_surname_after_a_role_word_takes_a_word_as_given_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("这些年得肝病走了。儿子胡和巴特尔喝了酒跟人打架。", ["胡和巴特尔"]),  # no one calls a son by a bare surname
    ("受访者：我哥罗让丹巴和嫂子去年秋天走的。", ["罗让丹巴"]),
    ("受访者：我哥和巴特尔去年秋天走的。", ["巴特尔"]),  # (和 alone is "and")
])
def test_what_stands_between_a_kin_word_and_a_name_is_the_names_first_part(text, names):
    assert persons(text) == names


def test_jia_between_a_place_word_and_its_town_is_part_of_a_schools_place_name():
    school = "大河家镇中心小学六年级（2）班"
    assert [sp.text for sp in detect_pii(f"老二十二岁，在{school}。")] == [school]


def test_a_listed_element_right_before_a_name_is_its_first_part():
    # 贡觉 (a name element, and a county) written before 旺修医生 after 的
    assert persons("我腰疼，藏医院的贡觉旺修医生给配了药。") == ["贡觉旺修医生"]


def test_a_spaced_mention_takes_what_widening_found_in_the_plain_one():
    text = "还有田宰凯里亚，是个孤儿。宰凯里亚也常在我家吃饭。表上写的是田 宰 凯 里 亚。"
    assert persons(text)[-1] == "田 宰 凯 里 亚"


def test_a_listed_name_with_a_grammar_character_is_found_whole_and_the_character_is_no_syllable():
    assert persons("孙子跟着爷爷吐尔地阿洪。老人八十了。") == ["吐尔地阿洪"]
    assert persons("沙吾列·吐尔洪常来弹冬不拉。") == ["沙吾列·吐尔洪"]


@pytest.mark.parametrize("text, name", [
    ("老头子张福来前年中风，瘫在床上。", "张福来"),  # 来 'come' kept in one word with the name, after a kin word
    ("孩子十一岁，爷爷罗大有残疾，她爸妈都走了。", "罗大有"),
])
def test_a_cued_last_given_character_the_segmenter_keeps_with_the_name(text, name):
    assert persons(text) == [name]


def test_a_village_named_after_a_family_keeps_its_surname_when_the_segmenter_glues_it_to_the_town():
    place = "梨树县小城子镇于家村四组9号"  # (jieba: 小城|子镇于|家村; 于 is also "at")
    assert [sp.text for sp in detect_pii(f"我妈的老房子在{place}。")] == [place]


@pytest.mark.parametrize("text, name", [
    ("受访者：老大更登群培十五，学校里不收费。", "更登群培"),  # 更 'more' between a kin word and a name: a syllable
    ("村里的儿童主任完么吉给旦正扎西报了孤儿基本生活费。", "旦正扎西"),  # jieba's 吉给旦 holds 给 'give'
])
def test_kin_gaps_and_grammar_words_glued_before_a_name(text, name):
    assert name in [n.rstrip("报") for n in persons(text)] and not any("给" in n for n in persons(text))


def test_xianglao_is_a_role_word_not_lao_and_a_surname():
    assert "老祁" not in persons("时候先想着我们。乡老祁伊斯哈格给我媳妇找了西宁的大夫。")


@pytest.mark.parametrize("text, names", [
    ("她大的九岁，外孙女丁鲁给耶六岁。", ["丁鲁给耶"]),  # 给 'give' takes no age after it: a syllable of the name
    ("老大住校；二姑娘汪如给燕十一，在锁南上学。", ["汪如给燕"]),
    ("她大姐苏彩霞给老二三百块钱。", ["苏彩霞"]),  # (a real 'give': no age follows)
    ("我们自己的姑娘宝音那生十五了，在旗里念书。", ["宝音那生"]),  # 那 'that' takes no age after it either
    ("她孙女娜仁那个十五岁的同学也来了。", ["娜仁"]),  # (个 is no name's syllable)
])
def test_gei_between_a_name_after_a_kin_word_and_an_age_is_a_syllable(text, names):
    assert persons(text) == names


def test_a_verb_between_a_county_and_a_one_syllable_town_is_the_towns_first_syllable():
    place = "从江县往洞镇增冲村二组8号"
    assert [sp.text for sp in detect_pii(f"姐弟俩家在{place}。")] == [place]
    school = "从江县往洞镇中心小学六年级（1）班"
    assert school in [sp.text for sp in detect_pii(f"石美芝在{school}，班主任姓韦。")]
    assert detect_pii("他从县往镇上走了。") == []


def test_a_word_across_the_end_of_a_town_does_not_cut_the_village_after_it():
    # blind set 164: 大武镇江让村 -- 镇江 is a city, but 镇 ends the town and 江让 is the village, whose 让 'let' was
    # taken for a word before the address (玛沁县大武镇江让|村二社6号)
    place = "玛沁县大武镇江让村二社6号"
    assert [sp.text for sp in detect_pii(f"我老家是{place}。")] == [place]
    assert addresses("孩子在镇上12号住。") == []  # (a word before 在 still stops it)



@pytest.mark.parametrize("text, name, outside", [
    ("女她们班于海澜老师年轻，对孩子有耐心。", "于海澜", ""),  # 于 'at' is written Chinese, seldom talk, before a name
    ("对于海澜老师来说，这是头一回。", "海澜", "于"),  # (对于 'as for' is a word: 于 is no surname here)
    ("由于海澜老师不在，孩子们自己看书。", "海澜", "于"),
    ("我和秋兰老师说过这事。", "秋兰", "和"),  # (和 'and' stays a conjunction)
])
def test_a_grammar_surname_seldom_grammar_before_a_given_name_and_a_title(text, name, outside):
    found = persons(text)
    assert len(found) == 1 and name in found[0] and not (outside and outside in found[0])


def test_a_listed_element_and_a_syllable_before_a_one_character_title_form():
    assert persons("学校的扎西端智老师教藏文，常来家里看孩子。") == ["扎西端智老师"]  # not 智老师 alone
    assert "扎西说智老师" not in persons("学校的扎西说智老师明天来。")  # (说 'say' is no syllable)


def test_dongzhi_an_element_whose_characters_are_no_syllables_is_whole_and_takes_the_syllables_before_it():
    # 东智 (don grub, as 端智 and 顿珠) is listed (R48): blind sets 147 and 131 left 我男人|多杰|东智 in part and
    # 老乡|尕让东智 unfound; 东 'east' stays out of the syllables, so no run grows over an ordinary 东
    assert persons("我男人多杰东智开大货车，从寿光往西跑。") == ["多杰东智"]
    assert persons("同在什邡开挖机的老乡尕让东智过年帮我捎酥油回来。") == ["尕让东智"]
    assert persons("扎西东周会开车，他常拉孩子们。") == ["扎西东周"]  # (东周 glued after a listed name, as before)
    assert "东" not in syllables() and persons("巴特尔东边那块地也包了。") == ["巴特尔"]


@pytest.mark.parametrize("text, name", [
    ("我弟弟向巴群培在寺里当喇嘛，不常回家。", "向巴群培"),  # 向巴 (强巴): 巴 alone before 群培 is half an element
    ("村支书向巴措姆给报了低保。", "向巴措姆"),
])
def test_a_lone_syllable_before_tibetan_elements_takes_its_first_half_after_a_kin_or_role_word(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", ["我弟弟向巴特尔借了钱。", "乡里的干部李白玛说，表交了。", "我弟弟向达瓦借了钱。"])
def test_a_preposition_before_a_whole_name_stays_outside(text):
    assert not any(n.startswith("向") for n in persons(text)) and persons(text)


def test_a_kin_word_tagged_as_a_name_is_no_part_of_a_dotted_name_and_its_mentions_stay_whole():
    text = "老三热合木吐拉·艾合买提江八岁，耳朵听不见。残联的表上是热合木吐拉 艾合买提江，儿童主任的表上也是。"
    assert persons(text) == ["热合木吐拉·艾合买提江", "热合木吐拉 艾合买提江"]  # (老三 'the third' is no clan name)


def test_a_dotted_name_ends_before_an_age_and_starts_after_a_kin_word_no_list_holds():
    # an age in Chinese numerals ran into the right side, which then held numerals and was no name (blind set 166
    # missed 阿爸居马·托汗七十二 whole); a kin word no role list holds joined the left side (闺女比丽克孜)
    assert persons("家里还有谁？阿爸居马·托汗七十二，身体还行。") == ["居马·托汗"]
    assert persons("闺女比丽克孜·卡地尔七岁，跟她哥在一个学校。") == ["比丽克孜·卡地尔"]


@pytest.mark.parametrize("text, names", [
    ("她跟外公韩德胜过，外公种地。", ["韩德胜"]),  # 胜过 'surpass' is a word; after a kin word the name has two given
    ("她儿子宋振山前年开车出了事。", ["宋振山"]),  # characters when the text after the third starts a word (前年)
    ("孩子他妈孙丽精神不好，常吃药。", ["孙丽"]),  # (神不 starts no word: 精 stays with 精神)
    ("他儿子李强才知道这事。", ["李强"]),  # (才 'only then' is grammar)
])
def test_a_cued_han_name_takes_a_given_character_a_word_glued_to_what_follows(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("address", [
    "东营市河口区仙河镇金海社区滨海路16号2楼",  # a floor after a street number
    "昆山市周市镇新塘社区宏达宿舍楼5栋203房",  # a dormitory block of migrant workers
    "宜兴市丁蜀镇丽景小区6幢1单元4层402室",  # a floor between the entrance and the flat
])
def test_addresses_with_a_floor_or_a_dormitory_block_are_replaced_whole(address):
    assert [sp.text for sp in detect_pii(f"他们在外面租的是{address}，房租不贵。")] == [address]


def test_a_house_of_two_and_a_half_storeys_is_no_floor():
    found = [sp.text for sp in detect_pii("老宅在兴隆街57号二层半的砖房里。")]
    assert found == ["兴隆街57号"]


@pytest.mark.parametrize("text, name", [
    ("厂里的工友杨春生病了一个月，没人管。", "杨春生"),  # 工友 'workmate' is a role word like 同事
    ("隔壁的萨日吉雅大姐来了。", "萨日吉雅大姐"),  # syllables before a transliterated title form
    ("我哥芒来巴图前年走了。", "芒来巴图"),  # a gap after a kin word that is no word and ends in a syllable
])
def test_names_after_role_words_and_syllable_runs_are_whole(text, name):
    assert persons(text) == [name]


def test_a_spaced_name_after_another_keeps_its_last_character():
    text = "户口本上写的是巴 雅 尔 图和苏　其　日，低保表上写的不一样。"
    assert any(n.endswith("苏\u3000其\u3000日") for n in persons(text))
    assert persons("上访人：冯辉金 日 期：2015年3月") == ["冯辉金"]  # (日 期, a form's word spaced out)


@pytest.mark.parametrize("text, name", [
    ("儿童主任热依拉·吐尔地什常来，问孩子吃得饱不饱。", "热依拉·吐尔地什"),  # 什 is grammar only in 什么
    ("阿依古丽什么也没说，低头走了。", "阿依古丽"),
])
def test_shi_ends_a_transliterated_name_unless_it_starts_shenme(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("邻居如先古·麦麦提大姐送来一袋面。", "如先古·麦麦提大姐"),  # title form after a dotted first part
    ("老婆库勒依拉在家，孩子上学去了。", "库勒依拉"),  # 老婆 'wife' is a kin word before a name, like 老公
])
def test_a_title_form_takes_a_dotted_name_and_a_kin_word_cues_a_name(text, name):
    assert any(name in n for n in persons(text)) and not any("老婆" in n for n in persons(text))


def test_the_uyghur_prefix_abu_is_part_of_the_name_before_a_dot():
    text = "村支书阿不来提·艾力给我们家修了院墙。"  # 不 'not' after 阿 is the prefix 阿不 (阿不来提, 阿不都)
    assert persons(text) == ["阿不来提·艾力"]


def test_frequent_surnames_are_the_head_of_the_common_section():
    from qualcode.privacy._name_data import frequent_surnames, surnames
    top = frequent_surnames()
    assert len(top) == 100 and {"王", "李", "张", "刘"} <= top and "巴" not in top  # (巴 is common, not frequent)
    assert top <= surnames()[0]


def test_a_name_the_segmenter_glued_to_a_role_word_starts_right_after_the_role_word():
    # jieba cuts 蒙医白|那木|扎布: the name's first syllable sticks to 蒙医 'Mongolian doctor'; the run of
    # syllables to the left may end at a role word inside a token, as it may at one that ends a token
    assert persons("找了个蒙医白那木扎布看腿，说是风湿。") == ["白那木扎布"]


@pytest.mark.parametrize("text, name", [
    ("来登记的是都仁巴雅尔，他问了孩子的情况。", "都仁巴雅尔"),  # 都 'all' cannot stand between 是 and a name
    ("管低保的是都古尔苏和，人挺好。", "都古尔苏和"),
])
def test_du_after_shi_before_a_transliterated_name_is_its_first_syllable(text, name):
    assert persons(text) == [name]
    assert persons("大家都巴不得早点放假。") == []


@pytest.mark.parametrize("text, name", [
    ("乡卫生院的李来福老师说孩子没事。", "李来福老师"),  # 福 is a rare surname; 李 + 来福 is the name
    ("卫生室的韩来福大夫每月来一趟。", "韩来福大夫"),
])
def test_a_common_surname_and_a_given_character_before_a_rare_surname_and_a_title_are_one_name(text, name):
    assert persons(text) == [name]
    assert persons("的高兴王老师来了。") == ["王老师"]  # (高兴 'glad' is a word: no name starts with it)


def test_a_name_after_a_kin_word_may_end_before_guo_live_with():
    # 跟着舅舅X过 'lives with uncle X': 过 after the name is the verb, not part of it
    assert persons("娃跟着舅舅岩布朋过，舅舅也穷。") == ["岩布朋"]


@pytest.mark.parametrize("text, name", [
    ("我丈夫阿不都·买吐送以前放羊。", "阿不都·买吐送"),  # 买 'buy', 送 'send': syllables behind a dot (吐送)
    ("表上写的是艾 则 孜 · 买 吐 送，没错。", "艾 则 孜 · 买 吐 送"),  # a spaced dot is one more gap
])
def test_a_dotted_name_takes_syllables_that_are_verbs_elsewhere(text, name):
    assert persons(text) == [name]


def test_a_dotted_name_runs_back_to_the_naming_verb():
    # jieba glues 叫布 and makes 威海 the city: what 叫 names runs up to the dot all the same
    assert persons("他妹妹叫布威海热·吾斯曼，在喀什当护士。") == ["布威海热·吾斯曼"]
    assert persons("他叫我们的阿依·买买提来。") == ["阿依·买买提"]  # (的 is a stop: no longer reach)


def test_a_doubled_nickname_takes_no_syllable_run():
    # 乐 and 完 are syllables of transliterated names (格日乐, 完么), and so is 送 (吐送), but 乐乐 is a Han nickname
    assert persons("孙女叫乐乐。我把乐乐送完了就去。") == ["乐乐", "乐乐"]


def test_suo_is_a_hui_surname():
    assert persons("孩子的班主任是锁老师，回族。") == ["锁老师"]


def test_the_uyghur_prefix_abu_before_a_found_name_is_part_of_it():
    assert persons("丈夫阿不力米提·吾守尔前年秋天上树摔了。") == ["阿不力米提·吾守尔"]


def test_the_prefix_abu_behind_a_dot_takes_its_syllables_before_a_one_character_word():
    # 阿不力米提 + 肾不好 'kidneys bad': no two-character word starts at 肾, but 肾 is a word before 不; the name is
    # never cut at 阿 (the segmenter glues 提肾, so the span covers 肾 too)
    (name,) = persons("老婆热依拉·阿不力米提肾不好，透析了三年。")
    assert name.startswith("热依拉·阿不力米提")


def test_a_place_word_glued_to_the_next_name_still_starts_the_address():
    # jieba cuts 达玛沟|乡托|万|喀|让|古塔|格村: 乡 ends the township, 托 starts the village's name
    text = "家在策勒县达玛沟乡托万喀让古塔格村4组26号。"
    assert [sp.text for sp in detect_pii(text) if sp.type == "address"] == ["策勒县达玛沟乡托万喀让古塔格村4组26号"]


def test_wu_and_shou_are_syllables_of_uyghur_names():
    # 吾守尔 (Ghoja Ushur): a son's given name before his father's name, which is known from another mention
    text = "我叫阿不都·买合苏提。大儿子吾守尔江买合苏提十三岁。"
    assert persons(text) == ["阿不都·买合苏提", "吾守尔江买合苏提"]


@pytest.mark.parametrize("text, name", [
    ("医院骨科的张志伟大夫给我做的手术。", "张志伟"),  # jieba: 张志|伟大|夫给 -- 大夫 is the title, kept
    ("媳妇宋爱莲二〇二二年走了。", "宋爱莲"),  # jieba: 宋爱莲二|〇|二|二年 -- the year is no part of the name
])
def test_a_name_grown_over_a_token_stops_before_a_title_or_a_date_in_it(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("冯建国家的孩子没人管。", "冯建国"),  # jieba: 冯建|国家 'country' -- 家 'the family of' follows the name
    ("何永富家的羊丢了。", "何永富"),  # 富家 'rich family'
])
def test_a_given_character_glued_to_jia_the_family_of_is_part_of_the_name(text, name):
    assert persons(text) == [name]
    assert persons("后来张明大家都认识了。") in ([], ["张明"])  # (大家 'everyone' stays a word)


def test_a_gap_between_a_role_word_and_a_transliterated_title_form_is_the_names_first_part():
    # jieba: 班主任|茹先|古丽|老师 -- the title rule found 古丽老师; after a role word the gap is the name's first part
    assert persons("卡米力江的班主任茹先古丽老师，她说孩子学习好。") == ["卡米力江", "茹先古丽老师"]  # (the pupil too)
    assert persons("亲家母阿依夏说话我一半听不懂。") == ["阿依夏"]  # (亲家母 is one kin word: no gap 母)


def test_a_transliterated_names_last_syllable_glued_to_jia_is_the_names():
    assert "伊德日胡" in "".join(persons("东院的伊德日胡家有四轮子，秋天帮我拉草。"))
    assert persons("巴特尔国家给的补贴都领了。") in ([], ["巴特尔"])  # (国家 'the state' is a word)


def test_an_address_takes_the_part_of_a_listed_county_the_segmenter_cut_off():
    # jieba: 让|胡路区 -- 让 'let' is a word, but 让胡路区 is a district of 大庆 (data/places_zh.txt)
    from qualcode.privacy._places import listed_places
    assert {"让胡路区", "策勒县", "科尔沁右翼中旗"} <= listed_places() and "他拉哈镇" not in listed_places()
    text = "媳妇透析的时候在外面租个屋，让胡路区银浪街道晨曦小区9号楼2单元503室。"
    assert [sp.text for sp in detect_pii(text) if sp.type == "address"] == ["让胡路区银浪街道晨曦小区9号楼2单元503室"]


def test_a_county_called_by_its_name_alone_is_no_person_unless_a_cue_says_so():
    assert persons("腰间盘突出，去吴忠看过，大夫说要做手术。") == []  # (吴忠市: 吴 is a surname, the tagger says name)
    assert persons("目前被告仍在景洪经营水果店。") == []
    assert persons("村里的会计叫吴忠，他说表格填错了。") == ["吴忠"]  # (a naming cue: a person called 吴忠)
    assert persons("我哥罗让丹巴和嫂子去年秋天走的。") == ["罗让丹巴"]  # (丹巴县, but 丹巴 is a listed Tibetan name)


def test_a_gap_after_a_role_word_before_a_dotted_name_is_its_first_part():
    # jieba: 班主任|热孜|万古|丽·艾买尔 -- 万 is no listed syllable, but a dotted name is no Han name
    assert persons("克依木的班主任热孜万古丽·艾买尔老师说他数学好。") == ["热孜万古丽·艾买尔"]


def test_li_right_after_a_transliterated_name_before_an_age_is_a_syllable():
    assert persons("受访者：儿子海白来里十三，学名叫海文博。")[0] == "海白来里"  # (里 needs 那/这 after a person)
    assert persons("阿依古丽家里没人，巴特尔那里有。") == ["阿依古丽", "巴特尔"]


def test_abu_between_two_found_parts_of_a_name_joins_them():
    text = "受访者：哈木的班主任则乃普·阿不力米提老师说他物理好。"
    assert "则乃普·阿不力米提老师" in persons(text)


def test_a_two_character_gap_after_a_kin_word_before_a_transliterated_name_is_its_first_part():
    assert persons("访谈者：大孙女拥中翁青十二岁，在新龙上学。") == ["拥中翁青"]  # (拥中, Yungdrung: no word)


def test_a_residents_committee_group_and_house_number_is_an_address():
    text = "户籍在伊春市乌翠区翠峦街道红旗委十二组5号，电话打不通。"
    assert any(sp.type == "address" and sp.text.endswith("红旗委十二组5号") for sp in detect_pii(text))
    assert not any(sp.type == "address" for sp in detect_pii("按省委1号文件执行。"))


def test_a_name_after_a_role_word_of_office_or_work_is_found():
    # 支书, 工头 were no role words: a surname and a given name no rule knew, right after them, were missed whole
    assert persons("村支书王占魁跑了两趟县民政局。") == ["王占魁"]
    assert persons("工头张大海是我们那里人。") == ["张大海"]
    assert persons("我闺女白白耽误了半年。") == []  # (闺女 is one now; 白白 'in vain' stays)
    assert persons("去了闺女家拘束，女婿那边不好说。") == []


def test_a_transliterated_name_of_four_or_five_characters_after_a_role_word_is_found_whole():
    # only three or two characters were tried after a role word: 村支书|包哈日|查盖 was replaced in part
    assert persons("村支书包哈日查盖给我们家修了院墙。") == ["包哈日查盖"]
    assert persons("村支书杨尕藏才旦给我们家报了低保。") == ["杨尕藏才旦"]
    assert persons("纳吾肉孜节，老婆炸包尔萨克，煮一大锅。") == []  # (炸 'fry': no syllable, no surname)


def test_what_stands_between_a_naming_cue_and_punctuation_is_a_name_with_a_surname_in_no_list():
    # rule_cue needs a listed surname and a listed given character: 庹, 睢 and 一 (in 樊一航) were missed whole
    assert persons("受访者：我叫庹春梅，在镇上开小卖部。") == ["庹春梅"]
    assert persons("孩子学名叫樊一航，在镇小学。") == ["樊一航"]
    assert "睢满囤" in persons("邻居老汉叫睢满囤。腰椎不好。")
    assert persons("孙子十二，小名叫核桃，因为小时候圆滚滚的。") == ["核桃"]  # (after 小名 a word is the nickname)
    assert persons("每个月把各嘎查儿童主任叫到一块儿，一个一个过。") == []  # (叫 'call over')
    assert persons("我叫救护车，半天才来。") == []
    assert persons("她小名叫啥，我忘了。") == []


def test_a_name_after_a_kind_of_name_is_found_and_never_takes_the_kind_word():
    assert persons("孙子七岁，经名尔萨，刚上一年级。") == ["尔萨"]  # (经名 'religious name' is no part of it)
    assert persons("她是藏族，汉名姓李。") == []
    assert persons("蒙古名字长，表上会写错。") == []
    # a verb with 着 after the kind word: 'the surname and the religious name written together' (连 a surname)
    assert persons("姓跟经名连着写。") == []
    assert persons("把姓和经名连着念，他听见会回头。") == []


def test_a_common_surname_before_a_transliterated_mention_is_the_names():
    # the religious name alone is found after 经名; its mention with the family's surname took the surname only
    # once both were found whole (韩|阿卜杜拉 left 韩)
    text = "我经名阿卜杜拉，身份证上是韩阿卜杜拉，家在街子，骆驼泉边上。"
    assert persons(text) == ["阿卜杜拉", "韩阿卜杜拉"]
    assert "和阿卜杜拉" not in persons("我经名阿卜杜拉，我和阿卜杜拉一起去。")  # (和 'and')


def test_a_name_after_a_kin_word_or_a_birth_order_word_before_an_age_is_found():
    # an age after the name (十一岁, 十岁；) was no end the after-role rule knew, and 老二/老三 no role words
    assert persons("儿子哈苏来曼十一岁，在县城。") == ["哈苏来曼"]
    assert persons("老二尼玛十岁；老三格桑五岁。") == ["尼玛", "格桑"]
    assert persons("老三白乙拉才五岁。") == ["白乙拉"]  # (才 'only' before an age: no syllable of the name)


def test_what_someone_is_called_after_jiao_ta_is_a_name_when_the_name_model_says_so():
    assert persons("我们都叫她塔尼娅。她是从根河来的。") == ["塔尼娅"]
    assert persons("家里都叫他二娃，十岁。") == ["二娃"]
    assert persons("村里人喊他嘎略公公，他背着娃。") == ["嘎略"]  # (公公 stays, as a title would)
    assert persons("她叫我别瞎想。") == []  # (an order)
    assert persons("叫他小心点。") == []  # (words, no name)
    assert persons("他们叫我蒙古嫂子。") == []


def test_a_name_between_a_role_word_and_a_title_is_found():
    assert replaced("班主任南卡加老师说孩子聪明。") == ["南卡加"]  # (the title stays in clear)


def test_a_run_of_transliteration_syllables_the_name_model_takes_for_a_name_is_found_anywhere():
    # no cue, no role word right before it, no lexicon entry: 斯日古楞 between commas was missed whole
    assert persons("嘎查的儿童主任，斯日古楞，她来说的。") == ["斯日古楞"]
    assert persons("爷爷给孩子们讲阿古顿巴的故事。") == []  # (a verb's object: a story)
    assert persons("过年我们弹库姆孜，唱歌。") == []  # (an instrument)
    assert persons("我们去鄂尔多斯看病。") == []  # (a place)


def test_a_word_the_tagger_calls_a_name_needs_given_name_characters_without_a_cue():
    # jieba tags 花名册 'roster', 农忙 'busy farming season' and 但原告 as names; 名册, 忙, 原告 are no given names
    assert persons("老师说他们班的花名册上就是这么写的。") == []
    assert persons("样样离不开人，农忙的时候我一个人忙不过来。") == []
    assert persons("但原告王某某无证据证实该事实。") == ["王某某"]
    assert persons("被告于2015年8月17日向陈存强支付38455元。") == ["陈存强"]


def test_a_role_word_then_a_surname_character_and_a_verb_phrase_is_no_name():
    # the slot rule took 孙女|爱唱歌， and 儿子|成绩好， (爱, 成 are surnames); 唱, 好 are seldom given names
    assert persons("孙女爱唱歌，会弹两首曲子。") == []
    assert persons("李家的儿子成绩好，他班主任说的。") == []
    assert persons("户主郑国华，今年六十。") == ["郑国华"]
    assert persons("日生育了女儿赵某乙。婚前感情还好。") == ["赵某乙"]  # (an anonymised name stays whole)


def test_an_inland_tibetan_or_xinjiang_class_between_a_school_and_its_grade_is_the_schools():
    # the school was replaced and the class left (育英中学|西藏班初三（1）班): 西藏班, 新疆班 and 预科 are school tracks
    schools = [sp.text for sp in detect_pii("孙女在北京西藏中学预科（2）班念书。") if sp.type == "school"]
    assert schools == ["北京西藏中学预科（2）班"]
    schools = [sp.text for sp in detect_pii("孙子在常州市第一中学新疆班高一（3）班。") if sp.type == "school"]
    assert schools == ["常州市第一中学新疆班高一（3）班"]


def test_a_surname_that_is_also_a_word_before_a_given_name_the_tagger_tags_is_a_name():
    # 高 'tall' and 田 'field' are surnames and words: 他妈|高秀颖 and 书记员，田淑芬。 were missed whole without a cue
    assert persons("他妈高秀颖从天津给我发消息。") == ["高秀颖"]
    assert persons("我是法院的书记员，田淑芬。") == ["田淑芬"]
    assert persons("爸爸叫马小凤去镇上。") == ["马小凤"]
    # a given-name ending that is a verb, or a word the Han name model does not take for a name, is none
    assert persons("教育局管上学，卫健委管看病。") == []
    assert persons("丫头说长大了要跳安召舞给她妈看。") == []
    assert persons("就是低保里分类施保加发的那一份。") == []  # (施保 'grant the allowance', 加发 'pay extra')


def test_a_nickname_that_is_a_word_is_found_after_its_cue_and_wherever_the_text_says_it_again():
    # 苞米, 蒜苗 and 虎头 are words: after 小名叫 one was found but not said again; after 喊她/叫他 not even once
    text = "小儿子小名叫苞米。苞米是秋天生的，她说苞米画画好。"
    assert persons(text) == ["苞米", "苞米", "苞米"]
    assert persons("我们喊她蒜苗。蒜苗跟她姐睡。") == ["蒜苗", "蒜苗"]
    assert persons("家里叫他虎头，虎头说，奶奶。") == ["虎头", "虎头"]
    assert persons("都喊他航航。航航他懂事。") == ["航航", "航航"]
    # a nickname is the word and no more: 锅巴|抹了 does not take 抹 (a character the segmenter does not know)
    assert persons("小名叫锅巴。锅巴抹了一脸的泥。") == ["锅巴", "锅巴"]
    # orders, titles, kin words and kinds of name after 叫他/喊她 are no nicknames
    assert persons("妈妈叫他吃饭。叫她老师。叫他儿子。喊他回家。叫他上学。叫我小名。") == []


def test_a_surname_standing_alone_before_a_given_name_and_a_title_is_taken_in_by_how_much_it_is_a_word():
    # 解|红旗校长, 路|玉敏老师 and 从|文斌老师 were replaced without the surname (解 is seldom a word, 路 often, 从 is
    # above all a preposition): the name model's odds for the three characters must beat a bar that rises with that
    assert persons("受访者：解红旗校长牵头，心理老师也来。") == ["解红旗校长"]
    assert any(t.endswith("路玉敏老师") for t in persons("他们班路玉敏老师说他聪明。"))
    assert persons("打了一次电话。从文斌老师是城里来的。") == ["从文斌老师"]
    assert persons("我从玉敏老师那儿听说的。") == ["玉敏老师"]  # (从 'from': the three are no likely name)


def test_a_religious_name_after_its_kind_and_syllables_after_a_verb_of_calling_are_names():
    # 经名|赛里目， and 经名|尔不都， were missed whole (里, 不, 都 are grammar elsewhere); so were 叫我|旦巴。 and
    # 喊他|次觉。, transliteration syllables the name model alone did not take for a name
    assert persons("孙子的经名赛里目，十岁。") == ["赛里目"]
    assert persons("胜阿訇，经名尔不都，开斋节散钱。") == ["尔不都"]
    assert persons("村里人叫我旦巴。家在白朗县。") == ["旦巴"]
    assert persons("家里都喊他次觉。") == ["次觉"]
    assert persons("他的经名人都叫，汉名倒没人叫。") == []  # (people all call him by it: no name)
    assert persons("妈妈叫他快走。叫他起来。") == []


def test_a_name_a_form_wrote_with_spaces_after_written_as_is_one_name():
    # 写成|策登 其其格 was left in part on blind set 87 (策登 kept) and 写成苗 可 馨 悦 missed whole: after 写成,
    # 签的是, 登记成 ... what stands before punctuation, spaced out or in halves, is the name as the form wrote it
    assert persons("办低保的时候把老伴写成策登 其其格。") == ["策登 其其格"]
    assert persons("学校把孩子写成苗 可 馨 悦，我们去改了。") == ["苗 可 馨 悦"]
    assert persons("表上有写成巴 特 那 生的，也有写对的。") == ["巴 特 那 生"]
    assert persons("名单上写成蒋 思 甜和蒋　思　雨。") == ["蒋 思 甜", "蒋　思　雨"]  # (two names, 和 between)
    assert persons("孩子写作业 比较 慢，老师说的。") == []  # (speech-to-text spaces between words; 写作 is no cue)
    assert persons("他把这个字写成了别的字。") == []  # (no space: no name)


def test_a_han_name_right_after_an_organisation_and_de_needs_less_of_the_name_model():
    # 派出所的|田振国|帮 and 工作队的|黄启明|队长 were missed whole: 田 and 黄 are words too, and the model's odds fell
    # short; after an organisation and 的 the person it sent is named, so the bar is lower there
    assert persons("派出所的田振国帮我们核户口。") == ["田振国"]
    assert replaced("驻村工作队的黄启明队长给家里拉了电。") == ["黄启明"]
    assert persons("我们家田地都种的玉米。") == []  # (no organisation before it: 田地 is a field)
    assert persons("民政局的高度重视让我们很感动。") == []  # (高度 'high degree' is a word, not 高 + 度)


def test_a_han_name_right_after_a_kin_or_role_word_need_only_be_likelier_than_the_words():
    # 婆婆|涂月娇|七十三了 was missed whole (blind set 226), and about a hundred names over the older sets (房东|单国庆,
    # 幺爸|陈国强|过): a rare surname or given name kept the model's odds under its bar, though a kin or role word right
    # before a name says a person is named there
    assert persons("婆婆涂月娇七十三了，一点都不糊涂。") == ["涂月娇"]
    assert persons("房东单国庆把房租减了三百。") == ["单国庆"]  # (房|东单|国庆: 东单 is a place in Beijing)
    assert persons("跟着幺爸陈国强过。") == ["陈国强"]
    # a given character that is also a grammar word (再, 有, 才 ...) is taken in these slots as after any cue
    assert persons("大门派出所的叶再兴再忙也帮我们跑。") == ["叶再兴"]  # (blind set 226)
    assert persons("村长向我们讲了政策，婆婆又来问。") == []
    assert persons("这个算事实无人抚养，阿嬷阮月香做监护人。") == ["阮月香"]  # (阿嬷 is no surname: not |阿嬷阮|月香)
    assert persons("班主任凌春燕老师管得严。") == ["凌春燕老师"]  # (a verb and its complement: not 老师|管得严)
    assert persons("就盼孙子孙女念好书。") == []  # (孙女 is the kin word itself, not 孙 + 女念)
    assert persons("孙女戴上小盖头，跟着我去。") == []  # (戴上 'put on')
    assert persons("跟着爷爷韦应才过，孤儿基本生活费每个月一千。") != ["韦应"]  # (never cut short at one character)

def test_the_short_form_of_a_minority_name_found_whole_is_the_same_person_wherever_it_stands_alone():
    # 萨日乃其其格 was found, then 萨日乃她每天…, 萨日乃在… missed whole (blind set 86): 其其格 is a listed element, so
    # 萨日乃 is a short form of that name, and keeps its pseudonym
    text = "闺女萨日乃其其格七岁。萨日乃她每天晚上跟我视频。我跟萨日乃说，好好念书。"
    found = [sp for sp in detect_pii(text) if sp.type == "person"]
    assert [sp.text for sp in found] == ["萨日乃其其格", "萨日乃", "萨日乃"]
    assert len({sp.key for sp in found}) == 1
    assert persons("孩子妈诺民其其格前年走了。那诺民草原上的花开了。") == ["诺民其其格"]  # (not on its own there)


def test_an_address_takes_a_chain_of_house_number_units_to_its_end():
    # 府后社区5号院3|排8号 was left in part on blind set 89: 排 'row' was no unit, and only one number was taken
    assert addresses("家在潞州区东街街道府后社区5号院3排8号。") == ["潞州区东街街道府后社区5号院3排8号"]
    assert addresses("住在幸福小区2栋3单元402室，离学校近。") == ["幸福小区2栋3单元402室"]


def test_an_address_takes_the_room_or_part_of_the_house_after_its_house_number():
    # blind sets 139 and 150 left 五组21号|后院二楼 and 幸福路27号|东屋 in part: the room says where in the house
    assert addresses("我们租在胶东街道前店口社区幸福路27号东屋，老家是外地。") == ["胶东街道前店口社区幸福路27号东屋"]
    assert addresses("住在开发区东方村五组21号后院二楼，老家在金阳。") == ["开发区东方村五组21号后院二楼"]
    assert addresses("幸福路27号东边有个超市。") == ["幸福路27号"]  # (东边 'the east side' is no room)


def test_you_before_punctuation_ends_a_surname_and_one_given_character():
    # blind set 152 left 隔壁住的是|汪根|有， and 被|汪根|有撞开门 in part: 有 'have' before punctuation is the name's
    # end, as 才 is (王茂才，); the mention after it then takes it too. Not before letters (康珠|有QQ)
    assert persons("隔壁住的是汪根有，老爷子是被汪根有撞开门背出来的。") == ["汪根有", "汪根有"]
    assert persons("老师说卓玛有，康珠有QQ，号码她写在烟盒上。")[-1] == "康珠"


def test_a_compound_surname_before_a_given_name_that_took_one_character_more_is_taken():
    # blind set 156 left 律师钟离|慕远帮| in part: the span had taken 帮 after the given name, and the compound surname
    # was looked for before two-character given names only
    assert persons("律师钟离慕远帮我跟厂里谈了他爸的工亡。")[0].startswith("钟离慕远")


def test_he_before_shi_is_the_last_given_character():
    # blind set 158 left 拓跋清|和是县残联派来的 in part: 和 'and' never stands before 是 'be'
    assert persons("我说你先把身子养好。拓跋清和是县残联派来的康复师。") == ["拓跋清和"]
    assert persons("张华和李明是同学。") == ["张华", "李明"]


def test_shusun_before_a_whole_name_of_sun_is_a_compound_surname():
    # 叔孙 is left out of the surname list (他叔|孙子 'his uncle's grandson'), but blind sets 122 and 157 left
    # 叫叔|孙浩宇 and 一块的叔|孙婉宁 in part: after a boundary, before a whole name of 孙, it is the surname;
    # after a pronoun 叔 is 'uncle' (我叔|孙建国)
    assert persons("跟她一块的叔孙婉宁给大孙女补英语。") == ["叔孙婉宁"]
    assert persons("康复师叫叔孙浩宇，小伙子很耐心。") == ["叔孙浩宇"]
    assert persons("我叔孙建国也来了。") == ["孙建国"]


def test_a_name_after_a_word_for_its_kind_is_taken_whole_where_the_segmenter_glued_them():
    # blind set 173 left 经名优|苏甫 in part: the segmenter reads 经/名优/苏甫 ('famous quality'); what stands
    # between a kind of name and punctuation is the name, but not a verb (写成) nor the rest of 名字
    assert persons("城里清真寺的阿訇，经名优苏甫，礼拜天给丫头教阿拉伯字母。") == ["优苏甫"]
    assert persons("他小名优苏甫，礼拜天来。") == ["优苏甫"]
    assert persons("孙女的经名写成鲁 海 亚，我在补助表上是妥明。")[0] == "鲁 海 亚"


def test_du_he_before_a_second_he_ends_a_transliterated_name():
    # blind set 169 left 宝音满|都和 in part: "and" is never said twice, so the first 和 is the name's, and 都
    # before it too; not in 和和气气, nor after a name the lexicon knows whole
    assert persons("我阿哈宝音满都和和我嫂子帮着照看。")[0].endswith("宝音满都和")
    assert persons("巴特尔都和和我说了。") == ["巴特尔"]


def test_a_run_of_syllables_before_a_dot_is_a_name_part_when_no_token_of_it_is_one_alone():
    # blind set 174 left 村里的买吐送·|阿西木书记 in part: 买, 吐 and 送 are verbs one by one, so no token before
    # the dot could be a name part, but together they are a run of syllables
    assert persons("村里的买吐送·阿西木书记打电话来，说老家的低保。") == ["买吐送·阿西木书记"]


def test_a_name_with_ye_for_a_given_character_said_three_times_is_a_name():
    # blind set 174 missed 夏也萍 six times: 也 'also' is rare in a name, but a surname + 也 + a given character
    # written the same way three times is no text; not 王也好 (也好 a word)
    text = "儿子跟媳妇夏也萍在东莞的鞋厂。夏也萍也说他。夏也萍在那头哭。"
    assert persons(text) == ["夏也萍"] * 3
    assert persons("王也好。王也好。王也好。") == []


def test_an_address_takes_a_city_thirteen_characters_before_its_number():
    # blind set 177 left 冷水江市|锡矿山街道南矿社区工人村14栋1单元301室 in part: the places before the street
    # were looked for over twelve characters, and 冷水江市 starts thirteen before 工人村
    text = "全家低保。住冷水江市锡矿山街道南矿社区工人村14栋1单元301室，孩子身份证。"
    assert addresses(text) == ["冷水江市锡矿山街道南矿社区工人村14栋1单元301室"]


def test_a_numbered_building_in_a_village_that_is_an_estate_is_an_address():
    # 工人村 'workers' village' is a works' estate: its buildings are numbered like an estate's (blind set 177's
    # 工人村14栋1单元301室 was found only through the 社区 before it); not houses counted in a village
    assert addresses("住在冷水江市锡矿山街道工人村14栋。") == ["冷水江市锡矿山街道工人村14栋"]
    assert addresses("全村30栋房子，我们村3栋楼。") == []


def test_an_adverb_surname_after_a_role_word_takes_a_given_name_with_a_title():
    # blind set 176 left 班主任才|晓明老师 in part: 才 'only' is a surname no list has; after a role word, before a
    # given name and a title, it is the surname
    assert persons("第二户的班主任才晓明老师才二十几岁，很上心。") == ["才晓明老师"]
    assert persons("我来了，才晓明老师也来了。") == ["晓明老师"]  # (no role word: 才 "only then")


def test_a_name_said_as_a_roll_call_says_it_takes_the_surname_given_to_it():
    # blind set 177 left 点成向|阿日罕 in part: 点成 'called out as' is a cue of a name said as a form says it, like
    # 写成, and the school's surname 向 'towards' before the name is the name's
    assert persons("学校点名有时候点成向阿日罕，阿日罕她也应。") == ["向阿日罕", "阿日罕"]


def test_a_school_takes_the_whole_name_of_an_autonomous_county_the_segmenter_cut():
    # blind set 179 left 麻阳苗族|自治县谭家寨乡…学校 and 麻阳|苗族自治县锦和镇中心完小 in part: the listed county
    # was looked for only three characters before the token the span starts in
    assert schools("十二岁，在麻阳苗族自治县谭家寨乡九年一贯制学校六年级（2）班。") == [
        "麻阳苗族自治县谭家寨乡九年一贯制学校六年级（2）班"]
    assert schools("孩子在麻阳苗族自治县锦和镇中心完小三年级（2）班，班主任来了。") == [
        "麻阳苗族自治县锦和镇中心完小三年级（2）班"]


def test_a_full_stop_typed_for_a_names_dot_joins_its_halves():
    # blind set 178 left |马尔胡兰|.|吾木尔别克| in part: two names, two pseudonyms, where a register typed a full
    # stop for the middle dot
    assert persons("儿子的学籍卡上是马尔胡兰.吾木尔别克。") == ["马尔胡兰.吾木尔别克"]
    assert persons("他叫巴特尔．其其格。") == ["巴特尔．其其格"]


def test_neng_before_punctuation_ends_a_surname_and_one_given_character():
    # blind set 178 left |柯士|能 in part three times: 能 'can' never ends a clause after a name, so before
    # punctuation it is the given name's end, as 才 and 有 are
    assert persons("第三户：柯士能，肢体残疾一级。") == ["柯士能"]


def test_a_place_ending_in_di_inside_an_address_takes_its_row_and_number():
    # blind set 156 left 汶阳路88号|工地板房2排7号 in part: 地 'ground' was read as the particle
    assert addresses("这边住肥城市汶阳镇汶阳路88号工地板房2排7号。") == ["肥城市汶阳镇汶阳路88号工地板房2排7号"]


def test_na_between_a_kin_word_and_a_name_is_its_first_syllable():
    # blind set 155 left 我老婆那|孜古丽| and 妈妈那|孜古丽| in part: 'that' never stands between a kin word and a name
    # with no measure word, so the token 那孜古丽 is taken whole; alone, 那 'then' starts a question (那|孜古丽呢)
    assert persons("我老婆那孜古丽前年得了心脏病。") == ["那孜古丽"]
    assert persons("他们的妈妈那孜古丽活着的时候。") == ["那孜古丽"]
    assert persons("那孜古丽呢？") == ["孜古丽"]


def test_a_token_taken_whole_at_a_names_start_brings_the_syllables_before_it():
    # blind set 155 left 老伴成了莎|如拉 其其格| in part: 如 is no syllable, but jieba's token 如拉 was taken whole,
    # and the syllable 莎 before it is the name's too
    assert persons("户口本上写成那钦　双和尔，老伴成了莎如拉 其其格。")[-1] == "莎如拉 其其格"


def test_a_street_section_and_a_bare_flat_number_after_its_entrance_are_the_addresss():
    # blind set 160 left 红旗路南段77号|2号楼3单元501| in part: a street's section (南段) stood between the street and
    # its number, and the flat was said with no 室; three earlier blind sets' shop addresses on a section were missed
    assert addresses("住郯城街道红旗路南段77号2号楼3单元501，她电话丢了。") == ["郯城街道红旗路南段77号2号楼3单元501"]
    assert addresses("面馆在相山区南黎路东段88号，家住附近。") == ["相山区南黎路东段88号"]
    assert addresses("住幸福小区3号楼2单元402，她说。") == ["幸福小区3号楼2单元402"]
    assert addresses("红旗路77号那年2024人搬来。") == ["红旗路77号"]


def test_an_annex_number_after_a_house_number_is_the_addresss():
    # blind set 154 left 民主大道88号|附5号 in part (a court text of CAIL2019 had 正街303号|附8号 too)
    assert addresses("我们住在枝江市马家店街道民主大道88号附5号，老家是新疆。") == ["枝江市马家店街道民主大道88号附5号"]


def test_lai_before_shuo_or_bang_ends_a_surname_and_a_frequent_given_character():
    # 福来, 春来, 宝来 are common given names: blind sets 94 and 101 left 民政上的|栾福|来说 and 开网店的|曾福|来帮
    # in part. Not in the frame 对 ... 来说 'as for', nor after a given character that is seldom one (王强来说了)
    assert persons("街道民政上的栾福来说，户口不在这边。") == ["栾福来"]
    assert persons("镇上开网店的曾福来帮我在网上卖。") == ["曾福来"]
    assert persons("对王福来说，这不算什么。") == ["王福"]


def test_a_common_surname_before_one_space_and_a_short_form_is_the_forms():
    # blind set 153 left 学校的表上是庞|　德却| in part: a school wrote the son's name 德却 (才让德却) with a Han
    # surname and a full-width space; a surname that ends a word is no such surname (紧张 德却)
    text = "医院把儿子写成才让德却，学校的表上是庞　德却，快递写成什加。"
    assert persons(text)[:2] == ["才让德却", "庞　德却"]
    assert persons("写成才让德却，看着紧张 德却说。") == ["才让德却", "德却"]


def test_dalai_sea_is_a_mongolian_element_but_no_syllable():
    # 达赖 (as 达来, 'sea') ends Mongolian names: blind sets 46 and 151 left 巴音|达赖 and 牧仁|达赖 in part; alone
    # it is a cue element (达赖喇嘛 is a title), and its 赖 'rely' grows no name (巴特尔|赖着)
    assert persons("扬州有个蒙古族老乡牧仁达赖在大学教书。") == ["牧仁达赖"]
    assert persons("她的儿子巴音达赖在县上开出租。") == ["巴音达赖"]
    assert persons("巴特尔赖着不走。") == ["巴特尔"]
    assert persons("巴特尔东奔西跑。") == ["巴特尔"]
    assert persons("达赖喇嘛的书。") == []


def test_a_kind_of_people_after_a_naming_cue_is_no_name():
    # the study's own words were replaced as names: 这类孩子叫|困境儿童。, 叫|留守儿童, 叫|空巢|老人 (空 is a surname)
    assert persons("这类孩子叫困境儿童。") == []
    assert persons("我们村这样的孩子叫留守儿童。") == []
    assert persons("这种老人叫空巢老人。") == []
    assert persons("我叫王芳，孩子叫苏和。") == ["王芳", "苏和"]


def test_a_name_in_quotes_after_a_cue_or_an_account_name_is_a_name():
    # 喊她“毛措”。 and 微信上就叫“字国华”， were missed whole: the opening quote stood between the cue and the name
    assert "毛措" in persons("姓李，喊她“毛措”。")
    assert persons("大的名字叫“菲菲”，她说。") == ["菲菲"]
    assert persons("她在微信上就叫“字国华”，嫂子说。") == ["字国华"]  # (字 'courtesy name' is a surname here)
    assert persons("网名叫“向日葵”。这个活动叫“阳光行动”。") == []  # (a word, and a thing's name)


def test_a_works_housing_compound_with_a_building_and_flat_is_an_address():
    # 面粉厂家属院|3号楼2单元101室 was left in part on blind set 90: only the building and flat were replaced
    assert addresses("我们住在项城市光武街道面粉厂家属院3号楼2单元101室，老家是新源。") == [
        "项城市光武街道面粉厂家属院3号楼2单元101室"]
    assert addresses("住在镇上粮站宿舍3号楼101室。") == ["镇上粮站宿舍3号楼101室"]
    assert addresses("他们大院3个孩子都在上学。") == []


def test_a_surname_and_two_given_characters_the_tagger_cut_up_before_a_title_are_a_name():
    # 卫生院的|金/秀丽|大夫 and 民政所的|钱/满仓|所长 were missed whole (blind set 91): 金 and 钱 are words too and the
    # tagger gave no name; before a title the Han name model decides
    assert persons("镇卫生院的金秀丽大夫隔些天来一回。") == ["金秀丽大夫"]
    assert persons("镇民政所的钱满仓所长，过年送米。") == ["钱满仓所长"]
    assert persons("孩子们的数学老师说他聪明。") == []


def test_an_autonomous_countys_name_without_its_peoples_is_the_place():
    # 阿克塞 (阿克塞哈萨克族自治县) was replaced as a person ten times on blind set 92: the county's short name is
    # what people call it, as 吴忠 is of 吴忠市
    assert persons("老家在阿克塞的草原上。我就从阿克塞过来了。") == []
    assert persons("他是张家川人，在肃北放过羊。") == []


def test_an_offices_abbreviation_before_a_document_years_bracket_is_no_name():
    # 98 false names in real judgments: 桂劳人仲案字〔2016〕, 京丰劳仲字（2015）… are document numbers
    assert persons("申请人不服桂劳人仲案字〔2016〕第12号裁决。") == []
    assert persons("仲裁委员会作出京丰劳仲字（2015）第301号裁决书。") == []
    assert persons("王建国（2014年）来过。") == ["王建国"]  # (a year in words after a name is not a document's)


@pytest.mark.parametrize("text, name", [
    ("打官司还请了皇甫律师，费用是社工站出的。", "皇甫律师"),
    ("欧阳老师说过孩子的字写得好。", "欧阳老师"),
])
def test_a_compound_surname_alone_before_a_title_is_a_person_with_the_title_kept(text, name):
    # (皇甫|律师 was left in part on blind set 96: a compound surname with no given name before a title)
    assert persons(text) == [name]
    new, _omap = Pseudonymiser().fit([text]).transform_text(text)
    assert name[:2] not in new and name[2:] in new


def test_a_minority_name_after_a_kin_word_the_segmenter_glued_to_it_is_whole():
    # jieba glued the name's first syllable to 我妈 (我妈温|都|苏其其格): a kin character ends the run going left
    # (温都 was left on blind set 97)
    assert persons("我妈温都苏其其格七十多了，还放羊。") == ["温都苏其其格"]


def test_a_role_word_the_dictionary_lacks_ends_a_run_of_syllables_going_left():
    # (村医|久美|才让: 久美 was left on blind set 99, the run found no end at 村医, a segmenter token jieba's
    # dictionary lacks)
    assert persons("村医久美才让每回都来家里看看。") == ["久美才让"]


@pytest.mark.parametrize("address", ["港口区白沙万街道渔港路33号之二", "石井镇大岗西街39号之5"])
def test_a_house_number_with_a_sub_number_after_zhi_is_one_address(address):
    # (渔港路33号|之二 was left in part on blind set 98; a judgment writes 大岗西街39号之5)
    assert [sp.text for sp in detect_pii(f"地址是{address}，孩子妈妈也住那儿。")] == [address]
    assert [sp.text for sp in detect_pii("他住东风路12号之后就搬了。")] == ["东风路12号"]  # (之后 'after')


def test_hu_and_rong_are_syllables_and_a_doubled_word_before_a_name_is_no_syllable_run():
    # (胡和|巴特 was left in part twice on blind set 100: 胡 of 胡和 'blue' was no syllable; 绒 of the Kham 格绒)
    assert persons("车间的胡和巴特跟我一个班组。") == ["胡和巴特"]
    # 娃 is a syllable of 高娃, but 娃娃 'the kids' before a name is a word (it was taken into the name before)
    assert persons("娃娃次仁旺姆九岁，跟着奶奶。") == ["次仁旺姆"]


@pytest.mark.parametrize("text, name", [
    ("老家村里的格绒彭措书记帮着盖章。", "格绒彭措"),  # (格绒|彭措书记 was left in part on blind set 100)
    ("寺里的更登降措也来念过经。", "更登降措"),
    ("邻居索南扎西说他去问问。", "索南扎西"),
    ("他舅舅万玛东周在县里开车。", "万玛东周"),
    ("村医旦增平措给她量血压。", "旦增平措"),
])
def test_common_tibetan_elements_a_page_attests_are_in_the_lexicon_and_found_whole(text, name):
    # 索南, 万玛, 旦增, 彭措 and 更登 (data/SOURCE.md, TB7-TB12); 南, 万 and 更 stay no syllables (南方, 万一, 更加)
    found = persons(text)
    assert any(name in f for f in found), found
    assert persons("万一他不来呢？南方人更多，更加热闹。") == []


@pytest.mark.parametrize("text, name", [
    ("我男人图们吉日嘎拉前年跟着老乡出去。", "图们吉日嘎拉"),  # (图们|吉日嘎拉 was left in part on blind sets 79, 98)
    ("表上他爸是图们 吉日嘎拉。每回办事都要写。", "图们 吉日嘎拉"),  # a form's space between two elements
    ("媳妇的妹妹图们吉雅在哈尔滨开店。", "图们吉雅"),
])
def test_tumen_is_a_name_element_beside_another_and_a_space_may_join_two_elements(text, name):
    assert persons(text) == [name]
    assert persons("我们去图们市看病，图们江边上有个村。") == []  # alone 图们 is the place


def test_surnames_of_western_yunnan_that_are_words_are_surnames_before_a_given_name():
    # (寸秀英 and 寸光辉 of blind set 105 were missed whole: 寸, 闪 and 线 were in no surname list)
    assert persons("生活老师寸秀英给他缝被子。我兄弟寸光辉在昆明。") == ["寸秀英", "寸光辉"]
    assert persons("线上办理，闪光灯，寸步难行，一线工人，闪了腰。") == []  # as words they stay words


def test_du_before_a_title_is_the_last_syllable_of_a_transliterated_name():
    # 都 "all" never stands between a name and its title: there it is the name's last syllable (阿布都)
    assert persons("她们班的帕丽旦·阿布都老师家访来过两回。") == ["帕丽旦·阿布都"]
    assert persons("孩子的数学是吐尔逊·阿布都老师教的。") == ["吐尔逊·阿布都"]


@pytest.mark.parametrize("text, name", [
    ("孩子哭了一晚上。和海燕老师第二天来家里看了。", "和海燕"),  # 和, the commonest Naxi surname, is also "and"
    ("孩子哭了一晚上。向卫东老师第二天来家里看了。", "向卫东"),  # 向 is also "towards"
])
def test_a_function_word_surname_before_a_given_name_and_title_after_a_boundary(text, name):
    # a given name and a title found, the surname before them after punctuation is taken in: a name starts there
    assert [sp.text[:len(name)] for sp in detect_pii(text) if sp.type == "person"] == [name]


@pytest.mark.parametrize("text, place", [
    ("摊位在东兴市东兴镇北仑大道12号农贸市场B区23号，天天都去。", "东兴市东兴镇北仑大道12号农贸市场B区23号"),
    ("现在住在西华村二组8号砖厂工棚2排5号。", "西华村二组8号砖厂工棚2排5号"),
    ("这边住贵池区池口街道江滨路26号船厂宿舍2号平房。", "贵池区池口街道江滨路26号船厂宿舍2号平房"),  # (set 120)
    ("家在澳门六路8号畅海园5号楼。", "澳门六路8号畅海园5号楼"),  # (a number of its own, no block: court text)
    ("店在江阴市澄江街道虹桥路36号门面，住在后面。", "江阴市澄江街道虹桥路36号门面"),  # (the shopfront: set 87)
    # (a road without a number, a market and the side of it before the house: set 123)
    ("住滨城区彭李街道黄河八路菜市场东侧平房9号。", "滨城区彭李街道黄河八路菜市场东侧平房9号"),
])
def test_an_address_takes_the_market_or_works_inside_it_with_its_stall_or_row(text, place):
    # a market, works or camp inside the address, with its own block or row and number, is part of the address
    assert addresses(text) == [place]


def test_a_place_inside_an_address_needs_its_own_number_and_no_grammar_word():
    assert addresses("家在西华村三组，去年有3户搬走了。") == ["西华村三组"]
    assert addresses("家在北仑大道12号，在工地3号楼干活。") == ["北仑大道12号"]


@pytest.mark.parametrize("text, place", [
    ("家在镇安县云盖寺镇西华村三组，去年有3户搬走了。", "镇安县云盖寺镇西华村三组"),
    ("受访者：家在镇江市京口区大西路5号。", "镇江市京口区大西路5号"),
])
def test_a_county_whose_name_starts_with_a_town_word_does_not_pull_in_the_verb_before_it(text, place):
    # 镇安县 starts with 镇 "town": 家在 before it is no town called 家在镇
    assert addresses(text) == [place]


@pytest.mark.parametrize("text, name", [
    ("表姐叫勒格石各，我在工地上。", "勒格石各"),  # 各 "each" never stands before punctuation ...
    ("嫂子吉克石各她一个人背水。", "吉克石各"),  # ... nor before a pronoun: it ends the Yi name
])
def test_ge_where_each_cannot_stand_is_the_last_syllable_of_a_transliterated_name(text, name):
    assert persons(text) == [name]
    assert persons("他们各自回家，各她们的家。") == []


def test_a_name_never_grows_over_a_party_of_a_court_case():
    # 第三人 "third party": the segmenter leaves 人 alone before the name, but it is no part of it
    assert persons("判决书上写着，第三人孙丽萍的损失由被告承担。") == ["孙丽萍"]


@pytest.mark.parametrize("text, name", [
    ("清真寺的马明德阿訇每个主麻都来。", "马明德"),  # 阿訇, the imam of a Hui mosque, is a title kept in clear
    ("萨立哈阿訇隔几天来坐坐。", "萨立哈"),  # ... with the out-of-vocabulary piece before a surname-like syllable
    ("坊上的虎哈桑阿訇来过。", "虎哈桑"),  # ... and the Hui surname 虎 before a religious name
])
def test_an_imam_is_named_before_the_title_ahong(text, name):
    spans = [sp for sp in detect_pii(text) if sp.type == "person"]
    assert [(sp.text[:len(sp.text) - len(sp.suffix)], sp.suffix) for sp in spans] == [(name, "阿訇")]
    assert detect_pii("请了个阿訇来念经。") == []


@pytest.mark.parametrize("text, name", [
    ("我做抓饭，请韩雪梅她们来吃。", "韩雪梅"),  # 请 "please, invite" before a name ...
    ("我向贺红英请了五天假。", "贺红英"),  # ... and after one ("asked for leave") is no part of it
])
def test_qing_is_a_stop_character_on_either_side_of_a_name(text, name):
    assert persons(text) == [name]


def test_he_before_another_he_ends_the_name():
    # 和 "and" never stands before another 和: the first is the name's last character (李春和 + 和 "and")
    assert persons("队长李春和和会计都来了。") == ["李春和"]


def test_a_family_surname_before_jia_and_a_kin_title_is_the_name():
    # 向家奶奶 'Grandma of the Xiang family': the tagger cuts 向|家|奶奶 (向 'towards'); the name is 向家, never 家
    # alone (他们|家爷爷: no surname, no name)
    assert persons("村里人都叫她向家奶奶。向家奶奶八十了，耳朵背。") == ["向家奶奶", "向家奶奶"]
    assert persons("达吾德他们家爷爷瘫了。") == []


def test_the_character_before_a_name_written_on_a_form_is_the_names():
    # between 写成 'written as' and punctuation stands what the form wrote: 奇 (a Mongolian clan's Han surname, in no
    # surname list) before the transliterated name is part of it
    assert persons("花名册上写成奇巴彦孟克。") == ["奇巴彦孟克"]
    # ... whatever it is: a grammar word too (把, a Hui surname, before a religious name; set 129), not 了 after 写成
    assert persons("儿子玉努斯在特教学校上学。名册上写成把玉努斯，姓跟经名连着。") == ["玉努斯", "把玉努斯"]
    assert persons("我把老伴写成了巴彦孟克。") == ["巴彦孟克"]


def test_a_name_written_on_a_form_runs_to_the_punctuation():
    # 写成 'written as' + a found name + name characters up to punctuation: the form wrote one name (a Kazakh son's
    # name and his father's, 也 'also' its first syllable; set 129 left 写成|阿尔曼江|也尔森)
    assert persons("学校表上没有点，写成阿尔曼江也尔森，同学叫他阿尔曼江。") == ["阿尔曼江也尔森", "阿尔曼江"]
    assert persons("学校表上写成阿尔曼江了。") == ["阿尔曼江"]  # (了 is no name's)
    assert persons("表上写成王老师。")[0].startswith("王")  # (a title after it is no name's)


def test_mo_after_a_syllable_inside_a_token_is_part_of_the_name():
    # jieba keeps 完么才旦 (Amdo Tibetan) one token; 么 is a particle elsewhere, but after a syllable, in no word
    # (not 什么), it is the name's: the listed 才旦 grows over it
    assert persons("三个。大孙子完么才旦十二，在镇上念书。") == ["完么才旦"]
    assert persons("他说什么才旦都不听。") == ["才旦"]


def test_a_surname_in_no_list_that_starts_two_names_after_kin_words_is_this_texts_surname():
    # 者 is a surname of Hui and Yi families in no list: once two children's names start with it after a kin word,
    # a name found after it and a naming verb takes it (blind set 132 left 喊他者|哈比布拉)
    text = ("女儿者雨婷十一岁，经名麦尔彦，亲戚叫她者麦尔彦。儿子者浩然八岁，经名阿卜杜拉，在城关小学二年级。"
            "寺里的人喊他者阿卜杜拉。")
    assert persons(text)[-1] == "者阿卜杜拉"
    one = "儿子者浩然八岁，经名阿卜杜拉，在城关小学二年级。寺里的人喊他者阿卜杜拉。"
    assert persons(one)[-1] == "阿卜杜拉"  # (no name found with it: no evidence)


def test_a_name_said_in_one_breath_with_a_found_name_of_the_same_surname_is_a_name():
    # brothers and sisters share a surname: 简明 'concise' kept 简明浩 from being found (blind set 128 missed it
    # whole after 简明杰和); twins, and a list with 、
    assert persons("第六个是兄弟俩，简明杰和简明浩，爸妈在东莞打工。") == ["简明杰", "简明浩"]
    assert persons("三个娃娃，黄诗琪、黄俊杰，还有个小的才三岁。") == ["黄诗琪", "黄俊杰"]
    assert persons("王芳和王府井。") == ["王芳"]  # (a place: no name's boundary after it)
    assert persons("王芳和王老师说了。")[0] == "王芳"


def test_a_twin_whose_last_character_the_tagger_glued_to_the_link_is_named_whole():
    # blind set 148 left |付嘉|怡和|付嘉乐|: the tagger's 怡和 cut the first twin's name before its last character;
    # the court texts' aliases had the same shape (黄某乙、|黄某|丙)
    assert persons("受访者：一对双胞胎，付嘉怡和付嘉乐，八岁。") == ["付嘉怡", "付嘉乐"]
    assert persons("婚生女儿陈某丙、陈某丁跟随原告生活。") == ["陈某丙", "陈某丁"]


def test_two_names_sharing_a_surname_and_a_generation_character_said_together_are_names():
    # blind set 174 missed 都雨晴、都雨露 whole: 都 'all' is a surname no rule takes alone, but two names said one
    # after the other with the same surname and first given character are sisters; not words of the same shape
    assert persons("第四户两姐妹，都雨晴、都雨露，爸妈前年车祸都走了。") == ["都雨晴", "都雨露"]
    assert persons("第四个是一对双胞胎，有嘉禾和有嘉木，七岁。") == ["有嘉禾", "有嘉木"]
    assert persons("建设懂农业、爱农村、爱农民的干部队伍。") == []
    assert persons("办了留守儿童之家，有电话、有电脑。") == []
    assert persons("做鱼皮衣、鱼皮画，卖给游客。") == []


def test_a_compound_surname_takes_a_given_name_the_tagger_glued_to_a_verb_or_to_its_own_end():
    # blind set 175 missed 律师百里云舟帮 (the tagger's 云舟帮) and 社工站的公良书禾 (公良书|禾) whole, and ten older
    # sets missed the same shapes (律师濮阳文博帮, 社工巫马书涵每周); not a word glued to a verb (诸葛|服务站)
    assert persons("律师百里云舟帮我们跟渣土车老板打官司。") == ["百里云舟"]
    assert persons("社工站的公良书禾每礼拜给闺女补拼音。") == ["公良书禾"]
    assert persons("她同事太叔明轩帮我跟派出所问着。") == ["太叔明轩"]
    assert persons("被告未提供《诸葛服务站运输合同》的原件。") == []


def test_bao_to_carry_ends_a_name_and_xinbao_is_a_kin_word():
    # 抱 'carry in the arms' after a name was taken as its last character (刘阿水抱着泡沫箱, 阿地力江抱上三轮, 夏侯知远
    # 抱着他): an everyday verb, a stop character; the Cantonese 新抱 'daughter-in-law' is then no part of a name
    assert persons("同船的刘阿水抱着泡沫箱漂回来了。") == ["刘阿水"]
    assert persons("是体育老师夏侯知远抱着他跑到医务室的。") == ["夏侯知远"]
    assert persons("儿子陈伟坤同新抱黎美玲在东莞电子厂做工。") == ["陈伟坤", "黎美玲"]


def test_a_listed_name_is_known_in_each_spelling_of_its_syllables():
    # blind set 175 missed 莎仁大姐 and 额吉吉日格乐玛 whole: the lexicon lists 萨仁 and 吉日格勒, and 萨/莎, 勒/乐,
    # 丽/莉, 其/琪 write the same syllables; a spelling that is a dictionary word is not added
    assert names("——喂，莎仁大姐？双胞胎的材料？") == ["莎仁"]  # (the title kept)
    assert persons("额吉吉日格乐玛七十三了，腿脚不好。") == ["吉日格乐玛"]
    lexicon = minority_lexicon()
    assert {"萨仁", "莎仁", "吉日格勒", "吉日格乐"} <= set(lexicon)
    assert all(not word_freq(w) for w in lexicon if w not in _listed_elements())


def _listed_elements() -> set[str]:
    from importlib import resources
    raw = resources.files("qualcode").joinpath("data/minority_names_zh.txt").read_text(encoding="utf-8")
    return {line.split("\t")[0] for line in raw.splitlines() if line.strip() and not line.startswith("#")}


def test_a_name_and_its_title_after_a_calling_cue_are_one_title_form():
    # 叫我|金土伯: the span is the title form, its title kept (the replacement is the same, 人员A伯; blind set 134
    # marked the form of address whole)
    found = detect_pii("周巷人，村里都叫我金土伯。")
    assert [(sp.text, sp.suffix) for sp in found] == [("金土伯", "伯")]


def test_xiangba_is_a_tibetan_name_element_and_xiang_no_syllable():
    # 向巴 (Jampa, the spelling of 强巴 in 向巴平措): three blind sets' writers (110, 119, 137) used it and 向 was
    # left ahead of the name (向|巴泽登); 向 'towards' is still no syllable before a city, a pronoun or a whole name
    assert persons("我弟弟向巴洛松在寺里。") == ["向巴洛松"]
    assert persons("我们向巴黎出发，我向他借钱。") == []  # (向|巴特尔: test_a_preposition_before_a_whole_name_...)


def test_a_whole_han_name_takes_in_no_verb_after_it():
    # a surname and two given characters that are no transliteration syllables make a whole name: the verb after it
    # stays in the copy (村支书|倪彩霞|教我, 大儿子|刘田宇|随被告; before, 教 and 随 went into the replacement), while a
    # name of syllables, a dotted name and a court form of 某 still take their rest (丁萨菲娅, 哈依夏·托列根, 童某戊)
    assert persons("村支书倪彩霞教我绕线。") == ["倪彩霞"]
    assert persons("大儿子刘田宇随被告生活。") == ["刘田宇"]
    assert persons("小女儿丁萨菲娅九岁。") == ["丁萨菲娅"]
    assert persons("我叫哈依夏·托列根，在红柳湾放羊。") == ["哈依夏·托列根"]
    assert "童某戊" in "".join(persons("发票也由童某戊在诉讼时提交至本院。"))


@pytest.mark.parametrize("text, name", [
    # people at work and next door say a name follows, as 村支书 and 老伴 do, and stay out of the span (blind sets
    # missed 班长|倪彩霞 and 房东|江有德 whole; 房东木文昌 took the role word in)
    ("街道的专职委员祁建国帮她办了证。", "祁建国"),
    ("车间班长储彩霞教我绕线。", "储彩霞"),
    ("我们班长訾立军照顾我。", "訾立军"),
    ("房东木文昌说缓两个月。", "木文昌"),
    # ... and kin by marriage (姐夫|臧建设, 老太婆|黄菊英); not 大姑/小姑, which start 大姑娘/小姑娘 'girl'
    ("姐夫锁进宝在新疆工地上，一年回来一趟。", "锁进宝"),
    ("妹夫税永刚喝了酒跟人打架。", "税永刚"),
    ("我姐夫申国安给他找了个看门的活。", "申国安"),
    ("老太婆黄菊仙眼睛糊涂。", "黄菊仙"),
    ("一个小姑娘玉香，爸妈都走了。", "玉香"),
    # the role word is the cue a given name of cue-only characters needs (有才, 有福, 向东: older people's names)
    ("孩子跟大伯宋有才过，腿不好。", "宋有才"),
    ("爸爸邱有福前年在工地摔了。", "邱有福"),
    ("邻居郑向东也是本地人。", "郑向东"),
    # a whole Han name the name model finds as likely as a name with no cue must be may end before any word
    ("爸爸汤卫国肝癌晚期，在医院。", "汤卫国"),
    ("妈妈韦再芬精神残疾。", "韦再芬"),
    ("奶奶覃月英七十了。", "覃月英"),
    # an office said by its work and 的 is the slot of the person it sent, as 民政局的 is (镇民政的|邴志刚)
    ("镇民政的郑光亮帮我办了低保。", "郑光亮"),
    ("乡里管民政的宁德福，一有政策就转给我们。", "宁德福"),
])
def test_a_name_after_a_role_word_or_in_an_offices_slot(text, name):
    assert persons(text) == [name]


def test_mao_is_a_surname_of_rugao_and_still_a_verb():
    # 冒 (冒襄 of 如皋) is a surname a title or a role word says (a blind set written in 如皋 used it twice), and the
    # verb 'to brave, to pass off' elsewhere
    assert persons("房东冒立军把房租降了三百，是他冒雨开车送我们去的。") == ["冒立军"]
    assert persons("他冒充民警骗人，冒出来一个新问题。") == []


def test_a_title_form_said_again_keeps_its_title_in_the_span():
    # 叫她|吕家二嫂 found as a title form (the kin word kept), then said again: the mention is the same form, its
    # kin word kept too (blind set 144: 是|吕家二|嫂, the span short of the kin word the writer marked); with its
    # order of birth, 二嫂 'second sister-in-law' being a title of its own
    text = "论辈分俺叫她郜家二嫂。这些年帮俺最多的，是郜家二嫂。"
    found = [(sp.text, sp.suffix) for sp in detect_pii(text) if sp.type == "person"]
    assert found == [("郜家二嫂", "二嫂"), ("郜家二嫂", "二嫂")]
    assert Pseudonymiser().fit_transform_text(text)[0].count("嫂") == 2


@pytest.mark.parametrize("text, names", [
    # a compound surname that is also a word (南宫, 司空, 公孙, 第五) before two characters of given names, no frequent
    # word, is a name with no cue (blind sets 147-181 missed fifteen such, 新来的|南宫暮雪, 还有个|公孙红梅)
    ("还有个公孙立夏，是县里派来的。", ["公孙立夏"]),
    ("站里的司空映秋每月来一回。", ["司空映秋"]),
    # ... not a word after it (东方红, 长孙今年)
    ("东方红太阳升。他是长孙，长孙今年十岁。", []),
])
def test_a_compound_surname_that_is_a_word_before_a_two_character_given_name(text, names):
    assert persons(text) == names


def test_a_child_called_by_a_character_and_a_dialect_word_for_a_child():
    # 喊他墩伢 (Hubei, Hunan: 伢, 伢子, 妹崽 'child'): the nickname, all through the text, and no word glued to it
    # (她给墩伢|报了: jieba's 伢报); not 小伢 'a little child'
    text = "我们喊他砣伢。她给砣伢报了低保，教砣伢做作业。屋里都喊她桂妹崽。拉着桂妹崽的手。喊他小伢。"
    assert persons(text) == ["砣伢", "砣伢", "砣伢", "桂妹崽", "桂妹崽"]


def test_the_dialect_kin_words_of_hubei_and_hunan_are_titles():
    # 熊嗲 'grandpa 熊', 饶婆婆, 伍爹爹, 滕娘娘 'aunt 滕': the surname replaced and the kin word kept
    text = "隔壁的聂嗲把我背回来。第二家是饶婆婆，开小卖部的伍爹爹，送菜的滕娘娘。"
    found = [(sp.text, sp.suffix) for sp in detect_pii(text) if sp.type == "person"]
    assert found == [("聂嗲", "嗲"), ("饶婆婆", "婆婆"), ("伍爹爹", "爹爹"), ("滕娘娘", "娘娘")]


def test_ke_starts_a_given_name_said_twice():
    # 可 'can' is a given character (可欣, 可馨) where a second mention says name; 竺可桢 is the scientist
    assert persons("你看，邹可怡又发消息了。邹可怡她妈妈是聋哑人。") == ["邹可怡", "邹可怡"]
    assert persons("她说要像竺可桢一样当科学家。") == []


def test_abdu_takes_its_last_syllable_before_an_adverb():
    # 阿布都 'Abdu' is one part of a Uyghur, Kazakh or Hui name though its 都 is the adverb 'all' (blind sets 163 and
    # 183: 外孙|阿布|都在兰州, 老乡叶尔哈利阿布|都常来)
    assert persons("外孙阿布都在乌鲁木齐念书。老乡别克波拉提阿布都常来看我。") == ["阿布都", "别克波拉提阿布都"]


def test_a_dotted_name_found_elsewhere_is_found_with_a_full_stop_for_its_dot():
    # a form's full stop for the middle dot, where the name is found whole elsewhere (blind set 182: the card's
    # 热合木图拉.|吐尔地, its first part left in clear)
    text = ("我叫买买提明·阿卜杜。低保表上我是买买提明阿卜杜，医院的卡上是买买提明.阿卜杜，"
            "残联的表上是买买提明．阿卜杜。")
    assert persons(text) == ["买买提明·阿卜杜", "买买提明阿卜杜", "买买提明.阿卜杜", "买买提明．阿卜杜"]


def test_yi_is_a_given_character_after_a_compound_surname_that_is_no_word():
    # 以 'by, with' starts given names of today (以宁, 以安): after a compound surname that is no word it is one, as
    # 家, 有, 可 are (blind sets 178 and 182: 新来的|颛孙以宁, 县民政局的|夏侯以宁, missed whole)
    assert persons("县里管这块的夏侯以安讲，宁可多跑几趟。社工颛孙以琳来了。") == ["夏侯以安", "颛孙以琳"]


def test_cao_is_a_surname_of_anqing_and_still_a_verb():
    # 操 (操天成 of the 隋书; 安庆, 鄱阳, 蕲春) is a surname (blind sets 176-182: 妈妈|操美玲, 孙子|操子航, missed
    # whole), and the verb 'to hold, to drill' of 操心, 操场, 做操 elsewhere; the name model learns nothing from it
    assert persons("男人操立业在工地上摔了。孙子操子豪八岁。") == ["操立业", "操子豪"]
    assert persons("她操心孩子，孩子在操场上做操。") == []


def test_a_class_after_a_grade_written_with_its_numeral_alone():
    # a roll writes the grade by its numeral before a class in brackets (blind set 184: 在|漳湖镇中心小学|三（2）班,
    # the class left in clear); a numeral with no class after it is no grade (三个老师)
    text = "她在柳溪镇中心小学五（1）班，弟弟在城关实验小学二（4）班。镇中心小学三个老师都知道。"
    found = [(sp.type, text[sp.start:sp.end]) for sp in detect_pii(text)]
    assert found == [("school", "柳溪镇中心小学五（1）班"), ("school", "城关实验小学二（4）班")]


def test_you_again_is_a_given_character_a_cue_or_a_second_mention_allows():
    # 又 'again' in a given name (秦又兰, 粟又兰 of blind sets 184-185, missed whole), after a role word or said twice,
    # as 也, 可 and 有 are; not in 他又来了 (still missed where the segmenter glues the last character on: 粟又琴)
    text = "班主任黎又芳又细心又耐烦。村里的儿童主任是蒲又兰，蒲又兰又跑乡里。"
    assert persons(text) == ["黎又芳", "蒲又兰", "蒲又兰"]
    assert persons("他又来了，又哭又闹。") == []


def test_two_names_joined_by_a_full_stop_between_spaces_are_one():
    # a form's full stop for the dot, with a space each side (blind set 186: |叶斯包拉提| . |哈山|, two pseudonyms for
    # one person); not two places
    assert persons("县里的表写成了努尔兰别克 . 哈山，系统不认。") == ["努尔兰别克 . 哈山"]
    assert persons("我们去了北京 . 上海。") == []


def test_a_class_after_a_department_for_deaf_or_blind_pupils():
    # a special school's department for deaf or blind pupils before the grade (blind sets 188-189: |黎川县特殊教育学校|
    # 听障部二年级（1）班, the class left in clear)
    text = "在南丰县特殊教育学校听障部三年级（2）班，妹妹在盲校视障一年级（1）班。"
    found = [text[sp.start:sp.end] for sp in detect_pii(text) if sp.type == "school"]
    assert found[0] == "南丰县特殊教育学校听障部三年级（2）班"
    # ... and said the plain way, 聋部 'deaf department' or 盲部 (blind set 217: |临汾市特殊教育学校|聋部一年级（2）班)
    text = "儿子在资溪县特殊教育学校聋部二年级（1）班，表妹在盲部一年级（3）班。"
    found = [text[sp.start:sp.end] for sp in detect_pii(text) if sp.type == "school"]
    assert found[0] == "资溪县特殊教育学校聋部二年级（1）班"


def test_an_everyday_verb_the_text_declares_a_surname_starts_the_name():
    # 姓问 declares 问 'ask' a surname here (blind set 190: 叫问|兰英|，姓问。, the surname left beside its pseudonym);
    # the copula and a modal are never declared, and 问 is a verb where no one declared it
    assert persons("村东头有个婶子叫问秋菊，她姓问。问秋菊问我借秤。") == ["问秋菊", "问秋菊"]
    assert not any(name.startswith("问") for name in persons("我问秋菊借了秤。"))


def test_a_yi_clan_name_with_a_kin_word_keeps_the_kin_word_as_a_title():
    # a Yi clan name said with a kin word is a form of address (blind set 191: 喊我|阿苏|奶奶, the span stopped at the
    # name); the kin word is kept, as after a Han surname (陶奶奶)
    text = "娃娃们都喊她沙马奶奶，喊她男人吉克爷爷。"
    found = [(sp.text, sp.suffix) for sp in detect_pii(text) if sp.type == "person"]
    assert found == [("沙马奶奶", "奶奶"), ("吉克爷爷", "爷爷")]
    new, _omap = Pseudonymiser().fit([text]).transform_text(text)
    assert new.count("奶奶") == 1 and new.count("爷爷") == 1 and "沙马" not in new and "吉克" not in new


def test_guo_is_a_surname_of_wuxi_and_still_the_aspect_of_a_verb():
    # 过 (过探先 of 无锡) is a surname (blind sets 182-191: 班主任过|冬梅老师, the surname left; 过秀英 missed whole),
    # and the aspect or 'pass' elsewhere: 叫过来, 写成过 'had been written as', 过年
    assert persons("外婆叫过春兰，过春兰过了年就七十。") == ["过春兰", "过春兰"]
    assert persons("听说了，把我叫过来了。过年的时候过得好。") == []
    assert persons("他的名字被人写成过欧 阳 明 轩，一个字空一格。") == ["欧 阳 明 轩"]


def test_a_transliterated_name_after_a_han_surname_is_found_without_it():
    # a Han surname before a Uyghur name (龙穆再排尔), then the name said without it before the father's name (blind
    # set 191: 写成穆再|排尔・买合木提|, 再 'again' left in clear)
    text = "学校花名册上写的是石穆再排尔，在二小。学校把他写成穆再排尔・买合木提，妹妹不在。"
    assert persons(text) == ["石穆再排尔", "穆再排尔・买合木提"]


def test_everyday_verbs_before_or_after_a_name_stay_outside_it():
    # 盼 'hope', 等 'wait', 怕, 劝, 考 'sit an exam' and 人 of 人好 'a good person' are no syllables of a name (blind
    # sets 190-191: |盼伊斯玛|衣来, 塘主管|玉芬人好|; the spent sets: 等|德力格尔朝克图|, 阿古达考|上大学); 衣 is one
    # of a Hui or Uyghur name (伊斯玛衣来)
    assert persons("我就盼伊斯玛衣来早些出来。") == ["伊斯玛衣来"]
    assert persons("老板韦建昌人好，等阿古拉考上大学再说。") == ["韦建昌", "阿古拉"]


def test_an_arbitration_offices_abbreviation_before_its_document_number_is_no_person():
    # 郑劳人仲裁字【2014】: the rest of the office's abbreviation and 字 stand between it and the year (the span that
    # ended at 劳 once 人 became a stop character)
    assert persons("仲裁委员会作出郑劳人仲裁字【2014】第5号裁决，柳劳人仲裁字第29号也是。") == []


def test_xiao_with_a_surname_and_one_given_character_before_punctuation_is_a_nickname():
    # 小康 is 'well-off' and 小 + the surname 康; before one more given-name character and punctuation it is a child's
    # name said with 小 (blind set 193: 喊她|小康|珠。, the last character left in clear); not a dictionary word
    assert persons("院里的人都叫他小康卓，他不应。") == ["小康卓"]
    assert persons("咱们村是小康村。") == []


def test_a_compound_surnames_given_name_cut_by_a_word_the_segmenter_made_across_it():
    # 若水 and 上门, read by the segmenter as 若|水上|门 (blind set 192: 护士|公良若|水上门, the last character left)
    assert persons("卫生院的医生澹台若水上门打针。") == ["澹台若水"]
    assert persons("社工闻人若水上门了。") == ["闻人若水"]
    assert persons("我常想起欧阳修小时候家里穷。") == []


def test_a_verb_made_one_word_with_ren_after_a_han_name_stays_outside_it():
    # 托人 'through someone' and 带人 'with people' (the spent sets 142, 150 and 177: |沙凤琴托|人捎来, |彭德清带|人):
    # the verb is no given character; 强人 is no verb (初永强人好 keeps 强)
    assert persons("去年过年，沙凤琴托人捎来两身新衣裳。") == ["沙凤琴"]
    assert persons("村民小组长彭德清带人把田收了。") == ["彭德清"]
    assert persons("市场管理员初永强人好，让我们摆摊。") == ["初永强"]


def test_a_character_glued_to_a_names_middle_dot_is_the_names():
    # 再 'again' is a stop character, but before a middle dot it is the name's last syllable (the spent set 179:
    # |麦合甫|再·色依提, the rest left in clear), with or without spaces round the dot
    assert persons("我叫麦合甫再·色依提，新疆伽师人。") == ["麦合甫再·色依提"]
    assert persons("救助表上我是麦合甫再 · 色依提，儿子在上学。") == ["麦合甫再 · 色依提"]


def test_a_zhuang_surname_before_xiao_and_a_given_character_after_a_role_word():
    # 侬 (侬智高's surname) is a surname, not only the Wu pronoun; after a role word, a surname standing alone before
    # 小 + a character starts the name (the spent set 185: 护士侬|小梅|, 侬 left in clear); the pronoun starts none
    assert persons("护士侬小梅给娃娃们打疫苗。") == ["侬小梅"]
    assert persons("侬晓得伐，侬吃饭了伐？") == []
    assert persons("护士长小梅给娃娃们打疫苗。") == ["小梅"]


def test_a_grammar_surname_after_de_before_a_given_name_and_a_title():
    # 的 is followed by no disposal 把: before a given name and a title, 把 is the Hui surname (the spent set 178:
    # 清真寺的把|文忠阿訇|); 把 after a verb stays a grammar word
    assert persons("孝感清真寺的把文忠阿訇，经名苏莱麦尼。")[0] == "把文忠阿訇"
    assert persons("我说的把书拿来给他。") == []


def test_a_compound_surnames_given_name_cut_by_a_word_ending_in_a_stop_character():
    # 嘉言 and 说, read by the segmenter as 嘉|言说 (the spent set 158: 律师|太史嘉|言说, the last character left)
    assert persons("矿上请的律师太史嘉言说，赔偿款里有一笔。") == ["太史嘉言"]
    assert persons("社工闻人若水上门了。") == ["闻人若水"]


def test_a_typed_full_stop_joins_a_transliterated_name_whose_last_character_is_no_syllable():
    # 肯 is no transliteration syllable, but 叶尔肯 is transliterated: the full stop typed for the middle dot joins the
    # two parts (blind set 194: |叶尔肯|.|托合塔尔|, two pseudonyms and the dot between them)
    text = "我老伴叫坎巴尔汗·托合塔尔。儿子叶尔肯.托合塔尔在青河放羊。"
    assert persons(text) == ["坎巴尔汗·托合塔尔", "叶尔肯.托合塔尔"]
    assert persons("王芳.李明来了。") != ["王芳.李明"]


def test_an_item_of_a_list_of_names_is_a_name_whatever_word_its_given_name_is():
    # 春桃 'spring peach' and 得意 'proud' are words, but in a 、 list of which two or more items are names found they
    # are given names (blind set 194: 汪春桃、|佘桃枝|、|凌秋生|, the first left in clear); one name found is not enough
    assert persons("剩下五个是留守的：汪春桃、佘桃枝、凌秋生、章小芽。") == ["汪春桃", "佘桃枝", "凌秋生", "章小芽"]
    assert "汪得意" in persons("三零二，程婉儿、佘雨桐、汪得意、姚佳禾，六个里头。")
    assert "黄豆粉" not in persons("买了白面条、黄豆粉、王老吉。")


def test_dai_is_a_surname_that_teaches_the_name_model_nothing():
    # 代 (代渊 of the Song; today also a spelling of 戴) before a given name and a title after 的 (the spent set 47:
    # 卫生院的代|红霞大夫|, 代 left in clear); 代表, 一代, 代课 stay words, and jieba's 代X "names" (代宗, 代天子)
    # change no given-name statistic (counted, they made 修 a given-name character: |车修|了两万多)
    assert persons("镇卫生院的代红霞大夫每季度来给伢们查身体。") == ["代红霞大夫"]
    assert persons("他代表我们去开会，一代一代传下去，代课老师走了。") == []
    assert persons("高速上追了尾，人没事，车修了两万多。") == []


def test_a_names_character_and_a_kin_word_after_a_calling_cue_is_a_form_of_address():
    # 都喊我包姐。 叫我根叔 喊我敖爷: what people call someone, a character of the name and a kin word or title kept as
    # in 王大姐 (66 items of the spent sets 108-195 were missed whole, 芝嫂, 库奶奶, 敖爷, 泽哥 in blind sets 194-195);
    # a kin word alone, an order of birth or 老/小 before it, or a word, is no name
    assert persons("这边茶山上的人都喊我包姐。船上的人都叫我根叔。街坊都喊我敖爷。") == ["包姐", "根叔", "敖爷"]
    assert persons("都喊我大姐。叫他表哥，叫我妹妹。他叫我师姐。喊他三叔。") == []
    # ... and where it is said again (伢们都喊我蒲妈妈。… 喊一声蒲妈妈); a two-character name with a syllable of a
    # Mongolian name (呼和姐), a form with 大姐 or 妈妈 (萨大姐, 温妈妈), not 太婆 'great-grandmother' (汪|太婆)
    assert persons("伢们都喊我蒲妈妈。她毕业了回来看我，喊一声蒲妈妈，我就觉得值。") == ["蒲妈妈", "蒲妈妈"]
    assert persons("老姐妹们叫我呼和姐。门卫喊我萨大姐。") == ["呼和姐", "萨大姐"]


def test_a_surname_with_a_kin_word_and_an_order_of_birth_is_a_title_form():
    # 郝二嫂, 暴三叔, 贺二爸 (blind set 196: missed whole); 刘三姐 is the singer of Zhuang folk songs
    assert persons("隔壁的郝二嫂教我说石楼话。是孤儿，跟他贺二爸过。") == ["郝二嫂", "贺二爸"]
    assert persons("唱的是刘三姐的歌。他三叔来了，我二姐也在。") == []


def test_auntie_said_twice_a_cave_dwelling_or_a_stall_at_a_number_and_a_name_a_form_changed():
    # blind sets 196-197 and the spent set 129: |雒姨|姨 (姨姨, northern 'auntie', is one title), …北坡3号|窑 and
    # …东门23号|摊位 (the cave dwelling and the stall are the address's), 改成再|努拉・图尔荪| (改成 is a cue of
    # writing, and 再 'again' cannot stand after it: the name's first character)
    got = detect_pii("我叫雒春梅，娃们都叫我雒姨姨。杜拴牢家是岚县东村镇张家沟村北坡3号窑，身份证丢了。")
    assert [(sp.type, sp.text) for sp in got][:2] == [("person", "雒春梅"), ("person", "雒姨姨")]
    assert ("address", "岚县东村镇张家沟村北坡3号窑") in [(sp.type, sp.text) for sp in got]
    assert persons("表上写的是再努拉 ・ 图尔荪，维吾尔族姐姐改成再努拉 ・ 图尔荪；蒙古族。")[-1] == "再努拉 ・ 图尔荪"


def test_forms_of_address_with_a_surname_that_is_a_word_or_a_dialect_kin_word():
    # blind sets 198-199: 娃们喊他|常叔| (常 'often' is a surname), 黎二娃, 胡三娘 (an order of birth and 娃/娘),
    # 方阿嬷 (Minnan 'granny'), 喊我卢伯伯 (the doubled 伯伯 is the kin word, not 卢伯 + 伯)
    text = "他是男护士，娃们喊他常叔。开面馆的黎二娃人好，隔壁的胡三娘天天过来。"
    assert persons(text) == ["常叔", "黎二娃", "胡三娘"]
    assert persons("丈母娘方阿嬷七十了。") == ["方阿嬷"]
    assert [(sp.text, sp.suffix) for sp in detect_pii("他女儿乖，喊我卢伯伯。")] == [("卢伯伯", "伯伯")]
    assert persons("我家二娃上学了，三娘来了。") == []


def test_a_surname_before_the_kin_words_of_wu_min_and_cantonese_is_a_form_of_address():
    # blind set 220 (温州) missed 叶阿婆, 季阿婆, 曾阿婆 and 池阿婆 whole; 阿婆, 阿公, 阿伯, 阿叔, 阿婶 and 阿嫲 alone
    # are kin words, and so is one before another (阿嫲阿公 is no name 阿嫲 with the title 阿公)
    assert persons("隔壁的柯阿婆帮我带孩子，池阿公也来。") == ["柯阿婆", "池阿公"]
    assert persons("他们是阿嫲阿公来接，阿叔也来了。") == []
    assert persons("孩子跟阿嫲林亚芳住。") == ["林亚芳"]
    # blind set 226 (洞头): |柯嬷腿|不好 -- 嬷 alone after a surname is 'granny' in Minnan too (柯嬷, 雷嬷)
    assert [(sp.text, sp.suffix) for sp in detect_pii("我喊她柯嬷。柯嬷腿不好，还天天坐在门口。")] == [
        ("柯嬷", "嬷"), ("柯嬷", "嬷")]


def test_a_transliterated_name_holding_na_after_wo_jiao_is_the_name():
    # blind set 229 missed 我叫|斯那央追|， whole (a Tibetan name of 德钦; 斯那 a common first element there): 那 'that'
    # kept every name that holds it out of the cue's slot
    assert persons("我叫斯那央追，这边的人念不来。") == ["斯那央追"]
    assert persons("我叫那个谁，记不清了。") == []  # (那个 'that one')
    assert persons("我叫斯那边的人来。") == []  # (no punctuation after it: no slot)

def test_a_long_transliterated_name_after_wo_jiao_and_a_hospital_building_after_a_number():
    # blind set 201: 我叫|毕力贡|达赖， (达赖, the Dalai Lama, a word of its own; five characters, past the four a
    # naming cue took), …东段18号|住院部三楼 (a hospital's building and floor at the number)
    assert persons("我叫毕力贡达赖，身份证上姓奇。") == ["毕力贡达赖"]
    assert persons("我叫巴特尔去买菜，他不去。") == ["巴特尔"]
    got = [(sp.type, sp.text) for sp in detect_pii("科室在宁陕县城关镇长安河路东段18号住院部三楼。")]
    assert got == [("address", "宁陕县城关镇长安河路东段18号住院部三楼")]


def test_a_one_character_place_before_a_central_school_takes_its_locative_and_bobo_is_a_title():
    # blind set 202: 在里|心中心小学二年级（3）班|, 在上|青中心小学… (no place is named with one character: 里心
    # and 上青 are towns, 在 'at' before them); blind set 203: 滚|伯伯| (伯伯 'uncle' is one title, no surname 伯 + 伯)
    got = [(sp.type, sp.text) for sp in detect_pii("在里心中心小学二年级（3）班随班就读。她在上青中心小学三年级三班。")]
    assert got == [("school", "里心中心小学二年级（3）班"), ("school", "上青中心小学三年级三班")]
    assert persons("喊他伯伯，跟伯伯住。王伯伯来了。") == ["王伯伯"]


def test_what_people_call_an_an_speaker_after_jiao_an_or_han_an():
    # 俺 'I' of the north is a pronoun after a calling verb as 我 is (the spent sets 155, 159 and 161: 都喊俺都大娘。,
    # 都叫俺海峰娘。, 都喊俺英子， were missed whole); an order after 叫俺 is none (叫俺去买菜)
    assert persons("村里人都喊俺都大娘。老辈儿的都叫俺海峰娘。") == ["都大娘", "海峰娘"]
    assert persons("他叫俺去买菜，俺不去。叫俺咋办？") == []


def test_a_verb_the_segmenter_glued_to_a_listed_minority_name_is_not_replaced_with_it():
    # the spent set 92: 把呼和|牧仁压|在底下 (jieba's HMM made 牧仁压 one word: the verb went with the name and 呼和 was
    # left), and 金花其其格嫁到, 贡嘎旺姆受了, 强久次仁隔着 over-replaced the verb; 娜仁花 and 叶尔肯 end in
    # characters of given names, which stay
    assert persons("冷库的货架倒下来，把呼和牧仁压在底下，腰断了。") == ["呼和牧仁"]
    assert persons("我妹妹塔拉其其格嫁到杜尔伯特。儿媳贡嘎旺姆受了刺激。") == ["塔拉其其格", "贡嘎旺姆"]
    assert persons("还有个外孙女韩娜仁花，五岁。邻居叶尔肯帮我。") == ["韩娜仁花", "叶尔肯"]


def test_a_pet_form_of_a_transliterated_name_and_a_compound_surname_that_is_a_word_after_a_role():
    # blind set 204: 喊他小苏|里 after 池苏里唐 (小 + two syllables of a name found whole; the kin rule read 小 + the
    # surname 苏), 大学生志愿者梁丘|霁月 (梁丘 is also a word, and 月 'month' no given character without a cue: the
    # role word is the cue); a compound surname and two given characters are a whole name (南宫月琴|教我)
    assert persons("花名册上叫池苏里唐，同学们喊他小苏里。") == ["池苏里唐", "小苏里"]
    assert persons("同学们喊他小苏。") == ["小苏"]
    assert persons("大学生志愿者梁丘霁月暑假来给孩子们补课。") == ["梁丘霁月"]
    assert persons("他同事南宫月琴教我怎么申请临时救助。") == ["南宫月琴"]


def test_a_han_name_the_tagger_split_after_its_surname_takes_no_glued_verb_nor_the_word_before():
    # blind set 205: 的|肖|云帆帮|我们 (jieba's HMM glued 帮 'help' to the given name: the three characters were no
    # given name and the name was missed whole); a surname the tagger split off starts the name, so a one-character
    # word before it stays (因|陈玉凤, 靠|苟玉翠), but a Hui surname before a religious name is taken (陕|欧斯曼)
    assert persons("法律援助中心的肖云帆帮我们跑了一年。") == ["肖云帆"]
    assert persons("镇妇联的谭明霜帮我办居住证。") == ["谭明霜"]
    assert persons("看病、买衣服就要靠苟玉翠帮着申请临时救助。") == ["苟玉翠"]
    assert persons("老家贩牛的陕欧斯曼是我媳妇的堂哥。") == ["陕欧斯曼"]


def test_a_given_name_the_tagger_reads_as_a_place_after_a_surname_and_de_and_the_surname_jian():
    # blind set 207: 卖菜的|喻|德山|每回, 跑班车的|宦|永平|, (德山, 永平: places too, tagged ns) and 大伯|蹇德贵| (蹇,
    # a surname of 重庆 and 贵州, was in no list); a court's abbreviation before a city stays ((2012)鄂武汉中民商终字)
    assert persons("去镇上赶集，卖菜的喻德山每回都多给我抓一把葱。") == ["喻德山"]
    assert persons("跑班车的宦永平，娃们周末回村坐他的车。") == ["宦永平"]
    assert persons("现在跟着大伯蹇德贵过。") == ["蹇德贵"]
    assert persons("本院作出的（2012）鄂武汉中民商终字第0008号判决。") == []


def test_a_full_stop_typed_for_the_middle_dot_before_a_name_the_detector_did_not_find():
    # blind set 206: 老乡|吐尔洪江|.买合木提过节 (the second name was found nowhere, so no two spans met at the stop;
    # 过节 'the festival' is a word and ends it); a full stop before a sentence stays one
    assert persons("在宣城卖馕的老乡吐尔洪江.买合木提过节开车来。") == ["吐尔洪江.买合木提"]
    assert persons("我见到了吐尔洪江.他说好。") == ["吐尔洪江"]


def test_a_han_name_of_a_split_surname_and_two_given_characters_grows_over_no_verb_after_it():
    # (宦永平|开着 in blind set 207, 校长黎振华|定了, 爸爸茅建华|搞 in the spent sets: a one-character verb after a
    # whole Han name was replaced with it); a compound surname read as a surname and a word still grows (钟离子衿)
    assert persons("爸爸茅建华搞网络诈骗，判了四年。校长黎振华定了规矩。") == ["茅建华", "黎振华"]
    assert persons("社工钟离子衿带孙女去图书馆。") == ["钟离子衿"]


def test_an_autonomous_county_by_its_short_name_and_he_before_a_verb_with_zhe_ends_a_name():
    # blind set 209: 在关岭|自治县顶云街道…602| (关岭布依族苗族自治县 for short: 自治县 takes the name before it,
    # as 街道 does; 麻阳苗族自治县, a listed county, stays whole); blind set 208: 律师|司马清|和帮着写 (和 "and"
    # stands before no verb with 着: it is the given name's)
    got = [(sp.type, sp.text) for sp in detect_pii("她家在关岭自治县顶云街道安置点5栋3单元602。")]
    assert got == [("address", "关岭自治县顶云街道安置点5栋3单元602")]
    got = [(sp.type, sp.text) for sp in detect_pii("在麻阳苗族自治县谭家寨乡九年一贯制学校六年级（2）班。")]
    assert got == [("school", "麻阳苗族自治县谭家寨乡九年一贯制学校六年级（2）班")]
    assert persons("律师司马清和帮着写的协议。") == ["司马清和"]


def test_a_dormitory_s_house_a_row_of_it_and_a_building_s_bare_flat_are_addresses():
    # blind set 210 missed four addresses whole: a dormitory's house by its number (职工宿舍3号), a row of it by its
    # side (宿舍东排6号), a resettlement block (安置房3幢201) and a building with a bare flat number after a place no
    # estate word ends (基地2号楼105); the place before a bare flat starts after a word that stands before an
    # address, or at the first listed city when none does, never taking the clause before it in
    assert addresses("住柘荣县东源乡鸳鸯草场职工宿舍3号。") == ["柘荣县东源乡鸳鸯草场职工宿舍3号"]
    assert addresses("她住屏南县熙岭乡茶场宿舍东排6号。") == ["屏南县熙岭乡茶场宿舍东排6号"]
    assert addresses("他住长桥镇新村安置房3幢201，电话没有。") == ["长桥镇新村安置房3幢201"]
    assert addresses("场里宿舍在英山乡太子参基地2号楼105。") == ["英山乡太子参基地2号楼105"]
    assert addresses("被告协助办理常州市新北区绿都万和城6幢202室房产交付。") == ["常州市新北区绿都万和城6幢202室"]
    assert addresses("这边住贵池区池口街道江滨路26号船厂宿舍2号平房。") == ["贵池区池口街道江滨路26号船厂宿舍2号平房"]
    # a count of rows or a date is none
    assert addresses("宿舍一共三排，5月3号搬进去。") == []


def test_the_second_half_of_a_transliterated_name_a_form_wrote_in_two_is_the_name_s():
    # blind set 210: 还有把钟 水妹、|吉勒| 依惹写成两截的 (the name was found nowhere whole in that transcript, and the
    # model took nothing after the space); a word after a name and a space stays (巴特尔 那天, 阿依古丽 今天)
    assert persons("还有把吉勒 依惹写成两截的。") == ["吉勒 依惹"]
    assert persons("他爸的残疾证上是阿侯　克哈。") == ["阿侯\u3000克哈"]
    assert persons("巴特尔 那天来了。") == ["巴特尔"]
    assert persons("阿依古丽 今天没来。") == ["阿依古丽"]


def test_surnames_of_the_south_west_a_surname_after_xing_alone_and_no_character_before_an_unseen_surname():
    # blind set 211 missed 禤美玲, 牙美桃 and 杞红英 whole (surnames no list held); a surname the name model has seen
    # no name of does not let it take the character before (托|禤美玲, 老三|蹇雨欣); 姓 is no part of the surname
    # after it, whatever word the segmenter made (姓磨, 姓能)
    assert persons("有事我托禤美玲带话。") == ["禤美玲"]
    assert persons("班主任牙美桃老师把两个娃娃叫到办公室。") == ["牙美桃"]
    assert persons("村里的儿童主任杞春梅说，这种算事实无人抚养。") == ["杞春梅"]
    assert persons("小名枇杷；老三蹇雨欣四岁。")[-1] == "蹇雨欣"
    assert persons("我叫能桂芝，姓能，能干的能。") == ["能桂芝", "能"]
    # the words stay words
    assert persons("早上刷牙洗脸，牙疼得厉害，吃点枸杞。") == []


def test_a_han_name_the_segmenter_glued_to_the_kin_or_role_word_before_it():
    # blind set 211 missed 外婆罗秀鸾七十了 whole: jieba cut 外|婆罗|秀鸾 (婆罗 is a word), so no word started at the
    # surname; the same for 房东|魏长顺 and 老股长|官德明; not after a role character alone (健全师|范生: 师范)
    assert persons("外婆罗秀鸾七十了，还在坡上种香蕉。") == ["罗秀鸾"]
    assert persons("铺子是租的，房东魏长顺说明年要涨租。") == ["魏长顺"]
    assert persons("健全师范生公费教育制度。") == []


def test_a_stop_character_that_starts_listed_names_starts_a_name_before_a_title():
    # blind set 212: 他叫我那|木吉姐| (那 'that' is also the first syllable of 那木吉拉 and 那木卡; spent set 156 had
    # 同嘎查的那|木斯莱 too); 那 before a word stays 'that'
    assert persons("他叫我那木吉姐，叫了一辈子。") == ["那木吉姐"]
    assert persons("那边的阿依古丽姐来了。") == ["阿依古丽姐"]


def test_a_village_house_with_its_yard_and_a_market_stall_in_a_yard_are_addresses():
    # blind set 215 missed 王家岔乡后沟村东头2号院 and 绒毛市场后院6号 whole (a yard after a hamlet's house number
    # stopped the village pattern, and a market's back yard was no part of it); spent set 196 had 前庄村后沟|6号院 in
    # part
    assert addresses("冬天羊圈在王家岔乡后沟村东头2号院。") == ["王家岔乡后沟村东头2号院"]
    assert addresses("住岢岚县岚漪镇北关街绒毛市场后院6号，她姥爷家在乡下。") == ["岢岚县岚漪镇北关街绒毛市场后院6号"]
    assert addresses("郝得胜家住梁家庄乡前庄村后沟6号院。") == ["梁家庄乡前庄村后沟6号院"]


def test_a_full_stop_typed_for_the_dot_joins_two_transliterated_names():
    # blind set 217 left 阿不都赛米|.|司迪克 as two names with the stop in clear: 司 is no syllable of the list
    assert persons("表上写的是阿依古丽.司迪克，中间打了个点。") == ["阿依古丽.司迪克"]


def test_a_full_stop_typed_for_the_dot_joins_two_names_of_which_one_half_was_found():
    # blind set 220 left 居来提江.|卡哈尔江| and the spaced 居 来 提 江 . |卡 哈 尔 江| in part: with one half
    # found alone, the typed stop made no name; both sides must be transliterated, three characters or more, and
    # start with no word (a stop between words ends a sentence)
    assert persons("花名册上是吐来提江.卡斯木江，打的是句号。") == ["吐来提江.卡斯木江"]
    assert persons("借书证上是吐 来 提 江 . 卡 斯 木 江。") == ["吐 来 提 江 . 卡 斯 木 江"]
    assert persons("我们到了拉萨.阿妈说好。") == []
    assert "打成" not in "".join(persons("把儿子打成吐来提江.卡斯木江了。"))


def test_a_grammar_character_that_starts_a_listed_name_between_two_names_joins_them():
    # blind set 220 left |苏德|那|木敖斯尔| (Sodnam Osor) in part: 那 'that' between two names found is the first
    # syllable of 那木 (那木吉拉, 那木卡); not where it cannot start a listed name
    assert persons("我阿爸朝鲁那木敖斯尔七十了。") == ["朝鲁那木敖斯尔"]
    assert "那" not in "".join(persons("我阿爸朝鲁那天跟敖斯尔说了。"))


def test_what_stands_before_the_yi_womens_ending_is_the_name():
    # blind set 217 left 女子瓦扎|说嫫 in part: 说 'say' stopped the clan name 瓦扎 before the given name 说嫫
    assert persons("大女子瓦扎说嫫十三，小的瓦扎吉日八岁。") == ["瓦扎说嫫", "瓦扎吉日"]
    assert persons("她叫吉克说嫫，十岁。") == ["吉克说嫫"]


def test_forms_of_address_made_from_a_transliterated_name_found_whole():
    # blind sets 216 and 217 missed 小扎提 (after 伊力扎提‧毛拉洪) and 老瓦 (after 瓦扎木呷) whole: 小 + two
    # syllables of the name, 老 + the first character of a long one
    text = "大的叫努尔扎提‧吐尔逊。老师图省事，喊大的小扎提。等小扎提考上大学再说。"
    assert persons(text) == ["努尔扎提‧吐尔逊", "小扎提", "小扎提"]
    assert persons("我叫瓦扎拉古，砖厂的人嫌名字长，都喊我老瓦。") == ["瓦扎拉古", "老瓦"]
    # ... not 老 'always' before a verb, nor 'old' before a word (老写不通, 老名字)
    assert persons("儿子叫瓦扎拉古，作文老瓦不通，老瓦字也写错。") == ["瓦扎拉古"]


def test_a_childs_given_character_with_the_wu_and_min_endings_is_a_form_of_their_name():
    # blind set 220 (温州) missed 晴囡, 雨囡 (of 蓝晓晴, 蓝晓雨) and 溪囝 (of 雷溪生) whole: a given character of a name
    # found whole + 囡 'girl' / 囝 'boy'; not the kin words (孙囡) nor a form two names give
    text = "两个女儿钟晓岚、钟晓梅，七岁，我们喊岚囡、梅囡。钟立生最小，村里人喊他立囝。"
    assert persons(text) == ["钟晓岚", "钟晓梅", "岚囡", "梅囡", "钟立生", "立囝"]
    assert persons("孙女钟晓岚七岁，孙囡和小囡都在家。") == ["钟晓岚"]


def test_a_yi_given_name_holding_a_grammar_word_after_a_clan_found_alone_is_taken_whole():
    # blind set 224 left |沙马|有格 three times (plain, before 的, spaced): 有 'have' stopped the given name; where a
    # clause ends or 的 follows, a Yi clan's name and two more characters ending in a syllable are one name, and so
    # is every mention of it; not a clause about the person (沙马有病，, 沙马都来，)
    text = "受访者：吉克有格，女娃，阿嫫死了。吉克有格的阿达在东莞，说吉克有格有个弟弟。"
    assert persons(text) == ["吉克有格", "吉克有格", "吉克有格"]
    assert persons("吉克有病，在家。吉克都来，吉克的娃。") == ["吉克", "吉克", "吉克"]


def test_a_mongolian_familys_han_surname_before_a_name_said_alone_elsewhere_is_the_names():
    # blind set 230 left 一会是奇|锡林巴特|: the father's surname 奇 (of the Mongols of 鄂尔多斯) before the boy's
    # Mongolian name, said without it a clause before; not a grammar word before a name (是, 跟)
    assert persons("孙子一会是锡林巴特，一会是奇锡林巴特。") == ["锡林巴特", "奇锡林巴特"]
    assert persons("孙子叫锡林巴特，我跟锡林巴特说过。") == ["锡林巴特", "锡林巴特"]


@pytest.mark.parametrize(("text", "name"), [
    ("他老汉拓存良瘫在炕上，没人管。", "拓存良"),  # 拓, of 拓跋 (陕西)
    ("班上的淡红霞家里最难。", "淡红霞"),  # 淡 (陕西)
    ("受访者：第二户是孤儿，罕小龙，十岁。", "罕小龙"),  # 罕, the Dai surname of 耿马 (set 234 left 罕|小龙|)
])
def test_regional_surnames_that_are_words_start_a_name(text, name):
    # blind set 233 (长武, 淳化) missed names of 拓 and 淡 whole, as sets 64-67 and 221 had;
    # set 234 (耿马) left 罕|小龙|
    assert name in persons(text)


def test_a_pronoun_and_a_bare_kin_character_of_northern_speech_cue_the_name_after_them():
    # blind set 233 missed 跟他爷|党满仓|过 whole (爷 'grandfather', 党 'party'); sets 159-219 left 他爹|卢海峰 with
    # 爹 inside the name and 他大时|满堂| (大 'father' in 陕北 and 关中); a doubled kin word stays one (她奶奶)
    assert persons("跟他爷党满仓过，孤儿基本生活费一月一千。") == ["党满仓"]
    assert persons("他爹卢海峰在宁波打工，一年回来一趟。") == ["卢海峰"]
    assert persons("事实无人抚养。他大时满堂出去打工，五年没音讯。") == ["时满堂"]
    assert persons("在老家跟她奶奶吉则石嫫，在昭觉县。") == ["吉则石嫫"]


def test_a_name_takes_no_single_characters_that_make_a_word_together_after_it():
    # found over every set after round 89: 女儿|海来阿西|嫁|到 grew to 海来阿西嫁 (嫁到 'married into'),
    # 老二|朝格吉乐|嘴|上 to 朝格吉乐嘴; not the last syllable of a Tibetan name before a word that would end inside
    # the next token (夏吾旦正|前年: 正前 ends inside 前年)
    assert persons("女儿海来阿西嫁到威宁，每年回来一趟。") == ["海来阿西"]
    assert "朝格吉乐" in persons("给她妈扎针。老二朝格吉乐嘴上不说，有一回哭了。")
    assert persons("我大姐牛红梅借了五万，说不急。") == ["牛红梅"]
    assert "夏吾旦正" in persons("语言残疾四级。爸爸夏吾旦正前年车祸去世了。")
