# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 94 (tests/pii/holdout94/H737-H744 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 95, written at the same time, is a later set
and so not compared).

Set 94 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 临时救助, 民政局, 社区/村委会, 学校, 儿童主任, 社工, 残联, 妇联, 清真寺, 法律援助), in eight new voices, all
in 阜新: a Mongolian grandmother in 彰武 from 阜新蒙古族自治县 raising two grandchildren whose father was crippled in a
coal mine and whose mother left; a Tibetan father from 同仁 who works in a tyre shop in 细河, his wife on dialysis,
his eldest daughter left with her grandmother in 同仁; a Hui mother in 太平 whose husband is in prison, with three
children and her mother-in-law; a Han mother in 清河门 whose husband was paralysed by a stroke, with three children
called by word nicknames (山楂, 沙果, 糖块); a Han primary-school teacher in 新邱 going through six pupils and their
parents on WeChat and QQ; a Uyghur grandmother from 拜城 in 海州 raising the three children of her son in prison; a
Han court clerk in 阜新 reading the file of a case on the removal of a father's guardianship and of a grandparents'
guardianship case; and a Han grandfather in 彰武 raising a grandson whose father died on the motorway.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (哲日勒图雅, 达日罕巴特尔, 莫日格吉日嘎拉, 额尔敦朝克图) with short forms
after the full name (巴音 after 巴音毕力格, 哲日勒, 达日罕都, 莫日格说), a name with a syllable that is a common word
(哈达巴雅尔) and Han surnames before Mongolian given names (包温都苏, 吴布和, 金格根, 包额尔敦图雅); Amdo Tibetan names
(加羊多杰, 先巴才让, 更尕扎西, 娘毛吉, 扎西措) with short forms (加羊, 先巴他, 更尕他) and Han names of Tibetans (杨吉祥,
杨先锋); Han-form Hui names (白玉芝, 金永胜, 沙秀琴) beside 经名 alone (罕乃拜, 法鲁格, 朱韦里耶, 伊玛尼, 吾麦麦) and
after a Han surname (金塔里格, 海莱伊拉, 铁阿丹, 哈穆尼尔); Uyghur given name + father's name with and without the dot
(艾海提·买合苏提 and 艾海提买合苏提, 努斯热提买合苏提) and short forms (艾海提, 再吐娜, 买合苏提, 海热古丽也); Han word
nicknames annotated whole (山楂也, 沙果她, 糖块说, 犁杖他); Han names with common surnames and rarer ones of 阜新
(佟, 鞠, 邴, 隋, 栾, 战, 初, 修, 衣, 矫, 阚, 冀, 褚, 栗, 符), with titles and kin words (宁淑华老师, 吴振东大夫,
隋桂芬大姐, 穆桂珍婶, 鲍立军所长, 孟繁年书记; the span is the name only), names that contain or end in words (于长江,
杨吉祥, 谷春来, 高永和, 冯建业, 冯德厚, 田福生), a signature written twice (邢大勇邢大勇), names directly before
particles and verbs (巴音他, 法鲁格说, 付德全他们家, 付德全那边, 高永和都, 邢大勇都, 曲桂兰她, 阚志强还) and after
叫/是/给/跟/找/让/的; names spaced out character by character in half- and full-width spaces (哲 日 勒 图 雅,
巴　音　毕　力　格, 先 巴 才 让, 朱 韦 里 耶, 再 吐 娜 · 买 合 苏 提, 努　斯　热　提, 皇 甫 知 夏, 巫　马　清　扬), a
dotted name with spaces around the dot (艾海提 · 买合苏提) and names split in two (达日罕 巴特尔, 加羊 多杰, 金塔 里格,
图尼萨 吾拉木, 邢大 勇); compound surnames after ordinary words (宇文, 濮阳, 长孙, 拓跋, 漆雕, 司马, 赫连, 闾丘, 上官,
东方, 皇甫, 令狐, 尉迟, 乐正, 公孙, 慕容, 巫马, 段干); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:佟秀云}}``, ``{{qq:2847105369}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.210922}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, fullwidth, X check
                                   digit; mobiles plain, spaced, hyphen, h38, s74, s434, plus86, plus86dash,
                                   plus86spaced, p86h, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇,
