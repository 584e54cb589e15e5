# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 228 (tests/pii/holdout228/H1809-H1816 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no gold or trap string is taken from the earlier sets (the script
asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name in
names.csv, and that no trap string was gold in an earlier set; the writer also checked that no trap string repeats
any earlier string; set 229, written at the same time, is not an earlier set).

Set 228 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 临高 and 澄迈
(north-west Hainan), where people speak Lingao and Hainanese (讲, 阿公/阿婆, 阿爸/阿妈, 讨海, names with 亚 and nicknames
ending in 仔): a Uyghur father from 墨玉 who sells baked buns at the night market of 临城, his Lingao wife disabled
by a stroke; a Yi grandmother from 昭觉 who picks coffee in 福山 and raises two grandchildren, her son in prison
and his wife gone back to 凉山; a Kazakh mother from 特克斯 married into a fishing family of 调楼, her husband lost
at sea and her son with cerebral palsy; a Mongolian grandfather from 新左旗 raising two orphaned grandchildren in a
longevity village of 金江 after his son and Hainanese daughter-in-law died in a road crash; a Han 儿童主任 of a
fishing village in 调楼 reading out her list; a Han clerk of the children's welfare section of the 澄迈
civil-affairs bureau, entering files and answering the phone; a Han head teacher of a fifth-grade class in 老城,
next to the industrial park, going through her roll; and a Han line leader of a fish-processing plant in 新盈
talking about her workers' children.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Uyghur given name + father's name with ‧ (U+2027), with · and spaced dots, and split by a full-width space
(木塔力甫‧吐拉克, 吐拉克·尼亚孜, 木塔力甫 · 吐拉克, 木塔力甫　吐拉克), short forms and forms of address (木塔力甫, 木塔,
老木, 小肉孜, 努日曼, 艾力巴郎), a name inside a shop sign (“木塔力甫烤包子”) and a Han mother's surname before a
Uyghur given name (符努日曼); Yi clan + given names (莫色拉哈, 加巴乌哈, 加巴依作, 加巴拉体, 加巴阿芝嫫, 吉地曲尼,
吉克石哈, 阿尔拉格, 沙马阿呷嫫) written with a Han surname taken from the clan name (马乌哈, 马依作, 马拉体, 吉石哈,
the last mistaken for the Hainan surname 吉), a Hainan form of address made from a clan name that looks like a Han
surname and kin word (莫阿婆) and a short given name (乌哈, 阿尔哥); a Kazakh given name + father's name with ·, ・
(U+30FB), . and no dot, and with spaced dots (萨吾列什·叶尔肯, 萨吾列什・叶尔肯, 萨吾列什.叶尔肯, 萨吾列什叶尔肯,
哈依达尔·托勒根别克, 哈依达尔.托勒根别克, 哈依达尔托勒根别克, 萨吾列什 · 叶尔肯, 哈 依 达 尔 · 托 勒 根 别 克), a Lingao
family's surname before a Kazakh given name (羊铁木尔兰, beside his Han name 羊嘉豪) and Hainanese forms of address
made from Kazakh names (萨妹, 木兰仔); Mongolian names (旺沁巴拉珠尔, 阿拉坦呼雅嘎, 额布勒吉德玛, 赛吉日玛, 乌恩嘎日迪,
那木吉勒道尔吉, 敖都苏和, 图门巴雅斯胡朗, 乌兰其布日) with Hainanese forms of address (旺公, 都仔), a short form (阿恩
他), the school roll's 鲍赛吉日玛 and the Han names of father and grandson (鲍景川, 鲍一鸣); Han names with the
surnames of the region, rare and common (符, 羊, 禤, 冼, 吉, 邢, 麦, 岑, 苻, 云, 邝, 詹, 卓, 莫, 谢, 曾, 黎, 王, 陈);
surnames and given characters that are ordinary or grammar words next to grammar words and verbs (于晓彤，于是乎,
过志刚，过年过节, 来永平来, 莫德才才, 从小娟，从小到大, 符再旺再, 林正芳正在, 潘又菁又, 云海生便, 从婆还, 王光有有,
林亚弟能, 王家勇得救, 曾丽萍要, 吉秀莲却, 努日曼倒是, 邝美兰倒是, 符月琴也, 钟叔都, 小肉孜就, 羊伯把, 被钟叔,
冯小满给, 吴晓琼跟, 阿尔拉格和, 闻人宏达让, 潘又菁说, 王光有问, 邢美琇讲, 符月娇她, 阿恩他); names that contain
words beside the same words used as words (王海鸥 / 海鸥成群, 文静怡 / 文文静静, 万一鸣 / 万一哪天, 长孙明月 / 长房长孙,
司空保华 / 司空见惯, 西门雨桐 / 西门菜市场, 东方耀祖 / 东方市, 羊德旺 / 羊群, 吉秀莲 / 大吉大利, 莫德才 / 莫急莫慌,
番薯妹 / 番薯地); names inside organisation-like phrases where the name is the person's (“莫德才人偶戏班”,
“符亚妹粉店”); a surname with only a title or kin word, annotated whole (禤主任, 苻老师, 谢组长, 韩校长, 符婶, 钟叔,
陈阿婆, 羊伯, 卓婆, 从婆, 曾阿太, 陈二嫂) and local nicknames (海螺仔, 番薯妹); names at the start and end of a line or
sentence (最让我放心不下的，是吉石哈。); names spaced out character by character in half- and full-width spaces and
names split in two; compound surnames after ordinary words and titles (司徒, 上官, 澹台, 钟离, 皇甫, 夏侯, 申屠,
端木, 南宫, 宇文, 司空, 长孙, 濮阳, 左丘, 西门, 诸葛, 东方, 公良, 鲜于, 闻人); and numbers and accounts read out
and written the many ways people do.

