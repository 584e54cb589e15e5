"""Which script a text is written in: Traditional or Simplified Chinese.

Without OpenCC installed, the script is told from characters that exist in one script only (這/这, 們/们, 說/说 ...):
a table of frequent Traditional/Simplified pairs. A text is Traditional when its Traditional-only characters clearly
outnumber its Simplified-only ones. Used to warn when a corpus in Traditional script is coded with a Simplified
codebook without ``convert: t2s``: every word that differs between the scripts would never match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["TRAD_TO_SIMP", "script_counts", "script_of"]

_PAIRS = (
    "們们 這这 個个 說说 時时 會会 來来 為为 對对 沒没 還还 過过 讓让 從从 問问 題题 學学 國国 發发 現现 樣样 麼么 "
    "經经 種种 點点 開开 關关 頭头 應应 邊边 兩两 長长 門门 間间 電电 話话 實实 東东 車车 見见 錢钱 買买 賣卖 讀读 "
    "書书 寫写 聽听 覺觉 網网 體体 醫医 療疗 護护 養养 幫帮 區区 縣县 鄉乡 鎮镇 農农 務务 員员 辦办 補补 貼贴 費费 "
    "錯错 難难 歲岁 帶带 給给 條条 號号 記记 錄录 訪访 談谈 務务 傳传 單单 報报 將将 師师 歡欢 氣气 話话 進进 機机 "
    "號号 處处 緊紧 總总 親亲 戶户 兒儿 熱热 雖虽 視视 認认 識识 願愿 團团 驗验 標标 議议 論论 該该 調调 設设 計计 "
    "導导 領领 隊队 縣县 務务 業业 專专 項项 預预 層层 齊齐 質质 華华 邊边 鐘钟 靈灵 樂乐 廣广 陽阳 陰阴 雞鸡 羅罗 "
    "劉刘 陳陈 張张 趙赵 孫孙 楊杨 吳吴 鄭郑 馬马 韓韩 錢钱 齡龄 顧顾 憂忧 愛爱 語语 飯饭 鳥鸟 魚鱼 門门 紙纸 線线 "
    "結结 給给 約约 級级 紅红 組组 細细 終终 經经 續续 維维 綜综 練练 習习 興兴 舊旧 觀观 勞劳 動动 務务 協协 區区 "
    "歷历 難难 聯联 職职 聲声 腦脑 腳脚 臉脸 與与 舉举 藥药 蘭兰 處处 號号 術术 衛卫 補补 裝装 見见 規规 覺觉 親亲 "
    "計计 討讨 訓训 評评 試试 詩诗 誰谁 請请 諮咨 謝谢 證证 讀读 變变 貧贫 責责 貸贷 資资 賬账 購购 趕赶 跡迹 蹤踪 "
    "軍军 輕轻 較较 輔辅 辦办 農农 這这 遠远 適适 選选 還还 邊边 鄉乡 醫医 針针 銀银 鐵铁 長长 門门 開开 閒闲 間间 "
    "關关 陸陆 隨随 險险 難难 電电 靜静 面面 頁页 項项 順顺 須须 領领 頭头 題题 顏颜 風风 飛飞 飯饭 館馆 驚惊 體体 "
    "髮发 鬧闹 麥麦 黃黄 點点 齒齿"
)
#: Frequent Traditional characters and their Simplified forms (characters that differ between the scripts).
TRAD_TO_SIMP: dict[str, str] = {p[0]: p[1] for p in _PAIRS.split() if len(p) == 2 and p[0] != p[1]}
_SIMP = frozenset(TRAD_TO_SIMP.values())
_TRAD = frozenset(TRAD_TO_SIMP)
# one regular expression per script (a character that is in both tables counts as Traditional): a loop over every
# character in Python took 7 s on a 10-million-character corpus
_TRAD_RE = re.compile("[" + "".join(sorted(_TRAD)) + "]")
_SIMP_RE = re.compile("[" + "".join(sorted(_SIMP - _TRAD)) + "]")


def script_counts(texts: Iterable[str]) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) characters in ``texts``."""
    trad = simp = 0
    for text in texts:
        trad += len(_TRAD_RE.findall(text))
        simp += len(_SIMP_RE.findall(text))
    return trad, simp


def script_of(texts: Iterable[str] | str, min_chars: int = 3) -> str | None:
    """``"traditional"``, ``"simplified"`` or None (too few telling characters to say)."""
    trad, simp = script_counts([texts] if isinstance(texts, str) else texts)
    if trad + simp < min_chars:
        return None
    if trad >= 3 * max(simp, 1) or (trad > 0 and simp == 0 and trad >= min_chars):
        return "traditional"
    if simp >= 3 * max(trad, 1) or (simp > 0 and trad == 0):
        return "simplified"
    return None
