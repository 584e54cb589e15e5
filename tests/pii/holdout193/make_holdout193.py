# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 193 (tests/pii/holdout193/H1529-H1536 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 192, written at the same time, is not
an earlier set).

Set 193 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, half in 宿豫
(宿迁, Jiangsu) and half in 桂东 (郴州, Hunan): a Mongolian mother from 翁牛特旗 who works in a flower nursery in
大兴镇, her Han husband paralysed since his tricycle of saplings overturned; a Uyghur father from 阿图什 who drives
a forklift on the night shift of a logistics park in 宿豫, his wife dead of leukaemia; a Hui grandfather from 临夏
who has bought mountain herbs in 桂东 for 38 years and raises two grandchildren, his son in prison and the
daughter-in-law gone; a Kham Tibetan mother from 理塘 who picks tea in 寨前镇, her Han husband without legs since a
mine collapse; a Han 儿童主任 of a community in 顺河街道 reading her ledger; a Han civil-affairs clerk of 寨前镇; a
Han school counsellor of the central primary school of 大兴镇; and a Han cadre of the 桂东 women's federation (春蕾
计划, 儿童之家, the 12338 hotline). The emphasis is on forms where a replacement might cover only part of a name, or
miss it, in a mix rather than one trick:

* Mongolian names (孟根乌达巴拉, 格根塔日娜, 呼斯勒额尔敦, 达瓦敖斯尔, 乌力吉仓, 斯布勒玛, 图力古日, 毕其格玛) with a
  short form (乌达), forms of address that look like a Han surname (孟姐, 小胡) or a doubled syllable (根根), the Han
  father's surname before the daughter's Mongolian name on the roll (笪格根塔日娜) and the son's Han name (笪浩然);
* Uyghur given name + father's name written with ·, with a full stop (托合塔洪.赛买提), with ‧ (麦吾丽达‧托合塔洪),
  with ・ (伊克拉木江・托合塔洪), with no dot (伊克拉木江托合塔洪), with a spaced dot (麦吾丽达 · 托合塔洪) and split by a
  full-width space (托合塔洪　赛买提); the patronymic shown through the family (古海尔妮萨·肉孜, her father
  肉孜·巴拉提, her brother 艾克拜尔·肉孜); forms of address 洪哥 (洪 looks like a Han surname), 托哥, 小伊克; a name
  inside a shop sign (艾海提江快递点);
* Hui people with the rare surname 锁 (锁德元, 锁爷, 锁海山, 锁子航, 锁思语, 锁德亨) beside the word 锁门, their 经名 in
  临夏 forms (买苏目, 易斯哈给, 哈鲁乃, 尔萨乃, 苏菲耶), a Han surname before a 经名 (锁苏菲耶 on the roll, 仲海迪彻 with
  her stepfather's surname), the form of address 菲妹子, and Hui people known by 经名 only (舍木苏丁 before 阿訇,
  哈提木, 舍雷非, 哈三乃, 若凯娅);
* Kham Tibetan names of 理塘 (俄色拥宗, 四郎翁堆, 益西康珠, 泽登呷绒, 拉姆卓嘎, 阿旺降村, 呷玛降泽, 呷西拉姆), the Han
  father's surname 康 before them on the school roll (康翁堆, and 康康珠 where the surname doubles the first syllable),
  forms of address (阿宗 before 嫂子, 堆堆, 小康珠), and the Han husband 康定军 whose name begins with the place 康定,
  said as a place in the same transcript;
* Han names with rare surnames of the two regions (笪, 嵇, 訾, 宦, 侍, 臧, 晁, 缪, 仇, 戚, 项, 厉, 来, 问, 仲; 扶, 阙, 匡,
  邝, 首, 资, 钟, 黎, 谭, 从, 万, 于) and surnames or given characters that are words, right before or after the same
  word or a grammar word (首丽萍首先, 谭正华正在, 曹得胜得了, 郭再兴再婚, 来凤英来社区, 来俊杰来了, 从春梅从来, 于是于小琴,
  万一 beside 万杏娥, 有时候时小满, 亲戚戚桂兰, 房东房德兵 and 房租, 问雅琴 who says 我也爱问, 扶贫 beside 扶春林, 钟头
  beside 钟桂莲, 资料 beside 资卫国, 项目 and 项羽 beside 项天佑, 侍岭镇 beside 侍奶奶); names before pronouns and verbs
  (晁玉梅她, 阙美华她, 匡玉兰她, 康定军他, 仇大娘说, 扶老板讲, 于小琴讲, 曹得胜讲, 邝梓涵喊); a surname with only a title
  or kin word, annotated whole (缪主任, 宦主任, 首干事, 问老师, 尹主席, 臧主管, 嵇二爷, 仇大娘, 訾大嫂, 锁爷, 侍奶奶,
  扶老板, 康医生, 老笪); titles after full names outside the span (邝翠微老师); names inside place- or
  organisation-like phrases (嵇德厚家苗圃, 郭细满茶厂, 端木晓东家苗圃); names at the start of a turn and one closing
  the last line with no stop (是从春梅);
* compound surnames right after ordinary words that end with their first character or after common words (夏天夏侯明玥,
  物流公司司徒婧, 家长长孙若愚, 马上上官芷汀, 语文宇文老师, 社工站的申屠静雯, 做新闻的闻人晓蕾, 叫南宫晓岚, 派了鲜于明辉,
  是司马光明 beside the famous 司马光, 是端木晓东, 咨询师皇甫若谷);
* names spaced out character by character in half- and full-width spaces (孟 根 乌 达 巴 拉, 伊 克 拉 木 江, 锁 苏 菲 耶,
  俄　色　拥　宗, 闻　人　晓　蕾, 司　马　光　明, 端 木 晓 东, 皇　甫　若　谷, 锁　德　元, 缪　天　麟, ...) and names split in
  two (笪　浩然, 格根　塔日娜, 锁海 山, 康定 军, 项天 佑, 谭正 华, 厉　思雨, 邝梓 萌);
* numbers read out and written the many ways people do (mobiles plain, grouped 3 8, 3 4 4, 4 3 4, 7 4, with hyphens,
  +86 with and without space or hyphens, full-width; IDs plain, 6-8-4 spaced or hyphenated, 6 4 4 4, 3×6, X check
  digit, full-width, full-width spaced or hyphenated; QQ numbers of 8-10 digits, two in full-width digits; WeChat ids
  with hyphens, underscores and a wxid_ id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:锁爷}}``, ``{{qq:28815049}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, hui, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1954fwspaced.622901}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 嫂子, 姐姐) and a particle, pronoun
