# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 206 (tests/pii/holdout206/H1633-H1640 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 207, written at the same time, is not
an earlier set).

Set 206 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 绩溪 (华阳镇,
上庄; a county of the old Huizhou, under 宣城 today, with ink-stick and tea workshops) and 黟县 (黄山; whitewashed
ancient villages full of tourists: 南屏, 宏村, 西递, 渔亭): a Uyghur mother from 伽师 who gilds ink sticks in a
workshop in 华阳镇, her Han husband from 上庄 half paralysed by a stroke; a Yi father from 布拖 who carries timber
and lime for a crew restoring old houses, widowed and raising three children in a rented old house in 南屏, the
youngest deaf; a Hui grandmother from 化隆 in 华阳镇 raising two grandchildren after her son, a noodle-shop owner,
was killed by a hit-and-run lorry and their mother went back to 青海; a Mongolian father from 乌审旗, a cook in a
guesthouse in 宏村, whose Han wife from 屏山 is in prison for fraud; a Han 儿童主任 of the ancient village of 南屏
reading out her list; a Han civil-affairs assistant of 华阳镇 on checks, the records system and his households; a
Han prosecutor for minors of the 黟县 procuratorate; and a Han nurse of a village clinic of 华阳镇. Han families
speaking Huizhou dialect come in through the in-laws and the households on the workers' lists (尔 for 你, 渠 for
他/她, 细人 for children, 爷 for father, 么事, 晓得). The emphasis is on forms where a replacement might cover only
part of a name, or miss it, in a mix rather than one trick: Uyghur given name + father's name with ·, ‧, ・, a full
stop and no dot (阿衣夏木古丽·艾海提, 阿衣夏木古丽‧艾海提, 阿卜力克木・艾海提, 吐尔洪江.买合木提,
阿衣夏木古丽艾海提), a short form (阿衣夏), the Han father's surname before a Uyghur given name (胡艾孜买提) and
forms of address (小艾, 仁仁); Yi clan + given names (阿侯伍沙, 阿侯尔黑, 阿侯石诺, 阿侯吉铁, 的惹乌嫫, 的惹拉格,
阿侯木呷, 勒格约哈), the clan's Han surname before a Yi given name (侯伍沙, 侯尔黑), given names alone (尔黑, 石诺,
吉铁, 乌嫫) and the boy's Han school name (侯志远); Hui 经名 used alone (赛必哈, 阿卜杜凯里木, 库勒苏目, 撒里黑,
素麦娅) beside the Han names of the same people (妥玉珍, 冶长禄, 喇彩霞, 冶志诚), a Hui surname before a 经名
(冶撒里黑, 妥哈伦), forms of address (尕撒, 麦娅) and an imam by his Han name (虎守义阿訇); Mongolian names (额尔德尼仓,
希日莫德格, 洪格尔朝鲁, 高娃其木格, 宝音乌勒吉) with short forms (希日, 洪格尔), the mother's Han surname before
the daughter's name on the school roll (舒希日), a Mongolian name whose first character is a Han surname, so that
the teachers make a surname of it (洪格尔朝鲁, called 洪朝鲁), and forms of address (额师傅, 额大厨); Han names with
rare and regional surnames (笪, 檀, 操, 查, 仇, 宣, 鲍, 詹, 项, 俞, 邵, 凌, 葛, 舒, 汪, 余, 喇, 冶, 虎, 过, 应, 时,
从, 曾, 万); surnames and given characters that are ordinary or grammar words, right before grammar words, particles,
pronouns and verbs (程又新又来, 应晓帆应该, 过晴岚过来, 从兰芝从来, 曾照林曾经, 万春和讲万一, 操得福得空, 胡正正在,
洪志刚却, 从兰芝倒是, 许银娣她, 仇建平他, 项家婆渠讲, 汪杏娟渠讲) and after 被/给/把/让 (被方德林, 给鲍彩蘋,
把细笋, 让俞笑笑, 让俞春燕); names that contain words, with the words nearby used as words (traps: 胡来喜/胡来,
凌晨旭/凌晨五点, 方向辰/方向, 汤圆满/芝麻汤圆, 洪水生/洪水, 黄梅子/黄梅天, 黄山青/黄山, 时雨生/金山时雨 and 时常,
小石耳/石耳, 余宛青/余额, 宣老师/宣传); names inside place- or organisation-like phrases where the name is the
person's (章秉毅墨坊, 鲍彩蘋民宿) beside an ink brand that is a famous name (胡开文墨厂); a surname with only a title
or kin word, annotated whole (查婶, 笪医生, 宣老师, 项家婆, 余主任, 余阿姨, 应助理, 应叔叔, 小应, 过检察官, 过阿姨,
黄护士); local nicknames, annotated whole (小石耳, 细笋); given names alone (长庚, 青黛); names at the start of a
line and closing the last sentence (最放心不下的，是时雨生。, 我最想谢的是凌一禾。); compound surnames after
ordinary words (欧阳, 端木, 司徒, 上官, 皇甫, 诸葛, 澹台, 宇文, 长孙, 公羊, 申屠, 赫连, 乐正, 濮阳, 左丘, 司空, 钟离,
西门 after 派来的/叫/残联的/律师/社工/法官/营养师/内分泌科的), some beside the same characters used as words
or names (长孙, 公羊, 司空见惯, 河南濮阳, 左丘明, 西门口); names spaced out character by character in half- and
full-width spaces, dotted names with spaces around the dot (阿衣夏木古丽 · 艾海提, 阿卜力克木 ・ 艾海提,
阿 衣 夏 木 古 丽 · 艾 海 提) and names split in two (胡　长庚, 阿侯　尔黑, 的惹 乌嫫, 冶　撒里黑, 洪格尔 朝鲁,
舒 希日, 方　向辰, 汤 满满, 申屠　一苇, 钟离 砚池, 洪 水生, 黄 山青); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:项家婆}}``, ``{{qq:3185079264}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, uyghur, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1987quad.653129}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 阿奶) and a particle,
pronoun or verb written directly after a name (又, 应该, 过来, 从来, 曾经, 得空, 正在, 却, 倒是, 她, 他, 渠, 讲) are
outside the span; a surname with only a title or kin word (查婶, 笪医生, 项家婆, 余阿姨, 过检察官) and a local
nickname (小石耳, 细笋) are annotated whole. Han-style names of Hui and Yi people (妥玉珍, 冶长禄, 喇彩霞, 冶志诚,
虎守义, 侯志远) are category han; a Han surname before a non-Han given name (胡艾孜买提, 侯伍沙, 侯尔黑, 冶撒里黑,
妥哈伦, 舒希日) is category minority, and so are forms of address made from a non-Han name (小艾, 仁仁, 尕撒, 麦娅,
洪朝鲁, 额师傅, 额大厨).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout206/make_holdout206.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(206_2026_1207)
MINORITY_GROUPS = ('mongolian', 'hui', 'uyghur', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "165", "172", "178", "180", "183",
                   "186", "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1633: Uyghur mother from 伽师 who gilds ink sticks in a workshop in 绩溪 (华阳镇); her Han husband from 上庄 is
# half paralysed by a stroke.
DOCS["H1633"] = ("family", """\
访谈者：{{minority/uyghur:阿衣夏}}大姐，墨坊里味道重，我们到门口说？
受访者：好，门口凉快。我全名{{minority/uyghur:阿衣夏木古丽·艾海提}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。这个墨坊是{{han:章秉毅}}老师傅开的，门口招牌就写着“{{han:章秉毅}}墨坊”，我在里头给墨锭描金、包装，一个月两千九。
访谈者：描金难学吗？
受访者：难。一锭墨上画松树、画山水，笔尖只有几根毛，手一抖就废了。老师傅讲，这手艺以前都是{{trap/place:徽州}}男人的，现在年轻人不肯学，倒叫我一个新疆女人学会了。冬天墨坊里烧炭烘墨，一天下来鼻孔都是黑的。
访谈者：怎么从新疆到绩溪来的？
受访者：十二年前在{{trap/place:义乌}}袜子厂打工，认得了孩子他爸{{han:胡长庚}}。他是{{trap/place:上庄}}人，讲他们村出过{{trap/famous:胡适}}，我哪晓得是谁，光看他人老实。我家里起先不同意，嫌远，后来看他一年年往伽师寄茶叶，也就认了。
访谈者：他现在身体怎么样？
受访者：前年冬天在茶山上中风，半边身子不会动了。现在拄拐走几步，话讲不清。残疾证办的二级，两项补贴一个月加起来{{trap/number:二百七十块}}，家里还吃低保。他一急就拍桌子，我婆婆{{han:许银娣}}就讲他：“尔莫{{trap/word:胡来}}，细人都看着。”绩溪话，我听了十年才懂一半。
访谈者：两个孩子多大了？
受访者：儿子十一，户口上叫{{minority/uyghur:胡艾孜买提}}，他爸的姓加我起的名，同学嫌长，喊他{{minority/uyghur:小艾}}，在{{school:绩溪县华阳镇第二小学四年级3班}}。女儿七岁，{{minority/uyghur:海仁古丽}}，家里喊{{minority/uyghur:仁仁}}，在{{school:华阳镇徽城小学一（2）班}}。{{minority/uyghur:仁仁}}她奶奶最疼，天天给她做{{trap/word:挞馃}}。
访谈者：一个月的钱够用吗？
受访者：紧。我工资两千九，低保和补贴加起来一千多，孩子爸一个月药钱六七百，两个孩子的饭钱、资料费，月月见底。过年我在墨坊加班包礼盒，一天多挣八十块，就为给孩子们买身新衣服。
访谈者：谁在帮你们？
受访者：{{han:詹秋萍}}帮得最多，她是社区儿童主任，给两个孩子报了困境儿童，每人每月{{trap/number:六百八十元}}。镇上的民政助理{{han:应晓帆}}来核了三趟，{{han:应晓帆}}{{trap/word:应该}}是全镇最忙的人，还帮孩子爸把补贴补齐了。县社工站派来的{{compound:欧阳鹤汀}}，礼拜六给儿子补作文；学校心理老师叫{{compound:端木栗川}}，{{minority/uyghur:仁仁}}刚上学天天哭，是她哄好的。
访谈者：孩子在学校怎么样？
受访者：{{minority/uyghur:小艾}}数学好，就是不爱讲话。班主任{{han:程又新}}又来家访了，讲有同学笑他爸是瘸子，他跟人打了一架。{{han:程又新}}没罚他，把两个孩子叫到一块讲清楚了。儿子还问过我，他算维吾尔族还是汉族。我讲户口上跟我，心里两边都是。
访谈者：婆婆跟您处得来吗？
受访者：处得来。她不吃羊肉，我不吃猪肉，家里就分两口锅。她教我做{{trap/word:臭鳜鱼}}，我教她拉面，两个人比划半天。{{han:许银娣}}她嘴上凶，心里好，我上夜班，两个孩子都是她带。
访谈者：孩子们会讲维吾尔话吗？
受访者：会听不会讲。我晚上给他们讲{{trap/famous:阿凡提}}骑毛驴的故事，用维吾尔话讲一遍，再用汉话讲一遍。女儿学得快，会唱两句，儿子怕同学笑，在外头一句都不讲。他爸听不懂，也跟着笑。
访谈者：老家还有人吗？
受访者：我阿帕{{minority/uyghur:阿娜尔汗}}在伽师，七十了，她的名字就是石榴的意思，院子里也种着石榴，每年秋天连{{trap/minority_word:巴旦木}}一起寄一箱来。哥哥{{minority/uyghur:阿卜力克木・艾海提}}在喀什开出租。在{{trap/place:宣城}}卖馕的老乡{{minority/uyghur:吐尔洪江.买合木提}}过节开车来，带羊肉做{{trap/minority_word:抓饭}}，孩子们吃得满嘴油。
访谈者：孩子爸中风以后，家里怎么撑过来的？
受访者：头半年最难，医药费六万多，借了一圈。村里{{han:胡来喜}}带头捐了两千，他跟{{han:长庚}}从小一起放牛。{{han:胡来喜}}讲，{{han:长庚}}的细人就是上庄的细人。隔壁{{han:查婶}}的儿子{{han:查小满}}在{{trap/org:胡开文墨厂}}上班，帮我问过那边要不要描金的。
访谈者：登记信息请您说一下。
受访者：住{{address:绩溪县华阳镇徽山路墨坊巷7号}}，户口还在{{address:伽师县克孜勒博依乡阿克塔木村4组19号}}。我身份证{{id_number@wy1987quad.653129}}，儿子的{{id_number@my2013fw.341824}}。我电话{{mobile@s434}}，{{han:詹秋萍}}的{{mobile@p86h}}。微信{{wechat:Ayshamgul_0617}}。儿子的QQ，他拿胶带贴在墨坊墙上：{{qq:3185079264}}。
访谈者：表上名字写得对吗？
受访者：常常不对。低保表上我是{{spaced:阿衣夏木古丽 · 艾海提}}，学校把儿子写成{{spaced:胡 艾 孜 买 提}}，孩子爸写成{{spaced:胡　长庚}}，女儿写成{{spaced:海　仁　古　丽}}。
访谈者：您最盼什么？
受访者：盼孩子爸能自己走到巷子口晒太阳，盼两个孩子把书念出来。攒够了路费，带他们回伽师看阿帕，摘一回石榴。
""")

# H1634: Yi father from 布拖 who carries timber and lime for a crew restoring old houses in 黟县; his wife died,
# he raises three children in a rented old house in 南屏, the youngest deaf.
DOCS["H1634"] = ("family", """\
访谈者：大哥，您在古建队干了多久？
受访者：三年了。我叫{{minority/yi:阿侯伍沙}}，{{trap/place:凉山}}{{trap/place:布拖}}来的，彝族。工地上的汉族师傅念不顺，都喊我{{minority/yi:侯伍沙}}，前头给我加了个姓。
访谈者：在这边做什么活？
受访者：修老房子。{{trap/place:西递}}、南屏的老屋，木头烂了要换，墙要刷石灰，扛木头、拌灰浆都是我。包工头{{han:凌晨旭}}{{trap/word:凌晨五点}}就在巷口喊人，一天两百二。
访谈者：刚来的时候难吗？
受访者：难。汉话只会几句，银行卡不会办，工钱是现金，揣在身上怕丢。头一年给一个老板干了四个月，他跑了，一分钱没拿到。后来进了{{han:凌晨旭}}的队，月月按时发，我才敢把孩子接过来。
访谈者：孩子妈妈呢？
受访者：前年走了。她叫{{minority/yi:的惹乌嫫}}，肺上的病，在{{trap/org:黄山市人民医院}}住了两个月，没留住。我们彝族讲，人走了要请{{trap/minority_word:毕摩}}来送，这里请不到，我就朝凉山那边烧了一把{{trap/minority_word:苦荞}}。{{minority/yi:乌嫫}}走的时候，最小的才四岁。
访谈者：三个孩子都在这边？
受访者：都在。大的{{minority/yi:阿侯尔黑}}十二岁，学校给起了个汉名叫{{han:侯志远}}，可老师点名还是喊{{minority/yi:侯尔黑}}，在{{school:黟县南屏小学六年级二班}}。老二是丫头，{{minority/yi:阿侯石诺}}，九岁，在{{school:南屏小学三年级一班}}。老三{{minority/yi:阿侯吉铁}}六岁，耳朵听不见，在{{school:黄山市特殊教育学校学前（1）班}}住校，礼拜五我去接。
访谈者：小的耳朵是怎么回事？
受访者：生下来就这样，在凉山没查过。到这边是{{han:余宛青}}带去查的，她是村里的儿童主任，讲是重度，一级。她给办了残疾证，两项补贴有了，三个孩子报了困境儿童，家里吃低保，加起来一个月{{trap/number:两千零四十块}}。{{han:笪医生}}讲要配助听器，一只七千多，县残联的{{compound:司徒墨林}}帮我们申请了救助，没花钱。
访谈者：您一个人带三个，顾得过来吗？
受访者：顾不过来。{{minority/yi:尔黑}}懂事，早上煮饭，送妹妹上学。{{minority/yi:石诺}}会编辫子，给自己编，也给同桌编。房东{{han:叶满堂}}是好人，老屋一年才收两千，还把{{trap/org:叶氏支祠}}后头的菜地让我们种。{{han:叶满堂}}讲，屋里有人住，老房子才不会倒。队里的木匠{{han:操得福}}得空就教大的刨木头。
访谈者：活危险吗？
受访者：老屋高，上梁要爬到马头墙上头。去年我从架子上摔下来，腰扭了，躺了半个月。那半个月是大的做饭、老二烧水，我躺在床上听他们在灶屋里吵，又难过又好笑。
访谈者：小的在学校怎么样？
受访者：{{minority/yi:吉铁}}不会讲话，可眼睛尖。暑假来了几个大学生支教，带头的叫{{compound:上官茗雪}}，教他打手语，现在{{minority/yi:吉铁}}会比“爸爸”“吃饭”了。{{compound:上官茗雪}}走的时候，他追到村口。大的班主任{{han:檀秀芬}}来家访，看屋里没桌子，第二天叫人搬来一张。{{han:檀秀芬}}问我：“尔一个人扛得住啵？”我讲扛不住也要扛。
访谈者：老家还有人吗？
受访者：我阿达{{minority/yi:阿侯木呷}}在布拖放羊，七十多了。孩子的舅舅{{minority/yi:的惹拉格}}在{{trap/place:西昌}}开车，{{trap/minority_word:火把节}}打视频来，让孩子们看跳舞。工友{{minority/yi:勒格约哈}}也是布拖的，他老婆会做{{trap/minority_word:坨坨肉}}，过年请我们去吃。我跟孩子讲{{trap/famous:支格阿鲁}}射太阳，讲做人要有力气。
访谈者：孩子们在这边吃得惯吗？
受访者：比我惯。我们彝族爱吃洋芋、荞粑，这边天天米饭。老二现在最爱吃{{trap/word:腊八豆腐}}，房东家过年做了一簸箕，送我们一半。火把节那天村里不让点火，怕烧了老房子，我就在院子里点一根蜡烛，让孩子们围着转三圈。
访谈者：您自己身体怎么样？
受访者：腰不好，阴雨天疼。村医{{han:鲍国栋}}讲是劳损，叫我少扛，可少扛就少挣钱。
访谈者：以后打算怎么办？
受访者：先在这边干。凉山的老屋塌了，回去也没地方住。老二讲她喜欢这边的白墙黑瓦，长大要当老师。一年四季都有背画板的学生来写生，还给她画过一张像，她贴在床头。有的游客拿相机对着我扛木头，我也不恼，人家觉得稀奇。
访谈者：登记信息请您说一下。
受访者：住{{address:黟县碧阳镇南屏村上叶巷21号}}，老家{{address:布拖县地洛乡洛古村二组8号}}。我身份证{{id_number@my1984tri.513429}}，大的{{id_number@my2012x.513429}}。我电话{{mobile@plus86}}，{{han:余宛青}}的{{mobile@s38}}。大的帮我弄了个微信，叫{{wechat:Ahou_Wusha84}}，他自己有个QQ：{{qq:50917346}}。
访谈者：表上名字写得对吗？
受访者：低保表上我是{{spaced:阿 侯 伍 沙}}，大的写成{{spaced:阿侯　尔黑}}，小的写成{{spaced:阿　侯　吉　铁}}，孩子妈的死亡证明上写成{{spaced:的惹 乌嫫}}。
访谈者：您最盼什么？
受访者：盼小的将来学门手艺，能养活自己。
""")

# H1635: Hui grandmother from 化隆 in 绩溪 (华阳镇) raising two grandchildren: her son, who ran a noodle shop, was
# killed by a hit-and-run lorry, and the children's mother went back to 青海 and remarried.
DOCS["H1635"] = ("family", """\
访谈者：阿奶，您老家是青海哪里的？
受访者：{{trap/place:化隆}}的，{{trap/place:群科镇}}。我汉名{{han:妥玉珍}}，经名{{minority/hui:赛必哈}}，今年六十三了。
访谈者：在老家的时候做什么？
受访者：种洋芋、种麦子。老汉走得早，我一个人把儿子拉扯大。儿子十七岁就跟村里人出来学拉面，先在{{trap/place:西宁}}，后来到了安徽，他讲安徽人吃得清淡，牛肉面要少放辣子。
访谈者：怎么到绩溪来的？
受访者：我们化隆人出来开拉面馆的多。儿子{{han:冶长禄}}，经名{{minority/hui:阿卜杜凯里木}}，八年前在{{trap/place:华阳镇}}开了一家，我过来帮他揉面、看尕娃。
访谈者：儿子现在……
受访者：前年腊月没了。夜里骑电瓶车送外卖，在路口叫一辆货车撞了，司机跑了。交警{{han:仇建平}}追了半个月才抓到，{{han:仇建平}}他跟我讲，阿奶，该赔的一分都少不了。官司是法律援助的{{compound:皇甫春溪}}律师打的，赔的钱存在孩子名下，要到十八岁才能动。
访谈者：孩子妈妈呢？
受访者：媳妇{{han:喇彩霞}}，经名{{minority/hui:库勒苏目}}，过了四十天就回青海了，听说改嫁到{{trap/place:循化}}。电话打过去不接，两年没寄过一分钱。她也年轻，我不怪她，就是尕娃们可怜。
访谈者：两个孩子多大了？
受访者：孙子十岁，学名{{han:冶志诚}}，经名{{minority/hui:撒里黑}}，{{han:宣老师}}点名喊他{{minority/hui:冶撒里黑}}，我喊他{{minority/hui:尕撒}}，在{{school:绩溪县华阳镇第三小学五（4）班}}。孙女七岁，经名{{minority/hui:素麦娅}}，家里喊她{{minority/hui:麦娅}}，在{{school:华阳镇北门幼儿园大二班}}。
访谈者：谁在帮你们？
受访者：社区的{{han:詹秋萍}}给两个尕娃报了事实无人抚养，每人每月{{trap/number:一千一百九十元}}。镇上的{{han:小应}}来填的表，我不识字，他一个字一个字念给我听。拉面馆现在是侄子{{minority/hui:妥哈伦}}在开，他每月给我们一千五。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:尕撒}}爱踢球，脾气犟，想他爸了就一个人蹲在馆子后门。{{han:宣老师}}把他的画贴在学校{{trap/word:宣传}}栏里，他高兴了三天。{{minority/hui:麦娅}}胆小，夜里哭着要妈。
访谈者：在绩溪住得惯吗？
受访者：头两年不惯，这边的话一句都听不懂，买个菜要比划半天。现在会讲几句了，晓得“尔”是你，“渠”是他。街坊都好，晓得我们不吃大肉，请吃饭都另外烧一锅。孙子把他爸的围裙挂在床头，不让洗，讲长大了也要开面馆，开在他爸的老地方。
访谈者：斋月里孩子们也封斋吗？
受访者：小的不封。{{minority/hui:尕撒}}去年非要封，封了三天，上体育课晕倒了，{{han:宣老师}}打电话给我，我赶紧送吃的过去。我跟他讲，尕娃身体要紧，长大了再封。他哭着讲对不起他爸。
访谈者：钱够用吗？
受访者：够吃饭。两个孩子的补助、侄子给的钱，加起来三千出头。房子是租的，一个月五百，房东{{han:章桂仙}}晓得我们的事，三年没涨过。我自己捡点纸壳卖，一个月能卖一两百。
访谈者：中午吃饭怎么办？
受访者：学校没有清真的，我做好了送过去，一罐牛肉面片。下雨天隔壁卖茶叶的{{han:葛春和}}骑三轮帮我送。{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，街坊一家送一盘，{{han:葛春和}}讲比他家的{{trap/word:毛豆腐}}还香。
访谈者：做礼拜方便吗？
受访者：绩溪没有寺，要去{{trap/place:宣城}}。寺里的{{han:虎守义}}阿訇给我儿子念过{{trap/minority_word:都瓦}}，每年他忌日我带孙子去一趟。
访谈者：您身体怎么样？
受访者：血糖高，村卫生室的{{han:黄梅子}}一个礼拜来给我测一回，讲我面食吃多了。腿也疼，这边潮，{{trap/word:黄梅天}}一来，膝盖肿得下不了楼。我不敢病，我病了尕娃们阿们办？
访谈者：想回青海吗？
受访者：想，{{trap/place:黄河}}边上的老屋还在。可{{minority/hui:尕撒}}讲他爸埋在这边，他不走。我就守着，守到他们长大。等他们大了，愿意回就回去看看，老屋门口那棵杏树，是他爸小时候栽的。
访谈者：孙女还记得妈妈吗？
受访者：记不清了，走的时候她才五岁。就记得妈妈给她梳过小辫，辫梢上系红毛线。我手笨，梳不好，她就自己对着镜子梳，梳歪了也不让我拆。
访谈者：登记信息请您说一下。
受访者：住{{address:绩溪县华阳镇北门街清真拉面馆后院2号}}，老家{{address:化隆县群科镇安达其哈村五社11号}}。我身份证{{id_number@wy1961fwhyphen.630224}}，孙子的{{id_number@my2014hyphen.630224}}。我电话{{mobile@fullwidth}}，{{minority/hui:妥哈伦}}的{{mobile@plus86dash}}，他微信{{wechat:TuoHarun-lamian}}。孙子用他叔的旧手机上QQ，号码是{{qq:２４６０９１８３７}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:妥 玉 珍}}，我儿子写成{{spaced:阿 卜　杜 凯 里 木}}，孙子写成{{spaced:冶　撒里黑}}。
访谈者：最后还想说什么？
受访者：谢谢{{han:詹秋萍}}，谢谢{{han:应晓帆}}。
""")

# H1636: Mongolian father from 乌审旗, a cook in a guesthouse in 宏村 (黟县); his Han wife from 屏山 is in prison
# for fraud.
DOCS["H1636"] = ("family", """\
访谈者：{{minority/mongolian:额师傅}}，民宿这阵子忙不忙？
受访者：旺季忙，一天几十桌。我叫{{minority/mongolian:额尔德尼仓}}，老家{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}。在{{han:鲍彩蘋}}民宿掌勺，老板娘喊我{{minority/mongolian:额师傅}}，村里人喊我{{minority/mongolian:额大厨}}。
访谈者：怎么到{{trap/place:宏村}}来的？
受访者：十年前我在{{trap/place:杭州}}一家烤肉店，孩子她妈{{han:舒青黛}}来吃饭，一来二去就好上了。她是黟县{{trap/place:屏山}}人，结婚以后我们回来开了间小民宿。
访谈者：孩子妈妈现在……
受访者：在里头。她拿民宿的名义收人家的钱，讲是合伙开新店，钱拿去填窟窿，收不回来，判了五年，关在{{trap/org:安徽省女子监狱}}。民宿也抵了债，我就给{{han:鲍彩蘋}}打工。
访谈者：在民宿做厨师累吗？
受访者：累是累，可我喜欢。游客点得最多的是臭鳜鱼、毛豆腐，我一个草原上来的，学会了一桌徽菜。有的客人听说我是蒙古族，非要吃烤羊，我就在后院支个架子烤一只，一晚上多挣三百块。
访谈者：在宏村住得惯吗？
受访者：刚来那年冬天冷得受不了。草原上是干冷，穿上皮袄就行；这里是湿冷，冷到骨头里，屋里没暖气，被子摸着都是潮的。现在惯了，早上先去{{trap/place:月沼}}边上转一圈，看老太太们洗菜。
访谈者：孩子们知道吗？
受访者：大的知道。女儿{{minority/mongolian:希日莫德格}}，十一岁，学校电脑里非要填个姓，老师用了她妈的姓，写成{{minority/mongolian:舒希日}}，在{{school:黟县宏村镇中心小学五年级二班}}。儿子{{minority/mongolian:洪格尔朝鲁}}七岁，老师以为他姓洪，都喊他{{minority/mongolian:洪朝鲁}}，在{{school:宏村小学一年级（三）班}}。{{minority/mongolian:洪格尔}}还以为他妈在外地打工，老问打工的地方远不远、过年回不回来。我讲远，跟草原一样远。他就趴在地图上找，找不到，哭着睡着了。
访谈者：您跟孩子们讲蒙古话吗？
受访者：讲一点。女儿会数数、会唱两首歌，儿子只会喊阿爸。我想教，可一天到晚忙，晚上回来他们都睡了。等他们大一点，放暑假带回乌审旗住一个月，骑骑马，说说话，就学会了。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:卢卫红}}给两个孩子报了服刑人员子女补助，每人每月{{trap/number:九百二十元}}。县检察院的{{han:过晴岚}}过来了好几趟，帮我们申请了司法救助。社工{{compound:诸葛新苗}}每礼拜来陪{{minority/mongolian:希日}}讲话，女儿跟她比跟我亲。{{compound:诸葛新苗}}讲，孩子肯讲话就好。
访谈者：孩子外婆那边呢？
受访者：外婆{{han:汪杏娟}}住屏山，七十了，腿不好，每个礼拜天还是接两个孩子去吃饭。{{han:汪杏娟}}渠讲：“是{{han:青黛}}作的孽，细人有么事罪？”
访谈者：女儿现在怎么样？
受访者：变了，以前爱唱爱跳，现在不爱出门。游客拿相机对着她，她就跑。心理老师{{compound:澹台絮白}}讲，孩子心里憋着事，要慢慢来。班主任{{han:邵雪芹}}让她当图书管理员，她才肯在学校多待一会儿。家长群里有人转过她妈的案子，有同学讲她妈是骗子，{{han:邵雪芹}}把消息删了，挨个给家长打了电话。
访谈者：一个人带两个孩子，怎么安排？
受访者：早上六点起，做早饭，送儿子上学，女儿自己走。中午民宿最忙，孩子就在学校吃。晚上收工九点多，儿子睡了，女儿还在等我，给我留一碗面。我心里过意不去，她才十一岁。
访谈者：见过妈妈吗？
受访者：见过两回，律师{{compound:宇文嵩岚}}帮我们办的视频会见。女儿一句话不讲，挂了电话哭了一路。儿子对着屏幕喊妈妈，问她哪天回来。
访谈者：老家还有人吗？
受访者：我额吉{{minority/mongolian:高娃其木格}}在乌审旗，哥哥{{minority/mongolian:宝音乌勒吉}}养了两百只羊，每年寄{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}来。过年我在民宿后院煮手扒肉，给孩子们哼几句{{trap/minority_word:乌力格尔}}，讲{{trap/famous:江格尔}}的故事。
访谈者：以后打算怎么办？
受访者：等她出来。宏村游客多，我这手艺饿不死。{{han:鲍彩蘋}}讲，{{minority/mongolian:额大厨}}，尔安心做，我这里不赶你。
访谈者：登记信息请您说一下。
受访者：住在{{address:黟县宏村镇际村西溪巷14号}}，户口在{{address:乌审旗嘎鲁图镇巴音高勒嘎查三社6号}}。我身份证{{id_number@my1983fwspaced.150626}}，女儿的{{id_number@wy2013spaced.341023}}。我电话{{mobile@plus86spaced}}，{{han:卢卫红}}的{{mobile@h38}}。我微信{{wechat:Erdeni_cang83}}，女儿的QQ是{{qq:731508264}}。
访谈者：名字在表上写得对吗？
受访者：不对。补助表上女儿是{{spaced:希　日　莫　德　格}}，我是{{spaced:额 尔 德 尼 仓}}，儿子写成{{spaced:洪格尔 朝鲁}}，还有一张写成{{spaced:舒 希日}}。
访谈者：您最盼什么？
受访者：盼她在里头好好改，早点出来。到那时候一家人回一趟草原，让我额吉看看两个孙子。
""")

# H1637: Han 儿童主任 of the ancient village of 南屏 (黟县) reading out her list.
DOCS["H1637"] = ("staff", """\
访谈者：{{han:余主任}}，您手上是名单？
受访者：是，全村困境儿童都在这本子上。我叫{{han:余宛青}}，{{trap/place:南屏}}村的儿童主任，做了五年。我们村拍过{{trap/famous:菊豆}}，游客多，困难户也不少。我一户一户念。
访谈者：好。
受访者：第一户，彝族{{minority/yi:阿侯伍沙}}家，租{{han:叶满堂}}的老屋住，老婆前年病死了，三个孩子：{{han:侯志远}}、{{minority/yi:石诺}}、{{minority/yi:吉铁}}，小的聋，低保、两项补贴、困境儿童都有了。{{minority/yi:侯伍沙}}人实在，就是汉话讲不利索。
访谈者：第二户？
受访者：第二户，{{han:方向辰}}，男，十三岁，孤儿。爸爸三年前在{{trap/place:黄山}}上当挑夫摔下来，妈妈早跑了。跟叔叔{{han:方德林}}过，孤儿基本生活费一个月{{trap/number:一千五百二十元}}，在{{school:黟县碧阳中学七年级（6）班}}，身份证{{id_number@my2011.341023}}。小名叫{{han:小石耳}}，山上的{{trap/word:石耳}}他最会采。上回他跟我讲，{{han:余阿姨}}，我找不到{{trap/word:方向}}了。我讲你慢慢来。
访谈者：第三户？
受访者：第三户两姊妹，{{han:汤圆满}}、{{han:汤满满}}，爸爸强制戒毒，妈妈改嫁，跟外婆过，村里都喊她{{han:项家婆}}。事实无人抚养，每人每月{{trap/number:一千一百三十元}}。过年{{han:项家婆}}包{{trap/word:芝麻汤圆}}，{{han:汤圆满}}讲她名字就是这么来的。{{han:项家婆}}渠讲：“尔莫问，问了细人要哭。”
访谈者：第四户？
受访者：第四户，{{han:舒心怡}}，女，九岁，脑瘫，坐轮椅，两项补贴。外公{{han:舒炳坤}}讲，孩子笑一下，一家人心里都{{trap/word:舒坦}}。住{{address:黟县碧阳镇南屏村下叶村民组33号}}。孩子爱听故事，我去了就给她念绘本。
访谈者：这些户都谁在跟？
受访者：镇社工站的{{compound:长孙淑慧}}跟第二户、第三户。她讲她爷爷是家里的{{trap/word:长孙}}，可她这个姓是祖上传的，跟排行没关系。还有个大学生志愿者叫{{compound:公羊景澄}}，给孩子们上美术课，孩子们笑他姓{{trap/word:公羊}}，他也不恼。
访谈者：补助是怎么发的？
受访者：打到卡上。老人看不懂短信，我每个月十号拿着卡去{{trap/org:黟县农商行}}帮他们查{{trap/word:余额}}。有一回{{han:方德林}}拿孩子的钱去打牌，我跟民政办讲了，改成打到孩子名下的存折。
访谈者：您自己家呢？
受访者：我老公{{han:孙慕白}}在{{trap/place:渔亭}}开货车，女儿在县城读高中。我白天在游客中心卖票，晚上入户。儿童主任一个月补贴三百块，跑一趟县里车费就去了一半。可村里的细人都认得我，见了面喊我{{han:余阿姨}}，我就觉得值。
访谈者：村里有给孩子们的活动场所吗？
受访者：有。村里把一间老祠堂的偏厅腾出来，做了儿童之家，放了书架、乒乓球桌。放学以后孩子们来写作业，我跟志愿者轮流看着。暑假游客多，巷子里人挤人，孩子们就不往外跑了。
访谈者：您怎么发现困难的孩子？
受访者：靠走。南屏巷子多，一条一条走，哪家晚上灯不亮，哪家门口堆着没人收的快递，我都记着。老人讲本地话，外地来的社工听不懂，我就在旁边翻。有个老奶奶讲“渠爷在外头做事”，社工以为讲的是爷爷，其实我们这里“爷”是爸爸。
访谈者：游客多，对孩子们有影响吗？
受访者：有好有坏。好的是大人在家门口就能挣钱，开个小店、卖点{{trap/word:臭豆腐}}，不用出去打工，孩子有人管。坏的是孩子学会了跟游客要钱，拍一张照片要五块。去年{{han:方向辰}}就干过，被{{han:方德林}}打了一顿，我去拉的架。我跟他讲，钱要拿本事换。
访谈者：您最担心哪个孩子？
受访者：{{han:舒心怡}}。她外公七十多了，背不动了，孩子一天天长大，上下楼全靠抱。我们申请了无障碍改造，门口修了个坡，厕所装了扶手。可外公哪天倒了，孩子怎么办，我不敢想。
访谈者：彝族那一家跟村里处得好吗？
受访者：好。{{minority/yi:侯伍沙}}力气大，谁家搬东西都找他。三个孩子嘴甜，见了老人都喊阿婆。只是他家吃饭没个准点，有时候就是一锅洋芋，我跟学校讲了，给三个孩子都报了营养餐。
访谈者：名单上的名字写对了吗？
受访者：错的多。有张表把{{spaced:长　孙　淑　慧}}写成四个字分开，{{spaced:方　向辰}}中间空一格，彝族的{{spaced:阿 侯 石 诺}}也是，还有{{spaced:汤 满满}}。
访谈者：您的联系方式？
受访者：电话{{mobile@fws}}，工作微信{{wechat:yuwanqing-nanping}}。{{han:汤圆满}}有QQ，她讲有事就找我：{{qq:1069384725}}。
访谈者：干这个最难的是什么？
受访者：最难是孩子的心事。钱有政策，心事没政策。{{han:方向辰}}现在晚上来我家写作业，我看着，心里才踏实。有的孩子嘴上不讲，夜里躲在被子里哭，第二天照样上学。我们能做的，就是常去，让他晓得有人在。
""")

# H1638: Han township civil-affairs assistant of 华阳镇 (绩溪) on checks, the records system and the households he
# follows.
DOCS["H1638"] = ("staff", """\
访谈者：{{han:应助理}}，你们镇在册的困境儿童有多少？
受访者：四十一个。我叫{{han:应晓帆}}，{{trap/place:华阳镇}}民政办的，单位里都喊我{{han:小应}}。{{trap/word:应该}}讲，这四十一户我个个都上过门。
访谈者：您干这个几年了？
受访者：六年。以前在镇上管计生，后来机构改了，调到民政办。刚来的时候分不清孤儿和事实无人抚养，是县民政局的{{compound:申屠一苇}}把文件一条一条给我讲明白的。
访谈者：平时主要做什么？
受访者：核查、录系统、发钱、跟踪。一年两回入户，看家里人口变没变，大人回没回来，有没有收入。上个月刚把{{minority/uyghur:阿衣夏木古丽}}家复核完，{{han:胡长庚}}的残疾等级重新评了，{{minority/uyghur:胡艾孜买提}}兄妹俩的补助接着发。
访谈者：录系统难在哪里？
受访者：难在名字。系统里间隔号打不出来，{{minority/uyghur:阿衣夏木古丽艾海提}}只好连着写；县里的表又要带点，有人打成{{minority/uyghur:阿衣夏木古丽‧艾海提}}，点不对，比对不上，钱就卡住了。她哥哥在老家开的证明上写的是{{spaced:阿卜力克木 ・ 艾海提}}，点两边还空着格。{{han:妥玉珍}}的孙子户口上是{{han:冶志诚}}，学校报上来是{{minority/hui:冶撒里黑}}，我跑了三趟派出所才对上。
访谈者：核查的时候家里人配合吗？
受访者：大多配合，也有不高兴的。有的老人觉得查来查去是不相信他，有的怕邻居晓得。我就先讲清楚，钱是国家给孩子的，查是怕漏了、怕错了，不是怕你多拿。钱每月十号前后打到卡上，晚几天就有人打电话来问。
访谈者：还有哪些户？
受访者：{{trap/place:上庄}}有个老茶农{{han:时雨生}}，种{{trap/word:金山时雨}}的，儿子儿媳离了婚都出去了，几年没音讯，两个孙子{{han:时小溪}}、{{han:时小川}}跟着他，都在{{school:绩溪县上庄小学二年级1班}}。我{{trap/word:时常}}去看，去年给孩子认定了事实无人抚养。{{han:时雨生}}讲他肺不好，怕哪天走了孩子没人管。我跟村里讲好了，真有那一天，先让姑妈{{han:时月英}}接过去。
访谈者：认定事实无人抚养难在哪里？
受访者：难在证明。爸妈失联的，要派出所出证明；服刑的，要判决书；重残重病的，要残疾证、病历。有的大人人在外地，就是不肯签字，怕签了要他出钱。{{han:时雨生}}的儿子，我打了二十几个电话才打通，他讲：“我的细人我自己会管。”可他几年都没寄过一分钱。{{han:时小溪}}见了我就喊{{han:应叔叔}}，问我带没带糖。
访谈者：别的户呢？
受访者：还有{{trap/place:扬溪镇}}嫁过来的一户，奶奶{{han:从兰芝}}{{trap/word:从来}}不要人帮。孙女{{han:曾晓露}}是服刑人员子女，她爸{{han:曾照林}}{{trap/word:曾经}}是有名的木匠，喝了酒跟人打架，判了三年。{{han:从兰芝}}讲，补助可以要，只是莫让人晓得。我们就不上门，约在{{trap/org:华阳镇卫生院}}门口见。
访谈者：镇上给困境儿童还有别的帮扶吗？
受访者：有。开学前镇里统一买书包文具，冬天发棉衣棉被。大学生假期来辅导作业，卫生院每年给孩子们免费体检一回。钱不多，可一样一样加起来，孩子们晓得有人记着他们。
访谈者：社工帮得上忙吗？
受访者：帮得上。县民政局派了{{compound:申屠一苇}}统筹，底下有{{compound:赫连清越}}、{{compound:乐正文蔚}}两个社工。我这边一出事就找{{compound:申屠一苇}}，她半夜都接电话。
访谈者：发钱出过差错吗？
受访者：出过。{{han:万春和}}家去年停了三个月，{{han:万春和}}讲{{trap/word:万一}}再停，孙子学费就交不上了。查下来是他孙子{{han:万小舟}}的身份证少录了一位，现在我录一个念一遍：{{id_number@my2012quad.341824}}。{{han:曾晓露}}的我也核过：{{id_number@wy2014fwhyphen.341824}}。
访谈者：这些户的住址您都记得？
受访者：记得。{{han:时雨生}}家在{{address:绩溪县上庄镇旺川村茶园坞12号}}，{{han:从兰芝}}家在{{address:华阳镇登源路油榨巷5号}}。
访谈者：您的联系方式？
受访者：手机{{mobile@hyphen}}，{{compound:申屠一苇}}的{{mobile@p86n}}。工作微信{{wechat:ying_xiaofan_hy}}，QQ是{{qq:80463175}}，全镇儿童主任的群都是这个号建的。
访谈者：系统里还有什么常见的错？
受访者：空格。有人录成{{spaced:时　雨　生}}，把社工写成{{spaced:申屠　一苇}}，还有一张表把{{spaced:阿 衣 夏 木 古 丽 · 艾 海 提}}一个字一个字隔开。
访谈者：干这个最难的是什么？
受访者：人手少，事情杂。想把每户都建个档，哪天去的、看到了什么、孩子讲了什么，都记下来，人会调走，档案不会。一个镇就我一个专职，还兼着养老、残疾人的事。去{{han:从兰芝}}家最难受，{{han:从兰芝}}倒是不哭，拉着我的手讲，{{han:小应}}，尔莫嫌我烦。老人家七十八了，还天天上山采茶。这几年最放心不下的，是{{han:时雨生}}。
""")

# H1639: Han prosecutor for minors of the 黟县 procuratorate on offenders, victims and children left without care.
DOCS["H1639"] = ("staff", """\
访谈者：{{han:过检察官}}，您在未检干了几年？
受访者：七年了。我叫{{han:过晴岚}}，在{{trap/org:黟县人民检察院}}第一检察部，专门办未成年人的案子。犯了事的、被人害了的、家里没人管的，都归我们看，一年六七十件。
访谈者：讲讲最近的案子吧。
受访者：一个是{{trap/place:西递}}的男孩{{han:黄山青}}，十四岁，在景区偷游客手机，偷了六部。不到刑事责任年龄，我们跟公安一起训诫，又做了帮教。他爸在外地打工，妈妈有病，奶奶管不住。班主任{{han:詹东阳}}跟我讲，{{han:黄山青}}以前不是这样的，成绩排过前十。我们在{{trap/place:黄山}}脚下找了家茶厂，让他周末跟师傅学炒茶，上回月考他进了前二十。
访谈者：附条件不起诉用得多吗？
受访者：不少。十四到十八岁的孩子犯了轻罪，真心悔过的，我们给他半年到一年的考察期，要上学、做公益劳动、按时报到。考察期过了表现好，就不起诉，档案也封存，不影响他以后上学找工作。
访谈者：你们怎么判断孩子能不能回学校？
受访者：看社会调查。要去家里、学校、村里，问老师、问邻居、问孩子自己，报告写一二十页，哪一条都不能马虎。孩子犯了错，可他还是孩子，不能一棍子打死。
访谈者：犯了事的孩子，家里一般什么情况？
受访者：十个里头有七八个是留守的，或者爸妈离了，跟着老人。老人管吃管穿，管不了心。{{han:黄山青}}偷手机，是想买个好手机打游戏，跟同学比。我们给他爸发了家庭教育指导令，让他每个礼拜跟孩子视频一次，不许只问成绩。
访谈者：还有呢？
受访者：宏村那一户，孩子妈{{han:舒青黛}}是我们起诉的，集资诈骗。判了以后两个孩子的事我们接着管，给{{minority/mongolian:希日莫德格}}和{{minority/mongolian:洪格尔朝鲁}}申请了司法救助，一人五千。头一回去，{{minority/mongolian:额尔德尼仓}}在灶上炒菜，{{minority/mongolian:洪朝鲁}}抱着我的腿不放，喊我阿姨。
访谈者：有没有孩子是被害人的？
受访者：有。{{trap/place:渔亭}}一个女孩{{han:俞笑笑}}，十二岁，常年被继父{{han:邵金龙}}打，身上没一块好的。是班主任{{han:凌一禾}}发现的，她让{{han:俞笑笑}}把袖子撸起来，一看全是青的，当天就报了案。{{han:邵金龙}}判了一年半。孩子亲妈{{han:俞春燕}}一直装不晓得，我们给她发了督促监护令，让{{han:俞春燕}}每个月到检察院来讲一次孩子的情况。
访谈者：孩子现在呢？
受访者：跟外婆住，认定了事实无人抚养。案子是法官{{compound:濮阳慕白}}判的，他偏偏就是河南{{trap/place:濮阳}}人，{{compound:濮阳慕白}}自己也拿这个开玩笑。法律援助律师{{compound:左丘鹭洲}}，跟写《左传》的{{trap/famous:左丘明}}一个姓，帮孩子要回了医药费。心理咨询师{{compound:司空悦然}}每个礼拜陪孩子一次，她讲这种伤她{{trap/word:司空见惯}}，可每回还是难受。
访谈者：{{han:俞笑笑}}现在怎么样？
受访者：好多了。上个月她给我写了张卡片，讲“{{han:过阿姨}}，我现在不怕了”。我压在办公桌玻璃板下面，一抬头就看得见。看多了这种事，我晚上也睡不着，院里请心理老师给我们做过疏导，{{compound:司空悦然}}也来讲过。
访谈者：平时怎么接线索？
受访者：学校、医院、村里都会报。大人可以打{{trap/hotline:12309}}，孩子自己可以打{{trap/hotline:12355}}。我们给每个村的儿童主任都发了联系卡，南屏的{{han:余宛青}}、宏村的{{han:卢卫红}}都报过线索。以前医生、老师看见孩子身上有伤，怕惹事，装没看见；现在有强制报告制度，发现了不报要追责。去年全县报上来十一条线索，查实了三条。一个孩子的事往往要公安、法院、民政、教育好几家一起管，我们牵头开联席会，当场定下谁管什么、什么时候办完。
访谈者：这些孩子的材料您能念一下吗？
受访者：{{han:俞笑笑}}，{{school:黟县渔亭镇中心小学六（1）班}}，住{{address:黟县渔亭镇团结村桃源坞8号}}，身份证{{id_number@wy2012fwspaced.341023}}，外婆的电话{{mobile@plain}}。{{han:黄山青}}住{{address:黟县西递镇石亭村后街3号}}，身份证{{id_number@my2010tri.341023}}，奶奶的电话{{mobile@spaced}}。
访谈者：您的联系方式？
受访者：工作微信{{wechat:guoqinglan_wj}}。孩子们习惯用QQ，我开了个号{{qq:2905817436}}，头像是个小卡通，夜里十点以后我也会看一眼。
访谈者：表上名字有写错的吗？
受访者：有。有张表把{{spaced:俞　笑　笑}}隔开写，把{{spaced:黄 山青}}拆成两段，还把律师写成{{spaced:左 丘 鹭 洲}}。
访谈者：最后还想说什么？
受访者：孩子出了事，大人都有份。家里、学校、村里，哪一环松了，孩子就从哪里掉下去。我最想谢的是{{han:凌一禾}}。
""")

# H1640: Han nurse of a village clinic of 华阳镇 (绩溪) on the children and the sick grown-ups she visits.
DOCS["H1640"] = ("staff", """\
访谈者：{{han:黄护士}}，您在村卫生室干了多少年了？
受访者：十九年。我叫{{han:黄梅子}}，华阳镇{{trap/place:石门坞}}村卫生室的护士。我妈讲生我那年梅子结得多，就叫了这个名，村里人都讲好记。卫生室就我跟{{han:胡正}}两个人，他看病，我打针、上门。
访谈者：村里老人多吗？
受访者：多。年轻人都出去了，村里剩下老的小的。老人讲绩溪话，我也讲绩溪话，讲普通话他们反倒听不懂。有的老人一个人住在老屋里，屋里潮，墙上长霉，关节都不好。夏天蚊子多，冬天屋里冷，打针的时候手都是僵的。
访谈者：卫生室的条件怎么样？
受访者：两间屋，一间看病，一间打针，墙上贴着健康知识的挂图。药是镇卫生院统一配的，常用的都有。去年上面给配了血糖仪、心电图机，方便多了，不用样样往县里跑。最难的是看着人受罪帮不上，老人病了不肯去县里，讲花钱、讲路远，拖到最后送去了也晚了。
访谈者：您上门都去哪些家？
受访者：慢病的、残疾的、困境儿童家里，一个礼拜跑一圈。{{han:胡长庚}}中风以后，我每礼拜去给他量血压、扎针，教{{han:许银娣}}给他按腿。{{minority/uyghur:阿衣夏木古丽}}白天在墨坊，{{minority/uyghur:仁仁}}的疫苗都是我上门补的。
访谈者：困境儿童里有生病的吗？
受访者：有个一型糖尿病的伢，{{han:洪小禾}}，十岁，小名{{han:细笋}}。一天打四针胰岛素，还要扎手指测血糖。他爸{{han:洪志刚}}在{{trap/place:湖州}}打工，妈妈早走了，跟爷爷{{han:洪水生}}过。爷爷是六九年发{{trap/word:洪水}}那年生的，所以叫这个名。{{han:洪水生}}渠讲：“{{han:黄梅子}}，尔帮我看着点细人，我眼睛花，针头看不清。”
访谈者：孩子自己会打针吗？
受访者：会了，九岁学会的。{{han:细笋}}怕疼，哭，我就先在自己胳膊上扎给他看。{{school:华阳镇第二小学三年级2班}}的班主任{{han:项雅琴}}专门在办公室放了个冰箱，课间让他去测。孩子报了困境儿童，重病那一类，一个月{{trap/number:七百五十元}}，胰岛素医保报了大半。胰岛素要冷藏，{{han:洪水生}}家原来没有冰箱，是村里用慈善的钱买了个小的，停电了我就拿到卫生室来放。县医院内分泌科的{{compound:钟离砚池}}医生每三个月给他调一回药。
访谈者：孩子爸爸管不管？
受访者：他妈一走了之，{{han:洪志刚}}却没丢下孩子，每个月寄两千回来，就是回不来。去年冬天{{han:细笋}}低血糖，半夜晕在床上，{{han:洪水生}}打电话把我喊醒。那天{{han:胡正}}正在县里开会，我一个人跑过去，喂了半碗糖水才醒过来，天亮又把{{han:细笋}}背到卫生室挂水。
访谈者：孩子在学校怎么样？
受访者：成绩中等，体育课不敢上，怕低血糖。{{han:项雅琴}}给他准备了一盒饼干放在讲台里，跑完步先测一下，低了就吃两块。他讲长大要当医生，研究一种不用打针的药。他爸打电话来，头一句就问{{han:细笋}}的血糖。
访谈者：还去哪些家？
受访者：回族的{{han:妥玉珍}}阿奶，血糖也高，一个礼拜测一回。她不肯打针，讲面食吃了一辈子改不掉。我请县里的营养师{{compound:西门若水}}给她配了个食谱，她看不懂，是{{minority/hui:尕撒}}念给她听的。还有{{trap/place:家朋乡}}一个瘫了的老人，住在村子{{trap/word:西门口}}，一个人过，我隔天去一趟。村里每个孩子打过什么疫苗、生过什么病，我本子上都有，儿童主任要材料，我翻开就能给她。
访谈者：这么多家，您跑得过来吗？
受访者：跑不过来也要跑。工资一个月三千出头，夜里叫出诊也没加班费，想过不干，可一想走了那些老的小的找哪个，又舍不得。骑电瓶车，落雨天路滑，摔过两回，膝盖上现在还有疤。老公在镇上开修车铺，儿子在{{trap/place:合肥}}读护理，讲是跟我学的。我夜里出诊，老公骑摩托送我，山路黑，他不放心。
访谈者：孩子的爷爷身体怎么样？
受访者：{{han:洪水生}}有高血压，自己的药常忘了吃，孙子的药倒是一回不落。我讲尔自己也要当心，尔倒了，细人靠哪个？他嘿嘿一笑，讲晓得晓得。
访谈者：登记信息请说一下。
受访者：{{han:洪小禾}}家在{{address:绩溪县华阳镇石门坞村下坞17号}}，身份证{{id_number@my2014fullwidth.341824}}。{{han:洪水生}}的电话{{mobile@s74}}。我微信{{wechat:huangmeizi_jx}}。{{han:细笋}}的QQ是他爸给注册的，{{qq:93716058}}，测了血糖就发给他爸看。
访谈者：表上名字有写错的吗？
受访者：有。病历上把{{spaced:洪 水生}}拆开，把医生写成{{spaced:钟离 砚池}}，还有一张写成{{spaced:洪　小　禾}}。
访谈者：最后想说什么？
受访者：孩子的病是一辈子的事，得有人一直看着，家里、学校、卫生室，少一个都不行。这几年最辛苦的，是{{han:洪水生}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS,
          first=1633, trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout207",))


if __name__ == "__main__":
    main()
