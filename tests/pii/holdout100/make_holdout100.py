# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 100 (tests/pii/holdout100/H785-H792 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 100 is about children in distress (困境儿童) and the help they get, in eight new voices, all of them in the
宁德 area (Fujian): a Mongolian father from 阿拉善右旗 who coats electrodes in a 宁德 battery factory, his wife on
dialysis, their two children with them in 蕉城 and his dead brother's daughter left with his mother at home; a
Gyalrong Tibetan grandmother from 壤塘 (阿坝) living with her widowed, maimed son in 蕉城 and raising his three
children, in school there; a Hui shopkeeper in 福安 of the 陈埭 Ding clan (泉州) raising his dead cousin's two
children with his own; a Uyghur mother from 和静 selling naan in 霞浦, her husband paralysed at home, her two children
with her; a She (畲族) grandmother in a tea village of 福安 raising three grandchildren, their father in prison and
their mother gone; a Han primary-school teacher in 寿宁 going through the five children in distress of her class and
how she reaches their families on WeChat and QQ; a Han civil-affairs clerk in 古田 reading from the case files of
four families; and a Han fisherman's widow on an island of 霞浦 raising three children after her husband was lost
at sea. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names of three to seven characters with short forms (额尔顿陶克涛 then 陶克涛, 嘎日布巴特尔 then
嘎日布), others used whole (塔林高娃, 图雅其其格, 阿拉坦萨如拉, 诺日布桑布) and the Han name of the same man (罗宝林,
罗师傅); Gyalrong and Amdo Tibetan names with short forms (斯郎娥满 then 娥满, 三郎泽旺 then 泽旺他, 洛让多吉 then
洛让) and the Han names of Tibetans (杨泽明, 杨思雨); Han-form Hui names of the Ding and Guo clans (丁振南, 丁清泉,
郭丽卿) beside 经名 alone (索来曼, 海迪澈, 海麦尔彦) and after the surname (丁哈米德, 丁阿伊舍, 丁拉赫曼, 马哈丽麦);
Uyghur given name + father's name with and without the dot (阿曼妮萨·吐鲁洪, 阿曼妮萨吐鲁洪, 拜合提亚尔·阿布都热合曼)
and short forms (阿曼妮萨, 阿布都热合曼他, 米合日巴努); She names in Han form with 雷, 蓝, 钟, 李 and their 依-
nicknames (依欣, 依浩他, 依萱); Han names with common and rare surnames of the region (阮, 缪, 詹, 池, 卓, 柳,
龚, 甘, 余), with titles and kin words, names that contain or end in words (丁清泉, 雷长寿, 蓝天佑 beside the trap
蓝天, 彭家兴, 余长寿), word nicknames (跳跳鱼, 虾皮, 黑炭) and 阿- forms (阿銮, 阿月, 刘阿水, 张阿土); a surname with
only a title or kin word, annotated whole (阮书记, 詹大夫, 缪姐, 雷支书, 老黄); a name written twice on a form; names
directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames
after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:阮丽华}}``, ``{{qq:2947105368}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013hyphen.152922}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 伯, 姑, 婶) and a
particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 她, 他, 那边) are outside the span; a
surname with only a title or kin word (阮书记, 缪姐, 雷支书, 黄所长, 老黄, 王阿婆) and a nickname (依欣, 跳跳鱼, 阿月)
are annotated whole. Han-style names of Mongolian, Tibetan, Hui and She people (罗宝林, 杨泽明, 丁振南, 蓝金娣) are
category han; a Han surname before a non-Han given name (丁哈米德, 马哈丽麦) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout100/make_holdout100.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(100_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "135", "136", "139", "147", "152", "153", "159", "177", "180", "182", "185", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}
# H785: Mongolian father from 阿拉善右旗 in a 宁德 battery factory; his wife on dialysis, his dead brother's daughter.
DOCS["H785"] = ("family", """\
访谈者：您是从内蒙古过来的？先说说家里的情况吧。
受访者：对，老家在{{trap/place:阿拉善右旗}}，{{trap/place:巴丹吉林沙漠}}边上，家里原来养骆驼。我叫{{minority/mongolian:额尔顿陶克涛}}，厂里工牌上是汉名{{han:罗宝林}}，工友都喊我{{han:罗师傅}}，老乡们喊我{{minority/mongolian:陶克涛}}。前年跟老乡来{{trap/place:宁德}}，在电池厂做涂布，三班倒，一个月能拿七千多。媳妇{{minority/mongolian:塔林高娃}}带着两个孩子也过来了，一家四口在{{trap/place:蕉城区}}租房。
访谈者：孩子多大了？
受访者：儿子{{minority/mongolian:嘎日布巴特尔}}十二，学校用的名字是{{han:罗海军}}，在{{school:蕉城区第十一小学六年级（3）班}}。闺女{{minority/mongolian:图雅其其格}}八岁，在同一个学校上二年级。儿子在家我们喊他{{minority/mongolian:嘎日布}}，{{minority/mongolian:嘎日布}}说这边夏天太潮，衣服晾三天都不干，冬天又不下雪，没意思。
访谈者：家里现在最难的是什么？
受访者：媳妇的病。去年查出来红斑狼疮，伤了肾，现在一个礼拜透析三回，每回四个钟头。{{minority/mongolian:塔林高娃}}她以前在{{trap/place:额肯呼都格镇}}开奶茶馆，能干得很，现在上两层楼都喘。我上夜班的时候，两个孩子自己煮面条，自己洗碗。{{minority/mongolian:图雅其其格}}也懂事，会给她妈熬小米粥，会帮她妈量血压、记在本子上。医药费报了一大半，剩下的每个月还要两千多，我就多加班。
访谈者：老家那边还有孩子要管吗？
受访者：还有我哥的闺女。哥哥{{minority/mongolian:敖其尔扎布}}前年冬天开车去收{{trap/minority_word:苁蓉}}，在沙窝子里翻了车，人没了。嫂子早几年就改嫁了。侄女{{minority/mongolian:阿拉坦萨如拉}}十四岁，跟我{{trap/minority_word:额吉}}在老家过。旗{{trap/org:民政局}}给侄女办了孤儿基本生活费，一个月{{trap/number:一千八百五}}，嘎查的儿童主任{{minority/mongolian:沙日勒岱}}每个月去看一回，拍视频发给我。{{minority/mongolian:阿拉坦萨如拉}}说想来宁德，可她的学籍在旗里，额吉也离不开草场，只好等她初中毕业再说。
访谈者：在这边，谁帮过你们？
受访者：社区的{{han:阮丽华}}书记，听说我们家的事就上门来了，帮媳妇办了大病救助。大家都叫她{{han:阮书记}}，{{han:阮书记}}说外地户口也有政策，不要怕麻烦。社工站有个姑娘叫{{compound:上官雨霏}}，每个礼拜三来给孩子辅导作业；厂里工会管困难职工的是{{compound:司马丽清}}，过年给我们送了米和油；车间主任{{compound:呼延志强}}给我排班的时候，尽量不让我连上夜班。医院肾内科的{{han:詹国平}}大夫，媳妇叫他{{han:詹大夫}}，说{{han:詹大夫}}比老家的医生还耐心。
访谈者：孩子们放学以后谁管？
受访者：社区有个“四点半课堂”，孩子们放学先去那里写作业，六点我或者媳妇去接。媳妇透析的日子我上白班，就托楼下的大姐帮忙接一下。大姐是本地人，说话我们听不太懂，可她待孩子好，有好吃的总给孩子们留一份。
访谈者：厂里有老乡吗？
受访者：有三个阿拉善的。{{minority/mongolian:胡和巴特}}跟我一个班组，{{minority/mongolian:诺日布桑布}}在仓库，还有个小伙子{{minority/mongolian:明干巴特}}刚来半年。{{minority/mongolian:胡和巴特}}他媳妇常来帮我们家做饭，大家一起过{{trap/minority_word:查干萨日}}，煮手把肉，唱长调，孩子们就不那么想家了。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:林若琳}}老师说，孩子数学好，就是不爱开口，同学笑他口音。老师给他找了个同桌叫{{han:郑一帆}}，两个人现在好得很，周末一起去海边捡贝壳。闺女学校的{{han:薛晓敏}}老师教音乐，让她在元旦晚会上唱了一首蒙古歌，唱完好多家长给她鼓掌。晚上我给孩子们讲{{trap/famous:嘎达梅林}}的故事，儿子听了说他也要当英雄。
访谈者：表上要登记地址、证件和电话。
受访者：老家是{{address:阿拉善右旗雅布赖镇巴音高勒嘎查三组12号}}，这边租的是{{address:蕉城区漳湾镇鹤峰小区7栋2单元603室}}。我身份证{{id_number@mspaced.152922}}，儿子的{{id_number@my2013hyphen.152922}}。我电话{{mobile@plain}}，媳妇的{{mobile@s434}}。微信号{{wechat:Togtokh_1984}}。儿子用QQ跟他姐姐聊天，QQ号他贴在床头了，是{{qq:2947105368}}。
访谈者：名字在各种表上写得对吗？
受访者：五花八门。儿子学籍表上是{{spaced:嘎 日 布 巴 特 尔}}，媳妇的医保卡上是{{spaced:塔林 高娃}}，我的工牌打成了{{spaced:额尔顿 陶克涛}}，侄女的孤儿证上是{{spaced:阿　拉　坦　萨　如　拉}}。
访谈者：您最盼什么？
受访者：盼媳妇能等到换肾，盼孩子们好好念书，将来不用像我一样上夜班。等日子好一点，带他们回阿拉善看看骆驼，看看沙漠里的星星。
""")

