# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 181 (tests/pii/holdout181/H1433-H1440 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 180, written at the same time, is not
an earlier set).

Set 181 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
崇阳 and 嘉鱼 (Hubei): a Hui father from 临潭 who runs a beef-noodle shop in 崇阳 and raises his two daughters alone
since his wife died; an Amdo Tibetan grandmother from 玛沁 raising in 嘉鱼 (鱼岳镇) a grandson with epilepsy, her
daughter dead and the boy's Han father gone to 深圳 with a new family; a Kazakh uncle from 布尔津 who works on a
vegetable farm in 嘉鱼 (渡普镇) and raises the twin sons of his brother, who died in a blizzard on the way to the
winter pasture; a Mongolian mother from 阿巴嘎旗 who works in a hotel laundry in 崇阳, her husband in prison for a
drunk-driving death; a Han 儿童主任 of a community in 天城镇 reading out her list; a Han community worker in 鱼岳镇
answering the phone and QQ during the interview; a Han grandfather in 白霓镇 raising a grandson whose mother left;
and a Han village doctor in 潘家湾镇 talking about a boy who lives with his blind grandmother. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Hui 经名 used alone
(叶亥雅, 麦尔艳, 哲米莱, 莱伊拉她, 苏烈曼, 祖丽哈) beside the Han-form names of the same people (敏占福, 丁桂芳, 敏雅婷,
敏晓雪, 马守仁阿訇) and after a Han surname (敏哲米莱, 杨尔撒, 马乌麦尔, 敏阿丹); Amdo Tibetan names (索南拉毛, 卡毛措,
知合才让, 俄日才让, 拉加本, 旦增多杰) with a short form (知合), the Han father's surname joined to the boy's Tibetan
name by schoolmates (陶知合), the boy's Han name (陶宇航) and the grandmother called after her grandson's surname
(陶奶奶); Kazakh given name + father's name with and without the dot (达斯坦·木哈什, 卡那特·木哈什, 阿森·卡那特,
乌森·卡那特, 阿森卡那特, 乌森卡那特), the twins' names alone (阿森, 乌森) and forms of address made from non-Han
names (达哥, 大森, 小森); Mongolian names (额日乐其其格, 都冷巴图, 森布尔, 嘎瓦其其格, 额尔顿巴雅尔, 宝勒尔其其格,
海日罕图, 其格乐图) with short forms (额日乐, 都冷他都好, 嘎瓦她), a Han surname before a Mongolian given name
(包森布尔) and the husband's Han name (包建华); Han names with common and rare surnames of the region (汪, 饶, 熊,
鲁, 晏, 骆, 庞, 隽, 谌, 喻, 乐, 柯, 漆, 庹, 但, 鄢, 邬, 涂, 聂, 付, 阮); surnames that are ordinary words right after or
before grammar words (都大姐都, 鲁有德有空, 能晓蕙能干, 跟和秀琼, 要秋霞要, 才华才九岁, 把秋娥把, 让警官让我, 姓还 ...
还德顺, 被庹师傅) and given names holding 也, 有, 就 (廖也平也, 邓也明也, 祝就成就是, 有春莲有一回); names that contain
words (庞大海, 隽永昌, 鲁长江, 甘甜, 向前老师向着, 才华); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和; titles and kin words after names (骆春兰老师, 阮明哲大夫, 熊菊英老师, 黎国庆医生, 乐晓岚老师,
舒婉清老师, 巫晓丹老师, 甘甜老师; the span is the name only); a surname with only a title or kin word, annotated
whole (敏老板, 都大姐, 晏股长, 陶奶奶, 向姨, 饶婶, 还嗲, 庹师傅, 让警官, 熊嗲, 但校长, 晏婆婆, 邬伯, 鲁伯伯); local
nicknames, annotated whole (墩伢, 虎伢); names closing the last sentence (头一个要谢的是鄢桂芝。, 帮得最多的，是有春莲。);
names spaced out character by character in half- and full-width spaces, dotted names with spaces around the dot
(乌森 · 卡那特, 阿 森 · 卡 那 特) and names split in two; compound surnames after ordinary words (百里, 太史, 淳于,
公冶, 漆雕, 谷梁, 巫马, 尉迟, 东郭, 令狐, 闾丘, 壤驷, 羊舌, 子车, 第五, 呼延, 公孙, 慕容, 公西, 仲孙); and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:饶婶}}``, ``{{qq:2651039874}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (hui, tibetan, kazakh, mongolian) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015fwspaced.654321}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 医生) and a particle,
pronoun or verb written directly after a name (也, 都, 有空, 就是, 要, 把, 让, 才, 她, 他, 说) are outside the span; a
surname with only a title or kin word (都大姐, 向姨, 饶婶, 熊嗲, 鲁伯伯) and a local nickname (墩伢, 虎伢) are
annotated whole. Han-style names of Hui, Tibetan and Mongolian people (敏占福, 丁桂芳, 马守仁, 陶宇航, 包建华, and the
Tibetan grandmother's 陶奶奶) are category han; a Han surname before a non-Han given name (敏哲米莱, 杨尔撒, 马乌麦尔,
陶知合, 包森布尔) is category minority, and so are forms of address made from a non-Han name (达哥, 大森, 小森).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout181/make_holdout181.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(181_2026_1207)
MINORITY_GROUPS = ("hui", "tibetan", "kazakh", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"hui": 10, "tibetan": 10, "kazakh": 10, "mongolian": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "177", "181",
                   "187", "189", "191"]

DOCS: dict[str, tuple[str, str]] = {}

