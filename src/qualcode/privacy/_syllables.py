"""The transliteration syllable inventory: the characters that make up Mongolian, Tibetan, Turkic, Yi and other
minority names in Chinese transliteration (the elements of ``qualcode/data/minority_names_zh.txt`` and a few
syllables they lack), less the characters that are above all grammar, kin words or Han given-name characters. The
rules that grow a name over the characters beside it (:mod:`qualcode.privacy._boundaries`, the name finders) take
a run of syllables as part of a transliterated name.
"""

from __future__ import annotations

import functools

from qualcode.privacy._minority import minority_lexicon
from qualcode.privacy._name_data import WHOLE_ONLY

__all__ = ["EXTRA_SYLLABLES", "NEVER_SYLLABLES", "syllables", "transliterated"]

#: Syllables of transliterated names that the lexicon's elements lack: Mongolian (满都拉, 额尔很, 都固楞, 胡和) and the
#: common syllables of Uyghur and Kazakh names (艾买提, 吐尔逊, 吐送, 麦迪娜, 阿依古丽, 帕提曼, 努尔, 热依拉, 玉素甫,
#: 塔什, 伊斯玛衣来, 排尔哈提), which the lexicon does not list as names; and the one-syllable endings of
#: three-syllable Amdo Tibetan names (-科/-郭/-巴/-波/-洛 for men, -玛/-嫫 for women: T4 in data/SOURCE.md), and 绒 of
#: Kham names (格绒). They only extend spans, find nothing alone.
EXTRA_SYLLABLES = "满都很艾买麦提迪吐逊送拜丽热依努孜帕合曼尤素甫库玉科郭波洛嫫什胡绒衣排"
#: Characters of the lexicon's elements that are above all pronouns, kin words, word endings or Han given-name
#: characters (他 of 那哈他, 子 of 子日, 儿 of 孛儿只斤, 不 of 阿不都, 地 of 吐尔地, 洪 of 吐尔洪): never taken as a
#: syllable, so 她儿子|扎西, 让他|特古斯 and 古丽|舍不得 stay outside the name (the listed names are found whole).
#: 吾 and 守 were kept out too, until a son's 吾守尔江|吐尔逊江 was left in part (set 55): no change on real text.
NEVER_SYLLABLES = frozenset("我你您他她它们咱俺子儿老小大爸妈爷奶姥姨叔婶哥姐弟妹舅不各"
                            "地洪仙喜坚坤夏奴彦楚烈牧绕群肯赞雪南万更旭乙端智明向")


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The transliteration syllable inventory: every character of the minority-name lexicon's elements
    (qualcode/data/minority_names_zh.txt) and :data:`EXTRA_SYLLABLES`, less NEVER_SYLLABLES and WHOLE_ONLY."""
    return (frozenset("".join(minority_lexicon())) | frozenset(EXTRA_SYLLABLES)) - NEVER_SYLLABLES - WHOLE_ONLY


def transliterated(part: str) -> bool:
    """``part`` is a listed element (东智) or at least half of it is transliteration syllables, and it is no doubled
    Han nickname (乐乐|送完: 乐 is a syllable of 乐乐 no more than of 快乐)."""
    inv, listed = syllables(), part in minority_lexicon()
    return listed or 2 * sum(c in inv for c in part) >= len(part) > 0 and not (len(part) == 2 and part[0] == part[1])