# H786: Gyalrong Tibetan grandmother from 壤塘 (阿坝) in 蕉城, raising her widowed, maimed son's three children.
DOCS["H786"] = ("family", """\
访谈者：阿妈，您是从四川过来的？
受访者：是，从{{trap/place:阿坝}}的{{trap/place:壤塘}}来，坐了两天两夜的车。我叫{{minority/tibetan:斯郎娥满}}，是嘉绒人，老家的人都叫我{{minority/tibetan:娥满}}。儿子{{minority/tibetan:三郎泽旺}}在{{trap/place:蕉城}}一个工地上开吊车，汉名叫{{han:杨泽明}}。我跟过来给他带孩子，来了快三年了。刚来的时候不会坐公交车，不会用煤气灶，楼房里转不开身，天天想回去。后来孩子们离不开我，我也就住下了。
访谈者：孩子的妈妈呢？
受访者：儿媳{{minority/tibetan:兰木措}}是{{trap/place:阿坝县}}的安多人，前年胃上长了东西，在{{trap/place:成都}}做了手术，还是没留住。那年最小的孩子才四岁。儿子心里苦，不爱说话。{{minority/tibetan:泽旺}}他手也伤过，去年钢绳把左手两个指头夹掉了，现在只能开车，不能上架子。工地上的活有一天没一天，下雨天就歇着，一个月挣的钱刚够交房租和孩子们的饭钱。
访谈者：三个孩子都在这边上学？
受访者：都在。大孙女{{minority/tibetan:仁真初}}十三，学校里叫{{han:杨思雨}}，在{{school:蕉城区第六中学初一（5）班}}。孙子{{minority/tibetan:洛让多吉}}十岁，在{{school:蕉城区城南小学四年级（2）班}}，我们喊他{{minority/tibetan:洛让}}。小孙女{{minority/tibetan:俄木吉}}六岁，上幼儿园大班。{{minority/tibetan:洛让}}就爱踢球，鞋一个月踢破一双。
访谈者：您说汉话，孩子们听得懂吗？
受访者：我汉话说不好，孙女给我翻。{{minority/tibetan:仁真初}}她在学校说普通话，回家跟我说嘉绒话，跟她弟弟说安多话，那是她妈教的。她想妈妈了就拿出{{trap/minority_word:糌粑}}来捏，说妈妈捏的最好看。小孙女不记得妈妈的样子了，只认得手机里的一张照片，天天拿着看。
访谈者：谁帮过你们家？
受访者：社区的儿童主任{{han:缪秀琴}}，我们叫她{{han:缪姐}}。{{han:缪姐}}跑了好多趟，给老家的{{trap/org:县民政局}}打电话，把三个孩子报了事实无人抚养，每人每月{{trap/number:一千六百二}}。老家村里的{{minority/tibetan:格绒彭措}}书记帮着盖章，寄材料。社工站来过两个人，一个叫{{compound:皇甫丽琴}}，还有一个是{{compound:诸葛振邦}}，小伙子常让{{minority/tibetan:洛让多吉}}骑他的自行车。他们还给我们联系了一家医院，给儿子的手做了复查，药费也给报了一些。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:郑雅婷}}老师，给她免了校服钱，还让她当了语文课代表。孙子的老师{{han:叶春晖}}也好，见他没带饭，就把自己的饭分给他，后来学校给他办了免费午餐。我侄子{{minority/tibetan:更登降措}}在{{trap/org:棒托寺}}当喇嘛，每年{{trap/minority_word:藏历年}}寄些钱和{{trap/minority_word:虫草}}过来。
访谈者：孩子们平时吃得惯这边的饭吗？
受访者：吃不惯也得吃。这边顿顿是米饭和鱼，我做不来，就做面片，做包子。孩子们在学校吃米饭，回家吃我做的，说两样都好吃。就是买不到好的酥油，我托老家的人寄，一寄就是一大箱，够吃半年。
访谈者：在这边有藏族的朋友吗？
受访者：有个{{trap/place:红原}}来的小伙子{{minority/tibetan:尕让加}}，在鞋厂上班，礼拜天过来陪我说话。{{minority/tibetan:尕让加}}也会跳{{trap/minority_word:锅庄}}，带着孙女在小区里跳。晚上我给孩子们讲{{trap/famous:格萨尔王}}的故事，小孙女听着听着就睡了。
访谈者：您自己身体怎么样？
受访者：腿疼，这边太潮了。社区医院的{{han:彭秀玲}}大夫每个月来量一次血压，给我开了药，不要钱。她说老人家心里有事，血压就下不来，让我多出去走走，跟楼下的老人说说话。可我说话她们听不懂，我就坐在那里看她们打牌。
访谈者：您儿子平时跟孩子们说话多吗？
受访者：少。他累，回来吃了饭就躺着看手机。有时候夜里我听见他在阳台上抽烟，一根接一根。我跟他说，孩子们的妈没了，你要是也倒下，这个家就散了。他不吭声，第二天早上还是五点起来去工地。
访谈者：登记表上要写地址和号码。
受访者：老家在{{address:壤塘县吾伊乡格达村三组14号}}，这边住{{address:蕉城区漳湾镇安置小区5栋1单元402室}}。我的身份证{{id_number@wold.513230}}，大孙女的{{id_number@wy2012x.513230}}。儿子电话{{mobile@s38}}，他微信{{wechat:zewang_sanlang}}。孙女有QQ，说是老师布置作业用的，号码她写在冰箱上了：{{qq:3386019472}}。
访谈者：孩子们的名字写得对吗？
受访者：不一样。学校的单子上写{{spaced:仁 真 初}}，孙子的写成{{spaced:洛 让 多 吉}}，我的是{{spaced:斯郎 娥满}}，儿子的残疾证上是{{spaced:三　郎　泽　旺}}。
访谈者：最后您想说什么？
受访者：孩子们能吃饱饭、能念书就好。我老了，只盼他们长大了别忘了{{trap/place:壤塘}}，回去看看他们的妈。
""")

