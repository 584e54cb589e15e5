# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 233 (tests/pii/holdout233/H1849-H1856 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no gold string equals a gold, trap or names-table string of an
earlier set, and no trap string was gold in one (the build asserts both; set 232, written at the same time, is not
an earlier set).

Set 233 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
长武 and 淳化 (咸阳, Shaanxi): a Uyghur father from 伽师 who lost a leg in a roof fall in a 长武 coal mine and bakes
naan by the bus station of 昭仁街道, raising a daughter and a son alone since his Han wife died; a Hui grandmother
from 西吉 in 淳化 raising two grandchildren, her son in prison in 渭南 and his wife gone back to 固原; a Mongolian
mother from 鄂托克前旗 in 淳化, widowed when her Han husband's apple lorry overturned, her son deaf and at the special
school; a Yi grandfather from 昭觉 working in an orchard of 洪家镇 (长武), his son drowned in a mine flood and the
children's mother remarried in 布拖; a Han 儿童主任 of an orchard village in 洪家镇 reading out her list; an officer
of the 淳化 county women's federation; a relief clerk of 城关街道 (淳化) going through his ledger; and a coal-mine shift
leader of 长武, a single father of a daughter with cerebral palsy, on the men of his shift and their children. The
儿童主任, the clerk and the shift leader speak Guanzhong dialect (额, 嫑, 咥, 碎的, 殁了, 心疼, 谝闲传).

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick, with Han names a little over half of the persons: Uyghur given name + father's name with a middle dot
(卡斯木江·努尔东, 玉赛音·沙吾提), a hyphenation point (茹克燕木‧卡斯木江), a katakana dot (艾则孜・买买提明), a full
stop (卡斯木江.努尔东) and none (艾萨江卡斯木江, 艾则孜买买提明), the names alone (卡斯木江, 玉赛音), the Han mother's
surname before the boy's name on the hukou (惠艾萨江) and forms of address made with Guanzhong habits (卡师, after the
Guanzhong 王师/张师 for a craftsman, and 艾萨娃); Hui 经名 beside the Han names of the same people (冶桂珍/茹给亚,
拜守元/萨利赫木, 拜忠义/胡萨尼, 拜小燕/宰娜柏, 拜明轩/易斯哈戈, 冶占海/哈鲁尼), short forms (哈戈, 海蒂澈 and 蒂澈,
给亚 before 奶奶, a short form that starts with the grammar word 给) and a Han surname before a 经名 (冶尔萨, 冶海蒂澈);
Mongolian names with a short form (诺明格根/诺明, 斯琴高日格/高日格), the registry's form with the Ordos surname 奇
(奇格根), a grandmother's form of address that looks like a Han surname + 女 (高女) and long names of relatives
(扎木苏仁钦, 阿拉坦珠日和, 朝克巴雅斯古朗); Yi clan name + given name (勒格日哈, 勒格乌撒, 勒格惹铁, 勒格衣嫫, 勒格尔布,
海来拉体, 俄木阿依, 阿说尔呷莫 followed directly by 说), the ID card's Han-surname form (勒日哈), 勒老汉, given names
alone (惹铁, 衣嫫, 乌撒) and the Yi name of a Han-surnamed girl (尔呷嫫); Han names with rare surnames of Guanzhong
(雒, 寇, 拓, 惠, 宁, 同, 党, 仵, 员, 撖, 亢, 种, 豆, 麻, 相, 卜, 昝, 郗, 邰, 巨, 淡, 鱼, 衡, 屈, 巩, 宇, 锁, 邸, 樊, 权, 强, 车,
米, 蒙); surnames and given characters that are words, right before grammar words (党文正正上初二, 麻又琴又跑了,
鱼才旺才十岁, 相得福得了, 淡红霞倒是, 衡春丽却, 员鹏飞倒是) and names before or after particles, pronouns and verbs
(惠彩娥她, 邰思雨她, 卜秀英她, 蒙淑贤她, 米嘉乐给, 把郗建社喊醒, 跟皇甫建民, 问屈建设, 叫屈建设再, 被寇婶, 权秀芝要,
玉赛音讲, 她大喊她蒂澈); names that contain words beside the words used as words (惠彩娥/惠民, 同老师/同学,
种建平/种苹果, 拜小燕/拜年, 麻又琴/麻烦, 豆婶/豆腐, 鱼才旺/鱼塘, 党建勋/党建, 党文正/村党支部, 拓永刚/开拓,
员鹏飞/员工, 仵红梅/仵作, 强子豪/强调, 杜小满/小满那天, 相秋平/相公镇, 巨桂兰/巨家镇, 卜秀英/白萝卜, 蒙淑贤/蒙古包);
names inside shop-like phrases (拜守元清真牛肉, 种建平荞面饸饹, 相秋平果园, 豆海燕裁缝铺); a given name with a kin word
(翠萍姐, 翠萍姨, 永刚叔: the span is 翠萍, 永刚); a surname with only a title or kin word (同老师, 惠家婆, 豆婶, 锁掌柜,
昝警官, 邸大爷, 寇婶, 仵主席, 员干事, 拓班长) and a local nickname (旺娃), annotated whole; a transcript ending on a
name with no full stop; names spaced out character by character in half- and full-width spaces, a spaced dot and
names split in two; compound surnames (长孙, 独孤, 万俟, 宇文, 贺兰, 皇甫, 赫连, 钟离, 南宫, 司空, 上官, 澹台, 夏侯,
梁丘, 濮阳) after ordinary words; and numbers and accounts written the many ways people do.

Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 姐, 姨, 叔) and a particle, pronoun
or verb written directly after it are outside the span; a surname with only a title or kin word and a local nickname
are annotated whole. Han-style names of Hui and Yi people (冶桂珍, 拜守元, 冶占海, 罗思源) are category han; a Han
surname before a non-Han given name (惠艾萨江, 冶尔萨, 冶海蒂澈, 奇格根, 勒日哈) and forms of address made from a
non-Han name (卡师, 艾萨娃, 高女, 勒老汉) are category minority. Offsets are Python str offsets into the whole file
text, front matter included.

