# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 71 (tests/pii/holdout71/H553-H560 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 70, written at the same time by another
writer, is not an earlier set).

Set 71 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
康平 (沈阳, 辽宁) who lost two fingers to a chaff cutter and whose wife died of kidney failure; a Tibetan grandmother
in 阿坝县 (阿坝), her granddaughter interpreting, raising three grandchildren after her son died driving yaks to 红原
and his wife remarried; a Hui grandmother in 济宁 (山东) whose son is in prison and whose daughter-in-law has lupus; a
Han mother in 兰西 (绥化) whose husband was paralysed by a stroke and whose three children go by word nicknames; a Han
primary-school teacher in 北安 (黑河) who reaches pupils and parents on WeChat and QQ; a Uyghur grandfather in 米东区
(乌鲁木齐), his family from 伊宁, whose son died in a coal-mine accident and whose grandchildren live with him; a Han
court clerk in 庆安 (绥化) reading from the file of a case that took guardianship from a drunken, violent father; and
a Han grandmother in 宽城 (承德, 河北) raising two grandsons after her son died of a brain tumour. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to seven characters (嘎鲁巴特尔, 德勒格尔其其格, 杜古尔扎布, 布日古德巴雅尔) with short forms after the full name (嘎鲁,
德勒格, 杜古尔), a Han surname before a Mongolian given name (白宝迪 then 宝迪, 包扎那) and the Han name of a Mongolian
(韩宝山); Amdo Tibetan names (斯郎拉姆, 班玛俄热, 三郎木尔加, 雍忠拉姆) with short forms (斯郎 before 阿妈, 木尔加,
雍忠), a Han surname before a Tibetan given name (杨木尔加, 王科让) and the Han name of a Tibetan (杨长林); Hui
Han-form names (沙玉芬, 穆德顺, 丁桂云, 哈振东) beside 经名 used alone (萨菲叶, 赛勒曼, 萨比尔, 祖贝达) and a Han surname
before an Arabic name (丁哈芙赛, 沙努尔丁); Uyghur given name + father's name with and without the dot
(迪丽达尔·玉素甫江 and 迪丽达尔玉素甫江) with short forms (艾尔西丁, 迪丽达尔, 依米提, 阿曼尼萨); Han word nicknames
annotated whole (煤球, 顶针, 土豆) and given names used alone (晨曦, 乐乐); Han names with common and rare surnames
(盖, 国, 谷, 常, 那, 初, 訾, 贲, 邴, 蔺, 郇, 尉), with titles and kin words (the span is the name only), names that
contain or end in words (何平安, 高兴旺, 谷雨欣, 常乐天, 盖子轩, 尹福田), a name written twice on a form, names
directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames
after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:隋玉霞}}``, ``{{qq:2938471056}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011spaced.210123}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 师娘,
检察官, 阿妈, 大姐, 婶, 姨, 叔叔) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 她, 他, 他们家, 那边) are outside the span; a word nickname (煤球, 顶针, 土豆) is annotated whole. Han-style names
of Mongolian, Tibetan and Hui people (韩宝山, 杨长林, 沙玉芬) are category han; a Han surname before a non-Han given
name (白宝迪, 杨木尔加, 丁哈芙赛) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout71/make_holdout71.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(71_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "145", "147", "152", "155", "159", "170", "177", "180", "185",
                   "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H553: Mongolian father in 康平 (沈阳); lost two fingers to a chaff cutter, his wife died of kidney failure.
DOCS["H553"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:嘎鲁巴特尔}}，四十六了，户口本上的汉名是{{han:韩宝山}}，屯里人都喊我{{minority/mongolian:嘎鲁}}。家在{{trap/place:康平}}县西北，离{{trap/place:卧龙湖}}二十来里地，种三十亩苞米、五亩花生。媳妇{{minority/mongolian:额布勒图雅}}前年查出尿毒症，在{{trap/place:沈阳}}透析了一年多，去年秋天走了。我前年冬天铡草，右手让铡草机绞掉两个指头，{{trap/org:县残联}}给评了个四级。
访谈者：孩子们多大了？
受访者：俩。闺女{{minority/mongolian:德勒格尔其其格}}十四，在{{school:康平县第二初级中学初二（4）班}}住校，家里都叫她{{minority/mongolian:德勒格}}。小子{{minority/mongolian:杜古尔扎布}}九岁，在{{school:郝官屯镇中心小学三年级（1）班}}。{{minority/mongolian:杜古尔}}他淘，上个月爬房顶掏家雀，摔下来胳膊打了石膏。{{minority/mongolian:德勒格}}就懂事，周末回来洗衣裳做饭，还给她弟弟看作业。
访谈者：孩子奶奶还在吗？
受访者：在，七十三了。我妈叫{{minority/mongolian:宝日其其格}}，年轻时候在公社听人说{{trap/minority_word:乌力格尔}}，一听一宿。{{minority/mongolian:宝日其其格}}她如今腿脚不利索，可天天早起熬{{trap/minority_word:奶茶}}、泡{{trap/minority_word:炒米}}，说孩子喝了身上有劲儿。
访谈者：这几年都有谁帮过你们？
受访者：头一个是村里的儿童主任{{minority/mongolian:白宝迪}}，她跑乡里跑县里，给俩孩子报了困境儿童，一人一个月{{trap/number:六百八}}。{{minority/mongolian:宝迪}}也是蒙古族，说话办事麻利。村支书{{han:邰振山}}给我们家报了低保。乡里的民政助理叫{{han:付春生}}，每季度来一趟，看看孩子，拍几张照片往上报。县医院的{{han:佟立伟}}大夫给我看手，挂号费都没让交。县里社工站来过俩年轻人，一个叫{{compound:拓跋晓宁}}，还有一个是{{compound:令狐佳琪}}，给孩子们带了书包和字典。
访谈者：亲戚们呢？
受访者：我大舅哥{{minority/mongolian:布日古德巴雅尔}}在{{trap/place:法库}}开修车铺，过年给孩子们买新衣裳。{{minority/mongolian:布日古德巴雅尔}}他嘴硬心软，说我一个大老爷们带不好闺女，可每回来都偷着往孩子兜里塞钱。前院的{{minority/mongolian:包扎那}}家有台四轮子，秋收帮我把苞米拉回来。后院{{han:关淑梅}}婶是满族，我手伤那阵子，她天天过来给孩子们做饭。村会计{{han:单福全}}帮我把报销的单子一张一张贴好，送到乡里。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:邰秀娟}}老师说，孩子数学好，就是不爱吱声，她妈走了以后更闷了。学校心理老师{{compound:申屠振华}}找她谈过几回。小子的老师{{han:何春玲}}年轻，爱领孩子们跳{{trap/minority_word:安代舞}}，小子回家就给他奶奶跳。
访谈者：过年过节呢？
受访者：过年煮{{trap/minority_word:手把肉}}，初一给老人磕头。我妈给孩子们讲{{trap/famous:哲别}}射箭的故事，闺女听完了说，奶奶，那是八百年前的人了。
访谈者：日子上最难的是啥时候？
受访者：她刚走那阵子。家里欠了七八万药费，我手又伤了，苞米收不回来，晚上躺炕上瞪着眼睛到天亮。后来{{trap/org:民政局}}给办了临时救助，又赶上医保二次报销，才缓过来。今年开春，镇里帮我在{{trap/place:沙金台}}的养牛场找了个看场子的活，一个月两千，离家近，晚上能回来给孩子做饭。
访谈者：村里还有跟您家一样的孩子吗？
受访者：有。屯里有七八个孩子爹妈在外头打工，跟着爷爷奶奶过，还有一个孩子他爸在里头蹲着。村里腾出一间屋子办了个儿童之家，放了假孩子们都去那儿，有书看，有乒乓球案子，有事就找{{minority/mongolian:宝迪}}。
访谈者：您自己现在身体怎么样？
受访者：手是好不了了，阴天下雨骨头缝里疼。我也不敢病，我要是倒下了，俩孩子和老太太咋整。有时候半夜醒了，一个人到院子里抽根烟，看看天，想想她在的时候，一家人围着炕桌吃饭，孩子们抢鸡腿。现在闺女学会了炖菜，味道跟她妈做的差不多，我吃一口就得背过脸去。
访谈者：表上要登记住址、证件号码和电话。
受访者：家在{{address:康平县沙金台乡扎哈气村三组14号}}，大舅哥住{{address:法库镇民主小区4号楼2单元501室}}。我身份证{{id_number@my1979.210123}}，闺女的{{id_number@wy2011spaced.210123}}。我电话{{mobile@plain}}，{{minority/mongolian:宝迪}}的电话{{mobile@hyphen}}，她微信叫{{wechat:baodi_kp0615}}。闺女有个QQ，说是班级群里交作业用，号码她写在挂历背面了，我给你念：{{qq:2938471056}}。
访谈者：名字在表上写得对吗？
受访者：不大对。学校名单上是{{spaced:德 勒 格 尔 其 其 格}}，小子写成{{spaced:杜　古　尔　扎　布}}。低保表上我是{{spaced:嘎鲁 巴特尔}}，我妈是{{spaced:宝　日　其　其　格}}。
访谈者：最后您还想说点啥？
受访者：就盼俩孩子念书念出去。{{minority/mongolian:德勒格}}说长大要当大夫，给她妈那样的病人看病。我这只手干不了重活，可供他俩念书，砸锅卖铁也得供。
""")

# H554: Tibetan grandmother in 阿坝县; her son died driving yaks to 红原, his wife remarried; three grandchildren.
DOCS["H554"] = ("family", """\
访谈者：阿妈，您身体还好吧？咱们慢慢聊，听不懂的让孙女帮着翻。
受访者：好。我叫{{minority/tibetan:斯郎拉姆}}，六十八了，家在{{trap/place:阿坝}}县城北边的牧场上，村里人都喊我{{minority/tibetan:斯郎}}阿妈。儿子{{minority/tibetan:班玛俄热}}前年冬天拉牦牛去{{trap/place:红原}}，车翻在山垭口，人没了。儿媳{{minority/tibetan:泽让俄措}}第二年改嫁到{{trap/place:若尔盖}}，三个娃娃留给我。
访谈者：娃娃们多大了？
受访者：（孙女翻译）老大{{minority/tibetan:三郎木尔加}}十三，在{{school:阿坝县中学初一（2）班}}住校，学籍上写的是{{minority/tibetan:杨木尔加}}，我们叫他{{minority/tibetan:木尔加}}。老二是我，{{minority/tibetan:雍忠拉姆}}，十岁，在{{school:贾洛镇寄宿制小学四年级（3）班}}。老三{{minority/tibetan:尕尔玛}}才五岁，在乡上的幼儿园。{{minority/tibetan:木尔加}}说他不念了，回家放牛，让我和妹妹念，奶奶打了他一巴掌，又抱着他哭。
访谈者：娃娃们上学远吗？
受访者：（孙女翻译）远。老大在县城住校，一个月回来一趟，坐村里的面包车，一趟二十块。我在镇上住校，礼拜五下午奶奶走两个钟头来接我。路上有条河，夏天涨水，奶奶就背着我过河。学校食堂顿顿有肉有菜，比家里吃得好，我每回都想给奶奶带点回去。老师说我们这样的娃娃吃饭、住宿都不要钱，还有补助，奶奶听了要给老师磕头，老师赶紧把她扶起来。
访谈者：你们靠什么过日子？
受访者：家里有十几头牦牛，我放不动了，交给侄子{{minority/tibetan:罗让泽仁}}帮着放，一年给他两头牛。村里给我们报了低保，三个娃娃是事实无人抚养，一个月一人{{trap/number:一千五百七}}。村支书{{minority/tibetan:更嘎泽郎}}，汉名叫{{han:杨长林}}，他跑了好几趟{{trap/org:县民政局}}。儿童主任{{minority/tibetan:俄让卓玛}}她三天两头来，给娃娃们洗头、剪指甲。乡上的民政专干{{minority/tibetan:王科让}}每季度来入户一回，每回都把表上的字念给我听。驻村工作队的{{han:何川平}}队长给家里装了太阳能。
访谈者：还有谁帮过你们？
受访者：县医院的{{han:苟春燕}}大夫给我看过眼睛，我有白内障，她说等开春了给做手术。老大的班主任{{han:蒲小军}}老师是汉族，去年冬天骑摩托来家访，在雪地里摔了一跤。县上社工站有个姑娘叫{{compound:闾丘雅琴}}，跟她一块儿来的是{{compound:轩辕子恒}}，他们给娃娃们带了棉鞋和本子。还有{{compound:夏侯晓丽}}，在县里管心理辅导，给老大谈过两回心。
访谈者：娃娃们的叔叔呢？
受访者：他叔叔{{minority/tibetan:洛让丹增}}在{{trap/org:格尔登寺}}当阿卡，每个月回来看一趟，给娃娃们念经、讲故事。{{minority/tibetan:洛让丹增}}说，哥哥不在了，娃娃们还有他。娃娃的舅舅{{minority/tibetan:晋美俄让}}在{{trap/place:马尔康}}开车，过年给娃娃们买新衣服。
访谈者：过节的时候呢？
受访者：夏天过{{trap/minority_word:香浪节}}，一家人去草坝子上搭帐篷，吃{{trap/minority_word:曲拉}}。过年跳{{trap/minority_word:锅庄}}，{{minority/tibetan:尕尔玛}}跳得最欢。晚上奶奶给我们讲{{trap/famous:阿克顿巴}}的故事，我哥听了十几遍还要听。
访谈者：您一个人带三个，最难的是什么？
受访者：冬天。雪一下，去县城的路就断了。去年老三半夜发烧，是邻居{{minority/tibetan:泽旺达尔基}}骑摩托把我们送到乡卫生院的。还有就是娃娃们想妈妈。{{minority/tibetan:泽让俄措}}她也来看过一回，在门口站了半天，娃娃们不让她进门，她哭着走了。奶奶的眼睛越来越看不清，夜里起来添牛粪，得摸着墙走，我们姊妹俩就轮着睡在她边上。
访谈者：娃娃们的妈妈现在还来往吗？
受访者：（孙女翻译）过年打个电话。她在那边又生了个弟弟，日子也不宽裕。奶奶说，不怪她，她还年轻。我想她的时候，就把她以前给我编辫子的头绳拿出来看看。
访谈者：登记表要填住址和号码。
受访者：家在{{address:阿坝县贾洛镇麦朵村二组11号}}，冬天住县城{{address:阿坝镇格尔登路康乐小区3栋1单元202室}}。我的身份证{{id_number@wold.513231}}，老大的{{id_number@my2012hyphen.513231}}。我没手机，留{{minority/tibetan:俄让卓玛}}的电话{{mobile@s434}}，她的微信是{{wechat:erangzhuoma_ab}}。叔叔的电话{{mobile@plus86}}。老大有个QQ，是学校里上网课注册的，号是{{qq:1673094285}}。
访谈者：名字在表上写得一样吗？
受访者：（孙女翻译）不一样，我们的名字汉字写法多。低保表上奶奶是{{spaced:斯郎 拉姆}}，我爸成了{{spaced:班玛 俄热}}；学校把我写成{{spaced:雍　忠　拉　姆}}，我哥是{{spaced:三 郎 木 尔 加}}。
访谈者：您最大的心愿是什么？
受访者：娃娃们念书念出去。{{minority/tibetan:雍忠}}说她长大要当老师，回阿坝教书。我说好，奶奶等着。
""")

# H555: Hui grandmother in 济宁 (山东); her son is in prison, his wife has lupus; two grandchildren.
DOCS["H555"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：四口。我叫{{han:沙玉芬}}，经名{{minority/hui:萨菲叶}}，今年六十七，住在{{trap/place:济宁}}老运河边上，离{{trap/org:东大寺}}走路十分钟。老头子{{han:穆长发}}前些年心梗走了。儿子{{han:穆德顺}}，经名{{minority/hui:赛勒曼}}，前年在饭店跟人打架，把人打成重伤，判了六年，在{{trap/place:泰安}}服刑。儿媳{{han:丁桂云}}，经名{{minority/hui:朱韦丽娅}}，得了红斑狼疮，干不了活，常年吃激素。两个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{han:穆子涵}}十二，经名{{minority/hui:萨比尔}}，在{{school:济宁市任城区回民小学六年级（2）班}}。孙女{{han:穆欣怡}}八岁，经名{{minority/hui:祖贝达}}，在同一个学校读二年级。{{minority/hui:萨比尔}}他爱踢球，礼拜天去寺里学阿文。{{minority/hui:祖贝达}}她胆小，晚上不敢自己睡，非得搂着我。
访谈者：儿子的事孩子们知道吗？
受访者：孙子知道。学校里有孩子说他爸是劳改犯，他回家把书包一扔，说不上学了。班主任{{han:白晓娟}}老师来家里三趟，又把说闲话的孩子家长叫到学校。{{han:白晓娟}}说，孩子没错，谁也不能拿这个欺负他。去年腊月我带他去泰安看他爸，隔着玻璃，爷俩谁也没说话，光掉泪。
访谈者：孩子爸爸在里面表现怎么样？
受访者：管教说他表现好，在里头学了电焊，还减了半年刑。他每个月写一封信，信里头都是问孩子的，问考了多少分，问长高了没有。孙子开始不回信，后来{{han:白晓娟}}老师劝他，说你爸在里头也不容易，他才写了一封，就三行字：爸，我好好念书，你好好改造，奶奶身体还行。我念给他妈听，他妈哭了一宿。
访谈者：这些年谁帮过你们？
受访者：社区的儿童主任{{han:金红霞}}，她给孩子们报了困境儿童补贴，一个月一人{{trap/number:八百二十}}。社区书记{{han:哈振东}}给我家办了低保。寺里的{{han:马兴华}}阿訇，经名{{minority/hui:阿布都哈米德}}，每月从{{trap/minority_word:天课}}里拿出一份给我们。女寺的{{minority/hui:丁哈芙赛}}师娘教孙女念经，不收钱。邻居{{minority/hui:沙努尔丁}}开牛肉馆，孩子们放学饿了就去他那儿吃碗{{trap/minority_word:牛肉汤}}。
访谈者：儿媳妇的病怎么样了？
受访者：时好时坏。附属医院的{{han:米凤英}}大夫说这病要终身吃药，犯了就得住院。{{han:丁桂云}}她心里苦，觉得拖累了我，有一回偷偷把药停了，差点没救过来。市里社工站的{{compound:端木雨晴}}每个月来跟她说说话，还有{{compound:公孙可馨}}，给她找了个在家穿珠子的手工活，一个月能挣几百块。跟她俩一块来过的还有个小伙子叫{{compound:皇甫立伟}}，帮孙子补数学。
访谈者：孩子们平时放学以后怎么过？
受访者：社区有个四点半课堂，大学生志愿者教孩子们写作业，写完了我去接。孙子爱看书，把社区书屋的连环画都看遍了。孙女爱画画，画她爸、她妈、她奶奶，画完了贴在墙上，说等她爸回来给他看。礼拜五下午孙子跟着去寺里做主麻，回来跟我学阿訇怎么讲的，一板一眼。有时候晚上他妈身体好点，娘仨坐在床上说话，我在厨房听着，心里又酸又暖。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:圣纪节}}寺里做大锅菜，附近的{{trap/word:穆斯林}}都来，孩子们跟着去帮忙。孙子戴上{{trap/minority_word:礼拜帽}}，跟着阿訇去走坟，给他爷爷念经。回来的路上过{{trap/place:太白楼}}，阿訇给他们讲{{trap/famous:李白}}在这儿喝酒写诗的事。孙子说要考到{{trap/place:曲阜}}去，那是{{trap/famous:孔夫子}}的老家，我说你先把数学考及格。
访谈者：您自己身体呢？
受访者：糖尿病，腿肿，晚上肿得穿不上鞋，我就拿热水泡泡，第二天照样起早。早上送完孩子，去菜市场帮{{minority/hui:海鲁拉}}家看摊子，他给我一天五十块。{{minority/hui:萨菲叶}}这个名字是我姥姥给起的，现在叫的人少了，只有寺里的老姊妹还这么喊我。
访谈者：登记表要填住址和号码。
受访者：家在{{address:任城区古槐街道运河小区6号楼3单元402室}}，老家在{{address:任城区唐口街道穆家村五组23号}}。我身份证{{id_number@wy1958.370811}}，孙子的{{id_number@my2013fwspaced.370811}}。我电话{{mobile@spaced}}，{{han:金红霞}}的{{mobile@plus86dash}}，她微信{{wechat:jinhongxia_rc}}。孙子的QQ号是他爸进去以前给注册的，我念：{{qq:８４０２６１７５３}}。
访谈者：名字在表上写得对吗？
受访者：经名是音译，各人写各的。低保表上孙女成了{{spaced:穆 欣 怡}}，儿媳成了{{spaced:丁　桂　云}}，还有把我写成{{spaced:沙玉 芬}}的。孙子在寺里的名册上是{{spaced:萨 比 尔}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好做人。盼孙子孙女念书念好，别走他爸那条路。
""")

