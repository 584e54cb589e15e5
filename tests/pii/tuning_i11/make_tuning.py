"""Build the tuning set for issue 11's detector work (tests/pii/tuning_i11/): QQ numbers, WeChat ids, schools with
classes, names with spaces, compound surnames after a common word, minority given names, and traps.

Written by the developer of the detector change (not blind: this set is for tuning and regression tests; the honest
estimate is tests/pii/holdout3/, which was written before the change by someone who never saw the detector and is
never tuned on). Every person, number and school is invented. Inline markup ``⟦category|text⟧`` seeds an item,
``⟦trap|text⟧`` marks a trap (not personal information). Categories and their types: han, spaced, compound,
minority -> person; qq, wechat, school, mobile -> the type of the same name.

    python tests/pii/tuning_i11/make_tuning.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPE_OF = {"han": "person", "spaced": "person", "compound": "person", "minority": "person"}
MARK = re.compile(r"⟦([a-z_]+)\|([^⟧]+)⟧")

DOCS = {
    "T01": """访谈者：您好，先说说您的情况吧。
受访者：我是苏木的社工，叫⟦han|马秀芝⟧。我们这片的孩子我基本都认识。⟦minority|格日勒图⟧家的两个孩子，大的叫⟦minority|阿拉坦其其格⟧，在⟦school|翁牛特旗乌丹一中初三2班⟧，小的在⟦trap|镇中心小学⟧上⟦trap|四年级⟧。
访谈者：平时怎么联系家长？
受访者：他爸有微信，微信号⟦wechat|gerilet1982⟧，QQ也有，号码是⟦qq|583920174⟧。我跟他打电话多，电话⟦mobile|13847612395⟧。
访谈者：学校那边呢？
受访者：班主任是⟦han|刘海燕⟧老师，我加了她的VX：⟦wechat|lhy_teacher09⟧。⟦minority|乌云⟧老师是教蒙语的，跟孩子很亲。
访谈者：额吉（妈妈）在家吗？
受访者：⟦trap|额吉⟧在外面打工，过⟦trap|那达慕⟧才回来。家里就⟦minority|其木格⟧奶奶带着，她七十多了。
""",
    "T02": """访谈者：请介绍一下您负责的案子。
受访者：我们检察院未检科一共三个人，我、⟦compound|欧阳丽萍⟧，还有⟦compound|上官建新⟧。去年办了⟦trap|27⟧件。
访谈者：有没有印象深的？
受访者：有个孩子叫⟦spaced|赵 子 豪⟧，登记表上名字就是这么空着写的。\
他在⟦school|松山区第三中学初一(4)班⟧，QQ号⟦qq|2847561093⟧，跟网友聊天被骗了⟦trap|3000元⟧。
访谈者：后来呢？
受访者：我们找了他同学⟦compound|司马文博⟧，又联系了⟦compound|诸葛晓雯⟧老师。\
讲⟦trap|司马光⟧砸缸的故事都没用，孩子就是不说话。他妈妈叫⟦spaced|孙　丽　娟⟧，表格上也是空格分开的。
访谈者：这个案子现在？
受访者：还在跟。他说网友的微信是⟦wechat|wxid_9fk2ls83ja⟧，扣扣⟦qq|31827465⟧，我们都交给公安了。热线⟦trap|12355⟧也打过。
""",
    "T03": """访谈者：您在嘎查住了多少年了？
受访者：一辈子了。我叫⟦minority|巴雅尔图⟧，老伴叫⟦minority|萨仁高娃⟧。儿子⟦minority|特木尔巴根⟧在⟦trap|呼和浩特⟧打工，儿媳⟦minority|乌兰托娅⟧跟着去了。
访谈者：孙子孙女呢？
受访者：孙女⟦minority|诺敏⟧在⟦school|阿鲁科尔沁旗天山二中⟧住校，孙子⟦minority|宝音德力格尔⟧上⟦trap|初二了⟧。⟦trap|敖包⟧节的时候都回来。
访谈者：嘎查里谁管这些事？
受访者：⟦trap|嘎查达⟧是⟦minority|额尔敦巴雅尔⟧，他人好。还有⟦han|包海龙⟧，村医，也常来。
访谈者：平时有什么困难？
受访者：冬天冷，⟦trap|苏木⟧离得远。⟦trap|乌兰牧骑⟧来演过两回，孩子们高兴。
""",
    "T04": """访谈者：您是学校的老师？
