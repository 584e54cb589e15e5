# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 219 (tests/pii/holdout219/H1737-H1744 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name or sentence is taken from the earlier sets (the script
asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name in
names.csv, and that no trap string was gold in an earlier set; set 218, written at the same time, is not an
earlier set).

Set 219 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
双柏 and 姚安 (楚雄, Yunnan): a Nuosu Yi mother from 昭觉 married into a Lolopo Yi village of 法脿镇 (双柏), the
country of the tiger dance, her husband paralysed by a fall while tapping pine resin; a Tibetan grandmother from
德钦 raising in the old walled town of 光禄 (姚安) a granddaughter whose Han father is in prison and whose mother
remarried in 维西; a Kazakh lorry driver from 木垒 who came hauling 姚安 garlic, married a Han sorter of a garlic
plant in 前场镇 and now nurses her after a stroke; a Hui widow from 西吉 in 妥甸 (双柏), her husband, a Yunnan Hui
mushroom dealer, killed on a 哀牢山 road; the Yi 儿童主任 of a mountain village of 法脿镇 reading out her list of
Yi and Han families (one of them a ranger of the 哀牢山 reserve); a social-work station worker of 光禄 answering
the phone and WeChat; a clerk of the 双柏 county women's federation going through her files; and the Han teacher
of a village school among the garlic fields of 前场镇.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Nuosu names (果基阿甘嫫, 吉伍尔日莫, 果基伍铁, 阿侯嘎嫫) used whole and in short forms (阿甘嫫 before 嫂, 伍铁他,
嘎嫫) and a form of address made from one (甘嬢); a Lolopo father's Han surname before a child's Yi name (矣惹且,
鄂阿果) beside the Yi names alone (惹且, 日嘎莫) and the Han names (矣俊豪, 矣晓菊); Diqing Tibetan names (斯那翁青,
央宗拉姆, 格茸追玛, 七林都吉, 鲁茸品初) with short forms (追玛, 鲁茸他), a form of address (青奶) and the Han
father's surname before the girl's Tibetan name (杞追玛); Kazakh given name + father's name with the hyphenation
point, the katakana middle dot, a full stop, no dot and a spaced dot (托列吾别克‧沙依兰, 别尔根・托列吾别克,
阿依江.托列吾别克, 别尔根托列吾别克, 阿依江 . 托列吾别克), the names alone (别尔根他, 托列) and forms of address
(托列哥, 依江妹她); Hui 经名 used alone (哈蒂则, 伊斯哈各, 育努斯, 再纳白, 艾优布, 宰图娜) beside the Han-form names
of the same people (拜雪琴, 纳恒昌, 纳钧铭, 纳佳慧), after a Han surname (纳育努斯) and in a form of address (育哥);
rare surnames of the region, many of them ordinary or grammar words (起, 矣, 者, 字, 杞, 普, 自, 茶, 钏, 禄, 苴, 陀, 腊,
期, 过, 来, 能, 和, 飞, 晋, 昂, 密, 奎, 保, 沐, 邰, 锁, 闪, 拜, 纳, 鄂), right before or after grammar words, particles,
pronouns and verbs (起凤仙起早, 能正福正好, 自琼芬自己, 再纳白再, 来得顺得了, 被毕兰英, 被苴老师, 给和又芬, 问者丽萍,
喊字老师, 飞雪梅她, 过秀芹她, 昂志刚他, 锁建国他); names that contain words, with the words used as words near them
(矣光荣 / 光荣, 普春雨 / 春雨, 普小满 / 小满节气, 鲁山林 / 山林, 过秀芹 / 过年, 字天明 / 天明, 禄丰收 / 禄丰,
茶若溪 / 喝茶, 者丽萍 / 记者, 乐正星回 / 星回节, 起凤仙 / 起来, 自琼芬 / 自己); names inside place-like and
organisation-like phrases where the name is the person's (密建华蒜厂, 禄金凤彝绣坊, 鲁山林护林点); a surname with only a
title or kin word, annotated whole (钏股长, 普阿奶, 矣老倌, 沐医生, 苴老师, 杞大爹, 晋警官, 邰医生, 闪阿訇, 苴阿婆,
起主任, 茶社工, 小茶, 茶姐姐, 腊婆婆, 奎奶奶, 者大姐, 字老师, 字爹, 伍校长); local nicknames, annotated whole (虎崽,
蒜娃); names opening an answer (来得顺，十岁) and closing a line with no stop (最想谢的人是起凤仙); names spaced out
character by character in half- and full-width spaces (果 基 阿 甘 嫫, 斯　那　翁　青, 别 尔 根 · 托 列 吾 别 克,
端　木　岫　云, 阿 侯 嘎 嫫) and split in two (矣 惹且, 格茸 追玛, 托列吾别克　沙依兰, 纳　艾优布, 腊 春生, 皇甫 澄碧,
字 天明); compound surnames after ordinary words (端木, 司空, 澹台, 欧阳, 宗政, 申屠, 梁丘, 夏侯, 濮阳, 钟离, 左丘,
赫连, 皇甫, 乐正, 段干 after 社工站的/同事叫/班主任/律师/老师/大学生/支教的/志愿者里有个/主席); and numbers read out
and written the many ways people do.

The markup (``{{han:…}}``, ``{{minority/GROUP:…}}``, ``{{mobile@FORMAT}}``, ``{{trap/KIND:…}}`` …): see
tests/pii/_setkit.py. The minority groups here are tibetan, kazakh, hui and yi (only counted, never written to the
key).

