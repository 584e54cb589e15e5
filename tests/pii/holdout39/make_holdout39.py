# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 39 (tests/pii/holdout39/H297-H304 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 38, written side by side, is not an earlier
set).

Set 39 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
乌拉特前旗 (巴彦淖尔) whose husband is bedridden with silicosis, raising her two children and her dead sister's
orphaned girl; a Tibetan grandfather in 墨竹工卡 (拉萨) whose son died on the road and whose daughter-in-law remarried,
with two grandchildren; a Hui grandmother in 湟中 (西宁) whose son is in prison and whose daughter-in-law left, with
Tu neighbours who help; a Han mother in 汝南 (驻马店), disabled by arthritis, whose husband works in 昆山, raising her
two children and the two of his brother, who is in prison; a Han kindergarten teacher in 石门 (常德) going through
the Tujia children in distress of her class and their families on WeChat and QQ; a widowed Kazakh father in 新源
(伊犁) with a son with cerebral palsy and his dead brother's son; a Han court clerk in 磴口 (巴彦淖尔) reading out the
file of a case removing an abusive father's guardianship; and a Han grandfather in 都昌 (九江) raising the grandson
whose parents died on the road. The emphasis is on forms where a replacement might cover only part of a name, in a
mix rather than one trick: Mongolian names of four to seven characters (苏德那木其其格, 特格喜巴雅尔, 嘎日迪巴特尔,
萨日朗其木格, 额尔登巴雅尔) with short forms after the full name (苏德那木, 特格喜他, 嘎日迪也) and a Han surname
before a Mongolian name (包阿如娜); Lhasa Tibetan names (索朗旺堆, 旦增朗杰, 次仁德央, 格桑玉珍, 丹增曲扎) with short
forms (朗杰就, 德央也, 玉珍她, 曲扎每), a Han surname before a Tibetan name (李拉姆, 王次仁) and the Han name of a
Tibetan (刘雪莲); Hui Han-form names (马金兰, 马振宇, 韩福贵) beside 经名 (者海拉, 苏阿德) and Han surname + Arabic
name (马尔撒, 韩苏莱哈, 马优苏福 then 优苏福, 韩哈里德, 马伊斯哈格); Tu names, bare and after a Han surname (吉先措,
董更登, 星才让加, 祁拉毛吉, 鲁东主, 吕班玛) and the Han-form name of a Tu (祁文斌); Han nicknames that are words,
annotated whole (喜鹊说, 板凳也, 扣子就, 碾子还); Tujia children and parents with Han-form names as they show on
WeChat and QQ (“梓涵奶奶”, “田大江在东莞”, “浩宇妈”); Kazakh given name + father's name with and without the dot
(居马泰·阿勒木 and 居马泰阿勒木, 阿勒玛斯·居马泰, 叶尔兰别克托列吾汗) and short forms (居马泰, 阿勒玛斯她, 努尔苏丹就);
Han names with common and rare surnames, titles and kin words (靳桂枝婶, 禹红霞姨, 田秋云外婆, 祁文斌所长), names
that contain words (付建设, 王麦香, 张保国, 向长江, 帅长江, 游春风, 殷家和, 樊光明), a name written twice on a form
(贾永胜贾永胜), names directly before particles and verbs (付建设他们那边, 王金凤都, 杭桂英他们家, 喻春兰她) and after
叫/是/给/跟/和/找; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邢翠萍}}``, ``{{qq:2750386149}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, tu, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2018spaced.150823}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 队长, 阿訇,
民警, 婶, 姨, 外婆, 爷爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a nickname that is a word (喜鹊, 板凳) and a given name used alone on
WeChat or QQ (梓涵, 浩宇) are annotated as they are written. Han-style names of Mongolian, Tibetan, Hui, Tu and Tujia
people are category han; a Han surname before a non-Han given name is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout39/make_holdout39.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(39_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "tu", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "tu": 10, "kazakh": 10}

MOBILE_PREFIXES = ["135", "138", "139", "147", "150", "153", "156", "158", "167", "175", "182", "184", "187", "195"]

DOCS: dict[str, tuple[str, str]] = {}

