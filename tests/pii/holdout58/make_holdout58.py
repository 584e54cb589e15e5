# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 58 (tests/pii/holdout58/H449-H456 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 59, written at the same time by another
writer, is not an earlier set).

Set 58 is about children in distress (困境儿童) and the help they get, in eight new voices: a Tumed Mongolian father
in 石拐 (包头), a former coal miner with silicosis whose wife died of cancer, raising their two children and the son
of his brother, who is in prison; a Tibetan mother in 洛隆 (昌都) whose husband, crippled by Kashin-Beck disease, fell
digging 虫草; a Hui father in 红寺堡 (吴忠), a migrant from the 西吉 hills, raising his children and the two orphans of
his brother, killed driving grapes, while his wife is treated for depression; a Han grandmother in 永顺 (湘西) raising
three grandchildren known by word nicknames, whose father stayed in 浙江 and whose mother left; a Han primary-school
teacher in 宣恩 (恩施) who reaches the parents and guardians of her class on WeChat and QQ; a Uyghur mother in 洛浦
(和田), widowed by liver disease, raising three children with her mother-in-law; a Han civil-affairs officer in 巴东
(恩施) reading from the case files of an orphan, a prisoner's children and the children of two disabled parents; and
a Han father in 阜康 (昌吉), a coal-truck driver whose wife left. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters and after the
Tumed surnames 云 and 荣, with short forms (格日勒, 呼格) and the Han name of the same man (云海军); Kham Tibetan names
with short forms (泽仁, 永珍, 登巴), a Han surname before a Tibetan given name (王拥忠) and a Han name of a Tibetan; Hui
Han-form names beside 经名 used alone and after a Han surname (海白来里, 丁宰娜布, 杨哈姆宰); Uyghur given name +
father's name with and without the dot and short forms; Han word nicknames (毛栗, 谷雀, 竹鸡: annotated whole); Han
names with common and rare surnames, titles and kin words, names that contain words, a name written twice in a file,
names directly before particles and verbs and after 叫/是/给/跟/和/找/让, parents named after their child in a class
chat (X妈妈: the child's name is the span); spaced, dotted and split names; compound surnames after ordinary words;
and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:尚玉兰}}``, ``{{qq:1358026947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.150205}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 阿訇, 队长, 所长,
婶, 姨, 妈妈 of a child in a class chat) and a particle, pronoun or verb written directly after a name (说, 的, 家,
也, 都, 就, 还, 她, 他, 他们家, 那边) are outside the span; a word nickname (毛栗, 谷雀, 竹鸡) is annotated whole.
Han-style names of Mongolian, Tibetan, Hui and Uyghur people (云海军, 海正福, 海文博) are category han; a Han surname
before a non-Han given name (云额尔敦, 荣苏日娜, 王拥忠, 海白来里, 丁宰娜布) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout58/make_holdout58.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(58_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "153", "155", "159", "177", "180", "182", "185", "186",
                   "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H449: Tumed Mongolian father in 石拐 (包头), former miner with silicosis; wife dead, brother in prison.
DOCS["H449"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:敖其尔毕力格}}，今年四十八，身份证上的汉名是{{han:云海军}}。我们是土默特这边的蒙古人，蒙古话说不全了。以前在{{trap/place:石拐}}的小煤窑下井，干了十九年，得了尘肺，二期，现在上两层楼就喘。老婆{{minority/mongolian:孟和图雅}}前年得乳腺癌走了。家里就剩我跟两个孩子，还有我哥的儿子。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:格日勒其其格}}十四，在{{school:石拐区第一中学初二（4）班}}；儿子{{minority/mongolian:呼格吉乐图}}九岁，在{{school:石拐区蒙古族小学三年级（2）班}}。家里叫他们{{minority/mongolian:格日勒}}和{{minority/mongolian:呼格}}。小的也是个犟脾气，跟他妈一个样。
访谈者：您哥哥的孩子怎么也在您这儿？
受访者：我哥{{minority/mongolian:道尔吉仁钦}}前年喝了酒跟人打架，把人打成重伤，判了六年，在{{trap/place:呼和浩特}}服刑。嫂子{{minority/mongolian:达来图雅}}第二年就走了，听说去了{{trap/place:二连浩特}}，电话也换了。侄子{{minority/mongolian:必勒格图}}十一岁，没人管，我就领回来了。{{minority/mongolian:必勒格图}}他刚来那阵不说话，吃饭端着碗蹲在门口。
访谈者：现在家里靠什么过？
受访者：我干不了重活，给人看个门，一个月一千来块。石拐这地方以前全靠煤，小煤窑关了以后，年轻人都去了市里，沟里就剩老人和我们这样走不了的。社区给我们报了低保，我哥家这个按事实无人抚养，一个月{{trap/number:一千五百四}}。社区书记{{minority/mongolian:云额尔敦}}跑了好几趟{{trap/org:区民政局}}，他说，娃娃的爹坐牢，娃娃不能跟着受罪。儿童主任{{minority/mongolian:荣苏日娜}}每个月来一回，{{minority/mongolian:荣苏日娜}}她给孩子们量身高、看作业，还带来过两箱牛奶。
访谈者：您的病谁在管？
受访者：区医院的{{minority/mongolian:额尔德尼巴图}}大夫，每季度给我拍一次片子，让我别再进烟尘大的地方。{{trap/org:区残联}}的{{han:王润生}}帮我办了残疾证。以前矿上几个工友跟我一起打过官司，要了一笔赔偿，钱早给老婆看病花光了。
访谈者：孩子们在学校怎么样？
受访者：闺女学习好，班主任{{han:张秀琴}}老师说她能考上{{trap/place:包头}}的好高中。她不爱说话，{{han:张秀琴}}老师就让她当了语文课代表。家里墙上贴的都是她的{{trap/word:荣誉}}证书。{{minority/mongolian:呼格}}的蒙语老师{{minority/mongolian:伊德日吉雅}}教他拉{{trap/minority_word:马头琴}}，说这孩子手指头长。侄子在镇上的小学念五年级，他们班{{han:李卫兵}}老师每天放学留他半个钟头补数学。
访谈者：还有谁帮过你们？
受访者：邻居{{minority/mongolian:满都拉呼}}一家，冬天给我们拉过两车煤。对门的{{han:郭二虎}}是汉人，开三轮卖菜，{{han:郭二虎}}他们家的菜便宜卖给我们。区里社工站来过两个人，姑娘叫{{compound:巫马欣悦}}，跟她一起的是{{compound:段干振华}}，每周六给孩子们上课。{{compound:巫马欣悦}}还帮闺女找了个助学的基金会。
访谈者：侄子现在跟您亲吗？
受访者：亲多了。头一年他老往外跑，说要去找他妈，我骑着电动车满沟里找。后来我不拦他了，陪他坐在坡上等，等到天黑他自己说回吧。现在他跟闺女儿子一起写作业，谁也不欺负谁。去年冬天我咳得厉害，半夜是他爬起来给我倒的水。我跟他说，等你爸出来了，你还是你爸的儿子，他说他两个爸都要。
访谈者：过年过节呢？
受访者：正月过{{trap/minority_word:白节}}，给孩子们煮{{trap/minority_word:手把肉}}，带他们去{{trap/place:五当召}}转一圈。清明去给孩子他妈上坟。夏天社区办{{trap/minority_word:那达慕}}，儿子跑步拿过第二。我给孩子们讲{{trap/famous:嘎达梅林}}，讲着讲着我自己先哭了。
访谈者：登记表要填地址和号码。
受访者：家在{{address:石拐区五当召镇阿吉奈村二组17号}}，以前在矿上住的是{{address:石拐区大发街道矿工新村4排9号}}。我的身份证{{id_number@my1977.150205}}，侄子的{{id_number@my2013spaced.150205}}。我电话{{mobile@h38}}，闺女用的是我的旧手机。{{minority/mongolian:荣苏日娜}}的微信{{wechat:surina_shiguai}}。闺女有个QQ，说是跟同学对作业的，她写在日历背面：{{qq:2073619458}}。
访谈者：表上的名字写得对吗？
受访者：老是写错。低保表上我成了{{spaced:敖其尔 毕力格}}，闺女是{{spaced:格 日 勒 其 其 格}}，儿子写成{{spaced:呼　格　吉　乐　图}}。侄子的学籍上是{{spaced:必勒 格图}}。
访谈者：您最担心的是什么？
受访者：我这个病，说不上哪天就不行了。有事我就找{{minority/mongolian:云额尔敦}}。我跟他说过，我要是走了，三个孩子托给社区。他说你别胡说，好好吃药。我就盼{{minority/mongolian:格日勒}}考上大学，带着弟弟们出去。
""")

# H450: Tibetan mother in 洛隆 (昌都); her husband, crippled by Kashin-Beck disease, fell digging 虫草.
DOCS["H450"] = ("family", """\
访谈者：阿佳，您先说说家里的情况。
受访者：我叫{{minority/tibetan:斯朗卓嘎}}，三十八岁，家在{{trap/place:洛隆县}}孜托镇下面的一个村子。男人{{minority/tibetan:四郎泽仁}}有大骨节病，年轻时还能干活，前年挖{{trap/minority_word:虫草}}从山坡上滚下来，腰也伤了，现在起床都要人扶。他有个汉名叫{{han:邓国富}}，是在{{trap/place:八宿}}修路时包工头给起的，工钱单上写的就是这个名字。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/tibetan:格桑曲珍}}十四，在{{school:洛隆县中学初二（2）班}}住校；儿子{{minority/tibetan:罗松}}十岁，在{{school:孜托镇完全小学四年级（3）班}}；小女儿{{minority/tibetan:次仁永珍}}六岁，在村里的幼儿园，我们都叫她{{minority/tibetan:永珍}}。婆婆{{minority/tibetan:益西曲珍}}七十三了，眼睛不好，白天看着小的。
访谈者：家里的收入靠什么？
受访者：靠我。春天挖虫草，夏天捡菌子，冬天在镇上的茶馆帮工，一天一百块。{{minority/tibetan:泽仁}}他心里急，老说自己是个废人。村主任{{minority/tibetan:登巴次仁}}给我们报了低保，{{minority/tibetan:登巴}}说，家里有病人、有娃娃，低保不能断。儿童主任{{minority/tibetan:白玛拉宗}}把三个孩子都登记成困境儿童，每个月每人{{trap/number:一千零八十}}。
访谈者：挖虫草的时候孩子们怎么办？
受访者：五月到六月，学校放虫草假，大的两个跟我上山，小的留给婆婆。山上冷，晚上住帐篷，孩子们趴在地上一寸一寸地找。去年挖了一百多根，卖了八千多块，交了孩子的生活费，还了一点账。我不想让大女儿再上山了，她眼睛好，找得快，可她是要念书的人。
访谈者：您自己身体怎么样？
受访者：我们这边水不好，好多人都有大骨节病，我的手指头也开始粗了。乡里现在打了新井，喝上了自来水，医生说孩子们这一代就不会得了。我最怕的是自己倒下，家里就没人了。
访谈者：看病方便吗？
受访者：{{trap/org:乡卫生院}}的{{minority/tibetan:嘎玛次旦}}大夫一个月来村里一次。县医院有个援藏的医生叫{{compound:公孙哲远}}，是从{{trap/place:天津}}来的，他给{{minority/tibetan:泽仁}}看过腰，说要去{{trap/place:昌都}}做手术，手术费{{trap/org:县民政局}}给报了一大半。{{trap/org:县残联}}给他送了一辆轮椅。
访谈者：孩子们学习怎么样？
受访者：{{minority/tibetan:格桑曲珍}}的班主任是{{minority/tibetan:强巴次仁}}老师，他打电话说姑娘考了全班第三。还有个四川来的{{han:刘晓蓉}}老师教她们汉语，{{han:刘晓蓉}}老师说姑娘作文写她阿爸，全班都哭了。村小的{{han:王雪梅}}老师每个礼拜给儿子补汉语，她说儿子读课文像唱歌。冬天雪大，路封了，住校的孩子要在学校待一个多月，过年才能回来。{{minority/tibetan:罗松}}就是贪玩，放学跟邻居家的儿子去河边。学校的校长{{minority/tibetan:王拥忠}}管得严，儿子也就收心了。
访谈者：亲戚们能帮上忙吗？
受访者：我弟弟{{minority/tibetan:贡嘎旺堆}}在{{trap/place:拉萨}}开货车，一年寄两三回钱。我妹妹嫁到{{trap/place:边坝}}，自己也有四个孩子。邻居家有拖拉机，地里的青稞是他帮着收的。驻村工作队的队长{{han:陈建明}}是汉族，他给孩子们买了冬天的棉鞋。
访谈者：社工来过吗？
受访者：来过。县里的社工{{compound:拓跋雨桐}}，一个小姑娘，会说一点藏话，她带着孩子们画画、跳{{trap/minority_word:锅庄}}。{{compound:拓跋雨桐}}说下回带个心理老师来，给大女儿聊聊，姑娘心事重。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:藏历年}}的时候，婆婆炸{{trap/minority_word:卡赛}}，孩子们换上新藏装。晚上婆婆讲{{trap/famous:格萨尔王}}的故事，小女儿听着听着就睡了。去年过年，{{han:陈建明}}队长带着工作队送来一袋面、一桶清油。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:洛隆县孜托镇达龙村二组14号}}，冬天我在镇上打工租的房子是{{address:孜托镇团结路安居小区3栋2单元201室}}。我的身份证{{id_number@wy1987spaced.540329}}，大女儿的{{id_number@wy2011hyphen.540329}}。我电话{{mobile@s434}}，{{minority/tibetan:白玛拉宗}}的电话{{mobile@plus86}}，她的微信{{wechat:baimalazong_0829}}。大女儿有QQ，说学校要用，她把号码写在我的本子上，我念给你：{{qq:1563082947}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。我在户口本上是{{minority/tibetan:斯朗卓嘎}}，低保表上成了{{spaced:斯 朗 卓 嘎}}，男人写成{{spaced:四郎 泽仁}}，大女儿在学校表上是{{spaced:格　桑　曲　珍}}。
访谈者：您最盼着什么？
受访者：盼男人的腰能好一点，盼{{minority/tibetan:格桑曲珍}}能去{{trap/place:成都}}读内地班。我没念过书，不能让孩子们也这样。
""")

# H451: Hui father in 红寺堡 (吴忠), a migrant from 西吉; his brother's orphans; his wife treated for depression.
DOCS["H451"] = ("family", """\
访谈者：海大哥，先说说家里几口人吧。
受访者：六口。我叫{{han:海正福}}，经名{{minority/hui:舒阿依布}}，四十四岁。我们是{{trap/number:二〇〇五年}}从{{trap/place:西吉}}山里搬到{{trap/place:红寺堡}}的生态移民。老婆{{minority/hui:丁宰娜布}}前年得了抑郁症，回{{trap/place:海原}}娘家养病了，一年回来两三趟。家里有我们的两个娃娃，还有我兄弟的两个娃娃。
访谈者：您兄弟家怎么了？
受访者：兄弟{{han:海正禄}}开车给酒庄拉葡萄，前年秋天在{{trap/place:罗山}}下面那段路上翻了车，人没了。弟媳{{han:马彩霞}}改嫁到{{trap/place:吴忠}}城里，娃娃们留给了我。大的是侄子，经名{{minority/hui:米克代德}}，十二岁，上学用的名字是{{han:海俊杰}}；小的侄女{{minority/hui:赛依岱}}八岁。
访谈者：您自己的孩子呢？
受访者：儿子{{minority/hui:海白来里}}十三，学名{{han:海文博}}，在{{school:红寺堡区第二中学初一（5）班}}；女儿{{minority/hui:哈蒂彻}}十岁，跟侄女一个学校，在{{school:红寺堡镇弘德小学四年级（2）班}}。{{minority/hui:哈蒂彻}}她懂事，放学先给妹妹洗脸。
访谈者：现在谁在帮你们？
受访者：村支书{{han:者建平}}给我们家报了低保，侄子侄女报的孤儿基本生活费，一个人一个月{{trap/number:一千三百五}}。儿童主任{{han:纳秀兰}}每礼拜来一趟，{{han:纳秀兰}}她把娃娃们的衣服鞋子尺寸都记在本子上，换季就送来。她经名叫{{minority/hui:萨阿黛}}，村里老人都这么喊她。镇上民政的{{han:虎德林}}帮我们把手续跑完了，没让我去一趟{{trap/org:民政局}}。
访谈者：清真寺那边呢？
受访者：寺里的{{han:锁进宝}}阿訇，经名{{minority/hui:麦斯欧德}}，每年{{trap/minority_word:开斋节}}把{{trap/minority_word:天课}}分一份给我们。{{minority/hui:麦斯欧德}}阿訇说，养孤儿是大善功，谁家有难处，他{{trap/word:马上}}就到。{{trap/minority_word:古尔邦节}}宰了牛，乡老们也先给我们送肉。邻居{{minority/hui:者赛尔德}}家媳妇炸{{trap/minority_word:油香}}，总给娃娃们多拿几个。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:米克代德}}他爸走了以后爱打架，老师把我叫去了三回。班主任{{han:拜玉珍}}老师没骂他，让他管班里的图书角，慢慢好了。儿子的数学老师{{han:冶宏伟}}说儿子脑子快，就是字写得丑。学校来了个支教的研究生叫{{compound:夏侯佳琪}}，给娃娃们上音乐课，还有一个心理老师是{{compound:东郭俊辉}}，专门给{{minority/hui:米克代德}}做了几次辅导。
访谈者：您平时干什么活？
受访者：在酒庄的葡萄园里打零工，剪枝、埋藤，一天一百二。冬天没活，就去{{trap/place:银川}}工地上搬砖。老婆那边，我一个月寄五百给她看病，她娘家表哥{{minority/hui:杨哈姆宰}}带她去医院开药。她病重的时候不吃不睡，坐在炕上一句话不说，娃娃们吓得不敢进屋。医生说这病能治，就是要按时吃药，不能断。她好一些的时候跟娃娃们视频，{{minority/hui:赛依岱}}也喊她妈妈。
访谈者：搬下来以后日子比山里好吗？
受访者：好多了。山里吃水要到沟里去挑，一担水来回一个钟头；搬下来有了自来水，有了砖房，娃娃们上学走十分钟就到。就是地少，一家分了四亩水浇地，种玉米、种枸杞，够吃不够花。村里好多男人都出去打工，留下老人娃娃，跟我们家差不多。前两年村里修了个儿童之家，放了学娃娃们在那里写作业、下棋，有大学生志愿者看着，我心里踏实些。
访谈者：过日子最难的是什么？
受访者：娃娃们一个比一个能吃，四个人一顿要吃一锅。最怕是开学，书本费、校服费一起来。村里的{{han:马进喜}}开了个小超市，我赊账他从来不催。我的老母亲还在西吉老家，八十了，不愿意搬下来，说那里有{{trap/org:清真寺}}、有老坟。
访谈者：登记表要填地址和号码。
受访者：家在{{address:红寺堡区红寺堡镇弘德村六组23号}}，老婆娘家在{{address:海原县关桥乡脱烈村三组8号}}。我身份证{{id_number@my1981hyphen.640303}}，侄子的{{id_number@my2012.640303}}。我电话{{mobile@spaced}}，{{han:纳秀兰}}的电话{{mobile@plus86dash}}，她的微信{{wechat:naxiulan_hsb}}。儿子有个QQ，他说跟支教老师问作业用，号码是——他写在门后头了——{{qq:836402751}}。
访谈者：表上的名字对不对？
受访者：不对的多。有的表上是{{spaced:海　正　福}}，侄子写成{{spaced:米 克 代 德}}，侄女是{{spaced:赛依 岱}}，老婆写成{{spaced:丁 宰娜布}}。
访谈者：您最盼着什么？
受访者：老人们说我们海家祖上出过{{trap/famous:海瑞}}，是个清官。我不求娃娃们当官，只求他们念书、走正道，把{{trap/place:西吉}}山里那股穷气甩掉。
""")

# H452: Han grandmother in 永顺 (湘西) raising three grandchildren with word nicknames.
DOCS["H452"] = ("family", """\
访谈者：奶奶，您身体还硬朗吧？我们慢慢说。
受访者：硬朗啥哟，腰杆弯了。我叫{{han:尚玉兰}}，七十一了，住在{{trap/place:永顺县}}的山上，离{{trap/place:芙蓉镇}}还有三十里。老头子前年走的。儿子{{han:彭德旺}}在{{trap/place:浙江}}鞋厂做工，在那边又成了家，一年到头没几个电话。儿媳妇{{han:田小凤}}生了老三就走了，再没回来过。三个孙伢儿都在我这里。
访谈者：孩子们叫什么？
受访者：大的叫{{han:彭思源}}，小名{{han:毛栗}}，十二岁，头发硬扎扎的，像板栗外头那层壳。老二是妹伢儿，{{han:彭思琪}}，我们喊她{{han:谷雀}}，一天到晚叽叽喳喳。老三{{han:彭思哲}}六岁，小名{{han:竹鸡}}，跑起来一蹿一蹿的。{{han:毛栗}}在{{school:永顺县第二中学初一（3）班}}住读，{{han:谷雀}}在{{school:芙蓉镇中心完小三年级（1）班}}，{{han:竹鸡}}上幼儿园。
访谈者：儿子不寄钱回来吗？
受访者：寄过两回，后来就没了。他说那边也难，他说的话我晓得，嘴巴比手勤快。村里的儿童主任{{han:向翠英}}说，这三个伢儿算事实无人抚养，帮我报了，一个伢儿一个月{{trap/number:一千一百二}}。{{han:向翠英}}也是个苦命人，男人在煤窑里没了，她一个人拉扯两个女儿。
访谈者：还有谁帮过您？
受访者：村支书{{han:瞿长庚}}，他给我家修了厕所，换了瓦。{{han:瞿长庚}}他们家就在坡下面，{{han:竹鸡}}饿了就往他家跑。家里有啥急事，我就让{{han:毛栗}}去找{{han:向翠英}}。镇上民政办的{{han:张春林}}来核过两回，拿手机给我们拍照，说要存档。镇卫生院的{{han:鲁长寿}}大夫给我量血压，{{han:鲁长寿}}说我的药不能断。隔壁的{{han:符满秀}}婶有空就来帮我锄草，{{han:符满秀}}都七十了，比我还硬朗。
访谈者：孩子们在学校怎么样？
受访者：{{han:毛栗}}也争气，考了全年级十几名。班主任{{han:王素珍}}老师打电话来，说他上课老打瞌睡，问是不是家里活多。我说是的，放假回来要砍柴、喂猪。{{han:王素珍}}老师就给他申请了住读补助。{{han:谷雀}}的老师是{{han:熊家旺}}，男老师，{{han:熊家旺}}那边管得松，伢儿们都喜欢他。
访谈者：您一个人带三个，一天怎么过？
受访者：天不亮就起来，先烧火煮饭，把老大送到路口等班车，再送老二去学校。回来喂猪、挖地、在{{trap/word:田坎}}上打猪草，下午又去接。晚上三个伢儿挤在火坑边写作业，我就在旁边补衣服。山里路陡，落雨天我怕他们滑，就用背篓背小的。去年我摔了一跤，手腕肿了半个月，是老大做的饭。伢儿们懂事，可我心疼，他们这个年纪，本该在爹妈跟前撒娇的。
访谈者：镇上、县里来人看过吗？
受访者：来过。县里派了个驻村的年轻干部，叫{{compound:慕容俊熙}}，跟他一起来的是社工{{compound:钟离雅楠}}，教伢儿们写毛笔字。他还给妹伢儿买了一双胶鞋。
访谈者：家里平常吃什么？
受访者：自己种红薯、洋芋，养两头猪，过年杀一头熏腊肉。{{han:竹鸡}}也懂事，晓得给灶里添柴。去年冬天下凝冻，水管冻裂了，是村支书带着人来换的。
访谈者：过节怎么过？
受访者：正月里村里跳{{trap/minority_word:摆手舞}}，我带伢儿们去看。我们是汉人，寨子里土家人多，腊月也跟着过{{trap/minority_word:赶年}}，比汉人的年早一天。我给他们讲{{trap/famous:向王天子}}的故事，妹伢儿听了问我，向王是不是{{han:向翠英}}主任家的老祖宗。
访谈者：您最操心什么？
受访者：操心我哪天闭了眼，伢儿们咋办。{{han:田小凤}}那边一点音信都没有，她娘家兄弟{{han:田贵林}}说她在{{trap/place:广东}}，也不晓得真假。我就跟伢儿们说，{{trap/word:向来}}靠人不如靠自己，书要读好。
访谈者：登记表要写地址和号码。
受访者：家在{{address:永顺县芙蓉镇小溪村五组11号}}，他爸在浙江租的房子我也不晓得在哪里。我身份证{{id_number@wy1954.433127}}，老三的{{id_number@my2019.433127}}。我的电话{{mobile@s38}}，{{han:向翠英}}的{{mobile@hyphen}}。{{han:毛栗}}拿他爸寄回的旧手机上了个QQ，号码他写在我的挂历上：{{qq:1358026947}}。他爸的微信{{wechat:pengdewang_wl}}。
访谈者：名字写得对吗？
受访者：我不认字，是儿童主任帮我看的。她说表上有个{{spaced:彭 思 源}}，有个{{spaced:彭　思　琪}}，还把我写成了{{spaced:尚玉 兰}}。
访谈者：最后您还想说什么？
受访者：只要我还动得，就把伢儿们带大。等{{han:毛栗}}读出来了，我就是闭眼也放心了。
""")

# H453: Han primary-school teacher in 宣恩 (恩施) who reaches parents and guardians on WeChat and QQ.
DOCS["H453"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:刘丽萍}}，在{{trap/place:宣恩县}}椒园镇教了十五年书，现在是{{school:椒园镇中心小学四年级（2）班}}的班主任。班上四十二个伢儿，有九个是困境儿童或者留守儿童。跟家长联系，基本靠微信和QQ。
访谈者：能举几个例子吗？
受访者：一个是{{han:冉梓轩}}，爸爸{{han:冉光辉}}在{{trap/place:福建}}工地摔断了腿，回来在家躺着，妈妈在镇上超市做事。家长群里他妈妈的名字就叫“{{han:冉梓轩}}妈妈”，微信号是{{wechat:ranmama_0316}}。{{han:冉光辉}}他自己也加了我，经常半夜问孩子作业。
访谈者：第二个呢？
受访者：{{han:姚雨涵}}，爸妈前后得病走了，跟外婆{{han:谢桂芝}}过。外婆不会用手机，我就加了她舅舅{{han:谢长松}}的QQ，号码是{{qq:2940571836}}。{{han:谢长松}}在{{trap/place:恩施}}城里跑车，有事我在QQ上留言，他收了车就回。{{han:姚雨涵}}放学先去隔壁{{han:杨桂香}}姨家写作业，人家管她一顿晚饭。{{han:姚雨涵}}她哥哥{{han:姚宇轩}}在{{school:宣恩县第三中学初二（1）班}}，周末回来照看妹妹。
访谈者：第三个？
受访者：{{han:龙浩宇}}，爸爸在坐牢，妈妈{{han:覃春艳}}一个人在{{trap/place:广州}}打工，孩子跟爷爷{{han:龙德海}}。{{han:覃春艳}}每个礼拜五晚上在QQ上跟我视频，她的QQ号{{qq:3175208469}}，她说微信怕被老家的人看到。{{han:龙浩宇}}自己也有QQ，说要跟他妈视频，号码我记在花名册背面，过了好几行才写上：{{qq:１９０４６２７３５}}。
访谈者：第四个？
受访者：{{han:谭静怡}}，妈妈{{han:田秀娥}}有精神残疾，爸爸{{han:谭远山}}在镇上给人砌墙。他说话实在，他说：“老师，我没文化，伢儿就拜托你了。”他的微信名字就叫“{{han:谭静怡}}爸爸”，号是{{wechat:tanyuanshan1979}}。
访谈者：第五个？
受访者：{{han:杨子墨}}，爸妈都在{{trap/place:浙江}}打工，跟奶奶{{han:李彩兰}}过。奶奶耳朵背，打电话听不清，我就在微信上跟他妈妈{{han:骆小娟}}说，她的微信{{wechat:luoxiaojuan_88}}。{{han:骆小娟}}也想回来，可厂里一年只放一回假。
访谈者：家长们在微信上都跟您说些什么？
受访者：什么都说。有的问伢儿今天吃饭没有，有的发个红包让我给伢儿买本子，我都退回去。有的爸爸喝了酒半夜发长语音，说对不起伢儿，说着说着就哭了。我第二天早上听完，回一句：伢儿好着呢，您放心。也有家长一学期都不回一个字，我就每个礼拜拍一张伢儿上课的照片发过去，发了一年，去年过年她终于回了一句谢谢老师。
访谈者：学校里还有谁管这些孩子？
受访者：心理老师{{compound:南宫雨薇}}每周给他们上一节团体课。县里的社工{{compound:司徒静雯}}建了个QQ群，把留守伢儿的家长都拉进来了。还有个支教的大学生叫{{compound:闻人雅琴}}，晚上在学校陪住校的伢儿写作业。校长{{han:陈建坤}}说，这几个伢儿的午饭学校全包。{{han:陈建坤}}也常跟我一起去家访，山路远，我们骑摩托去，一去就是一整天。
访谈者：用微信、QQ联系，有什么难处？
受访者：有的家长换号不说，一下就断了。有的爷爷奶奶只有老人机，我就把要紧的事写在纸条上，让伢儿带回去。我也怕发错群，从来不在大群里说谁家的事，都是私聊。每个学期我都跟伢儿们讲，遇到事情可以打{{trap/number:12355}}。
访谈者：学校里有什么活动？
受访者：我们这边土家、侗家、苗家都有，插秧时唱{{trap/minority_word:薅草锣鼓}}，学校也教。我给他们讲{{trap/famous:孔融}}让梨，{{han:龙浩宇}}举手说他让过，把鸡腿让给了爷爷。
访谈者：家庭信息您都登记了吧？
受访者：登记了。{{han:龙德海}}家在{{address:宣恩县椒园镇水田坝村四组9号}}，{{han:谢桂芝}}家在{{address:宣恩县珠山镇贡水小区5栋1单元402室}}。{{han:姚雨涵}}的身份证{{id_number@wy2015.422825}}，{{han:龙德海}}的{{id_number@moldspaced.422825}}。{{han:谢长松}}的电话{{mobile@plus86spaced}}，奶奶的老人机{{mobile@fullwidth}}。
访谈者：表上的名字有错的吗？
受访者：有。系统里有{{spaced:冉 梓 轩}}，有{{spaced:谭　静　怡}}，还有把{{han:姚雨涵}}写成{{spaced:姚雨 涵}}的。心理老师签名签成{{spaced:南 宫 雨 薇}}，学生们还以为是四个人。
访谈者：您最想说的是什么？
受访者：伢儿们不缺手机，缺的是有人跟他们说话。我能做的就是回消息快一点，让他们晓得老师一直在。
""")

