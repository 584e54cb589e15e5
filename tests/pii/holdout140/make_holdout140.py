# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 140 (tests/pii/holdout140/H1105-H1112 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 140 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
嵊州 (Zhejiang) and 如皋 (Jiangsu): a Mongolian grandmother from 扎鲁特旗 raising her granddaughter in 嵊州 after her
son died on a building site; a Kham Tibetan father from 石渠 who irons neckties in a 甘棠镇 workshop, his wife in
prison; a Uyghur father from 皮山 who bakes naan in 如城街道, raising a son with epilepsy; a Yi grandmother from 喜德
raising two grandchildren in 搬经镇 while her son is in compulsory drug rehabilitation; a Han community worker in
剡湖街道 reading out her register; a Han 儿童主任 in 长江镇 going through her WeChat chats; a Han head teacher in
崇仁镇 talking about a pupil whose father is in prison; and a Han uncle in 东陈镇 raising his late sister's boy. The
emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian
names used whole and with a short form (阿拉坦吉勒玛 then 吉勒玛, 特木尔苏和, 斯琴夫, 陶格斯玛她, 乌日汗其木格,
胡楞巴雅斯, 宝音乌力吉), a Mongolian name ending in 和 before the conjunction 和 (特木尔苏和和他师傅), a Han surname
before a Mongolian given name (包陶格斯) and the Han names of the same people (包海军, 包语桐, 包奶奶); Kham Tibetan
names (呷绒多登, 降拥巴姆, 格绒曲扎, 白姆央金, 俄色泽仁, 呷姆央宗, 阿称扎西) with short forms (多登, 巴姆她), a Han
surname before a Tibetan given name (俞央金, the boss's wife's god-daughter) and a Tibetan boy's Han name that holds
words (石高原); Uyghur given name + father's name with the dot, with the dot variant •, without the dot and with
spaces around the dot (赛迪尔丁·穆塔里甫, 夏木西丁·赛迪尔丁, 夏木西丁赛迪尔丁, 伊斯坎德尔•穆塔里甫, 吐尼沙·肉孜,
阿力甫·吐尔逊, 吐尔逊·哈力克, 赛迪尔丁 · 穆塔里甫), single and short forms (赛迪尔丁你, 夏木西他, 阿力甫他, 汗尼扎,
沙比尔江) and a Han mother's surname before the Uyghur given name (缪夏木西丁); Yi names with the clan name before
the given name (沙马日作, 吉伍尔惹, 阿苦伍呷, 吉伍体哈, 吉伍石布嫫, 俄木拉惹, 吉伍木沙, 吉伍阿支, 阿苏拉哈, 吉色阿果她,
阿苏日哈, 阿苏金花) with short forms (日作, 体哈他, 石布), a Han surname before a Yi given name (吉体哈, 吉石布, 阿金花)
and a Yi boy's Han name (吉浩宇, and the grandmother called 沙奶奶); Han names with common and rare surnames of the
region (钭, 竺, 裘, 邢, 尹, 俞, 商, 支, 过, 喻, 楼, 应, 钱, 袁, 冒, 缪, 仲, 储, 季, 丛, 管, 卢, 薛, 郝, 顾); surnames that
are also ordinary words, and such words in given names, next to grammar words (我和和玉珍, 他向向丽华校长, 才德荣才四十二,
都海涛都来过, 竺有才有时候, 顾有根有一年, 邢也青也常来, 顾也文也来过, 能桂兰能吃苦, 要警官要我们, 喻让娣让我, 过建明他,
冒国富冒雨, 应雨萱应该); titles and kin words after names (尹佩君老师, 喻丽芬老师, 季雨霏老师, 顾敏华大夫, 石桂珍阿姨,
储卫平师傅, 范志军老师, 吕小娟老师, 冒丽娟老师; the span is the name only), a surname with only a title or kin word,
annotated whole (包奶奶, 袁老板, 俞阿婆, 俞师傅, 商阿姨, 顾大夫, 沙奶奶, 钭主任, 竺阿姨, 邢师傅, 裘阿爷, 邢警官, 要警官),
nicknames and local forms of address, annotated whole (小储, 豪子, 小六子, 阿航, 然子); names directly before
particles, pronouns and verbs and after 叫/是/给/跟/找/让/和; a name closing the last sentence (最要谢的是儿童主任季秀云。);
names spaced out character by character in half- and full-width spaces and names split in two; compound surnames
after ordinary words (司空, 闻人, 太史, 澹台, 钟离, 呼延, 轩辕, 南宫, 公冶, 申屠, 宗政, 司寇, 端木, 欧阳, 诸葛, 上官,
慕容, 夏侯, 皇甫); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:钭雅琴}}``, ``{{qq:3096142875}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015fwspaced.513432}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿姨, 师傅, 校长) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 才, 有, 能, 要, 让, 她, 他, 你) are outside the span; a
surname with only a title or kin word (包奶奶, 俞阿婆, 沙奶奶, 要警官) and a nickname or local form of address (小储,
豪子, 小六子, 阿航, 然子) are annotated whole. Han-style names of Mongolian, Tibetan and Yi people (包海军, 包语桐,
石高原, 吉浩宇) are category han; a Han surname before a non-Han given name (包陶格斯, 俞央金, 缪夏木西丁, 吉体哈,
吉石布) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout140/make_holdout140.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(140_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176", "181",
                   "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1105: Mongolian grandmother from 扎鲁特旗 raising her granddaughter in 嵊州 after her son died on a building site.
DOCS["H1105"] = ("family", """\
访谈者：阿姨，听口音您是北方人？
受访者：内蒙古{{trap/place:扎鲁特旗}}的，{{trap/place:鲁北}}往北一百多里的嘎查。我叫{{minority/mongolian:阿拉坦吉勒玛}}，老家的人喊我{{minority/mongolian:吉勒玛}}。到了{{trap/place:嵊州}}，楼里的人都叫我{{han:包奶奶}}，跟的是我儿子的汉姓。
访谈者：您怎么到嵊州来了？
受访者：为了孙女。儿子{{minority/mongolian:特木尔苏和}}，身份证上的汉名叫{{han:包海军}}，十年前跟同嘎查的{{minority/mongolian:斯琴夫}}出来打工，在这边工地上扎钢筋，娶了本地姑娘{{han:钱婉君}}。前年八月楼快封顶，脚手架塌了，{{minority/mongolian:特木尔苏和}}和他师傅{{han:竺岳林}}一起摔下来，两个人都没救过来。我接到电话，在火车上坐了两天一夜，到了只看见一个盒子。
访谈者：孩子妈妈呢？
受访者：{{han:钱婉君}}第二年嫁到{{trap/place:新昌}}去了，那边的男人不要孩子。她一个月来一回，给孩子买衣服、交兴趣班的钱。我不怪她，她也才二十八。孙女叫{{minority/mongolian:陶格斯玛}}，九岁，户口上的汉名是{{han:包语桐}}，同学们图好玩，叫她{{minority/mongolian:包陶格斯}}。她在{{school:嵊州市东圃小学三年级（2）班}}。
访谈者：赔偿的事解决了吗？
受访者：包工头{{han:袁老板}}躲了半年，电话不接，门也不开。后来是法律援助中心的律师{{compound:司空鹤鸣}}帮着打官司，赔了六十多万，存在孙女名下，十八岁以前谁都不能动。{{compound:司空鹤鸣}}他说，这是她爸拿命换的钱，一分也不能乱花。钱我一分没动，我们俩就靠补助，再加上我在菜场帮人剥笋挣的几百块。
访谈者：平时谁帮你们？
受访者：社区的儿童主任{{han:裘晓燕}}给孩子报了事实无人抚养，每个月{{trap/number:一千八百六}}，午饭、校服都免了。街道民政的{{han:邢卫东}}上门核过两回。社工站有个姑娘叫{{compound:闻人筱蕾}}，每个礼拜来陪孩子写作业；还有个小伙子{{compound:太史嘉树}}，周末带她去{{trap/place:剡溪}}边上跑步。班主任{{han:尹佩君}}老师开家长会总让我坐第一排，怕我听不清。社工姑娘还给孩子找了个心理老师，每个月聊一次，说孩子心里有个结，要慢慢解。
访谈者：孩子在学校怎么样？
受访者：语文好，数学差。上学期{{han:尹佩君}}老师让她在班会上讲草原，她带了一包奶豆腐去，同学们尝了都说酸。有个男孩子{{han:钱一鸣}}学她说话的口音，她回来躲在被子里哭。第二天{{han:钱一鸣}}他妈妈{{han:金素娥}}领着他上门赔不是，还拎了一袋橘子。现在两个孩子放学一起走。
访谈者：您一个人在这边习惯吗？
受访者：不习惯。梅雨天衣服一个礼拜晒不干，菜里还放糖。我不识汉字，坐公交要孙女给我念站名。钱都缝在裤腰里，不敢放{{trap/word:钱包}}。楼下卖豆腐的{{han:俞阿婆}}讲嵊州话，我一句也听不懂，两个人就比划。{{han:俞阿婆}}她每天早上多塞给我一块豆腐，说老太婆带个小囡不容易。我们那条路上有{{trap/famous:马寅初}}的老房子，孙女说那是个大学问家。
访谈者：过年怎么过？
受访者：头一年我俩在出租屋里包饺子，她包得歪歪扭扭，说像小羊。{{trap/minority_word:查干萨日}}那天我给她穿上蒙古袍，是她大姑从嘎查寄来的，袖子长了一截。她穿着下楼，邻居们都出来看，说这个小囡像电视里的人。晚上她给她爸的照片磕了三个头，说爸爸，我长高了。
访谈者：老家还有人吗？
受访者：大女儿{{minority/mongolian:乌日汗其木格}}在嘎查放牛，女婿{{minority/mongolian:胡楞巴雅斯}}会修摩托。嘎查达{{minority/mongolian:宝音乌力吉}}打电话来，说我要是带不动了，就把孩子接回去，嘎查给报困境儿童。可孩子的妈在这边，学校也在这边。{{minority/mongolian:陶格斯玛}}她说，奶奶，我要待在爸爸最后待过的地方。
访谈者：孩子还记得爸爸吗？
受访者：记得。她爸会拉{{trap/minority_word:马头琴}}，在工棚里也拉。清明我带她去公墓，她学我的样子往碑前撒{{trap/minority_word:炒米}}、倒奶茶。她书包上挂着从她爸安全帽上拆下来的一枚徽章，谁也不让碰。晚上我给她讲{{trap/famous:江格尔}}，她给我唱学校里学的越剧，我俩谁也听不懂谁，就笑。
访谈者：登记表上的信息请您说一下。
受访者：我们租在{{address:嵊州市三江街道城东路77号3幢502室}}，老家在{{address:扎鲁特旗格日朝鲁苏木沙布台嘎查二组6号}}。我的身份证{{id_number@wy1955spaced.150526}}，孙女的{{id_number@wy2017hyphen.330683}}。我没手机，用孙女的电话手表，号码是社工写在门背后的：{{mobile@s434}}；{{han:裘晓燕}}的是{{mobile@plain}}。孩子妈的微信是{{wechat:wanjun_xc1993}}，每个月的钱她从微信上转。孙女有个企鹅号，说班上同学都互相加：{{qq:3096142875}}。
访谈者：表上的名字写对了吗？
受访者：老是写错。学校的表上是{{spaced:陶 格 斯 玛}}，我的居住证申请表上是{{spaced:阿 拉 坦 吉 勒 玛}}，儿子的死亡证明上写成{{spaced:特木尔　苏和}}。
访谈者：您最盼什么？
受访者：盼孙女好好念书。我七十一了，膝盖一到阴天就疼。走之前想带她回一趟草原，看看她爸小时候放羊的地方，也让嘎查里的人看看{{minority/mongolian:陶格斯玛}}。
""")

# H1106: Kham Tibetan father from 石渠 who irons neckties in a 甘棠镇 workshop; his wife is in prison.
DOCS["H1106"] = ("family", """\
访谈者：师傅，您这是在烫领带？
受访者：对，烫好一条八毛钱，一天烫六七百条。烫的时候要看准纹路，斜纹的、格子的，力道都不一样。我叫{{minority/tibetan:呷绒多登}}，四川{{trap/place:石渠}}来的，车间里的人都喊我{{minority/tibetan:多登}}。老家在{{trap/place:雅砻江}}源头上，海拔四千多米。到{{trap/place:甘棠镇}}来是同乡{{minority/tibetan:俄色泽仁}}介绍的，他在这边的领带厂做了五年。
访谈者：家里几口人？
受访者：老婆{{minority/tibetan:降拥巴姆}}，两个孩子。{{minority/tibetan:巴姆}}她现在在监狱里。前年她回老家，有个同乡托她带一包东西上火车，说是{{trap/minority_word:虫草}}，到{{trap/place:成都}}被查出来是毒品，判了七年。她不识汉字，哪里知道里面装的是什么。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:格绒曲扎}}十二岁，给自己起了个汉名叫{{han:石高原}}，说是石渠的石、高原的高原，在{{school:甘棠镇中心小学六年级（3）班}}。女儿{{minority/tibetan:白姆央金}}五岁，在{{school:甘棠镇新苗幼儿园中（2）班}}。老板娘认了她做干女儿，叫她{{minority/tibetan:俞央金}}，她听见就跑过去。
访谈者：谁在帮你们？
受访者：老板{{han:俞国兴}}让我们住厂里的宿舍，不收房租。老板娘{{han:商雪芬}}每天早上给女儿扎辫子，家里有事我都找她{{trap/word:商量}}。村里的儿童主任{{han:支海英}}帮两个孩子报了服刑人员子女补助，一人一个月{{trap/number:七百九十元}}。镇民政办的{{han:过建明}}说，我们户口在四川，要两边开证明，{{han:过建明}}他打了十几个电话才办下来。县社工站的{{compound:澹台若岚}}每个月来一趟，给儿子做辅导；她带来的实习生{{compound:钟离慕白}}教女儿认字。
访谈者：您去看过妻子吗？
受访者：去年{{trap/word:过年}}前去了一回，坐了两天火车。隔着玻璃，{{minority/tibetan:降拥巴姆}}一直哭，问孩子长高了没有。管教{{han:冉秋菊}}人好，让她多说了十分钟。我带了女儿画的画，一家四口站在帐篷前头，管教说不能递进去，我就隔着玻璃举给她看。回来以后，{{minority/tibetan:格绒曲扎}}三天没说话。法律援助的律师{{han:邬振涛}}说，她在里面表现好，过两年能报减刑，材料他帮我们准备。
访谈者：老家还有谁？
受访者：阿妈{{minority/tibetan:呷姆央宗}}七十了，跟我弟弟{{minority/tibetan:阿称扎西}}在草场上。冬天帐篷里烧牛粪取暖，阿妈手上的裂口一道一道的。阿妈每回视频都问孙子吃不吃得上{{trap/minority_word:糌粑}}，儿子说这边只有年糕。我给他讲{{trap/famous:格萨尔王}}，他说他们班同学只知道奥特曼。
访谈者：孩子们想妈妈吗？
受访者：想。女儿小，以为她妈在外面打工，每天睡觉前要我把手机给她，对着她妈的照片说一会儿话，说今天吃了什么、老师表扬了谁。儿子大了，不说。有一回我半夜起来，看见他趴在窗台上，对着月亮念{{trap/minority_word:六字真言}}，念一遍，抹一下眼睛。我没敢出声，第二天他照样去上学。
访谈者：孩子在学校怎么样？
受访者：儿子数学好，就是不爱说话。同学问他妈在哪里，他说在老家放牦牛。班主任{{han:喻丽芬}}老师知道实情，没拆穿他，每个礼拜找他谈一次。同桌{{han:俞浩楠}}是老板的侄子，两个人好得很，周末一起去水库边钓鱼。女儿在幼儿园学会了嵊州话，回来管我叫阿爹，老板娘笑得直不起腰。
访谈者：您自己呢？
受访者：烫领带一站一天，腰疼。夏天车间里蒸汽大，衣服湿透了。可这活不用识字，手快就行。旺季一天干十四个钟头，圣诞节前外国人的单子最多；淡季一个礼拜只开三天工。我们车间七个人，有{{trap/place:贵州}}的、{{trap/place:安徽}}的，就我一个藏族。吃饭的时候我煮酥油茶给他们喝，他们说太咸。车间主任{{han:俞师傅}}是老板的弟弟，手把手教我烫领尖，说这活跟做人一样，褶子要一条一条压平。老板说我烫得平，{{trap/org:中国领带城}}的客商都点名要我们车间的货。车间的{{han:商阿姨}}教我用手机记账，一条一条记，月底跟老板对。晚上回宿舍还要给两个孩子洗衣服、看作业，我不识字，就看老师在微信上打的对勾。{{han:支海英}}她说等女儿上了小学，可以申请住到镇上的公租房去。
访谈者：登记信息请您说一下。
受访者：我们住在{{address:甘棠镇下塘村领带厂宿舍2楼206室}}，老家在{{address:石渠县色须镇雅格村三组11号}}。我的身份证{{id_number@my1986tri.513332}}，儿子的{{id_number@my2014fullwidth.513332}}。我电话{{mobile@plus86}}，老板娘的{{mobile@fws}}。儿子用我的旧手机加了个微信，号是{{wechat:gerong_qz2014}}，班主任在上面给他留作业。他还有扣扣，老师让填在登记表里的：{{qq:61573920}}。
访谈者：名字写得对吗？
受访者：厂里的工资表上我是{{spaced:呷 绒 多 登}}，幼儿园把女儿写成{{spaced:白姆 央金}}，监狱的会见单上她妈是{{spaced:降　拥　巴　姆}}，儿子的作业本上自己写的是{{spaced:格绒　曲扎}}。
访谈者：最后还想说什么？
受访者：等{{minority/tibetan:巴姆}}出来，一家人回石渠过一个{{trap/minority_word:藏历年}}，让她好好看看{{minority/tibetan:白姆央金}}。
""")

# H1107: Uyghur father from 皮山 who bakes naan in 如城街道 (如皋), raising a son with epilepsy.
DOCS["H1107"] = ("family", """\
访谈者：大哥，您这馕是现打的？
受访者：现打的，早上五点就生火。我叫{{minority/uyghur:赛迪尔丁·穆塔里甫}}，老家{{trap/place:皮山}}，在{{trap/place:和田}}边上。这条街上的人记不住，叫我{{minority/uyghur:赛迪尔丁}}的少，叫馕师傅的多。
访谈者：怎么到如皋来的？
受访者：孩子他妈{{han:缪春霞}}是{{trap/place:如皋}}人，以前在乌鲁木齐的服装厂做工，我们在那儿认识的。一五年回了她娘家，我在{{trap/place:如城街道}}租了个门面打馕。后来儿子得了病，她受不了，前年离了婚去了{{trap/place:苏州}}，一年打一两个电话。刚来那年冬天，这边屋里没有暖气，我穿着棉袄睡觉，手上长了冻疮，还以为南方不冷。
访谈者：儿子多大了？
受访者：九岁，叫{{minority/uyghur:夏木西丁·赛迪尔丁}}，户口跟他妈上的，派出所说要有个姓，就写成了{{minority/uyghur:缪夏木西丁}}。医院的单子上没有点，是{{minority/uyghur:夏木西丁赛迪尔丁}}。我们在家叫他{{minority/uyghur:夏木西}}。{{minority/uyghur:夏木西}}他四岁那年第一次抽，在{{trap/minority_word:馕坑}}边上倒下去，我吓得腿都软了。医生说是癫痫，药一天也不能停。
访谈者：现在上学吗？
受访者：上，在{{school:如皋市如城街道安平小学三年级（4）班}}。班主任{{han:季雨霏}}把急救的办法贴在讲台上，他在课上抽过两回，都是{{han:季雨霏}}老师扶着他侧躺，等他醒过来。同学们一开始怕他，现在谁见他脸色不对就喊老师。他最好的朋友叫{{han:储一航}}，两个人天天换着吃午饭，他吃人家的红烧肉不行，就把馕掰一半给人家。
访谈者：看病怎么样？
受访者：在{{trap/org:如皋市人民医院}}看，神经科的{{han:顾敏华}}大夫说他是难治的那一种，一个月复查一回，药钱一个月八百多。{{han:顾大夫}}还帮我们联系了{{trap/place:南京}}的专家，说明年可以考虑做手术。
访谈者：孩子犯病以后，日子有什么变化？
受访者：什么都变了。以前我夜里去进货，他一个人睡。现在我把面案挪到窗户边上，一边揉面一边看他。他不能骑自行车，不能一个人下水，学校春游我都跟着去。他问我，爸爸，我是不是跟别的小孩不一样。我说，你就是比别人多吃一种药，别的都一样。他想了想，说那我以后给别的小孩做药。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:仲玉兰}}帮儿子办了残疾证，拿残疾人两项补贴，我收入不稳，也报了低保。房东{{han:冒国富}}把房租降了三百。有一回夜里下大雨孩子犯病，是{{han:冒国富}}{{trap/word:冒雨}}开车送我们去的医院。市里社工站的{{compound:呼延青禾}}每周来一次，带{{minority/uyghur:夏木西}}去{{trap/place:水绘园}}喂鱼；她同事{{compound:轩辕晓棠}}帮我填低保的表。
访谈者：晚上谁帮您看孩子？
受访者：没人。我收了摊就回家，一步也不敢离开。隔壁开五金店的{{han:石桂珍}}阿姨说，你要出门就把孩子放我这儿。有回我去进面粉，{{han:石桂珍}}她守了孩子一下午，还教他下跳棋。她男人{{han:丁国强}}给我们装了个监控，孩子在床上一动，我手机就响。早上来买馕的老太太们见他在店里写作业，就给他带个茶叶蛋、一把花生。
访谈者：老家的亲人呢？
受访者：我阿妈{{minority/uyghur:吐尼沙·肉孜}}在皮山，弟弟{{minority/uyghur:伊斯坎德尔•穆塔里甫}}种核桃，去年寄来一大袋，让我分给街坊。阿妈一直想来看孙子，可她腿不好，坐不了四天的火车。在{{trap/place:南通}}开拌面馆的{{minority/uyghur:沙比尔江}}每个礼拜给我捎羊肉，他说{{minority/uyghur:赛迪尔丁}}你一个人不容易。
访谈者：孩子知道妈妈的事吗？
受访者：知道。{{han:缪春霞}}过年来看过一回，带他去吃了肯德基，他回来跟我说，妈妈瘦了。{{trap/minority_word:古尔邦节}}我关一天门，给他穿上新衣服，弹两下{{trap/minority_word:都塔尔}}，讲{{trap/famous:阿凡提}}倒骑毛驴的故事，他笑得在床上打滚。
访谈者：您自己呢？
受访者：一天打三百多个馕，胳膊上全是烫的疤。夏天馕坑边上五十多度，一天要喝两暖瓶茶。馕有芝麻的、洋葱的、窝窝馕，这边人最爱吃芝麻的，说像烧饼。我不敢病，我病了孩子吃药都没人管。最怕夜里他犯病，我一个人抱着他，看着表数秒，医生说超过五分钟就打{{trap/hotline:120}}。
访谈者：登记信息请您说一下。
受访者：馕店在{{address:如城街道益寿路146号}}，住在{{address:如城街道海阳小区11幢2单元402室}}。我的身份证{{id_number@my1984hyphen.653223}}，儿子的{{id_number@my2017x.320682}}。我电话{{mobile@h38}}，{{han:仲玉兰}}的{{mobile@s38}}。我的vx是{{wechat:saidierding_nang}}，买馕的熟客都加了。儿子在学校电脑课上注册了个QQ，号码抄在我的记账本上：{{qq:784205163}}。
访谈者：名字写得对吗？
受访者：都不一样。病历本上是{{spaced:赛迪尔丁 · 穆塔里甫}}，学校的花名册上是{{spaced:夏 木 西 丁}}，残疾证上写成{{spaced:缪　夏木西丁}}。
访谈者：最后还想说什么？
受访者：盼他的病能好。他说长大了要当医生，给跟他一样的小孩看病。我说行，到时候爸爸天天给你送馕。
""")

# H1108: Yi grandmother from 喜德 raising two grandchildren in 搬经镇 (如皋); her son is in compulsory drug
# rehabilitation and his wife has gone.
DOCS["H1108"] = ("family", """\
访谈者：阿奶，您是从凉山过来的？
受访者：{{trap/place:喜德}}来的。我叫{{minority/yi:沙马日作}}，前头两个字是娘家的家支，后头两个字才是名字。老家的人叫我{{minority/yi:日作}}，这边的人叫不来，都喊我{{han:沙奶奶}}。
访谈者：您怎么到如皋来了？
受访者：儿子{{minority/yi:吉伍尔惹}}前些年带着媳妇、孩子到{{trap/place:搬经镇}}的电子厂打工。前年他沾上了毒品，被送去强制戒毒，要两年。媳妇{{minority/yi:阿苦伍呷}}跟人走了，电话打不通。厂里的人打电话到村里，我坐了三天的车过来。我们那里山高，房子在半山腰，赶一趟集要走三个钟头；到了这边，地平得一眼望不到头，我头一个月老是迷路。下了车，我一句话也听不懂，是厂里的{{han:储卫平}}师傅举着牌子接的我。
访谈者：孩子们多大？
受访者：孙子{{minority/yi:吉伍体哈}}十一岁，学校给起了个汉名叫{{han:吉浩宇}}，老师点名叫他{{minority/yi:吉体哈}}，两个名字各取一半。孙女{{minority/yi:吉伍石布嫫}}八岁，我叫她{{minority/yi:石布}}，学校写的是{{minority/yi:吉石布}}。大的在{{school:搬经镇中心小学五年级（1）班}}，小的在{{school:搬经镇中心小学二年级（3）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:薛桂芳}}帮两个孩子报了事实无人抚养，一人一个月{{trap/number:一千七百元}}。我不会说普通话，她就找{{minority/yi:俄木拉惹}}来给我翻，他是我们喜德的同乡。镇社工站有个云南来的姑娘叫{{han:和玉珍}}，她外婆是彝族，会几句彝话，我和{{han:和玉珍}}能说上话。镇民政办的{{compound:南宫雪岚}}来核过两回材料，司法所的{{compound:公冶鸿飞}}帮我问儿子什么时候能出来。
访谈者：邻居呢？
受访者：隔壁的{{han:卢德茂}}老两口好，我屋里那张{{trap/word:沙发}}就是{{han:卢德茂}}他送的。他老伴{{han:仲秀英}}教我用电饭锅，还教孙女包馄饨。村东头的{{han:郝晓丽}}在超市上班，过期一两天的面包、牛奶都给我们留着。
访谈者：您平时做什么？
受访者：早上送孩子上学，回来在屋后种菜，种土豆、白菜，还种了一小块荞子，这边人没见过，都来看。下午去厂门口捡纸箱，一个月能卖两三百块。{{han:薛桂芳}}她说我年纪大了别累着，可我闲不住，闲下来就想儿子。荞子磨了面，我做成荞粑粑，孙子带到学校分给同学，同学说像饼干。
访谈者：孩子们怎么样？
受访者：{{minority/yi:体哈}}他懂事，放学先写作业，再帮我捡纸箱。班主任{{han:范志军}}老师说他数学好，就是作文写不出来。{{minority/yi:石布}}爱哭，晚上要抱着她妈的衣服睡。我给她唱{{trap/minority_word:阿惹妞}}，她跟着哼，哼着哼着就睡了。孙子跟班上的男孩子踢足球，腿上摔得青一块紫一块，回来不敢让我看。
访谈者：孩子们在这边习惯吗？
受访者：孙子习惯了，一口如皋话，比我强。孙女刚来那年在学校不说话，老师以为她是哑巴，后来社工站的姑娘教她唱歌，她才肯开口。学校的午饭她吃不惯，说没有辣子，我就每天给她装一小瓶辣椒面，放在书包里。现在她最爱吃这边的萝卜丝饼。
访谈者：厂里那边有人管吗？
受访者：电子厂的老板{{han:丁秀凤}}是个女的，心善。儿子出事以后，她把儿子那个月的工资一分不少给了我，还让我在厂里食堂吃饭，不收钱。过节厂里发的月饼、粽子，她都让人给我们送一份。
访谈者：老家还有什么人？
受访者：老头子{{minority/yi:吉伍木沙}}前年走了。大女儿{{minority/yi:吉伍阿支}}嫁在{{trap/place:西昌}}，种{{trap/minority_word:苦荞}}，养了几头猪。{{trap/minority_word:彝族年}}的时候她寄{{trap/minority_word:查尔瓦}}来，孙子披着去上学，同学都围着看。
访谈者：儿子那边有消息吗？
受访者：戒毒所一个月能打一回电话。他在电话里哭，说出来以后要好好做工，把孩子供出来。上个月所里让我们去看了一回，他胖了，脸也白了，说在里面学了电焊。我跟他说，你先把自己管好。老家的房子是{{trap/word:易地扶贫搬迁}}盖的新房，空着没人住，可孩子们的学校、同学都在这边，回去了又要重新来。{{minority/yi:体哈}}在电话里不叫他爸，挂了电话又一个人跑到河边坐着。
访谈者：登记表上的信息请您说一下。
受访者：我们租在{{address:搬经镇夏堡村九组15号}}，老家在{{address:喜德县光明镇瓦尔村二组4号}}。我的身份证{{id_number@woldhyphen.513432}}，孙子的{{id_number@my2015fwspaced.513432}}。我的手机号是{{han:薛桂芳}}帮我存的：{{mobile@spaced}}；她的是{{mobile@p86n}}，微信是{{wechat:xueguifang_bj}}。孙子有个Q号，跟老家的表哥聊天用，我不懂，他写在墙上：{{qq:5028734196}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我是{{spaced:沙 马 日 作}}，孙子在花名册上是{{spaced:吉 伍 体 哈}}，孙女写成了{{spaced:吉伍　石布嫫}}。
访谈者：您最盼什么？
受访者：盼儿子出来，一家人回喜德过个年，让老家的人看看{{minority/yi:吉伍体哈}}长多高了。
""")

# H1109: Han community worker in 剡湖街道 (嵊州) reading out her register of children in distress.
DOCS["H1109"] = ("staff", """\
访谈者：{{han:钭主任}}，登记册带来了？
受访者：带来了。我叫{{han:钭雅琴}}，在{{trap/place:剡湖街道}}做了十一年社区工作，儿童主任也是我兼的。册子上十一户，我挑五户念，你对着记。
访谈者：好。
受访者：第一户，{{han:楼晨阳}}，男，十岁，{{school:嵊州市鹿山小学四年级（3）班}}。爸爸{{han:楼志坚}}前年在{{trap/place:义乌}}跑货车出了事，人没了；妈妈{{han:商丽芳}}精神残疾二级，时好时坏，发病的时候会砸东西，孩子就把她的药藏在书包里，按点给她吃。跟奶奶住在{{address:剡湖街道北直街38弄5号}}。报的是事实无人抚养，他妈妈拿残疾人两项补贴。孩子的身份证{{id_number@my2016quad.330683}}。奶奶七十六了，腿脚不便，孩子每天早上五点起来烧早饭。{{han:楼晨阳}}楼下的{{han:竺阿姨}}说，这孩子每天放学先给他妈熬药。
访谈者：第二户？
受访者：第二户，{{han:应雨萱}}，女，七岁，{{school:剡湖小学一年级（2）班}}。爸爸{{han:应建锋}}开赌场判了四年，妈妈跟人走了，跟外婆{{han:喻让娣}}过。{{han:喻让娣}}让我帮她写过好几回申请，她不识字，靠捡废品和一点养老金过日子，孩子的校服都是邻居家孩子穿小了的。{{han:应雨萱}}{{trap/word:应该}}是册子上年纪最小的，服刑人员子女补助每月{{trap/number:六百八十元}}。外婆的身份证{{id_number@woldfwhyphen.330683}}，住{{address:剡湖街道官河路12号2幢301室}}。
访谈者：第三户？
受访者：第三户是孤儿，叫{{compound:申屠梓萌}}，女，九岁。爸妈三年前在{{trap/place:104国道}}上出了车祸，跟姑妈{{han:钱丽娅}}过。孤儿基本生活费每月{{trap/number:二千零四十元}}，打到孩子自己的卡上。姑妈自己也有两个孩子，三个孩子挤一间房，我们给申请了一张上下铺。{{compound:申屠梓萌}}她成绩好，就是一到下雨天就发呆。身份证{{id_number@wy2017spaced.330683}}。姑父{{han:尹晓东}}在{{trap/org:嵊州越剧团}}拉二胡，有空就教她。
访谈者：第四户？
受访者：第四户是新疆{{trap/place:墨玉}}来的。孩子叫{{minority/uyghur:阿力甫·吐尔逊}}，男，八岁，爸爸{{minority/uyghur:吐尔逊·哈力克}}在老家住院，肾不好；妈妈{{minority/uyghur:汗尼扎}}在这边的饭店洗碗。他们租的是车库改的房子，没有窗户，夏天跟蒸笼一样。{{minority/uyghur:阿力甫}}他普通话比他妈好，来办事都是他当翻译。饭店老板{{han:邢师傅}}管他们娘俩吃住。
访谈者：第五户？
受访者：第五户，{{han:竺思远}}，男，十三岁，在{{school:嵊州市城南中学初一（4）班}}。妈妈病死了，爸爸在外面不回来，跟爷爷{{han:竺有才}}过。{{han:竺有才}}有时候喝多了，孩子就躲到我们社区来写作业。我们给爷爷找了个戒酒的互助小组，去了两回，现在好一点了。
访谈者：你们是怎么发现这些孩子的？
受访者：有的是学校报的，有的是邻居来说的，还有的是我们自己一家一家敲门问出来的。{{han:竺思远}}那户，是他班主任{{han:吕小娟}}老师打电话给我，说孩子连着三天穿同一件衣服，身上有酒味。我们去了才知道，爷爷醉了两天，孩子自己泡方便面吃。
访谈者：有没有特别放不下的？
受访者：第四户。他爸要换肾，老家的羊卖光了，亲戚借遍了。他妈一天洗十个钟头的碗，手都泡烂了。孩子放了学就坐在饭店后门写作业，写完了帮着剥蒜。我们帮他们在网上筹过一回款，又找了{{trap/org:红十字会}}。孩子跟我说，阿姨，我长大了要当医生，给我爸换一个肾。我回家哭了一晚上。
访谈者：你们多久评估一次？
受访者：半年一次，每户一本档案，身体、上学、吃穿、谁在照顾，一项一项打分，分低的就多上门。{{trap/year:2025年}}年底评下来，十一户里有三户从红色降到了黄色，第一户就是一个。
访谈者：这些户都是谁在跟？
受访者：街道民政科的{{han:都海涛}}都来过三回，材料是他报到市{{trap/org:民政局}}的。社工站的{{compound:宗政清扬}}跟第一户和第三户，{{compound:司寇沐阳}}跟第四户。片区民警{{han:邢也青}}也常来，第五户的爷爷就服{{han:邢也青}}他。
访谈者：名字都写对了吗？
受访者：错了好几个。{{spaced:楼　晨　阳}}中间空了格，{{spaced:申 屠 梓 萌}}拆成四个字，{{spaced:喻让 娣}}断成两截，还有一张表写成{{spaced:阿力甫 · 吐尔逊}}。
访谈者：联系方式呢？
受访者：{{han:喻让娣}}的电话{{mobile@hyphen}}，{{han:钱丽娅}}的{{mobile@plus86spaced}}。我的工作微信是{{wechat:doux_yanhu2015}}。{{han:竺思远}}有个QQ，我加了，他不高兴就在空间里发一句歌词，号码是{{qq:4172936058}}。
访谈者：做这个工作最难的是什么？
受访者：是孩子不开口。{{han:楼晨阳}}头半年一句话都不跟我说，后来我带他去{{trap/place:越剧小镇}}看戏，他才跟我讲他爸。还有就是人手少，一个社区就我和另一个社工，三千多户人家，防汛、疫苗、人口普查都是我们，有时候一天下来想去看孩子都抽不出空，晚上写台账写到十一点。有事可以打{{trap/hotline:12345}}，也可以来找我。
""")

# H1110: Han 儿童主任 in 长江镇 (如皋) going through the WeChat chats with the families she follows.
DOCS["H1110"] = ("staff", """\
访谈者：您手机里这些群，都是孩子家里的？
受访者：都是。我叫{{han:储慧敏}}，{{trap/place:长江镇}}永平村的儿童主任，村里人叫我{{han:小储}}。我一个一个翻给你看。
访谈者：好。
受访者：置顶这个头像是只猫的，是{{han:能桂兰}}，她孙子{{han:能子豪}}十岁，爸妈离了婚都去了{{trap/place:上海}}，谁也不管。{{han:能桂兰}}能吃苦，七十岁了还去船厂扫地。她不识字，发语音是孙子教的。孩子报的是事实无人抚养。她的微信号就是她手机号：{{mobile@plain}}。你看她昨天发的语音：“{{han:小储}}啊，{{han:豪子}}发烧了，我给他吃了退烧药，明天不去学校了。”
访谈者：下一个呢？
受访者：这个叫“平安是福”的，是{{han:才春梅}}。她男人{{han:才德荣}}才四十二，在{{trap/org:如皋港}}上货，被吊车砸断了腿，现在拿残疾人两项补贴，她自己打零工。女儿{{han:才欣悦}}在{{school:长江镇永平小学六年级（2）班}}，成绩全年级前十，说以后要考医学院，给她爸治腿。{{han:才春梅}}的威信是{{wechat:caichunmei_1982}}。
访谈者：这个头像是个彝族姑娘？
受访者：对，凉山{{trap/place:布拖}}来的一家，在船厂打工。男的叫{{minority/yi:阿苏拉哈}}，去年得了尘肺病，干不了重活；女的{{minority/yi:吉色阿果}}，在厂里食堂洗菜。两个孩子，大的{{minority/yi:阿苏日哈}}，小的{{minority/yi:阿苏金花}}，学校里叫她{{minority/yi:阿金花}}。{{minority/yi:吉色阿果}}她不会打字，都是发语音。他们一家四口住在船厂后面的板房里，夏天热得睡不着，就把席子铺到外面。她的语音一半彝话一半普通话，我听不懂就找她儿子翻。{{minority/yi:阿苏日哈}}说，等他长大了，要带他爸回{{trap/place:大凉山}}治病。
访谈者：还有吗？
受访者：还有这个，头像是个稻草人的，是{{han:顾家祥}}的奶奶。{{han:顾家祥}}十二岁，爸爸{{han:顾有根}}有一年喝醉了把人打伤，判了三年，妈妈在{{trap/place:昆山}}打工。奶奶喊他{{han:小六子}}，全村都跟着喊。{{han:小六子}}的VX是{{wechat:gu6zi_2013}}，半夜还在打游戏，我就在微信上骂他。奶奶七十多了，管不住他，上回为了充游戏，他偷拿了奶奶卖鸡蛋的两百块。我没告诉他爸，跟他约好了，一个礼拜只许玩三个钟头。
访谈者：您怎么帮这些家庭？
受访者：每个月上门一次，平时就靠微信。镇上社工站的{{compound:端木雪松}}每周来一趟，大学生志愿者{{compound:欧阳闻笛}}暑假来给孩子补课。律师{{compound:诸葛雁秋}}帮{{han:才春梅}}打工伤官司，赔了十二万。镇民政办的{{han:管建平}}说，这几户明年都能续上。村支书{{han:季国平}}批了一间空房子，给孩子们做作业用，我们叫它“四点半课堂”。夏天还带孩子们去{{trap/place:龙游湖}}看荷花。
访谈者：孩子们自己找过您吗？
受访者：找过。{{han:能子豪}}有天晚上十一点发消息，说奶奶摔倒了，起不来。我跑过去，叫了{{trap/hotline:120}}。那天以后，我跟几户都说好了，夜里有事就打我电话，不用怕吵。{{han:才欣悦}}过生日那天，给我发了一张她画的画，画的是我骑电瓶车，后座上坐着三个孩子。
访谈者：家长们一般找您说什么？
受访者：什么都有。问补助什么时候到账的，问学校的事的，也有半夜睡不着发一大段话的。{{han:才春梅}}有一回凌晨两点给我发了六十秒的语音，哭着说撑不下去了，男人腿断了脾气坏，天天骂她。我第二天一早就去她家，陪她坐了一上午，又找了镇上的心理咨询师。现在她好多了，还在朋友圈里卖自己腌的萝卜干。
访谈者：彝族那家的孩子上学怎么样？
受访者：开始难。大儿子来的时候十岁，只读过一年书，学校让他从二年级读起，他比同学高一头，不肯去。后来老师让他当体育委员，他才高兴了。小的{{minority/yi:阿金花}}聪明，一年就把普通话学会了，还会说几句如皋话，回家给她妈当翻译。
访谈者：您自己家里呢？
受访者：我儿子上初二，说妈妈你手机比我的还忙。我老公在{{trap/org:船厂}}上班，三班倒，我一出去就是一天，回来饭都是儿子做的。他说你管的那些小孩比我可怜，我不跟他们抢你。
访谈者：联系方式请您念一下。
受访者：我的电话{{mobile@plus86dash}}，微信{{wechat:chuhuimin_yp}}。{{han:顾家祥}}的奶奶电话{{mobile@s74}}，住{{address:长江镇永平村十二组27号}}。{{han:能子豪}}的身份证{{id_number@my2016.320682}}，{{han:才欣悦}}的{{id_number@wy2014x.320682}}。{{minority/yi:阿苏日哈}}有QQ，号码是{{qq:3592817406}}，他在上面给我发他画的船。
访谈者：微信里的名字都对得上吗？
受访者：对不上。备注里我打成了{{spaced:能 桂 兰}}，{{spaced:阿 苏 拉 哈}}的名字是空开的，还有一个写成{{spaced:吉色 阿果}}。
访谈者：最后想说什么？
受访者：这些孩子没选过自己的家。我能做的，就是让他们有事的时候，知道能找谁。有时候累得不想说话，可一打开手机，看到孩子们发来的消息，又觉得值。
""")

# H1111: Han head teacher in 崇仁镇 (嵊州) talking about a pupil whose father is in prison.
DOCS["H1111"] = ("teacher", """\
访谈者：{{han:吕文娟}}老师，您说的这个学生是哪个班的？
受访者：我班上的，{{school:崇仁镇中心小学五年级（2）班}}。孩子叫{{han:裘子航}}，十一岁，家里人叫他{{han:阿航}}。我当他班主任第三年了。
访谈者：他家里是什么情况？
受访者：爸爸{{han:裘建新}}原来在{{trap/place:崇仁镇}}开家具厂，搞非法集资，判了九年，关在{{trap/place:衢州}}。妈妈{{han:过晓云}}离婚以后去了{{trap/place:杭州}}，又成了家。{{han:阿航}}跟爷爷奶奶住在{{trap/place:崇仁古镇}}里的老房子，就在{{trap/place:玉山公祠}}后面。爷爷{{han:裘阿爷}}是老越剧迷，年轻时在镇上的剧团拉过胡琴，{{trap/word:越剧}}的调子闭着眼睛都拉得出来。古镇的老房子是木头的，冬天漏风，奶奶在他床上铺了两层棉絮。
访谈者：孩子知道爸爸的事吗？
受访者：知道。厂子倒的时候，好多人来家里要钱，他都看见了。有个债主把他家的电视机搬走了，他躲在楼梯底下不敢出来。班上有同学说他爸是骗子，他跟人打了一架。后来我开了一次班会，讲{{trap/famous:梁山伯}}和{{trap/famous:祝英台}}，讲戏里人也有难处，孩子们才慢慢不说了。
访谈者：他爸爸进去以后，孩子变了吗？
受访者：变了很多。三年级以前他是班上最吵的一个，上课插嘴，下课满操场跑。出事那年他一下子安静了，作业不交，上课趴在桌上。我找他谈，他一句话不说，只是抠指甲，把指甲边抠得流血。后来我发现他喜欢帮人，就让他当了图书管理员，每天中午整理书架，他慢慢有了笑脸。
访谈者：学校怎么帮他？
受访者：校长{{han:向丽华}}让每个困难学生配一个老师，{{han:阿航}}配的是我。他向{{han:向丽华}}校长写过一封信，说想转学，怕别人认出他。校长找他谈了一个下午，让{{han:阿航}}自己拿主意，他留下来了。镇上的{{trap/org:关工委}}给他结了个对子，是一位退休的老校长，每月来看他一回。学校的心理老师{{compound:上官沐霖}}每周给他做一次沙盘，镇社工站的{{compound:慕容砚舟}}帮他报了服刑人员子女补助，每月{{trap/number:七百二十元}}。
访谈者：爷爷奶奶身体怎么样？
受访者：奶奶{{han:祝彩娥}}腰不好，每天早上还给他煮两个鸡蛋，说读书费脑子。爷爷快八十了。村里的儿童主任{{han:裘美芬}}一个礼拜去两回，帮着买菜、拿药。{{han:裘美芬}}她说，{{han:裘子航}}的奶奶每回都留她吃饭，她不好意思不吃。村里开小店的{{han:裘国良}}也照顾，孩子去买本子从来不收钱。
访谈者：孩子跟爸爸有联系吗？
受访者：一个月一封信。{{han:裘建新}}在信里让他好好读书，别学他。去年清明，监狱办亲情会见，是我和{{compound:慕容砚舟}}带他去的。回来的车上，他靠着窗睡着了，手里还攥着他爸给他叠的纸鹤。
访谈者：孩子平时有什么爱好？
受访者：跟他爷爷学唱越剧，{{trap/famous:袁雪芬}}的唱段他能唱好几段。学校艺术节他唱了一段，台下的家长都鼓掌。他还爱下象棋，跟班上的{{han:邢嘉乐}}杀得难分难解。{{han:邢嘉乐}}他爸是镇上派出所的{{han:邢警官}}，有时候周末把两个孩子一起带去钓鱼。
访谈者：他成绩怎么样？
受访者：中等偏上，语文最好。上学期作文比赛写《我的爷爷》，写爷爷半夜起来给他盖被子，拉着胡琴哄他睡觉，得了镇里的二等奖。数学有点跟不上，我让班上的学习委员{{han:竺佳怡}}每天中午给他讲二十分钟。
访谈者：补助的钱够用吗？
受访者：吃饭够，难的是别的。学校组织去{{trap/place:杭州}}研学，一个人要六百块，他说他不去。我跟校长商量，从学校的爱心基金里出了钱，没让别的孩子知道。他回来给我带了一块西湖边捡的石头，说老师，这个送你。
访谈者：班上像他这样的孩子多吗？
受访者：四十一个孩子里有五六个。我一个人顾不过来，就跟家长、村里、社工站拉了个群，谁家有事大家一起想办法。我自己的孩子上高中住校，我老公说我在学校的时间比在家多。可是看着这些孩子一点一点好起来，心里踏实。
访谈者：您怎么跟家里联系？
受访者：爷爷不会用微信，我就打电话，{{mobile@p86h}}。孩子的妈妈偶尔会问，她的微信{{wechat:guoxy_hz1988}}。去年寒假她把孩子接去杭州住了五天，回来他说那边的小弟弟喊他哥哥，高兴了好几天。{{han:阿航}}自己有个QQ，号码写在作业本封皮上：{{qq:90817265}}。他们家在{{address:崇仁镇崇仁六村上街43号}}，孩子的身份证{{id_number@my2015fullwidth.330683}}。
访谈者：表上的名字有写错的吗？
受访者：有。补助表上写成了{{spaced:裘 子 航}}，会见登记单上是{{spaced:上 官 沐 霖}}，还有一张把他爸写成{{spaced:裘建 新}}，奶奶写成{{spaced:祝　彩　娥}}。
访谈者：您最想对他说什么？
受访者：你爸的事不是你的错。你好好读书，将来走出去，比什么都强。这句话我跟他说过好多遍，下回开家长会，我还要当着他爷爷的面再说一遍给{{han:阿航}}。
""")

# H1112: Han uncle in 东陈镇 (如皋) raising his late sister's boy.
DOCS["H1112"] = ("family", """\
访谈者：大哥，孩子是您外甥？
受访者：是我姐的伢儿。我叫{{han:卢永康}}，{{trap/place:东陈镇}}双群村的，种了二十亩地，农闲去港口扛包。我姐{{han:卢永梅}}前年得白血病走了，才三十六。伢儿他爸{{han:丛国庆}}早年就离了，在外地又成了家，电话打过去是空号。
访谈者：您姐姐生病那段时间呢？
受访者：她在{{trap/org:南通大学附属医院}}住了八个月，化疗、骨穿，头发掉光了。我跟我家里的轮流去陪，伢儿就放在我娘那儿。医药费花了三十多万，医保报了一半，剩下的我卖了两头猪，又在网上筹了八万，村里人你一百我两百。她走的那天下着雪，拉着伢儿的手，说要听舅舅的话。
访谈者：孩子多大？
受访者：十岁，叫{{han:丛浩然}}，在{{school:东陈镇中心小学四年级（1）班}}。家里都喊他{{han:然子}}，我们如皋话就这么叫。他跟着我和我家里的{{han:管红英}}过，我们自己还有个闺女{{han:卢佳琪}}，在{{school:如皋市第一中学高一（7）班}}住校。
访谈者：孩子怎么归您带的？
受访者：我姐走之前拉着我的手，说{{han:然子}}就交给你了。我没二话，回家跟{{han:管红英}}一说，她也点头。镇上说他爸还活着，不算孤儿，后来派出所的{{han:要警官}}要我们去开了个查找不到人的证明，才按事实无人抚养报上去，一个月{{trap/number:一千六百五十元}}。村里的儿童主任{{han:季秀云}}为这个跑了好多趟。
访谈者：孩子跟您亲吗？
受访者：开头不亲。他晚上抱着他妈的照片哭，不肯跟我们说话。{{han:管红英}}给他织了件毛衣，袖子上绣了个然字，他穿上就不肯脱。刚来那阵子他尿床，怕我们说他，自己半夜爬起来洗床单。我家里的发现了，也没声张，第二天给他买了条新褥子。现在他跟在我屁股后头，一口一个{{trap/word:舅舅}}。
访谈者：学校那边呢？
受访者：班主任{{han:冒丽娟}}老师知道情况，放学留他写完作业再走。学校的心理老师{{compound:夏侯知秋}}每周找他聊一次。有一回他在作文里写“我的妈妈在天上”，{{han:冒丽娟}}老师看哭了，打电话给我。他在学校是足球队的守门员，比赛那天我去看了，他扑出去一个球，回头朝我挥手。
访谈者：还有谁帮过你们？
受访者：镇民政办的{{han:缪建秋}}把他的医保、学平险都办好了。县里的律师{{compound:皇甫静渊}}帮我们把我姐留下的一套房子过到了孩子名下。村上的老会计{{han:顾也文}}也来过，给孩子送了一箱书。我姐原来厂里的同事{{han:卢晓光}}每年开学给他买一个新书包。
访谈者：您家里压力大吗？
受访者：大。两个孩子上学，我娘七十六了，要吃药。地里的收成看老天，{{trap/word:季节}}不好就白忙。扛包一天两百，腰上贴满了膏药。今年村里帮我申请了临时救助，给了三千块，交了两个孩子的学费。不过{{han:然子}}懂事，放学帮我喂鸡、烧灶，还给他外婆捶背。
访谈者：孩子身体怎么样？
受访者：还好，就是瘦。他妈那个病，我们怕遗传，带他去医院查过，医生说没事。我家里的给他炖鸡汤，他喝两碗，说比他妈做的淡。
访谈者：闺女跟表弟处得来吗？
受访者：处得来。{{han:卢佳琪}}周末回家，先给他检查作业，错一道题罚他跳二十下绳。她说以后要考师范当老师，第一个学生就是弟弟。两个人也吵，为了抢遥控器，吵完了又好了。
访谈者：孩子想他爸爸吗？
受访者：从来不提。有一回学校让写《我的爸爸》，他交了白卷。{{han:冒丽娟}}老师没怪他，让他改写《我的舅舅》。他写我扛包回来，肩膀是红的，他给我擦红花油。我看了，一个人在田埂上坐了半天。
访谈者：孩子平时爱干什么？
受访者：爱听我娘讲古，讲{{trap/famous:冒辟疆}}和{{trap/famous:董小宛}}的事，他听一遍就能讲给同学听。他还爱蹲在{{trap/place:如泰运河}}边上看人家打鱼，船一过就数船上有几个人。他最爱吃{{trap/word:董糖}}，过年我去{{trap/place:白蒲}}给他买了两盒，他舍不得吃，留了一块放在他妈的照片前头。
访谈者：登记信息请您说一下。
受访者：我们家在{{address:东陈镇双群村六组18号}}，我姐那套房在{{address:如城街道福寿东路9号5幢1单元602室}}。我的身份证{{id_number@my1980.320682}}，孩子的{{id_number@my2016hyphen.320682}}。我电话{{mobile@fullwidth}}，{{han:季秀云}}的{{mobile@plus86}}。孩子的电话手表能加微信，号是{{wechat:wxid_c4n8r2v6xe}}。他还有个扣扣，是我闺女帮他申的：{{qq:20481736}}。
访谈者：表上的名字写得对吗？
受访者：不全对。救助表上是{{spaced:丛 浩 然}}，我姐的死亡证明上是{{spaced:卢　永　梅}}，过户的材料上律师的名字是{{spaced:皇 甫 静 渊}}，我自己也被写成{{spaced:卢永 康}}。
访谈者：最后想说什么？
受访者：我姐要是知道伢儿现在这样，也能放心了。这孩子是一家子拉扯大的，我没本事，能做的就是让他吃饱穿暖，好好念书。最要谢的是儿童主任{{han:季秀云}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1105,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
