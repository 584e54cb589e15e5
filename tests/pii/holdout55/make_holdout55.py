# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 55 (tests/pii/holdout55/H425-H432 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 54, written at the same time by another
writer, is not an earlier set).

Set 55 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
河南县 (黄南, 青海), widowed when her husband's truck went off the road to 同仁, raising three children (the eldest
lame) and her dead sister's son; a Tibetan father in 巴塘 (甘孜), widowed by liver disease and lamed by a fall while
picking 松茸, raising his three children and the son of a brother in prison in 康定; a Hui mother in 盐池 (吴忠)
whose husband is in prison in 银川, raising their three children and an orphaned niece; a Han father in 潮阳
(汕头) whose wife is on dialysis, raising two children known by word nicknames and the son of a brother in prison;
a Han primary-school teacher in 太谷 (晋中) going through the five children in distress of her class, with whose
families she talks on WeChat and QQ; a Uyghur father in 拜城 (阿克苏), widowed in childbirth and one-handed after a
fall, raising three children and his dead brother's son; a Han police officer in 岳阳 reading from the case file of
two children left alone by a father on drugs; and a Han grandmother in 遂宁 raising two grandchildren whose father
died in a mine and whose mother left. The emphasis is on forms where a replacement might cover only part of a name,
in a mix rather than one trick: Mongolian names of four to six characters, some of Tibetan origin as the Mongols of
河南县 give them (敖登其木格, 巴图吉仁泰 then 吉仁泰他, 额日登桑布 then 桑布就, 阿拉坦苏布达, 官却旦增, 才让道尔吉,
旦正加布, 那木吉勒家); Tibetan names of 巴塘 (四郎呷绒, 泽绒翁姆, 降措泽翁 then 泽翁说, 呷玛次称他, 洛绒泽登) beside
the Han names of the same people (杨德贵, 杨晓琴, 罗文斌); Hui Han-form names (撒玉珍, 丁学礼他, 金兰英, 纳玉凤大姐,
海正元) beside 经名 used alone (赫蒂洁, 达吾代, 耶哈亚他, 买尔彦, 易德力斯) and a Han surname before an Arabic name
(丁萨莉哈 then 萨莉哈跟, 马阿敏乃 then 阿敏乃她); Uyghur given name + father's name with and without the dot
(吐尔逊江·买合苏提, 帕热扎提·吐尔逊江, 吾守尔江吐尔逊江, 图尔洪·伊米提 and 图尔洪伊米提) with short forms
(吾守尔江他, 图尔洪和, 帕热扎提放学, 米吉提他); Han names with common and rare surnames (冉, 蒲, 谯, 渠, 冀, 撒,
詹, 柯, 龚), titles and kin words (王海青主任, 陈锡坤书记, 王建湘所长, 李德全大夫, 陈美玲姨, 黄玉兰婶, 吴德华大姐,
谯玉梅嬢嬢; the span is the name only), word nicknames annotated whole (乌榄, 菜脯, 阿贤), names that contain words
(易国庆, 付长江, 熊平安, 黎明辉, 张春风家), a name written twice in a record (彭桂香彭桂香), names directly before
particles and verbs and after 叫/是/给/跟/和/找; spaced, dotted and split names; compound surnames after ordinary
words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:蒲德珍}}``, ``{{qq:2873065194}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1982spaced.640323}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES), and the birth year
                                   and sex digit match the person where the transcript gives them;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 所长, 老师, 大夫, 医生, 科长,
