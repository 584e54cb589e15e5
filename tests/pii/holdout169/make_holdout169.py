# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 169 (tests/pii/holdout169/H1337-H1344 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 168, written at the same time, is not
an earlier set).

Set 169 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
齐河 and 临邑 (Shandong): a Mongolian father from 苏尼特右旗 who drives a forklift in a 齐河 logistics park and
raises twin sons after their mother left; a Kham Tibetan grandmother from 巴塘 raising in 临邑 a granddaughter whose
Han father and Tibetan mother both died of illness; a Uyghur mother from 疏勒 who sells kebabs at a night market in
临邑 and raises her deaf daughter alone; a Kazakh grandfather from 青河 raising a grandson in 齐河 (焦庙镇) whose
father is in prison; a Han 儿童主任 in 晏城街道 reading out her list; a Han community worker in 邢侗街道 taking calls
and WeChat voice messages during the interview; a Han aunt in 临盘街道 raising her dead brother's son; and a Han
primary-school head teacher in 焦庙镇 talking about a girl who lives with her disabled grandfather. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole and with a short form (达布希勒图 then 达布), twins and their forms of address (额勒斯图门, 额勒斯宝力高,
小图门他, 小宝力高), a Han surname before a Mongolian given name (白图门, 白宝力高) and the Han names and nickname of
the same family (白宏宽, 老白头, 白沐川, 白沐野), a Mongolian name starting with 都 before 都 (都日格玛都七十三了) and
one ending in 和 before 和 (宝音满都和和我嫂子); Kham Tibetan names of 巴塘 (洛绒呷姆, 泽仁邓措, 格绒降泽, 降拥拉宗,
仁青翁加) with short forms (呷姆奶奶, 邓措, 小曲宗她), a name starting with 向 before 向 (向巴曲宗向我要阿妈), a Han
surname before a Tibetan given name (禚曲宗) and the girl's Han name (禚欣悦); Uyghur given name + father's name with
and without the dot and with spaces around it (克比努尔·买提尼亚孜, 克比努尔买提尼亚孜, 克比努尔 · 买提尼亚孜,
喀迪尔·买提尼亚孜, 萨拉买提·吐尔地), short and endearing forms (克比努尔, 克比, 妮露, 妮露帕尔她, 喀迪尔江), the
father's Han surname before a Uyghur given name (晏妮露帕尔) and the girl's Han name (晏欣然); Kazakh given name +
father's name with and without the dot (居尼斯别克·乌拉孜汗, 叶尔兰·居尼斯别克, 加纳尔别克·叶尔兰, 加纳尔别克叶尔兰,
别克苏丹·阿合买提), single names and forms of address (沙吾列汗, 加娜古丽, 对山别克, 老居, 居尼斯爷爷, 加纳尔别克,
居尼斯别克), the mother's Han surname before a Kazakh given name (潘加纳尔) and the boy's Han name and nickname
(潘子川, 川子); Han names with common and rare surnames of the region (乜, 邴, 綦, 阚, 庞, 苑, 禚, 逄, 鞠, 栾, 晏, 隋, 冀,
臧, 宓, 战, 修, 甄, 靳, 邰, 桑, 潘, 宫, 牟, 荆, 芮, 荣, 郝, 秦, 尹, 游, 付, 卢, 宁, 芦, 庄, 吕); surnames that are also
ordinary words directly before and after grammar words (和若岚和她弟弟和若渊, 向德湖向街道, 才子谦才八岁, 都若琳都上,
有振岐有尿毒症, 也沐辰也报上了, 就秀贞，就住在, 老两口要把孙子要浩宸接回, 能素芬能帮就帮, 能翠岩能跑的, 还立峰还专门,
把秀岑把孩子, 让雨菲让孩子, 被凤翔被他儿子) and as the first or last character of a given name (尹向禾向我借,
尹守和和孙女, 庄梓和和他奶奶), beside ordinary words that start with a surname character of the voices (白菜,
向日葵, 要紧, 也许, 被子, 把握, 付出 beside 付校长, 宁可 beside 宁老师), places (晏城 beside 晏琇萍) and famous
names (邢侗 beside 邢站长, 东方朔 beside 东方怀瑾, 都贵玛 beside 都日格玛, 邰丽华 and the teacher 邰老师); names that contain
words (才子谦, 宁丹霞, 能翠岩, 小禾苗); names directly before particles, pronouns and verbs (苑晓蓓她, 庞振岳说,
禚海萍她, 晏志强他, 潘翠芸她, 萨如拉高娃她, 也俊峰他, 硕硕他, 郝广田他, 游春娟她) and after 叫/是/给/跟/找/让/和
(叫达布希勒图, 是阚大娘替我去的, 给荆素贞, 跟要文渊, 找律师万俟南星, 让把秀岑, 和她弟弟和若渊); titles and kin words
after names (芦婧老师, 栾晓婧老师, 冀雪晴老师, 呷姆奶奶, 居尼斯爷爷, 老居爷爷; the span is the name only), a surname
with only a title or kin word, annotated whole (阚大娘, 綦干事, 隋姐, 隋姨, 臧队长, 冀老师, 宓大爷, 邰老师, 桑大哥,
晏主任, 才奶奶, 牟所长, 邢站长, 宁老师, 付校长, 卢大夫), nicknames and local forms of address, annotated whole
(老白头, 川子, 硕硕, 小禾苗, 老尹头, 小图门, 老居, 克比, 喀迪尔江); names spaced out character by character in half-
and full-width spaces (达 布 希 勒 图, 额 勒 斯 图 门, 洛 绒 呷 姆, 泽 仁 邓 措, 妮 露 帕 尔, 加 纳 尔 别 克, 左 丘 语 汀,
独 孤 映 雪, 东 方 怀 瑾, 亓 官 书 禾, 晏　欣　然, 向　晨　骁, 要　浩　宸), dotted names with spaces around the dot
(克比努尔 · 买提尼亚孜, 居尼斯别克 · 乌拉孜汗) and names split in two (额勒斯　宝力高, 向巴　曲宗, 叶尔兰 居尼斯别克,
颛孙 子墨, 荣芷 溪, 秦凤 岚, 司徒　景曜, 尹守 和, 第五 安然); compound surnames after ordinary words (南宫, 淳于, 钟离,
申屠, 宗政, 司空, 太史, 濮阳, 左丘, 颛孙, 公冶, 独孤, 仲孙, 万俟, 宇文, 东方, 夏侯, 司徒, 第五, 亓官 after
的/大学生/同事/志愿者/听力师叫/律师/社工/督导/心理老师叫/巡回老师); names closing the last sentence (最该谢的是阚大娘。,
我得对得起泽仁邓措。, 这话俺在坟前答应过秦建岭。); and numbers read out and written the many ways people do (IDs
read out in threes and in groups of 6 4 4 4, in full width whole, spaced and with hyphens, one with an X check
digit; QQ numbers in full-width digits; a `wxid_` WeChat id; mobiles with `+86` and no space, `+86-`, `+86 ` with
hyphens or spaces, in full width whole and spaced).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:阚大娘}}``, ``{{qq:1487260395}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2015tri.371425}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 奶奶, 爷爷) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 她, 他, 和, 向, 才, 有, 就, 要, 能, 还, 把, 让, 被) are outside the span;
a surname with only a title or kin word (阚大娘, 隋姐, 邢站长, 才奶奶) and a nickname or local form of address (老白头,
川子, 硕硕, 小禾苗, 老尹头) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Kazakh people
(白宏宽, 禚欣悦, 晏欣然, 潘子川) are category han; a Han surname before a non-Han given name (白图门, 禚曲宗,
晏妮露帕尔, 潘加纳尔) is category minority, and so are forms of address made from a non-Han name (小图门, 老居, 克比,
喀迪尔江).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout169/make_holdout169.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(169_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "175", "176", "178",
                   "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1337: Mongolian father from 苏尼特右旗 who drives a forklift in a 齐河 logistics park, raising twin sons after
# their mother left.
DOCS["H1337"] = ("family", """\
访谈者：您在物流园开叉车几年了？
受访者：三年多了。我是{{trap/place:苏尼特右旗}}人，蒙古名叫{{minority/mongolian:达布希勒图}}，身份证上的汉名是{{han:白宏宽}}，园区里的人都喊我{{han:老白头}}。老家人叫我{{minority/mongolian:达布}}，就我额吉还喊我小名。
访谈者：怎么到齐河来了？
受访者：孩子他妈{{han:苑晓蓓}}是{{trap/place:胡官屯}}人，早些年在{{trap/place:二连浩特}}倒腾边贸，我俩在那儿认识的。她想回山东，我就跟着来了。前年她跟一个跑长途的走了，说是去了{{trap/place:苏州}}，微信把我拉黑了。她走那天俩孩子在学校，回来问妈妈呢，我说出差了，到现在也没圆回来。{{han:苑晓蓓}}她连孩子过生日都没打过一个电话。
访谈者：孩子们多大了？
受访者：双胞胎，俩儿子，九岁。老大叫{{minority/mongolian:额勒斯图门}}，老二叫{{minority/mongolian:额勒斯宝力高}}，上学用汉名，{{han:白沐川}}、{{han:白沐野}}，在{{school:齐河县晏北街道黄河希望小学三年级（2）班}}。家里喊{{minority/mongolian:小图门}}跟{{minority/mongolian:小宝力高}}。花名册上老师图省事，写成{{minority/mongolian:白图门}}，老二写成{{minority/mongolian:白宝力高}}。俩人长得一模一样，班主任{{han:芦婧}}老师分不清，让老大在书包上拴一根蓝绳子。
访谈者：您三班倒，孩子谁管？
受访者：白班还好，夜班最难。楼下的{{han:阚大娘}}帮我接孩子，她老伴{{han:阚德庆}}在园区看大门。叉车队的队长{{han:庞振岳}}知道我家的事，夜班尽量少排我。{{han:庞振岳}}说，你一个大男人带俩孩子，不容易。冷库里成天倒腾{{trap/word:白菜}}跟冻肉，一个班下来手都是僵的。夜班是晚上八点到早上八点，俩孩子自己在家睡，我定好闹钟，一个钟头往家里打一回电话。一块儿开叉车的{{minority/mongolian:阿拉腾敖德}}也是锡林郭勒来的，她替过我好几回夜班。
访谈者：有哪些帮扶？
受访者：社区的儿童主任{{han:乜秀岚}}给俩孩子报了困境儿童，又帮我申请了低保，一个月能有{{trap/number:一千一百八十元}}。街道民政的{{han:邴文韬}}来入户核过两回，表是他一笔一笔帮我填的。县社工站的{{compound:南宫若棠}}每周三来辅导作业，跟她来的大学生{{compound:淳于朗月}}教他俩下象棋。园区工会的{{han:綦干事}}过年送来米面油，还给孩子们一人一件羽绒服。
访谈者：老家那边呢？
受访者：我额吉{{minority/mongolian:都日格玛}}都七十三了，一个人在嘎查放羊。嘎查离旗里一百多里，冬天雪大，路一封就是半个月。我阿哈{{minority/mongolian:宝音满都和}}和我嫂子帮着照看。每年暑假我把孩子送回去住一个月，{{minority/mongolian:小图门}}他回去就骑马，{{minority/mongolian:小宝力高}}爱跟奶奶喝{{trap/minority_word:奶茶}}、啃{{trap/minority_word:奶豆腐}}，晒得跟黑炭一样回来。草场这几年旱，羊卖不上价，额吉说不用我寄钱，让我先顾好孩子。
访谈者：俩孩子在学校怎么样？
受访者：老大数学好，老二爱画画，画的全是马。上学期开家长会，我上夜班去不了，是{{han:阚大娘}}替我去的，回来学老师的话，说老二上课老走神，光看窗户外头的天。我知道他想草原。有一回俩人在学校跟人打架，人家笑他们没妈，老大先动的手。我去给人家赔了不是，回来没打他们，给他们讲了一晚上他们爷爷放马的事。
访谈者：孩子们想妈妈吗？
受访者：想。老二晚上抱着他妈的旧毛衣睡。老大嘴硬，说不想，可作文里写的全是他妈，老师拿给我看，我在车里坐了半天。额吉在电话里给他们讲{{trap/famous:都贵玛}}额吉的故事，说当年草原上的额吉收养过南方来的孤儿，没妈的孩子也有人疼。
访谈者：您自己身体怎么样？
受访者：腰椎间盘突出，叉车一颠就疼。上个月去{{trap/org:县人民医院}}拍了片子，大夫让歇着，我哪歇得起。夜里腰疼睡不着，我就起来给俩孩子包饺子，冻在冰箱里，够他们吃一礼拜。
访谈者：以后有什么打算？
受访者：想学个电工证，换个不用熬夜的活。园区有个周末培训班，学费三千，工会能报一半。{{minority/mongolian:达布希勒图}}这辈子没念过几天书，俩孩子得念出来。
访谈者：登记表上的信息请您说一下。
受访者：老家{{address:苏尼特右旗赛汉塔拉镇乌日根塔拉嘎查二组7号}}，这边租的房在{{address:齐河县晏北街道丰源小区12号楼2单元301室}}。我的身份证{{id_number@my1984spaced.152524}}，老大的{{id_number@my2016fwhyphen.371425}}。我电话{{mobile@s434}}，{{han:乜秀岚}}的电话{{mobile@p86h}}。我微信叫{{wechat:dabu_chache84}}。老大有个QQ，上网课注册的，号码他用铅笔写在床头的墙上：{{qq:1487260395}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:达 布 希 勒 图}}，老二被写成{{spaced:额勒斯　宝力高}}，老大是{{spaced:额 勒 斯 图 门}}，连{{spaced:苑 晓 蓓}}都还在户口本上。
访谈者：最盼什么？
受访者：盼俩孩子平平安安长大。最该谢的是{{han:阚大娘}}。
""")
# H1338: Kham Tibetan grandmother from 巴塘 raising her granddaughter in 临邑; the girl's Han father and Tibetan
# mother both died of illness.
DOCS["H1338"] = ("family", """\
访谈者：阿妈，您老家是哪里的？
受访者：{{trap/place:巴塘}}，四川{{trap/place:甘孜}}的巴塘，在{{trap/place:金沙江}}边上。我叫{{minority/tibetan:洛绒呷姆}}，汉话说不好，你慢慢问。楼里的人叫我{{minority/tibetan:呷姆}}奶奶，小孩子们叫我藏族奶奶。
访谈者：您怎么到临邑来的？
受访者：我女儿{{minority/tibetan:泽仁邓措}}嫁给了山东人{{han:禚海川}}。他在巴塘修电站，开挖掘机，两个人好上了，后来跟他回了{{trap/place:临邑}}。前年{{han:禚海川}}肝癌走了，去年我女儿也病了，肾坏了，透析了半年，也走了。剩下孙女一个，十岁。我就从巴塘过来了，一个人坐了三天的车。
访谈者：孩子爸妈看病花了多少钱？
受访者：两个人前后花了四十多万。{{han:禚海川}}有医保，报了一多半；我女儿的户口还在巴塘，异地报销跑了好几趟，是孩子姑姑帮着跑的。房子是他俩结婚那年贷款买的，还欠着银行的钱，社区帮我们申请了缓交。家里的存款都花光了，我把老家的两头牦牛也卖了。
访谈者：孙女的爷爷奶奶呢？
受访者：她爷爷早就不在了，奶奶在{{trap/place:禹城}}跟小儿子过，瘫在床上好几年了，顾不上。过年孙女去看她，她拉着孙女的手一直哭，说这孩子命苦。
访谈者：孙女叫什么？
受访者：藏名是我起的，{{minority/tibetan:向巴曲宗}}，户口上随她爸的姓，叫{{han:禚欣悦}}。学校里有同学喊她{{minority/tibetan:禚曲宗}}，我叫她{{minority/tibetan:小曲宗}}。{{minority/tibetan:小曲宗}}她在{{school:临邑县恒源街道实验小学四年级（3）班}}，上课爱举手。夜里{{minority/tibetan:向巴曲宗}}向我要阿妈，我没法子，就搂着她念经。我每天早上点一盏酥油灯，给她阿爸阿妈念经，孙女出门前在灯前站一会儿，说阿爸阿妈我上学去了。
访谈者：谁在帮你们？
受访者：孩子的姑姑{{han:禚海萍}}在{{trap/place:德平镇}}，每个礼拜天来，帮我跑银行、跑医院。社区的儿童主任{{han:逄桂芸}}给孙女办了孤儿基本生活费，一个月{{trap/number:一千五百八十元}}，钱打在卡上。街道民政的{{han:鞠振岐}}来家里看过三回，又给我们办了低保。班主任{{han:栾晓婧}}老师中午让孙女在学校吃饭。县社工站的{{compound:钟离婉汐}}每周来陪孙女说话，她同事{{compound:申屠明湛}}教我用手机视频。
访谈者：老家还有人吗？
受访者：有。我儿子{{minority/tibetan:格绒降泽}}在巴塘种青稞，春天上山挖{{trap/minority_word:虫草}}，他想把我们接回去。巴塘的老房子托给了我姐姐{{minority/tibetan:降拥拉宗}}看着，院里的苹果树今年结了好多，她拍了视频发过来。村里的医生{{minority/tibetan:仁青翁加}}也说孙女回去好，山上空气好。可孙女说话、念书都是山东的了，回去听不懂。孙女现在是我的汉话老师，一个字一个字教我；我教她藏文字母，一天教三个。她能用藏话给舅舅打电话了，{{minority/tibetan:格绒降泽}}在电话那头笑得不行。{{minority/tibetan:邓措}}临走跟我说，让孩子在这边把书念完。
访谈者：孙女还记得爸妈吗？
受访者：记得。她把爸妈的照片压在枕头底下。{{minority/tibetan:泽仁邓措}}走的那天，她一声没哭，过了一个月，在学校操场上哭了一下午。{{han:栾晓婧}}抱着她，给我打的电话。她数学好，语文差一点，作文写过一篇《我的藏族奶奶》，老师在班里念了，她回来念给我听，我一半听不懂，可我知道写的是我。
访谈者：您在这边过得惯吗？
受访者：冬天不冷，夏天热死了。吃不上{{trap/minority_word:糌粑}}，{{han:禚海萍}}她从网上给我买青稞面，我自己炒。我教孙女跳{{trap/minority_word:巴塘弦子}}，她在学校元旦晚会上跳了，老师说跳得好。我给她讲{{trap/famous:格萨尔王}}的故事，她给我讲{{trap/famous:孙大圣}}。楼下的老太太们叫我去跳广场舞，我不会，就在边上看，她们给我搬板凳。
访谈者：您身体怎么样？
受访者：膝盖疼，血压高，每个月去社区卫生服务站量血压，药是免费的。到了这个年纪，怕的不是死，是孙女没人管。{{han:逄桂芸}}说，真有那一天，还有政府，还有她。
访谈者：登记表上的信息请您说一下。
受访者：这边住在{{address:临邑县恒源街道兴隆小区8号楼3单元202室}}，老家在{{address:巴塘县夏邛镇扎金顶村三组11号}}。我的身份证{{id_number@wold.513335}}，孙女的{{id_number@wy2015quad.371424}}。我不会写字，电话是孙女帮我写的：{{mobile@plain}}，{{han:禚海萍}}的{{mobile@plus86}}。{{han:禚海萍}}的微信是{{wechat:zhuohp_dpzhen}}。孙女用她妈的旧手机上QQ，号码她写在她阿妈照片的背面：{{qq:３０５８４１７２６}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。我的名字写成{{spaced:洛 绒 呷 姆}}，孙女写成{{spaced:向巴　曲宗}}，女儿的死亡证明上是{{spaced:泽 仁 邓 措}}。
访谈者：您最盼什么？
受访者：盼孙女念完书，有个工作。她阿爸阿妈在天上看着，我得对得起{{minority/tibetan:泽仁邓措}}。
""")

# H1339: Uyghur mother from 疏勒 who sells kebabs at a night market in 临邑 and raises her deaf daughter alone.
DOCS["H1339"] = ("family", """\
访谈者：大姐，您这烤串摊摆了几年了？
受访者：五年了，就在{{trap/place:临邑}}老街夜市口上。我叫{{minority/uyghur:克比努尔·买提尼亚孜}}，老家{{trap/place:疏勒}}，{{trap/place:喀什}}边上。夜市上的人叫不全，都喊我{{minority/uyghur:克比努尔}}，熟了的喊我{{minority/uyghur:克比}}，小孩子们喊我新疆姨。
访谈者：一个人带孩子？
受访者：一个人。孩子她爸{{han:晏志强}}是临邑人，以前在喀什工地上干活，我们在那儿结的婚。闺女一岁多查出来听不见，{{han:晏志强}}他说是我家里的病，天天喝酒，后来去了{{trap/place:天津}}，再没回来，抚养费一分没给过。他娘住在{{trap/place:临南镇}}，一年见不了两回，见了就给闺女塞二百块钱，说对不住。
访谈者：闺女多大了？
受访者：八岁，叫{{minority/uyghur:妮露帕尔}}，户口上随她爸的姓，叫{{han:晏欣然}}。学校老师把两个名字拼一块，喊她{{minority/uyghur:晏妮露帕尔}}。我在家叫她{{minority/uyghur:妮露}}。{{minority/uyghur:妮露帕尔}}她五岁那年，{{trap/org:县残联}}给做了人工耳蜗，现在能听见一些，也会说简单的话。她在{{school:临邑县邢侗街道第二小学二年级（4）班}}，坐第一排。
访谈者：闺女的耳朵是怎么发现的？
受访者：一岁多了叫她不回头，打雷也不哭。我抱着她去喀什的医院，大夫说是先天的，要做耳蜗，一只二十多万。那时候我们哪有钱，她爸听了扭头就走。后来到了临邑，{{han:隋姐}}帮我报了残联的救助项目，手术一分钱没花。开机那天，大夫在她背后拍手，她回头了，我在诊室里哭得站不住。她现在最爱说的一句话是：妈妈，我听见了。
访谈者：谁在帮你们？
受访者：社区的{{han:隋玉珺}}，我叫她{{han:隋姐}}，她给闺女办了残疾证，两项补贴都有，又给我们报了低保，加上困境儿童的钱，一个月{{trap/number:一千六百四十元}}。康复中心的{{han:冀雪晴}}老师一礼拜给她上三回语训课。煎饼摊的{{han:能素芬}}能帮就帮，我出摊的时候闺女就在她摊子后头写作业。城管{{han:臧队长}}看我一个女人不容易，让我在路口多摆一个钟头。志愿者{{compound:宗政雨棠}}教她手语，还有个听力师叫{{compound:司空予宁}}，每半年给她调一回耳蜗。
访谈者：老家还有人吗？
受访者：我阿娜{{minority/uyghur:托合塔汗}}在疏勒，七十了，眼睛不好。我哥{{minority/uyghur:喀迪尔·买提尼亚孜}}种棉花，每年秋天给我寄{{trap/minority_word:巴旦木}}和葡萄干。济南有个老乡{{minority/uyghur:萨拉买提·吐尔地}}，在那边开拉面馆，我的羊肉都是他帮我进的。
访谈者：闺女在学校怎么样？
受访者：头一年难，同学们说话快，她跟不上，回来就哭。{{han:冀老师}}给她讲{{trap/famous:海伦·凯勒}}，又给她看{{trap/famous:邰丽华}}跳的千手观音，她看了一遍又一遍。现在她在班里有两个好朋友，一个教她跳皮筋，一个替她记作业。
访谈者：夜市上的人对你们怎么样？
受访者：都好。卖糖葫芦的{{han:宓大爷}}天天给闺女留一串。隔壁卖炒饭的{{han:战秀娥}}下雨天帮我收摊，她男人{{han:修立平}}会修电动车，我的三轮坏了都是他给弄。有喝多了的来闹事，一条街的摊主都过来护着我们娘俩。过年的时候大家还给闺女包红包，她收了一书包，数了一晚上。
访谈者：您自己呢？
受访者：累。下午三点穿串，夜里十二点收摊，冬天手上全是冻疮。一个月刨去房租、羊肉钱，能落下两千来块，一半存着给闺女换耳蜗的外机。{{trap/minority_word:肉孜节}}我也不歇，过节生意好。闺女最喜欢我弹{{trap/minority_word:都塔尔}}，她把耳朵贴在琴箱上听。
访谈者：闺女会说维吾尔话吗？
受访者：会几个词。我跟她说维吾尔话，她跟我说临邑话。视频里{{minority/uyghur:托合塔汗}}教她用维吾尔话叫姥姥，她学了一个礼拜才叫清楚，她姥姥在那头乐得直拍腿。等她大一点，我想带她回疏勒住一个暑假，看看她娘长大的地方，让她舅舅{{minority/uyghur:喀迪尔江}}带她去巴扎上吃冰激凌。
访谈者：登记表上的信息请您说一下。
受访者：租的房在{{address:临邑县邢侗街道柳园社区北巷9号}}，老家{{address:疏勒县巴仁乡阿亚克吾斯塘村五组42号}}。我的身份证{{id_number@wy1989tri.653122}}，闺女的{{id_number@wy2017fullwidth.371424}}。我电话{{mobile@s74}}，{{han:隋玉珺}}的电话{{mobile@fws}}。我的微信{{wechat:kebinur_kaochuan}}，顾客扫码付钱也用它。闺女有个QQ，跟同学发表情用，号码她写在我的账本皮上：{{qq:60417382}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上闺女写成{{spaced:妮 露 帕 尔}}，低保表上我是{{spaced:克比努尔 · 买提尼亚孜}}，另一张表又写成{{minority/uyghur:克比努尔买提尼亚孜}}，学校的名单是{{spaced:晏　欣　然}}。
访谈者：最后还想说什么？
受访者：闺女会叫妈妈了，这是我这辈子听过最好听的话。
""")

# H1340: Kazakh grandfather from 青河 raising his grandson in 齐河; the boy's father is in prison and his Han mother
# has remarried.
DOCS["H1340"] = ("family", """\
访谈者：老人家，您从新疆过来多久了？
受访者：三年了。我叫{{minority/kazakh:居尼斯别克·乌拉孜汗}}，{{trap/place:青河}}县的，{{trap/place:阿勒泰}}那边。村里人叫不顺口，都叫我{{minority/kazakh:老居}}，孙子的同学叫我{{minority/kazakh:居尼斯}}爷爷。
访谈者：怎么到{{trap/place:齐河}}来了？
受访者：儿子{{minority/kazakh:叶尔兰·居尼斯别克}}开大货车，跑新疆到山东这条线，认识了{{trap/place:潘店镇}}的{{han:潘翠芸}}，在这边成了家。四年前他拉货疲劳驾驶，撞死了人，判了五年。{{han:潘翠芸}}她等了一年，改嫁到{{trap/place:济南}}去了，孩子留给了我们。老伴{{minority/kazakh:沙吾列汗}}在青河有病，走不开，我一个人来的。
访谈者：孙子多大了？
受访者：十一岁，叫{{minority/kazakh:加纳尔别克·叶尔兰}}，学校的表上没有点，写成{{minority/kazakh:加纳尔别克叶尔兰}}。他妈给他起了个汉名叫{{han:潘子川}}，同学们都喊他{{han:川子}}。他在{{school:齐河县焦庙镇中心小学五年级（1）班}}。
访谈者：孩子爸爸那边呢？
受访者：一个月一回亲情电话。{{minority/kazakh:叶尔兰·居尼斯别克}}在电话里光问孩子吃得饱不饱，别的不说。他在里头学了电焊，说出来以后就在齐河找活干，不回新疆了，不能再让孩子跟着换地方。法律援助中心的律师{{compound:太史鸣珂}}帮我们问过减刑的事。去年秋天社工{{compound:濮阳书璎}}开车带我跟孙子去会见了一回，孙子隔着玻璃喊爸爸，我没敢看。
访谈者：赔偿的钱怎么办的？
受访者：撞死的是{{trap/place:宣章屯}}一个骑电动车的老汉。判了赔六十多万，保险赔了一部分，剩下的我把家里一百多只羊全卖了，还欠着二十来万。人家闺女来过一回，没骂我，坐了一会儿就走了。我心里比挨骂还难受。
访谈者：在这边谁帮您？
受访者：村里的儿童主任{{han:甄玉梅}}给孙子报了服刑人员子女的补助，一个月{{trap/number:八百四十元}}，又帮我办了居住证。镇民政办的{{han:靳国岱}}来家里看过，说我年纪大了，孙子可以按事实无人抚养再报一回。班主任{{han:邰老师}}天天让孙子在学校写完作业再走。邻居{{han:桑大哥}}冬天帮我生炉子、拉煤。
访谈者：老家呢？
受访者：女儿{{minority/kazakh:加娜古丽}}在青河当小学老师，每天晚上跟孙子视频，教他说哈萨克话。我弟弟{{minority/kazakh:对山别克}}在{{trap/place:乌伦古河}}边上放牧，秋天转场的视频发过来，孙子看了一遍又一遍。老伴{{minority/kazakh:沙吾列汗}}在电话里老问孙子胖了没有，冬天给他寄来一件她自己缝的羊皮坎肩。
访谈者：这边有老乡吗？
受访者：少。济南有个开馕店的哈萨克小伙子{{minority/kazakh:别克苏丹·阿合买提}}，过节叫我们爷俩去他家吃肉。村支书{{han:潘洪岭}}也照顾我，村里分点啥，先想着我们家。孙子他姥姥住在潘店，隔三岔五送来煎饼、咸菜，说她闺女对不住我们。
访谈者：孙子适应吗？
受访者：他生在这边，说一口齐河话，哈萨克话倒不会几句。我教他弹{{trap/minority_word:冬不拉}}，给他讲{{trap/famous:阿拜}}的诗；他给我讲{{trap/famous:武松}}打虎。他说长大了要回青河骑马，看{{trap/minority_word:叼羊}}。
访谈者：孙子在学校怎么样？
受访者：去年有同学说他爸是劳改犯，他跟人打了一架，把人家鼻子打出了血。{{han:邰老师}}把俩孩子叫到办公室，说了一下午。回来他问我，爷爷，我爸是坏人吗？我说，你爸做错了事，在里头改，改好了就回来。作业本上老师有时候写{{minority/kazakh:潘加纳尔}}，他不乐意，说他跟的是他爸的名。
访谈者：您身体呢？
受访者：七十一了，血压高，腿也不利索。最怕冬天，这边屋里没有我们那儿的火墙。早上起来给孙子煮面条，他不爱喝奶茶，爱喝豆浆。送他上了学，回来扫院子、喂鸡。下午去村口跟老头们坐着，他们说的我听一半，我说的他们听一半，也能笑到一块儿。孙子放学回来，我做抓饭，他能吃两大碗，吃完了抹抹嘴写作业。
访谈者：登记信息请您说一下。
受访者：这边住{{address:齐河县焦庙镇西刘庄村三组15号}}，老家{{address:青河县阿热勒托别镇塔斯巴斯陶村二组8号}}。我的身份证{{id_number@my1954.654325}}，孙子的{{id_number@my2014x.371425}}。我电话{{mobile@p86n}}，{{han:甄玉梅}}的{{mobile@hyphen}}。女儿的微信{{wechat:jianaguli_qh}}。孙子有个QQ，跟同学打游戏用的，号码他用小刀刻在小板凳腿上：{{qq:2905731648}}。
访谈者：名字写得对吗？
受访者：低保表上我成了{{spaced:居尼斯别克 · 乌拉孜汗}}，学校名单上孙子是{{spaced:加 纳 尔 别 克}}，儿子的判决书上是{{spaced:叶尔兰 居尼斯别克}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来。孙子跟我说，爷爷你别走，等我爸回来。我说，{{minority/kazakh:加纳尔别克}}，爷爷哪儿也不去。
""")

# H1341: Han 儿童主任 of a community in 晏城街道 (齐河) reading out her list of children in distress.
DOCS["H1341"] = ("staff", """\
访谈者：{{han:晏主任}}，您今天带的是哪个本子？
受访者：咱社区困境儿童的台账。我叫{{han:晏琇萍}}，{{trap/place:晏城街道}}的儿童主任，干了六年了。姓晏的在{{trap/place:晏城}}不稀罕。我一户一户念，你对着记。
访谈者：好。
受访者：头一户，{{han:和若岚}}和她弟弟{{han:和若渊}}，一个十岁一个六岁。她爸{{han:和庆瑞}}前年在{{trap/place:济南}}工地上摔下来，高位截瘫；她妈在超市理货。俩孩子享受困境儿童生活补贴，一人一个月{{trap/number:六百八十元}}。{{han:和若岚}}在{{school:齐河县第二实验小学四年级（5）班}}。她家门口那棵枣树是她爸出事前栽的，今年头一回结枣，孩子摘了一碗给我。住{{address:齐河县晏城街道东阳社区南三巷6号}}，她爸的身份证{{id_number@my1985hyphen.371425}}。
访谈者：第二户？
受访者：第二户，{{han:向晨骁}}，男，十三岁，爸妈离了婚各自又成了家，谁也不要他，跟着爷爷{{han:向德湖}}过。{{han:向德湖}}向街道递过三回申请，去年才认定成事实无人抚养儿童，一个月{{trap/number:一千四百六十元}}。孩子在{{school:齐河县第三中学七年级（2）班}}，学习不赖。爷爷的电话{{mobile@h38}}。
访谈者：第三户？
受访者：第三户，{{han:才子谦}}，他爸服刑，判了七年。孩子跟奶奶过，{{han:才奶奶}}说{{han:才子谦}}才八岁就知道给她捶背。他妈{{han:宫秀蓁}}是精神残疾二级，犯病的时候认不得人。孩子在{{school:晏城街道中心小学二年级（3）班}}，身份证{{id_number@my2017fwspaced.371425}}。
访谈者：第四户？
受访者：第四户，{{han:都若琳}}都上初二了，她妈走得早，她爸{{han:都长垠}}腿有残疾，在{{trap/place:黄河}}滩上看鱼塘。爷俩拿低保，她爸还有两项补贴。她在{{school:齐河县第一中学八年级（6）班}}住校，周末回来给她爸洗衣裳。住{{address:齐河县晏城街道老城社区西后街18号}}。
访谈者：第五户？
受访者：第五户的爸爸{{han:有振岐}}有尿毒症，一礼拜透析两回；妈妈是内蒙古来的蒙古族，叫{{minority/mongolian:萨如拉高娃}}，在饭店后厨洗碗。闺女{{han:有书瑶}}七岁，一年级。{{minority/mongolian:萨如拉高娃}}她汉话说得好，就是不会写，表都是我替她填。她的电话{{mobile@plus86dash}}。{{han:有书瑶}}在家门口的幼儿园上过两年，这两年都是社区帮着交的保育费。
访谈者：还有吗？
受访者：还有第六户，是孤儿，{{han:庄梓和}}和他奶奶{{han:吕凤翾}}过。他爸妈前年冬天在出租屋里烧炭取暖，煤气中毒，俩人都没了，那天孩子在奶奶家住，躲过去了。孤儿基本生活费每月{{trap/number:一千六百二十元}}，钱打在孩子的卡上，奶奶不识字，每月我陪她去取。孩子在{{school:晏城街道中心小学五年级（2）班}}，身份证{{id_number@my2014.371425}}。
访谈者：这些户都是谁在跟？
受访者：我总负责，街道民政办的{{han:牟所长}}把关，材料报到县{{trap/org:民政局}}。社工站的{{compound:左丘语汀}}跟头两户，{{compound:颛孙子墨}}跟第三户，每礼拜去一趟。县里的督导{{compound:公冶嘉禾}}每季度下来查台账。
访谈者：社区给孩子们办过什么活动？
受访者：社区的{{trap/org:儿童之家}}礼拜六开门，大学生志愿者来辅导作业，教画画、剪纸。墙上那幅{{trap/word:向日葵}}是{{han:和若岚}}画的，她说她爸屋里太暗，画个太阳给他。暑假我们带孩子们去{{trap/place:黄河大堤}}上放风筝，{{han:才子谦}}的风筝飞得最高，他非要拿回去给他奶奶看。
访谈者：你们是怎么发现这些孩子的？
受访者：一是学校报，二是网格员报，三是我自己一家一家走。谁家大人住院了、谁家孩子老不上学，街坊们都知道，跟我说一声就行。每年春秋两季我们挨家挨户再排一遍，夜里也去，白天家里光剩老人，孩子放了学才见得着。每个孩子一个档案，半年评估一回，缺钱的报救助，缺人管的找亲戚，心里有事的请社工上门。我自己家闺女说，妈，你管别人家孩子比管我还上心。
访谈者：台账上的名字都对吗？
受访者：错的不少。{{spaced:和 若 岚}}中间空了格，{{spaced:向　晨　骁}}也是，社工的名字被写成{{spaced:左 丘 语 汀}}，还有一张把{{spaced:颛孙 子墨}}分成了两截。年底一块儿改。改一回得跑三个窗口，我都跑熟了。
访谈者：联系方式呢？
受访者：我的工作微信{{wechat:yan_xiuping_ycjd}}，家长们有事都找我。{{han:向晨骁}}有个QQ，我加了他，号码他写在我台账的封底上：{{qq:2736018495}}。
访谈者：干这个最难的是什么？
受访者：最难的是孩子不张嘴。{{han:都若琳}}头半年一句话不跟我说，后来我带她去给她爸送饭，在鱼塘边上坐了一下午，她才开口。我跟她说，你爸的腿不丢人，谁家没个难处，咱该念书念书。
""")

# H1342: Han community worker in 邢侗街道 (临邑) who keeps taking calls and WeChat voice messages during the
# interview.
DOCS["H1342"] = ("staff", """\
访谈者：{{han:隋姐}}，您这手机一直响。
受访者：没法子，干社区的，电话就是饭碗。我是{{trap/place:临盘}}油田上长大的，嫁到城里二十年了。我在{{trap/place:邢侗街道}}柳园社区管儿童这一块，残疾人也归我。咱街道是拿明朝书法家{{trap/famous:邢侗}}的名起的，我们{{han:邢站长}}老说他是人家的后人，谁也没查过。我们这个社区老楼多，困难户多，一个网格员管四五百户。你问，我边接边说。
访谈者：好。
受访者：（接电话）喂，是{{han:也俊峰}}吗？你家{{han:也沐辰}}也报上了，困境儿童，明天上午带户口本来签字。对，孩子他妈的残疾证复印件也带上。……这家两口子都是肢体残疾，孩子九岁，在{{school:临邑县邢侗街道第一小学三年级（1）班}}，{{han:也俊峰}}他自己蹬三轮收废品。家里连张像样的桌子都没有，孩子趴在床沿上写作业，上个月社工站给送去一张书桌。
访谈者：刚才那条是语音？
受访者：是{{minority/uyghur:克比努尔}}，卖烤串那个新疆大姐。她说{{minority/uyghur:妮露帕尔}}的耳蜗外机进水了，听不见了，急得直哭。我得给{{han:荆素贞}}打个电话，她在残联管辅具，看能不能先借一个备用的。（打电话）{{han:荆素贞}}，我{{han:隋玉珺}}，还得麻烦你……
访谈者：又是谁？
受访者：街道的通知，明天上午开会，说的是今年困境儿童的复核，三十七个孩子的材料得一个一个重新过一遍。我这礼拜又别想按点下班了。
访谈者：您手上一共多少孩子？
受访者：三十七个。事实无人抚养的五个，孤儿两个，剩下的是低保家庭、重病重残家庭的孩子。最让我操心的是{{han:要文渊}}家，老两口要把孙子{{han:要浩宸}}接回{{trap/place:德平}}老家，孩子在城里上得好好的，一走学籍就乱了。我跟{{han:要文渊}}说了三回，他就是不松口。
访谈者：还有呢？
受访者：还有{{han:就秀贞}}，就住在我们社区后院，闺女判了刑，外孙女{{han:荣芷溪}}跟着她。老太太七十八了，耳朵背，打电话听不见，我都是发微信视频，她一接就把脸贴到屏幕上。
访谈者：刚才又是谁？
受访者：{{han:就秀贞}}打来的视频，说外孙女夜里发烧了，我让她先给孩子喝温水，下了班我过去。她闺女在里头每个月给孩子写一封信，信都是我去念，念到一半老太太就哭，孩子就在边上给她姥姥递纸。
访谈者：您跟家长们都是加微信？
受访者：多半是。我念给你：{{han:也俊峰}}的微信{{wechat:ye_junfeng_fp}}，{{han:要文渊}}的是{{wechat:wxid_7k2m9qd4ya}}，他不会打字，全靠他孙子回。{{han:就秀贞}}没微信，打她家座机，再不行就打她邻居{{han:芮桂芝}}的手机{{mobile@plus86spaced}}。
访谈者：您自己的联系方式呢？
受访者：工作手机{{mobile@fullwidth}}，私人的是{{mobile@s38}}。夜里十二点以后别打，除非出了事。{{han:荣芷溪}}有个QQ，孩子心里有事就在上头跟我说，号码是{{qq:1627493058}}。
访谈者：这么多孩子，您怎么顾得过来？
受访者：顾不过来也得顾。早上八点到社区，先翻一遍微信群，看谁家夜里出了事。上午入户，下午填表、跑街道，晚上回消息。{{trap/word:要紧}}的是别漏了谁，漏一个孩子，可能就是一辈子的事。去年冬天有个孩子的奶奶半夜犯了心脏病，孩子给我打电话，我先打了{{trap/hotline:120}}，又跑过去陪着，在医院坐到天亮。
访谈者：家长们对您怎么样？
受访者：多数好，也有骂街的。有回一个当爹的喝了酒来社区闹，说凭啥不给他家报低保，其实是他家有两辆车。{{han:邢站长}}出来劝了半天。{{trap/word:也许}}人家心里也苦，我不跟他计较。前年有个孤儿考上了{{trap/org:德州学院}}，开学那天我跟站长凑钱给他买了个行李箱，他放假还回来看我们，说毕业了回临邑，也干社区。我听了高兴得一宿没睡着。
访谈者：你们社区还有谁帮忙？
受访者：同事{{compound:独孤映雪}}管低保，新来的大学生{{compound:仲孙澈}}管台账，法律援助找律师{{compound:万俟南星}}，{{han:荣芷溪}}她妈的案子就是他跟的。
访谈者：表上的名字有写错的吗？
受访者：多了去了。{{spaced:也 沐 辰}}，{{spaced:要　浩　宸}}，{{spaced:荣芷 溪}}，连我们同事都被写成{{spaced:独 孤 映 雪}}。
访谈者：登记的住址呢？
受访者：{{han:也俊峰}}家在{{address:临邑县邢侗街道柳园社区东巷23号}}，{{han:就秀贞}}家在{{address:临邑县邢侗街道柳园社区后院4号楼1单元101室}}。{{han:要浩宸}}的身份证{{id_number@my2012plain.371424}}，{{han:荣芷溪}}的{{id_number@wy2013hyphen.371424}}。
访谈者：这活累吗？
受访者：累，可孩子们叫一声{{han:隋姨}}，就值了。我自己闺女上高三，住校，她说她妈的手机比她还亲。
""")

# H1343: Han aunt in 临盘街道 (临邑) raising her dead brother's son; his mother has remarried.
DOCS["H1343"] = ("family", """\
访谈者：大姐，孩子是您什么人？
受访者：俺侄子，俺兄弟的儿。俺叫{{han:秦凤岚}}，在{{trap/place:临盘街道}}住了一辈子。俺兄弟{{han:秦建岭}}在{{trap/org:临盘采油厂}}外包的井队上干活，前年冬天修井出了事，人没了。俺兄弟比俺小九岁，是俺背大的。弟媳妇{{han:郝晓霓}}过了一年改嫁到{{trap/place:东营}}，孩子没带走，就跟着俺。
访谈者：孩子多大了？
受访者：十二，叫{{han:秦子硕}}，俺们都喊他{{han:硕硕}}。在{{school:临邑县临盘街道中心小学六年级（3）班}}，个子窜得快，一年一身衣裳。{{han:硕硕}}他跟俺不生分，就是不提他爸，谁提跟谁急。
访谈者：谁在帮你们？
受访者：街道上的{{han:还立峰}}还专门跑了两趟{{trap/org:县民政局}}，给孩子认定成事实无人抚养儿童，一个月{{trap/number:一千五百二十元}}，加上井队赔的钱，存在孩子名下，俺一分不敢动。社区儿童主任{{han:把秀岑}}把孩子的档案理得清清楚楚，啥时候该复核、该交啥材料，她都提前给俺发微信。班主任{{han:让雨菲}}让孩子放了学在学校多写一个钟头作业。隔壁的{{han:被凤翔}}被他儿子接到东营去之前，老帮俺接孩子。
访谈者：孩子爸出事那阵子，你们怎么过来的？
受访者：那阵子俺天天哭，孩子反倒不哭，一句话不说，吃饭就扒拉两口。井队的老板先是躲着不见，后来街道出面，请了法律援助的律师{{compound:宇文砚青}}跟他们谈，才赔了钱。俺兄弟是{{trap/org:胜利油田}}的老师傅带出来的徒弟，出殡那天，井上来了二十多个人，都穿着红工衣，站了一院子。
访谈者：您自己家呢？
受访者：俺男人{{han:郝广田}}在油田上开车，俺俩有个闺女上大学了。家里多张嘴，俺男人没说过一个不字。{{han:郝广田}}他说，兄弟不在了，这孩子就是咱的孩子。
访谈者：孩子想他妈吗？
受访者：想，嘴上不说。他妈一年来看他两回，带一堆吃的，待半天就走。她的微信头像是她跟新男人的合照，孩子看了一眼，就把手机扣在桌子上了。有一回他妈走了，他在屋里把门反锁了一下午，俺在门外头站了一下午。后来街道请了社工，{{compound:东方怀瑾}}每礼拜来陪他说话，带他打乒乓球；另一个社工{{compound:夏侯绮川}}教他做手工。学校的心理老师叫{{compound:司徒景曜}}，也找他谈过。
访谈者：孩子学习怎么样？
受访者：中不溜。数学好，随他爸，他爸小时候算账比谁都快。作文写得少，老师让写《我的爸爸》，他交了白卷，{{han:让雨菲}}没批他，把他叫到办公室坐了一会儿。他参加了学校的乒乓球队，是{{compound:东方怀瑾}}教出来的，上学期拿了街道小学比赛第三名，奖状贴在他爸的遗像旁边。他爱看书，说{{trap/famous:东方朔}}是咱德州人，他也要当个聪明人。
访谈者：亲戚们呢？
受访者：俺娘还在，八十了，住在{{trap/place:孟寺}}，一提孙子就掉眼泪。孩子他姥姥家在东营那边，向着他妈，来往不多。俺男人的兄弟们逢年过节给孩子压岁钱，二百三百的，孩子都存着，说攒着将来给他爸立个碑。过年社区送米面油，夏天{{trap/org:儿童之家}}办夏令营，他去了一礼拜，回来晒黑了一圈，话也多了。
访谈者：您一个人顾两个家，累不累？
受访者：累也得顾。早上五点半起来做饭，送孩子上学，回来去超市上班，下午四点半再去接。六年级的数学俺看不懂，就让他在手机上问老师。冬天给他絮了一床新{{trap/word:被子}}，他说姑，比俺妈絮的还暖和，俺背过脸去抹了一把泪。每天晚上他写完作业，俺俩就坐在院里剥花生，他给俺讲学校里的事，讲着讲着就笑了。上初中得去城里，住校还是走读，俺心里也没{{trap/word:把握}}，到时候让{{han:把秀岑}}帮着问问。
访谈者：登记的信息请您说一下。
受访者：俺家在{{address:临邑县临盘街道胜利社区三区7号楼2单元402室}}，俺兄弟原先的房子在{{address:临邑县临盘街道王家庄村二组19号}}。孩子的身份证{{id_number@my2013spaced.371424}}，俺的{{id_number@wmidquad.371424}}。俺电话{{mobile@spaced}}，{{han:把秀岑}}的{{mobile@s38}}。俺微信是{{wechat:qinfenglan_lp}}，{{han:郝晓霓}}的微信{{wechat:hxn_dongying88}}，孩子的事俺都跟她说一声。{{han:硕硕}}有个QQ，跟同学打球约人用的，号码他写在乒乓球拍的背面：{{qq:51738264}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。{{spaced:秦 子 硕}}，{{spaced:秦凤 岚}}，社工的名字写成了{{spaced:东 方 怀 瑾}}，还有一张是{{spaced:司徒　景曜}}。
访谈者：您最盼什么？
受访者：盼孩子念出来，别跟他爸一样下井。这话俺在坟前答应过{{han:秦建岭}}。
""")

# H1344: Han primary-school head teacher in 焦庙镇 (齐河) talking about a girl of her class who lives with her
# disabled grandfather.
DOCS["H1344"] = ("teacher", """\
访谈者：{{han:宁老师}}，您带的是哪个班？
受访者：{{school:齐河县焦庙镇中心小学四年级（2）班}}，我当班主任第八年了。我叫{{han:宁丹霞}}，教语文。我们学校不大，一到六年级三百来个孩子，留守的、单亲的占了三分之一。今天主要说一个孩子，{{han:尹向禾}}，十岁，跟她爷爷{{han:尹守和}}过。
访谈者：孩子家里是什么情况？
受访者：她爸{{han:尹建波}}在{{trap/place:济南}}送外卖，前年下雨天出了车祸，人没了。她妈{{han:游春娟}}回了{{trap/place:江苏}}娘家，又找了人家，一年打一两回电话。{{han:尹守和}}和孙女就这么相依为命。老人早年在砖窑上砸断了一条腿，二级肢体残疾，拄双拐，村里人都喊他{{han:老尹头}}。
访谈者：她们靠什么生活？
受访者：孩子认定了事实无人抚养，一个月{{trap/number:一千五百六十元}}；老人有低保，还有残疾人两项补贴。村里的儿童主任{{han:能翠岩}}能跑的手续都替他们跑了，连老人的轮椅都是她从{{trap/org:县残联}}申请下来的。
访谈者：您去她家家访，看到的是什么样？
受访者：三间老瓦房，院子收拾得干干净净，都是孩子扫的。爷爷坐在轮椅上择菜，孩子蹲在边上剥蒜。墙上贴满了奖状，最上头一张是她爸小时候的。老人跟我说，{{han:宁老师}}，我这条腿不中用，孩子跟着我受罪了。我说您别这么想，孩子有您才有个家。
访谈者：孩子她妈那边还管吗？
受访者：管得少。{{han:游春娟}}她也难，那边又生了个儿子，婆家不让她往这边寄钱。去年孩子过生日，她寄来一件羽绒服，小了一号，孩子天天穿着，袖子短了一截也不脱。
访谈者：孩子在学校怎么样？
受访者：懂事得让人心疼。{{han:尹向禾}}向我借过一本书，是{{trap/famous:张海迪}}写的，还回来的时候里头夹了张纸条，写着“我爷爷也很坚强”。她早上五点起来给爷爷烧水、热馒头，再走三里地来上学。同学们都叫她{{han:小禾苗}}，她也乐意。她爱画画，画过一张全家福，上头有爸爸、有爷爷、有她，妈妈站在最边上，画得很小。我看了半天，没敢问。
访谈者：老人身体怎么样？
受访者：去年冬天老人摔了一跤，躺了一个多月。那一个月孩子一个人做饭、洗衣裳、给爷爷擦身子，作业照样交。{{trap/org:镇卫生院}}的{{han:卢大夫}}隔两天上门换一回药，一分钱没要。我知道了去了一趟，孩子正踩着小板凳在灶台上炒白菜。
访谈者：她的成绩呢？
受访者：中上游。语文最好，作文常被我拿到班上念。数学差一点，应用题老读不懂题，我中午留她半个钟头，一道一道讲。她学东西不快，可记得牢，讲过的题下回就不错了。老人有时候拄着拐到学校门口等她，风雨不误。
访谈者：学校是怎么帮她的？
受访者：{{han:付校长}}把她列进了“一对一”，我是她的帮扶老师。{{han:付校长}}说，咱多{{trap/word:付出}}一点，孩子就少受一点罪。午饭在学校吃，不要钱。县特教中心的巡回老师{{compound:申屠若谷}}每月来一回，教她怎么照顾有残疾的老人，也陪她说说心里话。镇社工站的{{compound:第五安然}}给她家装了扶手、换了坐便器。今年暑假来支教的大学生{{compound:亓官书禾}}给她补英语，她说以后也要去念大学。
访谈者：学校里还有这样的孩子吗？
受访者：有。五年级有个哈萨克族的男孩，{{minority/kazakh:加纳尔别克}}，他爸在里头，跟着爷爷过。他爷爷{{minority/kazakh:居尼斯别克}}天天来接他，在校门口跟{{han:尹守和}}下象棋，俩老头语言不太通，下棋倒下得热乎。孩子们都喊他{{minority/kazakh:老居}}爷爷。
访谈者：您跟家长怎么联系？
受访者：{{han:尹守和}}不会用智能手机，我打他的老人机{{mobile@hyphen}}，有事就骑电动车去他家，他家在{{address:齐河县焦庙镇尹家寨村四组12号}}。孩子她妈的微信是{{wechat:youchunjuan_js}}，我每个月给她发一回孩子的成绩和照片，她有时候回一句谢谢。{{han:能翠岩}}的电话{{mobile@plus86dash}}。{{han:尹向禾}}有个QQ，是我帮她注册的，上网课交作业用，号码她写在语文书的封底：{{qq:２６０９４８１７５３}}。
访谈者：孩子的证件信息呢？
受访者：身份证{{id_number@wy2015tri.371425}}，爷爷的{{id_number@mold.371425}}。
访谈者：学校的表上名字写错过吗？
受访者：写错过。助学金名单上是{{spaced:尹 向 禾}}，老人的残疾证复印件上是{{spaced:尹守 和}}，支教老师的名字写成了{{spaced:亓 官 书 禾}}，还有一张把社工写成{{spaced:第五 安然}}。
访谈者：您最想说什么？
受访者：这孩子我{{trap/word:宁可}}自己多跑几趟，也不能让她掉下去。她跟我说过一句话：老师，我长大了要给爷爷买一条会走路的腿。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1337,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout168",))


if __name__ == "__main__":
    main()
