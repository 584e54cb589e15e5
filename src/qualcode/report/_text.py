"""The report's own text in Chinese (``write_report(lang="zh"|"both")``): table headings and section texts.

English is written where each section is made; the Chinese text lives here, keyed by the same names, so that a
translation can be checked and changed in one place.
"""

from __future__ import annotations

__all__ = ["INTRO_ZH", "NOTES_ZH", "TABLE_NAMES_ZH"]

#: Chinese headings of the tables (keyed by the table's English name, which is also its workbook sheet).
TABLE_NAMES_ZH = {
    "summary": "概况",
    "respondents": "受访者",
    "themes by role (respondents)": "主题 × 角色（受访者）",
    "association": "关联检验",
    "co-occurrence": "主题共现",
    "exemplars": "代表性引文",
    "topic sweep": "主题数比较",
    "topics": "主题",
    "topic prevalence": "主题分布",
    "topic quotes": "主题引文",
    "auto vs human (per split)": "自动编码与人工编码（按数据划分）",
    "agreement (kappa, alpha, 95% CI)": "一致性（kappa、alpha、95% 置信区间）",
    "disagreements": "不一致之处",
    "settings": "参数",
    "word frequency": "词频",
    "key words": "关键词",
    "kwic": "关键词语境",
    "code network nodes": "主题网络节点",
    "code network edges": "主题网络连线",
    "ca inertia": "对应分析惯量",
    "ca coordinates": "对应分析坐标",
}

#: Chinese explanations of the sections, keyed by the section's anchor.
INTRO_ZH = {
    "warnings": ("读取与编码语料时发现了可能使计数出错的问题（见下方各条，格式为 文件:行）："
                 "请先核对，再阅读后面的结果。"),
    "findings": ("按阶段分组列出编码手册的每个主题：各组中提及该主题的受访者人数（至少一个自动编码片段；n/N 为该组人"
    "数），"
                 "主题与分组的关联强度（Cramér's V；p 值已对主题做多重比较校正），以及注明出处的代表性引文。"
                 "所有数值均由下方表格计算得出；引文已做假名化处理。"),
    "corpus": "从语料文件夹读入的文档、话轮与受访者（每个文件的 SHA-256 见工作簿）。",
    "themes": ("各组中至少有一个片段被编码为该主题的受访者百分比。调整后标准化残差超过约 ±2，表示该组比其他组更多或更"
    "少"
               "提及该主题。关联检验表列出每个主题所用的检验（卡方检验、Fisher 精确检验，或计数较小时的蒙特卡洛精确检"
               "验）、"
               "Cramér's V 与校正后的 p 值；计数过小时在备注中说明。"),
    "cooccurrence": "同时提及两个主题的受访者人数（对角线为提及该主题本身的人数）。",
    "exemplars": ("每个主题、每个分组的引文，最清楚的在前（匹配的词与规则最多，其次是较短的片段），每位受访者先取一条"
    "；"
                  "偏移量指向源文件。"),
    "topics": ("还说了什么：对受访者话轮（已去除停用词与语气词）拟合的主题模型，在数据支持时以编码手册的词语作种子；"
               "每个主题按词语重合度标注最接近的编码手册主题，或标为“新”。k 由比较结果选出（一致性 c_v / c_npmi 与"
               "不同随机种子间的稳定性）。"),
    "evaluation": ("编码手册的自动编码与人工金标准编码的比较，按主题、以受访者话轮为单位（精确率、召回率、F1、Cohen's"
    " kappa）。"
                   "“dev”部分用于调整规则，结果偏乐观；“test”部分未参与调整。一致性区间以整份访谈为单位重抽样。"),
    "survey": "谁听说过该政策、通过什么渠道，以及满意度（1-5）。",
    "settings": "本次运行的参数；用相同参数重新运行可得到相同的表格。",
    "words": ("受访者说得最多的实词（已按分词时的规则去除停用词与语气词），以及各组的关键词：某组比其他受访者用得明显"
    "更多的词"
              "（对数似然比 G2，BH 校正 p < 0.05，效应量为 log ratio；至少 5 次、至少 2 位受访者使用）。"),
    "kwic": "每个主题的编码段落及其上下文（左右各 20 字，以话轮为界），匹配的词加亮；每行注明片段编号，可回溯到源文件"
    "。",
    "network": ("主题共现网络：两个主题被同一位受访者提及即连线，线的粗细为 Jaccard 系数；节点大小为提及人数，颜色为"
    "社区"
                "（贪心模块度算法）。节点与连线数据见工作簿（GraphML / GEXF 可由 qualcode network 导出）。"),
    "ca": ("主题 × 分组的对应分析（以各组提及主题的受访者人数为频数）：相近的点表示相似的分布。坐标为主坐标；"
           "轴标签给出各维度解释的惯量比例。"),
}

#: Chinese versions of fixed notes, keyed by the English note.
NOTES_ZH = {
    ("Auto-codes, not human codes: read them with the agreement figures in 'Auto-coding vs human coding'."):
        "这些是自动编码而非人工编码：请结合“自动编码与人工编码”一节的一致性数据来解读。",
}
