# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 47 (tests/pii/holdout47/H361-H368 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 46, written at the same time by another
writer, is not an earlier set).

Set 47 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandfather
in 天峻 (海西) raising two grandchildren whose father died in the coal mine at 木里 and whose mother remarried in
格尔木; a Tibetan mother in 昂仁 (日喀则) with three children, her husband paralysed when his truck overturned on the
road to 拉孜, and his old mother; a Hui father in 刚察 (海北) who lost a leg in a truck accident, with a wife crippled
by rheumatoid arthritis, two children and the orphaned son of his brother; a Han grandmother in 沙洋 (荆门) raising
the two children of her son, a steel fixer in 深圳 whose wife left, and the son of her deaf daughter, all three
known by nicknames; a Han social worker in 梅州 with Hakka families (a father killed on a building site, a mother
with schizophrenia, a father in a wheelchair after a quarry accident) whom she reaches on WeChat and QQ; a Kazakh
mother in 巩留 (伊犁) whose husband is in a wheelchair after a crash on the road to 伊宁, with three children and
his old father; a Han judge in 平顶山 reading out the file of a custody case (a miner dead in a flooded pit, his
widow remarried in 郑州, the grandmother in 宝丰 suing to keep the children); and a Han grandfather in 海丰 (汕尾)
raising a grandson whose father is in prison in 韶关 and whose mother left. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to six
characters (吉格木德扎布, 额日登其其格, 宝力德巴特尔, 朝伦其木格, 达布希拉图, 恩和巴雅尔, 特木其乐) with short forms
after the full name (吉格木德 in 我吉格木德这辈子, 达布希 and 达布希也, 朝伦她) and the Han name of a Mongolian girl
(纪雪晴); Tibetan names (索朗卓玛, 次旦多吉, 尼玛卓嘎她, 次仁央吉, 洛桑顿珠) with short forms (丹增伦珠 then 丹增,
阿旺平措 then 阿旺 and 阿旺也) and the Han name of a Tibetan (卢志宏 / 顿珠旺堆); Hui Han-form names beside 经名
(马正海 / 舍日夫, 韩春梅 / 罕乃白, 沙玉兰 / 鲁甘叶, 韩有福 / 尔布都拉) and Han surname + Arabic name (马伊德雷斯
then 伊德雷斯, 马鲁格曼 then 鲁格曼 and 鲁格曼他, 冶萨利哈, 苏菲娅 alone); Kazakh given name + father's name with
and without the dot (阿依古丽·努尔兰 and 阿依古丽努尔兰, then 我阿依古丽; 阿斯卡尔·叶尔肯 and 阿斯卡尔叶尔肯, then
阿斯卡尔也; 迪娜拉·叶尔肯 then 迪娜拉她) and a single name that reads like a Han one (胡安, 胡安也); Han nicknames
that are words (锅盔说话晚, 花卷也, 坨坨都, 锅盔他) and names as they show on WeChat and QQ and in Hakka address
(翠玲妹, 月娇, 豪牯, 怡宝, 乐牯, 怡妹, 振兴; 远山伯, 丽君姨), annotated whole; Han names with common surnames above
all (王, 李, 张, 刘, 陈, 赵, 周, 吴, 徐, 黄, 郭, 林, 马, 罗) and rare ones (娄, 臧, 巫, 蒲, 卓, 颜, 纪, 辛, 代, 古,
谭), with titles and kin words (辛桂琴老师, 刘春燕大夫, 沙进财书记, 牛秀芝主任, 颜建辉所长, 卓秀云大姐, 林爱珠婶;
the span is the name only), names that contain words (郝建国, 熊长青, 向春风, 付家顺, 牛振中, 李国栋, 廖远山), a
name written twice in a complaint (贾桂香贾桂香), names directly before particles and verbs (熊长青他, 彭桂兰她,
付家顺他们家, 范丽娜那边, 曾梓豪就, 阿熙还, 侯玉英她) and after 叫/是/给/跟/和/的/找/让; names spaced out character
by character in half- and full-width spaces (达 布 希 拉 图, 敖　登　高　娃, 尼 玛 卓 嘎, 阿　旺　平　措, 伊 德 雷 斯,
马　鲁　格　曼, 巫　马　丽　娟, 阿　斯　卡　尔, 欧 阳 秀 芹, 南　宫　思　雨), dotted names with spaces around the dot
(阿依古丽 · 努尔兰, 沙吾提 · 托列根) and names split in two (吉格木德 扎布, 索朗 卓玛, 次旦 多吉, 叶尔肯 沙吾提,
欧阳 秀芹, 马正 海); compound surnames after ordinary words; and numbers read out and written the many ways people
do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:熊长青}}``, ``{{qq:46150327}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014x.654024}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长, 队长,
阿訇, 大姐, 婶, 姨, 伯) and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a nickname or a WeChat/QQ name (锅盔, 花卷, 坨坨, 翠玲妹, 豪牯, 怡宝) is
annotated whole. Han-style names of Mongolian, Tibetan and Hui people (纪雪晴, 卢志宏, 马正海, 马成虎, 沙玉兰) are
category han; a Han surname before an Arabic given name (马伊德雷斯, 马鲁格曼, 冶萨利哈) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout47/make_holdout47.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(47_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "137", "139", "147", "150", "153", "158", "166", "173", "178", "181", "183", "187",
                   "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H361: Mongolian grandfather in 天峻 (海西); his son died in the coal mine at 木里, the son's wife remarried.
DOCS["H361"] = ("family", """\
访谈者：大爷，您家现在几口人？
受访者：三口，我和两个孙辈。我叫{{minority/mongolian:吉格木德扎布}}，六十七了，在{{trap/place:天峻}}放了一辈子羊。老伴{{minority/mongolian:额日登其其格}}前年肝上长了东西，走了。儿子{{minority/mongolian:宝力德巴特尔}}在{{trap/place:木里}}的煤矿上开装载机，那年冬天出了事故，人没了。儿媳{{minority/mongolian:朝伦其木格}}过了一年嫁到{{trap/place:格尔木}}，两个娃娃就跟了我。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:达布希拉图}}十二，孙女{{minority/mongolian:敖登高娃}}九岁。{{minority/mongolian:达布希拉图}}在{{school:天峻县民族寄宿制学校六年级（2）班}}住校，半个月回来一趟；{{minority/mongolian:敖登高娃}}在{{school:新源镇第二完全小学三年级（1）班}}，户口上登的汉名是{{han:纪雪晴}}。家里都叫孙子{{minority/mongolian:达布希}}，{{minority/mongolian:达布希}}也认这个小名，老师叫他大名，他还要愣一下。
访谈者：孩子妈妈还联系吗？
受访者：联系。{{minority/mongolian:朝伦}}她每个月打一回电话，过年寄两身新衣裳。后嫁的那家不让她把娃娃带过去，她在电话里哭，我说你别哭，娃娃有我。孙女有时候拿着她妈的照片看半天，问我妈妈还回不回来。我不知道怎么回答，就说等你长大了，爷爷带你去看她。
访谈者：这些年谁帮过你们？
受访者：村里的儿童主任{{minority/mongolian:特木其乐}}，四十来岁的女人，心细得很。两个娃娃按孤儿报不上——妈还在——她就按事实无人抚养给报了，每人每月{{trap/number:一千三百五}}。{{minority/mongolian:特木其乐}}还叮嘱我，钱打在卡上，谁借都别给。乡上管民政的{{han:王永贵}}来核过三趟，每回都把户口本翻一遍。县上社工站来了两个年轻人，一个叫{{compound:巫马晓芸}}，跟她一块儿来的是{{compound:拓跋振宇}}，给孙女带了一箱子书。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:恩和巴雅尔}}家，剪羊毛、药浴的时候他儿子都过来帮。我腰不行了，他说，你那一百来只羊跟我的一起放，年底再分。西边是藏族人家，男人叫{{minority/tibetan:贡桑}}，媳妇会做酸奶，隔三岔五给娃娃端一碗。
访谈者：孩子们在学校怎样？
受访者：孙子的班主任{{han:辛桂琴}}老师说他数学好，就是不爱开口。我问孙子为啥，他说怕别人说他没有爸爸。孙女的老师{{han:郝建国}}年轻，爱带娃娃们打篮球。{{han:郝建国}}说孙女跑得快，想让她去县里参加运动会。
访谈者：您自己身体呢？
受访者：腰疼，腿也不利索，血压高。{{trap/org:乡卫生院}}的{{han:刘春燕}}大夫一个月来量一回，给我开药。她说我这腰是年轻时骑马颠坏的。我最怕哪天我倒下了，两个娃娃靠谁。我{{minority/mongolian:吉格木德}}这辈子没求过人，为了娃娃，低保、救助，该跑的我都跑。
访谈者：冬天草场上怎么过？
受访者：冬天最难。雪一下就是半个月，羊吃不上草，得买饲料，一袋一百多块。去年我卖了二十只羊，才把饲料钱和娃娃们的校服钱凑齐。娃娃们放寒假回来，屋里烧牛粪，孙女趴在炕桌上写作业，孙子帮我去井边砸冰挑水。乡上去年帮我们盖了暖棚，羊冻死的少了，这是这两年最大的好事。
访谈者：过节的时候呢？
受访者：七月里去看{{trap/minority_word:那达慕}}，孙子爱看摔跤。正月初一给{{trap/minority_word:敖包}}添石头，往{{trap/place:青海湖}}边上祭海也带着娃娃。晚上给他们讲{{trap/famous:格斯尔}}可汗的故事，讲到打妖魔，孙女捂着耳朵还要听。
访谈者：有难处的时候您找谁？
受访者：先找儿童主任。她说夜里有急事就打{{trap/hotline:12345}}，也可以直接打给她。{{trap/year:二〇二二年}}开春羊得了病，我打电话到乡上，第二天兽医站就来了人，打针、灌药，一分钱没要。后来我让{{minority/mongolian:达布希}}把乡上几个干部的电话都抄在本子上，贴在墙上，要用的时候他念给我听。
访谈者：登记表上要写地址、证件号和电话。
受访者：冬窝子在{{address:天峻县新源镇乌兰哈达村二社16号}}，县城里租的那间房是{{address:天峻县新源镇团结小区5号楼2单元301室}}，娃娃上学的时候住。我的身份证{{id_number@my1958.632823}}，孙子的{{id_number@my2013spaced.632823}}。我电话{{mobile@plain}}，{{minority/mongolian:特木其乐}}的电话{{mobile@s434}}，她微信{{wechat:temuqile_tj}}。孙子有个QQ，号码他写在门背后的挂历上了，我念给你：{{qq:2730581649}}。
访谈者：孩子们懂事吗？
受访者：懂事。孙子放假回来先去圈里拌料，孙女给我捶背。去年我发烧起不来，是{{minority/mongolian:达布希拉图}}骑摩托去找的{{minority/mongolian:恩和巴雅尔}}，半夜把我送到乡里。我跟老伴的照片说，你放心，娃娃们好着呢。
访谈者：名字在表上写得都对吗？
受访者：不一样。低保表上是{{spaced:吉格木德 扎布}}，学校表上孙子成了{{spaced:达 布 希 拉 图}}，孙女写成{{spaced:敖　登　高　娃}}，他爸的死亡证明上写成{{spaced:宝力德 巴特尔}}。我不识几个汉字，都是儿童主任帮着核的。
访谈者：最后想说点什么？
受访者：盼娃娃们念出书来。孙子说长大了要开大车，把我拉到{{trap/place:西宁}}看病，我说好，爷爷等着。
""")

# H362: Tibetan mother in 昂仁 (日喀则); her husband paralysed after his truck overturned, three children, his old mother.
DOCS["H362"] = ("family", """\
访谈者：阿佳，您家里的情况能说说吗？
受访者：可以。我叫{{minority/tibetan:索朗卓玛}}，三十八岁，家在{{trap/place:昂仁}}县的一个村子，离{{trap/place:日喀则}}三百多公里。我男人{{minority/tibetan:次旦多吉}}以前跑运输，前年在去{{trap/place:拉孜}}的路上翻了车，腰摔坏了，现在下半身没知觉，躺在床上。家里还有他阿妈{{minority/tibetan:格桑卓玛}}，七十三了。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/tibetan:丹增伦珠}}十三岁，在{{school:昂仁县中学初一（4）班}}；女儿{{minority/tibetan:尼玛卓嘎}}十岁，在{{school:卡嘎镇完全小学四年级（2）班}}；小儿子{{minority/tibetan:阿旺平措}}五岁，在村里的幼儿园。平时叫大儿子{{minority/tibetan:丹增}}，叫小的{{minority/tibetan:阿旺}}。{{minority/tibetan:阿旺}}也调皮，天天骑在他爸床边的板凳上唱歌。
访谈者：您一个人怎么忙得过来？
受访者：忙不过来也得忙。早上挤奶、打{{trap/minority_word:酥油}}，给男人翻身、擦身子，再去地里看{{trap/minority_word:青稞}}。{{minority/tibetan:丹增}}放假回来就替我放羊，他说阿妈你歇着。他爸看着他出门，一句话不说，眼泪往下淌。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:次仁央吉}}，是我小时候的同学。她给三个孩子报了困境儿童补贴，每人每月{{trap/number:六百五十元}}，我家也进了低保。驻村工作队的队长是藏族，汉名叫{{han:卢志宏}}，藏名叫{{minority/tibetan:顿珠旺堆}}，他帮我男人办了残疾证，跑了{{trap/org:县残联}}好几趟。他说，等路修好了，要带我男人去{{trap/place:拉萨}}做康复。乡卫生院的{{minority/tibetan:洛桑顿珠}}大夫每个礼拜来一次，看我男人身上有没有褥疮。
访谈者：家里的收入靠什么？
受访者：靠低保、补贴，还有十几只羊、几亩青稞。男人以前跑车一年能挣四五万，现在一分也没有，还要买药。农闲的时候我去镇上的工地背沙子，一天一百二，阿妈在家看着男人和小的。去年村里办了合作社，我们家的地入了股，年底分了两千多，孩子们的本子、笔都是用这个钱买的。
访谈者：您男人自己怎么想？
受访者：他刚出事那阵不想活了，不吃饭，不说话。后来乡卫生院的大夫和工作队的人常来跟他聊，孩子们一放学就围着他，他慢慢好了些。现在他躺着也学着画藏毯的花样，说等手上有劲了，织一块卖钱。
访谈者：孩子们在学校怎么样？
受访者：大儿子的班主任是援藏来的{{han:陈晓东}}老师，年轻人，晚上还给住校的孩子补课。{{han:陈晓东}}说{{minority/tibetan:丹增伦珠}}作文写得好，写他爸以前开车带他去看{{trap/place:雅鲁藏布江}}。女儿的老师{{minority/tibetan:达瓦卓玛}}送了她一件羽绒服。去年冬天县上社工站来了两个年轻人，姑娘叫{{compound:段干若楠}}，还有一个小伙子是{{compound:濮阳俊杰}}，给孩子们讲怎么防溺水。
访谈者：孩子们平时怎么上学？
受访者：大儿子住校，一个月回来一次，坐乡里的班车要三个多钟头。女儿的学校近些，早上我骑摩托送，冬天风大，就把她裹在我的藏袍里。小的跟着奶奶。{{trap/year:二〇二三年}}乡里通了柏油路，班车一天两趟，孩子们回家方便多了。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/tibetan:扎西顿珠}}在拉萨开出租，每个月给孩子们寄五百。我男人的姐姐{{minority/tibetan:平措卓嘎}}嫁到了{{trap/place:萨嘎}}，农忙的时候回来帮我收青稞。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}的时候阿妈炸{{trap/minority_word:卡赛}}，孩子们最高兴。{{trap/minority_word:望果节}}绕着地头转，男人躺着去不了，我就让女儿回来讲给他听。阿妈晚上给孩子们讲{{trap/famous:米拉日巴}}的故事，讲他一个人在山洞里修行。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:昂仁县卡嘎镇热萨村四组11号}}。我男人住院那阵，我们借住在我表姐家，{{address:桑珠孜区吉祥小区3栋1单元502室}}。我的身份证{{id_number@wy1987.540226}}，大儿子的{{id_number@my2012.540226}}。我的电话{{mobile@spaced}}，{{minority/tibetan:次仁央吉}}的{{mobile@h38}}，她的微信{{wechat:cirenyangji_ar}}。大儿子有QQ，说学校上网课用的，号码是{{qq:1384927065}}。
访谈者：孩子们盼着爸爸好起来吗？
受访者：天天盼。{{minority/tibetan:尼玛卓嘎}}她每天放学回来先给她爸倒一碗甜茶，讲学校里的事。大儿子说他长大要当医生，把他爸治好。我听了心里又疼又高兴。
访谈者：表上名字写得对吗？
受访者：不太对。低保表上我是{{spaced:索朗 卓玛}}，中间空了一格；学校把女儿写成{{spaced:尼 玛 卓 嘎}}，把小的写成{{spaced:阿　旺　平　措}}。我男人的名字有时候写成{{spaced:次旦 多吉}}，有时候连着写，办事的人还以为是两个人。
访谈者：您最大的心愿？
受访者：男人能坐起来，孩子们把书念完。村干部说现在政策好，只要孩子肯念，上大学也有补助，我就信她的。
""")

# H363: Hui father in 刚察 (海北), who lost a leg in a truck accident; his wife has rheumatoid arthritis; his brother's orphaned son.
DOCS["H363"] = ("family", """\
访谈者：师傅，您家里的情况说说？
受访者：好。我叫{{han:马正海}}，经名{{minority/hui:舍日夫}}，四十六岁，家在{{trap/place:刚察}}县城边上，以前跑长途，拉牛羊肉去{{trap/place:西宁}}。前年在{{trap/place:哈尔盖}}那段出了车祸，左腿截了，现在拄拐。女人{{han:韩春梅}}，经名{{minority/hui:罕乃白}}，得了类风湿，手指头都变了形，重活干不了。
访谈者：家里有几个孩子？
受访者：我自己两个，还有我哥的一个。大的儿子{{minority/hui:马伊德雷斯}}十四，上学的名字叫{{han:马成虎}}，在{{school:刚察县民族中学初二（3）班}}；女儿{{minority/hui:苏菲娅}}八岁，在{{school:沙柳河镇第一小学二年级（2）班}}。家里都叫儿子{{minority/hui:伊德雷斯}}，{{minority/hui:伊德雷斯}}就是懂事，放学回来先给他妈揉手。
访谈者：您出事以后，家里的日子怎么过？
受访者：刚出事那年最难。车是贷款买的，车毁了，贷款还欠着七万多。住院花了十几万，亲戚们凑了一些，坊上捐了一些，大病救助报了一部分。女人手疼，夜里睡不着，我腿上的伤口也疼，两个人就坐着等天亮。那时候大儿子才十二，他跟我说，爸，我不念了，出去打工还账。我打了他一巴掌，打完了我自己哭了。后来政府给免了部分利息，学校给孩子们免了住宿费、伙食费，日子慢慢缓过来了。
访谈者：您哥哥的孩子怎么在您这儿？
受访者：我哥{{han:马国林}}前年冬天在冬窝子里煤烟中毒，两口子一起没了。留下个儿子{{minority/hui:马鲁格曼}}，十一岁，成了孤儿。我们叫他{{minority/hui:鲁格曼}}。{{minority/hui:鲁格曼}}他刚来的时候一句话不说，晚上抱着他爸的帽子睡觉。民政上给他办了孤儿基本生活费，一个月{{trap/number:一千六百二}}。
访谈者：谁帮你们办的这些？
受访者：村上的儿童主任{{han:沙玉兰}}，经名叫{{minority/hui:鲁甘叶}}，是我们坊上的。{{minority/hui:鲁甘叶}}听说了，{{trap/word:马上}}跑{{trap/org:县民政局}}，一共跑了四趟，材料都是她一页一页复印的。{{han:沙进财}}书记给我家报了低保。我的残疾证是{{trap/org:县残联}}的{{han:赵建军}}帮着办的，还给配了假肢。{{trap/org:清真寺}}的{{han:韩有福}}阿訇，经名{{minority/hui:尔布都拉}}，主麻的时候给我们家散过{{trap/minority_word:乜贴}}。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任是藏族老师{{minority/tibetan:才让卓玛}}，她说孩子数学好，想让他考西宁的高中。{{minority/hui:鲁格曼}}在县城小学四年级，他的老师{{han:周海霞}}常给他补课。县里社工站的{{compound:申屠佳慧}}每个月来一次，跟她一块的还有{{compound:鲜于浩然}}，带孩子们做游戏，教他们说心里话。
访谈者：邻居亲戚帮忙吗？
受访者：帮。邻居{{han:米正清}}是开拉面馆的，孩子们放学没人做饭，就去他店里吃，他从来不收钱。{{han:米正清}}说，都是一个坊的，谁家没个难处。冬天下雪，院子里的雪是他家的小伙子来扫的。拉面馆忙的时候，大儿子也去帮着端碗、擦桌子，老板给他工钱他不要，说吃了人家那么多回饭。我女人的表妹{{minority/hui:冶萨利哈}}嫁在{{trap/place:门源}}，每到收油菜籽的时候回来住几天。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，女人手不行，都是她表妹来炸。{{trap/minority_word:古尔邦节}}宰牛羊，坊上给我们送肉。我给孩子们讲{{trap/famous:马本斋}}打鬼子的故事，讲咱回回人要有骨气。
访谈者：登记表要写住址和号码。
受访者：家在{{address:刚察县沙柳河镇城西村三社17号}}，我哥留下的老房子在{{address:刚察县哈尔盖镇塘曲村一社5号}}。我身份证{{id_number@my1979fullwidth.632224}}，{{minority/hui:马鲁格曼}}的{{id_number@my2014.632224}}。我电话{{mobile@plus86}}，{{minority/hui:鲁甘叶}}的{{mobile@hyphen}}，她微信{{wechat:lugany_gangcha}}。{{minority/hui:伊德雷斯}}有个QQ，说跟同学商量作业的，号码他写在日历背面——我找找——{{qq:908317264}}。
访谈者：您对以后有什么打算？
受访者：腿没了，车开不了，打算在县城摆个摊卖酿皮。儿子说他周末帮我看摊。我跟他说，你把书念好就是帮我。侄子跟我儿子一个屋睡，俩人好得像亲兄弟。
访谈者：孩子们有什么愿望？
受访者：儿子想当大车司机，跟我一样。我说别学我，开车太险，去念个技校学修车。女儿想当老师，天天拿个小本子给布娃娃上课。侄子话少，问他想干什么，他说想让他爸他妈回来。我听了转过身去，不敢让他看见我哭。
访谈者：表上名字写得对吗？
受访者：经名各写各的。有的表把儿子写成{{spaced:伊 德 雷 斯}}，把侄子写成{{spaced:马　鲁　格　曼}}，还有把我写成{{spaced:马正 海}}的。{{spaced:苏 菲 娅}}那张是学校填的。
访谈者：最后您想说什么？
受访者：谢谢政府，谢谢坊上的人。娃娃们能念书，我少一条腿也认了。
""")

# H364: Han grandmother in 沙洋 (荆门) raising two grandchildren of her son in 深圳 and the son of her deaf daughter.
DOCS["H364"] = ("family", """\
访谈者：婆婆，您身体还好吧？我们慢慢说。
受访者：还好，就是腿不得劲。我叫{{han:谭秀梅}}，今年六十五，住在{{trap/place:沙洋}}县官垱镇乡下，归{{trap/place:荆门}}管。屋里三个伢，两个是儿子的，一个是姑娘的。老头子{{han:熊德胜}}前年脑溢血走了，剩我一个人带。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{han:熊长青}}在{{trap/place:深圳}}工地上扎钢筋，儿媳妇生了小的以后跟人走了，再冇回来过。{{han:熊长青}}他一年到头就过年回来几天，钱也寄得少，说老板欠着工钱。我姑娘{{han:熊春霞}}是聋哑人，男人嫌弃她，离了婚，她带着伢回了娘家。她自己都照顾不好自己，伢就归我管。
访谈者：三个孩子叫什么？多大了？
受访者：大孙子{{han:熊梓航}}十一岁，小名叫{{han:锅盔}}，他爷爷起的，说好养活。孙女{{han:熊雨彤}}八岁，小名{{han:花卷}}，早产，生下来只有四斤。外孙{{han:龚俊驰}}六岁，小名{{han:坨坨}}，胖乎乎的，一笑眼睛就冇得了。
访谈者：他们平时怎么样？
受访者：{{han:锅盔}}说话晚，到现在也不爱开口，见了生人就往我身后躲。{{han:花卷}}也爱哭，一想她妈就哭。{{han:坨坨}}都六岁了还尿床，他妈比划着骂他，他就钻到床底下。{{han:锅盔}}他是个好伢，放学回来帮我喂鸡、扫地，晓得心疼人。
访谈者：一个人带三个孩子，一天怎么过？
受访者：天不亮就起来，烧火煮稀饭，给伢们装好书包，送大的两个到村口坐校车，再把小的送到幼儿园。回来喂猪、喂鸡，去田里转一圈。下午四点多去接，晚上看着他们写作业，我不识几个字，就坐在旁边纳鞋底。等他们睡了，我再把衣裳洗了。一天下来，腰都直不起来。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:彭桂兰}}，蛮负责。{{han:彭桂兰}}她跑了好几趟{{trap/org:县民政局}}，给两个孙辈报了事实无人抚养，一个月一人{{trap/number:一千一百八}}，我姑娘办了残疾人两项补贴。镇民政办的{{han:吴志平}}来核过，看了屋里的样子，回去就给我们加了低保。村支书{{han:付家顺}}他们家就在隔壁，农忙的时候他儿子开收割机帮我收谷。
访谈者：学校那边呢？
受访者：{{han:锅盔}}在{{school:沙洋县官垱镇中心小学五年级（3）班}}，班主任{{han:向春风}}老师隔一个礼拜打一回电话。孙女在{{school:官垱镇中心小学二年级（1）班}}。{{han:向春风}}说，{{han:花卷}}那个伢脑瓜子灵，就是胆子小。外孙在镇上幼儿园，园长{{han:徐丽萍}}免了他的伙食费。
访谈者：有没有人来给孩子们做活动？
受访者：有。县里社工站的{{compound:司空明轩}}每个月来一回，跟他一起的是{{compound:公冶雅婷}}，教伢们画画、做手工。{{compound:公冶雅婷}}还教我姑娘用手机打字，现在她能跟我发短信了。镇卫生院的{{han:代红霞}}大夫每季度来给伢们查身体，说孙女有点贫血。
访谈者：亲戚们帮忙吗？
受访者：我娘家侄女{{han:谭丽君}}在{{trap/place:钟祥}}开超市，伢们喊她{{han:丽君}}姨。她每年开学前回来一趟，给三个伢买书包、买鞋，还塞给我几百块钱。她说小时候我待她好，现在轮到她还了。
访谈者：您自己身体呢？
受访者：膝盖疼，血压也高。有一回我在田里晕倒了，是{{han:付家顺}}的媳妇看到，喊人把我抬回来的。我就怕哪天我走了，三个伢冇得人管。我跟{{han:熊长青}}说，你要是有良心，过两年就回来，在荆门找个事做。
访谈者：过年过节呢？
受访者：过年儿子回来，伢们高兴得很。端午节包粽子，我跟伢们讲{{trap/famous:老莱子}}穿花衣裳逗爹妈开心的故事，说人要孝顺。{{han:坨坨}}问我{{trap/famous:老莱子}}是哪个，我说就是我们荆门{{trap/place:老莱山}}上的人。他还最喜欢{{trap/word:熊猫}}，说长大了要去四川看。
访谈者：登记表上要写地址和号码。
受访者：屋在{{address:沙洋县官垱镇杨垱村六组23号}}。儿子在深圳租的房子是{{address:龙岗区坂田街道新围小区12栋608房}}。我的身份证{{id_number@wy1960.420822}}，{{han:熊梓航}}的{{id_number@my2014hyphen.420822}}。{{han:熊长青}}的电话{{mobile@s38}}，他微信{{wechat:xiongchangqing_sz}}。{{han:锅盔}}有个QQ，说是老师让注册的，号码记在他作业本最后一页——我戴上眼镜念——{{qq:46150327}}。
访谈者：表上的名字写得对吗？
受访者：有错的。村里那张表上把我写成{{spaced:谭 秀 梅}}，把孙女写成{{spaced:熊雨 彤}}，学校的名单上外孙是{{spaced:龚　俊　驰}}。
访谈者：您最大的心愿？
受访者：伢们健健康康长大，{{han:锅盔}}能考个好学校。我{{trap/word:向来}}不求人，为了伢，脸皮也顾不上了。
""")

# H365: Han social worker in 梅州 with Hakka families; the parents and children she reaches on WeChat and QQ.
DOCS["H365"] = ("staff", """\
访谈者：您好，先介绍一下您自己吧。
受访者：我叫{{han:温晓岚}}，在{{trap/place:梅州}}的社工站做了七年，跟的多是客家人家的困境儿童。现在跟家长、跟孩子联系，基本都靠微信和QQ，我就照着手机里的联系人跟你讲。
访谈者：好。
受访者：第一家在{{trap/place:五华}}，爸爸{{han:曾国华}}是做建筑的，前年在{{trap/place:惠州}}工地上从脚手架摔下来，没了。妈妈{{han:罗翠玲}}改嫁去了{{trap/place:东莞}}，她的微信名叫“{{han:翠玲妹}}”。两个孩子跟阿婆{{han:李月娇}}过，阿婆的微信名就叫“{{han:月娇}}”，头像是一朵荷花。大的{{han:曾梓豪}}十三岁，在{{school:五华县华城镇第二中学初一（2）班}}，QQ名字叫“{{han:豪牯}}”，客家话里牯就是男仔。小的{{han:曾诗琪}}九岁，用阿婆的手机跟她妈视频。
访谈者：这家现在怎么样？
受访者：两个孩子报了事实无人抚养，一个月一人{{trap/number:一千六百五}}。大的以前常跟人打架，现在好多了。他跟我说，阿婆老了，他要早点出去做工。我说你先把初中读完，{{han:曾梓豪}}就低着头不出声。
访谈者：第二家呢？
受访者：第二家在{{trap/place:兴宁}}，妈妈{{han:廖碧霞}}有精神分裂，爸爸{{han:古建平}}在外面打工，电话停机，微信也把我删了。孩子{{han:古欣怡}}十岁，在{{school:兴宁市宁新街道第三小学四年级（5）班}}，跟外公{{han:廖远山}}过。外公七十多了，不识字，村里人都喊他{{han:远山}}伯。{{han:古欣怡}}的QQ昵称叫“{{han:怡宝}}”，她在QQ上跟我说，她怕她妈发病，发病了会摔东西。我们联系了医院，送她妈去住院，村里的儿童主任{{han:钟秋菊}}陪着去的。
访谈者：第三家？
受访者：第三家在{{trap/place:蕉岭}}，爸爸{{han:钟振兴}}在石场被石头砸断了脊椎，坐轮椅。妈妈{{han:侯玉英}}在镇上餐馆洗碗。两个孩子{{han:钟嘉乐}}、{{han:钟嘉怡}}，屋下人叫哥哥“{{han:乐牯}}”，叫妹妹“{{han:怡妹}}”。{{han:钟振兴}}他的微信名就两个字，“{{han:振兴}}”，每天晚上发一条语音问孩子作业写完没有。
访谈者：你们怎么帮这些家庭？
受访者：我们站里四个人。同事{{compound:巫马丽娟}}管五华那一片，我管兴宁和蕉岭。还有个实习生叫{{compound:钟离慧珊}}，督导是{{compound:上官慧琳}}老师。区{{trap/org:民政局}}的{{han:巫春华}}科长每季度跟我们开一次会，一户一户过。我们给孩子们办了周末课堂，在村里的{{trap/word:围龙屋}}里上课，阿婆们在旁边做{{trap/word:酿豆腐}}，唱{{trap/word:客家山歌}}。
访谈者：用微信和QQ联系家长，方便吗？
受访者：方便，也麻烦。有的家长半夜发语音，一发十几条。{{han:侯玉英}}她不会打字，都是语音，她的微信号是{{wechat:houyuying_jl}}，我的工作微信{{wechat:wenxl_sgz2017}}。五华那个男孩的QQ号我存着，{{qq:3185062947}}；{{han:古欣怡}}的QQ，她写在给我的贺卡上，我拍了照，你看——{{qq:７２０４９１３６}}。
访谈者：你们怎么跟学校配合？
受访者：每个学期开学前，我们跟班主任一个一个对名单，哪个孩子家里有变化，要提前讲。学校有心理老师，需要的我们就转介过去。我们还给每个家长留了{{trap/hotline:12355}}青少年服务热线，晚上找不到我们的时候可以打。假期我们办夏令营，带孩子们去爬山、参观客家博物馆，他们在一起玩，话也多了。有个孩子在日记里写，夏令营是他过得最{{trap/word:温暖}}的一个礼拜。
访谈者：登记的住址和证件呢？
受访者：阿婆家在{{address:五华县华城镇塘湖村下屋组12号}}，外公家在{{address:兴宁市宁新街道东岳小区7栋2单元402室}}。{{han:曾梓豪}}的身份证{{id_number@my2012.441424}}，{{han:古欣怡}}的{{id_number@wy2015quad.441481}}。外公的电话是村里帮着登记的，{{mobile@plus86spaced}}。
访谈者：这些孩子里，哪个最让您放心不下？
受访者：兴宁那个女孩。她妈发病的时候，她一个人锁着门躲在房间里，给我发QQ消息，一条一条，说她怕。那天晚上我开车一个多钟头赶过去，路上一直跟她发消息，叫她别开门。到了以后，村干部和派出所的人也到了，把她妈送去了医院。后来我们给她找了个寄宿学校，周末回外公家。她现在成绩上来了，还当了小组长。
访谈者：您觉得这些孩子最缺的是什么？
受访者：缺人说话。爸爸妈妈不在身边，阿公阿婆听不懂他们的心事。兴宁那个女孩有一回在QQ上跟我聊到半夜，说她想要一个正常的家。我给她讲{{trap/famous:黄遵宪}}小时候读书的故事，她说她也要考出去。
访谈者：名字登记上有问题吗？
受访者：有。学校的表把五华那个男孩写成{{spaced:曾 梓 豪}}，把兴宁那个女孩写成{{spaced:古欣 怡}}。我同事签名签成{{spaced:巫　马　丽　娟}}，民政那边还以为是四个字的外国名。
""")

# H366: Kazakh mother in 巩留 (伊犁); her husband in a wheelchair after a crash on the road to 伊宁, three children.
DOCS["H366"] = ("family", """\
访谈者：您好，请先介绍一下自己。
受访者：我叫{{minority/kazakh:阿依古丽·努尔兰}}，三十九岁，家在{{trap/place:巩留}}县的山里，夏天转场到{{trap/place:库尔德宁}}那边。我男人{{minority/kazakh:叶尔肯·沙吾提}}前年冬天开车去{{trap/place:伊宁}}卖羊，在路上跟大车撞了，现在坐轮椅。我一个人放羊、挤奶，还要照顾他和三个孩子。
访谈者：孩子们多大？
受访者：大儿子{{minority/kazakh:阿斯卡尔·叶尔肯}}十四岁，在{{school:巩留县第二中学初二（6）班}}；女儿{{minority/kazakh:迪娜拉·叶尔肯}}十一岁，在{{school:莫合乡寄宿制小学五年级（1）班}}；小儿子{{minority/kazakh:胡安}}四岁，在家跟着我。学校的名册上大儿子没有点，写成{{minority/kazakh:阿斯卡尔叶尔肯}}。我们平常就叫他{{minority/kazakh:阿斯卡尔}}，{{minority/kazakh:阿斯卡尔}}也知道家里难，放假回来就帮我赶羊。{{minority/kazakh:胡安}}也跟在哥哥后头跑，摔倒了不哭。
访谈者：您先生现在怎么样？
受访者：腰以下没知觉，人也变了，不爱说话。{{minority/kazakh:叶尔肯·沙吾提}}以前是村里弹{{trap/minority_word:冬不拉}}弹得最好的，现在琴挂在墙上落灰。他阿爸{{minority/kazakh:沙吾提·托列根}}七十二了，住在隔壁的小房子里，天天过来陪他说话。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/kazakh:库丽夏西}}，她给三个孩子报了困境儿童补贴，每人每月{{trap/number:七百二十元}}，家里也评上了低保。她还帮我男人申请了轮椅和护理补贴，跑了{{trap/org:县残联}}三趟。县医院康复科的{{compound:尉迟晓红}}医生教我怎么给他活动腿，怎么防褥疮。乡上的民政助理{{minority/kazakh:哈德尔别克}}来核过家里的牲畜，一只一只数。乡卫生院的{{han:蒲雪梅}}大夫每月来给我男人量血压、看褥疮。工作队的{{han:张海涛}}队长帮着卖羊，联系了{{trap/place:霍尔果斯}}的收购商，价钱比贩子给的高。
访谈者：孩子们在学校怎么样？
受访者：{{minority/kazakh:迪娜拉}}她学习好，老师{{minority/kazakh:玛丽娅·阿扎提}}说她汉语讲得比城里孩子还好。{{minority/kazakh:阿斯卡尔}}的班主任{{han:王卫东}}老师，常在晚自习以后给他补数学。县里社工站的{{compound:宗政一鸣}}和{{compound:夏侯文静}}来家访过，给孩子们带了书包、棉鞋，还教女儿怎么跟爸爸说话。
访谈者：转场的时候怎么办？
受访者：转场最难。以前是我男人赶着羊走在前头，我带着孩子和毡房在后头。现在他走不了，我就请村里的两个小伙子帮忙，给人家工钱，一天两百。孩子们也跟着，大的赶羊，女儿看着小的。路上下雨，毡房湿了，晚上冷得睡不着，我们一家挤在一起。今年村里给我们找了个合作社，羊交给他们代牧，夏天我就不用转场了，能在家守着他。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/kazakh:叶尔波力·努尔兰}}在{{trap/place:特克斯}}开商店，每年冬天给我们送一车草料。我们哈萨克人讲究亲戚互相帮，阿爸常说，一个人的马跑不远。
访谈者：过节呢？
受访者：{{trap/minority_word:纳吾肉孜节}}的时候我煮{{trap/minority_word:纳吾肉孜粥}}，炸{{trap/minority_word:包尔萨克}}，孩子们穿上新衣服挨家拜年。夏天有{{trap/minority_word:阿肯弹唱}}会，大儿子去看{{trap/minority_word:姑娘追}}，回来学给他爸看，他爸才笑了一回。阿爸给孙子们背{{trap/famous:阿拜}}的诗，孙子们跟着念。
访谈者：登记表要写住址和号码。
受访者：冬窝子在{{address:巩留县莫合乡阔克苏村二组9号}}，县城里我们贷款买了个小房子，{{address:巩留县巩留镇幸福小区3号楼1单元202室}}，孩子上学的时候住。我的身份证{{id_number@wy1986fwspaced.654024}}，女儿的{{id_number@wy2014x.654024}}。我的电话{{mobile@hyphen}}，{{minority/kazakh:库丽夏西}}的{{mobile@plus86dash}}，她微信{{wechat:kulixiaxi_gl}}。大儿子有个QQ，号码他用刀刻在冬窝子的门框上了，他念一遍，我记下来——{{qq:2096437185}}。
访谈者：您自己身体怎么样？
受访者：腰不好，冬天挤奶手冻得裂口子。去年体检查出来贫血，{{han:蒲雪梅}}大夫给我开了药，叫我多吃肉。我说肉要留给孩子吃，她就说我，你倒下了孩子们怎么办。
访谈者：孩子们懂事吗？
受访者：懂事得让人心疼。冬天雪大，大儿子一个人骑马去找走丢的羊，找到半夜。女儿说她要当医生，把爸爸的腿治好。我跟他们说，家里再难，书也要念。
访谈者：名字写法统一吗？
受访者：乱得很。户口本上是{{minority/kazakh:阿依古丽·努尔兰}}，低保卡上没有点，成了{{minority/kazakh:阿依古丽努尔兰}}，还有一张表写成{{spaced:阿依古丽 · 努尔兰}}。学校把女儿写成{{spaced:迪 娜 拉}}，把儿子写成{{spaced:阿　斯　卡　尔}}，我男人成了{{spaced:叶尔肯 沙吾提}}，阿爸在老人补贴表上是{{spaced:沙吾提 · 托列根}}。
访谈者：您最大的心愿？
受访者：我{{minority/kazakh:阿依古丽}}没念多少书，就盼孩子们念出去，将来回来帮帮村里像我们这样的人家。
""")

# H367: Han judge in 平顶山 reading out the file of a custody case: a miner dead in a flooded pit, his widow remarried in 郑州.
DOCS["H367"] = ("staff", """\
访谈者：您好，您今天带的是哪个案子？
受访者：我叫{{han:娄志刚}}，在{{trap/place:平顶山}}一家基层法院的少年家事审判庭当法官。今天说的是一个变更抚养关系的案子，卷宗我带来了，照着念。
访谈者：好。
受访者：孩子的爸爸{{han:牛建伟}}，原来在煤矿下井，{{trap/year:二〇二一年}}井下透水，人没了。妈妈{{han:范丽娜}}改嫁到{{trap/place:郑州}}，把两个孩子留在{{trap/place:宝丰}}爷爷奶奶家。后来赔偿金下来了，九十多万，她要把孩子接走，连钱一起接走。爷爷奶奶不同意，就打到了我们这里。原告是奶奶{{han:贾桂香}}，被告是孩子的妈{{han:范丽娜}}。起诉状第一页，原告栏里连着打了两遍“{{han:贾桂香}}{{han:贾桂香}}”，代写诉状的人手一抖敲重了。
访谈者：孩子们多大？
受访者：姐姐{{han:牛佳怡}}十二，在{{school:宝丰县城关镇第三小学六年级（4）班}}；弟弟{{han:牛浩宸}}八岁，在同一个学校，{{school:宝丰县城关镇第三小学二年级（2）班}}。爷爷{{han:牛振中}}有尘肺病，也是在矿上落下的，奶奶六十三，靠种地和低保过。学校每天给孩子发一盒{{trap/word:牛奶}}，弟弟舍不得喝，带回家给爷爷。
访谈者：审理的时候您做了哪些工作？
受访者：先是社会调查。我们请了社会观护员{{han:刘秀英}}，她去宝丰住了三天，又去郑州看了被告现在的家。被告现在的丈夫叫{{han:李国栋}}，开货车，自己还有两个孩子。{{han:刘秀英}}写的报告说，两个孩子跟爷爷奶奶感情深，{{han:牛佳怡}}明确说不愿意去郑州。
访谈者：孩子们出庭了吗？
受访者：没有出庭，我们在儿童询问室单独问的，心理咨询师{{han:郭红梅}}陪着。{{han:牛佳怡}}她说，她妈走的时候她才九岁，每天放学在村口等。弟弟小，说两边都想要。原告请的律师是{{compound:东方文博}}，{{han:范丽娜}}那边是法律援助中心指派的律师，叫{{compound:欧阳秀芹}}。书记员是{{compound:闻人婧}}，她把笔录整理得很细。合议庭里还有一位人民陪审员叫{{compound:皇甫丽萍}}，退休的小学老师，问孩子问得最细。
访谈者：最后怎么判的？
受访者：调解结案。孩子继续跟爷爷奶奶生活，妈妈每月付抚养费{{trap/number:一千二}}，每个月可以探望两次，寒暑假可以接去郑州住一个礼拜。赔偿金里孩子们的份额存到专门账户，由{{trap/org:县民政局}}和村委会监督，十八岁以前谁也不能动。调解那天，双方在调解室坐了四个多钟头。奶奶一开始不肯让步，说孩子妈一走就是三年，没打过一分钱。我们把两个孩子的意见念给双方听，又请观护员讲了孩子们现在的情况，两边才慢慢松了口。{{han:范丽娜}}她签字的时候哭了，说她也是没办法。
访谈者：案子结了以后还有跟进吗？
受访者：有。我们给宝丰的{{trap/org:县妇联}}发了司法建议，村里的{{han:牛秀芝}}主任管儿童这一块，每个月去家里看一次。学校的班主任{{han:臧丽君}}老师也答应多留心。我自己每季度打一个回访电话，判决书后面也附了{{trap/hotline:12348}}法律援助热线。前两天{{han:牛佳怡}}还给我写了封信，说期中考试考了全班第三。她有个QQ，说以后想问法律上的事就找我，号码写在信封背面：{{qq:53927084}}。
访谈者：这样的案子多吗？
受访者：这几年不少。我们这里煤矿多，出了事故的家庭，孩子往往受影响最大。有的是爸爸没了，妈妈走了；有的是爸爸伤残了，家里断了收入；还有的是赔偿金下来以后，亲戚之间为了钱闹翻，孩子夹在中间。我们庭里定了规矩，涉及孩子的案子，先做社会调查，再听孩子的意见，判决以后还要回访。
访谈者：卷宗里登记的信息呢？
受访者：原告住{{address:宝丰县李庄乡王堂村五组21号}}，被告住{{address:郑州市管城区十八里河街道河畔小区15号楼2单元1102室}}。原告身份证{{id_number@wy1962.410421}}，被告的{{id_number@wy1988hyphen.410421}}，死者{{han:牛建伟}}的是{{id_number@mx.410421}}。被告电话{{mobile@p86h}}，原告电话是孙女帮着记的，{{mobile@fullwidth}}。被告的微信{{wechat:fanlina_zz1988}}，她说有事就在微信上说。
访谈者：材料上的名字有写错的吗？
受访者：有。送达回证上把被告写成{{spaced:范 丽 娜}}，调查笔录把原告写成{{spaced:贾桂 香}}，律师在授权委托书上签的是{{spaced:欧 阳 秀 芹}}，法律援助中心的公函又把她写成{{spaced:欧阳 秀芹}}。孩子的名字在学校证明上是{{spaced:牛　佳　怡}}。这些我们都让当事人补正了。
访谈者：办这类案子，您最大的感受是什么？
受访者：大人吵的是钱，孩子要的是有人管。我们这里老话讲{{trap/famous:叶公}}好龙，嘴上说爱孩子，真让他管又躲。当法官的，得看真心。
""")

# H368: Han grandfather in 海丰 (汕尾) raising a grandson whose father is in prison and whose mother left.
DOCS["H368"] = ("family", """\
访谈者：阿伯，您家里几个人？
受访者：就我同孙仔两个人。我叫{{han:庄锦泉}}，今年七十，住在{{trap/place:汕尾}}{{trap/place:海丰}}乡下。老婆子三年前走了。儿子{{han:庄伟雄}}前年帮人运私烟，判了五年，关在{{trap/place:韶关}}。新妇{{han:蔡小娟}}在孙仔两岁的时候就走了，回了她{{trap/place:陆丰}}娘家，后来听讲又嫁了。
访谈者：孙子多大了？
受访者：十岁。大名{{han:庄俊熙}}，我们叫他{{han:阿熙}}。{{han:阿熙}}在{{school:海丰县附城镇第二小学四年级（3）班}}。他读书还可以，就是脾气倔。同学讲他老爸是坐监的，{{han:阿熙}}就同人打架，打完回来一句话不讲。
访谈者：您跟他讲过爸爸的事吗？
受访者：讲过。我讲你老爸做错了事，要受罚，受完罚就回来。{{han:庄伟雄}}他在里面写信，一个月一封，字写得歪歪扭扭，讲对不起阿爸，对不起仔。{{han:阿熙}}看完信就收进铁盒里，一封都不丢。{{han:阿熙}}还讲，等他大了，自己坐车去韶关看他老爸。监狱里可以视频会见，村里的儿童主任{{han:卓秀云}}帮我们约，一季度一次。
访谈者：这些年谁帮过你们？
受访者：{{han:卓秀云}}大姐最上心，给{{han:阿熙}}报了事实无人抚养，一个月{{trap/number:一千五百六}}。镇司法所的{{han:颜建辉}}所长来过几次，讲服刑人员的子女国家有政策，还帮我们写了申请。学校的班主任{{han:黄丽贞}}老师给{{han:阿熙}}免了午餐费，他打架那回，也是{{han:黄丽贞}}来家里同我讲的，没骂孩子。
访谈者：还有别人吗？
受访者：有个社工叫{{compound:南宫思雨}}，是后生女，每个礼拜来陪{{han:阿熙}}做作业。她同事{{compound:赫连振邦}}会踢球，带他去镇上踢了几回，孙仔现在话多了。帮教的志愿者是{{compound:诸葛晓川}}，去韶关看过我儿子，回来同我讲他在里面学了电焊。镇卫生院的{{han:郑月娥}}医生给我看血压，隔篱的{{han:彭少华}}时常送鱼过来，他是讨海的，他老婆{{han:林爱珠}}婶也常来帮孙仔补衫。
访谈者：您身体怎么样？
受访者：腰骨痛，眼睛花了。种了两亩地，{{trap/word:庄稼}}也种不好了，只好租给{{han:彭少华}}他们家，一年给我几百斤米。最怕的是我等不到儿子出来。我同{{han:阿熙}}讲，你老爸回来之前，阿公要替他看着你。
访谈者：您一个人带孙子，日子怎么过？
受访者：一个月低保加补助，再加种地的收成，够两个人吃饭。孙仔读书的钱是学校和政府出的，校服、书包都是社工送的。最难的是孙仔生病。去年冬天他发高烧，半夜我背着他走去卫生院，走到一半我自己也喘不上来，坐在路边歇。是一个骑摩托的后生仔看到，把我们送过去的，我连人家叫什么都没问。
访谈者：孙子平时跟您说心里话吗？
受访者：很少。他有事就写在本子上，不给我看。社工姑娘讲，这个年纪的孩子就是这样，要慢慢来。有一回我偷偷翻了他的本子，上面写着：阿公老了，我要快点长大。我看完坐在门口抽了半包烟。
访谈者：孙子学习怎么样？
受访者：中等。数学好，语文差，作文写不出来。老师讲他不肯写家里的事，一写就写阿公。他画画以前只用黑{{trap/word:颜色}}，现在也会用红的、黄的了。社工姑娘每礼拜来陪他读书，现在他晚上会自己拿本书坐在门口看，看到天黑。
访谈者：过年过节呢？
受访者：正月去{{trap/place:红海湾}}那边拜{{trap/famous:妈祖}}，求孙仔平安。我带他去看{{trap/famous:彭湃}}故居，讲做人要硬气，不能学他老爸贪便宜。他问我{{trap/famous:文天祥}}是不是也来过海丰，我讲来过，方饭亭就是纪念他的。
访谈者：登记表要写地址和号码。
受访者：屋企在{{address:海丰县附城镇新楼村南片9号}}，{{han:蔡小娟}}娘家在{{address:陆丰市东海街道金碣小区6栋3单元203室}}。我的身份证{{id_number@my1955.441521}}，{{han:阿熙}}的{{id_number@my2015spaced.441521}}。我的电话{{mobile@p86n}}，{{han:卓秀云}}的电话{{mobile@s74}}，她微信{{wechat:zhuoxiuyun_hf}}。{{han:阿熙}}有个QQ，同他老爸约好出来以后用这个联系，号码是{{qq:61083729}}。
访谈者：孩子想妈妈吗？
受访者：不讲，心里想的。有一回他翻出一张他老妈抱他的相片，看了半日。{{han:蔡小娟}}过年会打个电话来，讲不上几句就挂了。我不怪她，年轻人也难。
访谈者：表上的名字写得对吗？
受访者：有错字。学校的表把孙仔写成{{spaced:庄 俊 熙}}，低保那张把我写成{{spaced:庄锦 泉}}，社工的签到表上有{{spaced:南　宫　思　雨}}。
访谈者：您最大的心愿？
受访者：等儿子出来，一家人好好过日子。孙仔讲长大要当警察，我讲好，当警察就不会有人讲你老爸。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=361,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout46",))


if __name__ == "__main__":
    main()
