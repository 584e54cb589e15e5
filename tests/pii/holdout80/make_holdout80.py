# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 80 (tests/pii/holdout80/H625-H632 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 80 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养儿童补贴,
民政局, 村委会/社区, 学校, 儿童主任, 社工, 清真寺, 残联, 法院), in eight new voices: a Mongolian father in 大同区
(大庆) whose wife was left paralysed by a stroke, with three children; a Tibetan grandmother in 堆龙德庆 (拉萨)
raising the two children of her son, in prison for a fight, and his wife, dead of hydatid disease; a Hui
grandmother in 登封 (郑州, 河南) with the three children of her son, crippled by a fall from a tower crane, whose
wife went to 广州 and stopped calling; a Han mother in 正定 (石家庄) washing dishes while her husband, who lost both
legs on the ring road, weaves baskets, with three children called by word nicknames; a Han primary-school teacher
in 藁城 (石家庄) with the five pupils in distress of her class and their families on WeChat and QQ; a Uyghur
grandfather from 洛浦 selling naan in 镇江 (江苏) with the two children of his son, on dialysis in 乌鲁木齐, whose
wife died in childbirth; a Han court clerk in 昌黎 (秦皇岛) reading from the file of a case that took a drinking
father's guardianship of his daughter away; and a Han grandmother in 扶沟 (周口, 河南) raising her grandson while her
son is in a psychiatric hospital. The emphasis is on forms where a replacement might cover only part of a name,
in a mix rather than one trick: Mongolian names of four to seven characters (敖其尔呼雅嘎, 嘎日玛其其格,
阿拉坦沙日娜, 哈斯朝格吉乐, 吉日嘎拉图) with short forms later (呼雅嘎, 嘎日玛, 沙日娜, 朝格吉乐) and a Han surname
before a Mongolian given name (包图门吉雅, 白斯琴巴图) beside the Han name of the same woman (包淑荣); Tibetan names
(白玛琼宗, 普琼班觉, 格桑德央, 旦增索朗, 次旦曲吉, 边巴达杰) with short forms (琼宗阿妈, 班觉他, 达杰老师) and the
Han names of Tibetans (林晓雪, 罗建英); Hui Han-form names (拜玉芳, 马俊岭, 哈玉霞, 马欣妍, 沙守义) beside their 经名
(麦尔耶目, 宰乃布, 萨菲娅, 赛里目, 法图曼, 赛莱曼, 祖莱赫) and a Han surname before one (马赛里目, 金尤努斯); Uyghur
given name + father's name with and without the dot (依明尼亚孜·卡德尔, 穆开热姆·阿卜来提, 伊克热木阿卜来提) and
short forms (尼亚孜大爷, 阿卜来提他, 伊克热木就, 依沙木丁和); Han word nicknames, annotated whole (栗子说, 柿子也,
棒槌就, 磙子说); Han names with common and rare surnames, titles and kin words, names that contain words (冯立秋,
贾丰年, 韩满仓, 秦光明, 刘建设, 曹满堂), a name written twice on a form (宫德利宫德利), names directly before
particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames after
ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:隋艳秋}}``, ``{{qq:2739158406}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2017tri.540103}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇, 警官,
婶, 阿妈, 大爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 跟, 和, 她,
他, 他们, 他们家, 那边, 那会儿) are outside the span; a word nickname (栗子, 柿子, 棒槌, 磙子) is annotated whole.
Han-style names of Mongolian, Tibetan and Hui people (包淑荣, 林晓雪, 罗建英, 马俊岭, 沙守义) are category han; a Han
surname before a non-Han given name (包图门吉雅, 白斯琴巴图, 马赛里目, 金尤努斯) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout80/make_holdout80.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(80_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H625: Mongolian father in 大同区 (大庆), his wife paralysed by a stroke, three children.
DOCS["H625"] = ("family", """\
访谈者：您好，今天想听您讲讲家里几个孩子的事。您先介绍一下自己？
受访者：行。我叫{{minority/mongolian:敖其尔呼雅嘎}}，蒙古族，屯里人嫌长，都管我叫{{minority/mongolian:呼雅嘎}}。老家在{{trap/place:肇源}}，九几年跟我爹搬到{{trap/place:大同区}}{{trap/place:林源镇}}，种了二十多年玉米，冬天去粮库扛麻袋。
访谈者：孩子妈妈现在怎么样？
受访者：她叫{{minority/mongolian:嘎日玛其其格}}，前年腊月脑出血，命是捡回来了，右边身子不能动，说话也含糊。{{minority/mongolian:嘎日玛}}以前是屯里唱{{trap/word:长调}}唱得最好的，现在一听收音机里有人唱歌就掉眼泪。药钱一年{{trap/number:两万三}}，新农合报一半。
访谈者：家里几个孩子？
受访者：三个。老大是闺女，{{minority/mongolian:阿拉坦沙日娜}}，十四，在{{school:林源镇中学初二（3）班}}。老二是小子，{{minority/mongolian:哈斯朝格吉乐}}，十一，在{{school:林源镇中心小学五年级（2）班}}。老三{{minority/mongolian:吉日嘎拉图}}才六岁，上幼儿园大班。{{minority/mongolian:阿拉坦沙日娜}}她放学回来就给她妈擦身子、做饭，作业都是半夜写。
访谈者：谁帮着您？
受访者：我姐{{minority/mongolian:包图门吉雅}}住在{{trap/place:八井子}}，隔一礼拜来一趟，给孩子洗衣裳。她户口本上叫{{han:包淑荣}}，家里还喊蒙古名。村支书{{han:孙德茂}}书记帮我们报了低保，一个月{{trap/number:九百八}}。村里的儿童主任{{han:隋艳秋}}隔三岔五来，{{han:隋艳秋}}说三个孩子都算困境儿童，每人能多领一份补贴。入冬{{han:隋艳秋}}还给老三织了条围脖。
访谈者：补贴是谁批的？
受访者：区民政局的{{han:王海川}}，他来家里看过两回。{{han:王海川}}他们把材料报上去，去年开始每个孩子每个月多了一百多。镇卫生院的大夫叫{{compound:令狐晓岚}}，每个月来给孩子她妈量血压、开药，还教{{minority/mongolian:哈斯朝格吉乐}}怎么给他妈按腿。
访谈者：您自己现在还能出去干活吗？
受访者：走不远。以前冬天去粮库扛麻袋，一天能挣一百五，现在孩子她妈离不了人，只能在家门口打点零工。春天帮人育苗，秋天帮人掰苞米，早上去，晌午回来给她翻身、喂饭，下午再去。地还种着，八亩，收了玉米刨去化肥种子，一年落下四五千。亲戚们都劝我把她送到养老院去，我不干，她嫁给我那年才十九，跟着我没享过一天福。
访谈者：孩子们怎么看妈妈的病？
受访者：老大{{minority/mongolian:沙日娜}}最懂事，她说等她考上卫校，回来天天给她妈扎针。老二{{minority/mongolian:朝格吉乐}}嘴上不说，有一回我看见他躲在仓房里哭，问他，他说同学笑话他妈是歪嘴。第二天我去学校找了老师，老师在班上开了个会，后来就没人笑了。老三小，不太懂，就知道妈妈不能抱他了，天天趴在炕沿上给他妈唱幼儿园学的歌。
访谈者：孩子们学习怎么样？
受访者：老大的班主任{{han:綦丽娟}}老师说她数学能考全班第二。老二淘，上课坐不住，老师{{han:赵振江}}找我谈过两回。我没念过几天书，帮不上忙。{{han:赵振江}}也说了，孩子不是坏，是家里事多，心里憋屈。学校给老二找了个大学生志愿者{{compound:宇文沛琳}}，礼拜六视频给他补课。
访谈者：孩子们平时用手机吗？
受访者：老大有个旧手机，是她二舅{{minority/mongolian:白斯琴巴图}}给的。她QQ是跟同学对作业用的，号她自己写在我烟盒上了，你看：{{qq:2739158406}}。我的微信是{{wechat:huyaga_1979}}，电话{{mobile@spaced}}。
访谈者：登记的材料方便说一下吗？
受访者：都在这个袋子里。户口本上地址是{{address:大同区林源镇富强村三组14号}}。我的身份证{{id_number@mmid.230606}}，孩子她妈的{{id_number@wmidhyphen.230606}}，老大的{{id_number@wy2011spaced.230606}}。
访谈者：名字在材料上有写错的吗？
受访者：有。残疾证上把她妈写成{{spaced:嘎 日 玛 其 其 格}}，中间全是空格，去改了两回。老二的学籍卡上是{{spaced:哈斯 朝格吉乐}}，断成两截。民政那边还有人把我写成{{spaced:敖其尔 · 呼雅嘎}}，中间打了个点。
访谈者：政策上还有什么难处？
受访者：难处是跑手续。低保每年要复核，残疾证要年审，孩子的补贴要学校开证明、村里盖章、镇上签字，一样一样跑下来，半个月就没了。我不识几个字，表都是村里帮着填。后来区里搞了个“一站式”，在镇上就能办，省了不少事。再有就是孩子她妈的康复，医院说要长期做针灸和理疗，可去一趟{{trap/place:大庆}}市里来回一百多里，我一个人弄不了她上车。
访谈者：您最担心什么？
受访者：就怕我也倒下。{{minority/mongolian:吉日嘎拉图}}他晚上睡觉都攥着我手指头。老人讲，{{trap/famous:成吉思汗}}的子孙不怕吃苦，可我这心里也是空落落的。
""")

# H626: Tibetan grandmother in 堆龙德庆 (拉萨), son in prison, daughter-in-law dead, two grandchildren.
DOCS["H626"] = ("family", """\
访谈者：阿妈拉，您身体还好吧？我们想听您说说两个孙子孙女的事。
受访者：好，好。我叫{{minority/tibetan:白玛琼宗}}，今年六十七了，一直住在{{trap/place:堆龙德庆}}{{trap/place:乃琼镇}}。我们这里离{{trap/place:拉萨}}城里近，坐公交半个钟头。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{minority/tibetan:普琼班觉}}，前年跟人喝酒打架，把人打伤了，判了四年，在监狱里。{{minority/tibetan:班觉}}他小时候很乖的，后来跟着别人喝酒就变了。儿媳妇{{minority/tibetan:达娃卓嘎}}得了包虫病，手术做了两次，去年{{trap/festival:藏历年}}前走了。
访谈者：两个孩子多大了？
受访者：大的孙女{{minority/tibetan:格桑德央}}，十二岁，在{{school:乃琼镇中心小学六年级（1）班}}，学校老师给她起了个汉名叫{{han:林晓雪}}，说报名参加作文比赛好写。小的孙子{{minority/tibetan:旦增索朗}}，八岁，在{{school:堆龙德庆区第二小学二年级（4）班}}。{{minority/tibetan:格桑德央}}就像个小阿妈，每天早上给弟弟打{{trap/word:酥油茶}}、装{{trap/word:糌粑}}。
访谈者：钱上怎么过？
受访者：居委会的{{minority/tibetan:次旦曲吉}}主任帮我们办了事实无人抚养儿童的补贴，两个孩子一个月一共{{trap/number:两千四百多}}。区民政局来的干部是个汉族小伙子，叫{{han:蒋文博}}，会说几句藏语。{{han:蒋文博}}说等{{minority/tibetan:班觉}}出来，孩子的补贴还要再看。社区还有个社工{{han:李晓琳}}，每个礼拜三来给{{minority/tibetan:旦增索朗}}辅导汉语。
访谈者：学校那边呢？
受访者：{{minority/tibetan:格桑德央}}的班主任是藏族，叫{{minority/tibetan:边巴达杰}}，汉名叫{{han:罗建英}}，我们都喊他{{minority/tibetan:达杰}}老师。他给{{minority/tibetan:格桑德央}}申请了助学金。小孙子的老师叫{{han:闫淑萍}}，{{han:闫淑萍}}老师是从{{trap/place:四川}}来的，对孩子很耐心。学校还有个心理老师叫{{compound:皇甫嘉怡}}，给孩子做过几次谈话。
访谈者：您一个人带两个孩子，身体吃得消吗？
受访者：腿不好，膝盖疼，冬天更厉害。早上六点起来烧水、打茶，送孙子去学校，回来{{trap/word:煨桑}}、转经，下午去菜地。邻居们都叫我{{minority/tibetan:琼宗}}阿妈，谁家做了好吃的都给我们端一碗。社区医生每个月上门量血压，药是免费的。晚上孩子写作业，我坐在旁边捻佛珠，看不懂他们写的字，就看着。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:格桑德央}}把她阿妈的照片放在枕头底下，睡前要看一下。有一回半夜我听见她在被子里哭，我就抱着她，跟她说阿妈在天上看着呢。小孙子那时候太小，记不太清阿妈的样子，就问姐姐，阿妈笑起来是什么样子，姐姐就学给他看。
访谈者：补贴够用吗？
受访者：够吃够穿。就是孙子的校服、孙女的课外书，还有看病，一花就紧了。社区每年开学前给每个孩子发五百块学习用品补助，冬天发一床被子。
访谈者：孩子去监狱看过爸爸吗？
受访者：去过一次，监狱的{{han:陈卫东}}警官安排的视频会见。{{minority/tibetan:旦增索朗}}他看见爸爸就哭，爸爸也哭。我就给他们讲{{trap/famous:米拉日巴}}的故事，做过错事的人也能回头。
访谈者：有什么联系方式我们以后回访用？
受访者：我不会用手机，都是{{minority/tibetan:格桑德央}}帮我拿着。我的电话{{mobile@plus86}}。她在学校有个QQ，老师帮她申请的，号是……你等一下我找找，在这张纸上：{{qq:1864302795}}。{{minority/tibetan:次旦曲吉}}主任的微信{{wechat:cidan_quji88}}。
访谈者：家里的住址和证件号呢？
受访者：住址是{{address:堆龙德庆区乃琼镇波玛村四组21号}}。我的身份证{{id_number@wold.540103}}，{{minority/tibetan:格桑德央}}的是{{id_number@wy2013fw.540103}}，{{minority/tibetan:旦增索朗}}的是{{id_number@my2017tri.540103}}。
访谈者：名字在材料上写得对吗？
受访者：学校的表上把孙子写成{{spaced:旦 增 索 朗}}，一个字一个空。我的名字在低保卡上是{{spaced:白玛 琼宗}}。儿子的判决书上写的是{{spaced:普琼　班觉}}。
访谈者：过节的时候家里怎么过？
受访者：{{trap/festival:藏历年}}的时候，社区给我们送了米、油和一袋{{trap/word:卡赛}}，孩子们高兴得很。初一早上我带着他们去{{trap/place:大昭寺}}磕头、转经，给他们阿妈点了一盏酥油灯。孙女穿上新藏装，说阿妈要是看见了该多好。{{trap/festival:雪顿节}}那天，学校组织孩子们去{{trap/place:罗布林卡}}看藏戏，孙子回来学着跳了一晚上。
访谈者：您有什么心愿？
受访者：就想两个孩子好好念书。{{minority/tibetan:格桑德央}}说长大了要当医生，给她阿妈那样的病人看病。我每天转{{trap/word:玛尼轮}}，就求这个。
""")

# H627: Hui grandmother in 登封 (郑州, 河南), son crippled on a building site, daughter-in-law gone, three grandchildren.
DOCS["H627"] = ("family", """\
访谈者：奶奶，您好。先说说您家吧。
受访者：我叫{{han:拜玉芳}}，回族，经名叫{{minority/hui:麦尔耶目}}，在{{trap/place:登封}}{{trap/place:告成镇}}住了一辈子。老伴{{han:马长福}}走了六年了。
访谈者：孙子孙女都跟着您？
受访者：三个，都跟着我。儿子{{han:马俊岭}}以前在{{trap/place:郑州}}工地上开塔吊，前年从架子上摔下来，腰断了，现在坐轮椅，二级残疾。儿媳妇{{han:哈玉霞}}，经名{{minority/hui:宰乃布}}，去了{{trap/place:广州}}的服装厂，头一年还寄钱，后来电话也不接了。{{han:马俊岭}}他心里难受，整天不说话。
访谈者：孩子们叫什么，多大了？
受访者：大孙女{{han:马欣妍}}，经名{{minority/hui:萨菲娅}}，十三岁，在{{school:告成镇第一初级中学初一（2）班}}。二孙子{{han:马浩宸}}，经名{{minority/hui:赛里目}}，十岁，在{{school:告成镇回民小学四年级（3）班}}。小孙女才五岁，家里都叫她经名{{minority/hui:法图曼}}，户口上是{{han:马悦彤}}。{{minority/hui:赛里目}}他爱踢球，同学们连姓带经名喊他{{minority/hui:马赛里目}}。
访谈者：日子怎么维持？
受访者：村委会的{{han:丁国顺}}主任帮我们办了低保，一家五口一个月{{trap/number:一千六百多}}。儿子的残疾补贴是{{trap/org:市残联}}给的。镇民政所的{{han:白振海}}所长说，三个孩子父母一个残疾、一个联系不上，算困境儿童，每人每月再补二百。{{han:白振海}}他们还帮着把孩子的杂费免了。
访谈者：清真寺那边帮忙吗？
受访者：帮。{{trap/org:清真寺}}的{{minority/hui:赛莱曼}}阿訇，汉名叫{{han:沙守义}}，每到{{trap/festival:开斋节}}和{{trap/festival:古尔邦节}}就给我们送面、送牛肉。寺里的乡老{{minority/hui:金尤努斯}}帮我儿子找了个修鞋的手艺。女学的老师{{minority/hui:祖莱赫}}教{{minority/hui:萨菲娅}}念经，不收钱。
访谈者：补助的钱够用吗？
受访者：省着用够。三个孩子上学不要钱，就是衣裳长得快，去年的穿不上了。过冬的煤是村里送的，两吨，烧到开春。
访谈者：学校老师怎么说？
受访者：{{minority/hui:萨菲娅}}的班主任是{{han:吴春梅}}老师，{{han:吴春梅}}老师说孩子懂事，就是老低着头。学校心理老师复姓，叫{{compound:东方语晨}}，找孩子聊过好几回。{{minority/hui:赛里目}}的老师是{{han:周红军}}，{{han:周红军}}说孩子跑得快，让他参加县里的运动会。
访谈者：您平时一天是怎么过的？
受访者：天不亮就起，先做礼拜，再给三个孩子做饭。早上多是{{trap/word:胡辣汤}}、烙馍，中午他们在学校吃，晚上我擀面条。吃完饭送小的去幼儿园，回来给儿子擦身子、换尿垫，他下半身没知觉，一天得翻好几回，不然长褥疮。县医院康复科的大夫叫{{compound:夏侯雨萌}}，教过我怎么给他活动腿。下午去地里看看，种了二亩麦子，收了够一家人吃。晚上孩子写作业，我就在边上剥花生，一斤能挣几毛钱。
访谈者：孩子们帮着干活吗？
受访者：帮。大的{{minority/hui:萨菲娅}}会蒸馍了，蒸得比我还好，{{trap/word:马上}}就要上初二了。二的会推他爸出门晒太阳，在门口跟他爸下象棋。他爸下不过他，就耍赖，爷俩笑成一团，那是我们家最好的时候。
访谈者：儿子平时能做点什么？
受访者：坐在门口修鞋，一天挣个二三十。他说，小时候我给他讲{{trap/famous:穆桂英}}挂帅，现在他也要挂帅，不能倒。我们这儿离{{trap/place:少林寺}}近，二孙子天天比划拳脚。
访谈者：联系方式和证件方便说吗？
受访者：我的电话{{mobile@hyphen}}，儿子的{{mobile@s38}}。大孙女有个QQ，号在她作业本背面，我念：{{qq:3062817495}}。{{han:丁国顺}}主任的微信是{{wechat:dingguoshun_gcz}}。家住{{address:登封市告成镇八方村五组32号}}。我的身份证{{id_number@wold.410185}}，儿子的{{id_number@mspaced.410185}}。
访谈者：名字在材料上有错的吗？
受访者：有。低保本上孙女写成{{spaced:马 欣 妍}}，儿子写成{{spaced:马　俊　岭}}。阿訇的名字寺里的公告栏上写成{{spaced:赛 莱 曼}}。
访谈者：亲戚们能帮上吗？
受访者：我娘家兄弟都老了，自顾不暇。儿子的两个姐姐嫁到了{{trap/place:禹州}}和{{trap/place:新密}}，逢年过节回来看看，塞给孩子们几百块钱。村里的人也好，谁家杀了牛羊，都给我们送一块肉。{{trap/festival:开斋节}}那天，我炸了一锅{{trap/word:油香}}和{{trap/word:馓子}}，给左邻右舍送了一圈，人家说，你家这么难，还想着我们。我说，日子再难，礼不能少。
访谈者：您有什么盼头？
受访者：盼孩子们平平安安长大。{{minority/hui:法图曼}}说长大要给爸爸买个不用推的轮椅。
""")

# H628: Han mother in 正定 (石家庄), husband lost both legs in a road accident, three children with word nicknames.
DOCS["H628"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：五口。我叫{{han:魏素娟}}，{{trap/place:正定}}{{trap/place:新城铺}}的。我对象{{han:郝春生}}原来跑大车，三年前在{{trap/place:石家庄}}绕城高速上出了车祸，两条腿都截了。{{han:郝春生}}他现在在家编筐，一天挣个二三十。
访谈者：孩子们呢？
受访者：三个。老大大名{{han:郝梓轩}}，小名叫{{han:栗子}}，十三了，在{{school:正定县第三中学初一（5）班}}。老二是闺女，大名{{han:郝雨萱}}，小名{{han:柿子}}，九岁，在{{school:新城铺镇中心小学三年级（2）班}}。老三小名{{han:棒槌}}，大名{{han:郝子墨}}，五岁。{{han:栗子}}说他长大了要给他爸造一双铁腿。{{han:柿子}}也懂事，放学了就帮我择菜。{{han:棒槌}}就知道玩，满院子钻。
访谈者：您自己上班吗？
受访者：在县城{{trap/place:荣国府}}旁边一个饭店洗碗，一个月{{trap/number:两千二}}。早上送完孩子就去，晚上八点回来。邻居{{han:杜秀芸}}婶帮我看着老三，{{han:杜秀芸}}那边也不容易，她自己还有个瘫在床上的老婆婆。有事我就托{{han:杜秀芸}}，她从来不推。
访谈者：村里、镇上给了哪些帮助？
受访者：村委会的{{han:冯立秋}}主任帮我们报了低保，一个月{{trap/number:一千零五十}}。儿童主任{{han:范春雨}}每个月来一趟，{{han:范春雨}}她说三个孩子都在困境儿童的保障{{trap/word:范围}}里，给报上去了。镇民政所的{{han:贾丰年}}所长来家里核过两次，{{han:贾丰年}}都说了，这户不帮谁帮。县民政局的{{han:韩满仓}}把残疾人两项补贴也给落实了。还有个社工叫{{compound:慕容思语}}，带{{han:栗子}}去参加夏令营，孩子回来{{trap/word:高兴}}了好几天。
访谈者：您一天的时间怎么安排？
受访者：五点起来做饭，给他爸接尿、擦洗，六点半送孩子们上学，七点半到饭店。中午饭店忙，得一直干到两点，吃口剩饭。晚上回来孩子们作业写完了，我挨个签字。老大的数学我看不懂，就让他给我讲，他讲得头头是道。有时候累得坐着就睡着了，醒来一看，{{han:柿子}}给我盖了件衣裳。
访谈者：孩子爸心情怎么样？
受访者：刚出事那年想不开，不吃饭，说拖累我们。后来村里的{{han:冯立秋}}主任天天来跟他唠，又帮他学编筐，编的筐拿到集上卖，一个十五。他现在话多了，晚上还给孩子们讲他跑车时候见过的地方。
访谈者：孩子爸的身体呢？
受访者：断腿的地方老疼，县医院的{{han:秦光明}}大夫说是幻肢痛。{{han:秦光明}}大夫给开了药，又介绍了个做假肢的，叫{{compound:诸葛博文}}，说装上了能拄着拐走。假肢一条{{trap/number:一万八}}，{{trap/org:县残联}}能补一半。
访谈者：孩子们在家里都干些什么？
受访者：老大放学先给他爸倒尿壶，再写作业。老二喂鸡、扫院子。老三帮着递东西，递个毛巾、递个碗，递完了就要夸。
访谈者：学校那边？
受访者：{{han:栗子}}的班主任{{han:杨雪琴}}老师给他申请了助学金，还让他当了体育委员。{{han:柿子}}的老师{{han:赵玉珠}}跟我加了微信，孩子在学校哭了她就给我发消息。
访谈者：您娘家能帮上吗？
受访者：我大姐{{han:魏素芳}}在{{trap/place:藁城}}，农忙的时候过来帮几天。我娘家妈说，咱这儿是{{trap/famous:赵子龙}}的老家，人要有一股子硬气。
访谈者：联系方式方便说吗？
受访者：我电话{{mobile@plain}}，他爸的{{mobile@h38}}。我的微信{{wechat:suijuan_zd1986}}。{{han:栗子}}有个QQ，玩游戏用的，号……他写在门后头了，{{qq:2094738165}}。家在{{address:正定县新城铺镇东杜村二组27号}}。我的身份证{{id_number@wspaced.130123}}，他爸的{{id_number@mx.130123}}。
访谈者：材料上名字有写错的吗？
受访者：有。残疾证上把他爸写成{{spaced:郝 春 生}}，中间带空格。社工的名字在回执上是{{spaced:慕 容 思 语}}。我的名字在低保卡上成了{{spaced:魏素 娟}}。
访谈者：家里的开销怎么算？
受访者：一个月低保加残疾补贴，再加上我洗碗的钱，三千出头。孩子他爸的药一个月四百多，三个孩子的吃穿、本子、资料，再有个头疼脑热，月月都紧巴巴的。过年的时候镇上送了一袋面、一桶油，还有给孩子的书包。村里有个在外面做生意的老板，每年给我们家老大一千块的助学金，说让孩子别断了念书。
访谈者：您最想说什么？
受访者：日子难是难，可仨孩子都在跟前。{{han:棒槌}}昨天还说，妈，等我长大了你就不用洗碗了。
""")

# H629: Han primary-school teacher in 藁城 (石家庄) with the families of her pupils on WeChat and QQ.
DOCS["H629"] = ("teacher", """\
访谈者：您带的是几年级？
受访者：四年级，{{school:藁城区廉州镇第二小学四年级（3）班}}，四十一个孩子。我叫{{han:谷春燕}}，教语文，当班主任九年了。班里困境儿童有五个，家长我都加了微信，有的孩子用QQ找我。
访谈者：能一个一个说说吗？
受访者：第一个是{{han:齐梓豪}}。他爸{{han:齐振华}}因为盗窃判了三年，他妈走了没回来，孩子跟奶奶{{han:邢桂萍}}。{{han:邢桂萍}}不会打字，都是发语音。孩子爸在里头的时候，我每个月把孩子的作文拍照寄给监狱。{{han:齐梓豪}}他嘴上不说，作文里写得最多的就是爸爸。
访谈者：第二个呢？
受访者：{{han:耿诗涵}}，妈妈去年乳腺癌走了，爸爸{{han:耿立鹏}}在{{trap/place:天津}}工地上干活，一个月回来一次。孩子跟姥姥住。{{han:耿立鹏}}的微信是{{wechat:genglipeng_tj}}，他晚上十点以后才有空回。{{han:耿诗涵}}说想妈妈的时候就看妈妈的朋友圈。
访谈者：第三个？
受访者：{{han:甄浩宇}}，他爸是聋哑人，在村里给人修自行车，他妈{{han:王丽霞}}有癫痫，一犯病就倒。家长群里{{han:王丽霞}}的昵称就是她自己的名字，我一看就知道是她。孩子的QQ是{{qq:3518026497}}，他晚上用他妈手机登，问我作业。
访谈者：第四个？
受访者：{{han:苗欣然}}，孤儿。爸爸车祸，妈妈前年病死，跟着叔叔{{han:苗建业}}家过。孩子领孤儿基本生活费，一个月{{trap/number:一千五百多}}。{{han:苗建业}}他们家自己也有两个孩子，婶子{{han:蔺晓梅}}对她还行。叔叔的微信{{wechat:miaojianye1983}}，电话{{mobile@s74}}。
访谈者：第五个？
受访者：{{han:路子涵}}，爸妈离婚，都不要他，现在跟着爷爷{{han:路长顺}}。爷爷七十多了，用老人机，不会微信，有事我就打电话：{{mobile@plus86spaced}}。孩子有个QQ，他说号是他自己编的，你看这串：{{qq:90417352}}。{{han:路长顺}}说，孩子再不听话，他就把他送到{{trap/place:河间}}他姑家去。
访谈者：您平时怎么跟这些家长联系？
受访者：主要是微信。班里有个家长群，但困境儿童的事我不在群里说，都是单独发。有的家长不识字，我就发语音；有的家长在外地上夜班，我就晚上十点以后发。孩子们用QQ多，晚上写完作业会给我发个消息，说老师我写完了，有的还发个表情。我每天睡前把这几个孩子的消息看一遍，心里才踏实。{{han:甄浩宇}}家我也去过好几回，在{{address:藁城区廉州镇东洼村三组22号}}，院子里全是他爸修的旧自行车。
访谈者：学校给了哪些帮助？
受访者：困境儿童免了校服费和午餐费，每学期家访一次。逢年过节，学校工会给每个孩子买一身新衣裳。今年六一，我们给五个孩子过了一次集体生日，蛋糕是{{compound:欧阳静姝}}主任自己掏钱买的。
访谈者：学校里谁跟您一起管？
受访者：副班主任{{compound:上官沐溪}}，教数学，年轻，孩子们喜欢她。学校管德育的是{{compound:欧阳静姝}}主任，心理老师叫{{compound:司马昕阳}}，每个月给这五个孩子单独上一次课。还有个支教的大学生{{compound:尉迟欣妍}}，周末陪{{han:苗欣然}}和{{han:路子涵}}写作业。
访谈者：村里、镇上呢？
受访者：镇上的儿童督导员{{han:仝建平}}，{{han:仝建平}}跟我们每学期对一次名单。{{han:齐梓豪}}家村里的儿童主任是{{han:阎淑敏}}，{{han:阎淑敏}}她家离孩子家就隔两户。她的微信是{{wechat:ysm_tongxin}}，我有事就给她留言。{{han:邢桂萍}}那边有个低保的表填错了，还是{{han:阎淑敏}}帮着改的。
访谈者：名单上名字有问题吗？
受访者：学籍系统里有个孩子被打成了{{spaced:甄 浩 宇}}，中间全是空格。副班主任的名字在排班表上是{{spaced:上　官　沐　溪}}。{{han:耿诗涵}}在体检表上成了{{spaced:耿诗 涵}}。
访谈者：这些孩子的监护人都靠得住吗？
受访者：多数靠得住，就是年纪大、文化低。有两家的爷爷奶奶连孩子的作业本都看不懂，我就让孩子在QQ上把作业拍给我。{{trap/org:镇民政办}}每季度跟我们对一次数，看孩子的补贴到没到位。今年区里在我们镇搞了个“{{trap/org:童心驿站}}”，放学以后没人接的孩子可以去那儿写作业，有老师看着，一直到六点半。我们班这五个孩子，有三个天天去。{{trap/place:石家庄}}市里的大学生志愿者每周来两次，教画画和下棋。
访谈者：您觉得最难的是什么？
受访者：孩子的心思难猜。{{han:路子涵}}那天在作文里写，{{trap/famous:孙悟空}}是石头里蹦出来的，没有爸妈，我也是。我看了半天说不出话。家访我去得最多的是{{han:苗建业}}家，在{{address:藁城区廉州镇北关村二组9号}}，离学校就隔一条街。
""")

# H630: Uyghur grandfather from 洛浦 selling naan in 镇江 (江苏), his son on dialysis, two grandchildren with him.
DOCS["H630"] = ("family", """\
访谈者：大爷，您在{{trap/place:镇江}}卖馕多少年了？
受访者：九年了。我叫{{minority/uyghur:依明尼亚孜·卡德尔}}，{{trap/place:和田}}{{trap/place:洛浦}}人。这边的人记不住长名字，都叫我{{minority/uyghur:尼亚孜}}大爷。店在{{trap/place:大市口}}旁边一条巷子里，一个{{trap/word:馕坑}}，一天打两百来个馕。
访谈者：孙子孙女跟着您？
受访者：是，两个。我儿子{{minority/uyghur:阿卜来提·依明尼亚孜}}，前年在老家得了肺结核，后来又查出来肾不好，现在在{{trap/place:乌鲁木齐}}住院透析。儿媳妇{{minority/uyghur:再娜甫汗·托合提}}生老三的时候大出血，人没了，孩子也没保住。{{minority/uyghur:阿卜来提}}他一个人顾不过来，就让我把两个孩子带到这边来上学。
访谈者：孩子们多大？
受访者：孙女{{minority/uyghur:穆开热姆·阿卜来提}}，十二岁，在{{school:京口区梦溪路小学六年级（3）班}}。孙子九岁，学校名单上没有点，连着写成{{minority/uyghur:伊克热木阿卜来提}}，在同一个学校，{{school:梦溪路小学三年级（1）班}}。{{minority/uyghur:穆开热姆}}她汉语说得比我好，老师让{{minority/uyghur:穆开热姆}}当了语文课代表。{{minority/uyghur:伊克热木}}就是调皮，在馕坑边上跑来跑去，我老怕他烫着。
访谈者：这边谁帮你们？
受访者：社区的网格员{{han:钱丽华}}，{{han:钱丽华}}对我们好得很。她帮我办了居住证，又去找区民政局的{{han:柏志远}}科长问，孩子户口在老家，这边能不能算困境儿童。{{han:柏志远}}科长说，户籍地的补贴照发，这边学校给免午餐费。老家村里的干部{{minority/uyghur:买买提艾力·肉孜}}每个月把补贴打到我卡上，{{trap/number:一千一百八}}。
访谈者：学校呢？
受访者：班主任{{han:周晓红}}老师，她知道{{minority/uyghur:穆开热姆}}不吃猪肉，中午专门给她打清真饭。大队辅导员叫{{compound:公孙俊熙}}，给{{minority/uyghur:伊克热木}}找了个结对子的同学。学校还请了个退休的老校长{{han:胡学儒}}，周末给两个孩子补数学。
访谈者：邻居们呢？
受访者：隔壁烤羊肉串的{{minority/uyghur:依沙木丁·沙吾提}}也是老乡，{{minority/uyghur:依沙木丁}}和他媳妇{{minority/uyghur:阿依古丽·吐尔洪}}常常帮我看孩子。{{trap/festival:肉孜节}}的时候我们两家一起做{{trap/word:抓饭}}，请社区的人来吃。对面开面馆的{{han:季红兵}}说，我们是他见过最能吃苦的人。
访谈者：您一个人打馕，还要带孩子，忙得过来吗？
受访者：忙不过来也得忙。早上四点起来和面，六点生馕坑，七点孩子们起来，吃了馕喝了奶茶去上学。中午人多，我一个人揉面、打馕、收钱，手上全是烫的疤。下午孩子们放学就坐在店里写作业，{{minority/uyghur:穆开热姆}}帮我收钱，算账比我快，{{trap/word:钱包}}也归她管。晚上九点关门，回去给他们洗衣裳。一个月刨去房租，能落下三千来块，寄一千给儿子看病。社区医院的{{compound:司空瑾瑜}}大夫给我看过手上的烫伤，没收钱。
访谈者：孩子们在这边习惯吗？
受访者：刚来的时候不习惯，吃不惯米饭，也听不懂这边的话。现在好了，{{minority/uyghur:伊克热木}}跟班上的同学一块儿踢球，说话都带上本地口音了。就是冬天冷，屋里没有暖气，潮，孩子们手上长了冻疮。社区给我们送了两床电热毯。
访谈者：孩子们想爸爸吗？
受访者：想。每天晚上视频。{{minority/uyghur:穆开热姆}}说她长大要当医生，把爸爸的肾治好。我给他们讲{{trap/famous:白娘子}}水漫{{trap/place:金山寺}}的故事，是{{han:钱丽华}}教我的，她说来了镇江就得知道这个。
访谈者：联系方式方便说吗？
受访者：我的电话{{mobile@s434}}，{{han:钱丽华}}的{{mobile@plus86dash}}。我的微信是{{wechat:Niyaz_Nan_Lop}}，买馕的人都扫这个。{{minority/uyghur:穆开热姆}}有QQ，号在她书包带上写着，你看：{{qq:2180649537}}。我们租的房子在{{address:京口区正东路街道桃园新村8号楼2单元302室}}，老家在{{address:洛浦县布亚乡阿克恰勒村三组17号}}。我的身份证{{id_number@mold.653224}}，孙女的{{id_number@wy2012spaced.653224}}。
访谈者：名字在材料上有写错的吗？
受访者：多。孙女在体检表上是{{spaced:穆 开 热 姆}}，孙子在校车名单上是{{spaced:伊 克 热 木 · 阿 卜 来 提}}。我的居住证上是{{spaced:依明尼亚孜 · 卡德尔}}，儿子的病历上是{{spaced:阿卜来提 依明尼亚孜}}。
访谈者：孩子们的补贴和看病怎么办？
受访者：孩子的户口在{{trap/place:洛浦}}，看病报销得回老家办。上回{{minority/uyghur:伊克热木}}发烧住院，花了一千多，我拿着单子寄回去，三个月才报下来。{{han:钱丽华}}说这个事她问过了，以后能在网上办。学校里每年给孩子体检，{{minority/uyghur:穆开热姆}}有点贫血，医生让多吃肉。我说，我们家就是卖馕的，肉少点，馕管够。
访谈者：您最大的心愿？
受访者：儿子能换上肾，一家人回{{trap/place:洛浦}}团圆。
""")

# H631: Han court clerk in 昌黎 (秦皇岛) reading from the file of a case that removed a drunken father's guardianship.
DOCS["H631"] = ("staff", """\
访谈者：您在法院做书记员几年了？
受访者：七年。我叫{{han:祁雅静}}，在{{trap/org:昌黎县人民法院}}少年家事审判庭。今天带了一个卷宗，去年判的撤销监护人资格的案子，材料你们研究可以用，名字回头都要处理掉。
访谈者：好的，您说。
受访者：申请人是{{trap/org:昌黎县民政局}}，被申请人是孩子的父亲{{han:宫德利}}，{{trap/place:昌黎}}{{trap/place:靖安镇}}人，身份证号{{id_number@mmidspaced.130322}}，住{{address:昌黎县靖安镇后营村三组19号}}。孩子叫{{han:宫佳琪}}，女，十一岁，身份证{{id_number@wy2013.130322}}。孩子妈妈{{han:苑丽娜}}2019年病故。
访谈者：案子怎么起来的？
受访者：{{han:宫德利}}常年喝酒，喝多了就打孩子。去年冬天孩子脸上带着伤去上学，班主任{{han:李秀芹}}老师报了警。派出所的{{han:褚振海}}所长出的警，{{han:褚振海}}他们把孩子先送到了县未成年人救助保护中心。村委会主任{{han:杨宝山}}作证说，这个爹喝醉了连门都找不着。
访谈者：谁当了新的监护人？
受访者：孩子的姨，{{han:苑丽红}}，住{{address:秦皇岛市海港区建设大街东环小区5号楼1单元402室}}，身份证{{id_number@wy1979hyphen.130302}}，电话{{mobile@p86h}}。法院判{{han:宫德利}}每月给抚养费{{trap/number:八百元}}，孩子的孤儿基本生活费不能领，但能按事实无人抚养儿童领补贴。
访谈者：合议庭是哪几位？
受访者：审判长是{{compound:闾丘泽远}}，审判员{{compound:漆雕可馨}}，人民陪审员是{{compound:乐正一凡}}。孩子的法律援助律师叫{{compound:巫马清和}}，检察院派的是{{compound:段干修远}}，做社会观护的社工是{{compound:东方振宇}}。笔录都是我记的。
访谈者：材料里名字有什么特别的地方吗？
受访者：有几处。{{han:宫德利}}在笔录的签名栏里写了两遍，{{han:宫德利}}{{han:宫德利}}，头一个写歪了，又补了一个。送达回证是打印的，名字打成了{{spaced:宫 德 利}}。孩子姨在监护意见书上签的是{{spaced:苑　丽　红}}。合议庭名单有一版排版出了错，成了{{spaced:闾 丘 泽 远}}和{{spaced:漆　雕　可　馨}}，律师成了{{spaced:巫马 清和}}。
访谈者：孩子出庭了吗？
受访者：没有。未成年人的案子，我们尽量不让孩子出庭。法官和社工去救助保护中心跟孩子谈的，我跟着做笔录。孩子一开始不说话，社工给她一盒彩笔，她画了一个房子，门是关着的，屋里有一个大人，手里拿着酒瓶子。画完了她才开口，说她晚上不敢睡觉，怕爸爸喝醉了回来。卷宗里还附了孩子跟同学的聊天截图，她的QQ在第十五页上，{{qq:2950718364}}，是老师报警时一起交来的。卷宗封面上她的名字打成了{{spaced:宫　佳　琪}}。
访谈者：孩子现在怎么样？
受访者：转学到了{{trap/place:海港区}}，在姨家住。社工回访说，孩子刚去的时候晚上不敢关灯。学校心理老师{{han:高春花}}每周跟她谈一次。孩子奶奶{{han:张凤兰}}在村里，逢年过节接孩子回去住两天，{{han:张凤兰}}说儿子不争气，可孙女是她的心头肉。
访谈者：孩子爸爸呢？
受访者：判完以后，县里把他送去戒酒。卷宗最后一页有他写的保证书，说要学{{trap/famous:曹操}}“东临{{trap/place:碣石}}”那样重新做人，字写得歪歪扭扭的。我们庭长{{han:张建军}}看了说，能不能做到，看以后。
访谈者：卷宗里还有别的人吗？
受访者：还有孩子姑姑{{han:宫秀芝}}，她也想要抚养权，但她自己家三个孩子，经济上不行。她的身份证{{id_number@wmid.130322}}，电话{{mobile@plain}}，住{{address:昌黎县靖安镇前营村一组6号}}。案号是{{trap/number:（2023）冀0322民特21号}}，立案时间是{{trap/number:2023年3月}}。
访谈者：这类案子多吗？
受访者：不多，一年两三件。撤销监护人资格是最后一步，前面要先批评教育、发告诫书，实在不行才走到法院。我们这儿的做法是，民政、妇联、学校、公安先碰头，把孩子安顿好，再由{{trap/org:昌黎县民政局}}提出申请。判下来以后，孩子的户口、学籍、补贴都要跟着变，我们书记员得把判决书一份一份送到位。
访谈者：您办这个案子有什么感受？
受访者：一个孩子要有个安稳的家，需要民政、学校、公安、法院、检察院一起来托。我们在{{trap/place:黄金海岸}}边上长大的人，总以为日子是暖的，看了卷宗才知道不是。
""")

# H632: Han grandmother in 扶沟 (周口, 河南) raising her grandson while her son is in a psychiatric hospital.
DOCS["H632"] = ("family", """\
访谈者：大娘，您家孙子多大了？
受访者：十岁了，大名叫{{han:曹梓航}}，小名叫{{han:磙子}}。我叫{{han:潘桂英}}，六十五了，{{trap/place:扶沟}}{{trap/place:柴岗乡}}的，一辈子没出过{{trap/place:周口}}。
访谈者：孩子爸妈呢？
受访者：他爸{{han:曹红伟}}在{{trap/place:郑州}}打工那几年犯了病，精神分裂，现在住在周口的精神病院。{{han:曹红伟}}那会儿发病，拿着菜刀满村跑，把孩子吓坏了。他妈{{han:刘丽丽}}后来去了{{trap/place:上海}}，又成了家，一年打两回电话。{{han:磙子}}说他不想接。
访谈者：您一个人带着？
受访者：一个人。老头子{{han:曹满堂}}前年冬天走了，脑梗。地我种不动了，包给了侄子{{han:曹新民}}，一年给我{{trap/number:一千二}}。
访谈者：村里帮你们吗？
受访者：帮。村支书{{han:朱长河}}跑前跑后，{{han:朱长河}}都说了，这娘俩村里管。儿童主任{{han:郭秀敏}}，{{han:郭秀敏}}她每个月来一趟，看孩子的作业，看床单干不干净，有啥难处我就找{{han:郭秀敏}}。乡民政所的{{han:刘建设}}帮我们办了低保和事实无人抚养儿童补贴，加起来一个月{{trap/number:一千九百多}}。县民政局的{{han:黄玉亭}}科长来核过一回，说孩子够条件。
访谈者：您身体怎么样？
受访者：高血压，腰也不行，弯不下去。去年秋天我在地里晕倒过一回，是邻居把我背回来的。打那以后，我最怕的就是我哪天一闭眼，孩子没人管。村里说，真到那一步，孩子可以送到县里的儿童福利院，可我舍不得。我跟孩子他姑说好了，我要是不在了，让她接过去。他姑也答应了，说就当多养一个。
访谈者：孩子在哪儿上学？
受访者：在{{school:柴岗乡中心小学四年级（2）班}}。班主任{{han:邵春花}}老师对他上心，给他申请了免费午餐，还让他跟{{han:张天佑}}坐同桌，那孩子成绩好。{{han:磙子}}也爱跟他玩，说{{han:张天佑}}家的狗会握手。
访谈者：有社工来吗？
受访者：有。县里的社工叫{{compound:拓跋丽娜}}，带着孩子画画，说画画能把心里的害怕画出来。乡卫生院的{{compound:上官秀英}}大夫每月给我量血压，她说我心脏不好，要少生气。还有一个县医院的医生，叫{{compound:欧阳建新}}，是管他爸的主治大夫，{{han:磙子}}跟他视频过，问他爸啥时候能回家。
访谈者：您一天怎么过？
受访者：早上五点半起来，给孩子做饭，鸡蛋面条。送他到村口坐校车，回来喂鸡、扫院子。上午去地头转转，菜园子里种点青菜，自己吃。下午睡一会儿，四点半去村口接孩子。晚上他写作业，我就看着，我不识字，就看他写得工整不工整。礼拜天带他去看他爸，坐一个半钟头的车，他爸有时候认得他，有时候认不得。侄子{{han:曹新民}}家在{{address:扶沟县柴岗乡大李庄村四组18号}}，离我们就隔两家，有事一喊就到。
访谈者：孩子有什么变化？
受访者：他爸刚犯病那两年，孩子晚上老做噩梦，尿床，在学校也不跟人说话。这两年好多了，{{han:邵春花}}老师说他上课敢举手了，还在班里当了小组长。社工也说，他画的画颜色亮了。
访谈者：孩子平时用手机吗？
受访者：用我这个旧的。他有个QQ，说是跟同学玩的，号我让他写在日历上了，这儿，{{qq:1597043826}}。我的电话{{mobile@fullwidth}}，{{han:郭秀敏}}的{{mobile@spaced}}，她的微信{{wechat:guoxiumin_cg}}。
访谈者：家里的住址和证件呢？
受访者：家在{{address:扶沟县柴岗乡大李庄村四组15号}}。孙子的身份证{{id_number@my2014fwspaced.411621}}。
访谈者：材料上的名字写对了吗？
受访者：不全对。学校的花名册上孙子是{{spaced:曹 梓 航}}，中间有空格。他爸的病历上写成{{spaced:曹红 伟}}。社工的名字在签到表上是{{spaced:拓　跋　丽　娜}}。
访谈者：过年的时候怎么过？
受访者：过年冷清。除夕我包饺子，孩子帮着擀皮，我们娘俩吃完就看春晚。初二带他去看他爸，医院让家属陪着吃顿饭。村里放烟花，他站在门口看，也不去跟别的孩子抢炮。乡里的干部年前来送了慰问金，{{trap/number:五百块}}，还有一床新被子，孩子说这被子上有太阳的味儿。
访谈者：您有啥盼头？
受访者：就盼他爸能好起来。我给{{han:磙子}}讲{{trap/famous:包公}}铡{{trap/famous:陈世美}}，说做人要正。他说，奶奶，我长大了当警察。俗话说，说{{trap/famous:曹操}}{{trap/famous:曹操}}到，我一念叨他爸，他爸就打电话来了。{{trap/place:贾鲁河}}边上长大的孩子，命硬。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=625,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
