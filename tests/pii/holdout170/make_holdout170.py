# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 170 (tests/pii/holdout170/H1345-H1352 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 171, written at the same time, is not
an earlier set).

Set 170 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
武城 and 夏津 (Shandong): a Mongolian father from 阿鲁科尔沁旗 who works in a 武城 chili-drying yard and raises a
daughter with a cleft palate after his wife died; an Amdo Tibetan grandfather from 尖扎 raising in 武城 two grandsons
whose father is in prison and whose Han mother left; a Uyghur mother from 阿瓦提 who sells naan in 夏津 after her
husband left; a Yi aunt from 甘洛, married into 夏津 (苏留庄镇), raising her dead brother's son; a Han 儿童主任 in
广运街道 reading out her register; a Han social worker in 银城街道 who reaches children and parents on WeChat and QQ;
a Han grandmother in 老城镇 raising a granddaughter with epilepsy; and a Han township civil-affairs clerk in 郑保屯镇
going through the month's applications. The emphasis is on forms where a replacement might cover only part of a
name, in a mix rather than one trick: Mongolian names used whole and with a short form (贡其格扎布 then 贡其格,
阿拉塔巴根 then 阿拉塔), a form of address (小通拉嘎她), the father's Han surname before a Mongolian given name
(宝通拉嘎) and the Han names of the same family (宝振江, 宝雅琪); Amdo Tibetan names (看本加, 昂秀东智, 李加才旦,
仁青东周, 才毛吉, 完德加, 多杰措) with short forms (看本 before 阿爷; 李加, a given name starting with the Han
surname 李; 小东周, holding the word 东周), the Han mother's surname before a Tibetan given name (鲁李加) and the
boy's Han name (鲁浩宇); Uyghur given name + father's name with and without the dot (萨依普加玛丽·肉孜,
伊斯坎代尔·吾买尔江, 伊斯坎代尔吾买尔江, 阿尔孜古丽·吾买尔江, 吾买尔江·托乎提, 阿不都热西提·吾守尔, and
肉孜·吐尔逊 beside the festival 肉孜节) and short and endearing forms (萨依普, 伊斯坎代尔他, 小伊斯坎, 阿尔孜她);
Yi names with the clan name before the given name (莫色史呷, 莫色尔且, 莫色约达, 阿说石作, 金古阿衣, 巴且阿干, and
马黑曲者, a clan starting with the Han surname 马), the given name alone (史呷, 约达他, 石作她, 阿干) and the clan's
Han surname before the given name (莫史呷, 莫约达) beside the boy's Han name (相子轩); Han names with common and rare
surnames of the region (郄, 蔺, 扈, 巩, 邸, 昝, 亢, 菅, 单, 訾, 郇, 逯, 蒯, 卜, 亓, 栗, 鹿, 宿, 耿, 苗, 栾, 邴, 续,
柏, 相, 展, 商, 冷, 门, 韦, 崔, 孔, 吕); surnames that are also ordinary words directly before and after grammar words
(和秀云和我说, 有凤芝有空, 把玉霞把, 还立岗还在, 都雨涵都十一了, 跟要长青要, 向永福向来, 就宝林发的语音，就问,
被长山被判, 和振岳和我, 让大姐让我, 让春花让俺, 才书记才上任, 能大嫂能说会道, 也欣然也不嫌弃, 她向镇里 after
向翠兰, 也建波也来, 才梦琪才七岁) and as the last character of a given name (严守和和大娘, 耿立向向我借,
扈守有有残疾证), beside ordinary words that start with such a surname character (向来, 和气, 要强, 能耐, 就业, 桑椹,
羊角风); names that contain words (柴火旺, 单国庆, 时光亮, 严冬雪, 向东岭); titles and kin words after names
(蔺晓峰大夫, 谷雪莲老师, 亢丽娜老师, 解红梅老师, 訾丽君老师, 栗晓敏老师, 宿丽娜老师, 看本阿爷; the span is the name
only), a surname with only a title or kin word, annotated whole (续老师, 扈老板, 柏婶, 冉队长, 让大姐, 韦大爷, 冷校长,
郇主任, 满大夫, 鲍所长, 亓老师, 聂警官, 房科长, 苗主任, 才书记, 鹿大夫, 能大嫂, 商干事, 吕镇长, 邴警官), nicknames and
local forms of address, annotated whole (巩大头, 甜妮儿, 栾老汉); names directly before particles, pronouns and verbs
(郄玉芬她, 贡其格你, 鲁春燕她, 小东周他, 时建业他, 展桂荣她, 邸秋菊跑前跑后) and after 叫/是/给/跟/找/让/和
(叫我贡其格, 叫她宝通拉嘎, 是就宝林发的, 给李加做过辅导, 跟要长青要, 找房科长, 让孔繁蕊, 和宰父云岫), and names
closing the last sentence (也谢领我出来的阿拉塔巴根。, 回头说给了鲍所长。, 最忘不了的是让春花。,
最放心不下的是才梦琪。); names spaced out character by character in half- and full-width spaces (贡 其 格 扎 布,
伊 斯 坎 代 尔, 莫 色 史 呷, 仁　青　东　周, 莫　色　尔　且, 公 良 静 姝, 羊 舌 芷 若, 南　门　晚　晴, 夹 谷 明 蕙,
看 本 加, 时 光 亮, 都　雨　涵, 和 佳 琪, 牛 思 甜, 牛　秀　芹, 扈 思 远, 也　建　波, and 鹿 子 健 as a QQ nickname),
a dotted name with spaces around the dot (萨依普加玛丽 · 肉孜) and names split in two (通拉嘎　其木格, 斯日古楞 高娃,
李加 才旦, 阿尔孜古丽　吾买尔江, 莫色 约达, 严冬 雪, 被晓 川, 钟离　听澜, 牛思 甜, 巫马 听雪); compound surnames after
ordinary words (闻人, 澹台, 公西, 梁丘, 百里, 呼延, 乐正, 壤驷, 司空, 轩辕, 公良, 东郭, 羊舌, 钟离, 微生, 南门, 谷梁, 子车,
夹谷, 宰父, 巫马, 叔孙 after 老师叫/志愿者/社工/心理老师/律师叫/社工站的/同事/督导叫/大学生/同来的/和/村官); and
numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郄玉芬}}``, ``{{qq:2093174658}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014tri.371428}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, tri, quad, fwspaced,
                                   fwhyphen; mobiles spaced, hyphen, plus86, plus86dash, plus86spaced, fullwidth, s38,
                                   h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿爷) and a particle, pronoun or
