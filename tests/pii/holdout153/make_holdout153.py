# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 153 (tests/pii/holdout153/H1209-H1216 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 152, written at the same time, is not
an earlier set).

Set 153 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
汨罗 and 韶山 (Hunan): a Mongolian grandmother from 正蓝旗 raising her grandson in 屈子祠镇 (汨罗) after her son was
jailed and his Han wife left; an Amdo Tibetan mother from 玛曲 who cleans rooms in a 韶山 guesthouse, raising a boy
with a cleft palate whose Han father left them; a Uyghur father from 伽师 who sells roast lamb in 归义镇, his wife
gone back to 喀什; a Hui grandfather from 临夏 raising the three children of his dead son in 清溪镇 (韶山); a Han
儿童主任 in 新市镇 reading out her register; a Han social worker in 银田镇 who keeps up with the families on WeChat; a
Han grandmother in 长乐镇 raising a deaf granddaughter with a cochlear implant; and a Han head teacher in 罗江镇
talking about twins whose father fell from a scaffold. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names used whole (孟和那顺, 苏米亚其其格, 萨楚拉图她)
and with a short form after the full name (斯琴德力格玛 then 德力格玛, 敖斯尔巴图 then 敖斯尔, 玛尼巴达拉 then
巴达拉他), a Han surname before a Mongolian given name (鲍敖斯尔, the jailed father's Han surname on the school list)
and the Han name and forms of address of the same family (鲍建平他, 鲍娭毑, 小鲍); Amdo Tibetan names of 玛曲 (勒毛措,
才让德却, 华秀吉她, 赛毛草, 什加才让) with short forms and a nickname (勒毛, 德却, 尕德却), a Han surname before a
Tibetan given name (庞德却, after the Han father) and a Tibetan name starting with 才 after 和 (我和才让德却); Uyghur
given name + father's name with the dot (阿不力孜·穆太力甫, 买热木古丽·吐迪, 依拉木·阿不力孜, 吐尼萨·阿不力孜,
沙塔尔·亚库普) and single, short and affectionate forms (阿不力孜, 依拉木他, 吐尼萨, 吐尼萨汗, 买热木古丽, 沙塔尔他,
吐尔逊娜依, 瓦力斯); Han-form Hui names (妥振西, 妥文斌, 马秀贞, 妥雅琴, 妥子豪, 冶生贵阿訇) beside 经名 used alone
(伊布拉黑麦, 尕西姆, 海迪且, 素麦叶她, 纳绥尔, 哈木宰, 奥贝德) and after the family's Han surname (妥纳绥尔, 妥哈木宰);
Han names with common and rare surnames of the region (湛, 晏, 喻, 卜, 扶, 冷, 颜, 聂, 粟, 敖, 游, 匡, 屈, 熊, 卢, 伍,
凌, 左, 汤, 舒, 黎, 任, 彭, 易, 谭, 龙, 毛, 庞, 甘, 符); surnames that are also ordinary words, and given names that
start or end with such a word, next to grammar words (我和和鸣远, 跟向菊英, 向小禾, 都晓蕙都三十九了, 周有根有空,
邹也平也是, 喻成就就住, 找能翠娥，能办的, 还长庚还帮我, 彭谦让让我们, 谭友才才学会) beside ordinary words that start
with a surname character of the voices (毛巾 beside 毛冬梅, 向日葵 beside 向小禾, 熊猫 beside 熊若彤, 文化 and 文弱
beside 文淑娴, 易拉罐 beside 易高山, 任性 beside the 任 twins); names that contain words (任海洋, 喻长生, 易高山,
汤圆圆, 喻成就, 彭谦让); titles and kin words after names (符丽纹老师, 汤美玲老师, 聂文韬医生, 冶生贵阿訇, 欧阳墨白律师,
满娥娭毑; the span is the name only), a surname with only a title or kin word, annotated whole (鲍娭毑, 卜老师, 喻警官,
扶医生, 颜老师, 匡老师, 匡校长, 卢娭毑, 李娭毑, 严师傅, 钟师傅, 黎老师, 湛爹爹, 甘满爹, 妥嗲嗲, 谭嗲嗲, 汤嫂子),
Hunan nicknames and forms of address, annotated whole (芸妹子, 凌妹子, 钟伢子, 小鲍); names directly before particles,
pronouns and verbs (巴达拉他, 萨楚拉图她, 鲍建平他, 聂文韬他, 华秀吉她, 依拉木他, 沙塔尔他, 素麦叶她, 游子豪他,
任思齐他, 熊若彤也, 龙佳怡她, 喻长生还) and after 叫/是/给/跟/找/让/和 (叫湛秋莲, 是庞德却, 转给彭卫东, 跟向菊英,
找能翠娥, 让任思贤, 我和和鸣远), and names closing the last sentence (全靠湛秋莲。, 找我伍翠屏。, 多亏了凌冬梅。,
再找晏丽芳。); names spaced out character by character in half- and full-width spaces (斯 琴 德 力 格 玛, 萨 楚 拉 图,
才 让 德 却, 妥 纳 绥 尔, 皇 甫 一 诺, 端 木 子 衿, 司 马 婉 汀, 宇 文 星 野, 屈　梦　菡, 素　麦　叶, 喻 芸, 喻　芸), a
dotted name spaced out character by character (吐 尼 萨 · 阿 不 力 孜) and one with spaces around the dot
(依拉木 · 阿不力孜), and names split in two (敖斯尔　巴图, 特古斯 朝鲁, 庞　德却, 什加 才让, 伊布拉 黑麦, 阿不力孜
穆太力甫 with a space for the dot, 游子 豪, 南宫　知秋, 谭紫 萱, 任思 贤, 欧阳　墨白); compound surnames after ordinary
words (欧阳, 闻人, 夏侯, 钟离, 上官, 公冶, 东方, 慕容, 皇甫, 令狐, 诸葛, 南宫, 百里, 端木, 司马, 申屠, 澹台, 宇文 after
的/叫/律师/社工/志愿者/同事/督导是/站长叫/管心理的是/康复师/心理老师); and numbers read out and written the many ways
people do (an ID read out in threes, IDs in full width and full width spaced, QQ numbers in full-width digits, a
mobile with `+86` and no space, twins' IDs with the same birth date).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:湛秋莲}}``, ``{{qq:62038159}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014tri.653129}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, fullwidth,
                                   s38, h38, s74, s434, p86h, p86n, fws); the younger twin's ID is given literally
                                   (same birth date as his brother's, its own check digit);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 律师, 娭毑) and a particle,
pronoun or verb written directly after a name (他, 她, 也, 都, 就, 还, 才, 有, 让, 说) are outside the span; a surname
with only a title or kin word (鲍娭毑, 卜老师, 湛爹爹, 妥嗲嗲, 甘满爹) and a Hunan nickname or form of address (芸妹子,
凌妹子, 钟伢子, 小鲍) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui people (鲍建平, 妥振西,
妥雅琴, 马秀贞) are category han; a Han surname before a non-Han given name (鲍敖斯尔, 庞德却, 妥纳绥尔, 妥哈木宰) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout153/make_holdout153.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(153_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176",
                   "181", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1209: Mongolian grandmother from 正蓝旗 raising her grandson in 屈子祠镇 (汨罗) after her son was jailed.
DOCS["H1209"] = ("family", """\
访谈者：奶奶，您是从内蒙古过来的？
受访者：{{trap/place:正蓝旗}}来的，坐火车两天两夜。我叫{{minority/mongolian:斯琴德力格玛}}，汉话说不好，你慢慢问。老家的人叫我{{minority/mongolian:德力格玛}}，这边邻居记不住，都喊我{{han:鲍娭毑}}，跟着孙子的姓。
访谈者：怎么到汨罗来了？
受访者：儿子{{minority/mongolian:特古斯朝鲁}}十年前跟工程队来{{trap/place:汨罗}}修高速，身份证上的汉名叫{{han:鲍建平}}。他在这边找了媳妇{{han:黎春红}}，生了孙子。前年他喝了酒开车撞了人，判了六年，关在{{trap/place:岳阳}}。媳妇第二年就走了，电话也不接。孙子没人管，村干部打电话到{{trap/minority_word:嘎查}}，我就来了。
访谈者：老家还有谁？
受访者：老伴{{minority/mongolian:孟和那顺}}走了五年了。羊交给我弟弟{{minority/mongolian:玛尼巴达拉}}看着，{{minority/mongolian:巴达拉}}他也快七十了，腿不好。女儿{{minority/mongolian:苏米亚其其格}}在{{trap/place:上都镇}}开{{trap/minority_word:奶茶}}馆，自己有三个娃娃，每月还给我寄五百块。
访谈者：孙子多大了？
受访者：九岁。蒙古名是他爷爷起的，叫{{minority/mongolian:敖斯尔巴图}}，我叫他{{minority/mongolian:敖斯尔}}。学校名单上写的是{{minority/mongolian:鲍敖斯尔}}，同学喊他{{han:小鲍}}。在{{school:屈子祠镇中心小学三年级（2）班}}，班主任{{han:卜老师}}是个男老师，中午让他在办公室吃饭。
访谈者：谁在帮你们？
受访者：村里的儿童主任叫{{han:湛秋莲}}，她来得最勤，给孙子报了服刑人员子女补助，一个月{{trap/number:九百二十元}}。我户口不在这里，低保办不了，镇民政办的{{han:晏国栋}}跑了好几趟{{trap/org:汨罗市民政局}}，给孙子办了事实无人抚养。隔壁的{{han:向菊英}}教我用电饭锅，跟{{han:向菊英}}学了两年，汨罗话我能听懂一半了。市社工站的{{compound:欧阳湘云}}每个月来一回，还带过一个实习的小伙子叫{{compound:闻人书阳}}，给孙子补语文。
访谈者：语言不通，办事怎么办？
受访者：最难就是这个。{{han:湛秋莲}}说的我听不懂，我说的她也听不懂，两个人比划。后来{{compound:欧阳湘云}}找到一个在{{trap/place:长沙}}读研究生的蒙古族姑娘{{minority/mongolian:萨楚拉图}}，有事就打视频，她给我们翻译。{{minority/mongolian:萨楚拉图}}她放假还来看过我们，给孙子带了{{trap/minority_word:奶豆腐}}。
访谈者：孙子在学校怎么样？
受访者：刚来那年不说话，同学笑他不吃辣椒。{{han:卜老师}}让他在班会上讲草原，讲套马、讲下大雪，同学们听呆了，后来都围着他转。作业我看不懂，{{han:卜老师}}就发语音给那个翻译姑娘，她再讲给我听。
访谈者：孙子的妈妈还联系吗？
受访者：去年过年打来一回电话，问孙子长多高了，说她在外面也难。{{minority/mongolian:敖斯尔}}接过电话，叫了一声妈，就跑出去了，在田埂上坐到天黑。我不怪她，她年轻，守不住。{{minority/mongolian:特古斯朝鲁}}在里面托人带话，让我告诉孙子，爸爸对不起他。
访谈者：去看过儿子吗？
受访者：去过两回，{{han:湛秋莲}}陪着。隔着玻璃，{{han:鲍建平}}他一句话说不出来，就哭。狱警{{han:喻警官}}让我们多说了五分钟。法律援助的律师{{compound:夏侯敏之}}说，表现好能减刑。
访谈者：孙子在这边过得惯吗？
受访者：开头不惯。他只会说汉话，我只会说蒙古话，吵架都吵不起来。现在他会叫我{{trap/minority_word:额么格}}了，我也会说“吃饭”“写作业”。端午节学校讲{{trap/famous:屈原}}，他回来讲给我听，我给他讲{{trap/famous:成吉思汗}}。夏天想带他回去看{{trap/minority_word:那达慕}}，路费不够。
访谈者：您自己身体怎么样？
受访者：血压高，膝盖疼。这边潮，一下雨骨头就酸。村卫生室的{{han:扶医生}}每个月给我量一回血压，药是{{han:湛秋莲}}帮我去镇上拿的。我最怕自己倒下，孙子又没人管。晚上他睡着了，我坐在床边看着他，想他爷爷。
访谈者：钱够用吗？
受访者：补助加上女儿寄的，够吃饭。我在镇上捡纸壳子卖，一天十几块。过年女儿寄来一箱牛肉干，孙子拿去学校分给同学，同学们说好吃，他高兴了好几天。去年冬天屋里没暖气，比老家还难熬，{{han:晏国栋}}送来两床被子。
访谈者：登记的信息请您说一下。
受访者：这边住{{address:汨罗市屈子祠镇双楚村五组18号}}，老家是{{address:正蓝旗上都镇查干淖尔嘎查二组7号}}。我的身份证{{id_number@wy1955spaced.152530}}，孙子的{{id_number@my2016fullwidth.430681}}。我用的是女儿买的老人机，号码{{mobile@s434}}，{{han:湛秋莲}}的电话{{mobile@plain}}。{{minority/mongolian:萨楚拉图}}的微信是{{wechat:sachulatu_hnsd}}。孙子有个QQ，玩游戏用的，号码他念了三遍我才写下来：{{qq:5920376148}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:斯 琴 德 力 格 玛}}，医保卡上孙子是{{spaced:敖斯尔　巴图}}，判决书上儿子是{{spaced:鲍 建 平}}，有的表写成{{spaced:特古斯 朝鲁}}。翻译姑娘的名字孙子抄在本子上，写成{{spaced:萨 楚 拉 图}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，把孙子带回草原看看。这两年，全靠{{han:湛秋莲}}。
""")

# H1210: Amdo Tibetan mother from 玛曲 who cleans rooms in a 韶山 guesthouse, raising a boy with a cleft palate.
DOCS["H1210"] = ("family", """\
访谈者：阿姐，您在这家民宿做了多久？
受访者：三年了，打扫房间、换床单。我叫{{minority/tibetan:勒毛措}}，老家{{trap/place:玛曲}}，{{trap/place:黄河}}第一道弯那里。老板娘{{han:毛冬梅}}叫我{{minority/tibetan:勒毛}}。旺季一天收拾二十几间房，{{trap/word:毛巾}}、床单一车一车地推，来看{{trap/famous:毛主席}}故居的客人多。
访谈者：怎么来到韶山的？
受访者：孩子他爸{{han:庞志勇}}是{{trap/place:湘潭}}人，在{{trap/place:若尔盖}}开车拉游客，我们在那边认识的。儿子生下来是唇腭裂，他爸看了一眼就走了，后来离了婚。草原上治不了，听说湖南能做手术，我就照着他留下的地址找到{{trap/place:韶山}}。他家里人不认，我就留下来打工。
访谈者：儿子叫什么？
受访者：藏名{{minority/tibetan:才让德却}}，是寺里的{{trap/minority_word:阿卡}}起的。户口落在这边，学校写的是{{minority/tibetan:庞德却}}，跟他爸姓。我们老家喊小孩爱带个“尕”字，我喊他{{minority/tibetan:尕德却}}，老板娘跟着喊{{minority/tibetan:德却}}。七岁了，在{{school:韶山乡中心小学一年级（3）班}}。
访谈者：孩子他爸那边的亲戚呢？
受访者：他奶奶住在{{trap/place:湘潭县}}，我抱着孩子去过一回，门都没让进。是他姑姑{{han:庞雪芬}}追出来塞给我两千块，说她哥对不起我们。{{han:庞雪芬}}现在每年过年给孩子买一身新衣服，别的亲戚不来往。
访谈者：手术做了吗？
受访者：做了一次，是{{trap/org:微笑列车}}出的钱，在{{trap/org:湘雅二医院}}。主刀的{{han:聂文韬}}医生说还要做一次腭裂修补，再做语音训练。{{han:聂文韬}}他说话慢，我听得懂。现在{{minority/tibetan:德却}}说话还漏风，同学学他，他回来不吭声。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:冷玉霞}}帮他办了残疾证，拿残疾人两项补贴，又报了困境儿童，一个月加起来{{trap/number:七百四十元}}。{{han:冷玉霞}}说唇腭裂也算残疾，我以前不知道。班主任{{han:颜老师}}每天放学陪他读课文，一个字一个字地教。残联康复部的{{compound:钟离雨棠}}给他联系了语音训练，社工站的{{compound:上官雪芮}}每周来陪他玩沙盘。
访谈者：孩子在学校有朋友吗？
受访者：开头没有。他说话别人听不清，就不说，下课一个人蹲在操场边上看蚂蚁。{{han:颜老师}}让他当小组长，收作业本，要喊名字，他只好开口，慢慢地同学们听惯了。现在有两个好朋友，放学一起在民宿门口的池塘边捉蝌蚪，回来一身泥，我骂他，他就笑，嘴巴上的疤一扯一扯的。
访谈者：语音训练做得怎么样？
受访者：每个礼拜六去市里，老师教他吹泡泡、吹纸条，练舌头。回来我陪他练，他不耐烦，我就唱老家的歌哄他。他现在会说“阿妈”“老师”，说得清清楚楚。上回他在电话里跟外婆说了一句藏话，外婆在那头哭了。
访谈者：民宿的活累吗？
受访者：累。早上七点到，先收退房的房间，下午洗床单，晚上叠被子。老板{{han:毛建湘}}人厚道，旺季他自己也拿扫把，还让我们娘俩住后院的杂物间，不收钱。有的客人把房间弄得一塌糊涂，也有好心的，看我带着孩子，走的时候在枕头底下留一百块钱。老板娘总说，{{minority/tibetan:勒毛措}}你别太苦自己，我说不苦，比放牛轻松。
访谈者：您一个人带孩子，忙得过来吗？
受访者：忙不过来。家里就我和{{minority/tibetan:才让德却}}两个人，我上班他放学没人管。同在民宿干活的{{minority/tibetan:华秀吉}}是{{trap/place:夏河}}人，{{minority/tibetan:华秀吉}}她早班、我晚班，换着看孩子。老家我阿妈{{minority/tibetan:赛毛草}}七十了，来不了。我哥{{minority/tibetan:什加才让}}在寺里当阿卡，每年寄{{trap/minority_word:酥油}}和{{trap/minority_word:曲拉}}来。
访谈者：孩子想老家吗？
受访者：想。他说要回去骑马、跳{{trap/minority_word:锅庄}}。我给他讲{{trap/famous:格萨尔王}}，他给我背学校里学的诗。过{{trap/minority_word:藏历年}}我给他做{{trap/minority_word:糌粑}}，他吃两口就说还是米粉好吃，我又气又好笑。去年夏天民宿不忙，老板娘放了我半个月假，我带他坐了两天车回玛曲。他骑在外婆的牦牛上不肯下来，走的时候抱着小羊哭。
访谈者：登记信息请您说一下。
受访者：这边住{{address:韶山市韶山乡黄田村枫树组9号}}，老家在{{address:玛曲县阿万仓镇沃特村三社15号}}。我的身份证{{id_number@wy1991hyphen.623025}}，儿子的{{id_number@my2018.430382}}。我电话{{mobile@h38}}，{{han:冷玉霞}}的{{mobile@plus86}}。我的微信{{wechat:lemaocuo_maqu}}，是{{han:毛冬梅}}帮我弄的。{{minority/tibetan:华秀吉}}有个QQ，她把号码写在布草间门上：{{qq:７０４１８２６３９}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。低保表上是{{spaced:勒 毛 措}}，医院把儿子写成{{spaced:才 让 德 却}}，学校的表上是{{spaced:庞　德却}}，我哥的名字寄快递写成{{spaced:什加 才让}}。
访谈者：最后还想说什么？
受访者：等第二次手术做完，带儿子回玛曲，让阿妈听听他说话。
""")

# H1211: Uyghur father from 伽师 who sells roast lamb in 归义镇; his wife went back and did not return.
DOCS["H1211"] = ("family", """\
访谈者：大哥，您这烤肉摊开了几年？
受访者：五年了，就在{{trap/place:归义镇}}步行街口上。我叫{{minority/uyghur:阿不力孜·穆太力甫}}，{{trap/place:伽师}}人。这边的人念不全，都叫我{{minority/uyghur:阿不力孜}}，小孩子叫我新疆叔叔。烤肉要用{{trap/word:红柳}}枝串，{{trap/word:孜然}}是老家寄来的，别人家烤不出这个味道。
访谈者：怎么想到来汨罗？
受访者：以前在{{trap/place:乌鲁木齐}}打工，一个老乡说湖南人爱吃烤串，做的新疆人少。我们一家四口就坐火车过来了，先在长沙，摊位费太贵，又搬到汨罗。刚来那年冬天下雪，我推着车在街上站到半夜，一串也没卖出去。
访谈者：家里几口人？
受访者：现在就我和两个孩子。孩子妈{{minority/uyghur:买热木古丽·吐迪}}前年回了{{trap/place:喀什}}，说回去看她妈，后来跟我离了婚，再没回来。儿子{{minority/uyghur:依拉木·阿不力孜}}十一岁，我们叫他{{minority/uyghur:依拉木}}，在{{school:归义镇城郊小学五年级（4）班}}；女儿{{minority/uyghur:吐尼萨·阿不力孜}}八岁，叫{{minority/uyghur:吐尼萨}}，她奶奶叫她{{minority/uyghur:吐尼萨汗}}，在{{school:归义镇城郊小学二年级（1）班}}。
访谈者：孩子们知道妈妈的事吗？
受访者：知道。{{minority/uyghur:依拉木}}他不提，{{minority/uyghur:吐尼萨}}晚上还哭。{{minority/uyghur:买热木古丽}}有时候打视频，说几句就挂。我妈{{minority/uyghur:吐尔逊娜依}}说，让孩子回伽师，她帮着带。可她七十多了，我弟弟{{minority/uyghur:瓦力斯}}一家种{{trap/word:伽师瓜}}，也忙不过来。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:能翠娥}}，有事就找{{han:能翠娥}}，能办的她都办了，给两个孩子报了困境儿童，每人每月{{trap/number:六百八十元}}，我的低保也批下来了。城管队的{{han:还长庚}}还帮我找了个固定摊位，说别再推着车跑了。儿子的班主任{{han:符丽纹}}老师周末给他补数学。区里的社工{{compound:公冶安澜}}每两周来一回，带女儿画画，她说这孩子心里有事。
访谈者：一个人带两个孩子，最难的是什么？
受访者：女儿的头发。我不会扎辫子，{{minority/uyghur:吐尼萨}}每天早上哭，说同学的辫子都好看。后来是{{han:能翠娥}}的女儿教我的，我拿烤肉的手学扎辫子，学了一个礼拜，现在能扎两根。还有就是孩子生病，摊子不能不出，我就把女儿放在三轮车后面，裹着被子。{{minority/uyghur:依拉木}}大了，会给妹妹冲药。
访谈者：这边的人对您怎么样？
受访者：好的多。街对面卖臭豆腐的{{han:黎冬生}}，下雨天帮我收摊，我请他吃羊肉，他请我吃臭豆腐，我吃不惯，他也吃不惯羊肉，两个人笑。派出所户籍室的{{han:冷慧敏}}帮孩子们办了居住证，孩子才在这边上的学。也有人嫌羊肉膻，我就送他一串尝尝。
访谈者：这边有老乡吗？
受访者：有一个，{{minority/uyghur:沙塔尔·亚库普}}，在{{trap/place:长沙}}打{{trap/minority_word:馕}}。{{minority/uyghur:沙塔尔}}他每个月开车来一趟，给我带羊肉，也带孩子们去清真餐厅吃一顿{{trap/minority_word:抓饭}}。过{{trap/minority_word:古尔邦节}}我们两家一起过。
访谈者：摊子生意怎么样？
受访者：晚上好一点，一晚上卖三四百串。端午{{trap/place:汨罗江}}上划{{trap/word:龙舟}}那几天最好。冬天生意淡，我就去菜市场帮人杀羊。烤肉这个活，夏天站在炉子前面，汗往炭里滴；冬天手冻裂了，沾了孜然疼得钻心。可是孩子要吃饭、要上学，我不烤谁烤。我在老家初中没读完就出来打工，不想孩子们跟我一样。两个孩子放学就在摊子边写作业，烟熏得眼睛红。房东{{han:甘满爹}}看不过去，让他们去他家里写。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，语文差。女儿爱唱歌，六一在台上唱了一首，是我弹{{trap/minority_word:都塔尔}}伴奏的。我给他们讲{{trap/famous:阿凡提}}的故事，他们笑得在床上打滚。女儿的作文写“我的爸爸”，说爸爸身上有烟火的味道，{{han:符丽纹}}老师在班上念了，拍了照片发给我，我在摊子后面看了好几遍。
访谈者：登记信息请您说一下。
受访者：这边租的房在{{address:汨罗市归义镇建设西路46号3栋202室}}，老家在{{address:伽师县卧里托格拉克镇阿热买里村2组31号}}。我的身份证{{id_number@my1984quad.653129}}，儿子的号码我念：{{id_number@my2014tri.653129}}。我电话{{mobile@p86h}}，{{han:能翠娥}}的{{mobile@spaced}}。我的微信叫{{wechat:abulizi_kaorou}}，买肉串的都加这个。儿子有个QQ，他在我手机备忘录里打的：{{qq:１５８３０６２９４７}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。学校把儿子写成{{spaced:依拉木 · 阿不力孜}}，女儿写成{{spaced:吐 尼 萨 · 阿 不 力 孜}}，我的低保表上没有点，写成{{spaced:阿不力孜 穆太力甫}}。
访谈者：您最盼什么？
受访者：盼孩子们把书读好。钱我能挣，书我替不了他们读。
""")

# H1212: Hui grandfather from 临夏 raising three grandchildren in 清溪镇 (韶山) after his son died.
DOCS["H1212"] = ("family", """\
访谈者：爷爷，这拉面馆是您儿子开的？
受访者：是。我叫{{han:妥振西}}，{{trap/place:临夏}}人，回族，经名{{minority/hui:伊布拉黑麦}}。这边街坊都叫我{{han:妥嗲嗲}}，湖南话就是爷爷。儿子{{han:妥文斌}}八年前来{{trap/place:清溪镇}}开了这家面馆。前年冬天他查出胃癌，半年就走了，经名{{minority/hui:尕西姆}}，才三十四岁。老伴{{han:马秀贞}}走得更早，经名{{minority/hui:海迪且}}。
访谈者：儿子生病那段时间怎么过的？
受访者：他在{{trap/org:湘雅医院}}住了三个月，化疗，头发掉光了。我从临夏赶过来，守在医院，面馆关了。钱花了二十多万，医保报了一半，剩下的是老乡们凑的，临夏的亲戚也凑。{{minority/hui:尕西姆}}走之前拉着我的手说，爸，娃娃们交给你了，别让他们断了学。我答应了他。
访谈者：孩子们的妈妈呢？
受访者：媳妇{{han:喇桂芳}}回了临夏，第二年改嫁到{{trap/place:东乡}}，三个娃娃留给我。大的是孙女{{han:妥雅琴}}，经名{{minority/hui:素麦叶}}，十三岁，在{{school:清溪镇初级中学七年级（2）班}}。老二十岁，经名{{minority/hui:纳绥尔}}，学校里写成{{minority/hui:妥纳绥尔}}，在{{school:清溪镇中心小学四年级（1）班}}。老三{{minority/hui:哈木宰}}六岁，汉名{{han:妥子豪}}，上大班，幼儿园花名册上写的是{{minority/hui:妥哈木宰}}。
访谈者：您一个人怎么带三个？
受访者：面馆还开着，我拉面，{{minority/hui:素麦叶}}她放学回来收碗、擦桌子。{{minority/hui:纳绥尔}}也懂事，带着弟弟写字。最小的调皮，一天要打碎一个碗。我早上五点起来和面，晚上九点关门，腰疼得直不起来。一碗牛肉面卖十二块，一天卖八九十碗，除去房租和肉钱，剩不下多少。我弟弟{{han:妥振东}}在临夏也开面馆，叫我回去，可娃娃们在这边上学，走不了。
访谈者：有哪些人帮你们？
受访者：镇上的儿童主任{{han:邹也平}}，{{han:邹也平}}也是个热心人，给三个娃娃报了事实无人抚养，每人每月{{trap/number:一千一百二十元}}，我有了低保。民政办的{{han:汤秋菊}}来核过两回。{{han:妥雅琴}}的班主任{{han:匡老师}}每天晚上在微信上跟我说她的作业。社工站有个女社工叫{{compound:东方沁禾}}，一个礼拜来一回，还有个大学生志愿者{{compound:慕容知遥}}给老二补英语。
访谈者：娃娃们在学校怎么样？
受访者：大的成绩好，{{han:匡老师}}说她能考到{{trap/place:长沙}}读高中。老二上课爱说话，被罚站过。学校食堂有猪肉，老师跟食堂的{{han:钟师傅}}打了招呼，给他们单独打一份鸡蛋和青菜。
访谈者：这边过节方便吗？
受访者：不方便。镇上就我们一家回民，牛羊肉要去{{trap/place:湘潭}}买。{{trap/org:湘潭清真寺}}的{{han:冶生贵}}阿訇，经名{{minority/hui:奥贝德}}，是我们临夏老乡。封斋的那个月，大孙女跟着封了整月，小的封半天就喊饿。{{trap/minority_word:开斋节}}阿訇叫我们去寺里，娃娃们在那里吃{{trap/minority_word:油香}}、喝{{trap/minority_word:盖碗茶}}。{{minority/hui:奥贝德}}说，娃娃们不能忘了本。隔壁卖槟榔的{{han:汤嫂子}}常给娃娃们送吃的，她知道我们不吃猪肉，送的都是鸡蛋和水果。
访谈者：您自己身体呢？
受访者：腰椎间盘突出，拉面一站就是一天。去年在镇卫生院拍了片子，医生叫我别干重活，我说不干重活吃什么。晚上睡不着，就想起儿子小时候在临夏的山上放羊，一转眼他走了，留下三个娃娃给我。我跟大孙女说，爷爷要是哪天不在了，你要带好弟弟们，她哭着说爷爷不会不在。
访谈者：孩子们想临夏吗？
受访者：大的想。她说想听{{trap/minority_word:花儿}}，想去{{trap/place:河州}}看她姥姥。她妈一个月打一回电话，每回都哭，说对不起娃娃们，我也不说她什么，她也有她的难处。阿訇每回见了都叫我{{minority/hui:伊布拉黑麦}}，说你要保重身体。小的是在这边生的，只会说湖南话，叫我嗲嗲，不叫爷爷。去年学校组织去{{trap/org:毛泽东同志纪念馆}}，{{minority/hui:纳绥尔}}回来说，他以后也要读好多书。我不识字，娃娃们的作业我看不懂，就坐在边上看着他们写，写完了让大孙女念给我听，念错了她自己也笑，两个小的跟着笑，屋里就热闹了。
访谈者：登记信息请您说一下。
受访者：面馆在{{address:韶山市清溪镇银杏路27号}}，老家是{{address:临夏县尹集镇大滩涧村四社3号}}。我的身份证{{id_number@my1953.622921}}，大孙女的{{id_number@wy2012hyphen.622921}}。我电话{{mobile@s38}}，{{han:邹也平}}的{{mobile@p86n}}。孙女有个微信，叫{{wechat:sumaiye_qingxi}}。老二的QQ是他老师帮着申请的，号码写在作业本封底：{{qq:62038159}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。学校名单上老二是{{spaced:妥 纳 绥 尔}}，寺里的本子上我写成{{spaced:伊布拉 黑麦}}，孙女的经名写成{{spaced:素　麦　叶}}。
访谈者：您还有什么想说的？
受访者：我七十二了，只盼自己多活几年，把三个娃娃拉扯大。
""")

# H1213: Han 儿童主任 in 新市镇 (汨罗) reading out her register.
DOCS["H1213"] = ("staff", """\
访谈者：您今天带来的是哪个本子？
受访者：困境儿童台账。我叫{{han:伍翠屏}}，在{{trap/place:新市镇}}{{trap/place:天井村}}当儿童主任第四年了。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:和鸣远}}，男，十岁，{{school:新市镇中心小学四年级（3）班}}。他爸在工地摔下来，瘫了，妈妈一个人打零工。我和{{han:和鸣远}}他妈去镇上办残疾人两项补贴，跑了三趟。住{{address:汨罗市新市镇天井村三组14号}}，孩子的身份证{{id_number@my2015hyphen.430681}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:粟晓棠}}，女，十二岁。爸妈前年在{{trap/place:广东}}出车祸，都没了，现在跟外婆{{han:敖凤仙}}过。孤儿基本生活费一个月{{trap/number:一千六百五十元}}。{{han:粟晓棠}}说她长大想当护士。她在{{school:新市镇初级中学七年级（1）班}}住校，外婆住{{address:汨罗市新市镇天井村八组2号}}，外婆的身份证{{id_number@wold.430681}}。
访谈者：第三户？
受访者：第三户，{{han:游子豪}}、{{han:游子杰}}兄弟俩，爸爸{{han:游建兵}}盗窃判了四年，妈妈走了。跟爷爷{{han:游德顺}}过，爷爷七十六，眼睛看不清。兄弟俩有服刑人员子女补助，村里还给爷爷报了低保。{{han:游子豪}}他上课睡觉，{{han:匡校长}}找我谈过两回。
访谈者：第四户？
受访者：第四户，{{han:屈梦菡}}，八岁，脑瘫，二级。爸爸{{han:屈志高}}在镇上修摩托，妈妈{{han:任秋枝}}在家照顾她。残联给她配了轮椅，{{trap/org:岳阳市儿童福利院}}每周派康复师上门。住{{address:汨罗市新市镇新市街道老街41号}}，她的身份证{{id_number@wy2017fwspaced.430681}}。
访谈者：第五户？
受访者：第五户是留守的，{{han:熊若彤}}，九岁，爸妈在{{trap/place:深圳}}打工，跟奶奶{{han:卢娭毑}}过，奶奶有糖尿病。{{han:熊若彤}}也乖，自己会给奶奶打针。住{{address:汨罗市新市镇天井村十一组26号}}。
访谈者：您是怎么当上儿童主任的？
受访者：以前是村里的妇女主任，前几年上面要求每个村配一个儿童主任，村里就让我兼了。开头我以为就是填表，后来才晓得，填表是最少的事。培训去了三回，学怎么入户、怎么评估、怎么跟孩子说话。一个月补贴两百块，电动车的油钱、电话费都不够，可是看到孩子们好起来，心里舒服。
访谈者：这些孩子是怎么找到的？
受访者：一是村民小组长报上来，二是学校发现，三是我自己一家一家走。每年开春我把全村四百多户走一遍，看哪家大人病了、哪家大人不在了。也有邻居悄悄跟我说的。有一户两个孩子，爸妈离了婚都不管，在姑姑家住了大半年，我才知道，后来给报了事实无人抚养。
访谈者：这些孩子谁在跟？
受访者：我报到镇民政办的{{han:卢国华}}那里，他再报到{{trap/org:汨罗市民政局}}。市社工站的{{compound:皇甫一诺}}跟第二户、第三户，她同事{{compound:令狐星河}}跟第四户。督导是{{compound:诸葛闻溪}}，每季度来查台账。学校那边，{{han:粟晓棠}}的班主任是{{han:晏春华}}，{{han:游子杰}}的班主任叫{{han:扶丽莎}}。
访谈者：事实无人抚养是怎么认定的？
受访者：父母双方都符合条件才行，比如一个死了、一个服刑，或者一个重残、一个失联。失联要派出所出证明，满六个月才算。我帮第三户跑证明，跑了四趟派出所，又登报找他妈，登了一个月没人应，才报上去。批下来那天，他爷爷拉着我的手不放，眼泪直流，说他活了七十六年，头一回有人替他跑腿。
访谈者：台账上名字都对吗？
受访者：错的不少。{{spaced:粟 晓 棠}}中间空了格；{{spaced:皇 甫 一 诺}}写成四个字分开；{{spaced:游子 豪}}断成两截；{{spaced:屈　梦　菡}}是全角空格，电脑里搜不到。
访谈者：做这个最难的是什么？
受访者：老人不会用手机，补助到没到账不知道，我一家一家去讲。还有孩子不肯说话。{{han:粟晓棠}}头半年一句话不讲，后来我每回去都带一本书，她才开口。有一回给第五户的奶奶送药，下大雨，电动车滑到沟里，膝盖缝了六针。我自己家也有两个孩子，有时候晚上十点还在外头跑，我老公说我像{{trap/word:熊猫}}，一年到头见不着人影。
访谈者：联系方式呢？
受访者：{{han:敖凤仙}}没手机，打她侄子的；{{han:任秋枝}}的电话{{mobile@fws}}，{{han:卢国华}}的{{mobile@plus86dash}}。我的工作微信{{wechat:wcp_tianjing}}，{{compound:皇甫一诺}}的微信{{wechat:huangfuyinuo-sg}}。{{han:游子豪}}有个QQ，他自己报给我的：{{qq:387105642}}。
访谈者：最后还想说什么？
受访者：希望这些孩子都能读出去。台账我每个月核一遍，错一个字都不行。有事找村里，找我{{han:伍翠屏}}。
""")

# H1214: Han social worker in 银田镇 (韶山) who keeps up with families on WeChat.
DOCS["H1214"] = ("staff", """\
访谈者：您平时怎么跟这些家庭联系？
受访者：主要靠微信。我叫{{han:文淑娴}}，在{{trap/place:银田镇}}社工站，手上跟着三十一个困境儿童。我把手机打开，一个一个给你翻。
访谈者：好。
受访者：这个头像是一朵{{trap/word:向日葵}}的，是{{han:向小禾}}的妈妈{{han:都晓蕙}}，微信{{wechat:duxiaohui1986}}。{{han:都晓蕙}}都三十九了，一个人带三个孩子，男人在{{trap/place:株洲}}服刑。{{han:向小禾}}是老大，十三岁，在{{school:银田镇中学八年级（2）班}}。他们家在{{address:韶山市银田镇红旗村双塘组11号}}。
访谈者：这个呢？
受访者：这个备注“{{han:谭嗲嗲}}”的，是{{han:谭友才}}，七十三了，孙女{{han:谭紫萱}}是孤儿。他不会打字，只会发语音，一条六十秒，我听完要十分钟，有时候听到一半他咳起来，咳完了又从头讲。他孙女的微信是{{wechat:tzx_0612yt}}，孩子在{{school:银田镇中心小学五年级（2）班}}。{{han:谭友才}}才学会视频，上个月第一回打给我，镜头对着天花板说了半天。
访谈者：您跟孩子们也加微信吗？
受访者：小的不加，大的加。有两个用QQ，{{han:向小禾}}的QQ是{{qq:2845019376}}，另一个{{han:龙佳怡}}的是{{qq:41702958}}。{{han:龙佳怡}}她妈是聋哑人，在{{trap/org:韶山市残联}}登记过，两项补贴都有。家里有事都是{{han:龙佳怡}}在微信上跟我打字。
访谈者：社工站里谁跟您搭档？
受访者：站长叫{{compound:南宫知秋}}，同事{{compound:百里清禾}}管台账，管心理的是{{compound:端木子衿}}，她的微信是{{wechat:duanmu_zj_ss}}。镇民政办的{{han:彭卫东}}负责审核，有事我找{{han:彭卫东}}签字。村里的儿童主任{{han:钟秀梅}}年纪大，不会用微信，我就打她电话{{mobile@hyphen}}。红旗村的支书{{han:彭谦让}}让我们在村部腾了一间屋，做“儿童之家”。
访谈者：线上联系有什么难处？
受访者：有的家长把我拉黑。{{han:易国强}}在{{trap/place:东莞}}打工，孩子跟爷爷，我发消息问孩子成绩，他回“忙”，后来干脆把我删了。我只好打他电话{{mobile@plus86spaced}}，找他姐姐{{han:易桂兰}}帮着劝，材料再转给{{han:彭卫东}}。劝了三个月，他现在每个礼拜会回我一句“知道了”，说孩子的生活费打过去了，我就截个图存着。也有好的，{{han:聂海波}}每天晚上在微信上问女儿作业，比在家的家长还上心。还有人把我当客服，半夜问镇{{trap/word:文化}}站几点开门、图书室借书要不要押金。
访谈者：您为什么做社工？
受访者：我自己就是留守儿童，小时候跟外婆长大，爸妈在广东，一年见一面。大学读的社会工作，毕业回了韶山。我晓得一个孩子守在电话边上等爸妈打电话是什么滋味。
访谈者：疫情那几年呢？
受访者：那几年入不了户，全靠微信。有个孩子的爷爷不会用智能手机，我在视频里一步一步教，教了一个礼拜，他学会了接视频，别的还是不会。也是那几年，我开始把每个孩子的情况记在一个本子上，手机丢了也不怕。
访谈者：光靠微信够吗？
受访者：不够。手机里看到的都是好的，去了家里才知道。{{han:都晓蕙}}在微信上总说没事，我去了一趟，屋顶漏雨，三个孩子挤一张床。回来我就找{{han:彭谦让}}，村里出钱把屋顶修了。所以我一个月至少入户一次，微信只是补。
访谈者：有没有夜里找您的？
受访者：有。去年冬天半夜一点，{{han:龙佳怡}}给我发微信，就四个字：“老师救我”。我吓坏了，一边打电话一边往她家骑车。原来是她妈发病，把门反锁了，她出不去。我叫上{{han:钟秀梅}}，又打了派出所的电话，民警来了把门打开。那天晚上我陪她到天亮，她靠在我身上睡着了。从那以后我手机晚上从来不静音。
访谈者：微信群呢？
受访者：建了一个家长群，叫“银田护苗”，六十来个人。有的老人只会用QQ，又开了个QQ群，群号是{{trap/number:846219035}}。群里我从来不提孩子的名字，只说第几号。{{han:都晓蕙}}在群里发过一次她男人的判决书，我赶紧撤了，私下跟她讲了半个钟头。
访谈者：工作量大吗？
受访者：大。白天入户，晚上回消息，十二点睡是常事。我女儿五岁，有时候说妈妈你的手机比我重要，我听了难受。我老公说我{{trap/word:文弱}}，干不了这个，我干了六年了。
访谈者：名字在系统里录对了吗？
受访者：录错过。{{spaced:向 小 禾}}中间多了空格；{{spaced:端 木 子 衿}}四个字拆开；{{spaced:南宫　知秋}}中间是全角空格；{{spaced:谭紫 萱}}断成两半。
访谈者：您的联系方式？
受访者：我的工作微信{{wechat:wenshuxian_ytsg}}，电话{{mobile@s74}}。有急事就打{{trap/hotline:12345}}，或者直接找{{han:彭卫东}}。
""")

# H1215: Han grandmother in 长乐镇 (汨罗) raising a deaf granddaughter.
DOCS["H1215"] = ("family", """\
访谈者：娭毑，您带的是孙女？
受访者：是咯。我叫{{han:李满娥}}，六十八了，住在{{trap/place:长乐镇}}。街上老人家叫我{{han:满娥}}娭毑，年轻的喊我{{han:李娭毑}}。孙女叫{{han:喻芸}}，我们喊她{{han:芸妹子}}，九岁，耳朵听不见。
访谈者：她是生下来就听不见吗？
受访者：两岁发高烧，烧坏了。她爸{{han:喻建华}}在{{trap/place:广州}}做油漆，她妈{{han:胡小丽}}看孩子聋了，哭了半年，走了，再没消息。屋里就我跟她嗲嗲{{han:喻长生}}带她，{{han:喻长生}}还有哮喘，干不得重活。
访谈者：现在能听见一点吗？
受访者：戴了耳蜗。{{trap/org:残联}}有个救助项目，给她做了人工耳蜗，在{{trap/org:湘雅医院}}做的，不要钱。开头几个月她嫌耳蜗吵，天天扯下来，我就追着给她戴。开机那天，医生在她背后喊她名字，她回过头来，我眼泪一下就出来了。现在她在{{school:汨罗市特殊教育学校二年级（1）班}}读书，会打手语，也能说几个字。班主任{{han:汤美玲}}老师教她说“娭毑”，她喊得不清，我听得懂。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:凌冬梅}}，我们都喊她{{han:凌妹子}}，给{{han:芸妹子}}报了困境儿童和残疾人的两项补贴，一个月{{trap/number:八百六十元}}。镇上民政的{{han:左振湘}}说我们屋里可以吃低保，材料是他帮着填的。康复中心的{{compound:司马婉汀}}每个礼拜给她上语训课，康复师{{compound:申屠晓光}}教我怎么给耳蜗换电池、怎么防水。隔壁{{han:钟伢子}}骑摩托送她上学，他是修电器的，耳蜗坏了也是他先看，看不好再送长沙。他从来不收钱，说都是隔壁邻舍。
访谈者：您学手语了吗？
受访者：学了几个。“吃饭”“睡觉”“娭毑爱你”，都是{{han:芸妹子}}教的。她教我的时候好凶，我手笨，她就抓着我的手一下一下摆。她最好的朋友是同班的{{han:汤圆圆}}，两个妹子打手语打得飞快，我一个都看不懂。
访谈者：屋里收入够用吗？
受访者：不够。她嗲嗲的药一个月几百，我在街上捡{{trap/word:易拉罐}}、纸壳子，卖给收废品的{{han:易高山}}，他晓得我屋里难，秤给得足。菜是自己种的，米是村里送的，过得下去。村会计{{han:周有根}}有空就帮我把补助的账对一对，哪个月少了，他去镇上问。我不识字，存折上的数我看不懂，全靠他。
访谈者：孩子嗲嗲身体怎么样？
受访者：不好。哮喘一犯，脸都憋紫了，去年冬天半夜送到镇卫生院，又转到县里，住了半个月。那几天孙女一个人在屋里，是{{han:凌冬梅}}接到她屋里住的。孙女在医院看到她嗲嗲插着管子，哭着打手语，问嗲嗲会不会死。我跟她说不会，心里自己也没底。
访谈者：孩子在学校过得好吗？
受访者：好。她画画好，画了一张全家福，画了她爸、我、嗲嗲，没画她妈。{{han:汤美玲}}老师把画贴在墙上，说她有天分，还把她的画送到市里参加比赛，得了个三等奖，奖状贴在堂屋里。
访谈者：过年过节呢？
受访者：过年她爸回来住几天。正月里长乐有{{trap/famous:长乐故事会}}，抬阁上扮{{trap/famous:八仙}}，她坐在她爸肩膀上看，耳蜗掉了，急得我满街找。元宵节煮汤圆，我们这里的{{trap/word:甜酒}}也有名，她最爱吃甜酒冲蛋。
访谈者：孩子她爸怎么说？
受访者：他心里苦。每个月视频一回，孙女把耳蜗戴好了等他，他在那头喊她，她就笑。他说等攒够了钱，回汨罗开个油漆店，不出去了。我说你莫讲大话，先把自己顾好。他在广州住工棚，一顿饭吃十块钱，钱都寄回来了。
访谈者：您对以后有什么打算？
受访者：想让{{han:芸妹子}}读完书，学门手艺。特殊学校的老师说她画画好，以后可以学美术，做设计。我不懂这些，只晓得她要能养活自己。我跟她嗲嗲商量好了，屋里那点田，以后留给她。
访谈者：您最担心什么？
受访者：担心我们两个老的走了，她怎么办。耳蜗的外机几万块，坏了换不起。{{han:凌冬梅}}说可以找{{trap/org:慈善总会}}。她爸一个月寄一千，自己也难。
访谈者：登记的信息请您说一下。
受访者：住在{{address:汨罗市长乐镇长乐村老街组38号}}。我身份证{{id_number@wy1957.430681}}，孙女的{{id_number@wy2016x.430681}}。我电话{{mobile@fullwidth}}，{{han:凌冬梅}}的{{mobile@s38}}。她爸的微信{{wechat:yujianhua_gz79}}，是孙女教我认的字母。
访谈者：名字写得对吗？
受访者：有错的。残联的表上是{{spaced:喻 芸}}，学校写成{{spaced:喻　芸}}，我的名字写成{{spaced:李 满 娥}}，社工的名字打成{{spaced:司 马 婉 汀}}，我还以为是四个人。
访谈者：您还想说什么？
受访者：我没读书，就想说，这些年多亏了{{han:凌冬梅}}。
""")

# H1216: Han head teacher in 罗江镇 (汨罗) talking about twins whose father died.
DOCS["H1216"] = ("teacher", """\
访谈者：{{han:黎老师}}，您说的这对双胞胎是怎么回事？
受访者：我是{{school:罗江镇中学八年级（4）班}}的班主任，叫{{han:黎秋实}}，教数学。班上有一对双胞胎，哥哥{{han:任思齐}}，弟弟{{han:任思贤}}，十四岁。去年十月，他们的爸爸{{han:任海洋}}在{{trap/place:岳阳}}的工地上从脚手架摔下来，当场就没了。
访谈者：妈妈呢？
受访者：妈妈{{han:彭金翠}}早些年就跟他爸离了，在{{trap/place:浙江}}又成了家，孩子归爸爸。现在兄弟俩跟着奶奶{{han:舒月娥}}过，奶奶七十多了，种两亩菜。{{han:彭金翠}}过年打过一回电话，说接不过去。
访谈者：两个孩子现在怎么样？
受访者：不一样。{{han:任思齐}}他话少，成绩没掉，就是一个人坐着发呆。{{han:任思贤}}性子急，跟人打了两次架，有一回把同学的眼镜打碎了。我把兄弟俩叫到办公室，先让他们喝口水，{{han:任思贤}}说，别人说他爸是{{trap/word:任性}}不系安全带摔死的，他忍不住。
访谈者：出事那天的事您还记得吗？
受访者：记得。那天下午第二节课，他们奶奶打电话到学校，话都说不清。我骑电动车送兄弟俩去岳阳，一路上两个人一句话没说。到了医院，哥哥站在门口不肯进去，弟弟冲进去又跑出来，蹲在走廊里吐。那天晚上我在医院陪到凌晨两点，回来以后好几天睡不着。第二天我在班上开了个班会，跟同学们说，这几天谁也不许问。
访谈者：学校怎么帮他们？
受访者：校长{{han:喻成就}}就住在学校后面，他说这两个孩子学校管到底，免了住宿费，食堂的{{han:严师傅}}每天多给他们打一勺菜。心理老师{{compound:澹台若水}}每周给兄弟俩做一次辅导。县里的社工{{compound:宇文星野}}来家访过三回，镇上的儿童主任{{han:晏丽芳}}给他们报了事实无人抚养，每人每月{{trap/number:一千二百四十元}}，奶奶也有了低保。
访谈者：兄弟俩跟奶奶过得怎么样？
受访者：奶奶年纪大，做饭不好吃，兄弟俩自己学着炒菜。周末回去，哥哥洗衣服，弟弟挑水浇菜。奶奶说两个孩子一夜之间长大了。去年冬天奶奶摔了一跤，兄弟俩用板车把她拉到卫生院，三里路，拉了一个钟头。
访谈者：您怎么跟家里联系？
受访者：奶奶不识字，我每两周去一趟他家，在{{address:汨罗市罗江镇黄柏村七组20号}}。兄弟俩用一部旧手机，哥哥的QQ是{{qq:1730496528}}，弟弟的是{{qq:926417053}}，晚上我在QQ上催他们睡觉。他们的叔叔{{han:任海波}}在{{trap/place:长沙}}开货车，微信{{wechat:renhaibo_hs}}，有事我跟他商量。
访谈者：赔偿的事呢？
受访者：工地老板跑了。法律援助中心的律师{{compound:欧阳墨白}}在帮他们打官司，说要一年多。{{compound:欧阳墨白}}律师不收钱，还自己贴了车费。
访谈者：您自己呢？
受访者：我也是做母亲的人，看着这两个孩子，心里难受。有一回晚自习，{{han:任思齐}}写着写着突然哭了，说他爸答应过他，期末考进前十就带他去长沙看{{trap/org:湖南省博物馆}}。我没说话，陪他坐了一节课。后来他真考进了前十，我带兄弟俩去了一趟长沙，车费是学校工会出的。兄弟俩在青铜器前面站了好久，哥哥说，爸爸要是在就好了。
访谈者：两个孩子有什么爱好？
受访者：哥哥爱下象棋，跟学校门口修鞋的{{han:湛爹爹}}下，{{han:湛爹爹}}说这孩子以后了不得。弟弟爱打篮球，总说要当{{trap/famous:姚明}}。我让{{han:任思贤}}当了体育委员，他做事有劲了，早操喊口号喊得全校都听得见，打架的事再没有过。端午节我带全班去{{trap/place:屈子祠}}看龙舟，讲{{trap/famous:屈原}}投江的事，兄弟俩一路没说话，回来交了两篇作文，都写他们的爸爸。
访谈者：您觉得学校还能做什么？
受访者：学校能做的有限。孩子缺的是一个大人天天在身边。我能做的就是多看一眼、多问一句。班上像他们这样的还有七八个，留守的、单亲的，我一个一个记在心里。当老师不光是教书，也是替他们的爸妈看着他们长大。
访谈者：登记表上还需要什么？
受访者：兄弟俩的身份证，哥哥{{id_number@my2011spaced.430681}}，弟弟{{id_number:430681201104144714}}，他们是同一天生的。奶奶的身份证{{id_number@wold.430681}}，电话{{mobile@spaced}}，{{han:晏丽芳}}的{{mobile@h38}}。
访谈者：名册上的名字有写错的吗？
受访者：有。县里下发的名单把兄弟俩写成{{spaced:任 思 齐}}、{{spaced:任思 贤}}，社工的名字打成了{{spaced:宇 文 星 野}}，律师写成{{spaced:欧阳　墨白}}。
访谈者：最后您还想说什么？
受访者：希望兄弟俩读完高中。我跟他们说过，有事先找老师，再找{{han:晏丽芳}}。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1209,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout152",))


if __name__ == "__main__":
    main()