# H297: Mongolian mother in 乌拉特前旗 (巴彦淖尔); her husband has silicosis, she also raises her dead sister's girl.
DOCS["H297"] = ("family", """\
访谈者：大姐，您先说说家里几口人吧。
受访者：五口，算上我外甥女。我叫{{minority/mongolian:苏德那木其其格}}，四十一岁，户口本上的汉名是{{han:白淑敏}}，嘎查里的人都喊我{{minority/mongolian:苏德那木}}。家在{{trap/place:乌拉特前旗}}{{trap/place:明安镇}}北边的嘎查，离{{trap/place:乌梁素海}}不远。丈夫{{minority/mongolian:特格喜巴雅尔}}年轻时在{{trap/place:包头}}的铁矿上打钻，得了尘肺病，前年起就下不了炕了。{{minority/mongolian:特格喜}}他以前是旗里数得着的摔跤手，现在喘口气都费劲。
访谈者：孩子们多大了？
受访者：大儿子{{minority/mongolian:嘎日迪巴特尔}}十四，在{{school:乌拉特前旗第三中学初二（4）班}}住校；闺女{{minority/mongolian:萨日朗其木格}}十岁，在{{school:明安镇中心学校四年级（2）班}}。{{minority/mongolian:嘎日迪}}也懂事，周末回来先给他阿爸翻身，再去圈里起粪。外甥女{{minority/mongolian:包阿如娜}}七岁，她妈是我妹妹{{minority/mongolian:斯琴巴雅拉}}，前年得乳腺癌走了；她爸{{han:鲍永刚}}跑运输，早两年在{{trap/place:临河}}出车祸没了。孩子没地方去，我就领回来了。
访谈者：家里收入靠什么？
受访者：四十只羊，几亩葵花。禁牧以后羊不敢多养。低保是全家的，{{minority/mongolian:包阿如娜}}是孤儿，每月有{{trap/number:一千五百五}}的孤儿基本生活费，我那两个还有困境儿童补贴。嘎查的儿童主任{{han:鲍秀英}}帮着报的，她跑了三趟苏木，又跑了{{trap/org:旗民政局}}。苏木的民政助理{{han:王玉林}}每季度来核一回。
访谈者：还有谁帮过你们？
受访者：嘎查达{{minority/mongolian:巴音达来}}冬天给我们拉了两车草。邻居{{minority/mongolian:陶格陶胡}}家的儿子开四轮，我家葵花都是他帮着收的。老阿爸{{minority/mongolian:额尔登巴雅尔}}七十多了，天天拄着拐来看{{minority/mongolian:特格喜}}，坐在炕沿上讲{{trap/famous:嘎达梅林}}。旗医院的{{han:杨志刚}}大夫一个月下来一趟，给换氧气瓶。旗里社工站来了两个年轻人，姑娘叫{{compound:拓跋婉清}}，跟她搭档的是{{compound:段干明哲}}。{{compound:拓跋婉清}}教孩子们画画，外甥女画了一张全家福，把她妈画在云彩上。
访谈者：孩子们在学校怎么样？
受访者：大儿子的班主任{{han:陈春燕}}老师说他作文好，写他阿爸当年摔跤赢了一匹马。闺女的班主任是{{han:樊光明}}老师，小伙子，周末还给几个困境孩子补课。{{minority/mongolian:萨日朗其木格}}说长大要当大夫，给她阿爸治病。
访谈者：过节的时候怎么过？
受访者：正月里过{{trap/minority_word:查干萨日}}，我给孩子们煮手把肉、做{{trap/minority_word:奶豆腐}}。五月嘎查{{trap/minority_word:祭敖包}}，大儿子去摔跤，拿了个第三。孩子们管我叫{{trap/minority_word:额吉}}，外甥女也跟着叫，我听着心里酸。
访谈者：您自己身体吃得消吗？
受访者：腰疼。{{trap/word:白天}}放羊，晚上给他阿爸拍背，一夜起来好几回。有时候真想哭一场，一看三个孩子，又咬牙挺过去了。苏木给我们家装了制氧机，电费也给减了。
访谈者：冬天最难的是什么？
受访者：冬天烧煤，一个冬天要三吨，光煤钱就两千多。羊要补饲，草料也贵。他阿爸怕冷，屋里炉子一夜不能灭，我隔两个钟头就起来添一回。去年腊月里制氧机坏了，半夜里他憋得脸发紫，我给{{minority/mongolian:巴音达来}}打电话，他开着皮卡把我们送到旗医院，来回一百多里路。后来苏木给换了台新的，还给配了备用电池。我常想，要不是这些人，我一个女人家早撑不住了。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:乌拉特前旗明安镇巴音温都尔嘎查二组17号}}，大儿子周末有时住他舅舅家，是{{address:乌拉山镇团结小区4号楼3单元502室}}。我身份证{{id_number@wy1984.150823}}，外甥女的{{id_number@wy2018spaced.150823}}。我电话{{mobile@spaced}}，{{han:鲍秀英}}的电话{{mobile@plain}}，她微信{{wechat:baoxiuying_mingan}}。大儿子有QQ，老师让他查作业用，号码是——他写在挂历背面了——{{qq:2750386149}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:苏 德 那 木 其 其 格}}，大儿子成了{{spaced:嘎日迪 巴特尔}}，外甥女是{{spaced:包 阿 如 娜}}，还有张表把我写成{{spaced:白　淑　敏}}。
访谈者：孩子们跟您说心里话吗？
受访者：闺女爱说，外甥女不爱说。外甥女刚来那阵子，夜里老是坐起来找她妈，我就搂着她睡。现在她管我叫阿妈，我答应得响响的。大儿子心重，有一回我看见他在羊圈后头偷偷抹眼泪，问他，他说没事，是沙子迷了眼。
访谈者：您最盼什么？
受访者：盼他阿爸少受点罪，盼三个孩子都念出书来。我跟{{minority/mongolian:特格喜}}说，咱俩没念几天书，孩子们不能这样。
""")

