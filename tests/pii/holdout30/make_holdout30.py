# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 30 (tests/pii/holdout30/H225-H232 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 30 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 民政局,
村委会/嘎查/社区, 学校, 儿童主任, 社工), in eight new voices: a Mongolian grandfather in 阿鲁科尔沁旗 (赤峰) raising
two grandchildren whose father is in prison and whose mother stopped calling; a Tibetan mother in 理塘 (甘孜) whose
husband was paralysed by a fall while digging 虫草, with three children and her dead sister's daughter; a Salar father
in 循化 (青海) back from his noodle shop in 广州 because his Hui wife has lupus, with his dead brother's son and his Hui
in-laws from 化隆; a Han grandmother in 恩施 (湖北) raising two left-behind grandchildren beside the Tujia family next
door, whose father died in a mine; a Han boarding-school teacher in 沧源 (临沧, 云南) with Wa and Dai pupils whose
parents she reaches on WeChat and QQ; a Kazakh father in 额敏 (塔城) who lost a leg in the crash that killed his wife;
a Han community-correction officer (社区矫正) in 通辽 reading from the files of three offenders and their children; and
a Han uncle in 喀左 (辽宁) raising the son of his dead sister, whose father went missing. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to
seven characters (呼和德力格尔, 斯琴毕力格图, 塔米尔朝克图, 毕力格巴特尔) with short forms (塔米尔 after 塔米尔朝克图,
呼格吉 after 呼格吉勒图) and a Han surname before a Mongolian name (包赛音朝克图, 包布和) beside the grandfather's Han
name on his ID card (包德林); Khams Tibetan names (降拥卓嘎, 洛绒四郎, 生龙降措) with short forms (翁姆 after 泽仁翁姆, 曲批 after
四郎曲批) and a Tibetan boy's Han school name (苏成林); Salar names in Han form (韩永寿, 陕秀英), a Han surname before a
religious name (韩阿卜都, 韩哈比卜, 韩尕西木, 绽尔里) and 经名 used alone (阿卜都, 哈三, 哈比卜, 尕西木), beside Hui
names of the same kinds (马海丽麦, 马阿卜杜拉, 冶海底哲, 祖白代; 马素芳, 马占奎); Han nicknames that are words,
annotated whole (螺丝, 秧鸡, 泥鳅) and Tujia neighbours' Han names followed by verbs and particles (向家旺他们家,
冉桂花那边, 谭秀云都, 田春燕也); Wa names with birth-order syllables, bare or after a Han surname (叶拉, 安娥, 艾倦,
肖艾倦, 陈叶茸, 陈尼拉, 肖岩门) and Dai names in 岩/玉, bare or after 刀 (岩温香, 岩罕勇, 玉南香, 玉庄, 刀玉丙), as
pupils and parents appear in WeChat and QQ; Kazakh given name + father's name with and without the dot
(叶尔肯别克·努尔哈力, 叶尔肯别克努尔哈力), short forms (加孜拉, 塔斯肯, 哈力木拉提, 马依拉 whose first syllable is the
surname 马); Han names with common and rare surnames, titles and kin words, names that contain words (宋天山,
孔繁星, 付天佑, 郭家和, 向家旺, 字云飞), a name written twice on a sign-in sheet (尚德旺尚德旺), names directly before
particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames after
ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:龚德秀}}``, ``{{qq:2874405163}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, salar, hui, wa, dai, kazakh) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1982.654221}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
检察官, 大姐) and a particle, pronoun or verb written directly after a name (说, 也, 都, 就, 还, 他, 她, 他们家, 那边,
跟) are outside the span; a nickname that is a word (螺丝, 秧鸡, 泥鳅) is annotated whole. Han-style names of
Mongolian, Tibetan, Salar, Hui, Tujia and Dai people (包德林, 苏成林, 韩永寿, 马素芳, 向家旺, 罕秀芬) are category han; a
Han surname before a non-Han given name (包赛音朝克图, 韩阿卜都, 马海丽麦, 肖艾倦, 刀玉丙) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout30/make_holdout30.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(30_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "salar", "hui", "wa", "dai", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {group: 10 for group in MINORITY_GROUPS}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H225: Mongolian grandfather in 阿鲁科尔沁旗 (赤峰) raising two grandchildren; their father is in prison, their
# mother went off to work and stopped calling.
DOCS["H225"] = ("family", """\
访谈者：老人家，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:呼和德力格尔}}，身份证上的汉名是{{han:包德林}}，今年六十九了。老伴{{minority/mongolian:诺敏其其格}}前年冬天走的，胃癌。家在{{trap/place:阿鲁科尔沁旗}}北边的{{trap/place:罕苏木}}，离{{trap/place:天山镇}}一百多里。儿子{{minority/mongolian:斯琴毕力格图}}三年前喝了酒跟人打架，把人打成重伤，判了六年，关在{{trap/place:通辽}}。儿媳{{han:邵丽娟}}去{{trap/place:北京}}打工，头一年还往回寄钱，后来电话也换了。两个孙辈就跟着我这个老头子。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:阿斯茹娜}}十二，在{{school:阿鲁科尔沁旗蒙古族实验学校六年级（2）班}}住校。孙子{{minority/mongolian:塔米尔朝克图}}八岁，在{{school:罕苏木苏木中心学校二年级（1）班}}。家里都喊孙子{{minority/mongolian:塔米尔}}。{{minority/mongolian:塔米尔}}就爱跟我去放羊，骑在马背上唱他奶奶教的歌。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。去年秋天孙女跟我去看过一回她爸，隔着玻璃说话。她爸哭，她不哭，回来一路上一句话没说，夜里蒙着被子哭。管教{{han:王永军}}打电话说我儿子在里头表现还行，有减刑的盼头。
访谈者：这几年都有谁帮过你们？
受访者：嘎查达{{minority/mongolian:包赛音朝克图}}头一个跑来，帮着把两个孩子按事实无人抚养报上去，一人一个月{{trap/number:一千五百四}}。苏木的民政助理{{han:黄德润}}说我岁数大了，又给报了低保。嘎查的儿童主任是{{han:宁桂香}}大姐，每个月都来，帮孙女洗头、剪指甲。旗社工站来过一个姑娘叫{{compound:乐正思源}}，还有她同事{{compound:巫马兴安}}。她说话慢声细气的，孙女愿意跟她说心里话。驻村的第一书记{{han:赵晓光}}给孙子找了一副旧的小马鞍，孙子高兴坏了。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:伊德日勒图}}开着四轮子，打草的时候顺手把我家的也拉回来了。西边{{han:李宝田}}家是汉族，他老婆{{han:郝翠萍}}常给孩子们蒸黏豆包。我外甥{{minority/mongolian:巴达荣贵}}在旗里开出租，孩子看病都是他拉着去，{{minority/mongolian:巴达荣贵}}他从来不要油钱。
访谈者：家里的收入靠什么？
受访者：靠羊，靠低保。去年卖了十五只羊羔，一只七百多。草场补贴一年有四千来块。孙女住校，一个礼拜伙食费一百二，孙子中午在学校吃营养餐，不花钱。最怕的是冬天买草料，一捆草涨到二十多块，一冬天得三百捆。开春羊下羔，我一个人半夜起来接羔，冻得手都不听使唤，孙女礼拜天回来就帮我给羊羔喂奶。她说，爷爷你别愁，等我挣钱了给你买一台铡草机。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:邰秀琴}}老师说她蒙古文写得好，作文在旗里得过奖。孙子的老师叫{{han:陈海龙}}，年轻小伙子，爱带孩子们踢球。{{han:陈海龙}}说孙子就是上课爱走神，问他想啥，他说想他爸。
访谈者：过节的时候怎么过？
受访者：腊月二十三{{trap/minority_word:祭火}}，孙女跪在灶前学她奶奶念祝词。过{{trap/minority_word:白月}}的时候，我给孩子们讲{{trap/famous:哈布图哈萨尔}}射箭的故事，我们这个旗的老根儿就在他那儿。夏天嘎查办{{trap/minority_word:那达慕}}，孙子非要去看摔跤。
访谈者：您身体怎么样？
受访者：腿不行了，风湿。老伴在的时候家里啥都不用我操心，现在早上四点起来挤奶、烧茶，给孩子们装饭盒。{{han:宁桂香}}她说我再这么熬下去，早晚得躺下。旗医院的{{han:鲍春雷}}大夫给我开了膏药，说冬天别再下河套饮牛了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:罕苏木苏木哈日根台嘎查三组14号}}，儿媳走之前在旗里租的房是{{address:天山镇北城小区8号楼2单元502室}}。我身份证{{id_number@my1956.150421}}，孙女的{{id_number@wy2013spaced.150421}}。我电话{{mobile@plain}}，外甥的{{mobile@s434}}，他的微信是{{wechat:badarong_taxi88}}。孙女有个QQ，老师布置作业用的，号码她写在炕柜门里头了，我念给你：{{qq:2874405163}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:呼 和 德 力 格 尔}}，一个字一个空。孙子在学籍上成了{{spaced:塔米尔 朝克图}}，儿子在判决书上是{{spaced:斯　琴　毕　力　格　图}}。
访谈者：最后您还想说什么？
受访者：就盼着儿子早点出来，一家人团团圆圆。孙女说长大要当大夫，回嘎查给老人看病。
""")

# H226: Tibetan mother in 理塘 (甘孜); her husband was paralysed by a fall while digging 虫草; three children and
# the orphaned daughter of her sister.
DOCS["H226"] = ("family", """\
访谈者：阿佳，您慢慢说，家里现在几口人？
受访者：六口人。我叫{{minority/tibetan:降拥卓嘎}}，今年三十八。男人{{minority/tibetan:洛绒四郎}}前年五月上山挖{{trap/minority_word:虫草}}，从崖上摔下来，腰以下动不了了。我们自己三个娃娃，还有我姐姐留下的一个女娃。家在{{trap/place:理塘}}县城往{{trap/place:毛垭坝}}去的路边上。
访谈者：您姐姐呢？
受访者：姐姐{{minority/tibetan:降拥拉措}}四年前走的，包虫病。姐夫后来又成了家，去了{{trap/place:康定}}，娃娃就不管了。那女娃叫{{minority/tibetan:泽仁翁姆}}，我们都叫她{{minority/tibetan:翁姆}}，今年十三。她跟我亲，叫我阿妈。
访谈者：您自己的三个娃娃呢？
受访者：老大{{minority/tibetan:四郎曲批}}十五，在{{school:理塘县中学初三（4）班}}，学校给他登记的汉名叫{{han:苏成林}}，汉族老师都喊他{{han:苏成林}}。老二{{minority/tibetan:拥措拉姆}}十岁，在{{school:理塘县第二完全小学四年级（3）班}}。老三{{minority/tibetan:多吉批初}}才四岁，在村里的幼教点。{{minority/tibetan:翁姆}}在{{school:理塘县中学初一（2）班}}，跟她哥一个学校。老大{{minority/tibetan:曲批}}他懂事，放假回来背他阿爸晒太阳、上厕所，他说等他毕业了就去{{trap/place:成都}}学开挖掘机。
访谈者：男人摔伤以后，谁帮过你们？
受访者：村里的{{minority/tibetan:生龙降措}}主任跑前跑后，给我们家报了低保。男人评了一级残疾，{{trap/org:县残联}}送了一张轮椅。乡上的民政干部{{han:刘文华}}说姐夫还在，女娃报不了孤儿，后来按事实无人抚养报上去，一个月{{trap/number:一千二百六}}。村里的儿童主任{{han:王晓梅}}是汉族，嫁到我们村十几年了，藏话说得比我还快。县医院的{{han:张启明}}大夫每个月下来一趟，给男人看褥疮。{{trap/place:成都}}来的社工{{compound:皇甫晓岚}}教我给男人翻身，跟她一起来的叫{{compound:拓跋允文}}，小伙子帮我们把院坝的坡铲平了，好推轮椅。
访谈者：娃娃们在学校怎么样？
受访者：{{minority/tibetan:拥措拉姆}}她成绩好，班主任{{han:张丽华}}老师说她藏文、汉文都考九十多。老大的班主任叫{{han:李德荣}}，上个月专门来家访，坐了一下午。女娃话少，心理老师{{han:骆青青}}每个礼拜找她说说话。
访谈者：家里的亲戚呢？
受访者：男人的弟弟{{minority/tibetan:洛绒邓珠}}在县城开茶馆，隔几天送一回酥油和米。我们{{trap/minority_word:赛马节}}的时候他把娃娃们都接去看，老三骑在他脖子上看了一整天。寺里的喇嘛给男人念过经，从{{trap/org:长青春科尔寺}}下来的路上还给我们带了一袋{{trap/minority_word:糌粑}}。娃娃们晚上爱听他讲{{trap/famous:格萨尔}}，我就唱{{trap/famous:仓央嘉措}}写理塘的那首给他们听。
访谈者：家里的收入靠什么？
受访者：以前靠男人挖虫草、我放牦牛，一年能有三四万。现在他躺着，虫草挖不成了，就靠低保、残疾人补贴，还有我挤奶打酥油卖。牦牛剩下十一头，去年冬天雪大，冻死了两头小的。男人每个月的药要八百多，尿不湿也要钱。县上给装了个太阳能热水器，冬天能给他洗个热水澡，这是这两年最好的事。娃娃们的学费是免的，住校的伙食也有补助，就是衣服鞋子长得快，一年要买两回。
访谈者：男人自己怎么样？
受访者：刚摔伤那半年，他不说话，也不吃饭，说自己成了废人。后来老大放假回来，天天推他到院坝里晒太阳，给他念课本上的课文，他才慢慢笑了。县里来的康复师{{han:曾晓川}}教了他几个练胳膊的动作，他每天都练。现在他躺在床上搓羊毛绳，一天能搓好几丈，说也算给家里干点活。
访谈者：您自己身体呢？
受访者：腰也不好，背水背坏的。白天种青稞、放牦牛，晚上给男人擦身子。有时候累得坐在灶边就睡着了，醒来老二已经把火生好了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:理塘县高城镇德西村三组27号}}，姐夫在康定住的是{{address:炉城镇向阳小区2号楼3单元601室}}。我的身份证{{id_number@wy1987.513334}}，男人的{{id_number@my1984quad.513334}}。我电话{{mobile@plus86spaced}}，他弟弟的{{mobile@h38}}，他微信叫{{wechat:lrdz_tea2019}}。老大有QQ，他说号码记在他的藏文课本最后一页，你看这儿：{{qq:1593308472}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。低保本上我是{{spaced:降 拥 卓 嘎}}，男人是{{spaced:洛绒 四郎}}，女娃在学籍上是{{spaced:泽　仁　翁　姆}}。
访谈者：您最盼什么？
受访者：盼男人少受点罪，盼娃娃们把书念出来。
""")

# H227: Salar father in 循化 (青海) who gave up his noodle shop when his Hui wife fell ill with lupus; three
# children, his dead brother's son, and his Hui in-laws from 化隆.
DOCS["H227"] = ("family", """\
访谈者：韩师傅，您先说说自己吧。
受访者：我叫{{han:韩永寿}}，撒拉族，经名{{minority/salar:阿卜都}}，庄子上的人都叫我{{minority/salar:韩阿卜都}}。家在{{trap/place:循化}}{{trap/place:白庄}}，{{trap/place:黄河}}边上。以前在{{trap/place:广州}}开拉面馆，前年女人得了红斑狼疮，我把馆子盘出去回来了。女人{{minority/hui:马海丽麦}}是回族，娘家在{{trap/place:化隆}}{{trap/place:甘都}}，户口上写的是{{han:马素芳}}。
访谈者：家里几个孩子？
受访者：我们自己三个，还有我哥的一个。老大{{minority/salar:韩哈比卜}}十四，在{{school:循化县第一中学初二（5）班}}；老二{{minority/salar:韩阿依舍}}十一，老三{{han:韩晓龙}}六岁。我哥{{han:韩永福}}，经名叫{{minority/salar:哈三}}，三年前在{{trap/place:西宁}}工地上让塔吊砸了，人没了。嫂子后来改嫁到{{trap/place:民和}}，侄子{{minority/salar:韩尕西木}}就留在我家。{{minority/salar:尕西木}}跟{{minority/salar:哈比卜}}同岁，俩人一个班，睡一个炕。
访谈者：您爱人现在怎么样？
受访者：一个月去{{trap/place:西宁}}住一回院。{{minority/hui:马海丽麦}}她手指头肿得攥不住碗，脸上起红斑，怕见太阳。省医院的{{minority/hui:冶海底哲}}大夫是回族女大夫，跟她说得上话，说这个病要长期吃药，不能累着。
访谈者：您爱人自己怎么看这个病？
受访者：{{minority/hui:马海丽麦}}说她不怕死，就怕拖累我们。刚查出来那阵儿她天天哭，说不治了，把钱留给娃娃们念书。丈母娘劝，我也劝，后来是老大把她的药一粒一粒分好，装在小盒子里，每天早上端水给她吃，她才慢慢想通了。现在她精神好的时候，坐在炕上教老二绣花。我们这儿的撒拉族女人都会绣花，她是回族，嫁过来以后跟我妈学的，绣得比我妈还好。
访谈者：这几年谁帮过你们？
受访者：村委会的{{han:韩国良}}主任给我们家报了低保，侄子按孤儿报了基本生活费，一个月{{trap/number:一千六百三}}。镇上民政的{{han:冶春梅}}把材料送到{{trap/org:县民政局}}，跑了四趟。村里{{trap/org:清真寺}}的{{minority/salar:绽尔里}}阿訇让坊上给我们家凑了钱，{{trap/minority_word:开斋节}}还送来一袋面、一桶油。县里社工站来过两个人，一个叫{{compound:闾丘思齐}}，一个叫{{compound:公冶远帆}}，给娃娃们辅导作业，还教老二用平板上网课。
访谈者：您爱人娘家呢？
受访者：老丈人{{minority/hui:马阿卜杜拉}}，汉名{{han:马占奎}}，七十了，还在{{trap/place:甘都}}种辣子。丈母娘{{minority/hui:祖白代}}每个月坐班车过来住几天，给我们做饭、洗衣裳。{{minority/hui:祖白代}}她疼外孙女，把攒的钱偷偷塞给外孙女买书。小舅子{{minority/hui:马尤素甫}}在{{trap/place:拉萨}}开馆子，过年寄回来五千块。小姨子{{minority/hui:马赛丽麦}}在{{trap/place:西宁}}当护士，{{minority/hui:马海丽麦}}住院全靠她陪。
访谈者：孩子们在学校怎么样？
受访者：{{minority/salar:哈比卜}}数学好，班主任{{han:韩德林}}老师说他能考{{trap/place:西宁}}的高中。{{minority/salar:尕西木}}他爱踢球，不爱念书，体育老师{{han:马福海}}说他有天分。小学的{{han:陕秀英}}老师是撒拉族，教老二三年了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}宰一只羊，坊上的老人来家里念经。女人身体好的时候，炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，现在是丈母娘来炸。晚上我给娃娃们讲{{trap/famous:尕勒莽}}和{{trap/famous:阿合莽}}牵着白骆驼来到{{trap/place:骆驼泉}}的故事，他们听了好多遍还要听。
访谈者：日子上最难的是什么？
受访者：钱。药贵，住院一回自己还要掏两千多，来回的车费、住宿费还不算。医保报了一部分，大病救助又报了一部分，剩下的就是借。亲戚们借了个遍，到现在还欠着三万多。我在镇上给人开{{trap/word:马路}}边的面馆打下手，一个月三千，刚够用。{{trap/word:尕娃}}们都懂事，放学回来帮着喂羊、扫院子。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:循化县白庄镇上拉边村四社16号}}，老丈人家在{{address:化隆县甘都镇东滩村二社9号}}。我身份证{{id_number@mmid.632128}}，侄子的{{id_number@my2011spaced.632128}}。我电话{{mobile@hyphen}}，小姨子的{{mobile@p86n}}，她微信{{wechat:Sailimai_xn}}。老大的QQ是{{qq:80425537}}，他用我的旧手机登的。
访谈者：名字在表上写得对吗？
受访者：经名各写各的。侄子在学籍上是{{spaced:韩 尕 西 木}}，我女人在医保卡上是{{spaced:马海 丽麦}}，老丈人写成了{{spaced:马　阿　卜　杜　拉}}。
访谈者：您最盼什么？
受访者：盼女人的病稳住，盼四个娃娃都念出书来。
""")

# H228: Han grandmother in 恩施 (湖北) raising two left-behind grandchildren, with the Tujia family next door whose
# father died in a mine.
DOCS["H228"] = ("family", """\
访谈者：婆婆，您家里现在是几个人？
受访者：三个，我和两个孙娃子。我叫{{han:龚德秀}}，老头子{{han:周世贵}}前年中风走了。儿子{{han:周建波}}在{{trap/place:东莞}}电子厂做事，媳妇{{han:黎小红}}跟他离了，再没回来过。我们住在{{trap/place:恩施}}城外头{{trap/place:盛家坝}}的山上，屋后头就是{{trap/word:田坎}}。
访谈者：孙子孙女多大了？
受访者：孙子{{han:周宇航}}十二岁，我们喊他{{han:螺丝}}，小时候瘦得跟根竹竿样的。孙女{{han:周梓萱}}九岁，小名{{han:秧鸡}}。孙子在{{school:盛家坝乡中心小学六年级（2）班}}，{{han:秧鸡}}在同一个学校三年级。{{han:螺丝}}就是脾气犟，他爸打电话来他不接，说他爸不要他们了。{{han:秧鸡}}也跟着哭，哭完了又去接电话。
访谈者：您儿子多久回来一次？
受访者：过年回来，住个七八天就走。他说厂里忙，其实是不想见我们这个家。钱倒是每个月寄一千，不够，我喂两头猪、种点苞谷补上。
访谈者：隔壁那家是土家族？
受访者：是，我们这里一半是土家。隔壁{{han:覃永坤}}前年在{{trap/place:贵州}}煤窑里出了事，人没了。他屋里的{{han:冉桂花}}早几年就腿瘸了，干不得重活。儿子{{han:覃小军}}十岁，我们喊他{{han:泥鳅}}，滑得很，一天到黑往我屋里钻。{{han:泥鳅}}他跟我家{{han:螺丝}}是一对，上学放学一路走。{{han:冉桂花}}那边还有个老婆婆{{han:向金秀}}，八十了，眼睛看不见。
访谈者：那家孩子现在有补助吗？
受访者：有。村里{{han:彭光明}}书记跟儿童主任{{han:谭秀云}}跑的，这娃算事实无人抚养，一个月{{trap/number:一千一百八}}，他屋里还吃低保。镇上民政办也来核过两回。{{han:谭秀云}}都是走着来，山路一个多钟头，她{{trap/word:向来}}不喊累。
访谈者：还有谁帮忙？
受访者：另一边的邻居{{han:向家旺}}，也是土家族。{{han:向家旺}}他们家开个小卖部，娃娃去买本子，他从来不收钱。他屋里的{{han:田春燕}}说，娃娃没了爹，大家帮一把就过来了。县里社工站的{{compound:澹台明月}}来过好几回，给几个娃娃过生日；跟她一起的叫{{compound:司马云帆}}，带娃娃们去{{trap/place:清江}}边上捡石头画画。卫生院的{{han:邓长友}}医生每个季度给{{han:冉桂花}}看腿，看得{{trap/word:周到}}。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任是{{han:牟丽君}}老师，她说{{han:周宇航}}作文写得好，写过一篇《我的爷爷》，全班都听哭了。孙女的老师{{han:熊大海}}是个男老师，爱带娃娃们跳{{trap/minority_word:摆手舞}}。学校还请了个支教老师叫{{compound:宇文嘉树}}，教他们画{{trap/minority_word:西兰卡普}}的花样。
访谈者：过节的时候呢？
受访者：土家人过{{trap/minority_word:赶年}}，比我们早一天。{{han:田春燕}}也喊我们去吃，{{han:泥鳅}}就端着碗跑过来。夏天街上有{{trap/minority_word:女儿会}}，老人讲{{trap/famous:巴蔓子}}的故事，娃娃们听得眼睛都不眨。
访谈者：家里的开销怎么办？
受访者：省着用。两个娃娃在学校吃营养午餐，不要钱。我养的猪过年杀一头，卖一头，腊肉挂在火坑上头，一年吃到头。娃娃们的衣服多是别人给的旧衣服，我改一改就能穿。去年冬天{{trap/org:妇联}}送来两床新被子、两件棉袄，娃娃们高兴得晚上抱着棉袄睡。最费钱的是看病，我一个月的降压药就要一百多。
访谈者：您身体怎么样？
受访者：血压高，膝盖也不行。有一回我在灶屋里晕倒了，是{{han:螺丝}}跑去喊的{{han:向家旺}}，背到卫生院打的针。我就怕哪天一口气上不来，两个娃娃咋办。
访谈者：表上要登记地址、证件和电话。
受访者：我家在{{address:恩施市盛家坝乡二官寨村五组21号}}，{{han:覃小军}}他屋在{{address:二官寨村五组23号}}。我身份证{{id_number@wold.422801}}，孙子的{{id_number@my2013fwspaced.422801}}。我电话{{mobile@s74}}，儿子的{{mobile@plus86dash}}，他微信{{wechat:zjb_dongguan1988}}。孙子用他爸的旧手机上QQ，号码他写在墙上的奖状背后，是{{qq:390217764}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。低保表上他妈成了{{spaced:冉 桂 花}}，学校花名册上孙女是{{spaced:周　梓　萱}}，社工的本子上{{han:覃小军}}写成{{spaced:覃小 军}}。
访谈者：您最盼什么？
受访者：盼儿子回来，盼两个孙娃子读得书。
""")

# H229: Han boarding-school teacher in 沧源 (临沧, 云南) with Wa and Dai pupils, and their parents on WeChat and QQ.
DOCS["H229"] = ("teacher", """\
访谈者：梁老师，您在这个学校教了多少年了？
受访者：九年了。我叫{{han:梁晓云}}，{{trap/place:临沧}}城里人，师范毕业就分到{{trap/place:沧源}}{{trap/place:勐角}}，现在带{{school:勐角乡民族小学五年级（1）班}}。班上四十一个学生，佤族二十几个，傣族十来个，剩下是汉族和拉祜族。全校住校，礼拜五下午家长来接。
访谈者：班上困境儿童多吗？
受访者：登记在册的七个，我说几个最让人操心的。{{minority/wa:肖艾倦}}十一岁，他爸{{minority/wa:肖岩门}}贩毒判了十五年，他妈跑去{{trap/place:缅甸}}那边再没回来，跟奶奶{{minority/wa:叶拉}}过。奶奶不会说汉话，开家长会都是他的堂哥{{han:肖建勇}}来。{{minority/wa:艾倦}}也不爱说话，作业本上画满了{{trap/minority_word:木鼓}}。
访谈者：他现在有补助吗？
受访者：有，按事实无人抚养，一个月{{trap/number:一千零五十}}。乡民政的{{han:俸志刚}}和村里的儿童主任{{han:罕秀芬}}一起办的。{{han:罕秀芬}}是傣族，汉名就叫这个，她说老人家按手印按了十几个。
访谈者：还有谁？
受访者：{{minority/wa:陈叶茸}}，女孩子，十岁。爸爸前年在{{trap/place:班洪}}修路，掉河里了；妈妈去年病死的。她现在跟舅舅{{minority/wa:陈尼拉}}过，舅舅自己有三个娃娃。{{minority/wa:叶茸}}她领的是孤儿基本生活费。她唱歌好听，{{trap/minority_word:摸你黑}}的时候她领着全班跳舞。还有一个男孩，爸爸在外面有了人，妈妈{{minority/wa:安娥}}去广东打工，跟爷爷。她在班级群里不说话，微信名就是{{minority/wa:安娥}}两个字，我每个礼拜单独发视频给她看孩子。
访谈者：傣族的孩子呢？
受访者：{{minority/dai:玉南香}}九岁，插班在我这里。她爸{{minority/dai:岩温香}}开拖拉机翻了沟，左腿截了，妈妈{{minority/dai:玉庄}}前年走了，去了{{trap/place:昆明}}。她爸在群里用的就是自己的名字，每天晚上问一句"{{minority/dai:玉南香}}吃饭了没有"。{{minority/dai:岩罕勇}}十二岁，爸妈在{{trap/place:昆明}}打工，跟外婆过。{{minority/dai:岩罕勇}}他爱打篮球，就是数学跟不上。他妈叫{{minority/dai:玉朗}}，QQ比微信用得多，号码在学生登记表上，隔了两格写的：{{qq:2069513348}}。
访谈者：学校里谁帮着管这些孩子？
受访者：校长{{han:杨绍华}}，副校长{{han:字云飞}}。{{han:字云飞}}说话直，家长都怕他。我们年级的{{minority/dai:刀玉丙}}老师是傣族，傣族家长有事都找她。{{minority/dai:刀玉丙}}她会说佤话也会说傣话，开家长会她给我当翻译。食堂的{{han:赵丽琼}}给住校的孩子多打一勺菜。乡卫生院的{{han:李兴平}}医生每学期来给孩子们体检，寨子里的傣族村医也常来。
访谈者：社工来过吗？
受访者：来过。县社工站派了{{compound:申屠静秋}}，她跟{{compound:钟离雨晴}}一起给孩子们做小组活动。还有一个大学生志愿者叫{{compound:夏侯文博}}，教孩子们下象棋。社工每个月单独找那个爸爸在坐牢的男孩谈一次。
访谈者：孩子们在学校开心吗？
受访者：多数时候开心。我们过{{trap/minority_word:新米节}}，傣族孩子过{{trap/minority_word:泼水节}}，全校一起过。讲故事课我讲{{trap/famous:司岗里}}，傣族孩子就抢着讲{{trap/famous:召树屯}}。难的是晚上，住校的小的会哭，想家。
访谈者：家长们对学校怎么看？
受访者：早些年有的家长不让女孩子念书，说念了也是嫁人。这几年好多了，控辍保学，村干部、老师一家一家去劝。山上的寨子离学校远，礼拜天下午家长骑摩托送孩子下来，雨季路塌了就走路，走三四个钟头。我们学校的孩子吃住都在学校，一年到头，跟老师待的时间比跟家里人还长。
访谈者：家长联系方式怎么登记？
受访者：{{minority/wa:肖艾倦}}家在{{address:勐角乡芒摆村二组11号}}，{{minority/dai:玉南香}}家在{{address:勐角乡勐甘村傣寨七组4号}}。男孩的身份证{{id_number@my2014.530927}}，女孩的{{id_number@wy2016tri.530927}}。{{han:肖建勇}}的电话{{mobile@spaced}}，{{minority/dai:岩温香}}的{{mobile@fws}}，他微信号{{wechat:yanwenxiang_lj}}。她舅舅没有微信，有个QQ，号码是{{qq:1850667304}}。我自己的微信{{wechat:liangxy_cangyuan}}，家长有急事打{{trap/hotline:12345}}也能找到乡里。
访谈者：名字在表上写得对吗？
受访者：音译的名字最乱。花名册上有{{spaced:肖 艾 倦}}，有{{spaced:岩　罕　勇}}，{{minority/wa:陈叶茸}}在低保表上被写成{{spaced:陈叶 茸}}。
访谈者：您自己最大的感受？
受访者：这些孩子不缺聪明，缺的是有个人天天在跟前。我做不了他们的爹妈，能做的是让他们在学校这几天过得好一点。
""")

# H230: Kazakh father in 额敏 (塔城) who lost a leg in the crash that killed his wife; three children, his mother
# and his brother's help.
DOCS["H230"] = ("family", """\
访谈者：大哥，您先说说家里的情况。
受访者：我叫{{minority/kazakh:叶尔肯别克·努尔哈力}}，四十三岁，哈萨克族，家在{{trap/place:额敏}}县城北边的牧业村，离{{trap/place:额敏河}}不远。前年十二月，我跟老婆{{minority/kazakh:古丽沙拉·木合塔尔}}开车去{{trap/place:塔城}}给孩子买冬衣，路上起了白毛风，车翻进沟里。她当场就走了，我的左腿截了。
访谈者：家里还有谁？
受访者：我妈，七十一了，还有三个孩子。大女儿{{minority/kazakh:加孜拉·叶尔肯别克}}十五岁，在{{school:额敏县第二中学初三（1）班}}住校；儿子{{minority/kazakh:哈力木拉提·叶尔肯别克}}十一岁，在{{school:额敏县第五小学五年级（3）班}}；小儿子{{minority/kazakh:努尔塔依}}六岁，刚上学前班。{{minority/kazakh:加孜拉}}她像她妈，话少，心细。小儿子还小，问过好几回他妈什么时候回来。
访谈者：出事以后谁帮的忙？
受访者：头一个是我弟弟{{minority/kazakh:塔斯肯·努尔哈力}}，我的羊现在都是他放。夏天转场去{{trap/place:巴尔鲁克山}}，{{minority/kazakh:塔斯肯}}一个人赶两家的羊。村主任{{minority/kazakh:阿力马斯·巴依}}给我们报了低保，第一书记{{han:王振疆}}帮着去{{trap/org:县残联}}办了残疾证，又找人给我装了假肢。村里的儿童主任{{han:孙玉芳}}每个月来一趟，把三个孩子的情况记在本子上。县民政局的{{han:刘新民}}说我家孩子不能报事实无人抚养，因为我还在，就按困境儿童给了临时救助，一次{{trap/number:三千五}}。
访谈者：孩子们在学校怎么样？
受访者：女儿的班主任{{minority/kazakh:马依拉·阿合买提}}老师对她很好，冬天给她买了羽绒服。{{minority/kazakh:马依拉}}老师说我女儿想考{{trap/place:乌鲁木齐}}的内高班。儿子的老师{{han:张建新}}是汉族，说{{minority/kazakh:哈力木拉提}}上课老看窗户外面，下课一个人坐着。学校的心理老师{{han:范春燕}}跟他谈过几回，好一点了。
访谈者：您的腿现在怎么样？
受访者：假肢能走，上马不行了。县医院的{{han:程立华}}大夫说残端还得修一次。{{trap/org:乡卫生院}}的{{han:王国庆}}医生每个月来给我量血压。{{han:程立华}}他是好人，看病从不让我们多花钱。
访谈者：还有别的人帮过你们吗？
受访者：县残联有个小伙子叫{{compound:尉迟文亮}}，帮我申请了一辆三轮摩托。社工站的{{compound:令狐静雯}}每个月来一次，给小儿子讲故事，陪我妈说话。邻居{{minority/kazakh:阿斯勒别克}}他老婆常来帮我妈烤{{trap/minority_word:馕}}，他自己冬天帮我们拉草料。
访谈者：家里的收入靠什么？
受访者：羊。出事前有两百多只，看病卖了一半，现在剩九十来只，都交给弟弟放。草场补贴一年一万出头，加上低保、残疾人补贴，够吃够穿。大女儿住校，一学期生活费一千多，学校给了助学金。我装了假肢以后在村口看小卖部，一个月能挣一千来块。我妈七十多了还天天挤牛奶、打酥油，说她闲不住。
访谈者：孩子们心里的事跟您说吗？
受访者：大女儿不说，都写在本子上。有一回我翻到一页，写的是“爸爸腿疼的时候，我就想替他疼”。我一个大男人，坐在毡房里哭了半天。老二爱问，他问妈妈在哪儿，我就说在天上看着你们。老三还小，天天坐在我那条好腿上让我讲故事。乡里的干部{{han:宋天山}}有空就来跟我喝茶，说男人得挺住，孩子们看着呢。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我妈煮{{trap/minority_word:纳吾肉孜饭}}，炸{{trap/minority_word:包尔萨克}}。以前我弹{{trap/minority_word:冬不拉}}，老婆唱歌，现在弦都断了。儿子说他要学，想把他妈唱的那首学会。夏天乡里办{{trap/minority_word:阿肯弹唱}}，孩子们最爱听老阿肯唱{{trap/famous:阿布赉汗}}的故事。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:额敏县喀拉也木勒镇阔克塔斯村二组15号}}，冬天住在{{address:额敏镇团结路安居小区4号楼1单元302室}}。我的身份证{{id_number@my1982.654221}}，女儿的{{id_number@wy2010hyphen.654221}}。我的电话{{mobile@plus86}}，我弟弟的{{mobile@fullwidth}}，他的微信是{{wechat:Tasken_1986}}。大女儿住校，她有个QQ跟我们联系，号码她在家里的日历上写过，是{{qq:2431075869}}。
访谈者：名字在表上写得对吗？
受访者：经常写错。有的表上我是{{minority/kazakh:叶尔肯别克努尔哈力}}，中间没点；有的把点前后空开，写成{{spaced:叶尔肯别克 · 努尔哈力}}。女儿在学籍上是{{spaced:加 孜 拉 · 叶 尔 肯 别 克}}，儿子被写成{{spaced:哈力木拉提　叶尔肯别克}}。
访谈者：您最大的心愿是什么？
受访者：三个孩子都念完书。我{{minority/kazakh:叶尔肯别克}}这辈子就这样了，他们得走出去。
""")

# H231: Han community-correction officer (社区矫正) in 通辽 going through the file of three offenders and their
# children.
DOCS["H231"] = ("staff", """\
访谈者：褚老师，您在司法所做社区矫正几年了？
受访者：六年了。我叫{{han:褚立明}}，在{{trap/place:科尔沁区}}的一个{{trap/org:司法所}}，所长是{{han:温建平}}，同事{{compound:长孙立群}}跟我管一个片。我们管的是缓刑、假释、暂予监外执行的人，他们家里的孩子，很多就是困境儿童。我把档案带来了，照着说。
访谈者：好，您说第一个。
受访者：第一个{{han:尚德旺}}，盗窃，假释。他老婆早跑了，两个孩子跟奶奶{{han:张秀云}}。大的{{han:尚雨涵}}十二，小的{{han:尚子轩}}七岁。{{han:尚德旺}}他刚出来那阵儿不敢见孩子，说没脸。每个月来报到签字，头一回他紧张，签到表上把名字写了两遍：{{han:尚德旺}}{{han:尚德旺}}。后来我让{{han:尚德旺}}每礼拜去学校接一回孩子，爷俩才慢慢说上话。
访谈者：孩子们有补助吗？
受访者：奶奶吃低保，两个孩子算困境儿童，一人一个月{{trap/number:八百六}}。社区的儿童主任{{han:栾玉霞}}把表送到街道，区民政的{{han:李宝军}}批下来的。{{han:尚雨涵}}的班主任{{han:庞丽娜}}说孩子成绩中上，就是怕人问她爸。
访谈者：第二个？
受访者：第二个是蒙古族，{{minority/mongolian:萨础仁贵}}，{{trap/year:2022年}}开车撞了人，判了缓刑。他老婆{{minority/mongolian:诺明花日}}是乳腺癌，在{{trap/place:沈阳}}做的手术。儿子{{minority/mongolian:呼格吉勒图}}十四，在{{school:科尔沁区第五中学初二（3）班}}，家里都叫他{{minority/mongolian:呼格吉}}。{{minority/mongolian:呼格吉}}他懂事，放学先去医院给他妈送饭。他说，要不是缓刑，他老婆孩子就没人管了。
访谈者：他们家谁帮着？
受访者：嘎查的{{minority/mongolian:包布和}}书记帮着在老家报了低保。检察院的{{han:聂志华}}检察官每季度来核一回，说这个人改造得好。我们请了社工{{compound:欧阳晓彤}}，她跟孩子处得好，带他去看过{{trap/place:西辽河}}边上的湿地。
访谈者：第三个呢？
受访者：第三个是女的，{{compound:慕容雪梅}}，诈骗，判了实刑，因为尿毒症暂予监外执行。她女儿{{han:车晓东}}九岁，起这么个名字是她爸想要儿子。孩子她爸跑去{{trap/place:开鲁}}再没回来。她一礼拜透析三回，孩子放学就在医院走廊写作业。派出所的{{han:侯立新}}所长帮她们娘俩申请了临时救助。
访谈者：孩子们的学校知道这些情况吗？
受访者：班主任知道，别的老师不知道。我们跟学校说好了，孩子的情况单独放，不往外传。有的孩子成绩掉下来，我们就找大学生志愿者来补课，一礼拜两回，在社区活动室。孩子们爱去，那儿有暖气，还有书看。
访谈者：您这个工作，最难的是什么？
受访者：难在两头。一头是矫正对象，要管着；一头是孩子，要护着。孩子不能因为大人犯了错，就让人指指点点。有时候对象不配合，我们得板着脸；转过身见了孩子，又得笑。{{han:温建平}}所长常说，管好一个人，就是救了一个家。我们还有个志愿者叫{{compound:赫连春晖}}，他以前也是矫正对象，现在帮着带孩子们去{{trap/org:区图书馆}}。
访谈者：孩子们跟你们打交道多吗？
受访者：多。我们每个季度做一次家访，先看孩子，再看大人。孩子们一开始怕我们，以为我们是来抓他爸妈的。后来熟了，有的孩子会把考试卷子拿给我看，考好了要我夸。过年的时候，所里凑钱给每个孩子买一套新衣裳，{{trap/org:区妇联}}送来书包和文具。
访谈者：档案里这些人的信息怎么记的？
受访者：{{han:尚德旺}}的身份证{{id_number@mmid.150502}}，家在{{address:科尔沁区永清街道福园小区11号楼4单元301室}}，电话{{mobile@p86h}}。{{minority/mongolian:萨础仁贵}}的身份证{{id_number@m.150502}}，老家在{{address:科左中旗保康镇新艾力嘎查四组6号}}，他老婆的微信{{wechat:nominhuar_75}}。{{compound:慕容雪梅}}的电话{{mobile@s38}}。{{han:尚雨涵}}的身份证是{{id_number@wy2013fw.150502}}，她奶奶让我记在档案上的。{{minority/mongolian:萨础仁贵}}的儿子有个QQ，孩子说有事找他就在上面留言，号码我抄在档案袋背面了，你看：{{qq:3172059946}}。
访谈者：表上的名字有写错的吗？
受访者：有。有的表格一个字一个格，打出来就是{{spaced:尚　德　旺}}、{{spaced:慕 容 雪 梅}}；{{minority/mongolian:萨础仁贵}}在判决书上是{{spaced:萨础 仁贵}}，在社区登记簿上是{{spaced:萨 础 仁 贵}}。那个志愿者在名册上成了{{spaced:赫连 春晖}}。法律上的事有{{trap/hotline:12348}}可以咨询，孩子们的事我们自己盯着。
访谈者：您最想说的是什么？
受访者：这些孩子没犯错，别让他们替大人背着。
""")

# H232: Han uncle in 喀左 (朝阳, 辽宁) raising the son of his dead sister, whose father went missing.
DOCS["H232"] = ("family", """\
访谈者：张大哥，孩子跟着您几年了？
受访者：四年了。我叫{{han:张振宇}}，在{{trap/place:喀左}}{{trap/place:大凌河}}边上的村子种地。外甥叫{{han:付天佑}}，今年十一。他妈是我亲妹妹{{han:张丽英}}，四年前得了胰腺癌，从查出来到走，不到半年。他爸{{han:付海川}}在{{trap/place:大连}}干装修，妹妹走后就不接电话了，到现在五年没音讯。
访谈者：您怎么把孩子接过来的？
受访者：妹妹走那天，{{han:付天佑}}跪在床头喊妈，我就跟我媳妇{{han:苗淑琴}}说，这孩子咱养。{{han:苗淑琴}}她二话没说，把闺女{{han:张悦}}那屋腾出来给他住。{{han:张悦}}在{{trap/place:沈阳}}上大学，放假回来跟表弟挤一个屋，从来没抱怨过。
访谈者：孩子爸爸那边没人管吗？
受访者：他爷爷奶奶早没了，有个姑姑{{han:付春玲}}在{{trap/place:凌源}}，一年来看一回，给买身衣裳。后来村里的{{han:吴长林}}书记说，孩子他爸找不着，得走法律程序。县里{{trap/org:法律援助中心}}的律师{{compound:诸葛景明}}帮我们去法院申请宣告失踪，又把监护人变更到我名下。{{trap/year:2021年}}秋天判下来那天，律师说，从今天起这孩子在法律上就是你的了。
访谈者：现在孩子有哪些补助？
受访者：按事实无人抚养，一个月{{trap/number:一千三百一}}。村里的儿童主任{{han:白淑兰}}是蒙古族，天天骑个电动车转，谁家孩子有事她都知道。{{han:白淑兰}}跑了三趟镇上，镇民政的{{han:乌云峰}}也是蒙古族，两人用蒙古话商量，事情办得快。我们家还有低保，我腰椎间盘突出，干不了重活。
访谈者：孩子在学校怎么样？
受访者：在{{school:喀左县南公营子镇中心小学五年级（2）班}}。班主任{{han:孔繁星}}老师说他数学好，就是不爱跟同学玩。有一回同学说他是没爹没妈的孩子，他把人推倒了。{{han:孔繁星}}她没批评他，把两个孩子叫到办公室，让他们一块儿擦黑板。后来俩人成了好朋友，那个同学叫{{han:宋晓川}}，天天上我家找{{han:付天佑}}写作业。
访谈者：村里人怎么帮的？
受访者：邻居{{han:宋春来}}，就是{{han:宋晓川}}他爸，春天帮我种地。后院住的{{minority/mongolian:毕力格巴特尔}}是蒙古族，老人会讲老故事，{{han:付天佑}}爱听他讲{{trap/famous:曹操}}北征打到{{trap/place:白狼山}}的事。村卫生所的{{han:郭家和}}大夫隔三差五来给我推拿。县社工站的{{compound:东方景行}}每个月来一回，给孩子做心理辅导；去年暑假她同事{{compound:公孙若谷}}带着几个孩子去{{trap/place:朝阳}}看了恐龙化石馆。
访谈者：孩子知道他爸的事吗？
受访者：知道。{{han:付天佑}}还嘴硬，说不想他爸，可是过年的时候，我看见他一个人拿着他爸的照片看了半天。我跟他说，你爸要是回来，你想认就认，舅不拦着。他说，舅，你就是我爸。我听了，眼泪一下就下来了。
访谈者：家里的地种什么？
受访者：十二亩地，种玉米，还有两个大棚种香瓜。香瓜好的年头一个棚能挣一万多，去年赶上冰雹，棚膜打烂了，赔了。孩子放暑假就跟着我在棚里掐尖、打杈，热得满头是汗也不叫苦。他说长大要学农业，研究怎么让香瓜不怕冰雹。
访谈者：日子上难的是什么？
受访者：钱是一方面，更多是怕自己身体扛不住。我五十四了，等孩子长大，我都七十了。{{han:苗淑琴}}说，走一步看一步，先把眼前的日子过好。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:喀左县南公营子镇北洼村三组10号}}，孩子他爸原来在{{address:甘井子区泉水小区27号楼2单元403室}}租房。孩子的{{id_number@my2014fwhyphen.211324}}，媳妇的{{id_number@wmidx.211324}}。我电话{{mobile@plain}}，媳妇的{{mobile@plus86spaced}}，她的微信是{{wechat:miaoshuqin_kz}}。{{han:张悦}}帮她表弟弄了个QQ，号码贴在冰箱上，我看一眼：{{qq:1408836652}}。
访谈者：名字在表上写得对吗？
受访者：宣告失踪的判决书上，孩子他爸写成了{{spaced:付 海 川}}，监护变更的表上孩子是{{spaced:付　天　佑}}。律师在材料上是{{spaced:诸 葛 景 明}}，社工的签名是{{spaced:东方 景行}}。
访谈者：您最大的心愿？
受访者：盼孩子考上高中、考上大学，别像我这样一辈子在地里刨食。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=225,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