# H1433: Hui father from 临潭 who runs a beef-noodle shop in 崇阳 and raises his two daughters alone since his wife
# died.
DOCS["H1433"] = ("family", """\
访谈者：老板，您这面馆开了几年了？
受访者：五年多了。我叫{{han:敏占福}}，经名{{minority/hui:叶亥雅}}，老家甘肃{{trap/place:临潭}}。来吃面的都喊我{{han:敏老板}}，其实就两间门面，在{{trap/place:崇阳}}县城菜市场对面。
访谈者：怎么从临潭跑到崇阳来了？
受访者：我们那边出来开牛肉面馆的人多。老乡{{minority/hui:杨尔撒}}先在{{trap/place:通城}}开了一家，说湖北人早上爱过早，我就跟过来了。那时候孩子她妈还在，两口子一天能卖三百碗。
访谈者：孩子妈妈是……
受访者：前年走的，尿毒症。她汉名叫{{han:丁桂芳}}，经名{{minority/hui:麦尔艳}}。在{{trap/org:咸宁市中心医院}}透析了两年，钱花光了，人也没留住。{{minority/hui:麦尔艳}}走的时候，小的才五岁。
访谈者：两个女儿多大了？
受访者：大的{{han:敏雅婷}}，经名{{minority/hui:哲米莱}}，十二岁，在{{school:崇阳县桃溪小学六年级（3）班}}。班主任{{han:骆春兰}}老师干脆叫她{{minority/hui:敏哲米莱}}，两个名字连着念，全班都跟着学。小的{{han:敏晓雪}}，经名{{minority/hui:莱伊拉}}，七岁，在{{school:天城镇城关小学一年级（4）班}}。{{minority/hui:莱伊拉}}她胆子小，放学就坐在店里角落画画。
访谈者：一个人又开店又带孩子，顾得过来吗？
受访者：顾不过来也要顾。早上四点起来熬汤、{{trap/word:和面}}，大的六点起来给妹妹梳头。隔壁卖豆腐的{{han:都大姐}}都看不下去了，天天帮我送小的上学。{{minority/hui:哲米莱}}也懂事，星期天在店里收碗、擦桌子。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:汪沁芳}}上门来，给两个孩子报了困境儿童，每个月{{trap/number:一千零八十块}}，又帮我申请了低保。县民政局的{{han:晏股长}}来核过两回，说我这个店收入不稳，可以算。县社工站的{{compound:百里安然}}每周来给小的讲绘本，她同事叫{{compound:太史明轩}}，帮大的补数学。
访谈者：孩子们在学校怎么样？
受访者：大的成绩好，数学考过全年级第二，就是不爱说话，{{han:骆春兰}}老师说她下课一个人坐着看书。学校的心理老师{{compound:淳于佩玲}}每个月找她谈一回。小的爱哭，头一个月天天哭着要回家，生活老师{{han:饶佩瑶}}抱着她哄。学校食堂没有清真窗口，中午我送饭过去，一个饭盒装面，一个装牛肉。下雨天{{han:都大姐}}的儿子{{han:都俊豪}}骑电瓶车帮我送。
访谈者：您自己身体怎么样？
受访者：腰不好，一天站十几个钟头。去年冬天发烧到三十九度，硬撑着开门，是大的放学回来替我收钱、端碗。老顾客{{han:隽永昌}}是退休的老师，看我病成那样，坐在店里帮我看了一下午的门，走的时候还给大的讲了两道题。
访谈者：做礼拜方便吗？
受访者：崇阳没有寺，要去{{trap/place:咸宁}}。寺里的{{han:马守仁}}阿訇，经名{{minority/hui:苏烈曼}}，每个{{trap/minority_word:主麻}}日我关半天店带孩子去。卖牛肉的{{minority/hui:马乌麦尔}}是河南来的，他老婆{{minority/hui:祖丽哈}}教两个丫头念经、炸{{trap/minority_word:油饼}}。我跟丫头们讲{{trap/famous:郑和}}下西洋，小的说她长大也要坐大船。
访谈者：孩子们想妈妈吗？
受访者：想。她们外婆{{han:丁秀英}}在临潭，每个礼拜打视频，丫头们一看见外婆就哭。小的晚上抱着她妈的盖头睡。大的不说，有一回我看见她在作业本后面写“妈妈我考了第一”，我一个人在后厨哭了半天。老家的堂弟{{minority/hui:敏阿丹}}过{{trap/minority_word:古尔邦节}}寄来一箱{{trap/word:蕨麻}}，丫头们一天吃一把，舍不得吃完。
访谈者：店里生意怎么样？
受访者：一般。这几年拉面馆开得多，不好做。房东{{han:庞大海}}人好，听说孩子妈走了，把房租降了五百。{{han:庞大海}}他说，你把两个丫头养大就是本事。
访谈者：想过回临潭吗？
受访者：想过。老家有房子，有亲戚，可回去干什么呢？那边冬天零下二十度，挣不到钱。丫头们在这边读惯了书，说的都是崇阳话，回去反倒不习惯。斋月里我白天不吃不喝，照样开店，{{trap/minority_word:开斋}}的时候，两个丫头抢着给我端水。我就守着这碗面，一碗一碗地卖，卖到她们考上大学。
访谈者：登记表上的信息请您说一下。
受访者：店在{{address:崇阳县天城镇桃溪大道西段86号}}，老家在{{address:临潭县城关镇西街村三社15号}}。我的身份证{{id_number@my1984spaced.623021}}，大的{{id_number@wy2013fw.623021}}。我电话{{mobile@s434}}，{{han:汪沁芳}}的电话{{mobile@hyphen}}。我微信{{wechat:minzhanfu_niurou}}。大的有个QQ，班上让注册的，号码她用彩笔写在冰箱门上：{{qq:２８７４０１５９３}}。
访谈者：各种表上名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:敏 占福}}，学校把大的写成{{spaced:敏 哲 米 莱}}，小的写成{{spaced:莱　伊　拉}}。
访谈者：您最盼什么？
受访者：盼两个丫头把书念出来。她们妈说过，丫头也要念书，不能早早嫁人。
""")

