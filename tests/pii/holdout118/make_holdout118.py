# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 118 (tests/pii/holdout118/H929-H936 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 118 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
安庆 (Anhui) and 衢州 (Zhejiang): a Mongolian mother from 阿鲁科尔沁旗 who sews in a 安庆 garment workshop while her
son, deaf in one ear, lives with her parents in the gacha; an Ngawa Tibetan father from 红原 who drives a delivery
van in 衢州, his wife in prison, his son with him and his daughter with her grandmother on the grassland; a Uyghur
widow from 和田 who sells nang at a 衢州 market and raises alone a daughter with cerebral palsy; a Hui grandfather
from 临夏 who keeps a halal noodle restaurant in 迎江区 and raises two grandchildren whose parents died on the road;
a Yi father from 布拖 who ties rebar on a 安庆 building site, his wife dead and his children with his mother (clan
names before the given name); a Han village child director in 潜山 (黄柏镇) reading out her register; a Han
township social worker in 龙游 (湖镇镇) handling 事实无人抚养 cases; and a Han grandmother in 江山 raising a
granddaughter whose mother left. The emphasis is on forms where a replacement might cover only part of a name, in a
mix rather than one trick: Mongolian names used whole (朝伦巴根, 金花其其格, 乌力吉图, 敖都其其格她, 嘎拉桑扎布) and with
a short form after the full name (赛希雅乐 then 雅乐姐, 宝音满都胡 then 满都胡他), a Han surname before a Mongolian
given name (韩雅乐 on the pay list, 韩满都胡 on the school roll, 包胡日查) and a workshop nickname (草原妹); Ngawa
Tibetan names (才让东珠, 三知措她, 尕让多杰他, 拉毛央金, 秀拉毛她, 泽让卓玛) with short and fond forms (尕让他, 小央金),
a Han surname before a Tibetan given name (周才让 on the work badge), a nickname made of a Tibetan name (老才) and a
Tibetan with a Han name (杨寿昌); Uyghur given name + father's name with the dot (吐尔逊娜依·买买提,
买买提艾力·吐尔洪, 古丽米娜·买买提艾力, 阿斯娅·托乎提, 阿卜杜萨拉木·买买提, 阿迪力江·图尔贡) and without it
(古丽米娜买买提艾力), short and fond forms (古丽米娜她, 小米娜, 娜依姐) and a Han surname put before a Uyghur given name
by the market office (马娜依); Han-form Hui names (妥明德, 妥建忠, 喇秀梅, 妥志勇, 妥雨萱, 马还真, 撒文华阿訇) beside
经名 used alone (阿卜杜哈里格, 易司玛仪, 舍日法, 努润他, 鲁海亚她, 赛伊代, 阿布都拉合曼), a 临夏 childhood form
(尕哈里格) and 经名 after a Han surname (妥努润, 冶伊布拉黑麦); Yi names with the clan name first (吉伍有格, 阿的尔妞,
沙马阿衣她, 吉伍木牛, 吉伍什果, 阿苦拉且, 曲比拉哈, 海来伍沙), given names alone (有格, 木牛他, 什果她), a clan name cut
to a Han surname before the given name (吉有格, 吉什果) and a Yi with a Han name or form of address (吉国栋, 吉大哥);
Han names with common and rare surnames of the region (檀, 储, 查, 汪, 程, 章, 余, 方, 胡, 劳, 童, 祝, 毛, 姜, 柴, 郑, 龚,
傅, 叶, 徐, 邵, 蓝, 雷, 邱); surnames that are ordinary words, directly after or before grammar words (也秀梅也是,
就春林就住, 有金凤有空, 和德贵和他老婆, 跟和雪芬和她娘家, 程家和和奶奶, 我向向思琪, 才俊豪才九岁, 把德胜把,
都文杰都十四了, 找能雨欣能聊, 要子轩要强, 差点被被长生, 毛向东向来, 还丽娟还专门, 田让让国华种着), and given names
with such characters (程有福, 程家和, 余向阳, 毛向东, 马还真还真); names that contain words (金花其其格, 程家和, 余向阳,
毛向东, 马还真, 被长生, 程有福); titles and kin words after names (特木勒图大夫, 苏格日乐老师, 毛丽华老师, 余晓静老师,
檀雪莲老师, 罗晓苓老师, 储丽萍老师, 祝晓燕老师, 周海英阿姨, 撒文华阿訇, 雅乐姐, 娜依姐; the span is the name only), a
surname with only a title or kin word, annotated whole (檀老板, 储姐, 祝站长, 徐主任, 妥爷, 吉大哥, 储主任, 查老师,
章所长, 汪书记, 徐所长, 祝警官, 毛家婆婆), nicknames, annotated whole (草原妹, 老才, 桐丫头; 小央金, 小米娜,
尕哈里格 are minority); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, and a name
closing the last sentence of three transcripts (是阿的尔妞。, 还是能雨欣。, 是还丽娟。); names spaced out character
by character in half- and full-width spaces, a dotted name with spaces around the dot (吐尔逊娜依 · 买买提) and names
split in two; compound surnames after ordinary words (钟离, 澹台, 宗政, 公良, 西门, 万俟, 申屠, 轩辕, 漆雕, 乐正, 亓官,
鲜于, 东郭, 梁丘, 羊舌, 夹谷, 宰父, 太叔, 司空, 即墨, 公仪, 东门); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:就春林}}``, ``{{qq:5093846172}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986tri.513233}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 阿姨, 姐) and a particle,
pronoun or verb written directly after a name (说, 也, 就, 有, 和, 她, 他) are outside the span; a surname with only a
title or kin word (檀老板, 祝站长, 妥爷, 吉大哥, 毛家婆婆) and a nickname (草原妹, 老才, 桐丫头) are annotated whole.
Han-style names of Tibetan, Hui and Yi people (杨寿昌, 妥明德, 马还真, 吉国栋) are category han; a Han surname before a
non-Han given name (韩雅乐, 包胡日查, 周才让, 马娜依, 妥努润, 冶伊布拉黑麦) and a Yi clan name cut to a Han surname
(吉有格, 吉什果) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout118/make_holdout118.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(118_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H929: Mongolian mother from 阿鲁科尔沁旗 who sews in a garment workshop in 安庆; her son, deaf in one ear, is
# with her parents in the gacha.
DOCS["H929"] = ("family", """\
访谈者：大姐，您在这个服装车间做多久了？
受访者：三年多了，踩平车。我叫{{minority/mongolian:赛希雅乐}}，老家在内蒙古{{trap/place:阿鲁科尔沁旗}}，{{trap/place:赤峰}}北边。工资表上写的是{{minority/mongolian:韩雅乐}}，跟我阿妈的汉姓，{{han:檀老板}}说这样念着顺口。车间的姐妹喊我{{minority/mongolian:雅乐}}姐，也有人叫我{{han:草原妹}}，我都快四十了。
访谈者：怎么会到{{trap/place:安庆}}来？
受访者：我男人{{minority/mongolian:朝伦巴根}}前年腊月拉草料，车翻在沟里，人没了。看病、办后事欠了七八万。同嘎查的{{minority/mongolian:金花其其格}}嫁到这边好些年了，说服装厂缺熟手，我在旗里学过裁缝，就跟着过来了。儿子留在老家，跟我阿爸阿妈。
访谈者：孩子多大了？
受访者：十岁，叫{{minority/mongolian:宝音满都胡}}，家里喊他{{minority/mongolian:满都胡}}。学校的汉文名册上写成{{minority/mongolian:韩满都胡}}，也跟我阿妈的姓。他在{{school:阿鲁科尔沁旗天山镇蒙古族第二小学四年级（2）班}}。三岁那年发高烧，左耳朵听不见了，右耳戴助听器。{{minority/mongolian:满都胡}}他上课坐第一排，盯着老师的嘴才听得明白。
访谈者：老人身体怎么样？
受访者：我阿爸{{minority/mongolian:乌力吉图}}七十一，放了一辈子羊，腰弯得直不起来。阿妈{{minority/mongolian:敖都其其格}}六十八，做饭、洗衣裳、送孩子上学都是她。{{minority/mongolian:敖都其其格}}她眼睛花了，助听器的电池都是孩子自己换。
访谈者：他爸爸走的时候，孩子知道吗？
受访者：知道。那天他在学校，是嘎查的人去接的。出殡那天他一声不哭，攥着他爸那匹马的缰绳不放。后来马卖了还账，他追着拉马的车跑了半里地，摔了一身土。到现在家里谁也不敢提那匹马。
访谈者：老家谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:包胡日查}}给儿子报了困境儿童，每月{{trap/number:一千零五十元}}，又帮他办了残疾证，{{trap/org:旗残联}}每月发两项补贴。嘎查达{{minority/mongolian:嘎拉桑扎布}}把我们家报上了低保。旗医院的{{minority/mongolian:特木勒图}}大夫每半年给他调一回助听器。班主任{{minority/mongolian:苏格日乐}}老师教他读唇，下课还给他补拼音。
访谈者：您在这边怎么样？
受访者：计件，一件衬衫三块二，手快的一天一百多件。带我的小组长叫{{han:储春燕}}，大家喊她{{han:储姐}}。{{han:储春燕}}说我踩车比本地人还稳，就是话少。隔壁机位的{{han:也秀梅}}也是当妈的，娃在{{trap/place:怀宁}}跟奶奶，我们俩中午一起吃盒饭，说说孩子。老板{{han:檀桂生}}过年多给我发了半个月工资。
访谈者：助听器贵吗？
受访者：贵。好一点的要八九千，旗里给配的是基本款，孩子嫌吵，说戴着像耳朵里灌风。去年{{trap/org:红十字会}}到学校筛查，说他右耳也在往下掉，得换个好的。我攒了半年，车间姐妹凑了两千，老板又借给我三千，才换上。换上那天他在视频里说，阿妈，我听见你喘气了。我躲到车间厕所里哭了半天，出来接着踩车。
访谈者：这边社区帮过您吗？
受访者：帮过。社区的网格员{{han:查丽娟}}上门登记流动人口，知道了我家的事，帮我跟旗里的民政局对接，补助的材料都是她帮着寄的。区社工站的{{compound:钟离雪晴}}每月跟儿子视频一回，陪他练说话；志愿者里还有个大学生叫{{compound:澹台沐阳}}，给他寄了一箱绘本。
访谈者：孩子想您吗？
受访者：想。每天晚上九点视频，他把手机贴在右耳朵上。去年暑假我接他来住了二十天，带他去看{{trap/place:振风塔}}，在{{trap/place:长江}}边上吃了一回江鱼。他说长江比{{trap/place:西拉木伦河}}宽多了。过年我回不去，阿妈在视频里给他摆{{trap/minority_word:奶豆腐}}、泡{{trap/minority_word:炒米}}，阿爸拉{{trap/minority_word:马头琴}}，唱{{trap/famous:成吉思汗}}的两匹骏马。车间里收音机天天放{{trap/word:黄梅戏}}，姐妹们说{{trap/famous:严凤英}}唱得最好，我听不懂，也跟着哼。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:阿鲁科尔沁旗巴彦花镇哈日努拉嘎查二组7号}}，这边租的房在{{address:大观区集贤路街道玉琳苑小区3栋2单元401室}}。我的身份证{{id_number@wy1985hyphen.150421}}，儿子的{{id_number@my2015quad.150421}}。我电话{{mobile@s434}}，{{minority/mongolian:包胡日查}}的电话{{mobile@plus86}}。我的微信叫{{wechat:saixi_yale85}}。儿子有个QQ，阿爸不会打字，拿铅笔一个数一个数描在日历背面拍给我：{{qq:６０３８１９４７２}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。残疾证上是{{spaced:宝 音 满 都 胡}}，低保表把我阿妈写成{{spaced:敖都　其其格}}，车间登记成{{spaced:韩 雅 乐}}，我的银行卡上是{{spaced:赛希 雅乐}}。
访谈者：您最盼什么？
受访者：盼孩子的耳朵别再坏下去。把账还上我就回去，天天听{{minority/mongolian:满都胡}}说话。
""")

# H930: Ngawa Tibetan father from 红原 who drives a delivery van in 衢州; his wife is in prison, his son with him
# and his daughter with her grandmother on the grassland.
DOCS["H930"] = ("family", """\
访谈者：师傅，您一天要送多少件？
受访者：旺季两三百件，平常一百多。我叫{{minority/tibetan:才让东珠}}，{{trap/place:阿坝}}{{trap/place:红原}}人，老家在{{trap/place:瓦切}}放牦牛。快递站的系统要填汉姓，户口上我阿爸那辈有个周姓，工牌上就成了{{minority/tibetan:周才让}}。站里的兄弟喊我{{han:老才}}，我也答应。
访谈者：怎么到{{trap/place:衢州}}来了？
受访者：老婆{{minority/tibetan:三知措}}的表姐嫁到这边，{{trap/year:2019年}}我们一家四口过来投奔她。我开快递车，她在超市当收银员。前年她把银行卡借给一个叫{{han:龚志鹏}}的人，说帮人走流水，一个月给两千。后来才晓得是诈骗的钱，她判了三年，关在{{trap/org:浙江省女子监狱}}。{{han:龚志鹏}}他跑了，到现在还没抓到。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:尕让多杰}}十一岁，跟着我，在{{school:柯城区府山小学五年级（4）班}}，家里叫他{{minority/tibetan:尕让}}。女儿{{minority/tibetan:拉毛央金}}七岁，送回红原跟外婆{{minority/tibetan:秀拉毛}}过，读{{school:红原县瓦切镇寄宿制小学一年级（3）班}}，外婆喊她{{minority/tibetan:小央金}}。
访谈者：您一个人带儿子，顾得过来吗？
受访者：顾不过来。早上六点半到站点分拣，{{minority/tibetan:尕让}}他自己吃了早饭去上学。中午我把车停在学校后门，给他送一碗面。晚上送完件都八九点了。楼下开小卖部的{{han:就春林}}就住一楼，孩子放学先在他店里写作业。{{han:就春林}}说零食不收钱，我过意不去，每月塞给他两百，他又塞回孩子书包里。
访谈者：您跑的片区远吗？
受访者：不远，城西那一片，老小区多，没电梯，一天爬几十栋楼。有的人家白天没人，我就把件放在门口鞋柜里，发个语音说一声。有个独居的老太太，我每回送件都帮她把米扛上楼，过年她给我儿子塞了个红包，儿子不要，她硬塞进他衣服口袋。衢州人实在，我在这边没受过什么气。
访谈者：哪些人帮过你们？
受访者：社区的儿童主任{{han:郑晓芬}}给儿子报了服刑人员子女的补助，每月{{trap/number:一千一百三十元}}，又帮我申请了低保。班主任{{han:毛丽华}}老师知道我认字少，作业都用语音发给我。站长姓祝，大家喊他{{han:祝站长}}，他把离学校近的片区分给我。区社工站的{{compound:宗政一帆}}一季度带儿子去会见一次，路上陪他说话；法律援助中心的律师{{compound:公良明远}}帮我们问过减刑的事。
访谈者：红原那边呢？
受访者：村里的儿童主任{{minority/tibetan:泽让卓玛}}给女儿报了留守儿童，冬天送来棉鞋。乡上的民政助理也是藏族，汉名叫{{han:杨寿昌}}，每季度骑摩托上山入户一回。{{minority/tibetan:秀拉毛}}她六十九了，还在牧场上挤奶、打{{trap/minority_word:酥油}}，女儿帮外婆背水、捡牛粪。
访谈者：孩子们知道妈妈的事吗？
受访者：儿子知道，女儿不知道，外婆跟她说阿妈在{{trap/place:杭州}}打工。头一回会见，{{minority/tibetan:三知措}}她隔着玻璃一直哭。{{minority/tibetan:尕让多杰}}他不哭，出来以后在车上一句话不说，到家才抱着我哭了一场。
访谈者：会见怎么安排？
受访者：一个月能打一次亲情电话，三个月能会见一次，要提前在网上约。我不会弄，都是社工姑娘帮我约好，再请半天假，开三个钟头车去。老婆在里面学做衣服，说表现好能减几个月。她最挂心女儿，每回都问头发谁给梳，外婆梳得紧不紧。
访谈者：儿子在这边习惯吗？
受访者：头一年不习惯，说这边夏天闷，冬天屋里比外面还冷。同学问他是不是天天骑马，他说我们家骑摩托。现在他衢州话会说几句了，运动会上跑了八百米第一，奖状我拍了照，会见的时候隔着玻璃举给他妈看。
访谈者：您自己呢？
受访者：腰不好，一天上下楼几百趟，最怕下雨，件湿了要赔。过{{trap/minority_word:藏历年}}回不去，儿子在出租屋里给我跳{{trap/minority_word:锅庄}}。我给他讲{{trap/famous:格萨尔王}}，讲{{trap/place:月亮湾}}的草有多高，他说那他去{{trap/place:若尔盖}}骑马给我看。
访谈者：登记信息请您说一下。
受访者：这边住{{address:柯城区府山街道坊门街47号3楼}}，老家在{{address:红原县瓦切镇日干乔村二组11号}}。我的身份证{{id_number@my1986tri.513233}}，儿子的{{id_number@my2014hyphen.513233}}。我电话{{mobile@h38}}，{{han:郑晓芬}}的{{mobile@fws}}。我的微信{{wechat:cairang_dongzhu86}}，件多的时候客户都在微信上找我。儿子的QQ是{{qq:5093846172}}，他说跟同学组队打游戏用。
访谈者：名字在各种表上写得对吗？
受访者：错的多。快递站的合同上是{{spaced:才 让 东 珠}}，学校把儿子写成{{spaced:尕让　多杰}}，女儿的表上是{{spaced:拉 毛 央 金}}，倒是老婆的判决书上写对了。
访谈者：最后还想说什么？
受访者：盼她早点出来，一家人回红原。明年夏天我想带儿子回去，让他跟{{minority/tibetan:小央金}}一起放一回牦牛。
""")

# H931: Uyghur mother from 和田 who sells nang at a market in 衢州 and raises her daughter, who has cerebral
# palsy, alone.
DOCS["H931"] = ("family", """\
访谈者：大姐，您这馕坑在市场里摆了几年了？
受访者：五年了。我叫{{minority/uyghur:吐尔逊娜依·买买提}}，{{trap/place:和田}}人。市场管理处的登记表上不知谁给我加了个姓，写成{{minority/uyghur:马娜依}}，他们以为新疆来的都姓马。买馕的人叫我{{minority/uyghur:娜依}}姐，我也不去改。
访谈者：家里是什么情况？
受访者：我男人{{minority/uyghur:买买提艾力·吐尔洪}}在{{trap/place:和田河}}边开拖拉机，{{trap/year:2017年}}翻车走了。女儿{{minority/uyghur:古丽米娜·买买提艾力}}那年三岁，生下来就是脑瘫，到现在走路要扶着。在和田挣不到钱给她做康复，老乡说{{trap/place:衢州}}打馕的少，我就带着她来了。
访谈者：女儿现在怎么样？
受访者：十一岁了，在{{school:衢州市特殊教育学校培智部三年级（1）班}}。户口本上没有点，写成{{minority/uyghur:古丽米娜买买提艾力}}，我们叫她{{minority/uyghur:古丽米娜}}，学校的老师叫她{{minority/uyghur:小米娜}}。{{minority/uyghur:古丽米娜}}她手不太听使唤，可是爱唱歌，维吾尔语的、汉语的都唱。
访谈者：一个人带她难不难？
受访者：难。早上四点起来和面，六点烧馕坑，七点送她上学，八点出摊。隔壁卖菜的{{han:有金凤}}{{trap/word:有空}}就帮我看一会儿摊，我去学校给女儿喂午饭。对面卖豆腐的{{han:叶建荣}}，天冷了给我们送过一床被子。
访谈者：您的馕好卖吗？
受访者：刚来的时候没人认识，以为是大饼。我切成小块让人尝，尝过的都回来买。现在一天能卖两百多个，芝麻的、洋葱的、肉馅的都有。附近工地上的师傅最爱买，说一个馕顶一顿饭，放三天也不坏。冬天好卖，夏天生意差，馕坑边上站一天，汗能把衣服泡透。
访谈者：哪些人帮过你们？
受访者：社区儿童主任{{han:姜丽萍}}帮我把女儿的困境儿童补助从和田转过来，每月{{trap/number:一千二百六十元}}，又帮我们办了低保。{{trap/org:区残联}}的{{han:傅建军}}上门评残，女儿评了一级，两项补贴每月按时到。康复中心的{{han:余晓静}}老师教她用勺子，{{han:余晓静}}说再练两年能自己吃饭。市场管理处的{{han:徐主任}}把离厕所最近的摊位留给了我，方便我带女儿。社工站的{{compound:西门晓棠}}每周来家里一次，她同事{{compound:万俟嘉禾}}帮女儿申请了一辆轮椅。
访谈者：女儿的康复做了多久？
受访者：在衢州做了四年。刚来的时候她坐都坐不稳，现在扶着墙能走十几步。康复中心一周去三次，钱是残联出的。老师说她脑子不笨，就是身子不听话。晚上我收了摊，扶着她在楼道里来回走，一边走一边数数，维吾尔语数一遍，汉语再数一遍。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/uyghur:阿斯娅·托乎提}}在和田，六十五了，腿不好。哥哥{{minority/uyghur:阿卜杜萨拉木·买买提}}种核桃，每年秋天寄一箱来。衢州也有老乡，烤肉摊的{{minority/uyghur:阿迪力江·图尔贡}}，过{{trap/minority_word:古尔邦节}}请我们去他家吃{{trap/minority_word:抓饭}}。
访谈者：女儿在学校怎么样？
受访者：老师说她记性好，一首歌听两遍就会唱。我给她讲{{trap/famous:阿凡提}}的故事，她笑得从椅子上往下滑。她最喜欢我那条{{trap/minority_word:艾德莱斯}}绸的裙子，说长大了也要穿。去年六一她坐着轮椅上台唱了一首歌，{{han:姜丽萍}}拿手机录下来发到社区群里，好多人点赞。
访谈者：您自己身体怎么样？
受访者：打馕烫手，胳膊上都是疤。夏天馕坑边上五十度，有一回我中暑晕过去，是{{han:有金凤}}叫的救护车。我最怕的是我倒下了，{{minority/uyghur:古丽米娜}}怎么办。
访谈者：有没有想过回和田？
受访者：想过。可是这边的学校和康复都好，老师有耐心。等她再大一点，能自己走路了，我们再商量。
访谈者：登记信息请您说一下。
受访者：这边住{{address:衢江区樟潭街道江滨路88号2幢1单元503室}}，老家在{{address:和田市拉斯奎镇阿克塔什村3组21号}}。我的身份证{{id_number@wy1984fwspaced.653201}}，女儿的{{id_number@wy2014x.653201}}。我电话{{mobile@spaced}}，{{han:姜丽萍}}的{{mobile@s38}}。我的微信{{wechat:nayi_hotan_nang}}，有人订馕就在微信上说。学校家长群的群号{{trap/number:813406259}}我也进了，老师在里面发通知。我还有个QQ，是老乡帮我注册的，号码记在馕坑边的墙上：{{qq:28059163}}。
访谈者：名字在表上写得对吗？
受访者：残联的表上是{{spaced:吐尔逊娜依 · 买买提}}，学校花名册是{{spaced:古 丽 米 娜}}，市场的收据上是{{spaced:马　娜　依}}，我男人的死亡证明上写成了{{spaced:买买提艾力 吐尔洪}}。
访谈者：您最盼什么？
受访者：盼女儿能自己走到学校去。到那一天，我要给{{han:有金凤}}打一百个馕。
""")

# H932: Hui grandfather from 临夏 who keeps a halal restaurant in 迎江区 and raises two grandchildren whose
# parents died on the road.
DOCS["H932"] = ("family", """\
访谈者：老人家，您这清真馆子开了多少年了？
受访者：十二年了。我叫{{han:妥明德}}，经名{{minority/hui:阿卜杜哈里格}}，{{trap/place:临夏}}{{trap/place:八坊}}人。{{trap/year:2013年}}跟着老乡到{{trap/place:安庆}}，在{{trap/place:迎江区}}开了这家{{trap/word:牛肉拉面}}馆。街坊都喊我{{han:妥爷}}，老家人还叫我小时候的名字{{minority/hui:尕哈里格}}。
访谈者：家里现在几口人？
受访者：我，老伴，两个孙子孙女。儿子{{han:妥建忠}}，经名{{minority/hui:易司玛仪}}，跟儿媳妇{{han:喇秀梅}}，经名{{minority/hui:舍日法}}，前年腊月开车回临夏奔丧，在高速上出了车祸，两个都没了。
访谈者：车祸的事后来怎么处理的？
受访者：对方货车司机全责，保险赔了一些，我一分没动，存在两个孩子名下，等他们上大学用。法律援助给找的律师叫{{compound:申屠若川}}，跑了一年多才办完。那一年我去了四趟{{trap/place:兰州}}，每回坐一天一夜的火车，回来腿肿得穿不上鞋。
访谈者：孙子孙女多大？
受访者：孙子{{han:妥志勇}}十三，经名{{minority/hui:努润}}，在{{school:迎江区华中路中学七年级（5）班}}。他班主任图省事，点名叫他{{minority/hui:妥努润}}。孙女{{han:妥雨萱}}八岁，经名{{minority/hui:鲁海亚}}，在{{school:迎江区龙狮桥中心小学二年级（3）班}}。{{minority/hui:鲁海亚}}她还小，常问爸爸妈妈啥时候回来。
访谈者：两个孩子都是您老两口带？
受访者：是。老伴{{han:马还真}}，经名{{minority/hui:赛伊代}}，{{han:马还真}}{{trap/word:还真}}是个硬气人，儿子走了她没在孩子跟前掉过一滴泪，夜里一个人在厨房哭。她管两个娃娃吃穿，我管店。
访谈者：馆子的生意怎么样？
受访者：凑合。早上四点起来熬汤、和面，一碗牛肉面十五块，一天能卖两百来碗。以前儿子拉面，儿媳妇管账，我坐在门口收钱。他们走了以后，我又站回案板前头，七十多的人了，胳膊拉不动，就请了个临夏来的小伙子。街坊们知道我家的事，中午都往我这里来吃。对门卖水果的{{han:和德贵}}和他老婆轮流帮我接孙女放学。
访谈者：孙子孙女在学校怎么样？
受访者：孙子数学好，去年考了年级第三，语文差些，老写错别字。孙女爱跳舞，六一领舞，穿的是她妈给买的那条裙子。学校食堂没有清真窗口，老师让两个孩子中午回店里吃，下雨天老伴打着伞送过去。
访谈者：有谁帮过你们？
受访者：社区儿童主任{{han:汪海燕}}给两个孩子报了孤儿，每人每月{{trap/number:一千七百二十元}}的孤儿基本生活费。区民政局的{{han:章志坚}}上门核过两回。孙子的班主任{{han:檀雪莲}}老师每周给我打一次电话，孙女的老师{{han:方晓梅}}给她免了兴趣班的钱。区社工站的{{compound:轩辕慕白}}每两周来一次，陪孙子下棋；心理咨询师{{compound:漆雕若愚}}给孙女做了半年的沙盘。
访谈者：这边的回族乡亲呢？
受访者：{{trap/org:安庆清真寺}}的{{han:撒文华}}阿訇，经名{{minority/hui:阿布都拉合曼}}，孩子们的爸妈下葬，是他领着念的经。送牛肉的{{minority/hui:冶伊布拉黑麦}}从来不催账。{{minority/hui:努润}}他跟着阿訇学念经，念得比我还顺。
访谈者：孩子们怎么面对爸妈的事？
受访者：孙子一年多不怎么说话，放学就躲在后厨剥蒜。有一回他把他爸的手机充上电，翻里面的照片翻到半夜。孙女小，抱着她妈的围巾睡觉，围巾上还有拉面馆的油味。社工说，要让孩子哭出来，不能憋着。后来孙子在作文里写他爸凌晨四点起来拉面，老师念给全班听，他在台上哭了，回来反倒肯说话了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}关店一天，老伴炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给街坊送一份。我给孩子们讲{{trap/famous:郑和}}下西洋，说他也是我们回回。孙子说他长大要开船。
访谈者：登记信息请您说一下。
受访者：店在{{address:迎江区人民路街道沿江东路143号}}，家住{{address:迎江区龙狮桥乡新洲村四组16号}}。我的身份证{{id_number@my1952spaced.622901}}，孙子的{{id_number@my2012fullwidth.340802}}。我电话{{mobile@plain}}，{{han:汪海燕}}的{{mobile@hyphen}}。孙子有微信，叫{{wechat:wxid_7m2k9q4t1r}}，店里收钱的二维码用的是我的微信{{wechat:tuomingde_halal}}。孙子还有QQ，他用毛笔描在店里的价目表背面：{{qq:７４１０２９３８５}}。
访谈者：名字在表上写得对吗？
受访者：孤儿证上孙子是{{spaced:妥 志 勇}}，孙女的经名写成{{spaced:鲁 海 亚}}，我在补助表上是{{spaced:妥明 德}}，老伴是{{spaced:马　还　真}}。
访谈者：您最大的心愿是什么？
受访者：把两个孩子拉扯大。我七十三了，就盼再活十年，看着{{minority/hui:鲁海亚}}上了中学。
""")

# H933: Yi father from 布拖 who ties rebar on a building site in 安庆 (clan names before the given name); his
# wife died, his children are with his mother in 布拖.
DOCS["H933"] = ("family", """\
访谈者：师傅，您在这个工地上干什么？
受访者：扎钢筋。我是{{trap/place:凉山}}{{trap/place:布拖}}的彝族，叫{{minority/yi:吉伍有格}}。我们彝族先说家支再说名字，{{minority/yi:有格}}是我自己的名字。包工头的花名册上写成{{minority/yi:吉有格}}，工地上的人记不住，都喊我{{han:吉大哥}}。
访谈者：家里是什么情况？
受访者：老婆{{minority/yi:阿的尔妞}}前年得肝病走了，走的时候三十四。两个娃娃在布拖，跟我阿嫫{{minority/yi:沙马阿衣}}。儿子{{minority/yi:吉伍木牛}}十二，在{{school:布拖县特木里镇中心校六年级（2）班}}；女儿{{minority/yi:吉伍什果}}九岁，在{{school:布拖县拖觉镇中心校三年级（1）班}}，学校名册上把她写成{{minority/yi:吉什果}}。家里喊{{minority/yi:木牛}}、{{minority/yi:什果}}。
访谈者：奶奶一个人带两个？
受访者：是，阿嫫六十六了，还要种{{trap/minority_word:苦荞}}、喂猪。{{minority/yi:沙马阿衣}}她不会说汉话，娃娃的作业她看不懂。{{minority/yi:什果}}她会帮奶奶放羊，{{minority/yi:木牛}}他调皮，去年跟人打架，老师打电话到工地上来。
访谈者：老家有谁在帮你们？
受访者：村里的儿童主任{{minority/yi:阿苦拉且}}把两个娃娃报了困境儿童，每人每月{{trap/number:九百一十元}}，我家也吃上了低保。乡上管民政的是彝族，汉名叫{{han:吉国栋}}，每季度上门一回。儿子的班主任{{han:罗晓苓}}老师是汉族，给儿子单独补数学。县社工站的{{compound:乐正云岫}}每月去一趟，跟她一起来的支教老师叫{{compound:亓官书瑶}}，教娃娃们画画。
访谈者：孩子妈妈走了以后，您是怎么过来的？
受访者：头半年喝酒，喝醉了就睡在工棚里。是老乡{{minority/yi:曲比拉哈}}把我拉起来的，他说娃娃还小，你倒了他们咋办。他还说，{{minority/yi:有格}}有啥事都憋在心里，憋久了要出毛病。现在我酒少喝了，钱一个月寄回去三千。
访谈者：工地上的活危险吗？
受访者：危险。扎钢筋要爬到十几米高，安全带一定要系。去年同工地一个小伙子没系，从脚手架上掉下来，腿断了。从那以后我天天查安全带，我要是出了事，两个娃娃就真没人管了。夏天钢筋晒得烫手，戴两层手套还烫出泡。
访谈者：您怎么跟孩子们联系？
受访者：每天晚上给阿嫫打视频，她的手机是村里发的旧手机，屏幕裂了一半。儿子在视频里不爱说话，问一句答一句；女儿话多，讲学校今天的营养餐有鸡蛋、有牛奶。我最怕女儿问，阿爸，阿妈是不是在天上。我不知道咋答，就说是。
访谈者：您上一次见孩子是什么时候？
受访者：今年春节。火车坐到{{trap/place:西昌}}，再坐五个钟头汽车。女儿一见我就躲在阿嫫身后，半天才叫阿爸。儿子长高了，声音也粗了，晚上非要跟我挤一个被窝。走的那天早上，女儿抱着我的腿不放，阿嫫把她抱开，她在后面一路哭一路追。我在车上不敢回头。
访谈者：您自己读过书吗？
受访者：读到小学三年级，家里穷，就回去放羊了。十八岁跟老乡出来，去过{{trap/place:东莞}}的电子厂、{{trap/place:宁夏}}的枸杞地，后来学了扎钢筋，一天能挣三百多。我不想娃娃们再走我这条路，钱再紧也要供他们读书。
访谈者：工地上的人怎么样？
受访者：工长{{han:程有福}}人好，知道我认字少，记工都念给我听。{{han:程有福}}有时候还拉我去他家吃饭。同工棚的{{minority/yi:海来伍沙}}也是布拖的，晚上我们用手机放{{trap/famous:海来阿木}}的歌，唱到{{trap/minority_word:阿嫫}}那几句，两个大男人都不吭声了。去年工钱拖了三个月，劳动监察大队的{{compound:鲜于知秋}}帮我们讨回来了。
访谈者：过年回去吗？
受访者：{{trap/minority_word:彝族年}}回不去，春节才回。给阿嫫买了一件新{{trap/minority_word:查尔瓦}}，给娃娃们买了书包。村里杀猪，煮{{trap/minority_word:坨坨肉}}，儿子一个人吃了三大碗。晚上阿嫫给娃娃讲{{trap/famous:阿诗玛}}的故事，我在火塘边上听着就睡着了。
访谈者：登记信息请您说一下。
受访者：老家在{{address:布拖县特木里镇火烈村三组12号}}，这边住{{address:宜秀区大龙山镇工地板房C区2排7号}}。我的身份证{{id_number@my1983.513429}}，儿子的{{id_number@my2013fwhyphen.513429}}。我电话{{mobile@p86h}}，{{minority/yi:阿苦拉且}}的电话{{mobile@s74}}。工长{{han:程有福}}的微信是{{wechat:chengyf_gangjin}}。儿子有个QQ，他念一个数我写一个，写在安全帽里头：{{qq:91630247}}。
访谈者：名字在表上写得对吗？
受访者：不对。劳务合同上是{{spaced:吉 伍 有 格}}，低保表上老婆写成{{spaced:阿的　尔妞}}，学校把儿子写成{{spaced:吉伍 木牛}}，我阿嫫是{{spaced:沙　马　阿　衣}}。
访谈者：您最盼什么？
受访者：盼娃娃们读出书来，不要跟我一样出来扎钢筋。我最对不住的，是{{minority/yi:阿的尔妞}}。
""")

# H934: Han village child director in 潜山 (黄柏镇) reading out her register.
DOCS["H934"] = ("staff", """\
访谈者：{{han:储主任}}，您手上这本是什么？
受访者：村里的困境儿童台账。我叫{{han:储小芹}}，是{{trap/place:潜山}}{{trap/place:黄柏镇}}{{trap/place:檀冲村}}的儿童主任，干到第六年了。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:程家和}}，男，十岁，在{{school:潜山市黄柏中心学校四年级（2）班}}。爸爸{{han:程立松}}前年偷电缆判了五年；妈妈{{han:和雪芬}}是云南嫁过来的，孩子四岁那年走了，两年多联系不上。我跟{{han:和雪芬}}和她娘家都打过电话，号码早停了。按事实无人抚养报上去，每月{{trap/number:一千五百二十元}}。{{han:程家和}}和奶奶{{han:檀桂英}}住老屋，地址{{address:潜山市黄柏镇檀冲村二组6号}}，孩子身份证{{id_number@my2015.340882}}，奶奶的{{id_number@wold.340882}}。
访谈者：第二户呢？
受访者：第二户是孤儿，{{han:向思琪}}，女，十三岁。爸爸三年前在{{trap/place:合肥}}工地上摔下来，妈妈{{han:余海英}}第二年查出乳腺癌，也走了。现在跟舅舅{{han:余向阳}}过，舅舅在{{trap/place:余井镇}}开修车铺。孩子在{{school:潜山第二中学七年级（6）班}}，身份证{{id_number@wy2012quad.340882}}。我向{{han:向思琪}}的班主任{{han:查老师}}打听过，她成绩年级前二十，就是不爱说话。
访谈者：第三户？
受访者：第三户，{{han:才俊豪}}，男，九岁，先天听力残疾二级，两项补贴都有。{{han:才俊豪}}才九岁，助听器已经戴了六年。爸爸{{han:才德明}}在{{trap/place:苏州}}电子厂，妈妈{{han:王小凤}}在家种茶。住{{address:潜山市黄柏镇檀冲村五组17号}}，离镇上的卫生院有十几里路。
访谈者：第四户？
受访者：第四户，{{han:把梓涵}}，女，七岁，在{{school:黄柏镇檀冲小学一年级（1）班}}。爸爸病死了，妈妈{{han:胡秋月}}改嫁去了{{trap/place:江西}}。爷爷{{han:把德胜}}中风瘫在床上，{{han:把德胜}}把几亩茶园都租了出去。奶奶的{{trap/word:储蓄卡}}里就剩几百块，低保是去年批的。住{{address:潜山市黄柏镇檀冲村七组3号}}。
访谈者：第五户？
受访者：第五户留守，{{han:汪子谦}}，男，十一岁，爸妈在{{trap/place:宁波}}，跟外婆{{han:章翠兰}}，外婆自己也有糖尿病。{{han:汪子谦}}他上学要走四十分钟山路。
访谈者：您怎么当上儿童主任的？
受访者：我原来是村里的妇女主任，{{trap/year:2019年}}上面要求每个村配一个儿童主任，没人愿意干，书记说你细心，就是你了。一个月补贴几百块，活不少：摸底、建档、上门、报材料，孩子大大小小的事都找我。我自己两个孩子在{{trap/place:合肥}}读书，婆婆说我顾别人家的孩子比顾自己家的多。
访谈者：哪一户最让您揪心？
受访者：第一户。孩子他爸进去以后，{{han:程家和}}有半年不肯上学，说同学叫他小偷的儿子。我跟他班主任{{han:储丽萍}}老师一起去家访，老师在班上开了个班会，再没人那么叫了。去年他画了一张他妈的像贴在床头，画上的人没有脸，他说记不清了。我看了半天说不出话。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:章所长}}总负责，材料报到{{trap/org:市民政局}}。村书记{{han:汪书记}}跟第四户。镇社工站的{{compound:东郭思远}}跟第一户、第二户，新来的实习生{{compound:梁丘映雪}}跟第三户。市里派来的督导叫{{compound:羊舌子衿}}，每季度下来查一次台账。
访谈者：你们有培训吗？
受访者：有。市里每年集中培训两回，讲政策，讲怎么跟孩子谈话。去年讲课的老师叫{{compound:夹谷青禾}}，她说跟孩子说话要蹲下来，眼睛跟孩子一样高。我回来就试，{{han:把梓涵}}那孩子头一回主动拉了我的手。
访谈者：您平时怎么跑这些户？
受访者：骑电瓶车，山路陡，一个月跑坏一条轮胎。老人们不会用手机，补助到没到账都要我去查看，再去信用社帮他们取。{{han:程家和}}的奶奶每回见我都留我吃饭，非要我带一袋{{trap/place:天柱山}}的茶走。孩子们放假我带他们去{{trap/place:野寨}}看{{trap/famous:张恨水}}的纪念馆，去{{trap/place:痘姆}}看窑；也讲{{trap/famous:焦仲卿}}和{{trap/famous:刘兰芝}}的故事，孔雀东南飞就是我们潜山的。
访谈者：联系方式呢？
受访者：我电话{{mobile@p86n}}，微信{{wechat:chu_xq_tanchong}}。{{han:余向阳}}的电话{{mobile@plus86dash}}。{{han:向思琪}}有QQ，她说有事就在上面找她，号码是{{qq:3829105764}}。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。{{spaced:程 家 和}}、{{spaced:向　思　琪}}每个字中间都空了格，{{spaced:才俊 豪}}拆成两截，督导的名字被打成{{spaced:羊 舌 子 衿}}，实习生是{{spaced:梁　丘　映　雪}}。年底我们一起核一遍。
""")

# H935: Han township social worker in 龙游 (湖镇镇) handling children without a carer in fact (事实无人抚养).
DOCS["H935"] = ("staff", """\
访谈者：您手上主要是哪类个案？
受访者：事实无人抚养。我叫{{han:劳晓雯}}，在{{trap/place:龙游县}}{{trap/place:湖镇镇}}社工站，跟着镇民政办做。事实无人抚养，就是爸妈在跟不在一样：一个死了一个失联，或者一个坐牢一个重残。我手上现在有五个。
访谈者：一个一个说吧。
受访者：第一个，{{han:都文杰}}，男，十四岁，在{{school:龙游县湖镇初级中学八年级（3）班}}。爸爸{{han:都建平}}去年在{{trap/place:詹家镇}}出车祸死了，妈妈{{han:童美玲}}改嫁以后失联一年多，{{trap/org:派出所}}出了查找不到的证明。{{han:都文杰}}都十四了，个子比我高一头，跟大伯过。住{{address:龙游县湖镇镇星火村三组22号}}，身份证{{id_number@my2011spaced.330825}}。
访谈者：第二个？
受访者：第二个，{{han:能雨欣}}，女，九岁。爸爸{{han:能志强}}贩毒判了十年，妈妈{{han:蓝素芳}}精神残疾一级，在{{trap/org:康宁医院}}住院。孩子跟外婆{{han:雷菊花}}。我找{{han:能雨欣}}能聊的就是画画，她画的房子都没有门。住{{address:龙游县湖镇镇地圩村六组9号}}，身份证{{id_number@wy2016fullwidth.330825}}。
访谈者：第三个？
受访者：第三个，{{han:要子轩}}，男，十一岁，在{{school:湖镇镇第一小学五年级（2）班}}。爸爸喝农药走了，妈妈{{han:邱雪萍}}诈骗判了七年。{{han:要子轩}}{{trap/word:要强}}，谁提他妈就跟谁打架。跟奶奶{{han:劳凤娇}}过，奶奶七十八。身份证{{id_number@my2014x.330825}}。
访谈者：第四个？
受访者：第四个，{{han:被思远}}，男，六岁。他外公姓被，孩子随的外公。妈妈未婚生下他，{{trap/year:2021年}}出去打工再没回来；爸爸是谁不知道。外公{{han:被长生}}拾荒，前些天孩子在院子里玩，差点被{{han:被长生}}倒车的三轮车压了脚。去年法院宣告孩子妈妈失踪，材料是法律援助的律师{{compound:宰父嘉言}}帮着跑的，审的法官叫{{compound:太叔景澄}}。
访谈者：第五个？
受访者：第五个，{{han:祝可馨}}，女，十二岁，爸爸重残一级，妈妈死了。她跟爸爸相依为命，做饭、喂药都是她，{{han:祝可馨}}她比大人还像大人。在{{school:龙游县湖镇初级中学七年级（1）班}}。
访谈者：这些个案谁来把关？
受访者：镇民政办{{han:徐所长}}签字，材料报到{{trap/org:县民政局}}。孩子们有急事，也可以打民政的热线{{trap/hotline:12349}}。派出所的{{han:祝警官}}帮我们开证明。督导是{{trap/org:衢州学院}}的老师{{compound:司空澄宇}}，每月来一次。站里还有个同事叫{{compound:即墨雨晗}}，跟第一个、第五个。
访谈者：事实无人抚养的补助是多少？
受访者：跟孤儿一样，每月{{trap/number:一千九百二十元}}，打到孩子名下的卡上，监护人签字才能取。我们每季度回访，看钱是不是花在孩子身上。有个爷爷拿孩子的钱去还赌债，我们跟村里、派出所一起找他谈，后来把监护人换成了孩子的姑姑。
访谈者：孩子们自己知道这些吗？
受访者：大的知道，小的不懂。{{han:被思远}}才六岁，以为他妈妈在外面上班，每天放学趴在窗口看路。{{han:都文杰}}懂事早，拿到第一笔钱就说要攒着，以后给大伯盖房子。我听了鼻子发酸。
访谈者：您怎么跟这些孩子建立信任？
受访者：慢慢来。头几次去，孩子躲在门后不出来，我就陪老人说话，帮着剥毛豆。第三次去，孩子自己搬个小板凳坐过来了。{{han:要子轩}}最难，前三个月一句话不跟我说，后来我发现他喜欢下象棋，就陪他下，输了十几盘，他才肯笑。
访谈者：村里的儿童主任配合吗？
受访者：配合。星火村的{{han:邵美娟}}、地圩村的{{han:叶春梅}}，哪家孩子有点动静，她们第一时间打给我。没有她们，我们几个人跑不过来。
访谈者：做事实无人抚养最难的是什么？
受访者：证明难。失联要派出所出证明，坐牢要监狱出证明，残疾要残联出证明，一样一样跑下来，快的两个月，慢的半年。还有孩子的心，钱发下去容易，心里的窟窿补不上。周末我带他们去{{trap/place:龙游石窟}}，去{{trap/place:灵山江}}边上放风筝，回来给他们每人买一块{{trap/word:发糕}}。
访谈者：联系方式请说一下。
受访者：我的工作电话{{mobile@plus86spaced}}，微信{{wechat:laoxw_huzhen}}。{{han:都文杰}}的大伯{{han:都建国}}，电话{{mobile@fullwidth}}。{{han:要子轩}}有QQ，号码是{{qq:１５８０３９２４６}}，他说在上面跟我说话不用看我的脸。{{han:都文杰}}的QQ{{qq:2964018357}}，他大伯让我存着。
访谈者：名单上的名字写对了吗？
受访者：有错的。{{spaced:都 文 杰}}、{{spaced:能　雨　欣}}都被拆开了，{{spaced:要子 轩}}空了一格，法官的名字写成{{spaced:太 叔 景 澄}}，督导写成{{spaced:司　空　澄　宇}}。
访谈者：您做这行多久了？
受访者：五年。我妈说我管别人家的孩子比管自己还上心。我不管谁管呢？说到底，我最放心不下的还是{{han:能雨欣}}。
""")

# H936: Han grandmother in 江山 raising a granddaughter whose mother left.
DOCS["H936"] = ("family", """\
访谈者：阿婆，您带着孙女几年了？
受访者：六年了，她两岁她妈就走了。我叫{{han:姜玉莲}}，住在{{trap/place:江山}}{{trap/place:峡口镇}}，今年六十九。村里人都喊我{{han:毛家婆婆}}，我老头子姓毛，前年走了。
访谈者：孩子爸爸妈妈呢？
受访者：儿子{{han:毛向东}}在外面跑长途，一年到头在车上，{{han:毛向东}}向来不会说话，打电话就问一句钱够不够。媳妇{{han:杨金黛}}是贵州人，孩子两岁那年说回娘家，就再没回来。村里的{{han:还丽娟}}还专门帮我去贵州找过一回，她娘家说{{han:杨金黛}}去了{{trap/place:广东}}，电话也换了。
访谈者：孙女多大了？
受访者：八岁，叫{{han:毛雨桐}}，我们叫她{{han:桐丫头}}，在{{school:江山市峡口镇中心小学二年级（4）班}}。{{han:桐丫头}}她胆子小，不敢跟生人说话，见了老师也躲。
访谈者：您一个人带她，身体吃得消吗？
受访者：吃不消也得吃。我血压高，膝盖不好，早上五点起来烧{{trap/word:柴火}}煮粥，送她上学，回来喂鸡、种菜。冬天给她熬{{trap/word:姜汤}}，她嫌辣，要放红糖。她会帮我穿针，我眼睛看不见了。
访谈者：有谁帮过您？
受访者：{{han:还丽娟}}是村里的儿童主任，给{{han:桐丫头}}报了困境儿童，每月{{trap/number:八百七十元}}，我自己有低保。镇上民政的{{han:柴建华}}来核过两次，帮我去派出所开孩子妈妈失联的证明，说开下来还能多一项补助。班主任{{han:祝晓燕}}老师每周留她补一次课。隔壁的{{han:周海英}}阿姨下雨天帮我接孩子。镇社工站的{{compound:公仪澜}}每月来一次，跟她一起来的还有个大学生{{compound:东门若溪}}，教{{han:桐丫头}}写{{trap/word:毛笔}}字。我家那块田让{{han:让国华}}种着，他每年给我三百斤稻谷。
访谈者：孩子想妈妈吗？
受访者：想啊。有一回她在作文里写“我的妈妈”，写了三行就写不下去了，老师拍照发给我，我看了一晚上。她问我，阿婆，我妈妈是不是不要我了。我说你妈妈在很远的地方挣钱，这话我自己都不信。
访谈者：孩子在学校怎么样？
受访者：成绩中等，语文好，数学差，算术老出错。老师说她上课不举手，下了课一个人坐着。去年学校搞亲子运动会，别的孩子都是爸妈去，我去了，跑不动，{{han:桐丫头}}拉着我的手慢慢走到终点，全场都给我们拍手。回来她说，阿婆，我们是最后一名，可是没有摔跤。
访谈者：家里的收入够用吗？
受访者：紧巴巴的。低保加补助一个月一千多，儿子隔两个月打回来两千。我种点菜，养了十几只鸡，鸡蛋舍不得吃，攒着给孙女。衣服都是亲戚家孩子穿小了送来的。去年冬天我摔了一跤，住院十天，是{{han:周海英}}把孩子接到她家住的。
访谈者：儿子回来得多吗？
受访者：一年两三回，过年待几天。他回来，孙女先是躲，后来就黏着他，他走的时候抱着车门不放。{{han:毛向东}}他自己也不好受，车开出村口才敢哭，是同车的人后来跟我说的。他跑的是{{trap/place:新疆}}的线，一趟来回半个月，在车上睡，在加油站洗脸。
访谈者：您带她出去玩过吗？
受访者：去过{{trap/place:江郎山}}，她爬不动，我也爬不动，在山脚下坐着吃了两个粽子。去{{trap/place:廿八都}}看过古镇，她说那里的房子像画里的。{{trap/place:须江}}边上放过一回风筝。老头子在的时候，爱给她讲{{trap/famous:徐霞客}}走遍天下的事。
访谈者：以后有什么打算？
受访者：打算不了。我身体一年不如一年，就怕哪天起不来。我跟{{han:毛向东}}说过，等孩子上了初中，你就别跑长途了，回来守着她。他说等把车贷还清。
访谈者：登记信息请您说一下。
受访者：家在{{address:江山市峡口镇枫石村五组14号}}。我的身份证{{id_number@wy1956hyphen.330881}}，孙女的{{id_number@wy2017fwspaced.330881}}。我不会用手机，号码是孙女背给你听的：{{mobile@fws}}。{{han:毛向东}}的电话{{mobile@s74}}，他微信是{{wechat:maoxd_changtu}}。{{han:还丽娟}}的微信{{wechat:hlj_fengshicun}}。{{han:桐丫头}}也有个QQ，老师让注册的，号码她贴在灶台边：{{qq:5620497138}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:姜 玉 莲}}，孙女是{{spaced:毛　雨　桐}}，社工姑娘写成{{spaced:公 仪 澜}}，儿子是{{spaced:毛向 东}}。
访谈者：最后您想说什么？
受访者：谢谢政府，谢谢村里。这些年帮我最多的，是{{han:还丽娟}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=929,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
