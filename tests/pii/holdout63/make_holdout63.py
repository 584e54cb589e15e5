# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 63 (tests/pii/holdout63/H489-H496 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 62, written at the same time by another
writer, is not an earlier set).

Set 63 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
温泉县 (博尔塔拉) whose wife is on dialysis and whose two children are looked after by their aunt, a Tibetan
grandmother in 新龙 (甘孜) raising three grandchildren after her son died on the road and his wife left, a Hui
grandmother in 辽阳 (辽宁) raising the children of her son, who is in prison, a Han mother in 五常 (哈尔滨) whose
husband is disabled and whose children go by word nicknames, a Han primary-school teacher in 密山 (鸡西) who keeps
in touch with the families of her left-behind pupils on WeChat and QQ, a Uyghur grandfather in 乌鲁木齐 from 莎车
whose grandchildren live with him since their father died and their mother fell ill, a Han court clerk in 伊春
reading out a guardianship case file, and a Han grandmother in 双城 (哈尔滨) raising a granddaughter whose mother
died and whose father went to work in the south. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names of four to seven characters with short forms after
the full name, Kham Tibetan names of two parts and the Han names of Tibetans, Hui Han-form names and 经名, Han
names with common and rare surnames, titles and kin words, names that contain words, word nicknames (annotated
whole), names directly before particles and verbs and after 叫/是/给/跟/和/找/让, a name written twice on a form,
Uyghur given name + father's name with and without the dot and short forms, spaced, dotted and split names,
compound surnames after ordinary words, and numbers read out and written the many ways people do.

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
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 大姐, 婶, 姨,
法官) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家,
那边) are outside the span; word nicknames (annotated whole) are category han. Han-style names of Mongolian, Tibetan,
Hui and Uyghur people are category han; a Han surname before a non-Han given name is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout63/make_holdout63.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(63_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "145", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H489: Mongolian father in 温泉县 (博尔塔拉); his wife is on dialysis, the children stay with their aunt.
DOCS["H489"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:额尔克达赉}}，户口本上的汉名是{{han:白振疆}}，在{{trap/place:温泉县}}哈日布呼镇北边放牧。媳妇{{minority/mongolian:德力格尔其其格}}前年查出尿毒症，一个礼拜去{{trap/place:博乐}}透析三回，家里的牛卖得只剩十一头。两个娃娃，闺女{{minority/mongolian:格根其木格}}十三岁，儿子{{minority/mongolian:巴特温都苏}}八岁。
访谈者：您跑医院的时候，孩子们谁管？
受访者：托给她姨妈{{minority/mongolian:斯琴苏荣}}。姨妈家离我们十几里，一到周五她就骑摩托来接。闺女小名叫{{minority/mongolian:格根}}，{{minority/mongolian:格根}}也懂事，放学先给弟弟热饭。弟弟我们喊他{{minority/mongolian:温都苏}}，{{minority/mongolian:温都苏}}就是贪玩，写作业老得人盯着。
访谈者：媳妇的病花了多少钱？
受访者：头一年花了十来万，报了一大半，自己还掏了{{trap/number:四万三}}。{{minority/mongolian:德力格尔其其格}}她心疼钱，说不去透析了，被{{han:郭长河}}大夫骂了一顿。{{han:郭长河}}说，你不透析，两个娃娃就没妈了。
访谈者：村里给了哪些帮助？
受访者：村委会的{{minority/mongolian:孟根哈斯}}书记把我们报了低保，一个月一家{{trap/number:一千一百四}}。儿童主任是{{han:刘彩霞}}，她给两个娃娃都报了困境儿童，每月各有一份补贴。县{{trap/org:民政局}}的{{han:张德胜}}科长来家里看过，说娃娃上学的钱不用愁。还有镇上社工站的，一个叫{{compound:拓跋澄舒}}，跟她一起来的是{{compound:赫连子砚}}。{{compound:拓跋澄舒}}每回来都带几本画册。
访谈者：学校里呢？
受访者：闺女在{{school:温泉县第一中学初一（4）班}}住校，班主任{{han:王秀茗}}老师常打电话给我。儿子在{{school:哈日布呼镇寄宿制小学二年级（3）班}}，{{han:陈玉岚}}老师说他画画好，画的都是马。
访谈者：亲戚邻居帮得上忙吗？
受访者：我哥{{minority/mongolian:敖其尔巴雅尔}}在{{trap/place:赛里木湖}}边上开农家乐，夏天忙，冬天就过来帮我喂牛。邻居{{han:马福贵}}是回族，他媳妇{{han:杨翠香}}隔三差五给娃娃送馓子。还有{{minority/mongolian:宝音陶克涛}}，我小时候的伙伴，现在开车跑{{trap/place:乌鲁木齐}}，媳妇去医院他都顺路捎着。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:祖鲁节}}的时候点酥油灯，{{trap/minority_word:那达慕}}上儿子要去看摔跤。我给他们讲{{trap/famous:江格尔}}的故事，闺女会唱几段{{trap/minority_word:长调}}。今年她说想学{{trap/minority_word:托布秀尔}}，学校里有个老师会弹。
访谈者：您自己身体怎么样？
受访者：腰不好，喝点{{trap/word:白酒}}能好受些。去年冬天放牛摔了一跤，到现在阴天还疼。{{minority/mongolian:额尔克达赉}}这个名字，村里人嫌长，都叫我{{minority/mongolian:达赉}}。{{minority/mongolian:达赉}}说话直，你别见怪，我就是怕哪天我也倒下了，娃娃们没人管。
访谈者：冬天放牧的时候，家里怎么安排？
受访者：冬窝子在山里，离镇上六十多里。以前是我跟媳妇轮着上山，现在她去不了，我一个人带着狗赶牛，娃娃们放寒假就跟着姨妈住镇上。山上没信号，我一个礼拜下来一趟给她们打电话。有一年下大雪，路封了九天，我在山上急得睡不着，后来是镇里的铲雪车开进来，我才下得了山。闺女在电话里说，阿爸，你别怕，我把弟弟看好了。我听了，一个大男人在雪地里哭了。
访谈者：娃娃们将来有什么打算？
受访者：闺女说要当医生，给她妈那样的病人看病。儿子说要当骑手，去{{trap/place:昭苏}}赛马。我说都行，先把书念好。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:温泉县哈日布呼镇呼和托海村三组17号}}，媳妇在博乐租的房是{{address:博乐市青得里街道团结小区4号楼2单元302室}}。我的身份证{{id_number@m.652723}}，闺女的{{id_number@wy2012spaced.652723}}。我电话{{mobile@plain}}，姨妈的微信叫{{wechat:siqin_surong}}。闺女有个QQ，说是交作业用，号码她写在我烟盒上了，你看：{{qq:2870416593}}。
访谈者：名字在各种表上写得对吗？
受访者：不对的多。低保表上我成了{{spaced:额 尔 克 达 赉}}，闺女在学校花名册上是{{spaced:格根 其木格}}，儿子是{{spaced:巴特　温都苏}}。社工那个姑娘的名字也被写成{{spaced:拓　跋　澄　舒}}。
访谈者：镇上还有谁常来看你们？
受访者：镇里的包村干部{{minority/mongolian:格日勒图门}}，每个月来一趟，问牛的草料够不够。还有牧医{{minority/mongolian:巴雅尔图门}}，牛病了打个电话他就骑摩托来，从来不收出诊费。{{minority/mongolian:巴雅尔图门}}他自己也是苦出身，小时候没了爹，说看见我们家娃娃就想起他自己。镇上{{trap/org:卫生院}}的人也来给媳妇抽过血。
访谈者：最后您想说点什么？
受访者：盼媳妇能等到换肾，盼两个娃娃好好念书，别像我一样一辈子认不了几个字。
""")

# H490: Tibetan grandmother in 新龙 (甘孜); her son died on the road, his wife left, three grandchildren.
DOCS["H490"] = ("family", """\
访谈者：阿妈，您家里现在几口人？
受访者：四口，我和三个孙子孙女。我叫{{minority/tibetan:呷玛拥措}}，身份证上写的汉名是{{han:罗秀英}}。儿子{{minority/tibetan:四郎登珠}}前年开车拉木料，在{{trap/place:雅砻江}}边的路上翻下去，人没找全。儿媳{{minority/tibetan:益西拉宗}}第二年回了{{trap/place:理塘}}娘家，后来嫁人了，一年打一回电话。
访谈者：孩子们多大了？
受访者：大孙女{{minority/tibetan:拥中翁青}}十二岁，在{{school:新龙县城关小学六年级（2）班}}。孙子{{minority/tibetan:多吉扎巴}}九岁，小孙女{{minority/tibetan:格绒央宗}}六岁，都在{{school:如龙镇中心小学三年级（1）班}}和学前班。家里喊大的{{minority/tibetan:翁青}}，喊孙子{{minority/tibetan:扎巴}}。{{minority/tibetan:扎巴}}都九岁了还尿床，我不骂他，他是想他阿爸。
访谈者：现在谁在帮你们？
受访者：村里的儿童主任{{minority/tibetan:降措卓嘎}}，她给三个娃娃都报了事实无人抚养，一个娃娃一个月{{trap/number:一千三百五}}。乡上的民政干部{{han:杨国平}}来核过，他也是藏族，汉名叫这个。县里社工站来了个姑娘叫{{compound:宇文晴岚}}，还有个小伙子是{{compound:闾丘砚川}}。{{compound:宇文晴岚}}教孙女用手机查作业。
访谈者：学校的老师呢？
受访者：大孙女的班主任{{han:何美琼}}老师，人好得很，孙女冬天的棉鞋就是她买的。校长{{han:邓志钢}}说，{{minority/tibetan:拥中翁青}}成绩好，以后能考到{{trap/place:康定}}去读高中。孙子班上的老师是{{minority/tibetan:次称拉姆}}，也是我们乡的人。
访谈者：您身体还行吗？
受访者：腿不好，膝盖里像有针扎。去年挖{{trap/minority_word:虫草}}，我在山上滑了一跤，是邻居{{han:唐永福}}背我下来的。{{han:唐永福}}他们家也不容易，媳妇有病。乡卫生院的{{han:冯建华}}大夫说我要少爬山。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:藏历年}}的时候，侄子{{minority/tibetan:阿称尼玛}}从{{trap/place:炉霍}}过来，给娃娃们带新衣服。我们去{{trap/org:寺院}}转经，给他阿爸点灯。小孙女爱听{{trap/famous:格萨尔}}的故事，我讲不全，就放收音机给她听。
访谈者：钱够用吗？
受访者：低保、补贴加起来，再卖点酥油、奶渣，吃饭够。就是孙女上中学要住校，得买被子、校服。村主任{{han:杨金山}}说，到时候帮我去县{{trap/org:教育局}}问助学金。还有{{han:罗建民}}，他在县里开车，孙女去考试他给捎过去。
访谈者：娃娃们在家里帮你吗？
受访者：帮。{{minority/tibetan:翁青}}放学回来先挤奶，{{minority/tibetan:格绒央宗}}给我捶腿。孙子爱往外跑，跟{{minority/tibetan:格绒央宗}}抢糖吃。我跟他们说，你们阿爸不在了，你们三个要抱成团。
访谈者：孩子们的阿爸出事以后，家里是怎么熬过来的？
受访者：头半年我天天哭，饭也做不动。是村里的人轮流来给我们送糌粑、送柴。寺里的僧人来念了四十九天经。孙女那年才十岁，她不哭，天天早上起来烧火熬茶，把弟弟妹妹叫起来上学。我看着她那样子，心想我不能倒下，我倒了这三个娃娃就真成孤儿了。后来政府的补贴下来了，村里又给我们修了新房，日子才慢慢缓过来。
访谈者：孩子们跟妈妈还有联系吗？
受访者：一年打一回电话。小孙女不记得她了，接了电话不说话。大孙女说，阿妈有她的难处，我不怪她。
访谈者：表上要登记地址和号码。
受访者：家在{{address:新龙县如龙镇雄龙西村二组8号}}，儿媳娘家在{{address:理塘县高城镇团结街23号}}。我的身份证{{id_number@wold.513329}}，大孙女的{{id_number@wy2013hyphen.513329}}。我不会用电话，侄子的电话{{mobile@spaced}}，儿童主任微信{{wechat:zhuoga_jiangcuo}}。大孙女有个QQ，号是社工帮她申的，写在门背后：{{qq:1952673084}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:呷 玛 拥 措}}，孙子是{{spaced:多吉 扎巴}}，大孙女写成{{spaced:拥　中　翁　青}}。我的汉名又写成{{spaced:罗 秀 英}}，差点领不到钱。
访谈者：乡里还有谁照顾你们？
受访者：乡里的包村干部{{minority/tibetan:泽登批措}}，他懂汉话，表都是他帮我填的。{{minority/tibetan:泽登批措}}说明年要给我们装太阳能热水器，孩子们冬天就能在家洗澡了。村医{{minority/tibetan:呷绒曲批}}每个月来给我量血压，顺带给孙子看看牙。我们这里冬天长，{{trap/place:甘孜}}的风大，娃娃们的脸都是裂的，村医给了一盒药膏。
访谈者：最后您还想说什么？
受访者：我老了，盼我多活几年，把三个娃娃拉扯大。
""")

# H491: Hui grandmother in 辽阳 (辽宁); her son is in prison, his wife left, two grandchildren.
DOCS["H491"] = ("family", """\
访谈者：大娘，您先说说家里的情况。
受访者：我叫{{han:铁淑珍}}，经名{{minority/hui:海蒂哲}}，家在{{trap/place:辽阳}}老城，离{{trap/org:清真寺}}走路五分钟。老头子{{han:金德福}}前年脑出血走了。儿子{{han:金长胜}}跟人合伙放贷，出了事，判了六年，在{{trap/place:沈阳}}服刑。儿媳{{han:穆丽娟}}，经名叫{{minority/hui:赛吉黛}}，儿子进去第二年就回{{trap/place:鞍山}}娘家了。两个孙子孙女跟着我。
访谈者：孩子们多大？
受访者：孙女{{han:金雨萱}}十一岁，经名{{minority/hui:宰奈卜}}，在{{school:辽阳市白塔区民族小学五年级（3）班}}。孙子{{han:金浩铭}}七岁，经名{{minority/hui:舒阿卜}}，在同一个学校念{{school:辽阳市白塔区民族小学一年级（2）班}}。{{minority/hui:舒阿卜}}就是皮，上礼拜把同桌的铅笔盒摔了，我去给人家赔不是。
访谈者：孩子们知道爸爸的事吗？
受访者：孙女知道。她说不想让同学知道，填表的时候父亲那栏空着。班主任{{han:白丽雯}}老师跟她谈过，说爸爸犯了错，可还是你爸爸。每个月我带着她去会见一回，她跟她爸隔着玻璃说话，出来眼睛都是红的。
访谈者：谁在帮你们？
受访者：社区的{{han:马红英}}主任给我们报了低保，一个月{{trap/number:九百八十}}，两个娃娃按困境儿童每人再加一份。儿童主任{{han:刘淑荃}}每月来一趟，看娃娃衣服够不够。寺里的{{han:海永和}}阿訇，经名叫{{minority/hui:侯赛尼}}，散{{trap/minority_word:乜贴}}的时候给我们家多留一份。区里社工站派了个姑娘叫{{compound:慕容可欣}}，她带孙女去做心理辅导，跟她搭班的是{{compound:尉迟浩宇}}。
访谈者：亲戚们呢？
受访者：我妹妹{{han:铁淑兰}}在{{trap/place:灯塔}}，隔一阵来帮我拆洗被褥。老头子的侄子{{minority/hui:金哈伦}}开牛肉馆，孩子们开学的钱他给垫过两回。{{minority/hui:金哈伦}}他媳妇{{minority/hui:杨法图麦}}也好，给孙女织过毛衣。对门的{{han:回德顺}}大哥修自行车，孙子的车坏了都找他。
访谈者：孩子妈妈还来看孩子吗？
受访者：少。{{minority/hui:赛吉黛}}她也难，娘家不让她来。去年{{trap/minority_word:开斋节}}她来过一回，给两个娃娃一人买了一双鞋。孙女没说话，等她妈走了，抱着鞋哭了半宿。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，寺里阿訇给娃娃们讲{{trap/famous:常遇春}}的故事，说咱回回里也出过大将军。娃娃们穿上新衣服跟着去礼拜，跟别人家的孩子一样。
访谈者：您身体怎么样？
受访者：糖尿病，天天打针。区医院的{{han:沙玉洁}}大夫说我得按时吃饭，可娃娃们的事一多，哪顾得上。我就怕我倒下了，这俩娃娃咋办。{{han:金长胜}}他在里面写信来，说出来好好干，我也不知道信不信。
访谈者：您一个人带两个孩子，日常怎么安排？
受访者：早上五点起来做饭，六点半送他们去学校，回来去早市买菜，下午接孩子、辅导作业，晚上洗衣服。孙女的数学我辅导不了，就让她去楼上一个退休老师家问，人家不收钱。我年轻的时候在{{trap/org:区纺织厂}}上班，退休金一个月两千出头，加上低保，紧巴巴够用。就是孩子们上补习班的钱拿不出来，去年是区里的助学项目给报的。
访谈者：孩子们有没有被人欺负？
受访者：孙子被人骂过“劳改犯的儿子”，回来不吃饭。我{{trap/word:马上}}去找了老师，老师在班上开了个班会，后来好多了。
访谈者：表上要登记地址和号码。
受访者：家在{{address:辽阳市白塔区文圣街道回民里小区5号楼1单元102室}}，儿媳娘家在{{address:鞍山市铁东区和平小区12号楼3单元601室}}。我的身份证{{id_number@woldspaced.211002}}，孙女的{{id_number@wy2014x.211002}}。我电话{{mobile@plus86}}，社区主任微信{{wechat:mahongying_sq}}。孙女有QQ，跟她爸的狱友家的孩子聊天用，号码我让她写在日历背面了——{{qq:36152048}}。
访谈者：名字登记上有问题吗？
受访者：有。经名是音译的，各写各的。孙女在寺里的名册上是{{spaced:宰 奈 卜}}，我是{{spaced:海　蒂　哲}}，还有把{{minority/hui:金哈伦}}写成{{spaced:金 哈 伦}}的，把孙子写成{{spaced:金浩 铭}}的。
访谈者：寺里的乡老们常来吗？
受访者：常来。乡老{{minority/hui:白尔萨}}大哥是做牛羊肉的，过节给我们送肉。他女儿{{minority/hui:白麦尔燕}}在{{trap/place:沈阳}}读大学，放假回来给孙女辅导英语，不要一分钱。她说她小时候家里也穷，是寺里的老人供她念的书，现在轮到她了。{{minority/hui:白尔萨}}还说等孙子大一点，带他去学做生意。
访谈者：您最盼什么？
受访者：盼儿子出来走正道，盼俩娃娃好好长大。
""")

# H492: Han mother in 五常 (哈尔滨); her husband lost his arm in a rice mill, three children go by word nicknames.
DOCS["H492"] = ("family", """\
访谈者：大姐，您家的情况能跟我们说说吗？
受访者：能。我叫{{han:于凤娥}}，家在{{trap/place:五常}}拉林河边上，种了一辈子稻子。我们家{{han:孙守田}}前年在米厂干活，胳膊卷进机器里，右胳膊没了，腰也伤了，评了二级残疾。三个孩子，老大{{han:孙佳禾}}十四，老二{{han:孙佳穗}}十一，老三是儿子，叫{{han:孙满仓}}，才六岁。
访谈者：孩子们在家里怎么称呼？
受访者：都叫小名。老大叫{{han:稻花}}，老二叫{{han:谷雨}}，老三叫{{han:石碾}}。{{han:稻花}}说话像大人，{{han:谷雨}}就是个哭包，{{han:石碾}}他一天到晚往河沟跑，我拿着笤帚在后面撵。
访谈者：您丈夫现在怎么样？
受访者：在家。他脾气变了，喝了酒就骂人。{{han:孙守田}}说他是个废人，我说你活着就是这个家的顶梁柱。市医院的{{han:赵立钧}}大夫给他开了药，说是抑郁，得慢慢吃。乡卫生院的{{han:齐凤霞}}大夫一个月上门一回量血压。
访谈者：钱上怎么办？
受访者：米厂赔了{{trap/number:八万块}}，看病就花没了。村委会的{{han:李福生}}书记给报了低保，县{{trap/org:残联}}给他办了残疾人两项补贴。三个孩子报了困境儿童，儿童主任{{han:王春丽}}跑了好几趟乡里，还给了我一个{{trap/hotline:12355}}的号，说孩子心里有事可以打。{{han:王春丽}}她家也不富，可有啥事都先想着我们。
访谈者：孩子们学习怎么样？
受访者：老大在{{school:五常市第二中学初二（5）班}}，班主任{{han:周玉红}}老师说她能考上一中。老二在{{school:拉林镇中心小学五年级（1）班}}，老师是{{han:冷志新}}。老三上学前班。{{han:谷雨}}也争气，期末考了全班第三，回来把奖状贴在她爸床头。
访谈者：有别人帮忙吗？
受访者：我娘家弟弟{{han:于长青}}农忙的时候过来插秧。邻居{{han:孟广财}}大哥把他家收割机开过来，一分钱不要。县里社工站有个姑娘叫{{compound:欧阳书瑶}}，还有个是{{compound:公孙一鸣}}，俩人每月来给孩子补课。{{compound:欧阳书瑶}}还教{{han:稻花}}写作文，写的《我的爸爸》在县里得了奖。
访谈者：您自己累吗？
受访者：累。天不亮起来喂猪，下地，回来做饭，晚上还得给他擦身子。有时候我跟{{han:于长青}}打电话就哭，他说姐你别硬扛。可不扛咋整，三个孩子等着吃饭呢。去年冬天雪大，{{han:石碾}}他发烧，我背着他走了八里地去卫生院。
访谈者：过年的时候呢？
受访者：杀年猪，蒸豆包，孩子们就盼这个。他们爸爸给讲{{trap/famous:武松}}打虎，讲得孩子们直乐。我心里想，这日子虽然难，一家人还在一块儿。
访谈者：家里的地现在谁种？
受访者：我一个人种不过来，流转出去一半，一年收点租金。剩下的六亩水田自己种，插秧的时候请几个人，秋天收割我弟弟来帮。五常的稻子好卖，一斤能多卖几毛钱，可化肥、农药也涨价，算下来一年剩不下几个钱。孩子爸爸看我累，自己学着用一只手剥苞米粒、喂鸡，虽然慢，可总算能帮点忙。
访谈者：孩子们怎么看他们的爸爸？
受访者：老大心疼他，给他洗脚、剪指甲。老三小，不懂事，问他爸胳膊哪去了，他爸就说，让机器吃了，你以后离机器远点。老三听了，抱着他爸的胳膊根，半天没撒手。
访谈者：登记表要填地址和号码。
受访者：家在{{address:五常市拉林镇太平村四组26号}}，我弟家在{{address:五常市五常镇长寿小区3号楼2单元501室}}。我身份证{{id_number@whyphen.230184}}，我们家{{han:孙守田}}的{{id_number@m.230184}}。我电话{{mobile@s74}}，我弟的{{mobile@plus86dash}}，我微信叫{{wechat:yufenge_0731}}。老大有个QQ，跟社工姐姐聊学习，号码是，等我翻翻本子，{{qq:1480275936}}。
访谈者：名字写得对吗？
受访者：残联的表上把他写成{{spaced:孙 守 田}}，学校把老大写成{{spaced:孙佳 禾}}。社工姐姐的名字在签到表上是{{spaced:欧　阳　书　瑶}}，我也不知道对不对。
访谈者：孩子们平时玩什么？
受访者：夏天在河边抓泥鳅，冬天在冰上抽冰尜。{{han:石碾}}最野，冰还没冻实就往上跑，掉下去过一回，是邻居家的大小子{{han:孟凡宇}}把他拽上来的。那回把我吓得腿都软了。现在我给他们定了规矩，过了腊月才准上冰。{{han:石碾}}他回来冻得直哆嗦，还嘴硬说不冷。
访谈者：您最盼什么？
受访者：盼三个孩子都念出书来，别在地里刨一辈子。
""")

# H493: Han primary-school teacher in 密山 (鸡西); left-behind pupils, parents reached on WeChat and QQ.
DOCS["H493"] = ("teacher", """\
访谈者：老师，您班上有多少困境儿童？
受访者：我叫{{han:矫丽萍}}，在{{school:密山市当壁镇中心小学四年级（2）班}}当班主任。班上三十一个孩子，爹妈都在外头的有九个，还有两个是特殊的。学校让我们建了个家长微信群，外地打工的家长都在里头。
访谈者：先说说那两个特殊的孩子。
受访者：一个叫{{han:隋天佑}}，爸爸去年在{{trap/place:鸡西}}的煤矿出了事故，人没了，妈妈{{han:栾晓红}}带着他跟姥姥过。{{han:隋天佑}}他原先可皮了，出事以后一句话不说。另一个叫{{han:衣小雪}}，她爸{{han:衣建业}}有精神病，妈妈走了好几年，跟奶奶{{han:宫秀蓉}}过。
访谈者：您怎么跟这些家长联系？
受访者：主要靠微信和QQ。{{han:隋天佑}}的妈妈微信是{{wechat:lxh_mishan85}}，晚上九点以后才有空。{{han:衣小雪}}的奶奶不会用手机，我就加了她姑姑{{han:衣红梅}}，微信{{wechat:yihongmei2011}}。在{{trap/place:大连}}打工的{{han:鞠长江}}，他儿子{{han:鞠子豪}}在我班上，他用QQ，号码我存在通讯录里了，是{{qq:592047316}}。
访谈者：打工的家长关心孩子吗？
受访者：关心，可够不着。{{han:鞠长江}}说每天下了班先看群里的照片。在{{trap/place:深圳}}的{{han:逄玉杰}}，她闺女{{han:逄思语}}总说想妈妈，我就让孩子每周五用我手机跟她视频。{{han:逄玉杰}}她QQ我记在备课本最后一页——你看，{{qq:2016384759}}。
访谈者：学校和村里怎么帮这些孩子？
受访者：校长{{han:孙宝田}}给每个留守孩子配了一个“代理妈妈”，都是学校的女老师。镇里的儿童主任{{han:张翠平}}给{{han:衣小雪}}报了事实无人抚养，一个月{{trap/number:一千二百八}}。镇政府的社工{{compound:司马砚舟}}，还有一个是{{compound:诸葛静姝}}，每学期来给孩子们上两回课。{{compound:司马砚舟}}也会弹吉他，孩子们可喜欢他了。
访谈者：孩子们平时有啥表现？
受访者：{{han:衣小雪}}胆子小，下课就在教室里待着。后来我让她当图书管理员，她慢慢就敢说话了。{{han:隋天佑}}前几天写日记，说梦见爸爸给他买了个足球。我看了心里难受，第二天就跟体育老师{{han:王德亮}}说，让他进了足球队。
访谈者：还有别的老师参与吗？
受访者：副班主任是{{han:刘海棠}}，她管生活。音乐老师{{han:李春晖}}带孩子们排了个节目，在{{trap/place:兴凯湖}}边上演的，演完了孩子们给家长{{trap/word:鞠躬}}，家长们在群里看直播都哭了。我们还请过{{trap/org:县妇联}}的人来讲怎么防欺负。
访谈者：留守孩子最常见的问题是什么？
受访者：一是没人管作业，爷爷奶奶不识字，作业本天天空着；二是手机，爹妈给买个旧手机，孩子晚上躲被窝里打游戏，白天上课睡觉；三是心里话没人说。我们学校办了个“周五电话日”，每周五下午最后一节课，孩子们轮流用学校的电话给爹妈打电话。打完了有的孩子笑，有的孩子哭，我们老师就在旁边陪着。还有一个办法是写信，孩子写好，我拍照发到群里，爹妈回了语音，我再放给孩子听。
访谈者：家长们反馈怎么样？
受访者：大多数家长说好。有个爸爸在群里说，他在工地上听孩子念作文，一个大老爷们蹲在地上哭了半天。
访谈者：这些孩子的家在哪？
受访者：{{han:隋天佑}}家在{{address:密山市当壁镇新华村五组11号}}，{{han:衣小雪}}跟奶奶住在{{address:密山市中心街道东方小区7号楼3单元402室}}。{{han:宫秀蓉}}奶奶的电话{{mobile@hyphen}}，{{han:栾晓红}}的{{mobile@spaced}}。{{han:逄玉杰}}的微信{{wechat:pangyujie_sz}}，我的工作微信{{wechat:jiao_liping_t}}。学校还有个QQ群，家长用来交作业。
访谈者：名字上有问题吗？
受访者：有。低保表上把{{han:衣小雪}}写成{{spaced:衣 小 雪}}，把社工写成{{spaced:诸　葛　静　姝}}。还有个家长在群里备注叫{{spaced:逄玉 杰}}，我一开始都没认出来。
访谈者：您自己家里也有孩子吧？
受访者：有个儿子，上初中。我下班晚，他自己在家热饭吃。有时候我也愧疚，别人家的留守孩子我管着，我自己的儿子倒像半个留守孩子。我爱人{{han:宋立群}}在{{trap/place:虎林}}上班，一个礼拜回来一趟。他说你这活儿累心，我说累是累，看着孩子们一天天变好，心里踏实。
访谈者：您最大的感受是什么？
受访者：孩子们缺的不是吃穿，是身边有人。我们当老师的能多陪一点就多陪一点。
""")

# H494: Uyghur grandfather from 莎车 in 乌鲁木齐; his son died, his daughter-in-law is ill, three grandchildren.
DOCS["H494"] = ("family", """\
访谈者：大爷，您家里现在几口人？
受访者：我、老伴，还有三个孙子孙女。我叫{{minority/uyghur:托合提·阿不力孜}}，老家是{{trap/place:莎车}}的，{{trap/year:1996年}}来{{trap/place:乌鲁木齐}}在{{trap/place:二道桥}}卖干果。儿子{{minority/uyghur:麦合木提·托合提}}前年在工地上出了事，人没了。儿媳{{minority/uyghur:依再提古丽·喀迪尔}}受了刺激，精神上出了问题，现在在{{trap/place:喀什}}住院，她娘家人照顾她。
访谈者：孩子们多大了？
受访者：大孙子{{minority/uyghur:阿布来提·麦合木提}}十二岁，在{{school:乌鲁木齐市第十六小学六年级（3）班}}。孙女{{minority/uyghur:迪丽拜尔·麦合木提}}九岁，在{{school:乌鲁木齐市第十六小学三年级（5）班}}。小的{{minority/uyghur:玉苏普}}才五岁，上幼儿园。{{minority/uyghur:阿布来提}}他懂事，放学帮我看摊子；{{minority/uyghur:迪丽拜尔}}爱唱歌，在学校表演过。
访谈者：您儿子是怎么出事的？
受访者：从脚手架上掉下来。包工头{{han:周海涛}}跑了，是法律援助的{{han:韩致远}}律师帮我们打的官司，赔了一部分钱。我儿子的名字在判决书上写的是{{minority/uyghur:麦合木提托合提}}，没有点，我去问，律师说一样的。
访谈者：现在谁在帮你们？
受访者：社区的{{han:陈秀芝}}书记给报了低保，孙子孙女按孤儿报了基本生活费，一个月一人{{trap/number:一千八百五}}。社区的儿童主任{{minority/uyghur:帕孜丽娅·买买提依明}}，我们都叫她{{minority/uyghur:帕孜丽娅}}，{{minority/uyghur:帕孜丽娅}}每个礼拜都来。区{{trap/org:民政局}}还派了社工，一个是{{compound:东方嘉树}}，还有个姑娘叫{{compound:皇甫雨桐}}，给孙子做心理疏导。
访谈者：邻居们怎么样？
受访者：好。对门的{{minority/uyghur:伊力哈木·司马义}}开馕坑，每天早上给我们送两个热馕。楼下汉族的{{han:刘玉蝉}}大姐，孙女的头发都是她给扎的。{{minority/uyghur:伊力哈木}}说，你一个老头子，有难处就吱一声。
访谈者：孩子们的妈妈呢？
受访者：她病好一点的时候打电话来，跟孩子说几句就哭。{{minority/uyghur:依再提古丽}}她原来是个能干人，在{{trap/place:莎车}}种过巴旦木。医院的{{han:李国庆}}大夫说，再治一年能好一些。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}我们做{{trap/minority_word:抓饭}}，请邻居来吃。孙女跳{{trap/minority_word:赛乃姆}}，跳得好。我给他们讲{{trap/famous:阿凡提}}的故事，他们笑得在地上打滚。
访谈者：您身体还行吗？
受访者：心脏不好，放了两个支架。老伴{{minority/uyghur:热孜万古丽·玉苏甫}}腿疼，走不了远路。我最担心的是我们俩老了，三个娃娃怎么办。{{minority/uyghur:托合提}}活到这个岁数，别的不求，就求孙子们平平安安。
访谈者：您在这边卖干果，生意怎么样？
受访者：不好也不坏。夏天游客多，一天能卖几百块；冬天人少，一天几十块。以前是我儿子跑货，从老家拉巴旦木、核桃、葡萄干过来，现在我自己跑不动，托老家的亲戚发物流。孙子放暑假在摊子上帮我称秤、收钱，算账比我快。有顾客问他，小伙子，你爸爸呢，他说在天上，人家就不问了，多买两斤走。
访谈者：孩子们的语言学习怎么样？
受访者：他们在学校说国语说得好，回家跟我们说维语。孙女还教我认汉字，我现在能看懂药盒上的字了。她说等她长大了当翻译，去{{trap/place:上海}}工作。
访谈者：登记表要填地址和号码。
受访者：家在{{address:乌鲁木齐市天山区延安路街道和谐小区9号楼1单元301室}}，老家在{{address:莎车县阿热勒乡喀拉苏村4组12号}}。我的身份证{{id_number@moldspaced.653125}}，大孙子的{{id_number@my2013tri.653125}}。我电话{{mobile@plain}}，{{minority/uyghur:帕孜丽娅}}的{{mobile@s38}}，她微信{{wechat:pazilya_xq2020}}。大孙子有QQ，号码他用铅笔写在墙上了，就在你身后，{{qq:1068394725}}。
访谈者：名字登记上有问题吗？
受访者：多。低保表上孙女是{{spaced:迪丽拜尔 · 麦合木提}}，有的地方写成{{spaced:迪 丽 拜 尔}}。大孙子在学校是{{spaced:阿布来提 麦合木提}}，我写成{{spaced:托　合　提}}。
访谈者：老家那边还有亲戚帮忙吗？
受访者：我弟弟{{minority/uyghur:阿卜杜拉赫曼·阿不力孜}}在{{trap/place:莎车}}种地，每年秋天给我们寄一袋核桃、一袋红枣。他的女儿{{minority/uyghur:努日曼古丽·阿卜杜拉赫曼}}在县医院当护士，儿媳住院都是她在照顾。{{minority/uyghur:阿卜杜拉赫曼}}说，哥，你把孩子们带好，嫂子这边有我们。我听了心里一热。
访谈者：最后您想说什么？
受访者：谢谢政府，谢谢邻居，没有他们，我这个家早就散了。
""")

# H495: Han court clerk in 伊春 (黑龙江) reading from a guardianship case file.
DOCS["H495"] = ("court", """\
访谈者：您手上这个案子是什么情况？
受访者：我是{{trap/place:伊春}}市伊美区法院的书记员，叫{{han:苗立新}}。这是一件变更监护人的案子，{{trap/year:2023年}}十一月立的案。申请人是孩子的姑姑{{han:郝玉霞}}，被申请人是孩子的父亲{{han:谭永刚}}。孩子叫{{han:谭思源}}，十岁，在{{school:伊春市伊美区第五小学四年级（1）班}}。
访谈者：孩子的父母怎么了？
受访者：母亲{{han:郝玉梅}}前年得乳腺癌去世了。父亲{{han:谭永刚}}吸毒，强制隔离戒毒两年，出来以后又复吸，把孩子一个人锁在家里三天。是邻居{{han:冉桂芳}}听见孩子哭，打{{trap/hotline:110}}报的警。
访谈者：卷里有些什么材料？
受访者：派出所的出警记录，办案民警是{{han:柏志坚}}。社区的情况说明，盖的是社区的章，签字的是书记{{han:常兴旺}}。民政的社工评估报告，评估人一个是{{compound:长孙若岫}}，还有一个是{{compound:令狐景行}}。学校出的证明，班主任{{han:汤雪梅}}老师写了三页纸，说孩子那段时间天天饿着肚子来上学。
访谈者：卷里的名字都写得规范吗？
受访者：不太规范。出警记录上把孩子写成{{spaced:谭 思 源}}，申请书上签名是“{{han:郝玉霞}}{{han:郝玉霞}}”，她说第一遍写歪了又写了一遍。社工报告上评估人名字打成了{{spaced:长　孙　若　岫}}和{{spaced:令狐 景行}}，还有孩子母亲写成{{spaced:郝玉 梅}}的。
访谈者：法院是怎么判的？
受访者：审判长是{{han:鲁建平}}法官，合议庭还有{{compound:巫马子安}}法官和人民陪审员{{han:杜凤琴}}。判决撤销{{han:谭永刚}}的监护人资格，指定{{han:郝玉霞}}为监护人。{{han:谭永刚}}他当庭哭了，说对不起孩子。
访谈者：判决以后孩子怎么样了？
受访者：跟姑姑过。区{{trap/org:民政局}}给孩子办了事实无人抚养儿童的基本生活费，一个月{{trap/number:一千三百二}}。社区儿童主任{{han:高秀云}}每个月去看一回。{{han:鲁建平}}法官判完了还去家里回访，给孩子带了一套《{{trap/famous:岳飞}}传》。
访谈者：卷里的个人信息怎么登记的？
受访者：申请人{{han:郝玉霞}}，身份证{{id_number@wmid.230717}}，住{{address:伊春市伊美区旭日街道林苑小区6号楼2单元401室}}，电话{{mobile@plain}}。被申请人{{han:谭永刚}}，身份证{{id_number@mhyphen.230717}}，户籍地{{address:伊春市乌翠区翠峦街道红旗委十二组5号}}，电话{{mobile@plus86spaced}}。孩子{{han:谭思源}}，身份证{{id_number@my2015fullwidth.230717}}。孩子母亲的死亡证明也在卷里。
访谈者：还有别的联系方式吗？
受访者：申请人留了微信{{wechat:haoyuxia_yc}}，社工{{compound:长孙若岫}}的工作微信{{wechat:zsrx_shegong}}。孩子用他姑姑的手机上QQ，卷里记着，在第三十一页：{{qq:2750813964}}。邻居{{han:冉桂芳}}的电话{{mobile@hyphen}}，她也是证人。
访谈者：孩子到了姑姑家以后，法院还跟进吗？
受访者：跟。判决书送达以后，我们会同民政、社区开了个联席会，定了三条：一是社区每月家访，二是学校每学期把孩子的情况报一次，三是孩子父亲只能在社工陪同下探视。前几个月孩子晚上做噩梦，姑姑带着去看了心理医生，现在好多了。孩子的姑父是林场的护林员，周末带着孩子进山看林子，孩子说长大也想当护林员。{{trap/place:小兴安岭}}的林子大，孩子进去了，人都开朗了。
访谈者：孩子父亲现在怎么样？
受访者：又进去了，这回是社区戒毒。他托人捎话说想见孩子，我们按程序报给了社工，社工说等孩子愿意了再安排。
访谈者：这种案子多吗？
受访者：{{trap/word:常年}}都有，一年三四件。去年还有一件，孩子叫{{han:白小川}}，父亲服刑，母亲改嫁，爷爷{{han:白守业}}申请当监护人。{{han:白守业}}他七十二了，法官问他能管几年，他说管一年是一年。那件案子的社工是{{compound:上官思齐}}。
访谈者：卷里还有证人吗？
受访者：有三个。邻居{{han:冉桂芳}}，小区保安{{han:齐德林}}，还有孩子的奶奶{{han:谭桂兰}}。奶奶在{{trap/place:铁力}}住养老院，八十多了，说不清楚话，是护工{{han:曹春雨}}推着轮椅来的。奶奶在法庭上就说了一句：孩子跟他姑，我放心。
访谈者：您经手这些案子有什么感受？
受访者：卷宗是冷的，孩子是热的。书记员打字的时候，看到孩子饿了三天那一段，我手都停了。现在每次整理卷，名字和号码我都核两遍，写错一个字，孩子的补贴就下不来。
""")

# H496: Han grandmother in 双城 (哈尔滨) raising a granddaughter; the mother died, the father works in the south.
DOCS["H496"] = ("family", """\
访谈者：大娘，孙女跟着您几年了？
受访者：五年了。我叫{{han:臧凤芝}}，家在{{trap/place:双城}}乡下，老头子{{han:包长顺}}前些年走了。儿媳{{han:邢晓丽}}生了孙女没几年，查出白血病，治了两年，人没留住。儿子{{han:包国栋}}去{{trap/place:东莞}}进厂了，一年回来一趟。孙女叫{{han:包欣怡}}，今年十岁，小名{{han:糖豆}}。
访谈者：孩子在哪上学？
受访者：在{{school:双城区韩甸镇中心小学四年级（3）班}}。班主任{{han:崔丽华}}老师知道我们家的事，中午让孩子在学校吃免费的午饭。{{han:糖豆}}她学习还行，就是数学差点，{{han:崔丽华}}说放学给她补。
访谈者：孩子想妈妈吗？
受访者：想。她妈走的时候她五岁，记得一点。她枕头底下压着她妈的照片，晚上偷偷看。有一回她问我，奶奶，我妈是不是变成星星了，我说是，她就天天晚上趴窗户上数星星。
访谈者：孩子爸爸管孩子吗？
受访者：管，就是离得远。{{han:包国栋}}他每个月寄一千块钱，打视频的时候爷俩都不咋说话。他在厂里找了个对象，叫{{han:罗美玲}}，是{{trap/place:广西}}的。{{han:罗美玲}}也给孩子寄过衣服，孩子不穿。
访谈者：村里和政府怎么帮你们？
受访者：村支书{{han:姜德胜}}给我们报了低保，一个月{{trap/number:七百六}}。孙女按困境儿童报了补贴，儿童主任{{han:于秀华}}跑的手续。{{han:于秀华}}说，大娘，你有啥事就给我打电话，半夜也行，打{{trap/hotline:12349}}也能找着人。区里社工站来过个姑娘叫{{compound:漆雕雨萌}}，跟她一块来的还有{{compound:乐正清棠}}，俩人给孙女过了个生日，买了个大蛋糕。
访谈者：亲戚邻居呢？
受访者：我闺女{{han:包秀娟}}嫁到{{trap/place:哈尔滨}}，放假把孙女接去住几天，带她去{{trap/place:中央大街}}逛。邻居{{han:杨大勇}}家种香瓜，一熟了就给我们送一筐。村东头的{{han:宋金花}}婶，孙女的棉袄都是她做的。{{han:宋金花}}她男人也瘫在炕上，两家人互相帮衬着。
访谈者：您自己身体怎么样？
受访者：高血压，一只眼睛白内障。镇卫生院的{{han:贺春来}}大夫说得做手术，医保能报七成。我就是放心不下孙女，我住院了谁给她做饭？{{han:包秀娟}}说她回来伺候，我说你家也一摊子事。
访谈者：过年的时候呢？
受访者：儿子回来，给孙女买新衣服、买鞭炮。我包酸菜馅饺子、蒸{{trap/word:包子}}，孙女爱吃。年三十晚上她爸给她讲{{trap/famous:孟姜女}}哭长城，她说不爱听，要听{{trap/famous:哪吒}}。
访谈者：孙女平时放学后干什么？
受访者：先写作业，写完了帮我喂鸡、抱柴火。她可勤快了，八岁就会烧炕。周末她爱去村里的儿童之家，那里有书、有画笔，还有大学生志愿者来教跳舞。冬天冷，我不让她去，她就隔着窗户看别的孩子在雪地里堆雪人。去年过生日，社工给她买了一套水彩笔，她画了一张画，画的是她爸她妈她和我，四个人拉着手，旁边还画了个太阳。我把那张画贴在炕头墙上，天天看。
访谈者：她爸爸看过这张画吗？
受访者：我拍了照发给他。他半天没回，晚上打电话来，说妈，我过年一定回去。
访谈者：登记表要填地址和号码。
受访者：家在{{address:哈尔滨市双城区韩甸镇永胜村二屯15号}}，闺女家在{{address:哈尔滨市道里区新阳路街道安发小区8号楼4单元502室}}。我身份证{{id_number@woldquad.230113}}，孙女的{{id_number@wy2015fwspaced.230113}}。我电话{{mobile@fws}}，儿子的{{mobile@p86n}}，儿子微信叫{{wechat:baoguodong_dg}}。孙女有个QQ，跟她姑家表姐聊天，号码是她表姐给申的，我抄在挂历上了，是{{qq:473915028}}。
访谈者：名字上有问题吗？
受访者：有。孙女在学校名单上写成{{spaced:包 欣 怡}}，我在低保表上是{{spaced:臧　凤　芝}}，还有个表把社工写成{{spaced:漆 雕 雨 萌}}。儿子在厂里的工牌上是{{spaced:包国 栋}}。
访谈者：村里像您这样带孙辈的多吗？
受访者：多。我们屯子里年轻人都出去了，剩下老的小的。前院{{han:姜玉兰}}带着两个外孙，后院{{han:赵福山}}老两口带着一个孙子。我们几个老太太凑一块儿，谁家有事了互相照应。{{han:姜玉兰}}她识字，孩子们的家长会都是她替我们去开的。
访谈者：您最大的心愿？
受访者：多活几年，看着孙女考上大学。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=489,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout62",))


if __name__ == "__main__":
    main()