# H1434: Amdo Tibetan grandmother from 玛沁 raising in 嘉鱼 a grandson with epilepsy; her daughter died, the boy's
# Han father works far away and has a new family.
DOCS["H1434"] = ("family", """\
访谈者：阿妈，您是从青海来的？
受访者：{{trap/place:果洛}}{{trap/place:玛沁}}的。我叫{{minority/tibetan:索南拉毛}}，这边的人念不好，都喊我{{han:陶奶奶}}，跟我孙子的姓。
访谈者：怎么到嘉鱼来的？
受访者：我女儿{{minority/tibetan:卡毛措}}在{{trap/place:西宁}}打工，认得了嘉鱼的{{han:陶建勋}}，嫁过来了。三年前她骑电动车在江堤上出了事，人没了。{{han:陶建勋}}他后来去{{trap/place:深圳}}打工，又成了家，一年打不来两回电话。孙子没人管，我就从草原上下来了。
访谈者：孙子多大？
受访者：九岁。户口上叫{{han:陶宇航}}，藏名是寺里的{{trap/minority_word:阿卡}}起的，叫{{minority/tibetan:知合才让}}，我叫他{{minority/tibetan:知合}}。学校里同学喊他{{minority/tibetan:陶知合}}，他也答应。{{minority/tibetan:知合}}在{{school:嘉鱼县鱼岳镇第一小学三年级（2）班}}。
访谈者：听说孩子身体不好？
受访者：癫痫。五岁那年发烧抽过一回，后来隔一两个月犯一次。县里看不了，要去{{trap/place:武汉}}。{{trap/org:同济医院}}神经内科的{{han:阮明哲}}大夫说，药不能断，一天两回，{{trap/number:一盒一百六}}。
访谈者：在学校犯过病吗？
受访者：犯过。去年上体育课，跑着跑着倒下去了，嘴里吐白沫。同学们吓哭了，体育老师{{han:谌小勇}}把他侧过来，掐着表等他醒，又打了{{trap/hotline:120}}。后来{{han:谌小勇}}教全班同学，看见{{minority/tibetan:知合}}犯病，莫往他嘴里塞东西，让他侧着躺。
访谈者：孩子爷爷那边呢？
受访者：他爷爷{{han:陶德发}}住在{{trap/place:簰洲湾}}，中过风，话都说不清，奶奶早不在了。药费合作医疗报一半，剩下的{{trap/org:县红十字会}}帮了一些，{{minority/tibetan:旦增多杰}}还在他们学校里给我们募了三千块。
访谈者：您一个人带他，有人帮吗？
受访者：有。社区的儿童主任姓向，我们都跟着孙子喊{{han:向姨}}，她{{trap/word:向来}}说话算数。她给孙子报了事实无人抚养，一个月{{trap/number:一千三百二}}，我这个外婆算监护人。班主任{{han:熊菊英}}老师心细，孩子在学校犯过两回病，都是{{han:熊菊英}}她抱着送到医务室。社工{{compound:公冶晴川}}帮我跑手续，我不识汉字，表都是她填的。还有个志愿者叫{{compound:漆雕晓梦}}，周末来教{{minority/tibetan:知合}}写字。
访谈者：老家还有亲人吗？
受访者：有。儿子{{minority/tibetan:俄日才让}}在玛沁放牦牛，每年托人捎{{trap/minority_word:曲拉}}和酥油下来。我老伴{{minority/tibetan:拉加本}}走了六年了。在武汉读大学的一个果洛娃娃叫{{minority/tibetan:旦增多杰}}，放假来看我们，给我当翻译，跟医生说孩子的病。
访谈者：您在这边习惯吗？
受访者：热。我们那里七月还穿皮袄，这里七月四十度，我头一年中了暑。吃不惯米饭，自己炒青稞面。刚来的时候我连公交车都不会坐，出门就迷路，是孙子牵着我走。邻居{{han:饶婶}}教我种菜，我请她喝{{trap/minority_word:酥油茶}}，她喝一口就吐了，两个人笑了半天。{{han:饶婶}}的孙子跟{{minority/tibetan:知合}}一个班，放学一起走。
访谈者：您自己身体还好吗？
受访者：膝盖疼，这边潮，下雨天走不动路。镇卫生院的{{han:黎国庆}}医生每月上门给我量血压，说我心脏也不太好。我不敢病，我病了孙子怎么办。晚上孙子睡了，我就坐在床边转{{trap/minority_word:经筒}}，一圈一圈地转。
访谈者：孙子喜欢什么？
受访者：喜欢画画，画牦牛，画帐篷，画他没见过的草原。他说等病好了，要去{{trap/place:黄河}}源头看看，他妈妈小时候在那里放过羊。我教他说几句藏话，他学得快，就是一到学校就不肯说，怕同学笑。冬天这边没有暖气，屋里比外面还冷，我把老家带来的羊皮袄给他盖上，他嫌膻，我说这是草原的味道。
访谈者：孩子问过妈妈吗？
受访者：问过。晚上他问我阿妈在哪里，我说在{{trap/place:阿尼玛卿}}雪山上，变成了一朵白云。他就趴在窗户上看云。我给他讲{{trap/famous:格萨尔}}赛马的故事，他听着听着就睡了。
访谈者：登记信息请您说一下。
受访者：住在{{address:嘉鱼县鱼岳镇沙阳大道星光小区4栋2单元501}}，老家{{address:玛沁县大武镇江日堂村二社7号}}。我身份证{{id_number@wold.632621}}，孙子的{{id_number@my2016quad.421221}}。我不会用手机，电话是{{han:向姨}}帮我存的：{{mobile@plain}}，{{minority/tibetan:旦增多杰}}的电话{{mobile@plus86spaced}}。他帮我开了个微信，叫{{wechat:Lamao_Maqin}}。孙子打游戏有个QQ，号码他念给我：{{qq:30615847}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:索　南　拉　毛}}，学校写成{{spaced:知合 才让}}，还有一张写成{{spaced:陶 知 合}}。
访谈者：您还想说什么？
受访者：我每天早上给孙子熬一壶奶茶，点一盏酥油灯，求佛保佑他少犯一回病。这边的人不懂，以为我在烧香，我也不解释。我老了，只想看着孙子长大，病好了，再带他回草原看看。
""")