# H556: Han mother in 兰西 (绥化); her husband was paralysed by a stroke; three children with word nicknames.
DOCS["H556"] = ("family", """\
访谈者：大姐，您家几口人？
受访者：六口。我叫{{han:隋玉霞}}，三十八，家在{{trap/place:兰西}}县城东边的屯子里。当家的{{han:栾德旺}}前年在{{trap/place:绥化}}的亚麻厂干活，脑出血，抢救过来了，半边身子不好使。婆婆{{han:鞠凤芹}}七十多了，跟我们一块儿过。仨孩子，大小子大名{{han:栾浩宇}}，小名叫{{han:煤球}}，生下来就黑；闺女{{han:栾雨萱}}，小名{{han:顶针}}，她奶奶给起的，说这丫头又小又硬实；老三{{han:栾浩博}}五岁，小名{{han:土豆}}。
访谈者：孩子爸爸现在怎么样？
受访者：在家躺着，能拄拐走两步。{{han:栾德旺}}他以前是个能干的人，开四轮子、上房修瓦啥都会，现在连扣子都系不上，脾气就大，动不动摔筷子。{{han:煤球}}都不敢跟他爸说话了。康复医院的{{han:那海峰}}大夫说，得天天练，练好了能自己上厕所。
访谈者：孩子们怎么样？
受访者：{{han:煤球}}十三，在{{school:兰西县第三中学初一（5）班}}，念书一般，就是知道干活，放学回来喂猪、劈柴。{{han:顶针}}也懂事，十岁，在{{school:兰西县东兴小学四年级（2）班}}，回家先给她爸倒水。{{han:土豆}}还小，天天跟在他奶奶屁股后头。{{han:顶针}}她班主任{{han:初晓红}}老师说，孩子作文写她爸，写哭了半个班。
访谈者：这两年都谁帮过你们？
受访者：村里的儿童主任{{han:宫丽娟}}大姐，她给仨孩子报了困境儿童，又给当家的办了残疾证。村支书{{han:贲国良}}给报了低保，一年下来{{trap/number:一万零八百}}。乡里民政上的{{han:满春雨}}来过好几回。{{han:宫丽娟}}那边还给联系了县{{trap/org:妇联}}，过年给孩子们送了羽绒服。县社工站的{{compound:上官佳慧}}每月来一趟，跟她一起的叫{{compound:段干立新}}，小伙子给老大补英语。还有个姑娘叫{{compound:宇文晓丹}}，教老二剪{{trap/word:挂钱儿}}。
访谈者：亲戚邻居呢？
受访者：我娘家哥{{han:隋长江}}在{{trap/place:呼兰}}打零工，每月给孩子们打五百块钱。邻居{{han:于长贵}}他们家秋天帮我们收苞米，{{han:于长贵}}媳妇{{han:佟桂兰}}婶过年给蒸了两锅粘豆包。正月{{trap/word:初一}}来拜年的人多，孩子们给长辈{{trap/word:鞠躬}}，我心里才敞亮点。
访谈者：您自己累不累？
受访者：咋不累。早上四点起来喂猪做饭，给他爸翻身擦洗，白天去镇上的粉条厂干活，晚上回来还得看孩子作业。{{trap/word:那会儿}}刚出事，我一宿一宿睡不着，想过带孩子回娘家。{{han:煤球}}说，妈，你走我也走，可咱不能扔下我爸。我就没走。
访谈者：孩子爸爸的病往后怎么办？
受访者：大夫说，再坚持练一年，兴许能扶着墙走。县残联给借了个轮椅，天好的时候，老大推着他爸到屯子口晒太阳，跟老哥几个唠嗑。他爸这人要强，不愿意让人看见他这样，可孩子推着他，他也就去了。回来跟我说，还是孩子好。
访谈者：冬天怎么过？
受访者：我们这儿冬天零下三十来度，一冬得烧两吨多煤，去年煤钱是村里帮着出的一半。屋里冷，当家的手脚凉，我就把炕烧得热热的，让他躺炕头。孩子们写作业趴在炕桌上，手冻得拿不住笔，老大就把手揣在怀里焐一会儿再写。今年镇上给换了新窗户，屋里暖和多了，老二说，妈，今年冬天不用戴着手套睡觉了。
访谈者：孩子们在家里谁管作业？
受访者：我念到初中，小学的题还能看看，初中的就看不懂了。老大的数学是社工小伙子帮着补，语文他自己看。老二爱看书，把学校图书角的书都借回来看了一遍，晚上打着手电筒在被窝里看，我说她，她就跟我讲书里的故事，讲得我都忘了累。老三就是玩，拿粉笔在院墙上画小人，画了一墙。
访谈者：孩子们的学习呢？
受访者：学校好，老师给{{han:顶针}}免了午饭钱。语文老师给孩子们讲{{trap/famous:萧红}}写的{{trap/place:呼兰河}}，{{han:顶针}}回来说，妈，那地方离咱家不远。
访谈者：登记表上的信息呢？
受访者：家在{{address:兰西县兰河乡长岗村六组28号}}。我身份证{{id_number@wy1987hyphen.231222}}，电话{{mobile@s38}}，当家的电话{{mobile@fullwidth}}。我微信{{wechat:suiyuxia_lx87}}。{{han:煤球}}有个QQ，说同学都有，号码是——他写在墙上了，我找找——{{qq:3190572846}}。
访谈者：名字在表上写得对吗？
受访者：学校的表上写成了{{spaced:栾 浩 宇}}，低保表上我是{{spaced:隋　玉　霞}}，闺女的名字还有写成{{spaced:栾雨 萱}}的，{{spaced:栾 浩 博}}也有。
访谈者：您最盼什么？
受访者：盼当家的能自己走道，盼仨孩子都念上书。{{han:土豆}}说长大要开大车，拉着全家去看海。
""")

