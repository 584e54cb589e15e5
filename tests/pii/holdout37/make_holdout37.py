# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 37 (tests/pii/holdout37/H281-H288 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 36, written side by side, is not an earlier
set).

Set 37 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 科右中旗 (兴安盟) whose son is in prison and whose daughter-in-law left, raising two grandchildren; a Tibetan
herder in 称多 (玉树) whose wife died in childbirth, with three children and his brother's orphaned daughter; a
Dongxiang father in 和政 (临夏), lamed in a quarry, with Hui neighbours who help; a Han father in 黄冈 (湖北) whose
wife left, raising a son and a daughter with his mother; a Han village doctor in 从江 (黔东南) with Dong patients,
their relatives and the officials he reaches on WeChat and QQ; a Uyghur father in 伽师 (喀什) whose wife is
bedridden, with four children; a Han prosecutor in 阿荣旗 (呼伦贝尔) reading out a case file on neglected children;
and a Han grandmother in 丹东 (辽宁) raising her granddaughter after her son died and his wife went to Korea to work.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters with short forms after the full name and a Han surname before a
Mongolian given name; Tibetan names of two parts, the Han names of Tibetans and short forms; Dongxiang and Hui
Han-form names beside 经名, alone and after a Han surname; Han nicknames that are words (annotated whole); Dong
teknonyms (补X, 乜X, 萨X: father, mother, grandmother of X); Uyghur given name + father's name with and without the
dot and short forms; Han names with common and rare surnames, titles and kin words, names that contain words, a
name written twice on a form, names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced,
dotted and split names; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郑桂荣}}``, ``{{qq:3016842759}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, dongxiang, hui, dong, uyghur) is
                                   only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014spaced.152222}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 检察官,
