# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 203 (tests/pii/holdout203/H1609-H1616 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 202, written at the same time, is not
an earlier set).

Set 203 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
镇远 and 三穗 (黔东南, Guizhou): a Mongolian mother from 乌审旗 who keeps the duck farm under the highway bridge in
台烈 since her Han husband was killed on the highway, her son with cerebral palsy; a Hui grandmother from 同心 with
a halal food stall at the 三穗 highway service area, raising two grandchildren whose father is in prison and whose
Dong mother cannot be found; a Uyghur mother from 伽师 who bakes naan by the old bridge of 镇远, her Han husband
dead of cancer and her daughter after heart surgery; a Kham Tibetan painter from 新龙 restoring the cliffside
temples of 青龙洞, raising two children while his Dong wife, mentally disabled, lives with her parents in 报京; a
Miao 儿童主任 of a village in 涌溪 reading out her list; a Dong inspector of the 三穗 civil-affairs bureau; a Dong
doctor of the 台烈 township health centre; and a volunteer lawyer from 凯里 (compensation, inheritance,
guardianship). The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix
rather than one trick:

* short forms, nicknames and forms of address made from names: Mongolian 查嫂, 敖敦嘎, 苏布嘎; Uyghur 米姐, 尤木崽;
  Tibetan 洛登, 措妹, 登珠崽; Hui 小宰; Han 芝孃, 秀芝, 银翠, 诺诺, 飞崽, 德明 (德明哥: the kin word is outside the
  span), and surnames with only a title or kin word, annotated whole (龙二嫂, 纳孃孃, 邰主任, 麻二伯, 姚科长, 蒙哥,
  滚医生, 滚伯伯, 钮主任, and the compound 万俟律师);
* a Han surname before a non-Han given name (龙敖敦, 纳宰努丁, 田阿依孜巴, 粟雍忠拉措, 粟登珠, 拜优素福) beside the
  Han-style names of the same children (龙星宇, 纳浩然, 纳语彤, 田雪莲, 田小川; category han);
* Hui 经名 alone (赛伊黛, 阿卜杜哈里克, 宰努丁, 鲁凯娅, 穆台里布, 赛麦娜), one of them inside a shop name
  (赛伊黛清真小吃), beside Han forms (纳桂兰, 纳万福, 纳小军, 撒守义阿訇);
* Uyghur given name + father's name with every dot: · (米合日古丽·阿不都热合曼), ‧ (阿不都热合曼‧买提尼亚孜),
  ・ (托乎提尼亚孜・阿不都热合曼), . (买买提明.托合提), none (帕提古丽艾山, 阿卜杜克依木库尔班,
  米合日古丽阿不都热合曼, 托乎提尼亚孜阿不都热合曼), spaced dots (米合日古丽 · 阿不都热合曼, 阿卜杜克依木 · 库尔班)
  and a space for the dot (托乎提尼亚孜 阿不都热合曼); the given name alone (阿卜杜克依木);
* Mongolian (查干萨仁, 苏布达高娃, 敖敦格日勒, 希日布扎木苏, 宝音满都呼) and Kham Tibetan names (洛绒登巴, 雍忠拉措,
  俄色登珠, 呷绒卓嘎, 翁堆泽仁, 益西曲培, 仁增曲西, 翁青拉措);
