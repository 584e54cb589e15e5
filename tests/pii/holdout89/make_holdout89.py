# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 89 (tests/pii/holdout89/H697-H704 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 88, written at the same time by another
writer, is not an earlier set).

Set 89 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 长治 (Shanxi): a
Mongolian mother from 乌拉特前旗 in 沁县, washing dishes in a restaurant, with a husband paralysed by a roof fall in a
coal mine, two children and her dead sister's orphaned son; a Tibetan father from 色达 with a yak-meat stall in
长子, whose Han wife is on dialysis for lupus; a Salar grandfather from 循化 with a noodle shop in 上党, raising the
two children of his son (in prison for drugs) and of a Hui daughter-in-law who went back to her mother's; a Han
mother in 潞州 who sells 炒饼 from a cart, with a husband half paralysed by a stroke and three children called by
word nicknames; a Han middle-school homeroom teacher in 屯留 going through five pupils and their parents on WeChat and
QQ; a Uyghur dried-fruit seller from 伽师 in 长治 city with his wife and children, whose father-in-law at home is
bedridden and whose elder son has a heart defect; a Han civil-affairs clerk in 壶关 reading from a case file; and a
Han grandfather in 沁源 raising his granddaughter after his son died in a mine and her mother left.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to six characters with short forms after the full name (宝日勒图雅 then 宝日勒, 阿拉达尔图 then
阿拉达尔, 扎木苏荣 then 扎木苏) and the Han school name of the same child; Kham Tibetan names with short forms
(所朗多吉 then 所朗, 登真曲珍 then 登真, 伍金彭措 then 伍金, 格绒追美 then 格绒), a Han surname before a Tibetan given
name (常伍金) and Han names of Tibetans; Salar Han-form names beside 经名 used alone (韩福寿 and 阿西木, 韩永刚 and
舍木) and a Han surname before an Arabic-style name (韩尕努海 then 尕努海, 韩撒力木 then 撒力木), Hui names bare or
after a Han surname (马苏菲燕 then 苏菲燕, 丁赛娃 then 赛娃, 白穆斯塔法); Uyghur given name + father's name with and
without the dot (麦尔旦·托合提 and 麦尔旦托合提, 依拉木江·麦尔旦) with short forms (麦尔旦, 依拉木江, 祖菲亚, 热孜宛);
Han word nicknames annotated whole (油糕, 醋罐, 黍米, 小花); Han names with common and rare surnames, titles and kin words,
names that contain or end in words, a name written twice, names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郝铁锁}}``, ``{{qq:2750418396}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, salar, hui, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1983.150823}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 校长, 阿訇,
大姐, 婶, 姨, 哥, 爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a word nickname (油糕, 醋罐, 黍米, 小花) is annotated whole. Han-style names of
Mongolian, Tibetan, Salar and Hui people (郝雅楠, 常晓珍, 苏德俊, 韩永刚) are category han; a Han surname before a
non-Han given name (常伍金, 韩尕努海, 马苏菲燕) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout89/make_holdout89.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(89_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "salar", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "salar": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "135", "137", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H697: Mongolian mother from 乌拉特前旗 in 沁县; husband paralysed in a mine, her dead sister's son with her.
DOCS["H697"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：不是。我是蒙古族，叫{{minority/mongolian:宝日勒图雅}}，娘家在{{trap/place:乌拉特前旗}}，{{trap/place:乌梁素海}}东边的牧区。十六年前在{{trap/place:包头}}钢厂门口的饭馆打工，认识了孩子他爸{{han:郝铁锁}}，跟着他回了{{trap/place:沁县}}。村里人嫌我名字长，都叫我{{minority/mongolian:宝日勒}}，有的干脆喊我“蒙古媳妇”。
访谈者：家里现在几口人？
受访者：六口。{{han:郝铁锁}}他前年在矿上让顶板砸了，腰断了，下半截没知觉，整天在炕上躺着。婆婆{{han:程桂兰}}七十三了，眼睛不好。两个孩子，闺女{{minority/mongolian:塔日哈}}十四，上学用的汉名叫{{han:郝雅楠}}；儿子{{minority/mongolian:阿拉达尔图}}十岁，我们叫他{{minority/mongolian:阿拉达尔}}。还有我姐的儿子{{minority/mongolian:胡格吉勒}}，十二岁，也跟着我。
访谈者：您姐姐的孩子怎么到您这儿来了？
受访者：我姐{{minority/mongolian:玛希格日乐}}前年得胃癌走了。姐夫{{minority/mongolian:朝伦巴图}}开大车，在{{trap/place:临河}}出了车祸，比我姐还早走一年。孩子在牧区跟着我阿爸，阿爸七十多了，放不动羊，我哥{{minority/mongolian:扎木苏荣}}在{{trap/place:呼和浩特}}打工顾不上。去年{{trap/minority_word:那达慕}}我回去，看见孩子脸冻得裂口子，我说不行，领回来。{{minority/mongolian:扎木苏}}哥也说，你领去吧，他每月给寄五百。
访谈者：孩子们上学怎么样？
受访者：闺女在{{school:沁县第三中学初二（4）班}}住校，班主任{{han:牛晓霞}}老师说{{minority/mongolian:塔日哈}}她作文好，就是不合群。儿子在{{school:定昌镇东关小学四年级（1）班}}，外甥在同一个学校读六年级。{{minority/mongolian:阿拉达尔}}也皮，同学笑话他名字长，他就跟人打架。我去找了{{han:晋国栋}}校长，校长把那几个孩子叫来说了一顿，以后再没人笑。
访谈者：家里的难处谁帮过你们？
受访者：村里的儿童主任{{han:任彩霞}}，她上门来了好几趟，给{{minority/mongolian:胡格吉勒}}报了孤儿基本生活费，一个月{{trap/number:一千四百二}}。两个自家孩子按父母一方重残报了困境儿童补贴，村委会给报了低保。{{trap/org:县残联}}给他办了残疾证，配了轮椅。乡民政所的{{han:段丽萍}}每季度来一趟，拿本子一项一项记。县医院康复科的{{han:申志强}}大夫教我怎么给他翻身、按腿，防褥疮。县里社工站来过两个年轻人，一个叫{{compound:拓跋晓雯}}，还有一个是{{compound:赫连鹏飞}}，给孩子们带了书包，还教我用手机交医保。
访谈者：矿上赔了多少？够用吗？
受访者：赔了二十来万，头一年做手术、住院就花了一多半。剩下的我存着不敢动，说好了留给孩子们念书。我每天早上五点起来，先给他爸接尿、擦身子，再熬一锅小米粥，给婆婆留一碗，自己骑电动车去县城，晚上九点多才回来。礼拜天闺女从学校回来，洗衣裳、辅导两个弟弟写作业，我心里才松快点。有时候累得坐在灶台边上就睡着了，醒过来一看，锅都烧干了。
访谈者：外甥来了以后适应吗？
受访者：刚来那阵子不说话，吃饭端着碗蹲在门口，问啥都不吭声。半夜里哭着找他妈，我就搂着他睡。这边吃面多，他吃不惯，我隔三岔五给他炖一回羊肉。慢慢地跟两个弟弟玩到一起了，现在汉话说得比我还顺溜，还学会了本地话骂人，我还得管着他。
访谈者：孩子们跟老家还有联系吗？
受访者：有。嘎查的{{minority/mongolian:包奥德森}}书记常打视频来，让孩子们看看羊群。我在家给他们煮{{trap/minority_word:炒米}}奶茶，教他们唱{{trap/minority_word:长调}}，讲{{trap/famous:巴拉根仓}}的故事，仨孩子笑得在炕上打滚。
访谈者：您自己身体呢？
受访者：腰肌劳损，手也泡烂了。饭店老板{{han:秦国庆}}人好，知道我家的事，让我中午回家给{{han:郝铁锁}}做饭。邻居{{han:郭满仓}}家有三轮，孩子生病都是他半夜送去{{trap/org:乡卫生院}}。婆婆说，{{han:郭满仓}}他们家是咱家的恩人。
访谈者：登记表要写住址和证件。
受访者：家在{{address:沁县定昌镇南河村二组17号}}，娘家是{{address:乌拉特前旗额尔登布拉格苏木巴音嘎查三组6号}}。我身份证{{id_number@wy1983.150823}}，{{minority/mongolian:胡格吉勒}}的{{id_number@my2012spaced.150823}}。我电话{{mobile@plain}}，{{minority/mongolian:扎木苏}}哥的{{mobile@plus86dash}}。我的微信{{wechat:bolortuya_qx83}}，是闺女给注册的。闺女有QQ，说班里交作业用，号码她写在我记账本的封皮上：{{qq:2750418396}}。
访谈者：表上名字写得对吗？
受访者：老出错。低保表上我成了{{spaced:宝 日 勒 图 雅}}，学校把儿子写成{{spaced:阿　拉　达　尔　图}}，把外甥写成{{spaced:胡 格 吉 勒}}。还有一张表把我写成{{spaced:宝日勒 图雅}}，中间空了一格。
访谈者：您最盼什么？
受访者：盼仨孩子都念出书来。我这辈子没念几天书，吃了没文化的亏。闺女说长大要当大夫，回来给她爸治腰。
""")

# H698: Tibetan father from 色达 with a yak-meat stall in 长子; his Han wife is on dialysis for lupus.
DOCS["H698"] = ("family", """\
访谈者：师傅，您这牦牛肉摊开了几年了？
受访者：七年了。我叫{{minority/tibetan:所朗多吉}}，老家在{{trap/place:色达}}，{{trap/place:甘孜州}}最北边。在{{trap/place:长子}}县城菜市场卖风干肉和{{trap/word:牛肉干}}，市场上的人叫不来我的名字，都叫我{{minority/tibetan:所朗}}。办营业执照的时候，我起了个汉名叫{{han:苏德俊}}。
访谈者：怎么从色达到长子来了？
受访者：我老婆是长子人，叫{{han:常玉芬}}，当年在{{trap/place:成都}}打工认识的。她前年查出红斑狼疮，肾也坏了，一个礼拜透析两回，住院的日子比在家多。两个娃娃，姑娘{{minority/tibetan:登真曲珍}}十二，学校里的名字是{{han:常晓珍}}；儿子{{minority/tibetan:伍金彭措}}八岁，报名时写的是{{minority/tibetan:常伍金}}，家里都叫他{{minority/tibetan:伍金}}。{{minority/tibetan:伍金}}就是馋，天天守着摊子啃骨头。
访谈者：孩子们在哪儿上学？
受访者：姑娘在{{school:长子县实验小学六年级（2）班}}，儿子在{{school:丹朱镇第二小学二年级（4）班}}。姑娘的班主任{{han:栗淑贞}}老师说，{{minority/tibetan:登真}}她汉字写得比本地娃娃还端正。{{minority/tibetan:登真}}放了学就来摊子上帮我算账、收钱。
访谈者：您爱人生病以后，家里怎么撑？
受访者：摊子一个月挣三四千，透析报完了还要自付一千多。社区给我们报了低保，两个娃娃按父母一方重病报了困境儿童补贴，一人一个月{{trap/number:六百四十块}}。社区的儿童主任{{han:宋丽君}}大姐跑前跑后，{{trap/org:县民政局}}的{{han:常建伟}}也来核过两回。透析室的{{han:焦文彬}}大夫帮着申请了大病救助。县里社工站有个叫{{compound:宇文泽凯}}的小伙子，还有{{compound:长孙佩琳}}，礼拜六给娃娃们补课，还带他们去{{trap/place:发鸠山}}爬过一回山。
访谈者：老家那边的亲人呢？
受访者：阿妈{{minority/tibetan:阿吉卓玛}}在色达，七十了。我哥{{minority/tibetan:格绒追美}}在{{trap/place:喇荣}}那边放牧，他有个汉名叫{{han:杨川生}}，是早年在{{trap/place:炉霍}}上学时老师给起的。{{minority/tibetan:格绒}}他每年秋天给我发两车牦牛肉过来，我卖了钱分他一半。表弟{{minority/tibetan:桑登尼玛}}在寺里当喇嘛，去年来长子看过娃娃们，给每人戴了一条{{trap/minority_word:哈达}}。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历年}}的时候，我给娃娃们拌{{trap/minority_word:糌粑}}、打酥油茶，本地邻居也来尝。姑娘最爱跳{{trap/minority_word:锅庄}}。我给他们讲{{trap/famous:格萨尔王}}，他们姥爷就讲{{trap/famous:精卫}}填海，说{{trap/famous:炎帝}}的小闺女就是在咱长子西边的山上变成了鸟，还讲{{trap/famous:丹朱}}的故事，说长子这个名字就是这么来的。
访谈者：有没有人欺负孩子？
受访者：刚来的时候有，说儿子是“藏娃娃”，不跟他玩。后来{{han:栗淑贞}}老师开班会，让{{minority/tibetan:登真}}讲色达的草原和寺院，同学们听得眼睛都直了，以后就没人说了。隔壁卖菜的{{han:牛占山}}说，这俩娃娃懂礼貌，见了人就鞠躬。{{han:牛占山}}他老婆还常给我家送菜。
访谈者：您一个人又看摊又照顾病人，怎么安排？
受访者：早上四点去屠宰场拉肉，七点出摊。中午收了摊去医院送饭，下午姑娘放学了帮我看一会儿。最难的是她透析那两天，我得关一天摊，一天就少挣两三百。她说对不起我，我说你好好活着，别的都不用管。夜里她疼得睡不着，我就给她念经，她听不懂，可她说听着心里安静。
访谈者：娃娃们想不想回色达？
受访者：想。姑娘小时候回去过一回，到现在还记得草原上的帐篷和小羊羔。儿子没去过，老问我，阿爸，色达的牦牛是不是比咱摊子上的大？我说大，大得多，等你妈病好了，咱们一家人回去过一个夏天。可她的病一个礼拜都离不开透析，我心里知道，这个夏天不知道要等到哪一年。我就给娃娃们看手机里的照片，给他们说，那是你们的根。
访谈者：登记表要写住址、证件、电话。
受访者：家在{{address:长子县丹朱镇凤凰小区3号楼2单元502室}}，老家在{{address:色达县色柯镇然充村二组8号}}。我身份证{{id_number@my1982.513333}}，姑娘的{{id_number@wy2013hyphen.140428}}。我电话{{mobile@spaced}}，{{han:常玉芬}}的电话{{mobile@s38}}。我的微信{{wechat:suolang_niurou7}}，顾客扫码付钱都用这个。姑娘有个QQ，是老师让注册的，号码她用粉笔写在摊子后面的小黑板上了：{{qq:1839057264}}。
访谈者：表上名字写得对吗？
受访者：不大对。低保表上我是{{spaced:所 朗 多 吉}}，姑娘成了{{spaced:登真 曲珍}}，儿子写成{{spaced:伍　金　彭　措}}，我哥写成{{spaced:格绒 追美}}。
访谈者：您最大的心愿是什么？
受访者：老婆的病别再重了，娃娃们念好书。姑娘说以后要当护士，照顾她妈妈。
""")

# H699: Salar grandfather from 循化 with a noodle shop in 上党; son in prison, Hui daughter-in-law at her mother's.
DOCS["H699"] = ("family", """\
访谈者：爷爷，您家的拉面馆开了多少年了？
受访者：二十一年了。我叫{{han:韩福寿}}，经名{{minority/salar:阿西木}}，撒拉族，老家在{{trap/place:循化}}{{trap/place:街子}}，离{{trap/minority_word:骆驼泉}}不远。那年跟着老乡出来，一路开到{{trap/place:上党区}}，在{{trap/place:韩店}}镇上落了脚。镇上的老顾客都叫我{{minority/salar:阿西木}}爷，说我的面比{{trap/place:兰州}}的还筋道。
访谈者：现在家里谁在？
受访者：我，老伴{{minority/salar:沈阿乙舍}}，还有两个孙子孙女。老伴糖尿病，眼睛快看不见了，{{minority/salar:阿乙舍}}她还天天坐在后厨择菜。儿子{{han:韩永刚}}，经名{{minority/salar:舍木}}，前年跟人倒腾毒品，判了七年，在{{trap/place:太原}}服刑。儿媳{{minority/hui:马苏菲燕}}是长治城里的回族，汉名叫{{han:马慧琴}}。出了事以后她得了抑郁症，回娘家住了，{{minority/hui:苏菲燕}}她一个月来看一回孩子。
访谈者：孩子们多大了？
受访者：孙子{{minority/salar:韩尕努海}}十一岁，上学用的名字是{{han:韩子睿}}，家里叫他{{minority/salar:尕努海}}；孙女{{minority/salar:韩赛丽麦}}七岁。{{minority/salar:尕努海}}在{{school:韩店镇中心小学五年级（2）班}}，孙女在同一个学校读一年级。班主任{{han:路晓燕}}老师说，孙子上课老走神，作文里写“我爸爸出远门了”。
访谈者：谁帮过你们？
受访者：镇上的儿童主任{{han:暴红梅}}，两个孩子按父母一方服刑、一方重病报了困境儿童补贴，一个月{{trap/number:七百二十块}}，低保也给报了。{{trap/org:清真寺}}的{{minority/hui:白穆斯塔法}}阿訇常来，寺里的乡老{{minority/hui:马拜克尔}}帮着给孩子交了学费。{{minority/hui:白穆斯塔法}}他说，孩子没有错，坊上的人都该帮。寺里教阿语的{{minority/hui:米法蒂玛}}老师每个礼拜六给孙女上课。县里的法律援助律师叫{{compound:闾丘雨涵}}，帮着办了儿子的监护委托。社工站还有个姑娘是{{compound:乐正晨阳}}，来过五六回，跟孙子下象棋。
访谈者：儿媳妇娘家那边呢？
受访者：亲家母{{minority/hui:丁赛娃}}人厚道，{{minority/hui:赛娃}}隔两个礼拜就炸一锅{{trap/minority_word:油香}}送过来。儿媳的妹妹{{minority/hui:白麦热燕}}在医院当护士，孙女哮喘犯了都是{{minority/hui:麦热燕}}给看。她们劝儿媳好好吃药，说等病好了就回来。
访谈者：老家循化还有人吗？
受访者：有。弟弟{{minority/salar:韩撒力木}}在家种花椒，侄子{{minority/salar:马乙四夫}}在{{trap/place:西宁}}开车。{{minority/salar:撒力木}}他说，要是我撑不住了，就{{trap/word:马上}}把孩子送回去。我说不行，孩子在这儿念书，在这儿有他妈。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我关门一天，带孩子们去寺里。晚上给他们讲{{trap/famous:尕勒莽}}和{{trap/famous:阿合莽}}牵着白骆驼从撒马尔罕走到循化的故事。孙子问我，爷爷，咱们还回去吗？我说，哪儿的水土养人，哪儿就是家。
访谈者：面馆生意怎么样？
受访者：不如以前了。儿子在的时候他拉面，我收钱，一天能卖三百碗。现在我七十了，胳膊拉不动，雇了个本地小伙子，一个月工钱四千，去掉房租、水电，剩不下多少。夜里孙女咳嗽，我和老伴轮着起来给她拍背，白天还得照常开门。{{trap/word:白天}}忙，晚上累，可看见俩孩子睡得香，我这心就踏实了。
访谈者：孩子们知道爸爸的事吗？
受访者：孙子知道，孙女还小，我们跟她说她爸去外地打工了。孙子去年跟着我去监狱探视过一回，隔着玻璃拿电话说话，他爸哭，他不哭，回来的{{trap/word:路上}}一句话也没说。晚上我听见他在被窝里哭。我跟他说，你爸做错了事，该受罚，可他还是你爸，等他出来，你要让他看见你长成了好样的。从那以后孩子念书比以前用功了，作业本写得整整齐齐。
访谈者：登记表要填地址和号码。
受访者：面馆在{{address:上党区韩店镇府后街11号}}，家就在面馆后院。老家是{{address:循化县街子镇三兰巴海村四社19号}}。我身份证{{id_number@mold.632825}}，孙子的{{id_number@my2014fullwidth.140421}}。我电话{{mobile@hyphen}}，儿媳的电话{{mobile@p86n}}。面馆收钱的微信是{{wechat:hanfushou_lamian}}。孙子有个QQ，说是跟他爸写信用的，号码他刻在课桌角上了，我抄下来了：{{qq:3061729845}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。有一张把孙子写成{{spaced:韩 尕 努 海}}，有一张把儿媳写成{{spaced:马苏 菲燕}}，把老伴写成{{spaced:沈　阿　乙　舍}}。我看不懂，都是孙子念给我听的。
""")

# H700: Han mother in 潞州 with a 炒饼 cart; husband half paralysed by a stroke; three children with word nicknames.
DOCS["H700"] = ("family", """\
访谈者：大姐，您这炒饼摊摆了几年了？
受访者：五年多了。我叫{{han:裴秀芳}}，家就在{{trap/place:潞州区}}老城，摊子摆在{{trap/place:上党门}}往东二百米的路口。孩子他爸{{han:焦建军}}原先在{{trap/word:焦炭}}厂开铲车，四十二岁那年脑梗，左半边身子不能动了，话也说不利索。{{han:焦建军}}他现在拄着拐能在院里走两圈，一着急就掉眼泪。
访谈者：几个孩子？
受访者：三个。大闺女{{han:焦梦瑶}}十五，小名叫{{han:油糕}}，生她那天她奶奶正在灶上炸糕，就这么叫开了。老二是小子，{{han:焦子昂}}，十二，小名{{han:醋罐}}，小时候偷喝醋，抱着瓶子不撒手。老三闺女{{han:焦梦萱}}，七岁，小名{{han:黍米}}。街坊都只叫小名，大名反倒没人记得，学校开家长会点名，我都得愣一下。
访谈者：孩子们懂事吗？
受访者：{{han:油糕}}也懂事，放了学先去摊子上帮我切菜，晚上给她爸擦身子。{{han:醋罐}}就不行，皮得很，上礼拜跟人在网吧打游戏，我找了半宿，最后是社区网格员{{han:李红旗}}在桥底下把他找着的。{{han:黍米}}说她长大要当医生，给她爸扎针。
访谈者：孩子们在哪儿上学？
受访者：{{han:油糕}}在{{school:长治市第十一中学初三（2）班}}，{{han:醋罐}}在{{school:潞州区东街小学六年级（5）班}}，{{han:黍米}}在同一个学校读一年级。大闺女的班主任{{han:赵慧敏}}老师说，她成绩能上重点高中，就是老请假。我跟老师说，以后家里的事我不让她管了，让她安心念书。
访谈者：家里的困难谁帮过？
受访者：社区的儿童主任{{han:霍丽华}}，我有事就找{{han:霍丽华}}，她给我们报了低保，三个孩子按父母一方重残报了困境儿童补贴，每人每月{{trap/number:五百八十块}}。街道民政科的同志来核过一回。市二院康复科的{{han:郭春雷}}大夫每个月给孩子他爸扎一回针，说再练半年兴许能自己上厕所。有个公益组织叫“太行成长”，来的姑娘是{{compound:司徒嘉怡}}，带{{han:醋罐}}去打篮球，说要给他的劲儿找个地方使。学校的心理老师叫{{compound:端木梓轩}}，跟{{han:油糕}}谈过好几回。
访谈者：亲戚们呢？
受访者：婆婆{{han:连桂香}}七十了，帮我看着老三。我娘家哥{{han:裴国柱}}在{{trap/place:太原}}打工，过年给孩子们一人包五百的红包。邻居{{han:秦二虎}}他们家是开三轮的，孩子他爸去医院都是他拉。他媳妇{{han:张金枝}}婶常给我们送蒸好的馍。房东{{han:连满囤}}听说我家的事，房租一年少收了两千。
访谈者：您每天怎么过？
受访者：早上五点起来和面、切土豆丝，七点出摊卖到下午两点，回家给他爸做饭、洗衣裳，下午四点再出摊卖到晚上九点。一天能卖一百来份，挣个一二百。下雨天城管不让摆，那天就没收入。我{{trap/word:连忙}}带着孩子们把摊子推回来，在家里包饺子卖给邻居。腰疼得直不起来，贴两片膏药接着干。{{han:焦建军}}他说他是个废人，拖累了我。我跟他说，你在，这个家就在。
访谈者：孩子们的爸爸住院那阵子怎么办？
受访者：那阵子最难。白天我在医院守着，三个孩子就交给婆婆。{{han:醋罐}}那时候才九岁，自己学着下面条给妹妹吃。后来厂里工友们凑了一万多块钱，车间主任{{han:王保平}}亲自送到医院。我这辈子忘不了。
访谈者：您有没有想过不干了？
受访者：想过，也就是想想。去年冬天有一回，夜里收摊，三轮车的链子断了，我推着车走了四里地，手冻得没知觉，坐在马路牙子上哭了一场。哭完了还得回去，孩子们等着我。第二天早上照样五点起来和面。街坊们知道了，有的来摊子上多买两份，有的把自家孩子穿小的棉袄送过来。我想，人这一辈子，谁还没个坎儿，咬咬牙就过去了。
访谈者：过节的时候呢？
受访者：正月十五带孩子们去看{{trap/place:上党门}}的灯，给他们讲{{trap/famous:李隆基}}在潞州当官的故事。他们最爱听的是{{trap/famous:后羿}}射太阳，{{han:黍米}}非说要去屯留找那座山。
访谈者：登记表要写地址和号码。
受访者：家在{{address:潞州区东街街道府后社区5号院3排8号}}。我身份证{{id_number@w.140402}}，大闺女的{{id_number@wy2010quad.140402}}。我电话{{mobile@s434}}，孩子他爸的电话{{mobile@plus86}}，收钱的微信是{{wechat:peixiufang_chaobing}}。大闺女有个QQ，说是班级群用的，号码在冰箱门上贴着：{{qq:48291730}}。
访谈者：表上名字写得对吗？
受访者：有错的。低保表上我成了{{spaced:裴秀 芳}}，学校把老二写成{{spaced:焦　子　昂}}，把大闺女写成{{spaced:焦 梦 瑶}}。
""")

# H701: Han middle-school homeroom teacher in 屯留, five pupils in distress and their parents on WeChat and QQ.
DOCS["H701"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:常海燕}}，在{{trap/place:屯留}}教了十四年语文，现在是{{school:屯留区第一中学初二（7）班}}的班主任。班上四十六个学生，有五个是困境儿童。开学前我挨家挨户走了一遍，家长都加了微信，孩子们有事爱在QQ上找我。
访谈者：能一个一个说说吗？
受访者：第一个是{{han:申昊阳}}，他爸{{han:申红军}}吸毒，在强制戒毒所，他妈早就走了，跟奶奶{{han:路凤英}}过。{{han:申昊阳}}他不爱说话，作业本上老画铁栏杆。奶奶不识字，她的微信{{wechat:lufengying_1956}}是孙子给弄的，发语音给我，一条六十秒，说的都是谢谢老师。
访谈者：第二个呢？
受访者：第二个是{{han:李思彤}}，孤儿。前年冬天她爸妈在家里煤气中毒，两个人都没了，她那天住校，躲过了。现在跟叔叔{{han:李建设}}过。{{han:李建设}}他自己也有两个孩子，日子紧，可待她跟亲闺女一样。叔叔的微信叫{{wechat:lijianshe_tl}}，每礼拜五都问我孩子这礼拜吃得好不好。{{han:李思彤}}也要强，成绩一直是班里前三。
访谈者：第三个？
受访者：第三个{{han:郭子涵}}，留守的。爸妈在{{trap/place:北京}}送外卖，跟着爷爷{{han:郭太平}}。{{han:郭子涵}}就爱玩手机，半夜还在打游戏，爷爷管不住。他妈{{han:崔晓红}}在北京，天天在微信上问我孩子的情况，她的微信是{{wechat:cuixiaohong_bj}}。孩子有个QQ，他说只加了我一个老师，号码是开学第一天他自己在纸条上写给我的：{{qq:1576093824}}。
访谈者：第四个？
受访者：第四个{{han:王雨欣}}，她妈{{han:段淑珍}}有精神分裂，犯病的时候砸东西。她爸{{han:王拴牢}}种地，还得看着她妈。{{han:王雨欣}}都是自己做饭、自己洗衣裳，来上学手上全是冻疮。她弟弟{{han:王雨泽}}在{{school:麟绛镇中心小学三年级（1）班}}，姐弟俩天天一起走四里路。
访谈者：第五个？
受访者：第五个{{han:程嘉豪}}，他爸{{han:程山河}}在厂里让机器绞断了右胳膊，{{trap/org:区残联}}给评了二级。{{han:程山河}}那边厂子赔得少，他媳妇在超市当收银员，一家子就靠她。孩子的QQ签名写的是“我要当工程师，给我爸做一只手”。号码你记一下，他说随时可以找他：{{qq:2943018756}}。
访谈者：学校怎么帮这些孩子？
受访者：学校给五个孩子都免了住宿费和伙食费。德育主任叫{{compound:南宫晓鹏}}，每学期给他们申请助学金。副班主任是{{compound:夏侯玉洁}}，管女生宿舍，两个女孩晚上睡不着就去找她。区里社工站的{{compound:申屠海峰}}每个月来学校一回，跟他一起来的还有{{compound:宇文慧芸}}，给孩子们做团体辅导。镇上的儿童主任{{han:许国胜}}负责给他们报补贴，每人每月{{trap/number:六百八十块}}。
访谈者：您跟家长怎么联系？
受访者：主要靠微信。{{han:程山河}}用左手打字慢，就发语音。{{han:申昊阳}}的姑姑{{han:申丽君}}在{{trap/place:长治}}市里，她的电话{{mobile@h38}}，孩子的事她比奶奶明白。他爷爷只有老人机，电话{{mobile@fullwidth}}，我一礼拜给他打一回。{{trap/word:常常}}是夜里十点多了，家长还在群里问作业，我也就回了。
访谈者：您讲课的时候会讲到这些吗？
受访者：会。讲{{trap/famous:司马光}}砸缸，我跟孩子们说，遇到难事要动脑子想办法；讲{{trap/famous:后羿}}，我说咱屯留的{{trap/place:三嵕山}}就是传说里后羿射太阳的地方。孩子们听了都笑，说老师你又吹牛。
访谈者：家访的时候记了哪些信息？
受访者：{{han:申昊阳}}奶奶家在{{address:屯留区麟绛镇西贾村三组12号}}，{{han:王雨欣}}家在{{address:屯留区丰宜镇康庄村一组5号}}。{{han:李思彤}}的身份证{{id_number@wy2010.140424}}，补贴要用。
访谈者：这些孩子跟别的孩子相处得怎么样？
受访者：大部分挺好。也有不懂事的学生背后议论，说谁谁家里有人坐牢、谁谁妈是疯子。我专门开了一次班会，讲每个家都有难处，让大家把自己家里最难的一件事写下来，不署名，我一张一张念。念到后来，好多孩子都哭了。那以后班里说闲话的少了，有的同学还主动给他们带早饭。
访谈者：您自己觉得累吗？
受访者：累。有一阵子我也失眠，老想着哪个孩子今天没来、哪个孩子又哭了。后来我跟爱人说了，他说你一个人扛不动，就多找人帮。现在学校、社区、社工，大家一块儿管，我轻松多了。
访谈者：表上的名字有写错的吗？
受访者：有。助学金名单上{{han:程嘉豪}}写成了{{spaced:程　嘉　豪}}，{{han:申昊阳}}成了{{spaced:申 昊 阳}}，德育主任自己都被写成{{spaced:南 宫 晓 鹏}}，还有把{{han:郭子涵}}写成{{spaced:郭子 涵}}的。
""")