# H1435: Kazakh uncle from 布尔津 who works on a vegetable farm in 嘉鱼 (渡普镇) and raises the twin sons of his
# late brother; his wife is a Han woman of 嘉鱼.
DOCS["H1435"] = ("family", """\
访谈者：大哥，您在这个蔬菜基地干了多久？
受访者：四年了，管大棚，冬天种菜薹，夏天种豆角。我叫{{minority/kazakh:达斯坦·木哈什}}，老家新疆{{trap/place:布尔津}}，离{{trap/place:喀纳斯}}不远。基地上的人念不顺，都喊我{{minority/kazakh:达哥}}。
访谈者：怎么到嘉鱼来的？
受访者：我老婆{{han:汪春燕}}是嘉鱼人，年轻时去新疆摘棉花，我们就认得了。她爸妈年纪大了，要人照顾，我们就回了{{trap/place:渡普镇}}。
访谈者：两个孩子是您弟弟的？
受访者：是。我弟弟{{minority/kazakh:卡那特·木哈什}}前年冬天转场，碰上暴风雪，人和羊都没回来。弟媳{{minority/kazakh:沙木斯娅}}后来嫁到{{trap/place:哈巴河}}去了。我阿妈{{minority/kazakh:努尔加玛丽}}八十了，带不动，我就把两个侄子接过来了。
访谈者：孩子们叫什么？
受访者：双胞胎，十岁。哥哥{{minority/kazakh:阿森·卡那特}}，弟弟{{minority/kazakh:乌森·卡那特}}，我们哈萨克人生了双胞胎男娃，常起这两个名，一听就知道是一对。学校花名册上没有点，写成{{minority/kazakh:阿森卡那特}}、{{minority/kazakh:乌森卡那特}}。老师分不清，干脆叫{{minority/kazakh:大森}}和{{minority/kazakh:小森}}。两个都在{{school:嘉鱼县渡普镇中心小学四年级（1）班}}。
访谈者：他们习惯这边吗？
受访者：头一年天天哭，说热，说想{{trap/place:额尔齐斯河}}。{{minority/kazakh:阿森}}脾气大，跟人打架；{{minority/kazakh:乌森}}不说话，一个人蹲在田埂上看鸭子。刚来那个冬天，两个孩子头一回见下雨不下雪，站在屋檐下看了半天，问我湖北的雪是不是都化成水了。现在好了，{{minority/kazakh:乌森}}会说几句嘉鱼话了，回来教我。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:鲁有德}}有空就来看，给两个孩子报了事实无人抚养，每人每月{{trap/number:一千四百一}}。镇上民政办的{{han:能晓蕙}}{{trap/word:能干}}得很，户口迁移的材料都是她跑的。班主任{{han:巫晓丹}}老师给他们补拼音。县里社工{{compound:谷梁一鸣}}每月来一次，带孩子去{{trap/place:长江}}边上放风筝，他同事{{compound:巫马晓峰}}教他们踢球。
访谈者：您老婆对孩子们好吗？
受访者：好。{{han:汪春燕}}她自己没生，把两个当亲生的。早上煮面条，晚上检查作业，{{minority/kazakh:阿森}}发烧那回，她背着跑到卫生院。基地老板{{han:喻国柱}}知道我们难，让我住在基地的板房里，不收房租。
访谈者：您在基地一个月挣多少？
受访者：四千出头，老婆在分拣车间，三千。两个孩子上学、吃饭、穿衣，还要给老家寄钱，剩不下什么。岳父{{han:汪德炎}}有老慢支，一到冬天就住院。同一个大棚的{{han:邓也明}}也是苦出身，{{han:邓也明}}也常帮我顶班，我去开家长会，他就替我浇水。
访谈者：孩子们在学校怎么样？
受访者：{{minority/kazakh:乌森}}数学好，{{minority/kazakh:阿森}}爱跑步，运动会拿了两个第一。{{han:巫晓丹}}老师说，两个一个静一个闹，正好凑一对。同桌{{han:谌子轩}}天天跟他们玩，还学会了几句哈萨克话。兄弟俩合用一个QQ，号码写在书包夹层里：{{qq:2651039874}}。
访谈者：过节怎么过？
受访者：{{trap/minority_word:纳吾热孜}}那天我们煮{{trap/minority_word:库吉}}，我弹{{trap/minority_word:冬不拉}}，孩子们跳舞。老婆也学会了煮手抓肉，说比武昌鱼还好吃。在武汉卖馕的老乡{{minority/kazakh:巴依江}}开车来，带了一箱{{trap/minority_word:奶疙瘩}}。我给孩子们讲{{trap/famous:阿拜}}，讲他们爸爸骑马有多快。{{minority/kazakh:达斯坦}}这个名字是我爷爷起的，意思是长诗，我跟孩子们说，你们的日子也要过成长诗。
访谈者：想过回新疆吗？
受访者：想过。可孩子们刚在这边读顺了，老婆的爸妈也离不开人。布尔津的冬天长，夏天短，这边大棚里一年能种三茬菜，四季都有活干。刚来那年我吃不惯米饭，天天想奶茶、想馕，现在会吃辣了，热干面一次吃两碗。就是夏天受不了，大棚里五十度，我晕倒过一回。基地上的人说我是新疆来的湖北佬，我听了也高兴。
访谈者：老家还有人吗？
受访者：我堂妹{{minority/kazakh:阿克拉依}}在布尔津照顾阿妈。每个礼拜视频一次，阿妈看见两个孙子就哭。
访谈者：登记信息请您说一下。
受访者：基地在{{address:嘉鱼县渡普镇蔬菜产业园7号大棚}}，我老婆娘家在{{address:渡普镇竹林村五组22号}}。我的身份证{{id_number@my1982hyphen.654321}}，{{minority/kazakh:阿森}}的{{id_number@my2015fwspaced.654321}}。我电话{{mobile@spaced}}，{{han:汪春燕}}的{{mobile@plus86}}。她的微信{{wechat:wxid_c8k2m5q9t3}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上写成{{spaced:达斯坦　木哈什}}，学校把弟弟写成{{spaced:乌森 · 卡那特}}，哥哥写成{{spaced:阿 森 · 卡 那 特}}。
访谈者：您最盼什么？
受访者：盼两个孩子长大有出息，回布尔津给他爸上坟。他爸的坟在山坡上，朝着河，每年开春草一绿，我阿妈就去那里坐一会儿。
""")

