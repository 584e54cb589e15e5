# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 119 (tests/pii/holdout119/H937-H944 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 118, written at the same time, is not
an earlier set).

Set 119 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
莆田 (Fujian) and 舟山 (Zhejiang): a Mongolian father from 苏尼特右旗 who works on a fishing boat out of 沈家门
while his daughter lives with her grandmother in the gacha; a Kham Tibetan mother from 理塘 who cleans rooms in a
莆田 hotel, her husband disabled in a fall from scaffolding, her son with her and her daughter with her mother in
理塘; a Kazakh grandmother from 伊宁 raising a grandson whose father is in prison, now living with her daughter in
定海区; a Hui widow from 同心 who runs a noodle shop in 城厢区; a Han fisherman's widow on 衢山岛 (岱山); a Han
village teacher in 仙游 (度尾镇) who reaches her four cases and their parents on WeChat and QQ; a Han community
worker in 普陀区 (东港街道) reading out her list; and a Han uncle in 秀屿区 (东峤镇) raising his late brother's two
children. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names used whole (斯琴图娅, 那顺乌日图, 乌日罕高娃, 额尔和木图) and with short and fond forms
(希力德巴特尔 then 希力德, 达来呼和 then 小达来, 萨仁奇木格 then 奇木格她), a Han surname before a Mongolian given name
(鲍萨仁奇木格) and the Han name and boat nickname of the same man (包金海, 草原包); Kham Tibetan names of 理塘
(泽仁拉措, 呷绒登珠, 向秋曲珍, 阿称拉姆她, 四郎呷玛, 洛绒扎巴) with short and fond forms (泽登他, 登珠, 阿措), names
whose first syllable looks like the Han surname 向 (向巴泽登, 向秋曲珍) and that syllable taken for a surname by a
hospital and a school (向泽登, 向登珠); Kazakh given name + father's name with and without the dot (哈丽恰·叶尔肯,
叶尔兰·沙肯, 阿斯兰别克·叶尔兰, 阿斯兰别克叶尔兰, 古丽娜尔·沙肯, 沙吾烈·加尔肯) and single and short forms (阿克巴拉,
叶尔兰他, 阿斯兰, 古丽娜尔她, 哈丽恰), an uncle's Han surname before a Kazakh given name (虞阿斯兰别克) and the
neighbours' Han-style name for the grandmother (哈奶奶); Han-form Hui names (锁玉梅, 海福全, 海泽宇, 海梦瑶, 海福才才,
撒子豪) beside 经名 used alone (哈丽黛, 麦海迪, 优奴斯他, 买尔燕, 阿卜杜勒, 茹海娅她, 萨利麦) and after a Han surname
(海买尔燕, 韩伊斯玛仪, 马阿卜杜阿訇, 撒优素福); Han names with common and rare surnames of the region (竺, 厉, 忻, 邬,
缪, 虞, 应, 乐, 贝, 俞, 童, 毛, 鲍, 贺, 卓, 柯, 阮, 佘, 傅, 游, 詹, 连, 薛, 蒋, 关, 许, 姚); surnames that are ordinary words,
directly after or before grammar words (要春雷要我, 还丽君还帮我, 能德福能办的, 也秀珍也是, 我把把梓涵, 把国庆把,
被淑芬被厂里, 我又让让海英, 第一户就是就子轩, 有思琪有哮喘, 和雨萱和她弟弟, 和振洋和我说, 我向向一帆, 都若彤,
把 梓 涵 after 把) and given names ending in such characters (蔡永和和老板, 吴清和和方秀琴, 海福才才, 许才良才知道);
names that contain words (包金海, 忻海潮, 厉安澜, 厉小舟, 毛兴旺, 蔡永和); titles and kin words after names
(耿丽娜老师, 游雅琴老师, 鲍雪芬老师, 姚美玲老师, 关丽蓉大姐, 马阿卜杜阿訇; the span is the name only), a surname with
only a title or kin word, annotated whole (邬老板, 卓姐, 阮老师, 哈奶奶, 应阿姨, 乐老师, 锁姐, 佘阿婆, 贺阿婆, 蒋老师,
邬科长, 姚老师), nicknames and local forms of address, annotated whole (草原包, 阿娥, 毛阿狗, 舟舟呢, 阿根公, 涵妹,
俊仔啊, 清和叔, 吴家阿嬷; 阿措 and 小达来 are minority); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和, and a name closing the last sentence (最该谢的是卓美娟。, 第三行就是孩子他爸，厉海根。,
头一个要谢的，是关丽蓉。); names spaced out character by character in half- and full-width spaces, a dotted name with
spaces around the dot (哈丽恰 · 叶尔肯) and names split in two (达来　呼和, 向巴　泽登, 阿斯兰别克　叶尔兰, 买尔 燕, 连俊 杰,
和雨 萱, 吴诗 涵); compound surnames after ordinary words (闻人, 澹台, 钟离, 公良, 漆雕, 端木, 夹谷, 宗政, 太叔, 公羊,
羊舌, 谷梁, 东郭, 亓官, 微生, 壤驷, 乐正, 颛孙, 梁丘, 鲜于, 司空); and numbers read out and written the many ways people
do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:竺月娥}}``, ``{{qq:3092715864}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwspaced.350322}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, spacedx, hyphen, fw, fullwidth,
                                   fwhyphen, fwspaced, quad, tri; mobiles plain, spaced, hyphen, fullwidth, plus86,
                                   plus86dash, plus86spaced, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 大姐) and a particle, pronoun or verb
