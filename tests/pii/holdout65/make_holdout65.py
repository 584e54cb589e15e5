# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 65 (tests/pii/holdout65/H505-H512 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 64, written at the same time by another
writer, is not an earlier set).

Set 65 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
科尔沁右翼前旗 (兴安盟) whose wife had a stroke and whose sister keeps his two children while he herds and cuts hay,
a Tibetan grandmother in 聂拉木 (日喀则) raising three grandchildren after her son died in a landslide and his wife
remarried, a Hui grandmother in 沈丘 (周口, 河南) raising the two children of her son, who is in prison for a
hit-and-run, a Han mother in 米脂 (榆林) whose husband's legs were crushed in a mine and whose three children go by
word nicknames, a Han primary-school teacher in 宁强 (汉中) who reaches the migrant parents of her left-behind pupils
on WeChat and QQ, a Uyghur grandfather from 且末 in 乌鲁木齐 whose daughter-in-law died and whose son cooks in 广州, a
Han court clerk in 韩城 (渭南) reading from the file of a case that removed a drug-using father's guardianship, and a
Han grandmother in 镇坪 (安康) raising an asthmatic grandson whose father works in 苏州. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to
seven characters (那木斯来苏和, 额尔德木毕力格, 朝鲁门敖日格勒) with short forms after the full name (额尔德木, 明月,
the latter also a common word) and after the Han surname 包 (包斯琴图雅); Ü-Tsang Tibetan names (旦增曲觉, 拉姆次珍,
普琼扎堆) with short forms (曲觉, 次珍) and the Han names of Tibetans (何雪莲, 罗卫东); Hui Han-form names (海秀琴,
丁思远, 米振华) beside 经名 used alone (哈尼菲, 宰凯里雅, 叶尔古拜, 祖拜黛) and a Han surname before an Arabic name
(穆阿里木, 哈阿依莎, 马伊斯玛伊); Uyghur given name + father's name with and without the dot (吐尔洪·米吉提,
阿力甫江艾力亚尔, 米日班·艾力亚尔) with short forms (阿力甫江, 米日班, 艾力亚尔, 热孜古丽, 努尔古丽); Han word
nicknames, annotated whole (枣花, 铁锁, 杏儿); Han names with common and rare surnames (艾, 姬, 折, 苟, 蒲, 谯, 冉,
覃, 詹, 柯, 解, 党, 同, 卫, 吉), titles and kin words, names that contain or end in words (杜春风, 冯长青, 刘家和,
同建国, 常满仓, 张小满), a name signed twice on a form, names directly before particles and verbs and after
叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup (that of ``_setkit``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:...}}``, ``{{qq:...}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's; ``.region`` is the six-digit
                                   area code of an ID number; the shapes are those of ``_setkit`` (ID_SHAPES,
                                   MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 校长,
股长, 阿訇, 警官, 大姐, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都,
就, 她, 他, 他们家, 那边, 跟, 我) are outside the span; word nicknames (annotated whole) are category han. Han-style
names of Mongolian, Tibetan, Hui and Uyghur people are category han; a Han surname before a non-Han given name is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout65/make_holdout65.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(65_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["132", "137", "147", "153", "156", "158", "172", "175", "181", "183", "184", "187", "191",
                   "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H505: Mongolian father in 科尔沁右翼前旗 (兴安盟); his wife had a stroke, his sister keeps the children.
DOCS["H505"] = ("family", """\
访谈者：大哥，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:那木斯来苏和}}，身份证上的汉名是{{han:包振宇}}，在{{trap/place:科尔沁右翼前旗}}归流河镇北边种玉米、养牛。媳妇{{minority/mongolian:阿拉坦格日乐}}前年冬天脑出血，半边身子动不了，现在在{{trap/place:乌兰浩特}}她娘家养着。两个孩子，儿子{{minority/mongolian:额尔德木毕力格}}十三，闺女{{minority/mongolian:明月其其格}}九岁。
访谈者：孩子们平时谁照顾？
受访者：我给人打草、放牛，一走半个月，孩子托给我姐{{minority/mongolian:包斯琴图雅}}。儿子我们喊{{minority/mongolian:额尔德木}}，{{minority/mongolian:额尔德木}}也会做饭了，挂面煮得挺好。闺女小名叫{{minority/mongolian:明月}}，跟她说她妈，{{minority/mongolian:明月}}就哭。
访谈者：媳妇看病花了多少？
受访者：在{{trap/place:兴安盟}}医院住了四十多天，花了{{trap/number:六万八}}，报了一多半。{{minority/mongolian:阿拉坦格日乐}}她现在能拄拐走几步了，康复科的{{han:常玉龙}}大夫说还得练。{{han:常玉龙}}说话直，说家属别老替她干，让她自己动。
访谈者：嘎查和镇上给了什么帮助？
受访者：嘎查达{{minority/mongolian:巴图吉雅}}给报了低保，一家一个月{{trap/number:一千零五十}}。俩孩子按困境儿童报了补贴，是儿童主任{{han:韩桂荣}}大姐跑的。{{han:韩桂荣}}她是汉族，嫁过来二十多年，蒙语说得比我还溜。镇上的民政助理叫{{han:于长海}}，来了三回，每回都拍照。旗{{trap/org:民政局}}派来的社工，一个叫{{compound:宇文佳琪}}，跟她一块的是{{compound:赫连思博}}，小伙子给孩子们补数学。
访谈者：孩子们在学校怎么样？
受访者：儿子在{{school:科右前旗第二中学初一（4）班}}住校，班主任{{han:鲍春雨}}老师说他作文好。闺女在{{school:归流河镇蒙古族小学三年级（2）班}}，她们班{{han:乔淑贤}}老师每天中午给她留一碗热汤。{{han:乔淑贤}}也是当妈的人，说看见孩子头发没人梳就心疼。
访谈者：亲戚邻居呢？
受访者：前院{{minority/mongolian:巴雅斯胡朗}}家有四轮车，秋天帮我把玉米拉回来。{{minority/mongolian:巴雅斯胡朗}}他嘴笨，心眼好。孩子他舅{{minority/mongolian:朝鲁门敖日格勒}}在{{trap/place:乌兰浩特}}开出租，媳妇去医院都是他接送。后院的{{han:孙德财}}家是汉族，冬天帮我们掏粪、起圈。
访谈者：过节的时候呢？
受访者：夏天旗里办{{trap/minority_word:那达慕}}，我带儿子去看摔跤。正月里全家去嘎查北边的山包上祭{{trap/minority_word:敖包}}。孩子们爱听{{trap/famous:嘎达梅林}}的故事，姐姐给他们唱{{trap/minority_word:好来宝}}。{{trap/year:2019年}}闺女还上台跳过{{trap/minority_word:安代舞}}，那时候她妈还好好的。
访谈者：媳妇在娘家，孩子们能见到她吗？
受访者：一个月去一趟。从我们嘎查到乌兰浩特坐班车得两个多钟头，来回车票就得{{trap/number:一百二}}。去了闺女就趴在她妈腿上不起来，她妈说话不利索，就拿好的那只手摸孩子的头。回来的路上闺女一声不吭，看着窗外的{{trap/place:洮儿河}}。儿子大了，不哭，可回来以后好几天不爱说话，饭也吃得少。
访谈者：家里的地和牛怎么办？
受访者：地是二十八亩，春天种、秋天收的时候我就不出去了。牛剩九头，去年冬天冷，冻死了一头牛犊子。我想过把牛都卖了，去城里打工，离媳妇近些，可城里租房子、孩子转学都要钱，算来算去还是在家里。{{trap/org:旗农牧局}}今年给了两头基础母牛，说是帮扶项目，三年以后还一头牛犊。
访谈者：孩子们有什么变化吗？
受访者：儿子懂事了，周末回来先去牛圈添草，再去他姑家把妹妹接回来。有回他跟我说，爸，我不念高中了，出去挣钱。我打了他一巴掌，这是我头一回打他。后来我又后悔，跟他说，你好好念，钱的事你别管。闺女胆子小，晚上不敢一个人睡，得开着灯。
访谈者：您自己最难的是什么？
受访者：钱是一头，还有就是没人说话。晚上孩子睡了，我一个人坐着抽烟。{{minority/mongolian:包斯琴图雅}}她说，你别愁，孩子有我。我姐夫{{han:白守仁}}也不嫌弃，吃饭多摆两副碗筷。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:科尔沁右翼前旗归流河镇宝力根花嘎查三组16号}}，我姐家在{{address:乌兰浩特市和平街道兴安小区7号楼3单元602室}}。我身份证{{id_number@m.152221}}，儿子的{{id_number@my2012spaced.152221}}。我电话{{mobile@s434}}，我姐的{{mobile@plus86}}。我的微信是儿子给注册的，叫{{wechat:namsrai_sh80}}。儿子有QQ，号码他拿圆珠笔写在炕头墙上了，我念给你：{{qq:1830462795}}。
访谈者：各种表上，您家人的名字写得准吗？
受访者：不对的多。学校名单上闺女是{{spaced:明 月 其 其 格}}，低保表上我是{{spaced:那木斯来　苏和}}，媳妇是{{spaced:阿　拉　坦　格　日　乐}}，社工那姑娘的名字写成了{{spaced:宇 文 佳 琪}}。
访谈者：最后想说点什么？
受访者：盼媳妇能自己走路，盼孩子念书有出息。儿子说他想考{{trap/place:呼和浩特}}的大学，学医，回来给他妈治病。
""")

# H506: Tibetan grandmother in 聂拉木 (日喀则); her son died in a landslide, his wife remarried.
DOCS["H506"] = ("family", """\
访谈者：阿妈拉，您身体还好吧？咱们慢慢聊。
受访者：好，好。我叫{{minority/tibetan:次旦玉珍}}，六十八了，家在{{trap/place:聂拉木}}县城往北的村子里。儿子{{minority/tibetan:巴桑顿珠}}跑运输，三年前在去{{trap/place:吉隆}}的路上碰上塌方，车和人都没找全。儿媳{{minority/tibetan:拉巴普赤}}过了一年改嫁到{{trap/place:定日}}去了，三个孩子留给我。
访谈者：孩子们多大了？
受访者：大孙子{{minority/tibetan:旦增曲觉}}十四，我们叫他{{minority/tibetan:曲觉}}；孙女{{minority/tibetan:拉姆次珍}}十一，小名{{minority/tibetan:次珍}}；最小的{{minority/tibetan:普琼扎堆}}才六岁。{{minority/tibetan:曲觉}}他在{{trap/place:日喀则}}上初中，{{school:日喀则市第三中学初二（5）班}}，一年回来两趟。{{minority/tibetan:次珍}}跟小的在乡里上学，孙女在{{school:聂拉木县琐作乡完全小学五年级（1）班}}。
访谈者：学校里给起汉名了吗？
受访者：起了。孙女的老师给她起了个汉名叫{{han:何雪莲}}，她自己爱写这个。孙子的汉名叫{{han:罗卫东}}，是他爸在世时找村里会写汉字的人取的。
访谈者：儿子走了以后，谁帮过你们？
受访者：村支书{{minority/tibetan:边久次仁}}第一个来。他跟乡里说了，三个孩子报了孤儿基本生活费，一人一个月{{trap/number:一千六百五}}，我报了低保。村里的儿童主任{{minority/tibetan:央吉卓嘎}}每个礼拜来看一眼，{{minority/tibetan:央吉卓嘎}}她自己也带着两个娃娃，还常给我们送{{trap/minority_word:酥油}}。乡里包村的干部{{han:孟庆国}}是汉族，从{{trap/place:咸阳}}来的，他说话我听不太懂，孙女给我翻译。
访谈者：孩子们身体怎么样？
受访者：小的那个有先天性心脏病。{{trap/org:乡卫生院}}的{{minority/tibetan:米玛仓拉}}大夫查出来的，说要去{{trap/place:拉萨}}做手术。县里{{trap/org:民政局}}给申请了大病救助，援藏的{{han:范晓东}}大夫帮着联系的医院，手术做完了，花了{{trap/number:八万多}}，自己只掏了四千。{{han:范晓东}}走的时候，{{minority/tibetan:普琼扎堆}}送了他一条{{trap/minority_word:哈达}}。
访谈者：那是谁陪着去的拉萨？
受访者：我不会说汉话，是县里社工站的姑娘陪的，一个叫{{compound:欧阳晓蕾}}，另一个是{{compound:诸葛文翰}}。{{compound:欧阳晓蕾}}在医院守了五天，晚上就睡在走廊的椅子上。孙女后来还给{{compound:诸葛文翰}}写过一封信，谢谢他背弟弟上楼。
访谈者：平时家里怎么过日子？
受访者：我们有六头牦牛，夏天交给亲戚{{minority/tibetan:顿珠次旺}}放。我在家里打{{trap/minority_word:糌粑}}、打酥油茶。{{minority/tibetan:拉姆次珍}}放学就背水、捡牛粪，比大人还能干。过{{trap/minority_word:藏历年}}的时候村里人都来，给孩子们压岁钱。{{trap/minority_word:望果节}}的时候{{minority/tibetan:曲觉}}回来，跟村里的小伙子们跳{{trap/minority_word:锅庄}}。
访谈者：村里的日子苦吗？
受访者：苦。我们这里{{trap/word:海拔}}高，只能种点青稞和土豆，冬天风大，路常常被雪封住。以前儿子在的时候，家里有车，有收入，还盖了新房子。他走了以后，车也没了，保险赔的钱给他还了贷款。我一个老人，眼睛也不好，挤奶、烧火都慢。邻居们轮流来帮我背柴，秋收的时候全村人帮我割了青稞。
访谈者：孩子们在学校住吗？
受访者：乡里的学校是寄宿的，吃住都不要钱，礼拜五下午才回来。孙女回来就先问我腿疼不疼，给我揉。最小的回来就找他的小羊羔，那是他爸生前给他买的，他天天抱着。老师说他上课老是发呆，画画的时候画的都是卡车。
访谈者：您跟孩子们说起过他们爸爸吗？
受访者：说过。我跟他们说，你们的爸爸是好人，开车从不喝酒，路上碰见别人的车坏了都下去帮忙。每年他走的那一天，我们去寺里点{{trap/minority_word:酥油灯}}，请喇嘛念经。孙女说，奶奶，我以后要当医生，就不会有人病死了。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:拉巴普赤}}她过年打过一次电话，{{minority/tibetan:次珍}}拿着电话不说话，光哭。我跟孩子们讲{{trap/famous:米拉日巴}}在山洞里修行的故事，说苦日子能熬过去。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:聂拉木县琐作乡帕羊村二组9号}}。大孙子在日喀则住他姑姑家，{{address:日喀则市桑珠孜区吉林南路幸福小区4号楼1单元202室}}。我的身份证{{id_number@wy1957.540235}}，小孙子的{{id_number@my2018fw.540235}}。他姑姑叫{{minority/tibetan:德庆央宗}}，电话{{mobile@spaced}}，微信是{{wechat:deqing_yz1985}}。我没手机，村里找我打{{minority/tibetan:边久次仁}}的电话{{mobile@plain}}。大孙子有QQ，他说号码是：{{qq:2750391846}}。
访谈者：各种表上，家里人的名字写得准吗？
受访者：经常错。藏文转成汉字，各人写各的。孙子的名字有一张表写成{{spaced:旦　增　曲　觉}}，有一张写成{{spaced:旦增 曲觉}}。小的写成{{spaced:普 琼 扎 堆}}，那个社工写成{{spaced:欧 阳 晓 蕾}}。
访谈者：您最盼什么？
受访者：盼三个孩子平平安安，念完书。{{minority/tibetan:曲觉}}说他要当司机，我不让，我说你当老师。
""")

# H507: Hui grandmother in 沈丘 (周口, 河南); her son is in prison, his wife left, she keeps two grandchildren.
DOCS["H507"] = ("family", """\
访谈者：大娘，您先说说家里几口人。
受访者：四口，我、老头子，还有俩孙子孙女。我叫{{han:海秀琴}}，经名{{minority/hui:哈尼菲}}，家在{{trap/place:沈丘}}槐店镇，离{{trap/org:清真寺}}不远。老头子{{han:丁万林}}，经名{{minority/hui:宰凯里雅}}，前年中了风，腿脚不利索。儿子{{han:丁国栋}}开车撞了人跑了，判了六年，在{{trap/place:郑州}}服刑。儿媳{{han:沙玉梅}}等了一年，回{{trap/place:界首}}娘家了，再没回来。
访谈者：孩子们多大？
受访者：孙子{{han:丁思远}}十二，经名{{minority/hui:叶尔古拜}}；孙女{{han:丁若曦}}八岁，经名{{minority/hui:祖拜黛}}。孙子在{{school:沈丘县槐店回族镇第一初级中学初一（3）班}}，孙女在{{school:槐店镇东关小学二年级（4）班}}。{{han:丁思远}}他个子蹿得快，衣裳一年一换。小的就黏我，睡觉得摸着我耳朵。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。有一回{{minority/hui:叶尔古拜}}放学回来，脸上有血道子，说同学骂他爸是劳改犯。我去学校找{{han:米振华}}校长，{{han:米振华}}说了那几个孩子，还把他调到前排坐。班主任{{han:白雪芹}}老师对他好，{{han:白雪芹}}她也是回民，礼拜五还帮他请假去寺里。
访谈者：家里靠什么生活？
受访者：老头子以前做牛肉生意，现在干不动了。我在街上炸{{trap/minority_word:馓子}}卖，一天挣几十块，下雨天{{trap/word:一丁点}}也挣不上。村里给我们报了低保，俩孩子按事实无人抚养，一人一个月{{trap/number:一千一百五}}。儿童主任{{han:金美玲}}跑的手续，{{han:金美玲}}跟我说，婶，你别跑了，我去{{trap/org:县民政局}}替你交。
访谈者：寺里帮过你们吗？
受访者：帮过。寺里的{{han:马守义}}阿訇，经名{{minority/hui:努尔曼}}，每回散{{trap/minority_word:乜贴}}都给我们家留一份。{{trap/minority_word:开斋节}}的时候，乡老{{minority/hui:穆阿里木}}送来一袋面、一桶油。还有个女学董，大家都喊她{{minority/hui:赛莱迈}}，{{minority/hui:赛莱迈}}她家闺女给{{minority/hui:祖拜黛}}补语文。
访谈者：您一个人带两个孩子，一天怎么过？
受访者：天不亮就起来和面，炸馓子、炸麻花，六点多推着车子去街口。孙子自己骑车上学，孙女我送到校门口再回来出摊。中午收了摊回来给老头子做饭、喂药、擦身子。下午去校门口等着，晚上守着两个娃写字。我不识几个字，看不懂他们的作业，就坐在旁边陪着，他们写到几点我陪到几点。
访谈者：孩子们去看过爸爸吗？
受访者：一年去两回，坐大巴去。头一回去，孙女不认他，躲在我身后。她爸隔着玻璃哭了，说对不起闺女。后来再去，孙女就叫爸了，还给他唱学校里学的歌。孙子话少，每回都问他爸，你啥时候回来？他爸说快了快了。回来的路上孙子跟我说，奶，我以后不开车。
访谈者：有没有人说闲话？
受访者：有。有人说这俩孩子是劳改犯的娃，以后也不会有出息。我听见了就跟人吵。我说大人犯的错，跟娃娃有啥关系？阿訇在寺里讲过，谁也不能因为老子的罪去怪儿子。
访谈者：县里有人来过吗？
受访者：县里社工来过俩，一个叫{{compound:司马雨菲}}，另一个是{{compound:上官沐言}}。{{compound:司马雨菲}}还帮孙子给他爸写信，隔俩月寄一回。监狱那边的{{han:阎建军}}警官也打电话来，说他爸表现好，能减刑。
访谈者：亲戚呢？
受访者：我闺女{{han:丁秀云}}嫁到{{trap/place:周口}}，她一回来就给孩子们买衣裳。我娘家弟弟在{{trap/place:项城}}开饭店，过年接孩子们去住几天。邻居{{minority/hui:哈阿依莎}}也是回民，一个礼拜给我们送两回{{trap/minority_word:油香}}，{{minority/hui:哈阿依莎}}她男人帮我们修房顶。
访谈者：您和老伴身体怎么样？
受访者：我有糖尿病，老头子中风。村医{{han:丁怀仁}}隔三天来量一回血压，说，你俩可得好好的，孩子还小。我常给孩子们讲{{trap/famous:包公}}的故事，说人不能做亏心事，做了就得认。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:沈丘县槐店回族镇东关村五组21号}}，闺女家在{{address:周口市川汇区七一路街道和谐家园3号楼2单元501室}}。我身份证{{id_number@woldhyphen.411624}}，孙子的{{id_number@my2013.411624}}，孙女的{{id_number@wy2017x.411624}}。我电话{{mobile@hyphen}}，闺女的{{mobile@p86h}}，闺女微信{{wechat:dxy_zhoukou88}}。孙子用他姑的旧手机上QQ，号码写在他作业本皮上了，就这个：{{qq:941738260}}。
访谈者：各种表上，您家人的名字写得准吗？
受访者：有的对，有的错。孙子在学籍表上成了{{spaced:丁 思 远}}，孙女是{{spaced:丁　若　曦}}，我成了{{spaced:海秀 琴}}。经名更乱，有人写{{spaced:叶 尔 古 拜}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人在一块。盼俩孩子好好念书，别走他爸那条路。
""")

# H508: Han mother in 米脂 (榆林); her husband's legs were crushed in a mine, three children go by word nicknames.
DOCS["H508"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:艾彩霞}}，{{trap/place:米脂}}城南十里铺的。掌柜的叫{{han:常满仓}}，前些年在{{trap/place:神木}}的煤矿上下井，顶板塌下来，两条腿砸坏了，如今坐轮椅。家里三个娃，大女子大名{{han:常静茹}}，十四；二小子{{han:常浩博}}，十一；碎女子{{han:常欣蕊}}，六岁。可我们都叫小名，大的叫{{han:枣花}}，二的叫{{han:铁锁}}，碎的叫{{han:杏儿}}，大名反倒没人叫。
访谈者：孩子们都在念书吗？
受访者：{{han:枣花}}在{{school:米脂县第三中学初二（6）班}}，{{han:铁锁}}在城关小学念四年级，{{han:杏儿}}上幼儿园大班。{{han:枣花}}说她想考{{trap/place:榆林}}的高中。{{han:铁锁}}就是贪耍，作业写一半就跑出去了，他班主任{{han:姬海燕}}老师一天给我打一回电话。{{han:姬海燕}}老师年轻，说话细声细气，可管娃严，{{han:铁锁}}就服她。
访谈者：您丈夫受伤以后，家里怎么过？
受访者：矿上赔了些钱，看病花完了。我在枣厂里拣枣，一天八十块。{{han:常满仓}}他心里憋屈，前两年老发火，摔碗、骂人，现在好些了，在家给娃娃们辅导作业、做饭。村里给报了低保，他办了残疾证，一个月补{{trap/number:二百四}}。三个娃按困境儿童报了补贴，是村上的儿童主任{{han:杜春风}}给跑的。{{han:杜春风}}说她也是苦过来的，知道难。
访谈者：还有谁帮过您？
受访者：{{trap/org:县残联}}的{{han:冯长青}}来家里量过尺寸，给掌柜的换了个好轮椅。{{han:冯长青}}也坐轮椅，他说，兄弟，腿没了手还在。镇上民政办的{{han:贺宝林}}也来过，那人实在，给我们家争取了临时救助。县里社工站派来俩年轻人，女的叫{{compound:慕容心悦}}，男的是{{compound:尉迟景澄}}，每礼拜来一回，陪娃娃们画画、读书。{{compound:尉迟景澄}}跟{{han:铁锁}}对脾气，俩人在院里踢毽子。
访谈者：亲戚邻居呢？
受访者：我娘家妹子{{han:艾彩云}}在{{trap/place:绥德}}，时常寄些衣裳来。掌柜的他哥也帮，秋天帮收谷子、糜子。隔壁{{han:高引娣}}婶，娃娃们放学没人管就去她家吃饭。{{han:高引娣}}她男人{{han:刘家和}}是木匠，给{{han:杏儿}}做了个小板凳。村东头{{han:折玉兰}}都七十了，还{{trap/word:常常}}来给娃娃纳鞋底。
访谈者：孩子们知道家里难吗？
受访者：知道。{{han:枣花}}也懂事，放学先去地里拔草，再回来写作业。有一回她把学校发的奖学金{{trap/number:五百块}}全给了我，说妈你买双鞋。{{han:铁锁}}就跟他爸说，爸，等我长大了背你去{{trap/place:延安}}看宝塔山。{{han:杏儿}}还小，见她爸腿疼就给吹吹，说吹吹就不疼了。
访谈者：您自己撑得住吗？
受访者：说实话，有几回差点没撑住。头一年掌柜的刚出院，整夜整夜疼得睡不着，我白天上工，晚上给他翻身、接尿，一个月瘦了十几斤。有一回半夜我坐在窑门口哭，{{han:枣花}}出来给我披了件衣裳，啥也没说，就陪我坐着。我那会儿就想，为了娃，咋也得撑下去。现在好了，掌柜的能自己挪到炕上，还学会了在网上卖小米、卖红枣，一个月也能挣几百。
访谈者：村里人怎么看你们家？
受访者：村里人都好。刚出事那阵，这家送一袋面，那家送一筐洋芋，还有人悄悄在窑门口放了两百块钱，到现在也不知道是谁。我们这里的人讲究个情分，你帮我一把，我帮你一把。我拣枣的那个厂子，老板知道我家的事，让我下午早走一个钟头回来接娃，工钱照给。我心里记着这些人，等娃娃们长大了，要让他们也这样待人。
访谈者：过年的时候呢？
受访者：正月里村里闹秧歌，{{han:杏儿}}就跟着扭。她爸以前是秧歌队的伞头，现在坐着看，也跟着唱。老人们讲{{trap/famous:李自成}}，讲{{trap/famous:貂蝉}}，说米脂出好婆姨。我说我不是啥好婆姨，我就是能受苦。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:米脂县银州街道十里铺村四组27号}}。我身份证{{id_number@wy1979spaced.610827}}。我电话{{mobile@s74}}，他的{{mobile@fullwidth}}。我的微信是{{wechat:caixia_mz1979}}。{{han:枣花}}有个QQ，跟她同学说作业的，号是她自己设的，写在门背后：{{qq:36025817}}。
访谈者：表格上的名字，有没有写走样的？
受访者：有写错的。低保表上掌柜的成了{{spaced:常 满 仓}}，我成了{{spaced:艾　彩　霞}}，社工写成{{spaced:慕 容 心 悦}}，大女子写成{{spaced:常静 茹}}。
访谈者：您最大的心愿？
受访者：三个娃念成书。掌柜的说，他这辈子就这样了，娃娃们得比他强。
""")

# H509: Han primary-school teacher in 宁强 (汉中); left-behind pupils whose parents she reaches on WeChat and QQ.
DOCS["H509"] = ("staff", """\
访谈者：老师，您带的班里困境儿童多吗？
受访者：多。我叫{{han:苟文静}}，在{{trap/place:宁强}}县城边上一所小学教书，带{{school:宁强县汉源镇第二小学四年级（3）班}}，全班四十一个娃，爹妈都在外头的有十九个。家长都在{{trap/place:广东}}、{{trap/place:浙江}}打工，平时就靠微信、QQ跟他们说娃的事。
访谈者：能说说几个孩子吗？
受访者：头一个是{{han:蒲子航}}。他妈得了尿毒症在{{trap/place:汉中}}透析，他爸{{han:蒲建勋}}在{{trap/place:东莞}}电子厂上班。{{han:蒲子航}}跟奶奶过，奶奶不识字，我有事就微信找他爸，他爸的微信是{{wechat:pujianxun_dg}}。{{han:蒲建勋}}也不容易，下了夜班才回消息。
访谈者：第二个呢？
受访者：第二个是{{han:何雨泽}}，他爸三年前在工地上摔死了，他妈{{han:罗春芽}}改嫁到{{trap/place:广元}}。娃跟爷爷奶奶。他妈隔一阵在QQ上问娃的成绩，她的QQ——我存在手机里，你看——{{qq:2081574936}}。{{han:何雨泽}}说，他不想他妈，可作文里写的全是他妈。
访谈者：第三个？
受访者：第三个是个女娃，{{han:汪梓涵}}，爸爸坐牢了，妈妈跟人走了，跟着姑姑{{han:汪丽萍}}。{{han:汪丽萍}}在县城开米线馆，微信叫{{wechat:wlp_mixian0916}}，娃的作业都是她在馆子里盯着写。{{han:汪梓涵}}她成绩好，就是不爱说话，下课就一个人坐着。
访谈者：您怎么帮这些孩子？
受访者：学校有个“留守儿童之家”，周三下午娃娃们可以跟家里视频。我还建了个家长群，群里有三十多个家长。谁家娃病了，我先给家长发微信，再给村里的儿童主任打电话。汉源的儿童主任{{han:侯玉芬}}，手机{{mobile@plain}}，她的微信就是这个号。{{han:侯玉芬}}说，娃娃的事没有小事。
访谈者：这些留守的娃娃，平时有什么表现？
受访者：各不一样。有的特别黏老师，下了课就跟着我，帮我抱作业本；有的一句话不说，问啥都摇头。星期一最明显，周末在家没人管，作业空着来，脸也没洗。冬天山里冷，有的娃穿着单鞋来，脚上冻得全是疮。我们学校跟县上的爱心企业联系，每年冬天给娃娃们发棉衣棉鞋，食堂的午饭也是免费的，一顿四块五，国家出。
访谈者：家长们怎么看学校？
受访者：大多数家长信得过我们，有的家长说，老师，娃就交给你了。我听了心里沉，我一个人带四十一个，哪顾得过来？我就跟家长说，你们再忙，一个礼拜也得给娃打一回视频，哪怕五分钟。有个爸爸后来每天晚上九点准时打，娃的成绩从倒数上到了中间。
访谈者：您自己的孩子呢？
受访者：我自己的娃也在这个学校，三年级。我老公在{{trap/place:西安}}工地上，我们家其实也是半个留守。有时候我批作业批到十一点，娃就在旁边睡着了，我想想也心酸。
访谈者：县里还有谁管？
受访者：县{{trap/org:民政局}}的{{han:廖国平}}股长，还有{{trap/org:妇联}}。县里请了社工机构，来我们学校的是{{compound:皇甫子渊}}和{{compound:令狐语桐}}。{{compound:令狐语桐}}给娃娃们上心理课，讲{{trap/famous:诸葛亮}}六出祁山，说做事要有恒心。我们学校离{{trap/place:勉县}}武侯祠不远，每年清明都带娃去。
访谈者：还有别的孩子吗？
受访者：还有{{han:冉柏熙}}，他爸是聋哑人，他妈精神不好，低保户。他爸只会打字，我们都在QQ上说，他爸的号在家访本上记着，第二页：{{qq:1507628943}}。{{han:冉柏熙}}他懂事得很，放学回去给他妈熬药。还有个{{han:张小满}}，爹妈在{{trap/place:宁波}}，娃跟外婆，外婆的微信是她孙女注册的，叫{{wechat:zxm_waipo2015}}。{{han:张小满}}就和外婆睡一个床，外婆打呼噜她也不嫌。
访谈者：家长都能联系上吗？
受访者：大多数能。有个娃{{han:谯思雨}}，她爸的手机老停机，我只能在QQ上留言，号码是{{qq:694218375}}。还有一个是{{han:蒲欣怡}}，她妈的微信{{wechat:chen_xiaofang1990}}，她妈一个月回一回消息。
访谈者：要填联系表的话，您怎么写？
受访者：学校登记表上写的，头一个娃的奶奶住{{address:宁强县汉源街道玉带河村三组8号}}，电话{{mobile@spaced}}。我自己的电话{{mobile@plus86spaced}}，娃娃们有啥事也能打{{trap/hotline:12355}}。
访谈者：表上名字出过错吗？
受访者：出过。系统里有{{spaced:蒲 子 航}}、{{spaced:谯　思　雨}}，还有把社工写成{{spaced:皇甫 子渊}}的。{{han:冉柏熙}}写成了{{spaced:冉 柏 熙}}。
访谈者：您做这些累吗？
受访者：累，但看着娃娃们笑，就值。{{trap/place:宁强}}这地方山多，娃娃们出去一趟不容易，我就想让他们心里亮堂些。
""")

# H510: Uyghur grandfather from 且末 in 乌鲁木齐; his daughter-in-law died, his son works far away, three grandchildren.
DOCS["H510"] = ("family", """\
访谈者：大爷，您先介绍一下家里吧。
受访者：我叫{{minority/uyghur:吐尔洪·米吉提}}，七十岁，老家在{{trap/place:且末}}，年轻时在{{trap/place:车尔臣河}}边种红枣，后来跟着儿子搬到{{trap/place:乌鲁木齐}}来。老伴{{minority/uyghur:阿依先木·托乎提}}走了五年了。儿子{{minority/uyghur:艾力亚尔·吐尔洪}}在{{trap/place:广州}}的新疆饭馆当厨子，一年回来一次。儿媳{{minority/uyghur:古再丽努尔·肉孜}}前年得乳腺癌走了。三个孙子孙女跟着我过。
访谈者：孩子们叫什么，多大了？
受访者：大孙子{{minority/uyghur:阿力甫江艾力亚尔}}十三，我们叫他{{minority/uyghur:阿力甫江}}。孙女{{minority/uyghur:米日班·艾力亚尔}}十岁，最小的孙子{{minority/uyghur:伊斯坎达尔·艾力亚尔}}六岁，家里叫他{{minority/uyghur:伊斯坎达尔}}。{{minority/uyghur:阿力甫江}}在{{school:乌鲁木齐市第五十四中学初一（2）班}}，{{minority/uyghur:米日班}}在{{school:天山区延安路小学四年级（6）班}}。
访谈者：孩子妈妈走了以后，家里怎么办？
受访者：难。我不会做饭，以前都是她做。{{minority/uyghur:米日班}}她现在会揉面了，会做{{trap/minority_word:拉条子}}。{{minority/uyghur:伊斯坎达尔}}就是哭，晚上要妈妈。社区的{{han:姚雪梅}}主任来了好几趟，说孩子的妈妈不在了、爸爸在外地，可以按事实无人抚养报，一个月一个孩子{{trap/number:一千五百三}}。{{han:姚雪梅}}她跑{{trap/org:区民政局}}跑了三趟才批下来。
访谈者：社区里还有谁帮忙？
受访者：社区的儿童主任{{minority/uyghur:热孜古丽·买买提}}，她会说汉语也会说维语，什么表都帮我们填。{{minority/uyghur:热孜古丽}}也常给孩子们带书。楼下的{{han:马福成}}是回族，开拉面馆，孩子们放学先到他那儿吃一碗。{{han:马福成}}说，大叔，钱不要了，你把孩子带好。
访谈者：学校里呢？
受访者：{{minority/uyghur:阿力甫江}}的班主任{{han:张立坤}}老师，给他申请了助学金。{{minority/uyghur:米日班}}的老师叫{{minority/uyghur:努尔古丽·阿不都}}，{{minority/uyghur:努尔古丽}}她每个礼拜给我打电话。学校还派了心理老师，一个姓{{trap/word:司马}}的小伙子，全名{{compound:司马博文}}，跟他一起来的是{{compound:东方若琳}}。{{compound:司马博文}}说孩子心里有事，得慢慢说开。
访谈者：您儿子常回来吗？
受访者：不常。{{minority/uyghur:艾力亚尔}}他一个月寄三千回来，视频的时候孩子们都抢手机。他说等攒够了钱就回来开个馕坑，在家门口卖{{trap/minority_word:馕}}。
访谈者：您从且末搬来乌鲁木齐，习惯吗？
受访者：刚来的时候不习惯。城里楼高，车多，我在楼道里迷过路。且末的家里有枣园，有院子，有葡萄架，夏天坐在葡萄架下喝茶，多好。可儿子说城里学校好，孩子们得在这里念书，我就跟来了。现在住的是儿子贷款买的房子，一个月还两千多的贷款，剩下的钱才够吃饭。
访谈者：孩子妈妈生病的时候是怎么治的？
受访者：查出来的时候已经晚了。先在{{trap/place:库尔勒}}看，又到乌鲁木齐住院，化疗做了六次。医生说要是早一年查出来就好了。她临走前拉着我的手，说爸，孩子们就托给你了。我答应了她。我这辈子没做过饭，没洗过衣服，现在都学会了。
访谈者：孩子们晚上怎么学习？
受访者：我让{{minority/uyghur:阿力甫江}}带着妹妹写作业，小的在旁边画画。我看不懂汉字，就坐着听他们念。有时候大孙子讲题讲急了，冲妹妹发脾气，我就说，你是哥哥，得有耐心，你妈妈以前怎么教你的？他就不吭声了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我给孩子们做{{trap/minority_word:抓饭}}。邻居{{minority/uyghur:买合木提·萨吾提}}会弹{{trap/minority_word:都塔尔}}，孩子们就跳舞。我给他们讲{{trap/famous:阿凡提}}的笑话，小孙子笑得在地上打滚。
访谈者：您身体怎么样？
受访者：腰疼，血压高。社区医院的{{han:闫春旺}}大夫给我开的药。我就怕我哪天倒下了，三个孩子咋办。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:乌鲁木齐市天山区延安路街道团结巷小区6号楼2单元302室}}，老家在{{address:且末县托格拉克勒克乡喀拉苏村3组15号}}。我的身份证{{id_number@my1955.652825}}，{{minority/uyghur:阿力甫江}}的{{id_number@my2012hyphen.650102}}。我电话{{mobile@s38}}，儿子的{{mobile@plus86dash}}，儿子微信{{wechat:eliyar_gz}}。{{minority/uyghur:阿力甫江}}有QQ，号码他贴在冰箱门上了，你看，{{qq:480926173}}。
访谈者：各种表上，家里人的名字写得准吗？
受访者：有写错的。孙女在学校表上是{{spaced:米 日 班 · 艾 力 亚 尔}}，我在社区表上是{{spaced:吐尔洪 · 米吉提}}，儿子写成{{spaced:艾力亚尔 吐尔洪}}，老师写成了{{spaced:努尔古丽 阿不都}}。
访谈者：您最盼什么？
受访者：盼孩子们念书好，长大了当医生，别像他们妈那样，病了没早查出来。
""")

# H511: Han court clerk in 韩城 (渭南) reading from the file of a case that removed a father's guardianship.
DOCS["H511"] = ("staff", """\
访谈者：您在法院做书记员多久了？
受访者：九年了。我叫{{han:解晓燕}}，在{{trap/place:韩城}}市法院少年家事庭。您要的那个撤销监护人资格的案子，卷我拿来了，我照着念，涉及的人名、号码你们回头自己处理。
访谈者：好，您念吧。
受访者：申请人是{{trap/place:芝川镇}}的村委会，代表人是村主任{{han:党振武}}。被申请人{{han:程建设}}，男，身份证号{{id_number@mspaced.610581}}，住{{address:韩城市芝川镇党家堡村六组14号}}。孩子叫{{han:程梓萱}}，女，十岁，身份证号{{id_number@wy2014.610581}}，在{{school:芝川镇中心小学四年级（2）班}}。孩子妈妈{{han:薛彩凤}}三年前病故。{{han:程建设}}他吸毒，两次强制戒毒，孩子常常饿着去上学。
访谈者：谁发现的？
受访者：学校。班主任{{han:卫春霞}}老师发现孩子胳膊上有烟头烫的疤，报给了村里。{{han:卫春霞}}在卷里有一份证言，写了满满三页。村里的儿童主任{{han:吉秀兰}}也去家里看过，她说家里锅都是冷的。派出所的{{han:解明亮}}所长也出了情况说明。
访谈者：孩子现在跟谁？
受访者：判给了她姑姑{{han:程建芳}}。{{han:程建芳}}，女，身份证号{{id_number@whyphen.610581}}，住{{address:韩城市新城街道金塔小区11号楼2单元401室}}，电话{{mobile@plain}}。卷里的委托书上她签了两遍名，{{han:程建芳}}{{han:程建芳}}，一遍签错了地方。她男人{{han:高守业}}也同意，写了书面意见。
访谈者：审的时候还有谁参加？
受访者：合议庭三个人，审判长{{han:王立平}}，审判员{{compound:司马蕴清}}，人民陪审员{{han:同建国}}。{{han:同建国}}是徐村人，他说他们村姓同姓冯的，老辈人讲是{{trap/famous:司马迁}}的后人。社会调查是{{trap/org:市妇联}}委托社工做的，调查人一个是{{compound:上官子琪}}，还有一个是{{compound:公孙逸飞}}。{{compound:公孙逸飞}}也出庭说明了情况。
访谈者：这种案子多吗？
受访者：不多，一年也就两三件。撤销监护人资格是最后一步，能不走就不走。一般先是村里、学校、派出所发现问题，民政那边先把孩子临时安置，再由村委会或者民政部门向法院申请。法院受理以后要做社会调查，听孩子本人的意见，还要找合适的亲属。孩子满八周岁的，法官一定要单独问她愿意跟谁。
访谈者：孩子自己怎么说的？
受访者：法官在儿童询问室里问的，我在旁边记。孩子说她想跟姑姑，因为姑姑家有热饭，有人给她扎辫子。她又说，她不恨她爸，她爸不吸的时候对她好，会给她买糖葫芦。记到这里我手都抖了，笔录上那一段字写得歪歪扭扭的。
访谈者：被申请人到庭了吗？
受访者：到了，是从戒毒所带过来的。他一开始不同意，说孩子是他的，谁也拿不走。后来听了学校和村里的证言，低着头半天不说话，最后说，让她跟她姑吧，我对不起她。法官跟他讲了{{trap/word:程序}}，撤销以后，等他戒断了、有了稳定生活，可以申请恢复。
访谈者：孩子的舅舅家没争吗？
受访者：舅舅{{han:薛长安}}那边，人在{{trap/place:西安}}打工，自己三个孩子，出了个书面意见，说同意给姑姑。外婆{{han:冯桂香}}也来了，拉着孩子的手哭了一早上。外婆住{{address:韩城市龙门镇西原村二组5号}}，身份证{{id_number@woldquad.610581}}。
访谈者：有少数民族当事人吗？
受访者：这个案子没有。上个月有一个回族的，孩子爸爸叫{{minority/hui:马伊斯玛伊}}，孩子的经名叫{{minority/hui:阿伊夏}}，也是抚养的事，还没判。
访谈者：判决以后呢？
受访者：孩子按事实无人抚养报了补贴，一个月{{trap/number:一千三百八}}，{{trap/org:民政局}}批的。法院还给转了司法救助{{trap/number:两万元}}。{{han:程梓萱}}她现在转到了{{school:新城区第三小学四年级（5）班}}，班主任是{{han:杨海鸥}}。
访谈者：判决以后法院还管吗？
受访者：管。我们有回访制度，判后三个月、半年、一年各去一次，看孩子在新家过得怎么样。头一次回访，孩子胖了，脸上有了血色，作业本干干净净的。她姑姑说，刚来的时候孩子晚上老做噩梦，抱着被子缩在墙角，现在能睡整觉了。
访谈者：卷里名字写得规范吗？
受访者：不规范的多。村里的报告把孩子写成{{spaced:程　梓　萱}}，把社工写成{{spaced:上　官　子　琪}}和{{spaced:公孙 逸飞}}，审判员那栏有一处是{{spaced:司 马 蕴 清}}。被申请人签字签的是{{spaced:程建 设}}，签得歪歪扭扭。
访谈者：这个案子您最难忘的是什么？
受访者：宣判那天，{{han:程梓萱}}问我，阿姨，我以后还能见我爸吗？我说能，等他好了就能。{{han:党振武}}在旁边也抹眼泪。案子在{{trap/year:2023年}}结的，卷号我就不念了。当事人有疑问的，可以打{{trap/hotline:12368}}。
""")

# H512: Han grandmother in 镇坪 (安康) raising a grandson; his father works in 苏州, his mother remarried.
DOCS["H512"] = ("family", """\
访谈者：婆婆，您先说说家里的情况。
受访者：我屋里就我跟孙娃子两个。我叫{{han:覃桂英}}，七十一了，住在{{trap/place:镇坪}}曾家镇山上。儿子{{han:向德富}}离了婚，在{{trap/place:苏州}}厂里做工，一年回来一回。媳妇{{han:詹小红}}改嫁到{{trap/place:竹溪}}去了。孙娃子叫{{han:向宇航}}，十岁，在{{school:镇坪县曾家镇中心小学四年级（1）班}}。
访谈者：孙子身体怎么样？
受访者：他打小有哮喘，一到冬天就犯。镇{{trap/org:卫生院}}的{{han:柯德明}}医生说，城里空气好些，可我们走不了。{{han:柯德明}}他心好，半夜喊他也来。去年犯得厉害，送到{{trap/place:安康}}住了半个月，花了{{trap/number:一万二}}，报了七千多。
访谈者：家里靠什么过？
受访者：种几亩洋芋、玉米，养两头猪，腊月杀了熏腊肉。儿子一个月寄一千五。村里给报了低保，孙娃子按困境儿童报了补贴，一个月{{trap/number:六百二}}。村里的儿童主任叫{{han:邓春杏}}，{{han:邓春杏}}就住我们隔壁湾里，报表、跑手续都是她。村上的{{han:龚长岭}}书记也来过，给我们屋换了新瓦。
访谈者：孙子在学校怎么样？
受访者：班主任{{han:吕晓丽}}老师对他好，给他在学校食堂多打一勺菜。{{han:吕晓丽}}说，娃聪明，就是上课老咳。学校里派了支教的，一个叫{{compound:欧阳明蔚}}，另一个是{{compound:闾丘晨曦}}，俩人都是{{trap/place:西安}}来的大学生，教娃娃们唱歌、画画。孙子最爱跟{{compound:欧阳明蔚}}学画画，画了一屋子的山和云。
访谈者：他想爸爸妈妈吗？
受访者：想。{{han:向宇航}}他嘴上不说，晚上搂着他爸的旧衣裳睡。他妈{{han:詹小红}}过年打过一个电话，娃接了一句话都没说，挂了就哭。{{han:向德富}}说等厂里放假回来，带他去{{trap/place:重庆}}看动物园。
访谈者：亲戚邻居帮过吗？
受访者：帮。我侄女{{han:覃玉兰}}在县城开药铺，孙子的药都是她那里拿的，不收钱。{{han:覃玉兰}}也叫我去县城跟她住，我舍不得这屋。隔壁{{han:谭家顺}}他们家两口子，收洋芋的时候都来帮。孙子喊{{han:胡春秀}}姨，她是{{han:谭家顺}}屋里的，给孙子织毛衣。还有{{han:汪老四}}，就是那个开三轮的，孙子去镇上看病都坐他的车。
访谈者：孙子平常怎么上学？
受访者：我们屋在山上，到镇上的学校要走一个钟头的山路。以前我天天送，现在他大了，跟湾里几个娃结伴走。下雨天路滑，我不放心，还是拄着棍子送到河边的公路上。学校是寄宿的，礼拜一去，礼拜五回，我给他装一罐子腊肉炒洋芋，够他吃两三顿。他回来就帮我喂猪、背柴，一点不娇气。
访谈者：他爸爸妈妈离婚的时候，孩子多大？
受访者：四岁。那时候他妈说这山里穷，待不下去，抱着娃哭了一晚上，第二天还是走了。娃那时候不懂事，天天站在门口问，妈妈啥时候回来。后来不问了，别人问起他妈，他就跑开。老师说他在学校也这样，一说到妈妈就不吭声。
访谈者：孙子有没有好朋友？
受访者：有，湾里{{han:谭家顺}}的孙子跟他同岁，俩人一块上学一块放学，好得跟亲兄弟一样。寒暑假两个娃钻到山里去摘野果子、逮鱼，天黑了才回来，我骂也骂不住。
访谈者：县里有人来吗？
受访者：县{{trap/org:民政局}}的{{han:陈德文}}来过，带着县{{trap/org:妇联}}的人，给娃送了书包、棉鞋。县里社工站的{{compound:长孙若溪}}每个月打电话来问。
访谈者：您自己身体呢？
受访者：腿不好，上坡下坡慢。我就怕哪天我走了，娃没人管。我跟他说，你要好好念书，念出去。娃{{trap/word:向来}}不多话，那天说，婆，我长大了当医生，给你治腿。{{trap/place:化龙山}}那么高，他说要背我上去看云。
访谈者：过年的时候呢？
受访者：儿子回来，屋里热闹几天。我们这里过年要吃{{trap/word:蒸盆子}}，娃最爱吃。我给他讲{{trap/famous:孟姜女}}的故事，他不爱听，他爱听{{trap/famous:孙悟空}}。
访谈者：表格上还得填住址、证件号和电话，您看方便说吗？
受访者：家在{{address:镇坪县曾家镇双坪村四组12号}}，侄女家在{{address:镇坪县城关镇文彩社区幸福巷19号}}。我身份证{{id_number@wy1954x.610927}}，孙娃子的{{id_number@my2015fwspaced.610927}}。我没手机，有事打{{han:邓春杏}}的电话{{mobile@s38}}，急了就打{{trap/hotline:12345}}。儿子电话{{mobile@p86n}}，儿子微信{{wechat:xiangdefu_sz}}。孙娃子用他爸给的旧手机上QQ，号码——他写在墙上了——{{qq:512873064}}。
访谈者：表格上的名字，有没有写走样的？
受访者：有错的。医院的单子上写的是{{spaced:向 宇 航}}，低保表上我是{{spaced:覃　桂　英}}，学校表上写他爸是{{spaced:向德 富}}。还有个表把支教的写成{{spaced:欧 阳 明 蔚}}。
访谈者：您最大的心愿？
受访者：娃的病好了，念书念出去，不再受我这样的罪。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=505,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout64",))


if __name__ == "__main__":
    main()