# H702: Uyghur dried-fruit seller from 伽师 in 长治 city; wife in chemotherapy, elder son with a heart defect.
DOCS["H702"] = ("family", """\
访谈者：大哥，您在长治卖干果多少年了？
受访者：九年了。我叫{{minority/uyghur:麦尔旦·托合提}}，老家{{trap/place:伽师}}，离{{trap/place:喀什}}一百多公里。在{{trap/place:长治}}城里{{trap/place:八一广场}}东边的市场有个摊子，卖葡萄干、{{trap/minority_word:巴旦木}}、核桃仁，还有老家的红枣。市场上的人都叫我{{minority/uyghur:麦尔旦}}，也有叫我“新疆大哥”的。
访谈者：家里几口人在这边？
受访者：四口。老婆{{minority/uyghur:热孜宛古丽·买合苏提}}，大家叫她{{minority/uyghur:热孜宛}}；大儿子{{minority/uyghur:依拉木江·麦尔旦}}十三岁，小闺女{{minority/uyghur:祖菲亚·麦尔旦}}九岁，都跟着我们在长治念书。{{minority/uyghur:依拉木江}}生下来心脏就有毛病，室间隔缺损，小时候在{{trap/place:乌鲁木齐}}看过，说要做手术，那时候没钱，就拖下来了。
访谈者：现在呢？
受访者：去年冬天他上体育课晕倒了，送到医院，心外科的{{han:樊晓东}}主任说不能再拖。手术费要十来万。正好那时候{{minority/uyghur:热孜宛}}她查出了乳腺癌，要化疗。两个人一起住院，我一个人两头跑，摊子也顾不上，差点就撑不下去了。
访谈者：谁帮了你们？
受访者：社区的儿童主任{{han:贾春梅}}，她听说了，当天就来医院，给我们报了临时救助，又把两个孩子按父母一方重病报了困境儿童补贴，一人一个月{{trap/number:五百六十块}}。{{trap/org:市民政局}}的{{han:聂红英}}来家里核过。医院的社工叫{{compound:慕容一帆}}，帮着申请了儿童先心病的救助基金，手术费最后只自己出了一万多。市场管理处的{{han:窦建华}}带头在市场里捐款，卖干果的、卖菜的，你五十他一百，凑了八千多。隔壁摊的{{minority/uyghur:艾克拜尔·吐尔洪}}帮我看了一个月的摊子，一分钱没要。
访谈者：孩子们上学怎么样？
受访者：{{minority/uyghur:依拉木江}}在{{school:长治市第四中学初一（1）班}}，{{minority/uyghur:祖菲亚}}在{{school:长治市实验小学四年级（3）班}}。{{minority/uyghur:祖菲亚}}她汉话说得好，班主任{{han:温海涛}}老师让她当了语文课代表。儿子手术以后不能跑跳，体育课就在边上看着，学校的{{compound:上官宁远}}老师给他单独安排了别的活动。还有个志愿者大学生叫{{compound:尉迟国梁}}，每礼拜天给他补数学。
访谈者：老家那边呢？
受访者：岳父{{minority/uyghur:买合苏提·肉孜}}瘫在床上，在伽师跟我小舅子过。我哥{{minority/uyghur:阿力木江·托合提}}在家种{{trap/word:伽师瓜}}，每年秋天给我发两车瓜过来卖。{{minority/uyghur:麦尔旦}}你别愁，他在电话里老这么说，家里的事有我。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}我们在家里做{{trap/minority_word:抓饭}}，请社区的人来吃。{{han:贾春梅}}主任头一回吃，吃了两大盘。晚上我弹{{trap/minority_word:都塔尔}}，给孩子们讲{{trap/famous:阿凡提}}的故事，老婆在边上听着笑，那是她生病以后头一回笑。
访谈者：您老婆现在怎么样？
受访者：化疗做完了，头发掉光了，戴着头巾。大夫说要定期复查，五年不复发就算好了。她现在在家里给我分装干果，一袋一袋称好、封口。她说她闲不住，闲下来就胡思乱想。闺女放学回来就跟她妈一起装，一边装一边给她妈念课文。我看着她们娘俩，心里又酸又暖。
访谈者：孩子们在长治待得惯吗？
受访者：惯了。儿子刚来的时候六岁，一句汉话不会说，现在说长治话比我还地道。两个孩子回老家反倒不习惯了，嫌那边风沙大。我跟他们说，不管在哪儿，都要记得自己是从哪儿来的。每天晚上我教他们认维吾尔文，一天认五个字母，老婆就在边上纠正他们的发音。周末{{minority/uyghur:祖菲亚}}和她哥一起来摊子上帮忙，街坊们都夸这俩孩子嘴甜。
访谈者：登记表要写地址和号码。
受访者：在长治租的房子是{{address:潞州区英雄南路紫金小区6号楼1单元302室}}，老家在{{address:伽师县江巴孜乡喀拉墩村5组23号}}。我身份证{{id_number@my1985spaced.653129}}，儿子的{{id_number@my2012fwspaced.653129}}。我电话{{mobile@plus86spaced}}，老婆的{{mobile@fws}}。收钱的微信{{wechat:Mardan_ganguo}}。儿子有个QQ，说是跟新疆的同学联系用的，号码他让我记在进货本上：{{qq:906428137}}。
访谈者：表上名字写得对吗？
受访者：老有错的。营业执照上是{{minority/uyghur:麦尔旦托合提}}，没有点；医院把我写成{{spaced:麦尔旦 · 托合提}}，点两边空着；学校把儿子写成{{spaced:依 拉 木 江}}，把闺女写成{{spaced:祖 菲 亚 · 麦 尔 旦}}；社区的表上老婆成了{{spaced:热孜宛古丽 买合苏提}}。
""")

