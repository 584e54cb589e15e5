# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 180 (tests/pii/holdout180/H1425-H1432 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 181, written at the same time, is not
an earlier set).

Set 180 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 英山 and 罗田 (Hubei): a Kazakh mother from 额敏 who packs tea at a factory in 英山 (温泉镇) and raises a
son with a severe hearing loss after her husband died on the road; a Yi grandfather from 甘洛 raising two
granddaughters in 罗田 (凤山镇) while their father is in prison in 沙洋 and their mother has gone back to 甘洛; a
Mongolian father from 科尔沁右翼中旗 who drives a chestnut truck in 九资河, his wife paralysed by a cow; a Uyghur
aunt from 疏勒 who sells dried fruit at the market of 温泉镇, married to a Han man of 英山, raising her dead sister's
son; a Han children's director (儿童主任) in 温泉镇 reading out her register with addresses and ID numbers; a Han
civil-affairs clerk of 凤山镇 who keeps up with the families on WeChat and the phone; a Han grandmother in 石头咀镇
raising a granddaughter whose parents work in 东莞; and a Han primary-school teacher in 九资河镇. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Kazakh given name +
father's name with and without the dot (巴克达古丽·托列吾别克, 赛力克波拉提·吾木提拜, 阿依达尔汗·赛力克波拉提,
阿依达尔汗赛力克波拉提) and single and short forms (巴克达, 赛力克波拉提, 阿依达尔汗, 哈迪娜, 叶斯克尔得, 阿合玛拉勒,
吐热什); Yi names with the clan name before the given name (依火尔体, 依火石且, 依火日嘎, 依火拉各, 黑日么支, 倮伍阿西,
布约拉铁), their short forms (尔体 before 阿普, 日嘎她, 拉各) and a nickname (小嘎), a Han surname before a Yi given
name (伍日嘎) and the Han names of the same people (伍有才, 伍建平, 伍佳怡, 伍爹爹); Mongolian names used whole
(图格木勒, 塔拉根其其格, 阿拉腾乌拉, 敖登挂, 乌日汉, 呼格吉夫, 宝音巴特, 苏德夫) and short (塔拉根她), a Han surname
before a Mongolian given name (包图格, 白塔拉根) and Han names (包铁军, 包晓星, 包大叔); Uyghur names with and without
the dot (帕孜莱提·吐逊托合提, 亚库普江·阿不都艾尼, 吐逊托合提, 阿不都艾尼, 古丽尼沙汗, 图尔荪古丽, 热萨莱提), short
forms (帕孜莱提, 亚库普江, 亚库普) and a Han surname before the given name (余亚库普, the boy named after his aunt's
Han husband); Han names with common and rare surnames of the region (詹, 段, 童, 鲍, 翟, 柯, 晏, 骆, 涂, 匡, 鄢, 汪,
肖, 桂, 闻, 查, 雷, 余, 丰, 毕, 操, 占, 熊, 郭, 夏), surnames that are also ordinary words next to grammar words
(但春华但凡, 跟和月娥, 和月娥和她男人, 有德贵，有这个姓, 才婆婆才是, 能国强能吃苦, 都长庚都没收, 我和和定邦,
都启航都十三了, 要是要红英, 还秀珍还没出门) and such characters at either end of a given name (伍有才, 胡让林,
詹友让让我, 程春和就, 郭也平也不哭), after 把/被 (把向予安, 被涂小满); names that contain words (方向东 and his short
form 向东 before 伢, 金秋实, 夏天赐, 涂金山, 骆长河); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和; titles and kin words after a name (詹宏亮医生, 查春妹老师, 熊丽娟老师, 公羊俊卿老师, 伍有才老人;
the span is the name only); a surname with only a title or kin word, annotated whole (詹主任, 童老师, 鲍医生, 伍爹爹,
才婆婆, 晏老师, 匡医生, 鄢警官, 包大叔, 闻老师, 桂医生, 余嫂, 雷警官, 方干事, 丰主任, 丰校长, 熊老师, 匡家家, 操三爹);
a local nickname, annotated whole (欣伢); names spaced out character by character in half- and full-width spaces,
dotted names with spaces around the dot and names split in two; compound surnames after ordinary words (澹台, 公冶,
百里, 端木, 呼延, 申屠, 濮阳, 淳于, 第五, 乐正, 子车, 公良, 司空, 颛孙, 上官, 西门, 太史, 微生, 公羊, 仲孙, 东郭); a
name closing the last sentence (靠的是要红英。, 就盼着能应了欣伢。); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:但春华}}``, ``{{qq:70385214}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (kazakh, yi, mongolian, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013tri.421123}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 老人, 阿普, 伢 after 向东) and a
particle, pronoun or verb written directly after a name (说, 也, 都, 就, 还, 让, 她, 他) are outside the span; a
surname with only a title or kin word (詹主任, 伍爹爹, 余嫂, 匡家家, 操三爹) and a nickname (欣伢) are annotated whole.
Han-style names of Kazakh, Yi, Mongolian and Uyghur people (伍有才, 伍佳怡, 包铁军, 包晓星) are category han; a Han
surname before a non-Han given name (伍日嘎, 包图格, 白塔拉根, 余亚库普) is category minority, and so is the nickname
小嘎 made from a Yi given name.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout180/make_holdout180.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(180_2026_1207)
MINORITY_GROUPS = ("kazakh", "yi", "mongolian", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"kazakh": 10, "yi": 10, "mongolian": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1425: Kazakh mother from 额敏 who packs tea at a factory in 英山 (温泉镇) after her husband died on the road,
# raising a son with a severe hearing loss.
DOCS["H1425"] = ("family", """\
访谈者：大姐，您在茶厂做什么活？
受访者：包装车间，称茶、封袋、装箱。我叫{{minority/kazakh:巴克达古丽·托列吾别克}}，老家在新疆{{trap/place:额敏}}。车间里念不全我的名字，都喊我{{minority/kazakh:巴克达}}。组长{{han:但春华}}{{trap/word:但凡}}要人加班，头一个就来问我。
访谈者：怎么从新疆到了{{trap/place:英山}}？
受访者：我男人{{minority/kazakh:赛力克波拉提·吾木提拜}}以前在{{trap/place:武汉}}跑新疆的货，认得了这边茶厂的老板{{han:段国胜}}，就带着我们过来了。前年冬天他开货车在{{trap/place:大别山}}里出了事，人没救回来。{{minority/kazakh:赛力克波拉提}}走的时候才三十六岁。
访谈者：孩子呢？
受访者：一个儿子，{{minority/kazakh:阿依达尔汗·赛力克波拉提}}，十岁。他生下来耳朵就不好，两边都是重度听力损失，戴着助听器能听见一点。学校花名册上没有点，写成{{minority/kazakh:阿依达尔汗赛力克波拉提}}，太长了，老师们只叫{{minority/kazakh:阿依达尔汗}}。他在{{school:英山县特殊教育学校三年级（1）班}}，学手语，也学说话。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:詹梅珍}}帮他报了困境儿童，每月{{trap/number:一千零八十元}}，我这边也评了低保。{{han:詹梅珍}}她还帮孩子把残疾证办下来了，有两项补贴。学校的{{han:童老师}}教他看口型，一个字一个字地教。县医院五官科的{{han:鲍医生}}说他可以做人工耳蜗，{{trap/org:省残联}}有救助项目。武汉康复中心的听力师{{han:翟慧敏}}给他调过三回助听器。
访谈者：社工呢？
受访者：有两个。男社工{{compound:澹台松年}}每周带他去县城做康复训练；还有个小姑娘叫{{compound:公冶听澜}}，她会手语，孩子最喜欢她。
访谈者：车间里的人对您怎么样？
受访者：好。我跟{{han:和月娥}}一个班，她家就在茶厂后面，我上夜班，孩子就在她家吃饭。{{han:和月娥}}和她男人都没把我当外人。房东叫{{han:有德贵}}，有这个姓的人少，他说祖上就是{{trap/place:温泉镇}}的，房租一年只收我三千。发工资的时候，会计{{han:柯春燕}}怕我算不清，每回都把工资条一行一行念给我听。
访谈者：孩子想爸爸吗？
受访者：想。他说不全，就比划。晚上拿着他爸的照片，用手语打“爸爸、开车、回来”。我妈{{minority/kazakh:哈迪娜}}在额敏，每个星期跟他视频，她不会手语，就对着屏幕笑。我弟弟{{minority/kazakh:叶斯克尔得}}说，等孩子做了手术，接我们回去过{{trap/minority_word:纳吾热孜节}}，给他弹{{trap/minority_word:冬不拉}}。
访谈者：您一个人撑得住吗？
受访者：撑不住也得撑。茶季一天站十二个钟头，手上全是茶末子。淡季没活，我去县城帮{{minority/kazakh:阿合玛拉勒}}卖{{trap/minority_word:奶疙瘩}}，她是我在武汉认得的老乡。有一回孩子烧到三十九度，我在车间走不开，是{{han:段国胜}}开车送去的医院。老板说英山是{{trap/famous:毕昇}}的老家，做人要像刻字一样一笔一笔来。
访谈者：孩子平时跟谁玩？
受访者：跟房东家的孙女{{han:有可馨}}。{{han:有可馨}}也学会了几句手语，两个伢在院子里比划，大人都看不懂。我表弟{{minority/kazakh:吐热什}}在{{trap/place:乌鲁木齐}}开出租，过年给他寄了一个遥控汽车，他睡觉都抱着。
访谈者：助听器贵不贵？
受访者：贵。一副一万多，是{{trap/org:县残联}}配的，可电池要自己买，一个礼拜换两粒。夏天车间里热，他出汗，助听器进了水，坏过一回，修了八百。那个月我没敢往家里寄钱。{{han:和月娥}}知道了，塞给我五百块，说是借的，到现在也不让我还。
访谈者：您想过回新疆吗？
受访者：想过。可孩子在这边的学校有人教手语，回额敏就没有了。我妈老了，我弟弟一家也不宽裕。先在这边做几年，等孩子大一点再说。我们这样的人，哪里能把孩子教好，就在哪里。
访谈者：孩子在学校怎么样？
受访者：比以前开朗了。班上六个伢，有的看不见，有的不会说话，他是里头最闹的一个，下课就拉着人比划。{{han:童老师}}说他手巧，折的纸鹤最整齐。他画过一张画，一个毡房，一辆货车，车上坐着他爸。老师把画贴在教室后面，他看见就笑，笑完又趴在桌上不动。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:英山县温泉镇茶乡路41号茶厂宿舍3栋108室}}，老家是{{address:额敏县喀拉也木勒镇阔什比克村二组16号}}。我的身份证{{id_number@wy1987spaced.654221}}，孩子的{{id_number@my2015.654221}}。我电话{{mobile@spaced}}，{{han:詹梅珍}}的电话{{mobile@h38}}。我的微信叫{{wechat:bakeda_yingshan}}，卖奶疙瘩也用它。孩子有个QQ，看动画片、跟同学打字用，号码{{han:童老师}}帮他写在书包里的卡片上：{{qq:70385214}}。
访谈者：表上的名字写对了吗？
受访者：没有。残疾证上是{{spaced:阿依达尔汗 · 赛力克波拉提}}，低保表把我写成{{spaced:巴 克 达 古 丽}}，我男人的死亡证明上是{{spaced:赛　力　克　波　拉　提}}。
访谈者：您最盼什么？
受访者：盼孩子做上人工耳蜗，能听见我喊他{{minority/kazakh:阿依达尔汗}}。
""")

# H1426: Yi grandfather from 甘洛 (凉山) raising two granddaughters in 罗田 (凤山镇) while their father is in
# prison and their mother has gone back to 甘洛.
DOCS["H1426"] = ("family", """\
访谈者：老人家，您是从四川过来的？
受访者：{{trap/place:凉山}}{{trap/place:甘洛}}的，彝族。我叫{{minority/yi:依火尔体}}，前面两个字是家支，后面两个字是我的名。户口本上的汉名是{{han:伍有才}}，村里人喊我{{han:伍爹爹}}。这边的伢们管爷爷叫爹爹，我听了三年才听惯。
访谈者：怎么到{{trap/place:罗田}}来的？
受访者：儿子{{minority/yi:依火石且}}，汉名{{han:伍建平}}，十几年前跟老乡出来，在罗田的板栗厂做活，后来在{{trap/place:凤山镇}}安了家。前年他在工地上跟人打架，把人打残了，判了七年，关在{{trap/place:沙洋}}。儿媳{{minority/yi:黑日么支}}过了半年就回了甘洛，听说又嫁了人。两个孙女没人管，村里打电话到甘洛，我坐了两天两夜的火车过来了。
访谈者：孙女们多大？
受访者：大的{{minority/yi:依火日嘎}}十二，在{{school:凤山镇第二小学六年级（3）班}}，学校名册上跟她爸的汉姓，写成{{minority/yi:伍日嘎}}，同学叫她{{minority/yi:小嘎}}。小的{{minority/yi:依火拉各}}八岁，汉名{{han:伍佳怡}}，在{{school:凤山镇第二小学二年级（1）班}}。在家我叫她们{{minority/yi:日嘎}}、{{minority/yi:拉各}}。甘洛来的老乡都叫我{{minority/yi:尔体}}阿普，阿普就是爷爷。
访谈者：谁帮你们办的手续？
受访者：镇民政办的{{han:方向东}}，小伙子跑了好多趟。两个孙女算事实无人抚养，每人每月{{trap/number:一千二百九}}，我自己也报了低保。村里的儿童主任{{han:骆秋菊}}教我用手机看到账，她的电话{{mobile@s434}}，我让大孙女存在我手机第一个。隔壁的{{han:才婆婆}}才是真帮忙，我去山上砍柴，两个伢就在她家吃饭。
访谈者：孩子们的学习呢？
受访者：{{han:晏老师}}是大孙女的班主任，说{{minority/yi:日嘎}}她数学好，就是普通话带口音，不爱举手。她每天放学先烧火做饭，再写作业，一写写到十点。我叫她早点睡，她说爹爹，我要考到{{trap/place:武汉}}去读大学，把你也接过去。小的调皮，上个月在学校跟人打架，被叫了家长。我去了，听不懂老师说的话，是{{minority/yi:日嘎}}给我翻译的。翻到一半她哭了，说爹爹你别难过。
访谈者：她们的爸爸那边呢？
受访者：一个月写一封信。我不识汉字，信是{{minority/yi:依火日嘎}}念给我听的。法律援助的律师{{compound:百里映雪}}去沙洋问过，说他表现好能减刑。县社工站的{{compound:端木知遥}}带两个孙女去会见过一回，隔着玻璃，小的不认得她爸了，躲在姐姐身后。
访谈者：您在这边说话方便吗？
受访者：不方便。我会的汉话不多，去镇上办事都要带着大孙女。买东西靠比划，邻居说的罗田话我一半听不懂，他们说的伢、么事、晓得，我学了一年才弄明白。镇卫生院的{{han:詹宏亮}}医生为了跟我说病情，专门在手机上下了个翻译软件，可那软件也不会彝话。
访谈者：您一个人带两个孙女，日子怎么过？
受访者：种了两分地的菜，山上有几棵板栗树，是村里分给我们的。秋天打板栗，一斤卖五六块。板栗厂的老板{{han:涂金山}}以前是我儿子的老板，他说{{han:伍建平}}做事不偷懒，就是脾气急。每年秋天他让我去厂里剥板栗，按斤算钱。{{han:涂金山}}还给孙女们一人买了一个书包。
访谈者：您的身体呢？
受访者：腿上有老寒腿，这边冬天湿冷，比甘洛难熬。去年腊月我在田埂上摔了一跤，是村卫生室的{{han:匡医生}}上门给我包的。村支书{{han:骆长河}}提了一壶油来看我，说有事就喊，喊不应就找{{han:骆秋菊}}，莫硬撑。沙洋那边管我儿子的{{han:鄢警官}}打过电话来，说{{minority/yi:依火石且}}在里面学了电焊，出来能找活干。我听了高兴，一晚上没睡着。
访谈者：老家还有什么人？
受访者：我侄子{{minority/yi:倮伍阿西}}在{{trap/place:武汉}}工地上，逢年过节来看我们，给孙女们带{{trap/minority_word:坨坨肉}}。家里的{{trap/minority_word:毕摩}}{{minority/yi:布约拉铁}}说，等我儿子出来，要给他做一场法事，把霉运送走。我身上这件{{trap/minority_word:查尔瓦}}是老伴走之前织的，冬天就披着它送孙女上学。
访谈者：过节怎么过？
受访者：{{trap/minority_word:火把节}}这边没有，我就在院子里点一堆火，给孙女们讲{{trap/famous:支格阿鲁}}射太阳的故事。{{minority/yi:拉各}}听不懂彝话，{{minority/yi:日嘎}}在旁边给她讲汉话，讲着讲着两个都睡着了。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:罗田县凤山镇栗子坳村四组7号}}，老家是{{address:甘洛县玉田镇依达村二组5号}}。我的身份证{{id_number@mold.513435}}，大孙女的{{id_number@wy2013tri.421123}}。我电话{{mobile@plus86dash}}。{{minority/yi:倮伍阿西}}的微信是{{wechat:luowu_axi_gl}}，他帮我跟学校的老师说话。大孙女有个QQ，说是学校作业要用的，号码她拿圆珠笔写在门板上：{{qq:538170264}}。
访谈者：表上的名字写对了吗？
受访者：乱的。低保表上我是{{spaced:依 火 尔 体}}，小孙女写成{{spaced:依　火　拉　各}}，大孙女有一张表写成{{spaced:依火 日嘎}}。
访谈者：最后还想说什么？
受访者：我老了，只求多活几年，等孙女们的爸爸出来，把她们交到{{minority/yi:依火石且}}手上。
""")

# H1427: Mongolian father from 科尔沁右翼中旗 who drives a chestnut truck in 罗田 (九资河镇); his wife was left
# paralysed by a cow, his son stays with his mother in the banner and his daughter goes to school in 九资河.
DOCS["H1427"] = ("family", """\
访谈者：师傅，您这车一天跑几趟？
受访者：收板栗的时候一天三趟，从{{trap/place:九资河}}的山里拉到县城的冷库。我叫{{minority/mongolian:图格木勒}}，内蒙古{{trap/place:科尔沁右翼中旗}}人。驾驶证上的汉名是{{han:包铁军}}，栗农们叫我{{han:包大叔}}，收购点的会计图省事，账本上记的是{{minority/mongolian:包图格}}。
访谈者：怎么跑到{{trap/place:罗田}}来开车？
受访者：老家草场退化，养牛赔了钱。我表哥{{minority/mongolian:呼格吉夫}}先来湖北跑运输，说罗田的板栗要车。我就跟着来了，给收购点的老板{{han:能国强}}开车。{{han:能国强}}能吃苦，也讲义气，工钱从来不拖，冬天没活的时候还让我帮他看冷库。
访谈者：家里人呢？
受访者：老婆{{minority/mongolian:塔拉根其其格}}前年在家挤奶，被牛顶伤了脊椎，下半身没知觉，评了肢体二级残疾。县医院的病历上随她爸的汉姓，写成{{minority/mongolian:白塔拉根}}。我不放心把她一个人留在旗里，就接过来了。{{minority/mongolian:塔拉根}}她坐轮椅，在家里剥板栗、缝鞋垫，一天能挣二三十块。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:阿拉腾乌拉}}十五，留在旗里跟他奶奶{{minority/mongolian:乌日汉}}，在{{school:科右中旗蒙古族中学初三（2）班}}。闺女{{minority/mongolian:敖登挂}}九岁，跟着我们，汉名{{han:包晓星}}，在{{school:九资河镇中心小学三年级（2）班}}。她的班主任{{han:闻老师}}对她好，知道她妈行动不便，下雨天把她送到家门口。
访谈者：有哪些人帮过你们？
受访者：九资河这边的儿童主任{{han:肖美容}}，把{{han:包晓星}}报成了困境儿童，每月{{trap/number:一千一百五}}，她说外省户口也能报。老婆的残疾人两项补贴在旗里发，是嘎查达{{minority/mongolian:宝音巴特}}帮我们一年一年去审的。县残联的{{han:程玉兰}}借给我们一辆新轮椅，{{trap/org:县人民医院}}康复科的{{han:桂医生}}每个月上门一次，教我给她按腿。县社工站有个大个子叫{{compound:呼延铁柱}}，每回来都把我老婆连人带轮椅抬下楼晒太阳；还有一个女社工叫{{compound:申屠秀禾}}，教闺女写作文。
访谈者：闺女在这边习惯吗？
受访者：头一年不习惯，听不懂罗田话，同学叫她“内蒙古”。后来她跟同桌{{han:金秋实}}成了好朋友，{{han:金秋实}}家也种板栗，两个伢放学一起上山捡栗子。她现在说话一股罗田腔，回旗里她哥笑她。她说长大要当医生，给她妈治腿。晚上她给她妈打洗脚水，打完了再写作业。我在外头跑车，家里全靠她。
访谈者：钱够用吗？
受访者：紧。我一个月挣五六千，跑得多挣得多，可老婆吃药、做康复，一个月就去掉一两千。旗里还有买牛欠的贷款，每年秋天还一笔。栗农{{han:汪宏发}}家的大儿子在信用社上班，帮我问过能不能延期，人家说不行。日子就是这样，过一天算一天，好在伢们都争气。
访谈者：您老婆心情怎么样？
受访者：刚伤那年天天哭，说拖累了我们。现在好点了，手机上听{{trap/minority_word:乌力格尔}}，一听一下午。闺女放学回来，娘俩一起剥板栗，她教闺女唱小时候的歌。有一回闺女在学校的联欢会上跳{{trap/minority_word:安代舞}}，{{han:闻老师}}拍了视频，{{minority/mongolian:塔拉根其其格}}看了十几遍。
访谈者：儿子那边呢？
受访者：他跟奶奶亲，不肯来。{{minority/mongolian:乌日汉}}七十多了，还在嘎查里放几头牛。儿子明年中考，想考{{trap/place:乌兰浩特}}的高中。他打电话说，阿爸你别跑夜路。我说知道，挂了电话又出车。表哥{{minority/mongolian:呼格吉夫}}说，我们科尔沁人到哪里都饿不死，就是想家。
访谈者：跑车辛苦吗？
受访者：山路窄，一边是崖。九月十月最忙，半夜两点起来装车，天亮前要赶到冷库。有一回刹车片烧了，车停在{{trap/place:天堂寨}}下面的弯道上，是栗农们打着手电帮我修的。我给他们讲{{trap/famous:嘎达梅林}}，他们给我讲{{trap/famous:徐寿辉}}，说那是罗田出的皇帝。从那以后，山里哪家收栗子要车，头一个打给我。有一年下大雪，我在{{trap/place:薄刀峰}}脚下困了一夜，栗农家的老婆婆给我端来一碗热面，里头卧了两个鸡蛋，我到现在都记得。
访谈者：登记表上的信息请您说一下。
受访者：这边租的房在{{address:罗田县九资河镇栗林坪村五组19号}}，老家是{{address:科尔沁右翼中旗巴彦呼舒镇哈日道卜嘎查二组8号}}。我的身份证{{id_number@my1981hyphen.152222}}，老婆的{{id_number@wy1984quad.152222}}。我电话{{mobile@plain}}，{{han:肖美容}}的{{mobile@p86n}}。我的微信叫{{wechat:tugemule_bantruck}}，栗农找车都加这个。儿子有个QQ，他在旗里跟我发语音，我记在驾驶室的遮阳板上了：{{qq:1928406357}}。
访谈者：表上的名字写对了吗？
受访者：不对。运输证上我是{{spaced:图 格 木 勒}}，老婆的病历有一页写成{{spaced:塔拉根　其其格}}，闺女的作业本上写的是{{spaced:敖 登 挂}}。
访谈者：您最盼什么？
受访者：盼老婆能站起来走两步，盼儿子考上高中，盼闺女别像我一样在路上跑一辈子。
""")

# H1428: Uyghur aunt from 疏勒 who sells dried fruit at the market of 英山 (温泉镇), married to a Han man from
# 英山, raising her dead sister's son while the boy's father is in prison.
DOCS["H1428"] = ("family", """\
访谈者：大姐，您这干果摊摆了多久了？
受访者：六年了，就在{{trap/place:温泉镇}}农贸市场的门口。葡萄干、{{trap/word:巴旦木}}、核桃、红枣，都是老家{{trap/place:疏勒}}的亲戚发过来的。我叫{{minority/uyghur:帕孜莱提·吐逊托合提}}，买东西的人记不住，都叫我{{han:余嫂}}，因为我男人姓余。
访谈者：您爱人是这边人？
受访者：是。他叫{{han:余卫东}}，英山石头咀人，年轻时候在{{trap/place:喀什}}当兵，在巴扎上买我爸的杏干，买着买着就把我买回来了。我爸{{minority/uyghur:吐逊托合提}}开始不同意，后来看他老实，才点了头。现在他在县城给人装空调，我守摊子。
访谈者：您带的孩子是？
受访者：我妹妹的儿子，{{minority/uyghur:亚库普江·阿不都艾尼}}，十一岁。我妹妹{{minority/uyghur:古丽尼沙汗}}三年前得病走了，孩子他爸{{minority/uyghur:阿不都艾尼}}在那之前就因为偷车进去了，还要关五年。老家只剩我妈{{minority/uyghur:图尔荪古丽}}，她眼睛不好，看不住一个男孩子，我就把他接到英山来了。
访谈者：孩子在这边上学？
受访者：在{{school:温泉镇第一小学四年级（4）班}}。学校里的同学跟着我男人的姓，叫他{{minority/uyghur:余亚库普}}，他也答应。在家我们叫他{{minority/uyghur:亚库普}}。刚来的时候一句汉话不会，班主任{{han:查春妹}}老师每天中午留他半个钟头，从拼音教起。现在他的普通话比我好，还会几句英山话，跟我男人吵嘴吵得有来有回。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:詹梅珍}}说，孩子妈妈不在了，爸爸在服刑，算事实无人抚养，帮我们报了，每月{{trap/number:一千三百四}}。户口迁过来的时候，派出所的{{han:雷警官}}跑了两趟新疆的手续。市场管理处的{{han:都长庚}}都没收过我的摊位费，他说你一个女人带个伢不容易。县社工站的{{compound:濮阳书棠}}每个月来一次，陪{{minority/uyghur:亚库普江}}说说话；另一个社工叫{{compound:淳于青岚}}，暑假带他去武汉看了科技馆。
访谈者：您婆家的人怎么看这个孩子？
受访者：开始有话说。我婆婆{{han:程冬英}}说，自己的伢还没生，先养别人的伢。后来孩子天天放学去给她挑水、扫院子，她嘴上不说，过年给他包了个两百块的红包。{{han:余卫东}}的妹妹{{han:余小芬}}在县医院当护士，孩子有个头疼脑热，都是她给看的。现在一家人都把他当自家的伢。
访谈者：孩子在学校有朋友吗？
受访者：有。同桌{{han:柯子墨}}天天跟他一起走回来，两个伢在我摊子上分葡萄干吃，我说少吃点，要卖钱的，他们就笑。{{han:柯子墨}}的妈妈也常来照顾我的生意，一买就是两斤。
访谈者：孩子想他爸爸妈妈吗？
受访者：想妈妈。他妈走的时候他八岁，记得事。晚上睡觉要把他妈的一条{{trap/minority_word:艾德莱斯}}围巾压在枕头底下。他爸那边，他不提，我也不提。去年监狱里寄来一封信，是他爸托人用汉字写的，我念给他听，他听完把信折成小方块，塞进了书包最里面的夹层。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}我们在家做抓饭、炸馓子，请隔壁的邻居来吃。我男人也跟着说“节日好”。在{{trap/place:武汉}}卖{{trap/minority_word:馕}}的老乡{{minority/uyghur:热萨莱提}}每年带着她的孩子坐大巴过来，两个孩子在院子里跳舞，邻居们拿手机拍。我给孩子讲{{trap/famous:阿凡提}}骑毛驴的故事，他说阿凡提要是来英山，肯定能把卖茶的人都说笑。孩子现在也爱喝{{trap/word:英山云雾茶}}，说比老家的砖茶香，我说你是忘本了，他就把茶杯藏到身后。
访谈者：生意怎么样？
受访者：过年前最好，英山人走亲戚要提干果，一天能卖一千多。平时一天卖两三百块，{{trap/org:英山县市场监管局}}来查秤，我的秤从来没差过一两。夏天生意淡，核桃放久了会哈，我就便宜卖给茶厂食堂。雨天没人，我就坐在摊子后面给孩子织毛衣。{{han:余卫东}}他说，等孩子上了初中，我们把摊子挪到县城去，离学校近一点。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:英山县温泉镇农贸市场后街12号2单元301室}}，老家是{{address:疏勒县巴仁镇托万克村三组27号}}。我的身份证{{id_number@wy1986fwhyphen.653122}}，孩子的{{id_number@my2014plain.653122}}。我电话{{mobile@hyphen}}，我男人的{{mobile@plus86spaced}}。我的微信叫{{wechat:pazilaiti-ganguo}}，进货都用这个。孩子有QQ，说是上网课用，号码他用水彩笔写在我进货本的封面上：{{qq:2069437158}}。
访谈者：表上的名字写对了吗？
受访者：常常错。学校的表上写成{{spaced:亚 库 普 江}}，户口本上有一页是{{spaced:余　亚　库　普}}，我的营业执照上写成{{spaced:帕孜莱提 · 吐逊托合提}}，我妹妹的死亡证明上是{{spaced:古 丽 尼 沙 汗}}。
访谈者：您最盼什么？
受访者：盼孩子好好读书。我妹妹临走的时候拉着我的手，说姐姐，{{minority/uyghur:亚库普江}}就交给你了。
""")

# H1429: Han children's director (儿童主任) of a community in 英山 (温泉镇) reading out her register of children in
# distress, with addresses and ID numbers.
DOCS["H1429"] = ("staff", """\
访谈者：{{han:詹主任}}，今天带的是登记册？
受访者：对，我们社区的困境儿童台账。我叫{{han:詹梅珍}}，在{{trap/place:温泉镇}}当儿童主任八年了。册子上十一个伢，今天先念六个，你对着记。
访谈者：好。
受访者：第一个，{{han:向予安}}，男，十一岁，孤儿。前年他爸妈在外地出车祸，两个都没了。那年冬天他在奶奶家门口坐了一下午，等他爸的车，天黑了也不肯进屋。跟奶奶{{han:胡冬梅}}过，{{han:胡冬梅}}她七十六了，眼睛有白内障。镇里把{{han:向予安}}的孤儿基本生活费批下来了，每月{{trap/number:一千六百五}}。住{{address:英山县温泉镇南河村六组14号}}，在{{school:温泉镇第三小学五年级（1）班}}。身份证号{{id_number@my2014.421124}}。
访谈者：第二个？
受访者：第二个是哈萨克族的伢，{{minority/kazakh:阿依达尔汗赛力克波拉提}}，名字长，我在册子上写了两行。耳朵听不见，爸爸去世了，妈妈{{minority/kazakh:巴克达古丽}}在茶厂包茶。住{{address:英山县温泉镇茶乡路41号茶厂宿舍3栋108室}}。他有残疾证，两项补贴加困境儿童补贴，一样都没落下。
访谈者：第三个？
受访者：第三个也是新疆来的，维吾尔族，{{minority/uyghur:亚库普江}}，十一岁，妈妈病故，爸爸服刑，姨妈{{minority/uyghur:帕孜莱提}}带着，认定的是事实无人抚养。学校里的伢都叫他{{minority/uyghur:余亚库普}}，跟他姨父姓。
访谈者：第四个？
受访者：第四个，{{han:和秋苹}}，女，七岁。爸爸{{han:和定邦}}在砖厂被砸断了腰，瘫在床上；妈妈{{han:柯小红}}智力残疾，三级。一家三口靠低保。上个月我和{{han:和定邦}}商量，把伢的午饭放在学校食堂吃，钱从慈善款里出。住{{address:英山县温泉镇河街社区东门巷5号}}，伢的身份证{{id_number@wy2018hyphen.421124}}，她爸的{{id_number@mmid.421124}}。
访谈者：第五个？
受访者：第五个，{{han:都启航}}，男，十三，在{{school:英山县实验中学七年级（5）班}}。爸爸因为诈骗判了六年，妈妈走了没回来，跟爷爷{{han:都德谦}}。{{han:都启航}}都十三了，还不会骑自行车，他爷爷怕他出去惹事，不让他出门。住{{address:英山县温泉镇金家铺村二组31号}}，身份证{{id_number@my2012fwspaced.421124}}。
访谈者：第六个？
受访者：第六个，{{han:毕家宝}}，男，六岁，先天性心脏病，做过一次手术。爸爸{{han:毕志刚}}三年前得癌走了，妈妈改嫁，跟奶奶过。毕家的人都说自己是{{trap/famous:毕昇}}的后人，他奶奶说伢的命是老祖宗保下来的。住{{address:英山县温泉镇毕昇大道东段88号附3号}}，身份证{{id_number@my2019x.421124}}。
访谈者：你们是怎么发现这些伢的？
受访者：一是学校报，二是村里报，三是我们自己挨家挨户走。每年春秋两季，我跟网格员{{han:段秋霞}}把社区走一遍，哪家大人病了，哪家大人不在了，哪家伢没人管，都记下来。有的是邻居悄悄来跟我说的。{{han:毕家宝}}那户就是隔壁开小卖部的{{han:操三爹}}告诉我的，说伢的嘴唇一到冬天就发紫。
访谈者：找到以后怎么办？
受访者：先看伢缺么事。缺钱的报救助，缺人照顾的找亲戚，心里有事的请社工上门。每个伢一个档案袋，我家里的柜子装了三层。最怕的是伢不肯说，{{han:都启航}}头半年一句话都不跟我讲，后来我每回去都给他带一本连环画，他才慢慢开口。
访谈者：这些伢都是谁在跟？
受访者：镇民政办的{{han:丰主任}}总负责，材料报到县{{trap/org:民政局}}。县社工站派了两个社工，{{compound:第五云栖}}跟第一、第四户，新来的小伙子{{compound:乐正希言}}跟第五户。他们每个月入户一回，半年做一次评估。县里的督导叫{{compound:子车星野}}，每季度下来翻一遍台账，哪一户的记录空了一个月，他都要问为么事。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。县里的系统把{{spaced:向 予 安}}中间空了格，把{{spaced:和　秋　苹}}写成了三截，社工的名字也被打成{{spaced:第 五 云 栖}}；那个哈萨克伢的名字被拆成{{spaced:阿依达尔汗 赛力克波拉提}}。年底我们一个一个核。
访谈者：您自己家里呢？
受访者：我男人在县城开出租，女儿在武汉读大学。我一个人在家，吃饭简单，有时候忙到晚上八点才想起来没吃中饭。女儿说妈妈你管的伢比我小时候你管我还细。我说那时候你有爸爸妈妈，他们有的一个都没有。社区的人{{trap/word:向来}}说我是操心的命，我也认了。
访谈者：做这个最难的是什么？
受访者：最难的是老人。伢们的事好办，老人不会用手机，补助到了也不晓得。我每个月一号挨家去跟他们说钱到了没有。有事也可以打{{trap/hotline:12345}}，打我手机也行，{{mobile@s38}}，二十四小时不关机。
""")

# H1430: Han civil-affairs clerk of 凤山镇 (罗田) who keeps up with the families of children in distress on WeChat
# and the phone.
DOCS["H1430"] = ("staff", """\
访谈者：{{han:方干事}}，听说您跟这些家庭主要靠微信联系？
受访者：微信、电话，两样都离不开。我叫{{han:方向东}}，在{{trap/place:凤山镇}}民政办，管低保和困境儿童。村里的老人不记我的全名，都喊我{{han:向东}}伢。镇里登记的困境儿童四十三个，家长一多半在外地，我手机里有个群叫“凤山伢们”，一百二十几号人，天天响。
访谈者：举几个例子？
受访者：像栗子坳村彝族的{{han:伍有才}}老人，他不用微信，普通话也说不好，我有事就打给他在{{trap/place:武汉}}的侄子{{minority/yi:倮伍阿西}}，让{{minority/yi:倮伍阿西}}翻成彝话跟老人讲。{{minority/yi:倮伍阿西}}的微信是{{wechat:luowu_axi_gl}}，我给他备注的是“{{han:伍爹爹}}的翻译”。两个孙女{{minority/yi:依火日嘎}}和{{minority/yi:依火拉各}}的事实无人抚养是我去年报上去的，材料里光她们爸爸{{minority/yi:依火石且}}的判决书就复印了六份。
访谈者：家长在外地的怎么办？
受访者：视频。{{han:胡让林}}这个伢，爸爸走了，妈妈{{han:胡巧玲}}在{{trap/place:深圳}}电子厂，一个月只能休两天。她的微信{{wechat:wxid_hql0719szdz}}，每个月十号我把伢的成绩单、看病的单子拍给她。{{han:胡让林}}有QQ，半夜睡不着就给我发消息，号码是{{qq:3306182947}}。
访谈者：村里谁配合你们？
受访者：各村的儿童主任和妇女主任。石桥村的妇女主任{{han:要红英}}，姓要，{{trap/word:要是}}{{han:要红英}}不在，那个村的事就没人晓得。杨柳湾的儿童主任{{han:詹友让}}让我最省心，表格他都提前填好。{{han:程春和}}就差一点，他年纪大了，打字慢，我让他发语音。
访谈者：监狱那边呢？
受访者：服刑人员子女要监狱出证明。{{trap/place:沙洋}}那边跟我对接的是{{han:鄢警官}}，他的电话{{mobile@p86h}}。有的犯人家属想申请会见，我就联系县法律援助中心的律师{{compound:公良瑾瑜}}，她不收钱，还帮着写信。
访谈者：您觉得这个工作的难处在哪？
受访者：人少事多。一个镇四十几个伢，每个都要记在心上，哪个伢几号过生日，哪个伢的药快吃完了，哪个伢的妈换了电话，都得记。我手机备忘录里记了三百多条，换手机的时候最怕丢，每个月导一回到电脑上，再打印一份锁在柜子里。领导说我们的工作{{trap/word:方向}}是对的，就是要再细一点。我说再细就要把人劈成两半了。
访谈者：外省的家庭多吗？
受访者：三四户。九资河那边还有个蒙古族的司机{{minority/mongolian:图格木勒}}，他老婆的残疾人两项补贴在旗里发，旗里的民政员{{minority/mongolian:苏德夫}}加了我微信，{{wechat:sudefu_kyzq}}，每年核查的时候我帮着拍照片发过去。其实那户归九资河管，可{{minority/mongolian:苏德夫}}找不到人，就找到我这里了。
访谈者：县里的人也在群里吗？
受访者：在。县民政局儿童福利股的{{compound:司空晚枫}}天天在群里发通知；县社工站的{{compound:颛孙立言}}管个案，哪家出了事，他半小时就能到。我们站长{{han:童建国}}说，微信群要有人守，我就每天晚上十点再看一遍。
访谈者：您一天怎么过？
受访者：早上八点到办公室，先把群里昨晚的消息过一遍，谁家伢发烧了，谁家老人住院了，能电话解决的电话解决，解决不了的下午下村。我们办公室三个人，同事{{han:骆望春}}管低保复核，{{han:鲍新民}}管残疾人补贴，我管伢们。一个礼拜至少下四个村，摩托车一年跑坏两个轮胎。县残联的{{compound:上官松涛}}跟我说，你这是把民政办开到了马路上。
访谈者：遇到过难办的事吗？
受访者：多。去年有个伢的妈妈在外地又结了婚，不肯签字放弃抚养，伢就认定不了事实无人抚养。我在微信上跟她讲了一个礼拜，讲政策，讲伢的情况，最后她在视频里哭着签了。还有的老人怕丢人，不愿意让人晓得儿子在坐牢，补助送到门口都不要。我只好请村里的老党员{{han:晏德润}}去做工作，他说话老人们听。
访谈者：会不会弄错人？
受访者：弄错过。系统里的名字常常被空格隔开，{{spaced:胡 让 林}}，{{spaced:依 火 日 嘎}}，{{spaced:颛　孙　立　言}}，搜都搜不出来。我现在登记的时候先把空格删了再存。
访谈者：联系方式怎么留？
受访者：我的工作微信是{{wechat:fxd-fengshan-mz}}，电话{{mobile@fullwidth}}。伢们遇到事，白天打给我，晚上打{{trap/hotline:12355}}也行。
访谈者：您做这个最放不下的是什么？
受访者：怕漏了人。有一回一个老人在家里过世了，他孙子一个人守了两天，邻居才发现。从那以后我每个礼拜都在群里点一遍名，谁家两天没回话，我就骑摩托去看，下雨天也去，雨衣里头再裹一层塑料布，把台账本护在胸口。说到底，这个活靠的是各村的人，靠的是{{han:要红英}}。
""")

# H1431: Han grandmother in 石头咀镇 (英山) raising her granddaughter while the girl's parents work in 东莞; the
# father lost three fingers in a press there.
DOCS["H1431"] = ("family", """\
访谈者：婆婆，您一个人带孙女？
受访者：就我一个。我叫{{han:操桂英}}，{{trap/word:操心}}的操，一辈子就是个操心的命。老头子前年走了。儿子{{han:占国华}}和儿媳{{han:匡小燕}}在{{trap/place:东莞}}的五金厂，伢丢给我，今年十岁了。
访谈者：孙女叫什么？
受访者：{{han:占雨欣}}，我们喊她{{han:欣伢}}。在{{school:石头咀镇中心小学四年级（2）班}}。{{han:欣伢}}她懂事，放学回来先喂鸡，再写作业，我眼睛花了，穿针都是她帮我穿。
访谈者：怎么成了困境儿童的？
受访者：去年秋天，{{han:占国华}}在厂里冲床上压断了三个手指头，厂里赔了一点，人就干不了重活了，现在在厂里看仓库，一个月两千多。儿媳一个人的工资要交房租、还债。家里断了来钱，村里的儿童主任{{han:金春兰}}上门来看，说伢这种情况可以报，就帮我们报了困境儿童，每月{{trap/number:六百八十元}}，家里也评了低保。{{han:金春兰}}她跑了三趟镇上，我给她煮鸡蛋她都不吃。
访谈者：孩子想爸妈吗？
受访者：想。一个礼拜视频两回，礼拜三跟礼拜天晚上。她妈在那头哭，伢在这头也哭，我在旁边抹眼泪。她爸手伤了以后不肯开视频，怕伢看见手。有一回伢说，爸爸你把手藏起来，我只看你的脸。{{han:占国华}}他当时就把手机扣下了。
访谈者：她外婆那边呢？
受访者：{{han:匡家家}}住在隔壁村，七十多了，腰弯得跟虾公一样，每个月走过来看一回伢，兜里揣两个煮鸡蛋。伢叫她家家，我们英山话外婆就叫家家。
访谈者：您身体怎么样？
受访者：高血压，膝盖也不好，上坡要扶着墙。有一回我在菜园里晕倒了，是隔壁的{{han:还秀珍}}还没出门，听见鸡叫得不对，跑过来把我扶起来的。她还打了村卫生室的电话。从那以后伢上学前都要跟{{han:还秀珍}}说一声，让她中午过来看我一眼。
访谈者：学校那边呢？
受访者：班主任{{han:熊丽娟}}老师好，伢的作业本上每天都写一句鼓励的话。镇上来了个心理老师叫{{compound:西门翠屏}}，每个礼拜给留守的伢上一节课。县社工站的{{compound:太史念慈}}跟她搭班，上回带伢们去{{trap/place:毕昇纪念馆}}，伢回来说活字是倒着刻的。还有个男社工叫{{compound:微生若木}}，给伢们修了学校的图书角。
访谈者：您平时怎么照顾她？
受访者：早上五点半起来煮面，她吃了上学。中午在学校吃，下午四点多回来。我在屋后种了点菜，养了六只鸡，鸡蛋攒着，一个礼拜给她煮四个。她爱吃炕的苞谷粑，我就隔几天炕一回。晚上她写作业，我在旁边纳鞋底，她不会的题我也不会，她就打电话问同学，或者发语音问{{han:熊老师}}。
访谈者：村里有没有人帮衬？
受访者：有。村支书{{han:占德厚}}过年送了一袋米一桶油，村医{{han:鲍秋菊}}每个月上门给我量血压，一分钱不收。{{han:鲍秋菊}}说，婆婆，你要把身体顾好，你倒了伢就没人管了。我听了心里发慌。
访谈者：孩子有没有好朋友？
受访者：有，同班的{{han:段小雨}}，两个伢形影不离。{{han:段小雨}}也是留守的，爸妈在{{trap/place:温州}}。两个伢周末一起去河边洗衣服，一起背课文，背不出来就互相罚扫地。
访谈者：孩子读书怎么样？
受访者：好。奖状贴了半面墙，我不识字，来人了我就指着墙说，这是我家伢的。她说长大了要去{{trap/place:武汉}}读大学，读完了回来当老师，跟{{han:熊老师}}一样。有一回考了第二名，回来哭了一晚上，说对不起她爸。我说你爸的手又不是你压的，你哭么事。她就不哭了，第二天早上起来背书比哪天都早。
访谈者：她爸妈打算回来吗？
受访者：儿媳说再干两年，把欠的钱还了就回来。我说，伢一天一天大，等不得。她在那头不吭声。我晓得他们难，可伢也难，我也难。
访谈者：登记表上的信息请您说一下。
受访者：屋在{{address:英山县石头咀镇桃树坳村七组9号}}。我的身份证{{id_number@wold.421124}}，伢的{{id_number@wy2015fw.421124}}。她爸的电话{{mobile@s74}}，我不会用微信，是伢用我的手机跟她妈聊，她妈的微信是{{wechat:kuangxy_dg0526}}。伢有个QQ，说跟同学对作业，号码她写在灶屋的墙上，怕我忘了：{{qq:61930725}}。
访谈者：表上的名字写对了吗？
受访者：低保表上把我写成{{spaced:操　桂　英}}，伢的名字是{{spaced:占 雨 欣}}，儿媳的写成{{spaced:匡小 燕}}；社工的名字打出来是{{spaced:太 史 念 慈}}，我还以为来了四个人。
访谈者：您最盼什么？
受访者：盼儿子的手好起来，盼他们早点回家。伢晚上睡觉前总要问一句，婆婆，我爸我妈过年回不回来。我说回。我也不晓得回不回，就盼着能应了{{han:欣伢}}。
""")

# H1432: Han primary-school teacher in 九资河镇 (罗田) going through the children in distress of her class.
DOCS["H1432"] = ("teacher", """\
访谈者：{{han:闻老师}}，您班上有几个困境儿童？
受访者：四个。我叫{{han:闻晓琴}}，学校的老同事开玩笑说我跟{{trap/famous:闻一多}}是本家，我说人家是{{trap/place:浠水}}的，我是罗田的。在{{school:九资河镇中心小学三年级（2）班}}当班主任，教语文，在这个学校教了十一年了。班上三十八个伢，留守的一半，真正难的是这四个，我一个一个说。
访谈者：好。
受访者：头一个是蒙古族的女伢，{{minority/mongolian:敖登挂}}，学籍上的名字是{{han:包晓星}}。爸爸在这边开车拉板栗，妈妈{{minority/mongolian:塔拉根其其格}}瘫了，坐轮椅。伢很懂事，早上给她妈梳了头才来上学，常常迟到几分钟，我从来不说她。她作文写得好，写她妈的那篇，我在班上念了，全班都不出声。
访谈者：第二个？
受访者：第二个{{han:郭也平}}，男伢，九岁。他爸前年秋天上树打板栗，从树上摔下来，人没了；他妈后来改嫁到{{trap/place:浠水}}，很少回来。跟爷爷{{han:郭长顺}}过。{{han:郭也平}}也不哭也不闹，就是不说话，一节课能盯着窗户外头的山看半天。他不用微信，有个QQ，我加了，号码是{{qq:82751390}}，他晚上偶尔给我发个表情。
访谈者：第三个？
受访者：第三个{{han:夏天赐}}，脑瘫，走路要扶，手也不太听使唤，拿到了残疾人两项补贴。妈妈{{han:鄢春梅}}在家专门照顾他，爸爸在外面打零工。{{han:天赐}}脑子不慢，算术比好多伢都快。县特教中心每个礼拜派{{compound:公羊俊卿}}老师来学校给他做康复，教他握笔。班上的同学轮流扶他上厕所，没有一个嫌弃的。
访谈者：第四个？
受访者：第四个{{han:骆雨萱}}，女伢，爸妈离了婚，两个都不要她，跟奶奶过，是事实无人抚养。她哥哥在{{school:罗田县第三中学八年级（4）班}}住校，一个月回来一次。{{han:骆雨萱}}她胆子小，上学期被{{han:涂小满}}几个男伢起外号，躲在厕所里哭。我把{{han:涂小满}}的家长请来了，后来他当着全班给她道了歉。她有个QQ，{{qq:1047362985}}，她妈偶尔在上面问一句，我就把伢的成绩截图发过去。她妈的微信是{{wechat:luo-mama-1986}}，很少回。
访谈者：学校怎么帮这些伢？
受访者：校长{{han:丰丽霞}}定了规矩，每个困难的伢配一个老师，一学期至少家访两次。{{han:丰校长}}还从县里要来一笔钱，给四个伢都买了冬天的棉鞋。镇上的儿童主任{{han:肖美容}}每个月来学校一趟，跟我对一遍名单。县社工站的{{compound:仲孙望舒}}每两周来上一次团体课，还有一个心理老师叫{{compound:东郭春生}}，专门给{{han:郭也平}}做了几次辅导。
访谈者：家访的时候看到些什么？
受访者：{{han:郭长顺}}家的房子是土砖的，下雨漏，伢的作业本被雨水泡过，字都晕开了。我回来跟{{han:丰校长}}说了，镇里后来给他家修了屋顶。{{minority/mongolian:敖登挂}}家是租的，一进门就{{trap/word:闻到}}一股板栗的香味，她妈坐在轮椅上剥栗子，手指头都是黑的。
访谈者：这些伢的家里，您最担心哪一家？
受访者：{{han:骆雨萱}}家。她奶奶七十八了，去年冬天摔断了胯骨，躺了三个月，伢一个人做饭、洗衣服，还要给奶奶端屎端尿。我知道了以后，跟村里的儿童主任{{han:汪春娥}}一起去看，屋里冷得跟冰窖一样。{{han:汪春娥}}连夜去镇上找了床电热毯。后来镇里给她家申请了临时救助，我们学校的老师也凑了一千多块钱。伢在作文里写，她长大要当护士，照顾奶奶。
访谈者：山里的学校条件怎么样？
受访者：比以前好多了。教室里有了一体机，食堂也翻新了。可山里冬天冷，{{trap/word:夏天}}又潮，伢们多半是走山路来上学，最远的要走一个钟头。下雨天我站在校门口数人，少一个我就打电话。今年板栗{{trap/word:丰收}}，好多家长在山上打栗子顾不上伢，我们就把伢留在学校吃晚饭，吃了再送回去。
访谈者：您自己有孩子吗？
受访者：有，一个儿子，在县城读初中，跟他爸过。我一个礼拜回一趟城。他有时候怨我，说妈妈你管别人的伢比管我还多。我说你有爸爸妈妈，他们有的一个都没有。他就不说话了。
访谈者：您平时怎么跟家长联系？
受访者：家长群里发通知，单独的事打电话或者发微信。我的微信是{{wechat:wenxq_jzh2012}}，电话{{mobile@fws}}。爷爷奶奶们多半不会打字，我就发语音，一条一条地说。
访谈者：名册上的名字有写错的吗？
受访者：有。县里的表上把{{spaced:郭 也 平}}拆开了，{{spaced:夏天 赐}}分成两截，特教中心的老师被写成{{spaced:公　羊　俊　卿}}。
访谈者：最后还想说什么？
受访者：希望这四个伢都能读完书，走出大山，也能回来看看。我们山里的伢，缺的不是聪明，是有人一直陪着。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1425,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout181",))


if __name__ == "__main__":
    main()
