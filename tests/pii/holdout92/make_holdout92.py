# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 92 (tests/pii/holdout92/H721-H728 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 93, written at the same time by another
writer, is a later set and is not looked at).

Set 92 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 天水: a Mongolian
grandfather from 肃北 (马鬃山) in 麦积 whose son was crushed by a falling rack in an apple cold store (his wife dead
of a heart attack, the son's Han wife gone to work in 兰州 and silent); a Tibetan mother from 玛曲 (齐哈玛) in 秦州,
widowed by a truck crash and crippled by rheumatoid arthritis, raising her three children and her dead sister's
orphan son with her Han mother-in-law; a Hui hide trader in 张家川 (龙山镇) whose wife is on dialysis and who took in
the two children of his brother, killed in a coal mine (the widow remarried); a Han mother in 甘谷 (磐安镇) with a
husband in a psychiatric hospital and three children called by word nicknames; a Han primary-school teacher in 武山
(洛门镇) going through five pupils in distress (a father dead of silicosis, a mother in chemotherapy, parents
trading in 义乌, an orphan living with her uncle, a father blinded in a quarry) and their parents on WeChat and QQ;
a Kazakh grandmother from 阿克塞 in 清水 raising the two children of her son, half paralysed by a stroke, whose Han
wife left; a Han court clerk in 秦安 reading from a guardianship case file (a drunk, drug-taking father stripped of
his guardianship, a grandmother who signs her name twice) and a change-of-custody file (a father in prison, a
mother with a mental disability); and a Han grandmother in 麦积 (伯阳镇) raising a grandson whose father (drugs) and
mother (telecom fraud) are both in prison. The emphasis is on forms where a replacement might cover only part of a
name, in a mix rather than one trick: Mongolian names of six and seven characters (图布沁巴雅尔, 呼和牧仁达来,
格根哈斯图雅, 古日巴斯格日勒, 其木德格日玛, 宝力高乌日图, 乌云塔娜日乐) with short forms after the full name
(图布沁大爷, 把呼和牧仁压在底下, 叫他古日巴斯, 格根哈斯懂事), a Han surname before a Mongolian given name
(白朝格吉勒, 包乌云毕力格) and the Han school names of the children (敖思涵, 敖宇航); Amdo Tibetan names (华旦措毛,
卓玛措吉, 闹吾才让, 切吉卓玛, 索南东周, 洛周加, 贡保吉, 看召加, 拉姆草) with short forms (闹吾他, 跟闹吾, 措毛能干), a
Han surname before a Tibetan given name (杨才让加他) and Han names of Tibetans (杨巧兰, 汪沐晴, 汪博文); Hui Han-form
names (苏进福, 苏进财, 马桂芹, 海长庚, 闵秀英, 安振华, 铁玉梅) beside 经名 used alone (阿卜杜热西德, 赛尔玛, 罕丽玛她)
and a Han surname before an Arabic-style name (苏扎克里亚, 闵阿西耶, 苏阿米乃, 马阿尤布, 闵哈伦); Kazakh given name +
father's name with and without the dot (库拉什·托列吾汗, 哈纳提·巴合达提, 托勒恩·哈纳提 and 托勒恩哈纳提,
阿尔森哈纳提, 巴吾尔江·巴合达提, 扎依达·别克博拉特) and short forms (库拉什阿帕, 哈纳提他, 托勒恩和阿尔森,
巴吾尔江每年); Han word nicknames, annotated whole (苜蓿也, 石锁就, 画眉说, 毛桃哭了); Han names with common surnames
(张, 王, 李, 刘, 陈, 杨, 赵, 黄, 周, 吴, 马, 何, 郭, 罗, 田, 石) and surnames of 天水 (苟, 蔺, 缑, 巩, 漆, 蒲, 温,
牛, 闵, 铁, 付, 郝, 邵, 吕, 蒋, 姚, 康, 谢), with titles and kin words (牛春生书记, 缑长青大夫, 陈桂兰婶子,
安振华主任, 海长庚阿訇; the span is the name only), names that contain or end in words (雷家和, 缑长青, 姚长顺, 石满堂, 包建业, 付长有, 温长有, 罗长贵,
苏进福, 苏进财), a signature written twice (吕秀娥吕秀娥), names directly before particles and verbs (雷家和他们家,
姚长顺那边, 康秀芹都, 蒋天保他, 范淑琴她, 田志发说, 罗佳航都, 付建明和) and after 叫/是/给/跟/找/让 (叫慕容知秋,
是巫马辰逸, 给洛周加, 跟闹吾, 找康秀芹, 让苏扎克里亚); names spaced out character by character in half- and
full-width spaces (图 布 沁 巴 雅 尔, 格　根　哈　斯　图　雅, 华 旦 措 毛, 苏 扎 克 里 亚, 托 勒 恩 · 哈 纳 提,
巴 吾 尔 江, 上 官 书 棠, 公 孙 景 行, 诸 葛 晴 岚), dotted names with spaces around the dot (古日巴斯 · 格日勒,
库拉什 · 托列吾汗) and names split in two (呼和牧仁 达来, 华旦 措毛, 卓玛 措吉, 阿尔森 哈纳提, 马桂 芹, 苏进 福,
周子 墨, 罗梓 萌, 田丽 霞); compound surnames after ordinary words (宇文, 拓跋, 慕容, 尉迟, 司马, 巫马, 东方, 百里,
上官, 欧阳, 令狐, 夏侯, 南宫, 闻人, 公孙, 司徒, 第五, 诸葛, 长孙, 段干); traps such as 轩辕黄帝 and 轩辕谷 in
清水, 马谡 and 街亭, 康复 beside 康秀芹, 胡乱 beside 胡彩琴, 温和 beside 温长有, 蒲公英 beside 蒲俊杰; and numbers
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:蔺晓芬}}``, ``{{qq:2730591846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014spaced.620503}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, x, fw, quad, fwspaced;
                                   mobiles plain, spaced, hyphen, plus86, plus86spaced, p86h, fullwidth, fws, s434,
                                   s74, s38, h38);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 阿訇, 审判长, 婶子,
