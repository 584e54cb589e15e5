# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 110 (tests/pii/holdout110/H865-H872 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 110 is about children in distress (困境儿童) and the help they get, in eight new voices, most of them in 丽江 and
its counties: a Mongolian mother from 东乌珠穆沁旗 who runs a small guesthouse in 古城区 and whose husband went back
north and never called again; a Kham Tibetan father from 稻城 (甘孜) who drives tourists in 丽江, a widower with his
three children at school there; a Uyghur father from 英吉沙 who sells knives in the old town, his two elder children
left behind with his blind father and lame mother; a Hui grandmother in 永胜 raising the three children of her son,
who died in a flooded coal mine, while their mother has remarried; a Naxi (纳西族) grandmother in 玉龙 raising three
grandchildren whose parents work in 昆明, with her husband lamed by a stroke; a Yi father from 宁蒗 whose wife lies
in hospital after a fall from a cliff; a Han primary-school teacher in 华坪 who reaches the pupils and parents of her
class on WeChat and QQ; and a Han county civil-affairs officer in 永胜 reading out his case files. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of three
to six characters (敖登娜布其, 斯庆图娅 then 斯庆, 奥特根巴雅尔 then 奥特根, 朝克图那木拉他), a Han surname before a
Mongolian given name (包苏日嘎) and the Han names of the same people (白秀珠, 白姐, 白浩宇); Kham Tibetan names (巴登曲批
then 巴登, 向巴次称 then 次称, 此里卓玛, 洛桑降措说), a Han surname before a Tibetan given name (杨央宗) and the Han name
of a Tibetan (杨文昊); Uyghur given name + father's name with a dot, a heavy dot and none (萨吾提·吐拉克,
萨吾提•吐拉克, 萨吾提吐拉克) with short forms (萨吾提, 艾克热木江, 祖丽菲娅); Hui names in Han form (马凤仙, 纳建华,
赛春梅, 撒永清) beside 经名 used alone (者乃拜, 伊卜拉黑麦, 祖白德, 萨尔玛, 鲁哈) and after the Han surname 纳 (纳塔希尔,
纳哈米德); Naxi names in Han form with the surnames 和, 木, 杨, 李 (和秀珍, 木丽芳, 和雨桐, 木长青), among them names
that read as "and ..." (和大夫, 和主任, 和永福他) and nicknames (阿轩, 虎娃); Yi clan name + given name (果基约哈,
沙马阿果, 果基尔古 then 尔古, 沙马有铁 then 有铁, 罗洪古日) and 阿- names (阿嘎, 阿衣); Han names with common and rare
surnames (寸, 蔺, 撒, 詹, 庹, 靳, 訾), titles and kin words, a surname with only a title or kin word annotated whole
(白姐, 和姨, 木大哥, 和主任, 牛老师, 毛队长, 老付, 陈所长, 章校长, 木老师, 和大夫, 庹奶奶, 詹老师, 老谷, 祁校长, 邵叔叔),
names that contain words (訾光荣, 苏国庆, 木长青, 和永福, 杨有福), a name written twice on a form, names directly
before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after
ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和秀珍}}``, ``{{qq:2573069148}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014spaced.530702}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 科长, 队长, 阿訇, 毕摩,
大姐, 大爹, 嫂子) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a surname with only a title or kin word (白姐, 和主任, 木老师) is annotated whole,
and so are nicknames (阿轩, 虎娃). Han-style names of Mongolian, Tibetan, Hui and Yi people (白秀珠, 杨文昊, 马凤仙,
郭文才) and the Han-form names of the Naxi voice are category han; a Han surname before a non-Han given name (包苏日嘎,
杨央宗, 纳塔希尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout110/make_holdout110.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(110_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "139", "147", "152", "153", "155", "159", "177", "180", "182", "185", "186", "189",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H865: Mongolian mother from 东乌珠穆沁旗 with a guesthouse in 古城区 (丽江); her husband went north and vanished.
DOCS["H865"] = ("family", """\
访谈者：您好，先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:敖登娜布其}}，老家在{{trap/place:东乌珠穆沁旗}}，嫁到{{trap/place:丽江}}快十二年了。身份证上的汉名是{{han:白秀珠}}，住店的客人都喊我{{han:白姐}}。我在{{trap/place:古城区}}租了个院子开客栈，六间房。孩子他爸{{minority/mongolian:巴图毕力格}}前年说回{{trap/place:锡林浩特}}跑运输，走了就没回来，电话换了号，微信也把我删了。
访谈者：孩子们多大了？
受访者：两个。姐姐{{minority/mongolian:斯庆图娅}}十一岁，在{{school:古城区祥和第二小学五年级（3）班}}，家里叫她{{minority/mongolian:斯庆}}。{{minority/mongolian:斯庆}}也懂事，放学回来帮我叠床单、收房钱。弟弟{{minority/mongolian:奥特根巴雅尔}}七岁，汉名{{han:白浩宇}}，在附近的小学读一年级。他姐叫他{{minority/mongolian:奥特根}}，他不爱听，说自己是男子汉，要叫全名。
访谈者：孩子爸爸走了以后，日子怎么过？
受访者：旺季还行，淡季一个月住不满十间夜。房租一年{{trap/number:六万八}}，去年交不上，房东{{han:木文昌}}说缓两个月。他人好，{{han:木大哥}}从来没催过我。疫情那几年最难，我把老家寄来的{{trap/minority_word:奶豆腐}}拿到{{trap/place:忠义市场}}去卖。
访谈者：有谁帮过你们？
受访者：社区的儿童主任{{han:和丽娟}}，纳西族，大家叫她{{han:和主任}}。{{han:和主任}}说我这种男人失联的，孩子可以按事实无人抚养去报，她带着我跑了两趟{{trap/org:区民政局}}，材料里要派出所出的失联证明。街道的{{han:王春晖}}科长来入户核过一次。区里社工站有个小伙子叫{{compound:拓跋子骞}}，还有一个姑娘是{{compound:段干雨萌}}，每周三晚上给孩子们辅导作业。
访谈者：老家的亲人呢？
受访者：我{{trap/minority_word:额吉}}{{minority/mongolian:乌日根花}}七十了，还在{{trap/place:乌里雅斯太}}跟我哥{{minority/mongolian:朝克图那木拉}}放羊。{{minority/mongolian:朝克图那木拉}}他每年秋天卖了羊，给孩子们寄{{trap/number:两千块}}。在丽江我认识一个老乡{{minority/mongolian:包苏日嘎}}，在酒吧街唱歌，周末来帮我带孩子。{{minority/mongolian:包苏日嘎}}跟孩子们说蒙古话，怕他们忘了。
访谈者：孩子在学校怎么样？
受访者：姐姐的班主任{{han:李晓霁}}老师说她作文写得好，写过一篇《我的两个家乡》，写草原上的{{trap/minority_word:那达慕}}，也写{{trap/place:玉龙雪山}}。弟弟的班主任是{{han:牛老师}}，她说孩子上课老走神，问他想什么，他说想爸爸。
访谈者：您自己身体怎么样？
受访者：腰椎间盘突出，铺床弯不下腰。去年冬天住了一回院，是区医院的{{han:牛建恒}}大夫给看的。住院那几天，客栈靠{{han:和春芳}}撑着，她是隔壁院子的，帮我接客人、做早饭。孩子们就睡在她家，到现在还喊她{{han:和姨}}。
访谈者：过节怎么过？
受访者：{{trap/minority_word:白月}}的时候我们包包子、煮{{trap/minority_word:手把肉}}，给孩子们穿上{{trap/minority_word:蒙古袍}}，视频给额吉看。纳西族过{{trap/minority_word:三朵节}}，{{han:和丽娟}}也叫我们去她家吃饭。我给孩子们讲{{trap/famous:江格尔}}的故事，讲{{trap/minority_word:马头琴}}是怎么来的，{{minority/mongolian:奥特根巴雅尔}}听着听着就睡着了。
访谈者：孩子们怎么看爸爸的事？
受访者：姐姐心里明白，从来不在弟弟面前提。有一回我听见她在被窝里哭，第二天早上起来又跟没事一样，给弟弟梳头、装书包。弟弟小，街上见了穿皮夹克的男人就跟着看，以为是爸爸。去年过年，客栈住了一家从{{trap/place:呼和浩特}}来的客人，那家的男人会说蒙古话，弟弟缠着人家讲了一晚上的草原。我在厨房里听着，眼泪止不住。
访谈者：客栈以后怎么打算？
受访者：房东说明年要涨租，涨到{{trap/number:七万五}}。我算了算，再涨就撑不下去了。{{han:和丽娟}}帮我问了社区的公益岗位，说可以去做保洁，一个月一千八，时间也灵活，能接送孩子。我还没想好，客栈是我一砖一瓦收拾出来的，舍不得。社区的{{han:赵秉坤}}书记说，实在不行就先把孩子的事办下来，别的慢慢来。
访谈者：登记表要填地址、证件和电话。
受访者：客栈在{{address:古城区束河街道龙泉社区中和村五组18号}}，老家户口在{{address:东乌珠穆沁旗嘎达布其镇额仁高比嘎查二组7号}}。我身份证{{id_number@wy1985.152525}}，姐姐的{{id_number@wy2014spaced.530702}}。我电话{{mobile@plain}}，客栈前台的{{mobile@s38}}。微信就是客栈的，叫{{wechat:aodeng_inn2012}}。姐姐有个QQ，说跟草原上的表姐聊天用，号码她贴在冰箱门上，我念给你：{{qq:2573069148}}。
访谈者：表上的名字写得对吗？
受访者：对不上的多。社区那张表上写的是{{spaced:斯 庆 图 娅}}，学校写成{{spaced:奥特根 巴雅尔}}，我自己被写成{{spaced:敖　登　娜　布　其}}，孩子爸写成{{spaced:巴图 毕力格}}。
访谈者：您最盼什么？
受访者：盼孩子们好好长大。也盼孩子他爸哪天打个电话回来，哪怕只问一句孩子好不好。
""")

# H866: Kham Tibetan father from 稻城 (甘孜) who drives tourists in 丽江; a widower, his three children at school there.
DOCS["H866"] = ("family", """\
访谈者：您是哪里人？怎么到丽江来开车的？
受访者：我是{{trap/place:稻城}}{{trap/place:桑堆}}那边的，叫{{minority/tibetan:巴登曲批}}，在丽江开车第八年了。车是租的七座商务车，拉客人跑{{trap/place:泸沽湖}}、{{trap/place:香格里拉}}，有时候一直开回{{trap/place:亚丁}}。上户口的时候乡干部给我起了个汉名叫{{han:杨文昊}}，车队里的人都喊我{{minority/tibetan:巴登}}。
访谈者：家里几口人？
受访者：老婆{{minority/tibetan:格绒志玛}}前年查出尿毒症，在{{trap/place:成都}}透析了一年，去年冬天走了。丢下三个娃娃，都跟我在丽江念书。老大{{minority/tibetan:向巴次称}}十三岁，家里叫他{{minority/tibetan:次称}}，在{{school:古城区七河中学初一（4）班}}。老二是姑娘，{{minority/tibetan:斯郎央宗}}，十岁，学校登记的名字是{{minority/tibetan:杨央宗}}，在{{school:玉龙县黄山第三小学四年级（1）班}}。老三{{minority/tibetan:呷绒翁加}}六岁，跟姐姐一个学校，读一年级。
访谈者：您出车的时候孩子谁管？
受访者：跑长线一走就是三四天，娃娃们托给邻居{{han:李桂香}}大姐。{{han:李桂香}}她是四川人，在古城卖{{trap/minority_word:牦牛肉干}}，两个孩子跟我家的一起写作业。老二跟她最亲，喊她阿妈。
访谈者：学校那边呢？
受访者：{{minority/tibetan:次称}}的班主任是{{han:和卫东}}老师，纳西族。他说娃娃数学好，就是写作文吃力。学校知道娃娃没了妈，给免了午餐费。老大那孩子话少，他妈走的时候一滴眼泪也没掉，后来在作文里写，说晚上梦见妈妈在{{trap/place:桑堆}}的青稞地里喊他。{{han:和卫东}}老师看了，专门来家里坐了一晚上。
访谈者：有哪些部门帮过你们？
受访者：户口还在老家，低保是老家乡上给报的，一个月{{trap/number:七百四}}。村里的儿童主任{{minority/tibetan:此里卓玛}}每个月打电话问娃娃。丽江这边社区的{{han:木秀兰}}主任帮娃娃们办了借读，又把三个娃娃登记成困境儿童，过年过节送米送油。{{trap/org:玉龙县教育局}}给老大批了一学期的营养餐补助。社工站的{{compound:巫马朗清}}和{{compound:公冶星遥}}每个月来一趟，带娃娃们去{{trap/place:黑龙潭}}写生。
访谈者：老家还有谁？
受访者：丈母娘{{minority/tibetan:多吉翁姆}}在稻城，七十一了，一个人守着老房子。我弟弟{{minority/tibetan:洛桑降措}}在县城开藏餐馆，挖{{trap/minority_word:虫草}}的季节就回村。{{minority/tibetan:洛桑降措}}说让我把老三送回去，他跟他老婆带。我舍不得，三个娃娃在一起才像个家。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}我们开车回稻城，在家里点{{trap/minority_word:酥油灯}}，给她妈念经。夏天村里跳{{trap/minority_word:锅庄}}，娃娃们跟着跳。我阿妈在世的时候爱讲{{trap/famous:阿古登巴}}的故事，现在换我讲给娃娃们听。
访谈者：开车挣的钱够用吗？
受访者：旺季一个月能落六七千，淡季一两千，车租一个月就要{{trap/number:三千五}}。车队调度{{compound:慕容朗月}}排班的时候照顾我，长线尽量不排给我。去年{{han:杨文昊}}这个名字上了车队的欠款名单，是{{han:毛队长}}替我垫的钱。他是{{trap/place:大理}}人，话不多，心好。
访谈者：三个孩子平时谁做饭？
受访者：我在家就我做，我不在就老大做。他会打酥油茶，也会炒洋芋丝。老二帮着洗碗，老三负责把碗摆上桌。有一回我跑{{trap/place:梅里雪山}}回来晚了，三个娃娃围着电饭锅等我，锅里的饭都凉了，谁也没先吃。我那天晚上一宿没睡着。
访谈者：您想过回稻城吗？
受访者：想过。回去了能种青稞、挖虫草，可是娃娃们在这边念书念惯了，老家的学校要翻两座山。车队的{{han:付荣昌}}劝我别回，{{han:老付}}他自己也是从外地来的，说丽江的学校好，娃娃的前途要紧。我想了想，还是先在这边干着，等老大考上高中再说。
访谈者：登记表要填地址和号码。
受访者：老家在{{address:稻城县桑堆镇吉呷村二组11号}}，丽江租的房子是{{address:玉龙县黄山街道文笔小区9幢2单元302室}}。我的身份证{{id_number@my1983.513337}}，老大的{{id_number@my2012spaced.513337}}。电话{{mobile@plus86}}，也是微信，微信号是{{wechat:badeng_driver83}}。老大有个QQ，他说在上面跟老家的同学聊天，号码写在车里的遮阳板背面：{{qq:936184027}}。
访谈者：名字在表上写得对吗？
受访者：我们藏族名字各写各的。有的表上是{{spaced:巴 登 曲 批}}，有的写成{{spaced:向巴 次称}}，姑娘被写成{{spaced:斯　郎　央　宗}}，老三成了{{spaced:呷绒 翁加}}。
访谈者：您最大的心愿？
受访者：娃娃们念出书来。老大说要考到{{trap/place:昆明}}去学医，我说爸爸开车供你。老二说要当老师，回稻城教书。老三还小，说长大了也要开车，拉着爸爸去看雪山。
""")

# H867: Uyghur father from 英吉沙 who sells knives in the old town; two children left behind with his parents.
DOCS["H867"] = ("family", """\
访谈者：您在古城卖刀多少年了？
受访者：十年了。我叫{{minority/uyghur:萨吾提·吐拉克}}，老家是{{trap/place:英吉沙}}的，我们那里家家打小刀。铺子在{{trap/place:大研古城}}{{trap/place:四方街}}后面，卖{{trap/minority_word:英吉沙小刀}}，也卖{{trap/minority_word:艾德莱斯}}围巾。古城里做生意的都叫我{{minority/uyghur:萨吾提}}。
访谈者：家里的情况呢？
受访者：我跟孩子他妈{{minority/uyghur:热汗古丽·卡德尔}}三年前离了，她回了{{trap/place:喀什}}，又成了家。三个孩子，两个大的在英吉沙跟着我爸妈，小的跟我在丽江。我爸{{minority/uyghur:吐拉克·奴鲁拉}}眼睛瞎了，我妈{{minority/uyghur:肉孜古丽}}腿不好，老两口带两个孙子，我心里一直过意不去。
访谈者：孩子们多大了？
受访者：老大{{minority/uyghur:艾克热木江·萨吾提}}十三，在{{school:英吉沙县第二中学初一（2）班}}住校，家里都叫他{{minority/uyghur:艾克热木江}}。老二是丫头，{{minority/uyghur:祖丽菲娅·萨吾提}}，九岁，在{{school:英吉沙县芒辛镇第三小学三年级（1）班}}。小的{{minority/uyghur:斯迪克江}}七岁，跟我在丽江，在古城边上的小学读一年级。
访谈者：老家那边谁在帮？
受访者：村里的儿童主任是汉族姑娘{{han:陈晓雯}}，她把两个大的报成了留守儿童，每个礼拜去家里看一回，给我爸量血压。驻村工作队的{{han:刘建勋}}队长帮我爸办了残疾证，一级视力残疾，每月有{{trap/number:一百二}}的护理补贴。村支书{{minority/uyghur:衣明江·托合提}}给我家报了低保。他跟我说，老人孩子村里看着，你在外头安心挣钱。
访谈者：丽江这边呢？
受访者：社区的{{han:和建明}}书记对我们很好。小的刚来的时候不会说汉话，学校的{{han:杨佳慧}}老师每天放学留他半个钟头教拼音。现在他说得比我还好，还会几句纳西话。社区请的社工{{compound:申屠晚晴}}给他找了个大学生志愿者辅导作业，还有{{compound:尉迟砚农}}，每个月来铺子里问一回孩子的情况。隔壁卖银器的{{han:寸德华}}铺子不忙的时候，帮我看一会儿店，我去学校接孩子。
访谈者：孩子在丽江习惯吗？
受访者：小的适应得快。古城里游客多，他放学就在铺子门口帮我吆喝，说刀是手工打的，十年不钝。有游客问他是哪里人，他说是丽江人，我听了又高兴又心酸。吃饭是个难处，古城里清真馆子少，我们常去{{trap/org:清真寺}}边上一家回族人开的馆子吃牛肉面，老板{{han:马继荣}}见孩子来就多加一勺肉。
访谈者：老家的两个孩子您多久见一次？
受访者：一年回两趟。先坐车到昆明，再飞{{trap/place:乌鲁木齐}}，转机到喀什，再坐一个多钟头的车，路上就要两天。每次回去，老大都长高一截，老二躲在我妈身后不肯过来，要过半天才叫爸爸。走的时候她抱着我的腿哭，我只能骗她说下个月就回来。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/uyghur:祖丽菲娅}}每次视频都问妈妈在哪里。她妈也打电话来，可她现在那个家也有孩子，顾不过来。{{minority/uyghur:艾克热木江}}大了，不问，就是成绩掉了。他的班主任{{minority/uyghur:阿丽米热·阿布都}}老师给我打过两回电话。
访谈者：过节回去吗？
受访者：{{trap/minority_word:古尔邦节}}一定回。我妈做{{trap/minority_word:抓饭}}，宰一只羊，请邻居来吃。晚上我爸给孙子讲{{trap/famous:阿凡提}}的笑话，他看不见了，笑话还记得清清楚楚。
访谈者：生意好做吗？
受访者：这两年一般，客人在网上买得多。卖刀要去派出所备案，手续多，{{han:陈所长}}说这是规矩，他也帮我跑过两回。一个月交了铺租还剩{{trap/number:四千来块}}，三千寄回老家。冬天是淡季，古城里冷清，我就在网上直播打刀，老家的手艺，有人看就有人买。
访谈者：登记表上的信息？
受访者：老家在{{address:英吉沙县芒辛镇喀拉巴格村4组23号}}，丽江住的是{{address:古城区西安街道祥和社区金星小区5幢1单元201室}}。我的身份证{{id_number@my1984x.653123}}。电话{{mobile@hyphen}}，我爸家里那部是{{mobile@p86n}}。微信{{wechat:sawut_pichaq}}。老大有QQ，说班上同学都用，号码我让他发到我手机上了：{{qq:3182640975}}。
访谈者：名字表上写得对吗？
受访者：五花八门。低保表上我是{{minority/uyghur:萨吾提吐拉克}}，没有点；学校表上老大是{{spaced:艾克热木江 · 萨吾提}}，点两边空着；老二写成{{spaced:祖 丽 菲 娅}}；我爸写成{{spaced:吐拉克 奴鲁拉}}；还有一张把我写成{{minority/uyghur:萨吾提•吐拉克}}，用的是个粗点。
访谈者：您最盼什么？
受访者：攒够了钱，把两个大的也接来丽江念书，一家人在一块儿。
""")

# H868: Hui grandmother in 永胜 raising the three children of her son, who died in a coal mine; their mother remarried.
DOCS["H868"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：四口，我跟三个孙子孙女。我叫{{han:马凤仙}}，经名{{minority/hui:者乃拜}}，今年六十六，住在{{trap/place:永胜}}县城边上的回族村。老头子{{han:纳正清}}前年得肺病走了，他的经名叫{{minority/hui:阿卜杜莱}}。儿子{{han:纳建华}}在{{trap/place:华坪}}的煤矿下井，四年前井下透水，人没能上来。儿子的经名是{{minority/hui:伊卜拉黑麦}}，寺里每年给他念一回。
访谈者：孩子们的妈妈呢？
受访者：儿媳{{han:沙丽萍}}，经名{{minority/hui:哲玛}}，守了一年，后来嫁到{{trap/place:宾川}}去了。她临走跪在我面前哭，说娃娃留给我，她每个月寄钱。头一年寄了，后来那边也生了娃娃，就寄得少了。我不怪她，她还年轻。
访谈者：三个孩子多大？
受访者：大孙子{{han:纳思远}}十三，在{{school:永胜县第三中学初一（5）班}}，寺里的人叫他{{minority/hui:纳塔希尔}}。孙女{{han:纳思琪}}十岁，经名{{minority/hui:萨尔玛}}，在{{school:永胜县永北镇回族小学四年级（2）班}}。小孙子{{han:纳思恒}}六岁，我们喊他{{minority/hui:纳哈米德}}，今年刚上学前班。
访谈者：儿子走后，家里靠什么过？
受访者：矿上赔了{{trap/number:八十六万}}，大半拿去还了盖房子的账，剩下的存着给娃娃们念书。爸爸没了，妈妈改嫁了，村里的儿童主任{{han:赛春梅}}说，按事实无人抚养报上去，每人每月{{trap/number:一千二百四}}。{{han:赛春梅}}她跑了好几趟{{trap/org:县民政局}}。乡上民政办的{{han:保德昌}}来家里核过三回，每回都把娃娃们的作业本翻一翻。
访谈者：寺里帮忙吗？
受访者：帮。{{trap/org:清真寺}}的{{han:沙永德}}阿訇，经名{{minority/hui:祖白德}}，每年{{trap/minority_word:开斋节}}前把散的{{trap/minority_word:乜贴}}先给我们留一份。{{minority/hui:祖白德}}阿訇说，孤儿的事是大家的事。大孙子周末去寺里念经，{{minority/hui:纳塔希尔}}念得好，阿訇夸过他。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:马晓岚}}老师是回族，每天中午给她留一份清真饭。大孙子班上有个男娃娃笑话他没爹，{{han:纳思远}}他跟人打了一架，被叫了家长。我去学校，{{han:章校长}}说不怪娃娃，把那个男娃娃也叫来，让他们握了手。后来那个男娃娃跟他成了好朋友，周末还来家里写作业。
访谈者：您身体还行吗？
受访者：血压高，晚上睡不着，一想起儿子就心口疼。隔壁的{{minority/hui:鲁哈}}嫂子经常过来陪我说话，她男人{{han:撒永清}}会开车，娃娃生病了都是他送去县医院。县医院的{{han:丁惠甄}}大夫说我这是心病。社工站来过一个姑娘，叫{{compound:赫连沐禾}}，给娃娃们做心理辅导，孙女回来画了一幅画，画的是她爸爸在天上。
访谈者：孩子们知道爸爸是怎么没的吗？
受访者：大的知道。矿上出事那天，他正在学校上课，是他叔叔去接的他，到现在他都不让我提煤矿两个字。孙女那时候六岁，只记得家里来了很多人，寺里的人都来了。小孙子还在吃奶，什么也不记得，看到照片就问这个叔叔是谁。我听了心里跟刀割一样。
访谈者：您担心什么？
受访者：担心我哪天走了，三个娃娃没人管。我跟村上说过，要是我不在了，就让娃娃的姑妈{{han:纳春兰}}来带。她嫁在{{trap/place:程海}}边上，家里养鱼，日子还行。她答应了，说三个娃娃就是她的娃娃。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，我带娃娃们去给爷爷和爸爸{{trap/minority_word:走坟}}。{{trap/minority_word:圣纪节}}寺里宰牛，娃娃们帮着端碗。夏天晚上我们在院子里{{trap/word:纳凉}}，我给他们讲{{trap/famous:郑和}}下西洋的故事，说他也是咱们云南的回回。
访谈者：登记的信息说一下。
受访者：家在{{address:永胜县永北镇金官村回民组16号}}。我的身份证{{id_number@wy1959.530722}}，大孙子的{{id_number@my2012quad.530722}}。我的电话{{mobile@spaced}}。儿媳的微信{{wechat:Shaliping_0721}}，每个月她在上面问一回娃娃。大孙子有个QQ，说上网课留下的，号码写在他的课本封皮上：{{qq:40291753}}。
访谈者：名字写得对吗？
受访者：不对的多。经名各写各的，孙女被写成{{spaced:萨 尔 玛}}，我自己是{{spaced:者　乃　拜}}，大孙子表上是{{spaced:纳思 远}}，还有一张写的是{{spaced:马 凤 仙}}。
访谈者：您最盼什么？
受访者：盼娃娃们平平安安长大，再不要下井。{{minority/hui:者乃拜}}这个名字是我奶奶给起的，我就盼着像她说的那样，心里亮堂。
""")

# H869: Naxi grandmother in 玉龙 raising three grandchildren whose parents work in 昆明; her husband lamed by a stroke.
DOCS["H869"] = ("family", """\
访谈者：奶奶，您带着几个孙子？
受访者：三个。我叫{{han:和秀珍}}，纳西族，今年六十三，家在{{trap/place:玉龙}}{{trap/place:白沙}}那边的村子。儿子{{han:和建林}}跟儿媳{{han:木丽芳}}在{{trap/place:昆明}}打工，一个在工地开塔吊，一个在饭馆洗碗，一年回来一次。老头子{{han:和德寿}}前年中风，半边身子动不了，天天坐在院子里晒太阳。
访谈者：孩子们多大？
受访者：大孙女{{han:和雨桐}}十二岁，在{{school:玉龙县白沙完小六年级（2）班}}。二孙子{{han:和子轩}}九岁，读三年级，我们喊他{{han:阿轩}}。{{han:阿轩}}就是皮，上树掏鸟窝，去年从核桃树上掉下来，胳膊断了。小孙子{{han:和小虎}}五岁，村里人都叫他{{han:虎娃}}，在村里幼儿园。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{han:虎娃}}他天天问妈妈什么时候回来。{{han:木丽芳}}每天晚上九点打视频，她在饭馆后厨，说几句就被老板喊走。{{han:和雨桐}}懂事，帮我喂猪、做饭，还给她爷爷喂药。
访谈者：家里谁帮忙？
受访者：村里的儿童主任{{han:李金珠}}，她三天两头来。{{han:李金珠}}说，我们家这三个是留守儿童，老头子又是残疾，她给报了低保，老头子还有残疾人两项补贴，一个月{{trap/number:二百一}}。村支书{{han:杨国林}}给我们家修了厕所，又帮着申请了危房改造。镇卫生院的{{han:和大夫}}每个月来给老头子量血压，她是我们村嫁出去的姑娘。县里社工站的{{compound:公孙禾青}}来过两回，给娃娃们带了绘本。
访谈者：老头子中风以后，家里怎么安排？
受访者：刚中风那阵，儿子从昆明回来了半个月，带他爹去城里的医院做康复，一天就要好几百。钱花完了，儿子又回去上工。现在每天早上我扶他在院子里走两圈，{{han:和雨桐}}放学回来给他按腿。镇上请来的康复师{{compound:万俟安澜}}教了几个动作，孙女学得比我还快。
访谈者：孩子们的爸妈怎么打算？
受访者：儿子说再干两年，攒够钱就回来，在{{trap/place:束河}}开个小吃店，卖{{trap/minority_word:丽江粑粑}}和鸡豆凉粉。儿媳说她想回来，可是昆明的活一个月能挣四千，回来挣不到。我不劝他们，年轻人有年轻人的打算。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:木老师}}是个年轻姑娘，还教娃娃们写{{trap/minority_word:东巴文}}。她说{{han:和雨桐}}作文好，写爷爷的那篇拿到镇上念了。{{han:阿轩}}的老师是{{han:杨秋硕}}，男老师，管得严，{{han:阿轩}}就怕他。
访谈者：孩子们的学习谁辅导？
受访者：我不识几个字，辅导不了。大孙女自己学，还教弟弟写字。村里办了个四点半课堂，大学生志愿者暑假来上课，{{han:阿轩}}最爱上他们的美术课，画了一张全家福，画里他爸他妈站在中间，手拉着手。
访谈者：邻居们呢？
受访者：隔壁{{han:和永福}}家两口子在家种{{trap/word:雪桃}}，{{han:和永福}}他老婆{{han:李凤娇}}常给娃娃们送桃子。前些年我跟她吵过一架，后来也{{trap/word:和好}}了。村头的{{han:木长青}}大爹会念东巴经，村里谁家有事都请他。
访谈者：您自己怎么样？
受访者：腿疼，膝盖里有积水。可是不能倒下，倒下了这个家就散了。我每天五点起来，先给老头子擦身子，再烧火做饭，送{{han:虎娃}}去幼儿园，然后下地。种的是土豆和玉米，还有几棵{{trap/word:李子}}树，院子里的{{trap/word:木头}}都是老头子没病的时候劈好的。
访谈者：过节呢？
受访者：{{trap/minority_word:三朵节}}村里杀猪，{{trap/minority_word:火把节}}娃娃们举着火把满村跑。春节儿子儿媳回来，一家人才算齐了。我给娃娃们讲{{trap/famous:阿一旦}}的故事，{{han:阿轩}}笑得打滚。{{han:木长青}}大爹还教娃娃们唱{{trap/minority_word:纳西古乐}}里的调子。
访谈者：登记信息说一下。
受访者：家在{{address:玉龙县白沙镇新善村委会文海组32号}}，儿子在昆明租的是{{address:盘龙区茨坝街道阳光小区3栋2单元601室}}。我的身份证{{id_number@wy1962.530721}}。儿子电话{{mobile@h38}}，儿子微信{{wechat:hejianlin_tadiao}}。大孙女有个QQ，跟她妈留言用，号码是她自己写在日历上的：{{qq:63917028}}。
访谈者：名字表上写对了吗？
受访者：有错的。低保表上老头子写成{{spaced:和 德 寿}}，大孙女成了{{spaced:和　雨　桐}}，儿媳妇写成{{spaced:木 丽 芳}}。
访谈者：您最盼什么？
受访者：盼儿子儿媳回丽江来找个活，一家人在一块。三个娃娃，我老了，带不了几年了。
""")

# H870: Yi father from 宁蒗 whose wife lies in hospital after a fall; four children at home.
DOCS["H870"] = ("family", """\
访谈者：您爱人现在怎么样？
受访者：还在{{trap/org:丽江市人民医院}}住着。我叫{{minority/yi:果基约哈}}，汉名叫{{han:郭文才}}，家在{{trap/place:宁蒗}}{{trap/place:跑马坪}}的山上。老婆{{minority/yi:沙马阿果}}上个月上山砍柴摔下了崖，头上开了口子，脊椎也伤了，医生说以后可能站不起来。她的汉名是{{han:沙秀英}}，住院登记用的是这个。
访谈者：家里还有谁？
受访者：四个娃娃。老大{{minority/yi:果基尔古}}十四岁，在{{school:宁蒗县民族中学初二（3）班}}住校，我们叫他{{minority/yi:尔古}}。老二是姑娘{{minority/yi:果基阿嘎}}，十一岁，家里叫{{minority/yi:阿嘎}}，在{{school:跑马坪乡中心完小五年级（1）班}}。老三{{minority/yi:果基石哈}}八岁，老四{{minority/yi:阿衣}}四岁。我在医院陪老婆，家里靠{{minority/yi:阿嘎}}她照顾弟弟妹妹，煮洋芋、喂猪，十一岁的娃娃。
访谈者：您老婆出事那天是怎么回事？
受访者：那天下着小雨，她一个人背着背篓上山砍柴，说要赶在{{trap/minority_word:火把节}}前把柴备够。天黑了还没回来，老二跑到邻居家喊人。我们打着火把找了半夜，在崖下面找到她，她还醒着，说腿没知觉了。村里的年轻人轮流背她下山，走了三个钟头才到公路边，救护车从县城开上来又是两个钟头。
访谈者：四个娃娃现在谁管？
受访者：白天老二带着老三老四，晚上邻居{{han:杨金秀}}过来陪着睡。{{trap/word:杨家}}跟我们是几辈人的邻居，她男人{{han:杨有福}}帮我把地里的洋芋挖了。我在医院里一天给家里打三回电话，听到老四在电话那头喊爸爸，我就想{{trap/word:马上}}回去。可是老婆离不开人，翻身、接尿都要我来。
访谈者：还有谁帮您照看？
受访者：老婆的哥哥{{minority/yi:沙马有铁}}每天上来看一眼。他自己也有五个娃娃，家里也紧。村里的儿童主任{{minority/yi:吉尔子哈}}把四个娃娃登记成困境儿童，每周去家里看，给娃娃们洗头。村支书{{minority/yi:罗洪古日}}在村里给我们家募了{{trap/number:六千多块}}。我去找乡上民政助理{{han:罗志伟}}，他帮我申请了临时救助，派出所的{{han:沙国忠}}所长给开了证明，又去县{{trap/org:医保局}}问大病报销。
访谈者：医院的费用怎么办？
受访者：已经花了七万多。新农合报了一部分，医院的社工{{compound:南宫雪舟}}帮我们申请了一个基金会，说还能补一点。主治的{{han:蔺宏伟}}大夫说要做第二次手术，我签字的时候手一直抖。
访谈者：孩子们上学怎么样？
受访者：{{minority/yi:尔古}}说要退学回家帮忙，班主任{{han:苏国庆}}老师不让，打电话跟我说，娃娃成绩在班上前十，不念可惜了。学校免了他的伙食费。老二的老师{{han:金玉芬}}来家里看过，给娃娃们带了旧衣服。
访谈者：您自己身体还好吗？
受访者：我有胃病，在医院吃不好睡不好，瘦了十来斤。晚上就在老婆床边打个地铺，护士让我去走廊睡，我怕她半夜要人。同病房有个{{trap/place:永宁}}来的摩梭大姐，她儿子也在这边陪床，两家人互相帮着打饭、看点滴。人在难处，才知道好人多。
访谈者：村里的老人怎么说？
受访者：老人们说要请{{trap/minority_word:毕摩}}来家里做一场，给她驱驱邪。我请了{{minority/yi:倮伍史色}}毕摩，杀了一只鸡一只羊。我心里也知道，病还是要靠医院。我们{{trap/minority_word:家支}}的人也凑了钱，你五百我三百，一家有事大家帮。
访谈者：过节呢？
受访者：{{trap/minority_word:彝族年}}的时候杀年猪，煮{{trap/minority_word:坨坨肉}}，娃娃们最高兴。{{trap/minority_word:火把节}}去{{trap/place:泸沽湖}}边看赛马斗牛。老人给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事。今年老婆在医院，年也没过成。
访谈者：登记信息说一下。
受访者：家在{{address:宁蒗县跑马坪乡沙力村委会阿布组9号}}。我的身份证{{id_number@my1980spaced.530724}}，老大的{{id_number@my2011fwspaced.530724}}。我的电话{{mobile@plain}}，儿童主任的电话{{mobile@fws}}。我没有微信，{{han:罗志伟}}的微信是{{wechat:luozhiwei_pmp}}，有事都在上面说。老大有个QQ，学校里用的，号码写在我烟盒上：{{qq:1529360874}}。
访谈者：表上名字写对了吗？
受访者：彝族名字汉字写不准。表上有{{spaced:果基 约哈}}，有{{spaced:沙 马 阿 果}}，老大写成{{spaced:果　基　尔　古}}，还有{{spaced:吉尔 子哈}}。
访谈者：您最担心什么？
受访者：怕老婆站不起来，怕娃娃们念不成书。我想好了，等她出院了，我出去打工，让她哥帮着照看。
""")

# H871: Han primary-school teacher in 华坪 who reaches the pupils and parents of her class on WeChat and QQ.
DOCS["H871"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:郭婉清}}，{{trap/year:2011年}}到{{trap/place:华坪}}教书，十四年了，现在是{{school:华坪县中心镇第二小学四年级（2）班}}的班主任。班上四十二个孩子，九个是困境儿童或者留守儿童。家长大多在外面打工，我跟他们联系全靠微信和QQ。
访谈者：能说说几个孩子吗？
受访者：第一个是{{han:鲁一鸣}}。他爸{{han:鲁正刚}}在{{trap/place:攀枝花}}的钢厂出了工伤，右手没了，他妈走了。孩子跟奶奶{{han:庹桂英}}过，{{han:庹奶奶}}七十多了，还种着两亩地。{{han:鲁正刚}}现在在家门口修鞋，微信叫{{wechat:luzhenggang_pzh}}，孩子的事我都在微信上跟他说。
访谈者：第二个呢？
受访者：第二个{{han:聂思彤}}，爸爸在戒毒所，妈妈{{han:邹红梅}}一个人在{{trap/place:东莞}}打工。{{han:邹红梅}}她不大会打字，都是发语音，她的微信号{{wechat:zouhongmei1990}}。孩子跟外公{{han:邹德林}}住，外公用老人机，号码{{mobile@spaced}}。作业的事{{han:邹德林}}那边管不了，他不识字。{{han:聂思彤}}在作文里写：“我想让妈妈回来，也想让爸爸变好。”我看了好久。
访谈者：第三个？
受访者：第三个{{han:符子航}}是孤儿，爸妈前年在{{trap/place:渔泡江}}边出车祸没了，跟着叔叔{{han:符建新}}。{{han:符建新}}他们家自己有三个娃娃，婶子{{han:吴凤莲}}对他还算好。孩子拿孤儿基本生活费，每月{{trap/number:一千四百五}}。{{han:符子航}}有个QQ，说晚上想爸妈了就在上面写日记，号码是{{qq:2840571936}}，他让我加了，我每周去看一眼，有时候给他留言。
访谈者：班上有少数民族的孩子吗？
受访者：有。{{minority/yi:吉克子莫}}是彝族，从{{trap/place:永兴}}的山上下来读书，汉名{{han:吉小梅}}。她爸{{minority/yi:吉克尔色}}在外地打工摔伤了腰，她妈一个人种地。她住校，周末走三个钟头山路回家。她爸不会用微信，只有QQ，号码是托人写给我的，抄在点名册最后一页：{{qq:1906254387}}。
访谈者：家长群平时热闹吗？
受访者：热闹的是爷爷奶奶发语音。有个爸爸{{han:周建军}}在{{trap/place:宁波}}，夜班下来就在群里问作业，他的QQ是{{qq:58031649}}。{{han:周建军}}他儿子{{han:周子谦}}成绩好，就是不爱说话。还有一个妈妈{{han:靳秀华}}，在{{trap/place:昆明}}做保洁，老说孩子交给我她放心，微信{{wechat:jinxiuhua_km}}。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:訾光荣}}定了规矩，困境儿童的午餐、校服全免。数学老师{{han:詹老师}}每天放学留下来给几个孩子补课。学校请了特岗老师{{compound:令狐书航}}管留守儿童之家，周三晚上让孩子们跟爸妈视频。县里社工站派来的是{{compound:东方岫云}}，还有{{compound:钟离青禾}}。{{han:詹老师}}说，这些孩子缺的不是钱，是有人听他们说话。
访谈者：您跟家长沟通有什么办法？
受访者：我建了个小群，只拉困境儿童的家长，每天晚上八点把孩子当天的作业和表现发进去，再拍一张孩子写字的照片。家长在外面看着照片，心里踏实。有的家长半夜下班才看到，一条一条点赞。{{han:邹红梅}}每次都回一个抱拳的表情，后来她说，那是她一天里最盼的时候。
访谈者：有没有特别难的时候？
受访者：有。去年冬天{{han:鲁一鸣}}一个礼拜没来，我打他爸电话不通，就跟村里的儿童主任{{han:庹建华}}一起走到他家，孩子发着高烧躺在床上，奶奶也病着。我们把他送到{{trap/org:乡卫生院}}，{{han:庹建华}}垫了医药费。后来{{han:鲁正刚}}给我发了一长串语音，说谢谢，又说对不起。
访谈者：孩子们的哥哥姐姐呢？
受访者：{{han:聂思彤}}的哥哥{{han:聂宇航}}在{{school:华坪县第二中学初一（6）班}}，{{han:符子航}}的堂妹在我们学校读二年级，我跟他们的班主任都加了微信，哪个孩子不对劲就互相说一声。
访谈者：登记信息？
受访者：第一个孩子家在{{address:华坪县中心镇新庄村上营组18号}}。{{han:符子航}}的身份证{{id_number@my2015hyphen.530723}}。我的电话{{mobile@s74}}，家长有事随时打。
访谈者：表上的名字写得对吗？
受访者：家长填的表乱。有把孩子写成{{spaced:鲁 一 鸣}}的，有{{spaced:聂　思　彤}}，特岗老师被写成{{spaced:令 狐 书 航}}，还有人把{{spaced:周建 军}}中间空了一格。
访谈者：您最想说什么？
受访者：这些孩子平时看着跟别的孩子一样，笑也笑，闹也闹，可一到开家长会，别人的爸妈来了，他们就躲到走廊上去。我想让他们知道，学校里有人记着他们，爸妈不在身边，也有人等他们放学、听他们说话。
""")