# H298: Tibetan grandfather in 墨竹工卡 (拉萨); his son died on the road, the mother went to 日喀则; two grandchildren.
DOCS["H298"] = ("family", """\
访谈者：爷爷，您家里现在几口人？
受访者：四口。我叫{{minority/tibetan:索朗旺堆}}，六十八了，住在{{trap/place:墨竹工卡}}县城往东的村里。老伴{{minority/tibetan:拉巴卓嘎}}，两个孙子孙女。儿子{{minority/tibetan:多吉旺堆}}开大车，前年冬天在{{trap/place:米拉山}}下坡的地方翻了车，人没了。儿媳{{minority/tibetan:达瓦旺姆}}过了一年改嫁到{{trap/place:日喀则}}，孩子留给了我们。
访谈者：孙子孙女多大了？
受访者：孙子{{minority/tibetan:旦增朗杰}}十二岁，在{{school:墨竹工卡县第二小学六年级（1）班}}，我们叫他{{minority/tibetan:朗杰}}。孙女{{minority/tibetan:次仁德央}}九岁，在{{school:工卡镇中心小学三年级（3）班}}，家里喊她{{minority/tibetan:德央}}。{{minority/tibetan:朗杰}}就是个小大人，放学回来帮奶奶挤奶、打{{trap/minority_word:酥油}}。{{minority/tibetan:德央}}也爱哭，晚上抱着她阿爸的照片睡。
访谈者：孩子们有补助吗？
受访者：有。村里的儿童主任{{minority/tibetan:格桑玉珍}}给两个孩子办了事实无人抚养，一人一个月{{trap/number:一千四百六}}。{{minority/tibetan:玉珍}}她一个礼拜来两回，给孩子们洗头、剪指甲。乡里的干部{{minority/tibetan:李拉姆}}，她爸是汉族，在{{trap/place:拉萨}}读的书，跑了好几趟{{trap/org:县民政局}}。驻村工作队的队长是{{han:刘雪莲}}，也是藏族，{{trap/place:昌都}}人，从小起的汉名，她跟我们说藏话。
访谈者：还有谁照顾你们？
受访者：我弟弟{{minority/tibetan:丹增曲扎}}在{{trap/org:甘丹寺}}当僧人，{{minority/tibetan:曲扎}}每个月回来一趟，给孩子们带些钱。村医{{minority/tibetan:尼玛扎西}}给老伴量血压，她腿疼，他给扎针。乡卫生院的{{minority/tibetan:王次仁}}大夫说我心脏不好，让我少喝青稞酒。孙子的班主任{{minority/tibetan:益西卓玛}}老师，还有援藏来的{{han:高建藏}}老师，这个老师的名字是他爸给起的，他爸当年也来过西藏。县里社工站来过两个人，一个是{{compound:上官语嫣}}，一个是{{compound:慕容天佑}}，给孩子们做了心理辅导。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{minority/tibetan:达瓦旺姆}}她一年来两趟，来了就哭。{{minority/tibetan:旦增朗杰}}不跟她说话，可她一走，他就跑到村口看车。我跟他说，阿妈也难，你别怪她。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历新年}}，老伴做{{trap/minority_word:切玛}}，孩子们换新衣服去{{trap/place:甲玛}}转经。{{trap/minority_word:望果节}}村里赛马，{{minority/tibetan:朗杰}}也想骑，我不让。我给他们讲{{trap/famous:松赞干布}}就生在{{trap/place:甲玛}}，孩子们听了很骄傲。
访谈者：您身体怎么样？
受访者：不行了，走远路就喘。家里有二十头牦牛，放不动了，给亲戚代放，年底分点酥油。政府给盖了新房，安了太阳能，冬天孩子们写作业不冷了。
访谈者：孩子们的学习怎么样？
受访者：孙子学习好，考试在班里前五名，就是汉语作文差一点，{{han:高建藏}}老师每个礼拜给他多改一篇。孙女贪玩，放学回来先去找邻居家的小狗，玩够了才写作业。礼拜五下午我骑着摩托去接他们，来回一个多钟头。冬天风大，我给他们裹上羊皮袄，孩子们说爷爷的袄子有股酥油味。
访谈者：家里的收入够用吗？
受访者：低保、补助加起来，吃饭穿衣够了。村里合作社每年给我们家分红，去年分了三千多。就是看病花钱，老伴的腿每年要去拉萨住一回院，医保报一大半，剩下的是孩子们的叔爷给的。我跟孩子们说，人家帮我们，是看得起我们，长大了要还这份情。
访谈者：村里对孩子们怎么样？
受访者：好。村里开会，大家说这两个孩子没了阿爸，谁家有活就叫他们去吃饭。邻居家娶媳妇，专门给孩子们留了位子。孩子们的衣服多半是亲戚们送的，大的穿了小的穿。夏天村里组织孩子们去县城看电影，孙女回来学了好几天。
访谈者：登记表上的地址和号码。
受访者：家在{{address:墨竹工卡县甲玛乡赤康村二组12号}}，儿媳在日喀则住{{address:桑珠孜区吉祥小区3栋2单元401室}}。我的身份证{{id_number@mold.540127}}，孙子的{{id_number@my2013quad.540127}}。我的电话{{mobile@s434}}，{{minority/tibetan:格桑玉珍}}的电话{{mobile@hyphen}}，她的微信是{{wechat:gesangyuzhen_mz}}。孙子有个QQ，说是学校上网课注册的，号码{{qq:436027915}}。
访谈者：表上的名字写得对吗？
受访者：不一样。有的表写{{spaced:旦 增 朗 杰}}，有的写{{spaced:次仁 德央}}。我在低保表上是{{spaced:索　朗　旺　堆}}，儿童主任被写成{{spaced:格桑 玉珍}}。
访谈者：您最大的心愿呢？
受访者：孩子们念书念出去。{{minority/tibetan:德央}}说要当医生，给奶奶治腿。
""")