# H1436: Mongolian mother from 阿巴嘎旗 who works in a hotel laundry in 崇阳; her husband is in prison.
DOCS["H1436"] = ("family", """\
访谈者：大姐，您在宾馆洗衣房做了多久了？
受访者：三年了。我叫{{minority/mongolian:额日乐其其格}}，老家{{trap/place:锡林郭勒}}{{trap/place:阿巴嘎旗}}。洗衣房的姐妹念不全，都叫我{{minority/mongolian:额日乐}}。
访谈者：怎么到崇阳来了？
受访者：我男人{{minority/mongolian:都冷巴图}}以前跑长途，拉煤拉到湖北，认得了这边一个物流老板，就把家搬过来了。他开车，我在{{trap/org:隽水宾馆}}洗床单。{{minority/mongolian:都冷}}他都好，就是爱喝酒。前年冬天喝了酒开车，在国道上撞死了人，判了四年，关在{{trap/place:沙洋}}。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/mongolian:森布尔}}十三，户口跟他爸，他爸身份证上的汉名叫{{han:包建华}}，学校花名册就写成{{minority/mongolian:包森布尔}}，在{{school:崇阳县桃溪中学七年级（5）班}}。女儿{{minority/mongolian:嘎瓦其其格}}八岁，在{{school:天城镇青山小学二年级（3）班}}，我们叫她{{minority/mongolian:嘎瓦}}。{{minority/mongolian:嘎瓦}}她一直以为爸爸在外面跑车。
访谈者：儿子知道吗？
受访者：知道。有同学拿这个事骂他，{{minority/mongolian:森布尔}}把人推倒了。班主任{{han:乐晓岚}}老师把两边家长都叫去，没有只罚他。{{han:乐晓岚}}说，孩子心里有火，要有人听他说。
访谈者：谁在帮你们？
受访者：社区的{{han:汪沁芳}}给两个孩子报了服刑人员子女补助，一个月{{trap/number:九百六十块}}。洗衣房领班{{han:沈桂香}}照顾我，不排我夜班。我跟{{han:和秀琼}}一个班，{{han:和秀琼}}家就在宾馆后面，下雨天帮我接孩子。司法所的{{compound:尉迟建勋}}帮我们办了视频会见，县社工站的{{compound:东郭秋实}}每个月带两个孩子去一回沙洋。
访谈者：洗衣房的活累吗？
受访者：累。一天洗几百套床单被罩，烘干机旁边四十多度，夏天一身痱子。宾馆老板{{han:柯振邦}}人不坏，允许我中午回去给女儿做饭。
访谈者：男人在里面怎么样？
受访者：每个月能打一次亲情电话。他说在里面学了电焊，出来能找活干。法律援助的律师{{compound:令狐彦青}}帮我们问过减刑，说表现好能减半年。{{minority/mongolian:都冷}}在电话里说，等出来了一定戒酒。女儿的班主任{{han:舒婉清}}老师不知道这个事，我一直没敢讲。
访谈者：孩子们过得怎么样？
受访者：女儿还好，小孩子，有吃有玩就高兴。儿子变了，以前爱说爱笑，现在放学就关在屋里打游戏。有一回他跟我说，妈，我们回草原吧，这里没人认得我们。我说，你爸在这边，我们走了，他出来找谁去。
访谈者：钱够用吗？
受访者：不够。我一个月两千八，房租六百，两个孩子吃穿、上学，还要给他爸存一点。补助和低保加起来一千多，才勉强撑住。冬天我在网上买最便宜的棉衣，女儿说穿着扎人，我说忍一忍，等你爸出来给你买好的。
访谈者：老家那边呢？
受访者：男人的哥哥{{minority/mongolian:额尔顿巴雅尔}}在嘎查放羊，每年卖了羊给我们打一万块。我阿妈{{minority/mongolian:宝勒尔其其格}}七十了，视频里一看见外孙就哭。旗里的民政干部{{minority/mongolian:海日罕图}}打电话来，说草场补贴还给我们留着，户口别迁。
访谈者：在这边过得惯吗？
受访者：吃不惯，太辣。宾馆厨房有个{{trap/place:通辽}}来的{{minority/mongolian:其格乐图}}，过年给我们煮{{trap/minority_word:血肠}}、做{{trap/minority_word:奶豆腐}}，孩子们吃得满嘴油。儿子在学校唱{{trap/minority_word:长调}}，老师让他上台。女儿爱听马头琴的故事，问我那匹白马后来去哪里了。我给儿子讲{{trap/famous:苏赫巴鲁}}，他说他也要当英雄。
访谈者：会见的时候孩子们说什么？
受访者：女儿问爸爸什么时候回来，{{minority/mongolian:都冷巴图}}说等你上四年级。儿子一句话都不说，出来以后在车上哭了一路，到家也不肯吃饭。我跟他说，你爸做错了事，可他还是你爸。
访谈者：以后打算怎么办？
受访者：等他出来，先看他戒不戒得了酒。戒得了，一家人还在崇阳，他开车，我洗衣服，孩子们读书；戒不了，我就带孩子回阿巴嘎，我阿妈还有几十只羊，饿不死。我们蒙古人说，马跌倒了要扶起来，人也一样。
访谈者：登记信息请您说一下。
受访者：住在{{address:崇阳县天城镇白泉路宾馆职工宿舍3栋402}}，老家在{{address:阿巴嘎旗别力古台镇巴彦图嘎查二组4号}}。我的身份证{{id_number@wy1987hyphen.152522}}，儿子的{{id_number@my2012fwhyphen.152522}}。电话{{mobile@s38}}，{{han:和秀琼}}的{{mobile@p86h}}。我的微信{{wechat:Erile_abag}}。儿子有个QQ，号码写在他床头的墙上：{{qq:1640382759}}。
访谈者：名字在表上写得对吗？
受访者：补助表上女儿是{{spaced:嘎 瓦 其 其 格}}，儿子写成{{spaced:包 森布尔}}，男人写成{{spaced:都冷　巴图}}。
访谈者：您最盼什么？
受访者：盼他早点出来，一家人回草原过{{trap/minority_word:祭敖包}}。
""")

