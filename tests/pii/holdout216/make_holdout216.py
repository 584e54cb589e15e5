# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 216 (tests/pii/holdout216/H1713-H1720 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no gold string is taken from an earlier set (the build asserts that
no gold string equals a gold or trap string of an earlier answer_key.csv / traps.csv, or a name in names.csv, and
that no trap string was gold in an earlier set; set 217, written at the same time, is not an earlier set).

Set 216 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 松溪 (南平) and
周宁 (宁德), Fujian: a Kham Tibetan mother from 理塘 in a wheelchair on a tea slope of 郑墩镇, her Han husband killed
cutting bamboo (H1713); a Uyghur father from 伽师 baking naan at a stall in 狮城镇, his wife disabled by heart
disease (H1714); a Hui grandmother from 同心 selling 油香 in 松源镇 and raising her dead son's two children, their Han
mother gone (H1715); a Mongolian mother from 乌审旗 in the mushroom sheds of 咸村镇, her husband mentally ill
(H1716); the She 儿童主任 of a hill village of 礼门乡 on the path between the houses she visits (H1717); the Han
social-assistance clerk of the 松溪 civil-affairs bureau on names and numbers that do not match (H1718); the Han
women's-federation officer of 浦源镇, with a Uyghur mother who left a violent Han husband (H1719); and the Han
bookkeeper of a mushroom cooperative of 咸村镇 on the papers of his workers' children (H1720).

What it stresses, in a mix rather than one trick, with Han names a little over half of the persons:
* names alone and with titles and kin words (游秋禾老师, 葛金秀嬢嬢, 阮德昌医生; the span is the name only) and a
  surname with only a title or kin word, annotated whole (卓书记, 孔队长, 虎奶奶, 柳阿婆, 管老师, 危医生, 范局, 黄所,
  缪主席, 阙会计, 葛教导, 缪校长, 蓝婆, 练哥); local nicknames annotated whole (龚老幺, 芸妹, 阿恒);
* forms of address made from non-Han names, category minority (老翁 for 降措翁姆, 洪老板 for 毛拉洪, 小扎提, 米合,
  拥拥, 麦丫, 乌姐, 兰巴郎) and short forms (沃色, 孜芭, 奥尤, 林花, 拜旦, 再乃普);
* a Han surname before a non-Han given name (魏沃色, 虎哲拜尔, 奇图布升, 海阿蒂勒, 郑努尔兰, 郑祖拜旦) beside the
  Han-style names of the same families (魏子骞, 虎子涵, 奇振峰, 海沐阳: category han);
* Uyghur given name + father's name with ·, ‧, ・, a full stop or nothing between (毛拉洪·阿布都拉,
  伊力扎提‧毛拉洪, 米合日班・毛拉洪, 米合日班.毛拉洪, 艾尔肯托合提, 再乃普依明) and with spaced dots (毛拉洪 · 阿布都拉,
  再 乃 普 · 依 明);
* names spaced out character by character in half- and full-width spaces (降 措 翁 姆, 孜 芭 古 莉, 奇 图 布 升,
  颛　孙　晨　曦, 东　方　婉　仪, 奥 尤 格 日 勒, 闻　人　秀　禾) and names split in two (泽郎 沃色, 敖斯尔 吉日嘎拉,
  奥尤　格日勒, 虎 哲拜尔, 门 慧敏), in forms, rolls, a chat nickname, a school uniform, a payroll export;
* compound surnames after ordinary words (社工上官砚池, 大学生叫钟离晴岚, 律师诸葛桐荫, 信息员司空青禾, 柜员颛孙晨曦,
  社长万俟德厚, 出纳闻人秀禾 ...);
* surnames and given characters that are ordinary or grammar words, next to grammar words, particles, pronouns and
  verbs (从玉兰从县里, 来春梅来了, 缪又晴又, 雷得旺把, 柳正英正在, 再乃普再苦, 让珠拉措让人, 揭春华却讲,
  揭招娣便, 来春梅都讲, 缪春妹她讲, 单晓晖他); names holding words with the same words near them as words (traps:
  钟灵芝 / 灵芝, 蓝小满 / 小满节气, 官正旺 / 当官, 应蓓蝶 / 应该, 单晓晖 / 单子, 于佩芝 / 于是, 门慧敏 / 门口,
  同晓雯 / 同学, 管晓娟 / 仓库管理, 闻人秀禾 / 新闻, 公羊晓帆 / 公羊, 东方婉仪 / 东方不亮西方亮, 奇图布升 / 奇怪,
  老翁 / 富翁, 洪老板 / 洪水);
* names at the very start or end of a line (the last line of H1713 ends on 暨美兰 with no stop), and names inside
  organisation-like phrases where the name is the person's (詹茂青家庭农场, “毛拉洪新疆烤馕”, “肖木生菇场”);
* rare surnames of the region (缪, 暨, 阙, 詹, 练, 危, 揭, 佘, 游, 卓, 龚) and She surnames (雷, 蓝, 钟);
* numbers and accounts written the many ways people do (IDs plain, grouped 6 4 4 4, 3 3 3 3 3 3, 6 8 4 spaced or
  hyphenated, full-width, with an X; mobiles in thirteen shapes; QQ numbers of 8-10 digits, some full-width; WeChat
  ids with underscores, hyphens and a wxid_).

