# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 45 (tests/pii/holdout45/H345-H352 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 44, written at the same time by another
writer, is not an earlier set).

Set 45 is about children in distress (困境儿童) and the help they get, in eight new voices: a Torgut Mongolian
herder in 博湖 (巴音郭楞) whose wife is on dialysis, raising his daughter and the two children of his brother, in
prison after a fight over pasture, whose wife left for 乌鲁木齐; a Tibetan grandmother in 索县 (那曲) raising three
grandchildren whose father went off a mountain road by the 怒江 and whose mother remarried in 拉萨; a Hui father in
贵南 (海南州) who lost three fingers in a brick works in 西宁, with a wife after stomach cancer, three children and
the son of his sister, whose husband is in prison; a Han father from 襄阳 working in a mould factory in 东莞, whose
wife left and whose two children (known by nicknames) live with his diabetic mother; a Han village doctor in 眉山
(东坡区) going through the children of his patients (a father on dialysis, a boy whose father died on a building
site in 乐山, a girl whose father is paralysed) and the people he reaches on WeChat and QQ; a Kazakh father in 伊吾
(哈密), widowed and unable to ride after a fall, with three children and his old father; a Han procurator in 轮台
(巴音郭楞) reading out the file of a case that took two children from their drinking father and gave them to their
grandmother in 营山; and a Han grandmother in 永州 (零陵) raising twin granddaughters whose father died in 广州 and
whose mother remarried in 桂林, beside her paralysed husband. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Torgut Mongolian names of four to seven characters
(策楞道尔吉, 敖登其其格, 特格希巴雅尔, 朝鲁门其其格, 吉日格勒巴图) with short forms after the full name (策楞,
特格希) and a Han surname before a Mongolian name (包阿木尔); Tibetan names (次仁措姆, 格列次仁 then 格列,
桑珠卓玛 then 桑珠, 琼达拉姆, 洛桑平措) and the Han name of a Tibetan (卢建新); Hui Han-form names beside 经名
(马文德 / 白克尔, 韩凤梅 / 赛里玛, 冶正林 / 叶尔古白) and Han surname + Arabic name (马尤素夫 then 尤素夫, 马哈尼法
then 哈尼法, 韩舍尔巴努 then 舍尔巴努, 韩阿尔沙, 马鲁格娅); Kazakh given name + father's name with and without the
dot (叶尔保拉提·沙勒克, 叶尔保拉提沙勒克, then 叶尔保拉提; 夏依拉·哈布力 then 夏依拉; 卡德尔·阿克木 then 卡德尔)
and single names (江波拉提, 热孜娅, 卡依萨尔, 努尔哈孜); two Uyghur witnesses in 轮台; Han nicknames that are words
(墩子, 果果, 毛栗子, 圆圆, 满满) and names as they show on WeChat and QQ (陈二娃, 素琴, 轩轩, 杨幺妹), annotated
whole; Han names with common surnames above all and some rare ones (邝, 邬, 蒲, 栾, 盘, 谷), with titles and kin
words, names that contain words (邓家旺, 何长海, 谢光明, 蒋天佑, 李春来), names directly before words they could
run into (何春生病了, 谢光明天天, 唐立平时常), before particles and verbs and after 叫/是/给/跟/和/找/让, a name written
twice on a form (杜秀珍杜秀珍); spaced, dotted and split names; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邓家旺}}``, ``{{qq:30418576}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013x.420607}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 阿訇, 婶) and a
particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她, 他, 他们家, 那边, 病了, 天天,
时常) are outside the span; a nickname or a WeChat/QQ name (墩子, 圆圆, 陈二娃, 杨幺妹) is annotated whole.
Han-style names of Tibetan and Hui people (卢建新, 马文德, 马宏亮, 冶正林) are category han; a Han surname before
an Arabic given name (马尤素夫, 韩舍尔巴努) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout45/make_holdout45.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(45_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H345: Torgut Mongolian herder in 博湖 (巴音郭楞); his wife on dialysis, his brother in prison, the brother's wife gone.
DOCS["H345"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：好。我叫{{minority/mongolian:策楞道尔吉}}，土尔扈特人，今年五十二，在{{trap/place:博湖}}县南边放羊，草场挨着{{trap/place:博斯腾湖}}。村里人都叫我{{minority/mongolian:策楞}}。老婆{{minority/mongolian:敖登其其格}}肾不好，一个礼拜去{{trap/place:库尔勒}}透析两回。我们自己的姑娘{{minority/mongolian:乌图那生}}十五了，在{{school:博湖县第一中学初三（2）班}}住校。家里还有两个娃娃，是我弟弟的。
访谈者：您弟弟家出了什么事？
受访者：弟弟{{minority/mongolian:芒来扎布}}前年为草场边界跟人打架，把人打成重伤，判了六年。弟媳{{minority/mongolian:娜仁}}说去{{trap/place:乌鲁木齐}}打工，去了就再没回来，电话也换了。两个娃娃，哥哥{{minority/mongolian:特格希巴雅尔}}十一岁，我们叫他{{minority/mongolian:特格希}}；妹妹{{minority/mongolian:萨其日}}八岁，两个都在{{school:查干诺尔乡寄宿制学校五年级（1）班}}和二年级。{{minority/mongolian:特格希}}都懂事了，周末回来先去羊圈看一圈。
访谈者：两个孩子怎么安排的？
受访者：村里的儿童主任{{minority/mongolian:朝鲁门其其格}}跑前跑后，给两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千二百六}}。乡上的民政助理{{han:郭永祥}}入户核了三回。他说，娃娃的爸在里面，妈找不着，这就够条件了。村支书{{minority/mongolian:吉日格勒巴图}}又给我家报了低保。
访谈者：您老婆的病怎么样？
受访者：尿毒症，等着换肾。{{minority/mongolian:敖登其其格}}她自己说不换了，钱留给娃娃们念书。州医院的{{han:任海燕}}大夫劝了她好几回。透析的车费乡里给报一半，县残联给办了个证。
访谈者：谁在帮你们家干活？
受访者：邻居多。前面的{{minority/mongolian:达来加甫}}家有拖拉机，秋天帮我打草。汉族邻居{{han:何长海}}他们家种辣椒，收辣椒的时候叫娃娃们去帮工，给工钱。{{han:何长海}}他老伴{{han:邹玉珍}}常送菜过来。还有我表哥{{minority/mongolian:额尔敦巴特}}，在县城开饭馆，娃娃们去县城看病就住他那里。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:乌图那生}}学习好，班主任{{han:程丽华}}老师说她能考上{{trap/place:库尔勒}}的高中。{{minority/mongolian:萨其日}}胆小，刚去的时候天天哭，生活老师{{han:邝淑芳}}晚上陪着她睡。{{minority/mongolian:特格希}}他不爱说话，问起他爸就低头。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:上官锦程}}，还有跟他一起来的{{compound:赫连秀梅}}，给娃娃们做游戏，教他们画画。去年还有一个大学生志愿者，叫{{compound:宇文振邦}}，暑假在村里住了一个月，给娃娃们补数学。
访谈者：你们过节怎么过？
受访者：冬月里过{{trap/minority_word:祖拉节}}，点酥油灯。夏天村里祭{{trap/minority_word:敖包}}，有摔跤、赛马。晚上喝着{{trap/minority_word:奶茶}}，我给娃娃们讲{{trap/famous:渥巴锡}}带着我们土尔扈特人东归的故事，还唱几段{{trap/famous:江格尔}}。娃娃们最爱听打仗那一段。
访谈者：家里现在最难的是什么？
受访者：冬天最难。羊要转到冬窝子去，老婆要透析，娃娃们要上学，我一个人分不开身。{{trap/word:白天}}在草场上，晚上回来做饭。去年冬天小丫头发烧，我半夜骑摩托送到乡卫生院，路上冻得手都没知觉了。
访谈者：两个侄子侄女知道他们爸爸的事吗？
受访者：知道。大的那个去监狱看过一回，是我带着去的，隔着玻璃打电话。回来的路上他一句话也不说，到了家才哭。我跟他说，你爸犯了错，在里面改，改好了就回来，你不能因为这个抬不起头。小的还不太懂，只知道爸爸在很远的地方上班。我们这里的人讲究，家里的娃娃就是大家的娃娃，村里没有人拿这个事笑话他们。
访谈者：您对以后有什么打算？
受访者：羊我打算卖掉一半，换成钱存着给娃娃们念书。草场现在禁牧的多，羊也不好养了。乡里的{{minority/mongolian:包阿木尔}}说可以去湖边的苇子厂干活，冬天割芦苇，一天一百五。老婆透析的日子我就请邻居帮着看羊，不透析的日子我就去干活。日子紧是紧，总能过下去。
访谈者：登记表要写住址和号码。
受访者：家在{{address:博湖县查干诺尔乡呼和乌苏村二组17号}}，我表哥在县城的房子是{{address:博湖镇团结路金湖小区4号楼2单元302室}}。我的身份证{{id_number@my1973.652829}}，侄子的{{id_number@my2014spaced.652829}}。我的电话{{mobile@plain}}，儿童主任的{{mobile@s434}}，她的微信是{{wechat:chaolumen_hhws}}。{{minority/mongolian:乌图那生}}有个QQ，说是老师布置作业用，号码她抄在我烟盒上了，我翻翻——{{qq:2095716348}}。
访谈者：表上的名字都写对了吗？
受访者：没有。学校把两个娃娃写成{{spaced:特 格 希 巴 雅 尔}}和{{spaced:萨　其　日}}，低保表上我是{{spaced:策楞 道尔吉}}，老婆是{{spaced:敖登 其其格}}。我们的名字汉字写法多，我也说不清哪个对。
访谈者：您最大的愿望呢？
受访者：老婆能换上肾，弟弟早点出来，娃娃们都念书念出去。
""")

# H346: Tibetan grandmother in 索县 (那曲) raising three grandchildren; her son died on the road, his wife remarried.
DOCS["H346"] = ("family", """\
访谈者：阿妈啦，您慢慢说，家里现在几口人？
受访者：四口。我叫{{minority/tibetan:次仁措姆}}，六十八了，家在{{trap/place:索县}}，离{{trap/place:那曲}}城两百多公里。儿子{{minority/tibetan:多吉扎西}}以前开大车，三年前在{{trap/place:怒江}}边的山路上翻了车，人没找回来。儿媳{{minority/tibetan:德吉央金}}后来去{{trap/place:拉萨}}的甜茶馆打工，又成了家，一年回来看一次娃娃。三个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：大孙子{{minority/tibetan:格列次仁}}十三岁，在{{school:索县中学初一（4）班}}，我们都叫他{{minority/tibetan:格列}}。孙女{{minority/tibetan:桑珠卓玛}}十岁，在{{school:亚拉镇完全小学四年级（2）班}}。最小的{{minority/tibetan:巴珠}}六岁，刚上学前班。{{minority/tibetan:格列}}他放假回来就去山上放牦牛，{{minority/tibetan:桑珠}}帮我打酥油、捡牛粪。
访谈者：谁帮你们办的手续？
受访者：村里的儿童主任{{minority/tibetan:琼达拉姆}}，她会写汉字，表都是她填的。三个娃娃按孤儿报的，一人一个月{{trap/number:一千五百六}}。村主任{{minority/tibetan:旦增罗布}}，他在县里开会用的汉名叫{{han:卢建新}}，跟乡上的民政干部{{minority/tibetan:尼玛次仁}}一起来家里看过好几回。驻村工作队的队长{{han:孙海波}}说，有什么难处就给他打电话。
访谈者：孩子妈妈还管孩子吗？
受访者：管一点。{{minority/tibetan:德吉央金}}她每个月给孙女寄两百块，过年回来给娃娃们买新衣裳。她现在的男人是{{trap/place:日喀则}}人，待她还好。我不怪她，她还年轻。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:格列}}数学好，班主任是援藏的{{han:蒋红梅}}老师，从浙江来的，她说孙子能考到内地西藏班去。{{minority/tibetan:巴珠}}在学前班，跟着{{minority/tibetan:次旦拉姆}}老师学汉话，回来教我说“你好”“谢谢”。
访谈者：您身体怎么样？
受访者：腿疼，眼睛也花了。县医院的{{han:周立平}}大夫也是援藏的，去年给我做了白内障手术，没花钱。我侄子{{minority/tibetan:洛桑平措}}开车送我去的，他在县城修车。他媳妇{{minority/tibetan:仁青旺姆}}常来帮我洗衣服。
访谈者：还有别的人来过吗？
受访者：地区的社工来过两个，一个叫{{compound:慕容雪松}}，是个小伙子，还有个姑娘叫{{compound:东方晓岚}}。他们给娃娃们带来书包，还教孙女跳绳。寺里的喇嘛{{minority/tibetan:嘎玛群培}}每年给娃娃们念一次平安经。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}我炸{{trap/minority_word:卡赛}}，娃娃们最高兴。夏天县里有{{trap/minority_word:赛马节}}，我带他们去看。晚上点上{{trap/minority_word:酥油灯}}，我给他们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事。{{minority/tibetan:巴珠}}听着听着就睡着了。
访谈者：家里收入靠什么？
受访者：靠挖{{trap/minority_word:虫草}}，一年能挣{{trap/number:八千多}}。还有草场补助、低保。我们家的牦牛只剩十一头了，以前儿子在的时候有四十多头。
访谈者：冬天怎么过？
受访者：冬天冷，家里烧牛粪，三个娃娃跟我睡一个炕。大孙子寒假回来，天不亮就起来生火、烧茶，等我起来茶已经好了。以前这些都是他阿爸干的。雪大的时候路封了，学校提前放假，乡里派车一个村一个村地送娃娃回家。去年乡里的{{han:田玉霞}}给我们家装了太阳能，晚上有灯了，娃娃们能写作业，我也能在灯底下捻毛线。
访谈者：孩子们有没有说过以后想干什么？
受访者：大孙子想当老师，说回来教村里的娃娃。孙女想当医生，她说要是当年有医生，她阿爸就不会没了。其实她阿爸是翻车没的，跟医生没关系，可她小，心里就是这么想的。我不跟她争，想当医生好，当医生是积德的事。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:索县亚拉镇达嘎村三组9号}}，儿媳在拉萨住{{address:城关区纳金路幸福小区6栋2单元501室}}。我的身份证{{id_number@wy1957.540626}}，大孙子的{{id_number@my2012hyphen.540626}}。我没有手机，{{minority/tibetan:琼达拉姆}}的电话是{{mobile@spaced}}，她的微信{{wechat:qiongda_lamu88}}。侄子的电话{{mobile@plus86}}。{{minority/tibetan:格列}}有QQ，他写在我的本子上了：{{qq:748302159}}。
访谈者：名字在表上写得对吗？
受访者：我们的名字，汉字怎么写的都有。学校的表上是{{spaced:格 列 次 仁}}，孙女写成{{spaced:桑　珠　卓　玛}}，低保本上我是{{spaced:次仁 措姆}}。{{minority/tibetan:琼达拉姆}}说以后都照户口本写。
访谈者：您最盼什么？
受访者：盼娃娃们念好书，别像他们阿爸那样，一辈子在路上跑。我每天转经，就求这一件事。
""")

# H347: Hui father in 贵南 (海南州), his hand crushed in a brick works, his wife after stomach cancer, with his sister's son.
DOCS["H347"] = ("family", """\
访谈者：马师傅，您先说说家里的情况。
受访者：我叫{{han:马文德}}，经名{{minority/hui:白克尔}}，四十六岁，家在{{trap/place:贵南}}县{{trap/place:过马营}}镇。前年在{{trap/place:西宁}}的砖厂干活，机器把我右手绞了，三个指头没了，评了四级残疾。老婆{{han:韩凤梅}}，经名{{minority/hui:赛里玛}}，去年得了胃癌，在省医院做了手术，现在在家养着，干不了重活。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/hui:马尤素夫}}十四，学校里的名字叫{{han:马宏亮}}，在{{school:贵南县民族中学初二（3）班}}，家里都叫他{{minority/hui:尤素夫}}。二丫头{{minority/hui:马哈尼法}}十一岁，家里喊她{{minority/hui:哈尼法}}，在{{school:过马营镇中心学校五年级（1）班}}。小的才五岁，还在幼儿园。
访谈者：听说您还带着一个外甥？
受访者：对。我妹妹{{minority/hui:韩舍尔巴努}}，她男人{{han:韩建忠}}贩毒，判了八年，在{{trap/place:德令哈}}那边服刑。{{minority/hui:舍尔巴努}}她去{{trap/place:义乌}}的拉面馆打工还债，儿子{{minority/hui:韩阿尔沙}}放在我家，九岁，跟二丫头一个学校。
访谈者：谁帮过你们？
受访者：镇上的民政专干{{han:李积福}}，给我们家报了低保，给外甥报了事实无人抚养，一个月{{trap/number:一千三百四}}。村里的儿童主任{{han:祁桂英}}三天两头来，{{han:祁桂英}}她说，外甥的事她盯着。村支书{{han:祁生林}}帮我跟砖厂要赔偿，要了一年才要下来。{{trap/org:县残联}}给我装了个假手指。
访谈者：寺里也帮忙吗？
受访者：帮。{{trap/org:清真寺}}的开学阿訇{{han:冶正林}}，经名{{minority/hui:叶尔古白}}，主麻散了以后常来看我。坊上的乡老们凑了钱给老婆做手术。{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}的时候，寺里炸的{{trap/minority_word:油香}}先给我们几家送。阿訇常给娃娃们讲{{trap/famous:赛典赤}}修水渠的故事。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:尤素夫}}学习中等，就是心重。他的班主任{{han:杨志清}}老师说，他上课老走神，问他在想啥，他说想他妈的病。{{minority/hui:哈尼法}}爱唱歌，{{han:赵玉珍}}老师让她在六一节上领唱。
访谈者：您老婆的身体呢？
受访者：化疗做完了，头发掉光了，戴着盖头看不出来。{{minority/hui:赛里玛}}她说，只要能看着娃娃们长大，受多少罪都行。州医院的{{han:谭雪梅}}大夫每三个月给她复查。邻居{{minority/hui:马鲁格娅}}是个寡妇，常过来帮她洗头、做饭。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:令狐晓兰}}和{{compound:公孙立恒}}，两个年轻人，给娃娃们辅导作业，还帮我老婆申请了大病救助。小伙子说他小时候也是跟着外婆长大的。
访谈者：家里收入靠什么？
受访者：手不行了，我就在家养了二十只羊，给人家看羊圈。{{trap/word:马上}}要开学了，三个娃娃的本子、校服都得买。县上新开的羊绒厂招工，我去问过，人家不要残疾的。以前我还会做{{trap/word:马鞍}}，现在手不行，也做不了了。
访谈者：外甥想他爸妈吗？
受访者：想。他妈一个礼拜打一回视频，他拿着手机躲到院子里去说，说完了眼睛红红的进来。他爸那边，一年能去探一回监，路远，要坐一天的车。我跟他说，你爸的事是大人的事，你把书念好，将来别走那条路。娃娃懂事，回来就帮我喂羊、扫院子，从来不跟表哥表妹争东西。
访谈者：您自己有什么难处？
受访者：最难的是钱。老婆看病花了十几万，报了一大半，剩下的借了亲戚的，到现在还欠着四万多。手残了以后重活干不了，出去找活人家一看我的手就摇头。晚上睡不着的时候我就想，娃娃们还小，我不能倒。礼拜五去寺里礼拜，心里能静一点。
访谈者：登记表要写住址和号码。
受访者：家在{{address:贵南县过马营镇沙加村二社11号}}，妹妹在县城租的房子在{{address:茫曲镇新民街和顺小区3号楼1单元202室}}。我的身份证{{id_number@my1979hyphen.632525}}，外甥的{{id_number@my2016.632525}}。我的电话{{mobile@hyphen}}，妹妹的{{mobile@plus86dash}}，她微信{{wechat:sheerbanu_yw}}。{{minority/hui:尤素夫}}有QQ，他说跟同学问作业用，号码是{{qq:30418576}}。
访谈者：表上的名字写对了吗？
受访者：乱得很。经名是音译的，学校表上把老大写成{{spaced:马　尤　素　夫}}，把外甥写成{{spaced:韩阿尔 沙}}，我妹妹在低保表上是{{spaced:韩 舍 尔 巴 努}}。我自己倒是写对了。
访谈者：您最盼什么？
受访者：盼老婆的病别再犯，盼娃娃们念书。{{minority/hui:尤素夫}}说他以后要当医生，给他妈看病。
""")

# H348: Han father from 襄阳 working in a mould factory in 东莞; his wife left, his children with his diabetic mother.
DOCS["H348"] = ("family", """\
访谈者：黄师傅，过年回来了？
受访者：回来了，腊月二十六到的屋。我叫{{han:黄德才}}，四十一岁，{{trap/place:襄阳}}{{trap/place:襄州区}}人，在{{trap/place:东莞}}的模具厂做了十四年。老婆{{han:周小芹}}五年前跟一个开货车的走了，到现在没个信。两个伢留在屋里，跟我老娘{{han:万桂兰}}过。我老头子{{han:黄长水}}前年中风走了。
访谈者：孩子们多大了？
受访者：大的是儿子，大名{{han:黄俊豪}}，十二岁，小名叫{{han:墩子}}，生下来就敦实，他爷爷取的。小的是丫头，{{han:黄雨桐}}，九岁，我们喊她{{han:果果}}。{{han:墩子}}在{{school:襄州区张家集镇中心小学六年级（2）班}}，丫头在同一个学校读三年级。
访谈者：您不在家，孩子们谁照顾？
受访者：我老娘。{{han:万桂兰}}她今年七十一，有糖尿病，每天打胰岛素。早上五点起来做饭，送两个伢上学。{{han:墩子}}说奶奶打针的时候他都不敢看。{{han:果果}}也学会了给奶奶测血糖。
访谈者：村里给了哪些帮助？
受访者：村支书{{han:邓家旺}}给我家报了低保，说老娘年纪大，两个伢算留守儿童，纳入关爱台账。村里的儿童主任{{han:熊翠兰}}婶每个礼拜来一趟，看看伢们的作业，看看老娘的药。{{han:熊翠兰}}她自己的儿子也在外头打工，她懂我们的难处。
访谈者：孩子们在学校怎么样？
受访者：儿子成绩一般，爱打篮球。班主任{{han:程国富}}老师说，他上课爱讲话，可是心好，看见同学摔了会扶。{{han:程国富}}那边每个月给我发一回伢的情况。{{han:果果}}成绩好，语文老师{{han:付晓红}}说她作文写得有感情，写过一篇《我的爸爸在东莞》，我看了哭了一晚上。
访谈者：孩子妈妈呢？
受访者：{{han:周小芹}}她娘家在{{trap/place:宜城}}，她妈{{han:叶秀英}}有时候来看伢，给伢买衣服。老人说，她女儿对不起这两个伢。我也不说啥了，伢们想妈妈就让她们想。
访谈者：您在东莞，平时怎么跟孩子联系？
受访者：每天晚上视频。工资一发，我就转一部分给{{han:熊翠兰}}，让她帮老娘买药。有时候加班到半夜，伢们都睡了。厂里的工友{{han:何春生}}病了一个月，是我帮他顶的班，他后来也帮我。我们车间主任叫{{compound:司马春华}}，人好，过年让我早走三天。还有个老乡是{{compound:诸葛振林}}，也是襄阳的，我们一起坐车回来。
访谈者：邻居们怎么样？
受访者：好。隔壁的{{han:黄老三}}是我堂哥，伢们放学先去他家写作业。他屋里的{{han:罗桂香}}做饭给伢们吃。前头{{han:胡志成}}他们家有个伢叫{{han:毛栗子}}，跟{{han:墩子}}一般大，两个天天一起玩，一起去{{trap/place:汉江}}边上钓鱼，我最怕的就是这个。
访谈者：过年过节怎么过？
受访者：过年最热闹。伢们跟我去{{trap/place:隆中}}玩，我给他们讲{{trap/famous:诸葛亮}}三顾茅庐的故事，他们就记住了一个“{{trap/word:卧龙}}”。{{trap/famous:孟浩然}}的诗丫头会背好几首。
访谈者：您在外面打工，最担心孩子什么？
受访者：最担心他们出事，也担心他们学坏。儿子到了这个年纪，手机一拿就放不下，老娘管不住。我在电话里骂他，他就不接我的电话。后来学校的老师跟我说，莫骂，多问问他在学校的事，问他喜欢哪个球星。我试了几回，他话就多了。丫头是另一样，她什么都憋在心里，考试考砸了也不说，怕奶奶着急。
访谈者：您这次回来，跟孩子们做了什么？
受访者：带他们去城里买了新鞋，去看了场电影。儿子个子窜得快，去年买的衣服今年就短了一截。晚上我们三个挤在一张床上说话，丫头问我，爸爸你明年还走吗？我说走，还得挣钱供你们念书。她就不说话了，把脸扭过去。那天晚上我一夜没睡着。
访谈者：登记信息要写一下。
受访者：家在{{address:襄州区张家集镇黄湾村四组23号}}，我在东莞住的是{{address:长安镇乌沙社区兴发宿舍楼3栋412房}}。我的身份证{{id_number@my1984.420607}}，儿子的{{id_number@my2013x.420607}}。我的电话{{mobile@s38}}，儿童主任的{{mobile@fullwidth}}。我的微信{{wechat:huangdecai_dg}}。{{han:墩子}}有QQ，打游戏用的，号码他写在我手机壳里面，你看——{{qq:1562038479}}。
访谈者：表上孩子的名字写对了吗？
受访者：学校那张表把儿子写成{{spaced:黄 俊 豪}}，丫头写成{{spaced:黄　雨　桐}}，老娘在低保本上是{{spaced:万桂 兰}}。{{trap/word:高兴}}的是，今年的资助名单都改过来了。
访谈者：您打算一直在东莞干吗？
受访者：再干两年就回来。老娘身体不行了，伢们也大了，要人管。{{han:邓家旺}}说镇上的产业园在招工，我去看了，工资少点，但能天天看到伢。
""")

# H349: Han village doctor in 眉山 (东坡区) and the children of his patients, whom he reaches on WeChat and QQ.
DOCS["H349"] = ("staff", """\
访谈者：罗医生，您在村卫生室干了多少年？
受访者：二十二年了。我叫{{han:罗文海}}，{{trap/place:眉山}}{{trap/place:东坡区}}人，在村卫生室当村医。村里困境儿童的情况我基本上都晓得，好多家长病了都找我。
访谈者：能说几家吗？
受访者：第一家，{{han:陈德富}}，尿毒症，每个礼拜去区医院透析三回。他老婆{{han:曾小琴}}前年走了，没离婚，人找不到。两个娃娃{{han:陈梓涵}}、{{han:陈浩宇}}跟他过。他微信上叫“{{han:陈二娃}}”，天天在朋友圈发透析的照片，说自己还活着。他说，娃娃没长大，他就不敢死。
访谈者：孩子们怎么样？
受访者：大的十三了，在{{school:东坡区修文镇初级中学初一（5）班}}，每天放学回来做饭，给她爸量血压。小的在{{school:修文镇中心小学三年级（2）班}}。村里的儿童主任{{han:何素琴}}给两个娃娃报了困境儿童补贴，一个月{{trap/number:六百八十元}}。{{han:何素琴}}的微信名就叫“{{han:素琴}}”，头像是她孙女。
访谈者：第二家呢？
受访者：第二家，{{han:王大军}}在{{trap/place:乐山}}的工地上摔死了，他老婆改嫁到{{trap/place:成都}}。儿子{{han:王梓轩}}跟奶奶{{han:邬秀芬}}过。老人有高血压、风湿，每个月找我开药。{{han:邬秀芬}}她耳朵背，打电话要吼。{{han:王梓轩}}的QQ名字叫“{{han:轩轩}}”，他在QQ上给我发消息，问奶奶的药咋个吃。
访谈者：第三家？
受访者：第三家，{{han:刘志勇}}，骑摩托在{{trap/place:岷江}}大桥上出了车祸，高位截瘫。老婆{{han:蒲小燕}}有智力残疾，照顾不了人。女儿{{han:刘欣妍}}才七岁。他妹妹{{han:刘志芳}}嫁在{{trap/place:仁寿}}，隔三岔五回来一趟。孩子外婆{{han:杨秀菊}}也来帮忙，她QQ上的名字叫“{{han:杨幺妹}}”，每天在QQ空间里发孙女跳舞的视频。镇上把他们家纳入了特困，{{trap/org:区残联}}给配了轮椅。
访谈者：这些家长您平时怎么联系？
受访者：都在微信上。村支书{{han:钟国华}}建了个群，叫“困境娃娃关爱群”，我、儿童主任、镇卫生院的院长都在里面。院长{{han:谢光明}}天天在群里催我们入户随访。镇民政办的{{compound:巫马丽清}}也在群里，娃娃的补贴有啥子问题就@她。
访谈者：社工来过吗？
受访者：来过。区社工站的{{compound:闾丘德胜}}跟{{compound:漆雕文斌}}，两个小伙子，每个月来一回，给娃娃们上“四点半课堂”。{{compound:漆雕文斌}}还教大姑娘怎么照顾透析的病人，教得比我还细。
访谈者：您自己觉得这些孩子最缺什么？
受访者：缺大人陪。{{han:王梓轩}}奶奶不识字，作业没人看；{{han:刘欣妍}}她妈自己都要人照顾。我们这里的人常说，{{trap/famous:苏东坡}}小时候有他妈教他读书，这些娃娃没这个福气。我就跟儿童主任商量，请学校的{{han:廖雪梅}}老师周末来给娃娃们补课。
访谈者：孩子们的病呢？
受访者：刘家的女娃娃有哮喘，我给她备着喷雾。陈家的小儿子去年手摔骨折，是我给他上的夹板，再送到区医院。医药费镇上给报了大半，剩下的是{{trap/org:红十字会}}出的。
访谈者：当村医，除了看病还做些什么？
受访者：做得杂。娃娃们的疫苗、体检是我通知，老人的慢病随访也是我跑。困境家庭的娃娃，我每个月至少上门一回，看看吃得饱不饱、穿得暖不暖，作业有没有人管。有的家长病得下不了床，娃娃发烧了都不晓得，我去了才发现。镇上给我们村医配了个平板，上门的情况都要录进去，一开始我不会用，是卫生院的{{han:张晓东}}一点一点教的。
访谈者：这些家庭的孩子，您觉得最怕的是什么？
受访者：最怕家里的大人倒了。大人一倒，娃娃就要顶上去，做饭、洗衣、照顾病人，书就读不进去了。我跟学校说好，这几个娃娃要是哪天没去上课，老师就给我打个电话，我去家里看。去年冬天有个娃娃三天没去学校，我去了一看，他爸透析回来发高烧，娃娃在屋里守了三天。
访谈者：登记表要写住址和号码。
受访者：{{han:陈德富}}家在{{address:东坡区修文镇白塔村六组31号}}，{{han:邬秀芬}}家在{{address:修文镇太和社区安居小区2栋1单元102室}}。{{han:陈德富}}的身份证{{id_number@my1979spaced.511402}}。奶奶的电话{{mobile@hyphen}}，儿童主任的{{mobile@p86n}}。陈家男人的微信号是{{wechat:chendefu_1979}}，支书的微信号{{wechat:zgh-baita}}。那个男娃娃的QQ号码，他让我记在处方本背面了，我翻一下——{{qq:625809174}}。
访谈者：表上的名字写对了吗？
受访者：有写错的。救助名单上把娃娃写成{{spaced:陈 梓 涵}}，外婆写成{{spaced:杨　秀　菊}}，还有把男娃娃写成{{spaced:王梓 轩}}的。社工的名字也被写成{{spaced:闾 丘 德 胜}}。
访谈者：您最大的心愿呢？
受访者：这几个娃娃都平平安安长大。我当村医，治得了病，治不了命，能做的就是多跑几趟。
""")

# H350: Kazakh father in 伊吾 (哈密), widowed, his back broken by a fall from his horse, with three children.
DOCS["H350"] = ("family", """\
访谈者：大哥，您先介绍一下自己。
受访者：我叫{{minority/kazakh:叶尔保拉提·沙勒克}}，四十三岁，在{{trap/place:伊吾}}县{{trap/place:前山乡}}放牧。户口本上写的是{{minority/kazakh:叶尔保拉提沙勒克}}，中间没有点。老婆{{minority/kazakh:夏依拉·哈布力}}去年得肝癌走了，留下三个娃娃。我前年转场的时候从马上摔下来，腰椎骨折，现在骑不了马了。
访谈者：孩子们多大？
受访者：老大{{minority/kazakh:江波拉提}}十四岁，在{{school:伊吾县第一中学初二（1）班}}住校。老二是丫头，{{minority/kazakh:热孜娅}}，十岁，在{{school:前山乡寄宿制小学四年级（3）班}}。老三{{minority/kazakh:卡依萨尔}}五岁，上幼儿园。{{minority/kazakh:江波拉提}}他周末回来就替我放羊。{{minority/kazakh:热孜娅}}也会挤牛奶、烧奶茶了。
访谈者：家里还有谁？
受访者：我阿爸{{minority/kazakh:沙勒克·库尔曼别克}}，七十四了，耳朵不好，还能看着小的。我哥哥{{minority/kazakh:阿合力别克·沙勒克}}在{{trap/place:哈密}}开出租车，一个月回来一次，给娃娃们买衣服。
访谈者：谁帮过你们？
受访者：村里的第一书记{{han:胡建新}}，从哈密市里派下来的。他给我家报了低保，给三个娃娃报了困境儿童补贴，一个月一人{{trap/number:九百二十元}}。乡里的民政干部{{han:孔令军}}来核过。村里的儿童主任{{minority/kazakh:努尔哈孜}}是个女的，常来给娃娃们洗头、剪指甲。{{minority/kazakh:努尔哈孜}}她说，娃娃没了妈，不能再没了人管。娃娃们在学校有事，老师都先找{{minority/kazakh:努尔哈孜}}。
访谈者：邻居们呢？
受访者：好得很。邻居{{minority/kazakh:卡德尔·阿克木}}冬天帮我把羊赶到{{trap/minority_word:冬窝子}}。{{minority/kazakh:卡德尔}}他不要钱，说哈萨克人就是这样。{{trap/place:淖毛湖}}那边种哈密瓜的{{han:贺长青}}，每年秋天拉一车瓜来给娃娃们吃。{{han:贺长青}}都六十了，跟我阿爸是老朋友。
访谈者：孩子们在学校怎么样？
受访者：老大学习好，班主任{{han:尹雪莲}}老师说他能考{{trap/place:乌鲁木齐}}的内高班。{{minority/kazakh:热孜娅}}想她妈，有一阵子不吃饭，学校的心理老师{{han:栾晓燕}}一个礼拜找她谈两回。老三还小，天天问妈妈什么时候回来。
访谈者：您的腰现在怎么样？
受访者：援疆的医生{{compound:钟离子墨}}给我做的手术，他是从河北来的。他说不能干重活了。县里的社工{{compound:百里嘉树}}帮我申请了残疾证，还帮我找了个在乡里看水库的活，一个月两千。{{compound:百里嘉树}}是跟{{compound:拓跋永宁}}一起来的，那个姑娘会弹{{trap/minority_word:冬不拉}}，娃娃们喜欢她。
访谈者：你们过节怎么过？
受访者：{{trap/minority_word:纳吾肉孜节}}的时候，儿童主任来帮我们炸{{trap/minority_word:包尔萨克}}，煮{{trap/minority_word:纳吾肉孜粥}}。夏天乡里有{{trap/minority_word:阿肯弹唱}}，我带娃娃们去看。晚上在{{trap/minority_word:毡房}}里，阿爸给他们讲{{trap/famous:阿勒帕米斯}}的故事。
访谈者：孩子们的妈妈走了以后，家里谁做饭？
受访者：我做，做得不好。丫头现在会做拌面了。她妈在的时候家里收拾得干干净净，现在乱了。{{minority/kazakh:夏依拉}}她走之前跟我说，一定让娃娃们念书。
访谈者：您的羊现在谁放？
受访者：我雇了个放羊的，一个月给他两千五，羊是八十多只。转场的时候最难，春天从冬窝子往夏牧场走，要走四五天，我骑不了马，只能坐车跟着。以前这些活都是我跟老婆两个人干，她骑马比我还好。现在想起来，那些年虽然累，一家人在一起，心里是满的。
访谈者：孩子们学习上谁管？
受访者：学校管得多。老大住校，周末回来自己写作业，还教妹妹。我小时候没好好念书，汉字认得不多，娃娃们的作业我看不懂。乡里每个礼拜三晚上有志愿者来上课，有个叫{{han:李红霞}}的大学生教得最好，丫头每次都去，回来给我讲她学了什么。我听着高兴，就多给她煮一碗奶茶。
访谈者：登记表要写住址和号码。
受访者：家在{{address:伊吾县前山乡白杨沟村二组8号}}，冬窝子在{{address:前山乡苇子峡村三组14号}}。我的身份证{{id_number@my1982quad.650522}}，老大的{{id_number@my2011.650522}}。我的电话{{mobile@plus86spaced}}，第一书记的{{mobile@s74}}，{{minority/kazakh:努尔哈孜}}的微信{{wechat:nurhaz_qianshan}}。{{minority/kazakh:江波拉提}}的QQ，他说跟内地的笔友聊天用，号码是——他念，我记——{{qq:1073864295}}。
访谈者：表上的名字写得对吗？
受访者：不一样。低保表上我是{{spaced:叶尔保拉提 · 沙勒克}}，点两边空着；学校把老大写成{{spaced:江波拉提 叶尔保拉提}}，中间空一格；丫头写成{{spaced:热 孜 娅}}；小的写成{{spaced:卡　依　萨　尔}}。
访谈者：您最大的愿望是什么？
受访者：我{{minority/kazakh:叶尔保拉提}}这辈子就这样了，只盼三个娃娃有出息，替他们的妈看看外面的世界。
""")

# H351: Han procurator in 轮台 (巴音郭楞) reading out the file of a case to remove a drinking father's guardianship.
DOCS["H351"] = ("staff", """\
访谈者：邵检察官，您今天带的是什么案卷？
受访者：一起撤销监护人资格的案子。我叫{{han:邵振华}}，在{{trap/place:轮台}}县{{trap/org:检察院}}管未成年人检察。案子前年结的，我把卷里的情况说一下，名字我照卷宗念。
访谈者：好。
受访者：被申请人{{han:孟庆山}}，男，四十四岁，原来在{{trap/place:轮南}}的油田上打零工，酗酒，喝醉了就打孩子。他老婆{{han:杜晓梅}}受不了，回了四川老家。两个孩子，大的是女孩{{han:孟子涵}}，十二岁；小的是男孩{{han:孟子琪}}，九岁。{{han:孟庆山}}他把大的打得胳膊骨折，是学校老师发现的。
访谈者：谁报的案？
受访者：{{school:轮台县第二小学六年级（3）班}}的班主任{{han:谷秀芝}}老师。她看见孩子胳膊肿着，问了才知道。{{han:谷秀芝}}她当天就打了{{trap/hotline:110}}，又给县{{trap/org:妇联}}打了电话。孩子后来说，她用QQ给班主任发过一次消息，只写了“救救我弟弟”。
访谈者：后来怎么处理的？
受访者：派出所把他拘留了，后来以虐待罪判了两年。我们支持起诉，向法院申请撤销他的监护人资格。案子是{{compound:乐正秋雁}}法官审的，法律援助律师是{{compound:段干明远}}。孩子的外婆{{han:杜秀珍}}从四川赶过来，申请当监护人。卷里的申请书上，外婆的签名写了两遍，“{{han:杜秀珍}}{{han:杜秀珍}}”，她识字不多，怕人家认不出来。
访谈者：孩子妈妈为什么不当监护人？
受访者：{{han:杜晓梅}}也想要孩子，可她在{{trap/place:营山}}的鞋厂打工，住集体宿舍。她自己说，让她妈带，她每个月寄钱。法院最后指定外婆当监护人，孩子妈也签了字。
访谈者：邻居们作证了吗？
受访者：作了。对门的{{minority/uyghur:热汗古丽·吐尔地}}作证说，她好几回半夜听见孩子哭，{{minority/uyghur:热汗古丽}}还把小的领到她家睡过。社区主任{{minority/uyghur:艾尼瓦尔·买买提依明}}也出了书面证明。孩子的爷爷{{han:孟凡强}}去年过世了，奶奶改嫁多年，联系不上。
访谈者：检察院还做了什么？
受访者：我的助理是{{compound:皇甫振宇}}，他跑了{{trap/org:民政局}}、{{trap/org:司法局}}，给两个孩子申请了司法救助，一人{{trap/number:一万二}}。县社工站的{{compound:长孙雨涵}}给孩子做了半年心理疏导。民政局儿童福利股的{{compound:夏侯明珠}}给孩子们办了事实无人抚养，一个月一人{{trap/number:一千四百三}}。我们还发了检察建议，让社区{{trap/word:杜绝}}这种事再被漏掉。
访谈者：孩子们现在怎么样？
受访者：跟外婆回了四川。大的在{{school:营山县双河镇中学初二（2）班}}，小的在镇小学五年级。社工每个月跟她们视频一次。外婆说，{{han:孟子涵}}现在晚上睡得着了。我们卷宗扉页上抄了一句{{trap/famous:孟母}}三迁的典故，给孩子们换个环境，也是这个意思。
访谈者：这类案子在轮台多吗？
受访者：不算多，一年一两件，可每一件都难。撤销监护权是最后一步，之前要先教育、先帮扶，实在不行才走到法院。难在证据：孩子不敢说，邻居不愿意掺和，家里人护着。这个案子里，孩子的伤、学校的记录、邻居的证言、派出所的出警记录，我们一样一样调齐了。开庭那天孩子没到庭，我们在县里的一站式询问室单独问的，旁边有心理老师陪着，只问了一次，不让孩子一遍一遍地讲。
访谈者：被申请人出来以后呢？
受访者：他刑满以后，我们跟司法所对接，让他参加戒酒的小组。他想见孩子，得外婆同意，还得有社工在场。去年他见过一回，带了两身衣服，孩子没说话。以后能不能恢复监护，要看他改得怎么样，法律上留着这个口子。
访谈者：案卷里的登记信息能说一下吗？
受访者：卷里都有，我念一下。{{han:孟庆山}}原住{{address:轮台县轮台镇团结路胡杨小区7号楼3单元201室}}，外婆家在{{address:营山县双河镇凉水村五组12号}}。{{han:孟庆山}}身份证{{id_number@my1981hyphen.652822}}，孩子妈的{{id_number@wy1986fwspaced.511322}}，外婆的{{id_number@wold.511322}}，姐姐的{{id_number@wy2011spaced.652822}}。外婆的电话{{mobile@spaced}}，社工的{{mobile@p86h}}，她的微信{{wechat:zhangsun_yuhan}}。{{han:孟子涵}}发消息用的QQ，卷里附的截图上号码是{{qq:2749105836}}。
访谈者：表上的名字写法一致吗？
受访者：不一致。手写的材料上有{{spaced:孟 庆 山}}、{{spaced:杜　秀　珍}}，有的把孩子写成{{spaced:孟子 涵}}；证人写成{{spaced:热汗古丽 · 吐尔地}}；我们的助理被写成{{spaced:皇 甫 振 宇}}，法官被写成{{spaced:乐　正　秋　雁}}。起诉前都一一核对过。
访谈者：办这个案子您最大的感受是什么？
受访者：孩子是不会自己开口的。要不是{{han:谷秀芝}}老师多问了一句，这两个孩子还得挨多久的打，谁也说不清。
""")

# H352: Han grandmother in 永州 (零陵) raising twin granddaughters; her son died on a building site, his wife remarried.
DOCS["H352"] = ("family", """\
访谈者：奶奶，您带着两个孙女，辛苦吧？
受访者：辛苦也要带。我叫{{han:唐满秀}}，六十六了，住在{{trap/place:永州}}{{trap/place:零陵}}乡下。儿子{{han:蒋建波}}在{{trap/place:广州}}的工地上做架子工，{{trap/year:二〇一九年}}从架子上摔下来，没救过来。儿媳{{han:雷小红}}后来改嫁到{{trap/place:桂林}}，又生了个伢。老倌子{{han:蒋德清}}中风瘫了三年，也要人服侍。
访谈者：孙女们多大了？
受访者：一对双胞胎，十岁。大的叫{{han:蒋思甜}}，小名{{han:圆圆}}；小的叫{{han:蒋思雨}}，小名{{han:满满}}。两个都在{{school:零陵区富家桥镇中心小学四年级（3）班}}。{{han:圆圆}}就是爱哭，{{han:满满}}还像个小气鬼，跟姐姐抢东西，可有人欺负姐姐，她第一个冲上去。
访谈者：孩子们的事谁帮着办的？
受访者：村里的儿童主任{{han:邓丽芳}}。{{han:邓丽芳}}也是个苦命人，男人在外头打工，她一个人带三个伢，还来帮我。她给两个孙女报了事实无人抚养，一个月一人{{trap/number:一千二百五}}。村支书是{{compound:欧阳国强}}，他给我们家报了低保，又给老倌子申请了重度残疾护理补贴。镇民政办的{{han:陆志刚}}来核过两回。
访谈者：孩子妈妈还来看她们吗？
受访者：来。{{han:雷小红}}她一年回来两三趟，给伢们买衣服、买书。她现在的男人{{han:黎国平}}也是个好人，说要是我带不动了，伢们可以去桂林。{{han:圆圆}}不肯去，说要陪奶奶。
访谈者：学校里怎么样？
受访者：班主任{{han:胡丽娟}}老师好，两个伢的午饭钱都给免了。{{han:胡丽娟}}她说，双胞胎分在一个班，互相有个照应。妹妹数学好，姐姐爱画画，画的都是她爸。学校里每个礼拜有“亲情电话”，伢们打给她妈。
访谈者：邻居们呢？
受访者：隔壁{{han:唐立平}}时常帮我挑水、劈柴，他是我娘家侄子。对门的{{han:盘金花}}是瑶族，嫁过来二十年了，她教伢们唱瑶歌。屋后头{{han:李春来}}他们家有车，老倌子去医院都是他送。还有我大伯子{{han:蒋天佑}}，也七十多了，{{han:蒋天佑}}都还下田。
访谈者：老伴的病呢？
受访者：乡卫生院的{{han:周建勋}}医生一个月来两回，给老倌子量血压、换尿管。老倌子不肯吃药，我就让{{han:周建勋}}去劝他。县社工站的{{compound:欧阳晓川}}跟{{compound:司徒慧敏}}来过好几回，给老倌子做康复，给伢们辅导功课。她还帮{{han:满满}}报了学校的书法班。
访谈者：平时怎么教孩子？
受访者：我没读什么书，只会教她们背{{trap/word:唐诗}}。村里老人讲{{trap/famous:柳宗元}}在{{trap/place:柳子庙}}那边写文章，讲{{trap/famous:舜帝}}南巡的故事，我就照着讲给她们听。夏天{{trap/word:雷雨}}多，{{trap/place:潇水}}涨水，我不准她们去河边。
访谈者：两个孩子一样大，带起来有什么不一样？
受访者：不一样得很。姐姐心细，晚上睡觉前要把书包收拾三遍，第二天穿的衣服叠好放在床头。妹妹是个急性子，早上起来袜子都找不到一双。姐姐爱哭，受了委屈躲在被子里哭，问她又不说；妹妹脾气大，哭完就忘了。两个伢生病也是一起病，一个咳嗽，过两天另一个也咳，我一个晚上起来四五回，给这个盖被子，给那个喂水。
访谈者：您身体吃得消吗？
受访者：吃不消也得吃得消。我有腰椎间盘突出，弯腰都难，还要给老倌子翻身、擦身子。村里的{{han:杨春花}}说可以把老倌子送到镇上的敬老院，我舍不得，他在家里，伢们放学回来还能喊一声爷爷。等伢们再大点，能帮把手了，就好过些。
访谈者：登记表要写住址和号码。
受访者：家在{{address:零陵区富家桥镇塘头村五组19号}}，儿媳在桂林住{{address:七星区穿山街道桂花苑5栋2单元601室}}。我的身份证{{id_number@wy1959.431102}}，{{han:蒋思甜}}的{{id_number@wy2015fwhyphen.431102}}，妹妹的跟她就差一位，我记不清。我的电话{{mobile@h38}}，{{han:雷小红}}的{{mobile@fws}}。{{han:邓丽芳}}的微信{{wechat:denglifang_ftq}}。{{han:圆圆}}有个QQ，是她妈给申请的，说视频方便，号码她写在作业本的封皮上——{{qq:86520473}}。
访谈者：表上的名字写对了吗？
受访者：不对的多。有一张表把两个伢写成{{spaced:蒋 思 甜}}和{{spaced:蒋　思　雨}}，把我的名字也写错了一个字。村支书在签到表上成了{{spaced:欧 阳 国 强}}，社工姑娘成了{{spaced:司　徒　慧　敏}}。
访谈者：您最盼什么？
受访者：盼我多活几年，把两个伢送进大学。伢们说长大了要当医生，给爷爷治病。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=345,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout44",))


if __name__ == "__main__":
    main()