# H454: Uyghur mother in 洛浦 (和田), widowed by liver disease, raising three children with her mother-in-law.
DOCS["H454"] = ("family", """\
访谈者：大姐，您先介绍一下自己吧。
受访者：我叫{{minority/uyghur:图尔贡阿依·买提库尔班}}，三十九岁，家在{{trap/place:洛浦县}}的一个村子里，离{{trap/place:和田}}市三十公里。丈夫{{minority/uyghur:艾散江·吐尔洪}}去年得肝病走了，住院住了八个月，在{{trap/place:乌鲁木齐}}也看过。我带着三个孩子和婆婆过。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:约麦尔江·艾散江}}十三，在{{school:洛浦县第二中学初一（4）班}}；女儿{{minority/uyghur:布麦尔耶姆·艾散江}}十岁，在镇上的小学念四年级；小儿子{{minority/uyghur:阿卜杜喀迪尔艾散江}}六岁，在村里的幼儿园。家里叫大儿子{{minority/uyghur:约麦尔江}}，叫女儿{{minority/uyghur:布麦尔耶姆}}。
访谈者：婆婆身体怎么样？
受访者：婆婆{{minority/uyghur:阿瓦汗·麦提尼亚孜}}七十岁，腿不好，能做饭、看小的。{{minority/uyghur:艾散江}}走了以后，她天天坐在葡萄架下哭，后来慢慢好了。
访谈者：家里靠什么生活？
受访者：家里有五亩地，种核桃和小麦。我在村里的卫星工厂缝衣服，一个月一千八。村里给我们报了低保，三个孩子按困境儿童，每月每人{{trap/number:六百五}}。村支书{{minority/uyghur:吐逊托合提·肉孜}}帮着跑的手续，儿童主任{{minority/uyghur:热比古丽·阿卜拉}}每个星期来看孩子。驻村工作队的{{han:刘学军}}队长给我们家修了院墙，{{han:刘学军}}他们还帮婆婆申请了高龄补贴。
访谈者：丈夫生病那段时间怎么过来的？
受访者：那八个月我一半时间在医院。孩子们交给婆婆，大儿子每天放学回来喂羊、烧水。住院的钱，新农合报了一大半，剩下的借了亲戚四万多，现在每个月还一点。村里还帮着申请了临时救助，给了五千块。丈夫最后那几天说，别让孩子们退学，我答应他了。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:约麦尔江}}他爸走了以后不想上学，说要去打工养家。班主任{{minority/uyghur:阿迪拉·尼亚孜}}老师来家里三回，还有援疆的{{han:郜丽华}}老师，{{han:郜丽华}}她给儿子补数学，说这孩子能考上高中。{{minority/uyghur:布麦尔耶姆}}爱跳舞，{{trap/minority_word:麦西来甫}}上一响起手鼓，她就站起来转。
访谈者：还有谁帮过你们？
受访者：{{trap/org:乡卫生院}}的{{minority/uyghur:米尔扎提·阿布力孜}}大夫每个月给婆婆量血压。邻居{{minority/uyghur:库尔班尼沙}}打{{trap/minority_word:馕}}总多打几个给我们，邻居家的姑娘教女儿绣花帽。丈夫的哥哥{{minority/uyghur:阿布都外力·吐尔洪}}在{{trap/place:墨玉}}跑运输，过节给孩子们买新衣服。县里的社工{{compound:淳于婉清}}和工作队的{{compound:澹台雪松}}一起来过，给孩子们做了心理辅导。
访谈者：孩子们上学远吗？
受访者：不远，村里有校车，早上八点半在村口接。冬天冷，我给他们每人缝了一件棉坎肩。大儿子在县城住校，一个礼拜回来一次，每次回来先去他爸坟上坐一会儿，再回家吃饭。援疆的{{han:牟晓峰}}大夫在县医院，给小儿子看过肺炎，没收我们挂号费，临走还留了电话，说孩子再咳嗽就去找他。{{han:牟晓峰}}说话慢，孩子们都不怕他。
访谈者：您娘家呢？
受访者：我父亲{{minority/uyghur:买提库尔班·沙吾提}}在{{trap/place:策勒}}，七十多了。{{trap/minority_word:肉孜节}}我带孩子们回去，父亲给外孙们讲{{trap/famous:麻赫穆德·喀什噶里}}写书的故事，说要好好念书。我穿的还是结婚时那件{{trap/minority_word:艾德莱斯}}裙子。
访谈者：一个人带孩子，最难的是什么？
受访者：最难的是晚上。孩子们睡了，我一个人坐着，想他爸。夏天{{trap/place:玉龙喀什河}}发大水，我不让孩子们去河边。有时候钱不够，就先赊着卫星工厂的工钱。
访谈者：登记表要写地址和号码。
受访者：家在{{address:洛浦县拜什托格拉克乡阿热勒村4组12号}}。我的身份证{{id_number@wy1986fw.653224}}。我电话{{mobile@s74}}，支书的电话{{mobile@p86h}}。儿童主任的微信{{wechat:rabigul_arel}}。大儿子有QQ，说老师布置作业用，号码他写在作业本封皮上：{{qq:2659173048}}。
访谈者：表上的名字写得对吗？
受访者：户口本上有点，低保卡上没有点，成了{{minority/uyghur:图尔贡阿依买提库尔班}}。学校的表上女儿是{{spaced:布 麦 尔 耶 姆}}，大儿子是{{spaced:约麦尔江 艾散江}}，我成了{{spaced:图尔贡阿依 · 买提库尔班}}，婆婆是{{spaced:阿 瓦 汗 · 麦 提 尼 亚 孜}}。
访谈者：您最大的心愿呢？
受访者：孩子们都念完书。{{minority/uyghur:约麦尔江}}说要当医生，给像他爸那样的人看病。
""")