# H787: Hui father in 福安 of the 陈埭 Ding clan (泉州), raising his dead cousin's two children with his own.
DOCS["H787"] = ("family", """\
访谈者：丁老板，听说您家是{{trap/place:陈埭}}丁氏？
受访者：对，{{trap/place:泉州}}{{trap/place:晋江}}陈埭的丁，户口上是回族。族谱上说祖上是{{trap/famous:赛典赤}}的后人，元朝从西域过来的。我叫{{han:丁振南}}，小时候寺里来过一位宁夏的阿訇，给我起了经名{{minority/hui:索来曼}}，现在也就老人们这么叫。十九岁我到{{trap/place:福安}}开鞋材店，一开就是二十年，给鞋厂供鞋底、鞋面，生意好的时候雇了五个人，这几年差一些。媳妇{{han:郭丽卿}}是{{trap/place:百崎}}郭家的，也是回族，经名{{minority/hui:海迪澈}}。
访谈者：您家里现在有几个孩子？
受访者：四个，两个是我的，两个是我堂弟的。堂弟{{han:丁清泉}}也在福安，跑货车，前年夜里在{{trap/place:104国道}}上出了事，人没了。弟媳{{han:吴美凤}}是汉族，守了一年，后来改嫁到浙江去了，孩子留给了我们。她走的那天两个孩子追着车跑，我媳妇抱着小的哭了一晚上。
访谈者：两个孩子多大？
受访者：男孩{{han:丁俊贤}}十一岁，经名{{minority/hui:丁哈米德}}，在{{school:福安市阳头小学五年级（1）班}}；女孩{{han:丁雅琳}}七岁，经名{{minority/hui:丁阿伊舍}}，在同一个学校上一年级。{{han:丁俊贤}}他爸走的时候他在场，后来半年不说话，夜里尿床。学校的心理老师一个礼拜找他谈两回，陪他画画、下棋，慢慢好了，现在敢一个人睡了。
访谈者：您自己的孩子呢？
受访者：大儿子{{minority/hui:丁拉赫曼}}十四，QQ号是{{qq:3160274895}}，学校名字叫{{han:丁宏毅}}，在{{school:福安市第二中学初二（3）班}}；小女儿{{minority/hui:丁萨菲娅}}九岁。{{minority/hui:丁拉赫曼}}都知道照顾弟弟妹妹了，放学先去接他们。我媳妇说，四个孩子吃饭跟打仗一样，一顿要煮两斤米。衣服是大的穿了小的穿，鞋子我店里有的是，这个不愁，就是一{{trap/word:丁点}}肉都得省着买。
访谈者：这些年谁帮过你们？
受访者：社区的{{han:刘碧霞}}主任最上心，是她跑{{trap/org:民政局}}，把两个孩子报成了孤儿，每人每月{{trap/number:一千五百八}}。街道的儿童主任{{han:池美华}}每季度来一次，看孩子长个子没有，做不做噩梦。社工站的{{compound:尉迟海燕}}带孩子们去画画，还有个男社工叫{{compound:宇文俊峰}}，教{{han:丁俊贤}}打篮球。族里的{{han:丁德培}}伯从陈埭寄来学费，说丁家的孩子不能没书念。丁氏宗祠每年还给族里的困难学生发奖学金，考得好的多发。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}我们回陈埭，去寺里礼拜，炸{{trap/minority_word:油香}}。陈埭寺里的{{han:锁阿訇}}是甘肃人，他家里的{{minority/hui:海麦尔彦}}教女孩子们念经。{{han:锁阿訇}}说，孤儿要像自己的孩子一样养，这是圣人的话。平时在福安我们就去{{trap/place:福州}}的{{trap/org:清真寺}}。
访谈者：两个孩子跟您的孩子处得好吗？
受访者：刚来的时候打过架，抢玩具、抢电视。现在好了，大的护着小的，出去谁欺负了弟弟妹妹，他第一个冲上去。我跟媳妇从来不分哪个是亲生的，买东西一人一份，谁也不多谁也不少。
访谈者：孩子们知道自己是回族吗？
受访者：知道。{{minority/hui:丁阿伊舍}}问过我，为什么我们家不吃猪肉、别人家吃。我给她讲祖上的故事，讲{{trap/famous:蒲寿庚}}那时候{{trap/place:泉州}}港口的阿拉伯船。她听得眼睛发亮。
访谈者：孩子的外婆那边呢？
受访者：{{han:吴美凤}}她妈在{{trap/place:霞浦}}，七十多了，逢年过节给孩子们寄一点紫菜和虾干，打电话来问孩子们长高了没有。孩子们的妈妈一年打两三回电话，每回说不了几句就挂了，说那边的男人不高兴。{{han:丁清泉}}的坟在陈埭，清明我带孩子们回去扫墓，{{han:丁叔}}——就是他们的三爷爷——每回都哭。
访谈者：您自己身体和生意撑得住吗？
受访者：撑得住也得撑。去年查出血糖高，医生让我少熬夜。店里忙的时候，大儿子放学来帮我理货，算账比我快。我跟媳妇说，等孩子们都上了高中，我们就轻松了。她笑我，说那时候又要操心孩子们上大学的钱。
访谈者：表上要填地址和号码。
受访者：我们住{{address:福安市阳头街道富春小区9栋1单元502室}}，老家是{{address:晋江市陈埭镇岸兜村四组23号}}。我身份证{{id_number@mhyphen.350582}}，{{han:丁俊贤}}的是{{id_number@my2013.350582}}。电话{{mobile@hyphen}}，微信{{wechat:dingzhennan_fa}}。
访谈者：表上的名字写得规范吗？
受访者：经名各写各的。有人把{{minority/hui:丁哈米德}}写成{{spaced:丁 哈 米 德}}，把我写成{{spaced:丁振 南}}，{{minority/hui:海麦尔彦}}写成了{{spaced:海麦 尔彦}}。
访谈者：您最大的心愿是什么？
受访者：四个孩子都读出来，别像我只读到初中。
""")

