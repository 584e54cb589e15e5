# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 77 (tests/pii/holdout77/H601-H608 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 76, written at the same time by another writer,
is not an earlier set).

Set 77 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 民政局,
村委会/社区, 学校, 儿童主任, 社工, 清真寺, 法院), in eight new voices: a Mongolian father in 肇州 (大庆) who lost a
leg in an oilfield accident and whose wife died of leukaemia, raising three children; a Tibetan grandmother in 加查
(山南) whose son is in prison in 拉萨 for drunk driving and whose daughter-in-law died in childbirth; a Hui
grandmother in 宜阳 (洛阳) whose son is on dialysis in 郑州, whose husband had a stroke and whose daughter-in-law left;
a Han mother in 尚义 (张家口) with lupus whose husband is in prison for stealing sheep, with three children called by
word nicknames; a Han primary-school teacher in 嵩县 (洛阳) who reaches the families of five pupils on WeChat and QQ;
a Uyghur grandfather from 阿图什 selling naan in 常州 (江苏) with the two children of his dead son; a Han court clerk in
舞钢 (平顶山) reading from the file of a case that took a drug-using father's guardianship away; and a Han grandmother
in 凌海 (锦州, 辽宁) raising her grandson while her son is in a mental hospital. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (胡和鲁巴特, 苏布德格日勒, 额尔德尼朝鲁, 乌力吉吉日嘎拉) with a short form (胡和鲁) and a Han surname before
a Mongolian given name (包塔林图雅) beside the Han name of the same man (包立成); Tibetan names (普珍卓嘎, 边巴吉宗,
嘎玛桑旦, 强久次仁) with short forms (阿妈普珍, 吉宗她, 桑旦就) and the Han names of Tibetans (罗振华, 林雪晴); Hui
Han-form names (海桂芝, 白守义, 丁国兴他们家) beside 经名 used alone (麦姆乃大姐, 苏菲叶, 尔卜杜他) and a Han surname
before an Arabic name (白塔希尔, 白哈伦他, 金伊德里斯阿訇, 米赛丽麦, 海阿伊舍); Uyghur given name + father's name
with and without the dot (阿卜杜热依木·依明 and 阿卜杜热依木依明, 艾克热木江·阿不都外力) with short forms
(艾克热木他, 塔吉古丽她, 伊斯拉木他); Han word nicknames annotated whole (莜麦, 疙瘩, 杏花); Han names with common
and rare surnames, titles and kin words, names that contain or end in words (杨建设, 郑国庆, 邵光明, 何致远, 杨满囤),
a name written twice (孙志朋孙志朋), names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced,
dotted and split names; compound surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup (the markup of ``_setkit``: :data:`_setkit.MARK`):

