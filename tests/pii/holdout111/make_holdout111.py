# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 111 (tests/pii/holdout111/H873-H880 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 110, written at the same time, is not
an earlier set).

Set 111 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 梧州 (Guangxi): a Mongolian father from 西乌珠穆沁旗 who tends a kiln at a ceramics factory in 梧州 while his
widowed mother raises his three children in the gacha; a Kham Tibetan mother from 囊谦 (玉树) who sells Tibetan goods
by the arcade streets of 梧州, her Han husband in prison, her son with her and her daughter with her mother in
囊谦; a Kazakh mother from 额敏 who works in the kitchen of a Xinjiang restaurant in 万秀区, her husband paralysed at
home; a Hui father from 沙甸 who keeps a beef rice-noodle shop in 长洲区 after his Han wife left; a Cantonese-speaking
Han grandmother in 岑溪 raising the three children of a son in prison; a Han middle-school teacher in 藤县 who
reaches the pupils and parents of her four cases on WeChat and QQ; a Han township social worker in 苍梧 (京南镇)
reading out her register; and a Han boatman on the 西江 who lost his wife and raises two children. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names with
a short form after the full name (胡格吉乐巴特尔 then 胡格吉乐, 苏雅勒其其格 then 苏雅勒, 其力格尔巴图 then 其力格尔他),
a Han surname before a Mongolian given name (白乌云格日勒她, 包萨日娜) and the Han names of the same people (包振军,
包俊宇, 包大哥); Kham Tibetan names (尕松文毛, 昂文求扎, 尕玛拉宗, 求吉卓玛她, 布琼卓嘎, 松保尼玛) with short forms
(文毛, 求扎, 尕玛), a Han surname before a Tibetan given name (杨求扎) and the Han names of Tibetans (杨思源, 杨嫂);
Kazakh given name + father's name with and without the dot (库兰达·木合塔尔, 沙尔山·达吾列提, 别克木拉提·沙尔山,
别克木拉提沙尔山, 阿露·沙尔山) and single and short forms (库兰达, 沙尔山他, 别克木拉提他, 别克, a syllable that is
a car's name, 阿露她); Han-form Hui names (丁志远, 纳桂珍她, 丁俊熙, 白守礼) beside 经名 used alone (舒爱卜, 黑蒂哲,
宰克里雅他, 素福娅她, 雅古布, 阿丝玛) and after a Han surname (丁宰克里雅, 马萨比尔, 白萨迪克); Han names with common
and rare surnames (覃, 梁, 黄, 韦, 蒙, 莫, 岑, 植, 容, 冼, 邝, 龚, 邹, 蒋), with titles and kin words (蓝雪梅老师,
韩雪芹大夫, 邝丽君老师, 白守礼阿訇, 蒙丽娟阿姨, 阿珍姐; the span is the name only), a surname with only a title or kin
word, annotated whole (包大哥, 杨嫂, 植老师, 蒙姨, 莫师傅, 谢老师, 钟姨, 莫支书, 邓老师, 冼叔, 苏医生, 容老师, 甘警官,
莫主任, 蒋姨, 欧婶, 梁校长, 岑所长, 谭婶), Cantonese 亚-/阿- forms and nicknames, annotated whole (亚凤, 亚雄他,
亚燕那边, 阿珍, 朗仔, 琪妹, 虾公都, 根叔), names that contain words (罗长林, 黄金莲, 冯江海, 冯晓帆, 冯水根, 冯家兴)
and their short forms (晓帆说, 江海也), names directly before particles and verbs and after 叫/是/给/跟/找/让, a name
at the end of the last sentence (多谢谭婶。); names spaced out character by character in half- and full-width spaces,
a dotted name with spaces around the dot and names split in two; compound surnames after ordinary words (闾丘,
慕容, 宇文, 上官, 东方, 诸葛, 赫连, 公孙, 段干, 司徒, 欧阳, 令狐, 尉迟, 皇甫, 巫马, 长孙, 司马, 拓跋); and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:覃亚凤}}``, ``{{qq:2718406953}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwspaced.450421}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38, h38,
                                   s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 阿訇, 阿姨, 姐) and a
