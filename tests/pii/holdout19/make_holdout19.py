# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 19 (tests/pii/holdout19/H137-H144 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 19 is about children in distress (困境儿童) and the help they get, in eight new voices: an Ordos Mongolian
herder father in 乌审旗 (鄂尔多斯) whose wife died, a Lhasa Tibetan grandmother in 城关区 raising the children of her
son who died on the road, a Dongxiang mother in 东乡族自治县 (临夏) with a husband crippled by silicosis and her dead
sister's two orphans, a Zhuang teacher in 靖西 (百色) going through the children in distress of her class, a Han
grandfather in 沂南 (临沂) raising three left-behind grandchildren, a Han social worker in a migrant school in 大兴
(北京) with children from 安徽, 河南 and 四川, a Han child director in 喀喇沁旗 (赤峰) reading out her ledger, and a
Korean-Chinese grandmother in 珲春 whose son works in Korea. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Ordos Mongolian names of four to seven characters alone and
after the Han-like syllables 奇, 白, 包 (奇巴图孟和, 白那仁满都拉, 包斯琴高娃), with the dot (奇·巴图孟和,
乌梁海·宝音朝克图) and short forms (图门巴雅尔 then 巴雅尔); Lhasa Tibetan names of two and four characters (次旦卓嘎,
尼玛央金 then 央金, 拉巴次仁 then 拉巴, 旺堆, 德吉, 琼达), also written with a space; Dongxiang names in Han form with
马, 妥, 汪, 唐 before Arabic-style given names (唐哈丽麦, 汪哈比布, 汪尔萨, 妥舍热夫, 马赛义德) beside their Han names
and 经名 used alone; Zhuang names with the prefixes 特, 达, 妚, 卜 (特宁, 卜特宁, 妚兰, 达秀, 韦达英, 卜林) and Zhuang
Han-form names that are words (凌晨, 农丰收); Korean names in Han form (许贞姬, 李在焕, 朴英爱, 恩彩) and the names of
the Korean in-laws; Han names with common and rare surnames, titles and kin words, Shandong forms of address (老厉,
强子, 大嫚, 铁锤, 小满, annotated whole), a name written twice in a ledger, names directly before particles and verbs
and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:刘长顺}}``, ``{{qq:2736015948}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, dongxiang, zhuang, korean) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1978spaced.150626}}``,
                                   ``{{mobile@h38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.ID_SHAPES`` and ``_setkit.MOBILE_SHAPES``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家,
那边) are outside the span; a Shandong form of address or nickname (老厉, 强子, 大嫚, 铁锤, 小满) is annotated whole,
and so is a Zhuang name with its prefix 特, 达, 妚 or 卜 (特宁, 妚兰, 卜林). Han-style names of Mongolian, Dongxiang,
Zhuang and Korean people (奇建军, 唐秀兰, 农丰收, 崔红梅) are category han; a Han surname before a non-Han given name
(奇巴图孟和, 汪哈比布, 韦达英) and Korean names whose given name reads as Korean (许贞姬, 李在焕) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout19/make_holdout19.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(19_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "dongxiang", "zhuang", "korean")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "dongxiang": 10, "zhuang": 10, "korean": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186",
                   "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H137: Ordos Mongolian herder father in 乌审旗, widowed, with three children and his old mother.
DOCS["H137"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:奇巴图孟和}}，四十六，在{{trap/place:乌审旗}}图克镇北边放羊，户口本上的汉名是{{han:奇建军}}。老婆{{minority/mongolian:萨仁其其格}}前年查出肝癌，不到半年就走了。现在家里是我、三个孩子，还有我老阿妈{{minority/mongolian:斯琴托雅}}。
访谈者：孩子们多大了？
受访者：老大是闺女，叫{{minority/mongolian:阿拉坦高娃}}，十五，在{{school:乌审旗第一中学初三（2）班}}住校。老二是小子，叫{{minority/mongolian:图门巴雅尔}}，十一岁，在{{school:图克镇蒙古族小学五年级（1）班}}，家里都喊他{{minority/mongolian:巴雅尔}}。{{minority/mongolian:巴雅尔}}就爱跟着我骑马，放学回来书包一扔就往羊圈跑。老三{{minority/mongolian:乌日罕}}六岁，在镇上的幼儿园。
访谈者：孩子妈妈走了以后，日子怎么过？
受访者：难。她在的时候，挤奶、做饭、管孩子念书都是她。现在阿妈七十三了，还得天天熬奶茶、拌{{trap/minority_word:炒米}}。{{minority/mongolian:斯琴托雅}}她腰弯得厉害，可孙女一放假回来，她就高兴得睡不着。小的那个夜里哭着要妈妈，我就抱着她到院子里看星星，说你妈在上头看着你呢。
访谈者：谁帮过你们？
受访者：嘎查达{{minority/mongolian:白那仁满都拉}}头一个上门，帮我报了低保。嘎查的儿童主任{{han:郝秀芬}}是汉人，嫁过来二十年了，她给三个孩子建了档案，老大老二按单亲困境儿童每月有{{trap/number:一千一百六}}的补贴。镇上的民政助理{{han:乔永刚}}来核过两回。旗医院的{{han:王春光}}大夫给阿妈看腿，药钱减了一半。旗里社工站来了个姑娘叫{{compound:拓跋雅楠}}，她的同事{{compound:巫马俊杰}}开车，两个人每月来一趟。{{compound:拓跋雅楠}}每回都陪小的画画。
访谈者：亲戚们呢？
受访者：孩子们的舅舅{{minority/mongolian:朝鲁门巴特尔}}在{{trap/place:鄂托克旗}}开修理铺，剪羊毛的时候过来帮忙。我姐姐{{minority/mongolian:包斯琴高娃}}在{{trap/place:东胜}}给人做饭，一年给孩子们寄两回衣裳。前院的{{minority/mongolian:额尔敦仓}}家有台铲车，冬天下大雪，他一早就把我家门口的路推开了。后院{{han:贺存旺}}家是陕北过来的汉人，他老婆{{han:杜兰花}}常给孩子们蒸糕。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:刘美荣}}老师说，孩子数学好，就是心思重，不爱跟人说话。她妈走了以后，孩子就把她妈的照片夹在语文书里。小子那边是{{han:张平安}}老师，他说{{minority/mongolian:巴雅尔}}上课爱画马，画得比美术老师还像。
访谈者：过节的时候呢？
受访者：正月里过{{trap/minority_word:查干萨日}}，我领孩子们给阿妈磕头、敬酒。我们这儿家家供{{trap/minority_word:苏力德}}，孩子们问那是啥，阿妈就给他们讲{{trap/famous:忽必烈}}小时候打猎的故事。
访谈者：孩子妈妈生病那阵子，家里花了不少钱吧？
受访者：花光了。在{{trap/place:鄂尔多斯}}看了两回，又去{{trap/place:包头}}住了一个月院，卖了四十多只羊，还跟亲戚借了六万。旗里给报了一部分大病保险，{{trap/org:旗红十字会}}送来过五千块。我不后悔，人没留住，钱没了还能挣。就是老大那会儿上初二，天天请假陪她妈，功课落下了一截，班主任给她补了整整一个寒假。现在孩子们一说起她妈，还是先掉眼泪，我就让他们哭，哭出来就好了。
访谈者：孩子们平时谁管作业？
受访者：老大在旗里住校，老师管着。老二的作业我看不懂汉字的，就让他拿去问前院的孩子，人家在旗里念高中。小的每天晚上缠着奶奶讲故事，讲到一半就睡着了。嘎查今年办了个图书角，周末孩子们都去那儿看书，我在门口等着，跟别的家长说说话，心里也松快。
访谈者：您自己身体还好吗？
受访者：我有风湿，一到阴天腿就疼。一百多只羊全靠我一个人，今年跟旗里的合作社签了合同，羊羔按价收，心里有了点底。说来{{trap/word:奇怪}}，孩子他妈走了以后，老大一下子长大了，寒假回来抢着去饮羊、铡草。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:乌审旗图克镇呼和芒哈嘎查三社14号}}，闺女周末住她姨家，在{{address:嘎鲁图镇萨拉乌苏小区5号楼2单元302室}}。我身份证{{id_number@my1978spaced.150626}}，闺女的{{id_number@wy2010.150626}}。我电话{{mobile@plain}}，{{han:郝秀芬}}的电话{{mobile@h38}}，她微信{{wechat:haoxiufen_hhmh}}。闺女的QQ是班主任让申请的，说放假布置作业用，我记在羊账本最后一页：{{qq:2174693058}}。
访谈者：表上的名字写得对吗？
受访者：不大对。低保表上我是{{spaced:奇 · 巴图孟和}}，户口上又是{{minority/mongolian:奇·巴图孟和}}，学校把老二写成{{spaced:图 门 巴 雅 尔}}，把老大写成{{spaced:阿拉坦 高娃}}。社工姑娘签名的时候写成{{spaced:拓 跋 雅 楠}}。
访谈者：您最盼什么？
受访者：盼孩子们念出书来。闺女说要考{{trap/place:呼和浩特}}的医学院，以后回来给牧民看病。她妈要是知道，该多高兴。
""")

# H138: Lhasa Tibetan grandmother in 城关区; her son died on the road, his wife remarried.
DOCS["H138"] = ("family", """\
访谈者：阿妈啦，您先说说家里几口人。
受访者：三口人。我叫{{minority/tibetan:次旦卓嘎}}，今年六十八，住在{{trap/place:拉萨}}老城，从{{trap/place:八廓街}}往东走十分钟就到。老伴{{minority/tibetan:普布扎西}}前些年走了。儿子{{minority/tibetan:旺堆}}开大货车跑{{trap/place:川藏线}}，前年冬天在{{trap/place:然乌}}那边翻了车，没回来。儿媳{{minority/tibetan:德吉}}第二年改嫁去了{{trap/place:那曲}}，两个孩子就留给我了。
访谈者：孩子们多大？
受访者：孙女{{minority/tibetan:尼玛央金}}十二岁，在{{school:拉萨市第二小学六年级（4）班}}；孙子{{minority/tibetan:拉巴次仁}}九岁，在{{school:城关区吉崩岗小学三年级（2）班}}。家里叫孙女{{minority/tibetan:央金}}，孙子就叫{{minority/tibetan:拉巴}}。{{minority/tibetan:拉巴}}他调皮，下课就爬墙，老师没少给我打电话。{{minority/tibetan:央金}}懂事，放学回来先给我倒{{trap/minority_word:甜茶}}，再写作业。
访谈者：家里靠什么过日子？
受访者：我有点养老金，儿子走了以后，居委会给我们报了低保。两个孩子算事实无人抚养，每人每月{{trap/number:一千六百五}}。跑手续的是社区的儿童主任{{minority/tibetan:边巴卓玛}}，她跑了区{{trap/org:民政局}}三四趟。她说，阿妈啦你别管，你把孩子喂饱就行。
访谈者：孩子们的妈妈还来往吗？
受访者：{{minority/tibetan:德吉}}她过年打个电话，给孩子们寄过两回钱。孙女不接电话，躲在被子里哭。我跟她说，你阿妈也不容易，你长大了就懂了。
访谈者：还有谁帮您？
受访者：居委会主任{{minority/tibetan:索朗曲珍}}，还有援藏来的社工{{han:孙晓莉}}，她们一起给孩子们申请了助学的钱。{{han:孙晓莉}}是{{trap/place:江苏}}人，藏话学了两年，能跟我聊家常了。区里社工站还有个小伙子，叫{{compound:澹台明远}}，他跟{{compound:闻人雨萱}}一起办了个周末课堂。孙子的班主任{{minority/tibetan:米玛仓决}}老师隔一个礼拜来家访一回。区医院的{{han:杨建新}}大夫给我看关节，说是年轻时背水落下的。
访谈者：亲戚呢？
受访者：孩子们的舅舅{{minority/tibetan:强巴}}在{{trap/place:日喀则}}种青稞，秋收以后给我们送青稞和酥油。我妹妹{{minority/tibetan:琼达}}就住在隔壁院子，我去医院的时候孩子们就在她家吃饭。{{minority/tibetan:琼达}}她男人{{minority/tibetan:格桑罗布}}是蹬三轮的，每天早上顺路把孙子送到学校门口。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历新年}}我做{{trap/minority_word:切玛}}盒，孩子们穿新衣服跟我去大昭寺点灯。{{trap/minority_word:雪顿节}}的时候到{{trap/place:罗布林卡}}过{{trap/minority_word:林卡}}，看藏戏。我给孩子们讲{{trap/famous:文成公主}}进藏的故事，孙女说她也要像公主一样走很远的路去念书。
访谈者：孩子们的阿爸出事以后，赔了钱吗？
受访者：车是老板的，老板赔了一点，一大半让儿子生前欠的账还掉了。剩下的钱我存着，一分不敢动，说好了留给两个孩子念大学。居委会的人劝我别把钱压在箱底，帮我在银行存了定期。孙子不懂事，老说要买滑板车，我说等你考了一百分再说，他就真考了一回一百分，我只好给他买了。
访谈者：社区里还有别的孩子跟他们一样吗？
受访者：有。我们这一片有七八个，有的阿妈病了，有的阿爸在外面打工。周末课堂就是给这些孩子办的，画画、下棋、读书，还有大学生来教英语。孙女去了以后，话多了，回来跟我讲谁的画得了小红花。
访谈者：带两个孩子，最难的是什么？
受访者：最难的是功课。我只念过扫盲班，汉字认不了几个，孩子的作业我看不懂。现在社区有个四点半学校，孙女写完作业还帮着教弟弟。还有就是我这身体，高血压，爬不动楼梯，去医院得让邻居扶着。我常想，我要是走了，这两个孩子靠谁呢？儿童主任就说，政府在，社区在，你别愁。
访谈者：表上要写住址和号码。
受访者：家在{{address:城关区八廓街道冲赛康社区4组18号}}，儿子以前在堆龙租的房子在{{address:堆龙德庆区羊达街道幸福家园小区7栋1单元402室}}。我身份证{{id_number@wy1957.540102}}，孙女的{{id_number@wy2013hyphen.540102}}。我电话记不住，孙女帮我写的：{{mobile@s38}}，{{minority/tibetan:边巴卓玛}}的{{mobile@plus86}}，她微信{{wechat:bianbazhuoma_cgq}}。孙女用我手机登QQ，说跟她阿妈发消息，号码是{{qq:40918375}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。藏族名字汉字有好几种写法。有张表上孙女是{{spaced:尼玛 央金}}，中间空一格，孙子是{{spaced:拉巴 次仁}}；医保卡上我是{{spaced:次 旦 卓 嘎}}；老师的名字也被写成{{spaced:米　玛　仓　决}}。
访谈者：您有什么心愿？
受访者：孩子们念书念出来，别像他们的阿爸那样在路上跑。孙女说要当老师，就在{{trap/place:拉萨}}教书，守着我。
""")

# H139: Dongxiang mother in 东乡族自治县; her husband has silicosis, her dead sister left two orphans.
DOCS["H139"] = ("family", """\
访谈者：大姐，您家里现在什么情况？
受访者：我叫{{minority/dongxiang:唐哈丽麦}}，汉名叫{{han:唐秀兰}}，坊上的人都叫我经名{{minority/dongxiang:哈丽麦}}。今年三十九，家在{{trap/place:东乡族自治县}}{{trap/place:锁南镇}}往北的山梁上。男人{{minority/dongxiang:汪哈比布}}，汉名{{han:汪福林}}，年轻时候去{{trap/place:新疆}}的煤矿打工，得了尘肺病，现在走几步路就喘，干不了活。四个娃娃全靠我。
访谈者：孩子们多大？
受访者：大儿子{{minority/dongxiang:汪尔萨}}十四，在{{school:东乡县第二中学初二（3）班}}住校；二姑娘{{minority/dongxiang:汪如给燕}}十一，在{{school:锁南镇红崖小学五年级（2）班}}；小儿子{{minority/dongxiang:汪阿丹}}八岁，也在那个学校；最小的丫头{{han:汪小花}}才三岁。
访谈者：家里靠什么？
受访者：低保，一家六口全额的。男人有残疾证，{{trap/org:县残联}}给配了制氧机。村里的儿童主任{{han:马玉梅}}，经名{{minority/dongxiang:海迪洁}}，给四个娃娃报了困境儿童的补贴，每个月一人{{trap/number:三百六十元}}。我在家养了五只羊，种两亩洋芋。{{minority/dongxiang:汪哈比布}}他心里急，说自己是个废人，我说你活着，娃娃们就有阿大。
访谈者：还有别的亲人要照顾吗？
受访者：有。我妹妹{{minority/dongxiang:唐法图麦}}前年生病没了，妹夫{{minority/dongxiang:妥撒里哈}}在工地上出事，也没了。留下两个娃娃，{{minority/dongxiang:妥舍热夫}}十岁，{{minority/dongxiang:妥艾米乃}}七岁，跟着他们的奶奶。奶奶快八十了，我隔两天过去给娃娃们洗衣裳、擀面。乡上给这两个娃娃办了孤儿基本生活费。
访谈者：是谁帮着办的？
受访者：乡民政的{{han:赵永祥}}，还有村支书{{han:马德海}}。{{han:马德海}}他跑了好几趟县上，说这两个娃娃是孤儿，一分钱都不能少。我们坊上{{trap/org:清真寺}}的{{minority/dongxiang:马赛义德}}阿訇，主麻日礼拜完了，叫大家给这两个孤儿捐点钱。县上社工站的两个姑娘，一个叫{{compound:申屠佳琪}}，一个是{{compound:公冶子涵}}，每月来一次，给娃娃们辅导作业。县妇联的主席叫{{compound:令狐秀梅}}，过年来家里送过米面油。
访谈者：男人的病现在怎么治？
受访者：每个月去{{trap/place:临夏}}州医院开一回药，吸氧不能断。尘肺病是职业病，他当年在煤矿上没签合同，要不来赔偿。去年县上来了个律师，说可以试试走法律援助，材料递上去了，还没有消息。我不敢指望，能报的药费报了，剩下的就靠低保和我养羊。
访谈者：两个外甥在奶奶家过得怎么样？
受访者：奶奶疼他们，就是管不动。大的那个不爱念书，老往镇上的网吧跑，我去找了好几回。村里给他找了个帮扶的大学生，每个礼拜打电话跟他说话，这半年好多了。小丫头乖，放学回来就帮奶奶喂鸡。每回我要走，她都拉着我的袖子，说姨姨你明天还来吗。
访谈者：学校里怎么样？
受访者：大儿子的班主任{{han:赵红霞}}老师好，给他申请了营养餐和住宿补助。娃娃说，等他初中毕业就去学开挖掘机，挣钱给他阿大看病。我不让，我说你给我念高中。{{minority/dongxiang:汪如给燕}}她学习最好，语文老师{{han:唐志军}}说这丫头作文写得有灵气。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}的时候炸{{trap/minority_word:油香}}、煮{{trap/minority_word:手抓羊肉}}，先给妹妹家的两个娃娃送去。晚上男人靠在炕头给娃娃们讲{{trap/famous:唐僧}}取经的故事，说做事要有耐心，一步一步走。
访谈者：您自己呢？
受访者：我腰不好，是背洋芋背的。白天忙完，晚上给男人拍背、烧水，一夜醒好几回。有时候累得想哭，可一看娃娃们，{{trap/word:马上}}就不想了。村里人都说我把一家子安排得{{trap/word:妥当}}，其实我是硬撑。
访谈者：登记表要写住址和号码。
受访者：家在{{address:东乡县锁南镇红崖村五社21号}}，妹妹家在{{address:东乡县达板镇托木村三社6号}}。我身份证{{id_number@wy1986.622926}}，男人的{{id_number@my1983x.622926}}。我的电话{{mobile@spaced}}，{{han:马玉梅}}的电话{{mobile@plus86dash}}，她的微信{{wechat:mayumei_hongya}}。大儿子在学校用QQ交作业，他写给我的号码是{{qq:1583092647}}。
访谈者：表上的名字写得对吗？
受访者：经名是音译，写法多。大儿子在学校表上写成{{spaced:汪 尔 萨}}，二姑娘写成{{spaced:汪如 给燕}}，我在低保卡上是{{spaced:唐 哈 丽 麦}}。妹妹家的小丫头写成了{{spaced:妥　艾　米　乃}}。
访谈者：最后您想说什么？
受访者：盼男人的病别再重了，盼六个娃娃都能念上书。我没念过书，吃了一辈子不识字的亏。
""")

# H140: Zhuang teacher in 靖西 (百色) and the children in distress of her class.
DOCS["H140"] = ("teacher", """\
访谈者：老师，您在这所学校教了多少年？
受访者：十六年了。我叫{{han:农美玲}}，壮族，在{{trap/place:靖西}}{{trap/place:湖润镇}}的中心小学教语文，是{{school:湖润镇中心小学四年级（2）班}}的班主任。学校四百多个学生，一半是留守的，登记在册的困境儿童有二十三个。我说说我们班上的几个。
访谈者：好。
受访者：头一个{{han:黄昌盛}}，小名{{minority/zhuang:特宁}}。爸爸{{han:黄立新}}在{{trap/place:佛山}}工地上摔断了腰，回来躺在床上，村里人按孩子的小名叫他{{minority/zhuang:卜特宁}}。妈妈前年走了，再没回来。孩子跟奶奶过，奶奶是{{minority/zhuang:妚兰}}，七十多了还下田。{{minority/zhuang:特宁}}他成绩中等，可是肯干，教室的卫生都让他包了。
访谈者：第二个呢？
受访者：第二个是孤儿，{{han:凌晨}}，女孩，十岁。她爸说她是天快亮的时候生的，就起了这个名。爸妈前年在{{trap/place:百色}}出车祸一起走了，跟着伯父{{han:凌志强}}。伯父家也有三个孩子，伯母{{minority/zhuang:达秀}}嘴上不说，心里嫌多一张嘴。{{han:凌晨}}她不爱说话，作文里写“我想变成一只鸟，飞去看爸爸妈妈”。
访谈者：第三个？
受访者：第三个{{han:农丰收}}，爸爸{{han:农建华}}因为贩毒判了七年，在{{trap/place:南宁}}服刑。妈妈{{minority/zhuang:韦达英}}去了{{trap/place:中山}}打工，孩子跟外公{{minority/zhuang:卜林}}过。{{minority/zhuang:卜林}}是村里的老歌师，{{trap/minority_word:三月三}}赶{{trap/minority_word:歌圩}}，他一开口全场都静下来。班上有孩子笑话{{han:农丰收}}他爸是犯人，他就不来上学了，我去家里找了三回。
访谈者：第四个？
受访者：第四个{{han:陆海燕}}，妈妈是聋哑人，爸爸{{han:陆德贵}}有精神病，时好时坏。孩子的奶奶{{minority/zhuang:妚娟}}守着他们娘儿俩。家里靠低保，镇上的民政助理{{han:岑国栋}}每季度去看一次。孩子说长大了当医生，给她爸治病。
访谈者：这些孩子的家长您都见过吗？
受访者：见过，每学期家访两回。山里的屯子分散，有的要走一个多钟头的山路，雨天路滑，我就穿水鞋去。家访的时候最怕看见孩子一个人在家，灶冷锅空。有一回去跟{{trap/place:德保}}交界的一个屯，孩子奶奶病在床上，孩子自己煮了一锅红薯，说是一天的饭。我回来跟校长说了，第二天就把孩子接到学校寄宿。
访谈者：镇上对困境儿童有什么办法？
受访者：镇上每年开一次联席会，民政、学校、派出所、卫生院都来，一个孩子一个孩子过。该报补贴的报补贴，该转介的转介。我们学校还请了县里的心理老师，每个月来一次，给这些孩子做团体辅导。
访谈者：除了学校，还有谁帮这些孩子？
受访者：村里的儿童主任{{han:滕翠萍}}，她是我们学校毕业的，跟孩子们熟。县里的社工站派来两个，一个叫{{compound:太史婉清}}，另一个是{{compound:钟离浩宇}}，男的，会说壮话。镇卫生院的{{han:闭春梅}}医生每学期来学校给困境儿童体检。校长{{han:赵文彬}}定了规矩，困境儿童的午餐全免。
访谈者：您跟孩子们说话用壮话吗？
受访者：课上说普通话，下课说壮话。有的孩子一年级进来一句普通话都不会，哭了也是用壮话哭。我跟他们说，你们的爷爷奶奶唱的山歌，跟课本里的诗一样好。{{trap/famous:刘三姐}}的故事他们都听过，我就让他们自己编歌。
访谈者：过节的时候呢？
受访者：三月三学校放假，孩子们回家吃{{trap/minority_word:五色糯米饭}}。那几个困境儿童，我会买点糯米跟染料送过去，让他们跟别人家一样。我们这里还有做{{trap/minority_word:绣球}}的，{{minority/zhuang:妚兰}}教孙子缝，说以后抛给心上人。
访谈者：登记表上的信息呢？
受访者：{{han:黄昌盛}}家在{{address:靖西市湖润镇新灶村那坡屯17号}}，{{han:凌晨}}的伯父家在{{address:靖西市新靖镇城南小区3栋2单元602室}}。{{han:凌晨}}的身份证{{id_number@wy2015.451081}}，{{han:农丰收}}的{{id_number@my2015hyphen.451081}}。{{han:滕翠萍}}的电话{{mobile@plain}}，{{minority/zhuang:韦达英}}在外地的电话{{mobile@fullwidth}}，她的微信{{wechat:weidaying_1990}}。我自己的微信{{wechat:nongmeiling-hr}}。{{han:农丰收}}偷偷用外公的手机上QQ，说想跟他妈聊天，他把号码抄在课本封底：{{qq:30581746}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。有的表把头一个孩子写成{{spaced:黄 昌 盛}}，把{{han:陆海燕}}写成{{spaced:陆海 燕}}。{{minority/zhuang:韦达英}}在低保表上写成了{{spaced:韦　达　英}}。还有把社工写成{{spaced:钟 离 浩 宇}}的。
访谈者：您最大的心愿呢？
受访者：这些孩子能念完初中、念完高中。我们这儿{{trap/word:农村}}的孩子，书念出去了，命就改了。
""")

# H141: Han grandfather in 沂南 (临沂) raising three left-behind grandchildren.
DOCS["H141"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：俺家五口，俺跟老伴，再加三个孙辈。俺叫{{han:刘长顺}}，六十七了，住在{{trap/place:临沂}}{{trap/place:沂南县}}的山根底下。儿子{{han:刘海军}}跟儿媳妇{{han:杜凤霞}}在{{trap/place:宁波}}的鞋厂干活，一年到头就过年回来十来天。
访谈者：孩子们多大？
受访者：大孙女{{han:刘欣悦}}十三，小名叫{{han:大嫚}}，在{{school:沂南县第三中学初一（4）班}}。二孙子{{han:刘宇航}}十岁，俺们叫他{{han:铁锤}}，在{{school:岸堤镇中心小学四年级（1）班}}。小孙女{{han:刘雨涵}}七岁，小名叫{{han:小满}}。{{han:铁锤}}他皮，上树掏鸟窝，下河摸鱼，俺一天到晚跟在后头喊。
访谈者：孩子爸妈多久回来一次？
受访者：就过年。{{han:刘海军}}说厂里订单多，五一、十一都不放假。视频倒是天天打，{{han:小满}}一看见她妈就哭，哭完了又不让挂。{{han:杜凤霞}}那边也哭，说对不住孩子。
访谈者：您跟老伴身体怎么样？
受访者：老伴{{han:颜桂英}}前年脑梗，左半边不大利索，能做个饭。俺有老慢支，一到冬天就喘。去年冬天俺住了半个月院，三个孩子是{{han:大嫚}}带着，她给弟弟妹妹做饭、洗衣裳，还得上学。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:庄秀芹}}婶，三天两头来看，有啥难处俺就找{{han:庄秀芹}}。她帮着申请了留守儿童的关爱补助，每年{{trap/number:一千二}}，还让镇上把俺家列成了监测户。村支书{{han:公茂林}}说，{{han:刘长顺}}家的事就是村里的事。镇民政办的{{han:徐立国}}来核过两回。邻居{{han:老厉}}，大名{{han:厉茂山}}，他儿子{{han:强子}}开拖拉机，农忙的时候把俺家的麦子也收了。{{han:强子}}也不要钱，说叔你给俺烙张饼就行。镇上社工站有个大学生叫{{compound:诸葛文韬}}，他老家就在{{trap/place:诸葛镇}}，跟他一块来的还有{{compound:东方婧怡}}，俩人教孩子们写作文。
访谈者：孩子们在学校怎么样？
受访者：{{han:大嫚}}的班主任{{han:王海燕}}老师说，孩子成绩在班里前五，就是不爱跟同学玩。{{han:铁锤}}的老师{{han:高振东}}跟俺说，孩子聪明，就是坐不住。俺说他爹小时候也这样，那会儿也是天天挨揍。
访谈者：孩子们跟您住，平常一天是怎么过的？
受访者：俺五点就起来，熬上粥，馏上馒头。六点半叫孩子们起床，大的自己骑车去镇上，两个小的俺骑三轮送。中午在学校吃，晚上回来俺看着写作业，俺认字不多，看不懂就让大的教小的。八点半一个个洗脚上床，俺再把明天的衣裳找出来放在床头。老伴腿脚不行，就坐在炕上给他们缝扣子、补袜子。
访谈者：有没有想过让孩子们去宁波上学？
受访者：想过，去不了。那边上学要社保、要房子，儿子他们住的是厂里的宿舍，六个人一间。再说孩子去了也没人管，两口子一天干十二个钟头。俺跟儿子说，你们在外头好好干，孩子俺给你们看着，看到俺看不动为止。
访谈者：村里这样的人家多吗？
受访者：多。俺们村年轻人都出去了，留下的净是老的小的。学校里一个班四十个孩子，一半是爷爷奶奶带。村里去年办了个儿童之家，放学后孩子们在那儿写作业、跳绳，有大学生志愿者教画画。
访谈者：过年过节呢？
受访者：过年孩子爹妈回来，俺摊{{trap/word:煎饼}}，炸丸子，孩子们最盼这几天。俺给他们讲{{trap/famous:诸葛亮}}的故事，说{{trap/famous:诸葛亮}}就是咱沂南人。还有{{trap/famous:王羲之}}，写字写得好的那个，{{han:大嫚}}练毛笔字就是临他的帖。
访谈者：地里的活呢？
受访者：三亩地，种花生、地瓜、{{trap/word:高粱}}。儿子想让俺别种了，俺说不种吃啥。俺{{trap/word:孙子}}说，爷爷等我长大了开收割机给你收。他是俺{{trap/word:长孙}}，嘴最甜。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:沂南县岸堤镇西朱家庄村后街9号}}。俺身份证{{id_number@my1958.371321}}，{{han:刘欣悦}}的{{id_number@wy2012.371321}}。俺电话{{mobile@hyphen}}，儿子的电话{{mobile@s434}}，{{han:刘海军}}的微信{{wechat:liuhaijun_nb1989}}。{{han:大嫚}}有QQ，她说要跟她妈发照片，号码写在挂历背面：{{qq:2736015948}}。村里有事也可以打{{trap/hotline:12345}}。
访谈者：名字表上写得对吗？
受访者：有不对的。低保表上俺是{{spaced:刘 长 顺}}，学校把{{han:刘宇航}}写成了{{spaced:刘宇 航}}，监测户的表上老伴成了{{spaced:颜　桂　英}}。
访谈者：您最大的心愿呢？
受访者：盼{{han:刘海军}}两口子早点回来，在临沂城里找个活。孩子们不能老没有爹娘在跟前。
""")

