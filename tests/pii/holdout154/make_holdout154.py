# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 154 (tests/pii/holdout154/H1217-H1224 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 155, written at the same time, is not
an earlier set).

Set 154 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宜都 and 枝江 (Hubei): a Mongolian mother from 东乌珠穆沁旗 who packs oranges in a 陆城街道 co-op while her Han
husband works on a Yangtze cargo ship, her daughter nearly blind; a Kham Tibetan grandfather from 理塘 raising his
granddaughter in 董市镇 (枝江) after her parents split; a Uyghur father from 洛浦 who sells dried fruit in 马家店街道
and raises two boys after his wife died; a Yi grandmother from 金阳 who picks tea on a 红花套镇 tea farm, raising the
two children of a son in prison; a Han community worker in 问安镇 reading out her register; a Han 儿童主任 in 枝城镇
who keeps up with her children and their parents on QQ and WeChat; a Han uncle in 七星台镇 raising his dead
brother's son; and a Han village doctor in 高坝洲镇. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names used whole and with a short form after the full
name (斯布勒图雅 then 斯布勒, 昂沁巴雅尔 then 昂沁他, 乌日勒格吉雅 then 乌日勒格, 扎拉嘎呼 then 扎拉嘎他, 朝洛蒙高娃
then 朝洛蒙她, 巴雅吉胡 then 雅吉胡), a Han surname before a Mongolian given name (向昂沁, 帅巴雅吉胡) and the Han
name and nickname of the same child (向北川, 小豆子); Kham Tibetan names (鲁绒呷玛, 呷让泽仁, 牛麦拉措, 邓珠批措,
冲翁拉姆, 尼都泽批, 阿绒曲扎, 真珠拉宗, 呷巴志玛) with short forms (呷让他, 牛麦她, 尼都, 真珠她), a Han surname
before a Tibetan given name (佘牛麦, the mother's surname joined to the Tibetan name by schoolmates) and Han-style
names and forms of address of Tibetans (佘雨萌, 鲁爹爹); Uyghur given name + father's name with the dot, without it
and with spaces round it (艾孜海尔·玉苏甫, 伊米提·艾孜海尔, 亚力坤·艾孜海尔, 亚力坤艾孜海尔, 木尼热 · 居马,
图拉克·玉苏甫, 卡米力·色力木, 阿吉·卡米力) and single, short and affectionate forms (艾孜海尔, 木尼热她, 伊米提,
亚力坤, 亚力坤江, 图拉克, 海力其木, 阿布都许库尔, 卡米力他, 阿吉他) beside a Han-style form of address (艾老板); Yi
names of 金阳 with the clan name before the given name (俄底伍呷莫, 吉史日体, 马海子莫, 吉史土比, 吉史拉曲, 吉史阿作,
吉史沙日, 沙马依莫, 阿苏次尔, 阿约拉几, 阿约加巴, 曲木伍支) and the given name alone (伍呷莫, 土比, 拉曲, 依莫她,
拉几他, 加巴), the clan split into a Han surname (吉土比) and Han-style names and forms of address (吉浩然, 伍奶奶);
Han names with common and rare surnames of the region (向, 覃, 佘, 冉, 皮, 揭, 帅, 漆, 能, 要, 庹, 熊, 邹, 尚, 卢, 聂,
龚, 鲍, 牟, 谌, 代, 姚, 佴, 屈, 郑, 冷, 邬, 滕, 舒, 汪, 邝); surnames that are also ordinary words, and given names
that start or end with such a word, next to grammar words (都婆婆都七十三了, 都晓春都四十多了, 都正明都进去, 先向向桂莲
打听, 和文涛老师和我, 和翠萍和我说, 我和揭红霞说了, 能德才能写会算, 让德厚让我们, 聂有才才九岁, 有小军有癫痫,
龚还英还在, 姚还生还在, 才桂英才三十出头, 是要春桃老师) beside ordinary words that start with a surname character
of the voices (向阳坡, 能干, 和气, 帅气, 冷水, 汪汪, 漆器, 第五户 beside 第五晴川); names that contain words (向远航,
向北川, 揭晓芸, 能德才, 聂有才, 牟长江 beside 长江, 滕开明, 黄冬青); titles and kin words after names (帅小荷老师,
要春桃老师, 郑秀芝大夫, 卢小帆老师, 和文涛老师, 冷晓霜老师; the span is the name only), a surname with only a title
or kin word, annotated whole (冉船长, 都婆婆, 漆主任, 和嫂子, 覃医生, 向大姐, 佘书记, 牟幺爸, 滕大夫, 滕爷爷,
汪嫂子, 邝婆婆, 冉校长), Hubei nicknames and forms of address, annotated whole (小豆子, 轩伢, 鲁爹爹, 伍奶奶,
艾老板); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, and names closing the
last sentence (是都婆婆。, 谢谢向桂莲。, 找我谌丽华。, 我弟弟龚新华。); names spaced out character by character in
half- and full-width spaces (斯 布 勒 图 雅, 乌　日　勒　格　吉　雅, 鲁 绒 呷 玛, 呷 让 泽 仁, 澹 台 秋 漪, 艾　孜　海　尔,
吉 史 土 比, 吉　史　拉　曲, 司 空 晓 露, 第 五 晴 川, 太 史 听 雨, 夏 侯 景 行, 聂　有　才, 覃　小　满, 汪　语　桐),
a dotted name spaced out character by character (阿 吉 · 卡 米 力) and one with spaces around the dot
(木尼热 · 居马), and names split in two (昂沁 巴雅尔, 牛麦　拉措, 伊米提 艾孜海尔, 俄底 伍呷莫, 阿约 拉几, 朝洛蒙 高娃,
庹秀 丽, 端木　一苇, 上官　素问); compound surnames after ordinary words (闻人, 公冶, 钟离, 澹台, 呼延, 濮阳, 司空,
申屠, 欧阳, 第五, 公羊, 太史, 万俟, 夏侯, 端木, 轩辕, 诸葛, 上官); and numbers read out and written the many ways
people do (IDs in groups of four and of three, full width and full width spaced, an X check digit, QQ numbers in
full-width digits, mobiles in full width, full width spaced and with +86).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:向远航}}``, ``{{qq:2960471835}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwspaced.420583}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫) and a particle, pronoun or verb
written directly after a name (他, 她, 都, 还, 才, 有, 能, 让, 和) are outside the span; a surname with only a title
or kin word (冉船长, 都婆婆, 漆主任, 牟幺爸, 滕爷爷) and a nickname or local form of address (小豆子, 轩伢, 鲁爹爹,
伍奶奶, 艾老板) are annotated whole. Han-style names and forms of address of Mongolian, Tibetan and Yi people (向北川,
佘雨萌, 鲁爹爹, 吉浩然, 伍奶奶) are category han; a Han surname before a non-Han given name (向昂沁, 帅巴雅吉胡,
佘牛麦, 吉土比) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout154/make_holdout154.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(154_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "183", "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1217: Mongolian mother from 东乌珠穆沁旗 who packs oranges in a 陆城街道 (宜都) co-op; her Han husband works on a
# cargo ship on the Yangtze, her daughter is nearly blind.
DOCS["H1217"] = ("family", """\
访谈者：您装箱真快，这一筐是宜都的蜜柑吧？
受访者：是，十一月最忙，一天装三百来箱。我叫{{minority/mongolian:斯布勒图雅}}，老家在{{trap/place:东乌珠穆沁旗}}，合作社的姐妹喊我{{minority/mongolian:斯布勒}}，老板{{han:佘德旺}}图省事，喊我“内蒙的”。在{{trap/place:陆城街道}}这个合作社第六年了，分拣、装箱，一箱两毛五。
访谈者：怎么到宜都来的？
受访者：我男人{{han:向远航}}当年在{{trap/place:锡林郭勒}}当兵，复员把我带回来了。现在他在{{trap/place:长江}}上跑货船，从宜昌到上海，一趟二十来天。{{han:向远航}}他船上信号不好，三五天才打得通一回。船上的{{han:冉船长}}人厚道，家里有急事就准他下船。
访谈者：孩子们多大了？
受访者：两个。儿子十一，蒙古名是我额吉起的，叫{{minority/mongolian:昂沁巴雅尔}}，户口上叫{{han:向北川}}。老师点名图快，把姓和蒙古名凑到一起，喊他{{minority/mongolian:向昂沁}}，他也答应。{{minority/mongolian:昂沁}}他在{{school:宜都市陆城第三小学五年级（2）班}}。女儿七岁，叫{{minority/mongolian:乌日勒格吉雅}}，我们喊她{{minority/mongolian:乌日勒格}}，她奶奶嫌拗口，喊她{{han:小豆子}}。她生下来左眼就看不见，右眼也弱，办了视力残疾证。
访谈者：您男人常年在船上，家里谁帮您？
受访者：婆婆前年走了，就靠邻居和社区。社区的儿童主任{{han:皮秋菊}}帮得最多，给女儿报了残疾人两项补贴，两样加起来一个月{{trap/number:二百一十元}}，又把我们家报成困境儿童家庭。隔壁{{han:都婆婆}}都七十三了，还天天帮我去幼儿园接人。街道民政的{{han:揭晓芸}}来核过两回低保，说我们家收入超了一点，没批，帮我申了一笔临时救助。
访谈者：孩子在学校怎么样？
受访者：儿子的班主任{{han:帅小荷}}老师年轻，知道他爸不在家，每周在微信上跟我说他的情况。{{minority/mongolian:昂沁}}数学好，作文差，写来写去都是草原和羊。市里社工站的{{compound:闻人素秋}}每月来一回，教女儿用放大镜认字；还有个大学生志愿者叫{{compound:公冶明澈}}，周六给儿子补语文。{{compound:闻人素秋}}说{{trap/org:宜昌市中心人民医院}}有低视力门诊，她帮我挂了号。
访谈者：女儿的眼睛怎么样了？
受访者：医生说左眼没希望了，右眼要保住，不能摔、不能碰，半年复查一回。她看东西要贴到鼻子上，画画的时候脸都埋进纸里。幼儿园老师怕她磕着，让她坐最前面。她不知道自己跟别人不一样，问我为什么别人看得见天上的飞机。我说等你长大了，额吉带你回草原，草原上的星星大，一伸手就摸得到。
访谈者：合作社的活累不累？
受访者：比草原上轻省。草原上冬天零下三十几度，早上先砸井上的冰，再赶羊。这边是湿冷，手泡在洗果池里，一冬天都是裂口子。合作社的柑子园在{{trap/word:向阳坡}}上，一年忙五个月，柑子下了树就没活了，淡季我去饭馆洗碗，一个月两千出头。男人的工资船老板按季度结，有时候拖到年底。房租一个月八百，女儿看一趟眼睛就是几百，攒不下钱。
访谈者：儿子知道家里的难处吗？
受访者：知道。他放学先去幼儿园接妹妹，周末跟我到合作社折纸箱，一个一分钱，一天能挣二十块，全交给我。他爸打电话回来，他先问船到哪儿了，再说自己考了多少分。他说以后要去武汉读大学，学造船。
访谈者：老家那边还有谁？
受访者：额吉{{minority/mongolian:额布勒其木格}}七十了，跟我哥{{minority/mongolian:扎拉嘎呼}}在{{trap/place:乌里雅斯太镇}}边上放羊。{{minority/mongolian:扎拉嘎}}他每年秋天卖了羊给我转两千块。视频的时候额吉用蒙古话跟{{minority/mongolian:乌日勒格}}说话，她听不懂，咯咯地笑。儿子最爱听我讲{{trap/famous:成吉思汗}}，说长大要回去骑马看{{trap/minority_word:那达慕}}。
访谈者：您一个人怎么排得开？
受访者：六点起来煮{{trap/minority_word:奶茶}}、做饭，送女儿去幼儿园，七点到合作社。下午{{han:都婆婆}}去接人。晚上儿子写作业，我在旁边剥柑子皮晒陈皮。{{han:佘德旺}}他知道我难，旺季让我把女儿带到车间，坐在纸箱上玩。
访谈者：登记表上的信息请您说一下。
受访者：这边租的房子在{{address:宜都市陆城街道桂花路17号2栋3单元402室}}，老家是{{address:东乌珠穆沁旗乌里雅斯太镇巴彦胡舒嘎查三组8号}}。我的身份证{{id_number@wy1988quad.152525}}，女儿的{{id_number@wy2018hyphen.420581}}。我电话{{mobile@s434}}，{{han:向远航}}的{{mobile@p86h}}，在船上不一定接。{{han:皮秋菊}}的{{mobile@plain}}。我微信叫{{wechat:sbl_tuya_yidu}}。儿子有个QQ，跟同学对作业用的，号码他用圆珠笔写在纸箱上：{{qq:2960471835}}。
访谈者：表上的名字写对了吗？
受访者：错了好几回。低保表上我是{{spaced:斯 布 勒 图 雅}}，儿子写成{{spaced:昂沁 巴雅尔}}，女儿是{{spaced:乌　日　勒　格　吉　雅}}，他爸写成{{spaced:向 远 航}}。
访谈者：您最盼什么？
受访者：盼女儿的眼睛保住，盼他爸早点上岸。这几年最该谢的，是{{han:都婆婆}}。
""")

# H1218: Kham Tibetan grandfather from 理塘 raising his granddaughter in 董市镇 (枝江) after her parents split.
DOCS["H1218"] = ("family", """\
访谈者：爷爷，您这口音不像本地人。
受访者：不是，我是{{trap/place:理塘}}的藏族，放了一辈子牦牛。我叫{{minority/tibetan:鲁绒呷玛}}，这边的人念不顺，都喊我{{han:鲁爹爹}}。到{{trap/place:枝江}}三年了，陪孙女读书。
访谈者：孙女的爸爸妈妈呢？
受访者：我儿子{{minority/tibetan:呷让泽仁}}年轻时在宜昌学开车，认识了{{trap/place:董市镇}}的姑娘{{han:佘美娟}}，结了婚就在这边安了家。孙女九岁那年两个人离了，{{han:佘美娟}}去了{{trap/place:深圳}}，后来又成了家。{{minority/tibetan:呷让}}他在{{trap/place:川藏线}}上跑大车，一个月回不来一趟。孙女在这边读书，不肯跟我回草原，我就下来了。
访谈者：孙女叫什么？
受访者：藏名{{minority/tibetan:牛麦拉措}}，是我请寺里的{{minority/tibetan:邓珠批措}}喇嘛起的。户口上跟她妈姓，叫{{han:佘雨萌}}。同学们喊她{{minority/tibetan:佘牛麦}}，一半汉一半藏，她不生气。我喊她{{minority/tibetan:牛麦}}。{{minority/tibetan:牛麦}}她在{{school:枝江市董市镇中心小学六年级（4）班}}，作文写过我放牦牛。
访谈者：您一个老人在这边，语言通吗？
受访者：汉话说得不好，只会说“要得”“莫得”。镇上的儿童主任{{han:漆春梅}}帮了大忙，孙女的事都是{{han:漆主任}}跑的。她说孩子爸妈离了都不管，算事实无人抚养儿童，报上去，每月有{{trap/number:一千一百五十元}}。村委会的会计叫{{han:能德才}}，{{han:能德才}}能写会算，表都是他填的。
访谈者：学校那边呢？
受访者：班主任是{{han:要春桃}}老师，她说{{minority/tibetan:牛麦}}数学要补，放学把她留下来讲题。市社工站的{{compound:钟离雪松}}每月来一趟，带她做沙盘；另一个社工{{compound:澹台秋漪}}教她弹吉他。
访谈者：老家还有什么人？
受访者：老伴{{minority/tibetan:冲翁拉姆}}五年前走了。小儿子{{minority/tibetan:尼都泽批}}在{{trap/place:毛垭坝}}放牦牛，{{minority/tibetan:尼都}}每年挖了{{trap/minority_word:虫草}}就给侄女寄学费。我在理塘的老朋友{{minority/tibetan:阿绒曲扎}}，他儿子在宜昌开藏餐馆，过年请我们去吃{{trap/minority_word:糌粑}}、喝{{trap/minority_word:酥油茶}}。
访谈者：孙女想爸爸妈妈吗？
受访者：想。她在手机上给{{minority/tibetan:呷让泽仁}}发语音，一发二十几条。{{han:佘美娟}}一年打两回电话。晚上我给她讲{{trap/famous:格萨尔王}}，她给我讲学校的事。她说长大要当导游，带同学去理塘看{{trap/famous:丁真}}骑的马。
访谈者：孙女的爸爸回来看过吗？
受访者：去年{{trap/minority_word:藏历年}}回来住了五天，给她买了一双运动鞋，大了两码，她塞上棉花照样穿。走的那天早上她躲在被子里不出来，她爸在门口站了半天，楼下车按喇叭才走。我跟儿子说，钱少挣点不要紧，电话要多打。他说路上没信号，我知道，翻{{trap/place:折多山}}那一段是没有。
访谈者：您从理塘下来，最不习惯的是什么？
受访者：吃的。这边顿顿米饭，辣椒又多，我吃不惯，自己打酥油茶，一天喝十几碗。邻居看我拿个木桶在门口打茶，都来看稀奇。再一个是热，理塘七月穿棉袄，这边七月能把人蒸熟。头一年我中了两回暑，是孙女给我刮的痧，她说是外婆教的。
访谈者：孙女跟您亲吗？
受访者：亲。她妈走的那年冬天，她天天夜里哭，我就给她唱我们那边的{{trap/minority_word:弦子}}，唱着唱着她就睡了。现在她大了，反过来管我，不许我抽烟，血压药每天早上摆在碗边上。她{{trap/word:能干}}，周末带我去江边走，教我认字，我学会写自己的名字了，就是写得歪。
访谈者：钱够用吗？
受访者：紧。孙女的补助加上我的养老金，一个月两千出头。房租四百，剩下的吃饭、交学费。她爸一个月给我打一千，跑车不顺就没有。我一件藏袍穿了十年。孙女要买字典，我带她去新华书店，她挑了最便宜的那本，说够用了。我心里难受，回头又去给她买了一支好钢笔。
访谈者：您自己身体怎么样？
受访者：这边潮，膝盖疼，血压也高。镇卫生院的{{han:郑秀芝}}大夫每月给我量一回血压，降压药是免费发的，一个月去领一回。夏天热得睡不着，我就把凉席铺在地上睡。
访谈者：登记信息请您说一下。
受访者：我们租的房在{{address:枝江市董市镇姚家港村六组21号}}，老家是{{address:理塘县禾尼乡热柯村二组13号}}。我的身份证{{id_number@mold.513334}}，孙女的{{id_number@wy2013fwspaced.420583}}。我用她爸留下的旧手机，号码是{{mobile@spaced}}，{{han:漆春梅}}的{{mobile@plus86}}。孙女有QQ，她说班里都有，号码她写在我的酥油桶盖子上：{{qq:5083716294}}。她爸的微信{{wechat:garang_zr_kd}}，我不会用，都是孙女帮我发。
访谈者：名字在表上写对了吗？
受访者：没有。救助表上我是{{spaced:鲁 绒 呷 玛}}，孙女是{{spaced:牛麦　拉措}}，她爸写成{{spaced:呷 让 泽 仁}}，社工的名字也写成{{spaced:澹 台 秋 漪}}。
访谈者：最后还想说什么？
受访者：等孙女长大，带她回理塘，看看她奶奶。
""")

# H1219: Uyghur father from 洛浦 who sells dried fruit in 马家店街道 (枝江) and raises two boys; his wife died.
DOCS["H1219"] = ("family", """\
访谈者：大哥，您摊子上的干果都是新疆来的？
受访者：都是老家来的，{{trap/minority_word:巴旦木}}、核桃、红枣、葡萄干。我叫{{minority/uyghur:艾孜海尔·玉苏甫}}，{{trap/place:和田}}{{trap/place:洛浦县}}人。在{{trap/place:马家店街道}}摆摊五年了，街上的人喊我{{minority/uyghur:艾孜海尔}}，喊不顺的就叫我{{han:艾老板}}。
访谈者：家里几口人？
受访者：我和两个儿子。孩子妈{{minority/uyghur:木尼热·居马}}前年得了病，在宜昌住了两个月院，没救过来。{{minority/uyghur:木尼热}}她走的时候小儿子才七岁。
访谈者：孩子们多大了？
受访者：大的{{minority/uyghur:伊米提·艾孜海尔}}十三，在{{school:枝江市第二初级中学七年级（3）班}}；小的{{minority/uyghur:亚力坤·艾孜海尔}}九岁，在{{school:马家店街道江口小学三年级（1）班}}。学校花名册上没有点，写成{{minority/uyghur:亚力坤艾孜海尔}}，同学喊他{{minority/uyghur:亚力坤}}，他妈在的时候喊他{{minority/uyghur:亚力坤江}}。
访谈者：您一个人又做生意又带孩子，谁帮您？
受访者：社区的儿童主任{{han:向桂莲}}帮得最多，我有什么不懂的都先向{{han:向桂莲}}打听。她给两个孩子报了困境儿童，我们家也吃上了低保，每人每月{{trap/number:六百八十元}}。小儿子的班主任{{han:都晓春}}都四十多了，下雨天还骑电动车送他回摊子。大儿子的班主任{{han:和文涛}}老师和我一样是外地来的，他说{{minority/uyghur:伊米提}}聪明，就是汉字写得慢。市社工站的{{compound:呼延竹青}}每周来一次，陪两个孩子写作业，跟她一起来的{{compound:濮阳佩玉}}给小的做心理辅导。
访谈者：孩子妈妈走了以后，孩子们怎么样？
受访者：大的不爱说话了，放学就守着摊子。小的夜里哭，抱着他妈的{{trap/minority_word:艾德莱斯}}裙子睡。{{compound:濮阳佩玉}}让他画画，他画了好多张他妈在葡萄架下跳{{trap/minority_word:麦西来甫}}。房东{{han:庹建国}}把房租降了一百，他老婆{{han:熊凤英}}常端一碗热干面过来。
访谈者：孩子们想妈妈的时候怎么办？
受访者：大的把他妈的照片设成手机屏幕，谁也不让碰。小的每个礼拜五要跟外婆打视频，外婆在洛浦，一看见他就哭，哭完了问他吃胖了没有。过节我学着他妈的样子炸{{trap/minority_word:馓子}}，炸糊了，两个孩子照样吃光，说跟妈妈做的一个味道。我知道他们是哄我。
访谈者：老家还有谁？
受访者：我妈{{minority/uyghur:海力其木}}七十了，跟我弟弟{{minority/uyghur:图拉克·玉苏甫}}在洛浦种核桃。{{minority/uyghur:图拉克}}每年秋天给我发两吨货，卖了再给钱。{{trap/place:宜昌}}有个卖馕的老乡{{minority/uyghur:阿布都许库尔}}，过{{trap/minority_word:肉孜节}}的时候请我们去他家吃{{trap/minority_word:抓饭}}。
访谈者：您每天怎么安排？
受访者：早上六点起来，先给孩子们热馕、煮奶茶，送小的去学校，七点半出摊。中午大的放学回来替我一会儿，我去接小的。晚上八点收摊，回来看作业，我汉字认得不多，数学还能看看。十点以后对账、补货，货从老家走物流要七天，冬天有时候十天。
访谈者：孩子们在这边习惯吗？
受访者：大的刚来一句汉话不会，现在说得比我好，还带着枝江口音，说“么样”“冇得”。小的在这边长大，更不用说了。他们爱吃热干面，学校食堂我跟老师说过，老师每天给他们单独打菜。同学来摊子上买核桃，大的不收钱，我说生意是生意，他说同学是同学。我跟他讲，做生意讲个{{trap/word:和气}}，不是讲个白送。
访谈者：这边生意怎么样？
受访者：过年好，平时一般，一天挣一两百。市场管理员{{han:邹正发}}不收我的卫生费。下雨天没人，我就跟儿子在摊子后面背单词。两个孩子最爱听{{trap/famous:阿凡提}}的故事，小的学他倒骑毛驴，把邻居{{han:覃国栋}}家的孩子笑得在地上打滚。等大的考上高中，我想在街上租个门面，不用风里雨里摆摊。我腰不行，是搬货搬的，冬天摊子上风大，手冻得裂口子，隔壁卖卤菜的大姐给了我一管冻疮膏。我不敢病，我病了两个孩子就没人管了。
访谈者：登记信息请您说一下。
受访者：我们住在{{address:枝江市马家店街道民主大道88号附5号}}，老家是{{address:洛浦县恰尔巴格乡库木巴格村5组19号}}。我的身份证{{id_number@my1982spaced.653224}}，大儿子的{{id_number@my2012fullwidth.653224}}。我电话{{mobile@hyphen}}，{{han:向桂莲}}的{{mobile@s38}}。我的微信{{wechat:aizihaier_ganguo}}，顾客加了好订货。大儿子有QQ，上网课用的，号码他写在我记账本的第一页：{{qq:73025619}}。
访谈者：名字写得对吗？
受访者：五花八门。医院的单子上孩子妈是{{spaced:木尼热 · 居马}}，学校把大的写成{{spaced:伊米提 艾孜海尔}}，低保表上小的是{{spaced:亚 力 坤}}，我是{{spaced:艾　孜　海　尔}}。
访谈者：最后您想说什么？
受访者：谢谢社区，谢谢{{han:向桂莲}}。
""")

# H1220: Yi grandmother from 金阳 who picks tea on a 红花套镇 (宜都) tea farm; her son is in prison, his wife
# left, and she raises their two children.
DOCS["H1220"] = ("family", """\
访谈者：阿妈，您在茶场做了几年了？
受访者：四年了。我是{{trap/place:金阳}}的彝族，名字叫{{minority/yi:俄底伍呷莫}}，俄底是家支，后面是名字。茶场的人叫不来，喊我{{minority/yi:伍呷莫}}，年轻的喊我{{han:伍奶奶}}。
访谈者：怎么到{{trap/place:红花套镇}}来的？
受访者：村里人一起出来的，{{trap/place:凉山}}出来采茶的多。老板{{han:让德厚}}让我们住茶场的板房，春茶一天摘二十斤鲜叶，一斤三块。
访谈者：孙子孙女跟着您？
受访者：两个都跟着。儿子{{minority/yi:吉史日体}}跟人打架伤了人，判了七年，在{{trap/org:雷马屏监狱}}。媳妇{{minority/yi:马海子莫}}回了娘家，又嫁了人，孩子不管。孙子{{minority/yi:吉史土比}}十岁，学校登记时把家支拆开，写成{{minority/yi:吉土比}}，汉名叫{{han:吉浩然}}；孙女{{minority/yi:吉史拉曲}}六岁，我们喊她{{minority/yi:拉曲}}，也喊{{trap/minority_word:阿咪子}}。
访谈者：孩子们在哪里读书？
受访者：{{minority/yi:土比}}在{{school:宜都市红花套镇中心小学四年级（2）班}}，{{minority/yi:拉曲}}在镇上幼儿园，明年上一年级。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:和翠萍}}，我们喊她{{han:和嫂子}}。{{han:和翠萍}}和我说，孩子爸爸在服刑，可以申请服刑人员子女补助，每人每月{{trap/number:九百五十元}}，是她帮我跑的。镇民政办的{{han:尚红兵}}来核过户口，说孩子户口还在金阳，要两边开证明，{{han:尚红兵}}他打了十几个电话才办下来。孙子的班主任{{han:卢小帆}}老师，每天放学陪{{minority/yi:吉土比}}写作业。社工站的{{compound:司空晓露}}来过好几趟，同来的{{compound:申屠浩然}}给孩子们带了书包。
访谈者：老家还有人吗？
受访者：老伴{{minority/yi:吉史阿作}}早走了。大女儿{{minority/yi:吉史沙日}}嫁在金阳，种苦荞、花椒。一起来采茶的{{minority/yi:沙马依莫}}是我们村的，{{minority/yi:依莫}}她会说汉话，帮我跟老板说事。{{minority/yi:阿苏次尔}}是茶场里的彝族小伙子，会修电动车。
访谈者：茶场的活是什么样的？
受访者：春茶最忙，天不亮就上山，露水把裤子打湿到膝盖。摘一芽一叶，不能用指甲掐，要用手指提。老板说我们彝族婆娘手巧，摘得干净。夏秋茶价钱低，我就帮着除草、施肥，一天八十块。冬天没活，我带着孩子在板房里烤火，给孙女绣衣裳边边。
访谈者：孩子们习惯这边吗？
受访者：孙子来的时候一句汉话不会，在学校哭了一个月。现在他说汉话比我好，回来教我认钱上的字。孙女小，来了就会了。他们吃不惯大米饭，想吃{{trap/minority_word:荞粑粑}}，我托老家的人寄荞面过来。孙子问我，他爸什么时候出来，我说等你小学毕业。他就天天数日子，在板壁上画道道。
访谈者：孩子们跟同学处得好吗？
受访者：开始不好。有同学笑孙子穿得旧、说话怪，他跟人打了一架，老师把我叫到学校。我不会说汉话，站在办公室门口直掉眼泪。老师后来在班上讲了我们彝族的事，讲火把节、讲我们的{{trap/minority_word:漆器}}，同学们听了都想来看。现在周末有两个同学跑到茶场来，跟他在茶垄里捉蚂蚱。
访谈者：钱够用吗？
受访者：采茶的钱加上补助，吃饭够了。孙子的校服、练习本，老师帮着申请了免费的。过年想给两个娃娃各做一身新衣裳，就得省两个月。
访谈者：您跟儿子联系吗？
受访者：监狱一个月能打一回电话，视频会见是{{han:和翠萍}}帮我约的。儿子在里面学了电焊，说出来了就到宜都找活干，一家人在一起。我听了心里松一点。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:火把节}}在茶场过不成，我就在板房门口点一把火，给孩子们讲{{trap/famous:支格阿鲁}}射太阳的故事。过{{trap/minority_word:彝族年}}杀不了猪，{{han:让德厚}}送了一块腊肉，我做成{{trap/minority_word:坨坨肉}}。孙女穿着我缝的{{trap/minority_word:百褶裙}}跳{{trap/minority_word:达体舞}}。
访谈者：您身体还好吗？
受访者：腰不好，背茶篓背的。镇卫生院的{{han:覃医生}}给我贴过膏药，说少背点。可不背，两个娃娃吃什么。晚上腿抽筋，疼醒了就坐着，听两个娃娃打呼噜，心里就踏实了。
访谈者：登记信息请您说一下。
受访者：茶场在{{address:宜都市红花套镇渔洋溪村四组茶场板房7号}}，老家在{{address:金阳县派来镇则祖村三组11号}}。我的身份证{{id_number@wy1963.513430}}，孙子的{{id_number@my2015x.513430}}。我不会用手机，电话是孙子记的：{{mobile@s74}}，{{han:和翠萍}}的{{mobile@fws}}。{{minority/yi:依莫}}有微信，叫{{wechat:shama_yimo2019}}，有事她帮我发。孙子有个QQ，学校上网课用，号码他刻在茶篓把子上：{{qq:461853927}}。
访谈者：名字写得对吗？
受访者：不对。学校表上孙子写成{{spaced:吉 史 土 比}}，我写成{{spaced:俄底 伍呷莫}}，孙女是{{spaced:吉　史　拉　曲}}，社工也被写成{{spaced:司 空 晓 露}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，把两个娃娃领回去，自己带。
""")

# H1221: Han community worker in 问安镇 (枝江) reading out her register of children in distress.
DOCS["H1221"] = ("staff", """\
访谈者：您手上这本是什么？
受访者：{{trap/place:问安镇}}的困境儿童花名册，今年三月刚更新。我叫{{han:黄冬青}}，在镇社会事务办管民政这一块，干了十一年。我一户一户念，你对着记。
访谈者：好，您念。
受访者：第一户，{{han:聂有才}}，男，九岁，在{{school:问安镇中心小学三年级（3）班}}。{{han:聂有才}}才九岁，爸妈都不在了，爸爸在工地上摔的，妈妈是病。跟爷爷{{han:聂光明}}过，住{{address:枝江市问安镇桂花岭村五组16号}}。孤儿基本生活费每月{{trap/number:一千三百二十元}}，直接打到爷爷的折子上。身份证{{id_number@my2016.420583}}。
访谈者：第二户？
受访者：第二户，{{han:都晓东}}，男，十三岁，{{school:问安镇初级中学七年级（2）班}}。他爸{{han:都正明}}都进去四年了，卖假药，判了六年；他妈{{han:龚还英}}还在{{trap/place:东莞}}，一年回来一回。跟奶奶{{han:陈满秀}}过，奶奶眼睛不好。服刑人员子女补助每月{{trap/number:八百元}}，低保也有。住{{address:枝江市问安镇刘家冲村二组4号}}。
访谈者：第三户？
受访者：第三户是彝族，{{minority/yi:阿约拉几}}，男，八岁，老家{{trap/place:金阳县}}。他爸{{minority/yi:阿约加巴}}在镇上的采石场打工，去年从石堆上摔下来，腿断了，评了三级残疾。他妈{{minority/yi:曲木伍支}}受不了，回凉山了。{{minority/yi:拉几}}他现在跟着爸爸，{{minority/yi:加巴}}拄着拐给他做饭。两项补贴加低保，一个月一千出头。孩子在{{school:问安镇中心小学二年级（1）班}}，身份证{{id_number@my2017tri.513430}}。
访谈者：第四户？
受访者：第四户，{{han:有小军}}，男，十一岁。{{han:有小军}}有癫痫，一个月犯一两回；他爸{{han:有德华}}肢体二级残疾，在家编竹篮；他妈{{han:揭兰芳}}智力残疾。三个人吃低保，孩子算困境儿童。住{{address:枝江市问安镇新店村九组33号}}，他爸的身份证{{id_number@my1979spaced.420583}}。
访谈者：这些孩子是怎么报上来的？
受访者：多半是村里儿童主任报，也有学校老师打电话来的。{{han:有小军}}那户是邻居报的，说他家三口人一个月吃不上一回肉。我去了一看，灶台上就一碗咸菜，屋顶漏雨，拿塑料布盖着。第二个月低保就批了，镇里又出钱把屋顶修了。{{trap/word:第五户}}上个月搬走了，孩子跟着舅舅转到宜昌去了。
访谈者：您一个人管得过来吗？
受访者：管不过来也得管。全镇一百四十多个孩子，我一个礼拜跑五六个村，电动车一年骑坏两块电池。最怕是夏天，孩子放假没人看，去年有个伢在堰塘里差点淹了，是放牛的老汉捞上来的。从那以后，每年六月我们挨个村去讲防溺水，发救生绳。
访谈者：钱是怎么发下去的？
受访者：都打到卡上，社会保障卡一人一张。老人不会查，我每个月把到账的单子打出来，一户一户送过去，让他们心里有数。有的老人怕卡丢了，缝在枕头里，取钱的时候拆开，取完再缝上。去年有骗子给一户奶奶打电话，说孙子的补助要先交手续费，老人差点去转账，幸好信用社的柜员拦下来了。从那以后，我见一个老人就讲一回：补助从来不收钱。
访谈者：孩子们自己知道家里的情况吗？
受访者：大一点的知道。有的孩子怕同学晓得家里吃低保，不肯去领学校的免费牛奶。我们跟学校商量，牛奶全班都发，谁也分不出来。这样的事看着小，对孩子是大事。
访谈者：这些户平时谁在跟？
受访者：村里靠儿童主任：桂花岭村是{{han:鲍春艳}}，刘家冲村是{{han:牟小英}}，新店村是{{han:向德云}}，我们喊她{{han:向大姐}}。社工站派来的{{compound:欧阳听澜}}跟第一户、第三户，新来的{{compound:第五晴川}}跟第二户和第四户。市里的督导{{compound:公羊修远}}每个季度下来查一次台账。
访谈者：联系方式呢？
受访者：{{han:聂光明}}耳朵背，打他邻居的；{{han:陈满秀}}的电话{{mobile@plain}}，{{han:龚还英}}在东莞的{{mobile@plus86dash}}，{{minority/yi:阿约加巴}}的{{mobile@hyphen}}。我的工作微信{{wechat:wenan_mzb_hdq}}，有事找我。{{han:都晓东}}有QQ，我加了，他说不想跟奶奶说的就跟我说，号码是{{qq:1870364925}}。
访谈者：台账上的名字都对吗？
受访者：错的多。{{spaced:聂　有　才}}三个字中间空了格；{{spaced:阿约 拉几}}被拆成两截；{{spaced:第 五 晴 川}}。年底再核一遍。
访谈者：做这个最难的是什么？
受访者：老人不会用手机，钱到了不知道。还有孩子心里的事，{{han:都晓东}}他去年离家出走过一回，是在{{trap/place:宜昌}}火车站找到的。我们跟他约好了，不开心就打电话。打{{trap/hotline:12345}}也行，打给我也行。桂花岭村那户的爷爷每回见我都要塞两个鸡蛋，我不要他就生气。
""")

# H1222: Han 儿童主任 of a village in 枝城镇 (宜都) who keeps up with her children and their parents on QQ and WeChat.
DOCS["H1222"] = ("staff", """\
访谈者：听说您跟孩子们主要靠QQ、微信联系？
受访者：对。我叫{{han:谌丽华}}，{{trap/place:枝城镇}}{{trap/place:白水港村}}的儿童主任，干了六年。村里的年轻人都出去了，孩子们有手机的多，我就挨个加QQ、加微信，比打电话好使。
访谈者：您手上跟着几个孩子？
受访者：重点的五个。头一个{{han:冉浩楠}}，十二岁，在{{school:枝城镇中心小学六年级（1）班}}，爸妈在{{trap/place:浙江}}的电子厂，家里只剩一个瘫在床上的爷爷，一日三餐是他做。{{han:冉浩楠}}的QQ是{{qq:2053719468}}，晚上十一点还亮着，我就在QQ上催他睡。他妈{{han:卢春霞}}的微信{{wechat:lu-chunxia-zj}}，我每周给她发孩子的照片。
访谈者：第二个呢？
受访者：第二个是女孩，{{han:覃小满}}，十岁。她爸三年前在江里捞沙出事没了，她妈{{han:代红梅}}改嫁去了{{trap/place:荆州}}，不管她。现在跟外公外婆，算事实无人抚养儿童，每月{{trap/number:一千一百二十元}}。{{han:覃小满}}用外公的微信跟我说话，外公的微信叫{{wechat:qin_waigong58}}，头像是一棵柑子树。
访谈者：第三个？
受访者：第三个是蒙古族的孩子，{{minority/mongolian:巴雅吉胡}}，十一岁。他妈{{minority/mongolian:朝洛蒙高娃}}是{{trap/place:通辽}}人，嫁到我们村；他爸{{han:帅建军}}年轻时长得{{trap/word:帅气}}，在{{trap/place:枝城港}}开吊车，前年被货压了，现在坐轮椅。学校花名册上跟他爸姓，写的是{{minority/mongolian:帅巴雅吉胡}}，村里小孩喊他{{minority/mongolian:雅吉胡}}。{{minority/mongolian:朝洛蒙}}她一个人种地、照顾两个人，两项补贴和低保都给办了。孩子在{{school:宜都市枝城镇中心小学五年级（3）班}}，身份证{{id_number@my2014quad.420581}}，他妈的{{id_number@wy1984fw.150502}}。
访谈者：第四个？
受访者：第四个{{han:姚还生}}，十四，在{{school:枝城镇初级中学八年级（2）班}}。他爸{{han:姚德贵}}因为盗窃判了五年，妈妈早走了，跟爷爷。{{han:姚还生}}还在叛逆期，QQ空间里发些吓人的话，我看到就赶紧给他班主任{{han:佴春晖}}打电话。他的QQ号码是{{qq:９０６４２７１５３}}，他自己用全角打给我的。
访谈者：第五个？
受访者：第五个是藏族女孩{{minority/tibetan:真珠拉宗}}，九岁，爸妈在镇上开藏餐馆，她妈{{minority/tibetan:呷巴志玛}}得了尿毒症，每周透析三次。{{minority/tibetan:真珠}}她懂事，放学就在店里洗碗。她爸的微信{{wechat:zhenzhu_baba_zc}}。
访谈者：孩子们在QQ上都跟您说些什么？
受访者：什么都说。考试没考好，跟同学吵架，想爸妈了，奶奶又骂人了。有时候半夜一两点发来一句“睡不着”，我就陪着聊，聊到他们睡着。也有说吓人话的，那种我不敢等，第二天一早就上门。去年冬天有个孩子在QQ空间里发了一张划手腕的照片，我跟他班主任连夜赶过去，还好伤得不深。
访谈者：家长那边呢？
受访者：家长在外地，多半只能微信联系。我每个礼拜给他们发孩子的照片、成绩单，有的回个“谢谢”，有的一个字不回。最难的是让他们明白，光寄钱不够，孩子要的是人。有个妈妈看了孩子的作文，第二个月就辞了工回来，在镇上的柑橘厂找了份活。
访谈者：社工那边呢？
受访者：市社工站派了两个，管心理的是{{compound:太史听雨}}，管政策的是{{compound:万俟清和}}。{{compound:万俟清和}}说，孩子们在QQ上说的话要留底，出了事好找人。{{compound:太史听雨}}每月来一次，带孩子们去{{trap/place:清江}}边上写生。
访谈者：您自己家里呢？
受访者：我男人在{{trap/place:宜都}}城里开出租，儿子在外地读大学。晚上我一个人在家，手机不离手。有一回半夜三点，一个孩子在QQ上说奶奶倒在厕所里喊不醒，我一边教他打一二零，一边骑电动车往他家赶，到了救护车也刚到。那回以后，我把几个孩子家里老人的病都记在本子上，谁有高血压，谁吃什么药，一目了然。
访谈者：做这个有报酬吗？
受访者：一个月有几百块补贴，不多。我不是为钱。看着这几个孩子一年一年长起来，有的考上了高中，有的学了手艺，过年给我发个红包，{{trap/number:两块八毛八}}，我舍不得领，截图存着。
访谈者：您自己的联系方式呢？
受访者：我的电话{{mobile@plus86spaced}}，微信{{wechat:chenlh_zhicheng}}。村支书{{han:屈长林}}的电话{{mobile@fullwidth}}。我们村的QQ群号是{{trap/number:736152804}}，孩子们都在里头。
访谈者：名册上名字都对吗？
受访者：不对的不少。{{spaced:覃　小　满}}打成了全角空格；{{spaced:冉 浩 楠}}；{{spaced:朝洛蒙 高娃}}被拆开了；{{spaced:太 史 听 雨}}。
访谈者：最后还想说什么？
受访者：孩子们半夜找我，我都回。谁让我是儿童主任呢，找我{{han:谌丽华}}。
""")

# H1223: Han uncle in 七星台镇 (枝江) raising his dead brother's son; the boy's mother left.
DOCS["H1223"] = ("family", """\
访谈者：大哥，侄儿跟着您几年了？
受访者：四年了。我叫{{han:龚新民}}，{{trap/place:七星台镇}}人，种了八亩柑橘。侄儿是我弟弟{{han:龚新华}}的伢，大名{{han:龚子轩}}，屋里喊他{{han:轩伢}}。四年前我弟弟在{{trap/place:沪渝高速}}上跑货车出了事，人当场就没了。
访谈者：孩子妈妈呢？
受访者：弟媳{{han:庹秀丽}}办完丧事就走了，去了{{trap/place:荆门}}，听说又成了家，电话也不接。孩子当时才七岁，他{{trap/word:嘎嘎}}年纪大，带不了，我就接过来了。村委会的{{han:佘书记}}说，爸爸死了、妈妈不管，孩子算事实无人抚养儿童，跟孤儿一样拿基本生活费，一个月{{trap/number:一千二百六十元}}。
访谈者：您家里几口人？
受访者：我，我屋里的{{han:郑玉芬}}，我们自己的女儿{{han:龚雨欣}}，加上{{han:轩伢}}，四个人。{{han:郑玉芬}}她对侄儿比对自己女儿还上心，冬天给他织毛衣，先织他的。我让{{han:龚雨欣}}带着他写作业，姐弟两个好得很。
访谈者：孩子刚来那会儿怎么样？
受访者：不说话，吃饭不上桌，端着碗躲到门外吃。夜里尿床，尿了不敢说，早上自己把床单拖到堰塘边去洗，手泡在{{trap/word:冷水}}里冻得通红。我屋里的看见了，没骂他，只是把他的被子抱出去晒。后来我带他去柑橘园剪枝、打药，让他帮我扶梯子，他慢慢就开口了，叫我大伯。
访谈者：他跟您女儿处得好吗？
受访者：好。女儿比他大四岁，开始有点吃醋，说我偏心。我跟她说，你弟弟没得爸爸了，我们对他好一点。她哭了一场，第二天就把她的旧自行车给弟弟骑了。现在两个人一起上学，一起放学，吵也吵，吵完了一起看电视。
访谈者：孩子在学校怎么样？
受访者：{{han:龚子轩}}在{{school:七星台镇中心小学五年级（1）班}}，成绩中等，体育好。班主任{{han:冷晓霜}}老师跟我说，他作文里写“我有两个爸爸”，一个在天上，一个在屋里。我看了躲到柑橘园里哭了一场。过年我给{{han:冷晓霜}}老师送了一箱柑子，她硬是不收。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任是{{han:牟长江}}，辈分高，我们喊他{{han:牟幺爸}}。{{han:牟长江}}他年轻时在{{trap/place:长江}}上打过鱼，后来上岸当了村干部。补助的表是他一趟一趟跑镇上交的。镇民政办的{{han:邬建平}}来核过两回。市社工站的{{compound:夏侯景行}}给{{han:轩伢}}做哀伤辅导，陪他去给他爸上坟；他同事{{compound:端木一苇}}暑假带孩子们去{{trap/org:枝江市图书馆}}看书。
访谈者：孩子想妈妈吗？
受访者：想，嘴上不说。去年过生日，他偷偷拿我的手机跟{{han:庹秀丽}}打电话，那边没接。我跟他说，你妈有她的难处。{{han:庹秀丽}}的号码还是{{mobile@h38}}，我也打不通了。
访谈者：他爸出事以后，赔偿的事解决了吗？
受访者：车是他自己的，对方的车跑了，最后只拿到保险的十几万。这钱我一分没动，存成了定期，存单上写的是孩子的名字，等他长大了读书用。亲戚里有人说闲话，说我养侄儿是图这笔钱。我懒得争，村里人都看在眼里。
访谈者：孩子想爸爸的时候怎么办？
受访者：他爸的手机我留着，充上电放在他床头。他有时候翻里面的照片，翻到他爸抱着他在柑橘园里的那张，就看半天。清明我带他去坟上，他把自己的奖状烧给他爸，说爸爸你看，我得了三好学生。我站在后面，烟都点不着。
访谈者：村里人对他怎么样？
受访者：都好。隔壁的婶子做了好吃的就喊他去，村小的老校长教他写毛笔字。过年玩{{trap/word:龙灯}}，村里让他举龙珠，他高兴得一晚上没睡着。
访谈者：您自己压力大吗？
受访者：大。柑子价格一年不如一年，去年一斤才一块二。女儿明年考高中，侄儿也要长大。可我答应过我弟弟的，要把{{han:龚子轩}}带大，送他读书。晚上睡不着，我就起来到柑橘园里转一圈，看看天，想想我弟弟。{{han:牟幺爸}}说，有难处就找村里。
访谈者：登记信息请您说一下。
受访者：屋在{{address:枝江市七星台镇鲁港村三组27号}}。我的身份证{{id_number@mmidhyphen.420583}}，侄儿的{{id_number@my2014spaced.420583}}。我电话{{mobile@plus86}}。{{han:牟长江}}的微信是{{wechat:mu_changjiang_qxt}}。侄儿有个QQ，跟同学玩游戏的，号码写在他的文具盒里：{{qq:39186204}}。
访谈者：名字在表上写对了吗？
受访者：不对。学校把侄儿写成{{spaced:龚 子 轩}}，他妈被写成{{spaced:庹秀 丽}}，社工是{{spaced:夏 侯 景 行}}，另一个写成{{spaced:端木　一苇}}。
访谈者：最后您想说什么？
受访者：盼伢长大，有出息。我对得起我弟弟{{han:龚新华}}。
""")

# H1224: Han village doctor in 高坝洲镇 (宜都) talking about the children he sees.
DOCS["H1224"] = ("staff", """\
访谈者：您在村卫生室干了多少年了？
受访者：二十二年了。我叫{{han:滕开明}}，{{trap/place:高坝洲镇}}的村医，村里人喊我{{han:滕大夫}}，伢们喊我{{han:滕爷爷}}。卫生室就我一个人，打针、开药、建档，困境儿童的健康档案也归我管。门口那条狗见了生人就{{trap/word:汪汪}}叫，伢们倒不怕它。
访谈者：您是怎么当上村医的？
受访者：我爸就是赤脚医生，背着药箱在{{trap/place:清江}}两岸跑了一辈子。我卫校毕业，本来在镇卫生院，我爸走了以后村里没人看病，我就回来了。那时候卫生室就两间土房，现在是新盖的，有诊室、有药房，还有一张观察床。
访谈者：家长们信得过您吗？
受访者：信。村里的伢，一半是我看着生下来的，打预防针、发烧拉肚子，都找我。有的家长在外地打工，孩子病了先给我打电话，再给老人打。半夜敲门是常事，我屋里的说我这辈子没睡过一个整觉。
访谈者：您手上有几个这样的孩子？
受访者：常看的四个。第一个{{han:舒俊杰}}，十岁，脑瘫，不会走路。他爸{{han:舒正林}}在{{trap/place:宜昌}}的搬家公司，他妈{{han:才桂英}}才三十出头，一个人在家背他上下楼。孩子有残疾人两项补贴，每月{{trap/number:一百八十元}}，{{trap/org:宜都市特殊教育学校}}的老师每周送教上门。我每周去一趟，给他按腿，教{{han:才桂英}}做康复操。{{han:舒俊杰}}他笑起来好看，见了我就喊{{han:滕爷爷}}。
访谈者：第二个？
受访者：第二个是女孩{{han:汪语桐}}，八岁，白血病，在{{trap/org:武汉协和医院}}化疗。她爸{{han:汪国强}}原来在{{trap/org:高坝洲电厂}}做临时工，为了陪她把工辞了。家里吃低保，大病救助报了一部分，还差十几万，{{trap/org:宜都市慈善总会}}帮着筹了一些。她妈在家带小的，村里喊她{{han:汪嫂子}}，{{han:汪嫂子}}每天晚上在微信上问我，孩子白细胞低了能不能吃鸡蛋。
访谈者：第三个？
受访者：第三个是新疆来的孩子。他爸{{minority/uyghur:卡米力·色力木}}在镇上卖烤馕，儿子{{minority/uyghur:阿吉·卡米力}}六岁，有哮喘，一变天就喘。{{minority/uyghur:卡米力}}他汉话说不好，每回都是儿子翻译。{{minority/uyghur:阿吉}}他说长大要当医生，给爸爸看病。孩子妈妈回了{{trap/place:喀什}}照顾老人，一年没回来了，村里给孩子报了困境儿童。
访谈者：第四个？
受访者：第四个{{han:邝小宇}}，十二岁，他爸在{{trap/org:沙洋监狱}}服刑，妈妈走了，跟奶奶{{han:邝婆婆}}。孩子营养不良，十二岁才一米三，贫血。我和{{han:揭红霞}}说了，她是村里的儿童主任，帮着申请了服刑人员子女补助，学校的{{han:冉校长}}让他在学校吃两顿。{{han:邝婆婆}}七十八了，眼睛有白内障，药都是我送上门。
访谈者：还有谁来帮这些孩子？
受访者：市康复中心的{{compound:轩辕望舒}}每季度来给{{han:舒俊杰}}评估一回，社工站的{{compound:诸葛南星}}跟{{han:汪语桐}}一家，帮他们在网上筹款。镇中学的心理老师{{compound:上官素问}}去看过{{han:邝小宇}}。{{compound:上官素问}}说，这孩子不是不说话，是没人听他说。
访谈者：当村医最难的是什么？
受访者：看着孩子受罪，自己帮不上。那个脑瘫的伢，他妈背他背得腰椎间盘突出，我给她扎针，她一边扎一边哭，说怕自己哪天背不动了。我听了心里堵得慌。{{han:汪语桐}}化疗掉头发，不肯出门，我就把卫生室的帽子都拿给她挑。我们宜都出过{{trap/famous:杨守敬}}，老辈人说读书能改命。我跟这几个孩子讲，病要治，书也要读。
访谈者：这几年村里有什么变化？
受访者：变化大。以前孩子夜里发烧，老人背着走十几里山路到镇上；现在通了公路，一个电话，镇上的救护车二十分钟就到。困境儿童有了档案，谁家伢几岁、什么病、吃什么药，我手机里都记着。可人少了，年轻的都出去了，村里的伢一年比一年少，村小从六个年级并成了三个年级。
访谈者：联系方式和地址请您说一下。
受访者：卫生室在{{address:宜都市高坝洲镇青林口村二组45号}}，{{han:舒俊杰}}家在{{address:宜都市高坝洲镇板桥村七组3号}}。{{han:舒俊杰}}的身份证{{id_number@my2015.420581}}，{{han:邝小宇}}的{{id_number@my2013hyphen.420581}}。我的电话{{mobile@s38}}，{{minority/uyghur:卡米力}}的{{mobile@plus86}}。我的微信{{wechat:tengkm_cunyi}}。{{han:邝小宇}}有个QQ，号码他念给我，我记在处方笺背面：{{qq:6092713548}}。
访谈者：档案上的名字都对吗？
受访者：有错的。{{spaced:舒 俊 杰}}被打成三截，{{spaced:汪　语　桐}}是全角空格，新疆那孩子写成{{spaced:阿 吉 · 卡 米 力}}，心理老师写成{{spaced:上官　素问}}。
访谈者：最后还想说什么？
受访者：盼这几个伢都平平安安长大。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1217,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout155",))


if __name__ == "__main__":
    main()