受访者：对，我教小学，叫⟦spaced|王 丽⟧，大家都这么叫。不对，我叫⟦spaced|王 晓 丽⟧，写名字的时候中间有空格，习惯了。
访谈者：班上有困境儿童吗？
受访者：有三个。⟦han|张思雨⟧，⟦han|李梓轩⟧，还有个蒙古族孩子叫⟦minority|苏日娜⟧。⟦han|张思雨⟧在⟦school|红山区东方红小学三年级1班⟧，跟我一个学校。
访谈者：家长联系方式有吗？
受访者：⟦han|张思雨⟧奶奶的手机⟦mobile|15904761238⟧，微信就是这个号。⟦han|李梓轩⟧爸爸的微信⟦wechat|lizixuan_papa⟧，他说换了个号⟦qq|1938475620⟧，我也不知道是不是QQ。
访谈者：还有别的吗？
受访者：⟦trap|东方⟧不亮西方亮嘛，孩子们有⟦compound|东方明⟧老师照顾，他是我们的副校长。
""",
    "T05": """访谈者：这个村藏族多吗？
受访者：不多，几户。⟦minority|扎西⟧家，⟦minority|卓玛⟧家。⟦minority|扎西多吉⟧是老大，⟦minority|次仁央金⟧是他闺女，在⟦school|赤峰民族中学高二（3）班⟧。
访谈者：他们怎么联系？
受访者：⟦minority|卓玛⟧有个扣扣号⟦qq|6728193045⟧，还有威信⟦wechat|zhuoma_1990⟧。
访谈者：村里还有谁？
受访者：达斡尔族的⟦minority|那顺·乌日图⟧，鄂温克族的⟦minority|杜拉尔·敖登⟧，都是护林员。⟦trap|诺敏河⟧那边还有几户。⟦trap|格桑花⟧开的时候好看。
访谈者：孩子们上学呢？
受访者：都在⟦trap|旗里的寄宿学校⟧，⟦trap|村小⟧早撤了。
""",
    "T06": """访谈者：您是网格员？
受访者：是，我叫⟦han|韩冬梅⟧。我们网格有个留守孩子，叫⟦minority|敖日格乐⟧，跟⟦minority|包其其格⟧奶奶过。他爸⟦han|包文军⟧在外地。
访谈者：孩子在哪上学？
受访者：⟦school|元宝山区平庄第一中学⟧，住校。他班主任是⟦compound|慕容秀兰⟧。
访谈者：平常怎么联系？
受访者：孩子有个QQ，号码是⟦qq|749302615⟧。他爸微信是⟦wechat|wxid_baowenjun77⟧。
访谈者：钱够用吗？
受访者：每月⟦trap|1130元⟧低保，⟦trap|12345⟧也打过。⟦trap|乌云⟧压顶的日子过去了，现在好多了。
""",
}


def build() -> None:
    rows, traps = [], []
    for doc_id, marked in DOCS.items():
        text, pos = [], 0
        out_len = 0
        for m in MARK.finditer(marked):
            chunk = marked[pos:m.start()]
            text.append(chunk)
            out_len += len(chunk)
            cat, item = m.group(1), m.group(2)
            if cat == "trap":
                traps.append({"doc_id": doc_id, "start": out_len, "end": out_len + len(item), "text": item})
            else:
                rows.append({"doc_id": doc_id, "start": out_len, "end": out_len + len(item),
                             "type": TYPE_OF.get(cat, cat), "text": item, "category": cat})
            text.append(item)
            out_len += len(item)
            pos = m.end()
        text.append(marked[pos:])
        (HERE / f"{doc_id}.txt").write_text("".join(text), encoding="utf-8", newline="")
    for name, table, cols in (("answer_key.csv", rows, ["doc_id", "start", "end", "type", "text", "category"]),
                              ("traps.csv", traps, ["doc_id", "start", "end", "text"])):
        with open(HERE / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            writer.writerows(table)


if __name__ == "__main__":
    build()
