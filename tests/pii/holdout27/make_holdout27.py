# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 27 (tests/pii/holdout27/H201-H208 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 27 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
察右后旗 (乌兰察布) whose husband has silicosis from a fluorite mine, a Tibetan grandfather in 迭部 (甘南) raising the
two children of his son, killed by a landslide, a Hui father in 张家川 (天水) who lost a hand in a tannery and whose
wife is on dialysis, a Han grandfather in 商丘 (虞城) raising three grandchildren (his son works in 昆山, his
daughter died, her husband is in prison), a Han mother in 赣州 (兴国) with lupus whose husband works in 佛山, a
Kazakh herder in 阿克塞 (酒泉) raising the two children of his son, killed on the road, a Han juvenile-court judge in
海拉尔 (呼伦贝尔) reading from the file of a guardianship case and of a theft by a fifteen-year-old, and a Han
grandmother in 铁岭 whose daughter left her two children behind. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters
(奥敦格日勒, 巴雅斯呼楞, 乌日嘎其其格, 乌力吉巴雅尔图) with short forms (奥敦, 巴雅斯, 乌日嘎, 赛罕) and after the
Tumed surname 云 (云图雅); Tibetan names (贡保才让, 才让旦周 then 旦周, 桑杰卓玛 then 桑杰), Han names of Tibetans (杨德林, 杨文博) and the Han
surname 杨 before a Tibetan name (杨卓玛草, 杨旦正); Hui Han-form names (马永禄, 虎桂花, 穆晓东, 海兰芳) beside 经名 used
alone (达伍德, 麦尔燕, 阿依夏, 叶哈亚) and a Han surname before an Arabic name (马萨利赫 beside 萨利赫,
王伊斯哈克 then 伊斯哈克, 苏哈利麦 then 哈利麦); Kazakh given name + father's name with and without the dot
(叶森别克·马哈提 and 叶森别克马哈提, 阿斯力别克·努尔兰 then 阿斯力) and short forms (沙吾列, 加米拉, 达娜); Han names with common and rare
surnames (睢, 扈, 逯, 揭, 幸, 战, 矫, 鞠, 那, 佟), titles and kin words, nicknames that are words (小麦, 毛豆, 碌碡, 胖妞,
嘎子), a given name used as a WeChat name (秋萍), names that contain words (任长江, 朱红旗, 谷春雨, 侯满仓, 曾繁荣), a
name written twice in a file, names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted
and split names; compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:睢保国}}``, ``{{qq:2719035846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011hyphen.150928}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 校长,
律师, 阿訇, 大姐, 婶, 科长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 他, 她, 他们家, 那边) are outside the span; a nickname (小麦, 毛豆, 碌碡, 胖妞, 嘎子) and a given name used alone
(秋萍) are annotated whole as han. Han-style names of Mongolian, Tibetan and Hui people (云巧兰, 杨德林, 马永禄) are
category han; a Han surname before a non-Han given name (云图雅, 杨卓玛草, 马萨利赫, 苏哈利麦) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout27/make_holdout27.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(27_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["132", "136", "145", "156", "158", "166", "171", "175", "178", "181", "184", "187", "191",
                   "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H201: Mongolian mother in 察右后旗 (乌兰察布); her husband has silicosis from a fluorite mine.
DOCS["H201"] = ("family", """\
访谈者：您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:奥敦格日勒}}，今年三十八，家在{{trap/place:察右后旗}}，离旗里的{{trap/place:白音察干镇}}三十多里地。嘎查里的人都叫我{{minority/mongolian:奥敦}}。我男人{{minority/mongolian:巴雅斯呼楞}}早先在萤石矿上打眼放炮，干了十一年，{{trap/year:2022年}}查出来是尘肺，三期，现在喘口气都费劲，离不了制氧机。
访谈者：孩子们多大了？
受访者：三个。老大是闺女，叫{{minority/mongolian:乌日嘎其其格}}，十四了，在{{school:察右后旗第一中学初二（4）班}}住校；老二是小子，{{minority/mongolian:赛罕毕力格}}，十岁，在{{school:白音察干镇第二小学四年级（1）班}}；老三{{minority/mongolian:浩日沁夫}}才四岁，跟着我。家里叫老大{{minority/mongolian:乌日嘎}}，叫老二{{minority/mongolian:赛罕}}。{{minority/mongolian:乌日嘎}}都懂事了，放假回来抢着给她阿爸翻身、拍背。{{minority/mongolian:赛罕}}就知道跟狗撵着玩。
访谈者：家里老人呢？
受访者：婆婆{{minority/mongolian:斯琴达日玛}}七十三了，腿上有风湿，还帮我看老三。她每天早上熬{{trap/minority_word:奶茶}}、泡{{trap/minority_word:炒米}}，孩子们就着吃。{{minority/mongolian:斯琴达日玛}}她常说，只要锅里有奶茶，日子就过得下去。
访谈者：这几年谁帮过你们？
受访者：嘎查达{{minority/mongolian:布仁满都拉}}帮着报了低保，一家五口每月{{trap/number:一千二百六}}。嘎查的儿童主任是{{han:云巧兰}}婶，土默特那边嫁过来的蒙古人，蒙语就会几句。{{han:云巧兰}}和苏木的民政助理{{minority/mongolian:云图雅}}一起跑到{{trap/org:旗民政局}}，给老二老三报了困境儿童的分类保障。矿上的老板跑了，赔偿一分没拿到，是旗里法律援助中心的{{han:乔建新}}律师帮着打官司，{{han:乔建新}}说今年能判下来。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:贾秀敏}}老师对她好，冬天给她买了一双棉鞋。闺女数学好，想考{{trap/place:集宁}}的高中。老二就是淘，上课爱说话，他们{{han:侯振宇}}老师打电话告过两回状。老师也说，孩子是想他阿爸了，一问阿爸的病就哭。
访谈者：闺女有没有想过不念了？
受访者：想过。去年她阿爸住院那阵子，她跟我说要退学去饭馆端盘子，给家里挣钱。我打了她一巴掌，打完了我俩抱着哭。后来{{han:贾秀敏}}老师来家里，跟她说国家有助学金，高中、大学都有，念出来才能真帮上家。她这才安下心。现在她每个礼拜天下午回学校，走之前把水缸挑满，把她阿爸的药按顿分好，装在小盒子里。
访谈者：社工来过吗？
受访者：来过。旗里社工站的姑娘叫{{compound:东方晓蕾}}，跟她一块儿来的还有{{compound:拓跋明远}}，每月来一回，给孩子们上课、做游戏。{{compound:东方晓蕾}}还教闺女写日记，说心里有话就写下来。
访谈者：您男人的病要花多少钱？
受访者：一年光药钱就七八千，氧气得自己灌。苏木卫生院的{{han:武志刚}}大夫每个礼拜来量一回血氧。{{minority/mongolian:巴雅斯呼楞}}他心里苦，有一回把制氧机的管子拔了，说不想拖累我们。我跟{{minority/mongolian:巴雅斯}}说，你在，这个家就在。嘎查的兽医{{minority/mongolian:乌力吉巴雅尔图}}听说了，隔三岔五来陪他喝茶说话。
访谈者：亲戚们帮得上吗？
受访者：我弟弟{{minority/mongolian:那仁格日勒}}在{{trap/place:呼和浩特}}开出租，一年给孩子们寄两回钱。邻居{{han:刘二旦}}家种着四百亩地，秋天帮我们把土豆收了。
访谈者：冬天怎么过？
受访者：冬天难。我们这儿风大，天上一块{{trap/word:云彩}}都没有也能刮得人睁不开眼，零下三十度，羊圈得天天起粪。煤是苏木给的，一户两吨，不够烧，我就去地里捡玉米秆。去年腊月，嘎查的年轻人{{han:王俊峰}}开着四轮车给我们拉来一车牛粪，说是他自家攒的。{{han:王俊峰}}还帮着把烟囱通了。男人的氧气罐得到旗里灌，一罐八十，一个礼拜两罐，有时候路上雪大，车过不去，我急得直掉泪。
访谈者：过节的时候呢？
受访者：六月里嘎查祭{{trap/minority_word:敖包}}，孩子们跟着去磕头。孩子们管我叫{{trap/minority_word:额吉}}，管婆婆叫奶奶。晚上婆婆给他们讲{{trap/famous:巴拉根仓}}的故事，老二笑得满炕打滚。开春我带他们上{{trap/place:乌兰哈达}}的火山看过一回，闺女说那山像一口大锅。
访谈者：登记表要填住址、证件和电话。
受访者：家在{{address:察右后旗当郎忽洞苏木巴音哈达嘎查二组7号}}，闺女刚上中学那年我们在旗里租过半年房，后来付不起房租就退了。我男人的身份证{{id_number@my1984spaced.150928}}，闺女的{{id_number@wy2011hyphen.150928}}。我的电话{{mobile@s38}}，山里信号不好，打不通就找{{han:云巧兰}}婶。闺女给我注册了个微信，号是{{wechat:saruul_nm0915}}。闺女自己有QQ，她写在我本子背面了，你看：{{qq:2719035846}}。
访谈者：名字在各种表上写得对吗？
受访者：不对的多。学校表上闺女成了{{spaced:乌　日　嘎　其　其　格}}，低保表上我是{{spaced:奥 敦 格 日 勒}}，男人写成了{{spaced:巴雅斯 呼楞}}，老二写成{{spaced:赛罕 毕力格}}，中间都空着。
访谈者：您最盼什么？
受访者：盼男人多活几年，盼孩子们念出书来。闺女说她要当大夫，专门给矿上的人看肺。
""")

# H202: Tibetan grandfather in 迭部 (甘南) raising the two children of his son, killed by a landslide.
DOCS["H202"] = ("family", """\
访谈者：阿爷，您家现在几口人？
受访者：四口。我叫{{minority/tibetan:贡保才让}}，汉名叫{{han:杨德林}}，六十七了，家在{{trap/place:迭部}}县城往{{trap/place:扎尕那}}去的山沟里。老伴{{minority/tibetan:贡却草}}，还有两个孙子孙女。儿子{{minority/tibetan:道吉加}}前年在{{trap/place:白龙江}}边上修路，山上塌下来，人没了。儿媳{{minority/tibetan:拉姆卓玛}}守了一年，改嫁到{{trap/place:舟曲}}去了，娃娃留给了我们。
访谈者：孙子孙女多大？
受访者：孙子{{minority/tibetan:才让旦周}}十二，学校里的名字是{{han:杨文博}}，在{{school:迭部县城关中学初一（2）班}}；孙女{{minority/tibetan:桑杰卓玛}}九岁，在{{school:电尕镇寄宿制小学三年级（3）班}}。家里叫孙子{{minority/tibetan:旦周}}，叫孙女{{minority/tibetan:桑杰}}。{{minority/tibetan:旦周}}就像他阿爸，话少，干活不惜力气。{{minority/tibetan:桑杰}}她爱唱，一唱就停不下来。
访谈者：这两年日子怎么过的？
受访者：老伴放着二十几头牦牛，我腰不好，夏天上山挖点药材。村里的儿童主任{{minority/tibetan:杨卓玛草}}给两个娃娃报了事实无人抚养，每人每月{{trap/number:一千三百五}}。村支书{{minority/tibetan:杨旦正}}给我们家报了低保。{{minority/tibetan:杨旦正}}他说，娃娃的书一天都不能停。乡上的民政干事{{han:马向东}}每季度来核一回，他是{{trap/place:临潭}}人，说话慢慢的。乡卫生院的{{han:雷国华}}大夫给老伴看胃病，药钱{{trap/org:县民政局}}给报了一半。
访谈者：县上还有谁来过？
受访者：县社工站来了两个年轻人，一个叫{{compound:宇文慧琳}}，还有一个是{{compound:公孙晓岚}}。她们带娃娃们画画，给孙女买了一把小梳子。{{compound:宇文慧琳}}会说几句藏话，老伴最喜欢她。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:王晓燕}}老师说他数学好，就是作文写得短。校长{{han:石玉龙}}去年冬天给他送了一件羽绒服。孙女学校的{{minority/tibetan:草毛吉}}老师教藏文，说她背书快。
访谈者：孙子孙女上学远吗？
受访者：远。孙子在县城住校，一个礼拜回来一趟，班车走两个钟头。孙女的学校在镇上，也住校，礼拜五下午我骑摩托去接。冬天路上结冰，江边上那段最险，我不敢骑快。有一回摩托滑倒了，孙女的胳膊擦破了，她没哭，还说阿爷你别怕。学校的生活老师{{han:苟春花}}晚上给孙女洗头、剪指甲，跟当妈的一样。
访谈者：儿子出事以后有赔偿吗？
受访者：修路的公司赔了一些，钱存在银行里，给两个娃娃念书用，我一分不敢动。那些手续是我外甥{{han:杨永刚}}帮我去州上跑了好几趟才办下来的。
访谈者：家里还有别的亲戚吗？
受访者：我小儿子{{minority/tibetan:洛桑丹增}}在{{trap/place:拉卜楞寺}}当阿卡，每年回来一趟，给侄子侄女带钱带书。{{han:杨永刚}}就是我妹妹的儿子，在{{trap/place:合作}}市里开出租，娃娃看病都是他拉到州医院。
访谈者：村里这样的娃娃多吗？
受访者：有十几个。有的阿爸阿妈去{{trap/place:兰州}}打工，有的是家里大人病了。乡上每年请县医院的大夫来给娃娃们体检。{{han:马向东}}说，这些娃娃都登记在册，一个都不能漏。我们这些老人就互相照看，谁家娃娃病了，大家凑钱送医院。
访谈者：过节呢？
受访者：七月的{{trap/minority_word:香浪节}}，全村到林子里搭帐篷。正月里{{trap/minority_word:煨桑}}，老伴炒{{trap/minority_word:曲拉}}、打{{trap/minority_word:酥油}}，拌{{trap/minority_word:糌粑}}。晚上我给娃娃们讲{{trap/famous:米拉日巴}}的故事，说他受了那么多苦，后来修成了。
访谈者：您身体怎么样？
受访者：腰疼，腿也不行了。我这个年纪，最怕的是自己先走。娃娃的阿妈{{minority/tibetan:拉姆卓玛}}有时候打电话来，问娃娃们穿得暖不暖。我不怪她，年轻人总得过日子。
访谈者：登记信息说一下。
受访者：家在{{address:迭部县益哇镇扎尕那村二组9号}}，娃娃的阿妈在{{address:舟曲县城关镇峰迭新区6号楼1单元401室}}。我身份证{{id_number@my1958.623024}}，孙子的{{id_number@my2013x.623024}}。我电话{{mobile@spaced}}，{{minority/tibetan:杨卓玛草}}的{{mobile@h38}}，她的微信{{wechat:Zhuomacao_dbx}}。孙子有个QQ，说是老师让加的群，号码他用粉笔写在门板上了：{{qq:36081274}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。户口本上是{{minority/tibetan:贡保才让}}，低保表上成了{{spaced:贡保 才让}}；孙女写成{{spaced:桑　杰　卓　玛}}，孙子写成{{spaced:才 让 旦 周}}；还有一张表上我是{{spaced:杨 德 林}}，汉名也给拆开了。
访谈者：您最大的心愿呢？
受访者：看着{{minority/tibetan:旦周}}念完书。他说要当老师，回村里来教娃娃。
""")

# H203: Hui father in 张家川 (天水) who lost a hand in a tannery; his wife is on dialysis.
DOCS["H203"] = ("family", """\
访谈者：马师傅，您家里的情况说说吧。
受访者：我叫{{han:马永禄}}，经名{{minority/hui:达伍德}}，四十六了，家在{{trap/place:张家川}}{{trap/place:恭门镇}}。早先在{{trap/place:龙山镇}}的皮毛作坊里熟皮子，{{trap/year:2021年}}机器把右手绞了，落了个二级残疾。老婆{{han:苏秀兰}}，经名{{minority/hui:麦尔燕}}，肾上有病，一个礼拜去{{trap/place:天水}}透析两回。
访谈者：孩子几个？
受访者：三个。老大{{han:马文彬}}十五，经名{{minority/hui:萨利赫}}，坊上的人都叫他{{minority/hui:马萨利赫}}，在{{school:张家川回民中学初三（1）班}}。老二是丫头，{{han:马玉霞}}，经名{{minority/hui:阿依夏}}，十一岁，在{{school:恭门镇中心小学五年级（2）班}}。老三{{han:马文轩}}七岁，经名{{minority/hui:赛里木}}，刚上一年级。{{minority/hui:阿依夏}}她最懂事，她妈透析回来，烧水、擀面，都是她。
访谈者：您母亲还在吗？
受访者：在，七十一了，叫{{han:虎桂花}}。{{han:虎桂花}}她一辈子没进过城，娃娃们小时候穿的{{trap/word:虎头鞋}}都是她纳的。
访谈者：谁帮过你们？
受访者：寺里的{{han:丁海山}}阿訇，经名{{minority/hui:叶哈亚}}，每个{{trap/minority_word:主麻}}礼拜完了，跟乡老们在{{trap/org:清真寺}}门口给我们家凑钱。村里的儿童主任{{han:苏彩霞}}给老二老三报了困境儿童生活补贴，每人每月{{trap/number:一千一百八}}。乡上的民政专干{{han:李志华}}来核过两回。{{trap/org:县残联}}的{{han:穆国庆}}给我办了残疾证，还联系了一个做凉皮的活，一只手也能干。
访谈者：您一只手，平常家里的活怎么干？
受访者：学着干。和面用一只手按，劈柴让老大帮着扶。刚出事那年，我躺在炕上不想活，觉得自己成了废人。是{{han:丁海山}}阿訇天天来坐，说你还有三个娃娃，你倒了他们咋办。后来我就做凉皮，左手切，老大放学回来帮着卖，一天能挣七八十。
访谈者：邻居、亲戚呢？
受访者：隔壁{{minority/hui:王伊斯哈克}}开面馆，娃娃们放了学常在他那儿吃饭。{{minority/hui:伊斯哈克}}说，一碗面的事，不算个啥。老婆的姐姐{{minority/hui:苏哈利麦}}在{{trap/place:乌鲁木齐}}做买卖，每年寄两回钱，{{minority/hui:哈利麦}}她还给丫头买了一条新{{trap/minority_word:盖头}}。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:穆晓东}}老师说他能考上高中，就是英语差些。丫头的{{han:海兰芳}}老师心细，看见丫头上课打瞌睡，一问才知道她夜里照顾她妈。县上社工站的{{compound:慕容晓婉}}来了以后，跟{{compound:赫连明哲}}一起给丫头找了个大学生志愿者，每周视频辅导两回。
访谈者：娃娃们有没有受过委屈？
受访者：有。老三刚上学的时候，有娃娃笑话他爸是一只手。他回来哭，不肯去了。{{han:海兰芳}}老师知道了，在班上讲了一堂课，说残疾人也是靠自己的手吃饭的。第二天那几个娃娃还跑来买我的凉皮。老大要强，说长大了要当医生，给他妈换个好肾。
访谈者：老婆的病怎么样了？
受访者：要换肾，配型还没等上。{{trap/place:天水}}医院的{{compound:令狐文静}}医生说，排上了就通知我们。透析一次四百多，医保报了大半，剩下的是亲戚凑的。她自己也要强，透析回来躺一会儿，就起来给娃娃们缝补衣裳。娃娃们知道家里难，从来不跟人比吃穿。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}，坊上宰牛，给我们家送一份肉。老娘炸{{trap/minority_word:油香}}，娃娃们端着给邻居送。我给娃娃们讲{{trap/famous:海瑞}}的故事，说人穷不能志短，要做个清白人。夏天我们去{{trap/place:关山}}草原看过一回，老三第一次骑马，乐得直叫。
访谈者：登记信息。
受访者：家在{{address:张家川县恭门镇付川村四组18号}}，老婆透析那阵子我们在天水租了间房，在{{address:秦州区七里墩街道岷山小区3号楼2单元501室}}。老婆的身份证{{id_number@wfullwidth.620525}}，老大的{{id_number@my2010spaced.620525}}。我电话{{mobile@hyphen}}，{{han:苏彩霞}}的电话{{mobile@p86n}}。我的微信{{wechat:dawude_mayl}}。老大有个QQ，上网课用，号码是他自己念给我的：{{qq:627193058}}。
访谈者：表上的名字对吗？
受访者：乱。经名是音译的，各人写法不一样。学校把老二写成{{spaced:马　玉　霞}}，社工的表上老婆的姐姐成了{{spaced:苏 哈 利 麦}}，邻居写成{{spaced:王伊斯 哈克}}，我写成{{spaced:达伍 德}}。
访谈者：您最盼什么？
受访者：盼老婆的肾早点配上。娃娃们能念书就念，念出来了，就不用像我一样拿手换饭吃。我这辈子没念过几天书，吃够了没文化的亏。
""")

# H204: Han grandfather in 虞城 (商丘) raising three grandchildren.
DOCS["H204"] = ("family", """\
访谈者：大爷，您家是几口人？
受访者：五口，俺跟老伴，还有仨孩子。俺叫{{han:睢保国}}，六十九了，家在{{trap/place:虞城}}县城东边，离{{trap/place:商丘}}市里四十多里。俺儿{{han:睢大鹏}}在{{trap/place:昆山}}电子厂上班，儿媳妇{{han:陈俊红}}前年跟他离了，走了再没回来过。俺闺女{{han:睢秀英}}{{trap/year:2020年}}得血癌没了，女婿{{han:任长江}}酒后开车撞死了人，判了六年，外孙子也搁俺这儿。
访谈者：孩子们多大了？
受访者：大孙女{{han:睢欣怡}}，小名叫{{han:小麦}}，十二，在{{school:虞城县第二初级中学初一（5）班}}。孙子{{han:睢子轩}}，小名{{han:毛豆}}，八岁。外孙{{han:任嘉乐}}九岁，俺们都叫他{{han:碌碡}}。俩小子都在{{school:利民镇中心小学三年级（1）班}}，孙子上学早，跟他表哥一个班。{{han:小麦}}说她长大要当大夫，给她姑那样的病人看病。{{han:毛豆}}也跟着说要当大夫。{{han:碌碡}}他不吭声，一放学就往坑塘边跑，俺最操心这个。
访谈者：您老伴身体咋样？
受访者：老伴{{han:葛秀兰}}有糖尿病，眼也花了，一天打两针胰岛素。她还天天给孩子们蒸馍、擀面条。{{han:葛秀兰}}就是嘴碎，孩子们一吵，她能念叨一晚上。俺俩商量过，等大孙女考上高中，就把家里那头牛卖了，给她交学费。
访谈者：孩子爸爸管吗？
受访者：{{han:睢大鹏}}那边一个月寄一千五，厂里活少了就寄一千。他也难，一个人在外头。外孙他爹在牢里，一年俺领着外孙去探一回监，爷俩隔着玻璃哭。
访谈者：您儿子过年回来吗？
受访者：回来，腊月二十八到家，正月初六就走。孩子们黏他，{{han:毛豆}}晚上非要跟他爹睡。他走那天，{{han:小麦}}躲在屋里不出来，怕她爹看见她哭。
访谈者：谁帮过你们？
受访者：村支书{{han:虞长河}}，人实在。外孙这情况，他说算事实无人抚养，让村里的儿童主任{{han:扈春梅}}给报上去了，一个月{{trap/number:一千一百四}}。{{han:扈春梅}}都跑了三趟乡里，腿都跑细了。乡民政所的{{han:逯国强}}所长来家看过，给俺家定了低保。村卫生室的{{han:朱红旗}}大夫，给俺老伴量血压从来不要钱。
访谈者：学校那边呢？
受访者：{{han:小麦}}的班主任叫{{han:谷春雨}}，年轻闺女，知道孩子家里的事，中午在食堂给她多打一个菜。小学的{{han:牛得水}}校长，把俩小的资料费都给免了。县社工站有个小伙子叫{{compound:巫马晨阳}}，跟{{compound:段干雅楠}}一块儿，一个月来一趟，教孩子们防溺水，专门给外孙讲了一下午。
访谈者：邻居们帮吗？
受访者：帮。东邻{{han:侯满仓}}他们家有三轮，孩子们发烧了都是他拉到乡卫生院。西邻{{han:郑有田}}帮俺种麦子、收麦子。俺这人好面子，不会{{trap/word:张罗}}事，都是街坊们替俺操心。
访谈者：地里的活谁干？
受访者：七亩地，种麦子、种花生。俺一个人干不动，收麦的时候雇收割机，一亩六十。打药是{{han:郑有田}}他儿子{{han:郑小川}}帮着打的，小伙子在镇上修电动车，一叫就来。秋天收了花生，{{han:碌碡}}和{{han:毛豆}}帮着摘，摘一盆俺给一块钱，俩孩子争得脸红。
访谈者：平常孩子们咋过？
受访者：星期天俺骑电动车带他们去{{trap/place:木兰祠}}玩，给他们讲{{trap/famous:花木兰}}替父从军。有时候孩子{{trap/word:任性}}，要买零食，俺就说等你爹回来。晚上仨孩子挤在一张床上写作业，灯是{{han:侯满仓}}帮俺拉的线。
访谈者：孩子们身体咋样？
受访者：都壮实，就是外孙有点鼻炎，一到春天就流鼻涕，村卫生室给开的药，吃了管用。大孙女近视了，配眼镜花了三百，是学校给报的。夏天热，俺买了个电风扇，仨孩子围着一个风扇写作业，谁也不让谁。
访谈者：登记信息。
受访者：家在{{address:虞城县利民镇睢庄村五组23号}}，俺儿在昆山住的是{{address:昆山市周市镇青阳港花园12号楼3单元601室}}。俺的身份证{{id_number@my1956.411425}}。俺电话{{mobile@plain}}，俺儿的{{mobile@s434}}。俺儿的微信{{wechat:suidapeng_ks}}。{{han:小麦}}有个QQ，说跟她爸视频用，号是……你等等，她写在挂历上了，{{qq:1297364058}}。
访谈者：名字在表上写得对吗？
受访者：有错。学校把俺孙女写成{{spaced:睢 欣 怡}}，把外孙他爹写成{{spaced:任　长　江}}，还有一张是{{spaced:睢保 国}}，中间空了一块。
访谈者：您最盼啥？
受访者：盼俺儿早点回来，盼{{han:任长江}}出来了好好过日子，把{{han:碌碡}}接回去。俺这把老骨头，能撑一年是一年。
""")

# H205: Han mother in 兴国 (赣州) with lupus; her husband works in 佛山.
DOCS["H205"] = ("family", """\
访谈者：您说说家里的情况吧。
受访者：我叫{{han:钟秋萍}}，三十六，家在{{trap/place:赣州}}{{trap/place:兴国}}县的山里。老公{{han:曾繁荣}}在{{trap/place:佛山}}家具厂做油漆，一年回来一趟。我前年查出红斑狼疮，手脚肿，干不得重活。两个孩子，女儿{{han:曾思媛}}十三，儿子{{han:曾俊熙}}八岁，算留守的，村里也把我们家算作困境儿童家庭。
访谈者：孩子爸爸多久联系一次？
受访者：天天晚上视频。他的微信名就是他自己的名字，{{han:曾繁荣}}三个字，头像是儿子小时候的照片。女儿的QQ昵称也是她的真名{{han:曾思媛}}，我叫她改掉，她说同学都这样，她{{trap/word:曾经}}改过一回，又改回来了。我自己的微信名就叫{{han:秋萍}}，是女儿帮我弄的。
访谈者：家里还有亲戚帮忙吗？
受访者：婆婆{{han:温金秀}}七十了，还种着两亩田，孩子放学先去她那里吃饭。{{han:温金秀}}她耳朵不好，孩子喊三声才应。我弟弟{{han:钟世平}}在县城开摩托车修理店，孩子们的学费有一半是他出的。我姨{{han:邱冬妹}}在{{trap/place:惠州}}做保姆，过年给孩子们买新衣服。
访谈者：孩子在学校怎么样？
受访者：女儿在{{school:兴国县第三中学初一（7）班}}，班主任{{han:揭晓红}}老师晓得我们家的事，常在QQ上跟我讲女儿的情况，她的QQ号我存着，{{qq:308516742}}。数学是{{han:幸志勇}}老师教的，女儿说他讲题讲得清楚。儿子在{{school:长冈乡中心小学二年级（1）班}}，班主任是{{han:廖雪芳}}老师。
访谈者：村里、乡里谁帮过你们？
受访者：村里的儿童主任{{han:赖水莲}}，她跑乡{{trap/org:民政所}}给我们报了低保，我的病按大病救助报了一部分，每个月还有{{trap/number:五百八}}的护理补贴。{{han:赖水莲}}说，孩子有事就给她打电话。乡卫生院的{{han:谢国平}}医生每月上门给我量血压、验尿。县里社工站的{{compound:欧阳春兰}}，还有一个后生叫{{compound:司徒嘉伟}}，每个礼拜六来村里的留守儿童之家，陪孩子写作业。{{compound:欧阳春兰}}也是兴国人，讲的是客家话，孩子们跟她亲。
访谈者：您生病以后，谁照顾您？
受访者：主要靠自己，还有女儿。发病的时候关节痛得下不了床，女儿早上五点半起来煮粥、给弟弟穿衣服，再走四十分钟山路去学校。我住院那回，是我弟弟{{han:钟世平}}开车送的，他老婆{{han:黄小凤}}在医院陪了我十天。县医院的{{han:肖建军}}医生说这个病要长期吃激素，不能停药，一个月药钱要六七百。
访谈者：平常孩子们怎么过？
受访者：周末跟婆婆上山摘茶籽，回来打{{trap/local_word:擂茶}}喝。儿子最喜欢跟婆婆去赶圩，买一串糖葫芦能高兴一整天。过年老公回来，带他们去{{trap/place:赣江}}边上看灯，讲{{trap/famous:文天祥}}的故事。女儿背过{{trap/famous:辛弃疾}}写{{trap/place:郁孤台}}的那首词，说以后要去台上看看。
访谈者：您身体这样，孩子爸爸没想过回来吗？
受访者：想过，回来没工钱。厂里一个月七千多，回来种田一年挣不到两万。他说再干三年，攒够钱在县城买个房，孩子上初中、高中都方便。
访谈者：老公知道您这么难吗？
受访者：知道一些，我不全跟他讲，讲了他在那边也干着急。他每个月寄四千回来，自己只留几百块吃饭。前年过年他回来，看见女儿手上全是冻疮，一个大男人坐在灶前哭了半天。我劝他，熬几年就好了。
访谈者：登记信息。
受访者：家在{{address:兴国县长冈乡塘石村下屋组15号}}，老公在佛山住的是{{address:顺德区龙江镇东华小区9栋3单元602房}}。我的身份证{{id_number@wy1989fwspaced.360732}}，儿子的{{id_number@my2017.360732}}。老公的电话{{mobile@plus86dash}}，我的{{mobile@fullwidth}}。老公的微信号是{{wechat:zengfanrong_fs}}，我的是{{wechat:qiuping_xg86}}。女儿的QQ号码她说写在我手机备忘录里了，我翻给你：{{qq:９０４８１６２７３}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。学校表上女儿是{{spaced:曾 思 媛}}，社工自己在签到表上的名字也被打成了{{spaced:欧 阳 春 兰}}，我成了{{spaced:钟秋 萍}}。
访谈者：最后想说点什么？
受访者：我就盼病好一点，不拖累孩子。女儿懂事，说长大要当医生治我的病，我听了又高兴又心酸。只要孩子们好好的，我吃再多的药也值。
""")

# H206: Kazakh herder in 阿克塞 (酒泉) raising the two children of his son, killed on the road.
DOCS["H206"] = ("family", """\
访谈者：大哥，您家里现在几口人？
受访者：四口。我叫{{minority/kazakh:叶森别克·马哈提}}，五十四岁，在{{trap/place:阿克塞}}放了一辈子羊。夏天赶着羊上{{trap/place:当金山}}，冬天回{{trap/place:红柳湾镇}}南边的{{trap/minority_word:冬窝子}}。老婆{{minority/kazakh:沙吾列·胡安德克}}，我们都叫她{{minority/kazakh:沙吾列}}。儿子{{minority/kazakh:努尔兰·叶森别克}}前年开车去{{trap/place:敦煌}}拉草料，车翻了，人没了。儿媳{{minority/kazakh:古丽米拉·沙尔山}}回了新疆娘家，后来改嫁了，两个孩子留给了我们。
访谈者：孩子们多大？
受访者：孙子{{minority/kazakh:阿斯力别克·努尔兰}}十一，在{{school:阿克塞县民族寄宿制学校五年级（1）班}}，家里叫他{{minority/kazakh:阿斯力}}。孙女{{minority/kazakh:阿依达娜·努尔兰}}七岁，上一年级，我们叫她{{minority/kazakh:达娜}}。{{minority/kazakh:阿斯力}}他放假回来就骑马帮我赶羊，{{minority/kazakh:达娜}}就跟着奶奶挤奶。
访谈者：日子怎么过？
受访者：羊有一百二十只，草场禁牧减了一半。乡上的干部{{minority/kazakh:塔拉甫别克}}帮我们报了低保，两个孩子按事实无人抚养报上去，每人每月{{trap/number:一千四百二}}。儿童主任{{minority/kazakh:加米拉·哈布德什}}常来，{{minority/kazakh:加米拉}}她说话快，办事也快。县{{trap/org:民政局}}的{{han:张志军}}科长来入户，看了我们的{{trap/minority_word:毡房}}，说冬天要给换个暖和的。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任是{{han:何俊峰}}老师，汉族，哈萨克话说得不错。校医{{han:邵红霞}}给孙女看过眼睛，配了眼镜，钱是学校出的。县里社工站的{{compound:尉迟振峰}}和{{compound:诸葛若溪}}，暑假带孩子们去{{trap/place:苏干湖}}看鸟。{{compound:诸葛若溪}}还给孙女带了一本画册。
访谈者：冬天在冬窝子，孩子们上学怎么办？
受访者：孩子们住校，学校在县城，离冬窝子八十多公里。礼拜五乡上有车接，{{minority/kazakh:塔拉甫别克}}开车，顺路把几个牧民的娃娃都捎回来。雪大的时候车进不来，孩子们就留在学校过周末，{{han:何俊峰}}老师带着他们包饺子。孙子第一次在学校过年，打电话回来说老师家的饺子是羊肉胡萝卜馅的，跟奶奶包的不一样。
访谈者：亲戚帮吗？
受访者：我弟弟{{minority/kazakh:别克扎提·马哈提}}在{{trap/place:阿尔金山}}下面放牧，转场的时候帮我赶羊。老婆的妹妹{{minority/kazakh:巴合古丽}}在{{trap/place:酒泉}}开饭馆，每年冬天接孩子们去城里住几天。
访谈者：过节怎么过？
受访者：{{trap/minority_word:纳吾肉孜节}}，老婆炸{{trap/minority_word:包尔萨克}}，煮一大锅肉。我弹{{trap/minority_word:冬不拉}}，孩子们跟着唱。夏天乡上办{{trap/minority_word:阿肯弹唱}}，孙子说长大也要上台。我给他们讲{{trap/famous:阿拜}}的诗，讲{{trap/famous:霍加纳斯尔}}的笑话。去年过节乡上的干部来家里坐，孙女给他们倒奶茶，一点也不怕生。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。孙女老问妈妈什么时候来接她，老婆就说等你长大了。孙子不问，把他爸的马鞭挂在床头。去年转场的时候我从马上掉下来，躺了一个月，是邻居{{minority/kazakh:阿合买提·托列吾汗}}帮我把羊赶到了夏牧场。县医院的{{han:高建华}}大夫说我腰上有旧伤，再不能骑烈马了。我们老两口就怕哪天倒了，孩子们没人管。
访谈者：草场禁牧以后，收入够吗？
受访者：不够。禁牧有补贴，一年一万多，加上低保和孩子们的钱，吃饭穿衣够了，看病就紧。羊少了，我就跟老婆做奶疙瘩、缝花毡，拿到县城的集市上卖。老婆的手巧，一条花毡能卖一千多。乡上还办了个合作社，秋天统一收羊，价钱比贩子给得公道。
访谈者：登记信息。
受访者：家在{{address:阿克塞县阿勒腾乡多坝沟村二组6号}}，冬天住{{address:红柳湾镇团结小区4号楼1单元201室}}。我的身份证{{id_number@my1971.620924}}，孙子的{{id_number@my2014quad.620924}}。我电话{{mobile@plus86spaced}}，{{minority/kazakh:加米拉}}的电话{{mobile@s74}}，她微信{{wechat:Jamila_hbds}}。孙子的QQ，学校让他记住的，他背给你听：{{qq:58203917}}。
访谈者：名字在表上一样吗？
受访者：不一样。户口本上我是{{minority/kazakh:叶森别克·马哈提}}，低保卡上没有点，是{{minority/kazakh:叶森别克马哈提}}；孙子在学校是{{minority/kazakh:阿斯力别克努尔兰}}，在医院的单子上成了{{spaced:阿 斯 力 别 克}}。儿子的死亡证明上写成{{spaced:努尔兰 · 叶森别克}}，点两边都空着；孙女上幼儿园那会儿，花名册上是{{spaced:阿依达娜　·　努尔兰}}。老婆在合作医疗的表上是{{spaced:沙 吾 列 · 胡 安 德 克}}。
访谈者：您最盼什么？
受访者：孩子们长大。孙子说要当兽医，孙女说要当老师。羊没了可以再养，孩子得念书。
""")

# H207: Han juvenile-court judge in 海拉尔 (呼伦贝尔) reading from two case files.
DOCS["H207"] = ("staff", """\
访谈者：您在法院做少年审判多久了？
受访者：九年了。我叫{{han:战红英}}，在{{trap/place:海拉尔}}区法院的少年家事审判庭。今天带的是一件撤销监护人资格的案子，卷宗里的名字你们回去都要换掉。
访谈者：好，您说。
受访者：申请人是区{{trap/org:民政局}}。被申请人{{han:吕海滨}}，男，一九八四年生，身份证号{{id_number@my1984.150702}}，住{{address:海拉尔区胜利街道河东小区7号楼3单元502室}}。他长期酗酒，喝多了就打孩子。孩子{{han:吕梓萌}}，女，九岁，在{{school:海拉尔区第六小学三年级（2）班}}，身份证号{{id_number@wy2016hyphen.150702}}。孩子妈{{han:贺丽娟}}{{trap/year:2019年}}离家，一直联系不上。
访谈者：案子是怎么发现的？
受访者：学校先发现的。班主任{{han:郭淑芳}}老师看见孩子胳膊上有伤，报给了校长{{han:孟凡华}}，校长报了警。派出所民警{{han:孙立国}}出的警，把孩子送到{{trap/org:救助管理站}}临时照料。{{han:吕海滨}}他酒醒了还说是孩子自己摔的。检察官{{compound:呼延雪梅}}提前介入，{{compound:呼延雪梅}}跟孩子谈了两次，孩子才说出来。
访谈者：撤销监护人资格的案子多吗？
受访者：不多，一年两三件。大多数时候我们先调解、先帮扶，实在不行才撤销。这个案子之前，社区和学校给{{han:吕海滨}}做过好几次工作，他也写过保证书，可一喝酒就忘了。开庭那天他来了，一句话不说，最后说了一句：“我对不起孩子她奶奶。”他妈{{han:吕淑珍}}前些年走了，临走前把孩子托付给了他。
访谈者：孩子现在谁照顾？
受访者：姑姑{{han:吕海燕}}，住{{address:海拉尔区建设街道伊敏小区15号楼1单元301室}}，电话{{mobile@p86h}}。{{han:吕海燕}}说她家也不宽裕，但孩子不能不管。判了以后由她担任监护人，民政局每月给孩子{{trap/number:一千八百六}}。法律援助律师是{{compound:端木子涵}}，陪孩子出庭的社工叫{{compound:长孙梦瑶}}。
访谈者：孩子在庭上说了什么？
受访者：我们不让孩子上庭，在单独的房间里听她说，有社工陪着。她说想要一个不喝酒的爸爸，说想她妈。法官助理{{han:苗晓宇}}年轻，听完就在走廊里掉眼泪。判完后我们给孩子联系了心理老师，每周一次，一直做到现在。
访谈者：卷宗里名字写得规范吗？
受访者：有的不规范。申请书上孩子的名字写了两遍，“{{han:吕梓萌}}{{han:吕梓萌}}”，是书记员{{han:杜文涛}}打字时粘重了。调查笔录里有{{spaced:吕 梓 萌}}，妈妈写成{{spaced:贺　丽　娟}}，检察官签名那页打成了{{spaced:呼 延 雪 梅}}。
访谈者：还有别的案子吗？
受访者：还有一个，十五岁的蒙古族男孩{{minority/mongolian:阿尔斯楞}}，家在{{trap/place:鄂温克旗}}，偷了同学的手机。他爸{{minority/mongolian:宝音满达}}因为贩毒在{{trap/place:牙克石}}服刑，妈妈{{han:鄂秀梅}}是鄂温克族，有癫痫，犯病了人事不知。{{minority/mongolian:阿尔斯楞}}就跟奶奶{{minority/mongolian:萨仁娜}}过，奶奶不识字，管不住他。
访谈者：这个案子怎么处理的？
受访者：附条件不起诉，我们联系了学校和社区做帮教。孩子在{{school:鄂温克旗第二中学初三（3）班}}，班主任{{han:敖丽君}}老师答应每天盯着他。社区的{{han:何静怡}}给他做心理疏导。{{minority/mongolian:宝音满达}}在狱里给儿子写了一封信，说爸爸对不起你，孩子看了哭了一场。他现在在学校表现还行，上个月考试进了班里前二十。
访谈者：这个孩子的信息？
受访者：身份证号{{id_number@my2010tri.150724}}，住{{address:鄂温克旗巴彦托海镇团结嘎查三组14号}}。奶奶的电话{{mobile@plain}}。卷里附了他跟买手机的人的聊天记录，QQ号码在第三页，{{qq:1583046297}}。笔录上孩子的名字写成了{{spaced:阿 尔 斯 楞}}，他爸写成{{spaced:宝音 满达}}。
访谈者：您觉得这些孩子最缺什么？
受访者：缺一个靠得住的大人。法官不是{{trap/famous:包青天}}，判完了案子，孩子的日子还得有人陪着过。有的孩子判完了案子回到学校，同学们都知道了，抬不起头，我们就跟学校商量，替孩子保密。我们跟{{trap/org:妇联}}、团委建了个群，判过的孩子每季度回访一次。家里有事，可以打{{trap/hotline:12368}}找法院，或者打{{trap/hotline:12355}}青少年服务台。
访谈者：方便留一下您的联系方式吗？
受访者：我的工作微信{{wechat:zhanhy_hle}}，有事在微信上找我就行。
""")

# H208: Han grandmother in 铁岭 whose daughter left her two children behind.
DOCS["H208"] = ("family", """\
访谈者：大娘，您家现在都有谁？
受访者：我，老头子，俩外孙。我叫{{han:佟桂芝}}，六十五了，住{{trap/place:铁岭}}县城边上。老头子{{han:白福山}}早些年在{{trap/place:调兵山}}煤矿下井，腰坏了。闺女{{han:白丽娜}}前年撂下俩孩子跟人跑{{trap/place:大连}}去了，电话号都换了。女婿{{han:关大勇}}在{{trap/place:沈阳}}工地上摔了，瘫在他妈家炕上。俩孩子就扔给我们老两口了。
访谈者：孩子们多大？
受访者：外孙女{{han:关欣悦}}十一，小名叫{{han:胖妞}}，在{{school:铁岭县第二小学五年级（3）班}}。外孙{{han:关浩博}}七岁，小名{{han:嘎子}}，上一年级。{{han:胖妞}}都会做饭了，我腿疼的时候她给我煮面条。{{han:嘎子}}就是淘，上房揭瓦。
访谈者：孩子妈妈还联系吗？
受访者：不联系。{{han:白丽娜}}她过年给{{han:胖妞}}发过一个红包，二百块，完了又没动静了。孩子拿着手机哭了一宿。
访谈者：闺女走的时候说啥了吗？
受访者：啥也没说。那天早上她说去县里买东西，把俩孩子放我这儿，晚上就没回来。第二天发了个短信，说妈我对不起你，孩子你先帮我带着。后来就打不通了。外孙女那年九岁，天天站在楼道口等她妈，等到天黑。小的那个，问了几回就不问了，管我叫妈。我听着心里跟刀割一样。
访谈者：孩子爸爸那边呢？
受访者：{{han:关大勇}}瘫了以后脾气坏，一个月给孩子打一回电话。他也想孩子，可他自个儿都顾不上。他妈说，等孩子大了别恨他们。我说孩子不恨，孩子没{{trap/word:那么}}多心眼，就是想要个家。
访谈者：谁帮你们？
受访者：社区的儿童主任{{han:那淑琴}}，我们有事都找{{han:那淑琴}}。她给俩孩子报了事实无人抚养，一人一个月{{trap/number:一千五百三}}。网格员{{han:隋志鹏}}小伙子每礼拜来看一眼，帮老头子去医院开药。派出所的{{han:矫建军}}所长帮着找过我闺女，查到她在大连，人家不回来也没法子。
访谈者：学校呢？
受访者：{{han:胖妞}}的班主任{{han:鞠晓丹}}老师，人好，开家长会我听不明白，她就单独跟我说。{{han:嘎子}}他们{{han:初春华}}老师也说孩子聪明，就是坐不住。学校的心理老师叫{{compound:南宫雪}}，每礼拜给外孙女上一次课。区里社工站的{{compound:公冶春阳}}，跟{{compound:闻人海燕}}一块来，给孩子们买了冬天的棉袄。
访谈者：邻居们呢？
受访者：对门{{han:金凤霞}}大姐，烙了饼就给孩子们送两张。楼下{{han:杜长顺}}家有车，孩子半夜发烧，是他送到医院的。女婿他妈{{han:关玉珍}}在{{trap/place:开原}}，身体也不好，一年来看一回孩子。
访谈者：您带孩子最难的是啥？
受访者：辅导作业。我就念到小学三年级，孩子的数学题我看不懂，只能让{{han:胖妞}}去问楼上的大学生{{han:董佳琪}}，人家放假回来就给她讲，不收钱。{{han:董佳琪}}还把她用过的辅导书都送给了孩子。
访谈者：社区还给你们办过啥？
受访者：给老头子申请了残疾证，每月有一百多的护理补贴。冬天的取暖费社区给减了一半。去年六一，街道组织困境儿童去{{trap/place:龙首山}}春游，俩孩子回来说了好几天。过年社区给送米送面，还有一箱冻饺子，孩子们说比我包的好吃，我听了也乐。
访谈者：您跟老头子身体怎么样？
受访者：我高血压，老头子腰不行，冬天{{trap/local_word:猫冬}}，哪儿也不去。入冬我腌两缸{{trap/local_word:酸菜}}，得用大{{trap/word:白菜}}，够吃一冬。老头子爱听{{trap/local_word:二人转}}，爱看{{trap/famous:赵本山}}的小品，孩子们跟着笑。晚上八点就{{trap/word:关门}}睡觉，省电。我这腿一到阴天就疼，上楼得扶着栏杆，歇三回。
访谈者：登记信息。
受访者：家在{{address:铁岭县腰堡镇前屯村三组27号}}，女婿他妈家在{{address:开原市新城街道兴开小区9号楼2单元401室}}。我的身份证{{id_number@wy1960.211221}}，外孙女的{{id_number@wy2014x.211221}}。我的电话{{mobile@fws}}，{{han:那淑琴}}的{{mobile@plus86}}，她的微信{{wechat:nashuqin_tl}}。{{han:胖妞}}有个QQ，说是她妈以前给她申请的，号码我记在日历上了，你抄吧：{{qq:470218563}}。
访谈者：名字在表上写得对吗？
受访者：有写岔的。低保表上我是{{spaced:佟 桂 芝}}，学校表上外孙女成了{{spaced:关　欣　悦}}，闺女成了{{spaced:白丽 娜}}，社工签名写成了{{spaced:公 冶 春 阳}}。
访谈者：您最盼什么？
受访者：盼闺女回心转意，回来看看孩子。我跟老头子再撑几年，把俩孩子拉扯大。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=201,
          trap_floor=BRIEF_TRAP_FLOOR,
          written_with=("holdout26",))  # (written side by side with set 26)


if __name__ == "__main__":
    main()