# H455: Han civil-affairs officer in 巴东 (恩施) reading from three case files.
DOCS["H455"] = ("staff", """\
访谈者：您今天带的是哪几份档案？
受访者：三份，都是今年复核的困境儿童。我叫{{han:谌家林}}，在{{trap/place:巴东县}}{{trap/org:民政局}}儿童福利股。我照着档案念，你记。
访谈者：好。
受访者：第一份，孤儿，{{han:谭欣妍}}，女，十二岁，身份证{{id_number@wy2013.422823}}。她爸{{han:谭远志}}、她妈{{han:黄金翠}}前年夏天在{{trap/place:野三关镇}}的山上遇到滑坡，两个人都没了。监护人是叔叔{{han:谭远林}}，身份证{{id_number@mmidspaced.422823}}，住址{{address:巴东县野三关镇石桥坪村七组21号}}。档案首页孩子的名字打成了“{{han:谭欣妍}}{{han:谭欣妍}}”，录入的人多敲了一遍，我们改过来了。孩子在{{school:野三关镇民族中学初一（2）班}}，每月孤儿基本生活费{{trap/number:一千六百元}}。她的班主任{{han:王晓芹}}说孩子成绩还行，就是不爱说话，下课一个人坐在座位上画画。
访谈者：叔叔家对她好吗？
受访者：好。{{han:谭远林}}说，侄女就是他闺女。他自己有两个儿子，家里挤，镇上给他家加盖了一间房。村里的儿童主任{{han:万春燕}}也常去看，{{han:万春燕}}说孩子晚上还做噩梦，我们就请了县里的心理咨询师{{compound:呼延晓东}}去了两趟。
访谈者：第二份？
受访者：第二份，父亲服刑。父亲{{han:邓国彪}}，贩毒，判了十二年，在{{trap/place:沙洋}}服刑。母亲是{{compound:上官玉梅}}，她有癫痫，干不了重活。两个孩子，{{han:邓子涵}}十岁，在{{school:信陵镇第二小学四年级（3）班}}；{{han:邓子睿}}七岁，在同一个学校读一年级。家在{{address:巴东县信陵镇楠木园小区6栋3单元502室}}。申请表上母亲的名字写成了{{spaced:上 官 玉 梅}}，我们让她重新签了字。检察院管未成年人的检察官叫{{compound:令狐嘉怡}}，每半年回访一次。法律援助的律师是{{compound:端木宏图}}，帮母亲办了低保复议。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。{{han:邓子涵}}他不愿意提，班主任{{han:覃玉婷}}老师说他作文从来不写爸爸。她跟我们商量过，开家长会的时候让我们的社工陪着母亲去。
访谈者：第三份？
受访者：第三份，父母重残。父亲{{han:向德厚}}，一级肢体残疾，是在{{trap/place:宜昌}}的工地上摔的；母亲{{han:黄春兰}}，二级智力残疾。儿子{{han:向天佑}}十四，女儿{{han:向天琪}}九岁。家在{{address:巴东县溪丘湾乡茶店子村三组6号}}。父亲的身份证{{id_number@mmid.422823}}，儿子的{{id_number@my2011x.422823}}，末位是X。{{trap/org:县残联}}给父亲办了护理补贴，{{han:黄春兰}}她自己不会做饭，都是{{han:向天佑}}做。孩子每天天不亮起来给爸妈做饭，再走一个钟头山路去上学，学校知道了，给他申请了住校，周末回家。他们家原来的房子是土坯的，下雨就漏，今年危房改造盖了两间砖房，孩子们有了自己的屋子。表上父亲被写成{{spaced:向　德　厚}}，女儿写成{{spaced:向 天 琪}}。
访谈者：复核一般要看些什么？
受访者：看监护人在不在、有没有能力，看孩子上学、吃饭、住得怎么样，看补贴是不是按月到了孩子手上。我们每家都要拍照，看灶台、看床铺、看孩子的书包。有的监护人把孩子的钱挪去还账，我们发现了就谈话，谈不通就换监护人。十岁以上的孩子，我们单独跟孩子聊，不让大人在场。去年有一个孩子跟我说，她宁愿住校也不想回家，我们就跟学校商量，让她周末也能留在学校，老师陪着。
访谈者：这些档案平时谁在管？
受访者：我和同事{{compound:皇甫丽君}}分片包。她管南边几个乡，我管北边。镇民政办的{{han:李志坚}}负责入户，每个季度去一次。孩子们的户口是派出所的{{han:庹光明}}所长帮着补办的，他为这事跑了三趟乡里。{{trap/org:县妇联}}每年六一给这几个孩子送书包。{{trap/word:万一}}有变化，村里马上报上来。
访谈者：联系方式也在档案里吗？
受访者：在。{{han:万春燕}}的电话{{mobile@p86n}}。我的工作微信{{wechat:chenjialin_bdmz}}，孩子家长有事可以直接找我。热线是{{trap/number:12345}}。
访谈者：您做这行多少年了？
受访者：九年。我们巴东山多路远，沿{{trap/place:长江}}、{{trap/place:神农溪}}的村子要坐船去。老人们爱讲{{trap/famous:寇准}}在这里当县令的事，说当官就要替百姓办事。我们做的都是小事，把每个孩子的钱按月发到，把档案上的名字一个字一个字核对清楚，{{spaced:谭 欣 妍}}这种错，一个都不能留。
""")

