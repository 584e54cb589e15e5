# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 97 (tests/pii/holdout97/H761-H768 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 96, written at the same time, is not an
earlier set).

Set 97 is about children in distress (困境儿童) and the help they get, in eight new voices, most of them in 黔南: a
Mongolian mother from 前郭尔罗斯 (松原) married into a family in 都匀, her husband paralysed by a stroke, raising her two
children and the son of her brother, who is in prison; a Golok Tibetan father from 班玛 (果洛) tying rebar on building
sites in 都匀, his wife with heart disease at home and his three children in boarding schools; a Hui grandfather in
都匀 whose family came from 威宁, with a beef-noodle shop, raising the two children of his son, who is in prison; a
Uyghur mother from 墨玉 (和田) with a noodle shop in 都匀, her husband half paralysed by a stroke; a Buyei father in
惠水 who lost three fingers in a factory press, his wife gone without word, raising his three children and his
imprisoned brother's son; a Shui grandmother in 三都 (九阡) raising the left-behind children of her son and the son of
her mentally ill daughter; a Han village children's director (儿童主任) in 瓮安 reading from her register; and a Han
courier in 龙里 whose wife is on dialysis, with three children called by word nicknames. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names with short forms
(乌尼尔其其格 then 乌尼尔, 图布辛巴雅尔 then 图布辛) and a Han surname before a Mongolian given name (白诺敏花) beside the
Han names of the same people (包雅茹); Golok Tibetan names with short forms (周洛才让 then 周洛, whose first syllable is
a Han surname; 昂旺求培 then 求培, 格日尖参 then 尖参, 阿索多杰 then 阿索, 多拉卓玛 then 多拉) and Han names of
Tibetans (周卓雅, 杨国栋); Han-form Hui names (海德明, 锁金莲, 海永福, 黑秀兰) beside 经名 alone (易德利斯, 麦穆奈,
安瓦尔, 哈给木, 鲁凯亚, 海里凡) and after a Han surname (穆海里凡, 锁祖拜尔, 丁萨迪格, 海纳斯林, 白努尔丁); Uyghur given
name + father's name with and without the dot (如孜古丽·阿卜杜热西提 and 如孜古丽阿卜杜热西提, 卡德尔江亚森江) and
short forms (如孜古丽, 托合提江, 穆凯代斯, 玛依热, 凯赛尔江, 加玛丽); Buyei and Shui names in Han form with the
surnames of the region (韦, 罗, 班, 岑, 莫, 王; 蒙, 潘, 韦, 石, 吴), names that contain or end in words (韦天亮, 班长青,
王有粮, 韦小满, 蒙长寿, 敖光明, 黄家和, 母天佑), given names used alone (星月, 星宇) and word nicknames, annotated whole
(小树, 米花, 馒头, 猴子, 菌子); surname + title or kin word with no given name, annotated whole (杨主任, 周师傅, 老韦,
岑姐, 班支书, 莫三哥, 石姐, 老潘, 吴老师, 李书记, 骆主任, 谌阿姨, 付大夫, 老罗, 吴姨, 杨大爷); rare surnames (覃, 谌,
犹, 敖, 母, 晏, 骆, 聂); names directly before particles and verbs (韦秋兰她, 班长青他, 莫家旺他们家, 宋桂香都,
黄德茂那边, 母天佑也, 求培说, 托合提江也) and after 叫/是/跟/给/找; spaced, dotted and split names; compound surnames
after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:韦天亮}}``, ``{{qq:3184620597}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1986spaced.220721}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (:data:`_setkit.ID_SHAPES`,
                                   :data:`_setkit.MOBILE_SHAPES`);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长, 校长,