# H788: Uyghur mother from 和静 selling naan in 霞浦; her husband paralysed at home in 和静, two children with her.
DOCS["H788"] = ("family", """\
访谈者：大姐，您的馕摊在这条街上好几年了吧？
受访者：四年了。我叫{{minority/uyghur:阿曼妮萨·吐鲁洪}}，老家{{trap/place:和静}}，在{{trap/place:巴音布鲁克}}草原下面。来{{trap/place:霞浦}}是跟我哥哥来的，哥哥{{minority/uyghur:艾克拜尔·吐鲁洪}}先在这边开了拉面馆。街坊都叫我{{minority/uyghur:阿曼妮萨}}，买馕的小孩叫我新疆阿姨。
访谈者：您丈夫呢？
受访者：丈夫{{minority/uyghur:阿布都热合曼·卡德尔}}以前在{{trap/place:库尔勒}}工地上干活，四年前从脚手架上摔下来，腰下面都不能动了。他在和静跟他妈妈住，他妈妈也七十了。我一个人打馕，每月往家里寄钱。{{minority/uyghur:阿布都热合曼}}他在电话里老说对不起我们，我说你别这么说，你好好吃药，好好练，我们还等着你。他妈妈每天给他翻身、擦洗，她自己的腿也不好，村里的医生隔几天去看一回。
访谈者：孩子们跟着您？
受访者：两个跟着我。儿子{{minority/uyghur:拜合提亚尔·阿布都热合曼}}十二岁，在{{school:霞浦县松城第三小学六年级（4）班}}；女儿{{minority/uyghur:米合日巴努·阿布都热合曼}}八岁，在{{school:霞浦县松城第三小学二年级（1）班}}。老师们叫他们{{minority/uyghur:拜合提亚尔}}和{{minority/uyghur:米合日巴努}}。{{minority/uyghur:米合日巴努}}说她长大要当医生，给她爸爸治腿。
访谈者：您一个人带两个孩子还要做生意，最难的是什么？
受访者：早上四点起来和面，{{trap/minority_word:馕坑}}要烧一个{{trap/word:钟头}}才能贴。孩子们自己起床、自己上学。{{minority/uyghur:拜合提亚尔}}也懂事，放学回来帮我收摊。就是怕孩子们病了，去年女儿肺炎住院，我关了一个礼拜的摊子，房租照样要交。那几天是学校的老师轮流给儿子送饭。下雨天没人出来买馕，一天只卖二十个，面都发酸了。
访谈者：谁帮过您？
受访者：社区的{{han:卓丽萍}}主任，她帮我们在老家把孩子报成困境儿童，和静那边每月给{{trap/number:九百六}}，她还帮我在这边办了临时救助。学校的{{han:温晓丹}}老师给儿子补课，不收钱。社工站有个叫{{compound:东方秋萍}}的姑娘，教我用手机交水电费。隔壁卖鱼丸的{{han:王阿婆}}天天帮我看孩子，{{han:王阿婆}}说她孙子跟我儿子一个班。
访谈者：生意上有人为难您吗？
受访者：刚来的时候城管让我挪过两回地方，后来社区帮我在菜市场门口租了个小门面，一个月八百，有了地方就不怕下雨了。街上的人开始不敢买，怕吃不惯，后来尝了都说香，还有人专门开车来买。
访谈者：在霞浦还有新疆老乡吗？
受访者：有几家。{{minority/uyghur:萨迪克·居麦}}在城关卖烤肉，他媳妇{{minority/uyghur:古丽加马丽}}常来我家坐，{{minority/uyghur:古丽加马丽}}她会缝衣服，孩子们的裙子都是她做的。{{trap/minority_word:肉孜节}}的时候我们几家一起做{{trap/minority_word:抓饭}}，孩子们穿上{{trap/minority_word:艾德莱斯}}裙子跳舞。我哥哥给孩子们讲{{trap/famous:阿凡提}}的故事，他们笑得在地上打滚。
访谈者：孩子们想爸爸吗？
受访者：想。每天晚上视频，女儿把奖状举到手机前面给她爸看。{{minority/uyghur:阿布都热合曼}}他看着孩子写作业，一句话也不说，就看着。暑假我带孩子回和静，坐飞机要倒两趟，票钱是社区和学校凑的。
访谈者：登记表要写地址和号码。
受访者：我们在这边住{{address:霞浦县松城街道北门小区3栋2单元301室}}，老家在{{address:和静县巴润哈尔莫敦镇巴音村二组17号}}。我身份证{{id_number@wspaced.652827}}，儿子的{{id_number@my2013quad.652827}}，女儿的{{id_number@wy2017.652827}}。我电话{{mobile@spaced}}，我哥的{{mobile@plus86}}。微信{{wechat:amannisa_nang}}。儿子的QQ号，他写在作业本封面后面了，是{{qq:1739206845}}。
访谈者：您的名字在表上写得对吗？
受访者：有时候写成{{minority/uyghur:阿曼妮萨吐鲁洪}}，没有点；医院的单子上写成{{spaced:阿 曼 妮 萨 · 吐 鲁 洪}}；社区的表上是{{spaced:阿曼妮萨 · 吐鲁洪}}；女儿的写成了{{spaced:米合日巴努 阿布都热合曼}}。
访谈者：孩子们在这边习惯吗？
受访者：习惯了。儿子会说几句霞浦话，跟同学去海边挖蛏子，晒得跟本地孩子一样黑。女儿爱吃这边的鱼丸和海蛎饼，回和静的时候还让我带两包鱼丸给她爸。就是吃的要注意，学校食堂专门给他们俩打清真的饭菜，这个我很感谢。
访谈者：最后还想说什么？
受访者：霞浦的人好，买馕的老顾客知道我家的事，常常多给几块钱，我不收，他们就放下跑了。我只盼丈夫的腰能好一点，我们一家能在一起。
""")

