# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 215 (tests/pii/holdout215/H1705-H1712 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or the
accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number, account,
school class and address is invented; no name, place or sentence is taken from the earlier sets (the script asserts
that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name in names.csv,
and that no trap string was gold in an earlier set; set 214, written at the same time, is not an earlier set; the
marked traps were also chosen so that none repeats a trap of an earlier set).

Set 215 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 宁武 and 岢岚
(忻州, Shanxi): a Hui coal miner from 西吉 crippled by a roof fall at 阳方口, his wife gone home and lost, raising a
son at a county boarding school and a daughter of nine; a Yi mother from 昭觉 who married a loader driver of 东寨镇,
now in prison for a fight over coal hauling, and works in a lake-side guesthouse at 马营海; a Mongolian shepherd from
乌审旗, thirty years in 王家岔, raising the orphaned granddaughter of his son and Han daughter-in-law, killed when
their coal truck overturned; a Kazakh sheep veterinarian from 新源 who came for the cashmere-goat cooperative and
raises alone an autistic son and a small daughter since his Han wife from 宋家沟 died; a Han 儿童主任 of a mountain
village of 涔山乡 near the ice cave reading out her seven families; the Han civil-affairs assistant of 阳方口镇
between phone calls and a WeChat group of parents; a Han auditor of relief funds at the civil-affairs bureau of 岢岚
on names that do not match bank accounts, double payments and money drawn for the dead; and the Han nurse of a
boarding primary school in 岢岚. The emphasis is on forms where a replacement might cover only part of a name, or miss
it, in a mix rather than one trick: Hui 经名 used alone (伊斯玛仪勒, 鲁哈娅, 伊司哈格, 素麦亚, 赛甫丁, 舍尔班,
尔德里斯, 尔沙德, 沙希拜, 哈基木, 阿布达里木, 阿伊舍蓓) beside the Han-form names of the same people (妥永禄, 锁彩琴,
妥子强, 妥小蕊, 海登魁阿訇), the meal card's 妥伊司哈格, the daughter's 麦亚 and the name inside a shop sign
(舍尔班羊肉馆); Yi names (俄木果芝, 俄木尔布, 伍各莫, 吉伍尔呷, 俄木石且, 阿苏尔哈, 吉克尔日, 阿的子莫, 曲木阿呷,
勒格阿依, 阿西拉莫) with a clan name as a short form (阿苏), a Han surname before a Yi given name given by the police
(吴果芝), taken from the husband (马阿依) or from the Han father (宫约布, 牛什呷, 牛阿果), a form of address (约布娃)
and a short form (果芝, 什呷); Mongolian names (查干苏和, 宝力德仓, 图雅罕, 额尔登扎布, 伊德尔仓, 呼和朝鲁门,
阿拉坦沙嘎, 布和达来, 敖登格日勒玛) with the employer's surname before them on the ID (韩查干苏和, 韩图雅罕), a Han
surname of Mongolian families (白乌云) and forms of address (老查, 罕罕, 仓哥); Kazakh given name + father's name with
the dot (叶尔扎提·波拉提, 叶森·波拉提), Kazakh names alone (恰勒汗, 阿衣波塔, 古丽扎依娜, 朱马泰, 阿克别克, 叶尔波勒),
with ‧ and ・ (叶尔扎提‧波拉提, 恰勒汗・叶尔扎提), with a full stop (恰勒汗.叶尔扎提) and with none (叶尔扎提波拉提),
the mother's Han surname before a Kazakh name (温阿衣波塔), a title made from the name (叶兽医) and a short form
(小波塔); Han names with rare surnames of the region (妥, 锁, 郄, 栗, 闫, 樊, 霍, 邸, 蔺, 能, 宫, 奚, 郜, 要, 眭, 冀,
降, 薛, 贾, 侯, 续, 渠, 原, 仝, 宿, 敦, 弓, 寇, 亢, 却, 杲, 师, 兰, 岳); surnames and given characters that are
ordinary or grammar words right before or after grammar words (侯正山正在, 温又平又住院, 郝再兴再三, 却玉堂却是,
和润生和他婆姨, 让能向东去说, 跟都根喜学, 蔺春燕她却说, 侯佳怡倒是, 亢文杰他倒, 寇二牛便, 被贺丑蛋, 给仝丽霞回,
要素梅); names that contain words beside the same words used as words (降月琴 and 降温, 锁彩琴 and 锁好, 能向东 and
能行, 原晓峰 and 原先, 弓慧敏 and 弓起腰, 乔春风 and 春风, 岳长城 and 宋长城, 东方红梅 and the song 东方红, 温 and
温泉乡); names inside organisation- or place-like phrases where the name is the person's (乔存粮劳模工作室,
和润生小卖部, 舍尔班羊肉馆, 韩老三家); titles and kin words after names (樊润芝老师, 海登魁阿訇, 夏侯丰年大夫,
蔺春燕老师; the span is the name only); a surname with only a title or kin word, annotated whole (妥师傅, 闫姐,
郄大爷, 宫二嫂, 邸婶, 郜主任, 降主任, 降姨, 栗助理, 弓姐, 兰大夫, 兰姨, 师校长); local nicknames, annotated whole
(改改, 铁留, 丑蛋); names at the very end of a line with no full stop (是舍尔班, 是闫凤鸣) or of the last sentence
(还是侯满囤。); names spaced out character by character in half- and full-width spaces (妥 伊 司 哈 格, 素　麦　亚,
宫　福　来, 俄 木 果 芝, 曲 木 阿 呷, 夏　侯　丰　年, 赫 连 晓 晨, 梁　丘　砚　书, 亓　官　若　晴, 韩 图 雅 罕), a
dotted name spaced out in full-width spaces (恰　勒　汗　・　叶　尔　扎　提), spaced dots (叶尔扎提 ‧ 波拉提, 阿衣波塔
. 叶尔扎提) and names split in two or three (妥 永禄, 韩　查干苏和, 韩 查干 苏和, 宝力德 仓, 侯 佳怡, 仝 丽霞, 却
二宝, 乔 春风, 叶尔扎提 波拉提); compound surnames after ordinary words (端木, 宇文, 司马, 独孤, 皇甫, 南宫, 钟离,
澹台, 夏侯, 上官, 欧阳, 司空, 赫连, 东方, 宗政, 万俟, 梁丘, 亓官 after 后生叫/女社工/律师/
社工/管民政的/康复师/卫生院的/乡里的/有个/让/驻村的/五寨的/我、/对接的是/志愿者); and numbers and accounts read out
and written the many ways people do (an ID in six 3-digit groups, full-width IDs spaced or hyphenated with an X check
digit, a QQ number after 扣扣, full-width QQ numbers, mobiles with +86 and hyphens, 3 8, 7 4 and 4 3 4 groups,
full-width and spaced).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邸婶}}``, ``{{qq:60518273}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (hui, mongolian, kazakh, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwhyphenx.140925}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 大夫) and a particle, pronoun or
verb written directly after a name (她, 他, 也, 又, 再三, 正在, 却, 倒, 便, 说, 和, 喊) are outside the span; a
surname with only a title or kin word (妥师傅, 闫姐, 郄大爷, 宫二嫂, 邸婶, 降姨, 弓姐, 兰大夫, 师校长) and a local
nickname (改改, 铁留, 丑蛋) are annotated whole. Han-style names of Hui and Yi people (妥永禄, 锁彩琴, 妥子强, 妥小蕊,
海登魁, 宫晓雯) are category han; a Han surname before a non-Han given name (妥伊司哈格, 吴果芝, 马阿依, 宫约布,
牛什呷, 牛阿果, 韩查干苏和, 韩图雅罕, 白乌云, 温阿衣波塔) is category minority, and so are forms of address made from
a non-Han name (约布娃, 老查, 罕罕, 仓哥, 叶兽医, 小波塔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout215/make_holdout215.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(215_2026_1207)
MINORITY_GROUPS = ("hui", "mongolian", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"hui": 10, "mongolian": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "172", "178", "180", "183", "185",
                   "186", "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1705: Hui father from 西吉 (Ningxia), a coal miner in 阳方口 (宁武) crippled by a roof fall; his wife went home
# and was never heard of again; a son boarding at a county middle school and a daughter of nine.
DOCS["H1705"] = ("family", """\
访谈者：{{han:妥师傅}}，您这腰是在井下伤的？
受访者：是么，四年了。我叫{{han:妥永禄}}，经名{{minority/hui:伊斯玛仪勒}}，老家{{trap/place:西吉县}}的山里头。十二年前跟上老乡来{{trap/place:宁武}}下井，在{{trap/place:阳方口}}挖了八年煤。那年腊月井下冒顶，一块矸石砸在腰上，下半截就没知觉了，一级残疾，出门全靠轮椅。
访谈者：孩子妈妈呢？
受访者：婆姨叫{{han:锁彩琴}}，经名{{minority/hui:鲁哈娅}}。我出事头一年她端屎端尿，第二年说回去看她妈，再没回来，手机号也停了。{{minority/hui:鲁哈娅}}她也苦，二十岁跟了我，没过几天好日子，我不怪她。剩下两个娃娃：儿子{{han:妥子强}}，经名{{minority/hui:伊司哈格}}，十三了；丫头{{han:妥小蕊}}，经名{{minority/hui:素麦亚}}，九岁，我们都叫她{{minority/hui:麦亚}}。
访谈者：两个孩子在哪儿念书？
受访者：儿子在{{school:宁武县第三中学七年级（4）班}}住校，饭卡上打的是{{minority/hui:妥伊司哈格}}，五个字连着，同学们笑他名字比运煤的火车还长。丫头在{{school:阳方口镇中心小学三年级（1）班}}，放了学就推我出去晒太阳，跟我说学校里谁跟谁好了、谁跟谁恼了。
访谈者：谁在帮你们？
受访者：镇上民政的{{han:栗永刚}}头一个上门，给两个娃娃报了事实无人抚养，一个娃一个月{{trap/number:一千一百零六块}}，我是残疾人两项补贴。村里儿童主任叫{{han:闫凤鸣}}，我们都喊{{han:闫姐}}，表都是她跑的。矿上工会的{{han:乔存粮}}年年腊月送米面油。县社工站来过个后生叫{{compound:端木霜序}}，给儿子补数学；还有个女社工{{compound:宇文汀兰}}，陪丫头画画。
访谈者：平常谁照顾您？
受访者：丫头。早上她给我倒尿壶、擦身子，出门前把炉子封好、院门{{trap/word:锁好}}。晌午邻家{{han:霍二柱}}过来帮我翻个身。他婆姨{{han:贺俊莲}}知道咱不吃大肉，从不拿熟菜，只拿生的莜面、土豆，让{{minority/hui:麦亚}}回来自己做。丫头踩着小板凳做{{trap/word:拌汤}}，咸得下不去口，我也喝得干干净净。
访谈者：儿子在学校怎么样？
受访者：话少，心重。班主任{{han:樊润芝}}老师打电话说，娃娃上课老走神，黑夜蒙着被子哭。{{han:樊润芝}}她隔上两个礼拜就来电话问问。宿管{{han:郄大爷}}心好，冬天给他多拿一床被子，礼拜天还领他去{{trap/place:汾河}}边上走走。
访谈者：老乡们帮过你们吗？
受访者：帮过。一起下井的{{minority/hui:纳舍尔班}}是同心人，出事那天就是他把我从井下背上来的。矿上回族工友七八个，头一个月{{minority/hui:尔德里斯}}领着大家凑了三千块。{{minority/hui:舍尔班}}后来回宁夏开了个馆子，招牌就叫{{minority/hui:舍尔班}}羊肉馆，每年过节给娃娃们寄一箱{{trap/minority_word:油香饼}}。省城寺里的{{han:海登魁}}阿訇，经名{{minority/hui:赛甫丁}}，托人捎来一千块，说{{minority/hui:伊司哈格}}念书念出来，寺里供他上大学。
访谈者：看病花了不少吧？
受访者：矿上赔了十几万，在{{trap/org:宁武县医院}}住了俩月，又转到省城做了两回手术，钱花光了，腰还是不顶事。现在吃药、买尿垫子，一个月四五百。冬天腿上没知觉，烫了都不知道，有一回暖水袋把脚烫起泡，还是丫头看见的。
访谈者：孩子们想妈妈吗？
受访者：想。她妈留下个{{trap/minority_word:汤瓶}}，丫头每天拿它给我倒水洗手。儿子嘴上说不想，有一回拿{{han:闫姐}}的手机往西吉打，打到他舅舅那儿，问他妈在不在。他舅说不在，娃娃挂了电话，一黑夜没言语。
访谈者：以后有什么打算？
受访者：我这样子，打算不了，就盼娃娃把书念出来。我给儿子讲{{trap/famous:马本斋烈士}}，说人穷骨头不能软。他说要考{{trap/org:太原理工大学}}学采矿，让井下再不冒顶。
访谈者：矿上现在还管你们吗？
受访者：每年过年矿上来人看一回，拿两袋面一桶油。赔偿是一次给的，签了字就两清了。我不后悔下井，那几年挣得多，在老家盖了三间房。后悔的是没多存下点钱，也没给婆姨买过一件像样的衣裳。冬天烧的是矿上发的煤，一年五吨，不够烧，丫头放学去煤场捡煤核子，小手冻得跟红萝卜一样。
访谈者：儿子放假回来做什么？
受访者：帮我洗澡、剪指甲，把院子扫得干干净净。去年学校组织去{{trap/place:宁武关}}看古城楼，他回来给我讲了一黑夜，说城墙上有炮眼，明朝守城的人死了好几千。我说你看，人家守得住城，咱也守得住这个家。
访谈者：方便留个联系方式吗？
受访者：我电话{{mobile@h38}}，{{han:闫姐}}的{{mobile@s74}}。我微信叫{{wechat:Ismail_XiJi81}}，儿子给弄的。他还有个QQ，怕我忘了，拿小刀刻在我轮椅扶手上：{{qq:1573082946}}。
访谈者：证件上的信息呢？
受访者：你照着抄吧。住在{{address:宁武县阳方口镇大沟村二组14号}}，老家户口还在{{address:西吉县兴隆镇单南村四组8号}}。我的身份证{{id_number@my1981fwspaced.640422}}，儿子的{{id_number@my2012tri.640422}}。残联发的卡上把我印成{{spaced:妥 永禄}}，丫头的奖状上写成{{spaced:素　麦　亚}}，儿子的新饭卡又打成了{{spaced:妥 伊 司 哈 格}}，一个人三个名字，去银行人家不认。
访谈者：最后还想说什么？
受访者：想谢一个人。那天把我从井底下背上来的，是{{minority/hui:舍尔班}}
""")

# H1706: Yi mother from 昭觉 (凉山) who married a loader driver of 东寨镇 (宁武); he is in prison for a fight
# over coal hauling.
DOCS["H1706"] = ("family", """\
访谈者：大姐，您是从四川嫁过来的？
受访者：{{trap/place:凉山州}}的，老家在昭觉的高山上。我叫{{minority/yi:俄木果芝}}，身份证上是{{minority/yi:吴果芝}}，办证那年派出所说俄木两个字没见过，给我改成了吴。村里人叫我{{minority/yi:果芝}}，上了岁数的喊我{{han:宫二嫂}}。
访谈者：怎么到宁武来的？
受访者：十六年前跟老乡出来打工，在{{trap/place:东寨镇}}的洗煤厂认得了娃娃他爸{{han:宫福来}}。他开装载机，人实在，我就嫁了。彝族嫁汉族，家里不愿意，我阿爸{{minority/yi:俄木尔布}}一年没跟我说一句话，后来看了外孙的照片，才松了口。
访谈者：孩子爸爸现在……
受访者：在里头。前年跟人争拉煤的活，动了手，把人打成重伤，判了五年，关在{{trap/org:晋中监狱}}。出事那天后晌，{{han:宫福来}}他还打电话说黑夜回来吃饭，我擀好了面等到半夜。
访谈者：几个孩子？
受访者：两个。大的丫头，户口上叫{{han:宫晓雯}}，我给起的彝名叫{{minority/yi:伍各莫}}，十二了，在{{school:东寨镇寄宿制小学六年级（2）班}}。小的是儿子，户口上就写的彝名，{{minority/yi:宫约布}}，九岁，同学们都喊{{minority/yi:约布娃}}，在{{school:东寨镇中心小学三年级（3）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:武月娥}}给两个娃娃报了服刑人员子女补助。镇上民政是个小伙子，姓能，叫{{han:能向东}}，跑前跑后把低保也给办下来了，谁家有难处都让{{han:能向东}}去说，村里人讲这后生{{trap/word:能行}}。县里法律援助的律师{{compound:司马雁翎}}帮我问过减刑。社工{{compound:独孤映川}}每月接娃娃们去{{trap/place:汾河源头}}那边的活动室画画、做游戏。
访谈者：您自己做什么？
受访者：在{{trap/place:马营海}}边上的农家乐洗碗、收拾客房，夏天游客多，一个月两千出头；冬天没活，上{{trap/place:管涔山}}挖黄芪，一天挖不了二斤。
访谈者：丫头住校习惯吗？
受访者：头一个学期天天哭，礼拜天后晌送她走，她扒着校车窗户不撒手。现在习惯了，还当了宿舍长，管着八个小的，谁不叠被子她就说谁。她说妈你放心，我在学校吃得比家里好，礼拜三还有肉。
访谈者：在农家乐干活累吗？
受访者：累是累，老板不亏人。夏天游客从太原、从北京来，看{{trap/place:芦芽山}}、看冰洞，一桌一桌地吃，我一天洗几百个碗，手泡得发白。冬天雪一下，山上就没人了，我去镇上帮人剥葱、卖菜，挣一天算一天。最怕娃娃有病，县医院远，一来一回就是一天。
访谈者：孩子们怎么样？
受访者：大的懂事，礼拜天回来做饭、看弟弟。她跟我说，妈，我不念了，出去打工给你挣钱。我打了她一巴掌，自己哭了半黑夜。小的灰，有娃娃骂他爸是劳改犯，{{minority/yi:约布娃}}把人家的头打破了。班主任{{han:蔺春燕}}老师叫我去，我以为要赔钱，{{han:蔺春燕}}她却说先不急，娃娃心里委屈，得有人听他说。后来她每个礼拜留他半个钟头，陪他下象棋。
访谈者：娘家那边呢？
受访者：远，坐火车要两天。我阿妈{{minority/yi:吉伍尔呷}}前年来住过一个月，嫌冷，说这搭八月就得穿夹袄。弟弟{{minority/yi:俄木石且}}在太原的工地上，过年来给娃娃们带腊肉和{{trap/minority_word:苦荞粑}}。他说，姐，实在不行回凉山，我养你们。我说娃娃们在这搭念惯了书，回去话都听不懂。
访谈者：平时谁帮着照看？
受访者：隔壁{{han:邸婶}}。我去上工，娃娃放学在她家吃饭，她孙子跟我儿子一个班。洗煤厂有个老乡叫{{minority/yi:阿苏尔哈}}，冬天帮我拉一车煤，他婆姨{{minority/yi:阿的子莫}}给丫头缝过一身彝族衣裳，{{minority/yi:阿苏}}说咱彝家人出门在外，得互相帮衬。
访谈者：过节怎么过？
受访者：火把节在这搭过不成，山上全是林子，不让点火。我们在院里点一根蜡烛，娘家村里的毕摩{{minority/yi:吉克尔日}}隔着视频给娃娃们念了经，我给娃娃们讲{{trap/famous:支格阿鲁王}}射太阳。{{minority/yi:伍各莫}}说，妈，你讲的我都记下了，以后写成作文。
访谈者：{{han:武月娥}}说您的材料还差几样？
受访者：差电话和身份证号。我电话{{mobile@s434}}，{{han:武月娥}}的{{mobile@p86n}}。我的身份证{{id_number@wy1988quad.513431}}，丫头的{{id_number@wy2013hyphen.140925}}，小子的{{id_number@my2016fw.140925}}。家在{{address:宁武县东寨镇二马营村三组11号}}，他爸户口上的老院子在{{address:东寨镇石湖河村一组5号}}。我微信叫{{wechat:guozhi_lzs0917}}，丫头在学校用QQ跟我说话，她的是{{qq:３０９６１７４２５}}。
访谈者：监狱那边能联系上吗？
受访者：一个月一回亲情电话。会见来回两百多车费，{{compound:独孤映川}}帮我们申请了路费。上回{{han:宫福来}}隔着玻璃看见丫头长高了，哭得说不出话。监狱寄来的信封上他的名字是{{spaced:宫　福　来}}，丫头的学籍卡上是{{spaced:宫 晓 雯}}，我的低保卡上是{{spaced:俄 木 果 芝}}。
访谈者：您最盼什么？
受访者：盼他早点出来。我们彝家说火塘不能熄，他不在，我就是这个家的火塘。
""")

# H1707: Mongolian grandfather from 乌审旗 (Ordos), a shepherd in 王家岔 (岢岚) for thirty years, raising his
# orphaned granddaughter; his son and Han daughter-in-law died when their coal truck overturned.
DOCS["H1707"] = ("family", """\
访谈者：老人家，您是蒙古族？
受访者：是，鄂尔多斯乌审旗{{trap/place:图克镇}}人，在{{trap/place:岢岚}}放了三十年羊了。我叫{{minority/mongolian:查干苏和}}，身份证上是{{minority/mongolian:韩查干苏和}}，当年登记的说蒙古人也得有个姓，就随了东家的姓。这搭人嫌长，都叫我{{minority/mongolian:老查}}。
访谈者：怎么来的岢岚？
受访者：年轻时候草场闹沙，羊没吃的，我跟上个贩羊的来了{{trap/place:王家岔}}，给{{han:韩老三}}家放羊。后来娶了这搭的婆姨{{han:奚桂香}}，就不走了。岢岚的山跟我们那边不一样，我们那边是沙梁，这边是土梁梁，羊爬坡爬得腿粗。
访谈者：孙女是……
受访者：我儿子{{minority/mongolian:宝力德仓}}的闺女。儿子前年拉煤，在山路上翻了车，儿媳坐在副驾驶，两个人都没了。孙女叫{{minority/mongolian:图雅罕}}，十岁，户口上是{{minority/mongolian:韩图雅罕}}，她妈在世时叫她{{minority/mongolian:罕罕}}。
访谈者：孩子爸妈出事以后，孩子怎么样？
受访者：头半年不说话，黑夜睡着睡着就哭醒，喊妈。老师把她叫到办公室，跟她说你爸妈去很远的地方了。她说我知道，他们死了，你们不用哄我。十岁的娃娃说这话，我听了心里跟刀子剜的一样。后来好一些了，放学去{{trap/place:岚漪河}}边上捡石头，捡回来摆在窗台上，说这块像羊，这块像她爸的车。
访谈者：孩子在哪儿上学？
受访者：{{school:岢岚县第二小学四年级（2）班}}，住校，礼拜五我骑摩托下山接。生活老师{{han:要素梅}}对她好，{{han:要素梅}}知道娃娃没了爹妈，黑夜睡不着就陪她坐一阵。
访谈者：有哪些补助？
受访者：村里的儿童主任{{han:郜润莲}}给娃娃报了孤儿，一个月{{trap/number:一千四百九十五元}}，打到一张卡上，我一分不动，存着给她念书。乡里管民政的{{compound:皇甫振川}}上山来核过三回，坐在炕沿上一样一样问。我有低保，{{han:奚桂香}}高血压，药钱医保报一些。
访谈者：孩子跟您亲吗？
受访者：亲。她爱喝我熬的{{trap/minority_word:炒米茶}}，爱听我唱老家的歌。放假跟上我去坡上放羊，哪只羊是谁家的她都认得。{{minority/mongolian:图雅罕}}说，爷爷，羊认得咱，咱也认得羊。我们这搭的{{trap/word:岢岚绒山羊}}毛好，一只能抓一斤多绒。
访谈者：现在还放羊吗？
受访者：放，自家的四十来只，夏天赶到{{trap/place:荷叶坪}}底下的坡上，冬天圈在沟里喂玉米秆子。一只羊一年能卖一千多，再加上抓的绒，收绒的{{minority/mongolian:呼和朝鲁门}}也是鄂尔多斯人，价钱给得公道，够我们爷孙俩吃穿。婆姨腿脚不行，在家做饭、喂鸡，娃娃的衣裳都是她缝补。她是汉人，学会了熬奶茶，我学会了吃莜面，几十年就这么过来了。
访谈者：老家还有人吗？
受访者：有。我哥{{minority/mongolian:额尔登扎布}}八十了，跟嫂子{{minority/mongolian:敖登格日勒玛}}还在嘎查里。他孙子{{minority/mongolian:伊德尔仓}}在呼和浩特念大学，暑假来住过半个月，教娃娃说蒙语、写蒙文。娃娃跟上喊他{{minority/mongolian:仓哥}}，走那天抱着他哭，不让走。
访谈者：孩子还有什么难处？
受访者：眼睛不好，近视八百度，看不清黑板。学校的护士{{han:兰巧珍}}带她去{{trap/org:忻州市人民医院}}配了眼镜，钱是社工{{compound:南宫一诺}}找人捐的。同村的{{han:和润生}}和他婆姨常上来看我们，下雪天{{han:和润生}}还替我去学校接过娃娃。
访谈者：冬天怎么过？
受访者：山上冷，零下二十几度，炕烧得滚烫，屋里水缸还结冰。乡里给换了个新炉子，煤也是乡里送的。娃娃礼拜五回来，先趴在炕上暖半天脚，再写作业。她写作业我就坐在旁边看，一个字也认不得，可看着心里舒坦。村口{{han:和润生}}小卖部的电话是我们的救命电话，手机没信号的时候，都是往他那儿打。
访谈者：您身体还行吗？
受访者：腿不行了，风湿，冬天下不了炕。七十三了，最怕哪天一觉不醒，娃娃没人管。{{han:郜润莲}}说真到那天，村里乡里都会管，让我把娃娃的事都写下来，她替我收着。我不会写汉字，是{{minority/mongolian:罕罕}}替我写的，写了三页纸。
访谈者：{{han:郜主任}}让我们核一下号码。
受访者：你看这个本子。我的身份证{{id_number@mold.150626}}，娃娃的{{id_number@wy2015spaced.140929}}。我电话{{mobile@fullwidth}}，{{han:郜润莲}}的{{mobile@plus86}}。家在{{address:岢岚县王家岔乡羊圈沟村一组3号}}，冬天羊圈在{{address:王家岔乡后沟村东头2号院}}。娃娃用她姑姑的旧手机上QQ，号是{{qq:48261739}}。微信是{{minority/mongolian:伊德尔仓}}给我注册的，叫{{wechat:chagan-suhe1952}}。
访谈者：各种表上名字对得上吗？
受访者：对不上。乡里的公示栏上把我写成{{spaced:韩　查干苏和}}，娃娃印成{{spaced:图 雅 罕}}，她爸的死亡证明上是{{spaced:宝力德 仓}}。
访谈者：最后想说什么？
受访者：等{{minority/mongolian:图雅罕}}考上大学，我带她回乌审旗，看看她爸小时候跑过的沙窝子，看看{{trap/place:萨拉乌苏河}}。
""")

# H1708: Kazakh sheep veterinarian from 新源 (Ili) who came to 岢岚 for a cashmere-goat cooperative; his Han wife
# from 宋家沟 died of cancer; an autistic son and a small daughter.
DOCS["H1708"] = ("family", """\
访谈者：您是哈萨克族，怎么到岢岚来的？
受访者：我叫{{minority/kazakh:叶尔扎提·波拉提}}，{{trap/place:新源县}}人，学兽医的。十年前岢岚的绒山羊合作社去伊犁请人，我就来了。这搭人叫不惯，都喊我{{minority/kazakh:叶兽医}}，好些人以为我真姓叶。
访谈者：孩子妈妈……
受访者：她是{{trap/place:宋家沟}}人，叫{{han:温丽芬}}，合作社的会计。前年查出胃癌，半年就走了。走的时候儿子九岁，闺女五岁。她走前跟我说，娃娃的户口别迁回新疆，在岢岚念书，她爸妈能照应。
访谈者：孩子们叫什么？
受访者：儿子{{minority/kazakh:恰勒汗}}。我们哈萨克名字后头跟父亲的名字，户口上是{{minority/kazakh:恰勒汗・叶尔扎提}}，学校电脑打不出那个点，录成了{{minority/kazakh:恰勒汗.叶尔扎提}}。闺女叫{{minority/kazakh:阿衣波塔}}，她姥姥跟她妈的姓，喊她{{minority/kazakh:温阿衣波塔}}。
访谈者：儿子的身体……
受访者：孤独症。三岁还不会说话，我们以为是说话晚，后来去太原的儿童医院才查出来。{{minority/kazakh:恰勒汗}}现在十一了，能说几句，不看人眼睛，一着急就拿头撞墙。办了精神残疾证，二级，两项补贴都有。
访谈者：他上学吗？
受访者：上。在{{school:岢岚县特殊教育学校二年级（1）班}}，老师{{han:眭丽君}}一个人带六个娃娃。{{han:眭丽君}}教他系鞋带，教了整整一学期，他头一回自己系上那天，她给我发了段视频，我在羊圈里看了十几遍。闺女在{{school:岚漪镇第一小学一年级（3）班}}，同学们叫她{{minority/kazakh:小波塔}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:段二梅}}给两个娃娃报了困境儿童。县民政局的{{han:弓慧敏}}来核过两回，查得细，合作社的工资条都要看。我一个月三千五，超了低保线，可儿子看病花得多，{{han:弓慧敏}}说可以按{{trap/word:支出型困难}}报。县残联的康复师{{compound:钟离逸尘}}每礼拜给儿子上两回课，社工{{compound:澹台书远}}礼拜六来陪闺女。
访谈者：闺女呢？
受访者：闺女乖，七岁就会给哥哥倒水、递毛巾。她跟同学说她哥哥是星星的孩子，是老师教她的。有一回同学笑她哥哥是傻子，她跟人家打了一架，回来脸上挂着彩，说谁也不许说我哥。
访谈者：孩子的姥姥姥爷呢？
受访者：在宋家沟。她姥爷腿脚好，礼拜天把闺女接过去；姥姥心脏不好，看不住儿子。老汉常说，闺女走了，这两个娃娃就是他的命。
访谈者：新疆老家呢？
受访者：我哥{{minority/kazakh:叶森·波拉提}}在新源放牧，秋天转场前打个视频。我阿帕{{minority/kazakh:古丽扎依娜}}说，把娃娃带回{{trap/place:那拉提草原}}，草原上的风能把病吹走。我知道吹不走。我哥上回领着他儿子{{minority/kazakh:叶尔波勒}}来岢岚，带了一袋{{trap/minority_word:塔尔米}}和风干肉，儿子吃一口就吐了，闺女倒吃得香。
访谈者：兽医的活好干吗？
受访者：不好干。全县几十万只羊，合作社就三个兽医，我，{{minority/kazakh:朱马泰}}，还有一个本地后生。{{minority/kazakh:朱马泰}}是特克斯人，比我晚来两年，他儿子{{minority/kazakh:阿克别克}}跟我闺女一个班。开春接羔最忙，半夜有人打电话说母羊难产，我骑上摩托就走，{{trap/place:温泉乡}}、{{trap/place:三井镇}}的山沟沟都跑遍了。羊跟人一样，难产的时候你得稳住，慌了就是两条命。这些年我接的羔子少说也有几千只，岢岚人见了我都客气。
访谈者：儿子在家的时候怎么办？
受访者：最怕他一个人跑出去。有一回我去接羔，他自己开门出去了，顺着河沿走了七八里，全村人打着手电找到后半夜。从那以后门上装了两道锁，我出门就把他送到他姥爷家。他不会说饿，不会说疼，发烧了也不吭气，我只能看他的脸色。
访谈者：您自己呢？
受访者：累。白天去各村给羊打针、接羔，黑夜回来哄儿子睡。他睡不着就叫，一叫一黑夜。邻居{{han:都根喜}}来敲过门，我以为要骂，结果端来一碗羊汤。后来我跟{{han:都根喜}}学会了熬羊骨汤，儿子爱喝。
访谈者：联系方式和证件号方便说一下吗？
受访者：我电话{{mobile@p86h}}，{{han:段二梅}}的{{mobile@plain}}。我的身份证{{id_number@my1985x.654025}}，儿子的{{id_number@my2014fwhyphen.140929}}，闺女的{{id_number@wy2018.140929}}。住{{address:岢岚县岚漪镇北关街绒毛市场后院6号}}，她姥爷家在{{address:宋家沟乡宋家沟村新民街22号}}。合作社群里用QQ，我的是{{qq:912604387}}；微信{{wechat:yerzat_vet}}。
访谈者：表上的名字对吗？
受访者：合作社花名册上我是{{minority/kazakh:叶尔扎提波拉提}}，一口气连着念。低保卡上印成{{spaced:叶尔扎提 ‧ 波拉提}}，特教学校的作业本上是{{spaced:恰　勒　汗　・　叶　尔　扎　提}}，幼儿园的毕业证上是{{spaced:阿衣波塔 . 叶尔扎提}}。
访谈者：最后想说什么？
受访者：我给儿子放{{trap/famous:迪玛希}}的歌，他听不懂，可他安静。我盼他能自己穿衣吃饭，等我老了，{{minority/kazakh:阿衣波塔}}不用一辈子守着哥哥。
""")

# H1709: Han 儿童主任 of a mountain village of 涔山乡 (宁武), near the ice cave, reading out her list of seven
# families.
DOCS["H1709"] = ("staff", """\
访谈者：{{han:降主任}}，您这个村在山上？
受访者：在半山腰，{{trap/place:涔山乡}}最高的村，离{{trap/place:万年冰洞}}七里地，三伏天黑夜也得盖棉被。我叫{{han:降月琴}}，降是{{trap/word:降温}}的降，当儿童主任五年了。常住的一百来口人，娃娃二十一个，困境的七个，我拿着本子挨个给你说。
访谈者：好，您说。
受访者：头一个是孤儿，{{han:薛改芳}}，小名{{han:改改}}，十岁。她爹在矿上出了事，娘后来得病也走了，跟她叔{{han:薛满银}}过。孤儿基本生活费存在她自己卡上。{{han:改改}}在{{school:涔山乡寄宿制小学四年级（1）班}}住校，礼拜五她叔骑三轮下去接。
访谈者：第二个？
受访者：{{han:贾铁留}}，八岁，脑瘫，不会走路。他奶奶六十九了，一天抱他上下炕十几回。两项补贴都办了，乡卫生院的{{compound:夏侯丰年}}大夫每月上来一回，教他奶奶按腿。{{han:铁留}}爱听收音机，听见唱{{trap/word:晋剧}}就笑。
访谈者：第三个？
受访者：第三家两个娃娃，爹{{han:侯正山}}正在{{trap/place:阳泉市}}服刑，偷矿上的电缆，判了三年，娘跟人走了。大的{{han:侯佳怡}}十三，小的是个小子，九岁，跟着爷爷{{han:侯满囤}}。服刑人员子女补助报上去了，乡里的{{compound:上官云帆}}说下个月就批。{{han:侯佳怡}}倒是懂事，就是不爱说话，问三句答一句。
访谈者：还有吗？
受访者：第四家是彝族，{{minority/yi:曲木阿呷}}，从{{trap/place:美姑县}}嫁过来的。男人前年从房顶上摔下来，瘫在炕上。两个娃娃，户口上一个叫{{minority/yi:牛什呷}}，一个叫{{minority/yi:牛阿果}}，村里都喊大的{{minority/yi:什呷}}。{{minority/yi:曲木阿呷}}普通话说不利索，表都是我帮着填。低保有了，男人的两项补贴有了，娃娃按事实无人抚养报的。
访谈者：剩下三家呢？
受访者：第五家{{han:温又平}}，尿毒症，一礼拜透析两回，{{han:温又平}}又住院了，这回是心衰。婆姨早离了，闺女十一，跟着她大姑。第六家是{{han:郝再兴}}老汉带孙子，儿子儿媳在{{trap/place:准格尔}}的煤矿上打工，一年不回来，{{han:郝再兴}}再三跟我说，孙子太灰，管不住。第七家新来的，{{minority/mongolian:阿拉坦沙嘎}}，蒙古族，娘犯了病，爹在外头没音信，跟着他姥姥{{minority/mongolian:白乌云}}投奔舅舅来的。
访谈者：这七家里最让您揪心的是哪个？
受访者：那个孤儿女子。她叔对她好，可她叔也是光棍一个，不会梳头，不会做饭，女子十岁了，头发还是我给扎。去年她头一回来了例假，吓得直哭，跑到我家里来，我给她烧水、拿卫生巾，跟她讲这是长大了。没娘的女子，这些事谁教她？
访谈者：村里的路怎么样？
受访者：一条盘山路，十八道弯，去年才铺上水泥。以前下雨天三轮都上不来，娃娃们去乡里念书，背着铺盖走两个钟头。现在乡里有校车，礼拜天后晌在村口接，礼拜五送回来。可一下雪还是不行，大雪封山十来天，我就挨家挨户打电话，问吃的够不够、炭够不够。
访谈者：您当儿童主任有补贴吗？
受访者：一个月几百块，跟村里别的事一起算。我家种着十几亩莜麦和土豆，老汉在{{trap/place:芦芽山}}上当护林员，孩子们都在太原打工。我闲不住。村里这些娃娃是我看着长大的，有的娃娃他爹都是我看着长大的。
访谈者：孩子们最缺的是什么？
受访者：缺人陪。钱有政策，吃穿饿不着，可爹妈不在跟前，心里空。礼拜天我把几个娃娃叫到家里，包饺子、看电视、写作业。有个娃娃跟我说，{{han:降姨}}，我要是你的娃娃就好了。
访谈者：村里的老人多吗？
受访者：多，六十岁以上的占一大半。年轻的都下山了，留下的老的老、小的小。我开会都是在谁家炕头上开，一边说政策一边帮人家剥玉米。老人们记性不好，一件事我得说三遍，可他们信我，说{{han:降主任}}说的准没错。
访谈者：平时谁帮您？
受访者：乡社工站有个{{compound:欧阳稚川}}，太原来的大学生，礼拜六上山给娃娃们补课。县里的{{han:弓慧敏}}来抽查过，七家的卡一张一张对，对完说我这本账清楚。
访谈者：这些材料您都留着？
受访者：留着。你看这张公示，{{spaced:薛 改 芳}}、{{spaced:曲 木 阿 呷}}，一个字一个空；卫生院的登记本上把大夫写成{{spaced:夏　侯　丰　年}}；乡里报上去的单子上是{{spaced:侯 佳怡}}。{{han:改改}}的身份证{{id_number@wy2015hyphenx.140925}}，尾巴是个叉。家在{{address:宁武县涔山乡阴背村二组7号}}，{{han:贾铁留}}家在{{address:阴背村后坡三组12号}}。{{han:薛满银}}的电话{{mobile@spaced}}，我的{{mobile@fws}}。村里的微信群是我建的，我微信{{wechat:jiangyq_censhan}}。娃娃们用学校的平板上QQ，{{han:侯佳怡}}的是{{qq:2748315069}}。
访谈者：干这个最难的是什么？
受访者：山高路远。下一趟山两个钟头，冬天雪封了路，材料送不下去。有一回{{han:铁留}}半夜抽风，救护车上不来，是{{han:侯满囤}}开三轮把他和奶奶拉到乡里的。我就盼路修好，娃娃们念书走出去。这些年山上最靠得住的，还是{{han:侯满囤}}。
""")

# H1710: Han civil-affairs assistant of 阳方口镇 (宁武), answering the phone and a WeChat group of parents during
# the interview.
DOCS["H1710"] = ("staff", """\
访谈者：{{han:栗助理}}，全镇的救助都归您管？
受访者：镇上民政就我和一个临时工。我叫{{han:栗永刚}}，{{trap/place:阳方口镇}}的民政助理，干了七年。你稍等，接个电话。
受访者：喂？{{han:闫姐}}啊，{{han:妥永禄}}家的年审表你放我桌上就行，{{minority/hui:麦亚}}的在校证明学校开了没？……好，好。
访谈者：是那个回族家庭？
受访者：对。男的在井下砸坏了腰，婆姨{{minority/hui:鲁哈娅}}走了。儿子{{minority/hui:伊司哈格}}在县三中住校，丫头{{minority/hui:素麦亚}}在镇小。按事实无人抚养报的，父亲重残，母亲失联满两年。难在失联怎么认定，我往西吉打了十几个电话，最后是她娘家村的支书给出的情况说明。
访谈者：全镇困境儿童有多少？
受访者：六十三个，矿区的多，爹妈有的伤了，有的没了，有的进去了。我给你念几个：{{han:渠宝山}}家的{{han:渠小雨}}，爹在井下没了，娘改嫁，跟爷爷，报的孤儿，在{{school:阳方口镇第二小学五年级（2）班}}；回族老汉{{minority/hui:尔沙德}}给煤场看大门，老伴{{minority/hui:沙希拜}}眼睛看不见，孙子{{minority/hui:哈基木}}先天心脏病，手术钱是{{trap/org:忻州市慈善总会}}出的；{{han:原晓峰}}开铲车，{{trap/word:原先}}好好的，去年查出白血病，两个娃娃算困境。
受访者：喂？……{{han:乔存粮}}？你们工会{{han:乔存粮}}劳模工作室的捐款……好，我让{{compound:司空博远}}过去拿。……他是镇社工站的站长。
访谈者：群里消息也不少。
受访者：这是困境儿童家长群，一百多人。你看，这个又发语音了，他不识字。这个头像是羊的，是{{han:原晓峰}}他婆姨{{han:仝丽霞}}，问娃娃的补助咋少了五十。我得给{{han:仝丽霞}}回：上个月多发了，这个月扣回来。
访谈者：镇上有专门的办公室吗？
受访者：跟{{trap/org:宁武县民政局}}要了半间屋，一张桌子两个柜子，柜子里是六十三个娃娃的档案，一人一个袋子。
访谈者：有没有冒领的？
受访者：有过。前年有个老汉死了半年，家里还领着他的高龄补贴，是被{{han:宿国平}}举报的，{{han:宿国平}}是他们村的会计。后来钱退回来了。县里每年抽查，查出问题先问我，我再问村里。
访谈者：您还兼着别的吗？
受访者：残联专干、老龄、退役军人都是我，一个人八顶帽子。驻村的{{compound:赫连晓晨}}帮我跑过几户，她是县里派下来的。还有社工{{compound:东方红梅}}，她爹是老矿工，爱唱{{trap/famous:东方红}}，就给闺女起了这么个名。
受访者：喂，{{han:敦秀兰}}？……对，{{han:霍二柱}}家也能报，他婆姨有残疾证就能报两项补贴。你让{{han:霍二柱}}把证拿来。……她是大沟村的会计，跟{{han:闫凤鸣}}搭班子。
访谈者：这些年政策有什么变化？
受访者：变化大。以前孤儿才有钱，爹妈一个重残、一个失联的娃娃啥也没有。后来有了事实无人抚养，这些娃娃也能按孤儿的标准领了。可认定难，失联要派出所出证明，重残要残联评级，一样一样跑下来得两三个月。我跟家长说，你莫急，我替你跑，你把娃娃管好就行。
访谈者：阳方口的孩子跟别处有什么不一样？
受访者：矿区的娃娃，爹在井下，娘在家提心吊胆。井下一出事，一家子就塌了。我这七年，经手的因为矿上出事成了孤儿的就有九个。现在矿上安全好多了，可老伤老病的还在，尘肺的、腰坏了的，一拖就是十几年。我爹也是矿工，退下来就得了尘肺，喘不上气，前年走的。我看见这些娃娃，就想起我小时候，我爹下井，我娘站在坡上等。
访谈者：有没有您帮不上的？
受访者：有。有个娃娃他爹判了十年，娘带着娃娃要改嫁，娃娃不愿意跟过去，一个人跑回爷爷家。爷爷奶奶都八十了，可按政策娃娃有娘，不能算事实无人抚养，补助批不下来。我往县里打了几回报告，还在等。
访谈者：家长们的信息都在群里？
受访者：群名片乱得很。{{han:渠宝山}}的写成{{spaced:渠　宝　山}}，{{han:仝丽霞}}的写成{{spaced:仝 丽霞}}，{{compound:赫连晓晨}}进群自己改成{{spaced:赫 连 晓 晨}}，说这样好认。{{han:渠宝山}}的电话{{mobile@plus86dash}}，家在{{address:阳方口镇大沟村五组3号}}，{{han:渠小雨}}的身份证{{id_number@wy2014fwhyphenx.140925}}。娃娃在群里留了个扣扣，{{qq:60518273}}，说有事找她。我电话{{mobile@s38}}，微信{{wechat:liyg-yfk2017}}。
访谈者：您怎么跟孩子们打交道？
受访者：我不会哄娃娃，就记着他们的生日。过生日那天买个小蛋糕送过去，娃娃高兴得跟过年一样。有个小子跟我说，叔叔，我长大了也当民政助理。我说这活累，他说累也要当，当了就能给人家送蛋糕。
访谈者：这个活最磨人的是什么？
受访者：材料。一户要十几张纸，少一张县里就退。可你看{{han:渠小雨}}她爷爷那双手，黑的，裂着口子，他拿着一沓复印件站在我门口，我能说不行吗？这个镇上最不嫌麻烦的，是{{han:闫凤鸣}}
""")

# H1711: Han auditor of relief funds at the civil-affairs bureau of 岢岚, on names that do not match bank
# accounts, on double payments and on money drawn for the dead.
DOCS["H1711"] = ("staff", """\
访谈者：{{han:弓姐}}，您审的是哪些钱？
受访者：全县的低保、特困、孤儿和困境儿童的钱，一个月{{trap/number:八百多万}}，一笔一笔跟银行的发放名单对。我叫{{han:弓慧敏}}，在{{trap/org:岢岚县民政局}}干审核九年了，天天对账对得{{trap/word:弓起腰}}来都费劲。
访谈者：最常见的问题是什么？
受访者：名字对不上。户籍一个写法，银行一个写法，学校又一个写法，钱打不出去就退回来。你看这份，{{minority/mongolian:韩查干苏和}}，{{trap/place:王家岔}}的放羊老汉，银行开户写成{{spaced:韩 查干 苏和}}，中间空了两格。老汉说他叫{{minority/mongolian:查干苏和}}，村里叫{{minority/mongolian:老查}}，三个名字一个人。他孙女的孤儿费也退过一回。
访谈者：少数民族的名字都这样？
受访者：哈萨克族的更麻烦。{{minority/kazakh:叶尔扎提·波拉提}}，户籍里是个圆点，银行系统把点换成了{{minority/kazakh:叶尔扎提‧波拉提}}，比对程序就说不是一个人。后来让他在银行改成{{spaced:叶尔扎提 波拉提}}，中间空一格。他儿子{{minority/kazakh:恰勒汗}}的两项补贴也这么耽误了两个月，{{minority/kazakh:叶兽医}}跑了四趟。彝族的也有，三井镇砖厂有个媳妇叫{{minority/yi:勒格阿依}}，户口上随了男人的姓，成了{{minority/yi:马阿依}}，银行那边又是原来的名，钱退了三回。回族老汉{{minority/hui:阿布达里木}}也一样，户口上是汉名，他自己开户填的是经名。
访谈者：一个月的审核怎么走？
受访者：每月十号前乡镇把名单报上来，系统先跟户籍、死亡登记、工商、车辆一比，有疑点的标红。标红的我们一户一户看，看不明白就打电话，电话里说不清就下去。十八号前定下来，二十号财政拨到银行，二十五号前打到个人卡上。哪一步晚了，老百姓的钱就晚了，有的人家就等着这个钱买药。
访谈者：下去核查多吗？
受访者：一年一百多趟。岢岚山大沟深，{{trap/place:神堂坪}}那边一户跟一户隔着好几里地，去一趟一天就没了。有一回下雪，车滑到沟边上，差点翻下去。可你不去不行，坐在办公室看表格，看不出人家锅里有没有米。
访谈者：冒领的呢？
受访者：有。{{trap/place:水峪贯}}一个老太太去年没了，她儿子{{han:寇二牛}}拿着她的卡又领了七个月特困供养金，是比对死亡信息比出来的。{{han:寇二牛}}说他不知道，我说卡在你手里你不知道？{{han:寇二牛}}便不吭声了。后来钱退了，写了检讨。
受访者：还有一个娃娃两头领的。{{han:亢文杰}}的闺女{{han:亢雨桐}}，在{{school:岢岚县第一小学三年级（5）班}}，在{{trap/place:五寨}}她姥姥那儿也报了困境儿童，两个县各发一份。是跟五寨的{{compound:宗政秋渠}}对数据对出来的，{{han:亢文杰}}他倒没藏着，说以为多报一个地方多一份保险。
访谈者：审核这么严，会不会把该帮的人挡在外面？
受访者：会，所以我们定了个规矩：疑点先查，钱先不停。查实了再停，查不实照发。宁可我们多跑几趟，不能让一户人家断了顿。去年全县查出来的问题，九成是名字、卡号写错了，真冒领的没几户。
访谈者：孩子的钱有没有被大人挪用的？
受访者：有。孤儿的钱是娃娃的，监护人只能代管。有的叔叔伯伯拿去还账、买烟，娃娃穿得破破烂烂。现在要求监护人每半年报一回开支，儿童主任上门看娃娃吃的穿的，不对劲就换监护人，钱改打到娃娃自己的账户上，到十八岁再给他。残疾娃娃的两项补贴，我们每年还跟{{trap/org:岢岚县残联}}对一回证。
访谈者：您股里几个人？
受访者：三个，我、{{compound:万俟澄宇}}和一个借调的。{{compound:万俟澄宇}}管系统，我管纸面。{{trap/org:岢岚农商行}}那边对接的是{{compound:梁丘砚书}}，她的名牌上印的是{{spaced:梁　丘　砚　书}}，四个字隔得老远。
访谈者：有没有查错了冤枉人的？
受访者：有过一回。低保户{{han:却玉堂}}却是真困难，系统说他名下有辆车，停了他的低保。我下去一看，是他侄子{{han:却二宝}}借他的身份证买的三轮。我给{{han:却玉堂}}恢复了，还补发了三个月。所以我跟股里讲，系统只是个线索，还得下去看。
访谈者：这些人的信息您都核过？
受访者：核过。{{han:寇二牛}}家在{{address:岢岚县水峪贯乡寺沟村四组9号}}，身份证{{id_number@mmidspacedx.140929}}，尾号是X；{{han:却玉堂}}住{{address:岚漪镇南关村廉租房2号楼3单元201}}，身份证{{id_number@mquad.140929}}，电话{{mobile@hyphen}}。卡上把他写成{{spaced:却 玉 堂}}，侄子的写成{{spaced:却 二宝}}，两张卡夹在一起，差点弄混。审核群是个QQ群，号码{{qq:735019462}}；{{compound:万俟澄宇}}的微信{{wechat:moqi_cy_kl}}，有事加他。
访谈者：您自己怎么走上这行的？
受访者：我是学会计的，原来在乡财政所。后来县里搞低保清理，把我借调过来，一干就没回去。我妈年轻时候守寡，带着我们姊妹三个，靠的就是救济粮。所以我知道，对有的人家来说，这几百块钱就是一个月的命。
访谈者：最后想说什么？
受访者：钱是救命的钱，一分不能错发，也一分不能该发的不发。
""")

# H1712: Han nurse of the boarding primary school in 岢岚 where the mountain children stay from Monday to Friday.
DOCS["H1712"] = ("staff", """\
访谈者：{{han:兰大夫}}，您这个医务室管多少娃娃？
受访者：住校的三百四十个，大多是山里的，{{trap/place:王家岔}}、{{trap/place:李家沟}}、{{trap/place:大涧}}的都有。我叫{{han:兰巧珍}}，原来在乡卫生院，学校建起来就调过来了。白天看病，黑夜查铺，一礼拜回一趟家。
访谈者：困境的孩子多吗？
受访者：登记的二十七个。你看这本药品登记：{{minority/mongolian:图雅罕}}，蒙古族，近视八百度，眼镜一礼拜摔坏两回，她爷爷{{minority/mongolian:老查}}骑摩托下来修。{{minority/mongolian:图雅罕}}跟同学说她爷爷会拉马头琴，其实是四胡，她也分不清。
受访者：{{han:岳长城}}，十岁，癫痫，爹妈离了都不要他，跟着爷爷。他爷爷在{{trap/place:宋长城}}脚下放羊，给孙子起这个名，说要他像城墙一样结实。有一回{{han:岳长城}}半夜在宿舍抽起来，是同屋的{{han:贺丑蛋}}喊的我。{{han:丑蛋}}平时最灰，那天吓得直哭。
访谈者：住校的孩子最常见什么病？
受访者：冬天感冒发烧，春天流鼻血，夏天拉肚子。山里的娃娃来的时候好些没打全疫苗，我一个一个翻接种本，缺的补上。还有牙，十个娃娃八个有虫牙，爷爷奶奶惯着吃糖，也没人教刷牙。我每天黑夜九点在水房门口站着，看着他们一个一个刷完牙才让进宿舍。
访谈者：孩子们想家吗？
受访者：想。礼拜一黑夜哭的最多，一个哭，一屋子跟着哭。小的才六七岁，头一回离开奶奶，黑夜尿了床不敢说，早上把褥子藏起来。爹妈在外地打工的，一年见不上一回，娃娃把我当成妈，摔了跤先往医务室跑，不是疼，是想有人抱一抱。
访谈者：晚上发病怎么办？
受访者：先让娃娃侧躺，掐着表，过了五分钟不醒就打120。{{trap/org:岢岚县人民医院}}离学校三里，救护车十分钟到。我跟生活老师{{han:要素梅}}轮着查铺，{{han:要素梅}}查前半夜，我查后半夜。
访谈者：还有哪些孩子让您操心？
受访者：{{han:乔春风}}，女娃，一到{{trap/word:春风}}起来的时候就流鼻血，一流半脸盆。她娘在{{trap/place:神池}}改嫁了，爹在外头打工，她跟着奶奶。她问我，姨，我是不是得了白血病？我说不是，是干燥，给她鼻子里抹上凡士林。回族女娃{{minority/hui:阿伊舍蓓}}吃不了食堂的饭，学校给她单开了个清真灶。还有个彝族女娃{{minority/yi:阿西拉莫}}，她爸在砖厂打工，她头一年听不懂这搭话，饭也不敢去打，是我领着她去的食堂。蒙古族的小子{{minority/mongolian:布和达来}}是神堂坪来的，爱打架，三天两头来我这儿抹红药水。还有个小子叫{{han:杲俊杰}}，尿床，同屋的笑他，还被{{han:贺丑蛋}}编成顺口溜，他不敢跟家里说，他爹脾气暴。我给他床上偷偷铺了隔尿垫，跟谁都没讲。
访谈者：医务室条件怎么样？
受访者：两张床，一个药柜，一台血压计，常用药县里每学期配一回。遇上大事只能往县医院送。我一个人，病了也没人替，去年我发烧到三十九度，还是坐在医务室里，因为那天有个娃娃在输液。
访谈者：学校有心理老师吗？
受访者：有一个，还兼着音乐课。{{trap/org:岢岚县疾控中心}}每学期来查一回体，上回查出九个贫血。大学生志愿者{{compound:亓官若晴}}暑假来办过夏令营，学校的横幅上把她印成了{{spaced:亓　官　若　晴}}。
访谈者：特教学校的孩子也来吗？
受访者：来。特教的{{minority/kazakh:恰勒汗}}每月来我们这儿上一回融合课，他爸跟着，娃娃一听见铃声就捂耳朵。娃娃他爸说，{{han:兰大夫}}，你这儿的铃能不能小声点。我跟{{han:师校长}}讲了，上融合课那天换成音乐铃。
访谈者：这些孩子的信息您怎么记？
受访者：一人一张卡。{{han:岳长城}}在{{school:岢岚县第二小学四年级（3）班}}，他爷爷的电话{{mobile@plus86spaced}}，家在{{address:大涧乡庙洼村三组16号}}，身份证{{id_number@my2015.140929}}。{{han:乔春风}}在{{school:岢岚县第二小学五年级（2）班}}，她奶奶的电话{{mobile@fullwidth}}。花名册上有打错的：{{spaced:韩 图 雅 罕}}、{{spaced:岳 长 城}}、{{spaced:乔 春风}}。医务室有个QQ，{{qq:１８３６０２７４５}}，家长有事留言；我微信{{wechat:lqz_kelan_yws}}。
访谈者：学校给您配助手吗？
受访者：没有，就我一个。忙不过来的时候，高年级的女娃来帮我，量体温、发药，一个个比我还认真。有个女娃说长大要考卫校，回来接我的班。我说好，等你回来，我就能歇歇了。
访谈者：有没有让您特别难忘的事？
受访者：有一年冬天，一个女娃半夜发高烧，四十度，打不通她家的电话，她奶奶耳朵背。我抱着她坐出租去县医院，在急诊坐了一黑夜。天亮她醒了，头一句话问我，{{han:兰姨}}，你吃饭了没有。我当时就哭了。
访谈者：您自己孩子呢？
受访者：上初中了，住在她姥姥家。她说我管别人家的娃娃比管她多。我说，这些娃娃的爹妈不在跟前，我就是她们半个娘。哪个娃娃想不开，我让他打心理热线，也可以直接来找我。{{han:杲俊杰}}毕业那天跑来说，{{han:兰姨}}，我再不尿床了。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1705,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout214",))


if __name__ == "__main__":
    main()
