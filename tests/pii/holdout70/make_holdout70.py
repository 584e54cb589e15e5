# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 70 (tests/pii/holdout70/H545-H552 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 71, written at the same time, is a later
set and not read).

Set 70 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
困境儿童生活补贴, 民政局, 村委会/社区, 学校, 儿童主任, 社工, 残联, 清真寺), in eight new voices: a Mongolian
grandmother in 大安 (白城, 吉林) whose husband drowned under the ice of 月亮泡 and whose son lost a leg in a lorry
crash while his wife left; a Tibetan father in 康马 (日喀则) whose wife died of liver echinococcosis, with three
children; a Hui cattle butcher in 献县 (沧州, 河北) who lost three fingers, is widowed and raises his imprisoned
brother's son with his own two children; a Han grandmother in 逊克 (黑河) raising the two children of a son
imprisoned for a drunk-driving death; a Han village doctor in 林甸 (大庆) going through the five children in
distress among his patients and how he keeps in touch with them on WeChat and QQ; a Uyghur mother who sells naan
in 福州, her family from 库车, whose husband was paralysed by a stroke and whose eldest son stayed behind; a Han
civil-affairs officer in 安达 (绥化) reading from three case files; and a Han father in 依安 (齐齐哈尔) who milks
cows on a dairy farm while his parents raise his two children after his wife died of leukaemia. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to seven characters (道力格尔苏荣, 图布信乌力吉, 查苏娜其其格, 哈日夫巴特尔, 杭盖巴特尔, 阿拉腾格日勒, 乌日古木勒)
with short forms after them (道力格尔额吉, 斯仁他, 查苏娜, 哈日夫也, 杭盖说, 古木勒跟) and a Han surname before a
Mongolian given name (包恩和); U-Tsang Tibetan names (贡觉平措, 顿珠旺姆, 扎西央珍, 拉巴旺堆, 德吉曲珍, 边巴扎西)
with the two-syllable short forms of the region (贡平, 扎央她, 拉旺就, 德曲, 边扎他), the Han names of Tibetans
(唐振藏, 秦建藏) and a Han surname before a Tibetan given name (杨次旦); Hui Han-form names (哈振林, 米秀云, 哈雨萱,
哈明杰他, 杨国祥阿訇) beside 经名 used alone (赛勒曼, 茹甘叶, 苏迈叶她, 艾奈斯就是, 安马尔, 罕穆宰, 海莉麦) and Han
surnames before Arabic names (米苏莱曼说, 马比俩里, 丁哈立德); Uyghur given name + father's name with and without
the dot (热孜万古丽·吾守尔, 艾尼瓦尔·卡迪尔 and 艾尼瓦尔卡迪尔, 布佐热·艾尼瓦尔 and 布佐热艾尼瓦尔) with short forms
(热孜万, 吾买尔他, 皮卡尔说, 布佐热, 依克热木就是, 克比努尔); Han word nicknames annotated whole (囤子, 榆钱, 雪团);
Han names with common and rare surnames (矫, 由, 初, 宫, 衣, 鞠, 盖, 滕, 栾, 佟, 迟, 窦, 韦), titles and kin words
(刘玉山大夫, 姜凤芝姨, 付丽霞大姐, 贾红英婶子), names that contain or end in words (常胜利, 曲长江, 冯双喜, 由德江,
初晓丽), a name written twice on a form (滕淑兰滕淑兰), names directly before particles and verbs and after
叫/是/给/跟/和/找/让 (叫尉迟晓雯, 是长孙嘉宁, 给皮卡尔, 跟宋玉芬, 和陈永安, 找贾长顺, 让孟欣怡); spaced,
dotted and split names; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:矫春林}}``, ``{{qq:1038694275}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2010quad.540230}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 阿訇, 额吉, 阿佳, 大姐, 婶子,
姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他, 他们家, 那边) are
outside the span; a word nickname (囤子, 榆钱, 雪团) is annotated whole. Han-style names of Tibetan and Hui people
(唐振藏, 哈振林) are category han; a Han surname before a non-Han given name (包恩和, 杨次旦, 米苏莱曼) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout70/make_holdout70.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(70_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "135", "137", "139", "147", "152", "155", "156", "159", "177", "180", "182",
                   "185", "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H545: Mongolian grandmother in 大安 (白城, 吉林); her husband drowned, her son lost a leg, his wife left.
DOCS["H545"] = ("family", """\
访谈者：大娘，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:道力格尔苏荣}}，六十八了，户口本上的汉名是{{han:韩秀荣}}，屯里人都叫我{{minority/mongolian:道力格尔}}额吉。老头子{{minority/mongolian:图布信乌力吉}}那年冬天在{{trap/place:月亮泡}}凿冰打鱼，掉进冰窟窿，没上来。儿子{{minority/mongolian:斯仁道尔吉}}在{{trap/place:白城}}开货车，三年前翻了车，左腿截了，现在拄拐。儿媳{{han:孙丽芳}}说去{{trap/place:大连}}打工，头一年还往家寄钱，后来电话也打不通了。家里就剩我、儿子和两个孙辈。
访谈者：两个孩子多大了？
受访者：孙女{{minority/mongolian:查苏娜其其格}}十二了，我们叫她{{minority/mongolian:查苏娜}}。她在{{school:大安市第三实验小学六年级（2）班}}，学习不用人操心。孙子{{minority/mongolian:哈日夫巴特尔}}八岁，在{{school:叉干镇中心小学二年级（4）班}}，家里都喊他{{minority/mongolian:哈日夫}}。{{minority/mongolian:哈日夫}}也淘，上房掏鸟窝，裤子三天两头刮破。
访谈者：孩子爸爸现在能干活吗？
受访者：重活干不了。{{minority/mongolian:斯仁}}他就在家编柳条筐，一个卖二十块。心里憋屈，喝了酒就哭。镇卫生院的{{han:刘玉山}}大夫说这是心病，让我们多陪他唠嗑。
访谈者：孩子妈妈还有消息吗？
受访者：没有。头两年孙女过生日，她还打过一回电话，后来号码就停了。孙女嘴上不说，枕头底下压着她妈的照片。我不怪她，年纪轻轻的，守着个瘸腿男人，日子难熬。可孩子是她身上掉下来的肉，咋能说不要就不要了呢。屯里人劝我去法院告她，要抚养费，我说算了，人都找不着，告谁去。儿子办了残疾证，肢体三级，一个月有一百多块的补贴，残联还给配了个假肢，他嫌磨得疼，不爱戴，拄拐倒利索。
访谈者：这几年谁帮过你们家？
受访者：村里的儿童主任{{minority/mongolian:包恩和}}是蒙古族，跟我一个屯子出来的。她说俩孩子能按事实无人抚养报，报上去批了，一人一个月{{trap/number:一千二百六}}。村支书{{han:王德胜}}给我们报了低保，秋天还帮着卖苞米。市{{trap/org:民政局}}的{{han:张海燕}}来过两趟，拿着表一项一项对。社工站有个姑娘叫{{compound:尉迟晓雯}}，每个月来给孙女辅导功课，跟她一块儿来的小伙子是{{compound:长孙嘉宁}}。
访谈者：亲戚邻居呢？
受访者：我妹妹{{minority/mongolian:赛汗其其格}}嫁到{{trap/place:镇赉}}，每年秋天送两袋小米。老头子的侄子{{minority/mongolian:杭盖巴特尔}}开农机，屯里人都叫他{{minority/mongolian:杭盖}}。{{minority/mongolian:杭盖}}说了，只要他在，我家的地就荒不了。前院{{han:杨长林}}他们家有四轮子，拉柴火从不要钱。后院{{han:高福来}}也常过来看看。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:赵秋艳}}老师，书本费都是她张罗着免的。孙子的老师{{han:李新宇}}是个小伙子，说孩子画马画得好。前年腊月孙子半夜发高烧，是{{han:李新宇}}骑摩托送到卫生院的。{{compound:尉迟晓雯}}还给孙女找了个学{{trap/minority_word:马头琴}}的地方。
访谈者：一年里最难的是什么时候？
受访者：冬天。我们这儿一入冬就零下三十来度，屋里烧炕，一天得添三回柴火。我腰不行，抱不动大捆的，就一小捆一小捆往屋里挪。孩子们放学回来先帮我抱柴、挑水，然后才写作业。去年开春房顶漏了，下雨那天屋里摆了五个盆接水，是村里出钱给换的彩钢瓦。看病也难，我血压高，一个月的药一百多块，新农合能报一半。最怕的是哪天我倒下了，儿子自己都顾不过来，俩孩子咋办。我跟村里说过，真有那天，孩子们就托付给政府了。
访谈者：过年过节怎么过？
受访者：正月里我煮{{trap/minority_word:手把肉}}、熬{{trap/minority_word:奶茶}}，孙女穿上{{trap/minority_word:蒙古袍}}给我献{{trap/minority_word:哈达}}。夜里我给他们讲{{trap/famous:江格尔}}的故事，讲到半截俩孩子就睡着了。
访谈者：表上要登记地址、证件、电话。
受访者：家在{{address:大安市叉干镇白音套海村三组14号}}，儿子出事前在市里租的房子是{{address:大安市长虹小区8号楼2单元502室}}。我身份证{{id_number@wy1957.220882}}，孙女的{{id_number@wy2013spaced.220882}}。我电话{{mobile@plain}}，儿子的{{mobile@s434}}。孙女用我手机注册了个微信，叫{{wechat:chasuna_qqg13}}。孙子也有QQ，老师让交作业用，号码他写在铅笔盒盖上，我念给你：{{qq:2730851649}}。
访谈者：名字在各种表上写得都对吗？
受访者：五花八门。低保表上我是{{spaced:道 力 格 尔 苏 荣}}，儿子写成{{spaced:斯仁 道尔吉}}，孙子学籍上是{{spaced:哈　日　夫　巴　特　尔}}。
访谈者：您最盼着什么？
受访者：盼孩子们念出书来。孙女说长大当大夫，回来给她爸治腿。
""")

# H546: Tibetan father in 康马 (日喀则); his wife died of liver echinococcosis, three children.
DOCS["H546"] = ("family", """\
访谈者：阿爸啦，家里现在几口人？
受访者：五口人。我叫{{minority/tibetan:贡觉平措}}，村里都叫我{{minority/tibetan:贡平}}。我阿妈{{minority/tibetan:顿珠旺姆}}七十四了，还有三个孩子。孩子们的阿妈{{minority/tibetan:卓嘎央吉}}前年查出肝包虫病，送到{{trap/place:日喀则}}做了手术，还是没救过来。
访谈者：孩子们多大了？
受访者：老大{{minority/tibetan:扎西央珍}}十五，在{{school:康马县中学初三（2）班}}住校，家里叫她{{minority/tibetan:扎央}}。{{minority/tibetan:扎央}}她阿妈走的那年冬天，是她背着弟弟去乡卫生院打的针。老二{{minority/tibetan:拉巴旺堆}}十一岁，在镇上的完小念五年级，我们叫他{{minority/tibetan:拉旺}}。{{minority/tibetan:拉旺}}就爱踢球，一学期踢坏两双鞋。老三{{minority/tibetan:索朗普赤}}六岁，在乡里幼儿园。
访谈者：您平时靠什么过日子？
受访者：种二十亩青稞，养八头牦牛。农闲去{{trap/place:江孜}}的工地背石头，腰伤过，干不长。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:德吉曲珍}}是我堂妹，孩子们的表都是她填的，我们叫她{{minority/tibetan:德曲}}。乡里管民政的是{{minority/tibetan:格桑平措}}，汉名叫{{han:唐振藏}}，在{{trap/place:拉萨}}念的书，汉话说得好。{{han:唐振藏}}给我们家报了低保，三个孩子按困境儿童一人一个月补{{trap/number:四百五}}。驻村工作队的队长{{han:郑海波}}是内地来的，他说{{minority/tibetan:扎央}}成绩好，考内地西藏班有希望。
访谈者：学校老师呢？
受访者：老大的班主任是{{han:孙晓燕}}老师，也是内地来的，假期还把她接到宿舍补课。{{minority/tibetan:拉旺}}的老师叫{{minority/tibetan:杨次旦}}，阿爸是汉族，阿妈是我们{{trap/place:康马}}人。县医院有个援藏大夫叫{{compound:慕容子谦}}，每年夏天下乡给孩子们体检，还查了包虫病。
访谈者：亲戚们呢？
受访者：孩子舅舅{{minority/tibetan:边巴扎西}}在县城开甜茶馆，办营业执照用的汉名叫{{han:秦建藏}}。{{minority/tibetan:边扎}}他每个月给孩子们送一袋面、一桶油。孩子的姑姑{{minority/tibetan:次仁央宗}}在{{trap/place:年楚河}}边上种菜，老三{{trap/word:白天}}多半在她家。村里的{{minority/tibetan:嘎玛德庆}}阿佳也常来帮我阿妈背水。
访谈者：孩子们的阿妈走了以后，家里变化大吗？
受访者：大。她在的时候，家里家外都是她张罗，挤奶、打酥油、织氆氇，样样拿得起来。她走了，我才知道一个家有多少活。头一年我连孩子们的衣服尺码都不知道，买回来的鞋不是大就是小。老大那时候才十三，就学着给弟弟妹妹梳头、洗衣服。老三半夜哭着找阿妈，我抱着她在院子里转，一转就是半夜。现在好些了，孩子们也习惯了，可一到她的忌日，家里谁都不说话。
访谈者：孩子们住校，您一个人怎么忙得过来？
受访者：忙不过来也得忙。老大住校，礼拜五下午我骑摩托去县城接她，路上一个多钟头，冬天风大，她坐在后头拿围巾把脸包严实。老二在镇上上学，中午在学校吃，学校的营养餐是免费的，孩子说比家里吃得好。春天播种、秋天收青稞的时候最难，地里活一忙，家里的饭就顾不上，我阿妈腿不好，还得给我们做饭。去年秋收，乡里组织了一帮年轻人来帮我们割了两天，我心里记着这个情。包虫病我们现在也知道厉害了，狗要定期驱虫，水要烧开了喝，县里的大夫来村里讲过好几回。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历年}}的时候我阿妈炒{{trap/minority_word:糌粑}}、打{{trap/minority_word:酥油茶}}，孩子们挨家去说{{trap/minority_word:扎西德勒}}。晚上阿妈给他们讲{{trap/famous:格萨尔}}的故事，讲到{{trap/famous:珠牡}}那段，老二就不睡了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:康马县康如乡雪嘎村二组7号}}，舅舅家在县城。我身份证{{id_number@m.540230}}，老大的{{id_number@wy2010quad.540230}}。我电话{{mobile@hyphen}}，我堂妹的{{mobile@plus86}}。{{han:唐振藏}}的微信是{{wechat:gsangpc_0824}}。老大有个QQ，号是她写给我的，贴在酥油桶上：{{qq:1849302765}}。
访谈者：名字在表上写对了吗？
受访者：常写错。学籍上老大是{{spaced:扎 西 央 珍}}，老二是{{spaced:拉巴 旺堆}}，我在医保卡上是{{spaced:贡　觉　平　措}}。
访谈者：您最想说的是什么？
受访者：孩子们的阿妈走了，我当爹又当妈。只要他们肯念书，我卖了牦牛也供。
""")

# H547: Hui father in 献县 (沧州, 河北); a cattle butcher who lost three fingers, widowed, raising his imprisoned brother's son too.
DOCS["H547"] = ("family", """\
访谈者：大哥，您先介绍一下家里吧。
受访者：我叫{{han:哈振林}}，经名{{minority/hui:赛勒曼}}，家在{{trap/place:献县}}{{trap/place:本斋}}乡，祖辈都是宰牛的。前年在{{trap/place:沧州}}的屠宰场让绞肉机轧了右手，三个手指头没了。媳妇{{han:米秀云}}，经名{{minority/hui:茹甘叶}}，前年冬天得乳腺癌走了。现在家里我带着三个孩子：闺女、儿子，还有我弟弟的儿子。
访谈者：孩子们多大了？
受访者：闺女{{han:哈雨萱}}十四，经名{{minority/hui:苏迈叶}}，在{{school:献县回民中学初二（3）班}}。家里都叫她经名，{{minority/hui:苏迈叶}}她妈走了以后，做饭洗衣裳都是她。儿子{{han:哈子轩}}九岁，经名{{minority/hui:艾奈斯}}，在{{school:本斋回族乡中心小学三年级（1）班}}。{{minority/hui:艾奈斯}}就是贪玩，一到礼拜五跟着去寺里，别的孩子念经，他在院里追猫。
访谈者：您弟弟家的孩子呢？
受访者：我弟弟{{han:哈振海}}跟人打架，把人打残了，判了四年。弟媳改嫁去了{{trap/place:泊头}}，侄子{{han:哈明杰}}十二岁，经名{{minority/hui:安马尔}}，就跟着我过。{{han:哈明杰}}他不爱说话，夜里偷偷哭，我也不知道咋劝。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:刘素敏}}也是回民，她跑了好几趟乡里，把{{minority/hui:安马尔}}按事实无人抚养报上去了，一个月{{trap/number:一千一百八}}。我家报了低保，县{{trap/org:残联}}给我办了残疾证。{{trap/org:清真寺}}的{{han:杨国祥}}阿訇，经名{{minority/hui:罕穆宰}}，过{{trap/minority_word:开斋节}}的时候给我们家送{{trap/minority_word:油香}}，寺里的乡老{{minority/hui:米苏莱曼}}每年给三个孩子凑学费。{{minority/hui:米苏莱曼}}说，孤儿寡母是坊上的事。
访谈者：孩子们没了妈，您这当爹的怎么照顾？
受访者：笨手笨脚的。头一年闺女来事儿了，吓得直哭，我一个大老爷们不知道咋办，是我姐过来教的。做饭我只会下面条、炖牛肉，孩子们吃腻了也不说。洗衣裳靠洗衣机，可我一只手晾不了，闺女放学回来晾。有时候半夜醒了，看看三个孩子睡得挺香，心里又酸又踏实。我跟自己说，不能倒，倒了这个家就散了。
访谈者：亲戚们呢？
受访者：我姐姐{{han:哈振英}}，经名{{minority/hui:海莉麦}}，在{{trap/place:河间}}卖驴肉火烧，放假就把孩子们接过去住。她女婿{{minority/hui:马比俩里}}开车，一趟趟地接送。我表哥{{minority/hui:丁哈立德}}在{{trap/place:单桥}}那边收牛，帮我找了个看门的活。
访谈者：学校老师呢？
受访者：闺女的班主任{{han:金玉洁}}老师也是回民，给她申请了助学金。儿子的老师{{han:白宝华}}是个老教师，说{{minority/hui:艾奈斯}}上课老打{{trap/word:哈欠}}，问我是不是晚上看电视，我说是饿的，家里早上不开火。后来{{han:白宝华}}每天早上给他带俩鸡蛋。县里社工站的{{compound:赫连佳怡}}来过两次，带着{{compound:濮阳秀兰}}给{{han:哈明杰}}做心理辅导。
访谈者：您的手伤了以后，家里靠什么过？
受访者：手伤了，刀拿不稳，宰牛的活干不了了。头半年就靠低保和亲戚们凑的钱，后来在牛市上给人看门、记账，一个月一千多。三个孩子吃饭、上学，这点钱紧紧巴巴的。好在学校有营养餐，闺女初中住校的伙食补助也批下来了。我们回民讲究，孩子们吃的肉得是自己人宰的，我每个礼拜去寺里边上的肉铺割二斤，孩子们一顿就吃完。晚上我给他们检查作业，我认字不多，也就是看看写满了没有。最愁的是冬天取暖，一吨煤八百多，去年村里给送了一吨，剩下的我捡牛市上的废木头烧。
访谈者：孩子们平时喜欢什么？
受访者：儿子爱听{{trap/famous:窦尔敦}}的故事，我们这儿的老人都会讲。学校组织去过{{trap/famous:马本斋}}纪念馆，闺女回来写了篇作文，得了奖。
访谈者：登记要地址、证件、电话。
受访者：家在{{address:献县本斋回族乡东辛庄村四组23号}}，我姐家在{{address:河间市瀛州镇兴华小区3号楼1单元201室}}。我身份证{{id_number@mspaced.130929}}，{{han:哈明杰}}的{{id_number@my2013hyphen.130929}}。我电话{{mobile@spaced}}，我姐的{{mobile@plus86dash}}。{{han:刘素敏}}的微信是{{wechat:liusumin_xx}}。闺女用QQ跟老师交作业，号码是——我看看，写在门后头了——{{qq:593618204}}。
访谈者：表上名字写对了吗？
受访者：有写错的。闺女在学籍上是{{spaced:哈 雨 萱}}，侄子是{{spaced:哈明 杰}}，寺里的名单上闺女的经名写成{{spaced:苏　迈　叶}}。
访谈者：您最盼什么？
受访者：盼我弟弟早点出来，孩子们有个囫囵家。{{minority/hui:苏迈叶}}说要考师范，回来当老师。
""")

# H548: Han grandmother in 逊克 (黑河); her son is in prison for a drunk-driving death, his wife remarried.
DOCS["H548"] = ("family", """\
访谈者：大娘，家里的情况能说说吗？
受访者：能。我叫{{han:徐桂珍}}，七十一了，老伴{{han:矫万福}}前年脑出血走了。儿子{{han:矫春林}}喝了酒开三轮车把人撞死了，判了三年半，关在{{trap/place:北安}}。儿媳{{han:吕晓红}}改嫁到{{trap/place:黑河}}市里，两个孩子就留给我了。
访谈者：孩子们叫什么？
受访者：大的是孙子，大名{{han:矫子航}}，小名叫{{han:囤子}}，他爷爷给起的，说这孩子生下来压秤。小的是孙女，大名{{han:矫思雨}}，小名叫{{han:榆钱}}，从小就瘦。{{han:囤子}}在{{school:逊克县第一中学初一（3）班}}，{{han:榆钱}}在{{school:奇克镇第二小学三年级（2）班}}。
访谈者：孩子们懂事吗？
受访者：懂事。{{han:囤子}}他放了学先去园子里拔草，{{han:榆钱}}就跟在后头捡虫子。{{han:囤子}}也会做饭了，{{trap/word:高粱}}米饭焖得比我好。就是{{han:榆钱}}爱哭，想她妈。她妈一年回来看一回，走的时候孙女抱着腿不撒手。
访谈者：您身体怎么样？
受访者：糖尿病，一天打两针。村卫生所的{{han:宫玉华}}大夫每礼拜来给我量血糖，药是她帮着从乡里捎的。
访谈者：孩子们知道爸爸的事吗？
受访者：知道，瞒不住。屯子小，啥事一天就传遍了。有一回孙子在学校跟人打架，回来脸上挂着彩，问他咋了，他不说。后来老师告诉我，是有孩子说他爸是杀人犯。我搂着他哭了一宿。第二天我去学校找了那孩子的家长，人家也通情达理，领着孩子上门道了歉。从那以后孙子话少了，放学就回家，不跟人出去玩。我跟他说，你爸犯了错，在里头改，改好了就回来，你抬起头走路。
访谈者：谁帮了你们？
受访者：村里的儿童主任{{han:关淑芳}}，{{han:关淑芳}}说俩孩子爸在监狱、妈改嫁了，能按事实无人抚养报，一人一个月{{trap/number:一千零五十}}。村书记{{han:由德江}}说了，冬天的烧柴村里管。{{trap/word:由于}}我腿脚不好，{{han:由德江}}就让他儿子隔三岔五来挑水。乡{{trap/org:民政办}}的{{han:初晓丽}}来过三回，她说话直，说孩子的事耽误不得。县社工站的{{compound:拓跋俊熙}}每个月来一趟，跟着的姑娘叫{{compound:上官雨欣}}。
访谈者：邻居们呢？
受访者：东院{{han:刘大勇}}他们家种了三百亩大豆，还种{{trap/word:黄芪}}，秋天顺手把我们家的地收了。西院{{han:宋玉芬}}都七十多了，还天天给孙女扎小辫，孙女放了学就跟{{han:宋玉芬}}学剪窗花。屯里开小卖店的{{han:衣凤兰}}那边，孩子们赊本子从来不催。
访谈者：孩子爸爸那边呢？
受访者：{{han:矫春林}}一个月能打一回电话。{{han:囤子}}说不接，真接了又哭。他爸在里头学了电焊，说出来以后好好干。
访谈者：您家一年的收入大概有多少？
受访者：地有二十垧，包给别人种，一年租金一万出头。加上低保、孩子的补贴，再加上老伴留下的一点抚恤，够吃够喝。就是冬天长，从十月烧到四月，一冬得四吨煤，还得买柴火引火。孩子们长得快，棉袄一年一换，鞋一年两双。去年孙子的眼睛近视了，配了副眼镜三百多，我心疼，可不配也不行，坐在后头看不清黑板。我不识几个字，家长会都是孙子自己去开，回来跟我学，老师说啥他说啥，我也不知道他挑没挑着说。
访谈者：学校老师怎么样？
受访者：孙子的班主任{{han:鞠红霞}}老师，知道他家的事，学校的午饭给免了。孙女的老师{{han:方晓东}}是个小伙子，让孩子当了小组长，孩子高兴得一宿没睡。
访谈者：平时孩子们玩什么？
受访者：夏天去{{trap/place:黑龙江}}边上看江，冬天在院里堆雪人。我给他们讲{{trap/famous:秃尾巴老李}}的故事，{{han:榆钱}}听一百遍都不烦。{{trap/word:正月初一}}孩子们去给儿童主任拜年，她给一人包了个红包。
访谈者：登记表上要地址、证件、电话。
受访者：家在{{address:逊克县奇克镇靠山村二组36号}}，孩子妈现在住在市里，地址我不知道。我身份证{{id_number@wy1954.231123}}，孙子的{{id_number@my2012fw.231123}}。我电话{{mobile@h38}}，儿童主任的{{mobile@fullwidth}}。乡里那个姑娘加了我微信，叫{{wechat:chuxiaoli_mzb}}。
访谈者：名字在表上写对了吗？
受访者：孙子在医保上是{{spaced:矫 子 航}}，孙女是{{spaced:矫　思　雨}}，村书记被写成了{{spaced:由德 江}}。
访谈者：您最担心什么？
受访者：怕我哪天走了，俩孩子没人管。好在还有三年，他爸就出来了。
""")

# H549: Han village doctor in 林甸 (大庆); the children in distress among his patients, kept in touch with on WeChat and QQ.
DOCS["H549"] = ("community", """\
访谈者：您当村医多少年了？
受访者：二十六年。我叫{{han:孙有才}}，在{{trap/place:林甸}}县{{trap/place:花园镇}}永合村卫生所。村里六百多户，谁家有病人我心里都有本账。困境儿童有五个，我一个个说。
访谈者：好，您说。
受访者：头一个是{{han:郭淑华}}家的闺女{{han:孟欣怡}}，十岁。{{han:郭淑华}}她有癫痫，一犯病就倒，孩子爸{{han:孟庆余}}在{{trap/place:大庆}}油田干临时工，一个月回来一趟。孩子在{{school:花园镇中心小学四年级（2）班}}，她妈犯病都是她给我打电话。我让{{han:孟欣怡}}存了我微信{{wechat:sunyoucai_cunyi}}，白天黑夜都能找我。
访谈者：第二个呢？
受访者：第二个是{{han:常胜利}}家的小子{{han:常浩然}}。{{han:常胜利}}说是腰疼，一查是强直性脊柱炎，现在弯着腰走路，干不了活。孩子妈{{han:冯双喜}}在{{trap/place:齐齐哈尔}}饭店刷盘子。孩子在县二中念初一，他爸的药钱{{han:常浩然}}都会算，懂事得叫人心疼。孩子妈的微信叫{{wechat:shuangxi_feng77}}，我每月把她男人的情况发过去。
访谈者：第三个？
受访者：第三个是蒙古族，奶奶{{minority/mongolian:阿拉腾格日勒}}是从{{trap/place:杜尔伯特}}嫁过来的。儿子儿媳都没了，一个车祸，一个肝癌。孙子{{minority/mongolian:乌日古木勒}}八岁，我们叫他{{minority/mongolian:古木勒}}。{{minority/mongolian:古木勒}}跟他奶奶过，老太太不会用手机，孩子的事都是村里儿童主任{{han:谢春花}}在管。她给报了孤儿基本生活费，一个月{{trap/number:一千六百三}}。
访谈者：第四个？
受访者：第四个是姐弟俩，{{han:陈雅婷}}和{{han:陈永安}}，爸妈在{{trap/place:哈尔滨}}打工的时候一块儿出了事，现在跟着大伯{{han:陈建平}}。{{han:陈建平}}那边自己也有俩孩子，日子紧，村主任{{han:马金锁}}给他家申请了临时救助。
访谈者：第五个？
受访者：第五个是{{han:张金宝}}，九岁，脑瘫，坐轮椅。妈妈{{han:林春燕}}一个人带他，爸爸早跑了。县{{trap/org:残联}}的{{han:冷雪梅}}帮着申请了康复救助，康复师叫{{compound:皇甫丽娜}}，每礼拜来给孩子做训练。孩子妈说，康复师比亲姐妹还亲。
访谈者：这些孩子的病情和家里情况，您怎么记录？
受访者：我有个本子，一家一页，孩子多高、多重、打了什么针、家里谁有什么病、吃什么药，都记着。一年翻烂一本。现在乡里给配了平板，说要录进系统，我学了半个月才会用。我们这儿是盐碱地，种不出好庄稼，年轻人都出去了，剩下老人和孩子。孩子有个头疼脑热，老人第一个想到的就是我。有一年大年三十晚上，我还在给一个发烧的孩子扎针，那家老人非留我吃饺子。
访谈者：您怎么跟这些家庭联系？
受访者：建了个微信群，叫“永合村娃娃”。乡卫生院的院长{{han:葛振国}}、乡里民政助理{{han:房宝山}}都在群里。新来的护士{{compound:端木晨曦}}也进群了，县医院儿科的{{compound:淳于海波}}有时候在群里答疑。孩子们多用QQ，{{han:孟欣怡}}的QQ号我记在处方本背面了，念给你：{{qq:3165027489}}。{{han:常浩然}}的QQ是{{qq:758204913}}。{{han:谢春花}}建了个家长QQ群，她自己的号是{{qq:2491736058}}。
访谈者：这些孩子的联系地址和电话？
受访者：头一家在{{address:林甸县花园镇永合村三屯15号}}，姐弟俩的大伯家在{{address:林甸县林甸镇惠民小区2号楼3单元601室}}。头一家的电话{{mobile@plus86spaced}}，{{han:林春燕}}的{{mobile@plain}}。那个脑瘫孩子的身份证我这儿有复印件：{{id_number@my2016x.230623}}。
访谈者：除了看病，您还为这些孩子做些什么？
受访者：村医管的事杂。孩子们打疫苗、查视力、量身高体重，都是我记着日子喊他们来。夏天防溺水，我挨家挨户发传单，跟家长说别让孩子去水泡子边上玩，我们这儿水泡子多，年年有出事的。冬天防煤烟中毒，我跟老人们说睡前一定把炉子封好、窗户留条缝。谁家孩子几天没来上学，老师也先问我，是不是病了。这几年乡里让村医也当“健康守门人”，每个困境儿童一年要随访四次，随访完了在手机上填表，填完了传到县里，一个孩子一张表，我眼神不好，填一张得半个钟头。
访谈者：您自己觉得最难的是什么？
受访者：病我能看，穷我治不了。有一回她妈犯病，{{han:孟欣怡}}一个人把她妈翻过身来，侧着放，是我教的。我到了，孩子才哭出来。我就想，这些孩子太早懂事了。
访谈者：表上名字有写错的吗？
受访者：有。新农合上头一个孩子写成{{spaced:孟 欣 怡}}，脑瘫那孩子写成{{spaced:张　金　宝}}，蒙古族那孩子写成{{spaced:乌 日 古 木 勒}}。
""")

# H550: Uyghur mother who sells naan in 福州 (福建), her family from 库车; her husband was paralysed by a stroke, her eldest son stays behind.
DOCS["H550"] = ("family", """\
访谈者：大姐，您来{{trap/place:福州}}几年了？
受访者：五年了。我叫{{minority/uyghur:热孜万古丽·吾守尔}}，大家叫我{{minority/uyghur:热孜万}}。老家在{{trap/place:库车}}，我在{{trap/place:仓山}}这边的菜市场门口打{{trap/minority_word:馕}}卖，跟我弟弟{{minority/uyghur:吾买尔江·吾守尔}}一起。{{minority/uyghur:吾买尔}}他管烤，我管揉面。
访谈者：家里还有谁？
受访者：我丈夫{{minority/uyghur:艾尼瓦尔·卡迪尔}}前年中风了，半边身子不能动，在老家躺着，我婆婆{{minority/uyghur:阿娜尔汗·托乎提}}照顾他。大儿子{{minority/uyghur:祖力皮卡尔·艾尼瓦尔}}十四岁，留在老家上学，家里叫他{{minority/uyghur:皮卡尔}}。{{minority/uyghur:皮卡尔}}说要陪着他爸，不肯来。小的两个跟我在这边。
访谈者：小的两个多大？
受访者：女儿{{minority/uyghur:布佐热·艾尼瓦尔}}十岁，在{{school:仓山区第二中心小学四年级（3）班}}；儿子{{minority/uyghur:依克热木·艾尼瓦尔}}七岁，在同一个片区的小学上一年级。{{minority/uyghur:布佐热}}汉话说得比我好，买面粉、交房租都是她跟人说。{{minority/uyghur:依克热木}}就是调皮，在学校跟同学抢球。
访谈者：这边谁帮过你们？
受访者：社区的网格员{{han:郑丽华}}，她帮我把孩子的学籍办下来的。街道的{{han:黄志强}}给我们找了这间便宜的房子。女儿的班主任{{han:林美玲}}老师，每天放学多留她半个钟头补语文。儿子的老师叫{{compound:欧阳振东}}，男老师，孩子就服他。社区请来的社工叫{{compound:夏侯雅楠}}，教孩子们画画。
访谈者：老家那边呢？
受访者：老家村里的儿童主任是我堂姐{{minority/uyghur:克比努尔·吾守尔}}。她给{{minority/uyghur:皮卡尔}}报了困境儿童，一个月{{trap/number:六百二}}，我丈夫也吃上了低保。小叔子{{minority/uyghur:乃比江·卡迪尔}}在{{trap/place:阿克苏}}开车，每礼拜回来一趟，给他哥擦洗。乡卫生院的{{han:王秀琴}}大夫每月上门量一次血压。
访谈者：一天的活是怎么安排的？
受访者：早上五点起来和面，六点生炉子，七点第一炉出来。上学的孩子、上班的人路过都买一个，一个五块。中午最忙，下午三点以后就没什么人了，我就回去接孩子。一天能卖两百来个，去了面粉、煤气、房租，一个月剩三四千，一半寄回老家给丈夫看病。这边人开始不认识馕，说像大饼，现在有老顾客了，还有人专门从别的区开车来买。最难的是夏天，炉子跟前四十多度，一天下来衣服能拧出水来。房东人好，房租两年没涨。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}我们回不去，就在出租屋里做{{trap/minority_word:抓饭}}，请{{han:郑丽华}}她们来吃。孩子们爱听{{trap/famous:阿凡提}}的故事，学校老师又给他们讲{{trap/famous:林则徐}}，女儿回家学给我听。
访谈者：登记表上的信息我念一下，您看对不对。
受访者：好。福州住的是{{address:仓山区城门镇濂江村七组41号}}，老家是{{address:库车市乌恰镇克孜勒村3组18号}}。我身份证{{id_number@w.652923}}，女儿的{{id_number@wy2015tri.652923}}。我电话{{mobile@p86n}}，我弟弟的{{mobile@spaced}}。我的微信是{{wechat:naan_rezwan88}}，卖馕收钱也用它。{{minority/uyghur:布佐热}}有QQ，说是老师布置作业用的，号我存在手机备忘录里——等我翻翻——{{qq:1367259048}}。
访谈者：名字在表上是怎么写的？
受访者：乱。学籍上女儿写成{{minority/uyghur:布佐热艾尼瓦尔}}，没有点；儿子写成{{spaced:依 克 热 木}}。房租合同上我是{{spaced:热孜万古丽 · 吾守尔}}，女儿的借读证明上是{{spaced:布佐热 · 艾尼瓦尔}}，我丈夫的残疾证上是{{minority/uyghur:艾尼瓦尔卡迪尔}}，医保上又成了{{spaced:艾尼瓦尔 卡迪尔}}。
访谈者：您丈夫现在的情况怎么样？
受访者：能坐起来了，右手还不能动，说话也不清楚。每天晚上我跟他视频，他就看着我哭。医生说要坚持做康复，可县里的康复中心离家远，一礼拜只能去两回，去一回要包车。我婆婆七十多了，一个人扶不动他，全靠邻居们搭把手。我想过把他接到福州来，可这边房子小，我白天又要出摊，没人照顾。只能每个月多寄点钱回去，让家里请人帮忙。
访谈者：孩子们在这边适应吗？
受访者：刚来的时候不适应，天热，吃不惯{{trap/word:米饭}}。{{minority/uyghur:依克热木}}哭着要回去找他哥。现在好了，会说几句福州话了。我最怕的是{{minority/uyghur:皮卡尔}}一个人在老家，又要上学，又要照顾他爸。他每天晚上跟我视频，不说累，我知道他累。
访谈者：您对以后有什么打算？
受访者：攒够了钱，回{{trap/place:库车}}开个馕坑，一家人在一块儿。{{minority/uyghur:热孜万}}我不怕苦，就怕孩子们没书念。
""")

# H551: Han civil-affairs officer in 安达 (绥化) reading from a case file: a grandmother made guardian after a fire, a prisoner's son, a girl of a compound-surname family.
DOCS["H551"] = ("official", """\
访谈者：您在民政局管儿童福利多久了？
受访者：六年。我叫{{han:邵明远}}，在{{trap/place:安达}}市{{trap/org:民政局}}儿童福利股。今天带了三个案卷，我照着念，涉及的人名号码你们回去都要处理。
访谈者：好，先说第一个。
受访者：第一个是{{trap/place:任民镇}}的。父亲{{han:迟德海}}，身份证{{id_number@mmid.231281}}，前年冬天养牛场着火，为了往外赶牛没出来。母亲{{han:盖秀云}}受了刺激，精神分裂，现在住在{{trap/place:绥化}}的精神病医院。三个孩子：{{han:迟雨桐}}十三岁，{{han:迟浩轩}}十岁，{{han:迟佳琪}}六岁。监护人是奶奶{{han:滕淑兰}}，七十二岁，{{id_number@wy1953spaced.231281}}。
访谈者：孩子们现在怎么安排的？
受访者：三个孩子都按事实无人抚养儿童认定了，每人每月{{trap/number:一千三百四}}。{{han:迟雨桐}}在{{school:安达市第五中学初一（2）班}}，两个小的在镇中心小学。奶奶说{{han:迟雨桐}}她就是家里的半个大人。家住{{address:安达市任民镇长胜村五组8号}}。
访谈者：案卷里签字的情况呢？
受访者：奶奶不识字，监护人那一栏是村里会计代写的，写的是{{han:滕淑兰}}{{han:滕淑兰}}，印刷体下面又手写了一遍，旁边按的手印。镇上的经办人是{{compound:司马卫国}}，复核人{{han:姚振江}}。
访谈者：第二个呢？
受访者：第二个是城里的，{{han:佟子墨}}，十一岁。父亲{{han:佟立军}}盗窃，判了五年，在{{trap/place:泰来}}服刑。母亲{{han:栾秀杰}}是聋哑人，{{id_number@wmidx.231281}}，县{{trap/org:残联}}办的二级残疾证。孩子{{id_number@my2014spaced.231281}}，在{{school:安达市东城小学五年级（3）班}}。孩子上网课用QQ，号码是他妈写在低保申请表背面的，我照着念：{{qq:1038694275}}。家住{{address:安达市新兴街道东方小区6号楼2单元402室}}。这个孩子我们请了律师{{compound:诸葛晓丽}}做法律援助，心理老师是{{compound:上官立军}}。{{compound:上官立军}}说孩子不是不懂事，是太懂事，把他妈的话都替她说了。
访谈者：第三个？
受访者：第三个姓复姓，孩子叫{{compound:令狐可馨}}，八岁。父亲{{compound:令狐建英}}外出打工失联三年，母亲{{han:范春雷}}改嫁。孩子跟着姥姥{{han:窦丽丽}}。姥姥家在{{address:安达市太平庄镇富强村二组19号}}，电话{{mobile@plus86}}。派出所的民警{{compound:宇文志刚}}出具了失联证明。
访谈者：这三个案子里，哪个孩子您最放心不下？
受访者：第二个。男孩子，十一岁，正是要面子的时候，爸爸在里头，妈妈说不了话，家里来个人都是他出面应付。我们去家访，他给倒水、拿凳子，问啥答啥，一点不像个孩子。可学校老师说，他在学校一句话都不说，课间就趴在桌子上。我们给他报了个周末的篮球班，他去了两回就不去了，说要在家陪他妈。心理老师说，这孩子得慢慢来，急不得。
访谈者：这些案卷里名字写错的多吗？
受访者：多。系统里导出来有空格的：{{spaced:迟 雨 桐}}，{{spaced:佟　子　墨}}，{{spaced:令 狐 可 馨}}，还有{{spaced:诸　葛　晓　丽}}、{{spaced:上 官 立 军}}。有的把名字断成两截：{{spaced:滕淑 兰}}，{{spaced:宇文 志刚}}。
访谈者：你们跟哪些部门配合？
受访者：{{trap/org:妇联}}、教育局、派出所、村委会。每个孩子我们都有一个联络人：{{han:迟雨桐}}这家是镇儿童督导员{{han:鲁晓光}}，{{han:佟子墨}}那边是社区的{{han:韦德成}}，第三个孩子这边是村儿童主任{{han:温立国}}。督导员的微信{{wechat:lu_xiaoguang_ad}}，{{han:韦德成}}的微信{{wechat:weidecheng1978}}，村儿童主任的电话{{mobile@s74}}。有事可以打{{trap/hotline:12349}}。
访谈者：一个案子从申请到批下来要多久？
受访者：材料齐的话，一个月左右。先是家里或者村里提出申请，村委会入户调查、张榜公示七天，镇里审核，再报到我们这儿审批。难的是材料不齐：父母失联的要派出所出证明，服刑的要监狱出执行通知书，残疾的要残疾证，精神病的要医院的诊断。有的老人连户口本都找不着，我们就得陪着去补。批下来以后，每个季度还得去家里看一回，看钱是不是花在孩子身上，孩子上学、吃饭、穿衣怎么样，看完了写随访记录，一式三份，镇里一份，我们一份，档案室一份。
访谈者：您觉得最难的是什么？
受访者：认定容易，跟踪难。钱能按时发，可孩子心里的事，一年看几回看不出来。
""")

# H552: Han father in 依安 (齐齐哈尔) who works on a dairy farm; his wife died of leukaemia, his two children live with his parents.
DOCS["H552"] = ("family", """\
访谈者：大哥，您在牧场干了几年了？
受访者：四年。我叫{{han:牛振山}}，在{{trap/place:依安}}县城西边一个{{trap/word:奶牛}}场挤奶、清圈，一个月{{trap/number:两千八}}，半个月回一趟家。家在{{trap/place:乌裕尔河}}边上的屯子，离场子四十多里。
访谈者：家里孩子谁带？
受访者：我爸{{han:牛福顺}}、我妈{{han:岳秀兰}}带。孩子妈{{han:苗淑珍}}{{trap/year:二〇二一年}}得了白血病，在{{trap/place:齐齐哈尔}}治了一年，钱花光了，人也没留住。闺女{{han:牛思琪}}十二，在{{school:依安县新兴镇中心学校六年级（1）班}}；儿子大名{{han:牛家旺}}，小名{{han:雪团}}，七岁，在同一个学校念一年级。
访谈者：孩子们跟爷爷奶奶处得怎么样？
受访者：好是好，就是老人管不了学习。{{han:牛思琪}}她自己知道学，{{han:雪团}}就得有人盯着。我妈眼睛花，作业看不清，{{han:雪团}}就糊弄她。我爸腰不好，冬天扫雪都是闺女干。
访谈者：孩子妈妈走的时候，孩子们怎么样？
受访者：闺女那年九岁，懂了。她妈在医院最后那几天，她天天趴在床边，给她妈擦脸、剪指甲。她妈走了以后，她半年没笑过。儿子那时候才三岁，不懂，老问妈妈啥时候回来。现在他也不问了，看见别的孩子有妈接，就低着头走。为了给孩子妈治病，我借了亲戚七万多，这几年还了一半，剩下的慢慢还。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:付丽霞}}大姐，她说我家孩子妈没了、我常年在外，孩子算留守儿童，也算困境儿童，给报了生活补贴，一个月{{trap/number:三百六}}。村书记{{han:董春生}}给我爸妈报了低保。乡里管民政的{{han:蔡丰田}}来家里核过，他说报得对。
访谈者：学校呢？
受访者：闺女的班主任{{han:姜凤芝}}，我们喊她{{han:姜凤芝}}姨，她跟我妈是一个屯子的。{{han:姜凤芝}}说孩子想妈，作文一写就写妈。儿子的老师叫{{compound:巫马秋实}}，年轻姑娘，每周给我发一回孩子的视频。学校还有个心理老师{{compound:乐正语桐}}，给闺女做过几回谈话。
访谈者：牧场那边呢？
受访者：场长{{han:许满堂}}人不错，知道我家的事，让我一个月多歇两天。同屋的{{han:贾长顺}}也是{{trap/place:依安}}人，他家离我家近，家里有事我就找{{han:贾长顺}}，他替我跑一趟。场里的兽医{{han:曲长江}}，他说我，你这么熬不行，得给自己留条后路。
访谈者：邻居亲戚呢？
受访者：邻居{{han:贾红英}}婶子，常给俩孩子送饭。我小舅子{{han:苗青山}}在{{trap/place:大庆}}开出租，过年给孩子们买新衣裳。{{han:苗青山}}说，他姐走了，他就是孩子的亲人。乡卫生院的大夫{{compound:段干立新}}每年给我爸妈免费体检。城里来的志愿者{{compound:漆雕明哲}}，去年冬天给孩子送了棉鞋。
访谈者：牧场的活累吗？
受访者：累。一天挤三遍奶，早上四点、中午十二点、晚上八点，中间清圈、推草、喂犊子。场里三百多头牛，一个人管五十头。冬天牛棚里也冷，手冻得裂口子，抹了药膏戴上手套接着干。工资按月发，不拖欠，年底还有点奖金，比在家种地强。可就是离家远，半个月回去一趟，孩子跟我都生分了。儿子有时候见了我，先躲到他奶奶身后，过半天才过来叫爸。我回去那两天，给老人把水缸挑满，把柴火劈好，给孩子洗洗澡，检查检查作业，两天一晃就过去了。
访谈者：孩子们平时喜欢做什么？
受访者：闺女爱看书，她奶奶给她讲{{trap/famous:牛郎织女}}，她说那是假的。儿子喜欢牛，到场子里来过一回，看人挤{{trap/word:牛奶}}，看了一下午。
访谈者：登记的信息说一下？
受访者：家在{{address:依安县新兴镇永安村四组27号}}，我在场子的宿舍住。我身份证{{id_number@mfwhyphen.230223}}，闺女的{{id_number@wy2012hyphen.230223}}。我电话{{mobile@p86h}}，我爸的{{mobile@fws}}。{{han:付丽霞}}的微信叫{{wechat:fulixia_ertong}}。闺女有个QQ，她说别往外传，号是{{qq:2850417396}}。{{han:牛振山}}我自己也有QQ，是{{qq:651093842}}，不常上。
访谈者：表上名字写得对吗？
受访者：闺女在学籍上写成了{{spaced:牛　思　琪}}，儿子在医保上是{{spaced:牛 家 旺}}，我妈在低保表上被写成{{spaced:岳秀 兰}}。
访谈者：您最大的心愿呢？
受访者：攒点钱，在县城租个房子，让孩子们上县里的学校。我想着，等{{han:雪团}}上了三年级，我就辞了场子的活，回家种地，守着他们。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=545,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