# H789: She grandmother in a village of 福安 raising three grandchildren; their father in prison, their mother gone.
DOCS["H789"] = ("family", """\
访谈者：阿婆，您家里几口人？
受访者：四口，我跟三个孙子孙女。我叫{{han:蓝金娣}}，畲族，嫁到{{trap/place:穆阳}}这边的山村五十年了。老头子{{han:钟石根}}前年走了，是肺上的病，咳了两年。儿子{{han:钟建勇}}赌博欠了债，跟人打架把人打伤了，判了六年，在{{trap/place:福州}}坐牢。儿媳{{han:雷小燕}}三年前出去打工，电话打不通了。
访谈者：孩子们多大了？
受访者：大孙女{{han:钟雨欣}}十三，小名叫{{han:依欣}}，在{{school:福安市穆阳中学初一（2）班}}住校。孙子{{han:钟浩然}}十岁，我们叫他{{han:依浩}}，在{{school:穆阳中心小学四年级（3）班}}。小孙女{{han:钟晓萱}}六岁，叫{{han:依萱}}，在村里上幼儿园。{{han:依浩}}他皮，爬树掏鸟窝，摔过两回。{{han:依萱}}就爱黏着我，晚上不跟我睡不着。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。{{han:依欣}}她去监狱看过一回，回来哭了一路，说以后不去了。过了两个月又说想去。小的两个不知道，我跟他们说爸爸在福州打工，等他们长大了再说。{{han:钟建勇}}他在里头写信来，说出来以后好好做人。
访谈者：家里靠什么过日子？
受访者：种两亩茶，采了卖给茶厂，春茶一斤青叶卖得到十几块，夏秋茶就便宜了。我还养了十来只鸡，鸡蛋舍不得吃，攒着给孩子们带到学校去。村里给我们报了低保，三个孩子按事实无人抚养，每人每月{{trap/number:一千三百六}}。这事是我去找{{han:雷德旺}}帮着跑的，他是村支书，大家都叫他{{han:雷支书}}。{{han:雷支书}}说，{{trap/word:雷打不动}}，每月十号钱一定到卡上。
访谈者：村里还有谁照顾你们？
受访者：儿童主任{{han:蓝秀梅}}，是我娘家的侄女，孩子们叫她{{han:秀梅}}姑。她每个礼拜来一趟，帮我看孩子作业、填表。乡里民政上的{{han:李干事}}，大名叫{{han:李文彬}}，去年冬天给我们送了被子。{{trap/org:乡卫生院}}的{{han:蓝大夫}}给我看高血压，大夫说我要少吃咸菜，可咸菜下饭，孩子们也爱吃。县里的社工叫{{compound:欧阳碧云}}，她跟同事{{compound:慕容丽娟}}一起来过三回，给大孙女买了一双运动鞋，还带三个孩子去县城的图书馆看书。
访谈者：家里住的房子怎么样？
受访者：老房子，木头的，漏雨。去年县里搞危房改造，给我们补了钱，村里出人帮忙翻了屋顶，换了瓦，现在下雨不漏了。天晴的时候，{{trap/word:蓝天}}底下的茶山好看得很，可屋里还是暗。三个孩子挤一张床，大孙女说想要张自己的书桌，我还没给她买上。
访谈者：邻居呢？
受访者：隔壁的{{han:雷长寿}}，七十多了还帮我挑水。他侄子{{han:蓝天佑}}在县城开车，孩子们进城看病都是他送。村口小卖部的{{han:钟阿妹}}，孩子们去买本子，她常常不收钱。
访谈者：孩子们在学校怎么样？
受访者：{{han:依欣}}的班主任{{han:郑美玲}}老师说她作文写得好，写过我们畲家的{{trap/minority_word:三月三}}，做{{trap/minority_word:乌米饭}}，唱{{trap/minority_word:畲歌}}，穿{{trap/minority_word:凤凰装}}。她还写了老祖宗{{trap/famous:盘瓠}}的故事。{{han:钟浩然}}的老师说他算术快，就是不交作业，我不识字，管不了他作业，只能拿竹枝吓唬他。
访谈者：孩子们的妈妈还联系吗？
受访者：不联系了。头一年还寄过两回钱，后来电话换了号。大孙女嘴上说不想她，夜里把她妈的旧衣服压在枕头底下。我也不怪那个女人，我儿子那个样子，她一个人也难。只是孩子们可怜，开家长会从来没有爸妈去，都是我这个老太婆去，坐在后面什么也听不懂。
访谈者：您身体还撑得住吗？
受访者：腰弯了，采茶一站一天。有时候下{{trap/word:雷雨}}，我还在山上，孩子们就站在门口哭。我就盼着再撑几年，等儿子出来。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:福安市穆阳镇岚下村三组18号}}。我的身份证{{id_number@wold.350981}}，大孙女的{{id_number@wy2012hyphen.350981}}。我没有手机，用{{han:秀梅}}的，{{mobile@h38}}。{{han:依欣}}有个QQ，号是{{qq:1208374659}}。
访谈者：名字在表上写对了吗？
受访者：有写错的。低保表上我写成{{spaced:蓝　金　娣}}，孙女写成{{spaced:钟 雨 欣}}，孙子写成{{spaced:钟浩 然}}。村里的人都说我们畲家的名字好记，可到了表上就乱了。
访谈者：最后您想说什么？
受访者：我这辈子没读过书，吃了不识字的亏，连药盒上的字都看不懂。盼孩子们平平安安长大，别学他们爸，好好念书，回来建设我们畲家山村。
""")

