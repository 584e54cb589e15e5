# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 54 (tests/pii/holdout54/H417-H424 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 55, written at the same time by another
writer, is a later set and so not compared).

Set 54 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 民政局, 村委会/社区, 学校, 儿童主任, 社工, 残联, 妇联, 司法所, 卫生院), in eight new voices: a Mongolian
grandfather in 库伦旗 (通辽) raising the two children of a son killed in a coal mine, whose wife remarried; a Tibetan
mother in 石渠 (甘孜) with a heart disease, widowed when her husband's truck went off the road, with three children;
a Hui grandfather in 彭阳 (固原) raising the two children of a son in prison in 银川; a Han grandmother in 云浮
(新兴) raising three grandchildren known by nicknames that are words (two left behind by parents in 佛山, one the son
of a mentally ill daughter); a Han village doctor in 临汾 (尧都) who keeps the parents of his child patients on
WeChat and QQ (a girl with epilepsy, the son of a crippled miner, left-behind twins, an orphan); a Uyghur mother in
策勒 (和田) whose husband was paralysed by a fall from a walnut tree; a Han civil-affairs officer in 娄底 (娄星区)
reading three case files (an orphan, a child whose father is missing and whose mother is in prison, the son of two
disabled parents); and a Han father in 焦作 (修武) whose wife left and who works three shifts in a tyre factory.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (木其尔巴雅尔, 色音吉日嘎拉, 苏龙嘎图雅, 阿迪雅苏荣, 其力格尔图,
额布勒毕力格, 宝鲁尔吉日嘎拉) with short forms after the full name (阿迪雅就, 苏龙嘎她, 色音的, 木其尔) and a Han
surname before a Mongolian name (包莫日根说); Tibetan names (俄色拉姆, 伍金泽仁, 呷松曲珍, 尼玛翁加, 降拥曲珍,
嘎绒曲扎他, 松吉拉措, 仁青拉姆) with short forms (俄色, 呷松她, 翁加, 根秋) and the Han names of Tibetans (杨玉珍,
邓志刚 / 泽仁多吉); Hui Han-form names (禹德福, 禹建军, 虎秀英, 禹志鹏他, 海志军, 马占仓) beside 经名 used alone
(舒艾布, 哈买德他, 尤素甫就, 海丽彻她) and a Han surname before an Arabic name (禹热依哈 then 热依哈, 马伊玛尼,
拜萨迪格, 虎祖白旦); Uyghur given name + father's name with and without the dot (帕坦木·买吾兰, 乃比江·吾守尔,
艾孜热提·乃比江, 苏比努尔乃比江, 米日班·吐送 / 米日班吐送, 阿卜杜喀迪尔·图尔贡) with short forms (帕坦木,
艾孜热提他, 苏比努尔就, 乃比江他, 阿卜杜喀迪尔还); Han nicknames that are words, annotated whole (龙眼佢, 木瓜成日,
腊肠都), Cantonese forms (阿伟, 阿凤, 老冯) and a given name alone (小军); Han names with common surnames above all
and rare ones (植, 邝, 岑, 畅, 亢, 邰, 税, 蔺, 晏, 匡, 毋, 原), with titles and kin words (韩淑华老师, 包玉芝大夫,
闫建平所长, 孔祥瑞队长; the span is the name only), names that contain words (郭长城, 贾满银, 柴小满, 畅海龙),
a name written twice in a record (袁满英袁满英), names directly before particles and verbs (邝秀玲她, 段金锁他们家,
郭长城还, 崔铁柱也, 匡国华那边, 邢长山跟, 原浩宇他, 申丽娜她) and after 叫/是/给/跟/和/找/让 (叫巫马清源,
是呼延晓彤, 打电话给阿伟, 跟同事令狐晓雯, 马占仓和兰桂芳, 去找降拥曲珍, 让艾孜热提); names spaced out character
by character in half- and full-width spaces, dotted names with spaces around the dot and names split in two;
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:畅海龙}}``, ``{{qq:3081924765}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's
                                   (``{{id_number@wy2012spaced.150524}}``, ``{{mobile@s434}}``); ``.region`` is the
                                   six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, fw, quad, tri, fwspaced,
                                   with an X check digit; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, p86h, p86n, s38, s74, s434, h38, fullwidth, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 队长, 爷,
爸爸) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 佢, 他们家,
那边, 跟, 和) are outside the span; a nickname or Cantonese form of address (龙眼, 木瓜, 腊肠, 阿伟, 阿凤, 老冯) is
annotated whole. Han-style names of Mongolian, Tibetan and Hui people (白凤芝, 包玉芝, 杨玉珍, 邓志刚, 禹德福) are
category han; a Han surname before a non-Han given name (包莫日根, 禹热依哈, 马伊玛尼, 拜萨迪格, 虎祖白旦) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout54/make_holdout54.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(54_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "137", "145", "153", "156", "167", "171", "175", "184", "186", "190",
                   "196", "197"]

DOCS: dict[str, tuple[str, str]] = {}