or verb written directly after a name (她, 他, 说, 讲, 喊, 首先, 正在, 得了, 再婚, 来了, 从来) are outside the span; a
surname with only a title or kin word (缪主任, 首干事, 问老师, 锁爷, 侍奶奶, 老笪) is annotated whole. Han-style
names of Hui people and the Mongolian boy's Han name (锁德元, 锁海山, 锁子航, 锁思语, 锁德亨, 锁爷, 笪浩然) are
category han; a Han surname before a non-Han given name (笪格根塔日娜, 锁苏菲耶, 仲海迪彻, 康翁堆, 康康珠) is category
minority, and so are forms of address made from a non-Han name (孟姐, 根根, 小胡, 洪哥, 托哥, 小伊克, 菲妹子, 阿宗,
堆堆, 小康珠).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout193/make_holdout193.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(193_2026_1207)
MINORITY_GROUPS = ('mongolian', 'uyghur', 'hui', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "hui": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "170", "178", "180", "182", "183", "185",
                   "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1529: Mongolian mother from 翁牛特旗 (赤峰) working in a flower nursery in 大兴镇 (宿豫); her Han husband is
# paralysed after his tricycle overturned.
DOCS["H1529"] = ("family", """\
访谈者：大姐，这一大片都是苗子？
受访者：嗯呐，这是{{han:嵇德厚}}家苗圃，桂花、海棠、红叶石楠。我叫{{minority/mongolian:孟根乌达巴拉}}，老家{{trap/place:赤峰}}{{trap/place:翁牛特旗}}。苗圃里的大姐嫌长，喊我{{minority/mongolian:孟姐}}，老板喊我{{minority/mongolian:乌达}}。
访谈者：怎么嫁到宿豫来的？
受访者：俺男人{{han:笪永福}}早年贩树苗，往{{trap/place:西拉木伦河}}边上送樟子松，一来二去就认得了。跟他回{{trap/place:大兴镇}}十二年，“俺”“恁”“可照”都学会了。
访谈者：家里现在什么情况？
受访者：前年秋里{{han:老笪}}开三轮往{{trap/place:沭阳}}送苗，翻到沟里，腰断了，下半身没知觉，天天坐轮椅。{{trap/org:宿豫区残联}}评了一级，两项补贴一个月{{trap/number:四百出头}}，又给俺家办了低保。
访谈者：孩子们呢？
受访者：两个。闺女蒙古名{{minority/mongolian:格根塔日娜}}，十一岁，跟她爸姓，学校花名册上写的{{minority/mongolian:笪格根塔日娜}}，老师点名念半天，同学就喊{{minority/mongolian:根根}}。她在{{school:宿豫区大兴镇中心小学五（2）班}}。儿子八岁，户口上叫{{han:笪浩然}}，他姥爷起的蒙古名叫{{minority/mongolian:呼斯勒额尔敦}}，班里都喊他{{minority/mongolian:小胡}}，在{{school:大兴镇花园小学二年级1班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:缪秀芹}}，俺喊她{{han:缪主任}}。她跑了三趟，给两个孩子报了困境儿童，一人一个月{{trap/number:八百七十块}}。街道社工站的{{compound:申屠静雯}}把两项补贴的表替俺填了，俺不会写那么多汉字。{{trap/word:夏天}}{{compound:夏侯明玥}}来支教，天天给闺女讲题，走的时候闺女哭着喊{{compound:夏侯明玥}}姐姐。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:根根}}学习好，班主任{{han:晁玉梅}}说她写草原的作文最好。{{han:晁玉梅}}她还偷偷给闺女交过春游的钱。儿子调皮，人家笑他名字怪，他就上手，他班主任把俺叫去，没怪孩子，让那个同学也道了歉。
访谈者：您一个人撑着，累不累？
受访者：累也得撑。早上五点给{{han:老笪}}翻身擦身子，六点送孩子，七点到苗圃。{{han:嵇二爷}}人不孬，让俺中午回去喂男人吃饭。隔壁{{han:仇大娘}}帮俺看着，{{han:仇大娘}}说，恁一个外地媳妇，不容易。
访谈者：苗圃的活重吗？
受访者：分季节。春天起苗、打包，一棵桂花带土球几百斤，几个人抬上车；夏天打药、拔草，太阳底下一蹲一天；冬天给苗子裹草绳防冻。一天一百二，按天算，下雨就没钱。俺手上的茧子比男人还厚。
访谈者：钱够用吗？
受访者：紧巴巴的。俺一个月挣三千出头，低保、补贴加一块一千多，男人吃药一个月就得五六百。闺女要买练习册，儿子要交午饭钱，俺就多干半天。过年{{han:嵇二爷}}多给俺一千，说是给孩子的压岁钱，俺不要，他硬塞给俺。
访谈者：您男人现在心情怎么样？
受访者：刚瘫那年脾气坏，摔碗，说拖累俺，叫俺带孩子回内蒙古。俺说，俺们蒙古人嫁了就是嫁了，不走。后来他慢慢好了，在床上学编草帽，一顶卖十块，也算有点进项。闺女懂事得叫人心疼，开家长会别人都是爸妈一块去，她跟老师说俺爸在家等着，俺得早点回。
访谈者：想过回老家吗？
受访者：想过。可孩子的户口、学籍都在这边，闺女蒙古话只会几句，回去反倒成了外人。等儿子大一点，暑假带他们回去一趟，看看草原，骑骑马。俺阿妈身体也不好，俺两年没回去了，一张火车票来回就得一千多。
访谈者：老家还有人吗？
受访者：俺阿爸{{minority/mongolian:达瓦敖斯尔}}七十了，还在嘎查放羊；弟弟{{minority/mongolian:乌力吉仓}}跑运输，每年秋里打五千块来，过年寄一袋{{trap/minority_word:炒米}}、一包{{trap/minority_word:奶皮子}}。俺给孩子讲{{trap/famous:嘎达梅林}}，儿子说宿迁也有英雄，叫{{trap/famous:项羽}}。晚上俺拉一段{{trap/minority_word:马头琴}}，{{han:老笪}}在床上听着就睡了。宿迁也有个蒙古老乡{{minority/mongolian:图力古日}}，在{{trap/org:京东}}客服中心上班，礼拜天来帮俺给男人洗澡。
访谈者：孩子们平时吃得怎么样？
受访者：早上稀饭馒头，中午在学校吃，晚上俺下班炒两个菜。俺们那边爱吃肉，这边爱吃青菜、吃鱼，孩子们跟着这边吃惯了。一个月吃上两回肉，闺女总把肉往她爸碗里夹，说爸爸要长力气。儿子看姐姐这样，也学着夹。俺在灶台边看着，转过身去抹眼泪。
访谈者：我念一下表，您看对不对。住址{{address:宿豫区大兴镇花园村三组41号}}？
受访者：对。娘家是{{address:翁牛特旗海拉苏镇巴嘎塔拉嘎查二组12号}}。
访谈者：身份证{{id_number@wy1987quad.150426}}？
受访者：对，闺女的是{{id_number@wy2014fw.321311}}。电话打俺这个{{mobile@s38}}，打不通就打{{han:缪主任}}的{{mobile@p86n}}。俺微信叫{{wechat:Mongon-udbal87}}，闺女的QQ是{{qq:3571540139}}，她拿小刀刻在铅笔盒盖子上。
访谈者：表上的名字都对吗？
受访者：低保本上俺是{{spaced:孟 根 乌 达 巴 拉}}，儿子成了{{spaced:笪　浩然}}，闺女那张写成{{spaced:格根　塔日娜}}，好几个字中间空着。
访谈者：您最盼什么？
受访者：盼{{han:老笪}}能坐起来自己吃饭，盼闺女考出去。俺阿妈{{minority/mongolian:斯布勒玛}}说，草原上的女人不哭，俺就不哭。
""")

# H1530: Uyghur father from 阿图什 who drives a forklift in a logistics park in 宿豫; his wife died of leukaemia.
DOCS["H1530"] = ("family", """\
访谈者：您在物流园干什么活？
受访者：开叉车，上夜班。我叫{{minority/uyghur:托合塔洪·赛买提}}，新疆{{trap/place:阿图什}}人。园区花名册上打成{{minority/uyghur:托合塔洪.赛买提}}，中间是个小圆点。班组里都喊我{{minority/uyghur:洪哥}}，{{han:臧主管}}喊我{{minority/uyghur:托哥}}。
访谈者：怎么到宿迁来的？
受访者：二〇一六年跟老乡{{minority/uyghur:艾海提江}}来的，他在{{trap/place:喀什}}就跑快递，现在园区门口开了个{{minority/uyghur:艾海提江}}快递点。{{trap/org:宿豫物流园}}包住，一个月六千多，我就把老婆孩子都接来了。
访谈者：孩子妈妈呢？
受访者：前年没了，白血病。她叫{{minority/uyghur:古海尔妮萨·肉孜}}，在{{trap/org:宿迁市第一人民医院}}住了八个月。她爸{{minority/uyghur:肉孜·巴拉提}}、她哥{{minority/uyghur:艾克拜尔·肉孜}}从{{trap/place:乌鲁木齐}}赶来，守了她最后一个月。{{minority/uyghur:古海尔妮萨}}走之前说，孩子别送回老家，就在这边念书。
访谈者：两个孩子多大？
受访者：姐姐{{minority/uyghur:麦吾丽达}}十三，户口本上是{{minority/uyghur:麦吾丽达‧托合塔洪}}，在{{school:宿豫区实验初中七年级（4）班}}。弟弟{{minority/uyghur:伊克拉木江}}九岁，在{{school:顺河小学三（6）班}}，学校名册不带点，写的{{minority/uyghur:伊克拉木江托合塔洪}}，老师叫他{{minority/uyghur:小伊克}}。银行卡上又是{{minority/uyghur:伊克拉木江・托合塔洪}}，中间的点跟别的不一样。
访谈者：夜班怎么顾孩子？
受访者：顾不上。晚上八点上班，早上八点下班，{{minority/uyghur:麦吾丽达}}给弟弟做饭、看作业，像个小妈妈。楼下{{han:訾大嫂}}夜里听见动静就上来看看。有一回弟弟烧到四十度，是{{han:訾大嫂}}跟她男人半夜背到{{trap/org:宿豫区人民医院}}的。
访谈者：夜班累吗？
受访者：累。叉车一趟趟往货架上码货，“双十一”那几天一晚上干十四个钟头，眼睛熬得通红。园区食堂没有清真的，我跟河南来的回族兄弟{{minority/hui:舍雷非}}、和田来的{{minority/uyghur:库尔班尼亚孜}}一起带饭，一个饭盒装拌面，凉了就凉着吃。
访谈者：有什么补助？
受访者：社区儿童主任{{han:宦丽娟}}来了五六趟，给两个孩子报了困境儿童，一人一个月{{trap/number:一千零六十块}}。物流{{trap/word:公司}}{{compound:司徒婧}}管人事，把我调成白班，一个月少挣八百，可孩子晚上有人了。{{compound:司徒婧}}说，钱少了再想办法。
访谈者：孩子们在学校怎么样？
受访者：姐姐数学好，班主任{{han:惠晓燕}}说她能考{{trap/org:宿迁中学}}。弟弟话少，学校的心理老师每礼拜找他画一回画。家委会的{{trap/word:家长}}{{compound:长孙若愚}}天天开车顺路捎他。
访谈者：孩子们习惯这边吗？
受访者：刚来的时候姐姐不会说普通话，在学校一句话不说，现在宿迁话都会了，回家跟我讲“乖乖”“孬”。弟弟生在这边，维吾尔话反倒说不利索，我阿妈视频里跟他说话，他听不懂，急得直哭。姐姐十三了，女孩子的事我当爸爸的不会讲，是{{han:宦丽娟}}带她去买的衣服，跟她讲的，这个情我记着。
访谈者：房子是租的？
受访者：租的，两室一厅，{{trap/word:房租}}一千二。房东{{han:房德兵}}听说孩子妈没了，三年没涨过钱，过年还送一箱苹果。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:赛排尔汗}}在阿图什，腿脚不好。妹妹{{minority/uyghur:买尔哈巴汗}}在{{trap/place:伊犁}}当护士，{{trap/minority_word:肉孜节}}寄来葡萄干和{{trap/minority_word:巴旦木}}。我休息的时候给孩子做{{trap/minority_word:抓饭}}，{{han:訾大嫂}}也来吃。我给弟弟讲{{trap/famous:阿凡提}}，他笑得在床上打滚。
访谈者：孩子们的功课您管得了吗？
受访者：管不了。我汉字认得不多，姐姐的数学题我看不懂，弟弟的拼音我也不会。社区请了大学生给他们补课，一个礼拜两回，姐姐回来再教弟弟。有时候我下班回来，看见姐弟俩趴在桌上睡着了，作业本上还压着笔，我就一个一个抱到床上，盖好被子。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}园区不放假，我跟{{han:臧主管}}换个班，带孩子去{{trap/place:骆马湖}}边上走一走，买只烤鸭，就算过节了。姐姐说湖边的风像阿图什的风，我说阿图什的风里有沙子，这边的风里有水。
访谈者：以后有什么打算？
受访者：想考个货车驾照，跑长途挣得多。可跑长途就顾不了家，还得再想想。姐姐说她以后想当老师，回阿图什教书，我说好，你想去哪儿爸爸都供你。
访谈者：这张联系卡是您写的？
受访者：是，{{han:宦丽娟}}让写的。家在{{address:宿豫区顺河街道运河湾小区6栋1单元302}}，老家{{address:阿图什市松他克乡阿其克村3组27号}}。我电话{{mobile@h38}}，夜里打不通就打{{han:宦丽娟}}{{mobile@spaced}}。我身份证{{id_number@my1983hyphen.653001}}，姐姐的{{id_number@wy2012tri.653001}}。微信{{wechat:Toxtaxun_ast}}，姐姐的QQ{{qq:１７６０４３９２８}}。
访谈者：名字在表上都写对了吗？
受访者：有的对有的不对。有张表写成{{spaced:麦吾丽达 · 托合塔洪}}，有张写成{{spaced:伊 克 拉 木 江}}，我的干脆写成{{spaced:托合塔洪　赛买提}}，点都没了。
访谈者：您最盼什么？
受访者：盼姐姐考上高中，弟弟多说几句话。{{minority/uyghur:古海尔妮萨}}要是看得见，也该放心了。
""")

# H1531: Hui grandfather from 临夏 who has bought mountain herbs in 桂东 for 38 years; his son is in prison and his
# daughter-in-law left, so he raises a grandson and a granddaughter.
DOCS["H1531"] = ("family", """\
访谈者：老人家，您这一屋子都是药材？
受访者：是咯，{{trap/word:黄精}}、{{trap/word:茯苓}}、厚朴，都是山里收来的。我叫{{han:锁德元}}，经名{{minority/hui:买苏目}}，甘肃{{trap/place:临夏}}人，在{{trap/place:桂东}}收药材收了三十八年，寨子里老老少少都喊我{{han:锁爷}}。
访谈者：怎么在桂东落了脚？
受访者：年轻时跟师傅下湖南收药，上了{{trap/place:八面山}}就走不动了，山里的药好。后来娶了本地客家妹子{{han:黄秋娣}}，她前年走了，埋在后山茶园边上。
访谈者：家里还有谁？
受访者：儿子{{han:锁海山}}，经名{{minority/hui:易斯哈给}}，三年前帮人搞集资，判了五年，关在{{trap/place:郴州}}。儿媳第二年就走了，电话也换了，丢下两个崽给我。
访谈者：现在收药材还好做吗？
受访者：难做咯。早些年一担厚朴挑下山能换两袋米，现在年轻人不上山，药也难收，我一个月挣不到两千。好在崽们的补助按月到，村里还帮我申请了临时救助。
访谈者：孩子们多大？
受访者：孙子{{han:锁子航}}十二，经名{{minority/hui:哈鲁乃}}，在{{school:桂东县沤江镇第一完全小学六年级（5）班}}。孙女{{han:锁思语}}八岁，经名{{minority/hui:苏菲耶}}，老师图顺口，点名点的是{{minority/hui:锁苏菲耶}}；采茶的婶子们喊她{{minority/hui:菲妹子}}。她在{{school:沤江镇二完小二（3）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:阙美华}}。{{han:阙美华}}她上门一看，屋里冇得大人，只有我这个老头子，就给两个崽报了服刑人员子女，一个月{{trap/number:九百五十块}}。茶园老板{{han:扶春林}}搞了个{{trap/word:扶贫}}车间，暑假让孙子去拣茶叶，一天六十块。{{han:扶老板}}讲，崽要自己挣书钱才晓得读书。
访谈者：您儿子那边呢？
受访者：每个月通一回亲情电话。{{minority/hui:易斯哈给}}在里面学木工，跟崽讲出来了给{{minority/hui:哈鲁乃}}打张书桌。法律援助的律师是个女伢子，叫{{compound:南宫晓岚}}，帮我问过减刑。{{compound:南宫晓岚}}讲，表现好能减一年。
访谈者：两个崽每天怎么上学？
受访者：我四点起来烧水、煮面，崽们六点半出门，我{{trap/word:锁门}}送到路口，他们再走四十分钟山路到镇上。下雨天路滑，孙子牵着妹妹走，鞋子湿透了，到学校也不换。孙女问她妈去哪里了，我讲去广东打工了，她就天天盯着门口的路，看到摩托车就跑出去。
访谈者：孙子对他爸有怨气吗？
受访者：有。去年会见，隔着玻璃，他一句话都不讲，出来在车上才哭。我跟他讲，你爸做错了事，在还账，还清了就回来。他讲，那我也要好好读书，莫学他。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:哈鲁乃}}读书还可以，就是不爱讲话，同学讲他爸是劳改犯，他跟人打了一架。班主任{{han:邝翠微}}老师把两个都喊到办公室，讲清楚了。孙女爱哭，学校冇得清真窗口，食堂的{{han:钟桂莲}}天天单独给她炒个蛋。
访谈者：做礼拜、过节怎么办？
受访者：桂东冇得寺，主麻要坐两个{{trap/word:钟头}}的车去郴州，寺里的{{minority/hui:舍木苏丁}}阿訇认得我，在郴州开牛肉粉店的{{minority/hui:哈提木}}每回留我吃饭。开斋节我炸{{trap/minority_word:油香}}，泡{{trap/minority_word:盖碗茶}}，{{han:阙美华}}也来尝。老家的弟弟{{han:锁德亨}}，经名{{minority/hui:尔萨乃}}，每年寄一箱{{trap/minority_word:馓子}}。我跟崽讲{{trap/famous:海瑞}}，讲回回里也出过清官。
访谈者：您身体还行吗？
受访者：七十一了，爬不动山了，腿一到落雨天就痛。去年在茶园摔了一跤，是隔壁的后生背我下的山。我讲我要是哪天倒了，两个崽就送去郴州他们姑姑那里，儿童主任讲莫乱想，政府不会不管。
访谈者：孩子们讲什么话？
受访者：我老婆在的时候，崽们讲客家话。她走了，屋里就剩我这口临夏话，崽们讲我讲话像唱{{trap/minority_word:花儿}}。
访谈者：您跟孙女最亲的是什么时候？
受访者：晚上。她睡不着，要我讲故事，我就讲年轻时在山里收药碰到野猪，讲临夏的牡丹、大夏河的水。她听着听着就睡了，手还攥着我的胡子。她讲，爷爷你莫老，你老了我就冇人了。我讲爷爷不老，爷爷还要看你考大学。
访谈者：表上的信息我念一下：住址{{address:桂东县沤江镇樟树村四组17号}}？
受访者：对咯。老家是{{address:临夏市枹罕镇王坪村二社9号}}。
访谈者：身份证{{id_number@my1954fwspaced.622901}}？
受访者：对，孙子的是{{id_number@my2013hyphen.431027}}。我电话{{mobile@s434}}，{{han:阙美华}}的是{{mobile@plain}}。微信是孙子帮我开的，叫{{wechat:SuoDY-guidong}}，他的QQ{{qq:28815049}}。
访谈者：名字有写错的吗？
受访者：多。低保表上我是{{spaced:锁　德　元}}，孙女写成{{spaced:锁 苏 菲 耶}}，儿子写成{{spaced:锁海 山}}。
访谈者：您最盼什么？
受访者：盼{{minority/hui:易斯哈给}}早点出来，接过这两个崽。我老了，怕等不到那天。
""")

# H1532: Tibetan mother from 理塘 (甘孜) who picks tea in 寨前镇 (桂东); her Han husband lost both legs in a mine.
DOCS["H1532"] = ("family", """\
访谈者：阿姐，您采茶采了几年了？
受访者：七年了。我叫{{minority/tibetan:俄色拥宗}}，四川{{trap/place:甘孜}}{{trap/place:理塘}}的。寨子里的人喊我{{minority/tibetan:阿宗}}嫂子，细伢子们喊我藏族阿姨。
访谈者：怎么嫁到桂东来的？
受访者：我男人{{han:康定军}}以前在理塘修公路，我在工地上煮饭，就认得了。他带我回{{trap/place:寨前镇}}，一住十二年，他家的客家话我也听得懂一半。
访谈者：听说您男人受了伤？
受访者：前年在{{trap/place:资兴}}的煤矿，凌晨三点塌方，两条腿都没保住。{{han:康定军}}他在{{trap/org:郴州市第一人民医院}}住了四个月，回来就只能坐着。{{trap/org:桂东县残联}}评了一级，两项补贴加低保，一个月{{trap/number:一千八百出头}}。
访谈者：孩子们呢？
受访者：两个。儿子藏名{{minority/tibetan:四郎翁堆}}，户口随他爸姓，学校写的{{minority/tibetan:康翁堆}}，在{{school:桂东县寨前镇中心完小四（1）班}}。女儿{{minority/tibetan:益西康珠}}六岁，学校写{{minority/tibetan:康康珠}}，在{{school:寨前镇中心完小一年级（3）班}}，老师喊她{{minority/tibetan:小康珠}}。{{minority/tibetan:堆堆}}他懂事，放学就帮他爸翻身、倒尿壶。
访谈者：一个人养家，够吗？
受访者：不够。春茶一天挣得到一百多，过了清明就少了。我在{{han:郭细满}}茶厂揉茶，老板{{han:郭细满}}人好，冬天也给活做。
访谈者：采茶辛苦吗？
受访者：要起早，露水没干就上山，一芽一叶，手指头掐得发黑。我们这里的{{trap/word:玲珑茶}}卷起来像个小钩子，城里人喜欢。清明前的茶最贵，那半个月我天不亮就出门，娃娃们自己热饭吃。
访谈者：您男人现在怎么样？
受访者：刚截肢那阵，天天半夜哭，说自己是废人。我讲，你腿没了，嘴还在，可以教娃娃读书。他现在每天晚上辅导儿子做作业，比我强。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:黎春娥}}，给两个娃娃报了困境儿童，一人一个月{{trap/number:六百九十块}}。镇民政办的{{han:首丽萍}}{{trap/word:首先}}把我男人的残疾证办下来了，又教我用手机查钱到没到。在郴州藏餐馆打工的老乡{{minority/tibetan:呷西拉姆}}每个月来看我们一回。理塘出了个{{trap/famous:丁真}}以后，她店里的生意好多了。有一回我男人从床上摔下来，我打电话，{{trap/word:马上}}{{compound:上官芷汀}}就骑摩托来了，她是镇上的网格员，{{compound:上官芷汀}}讲有事莫怕，喊一声就到。
访谈者：婆家那边呢？
受访者：婆婆七十了，帮我带小的，天天坐在门口剥笋子，一边剥一边教女儿数数。{{han:康定军}}的姐姐嫁在{{trap/place:汝城}}，回来就给娃娃带腊肉、带笋干。
访谈者：老家的人呢？
受访者：阿爸{{minority/tibetan:泽登呷绒}}走得早，阿妈{{minority/tibetan:拉姆卓嘎}}在理塘放牦牛，舅舅{{minority/tibetan:阿旺降村}}在{{trap/org:长青春科尔寺}}当喇嘛，哥哥{{minority/tibetan:呷玛降泽}}跑{{trap/place:康定}}的车。每年哥哥托人捎{{trap/minority_word:糌粑}}和牛肉干下来，娃娃们吃不惯糌粑，我一个人吃。{{trap/minority_word:藏历年}}我带娃娃跳{{trap/minority_word:锅庄}}，寨子里的妹子们也跟着跳。我给儿子念{{trap/famous:仓央嘉措}}的诗，他写过理塘，儿子说那是妈妈的家。
访谈者：娃娃们会讲藏话吗？
受访者：只会几句。女儿会说“阿妈”“{{trap/minority_word:扎西德勒}}”，儿子嫌不好意思，在外面不肯说。桂东冬天也下雪，山上冷得很，屋里没有火炉，我想老家的牛粪炉子，想得睡不着。
访谈者：您自己身体还好吗？
受访者：腰不好，揉茶一站一天，晚上腰直不起来。村卫生室的{{han:康医生}}是我男人的堂哥，给我贴膏药，说是劳损，要歇。我哪里歇得下来。
访谈者：孩子在学校怎么样？
受访者：{{minority/tibetan:堆堆}}数学好，班主任{{han:匡玉兰}}讲他是全班算得最快的。{{han:匡玉兰}}她给两个娃娃都申请了营养餐。
访谈者：娃娃们有什么心愿？
受访者：儿子讲想回理塘看外婆，看看他妈小时候放牦牛的草原。女儿讲想要一双会亮的鞋子。我跟他们讲，等补贴攒够了，暑假我们一家坐火车回去，爸爸坐轮椅也能去，火车上有地方放。儿子听了，天天在日历上画圈。
访谈者：村里人对你们怎么样？
受访者：好。哪家杀了猪都送一块肉过来，过年有人帮我们贴对联、扫屋子。刚来那几年有人背后讲我听不懂的话，现在见了面都喊我一声嫂子。
访谈者：您手机里存的电话能念一下吗？
受访者：{{han:黎春娥}}的{{mobile@hyphen}}，{{han:首丽萍}}的{{mobile@plus86spaced}}，我自己的{{mobile@plus86dash}}。
访谈者：住址和身份证呢？
受访者：家在{{address:桂东县寨前镇塘头村六组8号}}，娘家{{address:理塘县甲洼镇下坝村二组5号}}。我的身份证{{id_number@wy1989fwhyphen.513334}}，儿子的{{id_number@my2015quad.431027}}。微信{{wechat:yudron_litang}}，儿子的QQ{{qq:２０４８６１７３９}}。
访谈者：表上名字写得对吗？
受访者：不全对。有张写成{{spaced:俄　色　拥　宗}}，儿子写成{{spaced:康 翁 堆}}，我男人写成{{spaced:康定 军}}，看着像两个字。
访谈者：最后想说什么？
受访者：我们藏族人讲，好心的人走到哪里都有路。到桂东这些年，帮我的人，我一个一个都记得。
""")

# H1533: Han 儿童主任 of a community in 顺河街道 (宿豫) reading out her ledger.
DOCS["H1533"] = ("staff", """\
访谈者：{{han:宦主任}}，您带的这本是？
受访者：困境儿童台账。我叫{{han:宦丽娟}}，{{trap/place:顺河街道}}{{trap/org:运河湾社区}}的儿童主任，干了五年，十四个孩子，我挑几户念给你。
访谈者：好。
受访者：头一户，新疆来的{{minority/uyghur:托合塔洪}}，物流园开叉车，老婆没了。两个孩子，姐姐{{minority/uyghur:麦吾丽达}}，弟弟{{minority/uyghur:伊克拉木江}}。去年冬天我去，姐姐正拿凉水给弟弟洗头，热水器坏了半个月，我喊物业当天就修好了。
访谈者：第二户？
受访者：孤儿，姐妹俩，{{han:侍雨桐}}十四，{{han:侍雨萱}}九岁。爸妈跑运输，在{{trap/place:京沪高速}}上出的事。跟奶奶过，{{han:侍奶奶}}是{{trap/place:侍岭镇}}嫁过来的，七十三了。孤儿基本生活费一人一个月{{trap/number:一千八百二十元}}。姐姐在{{school:宿豫区实验初中八年级（2）班}}，妹妹在{{school:顺河小学三年级（1）班}}。住{{address:宿豫区顺河街道洪泽湖路88号院3栋401}}。
访谈者：第三户？
受访者：{{han:项天佑}}，男，十岁。爸爸吸毒进去了，妈妈跑了，跟他{{trap/word:亲戚}}{{han:戚桂兰}}过，{{han:戚桂兰}}是他姑奶奶，六十八了还在菜场卖菜。社区有个关爱{{trap/word:项目}}，每周给他补课。孩子在学校学了{{trap/famous:项羽}}，跟同学讲他是霸王的后代，同学都不信。
访谈者：第四户？
受访者：{{han:时小满}}，女，十二，妈妈精神残疾，爸爸在外面打工不管家。{{trap/word:有时候}}{{han:时小满}}一个人在家过夜，煮泡面吃。她家住{{address:顺河街道来龙路东三巷7号}}。区社工站派了{{compound:鲜于明辉}}跟她，{{compound:鲜于明辉}}每礼拜三去。
访谈者：第五户？
受访者：户主是奶奶{{han:来凤英}}，{{han:来凤英}}来社区找过我三回，她是{{trap/place:来龙镇}}人。孙子聋哑，两项补贴去年办下来了。孩子在{{trap/org:宿迁市特殊教育学校}}住校，一个月回来一趟，回来就比划着跟奶奶说学校的事。
访谈者：您平时怎么走访？
受访者：每个孩子一季度至少上门一回，看吃的、住的、上学、身体，拍照传到系统里。系统有时候卡，一张照片传半小时，我就坐在人家门口等。{{han:侍奶奶}}不会用智能手机，她的钱到没到，都是我拿存折去查。
访谈者：孩子们跟您亲吗？
受访者：亲的亲，躲的躲。{{han:项天佑}}见我就跑，他怕我是来带他走的。有一回我在他学校门口等了一个钟头，他才肯跟我说话，问我他爸啥时候出来。我说你好好念书，你爸出来头一个看的就是你的成绩单。
访谈者：社区有专门的地方吗？
受访者：有个儿童之家，两间屋，一屋图书，一屋活动。周末{{compound:鲜于明辉}}来带孩子们做手工、讲故事，{{han:时小满}}最爱来，来了就不走，晚饭都在这吃。
访谈者：经费够吗？
受访者：不够。儿童主任一个月补贴三百，街道给儿童之家一年几千块办活动，买几回书就没了。好在{{trap/org:宿迁市慈善总会}}每年“六一”给孩子们送书包、送文具，超市也捐。我自己家的旧衣服、旧书，也都拿来了。
访谈者：您手机上这些号码呢？
受访者：我念，你记：{{han:侍奶奶}}{{mobile@plus86}}，{{han:戚桂兰}}{{mobile@p86h}}，{{han:来凤英}}的{{mobile@fws}}。
访谈者：身份证号呢？
受访者：{{han:侍雨萱}}的{{id_number@wy2016fwspaced.321311}}，{{han:项天佑}}的{{id_number@my2015x.321311}}，{{han:时小满}}的{{id_number@wy2013spaced.321311}}。
访谈者：平时谁帮得最多？
受访者：区电视台做{{trap/word:新闻}}的{{compound:闻人晓蕾}}拍过一回，社会上捐了不少。清真超市的回族老板{{minority/hui:哈三乃}}每月送米送油。{{han:侍雨桐}}想考{{trap/org:宿迁中学}}，说考上了要当医生，给奶奶治腿。她在QQ{{qq:639271580}}上常问我作文题，我哪会？就转给{{compound:鲜于明辉}}。
访谈者：台账上的名字都对吗？
受访者：错得多。街道下发的名单把{{spaced:侍 雨 萱}}分开写，{{spaced:闻　人　晓　蕾}}也是一个字一个空，{{spaced:项天 佑}}中间空一格。核一回就得一下午。
访谈者：您的联系方式？
受访者：电话{{mobile@s74}}，工作微信{{wechat:huanlj-yunhewan}}。
访谈者：您自己家里呢？
受访者：我儿子上高三，老公在{{trap/place:洋河}}酒厂上班，三班倒。我晚上回去还得给儿子做夜宵。他说妈你管别人家孩子比管我上心。我说你有爸有妈，他们没有。他不吭声了，后来自己报名当了儿童之家的志愿者，周末来教孩子们下象棋。
访谈者：干这个最难的是什么？
受访者：最难是见不得孩子受罪。{{han:时小满}}那年冬天发烧，一个人在家烧了两天，我去的时候她脸都红了。后来我跟她爸讲，你再不回来，我就报警。他才回来了半个月。说到底，孩子不是台账上一行字，是一个一个的人。
""")

# H1534: Han civil-affairs clerk of 寨前镇 (桂东) going through her cases.
DOCS["H1534"] = ("staff", """\
访谈者：{{han:首干事}}，您在民政办管哪一块？
受访者：低保、特困、孤儿、事实无人抚养，都归我。我叫{{han:首丽萍}}，{{trap/place:寨前镇}}民政办的，干了九年。{{trap/word:首先}}讲清楚，我们这里山多人散，一户一户跑，一个礼拜跑不完一个村。
访谈者：现在跟着的有多少孩子？
受访者：困境儿童四十一个，孤儿六个，事实无人抚养十九个。我拿本子给你念几户。
访谈者：好。
受访者：塘头村{{minority/tibetan:俄色拥宗}}家，四川嫁过来的，男人{{han:康定军}}矿上出事截了腿，两个娃娃{{minority/tibetan:康翁堆}}、{{minority/tibetan:康康珠}}，都是困境儿童。{{minority/tibetan:俄色拥宗}}这个人要强，从不跟我们叫苦。去年她男人住院，她一个人带着儿子去郴州，在医院走廊睡了半个月。
访谈者：第二户？
受访者：东坑村{{han:谭正华}}，{{han:谭正华}}正在坐牢，判了七年，老婆喝农药没了。一个女崽{{han:谭诗涵}}，十岁，跟外婆{{han:扶桂香}}过，事实无人抚养，每月{{trap/number:一千五百四十元}}。外婆眼睛看不清，签字都是按手印。崽成绩好，作文写《我的外婆》，在县里得了奖，外婆听不懂，只晓得笑。她们住{{address:寨前镇东坑村三组14号}}。
访谈者：第三户？
受访者：{{han:曹得胜}}得了尿毒症，一个礼拜透析三回，老婆跑了。儿子{{han:曹梓骞}}读{{school:寨前镇中学初二（4）班}}，成绩蛮好。{{han:曹得胜}}讲，他要是走了，崽就托给政府。
访谈者：还有吗？
受访者：{{han:郭再兴}}家。{{han:郭再兴}}再婚以后不管前头两个崽，我们上门做了三回工作冇用，后来报了事实无人抚养，两个崽跟爷爷过。大的在{{school:桂东县第三中学七年级（2）班}}，爷爷七十八了还在种田，她周末回来帮着插秧。
访谈者：审核谁把关？
受访者：县民政局管{{trap/word:资料}}的{{han:资卫国}}，错一个字都打回来。我刚来那年被他退了十几回表，现在熟了，他讲我是全县填表填得最干净的。镇上联系这块的是{{compound:司马光明}}，细伢子见了他就问，叔叔你砸过缸冇？他讲，{{trap/famous:司马光}}是我老祖宗。
访谈者：钱是怎么发的？
受访者：打到监护人的一卡通上。{{han:扶桂香}}不识字，我每季度陪她去{{trap/org:桂东农商银行}}打一回流水。
访谈者：山里跑一户要多久？
受访者：远的村，骑摩托一个多钟头，路窄，一边是山一边是沟。去年发大水，东坑村的路冲断了，我跟村干部走了三个钟头进去，给{{han:扶桂香}}送米送药。她拉着我的手不放，讲妹子，你是我亲人。
访谈者：孤儿都是亲戚养吗？
受访者：大多数是。六个孤儿里五个跟爷爷奶奶、外公外婆或者舅舅姑姑，一个送去了{{trap/org:郴州市儿童福利院}}。能在亲戚家长大的，我们尽量不送，崽在熟人堆里长大，心里踏实。
访谈者：孩子们晓得自己领的是什么钱吗？
受访者：大的晓得。{{han:曹梓骞}}问过我，阿姨，这钱我长大了要还吗？我讲不用还，是国家给你的，你把书读好就是还了。他听了冇讲话，那个学期期末考了全年级第三。
访谈者：这几年政策有什么变化？
受访者：变化大。以前只有孤儿有钱，现在事实无人抚养也有了，标准跟孤儿一样，重病重残家庭的崽也纳进来了。就是材料多，一户一摞，我办公室的柜子都塞满了。
访谈者：这些户的号码您核过吗？
受访者：核过。{{han:谭诗涵}}的身份证{{id_number@wy2015spaced.431027}}，外婆{{han:扶桂香}}的{{id_number@wold.431027}}，{{han:曹梓骞}}的{{id_number@my2011fw.431027}}。{{han:扶桂香}}冇得手机，留的是隔壁邻居的{{mobile@spaced}}。
访谈者：表上名字有写错的吗？
受访者：有。县里系统把{{spaced:俄 色 拥 宗}}拆开了，{{spaced:谭正 华}}中间多一格，{{spaced:司　马　光　明}}一个字一个空，打出来像四个人。
访谈者：有没有让您特别难受的事？
受访者：有。前年有个崽，爸爸出去打工十年冇音信，妈妈改嫁，跟奶奶过。奶奶走了以后，他一个人守着屋，十四岁，每天自己煮饭上学，硬是冇跟人讲。是学校老师发现他三天冇换衣服，才报上来的。我去的时候，灶台上一碗冷饭，上面盖着一张作业纸。后来给他报了事实无人抚养，送到镇上中学寄宿，现在读高中了，放假还来办公室看我。
访谈者：您的联系方式？
受访者：手机{{mobile@fullwidth}}，微信{{wechat:shoulp_zhaiqian}}，QQ{{qq:80531967}}。
访谈者：这个工作最难的是什么？
受访者：最难的是“事实无人抚养”要查实。爸爸在不在、管不管，都要凭据，派出所、法院、村里一家一家开证明。证明开齐了，崽都大一岁了。可这个手续不能省，省了就怕有人钻空子，钱到不了真正要钱的崽手里。
""")

# H1535: Han school counsellor of the central primary school of 大兴镇 (宿豫) talking about the children she follows.
DOCS["H1535"] = ("staff", """\
访谈者：{{han:问老师}}，辅导室平时来的孩子多吗？
受访者：多。我姓问，{{trap/word:问题}}的问，叫{{han:问雅琴}}，在{{trap/org:大兴镇中心小学}}当专职心理老师四年了。孩子们有事就来找我，我这个人也爱问，一问就问出事来。
访谈者：困境儿童您跟了几个？
受访者：全校二十三个，我挑几个讲。{{minority/mongolian:笪格根塔日娜}}，五年级，蒙古族，花名册上六个字，同学背后喊她“小蒙古”，她哭着来找我。我跟她讲，你的名字是明亮的意思，多好听。{{minority/mongolian:根根}}她后来在班会上讲了自己的名字，再没人笑。她弟弟{{minority/mongolian:小胡}}在花园小学，周末姐弟俩来辅导室摆过沙盘。她妈妈{{minority/mongolian:乌达}}来开家长会，坐在最后一排，开完了拉着我的手不放。
访谈者：还有呢？
受访者：{{han:来俊杰}}，{{school:大兴镇中心小学四（3）班}}，爸妈在{{trap/place:昆山}}打工，跟爷爷过。{{han:来俊杰}}来了辅导室不说话，拿圆规在胳膊上划。是他们班{{trap/word:语文}}{{compound:宇文老师}}先发现的，{{compound:宇文老师}}把他领到我这儿。我给他爷爷{{han:来德旺}}打电话，爷爷讲男孩子划两下怕啥。后来我跟村里的{{han:缪秀芹}}一起上门，才把关爱申请交上去。现在他胳膊上的疤淡了，下课会跟同学去踢毽子了。
访谈者：服刑人员的孩子有吗？
受访者：有。{{han:厉思雨}}，{{school:大兴镇中心小学六（1）班}}，爸爸在里面，她不许任何人提。有一回同桌说漏了嘴，{{han:厉思雨}}把人家的书撕了。我让她在沙盘里摆她的家，她摆了一个小人站在铁门外面。我没骂她，陪她坐了一节课，她才说，她怕别人知道了不跟她玩。她妈妈在{{trap/place:苏州}}厂里，我跟她视频，她讲，{{han:问老师}}，你多担待。
访谈者：还有别的孩子吗？
受访者：有个回族女孩，爸爸在{{trap/place:宁夏}}病故了，妈妈带她嫁到大兴镇，学校名册上跟了继父的姓，写作{{minority/hui:仲海迪彻}}。她不爱说话，只肯跟我摆沙盘。
访谈者：还有吗？
受访者：{{han:缪天麟}}，三年级，爸爸尿毒症，妈妈走了。他妈走那天他追着车跑了半里路，现在提到妈妈就不吭声。学校后面是{{compound:端木晓东}}家苗圃，{{compound:端木晓东}}让{{han:缪天麟}}放学去浇花，一回给十块，孩子高兴得不得了，见人就讲他会挣钱了。
访谈者：辅导室里都有些什么？
受访者：一张沙盘，一柜子沙具，两个懒人沙发，墙上贴着孩子们画的画。沙具有小房子、小动物、小人、小桥、小船，孩子们最爱拿的是小房子。孩子不愿意说话，就让他摆沙盘、画画，摆出来、画出来的，比嘴上说的真。
访谈者：您怎么发现需要帮的孩子？
受访者：每学期开学做一次心理筛查，问卷、班主任观察，我自己也去每个班听课。留守的、单亲的、家里有人坐牢的、爸妈有重病的，我都建个册，一个月至少谈一回。{{trap/org:宿豫区教育局}}每年还组织我们去培训。
访谈者：跟社区、民政怎么配合？
受访者：学校里的事我管，家里的事要靠儿童主任和社工。我们在一个微信群里，哪个孩子这几天不对劲，群里说一声，儿童主任放学就上门。区里社工{{compound:申屠静雯}}也来给孩子们上过团体课，讲怎么交朋友。
访谈者：家长会来找您吗？
受访者：来得少。爷爷奶奶觉得心理老师是看“神经病”的，不愿意来。我就换个说法，请他们来学校喝茶，拉拉家常，慢慢就来了。{{han:来德旺}}后来也来了，坐了一下午，走的时候说，{{han:问老师}}，俺孙子就交给你了。
访谈者：这些孩子的资料您怎么管？
受访者：一人一个档案袋，班级、监护人、电话、谈了几回都在里面，锁在铁皮柜里。比如{{han:缪天麟}}，身份证{{id_number@my2016tri.321311}}，家在{{address:宿豫区大兴镇朱瓦村七组19号}}，他爸电话{{mobile@hyphen}}。{{han:厉思雨}}只肯在QQ上跟我说话，她QQ是{{qq:430981276}}，身份证{{id_number@wy2013hyphen.321311}}。{{han:来俊杰}}的QQ是他自己写给我的：{{qq:5820417693}}。
访谈者：档案上的名字有写错的吗？
受访者：有。家长信息里{{spaced:端 木 晓 东}}被拆成四个字，{{spaced:来 俊 杰}}也是，{{spaced:厉　思雨}}中间空了一格，还有一张写成{{spaced:缪　天　麟}}。
访谈者：您的联系方式？
受访者：电话就不留了，微信{{wechat:wenyaqin_xl}}，家长加我都写孩子名字。
访谈者：做这个工作，您自己怎么调节？
受访者：听多了孩子的苦，晚上回家也睡不好。心理老师也要找人说，区里每个月组织一回督导，大家坐在一起讲案例，讲完了心里松一点。我还养了一盆绿萝，孩子们来了就给它浇水，说是替我照顾它。周末我去{{trap/place:骆马湖}}边上走一走，看看水，回来又能接着干。
访谈者：这几年最放心不下的是谁？
受访者：放心不下的多。要说一个，最让我夜里睡不着的，还是{{han:厉思雨}}。她才十二岁，心里压的东西比大人还多。
""")

# H1536: Han cadre of the women's federation of 桂东 county: 春蕾计划, the 儿童之家 and the 12338 hotline.
DOCS["H1536"] = ("staff", """\
访谈者：{{han:尹主席}}，妇联在困境儿童这块做些什么？
受访者：我叫{{han:尹晓帆}}，{{trap/org:桂东县妇联}}的副主席。我们管女娃娃和妈妈这一头：{{trap/word:春蕾计划}}、村里的儿童之家，还有维权热线{{trap/hotline:12338}}。
访谈者：春蕾计划今年资助了谁？
受访者：全县四十个女娃娃。沤江镇{{han:锁爷}}家的孙女{{minority/hui:锁苏菲耶}}是今年新纳进来的，每学期一千块。{{minority/hui:苏菲耶}}她写了封感谢信，字歪歪扭扭，最后一句是“我长大了也帮别人”。信我们贴在妇联办公室的墙上，来的人都要看一眼。她爷爷是回族，年纪大了，我们跟{{han:阙美华}}商量好，每月上门一回。
访谈者：少数民族妈妈也参加你们的活动吗？
受访者：参加。寨前镇的{{minority/tibetan:俄色拥宗}}来学了巾帼茶艺，学会了做{{trap/word:玲珑茶}}，现在厂里一天多给她五十块。她女儿{{minority/tibetan:益西康珠}}跟着来，坐在桌子底下玩，大家都喊{{minority/tibetan:小康珠}}。一起学的还有内蒙古嫁过来的{{minority/mongolian:毕其格玛}}、宁夏嫁过来的回族妈妈{{minority/hui:若凯娅}}。
访谈者：热线上接到过孩子的事吗？
受访者：接到过。去年腊月，沙田镇的{{han:从春梅}}半夜打进来，她男人喝了酒拿柴刀砍门。{{han:从春梅}}{{trap/word:从来}}不哭的一个人，电话里哭得讲不出话。我们连夜联系{{trap/org:沙田派出所}}，第二天帮她申请了人身安全保护令。帮她打官司的律师一分钱没收。
访谈者：孩子们呢？
受访者：两个女崽，大的{{han:邝梓涵}}在{{school:沙田镇中心小学五（1）班}}，小的{{han:邝梓萌}}在{{school:沙田镇中心幼儿园大（2）班}}。{{han:邝梓涵}}喊她妈喊了一夜，后来一听见摩托车响就往床底下钻。县里心理咨询师{{compound:皇甫若谷}}陪了她半年，现在好多了，上个月还在学校的演讲比赛上拿了奖。
访谈者：还有哪些难的？
受访者：{{han:万杏娥}}，七十五，带三个孙，儿子儿媳都在外面冇音信。她讲，{{trap/word:万一}}哪天我倒了，三个崽怎么办。最大的十二，最小的五岁，大的放学回来先喂猪再写作业。我们给三个崽都报了事实无人抚养。村里儿童之家缺人，{{trap/word:于是}}{{han:于小琴}}自己报了名，她是退休老师，天天下午去带崽写作业。{{han:于小琴}}讲，她一个人在家也是闲着，跟崽们在一起，人都年轻了。
访谈者：儿童之家平时做些什么？
受访者：全县建了一百多个，放学后、寒暑假开门，有图书、有玩具，有志愿者带着写作业。每年暑假我们搞女童保护课，教女娃娃哪些地方别人不能碰，遇到事情跟谁讲。山里有的奶奶不识字，我们就把课讲给奶奶们听。
访谈者：妈妈们呢？
受访者：困境儿童的妈妈，多半自己也难。我们办巾帼茶艺、家政培训，让她们在家门口有份收入。{{han:从春梅}}现在在茶叶合作社做包装，一个月两千多，两个女崽跟着她，日子慢慢稳了。
访谈者：热线一年接多少？
受访者：一年几百个，婚姻家庭的多，涉及孩子的有几十个。能调解的调解，调解不了的转派出所、转法院，跟民政一起把孩子安顿好。
访谈者：您自己有什么难处？
受访者：人少事多。妇联就几个人，全县三百多个困境儿童家庭，要靠村里的妇联执委、儿童主任，还有志愿者。有时候夜里接到热线，一个人开车进山，心里也怕。
访谈者：登记的信息方便说吗？
受访者：表上写的，{{han:从春梅}}现在住{{address:桂东县沙田镇龙溪村五组3号}}，{{han:万杏娥}}家在{{address:桂东县清泉镇上洞村二组26号}}。{{han:从春梅}}的身份证{{id_number@wy1990x.431027}}，{{han:邝梓涵}}的{{id_number@wy2014plain.431027}}，电话{{mobile@plus86}}。我的电话{{mobile@s434}}，微信{{wechat:yinxf-gdfl}}，QQ{{qq:1209487356}}。{{han:于小琴}}的微信{{wechat:wxid_7p3k9d2m5x}}。
访谈者：春蕾女娃娃们后来怎么样？
受访者：大多数读出来了。前几年资助的一个女娃娃，爸爸坐牢，妈妈走了，跟着外婆长大，后来考上了{{trap/org:湖南师范大学}}，毕业回桂东当了老师，现在自己每月也拿出两百块资助一个女娃娃。她讲，当年有人拉了她一把，她也要拉别人一把。我们做这个工作，最高兴的就是听到这样的话。
访谈者：跟民政、学校怎么配合？
受访者：县里有个困境儿童联席会，民政、教育、公安、妇联、团委每季度坐一回，一个一个过名单。学校发现孩子不对劲，报给儿童主任；儿童主任报镇里，镇里报县里，我们妇联管妈妈那头，谁都不能推。
访谈者：名字在表上写错过吗？
受访者：错过。保护令的申请表上她写成{{spaced:从 春 梅}}，咨询师的名字写成{{spaced:皇　甫　若　谷}}，小的那个写成{{spaced:邝梓 萌}}。
访谈者：最后您想说什么？
受访者：困境儿童背后，多半有一个难处的妈妈。把妈妈帮起来，崽才有靠。这些年我最佩服的，是{{han:从春梅}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1529,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout192",))


if __name__ == "__main__":
    main()