# H299: Hui grandmother in 湟中 (西宁); her son is in prison, his wife left; Tu neighbours help.
DOCS["H299"] = ("family", """\
访谈者：奶奶，您家里现在是什么情况？
受访者：我叫{{han:马金兰}}，经名{{minority/hui:者海拉}}，七十一了，家在{{trap/place:湟中}}{{trap/place:鲁沙尔}}往南的村子里。老汉走了六年了。儿子{{minority/hui:马尔撒}}，上学时的名字叫{{han:马振宇}}，跟着人贩毒，判了八年，在{{trap/place:西宁}}服刑。儿媳{{minority/hui:韩苏莱哈}}受不了，前年走了，听说在{{trap/place:格尔木}}打工。两个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{minority/hui:马优苏福}}十一，我们都喊他{{minority/hui:优苏福}}，在{{school:湟中区鲁沙尔第二小学五年级（2）班}}。孙女{{minority/hui:马祖白代}}七岁，在村里小学读一年级。{{minority/hui:优苏福}}懂事，知道他爸的事以后就不爱说话了。孙女还小，老问她妈啥时候回来。
访谈者：这些年谁帮过你们？
受访者：村支书{{han:韩福贵}}给我们报了低保，两个娃娃按事实无人抚养，每人每月{{trap/number:一千三百五}}。乡上的民政专干{{han:冶占林}}来核过几趟。寺里的{{minority/hui:韩哈里德}}阿訇让乡老们每月给送面和清油，{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}，先给我们端一盘。
访谈者：邻居们呢？
受访者：隔壁是土族人家，男人{{minority/tu:星才让加}}在西宁开出租，女人{{minority/tu:祁拉毛吉}}天天过来。{{minority/tu:祁拉毛吉}}她手巧，给孙女绣了一对{{trap/minority_word:七彩袖}}的套袖。她闺女{{minority/tu:吉先措}}跟孙女一个班，两个娃娃好得一个人似的，{{minority/tu:吉先措}}还把自己的新书包给了孙女。村里的老人{{minority/tu:董更登}}，八十多了，会唱{{trap/minority_word:花儿}}，孩子们围着他听。{{minority/tu:董更登}}说，谁家没个难处，乡里乡亲的就得帮衬。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:喇永红}}老师常打电话来，说{{minority/hui:优苏福}}数学好，就是上课走神。学校的心理老师{{minority/tu:鲁东主}}老师也是土族，一个礼拜找他谈一回。村里的儿童主任是{{minority/tu:吕班玛}}，土族姑娘，大学毕业回来的，她给孙子报了个暑假的夏令营。
访谈者：孩子的爸爸那边呢？
受访者：我一年去西宁看他两回。{{minority/hui:马尔撒}}他在里头学了电焊，说出来了好好干。我不敢带孙子去，怕娃娃心里受不了。派出所的{{han:祁文斌}}所长帮着办了会见，他也是土族，说话和气。
访谈者：平常有急事找谁？
受访者：找{{minority/hui:马伊斯哈格}}，他是寺里的乡老，老汉的堂弟，家里有辆三轮。去年冬天孙女半夜发烧，是他拉着我们去的乡卫生院。他女人{{minority/hui:苏阿德}}蒸了馍馍送过来，说娃娃病了要吃点软和的。村里人都说，这一家人心肠好。
访谈者：还有别的帮助吗？
受访者：乡卫生院的{{han:马海燕}}大夫给我看高血压，药是免费的。县里社工站来过两个人，一个叫{{compound:令狐思琪}}，一个是{{compound:皇甫建军}}，给孙子辅导作业，还教我用手机视频。{{compound:令狐思琪}}说，{{minority/tu:吕班玛}}跟她是大学同学。
访谈者：过节呢？
受访者：我们过{{trap/minority_word:古尔邦节}}，邻居们过{{trap/minority_word:纳顿节}}，互相串门。{{minority/tu:祁拉毛吉}}给我端{{trap/minority_word:酩馏酒}}，我不喝，她就换成奶茶。{{minority/tu:星才让加}}带孩子们去{{trap/place:塔尔寺}}看灯，给他们讲{{trap/famous:宗喀巴}}小时候的故事。我跟孩子们说，人家信人家的，咱们信咱们的，做人都一样要善。
访谈者：孙子现在还想他爸吗？
受访者：想，嘴上不说。他把他爸小时候的照片夹在课本里，上课的时候偷偷看。老师发现了，没收他的，还跟他说，想爸爸不丢人。
访谈者：您自己身体怎么样？
受访者：腿疼，眼睛也花了。地里种了二亩洋芋，村里人帮着挖。{{trap/word:马上}}就冬天了，烧炕的煤还没拉回来，村支书说过两天就送来。
访谈者：登记表要填地址和号码。
受访者：家在{{address:湟中区鲁沙尔镇阳坡村三社9号}}，儿媳以前在西宁租的房是{{address:城东区富强巷东方小区2号楼1单元302室}}。我身份证{{id_number@wold.630122}}，孙子的{{id_number@my2014hyphen.630122}}。我的电话{{mobile@plus86}}，{{minority/tu:吕班玛}}的电话{{mobile@s38}}，她的微信{{wechat:lvbanma_tuzu}}。孙子有个QQ，他说跟他妈聊天用的，号码是{{qq:1580274936}}。
访谈者：表上名字写得对吗？
受访者：不一样。有的写{{spaced:者 海 拉}}，孙子写成{{spaced:马 优 苏 福}}，邻居家的写成了{{spaced:祁拉毛 吉}}，她闺女在学校表上是{{spaced:吉　先　措}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，盼两个娃娃好好念书，别走他爸的路。
""")

# H300: Han mother in 汝南 (驻马店); her husband works in 昆山, his brother is in prison; four children.
DOCS["H300"] = ("family", """\
访谈者：大姐，家里的情况您说说。
受访者：我叫{{han:邢翠萍}}，三十八，家在{{trap/place:驻马店}}{{trap/place:汝南}}县城西边的村里。俺对象{{han:付建设}}在{{trap/place:昆山}}电子厂，一年回来一趟。俺得的是类风湿，手指头都变形了，有残疾证，重活干不了。家里四个孩子，俩是俺的，俩是他弟弟的。
访谈者：四个孩子都多大？
受访者：俺闺女{{han:付雨晴}}十二，小名叫{{han:喜鹊}}；儿子{{han:付振华}}九岁，小名{{han:板凳}}。{{han:喜鹊}}说她长大要当护士，{{han:板凳}}也跟着说要当护士，俺说你个男娃当啥护士。他弟弟{{han:付建兵}}偷电缆判了五年，弟媳{{han:睢玉芳}}跟人跑了。他们家俩孩子，闺女{{han:付梦瑶}}小名{{han:扣子}}，儿子{{han:付子墨}}小名{{han:碾子}}。{{han:扣子}}就是不吭声，{{han:碾子}}还小，夜里尿床。
访谈者：孩子们在哪上学？
受访者：{{han:付雨晴}}在{{school:汝南县第二初级中学初一（5）班}}，另外三个在镇上的小学，{{han:付振华}}是{{school:三桥镇中心小学三年级（2）班}}的。{{han:付雨晴}}的班主任{{han:李全胜}}老师人好，知道俺家的事，免了她的资料费。{{han:扣子}}她们班的{{han:赵小满}}老师常给她梳小辫。
访谈者：谁帮过你们？
受访者：村支书{{han:张保国}}给俺家报了低保，弟弟家俩孩子算事实无人抚养，每人每月{{trap/number:一千零八十}}。儿童主任{{han:王金凤}}隔三岔五来，{{han:王金凤}}都是骑着电动车来，带点鸡蛋、带点作业本。俺婆婆{{han:王麦香}}七十多了，腿脚还行，帮着做饭。后院的{{han:靳桂枝}}婶、前院的{{han:禹红霞}}姨常过来搭把手。{{han:靳桂枝}}她男人会修电动车，俺家的车坏了都是他修。
访谈者：县里乡里呢？
受访者：{{trap/org:县残联}}给俺发了护理补贴，乡卫生院的{{han:陈春旺}}大夫每月来给俺打一回针。县里有社工，一个叫{{compound:欧阳春晖}}，同事是{{compound:司马明轩}}，他们给孩子们办了个周末课堂。{{trap/org:县妇联}}也来过，送了一箱书。
访谈者：孩子爸爸常打电话吗？
受访者：天天晚上视频。{{han:付建设}}他们那边加班多，有时候十一点才打过来，孩子们都睡了。他说今年过年回来，给孩子们买新衣裳。{{han:付建设}}说等攒够了钱就回来，在县城找个活。
访谈者：孩子们跟爸爸亲吗？
受访者：亲是亲，就是生分。一年见一回，刚回来那几天孩子们都躲着他，等熟了他又要走了。小的那个抱着他的腿不让走，他蹲在门口抽了半包烟。俺跟他说，钱少挣点就少挣点，等孩子们大了，就顾不上了。他说再干两年。
访谈者：孩子们知道家里的难处吗？
受访者：知道。{{han:喜鹊}}放学回来先洗衣裳，再辅导弟弟妹妹写作业。有一回俺手疼得拿不住碗，{{han:板凳}}也不说话，端着碗一口一口喂俺。{{han:碾子}}还问俺，大娘你疼不疼。俺一听就哭了。
访谈者：您一个人带四个孩子，一天怎么过？
受访者：天不亮就起来蒸馍，熬一锅稀饭，送孩子们上学。上午去地里转转，种了三亩麦、二亩花生，重活都是雇人干。下午接孩子，晚上看着他们写作业。俺不识几个字，作业看不懂，就让大的教小的。最怕阴天下雨，俺手脚疼得下不来床，四个孩子饿着肚子去上学。后来儿童主任跟学校说了，学校给困境儿童管午饭，俺心里才踏实点。
访谈者：平常有啥乐子吗？
受访者：早上一人一碗{{trap/word:胡辣汤}}，就是孩子们最高兴的事。俺给他们讲{{trap/famous:梁山伯}}和{{trap/famous:祝英台}}，说这故事就出在俺{{trap/place:汝南}}。过年去{{trap/place:宿鸭湖}}边上看烟花。
访谈者：登记表上的信息呢？
受访者：家在{{address:汝南县三桥镇付庄村四组23号}}，俺对象在昆山住的是{{address:开发区蓬朗街道金阳小区6号楼504室}}。俺身份证{{id_number@wy1987.411727}}，{{han:付梦瑶}}的{{id_number@wy2015.411727}}。俺电话{{mobile@spaced}}，{{han:付建设}}的电话{{mobile@h38}}，他微信{{wechat:fujianshe_ks1985}}。{{han:喜鹊}}有个QQ，她说同学都有，号是——她写在作业本皮上了——{{qq:69215048}}。
访谈者：表上的名字都写对了吗？
受访者：没有。有的写成{{spaced:付 雨 晴}}，有的把弟媳写成{{spaced:睢　玉　芳}}，还有写成{{spaced:付子 墨}}的。
访谈者：您最盼啥？
受访者：盼孩子们好好的，盼他弟弟出来改好，把俩孩子接回去。有事打{{trap/hotline:12345}}，{{han:王金凤}}教俺的。
""")

