"""The built-in polarity lexicon and the sentence and clause boundaries the rule decisions use.

Documented in docs/codebook.md ("Polarity"): evaluations are positive or problem cues; a negator ending at most
``negation_reach`` characters before an evaluation flips it; intensifiers and fillers between them do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["CLAUSE_END", "DEFAULT_POLARITY", "SENTENCE_END", "alternation"]

#: Built-in polarity lexicon; a codebook's ``settings.polarity`` lists are added to these.
DEFAULT_POLARITY: dict[str, Any] = {
    "negators": [
        "不", "没", "没有", "未", "无", "并不", "并没", "并没有", "从不", "从没", "从没有", "从来不", "从来没",
        "从来没有", "不太", "不大", "不怎么", "不是", "没怎么", "没能", "未能", "毫无", "谈不上", "算不上",
        "称不上", "缺乏", "缺少", "不够", "不再", "很难", "难以",
    ],
    "not_negators": [
        "不管", "不仅", "不但", "不光", "不过", "不论", "无论", "不错", "不少", "不断", "不停", "不得不", "不然",
        "不如", "没想到", "无非", "未来", "别人", "别的", "不久", "不一定", "差不多", "无所谓", "不同",
    ],
    "intensifiers": [
        "很", "非常", "比较", "挺", "蛮", "特别", "十分", "相当", "还算", "还", "算", "太", "更", "最", "极", "极其",
        "基本", "基本上", "完全", "一直", "真", "真的", "都", "也", "总体", "总的来说", "那么", "这么", "怎么", "多",
    ],
    "fillers": ["是", "得", "的", "地", "做", "搞", "弄", "到", "去", "给", "把", "能", "会", "有", "人", "我们",
                "他们"],
    "positive": [
        "到位", "通畅", "顺畅", "畅通", "及时", "清楚", "明白", "了解", "知道", "晓得", "听说", "听过", "熟悉", "很高",
        "比较高", "挺高", "较高", "充足", "充分", "足够", "够用", "很好", "挺好", "比较好", "较好", "良好", "还好",
        "不错", "满意", "有效", "落实", "规范", "准确", "细致", "认真", "完善", "健全", "全面", "定期", "经常", "按时",
        "准时", "专业", "顺利", "方便", "简单", "容易", "积极", "重视", "周到", "有保障", "稳定", "透明", "公开",
        "一致", "明确", "管用", "有用", "见效", "落到实处", "紧密", "密切", "很快", "比较快", "迅速", "高效", "精准",
        "建立起来", "建起来", "整合", "理顺", "打通", "回音", "答复", "公示", "专业化",
        "没问题", "没什么问题", "没啥问题", "没有问题",
        "齐全", "到了", "来过", "上过门", "说过", "讲过", "告诉过", "通知过",
    ],
    "problem": [
        "不到位", "不够", "不足", "缺乏", "缺少", "欠缺", "没人", "没有人", "很少", "太少", "较少", "比较少", "极少",
        "偏少", "少得可怜", "很难", "太难", "难以", "难办", "不容易", "困难", "麻烦", "复杂", "太绕", "很绕",
        "绕来绕去", "看不懂", "听不懂", "搞不懂", "弄不懂", "不懂", "不知道", "不清楚", "不了解", "不晓得", "不明白",
        "没听说", "没听过", "滞后", "太晚", "很晚", "晚了", "迟了", "拖延", "拖拉", "拖着", "太慢", "很慢", "不及时",
        "很差", "太差", "较差", "比较差", "薄弱", "偏低", "很低", "太低", "不高", "不畅", "不通", "脱节", "断档",
        "不一致", "不统一", "走过场", "走形式", "形式主义", "流于形式", "应付", "敷衍", "名存实亡", "石沉大海",
        "没下文", "没有下文", "不了了之", "没人管", "没人问", "没人过问", "推诿", "扯皮", "踢皮球", "推来推去", "遗漏",
        "漏掉", "落下", "偏差", "出错", "问题很多", "问题不少",
        "问题多", "问题大", "有些问题", "存在问题", "出问题", "出了问题", "老问题",
        "不行", "不好", "不合理", "不准", "不准确", "不规范", "不完善", "不健全", "空白", "盲区", "死角", "模糊",
        "太官方", "生硬", "一刀切", "跟不上", "顾不上", "顾不过来", "忙不过来", "忙不完", "吃力", "力不从心",
        "欠账", "短板", "不重视", "没重视", "不积极", "壁垒", "单一", "严重", "隐瞒", "虚假", "一次都没",
        "一次也没", "没几个", "没多少", "不多", "没有专门", "没有固定", "摸不着头脑", "稀里糊涂", "一问三不知",
    ],
    "window": 12,
    "negation_reach": 4,
}

SENTENCE_END = "。！？!?；;…\n\r"
CLAUSE_END = SENTENCE_END + "，,、：:—"
SENTENCE_RE = re.compile("[" + re.escape(SENTENCE_END) + "]")
#: A bare negative / affirmative short answer (the whole first clause).
BARE_NO = re.compile(r"^\s*(没有|没|没呢|还没|还没有|不|不是|不多|很少|不太|不怎么|没怎么|没几回|一次也没|一回也没|"
                     r"从来没有|从没有|谈不上|算不上)"
                      r"[吧呀啊呢哦嘛了过]*\s*$")
BARE_YES = re.compile(r"^\s*(有|有的|有过|是|是的|对|对的|准时|按时|挺好|还行|都有|来过|都来|经常|定期|准|及时|没问题)"
                       r"[吧呀啊呢哦嘛了过的]*\s*$")
CLAUSE_RE = re.compile("[" + re.escape(CLAUSE_END) + "]")



def alternation(words: Sequence[str]) -> re.Pattern:
    """One regex matching any of ``words``, longest first (a never-matching regex for no words)."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!x)x")
