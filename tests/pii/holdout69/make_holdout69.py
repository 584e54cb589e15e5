# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 69 (tests/pii/holdout69/H537-H544 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 68, written at the same time by another
writer, is not an earlier set).

Set 69 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
乾安 (松原, 吉林), lamed by a fall from a tractor, whose wife died of liver disease and who raises three children; a
Tibetan grandmother in 定结 (日喀则) raising three grandchildren after her son died on a road site in 萨嘎 and his wife
went missing in 拉萨; a Hui grandmother in 临清 (聊城, 山东) raising two grandchildren after her son died driving beef
to 德州, while their mother is on dialysis; a Han mother in 海伦 (绥化) whose husband was paralysed by a fall from a
grain dryer and whose three children go by word nicknames; a Han primary-school teacher in 漠河 (大兴安岭) who keeps
in touch with migrant parents and pupils on WeChat and QQ; a Uyghur grandfather who sells dried fruit in 济南, his
family from 疏勒 (喀什), whose son died and whose three grandchildren live with him; a Han court clerk in 肇东 (绥化)
reading from the file of a case that took guardianship from a drug-addicted father; and a Han grandmother in 丰宁
(承德, 河北) raising a grandson whose father died in an iron mine and whose mother is missing. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to seven characters (乌日图那森, 额尔敦其其格玛, 额尔很白乙拉, 巴音吉日嘎勒, 阿日贡巴雅尔, 那森德力格尔) with short forms
(额尔很她, 吉日嘎勒他, 阿日贡), a Han surname before a Mongolian given name (韩宝音, 吴其日格) and the Han name of a
Mongolian (白永利); U-Tsang Tibetan names (次旦央宗, 边巴旺堆, 普布仓决, 巴桑旺久, 尼玛潘多, 索朗多吉) with the
two-syllable short forms of the region (边旺, 普仓, 巴旺, 次玉, 平卓, 索多, 潘多她), a Han surname before a Tibetan
given name (张德庆) and the Han name of a Tibetan (刘卫藏, 藏名 拉巴贡布); Hui Han-form names (金秀英, 沙德旺, 米凤琴,
米秀玲, 穆庆林) beside 经名 used alone (哈姬拉, 易司马仪 with 司马 inside it, 祖贝德, 纳希德) and a Han surname before an
Arabic name (沙达伍德, 海阿布白克, 丁阿丹, 马萨利哈); Uyghur given name + father's name with and without the dot
(吐尔地·阿不都热依木 and 吐尔地阿不都热依木, 艾孜提艾力·买提尼亚孜, 司马义·吐尔地) with short forms (吐尔地大爷,
艾孜提他, 买提尼亚孜, 帕提曼她, 妮萨, 瓦依提他, 司马义); Han word nicknames annotated whole (稻穗, 粮囤, 窝瓜), a
husband called by his given name (德江他), Han names with common and rare surnames (王, 李, 张, 刘, 陈, 杨, 黄, 赵, 周,
孙, 宋, 于, 姜, 马, 金, 米, 沙 and the rarer 逄, 鞠, 战, 卜, 冉, 单, 葛, 邸, 籍, 暴, 满), with titles and kin words (战立群大夫,
冯秀芝婶, 张玉芝老师, 邸长生校长), names that contain or end in words or places (于长顺, 姜满仓, 籍东升, 房长江,
伊春来, 白雪峰), a name written twice on a form (葛振江葛振江), names directly before particles and verbs (逄淑华她,
于长顺他, 姜满仓那边, 王桂芝都, 满国旺他们家, 单秀琴她, 葛振江他, 邸长生说) and after 叫/是/给/跟/和/找/让 (找付春燕,
让卜凡); names spaced out character by character in half- and full-width spaces, dotted names with spaces around the
dot and names split in two; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邸桂兰}}``, ``{{qq:2750419836}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2015spaced.231282}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (plain, x, spaced, hyphen, fw, quad, tri, fwspaced
                                   for IDs; plain, spaced, hyphen, plus86, plus86dash, plus86spaced, p86n, s38, s74,
                                   s434, fullwidth for mobiles);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 校长, 民警, 律师, 阿訇,