# H142: Han social worker in a migrant school in 大兴 (北京), children from 安徽, 河南 and 四川.
DOCS["H142"] = ("staff", """\
访谈者：您在这所学校做社工多久了？
受访者：四年。我叫{{han:苗文静}}，在{{trap/place:大兴}}西红门那边的一所打工子弟学校驻校，学校六百多个孩子，家长大多是从{{trap/place:安徽}}、{{trap/place:河南}}、{{trap/place:四川}}来的。我手上困境儿童的个案有十一个，挑几个说。
访谈者：好。
受访者：第一个是{{trap/place:阜阳}}的孩子{{han:程浩然}}，在{{school:大兴区新希望学校五年级（3）班}}。他爸{{han:程大伟}}因为盗窃电缆进去了，判了三年半，他妈{{han:彭丽丽}}在超市当理货员，一个人带他和妹妹{{han:程诗雨}}。一家三口住在村里的出租屋，{{address:西红门镇寿宝庄村南区6排14号}}，十来平米。{{han:程浩然}}他在学校不惹事，就是一提他爸就红眼圈。
访谈者：第二个？
受访者：第二个是{{trap/place:周口}}的{{han:代俊豪}}，十一岁。他爸{{han:代建设}}去年在工地上从脚手架掉下来，没了。他妈{{han:胡秀云}}回老家办完丧事又回了北京，在饭馆洗碗。老家民政给孩子办了单亲困境儿童的补贴，一个月{{trap/number:六百元}}。
访谈者：第三个？
受访者：第三个{{han:何梓涵}}，四川{{trap/place:达州}}的，女孩，十岁。爸爸{{han:何永贵}}在车间被机器轧断了右手，成了残疾；妈妈{{han:罗春燕}}前年走了，说是去了{{trap/place:东莞}}。父女俩住在{{address:旧宫镇庑殿村西街27号院3号房}}。孩子每天放学先去菜市场帮她爸看摊。
访谈者：第四个？
受访者：第四个是两姐弟，安徽{{trap/place:六安}}的，姐姐{{han:汪诗琪}}十二，弟弟{{han:汪俊杰}}八岁。妈妈{{han:许丹丹}}有抑郁症，在家躺着；爸爸{{han:汪国庆}}开网约车，白天黑夜地跑。{{han:汪诗琪}}她早上给弟弟做饭、送他上学，自己常迟到。班主任{{han:付红梅}}老师一开始批评她，后来知道了，就让{{han:汪诗琪}}别着急，慢慢来。
访谈者：学校能做什么？
受访者：校长{{han:付建军}}给这几个孩子免了伙食费。我们跟街道的儿童主任{{han:曹淑芬}}对接，帮外地户籍的孩子申请临时救助。还有个公益机构的督导叫{{compound:夏侯嘉琪}}，每月来做一次个案督导，她的同事{{compound:羊舌思远}}带孩子们做小组，机构的负责人是{{compound:濮阳春晖}}。{{compound:夏侯嘉琪}}说，流动儿童最缺的是稳定。小组里我们给孩子们讲{{trap/famous:孔融}}让梨、{{trap/famous:司马光}}砸缸，也讲{{trap/famous:花木兰}}替父从军。
访谈者：孩子们的家长怎么看社工？
受访者：一开始不信任，觉得我们是来查他们的。有的家长在工地上，一天干十几个钟头，哪有工夫跟你聊孩子。我就晚上去出租屋找，带点水果，先听他们说。说多了就熟了，现在有事他们先给我打电话。最难的是孩子出了事，家长第一反应是打，我得先把家长劝住。
访谈者：学校的条件怎么样？
受访者：教室是租的厂房改的，冬天暖气不够，孩子们穿着棉袄上课。老师流动大，一年换一半。可孩子们不挑，有个操场就能玩一下午。去年一家企业给我们捐了图书室，孩子们排着队借书，一点也不乱。
访谈者：这些孩子最难的是什么？
受访者：上学。没有北京户口，到初中就得回老家，很多孩子一回去就成了留守儿童。{{han:程浩然}}他妈说，明年送他回阜阳，跟他奶奶{{han:程桂枝}}过。我跟老家的社工{{han:葛晓东}}联系过了，他会接着跟。
访谈者：孩子回老家以后，你们还管吗？
受访者：我们做转介。孩子回去之前，我把他在这边的情况写成材料，交给老家的儿童主任和学校，再留个电话。回去头一个学期，我隔两周打一回电话，问问孩子住哪、跟谁、上学顺不顺。有的孩子回去以后哭着给我打电话，说想回北京，我听着也难受。
访谈者：登记的信息呢？
受访者：{{han:代俊豪}}的身份证{{id_number@my2014spaced.411623}}，{{han:何梓涵}}的{{id_number@wy2015fwspaced.511722}}。{{han:彭丽丽}}的电话{{mobile@plus86spaced}}，{{han:何永贵}}的电话{{mobile@s74}}。{{han:汪国庆}}跑网约车，微信{{wechat:wangguoqing_la88}}。我的工作微信{{wechat:miao_sw_dx}}。{{han:代俊豪}}有个QQ，说是他爸以前给他注册的，舍不得注销，号码是{{qq:1260473985}}。
访谈者：名字登记有问题吗？
受访者：有。家长填表，有的写成{{spaced:代 俊 豪}}，有的写成{{spaced:汪　诗　琪}}，{{han:何梓涵}}被写成{{spaced:何梓 涵}}。督导签名时写的是{{spaced:夏 侯 嘉 琪}}，孩子们还以为是两个人。
访谈者：您最想说的是什么？
受访者：这些孩子跟着爸妈走南闯北，{{trap/word:何况}}家里还出了事。我们能做的，就是让他们在这几年里有人看见、有人记得。
""")