主席, 队长, 阿訇, 检察官, 管教, 大叔, 大姐, 婶, 姨, 嬢嬢, 叔叔) and a particle, pronoun or verb written directly after
a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 那边, 跟, 和) are outside the span; a word nickname or a Cantonese/Teochew
form of address (乌榄, 菜脯, 阿贤) is annotated whole. Han-style names of Tibetan and Hui people (杨德贵, 罗文斌,
丁学礼, 海正元) are category han; a Han surname before a non-Han given name (丁萨莉哈, 马阿敏乃) is category
minority, and so are the names of Tibetan origin the Mongols of 河南县 bear (官却旦增, 旦正加布, group mongolian).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout55/make_holdout55.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(55_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "152", "153", "155", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H425: Mongolian mother in 河南县 (黄南, 青海); her husband died on the road, her eldest son is lame.
DOCS["H425"] = ("family", """\
访谈者：阿姐，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:敖登其木格}}，家在{{trap/place:河南县}}{{trap/place:赛尔龙乡}}，放牦牛的。我们这里的蒙古人藏话说得比蒙古话顺，起名字也多用藏名。我男人{{minority/mongolian:官却旦增}}前年腊月去{{trap/place:同仁}}拉草料，车翻进山沟里，人没了。家里剩我和三个娃娃，还有我妹妹留下的一个。
访谈者：孩子们都多大了？
受访者：老大{{minority/mongolian:巴图吉仁泰}}十四，生下来左腿就短一截，走路一颠一颠的。老二是丫头，叫{{minority/mongolian:娜布其玛}}，十一岁。老三{{minority/mongolian:才让道尔吉}}七岁，名字一半藏一半蒙，是他阿爸起的。我妹妹{{minority/mongolian:阿拉坦苏布达}}三年前得病走了，她男人跑了再没回来，她的儿子{{minority/mongolian:额日登桑布}}就跟着我，今年九岁，我们都喊他{{minority/mongolian:桑布}}。
访谈者：孩子们都上学吗？
受访者：都上。{{minority/mongolian:吉仁泰}}在{{school:河南县民族中学初二（3）班}}住校，丫头在{{school:优干宁镇寄宿制小学五年级（2）班}}，{{minority/mongolian:桑布}}也在那个学校，读三年级。{{minority/mongolian:吉仁泰}}他腿不好，上下楼难，班主任{{han:祁海英}}老师就把他们班换到一楼。{{minority/mongolian:桑布}}就是爱哭，夜里想他阿妈。
访谈者：家里靠什么过日子？
受访者：四十头牦牛，一年卖几头，夏天挖点{{trap/minority_word:虫草}}。男人走了以后，牧委会的儿童主任{{minority/mongolian:旦正加布}}上门登记，给{{minority/mongolian:桑布}}报了孤儿基本生活费，一个月{{trap/number:一千六百八}}，我们家进了低保。乡上管民政的是{{han:马积福}}，他跑了县{{trap/org:民政局}}好几趟，局里的{{han:王海青}}主任也下来看过。{{minority/mongolian:吉仁泰}}的残疾证是{{trap/org:县残联}}的{{han:赵青梅}}给办的，每个月有一点护理补贴。
访谈者：还有谁帮过您？
受访者：县里社工站派了人，一个姑娘叫{{compound:闾丘若岚}}，一个小伙子是{{compound:拓跋志远}}。{{compound:闾丘若岚}}每个月来一回，给娃娃们辅导作业，还教丫头跳{{trap/minority_word:锅庄}}。邻居{{minority/mongolian:那木吉勒}}家兄弟帮我剪牛毛、打酥油；开商店的{{han:韩德寿}}大叔是汉族人，我赊账他从来不催。
访谈者：过节的时候怎么过？
受访者：过{{trap/minority_word:藏历年}}，也祭{{trap/minority_word:敖包}}。夏天县上开{{trap/minority_word:那达慕}}，娃娃们去看赛马。老人们给娃娃讲{{trap/famous:固始汗}}的故事，说我们的祖先就是跟着他从北边来的。{{minority/mongolian:娜布其玛}}说她长大要把这些故事写下来。
访谈者：冬天转场的时候，孩子们怎么办？
受访者：娃娃们住校，我一个人赶着牛去冬窝子。路上要走两天，晚上搭{{trap/minority_word:帐房}}睡。以前是男人在前头赶，我在后头跟着，现在我在前头，心里慌得很。到了冬窝子，牛圈要修，草料要囤，一个人忙不过来，就请亲戚帮忙，管吃管喝，给不起工钱。放寒假娃娃们回来，老大腿脚不便，就在帐房里看着小的，丫头跟我去拾牛粪。她手冻裂了也不吭声，我看着心疼。晚上一家人围着炉子喝{{trap/minority_word:奶茶}}，娃娃们给我念课本，我不识字，就听着。这是我一天里最高兴的时候。
访谈者：娃娃们跟城里的孩子比，缺什么？
受访者：缺见识。丫头说同学去过{{trap/place:青海湖}}，她连州上都没去过。今年暑假学校组织夏令营，社工帮我们申请了名额，丫头高兴得几夜睡不着。
访谈者：您觉得补助够用吗？
受访者：够吃饭，不够看病。老大的腿要去省城做手术，光路费、住宿就是一大笔。{{trap/org:县妇联}}说可以帮着找公益项目，让我们等消息。
访谈者：您身体怎么样？
受访者：腰疼，风湿。冬天零下三十度，早上四点起来挤奶，手冻得没知觉。乡卫生院的{{han:李德全}}大夫说我要少沾凉水，可牛不等人啊。
访谈者：表上要填的信息您说一下。
受访者：家在{{address:河南县赛尔龙乡兰龙村二社15号}}，娃娃上学的时候我在县城租房，在{{address:优干宁镇团结路幸福小区3号楼2单元202室}}。我身份证{{id_number@wy1979.632324}}，老大的是{{id_number@my2011spaced.632324}}。我电话{{mobile@plain}}，丫头用我的旧手机，号是{{mobile@s434}}。我不会打字，微信是老师帮我弄的，叫{{wechat:aodeng_qmg1979}}。老大有个QQ，说是跟同学传作业，号码在他本子皮上，我念一下：{{qq:2873065194}}。
访谈者：名字在表上写得对吗？
受访者：常出错。低保名册上我被写成{{spaced:敖登 其木格}}，老大写成{{spaced:巴 图 吉 仁 泰}}，{{minority/mongolian:才让道尔吉}}写成{{spaced:才让　道尔吉}}。藏名蒙名，汉字各人写各的，去信用社取钱对不上，又得回乡上开证明。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:吉仁泰}}的腿能治好。{{trap/place:西宁}}的医生说做手术有希望，就是要攒钱。丫头说她长大当老师，回{{trap/place:黄南}}教书。我男人在的时候常说，牦牛认得回家的路，人也要认得。我就带着娃娃们一步一步往前走。
""")

# H426: Tibetan father in 巴塘 (甘孜), widowed and lamed by a fall, raising his three children and a prisoner's son.
DOCS["H426"] = ("family", """\
访谈者：阿吾，您先说说家里的情况。
受访者：我叫{{minority/tibetan:四郎呷绒}}，四十三岁，家在{{trap/place:巴塘县}}{{trap/place:竹巴龙乡}}，挨着{{trap/place:金沙江}}。户口本上我还有个汉名叫{{han:杨德贵}}，是小时候上学老师给取的。我老婆{{minority/tibetan:曲批拉姆}}前年得肝病走了，留下三个娃娃。去年秋天我上山捡{{trap/minority_word:松茸}}，从崖上摔下来，右腿断了，现在拄拐。
访谈者：孩子们多大了？
受访者：大的丫头{{minority/tibetan:泽绒翁姆}}十五岁，在{{school:巴塘县中学初三（2）班}}，学校花名册上她叫{{han:杨晓琴}}。老二{{minority/tibetan:降措泽翁}}十二岁，家里叫他{{minority/tibetan:泽翁}}；老三{{minority/tibetan:格绒拥宗}}才六岁，上学前班，天天问阿妈去哪儿了，我说去很远的地方放牛了。{{minority/tibetan:泽翁}}说他长大要开大货车，跑{{trap/place:成都}}。
访谈者：您腿伤以后，家里怎么撑下来的？
受访者：靠政府，靠亲戚。村里的儿童主任{{minority/tibetan:益西志玛}}来家里登记，三个娃娃都报了困境儿童，我们家进了低保。乡上的民政干部{{han:罗文斌}}是藏族，藏名叫{{minority/tibetan:洛绒泽登}}，他帮我跑县{{trap/org:民政局}}、{{trap/org:县残联}}，给我办了残疾证。县医院骨科的{{han:张志伟}}大夫给我做的手术，说钢板明年再取。
访谈者：地里的活谁干？
受访者：青稞地三亩，亲戚们轮着来帮。丫头周末回来，背着背篓去地里除草，背水做饭。老二放学去山上放几头牦牛，天黑前赶回来。最难的是冬天砍柴，山路陡，我拄着拐上不去，只能买煤，一吨煤要几百块。村里今年给我们装了太阳能热水器，娃娃们能洗上热水澡了。
访谈者：孩子们心里的事会跟您说吗？
受访者：丫头会说，说想她阿妈。我们就去山上给她阿妈挂{{trap/minority_word:经幡}}。侄儿不说，憋着。他阿爸来过一封信，我念给他听，他听完跑出去，在院子里那棵{{trap/word:杨树}}底下坐了一下午。我不知道该怎么劝，只能多给他做点好吃的。
访谈者：还有别的孩子要照顾吗？
受访者：有。我弟弟{{minority/tibetan:四郎翁青}}在{{trap/place:康定}}坐牢，判了六年，为了草场的事跟人打架，把人打伤了。他老婆改嫁去了{{trap/place:理塘}}，儿子{{minority/tibetan:呷玛次称}}十岁，跟我过。{{minority/tibetan:呷玛次称}}他不爱说话，问他什么都只点头。学校的{{han:周素华}}老师说这娃娃心里苦，让他每周去心理室画画。
访谈者：学校那边帮了什么？
受访者：{{minority/tibetan:泽绒翁姆}}的班主任{{han:刘淑蓉}}老师给她申请了助学金，周末也让她住在学校。{{minority/tibetan:泽翁}}在{{school:夏邛镇第二完全小学六年级（4）班}}，班主任是{{compound:欧阳建川}}，汉族，教数学的，放学常留他补课。
访谈者：县里的社工来过吗？
受访者：来过两回。一个叫{{compound:赫连晓雯}}，还有一个是{{compound:诸葛尚文}}。{{compound:赫连晓雯}}给丫头带来一箱书，还教小的认汉字。
访谈者：孩子们平时怎么玩？
受访者：丫头爱跳{{trap/minority_word:弦子}}，我们巴塘的弦子出名。{{trap/minority_word:藏历新年}}全村人围着火跳。老人给娃娃讲{{trap/famous:格萨尔}}的故事，一讲讲到半夜。丫头说等她毕业挣了钱，给妹妹买新的{{trap/minority_word:藏装}}。
访谈者：邻居们呢？
受访者：隔壁{{minority/tibetan:尼玛降初}}家帮我收青稞。村口开小卖部的{{han:杨正荣}}也是藏族，娃娃们去买本子，她都少收钱。{{minority/tibetan:益西志玛}}也常来看，给娃娃们带{{trap/minority_word:酥油}}。
访谈者：登记要地址、证件和电话。
受访者：家在{{address:巴塘县竹巴龙乡水磨沟村三组8号}}。丫头住校以前，我们在县城租过{{address:夏邛镇团结路锦绣小区5栋1单元301室}}。我身份证{{id_number@my1981.513335}}，丫头的是{{id_number@wy2010hyphen.513335}}。我电话{{mobile@spaced}}，侄儿他阿妈的电话{{mobile@plus86}}，她说娃娃想她就打。丫头有微信，叫{{wechat:zerong_wm2010}}。我的QQ是去年村里大学生帮我申请的，号码写在门后头，{{qq:19274658}}。
访谈者：您自己有什么打算？
受访者：等腿好了，想在村口开个小茶馆，卖{{trap/minority_word:酥油茶}}和面片，不用出远门，还能照看娃娃。乡上说可以申请小额贷款，我还在想。
访谈者：名字登记得对吗？
受访者：乱。藏名音译，每个人写的不一样。我被写成{{spaced:四 郎 呷 绒}}，丫头写成{{spaced:泽绒 翁姆}}，侄儿写成{{spaced:呷　玛　次　称}}，老三写成{{spaced:格 绒 拥 宗}}，{{minority/tibetan:降措泽翁}}有时候写成{{spaced:降措 泽翁}}。一个字不对，钱就打不进卡。
访谈者：您最盼什么？
受访者：盼腿好起来，还能去挖虫草。{{minority/tibetan:呷玛次称}}说他阿爸出来以后，他要带他阿爸去转{{trap/place:措普沟}}的神山。
""")

# H427: Hui mother in 盐池 (吴忠); her husband is in prison, she raises their three children and an orphaned niece.
DOCS["H427"] = ("family", """\
访谈者：大姐，您先介绍一下自己和家里。
受访者：我叫{{han:撒玉珍}}，经名{{minority/hui:赫蒂洁}}，家在{{trap/place:盐池县}}{{trap/place:大水坑镇}}，种地养滩羊。我男人{{han:丁学礼}}，经名叫{{minority/hui:达吾代}}，前年跟人合伙倒卖柴油，判了四年，在{{trap/place:银川}}服刑。家里三个娃娃，还有我小叔子留下的一个丫头。
访谈者：孩子们的情况呢？
受访者：老大{{han:丁浩然}}，经名{{minority/hui:耶哈亚}}，十三岁，在{{school:盐池县第二中学初一（5）班}}。老二丫头{{han:丁晓梅}}，经名{{minority/hui:买尔彦}}，十岁。老三{{han:丁浩宇}}才五岁，上幼儿园。小叔子两口子前年出车祸都走了，丫头{{minority/hui:丁萨莉哈}}八岁，家里叫她{{minority/hui:萨莉哈}}。{{minority/hui:萨莉哈}}跟{{minority/hui:买尔彦}}在{{school:大水坑镇中心小学四年级（1）班}}和二年级，姐妹俩天天一起走。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：老大知道。{{minority/hui:耶哈亚}}他起先不去学校，说同学笑话他。班主任{{han:金兰英}}老师上门来了三趟，跟他说大人的错是大人的，你把书念好。现在他成绩在班上前十。
访谈者：家里的收入和补助呢？
受访者：二十几只羊，十亩地。社区的儿童主任{{han:纳玉凤}}大姐给{{minority/hui:萨莉哈}}报了孤儿基本生活费，一个月{{trap/number:一千五百九}}；我家三个娃娃按困境儿童每人每月{{trap/number:二百五}}。镇上民政所的{{han:杨万祥}}给我家报了低保。{{trap/org:县妇联}}的{{han:苏红霞}}主席过年送来米面油。
访谈者：寺里帮忙吗？
受访者：帮。我们坊上{{trap/org:清真寺}}的{{han:海正元}}阿訇，经名{{minority/hui:易德力斯}}，他{{trap/minority_word:开斋节}}前让乡老们把{{trap/minority_word:天课}}先给我们几家分。他婆姨{{minority/hui:马阿敏乃}}常来教娃娃们念经，{{minority/hui:阿敏乃}}她手巧，给丫头们缝了新盖头。
访谈者：还有谁来过？
受访者：县里司法局的社工，一个叫{{compound:皇甫佳琪}}，还有个男的是{{compound:巫马振宇}}，来问娃娃们有没有受欺负，给老大做心理辅导。我男人那边的案子，律师是{{compound:公孙志勇}}，法律援助的，没收钱。那个姑娘还帮我跟监狱约了视频会见。
访谈者：孩子们跟爸爸见过吗？
受访者：见过，一个月一回视频。{{han:丁学礼}}他在那头哭，娃娃们在这头哭。老三小，不知道爸爸在哪，问爸爸啥时候回来放羊。
访谈者：您跟孩子爸爸还联系吗？
受访者：写信。我不会写，老大替我写。信里我不说家里的难处，只说娃娃们听话，羊下了几只羔。他回信说在里面学了电焊，出来就能挣钱，让我再等等。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，{{trap/minority_word:古尔邦节}}宰羊。娃娃们爱听老人讲{{trap/famous:海瑞}}罢官的故事，说海老爷是咱回回人。邻居{{han:王玉福}}家跟我家地挨着，农忙时他儿子开三轮帮我拉麦子。
访谈者：您身体吃得消吗？
受访者：腰椎间盘突出，去{{trap/place:吴忠}}看过，大夫让少干重活。我不干谁干？羊等不得，{{trap/word:马上}}就要剪毛了。我娘家人说我是属骆驼的，能扛。
访谈者：地里和羊的活怎么忙得过来？
受访者：忙不过来也得忙。早上五点起来喂羊，给娃娃们做饭，送小的去幼儿园，再下地。我们这里的{{trap/word:滩羊}}出名，羊肉好卖，可是一只羊从小养到出栏要大半年，病了还得请兽医。去年冬天冻死了三只羊羔，我坐在羊圈里哭了半天。老大放假回来替我放羊，他说等他考上大学，就不让我这么累了。
访谈者：娃娃们缺什么？
受访者：缺人陪。我白天忙，晚上累得倒头就睡，顾不上问他们学校的事。老大心里的话不跟我说，写在本子上，我偷偷看过一回，他写"爸爸，我想你，也恨你"。我看了好几天睡不着。
访谈者：表上要登记的信息。
受访者：家在{{address:盐池县大水坑镇新桥村四组19号}}，我娘家在{{address:花马池镇盐州路康乐小区2号楼3单元501室}}。我身份证{{id_number@wy1982spaced.640323}}，{{minority/hui:萨莉哈}}的是{{id_number@wy2016.640323}}。我电话{{mobile@hyphen}}，我娘家兄弟的电话{{mobile@s38}}。微信是{{wechat:sayuzhen_yc}}。老大用QQ跟他爸爸的律师发材料，QQ号他念了我记下了，是{{qq:3290157486}}。
访谈者：表上名字写得对吗？
受访者：经名都是音译，写法多。老大被写成{{spaced:耶 哈 亚}}，{{minority/hui:丁萨莉哈}}写成{{spaced:丁萨 莉哈}}，我的经名写成{{spaced:赫　蒂　洁}}。我跟{{minority/hui:马阿敏乃}}说，你的名字也叫人写错过，她被写成{{spaced:马阿敏 乃}}。
访谈者：最后您想说什么？
受访者：盼我男人早点出来，一家人好好过。娃娃们没做错啥，别让他们一辈子抬不起头。
""")

# H428: Han father in 潮阳 (汕头), his wife on dialysis, raising two children known by word nicknames and his brother's son.
DOCS["H428"] = ("family", """\
访谈者：郑先生，您先说说家里的情况。
受访者：我叫{{han:郑锦波}}，{{trap/place:潮阳}}{{trap/place:谷饶}}人，以前在内衣厂做车位。我老婆{{han:许燕芳}}前年查出尿毒症，一个礼拜去{{trap/place:汕头}}透析三次，厂里的活我做不下去了，现在在镇上踩三轮。家里两个孩子，还有我弟弟的儿子。
访谈者：孩子们多大？
受访者：大的是女儿{{han:郑佩琪}}，十二岁，小名{{han:乌榄}}，是她阿嬷起的。小的是儿子{{han:郑浩铭}}，八岁，我们叫他{{han:菜脯}}。{{han:乌榄}}说她是大姐，放学先去菜市场买菜，回来煮粥。{{han:菜脯}}也懂事，会给他阿妈倒水、捶背。
访谈者：您弟弟的孩子呢？
受访者：我弟弟{{han:郑锦松}}在{{trap/place:深圳}}跟人去骗老人钱，判了五年。他老婆回了{{trap/place:揭阳}}娘家，再也不来。儿子{{han:郑俊贤}}十岁，我们叫他{{han:阿贤}}，就跟着我。{{han:阿贤}}他刚来的时候晚上尿床，不敢说，姐姐就偷偷帮他洗床单。{{han:郑锦松}}那边我每个月写一封信，他回信都问儿子长高没有。
访谈者：孩子们上学怎么样？
受访者：{{han:乌榄}}在{{school:谷饶镇中心小学六年级（3）班}}，班主任{{han:黄晓纯}}老师对她很好，给她报了学校的助学金。{{han:菜脯}}和{{han:阿贤}}在{{school:谷饶镇第二小学二年级（1）班}}跟四年级。{{han:阿贤}}的班主任叫{{compound:欧阳秋莹}}，她知道孩子爸爸的事，在班上从来不提。
访谈者：孩子们的学习跟得上吗？
受访者：女儿成绩好，每次考试都在前五名。儿子和侄儿差一点，放学后社区有个"四点半课堂"，大学生志愿者帮他们看作业，我去接的时候天都黑了。老师说两个男孩子坐在一起就讲话，只好给他们调开了。
访谈者：家里得到过哪些帮助？
受访者：村里的儿童主任{{han:林素娥}}给我们报了低保，{{han:阿贤}}按事实无人抚养儿童，每月一千出头。村委会的{{han:陈锡坤}}书记帮我老婆申请了大病救助，镇上民政办的{{han:翁泽鸿}}跑了好几次区{{trap/org:民政局}}。透析的费用报完还要自己出{{trap/number:三百多}}一次，这一块最难。
访谈者：医院那边呢？
受访者：透析室的{{han:蔡楚雄}}大夫说，能换肾最好，要排队。护士长{{han:柯巧玲}}人很好，孩子放假去医院陪他阿妈，她就让孩子在休息室写作业。{{han:许燕芳}}她自己说，为了孩子也要撑着。
访谈者：还有谁帮过你们？
受访者：区里有社工，一个叫{{compound:东方晓婷}}，一个是{{compound:司徒俊华}}。{{compound:东方晓婷}}给侄儿做辅导，带他去看他爸爸。邻居{{han:庄旭升}}开五金店，我三轮坏了他帮我修，不收钱。隔壁的{{han:陈美玲}}姨常过来帮我老婆擦身子。还有我表姐{{han:詹丽卿}}，她在{{trap/place:广州}}，每个月转几百块给孩子买书。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来也要顾。早上五点起来煮粥，送三个孩子上学，再去镇上踩三轮，中午回来给老婆做饭，下午送她去透析，晚上再出去拉几趟客。一天下来腰都直不起来。我阿妈七十多了，还帮厂里剪线头，一天赚三四十块，贴补家用。孩子们也知道省，鞋破了自己拿胶水粘。
访谈者：您有没有想过放弃？
受访者：想过。有一回半夜老婆疼得睡不着，我坐在门口抽烟，想这日子什么时候是个头。第二天早上女儿给我端来一碗粥，说阿爸你吃，我又觉得还能撑。
访谈者：孩子们平时喜欢什么？
受访者：{{han:菜脯}}喜欢看{{trap/minority_word:英歌舞}}，正月里跟着队伍走一整天。{{trap/minority_word:营老爷}}的时候三个孩子都去。我阿爸以前给他们讲{{trap/famous:文天祥}}在潮阳的故事，说做人要有骨气。女儿喜欢画画，画过一张我们一家泡{{trap/minority_word:工夫茶}}，{{trap/word:许多}}人看了都说像。
访谈者：登记要地址、证件和电话。
受访者：家在{{address:潮阳区谷饶镇仙波村三巷12号}}，我弟弟以前租的房子在{{address:棉北街道平北小区7栋2单元402房}}。我身份证{{id_number@mmid.440582}}，侄儿的身份证{{id_number@my2015fullwidth.440513}}。我电话{{mobile@p86h}}，我老婆电话{{mobile@s74}}。我的微信叫{{wechat:zhengjinbo_cy}}。{{han:乌榄}}用她阿妈的手机上QQ，号码她背给我听过，好像是{{qq:463820917}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。低保表上女儿写成了{{spaced:郑 佩 琪}}，{{han:郑俊贤}}写成了{{spaced:郑俊 贤}}，我老婆写成{{spaced:许　燕　芳}}。
访谈者：您最盼什么？
受访者：盼我老婆能换上肾，盼我弟弟早点出来，把儿子领回去好好养。
""")

# H429: Han primary-school teacher in 晋中 (太谷) going through the children in distress of her class, on WeChat and QQ.
DOCS["H429"] = ("teacher", """\
访谈者：闫老师，您班上有几个困境儿童？
受访者：五个。我叫{{han:闫晓霞}}，在{{school:太谷区明星镇中心小学四年级（2）班}}当班主任，教语文。这五个孩子的家长，我多半在微信上联系，有的爷爷奶奶不会用微信，我就跟孩子在QQ上说。
访谈者：先说第一个吧。
受访者：第一个是{{han:武梓涵}}，女孩，十岁。她爸爸{{han:武建华}}前年在{{trap/place:介休}}的煤矿出了事，截了一条腿，她妈妈走了，现在是奶奶{{han:郭秀莲}}带着。家长群里奶奶的备注是"{{han:武梓涵}}奶奶"，其实多半是{{han:武梓涵}}自己拿奶奶手机回消息。{{han:武建华}}他在家躺着，心情不好，孩子回家都不敢大声说话。
访谈者：第二个呢？
受访者：第二个{{han:冀昊天}}，男孩，爸爸{{han:冀永刚}}因为盗窃在{{trap/place:太原}}服刑，妈妈{{han:温丽娟}}在{{trap/place:平遥}}古城的饭店打工，一个月回来一次。孩子跟外公过，我加外公微信的时候备注成"{{han:冀昊天}}外公"。{{han:温丽娟}}她每天晚上九点多才有空，给我发语音问孩子的作业。
访谈者：第三个？
受访者：第三个、第四个是双胞胎，{{han:贾思彤}}和{{han:贾思远}}。爸妈离婚，爸爸去{{trap/place:鄂尔多斯}}开车，再没管过；妈妈{{han:常红梅}}有精神病，住在{{trap/place:榆次}}的医院里。姐弟俩跟着姑姑{{han:贾春花}}。{{han:贾思远}}就是爱打架，{{han:贾思彤}}说弟弟是想妈妈了。
访谈者：第五个？
受访者：第五个是{{han:渠一鸣}}，孤儿，爸妈都是得癌症走的，现在跟着大伯{{han:渠国栋}}，大伯自己也有三个孩子。{{han:渠一鸣}}爱在QQ上跟我说心里话，他的QQ号是——我手机里存着——{{qq:2019384756}}。他说想考{{trap/place:晋中}}一中，长大当医生。
访谈者：这些孩子在班上跟别的孩子有什么不一样？
受访者：表面上看不出来，细看就有。开家长会，别的孩子爸妈来了，他们几个的座位空着，或者来个白头发的老人。作文写《我的妈妈》，双胞胎姐姐交了白卷。我后来改了题目，写《我最想感谢的人》，她写的是她姑姑，写了满满两页。冬天教室{{trap/word:温度}}低，有的孩子穿得薄，我就在班上放了一个衣物箱，谁家有旧棉衣就放进去，谁冷了就拿，不用说是谁的。
访谈者：您跟家长沟通难在哪？
受访者：难在时间对不上。打工的家长白天在厂里不让看手机，夜里十一点才回我消息；老人耳朵背，电话里说三遍听不清。所以我宁愿跑一趟，周末骑电动车去家访，一个村一个村跑。
访谈者：学校和政府都帮了些什么？
受访者：学校给五个孩子免了午餐费，校长{{han:乔建民}}亲自去镇上要了资助名额。镇民政办的{{han:张晓斌}}给孩子办了孤儿基本生活费，一个月{{trap/number:一千二百多}}。村里的儿童主任{{han:王桂英}}每个月上门看一次。区里的社工站派来的是{{compound:令狐春霞}}，她跟同事{{compound:宇文晋川}}轮流来学校，给孩子们上团体辅导课。
访谈者：您跟家长在微信上都聊些什么？
受访者：什么都聊。{{han:常红梅}}清醒的时候会给我发消息，问女儿吃得好不好，她的微信号是{{wechat:changhongmei1986}}。{{han:贾春花}}她不识几个字，全靠语音。{{han:冀永刚}}从监狱往家里写信，孩子拍了照发给我看，信里说让儿子听闫老师的话，我看了心里酸。
访谈者：同事们帮忙吗？
受访者：帮。数学老师{{han:李文秀}}每周二给弟弟补课，音乐老师{{compound:上官瑞芬}}让{{han:武梓涵}}进了合唱队。孩子们排过一个节目，讲{{trap/famous:介子推}}割股奉君的故事，{{trap/minority_word:寒食节}}在镇上演了。
访谈者：您觉得还缺什么？
受访者：缺专业的人。心理上的事我们当老师的只懂一点皮毛，孩子真出了问题，学校里没有专职的心理老师，只能往区里转介，一等就是一两个月。
访谈者：登记表上的信息呢？
受访者：第一个孩子家在{{address:太谷区明星镇贾家堡村二组7号}}，第二个孩子外公家在{{address:太谷区水秀小区11号楼2单元302室}}。{{han:渠一鸣}}的身份证{{id_number@my2014.140703}}，他大伯的{{id_number@mquad.140703}}。双胞胎姑姑的电话{{mobile@plain}}，{{han:郭秀莲}}的电话{{mobile@hyphen}}。我的工作微信叫{{wechat:yanxx_taigu}}，家长都加了。
访谈者：表上名字有写错的吗？
受访者：有。家长群名片上有人把{{han:渠一鸣}}打成{{spaced:渠 一 鸣}}，{{han:武梓涵}}成了{{spaced:武梓 涵}}。{{compound:令狐春霞}}在报表上被写成{{spaced:令 狐 春 霞}}，她说她都习惯了。
访谈者：您自己有什么感受？
受访者：{{trap/word:常常}}觉得自己能做的太少。可孩子给你发一句"老师晚安"，你就觉得值了。有个孩子毕业好几年了，现在读初中，过教师节还会给我寄一张手写的卡片。
""")

# H430: Uyghur father in 拜城 (阿克苏), widowed and one-handed after a fall, raising three children and his dead brother's son.
DOCS["H430"] = ("family", """\
访谈者：大哥，您先介绍一下家里。
受访者：我叫{{minority/uyghur:吐尔逊江·买合苏提}}，四十一岁，家在{{trap/place:拜城县}}{{trap/place:赛里木镇}}。我老婆{{minority/uyghur:阿依努尔·热扎克}}三年前生小女儿的时候大出血，没救过来。前年我在{{trap/place:阿克苏}}的工地上从架子上掉下来，左手废了，干不了重活。家里三个孩子，还有我哥哥的儿子。
访谈者：孩子们多大了？
受访者：大儿子{{minority/uyghur:吾守尔江吐尔逊江}}十三岁，在{{school:拜城县第三中学初一（4）班}}。二女儿{{minority/uyghur:帕热扎提·吐尔逊江}}十岁，小女儿{{minority/uyghur:努尔曼古丽}}才三岁。我哥哥{{minority/uyghur:伊米提·买合苏提}}是得肝癌走的，嫂子改嫁去了{{trap/place:库车}}，他们的儿子{{minority/uyghur:图尔洪·伊米提}}十一岁，跟我过。{{minority/uyghur:图尔洪}}和{{minority/uyghur:帕热扎提}}在{{school:赛里木镇第一小学五年级（1）班}}和四年级。
访谈者：家里现在谁照顾小女儿？
受访者：我妈{{minority/uyghur:巴哈古丽·艾买提}}，七十岁了，腿也不好。{{minority/uyghur:帕热扎提}}放学回来就抱妹妹，给奶奶打下手。{{minority/uyghur:吾守尔江}}他住校，周末回来帮我浇地、喂羊。
访谈者：有哪些帮助？
受访者：村里的儿童主任{{minority/uyghur:麦合木提·居麦}}给{{minority/uyghur:图尔洪}}报了孤儿基本生活费，一个月{{trap/number:一千四百五}}，我家三个孩子按困境儿童申请了补贴，家里进了低保。驻村工作队的{{han:孙建勇}}队长帮我跑县{{trap/org:民政局}}，局里的{{han:邢志军}}给批得快。我的残疾证是{{trap/org:县残联}}办的，乡卫生院的{{han:李丽萍}}大夫每个月来给我妈量血压。
访谈者：学校对孩子们怎么样？
受访者：好。{{minority/uyghur:吾守尔江}}的班主任{{minority/uyghur:热娜古丽·托合提}}老师，知道他家里的事，给他申请了住宿补助，还常给他带{{trap/minority_word:薄皮包子}}。{{minority/uyghur:图尔洪}}他爱踢球，体育老师{{han:高振华}}说他有天分。县里的社工也来过，一个叫{{compound:慕容晓红}}，还有一个是{{compound:乐正一帆}}，{{compound:慕容晓红}}会说维吾尔语，孩子们都愿意跟她说话。
访谈者：您左手不方便，家里的活怎么干？
受访者：能干的我用一只手干。地里种的是小麦和玉米，浇水的时候大儿子回来帮忙，收的时候请村里的收割机，合作社给我们家免了一半的钱。羊养了八只，二女儿每天放学去割草。冬天冷，屋里烧煤炉子，我半夜起来添煤，怕孩子们冻着，又怕煤气。村里给我们装了报警器，我这才敢睡踏实。
访谈者：孩子们有没有什么愿望？
受访者：小女儿想要一个会说话的布娃娃，侄儿想要一双真正的球鞋。去年{{trap/org:县妇联}}搞了个"微心愿"活动，两个都实现了。侄儿穿着那双鞋踢球，下雨天都舍不得穿出去。
访谈者：邻居们呢？
受访者：隔壁{{minority/uyghur:米吉提·玉素甫}}大叔，{{trap/minority_word:古尔邦节}}宰羊，先给我们家送一条腿。{{minority/uyghur:米吉提}}他儿子在{{trap/place:乌鲁木齐}}上大学，放假回来给孩子们补英语。过{{trap/minority_word:肉孜节}}的时候，{{minority/uyghur:巴哈古丽·艾买提}}带着孙女们去串门，打{{trap/minority_word:馕}}、做{{trap/minority_word:抓饭}}。
访谈者：孩子们知道家里难吗？
受访者：知道。二女儿说她长大要当护士，她妈妈要是早点送到医院就好了。我跟孩子们讲{{trap/famous:阿凡提}}的故事，也带他们去看过{{trap/place:克孜尔千佛洞}}，告诉他们咱们这块地方以前出过{{trap/famous:鸠摩罗什}}那样的大学问人。
访谈者：您自己身体怎么样？
受访者：手一到阴天就疼，吃止疼药。县医院说再做一次手术能好一点，可我走不开，家里离不了人。我妈说她还能撑两年，让我先去把手治了。我想等大儿子放暑假再说。孩子们晚上写作业，我就在边上看着，汉字我认得不多，可看着他们心里就踏实。
访谈者：表上要填的地址和号码。
受访者：家在{{address:拜城县赛里木镇阿热勒村5组23号}}，我哥哥原先住{{address:拜城镇胜利路团结小区8号楼1单元102室}}。我身份证{{id_number@my1983x.652926}}，侄儿的是{{id_number@my2014tri.652926}}。我电话{{mobile@plus86dash}}，我妈的电话{{mobile@s38}}。我儿子的微信号{{wechat:wushouer_jiang13}}，他的QQ号他写在我手机背面：{{qq:3728104659}}。
访谈者：表上名字写得对吗？
受访者：不太对。我被写成{{spaced:吐尔逊江 · 买合苏提}}，点两边空着，系统认不出来。我儿子写成{{spaced:吾 守 尔 江}}，{{minority/uyghur:帕热扎提·吐尔逊江}}写成{{spaced:帕热扎提 吐尔逊江}}。侄儿有的表上写成{{minority/uyghur:图尔洪伊米提}}，没有点，有的又写成{{spaced:图尔洪 · 伊米提}}。
访谈者：您最盼什么？
受访者：盼孩子们都念出书来，别像我一样只能出力气。
""")

# H431: Han police officer in 岳阳 (岳阳楼区) reading from a case file: two children left alone, a father on drugs.
DOCS["H431"] = ("police", """\
访谈者：袁警官，您手上这个案卷是怎么回事？
受访者：我叫{{han:袁志刚}}，在{{trap/place:岳阳楼区}}一个派出所管社区，这是去年冬天的一个案子。{{trap/number:110}}接到邻居报警，说一户人家两个孩子好几天没人管。{{han:王建湘}}所长带着我们上门一看，姐弟俩在家，{{trap/number:三天}}就吃了一包挂面。姐姐{{han:龚雨桐}}九岁，弟弟{{han:龚雨辰}}五岁。
访谈者：孩子的父母呢？
受访者：父亲{{han:龚建勋}}吸毒，被我们所送去强制隔离戒毒了，这是第二次。母亲{{han:彭桂香}}早几年就去{{trap/place:东莞}}了，电话打不通。案卷上写着，父亲{{han:龚建勋}}，身份证{{id_number@my1986.430602}}，户籍地{{address:岳阳楼区枫桥湖路南湖小区6栋2单元503室}}；母亲一栏写的是{{han:彭桂香}}{{han:彭桂香}}，录入的人手一抖写了两遍，身份证{{id_number@wy1989hyphen.430623}}。
访谈者：孩子后来怎么安置的？
受访者：先送到区{{trap/org:未成年人救助保护中心}}住了两个礼拜。社区的儿童主任{{han:易国庆}}跑前跑后，联系到孩子的外婆{{han:邓春燕}}，住在{{trap/place:华容}}乡下。外婆六十八了，身体还行，就接过去了。区{{trap/org:民政局}}的{{han:付长江}}科长给姐弟俩按事实无人抚养儿童办了补贴，每人每月{{trap/number:一千二百一十}}。
访谈者：外婆那边的情况呢？
受访者：外婆家在{{address:华容县万庾镇新建村八组16号}}，她的身份证是{{id_number@wy1956.430623}}，电话{{mobile@plain}}。外婆说{{han:龚雨桐}}都会自己洗衣服了，还给弟弟扎头发——弟弟头发长了没人剪。{{han:龚雨辰}}他怕黑，晚上要开着灯睡。姐姐转到了{{school:万庾镇中心小学三年级（2）班}}，班主任{{han:黎明辉}}老师家访过两次。
访谈者：案卷里还有别的人吗？
受访者：有。报警的邻居叫{{han:熊平安}}，退休工人，他说那几天听见孩子哭，敲门没人开。检察院管未成年人的是{{compound:欧阳芷兰}}检察官，还有法律援助律师{{compound:司马敬之}}，帮外婆申请变更监护。法官是{{compound:尉迟建平}}。{{compound:欧阳芷兰}}她们还给孩子请了心理咨询师{{han:刘雅琪}}。
访谈者：你们平时怎么发现这样的孩子？
受访者：靠社区，靠学校，也靠邻居。我们所里跟辖区的几个学校建了联系群，哪个孩子连着几天没来上学，老师就跟我们说。社区网格员每个月要走访留守和困境家庭，发现有问题先报给儿童主任，再报给我们。这个案子要不是邻居报警，孩子可能就出事了。我们后来去楼里挨家挨户讲，让大家多留个心眼，看见孩子没人管就打电话。
访谈者：表格上的名字有问题吗？
受访者：有。救助站的登记表是手写的，把姐姐写成{{spaced:龚　雨　桐}}，弟弟写成{{spaced:龚 雨 辰}}。检察官的名字写成{{spaced:欧 阳 芷 兰}}，{{han:付长江}}写成{{spaced:付长 江}}，法官写成{{spaced:尉　迟　建　平}}。外婆的名字倒是写对了，可是{{han:邓春燕}}她不识字，签字的地方按的手印。
访谈者：后来孩子父亲出来了吗？
受访者：还没有，戒毒期两年。{{han:龚建勋}}他在里面写了一封信，说对不起孩子。我们跟戒毒所的{{compound:长孙慧敏}}管教联系，让他跟孩子视频过一次。孩子爷爷{{han:龚德旺}}早就去世了，奶奶在{{trap/place:平江}}，也七十多了，管不了。
访谈者：孩子现在怎么样了？
受访者：上个月我去{{trap/place:华容}}回访了一次。姐姐胖了一点，成绩在班上中等，老师说她上课爱举手了。弟弟上了村里的幼儿园，见了我就喊警察叔叔。外婆种了一园子菜，说日子苦是苦，娃娃在身边，心里踏实。
访谈者：您办这个案子有什么感受？
受访者：这种案子不少。{{trap/place:洞庭湖}}边上的村里，爸妈出去打工的、进去了的，孩子就丢给老人。我小时候读{{trap/famous:范仲淹}}的《岳阳楼记》，"先天下之忧而忧"，现在当了警察才懂一点：有些{{trap/word:付出}}是看不见的。
访谈者：还有什么联系方式要登记？
受访者：{{han:易国庆}}的工作电话{{mobile@fws}}，他的微信是{{wechat:yiguoqing_ylq}}。外婆不会用微信，{{han:龚雨桐}}在学校用老师电脑上QQ，QQ号老师抄给我了，{{qq:１５８２０４３９６７}}。姐姐的身份证{{id_number@wy2015spaced.430602}}。孩子们现在住外婆家，外婆说明年开春要翻修屋顶。
访谈者：还有别的吗？
受访者：青少年维权热线是{{trap/number:12355}}，我们跟孩子说，有事打这个，或者直接找{{han:易国庆}}叔叔。
""")

# H432: Han grandmother in 遂宁 (船山区) raising two grandchildren; her son died in a mine, their mother left.
DOCS["H432"] = ("family", """\
访谈者：婆婆，您先说说家里的情况嘛。
受访者：我叫{{han:蒲德珍}}，今年六十六，住在{{trap/place:遂宁}}{{trap/place:船山区}}乡下。老头子{{han:冉光富}}前年中风走了。我儿子{{han:冉启明}}在{{trap/place:贵州}}挖煤，四年前矿上塌方，人就没回来。儿媳妇{{han:唐秀梅}}拿了赔偿款，第二年就走了，说去{{trap/place:东莞}}打工，后来电话也换了。屋头就剩我和两个孙孙。
访谈者：两个孩子多大了？
受访者：孙女{{han:冉思雨}}十一岁，孙儿{{han:冉俊皓}}七岁。{{han:冉思雨}}在{{school:船山区永兴镇中心小学五年级（3）班}}，{{han:冉俊皓}}在同一个学校读一年级。{{han:冉思雨}}她懂事得很，放学回来就烧火煮饭，喂鸡喂猪。{{han:冉俊皓}}就是调皮，上课坐不住，老师说他想妈妈。
访谈者：平常一天是怎么过的？
受访者：天不亮就起来，烧火煮稀饭，给娃娃们热馒头，送到村口等校车。然后下地，挖红苕、摘海椒，中午随便吃一口。下午四点多去接娃娃，晚上看着他们写作业，我不识字，只能坐在边上陪着。{{han:冉思雨}}作业写完了，就教弟弟认字。村上的{{han:黄玉兰}}婶隔三岔五送点菜来。九点钟睡觉，我还要把明天的猪食煮起。
访谈者：您有没有想过把孩子交给别人带？
受访者：没想过。他们是我儿子留下的，我带一天是一天。亲戚说把孙儿送到城里他姑姑那里，我舍不得，姑姑自己也要上班。
访谈者：孩子妈妈后来联系过吗？
受访者：联系过一回。去年过年，{{han:唐秀梅}}她在微信上给孙女发了两百块红包，说在{{trap/place:广州}}又成了家。孙女哭了一晚上，第二天还是照常去上学。{{han:唐秀梅}}那边再没消息。
访谈者：家里得到过哪些帮助？
受访者：村上的儿童主任{{han:谯玉梅}}，我们喊她{{han:谯玉梅}}嬢嬢，她给两个娃娃报了事实无人抚养，一个娃娃一个月{{trap/number:一千零五十}}。镇上民政办的{{han:刘德胜}}帮我申请了低保。村支书{{han:张春风}}家跟我们是老邻居，他说有啥子事尽管喊。学校的{{han:王晓莉}}老师是孙女的班主任，她给孙女争取了"希望工程"的助学金。
访谈者：有社工来过吗？
受访者：来过。区上的社工站有个女娃叫{{compound:上官蓉溪}}，还有个男娃是{{compound:公冶嘉树}}，每个月来一次，带娃娃们画画、做游戏。{{compound:上官蓉溪}}说{{han:冉俊皓}}画的都是他爸爸，画一个大人牵一个娃娃。
访谈者：您身体还好吗？
受访者：高血压，膝盖也痛。镇卫生院的{{han:罗永贵}}医生说我不能累着，可是不累哪个做嘛。我种了两亩地，养了十几只鸡，农闲就去帮人剥花生。我妹妹{{han:蒲德芳}}在{{trap/place:射洪}}，农忙的时候她过来帮我插秧。
访谈者：孩子们平时喜欢做什么？
受访者：孙女喜欢看书，学校的书她都借遍了。她说{{trap/place:射洪}}出过{{trap/famous:陈子昂}}，她长大也要当大学问家。孙儿喜欢在{{trap/place:涪江}}边上捡石头。夏天热，我摇起{{trap/word:蒲扇}}给他们扇，讲{{trap/famous:观音}}菩萨的故事，我们遂宁是观音故里嘛。过年村里摆{{trap/minority_word:坝坝宴}}，两个娃娃跑前跑后。
访谈者：孙女最近怎么样？
受访者：上个月考试考了全班第三，奖状贴在堂屋墙上。她说等她爸爸的周年，要拿去坟上给她爸爸看。孙儿学会了骑自行车，摔了好多跤也不哭，说要骑车送婆婆去赶场。
访谈者：您担心什么？
受访者：担心我哪天倒下了，两个娃娃咋个办。我跟{{han:谯玉梅}}说过，要是我不在了，你帮我看着他们。她说婆婆你放心。隔壁的{{han:吴德华}}大姐也说过，到时候她帮着照看。
访谈者：登记表上的信息呢？
受访者：家在{{address:船山区永兴镇石板村六组21号}}，我女儿家在{{address:遂宁市河东新区新华小区4栋1单元602室}}，娃娃们周末有时去她那里。我身份证{{id_number@wy1958.510903}}，孙女的是{{id_number@wy2013.510903}}。我电话{{mobile@s38}}，我女儿的电话{{mobile@plus86spaced}}，她叫{{han:冉启芬}}，微信号是{{wechat:ranqifen_sn}}。孙女用她姑姑的旧手机上QQ，号码我记不到，她自己写在本本上，是{{qq:28461937}}。
访谈者：表上的名字写得对吗？
受访者：有时候不对。低保表上把孙女写成{{spaced:冉 思 雨}}，孙儿写成{{spaced:冉　俊　皓}}，我写成{{spaced:蒲德 珍}}，社工妹妹写成{{spaced:上 官 蓉 溪}}。
访谈者：最后您还想说啥子？
受访者：就是盼两个娃娃好好读书，以后不要像他们爸爸那样下井了。
""")



def main() -> None:
    # Set 54 is being written at the same time by another writer: it is not an earlier set.
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=425,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout54",))


if __name__ == "__main__":
    main()