* ``{{category:literal}}``        a seeded item given literally (``{{han:郭翠梅}}``, ``{{qq:2749153860}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.653001}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kin word after a name (主任, 书记, 老师, 大夫, 科长, 所长, 校长, 阿訇,
大姐, 大叔, 婶, 阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他,
他们家, 那边) are outside the span; a word nickname (莜麦, 疙瘩, 杏花) is annotated whole. Han-style names of
Mongolian, Tibetan and Hui people (包立成, 罗振华, 海桂芝) are category han; a Han surname before a non-Han given name
(包塔林图雅, 白塔希尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout77/make_holdout77.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(77_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "177", "180", "182", "185", "186", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H601: Mongolian father in 肇州 (大庆); lost a leg in an oilfield accident, his wife died of leukaemia.
DOCS["H601"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:胡和鲁巴特}}，户口本上的汉名是{{han:包立成}}，屯里人都喊我{{minority/mongolian:胡和鲁}}。家在{{trap/place:肇州}}县城东边，离{{trap/place:大庆}}一个多钟头的车。我们屯子蒙古族多，老辈是从{{trap/place:杜尔伯特}}那边搬过来的。三年前我在油田外包队干活，抽油机的配重砸下来，左腿截到膝盖上头。媳妇{{minority/mongolian:苏布德格日勒}}前年查出白血病，在{{trap/place:哈尔滨}}治了半年，没留住。
访谈者：孩子们多大了？
受访者：三个。老大闺女{{minority/mongolian:阿拉腾高娃}}，十四，在{{school:肇州县第三中学初二（4）班}}住校。老二小子{{minority/mongolian:嘎鲁图门}}，十一；老三{{minority/mongolian:朝克图那森}}七岁，在{{school:托古乡中心小学一年级（3）班}}。{{minority/mongolian:嘎鲁图门}}就跟他姐一个样，不吭声，啥活都抢着干，喂鸡、抱柴火、给我递拐棍。
访谈者：这些年都有谁帮过您？
受访者：头一个是村里的儿童主任{{han:邢玉芬}}，她骑个电驴子上门，给仨孩子都建了档。{{han:邢玉芬}}跟乡里的民政助理{{han:滕振山}}一说，按父母重残的孩子报了困境儿童，每人每月{{trap/number:六百二}}。村书记{{han:王永茂}}他给我家报了低保，还让我去村部看大门，一个月{{trap/number:八百块}}。县残联的{{han:曲德军}}帮我申请了假肢，装上以后能慢慢走道了。乡卫生院的{{han:孙秋实}}大夫隔半个月来看一回我的腿。
访谈者：亲戚们呢？
受访者：我哥{{minority/mongolian:额尔德尼朝鲁}}在{{trap/place:安达}}养牛，年年给孩子们拿学费。媳妇她妹{{minority/mongolian:包塔林图雅}}在县城饭店端盘子，礼拜天来给闺女梳头、洗衣裳。屯里的{{han:韩福堂}}大叔也是蒙古族，汉名叫惯了，他家有台三轮，下雨天孩子上学都是他送。油田那个{{trap/word:包工头}}{{han:赵德仓}}说好赔十万，到今天才给了一半。
访谈者：学校那边呢？
受访者：闺女的班主任{{han:周丽娜}}老师知道她妈没了，下了晚自习常留她说话。学校心理老师是{{compound:乐正书韵}}，一个礼拜找她一回。老三的班主任{{han:刘宛秋}}说，孩子画画老画一匹白马，说是{{trap/minority_word:额吉}}骑着走了。
访谈者：社工来过吗？
受访者：来过。县里社工站派来的是{{compound:巫马嘉琪}}，跟她一起的还有{{compound:赫连子默}}。{{compound:巫马嘉琪}}说话慢声细语，教闺女怎么安排学习；小伙子给老二补数学。{{minority/mongolian:胡和鲁}}我这辈子没求过人，这回是真得靠大伙儿。
访谈者：平常一天怎么过？
受访者：早上五点起来烧炕，熬奶茶泡炒米，把老三送到道口。白天在村部坐着，晚上回来给孩子们检查作业。{{minority/mongolian:朝克图那森}}他认字快，就是坐不住。{{han:王永茂}}都说这孩子机灵，长大错不了。
访谈者：过年过节呢？
受访者：正月初一我们叫{{trap/minority_word:查干萨日}}，孩子们给长辈敬酒磕头。冬天晚上我拉{{trap/minority_word:四胡}}，讲{{trap/famous:巴拉根仓}}的故事，老三笑得在炕上打滚。{{minority/mongolian:阿拉腾高娃}}她不笑，说想她妈。
访谈者：您出事以后，油田那边怎么说？
受访者：外包队说我不是正式工，推来推去。后来乡司法所帮我打官司，判了赔偿，包工头说没钱，到今天也没给齐。我拄着拐去了{{trap/place:大庆}}三趟，一趟来回一百多块车费，后来也就不去了，省下钱给孩子们买本子。
访谈者：孩子们学习怎么样？
受访者：闺女学习好，班里前五名。她妈临走前拉着她的手，让她照顾好弟弟，她就记着这句话。半夜我看她还在灯底下写作业，劝她早点睡，她说爸你先睡。老二数学不行，作文写过一回他妈，老师在班上念了，全班都哭了。老三还小，光知道玩，可他也知道我腿不好，走道的时候拽着我的衣角。
访谈者：冬天怎么过？
受访者：我们这儿冬天零下三十度，{{trap/year:二〇二二年}}那个冬天最冷，屋里烧炕，院里的水缸冻成一个大冰坨。煤是村里给送的，一冬两吨，省着点烧够了。去年腊月大雪封了道，{{minority/mongolian:乌力吉吉日嘎拉}}大叔开着他那台四轮子给我们送来一袋{{trap/word:白面}}、一桶豆油，说都是一个屯子的，谁家没个难处。
访谈者：您往后有什么打算？
受访者：残联说可以学个手艺，修鞋、修电动车都行，坐着就能干。我想在村口开个小修理铺，村书记说村部那间空房可以借我。能挣一点是一点，不能光靠国家养着。
访谈者：登记需要地址、证件和联系方式。
受访者：家在{{address:肇州县托古乡民乐村五屯17号}}，闺女住校前在她老姨那儿借住过，{{address:肇州镇兴华小区8号楼2单元502室}}。我身份证{{id_number@my1982.230621}}，老三的{{id_number@my2018spaced.230621}}。我电话{{mobile@spaced}}，{{minority/mongolian:包塔林图雅}}的电话{{mobile@plain}}，她微信叫{{wechat:talintuya_zz}}。闺女有个QQ，她让我记着，我记在烟盒上了，你看，{{qq:2749153860}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。医院单子上是{{spaced:苏 布 德 格 日 勒}}，学校花名册把老二写成{{spaced:嘎　鲁　图　门}}，低保本上我是{{spaced:胡和鲁 巴特}}。
访谈者：最后您想说啥？
受访者：我这条腿是废了，可人不能倒。{{minority/mongolian:阿拉腾高娃}}说她要考卫校当护士。我就盼着仨孩子都念出来。
""")

# H602: Tibetan grandmother in 加查 (山南); her son is in prison, his wife died; three grandchildren.
DOCS["H602"] = ("family", """\
访谈者：阿妈啦，您慢慢说，我们不着急。
受访者：我叫{{minority/tibetan:普珍卓嘎}}，今年六十七，村里人叫我阿妈{{minority/tibetan:普珍}}。家在{{trap/place:加查}}县城下游，{{trap/place:雅鲁藏布江}}边上。老伴{{minority/tibetan:巴桑旺堆}}走了五年了。儿子{{minority/tibetan:强久次仁}}前年开车喝了酒，把人撞了，判了四年，在{{trap/place:拉萨}}服刑。儿媳{{minority/tibetan:德吉卓嘎}}生老三的时候大出血，没救过来。三个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：老大孙女{{minority/tibetan:边巴吉宗}}十三，在{{school:加查县中学初一（2）班}}。老二孙子{{minority/tibetan:嘎玛桑旦}}十岁，老三{{minority/tibetan:尼玛扎堆}}五岁，在村里的幼儿园。家里喊老大{{minority/tibetan:吉宗}}，喊老二{{minority/tibetan:桑旦}}。{{minority/tibetan:吉宗}}她懂事，放了学先背水，再给弟弟洗脸。{{minority/tibetan:桑旦}}就爱跟着他阿爸的老朋友去放牦牛。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：知道。去年冬天我带他们去{{trap/place:拉萨}}探监，{{minority/tibetan:强久次仁}}隔着玻璃哭，说对不起阿妈。回来的路上{{minority/tibetan:吉宗}}一句话没说。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{minority/tibetan:拉巴仓决}}，她比我儿子小两岁，一个月来三四趟。她跟乡里报了事实无人抚养，仨孩子每人每月{{trap/number:一千三百五}}。乡里的民政专干是藏族，汉名叫{{han:罗振华}}，藏名{{minority/tibetan:坚参罗布}}，他{{trap/word:白天}}跑村，晚上还在乡政府填表。{{trap/org:县民政局}}的{{han:蒋秀英}}科长来核过一次，给孩子们带了新书包。
访谈者：学校呢？
受访者：孙女的班主任是援藏来的{{compound:上官芷兰}}老师，{{trap/place:湖北}}人，给孙女起了个汉名叫{{han:林雪晴}}。{{han:林雪晴}}这个名字孙女喜欢，作业本上两个名字都写。还有个数学老师{{han:胡志刚}}，周末给她补课，不收钱。县医院的{{han:孟庆春}}大夫是援藏医生，给老三看过两回肺炎。
访谈者：社工呢？
受访者：有。县里社工站的{{compound:闾丘子健}}，跟他来的女孩叫{{compound:宇文沐阳}}。他们教孙女写日记，说心里有事就写下来。法律援助中心还派了个律师，是{{compound:尉迟景行}}，帮我们办儿子的监护委托。
访谈者：平常过日子难吗？
受访者：难。我腿疼，下不了地，家里的三亩青稞地是邻居{{minority/tibetan:旺久多吉}}帮着种的。{{minority/tibetan:旺久多吉}}他媳妇{{minority/tibetan:琼达白珍}}每年打完{{trap/minority_word:糌粑}}都给我们送一袋。过{{trap/minority_word:藏历年}}，孩子们穿上新藏装去转{{trap/place:达拉岗布寺}}，我心里才宽一点。我给他们讲{{trap/famous:仓央嘉措}}的诗，{{minority/tibetan:桑旦}}听不懂，光笑。
访谈者：您儿子在里面表现怎么样？
受访者：他写信回来，说在里面学了电焊，还得了表扬。信是汉文写的，我不认字，让{{minority/tibetan:吉宗}}念给我听。信里说，阿妈，等我出来再也不喝酒了。我听了就哭。老二给他阿爸画了一头牦牛，说是礼物。
访谈者：家里的收入靠什么？
受访者：低保、孩子们的生活费，还有草场补贴。家里养了四头奶牛、十几只羊，我每天挤奶，打{{trap/minority_word:酥油}}，拿到县城去卖。挖{{trap/word:虫草}}的季节，村里的年轻人都上山，我们家没有劳力，挖不成。邻居们挖回来，有时候分我们一点。
访谈者：孩子们身体怎么样？
受访者：老三身体弱，冬天老咳嗽，{{trap/org:乡卫生院}}给打针，好了又犯。大夫说是小时候没吃上奶，底子差。我就每天给他熬骨头汤。老大个子长得快，一年一双鞋都不够穿。
访谈者：您自己身体呢？
受访者：膝盖疼了十来年，走远路就肿。可我不敢病，我病了这三个孩子谁管？每天早上我去{{trap/minority_word:转经}}，求菩萨保佑我多活几年，等孙子孙女长大。
访谈者：村里人对你们家怎么样？
受访者：好。秋收的时候，全村的人轮着来帮我割青稞，割完了在我家院子里喝{{trap/minority_word:青稞酒}}、唱歌。{{trap/minority_word:望果节}}村里赛马，也叫上孩子们去看。谁家杀了羊，都给我们送一条腿。我跟孩子们说，以后你们长大了，也要这样帮别人。
访谈者：登记表要填地址和号码。
受访者：家在{{address:加查县安绕镇仲巴村二组14号}}，孙女在县城住过她姨家，{{address:加查镇幸福小区3号楼1单元201室}}。我的身份证{{id_number@wy1958.540528}}，老大的{{id_number@wy2012hyphen.540528}}。我电话{{mobile@hyphen}}，{{minority/tibetan:拉巴仓决}}的电话{{mobile@plus86}}，她微信叫{{wechat:lhaba_cangjue}}。孙女有QQ，号码写在她课本后头，我念给你：{{qq:186420937}}。
访谈者：名字写得对吗？
受访者：乱。低保本上老大是{{spaced:边 巴 吉 宗}}，学校名单上老二是{{spaced:嘎　玛　桑　旦}}，我是{{spaced:普　珍　卓　嘎}}，我儿子在判决书上写成{{spaced:强久 次仁}}。
访谈者：您最盼什么？
受访者：盼儿子早点回来，盼{{minority/tibetan:吉宗}}考上内地的西藏班。
""")

# H603: Hui grandmother in 宜阳 (洛阳); her son is on dialysis in 郑州, his wife left; three grandchildren.
DOCS["H603"] = ("family", """\
访谈者：奶奶，您先说说家里几口人。
受访者：五口。我叫{{han:海桂芝}}，经名{{minority/hui:麦姆乃}}，老头子{{han:白守义}}前年中风，半边身子不得劲。儿子{{han:白建伟}}得了尿毒症，在{{trap/place:郑州}}一个礼拜透析三回，寺里都喊他{{minority/hui:白塔希尔}}。儿媳{{han:金玉霞}}跟他离了，回了{{trap/place:孟津}}娘家。三个孙子孙女跟着我们老两口，在{{trap/place:宜阳}}城南的回民村。
访谈者：孩子们多大了？
受访者：大孙女{{han:白雨桐}}十二，经名{{minority/hui:苏菲叶}}，在{{school:宜阳县回民小学六年级（1）班}}。二孙子{{han:白浩然}}九岁，先天性耳聋，戴着助听器，在{{school:洛阳市特殊教育学校三年级（2）班}}住校。小孙子{{minority/hui:白哈伦}}才四岁，天天问妈啥时候回来。{{minority/hui:白哈伦}}他一哭，我就抱着他去寺门口看鸽子。
访谈者：您老伴和儿子的病，花销怎么办？
受访者：儿子透析是大病医保，自己还得掏一些。老头子的药一个月{{trap/number:三百多}}。村里给我们家报了低保，仨孩子报了困境儿童，一个孩子每月{{trap/number:七百六}}。村委会的{{han:马振东}}主任领着乡里民政所的{{han:李秋红}}来看过几回。儿童主任{{han:沙秀云}}也是回族，她说{{minority/hui:麦姆乃}}大姐你别急，手续我来跑。
访谈者：寺里帮你们吗？
受访者：帮。{{trap/org:清真寺}}的{{minority/hui:金伊德里斯}}阿訇每个主麻都让乡老们给捐一点{{trap/minority_word:乜贴}}。阿訇的女人{{minority/hui:米赛丽麦}}教孙女念经，手把手教她写阿文。开斋的时候寺里炸{{trap/minority_word:油香}}，{{minority/hui:米赛丽麦}}先给我们端一盘。邻居{{han:丁国兴}}他们家开牛肉汤馆，孩子们放学饿了就去喝一碗。
访谈者：学校那边呢？
受访者：大孙女的班主任{{han:杨慧敏}}老师，常给她带衣裳。特殊学校的{{compound:皇甫晚晴}}老师会手语，教二孙子说话，{{han:白浩然}}现在能叫奶奶了。县医院耳鼻喉科的{{han:常国强}}大夫说他能做人工耳蜗，残联能补大头，表都填好了。
访谈者：社工来过吗？
受访者：县里社工站来了个姑娘，叫{{compound:慕容疏影}}，还有一个小伙子是{{compound:长孙亦然}}。{{compound:慕容疏影}}每礼拜三来，陪大孙女写作业，陪我说说话。
访谈者：孩子们妈妈还来看吗？
受访者：过年来一回，给孩子们买衣裳。{{han:金玉霞}}她也难，又嫁了人。孩子们不记恨她。我给他们讲{{trap/famous:海瑞}}做清官的事，说做人要正。
访谈者：亲戚呢？
受访者：我娘家兄弟{{han:海长林}}在{{trap/place:洛阳}}卖羊肉，年年送半只羊。我侄女{{minority/hui:海阿伊舍}}在{{trap/place:郑州}}医院当护工，儿子透析的时候她去陪着。{{minority/hui:海阿伊舍}}就是我们家的贵人。
访谈者：您儿子的病能治好吗？
受访者：大夫说得换肾，得等肾源，还得花三四十万。家里哪有那么多钱。村里帮着在网上筹款，乡亲们、寺里的、孩子们学校的老师都捐了，凑了八万多。儿子说，妈，别给我治了，钱留着给孩子们念书。我说你说的啥话，你是他们的爹。
访谈者：孩子们知道爸爸的病吗？
受访者：大孙女知道。她跟着去过一回{{trap/place:郑州}}，看她爸躺在床上，胳膊上扎着管子，回来三天没说话。二孙子听不见，可他看得懂，他摸着他爸胳膊上的疤，比划着问疼不疼。
访谈者：一天怎么安排？
受访者：早上五点起来做礼拜，给老头子擦身子、喂饭，再给孩子们做早饭，送小的去幼儿园。上午去地里看看，种了二亩麦子、一亩花生。下午接孩子，晚上看着他们写作业，我认字不多，辅导不了，就坐在边上。{{trap/word:马上}}要收花生了，我一个人收不过来，还得求人。
访谈者：您觉得最需要的帮助是什么？
受访者：一个是儿子换肾的钱，一个是有人能帮我带带孩子。我六十多了，腰弯了，抱不动小的了。乡里说可以申请临时救助，一次两三千，我申请过一回。{{trap/org:县残联}}说二孙子做耳蜗的事排上队了，明年春上能做，我天天盼着。
访谈者：登记表要填地址和号码。
受访者：家在{{address:宜阳县城关镇东关回民村三组21号}}，儿子在{{trap/place:郑州}}租的房子是{{address:金水区文化路福寿小区6号楼3单元402室}}。我身份证{{id_number@wy1961.410327}}，儿子的{{id_number@my1984spaced.410327}}。我电话{{mobile@plain}}，儿子电话{{mobile@s434}}，他微信{{wechat:Tahir_Bai1988}}。大孙女有个QQ，号码她记在我那个药瓶上了：{{qq:3051786294}}。
访谈者：名字写得对吗？
受访者：不对。经名各写各的，医院单子上儿子是{{spaced:白 塔 希 尔}}，学校把大孙女写成{{spaced:白　雨　桐}}，把我写成{{spaced:海 桂 芝}}，还有写{{spaced:苏菲 叶}}的。
访谈者：您最想说的是啥？
受访者：只要我还能动，就把这仨孩子拉扯大。{{minority/hui:苏菲叶}}说她以后当医生，给她爸看病。
""")

# H604: Han mother in 尚义 (张家口) with lupus; her husband is in prison for theft; three children with word nicknames.
DOCS["H604"] = ("family", """\
访谈者：大姐，您身体怎么样？
受访者：红斑狼疮，吃激素吃得脸都圆了。我叫{{han:郭翠梅}}，家在{{trap/place:尚义}}南边的村里，离{{trap/place:张家口}}一百多里。男人{{han:冯德发}}前年偷了人家的羊，判了三年，在{{trap/place:宣化}}服刑。三个孩子，都有小名。
访谈者：孩子们叫什么？
受访者：老大闺女大名{{han:冯雅琴}}，小名{{han:莜麦}}，十三。老二小子{{han:冯子铭}}，小名{{han:疙瘩}}，十岁。老三闺女{{han:冯思甜}}，小名{{han:杏花}}，六岁。{{han:莜麦}}在{{school:尚义县第二中学初一（5）班}}，{{han:疙瘩}}在村小四年级。{{han:杏花}}跟着我，还没上学。
访谈者：平常孩子们怎么过？
受访者：{{han:莜麦}}说她是老大，啥都得管。她放学回来先做饭，{{trap/word:莜面}}窝窝、{{trap/word:山药蛋}}，她都会。{{han:疙瘩}}也懂事，放羊、拾粪，一样不落。{{han:杏花}}就跟着她姐屁股后头转。老二说长大要当警察，老三说要当老师。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:乔翠英}}，她跟我一般大，隔三差五来。我去找{{han:乔翠英}}，她说我家算父母一方服刑、一方重病，能报困境儿童，每个孩子每月{{trap/number:五百八}}。村支书{{han:范守田}}给我家报了低保。乡里民政所的{{han:武建军}}来核过，{{han:武建军}}他人实诚，说啥都给办。县医院的{{han:庞丽华}}大夫管我的病，说得长期吃药。
访谈者：他爸的事孩子们知道吗？
受访者：知道。{{han:冯德发}}他进去以后，村里有孩子骂{{han:疙瘩}}是贼娃子，他跟人打了一架。学校的{{han:聂振华}}校长把那几个孩子叫去说了，后来消停了。{{han:莜麦}}她不说，可夜里哭。
访谈者：学校呢？
受访者：{{han:莜麦}}的班主任{{han:郝春燕}}老师，给她申请了助学金。学校还有个心理老师叫{{compound:令狐佳音}}，一个月找她谈两回。老二那个村小的{{han:贾福来}}老师教了三十年书，对孩子们好。
访谈者：社工来过吗？
受访者：来过，县里的社工{{compound:拓跋予安}}，还有{{compound:欧阳沁园}}。她俩给孩子们带了书，还帮我联系了律师，律师叫{{compound:东方靖宇}}，说我男人出来以前，监护的事不用操心。
访谈者：您娘家呢？
受访者：我妈{{han:王凤兰}}七十多了，在{{trap/place:大青沟}}住，腿脚不好。我哥{{han:郭满堂}}在{{trap/place:北京}}工地干活，年底回来给孩子们买衣裳。{{han:郭满堂}}那边也有俩孩子要念书，能帮的有数。
访谈者：最难的时候是什么时候？
受访者：冬天。{{trap/place:坝上}}的风刮得人站不住，炉子一灭屋里就结冰。去年腊月我住院，三个孩子在家，老大自己生炉子、做饭，送弟弟妹妹上学。我出院回来看见她手上全是冻疮。
访谈者：您的病花钱多吗？
受访者：多。一个月药费七八百，报销一半。一犯病就得住院，一住半个月，孩子们在家没人管，就托给邻居。大夫说这病得养，不能累着，可我不干谁干？家里二十亩地，种的胡麻和山药，全靠我跟老大。
访谈者：孩子们跟他爸还有联系吗？
受访者：一个月能通一回电话，十分钟。{{han:疙瘩}}每回都抢着说，说他考了多少分，说家里的母羊下了羔。老大就在边上听，轮到她了，就说一句爸你好好改造，然后把电话递给妹妹。我知道她心里有气，也有想。
访谈者：村里人怎么看你们家？
受访者：大多数人心眼好，谁家杀猪了给送块肉，谁家蒸了糕给送一盘。也有说闲话的，说我男人不争气。我不跟他们计较，就跟孩子们说，你爸做错了事，他在受罚，可他还是你们的爸。
访谈者：孩子们过年过节怎么过？
受访者：过年他姥姥来，给孩子们包饺子，蒸黏豆包。正月十五带他们去镇上看花灯、扭秧歌。今年老二想要个新书包，我没舍得买，儿童主任知道了，从县里领了三个新书包，一人一个。孩子们高兴得一宿没睡好。
访谈者：登记要填地址和号码。
受访者：家在{{address:尚义县南壕堑镇二道沟村三组9号}}。我身份证{{id_number@wy1987.130725}}，老大的{{id_number@wy2012fullwidth.130725}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@plus86dash}}，我微信是她给注册的，叫{{wechat:guocuimei_sy}}。老大有QQ，号码她写在我手机壳后头了，{{qq:2098364751}}。
访谈者：表上的名字对吗？
受访者：老大被写成{{spaced:冯 雅 琴}}，我被写成{{spaced:郭　翠　梅}}，还有个表把我男人写成{{spaced:冯德 发}}。
访谈者：您最想说的？
受访者：盼他爸出来好好过日子，盼孩子们别学坏。
""")
# H605: Han primary-school teacher in 嵩县 (洛阳) reaching the families of her pupils on WeChat and QQ.
DOCS["H605"] = ("teacher", """\
访谈者：程老师好，您班上有几个困境儿童？
受访者：叫我小程就行。我叫{{han:程晓蕾}}，在{{trap/place:嵩县}}车村镇的小学教四年级，班上三十六个孩子，建了档的困境儿童有五个。家长大多在外头打工，平常都是微信、QQ联系。
访谈者：一个一个说吧。
受访者：头一个是{{han:张梓涵}}，在{{school:车村镇第一小学四年级（2）班}}，就是我们班。她爸{{han:张保山}}在{{trap/place:山西}}煤窑上得了尘肺，回来躺着，她妈{{han:李巧云}}在{{trap/place:洛阳}}饭店洗碗。孩子跟奶奶{{han:刘桂仙}}过。她妈的微信是{{wechat:qiaoyun_8823}}，晚上十点以后才回消息。{{han:张梓涵}}也知道她妈累，从来不让我给她妈打电话告状。
访谈者：第二个呢？
受访者：第二个是{{han:杨浩宇}}，爸妈在{{trap/place:广州}}打工，跟爷爷{{han:杨满囤}}。{{han:杨满囤}}他耳朵背，打电话听不清，我就跟他爸{{han:杨建设}}在QQ上说，QQ号是孩子作业本上抄来的，{{qq:1627384905}}。他爸那个人话少，回一句“收到”“谢谢老师”。{{han:杨浩宇}}就是上课爱睡觉，一问才知道，他晚上给爷爷端尿盆。
访谈者：第三个？
受访者：第三个是回族孩子，{{han:马雨轩}}，经名{{minority/hui:尔卜杜}}，爸爸三年前在工地上出事没了，妈妈{{han:丁春霞}}改嫁了，孩子跟外婆。外婆的微信是舅舅{{han:丁建章}}注册的，叫{{wechat:DingJianzhang_76}}。{{minority/hui:尔卜杜}}他会唱经，班上开联欢会他唱了一段，孩子们都鼓掌。
访谈者：第四个？
受访者：第四个{{han:王一诺}}，妈妈是聋哑人，爸爸{{han:王铁柱}}跑了好几年没音讯。孩子妈跟我用微信打字，她微信号{{wechat:yinuo_mama2014}}。我每天把作业拍照发给{{han:王一诺}}，她学了手语，在家给她妈当翻译。乡里的民政专干{{han:韩振斌}}帮着报了事实无人抚养。
访谈者：第五个？
受访者：第五个{{han:郑小舟}}，孤儿，爸妈前年一起出的车祸。现在跟着大伯{{han:郑国庆}}，孤儿基本生活费一个月{{trap/number:一千二百八}}。大伯在{{trap/place:郑州}}跑出租，孩子平常跟大娘过。大伯的QQ号是他自己写给我的，号码后头还画了个笑脸，{{qq:2316805947}}。大娘{{han:赵玉兰}}的电话{{mobile@plain}}。
访谈者：学校还有谁帮这些孩子？
受访者：我们校长{{han:周建伟}}，心理老师{{compound:司马若曦}}，还有支教来的{{compound:诸葛望舒}}。{{compound:诸葛望舒}}他教美术，带孩子们画{{trap/place:白云山}}。镇上的儿童主任{{han:孔令娥}}跟我对接，每个月一起家访一回。县里社工站的{{compound:漆雕雨欣}}也来过，给孩子们做小组活动。
访谈者：家访的时候有什么难处？
受访者：山里路远，有的孩子家离学校十几里。夏天下雨，{{trap/place:伊河}}涨水，车过不去，就得绕。有一回去{{han:郑小舟}}家，大娘说孩子夜里哭醒了喊妈，我听了心里难受，回来跟{{han:孔令娥}}说，得找个专业的人给孩子疏导。
访谈者：您给孩子们讲什么？
受访者：讲{{trap/famous:程颐}}、{{trap/famous:杨时}}{{trap/word:程门立雪}}的故事，二程是我们这儿的人。孩子们说，老师你也姓程，你是不是他家的后人？我说不是，我是{{trap/place:程家庄}}的。
访谈者：家长的联系方式您都记着？
受访者：都记着。尘肺那个家长的电话{{mobile@hyphen}}，{{han:杨建设}}的电话{{mobile@plus86spaced}}。那个聋哑妈妈的身份证我帮着办残疾证时抄过，{{id_number@wy1988.410325}}。{{han:郑小舟}}的地址是{{address:嵩县车村镇天桥沟村四组12号}}。还有个孩子家长有QQ，号码前头我记了个“杨”字：{{qq:917462385}}。
访谈者：这些孩子的学习怎么样？
受访者：参差不齐。有的聪明，就是没人管，作业经常不写；有的肯学，可底子差。我每天放学留他们半个钟头，在教室里写完作业再走。学校食堂给他们免了午饭钱，冬天还发了棉衣。县里有个{{trap/org:春蕾计划}}，给女孩子每学期{{trap/number:五百元}}。
访谈者：您自己有孩子吗？
受访者：有个女儿，三岁，放在我妈那儿。有时候我想，我照顾别人的孩子，自己的孩子倒成了留守儿童。可看着这些孩子，我觉得值。我还把{{trap/hotline:12355}}写在黑板角上，告诉孩子们受了欺负就打这个电话。
访谈者：名字登记上有问题吗？
受访者：有。表上有把回族那个孩子写成{{spaced:马 雨 轩}}的，{{han:郑小舟}}写成{{spaced:郑　小　舟}}，支教老师的名字也被写成{{spaced:诸 葛 望 舒}}。
访谈者：您最大的感受？
受访者：这些孩子比城里孩子懂事得早，可他们也是孩子。我能做的就是多看他们一眼。
""")

# H606: Uyghur grandfather selling naan in 常州 (江苏), family from 阿图什; his son died, the grandchildren live with him.
DOCS["H606"] = ("family", """\
访谈者：大爷，您在{{trap/place:常州}}多少年了？
受访者：八年了。我叫{{minority/uyghur:阿卜杜热依木·依明}}，老家{{trap/place:阿图什}}，在这边开个{{trap/minority_word:馕}}店。大家叫我{{minority/uyghur:阿卜杜热依木}}大叔。老伴{{minority/uyghur:阿米娜汗·吾斯曼}}跟我一起打馕。儿子{{minority/uyghur:阿不都外力·阿卜杜热依木}}前年在{{trap/place:喀什}}开车出了事，人没了。儿媳{{minority/uyghur:古丽尼格尔·托合提}}肾不好，回了娘家，她妈照顾她。两个孙子孙女就跟着我们来了{{trap/place:常州}}。
访谈者：孩子们多大？
受访者：孙子{{minority/uyghur:艾克热木江·阿不都外力}}，十二岁，我们叫他{{minority/uyghur:艾克热木}}，在{{school:天宁区红梅实验小学六年级（3）班}}。孙女{{minority/uyghur:努日曼古丽·阿不都外力}}，八岁，在{{school:天宁区红梅实验小学二年级（1）班}}，同学都叫她{{minority/uyghur:努日曼古丽}}。
访谈者：孩子们适应吗？
受访者：刚来的时候不会说汉话，{{minority/uyghur:艾克热木}}他急得哭。班主任{{han:沈丽娟}}老师天天放学留他半个钟头教拼音。现在他汉话比我说得好，来买馕的人他都会招呼。{{minority/uyghur:努日曼古丽}}就爱画画，画的都是{{trap/place:阿图什}}的{{trap/word:无花果}}树。
访谈者：谁帮过你们？
受访者：社区的{{han:顾建华}}主任，她帮孩子们办了借读。街道民政科的{{han:陆志明}}说孙子孙女户口在{{trap/place:新疆}}，这边报不了，帮我们跟老家联系，老家给报了事实无人抚养，每人每月{{trap/number:一千一百五十}}。老家村里的儿童主任叫{{minority/uyghur:塔吉古丽·阿合买提}}，{{minority/uyghur:塔吉古丽}}她每个月在微信上问孩子们的情况。社区的儿童主任{{han:钱雅芳}}也常来店里坐坐，孩子们都叫她{{han:钱雅芳}}阿姨。
访谈者：社工呢？
受访者：有个社工叫{{compound:公孙雅文}}，还有她同事{{compound:夏侯云帆}}。他们给孙子找了个大学生，周末补数学。{{compound:公孙雅文}}还带孩子们去了{{trap/place:红梅公园}}、恐龙园。
访谈者：老乡们呢？
受访者：常州的新疆人不多，有几家开拉面馆、卖{{trap/minority_word:烤包子}}的。{{minority/uyghur:伊斯拉木·库尔班}}是我们{{trap/place:阿图什}}的老乡，他媳妇{{minority/uyghur:阿依古再丽·塔依尔}}常给孙女梳辫子。{{minority/uyghur:伊斯拉木}}他有车，孩子们生病了都是他送医院。{{trap/minority_word:古尔邦节}}我们几家凑一起，宰只羊，做{{trap/minority_word:抓饭}}。
访谈者：生意怎么样？
受访者：一天卖两百来个馕，够吃饭，不够攒钱。房租一个月{{trap/number:三千二}}，是最大的开销。医院的{{han:吴晓峰}}大夫知道我们的情况，孙女看病他不收挂号费。
访谈者：您给孩子们讲什么？
受访者：讲{{trap/famous:阿凡提}}的故事，也讲{{trap/famous:苏东坡}}，老师说他就是在{{trap/place:常州}}走的。孙子说，爷爷，{{trap/famous:苏东坡}}也爱吃馕吗？我说他爱吃肉。
访谈者：孩子们想妈妈吗？
受访者：想。孙女每天晚上跟她妈视频，她妈躺在床上，脸色发黄，说话没力气。孙女就给她妈唱学校里学的歌，她妈说好听，说着就哭了。我跟老伴商量，暑假带孩子们回去看看她妈。来回的车票一个人七八百，得攒。
访谈者：你们在这边有什么难处？
受访者：语言，还有钱。我汉话说不好，去办事人家说的我听不懂，都是孙子给我翻译。冬天这边湿冷，屋里没有暖气，老伴的腿一到冬天就疼。孩子们的学费免了，可校服、资料都得花钱。社区给我们申请了临时救助，一次给了{{trap/number:两千块}}。
访谈者：孩子们在学校交到朋友了吗？
受访者：交到了。孙子有个好朋友，本地孩子，天天放学来馕店写作业，写完了两个人一起踢球。那孩子的妈妈人好，周末带他俩去图书馆。孙女的同桌送了她一盒彩笔，她当宝贝，画完了一支一支擦干净放回去。过节的时候我烤了{{trap/minority_word:窝窝馕}}，让孩子们给同学带去，同学们都说好吃。
访谈者：登记要填地址和号码。
受访者：住在{{address:天宁区红梅街道青龙苑小区12号楼2单元301室}}，老家在{{address:阿图什市松他克乡阿湖村3组26号}}。我身份证{{id_number@my1958.653001}}，孙子的{{id_number@my2013spaced.653001}}，孙女的{{id_number@wy2017x.653001}}。我电话{{mobile@plain}}，老伴的{{mobile@p86n}}。孙子用我手机玩QQ，号码是{{qq:3428157609}}。我的微信叫{{wechat:Abdurehim_nang}}。
访谈者：名字写得对吗？
受访者：乱。学校把孙子写成{{spaced:艾克热木江 · 阿不都外力}}，孙女写成{{spaced:努 日 曼 古 丽 · 阿 不 都 外 力}}，社区表上我是{{spaced:阿卜杜热依木 依明}}，有的表上点都没有，写{{minority/uyghur:阿卜杜热依木依明}}。
访谈者：最后想说什么？
受访者：孩子们在这边好好念书，长大了回{{trap/place:阿图什}}也行，留常州也行。
""")

# H607: Han court clerk in 舞钢 (平顶山) reading from a case file: guardianship of two children handed to their grandmother.
DOCS["H607"] = ("staff", """\
访谈者：您在法院干了几年书记员？
受访者：九年。我叫{{han:宋佳妮}}，在{{trap/org:舞钢市人民法院}}民事庭。今天说的这个案子是{{trap/year:2023年}}立的案，去年判的，撤销父亲的监护资格，把两个孩子交给奶奶。卷宗我带来了，名字、号码都是卷里的，我给你念。
访谈者：当事人是谁？
受访者：申请人是奶奶，{{han:孙秀荣}}，住{{address:舞钢市尹集镇杨庄村四组18号}}，身份证{{id_number@wy1960.410481}}。被申请人是孩子的爸爸{{han:田建勋}}，身份证{{id_number@my1988hyphen.410481}}，吸毒，进过两回戒毒所。孩子妈{{han:孙丽娥}}五年前离家出走，公告送达也没找着。
访谈者：孩子们呢？
受访者：大的叫{{han:田梓豪}}，十一，在{{school:尹集镇中心小学五年级（2）班}}；小的叫{{han:田欣悦}}，七岁，身份证{{id_number@wy2017spaced.410481}}。卷里有学校出的证明，班主任{{han:黄淑华}}老师写的，说{{han:田梓豪}}他常饿着肚子上学。
访谈者：案子怎么起的头？
受访者：村委会报的。村里儿童主任{{han:杜红霞}}发现孩子身上有伤，跟村支书{{han:杨春生}}一起打了{{trap/hotline:110}}。派出所的{{han:崔海涛}}所长出警，把孩子先送到奶奶家。民政局又申请撤销监护资格，由检察院支持起诉，检察官是{{compound:端木思琪}}。
访谈者：审判长是谁？
受访者：审判长{{compound:申屠景明}}，陪审员是{{han:刘建民}}和{{han:陈素芳}}。法律援助中心给奶奶派的律师是{{compound:南宫浩宇}}，{{compound:南宫浩宇}}他把孩子的病历、学校的证明都调齐了。{{han:田建勋}}他自己请的律师叫{{han:邵光明}}。
访谈者：卷里的名字有什么特别的地方？
受访者：有。奶奶不会写字，手印按的，代书人{{han:孙秀荣}}的侄子{{han:孙志朋}}在签名栏写了两遍，笔录上是“{{han:孙志朋}}{{han:孙志朋}}”，一遍打印一遍手签，挨着。送达回证上写的是{{spaced:田 建 勋}}，一个字一个空。被申请人的母亲那栏写成{{spaced:孙　秀　荣}}。申请书上有个证人叫{{compound:皇甫雅琴}}，笔录上又写成{{spaced:皇 甫 雅 琴}}。还有一份社会调查报告，社工{{compound:东郭思源}}做的，报告里写成{{spaced:东　郭　思　源}}。
访谈者：开庭的时候孩子来了吗？
受访者：没来，我们不让孩子出庭。法官去奶奶家问的，我跟着做笔录。{{han:田梓豪}}他一开始不说话，后来拿出一个本子，上面记着他爸哪天打了他、哪天没给饭吃，一页一页的，字歪歪扭扭。法官看完，半天没说话。
访谈者：孩子爸爸什么态度？
受访者：开庭那天他来了，瘦得脱了相。他说他知道错了，可他戒不了。判决下来他没上诉，后来听说又进了戒毒所。
访谈者：奶奶的身体能带两个孩子吗？
受访者：这也是我们最担心的。社会调查报告里写了，老人六十五岁，有高血压，种着三亩地。可除了奶奶，没有别的亲属愿意接。法院跟民政、村委会开了个协调会，定下来村里每个月派人上门看一次，学校每个礼拜报一次孩子的出勤，社工每季度做一次回访。
访谈者：判决怎么判的？
受访者：撤销{{han:田建勋}}的监护资格，指定{{han:孙秀荣}}为监护人，{{han:田建勋}}每月给抚养费{{trap/number:一千元}}。他没钱，民政给孩子们报了事实无人抚养，每人每月{{trap/number:一千一百}}。
访谈者：孩子们现在怎么样？
受访者：我们回访过。奶奶家在村东头，院子收拾得干净。{{han:田欣悦}}也胖了。{{han:田梓豪}}说他想当警察，跟{{han:崔海涛}}所长一样。{{han:杨春生}}都说这俩孩子算是捡回一条命。
访谈者：这类案子多吗？
受访者：不多，一年一两件。{{trap/place:舞钢}}小，{{trap/place:平顶山}}那边多一些。我们庭长{{han:何致远}}说，这种案子要快，孩子等不起。我们跟{{trap/org:县妇联}}也有联系，她们派人陪孩子出庭。
访谈者：卷里还有别的联系方式吗？
受访者：奶奶的电话{{mobile@hyphen}}，儿童主任的电话{{mobile@plain}}，她微信{{wechat:duhongxia_yj}}。孩子姑姑{{han:田秀蕊}}在{{trap/place:郑州}}，住{{address:二七区大学路嵩山小区5号楼1单元603室}}，身份证{{id_number@wy1985x.410481}}，QQ是{{qq:1538920476}}。
访谈者：您办这个案子有什么感受？
受访者：看照片的时候手都抖。{{trap/famous:包公}}的戏里判的都是大案，可这种小案子对孩子就是天大的事。卷上写着，要是没人管，这俩孩子就毁了。
访谈者：最后补一句？
受访者：孩子的名字在卷里出现了几十遍，我们归档的时候一个一个核，{{spaced:田梓 豪}}这种写法也得改过来。
""")

# H608: Han grandmother in 凌海 (锦州, 辽宁) raising her grandson; her son is in a mental hospital, his wife divorced him.
DOCS["H608"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：就我跟孙子俩。我叫{{han:高淑珍}}，今年六十九，家在{{trap/place:凌海}}城北的村里。老头子{{han:于长福}}前年脑出血走了。儿子{{han:于海泉}}精神分裂，在{{trap/place:锦州}}精神病院住着，一年出来一两回。儿媳{{han:曹丽敏}}跟他离了，去了{{trap/place:沈阳}}，又成了家。孙子{{han:于浩天}}十二，打小跟我。
访谈者：孙子在哪上学？
受访者：在{{school:凌海市第五初级中学初一（3）班}}，骑车上学，二十来里地。{{han:于浩天}}他学习中不溜，就是爱画画，画的都是{{trap/place:大凌河}}、{{trap/place:笔架山}}。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:韩玉珠}}，头一个上我家来的。她跟镇里的民政助理{{han:孟凡友}}报了事实无人抚养，孙子每月{{trap/number:一千零六十}}。村支书{{han:董宝山}}给我报了低保。{{han:董宝山}}那边还给我家修了房顶，原来一下雨就漏。镇卫生院的{{han:石建平}}大夫每个月给我量血压。
访谈者：孙子想他妈吗？
受访者：想，嘴上不说。{{han:曹丽敏}}她过年给孩子打个电话，寄五百块钱。孩子接了电话就上屋里关门。我跟他说你妈也难，他点头。
访谈者：他爸呢？
受访者：{{han:于海泉}}好的时候也知道疼孩子，犯了病就啥也不认。去年出院回家住了一个月，半夜拿着菜刀在院子里转，吓得孙子躲到邻居{{han:常德利}}家。{{han:白桂荣}}婶给孙子铺了炕，一宿没睡陪着。第二天我就把儿子送回去了。
访谈者：学校呢？
受访者：班主任{{han:许文霞}}老师，对孩子上心。学校的心理老师叫{{compound:欧阳筱彤}}，给孩子做过测评，说有点抑郁，要多陪。美术老师{{han:那春雷}}看孩子画得好，让他参加了市里的比赛，得了个三等奖。
访谈者：社工来过吗？
受访者：来过，市里社工站的{{compound:慕容婉宁}}，还有个男的叫{{compound:左丘文涛}}。{{compound:慕容婉宁}}给孙子找了个大学生结对子，周末视频辅导。小伙子帮我办了儿子的残疾证。
访谈者：您身体呢？
受访者：高血压，腰间盘突出。最怕的是我哪天躺下了，孙子咋整。我闺女{{han:于海霞}}在{{trap/place:盘锦}}，说我要是不行了她接孩子。{{han:于海霞}}家也不宽裕，女婿{{han:刘振禄}}在油田上打零工。
访谈者：过年过节呢？
受访者：过年包饺子，孙子擀皮我包。我给他讲{{trap/famous:萧何}}月下追{{trap/famous:韩信}}，说人得有本事，也得有人赏识。他说奶奶你就是{{trap/famous:萧何}}。
访谈者：孙子平常怎么过？
受访者：早上六点起来，自己热饭吃，骑车上学。中午在学校吃，晚上回来写作业，写完了帮我喂鸡、抱柴火。周末去地里帮我掰苞米。他不爱说话，有心事就闷着。我知道他心里苦，可我不会劝，就给他做好吃的。
访谈者：村里人怎么样？
受访者：都挺好。谁家包了饺子给送一盘，过年村里给送米面油。村里有个{{trap/org:关工委}}，退休的老教师每个礼拜来给孩子们讲故事、辅导作业。孙子跟他们处得好，有什么话愿意跟他们说。
访谈者：您最担心什么？
受访者：我怕我哪天不在了。还怕孙子也得他爸那个病，大夫说这病跟遗传有关系。我天天看着他，看他睡得好不好，说话对不对。民政热线{{trap/hotline:12349}}我记在墙上了，有事就打。
访谈者：孙子有什么爱好？
受访者：就是画画。他把零花钱攒起来买颜料，舍不得用，一管颜料用半年。美术老师说他有天分，以后可以考美术学校。我不懂这个，可只要他喜欢，我砸锅卖铁也供他。去年冬天他给我画了张像，挂在炕头上，来串门的人都说像。
访谈者：登记要填地址和号码。
受访者：家在{{address:凌海市金城街道北山村七组23号}}，儿子离婚前在城里买过房，{{address:凌海市大凌河街道滨河小区7号楼2单元402室}}。我身份证{{id_number@wy1956.210781}}，孙子的{{id_number@my2013.210781}}。我电话{{mobile@spaced}}，我闺女电话{{mobile@fws}}，孙子的微信是{{wechat:haotian_lh2013}}，他QQ是{{qq:2857310964}}。
访谈者：名字写得对吗？
受访者：有写错的。低保本上我是{{spaced:高 淑 珍}}，学校表上孙子是{{spaced:于　浩　天}}，医院那边把儿子写成{{spaced:于海 泉}}。
访谈者：您最想说啥？
受访者：我就盼着孙子考上高中，别像他爸那样。{{han:于浩天}}这孩子有良心，他说奶奶我养你。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=601,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout76",))


if __name__ == "__main__":
    main()