# H143: Han child director in 喀喇沁旗 (赤峰) reading out her ledger.
DOCS["H143"] = ("staff", """\
访谈者：您是村里的儿童主任？
受访者：对，我叫{{han:邢丽娟}}，在{{trap/place:喀喇沁旗}}{{trap/place:王爷府镇}}的一个村干了六年儿童主任。今天我把台账拿来了，一家一家念。
访谈者：好。
受访者：第一家，{{han:于凤芝}}，女，六十五，低保户。儿子{{han:于长河}}在{{trap/place:赤峰}}因为抢劫判了八年，儿媳{{han:佟丽敏}}改嫁了。孙子{{han:于子轩}}十二，在{{school:王爷府镇中心小学六年级（2）班}}，按事实无人抚养报的，每月{{trap/number:一千四百二}}。台账上户主的名字登了两遍，“{{han:于凤芝}}{{han:于凤芝}}”，是镇上录系统的时候粘重了，我拿红笔圈出来了。
访谈者：第二家？
受访者：第二家是蒙古族，户主{{minority/mongolian:宝音朝克图}}，四十三，肝硬化晚期。老婆{{han:吴淑艳}}是汉族，在旗医院当护工。两个孩子，姐姐{{minority/mongolian:格日勒玛}}十四，在{{school:喀喇沁旗蒙古族中学初二（1）班}}，弟弟{{han:宝志远}}九岁。{{minority/mongolian:宝音朝克图}}他们家是低保全额户，闺女说长大了当护士。
访谈者：第三家？
受访者：第三家户主{{han:白云霞}}，四十，精神残疾二级。男人{{han:赵金柱}}前年在矿上出事没了。一个闺女{{han:赵雨萱}}九岁，跟着姥姥{{han:刘凤琴}}。{{han:白云霞}}她吃上药还好，停了药就往外跑，去年冬天在{{trap/place:锦山镇}}街上找了一宿才找回来。
访谈者：第四家？
受访者：第四家，{{han:牛晓雪}}，十一岁，孤儿。爸爸{{han:牛建勋}}、妈妈{{han:金桂香}}两年前前后脚得病走了，现在跟舅舅{{han:金德胜}}过。{{han:牛晓雪}}也争气，期中考了全年级第三。{{han:金德胜}}那边自己也有两个孩子，他说一个也是养，三个也是养。
访谈者：孩子的爸爸在里面，跟孩子还联系吗？
受访者：第一家的儿子每个月能打一回亲情电话，打到他妈那儿。{{han:于凤芝}}都是把电话递给孙子，自己躲到外屋去。孩子跟他爸说的都是学习的事，挂了电话就不吭声了。去年我们跟监狱那边联系好，带着孩子去会见了一次，回来的路上孩子睡着了，手里还攥着他爸给他折的纸船。
访谈者：这些补贴多久发一次？
受访者：每月十号前打到卡上。有的老人不会用卡，我就陪着去镇上的信用社取。也有人家把孩子的钱挪去还账，我碰上过一回，跟那家的老人谈了一下午，说这钱是孩子的，不能动。后来镇上让我们每季度看一眼孩子的吃穿，钱是不是花在孩子身上，一看就知道。
访谈者：你们村有多少困境儿童？
受访者：在册的十四个，还有三个在观察，家里情况不稳。每年年底重新核一遍，家里有变化的随时报。
访谈者：你们怎么核查这些家庭？
受访者：每月入户一回，填走访记录。镇民政所的所长叫{{compound:长孙建华}}，每季度跟我下来一趟。旗里社工站派了{{compound:左丘若彤}}，她跟{{compound:百里文杰}}一起给孩子们办了假期课堂。村支书{{han:鞠文海}}说，台账上每一个名字后面都是一个孩子。妇联的{{han:么春玲}}大姐帮着找了爱心企业，给每个孩子一套羽绒服。
访谈者：台账上的信息呢？
受访者：{{han:于凤芝}}家在{{address:喀喇沁旗王爷府镇大庙村五组33号}}，第二家在{{address:锦山镇龙山小区9号楼1单元201室}}。{{han:于子轩}}的身份证{{id_number@my2013.150428}}，{{han:牛晓雪}}的{{id_number@wy2014x.150428}}。{{han:金德胜}}的电话{{mobile@p86n}}，{{han:刘凤琴}}的{{mobile@spaced}}。我的工作微信{{wechat:xinglijuan_wyf}}。第一家那个孙子有QQ，他说想他爸了就在上面写日记，号码抄给了我：{{qq:57209318}}。
访谈者：名字写法一致吗？
受访者：不一致。有张表把户主写成{{spaced:于 凤 芝}}，第二家的姐姐成了{{spaced:格日勒 玛}}。{{minority/mongolian:宝音朝克图}}户口本上带着姓氏，写的是{{minority/mongolian:乌梁海·宝音朝克图}}，旗里的表又写成{{spaced:乌梁海 · 宝音朝克图}}，学校的表写成{{spaced:宝 音 朝 克 图}}。社工的名字写成了{{spaced:左　丘　若　彤}}。我一个一个对着户口本改。
访谈者：过年过节的时候呢？
受访者：腊月里村里杀年猪，我把这几家的孩子叫到村部一块儿吃饭。旗里的老师给孩子们讲{{trap/famous:贡桑诺尔布}}办学堂的故事，讲{{trap/place:喀喇沁亲王府}}。孩子们听得直点头，{{trap/word:于是}}回来都说要好好念书。
访谈者：您干这活最难的是什么？
受访者：人情。有的人家明明够条件，不愿意报，怕人说闲话；有的不够条件，天天来闹。我就一条一条跟他们讲政策。还有就是孩子大了，心思重，{{han:于子轩}}有一阵子不跟人说话，我跟学校的{{han:姜淑华}}老师一起，天天放学陪他走一段。现在他又会笑了。
""")

