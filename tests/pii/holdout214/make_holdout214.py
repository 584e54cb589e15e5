# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 214 (tests/pii/holdout214/H1697-H1704 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 215, written at the same time, is not
an earlier set).

Set 214 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
遂昌 (丽水: the old gold mine, bamboo and tea) and 开化 (衢州: the source of the 钱塘江, 开化龙顶 tea): a Uyghur
mother from 墨玉 who sells naan at a market in 妙高街道 (遂昌), her Han husband from 石练 in prison for cutting copper
cable in the abandoned shafts of the gold mine; a Yi grandfather from 昭觉 who keeps the gate of a chemical plant in
华埠镇 (开化) and raises the two children of his son, killed in an explosion there, their mother gone back to 凉山
and unreachable; a Kham Tibetan mother from 德格 married into a She village of 三仁畲族乡 (遂昌), her She husband a
former gold miner with silicosis, their son deaf; a Kazakh father from 昭苏 who runs the roasting machines of a tea
factory in 苏庄镇 (开化), his Han wife dead of cancer, his daughter with a heart defect, two of his fingers lost in a
rolling machine; a She 儿童主任 of a mountain village of 三仁畲族乡 reading out her list of twelve children; a Han
orphan-relief officer of the 开化 civil-affairs bureau; a Han township cadre in charge of left-behind children in
马金镇 (开化) with her roll and the parents' group; and a Han supervisor of a bamboo-processing factory in 大柘镇
(遂昌) talking about his Yi, Uyghur and local workers' children. The emphasis is on forms where a replacement might
cover only part of a name, or miss it, in a mix rather than one trick: Uyghur given name + father's name with the
dot, a full stop, a katakana dot, a full-width full stop and none (热依汗古丽·吐尔洪, 热依汗古丽.吐尔洪,
热依汗古丽・吐尔洪, 热依汗古丽吐尔洪, 努尔麦麦提．图尔荪, 努尔麦麦提图尔荪), the short form the market uses (依汗),
a form of address that looks like a Han surname (老许, for 阿卜杜许库尔, "还当他姓许"), nicknames made from
non-Han names (萨萨, 坎坎, 麦哥, 初妹, 阿朗, 老叶尔), and the Han father's surname before the Uyghur given name on
the school roll (练萨比热); Yi clan + given names (吉克以布, 吉克铁哈, 吉克史莫, 吉克子沙, 阿西拉莫, 曲比尔古,
俄木克惹, 吉伍以各, 马海依铁, 马海以作) with short forms before kin words and at school (以布叔, 史莫, 子沙, 以各),
a Han surname before a Yi given name (吉史莫, 麻日呷), the Yi boy's Han school name (吉小龙), the clan and the given
name dotted and split (吉克·子沙, 吉克 子沙, 吉克 · 子沙, 阿西·拉莫) and a worker whose name is close to a singer's
(马海依铁 beside the trap 海来阿木); Kham and 拉萨 Tibetan names (呷绒娜措, 洛绒多登, 丹增朗久, 普布次吉) with
short forms (娜措嫂, 朗久, 次吉, and the parents' group card “朗久妈妈次吉”, two names run together) and the She or
Han father's surname before the Tibetan given name (雷泽初, 雷泽勒, 徐朗久) beside the Han names of the same children
(雷继宏, 徐嘉乐); Kazakh given name + father's name with the dot, a one-dot leader (沙尔森别克‧叶尔扎提), a full
stop, no dot, spaces around the dot and a full-width space (叶尔扎提·努尔别克, 叶尔扎提.努尔别克, 叶尔扎提努尔别克,
叶尔扎提 · 努尔别克, 叶尔扎提　努尔别克), a name whose first syllable is a Han surname of the region, so the teacher
made 叶 the daughter's surname (叶托米瑞斯, 托米瑞斯, 托米) and the men call him 老叶尔, and a Han surname before a
Kazakh given name (方阿雅如); Han names (a little over half of the persons) with common and rare surnames of the
region (钭, 练, 缪, 濮, 揭, 竺, 阙, 留, 麻, 楼, 占, 詹, 鲍, 汪, 应, 季, 项, 柴, 舒, 饶, 尹, 蓝, 雷, 钟), including She
families (雷, 蓝, 钟); surnames that are ordinary words beside the same word (应德财 and 应该, 留春燕 and 留守, 麻友福
and 麻烦, 楼欣怡 and 楼上, 程立波 and 程序, 项建忠 and 项目, 柴文斌 and 柴火, 方德水 and 方便, 余荷仙 and 余额, 毛春娥
and 毛笋, 练国栋 and 练字), names that contain a word used nearby as a word (应青山 and 留得青山在, 蓝天恩 and 蓝天);
names right before or after grammar words, particles, pronouns and verbs (应德财也, 詹春妹便, 占永利倒是, 詹德旺又,
詹宇豪正在, 饶建勋却, 郑再旺再忙, 舒得胜得空, 舒得胜能, 应青山才, 方德水都, 钭丽萍要了, 尹晓波还, 问鲍雅琴, 跟江晓雯,
把应小雨, 被皇甫韵竹, 公良沐阳和夏侯靖川, 练国栋他, 华素芬她, 程立波说, 尹国庆讲); names inside organisation-like
phrases where the name is the person's (汪春生茶厂, “季长根竹器店”, “毛炳炎竹制品厂”); a name directly before a
phone number (公良沐阳１８６…); a surname with only a title or kin word and local forms of address, annotated whole
(翁书记, 缪科长, 傅婆婆, 汪会计, 舒阿姨, 鲁警官, 揭股长, 竺医生, 老雷, 管医生, 占老师, 汪阿姨); names opening and
closing a sentence (留春燕，女，十三岁。 / 还是留春燕。); names spaced out character by character in half- and
full-width spaces (热 依 汗 古 丽, 吉 克 以 布, 呷 绒 娜 措, 托 米 瑞 斯, 公 良 沐 阳, 夏　侯　靖　川, 司 徒 筱 溪,
丹 增 朗 久, 努　尔　萨　娜, 马 海 依 铁, 海 力 倩 姆, 吉　史　莫, 雷 泽 初, 詹 德 旺, 应 满 生) and names split in two
(练　萨比热, 练 国栋, 呷绒　娜措, 雷 志坚, 鲍　子睿, 留 春燕, 吉伍 以各, 柴 文斌, 诸葛 云岚); compound surnames after
ordinary words (申屠, 闻人, 端木, 宗政, 澹台, 上官, 钟离, 公良, 夏侯, 司徒, 濮阳, 赫连, 长孙, 宇文, 诸葛, 梁丘, 皇甫,
乐正 after 的/派了/律师/社工/志愿者/和/被/老师); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:钭丽萍}}``, ``{{qq:318845027}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (uyghur, yi, tibetan, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2017tri.513431}}``,
                                   ``{{mobile@fws}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 叔, 嫂) and a particle, pronoun or verb
