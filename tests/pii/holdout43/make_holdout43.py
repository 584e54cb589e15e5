# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 43 (tests/pii/holdout43/H329-H336 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 42, written at the same time by another
writer, is not an earlier set).

Set 43 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
额济纳旗 (阿拉善) whose husband was crippled when his truck overturned, with three children and her dead sister's
son; a Tibetan grandfather in 兴海 (海南州) whose son fell to his death digging caterpillar fungus and whose
daughter-in-law remarried, raising three grandchildren; a Salar grandmother in 同德 (海南州) whose son is on dialysis
in 西宁 and whose daughter-in-law works in a noodle shop in 义乌, with Hui neighbours who help; a Han mother in 郴州
whose husband is in prison for fraud, with two children known by their nicknames and his diabetic mother; a Han
township doctor in 荣县 (自贡) going through the children of his patients and the officials he reaches on WeChat and
QQ; a Kazakh mother in 和硕 (巴音郭楞) whose husband drowned in a mountain flood, with four children, his old mother
and Hui and Mongolian neighbours; a Han procurator in 武川 (呼和浩特) reading out the file of a guardianship case (a
father jailed for theft, a mother gone, a drinking grandfather; the children placed with their aunt); and a Han
grandfather in 宜昌 (夷陵) raising a granddaughter whose mother died of cancer. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (孟根格日乐, 呼日查毕力格, 朝格吉勒玛, 浩毕斯嘎拉图, 图门德力格尔, 牧仁巴雅尔) with short forms after the
full name (格日乐, 嘎拉图都), a Han surname before a Mongolian name (白乌日汉) and the Han name of a Mongolian
(白秀娟); Tibetan names (拉加才让, 南吉拉毛, 桑杰东智, 完玛才旦, 完德草她) with short forms (吉先卓玛 then 吉先,
索朗旦正 then 索朗) and the Han names of Tibetans (王德寿, 王小军); Salar Han-form names beside 经名 (韩兰芝 /
则乃白, 韩永清 / 伊萨 then 伊萨他, 韩学文 / 撒力) and Han surname + Arabic name (韩法土麦 then 法土麦, 韩阿吉), and the
Hui neighbours' (马素福 then 素福, 马玉芝 / 法丽达, 马阿不都阿訇, 冶哈比布家, 冶阿伊莎, 喇穆罕麦德, 马伊布拉,
马哈乃非 / 哈乃非); Kazakh given name + father's name with and without the dot (沙吾列·加尔肯 and 沙吾列加尔肯,
卡地拉·叶尔波森 and 卡地拉叶尔波森, 叶克宾·叶尔波森 then 叶克宾他, 努尔别克·沙比提 then 努尔别克) and single
names (吐玛丽斯, 巴合达尔, 加依娜尔); Han nicknames that are words, annotated whole (南瓜他, 柚子也, 丫丫说) and names
as they show on WeChat and QQ (“明轩”, “蒋幺妹”, “胡大炮”, “曾老三”); Han names with common surnames above all and
rare ones (覃, 聂, 阎, 邱, 廖, 谭, 贾, 岳, 温, 冶), with titles and kin words, names that contain words (王树林,
宋家和, 谢平安, 郑长江, 万家福, 钟国庆, 黄永胜), names written twice on a form (谭凤英谭凤英, 贾秀英贾秀英), names
directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound
surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:曹雪梅}}``, ``{{qq:2093857164}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, salar, hui, kazakh) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2015quad.632522}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长,
法官, 阿訇, 婆婆, 大姐) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a nickname that is a word (秤砣, 糍粑, 丫丫) and a name as it shows on
WeChat or QQ (浩宇, 蒋幺妹, 胡大炮, 曾老三) are annotated whole. Han-style names of Mongolian, Tibetan, Salar and Hui
people (白秀娟, 王德寿, 王小军, 韩兰芝, 韩永清, 马秀兰) are category han; a Han surname before a non-Han given name
(韩法图麦, 韩哈伦, 马苏来曼, 冶哈比布) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout43/make_holdout43.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(43_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "salar", "hui", "kazakh")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {group: 10 for group in MINORITY_GROUPS}
# Set 42 is being written at the same time by another writer: not an earlier set.
WRITTEN_WITH = ("holdout42",)

