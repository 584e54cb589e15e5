# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 183 (tests/pii/holdout183/H1449-H1456 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 182, written at the same time, is not
an earlier set).

Set 183 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宁都 and 石城 (赣州, Jiangxi): a Yi mother from 美姑 married into 横江镇 (石城), her Han husband in prison for a
fight; a Hui grandfather from 同心 who sells beef in 梅江镇 (宁都) and raises two grandchildren, his son killed on
the road and the children's mother gone; a Kazakh father from 新源 who lost his right hand welding in 石城 and whose
Hakka wife left; a Mongolian grandmother from 乌审旗 raising in 长胜镇 (宁都) her orphaned, hard-of-hearing
granddaughter; a Hakka 儿童主任 of a community in 琴江镇 (石城) reading out her list; the head of the children's
welfare section of 宁都 county's civil-affairs bureau; the school doctor of a primary school in 琴江镇; and a Hakka
village cadre of 大湖村 (长胜镇) who raises his own grandson (the Han family with Hakka speech and the village cadre
are one speaker, so that eight speakers cover every voice of the brief). The emphasis is on forms where a
replacement might cover only part of a name, or miss it, in a mix rather than one trick: Yi names (阿侯以作,
阿侯日火, 马海惹几, 阿苏日古, 阿苏古哈) with short forms (以作, 惹几, 古哈), the Han father's surname before the
boy's Yi name on the roll (温子铁, which reads like a Han name) and the mother's before a girl's (肖阿果),
nicknames made from Yi names (铁铁, 小古); Hui 经名 used alone (以德勒斯, 祖贝勒, 撒丽麦, 尤讷斯, 素迈叶, 撒福丁,
海妮菲) beside Han-form names (锁正林, 锁建军, 锁晓蕊, 喇凤琴), the surname 锁 before an 经名 (锁尤讷斯) and
forms of address made from an 经名 (小尤, 迈迈); Kazakh given name + father's name with ·, ‧, ・, •, ．, . and
no dot (加恩斯别克·吐尔逊拜, 别克博拉特‧加恩斯别克, 乌勒江・加恩斯别克, 别克博拉特•加恩斯别克,
乌勒江．加恩斯别克, 萨吾丽叶.吐尔逊拜, 别克博拉特加恩斯别克), given names alone, the Hakka mother's surname
before the girl's Kazakh name (赖乌勒江) and forms of address made from a Kazakh name (老加, 加师傅, 别凯, 江妹);
Mongolian names (敖其尔玛, 乌日罕娜, 贡其格仁钦, 孟根乌拉, 阿日贡娜, 乌力吉门德) with a Han surname before a
Mongolian given name (钟嘎茹迪, 黄朝克图), the short form (嘎茹迪, also in 嘎茹迪妹, span 嘎茹迪) and the grandmother called as if 敖
were her surname (敖奶奶); Han names with surnames of the region, common and rare (温, 池, 练, 揭, 管, 曾, 幸, 凌,
邝, 赖, 危, 邱, 游, 钟, 廖, 肖, 连, 于, 全, 黎, 阙, 官, 宁, 应, 从, 卓, 宾, 华, 谢, 喇, 虎); surnames and given
names that are words right before grammar words, pronouns and verbs (池冬梅却, 宋细妹倒是, 管金花管得严,
廖再兴再三, 钟满娣满村, 连水生连饭都, 于桂蓉于心不忍, 全冬英全靠, 乐正鸣岐正在, 应家旺应该, 从福林从来,
钟才旺才七岁, 温正平正经, 华秋蕙佢, 温腊生他, 赖春娣她, 温煜轩被) and after 叫/是/喊/跟/让/给/教/陪/谢谢
(谢谢谢金秀); names that contain words beside those words used as words (温婉秋 and 温婉, 揭晓峰 and 揭晓,
曾经伟 and 曾经, 幸福旺 and 幸福) and surnames beside words that start with them (池塘, 练习, 危险, 游泳,
游手好闲, 幸亏, 官司, 宾馆, 锁门, 马海毛, 长孙, 濮阳, 西门口, 左丘明, 诸葛亮); names inside organisation-like
phrases (黎明亮修车铺, 谢金秀小卖部); titles and kin words after names (练春华老师, 曾经伟老师, 罗秋生医生; the
span is the name only); a surname with only a title or kin word, annotated whole (温婶, 锁师傅, 老锁, 虎阿訇,
邱主任, 邱阿姨, 宁股长, 凌股长, 卓局长, 宾医生, 廖委员, 阙所长, 廖阿公, 黄伯姆, 钟书记); Hakka nicknames,
annotated whole (石牯, 猫牯); names closing a line with no stop (…问子铁, …还系廖长生); names spaced out
character by character in half- and full-width spaces, a dotted name with spaces around the dot
(乌勒江 ・ 加恩斯别克) and names split in two; compound surnames after ordinary words (钟离, 澹台, 申屠, 宇文,
夏侯, 司徒, 濮阳, 上官, 西门, 赫连, 乐正, 皇甫, 宗政, 左丘, 诸葛, 欧阳, 万俟, 长孙, 独孤, 南宫); and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:黄伯姆}}``, ``{{qq:2047739158}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1989quad.513436}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生) and a particle, pronoun or verb
written directly after a name (却, 倒是, 管, 再三, 满村, 连, 于心不忍, 全, 正在, 应该, 从来, 才, 正经, 佢, 他, 她,
被, 讲) are outside the span; a surname with only a title or kin word (温婶, 锁师傅, 老锁, 邱阿姨, 廖阿公, 黄伯姆)
and a local nickname (石牯, 猫牯) are annotated whole. Han-style names of Hui people (锁正林, 锁建军, 锁晓蕊,
喇凤琴) and the Yi mother called by her husband's surname (温婶) are category han; a Han surname before a non-Han
given name (温子铁, 肖阿果, 锁尤讷斯, 赖乌勒江, 钟嘎茹迪, 黄朝克图) is category minority, and so are forms of
address made from a non-Han name (铁铁, 小古, 小尤, 迈迈, 老加, 加师傅, 别凯, 江妹, 敖奶奶).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout183/make_holdout183.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(183_2026_1207)
MINORITY_GROUPS = ('mongolian', 'kazakh', 'hui', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "180", "182", "183", "185",
                   "186", "188", "193", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1449: Yi mother from 美姑 (凉山) married into 横江镇 (石城); her Han husband is in prison.
DOCS["H1449"] = ("family", """\
访谈者：{{minority/yi:以作}}姐，您嫁到石城几年了？
受访者：十二年了。我叫{{minority/yi:阿侯以作}}，老家在四川{{trap/place:美姑}}，大凉山里头。嫁到{{trap/place:横江镇}}以后，村里人念不惯彝族名字，老的喊我{{minority/yi:以作}}，细伢子跟着我老公的姓，喊我{{han:温婶}}。
访谈者：怎么认识您爱人的？
受访者：在{{trap/place:惠州}}的鞋厂，他是拉长，我在流水线上。他叫{{han:温腊生}}，人老实，就是脾气急。前年在镇上跟人争鱼塘，一拳把人打成重伤，判了三年半，关在{{trap/place:南昌}}。{{han:温腊生}}他自己也后悔，信里讲对不住两个孩子。
访谈者：孩子们多大了？
受访者：大的男孩十岁，彝族名字叫{{minority/yi:子铁}}，户口随他爸，学校名册上写的是{{minority/yi:温子铁}}，在{{school:石城县横江中心小学四年级（3）班}}。屋里喊他{{minority/yi:铁铁}}。小的女孩七岁，叫{{han:温婉秋}}，在{{school:横江中心小学一年级2班}}。名字是她爷爷取的，可她一点都不{{trap/word:温婉}}，天天跟哥哥抢遥控器。
访谈者：他们知道爸爸的事吗？
受访者：大的知道。有同学讲他爸是劳改犯，{{minority/yi:铁铁}}把人家书包扔到{{trap/word:池塘}}里去了。班主任{{han:练春华}}老师没骂他，罚他放学留下来{{trap/word:练习}}写字，一边写一边陪他讲话。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:池冬梅}}，是她上门帮我们报的服刑人员子女补助，两个孩子每人每月{{trap/number:六百五十块}}。我跑了好几趟都办不下来，{{han:池冬梅}}却一趟就跑通了。镇民政所的{{han:揭晓峰}}来核过家里的情况，讲要等县里{{trap/word:揭晓}}，过了一个月就批下来了。司法所的{{compound:钟离砚舟}}帮我们约视频会见，县社工站派了个叫{{compound:澹台秋棠}}的女社工，每个月来陪{{minority/yi:子铁}}一回。
访谈者：您现在靠什么生活？
受访者：在镇上{{han:管金花}}开的米粉厂做工，一天八十块。{{han:管金花}}管得严，可她晓得我的事，让我下午四点先走去接孩子。公公{{han:温木生}}七十多了，帮我看屋、种菜。
访谈者：在这边有老乡吗？
受访者：有一个，{{minority/yi:马海惹几}}，昭觉人，嫁到{{trap/place:小松镇}}，在毛衣厂织{{trap/word:马海毛}}。我们一个月见一回，讲讲彝话。{{minority/yi:惹几}}讲，{{minority/yi:以作}}，你莫哭，哭多了眼睛坏。
访谈者：老家那边呢？
受访者：我{{trap/minority_word:阿嫫}}还在美姑，哥哥{{minority/yi:阿侯日火}}在家放羊。{{trap/minority_word:火把节}}的时候哥哥寄一包{{trap/minority_word:苦荞}}来，我做{{trap/minority_word:坨坨肉}}给孩子们吃。{{minority/yi:铁铁}}爱听{{trap/famous:支格阿鲁}}射太阳的故事，讲长大要当英雄，把他爸接回来。
访谈者：会见的时候孩子们怎么样？
受访者：视频会见一个月一回，二十分钟。小的趴在屏幕前面喊爸爸，喊完就哭；大的坐在旁边不出声，等快挂了才讲一句“爸，你好好改造”。他爸在那边剃了光头，瘦了一圈，每回都问作业写完冇、饭吃饱冇。挂了电话，大的一个人跑到后山坐到天黑，我也不去叫他，让他坐。
访谈者：您在这边过得惯吗？
受访者：刚来的时候过不惯，吃不惯辣椒炒的菜，也听不懂客家话，人家问我“食饭冇”，我还以为是骂我。后来跟着婆婆学，现在会做酿豆腐、黄元米果了。村里人对我好，哪家杀猪都喊我去吃一碗。就是冬天湿冷，比凉山的干冷难受，骨头缝里都疼。
访谈者：孩子们在学校讲彝话吗？
受访者：不讲，怕人家笑。在屋里我跟他们讲彝话，大的听得懂，讲不出来；小的只会讲“妈妈”“吃饭”。我想教他们写彝文，自己也忘得差不多了。
访谈者：钱够用吗？
受访者：紧巴巴的。米粉厂一个月两千出头，加上补助，公公还有一点养老金。大的今年要买校服、交资料费，小的要看牙。我不敢生病，也不敢回娘家，回一趟凉山，来回车票就要一千多。去年过年没回去，我妈在电话里哭，我也哭。
访谈者：最难的是什么时候？
受访者：去年冬天小的发高烧，半夜叫不到车，是隔壁的{{han:宋细妹}}骑电动车把我们送到镇卫生院。{{han:宋细妹}}倒是一句怨言都冇，第二天还煮了粥送过来。
访谈者：登记的信息请您说一下。
受访者：屋在{{address:石城县横江镇坪溪村上屋组17号}}。我的身份证{{id_number@wy1989quad.513436}}，大的{{id_number@my2015.360735}}，小的{{id_number@wy2018fwspaced.360735}}。我电话{{mobile@s38}}，{{han:池冬梅}}的{{mobile@hyphen}}。我的微信叫{{wechat:azhi_jiwu89}}，大的有个扣扣，班上让申请的：{{qq:73920516}}。
访谈者：表上的名字写得对吗？
受访者：不对。补助表上我是{{spaced:阿 侯 以 作}}，大的写成{{spaced:温　子铁}}，连他爸都写成了{{spaced:温 腊 生}}。
访谈者：您最盼什么？
受访者：盼他爸早点出来，一家人在石城好好过日子。等大的再大一点，带他回美姑看{{trap/minority_word:阿嫫}}，她天天在电话里问{{minority/yi:子铁}}
""")

# H1450: Hui grandfather from 同心 (宁夏) who sells beef in 梅江镇 (宁都); his son died and the boy's mother is gone.
DOCS["H1450"] = ("family", """\
访谈者：老人家，您这个肉摊摆了多久了？
受访者：八年了。我叫{{han:锁正林}}，经名{{minority/hui:以德勒斯}}，宁夏{{trap/place:同心}}人。{{trap/word:锁门}}的锁，这个姓在{{trap/place:宁都}}找不出第二家。市场里的人喊我{{han:锁师傅}}，喊顺了就喊{{han:老锁}}。
访谈者：怎么从宁夏到宁都来了？
受访者：儿子{{han:锁建军}}，经名{{minority/hui:祖贝勒}}，早年在{{trap/place:厦门}}打工，认得了宁都的{{han:曾秋燕}}，结了婚就在这边安了家。我跟老伴后来也过来了，在{{trap/place:梅江镇}}菜市场卖牛羊肉。老伴经名{{minority/hui:撒丽麦}}，前年腊月没的。
访谈者：孩子们的爸妈呢？
受访者：去年三月，{{han:锁建军}}开货车在高速上出了事，人当场就没了。办完后事，{{han:曾秋燕}}讲回娘家住几天，就再没回来，电话也打不通。现在一家就剩我跟两个孙子。
访谈者：孙子们多大？
受访者：孙子经名{{minority/hui:尤讷斯}}，十一岁，学校名册上是{{minority/hui:锁尤讷斯}}，在{{school:宁都县城北小学五年级（4）班}}。老师嫌四个字拗口，喊他{{minority/hui:小尤}}。孙女汉名{{han:锁晓蕊}}，经名{{minority/hui:素迈叶}}，七岁，在{{school:城北小学二年级1班}}，屋里都喊她{{minority/hui:迈迈}}。{{minority/hui:尤讷斯}}长得{{trap/word:虎头虎脑}}，可他爸走了以后就不大讲话。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:幸玉兰}}。{{trap/word:幸亏}}有{{han:幸玉兰}}，她帮我报了事实无人抚养，两个孩子每人每月{{trap/number:一千五百八}}，我自己也进了低保。县民政局的{{han:凌晓东}}来核过两回，派出所开了{{han:曾秋燕}}失联的证明，才批下来。律师{{compound:申屠峻岭}}帮我们打官司要车祸的赔偿，一分钱没收。
访谈者：学校那边呢？
受访者：{{minority/hui:尤讷斯}}的班主任{{han:曾经伟}}老师，对他格外上心。{{han:曾经伟}}讲他自己{{trap/word:曾经}}也是没爸的孩子，晓得那个滋味。学校食堂没有清真的，他跟校长讲好，让孩子带饭。县社工站的{{compound:宇文静宜}}每个礼拜来陪{{minority/hui:迈迈}}画画。
访谈者：您每天怎么安排？
受访者：半夜三点去屠宰场拿肉，六点出摊，中午收摊回来做饭。隔壁卖菜的{{han:邝来娣}}讲客家话：“{{han:老锁}}，你食饭冇？”我开头听不懂，现在也会讲几句了。下午孩子放学，{{minority/hui:迈迈}}又跑到摊子上帮我收钱。
访谈者：孩子们会跟您讲起爸爸吗？
受访者：孙子不提，孙女天天提。吃饭的时候她摆四双筷子，讲一双给爸爸，一双给奶奶。我不敢收，就让它摆着。孙子夜里做噩梦，喊“爸，刹车”，我就坐起来拍他的背，一直拍到天亮。
访谈者：生意怎么样？
受访者：一天卖三四十斤肉，好的时候五六十斤。宁都人爱吃牛肉，过年前后生意好，平时一般。摊位费一个月六百，还要交卫生费。我一个老汉，早上搬半扇牛肉上案板，腰都要断了。礼拜天孙子帮我剁骨头，刀比他胳膊还长，我看着心里发紧。
访谈者：孙女怎么样？
受访者：孙女心大，爱笑，爱唱歌，跟着隔壁的细妹子学了一口客家话，回来教我讲“涯”“佢”。就是夜里要搂着我睡，我一松手她就醒。
访谈者：想过回宁夏吗？
受访者：想过。同心那边还有两间土房、几亩旱地，可孩子们生在这边，讲一口宁都话，回去连饭都吃不惯。老伴也葬在这边了，我不走了。
访谈者：宗教上的事方便吗？
受访者：宁都没有清真寺，礼拜在屋里做。{{trap/minority_word:开斋节}}的时候，在县城开拉面馆的老乡{{minority/hui:撒福丁}}叫我们过去，炸{{trap/minority_word:油香}}，泡{{trap/minority_word:盖碗茶}}。{{minority/hui:撒福丁}}是临夏来的，他讲{{trap/place:赣州}}有个{{han:虎阿訇}}，{{trap/minority_word:尔麦里}}的时候会过来念经。我给孙子讲{{trap/famous:马本斋}}的故事，讲回回也有英雄。
访谈者：您身体怎么样？
受访者：血压高，腰也不好。我六十七了，最怕哪天倒了，两个孩子没人管。{{han:幸玉兰}}讲，真到那一天，政府会管。我信她。
访谈者：登记的信息请您说一下。
受访者：住在{{address:宁都县梅江镇城北路菜市场后巷9号}}，老家在{{address:同心县预旺镇南关村四组11号}}。我的身份证{{id_number@mold.640324}}，孙子的{{id_number@my2014hyphen.360730}}，孙女的{{id_number@wy2018x.360730}}。我电话{{mobile@plain}}，{{han:幸玉兰}}的{{mobile@p86h}}。孙子用我手机开了个QQ：{{qq:2047739158}}。我的微信是老师帮我弄的，叫{{wechat:suo_yidelesi}}。
访谈者：表上名字都写对了吗？
受访者：乱得很。低保表上我是{{spaced:锁 正林}}，孙子写成{{spaced:锁　尤　讷　斯}}，孙女写成{{spaced:素 迈 叶}}，还有张表把我老伴写成了{{spaced:撒 丽 麦}}。
访谈者：最后还想说什么？
受访者：我们回回讲，孤儿要善待。这两个孩子，我拼了老命也要带大，将来让他们回同心给他爸上坟。
""")

# H1451: Kazakh father from 新源 (伊犁) who lost his right hand welding in 石城; his Hakka wife left.
DOCS["H1451"] = ("family", """\
访谈者：师傅，您的手是怎么伤的？
受访者：前年在{{trap/place:石城}}工业园的钢构厂电焊，吊车掉下一块钢板，右手压没了。我叫{{minority/kazakh:加恩斯别克·吐尔逊拜}}，新疆{{trap/place:新源}}人，{{trap/place:那拉提}}草原边上长大的。厂里的人念不全，都喊我{{minority/kazakh:老加}}，老板喊我{{minority/kazakh:加师傅}}。
访谈者：怎么到石城来的？
受访者：十五年前在{{trap/place:乌鲁木齐}}工地上认得了我老婆{{han:赖春娣}}，她是石城人，我跟她回来的。电焊是{{trap/word:危险}}活，可一天能挣三百。老板{{han:危国强}}人还行，出了事给垫了医药费。
访谈者：您爱人呢？
受访者：我手没了以后，家里没了进项，天天吵。去年她跟人去了{{trap/place:义乌}}，电话也不接了。{{han:赖春娣}}她不要我可以，孩子她也不要了。
访谈者：孩子们多大？
受访者：儿子{{minority/kazakh:别克博拉特‧加恩斯别克}}，十三岁，学校名册上没有点，连成一串{{minority/kazakh:别克博拉特加恩斯别克}}，在{{school:石城中学初一（5）班}}。同学喊他{{minority/kazakh:别凯}}。女儿{{minority/kazakh:乌勒江・加恩斯别克}}，九岁，户口落在她妈那边，名册上写{{minority/kazakh:赖乌勒江}}，在{{school:石城县琴江小学三年级三班}}。我们喊她{{minority/kazakh:江妹}}。{{minority/kazakh:乌勒江}}这个名字是她奶奶起的，我们那边的老规矩，盼下一个生儿子。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:邱桂香}}，她帮两个孩子报了困境儿童，每人每月{{trap/number:九百二十块}}，我也进了低保。县残联的{{han:游建新}}给我办了残疾证，三级，有残疾人生活补贴。县社工站的{{compound:夏侯一凡}}每个礼拜来一回，教{{minority/kazakh:乌勒江}}读课文。儿子的班主任{{compound:司徒碧云}}把他的资料费免了。
访谈者：孩子们怎么样？
受访者：{{minority/kazakh:别克博拉特}}懂事，放学回来做饭、洗衣服，我一只手做不来的他都做。可他在学校跟人打架，人家讲他妈跑了，他就动手。{{minority/kazakh:江妹}}爱哭，晚上抱着她妈的衣服睡。夏天两个孩子想去{{trap/place:琴江}}里{{trap/word:游泳}}，我不准，我怕。
访谈者：儿子打架的事，学校怎么处理的？
受访者：班主任把我叫去，我以为要罚他。老师讲，孩子心里苦，要有人听他讲。后来学校让他当了体育委员，管全班跑操，他有了事做，架也打得少了。他跑步快，去年县里运动会拿了八百米第二，奖状贴在床头，天天看。
访谈者：女儿的哮喘呢？
受访者：一到春天回南天就犯，夜里喘得坐起来。学校的校医备了药，社区给办了慢性病卡，买药能报一半。
访谈者：手伤了以后，您心里是怎么过来的？
受访者：头半年不想活。躺在床上看天花板，一只手连裤带都系不上。是儿子每天给我打热水、擦身子，女儿趴在床边给我唱哈萨克歌，那是她奶奶在电话里教的。有一天儿子讲：“爸，你还有一只手，我们还有四只。”我就起来了。工伤认定跑了一年，赔的钱还了医药费的账，剩下的存着给孩子读书。
访谈者：您小时候在老家是怎么过的？
受访者：我小时候的{{trap/minority_word:阿吾勒}}在山沟里，夏天上山，冬天下山，骑马上学。这边没有草原，只有山和田，一年到头落雨。头几年我想家想得睡不着，现在梦里都是石城的路了。隔壁的客家阿婆教女儿做米果，女儿教阿婆唱哈萨克歌，两个人谁也听不懂谁，还笑得不得了。
访谈者：您现在做什么？
受访者：厂里让我看大门，一个月两千二。{{han:危国强}}讲，{{minority/kazakh:老加}}你莫急，看门也是份工。他自己开一辆旧面包车，过年还拉我们去赣州玩了一趟。
访谈者：孩子们的妈妈还联系吗？
受访者：过年打过一回电话，跟女儿讲了五分钟，儿子不肯接。我不讲她坏话，她也难，嫁给我这个残废。我只跟孩子们讲，你妈是你妈，等你们长大了，自己去找她。
访谈者：老家还有人吗？
受访者：我爸{{minority/kazakh:吐尔逊拜}}八十了，妹妹{{minority/kazakh:萨吾丽叶.吐尔逊拜}}在新源照顾他，每年寄一箱{{trap/minority_word:包尔萨克}}和马肠子来。{{minority/kazakh:萨吾丽叶}}讲，哥你回来吧。我回去做什么呢？孩子们都讲客家话了。在赣州做生意的老乡{{minority/kazakh:叶尔哈利阿布都}}常来看我，讲{{trap/famous:霍加纳斯尔}}的笑话，孩子们笑得在地上打滚。
访谈者：登记的信息请您说一下。
受访者：住在{{address:石城县琴江镇工业园职工宿舍2栋316}}。我的身份证{{id_number@my1979fwhyphen.654025}}，儿子的{{id_number@my2012.360735}}，女儿的{{id_number@wy2016spaced.360735}}。我电话{{mobile@plus86}}，{{han:邱桂香}}的{{mobile@s74}}。我的微信{{wechat:Zhanysbek_xy}}，儿子的QQ是{{qq:３１８０６４２９７５}}。
访谈者：表上的名字写得对吗？
受访者：哪有对的。残疾证上写成{{spaced:加 恩 斯 别 克}}，女儿写成{{spaced:乌勒江 ・ 加恩斯别克}}，儿子写成{{spaced:别 克 博 拉 特}}。
访谈者：您最盼什么？
受访者：盼两个孩子平平安安长大。等{{minority/kazakh:别凯}}考上大学，我带他们回那拉提看{{trap/minority_word:阿肯弹唱}}。
""")

# H1452: Mongolian grandmother from 乌审旗 raising in 长胜镇 (宁都) her orphaned, hard-of-hearing granddaughter.
DOCS["H1452"] = ("family", """\
访谈者：奶奶，您是从内蒙古过来的？
受访者：是，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}，{{trap/place:毛乌素}}沙漠边上。我叫{{minority/mongolian:敖其尔玛}}，名字是老家的喇嘛起的。这边人念不顺，就喊我{{minority/mongolian:敖奶奶}}，当我姓敖。
访谈者：怎么到宁都来了？
受访者：我女儿{{minority/mongolian:乌日罕娜}}在{{trap/place:呼和浩特}}读大学，认得了宁都的{{han:钟伟平}}，嫁到{{trap/place:长胜镇}}来了。外孙女三岁那年，{{minority/mongolian:乌日罕娜}}得了白血病，在{{trap/org:赣南医科大学第一附属医院}}治了一年，没留住。我来照顾孩子，就没走。
访谈者：孩子爸爸呢？
受访者：{{han:钟伟平}}在赣州工地上扎钢筋，前年从架子上摔下来，也走了。孩子一下子成了孤儿。
访谈者：孩子现在多大？
受访者：九岁，叫{{minority/mongolian:钟嘎茹迪}}，{{minority/mongolian:嘎茹迪}}是大鹏鸟的意思。她生下来耳朵就不好，二级听力残疾，在{{school:宁都县特殊教育学校三年级（1）班}}住校，礼拜五我去接。村里人喊她{{minority/mongolian:嘎茹迪}}妹，她听不清，你要站到她面前讲。
访谈者：谁在帮你们？
受访者：村里的{{han:廖再兴}}，他是村委委员，管这一块。{{han:廖再兴}}再三跑县里，给孩子报了孤儿基本生活费，每月{{trap/number:一千五百八十元}}。县民政局的{{han:凌晓东}}亲自来看过，讲孩子还能领两项补贴。县残联的{{compound:濮阳砚秋}}帮她申请了人工耳蜗的项目，手术是在南昌做的。{{compound:濮阳砚秋}}是河南{{trap/place:濮阳}}人，她讲她的姓跟她老家一个名。
访谈者：装了耳蜗以后怎么样？
受访者：能听见了，就是讲话还不清楚。学校的康复老师{{compound:上官蕙芷}}一个字一个字教她。前个月她第一回清清楚楚喊我奶奶，我哭了一晚上。
访谈者：孩子在特教学校怎么样？
受访者：学手语，也学讲话。她聪明，手语比我学得快，回来教我“吃饭”“睡觉”“奶奶好”。学校里听不见的孩子多，她不孤单。就是礼拜天回家，村里的孩子不跟她玩，嫌她讲话怪，她就一个人蹲在门口看蚂蚁。
访谈者：耳蜗花了多少钱？
受访者：一只耳蜗十几万，项目补了大头，我们自己出了两万多，是儿子出的。每年还要换电池、调机，去一趟南昌来回两百多块车费。开机那天，医生在她耳朵边拍手，她吓得一抖，扭头找我，我就晓得她听见了。赶圩的时候卖菜的都认得我，喊我“内蒙古奶奶”，问孩子听得见了冇。
访谈者：平时谁帮您？
受访者：隔壁的{{han:钟满娣}}，是孩子爸爸的堂姐，客家人，讲话我一半听不懂。她讲：“阿婆，冇事，有涯在。”{{han:钟满娣}}满村跑着帮我问事，孩子的药也是她去镇上拿。
访谈者：老家那边呢？
受访者：老伴{{minority/mongolian:贡其格仁钦}}在嘎查放羊，身体不好，来不了。儿子{{minority/mongolian:孟根乌拉}}在{{trap/place:包头}}钢厂，每月给我们打两千块。{{minority/mongolian:孟根乌拉}}讲，妈，你带{{minority/mongolian:嘎茹迪}}回来吧。可孩子的学校在这边，耳蜗也要在这边调。
访谈者：在这边过得惯吗？
受访者：吃得惯，就是太潮。我还是天天煮{{trap/minority_word:奶茶}}，过年给孩子穿{{trap/minority_word:蒙古袍}}。在南昌开餐馆的{{minority/mongolian:阿日贡娜}}过年来看我们，带了{{trap/minority_word:手把肉}}，还送了一条蓝{{trap/minority_word:哈达}}给孩子的老师。我给孩子讲{{trap/famous:嘎达梅林}}，她听不全，就看我比划。
访谈者：耳蜗要是坏了怎么办？
受访者：去年进了水，一边不响了，孩子急得直哭。是镇卫生院的{{han:罗秋生}}医生帮忙联系了南昌的厂家，寄过去修了半个月。那半个月她又听不见了，天天扯着我的袖子比划。
访谈者：孩子想妈妈吗？
受访者：她三岁妈妈就走了，记不得。她只认照片，照片上她妈穿着蒙古袍骑在马上，她指着讲“妈妈，马”。我跟她讲，你妈是草原上最会骑马的姑娘，她就笑，过一会儿又去翻那张照片。
访谈者：您最担心什么？
受访者：我六十七了。我走了，孩子怎么办？{{han:廖再兴}}讲，到时候有儿童福利院，也有她舅舅。我讲，孩子不是没人要的。
访谈者：登记的信息请您说一下。
受访者：住在{{address:宁都县长胜镇大湖村钟屋小组23号}}，老家{{address:乌审旗嘎鲁图镇沙日塔拉嘎查三组6号}}。我身份证{{id_number@wy1958fw.150626}}，孩子的{{id_number@wy2016tri.360730}}。我电话{{mobile@spaced}}，{{han:廖再兴}}的{{mobile@fullwidth}}，儿子的{{mobile@plus86dash}}。我的微信是儿子给开的，叫{{wechat:Odgerel_1958}}。孩子在学校用平板，老师让注册了个QQ：{{qq:8630271945}}。
访谈者：名字在表上写得对吗？
受访者：不对。孤儿证上孩子是{{spaced:钟 嘎茹迪}}，我写成{{spaced:敖 其 尔 玛}}，她妈的死亡证明写成{{spaced:乌　日　罕　娜}}。
访谈者：最后还想说什么？
受访者：谢谢{{han:廖再兴}}，谢谢政府。等孩子大了，我带她回乌审旗，看看她妈长大的地方。
""")

# H1453: Han 儿童主任 of a community in 琴江镇 (石城) reading out her list.
DOCS["H1453"] = ("staff", """\
访谈者：{{han:邱主任}}，您这本子上记的是哪些孩子？
受访者：我们社区的困境儿童。我叫{{han:邱桂香}}，在{{trap/place:琴江镇}}{{trap/org:西华社区}}做儿童主任七年了，本子上十四个孩子，我拣几户讲。
访谈者：好。
受访者：头一户是新疆来的{{minority/kazakh:加恩斯别克}}，手是工伤压没的。两个孩子，{{minority/kazakh:别克博拉特•加恩斯别克}}和{{minority/kazakh:乌勒江}}，都报了困境儿童。他老婆{{han:赖春娣}}走了以后，屋里冷锅冷灶，我隔两天就去看一回。
访谈者：第二户？
受访者：第二户也是外地来的，彝族，{{minority/yi:阿苏日古}}，四川{{trap/place:布拖}}人，早年在矿上打风钻，得了尘肺病，喘不上气。老婆是本地的{{han:肖凤英}}。大的随爸叫{{minority/yi:阿苏古哈}}，在{{school:琴江小学五年级（1）班}}；小的随妈姓，叫{{minority/yi:肖阿果}}，还在上幼儿园。{{han:肖凤英}}每回都要留我喝{{trap/word:擂茶}}。
访谈者：第三户？
受访者：第三户，{{han:连水生}}，八十一，带两个重孙，耳朵背，跟他讲话要喊。孙子孙媳妇在{{trap/place:佛山}}离了婚，一个都不回来。{{han:连水生}}连饭都煮不熟，网格员{{compound:西门晓东}}天天中午送一份饭过去，他在{{trap/place:西门口}}上班，顺路。大的{{han:连子健}}在{{school:琴江小学六年级（2）班}}，小的{{han:连子康}}四岁。事实无人抚养批下来了，每人每月{{trap/number:1580块}}。
访谈者：第四户？
受访者：第四户是孤儿，{{han:于晓蔓}}，女，十四。爸爸得癌走了，妈妈改嫁到{{trap/place:长汀}}，她跟姑姑{{han:于桂蓉}}过。{{han:于桂蓉}}{{trap/word:于心不忍}}，把她接回家，自己还有两个孩子要养。{{han:于晓蔓}}在{{school:石城中学初二（6）班}}，住{{address:石城县琴江镇西华路47号}}，身份证{{id_number@wy2011spaced.360735}}。
访谈者：第五户？
受访者：第五户，{{han:全冬英}}，单亲妈妈，眼睛一级残疾，两项补贴都有。{{han:全冬英}}全靠女儿牵着走，女儿{{han:全思甜}}才十岁，在{{school:琴江小学四年级4班}}。住{{address:琴江镇南门街石板巷3号}}，屋里收拾得干干净净，都是女儿做的。
访谈者：还有吗？
受访者：第六户，{{han:黎明亮}}，以前在南门开{{han:黎明亮}}修车铺，前年贩毒进去了，是天冇亮就被带走的。儿子{{han:黎小锋}}十二岁，跟奶奶{{han:阙金莲}}过，拿服刑人员子女补助。奶奶的电话{{mobile@h38}}。
访谈者：最近有新报上来的吗？
受访者：有一户，{{han:官细莲}}，外婆带着外孙女。女儿女婿离了婚，一个不管，一个跑了，{{trap/word:官司}}也打过，判了抚养费，一分钱都冇给过。还在核，够不够条件还不晓得。
访谈者：这些孩子是怎么发现的？
受访者：每年三月、九月我们各入户摸排一回，挨家挨户敲门。再就是网格员巡查、学校老师打电话。有时候是卖菜的阿婆讲，哪家的伢子好几天冇上学了，我就过去看。去年就是这样发现了一个男孩，爷爷过世半个月了，他一个人在屋里吃泡面。我先把他领回家，洗了个澡，吃了两碗饭。
访谈者：补助发下来以后怎么管？
受访者：钱打到监护人的卡上，我每个月问一遍到了冇。有一户老人不识字，钱被他侄子哄去买了摩托车，我跟民政所一起上门要回来，以后我陪老人去信用社取。还有的老人舍不得用，全存起来，孩子的鞋都露出脚趾头了。我讲，这是给孩子的钱，要花在孩子身上。
访谈者：这些户谁在跟？
受访者：县民政局的{{han:宁股长}}总负责，社工站派了{{compound:赫连晴岚}}跟第二户、第四户。还有个志愿者{{compound:乐正鸣岐}}正在给孩子们排节目，教{{han:全思甜}}唱歌。
访谈者：您平时怎么跟孩子们联系？
受访者：大点的孩子都在我的QQ群里，我的QQ是{{qq:540713862}}，{{han:于晓蔓}}有事就私聊我。工作微信{{wechat:Qiugx_xihua}}。我电话{{mobile@fws}}，{{compound:西门晓东}}的{{mobile@plus86spaced}}。
访谈者：名单上的名字都写对了吗？
受访者：错的多。县里的表把{{spaced:于　晓　蔓}}写得一个字一个空，{{spaced:阿 苏 日 古}}也是，还有{{spaced:连 水生}}、{{spaced:黎明 亮}}。我一张一张核，错一个字钱就发不下来。
访谈者：孩子们过年怎么过？
受访者：社区每年腊月给困境儿童送一回年货，米、油、新衣服、新书包，是县里的爱心企业捐的。除夕夜我挨家打电话，问吃了年夜饭冇。那个彝族家的小女孩，每年都要我去她屋下吃一碗酿豆腐，讲这是她妈教她做的。
访谈者：干这个最难的是什么？
受访者：最难的是孩子不愿意讲。{{han:黎小锋}}讲，{{han:邱阿姨}}，你莫跟同学讲我爸的事。我讲，放心，我嘴巴紧。我们客家人讲，人心换人心，八两换半斤。我老公在{{trap/place:瑞金}}跑运输，女儿在南昌读大学。社区一个月补我几百块，我图的不是钱。我小时候也是奶奶带大的，晓得爸妈不在身边是什么滋味。
""")

# H1454: Han civil-affairs officer of 宁都 county (儿童福利股).
DOCS["H1454"] = ("official", """\
访谈者：{{han:凌股长}}，全县的困境儿童现在有多少？
受访者：在册的一千三百多个，散居孤儿九十几个，事实无人抚养四百出头。我叫{{han:凌晓东}}，在{{trap/org:宁都县民政局}}儿童福利股，这块我管了五年。
访谈者：标准是怎么定的？
受访者：散居孤儿和事实无人抚养一个档，每人每月{{trap/number:1580元}}；困境儿童按情况分档。残疾孩子另外有两项补贴，服刑人员子女有补助，家里还能叠加低保。钱都打到一卡通上，每个月十五号前到账。
访谈者：认定难在哪里？
受访者：难在核实。比方讲{{trap/place:梅江镇}}的{{han:锁正林}}，回族，宁夏来的。儿子车祸走了，儿媳妇{{han:曾秋燕}}失联，要派出所出失联满六个月的证明，我们跟{{trap/org:梅江派出所}}来回跑了好几趟，才认定两个孙子{{minority/hui:锁尤讷斯}}、{{minority/hui:素迈叶}}事实无人抚养。{{han:锁正林}}他六十七了，我去一回他就要塞一块牛肉给我，我哪里敢收。
访谈者：还有别的少数民族家庭吗？
受访者：有几户。{{trap/place:长胜镇}}有个蒙古族奶奶{{minority/mongolian:敖其尔玛}}，外孙女{{minority/mongolian:钟嘎茹迪}}是孤儿，又是听力残疾，两样都给她办了。{{trap/place:黄陂镇}}有个回族妈妈{{minority/hui:海妮菲}}，汉名{{han:喇凤琴}}，青海{{trap/place:化隆}}人，男人{{han:揭永福}}中风瘫在床上，女儿{{han:揭思琪}}报了困境儿童。{{trap/place:洛口镇}}有个蒙古族爸爸{{minority/mongolian:乌力吉门德}}，在赣州跑快递，去年查出肝癌，儿子随妈姓，叫{{minority/mongolian:黄朝克图}}，今年也报上了。
访谈者：这几年变化大不大？
受访者：大。以前只有孤儿有钱，现在事实无人抚养、困境儿童都纳进来了。父母一方服刑、一方失联的孩子，以前什么都领不到，只能靠亲戚。现在有政策了，可认定材料多，一户要跑派出所、法院、残联、学校好几个部门。以前台账{{trap/word:凌乱}}得很，现在让村里的儿童主任拍照上传，我们在系统里审，能少跑几趟。
访谈者：最难办的是哪种情况？
受访者：父母离了婚，一方不管，一方在外地打工，孩子跟爷爷奶奶。这种够不上事实无人抚养，可孩子确实没人管，我们只能按困境儿童兜底，让社工站重点跟。还有户口不在本地的，外省嫁过来的、来打工的，户口没迁，我们要跟他老家的民政局来回发函。宁都山多，有的村开车要两个钟头，路窄，落雨天都不敢走，我一个月至少下乡十天。
访谈者：社会上的力量多吗？
受访者：慢慢多了。县慈善总会给困境儿童每学期发助学金，团县委组织大学生暑假来支教，还有在外面做生意的宁都老板，每年捐钱给孩子买书包、买棉被。钱不多，可孩子们晓得有人惦记。我们最怕的是只给钱不上门，孩子们缺的其实是有人陪。
访谈者：有没有让您印象特别深的孩子？
受访者：有个女孩，爸爸坐牢，妈妈跑了，跟八十岁的太婆住。我第一回去，她躲在门后面，一句话不讲。第二年去，她考了全班第三，拿着奖状跑出来给我看。现在读高中了，讲以后要考师范，回宁都教书。
访谈者：股里几个人？
受访者：三个。我，{{han:应家旺}}，还有新来的{{compound:皇甫绮霞}}。{{han:应家旺}}{{trap/word:应该}}算全县跑得最多的，一年换两双鞋。{{compound:皇甫绮霞}}是学社工的，管台账。分管的副局长{{compound:宗政明辉}}每个季度带我们下乡抽查。办公室的{{compound:左丘蔓菁}}讲她祖上是写《左传》的{{trap/famous:左丘明}}，我们都笑她。
访谈者：村里的儿童主任靠得住吗？
受访者：大部分靠得住。大湖村的{{han:廖再兴}}，梅江镇的{{han:幸玉兰}}，山堂村的{{han:从福林}}{{trap/word:从来}}不嫌麻烦。也有马虎的，有个村把死了的孩子还报在表上，{{han:卓局长}}发了火，全县重新核了一遍。
访谈者：群众怎么找你们？
受访者：打{{trap/hotline:12349}}，或者打股里的座机{{trap/hotline:0797-6832417}}。我手机{{mobile@s434}}，{{han:应家旺}}的{{mobile@h38}}。我微信{{wechat:lingxd_ndmz}}，QQ{{qq:609382741}}，孩子们有事也能找。
访谈者：您刚才讲的几户，登记信息有吗？
受访者：有。{{minority/hui:海妮菲}}家在{{address:宁都县黄陂镇山堂村下坊组8号}}，她的身份证{{id_number@wy1988x.632127}}，女儿的{{id_number@wy2013fwspaced.360730}}。蒙古族那户在{{address:洛口镇南岭村三组19号}}，男人的身份证{{id_number@my1985tri.150526}}。
访谈者：表上名字出过错吗？
受访者：多得很。系统里把{{spaced:海 妮 菲}}拆开了，{{spaced:乌 力 吉 门 德}}也是，还有{{spaced:揭 永福}}、{{spaced:皇甫　绮霞}}。录错一个字，钱就打不进去。
访谈者：您最想改的是什么？
受访者：想多几个人。全县二十四个乡镇，就三个人。像{{han:廖再兴}}那样的村干部多几个，我们就轻松了。
""")

# H1455: Han school doctor of a primary school in 琴江镇 (石城).
DOCS["H1455"] = ("staff", """\
访谈者：{{han:宾医生}}，您在学校当校医多少年了？
受访者：九年了。我叫{{han:宾丽华}}，{{trap/word:宾馆}}的宾，在{{trap/org:石城县琴江小学}}卫生室。一千六百多个学生，就我一个校医。
访谈者：困境儿童在健康上有什么不一样？
受访者：营养差的多，蛀牙多，心里的事也多。我有本台账，困境儿童一人一页。比方讲三年级的{{minority/kazakh:乌勒江}}，体检表上写的是{{minority/kazakh:乌勒江．加恩斯别克}}，同学喊她{{minority/kazakh:赖乌勒江}}。她有哮喘，书包里随时装着喷雾。她妈走了以后，头发都是她哥{{minority/kazakh:别凯}}给她扎，扎得歪歪扭扭。
访谈者：还有哪些孩子？
受访者：五年级的{{minority/yi:阿苏古哈}}，彝族，爱流鼻血，一个月要来卫生室三四回。我喊他{{minority/yi:小古}}，他就笑。他爸{{minority/yi:阿苏日古}}尘肺病，{{minority/yi:古哈}}怕他爸死，夜里睡不着，上课打瞌睡。我跟心理老师{{compound:诸葛蕴仪}}讲了，她每礼拜找他聊一回。孩子们问她是不是{{trap/famous:诸葛亮}}的后人，她讲是的，逗得他们直笑。
访谈者：贫血的多吗？
受访者：多。六年级的{{han:连子健}}，血红蛋白才九十几，他太公{{han:连水生}}只会煮稀饭。这些孩子早上多半不吃早饭，空着肚子来，第二节课就喊头晕。我把学校营养餐多给他留一个鸡蛋。一年级有个男孩{{han:钟才旺}}才七岁，牙齿烂了一半，他爷爷叫{{han:幸福旺}}，名字里有{{trap/word:幸福}}，日子过得苦。赣州来的牙医{{compound:欧阳思源}}每学期来义诊一回，给{{han:钟才旺}}补了四颗牙。
访谈者：您每天的工作是怎样的？
受访者：早上七点半到校，先收晨检，各班报发烧、咳嗽、拉肚子的人数。上午处理摔伤、流鼻血，下午查卫生、给低年级讲洗手。每学期体检一回，量身高体重、查视力、查牙。困境儿童的体检结果我另外抄一份，交给社区的儿童主任。
访谈者：孩子们愿意跟您讲心里话吗？
受访者：卫生室是个好地方。孩子们讲肚子痛、脑壳痛，其实好多是心里痛。有个女孩一个月来了十几回，讲肚子痛，查不出毛病。后来她讲，妈妈过年冇回来，她夜里睡不着。我就让她在卫生室的床上躺一会儿，陪她讲讲话，她就好些了。
访谈者：有没有孩子让您特别记挂？
受访者：四年级的{{han:全思甜}}，近视六百度，她妈眼睛看不见，没人发现。是班主任{{han:华秋蕙}}发现的，{{han:华秋蕙}}佢讲这孩子看黑板要眯眼。我们请{{trap/org:县人民医院}}验了光，配了眼镜，{{trap/org:县慈善总会}}出的钱。还有个男孩大家喊他{{han:石牯}}，学名{{han:廖石安}}，爸爸在外地坐牢，他打架摔破了头，我给他缝了三针。
访谈者：孩子们冬天穿得够吗？
受访者：有的不够。去年冬天晨检，有个男孩手上全是冻疮，裂开流血，他爷爷都不晓得。我给他擦药，跟社区讲了，第二天就送来了棉衣棉鞋。现在每年十一月我都先查一遍，看谁穿得薄。
访谈者：学校怎么保护这些孩子的隐私？
受访者：台账锁在我的柜子里，钥匙只有我和校长有。体检的时候不当着全班念，困境儿童领东西也是单独叫到办公室。有个孩子跟我讲，医生，你莫让同学晓得我爸在坐牢。我讲，放心，这是我们两个人的秘密。
访谈者：打疫苗、体检这些，家里配合吗？
受访者：老人带的孩子，接种本经常找不到，我就一个一个去县疾控查，有的孩子补了三针才补齐。老人不识字，通知单带回去也看不懂，我就打电话一个一个讲。
访谈者：平时怎么跟家里联系？
受访者：我手机存了困境儿童家长的电话。{{han:阙金莲}}的{{mobile@s38}}，{{han:幸福旺}}的{{mobile@p86n}}，{{han:钟才旺}}家在{{address:琴江镇石门村二组14号}}，他的身份证我这里也有：{{id_number@my2018fwhyphen.360735}}。家长要问孩子的情况，就加我微信{{wechat:binlihua-xiaoyi}}，或者QQ{{qq:１０７５３２６９４}}。
访谈者：那个哈萨克族女孩的哮喘怎么管？
受访者：{{minority/kazakh:乌勒江}}的喷雾放一支在我这里。她爸只有一只手，夜里犯病背不动她。我跟社区的{{han:邱桂香}}讲好，犯病就打我电话，我住得近。上学期她半夜犯了一回，是{{compound:万俟雅琴}}开车送去医院的，她是社工站的。
访谈者：表上名字有错的吗？
受访者：有。体检系统里{{spaced:乌 勒 江 ・ 加 恩 斯 别 克}}是拆开的，{{spaced:钟　才　旺}}也是，还有{{spaced:幸 福旺}}、{{spaced:廖 石安}}。
访谈者：您最想要的是什么？
受访者：想要一个专职的心理老师。{{compound:诸葛蕴仪}}一个人管三所学校，忙不过来。再就是营养餐，每天{{trap/number:五块钱}}，鸡蛋牛奶就占了一大半。还有卫生室的药，好多是我自己先垫钱买的，报销要等半年。
""")

# H1456: Hakka village cadre of 大湖村 (长胜镇, 宁都) who also raises his own grandson.
DOCS["H1456"] = ("cadre", """\
访谈者：{{han:廖委员}}，您在村里管哪一块？
受访者：涯叫{{han:廖再兴}}，{{trap/place:大湖村}}的村委委员，管民政、管儿童，也管自家屋下的细人子。
访谈者：您自己家里也有困难？
受访者：有。涯大儿子{{han:廖伟东}}在{{trap/place:龙岩}}矿上做事，前年塌方，腰压断了，一级残疾，躺在床上。儿媳妇{{han:温春莲}}受不住，跑了，电话打过去是空号。屋下就剩涯两公婆跟{{trap/word:长孙}}{{han:廖长生}}。
访谈者：孩子报了什么？
受访者：爸爸重残，妈妈失联，算事实无人抚养。涯系村干部，自家的事要避嫌，材料是镇上的{{han:阙所长}}亲自来核的。{{han:廖长生}}在{{school:长胜镇中心小学六年级(2)班}}，跟{{compound:长孙骁}}同班，两个都是屋下的{{trap/word:长孙}}，天天一起走。
访谈者：村里还有哪些？
受访者：七户。蒙古族的{{minority/mongolian:敖奶奶}}，外孙女{{minority/mongolian:嘎茹迪}}耳朵不好。{{minority/mongolian:敖奶奶}}讲普通话，涯讲客家话，两个人比手画脚也讲得通。{{minority/mongolian:嘎茹迪}}装了耳蜗以后，见到涯就喊{{han:廖阿公}}。
访谈者：还有呢？
受访者：还有{{han:温正平}}，五十岁的单身汉，带着他哥的两个细人子，他哥嫂出车祸都冇了。{{han:温正平}}{{trap/word:正经}}事冇做过几件，可这两年为了两个侄子戒了酒，在镇上做泥水。大的{{han:温煜轩}}在{{school:大湖小学三年级（一）班}}，小名{{han:猫牯}}；小的{{han:温乐妍}}五岁。
访谈者：别的呢？
受访者：{{han:游冬生}}聚众赌博判了两年，村里人讲他{{trap/word:游手好闲}}。老婆早死了，女儿{{han:游小满}}跟外婆{{han:黄伯姆}}过，拿服刑人员子女补助。{{han:游小满}}今年十三，读{{school:长胜中学七年级3班}}。孩子们放学都在村口{{han:谢金秀}}小卖部门口等车，{{trap/word:谢谢}}{{han:谢金秀}}，落雨天让他们进屋里躲雨。
访谈者：您当村干部多少年了？
受访者：十八年。以前管计生，后来管低保，现在又加了儿童这一块。一个月工资两千多，比不上出去打工，可村里总要有人做事。涯讲客家话，讲普通话舌头打结，去县里开会人家笑涯，涯也不怕。
访谈者：事实无人抚养要哪些材料？
受访者：爸爸的残疾证、医院的诊断，妈妈失联要派出所出证明，还要在村里公示七天。涯自家的，涯不签字，让{{han:钟书记}}签。
访谈者：村里人怎么看这些孩子？
受访者：多数人心善。过年杀猪，哪家都会割一刀肉送过去；插秧割禾的时候，邻居帮着做。也有嘴碎的，讲“冇爷冇娘的细人子”，涯听到就骂。细人子听了心里难过，要记一辈子的。年年过年，涯都喊这七户的细人子来涯屋下食一餐饭。有一回{{han:温煜轩}}被狗咬了，也是涯背去打的针。
访谈者：村里谁帮您？
受访者：村支书，还有驻村的第一书记{{compound:独孤海涛}}，县里派来的。镇社工站的{{compound:南宫晓月}}每个月来一回，带细人子做游戏。县民政局{{han:凌晓东}}讲过，村里的困境儿童要一户一档，涯就一户一户记。
访谈者：孙子知道他爸的病吗？
受访者：知道。他放学回来，头一件事是去房里看他爸，给他爸倒水，讲学校的事。他爸讲，你莫管我，好好读书。他讲，我读书也要管你。涯在门外听着，眼泪就出来了。
访谈者：村里的孩子上学远吗？
受访者：远。大湖村到镇上中学十几里山路，以前细人子天天走，现在有校车，一个学期交几百块，困境儿童免了。落大雨校车进不来，涯就骑摩托一趟一趟送。有一回摩托在坡上打滑，涯跟{{han:温煜轩}}一起摔进田里，两个人一身泥，回来他还笑涯。
访谈者：镇上、县里来看过吗？
受访者：来过。每年六一前后，镇上会来送书包、送文具；社工站的人带细人子去县城看电影、吃炸鸡，细人子回来讲半个月，问涯县城里为么事夜里也恁光。
访谈者：您自己身体吃得消吗？
受访者：吃不消也要吃。涯快六十了，白天跑村里，夜里给儿子翻身、擦身。{{han:廖长生}}懂事，放学先煮饭，再写作业。他讲大了要学医，给他爸治腰。
访谈者：登记的信息请您说一下。
受访者：屋在{{address:宁都县长胜镇大湖村廖屋小组5号}}。涯身份证{{id_number@mmidspaced.360730}}，孙子的{{id_number@my2013fw.360730}}，{{han:游小满}}的{{id_number@wy2012hyphen.360730}}。涯电话{{mobile@hyphen}}，{{han:钟书记}}的{{mobile@s74}}。涯微信{{wechat:liaozx_dahu}}，孙子的扣扣{{qq:2918405763}}。
访谈者：表上的名字写得对吗？
受访者：乱七八糟。县里的表把{{spaced:廖 长 生}}拆开了，{{spaced:长孙　骁}}也拆开了，还有{{spaced:游　小　满}}、{{spaced:温 正 平}}。
访谈者：最后还想讲什么？
受访者：细人子冇爸冇妈，已经够苦了。涯当一日村干部，就要把这七户看好。最放心不下的，还系{{han:廖长生}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1449,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout182",))


if __name__ == "__main__":
    main()