written directly after a name (也, 便, 倒, 又, 正, 却, 再, 得, 能, 才, 都, 要, 还, 他, 她, 说, 讲) are outside the span;
a surname with only a title or kin word (翁书记, 缪科长, 傅婆婆, 汪会计, 揭股长, 竺医生, 汪阿姨) and a local form of
address (老雷) are annotated whole. Han-style names of Yi and Tibetan children (吉小龙, 雷继宏, 徐嘉乐) are category
han; a Han surname before a non-Han given name (练萨比热, 吉史莫, 麻日呷, 雷泽初, 雷泽勒, 徐朗久, 叶托米瑞斯,
方阿雅如) is category minority, and so are forms of address made from a non-Han name (萨萨, 坎坎, 老许, 麦哥, 初妹,
阿朗, 老叶尔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout214/make_holdout214.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(214_2026_1207)
MINORITY_GROUPS = ('uyghur', 'yi', 'tibetan', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "yi": 10, "tibetan": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "152", "155", "159", "172", "178", "180", "182", "186", "188", "193",
                   "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1697: Uyghur mother from 墨玉 who sells naan at a market in 遂昌 (妙高街道); her Han husband from 石练 is in
# prison for stealing copper cable from the shafts of the old gold mine.
DOCS["H1697"] = ("family", """\
访谈者：大姐，您这个馕摊摆了几年了？
受访者：六年多了，就在{{trap/place:妙高街道}}菜场门口。我叫{{minority/uyghur:热依汗古丽·吐尔洪}}，老家是{{trap/place:和田}}{{trap/place:墨玉}}的。菜场里的人念不全，都喊我{{minority/uyghur:依汗}}，我男人也这么喊。
访谈者：怎么嫁到遂昌来的？
受访者：我男人{{han:练国栋}}早年在新疆修路，我在工地边上卖馕，一来二去就好上了。他姓练，{{trap/word:练字}}的练，老家在{{trap/place:石练镇}}，听讲那边姓练的人多。
访谈者：孩子几个？
受访者：两个。女儿{{minority/uyghur:萨比热}}十一岁，在{{school:遂昌县北街小学五（2）班}}，学校花名册跟她爸姓，写成{{minority/uyghur:练萨比热}}，同学都喊她{{minority/uyghur:萨萨}}。儿子{{minority/uyghur:伊斯坎德尔}}六岁，上幼儿园大班，汉名叫{{han:练江宇}}，我们在家喊他{{minority/uyghur:坎坎}}。
访谈者：孩子爸爸现在……
受访者：在里面。前年他跟人钻到{{trap/org:遂昌金矿}}废掉的老洞里剪铜线，被抓了，判了三年半，关在{{trap/org:十里丰监狱}}。{{han:练国栋}}他人不坏，就是耳朵根子软，别人一喊就去了。
访谈者：您一个人撑这个家？
受访者：撑着。早上四点起来和面、打馕，一天卖两百来个。女儿放学来摊上帮我装袋子，儿子趴在面板边上写字。作孽是作孽，日子总要过。社区的{{han:翁书记}}过年拎来一桶油、一袋米，讲有难处就打{{trap/hotline:12349}}，我记在摊子的板上。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:钭丽萍}}，钭是金字旁一个斗，我们这边才有这个姓。{{han:钭丽萍}}要了我的户口本和判决书，给两个孩子报了服刑人员子女补助，一个人一个月{{trap/number:一千九百六}}。县民政局的{{han:缪科长}}来核过两回。司法所的{{compound:申屠梓航}}帮我们约视频会见，县社工站派了{{compound:闻人清扬}}，每个礼拜六来教女儿画画。
访谈者：孩子在学校怎么样？
受访者：女儿成绩中等，就是怕人家问她爸爸。班主任{{han:蓝晓燕}}老师是畲族，{{han:蓝晓燕}}讲她小时候也被人笑过。有一回同学讲她爸是小偷，她把人家的本子撕了，我去学校赔礼，老师把两个小鬼叫到办公室，一人讲一句对不起，事情就过去了。
访谈者：住的地方呢？
受访者：租的。房东姓应，{{trap/word:应该}}的应，叫{{han:应德财}}。{{han:应德财}}也晓得我难，一个月只收五百，过年还送来一只火腿。隔壁卖笋干的{{han:毛春娥}}常帮我接儿子，前天又拎来两斤{{trap/word:毛笋}}，说给孩子炖汤。
访谈者：新疆那边还有亲人吗？
受访者：我阿爸{{minority/uyghur:吐尔洪·艾拜都拉}}七十了，在墨玉种核桃，阿妈{{minority/uyghur:阿曼妮莎汗}}眼睛不好。我哥{{minority/uyghur:阿卜杜许库尔}}在{{trap/place:义乌}}卖干果，那边老板都喊他{{minority/uyghur:老许}}，还当他姓许。{{trap/minority_word:肉孜节}}他过来，给两个孩子一人买一身{{trap/minority_word:艾德莱斯}}绸的衣裳，又焖一大锅{{trap/minority_word:抓饭}}。
访谈者：孩子们想爸爸吗？
受访者：想。儿子小，以为爸爸在外头打工。女儿晓得，给她爸写信，她讲我写。我给他们讲{{trap/famous:阿凡提}}骑毛驴的故事，儿子笑，女儿不笑，她说阿凡提聪明，她爸不聪明。婆婆{{han:周金凤}}在石练，腿脚不好，一年下来两趟，每回都哭，说对不住我。
访谈者：视频会见的时候孩子们说什么？
受访者：一个月一回，二十分钟。儿子抢着给他爸看新学的字，女儿坐在边上不吭声，快挂了才问一句，爸，你在里面有没有被人欺负。{{han:练国栋}}当场就哭了。他弟弟{{han:练国梁}}在{{trap/place:丽水}}开货车，也讲等他哥出来，带他一起跑车。
访谈者：摊子的生意怎么样？
受访者：还过得去。菜场管理处的{{han:濮国华}}看我一个女人带两个小鬼，摊位费免了一半，又帮我换了个带顶棚的位子，落雨天不用收摊。冬天生意好，{{trap/place:遂昌}}人早上爱买个热馕配豆浆。女儿的同桌{{han:尹若曦}}天天来买一个，讲比面包香。
访谈者：登记信息请您说一下。
受访者：住在{{address:遂昌县妙高街道新街村4幢2单元302}}，老家在{{address:墨玉县喀尔赛镇巴什托格拉克村3组18号}}。我的身份证{{id_number@wy1988spaced.653222}}，女儿的{{id_number@wy2014fw.331123}}。电话{{mobile@s74}}，{{han:钭丽萍}}的{{mobile@hyphen}}。我微信叫{{wechat:Rayhan_naan88}}。女儿有个QQ，号码印在她粉书包的名牌上：{{qq:４０８６１２７３５}}。
访谈者：各种表上名字写得对吗？
受访者：不对。身份证上没有点，写成{{minority/uyghur:热依汗古丽吐尔洪}}；低保表上点成了句号，{{minority/uyghur:热依汗古丽.吐尔洪}}；我男人从里头寄出来的信，信封上是{{minority/uyghur:热依汗古丽・吐尔洪}}。学校登记册把我写成{{spaced:热 依 汗 古 丽}}，把女儿写成{{spaced:练　萨比热}}，她爸写成{{spaced:练 国栋}}。
访谈者：您最盼什么？
受访者：盼他早点出来。出来了，一家人在菜场边上开个小馆子，卖馕也卖拌面，他跑堂，我掌勺。
""")

# H1698: Yi grandfather from 昭觉 who keeps the gate of a chemical plant in 华埠镇 (开化) and raises the two children
# of his son, killed in an explosion at the plant; their mother went back to 凉山 and cannot be reached.
DOCS["H1698"] = ("family", """\
访谈者：老人家，您在开化住了几年了？
受访者：七年了。我叫{{minority/yi:吉克以布}}，{{trap/place:凉山}}{{trap/place:昭觉}}人，彝族。厂里的人喊不来全名，都喊我{{minority/yi:以布}}叔，娃娃们喊我阿普。
访谈者：怎么到这边来的？
受访者：跟儿子来的。儿子{{minority/yi:吉克铁哈}}在{{trap/place:华埠镇}}的化工厂上班，老板{{han:占永利}}招了一批凉山人，我就跟着来看大门。儿媳{{minority/yi:阿西拉莫}}在流水线上。
访谈者：儿子后来……
受访者：前年九月，车间里一个罐子炸了，儿子当场就没了。厂里赔了钱，是律师{{compound:端木聿修}}帮我们打的官司。儿媳过了半年回凉山，说是回娘家，后来嫁到{{trap/place:西昌}}那边去了，电话也换了，找不到人。
访谈者：两个孩子现在谁带？
受访者：我带。姐姐{{minority/yi:吉克史莫}}十二岁，学校写成{{minority/yi:吉史莫}}，在{{school:开化县华埠镇中心小学六年级3班}}。弟弟{{minority/yi:吉克子沙}}八岁，进学校的时候老师给起了个汉名，叫{{han:吉小龙}}，我们在家还是喊{{minority/yi:子沙}}。
访谈者：补助怎么办下来的？
受访者：村里的儿童主任{{han:詹春妹}}跑的。娃娃爸爸死了，妈妈联系不上，算事实无人抚养，一个娃一个月{{trap/number:两千零四十}}。县民政局的{{han:程立波}}来家里看了三回，表都是他一格一格教我填的。我认不到几个字，{{han:詹春妹}}便拉着我的手按手印。
访谈者：您身体怎么样？
受访者：腰杆不行了，六十七了。看大门一个月两千八，{{han:占永利}}倒是没辞我，还让我住在门卫室旁边。隔壁的{{han:傅婆婆}}天天端菜过来，说我一个老头子做不来饭。
访谈者：厂里赔的钱怎么安排的？
受访者：赔了八十几万，法院判的，钱存在两个娃娃名下，{{compound:端木聿修}}说要等他们十八岁才能动。我一分没拿，每个月就靠看大门的工资和补助。村里的{{han:汪会计}}帮我算过账，说够娃娃读到大学。
访谈者：平时谁给孩子做饭？
受访者：我做，做得不好吃，洋芋、酸菜汤，娃娃也吃惯了。礼拜天{{han:詹春妹}}的女儿{{han:詹语溪}}来教大的做作业，她在{{trap/place:衢州}}读师范。学校食堂的{{han:舒阿姨}}晓得我们家的事，打菜的时候勺子总要多抖一下。
访谈者：孩子在学校呢？
受访者：{{minority/yi:史莫}}乖，成绩好，就是不爱说话。班主任{{han:鲍雅琴}}老师说她作文写得好，写的都是凉山。小的调皮，上个月跟人打架，我去学校问{{han:鲍雅琴}}咋个办，她说娃娃心里有气，要多陪。镇上的社工{{compound:宗政舒窈}}每个礼拜来一回，带他们去{{trap/place:钱江源}}爬山。
访谈者：这边有老乡吗？
受访者：有。{{minority/yi:曲比尔古}}两口子也在厂里，他老婆会做{{trap/minority_word:坨坨肉}}，过{{trap/minority_word:火把节}}的时候喊我们去吃。他汉话好，去医院、去派出所都是他给我翻。
访谈者：开化这边住得惯吗？
受访者：落雨多，比昭觉热。我在门卫室外头种了一小块洋芋，{{han:占永利}}看见了，说开化的土种不出凉山的洋芋，我说试试，结果长出来了，个头小，娃娃们照样吃得香。派出所的{{han:鲁警官}}讲户口可以迁过来，我还没想好，想等大的小学毕业再说。
访谈者：老家还有人吗？
受访者：我兄弟在昭觉种{{trap/minority_word:苦荞}}。去年他说请个{{trap/minority_word:毕摩}}给娃娃爸爸做个仪式，我们没得钱回去，就在这边对着西边烧了一炷香。
访谈者：孩子们想妈妈吗？
受访者：小的想，大的不说。大的把她妈的{{trap/minority_word:查尔瓦}}叠在枕头底下。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事，讲完了她问，阿普，我们彝人是不是都很能吃苦。我说是。
访谈者：孩子们在这边过{{trap/minority_word:彝年}}、火把节吗？
受访者：过。火把节那天厂里放半天假，凉山来的几十个人在河滩上点火把，娃娃们举着火把跑，跳到半夜。本地的工人也来看热闹，说比过年还闹热。大的那天穿上她妈留下的{{trap/minority_word:百褶裙}}，转了一圈又一圈，我在边上看着，想起她爸小时候也是这样跑的。
访谈者：登记信息请您说一下。
受访者：住在{{address:开化县华埠镇东岸村厂区门卫室北侧2号}}，老家是{{address:昭觉县四开乡洒拉地坡村2组11号}}。孙女的{{id_number@wy2013hyphen.513431}}，孙子的{{id_number@my2017tri.513431}}。我记不住电话，老乡帮我念：{{mobile@spaced}}，{{han:詹春妹}}的是{{mobile@plus86}}。孙女用{{han:鲍雅琴}}老师的手机跟她舅舅视频，老师的微信叫{{wechat:baoyaqin_hb}}。
访谈者：表上名字都对吗？
受访者：乱得很。身份证上我的名字没错，厂里工资表写成{{spaced:吉 克 以 布}}；民政的表上孙子是{{minority/yi:吉克·子沙}}，学校又写成{{spaced:吉克 子沙}}，孙女写成{{spaced:吉　史　莫}}。
访谈者：您最盼什么？
受访者：盼娃娃读出书来。等孙女考上大学，我就回昭觉，死也要死在山上。
""")

# H1699: Kham Tibetan mother from 德格 in a She village of 三仁畲族乡 (遂昌); her She husband, a former gold miner,
# has silicosis, and their son is deaf.
DOCS["H1699"] = ("family", """\
访谈者：阿姐，您是从哪里嫁过来的？
受访者：四川{{trap/place:甘孜}}{{trap/place:德格}}。我叫{{minority/tibetan:呷绒娜措}}，村里人叫不顺，都叫我{{minority/tibetan:娜措}}嫂，我婆婆喊我“藏族囡”。
访谈者：怎么认得您爱人的？
受访者：他叫{{han:雷志坚}}，畲族，{{trap/place:三仁畲族乡}}人。老早在{{trap/org:遂昌金矿}}挖矿，矿关了以后，他跟老板去甘孜的金矿打工，在我们村边上住了三年。我阿妈不肯，说太远了，我还是跟他来了。
访谈者：现在家里什么情况？
受访者：{{han:雷志坚}}他挖了十几年矿，得了尘肺，二级，走两步就喘。残疾人两项补贴他都有，一家人又吃低保。地里的活、家里的活，都是我一个人。
访谈者：孩子呢？
受访者：两个。女儿{{minority/tibetan:泽初}}十岁，学校写成{{minority/tibetan:雷泽初}}，在{{school:三仁畲族乡中心小学四年级（1）班}}，婆婆喊她{{minority/tibetan:初妹}}。儿子{{minority/tibetan:泽勒}}六岁，耳朵听不见，汉名叫{{han:雷继宏}}，上学登记成{{minority/tibetan:雷泽勒}}。
访谈者：儿子的耳朵是怎么回事？
受访者：生下来就这样，三岁才发现，在{{trap/org:丽水市中心医院}}查的，说是先天的。做了人工耳蜗，钱是{{trap/org:县残联}}和慈善会出的大头。{{han:揭股长}}帮我们跑的申请，他自己一条腿也不方便，跑了好几趟丽水。现在孩子也有残疾证，两项补贴也有。
访谈者：谁在给孩子做康复？
受访者：丽水康复中心的{{compound:澹台霁月}}，每个礼拜二我带他坐车去。手语是{{compound:上官茗远}}教的，她说先学说话，手语也要会，两样都不丢。儿子现在会叫阿妈了，叫得不清楚，我听得懂。
访谈者：村里帮得多吗？
受访者：多。儿童主任{{han:蓝雪琴}}三天两头来，{{han:蓝雪琴}}给女儿报了困境儿童，一个月{{trap/number:九百三十块}}。村医{{han:竺医生}}每个月来给他听肺。男人的堂弟{{han:蓝天恩}}有辆面包车，去医院都是他送，有一天{{trap/word:蓝天}}白云的，他还绕到{{trap/place:南尖岩}}让孩子们看了一回云海。
访谈者：您婆婆呢？
受访者：婆婆{{han:蓝翠娣}}七十三了，{{trap/minority_word:三月三}}做{{trap/minority_word:乌米饭}}，还会织{{trap/minority_word:彩带}}。她跟我讲畲话，我跟她讲藏话，两个人比划，也讲得通。她教孙女唱畲歌，我教女儿跳{{trap/minority_word:锅庄}}。婆婆讲，我们畲家人几百年前也是从外面搬进山里来的，也是外乡人，叫我莫怕。
访谈者：您想家吗？
受访者：想。德格冬天零下二十度，这边落雨落个没完，被子都是潮的。我阿哥{{minority/tibetan:洛绒多登}}每年寄两包{{trap/minority_word:糌粑}}过来，我早上给男人打酥油茶，他喝不惯，喝两口就放下。女儿爱听我念{{trap/famous:仓央嘉措}}的诗，念完她问，阿妈，你什么时候带我回德格。
访谈者：您爱人以前的工友还有来往吗？
受访者：有。跟他一起下过井的{{han:钟石养}}也得了尘肺，比他还重，去年冬天走了。{{han:雷志坚}}去送了一程，回来一夜没睡。还有个{{han:阙长发}}，在镇上修摩托车，隔三岔五送两只土鸡来，说给{{han:老雷}}补补。
访谈者：低保每年都要复核吗？
受访者：要。乡里的{{han:尹国庆}}每年来一趟，看家里添了什么东西。去年买了台二手洗衣机，我怕低保被取消，{{han:尹国庆}}讲洗衣机不算，叫我放心。{{trap/org:遂昌县民政局}}的人也来抽查过一回，坐了一个钟头，问得细。
访谈者：学校那边呢？
受访者：{{minority/tibetan:泽初}}的班主任是{{han:华素芬}}老师，{{han:华素芬}}她晓得家里难，中饭让女儿在学校多吃一碗。有人笑女儿长得不像这里人，{{han:华素芬}}老师在班上讲了一节课的藏族。去年学校评“美德少年”，{{han:华素芬}}推了她，奖了一个书包，她背回来给她阿爸看，她阿爸咳了半天，说好，好。
访谈者：孩子们讲哪种话？
受访者：女儿三种话都会，学校讲普通话，跟奶奶讲畲话，跟我讲藏话。儿子耳朵不好，先学普通话，康复老师讲一样一样来，不要急。
访谈者：您一天是怎么过的？
受访者：五点起来烧火做饭，给男人熬药，送女儿去村口等校车。上午去茶山，中午回来喂猪，下午去菜地。儿子要去丽水那天，我们四点就起来，走到乡里坐头班车。晚上等两个孩子睡了，我才坐下来念一会儿经，心里就安静了。
访谈者：登记信息请您说一下。
受访者：家在{{address:遂昌县三仁畲族乡竹坪村下坑12号}}，娘家是{{address:德格县更庆镇然木村一组6号}}。我身份证{{id_number@wy1991.513330}}，儿子的{{id_number@my2019fwhyphen.331123}}。电话我的{{mobile@plain}}，{{han:蓝雪琴}}的{{mobile@s434}}。{{han:蓝天恩}}帮我注册了微信，叫{{wechat:natso_dege}}。女儿的QQ她自己背给我听：{{qq:52830716}}。
访谈者：表上名字写得对吗？
受访者：不对。残联的表上我是{{spaced:呷 绒 娜 措}}，低保表写成{{spaced:呷绒　娜措}}，女儿的学籍上是{{spaced:雷 泽 初}}，男人写成{{spaced:雷 志坚}}。
访谈者：您最盼什么？
受访者：盼男人的肺别再坏下去，盼儿子听得见，会说话。哪天带两个孩子回德格，在我阿妈门口挂一条{{trap/minority_word:哈达}}。
""")

# H1700: Kazakh father from 昭苏 who runs the roasting machines of a tea factory in 苏庄镇 (开化); his Han wife died
# of cancer, their daughter has a heart defect and he lost two fingers in a rolling machine.
DOCS["H1700"] = ("family", """\
访谈者：大哥，您在茶厂做什么？
受访者：管炒茶机，春天最忙。我叫{{minority/kazakh:叶尔扎提·努尔别克}}，新疆{{trap/place:伊犁}}{{trap/place:昭苏}}人，哈萨克族。厂里的人只记得头两个字，都喊我{{minority/kazakh:老叶尔}}，有的还以为我姓叶。
访谈者：怎么到开化来的？
受访者：我老婆{{han:鲍美娟}}是{{trap/place:苏庄镇}}人，早年去昭苏收蜂蜜，在我们家住了一个夏天。后来我跟她回来，在{{han:汪春生}}茶厂一干就是九年。
访谈者：您爱人现在……
受访者：走了，前年，乳腺癌。从查出来到走，十一个月。治病花光了钱，还欠了亲戚八万多。
访谈者：那一年是怎么过来的？
受访者：我都不记得怎么过的。白天在厂里，晚上去{{trap/place:衢州}}医院陪床，两个孩子丢给外婆。她姐姐{{han:鲍美玲}}从{{trap/place:宁波}}回来，替我陪了一个月。厂里的老师傅{{han:詹根土}}就发动大家捐款，凑了三万二。她走那天，女儿抱着她不放，儿子还小，问妈妈是不是睡着了。
访谈者：孩子们多大了？
受访者：女儿{{minority/kazakh:托米瑞斯}}十二岁，先天性心脏病，做过一次手术，还要做第二次。老师以为叶是姓，花名册上写成{{minority/kazakh:叶托米瑞斯}}，同学喊她{{minority/kazakh:托米}}。小的是儿子，{{minority/kazakh:沙尔森别克}}，七岁，{{minority/kazakh:沙尔森}}他跟妈妈姓，汉名叫{{han:鲍子睿}}。女儿在{{school:苏庄镇中心小学六年级4班}}，儿子在{{school:苏庄镇中心小学一（2）班}}。
访谈者：您的手是怎么回事？
受访者：去年揉捻机卷进去，右手少了两根指头。{{han:汪春生}}他出了医药费，没让我走，换我去看烘干机。残联给我评了四级，两项补贴有了一项。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:邹燕飞}}，给两个孩子报了困境儿童，又帮我们办了低保。女儿的手术在{{trap/org:浙大儿院}}做的，{{han:管医生}}讲还要等一年。县民政局的{{han:程立波}}说医疗救助能报一大块。志愿者{{compound:钟离昕妍}}每个月来一回，给女儿带书。
访谈者：孩子外婆那边呢？
受访者：外婆{{han:余荷仙}}住在村口，天天来给我们烧饭。她说我卡上{{trap/word:余额}}不多了，要把自己的养老金拿出来。我不要，她就偷偷塞在女儿书包里。外婆不会讲普通话，跟我讲开化话，我听一半猜一半，两个人也能吵起来。
访谈者：一个人带两个孩子，家务怎么办？
受访者：学。以前只会煮奶茶、烤肉，现在会炒青菜、烧红烧肉了，外婆教的，{{han:余荷仙}}讲我炒的菜比她女儿炒的还咸。村里的{{han:傅德明}}看我不会做腌菜，每年冬天给我们送一坛。
访谈者：老家还有人吗？
受访者：阿妈{{minority/kazakh:库拉依姆}}在昭苏，七十五了。弟弟{{minority/kazakh:沙合达特}}养马，我们那里的马出名，叫天马。去年{{trap/minority_word:纳吾鲁孜节}}，他寄来一箱马肠子、一把{{trap/minority_word:冬不拉}}。在{{trap/place:杭州}}开餐馆的一个老乡，过节叫我们去，炸{{trap/minority_word:包尔萨克}}给孩子吃。
访谈者：孩子在学校怎么样？
受访者：女儿数学好，跑不了步，体育课坐在边上看。班主任{{han:江莉莉}}老师给她安排了个活，管班里的图书角。儿子淘气，跟同学说他爸爸会骑马，同学不信，{{han:江莉莉}}就让我去学校讲了一回{{trap/minority_word:姑娘追}}。
访谈者：儿子喜欢这边吗？
受访者：儿子像我，坐不住，爱爬树，裤子一个月磨破两条。他问我新疆的雪是不是比开化的大，我说大，能埋到马肚子。他说那马冷不冷，我说马不怕冷，人也不能怕。放暑假我带他去{{trap/place:钱江源}}的山里看瀑布，他说老师讲了，{{trap/place:钱塘江}}就是从这里流出去的，一直流到杭州。
访谈者：想过回新疆吗？
受访者：想过。女儿的病在这边好治，老婆也埋在这边山上。茶园里一年到头有活，清明前做{{trap/org:开化龙顶}}最忙，一天睡四个钟头，累是累，心里踏实。阿妈在视频里讲，你在那边有活干，孩子有书读，就莫回来了，草原上的年轻人也都往城里走。
访谈者：登记信息请您说一下。
受访者：住在{{address:开化县苏庄镇古田村茶厂宿舍2号楼103}}。我身份证{{id_number@my1983quad.654026}}，女儿的{{id_number@wy2013x.330824}}。电话{{mobile@p86n}}，{{han:邹燕飞}}的{{mobile@h38}}。我微信{{wechat:Erzhat-Zhaosu}}。女儿有个QQ，是{{qq:2754106938}}。
访谈者：表上的名字写得对吗？
受访者：不对。残疾证上是{{minority/kazakh:叶尔扎提努尔别克}}，没有点；儿子户口本上是{{minority/kazakh:沙尔森别克‧叶尔扎提}}，那个点小得像灰；学校通知单写成{{spaced:托 米 瑞 斯}}，儿子的汉名写成{{spaced:鲍　子睿}}，茶厂工资表写成{{spaced:叶尔扎提 · 努尔别克}}。
访谈者：您最盼什么？
受访者：盼女儿第二次手术顺顺当当。等她好了，带两个孩子回昭苏，骑一回马。
""")

# H1701: She 儿童主任 of a mountain village in 三仁畲族乡 (遂昌) reading out her list.
DOCS["H1701"] = ("staff", """\
访谈者：蓝主任，您在村里当儿童主任几年了？
受访者：五年了。我叫{{han:蓝雪琴}}，畲族，本村人。我们村在山顶上，离乡里十八里路，年轻人都出去了，剩下老人和小鬼。我本子上记了十二个孩子，我一户一户讲。
访谈者：好，您讲。
受访者：头一户，{{han:雷志坚}}家。男的尘肺，两项补贴；老婆是藏族，{{minority/tibetan:娜措}}，德格嫁过来的。女儿{{minority/tibetan:雷泽初}}报了困境儿童，儿子{{minority/tibetan:泽勒}}听力残疾，也有两项补贴。她一个人种三亩茶，又要带儿子去丽水做康复，作孽的。
访谈者：第二户？
受访者：第二户是孤儿。{{han:留春燕}}，女，十三岁。她姓留，{{trap/word:留守}}的留。爸爸妈妈前年去{{trap/place:龙洋乡}}吃喜酒，回来的路上车子翻到沟里，两个人都没了。现在跟舅舅过，舅舅叫{{han:季长根}}，村口那家“{{han:季长根}}竹器店”就是他开的。孤儿基本生活费一个月{{trap/number:两千三百一}}。{{han:留春燕}}在{{school:遂昌县第二中学初一（3）班}}住校，礼拜五我去车站接她。
访谈者：第三户？
受访者：{{han:麻友福}}家。{{han:麻友福}}他小时候得过小儿麻痹，一条腿拖着走。老婆是凉山来的彝族，叫{{minority/yi:吉伍以各}}，村里都喊她{{minority/yi:以各}}。两个小鬼，大的{{han:麻晓东}}九岁，小的{{minority/yi:麻日呷}}五岁，户口本上就这么写的，汉姓加彝名。低保、困境儿童，{{trap/word:麻烦}}事多，表我帮着填了三遍。
访谈者：第四户？
受访者：{{han:钟子航}}、{{han:钟子涵}}兄妹，留守的。爸妈在{{trap/place:义乌}}做小商品，一年回来一趟，跟奶奶{{han:雷水娇}}过，奶奶八十了。上个月{{han:钟子涵}}发烧，奶奶不会用手机，是哥哥跑下山喊的我。
访谈者：第五户？
受访者：{{han:楼欣怡}}，七岁，爸爸{{han:楼建飞}}在里面，服刑人员子女。{{han:楼建飞}}喝了酒把人打伤了，判了两年，明年就出来。妈妈在城里超市做收银，孩子跟爷爷住老屋，老屋{{trap/word:楼上}}漏雨，乡里去年给翻修了。
访谈者：还有几户？
受访者：还有四个孩子。{{han:濮梓轩}}，十岁，爸爸智力残疾，妈妈走了好几年，跟爷爷奶奶过，低保户。这小鬼倒机灵，算账比他爷爷快。{{han:雷晨阳}}、{{han:雷晨曦}}是姐弟，爸爸在{{trap/place:温州}}工地上摔伤了腰，躺在家里，妈妈去{{trap/place:丽水}}做保姆，一个月回来一次。最后一个是{{han:应小雨}}，小姑娘跟奶奶过，爸爸妈妈离了婚，两边都不要她，我跟乡里报了事实无人抚养，还在审。奶奶把{{han:应小雨}}当成命根子。
访谈者：平时怎么去看这些孩子？
受访者：每户一个月至少去一回，台账上要记：吃得怎么样，衣服够不够，作业写没写，有没有哭过。冬天我背一袋旧衣服上去，是城里的志愿者捐的。过年乡里发慰问金，我挨家送到手里，要孩子签字，小的不会写字就按手印。有的孩子头几回见我来了就躲，去多了就好了，现在远远看见我就喊。
访谈者：这些孩子还有谁一起管？
受访者：乡里的民政助理{{han:尹国庆}}，社工站的{{compound:公良沐阳}}和{{compound:夏侯靖川}}，学校那头是{{han:叶慧芳}}老师。{{compound:公良沐阳}}每个月上山两回，{{compound:夏侯靖川}}专门跟{{han:留春燕}}谈心。我手机里存的社工电话：{{compound:公良沐阳}}{{mobile@fullwidth}}。
访谈者：孩子们的材料都齐吗？
受访者：{{han:留春燕}}的身份证{{id_number@wy2012hyphen.331123}}，住{{address:三仁畲族乡竹坪村上坑3号}}，她有个QQ是{{qq:318845027}}。{{han:麻友福}}家住{{address:竹坪村茶园弄7号}}。小的那个在{{school:三仁畲族乡中心幼儿园中（2）班}}。我们村的关爱群是我建的，我微信{{wechat:lanxq_zhuping}}。
访谈者：名册上的名字有写错的吗？
受访者：有。乡里打出来的表，社工写成{{spaced:公 良 沐 阳}}、{{spaced:夏　侯　靖　川}}，{{spaced:留 春燕}}也空了一格，{{minority/yi:以各}}写成{{spaced:吉伍 以各}}。
访谈者：村里的老人帮得上忙吗？
受访者：帮得上。谁家孩子放学没回来，老人们坐在村口就晓得。去年有个小鬼在山上迷了路，天黑了还没回来，全村的男人打着手电筒去找，半夜在茶园边上找到了，人睡着了，手里还攥着一把野果。
访谈者：您怎么想到来当儿童主任的？
受访者：我自己也是山里长大的，小时候爸妈去外面砍树，我跟外婆过。我们畲族人讲自己是{{trap/minority_word:山哈}}，住在山上的客人。山上的孩子苦，我晓得。以前做村妇女主任，后来乡里讲要设儿童主任，我就接了。一个月补贴几百块，不为钱。
访谈者：您一个人管十二个孩子，累吗？
受访者：累。山路一来一回两个钟头，落雨天更难走。可是你不去，就没人去了。第二户那个小姑娘讲她初中毕业想去读卫校，以后回村里当村医，我讲好，你回来，我就可以退了。今年最让我放心不下的，还是{{han:留春燕}}。
""")

# H1702: Han orphan-relief officer of the 开化 county civil-affairs bureau.
DOCS["H1702"] = ("staff", """\
访谈者：您在民政局管哪一块？
受访者：儿童福利这块，孤儿、事实无人抚养、困境儿童，全县两百多个孩子。我叫{{han:程立波}}，程是走{{trap/word:程序}}的程，可我们这个工作，光走程序是不够的。
访谈者：孤儿基本生活费现在是多少？
受访者：散居孤儿一个月{{trap/number:两千一百八十}}，事实无人抚养的跟孤儿一样。钱每个月十五号前打到卡上，卡在监护人手里，我们每个季度抽查一回。
访谈者：标准这几年有变化吗？
受访者：年年在涨。我刚来的时候散居孤儿一个月才几百块，现在翻了几倍。钱多了，要求也严了，每个孩子都要建档，一人一档，照片、证明、走访记录，一样不能少。
访谈者：您能讲讲具体的孩子吗？
受访者：讲两个。一个是{{trap/place:华埠镇}}的彝族娃娃，姐弟两个，爸爸在厂里出事死了，妈妈回了凉山联系不上，爷爷{{minority/yi:吉克以布}}带着。难就难在妈妈“联系不上”要有证明，我们发函到{{trap/place:昭觉}}，那边乡里的干部{{minority/yi:俄木克惹}}跑到她娘家村里，才证明她三年没回去过。系统里妈妈的名字要写全，我们填的是{{minority/yi:阿西·拉莫}}，那边户籍上没有点，是{{minority/yi:阿西拉莫}}。
访谈者：另一个呢？
受访者：{{trap/place:齐溪镇}}的{{han:詹宇豪}}，十岁，爸爸前年发大水的时候下河救人，没上来，妈妈早几年病死了。现在跟伯伯{{han:詹德旺}}过。{{han:詹德旺}}又要种茶又要打零工，家里还有个瘫在床上的老母亲。孩子在{{school:齐溪镇中心小学四（3）班}}，班主任{{han:饶海英}}说{{han:詹宇豪}}正在长个子，饭量大，学校给他加了一份早饭。
访谈者：民政局之外，还有哪些人在帮？
受访者：县社会工作服务中心的{{compound:司徒筱溪}}带着一帮社工，一人包几户；{{trap/org:开化县红十字会}}每年给孩子们送一回书包。我们科长{{han:饶建勋}}是老民政，{{han:饶建勋}}却总说，钱是最简单的，难的是有人陪。
访谈者：那个哈萨克族的家庭您也熟？
受访者：熟。{{trap/place:苏庄镇}}茶厂那个哈萨克族的爸爸，老婆病死了，女儿心脏不好。孩子不是孤儿，也不算事实无人抚养，只能报困境儿童，我们给她走了医疗救助，二次手术自付的能报七成。他的名字系统里输不进点，我们录的是{{minority/kazakh:叶尔扎提努尔别克}}，医保那边又打成{{minority/kazakh:叶尔扎提.努尔别克}}，一个名字三个样子，核对的时候要一个一个看。
访谈者：这种名字的事多吗？
受访者：多。全县少数民族的孩子三十几个，彝族最多，还有哈萨克、藏族、维吾尔族。那个彝族弟弟，学籍系统里是{{han:吉小龙}}，户口上是{{minority/yi:吉克子沙}}，我们录的时候写成{{spaced:吉克 · 子沙}}，中间多了空格，对不上，退回来两次。
访谈者：您觉得最难的是什么？
受访者：找人。监护人不识字、不会用手机、住在山上，一来一回一天就没了。{{trap/place:钱江源}}那边的几个村，车子开到一半就要走路。去年冬天下雪，我跟{{compound:司徒筱溪}}走了两个钟头才到{{han:詹德旺}}家，孩子在门口等着，鼻子冻得通红。
访谈者：服刑人员子女这块呢？
受访者：也归我们管。{{trap/place:池淮镇}}有个孩子叫{{han:鲍志豪}}，妈妈贩毒进去了，判了七年，爸爸不知道在哪里。孩子跟外公{{han:郑水根}}住，外公在街上摆修鞋摊。我们给他报了事实无人抚养，审计局的{{compound:濮阳可馨}}来抽查，把几张表翻来覆去地看，最后讲我们做得规范。
访谈者：科里几个人？
受访者：就我跟{{han:江晓雯}}两个。她管数据，我管跑腿。每年年底要把全县的孩子过一遍，谁满了十八岁要停发，谁的爸爸出狱了要重新评，谁家里有了变化要调标准。一年下来，车子要跑两万多公里。
访谈者：有没有让您特别难忘的？
受访者：有个孩子在作文里写，长大要当民政局的人，给没有爸妈的小孩发钱。我看了半天没说话。他还把{{trap/famous:朱熹}}那首半亩方塘背给我听，背到“源头活水”就卡住了。
访谈者：工作联系方式方便说一下吗？
受访者：办公室在{{address:开化县芹阳办事处解放街民政大楼4楼412室}}。我手机{{mobile@fws}}，{{han:饶建勋}}的{{mobile@plus86spaced}}。工作微信{{wechat:kh_minzheng_clb}}，孩子们找我QQ用得多：{{qq:1069357284}}。{{han:詹宇豪}}的身份证{{id_number@my2015quad.330824}}。
访谈者：名单上名字都对吗？
受访者：不全对。上个月核查，把社工写成{{spaced:司 徒 筱 溪}}，把伯伯写成{{spaced:詹 德 旺}}，哈萨克族那个爸爸又成了{{spaced:叶尔扎提　努尔别克}}。
访谈者：最后还想说什么？
受访者：孩子们的名字一个字都不能错，错一个字，钱就到不了手。
""")

# H1703: Han township cadre in charge of left-behind children in 马金镇 (开化), with her roll and parents' group.
DOCS["H1703"] = ("staff", """\
访谈者：汪主任，镇里的留守儿童归您管？
受访者：归我管。我叫{{han:汪婉贞}}，在{{trap/place:马金镇}}社会事务办，管留守儿童，也管困境儿童，还兼着妇联的事。全镇在册的留守儿童一百四十一个，都在这本花名册上，一页十个。
访谈者：留守的多是什么情况？
受访者：爸妈在{{trap/place:杭州}}、{{trap/place:义乌}}打工，孩子跟爷爷奶奶。也有跑得远的，你看这个，{{han:徐嘉乐}}，藏名叫{{minority/tibetan:丹增朗久}}，学校写的是{{minority/tibetan:徐朗久}}。他爸{{han:徐国良}}早年在{{trap/place:拉萨}}开小饭馆，娶了个藏族老婆，叫{{minority/tibetan:普布次吉}}，孩子三岁就送回马金给奶奶带了。
访谈者：孩子跟奶奶过得好吗？
受访者：奶奶{{han:郑金花}}七十一了，耳朵背，喊三声才应一声。孩子在{{school:马金镇中心小学三年级（5）班}}，刚来的时候不合群，有人笑他脸上的高原红，他就跟人打。我跟他讲，你的名字好，{{minority/tibetan:朗久}}是吉祥的意思。现在他让同学喊他{{minority/tibetan:阿朗}}，笑的人反倒少了。
访谈者：爸妈多久回来一次？
受访者：两年一回，路太远。镇上的“儿童之家”每个月搞一回亲情视频，一个孩子十五分钟。{{minority/tibetan:次吉}}每回都哭，说对不住儿子。家长群里她的名片是“{{minority/tibetan:朗久}}妈妈{{minority/tibetan:次吉}}”，我开头还当是两个人。
访谈者：还有别的民族的孩子吗？
受访者：有个哈萨克族妈妈，叫{{minority/kazakh:努尔萨娜}}，嫁给我们镇上的{{han:方卫东}}。{{han:方卫东}}在杭州饭店里当厨师，她去年回{{trap/place:特克斯}}照顾她阿爸，到现在没回来。女儿{{minority/kazakh:阿雅如}}五岁，跟爷爷{{han:方德水}}过，幼儿园花名册上写的是{{minority/kazakh:方阿雅如}}。{{han:方德水}}都七十了，也不会扎辫子，家里也没个女人，不{{trap/word:方便}}，孩子天天披着头发去，幼儿园的{{han:占老师}}看不过去，每天早上给她扎两根。
访谈者：您平时怎么跟这些孩子联系？
受访者：入户，打电话，还有“代理家长”。镇干部一人结对两个，我结对的是{{han:柴文斌}}和{{han:徐嘉乐}}。{{han:柴文斌}}家在山坳里，爷爷天天上山砍{{trap/word:柴火}}，孩子放了学也去背。那孩子被狗咬过一回，自己打电话给我，哭都没哭，只说{{han:汪阿姨}}，我腿上出血了。
访谈者：代理家长具体做些什么？
受访者：过生日送个蛋糕，开家长会替爸妈去，生病了带去卫生院。镇长{{han:鲁国强}}也结对了两个，他工作忙，就叫他爱人替他去。我们还请{{trap/org:开化县人民医院}}的心理医生来讲过课，他讲留守的孩子最怕的不是穷，是没人管。有个小姑娘{{han:江雨彤}}听完跑过来抱着我哭，说她妈妈三年没回来了。我打了十几个电话才找到她妈妈，她妈妈在电话里也哭。那孩子有QQ，号码是她自己写在我本子上的：{{qq:280417395}}。
访谈者：暑假孩子们怎么过？
受访者：最怕的就是暑假。爸妈不在，爷爷奶奶管不住，孩子们往溪里跑。我们在{{trap/place:马金溪}}边上立了牌子，村里的老党员轮流守着。儿童之家白天开门，孩子们来写作业、看书、下棋，中午还管一顿饭。镇党委的{{compound:赫连曜川}}分管这块，每个季度开一回会，学校、派出所、卫生院、村里的人都叫上，一个孩子一个孩子过。
访谈者：镇里还有谁在帮？
受访者：派出所的{{han:郑再旺}}再忙，每个月也要来“儿童之家”坐一回，教孩子们防拐、防溺水。团县委派来的大学生志愿者{{compound:长孙若涵}}，暑假办了个夏令营。县社工站驻镇的是{{compound:宇文星禾}}，她跟{{han:舒得胜}}得空就一起下村。{{han:舒得胜}}能吃苦，是镇里的老干部，退了休还在跑。
访谈者：爸妈们怎么看这些工作？
受访者：大多数是感激的，也有嫌我们多事的。有个爸爸在电话里讲，孩子有吃有穿就行了，你们管那么多做什么。我讲孩子要的不光是吃穿。后来他过年回来，专门拎了两瓶酒到镇里来，说孩子变了，会跟他讲心里话了。酒我没收，叫他拿回去陪孩子吃顿饭。
访谈者：有没有特别担心的孩子？
受访者：{{han:柴文斌}}。十二岁，爷爷八十了，万一爷爷倒了，孩子就是事实无人抚养，他爸妈在{{trap/place:上海}}，电话打十个接一个。我跟他爸讲，你再不回来，孩子就不认你了。
访谈者：登记信息方便说一下吗？
受访者：{{han:徐嘉乐}}住{{address:开化县马金镇姚家村下街41号}}，身份证{{id_number@my2016fwhyphen.330824}}；{{han:柴文斌}}住{{address:马金镇霞山村后坞9号}}，在{{school:开化县马金初级中学初一（2）班}}，QQ是{{qq:69820513}}。我电话{{mobile@plus86dash}}，{{han:方德水}}的{{mobile@s38}}。儿童之家的工作微信{{wechat:wxid_7h3kq2m9x4}}。
访谈者：花名册上的名字都对吗？
受访者：有错的。县里下发的表把{{spaced:丹 增 朗 久}}拆成了四个字，把孩子妈妈写成{{spaced:努　尔　萨　娜}}，{{spaced:柴 文斌}}也空了一格。
访谈者：最后想说什么？
受访者：留守的孩子，缺的不光是钱，是有人问一句。我能问一句是一句。
""")

# H1704: Han supervisor of a bamboo-processing factory in 大柘镇 (遂昌) talking about his workers' children.
DOCS["H1704"] = ("staff", """\
访谈者：您在这个竹制品厂做了多久？
受访者：十一年了。我叫{{han:项建忠}}，{{trap/word:项目}}的项，管车间和宿舍。厂是我表哥开的，门口那块牌子“{{han:毛炳炎}}竹制品厂”就是他的名字，做竹筷、竹砧板，还烧{{trap/word:竹炭}}。
访谈者：厂里外地工人多吗？
受访者：一百二十几个人，一半是外地的。凉山来的彝族最多，还有两户新疆来的维吾尔族。你要问困境儿童，我们厂里就有好几个。
访谈者：讲讲看。
受访者：头一个，{{minority/yi:马海依铁}}。三年前破竹机伤了右手，截了三根指头，评了残疾，两项补贴有了一项。他两个孩子在{{trap/place:美姑}}老家跟外婆，女儿{{minority/yi:马海以作}}十一岁，儿子八岁，都是留守的。工友们讲他跟唱歌的{{trap/famous:海来阿木}}差不多，他就在车间里唱，唱得比机器还响。我们跟厂里工会的{{compound:诸葛云岚}}一起写了材料，寄到美姑，孩子那边报上了困境儿童。
访谈者：第二个呢？
受访者：{{minority/uyghur:努尔麦麦提·图尔荪}}，{{trap/place:阿克苏}}来的，在打磨车间，车间里都喊他{{minority/uyghur:麦哥}}。老婆{{minority/uyghur:海力倩姆}}在包装线。女儿{{minority/uyghur:米热妮莎}}七岁，地中海贫血，每个月要输血，在{{trap/org:遂昌县人民医院}}输。孩子跟着来了遂昌，在{{school:大柘镇中心小学一年级（3）班}}。大病救助是县医保局的{{han:尹晓波}}帮着办的，{{han:尹晓波}}还跑到厂里来教他们怎么报。
访谈者：他们在这边有熟人吗？
受访者：有。菜场卖馕的{{minority/uyghur:依汗}}跟{{minority/uyghur:海力倩姆}}是老乡，礼拜天两家一起做{{trap/minority_word:拉条子}}。他说遂昌的{{trap/word:毛竹}}跟他们那边的白杨一样多。
访谈者：还有本地的孩子吗？
受访者：有，{{han:应青山}}的儿子{{han:应满生}}，六岁，自闭症。名字是他爷爷起的，盼他一生圆满。老婆生了孩子第二年就跑了，{{han:应青山}}就一个人带。{{han:应青山}}才三十出头，头发白了一半。白天孩子跟奶奶{{han:季秀英}}，晚上{{han:应青山}}上夜班，奶奶一个人哄不住。康复是在丽水做的，老师{{compound:梁丘晚晴}}讲孩子进步蛮大。{{han:应青山}}常讲，留得{{trap/word:青山}}在，总有一天孩子会开口叫爸爸。
访谈者：厂里自己做了什么？
受访者：{{han:毛炳炎}}同意给这几户免宿舍费，夜班尽量排开。厂里被{{compound:皇甫韵竹}}查过一回，她是劳动监察大队的，说我们的台账是她见过最细的。暑假我们带工人的孩子去{{trap/org:汤显祖纪念馆}}，孩子们看{{trap/famous:杜丽娘}}，新疆那个小姑娘看完学了一路的水袖。
访谈者：工人的孩子暑假怎么办？
受访者：这是最头痛的。爸妈上班，孩子锁在宿舍里不放心。前年开始，厂里腾了一间仓库办托管班，请了镇上退休的老师{{han:郑美兰}}，每天上午教作业，下午带孩子们做竹蜻蜓。镇团委的{{compound:乐正朝晖}}带大学生来帮了一个暑假。{{han:应满生}}不肯跟人玩，{{han:郑美兰}}就坐在他边上陪他拼积木，一拼一个下午。她还建了个托管班的家长群，她的微信是{{wechat:zmlan_dazhe}}。
访谈者：笋季的时候厂里忙吗？
受访者：冬笋、春笋下来的时候最忙，厂里还收笋干，工人加班加点，孩子们就更没人管。那几个月我让食堂晚上多开一个钟头，孩子们在食堂里写作业，写完了等爸妈下班一起回宿舍。
访谈者：您自己家呢？
受访者：我老婆在厂里管食堂，孩子们吃饭都是她打。她讲这些小鬼嘴甜，见了她就喊阿姨，比我们自己的儿子还亲。我儿子在{{trap/place:杭州}}读大学，放假回来也去托管班帮忙，教他们英语。
访谈者：做这些事厂里划得来吗？
受访者：算账是划不来的。可工人安心，孩子有人管，厂里的人就走得少。凉山来的工人，一个带一个，现在一来就是一家子。
访谈者：登记信息方便说一下吗？
受访者：厂在{{address:遂昌县大柘镇工业园区竹源路16号}}，宿舍在{{address:大柘镇工业园区职工宿舍B幢208}}。彝族那个工人的身份证{{id_number@my1986tri.513436}}，{{minority/uyghur:米热妮莎}}的{{id_number@wy2018spaced.652901}}。我电话{{mobile@plus86dash}}。厂里工会的微信{{wechat:zhuye_gonghui2019}}。{{minority/yi:马海依铁}}的女儿在老家用QQ跟他视频，号码是{{qq:1557308246}}，{{han:应青山}}的QQ是{{qq:９３０２６１５８}}。
访谈者：工资表上的名字对吗？
受访者：银行开户名是{{minority/uyghur:努尔麦麦提．图尔荪}}，系统里打不出点，变成了{{minority/uyghur:努尔麦麦提图尔荪}}。彝族工人在表上是{{spaced:马 海 依 铁}}，{{minority/uyghur:麦哥}}的老婆给拆成{{spaced:海 力 倩 姆}}，工会的人写成{{spaced:诸葛 云岚}}，康复中心的表上孩子是{{spaced:应 满 生}}。
访谈者：您最想说什么？
受访者：这些工人的孩子，不管是凉山的、新疆的还是本地的，都是在我们厂里长大的。我能做的不多，能帮一点是一点，这个话我跟{{han:毛炳炎}}也讲过。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS,
          first=1697, trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout215",))


if __name__ == "__main__":
    main()