# H301: Han kindergarten teacher in 石门 (常德) and the Tujia children in distress of her class, their families on WeChat and QQ.
DOCS["H301"] = ("teacher", """\
访谈者：老师，您先介绍一下自己的班吧。
受访者：我叫{{han:龚晓岚}}，在{{trap/place:常德}}{{trap/place:石门县}}教幼儿园十年了，现在带{{school:石门县壶瓶山镇中心幼儿园大（3）班}}。班上二十八个孩子，一大半是土家族，有五个是困境儿童。家长大多不在身边，我跟家里人联系，全靠微信和QQ。
访谈者：您说说这五个孩子。
受访者：头一个{{han:向梓涵}}，她爸{{han:向长江}}在{{trap/place:东莞}}工地上摔断了脊椎，瘫在床上，她妈{{han:覃秀英}}照顾他，孩子跟奶奶在老家。奶奶的微信名就叫“{{han:梓涵}}奶奶”，每天晚上发语音问孩子吃了几碗饭。
访谈者：第二个呢？
受访者：第二个{{han:田若溪}}，妈妈前年得白血病走了，爸爸{{han:田大江}}在东莞打工。他微信上叫“{{han:田大江}}在东莞”，头像是孩子的照片。{{han:田大江}}说他一个月只能休两天，孩子的事都托付给我。孩子跟外婆{{han:田秋云}}过，外婆不识字，我发的通知都是语音。
访谈者：第三个？
受访者：第三个{{han:覃浩宇}}，爸爸{{han:覃建平}}是聋哑人，妈妈{{han:彭春燕}}眼睛看不见，两个人在镇上开了个按摩店。妈妈在QQ上叫“{{han:浩宇}}妈”，她用读屏软件听我发的消息，回得比谁都快。{{han:覃浩宇}}也懂事，放学了牵着他妈过马路。
访谈者：第四个？
受访者：第四个是孤儿，{{han:彭语桐}}，爸妈骑摩托掉进{{trap/place:澧水}}，都没了。她跟外公{{han:龚德胜}}过，外公是我远房的叔。{{han:彭语桐}}就是不说话，来了半年才叫我一声老师。
访谈者：第五个？
受访者：第五个{{han:向国华}}，爸妈在{{trap/place:张家界}}做导游，三年没回来，跟爷爷{{han:向红军}}过。爷爷在微信上叫“{{han:向红军}}”，实名，头像是一片{{trap/word:向日葵}}。孩子有点多动，爷爷管不住，我就每天给他留十分钟单独说话。
访谈者：这些孩子跟别的孩子玩得来吗？
受访者：刚开始玩不来。那个孤儿小姑娘总是一个人坐在角落里，别的孩子叫她，她也不理。后来我让她当图书角的小管理员，每天给小朋友发书、收书，慢慢就开口了。上个月开家长会，她外公来了，看见她在台上讲故事，眼泪一下子就出来了。
访谈者：幼儿园和社区怎么帮这些孩子？
受访者：园长{{han:杨雅婷}}给困境儿童免了保教费和伙食费。我跟配班的{{han:瞿红梅}}老师一人包两三个孩子。社区的儿童主任{{han:李明亮}}每个月来园里一次，把孩子的情况报到{{trap/org:县民政局}}，五个孩子都有补贴，孤儿每月{{trap/number:一千二百八}}。县里的社工{{compound:宇文瑞雪}}、{{compound:东方晓宇}}每周五来带游戏。镇卫生院的{{han:周新民}}医生每学期给孩子们体检。
访谈者：土家族的东西孩子们还学吗？
受访者：学。我们园里每周跳{{trap/minority_word:摆手舞}}，奶奶们来教孩子织{{trap/minority_word:西兰卡普}}。过{{trap/minority_word:社饭}}节的时候，{{han:田秋云}}外婆做了一大锅送到园里。我给孩子们讲{{trap/famous:刘海砍樵}}，孩子们最爱演{{trap/famous:胡大姐}}那段。
访谈者：跟家长联系有什么难处？
受访者：家长换号换得勤，群里的人名也乱，同一个人有时候叫实名，有时候叫“宝贝加油”。{{han:覃秀英}}的微信号是{{wechat:qinxiuying_sm88}}，{{han:田大江}}的是{{wechat:tiandajiang_dg}}。{{han:向红军}}爷爷不会用微信转账，每次都是打电话，他的电话是{{mobile@plus86spaced}}。{{han:彭春燕}}的QQ号我记着，{{qq:3402169587}}，她只用QQ。
访谈者：孩子们的档案您都建了吗？
受访者：建了。{{han:向梓涵}}家在{{address:石门县壶瓶山镇东山峰村五组8号}}，{{han:覃浩宇}}家在{{address:壶瓶山镇新街社区桃源小区2栋102室}}。{{han:彭语桐}}的身份证是{{id_number@wy2019.430726}}，外公的是{{id_number@moldspaced.430726}}。{{han:田大江}}的电话{{mobile@plain}}，{{han:覃秀英}}的电话{{mobile@s74}}。园里的QQ群号是家长们自己建的，{{han:向国华}}爷爷说他记不住，我替他存着，他本人的QQ是{{qq:857203164}}。
访谈者：名字在档案上写得一致吗？
受访者：不一致。有的写{{spaced:向 梓 涵}}，有的写{{spaced:田　若　溪}}，把社工写成{{spaced:宇 文 瑞 雪}}的也有，还有{{spaced:覃浩 宇}}。
访谈者：您最大的感受？
受访者：孩子们小，心里的事说不出来。我多看一眼，多抱一下，他们就能好过一点。
""")