Markup, number shapes, the checks and the counts: tests/pii/_setkit.py (MARK, marked_item, build).
Rebuild (deterministic): python tests/pii/holdout216/make_holdout216.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(216_2026_1207)
MINORITY_GROUPS = ('tibetan', 'uyghur', 'hui', 'mongolian')
# Floors from the brief.
GROUP_FLOORS = {"tibetan": 10, "uyghur": 10, "hui": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "156", "159", "170", "178", "180", "183", "186", "188",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1713: Kham Tibetan mother from 理塘 in 郑墩镇 (松溪), in a wheelchair since a fall on the tea slope; her Han
# husband was killed cutting bamboo; a son and a daughter.
DOCS["H1713"] = ("family", """\
访谈者：阿姐，您是从四川嫁过来的？
受访者：甘孜{{trap/place:理塘}}的。我叫{{minority/tibetan:降措翁姆}}，村里人念不来，都喊我{{minority/tibetan:老翁}}，好些人还当我姓翁，我又不是什么{{trap/word:富翁}}。
访谈者：怎么到松溪来的？
受访者：我男人{{han:魏承钧}}以前在{{trap/place:康定}}收虫草，到我们草原上认得的。他是{{trap/place:郑墩镇}}人，家里有几亩茶山，我跟他回来十一年了。刚来的时候一句汉话都讲不全，买盐都要比划。
访谈者：家里现在是什么情况？
受访者：前年秋天他上山砍毛竹，竹子弹回来打在头上，人没救过来。竹山的老板只赔了两万，讲是他自己不小心。那年春天我摘茶从坡上滚下去，伤了腰，下半身没知觉，现在坐轮椅。屋里就我跟两个娃娃。
访谈者：孩子们多大？
受访者：儿子十一岁，户口上叫{{han:魏子骞}}，藏名{{minority/tibetan:泽郎沃色}}，是他舅舅起的。学校花名册写成{{minority/tibetan:魏沃色}}，同学都喊他{{minority/tibetan:沃色}}，在{{school:松溪县郑墩中心小学五年级（2）班}}。女儿六岁，叫{{han:魏云朵}}，藏名{{minority/tibetan:降拥志珍}}，在{{school:郑墩镇中心幼儿园大二班}}。我喊她{{minority/tibetan:拥拥}}，她最黏哥哥，哥哥去哪她跟到哪。
访谈者：平时谁照顾谁？
受访者：讲是我带娃娃，其实是娃娃带我。儿子早上烧水热饭，给妹妹扎辫子，推我到门口晒太阳，才去上学。中午学校管一顿饭，晚上回来他先看我，再写作业。他爷爷{{han:魏传福}}住坡下，七十六了，也就能帮着摘点茶。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:暨美兰}}，给两个娃娃报了困境儿童，每人每月{{trap/number:六百八}}。我有低保，还有残疾人两项补贴。县民政局的{{han:练书恒}}来核过，讲我是一级，护理补贴拿高档。表上的字我认不全，{{han:暨美兰}}就一行一行念给我听。村委会的{{han:卓书记}}叫人在门口砌了个坡，轮椅推得出去了。乡卫生院的{{han:阮德昌}}医生每礼拜来一趟，看我的褥疮。社工{{compound:上官砚池}}教儿子做作业，她带来的大学生叫{{compound:钟离晴岚}}，陪女儿画画。
访谈者：孩子在学校怎么样？
受访者：数学好，作文写不长。班主任{{han:游秋禾}}老师讲，他作文里写的都是草原，写牦牛写得最好。{{han:游秋禾}}还给他找了件厚棉袄，说是外甥穿不下的。有个同学叫他“{{trap/word:藏獒}}”，被体育老师{{han:危振邦}}骂了一顿，{{han:危振邦}}还让他进了校篮球队，他个子高，投篮准。
访谈者：他心里的事跟您讲吗？
受访者：不大讲。他爸走的那天他没哭，办完事一个人跑到竹林里坐到天黑。后来{{compound:上官砚池}}带他去看心理老师，他画了好多画，画里都是一个大人牵着一个娃娃。我看了心里难受，又不晓得怎么跟他讲。
访谈者：茶季的时候怎么办？
受访者：清明前后最忙，我坐在轮椅上挑茶梗，一天能挑二十斤。儿子放学就上山帮他爷爷采，手被茶枝划得一道一道的。今年{{trap/org:郑墩镇茶叶协会}}收了我们的干茶，价钱给得公道。炒茶的手艺是我男人教的，他讲杀青要看叶子的颜色，我现在闭着眼都晓得火候。等女儿大一点，我也教她。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/tibetan:让珠拉措}}让人捎话来，讲莫想家，把娃娃带好。她在理塘，七十多了。哥哥{{minority/tibetan:四郎翁修}}在{{trap/place:毛垭坝}}放牛，每年托人寄{{trap/minority_word:牦牛肉干}}和{{trap/minority_word:糌粑}}来。阿哥讲等我腰好了接我回去，可我腰好不了，娃娃也离不开这边的学校。
访谈者：在这边过得惯吗？
受访者：头几年不惯，这边湿，夏天闷得喘不过气。现在会讲几句松溪话了，还学会了炒茶。坡下的{{han:葛金秀}}嬢嬢常来陪我坐，我给她唱{{trap/minority_word:锅庄}}的调子，她听不懂也拍手。晚上我给{{minority/tibetan:沃色}}念{{trap/famous:仓央嘉措}}的诗，“借我白鹤的翅膀”，他讲放暑假要飞回理塘看外婆。
访谈者：钱够用吗？
受访者：紧。茶山租给了{{han:詹茂青}}家庭农场，一年一千五。尿不湿一个月两百多，药另算。去年儿子得肺炎，是社工帮我在{{trap/org:松溪县医院}}办的住院，押金也是她先垫的。
访谈者：登记信息请您说一下。
受访者：家在{{address:松溪县郑墩镇双源村后垅12号}}，老家是{{address:理塘县禾尼乡德西村三组6号}}。我身份证{{id_number@wy1986quad.513334}}，儿子的{{id_number@my2014.350724}}。电话我念，{{mobile@s434}}。微信是{{han:暨美兰}}帮我开的，叫{{wechat:Wangmo_Litang}}。儿子的QQ，等一下，他写在篮球上了，{{qq:７０３５１８２６４}}。
访谈者：各种单子上名字写得对吗？
受访者：乡里发慰问金的签收单，我的名字印成{{spaced:降 措 翁 姆}}，儿子是{{spaced:泽郎 沃色}}。他自己写作业本封面，一个字空一格，写{{spaced:魏　沃　色}}。
访谈者：您最想说什么？
受访者：这两年最想谢的人，是{{han:暨美兰}}
""")

# H1714: Uyghur father from 伽师 who bakes naan at a stall in 狮城镇 (周宁); his wife is disabled by heart disease;
# three children.
DOCS["H1714"] = ("family", """\
访谈者：大哥，这个烤馕摊摆了几年了？
受访者：六年了。我叫{{minority/uyghur:毛拉洪·阿布都拉}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。周宁人念不顺，菜市场的人都喊我{{minority/uyghur:洪老板}}，好多人以为我姓洪。
访谈者：怎么到周宁来的？
受访者：表哥{{minority/uyghur:托乎提江}}先在{{trap/place:宁德}}卖干果，讲这边山里冷，人爱吃热乎的。我就跟老婆{{minority/uyghur:孜芭古莉}}过来了，在{{trap/place:狮城镇}}租了个门面。摊子上挂的牌子是“{{minority/uyghur:毛拉洪}}新疆烤馕”，馕坑是我自己拿黄泥糊的，头一个月烤糊了一半，隔壁修鞋的{{han:龚老幺}}天天来买糊的，讲糊的香。
访谈者：嫂子现在身体怎么样？
受访者：心脏不好，前年开了刀，走几步就喘，评了二级残疾。{{minority/uyghur:孜芭}}她以前揉面比我快，现在面盆都端不动，一天吃五样药。两项补贴是{{trap/org:周宁县残联}}的{{han:孔令檀}}上门办的，两样加起来两百出头。
访谈者：孩子们呢？
受访者：三个。大的儿子{{minority/uyghur:伊力扎提·毛拉洪}}，十二岁；老二是女儿，{{minority/uyghur:米合日班・毛拉洪}}，九岁；小的{{minority/uyghur:吾卜力喀斯木}}才四岁。学校系统里名字太长，女儿的点被打成了句号，{{minority/uyghur:米合日班.毛拉洪}}。老师图省事，喊大的{{minority/uyghur:小扎提}}，喊女儿{{minority/uyghur:米合}}。大的在{{school:周宁县狮城第二小学六年级（4）班}}，女儿在同一个学校读三年级。
访谈者：家里这情况，谁在帮？
受访者：社区的儿童主任{{han:汤慧琳}}，三个孩子的困境儿童都是她跑下来的。{{han:汤慧琳}}讲我们算重残家庭，孩子每人每月都有一点。她把表拿回去，又跟{{han:孔令檀}}对了一遍，才交到县里。镇妇联的{{han:缪亦芸}}来过两回，给我老婆找了个在家串珠子的活，一天能挣二三十。社工{{compound:端木栖梧}}礼拜六来带孩子读书，支教老师{{compound:宇文乐晨}}教大的弹吉他。
访谈者：孩子们在学校怎么样？
受访者：大的脾气倔，刚来的时候同学喊他“{{trap/minority_word:巴郎子}}”，他以为是骂人，跟人打了一架。班主任{{han:吴筱蔓}}把两个都叫到办公室，问清楚了，跟全班讲巴郎子就是男孩子的意思。{{han:吴筱蔓}}老师后来让他上台讲新疆，讲{{trap/famous:阿凡提}}骑毛驴，全班笑翻了。女儿乖，{{minority/uyghur:米合}}跟同桌{{han:缪芷汀}}好得跟姐妹一样，两个人换着吃饭盒。
访谈者：一天怎么过？
受访者：早上四点起来揉面，六点头一炉出坑，赶早市。大的放学来摊上帮我收钱，算账比我快。女儿回家给她妈倒水、数药片。小的就在摊子边上玩面团，捏成小羊。晚上九点收摊，回去还要发第二天的面。周宁冬天冷，山上下霜，手上裂口子，抹了药照样揉。
访谈者：生意怎么样？
受访者：冬天好，夏天差。周宁高，夏天凉快，来{{trap/place:九龙漈}}看瀑布的游客多，可游客不爱吃馕。前年发{{trap/word:洪水}}，摊子冲走了，城管的{{han:孔队长}}帮我捞回来一个炉子。房东{{han:缪春妹}}听说我老婆开刀，三个月没收房租，{{han:缪春妹}}她讲，娃娃先要吃饱。
访谈者：嫂子的病在哪里看？
受访者：在{{trap/org:宁德市医院}}开的刀，主刀的是{{han:郑铭远}}医生。手术费报了一大半，剩下的是{{compound:申屠岱宗}}律师帮我们申请的大病救助。{{han:郑铭远}}讲药还要吃三年，一个月复查一回，来回车费都是钱。
访谈者：老家还有人吗？
受访者：阿妈在伽师，七十一了，一个人守着果园。妹妹{{minority/uyghur:努尔比亚·阿布都拉}}嫁在{{trap/place:阿图什}}，每年{{trap/minority_word:肉孜节}}寄一箱{{trap/minority_word:巴旦木}}来。表哥会弹{{trap/minority_word:都塔尔}}，过节就来店里弹，小儿子跟着扭，周宁的老人都围过来看。
访谈者：孩子们还会讲维吾尔语吗？
受访者：大的会讲，女儿听得懂讲不全，小的只会讲周宁话。我晚上教他们认字母，大的嫌烦，讲学校作业都写不完。我跟他讲，你爷爷的名字、你的名字都是这个字写的，不认得，回了老家亲戚问你，你答不上来。他就不吭声了，拿个本子跟着描。过节打电话回去，女儿用周宁话跟外婆讲，外婆一句听不懂，笑得直拍腿。
访谈者：登记的信息请您讲一下。
受访者：店在{{address:周宁县狮城镇龙山路菜市场东门3号}}。我的身份证{{id_number@my1985fwspaced.653129}}，女儿的{{id_number@wy2016tri.653129}}。我电话{{mobile@fullwidth}}，{{han:汤慧琳}}的{{mobile@s38}}。微信{{wechat:Mollahun_nang88}}。大的QQ是{{qq:1946203857}}，他天天在上面问我收摊没有。
访谈者：表上的名字对得上吗？
受访者：对不上。低保表打出来，我是{{spaced:毛拉洪 · 阿布都拉}}，点两边各空一格；女儿的奖状上写{{spaced:米 合 日 班}}，老婆的病历上是{{spaced:孜 芭 古 莉}}；大的医保卡成了{{minority/uyghur:伊力扎提‧毛拉洪}}，点是歪的。写哪样都是我们，可人家机器不认。
访谈者：您最盼什么？
受访者：盼老婆的病稳住，三个娃娃把书念好。等{{minority/uyghur:小扎提}}考上大学，我带全家回伽师，给阿妈磕个头。
""")

# H1715: Hui grandmother from 同心 raising in 松源镇 (松溪) the two children of her son, who died on a mountain road;
# their Han mother left.
DOCS["H1715"] = ("family", """\
访谈者：奶奶，您是从宁夏来的？
受访者：{{trap/place:同心}}的。我叫{{han:虎凤霞}}，经名{{minority/hui:赫黛捷}}。这边人都喊我{{han:虎奶奶}}，娃娃们的同学喊，卖菜的也跟着喊。
访谈者：怎么到松溪来了？
受访者：儿子{{han:虎永胜}}，经名{{minority/hui:萨迪戈}}，早年跟着老乡在{{trap/place:松源镇}}开拉面馆，娶了本地的媳妇{{han:柳淑琴}}。前年冬天他开车去{{trap/place:建瓯}}拉牛肉，山路上翻了车，人就没了。
访谈者：孩子妈妈呢？
受访者：{{han:柳淑琴}}她办完丧事第二年就走了，说去{{trap/place:厦门}}打工，电话换了，再找不着。两个娃娃撂下了，我就从同心下来了。那是我头一回坐火车，坐了两天一夜，下了车满耳朵都是听不懂的话。
访谈者：孩子们多大？
受访者：孙子{{han:虎子涵}}十岁，长得{{trap/word:虎头虎脑}}，经名{{minority/hui:哲拜尔}}。去年带他去{{trap/org:福州清真寺}}，阿訇登记的时候连着姓写成{{minority/hui:虎哲拜尔}}。孙女{{han:虎欣妍}}七岁，经名{{minority/hui:麦穆娜}}，我喊她{{minority/hui:麦丫}}。哥哥在{{school:松溪县实验小学四年级（3）班}}，妹妹在镇上读一年级。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:从玉兰}}，她{{trap/word:从小}}在这条街长大，哪家的事都晓得。{{han:从玉兰}}从县里拿回表，一样一样帮我填，两个娃娃报了事实无人抚养，每人每月{{trap/number:一千二百六}}。县民政局的{{han:练书恒}}上门核过两回，讲奶奶你岁数大了，监护人就是你。律师{{compound:诸葛桐荫}}帮我去法院办了指定监护，没收一分钱。社工{{compound:南宫澄碧}}每月来一回，给孙子补英语，还教我用手机看补助到没到。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:哲拜尔}}不爱讲话，他阿大走了以后更闷。班主任{{han:季婉宁}}老师心细，让他当{{trap/word:图书管理员}}，他现在爱看书了，一个礼拜借三本。学校食堂有大肉，{{han:季婉宁}}跟校长讲了，给他单打素菜，再加个蛋。丫头胆子大，上台唱歌，音乐课的{{han:管老师}}夸她嗓子亮。
访谈者：学校开家长会您去吗？
受访者：去。我听不全，就坐在后头。{{han:季婉宁}}老师散了会单独跟我讲，讲得慢，一句一句地讲。孙子看见我坐在一堆年轻爸妈中间，脸红了，回家跟我讲奶奶你以后别去了。我讲不去不行，你爸不在，你妈不在，奶奶就是你家长。后来他自己跟老师讲，以后家长会的话他回家念给奶奶听。
访谈者：孙女呢？
受访者：丫头爱笑，{{han:来春梅}}都讲她是这条街的开心果。她在学校学会了讲松溪话，回家跟我讲，我一句听不懂，她就笑我，笑完了再用同心话讲一遍。
访谈者：您一个人带两个，吃得消吗？
受访者：吃不消也得吃。我六十八了，腿有风湿，早上四点起来炸{{trap/minority_word:油香}}，拿到菜市场门口卖，一天挣几十块。隔壁的{{han:来春梅}}来帮我看摊，{{han:来春梅}}来了我才能去接娃娃。卖牛肉的{{minority/hui:哈米黛}}是临夏人，每个礼拜给我留两斤好肉，钱不肯多收。松溪雨多，一下就是半个月，油香卖不掉，我就送给街坊。
访谈者：身体还撑得住吗？
受访者：血压高，去年在摊子上晕过一回，是{{han:来春梅}}叫的车。医生讲要歇，我说歇了娃娃吃啥。后来社区给我办了慢病卡，药便宜了一半。我最怕的不是病，是哪天我走了，两个娃娃交给谁。
访谈者：老家还有亲人吗？
受访者：我妹子{{minority/hui:罕莉玛}}在同心，她男人{{han:撒正海}}开三轮。{{minority/hui:罕莉玛}}讲，姐你回来吧，可娃娃的学籍、户口都在这边了，回去还得从头来。我没念过书，给娃娃们讲{{trap/famous:马本斋}}打鬼子，孙子听得眼睛发亮。
访谈者：孩子问过妈妈吗？
受访者：{{minority/hui:麦丫}}问过，问妈妈是不是不要我们了。我说不是，你妈在外头挣钱。晚上她抱着她妈留下的一件毛衣睡。孙子不问，他讲他阿大临走前交代过，要听奶奶的话。
访谈者：节日怎么过？
受访者：{{trap/minority_word:开斋节}}我炸一锅馓子，给{{han:从玉兰}}、{{han:来春梅}}、邻居家都送一盘。{{han:柳淑琴}}的娘{{han:柳阿婆}}也住松溪，隔一阵来看外孙，提一捆{{trap/word:百年蔗}}。她讲她女儿对不住我，我讲莫说了，娃娃是两家的。
访谈者：登记信息请您讲一下。
受访者：住在{{address:松溪县松源镇中山街解放巷7号}}，老家{{address:同心县预旺镇南关村四组21号}}。我身份证{{id_number@wold.640324}}，孙子的{{id_number@my2015hyphen.350724}}。我的电话{{mobile@h38}}，{{han:从玉兰}}的{{mobile@p86n}}。孙子拿我手机开了个微信，叫{{wechat:hu_zhebaier15}}。学校让注册QQ交作业，他的号码是{{qq:48120397}}。
访谈者：您会写自己的名字吗？
受访者：孙子教的。一笔一划，写出来是{{spaced:虎　凤　霞}}，中间空得老大。法院那张纸上，孙子的名字是{{spaced:虎 哲拜尔}}，孙女是{{spaced:麦 穆 娜}}。
访谈者：您最盼什么？
受访者：盼孙子考上大学，丫头平平安安长大。我闭眼前，想把两个娃娃交到一个靠得住的人手里。
""")

# H1716: Mongolian mother from 乌审旗 who works in the mushroom sheds of 咸村镇 (周宁); her husband has been mentally
# ill since a night in a shed; a son and a daughter.
DOCS["H1716"] = ("family", """\
访谈者：大姐，您在菇棚里干了多久了？
受访者：四年了。我叫{{minority/mongolian:奥尤格日勒}}，老家{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}。菇棚的姐妹叫不全，都喊我{{minority/mongolian:奥尤}}，年纪小的喊{{minority/mongolian:乌姐}}。
访谈者：怎么从内蒙古到周宁来的？
受访者：我男人{{minority/mongolian:敖斯尔吉日嘎拉}}，身份证上叫{{han:奇振峰}}，以前在{{trap/place:毛乌素}}边上种沙柳。后来跟一个福建老板学种香菇，老板讲周宁山高水冷，菇长得好，我们就搬到{{trap/place:咸村镇}}来了。
访谈者：他现在……
受访者：前年他在菇棚里守了一夜炭火，第二天人就糊涂了，后来查出来是精神上的病，时好时坏，残疾证是二级。好的时候能帮着翻菌棒，坏的时候一个人坐着，谁喊都不应。他以前多能干的一个人，一个人能扛两袋料。
访谈者：您上工的时候，他谁看着？
受访者：锁在屋里不行，带到棚里也不行，他会乱走。后来{{han:肖细凤}}帮我找了村里的一个老人，每天陪他坐半天，一个月给三百，从补助里出。他好的时候跟那个老人下象棋，下输了就笑，笑起来跟以前一个样。晚上女儿给他唱歌，他跟着哼两句蒙古调子，眼睛就湿了。
访谈者：孩子呢？
受访者：儿子{{minority/mongolian:图布升}}十三，花名册上跟他爸的姓，写成{{minority/mongolian:奇图布升}}，同学觉得{{trap/word:奇怪}}，老问他是不是外国人。他在{{school:周宁县第五中学七年级（3）班}}。女儿{{minority/mongolian:萨林花}}八岁，在村小读二年级，我们喊她{{minority/mongolian:林花}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:肖细凤}}，两个孩子都报了困境儿童，我男人两项补贴也有。合作社记账的{{han:阙鸿达}}讲我家难，让我按天算钱，家里有事随时走。菇棚门口挂着“{{han:肖木生}}菇场”的木牌子，老板就是他，把棚边一间屋让给我们住，不收钱，{{han:肖木生}}跟{{han:肖细凤}}是堂兄妹。县里派来的心理老师{{compound:拓跋晓月}}每月来看儿子，大学生志愿者{{compound:乐正书航}}礼拜天给女儿讲故事。
访谈者：菇棚里的活累吗？
受访者：累。装袋、接种、翻棒、采菇，一样都不轻。同一个棚的{{han:柳正英}}手最快，教了我半年我才学会接种。{{han:管晓娟}}她男人跑了，也是一个人带两个伢，我们两个换着班接孩子。她讲我们俩是一根藤上的两个苦瓜，我讲苦瓜也能结籽。
访谈者：孩子们在村里有朋友吗？
受访者：有。女儿跟{{han:肖细凤}}的孙女天天一起跳皮筋。儿子话少，只跟同桌{{han:卓子航}}玩，两个人礼拜天去溪边钓鱼，钓上来又放回去，讲鱼也有妈。
访谈者：儿子知道爸爸的病吗？
受访者：知道。他爸发病的时候把碗摔了，{{minority/mongolian:图布升}}把妹妹拉到外面，自己回来扫干净。班主任{{han:卓思韵}}老师讲他作文里写过一句，“我爸爸是一匹跑丢了的马”，{{han:卓思韵}}看了在办公室哭了。
访谈者：您一天挣多少？
受访者：平常一天一百二，出菇的时候一百五。菌棒半夜要起来翻，周宁的冬天跟我们那边不一样，湿冷，往骨头里钻。我男人的药一个月四百多，{{trap/org:周宁县医院}}的{{han:何秉钧}}医生讲一天都不能停。停了一回，他半夜跑到山上去，是{{han:肖木生}}打着手电找回来的。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/mongolian:其木德玛}}在乌审旗，放着几十只羊。我男人的哥哥{{minority/mongolian:阿迪雅苏隆}}每年卖了羊寄钱来，去年寄了八千。在福州念大学的一个乌审旗姑娘叫{{minority/mongolian:其勒莫格}}，放假来周宁看我们，帮我跟医生讲话，蒙古话翻成汉话。
访谈者：过得惯吗？
受访者：吃不惯，这边什么菜都放糖。过年我煮{{trap/minority_word:手把肉}}，请菇棚的姐妹来吃，{{han:肖细凤}}的孙女一口气吃了三块。女儿在学校表演拉{{trap/minority_word:马头琴}}，其实是音乐老师{{han:孙蔚然}}借的二胡，她装着拉。我给儿子讲{{trap/famous:嘎达梅林}}，他讲长大要当警察。女儿想回内蒙古，讲草原上没有菇棚，不用半夜起来；儿子不讲，他怕他爸听见难受。礼拜天我带他们去{{trap/place:鲤鱼溪}}喂鱼，{{minority/mongolian:林花}}讲这里的鱼比我们那的羊还胖。
访谈者：登记的信息请您说一下。
受访者：住在{{address:周宁县咸村镇洋中村菇棚边2号}}，老家{{address:乌审旗嘎鲁图镇巴音温都尔嘎查三社8号}}。我的身份证{{id_number@wy1988fwhyphen.150626}}，电话{{mobile@p86h}}，微信{{wechat:Oyungerel_xiancun}}。儿子的QQ他自己报给我，我存在手机里叫“儿子QQ”：{{qq:3051968247}}。
访谈者：各处的名字写得对吗？
受访者：儿子的校服背后印名字，印厂一个字一个字隔开，成了{{spaced:奇 图 布 升}}。我男人的残疾证上断在了中间，{{spaced:敖斯尔 吉日嘎拉}}。菇棚的排班表上，我是{{spaced:奥尤　格日勒}}。
访谈者：以后打算怎么办？
受访者：等孩子们大了，回乌审旗。儿子想去看看他爸种过沙柳的地方，我答应他了。
""")

# H1717: She 儿童主任 of 岭头村, a hill village of 礼门乡 (周宁), talking on the path between the houses she visits.
DOCS["H1717"] = ("staff", """\
访谈者：钟主任，山路这么陡，您天天这样走？
受访者：走惯了。我叫{{han:钟灵芝}}，畲族，在{{trap/place:礼门乡}}岭头村当儿童主任第五年。我们村种{{trap/word:灵芝}}的多，我爸起这个名，图个好养活。村子散，十几个自然村挂在山上，最远的一户要走一个多钟头。年轻人都下山打工了，留下的是老人跟孩子。走，先去{{han:雷炳钧}}家。
访谈者：他家什么情况？
受访者：{{han:雷炳钧}}七十一，也是畲族，儿子前年在{{trap/place:福安}}工地上摔死了，媳妇回了娘家就没再回来。孙子{{han:雷得旺}}十岁，报了事实无人抚养，每月{{trap/number:一千一百五}}。他得了三张奖状，贴在灶屋墙上。老人家养了两只{{trap/word:公羊}}，讲是给孙子攒学费的。
访谈者：前面那户呢？
受访者：那是{{han:缪又晴}}家。{{han:缪又晴}}又考了全班第一，九岁，在{{school:礼门中心小学三年级（1）班}}。她爸{{han:缪国栋}}贩毒，在{{trap/place:福州}}坐牢，判了七年，她妈改嫁了，她跟着奶奶{{han:佘桂莲}}过。服刑人员子女补助是我去年帮她办下来的。奶奶不识字，手机上的短信都喊我去念。
访谈者：您跟这些孩子平时怎么联系？
受访者：村里拉了个群，大点的孩子都在。{{han:雷得旺}}把昵称改成了{{spaced:雷 得 旺}}，讲这样好看。{{han:缪又晴}}用奶奶的手机，群里显示“{{han:佘桂莲}}”，其实是她本人在讲话。晚上群里最热闹，谁家停电了，谁家奶奶摔跤了，我都是从群里晓得的。
访谈者：坡上那户呢？
受访者：{{han:蓝小满}}家。她是{{trap/word:小满节气}}那天生的，所以叫这个。她妈{{han:蓝玉凤}}前年中风，半边身子不能动，她爸{{han:官正旺}}在山下砖厂，一个人挣钱养一家。{{han:官正旺}}讲，他这辈子{{trap/word:当官}}是没指望了，只盼女儿读出书。孩子读五年级了，她妈的两项补贴和她的困境儿童都办下来了。
访谈者：这些事您一个人跑得过来吗？
受访者：跑不过来也要跑。乡民政的{{han:揭春华}}跟我讲过，山里的孩子靠两条腿找。驻村干部{{compound:左丘淑贞}}帮我跑县里，镇上的社工{{compound:鲜于嘉禾}}一个月来一回，还有个年轻社工叫{{compound:公羊晓帆}}，会拍照片，给孩子们办了个摄影班。卫生院的{{han:危医生}}每季度上山一回，给老人孩子量血压、测视力。
访谈者：办补助难不难？
受访者：材料多。{{han:雷炳钧}}不识字，户口本又丢了，我跑去问{{han:揭春华}}怎么办，{{han:揭春华}}却讲先把孩子的钱报上去，户口本后补。那一回我才晓得，规矩是死的，人是活的。
访谈者：孩子们最缺的是什么？
受访者：缺人陪。吃穿现在不太愁，补助到了，学校也管饭。可放了学回家，屋里只有一个耳朵背的老人，作业没人看，心里话没人讲。有个男孩半年没开口，老师以为他哑了，后来是社工陪他放了一个下午的牛，他才开口，讲的头一句是想他妈。
访谈者：学校那边跟您配合吗？
受访者：配合。中心小学的{{han:缪校长}}每个月给我打一回电话，讲哪个孩子瘦了，哪个孩子作业老不交。住校的孩子礼拜五下午放学，山路远，天黑得早，我就在村口那棵大{{trap/word:柳杉}}底下等，等齐了一起往上走。冬天山上结冰，我男人骑摩托车一趟一趟往上送，一个冬天磨坏了两个轮胎。
访谈者：畲族的孩子有什么不一样吗？
受访者：没什么不一样，就是过{{trap/minority_word:三月三}}。那天我蒸一锅{{trap/minority_word:乌米饭}}，给这几户孩子一家送一碗。{{han:蓝玉凤}}病了以后唱不了{{trap/minority_word:畲歌}}了，{{han:蓝小满}}就学着唱给她听，唱跑调了，她妈笑得直流眼泪。我跟孩子们讲{{trap/famous:戚继光}}在宁德打倭寇，男孩子听得最起劲。
访谈者：您自己家呢？
受访者：我男人{{han:雷仁贵}}在{{trap/place:纯池镇}}开货车，儿子在县城读高中。有时候晚上九点才回到家，饭都是冷的。可这些孩子没人跑，钱就下不来。{{han:雷炳钧}}上个月发烧，是我跟{{compound:公羊晓帆}}把他背下山的。
访谈者：孩子们的材料您是怎么存的？
受访者：本子上一户一页。{{han:雷得旺}}的身份证{{id_number@my2015fw.350925}}，{{han:佘桂莲}}的{{id_number@wmidx.350925}}，尾巴是个叉。{{han:雷炳钧}}家住{{address:周宁县礼门乡岭头村下厝18号}}，电话{{mobile@plus86}}；{{han:官正旺}}家住{{address:礼门乡岭头村上坪自然村4号}}，电话{{mobile@hyphen}}。我的微信{{wechat:zhonglz-lingtou}}。{{han:缪又晴}}有个QQ，她讲班上都用这个交作业，号码{{qq:２９１７０４６３５８}}。
访谈者：本子上的名字有写错的吗？
受访者：有。乡里打印的花名册，{{spaced:蓝　小　满}}三个字隔得老开，社工的名字也印成了{{spaced:鲜 于 嘉 禾}}。我拿红笔一个个圈出来，送回去改。
访谈者：最后还想说什么？
受访者：盼路修好一点。下雨天这条坡滑，{{han:蓝小满}}去年摔破了膝盖，还是{{han:官正旺}}从砖厂跑回来抱下去的。
""")

# H1718: Han social-assistance clerk of the 松溪 county civil-affairs bureau, on names and numbers that do not match.
DOCS["H1718"] = ("official", """\
访谈者：{{han:练哥}}，您在民政局具体管什么？
受访者：社会救助股，低保、特困、临时救助，困境儿童的钱也从我手上过。我叫{{han:练书恒}}，股里的老同志都喊我{{han:阿恒}}。
访谈者：一个月要核多少户？
受访者：全县困境儿童三百来个，系统就我一个人对。乡镇报上来，我核户籍、核收入、核车子房子，再跟{{trap/org:农业银行松溪支行}}对账。一个字对不上，钱就打不出去，退回来还得从头走一遍。月底那几天，我中午饭都是在电脑前吃的。
访谈者：最常出的错是什么？
受访者：名字。郑墩那个藏族阿姐{{minority/tibetan:降措翁姆}}，乡里录成{{spaced:降措 翁姆}}，中间多了个空格，银行就认不得。她儿子户口上是{{han:魏子骞}}，学籍上是{{minority/tibetan:魏沃色}}，还有个藏名，三个系统三个名字，我跑了两趟派出所才对上。还有一回把个男孩录成了女的，体检通知喊他去查妇科，他奶奶在电话里骂了我半个钟头。
访谈者：其他民族的呢？
受访者：松源镇的回族奶奶{{han:虎凤霞}}，有人把她的经名{{minority/hui:赫黛捷}}录进去，一查，查无此人。渭田镇有户新疆来的，户主{{minority/uyghur:艾尔肯・托合提}}，系统不认那个点，录成了{{minority/uyghur:艾尔肯托合提}}；他女儿{{minority/uyghur:麦赫丽娅}}又被录成{{spaced:麦 赫 丽 娅}}，一个字一个格。
访谈者：汉族孩子的名字也出错吗？
受访者：也出。{{trap/place:溪东乡}}有个女孩叫{{han:应蓓蝶}}，爸爸吸毒被强戒，妈妈跑了。系统里{{trap/word:应该}}是蝴蝶的蝶，录成了叠被子的叠，三个月的钱卡着。花桥乡的{{han:单晓晖}}更麻烦，单位开的{{trap/word:单子}}上，姓被念成单双的单，其实念善。{{han:单晓晖}}他奶奶跑到局里来哭，分管的{{han:范局}}亲自给银行打的电话。
访谈者：这些孩子是怎么发现的？
受访者：靠乡镇的儿童主任。郑墩的{{han:暨美兰}}、松源的{{han:从玉兰}}，这两个最细，{{han:暨美兰}}连孩子哪天发烧都记在本子上。股里的{{compound:梁丘晓雨}}专门跑农村，信息员{{compound:司空青禾}}管录系统，她手快，就是一天下来眼睛发花。银行那边对接的是柜员{{compound:颛孙晨曦}}，也是个细心人。
访谈者：钱是怎么定的？
受访者：散居孤儿一个月{{trap/number:一千二百五十元}}，事实无人抚养的跟散居孤儿一个标准。服刑人员子女看家里情况，残疾的另有两项补贴。一个季度核一回，满十八岁就停，考上大学的转到助学那边。
访谈者：有没有特别难办的？
受访者：有。{{trap/place:祖墩乡}}的{{han:于佩芝}}，十四岁，在{{school:松溪县第二中学八年级（5）班}}。她爸在外省服刑，妈妈病故，{{trap/word:于是}}跟着外婆{{han:揭招娣}}过。外婆户口在浦城，孩子户口在松溪，两边都讲不归自己管。我跟{{trap/org:浦城县民政局}}打了十几个电话，最后各退一步，先发钱，后补材料。那几个月，{{han:揭招娣}}便天天坐班车来问，一坐一个钟头，我给她倒杯茶，跟她讲走到哪一步了。
访谈者：孩子自己知道这些吗？
受访者：知道一点。有一回她自己坐班车到局里来，问我外婆的钱是不是被她拖累没了。我讲不是，是我们的手续慢。她站在走廊里不肯走，非要看一眼表上写的是不是她。我把屏幕转过去给她看，她看完才放心。那天下午我一个字都没录进去。
访谈者：有没有人冒领？
受访者：有过。前年查出来一户，孩子早跟妈妈去了{{trap/place:温州}}，爷爷还在领钱。我们没罚老人，讲清楚政策，把钱停了，把孩子转到那边的民政去。现在每半年跟教育、公安的数据比一回，学籍和户籍一对，孩子在不在一目了然。可比对只能看纸面，人在不在、过得好不好，还得靠乡镇的人一户一户去看。
访谈者：您自己下乡吗？
受访者：下。一个月至少跑两个乡。上个月去{{trap/place:茶平乡}}，那户的孩子看见公家的车就往山上跑，以为是来抓他爸的。我在门口坐了一个钟头，给他看我的工作证，他才肯下来。
访谈者：能给我们看一张表的格式吗？
受访者：你看，就这张。{{han:于佩芝}}，身份证{{id_number@wy2011quad.350724}}，住{{address:松溪县祖墩乡山下村三组14号}}，监护人{{han:揭招娣}}，电话{{mobile@plus86dash}}。
访谈者：系统里的名字您是怎么核的？
受访者：导出来一张一张看。有的名字一个字一个空，比方{{spaced:颛　孙　晨　曦}}，连我们自己人的名字都能录成这样；{{spaced:于 佩 芝}}、{{spaced:应 蓓 蝶}}也是，空格是从老系统带过来的。
访谈者：您自己怎么联系？
受访者：工作微信{{wechat:lianshuheng-mz}}，工作QQ{{qq:2803615947}}，乡镇的人都加了。群众有事也可以打{{trap/hotline:12349}}。
访谈者：干这个累吗？
受访者：累是累。我老家在{{trap/place:湛卢山}}脚下，小时候听老人讲{{trap/famous:欧冶子}}铸剑，一把剑要打三年。我们这个活也一样，急不得，一个字一个字地磨。说到底，这个钱是孩子的。
""")

# H1719: Han officer of the 浦源镇 (周宁) women's federation: a Uyghur mother who left a violent husband, a girl whose
# mother went away, and the women who help.
DOCS["H1719"] = ("official", """\
访谈者：{{han:缪主席}}，您在镇妇联多少年了？
受访者：七年了。我叫{{han:缪亦芸}}，在{{trap/place:浦源镇}}妇联，一个人兼几个口子，妇女儿童的事都找我。镇上的大姐们都喊我{{han:芸妹}}。
访谈者：最近跟的是哪几户？
受访者：头一户是新疆嫁过来的，{{minority/uyghur:再乃普·依明}}，伊犁人，在厦门打工认得了后洋村的{{han:郑德贵}}，嫁了过来。{{han:郑德贵}}喝了酒就动手，去年把她打进了医院。{{minority/uyghur:再乃普}}再苦也没回娘家，带着两个孩子搬了出来。离婚官司是县里的律师{{compound:东方婉仪}}帮着打的，一分钱没收。
访谈者：孩子们呢？
受访者：儿子{{minority/uyghur:郑努尔兰}}十一岁，女儿{{minority/uyghur:郑祖拜旦}}七岁，上学用的都是爸爸的姓。家里喊小名，{{minority/uyghur:兰巴郎}}、{{minority/uyghur:拜旦}}。儿子在{{school:浦源中心小学五年级（3）班}}，女儿刚上一年级。{{minority/uyghur:拜旦}}她刚来那阵不肯讲话，心理咨询师{{compound:宗政悦然}}陪了她一个学期，现在会跟同学抢秋千了。
访谈者：孩子们在学校受欺负吗？
受访者：刚来的时候有。有同学笑儿子的卷头发，他跟人打了一架，被班主任{{han:吴雅芙}}叫去谈话。{{han:吴雅芙}}问清楚了，没罚他，倒让全班写了一篇《我的同学来自远方》。现在他是班上的体育委员，跑步全镇第二。
访谈者：她们现在靠什么生活？
受访者：她在镇上的茶厂挑茶，一个月两千出头。我们帮她报了低保，两个孩子报了困境儿童，{{trap/org:春蕾计划}}给女儿资助了学费。她阿妈{{minority/uyghur:热依拉·买买提}}从{{trap/place:伊宁}}打来视频，每回都哭。她讲，{{trap/word:东方不亮西方亮}}，日子总要过下去。
访谈者：第二户呢？
受访者：第二户是个女孩，{{han:门慧敏}}，十三岁，妈妈生下她就走了，爸爸{{han:门建华}}在外地开挖机，一年回来一次。她跟着爷爷奶奶，奶奶瘫在床上。{{han:门慧敏}}每天放学在{{trap/word:门口}}等我，问我她妈有没有消息。她在{{school:周宁县第一中学初一（6）班}}，跟{{han:同晓雯}}是{{trap/word:同学}}，{{han:同晓雯}}她妈{{han:叶春燕}}常带她回家吃饭。
访谈者：她妈妈找到了吗？
受访者：找了两年，托了{{trap/org:宁德市妇联}}，又托了江西那边的派出所，去年总算有了个电话。她妈在{{trap/place:上饶}}又成了家，电话里哭，讲不敢回来。我没跟孩子讲全，只讲你妈还在，身体好。孩子听了，回家把她妈留下的一个发夹洗得亮亮的。
访谈者：妇联能帮到什么程度？
受访者：能帮的就是跑腿和撑腰。有打老婆的，我跟派出所的{{han:黄所}}一起上门；有孩子没人管的，我跟儿童主任一起去。县妇联的{{han:郭秀清}}给我们争取了一笔钱，给单亲妈妈办了个茶艺培训班，{{minority/uyghur:再乃普}}也去了，学得最快。我们还把{{trap/hotline:12338}}印在卡片上，发到每户人家。
访谈者：您自己觉得最难的是什么？
受访者：最难的是女人不敢讲。她头一回来找我，坐了半个钟头才开口。她讲在家乡女人也不兴讲这些，我讲这里也一样，可讲出来才有人帮。{{han:郑德贵}}后来被拘了十五天，出来以后写了保证书，再没敢去闹。
访谈者：还有别的户吗？
受访者：有，在{{trap/place:鲤鱼溪}}上头的村子，一个畲族老奶奶，我们都喊她{{han:蓝婆}}。儿子打架伤了人，关在里面，媳妇走了，三个孙子跟着她。{{han:蓝婆}}七十多了，还上山挖笋卖。老大今年初三，讲不读了，要出去打工养奶奶。我跟他班主任一起上门劝了三回，讲读完高中再讲，钱的事我们想办法。后来县里的助学金批下来了，他又回了学校。
访谈者：妇联平时还做些什么？
受访者：进村讲课，讲{{trap/word:反家暴法}}，讲怎么申请保护令。来听的多是老人，年轻的都在外头。我就把要点印成小卡片，塞在低保存折里，过年打工的回来，翻存折就能看见。
访谈者：登记的信息能说一下吗？
受访者：她们母子现在住{{address:周宁县浦源镇浦源村茶厂宿舍2栋103}}，她的身份证{{id_number@wy1989fwspaced.654002}}，电话{{mobile@plus86spaced}}，微信{{wechat:Zeynep_2013}}，儿子玩游戏的QQ是{{qq:3390418725}}。{{han:门慧敏}}的身份证{{id_number@wy2012spaced.350925}}，她爷爷的电话{{mobile@fws}}。{{han:门慧敏}}也有QQ，她讲想她妈的时候就在空间里写日记，号码{{qq:1730582946}}。我的工作微信{{wechat:wxid_p4mu7yfn2k}}。
访谈者：表上的名字写得对吗？
受访者：法院判决书上她的名字是{{spaced:再 乃 普 · 依 明}}，户籍那边又录成{{minority/uyghur:再乃普依明}}。律师的名字写成{{spaced:东　方　婉　仪}}，{{han:门慧敏}}的学籍卡上是{{spaced:门 慧敏}}。
访谈者：最后想说什么？
受访者：想说给那些不敢开口的女人听：先护住孩子，再护住自己。
""")

# H1720: Han bookkeeper of a mushroom cooperative in 咸村镇 (周宁), on the workers' children he does the papers for.
DOCS["H1720"] = ("staff", """\
访谈者：{{han:阙会计}}，合作社有多少工人？
受访者：常年的六十多，出菇季一百出头。我叫{{han:阙鸿达}}，在{{trap/org:周宁县菇源食用菌专业合作社}}记账九年了。工资表、社保、孩子的补助材料，都要从我手上过。我们这里海拔八百多米，夏天不热，种菇正合适，附近几个村的妇女差不多都在社里干过。
访谈者：合作社是怎么办起来的？
受访者：十几年前村里几户种菇的凑在一起，自己跑销路，跑到{{trap/place:古田}}，跑到{{trap/place:上海}}。那时候记账用的是小学生的练习本，一本记一年。后来政府扶持，建了冷库，有了烘干房，工人越来越多，外地来的也多了。
访谈者：工人里困难的多吗？
受访者：多。外地来的十几户。内蒙古的{{minority/mongolian:奥尤格日勒}}你们见过了，她男人{{minority/mongolian:敖斯尔吉日嘎拉}}病了以后，我跟社长{{compound:万俟德厚}}商量，让她按天算钱。工资表上她男人写的是汉名{{han:奇振峰}}，补助表上写蒙古名，我每次都要附个说明，证明是一个人。
访谈者：还有别的民族的工人吗？
受访者：有户回族的，宁夏{{trap/place:海原}}来的{{han:海占林}}，经名{{minority/hui:阿卜都瓦黑德}}，在冷库搬货。他老婆{{minority/hui:阿伊谢图}}腰不好，在家带孩子。儿子学名{{han:海沐阳}}，家里喊经名{{minority/hui:阿蒂勒}}，老师干脆连着姓叫他{{minority/hui:海阿蒂勒}}。{{han:海占林}}去年冬天在冷库滑倒摔断了腿，我帮他报了工伤，{{minority/hui:阿蒂勒}}就报了困境儿童。工伤那笔钱保险公司拖了半年，我跑了五趟宁德才要下来。
访谈者：本地工人呢？
受访者：本地的多是妇女。{{han:雷金兰}}是畲族，男人在牢里，两个孩子读书，服刑人员子女补助是我帮着填的表。{{han:柳正英}}正在棚里翻菌棒，你们进来看见的那个就是，男人瘫了，女儿{{han:柳欣悦}}读初二，成绩好得很。还有{{han:管晓娟}}，她男人跑了，一个人管两个伢，在社里做{{trap/word:仓库管理}}，手脚比男的还快。
访谈者：合作社怎么帮这些孩子？
受访者：社里每年拿两万块做助学金，开学的时候发。出纳{{compound:闻人秀禾}}管这笔钱，她以前在报社跑{{trap/word:新闻}}，账一笔一笔记得清清楚楚。驻社的社工{{compound:公良秋穗}}每礼拜来一回，给孩子们补课。内蒙古那家的儿子数学不好，{{compound:公良秋穗}}给他补了一学期，期末考了八十六。他妹妹跟{{han:柳欣悦}}学画画，两个人好得很。
访谈者：外地工人的孩子上学难吗？
受访者：开头难，要居住证，还要社保证明。我就挨个帮他们开证明，盖社里的章，写明在社里干了几年。{{han:海占林}}的儿子转学那回，我跟学校的{{han:葛教导}}跑了三趟，才把学籍转过来。现在好了，{{trap/org:周宁县教育局}}出了个文，外来务工人员的孩子就近入学，材料少了一半。
访谈者：孩子们放假去哪里？
受访者：暑假没人管，大人在棚里，孩子就在棚外头转。前年有个孩子掉进了蓄水池，幸好{{han:雷金兰}}听见喊，跳下去捞了上来。从那以后社里腾出一间仓库，摆了桌子、书架，请社工带着大学生来办暑期班，上午写作业，下午画画、打球，中午社里管一顿饭。今年来了二十几个孩子，汉族、畲族、回族、蒙古族都有，吃饭分两桌，一桌清真。
访谈者：工人们自己怎么看这些补助？
受访者：有的不好意思要，觉得丢人。{{han:雷金兰}}头一年就不肯报，讲她男人犯了法，孩子再去拿国家的钱，脸上挂不住。我跟她讲，这钱是给孩子的，不是给她男人的。她想了一个礼拜，才把材料交给我。{{han:管晓娟}}倒是爽快，讲能领就领，省下来给孩子买书。
访谈者：您自己做这些，社里同意吗？
受访者：社长同意，他自己就是苦过来的。我们种{{trap/word:香菇}}的，靠天吃饭，工人走了，菇就烂在棚里。把孩子照顾好了，大人才安心干活。
访谈者：材料上最麻烦的是什么？
受访者：名字和号码。工资表是从系统导出来的，名字里全是空格：{{spaced:奥 尤 格 日 勒}}、{{spaced:闻　人　秀　禾}}、{{spaced:海 阿蒂勒}}、{{spaced:柳　正　英}}，我得一个一个删。{{han:雷金兰}}的身份证{{id_number@wmidhyphen.350925}}，有一回少录了一位，社保停了两个月。
访谈者：能讲一下这几户的联系方式吗？
受访者：{{han:海占林}}家住{{address:周宁县咸村镇洋中村冷库后排5号}}，他电话{{mobile@spaced}}；{{han:雷金兰}}家住{{address:咸村镇川中村三组9号}}，电话{{mobile@plain}}。{{han:柳欣悦}}在{{school:周宁县第五中学八年级（2）班}}，海家的儿子在{{school:咸村中心小学三年级（4）班}}。社里的QQ群我管，我的QQ{{qq:60913842}}，微信{{wechat:queHD_jizhang}}。
访谈者：最后还有什么想说的？
受访者：工人的孩子就是社里的孩子。{{han:柳正英}}讲过一句话，我一直记着：菇要一茬一茬地出，孩子要一年一年地养。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1713,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout217",))


if __name__ == "__main__":
    main()