# H872: Han county civil-affairs officer in 永胜 reading out his case files.
DOCS["H872"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：今年新纳入的困境儿童个案卡。我叫{{han:邵耀全}}，在{{trap/org:永胜县民政局}}儿童福利股，管这一块第六年了。个案卡大多是同事{{compound:上官栖梧}}整理的，她跟着入户，字写得比我好。我挑四份念，你记。
访谈者：好。
受访者：第一份，{{han:毛玉兰}}，女，五十八，孩子的奶奶。儿子{{han:靳国富}}因为故意伤害判了七年，在昆明服刑；儿媳{{han:黄翠萍}}改嫁了。孙子{{han:靳天佑}}十一岁，在{{school:永胜县程海镇中心完小五年级（2）班}}，按服刑人员子女报的，每月{{trap/number:一千零八十}}。户主栏写了两遍，“{{han:毛玉兰}}{{han:毛玉兰}}”，是村上录系统的{{han:谷文斌}}复制多了，{{han:老谷}}眼睛花，没看出来。孩子的身份证{{id_number@my2014.530722}}，家在{{address:永胜县程海镇马军村委会河口组21号}}。
访谈者：第二份？
受访者：第二份是回族人家，在{{trap/place:期纳}}。爸爸{{han:马德晟}}在工地上摔下来没了，妈妈{{minority/hui:马宰娜布}}有癫痫，一发病就人事不知。两个娃娃，大的{{minority/hui:马赛丽哈}}九岁，小的{{han:马小雪}}六岁。村里的儿童主任{{han:纳丽清}}就给办了事实无人抚养，我跟{{han:纳丽清}}去了两趟，她说孩子妈一个人带不了。{{minority/hui:马赛丽哈}}在镇上读三年级，老师{{compound:澹台若谷}}每天放学送她到家门口。家在{{address:永胜县期纳镇清水村委会回民二组5号}}。
访谈者：第三份？
受访者：第三份是彝族人家，在{{trap/place:六德}}的山上。孩子{{minority/yi:吉伍阿芝}}十岁，汉名{{han:吉文秀}}。她爸{{minority/yi:吉伍拉哈}}得了肺结核，在县医院住着，医生{{compound:司空明澈}}说要治半年；她妈出去打工，两年没消息。孩子跟外公{{minority/yi:阿苏伍沙}}过，老人七十多了，还天天背她过河上学。她的身份证{{id_number@wy2015fullwidth.530722}}，家在{{address:永胜县六德乡双河村委会大坪子组3号}}。
访谈者：第四份？
受访者：第四份是孤儿，{{han:庄慧琳}}，十三岁，爸爸{{han:庄永贵}}前年病死了，妈妈{{han:乔秀英}}早些年跟人走了，一直没找着。孩子跟外婆{{han:乔德芬}}过，外婆说孩子晚上老做噩梦。我们请县社工站的{{compound:闾丘晏清}}去做了几次心理辅导，还有{{compound:长孙怀瑾}}陪她去派出所补办户口。法律援助中心的律师{{compound:欧阳泽川}}帮她把爸爸留下的房子过户到她名下，监护人定的是{{han:乔德芬}}。孩子的身份证{{id_number@wy2011x.530722}}，外婆的电话{{mobile@plus86spaced}}。
访谈者：这些个案是怎么发现的？
受访者：多数是村里的儿童主任报上来的，也有学校报的，还有一份是派出所转过来的。{{han:庄慧琳}}那一份就是学校的{{han:祁校长}}发现的，孩子连着几天不吃午饭，一问才知道外婆病了，家里没人做饭。我们当天就去了，给外婆申请了临时救助，又给孩子办了午餐补助。每年春秋两次全县排查，我们股四个人，一个乡一个乡地过。群众发现了也可以打民政的热线{{trap/hotline:12349}}。
访谈者：个案卡上的名字写法统一吗？
受访者：不统一，这是我最头疼的。入户是手写，有人写成{{spaced:毛 玉 兰}}；{{minority/hui:马宰娜布}}被写成{{spaced:马宰 娜布}}；孩子她爸成了{{spaced:吉 伍 拉 哈}}；律师签字那栏打印出来是{{spaced:欧　阳　泽　川}}；同事的名字被人写成{{spaced:上 官 栖 梧}}，她自己笑了半天。
访谈者：你们怎么核对？
受访者：对身份证。系统只认身份证号，名字错一个字钱就发不下去。我每个月跟同事{{compound:轩辕锦书}}一户一户对，对不上的就给{{compound:诸葛临川}}打电话，他在县公安局户籍科，查得快。有一回一个娃娃的名字在系统里多了一个字，补贴停了三个月，外婆拄着拐杖走到县城来问，我心里很过意不去，当天就跑去公安局把信息改了，又把欠的钱补发了。
访谈者：股里的联系方式？
受访者：我的电话{{mobile@p86h}}，微信{{wechat:shao_yaoquan_ms}}。{{han:靳天佑}}有个QQ，他奶奶让他把号码留给我，说孩子想跟{{han:邵叔叔}}说话：{{qq:751086432}}。
访谈者：做这行最难的是什么？
受访者：怕漏。山里的寨子远，有的娃娃爹妈出去了，家里只剩老人，老人不识字，也不知道有这些政策。我们一年到头跑村，跑一户是一户，漏一个娃娃，这个娃娃一年的钱就没了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=865,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