# H417: Mongolian grandfather in 库伦旗 (通辽); his son died in a coal mine, the son's wife remarried.
DOCS["H417"] = ("family", """\
访谈者：大爷，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:木其尔巴雅尔}}，今年六十七，家在{{trap/place:库伦旗}}{{trap/place:额勒顺镇}}，离{{trap/place:通辽}}两百多里地。老伴走了五年了。儿子{{minority/mongolian:色音吉日嘎拉}}在{{trap/place:霍林郭勒}}的煤矿下井，前年井下冒顶，人没出来。儿媳{{minority/mongolian:苏龙嘎图雅}}守了一年，改嫁到通辽去了，两个孩子就留给了我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:阿迪雅苏荣}}十三，在{{school:库伦旗蒙古族中学初一（4）班}}住校；孙子{{minority/mongolian:其力格尔图}}九岁，在{{school:额勒顺镇中心学校三年级（2）班}}。家里都喊孙女{{minority/mongolian:阿迪雅}}。{{minority/mongolian:阿迪雅}}就是懂事，周末回来先给我熬奶茶，再去圈里给牛添草。
访谈者：孩子的妈妈还来看他们吗？
受访者：来。{{minority/mongolian:苏龙嘎}}她过年带点东西回来，坐一会儿就走，后找的男人{{han:侯振江}}不太愿意。孙子见了他妈就哭，他妈也哭。我不怪她，她才三十岁。
访谈者：这两年谁帮过你们？
受访者：嘎查的儿童主任{{han:白凤芝}}，她是蒙古族，汉话蒙话都行。她跑到镇上，给俩孩子报了事实无人抚养，一个月一人{{trap/number:一千四百五}}。镇里的民政助理{{han:邰振国}}来核了三回，他说{{minority/mongolian:色音}}的抚恤金得单独存着，留给孩子们念书。嘎查达是{{minority/mongolian:包莫日根}}，给我报了低保，秋天还帮着把玉米卖了。{{minority/mongolian:包莫日根}}说，只要他在一天，这俩孩子就饿不着。
访谈者：邻居呢？
受访者：东院的{{minority/mongolian:额布勒毕力格}}帮我种地，西院{{han:邢长山}}跟我是老伙计，汉族，开三轮车，孩子们开学都是他送到旗里。还有老伴的侄子{{minority/mongolian:宝鲁尔吉日嘎拉}}，在{{trap/place:库伦镇}}开蒙医诊所，孙子咳嗽他就给拿药，不收钱。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:韩淑华}}老师说，她蒙文写得好，就是不爱说话。学校的心理老师{{compound:赫连玉洁}}每周找她谈一回。孙子他们班的{{han:吴春生}}老师年轻，爱带孩子们踢球。{{minority/mongolian:其力格尔图}}他爸走了以后，有一阵子不吃饭，是{{han:吴春生}}老师天天陪着他在食堂吃。
访谈者：旗里还有谁来过？
受访者：旗社工站来过两个年轻人，一个叫{{compound:巫马清源}}，一个是{{compound:呼延晓彤}}。他们给孩子们建了档，{{trap/org:旗妇联}}还给孙女送了新书包，社工又带孙女去旗里看了一回{{trap/minority_word:安代舞}}比赛。旗医院的{{han:包玉芝}}大夫给我看过腰，说是骨质增生，叫我别背重东西。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:查干萨日}}那天，我给孩子们煮{{trap/minority_word:手把肉}}，摆上{{trap/minority_word:奶豆腐}}。孙女爱听我讲{{trap/famous:嘎达梅林}}，孙子爱听{{trap/famous:孝庄皇后}}的故事，说她也是我们{{trap/place:科尔沁}}出去的。我说是，所以你们也要有出息。
访谈者：家里最难的是什么时候？
受访者：冬天。荞麦秸秆烧完了，得去买煤；孩子们的棉衣一年小一回。去年我感冒躺了半个月，是孙女请了假回来给我做饭，我心里难受，不能让她耽误念书。
访谈者：地里的活您还干得动吗？
受访者：干不动多少了。家里二十亩沙地，种荞麦和玉米，这两年雨水少，一亩打不了几百斤。牛还有六头，是儿子在的时候买的，我舍不得卖，想留着给孙女上大学用。春天接羔、秋天打草，全靠邻居搭把手。镇里前年给我们家修了新房，六十平，砖瓦的，冬天不透风了。孩子们在新房里有了自己的桌子，孙女把她爸的照片摆在桌上，写作业的时候抬头就能看见。
访谈者：儿子的抚恤金是怎么处理的？
受访者：煤矿赔了一笔，镇上司法所的人帮着谈的。儿媳拿了一份，剩下的我存在信用社，存单写的是两个孩子的名字，谁也动不了。我跟孩子们说，这是你们的爸用命换的，要花在念书上。孙子问我，爷爷，爸爸在井底下冷不冷。我答不上来，就带他去{{trap/place:兴源寺}}点了一盏灯。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:库伦旗额勒顺镇巴嘎塔拉嘎查四组17号}}。儿媳现在住{{address:通辽市科尔沁区和平路街道康宁小区5号楼3单元402室}}。我的身份证{{id_number@my1958.150524}}，孙女的{{id_number@wy2012spaced.150524}}。我电话{{mobile@spaced}}，{{han:白凤芝}}的电话{{mobile@s434}}，她的微信{{wechat:baifengqin_els}}。孙女有QQ，说班里交作业用，号码她写在我烟盒里头了，我念：{{qq:3081924765}}。
访谈者：表上的名字都对吗？
受访者：不对的多。学校花名册上把孙女写成{{spaced:阿 迪 雅 苏 荣}}，把孙子写成{{spaced:其　力　格　尔　图}}。低保表上我是{{spaced:木其尔 巴雅尔}}，儿媳是{{spaced:苏龙嘎　图雅}}。人家喊我{{minority/mongolian:木其尔}}，名字一拆成两半，镇上的小年轻还以为是两个人。
访谈者：最后您想说点什么？
受访者：盼孩子们把书念出去。我就是一把老骨头，能多活几年，就多护他们几年。
""")
# H418: Tibetan mother in 石渠 (甘孜); her husband died on the road, she has a heart disease, three children.
DOCS["H418"] = ("family", """\
访谈者：阿佳，您慢慢说，累了就歇一下。
受访者：好。我叫{{minority/tibetan:俄色拉姆}}，三十九岁，家在{{trap/place:石渠}}县{{trap/place:洛须镇}}。户口本上还有个汉名叫{{han:杨玉珍}}，是读小学时老师给起的，现在没人叫了。男人{{minority/tibetan:伍金泽仁}}前年秋天开车去{{trap/place:甘孜}}拉货，在{{trap/place:雀儿山}}那边翻了车，没了。我有风湿性心脏病，走几步就喘，重活干不了。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/tibetan:呷松曲珍}}十四，在{{school:石渠县中学初二（3）班}}；儿子{{minority/tibetan:尼玛翁加}}十一，在{{school:洛须镇完全小学五年级（1）班}}；小的{{minority/tibetan:根秋}}六岁，在村里的幼儿园。{{minority/tibetan:呷松}}她放假回来就挤奶、捡牛粪，比我能干。{{minority/tibetan:翁加}}调皮，去年跟人在{{trap/place:雅砻江}}边上玩水，差点出事，我吓得一夜没睡。
访谈者：这两年谁在帮你们？
受访者：我有事就去找{{minority/tibetan:降拥曲珍}}，她是村里的儿童主任，给三个孩子办了困境儿童补贴，一个人一个月{{trap/number:一千二百六}}。我家是低保户，村主任{{minority/tibetan:阿布泽仁}}帮着报的。县民政局的{{han:税明辉}}也来过家里，他是汉族，在这边工作十几年了，藏话说得好。{{han:税明辉}}说，孩子们念到大学都有补助。
访谈者：您的病呢？
受访者：镇卫生院的{{minority/tibetan:松吉拉措}}大夫每个月给我量血压、开药。她说要去{{trap/place:成都}}做手术，县医院的{{han:蒲晓燕}}大夫帮我联系了华西医院，大病救助能报一大半。男人的弟弟{{minority/tibetan:嘎绒曲扎}}在{{trap/org:色须寺}}当喇嘛，我去成都那些天，孩子们就交给他照看。{{minority/tibetan:嘎绒曲扎}}他话少，但是心好，每个月省下钱给孩子们买本子。
访谈者：学校那边呢？
受访者：{{minority/tibetan:呷松曲珍}}的班主任是{{han:冉秀芳}}老师，常常打电话问我身体。学校有支教的老师，一个叫{{compound:拓跋一鸣}}，还有一个是{{compound:百里清和}}，都是从外地来的大学生，教孩子们英语和画画。{{minority/tibetan:尼玛翁加}}说长大要当老师，跟他们一样。
访谈者：您男人的家里人呢？
受访者：公公婆婆都不在了。男人有个表哥在县上开车，汉名叫{{han:邓志刚}}，藏名{{minority/tibetan:泽仁多吉}}，他说孩子们的学费他包一半。我娘家妹妹{{minority/tibetan:仁青拉姆}}嫁到{{trap/place:德格}}，每年挖{{trap/minority_word:虫草}}回来分一点给我。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:藏历年}}做{{trap/minority_word:酥油}}灯、炸{{trap/minority_word:卡赛}}，孩子们最喜欢。夏天有{{trap/minority_word:赛马节}}，{{minority/tibetan:翁加}}跟着他叔叔去看。晚上我给他们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事。我们这边还有{{trap/place:巴格嘛呢墙}}，我身体好的时候带孩子们去转经，现在走不动了，就让{{minority/tibetan:呷松}}带着弟弟妹妹去转。
访谈者：家里日子最难的是什么？
受访者：冬天零下三十度，房子漏风，孩子们冻得手上全是口子。今年县上给我们家换了新窗户，装了炉子，好多了。还有就是钱。男人走了以后，家里只剩七头牦牛，卖一头少一头。
访谈者：去成都做手术顺利吗？
受访者：顺利。坐了两天的车，先到{{trap/place:康定}}，再到成都。医院里的人说话我听不懂，是县上派的一个藏族小伙子陪着翻译。手术做了五个小时，醒过来第一句话就问孩子们吃饭了没有。住了二十多天院，花了八万多，大病救助、医保报完，自己出了一万出头，是亲戚们凑的。回来以后走路不那么喘了，能自己去河边背水了。
访谈者：孩子们那段时间怎么过的？
受访者：大女儿带着弟弟妹妹，早上生火、烧茶，给小的穿衣服。她叔叔从寺里下来住了二十天，晚上给孩子们念经、讲故事。我在医院里天天想，要是我回不来，这三个孩子怎么办。现在回来了，我跟自己说，要好好活着，看着他们长大。
访谈者：请说一下登记的信息。
受访者：家在{{address:石渠县洛须镇真达村二组9号}}，冬天在县城租房子住，地方是{{address:石渠县尼呷镇团结小区3栋1单元201}}。我身份证{{id_number@wy1986.513332}}，大女儿的{{id_number@wy2011hyphen.513332}}，儿子的{{id_number@my2014fw.513332}}。我电话{{mobile@plus86}}，{{minority/tibetan:降拥曲珍}}的电话{{mobile@hyphen}}，她微信{{wechat:jyqz_luoxu}}。大女儿有个QQ，是学校登记的，号码是{{qq:2749015368}}。
访谈者：表上的名字写得对吗？
受访者：写得乱。有的表上是{{spaced:俄色 拉姆}}，有的是{{spaced:呷 松 曲 珍}}，儿子写成{{spaced:尼　玛　翁　加}}。小的{{minority/tibetan:根秋}}还没上户口的时候，表上写成了{{spaced:根 秋}}。
访谈者：您最大的心愿呢？
受访者：心脏病治好，把三个孩子拉扯大。{{minority/tibetan:俄色}}这个名字，是我阿妈起的，她说我命硬，能扛。我就扛着。
""")
# H419: Hui grandfather in 彭阳 (固原); his son is in prison in 银川, the son's wife remarried.
DOCS["H419"] = ("family", """\
访谈者：老人家，您身体还硬朗吧？我们慢慢聊。
受访者：还行，就是腿不灵了。我叫{{han:禹德福}}，经名{{minority/hui:舒艾布}}，七十一了，家在{{trap/place:彭阳}}县{{trap/place:红河镇}}，离{{trap/place:固原}}城八十里。坊上的人都喊我{{minority/hui:舒艾布}}爷。
访谈者：家里现在几口人？
受访者：四口，我，老伴，两个孙子孙女。儿子{{han:禹建军}}，经名{{minority/hui:哈买德}}，前年在{{trap/place:银川}}跟人打架，把人打伤了，判了四年，在监狱里。儿媳{{han:虎秀英}}去银川打工，去年改嫁了。{{minority/hui:哈买德}}他在里头写信来，说对不起两个娃娃。
访谈者：孩子们多大？
受访者：孙女{{minority/hui:禹热依哈}}十二，上学的名字是{{han:禹晓梅}}，在{{school:彭阳县第三中学初一（2）班}}；孙子十岁，经名{{minority/hui:尤素甫}}，学名{{han:禹志鹏}}，在{{school:红河镇中心小学四年级（3）班}}。家里都喊孙女{{minority/hui:热依哈}}。{{minority/hui:尤素甫}}就是淘，放学跑到{{trap/place:茹河}}边上抓鱼，鞋都跑丢了。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。班上有娃娃骂孙子是劳改犯的娃，他跟人打起来了。{{han:禹志鹏}}他倔，跟他爹一样。学校的{{han:海志军}}校长把两家大人叫去，说清楚了，后来没人再提。孙女的班主任{{minority/hui:马伊玛尼}}老师是阿訇家的闺女，经常给她补课，说这娃娃能考到{{trap/place:银川}}的高中。
访谈者：这些年谁帮过你们？
受访者：村上的儿童主任{{han:兰桂芳}}，她给两个娃娃报了事实无人抚养，每月一个人{{trap/number:一千一百八}}。乡上的民政专干{{han:杨文礼}}来核过，他说娃娃的爹在服刑，算困境儿童。我们家也吃着低保。{{trap/org:清真寺}}的阿訇{{minority/hui:拜萨迪格}}，每年{{trap/minority_word:开斋节}}散{{trap/minority_word:乜贴}}，都给我们家留一份。
访谈者：邻居们呢？
受访者：对门的{{minority/hui:虎祖白旦}}，是儿媳的本家婶子，她说儿媳走了她脸上没光，常给娃娃们送{{trap/minority_word:油香}}、炸{{trap/minority_word:馓子}}。村支书{{han:马占仓}}和{{han:兰桂芳}}一起给我家申请了危房改造。县上社工站的{{compound:澹台文静}}跟她同事{{compound:段干雨桐}}，每个月来给娃娃们辅导作业，还带着去监狱视频会见了一回。
访谈者：娃娃见了爹说啥了？
受访者：孙女没说话，一直哭。孙子说，爹，你好好改造，我给你考个第一。{{han:禹建军}}在那头也哭。我跟{{han:禹建军}}说，你出来了好好做人，娃娃们还指着你。
访谈者：您和老伴身体怎么样？
受访者：我高血压，老伴{{minority/hui:海丽彻}}她眼睛花了，做饭切着手好几回。乡卫生院的{{han:苏玉兰}}大夫每个月来量血压，说我们俩都得按时吃药。{{trap/place:六盘山}}下风大，冬天冷，娃娃们手上冻疮一年比一年好些，是社工给买了手套。
访谈者：家里靠什么过日子？
受访者：十二亩山地，种玉米、{{trap/word:胡麻}}，养了两头牛。地是梯田，拖拉机上不去，全靠牛拉犁。我这腿不行了，犁地的时候孙子在前头牵牛，我在后头扶犁，一天犁不了一亩。村里的合作社去年把我家的地流转了一半，一年给一千多块钱，又让老伴在合作社的大棚里摘菜，一天六十块。日子是紧，可是不欠人家的。
访谈者：儿子出来以后有什么打算？
受访者：他信里说，出来想学个开挖掘机的手艺，在县上找活干，不出远门了。监狱里也教手艺，他学了电焊。我回信让孙女写，孙女写得一笔一画，最后一句是“爸爸，我们等你回家”。我看了，眼泪止不住。我跟娃娃们说，人走错一步不要紧，要紧的是回头。
访谈者：过节怎么过？
受访者：{{trap/minority_word:圣纪节}}、{{trap/minority_word:古尔邦节}}，我带孙子去寺里。我给娃娃们讲{{trap/famous:赛典赤}}的故事，说咱回回里头也有当大官、修水利的好人。{{trap/word:拜年}}的时候，孙女给我磕头，我心里又高兴又酸。
访谈者：登记表要写住址和号码。
受访者：家在{{address:彭阳县红河镇文沟村三组21号}}。儿媳以前在银川租房，是{{address:银川市兴庆区丽景街道丽子园小区8号楼2单元601室}}。我的身份证{{id_number@my1954.640425}}，孙子的{{id_number@my2014quad.640425}}。我电话{{mobile@s38}}，{{han:兰桂芳}}的电话{{mobile@plus86dash}}，她微信{{wechat:lanGuifang_hh}}。孙女有个QQ，跟老师说话用，号码我记在墙上——就在日历旁边——是{{qq:56208431}}。
访谈者：表上的名字写得对吗？
受访者：不一样的多。有写成{{spaced:禹 热 依 哈}}的，有写成{{spaced:禹热 依哈}}的。我的名字有的写{{spaced:禹　德　福}}，有的写成{{spaced:舒 艾 布}}。
访谈者：您最盼望什么？
受访者：盼儿子早点出来，盼两个娃娃好好念书，别走歪路。
""")
# H420: Han grandmother in 云浮 (新兴) raising three grandchildren known by nicknames that are words.
DOCS["H420"] = ("family", """\
访谈者：阿婆，您家里几个孙？
受访者：三个。我叫{{han:植月娥}}，今年六十八，住在{{trap/place:新兴县}}乡下，{{trap/place:云浮}}城开车要一个钟。老伴前几年肺病走了。儿子{{han:邝伟雄}}同新抱{{han:谭美凤}}在{{trap/place:佛山}}陶瓷厂做工，一年返一两次。村里人都叫我儿子{{han:阿伟}}，叫新抱{{han:阿凤}}。
访谈者：孩子们多大了？
受访者：大的是孙女{{han:邝嘉怡}}，十岁，我们叫她{{han:龙眼}}，因为她出世那阵，屋后那棵树正好结果。细的孙仔{{han:邝嘉俊}}七岁，圆滚滚，叫{{han:木瓜}}。{{han:龙眼}}在{{school:新兴县六祖镇中心小学四年级（2）班}}，细孙在同一间学校读一年级。还有一个是我女儿{{han:邝秀玲}}的仔{{han:梁子健}}，八岁，花名叫{{han:腊肠}}，因为瘦长瘦长。
访谈者：女儿怎么了？
受访者：{{han:邝秀玲}}她离婚以后，脑子出了毛病，医生话是精神分裂，时好时坏。前夫{{han:梁振邦}}去了{{trap/place:广州}}，再没寄过钱。外孙就跟着我，在{{school:六祖镇中心小学二年级（1）班}}。他妈清醒的时候会打电话来，讲两句就哭。
访谈者：您一个人带三个，怎么过？
受访者：早上五点起身煲粥，送他们去学校，返来就落田种菜。{{han:龙眼}}佢好生性，会帮手晒衫、喂鸡。{{han:木瓜}}成日要食，食完又话肚饿。{{han:腊肠}}都几乖，就是唔钟意讲话，老师话佢上堂成日发呆。屋企有两分菜地、一塘鱼，菜自己食，鱼卖俾镇上的酒楼，一年有几千蚊。儿子每个月寄一千五返来，要交电费、买米、俾孩子们买文具，剩唔到几多。去年屋顶漏水，落雨天三个孩子同我挤在一张床上，用面盆接水。
访谈者：有谁帮您？
受访者：村委的儿童主任{{han:欧少芬}}，她三日两头上来睇。她同我讲，外孙算事实无人抚养，帮我报了，每个月有{{trap/number:一千零八十}}。隔篱的{{han:老冯}}，大名{{han:冯树森}}，帮我修过屋顶，又帮我担米。村委会的{{han:罗国辉}}同镇上民政办讲，给我家评了低保。镇上社工站有个后生女叫{{compound:司徒碧霞}}，同她一齐来的是{{compound:欧阳锦华}}，每个礼拜六来教孩子们做功课。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{han:阿凤}}每晚同孩子们视频，{{han:龙眼}}讲得最多，{{han:木瓜}}就对住手机扮鬼脸。上个月细孙发烧，半夜我抱住他去{{trap/org:镇卫生院}}，{{han:何镜清}}医生开了药，又打电话给{{han:阿伟}}。佢话厂里请唔到假，第二日先返来。
访谈者：学校那边怎么样？
受访者：孙女的班主任{{han:岑惠玲}}老师对她好好，知道她屋企难，帮她申请了助学金。学校有个留守儿童之家，放学可以打电话、睇书。{{han:腊肠}}的老师{{han:麦润好}}是个老教师，话这仔聪明，就是要人陪。
访谈者：过年过节怎么过？
受访者：年例最热闹，村里摆酒、舞狮，孩子们最钟意。我同他们讲{{trap/famous:六祖惠能}}的故事，讲他卖柴养阿妈，后来做了大师傅。我们这边还有{{trap/minority_word:禾楼舞}}，孙女跟住学校去跳过。平时我煮{{trap/word:麦芽糖}}水俾他们饮，佢哋叫我熬{{trap/word:凉茶}}就扭计。
访谈者：您自己身体怎样？
受访者：膝头痛，血压高。后园种的{{trap/word:植物}}我都搞唔掂了，有啲就俾{{han:老冯}}帮手淋水。我最怕我病倒，三个孩子冇人理。上年我喺田基跌咗一跤，手腕骨裂，打咗一个月石膏，嗰个月全靠孙女煮饭，煮到半生熟，三个都食得好开心。镇卫生院每年同我做一次体检，家庭医生签约咗，有事打电话就得。
访谈者：登记表要写地址和号码。
受访者：屋企在{{address:新兴县六祖镇龙山村委会塘尾村23号}}，儿子在佛山租屋在{{address:佛山市禅城区南庄镇紫洞小区4座701房}}。我的身份证{{id_number@wy1957.445321}}，{{han:梁子健}}的{{id_number@my2016hyphenx.445321}}。我电话{{mobile@fullwidth}}，{{han:阿伟}}电话{{mobile@h38}}，新抱微信{{wechat:meifeng_tan0918}}。孙女有个QQ，她话同老师交功课用，号码是{{qq:925713046}}。
访谈者：孩子们的名字在表上写得对吗？
受访者：有错。学校那张表把孙女写成{{spaced:邝 嘉 怡}}，把外孙写成{{spaced:梁　子　健}}，还有一张写我是{{spaced:植月 娥}}。社工签名写{{spaced:司 徒 碧 霞}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼儿子同{{han:阿凤}}早点返来，在云浮揾份工。云浮都有石材厂，工钱少啲，但系一家人食得埋一餐饭。盼女儿个病好返，盼三个孙平平安安读得书、做得人。我老喇，唔知仲带得几年，只求佢哋大个咗唔好怪阿爸阿妈，大人都系冇办法先出去搵食。
""")
# H421: Han village doctor in 临汾 (尧都) who keeps the parents of his child patients on WeChat and QQ.
DOCS["H421"] = ("doctor", """\
访谈者：您在村里当医生多少年了？
受访者：二十六年了。我叫{{han:畅海龙}}，在{{trap/place:临汾}}市{{trap/place:尧都区}}的一个村{{trap/word:卫生室}}坐诊，管着三个村两千多口人。村里的困境儿童，哪家娃娃什么病，我心里都有本账，手机里也有。
访谈者：手机里？
受访者：对，爹妈大都在外头打工，有事就在微信、QQ上找我。我把他们的备注都写成娃娃的名字加“爸爸”“妈妈”，比如“{{han:郭雨泽}}爸爸”，一翻就找着。
访谈者：能说说这几个孩子吗？
受访者：头一个就是{{han:霍春雨}}，九岁，有癫痫。她爸{{han:霍建新}}、她妈{{han:亢秋菊}}在{{trap/place:太原}}开小饭馆，娃娃跟着奶奶{{han:薛梅香}}。{{han:亢秋菊}}每天晚上在微信上问，今天犯没犯、药吃了没有。她的微信号是{{wechat:kangqiuju_ty}}。{{han:霍春雨}}她上个月在学校抽了一回，是{{han:吉春生}}老师抱到我这儿的。我教过她奶奶，犯病的时候别往嘴里塞东西，侧过身，掐着表看几分钟，超过五分钟就打一二〇。老人记不住，我就写在一张纸上，贴在她家墙上。
访谈者：第二个呢？
受访者：第二个{{han:贾满银}}，十一岁。他爸{{han:贾来福}}在煤窑上砸断了腿，二级残疾，他妈跑了。他爸说，要不是娃娃，他早不想活了。{{han:贾满银}}放学回来给他爸倒尿盆、做饭，手上都是烫的泡。我每周上门给他爸换药，顺便看看娃娃。镇上的残联给配了轮椅。
访谈者：第三个？
受访者：第三个是一对双胞胎，{{han:郭雨涵}}、{{han:郭雨泽}}，七岁，爹妈在{{trap/place:北京}}送快递，跟着爷爷{{han:郭长城}}。娃娃爹{{han:郭润生}}不用微信，老跟我在QQ上说话，QQ号我存着，是——我翻一下——{{qq:1367209485}}。{{han:郭长城}}还要下地，都七十四了，冬天烧{{trap/word:柴火}}，娃娃一冬天咳嗽，我劝他换了煤气。
访谈者：还有吗？
受访者：还有一个孤儿，{{han:段小军}}，十三。爹妈前后得癌走了，跟着叔叔{{han:段金锁}}。{{han:段金锁}}他们家自己有三个娃娃，日子紧。{{han:段小军}}在{{school:尧都区第二十中学初一（5）班}}，成绩好。双胞胎在{{school:屯里镇中心校一年级（3）班}}，跟有癫痫的那个闺女一个学校。
访谈者：谁跟您一起管这些孩子？
受访者：村里的儿童主任{{han:卫红梅}}，她是我们村的媳妇，做事细。她给这几个娃娃都报了困境儿童补贴，{{han:小军}}是孤儿基本生活费，一个月{{trap/number:一千五百九}}。村支书{{han:柴国庆}}把{{han:贾来福}}家评上了低保。派出所的{{han:闫建平}}所长给那孩子改了户口。县医院儿科的医生{{compound:上官敏慧}}，每个月来乡里义诊一回，癫痫药就是她开的。区里社工站有个{{compound:宇文志鹏}}，跟同事{{compound:令狐晓雯}}一起来做家访。
访谈者：您做这些，有难处吗？
受访者：难处是钱和时间。卫生室就我一个，有时候半夜有人敲门。我老婆{{han:柴小满}}嘴上骂我，还是起来给我烧水。我们这儿的老话讲，{{trap/place:洪洞县}}里无好人，那是{{trap/famous:苏三}}的戏词，其实好人多得很。
访谈者：孩子们的药和看病的钱从哪来？
受访者：医保报一部分，大病救助报一部分，剩下的我找过{{trap/org:区红十字会}}。那个闺女的药一个月三百多，她奶奶舍不得，我就给她先垫上。{{han:亢秋菊}}回来过年，非要塞给我钱，我没要。现在家庭医生签约了，这几个娃娃每年免费体检一次，打疫苗、量身高体重，我都记在本子上，再拍照发到他们爹妈的微信上。爹妈在外头看见娃娃又长高了，比啥都高兴。
访谈者：登记表要写地址和号码。
受访者：{{han:贾来福}}家在{{address:尧都区屯里镇东王村五组14号}}，{{han:霍春雨}}奶奶家在{{address:尧都区屯里镇西杜村二组8号}}。他的身份证{{id_number@my1979.141002}}，{{han:段小军}}的{{id_number@my2011spaced.141002}}。我的电话{{mobile@p86n}}，{{han:卫红梅}}的电话{{mobile@s74}}，她微信{{wechat:weihongmei1979}}。{{han:贾满银}}有个QQ，他说是学校上网课注册的，号码{{qq:4019538276}}。
访谈者：表上的名字写对了吗？
受访者：有几张表写得不对。{{han:贾满银}}写成了{{spaced:贾 满 银}}，双胞胎写成{{spaced:郭　雨　涵}}、{{spaced:郭 雨 泽}}。还有张表把社工写成{{spaced:宇 文 志 鹏}}。
访谈者：您最想说什么？
受访者：这些娃娃的爹妈不是不疼娃娃，是没办法。村里年轻人都出去了，剩下的是老人和娃娃，有个头疼脑热，头一个找的就是村医。我多看一眼，他们在外头就少操一份心。我今年五十二了，腰也不好，就盼着有个年轻的医学生愿意回村里来，接我的班。
""")
# H422: Uyghur mother in 策勒 (和田); her husband was paralysed by a fall from a walnut tree, three children.
DOCS["H422"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{minority/uyghur:帕坦木·买吾兰}}，三十六岁，家在{{trap/place:策勒县}}{{trap/place:达玛沟}}乡，离{{trap/place:和田}}一百多公里。丈夫{{minority/uyghur:乃比江·吾守尔}}前年秋天上树打核桃，从树上摔下来，腰断了，下半身不能动。家里五口人，就靠我一个。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:艾孜热提·乃比江}}十二岁，在{{school:策勒县达玛沟乡中心小学六年级（2）班}}；女儿{{minority/uyghur:苏比努尔乃比江}}九岁，读三年级；小的{{minority/uyghur:如克亚}}五岁，在村里幼儿园。{{minority/uyghur:艾孜热提}}他懂事，放学回来先给他爸翻身、擦洗，再写作业。{{minority/uyghur:苏比努尔}}就爱唱歌，一唱她爸就笑。
访谈者：丈夫现在怎么样？
受访者：在床上躺着，去年在{{trap/place:乌鲁木齐}}做了手术，还是站不起来。{{minority/uyghur:乃比江}}他以前是村里最能干的，种石榴、种核桃，现在一天到晚看着房顶，不说话。县医院的{{minority/uyghur:依米提·卡迪尔}}大夫说，心里的病比腰上的病难治。
访谈者：谁在帮你们？
受访者：村支书{{minority/uyghur:阿卜杜喀迪尔·图尔贡}}给我们家报了低保，三个孩子都算困境儿童，一个月一人{{trap/number:九百八十}}。{{minority/uyghur:阿卜杜喀迪尔}}还让村里的合作社给我安排了活，在{{trap/minority_word:艾德莱斯}}绸作坊里织布，一天八十块。驻村工作队的{{han:孔祥瑞}}队长，帮我们跑{{trap/org:县残联}}，给丈夫办了一级残疾证，领了轮椅。儿童主任{{han:蔺晓燕}}是汉族，嫁到我们乡十几年了，孩子们都喊她姐姐。
访谈者：孩子们在学校呢？
受访者：{{minority/uyghur:艾孜热提}}的班主任{{minority/uyghur:海力其汗·吐尔逊}}老师说，他数学好，就是上课爱打瞌睡，因为晚上要起来给他爸翻身。学校给他申请了助学金。县社工站的{{compound:钟离若雪}}和她同事{{compound:公冶子谦}}每个月来，给孩子们做游戏，也跟我丈夫聊天，他现在话多了一点。
访谈者：邻居们呢？
受访者：隔壁的{{minority/uyghur:米日班·吐送}}，我们从小一起长大，村里的花名册上她是{{spaced:米日班　·　吐送}}。她天天打{{trap/minority_word:馕}}，总多打两个给我们。她说，{{minority/uyghur:帕坦木}}，你别一个人扛，有我。乡民政办的{{han:房振华}}每个季度来一次，核我们家的收入。
访谈者：您在作坊里织布，家里谁照顾丈夫？
受访者：中午我跑回来一趟，给他喂饭、翻身，再跑回去。作坊离家两公里，我骑电动车。下午放学以后是儿子看着他爸。合作社的负责人说，等我手艺熟了，可以把织机搬回家里织，按件算钱，这样就不用来回跑了。我现在一个月能挣两千多，加上低保和孩子们的补贴，吃饭、上学够了。就是丈夫的药贵，一个月要五六百。
访谈者：家里的地怎么办？
受访者：八亩地，种石榴和核桃，我一个人忙不过来，包给了村里的合作社，年底分红。丈夫以前最爱那几棵核桃树，现在他不让我提。有一回儿子说要把那棵树砍了，他爸骂了他，说树没错，是他自己不小心。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}的时候，{{minority/uyghur:米日班吐送}}帮我做{{trap/minority_word:薄皮包子}}，孩子们换上新衣服去拜节。晚上我给孩子们讲{{trap/famous:阿凡提}}的故事，小的笑得在炕上打滚。{{trap/minority_word:古尔邦节}}村里宰羊，支书给我们家送了一条羊腿。
访谈者：最难的是什么时候？
受访者：去年冬天，丈夫得了褥疮，发烧，我半夜背不动他。是我让{{minority/uyghur:艾孜热提}}跑去叫了支书，支书开车把我们送到县医院。{{han:汤建民}}大夫给他清了疮，住了半个月。那半个月{{minority/uyghur:如克亚}}跟着{{minority/uyghur:米日班·吐送}}住，{{minority/uyghur:苏比努尔}}每天放学去医院给她爸送饭。
访谈者：登记表要写地址和号码。
受访者：家在{{address:策勒县达玛沟乡托万喀让古塔格村4组26号}}，丈夫在县城住院的时候我们借住在{{address:策勒县策勒镇团结路石榴小区3号楼2单元102室}}。我的身份证{{id_number@wy1988.653225}}，儿子的{{id_number@my2012fwspaced.653225}}。我电话{{mobile@fws}}，{{han:蔺晓燕}}的电话{{mobile@plus86spaced}}，她微信{{wechat:linxiaoyan_dmg}}。儿子用他爸的手机上QQ，学校老师让加的，号码写在课本第一页上：{{qq:8305162749}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。有的写{{minority/uyghur:帕坦木·买吾兰}}，有的写成{{spaced:帕坦木 · 买吾兰}}。儿子在学校表上是{{spaced:艾 孜 热 提}}，低保表上是{{spaced:艾孜热提 · 乃比江}}，女儿是{{spaced:苏比努尔 乃比江}}，丈夫写成了{{spaced:乃　比　江}}。
访谈者：您最大的愿望是什么？
受访者：丈夫能坐起来，孩子们能读完书。儿子说他长大要当医生，治好他爸的腰。我说，妈等着。
""")
# H423: Han civil-affairs officer in 娄底 (娄星区) reading three case files.
DOCS["H423"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：三份困境儿童的个案档案。我叫{{han:肖立平}}，在{{trap/place:娄底}}市{{trap/place:娄星区}}{{trap/org:民政局}}儿童福利股，干了九年。档案上的东西我照着念，你记。
访谈者：好，第一份。
受访者：第一份，孤儿，{{han:谢梦瑶}}，女，十一岁，身份证{{id_number@wy2013.431302}}。父亲{{han:谢建湘}}{{trap/year:2023年}}在{{trap/place:涟源}}出车祸死亡，母亲{{han:彭菊香}}去年因病去世。现跟外婆{{han:袁满英}}生活，地址是{{address:娄星区杉山镇石桥村六组18号}}。外婆的电话{{mobile@plain}}。监护人那一栏，村里报上来的表写成了“{{han:袁满英}}{{han:袁满英}}”，是录入的时候按了两遍，我们退回去改了。
访谈者：孩子现在怎么样？
受访者：孤儿基本生活费每月{{trap/number:一千六百二}}，按时发。{{han:谢梦瑶}}在{{school:娄星区杉山镇中学初一（3）班}}，班主任{{han:龚雪梅}}老师说她成绩中上，就是不合群。区社工站的{{compound:上官丽娟}}给她做了半年的哀伤辅导，现在她肯跟同学一起吃饭了。{{han:袁满英}}说，娃娃夜里不哭了，她才睡得着。
访谈者：第二份呢？
受访者：第二份，事实无人抚养，{{han:曾子涵}}，男，八岁，身份证{{id_number@my2017spaced.431302}}。父亲{{han:曾凡秋}}四年前外出打工失联，公安出了证明；母亲{{han:贺湘云}}因为贩毒，判了七年，在{{trap/place:长沙}}服刑。孩子跟舅外婆{{han:匡国华}}过，地址{{address:娄星区万宝镇枫林小区7栋2单元303}}。{{han:匡国华}}那边条件也差，她自己六十多了，有糖尿病。
访谈者：孩子知道妈妈的事吗？
受访者：知道一点。{{han:曾子涵}}他问过我，妈妈是不是坏人。我说，妈妈做错了事，在改，你好好读书等她。我们跟司法所的{{compound:司马卫东}}联系过，去年带孩子去监狱见了一次妈妈。孩子在{{school:万宝镇中心小学二年级（4）班}}，学校的{{compound:欧阳湘平}}老师是他的“代理妈妈”，每周跟他谈一次心。
访谈者：第三份？
受访者：第三份，重残家庭，{{han:梁思远}}，男，十四岁，身份证{{id_number@my2010x.431302}}。父亲{{han:梁德明}}肢体残疾一级，母亲{{han:颜春桃}}智力残疾二级，都在家里。地址{{address:娄星区双江乡长塘村三组5号}}。{{han:梁思远}}在{{school:娄底市第三中学初三（2）班}}，成绩在年级前二十。学校减免了他的住宿费，{{trap/org:区残联}}给他爸配了护理床。
访谈者：这个孩子负担很重吧？
受访者：重。每天放学回去给爸妈做饭，周末还去镇上的超市搬货。{{han:梁德明}}跟我说，是他拖累了娃娃。村支书{{han:刘冬生}}和儿童主任{{han:晏海波}}想了个办法，让村里的合作社每月给他家送米送油，娃娃周末不用去打工了。镇上派出所的{{han:邹志坚}}所长逢年过节都去看。
访谈者：您这份工作，最难的是什么？
受访者：是材料。一个名字，户口本上一种写法，学校一种，残联一种。表格里有的把名字写成{{spaced:谢 梦 瑶}}，有的写成{{spaced:曾　子　涵}}，还有{{spaced:梁思 远}}。签字栏里的社工写成{{spaced:上 官 丽 娟}}，老师写成{{spaced:欧　阳　湘　平}}。系统比对不上，补贴就发不下去，只能一份一份去改。{{trap/word:曾经}}有个娃娃为这个断了三个月的钱。
访谈者：这些孩子每年都要复核吗？
受访者：要。每年三月和九月各一次，我们下去入户，看孩子是不是还在上学、监护人有没有变、家里的收入有没有变化。复核的时候要拍照，孩子、监护人、房子都要拍，上传到系统里。有的老人不愿意拍，说又不是犯人，我们就慢慢解释。一个区三百多个孩子，我们股里四个人，一年到头都在路上。
访谈者：你们平时怎么联系这些家庭？
受访者：电话和微信，孩子们也知道有事打{{trap/hotline:12345}}。儿童主任{{han:晏海波}}的电话{{mobile@plus86}}，他的微信{{wechat:yanhaibo_lx}}。{{han:梁思远}}有个QQ，他说有事就在QQ上找我，号码是{{qq:2605839147}}。有事他们也打我办公室座机。
访谈者：孩子们平时有什么活动？
受访者：暑假区里组织他们去{{trap/place:双峰}}参观{{trap/famous:曾国藩}}故居，去{{trap/place:新化}}看{{trap/place:紫鹊界}}梯田。社工{{compound:东方晓辉}}带队，还有{{compound:诸葛文斌}}，两个人一路上讲历史。{{han:谢梦瑶}}回来写了篇作文，说她以后也想当社工。
访谈者：您最想说什么？
受访者：这些娃娃的档案，一页纸就是一个家。我们多跑一趟，娃娃就少受一分苦。
""")
# H424: Han father in 焦作 (修武) whose wife left; he works three shifts in a tyre factory.
DOCS["H424"] = ("family", """\
访谈者：师傅，您今天是下了夜班过来的吧？
受访者：对，早上八点下的班。我叫{{han:原志刚}}，三十八，在{{trap/place:焦作}}的轮胎厂上班，三班倒。家在{{trap/place:修武县}}城边上。媳妇{{han:宋爱莲}}{{trap/year:二〇二二年}}走的，说去{{trap/place:郑州}}打工，后来电话也换了，去年法院判了离婚。两个孩子跟着我。
访谈者：孩子们多大？
受访者：儿子{{han:原浩宇}}十二，在{{school:修武县第一实验小学六年级（3）班}}；闺女{{han:原可欣}}八岁，在{{school:修武县城关镇第二小学二年级（1）班}}。我娘{{han:毋秀芝}}七十一了，帮着看孩子。
访谈者：您上夜班的时候孩子们怎么办？
受访者：这是最难的。上夜班，晚上十一点走，早上八点回来，家里就一个老太太和两个孩子。我娘耳朵背，有一回闺女半夜发烧，{{han:原浩宇}}他自己跑到对门敲门，是{{han:崔铁柱}}开车送到医院的。{{han:崔铁柱}}也是厂里的，他说以后夜里有事，直接打他电话。县医院的{{han:焦国庆}}大夫值班，看了说是急性肺炎，住了一个礼拜。
访谈者：厂里知道您的情况吗？
受访者：知道。车间主任{{han:秦建民}}给我调过两回班，能上白班尽量上白班。班组里的同事{{compound:慕容建军}}、{{compound:夏侯志强}}，有时候跟我换夜班。{{trap/org:厂工会}}给我申报了困难职工，过年发米面油。
访谈者：社区和学校帮了什么？
受访者：社区的儿童主任{{han:申丽娜}}把两个孩子报成了困境儿童，说是单亲、家庭困难，一个月一人补{{trap/number:六百五}}。我们家没评上低保，因为我有工资，但是社区给了临时救助。{{han:申丽娜}}她还让孩子们放学去社区的“四点半课堂”，有大学生志愿者辅导作业，等我下班去接。县社工站的{{compound:申屠慧颖}}，每个月来家里一次，跟孩子们聊天。
访谈者：孩子们想妈妈吗？
受访者：想。闺女小，老问妈妈啥时候回来。儿子大了，不提，可我看见他把他妈的照片夹在语文书里。他的班主任{{han:牛春燕}}老师说，他作文里写“我妈妈去很远的地方挣钱了”。{{han:牛春燕}}就找他谈，说想妈妈不丢人。
访谈者：您自己呢？
受访者：我也累。三班倒，身体熬不住，前年查出来胃溃疡。有时候下了夜班，回来还得洗衣裳、做饭，躺下眼一闭就到了下午，孩子们放学回来我才醒。{{han:原可欣}}她就趴在我床边，说爸爸你睡吧，我自己写作业。我心里那个滋味。
访谈者：您考虑过换个工作吗？
受访者：考虑过。可我就会这个，在厂里干了十五年，一个月四千多，换别的地方挣不了这么多。厂里今年搞改革，说要把三班倒改成四班三运转，一个月夜班能少几天。我盼着早点改，改了我就能多在家几个晚上。我跟班长说了，宁可少挣点，也要在家陪孩子。
访谈者：孩子们的学习怎么样？
受访者：儿子成绩中等，数学好，语文差，老师说他不爱读书。闺女爱画画，社区的志愿者教她画，她画了一张全家福，四个人，有她妈。我看了半天没说话。社区给她报了县少年宫的美术班，不要钱。
访谈者：周末怎么过？
受访者：厂里休息的时候带他们去{{trap/place:云台山}}，门票对本地人免费。去年带儿子去{{trap/place:温县}}{{trap/place:陈家沟}}看人打{{trap/word:太极拳}}，他回来天天比划。我给他讲{{trap/famous:司马懿}}，说这人就是温县的，能忍。{{trap/word:原来}}我也不爱讲故事，现在是没办法，孩子们睡前要听。
访谈者：登记表要写地址和号码。
受访者：家在{{address:修武县城关镇东关村七组31号}}，我娘原来住的老房子在{{address:修武县周庄镇马坊村二组12号}}。我的身份证{{id_number@my1987.410821}}，闺女的{{id_number@wy2017tri.410821}}。我的电话{{mobile@p86h}}，{{han:申丽娜}}的电话{{mobile@s38}}，她的微信{{wechat:shenlina_xw}}。儿子用我的旧手机上QQ，号码他写在冰箱上，我念给你听啊——{{qq:1792608354}}。
访谈者：表上的名字都对吗？
受访者：有一张写错了。社区的表上把闺女写成{{spaced:原 可 欣}}，把我娘写成{{spaced:毋　秀　芝}}。社工的名字写成了{{spaced:申 屠 慧 颖}}，同事写成{{spaced:夏 侯 志 强}}。
访谈者：您最大的心愿呢？
受访者：孩子们平平安安长大。我要是能调到长白班就好了，夜里能守着他们。他妈要是哪天想回来看孩子，我也不拦着，孩子们总归是她生的。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=417,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