# H302: Kazakh father in 新源 (伊犁), widowed, with three children (one with cerebral palsy) and his dead brother's son.
DOCS["H302"] = ("family", """\
访谈者：大哥，您家里几口人？
受访者：五口。我叫{{minority/kazakh:居马泰·阿勒木}}，四十五岁，在{{trap/place:新源}}{{trap/place:那拉提}}镇边上的牧业村。老婆{{minority/kazakh:达娜古丽}}前年得肝癌走了。家里三个孩子，还有我哥哥的儿子。
访谈者：孩子们多大？
受访者：大女儿{{minority/kazakh:阿勒玛斯·居马泰}}十四，在{{school:新源县第三中学初二（6）班}}住校；儿子{{minority/kazakh:努尔苏丹·居马泰}}十岁，生下来就脑瘫，走不了路；小女儿{{minority/kazakh:卡米拉}}六岁，在村里幼儿园。{{minority/kazakh:阿勒玛斯}}她周末回来，给弟弟洗澡、喂饭，比我还细心。{{minority/kazakh:努尔苏丹}}就爱听{{trap/minority_word:冬不拉}}，一听就笑。
访谈者：您哥哥的孩子呢？
受访者：哥哥{{minority/kazakh:托列吾汗·阿勒木}}三年前冬天转场，在{{trap/place:巩乃斯}}的山里遇上雪崩，人和羊都没出来。嫂子{{minority/kazakh:努尔扎达}}改嫁到{{trap/place:阿勒泰}}，侄子{{minority/kazakh:叶尔兰别克·托列吾汗}}十二岁，就跟了我。{{minority/kazakh:叶尔兰别克}}在{{school:那拉提镇寄宿制学校五年级（1）班}}，学习好，老师{{minority/kazakh:阿合买提江}}说他能考到{{trap/place:伊宁}}的内高班。
访谈者：家里怎么过日子？
受访者：有六十只羊、八匹马，夏天我在山上，孩子们在村里，由我阿妈照看。村里给我们家报了低保，侄子是孤儿，每月有{{trap/number:一千六百三}}。儿子有残疾证，一级，{{trap/org:县残联}}给配了轮椅，还每月有护理补贴。村支书{{minority/kazakh:哈布都拉}}和工作队的{{han:王卫平}}队长一起跑的手续。儿童主任{{han:郑晓红}}是汉族，嫁到我们村的，哈萨克话说得很好。
访谈者：儿子看病怎么办？
受访者：县康复中心的{{han:黄建新}}大夫每周给他做两回训练，现在能自己坐一会儿了。村医{{minority/kazakh:吾尔肯·沙吾列}}天天来看一眼。县里社工站的{{compound:公孙雅丽}}跟{{compound:尉迟云峰}}给我们申请了一个基金会的钱，买了站立架。{{compound:公孙雅丽}}还帮大女儿报了一个网上的英语课。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/kazakh:卡米拉}}还小，老问妈妈去哪儿了。{{minority/kazakh:阿勒玛斯}}把她妈的银手镯一直戴着。我们过{{trap/minority_word:纳吾热孜节}}，我学着她妈的样子煮{{trap/minority_word:纳吾热孜粥}}，孩子们说不是那个味。
访谈者：过节还有别的活动吗？
受访者：夏天山上有{{trap/minority_word:阿肯弹唱}}和{{trap/minority_word:姑娘追}}，我带侄子去看。我给孩子们讲{{trap/famous:阿拜}}的诗，说要念书，念书的人心里亮。
访谈者：您一个人带这些孩子，难吗？
受访者：难。转场的时候最难，我在山上放羊，心在村里。乡民政的{{han:吴秀梅}}说，冬天可以把儿子送到县里的儿童福利机构托养，我舍不得。我阿妈七十多了，也说只要她还能动，孙子就在家里。
访谈者：侄子跟您的孩子处得好吗？
受访者：好。侄子比我儿子大两岁，放假回来就推着轮椅带他出去晒太阳，给他讲学校里的事。大女儿管他叫哥哥，有什么事都先跟他商量。我阿妈说，这几个孩子抱成一团，比什么都强。有一回村里有孩子笑话我儿子，侄子冲上去跟人家理论，回来还挨了我一顿说，可我心里是高兴的。
访谈者：您阿妈身体怎么样？
受访者：还硬朗，就是眼睛花了。她每天早上烧奶茶，给孩子们烤馕，晚上给他们讲过去的事。孩子们都听她的，她说话比我管用。
访谈者：登记表要写地址和号码。
受访者：家在{{address:新源县那拉提镇阿尔善村三组14号}}，冬窝子在{{address:新源县肖尔布拉克镇喀拉布拉克村一组6号}}。我身份证{{id_number@m.654025}}，儿子的{{id_number@my2015fwspaced.654025}}，侄子的{{id_number@my2013hyphen.654025}}。我的电话{{mobile@p86h}}，{{han:郑晓红}}的电话{{mobile@s434}}，她微信{{wechat:zhengxiaohong_nlt}}。大女儿有个QQ，说是学校让用的，号码我记在本子上：{{qq:１７３０８４６２５}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。户口本上是{{minority/kazakh:居马泰·阿勒木}}，低保卡上是{{minority/kazakh:居马泰阿勒木}}，没有点；学校把女儿写成{{minority/kazakh:阿勒玛斯居马泰}}，把侄子写成{{minority/kazakh:叶尔兰别克托列吾汗}}。还有表上写的是{{spaced:居 马 泰 · 阿 勒 木}}，{{spaced:阿勒玛斯 · 居马泰}}，{{spaced:努尔 苏丹}}，{{spaced:卡　米　拉}}。
访谈者：您最盼什么？
受访者：盼儿子能站起来，盼女儿和侄子考出去。我跟孩子们说，你们的阿爸{{minority/kazakh:居马泰}}没念过书，你们得念。
""")