MOBILE_PREFIXES = ["133", "135", "139", "147", "150", "153", "157", "166", "173", "177", "181", "184", "187",
                   "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H329: Mongolian mother in 额济纳旗 (阿拉善); her husband was crippled when his truck overturned, three children and her dead sister's son.
DOCS["H329"] = ("family", """\
访谈者：大姐，先说说您家里几口人吧。
受访者：六口人。我叫{{minority/mongolian:孟根格日乐}}，三十九岁，家在{{trap/place:额济纳旗}}东边的戈壁上，离{{trap/place:居延海}}不远。户口本上我还有个汉名叫{{han:白秀娟}}，可嘎查里没人这么叫，都喊我{{minority/mongolian:格日乐}}。我男人{{minority/mongolian:呼日查毕力格}}前年开车去{{trap/place:策克口岸}}拉货，车翻在半路上，腰椎断了，到现在下不了炕。家里五峰骆驼、一百来只山羊，全靠我一个人。
访谈者：孩子们多大了？
受访者：三个是我自己的，一个是我妹妹留下的。老大是姑娘，叫{{minority/mongolian:朝格吉勒玛}}，十五，在{{school:额济纳旗蒙古族学校初三（2）班}}住校。老二{{minority/mongolian:浩毕斯嘎拉图}}十一岁，家里叫他{{minority/mongolian:嘎拉图}}，在{{school:达来呼布镇第二小学五年级（1）班}}。老三{{minority/mongolian:萨仁图雅}}才六岁。我妹妹{{minority/mongolian:白乌日汉}}跟妹夫三年前去{{trap/place:巴彦浩特}}的路上出了车祸，两口子都没了，外甥{{minority/mongolian:牧仁巴雅尔}}就跟了我，那年他才四岁。
访谈者：四个孩子，您怎么照顾得过来？
受访者：照顾不过来也得照顾。{{minority/mongolian:嘎拉图}}都知道帮我了，每天放学回来先去给骆驼添草。{{minority/mongolian:朝格吉勒玛}}她放假回来就替我给她阿爸翻身、擦洗。外甥跟老三一起长大，俩孩子好得像亲兄妹。{{minority/mongolian:呼日查毕力格}}他躺久了脾气大，孩子们不跟他计较。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{han:包凤琴}}跑得最多，她给外甥报了孤儿基本生活费，一个月{{trap/number:一千六百二}}。嘎查达{{minority/mongolian:图门德力格尔}}给我们家报了低保。{{minority/mongolian:图门德力格尔}}说话慢，办事不慢，一个礼拜就把表交到苏木了。苏木的民政助理{{han:杨海燕}}入户核过两回。旗{{trap/org:民政局}}的{{han:郭志伟}}科长年底来送过米面。旗医院的{{han:丁建军}}大夫每个月来给我男人换一回药。
访谈者：社工来过吗？
受访者：来过。旗里社工站有个姑娘叫{{compound:宇文书瑶}}，还有她的同事{{compound:公孙浩宇}}，每月来一回，给孩子们上心理课。{{compound:宇文书瑶}}教老三画胡杨，画得挂在墙上了。
访谈者：孩子们在学校怎么样？
受访者：大姑娘的班主任{{minority/mongolian:呼和其木格}}老师把她的住宿费免了，还给她找了件羽绒服。老二的班主任是{{han:马艳萍}}老师，给老二申请了营养餐。老二爱画骆驼，画得跟真的一样，老师拿去贴在教室后墙上。
访谈者：家里还有老人吗？
受访者：我阿妈{{minority/mongolian:达日玛}}七十一了，住在镇上，腿脚不好，一个月来住几天，给孩子们缝袍子、炸{{trap/minority_word:果子}}。她常说，羊羔离了母羊也得活下去，人也一样。
访谈者：孩子们的爸爸现在怎么样？
受访者：腰以下没知觉，得定时翻身，不然就长褥疮。前年冬天长过一回，烂得见了骨头，我用盐水一点一点洗，洗了两个月才收口。他以前是个爱说爱笑的人，开着车满戈壁跑，现在一天到晚盯着屋顶看。有时候半夜我听见他哭，我就装睡，第二天照样给他端奶茶。大姑娘懂事，放假回来就坐在炕边给他念报纸，念她们学校的事，他听着听着就睡着了。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候嘎查办骆驼赛，孩子们最盼这个。秋天{{trap/place:胡杨林}}叶子黄了，城里来看的人多，我在路边卖{{trap/minority_word:奶茶}}、奶皮子，能挣几个钱。晚上我给孩子们讲{{trap/famous:渥巴锡}}带着{{trap/minority_word:土尔扈特}}人东归的故事，外甥听得最入神，说长大了也要骑马走那么远。
访谈者：最难的是什么时候？
受访者：春天刮沙尘暴的时候。风一起来，天都是黄的，{{trap/word:白天}}跟黑夜一样，骆驼跑散了，我得骑摩托一峰一峰找回来，男人在家喊我，我也听不见。有一回找到半夜，是邻居{{minority/mongolian:那日松}}家的小子开着皮卡出来接的我。回到家，四个孩子挤在一张炕上，谁也没睡，老三手里还攥着手电筒。那天我跟自己说，再难也不能丢下他们。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:额济纳旗赛汉陶来苏木乌兰图格嘎查二组8号}}，我妹妹原先住在{{address:达来呼布镇胡杨小区5号楼2单元302室}}。我的身份证{{id_number@wy1986hyphen.152923}}，外甥的{{id_number@my2018.152923}}。我电话{{mobile@s38}}，{{han:包凤琴}}的电话{{mobile@hyphen}}，她微信{{wechat:baofengqin_ejn}}。大姑娘有个QQ，说跟老师交作业用，号码她写在墙上的日历背面——你等我看看——{{qq:2093857164}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。学校表上大姑娘写成{{spaced:朝 格 吉 勒 玛}}，低保表上我是{{spaced:孟根 格日乐}}，外甥写成{{spaced:牧仁 巴雅尔}}，苏木的表上我男人成了{{spaced:呼　日　查　毕　力　格}}。去医院开证明，名字对不上，就得跑回苏木再盖一回章，一来一回三百多公里。
访谈者：您最盼什么？
受访者：盼孩子们都念出书来。大姑娘说想当医生，回来给她阿爸治腰。我说你念到哪儿，阿妈就供到哪儿。
""")

# H330: Tibetan grandfather in 兴海 (海南州); his son fell to his death digging caterpillar fungus, the son's wife remarried.
DOCS["H330"] = ("family", """\
访谈者：阿爷，您家里现在几口人？
受访者：五口。我叫{{minority/tibetan:拉加才让}}，六十七了，身份证上的汉名是{{han:王德寿}}。家在{{trap/place:兴海}}县{{trap/place:河卡}}那边的草山上。儿子{{minority/tibetan:索朗旦正}}前年五月上山挖{{trap/minority_word:虫草}}，从石崖上摔下来，没救过来。儿媳{{minority/tibetan:南吉拉毛}}守了一年，改嫁到{{trap/place:共和}}去了，三个孙子孙女就跟着我和老伴。
访谈者：孙子孙女多大了？
受访者：大孙女{{minority/tibetan:吉先卓玛}}十四，在{{school:兴海县民族寄宿制中学初二（4）班}}，我们都叫她{{minority/tibetan:吉先}}。{{minority/tibetan:吉先}}也懂事，放假回来就替奶奶挤奶、背水。孙子{{minority/tibetan:桑杰东智}}十岁，学校里登记的汉名叫{{han:王小军}}，在{{school:河卡镇中心寄宿制小学四年级（2）班}}。小孙女{{minority/tibetan:周措吉}}五岁，在乡上的幼儿园。孙子就是贪玩，礼拜五回来书包一扔就跑去追羊。
访谈者：阿奶身体怎么样？
受访者：老伴{{minority/tibetan:完德草}}腿疼，天阴就下不了地。她每天早上还{{trap/minority_word:煨桑}}，给孩子们打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}。{{minority/tibetan:完德草}}她说，儿子走了，她得替儿子把这几个娃娃看大。
访谈者：谁帮过你们？
受访者：村支书{{minority/tibetan:完玛才旦}}，他给三个娃娃报了事实无人抚养，一个月一人{{trap/number:一千五百八}}。他还给我们家报了低保。村里的儿童主任叫{{minority/tibetan:才吉措}}，一个礼拜来一回，给小孙女洗头。乡上民政专干{{han:祁生福}}来核过三回。县医院的{{han:杜海平}}大夫给老伴看腿，开的药{{trap/org:县残联}}给报了一半。县上社工站有个姑娘叫{{compound:慕容书琪}}，跟她一起来的是{{compound:拓跋文杰}}，给娃娃们带来了书包和棉鞋。
访谈者：孩子们的叔叔姑姑呢？
受访者：二儿子{{minority/tibetan:扎西东珠}}在{{trap/place:西宁}}开出租，每月寄五百块回来。女儿{{minority/tibetan:拉毛才让}}嫁到{{trap/place:贵南}}，农忙的时候回来帮几天。{{minority/tibetan:索朗}}走的那年，他们兄妹俩在灵前说过，这三个娃娃大家一起养。
访谈者：孩子们在学校怎么样？
受访者：大孙女的班主任{{han:韩淑敏}}老师说她作文写得好，写过一篇《阿爸的草山》，老师念给全班听，好多娃娃都哭了。孙子他们班的{{minority/tibetan:更藏加}}老师教藏文，说{{minority/tibetan:桑杰东智}}背书快，就是字写得歪。
访谈者：孩子们的爸爸走了以后，他们怎么样？
受访者：大孙女那半年不说话，饭也不好好吃，瘦得脸上只剩一双眼睛。学校的老师来家里看了两回，说让她多跟同学在一起。小孙女小，不懂事，每天晚上还要等她阿爸回来才肯睡。孙子不哭，可是把他阿爸的那顶毡帽藏在枕头底下，谁也不让碰。我们去寺里请喇嘛念了四十九天的经，念完了，家里人的心才慢慢定下来。
访谈者：儿媳还来看孩子吗？
受访者：来。{{minority/tibetan:南吉拉毛}}每年藏历年前来一趟，给娃娃们买新衣裳，抱着小的哭一场再走。我不怪她，她年轻，总不能守一辈子。
访谈者：草山上的日子怎么过？
受访者：夏天转到山上的草场，搭帐篷住。我腿脚慢了，牛羊都是大孙女放假回来帮着赶。家里还有三十多头牦牛、七十来只羊，冬天没草，得买饲料，一袋一百多块。去年雪大，死了十一只羊，我在雪地里坐了半天。后来乡上给我们家建了暖棚，今年冬天一只都没冻死。孙子说，阿爷，暖棚比我们的房子还暖和。我笑了，说那你去跟羊睡。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}全家去寺里点灯，夏天跳{{trap/minority_word:锅庄}}。晚上我给娃娃们讲{{trap/famous:米拉日巴}}的故事，讲他怎么一块一块垒起石头房子。孙子说，阿爷，那比挖虫草还苦。
访谈者：您自己身体呢？
受访者：心脏不好，高原上的老人都这样。去年冬天犯了一回，是儿童主任叫的车送到{{trap/org:乡卫生院}}的。我就怕哪天倒下了，娃娃们没人管。我跟大孙女说过，阿爷要是不在了，你就去找你叔叔，她不让我说，捂着我的嘴哭。
访谈者：登记信息麻烦说一下。
受访者：家在{{address:兴海县河卡镇羊曲村三社14号}}，冬窝子在{{address:兴海县温泉乡曲什安村一社6号}}。我身份证{{id_number@my1958.632524}}，大孙女的{{id_number@wy2011spaced.632524}}。我电话{{mobile@plain}}，村支书的电话{{mobile@s434}}，他的微信{{wechat:wanmacaidan_xh}}。大孙女有个QQ，她说学校里查成绩用，号码是{{qq:746301958}}。
访谈者：表上的名字对吗？
受访者：不一样的多。我在低保表上是{{spaced:拉 加 才 让}}，大孙女写成{{spaced:吉先 卓玛}}，孙子写成{{spaced:桑　杰　东　智}}，老伴写成{{spaced:完德 草}}。藏族名字翻成汉字，各人写各人的，去办事的时候，人家看了户口本又看表，总要问半天是不是一个人。
访谈者：您最大的心愿？
受访者：娃娃们念书念出去。{{minority/tibetan:吉先}}说要当老师，回来教村里的娃娃。我说好，阿爷等着。
""")

# H331: Salar grandmother in 同德 (海南州); her son is on dialysis in 西宁, his wife works in a noodle shop far away; Hui neighbours help.
DOCS["H331"] = ("family", """\
访谈者：阿奶，您家里现在是什么情况？
受访者：我叫{{han:韩兰芝}}，经名叫{{minority/salar:则乃白}}，撒拉人，娘家在{{trap/place:循化}}，嫁到{{trap/place:同德}}四十年了。老汉{{minority/salar:韩尔撒}}前年无常了。儿子{{han:韩永清}}，经名{{minority/salar:伊萨}}，得了尿毒症，在{{trap/place:西宁}}一个礼拜透析三回。儿媳{{minority/salar:马海麦}}在{{trap/place:义乌}}的拉面馆里打工挣药钱，三个孙子孙女就在我跟前。
访谈者：孩子们多大了？
受访者：大孙子{{han:韩学文}}十三，经名{{minority/salar:撒力}}，在{{school:同德县民族中学初一（3）班}}。孙女{{minority/salar:韩法土麦}}十岁，我们就叫{{minority/salar:法土麦}}，在{{school:尕巴松多镇寄宿制小学四年级（1）班}}。小孙子{{minority/salar:韩阿吉}}六岁，还在家里。{{minority/salar:法土麦}}就像个小阿娘，给弟弟洗脸、喂饭，我腰疼的时候她给我捶背。
访谈者：儿子现在怎么样？
受访者：{{minority/salar:伊萨}}他瘦得只剩一把骨头了。透析在西宁，他就在医院边上租了个床位。州医院的{{han:赵建宏}}大夫说要等肾源。儿媳一个月打一回钱回来，电话里哭，说娃娃们想她她也想娃娃们。
访谈者：谁帮过你们？
受访者：隔壁是回族，{{minority/hui:马素福}}一家。{{minority/hui:素福}}也是拉面匠，冬天回来，给我家拉了一车煤。他媳妇{{han:马玉芝}}，经名{{minority/hui:法丽达}}，常端一碗{{trap/minority_word:油香}}过来。{{trap/org:清真寺}}的{{minority/hui:马阿不都}}阿訇在主麻日给我们家散过{{trap/minority_word:乜贴}}。村里的儿童主任{{han:沈玉梅}}是我们撒拉人，她跑乡上、跑{{trap/org:县民政局}}，给三个娃娃报了事实无人抚养，一个月一人{{trap/number:一千四百七}}。村支书{{han:何永林}}给我们家报了低保。乡上的社工{{compound:令狐思雨}}跟同事{{compound:东方子墨}}一起来，给娃娃们建了档案。
访谈者：孩子们在学校怎么样？
受访者：大孙子的班主任{{han:冶文华}}老师是回族，他说{{minority/salar:撒力}}数学好，就是上课老走神，惦记他阿爸。我说娃娃心重。孙女的老师{{han:李翠萍}}每个礼拜给我打电话，说孙女跳绳全校第二。
访谈者：回族邻居还有谁？
受访者：后院的{{minority/hui:冶哈比布}}家开小卖部，娃娃们去买本子，他从来不收钱。他姑娘{{minority/hui:冶阿伊莎}}在县医院当护士，我高血压，她隔几天来给我量一回。还有{{minority/hui:喇穆罕麦德}}，他开车，去西宁看儿子都是他捎我去。{{minority/hui:喇穆罕麦德}}说，邻居一场，帮一把不算啥。
访谈者：去西宁看儿子的时候，孩子们怎么办？
受访者：我一走就是两三天，娃娃们交给{{han:沈玉梅}}。她自己也有两个娃娃，五个娃娃挤一张炕，她说热闹。我到了西宁，先去医院门口的小饭馆给儿子买一碗面片，他吃两口就放下了，说没胃口。我坐在床边给他剪指甲、擦身子，他不让，说阿娘你歇着，我{{trap/word:马上}}就好了。我说你小时候我也是这么给你擦的。回来的路上车过{{trap/place:河卡山}}，我看着窗外的雪想，真主给的难，总有过去的一天。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:馓子}}，给回族邻居一家送一盘，他们也给我们送。我给娃娃们讲{{trap/famous:尕勒莽}}和{{trap/famous:阿合莽}}牵着白骆驼来循化的故事，说咱们撒拉人就是这么来的。{{minority/salar:韩阿吉}}听完就要骑羊当骆驼。
访谈者：您一个人带三个，最难的是什么？
受访者：最难的是我不识字。娃娃的作业我看不懂，学校的表我填不了，都是村里的儿童主任帮我填。还有就是冬天，同德冷，屋里的炉子一夜要添两回煤，我怕娃娃们冻着。大孙子懂事，半夜起来添煤的都是他，早上眼睛红红的去上学，我心疼。
访谈者：儿媳在义乌过得怎么样？
受访者：苦。拉面馆从早上六点开到晚上十一点，她在后厨洗碗、择菜，一个月四千块，自己留五百，剩下的都打回来给儿子看病。她跟我说，阿娘，我不是不想娃娃，是不敢回来，回来一趟路费就是半个月的工钱。去年开斋节她也没回来，晚上打视频，三个娃娃围着手机喊阿妈，她在那头哭，娃娃们在这头哭，我把手机拿过来说，都别哭了，好日子在后头呢。
访谈者：登记表要写地址和号码。
受访者：家在{{address:同德县尕巴松多镇贡麻村二社11号}}，儿子在西宁租的是{{address:城西区海湖小区9号楼1单元504室}}。我身份证{{id_number@wy1963quad.632522}}。我电话{{mobile@hyphen}}，儿媳的电话{{mobile@plus86}}，她的微信{{wechat:Haimai_lamian88}}。大孙子有QQ，说是跟他阿爸视频用的，号码他写在我老年机的后盖上——你等等，我戴上眼镜——{{qq:1502837469}}。
访谈者：表上的名字写对了吗？
受访者：经名各人写各人的。有把孙女写成{{spaced:韩 法 土 麦}}的，把我儿子写成{{spaced:韩永 清}}的，还有把{{minority/hui:冶哈比布}}写成{{spaced:冶　哈　比　布}}的。
访谈者：您最盼什么？
受访者：盼{{minority/salar:伊萨}}能等上肾，盼儿媳早点回来。我老了，就求真主让我多活几年，把娃娃们看大。
""")

# H332: Han mother in 郴州 (湖南) whose husband is in prison for fraud; two children known by their nicknames and his old mother.
DOCS["H332"] = ("family", """\
访谈者：您先说说家里的情况吧。
受访者：我叫{{han:曹雪梅}}，三十五岁，住在{{trap/place:郴州}}{{trap/place:苏仙区}}。我老公{{han:雷志刚}}前年帮人搞集资诈骗，判了七年，关在{{trap/place:长沙}}。他一进去，欠的债全找上门来了。家里两个伢子，还有他娘{{han:谭凤英}}，七十了，有糖尿病。
访谈者：孩子们多大了？叫什么？
受访者：大的是儿子，{{han:雷宇航}}，十二岁，小名叫{{han:南瓜}}，生下来就八斤多，圆滚滚的，他爷爷取的。小的是女儿{{han:雷诗琪}}，八岁，小名{{han:柚子}}，她自己喜欢吃，就要人家这么叫她。{{han:南瓜}}在{{school:苏仙区桥口镇中心学校六年级（2）班}}，{{han:柚子}}在{{school:郴州市第十五完全小学二年级（3）班}}。
访谈者：孩子们知道爸爸的事吗？
受访者：{{han:南瓜}}知道，{{han:柚子}}还以为她爸在外头打工。{{han:南瓜}}他跟同学打过一架，有人说他爸是骗子。班主任{{han:黄美玲}}老师把两个伢子叫到办公室，讲了一个钟头。{{han:柚子}}也问过，爸爸怎么过年都不回来，我说爸爸的厂子忙。
访谈者：您现在靠什么过日子？
受访者：我在{{trap/place:东江湖}}边上的农家乐洗碗、摘菜，一个月两千二。婆婆的药钱一个月就要三百多。社区的儿童主任{{han:邓春兰}}给两个伢子报了困境儿童，每人每月{{trap/number:七百八十元}}。社区书记{{han:罗建军}}帮我们申请了低保。他说，债是大人的，伢子们不能跟着受罪。区{{trap/org:司法局}}的{{han:周卫东}}也来过，说服刑人员的子女有专门的帮扶。
访谈者：还有谁帮您？
受访者：我娘家在{{trap/place:资兴}}，我哥{{han:曹永红}}每个月给我打五百块钱。隔壁的{{han:谢平安}}他们家开早餐店，儿子上学前去他家吃碗粉，老板从来不收钱。区里社工站有个姑娘叫{{compound:欧阳诗涵}}，每月来一次，她跟同事{{compound:诸葛宏远}}教两个伢子写日记。{{compound:欧阳诗涵}}还带女儿去看过心理老师。
访谈者：那些债怎么办？
受访者：一笔一笔还。有的人上门来骂，说我老公骗了他们的养老钱，我也没话说，只能赔不是，说{{trap/word:谢谢}}你们再宽限几天。有一回两个人在门口堵着不走，女儿吓得躲在床底下，是社区书记跟派出所的{{compound:司徒宏涛}}来把人劝走的。后来法院把家里的房子拍了，我们搬到乡下婆婆的老屋里住。屋子漏雨，下雨天我就拿盆接着，一晚上起来倒好几回。我跟伢子们说，我们没偷没抢，不丢人，走路把头抬起来。
访谈者：去监狱看过他吗？
受访者：一年去两回，坐三个钟头的车。{{han:雷志刚}}他瘦了，说在里面学做衣服，表现好能减刑。儿子去过一回，隔着玻璃不说话，出来在车上哭了一路。狱警人好，让我们多说了十分钟。
访谈者：婆婆身体怎么样？
受访者：{{han:谭凤英}}她眼睛不好了，糖尿病引起的。乡卫生院的{{han:廖红霞}}医生每个月来给她测血糖。婆婆嘴上不说，心里怪她儿子，夜里一个人坐着叹气。
访谈者：孩子们自己呢？
受访者：{{han:柚子}}说长大要当警察，{{han:南瓜}}说要当律师。我听了又想哭又想笑。儿子的数学老师{{han:龙海波}}说他脑子灵，要是能静下心来，考一中不成问题。
访谈者：您自己呢，累不累？
受访者：累。早上五点起来给婆婆打胰岛素、做早饭，送两个伢子上学，七点赶到农家乐，晚上九点才回来。回来还要洗衣服、检查作业。有时候在厨房切菜，切着切着就掉眼泪，怕老板看见，就说是洋葱辣的。我也想过走，一了百了，可是一看伢子们睡着的样子，又舍不得。社区给我报了个技能培训，学做面点，我想学会了自己摆个摊子，时间自由些，能多照顾家里。心里实在憋得慌，我就打社区给的心理热线{{trap/hotline:12355}}，跟人说说话。
访谈者：过年的时候怎么过？
受访者：年三十我们娘几个跟婆婆一起吃饭，给他摆一双筷子。正月里去{{trap/place:苏仙岭}}，婆婆给伢子们讲{{trap/famous:苏耽}}骑鹤成仙、橘井泉香的故事，说做人要积德。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:苏仙区桥口镇长冲村五组18号}}，原来在城里住的房是{{address:北湖区燕泉街道桔井小区7栋3单元201室}}。我身份证{{id_number@wy1990.431003}}，{{han:南瓜}}的{{id_number@my2013spaced.431003}}。我电话{{mobile@spaced}}，{{han:邓春兰}}的电话{{mobile@plus86dash}}，她的微信{{wechat:dengchunlan_sx}}。儿子有个QQ，说是上网课用的，号码他记不住，写在书包里——我翻一下——{{qq:58204917}}。
访谈者：表上的名字写得对吗？
受访者：有错的。社区表上{{han:雷诗琪}}写成了{{spaced:雷　诗　琪}}，低保表上我是{{spaced:曹雪 梅}}，还有一张写成{{spaced:雷 宇 航}}。我婆婆的名字有一回还写了两遍，“{{han:谭凤英}}{{han:谭凤英}}”，是社区的电脑搞错了。
访谈者：您最盼什么？
受访者：盼他在里面好好改造，早点出来，出来老老实实做人。伢子们一天天大了，不能没有爸爸。
""")

# H333: Han township doctor in 自贡 (四川) going through the children in distress among his patients, and whom he reaches on WeChat and QQ.
DOCS["H333"] = ("staff", """\
访谈者：您在卫生院干了多少年了？
受访者：十六年。我叫{{han:钟国庆}}，在{{trap/place:自贡}}{{trap/place:荣县}}一个乡的{{trap/org:卫生院}}当全科医生，兼管全乡的家庭医生签约。困境儿童家里大多有病人，所以这些娃娃我基本都认得。
访谈者：能说几个吗？
受访者：第一家，{{han:李德明}}，四十四岁，以前在{{trap/place:富顺}}的盐化厂，得了尘肺病，喘不上气，只能在屋里坐着。老婆{{han:陈小芳}}跑了。儿子{{han:李明轩}}十四，在{{school:荣县长山镇初级中学初二（1）班}}。他的微信名字就叫“{{han:明轩}}”，头像是一只狗，有时候半夜给我发消息，问他爸喘得厉害要不要紧。
访谈者：第二家呢？
受访者：第二家是{{han:罗素珍}}婆婆，七十六，带两个孙儿。儿子{{han:刘德兵}}在{{trap/place:广东}}工地上摔死了，媳妇改嫁。孙子{{han:刘俊熙}}十一，孙女{{han:刘欣怡}}七岁，都在{{school:长山镇中心小学五年级（3）班}}和二年级。婆婆不会用手机，我都是跟村上的儿童主任{{han:蒋玉兰}}说。{{han:蒋玉兰}}她微信上叫“{{han:蒋幺妹}}”，全乡的人都晓得是她。
访谈者：第三家？
受访者：第三家，{{han:王建伟}}，癫痫，一发作就倒，没法出去做活路。老婆{{han:余春燕}}有精神病，吃着药。两个娃娃{{han:王嘉怡}}、{{han:王嘉乐}}跟着爷爷{{han:王树林}}。{{han:王树林}}他们家是低保户，我每个月上门一回，给两口子送药。
访谈者：您怎么跟这些家庭联系？
受访者：微信、QQ都用。乡民政办的{{han:胡晓东}}，微信上叫“{{han:胡大炮}}”，人嗓门大，心细。他负责报低保、报困境儿童补贴，每人一个月{{trap/number:六百五十元}}。村支书{{han:曾德华}}在QQ上的名字叫“{{han:曾老三}}”，他排行老三。县{{trap/org:卫健局}}的{{compound:东方子谦}}管家庭医生，我有事就在群里找他。县社工站派了{{compound:皇甫若兰}}，跟她搭档的叫{{compound:长孙嘉树}}，我们一起入户。
访谈者：娃娃们自己呢？
受访者：李家的儿子成绩好，他班主任{{han:彭雪芹}}老师说他能考上市里的重点高中。可他周末要回来照顾他爸，作业都是在医院走廊里写的。{{han:刘俊熙}}调皮，去年爬树摔断了手，是我接的骨。{{han:刘欣怡}}胆子小，见了生人就往婆婆身后躲。
访谈者：还有谁参与？
受访者：乡{{trap/org:妇联}}的{{han:邱红梅}}，村医{{han:宋家和}}。{{han:宋家和}}他在村上三十年了，哪家的娃娃几点放学都晓得。{{han:刘欣怡}}发高烧那回，是他背着她走了四里路送到卫生院的。
访谈者：尘肺病那家现在怎么样？
受访者：难。他一天要吸几个{{trap/word:钟头}}的氧，制氧机是县里慈善会送的，电费一个月就一百多。儿子周末回来，先给他拍背、倒痰盂，再去地里掰玉米。我跟娃娃说，你爸的病治不好，但是能养，你要好好读书，读出来了他心里就宽了。娃娃点头，不哭。有一回我半夜出诊回来，看见他家窗户还亮着，娃娃趴在他爸床边写作业，他爸的氧气管嘶嘶地响。那个画面我到现在都记得。
访谈者：您觉得家庭医生对这些娃娃有什么用？
受访者：用处大。大人病了，娃娃也跟着病，只是娃娃的病不在身上，在心里。我们上门量血压、送药，顺便看看娃娃吃的啥、穿的啥、作业写了没有。有的娃娃身上有伤，问是咋个弄的，支支吾吾不说，我们就得多留个心眼，跟村上、跟学校通个气。以前我只管看病，现在晓得了，看一家人的病，要连娃娃一起看。县里今年给我们培训了两回，教我们怎么跟娃娃说话，不要一开口就问你爸妈呢。
访谈者：过年过节呢？
受访者：正月里自贡办灯会，乡上组织这些娃娃坐大巴去看。盐场的老人给娃娃们讲{{trap/famous:李冰}}治水、打盐井的故事，{{han:刘俊熙}}听了说他也要打一口井，打出来卖盐给婆婆治病。
访谈者：登记信息？
受访者：尘肺病那家在{{address:荣县长山镇桥坝村二组15号}}。{{han:李德明}}的身份证{{id_number@my1981.510321}}。{{han:蒋玉兰}}的电话{{mobile@p86h}}，民政办那位的微信号是{{wechat:huxiaodong_ms}}。李家儿子的微信号{{wechat:mingxuan2011dog}}。村支书的QQ号，他写在卫生院的墙上，我抄下来了，是{{qq:935720184}}。
访谈者：名字在表上写得一致吗？
受访者：不一致。有的表写{{spaced:罗 素 珍}}，有的写{{spaced:王　树　林}}，把{{han:刘俊熙}}写成了{{spaced:刘俊 熙}}，还把社工写成{{spaced:皇 甫 若 兰}}，看着像四个人。
访谈者：您最大的感受？
受访者：病一个大人，苦三代人。我们能做的就是多跑几趟，让这些娃娃晓得有人惦记他们。
""")

# H334: Kazakh mother in 和硕 (巴音郭楞); her husband drowned in a mountain flood while herding, four children and his old mother; Hui and Mongolian neighbours.
DOCS["H334"] = ("family", """\
访谈者：大姐，您先介绍一下自己吧。
受访者：我叫{{minority/kazakh:沙吾列·加尔肯}}，三十八岁，哈萨克族，家在{{trap/place:和硕}}县北边的山里。我丈夫{{minority/kazakh:叶尔波森·塔斯肯}}前年夏天在{{trap/place:巴伦台}}那边放羊，山上下来洪水，人和羊一起冲走了，找了三天才找到。家里四个孩子，还有婆婆{{minority/kazakh:吐玛丽斯}}。
访谈者：孩子们多大了？
受访者：老大{{minority/kazakh:叶克宾·叶尔波森}}十五，在{{school:和硕县高级中学高一（5）班}}，我们叫他{{minority/kazakh:叶克宾}}。老二是姑娘，{{minority/kazakh:卡地拉·叶尔波森}}，十二，在{{school:和硕县第二中学初一（2）班}}。老三{{minority/kazakh:巴合达尔}}九岁，老四{{minority/kazakh:加依娜尔}}五岁。{{minority/kazakh:叶克宾}}说他不念了，要回来放羊养家，我不让。{{minority/kazakh:卡地拉}}她一回来就帮奶奶挤奶、烧茶。
访谈者：家里靠什么过日子？
受访者：还剩四十多只羊、两头牛。村里给报了低保，四个孩子按困境儿童报上去，每人每月{{trap/number:一千一百五}}。村支书{{minority/kazakh:努尔别克·沙比提}}跑的手续，跑了{{trap/org:县民政局}}好几趟。{{minority/kazakh:努尔别克}}也是我丈夫小时候的伙伴，他说兄弟走了，孩子就是大家的孩子。村里的儿童主任{{han:孙海燕}}是汉族，哈萨克话说得好，一个月来三回。
访谈者：邻居们呢？
受访者：东边是回族{{minority/hui:马伊布拉}}家，他开拖拉机，打草的时候把我家的也打了。他老婆{{han:马桂莲}}，经名叫{{minority/hui:索菲亚}}，常给孩子们送{{trap/minority_word:油饼子}}。西边是蒙古族{{minority/mongolian:道尔吉加甫}}家，他家的马丢了都是我们家老大帮着找回来的。
访谈者：学校那边呢？
受访者：老大的班主任{{minority/kazakh:古丽加娜提}}老师说，{{minority/kazakh:叶克宾}}他物理好，能考内地的大学。老二的班主任{{han:阎晓红}}老师给她找了一个“一对一”的资助人，每学期给一千块。镇上社工站来了两个年轻人，一个叫{{compound:司马锦程}}，还有一个是{{compound:上官梦溪}}，给老三老四带来了画笔。{{compound:司马锦程}}会弹{{trap/minority_word:冬不拉}}，孩子们跟他学。
访谈者：婆婆身体怎么样？
受访者：婆婆七十四了，儿子走了以后就不大说话。乡卫生院的{{han:徐志勇}}大夫每个月来给她量血压。她每天给老四唱歌，唱的都是她年轻时候的。
访谈者：孩子们想爸爸吗？
受访者：想。老三老问他爸啥时候回来。我就说，你爸变成了山上的鹰。丈夫的哥哥{{minority/kazakh:别尔德别克·塔斯肯}}在{{trap/place:库尔勒}}打工，过年回来，带孩子们骑马。
访谈者：洪水那天是怎么回事？
受访者：那天早上天还好好的，他赶着羊去河滩那边的草场。中午山上下了一场大雨，我们在下面一点都不知道。河水一下子涨起来，黄泥汤一样，他想把羊往坡上赶，自己没上来。村里的人沿着河找了三天，在下游二十多公里的地方找到的。老大那年十三，跟着大人找，三天没合眼。后来他就不爱说话了，学校的心理老师找他谈过好几回。现在他好些了，放假回来会跟老三一起去河边，站一会儿，再回来。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我煮{{trap/minority_word:纳吾肉孜粥}}，炸{{trap/minority_word:包尔萨克}}。夏天{{trap/minority_word:阿肯弹唱}}会，孩子们都去看。晚上婆婆给孩子们讲{{trap/famous:霍加纳斯尔}}的故事，老三笑得在毡子上打滚。
访谈者：您自己做些什么活？
受访者：放羊、挤奶、打馕、缝毡子，什么都干。夏天在牧场上，早上五点起来挤奶，一直忙到天黑。冬天在定居点，我去镇上的饭馆帮工，一天八十块。政府给我们培训过刺绣，我绣的花毡子拿到县城能卖几百块。婆婆手巧，教我绣老花样，说这是她的奶奶传下来的。孩子们的学费、书本费，就是一针一线绣出来的。
访谈者：最难的是什么时候？
受访者：冬天转场。哈萨克人是{{trap/word:马背}}上长大的，可是转场太苦了。以前都是丈夫赶着羊走，现在是老大请了假回来跟着走。去年雪大，走了五天，他的脚冻伤了。我心里难受，可是没办法。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:和硕县乌什塔拉乡恰合萨拉村三组9号}}，冬窝子在{{address:和硕县塔哈其镇那音克村二组21号}}。我的身份证{{id_number@wy1987x.652828}}，老大的{{id_number@my2010hyphen.652828}}。我电话{{mobile@s434}}，{{han:孙海燕}}的电话{{mobile@plus86spaced}}，她的微信{{wechat:sunhaiyan_hs}}。老大有个QQ，说是跟同学问作业用的，号码是{{qq:3058172946}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。户口本上我是{{minority/kazakh:沙吾列·加尔肯}}，低保表上成了{{minority/kazakh:沙吾列加尔肯}}，没有点。学校表上老大是{{spaced:叶克宾 · 叶尔波森}}，老二是{{minority/kazakh:卡地拉叶尔波森}}，还有把老三写成{{spaced:巴 合 达 尔}}的，把村支书写成{{spaced:努尔别克　·　沙比提}}的。
访谈者：您最盼什么？
受访者：盼孩子们都念出书来，不要像我们一样一辈子在山里。
""")

# H335: Han procurator in 武川 (呼和浩特) reading out a case file: a father jailed for theft, a mother gone, two children left with a drinking grandfather; guardianship moved to an aunt.
DOCS["H335"] = ("staff", """\
访谈者：您今天带来的是哪个案子？
受访者：一个支持起诉变更监护人的案子。我叫{{han:秦志远}}，在{{trap/place:武川}}县{{trap/org:检察院}}第二检察部，管未成年人检察。卷宗我一页一页念，你记。
访谈者：好的。
受访者：两个孩子，姐姐{{han:贾梦瑶}}，十三岁，弟弟{{han:贾浩天}}，九岁。父亲{{han:贾二平}}，盗窃，判了五年，在{{trap/place:呼和浩特}}服刑。母亲{{han:郝春花}}，{{trap/year:二〇一九年}}去{{trap/place:包头}}打工，之后联系不上。两个孩子跟着爷爷{{han:贾福贵}}，老人喝酒，喝多了打孩子。学校的{{han:田玉梅}}老师发现弟弟胳膊上有伤，报给了派出所。
访谈者：后来呢？
受访者：派出所的{{han:吕建新}}所长把线索转给我们。我跟同事{{compound:闾丘志恒}}去家里看了三回，屋里冷得跟冰窖一样，炕上就一床破被子。{{han:贾梦瑶}}说她每天做饭、洗衣服，弟弟的作业也是她看。我们又找了镇上的儿童主任{{han:白彩凤}}，她说这家的情况她报过两回。
访谈者：孩子现在跟谁？
受访者：跟姑姑{{han:贾秀英}}。{{han:贾秀英}}她在县城开小饭馆，愿意接。我们支持{{trap/org:民政局}}向法院起诉，撤销爷爷的监护资格，指定姑姑当监护人。法院的{{han:岳红梅}}法官判得快，一个月就下来了。县民政局的{{han:乔志鹏}}给两个孩子报了事实无人抚养，每人每月{{trap/number:一千三百九}}。
访谈者：卷宗里还有谁？
受访者：邻居{{han:张根柱}}作证，说常听见孩子哭。村主任{{minority/mongolian:乌日根达来}}也来作证，他是蒙古族，这个村蒙汉杂居。还有隔壁村的回族大夫{{minority/hui:马哈乃非}}，{{han:贾浩天}}的伤是他给包扎的，他的经名我们按他说的记，叫{{minority/hui:哈乃非}}。县妇联的{{compound:慕容淑雅}}、县社工站的{{compound:巫马子轩}}负责跟进，每月入户一次。
访谈者：案子办下来花了多长时间？
受访者：从接到线索到法院判决，一共五十多天。中间最费劲的是找孩子的妈妈。按法律规定，变更监护要通知她，我们查了她的手机号、社保记录，最后在包头一家餐馆找到了人。她说她自己也过得难，养不了孩子，同意让姑姑当监护人，还哭着托我们给孩子带了两件新衣服。姐姐拿到衣服，摸了半天，没说话，收进了柜子里。
访谈者：孩子们在学校怎么样？
受访者：姐姐在{{school:武川县第二中学初一（4）班}}，弟弟在{{school:可可以力更镇第三小学三年级（2）班}}。姐姐的班主任{{han:温雅琴}}老师给她申请了住校，免了伙食费。姐姐也争气，期中考了全班第三。
访谈者：爷爷现在怎么样？
受访者：{{han:贾福贵}}他也后悔，戒了酒，每个礼拜去姑姑家看孩子一回。村里给他报了低保，家里的{{trap/word:田地}}也租出去了。我们的想法是，不是要把老人推开，是要孩子安全。
访谈者：您第一次去那个家，看到的是什么样？
受访者：腊月里，外头零下二十多度。院门是用铁丝拧着的，推开门一股酒气。爷爷在炕上睡着，叫不醒。姐姐在灶台前煮土豆，锅里就几个土豆，连油都没有。弟弟缩在炕角，穿着一件大人的旧棉袄，袖子挽了好几道。我问他冷不冷，他说不冷，手背上全是冻疮。回来的路上我跟同事半天没说话。第二天我们就把情况报给了院里，院里当天开了检察官联席会，决定先送救助金，再启动监护的程序。
访谈者：卷宗上的身份信息呢？
受访者：我念。{{han:贾梦瑶}}，身份证{{id_number@wy2012.150125}}；{{han:贾浩天}}，{{id_number@my2016spaced.150125}}；{{han:贾二平}}，{{id_number@mmidfwspaced.150125}}；{{han:贾秀英}}，{{id_number@wmidhyphen.150125}}。爷爷家在{{address:武川县哈乐镇庙沟村三组27号}}，姑姑家在{{address:可可以力更镇乐园小区4号楼1单元101室}}。姑姑的电话{{mobile@plain}}，{{han:白彩凤}}的电话{{mobile@h38}}，她的微信{{wechat:Baicaifeng_wc}}。姐姐有个QQ，她跟老师说话用，号码她念给我的，是{{qq:3620894157}}。
访谈者：卷宗里名字有没有写错的？
受访者：有。户籍证明上把孩子写成{{spaced:贾 梦 瑶}}，派出所笔录上有{{spaced:贾　浩　天}}，村委会证明把村主任写成{{spaced:乌 日 根 达 来}}，还有{{spaced:闾 丘 志 恒}}，我同事看了直笑。有一份材料把姑姑的名字写了两遍，“{{han:贾秀英}}{{han:贾秀英}}”，是复制的时候多粘了一次。
访谈者：您办这类案子最难的是什么？
受访者：最难的是发现。孩子不会说，邻居不愿说。现在我们跟学校、派出所、民政局建了强制报告制度，老师看见伤就得报，群众也可以打{{trap/hotline:12345}}反映。我们院里常说一句老话，{{trap/famous:包拯}}断案靠的是明察，我们办未成年人的案子，靠的是多走几步路。
访谈者：孩子们现在怎么样？
受访者：好多了。上个月我去回访，弟弟跑过来给我看他画的画，画的是姑姑家的小饭馆，门口站着他和姐姐。
""")

# H336: Han grandfather in 宜昌 (湖北) raising his granddaughter; her mother died of cancer, her father works in 上海 and remarried.
DOCS["H336"] = ("family", """\
访谈者：老人家，您先说说家里的情况。
受访者：我叫{{han:向德茂}}，六十九岁，住在{{trap/place:宜昌}}{{trap/place:夷陵区}}的山里。老伴{{trap/year:2018年}}走了。儿媳{{han:田晓燕}}三年前得了乳腺癌，治了一年多，还是没留住。儿子{{han:向国平}}在{{trap/place:上海}}打工，去年在那边又成了家，一年回来一趟。孙女{{han:向晴雨}}就跟着我。
访谈者：孙女多大了？
受访者：十岁，在{{school:夷陵区分乡镇中心小学四年级（1）班}}。她小名叫{{han:丫丫}}，是她妈起的。{{han:丫丫}}说她妈走的那天，窗户外面的橘子花开了。我听了一夜没睡着。
访谈者：您一个人带孙女，辛苦吗？
受访者：辛苦倒不怕，怕的是我不会。女孩子的事，我一个老头子不懂。头一回{{han:丫丫}}说肚子疼，我吓得背着她往卫生院跑，是{{han:覃桂芳}}医生跟她说清楚了。后来村里的儿童主任{{han:杜小琴}}常来，跟孙女说些女孩子的话，我就放心多了。
访谈者：还有谁帮过你们？
受访者：村支书{{han:黄永胜}}给我们报了低保。{{han:黄永胜}}说，孩子的妈不在了，爸爸等于不在，按事实无人抚养报，一个月{{trap/number:一千二百三}}。镇上民政办的{{han:郑长江}}来核过两回。{{han:郑长江}}他也是从山里出来的，晓得我们的难处。区里社工站有个{{compound:南宫雨萱}}，跟她同事{{compound:端木一鸣}}一起来，给孙女做了个“妈妈的盒子”，把她妈的照片、信都放在里头。
访谈者：孙女在学校怎么样？
受访者：班主任{{han:聂春华}}老师说她语文好，作文《我的外婆家》得了区里的奖。她外婆{{han:田桂兰}}住在{{trap/place:长阳}}，也七十多了，每年暑假接她去住一个月。她舅舅{{han:田建兵}}在{{trap/place:三峡}}大坝上班，逢年过节来看她，给她买书。
访谈者：孩子爸爸那边呢？
受访者：{{han:向国平}}他{{trap/word:向来}}话少，一个月打一回电话，寄一千块钱。后妈那边也生了孩子，顾不过来。{{han:丫丫}}跟她爸视频的时候不大说话，挂了电话就去院子里坐着。我跟她说，你爸也难，她点点头，不吭声。
访谈者：孙女现在的情绪怎么样？
受访者：比以前好多了。刚开始那一年，她晚上老做噩梦，喊妈妈，我就坐在床边拍着她，拍到天亮。学校的心理老师每个礼拜找她聊一回，社工也来。现在她会跟我说学校里的事了，说哪个同学借了她的橡皮没还，说老师夸她字写得好看。有一回她问我，爷爷，你会不会也走。我说爷爷要看着你考大学、嫁人，还要帮你带娃娃呢。她就笑了，说那你要少抽烟。我第二天就把烟戒了。
访谈者：您自己身体呢？
受访者：有高血压，膝盖也不好，种了两亩橘子，摘的时候请邻居{{han:万家福}}帮忙。{{han:万家福}}都七十了，比我还硬朗。去年我住院半个月，孙女就住在{{han:杜小琴}}家里。{{trap/word:万一}}再有个啥，我都不敢想。
访谈者：孙女她妈生病那一年，家里是怎么过的？
受访者：那一年最难。儿媳在{{trap/place:武汉}}做化疗，一个疗程二十多天，儿子在那边陪着，孙女就跟着我。她那时候才七岁，每天放学回来就问，妈妈今天打针了吗。我不会用视频，是隔壁的小伙子{{compound:申屠俊杰}}教会我的，每天晚上八点，让她跟她妈说几句话。她妈头发掉光了，戴着帽子，还笑着问她作业写完没有。最后那个月，儿媳说想回家，就从医院接回来了，躺在堂屋里。孙女每天给她妈念课文，念着念着她妈就睡着了。走的那天早上，她妈拉着我的手说，爸，伢就交给你了。我说你放心。
访谈者：过节的时候呢？
受访者：端午我带她去看划龙舟，给她讲{{trap/famous:屈原}}投江的故事。她问我，屈原的妈妈也会哭吗。我说会。她就不说话了。清明我们去给她妈上坟，她在坟前把一学期的奖状念一遍。
访谈者：登记表上要填什么？
受访者：家在{{address:夷陵区分乡镇女娲山村四组12号}}，她外婆家在{{address:长阳县龙舟坪镇郑家榜村二组5号}}。我的身份证{{id_number@my1956.420506}}，孙女的{{id_number@wy2015fwhyphen.420506}}。我电话{{mobile@fws}}，儿子的电话{{mobile@p86n}}，他的微信{{wechat:xiangguoping_sh}}。孙女有个QQ，说是跟她舅舅聊天用的，号码她让我记在挂历上了，你看——{{qq:70461825}}。{{han:杜小琴}}的微信{{wechat:duxiaoqin_1978}}，她的QQ我也记了，在本子上，是{{qq:2846019375}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。学校表上孙女是{{spaced:向 晴 雨}}，低保表上我成了{{spaced:向德 茂}}，还有把社工写成{{spaced:南　宫　雨　萱}}的，把她舅舅写成{{spaced:田 建 兵}}的。
访谈者：您最大的心愿？
受访者：盼我多活几年，看着孙女长大，念个大学。她说长大要当医生，治她妈那种病。我说好，爷爷给你攒学费。
""")



def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=329,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=WRITTEN_WITH)


if __name__ == "__main__":
    main()
