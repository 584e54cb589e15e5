# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 127 (tests/pii/holdout127/H1001-H1008 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 126, written at the same time, is not
an earlier set).

Set 127 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
淮北 (Anhui) and 台州 (Zhejiang): a Mongolian father from 苏尼特左旗 who works in a 淮北 coal-washing plant (杜集区),
lost two fingers there and raises his two children alone since his wife left and could no longer be reached; a
Kham Tibetan mother from 稻城 who packs fish in a 椒江 cold store, her Han husband in prison, her son with her and
her daughter with her mother in 稻城; a Kazakh grandmother from 青河 raising in 椒江区 the two children of her son,
drowned at sea, whose Han mother remarried and cut contact; a Hui father from 平凉 who runs a beef-noodle shop in
相山区 after his wife died and raises a daughter and a son with cerebral palsy who cannot walk; a Han miner's widow
in 濉溪 (临涣) whose husband was killed underground; a Han community worker in 黄岩区 (西城街道) reading out her
register; a Han primary-school teacher in 临海 who reaches the families of her four cases on WeChat and QQ; and a
Han aunt in 温岭 (石塘) raising the daughter of her brother, a fisherman lost at sea. The emphasis is on forms where
a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(敖其尔朝鲁, 图布信吉雅, 阿迪雅其其格, 特格喜达来, 乌力吉白乙拉, 敖登苏荣) and with a short form after the full name
(旺其格苏和 then 旺其格, 其木德苏荣 then 其木德, 伊拉勒图 then 伊拉勒他), a Han surname before a Mongolian given name
(宝伊拉勒图 on the school roll, 白敖登 after the father's Han surname) and the Han names of the same people (宝金山,
白国栋); Kham Tibetan names of 稻城 and 乡城 (降央拉措, 呷绒志玛她, 翁姆拉措, 洛绒呷松, 益西泽仁, 降央曲批, 格绒益西)
with short forms (格绒降曲 then 降曲, 扎西旺修 then 旺修, and 多吉降曲 holding the short form of another), a Han
surname before a Tibetan given name (项降曲, the father's surname joined by a teacher; 金降央, the mother's surname on
the roll) and the Han names of Tibetans (项宇航, and the mother called 项嫂 after her husband); Kazakh given name +
father's name with and without the dot (扎依达·胡尔曼, 叶克森·吾木提, 阿勒玛古丽·叶克森, 吾木提·哈布德克,
阿克木拉力叶克森) and single and short forms (扎依达, 叶克森, 阿克木拉力他, 乌拉里汗, 居玛别克, 托肯), a Han surname
before a Kazakh given name (叶阿勒玛古丽, a teacher making a surname of the father's name) and a Han name (叶浩然);
Han-form Hui names (海振林, 穆秀兰, 海嘉怡, 海振宇, 韩德禄, 韩明轩) beside 经名 used alone (沙木斯, 海瓦 which starts
with the family's surname, 扎凯里雅他, 哲马鲁丁, 艾布白克尔, 奥斯玛尼, 阿卜杜拉合曼) and after a Han surname
(海沙木斯, 海扎凯里雅, 穆罕丽玛, 马伊斯玛仪阿訇, 锁买尔彦大姐, 马伍麦尔, 马宰乃白她); surnames that are ordinary
words, directly after or before grammar words (才玉芬才来, 就秀芹就住, 有凤英有空, 把玉珍把, 都春霞都六十了,
还春生还是, 要梦瑶要强, 和翠兰和俺, 要振国要俺, 也兰英也是, 向立群向街道, 能春霞能跑, 被红梅被分到, 让永红让我们,
鹿向前向镇里) and as the first or last character of a given name (林也青也, 项德和和, 章礼让让, 卢和顺); Han names
with common and rare surnames of the region (鹿, 訾, 栾, 蔺, 相, 卞, 禚, 闵, 臧, 阚, 邸, 时 in 淮北; 项, 泮, 郏, 柯, 於,
应, 洪, 牟, 茅, 屈, 颜, 蔡 in 台州), names that contain words (宝金山, 鹿向前, 卢和顺, 章礼让, 江海波), with titles and
kin words (卞春梅老师, 柯晓静老师, 臧晓岚老师, 阚丽丽老师, 潘雅琴老师; the span is the name only), a surname with only a
title or kin word, annotated whole (相大姐, 项嫂, 於医生, 禚老师, 禚大娘, 洪阿婆, 卢主任, 屈老师, 颜主任), nicknames and
local forms of address, annotated whole (蔺二哥, 大妮子, 小石头他, 卢阿爷, 欣囡她), names directly before particles,
pronouns and verbs (才玉芬她, 项海龙他, 应丽娜她, 锁买尔彦她, 马宰乃白她, 章礼让让) and after 叫/是/给/跟/找/让/和
(找鹿玉兰, 给洪阿婆, 给能春霞, 跟和翠兰, 跟蔡宇轩, 让降曲), and a name closing the last sentence (谢谢和翠兰。,
要谢谢颜秀英。); names spaced out character by character in half- and full-width spaces (旺 其 格 苏 和,
其　木　德　苏　荣, 降 央 拉 措, 呷　绒　志　玛, 阿 勒 玛 古 丽, 扎 凯 里 雅, 敖 登 苏 荣, 降 央 曲 批, 濮 阳 书 瑶,
钟 离 静 姝, 澹 台 若 溪, 宗 政 雅 宁, 公 孙 雨 晨, 淳 于 子 墨, 闻 人 书 禾, 令 狐 雪 莹, 海　振　林, 禚　子　豪,
茅　佳　怡, 江　素　琴), a dotted name with spaces around the dot (阿克木拉力 · 叶克森) and names split in two
(旺其格　苏和, 格绒 降曲, 扎依达　胡尔曼, 海嘉 怡, 时桂 珍, 淳于 子墨, 牟晓 燕, 卢和 顺, 端木 韵笙, 江海 波); compound
surnames after ordinary words (濮阳, 申屠, 钟离, 夏侯, 澹台, 公冶, 宗政, 太史, 公孙, 淳于, 第五, 南宫, 端木, 闻人,
令狐, 欧阳 after 叫/的/还有/律师/同事/社工/心理老师/派来的); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:才玉芬}}``, ``{{qq:3906127548}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2015fwhyphen.331002}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 大姐) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 就, 才, 和, 让, 她, 他) are outside the span; a surname with only a
title or kin word (相大姐, 项嫂, 禚大娘, 卢主任) and a nickname or local form of address (蔺二哥, 大妮子, 小石头, 卢阿爷,
欣囡) are annotated whole. Han-style names of Mongolian, Tibetan, Kazakh and Hui people (宝金山, 项宇航, 叶浩然,
海振林) are category han; a Han surname before a non-Han given name (宝伊拉勒图, 项降曲, 叶阿勒玛古丽, 海沙木斯) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout127/make_holdout127.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(127_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1001: Mongolian father from 苏尼特左旗 who works in a 淮北 coal-washing plant; his wife left and cannot be
# reached, his two children live with him.
DOCS["H1001"] = ("family", """\
访谈者：大哥，听说您是从内蒙古来的？
受访者：{{trap/place:苏尼特左旗}}的，放了二十年羊。我叫{{minority/mongolian:旺其格苏和}}，厂里人嫌长，都喊我{{minority/mongolian:旺其格}}，身份证上的汉名是{{han:宝金山}}。在{{trap/place:淮北}}这个洗煤厂干了六年了。
访谈者：怎么来的淮北？
受访者：那年{{trap/minority_word:白灾}}，羊冻死一多半。同嘎查的{{minority/mongolian:敖其尔朝鲁}}先来的，说洗煤厂要人，我就带着老婆孩子来了。老婆{{minority/mongolian:图布信吉雅}}待了三年，说煤灰呛得喘不上气，前年秋天回了一趟{{trap/place:锡林浩特}}，就再没回来，电话也停了。
访谈者：孩子呢？
受访者：闺女{{minority/mongolian:其木德苏荣}}十二，在{{school:杜集区矿山集实验小学六年级（2）班}}，家里叫她{{minority/mongolian:其木德}}。小子{{minority/mongolian:伊拉勒图}}八岁，花名册上写的是{{minority/mongolian:宝伊拉勒图}}，在{{school:杜集区高岳中心小学二年级（4）班}}。{{minority/mongolian:伊拉勒}}他皮，老师三天两头找我。
访谈者：您一个人顾得过来吗？
受访者：顾不过来。去年冬天我在皮带机上出了事，左手卷进去，两根指头没了，评了四级残疾。社区儿童主任{{han:鹿玉兰}}说，孩子妈失联，爸又残疾，能按事实无人抚养报。她跑了三趟{{trap/org:区民政局}}，批下来每个孩子每月{{trap/number:一千二百四十元}}。
访谈者：厂里呢？
受访者：班长{{han:訾红旗}}把我调去看化验仪表，不用再下煤仓。老板{{han:栾立国}}说手是在厂里伤的，干到退休都行。化验室的{{han:才玉芬}}才来半年，教我认那些表，{{han:才玉芬}}她也是外地人。工友{{han:蔺二哥}}，大名{{han:蔺长顺}}，夜班替我顶过好几回。
访谈者：洗煤厂的活累吗？
受访者：累。原煤从矿上拉来，过筛子、过跳汰机，洗出来的精煤装火车运走。车间里全是水汽和煤泥，一个班下来鼻孔都是黑的。我在草原上看惯了天，刚来那年总觉得头顶压着东西。{{han:蔺长顺}}他笑我，说你们草原人离了马就不会走路了。
访谈者：孩子放学谁管？
受访者：夜班那几天，对门的{{han:相大姐}}把两个孩子叫过去吃饭、睡觉。{{han:相大姐}}是{{trap/place:相山}}底下的老住户。有一回小子半夜发高烧，我在班上走不开，打电话找{{han:鹿玉兰}}，她叫上她男人连夜把孩子送到医院。闺女的班主任{{han:卞春梅}}老师每个星期在微信上跟我说一回她的情况。社区请的社工叫{{compound:濮阳书瑶}}，每周二来辅导作业，跟她一块儿来的还有{{compound:申屠嘉禾}}，带小子踢球。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/mongolian:其木德}}嘴上不说，她妈走前给她编的头绳一直戴着，洗头都不摘。小子夜里尿床，{{han:卞春梅}}老师说是心里有事，让我多陪他。我下了夜班就坐在床边给他唱{{trap/minority_word:长调}}，他听着听着就睡了。去年过年，闺女偷拿我手机给她妈打电话，还是空号，一个人在厕所里哭了半天。
访谈者：家里开销够吗？
受访者：紧巴巴的。工资四千出头，事实无人抚养的钱我专门存着，给孩子交学费、买衣服。厂工会的{{han:就秀芹}}就住我们楼上，隔三差五送米面油过来。{{minority/mongolian:其木德}}是我的{{trap/word:宝贝}}疙瘩，我不能让她跟着我吃苦。
访谈者：老家还有人吗？
受访者：我额吉{{minority/mongolian:阿迪雅其其格}}七十了，守着几十只羊。嘎查的{{minority/mongolian:特格喜达来}}帮她剪毛、打草。暑假我送孩子回去，{{minority/mongolian:其木德}}跟着奶奶熬{{trap/minority_word:奶茶}}，{{minority/mongolian:伊拉勒图}}在{{trap/minority_word:那达慕}}上看{{trap/minority_word:搏克}}，看得不肯走。我给他们讲{{trap/famous:乌兰夫}}的故事，小子说长大也要当大官。
访谈者：手伤了以后，您怎么想的？
受访者：刚出事那阵，我躺在{{trap/org:矿工总医院}}里，想着干脆带孩子回草原算了。可回去没草场，额吉那几十只羊养不活四口人。{{han:訾红旗}}来看我，拎了一箱牛奶，说厂里不会不管你。出院那天{{han:相大姐}}炖了一锅羊肉汤。离家两千多里，也有人这样待我。
访谈者：以后有什么打算？
受访者：等小子上了初中，我想去考个叉车证，化验室的活不长久。{{han:栾立国}}说厂里要上新设备，到时候缺会开叉车的。闺女说她要考到{{trap/place:呼和浩特}}念师范，回苏尼特当老师。我跟她说，你考上了，阿爸就是砸锅卖铁也供。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:苏尼特左旗满都拉图镇巴彦宝力格嘎查三组9号}}，这边住{{address:杜集区矿山集街道洗煤厂家属院4栋2单元301室}}。我身份证{{id_number@my1983hyphen.152523}}，闺女的{{id_number@wy2014quad.152523}}。我电话{{mobile@s434}}，{{han:鹿玉兰}}的{{mobile@plus86dash}}。{{han:卞春梅}}老师的微信{{wechat:bian_cm_duji}}。闺女有个QQ，说是查作业用的，号码她拿铅笔写在我安全帽的内衬上：{{qq:3906127548}}。
访谈者：名字在表上写得对吗？
受访者：经常写错。低保表上我是{{spaced:旺 其 格 苏 和}}，有一回写成{{spaced:旺其格　苏和}}；学校表上闺女是{{spaced:其　木　德　苏　荣}}，社工的签名也被抄成{{spaced:濮 阳 书 瑶}}。
访谈者：最后还想说什么？
受访者：孩子们能念出书来，我这两根指头就不白丢。这些年多亏了{{han:相大姐}}。
""")

# H1002: Kham Tibetan mother from 稻城 who packs fish in a 台州 cold store; her Han husband is in prison, her son
# is with her and her daughter with her mother in 稻城.
DOCS["H1002"] = ("family", """\
访谈者：阿佳，您在冷库干什么活？
受访者：分鱼、装箱。{{trap/place:椒江}}码头的带鱼、鲳鱼拉进来，我们按大小分好，装进泡沫箱，一天站十个钟头。我叫{{minority/tibetan:降央拉措}}，老家{{trap/place:稻城}}的。冷库里的人念不顺，跟着我男人的姓叫我{{han:项嫂}}。
访谈者：您先生呢？
受访者：他叫{{han:项海龙}}，{{trap/place:台州}}本地人，以前在{{trap/place:亚丁}}开车拉游客，我们就是那时候认识的。后来我跟他回了椒江，他上渔船，前年跟船老大偷运柴油，判了五年，现在关在{{trap/place:乔司}}。
访谈者：孩子们呢？
受访者：两个。儿子十岁，户口上叫{{han:项宇航}}，藏名是我阿妈起的，{{minority/tibetan:格绒降曲}}，我在家叫他{{minority/tibetan:降曲}}。老师点名把他爸的姓跟藏名拼起来，叫他{{minority/tibetan:项降曲}}，他也应。他在{{school:椒江区葭沚小学四年级（3）班}}。女儿{{minority/tibetan:呷绒志玛}}六岁，我顾不过来，送回稻城跟我阿妈{{minority/tibetan:翁姆拉措}}过，在{{school:稻城县桑堆乡中心小学一年级（1）班}}。
访谈者：这边谁帮您？
受访者：社区的儿童主任{{han:泮丽萍}}，她帮儿子报了服刑人员子女补助，一个月{{trap/number:七百二十元}}，还帮我申请了临时救助。冷库组长{{han:郏国平}}把我的班排在白天，我好接孩子。同组的{{han:有凤英}}有空就帮我带孩子去医院，{{han:有凤英}}说她们村姓有的有十几户。
访谈者：监狱那边能联系上吗？
受访者：一个月一次亲情电话。{{han:项海龙}}他不敢跟儿子说话，就问{{minority/tibetan:降曲}}考了多少分。法律援助中心的律师{{compound:钟离静姝}}帮我们问了减刑的事。区里社工站的{{compound:夏侯雨萱}}每两个月陪儿子去会见一次。
访谈者：女儿在老家好吗？
受访者：我阿妈快七十了，每天去转经。{{minority/tibetan:呷绒志玛}}她跟着外婆放牦牛、打{{trap/minority_word:酥油}}。村里的儿童主任{{minority/tibetan:洛绒呷松}}给她报了留守儿童，冬天送了棉衣。我弟弟{{minority/tibetan:扎西旺修}}在{{trap/place:香格里拉镇}}开民宿，{{minority/tibetan:旺修}}每月寄钱给阿妈。
访谈者：儿子适应这边吗？
受访者：刚来听不懂台州话，同学学他口音，他哭着回家。班主任{{han:柯晓静}}老师让他在班会上讲稻城的雪山，讲{{trap/famous:格萨尔王}}，后来同学都愿意跟他玩了。同桌{{han:应浩宇}}家是开渔船的，周末两个人一块儿去{{trap/place:椒江二桥}}底下钓鱼，钓上来的小鱼都拿回来给我煮汤。冷库的藏族老乡{{minority/tibetan:多吉降曲}}有时来家里，跟他说藏话。
访谈者：冷库里的活您怎么熬过来的？
受访者：库里零下十八度，进去要穿棉大衣、戴两层手套，出来眉毛上都是霜。下了班手指头半天伸不直，拿筷子都拿不稳。膝盖、手指都冻坏了，卫生院的{{han:於医生}}给我开过药膏。{{trap/word:休渔}}那三个月鱼少，工钱只有一半。会计{{han:把玉珍}}把我的工资条一条一条念给我听，我不识几个汉字，怕被人少算。
访谈者：低保办了吗？
受访者：我户口还在稻城，这边办不了。儿子户口跟他爸在椒江，补助才能在这边领。{{han:泮丽萍}}说等我把户口迁过来，再帮我报低保。房租一个月九百，是跟{{han:有凤英}}她表哥租的，他只收八百。
访谈者：儿子去看过爸爸吗？
受访者：去过三回。头一回他躲在我身后不敢看，第二回隔着玻璃拿起电话，叫了一声爸爸，两个人都哭了。{{han:项海龙}}说他在里面学了电焊，出来不再上船了。回来的车上儿子问我，阿妈，爸爸是坏人吗？我不知道怎么答，就给他唱了一首{{trap/minority_word:锅庄}}的歌。
访谈者：稻城那边的家里怎么样？
受访者：阿妈住在桑堆，房子是{{trap/year:2019年}}危房改造时翻修的。女儿在那边上学不花钱，中午有营养餐。乡里的民政助理{{minority/tibetan:益西泽仁}}说，她也能算留守儿童，每年有一笔慰问金。阿妈眼睛不好，{{minority/tibetan:呷绒志玛}}就给她穿针。过年我回不去，视频里女儿穿着新藏装，给我磕了个头。
访谈者：您想过回去吗？
受访者：想过。可儿子在这边上学，他爸也在这边。等他出来，我们一起回{{trap/place:甘孜}}，开个小饭馆，卖牦牛肉，也卖台州的鱼面。{{han:柯晓静}}老师说这个主意好，到时候她带学生去吃。
访谈者：登记信息请说一下。
受访者：这边住{{address:椒江区葭沚街道东山新村12幢3单元402室}}，老家是{{address:稻城县桑堆乡然乌村二组15号}}。我的身份证{{id_number@wy1991fwspaced.513337}}，儿子的{{id_number@my2016tri.331002}}。电话{{mobile@fws}}，{{han:泮丽萍}}的{{mobile@p86h}}。我的微信是儿子帮我弄的，叫{{wechat:jylc_daocheng88}}。儿子有QQ，号码他写在冷库发的饭卡背面：{{qq:517390264}}。
访谈者：名字在表上写对了吗？
受访者：常写错。补助表上我是{{spaced:降 央 拉 措}}，儿子是{{spaced:格绒 降曲}}，女儿被写成{{spaced:呷　绒　志　玛}}，律师也写成{{spaced:钟 离 静 姝}}。
访谈者：您最盼什么？
受访者：盼儿子好好念书，盼女儿身体好，盼他早点出来，一家人回稻城看一回{{trap/place:央迈勇}}。到那时候，我要让{{minority/tibetan:降曲}}和他妹妹一起骑马去转山。
""")

# H1003: Kazakh grandmother from 青河 raising the two children of her drowned son in 椒江区; their Han mother
# remarried and cannot be reached.
DOCS["H1003"] = ("family", """\
访谈者：奶奶，您是从新疆来的？
受访者：{{trap/place:阿勒泰}}{{trap/place:青河}}县的。我叫{{minority/kazakh:扎依达·胡尔曼}}，楼里的人叫我{{minority/kazakh:扎依达}}，小孩子们叫我新疆奶奶。来{{trap/place:椒江}}快三年了，汉话是跟孙子学的，说得不好。
访谈者：怎么到这边来的？
受访者：儿子{{minority/kazakh:叶克森·吾木提}}当兵在{{trap/place:舟山}}，退伍留在台州跑运输船，娶了椒江姑娘{{han:洪佳慧}}。三年前他的船在{{trap/place:大陈岛}}外头翻了，人没找回来。儿媳后来去了{{trap/place:宁波}}，说是再嫁了，开头还打电话，后来号码也换了。两个孙子没人管，我就从青河坐了四天火车过来。
访谈者：您一个人来，语言不通怎么办？
受访者：刚来的时候，出门就迷路。买菜不会说，就拿手指。孙女给我当翻译，她会说台州话、汉话，也会一点哈萨克话，是她爸教的。有一回我坐错了公交车，坐到{{trap/place:路桥}}去了，是一个开出租的小伙子把我送回来，没收钱。后来{{han:应丽娜}}给我做了一张卡片，上面写着家里的地址和她的电话，我一直揣在兜里。
访谈者：孩子外婆家那边呢？
受访者：外婆{{han:洪阿婆}}住在{{trap/place:海门}}老街，七十多了，自己也有病，一个月来看一回，给孙子带鱼饼、麦虾。她说女儿对不起我们，每回说着说着就掉眼泪。孙女放了学常给{{han:洪阿婆}}打电话，用台州话跟她说学校的事，我一句也听不懂，就在边上看着笑。
访谈者：孙子们多大？
受访者：孙女{{minority/kazakh:阿勒玛古丽·叶克森}}十一岁，在{{school:椒江区洪家第二小学五年级（2）班}}。老师嫌名字长，拿她爸名字的头一个字当姓，点名叫她{{minority/kazakh:叶阿勒玛古丽}}。孙子{{minority/kazakh:阿克木拉力}}七岁，户口本上写的是{{minority/kazakh:阿克木拉力叶克森}}，中间没有点。他妈给他起过汉名，叫{{han:叶浩然}}，在{{school:洪家第二小学一年级（5）班}}。{{minority/kazakh:阿克木拉力}}他认生，上学头一个月天天哭。现在不哭了，交了个好朋友叫{{han:牟子轩}}，两个人天天一起玩。班主任{{han:章佩华}}老师说他画画好，画的都是马和羊，他没见过草原，是照着我手机里的照片画的。
访谈者：谁帮您？
受访者：街道的儿童主任{{han:应丽娜}}。{{han:应丽娜}}她帮两个孩子报了事实无人抚养，每人每月{{trap/number:一千三百一十元}}，我这儿还有低保。她说{{trap/word:应该}}早点报，耽误了半年。派出所的{{han:蒋立新}}帮我把户口的事问清楚了。楼下的{{han:都春霞}}都六十了，天天顺路把孙子送到学校。区社工站的{{compound:澹台若溪}}每周来一次，教孙女写作业，她同事{{compound:公冶星辰}}给我们修过热水器。
访谈者：生活上习惯吗？
受访者：不习惯。这边太潮，我腿疼，夏天热得睡不着。吃不惯海鲜，我就自己炸{{trap/minority_word:包尔萨克}}、煮奶茶。孙女倒是爱吃她妈教她做的炒年糕。没事的时候我弹{{trap/minority_word:冬不拉}}，给孙子唱{{trap/famous:阿拜}}的诗，邻居们也来听。
访谈者：钱够花吗？
受访者：省着够。低保加上孩子的钱，房子是街道帮着找的公租房，一个月才两百多。儿子船上的老板赔了一笔，我一分没动，存在银行里，等孙女上大学用。冬天的厚衣服是{{han:都春霞}}她们社区捐的。我不会用手机付钱，买菜都拿现金，菜场的人认得我，从来不少找。
访谈者：老家还有人吗？
受访者：我老伴{{minority/kazakh:吾木提·哈布德克}}走了十年了。青河的房子托侄子{{minority/kazakh:乌拉里汗}}看着。村里的{{minority/kazakh:居玛别克}}打电话问我要不要回去，回去了孙子上学怎么办？在台州饭馆干活的老乡{{minority/kazakh:托肯}}，{{trap/minority_word:纳吾肉孜节}}会给我们送一锅肉来。
访谈者：孙女懂事吗？
受访者：懂事。{{minority/kazakh:叶克森}}出事那天她在学校，回来没哭，晚上抱着她爸的军装睡。现在她帮我看药盒上的字，去医院也是她领着我挂号。老师说她作文写她爸爸，写的是大海把他借走了。
访谈者：孙子知道爸爸的事吗？
受访者：孙子小，问他爸是不是又去当兵了。我说是，去很远的地方当兵了。孙女知道，她不拆穿我。每年出事那天，我们三个去海边，往海里撒一把{{trap/minority_word:馕}}渣，按老家的规矩念一段经。{{minority/kazakh:叶克森}}是在{{trap/place:乌伦古河}}边长大的，没想到最后是海把他留下了。
访谈者：登记信息请您说一下。
受访者：我们住{{address:椒江区洪家街道后蒋村五组21号}}，老家是{{address:青河县查干郭勒乡布尔根村二组8号}}。我的身份证{{id_number@wold.654325}}，孙女的{{id_number@wy2015fwhyphen.331002}}。我电话{{mobile@s38}}，{{han:应丽娜}}的{{mobile@plain}}。她的微信{{wechat:ying_lina0576}}。孙女有个QQ，号码她用彩笔写在我的药盒上：{{qq:２８０４６１９３５}}。
访谈者：名字都写对了吗？
受访者：没有。低保表上孙子写成{{spaced:阿克木拉力 · 叶克森}}，孙女是{{spaced:阿 勒 玛 古 丽}}，我被写成{{spaced:扎依达　胡尔曼}}，社工的名字也成了{{spaced:澹 台 若 溪}}。
访谈者：您最盼什么？
受访者：盼孙子们长大，带他们回青河，看看他们的爸爸长大的地方。到时候让{{minority/kazakh:乌拉里汗}}宰一只羊，请全村的人来吃肉。
""")

# H1004: Hui father from 平凉 who runs a beef-noodle shop in 相山区 after his wife died, raising a daughter and a
# son who cannot walk.
DOCS["H1004"] = ("family", """\
访谈者：老板，这面馆开了几年了？
受访者：七年了。我是{{trap/place:平凉}}{{trap/place:崆峒区}}人，拉面手艺在{{trap/place:兰州}}学的。我叫{{han:海振林}}，经名{{minority/hui:沙木斯}}，寺里的老人叫我{{minority/hui:海沙木斯}}。我跟孩子说，咱姓海，跟{{trap/famous:海瑞}}一个姓，做人要正。
访谈者：家里几口人？
受访者：我跟两个孩子。孩子妈{{han:穆秀兰}}前年得尿毒症走了，寺里的婶子们都叫她{{minority/hui:穆罕丽玛}}。闺女{{han:海嘉怡}}十四，经名{{minority/hui:海瓦}}，在{{school:相山区南黎中学初二（4）班}}。儿子{{han:海振宇}}十一岁，经名{{minority/hui:扎凯里雅}}，寺里的人叫他{{minority/hui:海扎凯里雅}}。他生下来就是脑瘫，到现在站不起来。
访谈者：店里生意怎么样？
受访者：还行。一碗牛肉面十二块，一天卖两百来碗。牛肉从{{trap/place:阜阳}}拉来，汤是我自己熬的，牛骨头、牛肉加十几味香料，要熬一夜。我们平凉人吃面讲究汤清、面细、辣子红。相山这边的人吃惯了，有老客一天来两回。
访谈者：孩子妈走了以后，您怎么撑过来的？
受访者：头半年真撑不住。白天开店，夜里儿子哭，闺女也哭。有一阵我想把店关了回平凉，是{{minority/hui:马伊斯玛仪}}阿訇劝我，说孩子在这边有学校、有康复，回去了什么都没有。连襟{{minority/hui:哲马鲁丁}}在{{trap/place:宿州}}也开牛肉面馆，每个月开车过来帮我进一回牛肉。
访谈者：儿子上学怎么办？
受访者：他的学籍在{{school:相山区特殊教育学校三年级（2）班}}，学校的{{han:禚老师}}一个礼拜来家里送教两回，教他认字、算数。{{minority/hui:扎凯里雅}}他手也不太灵，握笔要用特制的套子。{{han:禚老师}}说他脑子不笨，就是手跟不上。
访谈者：有哪些补助？
受访者：残疾人两项补贴都有，困难残疾人生活补贴和重度残疾人护理补贴，加起来一个月{{trap/number:三百九十块}}。我们家也吃低保。社区的儿童主任{{han:闵淑芳}}帮着办的，{{trap/org:区残联}}给他配了轮椅。康复中心的{{han:岳晓敏}}每周给他做两次训练，那里的社工{{compound:宗政雅宁}}带着家长们一块儿学按摩。
访谈者：儿子康复有进步吗？
受访者：有。刚开始头都抬不稳，现在能扶着杠子站五分钟了。{{han:岳晓敏}}说，再练两年，也许能用助行器走几步。康复费医保报一部分，残联有救助项目，剩下的我出。去年{{trap/word:助残日}}，{{han:闵淑芳}}推着他去看了演出，他高兴得一晚上没睡。
访谈者：面馆忙，您怎么照顾他？
受访者：早上四点起来揉面、熬汤，六点开门。儿子就在后屋，我隔一会儿进去看一眼。帮工{{han:还春生}}还是个小伙子，手脚麻利，忙的时候替我抱他上厕所。{{han:还春生}}也是平凉来的。寺里的{{minority/hui:锁买尔彦}}大姐中午来帮着喂饭，{{minority/hui:锁买尔彦}}她自己的孩子都在外地。
访谈者：儿子平时喜欢做什么？
受访者：喜欢听评书，一听能听一下午。还喜欢看我拉面，我一甩面他就笑。{{han:还春生}}给他做了个小面板，让他拿面团捏小人、捏小羊，捏好了摆一排，客人来了都夸。
访谈者：闺女呢？
受访者：{{minority/hui:海瓦}}懂事得让人心疼。放学回来先给弟弟翻身、擦身子，再写作业。她说以后想学康复，回来给弟弟做训练。有一回她在学校晕倒，班主任{{han:臧晓岚}}老师送她回家，才知道她早上没吃饭，钱省下来给弟弟买尿不湿。{{han:臧晓岚}}老师给她申请了助学金，还让她中午在学校吃饭。她的同桌{{han:要梦瑶}}要强，成绩好，周末常来家里陪她写作业。
访谈者：寺里帮过你们吗？
受访者：帮过。{{minority/hui:马伊斯玛仪}}阿訇每到{{trap/minority_word:开斋节}}都让人送{{trap/minority_word:油香}}过来，还给{{minority/hui:扎凯里雅}}做过都瓦。平凉老家的舅舅{{minority/hui:艾布白克尔}}来过一回，想把儿子接回去，我没舍得。
访谈者：您身体怎么样？
受访者：腰椎间盘突出，抱儿子抱的。八十来斤的孩子，一天抱上抱下十几回。大夫让我少抱重东西，可我不抱谁抱呢？晚上贴两张膏药，第二天照样干。
访谈者：您对以后有什么打算？
受访者：等{{han:还春生}}手艺学全了，想在{{trap/place:烈山区}}再开一家分店，让他去管。挣了钱，给儿子换一辆电动轮椅，他自己能在小区里转转。闺女要是考上大学，我就是卖了店也供她。
访谈者：登记信息请说一下。
受访者：面馆在{{address:相山区南黎路东段88号}}，家住{{address:相山区东山街道惠苑小区9栋1单元602室}}。我身份证{{id_number@my1981fullwidth.620802}}，儿子的{{id_number@my2014x.340603}}。电话{{mobile@h38}}，{{han:闵淑芳}}的{{mobile@plus86}}。面馆的微信{{wechat:hai_niuroumian88}}，外卖都走这个。闺女有QQ，号码她写在面馆收银台的玻璃底下：{{qq:1538620974}}。
访谈者：名字在表上写得对吗？
受访者：不对。补贴表上儿子是{{spaced:扎 凯 里 雅}}，我被写成{{spaced:海　振　林}}，低保表上闺女成了{{spaced:海嘉 怡}}，社工签名是{{spaced:宗 政 雅 宁}}。
访谈者：您最盼什么？
受访者：盼儿子有一天能自己站起来，哪怕扶着墙走两步也行。
""")

# H1005: Han miner's widow in 濉溪 (临涣) raising two children and caring for her mother-in-law after her husband
# was killed underground.
DOCS["H1005"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：四口，俺、俺婆婆，还有两个孩子。俺叫{{han:时桂珍}}，{{trap/place:濉溪}}{{trap/place:临涣}}人。孩他爹{{han:禚德海}}在矿上干了十八年，前年腊月井下冒顶，人没了，才四十一。
访谈者：孩子们多大？
受访者：闺女{{han:禚雪晴}}十三，庄上都喊她{{han:大妮子}}，在{{school:濉溪县临涣中学七年级（5）班}}住校。小子{{han:禚子豪}}八岁，小名{{han:小石头}}，在{{school:临涣镇中心小学二年级（3）班}}。{{han:小石头}}他爹走的时候他才六岁，到现在还问爸爸啥时候下班。
访谈者：出事以后矿上怎么处理的？
受访者：给了一次性赔偿，俺存着给孩子上学。矿工会的{{han:岳守田}}帮俺跑的手续，两个孩子还能领供养亲属抚恤金，领到十八岁。同一回出事的还有个回民兄弟，工友都喊他{{minority/hui:马伍麦尔}}，他媳妇带着孩子回了{{trap/place:临夏}}，逢年过节还给俺打个电话。原先矿上分的房子在{{address:濉溪县刘桥镇矿工新村6排11号}}，人没了，俺就带着孩子搬回庄上了。
访谈者：婆婆身体怎么样？
受访者：七十六了，眼睛看不清，有糖尿病。庄上的人都喊她{{han:禚大娘}}。{{han:禚大娘}}她就这一个儿子，人走了以后整宿整宿睡不着，天不亮就坐在门口等。俺跟她说，娘，还有俺，还有两个孩子。俺白天去{{trap/org:口子窖}}酒厂包装车间打零工，一天八十块，晌午回来给她做饭。
访谈者：这两年谁帮你们？
受访者：村里的儿童主任{{han:和翠兰}}，{{han:和翠兰}}和俺是一个庄嫁过来的，那天她正在{{trap/word:和面}}，听说了放下面盆就跑来了。她帮俺家报了低保，两个孩子也算困境儿童，每人每月{{trap/number:六百八十块}}。村会计{{han:要振国}}要俺把材料复印三份，一份交镇里，一份交县里，一份自己留着。镇民政所的{{han:邸建设}}来核过三回，说俺家这情况够条件。
访谈者：村里还有谁帮过您？
受访者：村支书{{han:鹿向前}}向镇里要了个公益岗，让俺每天扫两个钟头的路，一个月七百块。去年麦收，俺一个人割不完，是他找了几个党员帮着收的。俺让闺女给{{han:鹿向前}}写了封感谢信，贴在村委会墙上。
访谈者：庄上还有跟您一样的人家吗？
受访者：有。俺庄上矿工多，出事的不止俺一家。{{han:也兰英}}也是矿上的寡妇，男人得尘肺走的，俺俩常一块儿去赶集，一块儿说说话。她说{{trap/word:时候}}长了就好了，可俺到今天也没觉着好。
访谈者：孩子们在学校怎么样？
受访者：{{han:大妮子}}学习好，班主任{{han:阚丽丽}}老师说她能考上县一中。她住校，星期五回来，先帮奶奶洗脚，再给弟弟检查作业。{{han:小石头}}调皮，上课坐不住，县里派来的心理老师{{compound:太史晓峰}}每个月单独跟他谈一回。学校有个社工叫{{compound:公孙雨晨}}，每周带孩子们做游戏、画画，{{compound:公孙雨晨}}说小子画的房子都没有门。
访谈者：孩子们放假怎么过？
受访者：暑假闺女回来，帮俺干活，还教弟弟认字。镇上有个暑期托管班，是{{compound:太史晓峰}}他们办的，小子去了一个月，学会了下象棋。庄上的孩子都去{{trap/place:浍河}}里洗澡，俺不让小子去，怕出事。俺跟{{han:和翠兰}}一说，她就在村口的大喇叭上天天喊防溺水。
访谈者：赔偿的钱怎么安排？
受访者：一分没敢乱花。存了定期，写的是两个孩子的名字。有亲戚来借，俺说这是孩子他爹拿命换的，谁也不能动。工会的人教俺，每年去矿上核一回抚恤金，别让断了。
访谈者：孩子想爸爸吗？
受访者：想。{{han:小石头}}把他爹的矿灯藏在床底下，夜里偷偷打开照着睡。闺女不说，俺翻她日记本，上面写着“爸爸，我考了第一名”。俺看完了又原样放回去，装作不知道。小子问俺，矿灯还能亮多久，俺说，能亮到你长大。
访谈者：您自己呢？
受访者：腰不好，去年在车间搬箱子扭了，到现在阴天还疼。俺不能倒，俺倒了这个家就散了。去年冬天俺发烧三天起不来，是闺女请了假回来，给奶奶做饭，给弟弟洗衣裳。俺躺在床上看着，心里又疼又酸。庄上老人讲{{trap/famous:嵇康}}在这一带打铁的事，说人要有骨气。俺没念过几年书，就记住这一句。
访谈者：登记信息请说一下。
受访者：家在{{address:濉溪县临涣镇塘湖村三组14号}}。俺的身份证{{id_number@wy1986spaced.340621}}，闺女的{{id_number@wy2013hyphen.340621}}。电话{{mobile@spaced}}，{{han:和翠兰}}的{{mobile@s74}}。{{han:阚丽丽}}老师的微信{{wechat:kanlili_lh2019}}，有事俺让闺女帮俺回。闺女有个QQ，号码写在她英语书的书皮里头：{{qq:86240571}}。
访谈者：名字在表上写得对吗？
受访者：老写错。低保表上闺女是{{spaced:禚 雪 晴}}，小子是{{spaced:禚　子　豪}}，俺成了{{spaced:时桂 珍}}，社工的名字也被写成{{spaced:公 孙 雨 晨}}。
访谈者：最后您想说什么？
受访者：俺就一句话，这两年要不是人家帮着，俺撑不到今天。谢谢{{han:和翠兰}}。
""")

# H1006: Han community worker in 黄岩区 (西城街道) reading out her register of children in distress.
DOCS["H1006"] = ("staff", """\
访谈者：您今天带来的是什么？
受访者：社区困境儿童的花名册。我叫{{han:牟晓燕}}，在{{trap/place:黄岩区}}{{trap/place:西城街道}}做儿童主任五年了。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:茅佳怡}}，女，九岁，{{school:黄岩区西城第三小学三年级（2）班}}。爸爸{{han:茅建华}}搞网络诈骗，判了四年；妈妈去了外地，联系不上。跟奶奶过，奶奶在{{trap/word:蜜橘}}园里打零工。住{{address:黄岩区西城街道桔乡路166弄9号}}，孩子身份证{{id_number@wy2017.331003}}。服刑人员子女补助每月{{trap/number:八百五十元}}。
访谈者：第二户？
受访者：第二户是孤儿，{{compound:淳于子墨}}，男，十一岁。爸妈前年在{{trap/place:甬台温高速}}上出了车祸。现在跟舅舅{{han:向立群}}过，{{han:向立群}}向街道打了三回报告，孤儿基本生活费才批下来，每月{{trap/number:一千九百二十元}}。孩子身份证{{id_number@my2015fwspaced.331003}}，住{{address:黄岩区西城街道劳动北路45号3幢501室}}。
访谈者：第三户？
受访者：第三户是回族，从{{trap/place:青海}}{{trap/place:化隆}}来开拉面馆的。爸爸{{han:韩德禄}}，经名{{minority/hui:奥斯玛尼}}；妈妈{{minority/hui:马宰乃白}}乳腺癌，正在化疗。儿子{{han:韩明轩}}七岁，经名{{minority/hui:阿卜杜拉合曼}}，在{{school:西城第三小学一年级（4）班}}。一家人吃低保，孩子按困境儿童每月补{{trap/number:五百六十元}}。妈妈的身份证{{id_number@wy1990.632127}}。
访谈者：第四户？
受访者：第四户是蒙古族，爸爸从{{trap/place:通辽}}来，在模具厂开数控床子，前年机器砸断了腿，一级残疾，残疾人两项补贴都有。爸爸汉名{{han:白国栋}}，蒙古名{{minority/mongolian:乌力吉白乙拉}}。女儿{{minority/mongolian:敖登苏荣}}八岁，厂里的人跟着她爸的汉姓叫她{{minority/mongolian:白敖登}}。住{{address:黄岩区西城街道模具城北区7栋2单元102室}}，孩子身份证{{id_number@wy2018tri.150502}}。
访谈者：你们是怎么发现这些孩子的？
受访者：一是网格员报上来，二是学校发现，三是我们自己入户排查。网格员{{han:被红梅}}被分到第一户那一片，是她先发现茅家奶奶一个人带孩子，煤气用完了半个月都没钱换。每年春秋两季，我们挨家挨户走一遍，看哪家大人病了、哪家大人不在了、哪家孩子没人管。
访谈者：找到以后怎么办？
受访者：先评估，缺钱的报救助，缺人照顾的找亲属，缺心理支持的请社工。每个孩子一个档案，半年评估一次。我们社区就三个人，跟着四十多个孩子，忙不过来的时候我就给{{han:能春霞}}打电话，让她顶一下。能帮一点是一点。外地来的两户，我还帮着跟他们老家的{{trap/org:乡民政办}}联系，开证明。
访谈者：这些户都谁在跟？
受访者：街道民政办的{{han:卢主任}}总负责，材料报到区{{trap/org:民政局}}。社区同事{{han:能春霞}}能跑，一天走七八户。社工站的{{compound:第五嘉乐}}跟第一户、第二户，{{compound:南宫书朗}}跟第三户、第四户。{{compound:淳于子墨}}每周去社工站上一次沙盘课，是{{compound:第五嘉乐}}带的。
访谈者：台账上的名字写对了吗？
受访者：错的多。{{spaced:淳 于 子 墨}}，还有一张写成{{spaced:淳于 子墨}}；{{spaced:茅　佳　怡}}；蒙古族小姑娘被写成{{spaced:敖 登 苏 荣}}；我自己也被写成{{spaced:牟晓 燕}}。我们年底一起核一遍。
访谈者：有没有让您特别放不下的？
受访者：第二户那个男孩。车祸那天他在后座，自己没事，爸妈都没了。他现在不肯坐车，上学宁可走四十分钟。舅舅家也不宽裕，表哥跟他抢东西，他就一个人躲在阳台上。他在沙盘里摆了一辆小汽车，摆在最角落，又用沙子埋起来。有一回他跟我说，阿姨，我夜里梦见爸爸开车来接我。我听了，半天说不出话。我们请了区里的心理咨询师，一个月来两回。第四户的小姑娘倒是开朗，她爸坐着轮椅，她推着在{{trap/place:永宁江}}边上散步，见了人就唱歌。
访谈者：第三户妈妈的病怎么样了？
受访者：化疗做了四次，头发掉光了。{{minority/hui:马宰乃白}}她说不怕，就怕孩子没人管。寺里的乡亲们每周送饭，面馆也有老乡帮着看。我跟{{compound:南宫书朗}}商量，先帮孩子报了托管，放学有地方写作业。
访谈者：联系方式呢？
受访者：{{han:向立群}}的电话{{mobile@plus86spaced}}，{{han:白国栋}}的{{mobile@hyphen}}。我的工作微信{{wechat:mu_xiaoyan_xc}}。{{compound:淳于子墨}}有个QQ，号码他写在我给的作业本首页：{{qq:2093615847}}，晚上想说话就在上面找我。
访谈者：做这个工作最难的是什么？
受访者：最难的是大人不肯说。有的家里出了事，觉得丢人，瞒着不报，等我们知道，孩子已经饿了好几天。还有就是外地来的人家，户口不在这边，很多补助领不了，只能东拼西凑。再有就是我们自己，看多了这些事，晚上睡不着。街道每季度请督导来给我们减压，说说心里话。我跟{{han:能春霞}}说，咱俩谁先撑不住了，另一个就顶上。有事也可以打{{trap/hotline:12349}}。
""")

# H1007: Han primary-school teacher in 临海 going through the four pupils in distress of her class, whose
# families she reaches on WeChat and QQ.
DOCS["H1007"] = ("teacher", """\
访谈者：{{han:屈老师}}，您带的是哪个班？
受访者：{{school:临海市古城小学四年级（6）班}}，我当班主任第八年了。我叫{{han:屈慧敏}}，教数学。班上四十一个学生，真正困难的有四个，他们的家长多半不在身边，平时全靠微信和QQ联系。别的孩子我放心，最操心的就是这四个。{{trap/word:屈指}}一算，我手机里光家长群就有五个。
访谈者：先说第一个。
受访者：{{han:卢和顺}}，十岁。妈妈生他弟弟时大出血走了，爸爸{{han:卢建平}}在{{trap/place:新疆}}修路，一年回来一趟。兄弟俩跟爷爷过，爷爷我们都叫{{han:卢阿爷}}，七十多了，耳朵背，电话里说不清，我就跟他爸在微信上说。他爸的微信是{{wechat:lujianping_xj}}，每周五我把作业拍给他，他在工地上收工晚，常常半夜才回我。{{han:卢和顺}}他数学好，就是作业本老是皱巴巴的，弟弟在上面画画。
访谈者：第二个呢？
受访者：第二个是女孩，{{han:章礼让}}，九岁。爸爸吸毒，在戒毒所；妈妈早就走了。她跟太婆过，太婆八十四了。{{han:章礼让}}让着弟弟，有好吃的都留给他。家里没有智能手机，她小姑{{han:章素芬}}在{{trap/place:杭州}}打工，只用QQ，号码是{{qq:1174086329}}，我有事就在QQ上给她留言，她晚上下班回。事实无人抚养的补助也是小姑帮着报的。
访谈者：第三个？
受访者：第三个是藏族男孩，{{minority/tibetan:降央曲批}}，去年才转来。爸爸{{minority/tibetan:格绒益西}}是{{trap/place:乡城}}人，在{{trap/place:临海}}的工地上搭脚手架，前年摔下来，腰断了，现在坐轮椅，评了一级残疾，残疾人两项补贴都领着。妈妈{{han:金丽娟}}是本地人，在{{trap/place:紫阳街}}卖麦饼。孩子户口随妈，名册上写的是{{minority/tibetan:金降央}}。妈妈的QQ是{{qq:３６９０１５８２７}}，她说微信太费流量。
访谈者：第四个？
受访者：第四个{{han:郏一鸣}}，十一岁，爸妈离婚，谁都不要他，跟着外公外婆过。外公叫{{han:项德和}}，{{han:项德和}}和外婆都快八十了，外公只会用QQ，号码{{qq:50938216}}。他爸的微信是{{wechat:Jia_Wenbo-1988}}，我发了十几条，他只回过一个“嗯”。
访谈者：这些孩子在班上怎么样？
受访者：头一个孩子爱说话，跟谁都处得来。{{han:章礼让}}太懂事了，懂事得让人心疼，从来不给人添麻烦。有一回下大雨，她没带伞，宁可淋着回家也不跟同学借。藏族孩子刚来的时候不说话，我让他在班会上教大家说“扎西德勒”，同学们都跟着学，他才笑了。最后一个脾气急，跟人打过两回架，我找他谈，他说没人要他，打架也没人管。
访谈者：家访的时候看到些什么？
受访者：{{han:章礼让}}家是老房子，楼梯是木头的，太婆上下楼要扶着墙。她在灶台边的小桌上写作业，灯泡才二十五瓦，我给她买了个台灯。临走时太婆非要塞给我两个鸡蛋，我推不掉，只好收下。藏族孩子家住在工地边上的板房里，轮椅进出要人抬，他妈一个人推不动，天天找邻居帮忙。我跟社区说了，他们正帮着申请公租房。
访谈者：四个孩子的补助都落实了吗？
受访者：落实了。单亲的有困境儿童补助，{{han:章礼让}}是事实无人抚养，藏族孩子家是残疾人两项补贴加低保。{{han:郏一鸣}}的情况最难办，爸妈都在，只是不管，我跟{{trap/org:市民政局}}反映了三回，还在走程序。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:潘志远}}定了每个困难孩子配一个老师。学校的心理老师{{compound:端木韵笙}}每周做一次团体辅导，市里社工站派来的{{compound:闻人书禾}}常来，带他们去{{trap/place:台州府城墙}}上走一走，讲{{trap/famous:戚继光}}抗倭的故事。{{trap/org:团市委}}送过一批书包和文具。
访谈者：您跟家长联系辛苦吗？
受访者：辛苦。白天上课，晚上批作业，十点以后才有空回消息。新疆的、杭州的、工地上的，每个人能回的时间不一样。我的微信{{wechat:quhuimin_math}}，QQ也开着，有时候一晚上要回三四十条。我女儿上初二，说妈妈你对别人的孩子比对我还上心。后来她把自己的旧衣服、旧书都翻出来，让我带给那几个孩子。
访谈者：您平时跟家长在微信上都说些什么？
受访者：说得最多的是作业和身体。孩子感冒了，我拍张照片发过去；考试考好了，我也发，让他们高兴高兴。新疆那位爸爸每次都回一个大拇指，再加一句“麻烦{{han:屈老师}}了”。有的家长不回，我也照发，总有一天他们会看的。过节我在群里发个红包，孩子们抢到五毛钱也高兴半天。
访谈者：名字在表上有写错的吗？
受访者：有。补助表上把{{spaced:降 央 曲 批}}分开写，{{spaced:卢和 顺}}成了两截，社工站的名单上是{{spaced:闻 人 书 禾}}，心理老师被写成{{spaced:端木 韵笙}}。
访谈者：有什么想说的？
受访者：希望这四个孩子平平安安读完小学，再读初中、高中。他们比别的孩子难，可一点不比别的孩子差。我跟他们说，心里有事就打{{trap/hotline:12355}}，也可以来找我。
""")

# H1008: Han aunt in 温岭 (石塘) raising the daughter of her brother, a fisherman lost at sea; the girl's mother
# left and cannot be reached.
DOCS["H1008"] = ("family", """\
访谈者：大姐，孩子是您带着？
受访者：是我哥的囡。我叫{{han:江素琴}}，{{trap/place:温岭}}{{trap/place:石塘}}人。我哥{{han:江海波}}跑了二十年船，前年秋天在{{trap/place:东海}}上碰到大风，船翻了，一船五个人，就回来两个。嫂子{{han:林也青}}也是石塘人，{{han:林也青}}也没撑多久，办完丧事半年就走了，说去{{trap/place:义乌}}打工，后来电话不接，微信也把我拉黑了。
访谈者：您哥出事那天的情况您还记得吗？
受访者：记得。那天是台风过后第三天，船老大说风小了，要出去抢鱼。我哥走前还来我家吃了碗麦面，说回来给囡带一只大梭子蟹。后来{{trap/org:海上搜救中心}}的船找了七天，只找到他的救生衣。
访谈者：孩子多大？
受访者：{{han:江可欣}}，十岁，我们叫她{{han:欣囡}}，在{{school:温岭市石塘镇中心小学四年级（1）班}}。她爸在的时候最宠她，出海回来总给她带贝壳、海星。{{han:欣囡}}她现在还把那些贝壳摆在窗台上，一个都不让动。
访谈者：您家里几口人？
受访者：我男人{{han:蔡国栋}}开小货车，给鞋厂送货；儿子{{han:蔡宇轩}}十三，在读初一。加上{{han:欣囡}}，还有我婆婆，一共五口。房子是自己盖的三层，住得下，就是钱紧。
访谈者：补助办下来了吗？
受访者：办了。村委会的{{han:颜主任}}，大名{{han:颜秀英}}，帮我们报了事实无人抚养：我哥没了，嫂子失联一年多，够条件，每月{{trap/number:一千五百六十元}}。镇里民政办的{{han:陶建明}}说钱直接打到孩子卡上。渔业公司的{{han:让永红}}让我们去{{trap/org:海事局}}开了证明，才领到了抚恤金。那些表我一个字一个字地填，填错了三回。
访谈者：孩子的抚恤金怎么管？
受访者：我不碰。镇里让开了个专户，{{han:陶建明}}每年来对一回账。我跟我男人说好了，这笔钱留到她上大学，谁也不许动。我们自己家再紧，也从工资里出她的饭钱。
访谈者：孩子在学校怎么样？
受访者：她爸刚走那阵，上课发呆，作业不交。班主任{{han:潘雅琴}}老师天天放学留她半小时，陪她写完再走。镇社工站的{{compound:令狐雪莹}}每两周来一次，跟她一起画画，画的全是船。{{compound:令狐雪莹}}说，让她画，画出来就好了。县里还派来过一个心理老师叫{{compound:欧阳慕晴}}。
访谈者：您儿子跟她处得好吗？
受访者：开头不好，嫌她占了他的房间，两个人吵。后来有一回{{han:欣囡}}半夜发烧，是{{han:蔡宇轩}}背着她跑到卫生院的。从那以后他就护着妹妹，谁欺负她他就跟谁急。现在放了学，他先去小学门口等妹妹，两个人一起走回家。
访谈者：您自己累吗？
受访者：累。白天在鞋厂流水线上粘鞋底，晚上回来做饭、辅导作业。有时候站一天，腿肿得鞋都穿不进去，回家看见孩子趴在桌上写作业，心就软了。我男人说，她是你哥的骨肉，也是我们家的人。婆婆一开始有意见，现在也疼她了。石塘的人信{{trap/famous:妈祖}}，逢初一十五我带她去庙里，求她爸在海里安安稳稳的。
访谈者：孩子跟外婆家还有来往吗？
受访者：外婆在{{trap/place:松门}}，腿不好，我每个月带她去看一回。外婆一见她就哭，说对不住我们江家。我说，大人的事不怪孩子，外婆也还是外婆。
访谈者：过年过节怎么过？
受访者：过年我们一家都回石塘老屋，给我哥烧纸。孩子会给她爸写一封信，在海边烧了。大年初一，我让她跟{{han:蔡宇轩}}一起去给村里的老人拜年。她说长大要当海警，去海上救人，我听了又高兴又害怕。
访谈者：孩子平时喜欢做什么？
受访者：喜欢去海边捡东西，贝壳、小螃蟹、被浪冲上来的玻璃珠子，捡了一满罐。她说她爸就在海那边，她捡的都是她爸送来的。我听了不敢接话，转过身去抹眼泪。周末她跟表哥去礁石上看日出，说{{trap/place:千年曙光}}就在我们石塘，太阳先照到我们家。
访谈者：她想妈妈吗？
受访者：想，又不肯说。有一回我看见她拿我的手机偷偷给她妈发消息，发了十几条，一条都没回。我心里骂了她妈一顿，嘴上只跟孩子说，妈妈忙。
访谈者：登记信息请说一下。
受访者：家在{{address:温岭市石塘镇里箬村四组27号}}。孩子的身份证{{id_number@wy2016fwhyphen.331081}}，我的{{id_number@wy1983x.331081}}。我电话{{mobile@p86n}}，{{han:颜秀英}}的{{mobile@fullwidth}}。我的微信{{wechat:jiangsq-shitang}}。孩子有个QQ，用我的旧手机登的，号码她抄在她爸留下的那本航海日志扉页上：{{qq:3058217964}}。
访谈者：名字写对了吗？
受访者：有错的。表上孩子是{{spaced:江 可 欣}}，我被写成{{spaced:江　素　琴}}，社工是{{spaced:令 狐 雪 莹}}，我哥的名字也写成了{{spaced:江海 波}}。
访谈者：最后还想说什么？
受访者：孩子能好好长大，我哥在海里也能闭眼了。这两年里里外外操心的，要谢谢{{han:颜秀英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1001,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout126",))


if __name__ == "__main__":
    main()
