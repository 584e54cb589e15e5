# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 211 (tests/pii/holdout211/H1673-H1680 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 210, written at the same time, is not
an earlier set).

Set 211 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
册亨 (黔西南, Guizhou: Buyei brocade, oil-tea, river-valley bananas) and 西畴 (文山, Yunnan: a karst county of
terraced fields built from stone slopes): a Uyghur father from 伊宁 who bakes naan on a street of 者楼, his Buyei
wife dead of lupus, his son living with the Buyei grandmother in 坡妹镇; a Mongolian mother from 乌审旗 in a Zhuang
village of 兴街镇 (西畴), her husband paralysed when a stone terrace wall fell on him; a Yi mother from 昭觉 in a
hillside village of 岩架镇 (册亨), her Han husband in prison for a drunken fight, her daughter deaf; a Tibetan
grandfather from 德钦 raising in a Yao village of 兴街镇 the two children of his dead daughter, their Yao father
missing; the Buyei 儿童主任 of that hillside village (那坝村) reading out her list and phone numbers; the Zhuang
social-assistance officer of 兴街镇 reading from his phone and taking calls; a Buyei cadre of the women's
federation of 册亨 (春蕾计划, 爱心妈妈, 锦绣计划, domestic violence); and the dormitory matron of the boarding
primary school of 兴街镇 calling the roll at night. The emphasis is on forms where a replacement might cover only
part of a name, or miss it, in a mix rather than one trick, with Han names making up a little over half of the
persons:

* Uyghur given name + father's name with every kind of dot and none (玉米提江·沙吾提, 茹克娅.玉米提江, 茹克娅‧玉米提江,
  茹克娅・玉米提江, 西尔艾力玉米提江), a spaced dot (玉米提江 ・ 沙吾提, 茹 克 娅 · 玉 米 提 江) and a space in place of
  the dot (西尔艾力 玉米提江); a given name that holds an ordinary word, with the word used nearby (玉米提江 beside
  种玉米); the Buyei grandmother's surname before the boy's Uyghur name on his medical card (班西尔艾力); forms of
  address made from the names (老玉, 玉哥, 小茹), whose first character is also a Han surname;
* Mongolian names (朝勒孟高娃, 满都朝鲁, 巴日思古楞, 乌日嘎玛拉, 达木林苏荣, 乌兰敖都斯琴) with short forms and forms
  of address (勒孟, 朝嫂, 小朝, 小巴日, 巴妹), the Zhuang father's surname before the boy's name on the roll (农朝鲁),
  and the word 朝鲁 (stone) used as a word beside the names that hold it;
* Yi names of 凉山 (吉伍依曲, 吉伍俄各, 海来史莫, 吉伍沙日, 阿苏达则, 尔呷莫, 尔古惹) with a short form (依曲), the Han
  father's surname before the daughter's Yi name (冉尔呷), the mother's Han-style name (吉素芬, 吉嬢嬢) and the son's
  school name (冉志豪);
* Khams Tibetan names of 德钦 (孙诺吹称, 此称卓嘎, 都基央吉, 扎史都基, 鲁茸吹姆) with short forms (吹称, 此姆, 吹品), the
  Yao father's surname before the girl's Tibetan name (邓此姆), and a form of address made from a Tibetan name whose
  first syllable sounds like a Han surname (孙阿公);
* Han names with common and rare surnames of the region (班, 岑, 覃, 却, 冉, 勾, 禤, 磨, 牙, 幸, 侬, 农, 盘, 杞, 者, 他,
  普, 卜, 糜, 颜, 蒙, 韦); surnames and given characters that are ordinary or grammar words next to those words
  (却红梅，人家却; 陆正芬正在; 梁又春医生又; 蒙再霞再三; 沈得胜得了; 陆问秋问我; 黄问渠问; 跟他丽萍老师 with 她姓他;
  我跟班长英, where 跟班 and 班长 are words; 者老师/者桂兰/者妈妈 beside the place 者楼 and the word 记者); names that
  contain words with the words nearby as traps (黄金梅 and 黄金, 班长英 and 班长, 石山凤 and 石山, 凌晨曦 and 凌晨两点,
  谷雨兰 and 谷雨节气, 三七崽 and 三七, 牙美桃 and 牙齿, 幸德山 and 幸亏, 左丘明芳 and 左丘明, 诸葛小龙 and 诸葛亮,
  司空蔚然 and 司空见惯, 长孙 as a word, 班车 and 班主任 beside the surname 班, 农村低保 and 农忙 beside 农);
* names directly before particles, pronouns and verbs (班玉秋她, 喀斯木江他, 冉茂林他, 韦小芹她, 侬小凤她, 鲁茸吹姆她,
  吹品他, 陆正芬说, 侬德高说) and after 喊/跟/给/是/叫; names at the very start of a line in a roll read aloud (韦国平，男，
  九岁) and at the very end of a line with no stop (跑得最勤的就是禤美玲); names inside organisation-like phrases where
  the name is the person's (岑永禄油茶合作社, 侬志宏三七基地);
* titles and kin words after names (牙美桃老师, 梁又春医生, 幸德山医生, 石山凤嬢嬢, 他丽萍老师; the span is the
  name only); a surname with only a title or kin word, annotated whole (覃干事, 陆阿婆, 吉嬢嬢, 岑医生, 班老师, 蒙部长,
  黄妈妈, 谷阿婆, 普校长, 者老师, 者妈妈, and the compound 南宫妈妈); local nicknames, annotated whole (陆老幺, 三七崽);
* names spaced out character by character in half- and full-width spaces (茹 克 娅 · 玉 米 提 江, 满 都 朝 鲁,
  吉 伍 依 曲, 孙　诺　吹　称, 皇 甫 秋 雁, 钟　离　晓　红, 赛 乃 姆 汗, 南　宫　丽　娟, 拓　跋　小　兰, 农　文　贵,
  韦　国　平, 冉 尔 呷, 邓 此 姆, 沈 得 胜, 凌 晨 曦, 农 朝 鲁) and names split in two (朝勒孟 高娃, 此称 卓嘎, 冉　尔呷莫,
  黄 金梅, 盘 天佑, 卜　晓蕊, 谷　雨 兰, 侬　小凤);
* compound surnames after ordinary words (司徒, 上官, 夏侯, 澹台, 宇文, 皇甫, 诸葛, 钟离, 南宫, 端木, 司空, 左丘, 拓跋,
  濮阳, 轩辕 after 有个/的/老师/志愿者/村官/叫/校医); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:覃干事}}``, ``{{qq:2849570316}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (uyghur, mongolian, yi, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1988fwhyphen.150626}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 嬢嬢) and a particle, pronoun or