# H703: Han civil-affairs clerk in 壶关 reading from a case file.
DOCS["H703"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：县里困境儿童的个案卷宗。我叫{{han:靳海鹰}}，在{{trap/place:壶关县}}{{trap/org:民政局}}儿童福利股干了八年。我挑三户念，你记。
访谈者：好，您念吧。
受访者：第一户，户主{{han:秦满堂}}，男，六十七，{{trap/place:树掌镇}}人。儿子{{han:秦卫兵}}前年抢劫判了九年，在{{trap/place:晋城}}监狱服刑。儿媳{{han:桑秀梅}}智力残疾三级，{{trap/org:县残联}}评的。两个孙子，{{han:秦一鸣}}十一岁，{{han:秦一诺}}六岁，按父母一方服刑、一方重残认定为事实无人抚养儿童，每人每月{{trap/number:一千一百三十块}}。监护人签字栏，老人不会写字，村文书{{han:原春生}}代签，签了两遍，“{{han:秦满堂}}{{han:秦满堂}}”，后来补按了手印。
访谈者：孩子们上学呢？
受访者：{{han:秦一鸣}}在{{school:树掌镇中心小学五年级（2）班}}，班主任{{han:琚晓丽}}每个月给我们报一次情况。{{han:秦一鸣}}他爱画画，画的全是他爸开的那辆三轮车。村里的儿童主任{{han:栗文涛}}说，老人每天早上背着小的送大的，来回六里山路。
访谈者：第二户？
受访者：第二户是孤儿，{{han:鹿欣然}}，女，十三。{{trap/year:二〇二一年}}夏天发大水，她爸{{han:鹿建强}}和她妈{{han:杜桂芳}}开车过河，让水冲走了。现在跟姑姑{{han:鹿秀云}}过，姑父叫{{compound:东方慧中}}，在{{trap/place:太行山大峡谷}}景区开观光车。姑姑家在{{address:壶关县龙泉镇城关村四组28号}}。孩子在{{school:壶关县第一中学初一（6）班}}，每月领孤儿基本生活费{{trap/number:一千六百五}}。法院判了监护权给姑姑，法援律师是{{compound:皇甫润生}}。孩子跟我说，她梦见她妈给她梳头，醒了枕头都是湿的。
访谈者：卷宗里有证件号吗？
受访者：有。{{han:鹿欣然}}的身份证是{{id_number@wy2011hyphen.140427}}，姑姑{{han:鹿秀云}}的是{{id_number@wy1979x.140427}}，{{han:秦满堂}}的是{{id_number@my1958.140427}}，{{han:秦一诺}}的是{{id_number@my2019.140427}}。{{han:秦满堂}}家在{{address:壶关县树掌镇桥上村二组9号}}。
访谈者：第三户？
受访者：第三户，{{han:付晓军}}，男，三十九，尿毒症，一个礼拜透析三回。老婆跑了四年了，联系不上。女儿{{han:付梓涵}}十岁，儿子{{han:付梓轩}}七岁，跟着奶奶{{han:闫秀兰}}。{{han:付晓军}}说，他最怕的是哪天自己走了，俩孩子咋办。我们跟{{trap/org:县妇联}}对接，给孩子找了个爱心妈妈，是县医院的护士长，叫{{compound:公孙沐阳}}。奶奶的电话{{mobile@spaced}}，爱心妈妈的电话{{mobile@plain}}，她的微信也是这个号，微信名{{wechat:gongsun_muyang}}。{{han:付梓涵}}有个QQ，号码登记在卷宗最后一页：{{qq:3180465297}}。他们家在{{address:壶关县店上镇西坡村一组16号}}。
访谈者：这几户现在的情况怎么样？
受访者：第一户老人身体还行，就是愁以后。他跟我说，等他干不动了，两个孙子谁来管？我们已经跟乡里说好，真到了那一步，先接到县儿童福利院，等他们爸出来再说。第二户孩子成绩不错，就是夜里常做噩梦，一下雨就害怕，姑姑晚上陪着她睡。第三户最紧，透析的钱是医保报了大头，可来回的车费、饭钱都得自己掏，奶奶捡废品贴补家用。
访谈者：这些工作都是谁在做？
受访者：股里三个人，股长{{han:乔建忠}}，我，还有新来的{{compound:诸葛若晨}}。各乡镇有儿童督导员，村里有儿童主任。社工站的{{compound:巫马晓川}}负责三户的心理疏导。每个季度我们入户一次，看孩子吃得怎么样、穿得怎么样、学上得怎么样，拍照存档。
访谈者：最难的是什么？
受访者：山里远，有的村一天只有一趟班车。还有就是认定难，比如第三户，妈妈跑了，要等满两年查找不到下落，派出所出证明，才能按事实无人抚养报。这两年里孩子只能先按低保和临时救助顶着。有事打{{trap/hotline:12345}}也行，我们的电话都挂在村委会墙上。
访谈者：你们给孩子们讲故事吗？
受访者：讲。我们壶关有个{{trap/famous:令狐茂}}，就是历史上有名的“壶关三老”，我跟孩子们说，咱这山沟里也出过敢说真话的人。
访谈者：卷宗上的名字写得规范吗？
受访者：不规范，各乡报上来的表五花八门。有写成{{spaced:秦 满 堂}}的，有写成{{spaced:鹿　欣　然}}的，还有把{{han:付梓涵}}写成{{spaced:付梓 涵}}的；护士长被写成{{spaced:公 孙 沐 阳}}，她自己还以为是两个人。我们年底统一改。
""")

# H704: Han grandfather in 沁源 raising his granddaughter; his son died in a mine, her mother remarried.
DOCS["H704"] = ("family", """\
访谈者：大爷，您身体还好吧？咱们慢慢说。
受访者：好着哩。我叫{{han:史长命}}，今年七十一，{{trap/place:沁源县}}{{trap/place:灵空山}}脚下的人。老伴五年前走了，儿子{{han:史红兵}}{{trap/year:二〇二〇年}}在煤矿出了事，没救过来。儿媳{{han:郝丽娜}}守了一年，后来改嫁去了{{trap/place:河南}}，孙女{{han:史佳怡}}就跟着我。那年她才八岁。
访谈者：孙女现在多大了？
受访者：十二了，在{{school:沁源县第二小学六年级（4）班}}。家里都叫她{{han:小花}}。{{han:史佳怡}}她懂事，早上起来先给我熬药，放了学先写作业，写完了喂鸡。{{han:小花}}就是不爱笑，她爸走了以后，笑得少了。
访谈者：孩子的妈妈还来看她吗？
受访者：一年来两回，过年一回，孩子生日一回。{{han:郝丽娜}}她也难，那边又生了个小子，顾不上。每回来都给孩子买衣裳，走的时候娘俩抱着哭。我不怨她，年轻轻的，总得过日子。
访谈者：谁帮过你们？
受访者：村支书{{han:刘喜来}}，这人实在，孙女按事实无人抚养儿童报的生活费是他跑下来的，每月{{trap/number:一千五百八}}，打到孩子的卡上，我一分不动，给她攒着念大学。村里的儿童主任{{han:陈宝珍}}婶，隔三岔五来看看，给孩子剪头发、买卫生巾，这些事我一个老汉弄不了。乡卫生院的{{han:赵永红}}大夫给我看腿，我有老寒腿，阴天下雨就疼。派出所的{{han:马海龙}}所长给孩子改了户口，还帮我办了监护证明。矿上赔了四十万，一半给了儿媳，一半存在孙女名下，是{{trap/org:县法院}}的{{compound:段干宏毅}}法官给调解的。
访谈者：学校怎么样？
受访者：学校好。班主任{{han:韩振华}}老师家访来过三回，说孙女语文好，作文在县里得了二等奖，写的是《我和爷爷》。学校的心理老师叫{{compound:乐正丹阳}}，每个礼拜跟孩子聊一回。县里社工站有个小伙子{{compound:拓跋子越}}，暑假带着村里几个娃娃去{{trap/place:沁河}}边写生。
访谈者：您平时怎么过日子？
受访者：种了三亩玉米，养了十几只鸡。我腿不行，地里的活是邻居{{han:王来福}}帮着干，他也六十多了。{{han:王来福}}他说，你那孙女叫我一声爷爷，我就得管。冬天烧炕，柴是孙女跟我一块儿去山上拾的。过年的时候我和{{han:王来福}}两个老汉坐在炕上喝两盅，说说年轻时候的事。
访谈者：孙女跟您说心里话吗？
受访者：说，可说得少。有一回她半夜爬起来，坐在窗台上看月亮，我问她看啥哩，她说爷爷，我爸是不是在月亮上？我说是，他在上头看着你哩，你好好念书，他就高兴。她点点头，回去睡了。第二天早上我看她枕头湿了一大片。这孩子心重，啥都憋在心里。我嘴笨，不会劝，就多给她做两顿她爱吃的莜面栲栳栳。
访谈者：家里的开销够吗？
受访者：够，紧着点花就够。我有低保，一个月三百多，加上卖鸡蛋、卖玉米，一年下来也有个一万来块。孙女的钱我不动，她的校服、书本，学校都免了。就是看病费钱，我这腿一年得打两回针。村里的合作医疗报一大半，剩下的我自己出。
访谈者：您最担心什么？
受访者：担心我哪天走了，孩子咋办。我跟她姑姑{{han:史秀英}}说好了，我要是不在了，孩子跟她过。{{han:史秀英}}在{{trap/place:太原}}当保姆，她说，爹，你放心，我把她供到大学。
访谈者：过年过节呢？
受访者：过年她姑姑回来，三口人包饺子。清明去上坟，孙女跪在她爸坟前说，爸，我考了第一。寒食节我给她讲{{trap/famous:介子推}}的故事，讲人要守信。我年轻时候在{{trap/place:太岳山}}里头伐木，见过的事多，讲也讲不完。
访谈者：登记表要填地址和电话。
受访者：家在{{address:沁源县灵空山镇南沟村三组4号}}。我身份证{{id_number@my1954.140431}}，孙女的{{id_number@wy2013spacedx.140431}}。我电话{{mobile@s74}}，{{han:史秀英}}的{{mobile@p86h}}。孙女的微信是她姑姑给注册的，{{wechat:shijiayi_qy2013}}，QQ是学校老师让弄的，号码孩子写在门背后的挂历上了：{{qq:51930847}}。
访谈者：表上名字写得对吗？
受访者：有错的。补助名单上我成了{{spaced:史 长 命}}，孙女写成{{spaced:史　佳　怡}}，还有一张把她写成{{spaced:史佳 怡}}。
访谈者：您对孙女有什么盼头？
受访者：盼她好好念书，念出去，别像她爸那样下井。她说长大要当老师，回村里教娃娃。我说好，爷爷等着。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=697,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout88",))


if __name__ == "__main__":
    main()