# H790: Han primary-school teacher in 寿宁 and the children in distress of her class, reached on WeChat and QQ.
DOCS["H790"] = ("teacher", """\
访谈者：{{han:龚老师}}，您班上有几个困境儿童？
受访者：我叫{{han:龚慧芳}}，在{{school:寿宁县鳌阳中心小学三年级（2）班}}当班主任。班上四十二个孩子，困境儿童五个，留守的一半还多，爸妈都在{{trap/place:上海}}、{{trap/place:宁波}}开超市、卖菜。
访谈者：能说说这五个孩子吗？
受访者：第一个{{han:范子轩}}，爸爸{{han:范德胜}}在工地摔断了腿，评了二级残疾，妈妈在宁波打工。家长群里他爸的备注是“{{spaced:范 德 胜}}”，话多，每天晚上问作业。{{han:范子轩}}他成绩中等，就是上课老走神，说是夜里要帮他爸翻身。第二个是{{han:吴佳蕊}}，孤儿，跟大伯过。大伯叫{{han:吴长福}}，在{{trap/place:犀溪}}种香菇，不会用微信，都是他女儿{{han:吴秋燕}}帮着看群。{{han:吴秋燕}}的微信号是{{wechat:wqy_shouning88}}。民政给{{han:吴佳蕊}}发孤儿基本生活费，一个月{{trap/number:一千六百五}}。第三个{{compound:令狐家瑞}}，这姓在我们这儿少见，他爸是从山西来的上门女婿，去年查出尿毒症，妈妈{{han:周小芬}}一个人开面馆。她微信叫{{wechat:xiaofen_mianguan}}，晚上十点以后才有空回消息。
访谈者：后面两个呢？
受访者：第四个{{han:刘思琦}}，妈妈抑郁，住在{{trap/place:福州}}的医院里，爸爸在外面跑船，一年回来一次。孩子跟外婆{{han:缪春娇}}住，外婆说话我听不太懂，我就跟{{han:缪晓燕}}联系，她是孩子的小姨，她QQ是{{qq:2861047395}}。第五个{{han:叶梓豪}}，爸爸{{han:叶国平}}在监狱，妈妈改嫁了，跟爷爷奶奶在{{trap/place:斜滩}}。爷爷用老人机，只能打电话，号码{{mobile@plain}}。{{han:叶梓豪}}说他爸过年会回来，我们都不拆穿他。
访谈者：您平时怎么跟这些家长联系？
受访者：主要是微信群，还有QQ。群里家长的备注五花八门，有写孩子名字加爸爸的，有写全名的，有的写成{{spaced:缪　晓　燕}}这样一个字一个空格。有个家长备注“{{spaced:令 狐 家 瑞}}妈妈”，其实是他奶奶在用。我自己的QQ是{{qq:9513702468}}，微信{{wechat:gonghf_teacher}}，号码{{mobile@spaced}}，家长找我比找校长方便，有的家长半夜十二点还发语音来，问孩子在学校有没有哭。
访谈者：学校和村里给了什么帮助？
受访者：校长{{han:毛德昌}}给这五个孩子免了午餐费。{{han:毛校长}}还联系了县里的{{trap/org:妇联}}，给他们每人配了一个“爱心妈妈”。{{han:吴佳蕊}}的爱心妈妈是县医院的护士{{compound:巫马雨涵}}，另一个是团县委的{{compound:长孙婉婷}}，家长群里她的备注是“{{spaced:长 孙 婉 婷}}”，每次都按时发孩子的照片。村里的儿童主任{{han:柳桂兰}}每个月把孩子的情况报给乡里，她跟我一样，手机里全是截图。
访谈者：孩子们平时表现怎么样？
受访者：{{han:刘思琦}}画画好，画了一座{{trap/word:廊桥}}，在县里拿了奖。我给他们讲{{trap/famous:冯梦龙}}当寿宁知县的故事，{{han:叶梓豪}}说他也要当官，当了官就把他爸放出来。全班都笑了，我心里难受。
访谈者：这些孩子跟同学处得怎么样？
受访者：大多还好。留守的孩子多，谁也不笑谁。就是过生日的时候，别的孩子爸妈送蛋糕来，这几个孩子就躲在一边。后来我们班每个月给当月生日的孩子一起过，买一个大蛋糕，大家分着吃，这几个孩子笑得最开心。
访谈者：家访多吗？
受访者：每个学期每家至少一回。{{han:吴佳蕊}}家在{{address:寿宁县犀溪镇西浦村二组7号}}，{{han:叶梓豪}}家在{{address:寿宁县斜滩镇溪坪村五组31号}}。{{han:范子轩}}家我去得最多，他爸腿不好，我就带孩子的作业上门讲。
访谈者：表上要写家长的号码。
受访者：{{han:范德胜}}的号码是{{mobile@s74}}，{{han:周小芬}}的是{{mobile@fws}}。{{compound:令狐家瑞}}的证件号我抄在花名册上：{{id_number@my2015fw.350924}}。{{han:叶梓豪}}的是{{id_number@my2015tri.350924}}。
访谈者：您有什么想说的？
受访者：孩子们需要的不光是钱，还要有人听他们说话。留守的孩子，放学回家没人问一句今天怎么样。我每天晚上在群里问一句，有的家长回，有的不回。不回的我第二天就单独找孩子聊几句，问问吃了什么、睡得好不好。我也是留守儿童长大的，小时候我爸妈在外地做豆腐，一年见一回，我知道那种滋味。
""")