Markup, number formats and what the build checks and prints: tests/pii/_setkit.py (MARK, marked_item, build).
Rebuild (deterministic, seeded generator): ``python tests/pii/holdout233/make_holdout233.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(233_2026_1208)
MINORITY_GROUPS = ('uyghur', 'hui', 'mongolian', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "hui": 10, "mongolian": 10, "yi": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "139", "147", "152", "155", "156", "159", "178", "180", "182",
                   "185", "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1849: Uyghur father from 伽师, a former miner who lost a leg in a roof fall at a 长武 coal mine; he bakes naan by
# the bus station in 昭仁街道 and raises his two children alone since his Han wife died.
DOCS["H1849"] = ("family", """\
访谈者：大哥，这馕坑在车站边上开了几年了？
受访者：三年了。我叫{{minority/uyghur:卡斯木江·努尔东}}，老家喀什{{trap/place:伽师}}，零九年跟老乡到{{trap/place:长武}}下煤窑。这儿人嫌名字长，都喊我{{minority/uyghur:卡师}}。喊着喊着，我说话也带“额”了。
访谈者：腿是在井下伤的？
受访者：一六年冒顶，右腿压在底下，截到膝盖。那天带班的是{{han:拓永刚}}，他把我从煤堆里刨出来，背着跑了二里巷道。我现在是二级残疾，两项补贴都领着。
访谈者：矿上赔了吗？
受访者：赔了一次性伤残补助，大头给娃她妈看病花了。矿工会的{{han:昝志宏}}每年腊月提两桶油、一袋面来。{{han:昝志宏}}跟我说，有难处你就喊，嫑一个人扛。
访谈者：孩子妈妈呢？
受访者：前年走了，肝上的病。她是{{trap/place:巨家镇}}人，叫{{han:惠彩娥}}，当年在矿上食堂打饭，看我不吃猪肉，天天给我单炒一盘洋芋丝。{{han:惠彩娥}}她走的时候，碎的才七岁。
访谈者：两个孩子多大？
受访者：大的女子{{minority/uyghur:茹克燕木}}，十三了，在{{school:长武县昭仁中学七年级（2）班}}。碎的儿子{{minority/uyghur:艾萨江}}，九岁，户口随他妈，本本上写成{{minority/uyghur:惠艾萨江}}，在{{school:昭仁街道中心小学三年级4班}}。班上娃都喊他{{minority/uyghur:艾萨娃}}，他也应。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:寇玉霞}}。我残疾，娃他妈没了，{{han:寇玉霞}}说两个娃够事实无人抚养，一人一月{{trap/number:一千一百八}}，表都是她跑着填的。街道民政上的{{han:雒向东}}来核了三回，看我这馕坑一天卖多少。低保也批了。这些{{trap/word:惠民}}的政策，我以前一样都不知道。
访谈者：学校那边呢？
受访者：女子的班主任{{han:宁巧巧}}老师心细，娃没妈，来例假的事都是{{han:宁巧巧}}教的。碎的那个班主任姓同，{{trap/word:同学}}们叫她{{han:同老师}}，她给娃免了午饭钱。县社工站的{{compound:长孙栖梧}}每礼拜二来给碎的补拼音，她同事{{compound:独孤景行}}带大的去{{trap/place:咸阳}}看过两回心理门诊。
访谈者：女儿现在怎么样？
受访者：心重。她妈走后半年没笑过。{{han:宁巧巧}}把她跟班长{{han:邰思雨}}排成同桌，两个女子好得很，礼拜天{{han:邰思雨}}她妈还接她去家里耍。对门开小卖部的{{han:郗建社}}让碎的放学先在他店里写作业，等我收了摊再领回去。
访谈者：孩子们还习惯吗？
受访者：女子像她妈，爱说爱笑，这两年话少了。碎的爱吃他外婆{{han:惠家婆}}擀的面，一礼拜要去两回。我给他们做{{trap/minority_word:抓饭}}，弹{{trap/minority_word:都塔尔}}，讲{{trap/famous:阿凡提}}倒骑毛驴，碎的笑得在炕上打滚。
访谈者：老家还有人吗？
受访者：我妈{{minority/uyghur:乌木提汗}}在伽师，七十二了。弟弟{{minority/uyghur:克依木江}}种棉花，一年寄两回{{trap/minority_word:巴旦木}}。老乡{{minority/uyghur:玉赛音·沙吾提}}在{{trap/place:彬州}}开拉面馆，这馕坑就是他帮我盘下的。{{minority/uyghur:玉赛音}}讲，腿没了手还在，饿不死人。
访谈者：想过回新疆吗？
受访者：想过。可女子在这儿念到初中了，碎的连维语都不会说，一口长武话，回去反倒成了外人。娃他妈埋在巨家镇塬上，我走了，谁给她上坟？清明我拄着拐领娃去，碎的在坟前给他妈背课文。
访谈者：一个人又打馕又带娃，顾得过来吗？
受访者：顾不过来也得顾。冬天塬上风硬，馕坑边上倒暖和，碎的写完作业就蹲在坑边烤手。我腿不方便，贴馕全靠一条腿撑着，一天下来断腿那截磨得流血。女子心疼我，礼拜天替我贴，手背上烫了好几个泡，也不吭声。有回碎的半夜发烧，我背不动，是女子跑去把{{han:郗建社}}喊醒，{{han:郗建社}}开三轮把我们送到县医院。
访谈者：一天能卖多少？
受访者：一百来个，好的时候两百。早上五点和面，女子放学回来帮我收钱。{{han:拓永刚}}隔三岔五来买十个，说给工友带，其实是照顾我生意。
访谈者：登记信息请您说一下。
受访者：馕坑在{{address:长武县昭仁街道东大街汽车站对面27号}}，老家{{address:伽师县巴仁镇阿克吐尔村4组19号}}。我的身份证{{id_number@my1981quad.653125}}，女子的{{id_number@wy2012fwhyphen.610428}}。我电话{{mobile@hyphen}}，{{han:寇玉霞}}的{{mobile@s434}}。我微信{{wechat:Qasimjan_nang27}}。女子上网课有个QQ：{{qq:3158092746}}。
访谈者：表上名字都写对了吗？
受访者：乱得很。残疾证上是{{minority/uyghur:卡斯木江.努尔东}}，户口本上女子是{{minority/uyghur:茹克燕木‧卡斯木江}}，花名册把碎的连成{{minority/uyghur:艾萨江卡斯木江}}，低保表上我成了{{spaced:卡斯木江 · 努尔东}}，女子成了{{spaced:茹 克 燕 木}}。
访谈者：您最盼什么？
受访者：盼两个娃把书念成。娃他妈临走拉着我的手说，叫娃念书，嫑跟你一样下窑。
""")

# H1850: Hui grandmother from 西吉 in 淳化 raising two grandchildren; her son is in prison, his wife went back to
# 固原.
DOCS["H1850"] = ("family", """\
访谈者：姨，您老家是哪儿的？
受访者：宁夏{{trap/place:西吉}}的，回族。汉名{{han:冶桂珍}}，经名{{minority/hui:茹给亚}}。十九岁嫁到{{trap/place:平凉}}，后来跟掌柜的到{{trap/place:淳化}}卖牛肉，一住三十年了。巷子里的碎娃都喊额{{minority/hui:给亚}}奶奶。
访谈者：您老伴呢？
受访者：前些年没了。他叫{{han:拜守元}}，经名{{minority/hui:萨利赫木}}。县城东街那个“{{han:拜守元}}清真牛肉”就是他开的，招牌到今儿还挂着，铺子租给人了。
访谈者：孙子孙女怎么跟着您了？
受访者：儿子{{han:拜忠义}}，经名{{minority/hui:胡萨尼}}，前年跟人打锤，把人捅伤了，判了五年，关在{{trap/place:渭南}}。媳妇{{han:苏海霞}}一听判了，回{{trap/place:固原}}娘家再没来过。丢下两个：孙女{{han:拜小燕}}，经名{{minority/hui:宰娜柏}}，十二；孙子{{han:拜明轩}}，经名{{minority/hui:易斯哈戈}}，八岁，额喊他{{minority/hui:哈戈}}。
访谈者：在哪儿上学？
受访者：孙女在{{school:淳化县城关第二小学六年级3班}}，孙子在{{school:城关二小二年级（1）班}}。班主任{{han:撖文静}}老师心善，把孙女叫到办公室问家里咋样了，娃趴在桌子上哭了一场。
访谈者：谁在帮你们？
受访者：县妇联的{{han:仵红梅}}，头一个上门的就是她。{{han:仵红梅}}给两个娃报了服刑人员子女补助，一人一月{{trap/number:九百二十块}}。街道上管救助的{{han:员鹏飞}}跑了几回，额的低保也办下来了，{{han:员鹏飞}}倒是个实在人。律师{{compound:万俟明远}}帮额问了减刑的事，社工{{compound:宇文昭棠}}每月带娃去渭南会见一回。
访谈者：孩子们知道爸爸在哪吗？
受访者：孙女知道，孙子以为他大在外头打工。{{minority/hui:哈戈}}天天问他大啥时候回来，额说等你长到门框那么高。会见那天{{minority/hui:胡萨尼}}隔着玻璃哭，说{{trap/word:对不住}}娃，额扭过头不看他。
访谈者：孙子在学校呢？
受访者：{{minority/hui:哈戈}}皮得很，上课坐不住，可脑子灵，算数在班上数一数二。学校灶上给回族娃留了个窗口，饭是街上清真馆子的{{han:锁掌柜}}包的，他见了{{minority/hui:哈戈}}就多舀一勺菜。有回他跟同学打架，人家骂他没大，他把人家鼻子打出了血。额去学校给人家赔不是，回来他哭着说：奶，额有大，额大在渭南。额抱住他，一句话都说不出来。
访谈者：这些年最难是啥时候？
受访者：儿子刚进去那个冬天。媳妇走了，铺子关了，额的腿肿得下不了炕，两个娃饿了就啃冷馍。是{{han:豆婶}}端着一锅搅团过来，又喊来{{han:仵红梅}}，这才把补助、低保一样一样办下来。那一冬要没这些人，额这一家就散了。
访谈者：您身体怎么样？
受访者：糖尿病，腿肿，一天打两回胰岛素，针是社区医生{{han:党秀芹}}教额打的，用过的针头额攒在罐头瓶里，攒满了送到卫生站。{{han:党秀芹}}说这病不敢生气，可额一想儿子就睡不着，半夜起来坐到天亮。
访谈者：平常谁帮把手？
受访者：寺里的{{han:马海山}}阿訇常来看，{{trap/minority_word:开斋节}}给娃送{{trap/minority_word:油香}}。隔壁卖{{trap/word:豆腐}}的{{han:豆婶}}接送孙子，下雨天把娃背过{{trap/place:冶峪河}}上的便桥。{{han:豆婶}}她男人{{han:邵满囤}}腿脚好，冬天帮额拉煤。老家表侄{{minority/hui:冶尔萨}}在西吉教书，暑假把孙女接去住了一个月。
访谈者：孙女怎么样？
受访者：懂事得很。放学先给额烧水，再写作业。她作文里写“额奶是世上最好的奶”，{{han:撖文静}}老师在班上念了。可她不跟同学耍，怕人问她大。过年人家娃出去{{trap/word:拜年}}，她关在屋里不出门。
访谈者：钱够用吗？
受访者：紧。低保、补助加上铺子的租钱，一月两千出头。额的药一月三百，娃的书本、校服、鞋，一样都不能少。孙子长得快，去年的棉袄今年就短了一截。额不会用手机挂号，看病都是孙女拿额的手机弄。去年冬天煤涨价，额舍不得烧炕，三个人挤在一个被窝里，孙女说这样暖和，还能听额讲古今。
访谈者：给孩子讲过什么故事？
受访者：讲{{trap/famous:马本斋}}，讲他娘咋教他做人。额还领他们去{{trap/place:甘泉宫}}遗址转过，孙子问这是不是皇上的家。
访谈者：登记信息请您说一下。
受访者：住{{address:淳化县城关街道东街清真寺巷11号}}，老家{{address:西吉县兴隆镇杨河村五组8号}}。额的身份证{{id_number@wold.640422}}，孙女{{id_number@wy2013spaced.610430}}，孙子{{id_number@my2017x.610430}}。电话{{mobile@s38}}，{{han:仵红梅}}的{{mobile@plus86}}。孙女拿额手机开了个微信，叫{{wechat:zainab-chunhua}}，她的QQ是{{qq:40718263}}。
访谈者：名字写得对吗？
受访者：补助表上孙子是{{spaced:易 斯 哈 戈}}，孙女是{{spaced:拜 小燕}}，额成了{{spaced:冶　桂　珍}}。
访谈者：最后您想说啥？
受访者：盼儿子在里头好好改造，出来给娃当个好大。额老了，撑不了几年了。
""")

# H1851: Mongolian mother from 鄂托克前旗 in 淳化; her Han husband died when his apple lorry overturned; her son is
# deaf and at the special school.
DOCS["H1851"] = ("family", """\
访谈者：大姐，您是内蒙古人？
受访者：{{trap/place:鄂尔多斯}}{{trap/place:鄂托克前旗}}的。我叫{{minority/mongolian:诺明格根}}，这边人叫不来，都叫我{{minority/mongolian:诺明}}。低保本本上又写成{{minority/mongolian:奇格根}}，跟的是我爸的姓。
访谈者：怎么嫁到淳化来的？
受访者：我男人{{han:种建平}}早年跑车，往{{trap/place:乌审旗}}拉苹果，一来二去认得了。他家在{{trap/place:方里镇}}，家里{{trap/word:种苹果}}，他又在县城开馆子，东关那个“{{han:种建平}}荞面饸饹”就是他的。
访谈者：他现在……
受访者：前年秋里拉一车苹果去{{trap/place:铜川}}，那天下着雨，在坡上翻了，人没救过来。他走那年儿子才九岁，女子五岁多。馆子我一个人撑不住，盘出去了，如今在超市理货，一月两千六。
访谈者：孩子们呢？
受访者：两个。大的儿子{{minority/mongolian:陶格套呼}}，汉名{{han:种天宇}}，十一岁，生下来耳朵就不好，戴助听器，有残疾证，两项补贴都领着，在{{school:淳化县特殊教育学校三年级（1）班}}住校。碎的女子{{minority/mongolian:斯琴高日格}}，汉名{{han:种雅琪}}，七岁，在{{school:城关街道东关小学一年级二班}}。我们叫她{{minority/mongolian:高日格}}，她奶奶学不会，叫她{{minority/mongolian:高女}}。
访谈者：儿子耳朵是怎么回事？
受访者：一岁多还不会回头，抱到西安查，说是先天的，要配助听器，一对一万多。他爸那时候馆子生意好，咬牙配了。后来长大了要换，县残联补了一半，剩下的是{{han:仵红梅}}找的爱心人士出的。医生说能做人工耳蜗，可钱太多，我不敢想。如今他戴着助听器能听见一点，说话含糊，别人听不懂，我听得懂。
访谈者：婆家还帮吗？
受访者：婆婆{{han:卜秀英}}七十了，腿不好，在方里镇老屋守着几亩地，每回来都背一袋{{trap/word:白萝卜}}和洋芋。{{han:卜秀英}}她心疼孙子，可也管不动了。小叔子{{han:种建安}}在{{trap/place:西安}}打工，过年给娃一人塞五百。
访谈者：谁帮你们办的补助？
受访者：县妇联的{{han:仵红梅}}来过三回，给两个娃报了困境儿童，每月{{trap/number:七百五十元}}，我的低保是街道上{{han:员鹏飞}}办的。特校的{{han:亢晓云}}老师教我手语，{{han:亢晓云}}跟我说，娃聪明，就是耳朵把他耽搁了。康复中心的{{compound:贺兰若溪}}每礼拜给他做语训，她带的实习生叫{{compound:皇甫建民}}，娃喜欢跟{{compound:皇甫建民}}玩积木。
访谈者：儿子在学校怎么样？
受访者：爱画马。画的都是我老家草原上的马，他没见过，是听我讲的。有一回他比划着问我，妈，我爸是不是变成了{{trap/minority_word:敖包}}上的石头。我说不是，你爸在天上看着你。他又比划，那天上冷不冷。
访谈者：女儿呢？
受访者：女子话多，像她爸。她学会了手语，放假哥哥回来，她给哥哥当翻译，跟邻家娃说“这是我哥，他耳朵听不见，你们嫑笑他”。同桌{{han:樊乐乐}}跟她最好，{{han:樊乐乐}}她妈在街上卖凉皮，常给两个娃塞一碗。她还教哥哥认字，把字写在哥哥手心里让他摸，说长大了要当手语老师。
访谈者：一个人撑这个家，累吗？
受访者：累。早上六点起来给女子做饭，送到学校，再去超市上班，晚上八点才下班。礼拜五请一会儿假去特校接儿子，礼拜天再送回去。有一回超市盘点，我忘了接娃，他在学校门口站到天黑，门卫{{han:邸大爷}}陪着他。我到了，他扑过来打我，打着打着就哭了。我也哭，一路哭回家。
访谈者：老家的人呢？
受访者：我爸{{minority/mongolian:扎木苏仁钦}}在嘎查放羊，哥哥{{minority/mongolian:阿拉坦珠日和}}跑运输，去年开车来，拉了半车{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}。嘎查长{{minority/mongolian:朝克巴雅斯古朗}}打电话来，说草场补贴给我们娘仨留着，户口嫑迁。
访谈者：想回去吗？
受访者：想过。可儿子在特校念得好，回去没有这样的学校。淳化冬天也冷，可跟我们那儿比不了，我们那儿零下三十度，羊都冻得缩成一团。我在这边学会了压{{trap/word:饸饹}}，学会了说“嫑”和“咥”。晚上我给娃讲{{trap/famous:嘎达梅林}}，儿子看着我的嘴，一个字一个字地认。
访谈者：登记信息请您说一下。
受访者：住{{address:淳化县城关街道润泉路东巷6号}}，婆家在{{address:方里镇庙王村三组21号}}。我的身份证{{id_number@wy1988hyphen.150623}}，儿子的{{id_number@my2014fw.610430}}。电话{{mobile@plus86spaced}}，{{han:亢晓云}}的{{mobile@fws}}。我微信{{wechat:nomingegen_88}}，儿子跟老师视频用的QQ是{{qq:１７４０６２９３８}}。
访谈者：表上名字写得对吗？
受访者：补贴表上儿子写成{{spaced:陶 格 套 呼}}，女子写成{{spaced:斯琴　高日格}}，我成了{{spaced:诺　明　格　根}}。
访谈者：您最盼什么？
受访者：盼儿子能开口多说几句话，喊一声妈，我这辈子就值了。
""")

# H1852: Yi grandfather from 昭觉 working in an orchard of 洪家镇 (长武); his son died in a mine flood, the boy's mother
# remarried in 布拖.
DOCS["H1852"] = ("family", """\
访谈者：老人家，您是从凉山来的？
受访者：{{trap/place:昭觉}}来的。我叫{{minority/yi:勒格日哈}}，身份证上写的是{{minority/yi:勒日哈}}，果园里的人都喊我{{minority/yi:勒老汉}}。七年前跟儿子出来，在{{trap/place:洪家镇}}给人家果园套袋、摘苹果，一年干八个月。
访谈者：刚来长武的时候难不难？
受访者：难。听不懂话，人家说“咥饭”，我以为是要打架。儿子会说一点汉话，出门都是他说。头一年那个老板扣了我们半个月工钱，说袋子套坏了，儿子跟他吵，我拉住了。后来换到{{han:相秋平}}家，才安顿下来。那时候孙女还在怀里抱着，媳妇在园子里干活，把她放在筐子里，筐子挂在树杈上。
访谈者：儿子现在呢？
受访者：儿子{{minority/yi:勒格乌撒}}嫌果园挣得少，后来下了煤窑。前年井下透水，没有上来。矿上赔了钱，存在两个娃娃名下，我一分不动。
访谈者：孩子妈妈呢？
受访者：媳妇{{minority/yi:阿说尔呷莫}}说回老家看看，回去就嫁人了，在{{trap/place:布拖}}。电话打过去不接，换了号。
访谈者：两个孩子多大了？
受访者：孙子{{minority/yi:勒格惹铁}}十岁，学名{{han:罗思源}}，在{{school:洪家镇中心小学四年级（3）班}}。孙女{{minority/yi:勒格衣嫫}}六岁，在{{school:洪家镇中心幼儿园大二班}}。两个娃娃喊我{{trap/minority_word:阿普}}，就是爷爷。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:雒翠萍}}。她说娃娃爸爸没了，妈妈联系不上，算事实无人抚养，一人一个月{{trap/number:一千二百五}}。{{han:雒翠萍}}跑了两个月，材料里要媳妇失联的证明，是派出所的{{han:昝警官}}给开的。果园老板{{han:相秋平}}让我们住园子里的看护房，不收钱，逢年过节还给两个娃娃买新衣裳。路口那块“{{han:相秋平}}果园”的牌子就是他家的。他在{{trap/place:相公镇}}还有一片园子。
访谈者：孩子们上学怎么样？
受访者：{{minority/yi:惹铁}}刚来一句汉话不会，现在一口长武话，回来给我当翻译。班主任{{han:屈丽娜}}说他算术好，{{han:屈丽娜}}还给他买过一双棉鞋。{{minority/yi:衣嫫}}爱哭，找她阿妈。社工{{compound:赫连云帆}}一个月来一回，带两个娃娃画画。
访谈者：孩子在学校受欺负吗？
受访者：刚去的时候有。有娃娃笑{{minority/yi:惹铁}}黑，说他是山里来的野娃。{{minority/yi:惹铁}}不吭声，回来躲在被子里哭。{{han:屈丽娜}}老师知道了，在班上讲凉山，讲我们彝族的火把节，还让{{minority/yi:惹铁}}唱了一首彝歌。后来娃娃们都跟他耍了，同桌{{han:宇浩然}}天天来叫他上学。县民政局的{{compound:钟离北辰}}也来看过一回，给两个娃娃带了书包。
访谈者：您自己身体怎么样？
受访者：腰不行了，爬不上梯子。果园里的活现在只能干地上的，拉枝、捡果子，一天八十块。{{han:相秋平}}心好，活轻了钱也没少给。去年冬天咳得厉害，{{han:雒翠萍}}领我去镇卫生院，医生{{han:巩海燕}}说是老慢支，不能再抽烟了。我把烟袋锅子给了{{minority/yi:惹铁}}，他挂在墙上。
访谈者：您在这边过得惯吗？
受访者：冷倒不怕，昭觉也冷。就是吃不惯面，想{{trap/minority_word:坨坨肉}}，想{{trap/minority_word:苦荞}}粑粑。过{{trap/minority_word:火把节}}，我给娃娃们点火把，在果园里转三圈，娃娃们跟着跑。晚上我给他们讲{{trap/famous:支格阿鲁}}射太阳，{{minority/yi:惹铁}}说他长大也要射掉一个，天太热了果子晒伤。
访谈者：老家还有人吗？
受访者：我兄弟{{minority/yi:勒格尔布}}在昭觉种土豆。同村出来的{{minority/yi:海来拉体}}在{{trap/place:彬州}}的砖厂，过年来看我们，带一块腊肉。
访谈者：矿上的人来看过吗？
受访者：来过。儿子那个班的班长{{han:拓永刚}}，一个月来一回，提米提油，给娃娃辅导作业。他说那天是他带的班，他心里过不去。我跟他说，不怪你，是命。他蹲在地上抽烟，半天不说话。
访谈者：孙女还找妈妈吗？
受访者：找。晚上睡觉要摸着她阿妈留下的那件{{trap/minority_word:擦尔瓦}}才睡得着。她问阿妈啥时候来，我说等苹果红了。苹果红了三回，她不问了。有时候半夜醒来，她坐在炕上朝南边看，说阿妈在那边，我就把她搂过来，唱老家的歌哄她睡。
访谈者：登记信息请您说一下。
受访者：住{{address:长武县洪家镇槐树塬村五组17号}}，老家{{address:昭觉县竹核乡木渣洛村2组33号}}。我的身份证{{id_number@my1958.513431}}，孙子的{{id_number@my2015tri.513431}}。我不认字，电话是{{han:雒翠萍}}存的，{{mobile@s74}}。孙子用我手机开了个微信，叫{{wechat:wxid_lg4latie09}}，学校给的QQ是{{qq:2046193857}}。
访谈者：名字写得对吗？
受访者：低保表上我是{{spaced:勒格　日哈}}，孙子写成{{spaced:勒 格 惹 铁}}，孙女写成{{spaced:勒 格 衣 嫫}}。
访谈者：您最盼什么？
受访者：我老了，就盼两个娃娃长大，好好读书，不要下窑。
""")

# H1853: Han 儿童主任 of an orchard village in 洪家镇 (长武) reading out her list, in Guanzhong speech.
DOCS["H1853"] = ("staff", """\
访谈者：{{han:翠萍}}姐，您这本子上记的是？
受访者：村上困境娃的名单。额叫{{han:雒翠萍}}，{{trap/place:洪家镇}}{{trap/place:槐树塬村}}的儿童主任，干了五年了。村里苹果园多，大人一年到头在园子里忙，娃没人管的也多。额一户一户给你念，你记。
访谈者：您是怎么当上儿童主任的？
受访者：一八年村上定的，说额是妇女主任，顺手就兼了。开头额也不懂啥叫困境儿童，以为就是穷娃。后来县上培训，才晓得有孤儿、有事实无人抚养、有大人残疾的、有大人坐牢的，一样一个政策，材料也不一样。额拿个本本记，记了三本子。头一年报错了两户，钱发下来又退回去，额难受了好些天。那三本子到今儿还压在炕头的箱子底下，舍不得扔。
访谈者：好，那您念吧。
受访者：头一户，{{minority/yi:勒格日哈}}，彝族，凉山来的。儿子在矿上殁了，媳妇走了，两个孙孙{{minority/yi:惹铁}}跟{{minority/yi:衣嫫}}，事实无人抚养。老汉不识字，表都是额填的。
受访者：第二户，孤儿，{{han:党文正}}，男，十四。{{han:党文正}}正上初二，在{{school:长武县洪家中学八年级（4）班}}。他大他妈一九年出车祸都殁了，跟他爷{{han:党满仓}}过，孤儿基本生活费一月{{trap/number:一千五百一}}。娃争气，{{trap/org:村党支部}}墙上还贴着他的奖状。
受访者：第三户，{{han:麻又琴}}，精神上有病。{{han:麻又琴}}又跑了，额就得满塬寻。她男人{{han:车振兴}}在外头打工，一年不见个人影，女子{{han:车朵朵}}九岁，困境儿童。这一户最{{trap/word:麻烦}}，一个月要跑七八趟。
受访者：第四户，{{han:鱼才旺}}，{{han:鱼才旺}}才十岁，他大在监狱，他妈改嫁了，跟奶奶过，领的是服刑人员子女补助。村里人都喊他{{han:旺娃}}，爱在{{trap/word:鱼塘}}边上耍，有回被{{han:寇婶}}从塘边上拽回来，额操心得很。
受访者：第五户，{{han:相得福}}，{{han:相得福}}得了白血病，在{{trap/org:西京医院}}化疗。他妈{{han:淡红霞}}倒是能干，一个人在园子里套袋，挣钱给娃看病。额给{{han:淡红霞}}跑了大病救助，又报了困境儿童。
访谈者：这么多户，您一个人顾得过来吗？
受访者：顾不过来也得顾。镇上民政办的{{han:屈建设}}管这一片，有事额先问{{han:屈建设}}，他比额清楚政策，额说不清的，就叫{{han:屈建设}}再跑一趟。县社工站派了个{{compound:南宫秀娟}}跟头一户和第五户，还有个{{compound:长孙栖梧}}，礼拜六来给娃们补课。今年暑假来了个大学生叫{{compound:司空海鹏}}，在村委会办了个假期课堂，娃们都爱去。
访谈者：村里人怎么看这些孩子？
受访者：大多数人好。邻家{{han:寇婶}}天天给{{han:车朵朵}}端一碗饭，过年还给她扎头绳。也有说闲话的，说{{han:麻又琴}}家的女子将来也要疯。额听见一回骂一回，娃耳朵又不聋，这话叫娃咋活？
访谈者：平时上门都看些啥？
受访者：看娃吃的啥、睡在哪儿、冬天有没有棉被、作业有人看没人看。有的娃当着大人的面不说，额就领到村委会，给个苹果，慢慢问。{{han:车朵朵}}头一回跟额说话，是问额能不能给她妈买药，她妈的药吃完了，她不敢跟人说。额当天就去镇上给她妈开了药。
访谈者：学校那边配合吗？
受访者：配合。中学的班主任每月给额打一回电话，说说娃的情况。有个娃连着逃了三天学，学校跟额一块寻，在{{trap/place:彬县}}的网吧里寻着的。额把他领回来，他爷要打他，额拦住了。娃哭着说，他就是想他妈。
访谈者：补助钱能按时到吗？
受访者：能。打到一卡通上，额每月十五号挨家问一遍，到了没，对不对数。老人不会看手机，额就领着去{{trap/org:洪家信用社}}打流水。{{han:党满仓}}七十六了，一进信用社就发慌，回回要额陪着。
访谈者：您自己家里呢？
受访者：额也种着八亩苹果，男人{{han:宇振江}}在园子里顶着。套袋那一个月最忙，额白天跑户，晚上打着手电套袋，套到半夜。男人说额是给公家操心，自家的园子荒了。这几年苹果价钱一年不如一年，额心里也急。额说，园子荒一年能再长，娃耽搁一年就找不回来了。
访谈者：名字在表上有写错的吗？
受访者：多。{{spaced:党 文 正}}叫人写开了，{{spaced:麻 又琴}}断成两截，{{spaced:鱼　才　旺}}也是一个字一个空，彝族那两个娃，额头回写成{{spaced:惹 铁}}，镇上退回来叫额重填。
访谈者：您的联系方式？
受访者：额电话{{mobile@s38}}，{{han:屈建设}}的{{mobile@p86h}}。额的工作微信{{wechat:luocuiping_hjz}}，村委会的QQ是{{qq:908135472}}，村委会在{{address:长武县洪家镇槐树塬村委会大院1号}}。
访谈者：干这个最难的是啥？
受访者：最难的是看着娃受罪，额没办法。{{han:相得福}}化疗头发掉光了，还问额：{{han:翠萍}}姨，额还能上学不？额说能，出门就哭了。
""")

# H1854: Han officer of the 淳化 county women's federation: a Mongolian widow, a Hui grandmother, a Yi woman fleeing
# a violent husband, a Uyghur girl nursing her mother.
DOCS["H1854"] = ("staff", """\
访谈者：{{han:仵主席}}，妇联也管困境儿童？
受访者：管。我叫{{han:仵红梅}}，这姓少，人家一听就问是不是{{trap/word:仵作}}的仵。我在{{trap/org:淳化县妇联}}干了十一年，妇女儿童这一摊都归我们。民政兜底，我们跑腿、说话、找人。
访谈者：您是怎么走上这行的？
受访者：我娘家在{{trap/place:润镇}}，小时候我大常年在外头，我妈一个人拉扯我们姊妹四个，受了多少罪我都看着。大学毕业考到县上，分到妇联，一干就舍不得走了。头几年跑村，路不通，坐手扶拖拉机，一身土。现在路好了，可娃的事反倒更细了，留守的、大人残疾的、大人坐牢的、父母离了谁也不要的，一个娃一个样。
访谈者：最近跟的是哪几户？
受访者：城关那个蒙古族大姐{{minority/mongolian:诺明}}，男人拉苹果翻了车，她一个人带俩娃，儿子耳朵不好。她家墙上挂着一幅{{trap/minority_word:蒙古包}}的画，说是她男人在世时买的。女子{{minority/mongolian:高日格}}今年进了{{trap/org:春蕾计划}}，一年一千块，一直供到高中。
受访者：东街回族的{{han:冶桂珍}}，经名{{minority/hui:茹给亚}}，儿子在渭南服刑，俩孙孙跟着她。老人有糖尿病，我们找{{trap/org:县慈善协会}}给她送了血糖仪。
访谈者：还有吗？
受访者：最揪心的是{{trap/place:车坞镇}}那一户。女的叫{{minority/yi:俄木阿依}}，彝族，从{{trap/place:美姑}}嫁过来的。男人{{han:米长锁}}喝了酒就打人，去年腊月她抱着碎的跑到镇上，脸上全是血。{{minority/yi:俄木阿依}}说她不敢报警，怕{{han:米长锁}}把娃抢走。我们陪她去法院，法官{{compound:上官沛然}}当天就发了{{trap/word:人身安全保护令}}。
访谈者：孩子们呢？
受访者：俩娃。大的{{han:米嘉乐}}九岁，在{{school:车坞镇中心小学三年级（2）班}}。碎的女子{{han:米嘉欣}}四岁，她妈给起了个彝名叫{{minority/yi:尔呷嫫}}。{{han:米嘉乐}}给他妈挡过一回棍，胳膊上到今儿还有一道疤。娃晚上睡觉听见门响就坐起来，说是他大回来了。
访谈者：她们现在住哪儿？
受访者：先在镇上的{{trap/org:妇女儿童之家}}住了半个月，后来车坞镇民政办的{{han:巩晓东}}帮着租了两间房，低保和临时救助都办了。{{minority/yi:俄木阿依}}如今在“{{han:豆海燕}}裁缝铺”学缝纫，{{han:豆海燕}}不收她学费，还管一顿晌午饭。
访谈者：她娘家知道吗？
受访者：知道。她哥从美姑打电话来，说要把她接回去。她不肯，说娃的户口、学籍都在这边，回去娃就成了没大的娃。我们尊重她。现在她一个月能挣一千多，给娃交了校服费，还给自己买了一件新衣裳，那天穿着来妇联，笑得跟碎女子一样。我说你看你多心疼，她不好意思，拿手捂着脸。
受访者：还有一户维吾尔族的，城关卖干果的{{minority/uyghur:艾则孜・买买提明}}，媳妇{{minority/uyghur:赛比热木}}前年中风，瘫在床上。女子{{minority/uyghur:努尔赛麦}}十二岁，天天给她妈翻身、喂饭，作业趴在床沿上写。我们去的那天，娃正给她妈梳头，梳得可仔细。这样的娃，我们叫照顾残疾家长的困境儿童，给报了补助，她妈的两项补贴也办了。
访谈者：妇联怎么发现这些家庭？
受访者：一靠热线{{trap/hotline:12338}}，二靠村上的妇联执委。像{{trap/place:十里塬镇}}的执委{{han:蒙淑贤}}，{{han:蒙淑贤}}她一个人跑十二个村，谁家媳妇挨打、谁家娃没人管，她比谁都清楚。三靠学校，老师发现娃身上有伤，就给我们打电话。
访谈者：妇联自己有钱吗？
受访者：少。主要是牵线，找爱心企业、找志愿者。去年一家企业捐了二十台学习机，全发给了困境娃。西安的大学生{{compound:澹台丽萍}}每年暑假来，带着同学给娃们上课，去年还领着娃们去{{trap/place:爷台山}}上看了烈士纪念碑。{{compound:澹台丽萍}}说明年还来。
访谈者：这些年您觉得变化大吗？
受访者：大。以前媳妇挨打，村里人说是人家的家务事，嫑管。现在有了反家暴法，有保护令，派出所也出警。可娃心里的伤不好治，{{han:米嘉乐}}到现在见了喝酒的人就躲。我们请了县医院的心理医生{{han:衡丽君}}，每个月给娃做一回辅导。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86n}}，工作微信{{wechat:chunhua_fulian12338}}，QQ是{{qq:1328406579}}。{{minority/yi:俄木阿依}}的电话{{mobile@spaced}}，她的身份证{{id_number@wy1990fwspaced.513436}}，住{{address:淳化县车坞镇车坞村中街4号}}。
访谈者：名字在表上有写错的吗？
受访者：有。{{spaced:俄 木 阿 依}}给写成一个字一个空，{{spaced:艾 则 孜 · 买 买 提 明}}也是，还有一张把法官写成{{spaced:上官 沛然}}，把大娃写成{{spaced:米 嘉乐}}。
访谈者：您最想说什么？
受访者：娃的事，晚一天就是一天的罪。我们能做的不多，可只要有人在跑，娃就知道自己没被丢下。
""")

# H1855: Han relief clerk of 城关街道 (淳化) going through his ledger.
DOCS["H1855"] = ("staff", """\
访谈者：{{han:员干事}}，这台账都是您一个人管？
受访者：就额一个。额叫{{han:员鹏飞}}，姓员，{{trap/word:员工}}的员，在{{trap/org:城关街道办}}社会事务办。低保、临时救助、困境儿童，一千多户，都在额这台电脑里。
访谈者：能挑几户说说吗？
受访者：行，名字你们回去换掉就对了。先说回族的{{han:冶占海}}，经名{{minority/hui:哈鲁尼}}，在工地上从架子上栽下来，伤了脊梁，一级残疾，瘫在炕上。媳妇{{minority/hui:阿依舍玛}}伺候他，三个娃都报了困境儿童。户口本上大女子就写个{{minority/hui:冶海蒂澈}}，没起汉名，家里叫她{{minority/hui:海蒂澈}}，她大喊她{{minority/hui:蒂澈}}。老二{{han:冶小虎}}，经名{{minority/hui:书阿卜}}，在{{school:淳化县城关第一小学四年级（5）班}}。老三还在吃奶。
访谈者：这一户一个月能领多少？
受访者：低保五口人的，加上三个娃的补助、{{han:冶占海}}的两项补贴，合起来三千出头。看着不少，可他一个月光尿不湿、药就得八百。额去年给他跑了一回临时救助，批了{{trap/number:六百八十元}}，杯水车薪。
受访者：{{minority/uyghur:艾则孜・买买提明}}，这是第二户，卖干果的，媳妇中风瘫了，{{han:仵红梅}}她们妇联也在跟。系统里录不进那个点，他成了{{minority/uyghur:艾则孜买买提明}}，一卡通上又印成{{spaced:艾则孜 买买提明}}，银行说名字对不上，钱取不出来。额陪他跑了三趟才改过来。他女子{{minority/uyghur:努尔赛麦}}懂事，每回都是她拿着户口本跟着。
受访者：第三户，{{minority/mongolian:诺明格根}}，低保本上是{{minority/mongolian:奇格根}}，额当时照她身份证录的，后来她拿来结婚证，上头又是{{minority/mongolian:诺明格根}}，额只好写了个情况说明。
访谈者：汉族的户呢？
受访者：多。像{{han:权秀芝}}，七十三，孙子{{han:强子豪}}十二岁。娃他妈病殁了，他大{{han:强军利}}三年前出去打工就没了音讯，派出所出了失联证明，娃算事实无人抚养。{{han:权秀芝}}要额一定{{trap/word:强调}}一句：娃他大不是坏人，是叫人骗到外头去了。额说姨，额不管这，额只管娃能按月拿到钱。
受访者：还有{{han:淡文礼}}家，{{han:淡文礼}}是盲人，媳妇智力残疾，一个女子{{han:淡甜甜}}，八岁，跟着爷爷奶奶住在西关。
访谈者：这些人的信息，您都怎么核？
受访者：入户。一年两回，拿个表一户一户对，照片、户口、残疾证、学籍，缺一样都不行。每户的难处额都记在表背面，下回去先翻着看。县民政局派来督导的{{compound:夏侯子谦}}跟额跑过一回，他说{{trap/place:城关}}这一片户多，人手太少。社工{{compound:宇文昭棠}}帮额跑了十几户回族、维吾尔族的，她会几句回族话，老人愿意跟她说。街道新来的大学生{{compound:梁丘奕辰}}把纸台账都录进了电脑，眼睛熬得通红。
访谈者：台账里最难办的是哪一类？
受访者：事实无人抚养。要证明大人失联、服刑、重残，一样一个证明，跑派出所、跑法院、跑残联。有的证明人家不给开，说没这个先例，额就把文件打印出来，一条一条给人家念。有一回为一个娃跑了四十多天，钱批下来那天，娃他奶奶给额送了一篮子鸡蛋，额没要，她就放在街道门口走了。额追出去，老人已经拐过巷子了。
访谈者：有人打电话来问政策吗？
受访者：天天有。额手机一天响几十回。也有人打{{trap/hotline:12349}}问，转过来还是额接。有的人嫌额办得慢，骂额，额也不恼，人家急，额晓得。谁家里没个难处，不难谁跑到街道来寻额？额把政策打印成一张纸，贴在办公室门上，来的人先看，看不懂额再讲。
访谈者：您自己觉得这份工作怎么样？
受访者：累，钱少，可有用。{{han:冶占海}}那个大女子{{minority/hui:海蒂澈}}，今年考了全年级第三，拿着奖状跑到街道来给额看。额那天高兴得中午多咥了一碗{{trap/word:荞面饸饹}}。
访谈者：登记用的信息能说一下吗？
受访者：{{han:冶占海}}家在{{address:淳化县城关街道西关村二组14号}}，身份证{{id_number@mhyphen.610430}}，电话{{mobile@plus86dash}}。{{han:权秀芝}}住{{address:淳化县城关街道北关路粮站家属院3排5号}}，孙子的身份证{{id_number@my2012.610430}}，她电话{{mobile@h38}}，孙子有个QQ，{{qq:2750681934}}。额的工作微信{{wechat:yuanpf_chunhua}}，{{minority/hui:海蒂澈}}的学习微信{{wechat:hadijah_2011}}。
访谈者：表上的名字有写错的吗？
受访者：常有。{{spaced:冶 海 蒂 澈}}，{{spaced:权　秀　芝}}，{{spaced:强 子豪}}，督导那张表上还把{{spaced:夏 侯 子 谦}}拆开了。
访谈者：最后您想说什么？
受访者：盼上头多给街道派两个人。额一个人，顾了这头顾不了那头，最怕哪个娃在额手里漏了。台账上是一行字，到了家里就是一个娃的一辈子，额不敢马虎。
""")

# H1856: Han shift leader at a 长武 coal mine, a single father of a daughter with cerebral palsy, on the men of his
# shift and their children, in Guanzhong speech.
DOCS["H1856"] = ("staff", """\
访谈者：{{han:拓班长}}，您刚下夜班？
受访者：刚上来，脸还没洗净。额叫{{han:拓永刚}}，在{{trap/org:亭南煤业}}综采队带班，二十年了。井口墙上刷着“{{trap/word:开拓}}进取”四个大字，工友们说那是给额写的。
访谈者：听说您家里也难？
受访者：女子{{han:拓欣怡}}十二了，脑瘫，坐轮椅，一级残疾。她妈{{han:衡春丽}}熬了六年，熬不住，离了婚回{{trap/place:灵台}}娘家了。额不怪她，{{han:衡春丽}}却总觉得对不住娃，每月寄五百块钱，逢年过节打个视频，一看见娃就哭。
访谈者：您上三班倒，孩子谁管？
受访者：女子白天在{{school:长武县特殊教育学校五年级（1）班}}，额上夜班她就跟她婆{{han:巨桂兰}}睡。额妈是{{trap/place:巨家镇}}人，七十了，抱不动娃了，给娃翻个身都喘。额下了班先回家，给娃擦身子、做康复，再睡觉。瓜女子心疼得很，见了额就笑，额再乏也值了。
访谈者：补助都有吗？
受访者：有。两项补贴、困境儿童，都是社区{{han:寇玉霞}}给报的。{{han:寇玉霞}}说额家够不上低保，额一月七千多，可女子的康复一年得三四万，额一分没攒下。{{trap/org:矿工会}}的{{han:昝志宏}}给额申请了大病互助，康复中心的{{compound:濮阳沁禾}}每礼拜给娃做两回训练，不多收钱。
访谈者：女儿在特校怎么样？
受访者：好着呢。特校的老师有耐心，教她认字、画画，她画了一张额戴着矿灯的像，贴在床头。她说不出整句话，可会比划，额一进门她就把手举起来，意思是爸你回来了。班上八个娃，个个都难，家长们建了个群，谁家有事都帮一把。冬天特校暖气烧得旺，比家里暖和，额倒放心些。
访谈者：您班上出过事？
受访者：出过。前年透水，额班上的{{minority/yi:勒格乌撒}}没上来。他是彝族，人老实，干活不惜力，班上都喊他{{minority/yi:乌撒}}。那天额在另一个工作面，等赶过去，水已经漫到腰了。额现在一个月去洪家看一回他大{{minority/yi:勒格日哈}}跟两个娃。大的{{minority/yi:惹铁}}见了额就问：{{han:永刚}}叔，额大真的回不来了？额说回不来了，你好好念书，叔供你。
访谈者：还有别的工友家里难吗？
受访者：多。{{minority/uyghur:卡斯木江}}，额们叫{{minority/uyghur:卡师}}，一六年冒顶压断了腿，是额背出来的。他媳妇后来也殁了，一个人拉扯俩娃在车站打馕。额隔三岔五去买馕，他知道额是照顾他，嘴上不说。还有个{{han:杜小满}}，{{trap/word:小满那天}}生的，他媳妇跑了，俩娃跟着他奶。额们班上凑钱，给娃交过学费。矿上这样的娃，额数过，少说有二十来个。
访谈者：矿上领导怎么看这些事？
受访者：队长{{han:党建勋}}人好，矿上搞{{trap/word:党建}}活动，他把困境娃的事也放进去，叫党员一人结一个对子。额家女子住院，他二话不说就给额调班。安全员{{compound:夏侯景峰}}也结了个对子，结的就是{{han:杜小满}}的碎娃。
访谈者：女儿的康复怎么做？
受访者：一礼拜两回去康复中心，{{compound:濮阳沁禾}}教额在家里也做，压腿、站立架、抓豆子。开头娃疼得哭，额心软，做不下去。{{compound:濮阳沁禾}}说，你心软就是害她。现在娃能扶着架子站十分钟了，去年还站不住。她头一回自己拿勺子吃饭，额蹲在旁边看着，眼泪吧嗒吧嗒往碗里掉。
访谈者：下井这么多年，怕不怕？
受访者：咋能不怕。井下黑咕隆咚，顶板一响，心就提到嗓子眼。可怕也得下，一家人等着吃饭。以前额爱跟工友谝闲传，{{minority/yi:乌撒}}出事以后，额话少了，每回下井前把班上的人数一遍，上来再数一遍，少一个都不行。
访谈者：您自己有什么打算？
受访者：再干几年，等女子大些，额想调到地面上，不下井了。地面上一月少两千，可人在，娃就有大。额妈也老了，额怕哪天她也倒下。额每回下井前都跟女子说一声，爸上班去了，她就摆摆手。额要是在井下有个三长两短，女子咋办？额不敢想。她妈说过，要额嫑逞能。
访谈者：登记用的信息能说一下吗？
受访者：额家在{{address:长武县昭仁街道矿区家属院7号楼2单元301}}。额的身份证{{id_number@my1978tri.610428}}，女子的{{id_number@wy2012x.610428}}。额电话{{mobile@fullwidth}}，{{han:巨桂兰}}的{{mobile@plain}}。额微信{{wechat:tuoyg_zongcai}}，女子在特校用的QQ是{{qq:1865309247}}。
访谈者：名字在表上写得对吗？
受访者：有错的。残疾证上女子成了{{spaced:拓 欣 怡}}，矿上的抚恤名单把{{spaced:勒格　乌撒}}写成两截，康复中心的收据上是{{spaced:濮 阳 沁 禾}}。
访谈者：最后想说啥？
受访者：额这人嘴笨。就一句，这几年帮额家女子帮得最多的，是{{han:寇玉霞}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1849,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout232",))


if __name__ == "__main__":
    main()
