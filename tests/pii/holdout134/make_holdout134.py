# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 134 (tests/pii/holdout134/H1057-H1064 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 134 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
慈溪 and 诸暨 (Zhejiang): a Mongolian father from 乌拉特后旗 who works on an appliance assembly line in 慈溪 (坎墩),
his wife dead of leukaemia, his son with him and his daughter boarding at school in the banner; a Kham Tibetan
grandmother from 理塘 raising in 浒山街道 the granddaughter of a son killed on the road, the girl's Han mother
remarried; a Uyghur mother from 疏附 who sells nang by a market in 诸暨 (浣东街道) and raises a son with autism, her
husband in prison; a Kazakh father from 特克斯 on the night shift of a sock factory in 大唐 (诸暨), his daughter with
cerebral palsy at home with his parents; a Han village child director in 观海卫 reading out her register; a Han
social worker in 暨阳街道 handling cases of children with no one to raise them (事实无人抚养); a Han special-class
(resource) teacher in 店口 who reaches the parents of her four pupils on WeChat and QQ; and a Han grandfather in 周巷
raising a grandson whose father died and whose mother left. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of 乌拉特 used whole (呼和图雅, 包力高,
苏布德玛, 毕力格图门, 萨仁满都呼老师, 毛敦老汉) and with a short form (额尔顿仓 then 额尔顿, 宝力格玛 then 宝力格),
a Han surname before a Mongolian given name (吴额尔顿, the father's two names joined by workmates; 韩斯琴) and the
Han names of the same people (吴立军, 吴子骞, 吴师傅); Kham Tibetan names of 理塘 (仁增翁姆, 洛绒泽翁, 多吉泽仁,
央宗拉措, 益西央宗, 格绒呷瓦 closing the last sentence, 尼玛降泽, 泽郎措姆, 洛绒曲措她) with a short form (呷瓦), a
Han surname before a Tibetan given name (孙央宗, the girl's mother's surname joined to her Tibetan name by teachers)
and a Han-style form of address for a Tibetan grandmother (翁阿婆); Uyghur given name + father's name with the dot,
without it and with spaces around it (帕尔旦木·阿不力孜, 阿卜杜赛麦提·吐拉洪, 伊克拉木·阿卜杜赛麦提,
伊克拉木阿卜杜赛麦提, 阿卜杜赛麦提 · 吐拉洪) and single and short forms (帕尔旦木, 赛麦提他, 伊克拉木他, 孜比布拉,
再娜甫汗她, 努尔买买提江, 海丽其古丽, 茹克亚); Kazakh given name + father's name with and without the dot
(叶斯别克·达吾提汗, 阿依娜古丽·木拉特汗, 阿依达尔·叶斯别克, 阿依达尔叶斯别克, 哈依霞·别力克) and single and short
forms (叶斯别克, 阿依娜古丽, 阿依达尔他, 阿克玛依, 达吾提汗, 哈依霞, 阿曼别克, 胡尔曼江), the first syllable of the
father's name taken as a surname (叶阿依达尔 on the roll; the father called 叶师傅 by workmates who take 叶 for his
surname); Han names with common and rare surnames of 慈溪 and 诸暨 (岑, 戚, 施, 俞, 邵, 柴, 厉, 鲍, 屠, 应, 楼, 郦,
寿, 斯, 钭, 宣, 边, 骆, 单, 章, 蔡, 潘, 余, 卢); surnames that are also ordinary words after or before grammar
words (向向师傅, 和秀英和, 我和和秀英, 才春兰才, 都劝都宏亮, 还玉珍还, 让让德平, 让让一鸣, 要小凤要是, 有金根有空,
有天佑) and given names that end in such a word (卢永和和, 蔡德和和, 石永才才, 骆永能能, 黄有旺有, 钱有为有空);
names that contain words (宣传芳, 黄柏林 beside the city 柏林, 余乐天, 钱有为) beside ordinary words that start with a
surname of the voices (厉害 beside 厉建华, 应该 beside 应雪萍, 柴火 beside 柴彩娣, 楼梯 beside 楼佳敏, 单亲 beside
单老师, 黄鱼鲞, 胡闹, 有空, 让步); titles and kin words after names (戚雅玲老师, 叶冬梅大夫, 蔡琳娜老师, 宣传芳老师,
戚志华会计, 让德平律师, 阿萍阿姨; the span is the name only), a surname with only a title or kin word, annotated
whole (吴师傅, 施姐, 岑组长, 向师傅, 戚老师, 翁阿婆, 罗阿姨, 寿师母, 叶师傅, 厉娘舅, 应书记, 楼姐姐, 单老师, 冯主任,
郑师傅), nicknames and local forms of address, annotated whole (阿萍, 小楼, 小乐, 阿国, 金土伯, 岑家囡, 斯阿根);
names directly before particles, pronouns and verbs (毛敦他, 黄柏林他, 卢永和他, 潘子睿他, 章雪莲她, 何丽蓉她,
让一鸣他, 柴彩娣她, 陈佩琳她) and after 叫/是/给/跟/找/让/和, and a name closing the last sentence (看看她叔叔格绒呷瓦。,
叫了我一声楼姐姐。, 发给有金根。, 靠的是岑美芳。); names spaced out character by character in half- and full-width
spaces (额 尔 顿 仓, 呼 和 图 雅, 仁 增 翁 姆, 洛　绒　泽　翁, 帕 尔 旦 木, 叶 斯 别 克, 阿 克 玛 依, 公　冶　砚　舟,
澹 台 听 雨, 东　郭　书　瑶, 长 孙 佳 妮, 潘　子　睿, 余　乐　天), a dotted name with spaces around the dot
(阿卜杜赛麦提 · 吐拉洪) and names split in two (宝力格　玛, 央宗　拉措, 伊克拉木 阿卜杜赛麦提, 阿依娜古丽　木拉特汗,
黄柏 林, 章可 欣, 有天 佑); compound surnames after ordinary words (端木, 钟离, 令狐, 呼延, 欧阳, 公孙, 申屠, 濮阳,
宗政, 闾丘, 宇文, 公冶, 百里, 澹台, 南宫, 梁丘, 太史, 乐正, 东郭, 长孙, 司徒, 慕容, most of them after
的/叫/同事/社工/律师/督导/老师/志愿者/派了); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:才春兰}}``, ``{{qq:3065281947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2019tri.654027}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 会计, 律师, 老汉, 阿姨) and a
particle, pronoun or verb written directly after a name (他, 她, 说, 和, 才, 有, 能, 还, 要是) are outside the span; a
surname with only a title or kin word (吴师傅, 施姐, 翁阿婆, 厉娘舅, 楼姐姐) and a nickname or local form of address
(阿萍, 小楼, 小乐, 阿国, 金土伯, 岑家囡) are annotated whole. Han-style names of Mongolian, Tibetan and Kazakh people
(吴立军, 吴子骞, 吴师傅, 翁阿婆, 叶师傅) are category han; a Han surname (or a syllable taken as one) before a non-Han
given name (吴额尔顿, 韩斯琴, 孙央宗, 叶阿依达尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout134/make_holdout134.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(134_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "139", "150", "151", "153", "157", "158", "166", "173", "176",
                   "178", "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1057: Mongolian father from 乌拉特后旗 on an appliance assembly line in 慈溪 (坎墩); his wife died of
# leukaemia, his son is with him and his daughter boards at school near her grandmother.
DOCS["H1057"] = ("family", """\
访谈者：大哥，您在这条线上干了多久了？
受访者：两年零四个月，装空气炸锅，一天站十一个钟头。我叫{{minority/mongolian:额尔顿仓}}，{{trap/place:乌拉特后旗}}来的。厂里工牌上的汉名是{{han:吴立军}}，线上的人叫我{{han:吴师傅}}，也有人嫌长，干脆喊我{{minority/mongolian:吴额尔顿}}。
访谈者：怎么从草原跑到{{trap/place:慈溪}}来了？
受访者：老婆{{minority/mongolian:呼和图雅}}前年查出白血病，在{{trap/place:巴彦淖尔}}治了半年，又转到{{trap/place:北京}}，骨髓没配上，人还是走了，欠下二十多万。同嘎查的{{minority/mongolian:包力高}}在这边电器厂干过，说计件拿得多，我就带着儿子来了。
访谈者：孩子们多大？
受访者：闺女{{minority/mongolian:宝力格玛}}十四，留在旗里读{{school:乌拉特后旗蒙古族学校八年级（1）班}}，住校，周末回她姥姥{{minority/mongolian:苏布德玛}}家。儿子{{minority/mongolian:诺木汗}}九岁，汉名{{han:吴子骞}}，跟着我，在{{school:坎墩街道中心小学三年级（2）班}}。
访谈者：孩子妈妈走后，他们怎么样？
受访者：{{minority/mongolian:宝力格}}话少了。她妈走那天她一滴泪没掉，回了学校才哭。{{minority/mongolian:诺木汗}}小，老问妈妈去哪儿了，我说去{{trap/place:阴山}}后头放羊了，他信了一年。
访谈者：家里有谁帮着？
受访者：嘎查的儿童主任{{minority/mongolian:韩斯琴}}给闺女报了困境儿童，每月{{trap/number:一千零二十元}}，嘎查达{{minority/mongolian:毕力格图门}}帮我把低保续上了。苏木民政的{{han:郝振峰}}一季度去姥姥家一趟。这边社区的儿童主任{{han:施丽娜}}帮儿子办了入学，{{han:施姐}}说外地孩子也能报困境儿童，材料她替我跑。社工站的{{compound:端木雨桐}}每周陪儿子写作业，她同事{{compound:钟离书航}}教他下象棋。
访谈者：老家的羊呢？
受访者：草场包出去了，剩下三十来只羊托给邻居{{minority/mongolian:毛敦}}老汉。{{minority/mongolian:毛敦}}他七十多了，骑不动马，骑摩托去放。我一年给他两千块，他不要，说我老婆在的时候给他缝过{{trap/minority_word:蒙古袍}}。
访谈者：厂里对您怎么样？
受访者：线长{{han:岑国梁}}人实在，知道我要接孩子，让我上白班。{{han:岑组长}}说草原上的人手大，拧螺丝快。刚来那年我交不起房租，向{{han:向师傅}}借了三千，他到今天没催过。厂里管工会的{{compound:令狐瑾瑜}}给我报了困难职工，过年发了米和油。{{trap/org:方太}}、{{trap/org:公牛}}那样的大厂我进不去，我们是给人家配套的小厂。
访谈者：儿子在学校呢？
受访者：开头听不懂老师讲话，同学学他口音。班主任{{han:戚雅玲}}老师让他在班会上讲草原，讲{{trap/minority_word:祭敖包}}、讲{{trap/minority_word:乌力格尔}}，同学们听入迷了。{{han:戚老师}}还给他报了课后托管，不收钱。同宿舍的{{han:徐海涛}}下了夜班常带他去{{trap/place:上林湖}}边上玩。
访谈者：流水线上的活累不累？
受访者：累在腿上。一条线二十几个人，前头的人装电机，我拧底座的四颗螺丝，一分钟要过六台。上厕所得举手，等组长找人顶上才能走。刚来那个月脚肿得穿不进鞋，晚上拿热水泡，泡着泡着就睡着了。现在习惯了，一天能拿三百出头，赶上旺季加班，一个月六千多。
访谈者：儿子放学以后谁管？
受访者：托管班管到五点半，我六点下班，中间那半个钟头他就坐在厂门口的小卖部写作业。老板娘给他一张小板凳，有时候还塞一根冰棍。周末我不加班，就带他去菜场，教他认蒙古字，他学得慢，汉字倒比我认得多了。
访谈者：闺女那边您怎么联系？
受访者：每晚九点下了线，跟她视频十分钟。她班主任{{minority/mongolian:萨仁满都呼}}老师也加了我，闺女考试退步了就给我发消息。{{minority/mongolian:宝力格玛}}她想考{{trap/place:呼和浩特}}的高中，我说你考，爸给你攒钱。
访谈者：您自己呢？
受访者：夜里睡不着就翻老婆的视频。她爱唱{{trap/minority_word:长调}}，我跟儿子说他妈唱得比{{trap/famous:德德玛}}还好，他不信。{{minority/mongolian:额尔顿}}这个名字是我爷爷起的，说是宝贝，现在这个宝贝欠了一屁股债。
访谈者：登记信息请您说一下。
受访者：老家在{{address:乌拉特后旗潮格温都尔镇巴音查干嘎查二社8号}}，这边住{{address:慈溪市坎墩街道兴业北路55号电器厂宿舍3幢410室}}。我身份证{{id_number@my1981spaced.150825}}，儿子的{{id_number@my2016quad.150825}}。我电话{{mobile@s434}}，{{minority/mongolian:韩斯琴}}的{{mobile@plus86}}。闺女有微信，叫{{wechat:baoligema_urad}}。儿子玩QQ，号码他一个数一个数念，我抄在工牌背面：{{qq:3065281947}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。学校名单上儿子是{{spaced:诺 木 汗}}，医院单子上老婆是{{spaced:呼 和 图 雅}}，工资条上我是{{spaced:额 尔 顿 仓}}，闺女的准考证上成了{{spaced:宝力格　玛}}。
访谈者：还打算回去吗？
受访者：回。这边再好也不是家。等闺女考上高中，债还得差不多了，我就带儿子回去，把羊再养起来。
访谈者：最盼什么？
受访者：盼把债还清，带儿子回草原，不让他姐姐一个人过周末。
""")

# H1058: Kham Tibetan grandmother from 理塘 raising her granddaughter in 浒山街道 (慈溪); her son died on the road
# and the girl's Han mother remarried.
DOCS["H1058"] = ("family", """\
访谈者：阿婆，您从老家过来多久了？
受访者：三年了。我叫{{minority/tibetan:仁增翁姆}}，{{trap/place:理塘}}{{trap/place:禾尼乡}}的。楼里的人叫不来藏名，都喊我{{han:翁阿婆}}。我的汉话是孙女教的，说不好。
访谈者：您怎么到{{trap/place:浒山}}来的？
受访者：我大儿子{{minority/tibetan:洛绒泽翁}}十年前出来打工，在这边一家灯具厂，娶了本地姑娘{{han:孙燕娣}}。前年冬天他骑电瓶车下夜班，在{{trap/place:杭州湾}}那条大路上叫货车撞了，没救过来。媳妇第二年嫁到{{trap/place:余姚}}去了，孩子不要了，电话也不大接。是侄子{{minority/tibetan:多吉泽仁}}陪我坐了三天车，从{{trap/place:成都}}转到{{trap/place:宁波}}，把我送过来的。
访谈者：孙女多大了？
受访者：九岁。藏名是我起的，叫{{minority/tibetan:央宗拉措}}；户口跟她妈，本子上的名字是{{han:孙语桐}}。老师两头叫惯了，喊她{{minority/tibetan:孙央宗}}。{{minority/tibetan:孙央宗}}在{{school:浒山街道明德小学三年级（4）班}}。
访谈者：现在有谁帮你们？
受访者：社区的儿童主任{{han:罗佩芬}}，我叫她{{han:罗阿姨}}。她给孙女报了事实无人抚养，每个月{{trap/number:一千六百八十元}}，直接打到卡上。街道民政科的{{han:沈建伟}}来核过两回，问她妈还管不管。楼下开小店的{{han:和秀英}}和我最好，我去菜场，她帮我看着孩子。我和{{han:和秀英}}说话，一半靠比划。社工站的{{compound:呼延晓雯}}每周带孙女去图书馆；大学生志愿者{{minority/tibetan:益西央宗}}也是藏族，在{{trap/org:宁波大学}}读书，周末来教她藏文。
访谈者：孩子想爸爸吗？
受访者：想。{{minority/tibetan:洛绒泽翁}}的照片摆在柜子上，孙女放学就对着照片说话。她问我，阿爸是不是回{{trap/place:格聂神山}}了。我说是，阿爸在山上看着你。她妈{{han:孙燕娣}}过年打过一回电话，孙女接了，一句话没说就递给我。
访谈者：老家还有什么人？
受访者：小儿子{{minority/tibetan:格绒呷瓦}}在家放牦牛。{{minority/tibetan:呷瓦}}每年寄一大包{{trap/minority_word:糌粑}}来，孙女拌酸奶吃。村里的{{minority/tibetan:尼玛降泽}}开车跑成都，托他捎东西最方便。宁波有家藏餐馆，老板娘{{minority/tibetan:泽郎措姆}}也是理塘人，过年接我们去吃{{trap/minority_word:牦牛肉包子}}。
访谈者：您一个人带孩子，一天怎么过？
受访者：早上六点起来烧酥油茶，酥油是侄子从老家寄的，这边买不到好的。送孙女到校门口，我就去菜场，卖豆腐的认得我了，总多抓一把给我。中午回来念经，下午三点半去接她。晚上她写作业，我坐在边上捻佛珠，她写不出来就问我，我也不会，两个人一起发呆。
访谈者：您跟孙女说藏话还是汉话？
受访者：她跟我说汉话，我跟她说藏话，两个人都听得懂一半。她最爱听老家的事：八月草坝子上搭满帐篷，男人赛马，女人跳舞。{{minority/tibetan:央宗拉措}}她说，阿婆，等我放暑假，你带我回去看。刚来的时候我不敢坐电梯，天天爬三楼，是她拉着我坐了一回，我才敢。
访谈者：您身体怎么样？
受访者：膝盖不好，这边太潮。医院的{{han:叶冬梅}}大夫说是风湿，开了膏药。我早上还是要转一转，这里没有{{trap/org:长青春科尔寺}}，我就绕着小区转。晚上广场上的阿姨跳舞，我教她们跳{{trap/minority_word:锅庄}}，{{han:和秀英}}跳得最好。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:俞丹红}}老师说她字写得好，作文里抄过{{trap/famous:仓央嘉措}}的诗，“洁白的仙鹤，请把双翅借给我”，那首诗里就有理塘。同学们还问她认不认识{{trap/famous:丁真}}，她说不认识，她只认识阿婆。{{compound:欧阳霁月}}是学校的心理老师，每周找她聊一回。街道还请了个律师叫{{compound:公孙若岚}}，帮我把监护的手续办下来了。
访谈者：孙女的外婆家那边呢？
受访者：她外公外婆住得不远，开始怕被我们赖上，不大来往。去年孙女发高烧住院，外婆来陪了两夜，走的时候塞给我五百块，说别告诉她女儿。现在过节会叫孙女去吃顿饭，孙女回来说外婆家的红烧肉太甜。
访谈者：孙女以后想做什么？
受访者：她说想当医生，给阿婆治膝盖，也给老家的人看病。我们那里看病要走很远的路，她阿爸小时候发烧，是我背着他走了大半天，才走到乡里的卫生院。
访谈者：登记信息请您说一下。
受访者：我们住{{address:浒山街道三北西路176弄12号302室}}，老家在{{address:理塘县禾尼乡然麦村三组5号}}。我的身份证{{id_number@wold.513334}}，孙女的{{id_number@wy2016fw.330282}}。我没有手机，打{{han:罗阿姨}}的：{{mobile@spaced}}。她的微信是{{wechat:luopeifen_hs}}。志愿者妹妹的QQ，孙女用铅笔描在藏文本上：{{qq:2194730586}}。
访谈者：名字写得对吗？
受访者：低保表上我是{{spaced:仁 增 翁 姆}}，学校把孙女写成{{spaced:央宗　拉措}}，儿子的死亡证明上是{{spaced:洛　绒　泽　翁}}。
访谈者：您最盼什么？
受访者：盼孙女长大，带她回理塘，看看她叔叔{{minority/tibetan:格绒呷瓦}}。
""")

# H1059: Uyghur mother from 疏附 who sells nang in 诸暨 (浣东街道) and raises a son with autism; her husband is in
# prison.
DOCS["H1059"] = ("family", """\
访谈者：大姐，您这馕坑支在这儿几年了？
受访者：四年了，就在{{trap/place:浣东街道}}菜场门口。我叫{{minority/uyghur:帕尔旦木·阿不力孜}}，{{trap/place:疏附}}人。老顾客记不住长名字，叫我{{minority/uyghur:帕尔旦木}}，也有叫“新疆大姐”的。
访谈者：家里是什么情况？
受访者：我男人{{minority/uyghur:阿卜杜赛麦提·吐拉洪}}以前在{{trap/place:店口}}收废铜，前年收了人家偷来的电缆，判了四年，关在{{trap/org:乔司监狱}}。{{minority/uyghur:赛麦提}}他在信里说对不起我们。
访谈者：孩子呢？
受访者：儿子{{minority/uyghur:伊克拉木·阿卜杜赛麦提}}十岁，三岁查出孤独症。他不大说话，整天排瓶盖，排得整整齐齐，谁碰一下就尖叫。现在读{{school:诸暨市培智学校三年级（2）班}}。学校表上没有点，写成{{minority/uyghur:伊克拉木阿卜杜赛麦提}}，老师叫他{{minority/uyghur:伊克拉木}}。小女儿{{minority/uyghur:孜比布拉}}三岁，还在家。
访谈者：都有哪些帮助？
受访者：社区儿童主任{{han:郦晓红}}给儿子报了服刑人员子女补助，每月{{trap/number:九百八十元}}。儿子有残疾证，还拿两项补贴，街道民政的{{han:边志远}}帮我们把低保也批下来了。{{trap/org:市残联}}康复中心的{{han:蔡琳娜}}老师一周给他上三次课。房东{{han:寿国庆}}把房租降了三百，{{han:寿国庆}}说等你男人出来再涨。他老婆{{han:寿师母}}逢年过节送一篮子{{trap/word:香榧}}来。
访谈者：打馕辛苦吗？
受访者：辛苦。三点和面，五点点火。同乡{{minority/uyghur:再娜甫汗}}跟我搭伙，她烤，我卖。{{minority/uyghur:再娜甫汗}}她男人{{minority/uyghur:努尔买买提江}}在{{trap/place:义乌}}开拉面馆，周末过来帮着送货。
访谈者：打馕的手艺是跟谁学的？
受访者：跟我爸。我家在疏附开过三十年馕坑，我十二岁就会贴馕。这边的面粉跟老家的不一样，筋道不够，我试了半年才找到合适的。芝麻馕卖得最好，一块五一个，早上七点前能卖掉两百个。这边人爱吃甜的，我又做了一种放葡萄干的，小孩子喜欢。
访谈者：儿子的病，一开始您怎么想？
受访者：不懂。在老家，人家说这孩子是不是哑巴，是不是傻。来了这边，医院的医生说是孤独症，要做康复，越早越好。我才知道这是病，不是我做错了什么。那天晚上我哭了一夜，第二天照样三点起来和面。
访谈者：儿子在家谁看？
受访者：我出摊的时候，隔壁裁缝店的{{han:要小凤}}帮我看着。{{han:要小凤}}要是也忙，我就把他带到摊子上，{{minority/uyghur:伊克拉木}}他坐在面粉袋上排瓶盖，一排一上午。{{minority/uyghur:孜比布拉}}倒是什么都说，跟着菜场的人学了一口诸暨话。
访谈者：儿子的康复有进步吗？
受访者：有一点。以前他不看人，现在叫他名字会回头。{{han:蔡琳娜}}老师教他用图片卡要东西，要水就递一张杯子的卡。上个月他自己递了一张馕的卡给我，我在菜场门口哭了。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}那天我不出摊，做{{trap/minority_word:抓饭}}，给房东、给裁缝店都送一盘。我妈{{minority/uyghur:海丽其古丽}}在老家，视频里给孩子们唱{{trap/minority_word:木卡姆}}。我给儿子讲{{trap/famous:阿凡提}}的故事，他不看我，可讲到毛驴他会笑。
访谈者：孩子爸爸那边呢？
受访者：一个季度去会见一次。法律援助中心的{{compound:申屠柏舟}}律师帮我问过减刑。社工{{compound:濮阳欣怡}}陪我去，帮我带儿子，他进了那种地方就害怕，抱着我不撒手。他爸的妹妹{{minority/uyghur:茹克亚}}在杭州打工，有时候替我去看他。
访谈者：菜场的人对您怎么样？
受访者：好。卖鱼的、卖菜的都照顾我生意，下雨天帮我把馕坑盖上。城管来查过一回，说这里不能摆，后来社区出面，在菜场里给我划了一个固定摊位，一个月交两百块管理费。有一回儿子走丢了，半个菜场的人都出去找，最后在江边的台阶上找到了，他坐在那里看水，一动不动。
访谈者：您自己身体呢？
受访者：手上都是烫的疤，夏天站在馕坑边上，一身一身地出汗。累是累，可我不能倒，两个孩子都指着我。
访谈者：登记信息请说一下。
受访者：老家在{{address:疏附县托克扎克镇阿亚格村五组17号}}，这边租在{{address:诸暨市浣东街道城东新村14幢2单元301室}}。我的身份证{{id_number@wy1988hyphen.653121}}，儿子的{{id_number@my2015x.653121}}。我电话{{mobile@h38}}，{{han:郦晓红}}的{{mobile@s74}}。我在微信上接订馕的单，微信是{{wechat:pardanmu_nang77}}。{{han:蔡琳娜}}老师让我加她的QQ，号码她写在儿子训练本的第一页：{{qq:58130264}}。
访谈者：名字写得对吗？
受访者：乱。低保表上我是{{spaced:帕 尔 旦 木}}，判决书上他爸是{{spaced:阿卜杜赛麦提 · 吐拉洪}}，儿子的残疾证写成{{spaced:伊克拉木 阿卜杜赛麦提}}。
访谈者：最盼什么？
受访者：盼他爸早点出来，盼儿子哪天开口叫我一声妈。
""")

# H1060: Kazakh father from 特克斯 on the night shift of a sock factory in 诸暨 (大唐); his daughter with cerebral
# palsy is with his parents at home, his son with him.
DOCS["H1060"] = ("family", """\
访谈者：您上的是夜班？
受访者：对，晚八点到早八点，看袜机。我叫{{minority/kazakh:叶斯别克·达吾提汗}}，{{trap/place:特克斯}}人，在{{trap/place:大唐}}这家袜厂干了两年。车间里的人以为叶是我的姓，都叫我{{han:叶师傅}}。
访谈者：怎么到{{trap/place:诸暨}}来的？
受访者：同村的{{minority/kazakh:阿曼别克}}先来的，说一个人能看二十台机子，一个月七八千。家里缺钱：小女儿{{minority/kazakh:阿克玛依}}是脑瘫，六岁了还不会走路，一年康复要好几万。
访谈者：家里几口人？
受访者：老婆{{minority/kazakh:阿依娜古丽·木拉特汗}}跟我一起来，上白班，缝袜头。儿子{{minority/kazakh:阿依达尔·叶斯别克}}十二，跟我们在这边读{{school:大唐街道中心小学六年级（3）班}}。学校系统非要填姓，给他填了个叶，点名册上是{{minority/kazakh:叶阿依达尔}}，他自己的作业本上写{{minority/kazakh:阿依达尔叶斯别克}}。{{minority/kazakh:阿克玛依}}在老家跟我爸{{minority/kazakh:达吾提汗}}过，我妈天天给她按腿。
访谈者：女儿那边有什么帮助？
受访者：村里的儿童主任{{minority/kazakh:哈依霞·别力克}}给她报了残疾儿童，两项补贴都有，每月{{trap/number:五百四十元}}，家里也评上了低保。乡里的民政干部{{han:贾文韬}}开车把她送到{{trap/place:伊宁}}做过康复评估。{{minority/kazakh:哈依霞}}每个月去家里看一回，拍视频发给我老婆。
访谈者：孩子妈妈想女儿吗？
受访者：想得睡不着。{{minority/kazakh:阿依娜古丽}}每天缝完袜头就看女儿的视频，看她扶着椅子站了几秒钟。她说明年不干了，回去自己给女儿做康复：“{{minority/kazakh:叶斯别克}}，钱是挣不完的。”我说再干一年，把看病的债还上。
访谈者：儿子在这边怎么样？
受访者：班主任{{han:宣传芳}}老师对他好，让他在科学课上讲{{trap/place:八卦城}}的街是怎么转圈的。街道的儿童主任{{han:斯美娟}}帮他报了困境儿童关爱，社工{{compound:宗政昊天}}每周四放学陪他打篮球，另一个社工{{compound:闾丘晨阳}}给他补英语。{{minority/kazakh:阿依达尔}}他个子高，校队抢着要。
访谈者：看袜机是什么活？
受访者：一排二十台机子，我来回走，看哪台断了线、哪台织出来的袜子有破洞。断了线要马上接，不然一台机子一夜就白跑了。袜子一只一只从管子里吹出来，落在筐里，一个晚上我这二十台出八千多只。
访谈者：白天怎么休息？
受访者：白天睡五六个钟头。宿舍隔音不好，楼下是食堂，十点多就开始剁菜，我买了耳塞，戴着也听得见。下午三点起来给儿子做晚饭，吃完饭再去上班。一家三口在一块儿，一天说不了几句话。
访谈者：夜班辛苦吗？
受访者：机子一响一夜，耳朵嗡嗡的。班长{{han:钭建新}}照顾我，让我两个钟头出去透一口气。老板{{han:骆永能}}能说会道，过年给每人发了两箱袜子、一个红包。同车间的{{minority/kazakh:胡尔曼江}}也是特克斯的，下了班我们俩一起煮奶茶。厂医{{han:郭建明}}说我血压高，让我少吃盐，可奶茶不放盐怎么喝。
访谈者：孩子想家吗？
受访者：想。儿子说这边没有马，想回去看{{trap/minority_word:姑娘追}}、看{{trap/minority_word:叼羊}}。老婆过节给他做{{trap/minority_word:纳仁}}，他吃了一大盘。他在学校学了{{trap/famous:西施}}的故事，视频里讲给妹妹听，妹妹听不懂，光笑。{{minority/kazakh:阿曼别克}}的儿子跟他一个班，两个人放学说哈萨克语，同学们围着听。
访谈者：老家的牲口呢？
受访者：我爸还养着十几匹马、几十只羊，夏天转到{{trap/place:喀拉峻}}的夏牧场去。他七十岁了还骑马，我劝他卖了，他不肯，说马卖了人就没魂了。女儿最爱看马，我爸把她抱在马背上，她就笑，笑得口水都流下来。康复师说骑马对她的腿也有好处，我爸听了更不肯卖了。
访谈者：您以后怎么打算？
受访者：再干一年，把债还上，然后回去，在县城找个活，离女儿近一点。儿子说想留在这边读初中，说这边学校好。我也不知道怎么办，一家人总不能一直分在两头。
访谈者：登记信息请您说一下。
受访者：老家在{{address:特克斯县喀拉达拉镇阔克苏村二组21号}}，这边住{{address:诸暨市大唐街道袜业路66号员工宿舍B幢307室}}。我的身份证{{id_number@my1984fwhyphen.654027}}，女儿的{{id_number@wy2019tri.654027}}。我电话{{mobile@p86h}}，老婆的{{mobile@hyphen}}。我的微信{{wechat:yesbek_tekes84}}。儿子有QQ，号码他写在我夜班饭盒的盖子上：{{qq:741936502}}。
访谈者：名字写得对吗？
受访者：工资卡上我是{{spaced:叶 斯 别 克}}，老婆的工牌是{{spaced:阿依娜古丽　木拉特汗}}，女儿的残疾证上写成{{spaced:阿 克 玛 依}}。
访谈者：最盼什么？
受访者：盼女儿能站起来，自己走到门口，等她哥哥放学。到那天，我让我爸宰一只羊，请全村人吃肉。
""")

# H1061: Han village child director (儿童主任) in 观海卫 (慈溪) reading out her register.
DOCS["H1061"] = ("staff", """\
访谈者：您今天带来的是什么本子？
受访者：村里的困境儿童台账。我叫{{han:应雪萍}}，在{{trap/place:观海卫镇}}{{trap/place:卫北村}}当儿童主任第四年了，村里人都叫我{{han:阿萍}}。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:邵梓萌}}，女，十岁，{{school:观海卫镇第二小学四年级（1）班}}。爸爸{{han:邵国强}}三年前在工地摔下来，人没了；妈妈{{han:才春兰}}才三十出头，跟人去了{{trap/place:温州}}，再没回来。孩子跟奶奶{{han:柴彩娣}}过，报的事实无人抚养，每月{{trap/number:一千七百二十元}}。住{{address:观海卫镇卫北村七组33号}}，孩子的身份证{{id_number@wy2014.330282}}。
访谈者：第二户？
受访者：第二户，{{han:黄柏林}}，男，十三岁，{{school:观海卫镇初级中学七年级（5）班}}。名字是他爸起的，说长大去{{trap/place:柏林}}。爸爸{{han:黄有旺}}有两回盗窃的底子，这回又判了三年半，在{{trap/place:宁波}}服刑。妈妈{{han:蒋丽君}}在厂里三班倒，顾不上他。服刑人员子女补助报上了，{{han:黄柏林}}他自己不肯跟同学说。
访谈者：第三户？
受访者：第三户是孤儿，{{han:鲍思远}}，男，八岁。爸妈前年开车出去，在{{trap/place:沈海高速}}上出的事。现在跟娘舅{{han:厉建华}}过，{{han:厉娘舅}}自己也有两个小孩，舅妈嘴上{{trap/word:厉害}}，心是软的。孤儿基本生活费每月{{trap/number:两千零六十元}}，孩子的身份证{{id_number@my2017fwspaced.330282}}。
访谈者：第四户？
受访者：第四户，{{han:卢雨萱}}，女，七岁，先天耳聋，戴着耳蜗。家里低保，孩子拿两项补贴。爷爷{{han:卢永和}}和奶奶带她，{{han:卢永和}}他每天骑三轮车送她去镇上做语训。住{{address:观海卫镇卫北村二组8号}}，爷爷的身份证{{id_number@mold.330282}}，电话{{mobile@plain}}。
访谈者：您当儿童主任之前做什么？
受访者：在村里的电器厂做质检，做了十几年。村里选儿童主任，书记说你心细，又是当妈的，你来。我一开始不肯，一个月就几百块补贴，事情又多，不知道{{trap/word:应该}}从哪里下手。后来去{{han:邵梓萌}}家看了一回，孩子一个人坐在门口啃冷馒头，我回来就答应了。
访谈者：一个人跟这么多户，忙得过来吗？
受访者：忙不过来也得跟。白天上门，晚上填表，系统里每户每月要更新一回。我老公说我比书记还忙。好在社工站的人常来，有什么难的我们一起商量。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{compound:宇文棠溪}}总负责，材料报到市{{trap/org:民政局}}。社工站派了{{compound:公冶砚舟}}跟第一户和第三户，还有个刚毕业的{{compound:百里思琪}}跟第二户。村里{{han:应书记}}也常问，钱上的事都找{{han:戚志华}}会计算账。
访谈者：台账上的名字都对吗？
受访者：错的多。{{spaced:邵 梓 萌}}中间空了格，{{spaced:黄柏 林}}拆成两截，社工也被写成{{spaced:公　冶　砚　舟}}，{{spaced:卢 雨 萱}}的萱字还写错了。年底要一起核一遍。
访谈者：孩子们平时谁照看？
受访者：各家有各家的难处。{{han:柴彩娣}}她七十四了，眼睛不好，穿针都要孙女帮，烧饭还用土灶，孙女放学先去捡{{trap/word:柴火}}。村口小店的{{han:孙阿娥}}常塞零食给{{han:邵梓萌}}。放暑假我们在{{trap/org:村文化礼堂}}办了个托管班，请镇上的{{han:胡佳琪}}老师来上课，孩子们在那边写作业、画画。{{han:厉建华}}的老婆{{han:屠丽君}}做得一手好青团，每回都多做一笼给托管班。
访谈者：补助的钱是怎么发的？
受访者：都打到卡上，每月十号前到账。孤儿和事实无人抚养的钱打到孩子名下的卡，监护人代管。我每季度要去一回，看钱是不是花在孩子身上。有一户老人把钱全存起来，说留着上大学，孩子冬天却只有一件旧棉袄。我跟老人说，这钱是给孩子现在用的，上大学还有助学金。老人想了三天，才带孩子去镇上买了羽绒服。
访谈者：村里人怎么看这些孩子？
受访者：大多数人心好，也有嘴碎的。有人说坐牢人家的孩子长大也没出息，这话传到孩子耳朵里，孩子一个礼拜不肯上学。我在村民大会上说了，谁再这么说，我上门去找他。
访谈者：这些孩子的爸妈还有联系吗？
受访者：{{han:才春兰}}一年打一回电话，问孩子长高没有，从来不问钱够不够。{{han:黄有旺}}在里头给儿子写信，{{han:蒋丽君}}拿来给我看，字写得歪歪扭扭，最后一句是“听你妈的话”。
访谈者：您怎么联系这些家？
受访者：{{han:蒋丽君}}的电话{{mobile@fullwidth}}，上夜班的时候打不通，我就发微信。我的工作微信是{{wechat:yingxp_gmw}}，家长有事都找我。
访谈者：做这个最难的是什么？
受访者：最难是孩子不说。{{han:鲍思远}}头半年一句话不讲，后来我每回去都带一本绘本，他才慢慢开口。他现在会喊我{{han:阿萍}}阿姨了。
""")

# H1062: Han social worker in 暨阳街道 (诸暨) going through her cases of children with no one to raise them
# (事实无人抚养).
DOCS["H1062"] = ("staff", """\
访谈者：您手上现在有几个事实无人抚养的个案？
受访者：七个，今天说三个。我叫{{han:楼佳敏}}，在{{trap/place:暨阳街道}}社工站，孩子们叫我{{han:楼姐姐}}，站里的人上下{{trap/word:楼梯}}碰到就喊{{han:小楼}}。
访谈者：第一个呢？
受访者：{{han:都晨曦}}，九岁，{{school:暨阳街道城西小学三年级（5）班}}。爸爸失联五年，妈妈在{{trap/org:戒毒所}}。孩子跟爷爷过，我们都劝{{han:都宏亮}}把户口本拿出来办手续，老人怕丢人，拖了一年多。后来认定下来，每月{{trap/number:一千五百九十元}}。住{{address:暨阳街道西施大街二弄15号}}，孩子的身份证{{id_number@wy2016.330681}}。
访谈者：第二个？
受访者：{{han:章可欣}}，十二岁，{{school:浣江初级中学七年级（8）班}}。爸爸{{han:章立峰}}诈骗，判了七年；妈妈{{han:蔡秋娟}}精神残疾一级，住在康复医院。孩子跟外公{{han:蔡德和}}和外婆{{han:孟素娥}}住。{{han:蔡德和}}以前是中学老师，天天守着她做作业。{{han:章可欣}}说她想当律师，我让{{han:让德平}}律师来跟她聊过一回。
访谈者：第三个？
受访者：{{han:潘子睿}}，六岁，还在幼儿园。爸爸{{han:潘文斌}}醉驾撞死了人，在服刑，妈妈生下他就走了，一直联系不上。奶奶{{han:还玉珍}}还在菜场卖菜，孩子放学就蹲在摊子边上。{{han:潘子睿}}他认字比同龄人快，{{han:还玉珍}}说像他爸小时候。
访谈者：您做社工多少年了？
受访者：六年。大学学的社会工作，毕业就回了诸暨。开头做养老，后来站里缺人跟儿童这一块，我就转过来了。做儿童比做老人难，老人会说，孩子不会说，要你自己去看：看他的指甲剪没剪，看他的衣服换没换，看他见了你是往前走还是往后躲。
访谈者：有没有做不下去的时候？
受访者：有。有一回一个孩子的妈妈从外地回来，把孩子带走了，两个月以后又扔回爷爷家，孩子身上都是伤。那天我在车里坐了很久，不知道自己做的这些有没有用。督导跟我说，你能做的，就是让孩子知道有一个大人一直在。
访谈者：事实无人抚养跟孤儿有什么不一样？
受访者：孤儿是父母都不在了；事实无人抚养是父母还在，可一个坐牢、一个失联，或者重残、重病，实际上没人养孩子。以前这些孩子夹在中间，什么补助都拿不到。前几年出了政策，按孤儿的标准发钱，是大好事。可好多老人不知道，也不好意思报，我们就一家一家去问，在老年协会讲，在村口贴告示。
访谈者：孩子们知道自己的情况吗？
受访者：大的知道，小的不全知道。我们不主张瞒，也不主张一下子全说，要看孩子受得住多少。
访谈者：另外四个呢？
受访者：情况差不多，有一个是藏族孩子，叫{{minority/tibetan:洛绒曲措}}，妈妈是从{{trap/place:甘孜}}嫁过来的，后来回了老家，爸爸在服刑。{{minority/tibetan:洛绒曲措}}她跟着姑妈，汉话说得比谁都溜。
访谈者：认定要走哪些程序？
受访者：孩子或监护人申请，社区入户核实，街道审核，再报{{trap/org:民政局}}确认。最难的是证明父母失联，要{{trap/org:派出所}}出具查找不到的证明，有的一等就是半年。街道民政科的{{compound:澹台听雨}}在这上面帮了大忙，区里的督导{{compound:南宫一帆}}每月来看台账。做法律援助的{{compound:梁丘志诚}}帮{{han:章可欣}}家打过一场抚养权的官司。
访谈者：您跟孩子们怎么联系？
受访者：{{han:都宏亮}}的电话{{mobile@plus86dash}}，{{han:蔡德和}}的{{mobile@fws}}。{{han:章可欣}}有QQ，她说有事就在上面找我，号码是她自己报的：{{qq:1026483957}}。我的工作微信{{wechat:wxid_lj8m2q5t9c}}。
访谈者：这些孩子里有没有让您放不下的？
受访者：{{han:都晨曦}}。她妈妈戒毒出来又进去两回，每回出来都说要接她走，每回都没接。她现在不信大人说的话。我去了三个月，她才肯让我看她的画，画的都是一个人站在{{trap/place:浦阳江}}边上。美术老师给她讲{{trap/famous:王冕}}放牛画荷花的故事，她听完画了一头牛。我们请了心理老师{{han:郑雅文}}给她做沙盘，她说孩子心里那道门要慢慢敲。
访谈者：名单上的名字都对吗？
受访者：不全对。{{spaced:都 晨 曦}}被写成三个字空开，{{spaced:潘　子　睿}}也是，{{spaced:章可 欣}}拆成两截，连同事也写成{{spaced:澹 台 听 雨}}。
访谈者：住址也请说一下。
受访者：{{han:章可欣}}外公家在{{address:诸暨市陶朱街道望云路8号3单元502室}}，{{han:潘子睿}}奶奶家在{{address:暨阳街道高湖村四组27号}}。
访谈者：周围的人帮得上忙吗？
受访者：帮得上。菜场管理处的{{han:钱有为}}有空就帮{{han:还玉珍}}看摊，{{han:都宏亮}}的老邻居{{han:斯阿根}}每天傍晚来陪老人下棋。我们站长{{han:边晓芸}}说，一个孩子身边多一个靠得住的大人，就少一分危险。
访谈者：做这个工作累吗？
受访者：累，可是看到孩子笑一下，就觉得值。{{han:都晨曦}}上个月第一次叫了我一声{{han:楼姐姐}}。
""")

# H1063: Han special-class (resource) teacher at a primary school in 店口 (诸暨) who reaches the parents of her four
# pupils with special needs on WeChat and QQ.
DOCS["H1063"] = ("teacher", """\
访谈者：{{han:单老师}}，您带的是特教班？
受访者：我是资源教师，也当{{school:店口镇第一小学五年级（6）班}}的班主任。我叫{{han:单晓岚}}，班上有四个随班就读的孩子，家长多半在外地，我跟他们全靠微信、QQ。
访谈者：一个一个说？
受访者：好。第一个{{han:骆嘉豪}}，智力障碍，十一岁。爸爸{{han:骆建锋}}在{{trap/org:海亮}}的铜管车间三班倒，妈妈前年走了。奶奶带他，奶奶不识字，我只能找他爸。{{han:骆建锋}}的微信{{wechat:luojf_diankou}}，晚上十点以后才回。孩子自己也有QQ，号码他写在铅笔盒里：{{qq:93710542}}。
访谈者：第二个？
受访者：第二个是女孩，{{han:石雨欣}}，唐氏综合征。爸爸{{han:石永才}}才出来一年又进去了，这回是赌博。妈妈{{han:章雪莲}}在{{trap/place:义乌}}摆摊，一个月回来一次。{{han:章雪莲}}她只用QQ，QQ是{{qq:2840719365}}，她说微信老被封号。我每周五在QQ上给她发孩子的照片。
访谈者：第三个？
受访者：第三个{{han:有天佑}}，男孩，脑瘫，走路拄拐。他家姓有，同学老拿他的姓开玩笑。爷爷{{han:有金根}}{{trap/word:有空}}就来学校背他上楼。他爸妈离了，都不要他，镇上的儿童主任{{han:冯秋月}}在给他走事实无人抚养的程序。{{han:冯主任}}的微信{{wechat:fengqiuyue_dk}}，电话{{mobile@plus86spaced}}。
访谈者：第四个？
受访者：{{han:何嘉怡}}，听力障碍，九岁。爸爸是{{trap/word:单亲}}爸爸，在{{trap/place:杭州}}送外卖，孩子跟姑姑{{han:何丽蓉}}。{{han:何丽蓉}}她的QQ{{qq:507263198}}，我把孩子的作业拍了发过去。
访谈者：随班就读跟上特教学校有什么不一样？
受访者：孩子跟普通同学一起上课，有的课跟不上，就到{{trap/word:资源教室}}来，我单独给他们上。资源教室是前年建的，有感统训练的器材，有绘本，有沙盘。家长一开始不愿意，觉得孩子进这个教室丢人，我就请他们来看，看了以后就放心了。
访谈者：您跟家长在网上怎么沟通？
受访者：微信上发语音，QQ上发照片。有的家长只听得懂语音，有的只在半夜十二点以后才回。我手机里专门建了一个分组，这几个家长的消息都设成置顶，不管多晚都回。我老公说我跟手机比跟他还亲，我说这几个孩子的爸妈不在身边，我再不回，孩子的事就没人管了。
访谈者：店口这边厂多，家长都忙吧？
受访者：忙。五金、铜管、水暖，家家都有人在厂里，三班倒的多，开家长会来不了几个。我们就把家长会挪到周日晚上，还开视频，在外地的也能看。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:赵一平}}定了“一生一案”，每个孩子一份个别化教育计划。心理老师{{compound:太史雨辰}}每周给他们上一次团体课。区里的巡回指导老师{{compound:乐正晚舟}}一个月来一回。志愿者里有个大学生叫{{compound:东郭书瑶}}，暑假来陪孩子们做手工。
访谈者：家长们好沟通吗？
受访者：有难有易。我让{{han:让一鸣}}——他是家委会主任——在家长群里说了一次，这件事上我一步也不{{trap/word:让步}}，别让孩子们笑话这几个同学，后来群里就安静多了。{{han:让一鸣}}他自己的孩子也在这个班。最难找的是{{han:石永才}}，他进去以前我给他打了二十几个电话，一个没接。
访谈者：孩子们在班上怎么样？
受访者：{{han:骆嘉豪}}爱帮值日生擦黑板，擦得比谁都干净。{{han:石雨欣}}爱唱歌，六一唱了一首，{{han:章雪莲}}在QQ上看了视频，回了一长串哭脸。{{han:何嘉怡}}戴上助听器以后上课坐第一排，数学老师{{han:楼海鹰}}专门放慢了语速。班长{{han:俞可馨}}每天下课扶{{han:有天佑}}去厕所。
访谈者：您为什么做资源教师？
受访者：我弟弟小时候也是慢，那时候没有随班就读，他上到三年级就不上了，在家待了十几年，现在在厂里扫地。我读师范的时候选了特教方向，就是想让这样的孩子多读几年书。
访谈者：这几个孩子毕业以后怎么办？
受访者：这是我最愁的。小学还好，初中课程难了，跟不上的会越来越多。诸暨有特殊教育学校，有职高部，能学烘焙、洗车、做手工。我跟家长说早点打算，别等到毕业才着急。{{han:骆建锋}}说想让儿子学个手艺，将来能自己养活自己。
访谈者：您自己的孩子呢？
受访者：上初一了，我顾他顾得少，他倒懂事，说妈妈你去管那几个弟弟妹妹吧。
访谈者：名册上的名字有写错的吗？
受访者：有。县里发的表把{{spaced:骆 嘉 豪}}空了格，{{spaced:有天 佑}}拆开了，{{spaced:石 雨 欣}}也是，志愿者成了{{spaced:东　郭　书　瑶}}。
访谈者：您最想说什么？
受访者：这几个孩子不笨，只是慢。{{han:有天佑}}上个月第一次自己走完了操场一圈，全班给他鼓掌，我拍了视频发给{{han:有金根}}。
""")

# H1064: Han grandfather in 周巷 (慈溪) raising his grandson after his son died and the boy's mother left.
DOCS["H1064"] = ("family", """\
访谈者：阿爷，您一个人带孙子？
受访者：是啊。我叫{{han:余金土}}，七十一了，{{trap/place:周巷}}人，村里都叫我{{han:金土伯}}。儿子{{han:余建波}}前年肝癌走了，才四十二。媳妇{{han:黄丽丽}}办完丧事就去了{{trap/place:上海}}，说是打工，半年后电话就停了，听说又嫁了人。
访谈者：孙子多大？
受访者：十岁，叫{{han:余乐天}}，他爸起的，要他快快活活。我叫他{{han:小乐}}。{{han:余乐天}}在{{school:周巷镇中心小学四年级（3）班}}，成绩中等，喜欢画画。
访谈者：您一个人带，辛苦吗？
受访者：辛苦也要带。早上五点起来烧泡饭，送他上学，再去地里看看{{trap/word:杨梅}}树。我腰不好，背不动了。
访谈者：有谁帮您？
受访者：村里的儿童主任{{han:岑美芳}}，我叫她{{han:岑家囡}}，帮孙子报了事实无人抚养，每个月{{trap/number:一千六百五十元}}。镇民政办的{{han:胡立明}}来核过，说他妈联系不上满两年了，算得上。班主任{{han:卢晓丹}}老师常留他在学校吃晚饭。隔壁{{han:阿国}}有车，孙子半夜发烧，是{{han:阿国}}开车送到{{trap/org:慈溪市人民医院}}的。
访谈者：社工也来吗？
受访者：来的。镇社工站的{{compound:长孙佳妮}}每月来两回，另外一个叫{{compound:司徒望舒}}，带孙子去{{trap/place:上林湖}}看过青瓷窑。还有一个学画画的志愿者{{compound:慕容知微}}，每礼拜六来教他。
访谈者：孙子想妈妈吗？
受访者：嘴上不说。有一回我看见他在本子上写“妈妈你什么时候回来”，写了一整页。他画的画里，一家三口，还有一个老头，那是我。{{han:黄丽丽}}的娘家在{{trap/place:庵东}}，我去找过一回，她哥哥{{han:黄国民}}说他们也找不到人。
访谈者：儿子生病那段时间，家里怎么过的？
受访者：他是在{{trap/place:宁波}}查出来的，已经是晚期。住了三个月医院，花了三十多万，医保报了一半，剩下的是卖了他那辆车，又借了亲戚的钱。最后一个月他回了家，不肯再住院，说想多看看儿子。孙子那时候八岁，天天放学跑回来给他爸讲学校的事，他爸躺在床上听，听着听着就睡着了。
访谈者：孙子知道他妈妈的事吗？
受访者：知道一点。村里有人当着他的面说，你妈不要你了。他回来问我，我说你妈在外面打工，等你长大了就回来。我也不知道这话对不对，可我说不出别的。{{han:岑美芳}}说，等他再大一点，请社工来慢慢跟他说。
访谈者：您自己身体怎么样？
受访者：血压高，腰椎也不好，每个月去卫生院拿一回药。医生叫我别下地了，可地不种，杨梅树就荒了，那是他爸小时候跟我一起种的。
访谈者：您有什么担心？
受访者：怕我哪天倒下去，孙子没人管。我跟{{han:岑美芳}}说过，万一我有事，你们要给他找个好人家。她说阿爷你放心，有政策，还有他姑姑{{han:余秋红}}在{{trap/place:宁波}}，也愿意管。
访谈者：家里收入够吗？
受访者：我有养老金，一个月一千出头，加上孙子的钱，吃饭够了。种点{{trap/word:杨梅}}卖，一年也有几千。{{trap/famous:虞世南}}是我们慈溪人，我跟孙子说，你要学他，字写好，书读好。
访谈者：孙子的功课您管得了吗？
受访者：管不了。我只读到小学三年级，他四年级的数学我都看不懂。老师在群里发作业，我不会看，是隔壁的小姑娘念给我听。晚上他写作业，我坐在边上剥毛豆，他写完了我签字，签的是我名字里的那个土字。
访谈者：过年怎么过？
受访者：年三十我烧一桌菜，红烧肉、年糕、{{trap/word:黄鱼鲞}}，他爸在的时候爱吃的都烧。吃饭前先给他爸摆一副碗筷。孙子不哭，给他爸倒一杯酒，说爸爸新年好。我转过身去抹眼泪，不让他看见。
访谈者：孙子平时跟谁玩？
受访者：跟村里{{han:阿国}}的女儿{{han:陈佩琳}}，两个人一个班。{{han:陈佩琳}}她妈{{han:应美华}}每回包馄饨都喊{{han:小乐}}过去吃。村里老年协会的{{han:郑师傅}}教他下象棋，下赢了就给他一颗糖。
访谈者：登记信息请您说一下。
受访者：住{{address:周巷镇万安庄村五组19号}}。我的身份证{{id_number@my1954.330282}}，孙子的{{id_number@my2015spaced.330282}}。我电话{{mobile@s38}}，{{han:岑美芳}}的{{mobile@p86n}}。孙子有QQ，他说班上同学都有，我骂他{{trap/word:胡闹}}，他不听，号码他用蜡笔写在门背后：{{qq:620581394}}。{{han:卢晓丹}}老师的微信{{wechat:lu_xiaodan0907}}。
访谈者：名字写得对吗？
受访者：低保表上把我写成{{spaced:余 金 土}}，孙子是{{spaced:余　乐　天}}，社工写成{{spaced:长 孙 佳 妮}}，我还以为是两个人。
访谈者：最后想说什么？
受访者：我没文化，就一句话：这个家撑到今天，靠的是{{han:岑美芳}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1057,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