# H791: Han civil-affairs clerk in 古田 reading from the case files of four families.
DOCS["H791"] = ("staff", """\
访谈者：您在县里管儿童福利这一块多久了？
受访者：六年，{{trap/year:二〇一九年}}从乡里调上来的。我叫{{han:甘丽君}}，在{{trap/org:县民政局}}儿童福利股。手上这本是今年新报的困境儿童，全县一共八十六个，比去年多了十几个，多半是父母一方服刑或者重病的。我挑几户说。
访谈者：第一户是什么情况？
受访者：{{trap/place:平湖镇}}的魏家。父亲{{han:魏金水}}前年在{{trap/place:翠屏湖}}上打鱼，船翻了，人没找到，按失踪宣告死亡。母亲{{han:余小琴}}精神二级残疾，在{{trap/org:县残联}}登了记。两个孩子：{{han:魏思涵}}十岁，{{han:魏思远}}七岁，跟奶奶过。申请表是奶奶按的手印，代写的人把父亲的名字写了两遍：{{han:魏金水}}{{han:魏金水}}，我退回去重填，第二回写成了{{spaced:魏 金 水}}。孩子按孤儿办，每人每月{{trap/number:一千五百五}}。身份证号，{{han:魏思涵}}的是{{id_number@wy2015spaced.350922}}，{{han:魏思远}}的{{id_number@my2018hyphen.350922}}。家庭住址{{address:古田县平湖镇湖滨村四组26号}}。
访谈者：第二户呢？
受访者：{{trap/place:大桥镇}}的彭家，父亲{{han:彭家兴}}因为盗窃判了四年，母亲{{han:谢春兰}}是聋哑人。孩子{{han:彭宇泽}}九岁，家里叫他{{han:宇仔}}。他在里头表现好，可能减刑。这户是村里的儿童主任{{han:谢丽娜}}报上来的，她跟孩子的母亲是同宗，说孩子的母亲连低保卡都不会用，每个月都是她陪着去取钱。{{han:谢春兰}}的证件号{{id_number@wmidfullwidth.350922}}，联系电话留的是{{han:谢丽娜}}的，{{mobile@plus86spaced}}。地址{{address:古田县大桥镇前洋村二组9号}}。
访谈者：第三户？
受访者：城东的一户，外来的。母亲{{minority/hui:马哈丽麦}}是宁夏回族，嫁到古田，丈夫{{han:张永旺}}前年得肝癌走了，她一个人带孩子{{han:张梓萱}}，在菜市场卖{{trap/word:银耳}}。{{minority/hui:马哈丽麦}}还想过带孩子回{{trap/place:同心}}娘家，又怕孩子不习惯。表上她的名字写得最乱：{{spaced:马 哈 丽 麦}}、{{spaced:马哈 丽麦}}都有。社区的{{han:苏桂钗}}主任帮她办了临时救助，{{han:苏主任}}说她是她们社区最要强的女人。她住{{address:古田县城东街道六一四路金翠小区2栋3单元701室}}，电话{{mobile@p86h}}，身份证{{id_number@wmid.640324}}。
访谈者：第四户？
受访者：{{trap/place:凤都镇}}的一户，父母都在外地，爷爷瘫在床上，两个孩子其实是自己管自己。哥哥{{han:余俊辉}}十四，妹妹{{han:余诗琪}}十一。爷爷叫{{han:余长寿}}。村里报上来的时候，孩子的名字写成了{{spaced:余　俊　辉}}、{{spaced:余　诗　琪}}。孩子们的爸{{han:余建坤}}在外面不接电话，我们打了二十多回，最后是他们的姑姑{{han:余美珍}}接的，她也说管不了，她自己家也有三个孩子。后来我们跟村里商量，先按困境儿童给两个孩子发补贴，再请村里的妇女主任每天晚上去看一眼，看孩子吃没吃饭、门锁没锁。
访谈者：这些户谁去走访？
受访者：我，还有社工站的两个年轻人，同事{{compound:公孙立华}}和{{compound:赫连秋实}}。{{compound:公孙立华}}是福州来的研究生，{{compound:赫连秋实}}是本地人，会说古田话。乡镇上配合的是民政助理，平湖的{{han:黄德彰}}最熟悉情况，谁家的孩子几岁、在哪里念书，他张口就来。有急事的群众打{{trap/hotline:12345}}，也可以打我们股的电话。
访谈者：这些孩子之间有联系吗？
受访者：我们建了一个QQ群，大一点的孩子在里面聊天、问作业，社工在群里管着。群号我就不说了，管群的社工QQ是{{qq:2039581746}}。孩子们有话不跟大人说，在群里反而说得多。
访谈者：工作中最难的是什么？
受访者：材料。父母一方失联的要公安出证明，服刑的要监狱出证明，一来一回两个月。还有就是名字，{{han:余诗琪}}的户口本上写的是{{han:余诗奇}}，学籍上又是另一个，我们要核对好几遍，错一个字钱就发不下去。{{han:余俊辉}}的学校是{{school:古田县凤都中学初二（4）班}}，{{han:彭宇泽}}在{{school:大桥中心小学三年级（1）班}}。
访谈者：这些孩子以后怎么办？
受访者：我们每半年复核一次，孩子满十八岁还在读书的，可以继续领到毕业。最怕的是孩子初中毕业就出去打工，政策就断了。所以我们跟学校说好，这几户的孩子要是想辍学，老师第一个告诉我们，我们上门去劝。
访谈者：您的联系方式？
受访者：办公室电话就不说了，我手机{{mobile@fullwidth}}，工作微信{{wechat:gt_ertongfuli}}。
""")