阿訇, 大姐, 婶, 护士) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她,
他, 他们家, 那边) are outside the span. The one exception: a surname with only a title or kin word and no given name
(杨主任, 老韦, 岑姐, 谌阿姨) names one person in a small place and is annotated whole, as are word nicknames (米花,
馒头). Han-style names of Mongolian, Tibetan and Hui people (包雅茹, 周卓雅, 海德明) and the names of the Buyei and Shui
voices are category han; a Han surname before a non-Han given name (白诺敏花, 穆海里凡) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout97/make_holdout97.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(97_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H761: Mongolian mother from 前郭尔罗斯 (松原) married into 都匀; husband paralysed by a stroke, her brother in prison.
DOCS["H761"] = ("family", """\
访谈者：您好，先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:苏日雅拉}}，身份证上的汉名是{{han:包雅茹}}，老家在{{trap/place:前郭尔罗斯}}，{{trap/place:查干湖}}边上的一个屯子。{{trap/year:二〇一一年}}在{{trap/place:杭州}}的服装厂打工，认识了我爱人{{han:覃德明}}，跟他嫁到{{trap/place:都匀}}来了。前年冬天{{han:覃德明}}在工地上突发脑梗，左边身子瘫了，话也说不利索。家里两个孩子，还有我哥的一个孩子也放在我这儿。
访谈者：孩子们都多大了？
受访者：我妈给两个孩子都起了蒙古名字。闺女叫{{minority/mongolian:乌尼尔其其格}}，十二岁，学校里用的名字是{{han:覃雨欣}}，在{{school:都匀市第十二中学初一（5）班}}；儿子叫{{minority/mongolian:钢苏和}}，八岁，户口上是{{han:覃嘉树}}，在{{school:墨冲镇中心小学二年级（3）班}}。家里都喊闺女{{minority/mongolian:乌尼尔}}，{{minority/mongolian:乌尼尔}}在蒙古话里是香气的意思。儿子也有个小名，他爸喊他{{han:小树}}。
访谈者：哥哥的孩子怎么会在您这儿？
受访者：我哥{{minority/mongolian:那木拉苏和}}跟嫂子在{{trap/place:松原}}离了婚，嫂子出国打工，再没回来。我哥前年酒后开车撞了人，判了三年，在里头呢。他儿子{{minority/mongolian:图布辛巴雅尔}}十一岁，我妈{{minority/mongolian:温都苏其其格}}七十多了，带不动，我就把孩子接到{{trap/place:黔南}}来了。我们叫他{{minority/mongolian:图布辛}}，{{minority/mongolian:图布辛}}他刚来的时候听不懂这边的话，老哭。现在跟表弟在一个学校，读五年级，跟同学处得挺好。
访谈者：家里的收入靠什么？
受访者：我在镇上一家米粉店帮厨，早上还帮着蒸{{trap/word:包子}}，一个月两千出头。{{han:覃德明}}他有残疾证，一级，每月有护理补贴。社区给我们家报了低保，三个孩子都算困境儿童，我侄子是父亲服刑、母亲失联，按事实无人抚养报的，一个月{{trap/number:一千一百八}}。这些都是社区的儿童主任{{han:韦秋兰}}一趟一趟跑下来的。{{han:韦秋兰}}她是布依族，说话快，人实在。
访谈者：还有谁帮过你们？
受访者：街道民政办的{{han:杨主任}}，全名我记不住，大家都叫她{{han:杨主任}}。市里社工站有个小伙子叫{{compound:令狐远航}}，每个月来给孩子们辅导作业，跟他一起来的是{{compound:公孙雅萍}}，专门陪{{minority/mongolian:图布辛}}说话。我在这边还有个同乡，叫{{minority/mongolian:白诺敏花}}，在师范学院当老师，她嫁过来比我早。{{minority/mongolian:白诺敏花}}常叫孩子们去她家吃{{trap/minority_word:手把肉}}，说不能让孩子把蒙古话忘了。
访谈者：孩子们的爸爸现在怎么样？
受访者：在家坐轮椅。州医院的{{han:罗文彬}}大夫说要坚持做康复，社区卫生服务站的{{han:岑丽}}护士每周上门给他扎针。他说他拖累了我，我说你别说这个，孩子们还要喊你爸。
访谈者：老家的亲人常联系吗？
受访者：常联系。我姐{{minority/mongolian:陶格斯乌日娜}}在城里开了个小超市，每年给孩子们寄{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}，还寄过三件蒙古袍。她说等孩子放暑假，接他们回去赶{{trap/minority_word:那达慕}}。我妈每次视频都问孩子们吃得好不好，还给他们讲{{trap/famous:巴拉根仓}}的故事，{{minority/mongolian:钢苏和}}就爱听这个。
访谈者：孩子们在这边过得习惯吗？
受访者：吃的上慢慢习惯了。这边什么都放辣椒，头一年我做饭不放，他爸说没味道；我做饭放了，侄子又辣得直哭。后来我就做两样，一锅辣的一锅不辣的。闺女现在比本地孩子还能吃辣，回老家姥姥给她炖的羊肉，她还要蘸辣椒水。话也学会了，在学校说普通话，回家跟她爸说本地话，跟我说几句蒙古话，三样话换着说。儿子就是怕冷又怕热，这边冬天没有暖气，屋里比外头还冷，他说还是姥姥家的火炕好。我跟孩子们说，哪里都是家，有爸有妈的地方就是家。
访谈者：表上要登记一下地址和号码。
受访者：家在{{address:都匀市墨冲镇沙寨村五组18号}}，我妈家在{{address:前郭县查干花镇乌兰敖都村四社9号}}。我的身份证{{id_number@wy1986spaced.220721}}，侄子的户口还在老家，证件在我妈那儿。我电话{{mobile@s434}}，孩子他爸的{{mobile@hyphen}}。我微信叫{{wechat:Suriyala_qg86}}。闺女有个QQ，说是班级群要用，她写在我手机壳里的纸条上了，号码是{{qq:3184620597}}。
访谈者：您自己最难的是什么时候？
受访者：头一年。我一个外地人，听不懂本地话，他又病倒了，三个孩子要吃要穿。那时候我半夜蹲在灶房里哭，怕孩子们听见。后来社区的人来了，学校的老师也来了，慢慢就熬过来了。现在我也学会了跑手续，低保每年要复核，残疾证要年审，孩子的补贴每季度要签字，我都记在一个本子上，哪天该办什么，一样都不落下。
访谈者：名字在表上写得对吗？
受访者：经常写错。有张表把我写成{{spaced:苏 日 雅 拉}}，侄子写成{{spaced:图布辛 巴雅尔}}，闺女的蒙古名写成{{spaced:乌　尼　尔　其　其　格}}，还有把我姐写成{{spaced:陶格斯 乌日娜}}的。我跟社工说，写错了不要紧，人对得上就行。
访谈者：您有什么盼头？
受访者：盼他能拄着拐走两步，盼孩子们念好书。闺女说她要考到{{trap/place:长春}}去读大学，离姥姥近一点。
""")

# H762: Golok Tibetan father from 班玛 on building sites in 都匀; wife with heart disease, children in boarding schools.
DOCS["H762"] = ("family", """\
访谈者：您在都匀做什么工作？
受访者：在工地上扎钢筋。我叫{{minority/tibetan:周洛才让}}，家在{{trap/place:果洛}}{{trap/place:班玛县}}，跟着老乡出来打工四年了，先在{{trap/place:西宁}}，后来到了{{trap/place:都匀}}。工地上的人念不顺我的名字，都喊我{{han:周师傅}}，其实我不姓周，{{minority/tibetan:周洛}}是我名字的前一半。
访谈者：家里还有谁？
受访者：老婆{{minority/tibetan:尼玛措}}有风湿性心脏病，干不了重活，跟她阿妈住在{{trap/place:玛可河}}边上。三个娃娃都在县里的寄宿学校。大的儿子{{minority/tibetan:久美俄色}}十三岁，在{{school:班玛县民族中学初一（2）班}}；二姑娘{{minority/tibetan:多拉卓玛}}十岁，在县城的寄宿制小学读四年级；老三{{minority/tibetan:南拉吉}}六岁，在乡上的幼儿园。{{minority/tibetan:多拉卓玛}}她们老师都叫她{{minority/tibetan:多拉}}，{{minority/tibetan:多拉}}是她的小名。
访谈者：孩子们周末谁管？
受访者：周末回外婆家。外婆{{minority/tibetan:东珠草}}六十八了，一个人放二十头{{trap/word:牦牛}}，还要照顾我老婆。老人家也是真不容易。我弟弟{{minority/tibetan:昂旺求培}}在县城开面包车，礼拜五下午去学校接娃娃，礼拜天再送回去。{{minority/tibetan:求培}}说，哥你放心在外头挣钱，娃娃们有我。
访谈者：娃娃们在学校怎么样？
受访者：大儿子的班主任{{minority/tibetan:格日尖参}}老师经常给我打电话。{{minority/tibetan:尖参}}老师说{{minority/tibetan:久美俄色}}数学好，就是想家，晚上在宿舍偷偷哭。我说你跟他说，阿爸过年就回去。学校的生活老师{{han:赵美玲}}给娃娃们洗衣服、梳头，跟亲妈一样。小学给二姑娘登的汉名叫{{han:周卓雅}}，是老师起的。
访谈者：家里有哪些补助？
受访者：村里的儿童主任{{minority/tibetan:完德拉加}}帮我们办了困境儿童的补贴，老婆算重病，三个娃娃每人每月{{trap/number:三百六十}}，家里也有低保。乡上的民政助理{{han:马文学}}来核过两回。我在这边，老板{{han:岑国富}}人不错，工钱按月给，从来不拖。项目部的安全员是{{compound:上官浩川}}，他知道我家的事，给我报了工会的困难职工补助。
访谈者：您住在哪里？
受访者：住工棚，八个人一间。一起的有我表哥{{minority/tibetan:阿索多杰}}，{{minority/tibetan:阿索}}跟我同一年出来的。还有几个{{trap/place:甘孜}}来的藏族兄弟。晚上没事了我们就唱歌，想家。工地上的活苦，夏天钢筋晒得烫手，要戴两层手套；冬天这边湿冷，比我们那儿的干冷难受，风往骨头里钻。一开始我吃不惯这边的酸汤和糯米饭，老想念{{trap/minority_word:糌粑}}和奶茶，现在也习惯了。工地上还有个布依族大哥，大家叫他{{han:老韦}}，{{han:老韦}}会做酸汤鱼，周末请我们吃。我表弟在州上当协警，户口上是汉名，叫{{han:杨国栋}}，他每回打电话都问娃娃们。
访谈者：您老婆的病怎么治？
受访者：每年去{{trap/place:西宁}}复查一次，省医院的{{han:何志坚}}大夫说，将来可能要换瓣膜。手术要好几万，我就是为这个出来挣的。县上社工站的{{compound:巫马雪晴}}帮我们申请了大病救助，她说钱下来了先给我打电话。
访谈者：过节回去吗？
受访者：藏历年一定回去。回去了先去寺里点灯、{{trap/minority_word:转经}}，晚上外婆给娃娃们讲{{trap/famous:阿克顿巴}}的故事，娃娃们笑得在地上打滚。夏天有{{trap/minority_word:赛马会}}，我回不去，就让弟弟带他们去看。
访谈者：登记一下信息。
受访者：家在{{address:班玛县赛来塘镇多贡麻村三社6号}}，弟弟在县城租房子住。我身份证{{id_number@my1984hyphen.632622}}。我电话{{mobile@plus86}}，弟弟的{{mobile@spaced}}。我的微信{{wechat:zhouluo_banma}}。大儿子有QQ，说是学校上网课用的，他用藏文和汉字一起写给我，号码{{qq:2075418396}}。
访谈者：孩子们想您吗？
受访者：想。小的那个视频的时候总问阿爸哪天回来，我说等草绿了就回来。其实我也说不准。工地上的活是跟着项目走的，这个楼封顶了，就要跟老板去下一个工地，有时候去{{trap/place:凯里}}，有时候去{{trap/place:独山}}，离家越走越远。老婆在电话里说，你不要太累，身体垮了我们就没指望了。我说我身体好，一顿吃三碗饭。每个月十号发工资，我留五百块吃饭，剩下的都转回去，先交娃娃们的伙食费，再给老婆买药。大儿子懂事，从来不跟我要东西，放假回去就帮外婆挤奶、背水。
访谈者：表上的名字对吗？
受访者：我们的名字汉字写法多。表上有{{spaced:周洛 才让}}，中间空一格；大儿子写成{{spaced:久 美 俄 色}}；弟弟成了{{spaced:昂　旺　求　培}}；二姑娘是{{spaced:多拉 卓玛}}。
访谈者：您最大的心愿呢？
受访者：老婆的病治好，娃娃们念书念出去。我在工地上一天挣三百，省着花，一年能寄回去四五万。
""")

# H763: Hui grandfather in 都匀 whose family came from 威宁; his son in prison, the son's wife remarried.
DOCS["H763"] = ("family", """\
访谈者：老人家，您家是什么时候到都匀的？
受访者：我爹那一辈从{{trap/place:威宁}}出来的，在{{trap/place:都匀}}卖牛肉粉，到我手上三十多年了。我叫{{han:海德明}}，经名{{minority/hui:易德利斯}}，今年六十七。老伴{{han:锁金莲}}，经名{{minority/hui:麦穆奈}}。我们在{{trap/org:清真寺}}旁边开着个小粉馆，早上五点开门，老伴熬汤，我切牛肉。
访谈者：家里孩子的情况呢？
受访者：两个孙子是我们在带。儿子{{han:海永福}}，经名{{minority/hui:安瓦尔}}，前年跟人合伙跑运输，在{{trap/place:贵阳}}为了货款跟人打架，把人打成重伤，判了五年。儿媳{{han:陶春霞}}一气之下回了娘家，后来改嫁到{{trap/place:昭通}}去了。大孙子{{han:海子航}}十三岁，经名{{minority/hui:哈给木}}；小孙女{{han:海雨涵}}九岁，经名{{minority/hui:鲁凯亚}}。
访谈者：孩子们在哪里上学？
受访者：孙子在{{school:都匀市第四中学初二（3）班}}，孙女在附近的小学读三年级。{{minority/hui:哈给木}}他不爱说话，他爸的事他憋在心里。班主任{{han:吴老师}}家访过三回，说孩子成绩往下掉。{{minority/hui:鲁凯亚}}倒是活泼，礼拜五跟奶奶去寺里，学着念经。
访谈者：谁帮过你们？
受访者：寺里的开学阿訇{{minority/hui:穆海里凡}}，我们都叫他{{minority/hui:海里凡}}阿訇，他让乡老们开了个会，每年{{trap/minority_word:开斋节}}从{{trap/minority_word:天课}}里给我们家拿出一份。管账的乡老{{minority/hui:锁祖拜尔}}每个月送一袋面来。社区的儿童主任{{han:黑秀兰}}给两个孙子报了事实无人抚养，一人一个月{{trap/number:一千二百三}}。社区的{{han:丁兴贵}}书记也来过家里。还有{{minority/hui:丁萨迪格}}，他在城里开清真超市，孩子们的书包文具都是他给买的。{{minority/hui:丁萨迪格}}说，都是从威宁出来的，一家人不说两家话。
访谈者：粉馆的生意怎么样？
受访者：还过得去。我们做的是威宁的老做法，牛骨头熬一夜，汤是清的，牛肉切得薄，一{{trap/word:丁点}}都不浪费。老主顾都是早上上班的人，七点到九点最忙，一过十点就没什么人了。下午我们备料，晚上卖点炒饭、牛肉汤锅。一个月除了房租、水电，能落下三四千块，两个孙子上学、吃穿都从这里出。孙子放了假也在店里帮着端粉、收碗，客人都夸他勤快。我跟他说，人穷不要紧，手脚勤快，心里干净，走到哪里都有饭吃。
访谈者：社工有没有来过？
受访者：来过。市里社工站的{{compound:拓跋晓峰}}每个礼拜六来，给孙子补数学，他说孩子脑子好使，就是心里有疙瘩。跟他一起来的姑娘是{{compound:司马静娴}}，陪孙女画画、跳绳。{{compound:拓跋晓峰}}还带孙子去监狱会见过一回。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。孙女有一回问我，爷爷，爸爸是不是坏人？我说，你爸做了错事，在里头改，改好了就回来。每隔两个月我带他们去{{trap/place:贵阳}}会见一次。儿子也哭，说对不起爹妈，对不起娃娃。
访谈者：您和老伴身体怎么样？
受访者：我糖尿病，眼睛也花了。{{han:锁金莲}}她腰不好，社区医院的大夫让她少站。我们那个馆子靠老主顾撑着，一碗粉卖十二块，晚上{{trap/word:锁门}}的时候常常都十点了。
访谈者：老家还有亲戚帮忙吗？
受访者：老伴的妹妹{{minority/hui:海纳斯林}}还在老家，每年暑假把两个孩子接回去住一个月，带他们去{{trap/place:草海}}看黑颈鹤。{{minority/hui:海纳斯林}}她男人{{han:锁德顺}}在{{trap/place:观风海}}养牛，孩子们回来都晒黑了。城东的{{minority/hui:白努尔丁}}是做生意的，过年给孩子们每人包五百块。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:圣纪节}}寺里办会，炸{{trap/minority_word:馓子}}，孩子们最高兴。我给他们讲{{trap/famous:海瑞}}的故事，说做人要像他那样清清白白。
访谈者：请登记一下地址和号码。
受访者：粉馆在{{address:都匀市广惠路清真寺巷17号}}，老家在{{address:威宁县观风海镇果化村六组23号}}。我的身份证{{id_number@my1958.522427}}，孙子的{{id_number@my2012quad.522701}}。我电话{{mobile@plain}}，老伴的{{mobile@p86n}}。{{han:黑秀兰}}的微信是{{wechat:heixiulan_sq}}，有事我就找她。孙子有个QQ，他说跟他爸的狱警联系用不上，跟同学用，号码抄在粉馆的挂历上：{{qq:41806273}}。
访谈者：表上的名字写得对吗？
受访者：经名是音译，各人写各的。我在寺里的名册上是{{spaced:易 德 利 斯}}，孙子在学校的表上成了{{spaced:海　子　航}}，阿訇写成{{spaced:穆 海 里 凡}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人在一起。他在里头表现好，去年减了半年刑，信里说出来以后跟我学做粉，不再出去跑了。孙子说他长大了不跑运输，要当老师，我说好，当老师好。
""")

# H764: Uyghur mother from 墨玉 (和田) with a noodle shop in 都匀; her husband half paralysed by a stroke.
DOCS["H764"] = ("family", """\
访谈者：您的面馆开了多久了？
受访者：五年了。我叫{{minority/uyghur:如孜古丽·阿卜杜热西提}}，老家在{{trap/place:和田}}{{trap/place:墨玉县}}，{{trap/place:喀拉喀什河}}边上。店在{{trap/place:都匀}}火车站后面，卖{{trap/minority_word:拌面}}、抓饭、{{trap/minority_word:薄皮包子}}。熟客都叫我{{minority/uyghur:如孜古丽}}，叫不全的就喊老板娘。
访谈者：家里几口人？
受访者：五口。我丈夫{{minority/uyghur:托合提江·阿西木}}去年冬天中风，右半边不能动，现在在店后面的小屋里躺着。{{minority/uyghur:托合提江}}他以前是拉面师傅，一个人能顶两个人，现在连筷子都拿不住。三个孩子，大女儿{{minority/uyghur:穆凯代斯·托合提江}}十三岁，儿子{{minority/uyghur:凯赛尔江·托合提江}}十岁，小女儿{{minority/uyghur:玛依热·托合提江}}六岁。
访谈者：孩子们在哪里上学？
受访者：大女儿在{{school:都匀市第九中学初一（6）班}}，儿子在{{school:都匀市沙包堡小学四年级（2）班}}，小的在社区幼儿园。{{minority/uyghur:穆凯代斯}}放学就来店里帮忙，收钱、洗碗，作业都是晚上十点以后写。她的班主任{{han:潘老师}}来过店里，说孩子太累了，上课打瞌睡。{{minority/uyghur:玛依热}}就爱跟着她姐，姐姐到哪她到哪。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:莫丽婵}}。她给三个孩子报了困境儿童，说父母一方重残，一个孩子每月{{trap/number:五百二十}}。{{han:莫丽婵}}她还帮我丈夫办了残疾证。市{{trap/org:民政局}}的{{han:陈德润}}科长来店里看过，给我们家报了临时救助。隔壁卖米粉的{{han:王翠芝}}大姐，中午忙不过来就帮我看孩子。社工站的{{compound:尉迟嘉禾}}每个礼拜来辅导儿子写作业，还有一个姑娘叫{{compound:段干秋禾}}，给大女儿做心理辅导。
访谈者：老家还有亲人吗？
受访者：我妈{{minority/uyghur:麦尔耶姆古丽}}在{{trap/place:墨玉县}}，七十了，一个人种核桃。我弟弟{{minority/uyghur:卡德尔江亚森江}}在{{trap/place:乌鲁木齐}}开出租车，每个月给我寄一千。我表姐{{minority/uyghur:萨伊普加玛丽}}也在都匀，在城南开了个馕店，{{minority/uyghur:加玛丽}}每天早上给我们送{{trap/minority_word:馕}}来。还有一个老乡{{minority/uyghur:帕尔哈提·木沙江}}，在我店里当拉面师傅，工钱只要一半，说等大哥好了再补。
访谈者：丈夫的病能治好吗？
受访者：州医院的{{han:石大夫}}说，坚持做康复，能恢复一些。康复科的{{han:韦明朗}}医生每周给他做两次针灸。{{minority/uyghur:托合提江}}也急，天天在床上练抬胳膊。
访谈者：当初怎么会到都匀来开店？
受访者：我们村里出来开面馆的人多，有在{{trap/place:广州}}的，有在{{trap/place:长沙}}的。一个老乡先到了这边，说这里的人爱吃面，房租也便宜，我们就来了。头两年难，本地人吃不惯羊肉的膻味，我们就学着做牛肉面、鸡蛋面，汤里少放孜然。慢慢地熟客多了，有的客人从开张吃到现在。孩子们在这边长大，说的话一半是这边的口音，回老家的时候我妈都听不太懂。可是孩子们也记着自己是哪里人，大女儿在学校的作文里写过我们村的核桃树和路边的{{trap/word:白杨}}。
访谈者：孩子们过得怎么样？
受访者：{{minority/uyghur:凯赛尔江}}他贪玩，成绩不好，可是心善，看见他爸躺着就去给他揉腿。{{trap/minority_word:古尔邦节}}的时候，我们在店里宰羊，请左邻右舍来吃。我给孩子们讲{{trap/famous:纳瓦依}}的诗，我爸以前在家常念。
访谈者：请登记一下地址和号码。
受访者：店在{{address:都匀市沙包堡街道火车站路38号}}，老家在{{address:墨玉县喀尔赛镇阿克恰勒村5组26号}}。我的身份证{{id_number@wy1985fwspaced.653222}}，大女儿的{{id_number@wy2012hyphen.653222}}。我的电话{{mobile@plus86dash}}，{{han:莫丽婵}}的电话{{mobile@s38}}。我的微信{{wechat:ruzigul_noodle}}。大女儿有QQ，她说跟同学对作业要用，号码我写在收银台下面了，是{{qq:1370926584}}。
访谈者：您一个人撑着，最难的是什么？
受访者：最难的是夜里。店关了，孩子睡了，我一个人算账，算来算去都不够。房租一个月两千八，面粉涨价，羊肉也涨。可是看着三个孩子，我就想，再难也得撑着。有一回交不上房租，房东{{han:杨大爷}}说不急，等你男人好了再说，我到现在都记着。
访谈者：表上的名字写得对吗？
受访者：有的对，有的不对。低保表上是{{minority/uyghur:如孜古丽阿卜杜热西提}}，没有点；有一张写成{{spaced:如 孜 古 丽}}；我丈夫写成{{spaced:托合提江 · 阿西木}}，点两边都空着；大女儿写成{{spaced:穆凯代斯 托合提江}}。
访谈者：您对以后有什么打算？
受访者：等丈夫好一些，把店做大一点。大女儿说要考医学院，回来给她爸治病。
""")

# H765: Buyei father in 惠水 who lost fingers in a factory; his wife gone, his brother in prison.
DOCS["H765"] = ("family", """\
访谈者：大哥，您家里现在是什么情况？
受访者：我叫{{han:韦天亮}}，布依族，家在{{trap/place:惠水}}{{trap/place:涟江}}边上的寨子里。{{trap/year:二〇一九年}}在{{trap/place:东莞}}五金厂打工，冲床压掉了右手三个指头，回来在{{trap/org:县残联}}办了残疾证，四级。老婆{{han:罗春妹}}说去{{trap/place:浙江}}打工，三年多没消息了，电话也打不通。三个娃娃跟着我，还有我弟弟的一个娃娃。
访谈者：孩子们多大了？
受访者：大姑娘{{han:韦金秋}}十四，在{{school:惠水县第三中学初二（4）班}}住校；儿子{{han:韦小满}}十岁，在{{school:好花红镇中心小学四年级（3）班}}；最小的姑娘{{han:韦安然}}五岁，我们都喊她{{han:米花}}，{{han:米花}}就爱跟着她哥跑。{{han:韦小满}}也皮，上树掏鸟窝，被寨子里的人告到我这里好几回。
访谈者：弟弟的孩子呢？
受访者：我弟{{han:韦天明}}前年跟人去做假酒，判了四年。弟媳{{han:莫小芬}}回了娘家，又嫁人了。他儿子{{han:韦浩}}八岁，一直跟着我。{{han:韦浩}}他晚上做梦都喊他爸。
访谈者：家里靠什么过日子？
受访者：我种几亩稻谷，养两头猪，农闲在镇上打零工，手不方便，只能干点轻活。村里给我们家报了低保，四个娃娃都是困境儿童，侄子按事实无人抚养，一个月{{trap/number:一千零九十}}。这些都是村里的儿童主任{{han:岑美玉}}帮着办的，我们都喊她{{han:岑姐}}。{{han:岑姐}}她隔两个礼拜就来一趟，看娃娃们有没有饭吃、衣服够不够。
访谈者：村干部帮过什么？
受访者：村支书{{han:班长青}}，大家都喊他{{han:班支书}}。{{han:班长青}}他给我找了个看鱼塘的活，一个月一千五。驻村的第一书记是县里派来的{{compound:欧阳春生}}，他给我们家装了自来水。镇上社工站有个叫{{compound:诸葛明朗}}的，每个月来给娃娃们上一次课，讲防溺水、防拐骗。{{compound:诸葛明朗}}说，我家大姑娘可以当小组长。
访谈者：学校那边呢？
受访者：大姑娘的班主任{{han:王有粮}}老师说她成绩好，能考县一中，学费生活费都有补助。大姑娘放假回来就煮饭、喂猪、给妹妹洗头，比我还像个大人。她跟我说，爸，你手不好，重活留着我放假回来干。我听了心里又高兴又难受，十四岁的姑娘，本来该是撒娇的年纪。我跟她说，{{trap/word:莫急}}，爸还干得动。儿子的老师{{han:罗兴邦}}说他聪明，就是坐不住。{{trap/org:乡卫生院}}的{{han:罗医生}}每年给娃娃们打疫苗、体检。
访谈者：寨子里的人怎么样？
受访者：好的多。隔壁{{han:莫家旺}}他们家人好，大家喊他{{han:莫三哥}}，农忙的时候帮我栽秧、打谷子。{{han:莫三哥}}家的媳妇{{han:王桂珍}}会织布，给娃娃们做过布依族的衣服。{{trap/minority_word:六月六}}的时候，寨子里杀鸡、包{{trap/minority_word:粽粑}}，娃娃们跟着大人去对歌，唱{{trap/minority_word:好花红}}。我跟他们讲，{{trap/famous:王阳明}}当年在贵州龙场悟道，读书人要吃得苦。
访谈者：您最担心的是什么？
受访者：担心老婆一直不回来，娃娃们心里有个疙瘩。小的那个还不懂，大的懂。有一回大姑娘在作文里写，妈妈，你在哪里？老师拿给我看，我一晚上没睡着。第二天我去镇上给她买了一条裙子，她穿上了又脱下来，说留着等妈妈回来再穿。还担心我这只手，{{trap/word:班车}}司机都说我这样搬不了重东西，找不到好活。
访谈者：您自己的手现在怎么样？
受访者：伤口早好了，就是使不上劲，冬天一冷就疼。厂里当时赔了四万多块，一半给老婆治过病，一半给娃娃们交了学费，早就花光了。镇上的人社所介绍我去学过编竹篮子，我一只手编得慢，一天编两三个，赶场天拿到街上卖，一个卖三十块。娃娃们放学回来也帮我削篾条，小的那个削不好，就在旁边给我递东西。
访谈者：请登记一下地址和号码。
受访者：家在{{address:惠水县好花红镇摆榜村三组27号}}。我的身份证{{id_number@my1983.522731}}，侄子的{{id_number@my2017hyphen.522731}}。我电话{{mobile@plain}}，{{han:岑美玉}}的电话{{mobile@h38}}。大姑娘的微信是{{wechat:jinqiu_hs2010}}。儿子拿我的手机注册了个QQ，号码他写在墙上的奖状背面，说是{{qq:956302418}}。
访谈者：表上的名字写得对吗？
受访者：有些不对。有张表把我写成{{spaced:韦 天 亮}}，把大姑娘写成{{spaced:韦　金　秋}}，还有{{spaced:班长 青}}，中间空了一格。我们布依族的名字都是汉字，写错了也看得出来。
访谈者：您有什么盼头？
受访者：盼娃娃们都念出来，别像我一样去厂里卖命。我现在就是白天干活，晚上看着他们写作业，虽然我也看不懂多少，坐在旁边他们就不偷懒。寨子里的老人说，布依族的娃娃会唱歌就行，我说现在不一样了，要会读书。大姑娘说要当护士，我说好，当护士能照顾人。
""")

# H766: Shui grandmother in 三都 raising her son's left-behind children and her ill daughter's son.
DOCS["H766"] = ("family", """\
访谈者：奶奶，您身体还好吧？我们慢慢聊。
受访者：还好，就是腿痛。我叫{{han:蒙桂仙}}，水族，住在{{trap/place:三都}}{{trap/place:九阡}}那边的寨子里，今年六十六。老头子{{han:潘德礼}}前年得肝病走了。儿子{{han:潘文华}}跟儿媳{{han:石玉梅}}在{{trap/place:福建}}鞋厂打工，一年回来一次。女儿{{han:潘文秀}}精神上有病，住在县里的医院。三个孙子外孙都跟着我。
访谈者：孩子们叫什么？多大了？
受访者：孙女{{han:潘星月}}十二，我们喊她{{han:星月}}；孙子{{han:潘星宇}}九岁，喊{{han:星宇}}。外孙{{han:吴天宝}}七岁，他爸{{han:吴老二}}喝酒，女儿病了以后他就走了，找不到人。{{han:星月}}在{{school:三都县九阡镇中心小学六年级（1）班}}，{{han:吴天宝}}在{{school:九阡镇水各小学一年级（2）班}}，{{han:星宇}}在同一个学校读三年级。
访谈者：女儿的病怎么样？
受访者：时好时坏。好的时候回来住几天，抱着儿子哭。不好的时候连我都不认。县医院的{{han:韦长发}}大夫说要长期吃药，药钱医保报一大半。外孙问我妈妈什么时候回来，我说等病好了。
访谈者：谁帮过您？
受访者：村里的儿童主任{{han:石月娥}}，大家都喊她{{han:石姐}}。{{han:石姐}}给外孙报了事实无人抚养，一个月{{trap/number:一千一百五十}}，两个孙子按留守儿童登记，每学期学校有生活补助。村主任{{han:蒙长寿}}给我家修了厨房，原来的灶房漏雨，下大雨的时候锅里都接雨水。镇上的社工{{compound:皇甫玉琴}}每个月来一次，她是{{trap/place:都匀}}人，会说几句水话；她的同事{{compound:长孙一苇}}给孙子补课。{{compound:长孙一苇}}还带孙子去县里参加过一次夏令营。
访谈者：孩子们在学校怎么样？
受访者：孙女读书好，她的班主任{{han:吴老师}}说能考县里的民族中学。{{han:星月}}也懂事，放学回来就煮饭、喂鸡、给弟弟洗衣服。孙子调皮，跟外孙在一个学校，外孙被人欺负，他就去帮着打架。学校的{{han:潘秀兰}}校长找我谈过两回，我也打过他。
访谈者：儿子儿媳常打电话吗？
受访者：一个礼拜打一回视频。{{han:潘文华}}他说厂里活多，想回来又怕没钱。儿媳叫孩子们听奶奶的话。过{{trap/minority_word:端节}}的时候他们回不来，我一个人带着孩子们去赛马坡看赛马，吃{{trap/minority_word:鱼包韭菜}}。寨子里的老人讲{{trap/famous:陆铎公}}造{{trap/minority_word:水书}}的故事，孩子们听得入迷。
访谈者：邻居们怎么样？
受访者：对门{{han:韦秀芝}}婶天天来看我，帮我捡柴、挑水。{{han:韦秀芝}}她们家也有两个留守的孩子，几个孩子一起玩。寨子后头的{{han:老潘}}是我老头子的堂哥，他会{{trap/minority_word:马尾绣}}的手艺，教孙女绣背带。
访谈者：您平时靠什么过日子？
受访者：儿子每个月寄一千五回来，我自己有养老金，一个月一百多块，还有低保。村里的水族妇女合作社收马尾绣的活，我眼睛还行的时候绣一点，一幅背带能卖好几百。现在眼睛花了，针都穿不进去，孙女就帮我穿针。她说奶奶你教我，我学会了也能挣钱。我说你先把书念好，绣花等放假再学。
访谈者：请登记一下地址和号码。
受访者：家在{{address:三都县九阡镇水各村七组19号}}，儿子在福建住厂里的宿舍。我的身份证{{id_number@wy1959.522732}}，外孙的{{id_number@my2018spaced.522732}}。我电话{{mobile@spaced}}，儿子的电话{{mobile@s74}}。儿子的微信{{wechat:panwenhua1989}}。孙女有个QQ，学校老师给注册的，号码她写在语文书的封面背后：{{qq:62740159}}。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：最难的是孩子病了。去年冬天外孙发烧，半夜里我背着他顺着{{trap/word:石板路}}走到{{trap/org:镇卫生院}}，走了一个多钟头。还有就是孩子的功课，我不识字，帮不上。现在学校办了留守儿童之家，放学以后有老师看着写作业，还能跟爸妈视频，我心里踏实多了。家里种了两亩稻谷，一亩苞谷，还养了十几只鸡，鸡蛋舍不得卖，都留给孩子们吃。孙女说奶奶你也吃，我说奶奶老了，吃不吃都一样，你们长身体要紧。
访谈者：表上的名字写得对吗？
受访者：不对的也有。孙女写成{{spaced:潘 星 月}}，外孙写成{{spaced:吴　天　宝}}，我写成{{spaced:蒙桂 仙}}。
访谈者：您最盼什么？
受访者：盼女儿的病好起来，盼儿子早点回来在县里找份活。我老了，带不了几年了。
""")

# H767: Han village children's director in 瓮安 reading from her register of children in distress.
DOCS["H767"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：全村困境儿童的台账。我叫{{han:谌晓红}}，在{{trap/place:瓮安县}}{{trap/place:草塘镇}}的村里当儿童主任六年了，全村十一个困境儿童，我一户一户念，您记。
访谈者：好。
受访者：第一户是孤儿姐弟，姐姐{{han:刘思雨}}十二岁，弟弟{{han:刘思源}}八岁。爸妈{{trap/year:二〇二一年}}在{{trap/place:余庆}}出车祸，一起走了。现在跟爷爷{{han:刘长禄}}过，老人说他七十一了，能带一年是一年。两个孩子每人每月拿孤儿基本生活费{{trap/number:一千六百五}}。姐姐在{{school:瓮安县第二中学初一（3）班}}，弟弟在镇上的完小读二年级。
访谈者：第二户呢？
受访者：第二户，爸爸{{han:陈志雄}}因为赌博欠债去抢劫，判了七年，妈妈跑了。女儿{{han:陈梓琪}}十岁，跟奶奶{{han:宋桂香}}过。{{han:宋桂香}}都六十九了，还在地里种烤烟。{{han:陈志雄}}他在里头给女儿写过一封信，孩子拿给我看，我看了也掉眼泪。
访谈者：第三户？
受访者：第三户，妈妈{{han:犹春燕}}智力二级残疾，爸爸{{han:敖光明}}在镇上打零工，腰也不好。儿子{{han:敖小宝}}九岁，说话有点结巴。{{han:敖光明}}他人老实，低保是去年报下来的。
访谈者：第四户？
受访者：第四户是事实无人抚养，爸爸{{han:母国强}}得尘肺病走了，妈妈改嫁去了外省。孩子叫{{han:母天佑}}，十一岁，跟叔叔{{han:母国富}}过。{{han:母天佑}}也争气，期末考了全班第三。叔叔家里也困难，一家五口挤在三间瓦房里，孩子睡在堂屋搭的小床上。我们给他申请了一张书桌，他高兴得抱着不撒手。
访谈者：第五户？
受访者：第五户是留守的，{{han:黄家和}}，十三岁，爸妈在{{trap/place:广州}}做装修。跟爷爷{{han:黄德茂}}过，{{han:黄德茂}}那边我一个月去看两回。孩子的学校离家远，每天走一个钟头山路，下雨天路滑，我跟村里说了，找了辆面包车接送。第六户是{{han:周一凡}}，七岁，白血病，爸爸{{han:周春雷}}在医院陪护，妈妈在家种地，县里给报了大病救助。
访谈者：还有谁一起做这些工作？
受访者：村支书{{han:李书记}}，镇民政办的{{han:骆主任}}，还有县社工站派来的督导员，一个叫{{compound:宇文慧娴}}，一个叫{{compound:闾丘子衿}}。督导员是{{compound:宇文慧娴}}带队，每季度来村里查台账，哪个孩子多久没走访，她一眼就看出来。学校的心理老师是{{compound:漆雕雅琪}}，她每月给孩子们做一次团体辅导。镇卫生院的{{han:聂晓军}}大夫每年给他们体检。派出所的{{han:晏红军}}所长给{{han:母天佑}}补办了户口，有事我就去找{{han:骆主任}}。乡里的{{trap/org:妇联}}送过两回冬衣。儿童之家的墙上贴着{{trap/hotline:12345}}和{{trap/hotline:12349}}两个热线电话，孩子们都会背。
访谈者：台账上的证件和地址呢？
受访者：{{han:刘思雨}}的身份证{{id_number@wy2013x.522725}}，{{han:陈梓琪}}的{{id_number@wy2015fwhyphen.522725}}，{{han:宋桂香}}的{{id_number@wy1956.522725}}。{{han:刘长禄}}家在{{address:瓮安县草塘镇高坪村四组31号}}，{{han:黄德茂}}家在{{address:瓮安县雍阳街道金湖小区5栋1单元702室}}。爷爷的电话{{mobile@fullwidth}}，我的微信{{wechat:chenxh_ertong}}。{{han:黄家和}}有QQ，说爸妈在外头用这个跟他聊天，号码是他自己念给我的，{{qq:2519037846}}。
访谈者：这些孩子您最担心哪个？
受访者：最担心第二户那个女娃。她跟奶奶两个人，奶奶要是病倒了，她就没人管了。还有{{han:周一凡}}，化疗一次就要好几千，家里的钱早就花光了。我跟{{han:骆主任}}商量过，想给他再申请一次临时救助。
访谈者：孩子们平时在村里做什么？
受访者：村里有个儿童之家，是老村小改的，放学以后和周末开门。有图书角，有乒乓球台，还有一台电脑，孩子们可以跟外地的爸妈视频。我跟大学生志愿者轮流值班，暑假的时候办一个月的托管班，教孩子们写作业、画画、学游泳安全。留守的孩子最爱来，来了就不想走。有的孩子家里没人做饭，我就在儿童之家煮一锅面条，大家一起吃。
访谈者：台账上的名字写得规范吗？
受访者：不规范，都是手填的。有的写成{{spaced:刘 思 雨}}，有的写成{{spaced:陈　梓　琪}}，还有{{spaced:母天 佑}}。督导员签名签成{{spaced:宇 文 慧 娴}}，另一个写成{{spaced:闾　丘　子　衿}}，老师是{{spaced:漆 雕 雅 琪}}。年底统一改。
访谈者：您做这个工作最难的是什么？
受访者：人手少，事情多。我一个人又是妇女主任又是儿童主任，一个月补贴三百块。可是看着这些孩子一天天长大，我觉得值。姐姐去年给我写了张贺卡，说{{han:谌阿姨}}就像她妈妈，我到现在还夹在台账里。每次入户我都带着一个本子，孩子说了什么、家里缺什么、大人身体怎么样，都一条一条记下来，回来再录进系统。系统里的表一年比一年多，有时候一个晚上都录不完。
""")

# H768: Han father in 龙里 whose wife is on dialysis; three children called by word nicknames.
DOCS["H768"] = ("family", """\
访谈者：大哥，说说家里的情况吧。
受访者：我叫{{han:杨德顺}}，家在{{trap/place:龙里}}县城边上，离{{trap/place:贵阳}}不远。老婆{{han:龙秀珍}}尿毒症，一个礼拜透析三回，已经四年了。三个娃娃都小，我在县城送快递，一天跑一百多单。
访谈者：孩子们多大？
受访者：大的儿子{{han:杨文斌}}十三，我们都喊他{{han:馒头}}，小时候胖，圆滚滚的。二姑娘{{han:杨文静}}十岁，喊{{han:猴子}}，瘦，爬树比男娃娃还快，这个名字是她妈起的。老三{{han:杨文康}}六岁，喊{{han:菌子}}，生下来小小的一个，在保温箱里住了半个月。
访谈者：孩子们在哪里上学？
受访者：{{han:馒头}}在{{school:龙里县第三中学初一（2）班}}，{{han:猴子}}在{{school:冠山街道中心小学四年级（5）班}}，{{han:菌子}}在幼儿园。{{han:馒头}}也懂事了，放学回来先去医院看他妈，再回家煮饭。{{han:猴子}}说她长大当医生，给她妈治病。老三就知道玩，天天跟在他二姐屁股后头。
访谈者：您爱人的病怎么样？
受访者：在县医院透析，肾内科的{{han:付大夫}}说最好换肾，要排队，还要三十多万。{{han:龙秀珍}}她自己说不换了，钱留给娃娃们读书。我说你别说这个话。她娘家哥哥{{han:龙德贵}}也来劝过，{{han:龙德贵}}说钱的事大家想办法。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:文小娟}}，她给三个娃娃报了困境儿童，父母一方重病，一个娃娃一个月{{trap/number:四百八}}，家里也有低保。{{han:文小娟}}都记着娃娃们的生日，每年买个蛋糕送来。社区的{{han:骆书记}}帮老婆申请了大病救助。快递站的站长{{han:付春旺}}知道我家的事，让我早上晚一点来，先送娃娃上学。县社工站的{{compound:乐正文轩}}每个礼拜三来，给老大补英语，还有个姑娘叫{{compound:赫连雨桐}}，带二姑娘去图书馆。他们站长{{compound:东方启航}}也来过一回，给家里送了米和油。
访谈者：亲戚们呢？
受访者：我弟弟{{han:杨德福}}在{{trap/place:贵阳}}开货车，逢年过节给娃娃们买衣服。{{han:杨德福}}他自己也两个娃娃，日子紧。隔壁的{{han:老罗}}一家人好，{{han:老罗}}他老伴{{han:吴桂芳}}，娃娃们喊她{{han:吴姨}}，每天下午接{{han:菌子}}放学，给他吃了饭才送回来。娃娃们的外婆{{han:陈三妹}}在乡下，种了一片{{trap/word:刺梨}}和{{trap/word:杨梅}}，卖了钱都寄给我们。
访谈者：孩子们在学校怎么样？
受访者：{{han:馒头}}的班主任{{han:文老师}}说他数学好，就是上课打瞌睡，因为晚上要照顾他妈。{{han:猴子}}的老师{{han:蒋丽华}}说她作文写得好，写过一篇《我的妈妈》，全班都哭了。老三在幼儿园爱哭，老师说他想妈妈。
访谈者：您自己身体呢？
受访者：还行，就是累。早上六点起来送娃娃，晚上十点才回家，中间还要跑医院。有时候骑着电动车在路上就想睡觉。有一回下雨，我在{{trap/place:龙架山}}那条坡上摔了一跤，一车的快递撒了一地，膝盖磕破了，还是爬起来一件一件捡起来送完。回家娃娃们问我裤子怎么破了，我说是挂在钉子上了。我跟自己说，不能倒，我倒了这个家就散了。过年的时候，我给娃娃们讲{{trap/famous:杨家将}}的故事，说咱们姓杨的人不服输。
访谈者：请登记一下地址和号码。
受访者：家在{{address:龙里县冠山街道新场村三组15号}}，原来在县城租过房子，后来退了。我的身份证{{id_number@mmid.522730}}，老婆的{{id_number@wmidhyphen.522730}}，娃娃们的户口本在社区存着复印件。我电话{{mobile@p86h}}，老婆的{{mobile@fws}}。我的微信{{wechat:yds_kuaidi77}}。大儿子有个QQ，他说打游戏用的，我叫他写给老师，号码是{{qq:805137624}}。
访谈者：孩子们知道家里的难处吗？
受访者：知道。大儿子从来不跟我要零花钱，同学们买球鞋，他穿的还是表哥穿剩下的。二姑娘的生日，我说给她买个新书包，她说旧的还能用，让我把钱留着给她妈买药。有一回我在医院走廊上睡着了，醒过来身上盖着一件衣服，是大儿子放学赶过来给我盖的。我这个当爸的，心里又酸又暖。
访谈者：表上的名字写得对吗？
受访者：有写错的。学校的表上把大儿子写成{{spaced:杨 文 斌}}，把老婆写成{{spaced:龙　秀　珍}}，我的名字倒是没写错。社工签到表上有个{{spaced:乐 正 文 轩}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼老婆能等到肾源，盼娃娃们平平安安长大。{{han:馒头}}说他以后要学医，我说好，爸供你。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=761,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout96",))


if __name__ == "__main__":
    main()
