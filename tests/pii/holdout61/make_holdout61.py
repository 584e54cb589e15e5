# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 61 (tests/pii/holdout61/H473-H480 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 60, written at the same time by another
writer, is not an earlier set).

Set 61 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
红原 (阿坝), crippled by rheumatoid arthritis, whose husband is in prison for a drunken fight, with Tibetan neighbours
and a Tibetan children's director; a Tibetan grandfather in 察雅 (昌都) whose son died in a landslide on a building
site in 拉萨 and whose daughter-in-law remarried; a Hui grandmother in 泗洪 (宿迁) whose son drowned on 洪泽湖, whose
husband is paralysed by a stroke and whose daughter-in-law went home with depression; a Han mother in 睢宁 (徐州)
whose husband lost a leg in a factory and whose three children go by word nicknames; a Han kindergarten teacher in
赣榆 (连云港) who keeps in touch with the families of four children on WeChat and QQ; a Uyghur grandmother from 和田
in 乌鲁木齐 whose son is on dialysis and whose daughter-in-law left after the divorce; a Han procurator in 淮安
reading from the file of a 13-year-old boy caught stealing batteries (father in prison, mother gone, grandmother in
hospital); and a Han grandfather in 九龙 (甘孜) raising two grandchildren after his son died in a mine. The emphasis
is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of
four to six characters (乌日汗满都拉, 布和朝鲁门, 阿拉坦沙, 苏雅拉其其格) and after the Han surname 包 (包斯琴巴特尔),
with short forms after the full name (敖敏其其格 then 敖敏就, 那木罕图雅 then 那木罕她说); Amdo and Kham Tibetan names
(泽郎多吉, 杨初措就, 尕让扎西, 洛松次仁, 格桑旺堆, 央宗卓嘎, 泽仁曲吉她, 白玛拥宗说, 索朗旺杰家, 扎西卓嘎说,
泽仁拥措老师) with short forms (俄么卓玛 then 俄么说, 德吉央措 then 央措她) and the Han names of Tibetans (罗松林,
赵德永); Hui Han-form names (哈素珍, 沙德明, 沙浩宇, 杨文彬) beside 经名 used alone (哈比拜, 法图玛, 于努斯也,
易德里斯) and a Han surname before an Arabic name (沙尤努斯, 马穆撒 then 穆撒的, 金宰乃白, 丁达吾德); Uyghur given
name + father's name with and without the dot (巴哈古丽·买提尼亚孜, 艾合麦提江·吐尔洪 and 艾合麦提江吐尔洪,
吾布力卡斯木·艾合麦提江, 米日阿依·艾合麦提江, 古再丽娜·艾散) with short forms (卡斯木也, 米日阿依就, 艾合麦提江他,
古再丽娜书记); Han word nicknames, annotated whole (秧苗说, 小船就, 铃铛还); Han names with common surnames and the
rare ones of the voices' regions (仝, 晁, 厉, 仲, 卞, 嵇, 濮, 郁, 谈, 臧, 郇, 苟, 冉), with titles and kin words
(杨春枝大夫, 何家林老师, 罗天福所长, 仝玉华婶, 晁红梅大姐; the span is the name only), names that contain or end in
words (王家富, 刘春风, 岳建设, 唐开山, 冉光明, 吴长河, 季春生, 谈建平), a name written twice on a form
(卞国庆卞国庆), names directly before particles and verbs (罗建明说, 何家林也, 王家富那边, 唐开山他们家, 岳建设都,
朱长海他, 郁明华她) and after 叫/是/给/跟/找/让; names spaced out character by character in half- and full-width
spaces, a dotted name with spaces around the dot (米日阿依 · 艾合麦提江) and names split in two (阿拉坦 沙, 泽郎 多吉,
德吉 央措, 诸葛 婧, 巴哈古丽 买提尼亚孜); compound surnames after ordinary words; and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:仝玉华}}``, ``{{qq:2749301856}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016spaced.513233}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced; plus86, plus86dash, plus86spaced, p86n, s38, h38, s74, s434, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 大姐, 婶) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边) are
outside the span; a word nickname (秧苗, 小船, 铃铛) is annotated whole. Han-style names of Tibetan and Hui people
(罗松林, 赵德永, 哈素珍, 沙浩宇) and of the Yi daughter-in-law's family (吉秀英, 吉志华) are category han; a Han surname
before a non-Han given name (包斯琴巴特尔, 沙尤努斯, 马穆撒) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout61/make_holdout61.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(61_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["132", "137", "139", "145", "153", "156", "158", "172", "175", "181", "186", "189", "195",
                   "197"]

DOCS: dict[str, tuple[str, str]] = {}

# H473: Mongolian mother in 红原 (阿坝); her husband is in prison, she has rheumatoid arthritis; Tibetan neighbours.
DOCS["H473"] = ("family", """\
访谈者：大姐，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:乌日汗满都拉}}，是从{{trap/place:锡林郭勒}}嫁过来的蒙古族，在{{trap/place:红原}}住了十五年了。这边牧民多是藏族，邻居们嫌我名字长，就叫我蒙古嫂子。我男人{{minority/mongolian:布和朝鲁门}}前年喝了酒跟人打架，把人打成了重伤，判了六年，在{{trap/place:成都}}那边服刑。家里就剩我、两个娃娃和我婆婆。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:阿拉坦沙}}十二岁，在{{school:红原县民族寄宿制小学六年级（2）班}}住校；女儿{{minority/mongolian:敖敏其其格}}八岁，在{{school:瓦切镇中心校二年级（1）班}}。家里都叫她{{minority/mongolian:敖敏}}。{{minority/mongolian:敖敏}}就爱跟着邻居家的牦牛犊跑，一跑一身泥，回来还笑。
访谈者：孩子爸爸出事以后，家里靠什么过日子？
受访者：靠低保和草场补助。我们有一百多亩草场，十几头牦牛，我一个女人放不过来，托给邻居{{minority/tibetan:泽郎多吉}}帮着放，年底分他两头牛犊。我有类风湿，手指头都弯了，挤奶都费劲。县医院的{{han:杨春枝}}大夫给我开了病情证明，乡上的民政干部{{han:罗建明}}拿着证明跑了三趟，两个娃娃才按事实无人抚养批下来，一个月一人{{trap/number:一千一百六}}。{{han:罗建明}}说，政策就是给你们这样的人家定的，不要不好意思。
访谈者：婆婆身体怎么样？
受访者：婆婆{{minority/mongolian:那木罕图雅}}七十三了，年轻时跟着公公从{{trap/place:呼伦贝尔}}调到这边的种畜场当兽医。公公走得早。她每天早上起来熬奶茶，拿蒙古话给孙女唱歌。{{minority/mongolian:那木罕}}她说，草原到哪儿都是一样的草原，人心也一样。
访谈者：邻居们帮得多吗？
受访者：多。隔壁{{minority/tibetan:泽郎多吉}}和他老婆{{minority/tibetan:杨初措}}两口子都是藏族。{{minority/tibetan:杨初措}}就跟我亲姐姐一样，我犯病下不了床的时候，她过来挤奶、捡牛粪、给娃娃做饭。村里的儿童主任叫{{minority/tibetan:俄么卓玛}}，大家都叫她{{minority/tibetan:俄么}}，年轻，会用电脑，娃娃们的材料都是她录的。{{minority/tibetan:俄么}}说，有事就给她打电话，半夜也行。村支书{{minority/tibetan:尕让扎西}}带人给我们家修了牛圈，还拉来两车饲草。
访谈者：娘家那边呢？
受访者：我哥哥{{minority/mongolian:包斯琴巴特尔}}在{{trap/place:锡林浩特}}开修车铺，每年开春给娃娃们寄学费。我妹妹{{minority/mongolian:苏雅拉其其格}}去年夏天来住了一个月，帮我剪羊毛。她走的时候{{minority/mongolian:敖敏}}哭着抱住她的腿不放。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任是{{han:何家林}}老师，他说{{minority/mongolian:阿拉坦沙}}他数学好，就是爸爸出事以后不爱说话了。有一回班上有娃娃说他爸是劳改犯，他把人家推倒了。{{han:何家林}}也没骂他，把两个娃娃叫到一起坐下来说开了。学校的心理老师{{han:苟晓燕}}每周找他聊一回，现在他见了人也肯打招呼了。
访谈者：社工来过吗？
受访者：来过。州上社工站有个姑娘叫{{compound:慕容晓薇}}，跟她一起来的是{{compound:长孙海洋}}，每月来一趟，给娃娃们带书和彩笔。暑假里{{compound:慕容晓薇}}还带{{minority/mongolian:阿拉坦沙}}去{{trap/place:马尔康}}参加了夏令营，他回来说见到了好多跟他一样的娃娃。
访谈者：过节的时候呢？
受访者：藏历年跟邻居们一起过，他们{{trap/minority_word:煨桑}}、转经，我们也去。正月里我们自己过{{trap/minority_word:查干萨日}}，煮{{trap/minority_word:手把肉}}，婆婆给娃娃们讲{{trap/famous:嘎达梅林}}的故事。夏天{{trap/place:月亮湾}}那边办赛马会，娃娃们穿上袍子去看，{{trap/word:白天}}看了晚上还说梦话。
访谈者：冬天草原上怎么过？
受访者：冬天零下二三十度，雪一下就是半个月。牛圈里冷，牛犊冻死过两头，我心疼得哭了一场。乡上给我们家换了新的暖棚，还送了一吨煤。娃娃们放寒假回来，围着炉子写作业，婆婆在边上搓毛线。我手疼得厉害的时候，就让儿子帮我烧火，他十二岁，已经会熬奶茶了。日子是苦，可一家人在一起，心里是暖的。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:红原县瓦切镇日干乔村二组14号}}，冬天娃娃们上学方便，我们在县城租了两间房。女儿的身份证{{id_number@wy2016spaced.513233}}。我电话{{mobile@plain}}，{{minority/tibetan:俄么}}的电话{{mobile@h38}}。我的微信是儿子帮着注册的，叫{{wechat:wurihan_mdl}}。儿子有个QQ，说是上网课用的，号码他用粉笔写在门背后了，你看那一串：{{qq:2749301856}}。
访谈者：表上的名字写得对吗？
受访者：不大对。低保表上我是{{spaced:乌 日 汗 满 都 拉}}，儿子成了{{spaced:阿拉坦 沙}}，婆婆写成了{{spaced:那　木　罕　图　雅}}，还有把邻居写成{{spaced:泽郎 多吉}}的。
访谈者：您最盼什么？
受访者：盼娃娃们念成书。他爸出来的时候，儿子就十六了，我跟儿子说，你爸做错了事，可他还是你爸。
""")

# H474: Tibetan grandfather in 察雅 (昌都); his son died in a landslide at a building site, the mother remarried.
DOCS["H474"] = ("family", """\
访谈者：阿爸，您家里现在几口人？
受访者：四口。我叫{{minority/tibetan:洛松次仁}}，六十七岁，汉名叫{{han:罗松林}}，是年轻时在县上修公路的时候登记的。家在{{trap/place:察雅}}县城往南的山沟里，离{{trap/place:昌都}}一百多公里。儿子{{minority/tibetan:格桑旺堆}}前年在{{trap/place:拉萨}}的工地上遇到塌方，没救过来。儿媳{{minority/tibetan:央宗卓嘎}}过了一年改嫁到{{trap/place:芒康}}去了，两个娃娃留给我和老伴。
访谈者：孩子们多大了？
受访者：孙子{{minority/tibetan:次旺尼玛}}十一岁，在{{school:察雅县烟多镇完全小学五年级（3）班}}；孙女{{minority/tibetan:德吉央措}}七岁，在同一个学校，读一年级。家里叫她{{minority/tibetan:央措}}。{{minority/tibetan:央措}}她胆子小，晚上不敢一个人睡，要挨着奶奶。
访谈者：老伴身体怎么样？
受访者：老伴{{minority/tibetan:泽仁曲吉}}腿上有关节病，冬天走不了远路。{{minority/tibetan:泽仁曲吉}}她每天还是起得最早，烧茶、拌糌粑，把两个娃娃收拾干净了送下山。
访谈者：这些年谁帮过你们？
受访者：村支书{{minority/tibetan:扎西罗布}}，汉名叫{{han:赵德永}}，他给娃娃们报的事实无人抚养，一个月一人{{trap/number:一千二百七十}}。儿童主任{{minority/tibetan:白玛拥宗}}每个月上山来一趟，看看娃娃们吃得怎么样、衣服够不够。{{minority/tibetan:白玛拥宗}}说，她小时候也是奶奶带大的。乡上的民政专干{{han:周国平}}每季度来核一回。乡卫生院的{{han:刘卫红}}大夫给老伴看腿，药费能报大半。从{{trap/place:天津}}来援藏的医生里，有个叫{{compound:司马立新}}的，还给孙子看过眼睛。县里社工站来过两个人，一个是{{compound:上官梦洁}}，一个是{{minority/tibetan:江措}}。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/tibetan:阿旺群培}}在{{trap/place:左贡}}放牦牛，秋天赶着牛下来，总给娃娃们留一腿牛肉。他就是话少。儿媳那边的舅舅{{minority/tibetan:索朗旺杰}}在县城开小卖部，娃娃们上学路过，他给塞糖塞本子。{{minority/tibetan:索朗旺杰}}家的门我们随时能进。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任是汉族老师，叫{{han:邓卫国}}，从{{trap/place:四川}}来的。{{han:邓卫国}}说{{minority/tibetan:次旺尼玛}}写字好看，就是数学跟不上。学校给他免了住宿费，每个礼拜五我骑摩托下山接他。孙子想他爸，有一回把他爸的照片夹在课本里，被同学看见了，他就哭了。老师抱着他，说你爸爸在天上看着你呢。
访谈者：过节呢？
受访者：{{trap/minority_word:望果节}}的时候村里跳{{trap/minority_word:锅庄}}，娃娃们跟着转圈。老伴给他们讲{{trap/famous:唐东杰布}}修铁索桥的故事，说人只要肯干，江上也能走过去。藏历年我们去寺里点酥油灯，给儿子念经。
访谈者：冬天怎么过？
受访者：冬天雪大，山路走不了，娃娃们就住在学校。我跟老伴在家喂牛，烧牛粪，挖点{{trap/minority_word:虫草}}换钱的年纪过去了，今年一根也没挖着。乡上给我们家装了太阳能热水器，老伴说这辈子第一次在家里洗上热水澡。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。孙女小，老问阿妈去哪儿了，老伴就说阿妈去很远的地方挣钱了。孙子大一点，知道他阿爸不在了，他不哭，就是爱一个人坐在山坡上看着路。去年他阿妈从芒康打来一个电话，孙子拿着手机半天不说话，挂了以后跑到牛圈里待了一下午。我嘴笨，不会劝，就带他去转经，转完了他心里好受一点。乡上每年暑假办夏令营，请社工带娃娃们做游戏，回来话都多了。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:察雅县烟多镇香堆村四组9号}}，舅舅家在{{address:烟多镇幸福家园小区2栋3单元402室}}。我身份证{{id_number@mold.540325}}，孙子的{{id_number@my2013hyphen.540325}}。我电话{{mobile@s38}}，{{minority/tibetan:白玛拥宗}}的电话{{mobile@plus86}}，她的微信是{{wechat:baimayongzong_cy}}。孙子有个QQ，是老师让申请的，号码在他作业本皮上，他念过一遍：{{qq:1583920476}}。
访谈者：名字写得对吗？
受访者：写法多。有把孙子写成{{spaced:次 旺 尼 玛}}的，有写成{{spaced:德吉 央措}}的，我在户口本上是{{spaced:洛　松　次　仁}}，老伴有时候成了{{spaced:泽仁 曲吉}}。
访谈者：您最大的心愿呢？
受访者：娃娃们念书念出去，回来当老师、当医生。我老了，能把他们送到初中毕业，就对得起他们的阿爸了。
""")

# H475: Hui grandmother in 泗洪 (宿迁); her son drowned on the lake, her daughter-in-law went home with depression.
DOCS["H475"] = ("family", """\
访谈者：奶奶，您先说说家里的情况。
受访者：我叫{{han:哈素珍}}，经名叫{{minority/hui:哈比拜}}，今年六十八，是{{trap/place:泗洪}}城南的回民。老伴{{han:沙德明}}三年前中了风，半边身子不能动。儿子{{han:沙宏亮}}在{{trap/place:洪泽湖}}上打鱼，前年秋天起大风，船翻了，人没了。儿媳{{han:金玉芳}}受不了，得了抑郁症，回了{{trap/place:盱眙}}娘家，吃着药。两个孙子孙女就跟着我和老伴。
访谈者：孩子们多大了？
受访者：孙子{{han:沙浩宇}}十三岁，寺里登记的名字是{{minority/hui:沙尤努斯}}，阿訇给起的；孙女{{han:沙梦琪}}九岁，经名{{minority/hui:法图玛}}。{{han:沙浩宇}}在{{school:泗洪县第二实验学校初一（4）班}}，孙女在{{school:青阳小学三年级（5）班}}。在家我们都喊经名，叫他{{minority/hui:于努斯}}。{{minority/hui:于努斯}}也知道帮爷爷翻身、擦身子。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:孙玉霞}}，她帮我们报了事实无人抚养，一个月一人{{trap/number:一千五百一}}。老伴有低保，残疾证也是她陪着去{{trap/org:县残联}}办的。{{han:孙玉霞}}她说，奶奶你别跑了，腿脚不好，我替你跑。寺里的阿訇{{han:杨文彬}}，经名{{minority/hui:易德里斯}}，每个礼拜五散了主麻都来家看看。寺里的乡老{{minority/hui:丁达吾德}}管着坊上的济贫钱，逢年过节给我们送米送油。
访谈者：还有别人吗？
受访者：邻居{{minority/hui:马穆撒}}是开牛肉馆的，娃娃们放了学就在他店里写作业，他给娃娃们一人一碗牛肉汤。{{minority/hui:穆撒}}的媳妇{{minority/hui:金宰乃白}}心细，孙女的头发都是她扎的。街道上的社工{{compound:皇甫雅静}}和{{compound:令狐鸿飞}}常来，还有个实习的小姑娘叫{{compound:宇文书亭}}，给孙女补英语。
访谈者：孩子们在学校怎么样？
受访者：孙子他们班主任{{han:吴长河}}老师说，他爸走了以后成绩掉得厉害，上课老是发呆。{{han:吴长河}}就让他当了个生活委员，管班里的饮水机，慢慢有了笑脸。孙女的老师{{han:郇晓丽}}带她去参加了学校的合唱团。{{minority/hui:法图玛}}唱歌声音亮，老师都夸。
访谈者：儿媳妇还来看孩子吗？
受访者：来。她病轻的时候坐车过来，带两袋{{trap/minority_word:馓子}}，搂着孩子哭。我跟她说，你先把病看好，孩子有我呢。她哥哥{{han:金玉龙}}在{{trap/place:南京}}打工，每个月给孩子打五百块钱。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:圣纪节}}，坊上炸{{trap/minority_word:油香}}，我带娃娃们去{{trap/org:清真寺}}。我给他们讲{{trap/famous:项羽}}在{{trap/place:宿迁}}举鼎的故事，又讲咱回回人要诚实、要干净。孙子说他长大了要当船长，我听了心里一紧，又不能说他。
访谈者：日子上最难的是什么？
受访者：老伴要人伺候，一天要翻好几次身。我年纪大了，抱不动，孙子放学回来{{trap/word:马上}}就帮我。有时候我心里苦，就去寺里坐一会，跟女人们说说话。钱上面，低保、补贴都按时到，不至于挨饿，就是老伴的药贵，一个月五六百。医保报了一部分，剩下的{{trap/word:沙发}}底下那点积蓄也快用完了。
访谈者：坊上的人怎么看你们家？
受访者：大多数人是好心的。也有人说闲话，说儿媳妇不该丢下孩子走。我听见了就说，她是病了，不是心坏，谁家没有个难处？主麻散了以后，女人们在寺门口坐一会儿，谁家有旧衣裳、旧书包，就收拢起来，洗干净了给娃娃们。孙女穿着合身，脸上也有了笑模样。我这辈子没读过书，就知道一条，人要互相帮着，才过得下去。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:泗洪县青阳街道回民巷18号}}，儿媳娘家在{{address:盱眙县马坝镇古桑村五组27号}}。我身份证{{id_number@wold.321324}}，孙子的{{id_number@my2011quad.321324}}。我电话{{mobile@spaced}}，{{han:孙玉霞}}的{{mobile@hyphen}}，她微信{{wechat:sunyuxia_qyjd}}。孙子有QQ，跟他妈视频用的，号码是——他写在日历上了——{{qq:39146027}}。
访谈者：表上名字写得对吗？
受访者：经名是音译，各人写各的。有的表把孙子写成{{spaced:沙 浩 宇}}，把孙女写成{{spaced:沙梦 琪}}，我自己在花名册上是{{spaced:哈　素　珍}}，邻居成了{{spaced:马 穆 撒}}。
访谈者：您最盼什么？
受访者：盼儿媳妇病好了回来，一家人团团圆圆。娃娃们平平安安长大，别再往湖上去。
""")

# H476: Han mother in 睢宁 (徐州); her husband lost a leg at work, her three children go by word nicknames.
DOCS["H476"] = ("family", """\
访谈者：大姐，您家里现在是什么情况？
受访者：我叫{{han:魏秀芹}}，在{{trap/place:睢宁}}乡下。孩子他爸{{han:朱长海}}前年在{{trap/place:昆山}}的厂里被机器轧了腿，截了肢，回来以后整天躺着，不爱说话。我有甲状腺的毛病，干不了重活。家里三个孩子，都是小名叫惯了的，大的{{han:朱麦苗}}，我们叫她{{han:秧苗}}；老二{{han:朱一舟}}，叫{{han:小船}}；最小的{{han:朱玲玲}}，叫{{han:铃铛}}。
访谈者：孩子们多大了？
受访者：{{han:秧苗}}十四，在{{school:睢宁县古邳中学初二（3）班}}；{{han:小船}}十岁，在{{school:古邳镇中心小学四年级（2）班}}；{{han:铃铛}}五岁，上幼儿园。{{han:秧苗}}说她不念了，要出去打工供弟弟妹妹，我把她骂哭了。{{han:小船}}就皮，{{han:铃铛}}还小，跟着我寸步不离。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:仝玉华}}婶，她帮我报了低保，三个孩子按困境儿童算，每月一人{{trap/number:五百九十}}。{{han:仝玉华}}她说，你家情况这样，不用不好意思。村支书{{han:王家富}}那边给孩子他爸申请了残疾证，{{trap/org:县残联}}给配了个假肢，他试了两回就不肯戴了。镇上民政办的{{han:晁红梅}}大姐，年年冬天给孩子们送棉衣。
访谈者：孩子爸爸现在怎么样？
受访者：{{han:朱长海}}他心里过不去那个坎，脾气坏，摔东西。镇卫生院的{{han:邵明亮}}大夫说他是抑郁了，要吃药。县里的心理援助热线{{trap/hotline:12356}}来过电话，社工{{compound:欧阳采薇}}上门来了三回，陪他说话。跟她一起来的还有个男孩子，叫{{compound:诸葛怀瑾}}，帮着把家里的旧门修好了。现在{{han:朱长海}}也肯下床在院子里坐一会儿了。
访谈者：孩子们在学校怎么样？
受访者：{{han:秧苗}}学习好，班主任是{{han:岳建设}}老师。{{han:岳建设}}都来家访两回了，说这孩子不能不念书，学校给她申请了助学金。{{han:小船}}的班主任{{han:刘春风}}老师年轻，她说{{han:小船}}上课爱接话，可心眼好，班上谁的笔掉了他都去捡。有一次{{han:小船}}跟人打架，是人家说他爸是瘸子。
访谈者：亲戚们呢？
受访者：我娘家妈{{han:邵凤英}}七十了，隔三岔五骑电动三轮过来，给我们蒸一锅馍。孩子他叔{{han:朱家旺}}在{{trap/place:徐州}}开出租，逢年过节拎点东西来。他也难，自己家两个孩子上学。
访谈者：日子最难的时候是什么样的？
受访者：孩子他爸刚出事那阵，我在医院陪床，三个孩子在家没人管，{{han:秧苗}}给弟弟妹妹做饭，把手烫了。我回来看见，抱着她哭。那时候我也想过不活了，是{{han:仝玉华}}婶天天来陪我说话，把我拉回来的。现在我在村里的手套加工点干活，一天能挣六七十。
访谈者：孩子们平时玩什么？
受访者：村东头有条河，{{han:小船}}就爱去那儿，我最怕。我跟他讲{{trap/famous:张良}}在{{trap/place:古邳}}桥上给老人拾鞋的故事，说做人要有耐性，他听完就跑了。{{han:铃铛}}爱唱歌，跟着手机学。{{trap/word:周末}}三个孩子帮我剥花生，一人一个小板凳排成一排。
访谈者：家里地里的活谁干？
受访者：家里有三亩地，种麦子和花生，收的时候请邻居帮忙，我们管顿饭。大闺女放了假就下地，晒得黑黑的，一声苦都不叫。我在加工点干活，中午回来给他爸做饭、换药，下午再去。晚上孩子们睡了，我坐在床边算账，低保、补贴、我挣的，刚够吃穿和孩子们上学。去年村里给我们家装了个扶手，他爸能自己扶着上厕所了，这对他是个大事，他那天晚上多吃了半碗饭。
访谈者：表上要登记地址、号码。
受访者：家在{{address:睢宁县古邳镇张圩村三组45号}}，我妈家在{{address:睢宁县凌城镇魏庄村二组8号}}。我身份证{{id_number@wspaced.320324}}，孩子他爸的{{id_number@mhyphen.320324}}。我电话{{mobile@plain}}，{{han:朱家旺}}的{{mobile@s434}}。{{han:仝玉华}}婶的微信叫{{wechat:tongyuhua_zhangwei}}。{{han:秧苗}}有个QQ，跟她同学发作业的，号码她写在日历背面：我念给你，{{qq:604817259}}。
访谈者：孩子的名字在表上写得对吗？
受访者：有错的。学校的表上把大的写成{{spaced:朱 麦 苗}}，把老二写成{{spaced:朱一 舟}}，我的名字在低保本上是{{spaced:魏　秀　芹}}，村里签字表上孩子他爸成了{{spaced:朱 长 海}}。
访谈者：最后您想说什么？
受访者：我就盼孩子们都能把书念完。他爸腿没了，心不能也没了。我跟孩子们说，咱家{{trap/word:高兴}}的日子在后头呢。
""")

# H477: Han kindergarten teacher in 赣榆 (连云港) who keeps in touch with the families on WeChat and QQ.
DOCS["H477"] = ("teacher", """\
访谈者：老师，您班上有多少困境儿童？
受访者：我叫{{han:厉春燕}}，在{{trap/place:赣榆}}城里一所幼儿园带{{school:赣榆区青口镇第二幼儿园中（3）班}}。班上二十八个孩子，有四个是困境儿童。这些家长平时忙，很多事都是在微信和QQ上说的。
访谈者：说说这四个孩子吧。
受访者：第一个叫{{han:徐梓墨}}，爸爸{{han:徐海龙}}出海打鱼，船在{{trap/place:海州湾}}出了事，人没找回来。妈妈{{han:宋晓丹}}去了{{trap/place:上海}}做月嫂，孩子跟爷爷奶奶。家长群里{{han:徐梓墨}}爷爷的微信名就叫“{{han:徐梓墨}}爷爷”，微信号是{{wechat:xuzimo_yeye1956}}。老人不会打字，每回都发语音。
访谈者：第二个呢？
受访者：第二个{{han:祝一鸣}}，妈妈{{han:祝红英}}是聋哑人，爸爸{{han:孙长根}}在服刑，还有三年。孩子跟外婆{{han:蔡玉珍}}过。{{han:蔡玉珍}}她不用微信，用QQ，号是她外孙女给申的，我存在手机里，你看——{{qq:827403615}}。我有事就在QQ上给她留言，她外孙女放学回来念给她听。
访谈者：第三个？
受访者：第三个是孤儿，{{han:葛欣然}}，爸妈出车祸走了，跟着大伯{{han:葛振东}}一家。大伯母{{han:吕雪梅}}对孩子好，家长会都是她来。{{han:吕雪梅}}的微信叫{{wechat:lvxuemei_qingkou}}，朋友圈里全是孩子的照片。民政给孩子发孤儿基本生活费，每月{{trap/number:一千九百八十}}，是街道的儿童主任{{han:王淑芹}}帮着办的。
访谈者：第四个？
受访者：第四个叫{{han:厉子航}}，跟我一个姓，不是亲戚。妈妈{{han:厉美华}}有尿毒症，爸爸在{{trap/place:日照}}港打零工。孩子穿得单薄，我跟园长{{han:仲秀云}}说了，园里给他买了棉服。{{han:厉美华}}在QQ上跟我说谢谢，她的QQ号码{{qq:1046273958}}，头像是孩子画的太阳。
访谈者：园里还有谁管这些孩子？
受访者：配班老师{{compound:东方若兰}}，保健医生{{compound:公孙巧云}}。{{compound:东方若兰}}负责家长群，每天晚上把孩子们的照片发给家长看。街道社工站的{{compound:尉迟文博}}每个月来做一次亲子活动，还请来了{{trap/org:区妇联}}的心理老师{{han:鲍雯雯}}。
访谈者：孩子们在园里怎么样？
受访者：{{han:徐梓墨}}就爱画船，画了好多条，每条船上都有个人。我们不敢多问，{{han:鲍雯雯}}老师说让他画，画出来就好。{{han:祝一鸣}}不爱说话，可是手巧，折纸折得比我还好。{{han:葛欣然}}最黏我，午睡要拉着我的手。{{han:厉子航}}他妈住院的时候，他天天问我妈妈什么时候来接。
访谈者：平时上课讲些什么？
受访者：我们这边有{{trap/place:花果山}}，孩子们最爱听{{trap/famous:孙悟空}}的故事。还讲{{trap/famous:徐福}}东渡的传说，{{trap/place:秦山岛}}就在海上，天好的时候能看见。孩子们说要坐船去找{{han:徐梓墨}}的爸爸，我听了心里难受。
访谈者：您怎么跟这些家长联系？
受访者：主要靠微信。{{han:葛振东}}的微信是{{wechat:gzd_haixian88}}，他卖海鲜，朋友圈都是鱼。{{han:孙长根}}在里面，只能写信，我把孩子的画拍了照，让外婆寄过去。园长{{han:仲秀云}}的电话{{mobile@plus86dash}}，我的电话{{mobile@fws}}。
访谈者：这些孩子在园里跟别的孩子有什么不一样？
受访者：有的特别黏人，早上来了就抱着老师的腿不撒手；有的一整天不说话，午睡的时候偷偷哭。我们给每个困境儿童建了成长档案，记他们吃饭、睡觉、情绪，每个月跟家长对一次。开家长会来的多是爷爷奶奶，有的不识字，我就一条一条念给他们听，念完了再在群里发一遍语音。我跟他们说，孩子在园里有老师，在家里有您，有事别怕麻烦我们。
访谈者：登记表呢？
受访者：{{han:徐梓墨}}家在{{address:赣榆区海头镇海脐村五组31号}}，{{han:葛振东}}家在{{address:青口镇金海花园9号楼2单元503室}}。{{han:葛欣然}}的身份证{{id_number@wy2019fullwidth.320707}}。
访谈者：名字有写错的吗？
受访者：有。家长群里有人把孩子写成{{spaced:徐 梓 墨}}，表上{{han:祝一鸣}}成了{{spaced:祝一 鸣}}，园里的签到表上配班老师被写成{{spaced:东　方　若　兰}}，保健医生成了{{spaced:公 孙 巧 云}}。
访谈者：您做这些累不累？
受访者：累，可是看到孩子们笑，就值了。这几个孩子将来上了小学，我还想在QQ上跟家长们联系，看看孩子们过得好不好。
""")

# H478: Uyghur grandmother in 乌鲁木齐 from 和田; her son is on dialysis, his wife left after the divorce.
DOCS["H478"] = ("family", """\
访谈者：奶奶，您身体还好吧？我们慢慢聊。
受访者：好。我叫{{minority/uyghur:巴哈古丽·买提尼亚孜}}，六十五了。老家在{{trap/place:和田}}{{trap/place:墨玉县}}，{{trap/year:2014年}}跟着儿子来{{trap/place:乌鲁木齐}}，住在{{trap/place:天山区}}。老伴{{minority/uyghur:吐尔洪·卡德尔}}在老家的时候就走了。儿子{{minority/uyghur:艾合麦提江·吐尔洪}}原来在{{trap/place:二道桥}}卖干果，前年查出尿毒症，一个礼拜透析三回。儿媳{{minority/uyghur:阿丽米热·艾山}}跟他离了婚，回和田去了。两个孩子跟着我。
访谈者：孩子们叫什么？多大？
受访者：孙子{{minority/uyghur:吾布力卡斯木·艾合麦提江}}，十二岁，我们叫他{{minority/uyghur:卡斯木}}；孙女{{minority/uyghur:米日阿依·艾合麦提江}}，七岁。{{minority/uyghur:卡斯木}}在{{school:天山区第十六小学六年级（4）班}}，{{minority/uyghur:米日阿依}}在{{school:天山区第十六小学一年级（2）班}}。
访谈者：家里的日子怎么过？
受访者：儿子透析，医保报大头，我们自己还得出一点。社区给我们家报了低保，两个孩子按困境儿童每月有补贴，一人{{trap/number:八百二十}}。社区书记{{minority/uyghur:古再丽娜·艾散}}来家里看了好几回，说儿子这样算重病，孩子们可以按事实无人抚养再申请，她帮着递了材料。{{minority/uyghur:古再丽娜}}她说，奶奶你放心，有社区在。网格员{{han:王丽芬}}每个礼拜来一趟，帮我去医院挂号、拿药。
访谈者：儿子现在怎么样？
受访者：{{minority/uyghur:艾合麦提江}}他瘦了一大圈，透析完了回来就躺着。他心里着急，说自己成了家里的累赘。我跟他说，你是孩子们的爸爸，你在，孩子们就有爸爸。医院的{{han:赵志强}}大夫说可以排队等换肾，我们在等。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:卡斯木}}也懂事，放了学先去医院看他爸，再回家写作业。他的班主任{{han:陈丽疆}}老师是汉族，在这边长大的，维吾尔话说得好，常给我打电话。孙女的老师{{minority/uyghur:热依拉·木沙}}教她跳舞。{{minority/uyghur:米日阿依}}就爱跳，{{trap/minority_word:麦西来甫}}上一听见{{trap/minority_word:都塔尔}}就站起来转。
访谈者：还有谁帮过你们？
受访者：我女儿{{minority/uyghur:玛依努尔·吐尔洪}}在{{trap/place:昌吉}}上班，周末过来帮我洗衣服、做饭。社区社工站的{{compound:诸葛文昊}}给孙子辅导数学，还有个姑娘是{{compound:南宫梦瑶}}，带孩子们去图书馆。民族团结一家亲结对的干部{{han:王建疆}}过年给孩子们买了新衣服。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/uyghur:阿丽米热·艾山}}有时候打视频来，孙女对着手机哭。孙子嘴上不说，晚上睡觉把他妈给他织的帽子放在枕头边。我跟孩子们说，你们的妈妈也有她的难处。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}我做{{trap/minority_word:抓饭}}，炸{{trap/minority_word:馓子}}，邻居们都来。我给孩子们讲{{trap/famous:纳斯尔丁}}骑驴的笑话，也讲老家的玉石河，孙子说长大了要回和田去看看爷爷的坟。
访谈者：您一个人照顾一家人，最难的是什么？
受访者：最难的是儿子透析那几天。早上六点就得出门，坐公交去医院，孩子们自己起床上学。孙女小，扣子都扣不齐，孙子给她扣。冬天路滑，我摔过一跤，手腕肿了一个月。社区知道了，给我们安排了志愿者，透析的日子开车来接。晚上我揉面烤馕，等孩子们回来吃热的。我常跟他们说，咱们家的人，再难也要干干净净、规规矩矩地过日子。
访谈者：登记表要写住址、号码。
受访者：家在{{address:天山区延安路街道和平里小区7号楼3单元201室}}，老家在{{address:墨玉县喀尔赛镇巴格其村2组16号}}。我身份证{{id_number@wold.653222}}，孙子的{{id_number@my2012tri.653222}}，儿子的{{id_number@mx.653222}}。电话我不会记，是孙子帮着写的：我的{{mobile@p86n}}，{{minority/uyghur:古再丽娜}}书记的{{mobile@s74}}。孙子有QQ，学校老师给注册的，号码我记在本子上，翻一下啊，是{{qq:2960158473}}。{{minority/uyghur:玛依努尔·吐尔洪}}的微信是{{wechat:mahinur_changji}}。
访谈者：名字写得都一样吗？
受访者：不一样。户口本上是{{minority/uyghur:艾合麦提江·吐尔洪}}，医院的单子上成了{{minority/uyghur:艾合麦提江吐尔洪}}，没有点；学校表上孙女是{{spaced:米日阿依 · 艾合麦提江}}，孙子是{{spaced:卡 斯 木}}，还有把我写成{{spaced:巴哈古丽 买提尼亚孜}}的。
访谈者：您最大的愿望是什么？
受访者：儿子能等到肾，孩子们好好念书。{{minority/uyghur:卡斯木}}说要当医生，给他爸治病，我说奶奶等着。
""")

# H479: Han procurator in 淮安 reading from the case file of a 13-year-old boy caught stealing electric bikes.
DOCS["H479"] = ("staff", """\
访谈者：您今天带来的是哪个案子的材料？
受访者：我叫{{han:仲雅婷}}，在{{trap/place:淮安}}{{trap/place:清江浦区}}检察院未成年人检察部门。这是{{trap/year:2023年}}一个孩子的卷宗，里面的信息我念，你记。孩子叫{{han:卞子轩}}，十三岁，偷了四辆电动车的电瓶，被派出所抓了。他不到年龄，不追究刑事责任，可我们一查他家里，才发现这孩子是个困境儿童。
访谈者：他家里是什么情况？
受访者：父亲{{han:卞国庆}}，因为诈骗在{{trap/place:洪泽}}的监狱服刑，还有五年。户籍登记表上父亲一栏写了两遍，“{{han:卞国庆}}{{han:卞国庆}}”，是录入的时候重复了。母亲{{han:嵇红霞}}，孩子三岁的时候就离家了，这些年没有音讯。孩子跟奶奶{{han:朱凤琴}}过，老人去年脑梗住院，孩子一个人在家，没饭吃，就去偷电瓶卖钱。
访谈者：你们是怎么处理的？
受访者：我们没有一罚了之。先给孩子申请了司法救助，一次性{{trap/number:一万二千元}}。又跟{{trap/org:区民政局}}、街道一起，给他按事实无人抚养报了，每月有生活费。街道的儿童主任{{han:濮晓梅}}当天就去了医院，看望了{{han:朱凤琴}}老人。{{han:濮晓梅}}说，这孩子以后她盯着。我们还找了孩子的姑姑{{han:卞春花}}，她在{{trap/place:淮阴区}}开早点铺，答应让孩子放学以后去她那里吃饭。
访谈者：孩子的学校呢？
受访者：孩子在{{school:淮安市清江浦区第三中学初一（7）班}}。班主任{{han:郁明华}}老师配合得好，{{han:郁明华}}她每天早上在校门口等着孩子，没来就给我们打电话。学校的心理老师{{han:谈建平}}跟孩子谈了十几次。律师叫{{compound:欧阳靖川}}，是法律援助中心指派的。心理咨询师是{{compound:诸葛婧}}，社工是{{compound:令狐晓峰}}，我们几个组成一个小组，每个月碰一次头。
访谈者：还有其他人参与吗？
受访者：派出所办案的民警{{han:盛志勇}}，他也是当爹的人，审讯的时候给孩子买了个面包。被盗的车主里有个老大爷叫{{han:季春生}}，听说了孩子的情况，说电瓶不要赔了。我们部门的同事{{compound:巫马子琪}}负责回访，还有{{compound:赫连新宇}}，他管跟监狱那边的联系，安排孩子跟他爸视频会见了一次。{{han:卞国庆}}在视频里哭了，说对不起孩子。
访谈者：卷宗里还有别的孩子吗？
受访者：有。同一个小区还有个女孩，{{han:臧玉兰}}的孙女{{han:陶欣悦}}，父母都是聋哑人，爸爸{{han:陶德华}}在外地打工。{{han:陶欣悦}}在{{school:清江浦区实验小学五年级（1）班}}，我们去做家访的时候顺带登记了，也报了困境儿童。
访谈者：您给孩子们讲些什么？
受访者：我跟{{han:卞子轩}}讲{{trap/famous:韩信}}受胯下之辱的故事，说人这一辈子谁都有低头的时候，关键是以后怎么走。他说他喜欢{{trap/famous:吴承恩}}写的书，我就送了他一套。{{trap/place:河下古镇}}有个纪念馆，社工还带他去看了。
访谈者：像这样的孩子，你们一年能遇到多少？
受访者：我们院一年办的涉未成年人案子里，家里有困难的占了一多半。有的是父母离了婚谁都不管，有的是爸妈在外地打工，孩子跟着老人，老人管不住。我们现在的做法是，案子办完了不算完，要回访一年，看孩子有没有人照顾、有没有上学。对监护不到位的家长，我们发督促监护令，让他们上家庭教育课。有的家长一开始不服气，上了几次课，回来跟孩子说话的口气都变了。
访谈者：卷宗上的登记信息呢？
受访者：孩子户籍地址是{{address:清江浦区清河街道北门桥社区健康西路17号}}，奶奶的住址{{address:清江浦区长西街道长东小区6号楼2单元301室}}。孩子的身份证号{{id_number@my2011.320812}}，父亲的{{id_number@mspaced.320812}}，母亲的{{id_number@whyphenx.320812}}，奶奶的{{id_number@woldfw.320812}}。{{han:卞春花}}的电话{{mobile@hyphen}}，{{han:濮晓梅}}的电话{{mobile@plus86spaced}}。孩子的QQ是办案时从他手机里提取的，卷里记着，在第二十三页：{{qq:73041628}}。他微信是{{wechat:bzx_2011zxz}}。有事的可以打{{trap/hotline:12309}}检察服务热线。
访谈者：表上名字有写法不一的吗？
受访者：有。手写的询问笔录上孩子签的是{{spaced:卞　子　轩}}，字与字之间空得很开；奶奶的名字被写成{{spaced:朱 凤 琴}}；谈话笔录里律师签的是{{spaced:欧 阳 靖 川}}，心理咨询师成了{{spaced:诸葛 婧}}。
访谈者：这个孩子现在怎么样？
受访者：回学校上课了，期末考了班里二十多名，比原来进步了十几名。他去年冬天给我写了张贺卡，说以后要当警察。我把它夹在卷宗里了。
""")

# H480: Han grandfather in 九龙 (甘孜) raising two grandchildren; his son died in a mine, his daughter-in-law left.
DOCS["H480"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：三口，我跟两个孙子。我叫{{han:蒋德厚}}，七十一了，在{{trap/place:九龙}}的山上住了一辈子。老伴前年走了。儿子{{han:蒋小军}}在{{trap/place:康定}}那边的矿上干活，四年前出了事故，没了。儿媳{{han:吉秀英}}是彝族，办完丧事回了娘家，后来听说去{{trap/place:西昌}}打工了，再没回来。
访谈者：孩子们多大了？
受访者：大的孙女{{han:蒋雨涵}}十三，在{{school:九龙县民族中学初一（2）班}}住校；小的孙子{{han:蒋天赐}}九岁，在{{school:乃渠镇中心小学三年级（1）班}}。小的每天走四十分钟山路去上学，下雨天我送到半路。{{han:蒋天赐}}说他不怕，他说山上的羊都能走，他也能走。
访谈者：谁帮过你们？
受访者：村主任{{han:冉光明}}，派出所的{{han:罗天福}}所长，还有儿童主任{{minority/tibetan:扎西卓嘎}}，她是藏族，家就在我们下面。两个孙子按事实无人抚养报的，一个月一人{{trap/number:一千三百一}}。{{minority/tibetan:扎西卓嘎}}说，大爷，钱是给娃娃的，您别舍不得花。我自己有低保，是乡上民政办的{{han:唐开山}}给办的。{{han:唐开山}}他们家在县城，每回下乡都顺路来看看。{{trap/org:乡卫生院}}的{{han:张德芬}}大夫给我量血压，说我要少吃盐。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:黄春林}}老师说她作文写得好，写她爸，全班都哭了。孙子的班主任是{{minority/tibetan:泽仁拥措}}老师，{{minority/tibetan:泽仁拥措}}教藏文也教数学，孙子喜欢她。孙子跟班上的藏族娃娃{{minority/tibetan:次仁泽批}}最要好，周末常到他家去玩。
访谈者：亲戚们呢？
受访者：我女儿{{han:蒋小红}}嫁到{{trap/place:雅安}}，一年回来两次，给孩子们买衣服、买书。我弟弟{{han:蒋德富}}也七十了，住在山那边，隔一阵子送一袋洋芋过来。孩子他妈那边的舅舅{{han:吉志华}}来过一回，给孩子们带了{{trap/minority_word:坨坨肉}}。
访谈者：社工来过吗？
受访者：县上社工站的{{compound:慕容思敏}}来过几回，还有个小伙子叫{{compound:长孙浩宇}}，两个人教孩子们画画、打乒乓球。去年暑假，他们办了个夏令营，孙子去了五天，回来说交了好多朋友。{{compound:慕容思敏}}还帮孙女申请了一个基金会的助学金。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难的是我怕自己哪天走了。我有高血压，去年冬天晕倒过一次，是孙女跑下山叫的{{minority/tibetan:扎西卓嘎}}，送到卫生院才缓过来。从那以后孙女放假就不出门，守着我。我心里不好受，跟她说，爷爷没事，你去跟同学玩。孙子还小，不大懂，就知道跟在我后头。
访谈者：过年过节呢？
受访者：我们汉族过春节，邻居们过{{trap/minority_word:藏历年}}，{{trap/minority_word:彝族年}}的时候孩子舅舅也会打电话来。过年的时候我给孩子们讲{{trap/famous:诸葛亮}}七擒孟获的故事，说的就是我们这一带。孙子问{{trap/famous:孟获}}是不是彝族，我说可能是吧。开春了我带他们去{{trap/place:雅砻江}}边上挖野菜，{{trap/word:黄连}}、蕨菜都认得。
访谈者：家里地里的活怎么办？
受访者：我们这儿山高，种点玉米、洋芋，养了两头猪、十几只鸡。地里的活我一个人干不完，村里的年轻人来帮着收。孙女放假回来，喂猪、煮饭、洗衣服，样样都会。去年村里修了通组路，摩托车能开到家门口了，孩子们上学近了一些。县上还给我家危房改造，新房子是砖的，不漏雨了。晚上孩子们在新房子里写作业，我坐在边上抽袋烟，心里踏实。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:九龙县乃渠镇水打坝村三组6号}}。我身份证{{id_number@mold.513324}}，孙女的{{id_number@wy2011fwspaced.513324}}。我电话{{mobile@plain}}，{{han:蒋小红}}的电话{{mobile@plus86}}，她的微信{{wechat:jiangxiaohong_ya}}。{{minority/tibetan:扎西卓嘎}}的电话贴在我家门后头，有事孙女就打。孙女有个QQ，说是学校里交作业用的，号码在墙上挂历背面写着呢，你看：{{qq:5108362947}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。低保表上我是{{spaced:蒋 德 厚}}，孙女是{{spaced:蒋　雨　涵}}，儿童主任成了{{spaced:扎西 卓嘎}}，孙子的老师被写成{{spaced:泽 仁 拥 措}}。
访谈者：您最大的心愿呢？
受访者：想看着孙女考上高中，孙子小学毕业。我跟他们说，爷爷没念过书，你们要替爷爷念。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=473,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout60",))


if __name__ == "__main__":
    main()