# H792: Han fisherman's widow on an island of 霞浦 raising three children after her husband was lost at sea.
DOCS["H792"] = ("family", """\
访谈者：大姐，岛上风大，我们进屋说吧。
受访者：好。我叫{{han:陈秀銮}}，岛上的人都叫我{{han:阿銮}}。我们家在{{trap/place:浮鹰岛}}上，出了门就是海。老公{{han:郑海生}}{{trap/year:二〇二二年}}八月出海，碰上{{trap/word:台风}}，船翻了，同船的{{han:刘阿水}}抱着泡沫箱漂回来了，他没回来。搜了七天，只捞上来半截船板。那年他四十一岁，船是借钱买的，债到现在还没还完。
访谈者：孩子们多大了？
受访者：三个。大的儿子{{han:郑鹏飞}}十五，在{{school:霞浦县第七中学初三（2）班}}住校，我们叫他{{han:跳跳鱼}}，小时候在滩涂上一刻也停不下来。老二闺女{{han:郑雅琴}}十一岁，叫{{han:虾皮}}，又瘦又小，吃饭像猫一样。老三儿子{{han:郑鹏程}}六岁，叫{{han:黑炭}}，晒得黑。{{han:黑炭}}说他爸去很远的地方捕大鱼了。{{han:虾皮}}也信，我不忍心说破。每年八月十五，我带他们到码头上烧点纸，小的问烧给谁，我就说烧给海里的鱼。
访谈者：家里靠什么过日子？
受访者：我在渔排上帮人养{{trap/word:海带}}、晒{{trap/word:紫菜}}，一天一百多块，活儿有一天没一天。刮台风的季节什么活都没有，就在家补网，一张网补下来才几十块钱。岛上的菜贵，什么都要从镇上运过来，一棵白菜比岸上贵一倍。村委会给报了低保，三个孩子按事实无人抚养，每人每月{{trap/number:一千四百五}}。村里的{{han:林支书}}，大名{{han:林国胜}}，是他一趟趟跑镇上、跑县里。{{han:林国胜}}他说岛上的孩子不能因为没了爸就没书念。
访谈者：还有谁帮过您？
受访者：儿童主任{{han:何秋月}}，我们都叫她{{han:阿月}}。{{han:阿月}}每礼拜来，看孩子作业，帮我填表。镇上民政的{{han:黄所长}}，五十多了，我们都叫他{{han:老黄}}，他来了三回，每回都带着表格，一项一项问。县里有个社工叫{{compound:段干晓阳}}，还有一个是{{compound:夏侯金凤}}，她们带孩子们去县城看了一回电影，{{han:虾皮}}说那是她第一回坐电梯。
访谈者：孩子们在学校怎么样？
受访者：{{han:跳跳鱼}}的班主任{{han:蔡文斌}}老师说，他成绩不错，就是跟人打架，因为有人说他爸是喂了鱼的。老师就在班上开了个会，说了一通，后来没人再说。{{han:郑鹏飞}}他现在想考海事学校，说以后开大船，不开小渔船。
访谈者：邻居们呢？
受访者：隔壁{{han:阿娇}}婶——大名{{han:吴玉娇}}——天天来看。她也是寡妇，男人十年前也是在海上没的。她说{{trap/famous:妈祖}}保佑的人多，保佑不了所有人。前面的{{han:张阿土}}开小卖部，{{han:张阿土}}那边的账我赊了三个月，他一句话都没说。
访谈者：孩子们的爷爷奶奶还在吗？
受访者：爷爷早没了，奶奶在镇上跟小叔过，八十了，耳朵聋。小叔也是打鱼的，自己家三个孩子，帮不上我们什么，过年给孩子们每人包一个红包。我娘家在岸上，我妈身体不好，也是自己顾自己。说到底还是靠政府，靠村里这些好心人。
访谈者：镇上的学校给了什么帮助？
受访者：中学给{{han:跳跳鱼}}免了住宿费，每学期还发一点助学金。镇上的心理老师跟我说，孩子嘴上不说，心里憋着，要多带他出去走走。县里团委来了一个年轻人叫{{compound:南宫子谦}}，带岛上的孩子们去福州参观了科技馆，老大回来说他以后要造船。
访谈者：遇到困难打过热线吗？
受访者：打过{{trap/hotline:12349}}，问低保的事。后来儿童主任说有事直接找她，不用打电话排队。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:霞浦县三沙镇浮鹰岛村七组15号}}。我身份证{{id_number@wmidhyphen.350921}}，{{han:跳跳鱼}}的{{id_number@my2010.350921}}。我电话{{mobile@h38}}，{{han:阿月}}的{{mobile@p86n}}。老大有微信，叫{{wechat:zpf_fuying2010}}，他QQ号是他爸给申请的，{{qq:1570932846}}。
访谈者：孩子们怎么看自己的爸爸？
受访者：大的不提，把他爸的照片放在自己的书包里。老二写作文写过一回，写她爸每次回来都给她带一串贝壳，老师读给全班听，她回来趴在床上哭了半天。小的还以为他爸会回来，每次有船靠岸都要跑去看。
访谈者：名字写得对吗？
受访者：低保表上我写成{{spaced:陈 秀 銮}}，老公的死亡证明上是{{spaced:郑海 生}}。老二的名字写成了{{spaced:郑　雅　琴}}。
访谈者：您自己最担心的是什么？
受访者：担心我病了。三个孩子，小的才六岁。我就盼{{han:跳跳鱼}}早点长大，{{han:虾皮}}能读大学，小的平平安安。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=785,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