# H1437: Han 儿童主任 of a community in 天城镇 (崇阳) reading out her list.
DOCS["H1437"] = ("staff", """\
访谈者：主任，您今天带来的是什么本子？
受访者：我们社区的困境儿童名单。我叫{{han:汪沁芳}}，在{{trap/place:天城镇}}{{trap/org:桃溪社区}}当儿童主任六年了。我一户一户念，你记。
访谈者：好。
受访者：第一户，开牛肉面的{{han:敏占福}}，回族，老婆走了，两个丫头，大的{{minority/hui:哲米莱}}，小的{{minority/hui:莱伊拉}}。低保加困境儿童，上回跟你们讲过。
访谈者：第二户？
受访者：第二户，{{minority/mongolian:额日乐其其格}}，蒙古族，在宾馆洗衣房上班，男人在沙洋服刑。两个孩子，{{minority/mongolian:包森布尔}}、{{minority/mongolian:嘎瓦其其格}}，服刑人员子女补助。
访谈者：第三户？
受访者：第三户是孤儿，{{han:漆雨萌}}，女，十一岁。爸妈前年在高速上出了车祸，都没了。跟外婆{{han:庹秋菊}}过，外婆六十八，眼睛不好。孩子在{{school:崇阳县城关中学六年级（1）班}}，住{{address:崇阳县天城镇青山路北巷12号}}。身份证{{id_number@wy2014tri.421223}}，孤儿基本生活费每月{{trap/number:一千六百三十元}}。她晚上怕黑，屋里{{trap/word:漆黑}}一片就哭，外婆给她买了个小夜灯。
访谈者：第四户？
受访者：第四户户主叫{{han:才庆元}}，才这个姓我们这边少。孙子叫{{han:才华}}，{{han:才华}}才九岁，脑瘫，坐轮椅，两项补贴都有。他爸妈在{{trap/place:东莞}}打工，一年回一次。住{{address:天城镇高堤村六组31号}}，孩子的身份证{{id_number@my2016.421223}}，{{han:才庆元}}的{{id_number@mold.421223}}。{{han:才庆元}}他七十了，抱孙子上下床，腰都直不起来。
访谈者：第五户？
受访者：第五户户主姓把，把手的把，叫{{han:把秋娥}}，{{han:把秋娥}}把两个外孙拉扯大。女儿离婚以后跟人走了，女婿也找不到，两个孩子算事实无人抚养。大的{{han:庹子鸣}}在{{school:天城镇城关小学五年级（2）班}}，小的{{han:庹子萱}}六岁。住{{address:天城镇西门村二组9号}}。
访谈者：还有吗？
受访者：第六户，{{han:熊梓钰}}，女，八岁。爸爸{{han:熊国胜}}腿是工伤截的，妈妈精神残疾，一家人靠低保过。孩子困境儿童，每月{{trap/number:八百四十元}}。住{{address:天城镇沙坪村三组5号}}，孩子的身份证{{id_number@wy2017hyphen.421223}}，{{han:熊国胜}}的电话{{mobile@plain}}。孩子很乖，每回我去，她都搬个小板凳让我坐，自己站着。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:但建新}}总负责，{{trap/word:但是}}他一个人管十几个村，跑不过来。社工站派了{{compound:闾丘晓晴}}跟第三户、第五户，{{compound:壤驷文静}}跟第二户。还有个大学生志愿者叫{{compound:羊舌子琪}}，每周给孩子们辅导作业。
访谈者：补助是怎么发到手的？
受访者：现在都打到一卡通上。我每个月十号前后挨家问一遍，到了没有，有没有被扣。老人不会看短信，我就拿着存折去{{trap/org:农商银行}}打一遍流水。去年有一户的钱被亲戚取走了，我跟民政办一起去要回来，改成了孩子外婆的卡。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大一点的知道，有的不喜欢这个叫法。我们上门从来不当着同学的面，填表也不在学校填。{{han:漆雨萌}}跟我说过，阿姨，你莫跟我同学讲。我说放心，我嘴巴紧得很。过年社区给每个孩子买一身新衣服，是{{trap/org:县妇联}}出的钱。
访谈者：平时怎么发现这些孩子？
受访者：一靠学校报，二靠邻居讲，三靠我们自己入户，一年两回，一家一家地走。每年开学前我把名单过一遍，看谁家大人病了、谁家大人不在了。去年有个伢，爸妈都在外地，爷爷过世以后他一个人住了两个月，是隔壁的{{han:鄢秋霞}}发现的，{{han:鄢秋霞}}她给我打电话，我让{{han:鄢秋霞}}先把孩子领回她家，连夜赶过去的。
访谈者：名单上的名字都写对了吗？
受访者：错的多。有张表把{{spaced:漆　雨　萌}}写得一个字一个空，{{spaced:额 日 乐 其 其 格}}也是这样，还有{{spaced:把 秋娥}}、{{spaced:庹 子 萱}}。年底我要一张一张核，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@fws}}，{{han:但建新}}的{{mobile@plus86dash}}。我工作微信{{wechat:wangqf_taoxi}}。
访谈者：您自己家里呢？
受访者：我也有两个孩子，大的读高中住校，小的上初中。老公在{{trap/place:赤壁}}跑货运，一个礼拜回来一次。有时候忙到晚上九点才到家，小的自己泡面吃，我心里也愧疚。可这些伢更难，我不管，谁管呢。
访谈者：干这个最难的是什么？
受访者：最难的是钱少事多。有时候一户要跑五六趟，材料差一张复印件都不行。儿童主任一个月补贴几百块，跑一趟县里车费都不够。可看着{{han:才华}}坐着轮椅去上学，我又觉得值。
""")

# H1438: Han community worker in 鱼岳镇 (嘉鱼), interrupted by phone calls and QQ messages during the interview.
DOCS["H1438"] = ("staff", """\
访谈者：主任，您手机一直在响。
受访者：没办法，社区就我一个人管儿童这块。我叫{{han:向晓梅}}，{{trap/place:鱼岳镇}}的伢们都喊我{{han:向姨}}。你先坐，我接一下。
受访者：喂，{{han:陶奶奶}}啊？{{minority/tibetan:知合}}昨晚又抽了？好，你莫慌，我叫{{compound:公冶晴川}}过来陪你去医院。
访谈者：是那个藏族奶奶？
受访者：是。孙子癫痫，她一个人带。刚才打电话的是她，我给她存的号码是{{mobile@s74}}。
访谈者：您现在跟多少个孩子？
受访者：十九个。我手机上这个QQ群，就是几个大点的伢跟我聊天用的。你看，{{han:邹可欣}}又发消息了，她的QQ是{{qq:2093718564}}。{{han:邹可欣}}她妈妈是聋哑人，爸爸走了，孩子自己也有听力残疾，戴助听器，两项补贴我们去年帮她办下来了。
访谈者：她一般找您说什么？
受访者：说学校的事，说同学笑她。她在{{school:嘉鱼县实验中学八年级（6）班}}，班主任{{han:廖也平}}也跟我加了QQ，{{han:廖也平}}的号码是{{qq:584019326}}。
受访者：喂？哪个？哦，{{han:要秋霞}}啊，要的材料我下午送过去。……她是镇民政办的，{{han:要秋霞}}要我补一份户口本复印件。
访谈者：还有哪些孩子？
受访者：{{han:祝就成}}就是上回你们见过的那个伢，爸爸吸毒进去了，妈妈跑了，跟着奶奶。他在{{school:鱼岳镇第二小学五年级（3）班}}，奶奶的电话{{mobile@h38}}。他的身份证号我念一下，你记：{{id_number@my2014spaced.421221}}。
访谈者：好。
受访者：还有个女伢叫{{han:雷嘉怡}}，服刑人员子女，跟外公住{{address:嘉鱼县鱼岳镇南门街道水产巷17号}}。她外公的身份证{{id_number@moldx.421221}}，尾数是个叉。
受访者：喂，{{compound:子车佳琪}}啊？你到了？那你先带{{han:雷嘉怡}}去做心理辅导，我等下过来。……社工站的，新来的，还有个{{compound:第五春雷}}，两个人跟我们社区。
访谈者：您这样一天要接多少电话？
受访者：三四十个，一天充三回电。有时候半夜两点孩子在QQ上发一句“我不想活了”，我马上爬起来打电话。{{han:祝就成}}有一回就是这样，我跟{{compound:第五春雷}}连夜去他家，他奶奶还在睡。
受访者：喂，{{han:但校长}}？……好，{{han:祝就成}}的事我晓得了，下午我跟他奶奶一起到学校来。……是他们学校校长，说孩子又逃课去网吧了。
访谈者：这种情况您怎么办？
受访者：先找孩子谈，再找家里。他奶奶{{han:涂春娥}}七十多了，管不住。我跟网吧老板{{han:聂小兵}}打了招呼，未成年人一律不让进，{{han:聂小兵}}人还算讲道理。
访谈者：最让您担心的是哪个孩子？
受访者：还是{{han:祝就成}}。十一岁，已经学会抽烟了，还跟镇上几个大伢混。我怕他哪天走歪了，再也拉不回来。我跟{{trap/org:鱼岳镇派出所}}说好了，看见他在外面晃就打电话给我。过年群里的伢们都给我发{{trap/word:祝福}}，就他不发，可他半夜会在QQ上问我睡了没有。
访谈者：一天这么多事，您怎么记得住？
受访者：记在本子上。你看，每个孩子一页，谁哪天过生日，谁哪天复查，谁的补助哪个月到期，都在上面。丢了本子我就完了。{{han:要秋霞}}说电子台账更{{trap/word:要紧}}，我手机上也做了个表格，可还是本子靠得住。
访谈者：您自己孩子呢？
受访者：我女儿读高二，她说妈妈的手机是别人的。我老公{{han:鲁振邦}}在{{trap/org:嘉鱼县水利局}}上班，他倒是不说什么，晚上给我热饭。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86n}}，微信{{wechat:xiangxm-yuyue}}，QQ是{{qq:471028365}}，孩子们都有。{{han:邹可欣}}的外婆也有微信，叫{{wechat:zhou_nainai1958}}。
访谈者：孩子们愿意跟您说心里话吗？
受访者：有的愿意。QQ上打字比当面说容易，好多话他们当面说不出口，打字就说了。我回得慢，他们就一直等着。
访谈者：社工站帮得上忙吗？
受访者：帮得上。她们会做心理辅导，我不会，我只会问伢们吃了饭没有、作业写了没有。有个女伢割过手腕，是社工陪了她半年，现在好多了，还考上了县一中。
受访者：喂？……不是，我们这里不办这个，你打{{trap/hotline:12345}}问问。……好，不客气。
访谈者：表上的名字有写错的吗？
受访者：有。{{spaced:邹 可 欣}}、{{spaced:祝 就成}}，县里下发的名单把社工写成了{{spaced:子 车 佳 琪}}，把{{spaced:第　五　春　雷}}写成四个字分开。
访谈者：最后想说什么？
受访者：希望县里多给几个社工，我一个人顾不过来。喂？又是{{han:陶奶奶}}，我先接。
""")