written directly after a name (说, 也, 还, 能, 要, 把, 被, 和, 才, 有, 呢, 啊, 她, 他) are outside the span; a surname with
only a title or kin word (邬老板, 卓姐, 哈奶奶, 贺阿婆) and a nickname or local form of address (草原包, 阿娥, 舟舟,
阿根公, 涵妹, 俊仔, 清和叔, 吴家阿嬷) are annotated whole. Han-style names of Mongolian, Kazakh and Hui people (包金海,
锁玉梅, 海泽宇, 撒子豪) and the Han-style name for a Kazakh grandmother (哈奶奶) are category han; a Han surname, or a
syllable taken for one, before a non-Han given name (鲍萨仁奇木格, 向泽登, 向登珠, 虞阿斯兰别克, 海买尔燕, 撒优素福)
is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout119/make_holdout119.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(119_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "134", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175",
                   "176", "178", "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H937: Mongolian father from 苏尼特右旗 who works on a fishing boat out of 沈家门 (舟山); his daughter is with his
# mother in the gacha.
DOCS["H937"] = ("family", """\
访谈者：听口音您是北边来的，怎么上了渔船？
受访者：内蒙古{{trap/place:苏尼特右旗}}的，放羊出身。我叫{{minority/mongolian:希力德巴特尔}}，船上花名册写的汉名是{{han:包金海}}，伙计们嫌我个子大，喊我{{han:草原包}}。在{{trap/place:沈家门}}跟船第四年了，头一年晕船，苦胆都吐出来了。家里人还是叫我{{minority/mongolian:希力德}}。
访谈者：怎么想到出来的？
受访者：那几年连着旱，草场退得厉害，羊卖不上价，欠了信用社十来万。老婆{{minority/mongolian:斯琴图娅}}又得了尿毒症，在{{trap/place:锡林浩特}}透析了一年多，前年秋天走了。同嘎查的{{minority/mongolian:那顺乌日图}}先来的舟山，在冷库搬鱼，他说跟船一年能落下七八万，我就跟来了。
访谈者：孩子现在谁带？
受访者：一个闺女，叫{{minority/mongolian:达来呼和}}，十岁，跟她奶奶在嘎查。名字是她妈起的，达来在蒙语里就是海，谁想到她爸真跑到海上来了。家里都叫她{{minority/mongolian:小达来}}。她在{{school:苏尼特右旗赛汉塔拉镇第二小学四年级（3）班}}住校，周五奶奶骑摩托去接。
访谈者：奶奶身体怎么样？
受访者：我{{trap/minority_word:额吉}}六十九了，血压高，一只眼睛白内障。低保本上写的是{{minority/mongolian:鲍萨仁奇木格}}，嘎查里的人叫她{{minority/mongolian:萨仁奇木格}}，老姐妹们就叫一声{{minority/mongolian:奇木格}}。{{minority/mongolian:奇木格}}她天不亮起来挤奶，给孙女泡{{trap/minority_word:炒米}}，冬天还得一个人去井上拉水。去年冬天白毛风刮了三天，她在羊圈里守了一夜，冻得手指头到现在还是紫的。
访谈者：家里有谁帮着？
受访者：嘎查的儿童主任{{minority/mongolian:乌日罕高娃}}一礼拜去一趟，给孩子看作业，给老人量血压。嘎查达{{minority/mongolian:额尔和木图}}把闺女报成了事实无人抚养，一个月{{trap/number:一千三百二}}，又给额吉办了低保。镇民政所的{{han:邢振宇}}来核过两回，说手续都齐了。闺女的班主任{{han:耿丽娜}}老师每礼拜给我发一回她的作文，有一篇写的就是我，题目叫《我的爸爸在大海上》。
访谈者：船上的日子怎么过？
受访者：出一趟海十几二十天，睡的铺比马槽还窄。船老大{{han:忻海潮}}是岱山人，船东{{han:邬定国}}在岸上管发工钱，大家叫他{{han:邬老板}}。四川来的{{han:要春雷}}要我跟他学补网，我手笨，扎破了好几回。{{han:忻海潮}}他说草原上来的人力气大，拉网一个顶俩。{{trap/word:休渔期}}三个月没工钱，我就去冷库扛冻鱼，一箱五十斤。去年十月起网的时候，缆绳打断了我两根肋骨，接骨的大夫叫{{compound:闻人泽川}}，他说再偏一点就戳到肺了。
访谈者：闺女知道您在海上做什么吗？
受访者：知道。靠岸有信号了，我就拍{{trap/place:东海}}上的日出给她看，她说跟草原上的一样红。她在学校的{{trap/minority_word:乌兰牧骑}}小队里拉{{trap/minority_word:马头琴}}，拉的是她妈教的那首。她问我海里有没有{{trap/famous:成吉思汗}}的马，我说马不会游泳，她不信。
访谈者：这边有人照应您吗？
受访者：{{trap/place:普陀区}}社工站的{{compound:澹台若楠}}知道我家的事，帮闺女在网上申请了一对一的线上辅导，陪她读书的志愿者叫{{compound:钟离书瑶}}，是个大学生，每礼拜二晚上跟她视频。{{han:邬老板}}过年多给了我两千块，让我买票回家。{{minority/mongolian:那顺乌日图}}替我在冷库顶了半个月的班。
访谈者：您多久回一次家？
受访者：一年回一趟，赶在过年。从舟山坐车到北京，再倒车到赛汉塔拉，路上要两天两夜。去年回去，{{minority/mongolian:小达来}}躲在奶奶身后不肯叫我，说我晒得跟海边的礁石一样黑。住了十来天她才跟我亲，走的那天早上她抱着我的腿不撒手，额吉把她抱回屋里，我上了车不敢回头。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:苏尼特右旗朱日和镇查干敖包嘎查二组7号}}，这边住{{address:普陀区沈家门街道渔港路46号渔工宿舍3楼309室}}。我身份证{{id_number@my1983spaced.152524}}，闺女的{{id_number@wy2015.152524}}。我手机{{mobile@s38}}，出海没信号，就打{{minority/mongolian:乌日罕高娃}}的{{mobile@plus86}}。我微信叫{{wechat:xilide_zhoushan83}}。闺女用奶奶的手机上QQ，号码是她一个数一个数念，我拿圆珠笔写在手背上的：{{qq:3092715864}}。船号是{{trap/number:浙普渔06517}}，有事也可以找船东。
访谈者：名字在各样表上写得一样吗？
受访者：哪能一样。低保表上我是{{spaced:希 力 德 巴 特 尔}}，学校写闺女是{{spaced:达来　呼和}}，船上的保险单写成{{spaced:包 金 海}}，额吉写成{{spaced:萨 仁 奇 木 格}}。
访谈者：最盼什么？
受访者：把账还清，回去接着放羊。闺女说等她考上大学，要来看真的海，还要上船看看她爸睡的那张铺。我说好，到时候让{{han:忻海潮}}开船带她出去转一圈。
""")

# H938: Kham Tibetan mother from 理塘 who cleans rooms in a hotel in 莆田; her husband was disabled in a fall from
# scaffolding, her son is with her and her daughter with her mother in 理塘.
DOCS["H938"] = ("family", """\
访谈者：阿佳，您在这家酒店做了多久？
受访者：快三年了，做客房，一天要收拾十六间。我叫{{minority/tibetan:泽仁拉措}}，{{trap/place:理塘}}人。酒店里的姐妹叫不顺口，都喊我{{minority/tibetan:阿措}}。客房部的主管{{han:卓美娟}}对我好，我们都叫她{{han:卓姐}}。
访谈者：怎么从理塘到了莆田？
受访者：我男人{{minority/tibetan:向巴泽登}}先出来的，跟着老乡在{{trap/place:荔城区}}的工地上绑钢筋。一九年我带着儿子也过来了。前年夏天他从脚手架上掉下来，摔断了腰，下半身没知觉，现在坐轮椅。医院的单子上把他写成{{minority/tibetan:向泽登}}，把名字头一个字当成了姓。
访谈者：工地赔了吗？
受访者：包工头{{han:蔡永和}}和老板扯皮，拖了一年多，{{han:蔡永和}}他说人不是他招的。法律援助中心的律师{{compound:公良思远}}帮我们打官司，去年赔了二十来万，大半都花在医药费上了。{{trap/org:荔城区残联}}给他办了一级残疾证，两项补贴一个月{{trap/number:八百四十元}}。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:呷绒登珠}}十岁，在{{school:荔城区拱辰中心小学四年级（2）班}}。报名的时候学校说要有个姓，就用了他爸名字头一个字，写成{{minority/tibetan:向登珠}}。同学都叫他{{minority/tibetan:登珠}}。女儿{{minority/tibetan:向秋曲珍}}六岁，我一个人带不过来，放在理塘跟我阿妈，在{{school:理塘县高城镇第二完全小学一年级（1）班}}。
访谈者：这边有谁帮你们？
受访者：社区的儿童主任{{han:柯雅萍}}给儿子报了困境儿童，每月{{trap/number:一千零五十元}}，又帮我们申请了低保。儿子的班主任{{han:阮老师}}中午留他在学校吃饭，不收钱。{{han:卓姐}}把我的班排在白天，我晚上能回去给{{minority/tibetan:泽登}}翻身、擦洗。区社工站的{{compound:漆雕秀云}}一个月来两回，陪他说话，教他做上肢的康复操。
访谈者：老家那边呢？
受访者：阿妈{{minority/tibetan:阿称拉姆}}六十七了，还在放牦牛。村里的儿童主任{{minority/tibetan:四郎呷玛}}每个月去看女儿，冬天给她送了棉鞋。我弟弟{{minority/tibetan:洛绒扎巴}}在{{trap/place:毛垭坝}}挖{{trap/minority_word:虫草}}，挖到了就给阿妈寄钱。{{minority/tibetan:向秋曲珍}}在视频里给我唱学校教的歌，唱完就问，阿妈什么时候回来。{{minority/tibetan:阿称拉姆}}她在旁边抹眼泪，不让孩子看见。
访谈者：您丈夫现在怎么样？
受访者：人是活下来了，心没活过来。以前他在{{trap/minority_word:赛马节}}上骑马，是村里跑得最快的，现在上厕所都要人抱。{{minority/tibetan:泽登}}他常常一天不说话，盯着窗户外面看。儿子放学回来给他念课文，他才笑一笑。有一回他跟我说，你带孩子回理塘吧，别管我了。我骂了他一顿，骂完两个人一起哭。
访谈者：儿子在这边适应吗？
受访者：刚来的时候一句普通话不会说，同学笑他脸上的高原红。后来{{han:阮老师}}让他在班会上唱了一首家乡的歌，大家给他鼓掌，他才慢慢有了朋友。他跟同学说{{trap/famous:丁真}}是我们理塘的，同学都知道，他可骄傲了。{{minority/tibetan:登珠}}现在普通话比我好，去医院、去社区办事都是他给我当翻译。
访谈者：酒店的活累吗？
受访者：累是累，比工地强。一间房二十分钟，换床单、刷马桶、擦镜子，主管查房戴白手套一摸，有灰就得返工。有一回客人丢了手表，说是我拿的，{{han:卓姐}}调了监控，手表掉在床缝里。客人走的时候跟我道了歉，还塞给我一包{{trap/word:桂圆干}}，我拿回去泡水给{{minority/tibetan:泽登}}喝。
访谈者：您自己呢？
受访者：腰疼，手被消毒水泡得起皮。一个月三千二，房租八百，药钱一千多。晚上给男人翻完身，我就坐在阳台上念经，念着念着就睡着了。阿妈说{{trap/famous:仓央嘉措}}写过理塘，说白鹤不飞远，转一圈就回来。我盼着我们也能回去。可是回去了，他的病谁来看？理塘的医院没有康复科，轮椅在土路上也推不动。
访谈者：登记信息请您说一下。
受访者：这边租的房子在{{address:荔城区拱辰街道东园社区镇海路17号3楼}}，老家在{{address:理塘县禾尼乡然日卡村三组21号}}。我身份证{{id_number@wy1990hyphen.513334}}，{{minority/tibetan:向巴泽登}}的{{id_number@my1987fw.513334}}。我电话{{mobile@h38}}，{{han:柯雅萍}}的电话{{mobile@fws}}。我的微信{{wechat:zerenlacuo_lt}}。儿子有个QQ，{{han:阮老师}}让注册的，上网课用，号码写在他语文书的封皮里面：{{qq:２７０４９８１５３}}。
访谈者：名字在表上写得对吗？
受访者：都不一样。社区的表上我是{{spaced:泽 仁 拉 措}}，残疾证上他是{{spaced:向巴　泽登}}，理塘的表上女儿是{{spaced:向 秋 曲 珍}}。
访谈者：最后还想说什么？
受访者：帮过我们的人多，最该谢的是{{han:卓美娟}}。
""")

# H939: Kazakh grandmother from 伊宁 raising a grandson whose father is in prison; she now lives with her daughter
# in 定海区.
DOCS["H939"] = ("family", """\
访谈者：阿姨，您是从新疆过来的？
受访者：{{trap/place:伊宁}}来的，来了一年半。我叫{{minority/kazakh:哈丽恰·叶尔肯}}，这边小区里的人念不全，都叫我{{han:哈奶奶}}。我女儿嫁到了舟山，我带着孙子过来投奔她。
访谈者：孙子的爸爸妈妈呢？
受访者：我儿子{{minority/kazakh:叶尔兰·沙肯}}在老家跟人合伙倒卖东西，犯了事，判了七年，在{{trap/place:乌鲁木齐}}的监狱里。孙子的妈妈{{minority/kazakh:阿克巴拉}}是{{trap/place:霍城}}人，判下来以后就走了，听说去了{{trap/place:阿拉木图}}，再没来过电话。孙子那时候五岁。
访谈者：孙子现在多大？
受访者：九岁了，叫{{minority/kazakh:阿斯兰别克·叶尔兰}}，学校的表上没有点，写成{{minority/kazakh:阿斯兰别克叶尔兰}}。报名的时候跟了他姑父的姓，有的老师就叫他{{minority/kazakh:虞阿斯兰别克}}。家里叫他{{minority/kazakh:阿斯兰}}，狮子的意思。{{minority/kazakh:阿斯兰}}在{{school:定海区城东小学三年级（4）班}}，中午在学校吃，我给他带一块{{trap/minority_word:馕}}当点心。
访谈者：您女儿一家怎么样？
受访者：女儿{{minority/kazakh:古丽娜尔·沙肯}}在伊宁读的卫校，认识了我女婿{{han:虞建平}}，他是舟山人，在新疆当兵。退伍以后两个人回了{{trap/place:定海区}}，她在社区卫生服务站当护士。{{minority/kazakh:古丽娜尔}}她白天上班，晚上还要带自己两个孩子。女婿跑运输，{{han:虞建平}}他说，多一个孩子就多一双筷子。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:应秀芬}}，孙子管她叫{{han:应阿姨}}。她帮孙子办了服刑人员子女的补助。从伊宁转过来手续麻烦得很，她跑了四趟，跟伊宁那边的儿童主任{{minority/kazakh:沙吾烈·加尔肯}}打了好多回电话，一个月{{trap/number:九百一十元}}。班主任{{han:乐老师}}每天放学多留他半个钟头，教他拼音。区社工站的{{compound:端木清越}}每礼拜来一次，还有个男社工叫{{compound:夹谷青松}}，周末带孙子去海边捡贝壳。
访谈者：孩子见过爸爸吗？
受访者：去年{{trap/minority_word:古尔邦节}}前，我带他坐了四天火车回去，在监狱里隔着玻璃见了二十分钟。{{minority/kazakh:叶尔兰}}他哭，孙子不哭，一直问爸爸什么时候回家。回来的路上他问我，爸爸是不是坏人。我说你爸做了错事，错事要改，改了就还是好人。{{minority/kazakh:叶尔兰}}在信里说，他在里面学了电焊，出来能找活干。
访谈者：孙子在学校怎么样？
受访者：{{han:乐老师}}说他算术好，拼音差，上课爱举手，答错了也举。班上有个同学叫他新疆娃，他跟人打了一架。{{han:乐老师}}没罚他，让他在班会上讲草原，讲转场、讲冬窝子、讲我们骑着马搬家。讲完了那个同学说，以后要去新疆找他玩。现在两个人天天一起走回家，{{minority/kazakh:阿斯兰}}还把我烤的包子分给人家。
访谈者：孙子在这边适应吗？
受访者：头一个冬天受不了，这边的冷是湿的，往骨头里钻，他手上生了冻疮。饭也吃不惯，天天是鱼，他想吃{{trap/minority_word:奶疙瘩}}、手抓饭。现在好了，跟姑父学会了吃螃蟹，还会说两句舟山话。他最爱听我唱{{trap/minority_word:阿肯弹唱}}里的歌，听着听着就睡了。
访谈者：您自己身体怎么样？
受访者：七十了，血压高，腿也不行，上下楼要扶着墙。我不识汉字，去医院挂号、去学校开会都得女儿陪着。{{han:应秀芬}}说，有事就给她打电话，不用不好意思。我跟孙子讲{{trap/famous:林则徐}}在{{trap/place:伊犁}}修渠的事，讲他从福建走到新疆，孙子说那他跟我们是反着走的。
访谈者：您想不想回伊宁？
受访者：想。这边什么都好，就是看不见山。伊宁的春天杏花开得满山都是，我们家院子里有两棵苹果树，是我男人活着的时候种的。女儿说，等孙子大一点，送他回去读中学，我也跟着回去。可孙子现在说舟山话比哈萨克话还溜，我怕他回去了，他爸都听不懂他说什么。
访谈者：登记信息请您说一下。
受访者：我们住{{address:定海区昌国街道东海西路小区11幢2单元402室}}，伊宁的老房子在{{address:伊宁县喀拉亚尕奇乡阔布村五组16号}}。我身份证{{id_number@wy1955quad.654021}}，孙子的{{id_number@my2016tri.654002}}。我电话{{mobile@plus86dash}}，女儿的{{mobile@s434}}。女儿的微信{{wechat:gulnar_dinghai}}，我不会用，有事都发她。孙子拿姑父的旧手机上QQ，号码他一个数一个数念给我，我让女儿写在日历背面了：{{qq:1840375296}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。社区的表上我是{{spaced:哈丽恰 · 叶尔肯}}，孙子在学校是{{spaced:阿 斯 兰 别 克}}，补助的单子上又写成{{spaced:阿斯兰别克　叶尔兰}}。{{minority/kazakh:哈丽恰}}这几个字，我到现在也认不全。
访谈者：您最盼什么？
受访者：盼儿子好好改造，早点出来，把孩子接回去。孙子说，等爸爸出来，他要带爸爸来看海。
""")

# H940: Hui widow from 同心 who runs a noodle shop in 城厢区 (莆田); her husband was killed by a lorry.
DOCS["H940"] = ("family", """\
访谈者：大姐，这面馆开了几年了？
受访者：五年了。我叫{{han:锁玉梅}}，经名{{minority/hui:哈丽黛}}，宁夏{{trap/place:同心}}人。店是我跟我男人一起开的，前年他走了，剩我一个人撑着。街上的人都叫我{{han:锁姐}}，晚上收摊我{{trap/word:锁门}}，他们还笑，说{{han:锁姐}}锁门。
访谈者：您丈夫是怎么走的？
受访者：前年腊月，他骑电动车去{{trap/place:涵江}}进牛肉，天还没亮，被一辆大货车撞了。{{han:海福全}}走的时候才三十九岁，经名叫{{minority/hui:麦海迪}}。肇事的司机跑了，到现在也没抓着。他活着的时候老说，海家的老祖宗是{{trap/famous:海瑞}}，我说人家是海南的，你是同心的。
访谈者：孩子们呢？
受访者：两个。儿子{{han:海泽宇}}十二岁，经名{{minority/hui:优奴斯}}，在{{school:城厢区南门学校六年级（3）班}}。闺女{{han:海梦瑶}}八岁，经名{{minority/hui:买尔燕}}，在{{school:城厢区凤山小学二年级（4）班}}。学校的老师有时候叫她{{minority/hui:海买尔燕}}，两个名字连在一起。{{minority/hui:优奴斯}}他爸走了以后就不爱说话了，放学回来就钻进后厨帮我揉面。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:郑丽娥}}给两个孩子报了困境儿童，每月{{trap/number:一千一百八十元}}，又帮我报了低保。街道民政的{{han:傅振华}}来看了三回店，说营业额要算进收入，报了两回才批下来。儿子的班主任{{han:游雅琴}}老师把他的作业拍了照发给我，我看不懂也存着。房东{{han:佘阿婆}}把房租减了三百。区社工站的{{compound:宗政晓雯}}每周来一回，陪闺女画画；她同事{{compound:太叔明轩}}帮我跟派出所问着肇事的案子，律师{{compound:公羊子衿}}说，人抓着了能打民事赔偿。
访谈者：店里生意怎么样？
受访者：一般。这条街上三家面馆，就我们是清真的，老客人多是附近工地上的和学生。一天卖一百来碗，刨掉房租、牛肉、水电，一个月落下四五千。他在的时候他拉面我收钱，现在我一个人又拉又煮又收钱，忙的时候让儿子在门口收钱，他算账比我快。有个老客人每回吃完都在碗底下多压五块钱，我追出去还，他跑得比我快。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，作文写不长，{{han:游雅琴}}老师说他上课老走神，看着窗户外头。学校食堂没有清真的，中午两个娃娃走回店里吃，我把面下好了等着。闺女胆子小，社工给她报了个画画班，不要钱。她画了一张全家福，四个人，她爸站在最边上，脚没画，像飘在天上。我看了一晚上没睡着。
访谈者：老家那边呢？
受访者：我男人的弟弟{{han:海福才}}才从同心来过一趟，要把两个娃娃接回去，他经名{{minority/hui:阿卜杜勒}}，村里都这么叫他。我没让。{{han:海福才}}他说女人一个人开店养不活。公公婆婆在{{trap/place:韦州}}，婆婆经名{{minority/hui:茹海娅}}，{{minority/hui:茹海娅}}她在电话里哭，说娃娃是海家的根。我说根在哪，我就在哪。
访谈者：在莆田有没有回族乡亲？
受访者：有几家，都是开面馆的。{{trap/place:化隆}}来的{{minority/hui:韩伊斯玛仪}}常来帮我看店，他媳妇{{minority/hui:萨利麦}}给闺女缝了新盖头。清真寺的{{minority/hui:马阿卜杜}}阿訇每个主麻日给{{minority/hui:优奴斯}}讲经，说男娃娃要替妈妈撑起来。
访谈者：过节怎么过？
受访者：{{trap/minority_word:圣纪节}}那天关店，我炸{{trap/minority_word:油香}}，给左邻右舍都送一份。隔壁卖{{trap/word:卤面}}的莆田阿姨回我一锅{{trap/word:兴化粉}}。客人来吃面，一{{trap/word:海碗}}十五块，我多给孩子们的同学加一勺牛肉。
访谈者：您自己呢？
受访者：早上五点起来揉面，晚上十点收摊。手腕疼，贴膏药。最怕自己病倒，那两个娃娃就真没人管了。闺女说，妈妈你别哭，我长大了帮你拉面。{{minority/hui:买尔燕}}还小，不知道拉面要多大的劲。
访谈者：登记信息请您说一下。
受访者：店在{{address:城厢区霞林街道学园南路58号}}，老家在{{address:同心县韦州镇韦一村四组9号}}。我身份证{{id_number@wy1986fwhyphen.640324}}，儿子的{{id_number@my2013.640324}}。我电话{{mobile@p86h}}，{{han:郑丽娥}}的{{mobile@spaced}}。我的微信{{wechat:suoyumei_lamian}}，外卖单子上也印着。儿子有个QQ，跟同学交作业用，号码他写在店里的价目表背面：{{qq:58213079}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:锁 玉 梅}}，儿子的经名写成{{spaced:优 奴 斯}}，闺女写成{{spaced:海 梦 瑶}}，还有一张把她的经名拆成{{spaced:买尔 燕}}。
访谈者：最大的心愿是什么？
受访者：娃娃们好好念书。肇事的人能抓着，给{{minority/hui:麦海迪}}一个交代。
""")

# H941: Han fisherman's widow on 衢山岛 (岱山); her husband's boat went down before a typhoon.
DOCS["H941"] = ("family", """\
访谈者：阿姐，家里的情况能讲讲吗？
受访者：好的。我叫{{han:竺月娥}}，{{trap/place:岱山}}{{trap/place:衢山岛}}人，村里老人都叫我{{han:阿娥}}。我男人{{han:厉海根}}是捕鱼的，前年九月台风{{trap/word:梅花}}来以前，船在{{trap/place:嵊山}}外面翻了，一船四个人，只捞上来一个，他没回来。
访谈者：活下来的那位是谁？
受访者：同村的{{han:毛阿狗}}，大名{{han:毛兴旺}}，抱着一只泡沫箱漂了一夜。{{han:毛兴旺}}他现在不敢上船了，在码头上帮人卸货。他每年到了那天就拎两瓶黄酒来我家，坐在门槛上，一句话不说。
访谈者：出事那天您是怎么知道的？
受访者：那天下午渔业上发了预警，大船小船都往回赶。他在对讲机里跟我说，{{han:阿娥}}，再收一网就回来。后来对讲机就没声音了。我在码头上站了一夜，风大得人站不住，是邻居把我拖回去的。活下来的那个是第二天被路过的货船救上来的，他说船是一下子翻的，连救生衣都来不及穿。
访谈者：孩子们多大了？
受访者：两个。女儿{{han:厉安澜}}十四，名字是她爸起的，说海上平平安安的意思，在{{school:岱山县衢山初级中学八年级（1）班}}。儿子{{han:厉小舟}}八岁，我们叫他{{han:舟舟}}，在{{school:衢山镇中心小学二年级（3）班}}。{{han:舟舟}}呢，到现在还以为他爸出远海了，每回有船进港都跑去看。
访谈者：您一个人带他们，怎么过？
受访者：船是贷款买的，船一沉，账还在。船东{{han:缪国荣}}是合伙的，赔了我们八万，{{trap/org:渔业互保协会}}又赔了一些，先{{trap/word:还账}}，剩下的不多。我在{{trap/place:高亭}}的水产厂剥虾，一斤虾剥下来一块二，一天能剥六十斤。婆婆{{han:贺阿婆}}七十五了，在家烧饭，看着{{han:舟舟}}。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:还丽君}}，{{han:还丽君}}还帮我把两个孩子报了事实无人抚养……不对，是困境儿童，两个孩子每月{{trap/number:一千二百六十元}}。我去找镇民政办的{{han:能德福}}，{{han:能德福}}能办的当场就办了，低保是他上门核的。女儿的班主任{{han:鲍雪芬}}老师帮她申请了助学金，{{han:鲍雪芬}}说这孩子数学好，别耽误了。同村的{{han:也秀珍}}也是男人出海没回来的，她常来陪我说话，我们俩一说就哭。
访谈者：孩子们心里怎么样？
受访者：女儿懂事，懂事得叫人心疼。她不让我买新衣服给她，说校服就够了。有一回半夜我听见她在被窝里哭，第二天一早又跟没事一样。县里社工站的{{compound:羊舌清妍}}每个月来一回，带她做沙盘；另一个社工{{compound:谷梁子墨}}陪儿子搭积木，慢慢跟他讲爸爸的事。
访谈者：每年开渔的时候，您心里怎么样？
受访者：开渔那天码头上放鞭炮，几百条船一起出港，我不去看。儿子要去，我就让婆婆带他去。他回来问我，妈妈，爸爸的船呢？我说爸爸的船沉在海底，给鱼当房子了。他信了，说那鱼不用交房租。女儿在旁边听着，转过身去擦眼睛。她跟我说，长大了要去{{trap/org:海事局}}上班，台风来以前早点叫船回来。她的数学老师{{compound:东郭晚晴}}说，这孩子要是肯学物理，将来能考海洋大学。
访谈者：您想过离开海岛吗？
受访者：想过，走不了。婆婆在这里，男人也在这片海里。我们这里的人拜{{trap/famous:观音}}，也有人讲{{trap/famous:徐福}}带着童男童女从这里出海的故事。我不拜别的，就求这片海把孩子他爸还给我。
访谈者：家里的联系方式请您说一下。
受访者：家在{{address:岱山县衢山镇岛斗村六组25号}}。我身份证{{id_number@wy1984tri.330921}}，女儿的{{id_number@wy2011spacedx.330921}}，儿子的{{id_number@my2017hyphen.330921}}。我电话{{mobile@s74}}，{{han:还丽君}}的电话{{mobile@plain}}。女儿有微信，叫{{wechat:anlan_qushan11}}，她说这个好记。{{han:舟舟}}有个QQ，玩游戏的，号码是他姐姐帮他记在冰箱贴上的：{{qq:623095148}}。
访谈者：表上的名字写得对吗？
受访者：错了好几个。学校把女儿写成{{spaced:厉　安　澜}}，低保表上我是{{spaced:竺 月 娥}}，社工的签名写成{{spaced:羊 舌 清 妍}}，我还以为是个外国人。
访谈者：最后您想说什么？
受访者：村口新立了一块海难碑，上面刻了十一个名字，第三行就是孩子他爸，{{han:厉海根}}。
""")

# H942: Han village teacher in 仙游 (度尾镇) going through four pupils in distress, most of whose parents she reaches
# on WeChat and QQ.
DOCS["H942"] = ("teacher", """\
访谈者：{{han:蒋老师}}，您在这所学校教了多少年？
受访者：十一年了。我叫{{han:蒋秋霞}}，在{{school:仙游县度尾镇中岳小学五年级（2）班}}当班主任，教数学。学校在山里，全校一百多个学生，一大半的爸妈在外地做{{trap/word:红木}}生意或者打工。我班上困难的有四个，家长大多见不着面，全靠微信和QQ。
访谈者：一个一个说说吧。
受访者：头一个是{{han:连俊杰}}，十一岁。他爸{{han:连志鹏}}以前在{{trap/place:仙游}}县城开家具厂，后来生意垮了，搞非法集资，判了九年。他妈去了深圳，另外成了家。孩子跟奶奶过，奶奶八十了，耳朵背。他最爱看{{trap/word:连环画}}，课桌里塞满了。他妈的微信是{{wechat:LianMama-sz}}，我每个月给她发一回成绩单，她回一个“收到”。孩子自己有个QQ，号码是{{qq:915730846}}，周末会给我发他画的画。
访谈者：第二个呢？
受访者：第二个姓把，{{trap/word:把握}}的把，叫{{han:把梓涵}}，头一回点名我都念不顺。我把{{han:把梓涵}}叫到办公室，她还以为自己犯了错。她爸{{han:把国庆}}在{{trap/place:晋江}}鞋厂，去年机器轧断了右手三根手指，回来以后天天喝酒，{{han:把国庆}}把家里那点积蓄都喝光了。她妈{{han:被淑芬}}被厂里辞了，在镇上帮人缝{{trap/word:被子}}。她爸的QQ我加了，是{{qq:２４６８０１３５７９}}，有事我就在QQ上留言，他酒醒了会回。村里的儿童主任{{han:让海英}}给她家报了残疾人两项补贴，我又让{{han:让海英}}去看了一回，说家里连个像样的桌子都没有。
访谈者：第三个？
受访者：第三个是孤儿，{{han:詹可馨}}，爸妈前年在工地上出了事，都没了。现在跟叔叔{{han:詹国栋}}过。叔叔家也有三个孩子，婶婶嫌她吃得多。孤儿基本生活费每月{{trap/number:一千五百九十元}}，直接打到她自己的卡上。她叔叔的微信是{{wechat:wxid_7k2m9q4t1x}}，我要跟他说事，他只回语音。{{han:詹可馨}}说，她想考到县城去读初中，住校，就不用看婶婶的脸色了。她的QQ号是{{qq:3059172648}}，晚上写完作业会问我题。
访谈者：第四个？
受访者：第四个{{han:有思琪}}，{{han:有思琪}}有哮喘，一到换季就请假。她爸是聋哑人，她妈智力残疾，家里全靠低保。她奶奶{{han:薛美玉}}六十多了，还去山上摘{{trap/word:文旦}}挣点钱。
访谈者：家长们回消息吗？
受访者：看人。{{han:连俊杰}}他妈回得最快，可只回“收到”两个字。{{han:把国庆}}白天不回，半夜十二点给我发一长串语音，说他对不起孩子。她叔叔只回语音，他不识几个字。我最怕的是周末，孩子们在家没人管，我就在QQ上一个一个问：作业写完没有，吃饭没有。有一回{{han:詹可馨}}半夜给我发了一句“老师我想我妈”，我打电话过去，她在被窝里哭。第二天一早我跟{{han:让海英}}一起去了她叔叔家。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:严明华}}定了“一对一”，每个困难学生配一个老师。心理老师是县里派来的，叫{{compound:亓官若溪}}，每两周来上一次团体课。县社工站的{{compound:微生雨桐}}带他们去{{trap/place:九鲤湖}}写生，孩子们高兴坏了。我给他们讲{{trap/famous:蔡襄}}修洛阳桥的故事，告诉他们我们仙游也出过大人物。
访谈者：您怎么跟家长联系？
受访者：班上有个家长QQ群，群号{{trap/number:736104825}}，可这几个孩子的家长大多不在群里。我的微信是{{wechat:jiangqx_duwei}}，电话{{mobile@hyphen}}，都贴在教室门口。{{han:让海英}}的电话{{mobile@p86n}}，我存着，哪家有事先找她。{{han:詹可馨}}住在{{address:仙游县度尾镇中岳村七组14号}}，{{han:把梓涵}}家在{{address:仙游县度尾镇屿北村二组31号}}，山路不好走，我骑电动车去要四十分钟。{{han:詹可馨}}的身份证号我帮她填过表，{{id_number@wy2014fwspaced.350322}}。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金表上把{{spaced:把 梓 涵}}中间空了格，{{spaced:连俊 杰}}分成两截，{{spaced:詹　可　馨}}也是，心理老师的名字写成{{spaced:亓 官 若 溪}}，县里打电话来问是不是两个人。
访谈者：有什么想说的？
受访者：这几个孩子，我不求他们考多好，只求他们别十四五岁就出去打工。我自己的孩子在县城跟着奶奶，一个礼拜见一回。有时候想，我管着别人家的留守孩子，自己的孩子也成了半个留守的。山里冬天冷，教室没暖气，我让孩子们把手揣进袖子里暖一暖再写字。去年毕业的一个学生考上了县一中，回来看我，说老师你当年在QQ上陪我写作业，我都记得。
""")

# H943: Han community worker in 普陀区 (东港街道) reading out her list of children in distress.
DOCS["H943"] = ("staff", """\
访谈者：您今天带的是什么本子？
受访者：我们社区的困境儿童台账。我叫{{han:贝海燕}}，在{{trap/place:普陀区}}{{trap/place:东港街道}}一个社区当儿童主任，兼着社工站的联络员。我照着本子念，你记。
访谈者：好。
受访者：第一户就是{{han:就子轩}}，男，十岁，在{{school:普陀区东港第一小学四年级（5）班}}。爸爸{{han:就建国}}开渔船偷运柴油，判了五年，在{{trap/place:乔司}}服刑；妈妈走了，联系不上。跟奶奶{{han:童桂娣}}过。住{{address:普陀区东港街道海莲路22号1幢301室}}。{{han:就子轩}}的身份证{{id_number@my2015hyphen.330903}}，奶奶的{{id_number@wold.330903}}。服刑人员子女补助每月{{trap/number:九百八十元}}，上学是{{trap/word:就近}}安排的。
访谈者：第二户？
受访者：第二户，{{han:有晓雨}}，女，八岁，在{{school:东港第二小学二年级（1）班}}。爸爸{{han:有庆华}}在船上出事，腿截了一条，拿两项补贴；妈妈{{han:毛春燕}}在超市理货。{{han:有晓雨}}她放学要先去超市等妈妈下班。住{{address:普陀区东港街道鲁家峙村三组18号}}，爸爸的身份证{{id_number@my1986x.330903}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:都若彤}}，女，十二岁，爸妈离婚以后，爸爸病死了，妈妈在外地成了家，不肯要她，算事实无人抚养。现在跟外公{{han:俞阿根}}过，外公八十一了，我们都叫他{{han:阿根公}}。住{{address:普陀区沈家门街道滨港路三弄9号}}，孩子的身份证{{id_number@wy2013quad.330903}}，生活费每月{{trap/number:一千六百八十元}}。
访谈者：第四户？
受访者：第四户两个孩子，{{han:和雨萱}}和她弟弟{{han:和雨辰}}。爸爸{{han:和振洋}}是盲人，在社区开推拿店；妈妈跑了。{{han:和振洋}}和我说，他宁可自己饿着也不让孩子饿着。邻居都夸他{{trap/word:和气}}。住{{address:普陀区东港街道勾山社区莲花苑5栋2单元102室}}，他的身份证{{id_number@my1984spaced.330903}}，电话{{mobile@plus86spaced}}。
访谈者：第五户？
受访者：第五户，{{han:向一帆}}，男，七岁，爸妈在{{trap/place:宁波}}打工，跟外婆{{han:虞彩凤}}过，外婆有糖尿病。{{han:向一帆}}爱画{{trap/word:向日葵}}，画得满墙都是。我向{{han:向一帆}}的外婆说过好几回，孩子有天分，可以送去学画，她说没钱。
访谈者：还有吗？
受访者：第六户是回族人家，{{han:撒子豪}}，男，九岁，在{{school:东港第二小学三年级（2）班}}。爸爸在{{trap/place:沈家门}}开拉面馆，去年查出肝癌，一直在化疗；妈妈一个人撑着店。清真寺的阿訇叫他{{minority/hui:撒优素福}}。他的补助是上个月刚批下来的，低保还在审。心理这一块，区里派了咨询师{{compound:壤驷嘉言}}，每两周上门一次。
访谈者：这些户都谁在跟？
受访者：街道民政的{{han:邬科长}}总负责，材料报到区{{trap/org:民政局}}。社工站的同事{{compound:乐正雨霏}}跟第一户和第三户，新来的大学生{{compound:颛孙志远}}跟第四户，区里督导叫{{compound:梁丘诗琪}}，每月来查台账。第二户是我自己跟。
访谈者：你们平时怎么走访？
受访者：每户每个月至少上门一次，节假日前再跑一趟。台风天最要紧，我们这里渔民多，大人在海上，老人在家，房子又旧，得挨家挨户看门窗、看吃的够不够。去年台风过境那天夜里，我跟社区主任冒雨去了第一户，奶奶家屋顶漏雨，我们两个人拿盆接了一夜。
访谈者：有没有让您特别放不下的？
受访者：第三户那个小姑娘。她外公年纪太大了，哪天走了，她就真的一个亲人都没有。她爱看{{trap/famous:金庸}}的书，说以后要去{{trap/place:桃花岛}}上开书店。我跟她约好了，她考上高中，我送她一套全集。
访谈者：联系方式呢？
受访者：{{han:童桂娣}}没手机，打她邻居的；{{han:毛春燕}}的电话{{mobile@fullwidth}}；{{han:虞彩凤}}的电话{{mobile@s38}}。我的工作微信{{wechat:beihaiyan_dg}}。{{han:就子轩}}有个QQ，我加了，他说想他爸了就在上面跟我说，号码是{{qq:47180269}}。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{spaced:就 子 轩}}被写开了，{{spaced:都　若　彤}}也是，{{spaced:和雨 萱}}被分成两截，同事的名字写成{{spaced:乐 正 雨 霏}}，督导的写成{{spaced:梁　丘　诗　琪}}。年底我们一起核一遍。
访谈者：做这个工作最难的是什么？
受访者：最难的是孩子不肯说。{{han:和雨萱}}头三个月一句话都不跟我讲，后来我每回去都给她带一本绘本，她才开口。还有老人不会用手机，补助到账了也不知道，我得一家一家去告诉。有事也可以打{{trap/hotline:12345}}。
""")

# H944: Han uncle in 秀屿区 (东峤镇) raising the two children of his late elder brother.
DOCS["H944"] = ("family", """\
访谈者：吴师傅，这两个孩子是您哥哥的？
受访者：是。我叫{{han:吴清和}}，在{{trap/place:秀屿区}}{{trap/place:东峤镇}}做石材加工，一天到晚切石头。我哥{{han:吴清海}}前年在{{trap/place:湄洲湾}}跑货船，夜里落水，三天后才捞上来。嫂子{{han:林美凤}}第二年改嫁去了{{trap/place:石狮}}，孩子没带走，电话也很少打。
访谈者：孩子们多大？
受访者：大的是女儿，{{han:吴诗涵}}，十二岁，我们叫她{{han:涵妹}}，在{{school:秀屿区东峤中心小学六年级（1）班}}。小的是儿子，{{han:吴俊豪}}，七岁，叫{{han:俊仔}}，在{{school:东峤镇珠川小学一年级（3）班}}。{{han:俊仔}}啊，晚上要抱着他爸的旧外套才睡得着。
访谈者：您家里人怎么说？
受访者：我老婆{{han:方秀琴}}开始不愿意，我们自己也有一个儿子，在{{trap/place:莆田}}读中专。后来她想通了，说都是吴家的骨肉。她现在对{{han:涵妹}}比对自己儿子还细心，给她扎辫子、买卫生巾，这些我一个大男人不懂。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:关丽蓉}}大姐，很{{trap/word:关心}}这两个孩子，她帮我们报了事实无人抚养，两个孩子每月{{trap/number:一千四百七十元}}。我去找镇民政办的{{han:许才良}}，找到{{han:许才良}}才知道要先去派出所开死亡证明，前前后后跑了一个多月。{{han:涵妹}}的班主任{{han:姚美玲}}老师给她申请了营养餐补助，{{han:姚老师}}还常拉她到办公室吃水果。区社工站的{{compound:鲜于晓峰}}每个月来一回，陪儿子下跳棋；他同事{{compound:司空景行}}帮我们把嫂子的抚养费的事问了律师。
访谈者：您哥哥出事那天的情况，孩子们知道吗？
受访者：知道个大概。那天夜里起了风，船靠码头的时候他去解缆绳，脚下一滑就下去了。同船的人喊了半天，天太黑，水又急。捞上来那天是我去认的，我没让孩子们看。{{han:涵妹}}后来自己在网上查了新闻，一个字一个字念给她弟弟听，念完了姐弟俩抱着哭。从那以后她就不让弟弟去码头，说码头会吃人。
访谈者：孩子们的奶奶身体怎么样？
受访者：我老娘七十八了，天天念叨大儿子，眼睛都快哭瞎了。村里的小孩都叫她{{han:吴家阿嬷}}，她腿脚不灵了，家里的活干不动，只能坐在门口看着孙子别往海边跑。村里人叫我{{han:清和叔}}，说我一个人养两家，背都压弯了。我不觉得，我哥在的时候，我读书的钱都是他出的。
访谈者：嫂子那边出抚养费吗？
受访者：出过两回，一回五百，后来就没有了。我也不想跟她闹，闹了孩子更难受。{{han:林美凤}}她也有她的难处，新家又生了一个。女儿过年给她打电话，她在那头哭，这头也哭。
访谈者：孩子们平时怎么样？
受访者：女儿爱唱{{trap/word:莆仙戏}}，跟着她奶奶学的，学校文艺汇演上唱了一段，老师拍了视频发到家长群。儿子皮，天天往海边跑。我跟他说海里淹死过你爸，他说那我更要学会游泳。正月里我带他们去{{trap/place:湄洲岛}}拜{{trap/famous:妈祖}}，女儿许了个愿，不肯告诉我。
访谈者：您自己忙得过来吗？
受访者：忙不过来也得忙。石材厂粉尘大，我咳了两年了，不敢去查，怕查出什么来，这两个孩子就没人管了。收入一个月六七千，两家人吃饭，紧巴巴的。
访谈者：以后有什么打算？
受访者：我想让{{han:涵妹}}读高中、读大学，她成绩好，老师说能考到城里的好中学。儿子就随他，读得进去就读，读不进去学门手艺，别跑船，别下海。村委的表上监护人写的是{{han:吴清和}}和{{han:方秀琴}}两个人，我们签了字，就得管到底。
访谈者：登记信息请您说一下。
受访者：家在{{address:秀屿区东峤镇珠川村五组33号}}。我身份证{{id_number@my1976.350305}}，{{han:吴诗涵}}的{{id_number@wy2013fullwidth.350305}}，{{han:吴俊豪}}的{{id_number@my2018spaced.350305}}。我电话{{mobile@plus86}}，{{han:关丽蓉}}的{{mobile@h38}}。我微信叫{{wechat:wuqinghe_shicai}}。女儿有个QQ，说是跟同学讨论作业的，号码她用红笔写在我厂里的工作服袖子上：{{qq:1370584926}}。
访谈者：名字在表上写得对吗？
受访者：有错。低保表上我是{{spaced:吴 清 和}}，女儿写成{{spaced:吴诗 涵}}，社工的名字写成{{spaced:鲜 于 晓 峰}}，儿子的写成{{spaced:吴　俊　豪}}。
访谈者：最后想说什么？
受访者：要谢的人多。孩子们叫我一声阿叔，我就当自己是他们的爸。头一个要谢的，是{{han:关丽蓉}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=937,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout118",))


if __name__ == "__main__":
    main()
