# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 126 (tests/pii/holdout126/H993-H1000 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 126 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 鹰潭 and 宜春 (Jiangxi): a Mongolian mother from 扎鲁特旗 who draws wire in a 鹰潭 copper-wire factory, her
husband dead fighting a grassland fire, her son with her and her daughter with his mother in the gacha; an Amdo
Tibetan father from 玛多 who drives a forklift in a 宜春 lithium-battery plant after his wife died, his son with him
and his daughter with her aunt in 玛多; a Uyghur father from 莎车 who sells kebabs in 月湖区 and raises two sons alone
after his wife died; a Hui grandmother from 泾源 raising in 袁州区 a granddaughter whose parents are both in prison;
a Yi mother from 甘洛 who tends the extraction vats of a 樟树 pharmaceutical workshop, her husband killed in a mine
and her children with her mother; a Han village child director in 贵溪 (塘湾镇) reading out her register; a Han
township social worker in 丰城 (荣塘镇) handling 事实无人抚养 cases; and a Han grandfather in 余江 (中童镇) raising a
grandson with epilepsy. The emphasis is on forms where a replacement might cover only part of a name, in a mix
rather than one trick: Mongolian names used whole (额日登其木格, 孟和额尔敦, 伊德日夫, 斯琴塔日哈, 陶格陶呼,
其其日玛她, 赛罕托娅老师) and with a short form (明安图雅 then 明安), a Mongolian name that begins with a Han surname
character (胡和朝鲁), a Han surname before a Mongolian given name (白胡和 on the school roll, 何苏布达, 熊敖都) and the
Han form of address of the mother (白大嫂); Amdo Tibetan names of 玛多 (才让东知, 尖措吉, 更登扎西, 看召吉, 才让拉吉,
华旦加, 嘉羊措, 南拉加, 尼玛东智) with a short form (看召她), a name that begins with 周 (周加太) and the 才 of a
Tibetan name taken for a Han surname (才更登 on the school roll, 才师傅, 才娃, beside the trap 才能); Uyghur given
name + father's name with and without the dot (吐尔逊江·麦提尼亚孜, 米尔扎提·吐尔逊江, 米尔扎提吐尔逊江), a short form
(吐尔逊江), single names (帕提曼古丽, 依克拉木江, 艾则买提, 奥布力喀斯木, 玉素音江, 祖农汗) and a Han godfather's
surname before a short Uyghur name (周米尔); Han-form Hui names whose surnames are grammar words (把凤英, 者秀琴) beside
禹学军, 禹欣怡, 禹长福 and 海永清阿訇, 经名 used alone (哈立麦, 海勒麦她, 索哈卜, 尔斯玛, 祖拜戴) and after a Hui
surname (禹海勒麦, 马达吾德, 把尔萨, 兰尤努斯); Yi names with the clan name first (俄底伍嘎, 吉伍石者, 曲比阿牛,
吉伍机格, 吉伍阿各, 阿尔子莫, 俄底子洛, 加拉伍且, 日火石沙, 吉候阿依莫), the given name alone before a kin word
(伍嘎姐), the clan cut to one character on a school roll (吉机格), a Han school name (吉文涛) and a Han surname before
a Yi given name (帅阿依); surnames that are ordinary words directly after or before grammar words (徐国和和我,
周和平和我, 和子豪和和子杰, 向丽君向街道, 向冬兰老师向学校, 都春林都跑了, 有玉梅有三年, 能有才有视力残疾,
能建军能体谅人, 晏国能能照顾, 也梦瑶也懂事, 就国庆就住, 要秀芳要我, 要振华, 还春花还专门, 还建平还在,
被春生被货车撞了, 让美华让我); Han names with common and rare surnames of the region (徐, 饶, 熊, 揭, 桂, 邬, 漆,
况, 简, 晏, 帅, 聂, 危, 占, 付, 游, 涂, 艾, 龚, 邹, 甘, 冉, 章, 鲍, 洪), names that contain words (周和平, 揭晓明,
能有才, 张有为, 揭长水, 洪长根), with titles and kin words (桂春燕老师, 况雪芬老师, 帅丽娜老师, 杨德昭大夫,
还春花阿姨, 龚淑贞老师; the span is the name only), a surname with only a title, annotated whole (白大嫂, 才师傅,
桂老师, 帅老师), nicknames (才娃, 宋老三), names directly before particles, pronouns and verbs (漆红英她, 徐国和他,
和德旺他, 危梓涵她, 聂思航他, 况桂英她, 张有为他) and after 叫/是/给/跟/找/让/和, and names closing the last
sentence (多亏了向丽君。, 谢谢吴彩凤。); names spaced out character by character in half- and full-width spaces
(额 日 登 其 木 格, 明　安　图　雅, 才 让 东 知, 依 克 拉 木 江, 禹 海 勒 麦, 俄 底 伍 嘎, 曲　比　阿　牛, 欧 阳 梓 睿,
太 史 静 姝, 慕 容 清 禾, 危　梓　涵, 聂　思　航), a dotted name with spaces around the dot (吐尔逊江 · 麦提尼亚孜) and
names split in two (胡和 朝鲁, 孟和 额尔敦, 更登 扎西, 米尔扎提　吐尔逊江, 吉伍 阿各, 帅阿 依, 和子 豪, 还语 桐, 洪长 根);
compound surnames after ordinary words (欧阳, 端木, 百里, 濮阳, 钟离, 梁丘, 申屠, 公冶, 第五, 南宫, 司空, 淳于, 司马,
公孙, 太史, 闻人, 鲜于, 慕容, 宇文 after 的/叫/是/社工/同事/站长/督导/老师, beside the trap 第五个); and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:能有才}}``, ``{{qq:60917385}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015x.632626}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38, h38,
                                   s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 阿姨, 姐) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 还, 就, 能, 有, 要, 向, 让, 她, 他) are outside the span; a
