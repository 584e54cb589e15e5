# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 117 (tests/pii/holdout117/H921-H928 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 116, written at the same time, is not
an earlier set).

Set 117 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
南平 (Fujian) and 淮南 (Anhui): a Mongolian mother from 陈巴尔虎旗 who picks tea on a 武夷山 estate, her husband a
herder who drank himself to death; a Kham Tibetan father from 德格 who carves wood in a 南平 furniture factory, his
children with their grandmother; a Kazakh father from 富蕴 who drives a coal truck in 淮南, his wife paralysed; a Yi
grandmother from 昭觉 raising three grandchildren whose parents work in 建瓯 (Fujian), with clan names (家支) before
the given name; a Han mine widow in 潘集区; a Han community worker in 田家庵区 reading out her list; a Han
middle-school class teacher in 寿县; and a Han grandfather in 凤台 raising his orphaned grandson. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole (纳日其其格, 特木尔巴雅尔, 乌力吉朝鲁, 额尔德尼巴特尔, 苏日塔娜她, 朝克吉雅, 布和扎布, 图门高娃) and with short
and fond forms (纳日, 额尔德尼嘎, 小塔娜), a Han surname before a Mongolian given name (白纳日 on the tea estate's pay
list, 白额尔德尼 on the school roll, 方格日勒花 in a household register) and the tea pickers' name for her (内蒙姐);
Kham Tibetan names (呷绒泽仁, 志玛央宗, 阿泽拉姆, 洛绒彭措, 松吉翁姆, 呷玛多吉他, 格绒翁加, 根秋呷玛大夫,
生龙降拥老师, 土登格勒, 夏嘎) with a fond form (小洛绒), a Han surname before a Tibetan given name (邓呷绒 on the pay
card), the Han form of address of a Tibetan (邓师傅) and a Tibetan with a Han name (罗永清); Kazakh given name +
father's name with the dot (塔斯波拉提·托合塔尔, 哈力别克·塔斯波拉提, 扎克孜亚·塔斯波拉提, 托合塔尔·吾拉尔,
森别克·托合塔尔), single and short forms (塔斯波拉提, 哈力别克他, 扎克孜亚, 森别克, 哈力, 孜亚她), the mother's Han
surname put before a Kazakh given name by the school (孙哈力别克, 孙扎克孜亚) and his workmates' name for him (老塔);
Yi names with the clan name first (俄木伍果, 吉史拉日, 莫色阿牛, 吉史尔哈, 吉史石哈, 吉史尔果, 吉史此日, 沙马伍哈,
俄底尔呷, 阿尔日哈, 吉克阿果, 阿尔木呷), given names alone (伍果, 石哈, 尔果她, 此日他, 日哈他) and a fond form
(小木呷), a clan name cut to a Han surname before the given name (吉拉日, 史石哈, 吉此日), and Yi people with
Han-style names, category han (吉文斌, 马春兰); Han names with common and rare surnames of the region (游, 祝, 连,
詹, 危, 翁, 被, 把, 鲍, 汤, 苗, 储, 晏, 让, 姬, 凤, 鲁, 仝, 也, 闵, 就, 还, 谢, 汪, 才, 要, 台, 向, 寿, 柏, 仇, 都, 邱, 能, 庞,
戚, 黎, 殷, 有, 和); surnames that are ordinary words, directly after or before grammar words (有桂香有心, 有德旺有空,
被志强被厂里, 把春来把, 把永康把, 跟和秀娟一说, 和秀娟和我, 苗振和和调度, 让让国平帮我, 让国平让车, 也红霞也是,
就一鸣就, 还玉芬还在, 找和奶奶, 汪德才才退休, 要振宇要强, 我向向可欣, 都一航都快, 能桂英能跑), and given names
with such characters (苗振和, 汪德才); names that contain words (晏小满, 都明亮, 都一航, 就一鸣, 还思雨,
寿天佑, 向可欣, 要振宇); titles and kin words after names (危丽萍老师, 姬雪梅老师, 储晓雯老师, 戚晓燕老师,
杨朝光大夫, 闵卫东大夫, 根秋呷玛大夫, 生龙降拥老师; the span is the name only), a surname with only a title or kin
word, annotated whole (游老板, 有主任, 危老师, 邓师傅, 翁老板, 把书记, 老晏, 晏家嫂子, 和大姐, 和奶奶, 才老师, 都爷,
能主任, 庞校长), nicknames and local forms of address, annotated whole (内蒙姐, 老塔, 小满子, 鸣鸣, 寿县长, 小航子;
额尔德尼嘎, 小塔娜, 小洛绒, 孜亚, 小木呷 are minority); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和, and a name closing the last sentence of six transcripts (是有桂香。, 头一个是和秀娟。,
最放心不下的是吉史此日。, 是也红霞。, 最让我放心不下的，是要振宇。, 头一个要谢的是能桂英。); names spaced out
character by character in half- and full-width spaces (纳 日 其 其 格, 苏　日　塔　娜, 志 玛 央 宗, 呷 绒 泽 仁,
塔 斯 波 拉 提, 扎　克　孜　亚, 俄 木 伍 果, 吉　史　尔　果, 阿 尔 木 呷, 方 格 日 勒 花, 夏 侯 晓 岚, 呼　延　若　曦,
左 丘 明 慧, 上 官 琬 琰, 第 五 思 源, 拓 跋 云 岫, 孙 晓 芹, 晏 德 福, 鲁　桂　兰, 就 一 鸣, 还　思　雨, 要 振 宇,
向　可　欣, 都 德 旺, 都　一　航), a dotted name with spaces around the dot (哈力别克 · 塔斯波拉提) and names split in
two (额尔德尼　巴特尔, 松吉　翁姆, 吉史 石哈, 莫色 阿牛, 晏欣 悦, 都明 亮); compound surnames after ordinary words
(夏侯, 公冶, 欧阳, 呼延, 申屠, 南宫, 公西, 濮阳, 百里, 闻人, 左丘, 太史, 公羊, 上官, 司寇, 第五, 端木, 拓跋, 仲孙 after
的/志愿者/大姐/同事/康复师/实习生/律师/大学生/叫/心理咨询师/督导/心理老师); and numbers read out and written the many
ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:被志强}}``, ``{{qq:48207361}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013tri.654322}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫) and a particle, pronoun or verb
written directly after a name (她, 他, 有, 被, 把, 和, 让, 也, 就, 还, 才, 要, 都, 能) are outside the span; a surname with
only a title or kin word (游老板, 有主任, 邓师傅, 把书记, 老晏, 晏家嫂子, 和奶奶, 都爷) and a nickname or local form of
address (内蒙姐, 老塔, 小满子, 鸣鸣, 寿县长, 小航子) are annotated whole. Han-style names of Tibetan and Yi people
(罗永清, 吉文斌, 马春兰) are category han; a Han surname before a non-Han given name (白纳日, 白额尔德尼, 方格日勒花,
邓呷绒, 孙哈力别克, 孙扎克孜亚, 吉拉日, 史石哈, 吉此日) is category minority. A clan name (家支) or surname named on
its own (俄木是我娘家的家支, 姓有, 姓被) is not annotated.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout117/make_holdout117.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(117_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176",
                   "181", "182", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H921: Mongolian mother from 陈巴尔虎旗 who picks tea on a 武夷山 estate; her husband, a herder, drank himself to death.
DOCS["H921"] = ("family", """\
访谈者：大姐，您在这个茶场干了几年了？
受访者：三年了，头一年只会采，现在也会帮着摇青、拣梗了。我叫{{minority/mongolian:纳日其其格}}，蒙古族，家在{{trap/place:陈巴尔虎旗}}，{{trap/place:呼伦贝尔}}草原上。茶场的工资表上写的是{{minority/mongolian:白纳日}}，会计{{han:江美华}}说没有姓，电脑里不好排。采茶的阿姨们叫我{{han:内蒙姐}}，老板娘图省事，就叫我{{minority/mongolian:纳日}}。
访谈者：从草原到{{trap/place:武夷山}}，隔着好几千里。
受访者：火车坐了三天两夜。孩子他爸没了以后，我在草原上待不住。他叫{{minority/mongolian:特木尔巴雅尔}}，放了半辈子羊，也喝了半辈子酒。前年腊月他骑摩托去{{trap/place:巴彦库仁}}买酒，回来倒在雪窝里，是邻居{{minority/mongolian:乌力吉朝鲁}}第二天一早找着的，人已经冻硬了。医生说他的肝早就喝坏了。我表妹嫁在{{trap/place:星村镇}}，说茶场缺人，管吃管住，我就带着两个娃来了。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:额尔德尼巴特尔}}十三，在{{school:武夷山市星村中学七年级（3）班}}，花名册上成了{{minority/mongolian:白额尔德尼}}，在家我叫他{{minority/mongolian:额尔德尼嘎}}。闺女{{minority/mongolian:苏日塔娜}}八岁，在{{school:星村镇中心小学二年级（1）班}}，阿姨们都叫她{{minority/mongolian:小塔娜}}。{{minority/mongolian:苏日塔娜}}她爱跟我上山，背个小竹篓，采一把玩一把。
访谈者：他爸喝酒的事，孩子们知道吗？
受访者：知道，瞒不住。他清醒的时候是个好人，抱着闺女骑马，教儿子认星星。一喝就变了，摔碗，睡在羊圈里。我劝过，婆婆也劝过，旗里的大夫也劝过，他说冬天太长，不喝熬不过去。出事那天早上，儿子拉着他的袖子不让走，他摸摸儿子的头，说阿爸一会儿就回来。儿子到现在还说，那天要是他拉住了就好了。我跟他说不怪你，是酒害了他。
访谈者：茶场的活儿怎么干？
受访者：清明前后最忙，早上五点上山，一芽两叶，一斤鲜叶好几千个芽头。中午在山上啃个馒头，天黑了背回来过秤，一天挣一百来块。这边的茶叫{{trap/word:大红袍}}、{{trap/word:白鸡冠}}，头一回听我还以为说的是衣裳和公鸡，闹了笑话。
访谈者：茶场的人待您怎么样？
受访者：好。老板{{han:游长根}}，大家都叫{{han:游老板}}，他知道我一个人带俩娃，只让我采白天的茶，夜里不用守青。老板娘{{han:祝玉娥}}把仓库边上那间屋收拾出来给我们住，冬天还添了个电炉子。做青的师傅{{han:连春生}}教儿子闻茶香，说这娃鼻子灵，将来能当评茶师。
访谈者：补助是怎么办下来的？
受访者：村里的儿童主任{{han:有桂香}}，姓有，有没有的有。她上门来问，我把他爸的死亡证明、户口本都拿给{{han:有桂香}}看，{{han:有桂香}}有心，一样一样拍了照，跑到市里去办。两个娃按困境儿童报了，每人每月{{trap/number:七百四十元}}；我的户口不在这边，低保得回老家办，是婆婆{{minority/mongolian:朝克吉雅}}在旗里替我跑的。市{{trap/org:民政局}}的{{han:詹国华}}来茶场核过一回，说外地户口也不能让娃落下。有啥难处我就找{{han:有主任}}。
访谈者：还有谁在帮你们？
受访者：市社工站的{{compound:夏侯晓岚}}每个月来两回，带闺女画画，跟她来的志愿者{{compound:公冶雨桐}}给儿子补数学。儿子的班主任{{han:危丽萍}}老师知道他爸的事，从不在班上提，还让他当了体育委员。隔壁编竹器的{{han:有德旺}}有空就过来，给闺女编了一匹竹马，闺女天天抱着睡。
访谈者：孩子们在这边上学跟得上吗？
受访者：儿子头一年跟不上，教材不一样，英语得从头学。{{han:危老师}}放学后留他补了一学期，现在到中等了。闺女小，学得快，一口福建腔的普通话，回家还教我说这边的土话。我们娘仨在家说蒙语，出门说普通话，闺女说她长了两条舌头。
访谈者：孩子们想家吗？
受访者：想。儿子说这边山太多，看不远。他爸在的时候带他去{{trap/place:莫日格勒河}}边上套马，去{{trap/minority_word:敖包}}那儿转三圈。小叔子{{minority/mongolian:布和扎布}}还在放羊，每年秋天寄一箱风干肉过来，我煮一锅，茶场的人都来尝。我们那儿见面先倒{{trap/minority_word:奶茶}}，这边见面先泡茶，都是一个意思。
访谈者：您自己身体怎么样？
受访者：腰不行，采一天直不起来。可不敢歇，闺女的书包、儿子的鞋，都得从这一筐一筐里出来。前阵子导游领着客人在{{trap/place:九曲溪}}坐竹排，讲{{trap/famous:朱熹}}在这儿教书，我站在山上听。我想，我的娃也得好好念书。
访谈者：登记信息请您说一下。
受访者：我们住{{address:武夷山市星村镇黄柏村茶场宿舍3号楼106室}}，老家在{{address:陈巴尔虎旗东乌珠尔苏木巴彦哈达嘎查三组8号}}。我身份证{{id_number@wy1986spaced.150725}}，儿子的{{id_number@my2012hyphen.150725}}。我电话{{mobile@s38}}，{{han:有桂香}}的{{mobile@plus86}}。我微信叫{{wechat:nari_chashan86}}。儿子的QQ是他拿茶梗在桌上摆给我看的：{{qq:48207361}}。
访谈者：表上的名字都写对了吗？
受访者：没有。补助表上我是{{spaced:纳 日 其 其 格}}，儿子的医保卡上成了{{spaced:额尔德尼　巴特尔}}，闺女的疫苗本上是{{spaced:苏　日　塔　娜}}，社工站的签到表上把人家写成了{{spaced:夏 侯 晓 岚}}。
访谈者：最后还想说点什么？
受访者：盼俩娃平平安安长大，攒够了钱带他们回草原看奶奶。这几年最该谢的，是{{han:有桂香}}。
""")

# H922: Kham Tibetan father from 德格 who carves wood in a 南平 furniture factory; his children are with their grandmother.
DOCS["H922"] = ("family", """\
访谈者：师傅，您这刻的是什么花？
受访者：牡丹缠枝，床头板上用的。我在{{trap/place:延平区}}这家红木家具厂刻了四年了。我叫{{minority/tibetan:呷绒泽仁}}，藏族，{{trap/place:德格}}人，老家在{{trap/place:麦宿}}，那边家家都会木雕。厂里的工资卡上写的是{{minority/tibetan:邓呷绒}}，我户口上本来就有个汉姓。车间里的人叫不惯藏名，都喊我{{han:邓师傅}}。
访谈者：怎么到福建来了？
受访者：老板{{han:翁德茂}}去{{trap/place:甘孜}}收老木料，看见我刻的{{trap/minority_word:经板}}，说你来我厂里，一个月给你八千。我在老家一年挣不到三万，娃娃要念书，老阿妈要吃药，就来了。
访谈者：您这手艺跟谁学的？
受访者：跟我舅舅，十五岁开始学，先磨刀，磨了一年才让上木头。麦宿那边刻的是佛像、经板、藏柜上的花，一刀一刀都有讲究。来了这边，刻的是牡丹、喜鹊、八仙，图样不一样，刀法是通的。头一个月我刻坏了三块板子，{{han:翁老板}}没扣我钱，说慢慢来。
访谈者：家里现在谁在？
受访者：三个娃娃都跟着我阿妈{{minority/tibetan:志玛央宗}}在老家。娃娃的阿妈{{minority/tibetan:阿泽拉姆}}四年前去了{{trap/place:成都}}，说去打工，后来就不回来了，听说又成了家。阿妈七十一了，眼睛不好，一个人带三个，我心里不踏实。
访谈者：孩子们多大？
受访者：老大{{minority/tibetan:洛绒彭措}}十三，在{{school:德格县麦宿镇寄宿制学校六年级（2）班}}，住校，周五回家，我们叫他{{minority/tibetan:小洛绒}}。老二是丫头，{{minority/tibetan:松吉翁姆}}，十岁，也在那个学校，{{school:麦宿镇寄宿制学校三年级（1）班}}。老三{{minority/tibetan:呷玛多吉}}六岁，生下来就听不见，去年在{{trap/place:康定}}装了人工耳蜗，现在能喊阿爸了。{{minority/tibetan:呷玛多吉}}他喊第一声的时候，阿妈打视频给我，我在车间里哭得刻刀都拿不住。
访谈者：老阿妈身体还好吗？
受访者：不大好。去年冬天她摔了一跤，手腕骨折，是老大背着她走了两里雪路到乡卫生院。十三岁的娃娃，背着七十岁的老人。卫生院的{{minority/tibetan:根秋呷玛}}大夫给接的骨，说这娃娃了不起。我在车间里听说了，一宿没睡。那以后我每天晚上九点准时打视频，看一眼阿妈，看一眼三个娃，心才放下。寄宿学校的生活老师{{minority/tibetan:夏嘎}}也常给我发丫头吃饭、睡觉的照片。
访谈者：补助是怎么办的？
受访者：村里的儿童主任{{minority/tibetan:格绒翁加}}，是我小时候一起放牛的。他说娃娃的阿妈不管了，我又不在家，老三还是残疾，就报了困境儿童，老三办了残疾证，拿残疾人两项补贴，阿妈进了低保。县{{trap/org:民政局}}的{{han:罗永清}}上门核的，他也是藏族，汉名叫惯了。人工耳蜗是{{trap/org:残联}}的项目，一分钱没花。
访谈者：厂里的人对您好吗？
受访者：好。车间主任{{han:被志强}}，姓被，被子的被，这个姓我头一回听。{{han:被志强}}被厂里评过先进，他手把手教我用电动刻机，说藏族师傅手上有东西，机器替不了。每年过{{trap/minority_word:藏历年}}，{{han:翁老板}}放我半个月假，来回车票厂里出。仓库的{{han:把春来}}把闺女穿小的衣裳收拾了两大包，让我寄回去给丫头。厂里做账的大姐{{compound:欧阳蕙兰}}帮我在手机上开了网银，往家里转钱不用跑银行了。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{minority/tibetan:生龙降拥}}老师，每个礼拜在微信上给我发一回娃的作业。老大画画好，刻东西也有样子，老师说他像我。丫头爱唱，学校的{{trap/minority_word:锅庄}}她跳在头一个。县社工站的{{compound:呼延若曦}}隔一个月去家里一趟，给阿妈量血压，她同事{{compound:申屠明川}}教老三说话，一个音一个音地教。
访谈者：您多久回去一趟？
受访者：一年一趟，过年回。从{{trap/place:南平}}坐车到成都，再坐一天一夜的车，翻{{trap/place:雀儿山}}，过了{{trap/place:金沙江}}就到家了。平时晚上下了班打视频，老大给我讲{{trap/famous:格萨尔}}的故事，说是{{trap/org:德格印经院}}里的喇嘛讲的。我哥{{minority/tibetan:土登格勒}}在寺里，常去看娃娃，给阿妈挑水劈柴。
访谈者：您自己怎么打算？
受访者：再干三年，攒下钱回麦宿开个木雕铺子，把娃娃带在身边。这边的木头好，可是刻什么都想着家里。
访谈者：登记信息请您说一下。
受访者：厂里宿舍是{{address:南平市延平区炉下镇工业园区红木厂宿舍2号楼305室}}，老家在{{address:德格县麦宿镇普马村二组17号}}。我身份证{{id_number@my1984quad.513330}}，老三的{{id_number@my2019.513330}}。我电话{{mobile@hyphen}}，{{minority/tibetan:格绒翁加}}的{{mobile@s74}}。我的微信{{wechat:wxid_garong84k2}}，老大的QQ号{{qq:731940528}}，他在学校机房上。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上阿妈是{{spaced:志 玛 央 宗}}，学校的表上丫头是{{spaced:松吉　翁姆}}，厂里的工伤保险单上我成了{{spaced:呷 绒 泽 仁}}，社工站的表上把人家写成{{spaced:呼　延　若　曦}}。
访谈者：最后还想说点什么？
受访者：谢谢老板，谢谢村里。娃娃们在家等我，我也在这边等着回去那一天。
""")

# H923: Kazakh father from 富蕴 who drives a coal truck in 淮南; his wife is paralysed.
DOCS["H923"] = ("family", """\
访谈者：师傅，您拉一趟煤要多久？
受访者：从{{trap/place:谢家集}}的煤场装车，拉到{{trap/place:田家庵}}的电厂，来回三个钟头，一天四趟。我叫{{minority/kazakh:塔斯波拉提·托合塔尔}}，哈萨克族，{{trap/place:富蕴}}人。车队的人念不顺{{minority/kazakh:塔斯波拉提}}，干脆叫我{{han:老塔}}。
访谈者：一个新疆人，怎么到{{trap/place:淮南}}来开车？
受访者：我媳妇是淮南人，叫{{han:孙晓芹}}。十几年前她在{{trap/place:可可托海}}的矿上做饭，我在那边拉矿石，就认识了。后来她爸妈老了，身边没人，我们一家就搬回来了。老丈人在{{trap/org:淮南矿业集团}}下了一辈子井。
访谈者：您爱人现在怎么样？
受访者：瘫了。前年冬天她骑电动车去接闺女，在路口让渣土车刮倒，伤了脊髓，胸口往下都没知觉。医院住了半年，钱花光了，车队的兄弟凑了四万多。现在她躺在床上，翻身、擦洗、接屎接尿，白天靠她妈{{han:鲍凤英}}，晚上靠我。{{han:孙晓芹}}她老说，{{han:老塔}}，我拖累你了。我说你别说这话，你当年跟我去富蕴吃了多少苦。
访谈者：开煤车危险吗？
受访者：危险。车重，刹车烫，下坡得一脚一脚点着。冬天雾大，{{trap/place:淮河大桥}}上看不见五米，我开着双闪一点一点挪。最怕的是困，夜里眼皮打架，我就把窗户摇下来唱我们的歌，唱着唱着就到了。车队里原来还有两个新疆的，一个回去了，一个改开出租，就剩我一个。
访谈者：孩子们呢？
受访者：儿子{{minority/kazakh:哈力别克·塔斯波拉提}}十二，在{{school:田家庵区舜耕小学六年级（3）班}}，学校电脑里非要有个姓，给他跟了他妈的姓，登成{{minority/kazakh:孙哈力别克}}，家里叫他{{minority/kazakh:哈力}}。闺女{{minority/kazakh:扎克孜亚·塔斯波拉提}}八岁，在{{school:舜耕小学二年级（4）班}}，学籍卡上是{{minority/kazakh:孙扎克孜亚}}，我叫她{{minority/kazakh:孜亚}}。{{minority/kazakh:孜亚}}她放学先给她妈揉腿，再写作业。
访谈者：谁在帮你们？
受访者：社区的{{han:和秀娟}}。我去社区问低保，跟{{han:和秀娟}}一说，{{han:和秀娟}}和我一起把表填了，一个字一个字地教我。媳妇办了肢体一级残疾，拿残疾人两项补贴，家里进了低保，两个娃按困境儿童报了，每人每月{{trap/number:六百八十元}}。区{{trap/org:残联}}的{{han:汤立新}}送来一张护理床，能摇起来，媳妇能坐着看电视了。车队长{{han:苗振和}}和调度说好了，把我排在白班，说晚上你得回家给媳妇翻身。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:储晓雯}}老师，知道家里的事，中午让他在学校吃饭，饭钱学校免了。社区请的康复师{{compound:南宫宇航}}每周来两回，教媳妇练胳膊，她带的实习生{{compound:公西若兰}}陪闺女读绘本。律师{{compound:濮阳文博}}帮我们跟渣土车的老板打官司，赔了一部分，一分钱代理费没要。
访谈者：您爱人能做康复吗？
受访者：医生说脊髓伤成这样，腿是站不起来了，胳膊还能练。{{compound:南宫宇航}}教她拿勺子，拿了三个月，现在能自己吃饭了。那天她自己吃完一碗面，哭了，说总算不用你喂了。儿子在边上拍手，闺女跑去给她拿纸擦嘴。闺女还给她梳头、剪指甲，有回老师让写家里的事，闺女写：我的妈妈躺在床上，可她是最好的妈妈。老师拍了照发给我，我在车里看了半天。
访谈者：老家还有人吗？
受访者：阿爸{{minority/kazakh:托合塔尔·吾拉尔}}七十了，还在{{trap/place:额尔齐斯河}}边上放羊，弟弟{{minority/kazakh:森别克·托合塔尔}}跟着他。{{minority/kazakh:森别克}}每年冬天宰了马，把{{trap/minority_word:马肠子}}灌好寄过来。过{{trap/minority_word:纳吾鲁孜节}}，我在家煮一锅，楼上楼下都来尝。儿子会弹两下{{trap/minority_word:冬不拉}}，是他爷爷教的，弹得不成调，他妈躺在床上听着直笑。
访谈者：淮南住得惯吗？
受访者：惯了。这边人爱喝{{trap/word:牛肉汤}}，早上一碗，跟我们喝奶茶一样。周末我带儿子去{{trap/place:八公山}}，他在山上看见{{trap/famous:刘安}}的像，回来说豆腐是淮南王做出来的，非要他姥姥做豆腐给他妈吃。
访谈者：登记信息请您说一下。
受访者：这边住{{address:淮南市田家庵区舜耕镇山南社区14栋2单元503室}}，富蕴的家是{{address:富蕴县可可托海镇塔拉特村牧业二队6号}}。我身份证{{id_number@my1983fw.654322}}，儿子的{{id_number@my2013tri.654322}}。我电话{{mobile@spaced}}，{{han:和秀娟}}的{{mobile@p86h}}。我微信是{{wechat:tas_meiche83}}。儿子的QQ，他念一个数我写一个：{{qq:2094716385}}。
访谈者：表上的名字写得对吗？
受访者：乱的。低保表上儿子是{{spaced:哈力别克 · 塔斯波拉提}}，车队的合同上我是{{spaced:塔 斯 波 拉 提}}，闺女的医保卡上是{{spaced:扎　克　孜　亚}}，媳妇的残疾证上成了{{spaced:孙 晓 芹}}。
访谈者：最后还想说点什么？
受访者：盼媳妇能坐起来，能下床走两步。盼两个娃好好念书。要谢的人多，头一个是{{han:和秀娟}}。
""")

# H924: Yi grandmother from 昭觉 raising three grandchildren whose parents work in Fujian.
DOCS["H924"] = ("family", """\
访谈者：阿妈，您带三个孙子几年了？
受访者：五年了。我汉话说不好，说慢点你别嫌。我叫{{minority/yi:俄木伍果}}，我们彝族先说家支，俄木是我娘家的家支，{{minority/yi:伍果}}是我的名字。家在{{trap/place:昭觉}}，山上，{{trap/place:凉山}}最高的那一片。
访谈者：孩子的爸爸妈妈在哪儿？
受访者：在{{trap/place:福建}}，{{trap/place:建瓯}}的竹子厂，做竹板子。儿子叫{{minority/yi:吉史拉日}}，厂里的人叫他{{minority/yi:吉拉日}}，工牌上是他自己起的汉名{{han:吉文斌}}。儿媳妇{{minority/yi:莫色阿牛}}在厂里食堂洗碗。两个人一年回来一趟，{{trap/minority_word:彝族年}}回来，住十天就走。老伴{{minority/yi:吉史尔哈}}八年前上山砍柴，摔下了崖，家里就剩我一个大人。
访谈者：三个孙子多大了？
受访者：大的{{minority/yi:吉史石哈}}十二，在{{school:昭觉县竹核乡中心校五年级（2）班}}，学校花名册上写的是{{minority/yi:史石哈}}，我喊他{{minority/yi:石哈}}。孙女{{minority/yi:吉史尔果}}九岁，在{{school:竹核乡中心校三年级（3）班}}，{{minority/yi:尔果}}她会背{{trap/famous:支格阿鲁}}的故事，背得比我还全。小的{{minority/yi:吉史此日}}五岁，在村里的{{trap/word:幼教点}}，老师给写成了{{minority/yi:吉此日}}，{{minority/yi:此日}}他天天跟着姐姐屁股后头跑。
访谈者：您一个人带三个，怎么忙得过来？
受访者：忙不过来也得忙。天不亮起来烧火，煮洋芋、{{trap/word:苦荞}}饭，喂猪喂鸡，送小的去幼教点。白天下地，种洋芋、种玉米。晚上{{minority/yi:石哈}}给我翻译老师发来的通知，我听不懂汉话，全靠他。冬天山上冷，三个娃挤在火塘边写作业，我给他们披{{trap/minority_word:查尔瓦}}。
访谈者：孩子们身体怎么样？
受访者：小的去年得了肺炎，烧得说胡话。夜里我背着他走山路去乡卫生院，走了两个钟头。卫生院的{{han:杨朝光}}大夫给打了针，又让住了三天，钱是合作医疗报的。大孙子那几天没上学，在家喂猪、做饭、照看妹妹。我说你去上学，他说{{trap/minority_word:阿嫫}}你一个人不行。
访谈者：家里的房子怎么样？
受访者：前几年易地搬迁，从山顶搬到了半山腰，新房子是砖的，有自来水，有电灯。以前住土房子，人和猪在一个屋里，下雨就漏。搬进新房那天，儿子从福建打视频，看着就哭了，说你总算不用挑水了。现在娃们上学也近了，走半个钟头就到。我在屋后种了一片苦荞和洋芋，养了两头猪，过年杀一头，一头卖了给娃们买衣裳。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{minority/yi:沙马伍哈}}，年轻小伙子，大学毕业回来的。{{minority/yi:沙马伍哈}}说，娃的爸妈在外头，你年纪又大，要报留守困境儿童。乡里管民政的{{han:马春兰}}来家里看过，她也是彝族，汉名叫惯了。驻村的第一书记{{han:把永康}}，姓把，就是把门关上的那个把。{{han:把永康}}把三个娃的材料装在一个袋子里，跑了三趟县{{trap/org:民政局}}。我家进了低保，三个娃的{{trap/word:营养餐}}学校管，娃们中午有鸡蛋、有肉，大孙子一年长了五公分。{{han:把书记}}还给我修了灶，不冒烟了。
访谈者：学校那边呢？
受访者：大孙子的老师{{minority/yi:俄底尔呷}}，是我们彝族，周末来家里给{{minority/yi:石哈}}补课。支教的大学生{{compound:百里望舒}}教娃们唱歌，还有个叫{{compound:闻人若溪}}的女娃教画画，孙女画了一张她爸在竹子厂的样子，画得跟真的一样。
访谈者：儿子儿媳往家里打电话吗？
受访者：打视频，孙女抱着手机不撒手。小的不认他妈，喊她阿姨，儿媳妇在那头哭。我说你们回来吧，儿子说在福建一个月挣七千，在家挣不到。我也知道，家里的房子是他们寄钱盖的。{{trap/minority_word:火把节}}的时候，村里杀鸡宰羊，{{trap/minority_word:毕摩}}来念经，三个娃穿上新衣裳，就是爸妈不在。
访谈者：登记信息请您说一下。
受访者：家在{{address:昭觉县竹核乡木渣洛村三组12号}}，儿子在福建住{{address:建瓯市东峰镇竹业园区职工宿舍B栋208室}}。我身份证{{id_number@woldtri.513431}}，大孙子的{{id_number@my2013x.513431}}。我没手机，儿子的电话{{mobile@fullwidth}}，{{minority/yi:沙马伍哈}}的{{mobile@h38}}。儿子的微信{{wechat:jishi_lari88}}，大孙子在学校申请了QQ，号码{{qq:３０６２８４１７}}。
访谈者：表上的名字写得对吗？
受访者：我不识字，是大孙子看的。他说低保表上我是{{spaced:俄 木 伍 果}}，他自己在学籍上是{{spaced:吉史 石哈}}，妹妹的是{{spaced:吉　史　尔　果}}，他妈在厂里的名单上是{{spaced:莫色 阿牛}}。
访谈者：最后还想说点什么？
受访者：我老了，盼三个娃念出书来，不要像他爸妈那样出去卖力气。我最放心不下的是{{minority/yi:吉史此日}}。
""")

# H925: Han mine widow in 潘集区 (淮南) with two children.
DOCS["H925"] = ("family", """\
访谈者：大姐，您家{{han:老晏}}是哪年出的事？
受访者：前年十一月。他在{{trap/place:潘集区}}的煤矿上干综采，上夜班，工作面片帮，一块大煤砸下来，人当场就不行了。他叫{{han:晏德福}}，四十一岁。我叫{{han:苗翠萍}}，矿上的人都叫我{{han:晏家嫂子}}。那天夜里两点，电话一响我就知道不好，可我没想到是他。
访谈者：出事以后是怎么过来的？
受访者：头三个月跟做梦一样。矿工会的{{han:让国平}}，姓让，就是{{trap/word:让座}}的让，那天夜里是{{han:让国平}}让车把我接到矿上的。后来赔偿、丧葬、抚恤，我一样都不懂，全让{{han:让国平}}帮我看着签。矿上赔了{{trap/number:一百零六万}}，我存了定期，大半写的俩孩子的名字，谁也不让动。
访谈者：孩子们多大？
受访者：儿子{{han:晏小满}}十四，在{{school:潘集区第二中学八年级（6）班}}，小名叫{{han:小满子}}。闺女{{han:晏欣悦}}七岁，在{{school:潘集区芦集小学一年级（2）班}}。{{han:晏小满}}他爸走了以后就变了，不说话，逃课去网吧，一待一宿。班主任{{han:姬雪梅}}老师半夜骑电动车去网吧把他拎出来，送到我门口，她自己也有孩子要管。
访谈者：后来呢？
受访者：社区请了个心理咨询师，{{compound:左丘明慧}}，一个礼拜跟他聊一回。头几回他一句不说，后来说了，说那天晚上他爸出门前跟他吵了一架，为他玩手机，他一直觉得是他把他爸气走的。说完哭了一场，哭完好多了。区社工站的{{compound:太史文瑾}}带他去打篮球，他现在一周去三回，话也多了。
访谈者：补助这块有人帮吗？
受访者：社区的儿童主任{{han:凤玉兰}}，两个孩子按困境儿童报了，每人每月{{trap/number:五百九十元}}。我婆婆{{han:鲁桂兰}}中风在床上，她那份残疾人两项补贴也是{{han:凤玉兰}}跑下来的。区{{trap/org:民政局}}的{{han:仝海潮}}来家里核过，一进门看见墙上{{han:老晏}}的照片，站了半天没说话。
访谈者：身边还有谁帮衬？
受访者：对门的{{han:也红霞}}，她男人跟我家的是一个工作面的，也是那回没的。{{han:也红霞}}也是一个人带俩孩子，我们俩搭伙，她早上送四个孩子上学，我晚上做四个人的饭。她姓也，{{trap/word:也许}}的也，街坊都说这姓少见。{{han:老晏}}班上还有个彝族小伙子{{minority/yi:阿尔日哈}}，{{trap/place:凉山}}来的，那回砸断了一条腿。{{minority/yi:日哈}}他伤好了，每个月拎着一袋米来看我们，说晏师傅带了他三年。
访谈者：您婆婆的身体呢？
受访者：{{han:老晏}}走了以后，老太太一口气没上来，中风了，半边身子不能动。每天早上我给她擦身子、喂饭，中午闺女放学回来给她读报纸。老太太说不出话，就拿好的那只手摸闺女的头。社区医院的{{han:闵卫东}}大夫每个月上门给她量血压、开药。
访谈者：您现在做什么工作？
受访者：矿上照顾，给我在洗衣房安排了活，一个月两千八。早上洗工装，一身一身全是煤，水都是黑的。干完回家伺候婆婆，晚上辅导闺女写作业。儿子看我累，周末把地拖了，碗也刷了。我看这个{{trap/word:苗头}}，心里才踏实一点。律师{{compound:公羊子谦}}帮我们把工伤认定的事办完了，一分钱没收。
访谈者：您想过再成个家吗？
受访者：有人给我介绍过，我没见。两个孩子还小，婆婆离不开人，我走了谁管。再说我心里还装着他。他是个老实人，下了二十年井，每回升井都先给我打个电话，说我上来了。现在到了下午四点，我还是会看一眼手机。
访谈者：孩子们现在怎么样？
受访者：闺女小，不大懂，老问爸爸啥时候下班。儿子课本上学{{trap/famous:鲁迅}}，回来跟他奶奶说，奶奶你也姓鲁。老太太嘴歪着也笑了。我想带他们去{{trap/place:淮河}}边上走走，他爸以前老带他们去，可我一到河边就想哭，就没去成。
访谈者：登记信息请您说一下。
受访者：家在{{address:淮南市潘集区田集街道矿工新村6栋1单元302室}}，婆婆的户口在{{address:潘集区架河镇晏圩村四组15号}}。我身份证{{id_number@wy1985x.340406}}，闺女的{{id_number@wy2018fwhyphen.340406}}。我电话{{mobile@s434}}，{{han:让国平}}的{{mobile@plus86dash}}。我的微信{{wechat:miaocuiping_1985}}，儿子的QQ{{qq:53081769}}，{{han:姬雪梅}}老师让我加着，好看他半夜在不在线。
访谈者：表上的名字写得对吗？
受访者：有错的。抚恤单上是{{spaced:晏 德 福}}，闺女的学籍上成了{{spaced:晏欣 悦}}，心理咨询的记录上是{{spaced:左 丘 明 慧}}，婆婆的残疾证上是{{spaced:鲁　桂　兰}}。
访谈者：最后还想说点什么？
受访者：把两个孩子拉扯大，就算对得起他了。这两年，最难的时候守着我的，是{{han:也红霞}}。
""")

# H926: Han community worker in 田家庵区 (淮南) reading out her list of children in distress.
DOCS["H926"] = ("staff", """\
访谈者：{{han:和大姐}}，您手上是哪个名单？
受访者：我们社区的困境儿童台账。我叫{{han:和秀娟}}，在{{trap/place:田家庵区}}舜耕镇山南社区当儿童主任，干了六年了。姓和，{{trap/word:和睦}}的和。台账上十三个孩子，今天说五户，我照着念。
访谈者：好，您念。
受访者：第一户，哈萨克族，{{minority/kazakh:哈力别克·塔斯波拉提}}，男，十二岁，妹妹{{minority/kazakh:扎克孜亚}}八岁。爸爸{{minority/kazakh:塔斯波拉提}}开煤车，妈妈{{han:孙晓芹}}车祸瘫痪，一级残疾。两个孩子按困境儿童，妈妈拿两项补贴，家里低保。{{minority/kazakh:哈力别克}}他作文写过他妈妈，题目叫《会摇的床》，老师念的时候全班都哭了。
访谈者：第二户？
受访者：第二户姓就，{{trap/word:就业}}的就。{{han:就一鸣}}，男，十岁，在{{school:田家庵区龙泉小学四年级（5）班}}。爸爸{{han:就文斌}}帮人运毒，判了九年，在{{trap/place:合肥}}服刑；妈妈早走了。{{han:就一鸣}}就跟着奶奶过，奶奶扫大街。报的服刑人员子女补助。他奶奶叫他{{han:鸣鸣}}，我们也跟着叫。
访谈者：第三户？
受访者：第三户，{{han:还玉芬}}带着孙女。{{han:还玉芬}}还在捡废品，七十三了。儿子欠了网贷，{{trap/word:还款}}还不上，跑了，三年没音信；儿媳改嫁。孙女{{han:还思雨}}，九岁，{{school:田家庵区朝阳小学三年级（2）班}}，按事实无人抚养报的，每月{{trap/number:一千一百五十元}}。我跟{{han:还思雨}}说，有事找{{han:和奶奶}}，她就天天放了学来社区写作业。
访谈者：第四户？
受访者：第四户是彝族，{{trap/place:凉山}}来的。爸爸{{minority/yi:阿尔日哈}}在潘集的矿上砸断了腿，为了看病，在我们这儿租了房。妈妈{{minority/yi:吉克阿果}}在饭店洗碗。儿子{{minority/yi:阿尔木呷}}七岁，刚上一年级，在家大人叫他{{minority/yi:小木呷}}。{{minority/yi:吉克阿果}}汉话不好，来社区办事，都是{{minority/yi:小木呷}}给她翻。户口不在这边，补助得回老家办，我们先给孩子报了社区的爱心午餐。
访谈者：第五户？
受访者：第五户，孤儿。{{han:储浩然}}，男，十一岁，爸爸肝癌走了，妈妈前年车祸走了，跟着姑姑{{han:储红梅}}。孤儿基本生活费每月{{trap/number:一千六百二十元}}。{{han:储红梅}}自己也不宽裕，在{{trap/place:龙湖}}边上卖早点，可她说，只要她有一口，就有孩子一口。
访谈者：谁跟您一起跑这些户？
受访者：区{{trap/org:民政局}}儿童福利股的{{han:谢长青}}，每季度下来一回。区社工站的{{compound:上官琬琰}}，她的督导{{compound:司寇明哲}}专门跟{{han:就一鸣}}聊。{{han:就一鸣}}去年去合肥探过一回监，回来一个礼拜不吃饭，是{{compound:司寇明哲}}陪着他缓过来的。
访谈者：您入户都看些什么？
受访者：看孩子吃的、睡的、穿的，看作业本，看身上有没有伤。{{han:就一鸣}}家我一个礼拜去一趟，他奶奶眼睛不好，药瓶上的字看不清，我拿红笔写成大字贴上。彝族那家，头一回去，{{minority/yi:吉克阿果}}端出一盆{{trap/minority_word:坨坨肉}}，非要我吃，说这是待客的。我吃了两块，她才高兴。
访谈者：这些孩子最难的是什么？
受访者：钱的事政策都有。难的是没人陪，没人说话。我们社区办了个四点半课堂，放了学孩子们来写作业，退休的老教师轮流来看，{{han:汪德才}}才退休两年，来得最勤。社区就三个人，我还管着养老。我女儿上初中，有时候我顾不上她，她就自己下面条，说妈妈你去管那些小朋友吧，我大了。我听了又高兴又难受。我家就在社区后头，谁家孩子夜里有事，敲我窗户就行。去年腊月，半夜十二点有人敲窗户，是{{han:还思雨}}，她奶奶发高烧说胡话。我叫了车把老太太送到医院，在走廊里陪孩子坐到天亮，孩子靠着我睡着了，手里还攥着她奶奶的老年卡。
访谈者：这些户的登记信息呢？
受访者：就家住{{address:田家庵区舜耕镇山南社区9栋1单元102室}}，{{han:就一鸣}}的身份证{{id_number@my2015plain.340403}}。还家住{{address:田家庵区洞山街道老菜市巷21号}}，{{han:还思雨}}的{{id_number@wy2016fwspaced.340403}}。我电话{{mobile@plain}}，{{han:谢长青}}的{{mobile@fws}}。我微信是{{wechat:hexiujuan_shannan}}，QQ{{qq:1538092746}}，家长有事在上面找我。社区的家长群，群号{{trap/number:728415093}}，只发通知。
访谈者：台账上的名字写得一样吗？
受访者：不一样。民政系统里是{{spaced:就 一 鸣}}、{{spaced:还　思　雨}}、{{spaced:阿 尔 木 呷}}，社工站的表上又写成了{{spaced:上 官 琬 琰}}。
访谈者：最后您想说什么？
受访者：台账上是十三个名字，在我心里是十三个孩子。一个都不能落下。
""")

# H927: Han middle-school class teacher in 寿县 (淮南).
DOCS["H927"] = ("teacher", """\
访谈者：{{han:才老师}}，您带的是哪个班？
受访者：{{school:寿县第三中学八年级（4）班}}。我叫{{han:才雅琴}}，教数学，当班主任八年了。我这个姓，学生第一次见都笑，说老师姓才，{{trap/word:才能}}的才。班上五十二个人，爸妈在外打工的三十来个，真正难的有五个，我一个一个说。
访谈者：好。
受访者：第一个，{{han:要振宇}}，男，十四岁。爸爸三年前在{{trap/place:宁波}}工地上触电走了，妈妈改嫁到{{trap/place:六安}}，不大来往。跟着爷爷过，按事实无人抚养报的。{{han:要振宇}}要强，成绩一直前五，可他爷爷今年查出肺癌。他跟我说，{{han:才老师}}，我不念了，我去打工给爷爷看病。我说这事{{trap/word:要紧}}，你先别急，咱们想办法。
访谈者：后来呢？
受访者：我找了镇上的儿童主任{{han:台秀英}}，{{han:台秀英}}帮他爷爷办了大病救助，又联系了{{trap/org:红十字会}}。{{han:要振宇}}现在还在念，晚上在我办公室写作业，写完了我送他回家。
访谈者：第二个呢？
受访者：第二个{{han:向可欣}}，女娃。妈妈有精神病，爸爸{{han:向德胜}}偷电动车判了三年。我向{{han:向可欣}}的奶奶打听过，家里就靠奶奶种的两亩地。{{han:向可欣}}{{trap/word:向来}}不哭，可有一回作文写她妈，写着写着眼泪掉在本子上。她的QQ是{{qq:640318297}}，半夜想她妈了就给我发消息。
访谈者：第三个？
受访者：第三个{{han:寿天佑}}，男娃，两条腿先天有毛病，拄着拐来上学。他姓寿，跟咱{{trap/place:寿县}}一个字，同学们叫他{{han:寿县长}}，他也乐。爸爸在{{trap/place:上海}}跑外卖，妈妈在家照顾他，他拿残疾人两项补贴。上下楼不方便，我把我们班调到了一楼。
访谈者：第四个？
受访者：第四个是个女娃，{{han:方晓蒙}}。她妈妈是蒙古族，叫{{minority/mongolian:图门高娃}}，当年在{{trap/place:包头}}跟她爸认识，嫁到{{trap/place:正阳关}}来，过了十年，前年回了内蒙古，再没回来。户口本上她的名字是她妈起的，{{minority/mongolian:方格日勒花}}，她妈在电话里喊她{{minority/mongolian:格日勒花}}。她说她妈会唱歌，她也想学。班上排节目，她唱了一首蒙古歌，唱完跑到厕所里哭。
访谈者：第五个？
受访者：第五个{{han:柏松林}}，爸爸在淮南矿上出事没了，妈妈喝药没了，是孤儿，跟着大伯过，拿孤儿基本生活费。{{han:柏松林}}不爱说话，爱下象棋，全校没人下得过他。
访谈者：您平时怎么跟这些孩子联系？
受访者：QQ、微信都有。{{han:柏松林}}他大伯的微信{{wechat:baidabo_zhengyang}}，{{han:寿天佑}}的QQ{{qq:８２９１５４０３}}，{{han:方晓蒙}}用她爸的微信{{wechat:wxid_fangyl0217x}}给我发作业。周末我带他们去{{trap/place:安丰塘}}，给他们讲{{trap/famous:孙叔敖}}修塘，讲{{trap/place:八公山}}下{{trap/word:草木皆兵}}，讲{{trap/famous:谢安}}下棋。{{han:柏松林}}听了说，老师，我也要像{{trap/famous:谢安}}那样下棋下得稳。
访谈者：您家访都去哪儿？
受访者：骑电动车去，近的十几里，远的到{{trap/place:瓦埠湖}}边上。去年冬天去{{han:向可欣}}家，她奶奶正在地里拔萝卜，看见我，手在衣服上擦了半天才来拉我。屋里冷，就一个小太阳取暖器。回来我跟学校申请了两床新被子。{{han:要振宇}}家我去得最多，他爷爷化疗那阵，我带着饭去医院，爷孙俩一人一半。我儿子上小学，有时候我带他一起去，他跟{{han:柏松林}}下棋，输了不服，回家还要练。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:仇永刚}}定的，一个困难生配一个老师。县团委派来的支教大学生{{compound:第五思源}}陪{{han:要振宇}}做物理题，心理老师{{compound:端木听澜}}每个月跟{{han:向可欣}}谈一回。我班上还有个家长群，群号{{trap/number:375102846}}，是发通知的，孩子们的事我不在群里说。
访谈者：登记信息呢？
受访者：{{han:要振宇}}家在{{address:寿县正阳关镇北街村五组8号}}，{{han:向可欣}}家在{{address:寿县安丰塘镇戈店村二组27号}}。{{han:要振宇}}的身份证{{id_number@my2011hyphen.340422}}，{{han:向可欣}}的{{id_number@wy2012quad.340422}}。我电话{{mobile@plus86spaced}}，{{han:台秀英}}的{{mobile@hyphen}}。我的微信{{wechat:caiyaqin_math}}，QQ{{qq:2605817394}}。
访谈者：名册上的名字写错过吗？
受访者：错过。补助表上是{{spaced:要 振 宇}}、{{spaced:向　可　欣}}，学籍里是{{spaced:方 格 日 勒 花}}，支教的名单上成了{{spaced:第 五 思 源}}。
访谈者：最后您想说什么？
受访者：我想把这五个都送进高中。最让我放心不下的，是{{han:要振宇}}。
""")

# H928: Han grandfather in 凤台 (淮南) raising his orphaned grandson.
DOCS["H928"] = ("family", """\
访谈者：大爷，您带孙子几年了？
受访者：四年了，娃六岁那年开始的。我叫{{han:都德旺}}，{{trap/place:凤台}}人，姓都，都是的都。我们这个村姓都的多，{{trap/word:都市}}里的人听了都当是外号。村里小孩都叫我{{han:都爷}}。
访谈者：孩子的爸爸妈妈呢？
受访者：都没了。儿子{{han:都明亮}}是跑船的，在{{trap/place:茨淮新河}}上拉沙子。那年夏天发大水，下游一个孩子掉河里，他跳下去救，孩子救上来了，他没上来。县里给评了{{trap/word:见义勇为}}。儿媳妇{{han:邱雪梅}}第二年查出白血病，拖了一年多，也走了。临走拉着我的手，说爸，娃就交给你了。
访谈者：孙子现在多大？
受访者：十岁，叫{{han:都一航}}，在{{school:凤台县城关镇第二小学四年级（3）班}}，我们叫他{{han:小航子}}。{{han:都一航}}都快比我高了。他像他爸，胆子大，爱水，我不让他去河边，他就在洗澡盆里扑腾。
访谈者：一老一小，日子怎么过？
受访者：我六十八了，种三亩地，老伴{{han:邱桂珍}}去年摔断了腿，拄着拐做饭。娃早上自己起，自己上学，放学回来帮我喂鸡。孤儿基本生活费每月{{trap/number:一千五百三十元}}，我一分不动，都给他存着。我们爷俩吃我种的，穿亲戚给的，不缺啥。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:能桂英}}，姓能，能不能的能。{{han:能桂英}}能跑，报孤儿那一年，她骑个电动车，村里、镇上、县里跑了七八趟。县{{trap/org:民政局}}的{{han:凤长海}}来家里核的，看了儿子的见义勇为证书，说这个娃国家要管到底。镇上的{{han:庞校长}}免了娃的午饭钱。我有啥不懂的都去找{{han:能主任}}。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:戚晓燕}}老师说他数学好，就是作文写不长。有一回写《我的爸爸》，他只写了一句：我爸爸是英雄，他在河里。{{han:戚晓燕}}拿着本子来我家，我们俩都没说话。县社工站的{{compound:拓跋云岫}}每个月来两回，带他做手工，她同事{{compound:仲孙鹤年}}给他讲安全知识，教他遇到事先打{{trap/hotline:110}}，别自己往水里跳。
访谈者：那个被救的孩子家里还来往吗？
受访者：来往。那孩子叫{{han:黎浩宇}}，当年八岁，现在上初中了。每年清明，他妈{{han:殷秀芝}}领着他来给我儿子上坟，跪下磕头。头两年我不想见他们，一见就想起儿子。后来想通了，儿子拿命换回来的娃，活得好好的，我该高兴。现在{{han:黎浩宇}}跟我孙子处得像亲兄弟，暑假来我家住，两个娃睡一张床。
访谈者：孩子晚上睡得好吗？
受访者：头一年不好，半夜哭醒，喊妈妈。我就坐在他床边拍着他，给他讲他爸小时候的事，讲他爸偷西瓜让人追，讲他爸头一回开船撞了码头。他听着听着就笑了，笑着笑着就睡着了。现在好了，就是下雨打雷，他还要钻到我被窝里来。
访谈者：您自己身体怎么样？
受访者：血压高，腰也不行。我就怕哪天我倒了，娃没人管。我跟他大姑说好了，我要是不在了，娃跟她。他大姑{{han:都明霞}}在{{trap/place:淮南}}城里开理发店，每个礼拜天回来一趟，给娃剃头，给我们爷俩包饺子。
访谈者：过年过节怎么过？
受访者：正月里村里玩{{trap/word:花鼓灯}}，娃跟着跑一整天。清明我带他去他爸妈坟上，他跪在那儿说话，说他考了多少分，说爷爷腰又疼了。我在边上听着，不敢出声。村里人说淮河边上出过{{trap/famous:管仲}}那样的大人物，我说我不指望他当大人物，平平安安就行。
访谈者：登记信息请您说一下。
受访者：家在{{address:凤台县刘集镇都湾村七组19号}}。我身份证{{id_number@my1958.340421}}，孙子的{{id_number@my2015fw.340421}}。我电话{{mobile@p86n}}，{{han:能桂英}}的{{mobile@s38}}。{{han:都明霞}}给娃申请了个QQ，号码写在墙上：{{qq:7190452836}}。她的微信叫{{wechat:duminxia_lifa}}，娃的事她在上面跟老师说。
访谈者：表上的名字写得对吗？
受访者：有错的。低保表上我是{{spaced:都 德 旺}}，娃的学籍上是{{spaced:都　一　航}}，见义勇为的证书上他爸成了{{spaced:都明 亮}}，社工站的表上把人家写成了{{spaced:拓 跋 云 岫}}。
访谈者：最后您想说什么？
受访者：我就盼多活几年，把娃看到十八。这几年谢谁都谢不过来，头一个要谢的是{{han:能桂英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=921,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout116",))


if __name__ == "__main__":
    main()