# H1439: Han grandfather in 白霓镇 (崇阳) raising a grandson whose mother left.
DOCS["H1439"] = ("family", """\
访谈者：嗲嗲，您贵姓？
受访者：我姓还，{{trap/word:还钱}}的还，叫{{han:还德顺}}，今年六十九，住在{{trap/place:白霓镇}}。村里人都喊我{{han:还嗲}}。
访谈者：孙子多大了？
受访者：十一岁，学名{{han:还子墨}}，我们喊他{{han:墩伢}}。他妈{{han:邬小菊}}在他两岁的时候走了，说去{{trap/place:温州}}打工，再没回来。他爸{{han:还建波}}在广东工地上，一年回来一回，寄钱也是有一回没一回的。
访谈者：孩子在哪里上学？
受访者：{{school:白霓镇中心小学五年级（1）班}}。班主任是{{han:向前}}老师，{{han:向前}}老师向着我们{{han:墩伢}}，他作业没做完，她留他在学校做，做完了再送回来。
访谈者：孩子怎么样？
受访者：调皮。上个月跟人去{{trap/place:隽水河}}里摸鱼，被{{han:庹师傅}}看见了，一把揪上来。{{han:庹师傅}}是村里开三轮车的，要不是他，我真不敢想。村里人都说我孙子是个{{trap/word:熊孩子}}，我说他就是没妈管。他不怕打也不怕骂，就怕我不理他。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:鄢桂芝}}，她给{{han:墩伢}}报了事实无人抚养，每月{{trap/number:一千二百八十元}}，我自己有低保。派出所的{{han:让警官}}让我去办了孩子的户口，他妈走的时候户口本也带走了。有么事我就找{{han:鄢桂芝}}，她从来不嫌烦。镇社工站的{{compound:呼延秀芝}}每月来一次，跟孩子谈心。还有个{{compound:公孙红梅}}，是县里派来的，教我用手机查补助到没到账。
访谈者：您身体怎么样？
受访者：有高血压，一天三顿药，药是村卫生室拿的，一个月几十块，医保报一部分。去年在田里栽秧，一头栽下去了，是隔壁的{{han:熊嗲}}把我背回来的。{{han:熊嗲}}比我还大两岁。我最怕自己哪天倒了，{{han:墩伢}}没人管。
访谈者：您年轻时做什么的？
受访者：种田，农闲的时候去{{trap/place:陆水湖}}边上帮人打鱼。那时候苦，可一家人在一起。老伴走得早，我一个人把儿子拉扯大，现在又拉扯孙子。人家说我命苦，我说命苦也要活，伢还小。
访谈者：孩子爸爸回来过吗？
受访者：过年回来七八天，给孩子买身新衣服，又走了。{{han:还建波}}也难，工地上活不稳，包工头欠了他一年的工钱。我跟他说，你莫再找了，好好把伢养大。他说晓得，可一年到头电话都打不了几回。村里跟他一起出去的{{han:鄢国华}}说，他在那边一个人住工棚，也是可怜。
访谈者：孩子想妈妈吗？
受访者：想也不说。有一回他翻出他妈的照片，问我他妈是不是死了。我说没有，在外面打工，忙。他说那她为么事不回来。我答不出来。后来他就不问了，也不提他妈，把那张照片夹在语文书里，我看见过好几回。
访谈者：您对孙子有什么盼头？
受访者：没别的，盼他好好读书，莫学他爸一辈子在工地上搬砖。他成绩一般，可字写得好，老师说是全班最端正的。我说那就好，字如其人，人端正就行。
访谈者：学校那边还帮了什么？
受访者：学校免了他的餐费，还给他发了一套棉衣。校长{{han:余红英}}是女的，每学期来家里一回，坐在门口跟我扯家常。县里有个叫{{compound:慕容子萱}}的心理老师，去年来给他们班上过课，回来{{han:墩伢}}说，那个老师讲的话他都记得。
访谈者：平时你们怎么过？
受访者：早上我煮面，放一个荷包蛋，他吃了上学。下午我去接，路上给他买个包子。晚上他写作业，我看电视，他教我认字。他喜欢听我讲{{trap/famous:周瑜}}在{{trap/place:赤壁}}打仗的故事，说长大了要当兵，当了兵就能管饭，还能寄钱回来给嗲嗲买药。
访谈者：放假的时候呢？
受访者：放暑假最难。别人家的伢去补习班、去旅游，我们家的伢就跟着我下田，晒得跟泥鳅一样黑，脚上全是蚂蟥咬的包。去年暑假社工站在镇上办了个夏令营，管吃管住，还教画画、打乒乓球。孙子去了十天，回来说这是他过得最好的一个暑假。有一回我生病躺了三天，他一个人煮饭给我吃，饭煮糊了，他哭了，我也哭了。
访谈者：登记信息请您说一下。
受访者：家在{{address:崇阳县白霓镇油市村四组28号}}。我身份证{{id_number@my1956.421223}}，{{han:墩伢}}的{{id_number@my2014fwspaced.421223}}。我电话{{mobile@plus86spaced}}，{{han:鄢桂芝}}的{{mobile@s38}}。孙子有个QQ，他说班上同学都有，号码抄在日历背面：{{qq:3726150948}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:还 德 顺}}，孙子写成{{spaced:还子 墨}}，还有张表把社工写成{{spaced:呼　延　秀　芝}}。
访谈者：最后还想说什么？
受访者：想说声谢谢。这几年{{han:墩伢}}能吃饱穿暖，头一个要谢的是{{han:鄢桂芝}}。
""")