# H303: Han court clerk in 磴口 (巴彦淖尔) reading out the file of a case on removing a father's guardianship.
DOCS["H303"] = ("staff", """\
访谈者：您今天带来的是什么案卷？
受访者：一件撤销监护人资格的案子，已经结了，当事人同意我们拿来做研究，名字你们回去再处理。我叫{{han:杭丽娜}}，在{{trap/org:磴口县人民法院}}当书记员，这个案子从立案到宣判都是我记的笔录。
访谈者：案子是怎么来的？
受访者：申请人是{{trap/org:县民政局}}，被申请人是孩子的父亲{{han:贾永胜}}和母亲{{han:乔红霞}}。{{han:贾永胜}}吸毒，喝了酒就打孩子，邻居报了警。{{han:乔红霞}}四年前就走了，一直下落不明。两个孩子，姐姐{{han:贾欣悦}}十一岁，弟弟{{han:贾浩轩}}八岁。派出所的{{han:高永平}}民警那天夜里去的，{{han:贾浩轩}}躲在煤房里，身上全是伤。
访谈者：后来孩子怎么安置的？
受访者：先临时放在奶奶{{han:杭桂英}}家，爷爷{{han:贾德福}}前年去世了。奶奶六十七，在{{trap/place:乌兰布和}}沙漠边上种地。村主任{{han:刘振国}}出了证明，说老人身体还行，愿意带。姐姐在{{school:磴口县第二小学五年级（3）班}}，班主任{{han:黄晓丽}}老师出庭作证，说孩子常常带着伤来上学，冬天穿单鞋。
访谈者：庭审是谁主持的？
受访者：审判长{{compound:欧阳瑾瑜}}，审判员{{compound:司马兴邦}}，人民陪审员是蒙古族的{{minority/mongolian:乌力吉孟和}}，退休的老教师。{{trap/org:检察院}}支持起诉。孩子的法律援助律师是{{compound:令狐峻熙}}，年轻人，跑了好几趟村里。宣判那天，{{han:杭桂英}}说她就一个心愿，把两个孩子拉扯大。
访谈者：庭审时还有谁出庭作证？
受访者：邻居{{han:杨建华}}，就是报警的那个。{{han:杨建华}}说他好几次半夜听见孩子哭，隔着墙喊都没用。还有{{trap/org:县妇联}}的{{han:周永安}}，她做过三次家访，拍了照片。被申请人在庭上一句话不说，最后只问了一句，以后还能不能见孩子。审判长说，能，但要等孩子愿意，还要有人陪着。
访谈者：判决以前，法院还做了什么？
受访者：我们跟民政局、学校、村委会开了一个协调会，定了每月谁去看、看什么，写成了监护报告。奶奶不识字，我一条一条念给她听，她按了手印。后来{{han:杭桂英}}他们家的房子漏雨，村里也给修了。
访谈者：案卷里的材料写得规范吗？
受访者：不太规范。村里出的证明，被申请人那一栏写成了“{{han:贾永胜}}{{han:贾永胜}}”，是打字的人重复了；有一张表上是手写的{{spaced:贾 永 胜}}，奶奶那张是{{spaced:杭　桂　英}}。送达回证上，审判长的名字被打成了{{spaced:欧 阳 瑾 瑜}}，律师是{{spaced:令　狐　峻　熙}}。我们归档前都要一一核对。
访谈者：判决之后呢？
受访者：撤销了{{han:贾永胜}}的监护人资格，指定奶奶当监护人，民政局跟进监护。两个孩子按事实无人抚养每人每月{{trap/number:一千五百八}}，奶奶还有低保。{{han:乔红霞}}要是回来，可以申请恢复，但得看孩子愿不愿意。老话说{{trap/saying:清官难断家务事}}，可孩子挨打就不是家务事了。
访谈者：这样的案子，难在哪里？
受访者：难在取证。孩子不敢说，邻居怕得罪人，老人护着儿子。我们跟检察官、社工一起去了五趟，才把材料弄齐。开庭前一晚，审判长还专门去看了孩子，跟他们说，叔叔阿姨是来帮你们的，不用怕。
访谈者：案卷上的身份信息您念一下，我们核对格式。
受访者：被申请人身份证号{{id_number@mhyphen.150822}}，母亲的是{{id_number@wfw.150822}}。监护人的是{{id_number@woldspaced.150822}}，孩子姐姐的是{{id_number@wy2013x.150822}}。被申请人住址{{address:磴口县巴彦高勒镇建设街东风小区7号楼2单元301室}}，奶奶家{{address:磴口县沙金套海苏木新华村二社15号}}。奶奶的电话{{mobile@plus86dash}}，村主任的电话{{mobile@spaced}}。案卷里还附了被申请人的聊天记录，他的微信号是{{wechat:jys_dengkou76}}，QQ是{{qq:2918406735}}，他在里面跟人约着买东西。
访谈者：孩子们现在怎么样？
受访者：回访过一次。姐姐说现在晚上睡得着了，弟弟还怕黑，奶奶给他开着灯睡。学校把两个孩子都列进了关爱名单，社工每月去一次。
访谈者：您做书记员这些年，这样的案子多吗？
受访者：一年一两件。每一件都记得清楚，笔录上的每个字都是孩子的事。
""")

