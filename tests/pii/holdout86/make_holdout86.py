# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 86 (tests/pii/holdout86/H673-H680 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 86 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother from
阿鲁科尔沁旗 picking cucumbers in a vegetable greenhouse in 故城 (衡水), whose husband was crippled in a mine, whose
son is with her and whose daughter is left behind with the grandmother; a Yi father from 布拖 (凉山) tying steel on
a building site in 枣强 (衡水), whose wife died of tuberculosis and whose three children are left behind with his
mother; a Hui grandmother in 武邑 (衡水) raising the two children of her son, killed in a lorry crash, whose mother
remarried; a Han mother in 深州 (衡水) who works in a peach orchard and strings beads, with a husband on dialysis and
three children called by word nicknames; a Han primary-school teacher in 饶阳 (衡水) going through six pupils in
distress (a father in prison for fraud, an orphan with her uncle, a left-behind boy whose parents sell vegetables in
北京, a mother with lupus, deaf parents, a father in a wheelchair) and their parents on WeChat and QQ; a Kazakh
grandfather who herds near 富蕴 (阿勒泰) and raises the two children of his son and daughter-in-law, who work in
乌鲁木齐; a Han court clerk in 阜城 (衡水) reading from the file of a case that took the guardianship of two children
from a father who gambled, left them alone and beat them (their mother in prison) and gave it to their aunt; and a
Han grandfather in 景县 (衡水) raising his granddaughter after his son died at a rubber works. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to six characters (吉日格勒图雅, 图古斯毕力格, 萨日乃其其格, 巴德玛吉雅, 阿民布和) with short forms after the full name
(吉日格勒, 图古斯他, 萨日乃她, 阿民他) and a Han surname before a Mongolian given name (包阿民布和) beside the Han school
name of the same boy (包宇辰); Yi names with the clan name (吉克拉哈, 沙马阿依, 俄木阿牛, 吉克尔布, 吉克日嫫, 勒格伍嫫,
马海木牛, 瓦扎拉且, 阿苏尔古) and without it (拉哈, 阿依, 约哈, 尔布他, 日嫫, 阿牛奶奶, 拉且他), and the Han names of Yi
people (吉志强, 吉文博, 沙振华, 曲春梅, 阿建国); Hui Han-form names (金凤芝, 丁振江, 丁浩轩, 海玉清, 马文广, 米淑珍,
白福成) beside 经名 used alone (哈瓦, 撒迪格, 海米德他, 努拉她, 阿布巴克尔, 法希玛, 阿德姆) and a Han surname before an
Arabic name (丁努拉, 丁海米德, 米法希玛, 杨阿德姆); Kazakh given name + father's name with and without the dot
(巴格达尔·叶尔博拉提 and 巴格达尔叶尔博拉提, 托列根·马克山, 库玛尔·阿合买提) and short forms (托列根老爹, 巴格达尔他,
库玛尔她, 马迪娜说, 叶尔博拉提); Han word nicknames, annotated whole (砚台说, 桃酥也, 蜜罐她); Han names with common
surnames above all (王, 李, 张, 刘, 陈, 赵, 周, 吴, 孙, 杨, 黄, 马, 宋) and rarer ones of the voices' regions (申, 闫,
郝, 褚, 商, 滕, 贝, 甄, 祁, 尤, 尹, 冯, 雷 ...), with titles and kin words (王振坤所长, 李雅婷老师, 陈明哲大夫, 刘彩燕婶,
王桂芬大姐, 甄立华股长), names that contain or end in words (郝满堂, 周满仓, 商永和, 陈春风, 祁长江, 祁万福, 刘长生,
申国庆), a name written twice (滕振江滕振江, a signature written again), names directly before particles and verbs
(冯秋生他, 申国庆他, 张志坤说, 赵天佑也, 商永和那边, 尤丽华那边, 贺秋菊她, 程立国他) and after 叫/是/给/跟/和/找/让;
names spaced out character by character in half- and full-width spaces (吉 日 格 勒 图 雅, 包　阿　民　布　和,
吉 克 拉 哈, 俄　木　阿　牛, 米 法 希 玛, 阿 合 达 娜, 钟 离 慧 敏, 宇 文 建 明, 申　屠　国　强, 端 木 秋 禾), a dotted
name with spaces around the dot (巴格达尔 · 叶尔博拉提) and names split in two (图古斯 毕力格, 沙马 阿依, 托列根 马克山,
申家 乐, 滕思 航); compound surnames after ordinary words (慕容, 公冶, 上官, 万俟, 东方, 司徒, 西门, 钟离, 独孤, 诸葛,
闾丘, 赫连, 拓跋, 令狐, 公孙, 澹台, 宇文, 南宫, 申屠, 端木, 夏侯, 百里); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:申国庆}}``, ``{{qq:3158462907}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, yi, hui, kazakh) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016tri.131128}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 校长, 股长, 队长,
阿訇, 大姐, 婶, 奶奶, 老爹) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 我, 他们家, 那边) are outside the span; a word nickname (砚台, 桃酥, 蜜罐) is annotated whole. Han-style names
of Mongolian, Yi and Hui people (包宇辰, 吉志强, 曲春梅, 丁浩轩) are category han; a Han surname before a non-Han
given name (包阿民布和, 丁努拉, 杨阿德姆) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout86/make_holdout86.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(86_2026_1206)
MINORITY_GROUPS = ("mongolian", "yi", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "yi": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "137", "139", "152", "155", "156", "159", "177", "180", "182", "185", "186", "189",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H673: Mongolian mother from 阿鲁科尔沁旗 working in a vegetable greenhouse in 故城 (衡水); her husband was crippled in
# a mine, her son is with her, her daughter is left behind with the grandmother.
DOCS["H673"] = ("family", """\
访谈者：您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:吉日格勒图雅}}，三十九岁，老家在{{trap/place:阿鲁科尔沁旗}}，嘎查里的人都叫我{{minority/mongolian:吉日格勒}}。前年跟着老乡来到{{trap/place:故城}}，在{{trap/place:郑口}}镇边上的蔬菜大棚里摘黄瓜、打药，一天挣一百二。我男人{{minority/mongolian:阿民布和}}原来在{{trap/place:霍林郭勒}}的煤矿开铲车，四年前井下塌方砸断了腰，现在瘫在炕上。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/mongolian:图古斯毕力格}}十二岁，跟着我在故城，插班在{{school:故城县郑口镇第三小学五年级（2）班}}，学校花名册上的名字是{{han:包宇辰}}。闺女{{minority/mongolian:萨日乃其其格}}七岁，留在老家跟她奶奶{{minority/mongolian:巴德玛吉雅}}，在{{school:阿鲁科尔沁旗天山镇蒙古族小学一年级（3）班}}。{{minority/mongolian:萨日乃}}她每天晚上跟我视频，哭着问妈妈啥时候回去。
访谈者：孩子爸爸现在怎么样？
受访者：{{minority/mongolian:阿民}}他腰以下没知觉，一天要翻三回身，全靠我婆婆。户口本上他是{{minority/mongolian:包阿民布和}}，残疾证是一级，{{trap/org:旗残联}}每月给护理补贴。嘎查的儿童主任{{han:白凤霞}}给闺女报了困境儿童，一个月{{trap/number:七百二十块}}，家里还吃着低保。{{trap/org:旗民政局}}的{{han:包志远}}下来核过两回。
访谈者：在故城这边有人帮你们吗？
受访者：有。大棚老板{{han:冯秋生}}说我一个女人带孩子不容易，让我们娘俩住在棚头的看护房，不收钱。{{han:冯秋生}}他媳妇{{han:尹桂荣}}常给我们送馒头。镇民政所的{{han:王振坤}}所长帮我把儿子的借读手续办了。班主任{{han:李雅婷}}老师知道了家里的事，给孩子免了校服钱。{{minority/mongolian:图古斯}}他刚来的时候一句话不说，老师就让他当了班里的图书管理员。
访谈者：县里的社工来过吗？
受访者：来过。县社工站派了个姑娘叫{{compound:慕容静娴}}，还有跟她一起来的{{compound:公冶晨阳}}，每个礼拜六下午到棚里来，给{{minority/mongolian:图古斯}}辅导作业。他们还联系了{{trap/org:县妇联}}，给我申请了一笔临时救助。
访谈者：你们平时说蒙古语吗？
受访者：跟孩子说。大棚里还有两个老乡，{{minority/mongolian:乌云嘎}}和她男人{{minority/mongolian:宝鲁德}}，都是{{trap/place:通辽}}那边的。下了工我们一起熬{{trap/minority_word:奶茶}}，{{minority/mongolian:乌云嘎}}还会唱{{trap/minority_word:长调}}。{{trap/minority_word:白月}}的时候回不去，就在棚里煮{{trap/minority_word:手把肉}}，给孩子讲{{trap/famous:成吉思汗}}的故事。
访谈者：孩子奶奶身体怎么样？
受访者：{{minority/mongolian:巴德玛吉雅}}七十一了，有糖尿病，眼睛也花了。她一个人照顾瘫了的儿子，还要带孙女，累得直不起腰。嘎查书记{{minority/mongolian:阿斯楞}}隔几天去看一回，帮着挑水劈柴。我每个月往家寄两千，剩下的给儿子交伙食费。
访谈者：登记表上要写住址和号码。
受访者：老家在{{address:阿鲁科尔沁旗巴彦花镇乌兰哈达嘎查二组8号}}，这边住的是{{address:故城县郑口镇大屯村冯家大棚区14号}}。我的身份证{{id_number@wy1986.150421}}，儿子的{{id_number@my2013spaced.150421}}。我电话{{mobile@hyphen}}，{{han:冯秋生}}的电话{{mobile@s38}}，我微信{{wechat:Jirigele_gc86}}。儿子有个QQ，说班里同学都有，号码他写在我的工资条背面：{{qq:3158462907}}。
访谈者：孩子在这边上学习惯吗？
受访者：刚开始不习惯。这边都说汉话，他蒙古语学校出来的，数学题都看不懂，第一次考试考了三十几分，回来蒙着被子哭。老师每天放学留他半个钟头，一道题一道题讲。现在能考七八十分了，还交了两个好朋友，礼拜天一起去运河边上放风筝。
访谈者：您最担心什么？
受访者：担心闺女。她才七岁，爸爸瘫着，妈妈不在身边。{{minority/mongolian:萨日乃}}在电话里说，奶奶晚上咳嗽，她就起来给奶奶倒水。我听了心里跟刀割一样。等儿子小学毕业，我想回去，在旗里找个活儿，一家人在一块儿。
访谈者：大棚里的活累不累？
受访者：累。夏天棚里四十多度，进去一会儿衣裳就湿透了；冬天要早起拉草帘子，手冻得裂口子。我们草原上的人没种过菜，刚来的时候连黄瓜秧子和杂草都分不清，是老板娘一棵一棵教的。儿子放了学也来棚里，帮我数筐、搬箱子，晚上趴在看护房的小桌上写作业。他说等他长大了，要回草原上当兽医，给奶奶家的牛羊看病。我说你先把汉语念好，{{trap/number:一千六百块}}一个月的寄宿费也得先攒出来。
访谈者：各种表上名字写得一样吗？
受访者：不一样。学校的表把我写成{{spaced:吉 日 格 勒 图 雅}}，把儿子写成{{spaced:图古斯 毕力格}}；旗里的表上男人是{{spaced:包　阿　民　布　和}}，闺女是{{spaced:萨日乃 其其格}}。我跟老师说了，老师说一律按身份证上的写。
""")

# H674: Yi father from 布拖 (凉山) tying steel on a building site in 枣强 (衡水); his wife died of tuberculosis and his
# three children are left behind with his mother.
DOCS["H674"] = ("family", """\
访谈者：您在工地上干什么活？
受访者：扎钢筋。我叫{{minority/yi:吉克拉哈}}，四十一岁，老家是{{trap/place:凉山}}{{trap/place:布拖}}的，工友们都叫我{{minority/yi:拉哈}}，身份证上的汉名是{{han:吉志强}}。前年跟着包工头来{{trap/place:枣强}}，在{{trap/place:大营镇}}盖皮毛市场的楼。我老婆{{minority/yi:沙马阿依}}前年得肺结核走了，{{minority/yi:阿依}}走的时候小的那个才四岁。
访谈者：孩子们现在在哪儿？
受访者：三个娃娃都在老家，跟他们奶奶{{minority/yi:俄木阿牛}}。大儿子{{minority/yi:吉克尔布}}十三，在{{school:布拖县特木里镇中心校六年级（1）班}}，学校登记的汉名叫{{han:吉文博}}。二女儿{{minority/yi:吉克日嫫}}十岁，读四年级。小儿子{{minority/yi:约哈}}六岁，在村里的幼教点。{{minority/yi:尔布}}他懂事，放学了背着弟弟去地里找奶奶。{{minority/yi:阿牛}}奶奶六十七了，腿有风湿，还种着三亩洋芋和荞麦。
访谈者：家里有什么补助吗？
受访者：有。娃娃没了妈，我又在外头，村里的儿童主任{{minority/yi:勒格伍嫫}}给三个娃娃报了困境儿童，每人每月{{trap/number:五百四十元}}。村支书{{minority/yi:马海木牛}}给奶奶报了低保。乡上的民政助理{{han:沙振华}}也是我们彝族，他说等{{minority/yi:约哈}}上了小学，还有寄宿生活补助。驻村工作队的{{han:黄启明}}队长给家里拉了自来水。
访谈者：您在枣强这边怎么样？
受访者：活儿累，钱能按月拿到。包工头{{han:周满仓}}人不坏，去年年底工钱拖了，是{{trap/org:县人社局}}劳动监察的{{han:张晓峰}}帮我们要回来的。一起来的有我表弟{{minority/yi:瓦扎拉且}}，还有同乡{{minority/yi:阿苏尔古}}。{{minority/yi:拉且}}他年轻，晚上在板房里教我用手机给娃娃们发语音。项目部的技术员是{{compound:上官振宇}}，还有安全员{{compound:万俟子健}}，他们知道我家的事，过节给我多发了一箱方便面。
访谈者：您多久回一次家？
受访者：一年一回，{{trap/minority_word:彝族年}}的时候。{{trap/year:2022年}}疫情那回，我一年都没回去。回去杀年猪，煮{{trap/minority_word:坨坨肉}}，给娃娃们买新衣裳。我阿妈晚上披着{{trap/minority_word:查尔瓦}}坐在火塘边，给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事。{{trap/minority_word:火把节}}是回不去的，正是工地上最忙的时候。
访谈者：孩子们上学怎么样？
受访者：{{minority/yi:日嫫}}成绩最好，她的班主任{{han:曲春梅}}老师也是彝族，{{han:曲春梅}}她每个礼拜给我发娃娃作业的照片。{{minority/yi:尔布}}数学不行，去年差点不读了，是学校的{{han:阿建国}}校长上门劝回来的。大营镇社区的社工{{compound:东方丽雯}}帮我跟学校开了视频家长会，我在工地上也能听老师说话。
访谈者：您有没有想过把孩子接过来？
受访者：想过。这边学校好，可我住板房，白天在楼上，没人管他们。奶奶也离不开老家的地。{{han:周满仓}}说等工程完了，给我找个看仓库的活儿，那时候再说。
访谈者：登记一下住址和号码。
受访者：老家在{{address:布拖县拖觉镇瓦洛村二组11号}}，我在这边住{{address:枣强县大营镇西关村工地宿舍6排3号}}。我身份证{{id_number@my1984x.513429}}，奶奶的{{id_number@wy1958.513429}}。我电话{{mobile@plus86}}，{{minority/yi:勒格伍嫫}}的电话{{mobile@spaced}}，{{han:曲春梅}}老师的微信{{wechat:quchunmei_bt}}。{{minority/yi:尔布}}拿奶奶的手机注册了QQ，号码他写在奶奶的药盒子上：{{qq:2460917358}}。
访谈者：您在工地上遇到过难处吗？
受访者：遇到过。刚来那年我不会说几句汉话，去银行给家里汇钱，柜台上的人说的话我听不懂，急得直冒汗。后来工友带着我去，才把钱汇回去。还有一回我从架子上踩空，脚崴了，躺了半个月，那半个月没工钱，是工友们凑了{{trap/number:三千块}}给我寄回家的。我们彝族人讲，出门在外，同乡就是兄弟。现在我会用手机汇钱了，每个月十号准时给奶奶打过去。
访谈者：表上的名字写得对吗？
受访者：不全对。乡里的表有{{spaced:吉 克 拉 哈}}，一个字空一格；有{{spaced:沙马 阿依}}，中间空开了；奶奶写成了{{spaced:俄　木　阿　牛}}，闺女写成了{{spaced:吉克 日嫫}}。我不识几个汉字，都是{{minority/yi:拉且}}帮我看的。
访谈者：娃娃们跟您说些什么？
受访者：大儿子话少，每回打电话就问我吃饭没有、累不累。闺女会撒娇，说阿爸你回来给我带个书包，要粉色的。小的还不大懂事，问我城里的楼是不是比我们山上的树还高。我说高，高得多，你好好念书，以后也来城里看。挂了电话，我一个人在板房外头抽根烟，才回去睡觉。
访谈者：您最大的心愿是什么？
受访者：娃娃们把书读出来，别像我一样一辈子扎钢筋。{{minority/yi:沙马阿依}}走之前拉着我的手说，一定让娃娃们念书。我答应她了。
""")

# H675: Hui grandmother in 武邑 (衡水) raising the two children of her son, killed in a lorry crash; their mother
# remarried; the imam's wife and the women of the mosque help.
DOCS["H675"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：三口，我跟俩孙子。我叫{{han:金凤芝}}，六十六了，经名叫{{minority/hui:哈瓦}}。我们是{{trap/place:武邑}}城东的回民，祖上从{{trap/place:孟村}}搬过来的。老伴走得早，就一个儿子{{han:丁振江}}，经名{{minority/hui:撒迪格}}，开大货车给{{trap/place:衡水}}的家具厂拉板材。前年腊月在高速上出了事，人没了。
访谈者：孩子妈妈呢？
受访者：儿媳妇{{han:杨丽娜}}守了一年，后来嫁到{{trap/place:泊头}}去了。她也难，我不怨她。走的时候她跪在炕沿上给我磕了个头，说妈，俩孩子就托付给您了。{{han:杨丽娜}}她每个月打三百块钱过来，过节来看一回。
访谈者：两个孩子多大了？
受访者：大孙子{{han:丁浩轩}}十一，经名{{minority/hui:海米德}}，在{{school:武邑县城关镇回民小学五年级（3）班}}；孙女{{han:丁若彤}}八岁，经名{{minority/hui:努拉}}，在同一个学校念二年级（1）班。寺里的人叫孙女{{minority/hui:丁努拉}}，叫孙子{{minority/hui:丁海米德}}。{{minority/hui:海米德}}他爸走了以后夜里老做噩梦，喊着爸爸醒过来。
访谈者：家里靠什么过日子？
受访者：我种着二亩地，冬天在家缝帽子。俩孩子算孤儿，一人一个月有{{trap/number:一千二百六}}的基本生活费，是社区的儿童主任{{han:海玉清}}帮着报的，她跑了{{trap/org:县民政局}}三趟。街道的{{han:沙立新}}主任也常来。我自己有低保，去年又给我办了慢病卡，高血压的药能报。
访谈者：寺里帮你们吗？
受访者：帮。{{trap/org:清真寺}}的{{han:马文广}}阿訇，经名{{minority/hui:阿布巴克尔}}，每回收了{{trap/minority_word:乜贴}}都给我们家留一份。阿訇的媳妇{{han:米淑珍}}，经名{{minority/hui:法希玛}}，女学里都叫她{{minority/hui:米法希玛}}，她教我孙女念经，还教她做{{trap/minority_word:油香}}。{{trap/minority_word:开斋节}}那天，孩子们穿着新衣裳去寺里，跟别人家的孩子一样。
访谈者：邻居们呢？
受访者：隔壁的{{han:白福成}}两口子，天天过来看一眼。{{han:白福成}}他会修电动车，孙子的车子坏了都是他修。后院的{{minority/hui:杨阿德姆}}在县城开牛肉铺，每个礼拜给我们送二斤肉，{{minority/hui:阿德姆}}说这是他对{{minority/hui:撒迪格}}的一份心，他俩小时候是一块儿念经的。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:赵秀敏}}老师说他上课走神，作业也不写。学校请了县里的心理老师{{compound:司徒佳慧}}给他做辅导，还有志愿者叫{{compound:西门春生}}，礼拜天带着他打篮球。慢慢地他话多了。孙女倒是爱笑，{{minority/hui:努拉}}她一回来就趴在炕桌上写字。
访谈者：您一个人照顾两个孩子，最难的是什么？
受访者：最难的是我这身子骨。腿疼，上不去楼，开家长会都是{{han:海玉清}}替我去，我一打电话，她{{trap/word:马上}}就来。我就怕哪天我倒下了，俩孩子怎么办。{{han:海玉清}}说我倒下了还有政府，还有寺里，让我别瞎想。我给孩子们讲{{trap/famous:海瑞}}当清官的故事，告诉他们做人要正。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:武邑县城关镇东关回民村四组23号}}，儿媳妇现在住{{address:泊头市河东街道清真寺北街二巷7号}}。我身份证{{id_number@wy1959.131122}}，孙子的{{id_number@my2014hyphen.131122}}，孙女的{{id_number@wy2017.131122}}。我电话{{mobile@plain}}，{{han:海玉清}}的电话{{mobile@h38}}，她的微信{{wechat:haiyuqing_wy}}。孙子拿我的旧手机登QQ，说跟同学对作业，号码他用粉笔写在门框上：{{qq:1870542936}}。
访谈者：孩子们平时在家都做些什么？
受访者：放了学先写作业，写完了孙子去扫院子，孙女帮我择菜。礼拜五主麻日，我带着他们去寺里，听阿訇讲经。寺里的女人们知道我们家的事，谁家炸了{{trap/minority_word:馓子}}、蒸了花卷，都给我们端一碗来。到了冬天，社区给我们送了一吨煤，孙子跟着卸车，脸上抹得黑乎乎的，孙女在边上笑话他。我看着他们俩，心里又疼又高兴。
访谈者：表上孩子的名字写得对吗？
受访者：有写错的。民政的表上有{{spaced:丁 若 彤}}，有{{spaced:丁浩 轩}}，还把我写成{{spaced:金　凤　芝}}。阿訇媳妇的名字被写成了{{spaced:米 法 希 玛}}，她笑了半天。
访谈者：孩子们的妈妈跟孩子还联系吗？
受访者：联系。她在那边又生了个闺女，日子也不宽裕。每回打电话来，孙女就抱着手机不撒手，孙子不吭声，在边上听着。我跟他说，你妈不容易，别怨她。他点点头，眼圈红了。
访谈者：您最盼什么？
受访者：盼孩子们平平安安长大，念完书，有个正经营生。{{minority/hui:哈瓦}}我活一天，就守他们一天。
""")

# H676: Han mother in 深州 (衡水) who works in a peach orchard and strings beads at home; her husband is on dialysis;
# her three children go by word nicknames.
DOCS["H676"] = ("family", """\
访谈者：您家几个孩子？都叫什么？
受访者：三个。老大大名{{han:申家乐}}，小名叫{{han:砚台}}，十一了；老二是闺女{{han:申雨萌}}，我们叫她{{han:桃酥}}，八岁；最小的{{han:申雨甜}}三岁，小名{{han:蜜罐}}。我叫{{han:闫素芬}}，三十六，家在{{trap/place:深州}}城南的村里。
访谈者：孩子爸爸身体怎么样？
受访者：他叫{{han:申国庆}}，前年查出来尿毒症，一个礼拜去{{trap/place:衡水}}透析三回。原来他在外面跑运输，家里的钱都是他挣，现在干不了了。{{han:申国庆}}他自己心里也憋屈，有时候一天不说一句话。给他透析的{{han:陈明哲}}大夫说，能等到肾源就好了。
访谈者：家里现在靠什么？
受访者：我在邻村的桃园打工，掐尖、套袋、摘桃，一天八十。{{trap/word:深州蜜桃}}一年就卖那么几个月，冬天我就在家串珠子，一串五毛钱。婆婆{{han:张桂香}}七十了，帮着看{{han:蜜罐}}。村里的儿童主任{{han:刘彩燕}}婶帮我们{{trap/word:申请}}了低保，三个孩子都算困境儿童，一人一月{{trap/number:四百八十块}}。村支书{{han:郝满堂}}说，医保报完剩下的，再走大病救助。
访谈者：孩子们知道爸爸的病吗？
受访者：{{han:砚台}}知道。{{han:砚台}}说等他长大了把自己的肾给爸爸，我听了一宿没睡着。他放了学先去喂鸡，再看着妹妹写作业。{{han:桃酥}}也懂事，自己扎辫子，不让奶奶操心。{{han:蜜罐}}她小，就知道爸爸身上有根管子，不让别人碰。
访谈者：学校那边呢？
受访者：老大在{{school:深州市穆村乡中心小学五年级（4）班}}，班主任{{han:李晓雪}}老师给他{{trap/word:申请}}了营养餐。{{han:李晓雪}}说孩子作文写得好，写他爸透析的事，老师念着念着都哭了。老二在{{school:深州市穆村乡中心小学二年级（2）班}}，班主任是{{han:宋立萍}}老师。{{han:桃酥}}她上回期中考了双百，回来跟奶奶要了块糖。
访谈者：还有谁帮过你们？
受访者：乡里的民政助理{{han:王宝军}}给我们办了临时救助。县医院有个医务社工叫{{compound:钟离慧敏}}，她帮我们联系了一个救助基金，又介绍了市里社工站的{{compound:独孤晓宇}}，专门给孩子们做心理疏导。我娘家兄弟{{han:闫志民}}在{{trap/place:石家庄}}开出租，每月寄五百回来。邻居{{han:张国栋}}他们家有三轮车，我男人去透析，都是{{han:张国栋}}送到镇上坐车。
访谈者：孩子们平时都玩什么？
受访者：没什么玩的，在院子里跳房子、捉蚂蚱。{{han:桃酥}}爱听故事，她爸精神好的时候给她讲{{trap/famous:刘备}}、{{trap/famous:张飞}}桃园结义。我给{{han:桃酥}}剪了个{{trap/word:刘海}}，她高兴得照了半天镜子。
访谈者：需要登记一下信息。
受访者：家在{{address:深州市穆村乡北申家庄村五组17号}}，婆婆的老房子在{{address:深州市穆村乡北申家庄村二组6号}}。我身份证{{id_number@wy1989fullwidth.131182}}，孩子爸的{{id_number@my1983quad.131182}}，老大的{{id_number@my2014.131182}}。我电话{{mobile@spaced}}，{{han:刘彩燕}}婶的电话{{mobile@plus86spaced}}，她微信{{wechat:liucaiyan_szcun}}。{{han:砚台}}在学校上电脑课注册了个QQ，他说用来交作业，号码写在我串珠子的本子上：{{qq:48203917}}。
访谈者：您自己累不累？
受访者：累，哪能不累。有时候夜里串着珠子就睡着了，一睁眼天都亮了。可一看见三个孩子，就又有劲了。{{han:刘彩燕}}她常说，日子是熬出来的，熬过去就好了。
访谈者：孩子爸爸透析一次要花多少钱？
受访者：一次四百多，医保报完自己还得掏一百来块，一个月下来一千多。还有吃的药、打的针，另算。我在本子上记着账，一年下来光看病就得两万多。亲戚们都借遍了，现在再开口，人家就躲着走。我也不怪人家，谁家都不宽裕。
访谈者：您对以后有什么打算？
受访者：先把孩子爸的病顾住，再把三个孩子拉扯大。医生说在{{trap/place:衡水湖}}边上新开的医院能做移植，排上了也得十几万。村里说可以在网上筹一筹，我还没拿定主意。有什么难处也可以打{{trap/hotline:12345}}，乡里的干部是这么跟我说的。老大说等他初中毕业就去学技术，我不同意，我说你好好念，念到哪儿我供到哪儿，砸锅卖铁也供。
访谈者：表上名字写得对吗？
受访者：乡里的表是手写的，有把孩子爸写成{{spaced:申　国　庆}}的，有把老大写成{{spaced:申家 乐}}的，还把我写成{{spaced:闫 素 芬}}。那个社工姑娘在签到表上成了{{spaced:钟 离 慧 敏}}，她说她都习惯了。
""")

# H677: Han primary-school teacher in 饶阳 (衡水) going through six pupils in distress of her class and how she keeps
# in touch with them and their parents on WeChat and QQ.
DOCS["H677"] = ("teacher", """\
访谈者：老师，您先介绍一下自己和班里的情况。
受访者：我叫{{han:王雪芬}}，在{{trap/place:饶阳}}教了十五年书，现在是{{school:饶阳县五公镇中心小学四年级（2）班}}的班主任。班上四十二个孩子，困境儿童有六个，每个我都建了档，家长都加了微信。
访谈者：能一个一个说说吗？
受访者：头一个{{han:路梓轩}}，他爸{{han:路海生}}搞集资诈骗，判了六年，妈妈走了，跟奶奶{{han:李玉芹}}过。奶奶不会用智能手机，我就每天晚上给{{han:路梓轩}}他奶奶打电话说作业。孩子倔，有人笑话他爸，他抄起板凳就砸。我跟他说，{{trap/word:路遥知马力}}，日子长着呢，你争口气给他们看。
访谈者：第二个呢？
受访者：第二个{{han:张欣怡}}是孤儿，爸妈前后脚病没了，跟叔叔{{han:张志坤}}、婶婶{{han:周秀芝}}过。{{han:张志坤}}说孩子就跟他亲闺女一样，可他自己也有俩孩子，日子紧。孩子每月有{{trap/number:一千四百八}}的孤儿基本生活费，叔叔一分不动，都存着给她上学。
访谈者：第三个？
受访者：第三个叫{{han:赵天佑}}，留守的。爸妈在{{trap/place:北京}}{{trap/place:新发地}}卖菜，过年才回来。他跟爷爷{{han:赵德顺}}过，爷爷眼神不好。{{han:赵天佑}}也不爱写作业，一到晚上就拿爷爷的手机打游戏。后来他妈在微信上跟我说，让我每天下午放学前给她发条语音，她再打电话盯着。
访谈者：第四个？
受访者：第四个{{han:褚佳琪}}，妈妈{{han:吴彩霞}}红斑狼疮，常年吃激素，爸爸{{han:褚卫东}}在县城送快递。孩子九岁就会做饭了。我找了镇上的儿童主任{{han:商永和}}，给她家报了困境儿童补贴，{{han:商永和}}那边又联系了县里的慈善会。
访谈者：第五个？
受访者：第五个{{han:孙浩宇}}，爸爸{{han:孙宝林}}、妈妈{{han:贺秋菊}}都是聋人。开家长会他们听不见，我就在微信上打字，一条一条发给{{han:孙宝林}}。孩子在家是爸妈的翻译，去医院、去银行都是他跟着。{{han:贺秋菊}}她手巧，给全班孩子织过手套。
访谈者：第六个？
受访者：第六个{{han:雷子涵}}，爸爸{{han:雷振武}}在工地上摔坏了脊椎，坐的轮椅是{{trap/org:县残联}}给配的，妈妈在{{trap/place:衡水}}的饭店刷碗。孩子爱画画，画的都是她爸站起来的样子。她姐姐{{han:雷子萱}}在{{school:饶阳县第二中学初一（6）班}}，放了学来接她。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:陈春风}}定了规矩，困境儿童每人一个老师包着。我们学校的心理老师是{{compound:诸葛春燕}}，每个礼拜给他们上一节团体课。县教育局派来的督学叫{{compound:闾丘志刚}}，来了一回就把这六个孩子的名字都记住了。我们还讲本地的老故事，讲{{trap/famous:耿长锁}}当年在五公村办合作社。
访谈者：家长的联系方式您都有吧？
受访者：都有。{{han:李玉芹}}的电话{{mobile@hyphen}}，{{han:张志坤}}的微信{{wechat:zhangzhikun_0311}}，{{han:赵天佑}}他妈的微信{{wechat:ZhaoMama_xfd}}，{{han:褚卫东}}的电话{{mobile@plus86dash}}，{{han:孙宝林}}的微信{{wechat:sunbaolin1979}}，{{han:雷振武}}的电话{{mobile@s434}}。孩子们也有QQ，{{han:路梓轩}}的是{{qq:2739105864}}；{{han:赵天佑}}那个QQ是他妈给注册的，说方便看孩子动态，号码写在作业本封底：{{qq:915370428}}；{{han:雷子萱}}加了我的QQ问数学题，号码{{qq:3604927185}}。
访谈者：这些孩子的住址呢？
受访者：{{han:路梓轩}}家在{{address:饶阳县五公镇五公村东街三组12号}}，{{han:张欣怡}}跟着叔叔住{{address:饶阳县饶阳镇瑞祥小区5号楼2单元301室}}，{{han:孙浩宇}}家在{{address:饶阳县五公镇小堤村二组26号}}。{{han:张欣怡}}的身份证号是{{id_number@wy2014spaced.131124}}。
访谈者：您觉得最难的是什么？
受访者：是这些孩子心里的事。成绩能补，心里的坎儿难过。有一回{{han:雷子涵}}在作文里写，她希望爸爸不是她爸爸，这样他就不会疼。我看完在办公室坐了半天。县里有青少年热线{{trap/hotline:12355}}，我把号码写在教室后墙上了。
访谈者：您平时怎么跟这些家长沟通？
受访者：主要靠微信。有的家长白天干活顾不上看，我就晚上九点以后再发。有的爷爷奶奶不识字，我就发语音，一句一句说慢点。每个学期我都去家访一回，走到村里，狗一叫，孩子就跑出来接我。
访谈者：表上孩子的名字有写错的吗？
受访者：有。教育系统的表上，有的名字被空开了，像{{spaced:褚 佳 琪}}、{{spaced:孙　浩　宇}}，还有{{spaced:路梓 轩}}；{{han:赵天佑}}的爷爷被写成{{spaced:赵 德 顺}}。我一个一个打电话核过了。
""")

# H678: Kazakh grandfather who herds near 富蕴 (阿勒泰) and raises the two children of his son and daughter-in-law,
# who work in 乌鲁木齐.
DOCS["H678"] = ("family", """\
访谈者：老人家，您身体还好吧？家里几口人？
受访者：好着呢。我叫{{minority/kazakh:托列根·马克山}}，六十八岁，在{{trap/place:富蕴}}县里放了一辈子羊。村里人叫我{{minority/kazakh:托列根}}老爹。老伴{{minority/kazakh:古丽娜尔·沙依拉西}}六十五，腰不好。家里还有两个孙子孙女，他们的爸爸妈妈在{{trap/place:乌鲁木齐}}打工。
访谈者：孩子的爸爸妈妈做什么工作？
受访者：儿子{{minority/kazakh:叶尔博拉提·托列根}}在乌鲁木齐给一家物流公司开大车，儿媳妇{{minority/kazakh:库玛尔·阿合买提}}在饭馆里洗碗、做{{trap/minority_word:包尔萨克}}。他们租的房子小，孩子上学又要户口，就把两个孩子放在我这里。{{minority/kazakh:叶尔博拉提}}一年回来两趟，{{minority/kazakh:库玛尔}}她想孩子，每天晚上打视频。
访谈者：孩子们多大了？
受访者：孙子{{minority/kazakh:巴格达尔·叶尔博拉提}}十岁，在{{school:富蕴县库尔特乡寄宿制学校四年级（1）班}}，礼拜五我骑摩托去接。孙女{{minority/kazakh:阿合达娜·叶尔博拉提}}七岁，刚上一年级。{{minority/kazakh:巴格达尔}}他爱骑马，去年{{trap/minority_word:纳吾肉孜节}}跟大孩子们赛马，还拿了个第三。{{minority/kazakh:阿合达娜}}就爱听她奶奶弹{{trap/minority_word:冬不拉}}。
访谈者：您一边放牧一边带孩子，忙得过来吗？
受访者：忙不过来。春天{{trap/minority_word:转场}}的时候，羊要从冬窝子赶到{{trap/place:可可托海}}那边的夏牧场，一走就是十几天。孩子上学走不开，只能让老伴在定居点看着。老伴腰疼，做不了重活，邻居{{minority/kazakh:别尔德别克}}家的媳妇天天过来帮着挤奶、做饭。
访谈者：谁给你们帮过忙？
受访者：村里的儿童主任{{minority/kazakh:马迪娜·阿曼别克}}，她把我们家两个孩子登记成了留守儿童，常来家里问问。{{minority/kazakh:马迪娜}}说孩子的爸妈在外头打工，村里要多照看。村支书{{minority/kazakh:吾勒扎提}}帮老伴办了慢病卡。乡上的民政助理{{han:刘文涛}}给我们送过两回米面油。{{trap/org:乡卫生院}}的{{han:顾春生}}大夫每个月来给老伴看腰。学校的班主任{{han:周丽娟}}老师是汉族，她会说哈萨克语，{{han:周丽娟}}她常给我打电话说孙子的学习。
访谈者：县里的社工来过吗？
受访者：来过。县社工站有个叫{{compound:赫连晓溪}}的姑娘，还有一个是{{compound:拓跋宏远}}，他们夏天带着书到牧场上来，给孩子们念故事、教画画。{{compound:拓跋宏远}}还帮孙子修好了自行车。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。孙女晚上抱着她妈的照片睡觉。我给他们讲{{trap/famous:阿拜}}的诗，讲他怎么劝人念书。我说你们的爸爸妈妈在城里苦，是为了你们，你们好好念书就是孝顺。{{trap/minority_word:阿肯弹唱}}会的时候，我带他们去看，孙子看完说长大了也要当阿肯。
访谈者：要登记一下住址和号码。
受访者：家在{{address:富蕴县库尔特乡阔克塔斯村二组9号}}，儿子在乌鲁木齐租的房子是{{address:乌鲁木齐市米东区雪莲小区7号楼1单元502室}}。我的身份证{{id_number@my1957.654322}}，孙子的{{id_number@my2015fwspaced.654322}}。儿子的电话{{mobile@p86n}}，儿媳妇的微信{{wechat:Kumar_akhmet88}}。孙子在学校用老师的电脑注册了QQ，说要跟他爸聊天，号码他刻在马鞍子上了：{{qq:762049183}}。
访谈者：冬天牧场上怎么过？
受访者：冬天在定居点，房子是政府给盖的，有暖气，比以前住{{trap/minority_word:毡房}}强多了。{{trap/place:额尔齐斯河}}一封冻，羊就圈在棚里喂草料，一冬天要吃掉好几车。孩子放寒假回来，帮我铡草、添水。晚上一家人围着炉子喝{{trap/minority_word:奶茶}}，吃{{trap/minority_word:馕}}，孙子给我念课文，念错了孙女就在边上纠正他。
访谈者：孩子们在寄宿学校习惯吗？
受访者：孙子习惯了，孙女刚去的时候天天哭，说想奶奶。老师让她每天晚上给奶奶打个电话，哭了一个多月才好。学校里吃得好，一礼拜有三顿肉，孙子比在家里还长了个子。礼拜五接回来，老伴就给他们煮肉、烤包子。
访谈者：户口本和学校的表上名字写得一样吗？
受访者：不一样。户口本上孙子是{{minority/kazakh:巴格达尔叶尔博拉提}}，中间没有点；学校的表上写成{{spaced:巴格达尔 · 叶尔博拉提}}，点两边都空着；孙女写成了{{spaced:阿 合 达 娜}}；我的名字有的写成{{spaced:托列根 马克山}}，空一格。乡上的人说，以户口本为准。
访谈者：您对以后有什么打算？
受访者：我老了，放不动几年羊了。等孙子上了初中，就让儿子把他们接到乌鲁木齐去。{{minority/kazakh:托列根}}我这辈子没念过几天书，就盼着孩子们能念出来。
""")

# H679: Han court clerk in 阜城 (衡水) reading from the file of a case that took the guardianship of two children from
# a father who gambled, left them alone and beat them (their mother is in prison) and gave it to their aunt.
DOCS["H679"] = ("court", """\
访谈者：您今天带的是哪个案子的卷？
受访者：一个撤销监护人资格的案子。我叫{{han:孙志红}}，在{{trap/org:阜城县人民法院}}当书记员，这个案子从立案到宣判都是我记的笔录。申请人是{{trap/org:县民政局}}，被申请人是孩子的父亲{{han:滕振江}}，三十九岁，崔庙镇的。
访谈者：孩子家里是什么情况？
受访者：两个孩子，姐姐{{han:滕思雨}}十二，弟弟{{han:滕思航}}九岁。母亲{{han:贝秀云}}因为诈骗判了五年，在女子监狱服刑。{{han:滕振江}}他好赌，欠了一屁股债，常常十天半个月不着家，把两个孩子锁在屋里，回来喝了酒就打人。{{trap/year:二〇二三年}}冬天姐姐带着弟弟跑到邻居{{han:王玉霞}}家，说三天没吃饭了。{{han:王玉霞}}她给孩子煮了面，当天就给村支书{{han:张长福}}打了电话。
访谈者：后来是怎么立案的？
受访者：村里报给镇上，镇上报给民政局。民政局先把孩子临时安置在姑姑家，由{{han:甄立华}}股长写的申请。{{trap/org:县检察院}}支持起诉，出庭的检察官是{{compound:令狐雪妍}}。法律援助中心给孩子指派了律师，叫{{compound:公孙思远}}。县社工站出了一份社会调查报告，是社工{{compound:澹台雨晴}}跑了一个多月写出来的，学校、村里、派出所都走访了。
访谈者：庭审的时候谁在场？
受访者：审判长是{{compound:宇文建明}}，人民陪审员有{{compound:南宫秀华}}，还有{{han:李春田}}。证人有四个：村支书{{han:张长福}}、邻居{{han:王玉霞}}、派出所民警{{han:赵立峰}}，还有姐姐的班主任{{han:陈晓薇}}。{{han:陈晓薇}}说孩子好几回穿着单衣来上学，手上有冻疮，胳膊上有青的。{{han:赵立峰}}他出警去过那家三回。村委会出证明的是村委会主任{{compound:申屠国强}}。
访谈者：被申请人到庭了吗？
受访者：到了。他一开始不认，说打孩子是管教。合议庭对各方证据一一做了{{trap/word:甄别}}。审判长问他孩子在哪个年级、哪个班，他答不上来。我记笔录的时候，他在笔录末尾签名签了两遍，写的是“{{han:滕振江}}{{han:滕振江}}”，我让他按了手印。
访谈者：最后怎么判的？
受访者：撤销{{han:滕振江}}的监护人资格，指定孩子的姑姑{{han:滕秀梅}}为监护人。依据是{{trap/word:民法典}}的有关规定。判决书里还写了，他每月给两个孩子付抚养费，一人{{trap/number:六百元}}。孩子的外婆{{han:贝桂荣}}七十八了，自己也要人照顾，她在庭上说，只要孩子有个好去处，她就放心了。
访谈者：孩子们现在怎么样？
受访者：回访过一次。姐姐在{{school:阜城县崔庙镇中心小学六年级（3）班}}，弟弟转到了县城，在{{school:阜城县实验小学三年级（5）班}}。两个孩子都办了事实无人抚养，有生活补贴。姑姑说，姐姐刚来的时候晚上不敢关灯睡，现在好多了。
访谈者：卷里的身份信息能说一下吗？
受访者：被申请人{{han:滕振江}}，身份证{{id_number@my1986.131128}}，住{{address:阜城县崔庙镇滕家庄村三组15号}}；监护人{{han:滕秀梅}}，身份证{{id_number@wy1979x.131128}}，住{{address:阜城县阜城镇富民小区3号楼1单元201室}}，电话{{mobile@fullwidth}}。孩子的身份证，姐姐{{id_number@wy2013fwhyphen.131128}}，弟弟{{id_number@my2016tri.131128}}。
访谈者：判决以后谁来监督？
受访者：判决书送达以后，民政局、村委会和学校都要定期回访，社工每季度写一份跟踪报告交给法院。被申请人要是悔改了，表现好，以后还可以申请恢复监护人资格，但得由法院重新审查。我们庭里也给姑姑留了电话，孩子有什么事，她随时可以打过来。这几年这样的案子我记了好几本笔录，每一本我都留了复印件。
访谈者：卷里的名字有写错的吗？
受访者：有几处。派出所的询问笔录把被申请人写成了{{spaced:滕 振 江}}，社会调查报告里弟弟成了{{spaced:滕思 航}}，母亲是{{spaced:贝　秀　云}}。开庭笔录的首页，审判长被打成了{{spaced:宇 文 建 明}}，村委会的证明上是{{spaced:申　屠　国　强}}。这些都在卷里做了更正说明。
访谈者：孩子们出庭了吗？
受访者：没有让孩子出庭。法官助理带着社工去姑姑家里，单独问了姐姐的意见。姐姐说愿意跟着姑姑，不想回那个家。问话的时候社工一直陪着，问完了给她买了一个书包。弟弟年龄小，没有问，社工陪着他画了一张画，画的是姑姑家的院子和一只小狗。
访谈者：您记了这么多年笔录，这样的案子多吗？
受访者：不多，一年一两件。可每一件都让人心里不好受。老人们爱说{{trap/famous:包青天}}断案，其实我们做的就是把孩子交到靠得住的人手里。
""")

# H680: Han grandfather in 景县 (衡水) raising his granddaughter after his son died at a rubber works and her mother
# remarried in 德州.
DOCS["H680"] = ("family", """\
访谈者：大爷，您跟孙女两个人过？
受访者：就我们爷俩。我叫{{han:祁万福}}，六十八了，在{{trap/place:景县}}城北的村里种了一辈子地。老伴前年脑出血走了。儿子{{han:祁长江}}原来在镇上的橡胶厂上班，四年前夜班出了事故，机器卷了进去，人没救过来。
访谈者：孩子的妈妈呢？
受访者：儿媳妇{{han:尤丽华}}守了两年，后来改嫁到{{trap/place:德州}}了。她那边又生了个小子，{{han:尤丽华}}那边日子也紧，一年来看孙女两回，给买身衣裳。我不拦着，孩子想她妈，见一面是一面。
访谈者：孙女多大了？
受访者：{{han:祁梦瑶}}十三，在{{school:景县第三中学初一（4）班}}住校，礼拜五回来。{{han:祁梦瑶}}她学习不赖，就是不爱说话，在家里闷着画画。她爸出事那年她才九岁，到现在提起来还掉眼泪。
访谈者：家里的收入靠什么？
受访者：橡胶厂赔了一笔钱，我一分没动，存在孩子名下，等她上大学用。平时靠我种的六亩地，还有低保。孩子算困境儿童，每月有补贴，是村里的儿童主任{{han:王桂芬}}大姐给报的。镇上民政办的{{han:程立国}}说，孩子{{trap/word:尤其}}是上了初中以后花钱多，又给我们申了一笔助学金。
访谈者：孩子在学校谁照顾？
受访者：班主任{{han:周静}}老师。孩子来例假那回，是{{han:周静}}给买的东西、教的她，我一个老头子哪懂这些。学校里有个社工叫{{compound:端木秋禾}}，每个月找孩子谈一次心。{{trap/org:县检察院}}管未成年人的检察官{{compound:夏侯立新}}到学校讲过课，还专门来我家看过。有个大学生志愿者叫{{compound:百里云鹏}}，放假了给孩子补英语。
访谈者：村里人帮您吗？
受访者：帮。邻居{{han:李金锁}}跟我一样大，农忙的时候他开着拖拉机帮我把麦子收了。村医{{han:刘长生}}隔些日子来给我量血压。{{han:王桂芬}}说我这个年纪要多注意，别累着，要是我病了，孩子就真没人管了。
访谈者：孩子平时喜欢什么？
受访者：喜欢画画，画{{trap/place:景州塔}}，画我们村口的老槐树。我给她讲{{trap/famous:董仲舒}}三年不窥园的故事，她说她也要三年不看手机。她爸在的时候常带她去{{trap/place:衡水湖}}看鸟，她画里的鸟都是那时候记下的。
访谈者：需要登记一下地址和号码。
受访者：家在{{address:景县龙华镇祁家洼村四组10号}}。我身份证{{id_number@my1957.131127}}，电话{{mobile@s74}}。{{han:王桂芬}}的微信{{wechat:wangguifen_lhz}}，{{han:周静}}老师的微信{{wechat:zhoujing_jx3z}}。孩子有个QQ，说是学校要求的，号码她写在我的老花镜盒里：{{qq:1059387426}}。
访谈者：孩子的妈妈还管孩子吗？
受访者：管一点。每个学期开学，她打过来五百块钱，说给孩子买书。孩子心里有疙瘩，不大接她的电话。我劝孩子，她是你亲妈，不管到了哪儿都是。孩子说知道了，下回电话响了就接了，娘俩说了半个钟头。我在院子里听着，心里踏实了不少。
访谈者：您最担心什么？
受访者：担心我这身子骨撑不到她大学毕业。去年冬天我发烧躺了三天，孩子从学校请假回来伺候我，我心里难受。{{han:程立国}}他说，要是真有那一天，政府会管，让我别怕。
访谈者：孩子跟您说心里话吗？
受访者：以前不说，现在说一点。她说班里同学过生日都是爸妈给买蛋糕，她没有。我听了不是滋味，今年她过十三岁生日，我骑着三轮车去县城给她订了个大蛋糕，上面写着她的名字。她吹蜡烛的时候哭了，说爷爷你真好。我一个老头子，也跟着抹眼泪。
访谈者：您自己的身体怎么样？
受访者：有高血压，腿也不大灵便了。去年村里给我们老人办了家庭医生签约，每个月量一回血压，药能报一大半。我现在不敢抽烟也不敢喝酒了，就想多活几年，看着孙女上大学。我跟她说，爷爷没文化，帮不了你学习，可爷爷能给你做饭、洗衣裳，你只管念书。她每回回家，我都炖一锅排骨，看她吃得香，我就高兴。
访谈者：表上名字有写错的吗？
受访者：有。镇上的表把孙女写成{{spaced:祁 梦 瑶}}，把我写成{{spaced:祁万 福}}。社工姑娘签名签成了{{spaced:端 木 秋 禾}}，像是四个字各管各的。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=673,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
