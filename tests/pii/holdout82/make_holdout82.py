# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 82 (tests/pii/holdout82/H641-H648 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 83, written at the same time, is a later
set and so not compared).

Set 82 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
乌审旗 ironing clothes in a garment works in 常熟 (苏州) with his younger son, while his wife is on dialysis at home
and his daughter boards at the banner's Mongolian school; a Tibetan grandmother from 南木林 (日喀则) renting a room
in 鹿泉 (石家庄) beside her grandchildren's inland Tibetan school, her son killed in a fall and his wife ill; a Hui
grandmother in 荥阳 (郑州, 河南) raising the two children of her son, in prison for wounding a man; a Han mother in
晋州 (石家庄), lamed by polio and widowed by liver cancer, with three children called by word nicknames; a Han
primary-school teacher in 深泽 (石家庄) going through the five families of her class she keeps in touch with on
WeChat and QQ; a Uyghur grandfather from 于田 selling naan in 北戴河 (秦皇岛) with the two children of his son,
blind from diabetes; a Han court clerk in 赵县 (石家庄) reading from the file of a case that took a girl's
guardianship from her drinking, violent father and gave it to her grandmother; and a Han grandmother in 郸城 (周口,
河南) raising her grandson, whose father is mentally ill and whose mother left. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (额尔顿陶克陶, 查苏娜其木格, 德格吉日呼, 乌恩其朝鲁) with short forms (陶克陶, 特木其勒 after 特木其勒图),
a Han surname before a Mongolian given name (白嘎鲁) and the Han names of the same family (奇海军, 奇凤霞); Ü-Tsang
Tibetan names (次仁群宗, 索朗琼吉, 多吉加措, 德吉尼珍, 旺姆次仁) with short forms in -拉 (琼吉拉, 加措拉) and the Han
names a teacher gave (苏晴, 杜嘉); Hui Han-form names (海凤芝, 马国栋, 米桂兰, 锁长顺) beside 经名 used alone
(赛里哈, 阿丽雅, 阿萨德, 赛菲娅, 纳迪亚) and a Han surname before an Arabic name (金曼苏尔, 白萨拉麦 then 萨拉麦);
Uyghur given name + father's name with and without the dot (孜巴古丽·艾海提 and 孜巴古丽艾海提, 麦合苏提·巴吾东,
依明托合提) and short forms (孜巴古丽, 吐送江, 阿吉买提, 布阿依夏木, 努热曼古丽); Han word nicknames annotated whole
(枣儿, 黑豆, 蒜苗, 航航); Han names with common and rare surnames, titles and kin words, names that contain words
(沈家和, 尹建国, 贺建设, 鲁长河, 赵大成), a name written twice (孟桂荣孟桂荣, printed and signed), names directly
before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after
ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郝春梅}}``, ``{{qq:2870361495}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014spaced.653226}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number. The
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 主席,
阿訇, 大姐, 阿姨, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 她, 他, 他们家, 那边) are outside the span; a word nickname is annotated whole. Han-style names of Mongolian,
Tibetan and Hui people (奇海军, 苏晴, 海凤芝) are category han; a Han surname before a non-Han given name (白嘎鲁,
金曼苏尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout82/make_holdout82.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(82_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H641: a Mongolian father from 乌审旗 ironing clothes in a garment works in 常熟 (苏州), his wife on dialysis at home.
DOCS["H641"] = ("family", """\
访谈者：先介绍一下您自己和家里吧。
受访者：我叫{{minority/mongolian:额尔顿陶克陶}}，户口本上的汉名是{{han:奇海军}}，厂里人都叫我{{minority/mongolian:陶克陶}}。老家在{{trap/place:乌审旗}}，{{trap/place:毛乌素}}沙地边上。{{trap/year:2022年}}春天来的{{trap/place:常熟}}，在服装厂烫衣服，是表哥{{minority/mongolian:伊德日扎布}}介绍的，{{minority/mongolian:伊德日扎布}}他在这边干了八年了。
访谈者：家里现在是什么情况？
受访者：媳妇{{minority/mongolian:查苏娜其木格}}得了尿毒症，一个礼拜去旗医院透析三回，什么活也干不了。大闺女{{minority/mongolian:额尔登吉雅}}十三岁，跟她姥姥{{minority/mongolian:德格吉日呼}}在老家，在{{school:乌审旗蒙古族中学初一（2）班}}住校。小儿子{{minority/mongolian:特木其勒图}}八岁，我带到这边来了，在{{school:虞山街道新民小学二年级（4）班}}。{{minority/mongolian:特木其勒}}不会说本地话，同学笑他，他也不哭，回来跟我说，爸，我想妈妈。
访谈者：老家那边谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:白嘎鲁}}，每个月都上门看一趟。苏木的民政助理{{minority/mongolian:宝日勒岱}}跑了三趟，给我们家办了低保，闺女按困境儿童报上去，每月补{{trap/number:七百八}}。媳妇的透析费大病救助报了一大半，旗{{trap/org:民政局}}的{{han:奇凤霞}}科长还帮着催过。旗医院肾内科的{{han:杭金花}}大夫说，等配型，能换肾就好了。
访谈者：孩子在这边呢？
受访者：班主任{{han:王美琴}}老师人好，知道孩子妈病了，午饭给多打一勺。街道有两个社工，一个叫{{compound:钟离子涵}}，还有一个叫{{compound:闾丘子墨}}，周末接孩子去社区的四点半课堂。{{compound:钟离子涵}}说孩子画马画得好。房东{{han:顾秀娟}}阿姨一个月少收我一百块房租。车间主任{{han:归建平}}也照顾，孩子发烧那回准了我三天假。{{han:归建平}}说，他小时候他爹也常年不在家。
访谈者：厂里有老乡吗？
受访者：有，{{minority/mongolian:乌恩其朝鲁}}是{{trap/place:乌审召}}的，跟我一个宿舍，他表弟{{minority/mongolian:其木德扎布}}在隔壁厂里开叉车。还有个小伙子{{han:沈家和}}，{{han:沈家和}}他们家就在{{trap/place:沙家浜}}，周末叫我们爷俩去吃饭。同车间的{{han:浦丽萍}}大姐给我儿子缝过好几回衣裳，{{han:浦丽萍}}说孩子没妈在身边，衣裳破了没人管。
访谈者：您跟老家怎么联系？
受访者：每天晚上视频。闺女用她姥姥的手机，微信叫{{wechat:jiya_wsq2011}}。她还有个QQ，号码写在作业本皮上，她念给我：{{qq:2870361495}}。闺女的班主任{{minority/mongolian:苏依拉图}}老师说她蒙古文作文全班第一，去年讲{{trap/famous:成吉思汗}}的故事还在旗里得了奖。
访谈者：过年回去吗？
受访者：回。腊月二十三{{trap/minority_word:祭火}}，一家人围着吃{{trap/minority_word:手把肉}}，喝{{trap/minority_word:奶茶}}。媳妇精神好的时候，还给闺女梳头。来的时候儿子哭着不走，说要跟姥姥放羊。
访谈者：您一个人带孩子在外地，最难的是什么？
受访者：孩子病了没人看。{{trap/word:白天}}我在厂里，旺季一天干十二个钟头，孩子放了学就在车间门口的台阶上写作业。有一回下大雨，他在门口等到九点，我出来一看，他抱着书包睡着了。后来{{han:顾秀娟}}阿姨说，放了学先上她家吃饭，等我下了班再接。我过意不去，逢年过节给她拿点老家的{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}。
访谈者：闺女那边呢？
受访者：闺女懂事，从不跟我要钱。她姥姥七十多了，眼睛不好，做饭得闺女搭把手。寒假她陪她妈去透析，一坐一上午，她就在走廊里写作业。老师说孩子这学期瘦了，上课常走神。我听了心里难受，可我要是回去了，家里就断了收入。这边一个月能挣五千多，寄回去四千，剩下的交了房租吃饭，就不剩几个钱了。
访谈者：这边社区对外地孩子有什么帮助？
受访者：社区有个新市民子女的项目，暑假办托管班，一天管两顿饭，只收二十块。{{compound:闾丘子墨}}给我儿子报了名，还带孩子们去{{trap/place:尚湖}}边上捡树叶做标本。
访谈者：您想过回老家吗？
受访者：想过。{{trap/place:鄂尔多斯}}那边现在也有活儿，可工钱少一半。等儿子小学念完，我就带他回去。他说走之前想再爬一回{{trap/place:虞山}}，说山上能看见湖。我说咱老家没山，有{{trap/minority_word:敖包}}，有沙子，他说那他也要回去。
访谈者：表上要登记地址、证件和电话。
受访者：老家在{{address:乌审旗苏力德苏木沙日淖尔嘎查二社7号}}，这边租的房子是{{address:虞山街道琴川小区9号楼2单元302室}}。我身份证{{id_number@mspaced.150626}}，儿子的{{id_number@my2017hyphen.150626}}。我手机{{mobile@plain}}，闺女姥姥的{{mobile@s434}}。我的微信{{wechat:taoketao_cs86}}。
访谈者：表上的名字都写对了吗？
受访者：没有。学校名单把我儿子写成{{spaced:特 木 其 勒 图}}，厂里花名册上我是{{spaced:额尔顿 陶克陶}}，闺女的低保卡上是{{spaced:额　尔　登　吉　雅}}，媳妇的透析本上是{{spaced:查苏娜 其木格}}。
访谈者：最后您还想说什么？
受访者：盼媳妇能等到肾。{{minority/mongolian:陶克陶}}我就是再累，也得把俩孩子供出来。
""")

# H642: a Tibetan grandmother from 南木林 (日喀则) renting a room in 鹿泉 (石家庄) near her grandchildren's inland Tibetan school.
DOCS["H642"] = ("family", """\
访谈者：阿妈啦，先说说您家里的情况吧。
受访者：我叫{{minority/tibetan:次仁群宗}}，从{{trap/place:南木林}}来的。儿子{{minority/tibetan:扎西加措}}前年在{{trap/place:日喀则}}给人盖房子，从房顶上摔下来，人没了。儿媳{{minority/tibetan:贡嘎旺姆}}受了刺激，脑子不清楚，在{{trap/place:拉萨}}她娘家养着。两个孙子都考到了{{trap/place:鹿泉}}的西藏班，我就跟过来了，在学校后面租了一间房。
访谈者：孩子们多大了？
受访者：孙女{{minority/tibetan:索朗琼吉}}十四，在{{school:鹿泉西藏中学初二（3）班}}，老师给她起了个汉名叫{{han:苏晴}}。孙子{{minority/tibetan:多吉加措}}十二，在{{school:鹿泉西藏中学预科（1）班}}，汉名叫{{han:杜嘉}}。我在家里喊孙女{{minority/tibetan:琼吉拉}}，喊孙子{{minority/tibetan:加措拉}}。{{minority/tibetan:加措拉}}就是不爱吃面条，想吃{{trap/minority_word:糌粑}}。
访谈者：您在这边生活怎么样？
受访者：在小区里扫地，一个月一千多。房东{{han:霍桂枝}}大姐心好，冬天给我搬了个电暖器。{{han:霍桂枝}}她儿子{{han:周立强}}开出租，孩子放假回家，他开车送我们去{{trap/place:石家庄}}火车站，不要钱。
访谈者：学校里谁在帮孩子？
受访者：班主任{{han:郄丽娟}}老师，孙女哭的时候她陪着。还有从西藏派来的老师{{minority/tibetan:德吉尼珍}}，{{minority/tibetan:德吉尼珍}}也是{{trap/place:日喀则}}人，跟我说家乡话。生活老师{{han:孙秀芝}}给孙子洗过被子。学校的心理老师是{{compound:澹台欣然}}，她跟孙女谈了好几回。{{compound:澹台欣然}}说孩子心里有事，不说出来。
访谈者：老家那边呢？
受访者：村里的儿童主任{{minority/tibetan:拉巴尼珍}}把俩孩子报了孤儿基本生活费，每人每月{{trap/number:一千六}}。乡里的民政干事{{minority/tibetan:旺姆次仁}}来家里核过，说儿媳病了管不了孩子，算事实无人抚养。老头子{{minority/tibetan:阿旺曲扎}}在老家放牦牛，身体还硬朗。村里的{{minority/tibetan:次仁罗布}}家帮我们浇青稞。
访谈者：过年的时候呢？
受访者：{{trap/minority_word:藏历新年}}学校放三天假，我打{{trap/minority_word:酥油茶}}，给孩子们讲{{trap/famous:文成公主}}进藏的故事。孙女说她长大要当医生，回{{trap/place:南木林}}去。她爸走以前，最想的就是让孩子念书。
访谈者：孩子们在学校吃得惯吗？
受访者：开始吃不惯，学校食堂后来专门做{{trap/minority_word:甜茶}}和{{trap/minority_word:藏面}}，一个礼拜做两回，孙子说礼拜三最盼，因为有藏面。老师们也学了几句藏话，见了孩子就说{{trap/minority_word:扎西德勒}}。学校还带孩子们去{{trap/place:抱犊寨}}爬过山，孙女说山上的风像老家的风。
访谈者：在这边还有别的人帮忙吗？
受访者：街道的社工{{compound:宇文思齐}}，还有一个男的叫{{han:徐振东}}。{{han:徐振东}}他会说几句藏话，是在西藏当过兵的。{{compound:宇文思齐}}给我办了居住证，又帮我问了医保。社区医院的{{han:栗晓红}}大夫给我看过高血压，{{han:栗晓红}}说我少吃盐。
访谈者：您一个人在这边，话说得通吗？
受访者：不通。刚来的时候买菜都得比划，连公交车也不会坐。孙女放假教我说多少钱、谢谢，我记了半年才会。这边夏天太热了，我们老家夏天也就穿件薄袍子，这边热得我整宿睡不着，孙子拿零花钱给我买了个小电扇。冬天倒还好，就是见不着太阳，屋里阴冷。
访谈者：孩子们想家吗？
受访者：想。孙子刚来那年天天哭，说想爷爷，想家里的小牦牛。学校一年只放一次长假，来回路费两千多，学校给报一半，剩下的是{{minority/tibetan:拉巴尼珍}}帮着申请的救助。孙女把她爸的照片夹在课本里，晚上拿出来看，也不说话。我就给她念经，念完了她就睡着了。
访谈者：您打算在这边住多久？
受访者：等孙子初中念完。孙女明年考高中，老师说她能考上别处的西藏班高中，那就又得搬家了。我老了，走到哪儿算哪儿，跟着孩子就行。老头子说等{{trap/minority_word:望果节}}让我们回去一趟，一家人在{{trap/minority_word:林卡}}里吃顿饭。
访谈者：登记要写地址、证件、电话。
受访者：老家是{{address:南木林县艾玛乡岗堆村三组16号}}，这边租的是{{address:获鹿镇向阳小区3号楼1单元102室}}。我的身份证{{id_number@wy1963.540221}}，孙女的{{id_number@wy2011fwspaced.540221}}。我电话{{mobile@plus86}}。孙女有个微信，叫{{wechat:qiongji_lq2011}}，有个QQ，她写在我手心里了：{{qq:1957380264}}。
访谈者：名字写得对吗？
受访者：不太对。学校把孙女写成{{spaced:索 朗 琼 吉}}，孙子写成{{spaced:多　吉　加　措}}，我的医保卡上是{{spaced:次仁 群宗}}。社工也被写成了{{spaced:宇 文 思 齐}}。
访谈者：您最盼什么？
受访者：盼孙子孙女念成书。{{minority/tibetan:琼吉拉}}说考上大学就接我去城里住，我说阿妈啦哪儿也不去，就跟着你们。
""")

# H643: a Hui grandmother in 荥阳 (郑州, 河南) raising her son's two children; her son is in prison, his wife left.
DOCS["H643"] = ("family", """\
访谈者：大娘，您先说说家里的事吧。
受访者：我经名叫{{minority/hui:赛里哈}}，户口本上叫{{han:海凤芝}}。老头子走得早，儿子{{han:马国栋}}跟人打架把人打伤了，判了五年，在{{trap/place:郑州}}服刑。儿媳妇{{han:沙玉娥}}受不了，孩子两岁那年就回了娘家，后来改嫁了。两个孙辈是我一手带大的。
访谈者：孩子们多大了？
受访者：孙女{{han:马梦瑶}}十二，经名叫{{minority/hui:阿丽雅}}，在{{school:荥阳市第三小学六年级（2）班}}。孙子{{han:马子谦}}九岁，经名{{minority/hui:阿萨德}}，在{{school:城关乡回民小学三年级（1）班}}。{{minority/hui:阿萨德}}他跟他爸小时候一模一样，犟。{{minority/hui:阿丽雅}}懂事，放了学先帮我择菜。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:丁秀茹}}，把俩孩子报了事实无人抚养，一人一个月{{trap/number:一千二百五}}。寺里的{{minority/hui:金曼苏尔}}阿訇常来看，{{trap/org:清真寺}}逢{{trap/minority_word:主麻}}给我们家送{{trap/minority_word:油香}}。街道的民政干部{{han:白瑞霞}}，她也是回民，给我办了低保。律师{{compound:司徒志刚}}帮孩子问过他爸减刑的事，{{compound:司徒志刚}}说表现好能早出来一年。
访谈者：孩子的爸爸跟家里联系吗？
受访者：一个月打一回电话。{{han:马国栋}}在里头学了电焊，说出来了好好干。孙子接电话不说话，挂了{{trap/word:马上}}躲到屋里哭。我跟他说，你爸是做错了事，可他还是你爸。
访谈者：邻居们呢？
受访者：对门的{{minority/hui:赛菲娅}}跟我一块儿做礼拜，她的经名好听，汉名叫{{han:米桂兰}}。{{han:米桂兰}}她男人{{han:锁长顺}}在{{trap/place:虎牢关}}那边开饭馆，孩子们去了管饱吃{{trap/word:烩面}}。后院的{{minority/hui:穆巴拉克}}老汉给孙子修过自行车。还有{{minority/hui:白萨拉麦}}，是我娘家侄女，在{{trap/place:郑州}}上班，逢年过节给孩子买衣裳。{{minority/hui:萨拉麦}}就是嘴碎，心好。
访谈者：亲戚们来往吗？
受访者：来往。我娘家兄弟的经名叫{{minority/hui:鲁海}}，在{{trap/place:巩义}}开拉面馆，每年{{trap/minority_word:古尔邦节}}宰了牛，给我们送一条腿来。他闺女{{minority/hui:伊克麻}}在郑州念大学，放假回来给孙女辅导功课，还教她认经上的字母，孩子们跟她亲，喊她姐姐。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:高春芳}}老师说孩子作文写得好，写过一篇《我的奶奶》，她念的时候班上的孩子都哭了。孙子的老师叫{{compound:宗政晨阳}}，刚毕业的小伙子，孙子听他的。学校里还有个回族老师{{minority/hui:纳迪亚}}，教音乐，{{minority/hui:纳迪亚}}说孩子嗓子好。
访谈者：孩子们平时跟您怎么过？
受访者：早上五点我起来做礼拜，做完了给孩子们做饭，送到学校门口，我再去早市上帮人炸{{trap/word:麻花}}，一早上挣三十块，中午回来给孩子们炖{{trap/word:海带}}豆腐。孙女的作业我辅导不了，我不识字，她就自己写，写完了给她弟弟讲。晚上我们仨挤一张床，孙子非要挨着我睡。
访谈者：日子上最难的是什么时候？
受访者：孙子前年得了肺炎，住了十几天院，花了七千多。医保报了一半，剩下的是{{han:白瑞霞}}帮着申请的临时救助，寺里的乡亲们也凑了一些。出院那天下大雪，我抱着孙子在路边等车，一个开出租的回民小伙子把我们送回家，一分钱没要，我到现在也不知道他叫啥。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。孙女懂事，不提；孙子憋在心里。有一回学校里有孩子说他爸是劳改犯，他跟人打了一架，老师给我打电话，我去了，他一句话也不说。{{compound:宗政晨阳}}老师后来找他谈了，说男子汉要学会忍。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:馓子}}，孩子们跟着我去寺里。我给他们讲{{trap/famous:项羽}}和{{trap/famous:刘邦}}在{{trap/place:鸿沟}}对阵的故事，就在咱{{trap/place:荥阳}}，孙子说长大要当将军。
访谈者：登记一下地址、证件、电话。
受访者：家在{{address:荥阳市京城路街道西大街社区回民巷14号}}，儿媳娘家在{{address:上街区济源路办事处北街村四组22号}}。我身份证{{id_number@wy1958.410182}}，孙女的{{id_number@wy2013.410182}}。我电话{{mobile@spaced}}，{{han:丁秀茹}}的微信叫{{wechat:dingxiuru_xy}}。孙女有QQ，号是{{qq:30517294}}。
访谈者：名字写对了吗？
受访者：低保表上我成了{{spaced:海 凤 芝}}，孙女是{{spaced:马　梦　瑶}}，阿訇的名字写成了{{spaced:金 曼 苏 尔}}，寺里登记的时候又写成{{spaced:赛里 哈}}。
访谈者：您还有什么要说的？
受访者：盼儿子早点出来。{{minority/hui:赛里哈}}我老了，就怕等不到那天。
""")

# H644: a Han mother in 晋州 (石家庄) with a crippled leg, widowed, with three children called by word nicknames.
DOCS["H644"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:郝春梅}}，小时候得过小儿麻痹，左腿不利索。孩子他爸{{han:尹建国}}{{trap/year:2023年}}得肝癌走了，剩下我带着三个孩子。大闺女{{han:尹雨桐}}十二，小名{{han:枣儿}}；儿子{{han:尹浩宇}}九岁，小名{{han:黑豆}}；小闺女{{han:尹思琪}}六岁，我们喊她{{han:蒜苗}}。
访谈者：孩子们平时怎么样？
受访者：{{han:枣儿}}懂事，放了学就做饭。{{han:黑豆}}也知道帮忙，就是淘，上树掏鸟窝摔过一回。{{han:蒜苗}}跟她姐睡，晚上一个人不敢睡。{{han:黑豆}}说他长大要当医生，给他爸治病，我说你爸已经不在了，他就哭。
访谈者：家里靠什么生活？
受访者：种了四亩{{trap/word:梨园}}，我腿不行，摘梨靠亲戚帮忙。去年梨价低，{{trap/word:鸭梨}}一斤才卖五毛。村里给报了低保，孩子们按困境儿童一人一个月{{trap/number:六百三}}。我还办了残疾证，县{{trap/org:残联}}每年给一点补贴。
访谈者：谁在帮你们？
受访者：村支书{{han:王志忠}}，{{han:王志忠}}书记给我们家申请了危房改造。村里的儿童主任{{han:乔翠芬}}，隔三岔五来看。孩子他大伯{{han:尹建民}}在{{trap/place:石家庄}}打工，过年给孩子们买新衣服。我娘家妹妹{{han:郝春兰}}就住邻村，农忙的时候来帮我，我跟孩子们说，有事就找你们{{han:郝春兰}}姨。{{han:郝春兰}}她男人{{han:聂保山}}开拖拉机，帮我拉梨。
访谈者：孩子们平时吃穿怎么样？
受访者：吃的还行，菜是自己种的，村里也送过米面。穿的都是亲戚家孩子剩下的，大闺女个子长得快，裤子年年短一截，我就给她接一块布。过年最高兴，县里的爱心企业给每个孩子发一身新衣裳，孩子们穿上舍不得脱，睡觉都穿着。我这腿走不远，赶集都是大闺女骑电动车带着我，她才十二，我坐在后头心里直发慌。
访谈者：学校里呢？
受访者：{{han:枣儿}}在{{school:晋州市第二中学初一（5）班}}，班主任{{han:冀丽红}}老师给她申请了助学金。{{han:黑豆}}在{{school:总十庄镇中心小学三年级（2）班}}，老师叫{{han:赵玉洁}}，{{han:赵玉洁}}老师说孩子脑子灵，就是坐不住。{{han:蒜苗}}在村里幼儿园，园长是{{compound:西门晓光}}，她说{{han:蒜苗}}就爱唱歌。
访谈者：孩子们想爸爸吗？
受访者：想。{{han:枣儿}}{{trap/word:常常}}把她爸的照片压在枕头底下。县里有个社工叫{{compound:南宫月华}}，每个月来一趟，陪孩子们说话。{{compound:南宫月华}}跟{{han:枣儿}}说，难受了就写下来。我们这儿的老人常讲{{trap/famous:魏征}}的故事，说他小时候家里也穷，后来当了大官，我就拿这个鼓励孩子。
访谈者：您自己身体怎么样？
受访者：腿疼，阴天下雨更疼。县医院的{{han:胡立新}}大夫说要做手术，我没钱也没人看孩子，就拖着。大夫说不能再拖了，让我找{{trap/org:妇联}}问问。妇联的{{han:刘丽敏}}主席给我联系了慈善项目，说手术费能报一半。
访谈者：孩子他爸生病那段时间是怎么过的？
受访者：借了一屁股债。从查出来到走，也就八个月，跑了好几趟省城，花了二十多万。亲戚们能借的都借了，到现在还欠着六万多。他走的时候跟我说，别让孩子们退学，我答应了他。
访谈者：现在还债有压力吗？
受访者：有。梨卖了钱先还债，一年还一点，亲戚们也不催，说等孩子们大了再说。我在村里的服装加工点缝扣子，一天能挣四五十，腿疼的时候就坐着干。晚上孩子们睡了，我再缝一会儿。村里人说我要强，我说不要强咋办，三个孩子都看着我呢。小时候我爹领我去{{trap/place:滹沱河}}边上看水，说河水再大，也冲不走扎了根的树。
访谈者：登记要写地址和号码。
受访者：家在{{address:晋州市总十庄镇北王庄村二组9号}}，孩子大伯在石家庄租的是{{address:长安区建设北大街槐安小区6号楼3单元501室}}。我身份证{{id_number@wy1979.130183}}，{{han:枣儿}}的{{id_number@wy2013hyphen.130183}}。我电话{{mobile@hyphen}}，微信{{wechat:haochunmei1979}}。{{han:枣儿}}有个QQ，跟老师交作业用，号码她写在墙上了：{{qq:1046827351}}。
访谈者：表上的名字写对了吗？
受访者：有错的。残疾证上我是{{spaced:郝 春 梅}}，学校把大闺女写成{{spaced:尹　雨　桐}}，村里的表上孩子他爸是{{spaced:尹建 国}}，社工的名字写成了{{spaced:南 宫 月 华}}。
访谈者：您最盼什么？
受访者：盼孩子们平平安安长大。{{han:黑豆}}前天说，妈，等我长大了背你上医院。
""")

# H645: a Han primary-school teacher in 深泽 (石家庄) going through the families of her pupils she keeps in touch with.
DOCS["H645"] = ("teacher", """\
访谈者：老师，您班上有几个困境儿童？
受访者：我叫{{han:宋丽娟}}，在{{trap/place:深泽}}教了十九年书，现在带四年级。班上有五个孩子是困境儿童，家长我都加了微信，有的孩子自己也有QQ，我都记在本子上。
访谈者：一个一个说吧。
受访者：第一个是{{han:邢浩然}}，在{{school:深泽县城关小学四年级（3）班}}，就是我们班。他爸{{han:邢立军}}在{{trap/place:石家庄}}的工厂里轧断了右手，干不了重活，他妈走了。{{han:邢立军}}的微信是{{wechat:xinglijun_sz}}，他每天晚上都问孩子作业写完没有。{{han:邢浩然}}也懂事，他爸手不方便，他就给他爸系鞋带。
访谈者：第二个呢？
受访者：{{han:李沐欣}}，是孤儿，爸妈前年出车祸都没了，跟着她舅舅{{han:籍振山}}过。{{han:籍振山}}他家还有俩孩子，日子紧。民政局给孩子办了孤儿基本生活费，一个月{{trap/number:一千七百多}}。孩子舅妈{{han:牛淑贞}}的微信叫{{wechat:niushuzhen0812}}，我有事都找她。{{han:李沐欣}}有个QQ，号码她写在课本扉页上，我抄下来了：{{qq:2563817049}}。
访谈者：第三个？
受访者：{{han:刘博闻}}，他妈卖假酒被判了三年。他爸{{han:刘国旺}}在外面跑运输，一个月回来一趟，孩子跟着奶奶。奶奶不识字，我就跟{{han:刘国旺}}说，孩子的事你多上点心。他的QQ我记在花名册后头，是{{qq:736295184}}。{{han:刘博闻}}说他妈出来以后他要带他妈去吃火锅。
访谈者：第四个？
受访者：一对双胞胎，{{han:张梓豪}}和{{han:张梓健}}，爸妈都在{{trap/place:天津}}工地上，孩子跟爷爷奶奶。爷爷{{han:张老栓}}腿有残疾，奶奶有糖尿病。孩子他妈{{han:吕彩云}}的微信{{wechat:lvcaiyun_tj2015}}，她每个礼拜天晚上跟孩子视频。{{han:张梓健}}就是不爱说话，{{han:张梓豪}}他替弟弟说。
访谈者：第五个？
受访者：{{han:王雅静}}，她妈有精神病，她爸是聋哑人，靠捡废品过日子。家里一个能说话的人都没有，孩子刚来的时候一句话都不说。社工{{compound:拓跋云峰}}每个礼拜来一趟，陪她画画，{{compound:拓跋云峰}}说她画的房子都没有门。现在好多了，上课敢举手了。她的QQ是她姑给注册的，她说只加了我一个人，号码是{{qq:1208456739}}。
访谈者：这些孩子在班上跟别的孩子处得怎么样？
受访者：开始不太好，有孩子笑话没妈的，我就开了一次班会，讲每个家都有难处。后来班上的孩子轮流陪他们吃午饭，放学一块儿走。我们班还弄了个互助小组，学习好的带学习差的，礼拜五下午一块儿读书。
访谈者：您平时怎么跟家长联系？
受访者：主要是微信。有的家长不识字，我就发语音。爷爷奶奶不会用手机，我就打电话，打不通就骑电动车去家里，一个学期下来，五个孩子的家我都跑了好几遍。有一回下大雪，我去双胞胎家，爷爷正在院子里扫雪，看见我来了，非要给我煮鸡蛋。老房子没暖气，俩孩子手上都是冻疮，我回去跟校长说了，后来{{trap/org:县教育局}}也来看过，给他们家送了个取暖炉。
访谈者：学校里还有谁帮这些孩子？
受访者：校长{{han:王秀峰}}，他自己掏钱给这几个孩子买过冬衣，每天还给他们订一盒{{trap/word:牛奶}}。心理老师是{{compound:巫马俊逸}}，一个小伙子，跟孩子们处得好。还有我们年级组的{{han:籍丽华}}老师，她每天中午给{{han:王雅静}}梳头。县{{trap/org:关工委}}的老同志{{han:张保田}}也来过，给孩子们讲故事，讲{{trap/famous:孔融}}让梨。
访谈者：家访的时候要登记哪些信息？
受访者：住址、身份证、电话。{{han:邢浩然}}家在{{address:深泽县铁杆镇大堡村三组12号}}，{{han:李沐欣}}舅舅家在{{address:深泽镇滹沱小区7号楼1单元201室}}。{{han:李沐欣}}的身份证{{id_number@wy2015quad.130131}}。{{han:牛淑贞}}电话{{mobile@plus86dash}}，{{han:吕彩云}}的{{mobile@spaced}}。
访谈者：名字登记有出错的吗？
受访者：有。救助名单上有{{spaced:刘 博 闻}}，有{{spaced:王　雅　静}}，{{han:张梓健}}被写成了{{spaced:张梓 健}}，社工写成了{{spaced:拓　跋　云　峰}}。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人陪。钱是一方面，更要紧的是有人问一声，今天在学校怎么样。我跟家长说，再忙也得跟孩子说说话。我还把青少年服务热线{{trap/hotline:12355}}写在黑板角上。我们这儿老人讲，孩子是一棵小树，得有人扶着才能长直了。
""")

# H646: a Uyghur grandfather from 于田 selling naan in 北戴河 (秦皇岛) with the two children of his son, blind from diabetes.
DOCS["H646"] = ("family", """\
访谈者：大叔，您先说说家里的情况。
受访者：我叫{{minority/uyghur:麦合苏提·巴吾东}}，从{{trap/place:于田}}来，{{trap/year:2019年}}来的{{trap/place:北戴河}}，打{{trap/minority_word:馕}}卖。这边人都叫我老{{minority/uyghur:麦合苏提}}。儿子{{minority/uyghur:艾海提·麦合苏提}}得了糖尿病，眼睛瞎了，在老家躺着，儿媳{{minority/uyghur:努热曼古丽·阿巴斯}}伺候他。两个孙子跟着我和老伴在这边上学。
访谈者：孩子们多大了？
受访者：孙女{{minority/uyghur:孜巴古丽·艾海提}}十一岁，在{{school:北戴河区海滨小学五年级（2）班}}。孙子{{minority/uyghur:吐送江·艾海提}}八岁，在{{school:北戴河区海滨小学二年级（1）班}}。{{minority/uyghur:孜巴古丽}}说话像个小大人，{{minority/uyghur:吐送江}}就是淘，放了学就往海边跑。学校的本子上孙女写的是{{minority/uyghur:孜巴古丽艾海提}}，没有点。
访谈者：您老伴呢？
受访者：老伴{{minority/uyghur:布阿依夏木·肉孜}}在铺子里和面，腰不好。{{minority/uyghur:布阿依夏木}}她想儿子，天天晚上跟儿媳视频，看见儿子瘦了就哭。
访谈者：谁在帮你们？
受访者：社区的主任{{han:杨淑敏}}，{{han:杨淑敏}}给两个孩子办了借读，还报了困境儿童，每个月{{trap/number:八百二}}。老家村里的干部{{minority/uyghur:卡米力·斯拉木}}给儿子报了低保和残疾证。街道的社工{{compound:长孙嘉怡}}会一点维吾尔话，常来看孩子，她还请了一个叫{{compound:东方晓阳}}的大学生给孙女补数学。小伙子说孙女聪明，就是汉字写得慢。
访谈者：这边有老乡吗？
受访者：有，{{minority/uyghur:阿吉买提·色依提}}在{{trap/place:鸽子窝}}那边卖{{trap/minority_word:烤包子}}，他也是于田的。{{minority/uyghur:阿吉买提}}说，冬天游客少，他就回老家。还有个亲戚{{minority/uyghur:依明托合提}}在{{trap/place:秦皇岛}}开餐厅，过{{trap/minority_word:古尔邦节}}的时候叫我们去吃{{trap/minority_word:抓饭}}。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:刘春华}}老师说孩子作文写了她爸的眼睛，全班都哭了。孙子的老师叫{{han:李佳音}}，{{han:李佳音}}老师说孙子跑得快，让他参加运动会。铺子门口有棵大{{trap/word:杨树}}，夏天孩子们在树底下写作业。房东{{han:王德水}}也照顾我们，铺子的房租一年少收两千。
访谈者：孩子的爸爸还能治吗？
受访者：医生说眼睛很难了，先把血糖控制住。老家的医院给他做了两回激光，花了一万多，医保报了一大半。儿媳一个人伺候他，还得照看家里的{{trap/word:玫瑰花}}地，于田的玫瑰好，晒干了能卖钱。我堂弟{{minority/uyghur:喀迪尔}}在村里帮着干活。我每个月给家里寄两千，剩下的给孩子们交学费、买吃的。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。孙女每天晚上跟她妈视频，给她爸念课文，她爸看不见，就听着。孙子小，视频的时候光顾着给他爸看海，说爸爸你看，大海，说完了才想起来他爸看不见，自己也哭了。去年暑假{{minority/uyghur:努热曼古丽}}带着儿子来了一趟，一家人在海边坐了一下午，儿子说他听见海了。
访谈者：冬天生意怎么样？
受访者：冬天没人。夏天一天能卖三百个馕，冬天三十个都卖不完。我给孩子们讲{{trap/famous:阿凡提}}的故事，他们也给我讲{{trap/famous:孟姜女}}，说是学校老师讲的，就在{{trap/place:山海关}}。
访谈者：您自己身体怎么样？
受访者：还行，就是打馕的炉子热，夏天站一天，腿肿，老伴说我不要命了。可不干不行，两个孩子要吃饭，儿子要吃药。孩子们也知道心疼人，孙女放了学就来铺子里帮着收钱，找零一分不差。孙子给客人递袋子，嘴甜，叫叔叔阿姨，客人爱买他的。有个从{{trap/place:唐山}}来的老太太，每年夏天来住一个月，天天来买两个馕，走的时候给孙子留了一套书。
访谈者：登记要写地址、证件和电话。
受访者：老家在{{address:于田县加依乡托格日尕孜村二组31号}}，这边租的是{{address:海滨镇西山小区4号楼2单元101室}}。我身份证{{id_number@mold.653226}}，孙女的{{id_number@wy2014spaced.653226}}，孙子的{{id_number@my2017.653226}}。我电话{{mobile@plus86spaced}}，儿媳的{{mobile@s74}}，她微信{{wechat:nuremanguli_yt}}。孙女有个QQ，号码写在作业本背面：{{qq:3408126957}}。
访谈者：名字写对了吗？
受访者：乱得很。学校写成{{spaced:孜 巴 古 丽}}，又写成{{spaced:吐送江 · 艾海提}}，低保表上儿子是{{spaced:艾海提 麦合苏提}}，老伴是{{spaced:布阿依夏木 · 肉孜}}，我成了{{spaced:麦 合 苏 提}}。
访谈者：您最盼什么？
受访者：盼儿子眼睛能治。{{minority/uyghur:吐送江}}说，爷爷，我长大了给爸爸当眼睛。
""")

# H647: a Han court clerk in 赵县 (石家庄) reading from the file of a case that moved a girl's guardianship to her grandmother.
DOCS["H647"] = ("court clerk", """\
访谈者：您手上这个案子是什么情况？
受访者：我是{{trap/org:赵县人民法院}}的书记员，{{han:田淑芬}}。这是一起撤销监护人资格的案子，{{trap/year:二〇二三年}}三月立的案，案号{{trap/number:（2023）冀0133民特47号}}。孩子叫{{han:陈梓萌}}，女孩，十岁。她妈{{han:孟丽娜}}三年前病死了，她爸{{han:陈永刚}}常年喝酒，喝多了打孩子，后来干脆扔下孩子去外地了，一年多没音讯。孩子的姥姥{{han:孟桂荣}}向法院申请，要求撤销{{han:陈永刚}}的监护资格，由她来当监护人。
访谈者：案子是怎么到法院的？
受访者：学校先发现的。孩子在{{school:赵县实验小学四年级（2）班}}，班主任{{han:杜秀梅}}看见孩子胳膊上有伤，报给了学校，学校报给了镇里。镇里的儿童督导员{{han:张建勋}}和村里的儿童主任{{han:李素珍}}上门核实，找了民政局，民政局支持姥姥起诉。{{han:张建勋}}说，他干了这么多年，头一回见这么小的孩子身上这么多伤。
访谈者：卷宗里都有哪些材料？
受访者：申请书、证人证言、学校的情况说明、派出所的出警记录。申请人{{han:孟桂荣}}，身份证{{id_number@wy1956.130133}}，住{{address:赵县范庄镇南庄村四组18号}}。被申请人{{han:陈永刚}}，身份证{{id_number@mhyphen.130133}}，户籍地{{address:赵县韩村镇东韩村二组5号}}。孩子{{han:陈梓萌}}，身份证{{id_number@wy2015x.130133}}。申请书最后一页是姥姥按的手印，她不会写字，签名栏里写着{{han:孟桂荣}}{{han:孟桂荣}}，前一个是打印的，后一个是她外甥{{han:孟宪礼}}代签的。
访谈者：庭审的时候被申请人来了吗？
受访者：没来，公告送达的。审判长是{{compound:段干佳禾}}，合议庭还有{{compound:申屠国庆}}和{{han:吴凤琴}}两位。法律援助律师叫{{compound:濮阳文静}}，{{compound:濮阳文静}}给姥姥代理，不收钱。证人是邻居{{han:赵大成}}，{{han:赵大成}}说他半夜听见孩子哭，翻墙过去把孩子抱到他家。
访谈者：孩子在庭上说话了吗？
受访者：孩子没上庭，法官和心理辅导员去学校单独问的，我在旁边做笔录。孩子开始不说，后来说她爸喝了酒就摔东西，有一回拿皮带抽她，她躲到床底下，一宿没敢出来。她说最想的就是跟姥姥住，姥姥做的面条好吃。问完了，审判长出来在走廊里站了半天。
访谈者：姥姥的条件能带孩子吗？
受访者：这是合议庭最担心的。姥姥六十九了，有高血压，一个人住，种着三亩{{trap/word:田地}}。我们去村里调查，村委会出了证明，说姥姥身体还行，村里会帮着照看。舅舅也写了保证，每月寄钱，假期接孩子去城里住。民政局说可以安排人入户探访，一个月一次，合议庭这才放心。
访谈者：判下来了吗？
受访者：判了，撤销{{han:陈永刚}}的监护资格，指定{{han:孟桂荣}}为监护人。民政局后来给孩子办了事实无人抚养，每月{{trap/number:一千三百五}}。孩子的舅舅{{han:孟宪明}}在{{trap/place:石家庄}}打工，每月给孩子寄五百，判决书里也写了。
访谈者：卷宗里有电话和账号吗？
受访者：有。姥姥的电话{{mobile@s38}}，{{han:孟宪明}}的{{mobile@p86h}}，律师的办公电话卷宗里也有。{{han:孟宪明}}的微信号也在笔录里，{{wechat:mengxianming_zx}}。他现在住{{address:裕华区槐中路东苑小区2号楼4单元601室}}。
访谈者：表格上的名字有问题吗？
受访者：有。派出所的出警记录把孩子写成了{{spaced:陈 梓 萌}}，民政局的表上是{{spaced:孟　桂　荣}}，审判长的名字在送达回证上成了{{spaced:段 干 佳 禾}}，律师的名字成了{{spaced:濮阳 文静}}。这些都得一个个核对，一个字错了，文书就得重出。
访谈者：这类案子多吗？
受访者：不多，一年也就三四起。大多数是孩子的爹妈一方没了，另一方不管，老人出来申请，也有爹妈吸毒、坐牢的。我们院里有规定，涉及孩子的案子优先立案、优先审理，文书公开的时候孩子的名字和住址都要隐去。判完了还要跟民政、学校一起回访，看孩子过得怎么样。妇联的{{trap/hotline:12338}}也会转来一些线索。
访谈者：您怎么看这个案子？
受访者：我们这儿有{{trap/place:赵州桥}}，一千四百年了，是{{trap/famous:李春}}修的，到现在还立着。我跟孩子说，你姥姥就是你的桥。孩子现在每个礼拜跟我们的心理辅导员{{compound:闻人雨辰}}聊一回，成绩也上来了。案子结了，我们还会回访。
""")

# H648: a Han grandmother in 郸城 (周口, 河南) raising her grandson; her son is mentally ill and wanders, his wife left.
DOCS["H648"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：三口。我、老头子，还有孙子{{han:鲁子航}}。我叫{{han:常桂芹}}，今年六十八了。儿子{{han:鲁振洲}}前些年在{{trap/place:杭州}}打工，得了精神病，回来以后整天在外头转，有时候几天不着家。儿媳{{han:闫丽丽}}受不了，孩子三岁的时候就走了，再没回来过。
访谈者：孙子多大了？
受访者：十岁，在{{school:郸城县汲冢镇中心小学四年级（1）班}}。我们都喊他{{han:航航}}。{{han:航航}}他懂事，知道他爸有病，见了他爸就拉着回家。{{han:鲁振洲}}也就听孩子的，别人喊他不理。
访谈者：家里靠什么过日子？
受访者：种了五亩地，麦子和红薯，老头子{{han:鲁长河}}腰不好，重活干不了。村里给报了低保，孙子按困境儿童一个月{{trap/number:五百八}}，儿子有残疾证，每个月还有一点护理补贴。村里的儿童主任{{han:李玉芬}}跑前跑后给办的，{{han:李玉芬}}说这都是孩子该得的。
访谈者：还有谁帮过你们？
受访者：镇上民政所的{{han:贺建设}}所长，他给儿子联系过{{trap/place:周口}}的精神病医院，住了三个月，好一点了。县{{trap/org:妇联}}的{{han:周秀英}}来过两回，给孙子送了书包和棉袄。还有个社工叫{{compound:左丘晓峰}}，另一个叫{{compound:太叔丽娜}}，俩人每个月来一趟。{{compound:太叔丽娜}}带孙子去县城的图书馆，孙子回来跟我说，奶奶，那儿的书比咱村里的树叶还多。
访谈者：邻居们帮衬吗？
受访者：帮衬。前院的{{han:谢凤英}}婶，是看着我儿子长大的，{{han:谢凤英}}家里蒸了馍就给我们送几个。后头的{{han:鲁长林}}是老头子的堂弟，儿子犯病跑丢了，都是他骑着摩托车去找。村医{{han:孔德旺}}给老头子扎针，不收钱，{{trap/org:乡卫生院}}开的药也便宜。
访谈者：孩子学习怎么样？
受访者：中不溜。班主任{{han:刘春霞}}老师说孩子作文写得好，写过一篇《我和我爸》，说他爸病好了就带他去{{trap/place:淮阳}}看{{trap/place:太昊陵}}。我不识字，辅导不了，{{han:刘春霞}}老师中午留他在学校写作业。
访谈者：您儿子现在怎么样？
受访者：吃着药，好一阵坏一阵。犯病的时候谁也不认，光往外跑，有一回跑到{{trap/place:鹿邑}}去了，我打了{{trap/hotline:12345}}，三天才找回来。不犯病的时候，他坐在门口看孙子写作业，一看一下午。孙子放学回来，先问他爸吃药没有。医生说这病得长期吃药，一个月药钱三百多，好在有慢性病补助。
访谈者：您老两口身体怎么样？
受访者：我血压高，老头子腰疼，都是老毛病。最怕的是我们俩走了，孩子咋办。他姑说到时候她管，可她自己家里也有三个孩子。我跟孙子说，你要好好念书，念出来了，谁也不靠。我们这儿讲{{trap/famous:老子}}是咱周口这一片的人，孙子问我那是谁，我说是个有大学问的人，他说他也要当有学问的人。
访谈者：过年的时候呢？
受访者：过年孩子他姑{{han:鲁秀芝}}从{{trap/place:郑州}}回来，带孩子去赶庙会，晚上在村口放{{trap/word:孔明灯}}。我给他讲{{trap/famous:伏羲}}的故事，他问我，爸的病能不能治好。我跟他说能，心里没底。
访谈者：孩子有什么爱好吗？
受访者：爱画画。没有颜料，就拿树枝在地上画，画他爸，画我，画家里的老黄牛。社工给他买了一盒蜡笔，他舍不得用，一个礼拜画一张。村小去年来了个美术老师，说孩子画得有灵气，让他参加县里的比赛，得了个三等奖，奖状贴在堂屋墙上，来人他就指给人家看。他说长大了要当画家，把他爸的病画好。
访谈者：登记表要写地址、证件、电话。
受访者：家在{{address:郸城县汲冢镇鲁楼村五组11号}}，他姑家在{{address:金水区文化路丰庆小区5号楼2单元402室}}。孙子的身份证{{id_number@my2015fwhyphen.411625}}，我的{{id_number@wy1957.411625}}，儿子的{{id_number@mtri.411625}}。我电话{{mobile@fullwidth}}，他姑的{{mobile@h38}}，她微信{{wechat:luxiuzhi_zz}}。孙子有个QQ，是他姑给注册的，号码写在一张纸上压在桌子玻璃底下：{{qq:45617082}}。
访谈者：表上名字写得对吗？
受访者：有错的。低保本上孙子是{{spaced:鲁 子 航}}，我写成了{{spaced:常　桂　芹}}，社工的名字写成了{{spaced:太 叔 丽 娜}}，还有一张是{{spaced:左丘 晓峰}}。
访谈者：您最盼什么？
受访者：盼孩子长大成人。他爸没享过福，孩子得替他爸享。我跟老头子说好了，再苦也不让孩子辍学。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=641,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