# H304: Han grandfather in 都昌 (九江) raising his grandson, orphaned when his parents died on the road.
DOCS["H304"] = ("family", """\
访谈者：老人家，您身体还好吧？家里几口人？
受访者：三口，我、老伴，还有孙子。我叫{{han:熊德厚}}，七十了，住在{{trap/place:九江}}{{trap/place:都昌}}县，{{trap/place:鄱阳湖}}边上。老伴{{han:万桂英}}腿不好，走不了远路。儿子{{han:熊志刚}}和儿媳{{han:涂晓娟}}在{{trap/place:南昌}}做装修，三年前过年开车回来，在高速上被大货车追尾，两个人都没了。孙子{{han:熊子轩}}那年七岁，坐在后座，活下来了。
访谈者：孙子现在多大了？
受访者：十岁，在{{school:都昌县芙蓉山乡中心小学四年级（2）班}}。我们喊他{{han:子轩}}。{{han:子轩}}也知道爸妈没了，刚开始天天晚上做噩梦，现在好一点。他外公{{han:涂国庆}}在{{trap/place:修水}}，每年暑假接他去住一个月。
访谈者：这些年谁帮过你们？
受访者：村主任{{han:殷家和}}头一个上门，帮着处理事故赔偿，又给孙子报了孤儿基本生活费，一个月{{trap/number:一千七百二}}。村里的儿童主任是{{han:喻春兰}}，{{han:喻春兰}}她每个礼拜来一趟，看孙子的作业，跟学校说孩子的情况。乡里民政的{{han:陈海波}}年年来核对，说孙子上到大学都有补助。
访谈者：学校那边呢？
受访者：班主任{{han:帅长江}}老师很用心，{{han:熊子轩}}数学不好，他放学留下来单独给讲。乡卫生院的{{han:游春风}}医生给孩子做过心理评估，说孩子心里有个结，要慢慢解。县里的社工{{compound:闾丘明远}}和{{compound:漆雕雅琴}}一个月来两回，带着孙子画画、下棋。{{compound:漆雕雅琴}}送了他一套《西游记》，他翻得都起毛了。
访谈者：您和老伴带孩子，难在哪里？
受访者：难在我们老了，跟不上。手机上的作业我们看不懂，都是孙子自己弄。老伴腿疼，冬天下不了床，做饭洗衣都是我。有时候想，我们要是走了，孙子咋办？{{han:万桂英}}说，{{trap/word:万一}}我们走了，就托给他外公。可他外公也七十多了。
访谈者：孩子平常喜欢做什么？
受访者：喜欢去湖边看候鸟，喜欢听我讲古。我给他讲{{trap/famous:陶渊明}}不为五斗米折腰，讲{{trap/famous:周瑜}}在湖里练水兵，讲{{trap/famous:白居易}}在江边送客写了《琵琶行》。他说长大要当警察，抓那些开车不小心的人。我不让他下湖{{trap/word:游泳}}，他就在岸上看。
访谈者：孩子的外公那边呢？
受访者：外婆走得早，外公一个人在修水种茶。他说孩子的妈是他唯一的闺女，现在就剩这一个外孙了。每年清明，我们两家一起去给孩子爸妈上坟，孙子跪在坟前说，爸、妈，我考了九十分。那一回我和他外公两个老头子都哭了。
访谈者：事故赔偿的钱怎么用？
受访者：赔了六十多万，村里帮着请了律师。钱存在银行，村主任、儿童主任和我三方一起管，孩子十八岁以前只能用在他身上。这是村主任出的主意，他说，老人家你别怪我多事，钱放在明处，谁也说不出闲话。我说，你这是为孩子好，我感谢还来不及。暑假孙子去外公家，寒假在家里。湖里水退了，我带着他去捡螺蛳，他高兴得像只小鸭子。
访谈者：您自己的身体呢？
受访者：血压高，前年做过一回白内障手术，现在看东西还行。每天早上我先去湖边走一圈，回来给老伴熬药、给孙子做早饭。孙子懂事，放学回来自己热饭，还给奶奶捶背。邻居们都说这孩子长大了有出息，我听了心里比吃了蜜还甜。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:都昌县芙蓉山乡下湾村六组12号}}，儿子在南昌买的房子是{{address:青山湖区湖坊镇锦绣花园5栋1单元602室}}，现在空着，留给孙子。我身份证{{id_number@mold.360428}}，老伴的{{id_number@woldhyphen.360428}}，孙子的{{id_number@my2015fullwidth.360428}}。我电话{{mobile@fullwidth}}，{{han:喻春兰}}的电话{{mobile@plain}}，她微信{{wechat:yuchunlan_furong}}。孙子有个QQ，是他外公给注册的，用来跟外公视频，号码是{{qq:47260391}}。
访谈者：表上名字有写错的吗？
受访者：有。学校表上写的是{{spaced:熊 子 轩}}，老伴的名字写成{{spaced:万桂 英}}，中间空了一格。
访谈者：您最大的心愿？
受访者：看着孙子长大，念书成人。他爸妈在天上看着呢，我得替他们把孩子带好。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=297,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout38",))


if __name__ == "__main__":
    main()