particle, pronoun or verb written directly after a name (说, 也, 都, 她, 他, 那边) are outside the span; a surname with
only a title or kin word (包大哥, 植老师, 谭婶) and a Cantonese form of address or nickname (亚雄, 朗仔, 虾公, 根叔)
are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (包振军, 杨思源, 丁俊熙) are category han;
a Han surname before a non-Han given name (白乌云格日勒, 杨求扎, 丁宰克里雅) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout111/make_holdout111.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(111_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "147", "152", "155", "156", "159", "177", "180", "185", "186",
                   "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H873: Mongolian father from 西乌珠穆沁旗 who tends a kiln at a ceramics factory in 梧州; his three children are
# with his mother in the gacha.
DOCS["H873"] = ("family", """\
访谈者：大哥，听口音您是北方来的？
受访者：内蒙古{{trap/place:西乌珠穆沁旗}}的牧民。我叫{{minority/mongolian:胡格吉乐巴特尔}}，厂里工牌上的汉名是{{han:包振军}}，工友们都喊我{{han:包大哥}}。来{{trap/place:梧州}}快三年了，在龙圩一家陶瓷厂看窑。老家的人还是叫我{{minority/mongolian:胡格吉乐}}。
访谈者：怎么想到来这么远？
受访者：老婆{{minority/mongolian:乌日汗娜布其}}前年肝癌走了，治病欠了十几万，草场又小，养不了几只羊。同嘎查的{{minority/mongolian:孟根吉日嘎拉}}在这边烧过窑，说工钱高，我就跟着来了。三个孩子留在家里，跟着我{{trap/minority_word:额吉}}。
访谈者：孩子们多大了？
受访者：老大{{minority/mongolian:苏雅勒其其格}}十六，在{{school:西乌珠穆沁旗蒙古族中学高一（4）班}}住校，家里叫她{{minority/mongolian:苏雅勒}}。老二{{minority/mongolian:其力格尔巴图}}十二，上学用的汉名是{{han:包俊宇}}，在{{school:巴拉嘎尔高勒镇第二小学六年级（1）班}}。老三{{minority/mongolian:阿拉腾沙}}七岁，有癫痫，一个月犯两三回，离不开人。
访谈者：奶奶身体怎么样？
受访者：我额吉叫{{minority/mongolian:白乌云格日勒}}，七十一了，腿上有风湿。{{minority/mongolian:白乌云格日勒}}她天不亮就起来挤奶、熬茶，还得按点给老三喂药。{{minority/mongolian:苏雅勒}}也懂事，周末回家就替奶奶出牛粪、喂牛犊。
访谈者：家里有谁帮着？
受访者：嘎查的儿童主任{{minority/mongolian:包萨日娜}}隔三差五去看老人，老三犯病那回是她开车送到旗医院的。嘎查达{{minority/mongolian:丹森扎布}}给我们报了低保，三个孩子算困境儿童，每人每月{{trap/number:一千二百八}}。苏木的民政助理{{han:赵海峰}}每季度入户一回。旗医院神经科的{{han:韩雪芹}}大夫说这病能控制，就是不能断药。苏木社工站的{{compound:慕容倩影}}每月去一趟，同来的还有{{compound:宇文景行}}，给老二补数学。旗里派来的大学生村官{{compound:闾丘慧琳}}帮老大在网上申请了助学金。
访谈者：您在厂里怎么样？
受访者：窑上热，夏天五十来度，我刚来中暑晕过两回。车间主任{{han:覃志刚}}人实在，知道我家里的事，夜班先排给我，夜班钱多。老板{{han:梁伟文}}过年多给我发了两千块。{{han:覃志刚}}说，你们草原上来的人肯吃苦。同宿舍的{{han:黄德光}}教我说白话，我学了三年还是只会说“食饭”。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:苏雅勒其其格}}成绩好，班主任{{minority/mongolian:娜仁图雅}}老师说她能考到{{trap/place:呼和浩特}}去。{{minority/mongolian:其力格尔}}他爱打架，老师给我打过两回电话，我在电话里骂他，骂完了自己又难受。
访谈者：欠的债还得怎么样了？
受访者：还了一半多。我一个月工资五千出头，自己留八百，剩下的都打回去。厂里管吃住，我不抽好烟，也不喝酒，在这边喝酒的话，一个月就白干了。亲戚借的钱不急，信用社的贷款是{{trap/year:2021年}}借的，明年到期。有时候想，额吉七十多了还在替我养孩子，我这个当儿子的，心里过不去。
访谈者：孩子们知道您在这边做什么吗？
受访者：知道。老大说等她考上大学，就不让我再烧窑了。去年暑假我把老二接来住了半个月，他头一回见火车、见大江，在{{trap/place:西江}}边上看了一下午的船。回去跟同学说，他爸做的碗卖到全国。其实我就是看火的，碗是别人做的，我没拆穿他。
访谈者：您自己身体怎么样？
受访者：腰不太好，窑上一站就是十二个钟头。这边湿气重，刚来那年冬天膝盖疼得下不了床，是同宿舍的工友给我买的膏药。草原上冬天是干冷，这边的冷是往骨头里钻。
访谈者：您多久回一次家？
受访者：一年一回，过{{trap/minority_word:查干萨日}}的时候。今年厂里赶货没回去，额吉在视频里给孩子们分{{trap/minority_word:手把肉}}，老三对着手机喊爸爸，我躲到窑后头哭了一场。夏天{{trap/minority_word:那达慕}}，老二在{{trap/minority_word:搏克}}比赛里摔倒了一个大个子，视频是{{minority/mongolian:包萨日娜}}拍了发给我的。我小时候阿爸给我唱{{trap/famous:嘎达梅林}}，现在我在电话里唱给老三听。
访谈者：登记表上的信息请您说一下。
受访者：家在{{address:西乌珠穆沁旗巴拉嘎尔高勒镇浩勒图嘎查三组11号}}，我这边住{{address:龙圩区龙圩镇恒兴路18号陶瓷厂宿舍5栋204房}}。我的身份证{{id_number@my1979spaced.152526}}，老三的{{id_number@my2017.152526}}。我电话{{mobile@plain}}，{{minority/mongolian:包萨日娜}}的电话{{mobile@hyphen}}。{{minority/mongolian:苏雅勒}}有微信，叫{{wechat:suyale_xwq0815}}。老二有个QQ，说是跟同学打游戏用的，号码他发语音念给我，我记在烟盒上了：{{qq:2718406953}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。学校名单上老三是{{spaced:阿 拉 腾 沙}}，低保表上我成了{{spaced:胡格吉乐 巴特尔}}，额吉写成{{spaced:白 乌 云 格 日 勒}}，老大是{{spaced:苏雅勒　其其格}}。
访谈者：您最盼什么？
受访者：盼把债还上，回草原去。孩子们大了，我不能一辈子守在窑上。
""")

# H874: Kham Tibetan mother from 囊谦 (玉树) who sells Tibetan goods by the arcade streets of 梧州; her Han husband
# is in prison, her son is with her and her daughter with her mother in 囊谦.
DOCS["H874"] = ("family", """\
访谈者：阿佳，您摊子上卖的都是老家的东西？
受访者：是，{{trap/minority_word:藏香}}、{{trap/minority_word:唐卡}}、牦牛骨手串，都是表弟{{minority/tibetan:江永然丁}}从{{trap/place:囊谦}}寄过来的。我叫{{minority/tibetan:尕松文毛}}，我阿妈叫我{{minority/tibetan:文毛}}，市场里的人都叫我{{han:杨嫂}}，跟我男人的姓。
访谈者：您怎么到梧州来的？
受访者：地震以后，我男人{{han:杨海波}}跟着施工队到{{trap/place:结古}}盖房子，我们就认识了。一六年跟他回了他老家，就在{{trap/place:骑楼城}}边上摆摊。前年他喝了酒跟人打架，把人打成重伤，判了六年，现在在监狱里。
访谈者：孩子们呢？
受访者：两个。儿子十二，户口上叫{{han:杨思源}}，藏名是我阿妈起的，叫{{minority/tibetan:昂文求扎}}，我在家叫他{{minority/tibetan:求扎}}。学校里有同学喊他{{minority/tibetan:杨求扎}}，把他爸的姓跟藏名拼在一起，他也答应。{{minority/tibetan:求扎}}在{{school:万秀区富民路小学六年级（3）班}}。女儿{{minority/tibetan:尕玛拉宗}}七岁，我一个人顾不过来，去年送回囊谦跟我阿妈{{minority/tibetan:求吉卓玛}}过，在{{school:囊谦县香达镇第一完全小学一年级（2）班}}。
访谈者：两边都有人帮吗？
受访者：有。这边社区的儿童主任{{han:陆秀英}}帮儿子报了服刑人员子女的补助，一个月{{trap/number:六百五十元}}，还帮我申请了低保。儿子的班主任{{han:植老师}}常留他在学校写完作业再走。隔壁卖凉茶的{{han:蒙姨}}，我去进货的时候帮我看摊。市场管理处的{{han:岑海涛}}把摊位费给我减了一半。{{han:岑海涛}}他说，等你男人出来，日子就好过了。
访谈者：监狱那边呢？
受访者：一个月能打一次亲情电话。{{han:杨海波}}在电话里哭，说对不起孩子。法律援助中心的律师{{compound:上官宇航}}帮我们问过减刑的事。区里社工站有个姑娘叫{{compound:东方雅琴}}，每两个月带儿子去会见一次，路上陪他说话。
访谈者：女儿在老家怎么样？
受访者：我阿妈七十了，{{minority/tibetan:求吉卓玛}}她每天转经，回来给{{minority/tibetan:尕玛}}烧茶、梳辫子。村里的儿童主任{{minority/tibetan:布琼卓嘎}}给她报了留守儿童关爱，冬天发了棉衣，{{trap/org:乡卫生院}}每季度给她体检一回。我弟弟{{minority/tibetan:松保尼玛}}在山上放牦牛，挖了{{trap/minority_word:虫草}}就把钱寄给阿妈。
访谈者：孩子们想家吗？
受访者：想。{{minority/tibetan:尕玛拉宗}}在视频里问，阿妈什么时候回来看{{trap/minority_word:赛马节}}。儿子说梧州太热，想去{{trap/place:澜沧江}}边上玩水。我给他讲{{trap/famous:文成公主}}路过我们那里的故事，他说他长大也要走很远的路。
访谈者：儿子在这边上学适应吗？
受访者：头一年不适应，听不懂白话，同学笑他口音，他回来就不说话。后来他在运动会上跑了第一，同学们才服他。他爸的事我开始没敢告诉他，是他自己在学校听人说的。那段时间他成绩掉得厉害，晚上一个人坐在摊子后面发呆。社工姑娘来了以后，带他做沙盘、画画，他慢慢才肯开口。
访谈者：您跟老家怎么联系？
受访者：每天晚上收摊以后跟阿妈视频。老家信号不好，要爬到屋后的坡上才打得通。阿妈不会用智能手机，是村里的儿童主任教她的。女儿在视频里给我看作业，一页一页翻，字写得比她哥哥小时候还好。我跟她说，阿妈在这边挣钱，钱攒够了就回去。这话我说了两年了，自己都不信。
访谈者：您自己身体呢？
受访者：刚来的时候受不了热，身上起疹子，现在好了。就是夜里睡不着，老想着阿妈年纪大了，女儿又小。摊子一天挣一两百，淡季的时候一天卖不出一串手串。表弟寄货来不要我先付钱，卖了再给，他说亲戚之间不算这个。
访谈者：市场里其他摊主对您怎么样？
受访者：都好。刚来的时候有人以为我是外国人，拿着唐卡问我多少美金。现在大家都熟了，下雨的时候互相帮着收摊，谁家孩子没人接，就帮着接一下。过年的时候我给他们每家送一小包酥油茶粉，他们回我年糕、粽子。
访谈者：登记信息请您说一下。
受访者：这边租的房在{{address:万秀区城中街道新安里小区2栋1单元302室}}，老家在{{address:囊谦县香达镇前多村二社14号}}。我的身份证{{id_number@wy1986hyphen.632725}}，儿子的{{id_number@my2012.450403}}。我电话{{mobile@s38}}，{{han:陆秀英}}的电话{{mobile@plus86}}。我的微信{{wechat:gasongwenmao_tang}}，顾客都加这个。儿子有个QQ，号码他抄在我进货本最后一页了：{{qq:3405917286}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。低保表上写成{{spaced:尕 松 文 毛}}，学校把儿子写成{{spaced:昂文 求扎}}，老家的表上女儿是{{spaced:尕　玛　拉　宗}}。
访谈者：最后还想说什么？
受访者：等他爸出来，一家人回囊谦看看阿妈。
""")

# H875: Kazakh mother from 额敏 who works in the kitchen of a Xinjiang restaurant in 万秀区; her husband is
# paralysed at home, her son is with her and her daughter with her parents-in-law.
DOCS["H875"] = ("family", """\
访谈者：大姐，您在这家新疆馆子干多久了？
受访者：两年了，在后厨切菜、拉面。我叫{{minority/kazakh:库兰达·木合塔尔}}，老家{{trap/place:额敏}}，在{{trap/place:塔城}}边上。老板{{han:邱建新}}也是新疆来的汉族，在{{trap/place:万秀区}}开了这家店，听说我家里难，把我叫过来了。厨房里的人都喊我{{minority/kazakh:库兰达}}。
访谈者：家里是什么情况？
受访者：我男人{{minority/kazakh:沙尔山·达吾列提}}四年前开拖拉机翻到沟里，腰椎断了，下半身不能动。家里的地种不了，我就出来打工。他跟他爸妈在额敏，公公{{minority/kazakh:达吾列提·哈斯木}}七十了，婆婆{{minority/kazakh:沙依拉古丽}}照顾他。
访谈者：孩子们呢？
受访者：儿子{{minority/kazakh:别克木拉提·沙尔山}}十一岁，跟我在梧州，读{{school:万秀区城东小学五年级（2）班}}。学校的表上没有点，写成{{minority/kazakh:别克木拉提沙尔山}}。同学们叫他{{minority/kazakh:别克}}，说跟汽车一个名。女儿{{minority/kazakh:阿露·沙尔山}}八岁，在额敏跟爷爷奶奶，读{{school:额敏县玉什喀拉苏镇小学二年级（1）班}}。我们叫她{{minority/kazakh:阿露}}。{{minority/kazakh:阿露}}她每天晚上要跟我视频，讲她爸今天吃了几碗饭。
访谈者：两边有谁帮忙？
受访者：老家村里的儿童主任{{minority/kazakh:古丽米拉·加帕尔}}给两个孩子报了困境儿童，每月{{trap/number:一千一百六}}，我男人有残疾证，拿两项补贴。乡上的民政干部{{han:郭振宁}}每回入户都给我男人量血压。这边社区的儿童主任{{han:冯艳芳}}帮儿子办了转学，还申请了课后托管。儿子的班主任{{han:蓝雪梅}}老师每天放学把他留在教室写完作业，等我下了班去接。社工站的{{compound:诸葛婷婷}}给他做过几回辅导，另一个社工{{compound:赫连星辰}}带他去踢球。
访谈者：孩子爸爸现在怎么样？
受访者：躺了四年，身上起过褥疮，公公婆婆天天给他翻身。去年{{trap/org:县残联}}送来一张护理床，能摇起来，他能坐着看电视了。他脾气变了，以前爱说爱笑，现在常常一天不说一句话。我每天晚上跟他视频，他就问孩子吃饭了没有、作业写了没有，问完就挂。我知道他心里苦，觉得拖累了我们。
访谈者：儿子在梧州习惯吗？
受访者：开始不习惯，嫌热，也想他爸。他在学校是唯一的哈萨克族，老师让他在班会上讲家乡，他讲草原、讲转场、讲冬天的雪有多厚，同学们听得入迷，从那以后朋友就多了。他现在会说几句白话，回来还教我。
访谈者：厨房里的同事呢？
受访者：都好。掌勺的{{han:莫师傅}}是本地人，教我说白话，我教他炸{{trap/minority_word:包尔萨克}}。洗碗的{{han:蒙丽娟}}阿姨下午没事就带我儿子。{{han:蒙丽娟}}说，孩子在后厨写作业太吵，就领他去她家。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我请了三天假，带儿子回了一趟额敏。{{minority/kazakh:别克木拉提}}他抱着他爸不撒手，他爸躺在床上哭。婆婆给我们煮{{trap/minority_word:纳吾肉孜粥}}，{{minority/kazakh:阿露}}弹{{trap/minority_word:冬不拉}}给我们听。晚上我给孩子们念{{trap/famous:阿拜}}的诗，我也只记得两句。
访谈者：您一个人在这边难不难？
受访者：难。刚来的时候吃不惯这边的菜，也听不懂白话。孩子上学要交资料费、校服费，我一个月三千多，寄回去一半。有一回儿子发烧，我在后厨走不开，是老板开车送去的医院。我们住的是老板租的房，我跟儿子一间，十来个平方，夏天没有空调，晚上热得睡不着，儿子就睡在地板上，说地板凉快。
访谈者：您打算一直在梧州吗？
受访者：不知道。老板说店里缺人，让我干下去。可是女儿一年一年大了，不能老见不到妈妈。等儿子小学毕业，我想带他回额敏读初中，回去找个活干，离家近一点，也能照顾他爸。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:额敏县玉什喀拉苏镇阔克铁热克村四组9号}}，这边住{{address:万秀区东兴街道河东小区7栋3单元601室}}。我身份证{{id_number@wy1988fullwidth.654221}}，女儿的{{id_number@wy2016hyphen.654221}}。我电话{{mobile@spaced}}，{{minority/kazakh:古丽米拉·加帕尔}}的{{mobile@plus86dash}}。我的微信{{wechat:kulanda_emin88}}，老板{{han:邱建新}}的微信是{{wechat:qiujx_xjcanting}}。儿子有QQ，老师让注册的，上网课用，号码他贴在冰箱门上：{{qq:1593842670}}。
访谈者：名字写法一样吗？
受访者：不一样。学校花名册上是{{spaced:别 克 木 拉 提}}，女儿被写成{{spaced:阿露 · 沙尔山}}，我的银行卡上是{{spaced:库兰达 木合塔尔}}。
访谈者：您最盼什么？
受访者：盼男人的腰好一点，能坐起来。{{minority/kazakh:沙尔山}}他原来是村里摔跤摔得最好的。
""")

# H876: Hui father from 沙甸 who keeps a beef rice-noodle shop in 长洲区; his Han wife left, his mother helps.
DOCS["H876"] = ("family", """\
访谈者：您这牛肉粉店开了几年了？
受访者：七年了，就在{{trap/place:长洲区}}这条街上。我叫{{han:丁志远}}，回族，经名叫{{minority/hui:舒爱卜}}。老家在云南{{trap/place:沙甸}}，十几年前跟着亲戚出来，在梧州落了脚。
访谈者：家里现在几口人？
受访者：我，老娘，两个孩子。孩子妈{{han:杨春娇}}是汉族，前年跟一个做生意的走了，去了{{trap/place:广州}}，电话也换了。老娘{{han:纳桂珍}}七十三，经名{{minority/hui:黑蒂哲}}，她帮我带孩子。
访谈者：孩子们多大？
受访者：大的是儿子，学名{{han:丁俊熙}}，经名{{minority/hui:宰克里雅}}，十三岁，在{{school:长洲区长洲中学初一（2）班}}。学校有个回族老师图省事，叫他{{minority/hui:丁宰克里雅}}，两个名字连着念。小的是闺女{{han:丁雨桐}}，经名{{minority/hui:素福娅}}，九岁，在{{school:长洲区新洲小学三年级（4）班}}。{{minority/hui:素福娅}}她每天放学来店里，帮着收碗。
访谈者：孩子们知道妈妈的事吗？
受访者：知道。{{minority/hui:宰克里雅}}他恨他妈，不让我提。闺女还小，晚上抱着她妈的枕头睡。{{minority/hui:素福娅}}也问过我，妈妈是不是不要我们了。
访谈者：孩子妈妈走了以后，您是怎么过来的？
受访者：头几个月我天天闷着，店也不想开。是老娘骂醒的我，她说你倒了两个娃娃怎么办。阿訇也来劝，说人有难处的时候更要把日子过端正。后来我想通了，她走就走吧，孩子们不能没有爹。我把店里的菜单重新做了，加了炒粉、卤蛋，生意比以前还好一点。
访谈者：有哪些人帮过你们？
受访者：寺里的{{han:白守礼}}阿訇，经名{{minority/hui:雅古布}}，常来店里坐，开导{{minority/hui:宰克里雅}}。社区的儿童主任{{han:甘美玲}}给两个孩子报了困境儿童，每月{{trap/number:五百六十元}}。我店小，收入不稳，低保审了两回才批下来，是街道民政的{{han:钟长胜}}帮我补的材料。儿子的班主任{{han:谢老师}}每周给我打电话。区社工站的{{compound:公孙秋池}}每周来给孩子上一次课，她同事{{compound:段干鹏飞}}帮我在网上填表。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，语文差，作文老写不够字数。班主任说他上课爱走神，一节课盯着窗户外面。闺女成绩好，就是胆子小，在学校不敢跟人说话。社工给她报了个舞蹈兴趣班，不要钱，她现在敢上台了，六一还跳了一支舞，我拿手机录下来，给老娘看了好多遍。学校食堂没有清真窗口，老师允许他们中午回店里吃。下雨天我就送饭过去，两个饭盒，一个装粉，一个装牛肉。
访谈者：这边的回族乡亲呢？
受访者：梧州回族不多，几家常来往。卖牛肉的{{minority/hui:马萨比尔}}每天给我留最好的牛腱子，不要现钱。他老婆{{minority/hui:阿丝玛}}给闺女扎头巾。从桂林来的{{minority/hui:白萨迪克}}在城里开清真餐厅，过节请我们去吃饭。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}那天关店，我带孩子们去{{trap/org:清真寺}}。老娘炸{{trap/minority_word:馓子}}、做{{trap/minority_word:油香}}，给邻居们都送一份。闺女最喜欢听她奶奶讲{{trap/famous:赛典赤}}修水利的故事。
访谈者：您自己呢？
受访者：累。早上四点起来熬汤，晚上十点收摊。老娘的腿不好，{{han:纳桂珍}}她还天天坐在门口择菜。我最怕自己病倒，我倒了这个家就散了。去年冬天我发烧到三十九度，硬撑着开店，是儿子放学回来替我收钱、端碗，忙到晚上九点。那天晚上我坐在店门口，看着他趴在桌上写作业，心里又酸又暖。
访谈者：您想过再找一个吗？
受访者：有人给我介绍过，我没去见。老娘也劝我，说家里没个女人不行。可是孩子们心里那道坎还没过去，我不想再让他们难受，等他们大一点再说。现在我每天最高兴的，是晚上收了摊，三个人坐在店里吃一碗粉，听他们讲学校的事。
访谈者：登记信息请您说一下。
受访者：店在{{address:长洲区兴龙街道新兴二路32号}}，住在{{address:长洲区长洲镇泗洲村三组17号}}。我的身份证{{id_number@my1979hyphen.532501}}，儿子的{{id_number@my2011x.450405}}。我电话{{mobile@h38}}，{{han:甘美玲}}的电话{{mobile@s434}}。我的微信{{wechat:dingzy_niuroufen}}。儿子有个QQ，他说跟班上同学交作业用，号码写在店里的菜单背面：{{qq:48261937}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我被写成{{spaced:丁 志 远}}，闺女是{{spaced:素 福 娅}}，老娘的经名写成{{spaced:黑蒂 哲}}，儿子是{{spaced:宰 克 里 雅}}。
访谈者：您最大的心愿是什么？
受访者：孩子们好好读书。{{minority/hui:舒爱卜}}这个名字是我爷爷起的，他说这是个手艺人的名字，靠手艺吃饭不丢人。
""")

# H877: Cantonese-speaking Han grandmother in 岑溪 raising three grandchildren; her son is in prison, his wife
# remarried in 广州.
DOCS["H877"] = ("family", """\
访谈者：阿婆，您带着几个孙？
受访者：三个。我叫{{han:覃亚凤}}，今年六十七，住在{{trap/place:岑溪}}乡下。村里同我差不多年纪的都叫我{{han:亚凤}}。老公前年走了。儿子{{han:吴志雄}}在{{trap/place:佛山}}跟人搞电信诈骗，判了五年，{{han:亚雄}}他现在在监狱里。新抱{{han:黎小燕}}去了{{trap/place:广州}}，再嫁了，{{han:亚燕}}那边有了新家，一年打两次电话。
访谈者：孙们多大？
受访者：大的{{han:吴俊朗}}十三，我们叫他{{han:朗仔}}，在{{school:岑溪市南渡镇初级中学七年级（3）班}}。二的是女，{{han:吴思琪}}，十岁，叫{{han:琪妹}}，在{{school:南渡镇中心小学四年级（1）班}}。细的{{han:吴家乐}}六岁，生出来细细粒，我叫他{{han:虾公}}，{{han:虾公}}都六岁了还要我喂饭。
访谈者：您一个人带三个，辛苦吗？
受访者：辛苦都要带。朝头五点起身煲粥，送他们上学再落田。最怕是{{han:朗仔}}，成日去河边捉鱼，我追都追不上。二的也乖，会帮手晒衫、喂鸡。
访谈者：有谁帮您？
受访者：村委的儿童主任{{han:钟姨}}，大名{{han:钟玉萍}}，三日两头上来看。佢帮我报了服刑人员子女的补助，三个孙每个月一共有{{trap/number:一千九百五}}，我自己有低保。镇民政办的{{han:何振宏}}来核过两次。{{han:莫支书}}帮我把屋顶换了新瓦。{{han:邓老师}}是大孙的班主任，后生女，好有耐性。镇社工站的{{compound:司徒颖欣}}每个月来一次，同佢一齐来的{{compound:欧阳嘉慧}}教孙女画画。
访谈者：孩子们想爸爸妈妈吗？
受访者：想啊。{{han:琪妹}}每晚都要打电话给{{han:亚燕}}，有时佢接，有时唔接。{{han:朗仔}}嘴上唔讲，上个月偷偷拿我的钱坐车去梧州，想转车去佛山看他爸，在车站被{{han:邓老师}}同派出所的人截住。那日我惊到腿都软。
访谈者：隔篱邻舍呢？
受访者：隔篱屋的{{han:冼叔}}，大名{{han:冼伟明}}，有部车，孙发烧就是佢揸车送去卫生院。卫生院的{{han:苏医生}}讲{{han:虾公}}有哮喘，药要长期食。对面的{{han:阿珍}}姐成日送菜过来。
访谈者：过年过节怎么过？
受访者：我最{{trap/word:钟意}}过年，三个孙都在身边。年三十我煲鸡汤，放块{{trap/word:陈皮}}，天未光就起身去拜神。我同孙们讲{{trap/famous:黄大仙}}的故事，讲佢点样帮穷人。
访谈者：孙们读书读得点样？
受访者：大的读书一般，数学差，英文更差，但系好识修嘢，屋企的风扇、电饭煲坏咗都系佢整好，老师话佢以后可以去读技校。二的读书好，奖状贴满半面墙，佢话大个要做医生，医好阿婆的腰。细的啱啱上一年级，成日喺课室瞓觉，老师打电话来，我都唔知点算。
访谈者：您自己身体怎么样？
受访者：腰骨痛，血压高，每个月去卫生院拎药。有时头晕，晒谷晒到一半要坐低抖下。我最惊自己突然倒低，三个孙冇人理。我同大的讲过，如果阿婆有咩事，你就打电话俾村委，打电话俾你姑姐。佢记住咗，仲用笔写喺墙上。
访谈者：屋企收入够用吗？
受访者：唔够都要够。低保加补助，加上我种的菜、养的鸡，食就够，着就靠人送。上年台风吹烂咗半边屋顶，系村委同镇上出钱整返的。开学要买书包、文具，社工妹会带一啲过来。
访谈者：村里还有像您这样的人家吗？
受访者：有好多。后生的都出去打工，村里剩低老人同细路。隔篱几条村都有，有的阿公阿婆带五六个孙。村委每个月开一次会，叫我们这些带孙的去听讲座，教点样防溺水、点样防诈骗。我听唔明普通话，佢哋就用白话同我再讲一次。
访谈者：去监狱看过儿子吗？
受访者：去过一次，{{han:钟玉萍}}陪我去的，坐了三个钟头车。{{han:亚雄}}瘦咗好多，隔住玻璃叫我阿妈，我眼泪止都止唔住。佢话出来之后要好好做人，要返来照顾仔女。
访谈者：登记表要写什么？
受访者：屋企在{{address:岑溪市南渡镇坭塘村六组23号}}。我的身份证{{id_number@wold.450481}}，{{han:吴家乐}}的{{id_number@my2018quad.450481}}。我唔识字，电话是大孙帮我写的：{{mobile@s74}}，{{han:钟姨}}的{{mobile@plain}}。佢有个QQ，话打机用，号码佢用粉笔写在门后面：{{qq:905316742}}。{{han:钟玉萍}}的微信是{{wechat:zhongyp_ntcun}}。
访谈者：名字写得对吗？
受访者：有错。学校把孙女写成{{spaced:吴 思 琪}}，低保表上我是{{spaced:覃　亚　凤}}，儿子的表上写成{{spaced:吴志 雄}}，社工妹签名是{{spaced:司 徒 颖 欣}}，我以为系四个人。
访谈者：您最盼什么？
受访者：盼{{han:亚雄}}早点出来。我老了，唔知还带得几年。
""")

# H878: Han middle-school teacher in 藤县 going through the four pupils in distress of her class, most of whose
# parents she reaches on WeChat and QQ.
DOCS["H878"] = ("teacher", """\
访谈者：{{han:容老师}}，您带的是哪个班？
受访者：{{school:藤县第二中学八年级（3）班}}，我当班主任第五年了。我叫{{han:容丽清}}，教语文。班上四十六个学生，留守的二十多个，真正困难的有四个，我一个一个跟你说。
访谈者：好。
受访者：第一个{{han:罗长林}}，十四岁。他爸在石场放炮出了事，人没了，他妈改嫁去了{{trap/place:玉林}}。现在跟爷爷{{han:罗德贵}}过，爷爷每回见我都泡{{trap/word:罗汉果}}茶。{{han:罗长林}}他话少，作文写得好，上学期写他爸，全班都哭了。他不用微信，只用QQ，号码他写在周记本封底：{{qq:63820459}}，晚上十点以后还在线，我就在QQ上催他睡觉。
访谈者：第二个呢？
受访者：第二个是女生{{han:黄雨晨}}，爸妈都在{{trap/place:东莞}}的鞋厂，一年回来一次，跟奶奶过。{{han:黄雨晨}}也懂事，可她奶奶去年中风，现在是她照顾奶奶。她妈{{han:陈秀芬}}的微信是{{wechat:chenxf_dongguan}}，我每周跟她说一回孩子的情况。她弟弟{{han:黄宇轩}}在{{school:藤州镇第四小学二年级（5）班}}，放学她先去接弟弟再回家做饭。
访谈者：第三个？
受访者：第三个{{han:梁子航}}，爸爸{{han:梁国锋}}因为抢劫判了八年，在{{trap/place:柳州}}服刑；妈妈{{han:韦桂香}}有精神病，时好时坏。孩子就跟着外婆。去年他在网上被人骗了三千块，是用外婆的手机转的账。后来派出所的{{han:甘警官}}来学校给全班上了一课防诈骗。他的QQ我也加了，号码是{{qq:2130958746}}，有时他半夜给我发一句“老师我睡不着”。
访谈者：第四个？
受访者：第四个是孤儿，{{han:覃晓琳}}，爸妈在她六岁那年出车祸走了，跟着叔叔{{han:覃国富}}。叔叔家也有三个孩子，婶婶对她不算好。{{han:覃晓琳}}说，她想初中毕业就去读卫校，早点挣钱。镇上的儿童主任{{han:何丽珍}}帮她办了孤儿基本生活费，每月{{trap/number:一千六百一}}，直接打到她自己的卡上。她叔叔的微信{{wechat:qin_guofu1979}}，我要跟他说事都是发语音。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:黎振华}}定了“一对一”，每个困难学生配一个老师。德育处{{han:莫主任}}管助学金，四个孩子都评上了。心理老师是去年新来的，叫{{compound:令狐晨曦}}，每周给他们做一次团体辅导。县社工站派来的{{compound:尉迟婧雯}}也常来，带他们去{{trap/place:浔江}}边上写生。县{{trap/org:妇联}}送来过一批书包。
访谈者：您跟家长怎么联系？
受访者：班上有个家长群，可这几个孩子的家长多半不在群里。{{han:罗德贵}}不识字，我就每两周去一趟他家，他家在{{address:藤县象棋镇道家村二组8号}}。{{han:韦桂香}}她病发的时候会在群里乱说话，我只好私下跟她娘家哥哥{{han:韦志敏}}联系。{{han:何丽珍}}的电话{{mobile@p86n}}，我存在手机里。我自己的微信是{{wechat:rong_yuwen_teng}}，家长们有事都找我。
访谈者：留守的孩子多，您平时怎么顾得过来？
受访者：顾不过来也得顾。我每天早上七点到教室，先看看谁没来、谁脸色不对。中午在办公室吃饭，下午放学留半小时，谁想说话就来找我。晚上批完作业，再在微信、QQ上一个一个回消息，常常弄到十二点。我老公说我管别人的孩子比管自己的还上心，我说我自己的孩子有爸妈在身边，这几个没有。
访谈者：家访的时候看到些什么？
受访者：有的家里连张书桌都没有，孩子趴在床上写作业；有的老人一个人种几亩地，还要带三个孙。去年冬天我去一个孩子家，屋里冷得跟外面一样，孩子穿着单裤。回来我在家长群里发了个倡议，家长们捐了三十多件棉衣。
访谈者：孩子们平时有什么爱好？
受访者：{{han:罗长林}}爱看历史书，说{{trap/famous:袁崇焕}}是我们藤县人，他以后也要当大将军。{{han:黄雨晨}}喜欢唱歌，元旦晚会唱了一首，她妈在视频里看哭了。一个打篮球，一个爱画画。我跟他们说，心里有事就打{{trap/hotline:12355}}，也可以来找我。
访谈者：班上有没有同学欺负他们？
受访者：有过。有人拿{{han:梁子航}}他爸的事取笑他，他动手打了人。我没有只罚他，把几个孩子都叫到办公室，一个一个谈，后来又开了一次班会，讲每个人家里都可能遇到难处。现在班上没人再提了。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上把{{spaced:罗 长 林}}中间空了格，{{spaced:覃晓 琳}}分成两截，县里下发的名单把社工写成了{{spaced:尉 迟 婧 雯}}。
访谈者：有什么想说的？
受访者：希望这几个孩子都能读完初中，再读个高中或者职校，别十五六岁就去东莞进厂。去年毕业的一个学生，也是留守的，考上了梧州的高中，开学前特意回来看我，给我带了一包家里晒的八角。我跟这几个孩子讲她的事，告诉他们，路是能走出去的。
""")

# H879: Han township social worker in 苍梧 (京南镇) reading out her register of children in distress.
DOCS["H879"] = ("staff", """\
访谈者：您今天带来的是什么本子？
受访者：困境儿童登记册。我叫{{han:廖美华}}，在{{trap/place:苍梧县}}{{trap/place:京南镇}}社工站，跟镇民政办一起管这一块。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:邱文博}}，男，九岁，{{school:京南镇中心小学三年级（2）班}}。爸爸{{han:邱永强}}尿毒症，一周透析三次，妈妈四年前走了没回来。兄妹俩跟奶奶{{han:周桂英}}过，妹妹{{han:邱文静}}六岁。住{{address:苍梧县京南镇旺步村四组12号}}。{{han:邱文博}}的身份证{{id_number@my2015.450421}}，奶奶的{{id_number@wold.450421}}。低保全额，两个孩子各有困境儿童补贴{{trap/number:八百二十元}}。
访谈者：第二户？
受访者：第二户是孤儿，叫{{compound:皇甫子涵}}，女，十一岁。前年发大水，她爸妈开船在{{trap/place:西江}}上翻了，都没找到。现在跟姨妈{{han:蒋秀珍}}过，村里都叫她{{han:蒋姨}}。她家在{{address:苍梧县京南镇六科村二组5号}}。孩子的身份证{{id_number@wy2013fwspaced.450421}}，孤儿基本生活费每月{{trap/number:一千四百三}}。
访谈者：第三户？
受访者：第三户，{{han:植伟豪}}，男，十二岁，在{{school:京南镇初级中学七年级（1）班}}。爸爸{{han:植国安}}贩毒，判了十五年；妈妈{{han:罗丽红}}在深圳打工，很少回来。跟爷爷过，爷爷七十五，耳朵背。{{han:植伟豪}}跟人学抽烟，学校{{han:梁校长}}找过我两回。
访谈者：第四户？
受访者：第四户，{{han:龚欣然}}，女，八岁。爸爸{{han:龚建新}}是盲人，在镇上按摩；妈妈{{han:邹小梅}}智力残疾，二级，{{trap/org:县残联}}给办的证。{{han:龚建新}}他每天扶着墙送女儿上学。住{{address:苍梧县京南镇新街社区文明路9号}}，他的身份证{{id_number@mmidx.450421}}，电话{{mobile@plus86spaced}}。
访谈者：第五户？
受访者：第五户是留守，{{han:冯家兴}}，七岁，爸妈在东莞，跟外婆{{han:黄金莲}}，外婆也有高血压。住{{address:苍梧县京南镇龙华村七组31号}}，外婆的身份证{{id_number@wold.450421}}。
访谈者：你们是怎么发现这些孩子的？
受访者：一是村里的儿童主任报上来，二是学校发现，三是我们自己入户排查。每年春秋两季，我们跟村干部挨家挨户走一遍，看哪家大人病了、哪家大人不在了、哪家孩子没人管。有的是邻居悄悄告诉我们的。去年有个孩子，父母在外地离了婚，谁都不要他，他在爷爷家住了一年，爷爷去世以后才被我们发现。
访谈者：找到以后怎么办？
受访者：先评估，看孩子缺什么：缺钱的报救助，缺人照顾的找亲属、找寄养，缺心理支持的我们上门做个案。每个孩子都有一个档案，半年评估一次。我们站里就三个人，跟着一百二十多个孩子，有时候一个礼拜跑六个村。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:岑所长}}总负责，材料报到县{{trap/org:民政局}}。各村的儿童主任，旺步村是{{han:石丽琼}}，六科村是{{han:欧婶}}。站里同事{{compound:上官云舒}}跟第一户、第三户，新来的{{compound:巫马思雨}}跟第二户。县里的督导叫{{compound:长孙伟杰}}，每月下来查一次台账。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{compound:皇甫子涵}}被写成{{spaced:皇 甫 子 涵}}，还有一张写成{{spaced:皇甫 子涵}}；{{spaced:邱　文　博}}；{{spaced:龚 欣 然}}；{{spaced:植伟 豪}}；同事也被写成{{spaced:巫　马　思　雨}}。我们年底一起核一遍。
访谈者：这些孩子里有没有让您特别放不下的？
受访者：第二户那个小姑娘。她爸妈出事那天她就在岸上，眼看着船翻了。她现在不敢靠近江边，一打雷就躲到床底下。我们请了县里的心理咨询师给她做治疗，一个月两次。她姨妈说，这半年她晚上能睡整觉了。我每次去，她都要我陪她折纸船，折好了摆在窗台上，不放进水里。
访谈者：联系方式呢？
受访者：{{han:周桂英}}没手机，打她邻居的；{{han:蒋秀珍}}的电话{{mobile@fws}}，{{han:罗丽红}}在深圳的电话{{mobile@p86h}}。我的工作微信{{wechat:liaomh_sgz2020}}。{{han:植伟豪}}有QQ，我加了，他说不开心就在上面留言，号码是{{qq:3871062459}}。
访谈者：做这个工作最难的是什么？
受访者：最难的是孩子不肯说。{{han:龚欣然}}她头两个月一句话都不跟我讲，后来我每次去都带一本绘本，她才慢慢开口。还有就是老人不会用手机，补助到了也不知道，我得一家一家去告诉。我们自己也会被孩子的事压得喘不过气，站里每个月请督导来给我们做一次减压。有事也可以打{{trap/hotline:12345}}。
""")

# H880: Han boatman on the 西江 who lost his wife last year and raises two children, who live with his sister.
DOCS["H880"] = ("family", """\
访谈者：大哥，您在{{trap/place:西江}}上跑船多少年了？
受访者：二十多年了，从我阿爸那辈就在船上。我叫{{han:冯水根}}，跑沙船，从{{trap/place:封开}}运沙到{{trap/place:肇庆}}。船上的人都叫我{{han:根叔}}。
访谈者：家里现在什么情况？
受访者：老婆{{han:黎秀英}}去年三月走的，宫颈癌，发现的时候已经晚了。她跟我在船上十五年，煮饭、掌舵都会。{{han:黎秀英}}走之前跟我说，一定要让两个细的读书，不要再上船。
访谈者：孩子们多大？
受访者：女儿{{han:冯晓帆}}十四，儿子{{han:冯江海}}九岁。名字都是她妈起的，说一个要有帆，一个要有江有海。以前孩子们跟着我们在船上，现在上学了，{{han:晓帆}}在{{school:长洲区倒水中学八年级（2）班}}住校；{{han:江海}}在{{school:倒水镇中心小学三年级（1）班}}，平时住他姑妈{{han:冯秀兰}}家。
访谈者：孩子妈妈生病那段时间，家里怎么过的？
受访者：她住了四个月院，先在梧州住了两个月，又转到广州。我把船停了，在医院陪床，船租给别人跑。前后花了二十几万，医保报了一半，剩下的借亲戚的，还在网上筹了一些，好多不认识的人捐了钱。她走了以后，我又把船开起来了，不开不行，债要还。
访谈者：姑妈那边怎么样？
受访者：{{han:冯秀兰}}她自己也有两个孩子，男人在工地上。两个孩子放在她那边，我每个月给她一千五生活费。{{han:江海}}也听话，就是晚上尿床，他姑妈说是想妈妈想的。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:谭婶}}，她把我们家报了困境儿童，两个孩子每月{{trap/number:九百四十元}}。镇上民政的{{han:程志坚}}说，我跑船收入不固定，可以申请低保，材料他帮我准备。{{han:晓帆}}的班主任{{han:邝丽君}}老师知道她妈走了，每周找她聊一次，还帮她申请了助学金。学校的心理老师叫{{compound:司马俊熙}}，区里社工站的{{compound:拓跋雨欣}}暑假带两个孩子去了一趟科技馆。
访谈者：您跑船的时候孩子怎么办？
受访者：一趟来回五六天。船老板{{han:关伟成}}照顾我，尽量派短途的活给我。{{han:关伟成}}他也是船上长大的，知道苦。周末我靠岸就回去，给孩子们做饭、洗衣服。{{han:晓帆}}说，阿爸你别跑船了，太危险。我说不跑船吃什么呢。
访谈者：船上的生活是什么样的？
受访者：一条船就是一个家，吃喝拉撒都在上面。以前孩子们小，我们一家四口挤在后舱，下雨天漏水，她妈就拿盆接着。孩子们在船上学会走路，学会游泳，也学会了认航标灯。现在船上就我一个人，晚上停在锚地，四周黑漆漆的，只听见水响。我常常打开手机看孩子们的照片，看着看着就睡着了。
访谈者：孩子们在学校怎么样？
受访者：{{han:冯晓帆}}成绩中上，爱游泳，是她妈教的。{{han:冯江海}}数学好，老师说他脑子灵。上学期开家长会，我在船上回不来，是孩子们的姑妈去的。家长会上{{han:邝丽君}}老师表扬了{{han:江海}}。
访谈者：孩子们怎么面对妈妈走了这件事？
受访者：女儿大，懂事，哭过几回就不哭了，反倒来安慰我。儿子小，开始不明白，以为妈妈去广州看病还没回来。有一天他在学校画画，画了一条船，船上有四个人，老师偷偷拍了照片发给我，我在船上看了半天。
访谈者：您对以后有什么打算？
受访者：我想上岸，找份工。我托人打听过，码头上招装卸工，物流公司也招司机，我有船员证，也可以去问问有没有跑短途的活。{{trap/word:江水}}一年比一年急，沙船也越来越难跑。码头上天黑得早，{{trap/word:关门}}也早。阿爸那辈人拜{{trap/famous:龙母}}，说她保佑船上人平安。我现在也拜，只求两个孩子平平安安。
访谈者：登记信息请您说一下。
受访者：户口在{{address:长洲区倒水镇古凤村三组6号}}，孩子姑妈家在{{address:长洲区倒水镇古凤村一组19号}}。我的身份证{{id_number@my1975spaced.450405}}，女儿的{{id_number@wy2010fullwidth.450405}}。电话{{mobile@plus86}}，{{han:冯秀兰}}的{{mobile@spaced}}。女儿的微信{{wechat:xiaofan_xijiang}}。她还有个QQ，说跟同学讨论作业，号码她写在我船舱的板壁上：{{qq:716249503}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:冯 水 根}}，女儿写成{{spaced:冯晓 帆}}，学校花名册上儿子是{{spaced:冯　江　海}}。
访谈者：最后您想说什么？
受访者：盼他们读出去，不要像我一样一辈子漂在江上。我没文化，就会说一句：多谢{{han:谭婶}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=873,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout110",))


if __name__ == "__main__":
    main()