# H557: Han primary-school teacher in 北安 (黑河), in touch with pupils and parents on WeChat and QQ.
DOCS["H557"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：四年级。我叫{{han:鲁冬梅}}，在{{trap/place:北安}}城郊的小学教了十九年，现在是{{school:北安市赵光镇中心小学四年级（2）班}}的班主任。班上二十八个孩子，九个是留守的，爹妈在{{trap/place:大连}}、在{{trap/place:俄罗斯}}打工，还有三个家里出了事。我跟家长多半靠微信和QQ联系。
访谈者：能说说那三个孩子吗？
受访者：头一个{{han:盖子轩}}，他爸{{han:盖福军}}在{{trap/place:布拉戈维申斯克}}的工地上摔下来，腰椎断了，回来以后一直躺着，他妈走了。孩子跟爷爷过。{{han:盖子轩}}他每天早上五点起来给爷爷烧炕，到学校就趴桌上睡。我加了{{han:盖福军}}的微信，微信号是{{wechat:gaifujun_1982}}，有事我就给他发语音。
访谈者：第二个呢？
受访者：第二个是{{han:国梓涵}}，女孩，妈妈{{han:国秀芬}}一个人带她，前年得了乳腺癌，在{{trap/place:黑河}}做的手术。她说，化疗那阵子，孩子自己做饭、自己上学，没耽误过一天课。{{han:国梓涵}}写了篇作文叫《我的妈妈是光头》，我念着念着就哭了。她妈更愿意用QQ，说微信里都是催账的，QQ号是{{qq:1590384726}}。
访谈者：第三个？
受访者：第三个{{han:谷雨欣}}，爸爸{{han:谷振东}}酒驾撞了人，判了三年。妈妈在{{trap/place:五大连池}}的景区打工，一个月回来一回，{{han:谷雨欣}}跟姥姥过。姥姥不会用手机，我就在微信上跟她妈说，她妈微信叫{{wechat:Guyu_mama0407}}。{{han:谷雨欣}}也懂事，就是不爱说话，谁提她爸她就跟谁急。
访谈者：留守的孩子们呢？
受访者：多是爷爷奶奶带。{{han:岳思琪}}的爸爸{{han:岳长河}}在大连跑船，一年回来一趟，有空就在QQ上问孩子成绩，他的QQ我记在班级手册第一页上：{{qq:7240193658}}。{{han:常乐天}}跟他奶奶过，爸妈在俄罗斯种菜。{{han:冷雨桐}}的妈妈{{han:冷建华}}在{{trap/place:天津}}做保洁，每个礼拜天晚上跟孩子视频，我把孩子的作业拍给她看。{{han:展鹏飞}}他爸{{han:展立国}}在工地上开铲车，每天收了工就在微信上问孩子吃饭没有。
访谈者：这些孩子在班上跟别的孩子一样吗？
受访者：有不一样的地方。留守的孩子开家长会最难受，别人家来的是爸妈，他们家来的是爷爷奶奶，有的谁也来不了。我就把家长会改成了视频会，在外地的家长也能在手机上看。还有就是过生日，我们班每个月给当月过生日的孩子一起过，买个蛋糕，大家唱歌。有个孩子说，这是他头一回吃生日蛋糕，我听着心里一酸。
访谈者：学校和镇上怎么帮这些孩子？
受访者：校长{{han:訾国强}}定了规矩，留守和困境的孩子每人配一个代理妈妈，都是学校的女老师。我代理了那两个女孩。镇里的儿童主任{{han:房玉霞}}给三个孩子报了困境儿童补贴，每月{{trap/number:七百五十}}。市里社工站的{{compound:司马欣然}}每月来学校一回，做小组活动，跟她一起来的还有{{compound:欧阳梓豪}}。心理老师{{compound:巫马秀云}}每周给孩子们上一节心理课，给他们讲抗联{{trap/famous:赵尚志}}的故事，说人难的时候要挺住。
访谈者：您跟家长联系最难的是什么？
受访者：时差和信号。在俄罗斯的家长，下了工都半夜了。有的家长换了号不告诉我，一找好几天。有的爷爷奶奶不识字，我就用方言发语音。去年冬天零下三十多度，{{han:常乐天}}他奶奶摔了，孩子用QQ给我发了个消息，我和体育老师{{han:邴志军}}开车把老人送的医院。我还让孩子们都记住{{trap/hotline:12356}}，心里难受了可以打。
访谈者：您自己呢？
受访者：我自己的孩子在外地上大学，我也算半个留守的妈。我跟学生们说，咱们都想家里人，想了就写下来，写完了老师给你寄出去。一学期下来，光我们班就寄出去一百多封信，有的寄到俄罗斯，走了一个多月才到。
访谈者：您登记的联系方式？
受访者：{{han:盖子轩}}家在{{address:赵光镇光明村五组9号}}。{{han:盖福军}}的电话{{mobile@hyphen}}，{{han:国秀芬}}的电话{{mobile@plus86spaced}}。{{han:岳长河}}的微信是{{wechat:yuechanghe_ship}}。{{han:谷雨欣}}的身份证我在学籍上核过：{{id_number@wy2015.231181}}。{{han:常乐天}}有个QQ，号是他奶奶让他写在我本子上的，我念一下——{{qq:2054817963}}。
访谈者：名字登记有出入吗？
受访者：有。学籍系统里{{spaced:国 梓 涵}}中间带空格，家长填的表把{{spaced:谷　雨　欣}}写开了，还有{{spaced:盖子 轩}}。我跟孩子们说，{{trap/word:国家}}有政策，{{trap/word:常常}}来问老师，别不好意思。期末我给每个孩子写一封信，放在他们书包里，让他们带回家念给爷爷奶奶听。
""")

# H558: Uyghur grandfather in 米东区 (乌鲁木齐), family from 伊宁; his son died in a coal mine, his daughter-in-law is ill.
DOCS["H558"] = ("family", """\
访谈者：大爷，您身体好吧？我们慢慢聊。
受访者：好，好。我叫{{minority/uyghur:依米提·托乎提}}，六十九岁，老家在{{trap/place:伊宁}}，八几年跟着建筑队来的{{trap/place:乌鲁木齐}}，后来在{{trap/place:米东}}这边落了户。老伴{{minority/uyghur:米日班·阿不力孜}}腿不好，在家做饭。儿子{{minority/uyghur:玉素甫江·依米提}}前年在煤矿上出了事故，没了。儿媳{{minority/uyghur:阿曼尼萨·克尤木}}受了刺激，病了，回伊宁娘家养病。两个孙子孙女就跟着我们老两口。
访谈者：孩子们叫什么？多大？
受访者：孙子{{minority/uyghur:艾尔西丁·玉素甫江}}，十四岁，我们叫他{{minority/uyghur:艾尔西丁}}。孙女{{minority/uyghur:迪丽达尔·玉素甫江}}，九岁，户口本上没有点，是{{minority/uyghur:迪丽达尔玉素甫江}}。{{minority/uyghur:艾尔西丁}}在{{school:米东区第二中学初二（3）班}}，{{minority/uyghur:迪丽达尔}}在{{school:米东区北园春小学三年级（4）班}}。
访谈者：家里怎么过日子？
受访者：我年轻时候是泥瓦匠，现在干不动了，在市场上看个摊子，卖{{trap/minority_word:恰玛古}}和皮牙子。社区给我们报了低保，两个孩子按事实无人抚养，每人每月{{trap/number:一千四百二}}。社区的{{minority/uyghur:沙吾提·卡斯木}}帮着跑的手续，跑了三趟{{trap/org:区民政局}}。社区书记{{han:牛建新}}逢年过节提着米面油来，{{han:牛建新}}他说，大爷，有事您就喊我。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:艾尔西丁}}他个子高，打篮球，就是数学不好。班主任{{han:井晓峰}}老师每礼拜给他补一回课，不要钱。{{minority/uyghur:迪丽达尔}}爱唱歌，学校过六一，她唱了一段{{trap/minority_word:木卡姆}}，老师们都鼓掌。学校心理老师{{compound:长孙文博}}说，她画的画里老有一个站在门口的女人，那是她妈。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难的是语言和作业。孩子们在学校学的是国家通用语，我汉话说得不好，写字更不行，作业看不懂。孙子大了，自己能管自己，孙女的作业我就拍照发给老师问。还有就是钱，我摊子一个月挣一千多，老伴的药一个月就得几百。去年冬天孙子个子长得快，棉衣短了一截，社区给买了新的。我这个人要面子，开始不好意思要，社区的人说，大爷，这是国家给孩子的，不是给您的，我才收下。
访谈者：孩子妈妈现在怎么样？
受访者：{{minority/uyghur:阿曼尼萨}}她在伊宁住院，吃药好一点了。她爸{{minority/uyghur:克尤木·买合苏提}}每个月给我打电话，说等她好了就让她回来。孩子们放暑假，我带他们坐火车回伊宁看妈妈。{{minority/uyghur:阿曼尼萨}}抱着孩子哭，孙女给她擦眼泪。
访谈者：还有谁帮你们？
受访者：邻居{{minority/uyghur:热比古丽·吾守尔}}家有{{trap/minority_word:馕坑}}，每天多打两个给我们。社区医生{{han:鲍玉琴}}大夫每个月给我老伴量血压、开药。区里社工站的{{compound:上官明轩}}和{{compound:漆雕子墨}}每个礼拜三来，教孩子们写作业，还带他们去{{trap/place:红光山}}爬山。派出所的{{han:庞振宇}}给孙女补办了户口上的错字。
访谈者：过节呢？
受访者：{{trap/minority_word:诺鲁孜节}}的时候我老伴做{{trap/minority_word:薄皮包子}}，孩子们能吃十几个。晚上我给他们念{{trap/famous:纳瓦依}}的诗，孙子说爷爷念得跟唱歌一样。{{minority/uyghur:依米提}}这个名字，在我们老家是“希望”的意思，我跟孩子们说，你们就是爷爷的希望。
访谈者：孩子们跟邻居家孩子玩得好吗？
受访者：好。我们这个院子里有回族、汉族、哈萨克族的孩子，一放学就在院子里踢球，谁家饭熟了就在谁家吃。孙女学会了好几句哈萨克话，回来教我。我说，好，多学几样话，将来走到哪儿都不怕。
访谈者：您还想回伊宁吗？
受访者：想啊。伊宁的苹果园、河边的风，做梦都梦见。可孩子们在这边上学，户口也在这边，回不去了。等孙子考上大学，我再回去看看老房子。
访谈者：登记表要写住址、号码。
受访者：家在{{address:米东区古牧地镇下沙河村三组27号}}，儿媳妇娘家在{{address:伊宁市解放路街道果园小区5号楼2单元301室}}。我的身份证{{id_number@my1956.654002}}，孙女的{{id_number@wy2016x.650109}}。我的电话{{mobile@p86n}}，{{minority/uyghur:沙吾提·卡斯木}}的电话{{mobile@h38}}，他微信{{wechat:shawuti_md01}}。孙子的QQ是他自己注册的，号码写在他床头的墙上，我抄下来了：{{qq:40617382}}。
访谈者：名字写得一样吗？
受访者：不一样。学校表上孙子是{{spaced:艾尔西丁 · 玉素甫江}}，点两边空着；孙女是{{spaced:迪 丽 达 尔}}；低保表上我是{{spaced:依米提 托乎提}}，儿媳妇是{{spaced:阿　曼　尼　萨}}。
访谈者：您最大的愿望是什么？
受访者：看着孙子孙女长大成人。{{minority/uyghur:艾尔西丁}}说要考警校，我说爷爷等着你穿警服。
""")

# H559: Han court clerk in 庆安 (绥化) reading from the file of a case that took guardianship from a violent father.
DOCS["H559"] = ("staff", """\
访谈者：您今天带来的是哪个案子的材料？
受访者：一个撤销监护人资格的案子，去年结的。我叫{{han:蔺晓婷}}，在{{trap/org:庆安县人民法院}}当书记员，这个案子从立案到宣判的笔录都是我记的。名字我照卷宗念。
访谈者：案子是怎么回事？
受访者：孩子叫{{han:骆子墨}}，男，十岁。父亲{{han:骆振彪}}常年酗酒，喝多了就打孩子，孩子身上有烟头烫的疤。母亲{{han:修晓丽}}{{trap/year:2019年}}因为诈骗判了五年，在女子监狱服刑。申请人是孩子的姥姥{{han:邵桂英}}，还有镇上的{{trap/org:民政办}}。卷宗封面上被申请人写了两遍，“{{han:骆振彪}}{{han:骆振彪}}”，是立案庭录入的时候多敲了一回。
访谈者：谁发现孩子被打的？
受访者：学校。班主任{{han:苑丽萍}}老师看见孩子大夏天穿长袖，掀开一看，胳膊上全是青的。{{han:苑丽萍}}和校长{{han:车长顺}}商量了，当天就报了派出所和镇里。派出所的{{han:隋立军}}出的警，笔录上写着孩子说“爸爸喝了酒就打我”。县医院的{{han:权海波}}大夫做的伤情鉴定。{{han:骆振彪}}他在笔录里说，打孩子是管孩子，谁家不打。
访谈者：法庭上怎么审的？
受访者：审判长是{{compound:欧阳振国}}，陪审员一个是{{compound:尉迟秀兰}}，一个是退休教师{{han:冀文涛}}。孩子这边是{{trap/org:法律援助中心}}派的律师，叫{{compound:赫连志伟}}。{{trap/org:检察院}}派了{{han:郇秀芝}}检察官支持起诉。村里的儿童主任{{han:闫淑珍}}出庭作证，说孩子常年吃不上饭，是邻居{{han:宁玉兰}}婶给口吃的。她也来了，在庭上掉了眼泪。
访谈者：判的结果呢？
受访者：撤销{{han:骆振彪}}的监护人资格，指定{{han:邵桂英}}为监护人，{{han:骆振彪}}每月给付抚养费{{trap/number:六百元}}。孩子该有的{{trap/word:权利}}一样不少，按事实无人抚养报了补贴。县社工站的{{compound:乐正思远}}做了社会观护报告，后来一直跟着回访。审判长宣判的时候说，法律不是{{trap/famous:海瑞}}那样的清官断案，靠的是证据，可心里也得装着孩子。
访谈者：这类案子多吗？
受访者：不多，一年也就两三件。难的是取证，孩子小，说不清楚，大人又护短，邻居怕得罪人不敢作证。这个案子是学校、派出所、医院、村里一起出的材料，链条完整，才判得下来。开庭前，法官让孩子在单独的屋子里跟心理老师说话，不让他跟他爸见面。宣判以后，孩子他爸在法庭上喊着要上诉，后来也没上诉。我们回访的时候，孩子把他画的一幅画送给了我们，画的是一个大房子，房子里有姥姥、有他，还有一只狗。
访谈者：卷宗里的登记信息呢？
受访者：我照着念。{{han:骆振彪}}，身份证{{id_number@my1984spaced.231224}}，住{{address:庆安县平安镇胜利村二组31号}}。{{han:邵桂英}}，身份证{{id_number@wmidfullwidth.231224}}，住{{address:庆安镇北苑小区7号楼2单元602室}}。孩子{{han:骆子墨}}，{{id_number@my2015hyphen.231224}}。{{han:修晓丽}}，{{id_number@wy1990x.231224}}。姥姥的电话{{mobile@s74}}，{{compound:赫连志伟}}律师的电话{{mobile@p86h}}，{{han:闫淑珍}}的微信{{wechat:yanshuzhen_qa}}。孩子有个QQ，他妈从监狱里写信让姥姥帮着申请的，号码在观护报告的附件里，我核过：{{qq:1385902746}}。
访谈者：孩子他爸后来怎么样了？
受访者：判决以后，县里把他送去戒酒，社区矫正的同志也盯着。去年秋天他来法院问过一回，说想看看孩子。按规定可以在社工陪同下探望，{{compound:乐正思远}}陪着去的，在姥姥家院子里坐了半个钟头。孩子躲在屋里不出来，隔着窗户看了他爸一眼。他爸走的时候说，等他把酒戒了，再来。
访谈者：卷宗上名字写法一致吗？
受访者：不一致，这也是我们最头疼的。起诉状上写的是{{spaced:骆 振 彪}}，有的笔录打成{{spaced:邵　桂　英}}；送达回证上陪审员签的是{{spaced:尉 迟 秀 兰}}，审判长的名字在一份通知书上成了{{spaced:欧阳 振国}}。孩子的名字在户籍证明上写成了{{spaced:骆　子　墨}}。这些都得一一补正。
访谈者：孩子现在怎么样？
受访者：跟姥姥在{{trap/place:庆安}}县城过，挺好。上礼拜回访，孩子给我们看他的奖状，说以后想当警察，跟{{han:隋立军}}叔叔一样。他姥姥说，孩子现在晚上不做噩梦了，听见门响也不往床底下钻了。
访谈者：做书记员这么多年，您有什么感受？
受访者：记笔录的时候不能掉眼泪，可回家了常常睡不着。孩子的事不是卷宗上几页纸，是一辈子。我{{trap/word:宁可}}多跑几趟回访，也不想看见孩子再受罪。
""")

# H560: Han grandmother in 宽城 (承德, 河北) raising two grandsons after her son died of a brain tumour.
DOCS["H560"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：三口，我跟俩孙子。我叫{{han:尉秀兰}}，六十六了，住在{{trap/place:宽城}}县城北边的山沟里，种几亩{{trap/word:栗子树}}。老头子{{han:尹福田}}前年肺癌走了。儿子{{han:尹立新}}在{{trap/place:唐山}}工地上开塔吊，去年查出脑瘤，手术没下来。儿媳{{han:杜丽娟}}办完丧事就回了娘家，后来改嫁了，一年打一两回电话。
访谈者：孙子们多大了？
受访者：大孙子{{han:尹晨曦}}十二，在{{school:宽城满族自治县第一小学六年级（1）班}}；小孙子{{han:尹乐乐}}七岁，在{{school:板城镇中心小学一年级（3）班}}。家里就叫他俩{{han:晨曦}}、{{han:乐乐}}。{{han:晨曦}}还知道帮我干活，{{han:乐乐}}都七岁了，晚上还得搂着我睡。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:苗凤霞}}，她给俩孩子报了事实无人抚养，每人每月{{trap/number:一千三百五}}。村支书{{han:何平安}}给我们家报了低保。{{han:何平安}}说，有啥难处就找村里。镇上民政所的{{han:史春来}}所长年前来送过米面。邻居{{han:高兴旺}}他们家有三轮车，孩子发烧了都是他半夜拉着上医院。{{han:滕桂香}}婶隔三岔五给孩子们送饺子。{{han:石玉珍}}姨是我老姐妹，我去县里拿药，就让她帮我看孩子。
访谈者：孩子们在学校呢？
受访者：{{han:晨曦}}的班主任{{han:燕红梅}}老师对他好，给他申请了助学金，还让他当了班长。{{han:乐乐}}的老师{{han:桑志刚}}年轻，爱带孩子们去山上捡栗子。县里社工站来了俩，一个是{{compound:慕容子豪}}，跟他一块儿的是{{compound:诸葛海波}}，一个礼拜来一回，陪孩子们画画、踢球。县医院的{{compound:皇甫佳怡}}大夫给{{han:乐乐}}看过哮喘，药钱都是她帮着申请减免的。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{han:乐乐}}老问爸爸去哪了，我说去{{trap/place:承德}}给人盖大楼去了。大孙子大了，知道他爸没了，不哭，就是老一个人坐在他爸的坟跟前。他妈{{han:杜丽娟}}那边也有了孩子，打电话来就是哭，说对不起俩孩子。我不怨她，年轻轻的，总得往前走。
访谈者：儿媳妇还来看孩子吗？
受访者：去年中秋来过一回，给孩子们买了新书包、新鞋。大孙子不吭声，小孙子扑上去就叫妈。她走的时候，小的追到村口，我抱都抱不住。后来我跟{{han:苗凤霞}}说，孩子他妈想来就让她来，孩子心里有个妈，总比没有强。
访谈者：过年过节怎么过？
受访者：过年大的贴对联，小的放小鞭，孩子们可{{trap/word:高兴}}了。我给他们讲{{trap/famous:戚继光}}在{{trap/place:喜峰口}}修长城的事，{{han:晨曦}}说他长大要去当兵。我们这儿是{{trap/word:满族}}自治县，过年也做{{trap/minority_word:黏火勺}}，孩子们最爱吃。
访谈者：您身体还行吗？
受访者：血压高，腰不好，一到阴天就疼。去年摔了一跤，{{han:苗凤霞}}她打了{{trap/hotline:12345}}，帮我问了医保的事，后来县里给我们家装了扶手。我就怕哪天我躺下了，俩孩子没人管。
访谈者：家里的地还种吗？
受访者：种。几亩栗子树，秋天打栗子，一年能卖七八千。我一个人爬不上树，雇人打，一天一百五。苞米地租出去了，一年给几百块钱。孩子们放了学也帮着捡栗子，栗子刺扎手，小孙子扎了手就哭，哭完了接着捡。去年栗子价钱不好，卖的钱还不够雇人的，我在地头坐了半天。
访谈者：孩子们晚上都做什么？
受访者：写作业、看电视。大孙子写完了自己的，就教弟弟认字。我不识几个字，就坐在边上纳鞋垫，听他俩念书，心里就踏实。有时候停电，我们点上蜡，仨人挤在一个被窝里，我给他们讲他爸小时候的事，讲他爸爬树掏鸟窝掉下来，俩孩子笑得直打滚。
访谈者：登记表要写地址和号码。
受访者：家在{{address:宽城满族自治县板城镇南岔村四组19号}}，儿媳妇在唐山住{{address:路南区学院路街道康宁小区3号楼1单元502室}}。我的身份证{{id_number@wy1959.130827}}，{{han:尹晨曦}}的{{id_number@my2013quad.130827}}。我电话{{mobile@spaced}}，{{han:苗凤霞}}的电话{{mobile@plain}}，她微信是{{wechat:miaofengxia_kc}}。{{han:晨曦}}有个QQ，说是他爸活着的时候给申请的，号码我让他写在日历背面了：{{qq:590264183}}。
访谈者：名字在表上写得对吗？
受访者：有错的。学校的表上是{{spaced:尹 晨 曦}}，低保表上我是{{spaced:尉　秀　兰}}，还有一张把{{spaced:尹乐 乐}}写开了。社工小伙子签名是{{spaced:慕 容 子 豪}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼俩孙子平平安安长大，念书念出去。别的我也不图啥了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=553,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout70",))


if __name__ == "__main__":
    main()