Person spans are the name only: a title or kinship word after a name (嫂, 阿奶, 老师, 阿訇) and a particle, pronoun or
verb written directly after it are outside the span; a surname with only a title or kin word and a local nickname
are annotated whole. Han-style names of Yi, Tibetan, Hui and Kazakh people and families (矣光荣, 杞思雨, 拜雪琴,
纳钧铭, 起凤仙, 者丽萍) are category han; a Han surname before a non-Han given name (矣惹且, 杞追玛, 纳育努斯, 鄂阿果)
is category minority, and so are forms of address made from a non-Han name (甘嬢, 青奶, 托列哥, 依江妹, 育哥).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout219/make_holdout219.py`` to rebuild (deterministic: seeded generator).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(219_2026_1207)
MINORITY_GROUPS = ('tibetan', 'kazakh', 'hui', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"tibetan": 10, "kazakh": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "139", "147", "152", "155", "159", "172", "178", "180", "182",
                   "183", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1737: Nuosu Yi mother from 昭觉 married into a Lolopo Yi village of 法脿镇 (双柏); her husband was paralysed by a
# fall while tapping pine resin.
DOCS["H1737"] = ("family", """\
访谈者：嬢嬢，您是哪里人？
受访者：四川凉山{{trap/place:昭觉}}的。我叫{{minority/yi:果基阿甘嫫}}，嫁到{{trap/place:双柏}}十四年了。寨子里的人念不顺凉山名字，大人喊我{{minority/yi:阿甘嫫}}嫂，娃娃们喊我{{minority/yi:甘嬢}}。
访谈者：怎么嫁到这边来的？
受访者：那年我在{{trap/place:攀枝花}}砖厂打工，认得了{{han:矣光荣}}。他是{{trap/place:法脿}}的彝族，他们这支叫{{trap/minority_word:罗罗颇}}，我们是诺苏，彝话只通得一半。嫁过来才晓得，这边的山比昭觉还陡，一年到头雾罩罩的。
访谈者：家里现在是什么情况？
受访者：前年冬天{{han:矣光荣}}上山割{{trap/word:松香}}，从树上摔下来，腰断了，下半身动不得，评了一级残疾。名字是他爹取的，他自己讲，屎尿都要人端，还{{trap/word:光荣}}哪样。
访谈者：孩子们多大了？
受访者：两个。姑娘十三，户口上叫{{han:矣晓菊}}，我给她取的彝名叫{{minority/yi:日嘎莫}}，在{{school:双柏县法脿中学初一（3）班}}。儿子九岁，户口上叫{{han:矣俊豪}}，彝名{{minority/yi:惹且}}，花名册上写成{{minority/yi:矣惹且}}，在{{school:法脿镇中心小学三年级2班}}。他属虎，{{trap/minority_word:老虎笙}}跳得好，寨子里都喊他{{han:虎崽}}。
访谈者：谁在帮你们？
受访者：头一个是村里的儿童主任{{han:起凤仙}}，{{han:起凤仙}}起早贪黑地跑，给两个娃娃报了困境儿童，每人每月{{trap/number:六百八}}，又帮我家报了低保。老公的两项补贴，是镇民政办的{{han:能正福}}正好下村，坐在我家门槛上填的表。县民政局的{{han:钏股长}}来核过两回，喝了一碗{{trap/minority_word:苦荞茶}}才走。镇社工站的{{compound:端木岫云}}每个礼拜来，给姑娘补英语；他同事叫{{compound:司空晓渝}}，教儿子画画。
访谈者：您一个人照顾得过来吗？
受访者：照顾不过来也要照顾。早上五点起来喂猪、煮饭，给{{han:矣光荣}}翻身、擦身子，再送儿子下山上学。姑娘住校，礼拜五回来帮我。隔壁{{han:普阿奶}}七十多了，还天天过来帮我守一下老公。她大孙子{{han:普春雨}}在昆明读大专，放假回来帮我们砍柴。那几天下{{trap/word:春雨}}，路滑，他背着一捆柴摔在沟里，膝盖皮都破了。
访谈者：您爱人现在心情怎么样？
受访者：刚摔那半年，他天天不吃饭，讲他拖累我们，不如死了算了。镇卫生院的{{han:沐医生}}上门来，跟他讲了一下午，讲人活下来就是福气，还教我怎么给他按腿、防褥疮。他爹{{han:矣老倌}}八十了，天天拄着拐杖过来陪他坐，爷俩抽水烟筒，一句话不讲，也坐一个下午。现在好些了，他躺在床上编竹篮，一个卖十五块。{{han:虎崽}}放学回来就蹲在床边看他爹编，编坏了拆了重来。
访谈者：老虎笙是怎么跳的？
受访者：正月初八到十五，寨子里的男人用黑毡子裹身子，脸上画老虎花纹，挨家挨户跳，讲是驱邪、求个好年成。{{han:虎崽}}今年头一回扮小老虎，他爹在床上听着锣声哭了，讲他小时候也是这样跳的。
访谈者：老家那边还有人吗？
受访者：我阿妈{{minority/yi:吉伍尔日莫}}在昭觉，七十了。哥哥{{minority/yi:果基伍铁}}在成都工地上，{{minority/yi:伍铁}}他每年{{trap/minority_word:火把节}}都寄五百块，给娃娃们买新衣裳。老公摔了以后，{{minority/yi:伍铁}}专门从凉山请了个{{trap/minority_word:毕摩}}下来做了一场。我晓得不管用，可心里好过一点。
访谈者：孩子们在学校怎么样？
受访者：姑娘读书好，考过年级第三。班主任{{compound:澹台明溪}}讲，这个娃娃话少，心里有数。儿子调皮，上课坐不住，被{{han:苴老师}}罚站过好几回，回家还学老师的口气骂他姐。
访谈者：家里收入呢？
受访者：我在山上捡菌子卖，七八月份一天能卖一两百，鸡枞、干巴菌都有，冬天就没得了。低保和补贴加起来一个月一千出头，紧紧巴巴够用。去年修厕所，{{trap/org:双柏县残联}}补了三千。这两年菌子也不好捡了，外地人开着车来，天不亮就把山翻一遍。我背着背篓走三个钟头，有时候一朵鸡枞都捡不到，空着手回来，还要给老公煮饭。
访谈者：您最担心什么？
受访者：担心姑娘。她讲读完初中就去打工，帮我养家。我不答应。我们凉山好多姑娘十五六岁就嫁人了，我就是书读少了吃的亏。我给她讲{{trap/famous:支格阿鲁}}射太阳的故事，讲人要有本事才站得住。她听了不讲话，第二天把课本都包了新书皮。
访谈者：登记信息请您说一下。
受访者：家在{{address:双柏县法脿镇阿洒郎村五组18号}}，娘家在{{address:昭觉县比尔乡洛呷村二组6号}}。我的身份证{{id_number@wtri.513431}}，老公的{{id_number@my1984quad.532322}}。我电话{{mobile@h38}}，{{han:起凤仙}}的{{mobile@spaced}}。姑娘有个微信叫{{wechat:rigamo_fabiao}}，QQ号写在作业本皮上：{{qq:１７３０６４９２５}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上我是{{spaced:果 基 阿 甘 嫫}}，老公写成{{spaced:矣　光　荣}}，儿子写成{{spaced:矣 惹且}}。
访谈者：您还想说什么？
受访者：这些年，我最想谢的人是{{han:起凤仙}}
""")

# H1738: Tibetan grandmother from 德钦 raising in 光禄 (姚安) a granddaughter whose Han father is in prison and whose
# mother remarried in 维西.
DOCS["H1738"] = ("family", """\
访谈者：阿奶，您是从哪里来的？
受访者：迪庆{{trap/place:德钦}}，{{trap/place:梅里雪山}}脚下。我叫{{minority/tibetan:斯那翁青}}。光禄街上的人念不来，孙女的同学图省事，喊我{{minority/tibetan:青奶}}，大人们也跟着这么喊。
访谈者：怎么到姚安来的？
受访者：我姑娘{{minority/tibetan:央宗拉姆}}在{{trap/place:香格里拉}}的酒店当服务员，认得了跑旅游车的{{han:杞国强}}，嫁到{{trap/place:姚安}}来了。孙女五岁那年两口子离了，她回了迪庆，后来又嫁到{{trap/place:维西}}，电话都换了。{{han:杞国强}}又跟人去偷电缆，判了五年，关在{{trap/place:楚雄}}。娃娃没人管，我就从山上下来了。
访谈者：孙女多大了？
受访者：十岁。户口上叫{{han:杞思雨}}，藏名是寺里的喇嘛起的，叫{{minority/tibetan:格茸追玛}}，我喊她{{minority/tibetan:追玛}}。学校图省事，花名册上写成{{minority/tibetan:杞追玛}}。她在{{school:姚安县光禄镇中心小学四年级（1）班}}，班主任是{{han:飞雪梅}}老师。
访谈者：她知道爸爸的事吗？
受访者：晓得。去年{{trap/org:光禄派出所}}的{{han:晋警官}}开车带我们去看过一回。回来她一句话不讲，夜里抱着我哭。{{han:飞雪梅}}她晓得了，就让她中午去办公室写作业，不让同学问东问西。
访谈者：谁在帮你们？
受访者：镇社工站的{{han:茶若溪}}给{{minority/tibetan:追玛}}报了事实无人抚养，一个月{{trap/number:一千二百五十}}，还问了服刑人员子女的补助。{{han:茶若溪}}会讲几句藏话，是在德钦支教的时候学的。社区儿童主任{{han:禄丰收}}是{{trap/place:禄丰}}人，上我家的门槛都快踩平了。社工站的心理老师{{compound:欧阳苇杭}}每月来一回，陪孙女画画。孙女的爷爷{{han:杞大爹}}腿不好，一个人住在古城里，也常拄着拐杖过来看她。
访谈者：孙女跟爷爷那边亲吗？
受访者：亲。{{han:杞大爹}}是光禄的老木匠，古城里好多老房子的门窗都是他修的。孙女放学先去他那里写作业，看他刨木头。他讲汉话，我讲藏话，两个老的凑在一起，话不通，就比划。有一回他给孙女做了个小木马，孙女高兴得一晚上不睡。他讲，是他对不起这个娃娃，儿子没教好。
访谈者：您自己身体呢？
受访者：血压高。镇卫生院的{{han:邰医生}}每个月上门量一回，讲我要少吃盐。我最怕自己哪天倒了，孙女没人管。{{han:茶若溪}}讲，万一有那一天，她会想办法。我听了心里才松一点。
访谈者：您在这边习惯吗？
受访者：比德钦热，膝盖倒不疼了。我在{{trap/place:光禄古镇}}城门洞边摆个摊，卖老家寄来的{{trap/word:松茸}}和牦牛肉干。邻居{{han:毕兰英}}是彝族，有一回我被{{han:毕兰英}}拉去跳{{trap/minority_word:左脚舞}}，跳得一身汗。她讲我们的锅庄跟她们的左脚舞差不多，都是围着圈跳。过藏历年我煮一锅牦牛肉给街坊分，{{han:毕兰英}}端来一盆{{trap/minority_word:荞粑粑}}，两家人凑一桌。
访谈者：老家还有什么人？
受访者：老伴{{minority/tibetan:七林都吉}}走了八年了。儿子{{minority/tibetan:鲁茸品初}}在德钦跑运输，{{minority/tibetan:鲁茸}}他每年秋天送松茸下来，顺便带一袋{{trap/minority_word:糌粑}}。孙女吃不惯，我就掺着红糖哄她吃。
访谈者：孙女在学校交到朋友了吗？
受访者：交到了。同桌是个彝族小姑娘，两个人放学一起去{{trap/place:莲花池}}边上喂鱼。我们德钦没有这么大的荷花，孙女头一回看见，讲像菩萨坐的莲台。她把荷叶顶在头上当帽子，跑回来给我看，我笑得眼泪都出来了。那是她爸出事以后，我头一回看见她笑。
访谈者：冬天怎么过？
受访者：姚安冬天不冷，可屋里潮，老房子漏风。社工站送来一床电热毯，孙女讲比阿奶的羊皮袄还暖和。我晚上给她讲{{trap/place:卡瓦格博}}的故事，讲那是我们的神山，她听着听着就睡了。
访谈者：孙女学习怎么样？
受访者：语文好，作文写过{{trap/famous:李贽}}，说他在姚安当过知府，老师拿到班上念了。数学差，我也教不来。社工站找了个大学生{{compound:宗政柯宇}}，周末来补课，一分钱不要。
访谈者：孩子想妈妈吗？
受访者：想。有一回她问我，阿妈是不是不要她了。我讲不是，阿妈在维西，路远。她就把阿妈的照片夹在字典里，每天翻一下。我看着心口疼，晚上念{{trap/minority_word:玛尼}}念到半夜。
访谈者：登记信息请您说一下。
受访者：住在{{address:姚安县光禄镇古城西街巷23号}}，老家{{address:德钦县升平镇阿东村三社11号}}。我的身份证{{id_number@wold.533422}}，孙女的{{id_number@wy2015spaced.532325}}。我不会用手机，电话留儿子的：{{mobile@p86n}}，{{han:茶若溪}}的{{mobile@s434}}。儿子的微信叫{{wechat:Pinchu-Deqin}}，孙女上网课用的QQ是{{qq:2084617395}}。
访谈者：表上的名字写得对吗？
受访者：不对。我是{{spaced:斯　那　翁　青}}，孙女写成{{spaced:格茸 追玛}}，还有一张写成{{spaced:杞 追 玛}}。
访谈者：您还想说什么？
受访者：我老了，只盼着{{minority/tibetan:追玛}}长大。哪天她爸出来了，一家人好好过日子。
""")

# H1739: Kazakh lorry driver from 木垒 who came hauling 姚安 garlic and married a Han sorter of a garlic plant in
# 前场镇; she is disabled by a stroke.
DOCS["H1739"] = ("family", """\
访谈者：大哥，您是新疆来的？
受访者：{{trap/place:木垒}}的，哈萨克族。我叫{{minority/kazakh:托列吾别克‧沙依兰}}，名字长，跑车的朋友喊我{{minority/kazakh:托列}}，蒜厂老板喊我{{minority/kazakh:托列哥}}。
访谈者：怎么到姚安来的？
受访者：以前在新疆开大货，{{trap/place:姚安}}的大蒜一车一车往{{trap/place:乌鲁木齐}}拉，我拉了三年，认得了蒜厂做分拣的{{han:过秀芹}}。那年{{trap/word:过年}}在她家吃的饭，她爹讲，姓过的姑娘嫁给新疆人，也算过了一道关。就这样留下来了。
访谈者：跑车辛苦吗？
受访者：辛苦。蒜季一天跑两趟楚雄，凌晨三点起来装车，一车二十吨，装完手都抬不起来。以前在新疆跑长途，戈壁滩上一开就是一天，看不见一个人；这边山路弯多，雾大，我开得慢，老板也不催。晚上回到家，两个娃娃已经把饭煮好了，米线里卧两个鸡蛋，讲是给爸爸的。我坐在门口吃，看着蒜地，想起木垒的麦田，也是这样一眼望不到头。
访谈者：家里出了什么事？
受访者：前年{{han:过秀芹}}她中风了，才三十六岁，右边身子动不得，话也讲不清，评了二级残疾。我不敢再跑长途，就在{{trap/place:前场}}给蒜厂开货车，平时一天跑一趟楚雄，晚上回来给她擦身子、喂饭。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:别尔根・托列吾别克}}十一岁，姑娘{{minority/kazakh:阿依江.托列吾别克}}八岁。村小的花名册没有点，写成{{minority/kazakh:别尔根托列吾别克}}，一格写不下。{{han:字老师}}干脆喊{{minority/kazakh:别尔根}}和{{minority/kazakh:依江妹}}。儿子在{{school:前场镇麂子箐小学五年级（2）班}}，姑娘在{{school:麂子箐小学二年级1班}}。蒜厂的嬢嬢们喜欢儿子，喊他{{han:蒜娃}}，他也答应。
访谈者：谁在帮你们？
受访者：村里的儿童主任叫{{han:和又芬}}，我一有事就给{{han:和又芬}}打电话，半夜都接。她给两个娃娃报了困境儿童，每月{{trap/number:七百二十块}}，老婆的两项补贴也是她跑下来的。镇社工站的{{compound:申屠海棠}}每月来一回，陪老婆做康复；支教的{{compound:梁丘佑安}}给儿子补数学。县残联的{{han:昂志刚}}送来一辆轮椅，{{han:昂志刚}}他讲，轮椅坏了就找他。
访谈者：您爱人康复得怎么样？
受访者：慢。刚出院那阵，她连勺子都拿不住。{{compound:申屠海棠}}每回来，教她用右手夹豆子，一颗一颗夹到碗里。现在能扶着墙走到门口了。她妹妹{{han:过秀蕊}}在县城开米线馆，礼拜天送一锅鸡汤来。她讲，姐夫一个新疆人，对她姐比本地男人还好。我讲，那是我老婆，不对她好对哪个好。
访谈者：孩子们帮得上忙吗？
受访者：帮得上。收蒜的季节，儿子放学去地里帮人家剪蒜根，一天挣二十块，回来全交给我。我不要，他讲给妈妈买药。姑娘会唱我教的摇篮曲，她唱给妈妈听，妈妈就笑。{{han:字老师}}来家访过三回，每回都带几本书，讲这两个娃娃脑子灵，莫耽误了。
访谈者：孩子们习惯这边吗？
受访者：刚来的时候吃不惯米线，现在一天不吃就想。{{minority/kazakh:别尔根}}他会讲姚安话了，回来教我讲“咯是”“整哪样”。姑娘胆子小，看见妈妈流口水就哭，{{minority/kazakh:依江妹}}她现在会拿毛巾给妈妈擦了。去年冬天下了一场小雪，薄薄一层，两个娃娃高兴得在院子里打滚，讲跟木垒一样了。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/kazakh:加娜尔‧吐尔逊}}在木垒放羊，弟弟{{minority/kazakh:努尔波拉提.沙依兰}}在{{trap/place:奇台}}开修理厂，去年寄来一箱{{trap/minority_word:熏马肠}}。在昆明卖馕的老乡{{minority/kazakh:哈孜木拉提}}过节开车来看我们，弹着琴唱了一晚上{{trap/minority_word:阿肯弹唱}}。我给娃娃们念{{trap/famous:唐加勒克}}的诗，他们听不懂，光笑。
访谈者：钱够用吗？
受访者：不够。我一个月开车挣四千多，老婆吃药一个月六七百，房租三百。补贴加起来一千五六，勉强够。我开的是{{han:密建华}}蒜厂的车，{{han:密建华}}人好，老婆住院那回预支了我三个月工资。
访谈者：登记信息请您说一下。
受访者：住在{{address:姚安县前场镇麂子箐村大村17号}}，老家在{{address:木垒县大石头乡阿克喀巴克村4号}}。我的身份证{{id_number@my1985hyphen.652328}}，老婆的{{id_number@wy1988fwhyphen.532325}}。我电话{{mobile@plus86}}，{{han:和又芬}}的{{mobile@fullwidth}}。我微信{{wechat:Tolew-Mulei85}}，儿子有个QQ：{{qq:593820147}}。
访谈者：表上的名字写得对吗？
受访者：乱得很。低保表上写成{{spaced:托列吾别克　沙依兰}}，儿子写成{{spaced:别 尔 根 · 托 列 吾 别 克}}，姑娘写成{{spaced:阿依江 . 托列吾别克}}。
访谈者：您最盼什么？
受访者：盼老婆能站起来，一家人回木垒看一回阿妈。{{han:过秀芹}}讲，她要去看看天山上的雪。我讲，等你好了，我开车拉你去，一路开到阿妈的毡房门口。
""")

# H1740: Hui widow from 西吉 in 妥甸 (双柏); her husband, a Yunnan Hui mushroom dealer, was killed on a 哀牢山 road.
DOCS["H1740"] = ("family", """\
访谈者：大姐，您是宁夏人？
受访者：{{trap/place:西吉}}的。我叫{{han:拜雪琴}}，经名{{minority/hui:哈蒂则}}。十二年前跟老乡到{{trap/place:妥甸}}的清真馆子端盘子，认得了{{han:纳恒昌}}。他是{{trap/place:通海}}纳家营出来的，在双柏收菌子卖。
访谈者：您爱人……
受访者：前年八月，他拉一车{{trap/word:牛肝菌}}去昆明，在{{trap/place:哀牢山}}下来的弯道上翻了车，人没了。他经名{{minority/hui:伊斯哈各}}，寺里的{{han:闪阿訇}}给他站的{{trap/minority_word:者那则}}，埋在妥甸回民公墓。
访谈者：孩子们呢？
受访者：三个。大儿子{{han:纳钧铭}}，经名{{minority/hui:育努斯}}，十四岁，在{{school:双柏县第一中学初二（5）班}}，花名册上是{{minority/hui:纳育努斯}}，同学喊他{{minority/hui:育哥}}。姑娘{{han:纳佳慧}}，经名{{minority/hui:再纳白}}，十岁，在{{school:妥甸镇查姆湖小学四年级（3）班}}。{{minority/hui:再纳白}}再过两年就要戴盖头了。小儿子{{minority/hui:艾优布}}六岁，孤独症，不会讲话，在县特教学校上学前班。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:自琼芬}}，{{han:自琼芬}}{{trap/word:自己}}也是一个人带娃娃，最晓得难处。她给三个娃娃报了困境儿童，又给{{minority/hui:艾优布}}办了残疾证，两项补贴一个月{{trap/number:两百二}}。县妇联的{{han:者丽萍}}给姑娘报了{{trap/org:春蕾计划}}，每学期一千。过{{trap/minority_word:开斋节}}，社区送来米和油，{{han:自琼芬}}讲这是政府的心意，莫客气。大儿子的助学金是她找{{trap/org:双柏县慈善总会}}要来的。
访谈者：一个人带三个，怎么过？
受访者：我在清真馆子做白案，早上五点去揉面、炸{{trap/minority_word:油香}}，十点回来给小的喂饭。老板{{han:锁建国}}也是回族，让我把小的带到店里，在后面小屋里玩。{{han:锁建国}}他老婆{{minority/hui:宰图娜}}也帮着看。大的放学来店里洗碗，一晚上洗三四百个。
访谈者：您自己身体怎么样？
受访者：腰不好，揉面揉出来的。去年冬天发高烧，是{{han:锁建国}}开车送我去{{trap/org:双柏县人民医院}}，那三天娃娃们是{{minority/hui:宰图娜}}带的。小的离不开人，夜里醒了就尖叫，她抱着一晚上没睡。
访谈者：孩子们想爸爸吗？
受访者：想。大的不讲，把他爹的车钥匙拴在书包上。姑娘每个礼拜五跟我去寺里，给她爹做{{trap/minority_word:都哇}}，{{han:闪阿訇}}摸着她的头讲，娃娃的心意真主晓得。隔壁卖菌子的{{han:施桂香}}讲，{{han:纳恒昌}}收菌子从来不压秤，山上的人都念他好。
访谈者：交通事故的赔偿拿到了吗？
受访者：拿了一半。对方车是挂靠的，老板跑了。法律援助的律师{{compound:夏侯一苇}}帮我们打官司，打了一年多，还差十几万。我不识几个字，官司上的事一样都不懂，全靠律师一趟一趟地跑。{{compound:夏侯一苇}}讲，钱追回来先给三个娃娃存着读书。
访谈者：孩子们在学校怎么样？
受访者：大儿子成绩中等，爱打篮球，班主任{{han:期文斌}}老师讲他上课爱睡觉，是晚上洗碗洗的。姑娘成绩好，就是想她爹，作文写的全是爹。大的讲他长大要当交警，专门管那些开车不要命的。{{minority/hui:艾优布}}在特教学校，{{compound:濮阳漱石}}老师教他认卡片，现在会喊“妈”了。那天我在门口听见，哭得蹲在地上，{{compound:濮阳漱石}}扶我起来。
访谈者：娘家那边呢？
受访者：阿妈在西吉，身体不好。哥哥{{han:拜永寿}}在{{trap/place:六盘山}}下种洋芋，{{trap/minority_word:开斋节}}打视频，叫我带娃娃回去。我讲不回了，{{minority/hui:伊斯哈各}}埋在这里，娃娃们也是在这里长大的。周末我带他们去{{trap/place:查姆湖}}边走一圈，姑娘讲她爹以前就在这里教她骑车。阿妈讲西吉干旱，一年下不了几场雨，这边雨多，山是绿的，她来过一回就不想走了。
访谈者：您在这边过得惯吗？
受访者：刚来那几年吃不惯，这边什么都放辣子，菌子一炒一大盘，我不敢吃，怕有毒。他笑我，讲宁夏来的媳妇连菌子都不认得。后来他带我上山，一样一样教我认，哪个是见手青，哪个是鸡枞，哪个有毒碰都不能碰。现在我比他认得还全，可他不在了。菌子季一到，我就想起他背着背篓走在前面的样子。
访谈者：登记信息请您说一下。
受访者：住在{{address:双柏县妥甸镇查姆湖路回民巷9号}}，娘家在{{address:西吉县兴隆镇单家集村三组14号}}。我的身份证{{id_number@wy1989fwspaced.640422}}，大儿子的{{id_number@my2011x.532322}}。我电话{{mobile@s74}}，{{han:自琼芬}}的{{mobile@hyphen}}。我微信{{wechat:hadize_tuodian}}，大儿子的QQ是{{qq:46102938}}。
访谈者：表上的名字写得对吗？
受访者：残疾证上小儿子是{{spaced:纳　艾优布}}，低保表上我是{{spaced:哈 蒂 则}}，姑娘写成{{spaced:再　纳　白}}。
访谈者：您最盼什么？
受访者：盼三个娃娃平平安安。大的讲要考警校，我讲好，你爹在天上看着。小的不会讲话，可每天晚上都要摸一摸他爹的照片才睡。
""")

# H1741: Yi 儿童主任 of a mountain village of 法脿镇 (双柏) reading out her list of Yi and Han families.
DOCS["H1741"] = ("staff", """\
访谈者：{{han:起主任}}，您这个姓少见。
受访者：{{trap/word:起来}}的起。我叫{{han:起凤仙}}，彝族，在{{trap/place:法脿镇}}阿洒郎村当儿童主任五年了。村子在半山上，下山赶街要走一个半钟头。
访谈者：您是怎么当上儿童主任的？
受访者：以前我在村里当妇女主任，村里选儿童主任，大家讲我嘴巴快、腿脚勤，就选了我。头一年什么都不懂，表格看不明白，是镇上培训了三回才会。现在哪家娃娃几岁、哪天生日、补助哪个月到期，我脑子里都记着，比自己家的还清楚。我一家一家念给你听。
访谈者：好。
受访者：第一家，{{minority/yi:果基阿甘嫫}}家，凉山嫁过来的，老公{{han:矣光荣}}摔成了瘫子，两个娃娃{{han:矣晓菊}}、{{han:矣俊豪}}，都报了困境儿童。{{han:矣俊豪}}学校里写成{{minority/yi:矣惹且}}，我报材料的时候差点对不上。
访谈者：第二家？
受访者：第二家是{{han:普阿奶}}家。儿子前年喝了酒摔下坎子没了，儿媳妇改嫁到外省，电话打不通，两个孙子算事实无人抚养。大的{{han:普春晓}}十二岁，小的{{han:普小满}}七岁，{{han:普小满}}是{{trap/word:小满节气}}那天生的。住{{address:法脿镇阿洒郎村三组7号}}，小的在{{school:阿洒郎完小一年级一班}}。每人每月{{trap/number:一千一百五十元}}。
访谈者：第三家？
受访者：第三家户主{{han:鲁山林}}，{{trap/org:哀牢山保护区}}的护林员，一年到头在{{trap/word:山林}}里转，看长臂猿。姑娘{{han:鲁映雪}}九岁，得了白血病，在{{trap/org:昆明市儿童医院}}化疗，重病儿童也是困境儿童。我们村的人去昆明，都在{{han:鲁山林}}护林点前面那个路口搭车。他一个人在山上巡护，一个月回来两回，姑娘的事全靠他妈管。
访谈者：第四家？
受访者：第四家，{{han:陀国荣}}贩毒进去了，判了七年。儿子{{han:陀小军}}跟外婆{{han:苴阿婆}}过，服刑人员子女补助每月{{trap/number:八百三}}。{{han:陀小军}}在{{school:法脿镇中心小学六年级（2）班}}，身份证{{id_number@my2013hyphen.532322}}，外婆的电话{{mobile@s38}}。
访谈者：还有吗？
受访者：第五家是{{han:施彩云}}，十一岁，脑瘫，两项补贴都有。娃娃聪明得很，话讲不清，可眼睛会讲话，你问她哪样，她就眨眼睛。{{han:施彩云}}她爹在外头打工，她妈在家守着。住{{address:法脿镇阿洒郎村一组22号}}。
访谈者：最难忘的是哪一回？
受访者：去年{{han:鲁映雪}}化疗差三万块，{{han:鲁山林}}一个大男人蹲在村委会门口哭。我们在村里捐，{{han:普阿奶}}拿出卖鸡蛋攒的两百块，{{minority/yi:果基阿甘嫫}}背来一背篓干巴菌让我们拿去卖。后来县民政局的{{han:钏股长}}帮着报了临时救助，才凑够。现在{{han:鲁映雪}}头发长出来了，又回学校了。
访谈者：这些户谁在跟？
受访者：镇民政办{{han:能正福}}总管，社工站派了{{compound:端木岫云}}和{{compound:司空晓渝}}。县妇联的{{han:者丽萍}}每年来两回。社工站新来的{{compound:钟离芷汀}}跟第五家，教娃娃她妈做康复按摩。
访谈者：山里办这些难在哪？
受访者：难在路。下雨天路一垮，我走三个钟头才到最远的那家。材料要复印，村里没有复印机，我背着户口本下山。有一回摔了一跤，户口本掉进沟里，捞上来晒了两天才干。手机信号也不好，要爬到核桃树下面才打得出去。
访谈者：娃娃们平时玩什么？
受访者：跳{{trap/minority_word:老虎笙}}。正月里村里跳虎，{{han:虎崽}}和{{han:普春晓}}扮小老虎，{{han:陀小军}}敲锣。跳完一身泥，可高兴了。老人讲，我们彝族的祖先是老虎变的，娃娃们扮老虎，是跳给祖先看的。
访谈者：村里的留守娃娃多吗？
受访者：多。年轻人都去{{trap/place:玉溪}}、昆明打工了，一个寨子剩的全是老的小的。我们在村委会办了个儿童之家，周末开门，娃娃们来看书、画画，社工来了就带着做游戏。冬天屋里冷，我烧一盆炭火，娃娃们围着烤洋芋，烤得满脸黑，笑成一团。
访谈者：表上的名字写对了吗？
受访者：老是错。{{spaced:普　小　满}}写成一个字一个空，{{spaced:陀 小 军}}也是，还有社工的名字写成{{spaced:端　木　岫　云}}。我一张一张改。
访谈者：您自己家里呢？
受访者：我老公{{han:昂德寿}}在山上种核桃，两个娃娃在县城读书。我跑村里的事，家里的猪鸡都是他喂。他讲我当这个儿童主任，比当村长还忙，饭都吃不上一顿热的。
访谈者：您的联系方式？
受访者：我电话{{mobile@fws}}，工作微信{{wechat:qifx-asalang}}，娃娃们加我QQ，号码是{{qq:837204615}}。
访谈者：最后想说什么？
受访者：想说一句，儿童主任一个月补贴才三百，可看着娃娃们一个个读出来，值。有时候夜里躺下，想起哪家娃娃的补助还没到账，又爬起来翻本子。明年{{han:普春晓}}就要下山读初中了。
""")

# H1742: township social-work station worker of 光禄 (姚安) answering the phone and WeChat during the interview.
DOCS["H1742"] = ("staff", """\
访谈者：{{han:茶社工}}，您先忙。
受访者：不好意思，电话多。我叫{{han:茶若溪}}，{{trap/place:光禄}}镇社工站的，这边的老人都喊我{{han:小茶}}。你坐，先{{trap/word:喝茶}}。
访谈者：社工站是什么时候建的？
受访者：前年。以前这些事都压在民政办两三个人身上，忙不过来。现在县里还买了心理咨询的服务，一个月来两回。我大学学的社会工作，毕业在昆明干了三年，爹妈老了，就回来了。刚回来那阵，村里老人问社工是做什么的，是不是卖保险的。现在他们看见我，老远就喊，端个板凳让我坐。
受访者：喂，{{han:禄丰收}}？{{minority/tibetan:追玛}}今天没去上学？……好，我马上去{{minority/tibetan:青奶}}家看一下。
访谈者：是那个藏族奶奶？
受访者：是，{{minority/tibetan:斯那翁青}}，从德钦下来带孙女的。孙女藏名{{minority/tibetan:格茸追玛}}，爸爸在监狱，妈妈嫁到维西了。孙女一不高兴就不去上学，躲在城门洞里。
访谈者：您现在跟多少个孩子？
受访者：全镇二十三个。你看这条微信，是{{han:奎玉婷}}发的，她微信叫{{wechat:kuiyt_2010}}。{{han:奎玉婷}}十四岁，妈妈病死了，爸爸在外面另外成了家，跟着奶奶过。她讲读完初二就去{{trap/place:东莞}}打工，我劝了她半年。
访谈者：劝得住吗？
受访者：难。她讲护理好，穿白衣服，还能照顾奶奶。我让她去{{trap/org:姚安县职业高级中学}}看了一回，她说想学护理。她在{{school:光禄中学初二（4）班}}，班主任{{compound:左丘云帆}}也在劝。
受访者：喂，{{han:腊婆婆}}？{{han:腊春生}}又没回家？你莫急，我让{{compound:欧阳苇杭}}去网吧找。……是我们站的，男的，跑得快。
访谈者：{{han:腊春生}}是……
受访者：爸妈都在服刑，一个偷车，一个帮着销赃。他十二岁，跟奶奶住{{address:姚安县光禄镇旧城村六组30号}}，在{{school:光禄镇中心小学六年级（3）班}}。服刑人员子女补助每月{{trap/number:九百一}}。孩子的身份证{{id_number@my2013fwspaced.532325}}。
访谈者：您一天要接多少电话？
受访者：几十个。手机一天充三回电，睡觉也放在枕头边，不敢关机。晚上还有娃娃在微信上哭，我就陪着讲。{{han:禄丰收}}说我把自己的日子都过成别人的了，我讲，你还不是一样，一个社区主任天天往人家屋里跑。
访谈者：{{han:禄丰收}}是社区的？
受访者：是，光禄社区的儿童主任，{{trap/place:禄丰}}人，倒插门到光禄的。人家笑他的名字，他讲姓禄的就是要丰收，收的是娃娃。去年{{han:腊春生}}偷了小卖部两百块钱，开小卖部的{{han:施德贵}}要报警，是{{han:禄丰收}}去赔的钱、赔的礼。他后来讲，娃娃要是饿着肚子，你喊他来我这里吃碗米线。
受访者：喂，{{compound:宗政柯宇}}？这礼拜六你去藏族阿奶家给孙女补数学，顺便带两斤米。……是个大学生志愿者，在楚雄读书。
访谈者：这边的孩子喜欢什么活动？
受访者：去{{trap/org:高氏土司府}}听讲解，讲{{trap/famous:高奣映}}小时候怎么读书。夏天去莲花池看荷花，写生。{{minority/tibetan:追玛}}画的荷花拿过镇上的奖。秋天带他们去地里看人家收蒜，城里来的志愿者连蒜苗和葱都分不清，娃娃们笑得前仰后合，一下子就不怕生了。
访谈者：{{han:奎玉婷}}家里还有谁？
受访者：一个奶奶，七十六，耳朵背。我每个礼拜去一回，{{han:奎奶奶}}拉着我的手讲，这个孙女要是走了，她就没得人了。我把这句话转给{{han:奎玉婷}}听，她哭了一晚上。
访谈者：您怎么跟孩子们打交道？
受访者：先不问事，先陪着玩。{{han:腊春生}}头几回见我，一句话不讲，我就陪他打了两个月的篮球。有一天他投进一个三分，回头跟我讲，{{han:茶姐姐}}，我爸以前也会投。那以后他才肯跟我讲家里的事。
受访者：喂？……不是，这个要打{{trap/hotline:12355}}，青少年的热线。……不客气。
访谈者：表上的名字写错的多吗？
受访者：多。县里下发的表把{{spaced:斯 那 翁 青}}写开了，{{spaced:格 茸 追 玛}}也是，{{han:腊春生}}写成{{spaced:腊 春生}}，连我们站的{{spaced:左 丘 云 帆}}都写成四个字分开。
访谈者：您的联系方式？
受访者：我电话{{mobile@s74}}，工作微信{{wechat:chaxr-guanglu}}。有的奶奶不会用微信，就用QQ，站里的QQ是{{qq:2910563847}}。
访谈者：最难的是什么？
受访者：最难的是看着娃娃往下滑，拉不住。{{han:奎玉婷}}要是真走了，我会后悔一辈子。去年有个娃娃，我们跟了一年，最后还是跟着他叔叔去了广东的厂里，才十五岁。
访谈者：有什么希望？
受访者：希望站里多两个人。现在就我和{{compound:欧阳苇杭}}两个，跑不过来。县里讲明年给我们加一个编制，我天天盼着，人多了就能多跑几个村。
""")

# H1743: clerk of the 双柏 county women's federation going through her files.
DOCS["H1743"] = ("staff", """\
访谈者：{{han:者大姐}}，您在妇联做了几年了？
受访者：八年了。我叫{{han:者丽萍}}，在{{trap/org:双柏县妇联}}办公室。外地人听见我姓者，以为我是{{trap/word:记者}}，其实是彝族的姓，我们{{trap/place:大麦地}}姓者的多。
访谈者：妇联管困境儿童哪些事？
受访者：{{trap/org:春蕾计划}}、儿童之家、家暴的保护令，还有单亲妈妈的帮扶。你问{{han:者丽萍}}管哪样，我讲，哪样都管一点。
访谈者：儿童之家是做什么的？
受访者：就是给娃娃们一个放学后能去的地方。全县建了三十几个，有的在村委会，有的在学校旁边。里面有书、有玩具，有的还有电脑，可以跟外地打工的爸妈视频。周末请志愿者来上课，教画画、教唱歌，也教女娃娃怎么保护自己。好多娃娃一到周末就守在电脑前面等视频，等不到就哭。
访谈者：春蕾计划是怎么帮的？
受访者：资助家里困难的女娃娃读书，一学期一千，一直资助到高中。钱不多，可对山里人家，是让女娃娃读书的一个理由。以前有的人家讲，女娃娃读书没用，早点嫁人。我们上门一家一家讲，讲到人家烦。现在好多了，有的春蕾女孩考上了大学，回来当老师。
访谈者：能讲几个具体的吗？
受访者：一个是妥甸的{{han:拜雪琴}}，回族，宁夏嫁过来的，经名{{minority/hui:哈蒂则}}。老公车祸没了，三个娃娃。姑娘{{minority/hui:再纳白}}成绩好，我们给她报了春蕾，小儿子{{minority/hui:艾优布}}送了特教学校。社区的{{han:自琼芬}}跟得紧，有事先打给她。
访谈者：还有呢？
受访者：法脿那边，{{minority/yi:果基阿甘嫫}}家，老公瘫了。村里{{han:起凤仙}}报上来的，我们给她申请了巾帼创业的贴息贷款，让她养了二十只山羊。
访谈者：家暴的案子多吗？
受访者：有。{{trap/place:大麦地}}有个凉山嫁过来的媳妇，叫{{minority/yi:阿侯嘎嫫}}，老公{{han:鄂荣福}}喝了酒就打人，连娃娃一起打。头一回去，她躲在灶房里不敢出来，男人在院子里骂。我们坐了一下午，她才肯开口。儿子{{minority/yi:鄂阿果}}八岁，背上全是青的。我们跟{{trap/org:大麦地派出所}}一起去的，帮她申请了人身安全保护令。现在{{minority/yi:嘎嫫}}带着儿子住在镇上，在{{han:禄金凤}}彝绣坊绣花，{{han:禄金凤}}一个月给她开一千八。
访谈者：孩子呢？
受访者：{{minority/yi:鄂阿果}}在{{school:大麦地镇中心小学二年级（3）班}}，心理老师{{compound:赫连秋池}}每个礼拜跟他谈一回。他画画，画的都是黑乎乎的，现在开始画太阳了。上个月他给心理老师画了一只老虎，讲是保护妈妈的。
访谈者：还有别的孩子吗？
受访者：还有个孤儿{{han:禹沁瑶}}，十三岁，爸爸病死了，妈妈前年在山洪里没了，跟舅舅{{han:柴国平}}住在妥甸。舅舅家里也不宽裕，三个娃娃挤一间屋。我们帮她报了孤儿基本生活费，一个月{{trap/number:一千五百一}}，又让她进了儿童之家。{{han:禹沁瑶}}喜欢跳舞，{{han:柴国平}}讲她跳起来像她妈。她用QQ跟我们联系，号码是{{qq:6370291845}}。
访谈者：你们人手够吗？
受访者：不够。妇联主席{{compound:皇甫澄碧}}带着我们四个人，一个县的事。一个人管好几摊，档案堆得比人还高，下乡一趟要两天，回来接着录表。志愿者里有个大学生叫{{compound:乐正星回}}，{{trap/minority_word:星回节}}那天生的，她爹就给她取了这个名字。她帮我们整理档案，一份一份录。
访谈者：档案里的名字写对了吗？
受访者：错的不少。{{spaced:阿 侯 嘎 嫫}}被写成一个字一个空，{{spaced:鄂　阿　果}}也是，主席的名字写成{{spaced:皇甫 澄碧}}，我的写成{{spaced:者 丽 萍}}。
访谈者：您平时怎么跟这些妈妈联系？
受访者：打电话，发微信。{{minority/yi:阿侯嘎嫫}}不识字，我就发语音。有的妈妈在外面打工，一年见不到一回，就靠手机。她电话{{mobile@p86h}}，身份证{{id_number@wy1991x.513436}}。
访谈者：您自己呢？
受访者：我家在{{trap/place:鄂嘉}}，老公在乡上，我们一个礼拜见一回。女儿读高中，她讲妈妈你管那么多人家的娃娃，自己家的不管。我听了心里也酸。我跟她讲，妈妈管的这些娃娃，没有妈妈管，你有。她不讲话，后来放假去儿童之家当了志愿者。
访谈者：登记一下您的联系方式。
受访者：我的手机{{mobile@plain}}，微信{{wechat:zhelp_fulian}}。{{minority/yi:鄂阿果}}的身份证{{id_number@my2017quad.532322}}，他们住在{{address:双柏县大麦地镇新街45号附2号}}。家暴求助可以打{{trap/hotline:12338}}。
访谈者：最后想说什么？
受访者：我们彝族有部{{trap/minority_word:查姆}}，讲的是人从哪里来。我讲给这些妈妈听，人能从洪水里走出来，日子也能。这些妈妈比我们想的硬气，只要有人拉一把，她们自己就站起来了。
""")

# H1744: Han teacher of a village school among the garlic fields of 前场镇 (姚安).
DOCS["H1744"] = ("staff", """\
访谈者：{{han:字老师}}，您教了多少年书？
受访者：十九年了。我叫{{han:字天明}}，我爹讲我是{{trap/word:天明}}的时候生的。在{{trap/place:前场镇}}麂子箐小学，一共六个年级，九十几个学生，十一个老师。
访谈者：学校里困境儿童多吗？
受访者：多。一半是留守的，爸妈在外面打工，跟爷爷奶奶在村里种{{trap/word:大蒜}}。还有几个特别难的。
访谈者：学校条件怎么样？
受访者：比以前好多了。我刚来的时候是土坯房，下雨漏水，冬天窗户上糊塑料布。现在盖了教学楼，有食堂，中午每个娃娃一碗饭一个菜一个汤，营养餐是国家给的。就是留不住年轻老师，来了两三年就考走了。我不怪他们，山里太偏，找对象都难。
访谈者：您怎么发现孩子家里有困难？
受访者：看。看衣服，看饭量，看作业本。衣服几天不换，中午饭吃两碗还要，作业本用背面写，这样的娃娃家里多半有事。再去家访，一家一家走。我骑个摩托，蒜地里的小路，下雨天全是泥，摔过好几回。
访谈者：您刚才讲有几个特别难的，能讲讲吗？
受访者：头一个是{{minority/kazakh:别尔根}}，哈萨克族，爸爸是新疆来的大货司机{{minority/kazakh:托列吾别克‧沙依兰}}，妈妈{{han:过秀芹}}中风了。妹妹{{minority/kazakh:阿依江.托列吾别克}}在二年级，我们喊她{{minority/kazakh:依江妹}}。兄妹两个懂事，放学先回家给妈妈喂水，再做作业。
访谈者：学校怎么帮他们？
受访者：免了午餐费，冬天发了棉衣。支教老师{{compound:梁丘佑安}}每天放学留他补半个钟头数学。村里的{{han:和又芬}}报了困境儿童，每月的钱按时到。两个娃娃哈萨克话、汉话、姚安话都会讲，同学们羡慕得很。
访谈者：还有呢？
受访者：{{han:来得顺}}，十岁，两只耳朵都听不见，{{han:来得顺}}得了中耳炎没治好落下的。他爹{{han:来正华}}在工地上出事没了，妈妈走了，跟爷爷住。去年县残联给他配了助听器，现在能听见我喊他了。他最喜欢{{trap/word:写字}}，毛笔字写得比我还好，贴在教室后面，来参观的人都问是哪个老师写的。
访谈者：第三个？
受访者：{{han:保玉莲}}，十二岁，爸爸服刑，妈妈跑了，跟着大伯{{han:保德旺}}过。大伯自己三个娃娃，顾不上她。{{han:保玉莲}}天天来得最早，帮我开教室门、扫地。我看着心疼，让{{compound:段干念慈}}给她找了个城里的资助人。
访谈者：农忙的时候孩子们来上学吗？
受访者：收蒜那半个月，学校放农忙假，大点的娃娃都下地。{{han:保玉莲}}背着大伯家的小娃娃在地头剥蒜，手指头剥得裂口子。我跟{{han:伍校长}}讲，这样不行，校长就把活动室开着，让小的在里面玩，大的轮流来看书。{{han:来得顺}}听不见机器响，差点被拖拉机碰着，是路过的大伯一把拉回来的。
访谈者：家长会怎么开？
受访者：来的都是爷爷奶奶，听不懂普通话，我就讲姚安话。有的老人不识字，签名按手印。有个奶奶走了两个钟头山路来开会，坐下就睡着了，我没喊醒她，散会了给她装了一袋馒头。{{minority/kazakh:托列}}来开过一回，坐在最后一排，话不多，走的时候给每个老师塞了一包{{trap/word:蒜薹}}。
访谈者：学生们平时叫您什么？
受访者：喊{{han:字老师}}，也有喊我{{han:字爹}}的，我都五十了。喊{{han:字爹}}我也答应，他们好多人爹不在身边。我跟他们讲{{trap/famous:陶行知}}，讲他给山里娃娃办学。
访谈者：您自己家里呢？
受访者：老婆在镇卫生院当护士，儿子在昆明读大学。我每天早上七点到校，晚上六点走，周末还要家访。老婆讲，我对学生比对儿子还上心。我讲，儿子有你管，这些娃娃有哪个管。
访谈者：这些孩子的信息学校登记了吗？
受访者：登记了。{{han:来得顺}}住{{address:前场镇麂子箐村小村5号}}，在{{school:麂子箐小学四年级（1）班}}，身份证{{id_number@my2015fwhyphen.532325}}。{{han:保玉莲}}在{{school:麂子箐小学六年级1班}}，大伯的电话{{mobile@spaced}}，住{{address:前场镇麂子箐村大村9号}}，她的身份证{{id_number@wy2013tri.532325}}。
访谈者：表上的名字有错的吗？
受访者：有。上面发下来的表把{{spaced:阿 依 江}}写开了，{{spaced:来 得 顺}}也是，支教老师写成{{spaced:梁　丘　佑　安}}，我的名字写成{{spaced:字 天明}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86}}，微信{{wechat:zitianming-qc}}，班级QQ群我用的号是{{qq:３５０９１８２７}}。
访谈者：最后想说什么？
受访者：我教了十九年，送走了好多娃娃。有的读出去了，过年回来看我，给我带一瓶酒，我比什么都高兴。我就盼着{{han:保玉莲}}、{{han:来得顺}}这样的，能读出去，莫一辈子困在蒜地里。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1737,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout218",))


if __name__ == "__main__":
    main()