surname with only a title or kin word (白大嫂, 才师傅, 桂老师, 帅老师) and a nickname (才娃, 宋老三) are annotated
whole. Han-style names of Mongolian, Tibetan, Hui and Yi people (白大嫂, 才师傅, 把凤英, 禹欣怡, 吉文涛) are category
han; a Han surname before a non-Han given name (白胡和, 何苏布达, 熊敖都, 周米尔, 禹海勒麦, 把尔萨, 帅阿依) is category
minority, and so are Tibetan names whose first syllable looks like a Han surname (才让东知, 才更登, 周加太).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout126/make_holdout126.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(126_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "170", "181", "182", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H993: Mongolian mother from 扎鲁特旗 who draws wire in a 鹰潭 copper-wire factory; her husband died fighting a
# grassland fire, her son is with her and her daughter with his mother in the gacha.
DOCS["H993"] = ("family", """\
访谈者：大姐，听口音您是北方来的？
受访者：内蒙古{{trap/place:扎鲁特旗}}的，在{{trap/place:通辽}}北边。我叫{{minority/mongolian:额日登其木格}}，厂里人念不顺，都喊我{{han:白大嫂}}，我身份证上的汉姓是白。在{{trap/place:鹰潭}}一家铜线厂拉丝，快两年了，铜杆都是从{{trap/org:江铜}}拉来的。
访谈者：怎么到这么远来？
受访者：孩子他爸{{minority/mongolian:孟和额尔敦}}前年春天去扑草场上的荒火，风一转，人就没出来。那天嘎查去了十几个男人，是他弟弟{{minority/mongolian:伊德日夫}}把他背下来的，身上已经没一块好地方了。旗里给评了见义勇为，发了一张证书和三万块钱。草场租出去了，我一个人养不活两个孩子。同嘎查的{{minority/mongolian:斯琴塔日哈}}嫁到鹰潭，是她带我进的厂。我到现在闻不得烟味，厂里有人烧垃圾，我就躲进厕所。那三万块存在旗里的信用社，谁也不许动，是给孩子读书的。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:胡和朝鲁}}十二，跟我在这边，读{{school:月湖区梅园小学六年级（3）班}}，花名册跟了我的汉姓，写成{{minority/mongolian:白胡和}}。女儿{{minority/mongolian:明安图雅}}八岁，在老家跟奶奶{{minority/mongolian:其其日玛}}，读{{school:鲁北镇第三小学二年级（1）班}}。{{minority/mongolian:其其日玛}}她七十一了，有{{trap/word:白内障}}，晚上还给孙女讲{{trap/minority_word:乌力格尔}}。
访谈者：女儿在老家过得好吗？
受访者：奶奶疼她，可奶奶眼睛不行了，做饭常把盐当成糖。女儿八岁就会烧奶茶、捡牛粪，冬天零下三十度，她天不亮就起来给奶奶生炉子。视频里她从来不哭，挂了电话，奶奶说她一个人躲在被子里哭。我听了一整晚睡不着，第二天在车间差点把手卷进机器里。
访谈者：老家谁帮着？
受访者：嘎查的儿童主任{{minority/mongolian:何苏布达}}隔几天去一回，给女儿报了困境儿童，每月{{trap/number:一千零五十}}，奶奶吃低保。旗{{trap/org:红十字会}}给她送过书包和羽绒服。嘎查达{{minority/mongolian:陶格陶呼}}找人把我家漏雨的房子修了。女儿的班主任{{minority/mongolian:赛罕托娅}}老师每个礼拜发一段她跳舞的视频给我。
访谈者：厂里的活累吗？
受访者：累。拉丝机一天转二十个钟头，铜丝细得像头发，一走神就断。一个月拿四千八，寄两千回去，剩下的交房租、交儿子的伙食费。伙食费一个月三百，他总说吃不饱也不要加，其实是想给我省钱。带我的师傅叫{{han:漆红英}}，{{han:漆红英}}她手上全是铜丝划的口子，说干久了就不疼了。
访谈者：鹰潭这边谁在帮您？
受访者：车间主任{{han:徐国和}}和我说，夜班钱多，先紧着你排。{{han:徐国和}}他爱人{{han:饶冬梅}}常给我儿子带饭。社区的儿童主任{{han:向丽君}}向街道报了我家的情况，区民政局的{{han:都春林}}都跑了三趟，把补贴手续理顺了。厂长{{han:邬志刚}}给我预支过一个月工资。班主任{{han:桂春燕}}老师放学留他写作业，{{han:桂老师}}说他数学好。社工站的{{compound:欧阳佩瑶}}每周来一回，跟她搭档的叫{{compound:端木望舒}}，教儿子下象棋。
访谈者：儿子适应吗？
受访者：开始不说话，同学问他是不是骑马上学。后来掰手腕赢了体育老师{{han:熊振宇}}，就有朋友了，上学期还考了班上第五。同桌{{han:揭小龙}}天天跟他一起走，教他说鹰潭话。开家长会我去了一回，别的妈妈都穿得干干净净，我穿着工作服，一身铜末子，儿子一点也不嫌，拉着我的手给同学看。{{minority/mongolian:胡和朝鲁}}想他爸，半夜哭，说梦见他爸在火里喊他。
访谈者：您自己呢？
受访者：晚上回来腰直不起来，衣服怎么洗都有一股铜锈味。一个月休两天，一天洗衣服，一天带儿子去{{trap/place:龙虎山}}脚下走走，只去不要门票的地方。邻居说我唱歌像{{trap/famous:德德玛}}，我哪有那么好。过年回不去，就在视频里给{{minority/mongolian:明安}}唱。她问我{{trap/place:信江}}里有没有鱼，我说有，等你来了带你去看。
访谈者：以后有什么打算？
受访者：先把儿子供到初中毕业。厂里明年上新机器，会看机器的工钱高，我晚上跟着{{han:漆红英}}学看图纸。社工站的站长{{compound:百里清风}}说可以帮我报个夜校。想过回去，可回去草场也没了，拿什么养他们？儿子说，{{trap/minority_word:额吉}}，我长大了当消防员，不让火再烧死人。
访谈者：登记信息请您说一下。
受访者：老家是{{address:扎鲁特旗鲁北镇宝力根嘎查二组16号}}，这边租在{{address:月湖区梅园街道东湖小区4栋2单元501室}}。我身份证{{id_number@wy1986spaced.150526}}，儿子的{{id_number@my2013.150526}}。我电话{{mobile@spaced}}，{{minority/mongolian:何苏布达}}的是{{mobile@plus86}}。我微信叫{{wechat:erideng_qmg}}。儿子有个QQ，号码他用圆珠笔写在我手背上：{{qq:2963017485}}。
访谈者：名字都写对了吗？
受访者：工资条上我是{{spaced:额 日 登 其 木 格}}，低保表写成{{spaced:明　安　图　雅}}，学校把儿子写成{{spaced:胡和 朝鲁}}，他爸的死亡证明上是{{spaced:孟和 额尔敦}}。
访谈者：最后想说什么？
受访者：想带儿子回草原，给他爸烧一炷香。这两年多亏了{{han:向丽君}}。
""")

# H994: Amdo Tibetan father from 玛多 who drives a forklift in a 宜春 lithium-battery plant; his wife died, his son
# is with him and his daughter with her aunt in 玛多.
DOCS["H994"] = ("family", """\
访谈者：师傅，您这叉车开了几年了？
受访者：三年多了。我叫{{minority/tibetan:才让东知}}，青海{{trap/place:玛多}}人，{{trap/place:黄河}}就是从我们那儿流出来的。现在在{{trap/place:宜春}}一家锂电厂开叉车。厂里人把“才”当成我的姓，都喊我{{han:才师傅}}，我也答应。我没什么{{trap/word:才能}}，就会开车。
访谈者：家里几口人？
受访者：老婆{{minority/tibetan:尖措吉}}前年得包虫病走了。两个孩子，儿子{{minority/tibetan:更登扎西}}十岁，跟我在这边；女儿{{minority/tibetan:看召吉}}六岁，在玛多她姑姑{{minority/tibetan:才让拉吉}}家。姑父{{minority/tibetan:周加太}}放着两百头牦牛，家里还有三个娃娃。
访谈者：女儿在姑姑家过得怎么样？
受访者：姑姑待她跟亲生的一样，可家里也不宽。夏天全家上山挖{{trap/minority_word:虫草}}，女儿跟着表姐在帐篷里看弟弟；冬天零下三十多度，牛粪不够烧，几个孩子挤一张床。姑姑在电话里从来不说难，是女儿说漏了嘴，说表姐把棉鞋给了她，自己穿单鞋。那天我在宿舍坐了一夜。
访谈者：孩子妈妈的病是怎么回事？
受访者：肝上长了包，开始以为是胃疼，拖了一年。后来在{{trap/place:西宁}}做了两回手术，花了十几万，牛卖了一大半，还是没留住。{{minority/tibetan:尖措吉}}走的时候女儿才四岁。我在家待不住，到处是她的影子，就跟着同村的{{minority/tibetan:华旦加}}出来了。
访谈者：儿子在这边怎么上学？
受访者：在{{school:袁州区秀江小学四年级（2）班}}。学校登记也把“才”当姓，写成{{minority/tibetan:才更登}}，同学喊他{{han:才娃}}。头一年他听不懂宜春话，班主任{{han:况雪芬}}老师一个字一个字教他，现在作文上了墙报。可他藏话快忘了，我每天晚上教他念字母，念着念着他就睡着了。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:让美华}}让我去街道填了表，儿子算困境儿童，每月{{trap/number:九百八十元}}。街道民政的{{han:简伟平}}帮我办了居住证，孩子看病能报销。社工{{compound:濮阳若溪}}每周接他去儿童之家，她同事{{compound:钟离嘉木}}给他补语文。儿童之家有图书、有乒乓球桌，儿子周末一待就是一下午。班长{{han:能建军}}能体谅人，孩子发烧那回，是{{han:能建军}}替我顶的班。
访谈者：开叉车辛苦吗？
受访者：十二个钟头一班，仓库里全是电池箱子，一箱几百斤，碰一下就是大事，下雨天仓库门口要铺满纸板，怕进水。叉车证是厂里出钱考的。刚来那年我撞过一回货架，主管{{han:袁建波}}没扣我钱，只让我跟着老师傅{{han:傅金保}}再学一个月。房东{{han:周家美}}知道我一个人带孩子，房租一直没涨。下了夜班我先去学校门口等儿子，接回来做饭，他写作业我就在旁边眯一会儿。
访谈者：女儿那边呢？
受访者：村里的儿童主任{{minority/tibetan:嘉羊措}}每月去看她，乡里的干部{{minority/tibetan:南拉加}}把她报进了留守儿童名单，冬天发了棉袄和靴子。{{minority/tibetan:看召}}她在{{school:玛多县玛查理镇寄宿小学一年级（1）班}}，周五姑父骑摩托接回家。她在视频里说想吃阿爸拌的{{trap/minority_word:糌粑}}。
访谈者：这边有老乡吗？
受访者：就一个，{{minority/tibetan:尼玛东智}}，在{{trap/place:樟树}}的药厂，过{{trap/minority_word:洛萨}}的时候我们凑一起，煮一锅手抓羊肉，唱几首老家的歌，唱着唱着就都不说话了。他老婆是汉族，叫{{han:晏春苗}}，会做酸奶。
访谈者：您在这边习惯吗？
受访者：热。玛多海拔四千多米，七月还下雪，宜春夏天四十度，我头一个夏天身上起了一层疹子。雨多，衣服晾三天都不干。米饭吃不饱，我就自己烙饼。儿子倒是什么都吃，辣椒比我还能吃。周末带他去{{trap/place:明月山}}脚下，他说这里的山是绿的，老家的山是黄的。
访谈者：孩子们想妈妈吗？
受访者：想。儿子把他阿妈的照片夹在课本里。女儿还小，以为她阿妈去{{trap/place:拉萨}}转经了。去年周年，我请了三天假回去，在{{trap/place:扎陵湖}}边上给她煨了桑，女儿问阿妈能不能闻到。我给儿子讲{{trap/famous:格萨尔}}的故事，他说长大了要回去帮姑姑放牛。
访谈者：以后打算怎么办？
受访者：再干两年，攒点钱把西宁的债还了。厂里的心理老师{{compound:梁丘曼青}}说，孩子不能老这么两头分着，最好一家人在一起。我也这么想，可回去了没有活干，留在这边又接不来女儿，她户口、学籍都在玛多。
访谈者：登记信息请您说一下。
受访者：老家在{{address:玛多县玛查理镇江措村三社8号}}，这边住{{address:袁州区秀江街道锂都花园6栋1单元302室}}。我身份证{{id_number@my1985hyphen.632626}}，儿子的{{id_number@my2015x.632626}}。我电话{{mobile@s434}}，{{han:让美华}}的电话{{mobile@hyphen}}。我微信{{wechat:dongzhi_madoi85}}。儿子有QQ，号码他念了三遍我才记下：{{qq:4062831975}}。
访谈者：表上的名字写对了吗？
受访者：工牌上是{{spaced:才 让 东 知}}，学校把女儿写成{{spaced:看　召　吉}}，儿子的医保卡上是{{spaced:更登 扎西}}。
访谈者：最想要什么？
受访者：攒够钱回玛多，一家人住在一起。
""")

# H995: Uyghur father from 莎车 who sells kebabs in 月湖区 and raises two sons alone after his wife died.
DOCS["H995"] = ("family", """\
访谈者：老板，您这烤肉摊开了多久了？
受访者：五年了，就在{{trap/place:月湖区}}这条夜市街口。我叫{{minority/uyghur:吐尔逊江·麦提尼亚孜}}，老家{{trap/place:莎车}}，{{trap/place:叶尔羌河}}边上。这边人嫌{{minority/uyghur:吐尔逊江}}太长，都叫我新疆老板。
访谈者：孩子妈妈呢？
受访者：{{minority/uyghur:帕提曼古丽}}四年前肾病走了，在{{trap/place:喀什}}透析了两年。透析一回四百多，家里的果园、两头牛都卖了。她走的时候拉着我的手说，两个孩子一个都不能丢下。她走以后，我带着两个儿子出来，一边卖烤肉一边供他们读书。
访谈者：一天是怎么过的？
受访者：早上七点去菜市场拿羊肉，回来切肉、穿签子，一天要穿八百串。中午给老二做拉条子，下午三点生炭火。孩子们放学先到摊子上，在折叠桌上写作业，烟大，老大就把本子挪到米粉店里去写。夜里收了摊，两个孩子早睡着了，我一个一个抱回床上。
访谈者：两个儿子多大了？
受访者：大的{{minority/uyghur:米尔扎提·吐尔逊江}}十三，在{{school:鹰潭市第五中学七年级（4）班}}，学籍上没有点，是{{minority/uyghur:米尔扎提吐尔逊江}}。小的{{minority/uyghur:依克拉木江}}九岁，在{{school:月湖区湖西小学三年级（2）班}}。隔壁卖米粉的{{han:周和平}}和我最好，认了老大当干儿子，喊他{{minority/uyghur:周米尔}}，说像一家人。老大个子蹿得快，一年换两双鞋。{{han:周和平}}的老婆{{han:蔡秀英}}天天给老二留一碗粉。
访谈者：您一个人顾得过来吗？
受访者：顾不过来。下午四点出摊，夜里一点收摊。社区儿童主任{{han:要秀芳}}要我把户口本、孩子妈妈的死亡证明都拿去，给两个孩子报了困境儿童，每人每月{{trap/number:一千零八十元}}，家里也吃上了低保。区民政局的{{han:揭晓明}}来看过，说房子太潮，帮我们申请了廉租房，明年春天能搬。现在住一楼，墙根全是霉，老二咳嗽了一冬天。新房子在六楼，有阳台，我想种一盆老家的无花果，不知道能不能活。班主任{{han:帅丽娜}}老师让老二放学在教室等我，{{han:帅老师}}自己的孩子也在那儿写作业。社工{{compound:申屠晓棠}}每周带他们去图书馆，跟她一起来的{{compound:公冶书宁}}教老大打篮球。
访谈者：孩子们在学校怎么样？
受访者：老大脾气急，去年有人笑他身上有烤肉味，他动手了。班主任{{han:郭海龙}}把两个孩子叫到办公室，一人说了一个钟头，后来他们倒成了朋友，那个同学叫{{han:彭晓东}}，现在周末来摊子上帮我串肉。老二胆小，爱画画，画的都是他妈妈。他的数学老师{{han:邱海波}}每天放学多留他二十分钟。我认不了几个汉字，作业签字都是老大签，我按个手印。
访谈者：老大将来想做什么？
受访者：他说要当医生，说那时候他要是医生，他妈就不会走。我说好，爸爸卖一辈子烤肉也供你。老二说要当警察，跟派出所的叔叔一样。
访谈者：生意上有人为难吗？
受访者：夏天生意好，一晚上能卖一千多块；冬天冷，一晚上两三百，还不够炭钱。摊子上挂着老家的照片，有客人问这是哪，我就给他们讲莎车。城管的{{han:聂卫东}}人好，给我划了固定摊位。派出所的{{han:龙小军}}晚上巡逻，路过就站一会儿，有喝醉的来闹，他一来就走了。和田来的老乡{{minority/uyghur:艾则买提}}每天给我留最好的羊腿。{{trap/minority_word:肉孜节}}那个月我白天不吃不喝，照样出摊，顾客说新疆老板你脸都瘦了。表哥{{minority/uyghur:奥布力喀斯木}}在{{trap/place:南昌}}打{{trap/minority_word:馕坑}}，过{{trap/minority_word:古尔邦节}}我们去他那里。
访谈者：孩子们想家吗？
受访者：想。老二说梦见在老家{{trap/minority_word:巴扎}}上吃冰淇淋。老大爱听我讲{{trap/famous:阿曼尼莎汗}}的故事，说以后要学{{trap/minority_word:都塔尔}}。村里的儿童主任{{minority/uyghur:玉素音江}}还打电话问他们的成绩，他们的奶奶{{minority/uyghur:祖农汗}}每个礼拜跟他们视频。去年暑假{{han:要秀芳}}帮我们申请了路费补助，我带他们回了一趟莎车，老二趴在他妈妈坟上不肯起来。
访谈者：您自己身体怎么样？
受访者：烟熏火燎的，嗓子不好，一到冬天就咳，手上烫的疤一个摞一个。去年我发烧三天没出摊，是{{han:周和平}}两口子帮我把孩子接回去吃饭、写作业。我不敢病，我倒了，两个孩子就真没人管了。
访谈者：登记信息请您说一下。
受访者：老家{{address:莎车县阿瓦提镇托万克村二组27号}}，这边住{{address:月湖区交通街道信江新村9栋402室}}。我身份证{{id_number@my1982fwspaced.653125}}，老大的{{id_number@my2012hyphen.653125}}。我电话{{mobile@h38}}，{{han:要秀芳}}的{{mobile@plain}}。我的微信{{wechat:tursunjan_kawap}}，顾客扫码加的。老大有QQ，号码写在烤肉摊价目牌的背面：{{qq:78205136}}。
访谈者：名字在表上写得对吗？
受访者：低保表上是{{spaced:吐尔逊江 · 麦提尼亚孜}}，学校把老二写成{{spaced:依 克 拉 木 江}}，医院单子上老大是{{spaced:米尔扎提　吐尔逊江}}。
访谈者：最后想说什么？
受访者：等{{minority/uyghur:依克拉木江}}考上高中，我带他们回莎车看奶奶。
""")

# H996: Hui grandmother from 泾源 raising in 袁州区 a granddaughter whose parents are both in prison.
DOCS["H996"] = ("family", """\
访谈者：奶奶，您是从宁夏过来的？
受访者：{{trap/place:泾源}}的，{{trap/place:六盘山}}底下。我叫{{han:把凤英}}，回族，经名{{minority/hui:哈立麦}}。这个姓少，人家老当我说的是“把东西拿来”的把。
访谈者：怎么到宜春来了？
受访者：儿子{{han:禹学军}}跟媳妇{{han:者秀琴}}十年前来{{trap/place:袁州区}}开拉面馆，生意好的时候一天卖三百碗。前年两个人让人骗着帮运毒，儿子判了十二年，媳妇判了七年。孙女没人管，我就来了。
访谈者：出事那天您知道吗？
受访者：不知道。是邻居{{han:易红梅}}打电话到泾源，说店门口停了好几辆警车。我坐了两天一夜的火车过来，孙女在{{han:易红梅}}家住了三晚，见了我就哭。那几天她半夜起来找她妈，我就抱着她念经。律师{{han:付文斌}}是法院指派的，他说两个人是初犯，可数量大，没办法。判决那天我没去，我怕孙女看见。拉面馆退了，锅碗瓢盆卖了八百块。
访谈者：孙女多大了？
受访者：十一岁，学名{{han:禹欣怡}}，经名{{minority/hui:海勒麦}}，在{{school:袁州区化成小学五年级（1）班}}。老师点名图顺口，叫她{{minority/hui:禹海勒麦}}。{{minority/hui:海勒麦}}她懂事，放学回来先淘米。她爸的经名叫{{minority/hui:索哈卜}}，她妈的叫{{minority/hui:尔斯玛}}，她在本子上偷偷写这两个名字。班主任{{han:简丽华}}怕同学说闲话，从没在班上提过她爸妈的事。孙女说以后要当老师，回泾源教书。
访谈者：你们祖孙俩一天怎么过？
受访者：早上五点我起来做礼拜，给孙女烙饼、煮奶茶，六点半送她到巷子口。白天我去菜市场帮人择菜，一天挣三四十块。晚上她写作业，我坐在旁边纳鞋底，她写完了给我念课文，我听不懂普通话，可爱听。学校食堂没有清真的，{{han:简丽华}}老师跟校长说了，准许她中午回家吃。过节我炸{{trap/minority_word:油香}}，她拿去分给同学。她数学好，上学期的奖状贴在床头。
访谈者：孩子的补助怎么办的？
受访者：社区的儿童主任{{han:还春花}}还专门跑了司法所，开了服刑证明。{{han:还春花}}说，父母都在服刑，孩子就是事实无人抚养，每月{{trap/number:一千五百三十元}}，打到孩子卡上。钱不多，书本费、校服费都够了，我自己还有老家的养老金，一个月一百多。司法所的{{han:就国庆}}就住我们楼下，也帮着跑。区民政局的{{han:晏柏林}}每季度来一回。社工{{compound:第五思琪}}每周给孙女辅导功课，另一个社工叫{{compound:南宫逸飞}}，带她做心理疏导。
访谈者：这边有回族乡亲吗？
受访者：有几家。开拉面馆的{{minority/hui:马达吾德}}是{{trap/place:化隆}}人，每礼拜给我们送一回牛肉，他老婆{{minority/hui:祖拜戴}}教孙女念经。{{trap/minority_word:主麻日}}他开车带我去南昌做礼拜，来回三个钟头。{{trap/place:南昌}}{{trap/org:清真寺}}的{{han:海永清}}阿訇过{{trap/minority_word:开斋节}}来看过我们，还带了一箱{{trap/minority_word:盖碗茶}}。
访谈者：老家还有人吗？
受访者：老伴{{han:禹长福}}前些年走了。我兄弟{{minority/hui:把尔萨}}在泾源种地，他说让孙女回去，可孩子在这边上了五年学，转回去跟不上。村里的儿童主任{{minority/hui:兰尤努斯}}每年打电话问孩子，说户口还在村里，有事找他。兄弟媳妇每年寄一箱枸杞、一桶{{trap/word:胡麻油}}过来。
访谈者：老家泾源是什么样？
受访者：山上全是树，夏天凉快，秋天满山红叶。我们村在{{trap/place:泾河}}边上，家家养牛。我十七岁嫁过去，老伴家穷，两间土房，后来搞移民搬迁，才住上砖房。等孙女放暑假，我想带她回去看看她爸出生的地方。
访谈者：孩子想爸妈吗？
受访者：想。她每月给她爸写信，写完了念给我听，我不识字。去年去女子监狱会见，她隔着玻璃喊妈，{{han:者秀琴}}哭得说不出话。那回坐了四个钟头车，是{{compound:第五思琪}}陪我们去的。儿子关在{{trap/place:银川}}，太远，只能在{{trap/org:司法所}}跟他视频会见。她把她爸的回信夹在字典里，想了就翻出来看。我给孩子讲{{trap/famous:海瑞}}的故事，说做人要清清白白。
访谈者：您身体怎么样？
受访者：七十了，血压高，腿也肿。去年冬天在巷子里滑了一跤，手腕骨折，是{{han:就国庆}}背我去的医院。我最怕等不到她爸出来。我跟孙女说，奶奶要是不在了，你就去找{{han:还春花}}阿姨，她哭着说奶奶不许说这个。我现在每天晚上做完礼拜就求主，让我多活几年，看着她长大。
访谈者：登记信息请您说一下。
受访者：老家{{address:泾源县泾河源镇冶家村四组5号}}，这边住{{address:袁州区化成街道鼓楼巷12号2楼}}。我身份证{{id_number@wy1955.640424}}，孙女的{{id_number@wy2014quad.360902}}。我电话{{mobile@s38}}，{{han:还春花}}的{{mobile@p86h}}。孙女用我手机注册了个微信，叫{{wechat:hailemai_2014}}。她还有QQ，号码写在她的算术本皮上：{{qq:５１７３０９８２６}}。
访谈者：名字都写对了吗？
受访者：低保表上我是{{spaced:把 凤 英}}，学校把孙女写成{{spaced:禹 海 勒 麦}}，判决书上媳妇是{{spaced:者秀 琴}}。
访谈者：最后还想说什么？
受访者：等{{minority/hui:索哈卜}}出来，我就回泾源。
""")

# H997: Yi mother from 甘洛 who tends the extraction vats of a 樟树 pharmaceutical workshop; her husband died in a
# mine, her two children are with her mother in 甘洛.
DOCS["H997"] = ("family", """\
访谈者：大姐，您在药厂做哪道工序？
受访者：提取车间，看煎药的大罐子，三班倒。我叫{{minority/yi:俄底伍嘎}}，{{trap/place:凉山}}{{trap/place:甘洛}}人，我们彝族家支名在前，名字在后。车间里的人叫我{{minority/yi:伍嘎}}姐。到{{trap/place:樟树}}三年了。
访谈者：家里的情况呢？
受访者：孩子他爸{{minority/yi:吉伍石者}}在老家的铅锌矿打工，前年矿洞塌了，矿在半山上，路窄，救援的车上不去，人没救出来。他走的那天早上还打电话说，等挣够钱就回来盖新房。矿老板{{han:邱志坚}}跑了半年，后来被抓回来，才赔了钱。两个孩子留在甘洛，跟我阿妈{{minority/yi:曲比阿牛}}过。阿妈六十五了，背也驼了，每天还背着柴下山。
访谈者：怎么会到樟树来？
受访者：赔的钱还了欠账就没剩多少。同乡{{minority/yi:加拉伍且}}回村招人，说樟树的药厂包吃住，一个月四千多。我从没出过凉山，坐了一天一夜火车，到了这边话都听不懂，头一个月天天哭。
访谈者：孩子们多大？
受访者：儿子{{minority/yi:吉伍机格}}十二，汉名{{han:吉文涛}}，读{{school:甘洛县新市坝镇中心校六年级（2）班}}，学校名册上家支只留了一个字，写成{{minority/yi:吉机格}}。女儿{{minority/yi:吉伍阿各}}七岁，读{{school:新市坝镇第二小学一年级（4）班}}。她汉话说得不好，刚学会写自己的名字，视频里一笔一画写给我看，写了满满一页。
访谈者：谁在帮孩子们？
受访者：村里的儿童主任{{minority/yi:阿尔子莫}}给两个孩子报了困境儿童，每月{{trap/number:八百九十元}}，我阿妈有低保，冬天{{trap/org:县妇联}}还送了棉被和书包。乡民政的{{han:何永福}}把矿上的赔偿跑下来了。儿子的班主任{{han:冉晓燕}}老师每周跟我视频一回，说他数学考了全班第三。我弟弟{{minority/yi:俄底子洛}}在{{trap/place:西昌}}开货车，每个月回去给阿妈挑水、劈柴。
访谈者：儿子学习怎么样？
受访者：{{han:冉晓燕}}老师说他聪明，就是爱打架，有人说他没爸，他就动手。老师找他谈了好几回，还带他去县里参加数学比赛，拿了三等奖，奖状让他外婆拿去给全村人看了。他想考{{trap/place:西昌}}的高中，以后当医生。
访谈者：樟树这边呢？
受访者：厂里有二十几个彝族，过{{trap/minority_word:彝族年}}放一天假，我们在宿舍楼下跳{{trap/minority_word:达体舞}}，主任也来跳。车间主任{{han:晏国能}}能照顾就照顾，知道我要往家里打电话，夜班中间让我歇十分钟，过年还给我们彝族工人一人发了一只鸡。人事的{{han:漆美玲}}帮我把社保转了过来，还教我用手机交话费。厂里的饭不合口，我们几个凑钱买了个电锅，在宿舍煮{{trap/minority_word:荞粑}}和酸菜汤，闻着就像回了家。厂医{{han:黄有福}}给我看了半个月的腰。同宿舍的{{minority/yi:日火石沙}}教我认字。社区的{{compound:司空婉清}}来厂里讲过课，讲留守孩子怎么跟父母视频，她同事叫{{compound:淳于浩然}}。
访谈者：车间里的活难吗？
受访者：不难，就是热，罐子里煮的是{{trap/word:黄柏}}、枳壳这些药，一进车间满身药味。头一个月我把温度看错了，一罐药熬糊了，组长{{han:曹玉珍}}替我去跟主任说情。厂里的{{han:黄伟民}}会说几句彝话，是在凉山修过铁路的，我们都爱找他聊天。
访谈者：孩子们过得好吗？
受访者：{{trap/minority_word:火把节}}我请假回去了一趟，女儿穿着我缝的百褶裙，跑在火把队伍最前面。儿子长高了，不太跟我说话了。阿妈给我们煮{{trap/minority_word:坨坨肉}}，村里的{{trap/minority_word:毕摩}}给孩子们念了经，求平安。我给孩子们讲{{trap/famous:奢香夫人}}的故事。回来那天儿子追着班车跑，我在车上哭。
访谈者：平时怎么跟孩子们联系？
受访者：每天下了班视频，女儿在镜头里给我跳舞，儿子只露半个脑袋。外婆不会用手机，都是儿子开视频，举着手机让外婆看我。儿子上个月寄来一封信，说阿妈你别太累，我会照顾好外婆和妹妹。信我一直揣在工作服口袋里，都揉烂了。
访谈者：您自己呢？
受访者：腰不好，夜班熬多了，头发一把一把掉。厂里说可以考中药炮制的证，{{han:漆美玲}}帮我报了名，可我字认得少，书看不懂，只好请{{minority/yi:日火石沙}}一句一句念给我听。考下来一个月能多三百块。车间窗外就是{{trap/place:赣江}}，夜班歇下来我就看江上的船。
访谈者：登记信息请您说一下。
受访者：老家在{{address:甘洛县新市坝镇依吉村三组19号}}，这边住{{address:樟树市药都北大道88号药厂宿舍3栋211房}}。我身份证{{id_number@wy1990fullwidth.513435}}，儿子的{{id_number@my2013spaced.513435}}。我电话{{mobile@plus86dash}}，{{minority/yi:阿尔子莫}}的电话{{mobile@s74}}。我微信{{wechat:wuga_gl1990}}。儿子有个QQ，号码他刻在我给他买的手电筒上：{{qq:3819504276}}。
访谈者：名字写得对吗？
受访者：工资表写成{{spaced:俄 底 伍 嘎}}，学校把女儿写成{{spaced:吉伍 阿各}}，我阿妈的医保卡上是{{spaced:曲　比　阿　牛}}。
访谈者：最后想说什么？
受访者：等儿子初中毕业，我就回甘洛，在县城找个活，离孩子们近一点，再也不出来了。
""")

# H998: Han village child director in 贵溪 (塘湾镇) reading out her register.
DOCS["H998"] = ("staff", """\
访谈者：您是村里的儿童主任？
受访者：是，{{trap/place:贵溪}}{{trap/place:塘湾镇}}下坊村的，我叫{{han:占秋霞}}，干了四年，原来在村里当会计。前几年上面要求每个村配一个，年轻人都出去了，就让我兼着。镇上培训了三天，教我们填台账、认政策。一个月补贴几百块，事情可不少：入户、填表、拍照、报材料，手机里全是孩子们的照片。本子上七个孩子，我一个一个念，你对着记。
访谈者：好。
受访者：第一个，{{han:危梓涵}}，女，九岁，{{school:塘湾镇中心小学三年级（2）班}}。爸爸{{han:危建国}}搞诈骗，判了六年；妈妈{{han:有玉梅}}有三年没回来了，电话也打不通。跟奶奶{{han:熊金娥}}过，按事实无人抚养报的，每月{{trap/number:一千四百二}}。奶奶腿不好，孩子每天自己走四里路上学。{{han:危梓涵}}她最想她妈，每回填表都问我，阿姨，能不能帮我找找妈妈。我托{{trap/org:派出所}}查过，只知道人在{{trap/place:广东}}。
访谈者：第二个？
受访者：两兄弟，{{han:和子豪}}和{{han:和子杰}}，十一岁和七岁。爸爸{{han:和建新}}去年在工地上摔死了，妈妈改嫁到{{trap/place:上饶}}，不来往了。两兄弟的衣服都是村里人送的，大的穿小了给小的。跟爷爷{{han:和德旺}}过，{{han:和德旺}}他有风湿，低保是镇上的{{han:邬国平}}帮着办的。大的那个成绩好，去年拿了全镇作文第一。
访谈者：第三个？
受访者：{{han:能欣悦}}，女，八岁，在{{school:塘湾镇中心小学二年级（1）班}}。爸爸{{han:能有才}}有视力残疾，在镇上推拿，拿两项补贴，他手艺好，镇上人都找他；妈妈{{han:付小红}}在家种菜。这家日子紧，可一家人和和气气的，孩子放学就到推拿店里写作业，客人都夸她。
访谈者：第四个？
受访者：{{han:帅思雨}}，六岁。她妈{{minority/yi:吉候阿依莫}}是四川{{trap/place:越西}}的彝族，家里人都跟着她妈喊孩子{{minority/yi:帅阿依}}。爸爸{{han:帅建文}}前年肝癌走了，她妈回了凉山，再没消息，也按事实无人抚养报了。孩子长得像她妈，眼睛大，爱唱她妈教的彝族歌，我们都听不懂。孩子现在跟大伯{{han:帅建武}}过。
访谈者：后面几个呢？
受访者：{{trap/word:第五个}}是孤儿，{{compound:欧阳梓睿}}，十二岁，爸妈出车祸都没了，跟舅舅{{han:揭长水}}过，舅舅家三个孩子，房子挤，他睡在阁楼上，孤儿基本生活费每月{{trap/number:一千六百五}}。第六个{{han:被雨辰}}，十岁，爸爸{{han:被春生}}被货车撞了，下半身瘫了，{{han:被雨辰}}天天给他爸翻身。他家门口那段路下雨就是泥，轮椅推不动，村里铺过三回石子。第七个{{han:也梦瑶}}，十三岁，读{{school:贵溪市第二中学七年级（5）班}}，爸爸强制戒毒，妈妈{{han:游丽萍}}在{{trap/place:义乌}}打工，{{han:也梦瑶}}也懂事，周末给奶奶做饭，今年期中考了年级前二十，说要考{{trap/place:鹰潭}}的重点高中。
访谈者：您平时怎么走访？
受访者：一个月每家至少去一趟，看吃的、穿的、作业，下雨天走不了车，我就穿雨靴走过去。最怕孩子出{{trap/word:危险}}，下河、玩电。村医{{han:桂振华}}每季度给他们量身高体重，学校那边我找{{han:简秋萍}}老师，她是几个孩子的大队辅导员。暑假我们带他们去{{trap/place:龙虎山}}，在{{trap/org:天师府}}听人讲{{trap/famous:张天师}}。
访谈者：有没有让您特别难受的事？
受访者：有。去年冬天{{han:被雨辰}}家的煤炉灭了，他爸冻得发抖，孩子打电话给我，哭着说阿姨我家没有火了。我抱着我家的被子跑过去，那天夜里在他家坐到两点。后来镇上给他家装了个电暖器，电费村里出。
访谈者：学校那边配合吗？
受访者：配合。每学期开学前，我把名单给{{han:简秋萍}}老师，学校免了他们的作业本费，午饭也是免费的。{{han:和子豪}}有一阵上课老睡觉，一问才知道是半夜起来给他爷爷倒尿。七个孩子，个个都不一样，可都是我们村的孩子。
访谈者：谁跟您一起管？
受访者：镇社工站的{{compound:司马秋池}}每月来，县里的督导叫{{compound:公孙慕白}}。村支书{{han:吴有根}}管车，带孩子看病都找他。每季度镇上开一次会，各村儿童主任一起对台账，谁家孩子转学了、谁家大人出狱了，都要当场改。
访谈者：您自己家里支持吗？
受访者：我男人在外面开货车，一年回来两回，我两个孩子在县城读书，公公婆婆帮着带。晚上十点还有电话打来，婆婆说你比村支书还忙。我说，孩子们的事等不得。
访谈者：登记的号码呢？
受访者：{{han:危梓涵}}家在{{address:贵溪市塘湾镇下坊村三组22号}}，她的身份证{{id_number@wy2016.360681}}；{{han:被春生}}家在{{address:贵溪市塘湾镇下坊村五组7号}}，他的身份证{{id_number@my1984hyphen.360681}}。{{han:有玉梅}}原来的号是{{mobile@plain}}，停机了。我电话{{mobile@fws}}，微信{{wechat:zhanqx_xiafang}}。{{han:也梦瑶}}有QQ，号码她写在我本子最后一页：{{qq:60917385}}。
访谈者：名册上的名字有写错的吗？
受访者：有。{{spaced:欧 阳 梓 睿}}，{{spaced:危　梓　涵}}，{{spaced:和子 豪}}，{{spaced:帅阿 依}}，年底我们一起核。
""")

# H999: Han township social worker in 丰城 (荣塘镇) handling the cases of children with no one in fact to raise
# them (事实无人抚养).
DOCS["H999"] = ("staff", """\
访谈者：您在镇上专门管事实无人抚养？
受访者：对，我是{{trap/place:丰城}}荣塘镇社工站的{{han:涂慧敏}}，跟民政办的{{han:艾明亮}}搭档。全镇十一个这样的孩子，我挑几个难的说。
访谈者：这些孩子是怎么找出来的？
受访者：每年春秋两次排查，我们跟村干部一家一家走，看哪家大人不在了、哪家大人进去了、哪家孩子没人管。也有学校报上来的，老师发现孩子好几天没换衣服、没吃早饭。认定要材料：死亡证明、服刑证明、失联的报案回执，少一样就要多跑好几趟。
访谈者：好，您说说这几个孩子。
受访者：头一个{{han:聂思航}}，十岁，爸爸{{han:聂志勇}}强制隔离戒毒，妈妈{{han:龚小琴}}五年前出去打工就失联了，派出所出了证明。现在跟大伯{{han:聂志强}}过，大伯母{{han:付春娇}}嫌多一张嘴，后来看孩子勤快，对他也好了些。{{han:聂思航}}他头两回躲在门后不出来，第三回我带了一袋橘子，他才出来拿了一个。现在成绩上来了，上回单元测验考了九十二。
访谈者：第二个？
受访者：{{han:还语桐}}，女，九岁。妈妈前年病死了，爸爸{{han:还建平}}还在{{trap/place:南昌}}坐牢，跟外婆{{han:况桂英}}过。外婆七十六了，{{han:况桂英}}她眼睛不好，我们给孩子找了个一对一的志愿者，是退休的{{han:龚淑贞}}老师。孩子每月给她爸写信，我帮她寄，她爸回信说在里面学了电焊。
访谈者：第三个？
受访者：{{han:熊煜轩}}，十一岁。爸爸{{han:熊志坚}}在{{trap/place:赤峰}}打工时娶了个蒙古族媳妇{{minority/mongolian:乌日古木拉}}，孩子的蒙古名叫{{minority/mongolian:阿拉坦敖都}}，奶奶叫不惯，喊他{{minority/mongolian:熊敖都}}。他爸得尘肺走了，他妈回了内蒙古，电话打不通。她娘家人也不知道她在哪。孩子偷偷问我内蒙古远不远，我说坐火车要两天，他说长大了要去找她。奶奶{{han:邹金莲}}靠卖菜养他，每天凌晨四点去批菜。
访谈者：第四个？
受访者：{{han:要欣然}}，七岁。爸爸{{han:要振华}}精神残疾一级，要人看着；妈妈车祸没了。跟姑姑{{han:要春梅}}过，姑姑自己也有两个孩子，可从来没说过一句难，姑父{{han:甘国富}}在{{trap/org:丰城电厂}}上班，家里还算过得去。{{han:要振华}}犯病的时候砸东西，有一回把孩子的书包扔进了塘里，孩子吓得不敢回家。后来我们联系医院把他送去住了三个月，孩子才敢回去。
访谈者：钱怎么发？
受访者：每月{{trap/number:一千三百六十元}}，参照孤儿的标准，打到孩子的卡上，开学前还有一次助学金。县{{trap/org:民政局}}的{{compound:太史静姝}}每季度来抽查，我同事{{compound:闻人语嫣}}跟头两户。有法律上的事，我们找{{trap/org:司法所}}的{{compound:鲜于云帆}}。镇上分管的副镇长是{{han:黎国强}}，每年开两次会听我们汇报。
访谈者：事实无人抚养跟孤儿有什么不一样？
受访者：孤儿是父母都没了；事实无人抚养是父母还在，可一个也管不了：坐牢的、戒毒的、重残的、失联的。钱按孤儿的标准发，可孩子心里不一样，总觉得爸妈哪天会回来。所以我们不光发钱，还得陪着。
访谈者：您一个人跑得过来吗？
受访者：跑不过来。站里就三个人，跟着全镇一百多个困境儿童，我一个礼拜跑五个村，电动车一年骑坏了两个电瓶。我自己的孩子说，妈妈你管别人家的孩子比管我还上心。我听了心里也不好受，可第二天照样出门。
访谈者：做这个最难的是什么？
受访者：孩子不说话。{{han:还语桐}}半年没跟我讲一句话，后来我天天带本绘本去，她才开口。还有就是大人的面子，{{han:聂志强}}开始不肯签字，说他家又不是没人管，是{{han:艾明亮}}跟他喝了两回茶才谈下来。丰城有个老故事，{{trap/famous:雷焕}}在这里挖出两把宝剑，我讲给孩子们听，他们最爱听。也有高兴的时候，去年一个孩子考上了{{trap/place:宜春}}的卫校，打电话来头一个告诉我。
访谈者：孩子们满了十八岁呢？
受访者：补贴就停了，可读大学、读职校的能延到二十二岁。我们给每个孩子建了一本成长档案，每次走访、每张奖状都放进去。等他们长大了，我想把档案交给他们自己，让他们知道这些年有人一直记着他们。
访谈者：登记信息请您说一下。
受访者：{{han:聂思航}}住{{address:丰城市荣塘镇港口村二组14号}}，身份证{{id_number@my2015fullwidth.360981}}；{{han:聂志强}}的身份证{{id_number@mmidquad.360981}}，电话{{mobile@p86n}}。{{han:况桂英}}住{{address:丰城市荣塘镇新街社区建设路33号}}，电话{{mobile@plus86spaced}}。{{han:熊煜轩}}有QQ，号码他写在我的工作证背面：{{qq:1470392856}}。我的工作微信{{wechat:tuhm_rongtang}}。
访谈者：名字写得对吗？
受访者：县里下发的表上有{{spaced:太 史 静 姝}}，{{spaced:聂　思　航}}，{{spaced:熊 敖 都}}，{{spaced:还语 桐}}。
访谈者：还想说什么？
受访者：这些孩子不是没人要，是大人一时顾不上。我们顶着，顶到他们长大，顶到他们爸妈回来。
""")

# H1000: Han grandfather in 余江 raising a grandson with epilepsy; his son died and the boy's mother cannot be found.
DOCS["H1000"] = ("family", """\
访谈者：大爷，孙子身体怎么样？
受访者：还是老样子，一个月犯两三回。我叫{{han:洪长根}}，{{trap/place:余江}}{{trap/place:中童镇}}人，六十八了。孙子{{han:洪嘉豪}}十一岁，五岁发高烧落下的癫痫。
访谈者：孩子爸妈呢？
受访者：儿子{{han:洪志明}}在{{trap/place:温州}}眼镜厂干活，前年骑电动车出事没了。他十六岁就去温州学做眼镜，一年只回来一次。媳妇{{han:宋丽娇}}后来去了{{trap/place:深圳}}，电话换了，找不到。村里说这算事实无人抚养，每月{{trap/number:一千三百二}}，孩子还有残疾证，拿两项补贴。加起来一个月一千六七，药钱、学费、吃穿，紧巴巴够用，{{trap/org:村委会}}逢年过节还送米送油。
访谈者：儿子出事以后，家里怎么过来的？
受访者：那段日子我跟死了一回差不多。眼镜厂的老板{{han:鲍金水}}来过，赔了一点钱，说是他自己骑车摔的，厂里不担责任。我去温州找了两趟，人生地不熟，是同村在那边开店的{{han:游国庆}}陪我跑的。钱后来都花在孩子看病上了。
访谈者：谁在帮您？
受访者：村里的儿童主任{{han:吴彩凤}}隔两天来一趟。镇民政的{{han:邓建明}}帮我跑的手续，残疾证是县{{trap/org:残联}}的{{han:章红梅}}上门给办的。班主任{{han:向冬兰}}老师向学校申请了一个休息室，孩子犯病了能躺一会儿。鹰潭医院的{{han:杨德昭}}大夫开的药，一个月三百多。社工{{compound:慕容清禾}}每周来陪孩子做作业，她同事{{compound:宇文清嘉}}教他画画。我学会了用手机跟医生视频，也是{{compound:慕容清禾}}教的，省得跑鹰潭。
访谈者：犯病的时候怎么办？
受访者：先让他侧躺，拿毛巾垫着头，看着表，过五分钟不醒就打{{trap/hotline:120}}。这是{{han:吴彩凤}}教的，别往嘴里塞东西。有一回在学校犯了，同学{{han:张有为}}跑去喊的老师，{{han:张有为}}他妈妈后来还送了一箱牛奶来。
访谈者：最吓人的一回是什么时候？
受访者：去年腊月，半夜他在床上抽起来，口吐白沫，叫也叫不醒。我一个人抱不动，只好打电话给{{han:吴彩凤}}。她跟她男人{{han:吴春发}}开着三轮车过来，把孩子送到镇卫生院，又转到鹰潭。那一夜我在走廊上坐到天亮，心想要是我那天睡死了，孩子就没了。从那以后我睡觉不脱衣服，床边放着手电筒和药。
访谈者：平常一天怎么过？
受访者：早上五点起来给他熬粥，药要饭后吃，一天两回，一顿都不能落。我买了个药盒，一格一格分好，贴着纸条。白天他上学，我下地，中午去学校门口看一眼。晚上他写作业，我在旁边剥豆子，十点前一定让他睡，医生说累了容易犯。周末他爱跟我去田里赶鸭子，鸭子跟着他走，他笑得最开心。
访谈者：您自己身体呢？
受访者：腰不好，种两亩田，养几只鸭。去年查出血压高，医生让我少吃盐，可不吃腌菜我吃不下饭。老伴{{han:杨桂花}}走了六年了。我最怕自己哪天倒了，孩子没人管。孩子的姑姑{{han:洪秀梅}}嫁在{{trap/place:鹰潭}}，她说我要是不行了，孩子就跟她。邻居{{han:宋老三}}早上赶集，顺路把孙子捎到学校门口。
访谈者：孩子读书怎么样？
受访者：在{{school:中童镇中心小学四年级（3）班}}，成绩中等，爱听故事。他写过一篇作文叫《我的爷爷》，老师在班上念了，我没去听，怕哭。吃了药上课爱打瞌睡，老师说不要紧。我给他讲{{trap/famous:毛主席}}写诗送瘟神，讲我们这里当年闹{{trap/word:洪水}}，讲他爸小时候怎么在{{trap/place:白塔河}}里摸鱼。
访谈者：村里人怎么看你们？
受访者：都好。过年杀猪，邻居都给我们送一块肉，小卖部的老板娘见了他总塞一根冰棍，说不要钱。也有人背后说这孩子命苦，我不爱听，我说他命不苦，他有爷爷。
访谈者：孩子知道自己的病吗？
受访者：知道。他不让我跟同学说，怕人家笑他。有一回体育课跑步，他犯了，醒过来第一句话是问有没有人看见。{{han:向冬兰}}老师后来在班上讲了一堂课，讲什么是癫痫，同学们都说以后护着他。他还问我，爷爷，我长大了病会不会好。我说会，医生说大了就好了。其实医生没这么说。他爱画画，画了一张全家福，他爸、他妈、我、他奶奶站在田埂上。他说不记得他妈长什么样，是照着照片画的。
访谈者：登记信息请您说一下。
受访者：家在{{address:余江区中童镇潢溪村四组18号}}。我身份证{{id_number@my1957.360603}}，孙子的{{id_number@my2014spaced.360603}}。我电话{{mobile@s74}}，{{han:吴彩凤}}的{{mobile@hyphen}}。我不会用微信，孙子的微信是他姑姑帮注册的，叫{{wechat:jiahao_yujiang14}}。他有个QQ，号码贴在床头：{{qq:962054317}}。
访谈者：名字写对了吗？
受访者：残疾证上是{{spaced:洪 嘉 豪}}，学校把社工写成{{spaced:慕 容 清 禾}}，低保表上我是{{spaced:洪长 根}}。
访谈者：最后想说什么？
受访者：我就盼孙子病好一点，长大了能自己过日子。这几年，谢谢{{han:吴彩凤}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=993,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
