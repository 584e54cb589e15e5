# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 73 (tests/pii/holdout73/H569-H576 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 72, written at the same time by another
writer, is not an earlier set).

Set 73 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
洮南 (白城, 吉林), lamed when his tractor overturned, whose wife died of stomach cancer, raising a daughter and a son
with his old mother; a Jiarong Tibetan grandmother in 小金 (阿坝) whose son was killed by a mudslide on a building site
and whose daughter-in-law remarried in 丹巴; a Hui grandmother in 隆化 (承德, 河北) whose son is in prison for a
drunk-driving crash and whose daughter-in-law went back to 围场; a Han mother in 法库 (沈阳) whose husband was
paralysed in a quarry and whose three children go by word nicknames; a Han primary-school teacher at a boarding
school in 改则 (阿里) who reaches herder parents, a prisoner's wife and a Han uncle on WeChat and QQ; a Uyghur
grandfather from 吐鲁番 selling dried fruit in 烟台 (山东), his son on dialysis at home and the grandchildren with him;
a Han court clerk in 黑水 (阿坝) reading from the file of a guardianship and child-support case; and a Han grandmother
in 威海 (山东) raising an epileptic granddaughter whose father is at sea and whose mother remarried in 大连.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (索伦毕力格, 宝鲁其其格, 达楞巴特尔, 温都苏图雅, 通拉嘎苏和,
额尔德尼满都拉) with short forms after the full name (索伦, 宝鲁和达楞, 阿日本跑前跑后) and a Han surname before a
Mongolian given name (韩阿日本); Jiarong and Ngari Tibetan names (格尔玛拉姆, 泽郎尔甲, 木初拉姆她, 更登尼玛说,
仁青俄尔基, 三木初措, 单增旺久, 欧珠旺堆, 朗杰旺姆她, 塔杰罗布, 泽旺俄木, 俄木初) with short forms (泽尔基她, 郎卡他,
单增他爸), a Han surname before a Tibetan given name (杨郎卡 on the school roll) and the Han names of Tibetans
(杨秀芬, 杨春兰, 王春莲); Hui Han-form names (白凤兰, 白永胜他, 白子轩, 沙桂荣, 金玉堂, 马海霞) beside 经名 used alone
(法蒂哈, 扎克利亚他爸, 苏玛娅还, 赛弗丁阿訇, 沙比尔) and a Han surname before an Arabic name (海阿丝玛师娘,
米拉赫曼家, 马纳菲萨); Uyghur given name + father's name with and without the dot (吐鲁洪·依克山,
阿布力克木·依克山 and 阿布力克木依克山, 萨依娜古丽·依克山, 阿瓦汗·司马义 with 司马 inside it) and short forms
(依克山他, 阿布力克木他, 萨依娜, 祖农他); Han word nicknames, annotated whole (锁头都, 麦苗也, 雪球就, 小雨她, 小木);
Han names with common and rare surnames (李, 佟, 鞠, 于, 孙, 刘, 王, 杨, 蒲, 余, 谢, 郝, 冯, 孟, 沙, 谭, 吕, 富, 隋, 崔, 关,
蒋, 罗, 简, 龚, 冉, 姜, 宫, 衣, 曲, 初, 逄, 晏, 昝, 母, 熊, 丛, 毕, 谷, 戚, 汤, 邹, 车), with titles and kin words (于春山科长,
刘桂霞大夫, 付国良所长, 佟桂荣婶, 宫秀梅姨, 张德全大哥, 车秀兰大姐; the span is the name only), names that contain
or end in words (毕海洋, 梁国栋, 王占山, 周长生, 邓光明, 孙福来, 赵满囤, 姜海鸥), a name written twice on a form
(苏建林苏建林), names directly before particles and verbs (李春旺就, 赵满囤他, 王占山家, 吕淑琴那边, 关永发他们家, 鞠晨阳就,
梁国栋他, 昝玉兰她, 何梓萱她, 龚德厚他) and after 叫/是/给/跟/和/找/让 (叫佟秀娟, 是宇文子骞, 给曲建波, 跟戚美玲,
和皇甫俊逸, 找边巴卓嘎, 让周长生); names spaced out in half- and full-width spaces, a dotted name with spaces around
the dot and names split in two; compound surnames after ordinary words; and numbers written the many ways people
do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:佟秀娟}}``, ``{{qq:2718405963}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011spaced.220881}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇, 师娘,
大姐, 大哥, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a word nickname (锁头, 麦苗, 雪球, 小雨, 小木) is annotated whole. Han-style names
of Tibetan and Hui people (杨秀芬, 王春莲, 白凤兰) are category han; a Han surname before a non-Han given name (韩阿日本,
杨郎卡, 海阿丝玛, 米拉赫曼) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout73/make_holdout73.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(73_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["131", "133", "137", "139", "150", "153", "156", "158", "166", "175", "178", "181", "186",
                   "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H569: Mongolian father in 洮南 (白城, 吉林), lamed in a tractor accident, his wife dead of stomach cancer.
DOCS["H569"] = ("family", """\
访谈者：大哥，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:索伦毕力格}}，今年四十四，屯里人都喊我{{minority/mongolian:索伦}}。家在{{trap/place:洮南}}西北边的蒙古族乡，离{{trap/place:白城}}八十多里地。我媳妇{{minority/mongolian:伊拉贡高娃}}前年得了胃癌，在{{trap/place:长春}}住了俩月院，钱花光了，人也没留住。家里就剩我、我妈{{minority/mongolian:温都苏图雅}}，还有俩孩子。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:宝鲁其其格}}十四，在{{school:洮南市第三中学初二（5）班}}住校；小子{{minority/mongolian:达楞巴特尔}}九岁，在{{school:胡力吐乡中心小学三年级（2）班}}。家里叫他俩{{minority/mongolian:宝鲁}}和{{minority/mongolian:达楞}}。{{minority/mongolian:宝鲁}}懂事，周末回来就做饭；{{minority/mongolian:达楞}}就是淘，跟他姐学喂鸡，能把鸡食撒一院子。
访谈者：您自己身体怎么样？
受访者：这条腿不行了。{{trap/year:2021年}}秋天开四轮子往地里拉粪，翻到沟里，压断了腿骨，走道一瘸一拐。{{trap/org:市残联}}给办了残疾证。地还种着，二十来亩苞米，重活干不了，都是我表弟{{minority/mongolian:格根朝鲁}}开车来帮着种、帮着收。{{minority/mongolian:格根朝鲁}}他自己家六十亩地，从来不跟我要一分钱。
访谈者：这几年谁帮过你们？
受访者：村支书{{minority/mongolian:韩阿日本}}，他是蒙古族，随了他姥爷家的汉姓。{{minority/mongolian:阿日本}}跑前跑后给我们家报了低保，一个月{{trap/number:七百四}}。俩孩子后来按困境儿童报上去，每人每月又有{{trap/number:四百六}}。村里的儿童主任叫{{han:佟秀娟}}，一个月来两趟，问孩子们缺啥。她也是苦出身，知道没妈的孩子啥滋味。乡里的民政助理{{han:鞠振海}}入户核过两回，市{{trap/org:民政局}}的{{han:于春山}}科长年根底下来送过米面油。
访谈者：学校那边呢？
受访者：闺女的班主任{{han:孙丽芝}}老师给她申请了助学金。学校还有个蒙古族老师{{minority/mongolian:希日莫塔娜}}，教音乐的，教孩子拉{{trap/minority_word:四胡}}，不收钱。小子的老师{{han:王德旺}}说{{minority/mongolian:达楞}}上课老走神，画的画里有个女的，穿着{{trap/minority_word:蒙古袍}}，他说那是他妈。
访谈者：还有别人来过吗？
受访者：市里社工站来过俩，一个叫{{compound:闾丘晓婷}}，跟她一块儿的是{{compound:宇文子骞}}。{{compound:闾丘晓婷}}给闺女带了几本书，还帮她找了个大学生在网上辅导英语。乡卫生院的{{han:刘桂霞}}大夫给我妈量血压、开药。前院{{minority/mongolian:通拉嘎苏和}}家有台收割机，秋天顺手把我家的也收了。屯里开小卖部的{{han:王占山}}跟我说，赊账不着急还，{{han:王占山}}家的媳妇还常给孩子们送冻梨。
访谈者：您母亲身体呢？
受访者：七十二了，血压高。{{minority/mongolian:温都苏图雅}}她每天早上还熬茶、泡{{trap/minority_word:炒米}}，给孩子们讲{{trap/famous:嘎达梅林}}的故事。过{{trap/minority_word:查干萨日}}的时候，她给孩子们做{{trap/minority_word:蒙古馅饼}}，说孩子他妈在的时候最爱吃这个。
访谈者：一年到头，最难的是啥时候？
受访者：冬天和开学。冬天屋里冷，烧炕得买煤，一冬天三吨多，光煤钱就两千来块。我腿不行，上不了房扫雪，都是闺女放假回来扫。开学那阵子，闺女住校要交伙食费、资料费，小子要买本子、买校服，我就得去信用社贷点款，等秋天卖了粮再还上。去年粮价掉了，我在粮站门口蹲了一上午，最后还是卖了，不卖孩子开不了学。
访谈者：孩子们知道家里难吗？
受访者：知道。闺女从来不跟我要零花钱，学校发的牛奶她舍不得喝，揣回来给她弟弟。有一回我看她鞋底子磨穿了，还垫着硬纸壳上学，我心里跟刀割似的。小子嘴上不说，晚上睡觉老是摸他妈的枕头，那枕头我一直没舍得扔。
访谈者：孩子他妈那边的亲戚呢？
受访者：她哥{{minority/mongolian:额尔德尼满都拉}}在{{trap/place:通辽}}开饭馆，每年开学给俩孩子打两千块钱。{{han:鞠振海}}说这个钱不算收入，不影响低保。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:洮南市胡力吐乡哈拉沁村三组17号}}，我妹在白城租的房是{{address:洮北区新华街道向阳小区5号楼2单元402室}}。我身份证{{id_number@my1980.220881}}，闺女的{{id_number@wy2011spaced.220881}}。我电话{{mobile@plain}}，{{han:佟秀娟}}的电话{{mobile@hyphen}}。我的微信是闺女给注册的，叫{{wechat:suolun_bilige74}}。闺女有个QQ，她说跟老师要作业用，号码她记在我烟盒上了，我看看——{{qq:2093746185}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:索 伦 毕 力 格}}，闺女在学校名单上是{{spaced:宝鲁　其其格}}，小子写成了{{spaced:达　楞　巴　特　尔}}，死亡证明上孩子他妈是{{spaced:伊拉贡 高娃}}。
访谈者：最后您想说啥？
受访者：盼俩孩子把书念出来。闺女说她想当大夫，说要是早点查出来，她妈就不会走。
""")

# H570: Tibetan grandmother in 小金 (阿坝), her son killed by a mudslide, his wife remarried in 丹巴.
DOCS["H570"] = ("family", """\
访谈者：阿婆，您慢慢说，我们不着急。
受访者：我叫{{minority/tibetan:格尔玛拉姆}}，汉名{{han:杨秀芬}}，六十九了。我们是嘉绒人，家在{{trap/place:小金}}县城往{{trap/place:四姑娘山}}那边的山上。儿子{{minority/tibetan:泽郎尔甲}}前年夏天在工地上，泥石流下来，人就没了。儿媳{{minority/tibetan:木初拉姆}}第二年嫁到{{trap/place:丹巴}}去了，留下两个娃娃跟我。
访谈者：出事那天的情况，您还记得吗？
受访者：记得，咋会忘。那天下了一夜的雨，早上村里的喇叭就喊，说沟里的路断了。到了下午，工地上的人打电话来，说人被埋了。我背着孙子往沟里跑，跑到一半腿就软了，是村里的年轻人把我架回来的。挖了两天才挖出来。孙女那年十岁，她不哭，就守着她爸的遗像坐了一晚上。后来工地上赔了一些钱，大半拿去还了盖房子欠的账，剩下的我存在信用社，说好了是给两个娃娃念书的，谁也不能动。
访谈者：孩子们多大？叫什么？
受访者：孙女{{minority/tibetan:泽尔基拉姆}}十二岁，我喊她{{minority/tibetan:泽尔基}}，在{{school:小金县美兴小学六年级（3）班}}。孙子{{minority/tibetan:郎卡泽仁}}八岁，{{minority/tibetan:郎卡}}就跟着姐姐在一个学校，读二年级，学籍上写的是{{minority/tibetan:杨郎卡}}。{{minority/tibetan:泽尔基}}她懂事，放学回来先去背柴。
访谈者：家里靠什么过日子？
受访者：两亩地，种点苞谷、洋芋，还有几棵花椒树，院坝边上两棵{{trap/word:杨树}}是孩子他爸小时候栽的。村里给我报了低保，两个娃娃报了孤儿基本生活费，每人每月{{trap/number:一千二百五}}。这是村支书{{minority/tibetan:更登尼玛}}帮着跑的，他去{{trap/org:县民政局}}跑了三趟。{{minority/tibetan:更登尼玛}}说，娃娃的钱是娃娃的，别拿去还账。
访谈者：谁常来看你们？
受访者：村里的儿童主任{{minority/tibetan:斯满卓玛}}，她汉名叫{{han:杨春兰}}。她每个礼拜都来，给娃娃剪指甲、看作业。乡上管民政的{{han:蒲国强}}是汉族，人实在。{{trap/org:乡卫生院}}的{{han:罗文华}}大夫给我看风湿，药费能报。县上社工站来过两个年轻人，女的叫{{compound:拓跋雨晴}}，男的是{{compound:长孙志远}}，他们给孙子带了一双运动鞋。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:谢丽君}}老师说她作文写得好，写她爸爸，写得老师都哭了。{{minority/tibetan:郎卡}}他就爱跳{{trap/minority_word:锅庄}}，学校搞活动他跳在最前面。他的老师{{han:苏建平}}说这娃娃胆子大，就是数学差。
访谈者：娃娃们住校吗？
受访者：孙女住校，礼拜五下午回来，礼拜天下午走，山路要走一个多钟头。孙子小，每天早上我送他到村口坐校车。学校里吃得好，早上有鸡蛋牛奶，中午有肉，孙女说比家里吃得好，我听了又高兴又难受。
访谈者：孩子的妈妈还来吗？
受访者：来过一回，过{{trap/minority_word:藏历年}}的时候，带了新衣服。{{minority/tibetan:木初拉姆}}她也难，新家里又有了娃娃。我不怪她。她走的时候孙子抱着她的腿不放，我拉了半天才拉开。
访谈者：亲戚们帮忙吗？
受访者：我侄儿{{minority/tibetan:仁青俄尔基}}在{{trap/place:成都}}开车，每年给娃娃寄学费。我妹妹{{minority/tibetan:三木初措}}住在隔壁村，农忙的时候来帮我挖洋芋。邻居{{han:余德贵}}他们家有摩托，下雨天送娃娃去学校。村医{{han:周长生}}住得近，孙子半夜发烧，我就去拍他家的门，让{{han:周长生}}给看看，他从来不嫌烦。
访谈者：您身体还好吗？
受访者：腿不好，上坡下坎吃力。家里还养了两头猪、十几只鸡，喂猪要背猪草，背一趟歇三回。冬天山上冷，屋里烧柴，柴是孙女周末上山捡的，她背的比我还多。早上起来打{{trap/minority_word:酥油茶}}，晚上给娃娃讲{{trap/famous:格萨尔王}}的故事。我怕我哪天走不动了，两个娃娃咋办。村支书说，有村里，有政府，阿婆你放心。
访谈者：表上要填地址和号码。
受访者：家在{{address:小金县美兴镇木栏村三组8号}}，住了四十年了。我的身份证{{id_number@wy1956.513227}}，孙女的{{id_number@wy2013.513227}}。我没手机，打{{han:杨春兰}}的，{{mobile@spaced}}，或者打我侄儿的{{mobile@plus86}}。{{han:杨春兰}}的微信是{{wechat:ChunlanYang_xj}}。孙女用她表姐的旧手机上QQ，号码写在她课本封皮上：{{qq:739502814}}。
访谈者：名字在表上写对了吗？
受访者：写得五花八门。有一张表把孙女写成{{spaced:泽 尔 基 拉 姆}}，孙子写成{{spaced:郎卡 泽仁}}。我自己在低保名册上是{{spaced:格　尔　玛　拉　姆}}，另一张又写成{{spaced:杨　秀　芬}}。
访谈者：您最盼什么？
受访者：盼娃娃们平平安安，念书念出去，莫像她爸那样出去卖苦力。
""")

# H571: Hui grandmother in 隆化 (承德, 河北); her son in prison, his wife gone, two grandchildren.
DOCS["H571"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：三口，我和俩孙子孙女。我叫{{han:白凤兰}}，经名{{minority/hui:法蒂哈}}，今年六十七。家在{{trap/place:隆化}}县城东边，离{{trap/org:清真寺}}不远。老头子{{han:白万山}}走了五年了。儿子{{han:白永胜}}前年喝了酒开车撞了人，判了四年，在{{trap/place:承德}}服刑。儿媳{{han:闫丽莎}}不是回民，出了事就回了{{trap/place:围场}}娘家，再没来过。
访谈者：孩子们叫什么？
受访者：孙子{{han:白子轩}}，经名{{minority/hui:扎克利亚}}，十一岁；孙女{{han:白梦瑶}}，经名{{minority/hui:苏玛娅}}，七岁。寺里的人都喊{{minority/hui:扎克利亚}}，学校里喊{{han:白子轩}}，这孩子俩名字俩用处。{{minority/hui:苏玛娅}}还小，啥也不懂，就知道跟着哥哥跑。
访谈者：孩子们上学怎么样？
受访者：孙子在{{school:隆化县第二小学五年级（4）班}}，孙女在{{school:隆化县回民小学一年级（3）班}}。孙子的班主任{{han:郝淑芬}}老师知道家里的事，不让同学乱说。有一回班上一个孩子说{{minority/hui:扎克利亚}}他爸是劳改犯，他跟人打起来了，老师把俩孩子叫到一块儿，说清楚了，后来再没人提。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:冯玉霞}}，她给俩孩子报了事实无人抚养，每人每月{{trap/number:一千一百八}}。我报了低保。县{{trap/org:民政局}}的{{han:孟宪波}}来家里核过，说手续齐了就能下来。寺里开学阿訇是{{han:金玉堂}}，他的经名叫{{minority/hui:赛弗丁}}，{{minority/hui:赛弗丁}}阿訇每回散{{trap/minority_word:乜贴}}，都给我们家留一份。寺里管女学的{{minority/hui:海阿丝玛}}师娘教孙女念{{trap/minority_word:清真言}}。
访谈者：邻居们呢？
受访者：隔壁{{minority/hui:米拉赫曼}}开牛肉铺子，隔三岔五送块肉过来，说孩子长身体，{{trap/word:马上}}就是大小伙子了。他媳妇{{han:沙桂荣}}也好，孙女发烧那天半夜，是{{han:沙桂荣}}跟我一块儿抱着上的医院。前街的{{han:张德全}}大哥是汉族，帮我换过煤气罐，修过房顶。县社工站的{{compound:公孙雅静}}和{{compound:皇甫俊逸}}每个月来一趟，小伙子带着孙子打篮球。
访谈者：寺里的人常来吗？
受访者：常来。{{minority/hui:赛弗丁}}阿訇的老伴{{minority/hui:马纳菲萨}}隔几天就来坐坐，给我带点{{trap/minority_word:粉汤}}。米家的小子{{minority/hui:沙比尔}}跟孙子一般大，俩孩子天天一块儿上学，那孩子就是孙子的影子。有时候我顾不过来，就让{{minority/hui:米拉赫曼}}家帮着照看孙女，{{han:沙桂荣}}说，都是一个坊上的，不用客气。
访谈者：孩子爸爸那边呢？
受访者：每个月我带俩孩子去看他一回。{{han:白永胜}}他在里头学了电焊，说出来好好干。{{minority/hui:扎克利亚}}不爱去，去了也不说话。孙女隔着玻璃跟她爸比划，比划完了回来就哭。
访谈者：撞人的事，赔偿怎么办的？
受访者：人家是个骑电动车的老汉，腿断了，住了半年院。法院判了赔三十多万，保险赔了一部分，剩下的我把老头子留下的铺子卖了，又跟亲戚借了些，才赔上。人家老汉的儿子来过我家，看了看我们这一老两小，说剩下的两万不要了。我给人家磕了头。现在还欠着亲戚们六万多，我一个月还一点，还不完就让孙子长大了接着还，欠人家的不能赖。
访谈者：您每天怎么过？
受访者：早上五点起来做礼拜，做完了给孩子们做饭，送孙女上学。{{trap/word:白天}}在家收拾、洗衣裳，下午去寺里帮着择菜，寺里办事情的时候给我几十块钱。晚上孩子们写作业，我就坐在边上，字我不认得，可我看着他们写，他们就不敢偷懒。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，孩子们穿新衣服去寺里。我给他们讲{{trap/famous:马本斋}}打鬼子的事，讲{{trap/famous:董存瑞}}在咱隆化炸碉堡的事，说做人得有骨气。孙子说他长大要当兵。
访谈者：您身体怎么样？
受访者：糖尿病，一天打两回针。{{trap/org:县医院}}的{{han:马海霞}}大夫是回民，跟我说话不嫌烦，一个月给我开一回药。我就怕我倒下了，俩孩子没人管。社区的人说，真到那一天，还有政府。
访谈者：表上要填地址和电话。
受访者：家在{{address:隆化镇北关社区清真南巷3排11号}}，房子是老头子在的时候盖的。我的身份证{{id_number@wy1958.130825}}，孙子的{{id_number@my2014hyphen.130825}}。我电话{{mobile@s434}}，{{han:冯玉霞}}的{{mobile@plus86dash}}，她微信是{{wechat:fengyuxia_lh}}。孙子拿我手机上QQ，跟他同学一块儿做作业，号码他写在冰箱门上了：{{qq:５８０２７４１９３}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。低保表上我是{{spaced:白 凤 兰}}，孙子在学校表上是{{spaced:白　子　轩}}，寺里的名单上孙子是{{spaced:扎 克 利 亚}}，孙女是{{spaced:苏玛 娅}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人团圆。盼俩孩子别学坏，好好念书。
""")

# H572: Han mother in 法库 (沈阳); husband crippled in a quarry, three children known by word nicknames.
DOCS["H572"] = ("family", """\
访谈者：大姐，您家的情况说说吧。
受访者：我叫{{han:谭玉梅}}，三十九，家在{{trap/place:法库}}县城南边的屯子里。我家那口子{{han:吕长顺}}前年在采石场让石头砸了，腰椎断了，下半身没知觉，现在就在炕上躺着。家里三个孩子，大的十三，二的十岁，老三才五岁。
访谈者：采石场那边赔了吗？
受访者：赔了一点就不赔了。老板说是他自己不小心，给了三万块钱，后来人就找不着了，听说场子也转给别人了。我去县里问过，人家说得打官司，打官司得请律师，我哪有那个钱。后来县里的法律援助给了个律师，官司是赢了，可老板名下没东西，判了也执行不回来。这事我现在都不愿意提，一提就睡不着。
访谈者：孩子们叫什么？
受访者：大小子大名{{han:吕浩铭}}，小名{{han:锁头}}；二丫头{{han:吕欣悦}}，小名{{han:麦苗}}；老三{{han:吕欣然}}，我们都管她叫{{han:雪球}}，冬天生的，脸圆乎乎的。{{han:锁头}}都懂事了，放学先给他爸翻身；{{han:麦苗}}也能做饭；{{han:雪球}}就跟在我屁股后头转。
访谈者：孩子们在哪儿上学？
受访者：{{han:锁头}}在{{school:法库县第四初级中学初一（2）班}}，{{han:麦苗}}在{{school:叶茂台镇中心小学四年级（1）班}}。大小子的班主任{{han:富丽萍}}老师对他好，天冷了给他买了件羽绒服。{{han:麦苗}}她们班的{{han:隋金凤}}老师说孩子作文写她爸，写得全班都哭了。
访谈者：这几年谁帮过你们？
受访者：村支书{{han:赵满囤}}说，这样的家得帮。{{han:赵满囤}}他跑了两趟乡里，给我们家报了低保，一个月{{trap/number:一千零九十}}。我家那口子报了重度残疾，{{trap/org:县残联}}给了个轮椅和气垫床。村里的儿童主任{{han:崔秀云}}给仨孩子报了困境儿童，一个月每人{{trap/number:三百五}}。她还帮大小子申请了“雨露计划”。乡民政所的{{han:付国良}}所长说，{{han:雪球}}还小，等上学了再申请助学金。
访谈者：亲戚邻居呢？
受访者：亲戚邻居都挺{{trap/word:关心}}我们。我娘家弟弟{{han:谭玉林}}在沈阳开出租，一个月给五百。邻居{{han:关永发}}他们家有三轮车，我去县里给孩子他爸拿药，都是他拉着。他媳妇{{han:佟桂荣}}婶常送把菜过来。我大姑姐{{han:吕淑琴}}那边日子也难，顾不上我们。
访谈者：社工来过吗？
受访者：来过。县里社工站的，一个叫{{compound:申屠雪梅}}，还有一个小伙子叫{{compound:司徒明轩}}。{{compound:申屠雪梅}}来了先跟孩子他爸唠，说得他爸哭了一场，说憋在心里的话这回说出来了。小伙子教孩子打乒乓球。
访谈者：您自己呢？
受访者：我在镇上饭店洗碗，一天八十。早上四点起来给一家子做饭，给他爸擦洗，再去上班。累是累，可我不能倒。那回我在饭店晕倒了，是老板娘打的{{trap/hotline:120}}。那几天大小子没去上学，在家伺候他爸，他才十三。
访谈者：孩子他爸心情怎么样？
受访者：刚出事那年，他不吃不喝，说拖累我们娘几个，还说过不想活了。我把三个孩子领到炕前，让他看，我说你看看，你走了他们咋办。后来他慢慢缓过来了，躺着也能帮孩子们听写生字、背乘法口诀。现在他在炕上编筐，一个月能卖个二三百，他说挣得少，可这钱是他自己挣的。
访谈者：孩子们有啥爱好？
受访者：{{han:麦苗}}爱唱歌，学校排{{trap/minority_word:二人转}}让她唱一段。老三爱画画，画的都是一家五口在{{trap/place:辽河}}边上放风筝。我们这儿有{{trap/place:叶茂台}}辽墓，{{han:锁头}}说他长大要考古，去挖{{trap/famous:萧太后}}的墓。
访谈者：登记表要写地址和号码。
受访者：家在{{address:法库县叶茂台镇三家子村五组32号}}，我弟弟在沈阳住{{address:于洪区北陵街道丰收小区9号楼3单元501室}}。我的身份证{{id_number@wy1986.210124}}，我电话{{mobile@s38}}，{{han:崔秀云}}的电话{{mobile@plain}}，她微信叫{{wechat:cuixiuyun_fk}}。{{han:锁头}}有个QQ，是他们老师让建的，交作业用，号码我背不下来，他写在门框上了：{{qq:1604839527}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:谭 玉 梅}}，孩子他爸是{{spaced:吕　长　顺}}，学校的表把二丫头写成了{{spaced:吕欣 悦}}，老三写成了{{spaced:吕 欣 然}}。
访谈者：您最盼什么？
受访者：盼孩子他爸能坐起来，盼仨孩子都能念出书去。
""")

# H573: Han primary-school teacher at a boarding school in 改则 (阿里); herder parents and migrants on WeChat and QQ.
DOCS["H573"] = ("teacher", """\
访谈者：蒋老师，您在改则教了几年书了？
受访者：七年了。我叫{{han:蒋晓雯}}，老家{{trap/place:南充}}，师范毕业考到{{trap/place:阿里}}，分到{{trap/place:改则}}县城的寄宿制小学。我们学校四百多个娃娃，大多是牧区的，一学期回一次家。我带五年级，班上有六个困境儿童，我一个一个跟您说。
访谈者：好，您说。
受访者：头一个{{minority/tibetan:单增旺久}}，十一岁，妈妈生他妹妹的时候大出血没了，爸爸{{minority/tibetan:欧珠旺堆}}在{{trap/place:物玛}}那边放牦牛，离县城三百多公里。{{minority/tibetan:单增}}他爸没有智能手机，有事我先找{{minority/tibetan:边巴卓嘎}}，她是乡里的儿童主任，骑摩托去草场上找人。她的微信是{{wechat:bianbazhuoga_gz}}，她一般晚上才回。
访谈者：孩子在学校怎么样？
受访者：这孩子就是不说话，刚来那年，晚上躲在被窝里哭。生活老师{{han:罗春红}}陪他睡了一个礼拜。现在好多了，篮球打得好，她说他个子蹿得快，校服一年换两回。他按孤儿报了基本生活费，县{{trap/org:民政局}}的{{han:唐立新}}来学校核过。
访谈者：第二个呢？
受访者：{{minority/tibetan:琼珠}}，女孩，十岁。爸爸{{minority/tibetan:塔杰罗布}}因为打架伤人，在{{trap/place:拉萨}}服刑；妈妈{{minority/tibetan:朗杰旺姆}}去{{trap/place:狮泉河}}打工，在饭馆洗碗。{{minority/tibetan:朗杰旺姆}}她每个礼拜天晚上跟孩子视频，用我的手机。她的微信叫{{wechat:Langjie_wm88}}，QQ是{{qq:2718405963}}，有时候微信没信号，QQ倒能上。
访谈者：牧区家长都用微信吗？
受访者：年轻的用，老的不会。我们班有个家长微信群，四十多个家长，能说上话的也就二十来个。好多家长发语音，说的是藏语，我听不懂，就请班上的孩子帮我翻。孩子翻得快，有时候还偷偷加一句“老师，我阿爸说让我多吃饭”，全班都笑。草场上信号不好，一条语音隔三天才到，我发的放假通知，有的家长放了假才看见，孩子就在学校多住几天，我们几个老师轮流陪着。第三个孩子{{minority/tibetan:仁增卓嘎}}跟奶奶过，奶奶不识字，家里有事找她舅舅{{minority/tibetan:次仁平措}}，舅舅在乡里开小卖部，QQ号我存着：{{qq:3392064718}}。乡里开学前，他会在QQ上问我娃娃缺啥。
访谈者：班上也有汉族孩子吗？
受访者：有。{{han:何梓萱}}，十岁，爸妈原来在县城开川菜馆，离了婚，妈妈回了{{trap/place:遂宁}}，爸爸{{han:何建川}}去{{trap/place:那曲}}跑车，孩子跟她大伯{{han:何建国}}过。大伯也忙，孩子的衣服常常是脏的。她大伯的微信是{{wechat:hejianguo_scc}}。{{han:何梓萱}}她就爱跟藏族同学玩，藏语说得比我还好。
访谈者：学校里谁帮着照顾这些孩子？
受访者：校长{{han:邓光明}}，他来{{trap/place:改则}}十五年了。校医{{han:简海涛}}管孩子们吃药、看高原反应。心理老师是{{compound:夏侯思琪}}，每个礼拜给这几个娃娃上一次小组课。还有一个援藏老师叫{{compound:端木清源}}，带孩子们画画、唱歌。心理老师说，那个女孩画的房子都没有门。
访谈者：还有两个呢？
受访者：{{han:龚子豪}}，爸爸在工地上摔死了，妈妈改嫁，跟爷爷{{han:龚德厚}}过。{{han:龚德厚}}他在县城扫大街，电话{{mobile@hyphen}}。最后一个是{{minority/tibetan:拉姆次仁}}，爸妈都在外头挖{{trap/minority_word:虫草}}，一走三个月，留守。她叔叔QQ{{qq:1873520649}}，每回我发的通知，他都回个“好”。
访谈者：寒暑假孩子们怎么回家？
受访者：我们这儿寒假长，十二月底放，三月初才开学。县里派车把孩子们送到各个乡，家长骑摩托到乡上接。路远的要走两天，去年有一家的摩托在半路上坏了，孩子跟他爸在牧民的帐篷里借住了一宿。放假前我给每个孩子发一张卡片，写上我的电话和乡里儿童主任的电话，让他们有事就打。
访谈者：您自己过得怎么样？
受访者：头两年高原反应，老流鼻血。班上孩子有心事不跟我说，我就把青少年热线{{trap/hotline:12355}}写在黑板角上。现在习惯了，过{{trap/minority_word:藏历新年}}孩子们请我去家里喝{{trap/minority_word:甜茶}}。我老公{{han:冉志勇}}在{{trap/place:成都}}上班，一年见两回。我妈在老家帮我带女儿。
访谈者：学籍表上孩子们的信息呢？
受访者：学校叫{{school:改则县完全小学五年级（2）班}}，头一个孩子的妹妹在{{school:改则县完全小学一年级（4）班}}，也住校。这孩子的身份证{{id_number@my2014.542526}}，家在{{address:改则县物玛乡抗达村二组6号}}。那个汉族女孩跟大伯住在{{address:改则镇团结小区3号楼2单元201室}}。
访谈者：名字在学籍上有写错的吗？
受访者：多。藏文转汉字各写各的，{{spaced:单 增 旺 久}}，{{spaced:朗杰 旺姆}}，{{spaced:仁　增　卓　嘎}}，还有一张表把{{han:何梓萱}}写成了{{spaced:何　梓　萱}}。
访谈者：您最盼什么？
受访者：盼这些娃娃都能把初中念完，念完了再念高中。
""")

# H574: Uyghur grandfather from 吐鲁番 selling dried fruit in 烟台 (山东); his son on dialysis at home, the grandchildren with him.
DOCS["H574"] = ("family", """\
访谈者：大爷，您在烟台多少年了？
受访者：九年了。我叫{{minority/uyghur:吐鲁洪·依克山}}，家是{{trap/place:吐鲁番}}的，在{{trap/place:烟台}}南大街的市场里卖干果，{{trap/minority_word:葡萄干}}、杏干、巴旦木，都是老家亲戚发过来的。老伴{{minority/uyghur:阿瓦汗·司马义}}跟我一块儿守摊子。两个孙子孙女也跟着我们在这儿念书。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/uyghur:依克山·吐鲁洪}}得了尿毒症，一个礼拜透析三回，在吐鲁番的医院里。儿媳{{minority/uyghur:阿斯叶·喀迪尔}}在家伺候他，还在葡萄地里干活，顾不上孩子。三年前我们就把俩孩子接过来了。{{minority/uyghur:依克山}}他一打电话就问孩子们听不听话。
访谈者：孩子们多大了？
受访者：孙子{{minority/uyghur:阿布力克木·依克山}}十二，孙女{{minority/uyghur:萨依娜古丽·依克山}}九岁。学校的花名册上孙子写的是{{minority/uyghur:阿布力克木依克山}}，中间没点，孩子们叫他{{minority/uyghur:阿布力克木}}，嫌长，有的就叫{{han:小木}}。{{minority/uyghur:萨依娜}}她们班同学叫她{{minority/uyghur:萨依娜}}，叫着顺口。
访谈者：在哪个学校？
受访者：孙子在{{school:芝罘区南山路小学六年级（3）班}}，孙女在{{school:芝罘区南山路小学三年级（1）班}}。孙子的班主任{{han:姜海鸥}}老师好，知道我们不会写汉字，有事就给我打电话。{{minority/uyghur:阿布力克木}}他数学好，语文差点，老师每天放学留他半个钟头，给他补。孙女的老师{{han:宫晓琳}}说她爱跳舞，让她在六一的时候跳了一段{{trap/minority_word:赛乃姆}}。
访谈者：生活上有谁帮你们？
受访者：社区的儿童主任{{han:衣秀珍}}，她说孩子爸妈一个病一个在家伺候，孩子算困境儿童，帮着报了生活补贴，每人每月{{trap/number:四百二}}。街道管民政的{{han:曲建波}}来家里看过，说户口不在这儿，手续麻烦点，他跟{{trap/place:吐鲁番}}那边的民政打了好几回电话。{{han:衣秀珍}}她还帮我们申请了市场的摊位费减半。
访谈者：邻居和市场上的人呢？
受访者：市场管理员{{han:初永强}}人好，冬天让我们把摊子挪到背风的地方。卖海鲜的{{han:林春生}}家跟我们家挨着，他媳妇{{han:宫秀梅}}姨常给孩子们送虾。房东{{han:逄德明}}三年没涨房租。孙子的同学{{han:林子航}}和他最好，常来摊子上找他玩。有啥办不了的事，我就给{{han:曲建波}}打电话。我老乡{{minority/uyghur:祖农·卡德尔}}在{{trap/place:青岛}}卖馕，过年过节来看我们，{{minority/uyghur:祖农}}他带来的馕孩子们最爱吃。
访谈者：摊子上的生意怎么样？
受访者：夏天还行，游客多，一天能卖个四五百。冬天冷，市场里人少，一天卖不了一百。货是老家亲戚发的物流，运费贵，赚的是个辛苦钱。儿子透析一个月要四千多，医保报一大半，剩下的我们寄回去。孙子放了学就来摊子上帮忙，秤用得比我还准，顾客都夸他。有个老太太天天来买一小包杏干，说就爱看这孩子算账。孙女就在摊子后头的小板凳上写作业，写累了就趴在装葡萄干的箱子上睡着了。
访谈者：孩子们在烟台习惯吗？
受访者：刚来那年不习惯，吃不惯海边的东西，冬天的风也大，孙女老是咳嗽。现在好了，普通话说得比我好，还会说几句烟台话。就是想家，想吐鲁番的葡萄架子，想他爸他妈。孙子明年就上{{trap/word:初一}}了，他说想回吐鲁番念初中，我说等你爸好了再说。
访谈者：社工来过吗？
受访者：来过。社工站的姑娘叫{{compound:上官梦琪}}，跟她一起的叫{{compound:欧阳俊熙}}。{{compound:上官梦琪}}教孙女认字，{{compound:欧阳俊熙}}带孙子去海边捡贝壳、喂{{trap/word:海鸥}}。孙子以前没见过海，第一回看见，站在那儿半天不说话。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}的时候，我们去{{trap/org:清真寺}}做礼拜，回来老伴做{{trap/minority_word:抓饭}}，请社区和学校的老师来吃。我给孩子们讲{{trap/famous:阿凡提}}的故事，孙女笑得打滚。
访谈者：孩子们想爸爸吗？
受访者：想。每天晚上跟他爸视频。{{minority/uyghur:依克山}}瘦得不成样子了，孙女看着就哭。孙子不哭，挂了电话一个人去阳台上坐着。他说他长大要当大夫，给他爸换肾。
访谈者：登记表要写地址和号码。
受访者：我们在烟台住{{address:芝罘区向阳街道海岸小区7号楼1单元303室}}，老家在{{address:吐鲁番市高昌区亚尔乡果园村四组15号}}。我的身份证{{id_number@my1957.650402}}，孙子的{{id_number@my2013spaced.650402}}。我电话{{mobile@plain}}，老伴的{{mobile@p86n}}。孙子用我的手机上微信，微信号是他起的：{{wechat:Abulikem_2013}}。他还有个QQ，号码是——他写在我账本最后一页了——{{qq:2560718349}}。
访谈者：名字在表上写得对吗？
受访者：难写。学校表上孙子是{{spaced:阿布力克木 · 依克山}}，孙女写成了{{spaced:萨 依 娜 古 丽}}，我在暂住证上是{{spaced:吐鲁洪 依克山}}，老伴写成了{{spaced:阿瓦汗·司马 义}}。
访谈者：您最盼什么？
受访者：盼儿子的肾早点配上，一家人回吐鲁番团圆。盼孩子们把书念好。
""")

# H575: Han court clerk in 黑水 (阿坝) reading from the file of a guardianship and support case.
DOCS["H575"] = ("court", """\
访谈者：您在法院做书记员多久了？
受访者：八年。我叫{{han:晏丽萍}}，在{{trap/org:黑水县人民法院}}民事庭。今天说的这个案子是去年判的，变更监护人加追索抚养费，卷宗我带来了，照着念，有些地方念得慢。
访谈者：案子是怎么回事？
受访者：孩子叫{{han:苏雨涵}}，女，十岁。妈妈{{minority/tibetan:泽旺俄木}}，汉名{{han:王春莲}}，前年在{{trap/place:芦花镇}}上出车祸没了。爸爸{{han:苏建林}}在{{trap/place:新疆}}工地上打工，两年没往家寄过一分钱，电话也不接。孩子一直跟外婆{{minority/tibetan:俄木初}}过。外婆七十了，耳朵背，就由舅舅{{han:王永平}}代理起诉，请求把监护人变成外婆，让{{han:苏建林}}每月给抚养费。
访谈者：卷宗上名字写得清楚吗？
受访者：不清楚的地方多。起诉状上被告写了两遍，“{{han:苏建林}}{{han:苏建林}}”，是舅舅手写的时候写重了。立案登记表上把孩子写成{{spaced:苏　雨　涵}}，外婆的名字在送达回证上是{{spaced:俄 木 初}}，妈妈的死亡证明上是{{spaced:泽旺 俄木}}，舅舅的签名写开了，{{spaced:王永 平}}。
访谈者：法庭上是怎么审的？
受访者：审判长{{compound:诸葛明哲}}，陪审员一个是{{compound:赫连秀芳}}，一个是退休的村医{{han:母德成}}。被告没到庭，缺席审理。孩子这边是{{trap/org:法律援助中心}}派的律师，叫{{compound:东方亦然}}。村里的儿童主任{{han:昝玉兰}}出庭作证，说孩子这两年吃的穿的都是外婆和村里给的，县{{trap/org:妇联}}也送过两回衣服。{{han:昝玉兰}}她在庭上说着说着哭了。
访谈者：还有谁作证？
受访者：学校的班主任{{han:余晓东}}写了情况说明，说孩子成绩中上，就是不合群。县{{trap/org:民政局}}的{{han:付志刚}}出了一份材料，说孩子已经按事实无人抚养儿童登记，每月{{trap/number:一千三百零五}}。县社工站的{{compound:慕容婉婷}}做了社会观护报告。报告里写，孩子晚上做噩梦，梦见她妈。
访谈者：开庭前调解过吗？
受访者：调解过两回。头一回被告在电话里说可以给钱，让把孩子接到新疆去，外婆不同意，孩子也哭着说不去。第二回电话打过去就没人接了。外婆不会说汉话，开庭那天我们请了乡上的干部{{han:李春旺}}当翻译，她说一句，{{han:李春旺}}就翻一句。她说她就是死，也要把孩子带大，说完了跟审判长作揖。我在下面记笔录，手都抖了。
访谈者：判的结果呢？
受访者：指定外婆{{minority/tibetan:俄木初}}为监护人，{{han:苏建林}}每月给付抚养费{{trap/number:八百元}}，到孩子满十八岁。判决书送到新疆，是那边法院协助送达的。被告后来打了一回电话，说他也难，欠着工钱。审判长跟他说，再难，孩子的钱不能欠。
访谈者：执行得怎么样？
受访者：头三个月给了，后来又断了。申请了强制执行，{{trap/year:2023年}}执行局的{{han:熊光耀}}查到他在{{trap/place:昌吉}}一个工地上，冻结了他的工资卡，每月从{{trap/word:余额}}里扣。现在每月按时到账。舅舅说，钱不多，可孩子知道她爸还认她。
访谈者：同一年还有类似的案子吗？
受访者：还有一个，撤销监护人资格。孩子叫{{han:谭浩然}}，爸爸{{han:谭国富}}吸毒，妈妈{{han:宋丽芳}}跑了，孩子饿得去邻居家偷馍。最后指定村委会当监护人，孩子送到{{trap/place:马尔康}}的儿童福利院，村支书{{minority/tibetan:扎西俄尔玛}}每月去看一回。
访谈者：卷宗里的登记信息呢？
受访者：我照着念。{{han:苏建林}}，身份证{{id_number@my1984hyphen.513228}}，户籍地{{address:黑水县芦花镇三达古村二组14号}}。{{minority/tibetan:俄木初}}，身份证{{id_number@wy1955fwspaced.513228}}，住{{address:黑水县芦花镇羊茸村一组5号}}。{{han:苏雨涵}}，{{id_number@wy2015x.513228}}。舅舅的电话{{mobile@spaced}}，{{compound:东方亦然}}律师的电话{{mobile@plus86spaced}}，{{han:昝玉兰}}的微信{{wechat:zanyulan_hs}}。孩子有个QQ，是她妈在的时候给申请的，号码在观护报告第三页：{{qq:4105836927}}。
访谈者：送达文书难吗？
受访者：难。我们县山大沟深，有的寨子车开不进去，得走两三个钟头。去年冬天给外婆送判决书，路上结冰，我跟司机走了一半摔了三跤。到了寨子里，外婆非要留我们喝茶、吃馍馍，说法院的人大老远来，不吃就是看不起她。
访谈者：孩子现在怎么样？
受访者：跟外婆过，挺好。上个月回访，她给我们唱了一首{{trap/minority_word:卡斯达温}}里的歌，说以后想当老师，跟她的班主任一样。
访谈者：做这份工作，您有什么感受？
受访者：卷宗里一个名字写错一个字，送达就送不到，执行就执行不了。所以我念名字都念两遍，核三遍。
""")

# H576: Han grandmother in 威海 (山东) raising her granddaughter; the son at sea, the mother remarried.
DOCS["H576"] = ("family", """\
访谈者：大娘，家里几口人？
受访者：就我跟孙女俩。我叫{{han:丛桂香}}，六十三，住在{{trap/place:威海}}城东边的渔村里。老头子{{han:毕长海}}打了一辈子鱼，前些年中风走了。儿子{{han:毕海洋}}在远洋渔船上，一出去就是一年半，信号都没有。儿媳{{han:谷晓燕}}跟他离了婚，嫁到{{trap/place:大连}}去了，孩子判给了我儿子，其实就是判给了我。
访谈者：孙女多大了？
受访者：{{han:毕思雨}}，十一岁，在{{school:环翠区望岛小学五年级（2）班}}。我们都叫她{{han:小雨}}。{{han:小雨}}她有癫痫，四岁那年头一回犯，吓得我腿都软了。现在一直吃着药，一个月药钱三百多。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:戚美玲}}，她给{{han:小雨}}报了困境儿童，每月{{trap/number:五百一}}，又帮着办了慢性病的门诊报销。{{han:戚美玲}}说，孩子的爸在海上，联系不上，这种情况叫“父母一方长期在外”，也算。街道民政科的{{han:汤振华}}科长来家里看过，说我可以申请低保，我说我有退休金，不申请了，把名额留给更难的人。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:邹文静}}老师知道孩子有病，把她的座位调到门口，犯了病好往外抬。有一回上体育课犯了，是体育老师{{han:梁国栋}}抱着送到医院的。{{han:梁国栋}}他跑得满头汗，到了医院还不敢走，一直等到我去。同桌{{han:鞠晨阳}}那孩子也好，{{han:小雨}}请假的时候，{{han:鞠晨阳}}就把笔记抄一份给她送家里来。
访谈者：孩子的爸爸妈妈呢？
受访者：{{han:毕海洋}}他每回上岸，先给我打电话，再跟孩子视频，说着说着爷俩都哭。孩子她妈{{han:谷晓燕}}也惦记，逢年过节寄衣服、寄钱。去年暑假我让孩子去大连住了一个月，回来说她妈那边的小弟弟可好玩了。我跟孩子说，你妈疼你，就是她有她的难处。
访谈者：您怎么照顾孩子的病？
受访者：药一天两回，早上七点、晚上七点，我定了闹钟，一顿都不敢落。每三个月去{{trap/place:济南}}复查一回，坐四个钟头的车，天不亮就得走。孩子不能累着、不能熬夜、不能吓着，我连电视上的打仗片都不让她看。她们班去{{trap/place:刘公岛}}春游，我不放心，跟在后头去了，孩子嫌我丢人，一路不跟我说话。晚上回来她又搂着我脖子说，奶奶你别生气。
访谈者：您年轻时做什么？
受访者：在镇上的水产{{trap/word:车间}}剥虾，干了三十年，手泡得都变了形。退休金一个月一千九，够我们娘俩吃饭、买药。孩子要是以后上大学，我就得再想办法。我跟孩子说，你好好念，念到{{trap/word:毕业}}，奶奶砸锅卖铁也供你。
访谈者：社工来过吗？
受访者：来过。市里社工站的{{compound:乐正嘉怡}}和{{compound:巫马俊豪}}，一个月来一回，陪孩子做手工、讲故事。{{compound:乐正嘉怡}}还教我认癫痫犯病的时候怎么把孩子放侧躺、不往嘴里塞东西。
访谈者：邻居们呢？
受访者：对门的{{han:车秀兰}}大姐跟我是老姐妹，我去医院拿药，她就替我去学校接孩子。楼下{{han:孙福来}}他们家开小卖部，我手头紧的时候赊个米面，从来不催。村里的{{han:姜德顺}}大哥是老船长，跟孩子讲他出海的事，讲{{trap/famous:徐福}}东渡的故事，说那是从咱这儿出的海。
访谈者：您身体还行吗？
受访者：腰椎间盘突出，阴天疼。{{trap/org:市立医院}}的{{han:汪海涛}}大夫给我做过理疗。有一回腰疼得起不来，是我自己打的{{trap/hotline:12349}}，社区来人把我送的医院。我就怕我倒下了，{{han:小雨}}没人管。我跟{{han:戚美玲}}说过这个，她说，真有那么一天，社区管。
访谈者：过年过节怎么过？
受访者：过年包饺子，蒸{{trap/word:花饽饽}}，孩子最爱捏小刺猬。开春以后过{{trap/word:渔民节}}，我带她去看祭海，她说长大要去海上找她爸。
访谈者：登记表要写地址和号码。
受访者：家在{{address:环翠区孙家疃街道东山村二组19号}}，孩子她妈在大连住{{address:甘井子区泉水街道海韵小区6号楼1单元702室}}。我的身份证{{id_number@wy1962spaced.371002}}，孙女的{{id_number@wy2014fw.371002}}。我电话{{mobile@fws}}，{{han:戚美玲}}的电话{{mobile@h38}}，她微信是{{wechat:qimeiling_whcd}}。孙女有个QQ，她妈给申请的，跟她妈聊天用，号码在我老花镜盒子里夹着的纸上：{{qq:1928360475}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保那张表把我写成了{{spaced:丛　桂　香}}，学校的表上是{{spaced:毕 思 雨}}，孩子爸在一张表上写成了{{spaced:毕海 洋}}。社工姑娘签名是{{spaced:乐 正 嘉 怡}}。
访谈者：您最盼什么？
受访者：盼{{han:小雨}}的病别再犯，盼她爸平平安安上岸。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=569,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout72",))


if __name__ == "__main__":
    main()