verb written directly after a name (她, 他, 你, 也, 才, 和, 还, 都, 有, 向) are outside the span; a surname with only a
title or kin word (续老师, 柏婶, 让大姐, 才书记, 能大嫂) and a nickname or local form of address (巩大头, 甜妮儿,
栾老汉) are annotated whole. Han-style names of Mongolian and Tibetan people (宝振江, 宝雅琪, 鲁浩宇) and of the Yi
boy (相子轩) are category han; a Han surname before a non-Han given name (宝通拉嘎, 鲁李加, 莫史呷, 莫约达) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout170/make_holdout170.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(170_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "178", "181",
                   "183", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1345: Mongolian father from 阿鲁科尔沁旗 who works in a 武城 chili-drying yard and raises a daughter with a
# cleft palate after his wife died.
DOCS["H1345"] = ("family", """\
访谈者：大哥，这辣椒场一天得翻几遍？
受访者：头晌两遍，后晌两遍，天一阴就得往棚里抢。我叫{{minority/mongolian:贡其格扎布}}，老家{{trap/place:阿鲁科尔沁旗}}，在{{trap/place:武城}}这个晾晒场干了三年。场里人嫌名长，都叫我{{minority/mongolian:贡其格}}。身份证上还有个汉名叫{{han:宝振江}}，一年用不上两回。
访谈者：怎么想到来武城？
受访者：同嘎查的{{minority/mongolian:阿拉塔巴根}}先来的，给辣椒贩子开车，说这边缺扛麻袋的。老婆{{minority/mongolian:斯日古楞高娃}}前年得白血病走了，看病把草场钱都填了进去。{{minority/mongolian:阿拉塔}}一劝，我就领着闺女出来了。草场租给了邻居，一年六千，刚够还利息。嘎查达{{minority/mongolian:乌恩奇朝克图}}说，啥时候回去，草场还给我。
访谈者：闺女多大了？
受访者：六岁，叫{{minority/mongolian:通拉嘎其木格}}。生下来就是唇腭裂，嘴唇豁着，上膛也通着，喝奶从鼻子里往外呛。在{{trap/place:天山镇}}补过一回嘴唇，上膛还没补。{{minority/mongolian:小通拉嘎}}她说话漏风，幼儿园有孩子学她，她回来就不吭声。上学的名字是{{han:宝雅琪}}，今年秋天进了{{school:武城县实验小学一年级（6）班}}。班主任{{han:续老师}}图顺口，叫她{{minority/mongolian:宝通拉嘎}}，她倒爱听。
访谈者：白天谁看着她？
受访者：上学前是隔壁开小卖部的{{han:柏婶}}帮着看，我晌午跑回去给她热饭。她吃饭慢，汤得拿小勺一点一点喂，不然从鼻子出来。她自己也知道，在外头不肯喝水，渴了就忍着回家。现在中午在学校吃，{{han:续老师}}专门给她盛稠的。
访谈者：手术有着落吗？
受访者：有了。社区儿童主任{{han:郄玉芬}}给她报了困境儿童，每月{{trap/number:一千零五十元}}，又联系上{{trap/org:嫣然天使基金}}，上膛的手术全免。{{han:郄玉芬}}她往{{trap/org:县民政局}}跑了三趟。{{trap/place:德州}}医院口腔科的{{han:蔺晓峰}}大夫说，七岁前补上最好，补完还得练发音。县残联派来教说话的老师叫{{compound:闻人语桐}}，跟她来的志愿者{{compound:澹台若渝}}给闺女带了一箱绘本。老师教她对着镜子吹纸条、吹气球，她名字里那个嘎字，老说成哒。
访谈者：场里待你怎么样？
受访者：老板{{han:扈长河}}厚道，闺女住院那回，{{han:扈老板}}先借我五千，还说{{minority/mongolian:贡其格}}你放心去。记账的{{han:和秀云}}和我说，上秤的时候别让贩子压价。她人{{trap/word:和气}}，算账从不出错。一块扛包的{{han:巩大头}}，大名{{han:巩德胜}}，替我值过好几回夜。{{trap/word:朝天椒}}得晒透才值钱，夜里垛子得有人看。
访谈者：活儿累不累？
受访者：累倒不怕，就是呛。辣椒一翻，红末子满天飞，嗓子眼跟着了火一样。秋后一天进二三十车，卸车、摊开、翻晒、装包，一个人顶俩。在草原上骑一天马不觉得累，在这儿扛一天麻袋，晚上躺下腰跟断了似的。一天一百六，下雨歇着就没有。
访谈者：场里的人知道您家的事吗？
受访者：都知道。谁家炖了肉，总给闺女端一碗。过中秋，几个大姐给她买了身新衣裳，粉色的，她穿上就不肯脱，睡觉也穿着。
访谈者：老家还有谁？
受访者：我额吉{{minority/mongolian:德力格日玛}}七十了，守着老房子，留了三头奶牛自己挤奶。嘎查的儿童主任{{minority/mongolian:阿如汗其木格}}每月去看她，过年还给闺女寄了{{trap/minority_word:奶豆腐}}。额吉在电话里老问，{{minority/mongolian:小通拉嘎}}的上膛啥时候补。小时候她给我讲{{trap/famous:成吉思汗}}，现在我学着讲给闺女听。
访谈者：过年回去了吗？
受访者：去年没回，过年看垛子给双份工钱。大年三十，{{han:扈长河}}把我们爷俩叫到他家吃饺子，闺女头一回吃韭菜馅的。我说咱老家过年吃{{trap/minority_word:手把肉}}，她问啥叫手把肉，我一时说不上来。
访谈者：闺女跟您说过想妈妈吗？
受访者：说过。她问阿妈是不是去天上放羊了，我说是。她就天天晚上对着窗户说一会儿话，说的蒙古话，我在旁边听着，不敢出声。她记得阿妈给她梳的辫子，现在我学着梳，梳得歪歪扭扭，她也不嫌。
访谈者：您自己呢？
受访者：眼睛天天红，腰也坏了。可闺女一喊阿爸，我就觉得还能干。等她上膛补好，能把{{trap/place:乌力吉木仁河}}这几个字说清楚，我就领她回去看额吉。{{minority/mongolian:阿拉塔}}说到时候开车送我们。
访谈者：登记表上的信息请您说一下。
受访者：老家{{address:阿鲁科尔沁旗巴彦花镇查干浩特嘎查二组14号}}，这边租在{{address:武城县广运街道辣椒城东侧后街7号}}。我身份证{{id_number@my1987spaced.150421}}，闺女的{{id_number@wy2019.150421}}。我电话{{mobile@s434}}，{{han:郄玉芬}}的{{mobile@p86h}}。我微信叫{{wechat:gonchig_chili87}}，闺女的照片都发这上头。
访谈者：表上的名字写得对吗？
受访者：不大对。医院单子上我是{{spaced:贡 其 格 扎 布}}，幼儿园写成{{spaced:通拉嘎　其木格}}，老婆的死亡证明上是{{spaced:斯日古楞 高娃}}。
访谈者：最想谢谁？
受访者：谢场里的人，谢{{minority/mongolian:通拉嘎其木格}}的老师，也谢领我出来的{{minority/mongolian:阿拉塔巴根}}。
""")

# H1346: Amdo Tibetan grandfather from 尖扎 raising in 武城 two grandsons whose father is in prison.
DOCS["H1346"] = ("family", """\
访谈者：阿爷，您从青海过来多久了？
受访者：两年多了。我叫{{minority/tibetan:看本加}}，家在{{trap/place:尖扎}}，{{trap/place:黄河}}边上，离{{trap/place:坎布拉}}不远。村里人叫我{{minority/tibetan:看本}}阿爷。儿子{{minority/tibetan:昂秀东智}}早年跟着收{{trap/minority_word:青稞}}的老板来了{{trap/place:武城}}，娶了这边的姑娘{{han:鲁春燕}}，生了两个孙子。
访谈者：孩子爸爸现在呢？
受访者：前年跟人合伙偷卖电缆，判了七年。{{han:鲁春燕}}她等了半年，去{{trap/place:天津}}打工，电话也停了。两个孙子没人管，村里的儿童主任{{han:邸秋菊}}给我打电话，我坐了两天火车过来。
访谈者：两个孙子多大？
受访者：大的{{minority/tibetan:李加才旦}}十一，我叫他{{minority/tibetan:李加}}，学籍上随他妈姓，写成{{minority/tibetan:鲁李加}}，汉名叫{{han:鲁浩宇}}，在{{school:武城镇中心小学五年级（3）班}}。小的{{minority/tibetan:仁青东周}}七岁，在{{school:武城镇中心小学一年级（2）班}}，班上都叫他{{minority/tibetan:小东周}}。{{minority/tibetan:小东周}}他一想妈就尿床，班主任{{han:谷雪莲}}老师给他备了一条裤子放在学校。
访谈者：您一个人怎么照顾？
受访者：早上五点起来烧茶、熥馒头，六点半把两个送到学校门口。这边的话我听不大懂，去村委会办事，大的就给我当翻译。头一年冬天我不会烧煤炉子，屋里冷得跟外头一样，是邻居过来教的。我们老家吃饭离不开茶，这边人喝白开水，我到现在也喝不惯。
访谈者：日子怎么过？
受访者：{{han:邸秋菊}}跑前跑后，两个孩子都认定了事实无人抚养，每人每月{{trap/number:一千二百一十元}}。镇民政的{{han:昝建华}}来核过两回，说我这当爷爷的也能吃低保。大孙子的班主任{{han:亢丽娜}}老师常留他补课。邻居{{han:有凤芝}}有空就来帮我蒸馒头，我不会发面，在老家只会拌{{trap/minority_word:糌粑}}。
访谈者：去监狱看过吗？
受访者：去过三回，社工{{compound:公西泊舟}}开车陪着。{{minority/tibetan:昂秀东智}}隔着玻璃哭，说对不起阿爸。管教{{han:冉队长}}说他表现好，能减刑。心理老师{{compound:梁丘怀瑾}}给{{minority/tibetan:李加}}做过几回辅导，他现在肯说话了。大的每个月给他爸写一封信，写满一张纸，我看不懂汉字，就让他念给我听。
访谈者：孩子们在学校怎么样？
受访者：大的成绩中不溜，语文好，数学差，老师说他作文写得有味儿，写过一篇《我的爷爷》，在班上念了。小的坐不住，上课老往窗外看，一年级下来认了三百多个字。学校中午管饭，一顿四块钱。放学回来，大的先写作业，小的先看动画片，为这个两个人天天吵。
访谈者：您想过把孩子带回青海吗？
受访者：想过。可孩子的户口在这边，学也在这边上，回去了话也听不懂，课也跟不上。他爸出来了还得在这边找活干。我就想，等他爸出来，我把孩子交给他，我就回家，老了得死在黄河上游那块地方。
访谈者：老家还有人吗？
受访者：女儿{{minority/tibetan:才毛吉}}在家放羊，每月寄一包{{trap/minority_word:酥油}}来。村里的儿童主任{{minority/tibetan:完德加}}替我看着房子。老伴{{minority/tibetan:多杰措}}走了四年了，不然她来更好。家里那几亩地，托给了侄子种，收了青稞给我留一口袋。
访谈者：孙子们习惯吗？
受访者：大的想学藏文，我教他念字母，给他讲{{trap/famous:宗喀巴}}的故事。小的只会说山东话，管我叫爷爷，藏话里的{{trap/minority_word:扎西德勒}}都说不利索。过{{trap/minority_word:藏历年}}那天我在院里煨桑，邻居以为着火了，端着水就跑过来。后来他们知道了，年年来看，还跟着孩子们跳了一回锅庄。
访谈者：您平时有说话的人吗？
受访者：少。村里老头们下象棋，我看不懂，就在边上坐着。晚上孩子们睡了，我拿出念珠，对着手机里老家的照片念一会儿经。女儿每礼拜跟我视频一回，让我看看家里的羊和狗。狗还认得我，一听我说话就往手机上扑。小的抢着要看，对着狗喊它的名字，狗歪着脑袋听不懂山东话，他笑得在床上打滚。
访谈者：登记信息请您说一下。
受访者：老家{{address:尖扎县昂拉乡德吉村二组8号}}，这边住{{address:武城县武城镇前屯村五组21号}}。我身份证{{id_number@my1952.632322}}，大孙子的{{id_number@my2014tri.371428}}。我电话{{mobile@h38}}，{{han:邸秋菊}}的{{mobile@fullwidth}}。大孙子有个QQ，号码他用圆珠笔写在作业本皮上：{{qq:2093174658}}。他姑{{minority/tibetan:才毛吉}}的微信是{{wechat:caimaoji_jianzha}}。
访谈者：名字写得对吗？
受访者：不一样。我的低保表上是{{spaced:看 本 加}}，学校把大的写成{{spaced:李加 才旦}}，小的是{{spaced:仁　青　东　周}}。
访谈者：最盼什么？
受访者：盼儿子出来，一家人回尖扎。我七十三了，腿脚还行，就怕哪天走不动。两个孩子，我得替{{minority/tibetan:昂秀东智}}看好。
""")

# H1347: Uyghur mother from 阿瓦提 who sells naan in 夏津; her husband left.
DOCS["H1347"] = ("family", """\
访谈者：大姐，您这馕坑是自己砌的？
受访者：老乡帮着砌的。我叫{{minority/uyghur:萨依普加玛丽·肉孜}}，老家{{trap/place:阿瓦提}}，在{{trap/place:夏津}}卖{{trap/minority_word:馕}}四年了。街上都叫我{{minority/uyghur:萨依普}}，小孩子们喊我新疆大姨。我阿达叫{{minority/uyghur:肉孜·吐尔逊}}，我生在{{trap/minority_word:肉孜节}}前一天。
访谈者：家里几口人？
受访者：我和两个孩子。孩子爸{{minority/uyghur:吾买尔江·托乎提}}前年说去{{trap/place:乌鲁木齐}}进货，再没回来，听说在那边又成了家，一分钱也没寄过。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:伊斯坎代尔·吾买尔江}}十二，在{{school:夏津县第三实验小学六年级（1）班}}，名册上没有点，写成{{minority/uyghur:伊斯坎代尔吾买尔江}}，同学叫他{{minority/uyghur:小伊斯坎}}。闺女{{minority/uyghur:阿尔孜古丽·吾买尔江}}八岁，在{{school:北城街道中心小学二年级（5）班}}，我叫她{{minority/uyghur:阿尔孜}}。{{minority/uyghur:阿尔孜}}她放学就趴在馕坑边上写作业。
访谈者：一天怎么过？
受访者：夜里三点起来和面，四点生炭火，馕坑烧透了才能贴。第一炉出来天刚亮，上早班的人买了就走。夏天坑边五十多度，汗顺着胳膊往面上滴；冬天手上裂口子，贴一个疼一下。中午闺女回来，我一边卖一边给她梳头。晚上八点收摊，洗了盆，九点就得睡。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:菅淑华}}给两个孩子报了困境儿童，每人每月{{trap/number:六百三十元}}，又帮我申了低保。{{han:菅淑华}}说孩子爸不管，也得去法院要抚养费。法律援助的律师叫{{compound:百里书瑶}}，社工{{compound:呼延靖川}}每周来教闺女画画。房东{{han:单国庆}}把房租减了三百。烧饼铺的{{han:让大姐}}让我把馕放她铺子里寄卖，{{han:让大姐}}说她家男人就爱吃这个。社区书记{{han:门春生}}过年给我们送了一袋面、一桶油。
访谈者：馕卖得怎么样？
受访者：一天一百多个。老乡{{minority/uyghur:阿不都热西提·吾守尔}}在{{trap/place:德州}}开饭馆，每天订五十个。刚来时山东人嫌馕硬，管它叫新疆大饼，我就学着做软一点的{{trap/minority_word:窝窝馕}}，往里加芝麻和{{trap/word:桑椹}}干，卖得最好。一到礼拜天，城里人开着车来买，一买就是一袋子。有个老主顾{{han:韦大爷}}天天来买两个，说就着羊汤吃最香。
访谈者：您跟孩子爸还有联系吗？
受访者：没有。刚走那半年，我天天打他电话，后来号码也空了。他弟弟说他在{{trap/place:库尔勒}}，又娶了一个。我没哭，哭也没有用。两个孩子的户口本、出生证都在我手里，我就当没这个人。律师说，找到人了就能判抚养费，找不到也能先办困境儿童。
访谈者：这边的人对您怎么样？
受访者：好人多。刚来那年下大雪，馕坑塌了半边，是隔壁修车的师傅帮着重新砌的，没要一分钱。有人看我是外地的，拿了馕不给钱，街上的人帮我把他拦住了。我现在也会说几句山东话，“中”“俺”“恁”，顾客一听就笑。过年的时候街坊给我送饺子，我回他们一人一个大馕，上头用芝麻摆个福字，这是跟{{han:让大姐}}学的。
访谈者：孩子们想爸爸吗？
受访者：儿子嘴上不说，有一回跟人打架，人家说他爸不要他了。班主任{{han:解红梅}}老师把两个孩子叫到一块谈了一下午。{{minority/uyghur:伊斯坎代尔}}他现在当了班里的体育委员，踢球踢得好。闺女爱听我讲{{trap/famous:阿凡提}}的故事，普通话比我说得好，常常笑我把“是”说成“斯”。老家的阿娜{{minority/uyghur:麦尔哈巴古丽}}在视频里问，{{trap/minority_word:古尔邦节}}回不回去。片警{{han:满志强}}说要回就早点买票，房子他帮着看。
访谈者：孩子们的饭怎么吃？
受访者：早上吃馕，泡奶茶。中午在学校吃，学校有清真窗口，是{{han:解红梅}}老师去跟校长说的。晚上我做拌面、{{trap/minority_word:抓饭}}，两个孩子一顿能吃两碗。有时候忙得顾不上，就在街口买个煎饼凑合，孩子们也不挑。
访谈者：登记信息请您说一下。
受访者：老家{{address:阿瓦提县乌鲁却勒镇阿克艾日克村三组16号}}，这边住{{address:夏津县北城街道桑园小区9号楼1单元102室}}。我身份证{{id_number@wy1989hyphen.652928}}，儿子的{{id_number@my2013fwspaced.652928}}。我电话{{mobile@s74}}，{{han:菅淑华}}的{{mobile@plus86dash}}。我微信{{wechat:sayip_nan_xj}}，订馕就加这个。儿子有QQ，号码他用粉笔写在馕坑边的墙上：{{qq:８０６２７４５１３}}。
访谈者：名字写法一样吗？
受访者：不一样。银行卡上是{{spaced:萨依普加玛丽 · 肉孜}}，儿子的奖状写成{{spaced:伊 斯 坎 代 尔}}，闺女是{{spaced:阿尔孜古丽　吾买尔江}}。
访谈者：最后想说什么？
受访者：盼孩子们把书念出来。{{minority/uyghur:伊斯坎代尔}}说长大要开馕店，{{minority/uyghur:阿尔孜}}说要当医生，给{{minority/uyghur:萨依普}}治腰。
""")

# H1348: Yi aunt from 甘洛 raising her dead brother's son in 夏津 (clan names before the given name, short forms).
DOCS["H1348"] = ("family", """\
访谈者：大姐，您老家在凉山？
受访者：{{trap/place:甘洛}}，{{trap/place:大凉山}}北头，出来要坐{{trap/place:成昆铁路}}上的慢车。我叫{{minority/yi:莫色史呷}}，前两个字是家支，{{minority/yi:史呷}}才是名字。嫁到{{trap/place:夏津}}十一年了，村里人照汉人的叫法喊我{{minority/yi:莫史呷}}。
访谈者：怎么嫁到这么远？
受访者：那年在{{trap/place:成都}}的电子厂打工，认识了我男人{{han:相国栋}}。他来我家提亲，我阿妈嫌远，哭了三天。刚来的时候听不懂话，吃不惯面条，看着一眼望不到头的棉花地，心里发慌。婆婆{{han:苏桂枝}}手把手教我蒸馒头、摘棉花，现在我擀面条比她还快。
访谈者：侄子怎么跟了您？
受访者：我哥{{minority/yi:莫色尔且}}在外头矿上打工，前年塌方，人没了。嫂子{{minority/yi:阿说石作}}回了娘家，后来改嫁去了{{trap/place:西昌}}，没来看过孩子。{{minority/yi:石作}}她也难，我不怪她。孩子没人管，我就接来了。
访谈者：孩子多大了？
受访者：十岁，叫{{minority/yi:莫色约达}}，我们叫他{{minority/yi:约达}}。来了以后随我男人姓，学名{{han:相子轩}}，在{{school:苏留庄镇中心小学四年级（2）班}}。老师点名有时候点成{{minority/yi:莫约达}}，他两个都答应。{{minority/yi:约达}}他刚来只会说彝话，现在一张嘴就是山东腔。
访谈者：谁帮过你们？
受访者：{{han:相国栋}}种棉花，老实，拿孩子当亲儿子。村里的儿童主任{{han:展桂荣}}给孩子报了事实无人抚养，每月{{trap/number:一千一百三十元}}。{{han:展桂荣}}她还跑{{trap/org:县民政局}}给孩子落了户口。镇民政办的{{han:柴火旺}}说，孩子他爸的赔偿金要存到孩子成年。镇社工站的{{compound:乐正知夏}}每两周来一回，教孩子认字；她同事{{compound:壤驷星河}}带孩子打篮球。班主任{{han:訾丽君}}老师说他数学好，{{han:冷校长}}还免了他的校服钱。
访谈者：孩子爸爸的事，他知道吗？
受访者：知道。出事那天他跟着大人去了矿上，看着人抬出来的。头半年夜里常哭醒，喊阿达。社工姐姐陪他画画，他画的都是山，山上有羊，有一个人牵着他。现在好多了，白天跟村里的孩子疯跑，晚上还是要我陪着睡着。
访谈者：孩子在学校跟同学处得怎么样？
受访者：开头不好。有孩子说他黑，说他是山里来的野孩子，他就动手，一个学期被叫家长三回。后来老师让他在班会上讲大凉山，讲彝族的火把、讲{{trap/minority_word:索玛花}}，同学们听得直问，他一下子成了班上的名人。现在他有两个好朋友，周末一块去河沟里摸鱼，摸回来的小鱼养在罐头瓶里。
访谈者：您以后有什么打算？
受访者：我想在镇上的服装厂找个活，多挣点，给孩子攒学费。我男人说地里的活他一个人干得过来。孩子说长大了要当警察，把那些不管工人死活的矿老板抓起来。我听了心里又疼又高兴。
访谈者：老家那边呢？
受访者：村里的儿童主任{{minority/yi:马黑曲者}}把我哥的事报到了乡上。我阿妈{{minority/yi:金古阿衣}}七十了，还在山上种{{trap/minority_word:苦荞}}。去年{{trap/minority_word:火把节}}我带{{minority/yi:约达}}回去，阿妈杀了鸡，做了{{trap/minority_word:坨坨肉}}。{{trap/minority_word:毕摩}}给孩子念了经，说他爸的魂跟着他呢。
访谈者：孩子想家吗？
受访者：想。他睡觉要盖他爸留下的{{trap/minority_word:查尔瓦}}。我给他讲{{trap/famous:支格阿鲁}}射太阳，他讲给同学听，同学说跟{{trap/famous:后羿}}差不多。他还会唱两句彝族的酒歌，唱得跑调，他姑父在一边跟着拍巴掌。邻居{{han:把玉霞}}把她孙子的旧书都送来了。镇上还有个嫁过来的彝族姐妹{{minority/yi:巴且阿干}}，过年我俩凑一块说彝话，{{minority/yi:阿干}}唱歌，孩子跟着学。
访谈者：您回过几次甘洛？
受访者：十一年回去了四回。路太远，坐火车到成都，再转车到甘洛，再坐半天班车上山，路上三天。去年带孩子回去，他站在他爸的坟前不说话，最后磕了三个头。下山的时候他问我，姑姑，咱们以后每年都回来行不行。我说行，心里算着车票钱。{{han:相国栋}}说，车票钱他来出，让孩子记着自己是打哪儿来的。
访谈者：登记信息请您说一下。
受访者：老家{{address:甘洛县斯觉镇瓦姑村三组5号}}，这边是{{address:夏津县苏留庄镇后屯村四组27号}}。我身份证{{id_number@wy1990quad.513435}}，孩子的{{id_number@my2015.513435}}。我电话{{mobile@plus86}}，{{han:展桂荣}}的{{mobile@s38}}。我微信{{wechat:moseshiga_xj}}。孩子有个QQ，号码他写在他爸的照片背后：{{qq:60392871}}。
访谈者：名字写得对吗？
受访者：不对的多。低保表上是{{spaced:莫 色 史 呷}}，学校写成{{spaced:莫色 约达}}，我哥的死亡证明上是{{spaced:莫　色　尔　且}}。
访谈者：最后想说的？
受访者：等孩子长大，带他回甘洛给他爸上坟。{{han:相国栋}}也说要去。他是{{minority/yi:莫色尔且}}的儿子。
""")

# H1349: Han 儿童主任 in 广运街道 (武城) reading out her register.
DOCS["H1349"] = ("staff", """\
访谈者：{{han:郇主任}}，您手里是今年的台账？
受访者：对，{{trap/place:广运街道}}{{trap/place:东关社区}}的困境儿童登记册。我叫{{han:郇秀玲}}，当儿童主任第六年了。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:时光亮}}，男，十岁，{{school:武城县第二实验小学四年级（5）班}}。爸爸{{han:时建业}}尿毒症，一周透析三回；妈妈{{han:逯爱琴}}在超市理货。全户低保，孩子的困境儿童补贴每月{{trap/number:八百六十元}}。{{han:时建业}}他说，透析的钱报完了还差一截。孩子身份证{{id_number@my2015.371428}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:严冬雪}}，女，十三，{{school:武城县实验中学七年级（4）班}}。爸妈在{{trap/place:京台高速}}上出的车祸。跟着大伯{{han:严守和}}和大娘过，住{{address:武城县广运街道东关社区西二巷11号}}。孤儿基本生活费每月{{trap/number:一千五百四十元}}。
访谈者：第三户？
受访者：第三户，{{han:还子豪}}，男，八岁，{{school:广运街道东关小学二年级（1）班}}。他爸{{han:还立岗}}还在{{trap/place:济南}}服刑，判了六年，妈妈走了。孩子跟奶奶{{han:蒯桂兰}}过，服刑人员子女补助报上了。身份证{{id_number@my2017x.371428}}。
访谈者：第四户？
受访者：第四户，{{han:都雨涵}}，女，十一，脑瘫，坐轮椅，两项补贴都有。她妈{{han:葛彩霞}}辞了工在家照看。{{han:都雨涵}}都十一了，还拿不住勺，康复中心的{{han:满大夫}}说要坚持练。身份证{{id_number@wy2013hyphen.371428}}，她妈电话{{mobile@spaced}}。
访谈者：第五户？
受访者：第五户是留守，{{han:要晨熙}}，男，九岁，爸妈在{{trap/place:青岛}}打工，跟爷爷{{han:要长青}}过。我每礼拜跟{{han:要长青}}要一回孩子的作业本看看。老爷子{{trap/word:要强}}，腿不好也不肯歇。住{{address:武城县广运街道西关社区南街5号}}。
访谈者：第六户？
受访者：第六户是今年新添的，{{han:卜凡宇}}，男，六岁，孤独症，两项补贴刚批。爸爸在{{trap/place:新疆}}摘棉花，妈妈{{han:田素琴}}一个人带，天天骑电动车送他去康复中心，来回二十里。{{han:田素琴}}说，孩子头一回喊妈那天，她在路边哭了半个钟头。我跟她说，有难处就吱声，别一个人扛着。
访谈者：您平时怎么跟这些户？
受访者：每个月至少上门一回，看孩子吃得咋样、穿得咋样、上学没有，回来记在本上。有变化的当天报街道。夏天防溺水，冬天查煤炉子，开学前挨家问书本费。有的老人记不住事，补助到了也不知道，我就拿着存折陪他去银行查。
访谈者：补助发下来，钱怎么管？
受访者：孤儿的钱直接打到孩子名下的卡上，监护人能取，但每年我们要查一回账，看是不是花在孩子身上了。前年有一户，孩子的钱被叔叔拿去还了赌债，我们报给街道，监护人换成了孩子的姑姑。这种事不多，可得防着。
访谈者：社区里的人怎么看这些孩子？
受访者：多数人心好，过年过节送米送面，开学的时候有人送书包。也有说闲话的，说吃低保的人家不干活。我就跟他们讲，这些孩子没爹没娘，或者有了跟没有一样，谁家都可能碰上难处。讲多了，说闲话的也少了。
访谈者：这些户都谁在跟？
受访者：街道民政办的{{han:鲍所长}}总负责，材料报{{trap/org:县民政局}}。社区社工{{compound:司空砚秋}}跟第一户、第三户；志愿者{{compound:轩辕晓彤}}每周给{{han:严冬雪}}补英语；县里的督导叫{{compound:公良静姝}}，每月来查台账。
访谈者：联系方式呢？
受访者：我电话{{mobile@plus86spaced}}，工作微信{{wechat:huanxl_gyjd2019}}。{{han:还子豪}}奶奶不会用手机，有事找对门的{{han:向永福}}，{{han:向永福}}{{trap/word:向来}}热心。{{han:严冬雪}}有QQ，号码她念，我一个数一个数记下来的：{{qq:3958016427}}。半夜有急事打{{trap/hotline:12345}}也行。
访谈者：台账上名字写错过吗？
受访者：错过。{{spaced:时 光 亮}}，{{spaced:都　雨　涵}}，督导的名字写成过{{spaced:公 良 静 姝}}，还有一张把孩子写成{{spaced:严冬 雪}}。
访谈者：您自己家里呢？
受访者：我男人在县城开出租，闺女上高二。我这个活一个月补贴不多，家里人也说过，图啥。可我看着这些孩子一年一年长起来，心里踏实。{{han:严冬雪}}今年考了全年级第九，拿着成绩单头一个跑来给我看。我跟她说，好好念，念出去了，你爸妈在那边也高兴。她点点头，眼圈红了，没哭出来。
访谈者：干这个最难的是什么？
受访者：孩子不肯说。第三户那孩子，头一年见我就躲，后来我每回去都带一本连环画，他才肯叫我姨。前些天他问我，他爸出来还认不认得他。这话我答不上来，回头说给了{{han:鲍所长}}。
""")

# H1350: Han social worker in 银城街道 (夏津) who reaches children and parents on WeChat and QQ.
DOCS["H1350"] = ("staff", """\
访谈者：{{han:亓老师}}，您手机一直在响。
受访者：没办法，{{trap/place:银城街道}}四十多个困境儿童，家长、孩子、老师都在微信上找我。我叫{{han:亓晓婷}}，在街道社工站。刚才这条是{{han:就宝林}}发的语音，就问补助啥时候到账。
访谈者：您主要靠微信？
受访者：大人用微信，孩子多半用QQ。有的老人不会打字就发语音，一发一分钟，我得一条一条听。像{{han:被晓川}}，初二，他爸{{han:被长山}}被判了五年。{{han:被晓川}}的QQ是{{qq:2751093846}}，半夜在空间里发伤心的话，我看见就私聊他，一聊聊到一点多。他奶奶的微信是我手把手给她注册的，号是系统给的一长串：{{wechat:wxid_7hq2m05kz1b3}}。
访谈者：还有哪些孩子？
受访者：{{han:和佳琪}}，女，九岁，妈妈精神残疾，爸爸{{han:和振岳}}在外地跑大车。{{han:和振岳}}和我视频的时候总在服务区，一说就是半夜。孩子在{{school:夏津县第二实验小学三年级（4）班}}，班主任{{han:栗晓敏}}老师每天在群里发她的作业。{{han:栗晓敏}}的微信{{wechat:lixm_xj2shi}}，我有事直接找她。
访谈者：男孩子好带吗？
受访者：难。{{han:鹿子健}}十五，爸妈离婚各自成了家，跟着姥姥。他QQ昵称就是自己名字，字中间都打了空格：{{spaced:鹿 子 健}}，号码是{{qq:１５８３０９６２７}}。他在网吧被人拉去刷单，是派出所的{{han:聂警官}}给我打的电话。姥姥{{han:宿翠萍}}哭着说管不了。
访谈者：有没有半夜出过事？
受访者：有一回。去年腊月夜里两点，{{han:鹿子健}}在QQ上给我发了一句“活着没意思”，后头是一张{{trap/place:黄河故道}}桥上的照片。我一边回他一边打{{trap/hotline:110}}，又给{{han:聂警官}}打。二十分钟后找着了，人冻得直哆嗦。第二天我带他去{{trap/org:县人民医院}}看了心理门诊，现在每周去一回。打那以后，我睡觉手机不敢静音。
访谈者：孩子们会主动找您吗？
受访者：会。有的是要作业答案，有的是跟爷爷奶奶吵了架，找我评理。有个小姑娘每天晚上给我发一个表情，一个小太阳，意思是今天过得还行。哪天没发，我就问一句。也有孩子长大了，上了职校，还在QQ上给我拜年，说老师我找着工作了。这时候最高兴，觉得夜里那些消息没白回。
访谈者：您怎么忙得过来？
受访者：站里还有三个人。同事{{compound:东郭雨晴}}管登记，大学生{{compound:羊舌芷若}}暑假来实习，专门回孩子们的QQ；督导{{compound:钟离听澜}}每月来一回；{{trap/org:团县委}}派来的志愿者{{compound:微生初晓}}给孩子们上网课。人手还是不够，一到开学季天天加班。
访谈者：这些孩子最缺的是什么？
受访者：钱是一方面，补助、低保加起来也够吃饭。最缺的是有个大人管着，问一句吃了没有、作业写了没有、今天高兴不高兴。爷爷奶奶能管吃穿，管不了心里的事。所以我们做一对一，每个孩子找一个固定的志愿者，每周至少聊一回，不能今天这个明天那个。
访谈者：您自己扛得住吗？
受访者：有时候扛不住。有一阵子我天天做噩梦，梦见孩子站在桥上。督导让我学着把工作跟生活分开，夜里十点以后的消息，不是急事第二天再回。可孩子发来一句话，你不回，他就觉得又被人扔下了，我还是忍不住看。
访谈者：家长里有难缠的吗？
受访者：有。{{han:耿立向}}向我借过两回钱，说是给孩子买药，后来才知道是打牌输了。另一个家长{{han:苗玉霞}}一天给我发二十条语音。我跟她说，孩子的事找我，{{trap/word:就业}}、低保的事找{{han:房科长}}。也有好的，{{han:冷秀娟}}自己孩子是困境儿童，现在反过来帮我在群里通知事。
访谈者：这些号您都记着？
受访者：记不住，存在手机里。我的工作微信{{wechat:qixt_ycjd_sgz}}，电话{{mobile@p86n}}。{{han:房科长}}的电话{{mobile@hyphen}}。{{han:和佳琪}}想她妈了就拿她爸的旧手机给我发QQ，号是{{qq:40918275}}。
访谈者：名字在群里写得对吗？
受访者：群里乱。{{spaced:和 佳 琪}}，{{spaced:被晓 川}}，实习生被写成{{spaced:羊 舌 芷 若}}，督导被写成{{spaced:钟离　听澜}}。
访谈者：您还记着谁家的地址？
受访者：{{han:鹿子健}}姥姥家在{{address:夏津县银城街道西关村二组18号}}，孩子身份证{{id_number@my2010fwhyphen.371427}}。{{han:宿翠萍}}不识字，材料都是我替她填的。
访谈者：有什么想说的？
受访者：这活儿离不开手机，可最管用的还是上门。孩子看见你真来了，才信你。去年冬天我挨家送棉被，{{han:宿翠萍}}拉着我的手不放，说闺女你吃了饭再走。那顿饭是一碗面条，卧了两个鸡蛋，我吃得一身汗。
""")

# H1351: Han grandmother in 老城镇 (武城) raising a granddaughter with epilepsy.
DOCS["H1351"] = ("family", """\
访谈者：大娘，孩子今天去上学了？
受访者：去了，俺送到村口，看着她上了校车才回来。俺叫{{han:牛秀芹}}，{{trap/place:老城镇}}{{trap/place:运河}}边上的人，六十八了。孙女叫{{han:牛思甜}}，十一了，俺叫她{{han:甜妮儿}}。
访谈者：孩子是什么病？
受访者：{{trap/word:羊角风}}，打五岁就有。犯起来两眼往上翻，牙咬得咯咯响，有一回把舌头咬破了。{{trap/place:德州}}医院的{{han:苗主任}}说，按时吃药能压住，千万不能断。一盒药一百多，一个月得三盒。
访谈者：头一回犯病是啥时候？
受访者：五岁那年夏天，在院里玩着玩着就倒了，浑身抽。俺吓傻了，光知道喊。是邻居开着三轮把俺娘俩拉到卫生院，又转到县医院。后来上{{trap/place:济南}}查了脑电图，才定下是这个病。那回花了一万多，有一半是村里人凑的，俺记在本上，一家一家地还。
访谈者：孩子爸妈呢？
受访者：俺儿{{han:牛建岭}}在工地上跌下来，没了，那年{{han:甜妮儿}}才三岁。儿媳妇{{han:邵翠云}}守了一年，改嫁去了{{trap/place:河北}}，头两年还来看看，这两年电话也打不通了。俺儿活着的时候最疼她，下了工就扛着她上集，买个糖人举着。
访谈者：谁帮着您？
受访者：村里的儿童主任{{han:让春花}}让俺去镇上填表，孩子算上了事实无人抚养，每月{{trap/number:一千一百九十元}}。孩子有残疾证，两项补贴也有。{{han:才书记}}才上任半年，就把俺家的房顶修了。卫生院的{{han:鹿大夫}}隔一个礼拜来量一回血压，{{han:鹿大夫}}说俺这血压比孩子的病还叫人操心。镇社工站的{{compound:南门晚晴}}每月来，同来的{{compound:谷梁沐禾}}教孩子画画，县里的心理老师{{compound:子车千寻}}也来过两回。
访谈者：孩子的药是咋买的？
受访者：开头在县医院开，后来{{han:让春花}}给办了慢性病卡，在镇卫生院就能拿，报一大半。药是白色的小片，早上一片，晚上一片，俺用个小药盒分好，一格一格的。有一回俺忘了，她夜里就犯了，俺后悔得扇了自己两下。打那以后俺在墙上画道道，吃一回画一道。
访谈者：孩子知道自己的病吗？
受访者：知道。同学问她，她就说脑子里有根线，有时候会短路。这话是{{han:苗主任}}教她的。她说等她长大了要当大夫，专治这个病，叫别的孩子别受这个罪。
访谈者：孩子在学校犯过病吗？
受访者：犯过两回。班主任{{han:宿丽娜}}老师学会了咋弄，让孩子侧躺着，拿手机掐着点儿。孩子在{{school:老城镇中心小学五年级（2）班}}。同桌{{han:也欣然}}也不嫌弃她，犯病那回一直攥着她的手，放学还陪她走到校车上。
访谈者：孩子平常都干些嘛？
受访者：爱画画，画的都是她爸，戴个安全帽。还会帮俺烧火、剥棉花桃，切菜俺不叫她切，怕她犯病伤着。夜里俺不敢睡死，听见她那屋有动静就爬起来看。她懂事，说奶奶你睡吧，俺没事。她还爱听收音机里的评书，听完了学给俺听，说得有鼻子有眼。
访谈者：村里的人对孩子咋样？
受访者：都疼她。谁家蒸了包子、炸了丸子，都给端一碗。有一回她在地头犯病，是路过的{{han:栾老汉}}把她抱回来的，他七十多了，一路走一路喘。俺提着鸡蛋去谢他，他说你这是干嘛，谁家还没个难处。俺没别的本事，给他纳了两双鞋垫，他穿着下地，逢人就说。
访谈者：您自己身体怎么样？
受访者：腰弯了，眼也花了。最怕俺哪天一闭眼，{{han:甜妮儿}}咋办。俺跟她姑{{han:牛玉梅}}说好了，俺要是走了，孩子就交给她。{{han:牛玉梅}}在德州开理发店，一个月回来两趟。
访谈者：家里收入够吗？
受访者：低保加补贴，再种二亩{{trap/word:棉花}}，够吃。夜来{{trap/org:县残联}}来人说，能给孩子申请个康复救助。村里的{{han:能大嫂}}能说会道，{{trap/word:能耐}}大，领着俺去的。表是她帮俺填的，俺就按了个手印。
访谈者：登记信息请您说一下。
受访者：俺家是{{address:武城县老城镇后刘村三组9号}}。俺身份证{{id_number@wy1957tri.371428}}。电话俺记不住，是孙女写在门框上的：{{mobile@s38}}，{{han:让春花}}的是{{mobile@fws}}。孙女有个QQ，号码她用彩笔写在药盒上：{{qq:731605842}}。{{han:让春花}}的微信是{{wechat:rangch_laocheng}}。
访谈者：名字写得对吗？
受访者：俺不识字，听{{han:让春花}}念的：药单子上是{{spaced:牛 思 甜}}，残疾证上是{{spaced:牛思 甜}}，社工的名字写成了{{spaced:南　门　晚　晴}}，俺的是{{spaced:牛　秀　芹}}。
访谈者：您最想说什么？
受访者：孩子一天天大了，俺得撑着，撑到她能自己照顾自己那天。这些年帮过俺的人多，俺这辈子最忘不了的是{{han:让春花}}。
""")

# H1352: Han township civil-affairs clerk in 郑保屯镇 (夏津) going through this month's applications.
DOCS["H1352"] = ("staff", """\
访谈者：{{han:商干事}}，您这边一个月能收多少申请？
受访者：忙的时候十来份。我叫{{han:商立新}}，在{{trap/place:郑保屯镇}}民政办，管低保和儿童这一块。今天带来的是这个月的几份，我念给你。
访谈者：好。
受访者：头一份，申请人{{han:向翠兰}}，她向镇里递的是孙女的事实无人抚养。孙女{{han:向穗禾}}八岁，在{{school:郑保屯镇中心小学二年级（3）班}}。爸爸{{han:向东岭}}吸毒，被强制隔离戒毒，妈妈下落不明。住{{address:夏津县郑保屯镇孔庄村二组13号}}，申请人身份证{{id_number@woldquad.371427}}。
访谈者：第二份？
受访者：第二份是孤儿，{{han:扈思远}}，男，十二。爸妈都没了，跟着爷爷{{han:扈守有}}，{{han:扈守有}}有残疾证，一条腿是假肢。孤儿基本生活费每月{{trap/number:一千六百三十元}}，爷爷有低保。住{{address:夏津县郑保屯镇白庄村五组2号}}，孩子身份证{{id_number@my2013spaced.371427}}。
访谈者：第三份？
受访者：第三份，申请人{{han:也建波}}，是孩子的舅舅。外甥{{han:崔一诺}}十岁，爸妈都是精神残疾，两项补贴我们核过了。舅舅想办监护转移，{{han:也建波}}也来跑了三趟。
访谈者：第四份？
受访者：第四份是服刑人员子女，{{han:才梦琪}}才七岁。爸爸{{han:才广田}}盗窃，在{{trap/place:聊城}}服刑，妈妈在外打工不回来，孩子跟着大姑{{han:才凤兰}}。大姑自己也有俩孩子，日子紧巴，我们先给报了临时救助。
访谈者：一份申请要走哪些步？
受访者：先在村委会填表，村里评议，张榜公示；再报到镇上，我们入户核查，查车、查房、查存款，大数据一比对，有一项对不上就得退回去补。镇上审完报县里，县里批了，下个月钱才打到卡上。快的一个月，慢的两三个月。有时候一份材料要补三回，我就自己开车把表送到村里去。老人们不懂，以为是我们卡着，有的在办公室里就哭了，我只能一遍一遍地讲。
访谈者：这些材料谁审？
受访者：我初审，报县{{trap/org:民政局}}。入户核查跟我一起去的是镇社工站的{{compound:夹谷明蕙}}和{{compound:宰父云岫}}；县里来抽查的叫{{compound:巫马听雪}}；大学生村官{{compound:叔孙语冰}}帮老人们填表。{{han:吕镇长}}每个月听一回汇报。
访谈者：有没有拿不准的？
受访者：有。{{han:向翠兰}}那份，孩子妈三年没音信，得派出所出证明。所里的{{han:邴警官}}说最快下个月，我让{{han:孔繁蕊}}先去所里要个证明的样子，省得来回跑。孔庄村的儿童主任{{han:孔繁蕊}}替她跑过两趟，白庄村的{{han:白振岗}}也来打听{{han:扈守有}}那份啥时候批。
访谈者：有没有办不成的？
受访者：有。前年有个孩子，爸妈离了婚，都在外地打工，谁也不管，可两个人都在，按政策算不上事实无人抚养。我们去找他爸，他说钱每月都打；去找他妈，她说孩子归他爸。孩子跟着七十多岁的奶奶，一年到头见不着爹娘。最后只能给他报了个临时救助，又找了个志愿者结对。这种事最叫人难受。
访谈者：这些年有变化吗？
受访者：变化大。以前一个镇上就一个民政干事，啥都管；现在有了儿童主任、社工站，村里有{{trap/org:儿童之家}}，放了学孩子能去写作业。钱也多了，前几年孤儿一个月几百，现在一千六。就是年轻人都出去了，村里剩下老人孩子，这一块以后还得下力气。
访谈者：您干这个多少年了？
受访者：九年了。刚来的时候觉得就是填表、盖章，后来一户一户走下来，才知道一张表后头是一家人的日子。我们镇上有个老辈人办的义学，小时候老师讲{{trap/famous:武训}}讨饭办学，我那时候听不懂，现在懂一点了。群众打{{trap/hotline:12349}}问政策，转到我这里，我都回电话。
访谈者：您跟孩子们见面多吗？
受访者：入户的时候见。孩子们开头怕我，以为我是来查他们家的，后来知道我是来送钱的，见了就喊叔叔。{{han:扈思远}}去年考了全镇第三，他爷爷拄着拐到镇上来，非要给我送一篮子鸡蛋。我没要，他就放在门口走了。那篮鸡蛋我拿到社工站，大伙儿煮了分着吃，谁也没说话。
访谈者：联系方式呢？
受访者：我电话{{mobile@fullwidth}}，微信{{wechat:shanglx_zbt_mz}}。{{han:扈思远}}有QQ，号码是他爷爷念、我写在台账封底的：{{qq:2460831975}}。
访谈者：表上名字写错过吗？
受访者：常有。{{spaced:扈 思 远}}，{{spaced:也　建　波}}，社工的名字写成{{spaced:夹 谷 明 蕙}}，县里那位写成{{spaced:巫马 听雪}}。
访谈者：最后想说什么？
受访者：这些孩子的名字我都记得，谁家在哪条胡同、门朝哪开，我闭着眼都能走到。最放心不下的是{{han:才梦琪}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1345,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout171",))


if __name__ == "__main__":
    main()
