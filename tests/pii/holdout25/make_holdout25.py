# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 25 (tests/pii/holdout25/H185-H192 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 25 is about children in distress (困境儿童) and the help they get, in eight new voices: a Barga Mongolian herder
in 新巴尔虎右旗 (呼伦贝尔) raising the three orphans of his brother, who froze in a blizzard; a Huazhu Tibetan
grandmother in 天祝 (武威) whose son was paralysed in a crash and whose daughter-in-law went away; a Hui mother in
泾源 (固原) whose husband is in prison; a Han migrant mother from 余干 (江西) working in a 温州 shoe factory whose
children stay with their grandparents; a Han grandfather in 望奎 (绥化) raising the children of his son, who died in
a mine; a Uyghur father in 莎车 (喀什) whose wife has a heart disease; a Han police officer in 昆都仑区 (包头) handling
the case of a neglected girl; and a Han child director (儿童主任) in 普定 (安顺) with the left-behind children of her
village. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Barga/Buryat names of four to seven characters (旺钦道尔吉, 额尔德尼高娃, 图布新巴雅尔) with short forms (旺钦,
巴拉吉, 高娃, 图布新), names whose first syllable is a word or a Han surname (哈达巴特尔, 宝力玛, 包孟和达来); Huazhu
Tibetan names bare and after a Han surname (官却东珠 then 官却, 王索南加措 then 索南, 王才吉草 then 才吉, 杨尕藏才旦);
Hui Han-form names beside 经名 used alone and after a Han surname (禹哈桑, 兰穆萨); Uyghur given name + father's name
with and without the dot (依明江·麦合木提 and 依明江麦合木提) and short forms; Han names with common and rare
surnames, titles and kin words, northeastern nicknames annotated whole, names that contain words, names written twice
and spaced out on forms, names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; compound
surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:饶春梅}}``, ``{{qq:1893065247}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2011spaced.150727}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 校长, 阿訇, 大姐,
婶, 姨, 大爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 他, 她, 他们家,
那边) are outside the span; a northeastern nickname (二丫, 老疙瘩, 大壮) is annotated whole. Han-style names of
Tibetan, Hui and Uyghur people are category han; a Han surname before a non-Han given name (王索南加措, 禹哈桑) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout25/make_holdout25.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(25_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "137", "139", "147", "152", "153", "155", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H185: Barga Mongolian herder in 新巴尔虎右旗 (呼伦贝尔) raising the three orphans of his brother.
DOCS["H185"] = ("family", """\
访谈者：大哥，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:旺钦道尔吉}}，巴尔虎人，嘎查里的人都叫我{{minority/mongolian:旺钦}}。在{{trap/place:新巴尔虎右旗}}克尔伦苏木放了一辈子羊，今年五十三。老婆叫{{minority/mongolian:宝力玛}}，我们自己的闺女嫁到{{trap/place:满洲里}}了。现在家里养着的三个孩子，是我弟弟的。
访谈者：孩子们的父母呢？
受访者：弟弟{{minority/mongolian:达西尼玛}}前年冬天赶羊回来，遇上白毛风，在{{trap/place:呼伦湖}}边上冻死了，第二天才找到。弟媳{{minority/mongolian:萨仁其木格}}本来就有肝病，出事以后不到一年也走了。三个孩子成了孤儿，我老婆说这是咱们的骨肉，接过来吧。
访谈者：孩子们多大了？
受访者：老大{{minority/mongolian:巴拉吉苏荣}}十四，在{{school:新巴尔虎右旗民族中学初二（3）班}}住校，我们叫他{{minority/mongolian:巴拉吉}}。老二是闺女，叫{{minority/mongolian:额尔德尼高娃}}，十岁，家里都喊她{{minority/mongolian:高娃}}。{{minority/mongolian:高娃}}就是爱哭，想她{{trap/minority_word:额吉}}。老三{{minority/mongolian:图布新巴雅尔}}才五岁，在苏木幼儿园。
访谈者：有哪些人帮过你们？
受访者：嘎查达{{minority/mongolian:包孟和达来}}第一个跑来，帮我们把丧事办了。嘎查的儿童主任是{{han:鲍玉梅}}，她跟苏木说了，三个孩子都报了孤儿，孤儿基本生活费每人每月{{trap/number:一千六百二}}。苏木民政助理{{han:刘长贵}}来了好几趟，表是他一张一张帮我填的。旗{{trap/org:民政局}}的{{han:王秀云}}科长过年还来家里慰问，带了米面油。
访谈者：学校那边呢？
受访者：{{minority/mongolian:巴拉吉}}的班主任{{han:孙丽媛}}老师是汉族，蒙语也会说几句。她说孩子刚来那阵子一句话不说，晚上躲在被窝里哭。学校的心理老师叫{{compound:上官雪妍}}，每个礼拜找他谈一回。现在好多了，篮球打得好，还进了校队。
访谈者：老二老三呢？
受访者：{{minority/mongolian:高娃}}在{{school:克尔伦苏木中心小学四年级（2）班}}，{{han:赵海燕}}老师对她好，给她梳辫子。老三小，整天跟在我屁股后头看我套马。他问我阿爸去哪了，我说去天上放羊了。
访谈者：旗里有社工来吗？
受访者：有，社工站派了两个年轻人，一个是{{compound:赫连振宇}}，还有{{compound:闾丘婉清}}。{{compound:赫连振宇}}会修摩托，来了就帮我修车。那个姑娘给孩子们讲故事，讲{{trap/famous:哈撒儿}}射箭，讲{{trap/famous:忽必烈}}。
访谈者：邻居和亲戚呢？
受访者：邻居{{minority/mongolian:哈达巴特尔}}家跟我们草场挨着，剪羊毛、打草都是他家帮着。{{minority/mongolian:哈达巴特尔}}他话少，干活实在。我老婆的表哥{{minority/mongolian:达希多尔济}}在{{trap/place:阿拉坦额莫勒}}开修车铺，孩子们去镇上看病就住他家。
访谈者：家里的收入靠什么？
受访者：三百来只羊，三十几头牛，一年卖羔子、卖牛犊，好年景能落下五六万。这两年雨水少，草长得不好，买草料就花掉一大半。草场补贴每年有一些，再加上孩子们的生活费，日子还过得去。就是冬天难熬，零下四十度，羊冻死了心疼，人冻着了更心疼。去年冬天老三发烧抽风，我骑摩托把他往苏木卫生院送，路上风雪大得看不见路，到了大夫说再晚半小时就危险了。从那以后我把摩托换成了一辆二手皮卡，钱是跟亲戚借的。
访谈者：孩子们跟您亲吗？
受访者：亲。刚接过来的时候老二不让我抱，晚上抱着她妈的袍子睡。现在我回来得晚，她就站在包门口等着，看见车灯亮了就跑过来。老大懂事得早，放假回来就去井边饮牲口，不让我动手，说大爷你腰不好，这些活我干。我听了心里又高兴又难受，十四岁的孩子，本该是在城里上补习班、玩手机的年纪。
访谈者：过节的时候呢？
受访者：正月里我带三个孩子去给他们阿爸阿妈磕头。六月里嘎查祭{{trap/minority_word:敖包}}，办{{trap/minority_word:那达慕}}，老大去年骑马跑了第三。我老婆做{{trap/minority_word:奶豆腐}}、炸{{trap/minority_word:果条}}，孩子们最爱吃。老二是我们家的{{trap/word:宝贝疙瘩}}，谁也舍不得说她一句。
访谈者：您身体怎么样？
受访者：腰腿都不行了。旗医院的{{han:张海峰}}大夫说我是腰椎间盘突出，让我少骑马，可草场上哪离得开马。{{trap/word:白毛风}}一来，我半夜还得起来看羊圈。
访谈者：登记表要填地址和号码。
受访者：家在{{address:克尔伦苏木巴音塔拉嘎查二组17号}}，冬营盘在{{address:克尔伦苏木赛汉嘎查五组3号}}。我身份证{{id_number@my1972.150727}}，{{minority/mongolian:巴拉吉}}的是{{id_number@my2011spaced.150727}}。我电话{{mobile@plain}}，我老婆的{{mobile@s434}}。老大有QQ，说是跟同学联系用的，号码他写在我烟盒上了：{{qq:1893065247}}。我微信是{{wechat:wangqin_dorj}}。
访谈者：表上名字写对了吗？
受访者：每张都不一样。学校名单上老大写成{{spaced:巴 拉 吉 苏 荣}}，低保表上我是{{spaced:旺钦 道尔吉}}，老二写成{{spaced:额尔德尼 高娃}}，医保卡上老三是{{spaced:图　布　新　巴　雅　尔}}。
访谈者：最后还想说点什么？
受访者：就盼着三个孩子平平安安长大。{{minority/mongolian:图布新}}说长大了要当兽医，我说好，那咱家的羊就不愁了。
""")

# H186: Huazhu Tibetan grandmother in 天祝 (武威); her son was paralysed in a crash, his wife went away.
DOCS["H186"] = ("family", """\
访谈者：阿奶，您好，我们来了解一下家里娃娃的情况。
受访者：好，好，进来坐，喝碗奶茶。我叫{{minority/tibetan:李拉毛草}}，今年六十九，是{{trap/place:天祝}}的华锐藏族，家在{{trap/place:抓喜秀龙}}乡下。老汉{{minority/tibetan:多杰才让}}走了十年了。
访谈者：娃娃们的爸爸妈妈呢？
受访者：儿子{{minority/tibetan:官却东珠}}前年骑摩托去{{trap/place:武威}}，在{{trap/place:乌鞘岭}}下头跟大车撞了，命保住了，腰以下不能动。{{minority/tibetan:官却}}他在炕上躺了快两年，脾气坏得很。儿媳妇{{minority/tibetan:桑吉卓玛}}说去{{trap/place:新疆}}摘棉花挣钱，头一年还寄钱，后来电话也打不通了。两个娃娃就跟着我。
访谈者：娃娃们多大？
受访者：孙子{{minority/tibetan:王索南加措}}十二岁，我们叫他{{minority/tibetan:索南}}；孙女{{minority/tibetan:王才吉草}}八岁，家里叫{{minority/tibetan:才吉}}。户口上我们家姓王，是老汉他爷爷那一辈起的汉姓。{{minority/tibetan:索南}}在{{school:天祝县华藏寺镇第二小学六年级（1）班}}，{{minority/tibetan:才吉}}在乡中心小学读二年级。
访谈者：谁在帮你们？
受访者：村上的儿童主任{{han:李桂兰}}，她跟我一个姓，不是一家。她给两个娃娃报了事实无人抚养，一个月{{trap/number:一千三百七}}。村支书{{minority/tibetan:杨尕藏才旦}}给我们家报了低保。乡上的民政干事{{han:冯国强}}说我儿子能办残疾证，{{trap/org:县残联}}的人来家里评的，二级。
访谈者：看病方便吗？
受访者：村医{{minority/tibetan:尖措加布}}每个礼拜来一趟，给儿子翻身、看褥疮。县医院的{{han:陈丽华}}大夫说还要做康复，可去{{trap/place:兰州}}太远了，一趟下来几百块。
访谈者：家里的收入靠什么？
受访者：家里有二十几只羊、三头牦牛，草山分到户了，一年卖几只羊。儿子的低保、娃娃们的生活费，再加上我的养老金，一个月拢共两千多。儿子每个月的药就得四五百，尿不湿也要钱。去年冬天家里的火炉子坏了，是乡上给换的新炉子，还送了一吨煤。我老了，背不动水，是村里给接了自来水管子，这几年方便多了。
访谈者：儿子现在的情绪怎么样？
受访者：比刚出事那会儿好些了。头一年他不吃饭，说活着拖累人。乡上的干部请了县上的心理医生来家里跟他说话，说了好几回。现在他在炕上用手机给人卖牛羊肉，一个月也能挣几百块。他说等娃娃们大了，他就不用人操心了。我听了就背过身去抹眼泪。
访谈者：冬天怎么过？
受访者：我们这里海拔高，十月就下雪，一直冷到来年五月。早上起来先生火，烧开水给儿子擦身子，再给娃娃们做早饭。孙子住校，礼拜五下午才回来，回来头一件事就是去看他阿爸。孙女跟我睡，夜里咳嗽我就起来给她喂水。
访谈者：娃娃们在学校怎么样？
受访者：{{minority/tibetan:索南}}的班主任{{han:马晓燕}}老师说他数学好，就是不爱说话。{{han:冯建军}}校长给他免了住宿费。{{minority/tibetan:才吉}}胆子小，她们老师叫{{compound:欧阳丽娜}}，每天放学把她送到村口。
访谈者：社工来过吗？
受访者：来过。县上社工站的{{compound:南宫思远}}和{{compound:尉迟静怡}}，两个人开车来的，给娃娃们带了书包，还教孙女画画。
访谈者：过年过节呢？
受访者：正月里去{{trap/place:天堂寺}}转经，{{trap/minority_word:煨桑}}，给娃娃们的阿爸祈福。我给娃娃们拌{{trap/minority_word:糌粑}}、打{{trap/minority_word:酥油}}，献{{trap/minority_word:哈达}}。老汉在的时候爱讲{{trap/famous:格萨尔}}的故事，现在是{{minority/tibetan:索南}}讲给他妹妹听。
访谈者：村里人怎么样？
受访者：好着呢。门口那棵{{trap/word:杨树}}底下就是{{minority/tibetan:旦正加}}家，他媳妇{{han:张玉娥}}是汉族，常过来帮我洗衣裳。{{minority/tibetan:旦正加}}他开三轮，娃娃们去镇上都是他拉。我娘家侄女{{minority/tibetan:才让卓尕}}在{{trap/place:华藏寺}}开饭馆，放假孙子就去{{minority/tibetan:才让卓尕}}那儿帮忙，她给他发工钱。
访谈者：登记一下地址和号码。
受访者：家在{{address:抓喜秀龙乡南滩村三社11号}}，儿媳妇走之前在县城租的房子是{{address:华藏寺镇祁连小区2号楼3单元502室}}。我身份证{{id_number@wy1956.620623}}。我不会用手机，孙子帮我记着：{{mobile@spaced}}，{{minority/tibetan:官却东珠}}的电话{{mobile@p86n}}。儿子的微信是{{wechat:gqdz_1986}}。孙子玩QQ，号码是他在墙上用铅笔写的，我照着念：{{qq:793015486}}。
访谈者：名字在表上写对了吗？
受访者：没写对的多。低保表上是{{spaced:王 索 南 加 措}}，学校名单上孙女是{{spaced:王才吉 草}}，残疾证上儿子是{{spaced:官却 东珠}}，我在花名册上是{{spaced:李　拉　毛　草}}。
访谈者：您最盼什么？
受访者：盼儿子能坐起来，盼儿媳妇回来看看娃娃。{{minority/tibetan:才吉}}天天问她阿妈啥时候回来，我说快了，快了。
""")

# H187: Hui mother in 泾源 (固原); her husband is in prison, three children and an old mother-in-law.
DOCS["H187"] = ("family", """\
访谈者：大姐，您慢慢说，家里现在是什么情况？
受访者：我叫{{han:于秀梅}}，经名{{minority/hui:法图迈}}，{{trap/place:泾源}}县城北边的回族，今年三十八。掌柜的{{han:禹占林}}，经名{{minority/hui:叶赫亚}}，前年跟人合伙贩牛，收了人家偷来的牛，判了四年，在{{trap/place:银川}}服刑。家里三个娃娃、一个婆婆，都靠我。
访谈者：孩子们多大了？
受访者：老大{{minority/hui:禹哈桑}}十三，学名叫{{han:禹文杰}}，在{{school:泾源县回民中学初一（4）班}}。老二是丫头，叫{{minority/hui:禹海丽麦}}，十岁，我们叫她{{minority/hui:海丽麦}}，在镇中心小学念四年级。老三{{minority/hui:禹阿伊莎}}才四岁。{{minority/hui:阿伊莎}}她不记得她爸的样子，看见手机上的照片就叫大大。
访谈者：您现在靠什么生活？
受访者：在镇上的肉牛合作社给人喂牛，一个月两千来块。村上给报了低保，三个娃娃按困境儿童登记了。儿童主任{{han:兰秀珍}}跑前跑后，帮我把表填了，又找{{han:沙建军}}盖章，他是镇上的民政助理。村支书{{han:海福林}}说，家里有服刑人员的，娃娃能申请补助，一个月{{trap/number:六百八}}。
访谈者：一个人带三个娃娃，最难的是什么？
受访者：最难的是忙不过来。早上五点起来，先给婆婆熬罐罐茶，再给娃娃们做饭，送老三去邻居家，然后去合作社上工。中午回来一趟给婆婆翻身，晚上回来还要看老大的作业。有时候累得坐在炕沿上就睡着了。去年冬天我发烧，起不来，是老二给婆婆端的饭、给妹妹穿的衣裳。我心里想，这丫头才十岁啊。可我不能倒，我倒了这个家就散了。
访谈者：孩子知道爸爸的事吗？
受访者：老大知道。{{trap/year:2023年}}秋天，有一回班上的娃娃笑话他，{{minority/hui:禹哈桑}}跟人打了一架，回来饭也不吃。班主任{{han:何春燕}}老师知道了，{{trap/word:于是}}来家里坐了一晚上，{{han:杨德海}}校长也在全校开会说，谁也不许拿大人的事说娃娃。
访谈者：司法所的人来过吗？
受访者：来过，所长{{han:米晓东}}跟{{compound:司马晓光}}一起来的，说能帮我们跟监狱联系视频会见。上个月视频见了一回，{{minority/hui:叶赫亚}}他在那头哭，娃娃们在这头哭。{{minority/hui:海丽麦}}说，大大你好好改造，我考第一给你看。
访谈者：监狱那边对家里有什么帮助吗？
受访者：管教干部打过电话，问家里娃娃的情况，说他在里面表现好，能减刑。他在里面学了电焊，说出来以后再不贩牛了，去工地上找活干，踏踏实实挣钱。
访谈者：寺里帮忙吗？
受访者：帮。我们坊上的{{han:海天林}}阿訇，每个{{trap/minority_word:主麻}}都给娃娃们留一份{{trap/minority_word:油香}}。{{trap/minority_word:开斋节}}坊上收了{{trap/minority_word:天课}}，给我们家送了两袋面一桶油。阿訇爱给娃娃们讲{{trap/famous:马本斋}}打鬼子的故事，老大听得最入迷。
访谈者：邻居们呢？
受访者：邻居{{minority/hui:沙达吾德}}家的媳妇叫{{minority/hui:哈迪哲}}，每天早上把老三接过去，跟她家孙子一起耍。{{minority/hui:哈迪哲}}她说多一个娃娃多一双筷子的事。她男人开三轮，我去{{trap/place:固原}}给婆婆拿药，都是他拉。
访谈者：婆婆身体呢？
受访者：婆婆七十三了，叫{{han:马桂英}}，经名{{minority/hui:祖白达}}，腿有风湿，下不了炕。{{trap/org:乡卫生院}}的{{han:田玉龙}}大夫隔半个月来一趟，量血压，送药，今天{{trap/word:马上}}就到。
访谈者：孩子们上学怎么样？
受访者：老大学习中等，爱画画。学校有个支教的老师叫{{compound:公孙明月}}，教美术，说他有天分，还给他寄了一盒颜料。老二学习好，回来还帮我拌草料。县上的社工也来过，一个叫{{compound:慕容晓雪}}，一个是{{compound:令狐思齐}}，在村里办了个周末课堂。
访谈者：亲戚们呢？
受访者：我娘家哥哥{{minority/hui:兰穆萨}}在{{trap/place:西安}}开拉面馆，每年给娃娃们寄学费。{{minority/hui:兰穆萨}}他说，等老大初中毕业，就带他去学手艺。我不同意，我要他念高中。表弟{{minority/hui:优苏夫}}在{{trap/place:六盘山}}下头养蜂，秋天送来两桶蜂蜜。
访谈者：登记一下地址和号码。
受访者：家在{{address:香水镇米岗村四组26号}}，婆婆原来住在{{address:泾河源镇东峡村二组9号}}。我身份证{{id_number@wy1987fw.640424}}，老大的{{id_number@my2012quad.640424}}。我电话{{mobile@hyphen}}，{{han:兰秀珍}}主任的电话{{mobile@plus86spaced}}。老大用我的手机上QQ，号码是班主任让记下来的，你听着：{{qq:2407719358}}。我的微信{{wechat:fatumai_yu}}。
访谈者：表上名字写得一样吗？
受访者：不一样。判决书上是{{han:禹占林}}，低保表上写成{{spaced:禹 占 林}}；学籍上老二是{{spaced:禹　海　丽　麦}}，老大是{{spaced:禹哈 桑}}，我哥在暂住证上成了{{spaced:兰 穆萨}}。
访谈者：最大的心愿是什么？
受访者：盼他早点出来，一家人好好过日子。{{minority/hui:阿伊莎}}说等她爸回来，要她爸给她扎辫子。
""")

# H188: Han migrant mother from 余干 (江西) in a 温州 shoe factory; her children stay with their grandparents.
DOCS["H188"] = ("family", """\
访谈者：熊大姐，您在温州做什么工作？
受访者：我叫{{han:熊丽萍}}，{{trap/place:江西}}{{trap/place:余干}}人，在{{trap/place:温州}}鹿城一家鞋厂做针车，做了九年了。老公{{han:彭志强}}在{{trap/place:上海}}工地上扎钢筋，我们俩一年到头各在一个地方。两个孩子在老家，跟着爷爷奶奶。
访谈者：孩子们多大了？
受访者：大的是女儿{{han:彭欣怡}}，十二岁，在{{school:余干县瑞洪镇中心小学六年级（2）班}}；小的是儿子{{han:彭浩然}}，八岁，在村小读二年级。爷爷{{han:彭来福}}六十七，前年中风了，半边手脚不灵便。奶奶{{han:余桂香}}一个人既要照顾老头子，又要管两个孩子，还种着三亩田。
访谈者：为什么被认定为困境儿童？
受访者：去年我查出乳腺有问题，做了手术，化疗半年，不能上班，家里一点收入都没有。村里的儿童主任{{han:万小红}}知道了，说这种情况可以报，就帮我们报了。现在两个孩子每月有{{trap/number:三百五}}的补助，{{trap/org:县妇联}}还给{{han:彭欣怡}}申请了一笔助学金。
访谈者：您平时怎么跟孩子们联系？
受访者：全靠手机。每天晚上九点下了班，我跟女儿视频。奶奶手机上的微信是我给注册的，号是{{wechat:yuguixiang58}}，名字就写的她自己的名字{{han:余桂香}}。{{han:彭欣怡}}也有个QQ，她说班上同学都用，号码她用粉笔写在我寄回去的快递箱上，我拍下来了，是{{qq:3320578614}}。班主任{{han:饶春梅}}老师建了个家长群，{{han:饶春梅}}她每天在群里发孩子们上课的照片，我一张张放大了找我女儿。我在群里的备注是{{han:彭欣怡}}妈妈，老师一看就知道是谁。
访谈者：儿子呢？
受访者：数学老师{{han:程建国}}说{{han:彭浩然}}上课老走神，作业也不交。我打电话骂他{{trap/word:熊孩子}}，他就哭，说妈妈你回来我就好好写。我心里像刀割一样。我跟他说{{trap/famous:岳母}}刺字的故事，要他学好。他的QQ是他姑姑帮申请的，号码在我手机备忘录里，我翻一下，{{qq:56203917}}，他用来玩游戏，我让他姑姑把游戏删了。
访谈者：亲戚们帮忙吗？
受访者：小姑子{{han:彭丽娟}}嫁在隔壁村，农忙的时候过来帮着收稻子，孩子开家长会也是她去。我弟弟{{han:熊国平}}在{{trap/place:南昌}}开出租车，孩子们放暑假他就接去住几天。我姨{{han:詹秀英}}在镇上开小卖部，孩子们放学先去她那里写作业。
访谈者：厂里的人呢？
受访者：老板{{han:林伟东}}那边还算讲情义，我生病那阵子没把我辞掉，工友们凑了八千块钱。跟我一条线的{{han:胡晓燕}}也是江西人，{{trap/place:鄱阳}}的，我们俩轮流请假回去看孩子。车间有个同事叫{{compound:东方婉婷}}，她老公{{compound:皇甫志成}}在街道当社工，帮我问了温州这边能不能积分入学。
访谈者：您一个人在温州，生活怎么样？
受访者：厂里管一顿午饭，早晚自己做。旺季的时候一天做十二个钟头，一个月能拿六七千；淡季活少，三千多。每个月给家里寄两千五，自己留一点，剩下的存着给孩子们念书。生病以后存的钱都花光了，还借了亲戚一些。我最怕的是过年，厂里放假，人都走空了，我买不到回家的车票，就一个人在出租屋里跟孩子们视频，看他们在老家放鞭炮。
访谈者：孩子们的爷爷奶奶身体怎么样？
受访者：爷爷中风以后说话不清楚，走路要扶着墙。奶奶腰不好，一到阴天就疼，去年秋收的时候还晕倒在田里一回，是邻居发现送到镇上卫生院的。我跟我老公商量，等我身体好一点，我就回去，他在外面挣钱。
访谈者：有没有想过把孩子接过来？
受访者：想过。可这边房租贵，我们租的是{{address:鹿城区双屿街道牛岭小区5幢2单元304室}}，十五个平方，一张床一个灶。积分入学也难，要社保交满几年。{{compound:皇甫志成}}说明年政策可能松一点。
访谈者：老家地址和联系方式登记一下。
受访者：老家在{{address:余干县瑞洪镇西岗村六组38号}}。我电话{{mobile@s38}}，我老公的{{mobile@plus86dash}}，奶奶的{{mobile@fws}}。我身份证{{id_number@wy1986x.361127}}，女儿的{{id_number@wy2013fwspaced.361127}}。我的微信是{{wechat:lp_xiong86}}。
访谈者：孩子们在学校有人关心吗？
受访者：有。校长{{han:徐长青}}每个学期都来家访，给{{han:彭欣怡}}免了午餐费。学校的心理老师叫{{compound:宇文秋实}}，每周找留守的孩子们聊天，说女儿画画的时候总画一个房子四个人。
访谈者：快递单和表上名字写得对吗？
受访者：快递单上我写的是{{spaced:彭 欣 怡}}，村里的花名册上儿子是{{spaced:彭　浩　然}}，奶奶成了{{spaced:余桂 香}}。
访谈者：您最希望什么？
受访者：希望身体快点好，多挣点钱，等女儿上初中了，我就回{{trap/place:余干}}县城找个活，守着他们。
""")

# H189: Han grandfather in 望奎 (绥化) raising the children of his son, who died in a mine.
DOCS["H189"] = ("family", """\
访谈者：大爷，您家现在几口人？
受访者：四口。我，老伴，俩孙女，还有个小孙子，哎，五口。我叫{{han:曲德胜}}，今年六十八，在{{trap/place:望奎}}灵山乡种了一辈子地。老伴{{han:姜淑芬}}，身体不咋好，心脏有毛病。
访谈者：孩子们的父母呢？
受访者：儿子{{han:曲海龙}}三年前在{{trap/place:鹤岗}}下井，冒顶了，没出来。那年他才三十四。儿媳妇{{han:邵丽华}}守了一年，后来嫁到{{trap/place:大庆}}去了，也不能怪她，年轻轻的。仨孩子就留给我们老两口了。
访谈者：孩子们叫什么？
受访者：大孙女{{han:曲佳琪}}，十五了，我们叫她{{han:大丫}}。二孙女{{han:曲佳慧}}，十一，小名{{han:二丫}}。小孙子{{han:曲浩宇}}七岁，是{{han:老疙瘩}}，他爹走的时候他才四岁。{{han:大丫}}在{{school:望奎县第三中学初三（2）班}}住校，{{han:二丫}}和{{han:老疙瘩}}在{{school:灵山乡中心小学五年级（4）班}}和一年级。
访谈者：煤矿给了赔偿吗？
受访者：给了，六十多万，我一分没敢动，存成定期，等孩子们念大学用。村书记{{han:隋洪亮}}帮我跑的，跑了大半年。平常过日子靠低保，仨孩子都报了孤儿，孤儿基本生活费一人一个月{{trap/number:一千四百六}}，是儿童主任{{han:初秀芳}}给报上去的。{{han:初秀芳}}还隔三差五来看看，给{{han:老疙瘩}}辅导作业。
访谈者：乡里和县里呢？
受访者：乡民政助理{{han:宫春来}}过年过节都来，他说{{han:曲佳琪}}要是考上高中，县里还有助学金。{{trap/org:县民政局}}的{{compound:长孙雨桐}}来核过一回材料，姑娘挺细致，一张一张拍照。县里还派了社工，叫{{compound:拓跋文慧}}，给{{han:二丫}}做心理辅导。
访谈者：孩子们在学校怎么样？
受访者：老大学习好，班主任{{han:关丽新}}老师说她能考上{{trap/place:绥化}}一中。{{han:二丫}}淘，跟男孩子打架，校长{{han:孙国庆}}找过我两回。{{han:老疙瘩}}就是想他爸，看见别人家孩子骑他爸脖子上，回来就不吭声。
访谈者：亲戚邻居呢？
受访者：孩子他二舅{{han:邵立军}}，也就是他妈的哥，年年给孩子们买衣裳。他妈走了，他二舅没断了来往，这人讲究。隔壁{{han:贾凤芝}}婶天天过来帮我老伴做饭，她儿子{{han:大壮}}开四轮子，秋收帮我们拉苞米。{{han:大壮}}也就二十出头，干活不惜力。
访谈者：家里的地和收入怎么样？
受访者：二十来亩地，种苞米和黄豆，一年下来刨去种子化肥，能剩一万多。我岁数大了，地租出去一半，剩下的自己种。老伴的药一个月三百多，有新农合，能报一些。冬天烧炕的柴火是村里给拉的秸秆压块，比烧煤便宜。日子紧巴，可孩子们没饿着没冻着。
访谈者：孩子们想他们的妈吗？
受访者：想。逢年过节她妈打电话来，{{han:二丫}}接了就哭，老大不接，说她不要我们了。我说孩子，别记恨你妈，她有她的难处。去年夏天她妈回来看了一趟，给仨孩子一人买了一身衣裳，走的时候在屯子口哭了半天。
访谈者：看病方便吗？
受访者：村医{{han:王铁军}}，大伙儿都叫他{{han:柱子}}，就在屯子里，老伴犯病了他半夜都来。去年冬天老伴住院，是乡卫生院的医生{{compound:诸葛明轩}}给联系的{{trap/place:哈尔滨}}的医院。
访谈者：过年的时候呢？
受访者：杀年猪，烀肉，包{{trap/minority_word:黏豆包}}，渍{{trap/minority_word:酸菜}}。孩子们爱看{{trap/minority_word:二人转}}，{{han:二丫}}还会唱两句{{trap/word:曲子}}。我给他们讲{{trap/famous:萧红}}的故事，说人家也是咱黑龙江的，书写得好。
访谈者：登记一下地址和号码。
受访者：家在{{address:灵山乡长兴村前进屯28号}}。儿子在鹤岗租的房子退了，原来是{{address:兴山区沟北街道矿工小区12号楼1单元402室}}。我身份证{{id_number@my1957.231221}}，大孙女的{{id_number@wy2010hyphen.231221}}。我电话{{mobile@spaced}}，大孙女有QQ，号码她自己写在日历上了，我念给你：{{qq:1508362947}}。{{han:初秀芳}}主任的微信{{wechat:chuxiufang1979}}，有事找她。
访谈者：您自己身体呢？
受访者：我血压高，前年割过一回疝气。乡里给我们这样的老人签了家庭医生，每季度来量一回血压。我现在最怕的是哪天倒下了，老伴一个人弄不了仨孩子。
访谈者：表上名字写得对吗？
受访者：低保本上我是{{spaced:曲 德 胜}}，孙女是{{spaced:曲　佳　琪}}，还有一张把小孙子写成了{{spaced:曲浩 宇}}。
访谈者：您最担心什么？
受访者：担心我俩哪天走了，{{han:老疙瘩}}还没长大。{{han:大丫}}说，爷，你放心，有我呢。
""")

# H190: Uyghur father in 莎车 (喀什) whose wife has a heart disease.
DOCS["H190"] = ("family", """\
访谈者：大哥，您好，先说说您家里的情况吧。
受访者：我叫{{minority/uyghur:麦合木提·依明}}，四十二岁，家在{{trap/place:莎车}}县，离{{trap/place:叶尔羌河}}不远。我老婆{{minority/uyghur:热娜古丽·托乎提}}有心脏病，风湿性的，前年在{{trap/place:喀什}}做了换瓣膜的手术，现在干不了重活，一累就喘。家里三个孩子，我种地、打零工。
访谈者：孩子们多大了？
受访者：老大{{minority/uyghur:依明江·麦合木提}}，十四岁，在{{school:莎车县第八中学初二（5）班}}；老二是女儿，{{minority/uyghur:阿依先木·麦合木提}}，十一岁，在{{school:阿瓦提镇第二小学五年级（3）班}}；老三{{minority/uyghur:努尔艾力}}四岁，在村里的幼儿园。{{minority/uyghur:依明江}}就是家里的小大人，他妈住院那一个月，做饭、给妹妹梳头都是他。
访谈者：家里有多少地？收入怎么样？
受访者：八亩地，种核桃和小麦。核桃树是前几年栽的，这两年开始挂果，一年能卖一万多。农闲的时候我去县城工地上打零工，一天两百块，可老婆身体不好，我不敢走远，孩子们放学回来家里得有人。村里合作社办了个馕坑，老婆身体好一点的时候去帮着揉面，一个月也有几百块。
访谈者：您妻子生病以后，谁帮过你们？
受访者：村支书{{minority/uyghur:马木提·艾则孜}}，还有驻村工作队的{{han:周振华}}队长。{{han:周振华}}他帮我们跑了大病救助，手术费报了七成。乡民政助理{{han:刘建新}}说孩子们的妈妈是重病，孩子们能按困境儿童登记，现在每个孩子每月有补助，家里也进了低保，一个月{{trap/number:九百三}}。
访谈者：您妻子现在怎么样？
受访者：要一直吃华法林，每个月去{{trap/org:乡卫生院}}查一回凝血。村医{{minority/uyghur:古再丽努尔·吾甫尔}}每周来家里一趟，给她量血压。县医院的{{han:李红梅}}大夫说，药不能停，也不能生气。{{minority/uyghur:热娜古丽}}她心里着急，觉得拖累了我们。
访谈者：孩子们在学校怎么样？
受访者：老二的班主任{{minority/uyghur:海力且姆·吐逊}}老师说，{{minority/uyghur:阿依先木}}学习好，国语说得也好。学校有个从内地来支教的老师，叫{{compound:乐正晴川}}，教她们跳舞。老大的班主任是{{han:邓文静}}老师，她给{{minority/uyghur:依明江}}申请了住校，饭钱全免。
访谈者：老大这么懂事，学习受影响吗？
受访者：受了一些。他妈住院那段时间，他一个月没去学校，成绩掉下来了。{{han:邓文静}}老师每天晚上在手机上给他补课，补了一个学期，又追上来了。他说长大了要当医生，给他妈治病。我跟他说，那你就得好好念书，当医生要念很多年书。
访谈者：您妻子自己怎么想？
受访者：她说最对不起的是孩子们。老三还小，她抱不动，就坐在炕上给他讲故事、教他唱歌。她说等身体好一点，想在家里绣花帽卖，也能挣点钱。我说你什么都不用干，把身体养好，就是帮了我们最大的忙。
访谈者：亲戚们呢？
受访者：我老丈人{{minority/uyghur:托乎提·沙吾提}}七十了，还给我们送馕、送菜。邻居{{minority/uyghur:艾散·肉孜}}开拖拉机，犁地不要我的钱。我妹妹{{minority/uyghur:米娜瓦尔·依明}}在{{trap/place:乌鲁木齐}}打工，每个月给孩子们寄三百块。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我们宰一只羊，做{{trap/minority_word:抓饭}}，请邻居们来吃。孩子们穿上新衣服去{{trap/minority_word:巴扎}}。我给他们讲{{trap/famous:阿曼尼莎汗}}的故事，她是我们{{trap/place:叶尔羌}}的王后，整理了{{trap/minority_word:十二木卡姆}}。老二说她长大也要当音乐家。
访谈者：登记一下地址和号码。
受访者：家在{{address:阿瓦提镇喀拉苏村4组19号}}。老婆的身份证{{id_number@wy1986spaced.653125}}。我电话{{mobile@plus86}}，老大的电话{{mobile@s74}}。老大有QQ，他说跟城里的同学联系，号码他写在墙上的奖状背面，是{{qq:2871360054}}。我的微信是{{wechat:mahmut_imin}}。
访谈者：表上名字写得一样吗？
受访者：不一样。户口本上老大是{{minority/uyghur:依明江·麦合木提}}，学校名单上是{{minority/uyghur:依明江麦合木提}}，没有点；医院的单子上我老婆写成{{spaced:热　娜　古　丽}}，我自己在低保表上是{{spaced:麦合木提 · 依明}}，还有一张写成了{{spaced:依 明 江 · 麦 合 木 提}}，村支书在公示栏上是{{spaced:马木提 · 艾则孜}}，老二的是{{spaced:阿依先木 麦合木提}}。
访谈者：您最大的心愿是什么？
受访者：盼我老婆身体好起来。{{minority/uyghur:努尔艾力}}天天趴在他妈身上听心跳，说妈妈的心在嘀嗒嘀嗒响。
""")

# H191: Han police officer in 昆都仑区 (包头) handling the case of a neglected girl.
DOCS["H191"] = ("staff", """\
访谈者：樊警官，您说说那个孩子的情况吧。
受访者：我叫{{han:樊建平}}，在{{trap/place:昆都仑区}}一个派出所当社区民警，干了十六年。{{trap/year:2024年}}腊月接到邻居报警，说楼上的孩子三天没见大人了，在楼道里哭。报警的是对门的{{han:乔美玲}}大姐，她听见孩子拍门，给孩子从门缝里塞了两个馒头。
访谈者：孩子当时什么情况？
受访者：八岁的女孩，叫{{han:闫梓涵}}，在{{school:昆区钢铁大街小学二年级（3）班}}。我们进门的时候，屋里暖气停了，她穿着棉袄缩在床上，地上全是方便面袋子。接警单上她的名字写了两遍：{{han:闫梓涵}}{{han:闫梓涵}}，是接警员手一抖复制重了。
访谈者：您第一次见到孩子，她说了什么？
受访者：她问我，叔叔，我爸是不是不要我了。我一下子不知道怎么回答，说你爸出去办事了，叔叔先带你去吃饭。那天我们在楼下面馆给她要了一碗面，她吃了两碗。我当了十几年警察，那一回是真忍不住了，出门在车里坐了好一会儿。
访谈者：孩子的父母呢？
受访者：父亲{{han:闫志勇}}，三十七岁，身份证{{id_number@my1988spaced.150203}}，喝酒、赌博，那几天在{{trap/place:固阳}}跟人赌，手机关了。母亲{{han:贾春霞}}，身份证{{id_number@wy1990hyphen.150203}}，三年前离婚走了，在{{trap/place:鄂尔多斯}}又成了家。{{han:闫志勇}}他回来以后，我们让他写了保证书，依法对他训诫，后来区{{trap/org:检察院}}也介入了，发了督促监护令。
访谈者：孩子后来谁照顾？
受访者：先送到区里的{{trap/org:救助站}}临时照料了一周，然后交给奶奶{{han:武桂枝}}。老人七十一，在{{address:固阳县金山镇西斗铺村三组15号}}住，身份证{{id_number@wy1954.150222}}。孩子转学到了{{school:金山镇中心小学二年级（1）班}}。
访谈者：社区做了什么？
受访者：社区书记{{han:郝海英}}牵头，让{{han:霍晓峰}}每周去老人家看一回，他是网格员。儿童主任{{han:郭丽娟}}给孩子报了事实无人抚养，区{{trap/org:民政局}}批下来了，一个月{{trap/number:一千五百四}}。我们{{han:任振东}}所长也过问，说这种案子不是完成{{trap/word:任务}}，不能一放了之。区民政局的{{han:贺文斌}}科长跟我们一起开了个协调会。
访谈者：母亲那边联系上了吗？
受访者：联系上了。{{han:贾春霞}}她哭了，说不知道孩子过成这样。她现在住在{{address:东胜区富兴街道康和小区8号楼2单元601室}}，说愿意每个月出八百块抚养费。我们请了法律援助的律师，是个姑娘，叫{{compound:上官文静}}，帮着写了协议。后来有什么事，她都是直接给{{compound:上官文静}}打电话。区检察院办这个案子的检察官叫{{compound:欧阳振川}}，{{compound:欧阳振川}}他每个月回访一次。
访谈者：她父亲后来有悔改吗？
受访者：有一些。训诫以后，我们把他的情况通报了社区，让他参加戒酒的小组。他每个礼拜天去固阳看孩子一回，带点水果。孩子开始不理他，后来也叫爸了。我们跟他说得很清楚，再有一次，就要申请撤销监护资格。
访谈者：这个案子里最难的是什么？
受访者：是找人。父母一个关机，一个换了号码，我们查了三天才找到。还有就是孩子的户口和学籍，转学要手续，父亲不配合，学校和教育局特事特办才办下来。
访谈者：孩子的父亲现在呢？
受访者：戒了一段酒，在{{trap/place:包头}}钢厂附近打零工。他原来住的是{{address:昆区阿尔丁街道钢花小区21号楼3单元502室}}，房子卖了还了赌债。他电话{{mobile@p86h}}，奶奶家座机没有，联系人留的是{{han:郝海英}}书记的手机{{mobile@hyphen}}。
访谈者：孩子现在怎么样？
受访者：胖了，爱笑了。学校的心理老师{{compound:漆雕静文}}说她画画里开始有太阳了。奶奶手机上有微信，是网格员帮着弄的，号是{{wechat:wuguizhi_1954}}；孩子用奶奶手机上QQ跟她妈说话，QQ是{{qq:1920483756}}。
访谈者：案卷上的名字都统一吗？
受访者：不统一，我们整理的时候专门核过。救助站的登记表上写成{{spaced:闫　梓　涵}}，协议上母亲是{{spaced:贾 春 霞}}，律师签名那里是{{spaced:上 官 文 静}}，奶奶写的是{{spaced:武桂 枝}}，检察官在一张回执上签的是{{spaced:欧　阳　振　川}}。
访谈者：这样的案子多吗？
受访者：一年有那么几起。我们现在跟社区、学校、民政一起，有个发现报告的机制，关键是邻居{{han:乔美玲}}这样的人愿意打电话。有事可以打{{trap/number:12338}}，也可以直接打{{trap/number:110}}。
""")

# H192: Han child director (儿童主任) in 普定 (安顺) with the left-behind children of her village.
DOCS["H192"] = ("staff", """\
访谈者：伍主任，您村里留守的孩子多吗？
受访者：多。我叫{{han:伍春艳}}，在{{trap/place:普定}}县一个村当儿童主任，{{trap/year:2020年}}干起的。全村四百多户，爸妈都在外头打工的孩子有六十几个，{{trap/place:浙江}}、{{trap/place:广东}}、{{trap/place:福建}}的都有。我手上重点看的是几个困境儿童。
访谈者：能说说是哪几家吗？
受访者：头一家是{{han:韦小龙}}和{{han:韦小凤}}兄妹，爸妈在{{trap/place:宁波}}电子厂，三年没回来过年。奶奶{{han:岑兰芝}}去年摔断了腿，两个孩子自己做饭。{{han:韦小龙}}十岁，在{{school:普定县化处镇中心小学四年级（2）班}}，{{han:韦小凤}}七岁，读一年级。{{han:韦小龙}}他会烧火煮饭，就是常常把饭烧糊。隔壁的{{han:杨翠芬}}姨看不过去，隔三岔五端一碗菜过来。
访谈者：第二家呢？
受访者：第二家是{{han:吴长江}}，十三岁，他爸在工地出事没了，他妈去了{{trap/place:东莞}}，后来嫁了人，再没回来。孩子跟着大伯{{han:吴德明}}过，在{{school:普定县第五中学初一（6）班}}。我给他报了事实无人抚养，一个月{{trap/number:一千二百八}}。{{han:吴德明}}他们家也困难，自己还有三个娃娃。
访谈者：第三家呢？
受访者：第三家{{han:龙家旺}}，九岁，爸妈离婚了，他爸在{{trap/place:昆山}}工厂，爷爷{{han:龙光荣}}带着。{{han:龙光荣}}都快八十了，耳朵背。还有一个是{{han:罗梦瑶}}，十一岁，爷爷{{han:罗大有}}残疾，她爸妈在{{trap/place:安顺}}城里做保洁，周末才回。{{han:韦小凤}}天天跟{{han:罗梦瑶}}一起上学，两个女娃娃好得像亲姐妹。
访谈者：您平时怎么跟这些孩子的爸妈联系？
受访者：建了个微信群，叫“留守娃娃之家”。{{han:韦小龙}}他爸的微信是{{wechat:weijunhua_nb}}，有时候一个星期不回消息。{{han:吴长江}}他妈的电话我有，{{mobile@hyphen}}，打通了也是说两句就挂。我自己的电话是{{mobile@fullwidth}}，微信是{{wechat:wuchunyan_pd}}，孩子们都存着。我让{{han:罗梦瑶}}每天给她妈发一条语音。她有QQ，说是跟她妈视频用的，号码她念给我我记在本子上了：{{qq:462083175}}。
访谈者：学校那边配合吗？
受访者：配合。{{han:韦小龙}}的班主任{{han:陈晓丽}}老师每天放学把兄妹俩送到路口。中学的校长{{han:黄志远}}给{{han:吴长江}}安排了住校。镇上的民政助理{{han:周文涛}}每个月来核一次台账。
访谈者：还有谁帮忙？
受访者：村支书{{han:王德华}}，村医{{han:张建华}}。去年县里派了两个社工，一个叫{{compound:夏侯思雨}}，一个是{{compound:段干子墨}}，周末在村委会开“四点半课堂”。大学生志愿者{{compound:巫马远舟}}暑假来了一个月，教孩子们打篮球。{{han:李春桃}}婶在村口开小卖部，孩子们放学饿了先去她那儿，她从来不收钱。
访谈者：儿童主任平时主要做什么？
受访者：说白了就是跑腿。每个月把这些孩子家挨个走一遍，看看吃的、穿的、住的，作业做没做，有没有生病。该报的补助报上去，该找的部门找一找。碰上孩子生病，爸妈不在，我就得带着去镇卫生院，垫钱是常有的事。我们这里山路多，下雨天路滑，骑摩托摔过好几回。一个月补贴几百块，说实话不图钱，就是看着这些娃娃心疼。
访谈者：孩子们最缺的是什么？
受访者：最缺的是陪伴。吃的穿的现在都不缺了，缺的是有人听他们说话。有的孩子一个学期跟爸妈说不上几句话，打电话也就是问考了多少分。我跟外面的家长说，少问分数，多问问孩子今天高不高兴。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:六月六}}是布依族的节，孩子们去赶场；正月里屯堡人跳{{trap/minority_word:地戏}}，孩子们看了回来跳着学。我给他们讲{{trap/famous:奢香夫人}}修驿道的故事，讲{{trap/famous:王阳明}}在{{trap/place:修文}}读书，说读书能走出大山。孩子们听完了还要我摆{{trap/word:龙门阵}}，摆到天黑才散。
访谈者：登记一下这几家的地址和号码。
受访者：头一家在{{address:化处镇水井村三组41号}}，{{han:吴长江}}他大伯家在{{address:化处镇水井村七组12号}}。哥哥的身份证{{id_number@my2015.520422}}，{{han:吴长江}}的{{id_number@my2012tri.520422}}。
访谈者：名字登记得对吗？
受访者：台账上有写错的，{{spaced:韦 小 龙}}，{{spaced:吴　长　江}}，还有{{spaced:龙家 旺}}，我回头都改了。
访谈者：爸妈们有回来的打算吗？
受访者：有几个说等攒够了钱就回来，在县城开个店。这两年县里的工业园区招工，离家近，工资低一点，也有家长回来上班了。回来一个，就少一个留守娃娃。
访谈者：您最大的心愿？
受访者：盼孩子们的爸妈多回来几趟。{{han:韦小凤}}说，她最想要的生日礼物，是妈妈在家。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=185,
          trap_floor=BRIEF_TRAP_FLOOR,
          written_with=("holdout24",))  # (written side by side with set 24)


if __name__ == "__main__":
    main()