# H144: Korean-Chinese grandmother in 珲春 whose son works in Korea.
DOCS["H144"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：三口，我和两个孙辈。我叫{{minority/korean:许贞姬}}，七十一，住在{{trap/place:珲春}}{{trap/place:敬信镇}}。老头子{{minority/korean:李东植}}走了六年。儿子{{minority/korean:李在焕}}在{{trap/place:韩国}}{{trap/place:安山}}的工厂，一走八年了。儿媳{{minority/korean:朴英爱}}早两年跟他离了，在{{trap/place:首尔}}的饭店干活，又成了家。
访谈者：孩子们多大？
受访者：大孙子{{minority/korean:李承宰}}十三，在{{school:珲春市第四中学初一（2）班}}；小孙女{{minority/korean:李恩彩}}八岁，在{{school:敬信镇朝鲜族小学二年级（1）班}}，我们叫她{{minority/korean:恩彩}}。
访谈者：儿子多久回来一次？
受访者：头几年一年回来一趟，这两年签证麻烦，三年没回了。{{minority/korean:李在焕}}他每个月往卡里打钱，打电话也就问问学习。{{minority/korean:恩彩}}她记不清她爸长啥样，视频的时候躲在我背后。
访谈者：孩子妈妈那边呢？
受访者：{{minority/korean:朴英爱}}的爹妈，就是我亲家，{{minority/korean:朴炳哲}}和{{minority/korean:金福顺}}，也去了韩国，在{{trap/place:水原}}给人看大棚。他们过年给{{minority/korean:恩彩}}寄{{trap/minority_word:韩服}}，给孙子寄压岁钱。亲家母在电话里跟我说，孩子是两家的孩子。
访谈者：谁在帮您？
受访者：社区的儿童主任{{han:崔红梅}}，她给两个孩子报了留守儿童的关爱项目。镇民政的{{han:郑光明}}帮我办了低保，每月{{trap/number:八百四}}。邻居{{minority/korean:全顺玉}}天天过来串门，给我们拌{{trap/minority_word:桔梗菜}}。孙子的班主任{{han:申美兰}}老师隔两周来家访。社工站有{{compound:南宫秀媛}}，还有{{compound:皇甫俊熙}}，两个都是朝鲜族，每周末来带孩子们学{{trap/minority_word:长鼓}}。
访谈者：儿子在韩国做什么活？
受访者：在工厂里做汽车零件，一天站十个钟头。他说那边挣得多，一个月顶这边三个月，可是吃住都贵，省下来的钱也不多。他腰不好，是搬零件搬的，我让他回来，他说再干两年。村里像他这样去韩国的，十家有七八家，剩下的全是老人跟孩子。
访谈者：孩子们说朝鲜语还是汉语？
受访者：在家跟我说朝鲜语，在学校说汉语。孙女的朝鲜语比孙子好，孙子上了初中，汉语说得多了，有时候我说的老话他听不懂。我就一句一句教，总不能让孩子把自己的话忘了。
访谈者：您身体怎么样？
受访者：糖尿病十几年了，一天打两针胰岛素。去年冬天在冰上滑了一跤，手腕骨折，那一个月是{{minority/korean:全顺玉}}她给孩子们做饭。医院的{{han:玄哲浩}}大夫上门给我换药，没收一分钱。
访谈者：孩子们在学校怎么样？
受访者：孙子数学好，就是不爱说话。{{han:申美兰}}老师说，他作文里写他爸在海那边，他在江这边，中间隔着一个{{trap/place:图们江}}——其实韩国不在江那边，可孩子心里就是这么想的。孙女爱跳舞，学校六一演出她跳了{{trap/minority_word:阿里郎}}，我坐在底下哭了一场。
访谈者：过节呢？
受访者：老头子在的时候，过节一家人包{{trap/minority_word:打糕}}。现在人少了，我就给两个孩子做一锅冷面。孙子课本里学过{{trap/famous:尹东柱}}的诗，回来念给我听；孙女爱听{{trap/famous:春香}}的故事，听一百遍也不嫌。
访谈者：晚上家里就你们三个，怕不怕？
受访者：冬天最怕。停电了，炕不热，我抱着孙女，孙子拿手电筒去看锅炉。邻居们都知道我家没有男人，一有动静就过来看看。社区给我装了个一键呼叫的机器，按一下就有人打电话来问。
访谈者：登记表要写地址和号码。
受访者：家在{{address:珲春市敬信镇防川村二组8号}}，儿子回国时住他姑家，在{{address:图们市向上街道长安小区12号楼3单元501室}}。我身份证{{id_number@wy1954spaced.222404}}，孙子的{{id_number@my2012fwhyphen.222404}}。我电话{{mobile@fws}}，儿子在国内留的号{{mobile@p86h}}，他微信{{wechat:lee_jaehwan_ansan}}。孙子有QQ，说跟他爸在上头聊，号码我抄在日历上：{{qq:3619027458}}。
访谈者：表上的名字写得对吗？
受访者：朝鲜族名字，汉字写对了，空格乱加。我在低保表上是{{spaced:许 贞 姬}}，孙子写成了{{spaced:李 承宰}}，孙女写成{{spaced:李　恩　彩}}，社工写成{{spaced:南 宫 秀 媛}}。
访谈者：您最大的心愿呢？
受访者：盼儿子早点回来。孩子们要的不是钱，是爸爸在跟前。我活到这个岁数，别的不求了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=137,
          trap_floor=BRIEF_TRAP_FLOOR,
          written_with=("holdout18",))  # (written side by side with set 18)


if __name__ == "__main__":
    main()
