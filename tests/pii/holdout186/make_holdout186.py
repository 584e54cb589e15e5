# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 186 (tests/pii/holdout186/H1473-H1480 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; the trap strings were also checked once
against the trap strings of the earlier sets; set 187, written at the same time, is not an earlier set).

Set 186 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
铅山 and 弋阳 (上饶, Jiangxi): a Uyghur mother from 疏附 who bakes naan in 弋江镇, her Han husband in prison for
carrying fake cigarettes; a Kham Tibetan grandfather from 理塘 in 河口镇 raising the two children of his daughter,
whose Han husband fell from a scaffold and who has a psychiatric disability; a Mongolian mother from 东乌旗 who
keeps a village shop in 湖坊镇, her Han husband half-paralysed by a stroke; a Kazakh father from 特克斯 who leads
horses at the 龟峰 scenic area and lives with his Han wife's parents in 圭峰镇 since she lost a leg in a factory;
a Han 儿童主任 of a village in 石塘镇 reading out her list in the speech of 铅山 (渠, 冇, 么事, 崽); a Han
civil-affairs assistant of 圭峰镇 going through the yearly review, with phone calls; a Han head teacher of a
primary-school class in 永平镇 going down her roll; and the Han pastor of a small church in 漆工镇 whose members
run a Saturday homework class. The emphasis is on forms where a replacement might cover only part of a name, or
miss it, in a mix rather than one trick: Uyghur, Tibetan, Mongolian and Kazakh names used alone (米热依, 呷绒批措,
苏日古格, 哈那提别克) with short forms and forms of address made from them (孜拜, 小孜, 依依, 洛爷, 格勒, 丹丹,
老呼, 呼姐, 特哥, 特古勒, 老叶, 列列, 小别克, 小海丽), the Han-style names of the same children (占一鸣, 费雨桐,
双乐瑶, 官子豪) and a Han surname before a non-Han given name (占米热依, 费泽绒, 双特古勒, 倪萨吾列西, 官赛皮丁,
邹德庆, 童敖其尔); given name + father's name with the dot ·, ‧, ・, . or none (孜拜旦木·吐尔逊, 吐尔逊‧买买提,
阿不都热合曼・吐尔逊, 萨吾列西.叶斯包拉提, 哈木扎别克叶斯包拉提, 海丽且木乃斯尔江) and the father's name used
alone (吐尔逊都没了); Han names with rare surnames of the region (占, 衷, 缪, 揭, 练, 郏, 帅, 操, 宗, 危, 简, 官,
卜, 詹, 查, 柴, 葛, 盛, and the 畲 surnames 蓝, 雷, 钟); surnames and given characters that are grammar words,
right before grammar words, verbs and pronouns (过春燕过来, 邵又新又, 连玉珍连轴转, 从玉坤从没, 可晓晨可心细,
由美兰 ... 由她, 周再兴再过, 于得水得了, 毛得宝得了, 程正正读, 龚文杰倒是, 问春生问得, 卜秀华卜的是, 双永福他双手,
蓝晓樨她, 汪细根他, 葛长寿他) and after 被/让/跟/给/喊/叫/把 (被汪细水, 让汪细根, 跟詹小燕, 跟蔡思彤, 给毛得宝, 喊龚文杰, 叫申屠晓川,
把赫连峻熙);
names that contain words beside the same words used as words (所长青 and 所长, 于秋分 and 秋分, 童国庆 and 国庆节,
柴恩慈 and 恩慈, 左丘明川 and 左丘失明, 占国栋 and 占地方, 问春生 and 问题, 查警官 and 查来查去); a name inside a
shop or sign that is the person's (肉孜麦麦提大盘鸡, 程细毛杂货铺, “一鸣修车”); titles and kin words after names
(蓝晓樨老师, 简美玲老师, 可晓晨老师, 操文静老师, 危启明医生, 濮阳怀瑾医生, 赫连峻熙科长, 盛以琳姊妹, 金凤嫂; the
span is the name only); a surname with only a title or kin word, annotated whole (衷婶, 练主任, 问主任, 帅主任, 柴牧师,
查警官, 华弟兄, 宁校长); local nicknames, annotated whole (鸣崽, 铁牯); names at the start of a turn or
closing the last line (是由美兰。, 看不见汪梓骞。, 盼占国栋早点出来。); names spaced out character by character in
half- and full-width spaces (孜 拜 旦 木, 洛 绒 扎 西, 费　泽　绒, 呼 和 珠 拉, 叶 斯 包 拉 提, 于 得 水, 欧 阳 蔓 菁,
吐　尼　莎　罕, 次 旺 曲 珍, 赫　连　峻　熙, 海 丽 且 木, 左 丘 明 川, 万 俟 书 宁, 图 布 沁 宝 音), dotted names with
spaces around the dot (孜拜旦木 ‧ 吐尔逊, 哈木扎别克 · 叶斯包拉提, 叶斯包拉提 . 哈山) and names split in two (占　米热依,
泽绒　娜姆, 双 特古勒, 特古勒　都仁, 倪 萨吾列西, 周 再兴, 邹 德庆, 毛　得宝, 泽郎 拉姆, 东方 晞禾, 盛　以琳); compound
surnames after ordinary words (端木, 夏侯, 上官, 申屠, 皇甫, 濮阳, 欧阳, 诸葛, 赫连, 万俟, 左丘, 公良, 东方
after 社工/律师/的/叫/志愿者/康复师/派了/专家/哦，/老师, and 端木汀兰也来 opening a sentence); and numbers read out and written the
many ways people do (all fourteen mobile shapes of _setkit).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:衷婶}}``, ``{{qq:2817403956}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1989fwhyphen.653121}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 科长, 姊妹, 嫂) and a particle,
pronoun or verb written directly after a name (过来, 又, 连轴转, 从没, 可, 由她, 再, 得, 正, 倒是, 问, 卜, 他, 她, 说,
讲, 都) are outside the span; a surname with only a title or kin word (衷婶, 练主任, 柴牧师, 查警官, 华弟兄) and a
local nickname (鸣崽, 铁牯) are annotated whole. Han-style names of minority children (占一鸣, 费雨桐, 双乐瑶,
官子豪) are category han; a Han surname before a non-Han given name (占米热依, 费泽绒, 双特古勒, 倪萨吾列西,
官赛皮丁, 邹德庆, 童敖其尔) is category minority, and so are forms of address made from a non-Han name (小孜, 洛爷,
老呼, 呼姐, 特哥, 老叶, 列列, 小别克, 小海丽).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout186/make_holdout186.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(186_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'uyghur', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183", "185",
                   "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1473: Uyghur mother from 疏附 who bakes naan in 弋阳 (弋江镇); her Han husband is in prison.
DOCS["H1473"] = ("family", """\
访谈者：大姐，门口这个馕坑是您自己砌的？
受访者：是我男人砌的。我叫{{minority/uyghur:孜拜旦木·吐尔逊}}，老家{{trap/place:喀什地区疏附县}}。街上的人嫌名字长，都喊我{{minority/uyghur:孜拜}}，隔壁卖烫粉的{{han:衷婶}}干脆喊我{{minority/uyghur:小孜}}。
访谈者：怎么到弋阳来的？
受访者：我男人{{han:占国栋}}以前在新疆跑货车，我们在{{trap/place:艾提尕尔广场}}边上认得的，后来我就跟他回了{{trap/place:弋阳}}。前年他帮一个老板拉货，车上装的是假烟，判了三年，关在{{trap/place:南昌市}}的监狱里。
访谈者：孩子们呢？
受访者：两个。儿子户口上叫{{han:占一鸣}}，我喊他{{minority/uyghur:伊斯堪达尔}}，他奶奶喊他{{han:鸣崽}}，十一岁，在{{school:弋阳县弋江镇第二小学五年级（3）班}}。女儿{{minority/uyghur:米热依}}七岁，花名册上写的是{{minority/uyghur:占米热依}}，老师嫌拗口，叫她{{minority/uyghur:依依}}，在{{school:弋江镇东门小学一年级2班}}。
访谈者：家里现在靠什么过？
受访者：靠这个馕坑。早上五点和面，一天打两百个馕，一个卖三块。我婆婆{{han:缪桂香}}七十了，腿不好，帮我看女儿。馕坑太{{trap/word:占地方}}，城管来过两回，是社区说了情才让摆的。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:过春燕}}过来好几回，帮两个孩子报了服刑人员子女补助，一个人一个月{{trap/number:六百七十五块}}，又帮我们家办了低保。镇民政所的{{han:邵又新}}又跑了一趟南昌，开回来服刑证明。社工{{compound:端木汀兰}}每个礼拜来，陪{{minority/uyghur:伊斯堪达尔}}下棋说话。法律援助中心的律师{{compound:夏侯砚舟}}帮我们问减刑的事。
访谈者：婆婆跟您处得来吗？
受访者：刚来那几年处不来。她嫌我不吃猪肉，嫌我做菜放孜然，一家人吃饭要分两个锅。我男人出事以后，她反倒跟我近了。有天晚上她拉着我的手哭，说儿子不争气，苦了你。现在她早上帮我揉面，我给她炖羊肉汤，她腿疼，我给她抹新疆带来的药膏。
访谈者：馕卖得怎么样？
受访者：刚开始没人买，说像烧饼又不是烧饼。后来学校门口的家长买了给孩子当早饭，说顶饿，慢慢有了回头客。冬天生意好，夏天在馕坑边上站一会儿就一身汗。{{han:过春燕}}去菜市场管理处说了情，给我留了个摊位，不收管理费。
访谈者：孩子们知道爸爸的事吗？
受访者：儿子知道。有同学说他爸是劳改犯，他跟人打了一架。班主任{{han:蓝晓樨}}老师把他叫到办公室，没骂他，给了他一个本子，让他有话就写下来。{{han:蓝晓樨}}她说，孩子不坏，就是心里憋得慌。学校这学期讲{{trap/famous:方志敏烈士}}，儿子回来问我，坐过牢的人是不是都是坏人。我不晓得怎么答。女儿还以为爸爸在外面开大车，每回打完电话都问车开到哪里了。我说开到很远的地方，要开三年。她就在墙上画格子，一天划一道，我看着那面墙，心里跟刀割一样。
访谈者：儿子现在还跟人打架吗？
受访者：少了。{{compound:端木汀兰}}教他下象棋，说输了不许哭，赢了不许笑。他现在放学先做作业，再帮我卖馕，找钱比我还快。就是夜里睡不着，抱着手机问他爸以前的徒弟，监狱里冷不冷。
访谈者：您男人在里面怎么样？
受访者：一个月打一回亲情电话。狱警人不错，让他多讲了两分钟。{{han:占国栋}}说在里面学了修车，出来不开货车了，就在家门口开个修车铺。他在信里画了个修车铺，招牌上写着“{{han:一鸣}}修车”，儿子看了半天，把信夹在了语文书里。
访谈者：老家那边呢？
受访者：我爸{{minority/uyghur:吐尔逊‧买买提}}在疏附种杏子，身体不好，我阿妈{{minority/uyghur:再热古丽汗}}一个人照顾他。我哥{{minority/uyghur:阿不都热合曼・吐尔逊}}在{{trap/org:义乌小商品城}}卖干果，每个月给孩子们打五百块，{{trap/minority_word:肉孜艾提}}坐高铁过来，给孩子们做{{trap/minority_word:羊肉抓饭}}。上饶开大盘鸡店的老乡{{minority/uyghur:肉孜麦麦提}}也来，{{minority/uyghur:肉孜麦麦提}}大盘鸡就在火车站对面，他说新疆人在江西要互相顾着。
访谈者：孩子们在这边过得惯吗？
受访者：儿子弋阳话说得比我好，吃辣也比我行。女儿爱跳舞，过年在社区的{{trap/minority_word:麦西热甫}}上跳，社区给她拍了视频。她奶奶{{han:缪桂香}}原来不让我在家说维语，现在见了人也会说{{trap/minority_word:亚克西姆赛斯}}了。
访谈者：登记信息请您说一下。
受访者：家在{{address:弋阳县弋江镇新民路二巷47号}}，老家在{{address:疏附县托克扎克镇兰干村4组21号}}。我的身份证{{id_number@wy1989fwhyphen.653121}}，女儿的{{id_number@wy2017tri.361126}}。我电话{{mobile@s434}}，婆婆用的老人机是{{mobile@p86h}}。我微信{{wechat:Zibedem_kashgar_nang}}，儿子上网课的QQ是{{qq:2817403956}}。
访谈者：各种表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:孜 拜 旦 木}}，后面的{{minority/uyghur:吐尔逊}}都没了；学校把女儿写成{{spaced:占　米热依}}；补助的表又写成{{spaced:孜拜旦木 ‧ 吐尔逊}}。
访谈者：您最盼什么？
受访者：盼两个孩子莫被人看不起，盼{{han:占国栋}}早点出来。
""")

# H1474: Kham Tibetan grandfather from 理塘 in 铅山 (河口镇) raising the two children of his daughter, whose Han
# husband died on a building site and who has a psychiatric disability.
DOCS["H1474"] = ("family", """\
访谈者：爷爷，您是从四川过来的？
受访者：{{trap/place:甘孜藏族自治州}}{{trap/place:理塘高城镇}}的。我叫{{minority/tibetan:洛绒扎西}}，河口街上的人喊我{{minority/tibetan:洛爷}}，小孩子都跟着喊。
访谈者：怎么到铅山来了？
受访者：我女儿{{minority/tibetan:邓珠拉措}}在成都{{trap/place:武侯区}}打工，嫁给了铅山的{{han:费志勇}}。女婿前年在工地上从架子上摔下来，人没了。女儿受不了，脑子出了毛病，{{trap/org:上饶市第三人民医院}}说是精神分裂，办了精神残疾证。两个孩子没人带，我就从草原上下来了。
访谈者：孩子们多大？
受访者：外孙女十二岁，汉名{{han:费雨桐}}，藏名{{minority/tibetan:泽绒娜姆}}，学校花名册上写的是{{minority/tibetan:费泽绒}}，在{{school:铅山县河口镇第三小学六年级（2）班}}。外孙九岁，叫{{minority/tibetan:丹增格勒}}，名字是{{trap/org:理塘寺}}的{{minority/tibetan:呷玛降措}}喇嘛起的，我喊他{{minority/tibetan:格勒}}，同学喊他{{minority/tibetan:丹丹}}，在{{school:河口三小三（4）班}}。
访谈者：孩子们有哪些补助？
受访者：爸爸没了，妈妈是精神残疾，算事实无人抚养，一个孩子一个月{{trap/number:一千二百零五元}}，我女儿还有两项补贴。社区的儿童主任{{han:连玉珍}}{{trap/word:连轴转}}跑了三个礼拜，材料是她一张一张复印的。民政办的{{han:从玉坤}}{{trap/word:从没}}摆过架子，上门来核，坐在我家喝{{trap/minority_word:藏式甜茶}}。
访谈者：您女儿以前是什么样的？
受访者：小时候最爱笑，骑马比男娃娃还快。十八岁跟人到成都打工，在饭馆端盘子，认得了{{han:费志勇}}。我不同意，嫌他离得远。她不听，跟他走了，结婚那天我没去，后来想起来就后悔。女婿人老实，每年过年都带她回理塘，给我带铅山的茶叶。
访谈者：学校那边呢？
受访者：外孙女的班主任{{han:简美玲}}老师晓得她家里的事，中午留她在学校吃饭。外孙调皮，上课坐不住，{{han:简美玲}}跟他班上讲好，让他当了体育委员。县社工站的{{compound:上官棠溪}}每个月带两个孩子去医院看妈妈，还有个大学生志愿者叫{{compound:申屠晓川}}，周末教外孙女英语。
访谈者：您女儿现在怎么样？
受访者：吃药好一点了，认得人。主治的{{han:危启明}}医生说，药不能停，要有人看着吃。她有时候坐在窗户边唱我们那边的{{trap/minority_word:理塘山歌}}，一唱就是半天，外孙女就坐在旁边握着她的手。
访谈者：您一个人带两个孩子，习惯吗？
受访者：不习惯也要习惯。这边热，吃不惯米饭，我带来的{{trap/minority_word:青稞糌粑}}吃完了，是成都的老乡{{minority/tibetan:呷绒批措}}寄来的。隔壁开杂货铺的{{han:程细毛}}教我用手机付钱，{{han:程细毛}}杂货铺门口有条长凳，我天天坐那里晒太阳。
访谈者：您年纪大了，身体吃得消吗？
受访者：腰不好，以前放牧从马上摔过。我们住三楼，每天上下好几趟。{{han:连玉珍}}讲帮我申请一楼的公租房，{{han:从玉坤}}也帮着催，还在等。有时候夜里女儿不睡觉，在屋里走来走去，我就陪她坐到天亮，第二天照样送孩子上学。
访谈者：老家还有亲人吗？
受访者：儿子{{minority/tibetan:降泽仁青}}在理塘放牦牛，挖{{trap/minority_word:雅扎贡布}}的时候忙，平时视频。理塘现在通了机场，说是世界上最高的，我坐过一回，耳朵疼了两天。我老伴{{minority/tibetan:扎拥措}}三年前走的。{{minority/tibetan:降泽仁青}}说，阿爸，把两个娃娃带回来，可女儿离不开医院。
访谈者：孩子们喜欢这里吗？
受访者：喜欢，生在这里，说铅山话。外孙女爱去{{trap/place:河口码头}}看船，外孙跟着街上的人跳广场舞，说跟我们那边的{{trap/minority_word:康巴锅庄}}差不多。周末我带他们去{{trap/place:河口古镇}}的老街上走，石板路上有独轮车压出来的印子，外孙趴在地上看半天。我给他们讲{{trap/famous:六世达赖仓央嘉措}}写理塘的诗，洁白的仙鹤，把翅膀借给我，不飞远，到理塘转一转就回。外孙回来背{{trap/famous:辛稼轩}}的词，说老师讲他在铅山住过。
访谈者：外孙女跟您说过心里话吗？
受访者：说过。她讲在学校不敢讲妈妈的病，怕同学说她妈是疯子。有一回开家长会，别人家都是爸妈来，就我一个老头子，穿着藏袍，她低着头不说话。回来路上她牵着我的手说，外公，下回你还来。我那天高兴得睡不着。
访谈者：费家那边呢？
受访者：女婿的爸爸{{han:费长根}}在{{trap/place:石塘镇}}种田，过年接孩子们回去住几天。亲家母每个礼拜跟{{han:费长根}}骑三轮车送一回菜。两家人话说不通，心是一样的。
访谈者：登记信息请您说一下。
受访者：住在{{address:铅山县河口镇一堡街79号}}，老家{{address:理塘县禾尼乡然拉村二组8号}}。我身份证{{id_number@mold.513334}}，外孙女的{{id_number@wy2013quad.361124}}。我的电话是{{han:连玉珍}}帮我存的，{{mobile@plus86}}，{{han:费长根}}的电话{{mobile@fws}}。外孙女有个QQ，号码她写在我手背上教我认：{{qq:60418927}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:洛 绒 扎 西}}，外孙女写成{{spaced:泽绒　娜姆}}，学校的表又写成{{spaced:费　泽　绒}}。
访谈者：您还想说什么？
受访者：等女儿病好了，我带一家人回理塘，看{{trap/place:格聂}}神山。
""")

# H1475: Mongolian mother from 东乌珠穆沁旗 who keeps a village shop in 铅山 (湖坊镇); her Han husband is
# paralysed on one side after a stroke.
DOCS["H1475"] = ("family", """\
访谈者：大姐，您家这个小卖部开了几年了？
受访者：六年了。我叫{{minority/mongolian:呼和珠拉}}，老家{{trap/place:东乌旗}}。村里人念不全，年纪大的喊我{{minority/mongolian:老呼}}，年轻媳妇们喊我{{minority/mongolian:呼姐}}，还以为我姓呼。
访谈者：怎么嫁到铅山来的？
受访者：我男人{{han:双永福}}以前在{{trap/place:锡林浩特市}}当兵，退伍那年我们结的婚，我就跟他回了{{trap/place:湖坊镇}}。他在茶厂做{{trap/word:河红茶}}，一个月四千多。前年冬天中风，半边身子动不了，评了二级肢体残疾。
访谈者：现在家里靠什么？
受访者：靠这个小卖部，还有低保和两项补贴。{{han:双永福}}他{{trap/word:双手}}原来能扛一百斤茶叶，现在端碗都抖。康复师{{compound:皇甫蔚然}}每个礼拜上门一回，教他扶着墙走。
访谈者：他中风以后，脾气变了吗？
受访者：变了。刚开始他不想活，不吃饭，把碗摔了，说他一个当过兵的男人，现在要老婆擦身子。我跟他讲，草原上的马摔断了腿，主人也不会丢下它。他哭了一场，后来就肯练了。现在扶着墙能走十几步，女儿在旁边数数，数到十就拍手。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:特古勒都仁}}十三岁，学校花名册写的是{{minority/mongolian:双特古勒}}，在{{school:湖坊中学七年级（1）班}}，同学都喊他{{minority/mongolian:特哥}}。女儿八岁，汉名{{han:双乐瑶}}，蒙古名{{minority/mongolian:苏日古格}}，在{{school:铅山县湖坊镇中心小学二年级(3)班}}。
访谈者：儿子懂事吗？
受访者：太懂事了，我反倒心疼。放学先给他爸翻身、擦身子，再去写作业。家长会上班主任{{han:可晓晨}}老师跟我说，{{minority/mongolian:特古勒都仁}}上课老打瞌睡，一问才晓得他夜里要起来两回扶他爸上厕所。{{han:可晓晨}}可心细了，后来每天中午让他在教室里睡半个钟头。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:由美兰}}讲，孩子的事{{trap/word:由她}}来跑，帮两个孩子报了困境儿童，家里有重残的大人，一个孩子每月{{trap/number:五百二十五元}}。手续都是她跑的，我不认得几个汉字。县社工站的{{compound:上官棠溪}}给儿子做心理辅导，还有个大学生志愿者{{compound:申屠晓川}}，教女儿画画。{{trap/word:国庆}}节那天，镇残联的{{han:童国庆}}给我男人送来一辆轮椅。茶厂老板逢年过节送两斤茶、一桶油来，说{{han:双永福}}在厂里干了十几年。
访谈者：老家那边呢？
受访者：我阿爸{{minority/mongolian:赛音吉雅图}}走得早，阿妈{{minority/mongolian:满都呼雅}}七十多了，还放着几十只羊，邻居{{minority/mongolian:乌日图敖都}}帮她剪毛、打草。弟弟{{minority/mongolian:德力格尔朝鲁}}在嘎查当牧民，每年秋天杀了羊，寄两箱{{trap/minority_word:风干牛肉条}}过来。他在电话里教{{minority/mongolian:特古勒}}说蒙古话，女儿跟着舅舅学会了玩{{trap/minority_word:羊拐骨}}。
访谈者：店里生意怎么样？
受访者：小本生意，卖烟酒、酱油、零食，一天挣几十块。村里年轻人都出去了，来买东西的都是老人和孩子。我赊账给人家，过年再结，有时候也收不回来。{{han:由美兰}}来串门，跟我讲，{{minority/mongolian:呼姐}}，你心太软了。我说，谁家没个难处。
访谈者：孩子们会说蒙古话吗？
受访者：女儿会几句，儿子不肯说，怕同学笑。去年暑假我带他们回了一趟嘎查，儿子骑上马就不肯下来，晚上躺在草地上看星星，说妈，这里的天比铅山大。回来他在作文里写，他有两个家乡。
访谈者：您在这边过得惯吗？
受访者：过得惯，就是冬天湿冷，屋里没暖气。这边人喝绿茶，我还是熬咸奶茶。附近{{trap/org:鹅湖书院}}常有人来参观，讲{{trap/famous:朱熹和陆九渊}}在那里辩论，我也去听过，听不懂。儿子在学校学吹葫芦丝，说等攒够了钱要学{{trap/minority_word:潮尔}}。
访谈者：您自己累吗？
受访者：累。早上五点起来，先给男人擦身子、喂饭，再开店，中午做饭，晚上算账。{{han:由美兰}}每礼拜带村医来量血压，说我血压也高了，叫我少吃盐。我说我们蒙古人离不了盐。有一回我发烧到三十九度，是儿子给他爸喂的饭，给妹妹扎的辫子，扎得歪歪扭扭，她也高高兴兴上学去了。
访谈者：儿子以后想做什么？
受访者：他说想当医生，治好他爸。我说那要好好读书。他现在每天写完作业，还在网上看怎么做康复，给他爸按腿按胳膊，按得比康复师还认真。
访谈者：登记信息请您说一下。
受访者：家在{{address:铅山县湖坊镇青溪村五组18号}}，老家{{address:东乌珠穆沁旗道特诺尔镇巴彦敖包嘎查3组6号}}。我的身份证{{id_number@wy1986spaced.152525}}，儿子的{{id_number@my2012fw.361124}}。我电话{{mobile@s74}}，{{han:由美兰}}的{{mobile@hyphen}}。我微信叫{{wechat:Huhjula-Hufang}}，儿子的QQ是{{qq:１０５８３６２７４}}。
访谈者：名字在表上写得对吗？
受访者：补助表把我写成{{spaced:呼 和 珠 拉}}，儿子写成{{spaced:双 特古勒}}，还有一张写成{{spaced:特古勒　都仁}}。
访谈者：您最盼什么？
受访者：盼男人能自己站起来，盼儿子莫这么早当大人。这几年最该谢的，是{{han:由美兰}}。
""")

# H1476: Kazakh father from 特克斯 who leads horses at the 龟峰 scenic area in 弋阳 (圭峰镇); his Han wife lost a
# leg in a factory accident and they live with her parents.
DOCS["H1476"] = ("family", """\
访谈者：大哥，您在景区管马？
受访者：对，在{{trap/place:龟峰}}景区给游客牵马拍照。我叫{{minority/kazakh:叶斯包拉提·哈山}}，老家{{trap/place:伊犁河谷}}的{{trap/place:特克斯八卦城}}。景区的人嫌长，都叫我{{minority/kazakh:老叶}}，其实我不姓叶。
访谈者：怎么到弋阳来的？
受访者：我老婆{{han:倪小娟}}是{{trap/place:圭峰镇}}人，以前在伊犁的服装厂打工，我们在那里认得的。结婚以后她想家，我就跟过来了。前年她在厂里被冲床压断了左腿，装了假肢，评了三级残疾。
访谈者：她出事那天是什么情况？
受访者：那天我在景区，接到厂里电话，说人在{{trap/org:弋阳县人民医院}}。我骑摩托车赶过去，她已经进了手术室，医生说腿保不住了。她醒过来头一句话是问孩子放学有没有人接。厂里赔了十几万，交了医药费、装了假肢，剩下的存着给孩子读书。现在她在家穿珠子、串手串，一天挣二三十块。假肢磨腿，走多了就破皮流血，她不说，晚上我才看见。女儿每天放学先给她妈打盆热水泡脚。
访谈者：孩子们呢？
受访者：一儿一女。女儿{{minority/kazakh:萨吾列西}}十岁，户口跟她妈，学校花名册写的是{{minority/kazakh:倪萨吾列西}}，丈母娘念不全，喊她{{minority/kazakh:列列}}。儿子{{minority/kazakh:哈木扎别克}}七岁，老师喊他{{minority/kazakh:小别克}}。女儿在{{school:圭峰镇中心小学四年级（2）班}}，儿子在{{school:圭峰镇中心小学一年级（1）班}}。
访谈者：家里靠什么过？
受访者：我一个月三千出头，景区淡季就没活。老婆有两项补贴，村里给我们办了低保。丈人{{han:倪水根}}种了几亩田，丈母娘{{han:宗月娥}}在家带孩子。{{han:倪水根}}他说，女婿是新疆来的，比本地女婿还顾家。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:桂秋萍}}，她家门口有两棵{{trap/word:丹桂}}，孩子们秋天去摘。她给两个孩子报了困境儿童，每月{{trap/number:四百六十块}}。镇民政所的{{han:问春生}}问得可细了，连我在景区一个月挣多少都问。县社工站的{{compound:万俟书宁}}每月来一回，给女儿做心理辅导，她妈出事以后，女儿一个月没说话。假肢是南昌的{{compound:濮阳怀瑾}}医生装的，他帮我们申请了残联的补贴。
访谈者：教会也帮过？
受访者：帮过。我们不信这个，可{{trap/place:漆工镇}}那个小教堂的{{han:柴牧师}}听说了，带人送来两袋米、一千块钱。他说不管信不信，孩子都要吃饭。
访谈者：孩子们在学校怎么样？
受访者：女儿的班主任{{han:操文静}}老师说，女儿作文写得好，写过一篇《我的两个家》，一个在草原，一个在弋阳。{{han:操文静}}把作文贴在了墙上。儿子调皮，跟同学打过架，{{han:操文静}}老师让两个人握了手，第二天又好了。
访谈者：老家那边呢？
受访者：我阿爸{{minority/kazakh:哈山·托合塔尔}}在特克斯养马，阿妈{{minority/kazakh:阿合加依娜}}身体还好。哥哥{{minority/kazakh:哈那提别克}}每年冬天寄{{trap/minority_word:卡孜}}过来，就是熏马肠。上饶开餐馆的哈萨克老乡{{minority/kazakh:托列吾别克}}教丈母娘炸{{trap/minority_word:包尔沙克}}，她说跟做{{trap/word:弋阳年糕}}一样费工夫。我给孩子们讲{{trap/famous:阔尔克特}}的故事，女儿说她更喜欢听外公唱{{trap/word:弋阳腔}}。
访谈者：女儿喜欢学校吗？
受访者：喜欢。有同学问她是不是外国人，她就把新疆地图画出来给人看，说我爸爸家在这里，草比人还高。去年六一，学校让她穿哈萨克的裙子上台，我老婆拄着拐杖去看，在台下哭了。儿子还小，只晓得玩，放学就跑到景区来看马，骑在我肩上喊驾。
访谈者：景区的同事对您好吗？
受访者：好。领班晓得我家里的事，是{{han:倪水根}}托人说的情，排班让我早上晚点来，先送孩子。一起牵马的{{minority/mongolian:吉格木德苏荣}}是{{trap/place:海拉尔河边}}长大的蒙古族，马病了帮我守夜。游客问我是不是蒙古人，我说是哈萨克，他们就让我唱歌，我唱一首，他们多给十块。
访谈者：想过回新疆吗？
受访者：想过。可老婆的腿离不开她妈，孩子们也说这边话了。我在景区牵马，闻到马的味道，就跟在老家一样。丈人讲，哪天你要回去，我们老两口跟你去看看天山。
访谈者：登记信息请您说一下。
受访者：家在{{address:弋阳县圭峰镇周潭村三组12号}}，老家{{address:特克斯县喀拉达拉镇阔布村5组3号}}。我身份证{{id_number@my1985hyphen.654027}}，女儿的{{id_number@wy2015fwspaced.361126}}。我电话{{mobile@plus86dash}}，我老婆的{{mobile@spaced}}。我微信{{wechat:Esbolat_Guifeng}}，女儿用她妈的手机上QQ，号码是{{qq:740258163}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:叶 斯 包 拉 提}}，女儿写成{{spaced:倪 萨吾列西}}，儿子的医保卡写成{{spaced:哈木扎别克 · 叶斯包拉提}}。学校花名册上女儿是{{minority/kazakh:萨吾列西.叶斯包拉提}}，儿子是{{minority/kazakh:哈木扎别克叶斯包拉提}}。
访谈者：您最盼什么？
受访者：盼老婆的腿莫疼，盼两个孩子会说两种话，走到哪里都不受欺负。
""")

# H1477: Han 儿童主任 of a village in 石塘镇 (铅山) reading out her list, in the speech of 铅山.
DOCS["H1477"] = ("staff", """\
访谈者：{{han:练主任}}，您手上就是村里的名单？
受访者：是。我叫{{han:练金凤}}，在{{trap/place:石塘镇}}当村里的儿童主任五年了，村里人都喊我{{han:金凤}}嫂。我一户一户念，你记。
访谈者：好。
受访者：头一户，{{han:于得水}}，七十三，孙子{{han:于秋分}}，今年十岁，名字是他爷爷起的，讲{{trap/word:秋分}}割禾，图个好收成。渠崽在外省坐牢，媳妇跑了，算服刑人员子女，每月{{trap/number:六百一十五块}}。{{han:于得水}}得了肺气肿，爬个坡都喘，孙子放学回来烧火做饭，灶台比渠人还高，要踩个板凳。渠家住{{address:铅山县石塘镇港东村四组23号}}，孙子的身份证{{id_number@my2015hyphenx.361124}}。
访谈者：第二户？
受访者：第二户户主{{han:周再兴}}，{{han:周再兴}}再过两年就八十了。孙女{{han:周晓蕾}}，爸爸病死了，妈妈改嫁到{{trap/place:福建莆田}}，冇得音讯，报的事实无人抚养。孙女在{{school:石塘镇中心小学四年级（5）班}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:程正}}，男，十四岁，爸妈都冇了，跟叔叔过。村里都喊他{{han:铁牯}}，硬气。{{han:程正}}正读初二，成绩在全年级前十，住校，在{{school:铅山县第二中学八年级（3）班}}。孤儿基本生活费每月{{trap/number:一千四百六十五元}}。渠讲以后要考{{trap/org:上饶师范学院}}，回来当老师。
访谈者：还有吗？
受访者：第四户，{{han:官水生}}，儿媳是新疆来的维吾尔族，叫{{minority/uyghur:吐尼莎罕}}，离婚以后回了{{trap/place:和田墨玉}}。孙子汉名{{han:官子豪}}，维吾尔名{{minority/uyghur:赛皮丁江}}，同学喊他{{minority/uyghur:官赛皮丁}}。{{minority/uyghur:吐尼莎罕}}每个礼拜跟渠视频一回。第五户是{{trap/place:太源}}畲族乡嫁过来的{{han:雷细妹}}，男人尿毒症，女儿{{han:钟雨萱}}是听力残疾，两项补贴都有，{{han:雷细妹}}一个人顾两个病人。还有{{han:费长根}}家，外孙女{{minority/tibetan:泽绒娜姆}}和她弟弟，户口在河口，放假住这边，我也帮着看。
访谈者：这些户都谁在跟？
受访者：社工站派了{{compound:欧阳蔓菁}}跟头两户，{{compound:上官棠溪}}跟第四户。镇民政办的{{han:郏永康}}每季度下来一趟。村支书{{han:所长青}}跟派出所的{{trap/word:所长}}是同学，户口上的事都是他去问。
访谈者：您一个月跑多少户？
受访者：全村困境儿童十一个，留守的有三十多个，我一个月每户至少走一回。最远的一户在山坳里，骑电动车要四十分钟，下雨天路滑，我摔过两回。儿童主任一个月补贴三百，油钱都不够，我老公讲我倒贴钱做事。可看到渠们一天天长大，我心里也舒服。
访谈者：有冇让您特别难过的事？
受访者：有。前年冬天{{han:于得水}}半夜犯病，{{han:于秋分}}一个人跑了两里路来敲我家门，光着脚，冻得嘴唇发紫。我跟我老公把老人送到{{trap/org:铅山县人民医院}}，孩子在走廊上坐了一夜，一声不吭。天亮了渠问我，主任，我爷爷会死吗？我讲不会，其实我也不晓得。后来老人救回来了，孩子发了三天烧。
访谈者：县里培训过你们吗？
受访者：培训过，一年两回，讲政策，讲怎么入户，怎么看出孩子受了欺负。上回来讲课的是省里的专家{{compound:诸葛令仪}}，她讲儿童主任就是孩子的头一个发现人，我记到现在。
访谈者：孩子们怕被人叫困境儿童吗？
受访者：怕。{{han:周晓蕾}}跟我讲，主任，你莫到学校来找我。我就约在{{han:周再兴}}家。{{han:程正}}不怕，渠讲，我冇爸冇妈，又不是我的错。我听了鼻子一酸。冬天渠穿件单衣也不喊冷，我把我儿子的旧棉袄拿给渠，渠穿了一个冬天。
访谈者：名单上的名字有写错的吗？
受访者：多。县里的表把{{spaced:于 得 水}}写开了，{{spaced:周 再兴}}也是，社工写成{{spaced:欧 阳 蔓 菁}}，第四户的儿媳写成{{spaced:吐　尼　莎　罕}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，{{han:郏永康}}的{{mobile@s38}}。我工作微信{{wechat:lianjf_shitang}}。{{han:官子豪}}有个QQ，天天问我渠妈妈么时候回来：{{qq:93061725}}。
访谈者：老人带孩子，最大的难处是么事？
受访者：一是不会用手机，孩子上网课，老人连开机都不会；二是管不住，孩子大了，讲一句顶三句；三是身体差，自己都要人照顾。去年村委会开了个儿童之家，放学以后孩子们过来写作业，有大学生志愿者辅导，老人也放心些。书是县图书馆送的，三百多本，渠们最爱看的是连环画。
访谈者：您自己家里呢？
受访者：我女儿在{{trap/org:上饶卫校}}读书，老公在镇上做木工，家里的饭经常是他做。女儿打电话讲，妈你管别人的崽比管我还上心。我讲你大了，渠们还小。
访谈者：干这个最难的是什么？
受访者：最难是伢崽们不开口。石塘的{{trap/word:连四纸}}出名，以前家家做纸，现在做纸的都老了，年轻的都出去打工，崽丢给爷爷奶奶。我做这个，是想着这些崽长大了，莫忘了村里有人管过渠。
""")

# H1478: Han civil-affairs assistant of 圭峰镇 (弋阳) going through the yearly review of the files.
DOCS["H1478"] = ("staff", """\
访谈者：{{han:问主任}}，您这一桌子都是材料？
受访者：都是今年复核的。我叫{{han:问春生}}，{{trap/word:问题}}的问，在{{trap/place:圭峰镇}}民政所当民政助理，镇上人不管你么事职务，都喊主任。全镇困境儿童四十一个，孤儿六个，事实无人抚养十九个，一个一个都要过。
访谈者：复核看些什么？
受访者：看监护人还在不在，家里有冇收入，孩子还读不读书。你看这份，{{han:汪细根}}家，孙子{{han:汪梓骞}}，爸爸在工地上走了，妈妈又被判了五年，就算事实无人抚养。孩子的身份证我念一下：{{id_number@my2014quad.361126}}。
访谈者：要上门吗？
受访者：要。上礼拜我跟县民政局的{{compound:赫连峻熙}}科长去了{{trap/place:清湖乡}}两户，回来又跑了{{han:汪细根}}家。{{han:汪细根}}他耳朵背，我喊了三遍他才出来。去年孩子的钱被{{han:汪细水}}取走了，是孩子的小叔，我让{{han:汪细根}}把卡改成了孩子的名字。
访谈者：镇上有少数民族的孩子吗？
受访者：有几户。一户哈萨克族，{{minority/kazakh:叶斯包拉提}}家，老婆出了工伤，两个孩子报的困境儿童。{{minority/kazakh:叶斯包拉提}}这个名字我念了三遍才念顺，县里的表写成了{{spaced:叶斯包拉提 . 哈山}}，系统不认，退回来两回。
访谈者：还有呢？
受访者：一户藏族，{{minority/tibetan:次旺曲珍}}，{{trap/place:芒康盐井}}来的，男人前年车祸走了，她自己类风湿，手都变形了，芒康的妹妹{{minority/tibetan:次旺卓措}}每年寄钱来。女儿叫{{minority/tibetan:德庆央卓}}，户口上跟爸姓，写成{{minority/tibetan:邹德庆}}，报了事实无人抚养。{{minority/tibetan:次旺曲珍}}的身份证{{id_number@wy1985fw.540328}}，系统里录成了{{spaced:次 旺 曲 珍}}，搜不到，我改了一下午。还有一户蒙古族，爷爷{{minority/mongolian:哈斯图嘎拉格}}从{{trap/place:大板镇}}跟女儿过来，女儿{{minority/mongolian:那仁格日勒玛}}跟女婿离了婚，都出去打工了，外孙{{han:揭子墨}}跟着他。{{minority/mongolian:哈斯图嘎拉格}}讲话我听不太懂，都是外孙给我翻。
受访者：喂，哪个？哦，{{compound:万俟书宁}}啊。……对，汪家的材料我今天报。……她是县社工站的，跟我们镇。
访谈者：社工站帮得上忙吗？
受访者：帮得上。{{compound:万俟书宁}}每个礼拜去{{minority/tibetan:次旺曲珍}}家，给她女儿补课。{{compound:端木汀兰}}也来，带男伢们下象棋。{{trap/place:漆工镇}}的{{han:柴牧师}}也常来问，教会给几户送过米。
访谈者：孩子的钱是怎么发的？
受访者：每个月十号前发到社保卡上，孤儿的钱打到监护人卡上。我们每季度查一次流水，看钱是不是花在孩子身上。有的监护人拿孩子的钱打牌，有的拿去还债，发现了就换监护人，或者让村里代管。钱是孩子的命，一分都不能少。
访谈者：跟学校怎么配合？
受访者：每学期开学，我跟各个学校要一份名单，看哪些孩子家里有变故，爸妈离婚的、坐牢的、病了的，一个一个对。学校发现孩子有事，也打电话给我。{{trap/org:弋阳县第一中学}}有个心理老师，每年来给我们讲一回课。
访谈者：复核最难的是什么？
受访者：名字和号码对不上。县里发文件把{{compound:赫连峻熙}}科长都写成了{{spaced:赫　连　峻　熙}}，孩子们的更不用讲，{{minority/tibetan:邹德庆}}在学校表上是{{spaced:邹 德庆}}。
访谈者：这些年政策有什么变化？
受访者：变化大。以前只有孤儿有钱，现在事实无人抚养也跟孤儿一个标准，孩子们的日子好过多了。可审得也严，要查收入、查车、查房、查存款，有一样不合就报不了。我最怕的是漏了，一个孩子漏了，就是一家人饿肚子。
访谈者：有冇漏过的？
受访者：有。前年镇上有个孩子叫{{han:祝小龙}}，妈妈跑了，爸爸瘫在床上，一直冇人报，是学校老师发现孩子天天不吃早饭才报上来。我去他家，灶都是冷的。那天回来我一夜冇睡着。{{han:祝小龙}}现在读初一了，过年还给我发个信息。我刚来的时候什么都不懂，是老所长一户一户带着我走的，他讲做这个就是要把人放在心上。
受访者：喂，{{han:操文静}}啊？……哦，{{minority/kazakh:萨吾列西}}作文得了奖？好，好，我下礼拜去她家。……是她班主任，报喜的。
访谈者：您一个人管这么多，忙得过来吗？
受访者：忙不过来。我还管低保、养老、退役军人，困境儿童只是一块。晚上回去还要在手机上录系统，老婆讲我嫁给了民政所。
访谈者：登记信息方便说一下吗？
受访者：{{han:汪细根}}家在{{address:弋阳县圭峰镇童家村七组5号}}，孙子在{{school:弋阳县圭峰镇中心小学三年级（1）班}}，{{han:汪梓骞}}加了我QQ：{{qq:3380571462}}。我电话{{mobile@plus86spaced}}，办公室座机{{trap/number:0793-5829416}}，工作微信{{wechat:wcs_guifeng_mz}}。
访谈者：最后想说什么？
受访者：希望表少一点，人多一点。有空还是要多往孩子家里走，坐在办公室里，看不见{{han:汪梓骞}}。
""")

# H1479: Han head teacher of a primary-school class in 永平镇 (铅山), going down her class roll.
DOCS["H1479"] = ("teacher", """\
访谈者：{{han:帅主任}}，您这个班有多少困境儿童？
受访者：七个，全班四十三个人。我叫{{han:帅文英}}，教语文，是{{school:铅山县永平镇中心小学五年级（4）班}}的班主任。班上家长好多在{{trap/org:永平铜矿}}上班，也有爸妈都出去打工的。
访谈者：能说说这几个孩子吗？
受访者：我照着花名册说。头一个{{minority/uyghur:海丽且木}}，维吾尔族，花名册上写的是{{minority/uyghur:海丽且木乃斯尔江}}，同学喊她{{minority/uyghur:小海丽}}。爸爸{{minority/uyghur:乃斯尔江·库尔班}}在矿上开铲车，去年查出矽肺，干不了活，评了残疾，妈妈回了{{trap/place:温宿县}}。{{minority/uyghur:乃斯尔江}}每天来接她，咳得直不起腰。
访谈者：第二个呢？
受访者：{{han:毛得宝}}，孤儿，跟奶奶{{han:姚冬英}}过。{{han:毛得宝}}得了全县作文比赛二等奖，写的是他奶奶。我给{{han:毛得宝}}买了本字典当奖品。
访谈者：还有哪几个？
受访者：{{compound:左丘明川}}，爸妈离婚以后都不管他，跟着外公。有回语文课我讲司马迁，念到“{{trap/famous:左丘失明}}，厥有国语”，全班都回头看他，他脸都红了。{{han:龚文杰}}，爸爸在里面服刑，妈妈在{{trap/place:温岭市}}鞋厂，{{han:龚文杰}}倒是从来不哭，就是不交作业。{{han:蔡思彤}}有脑瘫，坐轮椅，两项补贴都有，每天是她爸背上三楼的。还有{{minority/tibetan:泽郎拉姆}}，藏族，妈妈{{minority/tibetan:三郎王姆}}是{{trap/place:马尔康市}}人，爸爸去年走了，她跟{{han:蔡思彤}}是堂姐妹，两个坐同桌。去年班上还有个哈萨克族的{{minority/kazakh:叶克达吾列提}}，跟他爸回了{{trap/place:青河县城}}。
访谈者：您怎么照顾这几个孩子？
受访者：中午留他们在学校吃，晚上轮流家访。学校的心理老师{{compound:公良若曦}}每礼拜找他们谈一次。镇民政办的{{han:卜秀华}}把补助的事跟我对一遍，{{han:卜秀华}}卜的是占卜的卜。永平的儿童主任{{han:詹小燕}}帮我跑家长。
访谈者：家访的时候看到些什么？
受访者：看到的比学校里多。{{han:龚文杰}}家冰箱是空的，他妈一个月寄八百块回来，他拿去网吧，自己吃泡面。我跟{{han:詹小燕}}讲了，她帮他申请了服刑人员子女补助，钱打到他外婆卡上。{{han:毛得宝}}家是土坯房，下雨漏水，他在桌子底下写作业，后来镇上给他家修了屋顶。
访谈者：孩子们跟您说心里话吗？
受访者：有的说。{{minority/uyghur:海丽且木}}在作文里写，她想妈妈，可是不敢跟爸爸讲，怕爸爸咳得更厉害。我把作文拿给{{compound:公良若曦}}看，她找孩子谈了三回。{{compound:左丘明川}}不爱说话，可他每天最早到学校，把教室的窗户都打开。我问他为什么，他说外公家闷。
访谈者：孩子们之间怎么样？
受访者：大部分好。也有嘴巴坏的，喊{{han:龚文杰}}劳改犯的崽，被我罚站了一节课。{{minority/tibetan:泽郎拉姆}}会唱藏歌，六一节上台唱了一首，全班都学会了，下课几个女孩子围着她学，说藏话好听。她唱的时候，{{han:蔡思彤}}坐在轮椅上打拍子，还让她把歌词写在本子上。
访谈者：跟家长怎么联系？
受访者：班上建了个QQ群，我的QQ是{{qq:1394068257}}。家长微信加了我，{{minority/uyghur:乃斯尔江}}的微信是{{wechat:Nasirjan_kurban-YP}}，{{han:姚冬英}}每回家长会都来，坐在最后一排，她不会打字，她用孙子的微信{{wechat:maodebao_2014}}发语音。{{minority/uyghur:海丽且木}}的身份证{{id_number@wy2014.652901}}，{{minority/tibetan:泽郎拉姆}}的{{id_number@wy2014hyphen.361124}}，我都抄在家访本上。
访谈者：花名册上名字都对吗？
受访者：学校系统导出来就乱了，{{spaced:海 丽 且 木}}，{{spaced:左 丘 明 川}}，{{spaced:毛　得宝}}，还有{{spaced:泽郎 拉姆}}，一个个都被拆开了。
访谈者：您自己呢？
受访者：我老公也在铜矿上班，跟{{minority/uyghur:乃斯尔江}}一个车间，儿子读初中。我的电话{{mobile@h38}}，家访时留给每个家长。{{minority/uyghur:乃斯尔江}}一家住在{{address:铅山县永平镇铜矿生活区12栋3单元201}}。
访谈者：学校对这些孩子有什么政策？
受访者：餐费全免，校服免，作业本学校出。期中期末我们单独开个小会，不是批评，是问问家里缺什么。去年冬天学校买了一批羽绒服，偷偷放在他们的柜子里，没在班上发，怕伤孩子的面子。
访谈者：您觉得最难的是什么？
受访者：跟大人打交道。有的家长不接电话，有的接了就骂，说老师管得宽。有个爷爷跟我讲，读书没用，早点出去打工。我跑了三趟，他才答应让孙子读完初中。
访谈者：当班主任多少年了？
受访者：十六年。刚工作那会儿班上留守的孩子少，现在一半以上爸妈不在身边。学校的{{han:宁校长}}讲，班主任要当半个妈，我讲半个不够。我自己小时候也是留守的，爸妈在{{trap/place:湖州织里}}打工，我跟外婆长大，所以晓得这些孩子夜里想什么。
访谈者：您最想说什么？
受访者：这些孩子不是问题孩子，是有问题的大人把担子压到了孩子身上。我能做的，就是让他们在教室里有个座位是自己的。
""")

# H1480: Han pastor of a small church in 漆工镇 (弋阳) whose members help children in distress.
DOCS["H1480"] = ("pastor", """\
访谈者：{{han:柴牧师}}，您这个教会不大吧？
受访者：不大，四十几个弟兄姊妹，在{{trap/place:漆工镇}}街尾一栋老房子里。我叫{{han:柴恩慈}}，名字是我爸起的，他讲圣经上说爱是恒久忍耐，又有{{trap/word:恩慈}}。
访谈者：教会怎么帮这些孩子？
受访者：礼拜六办个作业班，来的孩子十几个，有信的，也有不信的。{{han:盛以琳}}姊妹是退休老师，教数学；{{han:华弟兄}}开面包车，一家一家去接。中午我老婆{{han:葛秀英}}煮一大锅饭。
访谈者：都是些什么样的孩子？
受访者：有个女孩叫{{han:葛小雨}}，是我老婆的侄孙女，爸爸因为赌博进去了，妈妈走了，跟爷爷{{han:葛长寿}}过。{{han:葛长寿}}他七十多了，种菜卖菜。派出所的{{han:查警官}}帮她查过她妈的下落，{{trap/word:查来查去}}也没查到。还有个蒙古族的孩子，爸爸{{minority/mongolian:图布沁宝音}}在镇上的化工厂上班，妈妈病死了，孩子叫{{minority/mongolian:乌力吉敖其尔}}，他外婆是本地人，户口落在外婆家，学校里写的是{{minority/mongolian:童敖其尔}}，跟外婆家姓。他爸倒三班，孩子放学没人管，就到教会来写作业。
访谈者：孩子们在教会做些什么？
受访者：写作业，唱歌，吃饭。夏天带他们去{{trap/place:龟峰}}爬山，冬天在屋里烤火讲故事。有几个孩子刚来的时候吃饭埋着头，吃完就走，有个孩子头一回吃饱了饭，偷偷问我明天还有没有。{{han:葛小雨}}头半年一句话都不讲，后来跟{{minority/mongolian:乌力吉敖其尔}}玩到了一起，两个人比赛背乘法口诀，现在话多得很。冬天老房子冷，{{han:华弟兄}}从厂里拉来旧木头，在院子里烧火盆，{{han:葛秀英}}煮一锅白菜粉丝，孩子们围着吃得满头汗。
访谈者：少数民族的家庭也来？
受访者：来。{{trap/place:圭峰镇}}的{{minority/kazakh:老叶}}家不信这个，我们送米从来不讲道。弋江镇卖馕的{{minority/uyghur:孜拜旦木}}，男人在坐牢，我们帮她两个孩子交过一回学费，她过年送了一袋馕来。我跟她讲，我们信的不一样，孩子是一样的。
访谈者：政府那边配合吗？
受访者：配合。县社工站的{{compound:万俟书宁}}跟我们对过名单，看哪个孩子漏了。民政所的{{han:问春生}}讲，哪户有困难先跟他讲，能报的先报。还有个大学生叫{{compound:东方晞禾}}，寒假来教孩子们写毛笔字，天还没亮就骑车来了。
访谈者：会不会有人说你们传教？
受访者：有人说。镇上开会，也有干部问过我。我讲，孩子来了，我们不问信什么，也不叫他们做礼拜，家长不愿意，孩子就不唱诗歌。{{han:问春生}}替我们讲过话，说教会帮的是实事。村里的儿童主任每个月也来一趟，把补助的政策讲给家长听，我们帮着填表。我儿子在{{trap/place:杭州萧山}}上班，每个月寄一千块回来，说是给弟弟妹妹们买书。
访谈者：您为什么做这个？
受访者：我小时候也是没爹的孩子，是村里一个老奶奶把我带大的。圣经上讲{{trap/famous:约瑟}}被卖到埃及，后来还管了一国的粮食。我跟孩子们讲，开头苦，不等于一辈子苦。弋阳出过{{trap/famous:谢枋得}}，宁死不降，孩子们也要有骨头。
访谈者：钱从哪里来？
受访者：弟兄姊妹奉献，还有在外面打工的信徒寄回来。一年也就两三万，买米买本子，冬天买棉衣。账是{{han:盛以琳}}管的，一分一分记。去年镇上一家企业捐了一台电脑，孩子们轮流上网课。
访谈者：孩子们长大了还回来吗？
受访者：回来。最早来作业班的几个，有一个考上了{{trap/org:江西师范大学}}，放假就回来给弟弟妹妹们上课；有一个当了兵，寄了一张穿军装的照片回来，贴在墙上。也有让我难过的，有个孩子的奶奶走了，他被他爸接去广东，走那天抱着门框不肯松手，到现在也没消息，我每个礼拜为他祷告。我老婆讲我这辈子就会两件事，讲道和带孩子。
访谈者：名单上的名字有写错的吗？
受访者：常有。社工站的表上{{spaced:万 俟 书 宁}}给拆开了，{{spaced:东方 晞禾}}也是，{{spaced:图 布 沁 宝 音}}更乱，{{spaced:盛　以琳}}被写成了两个人。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86n}}，{{han:盛以琳}}的{{mobile@fullwidth}}。我微信{{wechat:chai_enci_qigong}}，孩子们的作业群是我儿子建的，他微信{{wechat:wxid_q7m3k9t2x5}}。教会在{{address:弋阳县漆工镇老街尾巷9号}}，{{han:葛长寿}}家在{{address:漆工镇湖塘村二组14号}}。{{han:葛小雨}}在{{school:漆工镇中心小学三年级2班}}，她的身份证{{id_number@wy2016plain.361126}}，{{minority/mongolian:图布沁宝音}}的{{id_number@my1983x.150402}}。孩子们有事也在QQ上找我，{{qq:58216073}}。
访谈者：最后您想说什么？
受访者：感谢主，也感谢帮过我们的人。最该谢的，是{{han:葛长寿}}这样的老人家。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1473,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout187",))


if __name__ == "__main__":
    main()
