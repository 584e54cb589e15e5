# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 145 (tests/pii/holdout145/H1145-H1152 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 144, written at the same time, is not
an earlier set).

Set 145 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
福鼎 and 邵武 (Fujian): a Mongolian grandmother from 苏尼特右旗 raising her grandson in 沙埕 (福鼎) after her son, a
fisherman, was lost at sea and his Han wife remarried; a Kham Tibetan father from 班玛 who picks white tea in
太姥山镇, his wife dead, raising a daughter born with a club foot; a Kazakh mother from 吉木萨尔 who weaves bamboo
mats in a workshop in 邵武, her husband gone abroad and not to be found; a Yi father from 甘洛 who ties rebar on a
building site in 水北镇, his wife in prison, his eldest daughter with his mother in 甘洛; a Han community worker in
桐山街道 reading out the changes in her list; a Han 儿童主任 in 拿口镇 who keeps up with the children on QQ and
with their parents on WeChat; a Han tea farmer in 点头镇 raising the twins of his dead sister; and a Han village
doctor in 和平镇. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names used whole (朝日格巴特尔, 沐仁朝克图, 套格套, 阿日娜) and with short forms
(其格乐图雅 then 其格乐, 雅茹娜 then 雅茹她, 沐仁他), a Han surname before a Mongolian given name (宝沐仁, the
father's Han surname joined to the boy's name by his teacher) and the Han names of the same people (宝海峰, 宝一鸣,
阿峰, and the grandmother called 其奶奶 by neighbours who take her first syllable for a surname); Kham Tibetan names
of 果洛 (宗者拉杰, 项毛吉, 完玛措, 仁欠加, 娘吉措她, 俄合他) with short forms (宗者, 项毛), a name that holds a word
(曲增加), a Han surname before a Tibetan given name (周宗者, 周项毛, after the tea farmer's surname) and a Han
nickname (毛毛); Kazakh given name + father's name with and without the dot (古丽孜拉·沙根, 吾拉尔·别力克,
别克森·吾拉尔, 别克森吾拉尔, 达丽娜·吾拉尔, 萨吾丽·阿扎提, 杰恩斯·沙根) and single and short forms (古丽孜拉, 孜拉,
吾拉尔他, 别克森, 达丽娜她, 杰恩斯); Yi names with the clan name before the given name (瓦扎石呷, 迪惹曲者, 瓦扎以沙,
俄底伍沙她, 瓦扎克日, 瓦扎尔格, 阿的日沙, 比子布哈, 衣洛体呷), the given name alone as a short form (石呷, 以沙她,
克日, 布哈他) and a Han surname put before the given name on the site and at school (王石呷, 王克日); Han names with
common and rare surnames of the region (缪, 蔡, 卓, 池, 薛, 雷, 游, 翁, 蓝, 温, 危, 揭, 饶, 傅, 龚, 涂, 官, 聂, 熊,
廖, 祝); surnames that are also ordinary words, next to grammar words (有振华 and 有德福还, 向雪琴向街道, 都晓峰都,
能诗雨能吃苦, 要佳慧要我, 先把把雨欣, 才丽君才来, 和小军和他妹妹, 我和和桂兰, 郑嘉和和两个弟弟, 翁志强被,
傅家宝也, 祝建民就) and ordinary words that start with a surname character of the voices (宝贝, 危险, 熊孩子,
官司, 点头); titles and kin words after names (游晓燕老师, 雷志鸿大夫, 钟彩凤阿姨, 卓雅琴老师, 龚雪蓉老师; the span
is the name only), a surname with only a title or kin word, annotated whole (其奶奶, 周老板, 薛阿婆, 官老师, 薛科长,
缪书记, 丁老师, 严警官, 聂姨, 温警官, 夏阿伯, 黄伯, 聂老师, 吴院长), nicknames and local forms of address, annotated
whole (阿峰, 毛毛, 依齐他, 依贤, 阿平, 光医生, 满女); names that contain words (曲增加, 吴天亮, 傅家宝, 要长春,
林思齐, 林思贤); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和 (叫石呷, 给依齐,
跟熊梓涵, 找肖建新, 让官浩宇, 和和桂兰), and names closing the last sentence (是周德顺。, 是饶建华。, 是黄德鑫。,
是王秀春。, 是危美娟。); names spaced out character by character in half- and full-width spaces (其 格 乐 图 雅,
宗　者　拉　杰, 瓦 扎 石 呷, 瓦　扎　以　沙, 司 徒 嘉 妤, 澹　台　雨　桐, 上 官 子 怡, 太 叔 雅 婷, 上　官　宇　辰,
熊　梓　涵), dotted names with spaces around the dot (达丽娜 · 吾拉尔, 别 克 森 · 吾 拉 尔) and names split in two
(朝日格 巴特尔, 完玛 措, 古丽孜拉　沙根, 迪惹 曲者, 都晓 峰, 傅家 宝, 廖心 怡); compound surnames after ordinary
words (欧阳, 夏侯, 南宫, 濮阳, 上官, 司马, 公冶, 钟离, 司徒, 澹台, 申屠, 呼延, 左丘, 太叔, 梁丘, 公羊, 鲜于 after
叫/同事/老板/律师/社工/的/同学/爸爸/志愿者); and numbers read out and written the many ways people do (an ID read
out in threes, twins' IDs that differ only in the last digits, QQ numbers in full-width digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:有振华}}``, ``{{qq:2093817456}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984tri.513435}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿姨) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 还, 就, 被, 她, 他) are outside the span; a surname with only a title
or kin word (其奶奶, 周老板, 薛阿婆, 聂姨, 黄伯) and a nickname or local form of address (阿峰, 毛毛, 依齐, 阿平,
光医生, 满女) are annotated whole. Han-style names of Mongolian people (宝海峰, 宝一鸣) are category han; a Han
surname before a non-Han given name (宝沐仁, 周宗者, 周项毛, 王石呷, 王克日) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout145/make_holdout145.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(145_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "158", "159", "176", "181", "187", "188",
                   "189", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1145: Mongolian grandmother from 苏尼特右旗 raising her grandson in 沙埕 (福鼎) after her son, a fisherman, was
# lost at sea and his Han wife remarried.
DOCS["H1145"] = ("family", """\
访谈者：阿姨，听说您是从内蒙古过来的？
受访者：{{trap/place:苏尼特右旗}}，挨着{{trap/place:二连浩特}}。我叫{{minority/mongolian:其格乐图雅}}，老家人叫我{{minority/mongolian:其格乐}}。这里的邻居念不顺，都喊我{{han:其奶奶}}，我也应。来{{trap/place:沙埕}}快三年了。
访谈者：怎么到福鼎来的？
受访者：儿子{{minority/mongolian:朝日格巴特尔}}当兵分到福建，退伍没回去，在这边娶了媳妇，跟船出海。汉名叫{{han:宝海峰}}，船上的人都叫他{{han:阿峰}}。前年九月起台风，船在{{trap/place:台山列岛}}外头翻了，四个人捞回来两个，{{han:阿峰}}没捞回来。我坐了两天火车赶过来，在码头上等了半个月。
访谈者：孩子妈妈呢？
受访者：媳妇{{han:缪丽娇}}是本地人，出事第二年嫁到{{trap/place:苍南}}去了。{{han:缪丽娇}}她也难，那边的男人不让她管这头，一年来看一回，拎两箱牛奶。
访谈者：孙子多大了？
受访者：九岁。蒙古名是我起的，叫{{minority/mongolian:沐仁朝克图}}，意思是江河。户口上的汉名是{{han:宝一鸣}}，在{{school:沙埕镇中心小学三年级（2）班}}。老师点名嫌长，叫他{{minority/mongolian:宝沐仁}}，同学也跟着叫。我在家就叫{{minority/mongolian:沐仁}}。{{minority/mongolian:沐仁}}他不大爱说话，他爸出事以后夜里老惊醒，喊阿爸。他把他爸的军帽当{{trap/word:宝贝}}，谁也不让碰。
访谈者：孩子在学校跟同学处得来吗？
受访者：刚开始不行。同学笑他名字怪，说他是外国来的，他跟人打了一架，鼻子都出了血。班主任把两边家长叫去，让他在班会上讲草原，讲骆驼怎么喝水、羊怎么下羔。讲完以后同学们围着他问个没完，现在还有人管他叫小骆驼。他回来学给我听，我笑得直不起腰。
访谈者：这边谁在帮你们？
受访者：村里的儿童主任{{han:蔡秋云}}，把孩子报了事实无人抚养，一个月{{trap/number:一千五百九十元}}，打到卡上。镇民政办的{{han:施建国}}来核过两回，帮我把低保也办了。班主任{{han:卓雅琴}}老师每天放学留他写完作业。镇社工站有个姑娘叫{{compound:欧阳滢滢}}，每礼拜来陪他画画，她同事{{compound:夏侯俊豪}}带他去海边捡贝壳，说要让他不怕海。船老板{{han:池永旺}}赔了钱，说这钱一分不能乱动，{{han:蔡秋云}}就带我去银行存成定期，写的孙子的名字。
访谈者：您在这边住得惯吗？
受访者：住不惯。海风是咸的，衣服晒不干，冬天屋里比外头还冷。我让女儿从家里寄{{trap/minority_word:炒米}}和{{trap/minority_word:奶豆腐}}过来。邻居{{han:薛阿婆}}教我煮鱼丸，我教她熬咸奶茶，她说这茶咸的怎么喝，喝了两碗又要第三碗。
访谈者：您平时怎么跟这边的人说话？
受访者：我汉话说得不好，福鼎话一句也听不懂。买菜靠比划，人家说多少钱，我就把钱包打开让人家自己拿，这里的人实在，从来没多拿过。孙子会说福鼎话，给我当翻译，有时候故意翻错逗我。去医院也是他陪着，挂号、排队、跟医生说我哪里疼，比大人还利索。我心里又高兴又难受，九岁的孩子，本来不该操这些心。
访谈者：老家还有什么人？
受访者：女儿{{minority/mongolian:雅茹娜}}在嘎查放羊，女婿{{minority/mongolian:套格套}}养了四十峰骆驼。{{minority/mongolian:雅茹}}她每个礼拜跟{{minority/mongolian:沐仁}}视频，教他认羊。房子托给嘎查的{{minority/mongolian:阿日娜}}照看。
访谈者：您想过带孩子回内蒙古吗？
受访者：想过。可孩子的户口在这边，他妈也在这边，虽说不常来，总归近一点。他爸的衣冠冢在{{trap/place:沙埕港}}后头的山上，每年清明我带他去烧纸，他给他爸念课文。我们走了，谁去陪他爸？等孩子长大了，让他自己拿主意。
访谈者：孩子还记得草原吗？
受访者：去年暑假我带他回去了一趟。他头一回骑马，摔下来也不哭。站在{{trap/minority_word:敖包}}跟前问我，阿爸是不是也在天上。晚上我拉{{trap/minority_word:马头琴}}，给他讲{{trap/famous:江格尔}}的故事。回来他在作文里写，福鼎的海跟苏尼特的草原一样大。
访谈者：您自己身体怎么样？
受访者：血压高，眼睛也花了。最怕的是哪天我走了，孩子怎么办。{{han:蔡秋云}}说，到时候政府会管，你先把身体顾好。
访谈者：登记信息请您说一下。
受访者：我们住在{{address:福鼎市沙埕镇外澳村二组15号}}，老家是{{address:苏尼特右旗赛汉塔拉镇额很宝拉格嘎查四组6号}}。我的身份证{{id_number@wold.152524}}，孙子的{{id_number@my2016quad.350982}}。我电话{{mobile@s38}}，{{han:蔡秋云}}的{{mobile@hyphen}}。{{minority/mongolian:雅茹娜}}的微信{{wechat:yaruna_sonid}}，我不会打字，都发语音。孙子有个QQ，班级群要用，号码他写在我的药盒上：{{qq:2093817456}}。
访谈者：名字在表上都写对了吗？
受访者：没有。低保表上把我写成{{spaced:其 格 乐 图 雅}}，儿子的死亡证明上是{{spaced:朝日格 巴特尔}}，花名册上孙子是{{spaced:宝　沐　仁}}。
访谈者：您最盼什么？
受访者：盼孙子长大，哪天带他回草原，让他看看他阿爸小时候放羊的地方。
""")

# H1146: Kham Tibetan father from 班玛 (果洛) who picks white tea in 太姥山镇, his wife dead, raising a daughter
# born with a club foot.
DOCS["H1146"] = ("family", """\
访谈者：您在茶山上干了多久了？
受访者：两年多了，就在{{trap/place:太姥山镇}}，采茶、挑茶青、晒茶都干。我叫{{minority/tibetan:宗者拉杰}}，从青海{{trap/place:班玛县}}来的，老乡们叫我{{minority/tibetan:宗者}}。茶场发工钱的本子上写的是{{minority/tibetan:周宗者}}，跟的老板的姓。
访谈者：怎么想到来福鼎采茶？
受访者：老乡{{minority/tibetan:曲增加}}先来的，他说这边的工钱年年都在涨。我老婆{{minority/tibetan:完玛措}}前年得了包虫病，在{{trap/place:西宁}}住了两个月院，还是走了。草场上就剩我跟女儿，我一个男人带不了，就带着她出来了。
访谈者：女儿多大了？
受访者：八岁，叫{{minority/tibetan:项毛吉}}，我们叫她{{minority/tibetan:项毛}}。生下来两只脚就往里翻，医生说是马蹄内翻足。老家没钱治，{{minority/tibetan:项毛}}四岁了还走不稳。现在读{{school:太姥山镇中心小学二年级（3）班}}，名册上是{{minority/tibetan:周项毛}}，班主任{{han:游晓燕}}老师叫她{{han:毛毛}}。
访谈者：孩子没妈妈，平时谁给她梳头？
受访者：我学着梳。刚开始梳不好，辫子一边高一边低，她在学校被人笑，回来不肯吃饭。后来做饭的阿姨教我，先分三股，一股压一股，我练了半个月才会。现在早上六点起来，先给她梳头，再给她绑鞋带。她的鞋是特制的，左脚比右脚大一码，买一双要三百多。
访谈者：脚治了吗？
受访者：治了。茶场老板{{han:周德顺}}听说以后，托人联系了{{trap/place:福州}}的医院，骨科的{{han:雷志鸿}}大夫说还来得及，打了五回石膏，又做了个小手术。钱是慈善会出的大头，剩下的{{han:周老板}}先垫上，从我工钱里慢慢扣，他说不急。现在她能跑了，跑快了还有点瘸。每个月还要去福州复查一回，坐动车两个钟头，{{han:周老板}}给我放假，工钱照算。
访谈者：还有谁帮你们？
受访者：村里的儿童主任{{han:林美华}}帮她办了残疾证，领残疾人两项补贴，又按困境儿童每月补{{trap/number:七百八十元}}。镇民政的{{han:郑国梁}}说孩子没了妈，我又在外地，材料他帮着跑。社工站的{{compound:南宫思妍}}每周来陪{{minority/tibetan:项毛}}做康复操，她同事{{compound:濮阳浩然}}给她补拼音。茶场做饭的{{han:钟彩凤}}阿姨下午接她放学。{{han:钟彩凤}}说，这孩子不挑食，给什么吃什么。
访谈者：您在茶场一天干多少活？
受访者：清明前采单芽，做银针；后面采一芽两叶，做{{trap/word:白牡丹}}。茶要拿指甲掐，不能用手撸，撸了就伤了。刚来那年我手笨，一天只采五斤，是{{minority/tibetan:曲增加}}手把手教会的。现在一天挣一百五到两百。老乡{{minority/tibetan:仁欠加}}手比我快，一天能采二十多斤茶青。晚上我们在宿舍里喝{{trap/minority_word:酥油茶}}，酥油是老家寄来的。
访谈者：不采茶的季节您干什么？
受访者：秋天以后茶山上活少，我就去镇上的工地搬砖，或者到茶厂帮着装箱。冬天最难熬，这边是湿冷，屋里没有炉子，我跟女儿盖两床被子还冻脚。我想老家的牛粪炉子，一烧一屋子暖。老板给宿舍装了个电暖器，电费他出，说不能冻着孩子。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:娘吉措}}七十岁了，跟我弟弟{{minority/tibetan:俄合}}放牦牛。{{minority/tibetan:娘吉措}}她天天转经，求{{trap/famous:莲花生大士}}保佑孙女的脚。{{minority/tibetan:俄合}}他挖了{{trap/minority_word:虫草}}，卖了钱给孩子寄过来买鞋。
访谈者：女儿适应这边吗？
受访者：比我适应，福鼎话都会说几句了。{{han:游晓燕}}老师教她写汉字，她回来教我。茶场的人给她讲{{trap/famous:太姥娘娘}}种茶救人的故事，她问我太姥山是不是跟我们的{{trap/place:阿尼玛卿}}一样高。我说没那么高，可是这边的山上长茶叶。她说以后想当医生，专门给别的孩子治脚。
访谈者：您自己习惯这边吗？
受访者：吃的不习惯，这边什么菜都放糖。我自己煮面片，跟老家一样放点肉放点盐。汉话我是来了才学的，现在能听懂一半，福鼎话一句不会。有一回女儿发烧，我半夜背她去镇卫生院，跟医生说不清楚，急得直跺脚，是她趴在我背上，一句一句给医生说的。
访谈者：登记信息请您说一下。
受访者：我们住茶场宿舍，{{address:福鼎市太姥山镇潋溪村茶场宿舍3号楼106室}}，老家是{{address:班玛县灯塔乡科培村二社8号}}。我的身份证{{id_number@my1986hyphen.632622}}，女儿的{{id_number@wy2017fw.632622}}。我电话{{mobile@plus86}}，{{han:林美华}}的{{mobile@s74}}。{{han:周老板}}的微信{{wechat:zhouds_baicha}}，工钱都是微信转的。女儿有个QQ，上网课用，号码是我念、她用铅笔写在门背后的：{{qq:15728039}}。
访谈者：名字写对了吗？
受访者：残疾证上写成{{spaced:项 毛 吉}}，我的居住证上是{{spaced:宗　者　拉　杰}}，她妈的死亡证明上是{{spaced:完玛 措}}。
访谈者：最后还想说什么？
受访者：等女儿的脚好了，带她回班玛看阿妈。最要谢的，是{{han:周德顺}}。
""")

# H1147: Kazakh mother from 吉木萨尔 who weaves bamboo mats in a workshop in 邵武; her husband went back to
# Xinjiang, then abroad, and is not to be found.
DOCS["H1147"] = ("family", """\
访谈者：大姐，您在这个竹器厂做什么活？
受访者：编竹席、磨竹片，什么都做。我叫{{minority/kazakh:古丽孜拉·沙根}}，老家{{trap/place:吉木萨尔}}，在{{trap/place:天山}}北边。厂里的人叫我{{minority/kazakh:古丽孜拉}}，嫌长的就叫{{minority/kazakh:孜拉}}。
访谈者：怎么来的邵武？
受访者：跟我男人{{minority/kazakh:吾拉尔·别力克}}来的。他当兵时候的战友在{{trap/place:邵武}}开竹器厂，叫我们过来。干了三年，{{minority/kazakh:吾拉尔}}他嫌活累钱少，说回新疆看看，走了就没回来。后来听说去了{{trap/place:阿拉木图}}，电话打不通，微信也把我删了。
访谈者：他走的时候说了什么吗？
受访者：什么都没说。那天早上他说去车站接个老乡，背了个包就走了。我以为他晚上回来，做了一锅抓饭等他。等了三天，电话关机；等了一个月，我才知道他不会回来了。孩子们问，我就说爸爸回新疆干活了。儿子大了，心里明白，有一回半夜我听见他在被窝里哭。
访谈者：孩子们呢？
受访者：两个，都跟着我。儿子{{minority/kazakh:别克森·吾拉尔}}十二岁，读{{school:邵武市晒口中心小学六年级（4）班}}，学校电脑里打不出点，打成{{minority/kazakh:别克森吾拉尔}}，同学们叫他{{minority/kazakh:别克森}}。女儿{{minority/kazakh:达丽娜·吾拉尔}}七岁，读{{school:晒口中心小学一年级（3）班}}。{{minority/kazakh:达丽娜}}她问过我好多回，爸爸是不是不要我们了。
访谈者：您一个人怎么顾得过来？
受访者：厂里老板{{compound:上官德明}}人好，让我早上八点来、下午四点走，好接孩子。磨竹片的机器{{trap/word:危险}}，老板娘{{han:危秀英}}不让我上夜班，说孩子离不开妈。同车间的{{han:揭春兰}}跟我最好，{{han:揭春兰}}她下了班带我去菜市场，教我认这边的笋。
访谈者：竹器厂的活累吗？
受访者：累，手上都是竹刺，晚上回去让女儿拿针一根一根给我挑。一张竹席编下来要大半天，按件算，一个月三千出头。夏天车间里闷，风扇吹出来的都是热风。可这活我干得来，在老家我阿妈教过我擀毡子，手上有巧劲儿。厂里的人都说，新疆来的这个女人手快。
访谈者：有哪些补助？
受访者：社区的儿童主任{{han:饶丽珺}}来过好几回，两个孩子报了困境儿童，每人每月{{trap/number:六百二十五元}}，我们家也办了低保。市{{trap/org:民政局}}的{{han:傅振声}}来家里看过，说孩子爸爸要是找到了，还得让他出抚养费。社区请的律师{{compound:司马若萱}}帮我起诉离婚，不收钱。社工{{compound:公冶星河}}每礼拜带两个孩子去图书馆。
访谈者：孩子们在学校怎么样？
受访者：{{minority/kazakh:别克森}}数学好，体育更好，运动会跳远拿了第一。班主任{{han:龚雪蓉}}老师说他就是不爱写作文，一写爸爸就写不下去。女儿爱唱歌，在学校唱哈萨克语的歌，同学们听不懂也鼓掌。
访谈者：孩子们在家说哈萨克语吗？
受访者：在家里我跟他们说哈萨克语，出了门他们就说普通话，现在连邵武话都会几句。女儿跟我说话，说着说着就换成汉话，我说你慢点，妈妈听不懂。我怕他们把自己的话忘了，每天睡觉前教他们说十句，儿子嫌烦，女儿学得认真。
访谈者：老家还有谁？
受访者：我阿妈{{minority/kazakh:萨吾丽·阿扎提}}在牧区，跟我弟弟{{minority/kazakh:杰恩斯·沙根}}过。{{minority/kazakh:杰恩斯}}打电话让我回去，说家里有房子有牛。我想回，可孩子在这边上学，转回去又要换课本。阿妈每年寄两包{{trap/minority_word:奶疙瘩}}过来，{{minority/kazakh:达丽娜}}舍不得吃，一天吃一块。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}我请一天假，炸{{trap/minority_word:包尔萨克}}，分给车间的人。{{han:危秀英}}说比她们的光饼好吃。我给孩子们弹{{trap/minority_word:冬不拉}}，{{han:龚雪蓉}}老师听说了，让儿子带到学校去弹。学校门口有个{{trap/famous:严羽}}的像，老师说是宋朝的诗人，邵武人。
访谈者：您会一直在邵武吗？
受访者：不知道。{{compound:上官德明}}说厂子还要开，让我干下去。我想着，等离婚判下来，儿子小学毕业，再看回不回。
访谈者：登记信息请您说一下。
受访者：这边住{{address:邵武市晒口街道东关路47号竹器厂宿舍301室}}，老家是{{address:吉木萨尔县新地乡小份子村二组19号}}。我身份证{{id_number@wy1989spaced.652327}}，儿子的{{id_number@my2013fwhyphen.652327}}。我电话{{mobile@p86h}}，{{han:饶丽珺}}的{{mobile@plain}}。我的微信{{wechat:gulzira_jimsar}}。儿子有QQ，号码是全角打的，他抄在我手机备忘录里：{{qq:３０５８１７２６４９}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。女儿的学籍卡上是{{spaced:达丽娜 · 吾拉尔}}，儿子在医保卡上是{{spaced:别 克 森 · 吾 拉 尔}}，我的暂住证上是{{spaced:古丽孜拉　沙根}}。
访谈者：最后还想说什么？
受访者：想跟孩子们说，妈妈不走。
""")

# H1148: Yi father from 甘洛 who ties rebar on a building site in 水北镇 (邵武); his wife is in prison, his eldest
# daughter with his mother in 甘洛, the two boys with him.
DOCS["H1148"] = ("family", """\
访谈者：师傅，您在工地上做什么？
受访者：扎钢筋。我叫{{minority/yi:瓦扎石呷}}，{{trap/place:甘洛}}来的彝族，前面两个字是家支，后面两个字才是我自己。工地上的人记不住，工头给我安了个汉姓，叫我{{minority/yi:王石呷}}，老乡们就叫{{minority/yi:石呷}}。
访谈者：家里是什么情况？
受访者：老婆{{minority/yi:迪惹曲者}}前年在{{trap/place:西昌}}帮人带东西，带的是毒品，判了七年，关在{{trap/org:四川省女子监狱}}。她不识字，人家说带一包茶叶给五百块，她就信了。
访谈者：您当时知道她带的是什么吗？
受访者：不知道。那阵子家里穷，洋芋卖不出价钱，她想帮家里挣点钱。出事以后，村里人议论，说我们家丢脸，我在村里抬不起头，才带着两个小的出来打工。大女儿不肯走，说要陪奶奶，也怕到外面上学跟不上。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/yi:瓦扎以沙}}十三，在老家跟她奶奶{{minority/yi:俄底伍沙}}，读{{school:甘洛县新市坝镇中学七年级（2）班}}。两个小的跟着我。儿子{{minority/yi:瓦扎克日}}十岁，读{{school:水北镇中心小学四年级（1）班}}，老师跟着工地上叫他{{minority/yi:王克日}}。小的{{minority/yi:瓦扎尔格}}五岁，白天在工地边上的幼儿园。
访谈者：大女儿那边怎么样？
受访者：{{minority/yi:以沙}}她每个礼拜天借奶奶的手机跟我视频，问阿妈什么时候出来。村里的儿童主任{{minority/yi:阿的日沙}}给她报了服刑人员子女的补助，冬天送了棉鞋。奶奶七十多了，{{minority/yi:俄底伍沙}}她还要上山背柴、种{{trap/minority_word:苦荞}}。
访谈者：这边谁帮你们？
受访者：工头{{han:饶建华}}帮我在镇上租了两间房。社区的儿童主任{{han:涂秀云}}帮两个小的也报了补助，每月{{trap/number:九百二十元}}，又问学校要了一套校服。班主任{{han:官老师}}是女的，很耐心，{{minority/yi:克日}}刚来一句汉话都不会，她放学留他认字。项目部有个社工叫{{compound:钟离晓筠}}，每周末带工地上的娃娃学普通话、做手工。
访谈者：孩子在学校跟得上吗？
受访者：刚来的时候跟不上，语文考了十几分，他在老家读的是彝汉双语，汉字认得少。现在好多了，上回考了七十二分，老师在家长群里表扬他，我在工地上高兴得请全班组喝了汽水。小的在幼儿园学会了唱汉语歌，回来唱给我听，我一句听不懂，就跟着拍手。
访谈者：老乡多吗？
受访者：一个班组十二个，都是甘洛的。班长{{minority/yi:比子布哈}}会说汉话，{{minority/yi:布哈}}他帮我跟老师说事，填表也是他帮着填。{{minority/yi:衣洛体呷}}年纪最小，十九岁，晚上教{{minority/yi:克日}}下象棋。我们十二个人住一个工棚，晚上说彝话，有人弹月琴，想家了就唱几句，唱着唱着都不说话了。
访谈者：孩子想妈妈吗？
受访者：想。{{minority/yi:克日}}把他阿妈的照片夹在语文书里。监狱一个月能打一次电话，{{minority/yi:迪惹曲者}}在电话里只会哭，说对不起娃娃。我跟她说，你好好改造，我把娃娃带大。
访谈者：过年过节呢？
受访者：{{trap/minority_word:彝族年}}回不去，我们几个老乡在工棚里杀只鸡，煮一锅{{trap/minority_word:坨坨肉}}，喝点酒。{{trap/minority_word:火把节}}那天晚上，{{han:饶建华}}让我们早收工，我们在河滩上点了火把，{{minority/yi:瓦扎尔格}}追着火跑。我给两个儿子讲{{trap/famous:支格阿鲁}}射太阳的故事，讲到一半他们就睡着了。
访谈者：您自己呢？
受访者：钢筋扎久了腰疼，手上都是口子。一天三百，下雨天没活，一个月能干二十天就不错了。晚上收了工，先去接小的，再给两个儿子做饭，洗完衣服已经十点多，有时候坐在床边就睡着了，醒过来衣服还泡在盆里。我不喝大酒，钱要攒着，等老婆出来，回去盖房子。
访谈者：这个工地干完以后呢？
受访者：这栋楼快封顶了，下一个工地在{{trap/place:光泽}}，要搬过去。搬过去孩子又要转学，我最怕这个。社区说帮我问问，能不能让孩子留在这边的学校，我每个周末回来接。
访谈者：登记信息请您说一下。
受访者：这边住{{address:邵武市水北镇龙斗村下街26号}}，老家是{{address:甘洛县新市坝镇石海村三组11号}}。我的身份证我念：{{id_number@my1984tri.513435}}，大女儿的{{id_number@wy2012x.513435}}。我电话{{mobile@s434}}，{{han:饶建华}}的{{mobile@plus86spaced}}。{{han:饶建华}}的微信{{wechat:raojh_gongdi}}，工钱他微信发。{{minority/yi:以沙}}有个QQ，她说跟同学问作业，号码她用彝文数字念一遍、又用汉话念一遍：{{qq:471093825}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:瓦 扎 石 呷}}，老婆的判决书上写成{{spaced:迪惹 曲者}}，女儿的学籍上是{{spaced:瓦　扎　以　沙}}。
访谈者：最后还想说什么？
受访者：想让三个娃娃都把书读完。这些年，最要谢的是{{han:饶建华}}。
""")

# H1149: Han community worker in 桐山街道 (福鼎) reading out the changes in her list of children in distress.
DOCS["H1149"] = ("staff", """\
访谈者：您手上是什么名单？
受访者：{{trap/place:桐山街道}}的困境儿童花名册，一共三十一个孩子，今天我念有变动的六户。我叫{{han:夏美玲}}，在社区管民政这一块，干了七年。
访谈者：好，您念吧。
受访者：第一户，姓有，有没有的有，{{han:有振华}}，男，十一岁，读{{school:福鼎市桐城第三小学五年级（2）班}}。爸爸{{han:有建平}}开货车在{{trap/place:分水关}}出的事，人没了；妈妈改嫁到外省，联系不上。现在跟爷爷{{han:有德福}}过，{{han:有德福}}还在种地，七十六了，每天先把孙子送到校门口才下田。孤儿基本生活费每月{{trap/number:一千七百二十元}}。孩子身份证{{id_number@my2014hyphen.350982}}。
访谈者：第二户？
受访者：第二户，{{han:向小蔓}}，女，八岁。爸爸{{han:翁志强}}被判了四年，偷电瓶车；妈妈{{han:向雪琴}}在超市理货，一个人带。{{han:向雪琴}}向街道申请过三回公租房，今年排上了。服刑人员子女补助每月{{trap/number:八百七十五元}}，住{{address:福鼎市桐山街道古亭路18号2幢502室}}。
访谈者：第三户？
受访者：第三户姓都，首都的都，{{han:都晓峰}}，十三岁，{{school:福鼎市第二中学七年级（5）班}}。妈妈{{han:吴丽琼}}精神残疾二级，爸爸在{{trap/place:温州}}打工，几年不回。{{han:都晓峰}}都十三了，还没出过福鼎城，一放学就回家给他妈做饭。妈妈领残疾人两项补贴，孩子按困境儿童保障。
访谈者：他妈妈犯病的时候怎么办？
受访者：就他自己顶着。他妈犯病会把家里的东西往楼下扔，邻居报过警。孩子不哭也不闹，等他妈平静下来，把屋子收拾干净，哄她吃药。我们给他找过托管班，他不去，说他走了他妈一个人在家要出事。说实话，有时候我觉得他比我们大人还懂事。
访谈者：第四户？
受访者：第四户是孤儿，复姓，叫{{compound:司徒嘉妤}}，女，十岁。前年家里着火，爸妈都没跑出来。现在跟外婆过，外婆是畲族，叫{{han:蓝阿妹}}，七十三了。孩子身份证{{id_number@wy2015fwspaced.350982}}，外婆的{{id_number@wold.350982}}。住{{address:福鼎市桐山街道龙山社区后街巷7号}}。
访谈者：第五户？
受访者：第五户又是个少见的姓，能力的能，{{han:能诗雨}}，女，十四岁。爸爸{{han:能国荣}}尿毒症，一周透析三回，妈妈早走了。{{han:能诗雨}}能吃苦，放学去菜场帮人杀鱼。她有QQ，我加了，号码是{{qq:860413927}}，她说晚上睡不着就在上面跟我说话。
访谈者：杀鱼不耽误学习吗？
受访者：耽误。我跟她说过好几回，补助够吃饭，别去了。她说爸爸透析的路费、营养品都要钱，补助不够。后来我们跟菜场管理处商量，让她平时不去，周末去，一天给她一百。她上学期考了年级第九，班主任专门打电话告诉我。
访谈者：第六户？
受访者：第六户是事实无人抚养，{{han:雷佳琪}}，九岁，爸妈离婚以后都不管，一个在{{trap/place:厦门}}，一个不知道在哪。现在跟姑妈{{han:雷秀英}}过。{{han:雷秀英}}说，孩子她养，可她自己也是低保户。孩子身份证{{id_number@wy2016.350982}}。
访谈者：这些户平时谁在跟？
受访者：网格员{{han:卓志明}}每礼拜走一遍，街道民政科的{{han:薛科长}}每季度下来核。社区{{han:缪书记}}管大事。心理老师是市里派的，叫{{compound:澹台雨桐}}，一个月来两回。还有个大学生志愿者，叫{{compound:申屠明轩}}，给{{han:有振华}}补英语。
访谈者：最难的是哪一户？
受访者：{{compound:司徒嘉妤}}那一户。她到现在不敢进厨房，闻到烟味就哭。外婆不识字，药都是我一格一格给她分好。孩子夜里做噩梦，外婆就抱着她坐到天亮。现在好一点了，能去同学家玩了。上个月她过生日，我们几个同事凑钱买了个蛋糕，她许愿的时候没出声，吹完蜡烛哭了。
访谈者：联系方式呢？
受访者：{{han:有德福}}没手机，打隔壁的。{{han:向雪琴}}的电话{{mobile@fws}}，{{han:雷秀英}}的{{mobile@p86n}}。我的工作微信{{wechat:xml_tongshan_mz}}，有事家长都找这个。
访谈者：名册上的名字都对吗？
受访者：有错的。系统里把{{spaced:司 徒 嘉 妤}}拆开了，{{spaced:有 振 华}}也是，{{spaced:都晓 峰}}断成了两截，心理老师的名字打成了{{spaced:澹　台　雨　桐}}。年底要一个个改过来。
访谈者：您做这个工作累吗？
受访者：累。有一回半夜两点，一个家长打电话来，说孩子高烧抽筋，我打车过去把她们送到医院，守到天亮，又直接去上班，那天连口热饭都没吃上。可是孩子们叫我一声阿姨，就觉得值。月底还要把名单报到市{{trap/org:民政局}}，今晚又要加班。
""")

# H1150: Han 儿童主任 of a village in 拿口镇 (邵武) who keeps up with the children on QQ and with their parents on
# WeChat.
DOCS["H1150"] = ("staff", """\
访谈者：您当儿童主任几年了？
受访者：第四年。我叫{{han:聂小芳}}，{{trap/place:拿口镇}}庄坊村的，村里十九个困境和留守的孩子归我管。孩子们跟我用QQ，家长用微信，我手机里两个都开着，晚上十一点还在回消息。
访谈者：您说几个孩子的情况吧。
受访者：先说{{han:官浩宇}}，十四岁，在{{school:邵武市拿口中学八年级（1）班}}。爸妈在{{trap/place:厦门}}做装修，一年回来一次，跟奶奶过。{{han:官浩宇}}他打游戏打到半夜，奶奶管不住。他的QQ是{{qq:2964105837}}，我晚上看他还亮着，就发一句“该睡了”，他回个“哦”。奶奶说管不了，一说他就把门一关。我去他家没骂他，跟他一起打了一局游戏，他赢了，笑了。后来跟他约好，作业写完才能玩，十点半以前下线，他做到了一半，我觉得已经不错。这些孩子缺的不是管，是有人陪。后来我让{{han:官浩宇}}当了QQ群的管理员，他管别的孩子早睡，自己倒也早睡了。他爸{{han:官永辉}}的微信{{wechat:guanyh_xm2009}}，我每礼拜跟他说一回。
访谈者：下一个？
受访者：{{han:要佳慧}}，十二岁，姓要，要求的要。妈妈去年车祸走了，爸爸{{han:要长春}}在工地，顾不上。{{han:要佳慧}}要我帮她申请住校，说家里没人做饭。住校我去问了，学校说小学没宿舍，后来跟她爸商量，中午在学校食堂吃，晚饭去她姑姑家。我给{{han:要佳慧}}报了困境儿童，每月{{trap/number:六百八十五元}}。她QQ{{qq:７０３９５１２８６}}，是她用手机全角打给我的。
访谈者：还有呢？
受访者：{{han:熊梓涵}}，女，十岁，脑瘫，坐轮椅，领残疾人两项补贴。村里人说她哥哥是{{trap/word:熊孩子}}，其实那孩子对妹妹可好了，天天推她去晒太阳，放学回来先跟{{han:熊梓涵}}讲学校里的事。{{han:熊梓涵}}她妈{{han:廖春梅}}的微信{{wechat:liaocm_nakou}}，常发孩子做康复的视频给我。镇上残联的{{han:肖建新}}帮她申请了一台新轮椅，我找{{han:肖建新}}问了三回才批下来。
访谈者：有没有事实无人抚养的？
受访者：有一个，{{han:傅家宝}}，九岁。爸爸吸毒进了戒毒所，妈妈跑了，跟着大伯{{han:傅金水}}。{{han:傅家宝}}也乖，就是不爱说话。他在{{school:拿口中心小学三年级（2）班}}，班主任{{han:丁老师}}每周给我发一次他的作业照片。{{han:傅金水}}不会用微信，我就打他电话{{mobile@h38}}。
访谈者：孩子爸爸出来以后呢？
受访者：还有一年。大伯说，他爸出来要是还吸，这孩子他一直带着。大伯自己也不容易，腿有风湿，还要种十几亩田。去年我帮他申请了临时救助，给孩子买了一张书桌。孩子头一回有自己的书桌，放学回来先把桌子擦一遍，再写作业。
访谈者：还有一个小姑娘的事，您刚才提到？
受访者：对，先把{{han:把雨欣}}的事说完。她姓把，很少见。爸爸{{han:把海军}}在{{trap/place:泉州}}服刑，妈妈改嫁。她在网上被人骗，对方说是明星的经纪人，让她拍照片。是她同学{{compound:上官子怡}}发现了，跟我说的。我马上报了派出所，{{han:严警官}}把那个号封了。{{han:把雨欣}}现在还害怕，我让她每天晚上在QQ上跟我说一句话。她QQ{{qq:38271064}}。这件事以后，我在QQ群里给孩子们讲了一课：陌生人加你，说给你钱、让你拍照，马上告诉大人。
访谈者：您平时跟谁配合？
受访者：镇社工站的{{compound:呼延晴川}}每月来一次，跟我一起家访。县里请的心理老师叫{{compound:左丘文静}}，专门给{{han:把雨欣}}做过三次辅导。镇{{trap/org:团委}}过年送来慰问品。村支书{{han:黄德鑫}}批了村里的一点钱，给孩子们买书。每个月月底我要把台账交到镇上，哪个孩子补助到了没有、家访了几次、有什么新情况，都要写清楚。村里网不好，我常坐在村部门口的台阶上传材料，夏天喂蚊子，冬天冻手。
访谈者：家长群呢？
受访者：建了一个QQ群，群号{{trap/number:736201948}}，孩子们在里面问作业；家长有个微信群，我把政策都发在里面。我自己的微信{{wechat:niexf_ertongzhuren}}，电话{{mobile@plain}}，{{han:廖春梅}}的电话{{mobile@spaced}}。孩子们遇到事，我让他们打{{trap/hotline:12355}}，也可以直接找我。
访谈者：做这个累吗？
受访者：累，也放不下。上个月{{han:官浩宇}}在QQ上给我发了一句“{{han:聂姨}}晚安”，我高兴了一晚上。名单上有几个名字写错了，{{spaced:官 浩 宇}}、{{spaced:熊　梓　涵}}、{{spaced:上 官 子 怡}}，还有把{{spaced:傅家 宝}}拆成两段的，我都报上去改了。
访谈者：最后还想说什么？
受访者：想说孩子们不是表上的数字，是一个一个的人。最后要谢的，是{{han:黄德鑫}}。
""")

# H1151: Han tea farmer in 点头镇 (福鼎) raising the twins of his dead sister; their father went abroad and is not
# to be found.
DOCS["H1151"] = ("family", """\
访谈者：阿舅，两个孩子是您在带？
受访者：是，我外甥，双胞胎。我叫{{han:郑永平}}，在{{trap/place:点头镇}}种茶、做茶，村里人叫我{{han:阿平}}。孩子的妈是我妹妹{{han:郑秀丹}}，前年乳腺癌走了，三十六岁。
访谈者：孩子爸爸呢？
受访者：{{han:林建勇}}，妹妹还在的时候他就去了{{trap/place:柬埔寨}}，说是做网络，其实是干什么的谁也说不清。妹妹走的时候他没回来，后来电话也停了。派出所的{{han:温警官}}帮我们查过，出境以后就没入境记录。
访谈者：孩子们多大了？
受访者：十岁。哥哥{{han:林思齐}}，弟弟{{han:林思贤}}，名字是我妹妹取的，见贤思齐，她读过书。我们福鼎话叫{{han:依齐}}、{{han:依贤}}。两个在{{school:点头镇中心小学四年级（1）班}}，一个班，老师说这样好照应。
访谈者：妹妹生病的时候孩子们知道吗？
受访者：知道一点。她化疗掉了头发，戴着帽子去接孩子放学，孩子问妈妈怎么不长头发了。最后两个月她住在{{trap/place:宁德}}的医院，我带两个孩子去看她，她让他们背乘法口诀，背对了就给一颗糖，背错了也给。走的那天早上，孩子们在学校，她一直看着门口。
访谈者：两个孩子脾气一样吗？
受访者：不一样。{{han:依齐}}他闹，上课坐不住；{{han:依贤}}文静，爱看书，作文写他妈妈，老师念给全班听。{{han:林思贤}}说，妈妈变成了太姥山上的云。我听了一晚上没睡着。
访谈者：您家里还有谁？
受访者：我老婆{{han:陈素珍}}，还有我们自己的儿子{{han:郑嘉和}}，上初中了。家里一下多了两张嘴，老婆开始也有怨言，现在比我还疼他们。{{han:陈素珍}}说，妹妹走之前拉着她的手，她答应了的。
访谈者：三个孩子，家里怎么住？
受访者：老房子三间，我们把楼上隔出一间给双胞胎，放了一张上下床，哥哥睡下铺，弟弟睡上铺，晚上还要吵一会儿谁关灯。{{han:郑嘉和}}和两个弟弟处得好，好吃的先让给弟弟，周末还带他们去溪里抓螃蟹。早上我老婆五点起来做饭，送三个孩子上学，再回来帮我拣茶。
访谈者：有什么补助吗？
受访者：村里的儿童主任{{han:王秀春}}跑了好几趟，按事实无人抚养报上去，两个孩子每人每月{{trap/number:一千五百四十元}}。镇民政办的{{han:翁丽华}}来家里看过，问孩子睡哪，吃什么。班主任{{han:才丽君}}才来一年，就把两个孩子的情况摸得清清楚楚。镇社工站的{{compound:太叔雅婷}}每月来一趟，带他们做游戏，她同事{{compound:梁丘志航}}给{{han:依齐}}做了几回注意力训练。
访谈者：您做茶忙吗？
受访者：春茶那一个多月，天不亮上山，半夜还在萎凋。收茶的客商来问价，价钱合适我就{{trap/word:点头}}，老人说这地方的名字就是这么来的。今年茶价还行，一斤茶青卖到八块多。做好的白茶压成饼，放几年更值钱，我留了几饼，说是给两个孩子以后读书用。{{han:郑嘉和}}也有一饼，他说等弟弟们考上大学再一起喝。孩子们放学就在茶青堆里写作业。{{trap/org:点头茶叶市场}}那边的{{han:夏阿伯}}，常给孩子们塞糖。
访谈者：孩子们问过爸爸吗？
受访者：问过。{{han:林思齐}}问，爸爸是不是坏人。我说，爸爸做错了事，不敢回来。我不想让他们恨，恨一个人太累了。弟弟没问，他把他爸的照片从相册里拿出来，夹在他妈的照片后面。我看见了，没说什么。
访谈者：您对以后有什么担心？
受访者：担心我自己的身体。做茶熬夜，血压上来了。我跟老婆说好了，我要是有个三长两短，孩子们她接着带，不能再让他们没人管。还担心他们上了初中，一个闹一个闷，怕管不住。班主任说到时候她帮着找初中的老师，一路交代过去。
访谈者：登记信息请您说一下。
受访者：家在{{address:福鼎市点头镇柏洋里村五组22号}}。我的身份证{{id_number@my1979fwhyphen.350982}}，两个孩子的{{id_number:350982 20151013 8136}}和{{id_number:350982201510138152}}，就差最后两位。我电话{{mobile@plus86dash}}，{{han:王秀春}}的{{mobile@s38}}，我老婆的{{mobile@fullwidth}}。老婆的微信{{wechat:suzhen_diantou77}}，我跟客商用的是{{wechat:zhengyp_baicha}}。{{han:依贤}}有个QQ，学校让注册的，号码他抄在茶叶箱上：{{qq:912478350}}。
访谈者：名字在表上写对了吗？
受访者：有错。学籍上{{spaced:林 思 齐}}中间空着，补助表上把{{spaced:郑　秀　丹}}写成三个格，社工的名字也打成了{{spaced:太 叔 雅 婷}}。
访谈者：最后您想说什么？
受访者：两个孩子我会带到大学。这两年，真要谢的人，是{{han:王秀春}}。
""")

# H1152: Han village doctor in 和平镇 (邵武) who looks after the sick and disabled children of his villages.
DOCS["H1152"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：二十六年。我叫{{han:黄振光}}，{{trap/place:和平镇}}坎头村的村医，卫生室就我一个人，管两个村。村里人叫我{{han:光医生}}，小孩叫我{{han:黄伯}}。
访谈者：村里困难的孩子多吗？
受访者：不少。年轻人都出去了，剩老的小的。我说几个我心里放不下的。
访谈者：好。
受访者：头一个是{{han:和小军}}，八岁，白血病。姓和，和平的和，我们这边就两三户。{{han:和小军}}和他妹妹跟奶奶{{han:和桂兰}}过，爸爸在矿上出事走了，妈妈回了江西娘家。孩子在{{trap/place:福州}}化疗，医保报了大半，剩下的靠大病救助和慈善。我和{{han:和桂兰}}说了好几回，孩子回来以后不能去人多的地方，她记不住，我就写在纸上贴在门上。
访谈者：化疗的钱家里负担得起吗？
受访者：负担不起。头一年花了二十多万，医保报了十几万，剩下的镇里给了临时救助，网上又筹了一些。奶奶把家里的两头猪都卖了。我每回去都跟她说，钱的事大家想办法，你别急出病来，你倒了孩子就没人管了。
访谈者：第二个？
受访者：第二个{{compound:上官宇辰}}，六岁，自闭症，不说话，见人就躲。爸爸{{compound:上官志勇}}在{{trap/place:南平}}开货车，妈妈{{han:揭美凤}}辞了工在家带他，一家人靠低保和两项补贴。{{han:揭美凤}}她每礼拜带孩子去市里做康复，来回四个钟头。普通幼儿园不收，她到处求，最后镇幼儿园答应让孩子半天去半天回。
访谈者：第三个？
受访者：第三个是留守的，{{han:吴天亮}}，十一岁，哮喘，爸妈在{{trap/place:义乌}}。名字起得亮堂，偏偏最怕夜里，一发作就是半夜。奶奶不会用雾化机，我教了三遍。有一回夜里两点，他奶奶跑来敲门，我骑摩托车过去，孩子嘴唇都紫了，我一边给他用药一边打一二零，等车的那二十分钟比一年还长。他在{{school:和平中心小学五年级（3）班}}，班主任{{han:聂老师}}知道他的病，教室里备着药。
访谈者：第四个？
受访者：第四个最小，{{han:廖心怡}}，三岁，先天性心脏病。屋里叫她{{han:满女}}，是家里最小的女。爸爸{{han:廖国华}}前年判了刑，妈妈跟人走了，跟外公外婆过。村里的儿童主任{{han:危美娟}}帮她报了服刑人员子女补助和事实无人抚养，每月{{trap/number:一千六百五十元}}。去年冬天在{{trap/org:福建省立医院}}做了手术，是{{han:危美娟}}陪着去的。
访谈者：您跟哪些人配合？
受访者：镇卫生院的{{han:吴院长}}管我们村医，大病孩子的名单每季度报到市{{trap/org:卫健局}}。镇民政的{{han:祝建民}}管救助，有事我就找{{han:祝建民}}，{{han:祝建民}}就住在镇上，骑车十分钟。镇社工站的{{compound:公羊晓彤}}跟着{{compound:上官宇辰}}，每月来两次。县里红十字会的志愿者{{compound:鲜于锦程}}帮{{han:和小军}}在网上筹了款。
访谈者：村里孩子的体检也是您管吗？
受访者：是。每年春天给全村的孩子体检，量身高体重、看牙、查视力。留守的孩子牙最坏，爷爷奶奶拿糖哄，又不教刷牙。我自己买了一箱牙刷，一家一家送。有个孩子说他从来没用过牙膏，我听了心里难受。体检结果一份报镇卫生院，一份给儿童主任，哪个孩子有问题，她去跟家里说。
访谈者：和平这边有什么讲究吗？
受访者：{{trap/place:和平古镇}}是老镇子，出过不少读书人，村口还有{{trap/famous:黄峭}}的祠堂，说是我们黄家的老祖宗。老人们信这个，孩子病了先去拜，拜完再来找我，有的拖了好几天才来，烧都烧到四十度了。我不拦，药照样给。有人家为了赔偿打{{trap/word:官司}}，打了三年，孩子的病倒耽误了。
访谈者：您自己呢？
受访者：五十八了，眼睛花，夜里出诊骑摩托车，摔过两回。白天看病，晚上出诊，还要填各种表。上面说要给村里再派一个年轻医生，说了三年还没来。儿子让我去城里，我说村里这些孩子我走了谁管。
访谈者：登记信息请您说一下。
受访者：卫生室在{{address:邵武市和平镇坎头村村部一楼}}，{{han:和桂兰}}家在{{address:邵武市和平镇坎头村六组14号}}。{{han:和小军}}的身份证{{id_number@my2017plain.350781}}，{{han:廖心怡}}的{{id_number@wy2022x.350781}}。我电话{{mobile@s74}}，{{han:揭美凤}}的{{mobile@plus86}}。我的微信{{wechat:huangzg_cunyi}}。{{han:吴天亮}}有个QQ，他发作的时候用QQ给我打语音，号码是{{qq:40917265}}。
访谈者：病历上的名字写对了吗？
受访者：有写错的。{{spaced:和 小 军}}中间空了，{{spaced:上　官　宇　辰}}一个字一格，{{spaced:廖心 怡}}断开了，{{spaced:揭 美 凤}}也是。
访谈者：最后还想说什么？
受访者：这些孩子能平平安安长大，我就没白干。最该谢的，是{{han:危美娟}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1145,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout144",))


if __name__ == "__main__":
    main()
