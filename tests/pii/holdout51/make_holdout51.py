# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 51 (tests/pii/holdout51/H393-H400 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 50, written at the same time by another
writer, is not an earlier set).

Set 51 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 民政局,
社区/村委会, 学校, 儿童主任, 社工, 司法救助), in eight new voices: a Mongolian grandmother in 凉城 (乌兰察布) raising
two grandchildren whose father broke his back when his truck overturned and whose mother went back to her family; a
Tibetan grandfather in 工布江达 (林芝) whose son died in a landslide building a road and whose daughter-in-law is on
dialysis; a Hui grandmother in 泽普 (喀什) with Uyghur neighbours, raising the children of a son in prison and a
daughter-in-law dead of cancer; a Han father in 河源 (广东) whose wife is on dialysis, with three children known by
nicknames; a Han township doctor in 壶关 (长治) who follows three families on WeChat and QQ; a Kyrgyz father in
阿克陶 (克孜勒苏), widowed in childbirth and lamed by a fall, with three children; a Han procurator in 忻州 reading
out the file of a guardianship case (a father in prison for theft, a mother on drugs); and a Han grandmother in
清远 raising a grandson whose father works in 佛山 and whose mother left. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (敖敦格日乐, 朝鲁门德力格尔, 阿拉坦敖其尔, 萨日朗其其格, 苏德巴雅尔 then 苏德, 萨茹拉托娅) and Han
surname + Mongolian name (奇乌日娜) beside the Han name of a Mongolian (奇桂香); Tibetan names (洛桑曲培, 索朗平措,
次旺罗布 then 次旺, 仁青桑珠 then 仁青, 旦增塔杰 then 塔杰, 普琼次仁 who is also 林卫东, 多吉欧珠 who is also
杨小川); Hui Han-form names beside 经名 (马桂珍 / 苏莱哈, 马小虎 / 艾哈迈德, 马小燕 / 苏麦娅, 丁守仁 / 萨里赫, 马秀娥
/ 乃比莱) and Han surname + Arabic name (白阿迪勒 then 阿迪勒, 马阿里, 杨祖贝尔 then 祖贝尔); Uyghur given name +
father's name with and without the dot (阿不都热西提·吐尔地 then 热西提, 吾买尔江·艾散 then 吾买尔江,
艾力亚尔吾买尔江, 热孜亚古丽·买买提 then 热孜亚古丽); Kyrgyz given name + father's name with and without the dot
and short forms (苏云别克·库尔曼, 苏云别克库尔曼, then 苏云别克 and 库尔曼 alone; 阿勒玛别克·苏云别克 then 阿勒玛别克
and 阿勒玛; 加纳尔古丽苏云别克 then 加纳尔; 吐尔干·卡德尔 then 吐尔干; 阿散阿力吐尔干, 托合托逊阿散); Han nicknames
that are words (菠萝, 铁牛, 米仔), a WeChat name and a QQ nickname (平娃, 雨儿), Cantonese forms (阿俊, 老谭); Han
names with common surnames above all and some less common ones (奇, 申, 阎, 霍, 邱, 温, 黎, 卢), with titles and kin
words (贾国庆老师, 王玉梅大夫, 何志刚队长, 冯建设主任, 丁守仁阿訇, 陆桂英婶), names that contain words (杜平安,
贾国庆, 冯建设, 孙有福, 杨平安, 陈有才, 武振国), a name written twice on a record (薛永刚薛永刚), names directly
before particles and verbs (赵福生他们家, 何志刚说, 陈有才他, 唐建军他, 罗志坤他, 谭国华那边, 苏德巴雅尔都,
艾哈迈德都, 吐尔干就, 刘长富都, 米仔也) and after 叫/是/跟/找 (叫萨茹拉托娅, 是上官瑞雪, 跟舅舅陈有才, 找萨茹拉托娅), a name right after a title
(村主任何志明); names spaced out character by
character in half- and full-width spaces (阿 拉 坦 敖 其 尔, 敖　敦　格　日　乐, 普　琼　次　仁, 阿 勒 玛 别 克 · 苏 云 别 克,
公　孙　雅　婷), dotted names with spaces around the dot (吾买尔江 · 艾散, 加纳尔古丽 · 苏云别克) and names split in two
(萨茹拉 托娅, 次旺 罗布, 苏云别克 库尔曼, 曾嘉 琪, 薛桂 兰, 罗嘉 俊); compound surnames after ordinary words (拓跋, 闾丘,
尉迟, 东方, 诸葛, 公孙, 长孙, 欧阳, 司马, 皇甫, 宇文, 令狐, 上官, 慕容, 赫连, 巫马, 段干, 漆雕); and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:薛彩霞}}``, ``{{qq:473019286}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur, kyrgyz) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012spaced.150925}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 队长, 阿訇, 婶, 爷爷)
and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 他, 她, 他们家, 那边) are outside
the span; nicknames, WeChat/QQ names and Cantonese forms of address (菠萝, 平娃, 阿俊, 老谭) are annotated whole.
Han-style names of Mongolian, Tibetan and Hui people (奇桂香, 林卫东, 马桂珍) are category han; a Han surname before
a non-Han given name (奇乌日娜, 白阿迪勒, 马阿里, 杨祖贝尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout51/make_holdout51.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(51_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur", "kyrgyz")
# Floors from the brief: at least 10 in each minority group of the voices (the Uyghur neighbours of the Hui
# grandmother and of the Kyrgyz father counted as a group of their own).
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10, "kyrgyz": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "166", "172", "177", "180", "185", "189", "193",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H393: Mongolian grandmother in 凉城 (乌兰察布) raising two grandchildren; her son was crippled in a truck crash, his wife left.
DOCS["H393"] = ("family", """\
访谈者：奶奶，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:敖敦格日乐}}，今年六十八了，户口本上的汉名是{{han:奇桂香}}。家在{{trap/place:凉城}}县{{trap/place:岱海}}北边的村子里。老伴{{minority/mongolian:朝鲁门德力格尔}}走了三年了。儿子{{minority/mongolian:阿拉坦敖其尔}}在{{trap/place:集宁}}开大车，前年冬天翻了车，腰断了，现在下不了炕。媳妇{{minority/mongolian:萨日朗其其格}}熬不住，回了{{trap/place:察右后旗}}娘家，再没回来。
访谈者：孩子们呢？
受访者：两个孙子跟着我。大的叫{{minority/mongolian:苏德巴雅尔}}，十三了，小的是个丫头，叫{{minority/mongolian:萨茹拉托娅}}，九岁。{{minority/mongolian:苏德巴雅尔}}都懂事了，放学先给他爸翻身、擦身子。{{minority/mongolian:萨茹拉托娅}}就爱哭，夜里抱着她妈的旧袍子睡。{{minority/mongolian:苏德}}说，妹妹哭他就给唱歌。
访谈者：家里的收入靠什么？
受访者：靠低保跟补贴。村里的儿童主任{{han:刘玉英}}给我们跑的，儿子算重残，一家四口都进了低保。两个孩子算事实无人抚养，每人每月有{{trap/amount:一千二百五}}。村支书{{han:赵福生}}说，等儿子能坐起来了，{{trap/org:县残联}}给配一辆轮椅。{{han:赵福生}}他们家也不宽裕，过年还给我们拉来半扇猪。
访谈者：孩子爸爸现在怎么样？
受访者：脾气坏了。{{minority/mongolian:阿拉坦敖其尔}}他以前爱说爱笑，现在整天不吭声。乡卫生院的{{han:王玉梅}}大夫一个月来两回，给换药、看褥疮。她说得练，不练腿就废了。{{minority/mongolian:阿拉坦敖其尔}}就是不肯练，说练了也白练。
访谈者：学校那边呢？
受访者：大孙子在{{school:凉城县第二中学初一（4）班}}住校，班主任{{han:贾国庆}}老师常打电话来。小丫头在{{school:岱海镇中心小学三年级（2）班}}，她们老师是{{compound:拓跋玉岚}}，年轻姑娘，跟孩子亲。学校有个心理老师，叫{{compound:闾丘睿哲}}，每礼拜找{{minority/mongolian:萨茹拉托娅}}说一回话。
访谈者：亲戚们帮吗？
受访者：我妹妹{{minority/mongolian:斯琴塔娜}}在{{trap/place:卓资}}，隔三岔五来住几天。她男人是{{trap/place:包头}}人，叫{{han:包建设}}，给孩子买过书包。侄女{{minority/mongolian:奇乌日娜}}在{{trap/place:呼市}}读大学，寒暑假回来教孩子们念蒙古文。
访谈者：过年过节怎么过？
受访者：{{trap/festival:查干萨日}}那天我给孩子们穿上{{trap/word:蒙古袍}}，煮{{trap/word:手把肉}}，泡{{trap/word:炒米}}，给他们讲{{trap/famous:嘎达梅林}}。{{minority/mongolian:苏德巴雅尔}}会拉几下{{trap/word:马头琴}}，是县文化馆的{{han:孙有福}}老师教的，不收钱。
访谈者：您自己身体呢？
受访者：腿疼，眼睛也花了。我最怕的是我哪天走了，这俩孩子咋办。{{han:刘玉英}}说有政策，到时候{{trap/org:民政局}}管。我信她。
访谈者：冬天怎么过？
受访者：冬天难。{{trap/place:蛮汉山}}那边的风一刮，院里的水缸都冻裂了。煤是{{trap/org:乡政府}}给的，一户两吨，烧不到开春，我就去地里捡玉米秆子。{{minority/mongolian:苏德巴雅尔}}他半夜起来添火，怕他爸冻着。去年腊月他爸发烧，我一个人背不动，是邻居用三轮车拉到卫生院的。那年{{trap/year:二〇二三年}}，雪大，路三天没通。孩子们冻得手上全是口子，学校给每个孩子发了一副手套、一件羽绒服，说是{{trap/org:团县委}}募来的。我心里记着这些人的好，让孩子们长大了也要帮人。
访谈者：孩子们平时玩什么？
受访者：没啥玩的。丫头喜欢在院里喂{{trap/word:羊羔}}，小子爱看书，书是学校图书角借的。村里有个儿童之家，周六开门，有大学生来教画画、唱歌，{{minority/mongolian:萨茹拉托娅}}画了一匹马，贴在炕头上，说是送给她妈的。
访谈者：登记要写住址和号码。
受访者：家在{{address:凉城县岱海镇二苏木村三组17号}}，儿子在集宁租过的房子是{{address:集宁区白泉小区6号楼2单元301室}}。孙子的身份证{{id_number@my2012spaced.150925}}，丫头的{{id_number@wy2016x.150925}}。妹妹的电话{{mobile@s434}}，有事打她的。孙子有QQ，他说是跟同学对作业的，号码他写在炕边墙上了：{{qq:2758164093}}。{{han:贾国庆}}老师的微信{{wechat:jiaguoqing_ls}}。
访谈者：您觉得政策上还缺什么？
受访者：我不懂政策。就是觉得儿子这样的，要有人上门帮着练腿。县医院说康复得去{{trap/place:呼和浩特}}，一去一个月，谁陪？我走了，俩孩子咋办。{{trap/org:残联}}的人说明年有上门康复的项目，我就盼着。还有，孩子念书的路远，冬天天不亮就得走，村里要是有个校车就好了。这些话我跟村里说过，村里说往上报了。
访谈者：表上的名字写对了吗？
受访者：乱的。低保表把儿子写成{{spaced:阿 拉 坦 敖 其 尔}}，丫头写成{{spaced:萨茹拉 托娅}}，我写成{{spaced:敖　敦　格　日　乐}}。{{han:刘玉英}}说，这个要改，不改钱下不来。
访谈者：您最盼什么？
受访者：盼儿子站起来，盼孩子们念成书。
""")

# H394: Tibetan grandfather in 工布江达 (林芝); his son died in a landslide, the mother is on dialysis.
DOCS["H394"] = ("family", """\
访谈者：爷爷，您家里几口人？
受访者：五口。我叫{{minority/tibetan:洛桑曲培}}，六十五岁，在{{trap/place:工布江达}}县{{trap/place:巴河镇}}放牛种青稞。儿子{{minority/tibetan:索朗平措}}四年前在{{trap/place:米林}}修路，塌方，人没了。儿媳{{minority/tibetan:米玛拉宗}}得了尿毒症，每礼拜去{{trap/place:八一镇}}透析两回。
访谈者：孩子们呢？
受访者：三个孙辈。老大{{minority/tibetan:次旺罗布}}十四岁，在{{school:工布江达县中学初二（1）班}}；老二是丫头，{{minority/tibetan:白玛央措}}，十岁；老三{{minority/tibetan:仁青桑珠}}才六岁，在镇上念一年级。{{minority/tibetan:次旺}}说他不念了，要回家放牛，我不让。{{minority/tibetan:仁青}}还小，整天跟着我屁股后头转。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:卓嘎央宗}}，她帮三个孩子报了孤儿……不对，报的是事实无人抚养，一个月每人{{trap/amount:一千三百多}}。村支书{{minority/tibetan:旦增塔杰}}他们家跟我家是老邻居，儿子出事那天，是{{minority/tibetan:塔杰}}开车拉我去的{{trap/place:米林}}。驻村工作队的{{han:何志刚}}队长是{{trap/place:四川}}人，给孩子们送过过冬的被子。{{han:何志刚}}说他也是农村长大的。
访谈者：儿媳透析的钱怎么办？
受访者：大病医保报了大半，剩下的县{{trap/org:民政局}}给临时救助。县医院的{{han:林卫东}}大夫，其实是藏族，藏名叫{{minority/tibetan:普琼次仁}}，他爸是汉族，所以两个名字都用。{{minority/tibetan:普琼次仁}}说透析不能断，断了就危险。
访谈者：孩子们念书怎么样？
受访者：老大在县里住校，班主任是{{compound:尉迟若岚}}老师，从{{trap/place:拉萨}}分来的。她常给我打电话，说{{minority/tibetan:次旺罗布}}数学好。丫头的老师叫{{han:周建斌}}，{{han:周建斌}}也在我们村住过两年，会说几句工布话。还有个支教的大学生，叫{{compound:东方雨萱}}，教孩子们画画。
访谈者：家里平常吃什么？
受访者：{{trap/word:糌粑}}、{{trap/word:酥油茶}}，过节煮{{trap/word:青稞酒}}。{{trap/festival:工布新年}}那天，我给孩子们讲{{trap/famous:格萨尔王}}的故事，带他们去{{trap/place:尼洋河}}边煨桑。老大还去比过{{trap/word:响箭}}，得了第三名。
访谈者：亲戚呢？
受访者：我女儿{{minority/tibetan:央金卓拉}}嫁到{{trap/place:巴松措}}那边，女婿是汉族，叫{{han:杨平安}}，在景区开车。外孙两个名字，藏名{{minority/tibetan:多吉欧珠}}，汉名{{han:杨小川}}。女婿每个月给我们两百块，说是给孩子买本子。
访谈者：村里还有别的帮扶吗？
受访者：有。县里搞了个“{{trap/word:格桑花}}”助学，老大每学期有{{trap/amount:八百块}}。{{trap/org:县妇联}}冬天送来了三床被子、三套棉衣。去年{{trap/year:二〇二四年}}藏历新年前，驻村工作队杀了一头猪，分给村里的困难户。我家牛少，就剩四头，秋天卖一头凑学费。我腿脚不行了，上山挖{{trap/word:虫草}}挖不动，孙子说等他放假去挖，我不让，山上危险。儿子就是在路上出的事，我怕了。
访谈者：孩子们想他们阿爸吗？
受访者：想。老大不说，把他阿爸的手机留着，里头有照片，晚上一个人看。丫头每年到日子就去寺里点酥油灯。老三还小，问阿爸去哪了，我说去很远的地方修路了。
访谈者：登记的信息请您说一下。
受访者：家在{{address:工布江达县巴河镇雪卡村二组9号}}，儿媳在八一镇透析的时候住医院边上租的房子。老大的身份证{{id_number@my2010hyphen.540421}}，儿媳的{{id_number@wy1986fullwidth.540421}}。我的电话{{mobile@hyphen}}，{{minority/tibetan:卓嘎央宗}}的电话{{mobile@plus86}}。{{minority/tibetan:次旺罗布}}有QQ，{{qq:58830147}}，他的微信是{{wechat:Ciwang_lb2010}}。
访谈者：您平时怎么去县城？
受访者：坐班车，一天两趟。去{{trap/place:林芝}}看儿媳，要坐三个多钟头。{{trap/org:县人民医院}}的救护车送过她两回，不收钱。儿媳透析完脸是白的，回来就躺着，孩子们不敢大声说话。我跟孩子们说，阿妈累了，你们自己的事自己做。老大就教弟弟写字，丫头扫地、烧茶。邻居家的阿佳常来帮着挤奶，我们工布人讲，一家有难，全村来帮。
访谈者：表上的名字呢？
受访者：有写错的。老二被写成{{spaced:白 玛 央 措}}，老大写成{{spaced:次旺 罗布}}，{{minority/tibetan:普琼次仁}}大夫写成了{{spaced:普　琼　次　仁}}。{{minority/tibetan:卓嘎央宗}}说名字错一个字，钱就打不进卡里。
访谈者：您还有什么想说的？
受访者：谢谢政府，谢谢村里。我老了，放不动牛了就把牛卖了，钱留给孩子们。我跟老大说，你阿爸修的那条路，现在车跑得飞快，你长大了也要做有用的人。
访谈者：您最盼什么？
受访者：盼儿媳能换上肾。{{minority/tibetan:白玛央措}}她说长大要当大夫，给她阿妈治病。
""")

# H395: Hui grandmother in 泽普 (喀什) with Uyghur neighbours; her son is in prison, his wife died.
DOCS["H395"] = ("family", """\
访谈者：阿奶，您家里情况说说吧。
受访者：我叫{{han:马桂珍}}，经名{{minority/hui:苏莱哈}}，七十一了，住{{trap/place:泽普}}县城边上。儿子{{han:马德旺}}在{{trap/place:喀什}}跟人合伙贩牛，打了架，判了五年，在里头。媳妇{{han:白凤琴}}前年得了乳腺癌，没了。两个孙子跟着我。
访谈者：孩子们叫什么？
受访者：大孙子{{han:马小虎}}，经名{{minority/hui:艾哈迈德}}，十二岁；孙女{{han:马小燕}}，经名{{minority/hui:苏麦娅}}，八岁。{{minority/hui:艾哈迈德}}都会帮我和面、炸{{trap/word:馓子}}了，{{minority/hui:苏麦娅}}还小，老问她爸啥时候回来。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:杨海英}}，她也是回族，跑前跑后给两个孩子报了事实无人抚养。{{trap/place:清真寺}}的{{han:丁守仁}}阿訇，经名{{minority/hui:萨里赫}}，每个{{trap/word:主麻}}日让人给我们送{{trap/word:油香}}。还有社区的{{minority/hui:白阿迪勒}}，他是开拉面馆的，孩子们放学就去他馆子里吃饭，不收钱。{{minority/hui:阿迪勒}}说，{{trap/famous:穆罕默德}}圣人讲过，善待孤儿的人在天堂里跟他很近。
访谈者：邻居们呢？
受访者：左邻右舍都是维吾尔族。隔壁的{{minority/uyghur:阿不都热西提·吐尔地}}，我们叫他{{minority/uyghur:热西提}}，他媳妇{{minority/uyghur:阿依先木古丽}}做{{trap/word:馕}}，天天给孩子们拿两个。对门{{minority/uyghur:吾买尔江·艾散}}在{{trap/place:叶尔羌河}}边种红枣，秋天给我们拉一车。他儿子{{minority/uyghur:艾力亚尔吾买尔江}}跟我孙子一个班，两个娃好得跟亲兄弟一样。{{minority/uyghur:吾买尔江}}就是话少，做的事多。
访谈者：孩子们在学校怎么样？
受访者：孙子在{{school:泽普县第三小学六年级（2）班}}，班主任{{han:韩春来}}老师说他作文写得好。孙女在县一小念二年级，老师叫{{compound:诸葛沐辰}}，也是从内地来的。学校的心理老师{{compound:公孙沐晴}}给孙子做过几回辅导，说孩子心里憋着事。
访谈者：您去看过儿子吗？
受访者：一年去两回，坐车到{{trap/place:喀什}}。狱里的{{han:李振华}}警官人好，让孙子跟他爸多说几分钟。孙子回来一路不说话。司法所的{{compound:长孙博远}}说，表现好能减刑。
访谈者：钱上够吗？
受访者：低保一个月{{trap/amount:六百四十元}}，两个孩子的补贴另算。{{trap/org:县妇联}}的{{han:海丽萍}}给孙女联系了一个春蕾……不对，是资助，一年{{trap/amount:两千四百}}。过{{trap/festival:古尔邦节}}的时候，{{minority/hui:萨里赫}}阿訇还送了半只羊。
访谈者：您自己身体怎么样？
受访者：糖尿病，一天打两回针。眼睛也不好了，看不清针上的刻度，是孙子给我看。县医院说我这个病慢性病卡能报，{{trap/org:社区卫生服务站}}每个月给量一回血糖。我最怕我倒下了，孩子们没人管。{{han:杨海英}}说那就报孤儿，可他爸还在，报不了，只能算事实无人抚养。
访谈者：孩子们平常吃什么？
受访者：拉面、{{trap/word:抓饭}}，隔壁给的{{trap/word:烤包子}}。我们回民过日子讲干净，孩子们饭前都洗手。{{trap/festival:开斋节}}的时候我炸{{trap/word:馓子}}，给邻居们送。孙子也学着封斋，我说你还小，封半天就行。他说他爸在里头也封斋，他要陪着。听了这话，我一晚上没睡着。
访谈者：登记要写住址和号码。
受访者：家在{{address:泽普县奎依巴格镇果园村四组22号}}，儿子以前在喀什租的是{{address:喀什市东湖小区5号楼3单元401室}}。我的身份证在社区存着，孙女的号码是{{id_number@wy2016fwspaced.653124}}。我电话{{mobile@spaced}}，{{han:杨海英}}的{{mobile@plus86dash}}。孙子玩QQ，号码我记不住，他抄在本子上了，我念：{{qq:3105827746}}。{{minority/uyghur:热西提}}的微信{{wechat:Rexit_Turdi88}}，有事我叫他帮我发。
访谈者：孩子们去看过爸爸吗？
受访者：孙子去过两回，孙女去过一回。见面隔着玻璃，拿电话说话。孙女回来问我，玻璃为啥那么厚。我不知道咋回答。监狱里让犯人给孩子写信，他爸写了三封，孙子都收在铁盒子里。{{trap/org:司法所}}的人说，这叫亲情帮教，对里头的人有好处。我就盼着他出来以后能找个正经活，别再跟那些人混。
访谈者：表上的名字写对了吗？
受访者：写错过。孙子被写成{{spaced:马 小 虎}}，对门的写成{{spaced:吾买尔江 · 艾散}}，孩子舅舅写成{{spaced:白　建　军}}。后来是{{han:杨海英}}一个个改过来的。
访谈者：您最盼什么？
受访者：盼儿子出来好好做人。{{minority/hui:苏麦娅}}她说要等她爸回来给她扎辫子。
""")

# H396: Han father in 河源 (广东), his wife has kidney failure; three children known by nicknames.
DOCS["H396"] = ("family", """\
访谈者：大哥，您家里几口人？
受访者：五口。我叫{{han:曾伟光}}，在{{trap/place:河源}}{{trap/place:紫金}}县的山里，以前在{{trap/place:深圳}}工地扎钢筋。老婆{{han:叶美玲}}前年查出尿毒症，我就回来了，一边带孩子一边打零工。她现在每礼拜去市人民医院透析三次。
访谈者：孩子们多大？
受访者：三个。大女{{han:曾思婷}}十三岁，我们叫她{{han:菠萝}}，是她外婆起的。老二是儿子，{{han:曾俊杰}}，十岁，小名{{han:铁牛}}，生下来就壮。老三{{han:曾嘉琪}}五岁，叫{{han:米仔}}。{{han:铁牛}}说他长大要当医生，给他妈换个新腰子。{{han:米仔}}就是黏人，一放下就哭。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:黄秀萍}}，她跑前跑后，给三个孩子办了困境儿童补贴。村支书{{han:邱国强}}他也来过几回，帮我们家报了低保。镇上的社工{{compound:欧阳紫菱}}每个月来家访，跟她一起的还有{{compound:司马浩然}}，两个后生人都好。{{han:黄秀萍}}说，钱的事她去跑，我管好孩子就行。
访谈者：亲戚呢？
受访者：我哥{{han:曾伟明}}在{{trap/place:东莞}}开五金店，他也难，一年给我寄两回钱。我老婆的妹妹{{han:叶美华}}在镇上卖{{trap/word:酿豆腐}}，隔几天送一锅过来。老婆娘家的大伯，叫{{han:叶志诚}}，他都七十了，还上山帮我砍柴。
访谈者：孩子们在学校怎么样？
受访者：{{han:菠萝}}在{{school:紫金县第二中学初一（6）班}}，班主任{{han:温秀兰}}老师打电话说她成绩掉了，上课发呆。{{han:铁牛}}在{{school:龙窝镇中心小学四年级（2）班}}，老师叫{{han:钟文华}}，这个老师自己掏钱给他买过球鞋。学校有个心理老师{{compound:皇甫静雯}}，找{{han:菠萝}}谈过两次。
访谈者：您自己怎么样？
受访者：腰不行，扎了十几年钢筋。白天去镇上帮人搬货，一天{{trap/amount:一百五}}，晚上回来煮饭、洗衫、辅导作业。我没读几年书，{{han:铁牛}}的数学我都不会了，就让{{han:菠萝}}教他。我们客家人讲“{{trap/word:硬颈}}”，再难也要撑。
访谈者：过年过节呢？
受访者：过年做{{trap/word:擂茶}}、{{trap/word:酿豆腐}}，带孩子们去{{trap/place:万绿湖}}边转一圈。我跟孩子们讲{{trap/famous:赵佗}}的故事，说河源以前是他管的地方。{{han:米仔}}也跟着听，听一半就睡了。
访谈者：透析的钱怎么来？
受访者：医保报了大头，自己每个月还要出{{trap/amount:一千多}}。{{trap/org:县民政局}}给办了临时救助，{{trap/org:镇政府}}帮我在网上发了个筹款，筹了两万多。我把家里的两头猪卖了，又借了亲戚的钱。我最怕的是哪天拿不出钱，断了透析，人就没了。{{trap/word:黄牛}}我们这边都不养了，山上种{{trap/word:茶叶}}，我也帮人摘，一斤工钱几块。
访谈者：孩子们帮家里吗？
受访者：帮。大女早上五点起来煮粥，送弟弟妹妹上学，放学还要洗衣服。我叫她放着，她说阿爸你累。儿子帮我喂鸡、砍柴，有时候跟着我去镇上搬货。细妹还小，就会给她妈捶背。我看着，心里酸。孩子们从来不跟人比穿的用的，就是学校要交钱的时候，大女总说不用交，我后来才知道她是不想我为难。
访谈者：登记要写住址和号码。
受访者：家在{{address:紫金县龙窝镇上坪村五组14号}}，老婆透析的时候住她妹妹那里，在市区。大女的身份证{{id_number@wy2012x.441621}}。我电话{{mobile@s74}}，老婆的{{mobile@plus86spaced}}。{{han:菠萝}}有个QQ，说是班里的群要用的，号码{{qq:81304276}}。我的微信{{wechat:zengwg_0762}}。
访谈者：您有没有想过再出去打工？
受访者：想过，走不开。老婆要人陪着透析，孩子们要人管。{{trap/org:人社局}}的人来登记过，说有公益岗，在村里扫路、巡河，一个月{{trap/amount:一千五}}，我报了名。能在家门口挣钱，就不用出去了。我们这山里人讲，只要人在，家就在。我跟孩子们讲，读书是唯一的出路，阿爸没读书，只能扎钢筋。
访谈者：表上的名字写对了吗？
受访者：错过。低保表把我写成{{spaced:曾 伟 光}}，把{{han:曾嘉琪}}写成{{spaced:曾嘉 琪}}，社工的名字写成{{spaced:欧 阳 紫 菱}}。{{han:邱国强}}说没事，身份证号对就行。
访谈者：孩子们的外婆家帮得上吗？
受访者：外婆在{{trap/place:和平}}县，七十多了，自己也要人照顾。逢年过节我带孩子们去一趟，坐两个钟头的车。外婆每次都塞给孩子们红包，{{trap/amount:两百块}}，我不让收，她就生气。
访谈者：您最盼什么？
受访者：盼老婆等到肾源。{{han:铁牛}}都说了，他要把他的给他妈，我听了心里难受。
""")

# H397: Han township doctor in 长治 (山西) with patients, relatives and officials on WeChat and QQ.
DOCS["H397"] = ("staff", """\
访谈者：您在卫生院做了多少年了？
受访者：十九年。我叫{{han:申建华}}，在{{trap/place:长治}}{{trap/place:壶关}}县一个乡卫生院当大夫，管公卫，也看门诊。困境儿童的家里我都跑过。手上有三家，我从微信和QQ上跟他们联系。
访谈者：先说第一家。
受访者：第一家在{{trap/place:太行山}}里头，孩子叫{{han:牛浩宇}}，十一岁。他爸{{han:牛保平}}在{{trap/place:晋城}}煤矿出了事，高位截瘫；他妈{{han:郭翠萍}}跑了。孩子跟他爷爷{{han:牛满堂}}过。老人都八十了，我每月上门给他量血压。{{han:牛保平}}的微信名叫“{{han:平娃}}”，他躺在床上就靠手机，有事给我发语音。
访谈者：第二家呢？
受访者：第二家是回族，在{{trap/place:长治}}城东的回民街。孩子妈{{han:马秀娥}}，经名{{minority/hui:乃比莱}}，得了白血病。孩子爸{{minority/hui:马阿里}}在{{trap/place:太原}}拉货，顾不上。两个孩子：{{han:马文博}}十岁，{{han:马文娟}}六岁。孩子的舅爷是{{trap/org:清真寺}}的{{minority/hui:杨祖贝尔}}，大家叫他{{minority/hui:祖贝尔}}爷爷。{{minority/hui:祖贝尔}}他说，再难也不能让孩子失学。
访谈者：第三家？
受访者：第三家的孩子叫{{han:常雨桐}}，九岁，父母都没了，跟舅舅{{han:陈有才}}过。{{han:陈有才}}他自己腿有残疾，开个小卖部。孩子的QQ昵称叫“{{han:雨儿}}”，她常在QQ上问我作业，号码是——我翻一下——{{qq:1947385620}}。
访谈者：这些家庭还有谁在帮？
受访者：乡里的民政助理{{han:秦志刚}}，他说话冲，办事实在。他也是我们这的老人，谁家啥情况他都门清。县里的儿童督导员{{compound:宇文思琪}}每季度下来一趟，跟着来的还有{{compound:令狐嘉豪}}。{{trap/org:乡卫生院}}的院长{{han:王长顺}}批了，困境儿童看病挂号费全免。
访谈者：孩子们上学怎么样？
受访者：{{han:牛浩宇}}在{{school:壶关县第三中学初一（2）班}}，{{han:马文博}}在城里的回民小学，{{han:常雨桐}}在{{school:壶关县龙泉镇小学三年级（4）班}}。{{han:常雨桐}}那个班主任是{{compound:上官瑞雪}}，经常给我发孩子的照片。
访谈者：您怎么跟这些家里联系？
受访者：建了个群，叫“{{trap/word:平安健康}}”，家长都在里头。{{han:牛保平}}微信号是{{wechat:niubaoping1979}}，{{han:陈有才}}的是{{wechat:cyc_xiaomaibu}}。{{han:牛满堂}}不会用手机，我就打电话{{mobile@h38}}。{{han:马秀娥}}的电话{{mobile@fws}}。QQ上还有{{han:马文博}}，号码{{qq:640219853}}，他用QQ交作业。
访谈者：这几家看病怎么报销？
受访者：困境儿童有医疗救助，住院报到九成。{{trap/org:县医保局}}的人也下来过，教家长怎么在手机上报。有的家长不识字，我就替他们弄。{{trap/year:二〇二三年}}以后，县里给每个困境儿童都建了健康档案，一年体检一回。{{han:牛浩宇}}上回体检查出贫血，我给他开了补铁的药，又跟学校说，让食堂多给他打个鸡蛋。
访谈者：您觉得最难的是什么？
受访者：人手少。一个乡卫生院，四个大夫，管三十多个村。上门一趟来回几十里山路，下雨天车都上不去。可你不去，这些孩子就没人管了。我手机里存着他们的电话，半夜有事也得接。有一回{{han:牛保平}}半夜发烧，我开车过去，到的时候天都快亮了。
访谈者：登记的资料呢？
受访者：{{han:牛浩宇}}家在{{address:壶关县树掌镇神郊村二组11号}}，{{han:常雨桐}}舅舅家是{{address:壶关县龙泉镇南街社区7号楼1单元102室}}。{{han:牛浩宇}}的身份证{{id_number@my2013.140527}}，{{han:常雨桐}}的{{id_number@wy2015hyphen.140527}}。
访谈者：您跟学校怎么配合？
受访者：每学期开学，我去学校跟老师对一遍名单，哪个孩子有病、吃啥药，都告诉老师。学校的校医是我带出来的，有事先给我打电话。去年冬天一个孩子在课堂上晕倒，就是低血糖，早上没吃饭。后来{{trap/org:县教育局}}搞了个营养餐，困境儿童早上多发一个鸡蛋、一盒奶。钱不多，可孩子们吃上了。
访谈者：表上的名字有错吗？
受访者：有。系统里有{{spaced:牛 满 堂}}，有{{spaced:常　雨　桐}}，还有{{spaced:宇 文 思 琪}}，两个字的姓被拆开了。
访谈者：这几年有什么变化？
受访者：路通了，网也通了。以前上一趟山要走半天，现在骑摩托一个钟头。家长有事在微信上说一声，我就知道了。{{trap/org:县卫健局}}今年给我们配了一台随访用的平板，孩子的档案都在里头，比以前翻本子方便多了。
访谈者：您的感受呢？
受访者：孩子苦，可也皮实。我们{{trap/place:上党}}人说，{{trap/famous:愚公}}能移山，日子总能熬出来。
""")

# H398: Kyrgyz father in 阿克陶 (克孜勒苏), widowed, with three children.
DOCS["H398"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/kyrgyz:苏云别克·库尔曼}}，四十四岁，柯尔克孜族，在{{trap/place:阿克陶}}县{{trap/place:奥依塔克}}镇放羊。我老婆{{minority/kyrgyz:阿依加马勒·吐尔干}}前年冬天生老三的时候大出血，在{{trap/place:喀什}}的医院没救回来。我一个人带三个孩子，还有一条腿不好，是年轻时候在{{trap/place:帕米尔}}山上摔的。
访谈者：孩子们叫什么？
受访者：老大{{minority/kyrgyz:阿勒玛别克·苏云别克}}，十三岁；老二丫头，{{minority/kyrgyz:加纳尔古丽苏云别克}}，十岁；老三{{minority/kyrgyz:巴克特别克}}，两岁，是他姥姥在带。我们在家就叫{{minority/kyrgyz:阿勒玛}}、{{minority/kyrgyz:加纳尔}}。{{minority/kyrgyz:阿勒玛}}他会放羊了，星期天替我上山。{{minority/kyrgyz:加纳尔}}也会烧奶茶了。
访谈者：谁帮过你们？
受访者：村里的儿童主任是维吾尔族，叫{{minority/uyghur:热孜亚古丽·买买提}}，我们叫她{{minority/uyghur:热孜亚古丽}}。她给三个孩子报了事实无人抚养，每人每月{{trap/amount:一千三百六}}。村支书{{minority/kyrgyz:托合托逊阿散}}帮我家报了低保，他也说要给我办残疾证。驻村工作队的{{han:唐建军}}队长是{{trap/place:江苏}}来的援疆干部，{{han:唐建军}}他给孩子们买了电脑。镇上的社工{{compound:慕容雨桐}}会说柯尔克孜语，跟她一起来的是{{compound:赫连星泽}}。
访谈者：孩子姥姥家呢？
受访者：姥爷{{minority/kyrgyz:吐尔干·卡德尔}}七十了，姥姥{{minority/kyrgyz:布茹丽汗}}带着老三。{{minority/kyrgyz:吐尔干}}就说，女儿没了，孩子就是他的命。舅舅{{minority/kyrgyz:阿散阿力吐尔干}}在{{trap/place:克州}}开出租，常拉我们去看病。
访谈者：孩子们上学怎么样？
受访者：老大在{{school:阿克陶县第二中学初一（5）班}}住校，班主任{{han:王春霞}}老师是汉族，教他汉语。老二在{{school:奥依塔克镇中心小学四年级（3）班}}，老师叫{{minority/kyrgyz:阿曼古丽·托克托}}，她也是柯尔克孜族。学校还有个心理老师{{compound:巫马沁瑶}}，跟{{minority/kyrgyz:加纳尔古丽苏云别克}}谈过好几回。
访谈者：邻居们呢？
受访者：隔壁的{{minority/uyghur:吐尔逊江·买提尼亚孜}}在镇上开馕坑，每天送两个{{trap/word:馕}}。他儿子{{minority/uyghur:艾克拜尔吐尔逊江}}跟我们老大同班。
访谈者：你们过什么节？
受访者：{{trap/festival:诺鲁孜节}}、{{trap/festival:古尔邦节}}。过节我给孩子们讲{{trap/famous:玛纳斯}}，唱几段，弹{{trap/word:库姆孜}}。我们的老人说，{{trap/place:慕士塔格}}是冰山之父。老大说他长大要去{{trap/place:乌鲁木齐}}上大学。
访谈者：家里的牲畜还有多少？
受访者：四十只羊，六头牦牛。我腿不好，冬天转场到山下，春天再赶上去。老大放假跟着我，他骑马比我快。{{trap/org:县农业农村局}}给我们发过草料补贴，一年{{trap/amount:三千多}}。{{trap/org:村委会}}帮我把羊入了合作社，年底分红。我就想着攒下点钱，给孩子们念书用。
访谈者：孩子们想妈妈吗？
受访者：想。老二把她妈的头巾收在枕头底下，过节才拿出来戴。老三不认得他妈，只看过照片。我不会梳辫子，老二的头发是她姥姥给梳的，我学了两年，现在也会了。晚上我给孩子们煮奶茶，讲他们妈妈小时候在山上唱歌的事。
访谈者：登记的资料请说一下。
受访者：家在{{address:阿克陶县奥依塔克镇克孜勒陶村三组8号}}，姥姥家在阿图什城里。老大的身份证{{id_number@my2012x.653022}}，老二的{{id_number@wy2015fullwidth.653022}}。我电话{{mobile@spaced}}，{{minority/uyghur:热孜亚古丽}}的电话{{mobile@p86h}}。老大有QQ，号码写在他的书包带上，我给你念，{{qq:2091736548}}。舅舅的微信{{wechat:Asanali_taxi}}。
访谈者：您腿不好，放牧方便吗？
受访者：不方便，可也没办法。夏天上{{trap/place:布伦口}}那边的夏牧场，山路陡，我就骑马，马认路。老大跟着我，他会看天，说要下雪了就赶羊下山。{{trap/org:乡卫生院}}的大夫说我的腿得做手术，要去{{trap/place:乌鲁木齐}}做，得两万块。我说等孩子们大一点再说。现在手术的钱，{{trap/org:县残联}}说能帮一部分，我还在想。
访谈者：表上的名字写对了吗？
受访者：名字长，常错。老大被写成{{spaced:阿 勒 玛 别 克 · 苏 云 别 克}}，老二写成{{spaced:加纳尔古丽 · 苏云别克}}，我写成{{spaced:苏云别克 库尔曼}}。有一回把我写成{{minority/kyrgyz:苏云别克库尔曼}}，连在一起，银行说对不上。{{minority/kyrgyz:苏云别克}}是我，{{minority/kyrgyz:库尔曼}}是我爸的名字。
访谈者：您最盼什么？
受访者：盼孩子们念出书来。{{minority/kyrgyz:阿勒玛别克}}说他要当老师，回来教弟弟。
""")

# H399: Han procurator in 忻州 (山西) reading out a case file (a father in prison, a mother on drugs, a guardianship case).
DOCS["H399"] = ("staff", """\
访谈者：您在检察院管未成年人检察多久了？
受访者：七年。我叫{{han:阎晓东}}，在{{trap/place:忻州}}市{{trap/place:忻府区}}检察院未检科。今天说一个监护的案子，卷宗我带来了，名字我照着念。
访谈者：好。
受访者：孩子叫{{han:薛子涵}}，女，九岁。父亲{{han:薛永刚}}，因为盗窃在{{trap/place:太原}}服刑，刑期四年。母亲{{han:霍丽娜}}吸毒，强制隔离戒毒过两回，出来以后又犯。孩子一直跟奶奶{{han:薛桂兰}}过，奶奶去年中风，孩子就没人管了。是村里的儿童主任{{han:杜平安}}发现的，他说孩子冬天穿着单鞋在村口捡瓶子。
访谈者：后来呢？
受访者：儿童主任报给了乡里，乡{{trap/org:民政办}}的{{han:梁晓燕}}又报到区{{trap/org:民政局}}，我们是从{{trap/hotline:12309}}热线接到的线索。我跟同事{{compound:司马云飞}}去了村里，还有区妇联的{{han:冯建设}}主任。{{han:霍丽娜}}那天不在，说是去{{trap/place:原平}}了。孩子的姑姑{{han:薛彩霞}}在{{trap/place:定襄}}，愿意接孩子，可她自己家也困难，男人{{han:武振国}}腿有病。
访谈者：案子怎么办的？
受访者：我们支持起诉，由民政部门申请撤销{{han:霍丽娜}}的监护资格。法院的承办法官是{{compound:公孙雅婷}}，书记员{{compound:段干书瑶}}。判决下来，孩子由民政局临时监护，委托姑姑{{han:薛彩霞}}照料。区里每月给孩子发孤儿基本生活费的标准，{{trap/amount:一千五百元}}。社工站的{{han:韩瑞芳}}每月去一趟，她还给孩子找了心理咨询师。
访谈者：孩子上学呢？
受访者：原来在{{school:忻府区三交镇中心小学三年级（1）班}}，搬到姑姑家以后转到{{school:定襄县河边镇第二小学三年级（2）班}}。班主任{{han:郝玉琴}}老师知道情况，让孩子当了图书角的管理员。孩子说，{{han:郝玉琴}}老师像她妈。
访谈者：办这类案子有什么难处？
受访者：难在证据和安置。孩子不能回那个家，可亲戚也都不宽裕。我们要跟{{trap/org:公安局}}、{{trap/org:司法局}}、学校一家家去谈。还有一条，检察院可以给孩子申请司法救助，这个案子批了{{trap/amount:三万元}}，一次发给监护人，专款专用，我们每季度回访，看钱是不是花在孩子身上。有时候回访，孩子躲在门后不出来，我们就坐在院子里跟姑姑说话，等她自己出来。
访谈者：卷宗里的资料我们需要登记。
受访者：孩子户籍地址{{address:忻府区三交镇后沟村二组15号}}，姑姑家{{address:定襄县河边镇东街村四组6号}}，奶奶现在住在城里她二儿子家。孩子身份证号{{id_number@wy2015.140902}}，父亲{{id_number@my1983spaced.140902}}，母亲{{id_number@wy1988hyphen.140902}}。姑姑电话{{mobile@plus86}}，{{han:杜平安}}电话{{mobile@s38}}。孩子有个QQ，是她爸进去之前给申请的，号码在卷宗第三页——你看——{{qq:473019286}}。{{han:薛彩霞}}的微信{{wechat:xuecaixia_dx}}。
访谈者：孩子现在怎么样？
受访者：比刚接手时好多了。刚去的时候她不说话，见人就躲，头发打结，指甲黑的。现在胖了，会笑了，在学校参加了合唱队。上个月回访，她给我们看她画的画，画的是一个房子，门口站着三个人，她说是她、姑姑和奶奶。我们科里几个人看了都没说话。这个案子办完了，可孩子的路还长，我们还要管到她十八岁。
访谈者：卷里的名字有什么问题吗？
受访者：有几处。派出所的笔录上父亲的名字写了两遍，{{han:薛永刚}}{{han:薛永刚}}，是打字员手滑。村委会的证明把孩子写成{{spaced:薛 子 涵}}，把母亲写成{{spaced:霍　丽　娜}}，把我的同事写成{{spaced:司 马 云 飞}}。还有一份把{{han:薛桂兰}}写成{{spaced:薛桂 兰}}。民政局那份表把法官写成了{{spaced:公　孙　雅　婷}}。
访谈者：这类案子多吗？
受访者：不少。父母一个进去、一个吸毒的，孩子最可怜。我们{{trap/place:五台山}}下的老人讲{{trap/famous:杨家将}}，讲{{trap/famous:佘太君}}一门忠烈，孩子们爱听。{{han:薛子涵}}那天问我，她爸出来了还能当她爸吗？我说能，只要他改。
访谈者：孩子的父亲知道这些吗？
受访者：知道。我们去监狱见过他，跟他讲了撤销监护的事，他哭了，说对不起孩子。他在里头学电焊，说出来以后要好好干，把孩子接回去。我们跟他说，只要你改好了，法律上可以申请恢复。
访谈者：您的同事们呢？
受访者：科里四个人。科长{{han:温国栋}}，他说话少，办事细。还有{{compound:漆雕晓楠}}，是去年考进来的，还有书记员{{han:刘长富}}，{{han:刘长富}}都干了二十年了。我们跟{{trap/org:团市委}}、{{trap/org:市妇联}}都有联系，每年六一去学校讲法治课。
""")

# H400: Han grandmother in 清远 (广东) raising a grandson whose father works in 佛山 and whose mother left.
DOCS["H400"] = ("family", """\
访谈者：阿婆，您家里几个人？
受访者：两个人，我同孙仔。我叫{{han:邓六妹}}，七十岁，住在{{trap/place:清远}}{{trap/place:清新}}区的山村。孙仔叫{{han:罗嘉俊}}，十一岁，我们叫他{{han:阿俊}}。他爸{{han:罗志坤}}在{{trap/place:佛山}}做装修，一年回来两次。他妈{{han:卢小红}}在他两岁那年就走了，讲是回{{trap/place:广西}}，之后冇消息。
访谈者：孩子爸爸不管吗？
受访者：管，寄钱，可他自己也冇几多。去年他从架上跌落来，伤了脚，在{{trap/place:佛山}}住院两个月，钱都花光。孙仔知道了，晚上偷偷哭。{{han:罗志坤}}他打电话回来，都系讲叫我顶住。
访谈者：谁帮过你们？
受访者：村委的儿童主任{{han:陈丽芬}}，她讲{{han:阿俊}}算留守儿童，又是单亲，报了困境儿童，每月有{{trap/amount:三百五十元}}。村主任{{han:何志明}}帮我报了低保。镇上社工站的{{compound:上官晓彤}}每个月嚟一次，同她一齐嚟的{{compound:东方子健}}教{{han:阿俊}}做手工。隔篱的{{han:老谭}}，全名{{han:谭国华}}，帮我挑水、修电灯。{{han:谭国华}}那边也有个孙女，同孙仔一个班。
访谈者：孩子在学校怎么样？
受访者：{{han:阿俊}}读{{school:清新区太平镇中心小学五年级（3）班}}，班主任{{han:朱丽华}}老师好，放学留他补数学。{{han:朱丽华}}讲，孩子聪明，就系坐唔定。学校饭堂的{{han:陆桂英}}婶，成日多打半勺饭给他。
访谈者：您身体怎样？
受访者：风湿，手指都变形了。种两分菜地，养几只{{trap/word:清远鸡}}，鸡仔卖出去换点油盐。我唔识字，他的作业我睇唔明，他自己做。有时候我讲{{trap/famous:何仙姑}}的故事俾他听，他话我讲来讲去都系嗰个。
访谈者：亲戚有来往吗？
受访者：我女儿{{han:罗秀玲}}嫁到{{trap/place:英德}}，她也有三个细路，顾唔到我们。她老公{{han:黎志荣}}做货车司机，路过会带两箱牛奶。孙仔最钟意他姑丈，成日问{{han:黎志荣}}几时再来。我外孙女{{han:黎思敏}}在{{trap/place:广州}}读大学，放假返来教{{han:阿俊}}英文。
访谈者：过年过节呢？
受访者：过年蒸{{trap/word:年糕}}，做{{trap/word:油角}}。{{trap/festival:端午}}去{{trap/place:北江}}边睇龙舟。{{han:阿俊}}话等他大个了，要带我去{{trap/place:飞来峡}}坐船。
访谈者：孩子爸爸的脚好了吗？
受访者：好咗七成，仲要拄拐。佢话等好晒再去开工，我话你唔使急，身体要紧。今年{{trap/year:二〇二四年}}过年，佢返来住咗半个月，同孙仔去山上摘{{trap/word:山稔}}，孙仔开心到唔想返学。走嗰日孙仔喊到声都沙，我睇住都心痛。村委话可以帮佢喺清远揾份保安工，一个月{{trap/amount:三千二}}，佢仲喺度谂。
访谈者：平时有人来探你们吗？
受访者：有。镇上{{trap/org:关工委}}嘅老人家每季度嚟一次，带米带油。学校老师都嚟过屋企家访，睇到我哋住嘅泥砖屋，帮我报咗危房改造，今年就要起新屋。我成世人都冇谂过可以住新屋。
访谈者：登记的资料请您讲一下。
受访者：屋企在{{address:清新区太平镇秦皇村六组19号}}，他爸在佛山租屋在{{address:南海区桂城街道叠翠小区5座1单元702房}}。{{han:阿俊}}的身份证{{id_number@my2014fwhyphen.441803}}。我电话{{mobile@plain}}，他爸的{{mobile@p86n}}。{{han:阿俊}}有个QQ，他同学帮他开的，号码在他作业本后面：{{qq:1602839475}}。他爸的微信{{wechat:luozhiyong_fs}}。
访谈者：您担心什么？
受访者：担心我个身体。我七十了，唔知仲带得几耐。孙仔大个咗，要读初中，要去镇上住宿，我又唔放心。村委的人话，到时候可以申请学校的爱心宿舍，周末有老师睇住。我同孙仔讲，阿婆老了，你要自己识得照顾自己，识得煮饭、洗衫。佢话识，佢仲话以后要做医生，医阿婆的风湿。
访谈者：表上的名字写对了吗？
受访者：唔啱。{{han:阿俊}}被写成{{spaced:罗 嘉 俊}}，我被写成{{spaced:邓　六　妹}}，社工写成{{spaced:上 官 晓 彤}}，还有一张写成{{spaced:罗嘉 俊}}。{{han:陈丽芬}}帮我一张张改。
访谈者：孙仔平时点样同你讲话？
受访者：佢好乖，放学返来先讲学校的事，边个同学考咗几多分，老师讲咗乜嘢。有时佢会问我，阿婆，阿妈仲记唔记得我。我话记得，点会唔记得。其实我都唔知。佢同我讲，等佢大个咗就去{{trap/place:广西}}揾佢阿妈，问佢点解走。
访谈者：您最盼什么？
受访者：盼{{han:阿俊}}读得书，盼他爸脚好返，早日返来清远揾工。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=393,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout50",))


if __name__ == "__main__":
    main()