# H1440: Han village doctor in 潘家湾镇 (嘉鱼) talking about a boy who lives with his blind grandmother.
DOCS["H1440"] = ("staff", """\
访谈者：您在村卫生室干了多少年了？
受访者：二十二年了。我叫{{han:鲁长江}}，{{trap/place:潘家湾镇}}的村医，名字是我爸起的，说我们家住在{{trap/place:长江}}边上。
访谈者：您说的那个孩子是什么情况？
受访者：孩子叫{{han:晏小虎}}，村里都喊他{{han:虎伢}}，十岁。他奶奶{{han:付金枝}}，七十一，青光眼，两只眼睛都看不见了，只分得清白天黑夜，我们喊她{{han:晏婆婆}}。孩子他爸{{han:晏国兵}}前年在外面工地上摔死了，他妈改嫁到{{trap/place:洪湖}}，很少回来。就这一老一小。
访谈者：平时谁照顾谁？
受访者：说是奶奶带孙子，其实是孙子带奶奶。{{han:虎伢}}早上五点起来煮稀饭，扶奶奶上厕所，再去上学。放学回来洗衣服、喂鸡。{{han:晏婆婆}}摸着墙走，摸着灶台做饭，有一回把手烫了，是{{han:虎伢}}跑来找的我。
访谈者：您怎么帮他们？
受访者：我每个礼拜去一趟，给奶奶量血压，看孩子的手脚。{{han:付金枝}}有残疾证，一级，两项补贴都有。孩子报了事实无人抚养，每月{{trap/number:一千三百五十元}}，是村里的儿童主任{{han:有春莲}}跑的，{{han:有春莲}}有一回为这个跑了三趟县里。
访谈者：学校那边呢？
受访者：孩子在{{school:嘉鱼县潘家湾镇中心小学四年级（2）班}}，班主任是{{han:甘甜}}老师，年轻女伢，{{han:甘甜}}人跟名字一样。她知道孩子家里的事，中午让他在食堂多打一份饭带回去，学校还免了他的校服费。镇社工站的{{compound:公西瑞雪}}每月去一次，教{{han:虎伢}}做作业；还有个叫{{compound:仲孙雅婷}}的志愿者，给奶奶读报纸。
访谈者：孩子自己说过什么吗？
受访者：他不爱说。有一回我给奶奶量完血压，他送我出门，问我：{{han:鲁伯伯}}，奶奶的眼睛还能好吗？我说不能了。他站在门口半天没动，后来说，那我就当她的眼睛。我回去一夜没睡着。第二天他就拿个本子记奶奶几点吃药、几点量血压，一笔一划写得清清楚楚。
访谈者：孩子身体怎么样？
受访者：瘦，营养跟不上，还有点贫血。我给他开了铁剂，叮嘱他按时吃。去年冬天他发高烧，自己不说，是{{han:晏婆婆}}摸他额头发烫，摸黑走到卫生室来敲门。那晚下雨，她一身泥，我到现在都记得。
访谈者：孩子妈妈管不管？
受访者：{{han:柯丽娟}}，就是孩子他妈，过年回来过一次，给了五百块钱，住了一晚就走了。孩子跟她不亲，躲在奶奶身后。
访谈者：村里其他人呢？
受访者：隔壁{{han:邬伯}}种菜，每天天不亮就送一把青菜过去，挂在门把上。村支书{{han:黎卫东}}帮他们把危房改造了，换了新屋顶。我们这边蔬菜多，谁家有多的都往他家送。镇残联的{{han:卢细妹}}给奶奶送过一根盲杖，奶奶嫌丢人不肯用，还是孙子哄她用上的。{{han:卢细妹}}又托人给孩子找了一对城里的资助人，每学期寄书寄文具。
访谈者：您一个村医，管这么多，忙得过来吗？
受访者：忙不过来也要管。村里六十岁以上的有三百多，慢性病一大堆，白天看病，晚上还要上门。我最放心不下的就是这一老一小，每回路过都要进去看一眼。
访谈者：奶奶是怎么看不见的？
受访者：青光眼。早些年眼睛胀痛，她以为是上火，舍不得花钱看，一拖好几年。等{{trap/org:县人民医院}}查出来，已经晚了。我后悔没早点逼她去。她现在买药扫码{{trap/word:付款}}也不会，都是孙子帮她弄。
访谈者：孩子以后怎么办？
受访者：我跟{{han:有春莲}}商量过，等孩子上了初中要住校，奶奶一个人在家不行。想申请让奶奶进镇上的{{trap/org:福利院}}，可奶奶不肯，说死也要死在自己屋里。孩子也舍不得。{{han:有春莲}}一{{trap/word:有空}}就往他家跑，这事还没定。我跟孩子讲{{trap/famous:李时珍}}尝百草的故事，他说长大也要学医，治好奶奶这样的病。
访谈者：登记信息请您说一下。
受访者：家在{{address:嘉鱼县潘家湾镇四邑村七组16号}}，卫生室在{{address:潘家湾镇四邑村村委会旁边1号}}。奶奶的身份证{{id_number@wy1954.421221}}，孩子的{{id_number@my2015hyphen.421221}}。我电话{{mobile@hyphen}}，{{han:有春莲}}的{{mobile@fullwidth}}。我的微信{{wechat:luchangjiang_cy}}，孩子上网课用{{han:有春莲}}的手机，QQ是{{qq:１９０５２７３６４８}}。
访谈者：名字写得对吗？
受访者：残疾证上奶奶是{{spaced:付 金 枝}}，孩子写成{{spaced:晏　小　虎}}，社工写成{{spaced:公 西 瑞 雪}}，还有一张写成{{spaced:仲孙 雅婷}}。
访谈者：最后您想说什么？
受访者：盼孩子读出书来，别像他爸那样，一辈子在外面卖力气。这一老一小，能撑到今天，靠的是好多人。这些年帮得最多的，是{{han:有春莲}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1433,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout180",))


if __name__ == "__main__":
    main()