大爷, 婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他, 他们家, 那边)
are outside the span; a word nickname (稻穗, 粮囤, 窝瓜) is annotated whole. Han-style names of Mongolian, Tibetan
and Hui people (白永利, 刘卫藏, 金秀英) are category han; a Han surname before a non-Han given name (韩宝音, 张德庆,
沙达伍德) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout69/make_holdout69.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(69_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "137", "139", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H537: Mongolian father in 乾安 (松原, 吉林), lamed by a fall, whose wife died of liver disease; three children.
DOCS["H537"] = ("family", """\
访谈者：大哥，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:乌日图那森}}，身份证上的汉名是{{han:白永利}}，屯里人两个名都叫。家在{{trap/place:乾安}}县城往北四十里，离{{trap/place:查干湖}}不远，种着二十来亩旱田。媳妇{{minority/mongolian:额尔敦其其格玛}}前年冬天走的，肝上的病，从查出来到人没了不到半年。她走那年老三才五岁。
访谈者：孩子们都多大了？
受访者：三个。老大是姑娘，叫{{minority/mongolian:额尔很白乙拉}}，十四，在{{school:乾安县第四中学初二（5）班}}住校。老二{{minority/mongolian:巴音吉日嘎勒}}十一，在{{school:大布苏镇中心小学五年级（2）班}}；老三{{minority/mongolian:阿日贡巴雅尔}}七岁，跟他二哥一个学校，念一年级。家里喊老大{{minority/mongolian:额尔很}}，喊老二{{minority/mongolian:吉日嘎勒}}，老三就叫{{minority/mongolian:阿日贡}}。
访谈者：妈妈走了以后孩子们怎么样？
受访者：{{minority/mongolian:吉日嘎勒}}他跟他妈最亲，半年没怎么说话，在学校也不跟人玩。{{minority/mongolian:阿日贡}}小，不太懂，晚上睡觉要搂着他妈那件{{trap/minority_word:蒙古袍}}。{{minority/mongolian:额尔很}}她一放假回来就洗衣裳、做饭，像个小大人。我心里难受，她才多大。
访谈者：您自己身体呢？
受访者：前年秋收从四轮子上摔下来，腰椎压缩骨折，养了大半年，重活干不了了，阴天下雨就疼。{{trap/place:松原}}中心医院的{{han:孙立山}}大夫说再不能扛东西。地租给了邻居{{minority/mongolian:孟和达来}}种，一年给我三千块租子。{{minority/mongolian:孟和达来}}他们家也是蒙古族，两家好几辈的交情，春天下种他还把我家菜园子顺手翻了。
访谈者：这两年谁帮过你们？
受访者：村书记{{minority/mongolian:韩宝音}}，他往乡里跑了好几趟，给我们报了低保。我的腰评了个三级残疾，{{trap/org:县残联}}给办的证。三个孩子按困境儿童报上去，每人每月{{trap/number:四百二}}。村里的儿童主任{{minority/mongolian:吴其日格}}是个女同志，一个月来两回，看孩子作业，给老三剪指甲、洗头。孩子们有啥话不跟我说，跟她说。乡里的民政助理{{han:刘占山}}来入户核过两回，每回都拍照。县里社工站来过两个年轻人，姑娘叫{{compound:宇文晓菲}}，跟她一块儿来的是{{compound:段干志刚}}，小伙子给老二补数学，一礼拜一回。
访谈者：学校那边呢？
受访者：姑娘的班主任{{han:赵玉芹}}老师给她申请了助学金，一学期{{trap/number:一千二}}，还让她当了语文课代表。学校有个蒙古语老师{{minority/mongolian:贺希格图}}，他说{{minority/mongolian:额尔很}}蒙文写得好，让她明年考{{trap/place:前郭}}的蒙古族高中。老二的班主任{{han:王海鹰}}是个男老师，说孩子上课老走神，就让他坐第一排。
访谈者：亲戚们呢？
受访者：孩子们的舅舅{{minority/mongolian:道尔吉扎布}}在{{trap/place:长春}}开出租，过年给孩子们一人买一身新衣裳。孩子姥爷{{minority/mongolian:那森德力格尔}}八十了，腿脚不利索，来不了。我叔伯哥哥{{han:白永春}}在屯东头住，秋收帮我家掰苞米。
访谈者：过年过节怎么过？
受访者：正月初一我们也过{{trap/minority_word:查干萨日}}，给老人磕头、敬哈达。腊月里湖上冬捕，我领着俩小子去看过一回。屯里蒙古族人家不多了，我就在炕上给孩子们讲{{trap/famous:嘎达梅林}}，老大会唱那首歌。吃的也简单，{{trap/minority_word:奶豆腐}}是姥爷家捎来的，平常就是{{trap/word:白菜}}炖土豆，过年蒸一锅{{trap/word:包子}}。
访谈者：最难的时候是什么时候？
受访者：她妈刚走那年冬天。我腰疼得下不了炕，老大请了一礼拜假在家做饭，老三发烧，是村书记半夜开车送到乡卫生院的。那阵子家里冷锅冷灶，邻居们轮着给送饭，{{minority/mongolian:孟和达来}}的媳妇蒸了一锅馒头放在我家外屋地，说吃完了再蒸。现在好多了，老二会烧炕了，老三也会自己穿衣裳了。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:乾安县大布苏镇新发村四组17号}}。老大放假有时住她老姨家，在{{address:乾安县城建设街幸福家园小区5号楼2单元301室}}。我身份证{{id_number@my1979.220723}}，老二的{{id_number@my2013spaced.220723}}。我电话{{mobile@s434}}，{{minority/mongolian:吴其日格}}的电话{{mobile@hyphen}}，她微信{{wechat:wuqirige_qa}}。老大有个QQ，学校让登记，号她写在日历上了，我念：{{qq:2803617549}}。
访谈者：表上的名字写得对吗？
受访者：不大对。学校花名册写成{{spaced:额 尔 很 白 乙 拉}}，老三写成{{spaced:阿　日　贡　巴　雅　尔}}，低保本上我是{{spaced:乌日图 那森}}，老二成了{{spaced:巴音 吉日嘎勒}}。汉字写法各人不一样，我也不计较，钱能打到卡上就行。
访谈者：您最盼什么？
受访者：盼孩子们把书念成。老大说想当大夫，我说那得念多少年书，她说不怕。
""")

# H538: Tibetan grandmother in 定结 (日喀则) raising three grandchildren; her son died on a road site, his wife is missing.
DOCS["H538"] = ("family", """\
访谈者：阿妈啦，您家里现在几口人？
受访者：四口。我叫{{minority/tibetan:次旦央宗}}，六十四了，家在{{trap/place:定结}}县江嘎镇的一个村子里，天好的时候从房顶上能望见{{trap/place:珠峰}}。老头子走得早。儿子{{minority/tibetan:边巴旺堆}}前年在{{trap/place:萨嘎}}那边修路，开装载机翻进了沟里，人没了。村里人都叫他{{minority/tibetan:边旺}}，他干活实在，谁家盖房都去帮忙。儿媳{{minority/tibetan:平措卓玛}}后来去{{trap/place:拉萨}}打工，头一年还打电话，后来号码停了，再没音信。家里就剩我带着三个孙子孙女。
访谈者：孩子们多大了？
受访者：大孙女{{minority/tibetan:普布仓决}}十三，在{{school:定结县中学初一（2）班}}住校，我们叫她{{minority/tibetan:普仓}}。孙子{{minority/tibetan:巴桑旺久}}十岁，在{{school:江嘎镇完全小学四年级（1）班}}，家里叫他{{minority/tibetan:巴旺}}。最小的{{minority/tibetan:次仁玉珍}}五岁，在村里幼儿园，我们喊她{{minority/tibetan:次玉}}。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{minority/tibetan:巴旺}}他把他爸的帽子挂在床头，谁也不让碰。{{minority/tibetan:次玉}}老问{{minority/tibetan:平卓}}啥时候回来，我就说妈妈在外头挣钱呢。大孙女她大了，不问，周末回来就背水、挤奶，给弟弟妹妹洗头，夜里偷偷哭。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:尼玛潘多}}。儿媳没音信满两年，她就陪我去派出所开证明，又往县{{trap/org:民政局}}跑了四趟，三个孩子按事实无人抚养报上了，一人一个月{{trap/number:一千六百多}}。{{minority/tibetan:潘多}}她自己也有两个娃娃，还隔几天就来看我们。村委会主任{{minority/tibetan:索朗多吉}}给我报了低保，冬天送来牛粪饼和两袋面。{{minority/tibetan:索多}}说，只要村里有一口吃的，就有你家一口。
访谈者：乡里、县里呢？
受访者：乡长{{han:刘卫藏}}是藏族，汉名是他爸在部队的时候起的，藏名叫{{minority/tibetan:拉巴贡布}}，我们老人都喊他藏名。驻村工作队的队长{{han:陈卫平}}是内地来的，帮我家修了羊圈、换了新炉子。队里还有个姑娘叫{{compound:东方秀梅}}，给孩子们辅导汉语。乡卫生院的{{minority/tibetan:格桑顿珠}}大夫给我看腿，我膝盖疼，上坡得歇三回。
访谈者：孩子们上学怎么样？
受访者：大孙女的班主任{{minority/tibetan:张德庆}}老师，她爸是汉族，妈是藏族，两种话都说得好。她说孩子能考到内地西藏班去，我又高兴又舍不得。孙子的老师{{minority/tibetan:扎西琼达}}说他数学好，就是爱在课上画画，画的都是装载机。
访谈者：孩子们平时怎么过？
受访者：大孙女住校，一个月回来一次，坐乡里的班车，再走一个钟头的山路。回来头一件事就是把脏衣服泡上，第二件事是检查弟弟的作业。孙子放了学跟村里的娃娃去河滩上捡石头，天黑才回来。小的跟着我，我去地里拔草她就在地头玩土。冬天风大，屋里烧牛粪，晚上三个娃娃挤在一张卡垫上睡，暖和。去年村里通了自来水，孙女再不用去河边背水了，她说这是今年最高兴的事。
访谈者：亲戚帮得上吗？
受访者：我女儿{{minority/tibetan:达娃玛久}}嫁到{{trap/place:日喀则}}，在市场上卖{{trap/minority_word:卡垫}}，每月给寄几百块，放暑假把孩子们接过去住半个月。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历年}}我还是做{{trap/minority_word:切玛}}、炸{{trap/minority_word:卡赛}}，孩子们穿上新藏装，挨家去说{{trap/minority_word:扎西德勒}}。秋天村里过{{trap/minority_word:望果节}}，背着经书转田地。晚上我给他们讲{{trap/famous:米拉日巴}}的故事，讲他小时候也没了爸爸，受了多少苦。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:定结县江嘎镇曲桑村二组14号}}，女儿家在{{address:日喀则市桑珠孜区德勒小区7号楼2单元302室}}。我的身份证是{{id_number@wy1960.540231}}，大孙女的{{id_number@wy2012fw.540231}}。我不会用手机，有事打儿童主任的电话{{mobile@plus86}}，或者打我女儿的{{mobile@s38}}。儿童主任的微信{{wechat:nimapanduo_dj}}。孙女有个QQ，说是跟内地的笔友写信用的，号码她写在我的经书夹子里——{{qq:1597203864}}。
访谈者：名字表上写得对吗？
受访者：汉字写法乱。学校表上有{{spaced:普 布 仓 决}}，有{{spaced:巴　桑　旺　久}}；低保表上我是{{spaced:次旦 央宗}}，{{minority/tibetan:潘多}}自己也被写成{{spaced:尼玛 潘多}}。
访谈者：您最盼什么？
受访者：盼孩子们平平安安，念好书。我老了，能看着他们长大就行。等孙女考上大学，我就是走不动了也要去拉萨给她磕个长头，谢谢菩萨保佑。
""")

# H539: Hui grandmother in 临清 (聊城, 山东); her son died driving beef to 德州, his wife is on dialysis.
DOCS["H539"] = ("family", """\
访谈者：大娘，您家里的情况能跟我们说说吗？
受访者：能。我叫{{han:金秀英}}，经名{{minority/hui:哈姬拉}}，七十一了，住在{{trap/place:临清}}老城{{trap/org:清真北寺}}后头的胡同里。老头子{{han:沙连城}}走了六年了。我们家祖上在运河上跑船，后来开牛肉铺子。儿子{{han:沙德旺}}，坊上按经名叫他{{minority/hui:沙达伍德}}，前年冬天开车往{{trap/place:德州}}送牛肉，在高速上出了事，人没了。儿媳{{han:米凤琴}}是尿毒症，一礼拜透析三回，住在{{trap/place:聊城}}她娘家，顾不上孩子。俩孩子就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{han:沙子墨}}十三，经名{{minority/hui:易司马仪}}，在{{school:临清市第二中学初一（4）班}}。孙女{{han:沙雨桐}}八岁，经名{{minority/hui:祖贝德}}，在{{school:临清市新华路小学二年级（3）班}}。在家里我喊经名，喊惯了。{{minority/hui:易司马仪}}他爸走了以后一下子长大了，放了学先去铺子里帮着看摊，回来再写作业。{{minority/hui:祖贝德}}她还小，天天问妈妈啥时候从医院回来。
访谈者：孩子妈妈的病怎么样？
受访者：等着换肾呢。{{han:米凤琴}}她娘家哥哥{{han:米振东}}陪着透析，医院的{{han:陈玉洁}}大夫说配型难。一个月透析下来得好几千，医保报了还剩不少。孩子们周末坐车去看她，{{minority/hui:祖贝德}}跟她妈一说就是半天。
访谈者：这几年谁帮过你们？
受访者：寺里的{{minority/hui:海阿布白克}}阿訇，散{{trap/minority_word:乜贴}}的时候头一份给我们家，开学前还给孩子们一人送一个新书包。社区的儿童主任{{han:米秀玲}}也是回民，经名叫{{minority/hui:纳希德}}，她说孩子爸没了、妈重病，够事实无人抚养，给报了上去，一人一个月{{trap/number:一千一百多}}。街道民政上的{{han:穆庆林}}来入户核过。{{han:穆庆林}}他说话直，说大娘你有难处就打电话，别不好意思。市里社工站的{{compound:慕容秋菊}}每月来一趟，还有个小伙子叫{{compound:长孙立强}}，教{{minority/hui:易司马仪}}打篮球。
访谈者：邻居们呢？
受访者：对门的{{minority/hui:丁阿丹}}跟我儿子是一块儿长大的，现在铺子里进货、剔骨都是他帮着干，一分钱不要。{{minority/hui:丁阿丹}}他说，{{minority/hui:沙达伍德}}不在了，这个铺子不能倒。他媳妇{{han:马玉翠}}常给孩子们送饭。坊上还有个{{minority/hui:马萨利哈}}，她闺女也在二中念书，跟孙子一个班，俩孩子一块儿坐公交上学。我{{trap/word:马上}}就七十二了，腰腿不好，全靠街坊帮衬。
访谈者：铺子现在还开着吗？
受访者：开着，小多了。早先一天卖一头牛的肉，现在一个礼拜卖一头。我起早去市场上把肉拉回来，中午以前卖完就关门，下午睡一觉，等孩子们放学。城里开了好几家超市，年轻人都去超市买，来我这儿的多是老街坊，图个放心。铺子一个月挣两千来块，加上孩子们的钱，够吃够穿，就是看病花钱多。孙子说等他长大了把铺子开到网上去，我说那也得先把书念好。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:李文英}}老师说孩子聪明，就是不爱说话，她常把孩子叫到办公室谈心。孙女的老师{{han:张晓萌}}年轻，给孩子扎小辫儿。孙子爱听评书，{{trap/famous:武松}}打虎那段听了八遍，听完就趴在{{trap/word:沙发}}上写作业。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我带着孩子们去寺里，回来炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给街坊送。夏天傍晚我领他们去{{trap/place:鳌头矶}}那边的河沿上走走，孙女说河水是绿的。我跟孩子们说，读书比{{trap/word:金子}}还金贵。
访谈者：登记表要填地址和号码。
受访者：家在{{address:临清市青年路街道礼拜寺街后胡同9号}}，儿媳娘家在{{address:聊城市东昌府区柳园街道运河花园小区12号楼3单元501室}}。我的身份证{{id_number@wy1953.371581}}，孙子的{{id_number@my2012hyphen.371581}}。我电话{{mobile@plain}}，{{han:米秀玲}}的电话{{mobile@p86n}}，她微信{{wechat:mixiuling_lq}}。孙子有QQ，上网课用的，号码是——我找找，写在铺子的账本上了——{{qq:46201739}}。
访谈者：表上名字写得对吗？
受访者：有的不对。学校把孙子的经名写成{{spaced:易 司 马 仪}}，把孙女写成{{spaced:沙 雨 桐}}，低保表上我成了{{spaced:金秀 英}}。阿訇的名字更乱，有写{{spaced:海 阿布白克}}的。
访谈者：您最盼什么？
受访者：盼孩子妈早点换上肾，盼俩孩子好好念书。我要是走了，他们还有个妈。
""")

# H540: Han mother in 海伦 (绥化) whose husband was paralysed by a fall from a grain dryer; three children with word nicknames.
DOCS["H540"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：六口。我叫{{han:姜淑贤}}，四十一，家在{{trap/place:海伦}}东边的屯子里。掌柜的{{han:宋德江}}前年秋天在粮库烘干塔上干活，一脚踩空掉下来，摔断了脊椎，下半身没知觉了，天天在炕上躺着。三个孩子，婆婆{{han:周玉兰}}也七十多了，一家子就靠我。
访谈者：孩子们多大？
受访者：大闺女{{han:宋思雨}}十五，小名叫{{han:稻穗}}，在{{school:海伦市第三中学初三（2）班}}；二小子{{han:宋浩男}}十二，小名{{han:粮囤}}，在{{school:东风镇中心小学六年级（1）班}}；老疙瘩是闺女，叫{{han:宋佳禾}}，六岁，小名{{han:窝瓜}}，在镇上幼儿园。{{han:窝瓜}}这名是她爸起的，说孩子生下来圆滚滚、黄澄澄的。
访谈者：孩子们知道家里的难处吗？
受访者：知道。{{han:稻穗}}她放学回来先给她爸翻身、擦洗，再写作业。{{han:粮囤}}也知道干活，劈柴、喂鸡都是他。{{han:窝瓜}}还小，成天趴在她爸炕沿上讲幼儿园的事，她爸就笑。有一回{{han:粮囤}}跟人打架，说人家笑话他爸是瘫子，我{{trap/word:于是}}领着他去人家赔不是，回来娘俩都哭了。
访谈者：孩子爸爸现在怎么样？
受访者：{{han:德江}}他脾气变了，有时候半夜哭，说拖累我们了。市医院的{{han:战立群}}大夫来村里义诊，说康复做好了能坐起来。{{trap/org:市残联}}给送了轮椅和气垫床，{{han:德江}}评了一级残疾。
访谈者：这两年谁帮过你们？
受访者：村书记{{han:鞠长河}}，他说我们家够低保，给报上了，一个月全家{{trap/number:一千一百多}}。三个孩子按困境儿童，每人每月还有{{trap/number:二百六}}的补贴。村里的儿童主任{{han:逄淑华}}跟我同岁，三天两头来，{{han:逄淑华}}她说有啥难处你就喊我。镇上民政的{{han:王振宇}}来核查过两回。{{han:粮囤}}的班主任{{han:李玉梅}}老师给他免了午饭钱。市里社工站的{{compound:漆雕海燕}}跟{{compound:闾丘婉婷}}一起来的，给孩子们上心理课。她还帮{{han:稻穗}}申请了一个助学项目，一年{{trap/number:两千块}}。
访谈者：地里的活谁干？
受访者：我们家十五亩地种大豆，都是我干，农忙雇人。邻居{{han:于长顺}}家有收割机，收豆子先给我家收，只收个油钱。{{han:于长顺}}他媳妇{{han:冯秀芝}}婶也常给送菜。我娘家弟弟{{han:姜满仓}}在{{trap/place:绥化}}打工，{{han:姜满仓}}那边也是一家五口，过年回来给孩子们买鞋。他自己家也紧巴，还是每月给我转三百。
访谈者：冬天怎么过？
受访者：我们这儿冬天长，十月末就上冻，一直冻到第二年四月。烧的是玉米秆和豆秸，不够就买煤，一冬得两吨。掌柜的不能动，屋里得一直烧着，不然他腿脚冰凉。我每天早上四点起来烧炕，给他翻身、换尿垫，再做饭打发孩子们上学。白天去豆腐坊打零工，一天挣八十。晚上回来给他按腿，康复大夫教的法子，一天按两回，一回半个钟头。
访谈者：婆婆身体怎么样？
受访者：{{han:周玉兰}}她血压高，去年冬天犯了一回病，是{{han:鞠长河}}书记开车送到市里的。老太太嘴上不说，夜里老叹气，说儿子这么年轻就瘫了，还不如瘫的是她。
访谈者：孩子们平时有什么乐子？
受访者：{{han:稻穗}}喜欢看书，学校{{han:张春生}}老师借给她好多小说。{{han:窝瓜}}就爱听故事，她爸躺着给她讲{{trap/famous:孟姜女}}哭长城，讲着讲着俩人都睡着了。冬天冷，零下三十多度，孩子们在院里堆雪人，姐弟俩比谁堆得高。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:海伦市东风镇永和村三组22号}}。我身份证{{id_number@wy1983.231283}}，{{han:宋德江}}的{{id_number@my1981spaced.231283}}。我电话{{mobile@spaced}}，{{han:逄淑华}}的电话{{mobile@plus86spaced}}。我微信{{wechat:jiangshuxian_hl}}，{{han:稻穗}}有个QQ，她说跟同学问作业用的，号码是{{qq:635208174}}。
访谈者：表上的名字写得对吗？
受访者：乱。低保表上掌柜的被写成{{spaced:宋 德 江}}，学校把老疙瘩写成{{spaced:宋　佳　禾}}，社工那张表上有{{spaced:闾丘 婉婷}}，中间空了一格。
访谈者：您最盼什么？
受访者：盼孩子们都念出去，盼{{han:德江}}能坐起来。我不怕累，就怕孩子们跟着我受委屈。日子是苦，可一家人都在，就有盼头，我跟孩子们说，咱家的坎儿总有过去的那天。
""")

# H541: Han primary-school teacher in 漠河 (大兴安岭) who keeps in touch with parents and pupils on WeChat and QQ.
DOCS["H541"] = ("teacher", """\
访谈者：老师，您在这边教了多少年书？
受访者：十一年。我叫{{han:岳晓光}}，在{{trap/place:漠河}}城里的小学，现在是{{school:漠河市北极镇第一小学四年级（3）班}}的班主任。班上二十九个孩子，九个留守，三个是困境儿童。家长多在外头打工，去{{trap/place:大庆}}、{{trap/place:哈尔滨}}，还有去{{trap/place:三亚}}给人看房子的，平时全靠微信和QQ联系。
访谈者：能说说这几个孩子吗？
受访者：头一个{{han:卜凡}}，爸爸是林场的扑火队员，前年扑山火出了事，没了。妈妈{{han:杨丽霞}}改嫁去了{{trap/place:加格达奇}}。孩子跟着姑姑{{han:卜春霞}}过。{{han:卜春霞}}她在超市当收银员，下班晚，我就让{{han:卜凡}}放学在我办公室写作业。姑姑的微信是{{wechat:buchunxia1984}}，有事我都在微信上留言。孩子也懂事，从来不跟姑姑要零花钱。
访谈者：第二个呢？
受访者：第二个{{han:尚子睿}}，妈妈有精神病，犯病的时候认不得人，爸爸{{han:尚国富}}是护林员，一进山就是半个月，山里没信号。下了山他先上QQ，号是——孩子写在课本扉页上了，我给你念——{{qq:39517826}}，一看孩子作业的照片就给我回一句“谢谢老师”。孩子平时跟爷爷{{han:尚德林}}，老人也七十多了，冬天劈柴都是爷孙俩。
访谈者：第三个？
受访者：第三个{{han:房雨涵}}，爸妈都在三亚，孩子跟姥姥{{han:王桂芝}}住，{{han:王桂芝}}都七十了，还天天接送。她妈{{han:李晓丽}}的微信叫{{wechat:xiaoli_sanya0315}}，每天晚上八点准时跟孩子视频。她爸{{han:房长江}}不爱用微信，用QQ，号是{{qq:2713048865}}。孩子自己也有个QQ，是她妈给注册的，说想妈妈了就上去留言，号码她抄在我本子上：{{qq:１０８６４７２３５}}。
访谈者：还有别的孩子吗？
受访者：还有{{han:卢思琪}}，爸爸{{han:卢海军}}眼睛看不见了，视力一级残疾，妈妈在饭店洗碗。{{han:卢海军}}他虽然看不见，每天还拄着棍子来接孩子，从没迟到过。留守的里头，{{han:刘天宇}}的爸妈在油田，{{han:刘天宇}}就周末跟他们视频一回，他爸{{han:刘建林}}的微信{{wechat:liujianlin_dq}}。
访谈者：学校和社区怎么帮这些孩子？
受访者：校长{{han:冉立新}}定了规矩，困境儿童的午餐和校服全免。副班主任{{compound:巫马秀芝}}帮我管家长群，心理老师{{compound:轩辕书琪}}每周给这几个孩子上一节团体课。社区的儿童主任{{han:黄凤霞}}每个月来学校一趟，{{han:黄凤霞}}跟我对一遍名单，谁家有变化就往{{trap/org:市民政局}}报。我也跟孩子们说，受了委屈可以打{{trap/hotline:12355}}。市里社工站的{{compound:南宫瑞雪}}寒假办了个冬令营，带孩子们去{{trap/place:北极村}}看雪。
访谈者：孩子们平时最盼什么？
受访者：盼过年，爸妈回来。也盼下雪，下了雪能打出溜滑。我给他们讲{{trap/famous:孙悟空}}，{{han:尚子睿}}听得最入迷，说要有个筋斗云就能去看他妈。冬天最冷零下四十多度，{{trap/word:房子}}里烧的是木头，有的孩子家烧不起，学校就给送两车柈子。
访谈者：家长的信息您都登记了吗？
受访者：登记了。{{han:卜春霞}}家在{{address:漠河市北极镇西山小区4号楼3单元201室}}，{{han:尚德林}}家在林业局家属区，门牌我得回去查。{{han:尚子睿}}的身份证{{id_number@my2015quad.232723}}。{{han:卜春霞}}的电话{{mobile@spaced}}，{{han:尚国富}}的电话{{mobile@plus86dash}}。
访谈者：这些孩子在学习上有什么困难？
受访者：主要是没人辅导。爷爷奶奶、姥姥姥爷多半不识几个字，孩子作业不会就空着。我们学校下午放学以后开了个课后服务班，留守和困境的孩子优先，老师轮流值班，一直看到六点。冬天四点多天就黑透了，家远的孩子我们再挨个送回去。有的家长在外头，晚上视频的时候让孩子把作业举起来给他们看，看不懂也说写得好，孩子就高兴。
访谈者：您自己觉得累吗？
受访者：累，手机一天到晚响。家长在外头，孩子发烧、丢了钥匙都找我。可我想，家长把孩子交给我了，我就得管到底。{{trap/word:岳父}}说我比当年他在林场还忙，我说那也值。
访谈者：名字在表上写得对吗？
受访者：家长群里名字五花八门。有人把自己打成{{spaced:卜 春 霞}}，有人打成{{spaced:王　桂　芝}}；副班主任的名字常被打成{{spaced:巫　马　秀　芝}}，{{han:房雨涵}}在作业本上写成{{spaced:房雨 涵}}。
访谈者：最后您想说什么？
受访者：孩子们离爸妈远，离老师近。我想让他们知道，在这么冷的地方也有人惦记他们。
""")

# H542: Uyghur grandfather selling dried fruit in 济南, his family from 喀什; his son died, the grandchildren live with him.
DOCS["H542"] = ("family", """\
访谈者：大爷，您在济南多少年了？
受访者：十五年了。我叫{{minority/uyghur:吐尔地·阿不都热依木}}，六十八，老家{{trap/place:喀什}}{{trap/place:疏勒}}县的。在{{trap/place:济南}}老城的菜市场边上摆摊，卖{{trap/minority_word:巴旦木}}、{{trap/minority_word:葡萄干}}、杏干，街坊都认识我，叫我{{minority/uyghur:吐尔地}}大爷。老伴{{minority/uyghur:阿曼古丽·托合提}}跟我一起出摊，她有糖尿病，一天打两针胰岛素。
访谈者：孩子们怎么到济南来了？
受访者：大儿子{{minority/uyghur:买提尼亚孜·吐尔地}}在喀什开车拉货，前年得了肝癌，半年就走了。儿媳{{minority/uyghur:帕提曼·阿西木}}后来嫁到{{trap/place:阿图什}}，那边男人不要孩子。三个孩子没人管，我就都接来了。大孙子{{minority/uyghur:艾孜提艾力·买提尼亚孜}}十三，我们叫他{{minority/uyghur:艾孜提}}；孙女{{minority/uyghur:阿依古再丽·买提尼亚孜}}九岁；最小的{{minority/uyghur:海热妮萨}}五岁，叫她{{minority/uyghur:妮萨}}。
访谈者：孩子们在这边上学吗？
受访者：上。{{minority/uyghur:艾孜提}}在{{school:济南市历下区文化东路小学六年级（4）班}}，孙女在同一个学校念三年级，小的在社区幼儿园。入学的时候街道的{{han:王丽红}}帮着跑的手续，说外地孩子也能上。{{minority/uyghur:艾孜提}}他汉语比我好多了，在学校背{{trap/famous:李清照}}的词，回来背给我听，我听不懂也鼓掌。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{minority/uyghur:买提尼亚孜}}走的时候小的才三岁，她记不得爸爸的样子，天天拿手机看照片。{{minority/uyghur:帕提曼}}她偶尔打个视频，孩子们叫一声妈，她就哭，说对不起。{{minority/uyghur:阿依古再丽}}她不爱说话，作文写的都是她爸。
访谈者：这些年谁帮过你们？
受访者：喀什老家的村委会给三个孩子办了事实无人抚养，钱打到卡上，一人一个月{{trap/number:一千五百多}}。这边社区的儿童主任{{han:张美玲}}也常来，给孩子们送书包、冬衣。社区民警{{han:刘繁胜}}帮我办了居住证。我的老乡{{minority/uyghur:阿不都瓦依提·托合提}}在这边开烤肉店，孩子们放了学常去他那儿吃饭，{{minority/uyghur:瓦依提}}他不收钱。小儿子{{minority/uyghur:司马义·吐尔地}}在{{trap/place:青岛}}的饭馆当厨师，每月寄钱来，他说等攒够了钱就接孩子们过去。女儿{{minority/uyghur:买合布拜·吐尔地}}在喀什，寒暑假孩子们回去就住她家。
访谈者：摆摊的收入够用吗？
受访者：紧巴。干果是从老家发过来的，一箱一箱走物流，夏天生意好，一天能卖几百块，冬天风大，一上午也开不了几单。房租一个月一千八，孩子们的饭钱、书本钱，老伴的药，样样要钱。孩子们放了学就到摊上来，大的帮我称秤、收钱，扫码的事他比我会。晚上收了摊，我教他们说维吾尔语、认维吾尔文，老伴给他们缝补衣裳。我说，汉语要学好，自己的话也不能忘。
访谈者：学校和社工呢？
受访者：大孙子的班主任{{han:杨秀丽}}老师，每礼拜给我打电话。区里社工站的{{compound:拓跋海涛}}给孩子们补课，跟他一起来的{{compound:南宫瑞雪}}也帮过我们，教孩子们画画。医院的{{han:赵海东}}大夫给老伴看病，挂号费都免了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我们做{{trap/minority_word:抓饭}}、打{{trap/minority_word:馕}}，请社区的人来吃。孩子们爱听{{trap/famous:阿凡提}}的故事，我讲一个，他们笑一个。周末我带他们去{{trap/place:大明湖}}，{{minority/uyghur:妮萨}}喂鸽子能喂一下午。
访谈者：登记表上要写住址和号码。
受访者：老家在{{address:疏勒县巴仁乡阿克提坎村5组8号}}，这边租的房子在{{address:济南市历下区东关大街泉乐小区3号楼1单元502室}}。我身份证{{id_number@my1956.653122}}，大孙子的{{id_number@my2012tri.653122}}。我电话{{mobile@plus86spaced}}，{{minority/uyghur:司马义}}的{{mobile@s74}}，他微信{{wechat:Ismayil_qd2019}}。大孙子有QQ，上网课用的，号码写在他书包里的本子上——{{qq:2094316758}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。户口本上我是{{minority/uyghur:吐尔地·阿不都热依木}}，社区表上成了{{minority/uyghur:吐尔地阿不都热依木}}，没有点；学校把大孙子写成{{minority/uyghur:艾孜提艾力买提尼亚孜}}，又有一张写成{{spaced:艾孜提艾力 · 买提尼亚孜}}，点两边空着；孙女写成{{spaced:阿 依 古 再 丽}}，老伴成了{{spaced:阿曼古丽 托合提}}，小儿子的工作证上是{{spaced:司马义 · 吐尔地}}。
访谈者：您最大的心愿是什么？
受访者：看着孙子孙女长大，念书念出来，别像我一样一辈子摆摊。老伴说，等{{minority/uyghur:艾孜提}}考上大学，我们就回喀什去。
""")

# H543: Han court clerk in 肇东 (绥化) reading from the file of a case that took guardianship from a drug-addicted father.
DOCS["H543"] = ("staff", """\
访谈者：您在法院做什么工作？
受访者：书记员。我叫{{han:王丽华}}，在{{trap/org:肇东市人民法院}}家事审判庭干了七年。今天带的是{{trap/year:2023年}}立案、去年结的一个撤销监护人资格的案子，卷宗我翻着说，名字、号码你们那边自己处理。
访谈者：好。案子是怎么来的？
受访者：申请人是孩子的姥姥，{{han:单秀琴}}，女，六十三，身份证号{{id_number@wy1961.231282}}，住{{address:肇东市五站镇太平村三组41号}}。被申请人是孩子的爸爸{{han:葛振江}}，男，三十八，身份证号{{id_number@my1986hyphen.231282}}，住{{address:肇东市东发街道锦华小区9号楼2单元602室}}。卷宗封面上被申请人的名字写了两遍，“{{han:葛振江}}{{han:葛振江}}”，是立案的时候录重了。孩子叫{{han:葛欣悦}}，九岁，身份证号{{id_number@wy2015spaced.231282}}，在{{school:肇东市第八小学三年级（2）班}}。孩子妈妈{{han:单丽娜}}前年病故了，死亡证明在卷里，第十二页。
访谈者：为什么要撤销父亲的监护资格？
受访者：{{han:葛振江}}他吸毒，被强制隔离戒毒过两回，出来又吸。喝多了就打孩子，有一回拿皮带抽，孩子胳膊上全是血印子，是班主任{{han:张玉芝}}老师发现的，报了警。派出所的{{han:鲁振华}}民警出的警，做了笔录。后来{{trap/org:检察院}}支持起诉，{{trap/org:妇联}}也出了意见。
访谈者：孩子的爷爷奶奶呢？
受访者：爷爷早没了，奶奶{{han:葛凤琴}}七十六，脑梗后半身不遂，自己都要人照顾，书面表示同意由姥姥监护，她的身份证号也在卷里，{{id_number@wy1948x.231282}}。孩子舅舅{{han:单立军}}在{{trap/place:大庆}}打工，出庭作证说愿意帮着养，每月给{{trap/number:八百元}}。
访谈者：开庭的时候都有谁？
受访者：审判长是{{compound:皇甫立军}}，审判员{{han:宁海波}}，人民陪审员一个是{{compound:公孙建华}}，还有{{han:伊春来}}。法律援助中心给申请人指派的律师是{{compound:欧阳春雨}}，{{compound:欧阳春雨}}律师做事细，把孩子的伤情照片一张张编了号。社会观护员是社工站的{{compound:澹台梦琪}}，做了社会调查报告；心理咨询师{{compound:端木子墨}}给孩子做了评估，说孩子有创伤反应。审判长讲，{{trap/word:包括}}探望的事也要写清楚，按{{trap/word:程序}}一样一样来，要{{trap/word:严格}}。
访谈者：孩子现在怎么样？
受访者：跟着姥姥在五站镇，转学到了{{school:五站镇中心小学三年级（1）班}}。{{han:单秀琴}}她说孩子刚来的时候夜里惊醒，现在好多了。镇上的儿童主任{{han:杨雅静}}每月上门，民政上按事实无人抚养给孩子报了，每月{{trap/number:一千零八十}}。{{compound:澹台梦琪}}还在回访，写了三次回访记录。
访谈者：审理的时候孩子出庭了吗？
受访者：没有。孩子小，我们不让她到法庭上来，是在家事庭的“儿童之家”里单独问的，那屋里有沙盘、有玩具，问话的时候社工在旁边陪着。孩子说的话我一句一句记下来，记了七页。她说最怕的是听见爸爸上楼的脚步声，说姥姥家的狗都比爸爸好。合议庭的几个人听了都不吭声。判决是当庭宣的，被申请人没有上诉，判决生效以后我们又给民政、学校和村委会都发了司法建议。
访谈者：卷宗里还有别的联系方式吗？
受访者：有。申请人电话{{mobile@plain}}，舅舅{{han:单立军}}的电话{{mobile@fullwidth}}。被申请人的微信号在聊天截图上，第四十一页，{{wechat:gzj_zhaodong86}}，他就是在微信上跟孩子要钱。孩子用过她爸的旧手机，登着一个QQ，号码在截图第四十三页，我念给你：{{qq:３１７５０９２６４８}}。
访谈者：卷里名字写得规范吗？
受访者：不完全规范。送达回证上姥姥签的是{{spaced:单　秀　琴}}，孩子在询问笔录上写成{{spaced:葛 欣 悦}}；社会调查报告的署名打成了{{spaced:澹 台 梦 琪}}，合议庭名单有一处是{{spaced:皇　甫　立　军}}，律师的名字也被拆成{{spaced:欧阳 春雨}}。这些都在卷里附了说明。
访谈者：这类案子多吗？
受访者：一年三五件。最难的是孩子，大人吵完了，孩子得接着过日子。判决书上写的是监护权，落到孩子身上就是以后谁给做饭、谁去开家长会。我们判完了还会回访，{{trap/famous:包青天}}那是戏里，我们能做的就是把每一页都做扎实。
访谈者：您最想说的是什么？
受访者：别等孩子身上有伤了才有人管。{{han:张玉芝}}老师要是那天没看见，这孩子不知道还得挨多少打。
""")

# H544: Han grandmother in 丰宁 (承德, 河北) raising a grandson; his father died in an iron mine, his mother is missing.
DOCS["H544"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：三口。我叫{{han:邸桂兰}}，六十七，家在{{trap/place:丰宁}}北边的山沟里，再往北就是{{trap/place:坝上}}了。老头子{{han:籍万山}}年轻时候在矿上干了二十年，落下尘肺，喘不上气，一年倒有半年躺着。儿子{{han:籍东升}}前年在铁矿井下出了事故，没了。儿媳{{han:李丽敏}}拿了一半赔偿款走了，说去{{trap/place:北京}}打工，打那以后电话不接，人也找不着。家里就剩我们老两口带着孙子。
访谈者：孙子多大了？
受访者：十一，叫{{han:籍晨阳}}，在{{school:丰宁满族自治县大阁镇第二小学五年级（3）班}}。我喊他{{han:晨阳}}，他爷爷喊他小子。{{han:晨阳}}他懂事，早上自己热饭，放学回来先给他爷爷倒水、拍背。
访谈者：孩子知道爸爸的事吗？
受访者：知道。他爸走的时候他九岁，在灵前一滴眼泪没掉，过了半年，有一天晚上抱着他爸的棉袄哭了半宿。他妈走了以后，他再不提他妈。有回学校开家长会，别人都是爸妈去，我去了，他在门口等着我，说奶奶你坐第一排。
访谈者：这两年谁帮过你们？
受访者：村书记{{han:暴立军}}，他跑乡里给我们报了低保，老头子也评上了残疾。孙子按事实无人抚养报上去，每月{{trap/number:一千三百多}}。村里的儿童主任{{han:付春燕}}，有啥事我就找{{han:付春燕}}，她一个月来两回，看孩子作业，问孩子在学校受没受欺负。乡里民政上的{{han:张玉峰}}来核了三回，说政策上该有的一样不能少。县医院的{{compound:申屠凤英}}大夫每季度下乡一回，给老头子看肺，给我量血压。
访谈者：学校那边呢？
受访者：孙子的班主任{{han:王晓慧}}老师，她把孙子的座位调到前头，下课还给他补数学。学校的{{han:邸长生}}校长跟我是一个村的，论起来是我远房侄子，{{han:邸长生}}说孩子的书本费、校服钱学校全包了。县里社工站的{{compound:夏侯永胜}}每月来一趟，带着{{compound:乐正玉兰}}，给孩子们办读书会，{{han:晨阳}}还上台念了一篇作文。
访谈者：邻居们帮得上吗？
受访者：帮得上。东院{{han:满国旺}}他们家有三轮，拉煤、拉粮都给我们捎着。{{han:满国旺}}他媳妇{{han:白雪峰}}……不对，{{han:白雪峰}}是他闺女，在县城当护士，老头子犯病了她给打针。西院的{{han:籍海龙}}是孩子他二爷家的，{{han:籍海龙}}也就比孙子大十几岁，周末带孙子去河边钓鱼。我对他们家的帮忙，没有不{{trap/word:满意}}的，人家的{{trap/word:付出}}我都记着。
访谈者：过年过节怎么过？
受访者：我们这边满族多，过年蒸黏豆包、做{{trap/minority_word:萨其马}}，{{trap/minority_word:颁金节}}的时候县里办活动，孙子跟着同学去跳舞。老头子给他讲{{trap/famous:康熙}}在围场打猎的事，孙子听得入迷。夏天一场{{trap/word:暴雨}}，河水涨了，我就不让他去河边。
访谈者：平时的日子怎么过？
受访者：我们家有四亩坡地，种点谷子、土豆，再养十来只鸡。孙子放了学帮我喂鸡、拾柴火。老头子喘得厉害，一到冬天就离不了氧气机，电费一个月一百多。村里给装了自来水，再不用去沟里挑水了。孙子晚上在炕桌上写作业，我在旁边纳鞋底，他念课文给我听，我听着就高兴。
访谈者：您自己身体呢？
受访者：腰不好，眼睛也花了。最怕的是我跟老头子哪天走了，孙子咋办。{{han:暴立军}}说有政府呢，到时候还有福利院。我说福利院再好，也不是家。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:丰宁满族自治县黄旗镇二道沟村五组13号}}，儿子原来在县城租的房是{{address:丰宁满族自治县大阁镇宁丰小区6号楼1单元402室}}。我身份证{{id_number@wy1957.130826}}，孙子的{{id_number@my2013fwspaced.130826}}，老头子的身份证锁在柜子里，我回头找给你。我电话{{mobile@s434}}，{{han:付春燕}}的电话{{mobile@hyphen}}，她微信{{wechat:fuchunyan_fn}}。孙子有个QQ，老师让登记，号码他写在{{trap/word:籍贯}}那栏底下了：{{qq:2750419836}}。
访谈者：表上名字写得对吗？
受访者：有错的。低保表上孙子成了{{spaced:籍 晨 阳}}，老头子成了{{spaced:籍　万　山}}，社工的签名是{{spaced:夏 侯 永 胜}}，我还当是四个人。
访谈者：您最盼什么？
受访者：盼孙子好好念书，将来别下矿。他说要当老师，我说好，当老师好，冬天不冻手，夏天不晒脸，还能教别人家的孩子认字。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=537,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout68",))


if __name__ == "__main__":
    main()