# H456: Han father in 阜康 (昌吉), a coal-truck driver whose wife left.
DOCS["H456"] = ("family", """\
访谈者：您先说说家里的情况。
受访者：我叫{{han:晁永胜}}，四十一，老家{{trap/place:甘肃}}{{trap/place:武威}}，来{{trap/place:阜康}}十五年了，在{{trap/place:准东}}拉煤，开大车。老婆{{han:祁海燕}}三年前走了，跟一个做生意的去了{{trap/place:乌鲁木齐}}，后来听说回了{{trap/place:四川}}，手机号也停了。离婚是法院缺席判的。两个孩子跟着我。
访谈者：孩子们多大？
受访者：女儿{{han:晁雨萱}}十三，在{{school:阜康市第二中学初一（6）班}}；儿子{{han:晁天明}}八岁，在家门口的小学读二年级。{{han:晁天明}}他妈走的时候才五岁，现在连他妈长啥样都记不清了。
访谈者：您出车的时候孩子谁管？
受访者：我妈{{han:俞秀英}}从武威过来帮我带，她六十七了，有糖尿病。我一趟车跑两天，晚上就在车里睡。拉煤的搭档是维吾尔族，叫{{minority/uyghur:塔伊尔江}}，{{minority/uyghur:塔伊尔江}}他家也在阜康，他老婆常给我妈送{{trap/minority_word:抓饭}}。
访谈者：孩子们的妈妈还联系吗？
受访者：不联系。女儿过生日，我偷偷用她妈的名字给她买了个蛋糕，她一看就知道，说爸你别骗我了。{{han:晁雨萱}}她心里有气，不爱跟人说话，也不爱吃饭，一米六的个子才八十斤。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:马玉莲}}，回族，经名叫{{minority/hui:祖拜代}}，大家都喊她{{han:马玉莲}}大姐。她把两个孩子报成困境儿童，一个月一人{{trap/number:一千二百三}}。社区书记{{han:豆长青}}也来过，说我一个人带娃不容易。对门住的回族老汉{{minority/hui:马穆阿兹}}，过{{trap/minority_word:古尔邦节}}给我们端肉。楼下的{{han:亢满仓}}开小卖部，卖烟酒、{{trap/word:豆腐}}，孩子放学没人接就在他那儿等。
访谈者：学校那边呢？
受访者：女儿的班主任{{han:刘丽娟}}老师发现孩子瘦得厉害，打电话让我带她去医院看。医院的{{compound:公冶长林}}大夫说是厌食，要做心理疏导。社工站的{{compound:申屠凯文}}每周来一次，陪女儿聊天。儿子的老师{{han:周晓东}}说儿子上课坐不住，我说他想妈。女儿同桌的妈妈{{han:赵秀芹}}常叫女儿去她家吃饭，{{han:赵秀芹}}家做的浆水面女儿能吃一大碗。
访谈者：您母亲身体还撑得住吗？
受访者：撑不住也得撑。她血糖高，一天打两针胰岛素，还要给孩子们做饭、洗衣裳。我说请个人帮忙，她说花那钱干啥。社区给她办了个慢病卡，每个月去社区卫生服务站拿药，能省一半。我最怕她哪天也病倒了，那这个家就真散了。
访谈者：您自己怎么样？
受访者：累。有时候开着车，眼睛就睁不开了。我不{{trap/word:高兴}}的时候不敢在孩子面前说，憋着。带孩子们去过一趟{{trap/place:天池}}，给他们讲{{trap/famous:西王母}}的故事，儿子问我，妈妈是不是也住在山上。我没答上来。
访谈者：开大车一个月能挣多少？
受访者：好的时候八九千，冬天煤矿限产就只有四五千。车是贷款买的，一个月还三千二。房子是租的，一个月一千一。我妈看病也要钱。女儿上初中以后花销大，补课、资料、校服，一学期下来两三千。社区给的补助我单独存着，只给孩子们用。
访谈者：孩子们知道家里的难处吗？
受访者：女儿知道。她不跟我要钱，鞋子破了自己拿胶粘。有一回开家长会，别的孩子都是妈妈去，我开车从准东赶回来，衣服上全是煤灰，她一点不嫌，拉着我的手坐在第一排。儿子还小，每天晚上给我打电话，问我到哪儿了，吃饭了没有，说完了就挂，像个小大人。
访谈者：您想过把孩子送回老家吗？
受访者：想过。老家有房子，可是没人，我妈也离不开这边。孩子们在这里上学惯了，同学朋友都在这里。我想着再干几年，攒个首付，在城里买个小房子，让孩子们有个自己的家。
访谈者：家里的信息登记一下。
受访者：家在{{address:阜康市城关镇天山路瑞丰小区7号楼2单元602室}}，老家在{{address:武威市凉州区高坝镇蜻蜓村五组13号}}。我身份证{{id_number@my1984spaced.652302}}。我电话{{mobile@plain}}。{{han:马玉莲}}的微信{{wechat:mayulian_fk1976}}。女儿有个QQ，她说就跟我聊，号码她设了备注，我念给你：{{qq:931852406}}。
访谈者：名字表上写得对吗？
受访者：有的不对。社区的表上有{{spaced:晁 雨 萱}}，前妻写成{{spaced:祁　海　燕}}，搭档的名字被写成{{spaced:塔伊 尔江}}，儿子还有一张是{{spaced:晁天 明}}。
访谈者：您最大的心愿呢？
受访者：女儿能好好吃饭，儿子别老问他妈。我多跑几趟车，给他们攒点念书的钱。{{minority/uyghur:塔伊尔江}}说，等孩子们大了，日子就好过了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=449,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