大爷, 大哥, 阿帕) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
和, 跟, 他们家, 那边) are outside the span; a word nickname (苜蓿, 石锁, 画眉, 毛桃) is annotated whole. Han-style
names of Mongolian, Tibetan and Hui people (敖思涵, 杨巧兰, 汪沐晴, 苏进福, 马桂芹) are category han; a Han surname
before a non-Han given name (白朝格吉勒, 杨才让加, 苏扎克里亚, 闵阿西耶) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout92/make_holdout92.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(92_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["136", "139", "147", "153", "156", "170", "175", "180", "184", "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H721: Mongolian grandfather from 肃北 in 麦积; his son was crushed in an apple cold store, the son's wife left.
DOCS["H721"] = ("family", """\
访谈者：大爷，您先说说家里几口人吧。
受访者：四口人：我、儿子，还有两个孙辈。我叫{{minority/mongolian:图布沁巴雅尔}}，今年六十九，老家在{{trap/place:肃北}}的{{trap/place:马鬃山}}，放了四十年羊。十二年前儿子{{minority/mongolian:呼和牧仁达来}}到{{trap/place:天水}}当兵，退伍后留在{{trap/place:麦积}}的苹果冷库开叉车，娶了这边的媳妇{{han:苟彩霞}}。我跟老伴{{minority/mongolian:其木德格日玛}}就跟过来，给他们带娃娃。
访谈者：后来家里出了什么事？
受访者：前年腊月，冷库的货架倒下来，把{{minority/mongolian:呼和牧仁}}压在底下，腰断了，现在胸口往下都没知觉。老伴一急，心脏病犯了，没抢救过来。媳妇伺候了半年，说去{{trap/place:兰州}}打工挣药钱，头一年还寄钱，今年电话也不接了。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:格根哈斯图雅}}十一岁，学校里用的汉名是{{han:敖思涵}}，在{{school:麦积区北道埠第三小学五年级（2）班}}。孙子{{minority/mongolian:古日巴斯格日勒}}七岁，汉名{{han:敖宇航}}，在同一个学校读一年级，我们都叫他{{minority/mongolian:古日巴斯}}。{{minority/mongolian:格根哈斯}}懂事，放学回来先给她爸翻身、擦背，再写作业。{{minority/mongolian:古日巴斯}}还小，光知道哭着要奶奶。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:蔺晓芬}}，她跑前跑后，把两个娃娃按事实无人抚养报到了{{trap/org:区民政局}}，一人一个月{{trap/number:一千四百一}}。街道的{{han:牛春生}}书记给我们家报了低保。儿子办了残疾证，{{trap/org:区残联}}送来一张护理床。民政所的{{han:张建成}}每个季度来看一回，进门就说，{{minority/mongolian:图布沁}}大爷，有啥难处你只管说。社工站两个年轻人常来，姑娘是{{compound:宇文澄溪}}，跟她一起来的叫{{compound:拓跋沐野}}，一个给孙女辅导作业，一个给孙子讲故事。
访谈者：儿子的病谁在看？
受访者：区医院的{{han:缑长青}}大夫，每个月上门换一回导尿管。他说这病只能养着。市医院还有个蒙古族大夫{{minority/mongolian:乌云塔娜日乐}}，听说我们是肃北来的，专门来家里看过，跟我说蒙古话，我心里热乎了好几天。
访谈者：老家还有亲戚吗？
受访者：有个弟弟{{minority/mongolian:宝力高乌日图}}，还在马鬃山放羊，每年秋天卖了羊给娃娃们寄两千块。嘎查的干部{{minority/mongolian:白朝格吉勒}}也打电话问过，说娃娃们想回去上学，那边的寄宿学校能收。可儿子离不开医院，我们回不去。我的表侄{{minority/mongolian:包乌云毕力格}}在{{trap/place:酒泉}}跑车，路过天水就来住一晚，给孙子买一堆零食。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:刘玉芝}}老师说她作文好，写过一篇《我的爷爷会唱长调》。我给孩子们唱{{trap/minority_word:乌日汀道}}，讲{{trap/famous:忽必烈}}的故事。过{{trap/minority_word:白月}}的时候给孙子穿上{{trap/minority_word:蒙古袍}}，煮一锅{{trap/minority_word:手把羊肉}}，他在院子里转圈，邻居家的娃娃都来看。
访谈者：邻居们处得好吗？
受访者：好。对门的{{han:雷家和}}他们家开面馆，隔三岔五端一盆浆水面过来。楼下的{{han:陈桂兰}}婶子帮我给孙女梳头，我一个老汉哪会扎辫子。
访谈者：您自己身体呢？
受访者：腿不行，老寒腿，夜里疼得睡不着。{{minority/mongolian:图布沁巴雅尔}}这辈子没怕过啥，就怕自己先倒下，两个娃娃和一个瘫了的儿子没人管。
访谈者：冬天家里怎么取暖？
受访者：烧煤。社区给困难户一户发两吨煤，{{trap/org:区红十字会}}还送过一回电热毯。儿子怕冷，一到冬天腿就发紫，我夜里起来三回给他换热水袋。孙女心细，在本子上记着她爸哪天吃了几顿药、翻了几回身，大夫来了就拿给大夫看。大夫说，这本子比医院的病历还清楚。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:麦积区道北街道渭滨小区3号楼2单元501室}}，老家户口在{{address:肃北县马鬃山镇明水嘎查二组7号}}。我身份证{{id_number@my1956.620923}}，孙女的{{id_number@wy2014spaced.620503}}。我电话{{mobile@plain}}，{{han:蔺晓芬}}的电话{{mobile@s434}}，她的微信{{wechat:linxf_daobei}}。孙女有个QQ，说是跟老家的表姐聊天用的，号码她写在门背后：{{qq:2730591846}}。
访谈者：表上名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:图 布 沁 巴 雅 尔}}，儿子是{{spaced:呼和牧仁 达来}}，学校把孙女写成{{spaced:格　根　哈　斯　图　雅}}，孙子成了{{spaced:古日巴斯 · 格日勒}}，中间还加了个点。
访谈者：最后您想说什么？
受访者：盼孙女念成书，孙子长结实。我常想起草原上的日子，{{trap/place:党河}}边上的草一到六月就绿了。孙子没见过，我答应他，等他爸好一点，带他回去看看。我老了，能看着他们长大就知足了。
""")

# H722: Tibetan mother from 玛曲 in 秦州, widowed by a truck crash, with rheumatoid arthritis and her sister's orphan.
DOCS["H722"] = ("family", """\
访谈者：阿佳，您先说说自己和家里吧。
受访者：我叫{{minority/tibetan:华旦措毛}}，户口本上的汉名叫{{han:杨巧兰}}，老家在{{trap/place:玛曲}}的{{trap/place:齐哈玛}}，是牧民的女儿。二十岁嫁到{{trap/place:秦州}}，男人{{han:汪振国}}以前开大车，往草原上拉面粉、拉砖，就那么认识的。五年前他在{{trap/place:碌曲}}的山路上翻了车，没救回来。我得了类风湿，手指头都弯了，干不了重活，现在跟婆婆{{han:范淑琴}}一起带娃娃。
访谈者：家里几个孩子？
受访者：我自己三个，再加上我妹妹的儿子，一共四个。大女儿{{minority/tibetan:卓玛措吉}}十四，汉名{{han:汪沐晴}}，在{{school:秦州区玉泉中学初二（3）班}}。老二是儿子，{{minority/tibetan:闹吾才让}}，十岁，汉名{{han:汪博文}}，我们平时叫他{{minority/tibetan:闹吾}}。老三{{minority/tibetan:拉姆草}}六岁，上幼儿园。{{minority/tibetan:闹吾}}他爱踢球，在{{school:秦州区东关小学四年级（1）班}}，球鞋一学期就踢烂两双。
访谈者：妹妹的孩子怎么到您这儿来了？
受访者：妹妹{{minority/tibetan:切吉卓玛}}前年生二胎的时候大出血，在乡卫生院没抢救过来，孩子也没保住。妹夫{{minority/tibetan:索南东周}}去年冬天找牛，遇上大雪，冻死在山里了。留下一个儿子{{minority/tibetan:洛周加}}，九岁。我阿妈{{minority/tibetan:贡保吉}}年纪大了，看不住，我就把他接到秦州来上学。{{minority/tibetan:洛周加}}刚来的时候一句汉话不会说，现在跟{{minority/tibetan:闹吾}}一个班，作业都是两个人趴在一张桌子上写。
访谈者：这几个孩子都有补助吗？
受访者：有。社区的儿童主任{{han:陈晓琳}}给{{minority/tibetan:洛周加}}办了孤儿基本生活费，一个月{{trap/number:一千六百八十}}；我的三个按困境儿童报的，一人一个月{{trap/number:六百二十块}}。街道民政上的{{han:张志平}}跟玛曲的{{trap/org:县民政局}}来回打了十几个电话，才把户口和材料转过来。老家村里的文书{{minority/tibetan:杨才让加}}也帮了大忙，{{minority/tibetan:杨才让加}}他骑摩托跑到县上，把证明一张一张盖了章寄过来。
访谈者：孩子们在学校还习惯吗？
受访者：大女儿的班主任{{han:漆海燕}}老师对她好，知道她家里难，资料费都是老师垫的。{{minority/tibetan:卓玛措吉}}也争气，期末考了年级第六。社工站有个姑娘叫{{compound:慕容知秋}}，还有她的搭档{{compound:尉迟朗月}}，每个礼拜五下午到学校给这些娃娃上小组课，教他们怎么跟同学相处。
访谈者：您的病现在怎么样？
受访者：在市医院的{{han:刘秀琴}}大夫那里看，一个月打一针，一针{{trap/number:八百多}}，医保报一半。婆婆也七十多了，腿脚还行，做饭洗衣都是她。{{han:范淑琴}}她嘴上厉害，心里疼娃娃，谁说我们藏族娃娃一句不好，她能跟人吵半天。
访谈者：婆婆和您相处得怎么样？
受访者：刚嫁过来的时候，我吃不惯这边的浆水面，婆婆也听不懂我说话。男人走了以后，我们两个女人反倒亲了。她教我腌酸菜、蒸馍，我教她打酥油茶。现在她出门跟人说，这是我的藏族儿媳，比亲闺女还亲。娃娃们两边的话都会说，在家说藏话，出门说天水话。
访谈者：孩子们有没有受过欺负？
受访者：有过一回。老二在学校被人起外号，回家哭着不去上学了。班主任知道以后，在班会上让他给同学们讲草原上的事，讲怎么挤奶、怎么骑马，同学们听得入迷，后来反倒都爱跟他玩。
访谈者：老家的亲人还来往吗？
受访者：来往。我哥哥{{minority/tibetan:看召加}}在玛曲放牧，{{minority/tibetan:看召加}}那边草场好，每年送一只羊、一袋{{trap/minority_word:曲拉}}过来。{{trap/minority_word:藏历年}}我带娃娃们回去住几天，他们骑马、赛跑，回来脸都晒黑了。阿妈给他们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事。
访谈者：您自己有什么打算？
受访者：等手好一点，想在{{trap/place:伏羲庙}}旁边摆个摊，卖藏式首饰和{{trap/minority_word:牦牛酸奶}}。{{minority/tibetan:措毛}}能干，婆婆常这么夸我，我就想着别让她失望。
访谈者：要登记住址和号码。
受访者：家在{{address:秦州区大城街道南苑小区6号楼1单元302室}}，老家在{{address:玛曲县齐哈玛镇秀玛村三组11号}}。我身份证{{id_number@wfw.623025}}。我电话{{mobile@hyphen}}。大女儿用我手机上的微信跟老师联系，微信号{{wechat:zhuoma_cuoji09}}。{{minority/tibetan:闹吾}}有QQ，说是踢球的群里用，号码他念了三遍我才记下：{{qq:489127063}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。有的表写{{spaced:华旦 措毛}}，有的写成{{spaced:华 旦 措 毛}}；{{minority/tibetan:洛周加}}成了{{spaced:洛　周　加}}，大女儿成了{{spaced:卓玛 措吉}}。
访谈者：最后想说什么？
受访者：盼四个娃娃都念出来。男人不在了，我得把这个家撑住。
""")

# H723: Hui father in 张家川 (龙山镇), a hide trader; his wife is on dialysis, his dead brother's children live with him.
DOCS["H723"] = ("family", """\
访谈者：苏大哥，先说说您家里的情况吧。
受访者：我叫{{han:苏进福}}，经名{{minority/hui:阿卜杜热西德}}，四十三岁，在{{trap/place:张家川}}{{trap/place:龙山镇}}的皮毛市场收羊皮。家里八口人：我、女人、三个娃娃、我哥留下的两个娃娃，还有我老娘。
访谈者：您哥哥家的孩子怎么跟着您了？
受访者：我哥{{han:苏进财}}在{{trap/place:哈密}}的煤矿上干活，前年井下冒顶，人没出来。嫂子{{minority/hui:闵阿西耶}}守了一年，后来改嫁到{{trap/place:西吉}}去了，娃娃没带走。大的{{minority/hui:苏扎克里亚}}十三岁，学名叫{{han:苏文博}}；小的丫头经名{{minority/hui:赛尔玛}}，八岁。{{minority/hui:赛尔玛}}跟我女人最亲，晚上非要挨着她睡。村委会的儿童主任{{han:闵秀英}}给两个娃娃报了孤儿基本生活费，一个月一人{{trap/number:一千七百三}}。
访谈者：您爱人身体怎么样？
受访者：女人{{han:马桂芹}}，经名{{minority/hui:罕丽玛}}，尿毒症五年了，一个礼拜去{{trap/place:天水}}透析两回，每回天不亮就坐头班车。{{minority/hui:罕丽玛}}她不让我陪，说生意丢不得，丢了一家人喝西北风。市医院肾内科的{{han:安振华}}主任说，等上肾源就能换，可钱还差一大截。
访谈者：你们自己的孩子呢？
受访者：老大{{han:苏立成}}十六，在{{school:张家川县第一中学高一（4）班}}；老二丫头{{minority/hui:苏阿米乃}}十二，学名{{han:苏语晗}}，在{{school:龙山镇中心小学六年级（3）班}}；老三还小，在家跟奶奶。{{han:苏立成}}说要退学去兰州学厨子，挣钱给他妈换肾。我跟他说，你念书就是帮你妈。{{han:苏立成}}也不吭声，第二天还是背着书包走了。
访谈者：寺里和乡里帮过你们吗？
受访者：帮过。{{trap/org:清真寺}}的{{han:海长庚}}阿訇在寺里给我们家募过两回{{trap/minority_word:天课}}，乡老{{minority/hui:马阿尤布}}带人把我家漏雨的房顶修了。{{trap/org:镇民政办}}的{{han:张志刚}}把我们家报成了低保户，又帮女人申请了大病救助。县上社工站来了两个人，一个叫{{compound:司马青禾}}，还有一个是{{compound:巫马辰逸}}，他们给{{minority/hui:苏扎克里亚}}做了好几回心理辅导。他爸走了以后，这娃娃一句话都不说。
访谈者：孩子现在好些了吗？
受访者：好些了。我让{{minority/hui:苏扎克里亚}}跟着我去市场，帮我数皮子、记账，算得比我还快。他的班主任{{han:何晓霞}}老师说他数学在班上拔尖。丫头{{minority/hui:赛尔玛}}就爱哭，想她妈。{{minority/hui:闵阿西耶}}过年回来看过一回，抱着两个娃娃哭了一晚上。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:圣纪节}}寺里宰牛，大家一起吃{{trap/minority_word:肉菜汤}}。{{trap/minority_word:尔德节}}前后我们炸{{trap/minority_word:粿子}}，给娃娃们扯新衣裳。我老娘给娃娃们讲{{trap/famous:马本斋}}的故事，讲他怎么带着回民支队打鬼子。冬天一家人坐在炕上熬{{trap/minority_word:罐罐茶}}，娃娃们围着火盆写作业。
访谈者：皮毛生意现在好做吗？
受访者：不好做。这几年皮子不值钱，一张羊皮收进来{{trap/number:三十来块}}，卖出去也就多挣三五块。我早上四点起来去各村收皮子，中午赶回来，下午给女人做饭。有一年冬天我在{{trap/place:关山}}上翻了三轮车，腿上缝了十几针，第二天接着跑。老娘心疼我，说{{trap/word:马上}}要过年了，你歇两天。我说歇不起，一家八张嘴等着呢。
访谈者：您母亲身体还好吧？
受访者：老娘七十六了，眼睛花了，手还巧，娃娃们的鞋都是她做的。邻居{{han:铁玉梅}}是她的老姐妹，天天过来陪她说话。女人的娘家弟弟{{minority/hui:闵哈伦}}在{{trap/place:平凉}}开饭馆，每个月给外甥们寄点钱。
访谈者：登记表要写住址和号码。
受访者：家在{{address:张家川县龙山镇马河村三组23号}}，皮毛店在{{address:龙山镇皮毛市场北区二排9号}}。我身份证{{id_number@my1982spaced.620525}}，{{minority/hui:苏扎克里亚}}的{{id_number@my2012x.620525}}。我电话{{mobile@spaced}}，女人的{{mobile@h38}}。我的微信{{wechat:sujinfu_pimao}}，收皮子都用它转账。{{minority/hui:苏扎克里亚}}有个QQ，说是跟城里的同学对作业，号码我记在账本最后一页：{{qq:３０９２６１７５}}。
访谈者：表上的名字写对了吗？
受访者：经名都是照音写的，各写各的。有的表把我哥的大娃写成{{spaced:苏 扎 克 里 亚}}，把丫头写成{{spaced:赛　尔　玛}}，我女人成了{{spaced:马桂 芹}}，还有把我写成{{spaced:苏进 福}}的。
访谈者：您最盼什么？
受访者：盼女人早点等上肾，盼五个娃娃都平平安安长大。娃娃们都说，长大了要当大夫，给他妈治病。
""")

# H724: Han mother in 甘谷 (磐安镇); her husband is in a psychiatric hospital, three children with word nicknames.
DOCS["H724"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：我叫{{han:谢彩云}}，今年三十九，{{trap/place:甘谷}}{{trap/place:磐安镇}}人。男人{{han:蒋天保}}前些年在{{trap/place:西安}}工地上干活，后来脑子出了毛病，医生说是精神分裂，发起病来砸东西、打人，现在在{{trap/org:市第三人民医院}}住着。家里三个娃娃，都是我一个人拉扯。
访谈者：孩子们多大？叫什么？
受访者：大女儿{{han:蒋一丹}}十三，小名{{han:苜蓿}}，是她奶奶起的，生她那天奶奶正在地里掐菜。老二是儿子{{han:蒋天宇}}，十岁，小名{{han:石锁}}，从小就壮实，一岁就能抱着板凳满院跑。老三{{han:蒋小雨}}六岁，小名{{han:画眉}}，话多，一天到晚叽叽喳喳。{{han:苜蓿}}在{{school:甘谷县磐安镇中学初一（2）班}}，{{han:石锁}}在{{school:磐安镇东街小学四年级（5）班}}。
访谈者：孩子们知道爸爸的病吗？
受访者：知道。{{han:苜蓿}}也懂事，她爸犯病那回拿刀砍门，是她把弟弟妹妹锁在里屋，自己跑去喊的人。{{han:石锁}}就不行，他恨他爸，说不认这个爸。{{han:画眉}}说她想爸爸，每回去医院都要给她爸带一颗糖。{{han:蒋天保}}他清醒的时候也哭，说对不起娃娃。
访谈者：您一个人怎么撑下来的？
受访者：我在镇上的辣椒厂拣辣子，一天八十块。婆婆{{han:巩月娥}}七十了，给我看娃娃、做饭。村里有事我就找{{han:康秀芹}}，她是儿童主任，常来家里，给三个娃娃报了困境儿童，一人一个月{{trap/number:五百八}}。{{han:康秀芹}}都跑了好几趟镇上，材料退回来三回。村支书{{han:姚长顺}}那边给我们报了低保。镇民政办的{{han:刘天明}}说，男人住院的钱可以走医疗救助，我这才松了口气。
访谈者：您在辣椒厂的活累吗？
受访者：累。夏秋两季最忙，一天站十个钟头，拣完的辣子手都是烧的，夜里疼得睡不着觉。可厂里的老板是好人，知道我家里的事，让我中午回家给婆婆和娃娃做饭，工钱一分不少。冬天厂里没活，我就在家里纳{{trap/word:麻鞋}}的鞋底，拿到集上卖，一双能卖二十块。
访谈者：您去医院看爱人的时候，孩子们怎么办？
受访者：一个月去一回，坐班车到天水，要两个钟头。我走之前把饭做好，交代大女儿看着弟弟妹妹。医院的大夫说，他按时吃药，病情能稳住，只是不能再出去干重活了。我也不指望他挣钱，只要他不犯病，一家人能在一起就行。有一回他跟我说，等出了院，要在门口种几棵杏树，给娃娃们吃杏。
访谈者：学校那边呢？
受访者：{{han:苜蓿}}的班主任{{han:张春花}}老师，知道我家的事，让她当了学习委员，说给娃娃一点底气。{{han:石锁}}打过一回架，把人家鼻子打出了血，他们班的{{compound:东方沐阳}}老师没骂他，带他去操场跑了十圈，跑完了跟他说了一下午的话。县里的社工{{compound:百里若涵}}每个月来一回，带娃娃们做游戏、画画。
访谈者：您娘家能帮上吗？
受访者：我兄弟{{han:谢永平}}在{{trap/place:新疆}}摘棉花，每年回来给娃娃们买衣裳。乡卫生院的{{han:吴德旺}}大夫是我们的远房亲戚，婆婆的高血压药都是他给开的。镇{{trap/org:妇联}}的{{han:王巧玲}}给我介绍过一个缝纫的活，可我走不开，没去成。
访谈者：平时家里有什么开心的事吗？
受访者：有。过年的时候一家人去{{trap/place:大像山}}上香，{{han:画眉}}要骑在哥哥脖子上看大佛。婆婆给娃娃们讲{{trap/famous:姜维}}的故事，说咱甘谷出过大将军，{{han:石锁}}听了就拿根棍子当枪耍。我们这里的人说起来都{{trap/word:谢天谢地}}，日子再难，娃娃们总算都在身边。
访谈者：登记要写住址和号码。
受访者：家在{{address:甘谷县磐安镇蒋家庄村四组12号}}，男人住的医院在{{trap/place:秦州}}。我身份证{{id_number@wy1986.620523}}，大女儿的{{id_number@wy2012hyphen.620523}}。我电话{{mobile@s38}}，{{han:康秀芹}}的微信{{wechat:kxq_panan}}。{{han:苜蓿}}有个QQ，是学校上网课的时候注册的，号码她抄在我的记账本上：{{qq:1583209476}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。低保表上我是{{spaced:谢 彩 云}}，婆婆写成{{spaced:巩月 娥}}。学校表上老二是{{spaced:蒋　天　宇}}，男人成了{{spaced:蒋天 保}}。
访谈者：最后您想说什么？
受访者：盼男人早点{{trap/word:康复}}，能回家过个年。三个娃娃都好好念书，我再苦几年也值。
""")

# H725: Han primary-school teacher in 武山 (洛门镇) with five pupils in distress and their parents on WeChat and QQ.
DOCS["H725"] = ("teacher", """\
访谈者：张老师，您带的是哪个班？
受访者：我叫{{han:张晓娟}}，在{{trap/place:武山}}{{trap/place:洛门镇}}教了十五年小学，现在是{{school:洛门镇第二小学四年级（3）班}}的班主任。班上四十二个娃娃，有五个是困境儿童。家长们都在班级微信群里，有事我就私聊。
访谈者：能一个一个说说吗？
受访者：头一个{{han:石浩宇}}，他爸{{han:石军虎}}在金矿上得了尘肺，前年走了，他妈{{han:包红霞}}改嫁去了{{trap/place:定西}}。娃娃跟着爷爷{{han:石满堂}}过。老人不会用手机，有事我找他叔叔{{han:石军林}}，{{han:石军林}}的微信叫{{wechat:shijunlin_lm}}。这娃娃就是闷，一节课不说一句话，作文倒写得好。
访谈者：第二个呢？
受访者：第二个{{han:漆梦瑶}}，她妈{{han:闫丽芸}}乳腺癌，在{{trap/place:兰州}}化疗，她爸{{han:漆建平}}在镇上的蔬菜市场开三轮拉菜，天不亮就走。{{han:漆梦瑶}}她每天自己热饭，还给妹妹梳头。她爸在群里的名字叫“拉菜的老漆”，微信号是{{wechat:qijp_1983}}，他说晚上十点以后才有空看消息。
访谈者：第三个？
受访者：第三个{{han:周子墨}}，爸妈在{{trap/place:义乌}}做小商品，一年回来一趟，他跟奶奶{{han:苟秀芸}}过。这娃娃就爱玩手机，奶奶管不住，晚上躲在被窝里打游戏。他有个QQ，说是跟他妈视频用的，我让他把号写在联系本上，他写的是{{qq:740362915}}。他妈{{han:何雪娇}}的微信{{wechat:hxj_yiwu2015}}，每个礼拜天晚上我跟她视频，说说娃娃这一周的情况。
访谈者：第四个？
受访者：第四个{{han:王雨萌}}，是孤儿。爸妈三年前开车去{{trap/place:陇西}}送菜，出了车祸，两个人都没了。她跟舅舅{{han:包建业}}过，舅舅自己有三个娃娃，舅妈嘴上不说，脸色不好看。镇上的儿童督导员{{han:赵红英}}给她报了孤儿基本生活费，每个月{{trap/number:一千五百五}}。她舅舅换下来一部旧手机给她，她用来上QQ，号码是{{qq:3651027849}}，她说只加了我和她表姐两个人。
访谈者：第五个？
受访者：第五个{{han:蒲俊杰}}，他爸{{han:蒲志军}}在采石场放炮，炸瞎了两只眼睛，他妈智力上有些问题。家里靠低保和残疾人的两项补贴过日子。{{han:蒲俊杰}}还小，可懂事得很，每天放学牵着他爸去村口晒太阳。他爸的手机只能听语音，我加的是他姑姑{{han:蒲玉霞}}的微信，{{wechat:pu_yuxia88}}。
访谈者：学校能做些什么？
受访者：校长{{han:李正阳}}定了规矩，五个娃娃的午餐费全免，冬天每人发一件棉衣。心理老师{{compound:上官书棠}}每周给他们上一节团体课。副班主任是{{compound:欧阳一苇}}，刚从师范毕业的小伙子，教娃娃们踢毽子。镇社工站的{{compound:令狐子衿}}给{{han:漆梦瑶}}联系了一个基金会，给她妈申请了一笔药费。学校还跟{{trap/org:团县委}}联系，给这几个娃娃每人找了一个大学生志愿者，假期里视频辅导功课。每学期期末，我把成绩单拍给他们的家长，让家长知道娃娃在进步。
访谈者：家长群里平时说些什么？
受访者：多半是作业、放学时间。也有家长在群里说闲话，说{{han:石浩宇}}他妈不要他了。我私下找那个家长谈了，群里我也发了一条，说谁家的娃娃都一样，咱们大人说话要想{{trap/word:周全}}。后来再没人说。
访谈者：您觉得最难的是什么？
受访者：最难的是爷爷奶奶们不会用手机，作业拍不了照，通知看不见。我就一家一家打电话，有时候骑电动车去家里说。{{trap/place:水帘洞}}那边山里有个娃娃，我家访一趟要走一个钟头。同事笑我说，张老师比{{trap/famous:孙悟空}}跑得还勤。我说这些娃娃跟{{trap/word:蒲公英}}一样，风往哪儿吹就落到哪儿，咱们得接着。
访谈者：要登记的信息呢？
受访者：他爷爷家在{{address:武山县洛门镇文家寺村五组19号}}，{{han:包建业}}家在{{address:洛门镇东旭小区2号楼3单元402室}}。{{han:王雨萌}}的身份证{{id_number@wy2014.620524}}。{{han:苟秀芸}}的电话{{mobile@fullwidth}}，{{han:漆建平}}的{{mobile@p86h}}。{{han:石浩宇}}也有QQ，号码是他叔叔报给我的，说娃娃用它跟学画画的表哥聊天：{{qq:62071948}}。
访谈者：名字在表上写对了吗？
受访者：手填的表常有错。有的写成{{spaced:漆 梦 瑶}}，有的把{{spaced:周子 墨}}中间空开。心理老师签名被写成{{spaced:上 官 书 棠}}，我还以为是四个人。{{spaced:王　雨　萌}}也被写散了。
访谈者：最后您想说什么？
受访者：这些娃娃就像地里的菜苗，你多浇一瓢水，它就多长一寸。我想让他们知道，学校里总有人在等着他们。
""")

# H726: Kazakh grandmother from 阿克塞 in 清水; her son half paralysed by a stroke, his wife gone to work and vanished.
DOCS["H726"] = ("family", """\
访谈者：阿帕，您先说说自己吧。
受访者：我叫{{minority/kazakh:库拉什·托列吾汗}}，六十四岁，老家在{{trap/place:阿克塞}}的{{trap/place:哈尔腾}}草原。三年前到{{trap/place:清水}}来，是为了我儿子和两个孙辈。老伴{{minority/kazakh:巴合达提·努尔沙特}}十年前得肺病走了。
访谈者：儿子家出了什么事？
受访者：儿子{{minority/kazakh:哈纳提·巴合达提}}年轻时在阿克塞开货车，认识了清水的姑娘{{han:温小燕}}，就在这边安了家。前年他才三十八，脑溢血，右半边身子不能动了，话也说不清楚。{{han:温小燕}}守了一年，去{{trap/place:西安}}打工，开头还往家里打电话，后来换了号，再也找不着了。亲家{{han:温德顺}}他也病着，照顾不了。我就从阿克塞过来了。
访谈者：孙辈们多大？
受访者：孙女{{minority/kazakh:托勒恩·哈纳提}}十二岁，在{{school:清水县永清镇第一小学六年级（1）班}}；孙子{{minority/kazakh:阿尔森哈纳提}}八岁，在{{school:永清镇城关小学二年级（2）班}}。在家里就叫{{minority/kazakh:托勒恩}}和{{minority/kazakh:阿尔森}}。{{minority/kazakh:托勒恩}}就像个小大人，给她爸喂饭、端尿盆，一声不吭。{{minority/kazakh:阿尔森}}也学着姐姐，给他爸捶腿。
访谈者：您儿子现在怎么样？
受访者：在家躺着，一天三顿药。县医院康复科的{{han:刘明礼}}大夫每个礼拜来给他扎针，说左手能抬起来了。{{minority/kazakh:哈纳提}}他心里急，一急就哭，我就给他唱{{trap/minority_word:阿依特斯}}里的老歌，唱着唱着他就睡着了。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:胡彩琴}}，她把两个娃娃按困境儿童报上去，一人一个月{{trap/number:七百一十}}，又给我们家办了低保。{{han:胡彩琴}}说，{{minority/kazakh:库拉什}}阿帕，阿克塞那边的户口得转过来，不然有的补贴领不上。镇民政所的{{han:陈建林}}为这个跑了两趟{{trap/place:敦煌}}，阿克塞县上的民政干部{{minority/kazakh:扎依达·别克博拉特}}也帮着办，她算起来是我远房的侄女。县社工站派了两个人，一个是{{compound:夏侯一鸣}}，跟他一起来的叫{{compound:南宫晚晴}}，他们教{{minority/kazakh:托勒恩}}用电脑查资料。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:黄秋月}}老师说她数学好，就是上课老走神，惦记家里。孙子刚上学的时候汉话说不利索，同学笑他，他回来跟我说不去了。后来{{han:黄秋月}}老师把他们班主任也叫上，一起给他补拼音，现在他汉话比我好。
访谈者：您在清水住得习惯吗？
受访者：刚来的时候不习惯。这里的山都是绿的，下雨多，我的腿一到阴天就疼。吃的也不一样，这边顿顿是面，我想吃肉，{{trap/word:胡乱}}买一点又贵。后来社区的人知道了，过古尔邦节的时候给我们送了半只羊。邻居们都好，见了我都喊阿帕，娃娃们也跟着学。我现在也会说几句清水话了，说出来娃娃们笑得直不起腰。
访谈者：阿克塞还有亲人吗？
受访者：有。小儿子{{minority/kazakh:巴吾尔江·巴合达提}}在阿克塞放羊，{{minority/kazakh:巴吾尔江}}每年秋天来一趟，带一袋{{trap/minority_word:奶疙瘩}}和几根{{trap/minority_word:熏马肠}}。我妹妹的女儿{{minority/kazakh:阿克玛拉}}在兰州当护士，常打电话教我怎么给她哥翻身、怎么防褥疮。
访谈者：过节怎么过？
受访者：{{trap/minority_word:纳吾热孜节}}我煮一锅{{trap/minority_word:纳吾热孜粥}}，邻居们也来喝。清水这边的人给娃娃们讲{{trap/famous:轩辕黄帝}}生在{{trap/place:轩辕谷}}，讲{{trap/famous:赵充国}}屯田；我给他们讲{{trap/famous:阿勒帕米斯}}的故事，他们两边都爱听。对门的{{han:温长有}}大哥，{{trap/word:温和}}得很，过节总给我们端一碗臊子面。
访谈者：登记表要写住址、号码。
受访者：家在{{address:清水县永清镇东关村三组26号}}，阿克塞的老房子在{{address:阿克塞县阿勒腾乡多坝沟村二组5号}}。我的身份证{{id_number@wmidquad.620924}}，孙女的{{id_number@wy2013fwspaced.620521}}。我的电话{{mobile@plus86spaced}}，{{han:胡彩琴}}的{{mobile@hyphen}}。儿子的微信是孙女帮着管的，{{wechat:hanati_bhd}}。孙女有个QQ，跟她在阿克塞的同学联系，号码是{{qq:1275906348}}。
访谈者：名字写得对吗？
受访者：不一样的多。户口本上是{{minority/kazakh:托勒恩·哈纳提}}，学校花名册上是{{minority/kazakh:托勒恩哈纳提}}，没有点；低保表上把她写成{{spaced:托 勒 恩 · 哈 纳 提}}，一个字一个空；孙子写成{{spaced:阿尔森 哈纳提}}；我成了{{spaced:库拉什 · 托列吾汗}}。小儿子在乡上的表上成了{{spaced:巴 吾 尔 江}}。
访谈者：您最大的心愿是什么？
受访者：盼儿子能站起来，盼两个孙辈念好书。我老了，回不回阿克塞都一样，娃娃们在哪儿，我就在哪儿。
""")

# H727: Han court clerk in 秦安 reading from a guardianship case file.
DOCS["H727"] = ("staff", """\
访谈者：您在法院做什么工作？
受访者：我叫{{han:陈晓蕾}}，在{{trap/place:秦安}}县{{trap/org:人民法院}}的少年家事审判庭当书记员，八年了。今天带来的是一个撤销监护人资格的案卷，名字、号码都是卷里的原样，我一页一页念。
访谈者：好，您念吧。
受访者：申请人是{{trap/org:县民政局}}，委托代理人{{han:罗文渊}}。被申请人{{han:罗志坚}}，男，一九八四年生，身份证号{{id_number@my1984hyphen.620522}}，住{{address:秦安县兴国镇凤山村五组14号}}。他老婆{{han:吕翠英}}{{trap/year:二〇一九年}}得宫颈癌走了，留下两个娃娃：女儿{{han:罗梓萌}}，身份证{{id_number@wy2012quad.620522}}；儿子{{han:罗佳航}}，身份证{{id_number@my2015.620522}}。
访谈者：为什么要撤销他的监护资格？
受访者：卷里写得清楚。{{han:罗志坚}}他喝酒，喝醉了就打娃娃。前年冬天他出去赌钱，把两个娃娃锁在屋里四天，{{han:罗梓萌}}砸开窗户，带着弟弟去邻居家要吃的。邻居{{han:罗长贵}}报了警，派出所把他拘了，后来又因为吸毒送去强制隔离戒毒。村委会主任{{han:王德恒}}说，这个人几次三番保证改，一次也没改过。
访谈者：孩子们现在跟谁？
受访者：跟外婆{{han:吕秀娥}}，六十八岁，身份证{{id_number@wy1957spaced.620522}}，住{{address:秦安县陇城镇南七村二组8号}}。她申请当监护人。老人不识字，笔录上的签名是“{{han:吕秀娥}}{{han:吕秀娥}}”，她照着我写的描了两遍，描完了又在后面按了手印。村里的儿童主任{{han:何小梅}}出了情况说明，说两个娃娃在外婆家吃得饱、穿得暖，{{han:罗佳航}}都胖了一圈。
访谈者：还有哪些人参与了这个案子？
受访者：审判长是{{compound:闻人清越}}。法律援助律师是{{trap/org:县法律援助中心}}派的{{compound:公孙景行}}，代理外婆这边。检察院未检科的检察官{{compound:司徒明川}}出庭支持起诉。社会调查是社工{{compound:第五知微}}做的，她去外婆家住了两天，报告写了十几页。开庭那天，{{compound:闻人清越}}审判长让两个娃娃在隔壁的房间里，跟社工说话，不用进法庭。
访谈者：判了吗？
受访者：判了，撤销{{han:罗志坚}}的监护人资格，指定外婆当监护人，{{trap/org:县民政局}}每个月给两个娃娃发事实无人抚养的补贴，一人{{trap/number:一千四百六}}。判决书{{trap/year:二〇二四年}}送达的，被申请人没上诉。
访谈者：书记员在这种案子里做些什么？
受访者：开庭记笔录，送达文书，整理卷宗。这种案子送达最难，被申请人在戒毒所，我们得跑到所里去送，当面念给他听，让他签字。他签的时候手抖得厉害，写了半天，一句话也不说。外婆住在山里，车开不进去，我跟法警走了一个多钟头的山路。
访谈者：卷里的名字写法一致吗？
受访者：不一致，这也是我们书记员最头疼的。派出所的材料把他写成{{spaced:罗 志 坚}}，村里的证明上外婆是{{spaced:吕　秀　娥}}，调查报告里孩子成了{{spaced:罗梓 萌}}。律师的授权委托书上，名字写成{{spaced:公 孙 景 行}}，一个字一个空格。
访谈者：柜子里还有类似的案子吗？
受访者：有一个变更抚养关系的。原告{{han:郝德胜}}，是娃娃的爷爷，住{{address:秦安县叶堡镇郝家川村三组31号}}。娃娃{{han:郝一诺}}七岁，他爸{{han:郝建民}}在服刑，他妈{{han:邵丽君}}有精神残疾，住在{{address:秦安县兴国镇成纪小区4号楼2单元301室}}的娘家。{{han:郝德胜}}说，娃娃跟他妈过，连饭都吃不上。
访谈者：这个案子怎么处理的？
受访者：调解的。{{han:邵丽君}}的哥哥{{han:邵国忠}}当她的代理人，同意娃娃跟爷爷。调解员跑了三趟，第三趟在村委会调成的。{{han:邵国忠}}的电话{{mobile@s434}}。{{han:邵国忠}}还加了我们庭的工作微信，他自己的微信号是{{wechat:shaoguozhong_ln}}。
访谈者：这些案子里，法院之外还有谁在帮？
受访者：{{trap/org:妇联}}、民政、学校。{{han:郝一诺}}的班主任{{han:马玉芹}}老师在{{school:叶堡镇中心小学一年级（3）班}}，写了一份在校表现的说明，说娃娃聪明，就是不爱说话。这些材料我们都装订进卷里了。
访谈者：您做这份工作有什么感受？
受访者：念卷宗的时候心里不好受。大人犯的错，娃娃来扛。我们院里讲{{trap/famous:女娲}}补天的故事给来调解的人听，说天塌了也得有人补。我能做的，就是把每个名字、每个号码记准，一个字都不能错。有需要的人可以打{{trap/hotline:12368}}问案子的进展。
""")

# H728: Han grandmother in 麦积 raising her grandson while his father and mother are in prison.
DOCS["H728"] = ("family", """\
访谈者：大娘，您先说说家里的情况。
受访者：我叫{{han:周凤娥}}，今年六十六，住在{{trap/place:麦积}}的{{trap/place:伯阳镇}}。我儿子{{han:付建明}}和儿媳{{han:田丽霞}}都在里头。儿子跟人贩毒，判了九年，在{{trap/place:兰州}}服刑；儿媳帮一个电信诈骗的团伙取钱，判了三年半，关在{{trap/org:省女子监狱}}。孙子{{han:付思远}}九岁，小名{{han:毛桃}}，从两岁起就跟着我。
访谈者：孩子知道爸妈的事吗？
受访者：知道。开头我哄他说爸妈去外地打工了，后来村里的娃娃跟他说你爸是坐牢的，他回来问我，我就跟他说了实话。{{han:毛桃}}哭了一晚上，第二天起来跟我说，奶奶，我不跟别人说。
访谈者：家里靠什么过日子？
受访者：我种了三亩{{trap/word:花牛苹果}}，一年卖个七八千。老伴{{han:付长有}}前年走了，剩我一个人剪枝、套袋，忙不过来就请邻居帮工。村里的儿童主任{{han:马秋燕}}给孙子报了事实无人抚养，每个月{{trap/number:一千五百八十}}。村支书{{han:田志发}}是儿媳的远房叔叔，{{han:田志发}}说亲戚归亲戚，政策归政策，材料一样都不能少。镇民政办的{{han:郭立新}}帮我把低保也办上了。
访谈者：去监狱看过他们吗？
受访者：看过。{{trap/org:区检察院}}未检科的{{compound:诸葛晴岚}}帮着联系的监狱，一年带孙子去见两回。隔着玻璃，{{han:付建明}}他一见孙子就哭，说出来了一定好好做人。儿媳那边远，去得少。{{han:田丽霞}}她每个月写一封信回来，信里夹着她在里头画的画，孙子都贴在床头。
访谈者：孩子在学校怎么样？
受访者：在{{school:伯阳镇中心小学三年级（2）班}}。班主任{{han:杨素琴}}老师知道家里的情况，从不在班上提，开家长会都是私下跟我说。{{han:毛桃}}也争气，数学回回九十多。就是有一回跟同学打架，人家骂他是劳改犯的儿子。{{han:杨素琴}}老师把两家家长叫到一起，让那个娃娃给他道了歉。
访谈者：孩子平时跟您说心里话吗？
受访者：说。晚上睡觉前他爱问东问西，问他爸在里头吃啥，冷不冷，能不能看电视。我说里头管饭，冬天有暖气，比咱家还暖和，他就放心了。有一回他把过年的压岁钱攒起来，说要给他妈买一支画画的笔，让我寄过去。我托人问了，说笔不能寄，只能寄钱。他就把钱装在信封里，写上“妈妈买笔”四个字。
访谈者：还有谁帮过你们？
受访者：区里的社工{{compound:长孙清和}}每个月来一次，带着孙子去{{trap/place:麦积山}}写生，孙子画的佛像还在学校展览过。{{trap/org:区法律援助中心}}的律师{{compound:段干云帆}}帮儿媳申请了减刑材料，一分钱没要。隔壁的{{han:付巧珍}}跟我是一个村嫁过来的，我去县医院拿药，孙子就放在她家。亲家母{{han:田彩娥}}在{{trap/place:甘泉镇}}，身体不好，逢年过节给孙子捎几个鸡蛋。
访谈者：您自己身体怎么样？
受访者：高血压、糖尿病，一天吃三回药。村卫生室的{{han:张文斌}}大夫每个月来量一回血压，说我得少吃盐。我不敢病，病了娃娃谁管。
访谈者：过年怎么过？
受访者：过年村里唱戏，我领着孙子去看。唱的是{{trap/famous:马谡}}失{{trap/place:街亭}}，孙子问我马谡为啥要被杀，我说他不听话，犯了大错。孙子想了半天说，那我爸出来了要听话。我听了心里难受，嘴上还得说，对，你爸会听话的。
访谈者：登记表要填住址和号码。
受访者：家在{{address:麦积区伯阳镇付家河村二组17号}}，儿子儿媳以前在城里租的房是{{address:麦积区桥南街道天河小区9号楼1单元601室}}。我是{{trap/year:一九五九年}}生的，身份证{{id_number@wy1959.620503}}，孙子的{{id_number@my2016.620503}}。我的电话{{mobile@s74}}，{{han:马秋燕}}的电话{{mobile@fws}}，隔壁{{han:付巧珍}}的电话{{mobile@h38}}，孙子放学我不在家就打给她。{{han:杨素琴}}老师的微信{{wechat:ysq_boyang}}，家长群就是她建的。孙子有个QQ，是他妈进去以前给他注册的，号码他背得滚瓜烂熟：{{qq:2049687513}}。
访谈者：表上的名字写得对吗？
受访者：有不对的。孙子在学校的表上是{{spaced:付 思 远}}，我在低保表上是{{spaced:周　凤　娥}}，儿媳写成{{spaced:田丽 霞}}，那位检察官签字的表格上写成{{spaced:诸 葛 晴 岚}}。
访谈者：您最盼什么？
受访者：盼儿子儿媳早点出来，一家人团团圆圆。我得好好活着，活到那一天。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=721,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