verb written directly after a name (她, 他, 说, 正在, 又, 再三, 得了, 问) are outside the span; a surname with only a
title or kin word (覃干事, 陆阿婆, 岑医生, 班老师, 者妈妈, 南宫妈妈) and a local nickname (陆老幺, 三七崽) are annotated
whole. Han-style names of minority people (吉素芬, 吉嬢嬢, 冉志豪, 邓宝生) are category han; a Han surname before a
non-Han given name (班西尔艾力, 农朝鲁, 冉尔呷, 邓此姆) is category minority, and so are forms of address made from a
non-Han name (老玉, 玉哥, 小茹, 朝嫂, 小朝, 小巴日, 巴妹, 孙阿公).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout211/make_holdout211.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(211_2026_1207)
MINORITY_GROUPS = ('uyghur', 'mongolian', 'yi', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "mongolian": 10, "yi": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183", "185",
                   "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1673: Uyghur father from 伊宁 who bakes naan on a street of 者楼 (册亨); his Buyei wife died of lupus, the
# daughter lives with him and the son with the Buyei grandmother in 坡妹镇.
DOCS["H1673"] = ("family", """\
访谈者：老板，您这个馕坑是自己砌的？
受访者：自己砌的，手艺是从伊宁带来的。我叫{{minority/uyghur:玉米提江·沙吾提}}，老家{{trap/place:伊宁}}。这条街上的人念不顺，取头一个字，都喊我{{minority/uyghur:老玉}}，我也答应。
访谈者：怎么到册亨来了？
受访者：在{{trap/place:东莞}}电子厂打工的时候，认得了我老婆{{han:班玉秋}}，{{trap/place:坡妹镇}}的布依族。她说她家那边香蕉多，冬天也不冷，我就跟她回来了，在{{trap/place:者楼}}街上摆了这个烤馕摊。
访谈者：孩子妈妈现在……
受访者：前年没了，红斑狼疮，拖了三年。在{{trap/org:黔西南州人民医院}}住了好多回，钱借了一屁股。{{han:班玉秋}}她走的时候拉着我的手说，{{minority/uyghur:玉米提江}}，娃娃莫带回新疆，让他们在这边把书读完。
访谈者：两个孩子多大了？
受访者：女儿{{minority/uyghur:茹克娅}}十二，儿子{{minority/uyghur:西尔艾力}}七岁。{{minority/uyghur:茹克娅}}在{{school:册亨县者楼街道第二小学六年级（4）班}}，{{trap/word:班主任}}{{han:却红梅}}，人家却一点不嫌我们麻烦，天天在群里提醒{{minority/uyghur:小茹}}交作业。儿子在{{school:坡妹镇中心小学一年级（2）班}}，跟外婆住。
访谈者：外婆身体怎么样？
受访者：外婆{{han:罗秀鸾}}七十了，还在坡上种香蕉、种{{trap/word:玉米}}。那年村里交医保，她报名字报成{{minority/uyghur:班西尔艾力}}，跟她姑娘姓，现在医保卡上还是这个名字。她只会说布依话，{{minority/uyghur:西尔艾力}}倒学会了，回来讲给我听，我一句都听不懂。
访谈者：有哪些人在帮你们？
受访者：社区儿童主任{{han:陆正芬}}正在帮两个娃娃办困境儿童补助，一个月{{trap/number:一千一百二十块}}。{{han:陆正芬}}说我老婆不在了，收入又不稳，低保也够得上。民政局的{{han:覃干事}}来看过两回，蹲在馕坑边问我一天卖多少个。我说赶场天两百个，平常七八十个。县社工站有个{{compound:司徒兰芬}}，每个礼拜来陪女儿说话，她说女娃心里有事，要有人听。
访谈者：孩子们在这边习惯吗？
受访者：女儿是这边生的，一口册亨话，吃酸汤鱼比我还辣得。她不提她妈，有一回我看见她在本子上画她妈，旁边画了一大串香蕉。儿子小，爱哭，晚上要外婆拍着才睡得着。
访谈者：女儿在学校过得好吗？
受访者：成绩中等，数学差一点。班上有个娃娃笑她是新疆来的，她回嘴说，我是册亨生的，我妈是布依族，你才是外地来的。老师把这个事讲给我听，我又好笑又心酸。同桌{{han:黄露露}}家里也是单亲，两个女娃好得很，周末常在我摊子上写作业，我烤两个小馕给她们当晌午。去年冬天她爸来接她，还给我拎了一壶自家烤的米酒。
访谈者：低保审核麻烦吗？
受访者：麻烦也得弄。每年要核一回收入，我一个摆摊的，哪来的工资条？{{han:覃干事}}叫我把每回买面粉、买炭的单子留着，他拿去算成本，算下来一个月落到手里不到两千。他讲，{{minority/uyghur:老玉}}你莫怕麻烦，单子就是你的证据。
访谈者：生意好做吗？
受访者：馕好卖，布依族老人也爱吃，说像他们的粑粑。卖羊肉的老乡{{minority/uyghur:喀斯木江}}在{{trap/place:兴义}}，每个礼拜给我捎羊肉，{{minority/uyghur:喀斯木江}}他还教我做{{trap/minority_word:抓饭}}卖。房东{{han:岑德旺}}一个月只收四百块房租，说是看在娃娃份上。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:再乃甫汗}}在伊宁，妹妹{{minority/uyghur:帕提曼汗}}照顾她。{{trap/minority_word:肉孜节}}视频，阿妈看见两个孙子就哭。她给孙女寄了一条{{trap/minority_word:艾德莱斯}}裙子，她穿去学校跳舞，老师都说好看。我给娃娃讲{{trap/famous:阿凡提}}骑毛驴的故事，儿子笑得在床上打滚。
访谈者：您自己身体怎么样？
受访者：腰不行，揉面、贴馕，一天要弯几百回腰。镇卫生院的{{han:梁又春}}医生又给我开了膏药，叫我少弯腰，我说少弯腰就莫得饭吃。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:册亨县者楼街道布依大道中段118号}}，外婆家在{{address:坡妹镇冗赖村四组17号}}。我的身份证{{id_number@my1985quad.654002}}，女儿的{{id_number@wy2014.522327}}。我电话{{mobile@s74}}，{{han:陆正芬}}的电话{{mobile@plus86}}。我微信{{wechat:Umitjan_nang}}，女儿有个QQ，号码她拿粉笔写在馕坑边的墙上：{{qq:３９１６０４７２５}}。
访谈者：表上的名字都写对了吗？
受访者：乱得很。低保表上我是{{spaced:玉米提江 ・ 沙吾提}}。女儿学籍上是{{minority/uyghur:茹克娅.玉米提江}}，银行卡上是{{minority/uyghur:茹克娅‧玉米提江}}，儿子花名册上写成{{minority/uyghur:西尔艾力玉米提江}}，还有一张表一个字一个空：{{spaced:茹 克 娅 · 玉 米 提 江}}。
访谈者：您最盼什么？
受访者：盼两个娃娃把书读出来。{{han:班玉秋}}说过，女娃也要上大学。我就一个馕一个馕地卖，卖到女儿考上大学那天。
""")

# H1674: Mongolian mother from 乌审旗 married to a Zhuang man of 兴街镇 (西畴), who was crushed by a falling stone
# terrace wall and is paralysed.
DOCS["H1674"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：不是，我是内蒙古{{trap/place:乌审旗}}的蒙古族，叫{{minority/mongolian:朝勒孟高娃}}。寨子里的人念不全，年纪大的取我名字头一个字，喊我{{minority/mongolian:朝嫂}}，我男人喊我{{minority/mongolian:勒孟}}。
访谈者：怎么嫁到西畴来的？
受访者：我男人{{han:农文贵}}是{{trap/place:兴街镇}}的壮族，早些年在{{trap/place:鄂尔多斯}}挖煤，我们是在那边认得的。后来他爹妈老了，我们就回来了。那几年村里炸{{trap/word:石山}}造地，把石头炸开，砌成一台一台的地种玉米。他是砌石埂的好手，哪晓得前年雨季一道石埂塌下来，把他压在底下，腰断了，下半身没知觉，现在坐轮椅，一级残疾。
访谈者：家里几个孩子？
受访者：两个。儿子叫{{minority/mongolian:满都朝鲁}}，朝鲁在我们蒙语里是石头，他爸说这名字起得好，这边到处是石头。户口上写的是{{minority/mongolian:农朝鲁}}，十一岁，在{{school:西畴县兴街镇中心完小五年级（3）班}}住校，老师喊他{{minority/mongolian:小朝}}。女儿{{minority/mongolian:巴日思古楞}}七岁，我们喊{{minority/mongolian:小巴日}}，她奶奶喊不来，喊她{{minority/mongolian:巴妹}}，她在村小读一年级。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也得顾。早上给他翻身、擦洗，送小的去学校，中午去地里掰玉米，下午到{{trap/place:西洒}}街上的米线馆洗碗。婆婆{{han:陆阿婆}}八十了，眼睛花，只能帮我看看鸡。
访谈者：有哪些人帮了你们？
受访者：村上的儿童主任{{han:禤美玲}}给两个娃娃报了困境儿童，一个月{{trap/number:九百八十块}}。乡里管救助的{{han:磨国良}}跑了好几趟，给我们家报了低保，又帮我男人办了残疾人两项补贴，护理补贴加生活补贴。县残联的{{compound:上官德珍}}送来一架新轮椅，旧的那架是他表哥{{han:农文富}}拿钢管焊的。
访谈者：孩子们怎么样？
受访者：儿子懂事，周末回来帮他爸按腿。他在学校跟人打过一架，人家学我说话怪腔怪调，他把人家{{trap/word:牙齿}}都打出血了。班主任{{han:牙美桃}}老师把两个娃娃叫到办公室，没光骂我家的。后来{{han:牙美桃}}在班上讲，{{minority/mongolian:小朝}}的妈妈从大草原来，会唱歌会骑马，你们哪个会？娃娃们就不笑了。
访谈者：儿子住校，周末怎么回来？
受访者：礼拜五坐{{trap/word:班车}}，从镇上到我们寨子要四十分钟，下了车还要走一截石板路。开车的{{han:陆老幺}}认得他，从来不收他的钱，说这个娃娃造孽。礼拜天下午我给他装一罐腌菜、一袋炒米，送他到路口，他背着书包往山下走，走几步回一次头。
访谈者：地里的活您一个人做得来吗？
受访者：做不来。我们这里的地是石旮旯里一窝一窝点的玉米，牛都犁不进去，全靠人。寨子里兴换工，今天你帮我，明天我帮你。组长{{han:侬德高}}带着几个男人帮我收了两天玉米，我煮了一锅羊肉请他们，{{han:侬德高}}说蒙古族煮的羊肉比他们壮族的香。我没得工还给人家，就帮各家缝缝补补。
访谈者：孩子爸爸现在怎么样？
受访者：脾气坏，躺久了心里憋。半夜疼起来就喊，{{minority/mongolian:勒孟}}，把我翻过去。{{trap/word:幸亏}}乡卫生院的{{han:幸德山}}医生每个礼拜来一回，教我给他导尿、防褥疮。隔壁的{{han:石山凤}}嬢嬢有空就来陪他摆白。
访谈者：老家还有人吗？
受访者：我额吉{{minority/mongolian:乌日嘎玛拉}}还在乌审旗放羊，弟弟{{minority/mongolian:达木林苏荣}}照顾她。每年{{trap/minority_word:查干萨日}}前他们寄一箱{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}来，女儿最爱吃。文山城里开蒙餐馆的{{minority/mongolian:乌兰敖都斯琴}}也是乌审旗出来的，过年接我们去吃{{trap/minority_word:手把肉}}。我给娃娃们讲{{trap/famous:嘎达梅林}}，儿子说长大也要当英雄，先给他爸把腿治好。
访谈者：您自己有什么打算？
受访者：想学门手艺。{{trap/org:西畴县妇联}}办了个月嫂培训班，儿童主任帮我报了名，教课的{{han:杞红英}}说我手巧。等他爸自己能翻身了，我就去文山城里做月嫂，一个月能挣五六千。
访谈者：登记信息请您说一下。
受访者：家在{{address:西畴县兴街镇坪寨村委会新寨小组23号}}。我的身份证{{id_number@wy1988fwhyphen.150626}}，男人的{{id_number@my1981tri.532623}}，儿子的{{id_number@my2015spaced.532623}}。我电话{{mobile@h38}}，{{han:禤美玲}}的{{mobile@fws}}。我微信{{wechat:Tsolmon_uxin}}，儿子玩游戏有个QQ，号码他写在作业本封皮上：{{qq:52804316}}。
访谈者：表上的名字写对了吗？
受访者：残疾证上他爸是{{spaced:农　文　贵}}，学校把儿子写成{{spaced:满 都 朝 鲁}}，我的写成{{spaced:朝勒孟 高娃}}。
访谈者：最后还想说什么？
受访者：我们蒙古人说，石头再硬，水滴多了也能穿。盼两个娃娃读出书来，他爸坐着轮椅也能看他们成家。
""")

# H1675: Yi mother from 昭觉 married into a hillside village of 岩架镇 (册亨); her Han husband is in prison for a
# drunken fight, her daughter is deaf.
DOCS["H1675"] = ("family", """\
访谈者：阿姐，您是从四川嫁过来的？
受访者：{{trap/place:凉山}}{{trap/place:昭觉}}的，彝族。我叫{{minority/yi:吉伍依曲}}，身份证上的汉名是{{han:吉素芬}}，寨子上的人喊我{{minority/yi:依曲}}，娃娃们的同学喊我{{han:吉嬢嬢}}。
访谈者：怎么到册亨来的？
受访者：十八岁出去打工，在{{trap/place:宁波}}鞋厂认得了{{han:冉茂林}}，他是{{trap/place:岩架镇}}的。跟他回来才晓得，他家在半山上，下山赶场要走一个多钟头。
访谈者：孩子爸爸现在……
受访者：在里头。前年他表弟结婚，他喝了酒跟人打架，拿板凳把人打成重伤，判了五年。{{han:冉茂林}}他人不坏，就是一喝酒就管不住手。
访谈者：孩子们呢？
受访者：两个。大的是女娃，彝名{{minority/yi:尔呷莫}}，户口上写{{minority/yi:冉尔呷}}，十岁，耳朵听不见，戴助听器，在{{school:册亨县岩架镇中心小学四年级（1）班}}。小的是男娃，学名{{han:冉志豪}}，彝名叫{{minority/yi:尔古惹}}，{{minority/yi:尔古惹}}就爱跟在姐姐屁股后头，姐姐去哪他去哪。
访谈者：女儿的耳朵是怎么回事？
受访者：生下来就这样，两岁了还不会喊阿妈，我才晓得不对。去{{trap/place:兴义}}查，说是先天的。县残联的{{compound:夏侯光富}}帮我们申请了一副助听器，没花钱。
访谈者：现在谁在帮你们？
受访者：村里的儿童主任{{han:班长英}}，她给两个娃娃报了服刑人员子女补助，姐姐又办了残疾证，两项补贴都有。我跟{{han:班长英}}去镇上跑了四趟，她一句怨言都没得。县妇联的{{han:蒙再霞}}再三跟我讲，女娃读书的事莫愁，春蕾计划可以报。{{trap/org:册亨县特殊教育学校}}的老师{{compound:澹台雪芬}}每个月上山一回，教女娃手语、练发音。
访谈者：女儿在学校跟得上吗？
受访者：跟得上一半。她看老师的嘴巴，坐第一排。班主任{{han:黄德英}}上课慢慢讲，讲完了还写在黑板上。班上有些娃娃喊她聋子，她把那几个娃娃的家长都喊到学校来，一个一个地讲。现在跟她最好的是{{han:韦小芹}}，下课教她跳皮筋，{{han:韦小芹}}她妈过年还送了我们一袋糯米粑。
访谈者：您平时做什么活？
受访者：秋天上坡摘{{trap/word:油茶}}果，一天七八十块。冬天去{{trap/place:八渡}}那边的香蕉地帮人砍蕉、背蕉，一挑百把斤。油茶果卖给{{han:岑永禄}}油茶合作社，他收得比外头贵两毛。婆婆{{han:勾德珍}}腿脚不好，只能在屋头煮饭、看娃娃。补助加起来一个月一千多，助听器的电池一个月要几十块，坏了修一回就是几百，样样都要算着用。
访谈者：娃娃们想爸爸吗？
受访者：想。去年去会见，女儿听不清她爸讲话，就把耳朵贴在玻璃上。回来路上{{minority/yi:尔古惹}}问我，爸爸为哪样不跟我们回家。我说，你爸做了错事，要在里头改好了才能回来。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/yi:吉伍俄各}}、阿妈{{minority/yi:海来史莫}}都在昭觉。每年{{trap/minority_word:彝族年}}都打电话，叫我带娃娃回去吃{{trap/minority_word:坨坨肉}}。我哥{{minority/yi:吉伍沙日}}在{{trap/place:西昌}}开车，去年开了两天两夜来看我们，给女娃带了一件小{{trap/minority_word:擦尔瓦}}。隔壁村种芭蕉的{{minority/yi:阿苏达则}}是{{trap/place:布拖}}的，也是彝族，有时候过来帮我砍柴。
访谈者：您想过回凉山吗？
受访者：想过。可娃娃在这边读书，{{han:冉茂林}}也还在里头，我走了，他出来找哪个？我阿妈讲，嫁出去的姑娘就是泼出去的水。我不信这个，可我也走不脱。山上这块地是他家的，油茶树是他爷爷栽的，我守着，等他回来一起砍柴、一起摘果。有时候半夜睡不着，我就吹一吹{{trap/minority_word:口弦}}，吹的是昭觉的调子，娃娃们都睡熟了，只有狗在听。
访谈者：在这边过得惯吗？
受访者：刚来吃不惯酸汤，现在离不得了。布依族的嬢嬢们教我织{{trap/minority_word:布依锦}}，我教她们绣彝族的花。寨子上的{{han:岑幺妹}}跟我最好，她屋头男人也常年不在家，两个女人互相搭把手。赶场天我背着儿子下山，买一块豆腐、一把葱，就算过节了。我给娃娃讲{{trap/famous:支格阿鲁}}射太阳，女儿看着我的嘴巴，看得懂一半，儿子听得张起嘴巴不眨眼。
访谈者：登记信息请您说一下。
受访者：家在{{address:册亨县岩架镇那坝村半坡组8号}}。我的身份证{{id_number@wy1991fw.513431}}，女儿的{{id_number@wy2016hyphen.522327}}。我电话{{mobile@plus86dash}}，{{han:班长英}}的{{mobile@spaced}}。我微信{{wechat:yiqu-jiwu}}，女儿上网课用的QQ是{{qq:1038264751}}。
访谈者：表上的名字写得对吗？
受访者：残疾证上写成{{spaced:冉 尔 呷}}，学校写成{{spaced:冉　尔呷莫}}，我的低保表上是{{spaced:吉 伍 依 曲}}。
访谈者：最后还想说什么？
受访者：盼{{han:冉茂林}}早点出来，把酒戒了。盼{{minority/yi:尔呷莫}}有一天能听得清我喊她。
""")

# H1676: Tibetan grandfather from 德钦 raising in a Yao village of 兴街镇 (西畴) the two children of his dead
# daughter; their Yao father went to work in 佛山 and is missing.
DOCS["H1676"] = ("family", """\
访谈者：阿爷，您是从迪庆下来的？
受访者：{{trap/place:德钦}}的，{{trap/place:梅里雪山}}脚下。我叫{{minority/tibetan:孙诺吹称}}，藏族。寨子里的瑶族人嫌长，前头两个字不要了，喊我{{minority/tibetan:吹称}}。孙诺的孙听着像汉人的姓，小娃娃就喊我{{minority/tibetan:孙阿公}}。
访谈者：怎么到西畴来了？
受访者：我姑娘{{minority/tibetan:此称卓嘎}}在{{trap/place:香格里拉}}的宾馆当服务员，认得了去那边打工的{{han:邓金旺}}，瑶族，家在兴街镇山上的瑶寨，她就嫁过来了。八年前她生小的，大出血，人没了。
访谈者：孩子爸爸呢？
受访者：{{han:邓金旺}}去{{trap/place:佛山}}打工，头两年还寄钱，后来电话打不通，人也找不到了。派出所立了案，说他失联两年多了。他妈{{han:盘凤英}}七十多了，风湿，带不动。村里给我打电话，我就从德钦下来了。
访谈者：两个孩子多大了？
受访者：大的是女娃，十二岁，我给她起的藏名叫{{minority/tibetan:此姆}}，学校花名册上写的是{{minority/tibetan:邓此姆}}，在{{school:西畴县兴街镇中心完小六年级（2）班}}，住校。小的是男娃，八岁，学名{{han:邓宝生}}，我喊他{{minority/tibetan:吹品}}，藏话是佛法兴旺的意思。他在{{school:戈木村小学二年级（1）班}}，天天跟我走读。
访谈者：您这个年纪带两个娃娃，难不难？
受访者：难。我六十八了，在德钦放了一辈子牦牛，到这边才学种玉米。这边是石头山，土薄，我跟着寨子里的人往石窝窝里背土，一背篓一背篓地背。瑶族老倌{{han:赵有福}}教我砌石埂，他说我砌的埂子歪，我说我们藏族砌{{trap/minority_word:玛尼堆}}从来不歪。
访谈者：瑶族亲家那边帮得上忙吗？
受访者：帮。亲家母自己也难，腿不好，可每回杀了鸡都要给娃娃送一只鸡腿来。{{han:邓金旺}}的弟弟{{han:邓金贵}}在{{trap/place:文山}}开货车，过年回来给娃娃买新衣服、买书包。寨子里的瑶族婆娘教孙女绣花帽，说瑶族的姑娘十二岁就该会了。我们藏族人跟瑶族人都住山上，都喝酒，都爱唱，处得来。
访谈者：孙女在镇上读书，远不远？
受访者：远。礼拜五我走去街上接她，走两个钟头。班主任{{han:杞云芬}}说她作文写得好，写的是梅里雪山，她三岁以后就没回去过，全是听我讲的。
访谈者：谁在帮你们？
受访者：乡里的{{han:磨国良}}给两个娃娃报了事实无人抚养，一个月{{trap/number:一千二百四}}。村上的儿童主任{{han:赵金秀}}每个月上门，看看娃娃吃得饱不饱。{{minority/tibetan:此姆}}住校，生活老师{{han:者桂兰}}晚上陪她睡不着的时候说说话。县民政局的{{compound:宇文国柱}}来核过一回，坐在火塘边喝了我一碗{{trap/minority_word:酥油茶}}，说比街上卖的香。
访谈者：孩子们习惯吗？
受访者：{{minority/tibetan:此姆}}像她妈，爱唱爱跳，学校搞活动她跳{{trap/minority_word:弦子}}，我拉琴。{{minority/tibetan:吹品}}他只会讲瑶话跟汉话，藏话一句不会。我教他说{{trap/minority_word:扎西德勒}}，他说成扎西得了，一屋子人笑。{{trap/word:农忙}}的时候，他放学就背个小背篓跟我上坡。
访谈者：老家还有人吗？
受访者：我老伴{{minority/tibetan:都基央吉}}前年走了。儿子{{minority/tibetan:扎史都基}}在德钦放牦牛、挖虫草，每年寄些{{trap/minority_word:糌粑}}和牦牛肉干下来。县医院有个护士{{minority/tibetan:鲁茸吹姆}}也是迪庆的，{{minority/tibetan:鲁茸吹姆}}她说我血压高，叫我少喝青稞酒。
访谈者：您自己身体怎么样？
受访者：腰还得行，就是这边湿气重，膝盖疼。德钦冷是冷，干燥。到了这边一下雨，石头缝里都冒水，衣服晒三天都不干，我带来的经书也发了霉，只好拿到太阳底下一页一页地翻。村医{{han:冯德安}}给我泡了一瓶药酒，叫我早晚擦，擦了好一点。
访谈者：孩子们知道自己两个名字的来历吗？
受访者：孙子问过我，为哪样别人一个名字，他有两个。我说一个是你爸爸家给的，一个是外公给的，两个都是你的，哪个都丢不得。
访谈者：您最担心什么？
受访者：怕我哪天走不动了。孙女说她长大要当医生，我说好，当医生就不会有人生娃娃流血死了。{{han:邓金旺}}要是哪天回来，我也不骂他，娃娃总归是他的。
访谈者：登记信息请您说一下。
受访者：家在{{address:西畴县兴街镇戈木村委会瑶山小组7号}}。老家户口本上的地址是{{address:德钦县云岭乡果念村委会上组6号}}。我的身份证{{id_number@my1958fwspaced.533422}}，孙女的{{id_number@wy2014.532623}}。我电话{{mobile@p86n}}，{{han:磨国良}}的{{mobile@hyphen}}。微信是儿子帮我开的，叫{{wechat:Sunnuo_Chuicheng58}}。孙女的QQ是{{qq:729305148}}。
访谈者：表上的名字写对了吗？
受访者：我的低保表写成{{spaced:孙　诺　吹　称}}，我姑娘的死亡证明写成{{spaced:此称 卓嘎}}，孙女的写成{{spaced:邓 此 姆}}。
访谈者：最后还想说什么？
受访者：我们藏族人说，山再高，转一圈就过去了。等娃娃大了，我带他们回去转一回{{trap/place:卡瓦格博}}，给他们妈妈点一盏灯。
""")

# H1677: Buyei 儿童主任 of 那坝村, a hillside village of 岩架镇 (册亨), reading out her list and her phone list.
DOCS["H1677"] = ("staff", """\
访谈者：主任，您这个本子记的是什么？
受访者：我们村困境儿童的底子。我叫{{han:班长英}}，布依族，{{trap/place:那坝村}}的儿童主任，干了五年了。我们村挂在半坡上，十二个组，最远的组走路要一个半钟头。
访谈者：您当儿童主任以前做什么？
受访者：在村小当代课老师，教了六年一年级。后来村小撤了，娃娃们都去镇上读，我就回屋头种油茶。村里选儿童主任，支书讲你当过老师，娃娃们信你，我就接下来了。头一年哪样都不懂，表都不会填，一个字一个字地问镇上，现在闭起眼睛都晓得哪家娃娃住在哪个坡上。
访谈者：登记了多少个孩子？
受访者：十四个。我一个一个念，你记。
受访者：{{han:韦国平}}，男，九岁，孤儿。爹妈在{{trap/place:浙江}}出车祸走了，跟爷爷{{han:韦应才}}过，孤儿基本生活费每个月{{trap/number:一千五百九}}。住{{address:那坝村上寨组21号}}，孩子的身份证{{id_number@my2017tri.522327}}。
受访者：{{minority/yi:冉尔呷}}、{{han:冉志豪}}两姐弟，妈妈是凉山嫁过来的彝族{{minority/yi:吉伍依曲}}，爸爸{{han:冉茂林}}在里头。服刑人员子女补助，姐姐还有残疾人两项补贴。
受访者：{{han:黄金梅}}，女，十三岁，在{{school:岩架镇中学七年级（3）班}}，还是班上的{{trap/word:班长}}。她爸早年在矿上淘{{trap/word:黄金}}，摔断了腰，瘫在床上，她妈跑了，事实无人抚养。家在{{address:那坝村打鸟坡组5号}}。
受访者：{{han:岑小满}}，男，六岁，脑瘫。爷爷就是{{han:岑永禄}}油茶合作社的那个{{han:岑永禄}}，合作社是拿他名字起的。两项补贴都有，低保也在。
受访者：{{han:罗应朝}}、{{han:罗应霞}}两兄妹，爸爸病死了，妈妈{{han:陆问秋}}问我，她改嫁了娃娃还领不领得到补助。我说领得到，娃娃的补助跟着娃娃走。
受访者：{{han:陆福安}}，男，十一岁，爸爸在{{trap/place:贵阳}}服刑，妈妈出去打工就没回来，跟大伯{{han:陆正宽}}过。他大伯自己也有三个娃娃，一家七口挤在两间木房里。
受访者：{{han:勾小燕}}，女，八岁，眼睛先天弱视，眼镜片有酒瓶底那么厚，两项补贴今年刚批下来。
访谈者：跟学校怎么配合？
受访者：{{han:黄金梅}}的{{trap/word:班主任}}是{{han:班老师}}，跟我一个寨子的，我们两个都姓班。哪个娃娃几天没来上学，{{han:班老师}}就给我打电话，我上门去看。上学期{{han:陆福安}}逃学去镇上打游戏，是我跟他大伯在网吧里一台一台找到的。{{han:黄金梅}}学习好，学校布置作业用QQ，她的号码是{{qq:648203917}}。
访谈者：平时谁帮您？
受访者：镇民政办的{{han:颜正伦}}，社工站的{{compound:皇甫秋雁}}，还有个大学生志愿者{{compound:诸葛小龙}}，暑假来给娃娃们补课，娃娃们最爱听{{compound:诸葛小龙}}讲{{trap/famous:诸葛亮}}七擒{{trap/famous:孟获}}。县妇联的{{han:蒙再霞}}给村里建了个{{trap/org:儿童之家}}，放学以后娃娃们在里头写作业。
访谈者：这么多户，您怎么跑得过来？
受访者：骑摩托。路是前几年才硬化的，下雨天石头滑，我摔过两回。最远的{{trap/place:打鸟坡}}，要先骑到垭口，再走四十分钟。一户一户地看，看娃娃有没有鞋穿，屋头有没有米，老人有没有生病。县里每年培训一回儿童主任，教我们怎么在系统里填表，怎么看娃娃身上有没有伤，怎么跟娃娃讲话不伤他的心。{{han:韦国平}}的爷爷去年冬天中风，是我跟村医{{han:岑医生}}用担架抬下山的，孙子一路跟着哭。
访谈者：冬天山上冷吗？
受访者：冷。凝冻的时候路上结冰，摩托骑不成，只能走。去年凝冻，{{han:勾小燕}}家的水管冻裂了，我跟她爷爷挑了三天水，她戴着厚眼镜跟在后头提个小桶，一路摔了好几跤。
访谈者：村里的孩子有什么特别难的？
受访者：山上的娃娃读书远，上了初中就要住校。{{han:黄金梅}}每个礼拜天下午背一袋米、一罐酸菜走去学校。老人好多只会讲布依话，填表、打电话都靠我。{{trap/minority_word:三月三}}那天，我带娃娃们去镇上看{{trap/minority_word:转场舞}}，吃{{trap/minority_word:五色糯米饭}}，{{han:岑小满}}坐在轮椅上也跟着拍手。
访谈者：联系方式能念一下吗？
受访者：{{han:岑永禄}}的电话{{mobile@s434}}，{{han:陆问秋}}的{{mobile@fullwidth}}。我的微信{{wechat:wxid_bcy7h2k9m4}}。村里儿童之家有个QQ群，群主是{{compound:皇甫秋雁}}，她的QQ{{qq:2849570316}}。
访谈者：名单上的名字都对吗？
受访者：错的多。镇上打印的表把{{spaced:韦　国　平}}打成一个字一个空，把{{spaced:黄 金梅}}分成两截，社工的名字打成{{spaced:皇 甫 秋 雁}}。年底要一个一个核，错一个字，钱就打不进卡。
访谈者：您自己家里呢？
受访者：我男人{{han:韦振刚}}在{{trap/place:广州}}工地上，两个娃娃跟我在家。有人问我一个月补贴几百块，图哪样。我说，我也是这个坡上长大的，我不管，哪个管。
""")

# H1678: Zhuang social-assistance officer of 兴街镇 (西畴), reading from the list on his phone and taking calls.
DOCS["H1678"] = ("staff", """\
访谈者：您在镇上管社会救助多少年了？
受访者：九年了。我叫{{han:磨国良}}，{{trap/word:磨刀}}的磨，壮族的老姓。在{{trap/place:兴街镇}}民政办管低保、特困、临时救助，困境儿童也归我管。
访谈者：镇上现在有多少困境儿童？
受访者：六十三个。孤儿九个，事实无人抚养二十一个，剩下的是重病重残、父母服刑的。表在我手机上，你问哪户我念哪户。
访谈者：说几户您印象深的吧。
受访者：坪寨那户，蒙古族媳妇{{minority/mongolian:朝勒孟高娃}}，男人{{han:农文贵}}砌石埂压断了腰。我头一回去，她端出一碗奶茶，说是草原上的规矩，客人进门先喝茶。两个娃娃{{minority/mongolian:农朝鲁}}、{{minority/mongolian:巴日思古楞}}报了困境儿童，一家人吃{{trap/word:农村低保}}，男人的两项补贴也一起报了。
受访者：戈木那户，藏族老倌{{minority/tibetan:孙诺吹称}}从德钦下来带外孙。女婿{{han:邓金旺}}失联两年多，我跟派出所跑了三趟开证明，{{minority/tibetan:邓此姆}}、{{han:邓宝生}}两姐弟才认定成事实无人抚养。
受访者：还有{{han:沈得胜}}家。{{han:沈得胜}}得了尘肺，在{{trap/place:个旧}}锡矿上干了十年，现在喘得下不了床，三个娃娃最小的才四岁，天天守在床边给他递水。媳妇{{han:侬桂花}}在{{han:侬志宏}}{{trap/word:三七}}基地拔草，一天六十块。老大{{han:沈丽萍}}在{{school:西畴县第二中学八年级（5）班}}，成绩拔尖，她的身份证我念一下：{{id_number@wy2012spaced.532623}}。{{han:沈得胜}}的是{{id_number@my1979x.532623}}，尾巴上是个叉。家住{{address:兴街镇老寨村委会岩口小组14号}}。
访谈者：认定的时候最难的是什么？
受访者：证明。失联要派出所的证明，服刑要监狱的文书，重残要残联评级。老人不识字，材料都是我们帮着跑。县民政局儿童股的{{compound:宇文国柱}}讲，宁可我们多跑十趟，莫让一个娃娃漏掉。去年分来个大学生村官{{compound:钟离晓红}}，做台账比我快多了。
受访者：喂，{{han:禤美玲}}？哦，{{han:农文贵}}又发烧了？你先喊{{han:幸德山}}过去看一下，我下午上来……坪寨的儿童主任，跑得最勤的就是{{han:禤美玲}}
访谈者：村里的儿童主任好找吗？
受访者：不好找。补贴少，事情多，年轻人不愿干。十个村里有六个儿童主任是妇女主任兼的，一个人戴几顶帽子。我们每个季度开一回会，把难办的户拿出来一户一户地过，哪家该报哪样、缺哪样证明，当场分到人头上。镇上还跟县里的社工机构签了合同，社工每个月下来两回，专门陪那些心里有事的娃娃。
访谈者：瑶寨那边呢？
受访者：瑶寨在山顶上，远。儿童主任{{han:赵金秀}}会讲瑶话，老人信她。{{han:盘有娣}}家的老二{{han:盘天佑}}生下来就是唇腭裂，{{han:赵金秀}}帮着联系了{{trap/org:昆明市儿童医院}}的免费手术，现在讲话清楚多了。{{trap/minority_word:盘王节}}那天他家杀猪，非要我去喝一碗。他家在{{address:戈木村委会瑶山小组2号}}，门口有棵老核桃树。
访谈者：临时救助怎么给？
受访者：急难的先救后审。去年冬天老寨{{han:陆德芬}}家半夜失火，烧得只剩四面石墙，三个娃娃的书包、衣服全烧光了。我当天晚上报上去，第二天三千块临时救助就批下来了，学校的副校长又发动老师捐了一千多。现在她们借住在她大哥家，新房子政府帮着在盖。
访谈者：低保每年都要复核吗？
受访者：要，叫动态管理，有进有出。哪家娃娃出去打工了，收入上去了，就要退。退的时候最难开口，人家骂我没良心。我就一笔一笔跟他们算，算清楚了，大多数人也认。
访谈者：您是壮族，跟壮族人家打交道是不是方便些？
受访者：方便。老人跟我讲壮话，讲{{trap/famous:侬智高}}的故事。{{trap/minority_word:三月三}}各家蒸{{trap/minority_word:花米饭}}，{{han:侬桂花}}每年给我留一碗。可也有难处，都是熟人，哪家该评哪家不该评，得罪人。去年有人举报我给亲戚评低保，县里来查了一个月，结果那户根本不是我亲戚，只是也姓磨。
访谈者：您自己家里呢？
受访者：媳妇{{han:农翠萍}}在镇卫生院当护士，跟{{han:幸德山}}一个科室。两个娃娃都在县城读书。我一个礼拜有五天在村里跑，她说我是民政办的人，不是屋头的人。我说等哪天退休了，天天在家给你煮饭。
访谈者：您的联系方式？
受访者：我手机{{mobile@plus86spaced}}，微信{{wechat:moguoliang-xj}}。{{compound:钟离晓红}}管台账，她的电话{{mobile@s38}}，QQ是{{qq:907318254}}。
访谈者：表上的名字有写错的吗？
受访者：多。打印出来{{spaced:沈 得 胜}}、{{spaced:钟　离　晓　红}}，还有把{{spaced:盘 天佑}}写成两截的。我们西畴人讲，{{trap/word:等靠要}}不如自己干，名字错了就自己一个一个改。
""")

# H1679: Buyei cadre of the county women's federation of 册亨 (春蕾计划, 爱心妈妈, 锦绣计划, domestic violence).
DOCS["H1679"] = ("staff", """\
访谈者：{{han:蒙部长}}，妇联也管困境儿童吗？
受访者：管。民政兜底，我们做的是补位的事。我叫{{han:蒙再霞}}，布依族，老家{{trap/place:秧坝镇}}，在{{trap/org:册亨县妇联}}权益部干了十一年。
访谈者：具体做些哪样？
受访者：三块。一是春蕾计划，女娃读初中每学期补{{trap/number:八百块}}；二是爱心妈妈结对，一个干部或者志愿者结一个娃娃；三是锦绣计划，教妈妈们在屋头织{{trap/minority_word:布依锦}}、绣花，挣钱又看得住娃娃。
访谈者：结对的孩子里有少数民族的吗？
受访者：有。者楼街上卖馕的{{minority/uyghur:老玉}}，年轻人喊他{{minority/uyghur:玉哥}}，老婆病死了，两个娃娃。女儿报春蕾，表上的名字是{{minority/uyghur:茹克娅・玉米提江}}，中间那个点是拿日文输入法打出来的，系统不认，退回来两回。儿子那张又填成{{spaced:西尔艾力 玉米提江}}，中间空一格，也退了。给{{minority/uyghur:茹克娅}}结对的爱心妈妈是县医院的维吾尔族医生{{minority/uyghur:赛乃姆汗}}，她嫁过来十几年了，她跟娃娃讲维吾尔话，{{minority/uyghur:小茹}}高兴得很。
受访者：岩架那边有个彝族妈妈{{minority/yi:吉伍依曲}}，女儿{{minority/yi:冉尔呷}}耳朵听不见。我跟{{han:班长英}}上去看过，{{minority/yi:依曲}}一个人背芭蕉、摘油茶，还要带两个娃娃。我们把{{minority/yi:尔呷莫}}报进了春蕾班，锦绣计划也给她妈留了一台织机。
访谈者：还有别的情况吗？
受访者：家暴。{{trap/place:弼佑镇}}有个布依族妈妈{{han:韦桂枝}}，男人{{han:卜德贵}}喝了酒就打她，当着娃娃打。女儿{{han:卜晓蕊}}十岁，吓得晚上不敢睡。我们教她打{{trap/hotline:12338}}，又跟派出所、村里一起上门，给{{han:卜德贵}}发了告诫书。那段时间我每天晚上给她妈打一个电话，听到她说没事才敢睡。现在娃娃在{{school:弼佑镇中心小学四年级（3）班}}，家在{{address:弼佑镇秧佑村六组33号}}，身份证{{id_number@wy2016fwspaced.522327}}，我们每个月去一趟。
访谈者：爱心妈妈都是些什么人？
受访者：干部、老师、退休的，也有做生意的。{{han:黄问渠}}在深圳开厂，{{han:黄问渠}}问我们册亨哪些娃娃最难，他一年资助六个。我们妇联的{{compound:南宫丽娟}}结了两个，{{han:卜晓蕊}}喊她{{compound:南宫妈妈}}，喊得比亲妈还亲。团县委借过来的{{compound:端木桂香}}结了一个，新考进来的{{compound:司空蔚然}}也结了一个。这些事我们{{trap/word:司空见惯}}，{{compound:司空蔚然}}头一回去，回来哭了一路。
访谈者：妇联跟民政、学校怎么分工？
受访者：民政管钱，学校管学，我们管人心。每个季度县里开一回联席会，民政局、教育局、团县委、残联、妇联坐一桌，把名单对一遍，哪个娃娃漏了，哪个娃娃该换结对的人，当场定下来。我们还在村里建{{trap/org:儿童之家}}，{{trap/place:那坝村}}那个是去年建的，娃娃们放学在里头写作业、看书，周末有志愿者来上课。
访谈者：锦绣计划做得怎么样？
受访者：全县三百多个妈妈在做。{{trap/place:丫他镇}}有个妈妈{{han:岑美兰}}，男人得癌症走了，她在屋头织布依锦，一幅能卖八百，供两个娃娃读书，现在还当上了合作社的组长。教她们织锦的是{{han:黄妈妈}}，七十多了，十二岁就上织机，手上的茧子比铜钱还厚。{{han:岑美兰}}家在{{address:丫他镇板万村三组19号}}，哪个要订锦，可以直接找她。
访谈者：有没有女娃差点辍学的？
受访者：有。{{han:贺秋艳}}十四岁，她奶奶要她出去打工，说女娃读书没用，早点挣钱给弟弟盖房子。我跟她班主任{{han:糜志军}}上门三回，头两回老人连门都不开。第三回我们带着春蕾的助学金去，他跟老人讲，女娃读出来，以后挣得比打工多，老人才松了口。现在{{han:贺秋艳}}在{{school:册亨县民族中学九年级（2）班}}，说要考护校。
访谈者：最难的是什么？
受访者：钱好给，陪伴难给。有个女娃爸爸在里头，妈妈走了，她在日记里写，我是多余的。我们请了州里的心理老师{{compound:左丘明芳}}来，名字跟写左传的{{trap/famous:左丘明}}就差一个字，娃娃们都记住了。她陪那个女娃谈了半年，现在女娃当上了学习委员。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，微信{{wechat:mengzaixia_ch}}。锦绣计划的群是{{compound:南宫丽娟}}在管，她的微信{{wechat:nangong-lijuan}}，QQ{{qq:１２７４０５８３９６}}。
访谈者：这些年最大的变化是什么？
受访者：以前女娃读到初中就嫁人，现在寨子里出了好几个大学生，有个女娃考上了贵州大学，放假回来给娃娃们上课。妈妈们也变了，以前挨了打不敢讲，现在晓得打电话、晓得来找妇联。
访谈者：表上的名字写错过吗？
受访者：常有。{{spaced:赛 乃 姆 汗}}、{{spaced:南　宫　丽　娟}}都被打成一个字一个空，{{spaced:卜　晓蕊}}也被拆成两截。
""")

# H1680: Han dormitory matron of the boarding primary school of 兴街镇 (西畴), calling the roll at night.
DOCS["H1680"] = ("staff", """\
访谈者：{{han:者老师}}，您管的是哪几栋宿舍？
受访者：女生二号楼、男生一号楼都归我，一百四十几个娃娃。我叫{{han:者桂兰}}，{{trap/word:记者}}的者，{{trap/place:西畴}}姓这个的少。住校的一半是留守的，二十几个是困境儿童。
访谈者：您是怎么当上生活老师的？
受访者：以前在街上开小卖部，学校招生活老师，我想着离家近就来了，哪晓得一干就是九年。工资不高，一个月两千多，夜里要起来三四回，查被子、查门窗、带小的上厕所。我男人讲我是拿一份工资，操一百多个娃娃的心。
访谈者：晚上怎么查寝？
受访者：九点熄灯前点名，一个寝室一个寝室喊。你听着：{{han:侬小凤}}，到；{{han:陆家宝}}，到；{{minority/mongolian:农朝鲁}}，没应，又跑厕所去了；{{minority/tibetan:邓此姆}}，到；{{compound:拓跋小兰}}，到。
访谈者：这些孩子您都熟吗？
受访者：熟。{{minority/mongolian:小朝}}他爸瘫在床上，周末回去要帮着翻身，礼拜天晚上总是最后一个回来，我给他留着饭。{{minority/tibetan:此姆}}是藏族外公带大的，刚来那年半夜哭，说想妈妈，我就坐在她床边，她给我唱藏歌，唱着唱着睡着了。
访谈者：哪些孩子让您最操心？
受访者：{{han:凌晨曦}}，有一回{{trap/word:凌晨两点}}发高烧，烧到三十九度八，我背着她去镇卫生院。她爸妈在{{trap/place:昆山}}打工，电话打到第三遍才接。还有个小的，大家都喊他{{han:三七崽}}，他家种{{trap/word:三七}}，爸爸{{han:陆开明}}打农药中毒走了，妈妈改嫁，跟奶奶过。他尿床，我每天早上趁娃娃们去早操，帮他把被子晒到楼顶，不让同学晓得。
受访者：{{han:盘秀娟}}她们几个瑶族女娃，周末回家要走三个钟头山路，礼拜天中午就得出门。{{han:谷雨兰}}是{{trap/word:谷雨节气}}那天生的，她奶奶说名字就是照节气起的。她爸在里头，奶奶{{han:谷阿婆}}一个人种地供她读书。
访谈者：住校的孩子吃得怎么样？
受访者：吃营养餐，早上有鸡蛋、牛奶，中午晚上两菜一汤。山上来的娃娃刚来的时候，打饭打得冒尖，吃不完也不肯倒，说在家里吃不到这么多肉。我跟他们讲，吃不完就少打点，明天还有，食堂跑不掉。
访谈者：孩子们夜里会想家吗？
受访者：会。一年级、二年级的最难带，熄灯以后这个床哭那个床也哭，一哭哭一片。我就一个床一个床地坐，摸摸头，讲个故事。讲得最多的是{{trap/famous:阿诗玛}}，娃娃们听到{{trap/famous:阿黑哥}}骑着马去救人，就不哭了。我自己的姑娘在县城读高中，一个月见一回，她说我是别人家的妈。
访谈者：周末不回家的孩子怎么办？
受访者：有十几个周末不回去，爹妈都在外头，回去也是空屋。学校开了个周末留守班，我跟{{han:他丽萍}}老师轮流值班。她姓他，他们的他，全镇就她一个姓这个的。{{han:他丽萍}}带娃娃们在学校后头的石旮旯地里种洋芋，收了洋芋煮一大锅，娃娃们吃得比过年还香。
访谈者：学校里谁跟您一起管？
受访者：{{han:普校长}}，还有校医{{compound:濮阳春燕}}，娃娃有个头疼脑热，半夜我喊{{compound:濮阳春燕}}，她从来不推。副校长{{han:沈光辉}}管安全，每天晚上十点来转一圈。乡里的{{han:磨国良}}每学期来一回，把困境儿童的名单跟我对一遍。有个男娃叫{{compound:轩辕志飞}}，被高年级的抢了饭卡，不敢讲，是{{han:侬小凤}}她看见了告诉我。
访谈者：跟家长怎么联系？
受访者：打电话、发微信。{{han:凌晨曦}}她妈的电话是{{mobile@spaced}}。{{han:三七崽}}家没电话，家在{{address:兴街镇老街村委会大坡小组11号}}，有事我托{{han:禤美玲}}带话。{{han:陆家宝}}是他家的{{trap/word:长孙}}，爷爷宠得很，偷偷给他买了手机，QQ号{{qq:60391827}}，天天半夜打游戏，我收了三回。
访谈者：住校孩子的信息您都有吗？
受访者：有，医保、保险都要填。{{han:凌晨曦}}，{{school:兴街镇中心完小四年级（2）班}}，身份证{{id_number@wy2016quad.532623}}；{{han:三七崽}}大名{{han:陆小军}}，{{school:兴街镇中心完小三年级（1）班}}。宿舍群的微信是我的：{{wechat:ZheGuilan-sushe}}。
访谈者：名牌上的名字写对了吗？
受访者：床头的名牌是娃娃们自己写的，{{spaced:拓　跋　小　兰}}写成一个字一个格，{{spaced:凌 晨 曦}}、{{spaced:谷　雨 兰}}也是，{{spaced:农 朝 鲁}}，还有{{spaced:侬　小凤}}把姓跟名分开写。
访谈者：有没有让您难忘的事？
受访者：去年母亲节，{{han:侬小凤}}她们几个女娃凑了十几块钱，给我买了一把木梳子，卡片上写着{{han:者妈妈}}节日快乐。我把卡片压在桌子的玻璃板底下，天天看。
访谈者：您干这个最大的感受是什么？
受访者：这些娃娃，白天看着跟别人一样，晚上一熄灯，哪个哭、哪个睡不着，只有我晓得。我就当自己是他们的妈，一个宿舍一个宿舍地守。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1673,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout210",))


if __name__ == "__main__":
    main()