大姐, 婶, 律师) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a word nickname (山楂, 沙果, 糖块, 犁杖) is annotated whole. Han-style names of
Tibetan and Hui people (杨吉祥, 杨先锋, 白玉芝, 金永胜, 金浩宇) are category han; a Han surname before a non-Han given
name (包温都苏, 金塔里格, 铁阿丹) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout94/make_holdout94.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(94_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "135", "139", "147", "152", "155", "159", "177", "180", "185", "186",
                   "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}
# H737: Mongolian grandmother in 彰武 (阜新), her family from 阜新蒙古族自治县; son crippled in a mine, his wife left.
DOCS["H737"] = ("family", """\
访谈者：奶奶，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:伊和其其格}}，今年六十八，娘家在{{trap/place:阜新蒙古族自治县}}{{trap/place:佛寺镇}}，嫁到{{trap/place:彰武}}四十多年了。老头子{{minority/mongolian:额尔敦朝克图}}前些年得肺病走了。儿子{{minority/mongolian:巴音毕力格}}原先在{{trap/place:阜新}}的煤矿下井，前年井下冒顶，砸坏了腰，现在坐轮椅。儿媳{{han:韩凤娟}}跟他离了婚，回了{{trap/place:沈阳}}，一年打一两回电话。两个孩子就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:哲日勒图雅}}十三，上{{school:彰武县第四中学初一（2）班}}，汉名叫{{han:白悦彤}}，是她爸给起的，我们家姓白。孙子{{minority/mongolian:达日罕巴特尔}}八岁，在{{school:哈尔套镇中心小学二年级（3）班}}。家里都喊他{{minority/mongolian:达日罕}}，{{minority/mongolian:达日罕}}都八岁了，还离不开我，晚上得挨着我睡。
访谈者：孩子爸爸现在怎么样？
受访者：{{minority/mongolian:巴音}}他心里苦。原先一米八的汉子，现在上个厕所都得人扶。{{minority/mongolian:巴音}}也不爱说话，整天看手机。县医院的{{han:吴振东}}大夫来家看过两回，说得做康复，可康复得去{{trap/place:沈阳}}，一趟下来好几千。{{trap/org:县残联}}给配了轮椅，还给报了重度残疾人护理补贴。
访谈者：这些年谁帮你们？
受访者：村里的儿童主任{{han:佟秀云}}，她隔三差五来，俩孩子的事都是她跑。村书记是{{minority/mongolian:包温都苏}}，也是蒙古族，给我家报了低保，一个月{{trap/number:八百六}}。俩孩子按事实无人抚养报上去了，每人每月{{trap/number:一千二百九}}。镇上民政助理{{han:鞠文彬}}来核过三回。他说等开春再给申请个临时救助。
访谈者：社工来过吗？
受访者：来过。县里社工站的小伙子叫{{compound:宇文立冬}}，跟他一块儿来的是{{compound:濮阳晓棠}}，姑娘说话细声细气的。{{compound:濮阳晓棠}}每礼拜六给孙女辅导英语，还有个大学生志愿者叫{{compound:长孙禾苗}}，教孙子画画。
访谈者：邻居们呢？
受访者：东院的{{minority/mongolian:哈达巴雅尔}}跟我娘家一个屯子出来的，秋收的时候开着四轮子帮我们拉苞米。{{minority/mongolian:哈达巴雅尔}}他媳妇{{han:宁桂枝}}常给孩子们送黏豆包。还有我表弟{{minority/mongolian:吴布和}}，在城里开出租，孩子看病都是他接送。我妹夫{{minority/mongolian:莫日格吉日嘎拉}}在{{trap/place:大巴镇}}养牛，过年杀了牛给我们送半扇。{{minority/mongolian:莫日格}}说，有他一口吃的，就饿不着这俩孩子。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:哲日勒}}学习好，班主任{{han:宁淑华}}老师说她作文写得好。{{minority/mongolian:哲日勒}}就是心重，她妈走的那年她半宿半宿不睡觉。学校的心理老师找她谈过好几回。{{minority/mongolian:达日罕}}淘气，跟同学打架，他们班的{{han:邵春艳}}老师把我叫去过一回。
访谈者：家里还讲蒙古话吗？
受访者：我跟孩子们说蒙古话，他爸也说。正月里村里请人说{{trap/minority_word:乌力格尔}}，我领着俩孩子去听。过{{trap/minority_word:查干萨日}}要吃{{trap/minority_word:手把肉}}，我给孩子们讲{{trap/famous:嘎达梅林}}的故事。去年夏天还去了{{trap/org:瑞应寺}}，给她爸烧了香。
访谈者：您自己身体怎么样？
受访者：血压高，腿也疼，可不敢躺下。{{trap/word:白天}}黑夜连轴转，早上四点多起来烧炕、做饭，把儿子扶起来擦洗，再送孙子上学。地里的活儿干不动了，八亩地包给了别人，一年给两千多块钱。冬天最难熬，煤贵，屋里冷，孙子的手冻得裂口子，我就拿羊油给他抹。有时候夜里睡不着，想起老头子，想起以前一家人热热闹闹的，就一个人掉眼泪。可第二天一睁眼，孩子们喊奶奶，我就又有劲儿了。
访谈者：孩子们知道家里的难处吗？
受访者：知道。孙女放学回来不用我说，就去喂鸡、抱柴火。有一回学校发了五百块钱的助学金，她一分没花，全塞给我了，说奶奶你买药。孙子小，不懂事，可他也知道不跟同学比新鞋新衣裳。我跟他们说，苦日子会过去的，人得有志气，念书是正经出路。
访谈者：您觉得现在的帮扶够不够？
受访者：比前些年强多了。以前谁管你家孩子吃没吃饭，现在村里、镇上、县里都有人问。就是手续多，一样材料得跑好几个地方，我不识几个汉字，全靠村里人帮着填。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:彰武县哈尔套镇黄花甸子村三组17号}}，儿子在城里租过的房子是{{address:海州区河北街道福兴苑小区4号楼2单元503室}}。我身份证{{id_number@wy1957.210922}}，孙女的{{id_number@wy2012spaced.210922}}。我电话{{mobile@plain}}，儿子的{{mobile@s434}}。孙女有微信，叫{{wechat:Jirile_tuya12}}；QQ号码她写在我老花镜盒里了，你抄吧：{{qq:2847105369}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。学校名单上孙女是{{spaced:哲 日 勒 图 雅}}，孙子写成{{spaced:达日罕 巴特尔}}，残联的本子上儿子是{{spaced:巴　音　毕　力　格}}。低保表把我写成{{spaced:伊和 其其格}}，村里又给改过来了。
访谈者：您最盼的是什么？
受访者：盼{{minority/mongolian:巴音}}能站起来，盼俩孩子把书念出来。我这把岁数，能陪他们几年算几年。
""")

# H738: Tibetan father from 同仁 working in a tyre shop in 细河 (阜新); his wife on dialysis, one daughter left at home.
DOCS["H738"] = ("family", """\
访谈者：您先介绍一下自己吧。
受访者：我叫{{minority/tibetan:加羊多杰}}，老家在{{trap/place:同仁}}，{{trap/place:隆务河}}边上的一个村子。来{{trap/place:阜新}}七年了，在{{trap/place:细河}}一家轮胎店给人补胎、换胎。店里人都喊我{{minority/tibetan:加羊}}，暂住证上还有个汉名叫{{han:杨吉祥}}。老板{{han:于长江}}人实在，知道我家难，从不扣我工钱。
访谈者：家里几口人？
受访者：五口。老婆{{minority/tibetan:娘毛吉}}前年查出尿毒症，一个礼拜透析三回。大女儿{{minority/tibetan:扎西措}}十四，留在{{trap/place:同仁}}跟她奶奶{{minority/tibetan:多杰拉毛}}，在{{school:同仁市第二民族中学初二（1）班}}住校。儿子{{minority/tibetan:先巴才让}}十岁，跟我们在这边，上{{school:细河区四合镇中心小学四年级（1）班}}，学校花名册上写他的汉名{{han:杨先锋}}。小女儿{{minority/tibetan:索南措}}五岁，在社区幼儿园。
访谈者：孩子们适应吗？
受访者：{{minority/tibetan:先巴}}刚来的时候一句汉话不会说，现在比我说得好。{{minority/tibetan:先巴}}他爱踢球，就是想他姐。班主任{{han:邴丽娜}}老师让他在班上讲{{trap/place:热贡}}，讲我们那儿的{{trap/minority_word:唐卡}}和{{trap/minority_word:六月会}}，同学们听得眼睛都直了。{{minority/tibetan:扎西措}}在老家也懂事，放假回来帮她奶奶挤奶、打{{trap/minority_word:酥油}}。
访谈者：您爱人的病，治疗上谁帮过忙？
受访者：透析是在区医院，{{han:潘志宏}}主任给我们办了门诊特殊病，报得多了。社区的儿童主任{{han:隋桂芬}}大姐给我们报了困境儿童，每月{{trap/number:六百五}}，又帮着申请了临时救助。街道民政上的{{han:栾福来}}说，户口不在这边，有的钱得回{{trap/place:黄南}}去办，他就帮我打电话问。区里社工站的{{compound:拓跋知秋}}来过好几回，她搭档叫{{compound:漆雕远航}}。
访谈者：老家那边呢？
受访者：我哥{{minority/tibetan:更尕扎西}}在村里，他照顾我阿妈和我大女儿。{{minority/tibetan:更尕}}他也不容易，自己家四个娃。村主任{{minority/tibetan:仁青加}}给我阿妈报了低保，大女儿的学费是{{trap/org:隆务寺}}的师父们帮着凑的。在阜新这边有个同乡叫{{minority/tibetan:夏吾东智}}，画{{trap/minority_word:唐卡}}卖，过年我们两家一块儿吃{{trap/minority_word:糌粑}}、过{{trap/minority_word:洛萨}}。
访谈者：您一个人又上班又照顾病人，怎么顾得过来？
受访者：顾不过来也得顾。早上五点起来给{{minority/tibetan:娘毛吉}}熬粥，送儿子上学，再去店里。{{han:于长江}}他们家就在店后头，小女儿放学没人接，他媳妇{{han:尚玉琴}}就帮着接回去。店里的伙计{{han:战小军}}说，{{minority/tibetan:加羊}}哥你去医院吧，活儿我顶着。
访谈者：孩子们心里有没有难过的时候？
受访者：有。{{minority/tibetan:先巴}}看见他阿妈身上扎的管子，偷偷哭过。我给{{minority/tibetan:先巴}}讲{{trap/famous:格萨尔}}王的故事，说男子汉得扛事。
访谈者：一个月挣的钱够用吗？
受访者：不够。我一个月三千五，房租六百，透析报完了自己还得掏一千多，孩子上学、吃饭都得花。老家的地租给了亲戚，一年给点青稞和钱。有时候月底没钱了，就跟老板预支，他说{{trap/word:马上}}给，从没让我等过。我也想过回老家，可老家没有透析的地方，得去{{trap/place:西宁}}，更远。
访谈者：您爱人自己怎么看？
受访者：她老说是她拖累了我们。我说你别这么想，一家人就是一家人。她身体好一点的时候，就坐在床上给孩子们缝衣裳，给大女儿织了条围巾寄回去。大女儿打电话说，阿妈的围巾她天天戴着，舍不得摘。
访谈者：登记表上要填地址和号码。
受访者：这边租的房子在{{address:细河区四合镇新华村二组29号}}，老家是{{address:同仁市隆务镇加吾村5组11号}}。我身份证{{id_number@my1984.632321}}。我电话{{mobile@hyphen}}，大女儿在老家用她奶奶的手机，号码是{{mobile@plus86}}。我微信{{wechat:jiayang_dorje88}}，儿子玩QQ，号码他写在作业本封皮上了，是{{qq:1930486257}}。
访谈者：表上名字写得对吗？
受访者：不对的多。学校把儿子写成{{spaced:先 巴 才 让}}，医院把我老婆写成{{spaced:娘　毛　吉}}，我在店里的工资表上是{{spaced:加羊 多杰}}，大女儿的学籍上是{{spaced:扎 西 措}}。
访谈者：孩子们跟老家还有联系吗？
受访者：有。每个礼拜天晚上我们跟老家视频，儿子跟他姐比谁的个子高，小女儿抢着给奶奶唱歌。过年能回去就回去，坐火车到{{trap/place:西宁}}，再坐班车回村，路上得两天。前年没回去，大女儿在电话里哭，说别人家都团圆，就我们家散着。我听了心里不是滋味，可没办法，她阿妈离不开透析，一个礼拜都断不得。我跟大女儿说，等你考上高中，阿爸接你过来。
访谈者：您最大的心愿？
受访者：盼着{{minority/tibetan:娘毛吉}}能等到肾源。孩子们都好好念书，将来回{{trap/place:同仁}}也好，留在这儿也好，能有口饭吃就行。
""")


# H739: Hui mother in 太平 (阜新); her husband in prison, three children and her mother-in-law.
DOCS["H739"] = ("family", """\
访谈者：大姐，您怎么称呼？
受访者：我叫{{han:白玉芝}}，经名{{minority/hui:罕乃拜}}，家在{{trap/place:太平}}区，离{{trap/org:清真寺}}不远。我男人{{han:金永胜}}，坊上都叫他{{minority/hui:金塔里格}}，前年跟人打架把人打伤了，判了四年，在{{trap/place:沈阳}}服刑。家里三个孩子，还有他妈，都靠我。
访谈者：孩子们多大了？
受访者：老大十二，学名{{han:金浩宇}}，经名{{minority/hui:法鲁格}}，在{{school:太平区高德小学六年级（2）班}}。老二是闺女，九岁，学名{{han:金思彤}}，家里叫她{{minority/hui:朱韦里耶}}，在{{school:太平区高德小学三年级（4）班}}。小的{{minority/hui:伊玛尼}}才四岁。婆婆{{han:沙秀琴}}，经名{{minority/hui:吾麦麦}}，腿脚不好，平时帮我看小的。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：老大知道。{{minority/hui:法鲁格}}说他爸是被人欺负急了才动手的，他不怨他爸。{{minority/hui:法鲁格}}他每个月给他爸写一封信。班主任{{han:洪丽君}}老师知道这事，从来不在班上提，有一回还给他买了双棉鞋。
访谈者：您靠什么过日子？
受访者：我在{{trap/place:高德}}街上一家牛肉馆后厨干活，老板是{{minority/hui:哈穆尼尔}}，他知道我家难，让我下午三点就走，去接孩子。社区给报了低保，三个孩子按父母一方服刑的困境儿童，每人每月{{trap/number:七百二}}。社区的儿童主任{{han:丁淑芳}}帮着跑的，{{trap/org:区妇联}}过年给送过米面油。
访谈者：寺里帮过忙吗？
受访者：帮过。{{minority/hui:铁阿丹}}阿訇知道了，{{trap/minority_word:主麻}}日上跟大家说了，坊上凑了两千多。{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}寺里炸{{trap/minority_word:油香}}，都给我们家送一份。阿訇的女人{{minority/hui:海莱伊拉}}常来跟我说话，她说{{minority/hui:罕乃拜}}你得挺住，孩子们都看着你呢。
访谈者：还有谁帮过？
受访者：法律援助中心的律师{{compound:司马春旺}}帮我男人申诉过，没成，可他人好，还帮老大申请了助学金。区社工站来的是{{compound:赫连书禾}}，跟她搭班的是{{compound:闾丘禾风}}，俩人每月来一回。{{compound:赫连书禾}}给二丫头剪过头发。
访谈者：孩子们怎么样？
受访者：二丫头心细，{{minority/hui:朱韦里耶}}她见我累了，就给我倒水捶背。小的{{minority/hui:伊玛尼}}就爱跟着她奶奶学说{{trap/minority_word:色兰}}。{{minority/hui:吾麦麦}}也疼孙子，自己舍不得吃，油香都留给孩子。婆婆娘家的侄子{{han:沙守旺}}开货车，有时候捎些牛肉来。对门的{{han:穆桂珍}}婶是汉族嫁过来的，常帮我看孩子。
访谈者：孩子爸爸在里面怎么样？
受访者：一个月能打一回电话。{{han:金永胜}}说他在里头学了电焊，出来能找活儿。管教挺照顾他。去年{{trap/year:二〇二三年}}腊月我带着老大去探视，爷俩隔着玻璃哭，我在边上也哭。
访谈者：您一个人撑着这个家，累吗？
受访者：累。早上五点起来给孩子们做饭，送完学去馆子里，下午接孩子，晚上还得给婆婆熬药。有时候站着切菜都能睡着。可我不敢倒下，我倒了这个家就散了。婆婆常说，钱不是{{trap/word:金子}}打的，人才是。馆子里的姐妹们知道我家难，剩下的牛肉、面条，老板都让我拿回去。
访谈者：孩子们的功课谁管？
受访者：我没念过几年书，管不了。老大自己知道学，老师也常给他开小灶。二丫头的作业是社工来的时候帮着看。我就跟他们说，妈不识字，你们得识字，别像妈一样一辈子在后厨转。
访谈者：登记表要填地址和号码。
受访者：家在{{address:太平区高德街道回民小区7号楼3单元202室}}，婆婆的老房子在{{address:阜新县大巴镇回民营子村四组8号}}。我身份证{{id_number@wy1988.210904}}。我电话{{mobile@spaced}}，微信叫{{wechat:Hannaibai_Bai}}。老大用我的旧手机上QQ，号码是他自己记在门后头的：{{qq:30719568}}。
访谈者：婆婆对您怎么样？
受访者：好。她说儿子做了错事，儿媳妇没走，她这辈子记我的情。她腿不好，可每天都坐在门口等孩子们放学。寺里的女人们来看她，她总说她家儿媳妇是好人。有一回我发烧躺了三天，是她拄着拐给孩子们做的饭，面条煮得稀烂，孩子们也吃得香。
访谈者：表上名字写得规范吗？
受访者：不规范。经名是音译，各写各的。老大被写成{{spaced:法 鲁 格}}，二丫头被写成{{spaced:朱 韦 里 耶}}，我男人在判决书上是{{han:金永胜}}，可寺里的本子上是{{spaced:金塔 里格}}。
访谈者：您最盼什么？
受访者：盼他早点出来，一家人团圆。也盼孩子们别因为他爸的事抬不起头，学点本事，将来走正道。我常跟孩子们说，{{trap/famous:马本斋}}的娘是咋教儿子的，咱也得那样硬气。
""")

# H740: Han mother in 清河门 (阜新); her husband paralysed by a stroke, three children called by word nicknames.
DOCS["H740"] = ("family", """\
访谈者：大姐，先说说您家的情况。
受访者：我叫{{han:付桂荣}}，家在{{trap/place:清河门}}，在服装厂踩缝纫机。我家那口子{{han:郝春喜}}前年脑出血，半边身子瘫了，话也说不利索。家里三个孩子，大闺女{{han:郝雅琪}}十一，小名{{han:山楂}}；二闺女{{han:郝雅萱}}八岁，小名{{han:沙果}}；老小是小子，五岁，叫{{han:糖块}}。
访谈者：小名都挺好听的。
受访者：都是她奶奶起的，说贱名好养活。{{han:山楂}}也懂事，放学回来先给她爸翻身，再写作业。{{han:沙果}}就爱哭，一点不顺心就掉眼泪。{{han:糖块}}说他长大要当大夫，给他爸治病。
访谈者：孩子爸爸病了以后，家里靠什么？
受访者：靠我那点工资，一个月两千出头。村里给报了低保，{{han:郝春喜}}办了残疾证，一级，每月有护理补贴。村委会的{{han:孟繁年}}书记说，仨孩子可以报困境儿童，他帮着填的表。儿童主任{{han:初玉霞}}也常来，{{han:初玉霞}}说话直，来了就挽袖子帮我干活。
访谈者：还有谁帮过你们？
受访者：我娘家哥{{han:付德全}}他们家，过年过节送米送面。{{han:付德全}}那边也不宽裕，他自己在{{trap/place:阜新}}城里蹬三轮。我婆婆{{han:郑玉兰}}跟我们一块儿住，七十多了，还能做饭。邻居{{han:高永和}}都七十了，还帮我扛过煤气罐。区里的社工是{{compound:上官嘉树}}，另一个是{{compound:东方秋实}}，俩人教孩子们做手工。
访谈者：孩子们在学校怎么样？
受访者：{{han:山楂}}在{{school:清河门区第一小学五年级（3）班}}，班主任{{han:修美玲}}老师说她数学好，就是上课老走神。我知道她是惦记她爸。{{han:沙果}}在{{school:清河门区第一小学二年级（1）班}}，{{han:沙果}}她们班的{{han:衣晓红}}老师挺喜欢她，让她当小组长。{{han:糖块}}在村里幼儿园，幼儿园老师天天给我发照片。
访谈者：孩子爸爸现在恢复得怎么样？
受访者：能拄着拐走几步了。区医院康复科的{{han:矫振宇}}大夫每礼拜来一回，教他练手。{{han:郝春喜}}他急，练不好就摔东西，我说你急有啥用，{{trap/famous:愚公}}移山还得一锹一锹挖呢。
访谈者：您自己累不累？
受访者：累，咋不累。晚上把孩子们哄睡了，再给他擦身子，有时候坐着就睡着了。厂里的组长{{han:战秀云}}知道我家情况，让我不上夜班。工友{{han:隋丽芹}}她们凑了一千块钱给我，我记着呢。{{trap/word:高兴}}的事也有，{{han:山楂}}去年期末考了全班第三，我高兴得一宿没睡着。
访谈者：孩子们自己说过什么吗？
受访者：{{han:山楂}}有一回跟我说，妈，我不想念书了，我出去打工帮你。我打了她一巴掌，打完了我俩抱着哭。我说你爸倒下了，妈还站着，轮不到你。现在她再也不提了，学习比以前还用功。二闺女胆小，夜里听见她爸喊疼就往我被窝里钻。小儿子不懂事，天天问他爸啥时候能带他去河边钓鱼。
访谈者：家里的开销怎么算？
受访者：一个月吃药就得七八百，报一部分。孩子们上学倒是不花学费，可校服、资料、午饭都要钱。这些年的{{trap/word:付出}}，我不后悔。我跟厂里说能加班就加班，礼拜天还去给人家缝窗帘，一副挣二十块。过年的时候村里给送了米面油，学校还给仨孩子送了新书包。
访谈者：登记表上要地址和号码。
受访者：家在{{address:清河门区河西镇南房身村五组22号}}。我身份证{{id_number@wy1989.210905}}，我家那口子的{{id_number@my1986spaced.210905}}。我电话{{mobile@plain}}，我哥的{{mobile@h38}}。我微信叫{{wechat:fuguirong_77}}。{{han:山楂}}用她奶奶的手机上QQ，号码她写在日历上了，是{{qq:593018264}}。
访谈者：表上名字写得对吗？
受访者：常出错。残联的证上把孩子她爸写成{{spaced:郝 春 喜}}，学校表上大闺女是{{spaced:郝雅 琪}}，社工的登记本上我成了{{spaced:付　桂　荣}}，他们自己的{{compound:上官嘉树}}也成了{{spaced:上 官 嘉 树}}。
访谈者：您有没有想过放弃？
受访者：想过。他刚病那阵子，医院催交钱，家里一分没有，我站在医院走廊里不知道往哪儿走。后来亲戚们凑了一些，村里给办了大病救助，{{trap/org:乡卫生院}}也帮着联系了转诊，厂里也给捐了款，才算挺过来。现在想想，那时候要是放弃了，仨孩子咋办。日子是难，可一家人在一块儿，总比散了强。
访谈者：您对以后有什么打算？
受访者：先把孩子们拉扯大。{{han:郝雅琪}}说想考卫校，我说好，学出来能照顾你爸。
""")

# H741: Han primary-school teacher in 新邱 (阜新) going through the children in distress of her class and their parents.
DOCS["H741"] = ("school", """\
访谈者：{{han:冷秀梅}}老师，您班上有多少困境儿童？
受访者：我带{{school:新邱区实验小学五年级（2）班}}，四十二个孩子，困境的有六个。我一个一个说。
访谈者：好。
受访者：头一个是{{han:耿沐辰}}，他爸{{han:耿立东}}酒驾撞了人，判了三年。孩子跟奶奶过，他奶奶不会用微信，我就加了他姑{{han:耿丽华}}，她微信{{wechat:genglihua_xq}}。{{han:耿沐辰}}他上课不说话，下课也不跟同学玩。
访谈者：第二个呢？
受访者：第二个是{{han:佟子轩}}，爸妈都没了，车祸，跟他大爷{{han:佟国富}}过。{{han:佟国富}}家里也有俩孩子，两口子在菜市场卖豆腐。{{han:佟子轩}}享受孤儿基本生活费，一个月{{trap/number:一千四百五}}。他大爷的电话{{mobile@spaced}}，QQ我也加了，号码是他大爷念给我的，念了两遍：{{qq:1845703926}}。
访谈者：第三个？
受访者：第三个是{{han:乔欣悦}}，她妈{{han:丛晓燕}}有精神病，时好时坏，她爸{{han:乔明亮}}在外地打工。孩子跟她妈在家，她妈犯病的时候她就跑到邻居家。{{han:乔欣悦}}也会照顾人，她妈吃药都是她看着。她爸微信{{wechat:qiaomingliang1983}}，电话{{mobile@plus86dash}}。
访谈者：第四个？
受访者：第四个是留守的，{{han:蔡宇航}}，爸妈在{{trap/place:大连}}打工，跟姥姥{{han:闫桂芬}}。姥姥七十三了，眼睛不好。{{han:蔡宇航}}他妈跟我用QQ联系多，说QQ上能传照片，号码是{{qq:2670913485}}。孩子妈过年才回来一趟。
访谈者：第五个？
受访者：第五个是{{han:邹天佑}}，他爸在煤矿出了事，眼睛瞎了一只，腿也不好。他妈{{han:谭秀娟}}在家照顾他爸，还种着几亩地。{{han:邹天佑}}说他长大要当矿山的安全员。{{han:谭秀娟}}的电话{{mobile@hyphen}}，QQ号码我存在手机备忘录里了，是{{qq:743018562}}。
访谈者：第六个？
受访者：第六个是{{han:苗雨欣}}，她爸{{han:苗振江}}得了尿毒症，透析好几年了。她妈走了，跟她爸过。她爸说，不能让孩子为他耽误了念书。他的微信{{wechat:mzj_xinqiu}}。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:谷春来}}让我们建了个台账，每个孩子一个档案，班主任每月家访一次。学校跟区{{trap/org:民政局}}、团区委对接，六个孩子都报了困境儿童。我们年级的{{han:包丽丽}}老师教美术，周末免费给孩子们上课。心理老师{{compound:皇甫知夏}}每礼拜找他们谈一次，还有个支教的大学生叫{{compound:令狐守诚}}，教他们打篮球。{{compound:皇甫知夏}}说，这些孩子最怕的是被同学看出来。
访谈者：班上有没有孩子说闲话？
受访者：有过。有个孩子说{{han:耿沐辰}}他爸是劳改犯，两个人打起来了。我把全班留下来讲了一节课，讲{{trap/famous:孔融}}让梨，讲互相体谅。后来我让{{han:桑雨涵}}跟{{han:耿沐辰}}同桌，她是班长。
访谈者：您跟家长联系多吗？
受访者：多，每天都有人找我。我的工作微信是{{wechat:lengxiumei_teacher}}，家长群里有事就喊我。有时候半夜还有家长打电话，我也接，能帮就帮。我也跟孩子们说，受了委屈可以打{{trap/hotline:12355}}。
访谈者：这么多孩子，您怎么顾得过来？
受访者：顾不过来也得顾。我自己的孩子也才上初中，有时候周末去家访，就把他一块儿带上。这些孩子家里的情况，我都记在本子上，谁家缺啥、谁的药该买了、谁的生日到了，都记着。过生日的时候我买个小蛋糕，放学留下来，全班一起唱个歌。孩子们高兴，我心里也踏实。
访谈者：学校以外还有谁帮这些孩子？
受访者：社区和村委会都有人管。区里有个关爱留守儿童的项目，周末在社区活动室给孩子们上课。还有爱心企业每学期给困境的孩子发助学金，每人几百块。钱不多，可孩子们知道有人惦记着，就不一样。
访谈者：学籍上的名字有问题吗？
受访者：有。系统导出来的表，{{han:佟子轩}}成了{{spaced:佟 子 轩}}，{{han:乔欣悦}}成了{{spaced:乔　欣　悦}}，{{han:邹天佑}}成了{{spaced:邹天 佑}}，连{{compound:皇甫知夏}}老师的名字都成了{{spaced:皇 甫 知 夏}}，改了好几回才改对。
访谈者：您做这些，学校给算工作量吗？
受访者：算一点，不多。主要还是自己愿意。我小时候家里也穷，是一个老师把我从辍学的边上拉回来的，我就想，我也得这样对这些孩子。累的时候也有，一个学期下来嗓子哑了好几回，可看见孩子们一点点开朗起来，就觉得值。
访谈者：最后想说点什么？
受访者：这几个孩子都不差，就是缺个人拉一把。
""")

# H742: Uyghur grandmother in 海州 (阜新), her family from 拜城, raising the children of her son in prison.
DOCS["H742"] = ("family", """\
访谈者：奶奶，您身体还好吧？我们慢慢聊。
受访者：好，好。我叫{{minority/uyghur:图尼萨·吾拉木}}，今年六十九。老家在{{trap/place:拜城}}，{{trap/place:阿克苏}}地区的。老伴{{minority/uyghur:卡地尔·胡达拜地}}走了五年了。我们来{{trap/place:阜新}}是因为儿子{{minority/uyghur:买合苏提·卡地尔}}在{{trap/place:海州}}开了个烤肉馆。后来他跟人合伙做生意被骗了，又借了钱还不上，惹了官司，判了五年。儿媳{{minority/uyghur:海热古丽·阿不力孜}}身体不好，肝上的病，回{{trap/place:拜城}}娘家养病去了。三个孩子就跟着我。
访谈者：孩子们叫什么？多大？
受访者：大孙子{{minority/uyghur:艾海提·买合苏提}}，十二岁，我们叫他{{minority/uyghur:艾海提}}。孙女{{minority/uyghur:再吐娜·买合苏提}}，九岁。小孙子{{minority/uyghur:努斯热提买合苏提}}，六岁，叫他{{minority/uyghur:努斯热提}}。{{minority/uyghur:艾海提}}在{{school:海州区新华小学六年级（3）班}}，{{minority/uyghur:再吐娜}}在{{school:海州区新华小学三年级（2）班}}。小孙子还在上幼儿园大班。
访谈者：孩子爸爸的事，孩子们怎么看？
受访者：{{minority/uyghur:艾海提}}懂事了，他说他爸是被人骗了。学校里登记的是{{minority/uyghur:艾海提买合苏提}}，没有点，老师们念顺了。我有事就找{{han:符晓霞}}老师，她是班主任，对他好，开家长会我听不懂，她就慢慢跟我比划。{{minority/uyghur:再吐娜}}她爱唱歌，学校演出让她唱了一首{{trap/minority_word:木卡姆}}里的歌，台下的人都鼓掌。
访谈者：您靠什么过日子？
受访者：烤肉馆关了。{{minority/uyghur:买合苏提}}的朋友{{minority/uyghur:热西丁·赛麦提}}接着开了个拉面馆，让我去帮着揉面，每月给一千五。社区给我们报了低保，三个孩子按父母一方服刑报了困境儿童，每人每月{{trap/number:五百八}}。社区的儿童主任叫{{han:关雪梅}}，她跑了好多趟，户口不在这边，材料得从{{trap/place:拜城}}开。{{trap/org:区民政局}}的{{han:温凤霞}}科长给{{trap/place:拜城}}打了好几个电话才办下来。
访谈者：还有谁帮过你们？
受访者：社区请的社工叫{{compound:尉迟远舟}}，小伙子会说几句维吾尔语，孩子们喜欢他。跟他来的姑娘叫{{compound:乐正知恩}}，教{{minority/uyghur:再吐娜}}跳舞。楼下的{{han:曲桂兰}}大姐给孩子们织毛衣，{{han:曲桂兰}}她自己也是一个人带孙子。{{trap/place:拜城}}那边，孩子们的舅舅常寄{{trap/minority_word:馕}}和杏干来。
访谈者：孩子们的妈妈呢？
受访者：{{minority/uyghur:海热古丽}}每礼拜跟孩子们视频。她说病好了就回来。{{minority/uyghur:海热古丽}}也难，她娘家也不富裕，看病都是借的钱。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我做{{trap/minority_word:抓饭}}，请{{han:关雪梅}}他们来吃。我给孩子们讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:努斯热提}}听一遍笑一遍。
访谈者：孩子爸爸那边能联系上吗？
受访者：一个月一次电话。{{minority/uyghur:买合苏提}}他在里头学了烹饪，说出来接着开馆子。去年我带{{minority/uyghur:艾海提}}去看过一回，爷俩说了二十分钟的话。
访谈者：在阜新住得惯吗？
受访者：刚来的时候不惯，冬天太冷，吃的也不一样。现在好了，邻居们都熟了，{{trap/word:关心}}我们的人多。楼里的人都知道我们家是新疆来的，有人家里包了饺子，专门给我们包一盘牛肉馅的。我不会说多少汉话，孩子们就是我的翻译。小孙子最会说，出门买菜都是他跟人讲价。
访谈者：孩子们的功课怎么样？
受访者：大孙子数学好，语文差点，老师让他每天读课文给我听，我听不懂也坐着听。孙女爱画画，画的都是{{trap/place:拜城}}的杏树、{{trap/place:克孜尔千佛洞}}，她说那是她爸带她去过的地方。
访谈者：登记表要填地址和号码。
受访者：现在住{{address:海州区新华街道矿工小区8号楼1单元301室}}，老家是{{address:拜城县赛里木镇托万克吉格代村3组16号}}。我身份证{{id_number@wy1956.652926}}，大孙子的{{id_number@my2012hyphen.652926}}。我电话{{mobile@s74}}，他妈的{{mobile@plus86spaced}}。大孙子用我的手机上QQ，号码写在冰箱门上，是{{qq:1420583796}}。{{han:关雪梅}}给我注册了微信，叫{{wechat:Tunisa_wulamu}}。
访谈者：表上名字写得对吗？
受访者：乱。有的写{{spaced:艾海提 · 买合苏提}}，有的写{{spaced:再 吐 娜 · 买 合 苏 提}}，我的低保卡上是{{spaced:图尼萨 吾拉木}}，小孙子写成了{{spaced:努　斯　热　提}}。
访谈者：您自己身体怎么样？
受访者：腰疼，血糖也高，每天打针。社区医院的大夫每个月来给我量一次血压，药也是社区给送的。我就怕自己倒下，三个孩子没人管。我跟孩子们说，你们要是在外头受了欺负，就去找社区，找学校，别憋在心里。大孙子说奶奶你放心，我会照顾弟弟妹妹。
访谈者：您最盼什么？
受访者：盼儿子早点回来，盼儿媳病好。孩子们好好念书，别让人看不起。
""")

# H743: Han court clerk in 阜新 city reading from the file of a guardianship case.
DOCS["H743"] = ("court", """\
访谈者：您是书记员，能说说这个撤销监护人资格的案子吗？
受访者：可以，名字我都按卷宗念。这是{{trap/place:阜新}}中院指定我们{{trap/org:细河区人民法院}}审的，承办法官是{{compound:公孙立冬}}，我是书记员，合议庭还有人民陪审员{{han:阚玉芬}}。申请人是{{trap/org:细河区民政局}}，被申请人是孩子的父亲{{han:邢大勇}}，孩子叫{{han:邢梓涵}}，女，十岁。
访谈者：孩子的父亲做了什么？
受访者：{{han:邢大勇}}他常年酗酒，喝多了就打孩子，还把孩子一个人锁在家里三天出去打麻将。孩子的母亲{{han:欧红霞}}早年跟他离婚了，后来去了外省，联系不上。邻居{{han:褚凤琴}}报的警，派出所{{han:鲍立军}}所长带人破门进去，孩子已经饿得说不出话了。
访谈者：卷宗里还有谁的材料？
受访者：有好几个人的证言。班主任{{han:阎春华}}老师说孩子身上常有淤青；村儿童主任{{han:冀秀梅}}说她家访过七次，{{han:邢大勇}}都不开门；孩子的姑姑{{han:邢丽萍}}愿意当监护人，{{han:邢丽萍}}说她跟丈夫{{han:仇建伟}}商量好了。律师是法律援助中心的{{compound:慕容嘉树}}，她代理孩子。社工{{compound:长孙晚晴}}出了社会调查报告。
访谈者：被申请人来开庭了吗？
受访者：来了。在笔录上签字的时候他签了两遍，笔录上就是{{han:邢大勇}}{{han:邢大勇}}，审判长让他按了手印。他说他知道错了，可说完又骂了一句他前妻。
访谈者：材料上的身份信息怎么写的？
受访者：被申请人{{han:邢大勇}}，身份证{{id_number@my1978.210911}}，户籍地{{address:细河区四合镇东苇子沟村二组9号}}；孩子{{han:邢梓涵}}，身份证{{id_number@wy2014x.210911}}；监护人{{han:邢丽萍}}，身份证{{id_number@wmidfullwidth.210902}}，住{{address:海州区五龙街道和平小区3号楼4单元602室}}，电话{{mobile@p86h}}，微信{{wechat:xinglp_2019}}。孩子现在转到了{{school:海州区五龙小学四年级（5）班}}。
访谈者：表格上的名字有没有写错的？
受访者：有。派出所的出警记录把孩子写成{{spaced:邢 梓 涵}}，民政局的表上姑姑是{{spaced:邢　丽　萍}}，调查报告里社工的名字被打成了{{spaced:长 孙 晚 晴}}，还有把被申请人写成{{spaced:邢大 勇}}的。我们出裁定之前一个一个核对了。
访谈者：孩子现在怎么样？
受访者：跟着姑姑过了快一年了。法院回访的时候我去了，孩子胖了，脸上有笑模样了，还当了班里的小组长。她姑姑说，刚接过来的时候孩子半夜惊醒，一听见开门声就往床底下钻，现在好多了。区里的心理咨询师每月给她做一次辅导，费用是民政局出的。
访谈者：这种案子多吗？
受访者：不算多，一年三五件。多数是民政部门或者村委会申请，也有亲戚申请的。难在取证，孩子不敢说，邻居怕得罪人。有的邻居看见了也只敢打{{trap/hotline:12345}}反映。我们书记员要把每个人的笔录都核对清楚，名字、身份证号一个字都不能错，错了裁定就得补正。
访谈者：还有类似的案子吗？
受访者：还有一个，爷爷奶奶申请变更监护的。孩子叫{{han:栗浩铭}}，爸爸{{han:栗长顺}}在监狱，妈妈{{han:詹秀丽}}吸毒被强制隔离戒毒。爷爷{{han:栗德胜}}，身份证{{id_number@moldhyphen.210921}}，家住{{address:阜新县于寺镇烧锅营子村六组14号}}，电话{{mobile@plain}}。孩子奶奶是蒙古族，叫{{minority/mongolian:包额尔敦图雅}}，说汉话不利索，法官专门找了个翻译，叫{{minority/mongolian:斯琴朝克图}}。
访谈者：这种案子判下来以后呢？
受访者：我们会把裁定书抄送民政局和学校，民政局的{{han:阚志强}}科长每季度回访一次。{{han:阚志强}}还说去年回访了十一家，有两家又出了问题，又重新安置了。
访谈者：开庭的时候孩子来了吗？
受访者：没让她来。按规定，法官和社工去学校跟她单独谈的，我在边上记录。孩子一开始不说话，社工给她带了本画册，她画了一个房子，房子里只有她一个人。后来她说想跟姑姑住，姑姑家有个小狗。法官听完了，半天没出声。
访谈者：您做这行有什么感受？
受访者：看卷宗看多了，晚上做梦都是那些孩子。审判长{{compound:公孙立冬}}常说，法律帮得了一时，后头还得靠社会。我们庭里有个老法官讲{{trap/famous:包公}}断案的故事，说断案不难，难的是断完了孩子有人管。
""")

# H744: Han grandfather in 彰武 (阜新) raising his grandson; his son died on the road, his daughter-in-law remarried.
DOCS["H744"] = ("family", """\
访谈者：大爷，您家里现在几口人？
受访者：就我和孙子俩。我叫{{han:冯德厚}}，七十一了。老伴前年走的。儿子{{han:冯建业}}开大车，四年前在{{trap/place:京沈高速}}上出了事，人没了。儿媳{{han:葛晓丽}}改嫁到{{trap/place:通辽}}去了，走的时候孙子才六岁。
访谈者：孙子现在多大了？
受访者：十岁，叫{{han:冯子豪}}，在{{school:彰武县章古台镇中心小学四年级（2）班}}。小名叫{{han:犁杖}}，我给起的，庄稼院的孩子，说庄稼人离不了犁。{{han:犁杖}}他爱看书，跟他爸小时候一个样。
访谈者：您一个人带孩子，难处在哪儿？
受访者：难处多。我腰不好，种不了几亩地。村里给报了低保，孙子吃孤儿基本生活费，每月{{trap/number:一千三百一}}。村书记{{han:贾长林}}说，你们家的事就是村里的事。{{han:贾长林}}他过年还给我们送对联、送饺子。儿童主任{{han:苏凤莲}}每月来一趟，看看孩子的作业，问问缺啥。
访谈者：亲戚们帮忙吗？
受访者：我闺女{{han:冯秀珍}}嫁在{{trap/place:阜新}}城里，礼拜天回来给孙子洗衣服。{{han:冯秀珍}}她自己也有俩孩子。我兄弟{{han:冯德兴}}家在后屯，农忙的时候他儿子{{han:冯守业}}过来帮我收苞米。
访谈者：邻居们呢？
受访者：邻居好几家都是蒙古族。东院{{minority/mongolian:布仁吉雅}}大姐常给孙子送奶豆腐，西院的{{minority/mongolian:金格根}}开着三轮子送孙子上学。孙子跟{{minority/mongolian:布仁吉雅}}家的孩子学了几句蒙古话，回来跟我显摆。后院的{{han:田福生}}老两口也常来坐坐。
访谈者：孙子在学校怎么样？
受访者：班主任{{han:任丽华}}老师说他成绩中上，就是不爱说话。学校的{{han:黄振国}}校长知道我们家的事，免了他的伙食费。有一回开家长会，别的孩子都是爸妈去，我去了，孙子低着头，{{han:任丽华}}老师就让他上台念他写的作文，题目叫《我的爷爷》，念完了全班都鼓掌。
访谈者：有社工来过吗？
受访者：县里社工站的{{compound:巫马清扬}}来过三回，带着孙子去{{trap/place:章古台}}看过治沙的林子。还有一个是{{compound:段干知行}}，他帮孙子报了个夏令营，去了{{trap/place:大连}}看海，回来说了半个月。
访谈者：您最担心的是什么？
受访者：担心我走了孙子咋办。我跟{{han:冯秀珍}}说好了，我要是走了，孩子就跟她。{{han:冯秀珍}}说爹你放心。
访谈者：孩子想他妈妈吗？
受访者：想，不说。有一回我看见他翻他妈的照片。{{han:葛晓丽}}一年打两三回电话，过年给寄五百块钱。我不怨她，她还年轻，得过日子。
访谈者：您平时怎么照顾孙子的生活？
受访者：早上五点半起来给他做饭，蒸个鸡蛋，熬点小米粥。他中午在学校吃，晚上回来我给他炒个菜。衣服我洗不干净，他自己也会洗了。冬天屋里冷，我把炕烧得热热的，让他在炕上写作业。他写作业我就坐边上看，看不懂也看，他说爷爷你陪着我就不困了。
访谈者：孙子有什么爱好？
受访者：爱看书，爱下象棋。象棋是我教的，现在我下不过他了。村里有个图书角，他每礼拜都去借书，什么书都看。他说长大想当警察，{{trap/word:宁可}}少玩也要把书念好，说他爸出事那回是警察叔叔把他爸送到医院的。
访谈者：您年轻时候是做什么的？
受访者：种了一辈子地，年轻的时候还在{{trap/place:章古台}}栽过树，那会儿风沙大，一刮起来天都是黄的。现在林子长起来了，沙子也不跑了。我常跟孙子说，树是一棵一棵栽的，日子也是一天一天过的，急不得。
访谈者：登记表上要地址和号码。
受访者：家在{{address:彰武县章古台镇西沙坨子村二组31号}}。我身份证{{id_number@my1954.210922}}，孙子的{{id_number@my2014x.210922}}。我电话{{mobile@spaced}}，闺女的{{mobile@fws}}。孙子有个QQ，说跟同学对作业用的，号码他写在铅笔盒盖子里，我念给你：{{qq:2519364078}}。
访谈者：表上名字写得对吗？
受访者：出过错。低保卡上我是{{spaced:冯 德 厚}}，学校表上孙子是{{spaced:冯　子　豪}}，闺女的银行卡上是{{spaced:冯秀 珍}}。社工站的回访单上，{{compound:巫马清扬}}也被打成了{{spaced:巫　马　清　扬}}。
访谈者：最后您还想说点什么？
受访者：{{trap/famous:孟母}}三迁为了孩子，我这把老骨头也得为孙子撑着。盼他好好念书，将来有出息。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=737,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
