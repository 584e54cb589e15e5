# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 96 (tests/pii/holdout96/H753-H760 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 97, written at the same time, is not an
earlier set).

Set 96 is about children in distress (困境儿童) and the help they get, in eight new voices, all in or around 钦州
(Guangxi): a Mongolian father from 乌审旗 (鄂尔多斯) who drives a forklift on the docks of 钦州港 to pay the debts of
his wife's leukaemia, his two children with his parents at home; an Amdo Tibetan grandmother from 碌曲 (甘南) living
with her son's family in 钦州, her daughter-in-law ill with lupus and her son-in-law at home in prison; a Hui mother in
钦南 whose family is from 孟村 (Hebei), widowed when her husband was killed on a delivery, running the beef-noodle
shop alone with three children; a Uyghur father from 伽师 selling grilled mutton at a night market in 钦州 with his
youngest son, his wife on dialysis at home and his eldest daughter caring for her; a Zhuang grandmother in 灵山
raising three grandchildren, her son in prison and his wife gone; a Han primary-school teacher in 浦北 going through
the six children in distress of her class and their parents on WeChat and QQ; a Han social worker of a 钦州 charity
reading from her case notes (orphans of a fire, a prisoner's son, a Uyghur girl and a Mongolian boy whose fathers
work in 钦州); and a Hakka grandfather in 浦北 raising four grandchildren called by word nicknames. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of three
to seven characters (苏乙拉, 浩斯巴特, 乌日罕托娅, 巴彦乌力吉, 额尔敦陶格涛, 那木吉拉道尔吉) with a short form after
the full name (苏乙拉其木格 then 苏乙拉她), a Han surname of the Ordos Mongolians before a Mongolian name
(奇那仁满都拉) and the Han forms of the same family (奇建勋, 奇梦瑶, 老奇); Amdo Tibetan names (尕藏拉毛, 完德才让,
贡却道吉, 旦知草, 仁青措毛, 闹日加布, 当周才让 then 当周他), a Han surname before a Tibetan name (杨拉毛措) and the Han
names of Tibetans (杨国强, 杨雨菲); Han-form Hui names (吴秀琴, 丁立新, 丁子墨, 刘淑贞) beside 经名 alone (苏热娅,
马赫穆德, 叶尔库白, 苏阿黛, 赛利麦, 扎伊娜卜) and after a Han surname (丁尤苏夫 then 尤苏夫, 马叶哈雅); Uyghur given name
+ father's name with and without the dot (依力亚斯江·吐尔地, 布再乃甫·托乎提 and 布再乃甫托乎提,
艾力夏提依力亚斯江) and short forms (依力亚斯江, 祖丽菲亚她, 艾力夏提他, 布再乃甫); Zhuang families with the
surnames 韦, 覃, 蒙, 莫, 农, 陆, 黄 and 阿-/老- forms (阿怡, 阿豪, 老覃他, 老农, 农婶); Han names with common surnames and
those of 钦州 and the Hakka of 浦北 (宁, 庞, 劳, 邝, 温, 赖, 利, 巫, 宾, 丘, 古), with titles and kin words (苏振宇所长,
贺振华书记, 覃志明大夫, 黄丽嫦老师, 蒙雪梅大姐, 汤晓丽姨; the span is the name only), a surname with only a title or
kin word (老奇, 老覃, 小梁, 黎婶, 吴阿姨, 庞主任, 韦老师, 陆大夫, 巫大夫, 邱老师, 邝老师, 海师傅, 皇甫律师; annotated
whole), names that contain or end in words (叶春风, 叶长青, 宁家和, 黄家旺, 古文才, 廖木生, 温小雨), word nicknames
(米糕, 地瓜, 竹篙, 细妹; annotated whole), names directly before particles and verbs (庞德才他, 叶春风也, 赖永贵那边,
宾国强他们家, 细妹都, 竹篙还) and after 叫/是/给/跟/和; names spaced out character by character in half- and
full-width spaces, dotted names with spaces around the dot and names split in two; compound surnames after ordinary
words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup (``_setkit.MARK``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:蒙月娥}}``, ``{{qq:1593087264}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012x.450721}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 律师, 阿訇,
大姐, 大哥, 姨) and a particle, pronoun or verb written directly after a name (说, 也, 都, 还, 她, 他, 他们家, 那边)
are outside the span; a surname with only a title or kin word and no given name (老覃, 黎婶, 邝老师, 皇甫律师) and a
nickname (阿怡, 米糕, 地瓜) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (奇建勋, 杨国强,
丁子墨) are category han; a Han surname before a non-Han given name (奇那仁满都拉, 杨拉毛措, 丁尤苏夫) is category
minority; the Zhuang names, all in Han form, are category han.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout96/make_holdout96.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(96_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H753: Mongolian father from 乌审旗 on the docks of 钦州港; his wife died of leukaemia, the children are with his parents.
DOCS["H753"] = ("family", """\
访谈者：您在{{trap/place:钦州港}}码头干了几年了？
受访者：四年多了。我叫{{minority/mongolian:额尔敦陶格涛}}，户口本上的汉名是{{han:奇建勋}}，老家在{{trap/place:乌审旗}}{{trap/place:嘎鲁图镇}}南边的嘎查。在码头上开叉车，船多的时候也下舱扛包。工友们嫌我名字长，都叫我{{han:老奇}}，{{han:老奇}}这两个字我现在听着比自己的名字还顺耳。
访谈者：孩子们在老家跟谁过？
受访者：跟我爸妈。我爸叫{{minority/mongolian:那木吉拉道尔吉}}，七十一了，腿脚不好；我妈叫{{minority/mongolian:萨仁托娅}}，她一个人喂着四十只羊。孩子妈妈{{minority/mongolian:乌日罕托娅}}三年前得了白血病，在{{trap/place:鄂尔多斯}}住了一年院，人没留住，家里还欠了十几万。我就是为了还账才跑到{{trap/place:广西}}来的，这边码头一个月能多挣一千多。
访谈者：两个孩子多大了？
受访者：闺女{{minority/mongolian:苏乙拉其木格}}十二，汉名叫{{han:奇梦瑶}}，在{{school:乌审旗蒙古族学校初一（4）班}}住校。儿子{{minority/mongolian:浩斯巴特}}八岁，在嘎鲁图镇上小学二年级。闺女在家大家都叫她{{minority/mongolian:苏乙拉}}，{{minority/mongolian:苏乙拉}}她懂事，周末回家帮奶奶烧火、拌料。{{minority/mongolian:浩斯巴特}}就爱哭，视频的时候老问我啥时候回去。
访谈者：谁在帮你们家？
受访者：嘎查的儿童主任{{han:奇秀兰}}，跟我们是本家，给俩孩子报了困境儿童，每人一个月{{trap/number:六百八}}。嘎查达{{minority/mongolian:奇那仁满都拉}}给我爸妈报了低保。苏木的民政助理{{han:郝建新}}来家里看过两回，说孩子没了妈，还能申请教育救助。旗里社工站有个姑娘叫{{compound:拓跋雅琪}}，她每个月给{{minority/mongolian:苏乙拉}}打一次电话，说孩子心里有事，得有人听她说。
访谈者：您在钦州这边呢？
受访者：码头的班长{{han:黄志彬}}是本地人，人直，知道我家的事，夜班尽量给我排，夜班钱多。同一个宿舍的{{han:林德旺}}也是当爹的，他说咱俩都是把孩子扔在家里的人。调度员{{compound:尉迟伟健}}是从{{trap/place:北方}}来的，说话我听得懂，有活先叫我。他说{{trap/word:奇怪}}，你一个内蒙古人跑这么远来扛包。还有一个蒙古族老乡{{minority/mongolian:呼日乐巴特}}，{{trap/place:杭锦旗}}的，在{{trap/place:防城港}}开吊车，过节我俩凑一块儿喝顿酒，唱唱{{trap/minority_word:长调}}。工会的{{han:庞主任}}听说了我的事，给我申请过一回困难职工补助。
访谈者：码头上的活累吗？
受访者：累是累，习惯了。夏天铁板晒得烫手，叉车里像个蒸笼，一个班下来衣服能拧出水。最怕台风，一来台风就停工，停工就没钱。去年有个工友让吊着的钢卷碰了腿，躺了三个月，我看着心里发慌：我要是出点事，家里老的小的怎么办。所以现在干活我比谁都小心。港务公司的安全员是{{compound:东方牧之}}，每个礼拜开一回安全会，我听得最认真。晚上下了班，我先给家里打视频，闺女把作业本举到镜头前给我看，儿子抢着说他今天得了一朵小红花。挂了电话，宿舍里一下子静下来，我就一个人坐在床边抽根烟。
访谈者：孩子们知道您在外面的难处吗？
受访者：闺女知道。她在电话里说，爸你别给我寄零花钱，学校有补助。儿子不知道，他就知道要遥控汽车。过年我回不去，船多，码头不停。今年{{trap/minority_word:查干萨日}}我在宿舍里给他们视频，我妈在那边摆了{{trap/minority_word:白食}}，孩子们给我磕头，我在这边眼泪止不住。
访谈者：老人身体还行吗？
受访者：我爸去年冬天摔了一跤，是邻居{{minority/mongolian:巴彦乌力吉}}开车送到旗医院的。旗医院的{{han:任志刚}}大夫给接的骨，说老人骨头脆，再摔就难了。我妈说她不怕，她说草原上的老太太，{{trap/famous:成吉思汗}}的额吉都是一个人把孩子拉扯大的。
访谈者：登记表上要写地址、证件和电话。
受访者：老家是{{address:乌审旗嘎鲁图镇巴音温都尔嘎查三社17号}}，我在这边住{{address:钦州港经济开发区港湾小区8栋2单元503室}}，是公司宿舍。我身份证{{id_number@my1981spaced.150626}}，闺女的{{id_number@wy2013.150626}}。我电话{{mobile@s434}}，我妈的电话{{mobile@plain}}。我微信是{{wechat:erdun_taogt78}}，闺女用奶奶手机上QQ，她的号是{{qq:2874019365}}。
访谈者：表上名字写对了吗？
受访者：对不上。码头的花名册写成{{spaced:额 尔 敦 陶 格 涛}}，学校那边把闺女写成{{spaced:苏乙拉 其木格}}，儿子写成{{spaced:浩　斯　巴　特}}。社保卡上又只有汉名，光这个就跑了三趟。
访谈者：以后有什么打算？
受访者：再干两年，把账还上就回去。{{minority/mongolian:额尔敦陶格涛}}我也四十多了，不能一辈子在码头上。回去跟老人把羊养好，看着孩子们念书。
""")

# H754: Amdo Tibetan grandmother from 碌曲 in 钦州; her daughter-in-law has lupus, her son-in-law in 碌曲 is in prison.
DOCS["H754"] = ("family", """\
访谈者：阿奶，您从{{trap/place:碌曲}}到钦州多久了？
受访者：（儿子翻译）两年了。我叫{{minority/tibetan:尕藏拉毛}}，六十八岁，老家在{{trap/place:甘南}}碌曲的{{trap/place:尕海}}。老伴{{minority/tibetan:完德才让}}走了六年了。儿子{{minority/tibetan:贡却道吉}}在钦州一家饲料厂当保安，厂里的工牌上写的汉名叫{{han:杨国强}}。儿媳妇是钦州人，叫{{han:宁秋萍}}，前年查出红斑狼疮，手肿得拿不住碗。我就过来给他们看孩子。
访谈者：家里几个孩子？
受访者：两个。孙女{{minority/tibetan:旦知草}}十岁，在学校的名字是{{han:杨雨菲}}，在{{school:钦北区长田小学四年级（2）班}}。孙子{{minority/tibetan:当周才让}}六岁，上大班，家里叫他{{minority/tibetan:当周}}。{{minority/tibetan:当周}}他最黏我，晚上要我唱碌曲的歌才肯睡。
访谈者：老家那边还有亲人吗？
受访者：有。我闺女{{minority/tibetan:仁青措毛}}在碌曲，女婿{{minority/tibetan:闹日加布}}前年为了草场跟人打架，把人打伤了，判了三年。闺女一个人拉扯两个娃娃，大的{{minority/tibetan:桑吉拉毛}}在{{school:碌曲县藏族中学初二（3）班}}，小的{{minority/tibetan:多杰才旦}}七岁。村里的儿童主任{{minority/tibetan:杨拉毛措}}给两个娃娃报了事实无人抚养，一个月{{trap/number:一千二百六}}。{{minority/tibetan:仁青措毛}}她在电话里说，阿妈你别操心，我放着牦牛呢。
访谈者：您在钦州这边，谁帮过你们？
受访者：社区的{{han:冯丽华}}主任。她来家里三回，给儿媳办了大病救助，又给两个孩子报了困境儿童。她说，妈妈病了的孩子也算。社区的网格员叫{{han:小梁}}，年轻人，跑腿跑得勤。孙女的班主任{{han:宁海燕}}老师是儿媳的远房表妹，常把孙女留下来补作业。还有一个社工，叫{{compound:公孙云帆}}，每礼拜六来陪两个孩子画画，还学了几句藏话，孩子们高兴得很。孙女跟她学会了画牦牛，画了一张贴在墙上，说等回碌曲要拿给舅舅看。
访谈者：您过得惯吗？
受访者：热。碌曲冬天零下二十多度，这里冬天都不穿棉袄。吃的也不惯，没有{{trap/minority_word:糌粑}}，儿子托人从{{trap/place:合作}}寄来炒面和{{trap/minority_word:酥油}}。我天天早上转经，楼下的{{han:黎婶}}以为我在念咒，后来知道了，{{trap/word:宁可}}自己少睡会儿也陪我下楼转一圈，还跟着我念{{trap/minority_word:嘛呢}}。
访谈者：一家人住在一起，日子怎么安排？
受访者：我早上五点起来烧茶，给孙女做早饭，送她到校门口，再回来送孙子去幼儿园。儿子上夜班，白天睡觉，儿媳手疼，洗不了衣服，我就一件一件搓。钦州的菜市场我现在也会去了，买菜不会讲价，卖菜的{{han:吴阿姨}}看我是外地老太太，每回多给一把葱。下午接了孩子回来，孙女写作业，我就坐在旁边捻佛珠，她不会的我也不懂，就让她去问楼下那个上大学的姐姐。
访谈者：孩子们还记得家乡吗？
受访者：孙女记得。她说碌曲的草是绿的，天是蓝的，去{{trap/place:郎木寺}}的路上有好多经幡。我给她讲{{trap/famous:格萨尔}}的故事，她在学校作文里写了，老师给了个优。
访谈者：儿媳的病怎么样了？
受访者：在{{trap/place:南宁}}看，医院的{{han:覃志明}}大夫说要长期吃激素，护士是{{compound:濮阳立夏}}，每回去都教儿媳怎么护手、怎么防晒。儿子一个月工资三千五，药就要一千多。我老家还有个亲戚在甘南当医生，叫{{minority/tibetan:道吉加措}}，他说药不能停，停了就犯。{{han:宁秋萍}}她自己也着急，说拖累了一家人，我跟她说，一家人不说两家话。她娘家在{{trap/place:钦北区}}乡下，她妈也常来帮一把，送点自己种的菜，两个老太太语言不通，比划着也能聊半天。
访谈者：登记表上要写地址、证件和电话。
受访者：这边住{{address:钦北区长田街道新华社区金湾小区5栋1单元402室}}，老家是{{address:碌曲县尕海乡秀哇村二组14号}}。我身份证{{id_number@woldhyphen.623026}}，孙女的{{id_number@wy2015fw.623026}}。儿子电话{{mobile@hyphen}}，儿媳的微信{{wechat:ningqiuping_0316}}。闺女在碌曲的电话{{mobile@spaced}}。
访谈者：名字在表上写得对吗？
受访者：老是写错。社区的表上把我写成{{spaced:尕 藏 拉 毛}}，孙子写成{{spaced:当周 才让}}，闺女在碌曲那边的表上是{{spaced:仁　青　措　毛}}，女婿是{{spaced:闹 日 加 布}}。儿子说，汉名倒是从来没错过。
访谈者：您最盼着什么？
受访者：盼儿媳病好，盼女婿早点出来。{{minority/tibetan:闹日加布}}他不是坏人，就是脾气急。两个家都是孩子在受罪。我每天早上点灯的时候都念一遍，求菩萨保佑两边的娃娃都平平安安，念书念出个样子来，以后别再像他们的爹妈这样苦。
""")

# H755: Hui mother in 钦南, family from 孟村 (Hebei); her husband was killed on a delivery, three children.
DOCS["H755"] = ("family", """\
访谈者：大姐，您家是从哪里来的钦州？
受访者：{{trap/place:河北}}{{trap/place:沧州}}的{{trap/place:孟村}}。我叫{{han:吴秀琴}}，经名{{minority/hui:苏热娅}}。我们家{{han:丁立新}}十年前跟着老乡来{{trap/place:钦南}}开牛肉面馆，我也跟过来了。他的经名叫{{minority/hui:马赫穆德}}，前年冬天送货，电动三轮在{{trap/place:南珠大道}}上让货车刮了，人当场就没了。赔偿的事打了一年官司，是法律援助中心派的律师{{compound:慕容砚秋}}帮我们打的，一分钱没收，最后赔了一些，都存着给孩子们念书。
访谈者：您一个人带几个孩子？
受访者：三个。老大{{han:丁子墨}}，经名{{minority/hui:叶尔库白}}，十四，在{{school:钦州市第五中学初二（5）班}}。老二是闺女，{{han:丁雨萱}}，经名{{minority/hui:苏阿黛}}，十一。老三{{minority/hui:丁尤苏夫}}，六岁，我们都叫他{{minority/hui:尤苏夫}}。{{minority/hui:尤苏夫}}就是个小尾巴，我去哪他跟哪。
访谈者：家里还有别的亲人吗？
受访者：婆婆{{han:刘淑贞}}在孟村，经名{{minority/hui:赛利麦}}，七十多了，有糖尿病。大伯子{{han:丁立强}}在{{trap/place:天津}}开车，过年打点钱回来。我娘家兄弟{{han:吴德海}}他们家在孟村种地，也帮不上多少。
访谈者：这两年谁帮过你们？
受访者：社区的{{han:梁晓敏}}主任最上心，给我报了低保，三个孩子报了困境儿童，老三还有个{{trap/org:县残联}}给办的残疾证，他耳朵不好，戴助听器。{{han:梁晓敏}}说，孩子没了爸，还可以申请临时救助。街道民政所的{{han:苏振宇}}所长来核过一回，说我这面馆一年挣不了几个钱，符合条件。{{trap/org:清真寺}}的{{han:马继先}}阿訇每逢{{trap/minority_word:主麻}}都让人给我们捎点{{trap/minority_word:油香}}，还从{{trap/minority_word:天课}}里拨了一笔钱给老大交学费。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:叶尔库白}}他成绩中等，就是爱打抱不平。他的班主任{{han:甘丽芸}}老师说，孩子心里憋着火，得有人疏导。学校的心理老师叫{{compound:闾丘晓菲}}，每周找他聊一回。{{minority/hui:苏阿黛}}在{{school:钦南区尖山小学五年级（1）班}}，她爱唱歌，还爱画画。老三在特教学校，那边的{{han:韦老师}}手把手教他说话。
访谈者：面馆现在谁在做？
受访者：我一个人。早上四点起来和面、熬汤，六点开门，卖到下午两点。老乡{{minority/hui:马叶哈雅}}在隔壁卖馓子，他看我忙不过来，就让他媳妇{{minority/hui:扎伊娜卜}}过来帮我洗碗，一分钱不要。还有一个孟村来的小伙子{{han:刘永清}}，在我这里端盘子，他说{{han:丁立新}}大哥当年收留过他。
访谈者：面馆的生意怎么样？
受访者：一般。钦州人早上爱吃猪脚粉，我们这是清真的牛肉面，来吃的多是回民和外地人。房东说明年要涨房租，我还没想好怎么办。有一回老大放学回来，看我一个人在后厨揉面，揉着揉着就坐地上哭了，他一声不吭过来接着揉。那以后他周末都在店里帮忙，我心疼，又拦不住。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}那天，我带孩子去寺里礼拜，回来炸{{trap/minority_word:馓子}}，给街坊送。{{trap/minority_word:古尔邦节}}宰不起牛，就跟几家凑钱宰一只羊。孩子们的爷爷活着的时候爱讲{{trap/famous:吴钟}}练八极拳的故事，说孟村出过英雄，老大现在还跟寺里的{{han:海师傅}}学拳。{{han:海师傅}}说，练拳先练心，心正了拳才正。
访谈者：您自己身体怎么样？
受访者：腰不好，站一天晚上疼得睡不着。有时候想回孟村，可孩子们在这边上学，老大说他不想转学。婆婆说，回来吧，家里有地。可回去吃啥呢。
访谈者：登记表上要写地址、证件和电话。
受访者：面馆在{{address:钦南区向阳街道新兴社区永福路清真巷9号}}，住在{{address:钦南区文峰街道南苑小区3栋2单元601室}}。我身份证{{id_number@wy1984.130930}}，老大的{{id_number@my2010spaced.450702}}。我电话{{mobile@plus86dash}}，婆婆的电话{{mobile@s38}}。我微信{{wechat:Suraya_Wu}}。老大有QQ，他说这个号码谁也别告诉，我记在账本最后一页：{{qq:47130928}}。
访谈者：名字在表上写得对吗？
受访者：经名各写各的。社区表上老大写成{{spaced:叶 尔 库 白}}，老三写成{{spaced:丁　尤　苏　夫}}，我自己是{{spaced:吴 秀 琴}}。婆婆说我们孟村的回民，名字写对写错，真主都认得。
访谈者：您最盼什么？
受访者：盼孩子们平平安安，老大读完书能有个手艺。{{han:丁子墨}}他爸要是看得见，也该放心了。
""")

# H756: Uyghur father from 伽师 grilling mutton in 钦州; his wife is on dialysis at home, his eldest daughter cares for her.
DOCS["H756"] = ("family", """\
访谈者：您在钦州卖烤肉几年了？
受访者：五年了。我叫{{minority/uyghur:依力亚斯江·吐尔地}}，老家是{{trap/place:伽师县}}的，离{{trap/place:喀什}}一个多小时。在钦州{{trap/place:中山路}}夜市摆摊，烤羊肉串、卖{{trap/minority_word:馕}}。这边的人叫我{{minority/uyghur:依力亚斯江}}叫不顺口，都喊我“新疆老板”。
访谈者：家里人在哪里？
受访者：老婆{{minority/uyghur:布再乃甫·托乎提}}在老家，她是肾病，一个礼拜去县医院透析两次。三个孩子，大女儿{{minority/uyghur:祖丽菲亚·依力亚斯江}}十四，在家照顾她妈，还要上学，在{{school:伽师县第二中学初二（6）班}}。二儿子{{minority/uyghur:艾力夏提依力亚斯江}}十岁，跟他奶奶{{minority/uyghur:热依罕·阿西木}}。小儿子{{minority/uyghur:玉素甫江}}七岁，跟我在钦州，在{{school:钦南区水东小学一年级（3）班}}。
访谈者：大女儿一个人照顾妈妈？
受访者：是啊，{{minority/uyghur:祖丽菲亚}}她早上五点起来给她妈做饭，再骑车去学校。礼拜二、礼拜五陪她妈去透析，那两天就请假。她的班主任{{minority/uyghur:米娜瓦尔·买买提依明}}老师知道我家情况，说请假可以，作业她给补。驻村的{{han:贺振华}}书记给我老婆办了大病救助，给家里报了低保。村里的儿童主任{{minority/uyghur:阿依古再丽·吾守尔}}每个月来家里看一次，把{{minority/uyghur:祖丽菲亚}}报成了困境儿童，说这是照顾病人的孩子。
访谈者：二儿子呢？
受访者：{{minority/uyghur:艾力夏提}}他淘气，奶奶管不住。上个月爬树摔了，胳膊打了石膏。我在电话里骂他，他哭，我也哭。我弟弟{{minority/uyghur:吐尔逊江·吐尔地}}在村里，帮着看一看。{{minority/uyghur:艾力夏提}}就听他叔叔的。
访谈者：小儿子在钦州习惯吗？
受访者：习惯了，普通话比我好。他的老师{{han:劳丽芳}}人好，知道我们晚上摆摊，孩子放学没人接，就让他在办公室写作业，等我来。社区的{{han:庞德贵}}主任给孩子办了借读，还给我们报了困境儿童的补贴，一个月{{trap/number:五百五}}。城管队员{{compound:钟离启明}}说，你就在这个位置摆，别挪了。社区民警{{compound:呼延定邦}}也常来摊子上转一圈，看有没有人欺负我们。隔壁卖螺蛳粉的{{han:蒙雪梅}}大姐，常给孩子送一碗粉，{{minority/uyghur:玉素甫江}}现在也爱吃酸笋了。
访谈者：摆摊辛苦吗？
受访者：下午三点去批发市场拿肉，回来穿串，五点生炭，一直烤到半夜一两点。钦州夏天热，炭火一烤，人像在锅里。雨季最难，一下雨夜市就散，肉放不住，只好自己吃或者送人。小儿子就在摊子后面的小凳子上写作业，写完了趴在桌上睡，我收摊了再抱他回去。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}我回不去，就在出租屋里做{{trap/minority_word:抓饭}}，请隔壁的人来吃，邻居们{{trap/word:陆续}}都来过。小儿子喜欢听{{trap/famous:阿凡提}}的故事，我讲一个他笑一个。晚上收了摊，我让他给他姐姐打视频，{{minority/uyghur:祖丽菲亚}}就在那边给他讲题，姐弟俩隔着几千公里一起做作业。他还教我说钦州话，说“食饭未”就是吃饭了没有，我学不会，他就笑我。老家那边，{{minority/uyghur:祖丽菲亚}}说她妈给她做了新裙子，是{{trap/minority_word:艾德莱斯}}绸的。
访谈者：您一个月能挣多少？
受访者：好的时候四五千，下雨就没有。老婆透析一个月自己要出一千多，奶奶的药，两个孩子上学，我自己房租，剩不下。{{trap/place:伽师}}的瓜好，我想明年从老家拉点瓜来卖，多挣点。
访谈者：登记表上要写地址、证件和电话。
受访者：老家是{{address:伽师县英买里乡博斯坦村4组22号}}，这边租的房子在{{address:钦南区水东街道水东社区东湖路18号2楼}}。我身份证{{id_number@mmidfwspaced.653129}}，小儿子的{{id_number@my2018.653129}}。我电话{{mobile@fullwidth}}，老婆的电话{{mobile@p86n}}。我微信{{wechat:Iliyasjan_kebab}}。大女儿有QQ，她说有事就给她留言，号码在这个本子上，你抄吧，{{qq:3306581427}}。
访谈者：名字在表上写得对吗？
受访者：乱。有的写{{spaced:依力亚斯江 · 吐尔地}}，有的写{{spaced:祖 丽 菲 亚 · 依 力 亚 斯 江}}，小儿子在学校是{{spaced:玉素 甫江}}。我老婆的名字，有的写{{minority/uyghur:布再乃甫托乎提}}，中间没点。
访谈者：您最盼什么？
受访者：盼老婆能换上肾，一家人住一块。{{minority/uyghur:布再乃甫}}她说，你在外面别太累，孩子们等着你。表上还有人把她写成{{spaced:布 再 乃 甫}}，我看了半天才认出来是她。
""")

# H757: Zhuang grandmother in 灵山 raising three grandchildren; her son is in prison, his wife gone.
DOCS["H757"] = ("family", """\
访谈者：阿婆，您带三个孙子多久了？
受访者：四年了。我叫{{han:蒙月娥}}，今年六十六，家在{{trap/place:灵山}}{{trap/place:佛子镇}}。老头子{{han:陆绍康}}走得早。儿子{{han:陆振光}}跟人去{{trap/place:东莞}}，犯了事，判了七年，还有三年才出来。儿媳{{han:农丽娟}}去广东打工，头一年还寄钱，后来电话也不接了。三个孩子就扔给我。
访谈者：孩子们叫什么？多大了？
受访者：大的是女孩，{{han:陆佳怡}}，十三，我们叫她{{han:阿怡}}，在{{school:灵山县佛子中学初一（5）班}}。老二{{han:陆俊豪}}十岁，叫他{{han:阿豪}}；老三{{han:陆俊杰}}七岁，小名叫{{han:米糕}}，生下来白白胖胖的。{{han:阿怡}}就是个小大人，早上煮粥，晚上看着两个弟弟写作业。两个小的都在镇中心小学。
访谈者：家里靠什么过日子？
受访者：种三亩荔枝，一季收几千块。村里给报了低保，三个孩子按事实无人抚养，一个人一个月{{trap/number:一千一百二}}。村委的{{han:覃德明}}主任，我们都叫他{{han:老覃}}，{{han:老覃}}他跑了好几趟镇上，才把手续办下来。村里的儿童主任{{han:莫春燕}}三天两头来，看孩子们吃得怎样，作业写没写。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{han:阿豪}}问我，爸爸是不是坏人。我说你爸是做错了事，改了就好。县里的社工{{compound:宇文家骏}}带他们去监狱看过一回他爸，隔着玻璃，{{han:陆振光}}他一句话都说不出来，光哭。{{han:米糕}}还小，以为他爸在外面打工。
访谈者：学校里怎么样？
受访者：{{han:阿怡}}的班主任是{{han:黄丽嫦}}老师，说孩子成绩好，就是太累了，上课打瞌睡。学校给她免了住宿费。老二的班主任{{han:韦建勋}}，男老师，管得严，{{han:阿豪}}怕他。去年老二跟同学打架，{{han:韦建勋}}没告诉我，自己把事情摆平了，后来才跟我说。
访谈者：亲戚邻居帮忙吗？
受访者：我妹妹{{han:蒙月兰}}在{{trap/place:钦州}}城里，过年给孩子们买衣服。隔壁的{{han:老农}}是个好人，荔枝熟了帮我摘，帮我挑到镇上卖。村头开小卖部的{{han:农婶}}，孩子去买东西常常不收钱。还有镇上卫生院的{{han:陆大夫}}，孩子病了半夜去敲他门，他都开。
访谈者：一天是怎么过的？
受访者：天{{trap/word:蒙蒙亮}}就起来，先喂鸡喂猪，再煮一锅粥。大孙女帮我给两个弟弟穿衣服，吃完饭她骑车送弟弟去学校，再自己去中学。我白天去果园，除草、打{{trap/word:农药}}，中午回来随便吃点。傍晚孩子们回来，我做饭，他们写作业。晚上九点以前我就困得睁不开眼，可还得等{{han:米糕}}洗完澡才能睡。有时候夜里{{han:米糕}}发烧，我抱着他走一里多路去卫生院。有一回半路上碰到派出所的民警{{compound:夏侯德胜}}巡逻，他开车把我们祖孙俩送了过去，还垫了药钱。
访谈者：逢年过节怎么过？
受访者：{{trap/minority_word:三月三}}做{{trap/minority_word:五色糯米饭}}，孩子们最爱吃。村里办{{trap/minority_word:歌圩}}，{{han:阿怡}}还上去唱了一首，唱的是{{trap/famous:刘三姐}}的歌。大家说这孩子声音好。唱完下来她跑到我跟前，问阿婆我唱得好不好，我说好，比你妈年轻时唱得还好。她就不说话了，低着头剥糯米饭吃。我心里也高兴，可一想她爸妈都不在，又难受。
访谈者：您身体怎么样？
受访者：膝盖不好，上山摘荔枝爬不动了。我最怕的是我哪天倒了，三个孩子怎么办。{{han:莫春燕}}说，真到那一天，有政府在，还有{{trap/org:县民政局}}和{{trap/org:镇社工站}}。
访谈者：登记表上要写地址、证件和电话。
受访者：家是{{address:灵山县佛子镇大塘村委会榕树根村12号}}，儿媳以前在{{address:灵山县灵城街道三海社区荔乡小区6栋302室}}租过房。我身份证{{id_number@wy1959.450721}}，大孙女的{{id_number@wy2012x.450721}}。我电话{{mobile@h38}}。大孙女有QQ，她说老师布置作业用的：{{qq:1593087264}}。
访谈者：名字写得对吗？
受访者：有一回低保表上把我写成{{spaced:蒙 月 娥}}，孙子写成{{spaced:陆　俊　豪}}，镇上一看，说名字中间不能有空，又退回来重填。孩子们的出生证、户口本我都拿塑料袋包好，放在柜子最里头，谁也不让碰，怕哪天要用找不着。后来村里的{{han:莫春燕}}帮我一张一张重新写，才交上去。我不识字，都是大孙女帮我看。
访谈者：您最想跟孩子们说什么？
受访者：好好读书。大孙女说她以后想当医生，我说好，当医生好，给阿婆看膝盖。
""")

# H758: Han primary-school teacher in 浦北 with the six children in distress of her class and their parents.
DOCS["H758"] = ("teacher", """\
访谈者：{{han:钟雅琳}}老师，您班上有几个困境儿童？
受访者：我带{{school:浦北县第三小学五年级（3）班}}，{{trap/year:2024年}}秋季开学接的班，四十六个孩子，学校登记在册的困境儿童有六个。我一个一个说吧，家长大多是加微信联系的。
访谈者：好，第一个。
受访者：{{han:黄梓萱}}，女孩，爸爸{{han:黄家旺}}在工地上摔断了脊椎，下半身瘫了，妈妈在{{trap/place:张黄镇}}的服装厂做工。{{han:黄梓萱}}她每天放学先回家给爸爸翻身。她妈妈的微信是{{wechat:huang_mama_1984}}，有事我都在微信上说。
访谈者：第二个？
受访者：{{han:庞宇轩}}，男孩，父母离婚，都不要他，跟着爷爷{{han:庞德才}}。{{han:庞德才}}他七十多了，不会用手机，我就加了孩子姑姑{{han:庞美玲}}的微信：{{wechat:pangmeiling88}}。孩子自己有个QQ，号是{{qq:260537841}}，晚上有时候在QQ上问我数学题。
访谈者：第三个？
受访者：{{han:叶春风}}，这名字是他爷爷起的，说春风吹又生。他爸爸{{han:叶长青}}得了尿毒症，在{{trap/place:钦州}}透析，妈妈陪着。孩子跟外婆住。外婆说，{{han:叶春风}}也知道家里难，从来不要零花钱。他舅舅{{han:宁家和}}在{{trap/place:北海}}打工，加了我微信，{{wechat:ningjiahe_bh}}，每个月问一回孩子成绩。
访谈者：第四个？
受访者：{{han:温小雨}}，爸爸在坐牢，妈妈改嫁了，跟奶奶{{han:温秀莲}}过。孩子话少，上课不举手。学校的心理老师是{{compound:上官沁瑶}}，副班主任是{{compound:端木静姝}}，两个人轮着陪她。{{compound:上官沁瑶}}，每周二给她做辅导说，孩子画的房子都没有门。
访谈者：还有两个？
受访者：{{han:赖俊熙}}和{{han:赖俊杰}}，兄弟俩，一个在我班，一个在{{school:浦北县第三小学二年级（4）班}}。妈妈去世了，爸爸{{han:赖永福}}在{{trap/place:深圳}}打工，一年回来一次。兄弟俩跟着大伯{{han:赖永贵}}。{{han:赖永贵}}那边也有三个孩子，顾不过来。{{han:赖俊熙}}的QQ号是{{qq:1847260593}}，他爸爸的微信{{wechat:laiyongfu_sz}}，我每个月给他爸发一次孩子的照片。
访谈者：学校和其他部门怎么帮他们？
受访者：校长{{han:邓志强}}很重视，六个孩子都免了午餐费。县{{trap/org:民政局}}的{{han:丘海燕}}股长来学校做过登记。{{han:黄梓萱}}家报了低保，{{han:庞宇轩}}按事实无人抚养，每月{{trap/number:一千零二十}}。镇里的儿童主任{{han:吕桂芳}}每月来一趟学校，跟我对一对名单。还有县{{trap/org:妇联}}的{{han:卜丽华}}主席，给孩子们送过书包。
访谈者：您怎么跟家长联系？
受访者：建了个群，有的家长在群里不说话，我就私聊。奶奶不识字，我就打她电话{{mobile@spaced}}。孩子舅舅在北海那边信号不好，常常打不通，他的电话是{{mobile@p86h}}。孩子姑姑说孩子有事就打她，她在镇上的超市上班，离学校近。
访谈者：名单上有问题吗？
受访者：有。系统里把{{han:赖俊熙}}写成了{{spaced:赖 俊 熙}}，{{han:温小雨}}写成{{spaced:温　小　雨}}，导出来的表格空格对不齐。还有{{han:黄梓萱}}的“萱”字常被打成“宣”，有一张表干脆写成{{spaced:黄 梓 萱}}，中间空两格。
访谈者：您最担心哪个孩子？
受访者：{{han:温小雨}}。她太安静了。上个月她在作文里写，“我希望有人记得我的生日”。我就在班上给她过了一回生日，全班给她唱歌，她哭了，我也哭了。
访谈者：平时上课您怎么照顾这几个孩子？
受访者：不能让他们觉得自己特殊。补助的事我都私下说，不在班上念名单。交资料费的时候，我先垫上，学期末学校再报。早读课我会早去十分钟，看看谁没吃早饭，抽屉里备着面包和牛奶。作文课我不让他们写“我的爸爸妈妈”这种题，改成“我最想感谢的人”，有的孩子写爷爷，有的写邻居，也有人写了我。{{han:庞宇轩}}写的是他爷爷，说爷爷每天早上走半个钟头路送他，下雨天把伞全打在他头上，自己淋湿了半边。我在班上念了，好多孩子都哭了。哥哥以前老迟到，后来我才知道他要先送弟弟，我就跟门卫说，这孩子晚几分钟别记。
访谈者：假期里您怎么照看他们？
受访者：暑假我们学校有个“护苗”活动，老师轮流家访。{{trap/place:五皇山}}脚下有两个孩子，我骑电动车去，一趟一个{{trap/word:钟头}}。放假前我跟每个孩子说，有事给我留言，别憋着。
""")

# H759: Han social worker of a 钦州 charity reading from her case notes.
DOCS["H759"] = ("social_worker", """\
访谈者：您在机构里跟哪些困境儿童的个案？
受访者：我叫{{han:谭慧敏}}，在钦州一家公益机构做社工，手上十一个个案，今天照着个案记录说四个。同事{{compound:诸葛文轩}}跟另外一半，他今天下乡了。
访谈者：第一个个案？
受访者：{{han:何沐晴}}和{{han:何梓睿}}，姐弟俩，父母在{{trap/place:钦北区}}的一场火灾里都没了，现在跟外公{{han:宋国平}}过。外公六十九，有高血压。{{han:何沐晴}}在{{school:钦州市第二中学初一（7）班}}，弟弟上三年级。姐弟俩都领孤儿基本生活费，每人每月{{trap/number:一千五百一十}}。外公的身份证是{{id_number@my1956.450703}}，{{han:何沐晴}}的是{{id_number@wy2012quad.450703}}。住址{{address:钦北区大垌镇那香村委会上屋村7号}}，外公电话{{mobile@plus86spaced}}。外公说，孩子没了爹妈，可不能没了书念。
访谈者：第二个？
受访者：{{han:钱思远}}，十岁，爸爸{{han:钱建华}}因为诈骗判了八年，妈妈{{han:周小红}}有精神残疾，在家吃药。孩子跟着舅妈{{han:唐秀凤}}。舅妈在菜市场卖鱼，她的电话{{mobile@fws}}。孩子的身份证号{{id_number@my2015fwhyphen.450702}}，地址{{address:钦南区南珠街道滨江社区海景小区11栋1单元205室}}。孩子在{{school:钦南区沙埠小学四年级（3）班}}，班主任{{han:骆文静}}老师每周给我发一次孩子的表现。我们给他申请了临时救助，还请了{{compound:皇甫律师}}……哦，就是{{compound:皇甫振远}}律师，帮他爸爸那边办探视。
访谈者：第三个？
受访者：{{minority/uyghur:努尔比娅·阿不都克尤木}}，九岁，新疆来的，爸爸在钦州做建筑，去年从脚手架上摔下来，颈椎断了。妈妈{{minority/uyghur:布阿依谢姆·热合曼}}照顾他，顾不上孩子。孩子普通话不太好，我们请了志愿者{{han:汤晓丽}}给她补课，孩子叫她{{han:汤晓丽}}姨。她的身份证{{id_number@wy2016x.653129}}，住{{address:钦南区水东街道东风社区幸福里巷6号}}。表上她名字被打成{{spaced:努 尔 比 娅}}，妈妈的名字写成{{spaced:布阿依谢姆 · 热合曼}}。{{minority/uyghur:努尔比娅}}现在会用普通话数到一百了。
访谈者：第四个？
受访者：{{minority/mongolian:呼和巴日斯}}，蒙古族，十一岁，爸爸是从{{trap/place:乌审旗}}来钦州港打工的，妈妈走了。孩子白天在学校，晚上一个人在宿舍等爸爸下夜班。我们跟港区的{{han:沈国富}}主任说了，给他在工会活动室安排了个写作业的地方。孩子身份证{{id_number@my2013spaced.150626}}，他爸爸电话{{mobile@plus86}}。表上他的名字被写成{{spaced:呼 和 巴 日 斯}}。
访谈者：个案之外，您们跟哪些部门合作？
受访者：{{trap/org:市民政局}}的儿童福利科，科长{{han:范丽琴}}；各个街道的儿童督导员；还有{{trap/org:团市委}}和{{trap/org:市妇联}}。我们机构的督导是{{compound:令狐书恒}}老师，他每个月看一遍我的记录。机构负责人{{han:邝振华}}，大家都叫他{{han:邝老师}}。法律上的事我们找律师{{compound:申屠建华}}。
访谈者：记录里还有什么难处？
受访者：名字。有个孩子{{compound:欧阳雨彤}}，复姓欧阳，有的表写{{spaced:欧 阳 雨 彤}}，有的写{{spaced:欧阳 雨彤}}，系统里还有一份只写了“欧雨彤”，三份对不上。我们也给每个孩子留了{{trap/hotline:12355}}，说遇到事打这个电话。还有的孩子家长连孩子生日都记不清，只好去派出所查。
访谈者：您怎么做一次家访？
受访者：先打电话约时间，带上评估表。进门不急着问，先看：冰箱里有没有菜，孩子的床干不干净，作业本有没有写。然后跟孩子单独聊，问他最近开心的事、害怕的事。回来当天就写记录，写清楚谁在场、说了什么、下一步做什么。
访谈者：您自己的联系方式怎么登记？
受访者：工作电话{{mobile@s38}}，工作微信{{wechat:tanhuimin_sw2019}}。机构的QQ群是给家长留言用的，我个人的QQ是{{qq:51860327}}。有的孩子加了我，半夜发消息说想妈妈，我就陪着聊。{{han:何沐晴}}也有QQ，她说不想让外公知道她哭过，有话就在QQ上跟我说，号码记在个案表背面：{{qq:2093718456}}。
访谈者：您做这行最大的感受？
受访者：孩子的事急不得。一个个案跟两三年，孩子慢慢开口了，我就觉得值。{{trap/year:二〇一九年}}我刚入行的时候，一个月哭好几回。我自己也是在福利院长大的，所以知道他们心里想什么。
""")

# H760: Hakka grandfather in 浦北 raising four grandchildren called by word nicknames.
DOCS["H760"] = ("family", """\
访谈者：阿公，您家几个孙子在身边？
受访者：四个。我叫{{han:古运昌}}，七十三，{{trap/place:浦北}}{{trap/place:龙门镇}}的客家人。两个儿子都出去了，大儿子{{han:古文才}}在{{trap/place:广州}}做装修，大儿媳{{han:钟月娇}}跟着；小儿子{{han:古文德}}前年在厂里被机器轧断了手，回来后喝酒，喝出了肝病，去年走了。小儿媳改嫁去了{{trap/place:玉林}}。孩子都在我这里。
访谈者：孩子们叫什么？
受访者：大儿子家的两个，大的叫{{han:古志豪}}，我们喊他{{han:地瓜}}，小时候又黑又圆；小的女孩{{han:古欣蕾}}，喊她{{han:细妹}}。小儿子家的两个，男孩{{han:古志强}}，喊他{{han:竹篙}}，长得高；女孩{{han:古美娟}}，喊{{han:阿娟}}。{{han:地瓜}}他读{{school:浦北县龙门中学初二（1）班}}，{{han:竹篙}}读{{school:龙门镇中心小学六年级（2）班}}。
访谈者：小儿子家的两个孩子，现在谁管？
受访者：我管。她妈{{han:温彩霞}}改嫁以后，逢年过节打个电话。{{han:竹篙}}也不接，说那不是他妈。{{spaced:利秋 菊}}，表上就这么写的，就是儿童主任，她劝过他几回。小的才五岁，一天到晚跟着{{han:细妹}}。村里的儿童主任{{han:利秋菊}}给两个孩子报了事实无人抚养，一个月{{trap/number:九百八}}。{{han:利秋菊}}说，大儿子家的两个不算，他们爸妈还在。
访谈者：大儿子那边寄钱吗？
受访者：寄，不多。装修活时有时无。{{han:古文才}}说，爸你别省，孩子要吃好。我说我不省，钱都在孩子们肚子里。
访谈者：村里还有谁帮你们？
受访者：村支书{{han:赖德胜}}，{{han:赖德胜}}他跟我是老庚，同年生的。他给我报了低保。{{trap/org:镇卫生院}}的{{han:巫大夫}}每个月上门给我量血压。邻居{{han:宾国强}}他们家有车，孩子病了就开车送，{{han:宾国强}}都说不要油钱。还有村里的退休老师{{han:廖木生}}，周末给孩子们补数学，不收钱。县里来过一个社工，叫{{compound:司徒婉清}}，她带孩子们去{{trap/place:越州天湖}}玩过一天，回来{{han:细妹}}说，阿公，那里的水好蓝。去年学校来了个支教的，是{{compound:澹台晚晴}}，教孩子们唱歌。
访谈者：一天怎么过？
受访者：天没亮我就起来，煮一锅番薯粥，蒸几个{{trap/minority_word:艾粄}}。孩子们吃完，大的骑车带小的去学校，小孙女跟着我去菜地。我种了两块地，青菜、豆角、芋头，吃不完挑去圩上卖。晚上四个孩子围着一张桌子写作业，灯泡不够亮，大儿子寄钱回来换了个大的。我不识几个字，只能坐在旁边看着，谁偷懒我就敲敲桌子。{{han:细妹}}最乖，写完自己的还帮{{han:阿娟}}认字。大孙子就爱拖，非得我拿竹条吓他才动笔。他堂弟就在旁边装看不见，我骂他，他还笑。礼拜天他们跟我去山上砍柴、摘{{trap/word:黄皮}}，回来一身泥，我一个个洗，洗完了累得坐在门槛上起不来。
访谈者：过年的时候呢？
受访者：过年大儿子两公婆回来，屋里才热闹。我们这里年三十要做{{trap/minority_word:酿豆腐}}、杀鸡，年初一去祠堂拜祖公。小儿子家那两个，看着伯父伯母给自己孩子夹菜，就低头扒饭。我跟大儿媳说，你夹菜要四个一样夹。她懂，后来都是先夹给那两个，{{han:竹篙}}还是不吭声，{{han:细妹}}都看出来了，偷偷把自己的鸡腿给了他。
访谈者：孩子们在学校怎么样？
受访者：{{han:地瓜}}读书一般，爱打篮球。他班主任{{han:邱老师}}说他讲义气。{{han:竹篙}}聪明，就是性子倔，{{trap/word:古怪}}得很。他爸走那年，他三个月不说话。学校的{{han:黎春梅}}老师天天陪他吃午饭，慢慢才好了。
访谈者：您身体怎么样？
受访者：七十几了，还能种菜。就是怕。我跟老伴{{han:刘桂娣}}说，我们两个老的，要撑到{{han:阿娟}}上初中。老伴说，撑得到，{{trap/famous:黄忠}}七十还上阵呢。
访谈者：登记表上要写地址、证件和电话。
受访者：家是{{address:浦北县龙门镇六平村委会新屋队23号}}，大儿子在广州租的房子在{{address:白云区同和街道蟾蜍石小区4栋702房}}。我身份证{{id_number@my1952.450722}}，小孙子的{{id_number@my2011.450722}}。我电话{{mobile@plain}}，大儿子的微信{{wechat:guwencai_zx}}。大孙子有QQ，号码他写在墙上，我念给你：{{qq:75309841}}。
访谈者：名字在表上写得对吗？
受访者：表上写的是{{spaced:古 运 昌}}，孙子写成{{spaced:古　志　强}}。村里人都知道{{han:地瓜}}是谁，不知道{{han:古志豪}}是谁。
访谈者：您最盼什么？
受访者：盼孩子们长大，有饭吃，有屋住，别忘了这个家。我们客家人讲，{{trap/place:石壁}}下来的祖宗走了几千里路，才在这里落脚，再难也要把香火接下去。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=753,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