Markup: the inline marks of ``_setkit.MARK`` (tests/pii/_setkit.py), with minority groups uyghur, yi, kazakh and
mongolian. Run ``python tests/pii/holdout228/make_holdout228.py`` to rebuild (deterministic); what the build checks
and prints: ``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(228_2026_1208)
MINORITY_GROUPS = ("uyghur", "yi", "kazakh", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "yi": 10, "kazakh": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "159", "178", "182", "183", "188", "195", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1809: Uyghur father from 墨玉 who sells baked buns at the night market of 临城 (临高); his Lingao wife is
# disabled by a stroke.
DOCS["H1809"] = ("family", """\
访谈者：大哥，您这个烤包子摊在夜市摆了几年了？
受访者：七年了。我叫{{minority/uyghur:木塔力甫‧吐拉克}}，老家{{trap/place:和田地区}}的墨玉。{{trap/place:临高}}人舌头绕不过来，夜市上都喊我{{minority/uyghur:老木}}，灯箱上写的是“{{minority/uyghur:木塔力甫}}烤包子”。
访谈者：怎么到临高来的？
受访者：跟老乡先到{{trap/place:海口市}}卖干果，后来认得了我老婆{{han:符月娇}}。她是{{trap/place:新盈}}人，讲临高话，我到现在只听得懂一半。结婚十三年，一直租房住在{{trap/place:临城}}。
访谈者：您爱人身体怎么样？
受访者：前年脑出血，右边身子动不了，话也讲不清。{{trap/org:临高县人民医院}}的{{han:谢文礼}}医生讲，命保住了就是福气。评了二级残疾，社区的{{han:曾丽萍}}要我把病历都复印好，给她办了残疾人两项补贴。{{han:符月娇}}她以前最爱笑，现在一天到晚望着窗户，有时候看着看着就哭，我就把收音机开大，放她爱听的临高渔歌。
访谈者：孩子们呢？
受访者：两个。女儿{{minority/uyghur:努日曼妮萨}}十一岁，在{{school:临高县临城第三小学五年级（4）班}}，跟着妈妈学了一口临高话，同学喊她{{minority/uyghur:符努日曼}}，她也应。儿子{{minority/uyghur:肉孜艾力}}八岁，在{{school:临城镇江北小学二年级（1）班}}，我们叫他{{minority/uyghur:小肉孜}}。{{minority/uyghur:小肉孜}}就爱跟隔壁{{han:符婶}}的孙子{{han:海螺仔}}去江边捉螃蟹，一身泥回来，被{{han:钟叔}}看见了，拎着耳朵送回家。
访谈者：谁照顾您爱人？
受访者：白天她姐姐{{han:符月琴}}过来喂饭、擦身子，{{han:符月琴}}也是一身病，自己家里还有两个孙子要带。晚上我收了摊回去给她翻身。岳母{{han:陈阿婆}}七十多了，也跟着操心。{{minority/uyghur:努日曼}}倒是懂事，放学先给妈妈按手，再写作业。有一回我半夜两点收摊回家，看见她趴在妈妈床边睡着了，手还放在妈妈手上。
访谈者：有哪些帮助？
受访者：低保去年批下来了，两个孩子也报了困境儿童，每人每月{{trap/number:一千一百八十六块}}。县民政局来核材料的是{{han:于晓彤}}，{{trap/word:于是乎}}我才晓得有这个政策，以前我以为外地人办不了。社工站派了{{compound:司徒穗安}}，每周来给{{han:符月娇}}做康复，还带个实习生叫{{compound:上官槿舟}}，陪两个孩子写作业。
访谈者：孩子在学校怎么样？
受访者：女儿成绩好，班主任{{han:林正芳}}正在帮她报县里的作文比赛，题目是写家里的人，她写的是妈妈的手。儿子坐不住，{{han:王淑贤}}老师讲他像阿凡提，鬼点子多。学校中午没有清真饭，我早上打好馕让他们带去，同学们抢着尝。
访谈者：摆摊收入够吗？
受访者：不够。好的时候一晚卖三四百，刮台风就没生意，一年要停两个月。房租一个月九百，老婆的药一个月又是几百，康复的钱医保只报一半。夜市管理员{{han:钟叔}}都照顾我，把路口的位子留给我。卖椰子水的{{han:吉秀莲}}却总讲，路口那个{{trap/word:大吉大利}}的位子要给有难处的人。我去海口进羊肉，她给我看摊，一分钱不少。
访谈者：老家还有亲人吗？
受访者：我阿爸{{minority/uyghur:吐拉克·尼亚孜}}在墨玉种核桃，阿妈前年过世了，我没赶回去，到现在心里过不去。弟弟每年肉孜节寄一箱{{trap/minority_word:巴旦木仁}}来。孩子们没回过新疆，儿子问爷爷家门口是不是也有海，我讲没有海，有沙漠，有很长很长的白杨树。
访谈者：过节怎么过？
受访者：我做一大锅抓饭，端给左邻右舍。{{han:符婶}}回请我们看{{trap/word:人偶戏}}，孩子们看得不肯走。三种话孩子们都会一点：在家讲普通话，跟外婆讲临高话，跟我阿爸视频讲几句维吾尔话，阿爸听了就笑。
访谈者：一晚上是怎么过的？
受访者：下午四点生馕坑的火，五点出摊，卖到夜里一点。礼拜六礼拜天两个孩子跟我出来，女儿站在旁边收钱、扫码，儿子用临高话在路口喊“烤包子，热的”，本地阿婆听了都笑，专门过来买两个。有时候生意好，我一晚上顾不上喝一口水，儿子就端一杯甘蔗汁给我。
访谈者：孩子们在这边受过欺负吗？
受访者：受过。儿子刚上一年级，有同学喊他“新疆仔”，讲他身上有羊膻味，他回来哭，不肯去上学。{{han:王淑贤}}老师晓得了，在班上讲新疆有多大、有多少好吃的，让我做了一盘烤包子带去给全班分，后来再没人喊了。
访谈者：登记信息请您讲一下。
受访者：摊子在{{address:临高县临城镇解放路夜市17号摊位}}，租的房子在{{address:临城镇江北村二队38号}}。我身份证{{id_number@my1985spaced.653222}}，女儿的{{id_number@wy2014fw.469024}}。我电话{{mobile@s434}}。我微信{{wechat:Mutallip_kaobaozi}}。女儿有个QQ，号码她用临高话念给我，我记在烟盒上：{{qq:41958207}}。
访谈者：表上名字写得对吗？
受访者：乱写的多。残疾证上老婆是{{spaced:符　月　娇}}，学校把女儿写成{{spaced:努 日 曼 妮 萨}}，低保表上我是{{spaced:木塔力甫 · 吐拉克}}，还有一张写成{{spaced:木塔力甫　吐拉克}}。
访谈者：您最盼什么？
受访者：盼老婆能再喊我一声{{minority/uyghur:木塔}}，以前她拖得长长的，现在我就等这一声。
""")

# H1810: Yi grandmother from 昭觉 who picks coffee in 福山 (澄迈); her son is in prison, his wife went back to 凉山.
DOCS["H1810"] = ("family", """\
访谈者：阿嫫，您在这个咖啡园做工几年了？
受访者：五年了。我叫{{minority/yi:莫色拉哈}}，从四川凉山昭觉来的。园子里的海南人念不来，都喊我{{minority/yi:莫阿婆}}，他们以为我姓莫。
访谈者：怎么到福山来的？
受访者：儿子{{minority/yi:加巴乌哈}}先来{{trap/place:澄迈}}摘咖啡、种胡椒，后来把媳妇孙子都接来了，我也跟来带孙子。园子老板{{han:冯启明}}管吃管住，一个月给我一千八。我在老家一年也见不到这么多钱。
访谈者：孩子爸爸现在呢？
受访者：关在里头了。前年跟人去海口帮人带东西，是毒品，判了七年。户口本上他叫{{minority/yi:马乌哈}}，法院的纸上也这样写。媳妇{{minority/yi:吉地曲尼}}受不了，回了凉山，电话也换了，再没来过。
访谈者：孙子孙女多大？
受访者：孙女{{minority/yi:加巴依作}}十岁，孙子{{minority/yi:加巴拉体}}七岁，学校花名册写成{{minority/yi:马依作}}、{{minority/yi:马拉体}}。孙女在{{school:澄迈县福山镇中心小学四年级（3）班}}，孙子在村里的{{school:福山镇敦茶小学一年级（2）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:岑秋月}}给两个娃娃报了服刑人员子女补助，每人每月{{trap/number:九百五十八元}}。{{han:岑秋月}}她会一点普通话，我会一点，两个人比着手讲。镇民政办的{{han:过志刚}}，{{trap/word:过年过节}}都送米送油。社工{{compound:澹台秀凤}}教孙女认字，她同事{{compound:钟离叙白}}带孙子去踢球。
访谈者：孩子们习惯这边吗？
受访者：孙女习惯了，会讲海南话，跟同学一样喊阿公阿婆。孙子老哭，想他阿妈，晚上抱着他阿妈留下的一件旧衣服睡。班主任{{han:邢美琇}}老师把他抱在腿上哄，{{han:邢美琇}}讲这个娃娃心里苦。体育老师{{han:来永平}}来园子家访过三回，{{trap/word:来来回回}}要走十几里山路。
访谈者：您这么大年纪，做工吃得消吗？
受访者：吃不消也要做。咖啡豆红了要一颗颗摘，腰弯一天，手上全是口子。这边太阳毒，头一年我晒得脱了两层皮。晚上回来煮饭，给娃娃洗衣服。作业我看不懂，{{han:冯启明}}的女儿{{han:冯小满}}读大学，放假回来给他们补课。
访谈者：老家还有谁？
受访者：我男人走了八年了。女儿{{minority/yi:加巴阿芝嫫}}嫁在{{trap/place:布拖县}}，每年火把节打电话来，问娃娃们还会不会讲彝话。大孙子留在老家学{{trap/minority_word:毕摩经}}。
访谈者：孩子们会讲彝话吗？
受访者：孙女会听不会讲。我晚上用彝话讲{{trap/famous:支格阿龙}}射太阳，她听得懂就笑。我做{{trap/minority_word:洋芋坨坨}}，煮苦荞茶，孙子嫌苦，孙女喝。园子里的海南婶子{{han:黎阿娥}}教我煮{{trap/word:椰子鸡}}，我教她打荞粑，两个人比着手讲，也讲得通。
访谈者：您自己身体怎么样？
受访者：腿疼，一到下雨天就走不动。镇卫生院的{{han:王启贤}}医生讲是风湿，这边潮，要少下水。可不下水衣服谁洗呢。我不敢病，我病了，两个娃娃就真没人管了。去年我发烧烧了三天，是{{han:黎阿娥}}把我送到卫生院打针，又帮我给娃娃煮了三天饭，一分钱都不要。我讲我们彝家人记恩，她讲海南人也一样。
访谈者：园子里的活一年到头都一样吗？
受访者：不一样。十月到第二年二月摘咖啡，最忙；别的月份除草、施肥、剪枝，还要帮老板种胡椒、摘{{trap/word:槟榔}}。老板讲{{trap/word:福山咖啡}}有名，游客多，他在路边开了个铺子，忙的时候我也去帮着洗杯子。
访谈者：两个孩子读书怎么样？
受访者：孙女读得好，讲以后要当老师，回凉山教娃娃念书。孙子慢，一年级了拼音还认不全，老师讲要耐心，不能打。我不打，我只会讲，你阿爸就是没读书，才走了歪路。他听不懂，我也要讲。
访谈者：去看过孩子爸爸吗？
受访者：去过一回。司法所的{{han:韦振岱}}开车带我们去海口。隔着玻璃，孙子喊阿爸，{{minority/yi:乌哈}}哭得讲不出话。回来的路上孙女跟我讲，阿嫫，等阿爸出来，我要他天天接我放学。
访谈者：登记信息请您讲一下。
受访者：住在{{address:澄迈县福山镇敦茶村咖啡园工棚5号}}，老家{{address:昭觉县竹核乡尔吉村三组11号}}。身份证我记不住，{{han:岑秋月}}帮我念：{{id_number@wold.513431}}，孙女的{{id_number@wy2015hyphen.513431}}。电话{{mobile@plain}}，是{{han:冯小满}}帮我办的；{{han:岑秋月}}的电话{{mobile@spaced}}。{{han:冯小满}}给我开了个微信，叫{{wechat:Laha_Fushan}}。孙女跟她学会了上QQ，号码写在作业本封底：{{qq:３０８６１７５２４}}。
访谈者：表上名字写得对吗？
受访者：不对。补助表上我是{{spaced:莫 色 拉 哈}}，儿子写成{{spaced:加巴　乌哈}}，孙女写成{{spaced:加　巴　依　作}}。
访谈者：您还想讲什么？
受访者：等{{minority/yi:乌哈}}出来，我就带娃娃回凉山。这边的人待我们好，可我老了，想死在自己的山上。
""")

# H1811: Kazakh mother from 特克斯 married into a Lingao fishing family in 调楼; her husband was lost at sea, their
# son has cerebral palsy.
DOCS["H1811"] = ("family", """\
访谈者：大姐，您从新疆嫁到调楼，多少年了？
受访者：十四年了。我叫{{minority/kazakh:萨吾列什·叶尔肯}}，老家伊犁特克斯。婆家讲临高话，叫不全我的名字，婆婆喊我{{minority/kazakh:萨妹}}，村里人都跟着喊。
访谈者：怎么认识您爱人的？
受访者：他叫{{han:羊德旺}}，那年在{{trap/place:乌鲁木齐市}}当兵，退伍前我们认得的。他家三代{{trap/word:讨海}}，我就跟他回了{{trap/place:调楼}}。头一回坐船我吐得站不起来，他笑了我好几年。
访谈者：他现在……
受访者：前年九月，台风来之前他还想赶一趟，船翻在{{trap/place:琼州海峡}}。同船的{{han:王家勇}}得救了，他抱着泡沫箱漂了一夜，{{han:羊德旺}}没找到。到现在也没找到。那几天村里的船都出去找，{{han:王家勇}}从医院出来就跟着去，找了七天，回来跪在我家门口哭。
访谈者：孩子们多大？
受访者：女儿{{minority/kazakh:托合达娜}}十二，在{{school:临高县调楼中学七年级（2）班}}。儿子{{minority/kazakh:铁木尔兰}}九岁，脑瘫，走不了路，户口上叫{{han:羊嘉豪}}，医院的卡上却写{{minority/kazakh:羊铁木尔兰}}。送教上门的老师喊他{{minority/kazakh:木兰仔}}，他听见就笑。
访谈者：孩子的病怎么治？
受访者：每个礼拜去海口做康复，坐两个钟头大巴，我背着他上车下车。康复中心的{{han:黎诗韵}}老师手把手教我给他按腿，{{han:黎诗韵}}讲，练得早，以后说不定能扶着站。两项补贴是镇残联的{{han:麦振华}}帮我们办的，{{han:麦振华}}还帮我申请了轮椅。现在他能自己坐一会儿了，手也能抓勺子，吃得一脸都是，我看着高兴。
访谈者：儿子上学怎么办？
受访者：他去不了学校，镇中心小学的{{han:吴晓琼}}老师礼拜二、礼拜五送教上门，带卡片、积木，教他认颜色，认阿爸阿妈的照片。那个小名就是她起的。有一回他指着照片喊了一声“爸”，{{han:吴晓琼}}跟我都哭了。
访谈者：家里靠什么生活？
受访者：低保，还有我在码头上帮人补网、剥虾，一天七八十块。公公腰坏了出不了海，在家编虾笼卖，村里人叫他{{han:羊伯}}。{{han:羊伯}}把孙子抱在腿上，一边编一边讲临高话，孙子听得直笑。我跟他讲我们老家的{{trap/word:羊群}}，一群几百只，他不信。
访谈者：婆婆对您好吗？
受访者：好。婆婆姓卓，村里喊她{{han:卓婆}}。刚嫁过来她嫌我不会做海南菜，现在她讲我煮的鱼比她煮的好吃。出事那天晚上，{{han:卓婆}}抱着我哭，讲以后你就是我女儿。她不识字，每回去镇里办事都是我带她去。
访谈者：还有谁帮过你们？
受访者：村里的儿童主任{{han:禤玉英}}，一趟趟跑镇里，给儿子报了重残困境儿童，每月{{trap/number:七百六十块}}。人没找到，丈夫的事一直悬着，律师{{compound:皇甫怀瑾}}帮我去法院办宣告死亡，不收钱。社工{{compound:夏侯青禾}}隔一个礼拜来一回，陪我讲讲话，我哭她也不劝，就坐着。
访谈者：新疆那边知道吗？
受访者：知道。我阿爸{{minority/kazakh:叶尔肯·居马}}让我带孩子回去，讲草原上有房子有羊。哥哥去年冬天坐了四天火车来看我们，带了熏马肠和包尔萨克。可我走不了，儿子要康复，女儿在这边念书，公公婆婆就{{han:羊德旺}}一个儿子。
访谈者：女儿怎么样？
受访者：懂事得让人心疼。放学先给弟弟擦口水、喂饭，再去码头帮我剥虾。班主任{{han:詹惠芳}}讲她作文写得好，写她阿爸的船。她在作文里讲，阿爸变成了海里的一盏灯，晚上给船照路。我看了一夜没睡。
访谈者：您还唱歌跳舞吗？
受访者：很少了。以前在特克斯，夏天去看阿肯弹唱，我也上去唱过。现在偶尔在手机上听，听着听着就想家。婆婆讲，你唱一个嘛，我就唱给儿子听，他听了会拍手。
访谈者：登记信息请您讲一下。
受访者：家在{{address:临高县调楼镇抱吴村五队23号}}，老家{{address:特克斯县喀拉达拉镇阔布村4组8号}}。我的身份证{{id_number@wy1988quad.654027}}，儿子的{{id_number@my2016fwhyphen.469024}}。我电话{{mobile@plus86}}，{{han:麦振华}}的{{mobile@hyphen}}。我微信{{wechat:sawulieshi_tiaolou}}，女儿有个QQ，是她阿爸在的时候给她申请的：{{qq:1750396284}}。
访谈者：以后有什么打算？
受访者：先把儿子的康复坚持下去。女儿讲她以后要考到海口读高中，我讲好，妈再苦也供你。我自己想学个手艺，镇上有免费的培训班，教做海鲜干货的网店，学会了在家里也能挣钱，不用天天站在码头上。
访谈者：表上名字写得对吗？
受访者：不对。低保表上是{{spaced:萨吾列什 · 叶尔肯}}，派出所的失踪登记上是{{minority/kazakh:萨吾列什・叶尔肯}}，康复中心的收据写成{{minority/kazakh:萨吾列什.叶尔肯}}，银行卡上干脆连在一起：{{minority/kazakh:萨吾列什叶尔肯}}。儿子写成{{spaced:铁 木 尔 兰}}。
访谈者：您最盼什么？
受访者：盼儿子能叫一声阿妈。盼有一天海上能把他阿爸送回来，哪怕只是一件衣服。
""")

# H1812: Mongolian grandfather from 新巴尔虎左旗 raising two orphaned grandchildren in a longevity village of 金江
# (澄迈); his son and Hainanese daughter-in-law died in a road crash.
DOCS["H1812"] = ("family", """\
访谈者：阿公，您是从内蒙古来的？
受访者：{{trap/place:呼伦贝尔草原}}上来的，{{trap/place:新左旗}}。我叫{{minority/mongolian:旺沁巴拉珠尔}}，七十一了。村里的老人叫我{{minority/mongolian:旺公}}，他们海南话里“公”就是爷爷。
访谈者：怎么到澄迈来的？
受访者：儿子{{minority/mongolian:阿拉坦呼雅嘎}}在海拉尔读的大学，分到{{trap/place:老城}}开发区的厂里当技术员，娶了本地姑娘{{han:吴若兰}}。我跟老伴{{minority/mongolian:额布勒吉德玛}}怕冷，冬天来这边过冬，住着住着就不走了。村里人讲这里是{{trap/word:长寿之乡}}，九十岁以上的老人有二十几个，我们也想多活几年。
访谈者：后来出了事？
受访者：三年前中秋，儿子开车带媳妇回娘家，在环岛高速上被大货车撞了，两个人都没了。{{minority/mongolian:阿拉坦呼雅嘎}}身份证上的汉名是{{han:鲍景川}}，出事以后派出所、保险公司来问，好多人不晓得{{han:鲍景川}}就是我儿子。那天孙女在家等他们回来吃月饼，等到半夜，等来的是警察。
访谈者：孩子们呢？
受访者：孙女{{minority/mongolian:赛吉日玛}}十三岁，在{{school:澄迈县金江中学八年级（3）班}}，花名册上写的是{{minority/mongolian:鲍赛吉日玛}}。孙子{{minority/mongolian:乌恩嘎日迪}}九岁，户口上叫{{han:鲍一鸣}}，在{{school:金江镇长安小学三年级（5）班}}，同学嫌名字长，喊他{{minority/mongolian:阿恩}}。{{minority/mongolian:阿恩}}他也不恼，还教同学念全名。
访谈者：孤儿的补助办下来了吗？
受访者：办下来了。村里的儿童主任{{han:曾繁柏}}跑了四趟县里，两个孩子每人每月{{trap/number:一千五百三十六元}}孤儿基本生活费。县民政局的{{han:冼佩珊}}上门拍照、核户口，{{han:冼佩珊}}讲监护人要写我，我就签了字。保险赔偿是律师{{compound:申屠思远}}帮我们打的官司，钱存在孩子名下，十八岁以前谁也动不了。
访谈者：您和老伴身体怎么样？
受访者：老伴糖尿病，眼睛不太好。我血压高。村医{{compound:端木德海}}每个月来量一回，他讲我们这把年纪还带两个小的，不容易。老伴讲，不容易也要带，儿子就留下这两个。
访谈者：孩子外公外婆那边呢？
受访者：媳妇娘家在{{trap/place:瑞溪}}，外公{{han:吴振垣}}身体不好，外婆{{han:林桂英}}每个礼拜骑电动车来一趟，带些番薯叶、{{trap/word:地瓜饼}}。外婆讲海南话，我讲蒙古味的普通话，两个老人讲不通，就坐在一起看孩子写作业。
访谈者：孩子们在这边过得好吗？
受访者：孙女像她妈，会讲海南话，天天跟隔壁{{han:邝美兰}}家的女儿一起上学，{{han:邝美兰}}倒是把她当自己家孩子，下雨天顺路一起接。孙子像他爸，倔，出事以后半年不讲话。社工{{compound:南宫德胜}}每个礼拜来，陪他踢球、下棋，他才慢慢肯开口。
访谈者：孙女现在怎么样？
受访者：出事以后她一下子长大了。早上五点半起来煮粥，给弟弟扎书包，晚上盯着弟弟写作业。班主任{{han:吉丽华}}老师讲她成绩掉了一阵，现在又追上来了，数学还考了年级第五。她讲以后要学医，当急诊科的医生，讲那天晚上要是有医生早一点到，阿爸阿妈说不定还在。
访谈者：你们在这边习惯吗？
受访者：习惯了。村里有个一百零三岁的{{han:曾阿太}}，我每天傍晚去她门口唱两段{{trap/minority_word:蒙古长调}}，她听不懂也拍手。我教孙子玩嘎拉哈，孙子教我吃清补凉。早上我去菜市场，海南话我听得懂一半，买菜不会被骗。
访谈者：有没有想过回呼伦贝尔？
受访者：想过。那边我弟弟{{minority/mongolian:那木吉勒道尔吉}}还放着几百只羊，他叫我们回去。可孙女讲，阿爸阿妈埋在这边，她不走。我就不走了。每年清明，我们去{{trap/place:南渡江边}}的山坡看他们，我在坟前摆一碗奶茶，老伴摆一碗她妈爱吃的椰子饭。
访谈者：孩子们还记得蒙古话吗？
受访者：孙女会几句，孙子不会。我给他们讲草原上的勒勒车，讲下雪的时候羊挤在一起取暖。孙子问我，阿公，雪是什么味道。我讲，冷的，没有味道。他不信，讲以后要自己去尝。
访谈者：孩子们还记得阿爸阿妈吗？
受访者：孙女记得，孙子记得的少。我把儿子小时候在草原上骑马的照片放大了，挂在墙上，跟孙子讲这是你阿爸。孙子看了半天，讲阿爸骑马的样子跟他踢球一样。
访谈者：登记信息请您讲一下。
受访者：家在{{address:澄迈县金江镇长安村三队16号}}。我的身份证{{id_number@mold.150726}}，孙子的{{id_number@my2016x.469023}}。我电话{{mobile@s74}}，{{han:曾繁柏}}的{{mobile@plus86dash}}。孙女有微信，叫{{wechat:saijirma_jinjiang}}；孙子的QQ写在书包带子背面：{{qq:2837460159}}。
访谈者：表上名字写得对吗？
受访者：不对。孤儿证上孙子是{{spaced:乌 恩 嘎 日 迪}}，我是{{spaced:旺　沁　巴　拉　珠　尔}}，老伴写成{{spaced:额布勒 吉德玛}}。
访谈者：您最盼什么？
受访者：盼孙女考上大学，去海拉尔看看她阿爸读书的地方。盼我多活几年，活到孙子十八岁。
""")

# H1813: Han 儿童主任 of a fishing village in 调楼 (临高) reading out her list.
DOCS["H1813"] = ("staff", """\
访谈者：{{han:禤主任}}，您手上这本就是村里的名单？
受访者：是，我一户一户念，你记。我叫{{han:禤玉英}}，示字旁那个禤，全临高没几家。在{{trap/place:调楼}}这个渔村当儿童主任八年了。村里男人都出海，女人在家补网、晒鱼干，出事的多，没阿爸的孩子也多。我们临高话讲，海是饭碗，也是坟。
访谈者：第一户？
受访者：第一户，{{minority/kazakh:萨吾列什}}，新疆来的哈萨克族，我们喊她{{minority/kazakh:萨妹}}。老公{{han:羊德旺}}前年台风前出海，没回来。儿子脑瘫，女儿读初一。低保、两项补贴都有，儿子按重残困境儿童报的。她能吃苦，码头上剥虾比本地阿姐还快。
访谈者：第二户？
受访者：第二户，{{han:王海鸥}}，男，十岁。名字是他阿爸起的，讲码头上{{trap/word:海鸥成群}}，好养活。阿爸{{han:王家栋}}去年潜水摸{{trap/word:海参}}，没上来；阿妈改嫁到{{trap/place:儋州市}}，电话打不通。孩子跟阿公{{han:王光有}}过，{{han:王光有}}有哮喘，讲两句就喘。事实无人抚养，每月{{trap/number:一千二百六十七元}}。住{{address:临高县调楼镇抱吴村二队9号}}，孩子身份证{{id_number@my2015tri.469024}}。
访谈者：第三户？
受访者：第三户，{{han:从小娟}}，女，八岁，{{trap/word:从小到大}}跟着阿婆过。阿爸在三亚服刑，贩私油；阿妈{{han:陈秀玲}}生下她就走了。阿婆也姓从，我们喊{{han:从婆}}，{{han:从婆}}还天天去滩涂挖螺卖，七十五了。服刑人员子女补助每月{{trap/number:八百八十三元}}。孩子在{{school:调楼镇中心小学二年级（4）班}}，她跟班上同学处得好，就是怕人问她阿爸。
访谈者：第四户？
受访者：第四户户主是阿公{{han:莫德才}}，{{han:莫德才}}才六十出头，眼睛就看不见了。年轻时他是“{{han:莫德才}}人偶戏班”的班主，一手举木偶一手敲锣，唱了四十年。孙子{{han:莫晓帆}}十一岁，耳朵听不见，戴助听器，两项补贴都有。阿爸在广州打工，三年没回。老人家一急就喘，我跟他讲{{trap/word:莫急莫慌}}，慢慢来。阿公的电话{{mobile@s38}}，有事孙子替他接。
访谈者：还有吗？
受访者：第五户，{{han:符诗琪}}，女，九岁，阿妈病死了，阿爸{{han:符再旺}}再没管过她，整天在镇上打牌。她跟阿婆住，阿婆腿脚不好，是{{han:符诗琪}}给阿婆端饭、洗脚。报的困境儿童，每月{{trap/number:七百二十九元}}。住{{address:调楼镇抱吴村一队5号}}。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:麦振华}}总管，残联也是他兼着。社工站派了{{compound:宇文锦程}}跟第二户、第三户。渔民出事，在我们这里司空见惯，可每一户都是天塌了。社工{{compound:司空保华}}头一回来，听完就哭了。镇卫生院还派了个医生叫{{compound:长孙明月}}，每月给阿公看一回哮喘。{{han:王光有}}讲，孙子是他们王家的{{trap/word:长房长孙}}，也是独孙，他要撑到孙子长大。
访谈者：您是怎么当上儿童主任的？
受访者：以前我在村委会管计生，后来上面讲每个村要有个儿童主任，村支书讲我嘴巴勤、腿脚勤，就是我了。一个月补贴三百块，县里培训过两回，教我们怎么入户、怎么填表、怎么看孩子身上有没有伤。我讲普通话不顺，培训的老师讲，你用临高话跟老人讲就行，讲得通比讲得好要紧。
访谈者：夏天孩子们最怕什么？
受访者：怕水。渔村的孩子会水，胆子就大，大人又不在家，几个一约就下海。每年暑假前我跟学校一起开防溺水的会，一家一家去讲，让阿公阿婆把孩子看住。去年邻村淹死了一个，我一个夏天没睡过一个好觉，天一黑就拿着手电去海边转。
访谈者：钱都按时到吗？
受访者：一般十号前到。老人家不会看手机，我一家家去问。有一回阿公的卡被他小儿子拿去取了钱，{{han:王光有}}问我钱怎么少了，我跟镇里的人上门要回来，小儿子还跟我吵，讲我多管闲事。我讲，这是孩子的钱，谁拿都不行。
访谈者：您自己家呢？
受访者：我老公{{han:黄文海}}也出海，每回起风我心就吊着。女儿{{han:黄小蕾}}读高二，讲妈你管别人家的孩子比管我多。我讲你有阿爸有阿妈，他们没有。
访谈者：名单上的名字写得对吗？
受访者：错得多。县里打回来的表上，{{spaced:从 小 娟}}一个字一个空，{{spaced:莫　晓　帆}}也是，{{spaced:王 海鸥}}拆成两截，社工写成{{spaced:司 空 保 华}}。我一张张拿回去改。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，微信{{wechat:xuanyuying_tl}}。村里的孩子有事就在QQ上找我：{{qq:627150384}}。
访谈者：干这个最难的是什么？
受访者：最难的是台风天。一刮风，我就把名单上这几户挨个打一遍电话，问门窗关好没有、米够不够。{{trap/word:威马逊}}那年，{{han:从婆}}的屋顶掀了，我跟老公冒雨把祖孙俩背到村委会，{{han:从小娟}}一路抱着我的脖子不放。
""")

# H1814: Han clerk of the children's welfare section of the 澄迈 civil-affairs bureau, entering files and answering
# the phone.
DOCS["H1814"] = ("staff", """\
访谈者：您是管全县困境儿童台账的？
受访者：对。我叫{{han:冼佩珊}}，在{{trap/org:澄迈县民政局}}儿童福利股，台账、审核、系统录入都归我。你坐，我一边录一边讲，电话响了我就接。
受访者：喂？{{han:曾繁柏}}啊？{{minority/mongolian:旺沁巴拉珠尔}}阿公家的年审照片要重拍，要白底的。……好，礼拜五前送来。……金江一个村的儿童主任。
访谈者：那户是孤儿？
受访者：是，蒙古族阿公带两个孙。系统里大的叫{{minority/mongolian:鲍赛吉日玛}}，小的录的是户口名{{han:鲍一鸣}}。监护人那栏只能录八个字，阿公的名字被拆成{{spaced:旺沁 巴拉珠尔}}，我改了三回。
访谈者：少数民族名字常出错？
受访者：常出。{{trap/place:老城}}开发区有个哈萨克族孩子，叫{{minority/kazakh:哈依达尔·托勒根别克}}，系统不认中间那个点，有人录成{{minority/kazakh:哈依达尔.托勒根别克}}，有人干脆连着录{{minority/kazakh:哈依达尔托勒根别克}}，还有一份扫描件是{{spaced:哈 依 达 尔 · 托 勒 根 别 克}}。他阿爸{{minority/kazakh:托勒根别克}}在工地上摔伤了腰，评了三级，孩子按困境儿童报的。
受访者：喂，您好，民政局。……{{han:韦振岱}}啊，{{minority/yi:加巴乌哈}}的服刑证明收到了。……好，我叫{{han:岑秋月}}带阿婆来按手印。
访谈者：是福山那户彝族？
受访者：对。孩子系统里是{{minority/yi:马依作}}、{{minority/yi:马拉体}}，阿婆不识字，每回签字都按手印。{{han:韦振岱}}是司法所的，服刑人员子女补助要他出证明，一年一核。
访谈者：汉族的困境儿童多吗？
受访者：多，占九成。{{trap/place:瑞溪}}有个女孩叫{{han:文静怡}}，人也{{trap/word:文文静静}}的，在{{school:瑞溪镇第二小学六年级（1）班}}。阿爸车祸走了，阿妈{{han:何桂花}}改嫁去了湛江，她跟阿公阿婆过，事实无人抚养。{{trap/place:永发}}有个男孩叫{{han:万一鸣}}，阿爸强制戒毒，阿妈精神残疾，我最怕{{trap/word:万一哪天}}没人看着他。还有{{trap/place:加乐}}的{{han:云海生}}，{{han:云海生}}便是那个骑单车去县城找阿妈的孩子，骑了二十公里，半夜被{{trap/org:金江派出所}}送回来。他家在{{address:加乐镇南轩村六队12号}}，阿婆讲他打小就犟。
访谈者：这几年政策有变化吗？
受访者：有。以前只有孤儿有钱，现在事实无人抚养的孩子也有了，标准一年比一年高。可条件也细，爸爸妈妈一个不在，另一个要是重残、服刑、失联满六个月，才算。失联要派出所出证明，好多老人跑了三四趟还开不出来。我们每年还要年审一次，孩子长大了、家里情况变了，都要重新核。
访谈者：您下乡多吗？
受访者：一个月总要下去几回。有一回去{{trap/place:瑞溪}}看那个女孩，她一个人坐在门口剥花生，阿婆在屋里躺着。她讲阿婆病了三天，她煮稀饭给阿婆吃，自己吃剩下的。我当时就打电话给镇里，当天下午就有人来把阿婆送去卫生院。回来路上我在车里哭了一场，同事笑我，我讲你去看看就晓得了。
访谈者：审核怎么做？
受访者：先村里报，再镇里审，最后我这里核。股长{{compound:濮阳清泉}}签字，纪检的{{compound:左丘博文}}每季度抽查一回，去年抽到一户造假的，退了四千多。
受访者：喂？……不是我们这里，您打12349问问。……不客气。
访谈者：录入的时候是什么样？
受访者：比如{{han:万一鸣}}，身份证{{id_number@my2013fwspaced.469023}}，全角的，是镇上复印件上抄下来的。{{han:文静怡}}的{{id_number@wy2011quad.469023}}。联系人存的是{{han:万一鸣}}阿公{{han:万德贵}}：{{mobile@p86n}}。
访谈者：下乡的时候最怕什么？
受访者：最怕孩子不在家。去年有一户，阿公阿婆都去地里了，孩子一个人在河边，我们找了一下午才找到。从那以后，每次下乡我都先给儿童主任打电话，让他们把孩子留在家里等我们。
访谈者：复姓的呢？
受访者：{{trap/place:桥头镇}}有个孩子叫{{compound:西门雨桐}}，住镇上{{trap/place:西门菜市场}}边上，村里报上来写成{{spaced:西门 雨桐}}，系统以为“西门”是地名，差点退回去。还有{{spaced:文　静　怡}}这种一个字一个空格的，{{spaced:云 海生}}这种拆开的，都是复印件识别出来的。
访谈者：工作上的微信和QQ？
受访者：工作微信{{wechat:cm_ertong_xps}}，股里的QQ群我是管理员，我的QQ{{qq:3150826947}}。儿童主任有事都在群里问，{{han:岑秋月}}问得最多，她那个村外地人多。
访谈者：最难的是什么？
受访者：人手。我一个人，电话一天几十个。晚上九点还有人打来，{{han:何桂花}}就打过，问她改嫁了孩子还能不能领。我讲你是妈妈，孩子的事你能管就管。她在电话里哭，讲她在湛江又生了一个，不敢跟那边讲。
访谈者：您还想讲什么？
受访者：希望系统能认得点，认得长名字。{{minority/kazakh:哈依达尔}}他阿爸来问过三回，为什么他儿子的名字在电脑里“断了”。
""")

# H1815: Han head teacher of a fifth-grade class of the central primary school of 老城 (澄迈), next to the
# industrial park, going through her roll.
DOCS["H1815"] = ("staff", """\
访谈者：{{han:苻老师}}，您班上困境儿童多吗？
受访者：不少。我叫{{han:苻秀琼}}，在{{school:澄迈县老城镇中心小学五年级（2）班}}当班主任，教语文。学校挨着{{trap/org:老城经济开发区}}，班上四十六个孩子，一半是厂里工人的，讲海南话的、讲新疆话四川话的都有。建了档的困境儿童有八个，我照着点名册讲，你记。
访谈者：好。
受访者：三号{{minority/uyghur:努尔艾力·吐尔洪}}，维吾尔族，阿爸前年在阿克苏病死了，阿妈{{minority/uyghur:祖力皮耶}}带他来这边，在开发区食品厂包装线上做。他讲在家阿妈喊他{{minority/uyghur:艾力巴郎}}，班上同学就跟着喊。这孩子画画好，学校走廊上那幅{{trap/famous:冼太夫人}}骑马的画就是他画的。
受访者：七号{{minority/kazakh:哈依达尔}}，哈萨克族，阿爸在工地摔了腰，躺了半年。民政局讲他名字在电脑里“断了”，我就在他作业本封面上给他写全，一笔一划。
受访者：十一号{{minority/yi:吉石哈}}，彝族，大名{{minority/yi:吉克石哈}}，点名册上只写了三个字，头一天我还以为是我们海南姓吉的。阿爸在工地开吊车，阿妈回了美姑不来了。孩子跟阿爸住工棚，晚上一个人，饭就是泡面。
受访者：十五号{{minority/mongolian:敖都苏和}}，蒙古族，阿爸{{minority/mongolian:图门巴雅斯胡朗}}跟人打架伤了人，判了三年。阿妈带他来投奔在风电厂做工的舅舅。班上的海南同学喜欢在名字后头加个“仔”，就喊他{{minority/mongolian:都仔}}，他也应。
访谈者：汉族的孩子呢？
受访者：十九号{{han:潘又菁}}，阿妈跟人走了，阿爸{{han:潘国桢}}天天喝酒，{{han:潘又菁}}又瘦又小，常常不吃早饭就来上课，问他，{{han:潘又菁}}说不饿。二十二号{{han:曾小娥}}，阿爸得癌症走了，阿妈{{han:吴秋蝉}}在园区做保洁，{{han:曾小娥}}却是全班最爱笑的。二十八号{{han:陈一诺}}，阿爸阿妈在{{trap/place:东方市}}打工，她跟阿公阿婆，家里有几亩{{trap/word:番薯地}}，同学就喊她{{han:番薯妹}}。三十四号{{han:蔡俊熙}}，阿爸工伤截了腿，阿妈{{han:邱惠玲}}在家照顾，一家靠低保，他放学要去园区门口帮人看车。
访谈者：学校怎么帮他们？
受访者：{{han:韩校长}}定了规矩，困境儿童一人一档，一人一个帮扶老师。数学老师{{compound:诸葛嘉言}}包了十一号，晚上留他在办公室写作业，再骑摩托送回工棚。心理老师{{compound:东方耀祖}}每两周给他们上一次团体辅导课。午饭全免，校服也免。我包的是十九号，每天早上在办公室给他留一个面包、一盒牛奶，他不好意思拿，我就讲是学校发的。
访谈者：十一号现在怎么样？
受访者：好一点了。上学期有一回上体育课，他晕在操场上，校医一问，才晓得他两天没吃过一顿正经饭，阿爸连着上夜班，留下的钱被他拿去充了游戏。后来学校跟食堂讲好，晚饭也给他留一份，他阿爸每个月交一百块，剩下的学校出。现在他脸上有肉了，上课也不打瞌睡了。
访谈者：孩子们在班上合得来吗？
受访者：刚开学的时候不太合得来。本地孩子讲海南话，外地孩子听不懂，以为人家在笑他。我就定了个规矩，每个礼拜五下午，谁都可以上台教大家一句自己家乡的话。三号教了一句维吾尔话的“谢谢”，十一号教了一句彝话的“吃饭”，本地孩子教大家讲“食饭未”。现在下课他们混在一起玩，讲的话谁也听不全，可都笑得很开心。
访谈者：十五号呢？
受访者：这孩子心重。他阿爸的事他从来不讲，有同学问起，他就讲阿爸在外面开大车。去年冬天他舅舅带他去看了一回，回来以后他在日记里写，等阿爸出来，要带阿爸来海南看海。
访谈者：家长联系得上吗？
受访者：难。三班倒，电话打过去在车间，听不见。我这本家长电话你看：{{minority/uyghur:祖力皮耶}}的{{mobile@plus86spaced}}，{{han:吴秋蝉}}的{{mobile@fullwidth}}。家长群里的名字更乱，有的写{{spaced:祖 力 皮 耶}}，有的写{{spaced:敖都　苏和}}，{{han:潘国桢}}干脆写成{{spaced:潘　国　桢}}，还有人把{{compound:诸葛嘉言}}老师写成{{spaced:诸 葛 嘉 言}}。
访谈者：孩子们用QQ、微信吗？
受访者：五年级都有QQ了。三号的QQ是{{qq:1092845736}}，画了画就发给我看。{{han:曾小娥}}用她阿妈的微信跟我讲话，微信号{{wechat:wuqiuchan_lcheng}}。
访谈者：家访去过哪些？
受访者：都去过。十一号住{{address:老城镇开发区南一路工地宿舍B区14间}}，铁皮房，下午热得进不去人。十九号家在{{address:老城镇白莲村七队27号}}，门口堆着酒瓶。学籍卡上十一号的身份证是{{id_number@my2014.513436}}，我核过一遍。
访谈者：最难的是什么？
受访者：最难的是他们不讲。孩子心里有事，嘴上讲没事。三号有一回在作文里写，想阿爸想得睡不着，我才晓得。我们海南人讲，孩子是一家人的根，根歪了，一家都难。最让我放心不下的，是{{minority/yi:吉石哈}}。
""")

# H1816: Han line leader of a fish-processing plant in 新盈 (临高), about the children of her workers.
DOCS["H1816"] = ("staff", """\
访谈者：{{han:谢组长}}，您这条线上有多少工人？
受访者：四十二个。我叫{{han:谢亚香}}，在{{trap/org:新盈海丰水产公司}}剖鱼车间当拉长。我们这条线五湖四海，有新疆的、凉山的、内蒙古的，也有本地{{trap/place:临高}}、儋州的阿姐。车间地上全是冰水，一站就是十个钟头，手泡得发白。
访谈者：工人家里孩子有困难的多吗？
受访者：多，我讲几个。{{minority/uyghur:帕尔丽汗·阿布来提}}，维吾尔族，我们叫她{{minority/uyghur:帕尔丽汗}}。老公前年在{{trap/place:喀什市}}出车祸没了，她带女儿来这边，女儿在{{school:新盈镇中心小学三年级（1）班}}，报了困境儿童。{{minority/uyghur:帕尔丽汗}}手快，一天剖八百斤鱼，线上没人比得过。
受访者：彝族两口子{{minority/yi:阿尔拉格}}和{{minority/yi:沙马阿呷嫫}}。去年男的手被切鱼机绞了，断了三根手指，评了残疾，工友都喊他{{minority/yi:阿尔哥}}。两个孩子在凉山跟奶奶，也报了困境儿童。
受访者：蒙古族的{{minority/mongolian:乌兰其布日}}，一个人带儿子，孩子自闭症，残疾证办下来了，两项补贴每月{{trap/number:三百六十五元}}。哈萨克族的{{minority/kazakh:库万德克}}开冷库叉车，老婆住院，两个小的放学没人管。
访谈者：那个自闭症的孩子怎么办？
受访者：白天送到县里的康复机构，一个月两千多，补贴只够一个零头。她下了夜班就坐早班车去接，孩子不讲话，只会拉着她的衣角转圈。有一回孩子在车间门口等她，看见剖鱼的刀吓得大叫，她抱着孩子蹲在地上，一句话也讲不出来。我后来跟主任讲，给她调到包装线，离孩子近一点。
访谈者：本地工人呢？
受访者：{{han:王亚扬}}，老公在里头，三个孩子，大的十二岁就替她带小的。{{han:陈二嫂}}，老公出海没回，{{trap/word:讨海}}人家最怕这个。还有{{han:林亚弟}}，离了婚，女儿{{han:林小珊}}有癫痫，{{han:林亚弟}}能请的假都请完了。厂门口开粉店的{{han:符亚妹}}，放学让工人的孩子在“{{han:符亚妹}}粉店”里写作业，一碗{{trap/word:临高粉}}只收三块。
访谈者：外地工人是怎么到新盈来的？
受访者：有的是劳务公司组织来的，一车一车拉过来；有的是老乡带老乡。旺季是冬天，{{trap/word:马鲛鱼}}、{{trap/word:金鲳鱼}}一船一船靠岸，厂里三班倒，人手不够。外地工人户口不在这边，孩子的补助要回老家办，我就帮他们给老家的民政所打电话，一打打半天，有时候对方讲话我们听不懂，还要叫工友在旁边翻译。
访谈者：厂里怎么帮？
受访者：工会主席{{compound:公良振宇}}给困难工人排白班，人事{{compound:鲜于晓曼}}帮他们填困境儿童的表，跑镇里盖章。车间主任{{compound:闻人宏达}}让孩子放学来厂里的“四点半课堂”，我们轮流看着。老板{{han:黄振兴}}出钱买了桌子、台灯，还请镇上退休的{{han:吴德馨}}老师来讲课。
访谈者：您自己呢？
受访者：我也是单亲，女儿{{han:谢晓晴}}读初三。下了班我就在四点半课堂守着，十几个孩子，有讲维吾尔话的，有讲彝话的，有讲临高话的，吵得跟菜市场一样。她也来帮忙，教小的写字，她讲以后要当老师。
访谈者：孩子们之间处得好吗？
受访者：好。刚开始语言不通，打过架。后来新疆来的那个女孩教大家跳舞，{{han:王亚扬}}的大儿子教大家钓鱼，慢慢就玩到一起了。过年厂里包饺子，新疆的、凉山的、内蒙古的，各家做一个菜，孩子们吃得满嘴油。
访谈者：您为什么这么上心？
受访者：我阿爸也是讨海的，我九岁那年他出海没回来，阿妈一个人剖鱼把我们三姐妹养大。那时候没有什么补助，全靠邻居接济。现在看见这些孩子，就像看见小时候的我。我跟工人讲，孩子的事不要不好意思开口，能帮的我都帮。
访谈者：工人的电话您都有？
受访者：有，我念几个：{{minority/uyghur:帕尔丽汗}}的{{mobile@p86h}}，{{han:王亚扬}}的{{mobile@s74}}。线上有个微信群，群里名字乱：{{spaced:帕 尔 丽 汗}}，{{spaced:乌 兰 其 布 日}}，{{spaced:库万　德克}}，{{spaced:王 亚 扬}}。我的微信{{wechat:xieyaxiang-xinying}}，{{han:符亚妹}}的{{wechat:wxid_p4x9k2m7r3}}。四点半课堂有个QQ群，孩子们在里面交作业，我的QQ是{{qq:2590473618}}。
访谈者：住的地方呢？
受访者：外地工人多住厂里宿舍，{{address:临高县新盈镇海丰水产公司员工宿舍2栋307}}；{{han:王亚扬}}租在{{address:新盈镇昆社村八队19号}}。{{minority/uyghur:帕尔丽汗}}的身份证我给她复印过：{{id_number@wy1990hyphen.653101}}，女儿的{{id_number@wy2016fw.653101}}。
访谈者：最想讲什么？
受访者：这些孩子的阿爸阿妈天天站在冰水里剖鱼，就是为了孩子。我们能帮一点是一点。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1809,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout229",))


if __name__ == "__main__":
    main()
