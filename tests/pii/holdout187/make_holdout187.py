# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 187 (tests/pii/holdout187/H1481-H1488 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 186, written at the same time, is not
an earlier set).

Set 187 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 天峨 (河池) and
乐业 (百色), Guangxi, speaking the region's 桂柳话 (莫, 晓得, 哪样, 妹崽, 娃娃, 那阵, 得空, 老庚): an Oirat Mongolian
mother from 温泉县 (博尔塔拉) in 六排镇, widow of a Zhuang soldier she met on the border, whose daughter wears a
cochlear implant; a Hui grandmother from 同心 in 向阳镇 raising the two children of her son, a welder killed on the
road, their Zhuang mother gone; a Yi grandfather from 布拖, a hand in a kiwi orchard in 甘田镇, raising with his wife
the children of their son, dead of silicosis, their Zhuang mother psychiatrically disabled; a Kham Tibetan mother
from 理塘 in 同乐镇 whose Zhuang husband is paralysed after a fall from a scaffold and whose daughter had heart
surgery; a Zhuang 儿童主任 of a village in 甘田镇 going through the families on her phone list; an officer of the
天峨 women's federation (春蕾, child marriage, domestic violence, 12338); a Yao village doctor in 八腊瑶族乡 talking
about a boy with thalassaemia and a girl orphaned by a landslide; and a Zhuang operator at the 龙滩 hydropower
station who fosters the son of his sworn brother (老庚), a Yao man who drowned saving two children.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: an Oirat given name + father's name written with every dot and none (其米格·班扎尔, 吉格米德‧班扎尔,
其米格・班扎尔, 其米格.班扎尔, 其米格班扎尔), spaced out (其 米 格 · 班 扎 尔) or with spaces around the dot only
(其米格 · 班扎尔), the father's name alone (班扎尔), a short form and a form of address (其米格, 米格姐 -> span 米格);
a Yi clan name + given name with and without the dot (阿侯·吉则, 阿侯吉则, 吉伍·史嫫, 吉伍史嫫, 阿 侯 · 吉 则), the
clan name + a title annotated whole (吉克书记), the Han surname of the children's clan before their Yi names (侯史铁,
侯乌嫫) beside the clan form (阿侯乌嫫), short forms and forms of address (史铁, 阿铁, 史铁爷爷 -> span 史铁); a
Zhuang father's surname before Mongolian and Tibetan given names (韦阿穆尔, 韦苏布达, 岑旺修, 岑色珍) and before a
Tibetan mother's own name by her in-laws (岑娜姆), with nicknames made from the names (穆尔, 苏布, 修修, 珍珍); Hui
经名 alone (纳菲莎, 苏菲扬, 阿齐兹, 苏姆叶, 札法尔), with the Han surname (纳阿齐兹) and as a pet form (叶叶), beside the
Han-form names of the same people (锁彩霞, 纳文亮, 纳宇轩, 纳琬婷); Zhuang pet names with the male 特 and female 达
(特宇, 达丹); surnames and given names that are grammar or ordinary words right beside grammar words (于是于凤岚,
过满仓过年, 或者者永福, 从春兰从来, 罗才旺才, 覃又红又, 卜再兴再三, 韦金莲却, 廖小凤倒是, 韦得芳得空, 佘小禾正在,
小禾被, 侬秀梅能) and names that hold a word used nearby as a word (零美华 / 零钱 / 零分, 农玉梅 / 农忙, 班秀英 / 班上,
闭丽萍 / 闭眼, 纳奶奶 / 纳闷, 麻秋平 / 麻烦, 莫秋莲 / 莫急, 盘金凤 / 盘王节, 磨春燕 / 磨豆腐, 磨正军 / 磨刀,
蒙世昌 / 蒙古族, 蒙丰收 / 丰收, 凌云飞 / 凌云, 诸葛延龄 / 诸葛亮, 司空晓月 / 司空见惯, 覃又红 / 长孙); rare surnames of
the region (禤, 冼, 侬, 磨, 零, 闭, 佘, 粟, 岑, 覃, 蒙, 班, 言, 卜, 盘, 蓝, 农, 锁, 者, 纳, 单); a surname with only a
title or kin word, annotated whole (韦大嫂, 纳奶奶, 侯老者, 丁阿訇, 侬老师, 零主任, 冼主席, 蒙医生, 蒙伯, 粟奶, 佘婆,
磨师傅, 磨叔); names inside organisation- or place-like phrases (蒙德光合作社, “梁有田养猪场”); names opening a turn
and closing the last sentence (我等着你，盘秀兰。); names spaced out character by character in half- and full-width
spaces and names split in two; compound surnames after ordinary words (上官, 司徒, 端木, 诸葛, 夏侯, 宇文, 南宫, 钟离,
赫连, 皇甫, 濮阳, 欧阳, 申屠, 乐正, 司马, 东方, 宗政, 梁丘, 司空); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:粟奶}}``, ``{{qq:1375092648}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, yi, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@moldx.513429}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 姐, 爷爷) and a particle, pronoun
or verb written directly after a name (才, 又, 却, 倒是, 得空, 正在, 被, 能, 过年, 从来, 他, 她, 讲) are outside the
span; a surname with only a title or kin word (韦大嫂, 侯老者, 蒙伯, 磨叔) and a local nickname (特宇, 达丹, 小禾)
are annotated whole. Han-style names of Hui, Yi and Tibetan people (锁彩霞, 纳文亮, 侯顺德, 岑志远) are category han;
a Han surname before a non-Han given name (韦阿穆尔, 纳阿齐兹, 侯史铁, 岑旺修, 岑娜姆) is category minority, and so
are forms of address made from a non-Han name (修修, 珍珍, 叶叶, 阿铁, 吉克书记).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout187/make_holdout187.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(187_2026_1207)
MINORITY_GROUPS = ("mongolian", "hui", "yi", "tibetan")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "yi": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "139", "150", "152", "157", "159", "177", "178", "180", "182", "183", "185", "188",
                   "193", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1481: Oirat Mongolian mother from 温泉县 (博尔塔拉) in 天峨 (六排镇); her Zhuang husband, met when he served on the