大姐, 婶, 姨, 阿姨, 队长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a nickname that is a word (磨盘, 豆角) is annotated whole. Han-style names
of Mongolian, Tibetan, Dongxiang, Hui, Dong and Uyghur people are category han; a Han surname before a non-Han given
name is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout37/make_holdout37.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(37_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "dongxiang", "hui", "dong", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "dongxiang": 10, "hui": 10, "dong": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "152", "155", "159", "177", "180", "185", "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H281: Mongolian grandmother in 科右中旗 (兴安盟); her son is in prison, his wife left; two grandchildren.
DOCS["H281"] = ("family", """\
访谈者：额吉，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:乌日根其木格}}，六十八了，户口上的汉名叫{{han:白桂琴}}。老头子{{minority/mongolian:敖其尔呼和}}前年冬天走的，心脏不好。我们住在{{trap/place:科右中旗}}{{trap/place:巴彦呼舒镇}}往南的嘎查里，家里还有二十几只羊。儿子{{minority/mongolian:额尔敦朝格图}}喝了酒跟人打架，把人打残了，判了七年，在{{trap/place:乌兰浩特}}那边的监狱。儿媳{{han:邰丽娟}}说受不了这个家，回了{{trap/place:通辽}}娘家，再没回来过。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:满达拉吉日嘎拉}}十二岁，我们叫他{{minority/mongolian:满达拉}}，在{{school:科右中旗蒙古族第二小学六年级（3）班}}。孙女{{minority/mongolian:希吉日格日乐}}九岁，家里叫{{minority/mongolian:希吉日}}，学名{{han:白晓玥}}，在{{school:巴彦呼舒镇第一小学三年级（1）班}}。{{minority/mongolian:满达拉}}就像个小大人，放学回来先去圈里添草，再给妹妹热饭。{{minority/mongolian:希吉日}}也乖，就是夜里哭，说梦见她妈了。
访谈者：孩子爸爸那边有联系吗？
受访者：一年去看一回，隔着玻璃说话。儿子见了孩子光掉眼泪，说出来以后好好过。狱里的{{han:栾振宇}}警官人不错，让孩子多待了十分钟。
访谈者：这几年谁帮过你们？
受访者：嘎查的儿童主任{{han:宝凤霞}}，她是蒙古族，我们说蒙语她都懂。她跟苏木说了，两个孩子按父母一方服刑、一方失联报上去，每人每月{{trap/number:一千一百八}}。嘎查达{{minority/mongolian:包巴雅斯古楞}}给我报了低保，冬天还拉来两车玉米秸秆。他说话直，说额吉你别怕，有党和政府。苏木民政助理{{han:郎玉清}}来核过家底，旗{{trap/org:民政局}}的{{han:佟志远}}科长也来过一次。
访谈者：社工来过吗？
受访者：旗里社工站来过两个。一个姑娘姓{{trap/word:宇文}}的，叫{{compound:宇文婧怡}}，还有小伙子是{{compound:尉迟昊天}}。她每回来都带孙女画画，孙女说长大了要跟她一样。
访谈者：邻居们呢？
受访者：东边{{minority/mongolian:哈斯格日勒图}}家有车，孩子病了都是他拉着去旗医院。西边的汉族人家{{han:冯德旺}}也好，春天帮我剪羊毛。还有我妹妹{{minority/mongolian:白其木格图雅}}，在镇上开小卖店，孩子们的书包文具都是她给买的。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:包淑华}}老师说，他蒙文写得好，就是数学差点。孙女她们班{{han:于海澜}}老师年轻，知道孩子家里的事，常留她在办公室吃午饭。去年{{trap/minority_word:那达慕}}的时候，孙子在学校摔跤比赛得了第二名，回来把奖状贴在炕头上。
访谈者：家里过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候包饺子，给孩子们煮{{trap/minority_word:手把肉}}，我给他们讲{{trap/famous:嘎达梅林}}的故事。孙女爱听，听完了就唱那个歌。
访谈者：您身体呢？
受访者：腿疼，下雨天走不动。我这辈子没求过人，如今为了孩子，啥都不怕了。苏木卫生院的{{han:满春来}}大夫每个月上门量一回血压，给我开点药。
访谈者：最难的时候是什么时候？
受访者：前年冬天，老头子刚走，雪下了半米深，羊冻死了六只。孙子发高烧，我一个人背不动，是{{minority/mongolian:哈斯格日勒图}}半夜开车送到旗里。那一回我真觉得撑不下去了。
访谈者：表上要登记地址和证件。
受访者：家在{{address:科右中旗巴彦呼舒镇哈日道布嘎查二组14号}}，我妹妹家在{{address:巴彦呼舒镇兴安小区5号楼2单元302室}}。我的身份证{{id_number@wold.152222}}，孙子的{{id_number@my2013spaced.152222}}。我电话{{mobile@plain}}，儿童主任的电话{{mobile@hyphen}}。孙子用我手机申了个微信，叫{{wechat:mandal_jirgal13}}。孙女有QQ，号码是——她写在本子上了，你等等——{{qq:2871064359}}。
访谈者：表上的名字对吗？
受访者：乱七八糟。学校花名册上写成{{spaced:满 达 拉 吉 日 嘎 拉}}，低保表上是{{spaced:希吉日 格日乐}}，我在医保卡上是{{spaced:乌　日　根　其　木　格}}，我妹妹写成{{spaced:白其木格 图雅}}。
访谈者：孩子们的妈妈还联系吗？
受访者：不联系了。去年孙女生日，我让她娘家弟弟捎个话，他说他姐在{{trap/place:通辽}}又成了家。孙女听说了，哭了一晚上，第二天照样去上学。{{minority/mongolian:希吉日}}说，额吉，我有你就够了。
访谈者：您最盼着什么？
受访者：盼儿子早点出来，盼孙子孙女念好书。{{minority/mongolian:满达拉}}说要考到{{trap/place:呼和浩特}}去，我说你考到哪儿额吉都供你。
""")

# H282: Tibetan herder in 称多 (玉树); his wife died in childbirth; three children and his brother's orphan.
DOCS["H282"] = ("family", """\
访谈者：阿爸，您家里现在几口人？
受访者：六口。我叫{{minority/tibetan:尕玛多杰}}，汉名{{han:周文斌}}，是乡上登记户口的时候起的。老婆{{minority/tibetan:拉毛本吉}}前年生小儿子的时候大出血，送到{{trap/place:称多}}县医院没救过来。家里有我阿妈，三个娃娃，还有我哥哥的女儿。
访谈者：您哥哥怎么了？
受访者：哥哥{{minority/tibetan:尕玛扎巴}}挖{{trap/minority_word:虫草}}的时候从山上滚下来，人没了。嫂子{{minority/tibetan:卓玛拉姆}}改嫁到{{trap/place:囊谦}}去了，侄女{{minority/tibetan:索南拉宗}}十岁，就跟着我。{{minority/tibetan:拉宗}}她懂事，天不亮就起来烧茶。
访谈者：三个孩子叫什么？
受访者：大儿子{{minority/tibetan:才仁旺加}}十四，小名{{minority/tibetan:旺加}}，在{{school:称多县民族中学初二（4）班}}住校。二女儿{{minority/tibetan:白玛措姆}}八岁，在{{school:歇武镇寄宿制小学二年级（2）班}}。小儿子两岁，叫{{minority/tibetan:格来}}，阿妈带着。老大说他不想念书了，要回来帮我放牛，我骂了他一顿。
访谈者：谁帮助过你们？
受访者：村里的儿童主任{{han:李德措}}，她是藏族，汉名姓李。她给侄女报了孤儿基本生活费，一个月{{trap/number:一千六百二}}。乡上的民政干部{{han:蔡国华}}来我家看过，说我家的情况可以报低保。县{{trap/org:民政局}}的{{han:苗卫东}}局长下乡的时候也来过一次，给娃娃们带了棉衣。
访谈者：学校那边呢？
受访者：儿子的班主任{{han:祁玉兰}}老师给我打过好几次电话，说娃娃成绩好，千万别让他退学。学校的{{minority/tibetan:扎西端智}}老师教藏文，他说儿子的作文写得是全年级最好的。
访谈者：寺院帮过吗？
受访者：帮过。{{trap/org:拉布寺}}的{{minority/tibetan:俄色尼玛}}阿卡常来，给阿妈念经，也给我们送过酥油和糌粑。他教娃娃们念{{trap/famous:格萨尔}}的故事，侄女最爱听。
访谈者：家里的牛羊呢？
受访者：还有十四头牦牛。草场分到户了，夏天去{{trap/place:通天河}}边上的夏窝子。我一个人放牛，阿妈腿脚不好，小的离不开人。邻居{{minority/tibetan:仁青桑周}}家帮我看过几回牛。他老婆{{han:马桂香}}是{{trap/place:西宁}}嫁过来的回族，做的馍馍娃娃们都爱吃。
访谈者：社工来过吗？
受访者：州里来过一个，叫{{compound:诸葛晓彤}}，还有一个跟她一起的是{{compound:上官志恒}}。他们给侄女做了心理辅导，说她心里有事不说。她说下回带个画板来。
访谈者：生活上最难的是什么？
受访者：冬天。零下三十度，牛粪不够烧，娃娃们的手冻裂了。去年雪灾，死了五头牛。乡上给发了饲料和煤，村主任{{minority/tibetan:文措}}挨家挨户地送。她也是个女的，能干得很。
访谈者：登记的地址和号码呢？
受访者：家在{{address:称多县歇武镇直门达村三社16号}}，冬窝子在{{address:称多县珍秦镇十一村二社7号}}。我的身份证{{id_number@mmid.632723}}，侄女的{{id_number@wy2016hyphen.632723}}。我电话{{mobile@spaced}}，阿卡的电话{{mobile@plus86}}。儿子的微信号{{wechat:Tsering_wj2011}}，他QQ是{{qq:1938470265}}。
访谈者：名字登记得对吗？
受访者：不对的多。学校写成{{spaced:才 仁 旺 加}}，有的写成{{spaced:白玛 措姆}}。我的名字在低保表上是{{spaced:尕　玛　多　杰}}，侄女是{{spaced:索南 拉宗}}。汉名只有户口本上用。
访谈者：孩子们的阿奶身体怎么样？
受访者：阿奶七十六了，叫{{minority/tibetan:德庆卓嘎}}，眼睛得了白内障，看不清路。县医院的{{han:祁海龙}}大夫说能做手术，免费的，等夏天路好走了就去。阿奶不愿意去，说怕花钱，我说国家给出，她才点了头。
访谈者：家里的收入呢？
受访者：主要是草原补奖，一年几千块，再加上卖两头牛。侄女的生活费专门存着，给她以后念书用，一分不动。
访谈者：娃娃们上学路远吗？
受访者：远。到镇上要骑两个钟头摩托，冬天路上结冰。乡里的民政干部帮着把侄女也送进了寄宿制学校，一个礼拜回来一趟，吃住都不要钱。县上的局长说，明年村里通班车。
访谈者：孩子们放假的时候做什么？
受访者：放牛、捡牛粪、带弟弟。{{minority/tibetan:拉宗}}跟{{minority/tibetan:白玛措姆}}一起去河边背水，两个丫头像亲姐妹。儿子放假回来教妹妹们认汉字，他说学校里的{{han:宁晓峰}}老师教他们唱了一首歌，叫《{{trap/song:天路}}》。
访谈者：您对孩子们有什么盼头？
受访者：盼他们念书，走出去。我这辈子没念过书，只认得牛。我的娃娃不能再这样。
""")

# H283: Dongxiang father in 和政 (临夏), lamed in a quarry; Hui neighbours help.
DOCS["H283"] = ("family", """\
访谈者：大哥，您先说说自己。
受访者：我是东乡族，叫{{han:汪福海}}，经名叫{{minority/dongxiang:哈伦}}。老家在{{trap/place:东乡}}那边的山上，十几年前搬到{{trap/place:和政}}来的。前年在石料厂干活，石头塌下来砸断了腿，现在走路得拄拐。老婆{{minority/dongxiang:汪阿依舍}}跟人跑了，去了{{trap/place:新疆}}，电话也打不通。家里四个娃娃，还有我老娘。
访谈者：孩子们呢？
受访者：老大{{minority/dongxiang:汪哈木宰}}，十三岁，学名{{han:汪永胜}}，在{{school:和政县第二中学初一（5）班}}。老二丫头{{minority/dongxiang:祖赫拉}}十岁，老三{{minority/dongxiang:阿布杜}}七岁，在{{school:三合镇中心小学一年级（3）班}}，最小的丫头才四岁。{{minority/dongxiang:祖赫拉}}就像个小妈妈，做饭、洗衣裳、给妹妹梳头，都是她。{{minority/dongxiang:阿布杜}}调皮，前几天把邻居家玻璃打破了。
访谈者：现在靠什么生活？
受访者：低保，还有村上给的公益岗，一个月{{trap/number:五百五}}，我拄着拐扫村道。四个娃娃按困境儿童报了补贴。村上的儿童主任{{han:马玉娥}}是回族，跑了好几趟县上。她说，大哥你别灰心，娃娃们都是好娃娃。
访谈者：邻居们帮忙吗？
受访者：帮，回族邻居帮得最多。隔壁{{minority/hui:马穆罕默德}}开拉面馆，娃娃们放学了就去他馆子里吃面，不要钱。他的经名人都叫，汉名{{han:马学礼}}倒没人叫了。他老婆{{minority/hui:赛麦乃}}常给我老娘送{{trap/minority_word:油香}}。对门{{minority/hui:韩努哈}}家有三轮车，我看病都是他拉着去，他儿子{{minority/hui:韩叶海亚}}在县上念高中，放假回来给我家老大补课。小伙子说话慢，讲题讲得细。还有{{minority/hui:撒立哈}}，村里清真寺的阿訇，他跟乡老们商量，寺里散{{trap/minority_word:乜贴}}的时候给我家一份。{{minority/hui:撒立哈}}也教娃娃们念经。
访谈者：东乡族的亲戚呢？
受访者：我哥{{han:汪福山}}在{{trap/place:临夏}}城里打工，每个月给娘寄两百块。我舅舅家的表弟{{minority/dongxiang:唐尤素夫}}在{{trap/place:广河}}开皮毛店，过年来看我，给娃娃们每人两百。{{minority/dongxiang:唐尤素夫}}说等老大初中毕业，去他店里学手艺，我说不行，要念高中。
访谈者：学校怎么样？
受访者：老大的班主任{{han:喇建军}}老师说，娃娃数学好，就是常迟到。我说他早上要给他奶奶倒尿盆、生火。老师听了就不说了。小的那个班主任是{{han:祁凤英}}老师，她给{{minority/dongxiang:阿布杜}}买过一双棉鞋。
访谈者：社工来过吗？
受访者：县上社工站来过，一个叫{{compound:赫连雨禾}}，另一个是{{compound:皇甫俊驰}}。他们帮我申请了残疾证，还给老二做了个什么评估，说丫头干活太多，心里压力大。她跟老师说了，让学校每个礼拜给丫头留一节课玩。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}的时候，寺里的人都来我家，坐满了一炕。{{minority/hui:赛麦乃}}给娃娃们每人缝了一件新衣裳。老人们讲{{trap/famous:马可波罗}}那些走远路的故事，娃娃们听得眼睛都不眨。
访谈者：您的腿还能治吗？
受访者：县医院的{{han:冶德明}}大夫说要再做一次手术，医保报一半，剩下的我拿不出。乡卫生院的{{han:赵春燕}}大夫每个礼拜来给我换药。我这辈子没想到会这样，老娘七十多了还得给我端饭。
访谈者：登记的地址和号码。
受访者：家在{{address:和政县三合镇大滩村五社23号}}，{{minority/hui:马穆罕默德}}的馆子在{{address:和政县城关镇宁河小区2号楼1单元105室}}楼下。我身份证{{id_number@mmidspaced.622925}}。我电话{{mobile@s434}}，儿童主任的{{mobile@plus86dash}}。我不会用微信，老大给我弄了一个，叫{{wechat:wangfuhai_622}}。老大自己有QQ，号码我记不住——他写在门框上了——{{qq:7304618529}}。
访谈者：寺里的阿訇怎么帮您？
受访者：{{minority/hui:撒立哈}}阿訇隔几天来坐坐，跟我说说话。他说人这一辈子，难处是考验，熬过去就好了。
访谈者：名字登记得对吗？
受访者：经名是音译的，各写各的。学校写老大是{{spaced:汪 哈 木 宰}}，把我老婆写成{{spaced:汪阿依 舍}}，我的经名写成{{spaced:哈 伦}}。丫头的经名在医院单子上是{{spaced:祖赫 拉}}。
访谈者：您老娘身体怎么样？
受访者：老娘叫{{han:马翠兰}}，也是东乡族，经名叫{{minority/dongxiang:宰娜白}}，七十五了，哮喘，一到冬天就喘不上气。{{han:马翠兰}}她还天天给娃娃们擀面。邻居{{minority/hui:赛麦乃}}隔两天来帮她扫院子。
访谈者：您最盼什么？
受访者：盼我的腿好了，能再干活。娃娃们念书，别像我一样出苦力。
""")

# H284: Han father in 黄冈 (湖北) whose wife left; his mother helps him raise a son and a daughter.
DOCS["H284"] = ("family", """\
访谈者：大哥，您家里几口人？
受访者：四口，我、我妈、两个伢。我叫{{han:程国平}}，在{{trap/place:黄冈}}{{trap/place:浠水}}乡下。伢他妈{{han:涂小兰}}四年前去{{trap/place:东莞}}打工，头一年还寄钱，第二年就跟别人过了，离婚协议是寄回来的。我在镇上的砖厂搬砖，一天一百二，砖厂一歇工就没钱。
访谈者：两个孩子多大了？
受访者：儿子{{han:程子骁}}十一岁，小名叫{{han:磨盘}}，生下来就沉。{{han:磨盘}}也晓得家里苦，从来不要零食。丫头{{han:程雨欣}}八岁，小名{{han:豆角}}，圆滚滚的。{{han:豆角}}说她想妈妈，我不晓得么样回她。儿子在{{school:浠水县洗马镇中心小学五年级（2）班}}，丫头在同一个学校读二年级。
访谈者：您母亲身体怎么样？
受访者：我妈{{han:郑细英}}七十三，糖尿病，一天打两针胰岛素。她眼睛也不好，做饭盐放多了都不晓得。两个伢的饭现在都是儿子在煮。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:桂春华}}，她是个热心人。她说伢们的妈联系不上，可以按事实无人抚养去报，后来没报成，说我有劳动能力，就报了低保，一个月{{trap/number:七百四}}。村支书{{han:詹志强}}那边也帮忙，过年给送了米和油。镇上民政办的{{han:童建新}}来我家看过，说伢们读书的钱他想办法。
访谈者：学校呢？
受访者：儿子班主任{{han:熊春风}}老师好得很，儿子作业本用完了她就给。丫头的班主任是{{han:夏金凤}}老师，她说丫头上课老发呆，问她就说想妈妈。学校的心理老师{{han:付家和}}每个礼拜找丫头谈一回。
访谈者：邻居和亲戚呢？
受访者：我姐{{han:程桂芝}}嫁在{{trap/place:团风}}，隔一个月回来帮我妈洗洗涮涮。隔壁{{han:蔡长青}}他们家有辆三轮，我妈去镇上打针都是他送。村东头{{han:汪秋菊}}婶子，丫头的头发都是她给扎的，过年还给两个伢各织了一件毛衣。
访谈者：社工来过吗？
受访者：县里社工站的{{compound:欧阳诗蔓}}来过三回，她跟她的同事{{compound:令狐子墨}}一起。她们给丫头买了个台灯，给儿子报了个暑假的夏令营，去{{trap/place:武汉}}看了长江大桥。儿子回来说，他长大也要造桥。
访谈者：孩子妈妈那边还有联系吗？
受访者：没有。伢他外婆{{han:涂桂香}}偶尔打电话来，问伢们好不好。去年丫头生日，外婆寄了一条裙子，丫头穿了就不肯脱。
访谈者：家里最难的是什么？
受访者：钱。儿子去年摔断了胳膊，住了十天院，花了四千多，报了一半。我借了支书两千块，到现在还没还上。我想出去打工，可我一走我妈管不了两个伢。
访谈者：您平时跟孩子们说什么？
受访者：我嘴笨，不会说。{{trap/famous:李时珍}}是我们这边的人，我跟儿子说，你好好读书，以后当个医生，给你奶奶治病。他说要当造桥的，那也好。
访谈者：登记的地址和号码呢？
受访者：家在{{address:浠水县洗马镇程家畈村六组31号}}，我姐家在{{address:团风县团风镇江滨小区3栋2单元402室}}。我身份证{{id_number@mmidhyphen.421125}}，丫头的{{id_number@wy2017fullwidth.421125}}。我电话{{mobile@plain}}，我姐的{{mobile@s38}}。儿童主任的微信{{wechat:guichunhua_xm}}。儿子有个QQ，号码——他自己背给我的——{{qq:45920731}}。
访谈者：名字登记对吗？
受访者：低保本上我的名字是{{spaced:程 国 平}}，儿子写成{{spaced:程子 骁}}，我妈是{{spaced:郑　细　英}}。表上{{han:程雨欣}}还写了两遍，{{han:程雨欣}}{{han:程雨欣}}，说是打印机的毛病。
访谈者：孩子们放学回家谁管？
受访者：我下工晚，放学了儿子领着妹妹回来，先写作业，再烧火做饭。我回来的时候饭都在锅里热着，两个伢坐在门槛上等我。
访谈者：孩子奶奶的药费怎么办？
受访者：慢性病有门诊报销，村医{{han:鄢志红}}每个月给送药上门。她也是热心人，顺带给伢们量身高、看牙，说丫头缺钙，让多喝牛奶。
访谈者：孩子们平时怎么过周末？
受访者：儿子带着妹妹去村里的儿童之家，那里有书、有乒乓球台。管儿童之家的是退休的{{han:饶德厚}}老师，他教伢们下象棋，儿子现在能赢我了。丫头跟着{{han:汪秋菊}}婶子学剪纸，剪了个小兔子贴在窗户上，说等妈妈回来给她看。
访谈者：您最想要什么帮助？
受访者：想在附近找个活，一天能回家的。伢们有人管，我就能多挣点。
""")

# H285: Han village doctor in 从江 (黔东南) with Dong patients, their relatives and officials on WeChat and QQ.
DOCS["H285"] = ("doctor", """\
访谈者：大夫，您在村卫生室干了多少年了？
受访者：二十一年。我叫{{han:潘永清}}，汉族，老家在{{trap/place:榕江}}，娶了这边的侗族媳妇就留在{{trap/place:从江}}了。寨子里三百多户，大多是侗族，老人们互相不叫名字，叫{{trap/word:补}}什么、{{trap/word:乜}}什么，就是谁家孩子的爹、谁家孩子的妈。我刚来的时候记不住，现在全在脑子里。
访谈者：寨子里有哪些困境儿童？
受访者：我手上有五个，都建了档。头一个是{{han:吴银亮}}，九岁，爸爸{{han:吴老岩}}在{{trap/place:浙江}}的工地上触电死了，妈妈改嫁去了{{trap/place:广西}}。寨子里都叫他爷爷{{minority/dong:公银亮}}，叫他奶奶{{minority/dong:萨银亮}}。{{minority/dong:萨银亮}}她七十多了，耳朵聋，孙子发烧了都是邻居跑来喊我。
访谈者：第二个呢？
受访者：第二个是姐弟俩，姐姐{{han:石美芝}}十二岁，弟弟{{han:石金榜}}，七岁。他们爸爸{{minority/dong:补美芝}}在外面打工，妈妈{{minority/dong:乜美芝}}有癫痫，一发病就倒。我每个月给{{minority/dong:乜美芝}}送药，药是县里免费发的。{{minority/dong:补美芝}}每个月在微信上给我转五十块钱，让我多去看看。
访谈者：第三个？
受访者：第三个是{{han:梁秀团}}，十四岁，先天心脏病，去年在{{trap/place:贵阳}}做的手术。她爷爷在寨子里叫{{minority/dong:公秀团}}，是寨老，唱{{trap/minority_word:侗族大歌}}的。{{minority/dong:公秀团}}他说孙女手术的钱是全寨人凑的，一家五十一百的。
访谈者：您平时怎么跟这些家长和干部联系？
受访者：微信和QQ。老人们不会用，都是找他们在外打工的儿女。他爸爸的弟弟{{han:吴老金}}在{{trap/place:东莞}}，微信号{{wechat:wulaojin_dg88}}，他在微信上就叫“{{han:老金}}”。镇上的民政干部{{han:贾红梅}}，我们都在一个群里，她的微信是{{wechat:jiahongmei2019}}。县{{trap/org:民政局}}儿童福利股的{{han:覃志勇}}股长，我有事就在QQ上找他，他的QQ号是——我翻一下——{{qq:384027195}}。村里的儿童主任{{han:杨秀团}}，这个名字跟{{han:梁秀团}}就差一个字，常有人弄混。{{han:杨秀团}}她在QQ上叫“{{han:秀团}}姐”，号{{qq:52816094}}。
访谈者：学校那边呢？
受访者：{{han:石美芝}}在{{school:从江县往洞镇中心小学六年级（1）班}}，班主任{{han:韦丽萍}}老师给她申请了营养餐和住校补助。{{han:吴银亮}}在{{school:高增乡小黄村小学三年级（2）班}}，他的老师{{han:龙家和}}也是侗族，会唱歌，带孩子们去县里比赛过。
访谈者：第四个、第五个呢？
受访者：第四个是{{han:陆小禾}}，六岁，妈妈是智障，爸爸{{han:陆光明}}在外面，一年回来一次。孩子跟着外婆{{minority/dong:萨小禾}}。第五个是她的表弟，叫{{han:杨宏伟}}，爸爸在牢里，这个不好多说。
访谈者：社工来过吗？
受访者：州里的社工{{compound:司马婉清}}每季度来一次，跟她一起的有个叫{{compound:慕容泽宇}}的男社工。她人细心，每个孩子的情况都记在本子上。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:侗年}}和{{trap/minority_word:萨玛节}}，寨子里杀猪、打{{trap/minority_word:油茶}}，几家困难的娃娃都被叫到{{trap/place:鼓楼}}底下一起吃。老人们讲{{trap/famous:吴勉}}起义的故事。
访谈者：登记的地址和号码呢？
受访者：头一个孩子家在{{address:从江县高增乡小黄村四组19号}}，姐弟俩家在{{address:从江县往洞镇增冲村二组8号}}。{{han:吴银亮}}的身份证{{id_number@my2016spaced.522633}}。我电话{{mobile@hyphen}}，{{minority/dong:补美芝}}的电话{{mobile@s74}}。
访谈者：名字登记上有问题吗？
受访者：有。侗族老人身份证上的名字跟平时叫的不一样。医保上有把孩子写成{{spaced:吴 银 亮}}的，有写成{{spaced:陆小 禾}}的。我自己在名单上是{{spaced:潘　永　清}}。
访谈者：这些孩子的家长您都联系得上吗？
受访者：大多联系得上。{{han:陆光明}}换了好几回号码，最新的是{{mobile@spaced}}，他在微信上叫“{{han:光明}}在浙江”。{{han:梁秀团}}的妈在{{trap/place:柳州}}，隔三岔五给我打个电话问孩子吃药没有。
访谈者：您看病收钱吗？
受访者：村卫生室一般诊疗费一块钱，困境儿童的都免了。药是基本药物，零差价。我媳妇{{han:吴引凤}}也帮忙，她会说侗话，老人们跟她说得清楚。有一回{{minority/dong:萨银亮}}半夜胸口疼，{{han:吴引凤}}跟我一起打着手电去的，后来送到{{trap/org:乡卫生院}}，是心绞痛。
访谈者：您最大的心愿？
受访者：娃娃们都能平平安安长大。我干到干不动为止。
""")

# H286: Uyghur father in 伽师 (喀什); his wife is bedridden after a stroke; four children.
DOCS["H286"] = ("family", """\
访谈者：大哥，您先介绍一下自己。
受访者：我叫{{minority/uyghur:吐尔洪·阿不力克木}}，四十二岁，家在{{trap/place:伽师县}}，种了六亩{{trap/word:新梅}}和一点棉花。老婆{{minority/uyghur:阿依夏木古丽·托合提}}前年脑梗，半边身子动不了，一直躺在床上。家里四个孩子，最大的十五，最小的五岁。
访谈者：孩子们叫什么？
受访者：老大{{minority/uyghur:麦麦提江·吐尔洪}}，十五岁，在{{school:伽师县第三中学初三（2）班}}。老二丫头{{minority/uyghur:古再丽努尔吐尔洪}}，十二岁，我们叫她{{minority/uyghur:古再丽}}。{{minority/uyghur:古再丽}}她每天早上给她妈擦身子、喂饭，然后才去上学。老三{{minority/uyghur:艾力吐尔洪}}九岁，在{{school:克孜勒博依乡第二小学三年级（4）班}}，老四还小。{{minority/uyghur:麦麦提江}}说要退学去{{trap/place:乌鲁木齐}}打工，我没同意。
访谈者：现在谁帮你们？
受访者：村里的儿童主任{{minority/uyghur:布娲吉尼萨·买买提}}，她给四个孩子报了困境儿童补贴，每人每月{{trap/number:四百六}}，我家也有低保。驻村工作队的{{han:乔建军}}队长帮我老婆办了残疾证，还联系了{{trap/place:喀什}}的医院做康复。乡{{trap/org:卫生院}}的{{minority/uyghur:阿卜杜克尤木}}大夫每个礼拜来一次，给我老婆扎针。大夫说坚持练，手能动起来。
访谈者：学校那边呢？
受访者：老大的班主任{{han:褚丽华}}老师，汉族，她说孩子物理好，能考上高中，让我千万别让他出去。丫头的班主任{{minority/uyghur:热依汗尼萨}}老师，也是我们村的，常来家里看。老三的老师叫{{han:庞海涛}}，给孩子补过课。
访谈者：亲戚呢？
受访者：我弟弟{{minority/uyghur:吾斯曼·阿不力克木}}在村里开馕坑，每天早上给我家送{{trap/minority_word:馕}}。他也不富，他家有三个孩子。我老婆的妹妹{{minority/uyghur:努尔古丽·托合提}}在{{trap/place:阿图什}}，每个月来住几天，帮着洗洗涮涮。
访谈者：社工来过吗？
受访者：县里社工站来过两个，一个是汉族姑娘，叫{{compound:长孙雅楠}}，另一个是{{compound:公孙博远}}。他们教丫头怎么帮她妈做康复，还给老四找了幼儿园。她说丫头太累了，让我每个礼拜让她休息一天。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，亲戚们都来，做{{trap/minority_word:抓饭}}。孩子们爱听{{trap/famous:阿凡提}}的故事，老三学得最像，骑个扫把在院子里转。
访谈者：您最难的是什么？
受访者：我走不开。棉花地要打药，老婆离不开人，老四又小。去年摘棉花的时候，{{minority/uyghur:古再丽}}请了一个礼拜假在家照顾她妈，老师来家里找，我心里很难过。村委会的{{han:钱志刚}}书记听说了，找了两个邻居轮流来帮忙。
访谈者：登记的地址和号码？
受访者：家在{{address:伽师县克孜勒博依乡阿克塔木村三组26号}}，我弟弟家在{{address:伽师县巴仁镇幸福小区4号楼3单元201室}}。我身份证{{id_number@mmidx.653129}}，老婆的{{id_number@wmidfwspaced.653129}}。我电话{{mobile@plus86spaced}}，儿童主任的{{mobile@fws}}。老大的微信叫{{wechat:Memetjan_2011}}，他QQ号是{{qq:1059372846}}。
访谈者：名字登记得对吗？
受访者：各种写法都有。有写{{minority/uyghur:麦麦提江吐尔洪}}不加点的，有写{{spaced:麦麦提江 · 吐尔洪}}的，学校名单上是{{spaced:古 再 丽 努 尔}}，我老婆在医院单子上是{{spaced:阿依夏木古丽　·　托合提}}，我弟弟写成{{spaced:吾 斯 曼}}。{{minority/uyghur:艾力吐尔洪}}有时写成{{spaced:艾力 吐尔洪}}。
访谈者：孩子们吃饭怎么解决？
受访者：学校有营养餐，中午一个鸡蛋一盒奶，孩子们在学校吃得比家里好。晚上丫头做饭，拉条子、汤面片，她都会。我腿脚还行，就是心里累。有时候夜里睡不着，坐在院子里看星星，想着日子总会好起来。
访谈者：您家的地谁帮着种？
受访者：村里成立了互助组，组长{{minority/uyghur:买合木提·依沙克}}带人来帮我打药、浇水。他说，谁家都有难的时候。今年新梅收了两吨多，卖了一万多块。
访谈者：孩子们自己怎么说？
受访者：老大说他想当医生，给他妈治病。{{minority/uyghur:古再丽}}说她想当老师，跟她班主任一样。老三什么都不说，就爱踢球，学校的体育老师{{han:邱国栋}}说他跑得快，让他参加县里的比赛。村里的第一书记{{han:严立新}}给他买了双球鞋，书记说，跑得好就去{{trap/place:喀什}}参加集训。
访谈者：您最盼什么？
受访者：盼老婆能坐起来，盼老大考上高中。我再苦也供孩子们念书。
""")

# H287: Han prosecutor in 阿荣旗 (呼伦贝尔) reading out a case file on neglected children.
DOCS["H287"] = ("prosecutor", """\
访谈者：您在检察院做未成年人检察多少年了？
受访者：九年。我叫{{han:邵振宇}}，在{{trap/place:阿荣旗}}检察院第二检察部。今天说的这个案子是监护侵害，卷宗我带来了，涉及三个孩子，名字我照卷宗念。
访谈者：是什么样的案子？
受访者：孩子的父亲叫{{han:隋长海}}，常年酗酒，喝了就打孩子。母亲{{han:鞠春燕}}三年前离家出走，去了{{trap/place:哈尔滨}}，一直联系不上。三个孩子：大女儿{{han:隋晓雪}}十四岁，二女儿{{han:隋晓梅}}十一岁，小儿子{{han:隋天赐}}六岁。报案的是学校，{{han:隋晓雪}}的班主任{{han:栾淑英}}老师发现孩子胳膊上全是伤。
访谈者：后来怎么处理的？
受访者：公安立案，他以虐待罪判了一年六个月。我们支持民政部门向法院申请撤销他的监护资格。旗{{trap/org:民政局}}的{{han:葛玉峰}}科长牵头，把三个孩子送到了孩子的姑姑{{han:隋桂兰}}家，姑父叫{{han:满家和}}，两口子在{{trap/place:那吉镇}}开面馆。姑姑说孩子是老隋家的骨肉，她不管谁管。
访谈者：孩子们现在怎么样？
受访者：大女儿在{{school:阿荣旗第一中学初二（3）班}}，二女儿在{{school:那吉镇第二小学五年级（1）班}}。小儿子上幼儿园。小儿子刚来的时候不说话，见了男人就躲。心理咨询师{{han:凌素芳}}给他做了半年的游戏治疗，现在好多了。二女儿就是学习跟不上，姑姑请了邻居家的大学生{{han:曲春风}}给她补课。
访谈者：卷宗里还有谁？
受访者：证人有邻居{{han:刁德全}}、{{han:宫秀云}}，村主任{{han:尚国庆}}。邻居说他好几次半夜听见孩子哭，去敲门，孩子父亲拿着刀出来骂人。法律援助律师是{{compound:闾丘思远}}，办案的检察官还有我同事{{compound:乐正晓岚}}，书记员是{{compound:漆雕雨桐}}。社工是旗社工站的{{compound:巫马子骞}}，他每个月去孩子姑姑家回访一次。
访谈者：卷宗上的信息怎么写的？
受访者：念给你听。被告人{{han:隋长海}}，身份证号{{id_number@mold.150721}}，住{{address:阿荣旗那吉镇光明村三组11号}}。被害人{{han:隋晓雪}}，身份证号{{id_number@wy2011spaced.150721}}；{{han:隋晓梅}}，身份证号{{id_number@wy2014hyphenx.150721}}。现监护人{{han:隋桂兰}}，身份证号{{id_number@wmidquad.150721}}，住{{address:阿荣旗那吉镇繁荣小区7号楼1单元502室}}，电话{{mobile@spaced}}。母亲{{han:鞠春燕}}，户籍地{{address:阿荣旗向阳峪镇新发村二组5号}}，原电话{{mobile@plain}}，已停机。
访谈者：卷宗里名字写法一致吗？
受访者：不一致，这是我们最头疼的。派出所的笔录把孩子写成{{spaced:隋 晓 雪}}，医院的验伤单是{{spaced:隋　天　赐}}。有一份材料上写的是{{han:隋晓梅}}{{han:隋晓梅}}，重复打了两遍。律师的名字在委托书上是{{spaced:闾 丘 思 远}}，社工写成{{spaced:巫　马　子　骞}}，我同事被写成{{spaced:乐正 晓岚}}。还有把{{han:鞠春燕}}写成{{spaced:鞠春 燕}}的。
访谈者：孩子的姑姑家负担重吗？
受访者：重。面馆一个月挣不了多少。我们帮着申请了事实无人抚养儿童的补贴，三个孩子每人每月{{trap/number:一千二百五}}，还给了一次司法救助{{trap/number:三万元}}。姑姑的微信是{{wechat:suiguilan_nj}}，有事跟我们联系。{{compound:巫马子骞}}的工作QQ是{{qq:2096418357}}。我的办公电话打{{trap/hotline:12309}}就能转。
访谈者：这个案子办了多长时间？
受访者：从立案到法院判决撤销监护资格，一共十个月。中间开了三次联席会议，公安、法院、民政、教育、妇联都来了，一家一家地分工。
访谈者：学校在这个案子里做了什么？
受访者：学校是强制报告的责任主体。{{han:栾淑英}}老师发现伤情后当天就报给了校长{{han:那国良}}，校长直接打了{{trap/hotline:110}}。这一点做得很好，我们后来还专门发了检察建议，让全旗学校学习。
访谈者：孩子们的父亲出狱以后呢？
受访者：明年出来。我们已经跟司法所的{{han:兰永胜}}所长说好，出狱后要做社区矫正，还得参加家庭教育指导。所长说他会盯着。孩子们愿不愿意见他，由孩子们自己定。大女儿说不想见，小儿子说想见一面。姑姑家的邻居说，孩子们来了以后，面馆里也热闹了。
访谈者：您怎么看这类案子？
受访者：孩子没法选父母。老话说{{trap/famous:孟母}}三迁，家对孩子太要紧了。我们能做的，是在家出了问题的时候，给孩子另找一个能住的家。
""")

# H288: Han grandmother in 丹东 (辽宁) raising her granddaughter; her son died, his wife works in Korea.
DOCS["H288"] = ("family", """\
访谈者：大娘，您家里现在就您和孙女？
受访者：就俺们娘俩。俺叫{{han:宫淑芬}}，今年六十九，住在{{trap/place:丹东}}{{trap/place:振安区}}。老伴{{han:姜福林}}前些年脑出血走了。儿子{{han:姜海涛}}在{{trap/place:鸭绿江}}上跑船，四年前出了事，船翻了，人没找着。儿媳{{han:朴英淑}}是朝鲜族，去{{trap/place:韩国}}打工了，说挣了钱接孩子，一年打两回电话。
访谈者：孙女多大了？
受访者：十岁，叫{{han:姜雨桐}}，在{{school:振安区五龙背镇中心小学四年级（3）班}}。俺叫她{{han:桐桐}}。{{han:桐桐}}就是太懂事，俺一咳嗽她就给俺倒水。她老师{{han:鲍丽荣}}说，孩子写作文写她爸，全班都哭了。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:于春梅}}，她给孙女报了事实无人抚养，一个月{{trap/number:一千三百七}}。她人好，过年过节都来，还给孙女过生日。社区书记{{han:车建国}}那边给俺报了低保。街道民政的{{han:景秀华}}也来过，说有啥难处就找她。
访谈者：亲戚们呢？
受访者：俺闺女{{han:姜海燕}}在{{trap/place:凤城}}，一个月来一趟，带孙女去买衣裳。闺女也不容易，她男人{{han:臧立军}}腰不好。孙女的姥姥{{han:朴顺姬}}在{{trap/place:宽甸}}，朝鲜族，会做{{trap/minority_word:打糕}}，孙女放假就去她那儿住。
访谈者：社工来过吗？
受访者：区里社工站的小{{compound:东方若岚}}来过好几回，她的同事叫{{compound:段干文琦}}。小东方教孙女弹琴，说孩子有天分。还有一个叫{{compound:拓跋依然}}的大学生志愿者，每个礼拜六来给孙女辅导数学。她说她也是奶奶带大的。
访谈者：您身体怎么样？
受访者：高血压，腿也不好。社区卫生站的{{han:单立平}}大夫给俺签了家庭医生，一个月上门一回。俺就怕哪天俺倒下了，孩子咋整。邻居{{han:吕长青}}说，大娘你别想那么多，有俺们呢。他们家孩子跟{{han:桐桐}}一个班，上学放学一块走。
访谈者：孙女的妈妈那边呢？
受访者：{{han:朴英淑}}她也难，在那边饭店洗碗，说等签证下来就回来。每个月往俺卡里打一千块。孙女想她，晚上抱着手机看她照片。
访谈者：孩子平时爱干啥？
受访者：爱看书，爱画画。去年学校组织去{{trap/place:抗美援朝纪念馆}}，回来写了一篇作文，讲{{trap/famous:黄继光}}，得了区里的奖。
访谈者：登记的地址和号码？
受访者：家在{{address:振安区五龙背镇安民村三组18号}}，俺闺女家在{{address:凤城市凤山街道凤凰城小区9号楼2单元601室}}。俺身份证{{id_number@wold.210604}}，孙女的{{id_number@wy2015fullwidth.210604}}。俺电话{{mobile@h38}}，俺闺女的{{mobile@p86n}}。孙女妈妈的微信{{wechat:piaoyingshu_kr}}。孙女有个QQ，号码她说了俺记在这——{{qq:３６０１９４８２５}}。
访谈者：名字写得对吗？
受访者：不对。低保本上俺是{{spaced:宫 淑 芬}}，孙女是{{spaced:姜 雨 桐}}，儿媳在材料上写成{{spaced:朴　英　淑}}。俺闺女的名字写成{{spaced:姜海 燕}}。
访谈者：孙女学习怎么样？
受访者：还行，语文好，数学差点。俺不识几个字，辅导不了，就是每天晚上陪着她，她写作业俺就坐边上纳鞋底。
访谈者：您自己有人帮着照看吗？
受访者：有。社区的网格员{{han:柴玉荣}}隔两天来一趟，看看俺血压，看看家里有没有煤。她跟俺说，大娘，有事你就摇这个电话，她给俺手机里存了她的号。楼下的{{han:蓝德福}}大哥会修东西，俺家水管冻了都是他修的。
访谈者：孩子在学校交朋友吗？
受访者：交。她有个好朋友叫{{han:车佳怡}}，是社区书记的孙女，俩孩子天天一块写作业。她家有钢琴，孙女就去她家练。学校的{{han:柏云飞}}老师教音乐，说孙女耳朵好。
访谈者：孩子想妈妈的时候怎么办？
受访者：视频。{{han:朴英淑}}晚上下了班跟孩子视频，孩子给她看奖状，看她画的画。姥姥说，等孩子上了初中，让她妈回来，钱少挣点不要紧。
访谈者：冬天怎么过？
受访者：冬天冷，俺家烧炕。社区给送了两吨煤，是社区书记带人送来的。孙女放寒假，俺领她去{{trap/place:锦江山公园}}看冰灯，她高兴得直蹦。俺跟她讲她爸小时候的事，讲她爸在江边钓鱼，钓上来一条大鲤鱼，抱不动。孩子听了就笑，笑完了又不吭声了。俺知道她想她爸。
访谈者：您最大的心愿？
受访者：盼孙女好好念书，将来有出息。俺活一天就管她一天。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=281,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout36",))


if __name__ == "__main__":
    main()