* surnames that are ordinary or grammar words right before the same word or another grammar word: 龙再旺再也,
  纳小军却, 鲁凯娅便, 鲁凯娅又, 杨又春又, 欧秋生却, 龙德厚倒, 龙正飞正, 莫秋月莫看 (莫 = don't), 龙得贵得空,
  姜文才得了, 蒙立新又, 粟晓勤给, 管桂英管不住, 来福生来了, 应春燕应该, 常永青常常, 时晓燕时不时, 麻二伯把,
  吴恩秀和, 谭翠英跟, 全德海他, 宰努丁他, 石晓芸讲, 欧秋生问, 问石老根;
* names that contain words and the words near them used as words (traps): 长孙 beside 长孙敬亭, 东门 beside
  东门若愚, 姜糖 beside 姜丽芬, 生姜 beside 姜文才, 麻烦 beside 麻银翠, 杨梅 beside 杨秋菱, 万一 beside 万国梁, 代表
  beside 代玉琼, 龙舟 beside 龙正飞, 蒙古族 beside 蒙立新, 全县 beside 全志远, 应该 beside 应春燕, 常常 beside
  常永青, 时不时 beside 时晓燕, 滚马 (a place) beside 滚德明;
* names at the start or very end of a line (是粟晓勤。, 是滕丽萍。, 我答应了田正清。, 喊一声芝孃。, 是纳孃孃。,
  望我的敖敦格日勒。), and a name inside an organisation-like phrase (邰秀芝儿童之家);
* rare surnames of the region (邰, 粟, 滚, 麻, 滕, 瞿, 撒, 纳, 拜, 钮, 郎, 代, 应, 管, 来, 全, 莫);
* names spaced out character by character in half- and full-width spaces (敖 敦 格 日 勒, 纳 宰 努 丁, 阿 依 孜 巴,
  洛　绒　登　巴, 努　尔　比　耶　姆, 苏 布 达 高 娃, 东 方 稚 川, 欧 阳 澍 青, 万 俟 清 源, 纳　桂　兰, 粟 银 妹,
  麻　银　翠, 万 家 宝, 杨　又　春) and names split in two (查干 萨仁, 龙　苏布达高娃, 纳 宰努丁, 田　阿依孜巴,
  雍忠　拉措, 敖敦 格日勒, 欧 秋生, 上官 槿年, 司马 宏远);
* compound surnames after ordinary words (司徒, 欧阳, 万俟, 皇甫, 长孙, 南宫, 东门, 端木, 东方, 上官, 夏侯, 宇文,
  钟离, 濮阳, 司马, 诸葛, 公羊, 赫连 after 的/叫/跟/社工/同事/法官/民警/卖银饰的/开书店的/送教上门的);
* numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:麻二伯}}``, ``{{qq:51730826}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, uyghur, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015quad.522624}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 孃孃, 哥, 律师) and a
particle, pronoun or verb written directly after a name (再, 却, 便, 又, 倒, 正, 莫, 得, 给, 管, 来, 应该, 常常, 把,
和, 跟, 他, 讲, 问) are outside the span; a surname with only a title or kin word (龙二嫂, 纳孃孃, 邰主任, 麻二伯,
姚科长, 蒙哥, 滚医生, 滚伯伯, 钮主任; the compound 万俟律师) and a local nickname (飞崽, 诺诺, 芝孃) are annotated
whole. Han-style names of minority people (龙星宇, 纳桂兰, 纳小军, 纳浩然, 纳语彤, 撒守义, 田雪莲, 田小川) are
category han; a Han surname before a non-Han given name (龙敖敦, 纳宰努丁, 田阿依孜巴, 粟雍忠拉措, 粟登珠, 拜优素福)
is category minority, and so are forms of address made from a non-Han name (查嫂, 敖敦嘎, 苏布嘎, 米姐, 尤木崽, 洛登,
措妹, 登珠崽, 小宰).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout203/make_holdout203.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(203_2026_1207)
MINORITY_GROUPS = ('mongolian', 'hui', 'uyghur', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "uyghur": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "178", "180", "182", "183", "185", "186",
                   "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1609: Mongolian mother from 乌审旗 who keeps the duck farm under the highway bridge in 台烈 (三穗) since her Han
# husband was killed on the highway; her son has cerebral palsy.
DOCS["H1609"] = ("family", """\
访谈者：大姐，您这鸭棚里养了好多只？
受访者：三千来只，都是{{trap/word:三穗麻鸭}}，腊月要出一批。我叫{{minority/mongolian:查干萨仁}}，老家{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}，在{{trap/place:毛乌素}}沙地边上。寨子里的人念不来我的名字，年轻的喊我{{minority/mongolian:查嫂}}，老人家跟着我男人的排行，喊我{{han:龙二嫂}}。
访谈者：您是怎么嫁到三穗来的？
受访者：我男人{{han:龙再旺}}年轻时在我们旗里修高速，一干两年，就认得了。后来他带我回{{trap/place:台烈}}，在高速桥底下包了几亩田养鸭。前年腊月他开车送鸭子去{{trap/place:凯里}}，在高速上遭一辆大货车追尾，{{han:龙再旺}}再也没回来。那年小的才八岁。
访谈者：出事以后赔偿的事是谁在办？
受访者：我一个外地女人，哪里懂这些。货车是外省一家物流公司的，保险公司的人来了三回，讲的话我一半听不懂。后来是县里的法律援助帮我们打的官司，赔的钱大半存在两个娃娃名下，法院管着，动一分都要报。我不怨，钱是娃娃的，我自己有手有脚。
访谈者：养鸭辛苦吗？
受访者：辛苦。天不亮就要放鸭下田，天黑前要赶回来，数了又数，少一只都睡不着。前年夏天涨大水，鸭棚进了水，淹死四百多只，我站在水里哭。去年又闹鸭瘟，打针打到半夜。我们草原上的人只会放羊，哪个晓得鸭子比羊还娇气，怕热又怕湿，我学了三年才学会。
访谈者：两个孩子现在多大？
受访者：大的是女娃，叫{{minority/mongolian:苏布达高娃}}，珍珠的意思，十三岁，在{{school:三穗县民族中学七年级（4）班}}。小的是儿子，我给他起名{{minority/mongolian:敖敦格日勒}}，星星的光，户口上是{{han:龙星宇}}，学校花名册又写成{{minority/mongolian:龙敖敦}}。他生下来就是脑瘫，走路要人扶，话也讲不清楚。
访谈者：{{han:龙星宇}}上学吗？
受访者：上，在{{school:台烈镇中心小学三年级（2）班}}。班主任{{han:杨晓冬}}老师让他坐第一排，同桌{{han:潘一诺}}下课扶他上厕所。{{minority/mongolian:敖敦嘎}}最喜欢{{han:潘一诺}}，一回来就喊{{han:诺诺}}，喊得含含糊糊的。冬天路滑去不了学校，县里送教上门的{{compound:司徒蔓菁}}老师就到屋头来上课。
访谈者：家里现在有哪些帮扶？
受访者：村里的儿童主任{{han:粟晓勤}}给我们报了困境儿童，{{han:粟晓勤}}给我跑了三趟县里，小的一个月{{trap/number:一千一百二十块}}。他有残疾证，一级，两项补贴也办下来了，我自己吃低保。镇卫生院的{{han:滚德明}}医生每个礼拜来给他扎针，县康复中心的{{compound:欧阳澍青}}教我在屋头给他拉筋、练站。民政局的{{han:蒙立新}}来核过，{{han:蒙立新}}又打电话来问过两回，连鸭子好多钱一斤都问。
访谈者：一个人养鸭带两个娃，忙得过来吗？
受访者：忙不过来也要忙。公公{{han:龙德厚}}七十三了，腿脚不好，他倒是天天来帮我赶鸭子下田。收鸭子的{{han:姚老三}}晓得我们孤儿寡母，从来不压价。隔壁的{{han:潘银花}}孃孃，就是{{han:潘一诺}}的奶奶，下雨天帮我捡鸭蛋。有一回{{han:龙德厚}}倒劝起我来，讲鸭棚莫搞了，太累，我讲不搞吃哪样嘛。
访谈者：姐姐呢？
受访者：大的懂事，放学先喂鸭，再写作业，晚上给弟弟洗脚。她现在住校，礼拜五回来，一进门先去鸭棚。班主任讲她作文写得好，写她阿爸开车，全班同学都哭了。{{minority/mongolian:苏布嘎}}跟我讲，阿妈，我以后学医，回来给弟弟治病。
访谈者：您想老家吗？
受访者：想。我阿爸{{minority/mongolian:希日布扎木苏}}还在嘎查放羊，每年托人寄一箱{{trap/minority_word:风干牛肉}}。弟弟{{minority/mongolian:宝音满都呼}}开车来过一回，站在鸭棚边上讲，姐，这地方山太多，看不到天边。我们那边冬天零下二十几度，雪一下就是一个月，这边不下雪，是湿冷，冷到骨头里。过年我煮{{trap/minority_word:手把肉}}，寨子里的人都来尝，讲比{{trap/minority_word:酸汤鱼}}还香。晚上我给两个娃讲{{trap/famous:嘎达梅林}}，大的会唱，小的听着拍手。
访谈者：康复有进步吗？
受访者：有。以前扶着站不住，现在扶着墙能走十几步。{{compound:欧阳澍青}}讲六岁以前练最好，我们耽误了，可还来得及。我这辈子最放不下的，就是{{minority/mongolian:敖敦嘎}}。
访谈者：登记的信息请您讲一下。
受访者：鸭场在{{address:三穗县台烈镇寨头村四组17号}}，老家是{{address:乌审旗嘎鲁图镇呼和陶勒盖嘎查三组8号}}。我的身份证{{id_number@wy1986spaced.150626}}，儿子的{{id_number@my2015quad.522624}}。我电话{{mobile@s434}}，公公的{{mobile@h38}}。微信{{wechat:Chagan-Tuya86}}。大的有个QQ，她拿粉笔写在鸭棚门板上：{{qq:３０９１７４２６５}}。
访谈者：各种表上的名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:查干 萨仁}}，残疾证上儿子是{{spaced:敖 敦 格 日 勒}}，学校把大的写成{{spaced:龙　苏布达高娃}}。
访谈者：最后还想说什么？
受访者：想说声谢谢。这两年帮我们最多的，是{{han:粟晓勤}}。
""")

# H1610: Hui grandmother from 同心 (Ningxia) with a halal food stall at the 三穗 highway service area, raising
# two grandchildren: her son is in prison, his Dong wife has gone and cannot be found.
DOCS["H1610"] = ("family", """\
访谈者：孃孃，您这个摊子在服务区摆了几年了？
受访者：六年多了。卖{{trap/minority_word:油香}}、牛肉粉、{{trap/minority_word:盖碗茶}}，跑长途的司机都认得我，喊我{{han:纳孃孃}}。我叫{{han:纳桂兰}}，经名{{minority/hui:赛伊黛}}，老家宁夏{{trap/place:同心}}。招牌上写的“{{minority/hui:赛伊黛}}清真小吃”，是我老汉在世的时候请人写的。
访谈者：您怎么从宁夏到三穗来的？
受访者：我老汉{{han:纳万福}}年轻时贩牛，从{{trap/place:固原}}往贵州拉，后来就在{{trap/org:三穗服务区}}旁边租了个门面。他经名叫{{minority/hui:阿卜杜哈里克}}，四年前心梗，倒在灶台边上就没起来。
访谈者：两个孩子是？
受访者：儿子{{han:纳小军}}的。{{han:纳小军}}却不争气，在凯里跟人喝酒打架，把人打成重伤，判了五年，关在{{trap/place:都匀}}。儿媳{{han:吴金燕}}是这边侗家的姑娘，男人进去第二年，把娃娃丢给我，讲去浙江打工，电话一换，再没音信。
访谈者：孩子们多大了？
受访者：孙子是我的{{trap/word:长孙}}，十一岁，汉名{{han:纳浩然}}，经名{{minority/hui:宰努丁}}，同学都喊他{{minority/hui:小宰}}。孙女八岁，汉名{{han:纳语彤}}，经名{{minority/hui:鲁凯娅}}。孙子在{{school:台烈镇中心小学五年级（1）班}}，孙女在{{school:台烈镇中心小学二年级（3）班}}。花名册上把孙子写成{{minority/hui:纳宰努丁}}，班主任{{han:石晓芸}}头一回点名，念了两遍才念顺。
访谈者：谁在帮你们？
受访者：头一个是社区的儿童主任{{han:滕丽萍}}。她讲两个娃娃爹在坐牢、妈找不到，算事实无人抚养，一个娃一个月{{trap/number:一千二百五十元}}。妈失联要派出所开证明，是法律援助的{{compound:万俟清源}}律师帮我写的材料，跑了{{trap/org:台烈派出所}}三趟。服务区经理{{han:瞿卫东}}免了我半年摊位费，孙女放学就在他办公室写作业。
访谈者：孩子们在学校怎么样？
受访者：孙子话少。{{han:石晓芸}}讲，他上课老望窗子外头，问他也不答。有同学骂他爹是劳改犯，{{minority/hui:宰努丁}}他一拳就打过去了。{{han:石晓芸}}没罚他，把两个娃娃喊到办公室，一人给个苹果，让他们自己讲清楚。孙女爱哭，想她妈，晚上抱着枕头哭，哭够了{{minority/hui:鲁凯娅}}便自己睡了。县里派的社工{{compound:皇甫砚秋}}每个月来一回，带她画画，她画了一张全家福，有她爹有她妈，就是没画她自己。
访谈者：您身体怎么样？
受访者：糖尿病，眼睛也花了。早上四点起来炸油香，腰直不起来。我不敢倒，我倒了两个娃娃哪个管？{{trap/org:凯里清真寺}}的{{han:撒守义}}阿訇，经名{{minority/hui:穆台里布}}，斋月里带人来帮我守摊子。同心来的老乡{{minority/hui:拜优素福}}在凯里收牛，每个月来看我一回，给娃娃带牛肉，他老婆教孙女念经。
访谈者：摊子生意怎么样？
受访者：过年过节好，平时一般。服务区里开了快餐店，年轻司机都去那边了，来我这里的多是老司机，吃了十几年，吃惯了这个味道。有个河南的老司机，每回路过都要带两个油香走，讲他媳妇爱吃。一天挣个一两百，够娃娃吃饭读书。冬天服务区风大，我守在炉子边上，手裂得一道一道的，孙女拿她的护手霜给我擦。
访谈者：孩子妈妈那边的亲戚来往吗？
受访者：来往。亲家母在瓦寨，逢年过节提一只鸭子来看娃娃，坐一会儿就抹眼泪，讲她女儿对不起我们。我讲莫这样讲，娃娃还是你的外孙。她教孙女唱侗歌，我也不拦，娃娃想妈，听听她妈家那边的歌，心里好过些。
访谈者：儿子那边呢？
受访者：一个月一回亲情电话。他在电话里哭，讲出来好好做人。我跟他讲，你莫跟我保证，你跟娃娃保证。孙子不接电话，孙女抢着讲，讲完了问她爹{{trap/minority_word:开斋节}}回不回来。我给他们讲{{trap/famous:马本斋}}的故事，讲我们回回人做人要正。
访谈者：老家还有人吗？
受访者：我妹子{{minority/hui:赛麦娜}}在同心，叫我回去，说老家有房子。可娃娃在这边读书，讲的是三穗话，回去不惯。镇民政办的{{compound:长孙敬亭}}也讲，户口莫迁，迁了补助要重新办。我就守着这个摊子，守到{{han:纳小军}}出来。
访谈者：登记信息请您讲一下。
受访者：家在{{address:三穗县台烈镇平溪村二组6号}}，摊子在{{address:三穗服务区南区商铺12号}}。我身份证{{id_number@wmid.640324}}，孙子的{{id_number@my2013tri.522624}}。我电话{{mobile@plain}}，{{han:滕丽萍}}的{{mobile@plus86}}。我微信{{wechat:Nagl_Tongxin}}，孙子的QQ是他自己念给我的：{{qq:51730826}}。
访谈者：表上的名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:纳　桂　兰}}，学校把孙子写成{{spaced:纳 宰 努 丁}}，还有张表写成{{spaced:纳 宰努丁}}。
访谈者：您最盼什么？
受访者：盼两个娃娃平平安安长大，盼儿子早点出来。这些年帮我最多的，是{{han:滕丽萍}}。
""")

# H1611: Uyghur mother from 伽师 who bakes naan by the old bridge in 镇远; her Han husband died of cancer, her
# daughter had heart surgery.
DOCS["H1611"] = ("family", """\
访谈者：大姐，您这个馕坑是照新疆的样子砌的吧？
受访者：是嘛，是我男人照着我们老家的馕坑砌的。我叫{{minority/uyghur:米合日古丽·阿不都热合曼}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。古城里的人记不住，都喊我{{minority/uyghur:米姐}}，游客喊我新疆大姐。
访谈者：您怎么到镇远来的？
受访者：我男人{{han:田正清}}是镇远人，早些年在伽师的瓜地当技术员，我在地里摘瓜，就认得了。结了婚回{{trap/place:镇远}}，在{{trap/place:祝圣桥}}头租了间铺面，我打馕、烤包子，他撑船拉游客游{{trap/place:舞阳河}}。前年{{han:田正清}}正要把隔壁铺面盘下来，查出来肝癌，半年人就没了。
访谈者：孩子们多大了？
受访者：两个。大的女儿十二岁，我起的名叫{{minority/uyghur:阿依孜巴}}，户口上是{{han:田雪莲}}，学校花名册写成{{minority/uyghur:田阿依孜巴}}，在{{school:镇远县舞阳镇第二小学六年级（3）班}}。她心脏不好，先天的，前年在{{trap/org:贵州省人民医院}}做的手术，是心外科{{han:郎继尧}}医生主刀。以前她走几步就喘，嘴唇发紫，现在能跟同学跳绳了。医生讲每半年要去贵阳复查一回，坐动车来回一天，我就关一天铺子，耽误一天生意，一天就白干了。小的儿子{{minority/uyghur:克尤木江}}，八岁，汉名{{han:田小川}}，他奶奶喊他{{minority/uyghur:尤木崽}}，在{{school:舞阳镇第二小学二年级（1）班}}。
访谈者：手术花了多少钱？
受访者：八万多。合作医疗报了一大半，{{trap/org:县红十字会}}给了一万，剩下是古城里的邻居凑的。卖银饰的{{compound:南宫翠岑}}挨家挨户去收，收了两万三。我到现在还不晓得咋个还这个情。
访谈者：现在有哪些帮扶？
受访者：社区的儿童主任{{han:舒雁秋}}给两个娃娃报了困境儿童，我们一家吃低保。{{han:舒雁秋}}人好，见人就笑，我的表都是她帮我填的。在古城{{trap/place:东门}}开书店的{{compound:东门若愚}}每个礼拜给大的补数学。婆婆{{han:谭翠英}}七十了，{{han:谭翠英}}跟我讲，媳妇，娃娃我帮你带，你安心打馕。
访谈者：生意怎么样？
受访者：旺季一天卖两三百个，淡季几十个。城管{{han:邵光辉}}晓得我家的事，摊子摆出来一点也不讲。房东把房租降了八百。古城的游客多是外省人，听说我是新疆来的，都要跟我照相，我就笑着照。有个上海来的老太太每年来一回，每回买二十个馕带走，讲她年轻时在新疆当过知青。隔壁卖{{trap/word:姜糖}}的{{han:姜丽芬}}天天给小的塞糖，牙都吃坏了。
访谈者：孩子们的奶奶对您怎么样？
受访者：好。她不会讲普通话，我不会讲镇远话，刚结婚那几年我们两个比划着讲。{{han:田正清}}走了以后，她把存了一辈子的三万块拿出来，讲给大的看病。她吃不来馕，我就学着给她煮稀饭、炒酸菜，礼拜天一家人去{{trap/place:铁溪}}耍水，她讲我比她亲女儿还亲。
访谈者：老家那边呢？
受访者：我阿爸{{minority/uyghur:阿不都热合曼‧买提尼亚孜}}七十多了，在伽师种石榴。哥哥{{minority/uyghur:托乎提尼亚孜・阿不都热合曼}}去年来镇远看我们，带了一箱{{trap/minority_word:巴旦木}}，看到大的瘦成那样就哭了，要接我们回去，我没答应。在贵阳开餐厅的老乡{{minority/uyghur:买买提明.托合提}}，{{trap/minority_word:肉孜节}}开车来，带了一锅{{trap/minority_word:抓饭}}。
访谈者：孩子们过得惯吗？
受访者：比我惯。大的会讲镇远话，也会讲维吾尔话。小的拿他爸买的{{trap/minority_word:都塔尔}}乱弹，我给他们讲{{trap/famous:阿凡提}}骑毛驴，小的笑得在地上打滚。他在学校跟同学打过一架，同学讲他长得像外国人，他哭着回来问我他是不是中国人。我讲，你爸是镇远人，你妈是伽师人，你是中国人，哪个讲都不算数。{{minority/uyghur:阿依孜巴}}讲她长大要当心脏医生，跟{{han:郎继尧}}一样。
访谈者：您自己身体呢？
受访者：手上都是馕坑烫的疤，腰也不好，不敢病。娃娃住院那阵，医院里有个从新疆来进修的护士，叫{{minority/uyghur:帕提古丽艾山}}，天天下了班来陪我讲话，我哭都是在她面前哭。
访谈者：登记信息请您讲一下。
受访者：铺面在{{address:镇远县舞阳镇新中街47号}}，老家在{{address:伽师县克孜勒博依乡托万库木村5组23号}}。我的身份证{{id_number@wy1988hyphen.653129}}，小的{{id_number@my2016x.522625}}。我电话{{mobile@fullwidth}}，{{han:舒雁秋}}的{{mobile@s38}}，她的微信是{{wechat:syq-gucheng2}}。我微信{{wechat:mihriguli_nang}}。大的有个QQ，写在课本封皮上：{{qq:2209647351}}。
访谈者：表上名字写得对吗？
受访者：都不一样。低保表上我是{{spaced:米合日古丽 · 阿不都热合曼}}，医院的单子写{{spaced:阿 依 孜 巴}}，学校又写成{{spaced:田　阿依孜巴}}。
访谈者：您最盼什么？
受访者：盼大的心脏莫再出毛病，小的好好读书。{{han:田正清}}走的时候拉着我的手讲，娃娃交给你了。我答应了{{han:田正清}}。
""")

# H1612: Tibetan temple painter from 新龙 (Kham) working on the cliffside temples of 青龙洞 in 镇远; his Dong
# wife has a severe mental disability and lives with her parents in 报京.
DOCS["H1612"] = ("family", """\
访谈者：师傅，您在青龙洞画彩绘画了几年了？
受访者：五年了。我叫{{minority/tibetan:洛绒登巴}}，老家{{trap/place:甘孜}}{{trap/place:新龙}}，{{trap/place:雅砻江}}边上。小时候在寺里学画{{trap/minority_word:唐卡}}，大了跟着修古建的老板到处跑，修{{trap/place:青龙洞}}那年就留下来了。这些梁几百年了，颜色掉得差不多，要一点一点补，老板讲要修旧如旧，不能画得太新。我就用画唐卡的法子画梁，一笔都不能乱。工地上的人嫌我名字长，都喊我{{minority/tibetan:洛登}}。
访谈者：您爱人是本地人？
受访者：侗族，{{trap/place:报京}}的，叫{{han:粟银妹}}。那年古城办节，她在台上唱{{trap/minority_word:侗族大歌}}，我在梁上画画，就认得了。生了小的以后，她整夜整夜睡不着，后来人就糊涂了，医生讲是精神残疾，二级。她没病的时候爱唱歌，嗓子亮得很，一首连一首，我一句听不懂，就觉得好听。如今她一个人坐着，有时候突然唱两句，又停了。现在住在报京娘家，她阿爸{{han:粟光荣}}和阿妈守着她。
访谈者：两个孩子跟着您？
受访者：跟着我，住在工地边上租的屋。大的女儿{{minority/tibetan:雍忠拉措}}，十岁，户口上登的是{{minority/tibetan:粟雍忠拉措}}，派出所的人讲要有个姓，就把她阿妈的姓加在前头了。她在{{school:镇远县舞阳镇第一小学四年级（2）班}}。小的儿子{{minority/tibetan:俄色登珠}}，六岁半，在{{school:舞阳镇第一小学一年级（5）班}}，同学喊他{{minority/tibetan:粟登珠}}，他也答应。她外婆家喊姐姐{{minority/tibetan:措妹}}，喊弟弟{{minority/tibetan:登珠崽}}，我也跟着喊。大的语文好，作文写过青龙洞，写她阿爸在梁上画龙，老师贴在了墙上。小的拼音学不会，回来就哭，我也不会教，只好请隔壁读大学的娃娃帮忙。
访谈者：谁在帮你们？
受访者：报京的儿童主任{{han:吴恩秀}}。她讲娃娃的阿妈重残，两个娃娃算困境儿童，一个月每人{{trap/number:六百八十元}}，{{han:粟银妹}}自己还有两项补贴。{{han:吴恩秀}}和我一起去县里交的材料，我汉字写不好，表都是她填的。社工{{compound:端木静怡}}每个月来一回，教{{minority/tibetan:措妹}}写作文；凯里来的{{compound:万俟清源}}律师帮我们办了监护，他讲她管不了自己，要法院指定一个人管她。
访谈者：上班和孩子顾得过来吗？
受访者：顾不过来。画梁要爬架子，一爬一天。老板{{han:滕茂林}}让我下午四点下架子去接娃娃。跟我一起画的{{han:万国梁}}讲，{{trap/word:万一}}你从架子上摔下来，两个娃娃咋个办？他就给我系了根保险绳，天天检查。
访谈者：钱够用吗？
受访者：不太够。我一天三百，下雨不开工就没钱。房租五百，两个娃娃吃穿，还要给她娘家一点，她吃的药一个月也要几百，补贴贴进去还差一截。哥哥讲实在不行就回新龙，家里有牛有草场。可娃娃在这边读书，她在这边，我回去做哪样？
访谈者：孩子们想妈妈吗？
受访者：想。礼拜天我带他们坐班车去报京，{{han:粟银妹}}有时候认得人，有时候不认得。认得的时候，她拉着{{minority/tibetan:登珠崽}}唱侗歌；不认得，就坐在{{trap/minority_word:鼓楼}}底下发呆。{{minority/tibetan:措妹}}懂事，回来的路上一句话不讲，到家就给弟弟洗脸洗脚。
访谈者：您跟孩子讲藏话吗？
受访者：讲。大的听得懂，讲得少；小的一句不会，我一讲藏话他就笑。等他们大一点，我想带他们回新龙看奶奶，看{{trap/place:雅砻江}}，看我小时候放牛的山坡。我阿妈讲，娃娃不能忘了根。
访谈者：老家还有亲人吗？
受访者：我阿妈{{minority/tibetan:呷绒卓嘎}}七十了，在新龙。哥哥{{minority/tibetan:翁堆泽仁}}放牦牛，每年托人捎{{trap/minority_word:糌粑}}和酥油下来。教我画画的{{minority/tibetan:益西曲培}}喇嘛讲，画画的人心要静，我现在心静不下来。藏历年我带娃娃在屋头跳{{trap/minority_word:锅庄}}，小的跳得最欢。冬天这边湿冷，屋里没有火，我把老家带来的氆氇给娃娃盖上。
访谈者：您在画什么？
受访者：青龙洞里头的梁，有龙有凤，也有菩萨。我跟娃娃讲{{trap/famous:唐东杰布}}修铁索桥，{{minority/tibetan:登珠崽}}问我{{trap/place:祝圣桥}}是不是他修的，我讲不是，是镇远人自己修的。
访谈者：登记信息请您讲一下。
受访者：我们租在{{address:镇远县舞阳镇中和山路青龙巷9号}}，她娘家在{{address:镇远县报京乡报京村五组41号}}。我的身份证{{id_number@my1983fwspaced.513329}}，女儿的{{id_number@wy2014spaced.522625}}。我电话{{mobile@p86n}}，{{han:吴恩秀}}的{{mobile@fws}}，她的QQ是{{qq:７７４１０２８３９}}。我微信{{wechat:wxid_lr7dba93k2}}，是大的帮我弄的。
访谈者：表上的名字写得对吗？
受访者：残疾证上她是{{spaced:粟 银 妹}}，学校写成{{spaced:雍忠　拉措}}，低保表上我是{{spaced:洛　绒　登　巴}}。
访谈者：最后还想说什么？
受访者：青龙洞修完了，老板要去别处修庙，我不走了。娃娃在这里，{{han:粟银妹}}也在这里。
""")

# H1613: Miao 儿童主任 of a village in 涌溪 (镇远) reading out her list.
DOCS["H1613"] = ("staff", """\
访谈者：{{han:邰主任}}，您手上这个本子是？
受访者：我们村困境儿童的台账。我叫{{han:邰秀芝}}，苗族，{{trap/place:涌溪}}芽溪村的儿童主任，干了五年了。寨子里的小娃喊我{{han:芝孃}}，老人家喊我{{han:秀芝}}。村委会门口挂的那块“{{han:邰秀芝}}儿童之家”的牌子，是县里评的，其实就一间屋、几张桌子。
访谈者：您一户一户讲吧。
受访者：要得。第一户，{{han:麻银翠}}，女，十二岁，孤儿。她爹在外省煤窑上出的事，她妈后头得肺病也走了，现在跟{{han:麻二伯}}过。孤儿基本生活费一个月{{trap/number:一千四百二十元}}，打到她大伯卡上，{{han:麻二伯}}把存折放在我这里，我每个月去对一回账。{{han:银翠}}读{{school:涌溪乡中心小学六年级（1）班}}，成绩前三名，放学回来帮她大伯妈喂猪、打猪草，从来不讲自己苦，就是不爱照相。身份证{{id_number@wy2013.522625}}，住{{address:镇远县涌溪乡芽溪村三组12号}}。办证那阵跑县里跑了七八趟，{{trap/word:麻烦}}得很。
访谈者：第二户？
受访者：第二户，{{han:龙正飞}}，男，九岁，寨子里都喊他{{han:飞崽}}。他爹在广东工地上摔成了植物人，他妈改了嫁，算事实无人抚养。跟外婆{{han:莫秋月}}过，{{han:莫秋月}}莫看七十一了，还挑得动一担水。{{han:龙正飞}}正读三年级，在{{school:涌溪乡中心小学三年级（2）班}}，身份证{{id_number@my2015hyphen.522625}}。{{han:飞崽}}调皮，去年端午跟人去{{trap/place:舞阳河}}看划{{trap/word:龙舟}}，一个人跑丢了，全寨子找到半夜。他外婆不识字，补助卡的密码是我帮她记的，取钱要我陪着去{{trap/org:信用社}}。
访谈者：第三户？
受访者：第三户两兄妹，哥哥{{han:姜文才}}十岁，妹妹{{han:姜文秀}}七岁。爹妈都是聋哑人，二级残疾，一家吃低保，两个娃娃报了困境儿童。两兄妹在学校学了手语，回家教爹妈，一家人比划着讲话，比我们还热闹。{{han:姜文才}}得了乡里的三好学生，奖状贴在堂屋正中间。他家在坡上种{{trap/word:生姜}}，一年卖几千块。住{{address:芽溪村五组3号}}。
访谈者：第四户？
受访者：{{han:万家宝}}，十一岁，脑瘫，坐轮椅。他爹{{han:万金贵}}在浙江打工，他妈{{han:潘阿妹}}在屋头专门守着他。两项补贴、困境儿童都有。县康复中心的{{compound:东方稚川}}每个月来一回，{{han:万家宝}}能认二十几个字了，他妈跟我讲的时候眼泪都笑出来了。
访谈者：第五户？
受访者：第五户，{{han:杨秋菱}}，十四岁，在{{school:镇远县第三中学八年级（5）班}}。她爹诈骗，判了三年，她妈{{han:欧秀英}}尿毒症，一个礼拜透析两回，要去县医院，一个来回坐三个钟头的车，有时候是我骑摩托送。服刑人员子女补助、困境儿童、低保，三样都办了。她外公在坡上种{{trap/word:杨梅}}，卖了钱给她妈透析。{{han:杨秋菱}}有QQ，{{qq:40816273}}，有事就在上头找我。
访谈者：这些户都是谁在跟？
受访者：乡民政办的{{han:代玉琼}}总负责，她还是县人大{{trap/word:代表}}，讲话管用。驻村第一书记{{han:邵俊峰}}给第四户修了轮椅坡道。乡里派了两个社工，一个叫{{compound:上官槿年}}，跟第一户、第五户；一个叫{{compound:夏侯天明}}，专门管第二户。报京的{{han:吴恩秀}}跟我是一批培训的，她那边有个藏族画匠{{minority/tibetan:洛绒登巴}}，两个娃娃的事，我跟她学了好多。
访谈者：平时怎么发现这些孩子？
受访者：靠走。寨子散，这个组在这匹坡，那个组在那匹坡，一天下来两万多步。{{trap/minority_word:苗年}}和{{trap/minority_word:姊妹节}}在外头打工的人回来了，我挨家去问，哪家大人出了事，哪家娃娃没人管。有些家里出了事，大人不好意思讲，怕人家笑，我就去学校问老师、问同学，看哪个娃娃最近瘦了、不讲话了、衣服脏了。我们苗家讲，一个寨子的娃娃，就是一个寨子的。娃娃们爱听我讲{{trap/famous:张秀眉}}的故事。
访谈者：哪个孩子让您最操心？
受访者：第二户。爹躺在医院，妈不回来，外婆年纪大了，娃娃又调皮。上个月他拿了小卖部两包辣条，老板打电话给我，我去赔了钱，把他拉到河边坐了一下午，他一句话不讲，最后哭了，讲想他爹。
访谈者：台账上的名字都对吗？
受访者：错过。有张表把{{spaced:麻　银　翠}}写得一个字一个空，{{spaced:万 家 宝}}也是，社工写成{{spaced:上官 槿年}}，还有一张把{{spaced:东 方 稚 川}}拆开了。
访谈者：您的联系方式？
受访者：我电话{{mobile@spaced}}，{{han:麻二伯}}的{{mobile@plus86dash}}。工作微信{{wechat:taixz_yaxi}}。
访谈者：您自己家里呢？
受访者：我男人{{han:龙得贵}}在镇远城里开摩托拉客，{{han:龙得贵}}得空就回来煮饭。两个娃娃一个读高中，一个读初中。儿童主任一个月几百块补贴，电话费、油钱都要自己贴，我男人也讲过我，你图哪样？我讲图个心安。寨子里的娃娃见了我，老远就喊一声{{han:芝孃}}。
""")

# H1614: Dong inspector of the 三穗 county civil-affairs bureau (social assistance section) on what the checks find.
DOCS["H1614"] = ("official", """\
访谈者：您在民政局做哪块工作？
受访者：{{trap/org:三穗县民政局}}社会救助股，专门搞核查。我叫{{han:蒙立新}}，姓蒙，下乡人家老以为我是{{trap/word:蒙古族}}，其实我是侗族，{{trap/place:款场}}人。低保、孤儿、事实无人抚养、残疾人两项补贴，一年核两回，{{trap/word:全县}}九个乡镇我都要跑拢。核查不是坐在办公室看表，要进屋：看灶台有没有火，看米缸有没有米，看娃娃的床铺干不干净。有的家屋头修得漂亮，一问是亲戚出钱修的，那也不能一刀切，要看人是不是真困难。
访谈者：核查主要看哪样？
受访者：看人在不在、钱到没到、家里条件变没变。最怕两样：该得的没得到，不该得的还在得。去年{{trap/place:八弓}}有一户，孤儿{{han:全志远}}满十八岁考上大学了，生活费还在打，卡在他叔叔{{han:全德海}}手上。{{han:全德海}}他讲不晓得要停，我们追回了四个月的钱，{{han:全志远}}的助学金另外帮他办了。这种事不能全怪家里，我们的系统以前满十八岁不提醒，现在改了。
访谈者：钱是怎么发到手的？
受访者：社会化发放，打到一卡通上，每个月十号前到账。散居孤儿一个月{{trap/number:一千一百五十元}}，事实无人抚养的跟散居孤儿一样。钱不多，可对一户困难人家，是救命的钱。有人打{{trap/hotline:12345}}举报哪家不该得，我们也要去核。
访谈者：有没有核出来漏掉的？
受访者：有。台烈鸭场那个蒙古族大姐{{minority/mongolian:查干萨仁}}，男人出车祸走了，她只报了低保，不晓得儿子还能报两项补贴。我去核鸭场收入那天，她儿子{{minority/mongolian:敖敦格日勒}}扶着门框望我，我一看就晓得是脑瘫。回来跟{{han:姚科长}}讲了，第二个月就补上了。她喊我{{han:蒙哥}}，一边喊一边往我车上塞鸭蛋，我一个都不敢收。
访谈者：服务区那户回族的呢？
受访者：{{han:纳孃孃}}家。两个孙子，爹在都匀服刑，妈找不到。认定事实无人抚养，失联要派出所出证明，要满六个月。那六个月{{minority/hui:赛伊黛}}，就是{{han:纳孃孃}}，一个人撑着，我过意不去，先按临时救助给了两千。后来{{compound:万俟清源}}律师把材料补齐了，两兄妹才批下来。
访谈者：还有别的民族的家庭吗？
受访者：有。八弓有户维吾尔族，爸爸{{minority/uyghur:阿卜杜克依木库尔班}}在高速工地上摔成截瘫，一家四口吃低保，两个娃娃{{minority/uyghur:努尔比耶姆}}和{{minority/uyghur:妮格尔阿依}}报了困境儿童，大的在{{school:三穗县实验小学四年级（3）班}}。{{trap/place:瓦寨}}还有一户，妈妈是藏族，叫{{minority/tibetan:仁增曲西}}，男人{{han:曾庆松}}跑货车，失踪两年了，娃娃跟着她住{{address:三穗县瓦寨镇中寨村二组27号}}。
访谈者：名字的问题多吗？
受访者：多得很。系统里名字不让打点，{{minority/uyghur:阿卜杜克依木}}后头的父名只好连着写，乡里的人还以为他姓阿。打印出来的花名册更乱：{{spaced:阿卜杜克依木 · 库尔班}}点前点后都是空格，{{spaced:努　尔　比　耶　姆}}一个字一个空，{{spaced:敖敦 格日勒}}拆成两截。名字跟身份证对不上，钱就打不出去。有一回一个娃娃的名字少打了一个字，钱退回来三个月，娃娃奶奶以为政府不管她了，哭着跑到局里来。
访谈者：股里几个人？
受访者：四个。{{han:姚科长}}管全盘，{{compound:宇文筱蕾}}管孤儿和事实无人抚养，{{compound:钟离子健}}管两项补贴，我跑核查。乡镇那头靠儿童主任，台烈的{{han:粟晓勤}}、{{trap/place:雪洞}}的{{han:应春燕}}{{trap/word:应该}}是最负责的两个。
访谈者：核查中遇到过难事吗？
受访者：遇到过。{{trap/place:桐林}}有个奶奶叫{{han:管桂英}}，{{han:管桂英}}管不住孙子，孙子十四岁跟人跑到浙江进厂，是派出所的{{han:来福生}}来了电话我们才晓得。我跟{{compound:钟离子健}}连夜开车去接，接回来送进了{{school:三穗县民族中学八年级（2）班}}，现在住校。还有的家里把补助拿去打麻将，娃娃却穿得破破烂烂，我们就改成直接给学校交伙食费，或者打到奶奶的卡上。
访谈者：您怎么看这份工作？
受访者：得罪人。核出来不该得的，人家骂你；核出来该得的，人家谢你。我跟股里的人讲，手要干净，心要热。一年下来我跑四万多公里，车是自己的，油钱报一半。山路弯多，有一回下雪，车滑到沟边上，差一点就下去了。
访谈者：联系方式方便讲吗？
受访者：我手机{{mobile@p86h}}，{{han:姚科长}}的{{mobile@hyphen}}。工作微信{{wechat:mengLX_sansui}}，股里有个QQ：{{qq:1502948736}}。维吾尔族那户住{{address:三穗县八弓镇东门街六巷4号}}，爸爸的身份证{{id_number@my1985fwhyphen.653101}}，{{han:全志远}}的{{id_number@my2006.522624}}。
访谈者：最后想说什么？
受访者：困境儿童不是一张表，是一个一个娃娃。我最记得的，是扶着门框望我的{{minority/mongolian:敖敦格日勒}}。
""")

# H1615: Dong doctor of the 台烈 township health centre, family doctor of several children in distress.
DOCS["H1615"] = ("staff", """\
访谈者：{{han:滚医生}}，您在卫生院干了多少年了？
受访者：十八年。我叫{{han:滚德明}}，侗族，{{trap/place:滚马}}人，{{trap/org:台烈镇卫生院}}的全科医生，镇上几户困境儿童的家庭医生也是我签的。
访谈者：您最早跟的是哪个孩子？
受访者：鸭场那家的{{minority/mongolian:敖敦嘎}}，户口上叫{{han:龙星宇}}。他两岁那年，他妈{{minority/mongolian:查干萨仁}}抱他来打疫苗，娃娃头都抬不起来，我让她赶紧去凯里查，查出来是脑瘫。那时候{{han:龙再旺}}还在，两口子抱着娃娃在走廊上哭。后来我每个礼拜去扎一回针，县康复中心的{{compound:欧阳澍青}}教训练，现在扶着墙能走十几步了。扎针的时候娃娃痛，哭，他妈在旁边唱蒙古歌哄他，唱着唱着自己也哭了。她念不惯我的姓，一直喊我{{han:德明}}哥。
访谈者：评残、办两项补贴要经过您吗？
受访者：评残要到{{trap/org:三穗县人民医院}}，是儿科的{{compound:濮阳蕴之}}主任评，我们卫生院出病历、开转诊单。残疾证下来了，民政上才报得了两项补贴。好多老人不晓得，以为娃娃有病就是命，不去评，钱就白白漏掉了。评早了也不行，有的病要两三岁才评得准，评早了评轻了，补贴就少。我一般跟家长讲清楚，该等的等，康复救助先报上。
访谈者：还有哪些孩子？
受访者：服务区{{han:纳孃孃}}家的孙女{{minority/hui:鲁凯娅}}，哮喘，一到冬天{{minority/hui:鲁凯娅}}又犯，半夜喘不上气，她奶奶背着她跑来敲门。我给她开了喷雾，教她奶奶咋个用，现在好多了。她哥哥{{minority/hui:宰努丁}}每回都跟着来，站在门口不讲话，手里攥着妹妹的药。
访谈者：别的民族的孩子呢？
受访者：{{han:杨又春}}，侗家的女娃，七岁，先天性白内障，两只眼睛都是。{{trap/org:省残联}}有个项目免费做了手术，{{han:杨又春}}又回来复查了三回，现在在{{school:台烈镇中心小学一年级（1）班}}读书，戴一副厚眼镜。她爹妈在广东，跟外婆{{han:吴乃英}}过。
访谈者：有没有难弄的？
受访者：有。{{han:欧秋生}}，十岁，听力残疾，配了助听器。{{han:欧秋生}}却不肯戴，嫌同学笑他，藏在书包里。我去学校跟他班主任{{han:滕雪梅}}讲，让她在班上讲，耳朵听不见跟眼睛近视一样，戴个东西就好了。后来{{han:欧秋生}}问我：{{han:滚伯伯}}，人工耳蜗是不是就看不出来了？我讲是，可要十几万，康复救助的项目我帮他报了，还在排队。
访谈者：这些孩子营养怎么样？
受访者：跟老人过的，普遍差，一天两顿酸汤泡饭，肉一个礼拜吃不到一回。卫生院每年给全镇的娃娃体检，一百多个跟老人过的娃娃里头，贫血的有二十几个，长得矮的十几个。村医{{han:常永青}}{{trap/word:常常}}跟我一起入户，给娃娃称体重、量身高，瘦的就报给学校，让营养午餐多给一个蛋。护士{{han:时晓燕}}{{trap/word:时不时}}自己买牛奶送过去。
访谈者：卫生院有支医的医生吗？
受访者：今年来了一个藏族姑娘，{{trap/place:甘孜}}来的，叫{{minority/tibetan:翁青拉措}}，在我们这里轮转半年。她讲她老家的娃娃也是跟着奶奶长大的，看到{{minority/mongolian:敖敦嘎}}练走路，她在旁边拍手，比他妈还高兴。她还给娃娃们唱藏族的歌，娃娃们听不懂也跟着拍手。
访谈者：签约以后您平时怎么跟这些家庭联系？
受访者：电话、微信都有。老人不会用微信，就打电话；有的老人耳朵背，电话里讲不清楚，我就骑摩托过去。一个月跑十几个寨子，摩托车骑坏了两辆。
访谈者：这几年有变化吗？
受访者：有。以前娃娃生病，老人背着走几十里山路，现在村村通了路，卫生院有了救护车，打{{trap/hotline:120}}半个钟头就拢。医保、大病救助、慈善救助一层一层报下来，自己掏的越来越少了。
访谈者：您最担心什么？
受访者：担心老人。娃娃的病我们管得了，老人一倒，娃娃就没人了。{{han:吴乃英}}七十六了，血压一百八，我天天打电话催她吃药。有的老人自己病了不讲，怕花钱，更怕娃娃没人管。
访谈者：登记的信息请您讲一下。
受访者：卫生院在{{address:三穗县台烈镇台烈街南段102号}}。{{han:杨又春}}的身份证{{id_number@wy2017fwspaced.522624}}，{{han:欧秋生}}的{{id_number@my2014quad.522624}}。我手机{{mobile@s74}}，{{han:常永青}}的{{mobile@fws}}。微信{{wechat:yaodm_tailie}}，卫生院的QQ{{qq:1093462857}}，家长有事都在上头留言。
访谈者：表上名字会写错吗？
受访者：会。病历上有写成{{spaced:杨　又　春}}的，也有写成{{spaced:欧 秋生}}的，县里转来的单子把康复老师写成了{{spaced:欧 阳 澍 青}}。
访谈者：最后您想说什么？
受访者：想谢谢那些老人。娃娃能长这么大，头一个靠的是{{han:吴乃英}}这样的外婆。
""")

# H1616: Han volunteer lawyer from 凯里 doing legal aid in 三穗 and 镇远: compensation, guardianship, inheritance.
DOCS["H1616"] = ("volunteer", """\
访谈者：{{compound:万俟律师}}，您这个姓很少见。
受访者：念“莫其”，好多人念成万。我叫{{compound:万俟清源}}，在{{trap/place:凯里}}的律所上班，每个月拿四天做法律援助，在三穗和镇远轮流值班，{{trap/hotline:12348}}转过来的电话也归我接。我原来做公司的案子，后来接了个孤儿争房子的案子，娃娃十岁，几个叔伯争他爹留下的房子，我帮他争回来了，从那以后就专做这一块。困境儿童的案子，这两年办了十几个。
访谈者：讲几个您印象深的。
受访者：头一个是台烈鸭场那家。{{han:龙再旺}}在高速上被追尾，对方是物流公司的车，官司打了一年多，对方先讲责任一半一半，交警的认定书出来是对方全责，才松了口，保险加公司一共赔了六十二万。钱咋个管是个大事：{{minority/mongolian:苏布达高娃}}和{{minority/mongolian:敖敦格日勒}}都是继承人，娃娃那两份我建议存定期，动钱要报法院。承办法官{{compound:司马宏远}}心细，一条一条跟{{minority/mongolian:查干萨仁}}讲清楚。她公公{{han:龙德厚}}起先想拿钱修房子，后来也想通了，讲钱是孙子孙女的命钱。
访谈者：第二个呢？
受访者：服务区{{han:纳孃孃}}家。两个孙子{{minority/hui:宰努丁}}、{{minority/hui:鲁凯娅}}要认定事实无人抚养，他们妈{{han:吴金燕}}失联，要派出所出证明。{{trap/org:台烈派出所}}的民警{{compound:诸葛栖梧}}帮我们查了半年的出行记录，一条都没有。后来在浙江一个电子厂找到她，她哭着同意由奶奶监护。那段时间奶奶每回见我都要塞两个油香，讲是她自己炸的，不吃就是看不起她。{{han:纳小军}}在{{trap/place:都匀}}的监狱里签的委托书，签完跟我讲：“{{compound:万俟清源}}律师，我对不起我妈。”
访谈者：镇远那边呢？
受访者：古城打馕的{{minority/uyghur:米合日古丽阿不都热合曼}}。{{han:田正清}}走了以后，他弟弟{{han:田正明}}要分{{trap/place:祝圣桥}}头那间铺面，讲是田家祖上的。我去查了房产证，是两口子婚后买的，一半是她的，剩下一半四个人继承，{{minority/uyghur:阿依孜巴}}和{{minority/uyghur:克尤木江}}各一份，奶奶{{han:谭翠英}}一份，她当场讲她那份也给孙子孙女。调解了三回，{{han:田正明}}最后签了字。她哥哥{{minority/uyghur:托乎提尼亚孜阿不都热合曼}}从伽师打电话来谢我，讲了半天，我就听懂一句“{{trap/minority_word:热合麦特}}”。
访谈者：还有吗？
受访者：报京那家，藏族画匠{{minority/tibetan:洛绒登巴}}。他爱人{{han:粟银妹}}精神残疾，管不了自己，我向{{trap/org:镇远县人民法院}}申请认定她无民事行为能力，指定{{minority/tibetan:洛绒登巴}}当监护人。开庭那天他穿了件藏袍来，法官问他懂不懂当监护人要做哪样，他讲懂，就是怕写字。法院还专门请了个懂藏话的翻译，是在凯里读书的学生。
访谈者：有撤销监护权的吗？
受访者：有一个苗寨的。娃娃的爹喝了酒就打娃娃，打断过一回胳膊。村里的儿童主任{{han:邰秀芝}}报的警，检察院的{{compound:公羊志诚}}支持起诉，我代理娃娃。这种案子最难的是娃娃不肯讲，怕他爹，又舍不得他爹，问一句哭一回，我们请心理老师陪着，前后谈了六回。法院撤了他爹的监护权，指定外公{{han:石老根}}当监护人。法官问{{han:石老根}}有没有能力，他把存折拍在桌上，讲：“我养猪养得起。”后来那个娃娃见了我就喊{{trap/famous:包青天}}，我讲我不是，我就是个律师。
访谈者：这些案子收钱吗？
受访者：不收，援助中心报点车费。同事{{compound:赫连岱川}}跟我一起跑，所里的{{han:钮主任}}从来不扣我的时间。有时候一个案子跑下来，来回几百公里，油钱比报的多，我也不去算。
访谈者：文书里名字出过错吗？
受访者：出过。判决书草稿把{{spaced:托乎提尼亚孜 阿不都热合曼}}中间的点漏了，只留个空；把{{spaced:苏 布 达 高 娃}}一个字一个字隔开；还有把我写成{{spaced:万 俟 清 源}}的，{{spaced:司马 宏远}}也被拆成两截。错一个字，文书就要重打。
访谈者：您的联系方式？
受访者：我手机{{mobile@plus86spaced}}，援助中心{{trap/hotline:12348}}也找得到我。微信{{wechat:moqi_lawyer-kl}}，QQ{{qq:986305417}}。律所在{{address:凯里市北京东路金井大厦9楼903}}。{{han:石老根}}的身份证{{id_number@moldfw.522625}}，文书上都有。
访谈者：您觉得这些家庭最需要哪些法律上的帮助？
受访者：头一样是监护，娃娃跟哪个、哪个管钱，要讲清楚；第二样是钱，赔偿款、遗产、补助，莫让大人挪用了；第三样是身份，户口、身份证、名字，一样对不上，后头样样办不成。好多人觉得打官司丢人，其实法律是帮人的，{{trap/law:民法典}}、{{trap/law:未成年人保护法}}里头，哪条都是护着娃娃的。
访谈者：最后想说什么？
受访者：法律管得了钱，管不了心。这些娃娃能有个人守着，比哪样判决都要紧。我最佩服的，是{{han:纳孃孃}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1609,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout202",))


if __name__ == "__main__":
    main()