# border, died of liver cancer; her daughter wears a cochlear implant.
DOCS["H1481"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：新疆来的，{{trap/place:博尔塔拉}}{{trap/place:温泉县}}，蒙古族。我叫{{minority/mongolian:其米格·班扎尔}}，前头是我的名字，后头是我阿爸的名字，我们新疆蒙古人都这么起。这边人念不来，都喊我{{han:韦大嫂}}，跟我男人的姓。
访谈者：怎么嫁到天峨来的？
受访者：我男人{{han:韦国良}}当兵当到我们那边，守边防。退伍那年把我带回{{trap/place:天峨}}，那阵我二十三，头一回看见这么多山，{{trap/place:红水河}}的水黄汤汤的，吓我一跳。头两年我听不懂这边的话，他们讲桂柳话，又讲壮话，买个菜都要比划，我躲在屋里哭了好几回，想回新疆。
访谈者：您爱人现在……
受访者：走了三年了，肝癌，从查出来到走才五个月。{{han:韦国良}}他走之前拉着我的手讲，两个娃娃莫带回新疆，让他们在他爸的地方长大。看病欠了八万多，都是亲戚借的，到现在还没还完。办完丧事，社区给我们报了低保，三口人一个月{{trap/number:一千一百多}}。
访谈者：孩子们多大？
受访者：儿子{{minority/mongolian:韦阿穆尔}}，我们喊他{{minority/mongolian:穆尔}}，十二了，在{{school:天峨县六排镇第二小学六年级（4）班}}。女儿八岁，户口上写{{minority/mongolian:韦苏布达}}，我们喊她{{minority/mongolian:苏布}}。她生下来耳朵就听不见，三岁在{{trap/place:南宁}}做了人工耳蜗，现在在{{school:天峨县城北小学二年级3班}}。
访谈者：孩子的耳朵现在怎么样？
受访者：能听见一些，要戴着机器。康复中心的{{compound:上官蔓菁}}老师教了她四年讲话，她头一回喊出“{{trap/minority_word:额吉}}”，我跟{{compound:上官蔓菁}}两个抱着哭。机器的电池、线圈老坏，一换就是几千块。县残联的{{han:佘海英}}帮她办了残疾证，两项补贴每个月{{trap/number:一百二十元}}，又报了困境儿童。她睡觉要把机器摘下来，夜里打雷她听不见，我就抱着她睡。早上一戴上，头一句就问阿妈今天下不下雨。
访谈者：您自己做什么工作？
受访者：李子熟的时候在{{han:蒙德光}}合作社分拣{{trap/word:珍珠李}}，过了季就去扶贫车间缝书包。老板晓得我难，让我计件，娃娃放学我可以先走。一个月挣两千出头，够吃饭，不够看病。
访谈者：家里还有老人吗？
受访者：婆婆{{han:农玉梅}}在{{trap/place:坡结}}老家，七十三了。{{trap/word:农忙}}的时候我带娃娃回去帮她掰玉米，{{han:农玉梅}}就给孙子孙女蒸{{trap/minority_word:五色糯米饭}}。她不会讲普通话，我不会讲壮话，两个比划着讲，倒也讲得通。
访谈者：谁帮你们最多？
受访者：社区的儿童主任{{han:班秀英}}。{{trap/word:班上}}有同学笑{{minority/mongolian:苏布}}耳朵上挂个收音机，是{{han:班秀英}}去学校找的老师。{{minority/mongolian:苏布}}的班主任{{han:言晓燕}}讲，她专门上了一堂课讲耳蜗是哪样，讲完再没人笑了。{{minority/mongolian:穆尔}}的班主任姓侬，{{han:侬老师}}给他免了午餐费。
访谈者：儿子懂事吗？
受访者：太懂事了，我倒是怕。他爸走了以后他就不哭了，放学就煮饭，周末去给{{han:蒙德光}}搬箱子，挣个十块二十块交给我。去年冬天我发烧起不来，他一个人背着妹妹走了四十分钟去卫生院。他会弹几下{{trap/minority_word:托布秀尔}}，是我阿爸寄来的，他弹，我就讲{{trap/famous:江格尔}}给他们听。
访谈者：老家还有人吗？
受访者：阿爸{{minority/mongolian:班扎尔}}七十了，还在{{trap/place:赛里木湖}}边上放羊。我哥{{minority/mongolian:吉格米德‧班扎尔}}每年秋天卖了羊给我打五千块。在南宁我认得一个蒙古族姐妹{{minority/mongolian:塔木嘎}}，在医院当护士，娃娃做手术那阵，她天天来陪我。
访谈者：孩子们会讲蒙古话吗？
受访者：不会。两个娃娃讲桂柳话、讲壮话，就是不会讲蒙古话。我教他们数一二三，儿子学会了，女儿耳朵不好，学得慢。
访谈者：想过回新疆吗？
受访者：想过。回去有阿爸，有草场，可娃娃的户口、学校、补助都在这边，女儿的耳蜗还要去南宁调机。我男人也埋在这边山上，清明我要去给他烧纸。
访谈者：登记的信息请您说一下。
受访者：住{{address:天峨县六排镇峨山路廉租房6栋2单元301}}，老家{{address:温泉县安格里格乡布音塔拉村二组17号}}。我的身份证{{id_number@wy1986spaced.652723}}，{{minority/mongolian:苏布}}的{{id_number@wy2017fw.451222}}。电话{{mobile@s434}}，{{han:班秀英}}的{{mobile@h38}}。微信{{wechat:qimige_banzar}}。儿子有个QQ，他怕我记不住，用胶布贴在电饭锅上：{{qq:658203917}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。低保表上是{{minority/mongolian:其米格班扎尔}}，银行卡上是{{minority/mongolian:其米格.班扎尔}}，学校的表不晓得用的哪样输入法，打成{{minority/mongolian:其米格・班扎尔}}。残联的表一个字一个空：{{spaced:其 米 格 · 班 扎 尔}}。女儿在医院单子上是{{spaced:韦　苏布达}}，儿子是{{spaced:韦 阿 穆 尔}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:苏布}}跟别的娃娃一样上学讲话，盼{{minority/mongolian:穆尔}}莫太早当大人。
""")

# H1482: Hui grandmother from 同心 (宁夏) in 天峨 (向阳镇), raising the two children of her son, a welder who came to
# build the dam and was killed on the road; their Zhuang mother left and cannot be found.
DOCS["H1482"] = ("family", """\
访谈者：奶奶，您是宁夏来的？
受访者：{{trap/place:同心}}的，回族。我叫{{han:锁彩霞}}，经名{{minority/hui:纳菲莎}}。这边人没听过锁这个姓，都{{trap/word:纳闷}}，问我家是不是开锁的。我就让他们喊我{{han:纳奶奶}}，跟孙子的姓。
访谈者：怎么到天峨来的？
受访者：儿子{{han:纳文亮}}，经名{{minority/hui:苏菲扬}}，十几年前跟人来{{trap/place:龙滩}}修电站，当焊工。在这边认得了{{trap/place:向阳镇}}的壮族姑娘{{han:闭丽萍}}，成了家，生了一儿一女。前年腊月，{{minority/hui:苏菲扬}}骑摩托在国道上叫货车撞了，当场就{{trap/minority_word:无常}}了。我六十六了，从来没出过远门，头一回坐飞机就是来奔丧。
访谈者：孩子妈妈呢？
受访者：{{han:闭丽萍}}办完事就去了广东，头半年还打电话，后来号码停了，人也找不见了。我从同心赶过来，那阵一{{trap/word:闭眼}}就是儿子。娃娃天天问妈妈去哪了，我讲去广东挣钱了。孙女信，孙子不信，他十岁了，晓得。
访谈者：孩子们多大了？
受访者：孙子{{han:纳宇轩}}十岁，经名{{minority/hui:阿齐兹}}，在{{school:天峨县向阳镇中心小学四年级（2）班}}。孙女{{han:纳琬婷}}七岁，经名{{minority/hui:苏姆叶}}，在{{school:向阳镇中心小学一年级一班}}。在家我喊他们{{minority/hui:阿齐兹}}、{{minority/hui:叶叶}}，学校老师点名念成{{minority/hui:纳阿齐兹}}，全班都跟着喊。
访谈者：谁在帮你们？
受访者：我啥都不懂，{{trap/word:于是}}{{han:于凤岚}}一趟一趟跑，她是村里的儿童主任，给两个娃报了事实无人抚养，每个娃每月{{trap/number:一千一百五十块}}。钱打到卡上我不会看，每个月她带我去信用社查一回。镇民政办的{{han:过满仓}}，{{han:过满仓}}过年前来送米送油，又帮我把低保办了。娃娃半夜发烧，我就给{{han:于凤岚}}打电话，或者{{han:者永福}}，他有车。他是县城卖牛肉的回民，清真的肉全靠他送。
访谈者：孩子们怎么样？
受访者：{{minority/hui:阿齐兹}}话少，他爸走了以后一年没笑过。他爸的照片他放在书包夹层里，谁也不让碰，有一回同学抢去看，他跟人打了一架，老师叫我去，我一进门他就哭了。班主任{{han:卜丽娟}}老师给他找了个社工，叫{{compound:司徒砚秋}}，每个礼拜陪他下棋。学校食堂也是{{han:卜丽娟}}去讲的，给两个娃单做一个不放猪油的菜。头一回开家长会，我坐在后头，一句都没听懂。{{han:卜丽娟}}她家种菜，常给我送萝卜白菜。{{minority/hui:叶叶}}爱哭，夜里找妈妈，我就抱着她念经。她画了一张全家福，爸爸、妈妈、哥哥、她跟我，妈妈画得最大。
访谈者：补助够用吗？
受访者：够吃饭。两个娃的补助加上低保，比在同心种地强。就是娃娃长得快，衣服鞋子一年换两回，学校要交的资料费、校服钱，零零碎碎也不少。
访谈者：在这边生活习惯吗？
受访者：不惯。这边潮，夏天闷得人喘不过气，我的腿一下雨就疼。吃的更难，馆子不敢进，这边人吃米粉，我吃不惯，自己擀面条，娃娃倒是两样都吃。
访谈者：做礼拜方便吗？
受访者：天峨没有清真寺，要去{{trap/place:河池}}。{{trap/minority_word:开斋节}}我带娃娃坐班车去，寺里的{{han:丁阿訇}}给娃娃讲{{trap/famous:马本斋}}的故事。我在家炸{{trap/minority_word:油香}}，娃娃拿去分给同学，同学都抢着吃。
访谈者：老家还有亲人吗？
受访者：老汉{{han:纳忠义}}五年前就{{trap/minority_word:无常}}了。我兄弟{{han:锁建成}}，经名{{minority/hui:札法尔}}，在同心种枸杞，{{minority/hui:札法尔}}年年寄两箱枸杞来，叫我回去。可娃娃在这边上惯了学，补助也在这边。经名他们都晓得，经念得不全，他们讲这边的话，我讲同心话，有时候谁也听不懂谁，三个人就笑。
访谈者：您最担心什么？
受访者：担心我哪天倒了。我有高血压，医生讲要少吃盐，我哪里顾得上。我要是走了，娃娃就真没人了。他们外婆在向阳镇，身体也不好，自己还要靠儿子养。
访谈者：还有谁帮过？
受访者：县里的志愿者{{compound:端木蘅}}给孙女买了书包，她讲暑假还来。
访谈者：登记信息请您说一下。
受访者：住{{address:天峨县向阳镇纳洞村弄平屯8号}}，老家{{address:同心县预旺镇南关村四组26号}}。我的身份证{{id_number@wold.640324}}，孙子的{{id_number@my2015hyphen.451222}}，孙女的{{id_number@wy2018quad.451222}}。我不会打字，电话{{mobile@plain}}，{{han:于凤岚}}的{{mobile@p86h}}。孙子的QQ是{{qq:20481937}}，微信是村里帮我开的，叫{{wechat:nafisa_nana}}。
访谈者：表上的名字写对了吗？
受访者：低保表上我是{{spaced:锁　彩　霞}}，经名写成{{spaced:纳 菲 莎}}，孙子写成{{spaced:纳 阿 齐 兹}}，孙女写成{{spaced:纳 琬婷}}。
访谈者：您最盼什么？
受访者：盼我多活几年，把两个娃送进初中。托靠主，{{minority/hui:阿齐兹}}长大了当个医生。等他们长大了，我就回同心，埋在老汉旁边。
""")

# H1483: Yi grandfather from 布拖 (凉山) in 乐业 (甘田镇), a hand in a kiwi orchard, raising with his wife the two
# children of their son, who died of silicosis; the children's Zhuang mother has a psychiatric disability.
DOCS["H1483"] = ("family", """\
访谈者：老人家，您是从凉山来的？
受访者：{{trap/place:布拖}}的，彝族。我叫{{minority/yi:阿侯·吉则}}，阿侯是家支的名，后头两个字才是我的名字。身份证上写{{minority/yi:阿侯吉则}}，中间没有点。乡里给起了个汉名叫{{han:侯顺德}}，这边果园老板都喊我{{han:侯老者}}。
访谈者：怎么来乐业的？
受访者：十二年前跟儿子出来打工，到{{trap/place:甘田}}摘{{trap/word:猕猴桃}}。那时候一个人一天八十块，住在果园的棚子里，下雨漏水，后来老板给我们盖了两间砖房。儿子{{minority/yi:阿侯·拉且}}在这边认得了{{han:黄月娥}}，成了家。他年轻时在{{trap/place:凉山}}下过几年矿，肺坏了，尘肺，前年冬天走的，才三十四。最后那半年他喘不上气，晚上坐着睡，我跟老伴轮流给他捶背。他讲，{{trap/minority_word:阿达}}，两个娃娃交给你了。骨灰我们带回了布拖，请{{trap/minority_word:毕摩}}给他送的魂。
访谈者：孩子妈妈呢？
受访者：{{han:黄月娥}}有精神病，发起来认不得人，残疾证二级，一直住在娘家，她哥{{han:黄月明}}管着。娃娃就我跟老伴带。老伴叫{{minority/yi:吉伍·史嫫}}，我们彝族女的不随男人的姓。{{minority/yi:吉伍史嫫}}只会讲彝话，一句汉话都不会。早上她起来烧火煮洋芋，煮一锅，娃娃带去学校当早饭。她想回布拖，想山上的荞麦、洋芋，这边太热，{{trap/minority_word:察尔瓦}}都披不住。可她舍不得两个娃，讲死也要看着他们长大。
访谈者：孙子孙女多大了？
受访者：孙子{{minority/yi:侯史铁}}十一岁，户口上就这么写，汉姓加彝名，在{{school:乐业县甘田镇中心小学五年级（3）班}}。我们喊他{{minority/yi:史铁}}，他{{trap/minority_word:阿嫫}}那边的人喊他{{minority/yi:阿铁}}。孙女{{minority/yi:侯乌嫫}}八岁，在{{school:甘田镇达道小学二年级（1）班}}。在家我教她讲{{minority/yi:阿侯乌嫫}}，家支的名字要记住。两个娃在学校讲普通话，回家跟奶奶讲彝话，去外婆家讲壮话，三样话都会，比我强。
访谈者：靠什么生活？
受访者：我在{{han:罗才旺}}的果园管树，一个月两千五。{{han:罗才旺}}才三十出头，人厚道，去年给我涨了三百。老伴在家喂猪、种包谷。村里的儿童主任{{han:零美华}}给两个娃报了困境儿童，每个月{{trap/number:九百五十元}}，我们家也进了低保。{{han:零主任}}来一回就给娃娃塞{{trap/word:零钱}}，我不要，她硬塞。学校有营养餐，一天一个鸡蛋一盒奶，孙女舍不得喝，拿回来给奶奶。
访谈者：孩子们学习怎么样？
受访者：{{minority/yi:史铁}}数学好，汉字写得丑，班主任{{han:麻秋平}}不嫌{{trap/word:麻烦}}，放学留他写字，一个字写二十遍。孙子爱踢球，鞋子一学期踢坏两双，他讲长大要去当兵。{{minority/yi:侯乌嫫}}胆子小，一年级一整年不敢讲话，是她的班主任{{han:莫秋莲}}把她领上台唱彝族歌，她才开口。她跟我讲，老人家你{{trap/word:莫急}}，娃娃慢慢来。
访谈者：孩子们想爸爸吗？
受访者：想。孙子把他爸的照片贴在床头，孙女还小，记不得爸爸的样子，就去问哥哥。
访谈者：补助够用吗？
受访者：够。两个娃每月有钱，家里有低保，我还有工钱，比在布拖强多了。以前在老家一年到头吃洋芋，娃娃没见过鸡蛋。就是看病贵，老伴眼睛有白内障，讲了两年都没去做。
访谈者：孩子身体好吗？
受访者：{{minority/yi:史铁}}去年得了肺炎，县医院的{{compound:诸葛延龄}}医生看好的。孙子讲那个医生跟{{trap/famous:诸葛亮}}一个姓，病好了天天拿把扇子学人家摇。
访谈者：你们过彝族的节吗？
受访者：过。{{trap/minority_word:火把节}}那天我杀只鸡，老伴做{{trap/minority_word:坨坨肉}}，我给娃娃讲{{trap/famous:支格阿鲁}}射太阳。老家乡里的{{minority/yi:吉克书记}}也是彝族，打电话来，讲家支里凑了钱，让{{minority/yi:阿铁}}放假回布拖看看。
访谈者：社工来过吗？
受访者：县社工站的{{compound:夏侯晓丹}}每个月来，帮我看补助到没到。她同事{{compound:宇文书航}}教娃娃用电脑。我跟他们讲{{trap/minority_word:卡莎莎}}，就是谢谢。
访谈者：想过回布拖吗？
受访者：想过。可回去住哪里？老家的房子塌了，地也给了别人。我七十四了，爬树剪枝一天比一天吃力，老板讲你莫爬了，在下面捡果子就行。这边的人对我们好，我就在这边把骨头放下。
访谈者：登记信息请您说一下。
受访者：住在{{address:乐业县甘田镇达道村板洪屯14号}}，老家{{address:布拖县拖觉镇吉勒村二组9号}}。我的身份证{{id_number@moldx.513429}}，{{minority/yi:史铁}}的{{id_number@my2014tri.451028}}。电话{{mobile@spaced}}，{{han:零美华}}的{{mobile@s74}}。她帮我开了个微信，叫{{wechat:Ahou_Jize}}。孙子有QQ，号码他刻在铅笔盒盖上：{{qq:1375092648}}。
访谈者：名字在表上写对了吗？
受访者：乱得很。医院单子上是{{spaced:阿 侯 · 吉 则}}，学校写成{{spaced:侯 乌 嫫}}，还有一张写成{{spaced:阿侯 史铁}}。
访谈者：您最盼什么？
受访者：盼两个娃读出书来，莫像我一样不识字。
""")

# H1484: Kham Tibetan mother from 理塘 in 乐业 (同乐镇); her Zhuang husband, met in a Chengdu hotpot kitchen, is
# paralysed after a fall from a scaffold at a scenic site; her daughter had heart surgery.
DOCS["H1484"] = ("family", """\
访谈者：您是四川的藏族？
受访者：{{trap/place:甘孜}}{{trap/place:理塘}}的。我叫{{minority/tibetan:呷让娜姆}}，这边的人记不住，喊我藏族大姐，我男人家的亲戚喊我{{minority/tibetan:岑娜姆}}，把他的姓安在我名字前头。
访谈者：怎么嫁到乐业来的？
受访者：十几年前我在{{trap/place:成都}}的火锅店端盘子，{{han:岑家伟}}在后厨切菜。那时候我十九岁，汉话只会讲你好、谢谢，是他一句一句教我的。他讲他家在广西的山里，有个大坑叫{{trap/place:大石围}}，比理塘的草原还好看。我不信，就跟他来了，一看，真的是个大坑。
访谈者：您爱人身体怎么样？
受访者：瘫了。四年前他在景区修栈道，从架子上摔下来，腰断了，下半身没知觉。残疾证一级，两项补贴每个月三百多。{{han:岑家伟}}他现在天天躺在床上，脾气坏，摔碗，娃娃不敢进他屋。刚摔的那年他想不开，不吃饭，讲拖累我们，我跟他讲，你活着，娃娃就有爸爸。
访谈者：家里经济怎么样？
受访者：紧。他的药、尿垫一个月要五六百，娃娃读书也要钱。景区赔了一点，都拿去还了看病的账。早上五点我起来给他翻身、擦洗，做好饭再去上班，晚上回来还要给他按腿，医生讲不按肌肉就坏了。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:岑旺修}}，学名{{han:岑志远}}，十三岁，在{{school:乐业县第一初级中学七年级（2）班}}。女儿{{minority/tibetan:岑色珍}}九岁，在{{school:同乐镇第三小学三年级4班}}。在家喊儿子{{minority/tibetan:修修}}，喊女儿{{minority/tibetan:珍珍}}。{{minority/tibetan:珍珍}}生下来心脏有个洞，六岁在{{trap/place:南宁}}做的手术，主刀的医生叫{{compound:南宫亦舒}}，钱是慈善基金出的。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:从春兰}}。{{han:从春兰}}{{trap/word:从来}}不嫌我汉话讲不好，表都是她帮我填。两个娃报了困境儿童，一个月{{trap/number:一千零二十元}}，我们家也是低保。民宿老板{{han:凌云飞}}是{{trap/place:凌云}}人，让我在他那里做饭、打扫，一个月两千二，中午能回家给男人翻身。老板讲我打的酥油茶客人爱喝，专门在菜单上加了一样。我腰不好，是搬男人搬的，可我不敢病，我病了这个家就倒了。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:修修}}成绩中等，爱打篮球。有同学喊他“藏獒”，他打了人家，班主任{{han:盘金凤}}老师罚了他，也罚了喊外号的。{{han:盘金凤}}是瑶族，她讲她们过{{trap/minority_word:盘王节}}，就让{{minority/tibetan:修修}}在班会上讲讲{{trap/minority_word:藏历年}}。女儿做过手术，跑不得跳不得，体育课只能坐在旁边，同学跳绳，她就帮人家数数。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子放学先回来给他爸喂饭、倒尿壶，再去打篮球。女儿给爸爸讲学校的事，讲得他笑。有时候儿子一个人坐在门口发呆，我问他想哪样，他讲想快点长大，挣钱给爸爸买个电动轮椅。
访谈者：您爱人那边的家人呢？
受访者：公公{{han:岑德海}}七十了，在{{trap/place:逻沙}}老家种玉米。小叔子{{han:岑家俊}}在东莞打工，过年回来给他哥擦身子。
访谈者：老家还有人吗？
受访者：阿爸阿妈在理塘放牦牛。我哥{{minority/tibetan:益西邓珠}}在{{trap/org:长青春科尔寺}}当喇嘛，去年来乐业看我们，给他妹夫念了三天经，给两个娃戴了{{trap/minority_word:哈达}}。我阿妈叫{{minority/tibetan:贡秋拉措}}，每个礼拜打视频，一看见{{minority/tibetan:珍珍}}胸口的疤就哭。两个娃会讲一点藏话，讲桂柳话比藏话溜。儿子讲，阿妈，你讲的藏话跟电视上的不一样，我讲我们康巴人就是这样讲。
访谈者：您想家吗？
受访者：想。这边热，湿，我头两年浑身起疹子。吃不惯米粉，就自己炒青稞，拌{{trap/minority_word:糌粑}}，儿子爱吃，女儿嫌干。晚上我唱{{trap/famous:仓央嘉措}}的歌给他们听，他讲过，借我一双翅膀，飞到理塘转一转就回来。
访谈者：社工来过吗？
受访者：县社工站的{{compound:钟离望川}}每个月来，给我男人做心理疏导，他现在不摔碗了。还有个志愿者叫{{compound:赫连牧之}}，周末教{{minority/tibetan:修修}}打篮球。
访谈者：登记信息请您说一下。
受访者：住在{{address:乐业县同乐镇火卖村那贵屯21号}}，老家{{address:理塘县格木乡德西村3组5号}}。我身份证{{id_number@wy1988fwhyphen.513334}}，{{minority/tibetan:修修}}的{{id_number@my2012spaced.451028}}。电话{{mobile@plus86}}，{{han:从春兰}}的{{mobile@fullwidth}}。微信{{wechat:garang_namu}}。儿子的QQ是{{qq:３０８５４１７２６}}。
访谈者：名字在表上写对了吗？
受访者：低保表上写成{{spaced:呷　让　娜　姆}}，儿子写成{{spaced:岑 旺 修}}，我哥来登记住宿，写成{{spaced:益西 邓珠}}，我阿妈写成{{spaced:贡 秋 拉 措}}。
访谈者：您最盼什么？
受访者：盼男人能坐起来，盼两个娃平平安安。等娃娃大了，我想带他们回理塘看看草原，看看外婆。{{trap/minority_word:扎西德勒}}。
""")

# H1485: Zhuang 儿童主任 of a village in 甘田镇 (乐业), going through the families on her phone list.
DOCS["H1485"] = ("staff", """\
访谈者：{{han:零主任}}，您当儿童主任几年了？
受访者：五年了。我叫{{han:零美华}}，{{trap/place:甘田镇}}达道村的，壮族。零是{{trap/word:零分}}的零，小时候同学拿这个笑我。原来在村里当妇女主任，后来兼了儿童主任，一个月补贴几百块，事多得很。
访谈者：村里有多少困境儿童？
受访者：在册十一个。通讯录里我都存着，我翻着跟你讲。
受访者：头一家，彝族{{han:侯老者}}家。{{minority/yi:侯史铁}}、{{minority/yi:侯乌嫫}}两兄妹，爸爸没了，妈妈{{han:黄月娥}}精神残疾。爷爷{{minority/yi:阿侯·吉则}}七十多了，还在果园干活。他不识字，认得孙子的名字，我就存成“{{minority/yi:史铁}}爷爷”，他打来我一看就晓得。他还要爬树剪枝，我劝他莫爬了，他不听。他家我最放心不下，奶奶只会讲彝话，我讲壮话，两个人比手画脚。
受访者：第二家，{{han:覃又红}}又当奶奶又当妈，六十多了，天天一早背着背篓上山，晚上回来给两个孙煮饭。儿子{{han:韦建新}}偷电缆判了三年，儿媳跑了。两个孙，大的{{han:韦振宇}}，小的{{han:韦丽丹}}。我们壮话喊男娃前头加个特，女娃加个达，村里都喊{{han:特宇}}、{{han:达丹}}。服刑人员子女补助一个月{{trap/number:八百六十元}}。她讲大孙是她的{{trap/word:长孙}}，将来要靠他。
受访者：第三家，孤儿{{han:侬秀梅}}，十四岁，爸妈都病死了。她跟舅舅过，舅舅在村口开了个“{{han:梁有田}}养猪场”，她就住在猪场边上的小屋。孤儿基本生活费一个月{{trap/number:一千四百八十元}}。这个妹崽懂事得很，周末帮舅舅喂猪，一身猪屎味也不嫌。{{han:侬秀梅}}她成绩好，在{{school:乐业县第二初级中学八年级（5）班}}，想考{{trap/place:百色}}高中。
受访者：第四家是瑶族，{{han:蓝光明}}，十岁，脑瘫，坐轮椅。他妈{{han:磨春燕}}天天在家{{trap/word:磨豆腐}}卖，他爸在广东，一年寄几回钱，过年也不回。两项补贴加困境儿童，一个月一千出头。他家住在半山坡上，轮椅推不出门，去年村里修了条水泥路，他头一回自己摇着轮椅到村口看车。
访谈者：补助发下来以后，您还管什么？
受访者：管的多了。看钱是不是花在娃娃身上，看娃娃有没有上学、有没有吃饱、有没有人打。有一户把孤儿的钱拿去买摩托，我跟镇上讲了，后来钱改成打到娃娃自己的卡上。
访谈者：这么多户，您跑得过来吗？
受访者：跑不过来也要跑。一个月入户一遍，逢年过节再跑一遍。镇民政办的{{han:禤志明}}管我们十几个村，他讲他这个姓全县没几个。社工站派了{{compound:皇甫嘉澍}}跟那个坐轮椅的娃，派了{{compound:濮阳蕙心}}给{{han:侬秀梅}}做心理辅导。
访谈者：有没有特别难办的？
受访者：有。{{han:韦振宇}}他爸在里面，学校里有人喊他“劳改崽”，他被人笑了就逃学。我找了他班主任{{han:佘月琼}}，她让全班签了个不骂人的公约。县里培训的时候，同乐镇的{{han:从春兰}}跟我讲，她那边有个藏族妹崽{{minority/tibetan:岑色珍}}做过心脏手术，我们两个约好，有哪样难事互相问。
访谈者：村里的娃娃平时谁管作业？
受访者：多半没人管。爷爷奶奶不识字，爸妈在广东。村委会腾了一间屋做儿童之家，放学以后娃娃来写作业，我跟志愿者轮流看着。有的娃普通话、壮话两样都讲不好，我就教他们读绘本。夏天有电扇，冬天有火炉，娃娃都爱来。
访谈者：最难的是什么？
受访者：是手续。复印件、证明、照片，差一样就退回来。老人不识字，我就帮着跑，一趟县城来回四个钟头。
访谈者：您自己家呢？
受访者：我男人{{han:罗德才}}在百色跑货车，婆婆帮我带两个娃。{{trap/minority_word:三月三}}那天我也在村里跑，娃娃怪我不陪他们去赶{{trap/minority_word:歌圩}}。
访谈者：您手机里还存了谁？
受访者：{{han:覃又红}}的电话{{mobile@hyphen}}，{{han:梁有田}}的{{mobile@plus86dash}}。村里娃娃有个QQ群，群号{{qq:795310284}}，{{han:侬秀梅}}的QQ是{{qq:2860417359}}。我工作微信{{wechat:ling_meihua-dd}}。
访谈者：登记信息呢？
受访者：{{han:覃又红}}家在{{address:甘田镇达道村弄林屯5号}}，{{han:蓝光明}}家在{{address:甘田镇夏福村坡怀屯17号}}。{{han:侬秀梅}}的身份证{{id_number@wy2011fwspaced.451028}}，{{han:覃又红}}的{{id_number@woldhyphen.451028}}。
访谈者：表上的名字有错吗？
受访者：多得很。有写成{{spaced:侬　秀　梅}}的，有写成{{spaced:覃 又红}}的，社工的名字也写成{{spaced:皇 甫 嘉 澍}}。
访谈者：干这个累吗？
受访者：累。一年到头电话不敢关，半夜响了也要接。可看着{{han:侬秀梅}}考了全年级第三，我就想，值。她讲长大要当护士，回村里来。我盼{{han:侬秀梅}}能考上百色高中，盼那个坐轮椅的娃能去县里的特教学校。
""")

# H1486: Han officer of the county women's federation in 天峨.
DOCS["H1486"] = ("official", """\
访谈者：{{han:冼主席}}，您在县妇联分管什么？
受访者：儿童和家庭这块。我叫{{han:冼雪琴}}，冼是{{trap/famous:冼星海}}的冼，我们这边这个姓少。在妇联干了十一年，以前在乡里当计生专干，哪个村哪条路我都走过。
访谈者：妇联在困境儿童这块做什么？
受访者：民政管钱，我们管人。低保、孤儿基本生活费、事实无人抚养，是{{trap/org:天峨县民政局}}发；我们管春蕾、管家庭教育、管{{trap/org:妇女儿童之家}}。哪家打老婆，哪家要把妹崽早早嫁出去，我们就去。春蕾计划一个妹崽一年一千五，不多，可对山里的人家来讲，够一个学期的伙食。我们还办家长学校，教爷爷奶奶怎么跟孙子讲话，莫一开口就骂。
访谈者：能讲几个例子吗？
受访者：{{han:纳琬婷}}，回族妹崽，爸爸车祸走了，妈妈也走了，跟宁夏来的奶奶过。我们把她报进了春蕾计划。她奶奶{{han:锁彩霞}}见了我就讲{{trap/minority_word:色俩目}}，我现在也学会回一句了。奶奶听不太懂我们讲话，都是孙子给她翻译。
受访者：{{minority/mongolian:其米格·班扎尔}}，蒙古族，男人病死了，女儿{{minority/mongolian:苏布}}戴人工耳蜗。我们帮{{minority/mongolian:其米格}}进了扶贫车间，车间里都喊她{{minority/mongolian:米格}}姐。她讲话直，讲不要我们可怜她，要一份活干。她女儿的耳蜗外面那部分三五年要换一次，一换好几万，我们找了残联、找了慈善会，凑了一半。
受访者：{{han:盘秀兰}}，{{trap/place:八腊}}的瑶族妹崽，十五岁，家里收了彩礼要她嫁人。她自己打了{{trap/hotline:12338}}，我们连夜赶过去。到的时候家里已经摆了酒席，男方家的人都来了。她爸{{han:盘进贤}}讲，我们瑶族一直是这样。我讲，法律不是这样。我跟派出所、乡里的干部一起，跟他讲了一个晚上，讲到天亮，彩礼退回去了。后来{{han:盘秀兰}}回了学校，在{{school:天峨县民族中学九年级（3）班}}。
受访者：还有一个家暴的。女的叫{{han:韦金莲}}，男的喝了酒就打，打到娃娃跪着求。她身上青一块紫一块，去医院验伤还讲是自己摔的。{{han:韦金莲}}却一直不肯离，讲离了娃娃没有家。是她女儿{{han:罗晨曦}}在作文里写“我家的门是用来摔的”，语文老师{{han:卜再兴}}再三问，她才讲了。{{han:卜再兴}}把作文拍给我，我一夜没睡。后来法院发了人身安全保护令，男的搬出去了。现在她在超市当收银员，娃娃成绩也上来了。
访谈者：这些事你们怎么发现的？
受访者：靠儿童主任报，靠学校报，也靠娃娃自己打电话。我们在每个学校门口贴了海报，写着{{trap/hotline:12338}}，有的娃娃把号码抄在手心里。也有邻居打来的，讲隔壁天天听见娃娃哭。
访谈者：你们人手够吗？
受访者：不够，妇联一共六个人。靠志愿者，{{trap/place:南宁}}来的大学生{{compound:欧阳禾笙}}和{{compound:申屠子骞}}暑假在八腊办了夏令营，县里巾帼志愿队的队长叫{{compound:乐正秋禾}}，带着一帮退休女教师给娃娃辅导作业。大学生教娃娃画画、唱歌，临走的时候娃娃抱着她们哭，不让走。我自己也有个女儿在南宁读大学，她讲妈妈你管别人家的娃比管我还多。
访谈者：山里的女孩子读书情况怎么样？
受访者：比以前好多了。以前初中读完就出去打工，现在多数能读到高中。可还是有早早嫁人的，有跟着男朋友跑到广东的，我们一年要劝回来好几个。
访谈者：跟村里怎么配合？
受访者：每个村有儿童主任，一个季度开一次会。向阳镇的{{han:于凤岚}}，六排的{{han:班秀英}}，都是老手。我建了个微信群，一百多个儿童主任都在里面，我的微信是{{wechat:xianxq_tefulian}}，半夜也能找到我。妇联还有个QQ，娃娃不敢打电话就发消息：{{qq:３６１７０９４２８}}。
访谈者：名单上的信息请您念一下，我核一核。
受访者：{{han:盘秀兰}}，身份证{{id_number@wy2010hyphen.451222}}，家在{{address:天峨县八腊瑶族乡五福村纳合屯3号}}。{{han:罗晨曦}}，身份证{{id_number@wy2013fwx.451222}}，现在跟妈妈住{{address:天峨县六排镇向阳路47号2楼}}，{{han:韦金莲}}的电话{{mobile@plus86spaced}}。
访谈者：表上名字写错的多吗？
受访者：多。春蕾名单上写成{{spaced:盘 秀 兰}}，我的名字写成{{spaced:冼　雪　琴}}，大学生写成{{spaced:欧 阳 禾 笙}}。那个蒙古族大姐更乱，有一张写成{{spaced:其米格 · 班扎尔}}，点前点后都空一格。
访谈者：这些年最高兴的是什么？
受访者：是前年收到一个妹崽的信，她考上了师范，讲毕业了回八腊教书。我把信贴在办公室墙上，天天看。
访谈者：最后想说什么？
受访者：妹崽也是娃，也要读书。她讲她想当老师，我讲，我等着你，{{han:盘秀兰}}。
""")

# H1487: Yao village doctor in 八腊瑶族乡 (天峨) talking about a boy with thalassaemia and a girl orphaned by a
# landslide.
DOCS["H1487"] = ("staff", """\
访谈者：{{han:蒙医生}}，您在村里当村医多少年了？
受访者：十九年了。我叫{{han:蒙世昌}}，蒙是{{trap/minority_word:蒙古族}}的蒙，可我是瑶族，{{trap/place:八腊瑶族乡}}土生土长。我们村在山顶上，到乡里要走一个钟头山路，到县城要三个钟头。卫生室就我一个人，量血压、打针、开药、送药都是我。
访谈者：您想讲的是哪个孩子？
受访者：{{han:粟家豪}}，九岁，重型地贫，就是地中海贫血。每个月要去{{trap/org:河池市人民医院}}输一回血，不输就脸黄、走不动路。我们广西地贫多，结婚前要查，他爸妈那时候没查，两个都是携带者，娃娃一岁多就脸白，一直以为是没吃饱。他妈生了他第二年就走了，他爸{{han:粟正华}}在广东打工，一年回来一回。娃娃跟着奶奶过，我们喊{{han:粟奶}}。
访谈者：奶奶身体怎么样？
受访者：七十一了，高血压，耳朵也背，背也驼了，还要上山砍柴。我跟她讲你莫去了，摔一跤就起不来，她讲不去，娃娃冬天烤哪样。我每个礼拜上门给她量一回血压，顺便看看娃娃的脸色。{{han:粟家豪}}喊我{{han:蒙伯}}，一看见我就问，{{han:蒙伯}}，我这个月要不要去河池？去河池要坐三个钟头的车，早上五点出门，输完血天黑才回来。奶奶晕车，一路吐，娃娃就拿塑料袋帮奶奶接着。他还要吃排铁的药，一天不能落，我在他床头贴了张表，吃一次打个勾。地贫的娃娃长期输血，铁会堆在身上，伤心伤肝，所以要排。
访谈者：孩子自己知道自己的病吗？
受访者：知道。他讲他的血是坏的，要换好的。有一回输血回来，他问我，{{han:蒙伯}}，我身上有别人的血了，是不是就有两个人陪我了。我听了，眼泪都出来了。
访谈者：输血的钱怎么办？
受访者：医保报一大半，剩下的民政医疗救助兜底。村里的儿童主任{{han:廖小凤}}给他报了困境儿童，每个月{{trap/number:一千零五十元}}。输血那天{{han:廖小凤}}倒是比他奶奶还急，一大早就在村口等车。
访谈者：孩子上学怎么样？
受访者：在{{school:八腊瑶族乡中心小学三年级（2）班}}，一个月请两天假去输血，功课跟不上。他上课爱趴着，不是懒，是没力气，输完血那几天才像个娃娃样，满操场跑。班主任{{compound:司马冠霖}}给他补课，{{compound:司马冠霖}}讲这个娃聪明，就是累。
访谈者：村里还有别的困境儿童吗？
受访者：有。{{han:蓝小月}}，十二岁，爸妈前年修屋遇上山体滑坡，两个都走了。那天我是头一个赶到的，从泥里扒出来，人已经没气了，娃娃在学校，逃过一劫。她跟大伯{{han:蓝德旺}}过。大伯家也穷，三个娃，添一张嘴不容易，可他讲，我弟的娃就是我的娃。孤儿基本生活费每月{{trap/number:一千六百元}}。她得的是心病，不说话，晚上做噩梦。县里派了心理老师{{compound:东方明月}}来，在她大伯家住了三天，陪她睡。{{han:蓝小月}}现在在{{school:天峨县八腊瑶族乡中学七年级1班}}读书，住校。
访谈者：村里人怎么帮？
受访者：村支书{{han:蒙丰收}}带人给她大伯家修了屋顶。今年玉米{{trap/word:丰收}}，{{han:蒙丰收}}让各家匀一袋给两户娃娃。我们瑶族来客要{{trap/minority_word:打油茶}}，{{han:粟奶}}每回都打一碗给我，我不喝她就不高兴。
访谈者：村里像这样的娃娃多吗？
受访者：多。这几年路修通了，车能开到村口，以前病人要用担架抬下山。年轻人都出去打工了，村里剩下老的小的。老的病了没人管，小的病了也没人管。我一个村医，能做的就是多跑几趟，多看几眼。晚上有人敲门我就起来，一年到头没睡过几个整觉，我老婆讲我是全村人的医生，就不是家里的。
访谈者：孩子的病能治好吗？
受访者：能，要做骨髓移植，要配型。他爸跟他半相合，可要几十万。县妇联的{{han:冼雪琴}}帮着找了个基金会，讲有希望。社工{{compound:宗政望舒}}在网上帮他筹款。我跟娃娃讲{{trap/famous:韦拔群}}的故事，讲人要硬气。他听完问我，{{han:蒙伯}}，我长大了能不能也当医生，我讲能，你先把身体养好。
访谈者：登记信息请您说一下。
受访者：{{han:粟家豪}}家在{{address:天峨县八腊瑶族乡麻洞村巴考屯22号}}，身份证{{id_number@my2016quad.451222}}。他奶奶的电话{{mobile@s38}}，我的电话{{mobile@p86n}}，微信{{wechat:mengshichang_cun}}。{{han:蓝小月}}有个QQ，号码她写在我药柜门上：{{qq:1948263057}}。
访谈者：表上的名字写对了吗？
受访者：输血单子上写成{{spaced:粟 家 豪}}，心理老师写成{{spaced:东 方 明 月}}，还有张写成{{spaced:蓝 小月}}。
访谈者：您最盼什么？
受访者：盼{{han:粟家豪}}配型成功，盼{{han:蓝小月}}能笑一回。
""")

# H1488: Zhuang operator at the 龙滩 hydropower station who fosters the son of his sworn brother (老庚), a Yao man
# who drowned saving two children.
DOCS["H1488"] = ("foster", """\
访谈者：{{han:磨师傅}}，您在电站做什么？
受访者：运行值班，在{{trap/org:龙滩水电站}}干了十六年了。我叫{{han:磨正军}}，磨是{{trap/word:磨刀}}的磨，壮族，老家{{trap/place:纳直}}。
访谈者：听说您带着一个不是自己的孩子？
受访者：是我{{trap/word:老庚}}的崽。老庚叫{{han:佘宏亮}}，瑶族，跟我同年同月生，打小结的老庚。我们壮族、瑶族结老庚是一辈子的事，比亲兄弟还亲，他结婚我当的伴郎，他崽满月我抱的。三年前发大水，{{trap/place:红水河}}边上两个娃娃落水，{{han:佘宏亮}}跳下去救，娃娃救上来了，他没上来，找了三天才找到。他老婆前几年病死了，留下一个崽叫{{han:佘小禾}}，那年才六岁。
访谈者：孩子的爷爷奶奶呢？
受访者：爷爷早不在了，奶奶我们喊{{han:佘婆}}，八十了，眼睛看不见。我跟老婆商量，就把{{han:小禾}}接过来了。头一个月他夜夜哭，不肯睡床，要睡地上，讲他爸就是这样打地铺的，我就陪他睡地上，睡了半个月。
访谈者：您爱人开始同意吗？
受访者：开始有点怕，讲自己家还有个女儿，钱不够。我讲钱不够我多加班，娃娃不能不管。她后来比我还疼他，过年买新衣服先给他买，自己的不买。
访谈者：手续怎么办的？
受访者：村里和民政局一起办的。{{han:佘小禾}}算孤儿，孤儿基本生活费每月{{trap/number:一千五百六十元}}，打到他的卡上，我一分不动，给他存着读书。是乡里的儿童主任{{han:单玉兰}}跟民政局讲的，委托我照料，表都是她填的。
访谈者：孩子叫您什么？
受访者：喊我{{han:磨叔}}。我老婆{{han:韦得芳}}得空就教他写字，他喊她阿姨。
访谈者：您倒班怎么顾得过来？
受访者：四班三运转，夜里守着屏幕，一点都不敢马虎，红水河一涨水，下游多少人都看着我们。我值夜班的时候都是老婆管。{{han:佘小禾}}正在长身体，一顿吃两碗饭。有一回我在中控室值夜班，他打电话问题目，我就在电话里讲给他听，值长{{han:黄振南}}听见了，笑我是电话家教。
访谈者：孩子在学校怎么样？
受访者：在{{school:天峨县六排镇第一小学三年级（1）班}}。班主任{{han:覃海波}}讲他上课爱发呆。有一回写作文《我的爸爸》，他写了两个爸爸，一个在河里，一个在电站。{{han:覃海波}}把作文念给全班听，全班都哭了。
访谈者：有社工来吗？
受访者：有。县里的{{compound:梁丘晓棠}}每个月来，陪他讲话，教他画画，她同事叫{{compound:司空晓月}}，讲她这个姓就是{{trap/word:司空见惯}}的那个司空。
访谈者：站里的同事帮忙吗？
受访者：帮。站里有个蒙古族工程师{{minority/mongolian:达赉巴特尔}}，{{trap/place:赤峰}}来的，周末带他去钓鱼。还有个藏族小伙{{minority/tibetan:泽翁扎巴}}，教他画唐卡上的老虎，娃娃讲{{minority/tibetan:泽翁扎巴}}是他师父。
访谈者：您自己有孩子吗？
受访者：有个女儿叫{{han:磨晓琳}}，读初中。开始她吃醋，讲我对{{han:小禾}}比对她好。后来她自己给他辅导数学，两个吵吵闹闹，像亲姐弟。有一回{{han:小禾}}被高年级的抢了零花钱，是{{han:磨晓琳}}跑去把钱要回来的。
访谈者：孩子问过他爸爸吗？
受访者：问过。每年清明我带他去红水河边上烧纸，他对着河讲，爸，我考了九十分。他不爱讲话，可心里明白。去年我生日，他拿攒的零花钱给我买了个打火机，讲{{han:磨叔}}你少抽点烟，我哭笑不得。每个月我带他回纳直看奶奶，奶奶摸着他的脸，讲像他爸，讲完就哭。
访谈者：以后打算怎么办？
受访者：供他读书，读到哪里供到哪里。他最爱站在坝上看泄洪，一看就是半天，讲长大要来电站上班，跟我一样。我讲你要好好读书，考个水电学校当工程师，莫跟我一样倒一辈子的班。民政局每年来回访两次，看娃娃住得好不好，问他愿不愿意在我家，他每回都讲愿意。
访谈者：登记信息请您说一下。
受访者：我住{{address:天峨县六排镇龙滩电厂生活区5栋3单元402}}，{{han:佘小禾}}老家在{{address:天峨县纳直乡弄亨村坡马屯6号}}。我的身份证{{id_number@my1983fwspaced.451222}}，{{han:佘小禾}}的{{id_number@my2016spacedx.451222}}。电话{{mobile@plus86spaced}}，{{han:韦得芳}}的{{mobile@s74}}。我的微信{{wechat:mozhengjun_lt}}，{{han:小禾}}的电话手表也能加微信，号是{{wechat:wxid_h7q2n9x4e1}}，QQ是{{qq:40718253}}。
访谈者：表上的名字写对了吗？
受访者：寄养的表上写成{{spaced:佘 小 禾}}，我写成{{spaced:磨　正　军}}，社工写成{{spaced:司 空 晓 月}}。站里的值班表上，藏族小伙也给写成了{{spaced:泽翁 扎巴}}。
访谈者：最后想说什么？
受访者：我跟老庚讲过，你放心，{{han:小禾}}就是我的崽。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1481,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout186",))


if __name__ == "__main__":
    main()
