# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 10 (tests/pii/holdout10/H65-H72 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:逯建业}}``, ``{{qq:2748801356}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, oirat, uyghur, kazakh, hui, tibetan,
                                   yi, manchu, daur) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012hyphen.150824}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 阿訇, 第一书记) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 她, 他们, 那孩子, 一直) are outside the span.
Han-style names of Hui, Manchu and Korean-Chinese people (韩守义, 关振江, 玄香善) are category han.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout10/make_holdout10.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(10_2025_1204)
MINORITY_GROUPS = ("mongolian", "oirat", "uyghur", "kazakh", "hui", "tibetan", "yi", "manchu", "daur")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 120, "han": 60, "spaced": 25, "compound": 20}
GROUP_FLOORS = {"mongolian+oirat": 15, "uyghur+kazakh": 15, "hui": 15, "tibetan": 15, "yi": 15}

MOBILE_PREFIXES = ["130", "131", "135", "136", "137", "150", "151", "157", "158", "166", "173", "175", "176", "178",
                "181", "183", "187", "191", "198"]


DOCS: dict[str, tuple[str, str]] = {}

# H65: Mongolian herder grandfather, 乌拉特中旗 (Bayannur) 川井苏木; daughter divorced and working in 临河, two grandchildren.
DOCS["H65"] = ("family", """\
访谈者：大叔，您先说说家里的情况吧。
受访者：行。我叫{{minority/mongolian:乌力吉图门}}，五十八了，在这戈壁滩上放了一辈子羊。咱这儿是{{trap/place:狼山}}背后，草薄，一只羊得三十亩草场才养得住。家里就我跟老伴{{minority/mongolian:其其格苏日塔}}，再加两个外孙。
访谈者：孩子的父母呢？
受访者：闺女{{minority/mongolian:娜仁格日乐}}跟女婿离了。{{minority/mongolian:娜仁格日乐}}去{{trap/place:临河}}给人家饭馆洗碗，一个月回来一趟。女婿是汉人，叫{{han:郜长远}}，在{{trap/place:甘其毛都}}口岸跑拉煤的大车，{{han:郜长远}}他后来又成了家，一年也不来看一回，抚养费给了两回就断了。
访谈者：两个孩子多大了？
受访者：大的是小子，{{minority/mongolian:特木热勒图}}，十三，在{{school:乌拉特中旗蒙古族学校初一（3）班}}住校。{{minority/mongolian:特木热勒图}}一直说要去当兵，说当兵管饭。小的是丫头，{{minority/mongolian:乌仁娜布其}}，八岁，在{{school:海流图镇第三小学二年级（1）班}}。{{minority/mongolian:乌仁娜布其}}她晚上老做梦喊她额吉，老伴就搂着她睡。
访谈者：嘎查里给你们办了什么？
受访者：嘎查长姓包，叫{{minority/mongolian:包满都拉}}，{{minority/mongolian:包满都拉}}他们家跟我们是老邻居，给俩孩子报了困境儿童，一个孩子一个月{{trap/number:一千一百五}}。苏木包联的干部{{han:逯建业}}，{{han:逯建业}}说外孙女还能申请个助学金。旗民政局的{{han:亓海燕}}科长来过一回，{{han:亓海燕}}她把表填错了，把丫头的名字写成{{spaced:乌 仁 娜 布 其}}，一个字一个空，后来又跑了一趟改。
访谈者：学校里谁照顾孩子？
受访者：小子的班主任{{han:茹凤霞}}老师，{{han:茹凤霞}}说小子学习不差，就是爱跟人干仗。她电话{{mobile@spaced}}。学校的蒙语老师{{minority/mongolian:孛儿只斤·阿拉坦仓}}，{{minority/mongolian:孛儿只斤·阿拉坦仓}}也是牧区出来的，周末有时候开车把小子捎回来。花名册上他写的是{{spaced:孛儿只斤 · 阿拉坦仓}}，点两边都空着。
访谈者：还有别的人帮过吗？
受访者：有个公益组织的姑娘{{compound:夏侯清越}}，跟她同事{{compound:万俟星河}}，俩人开车给孩子们送过棉袄。{{compound:夏侯清越}}说明年夏天组织孩子去{{trap/place:巴彦淖尔}}参加夏令营。还有旗医院的大夫{{compound:独孤明哲}}，给丫头看过眼睛，说是弱视，配了副眼镜。
访谈者：亲戚们离得远吗？
受访者：我小弟{{minority/mongolian:巴彦吉日嘎拉}}在镇上开修车铺，{{minority/mongolian:巴彦吉日嘎拉}}家的媳妇{{minority/mongolian:阿拉腾苏布达}}常给孩子们包包子。老伴的侄子{{minority/mongolian:哈斯朝鲁门}}在{{trap/org:旗农牧局}}上班，{{minority/mongolian:哈斯朝鲁门}}也说过要帮，人家也有一摊子。
访谈者：登记要用的信息方便说一下吗？
受访者：你记吧。户口在{{address:乌拉特中旗川井苏木巴音杭盖嘎查二社11号}}。我身份证{{id_number@my1967.150824}}，小子的{{id_number@my2012hyphen.150824}}，丫头的{{id_number@wy2017.150824}}。闺女在临河租房子，住{{address:临河区铁南街道光华小区5号楼2单元401室}}，手机{{mobile@plus86}}，微信{{wechat:nrgrl_lh0912}}。小子的QQ是{{qq:2748801356}}，他在上头跟他额吉说话，比跟我说得多。
访谈者：孩子们放假回来都干啥？
受访者：小子帮我赶羊，骑摩托比我跑得快。丫头跟她姥姥做{{trap/minority_word:白食}}，奶豆腐、{{trap/word:黄油}}，做得像模像样。过年杀羊摆{{trap/minority_word:羊背子}}，小子非要自己动刀，切得歪七扭八。院里还有一辆老{{trap/minority_word:勒勒车}}，丫头坐上去让我拉着转圈。晚上我给他们唱{{trap/famous:嘎达梅林}}，小子说阿爷你又跑调了。
访谈者：一年到头，放羊的活儿怎么安排？
受访者：开春接羔最忙，一宿起来四五趟，怕小羊冻死。五月剪毛，雇人剪，一只给五块钱，我自己剪不动了。夏天旱，草长不起来，得拉水，一天拉两趟，水罐子装满一吨，开着三轮往草场上跑。秋天卖羊，羊贩子压价，一只母羊才给七八百，心疼也得卖。冬天就是喂草料，风一刮，沙子打在脸上生疼。小子放寒假回来，跟我一起拌料，他说阿爷这活儿太苦了，我长大了不放羊。我说不放就不放，你好好念书。去年他期末考试卷子上名字写成了{{spaced:特　木　热　勒　图}}，一个字一个大空格，老师说他是故意的，我问他，他说写大点看得清楚。唉，孩子心里想啥，我们老的猜不着。
访谈者：您最放心不下什么？
受访者：我这岁数，腰不行了，去年冬天接羔累得躺了半个月。要是我躺下了，俩孩子咋办？她额吉挣得少，她阿爸指望不上。{{minority/mongolian:特木热勒图}}懂事，可他才十三。我跟老伴商量好了，羊再卖一些，攒点钱给孩子念书，念出去就好了。
""")

# H66: Torghut (Oirat) Mongolian mother, 和静县 巴音布鲁克镇; husband paralysed after a fall from a horse, three children.
DOCS["H66"] = ("family", """\
访谈者：大姐，您家是土尔扈特人？
受访者：对，我们是{{trap/famous:渥巴锡}}汗带着东归回来的那些人的后代，老人们天天讲这个。我叫{{minority/oirat:策仁德吉德}}，孩子他爸叫{{minority/oirat:才仁那木加甫}}，前年转场的时候从马上摔下来，腰摔断了，现在躺着。{{minority/oirat:才仁那木加甫}}说他这辈子骑马没摔过，偏偏那回摔了。
访谈者：三个孩子现在谁管？
受访者：我管，大丫头也管。大丫头{{minority/oirat:其木格吉雅}}十五，在{{school:和静县蒙古族中学初三（1）班}}，{{minority/oirat:其木格吉雅}}一放假就回来给她爸翻身、擦身子。老二是小子，{{minority/oirat:吉格米德道尔吉}}，十一，在{{school:巴音布鲁克镇中心小学五年级（2）班}}，{{minority/oirat:吉格米德道尔吉}}他们班老师说他上课老睡觉，我知道，他晚上帮我看羊圈。老三{{minority/oirat:巴德玛加甫}}才四岁。
访谈者：家里收入靠什么？
受访者：剩六十多只羊，还有草场补贴。冬天{{trap/place:开都河}}结冰，羊赶到冬牧场去，我一个女人家跟不过来，小叔子{{minority/oirat:那顺・孟和}}帮着赶。{{minority/oirat:那顺・孟和}}说嫂子你别硬撑，该卖就卖。
访谈者：镇上和村里谁来看过？
受访者：村里的书记{{han:訾晓峰}}，{{han:訾晓峰}}他们把俩大的报上了。镇上管民政的{{minority/oirat:孟克吉日格勒}}，{{minority/oirat:孟克吉日格勒}}她也是土尔扈特，跟我说蒙古话，好说。县上的{{han:苌玉洁}}来拍了照片，{{han:苌玉洁}}说孩子他爸能办重度残疾。表上我的名字写成{{spaced:策 仁 德 吉 德}}，她说系统里就这样存的。
访谈者：孩子他爸现在怎么治？
受访者：县医院的{{han:眭建平}}大夫，{{han:眭建平}}说能做康复，得去{{trap/place:库尔勒}}。{{trap/org:县红十字会}}给了{{trap/number:两千四}}。还有个援疆来的大夫{{compound:澹台文澜}}，{{compound:澹台文澜}}每个月来一趟，教我给他按腿。
访谈者：孩子们在学校怎么样？
受访者：大丫头班主任{{han:冼文博}}，男老师，{{han:冼文博}}老师说丫头能考上{{trap/place:库尔勒}}的高中。学校还有个心理老师{{compound:呼延若溪}}，跟她同事{{compound:南宫一苇}}一起来家访过。{{compound:呼延若溪}}说丫头压得太狠了，十五岁的孩子当半个家。
访谈者：过节的时候呢？
受访者：过{{trap/minority_word:祖拉节}}点酥油灯，我让孩子们给他爸点一盏。老人给小子讲{{trap/famous:江格尔}}，小子听完说他也要当英雄。邻居{{minority/oirat:策登玛}}家的奶奶{{minority/oirat:浩宁达}}送来一桶{{trap/minority_word:马奶子}}，{{minority/oirat:浩宁达}}说给孩子他爸补一补。
访谈者：家里的信息能登记一下吗？
受访者：能。我们在{{address:和静县巴音布鲁克镇巴西里克村三组27号}}，冬天在县城租房，住{{address:和静镇天鹅路金色家园7号楼2单元602室}}。我手机{{mobile@plain}}，大丫头有微信{{wechat:qmgjy_bayin2010}}，QQ{{qq:1865203947}}。我的身份证{{id_number@wy1984spaced.652827}}，孩子他爸{{id_number@my1980.652827}}，大丫头{{id_number@wy2010.652827}}。孩子他爸的名字在医院单子上是{{spaced:才仁 那木加甫}}，中间空开的，他们老叫错。
访谈者：您一个人又照顾病人又放羊，一天怎么过？
受访者：早上六点起来，先给孩子他爸换尿垫，擦洗，喂他喝奶茶。然后去羊圈，把羊放出去，中午回来做饭。下午再去看一趟羊，晚上烧水给他泡脚，按腿，按一个钟头。夜里他疼得睡不着，我也睡不着，俩人就说说话。他说对不起我，我说你别说这个，你活着孩子们就有爸。老三小，不懂事，爬到他爸身上玩，他爸就笑，一天也就那一会儿笑。夏天游客多，草原上有人来拍照，我让大丫头去景区门口卖酸奶，一天能挣一百来块。她作业本上写名字写成{{spaced:其　木　格　吉　雅}}，空得老大，说是跟她爸学的，她爸以前写字就这样。家里的草场去年租出去一半，租金够买一冬的草料。我不怕累，就怕哪天我也病了，这个家就散了。
访谈者：老二晚上看羊圈，不怕吗？
受访者：怕狼。去年秋天狼进了圈，咬死了三只羊，小子拿着手电筒、敲着铁盆子把狼吓跑了。第二天他跟我说，妈，我不怕，我是家里的男人。我听了心里难受，十一岁的娃娃，哪是什么男人。
访谈者：您有没有想过以后？
受访者：想过。大丫头说不考高中了，回来放羊，我说不行，你得念。{{minority/oirat:其木格吉雅}}她哭，说妈你一个人咋办。我说有你小叔，有嘎查的人，草原上的人不会看着你饿。{{trap/place:巴音布鲁克草原}}那么大，总有我们一口饭吃。
""")

# H67: Kazakh grandfather, 巴里坤哈萨克自治县 大河镇; son killed on the road, daughter-in-law remarried in 奇台, three grandchildren.
DOCS["H67"] = ("family", """\
访谈者：阿塔，您身体还好吧？
受访者：还行，就是腿一到冬天就疼。我叫{{minority/kazakh:托合塔尔别克·沙肯}}，六十七了。我们家夏天在{{trap/place:东天山}}的夏牧场，冬天回{{trap/minority_word:冬窝子}}。现在放不动了，羊交给别人代牧。
访谈者：孙子们是怎么到您这儿来的？
受访者：儿子{{minority/kazakh:叶尔兰·托合塔尔别克}}前年拉草回来，车翻在{{trap/place:松树塘}}下面的坡上，人没了。{{minority/kazakh:叶尔兰·托合塔尔别克}}走的时候才三十六。儿媳妇{{minority/kazakh:古丽孜拉•木拉提}}守了一年，后来嫁到奇台去了，{{minority/kazakh:古丽孜拉•木拉提}}也常打电话，孩子们留给我了。
访谈者：三个孩子多大？
受访者：大孙女{{minority/kazakh:阿依江・叶尔兰}}十四，在{{school:巴里坤县第二中学初二（5）班}}，{{minority/kazakh:阿依江・叶尔兰}}她学习好，想考{{trap/place:乌鲁木齐}}的内高班。孙子{{minority/kazakh:别克波拉提叶尔兰}}十一，在{{school:大河镇中心小学五年级（2）班}}，{{minority/kazakh:别克波拉提叶尔兰}}一直不说他爸的事，一说就跑出去骑马。最小的{{minority/kazakh:加尔恒}}六岁，他说爸爸去城里拉草了，还没回来。
访谈者：谁在帮您？
受访者：村长{{minority/kazakh:马合沙提·胡安}}，{{minority/kazakh:马合沙提·胡安}}家就在我家东边。他帮我报了孤儿，一个孩子一个月{{trap/number:一千六百多}}。镇上的干部{{han:麴红梅}}，{{han:麴红梅}}她是本地汉族，哈萨克话说得好。县民政局的{{han:蒯文涛}}，{{han:蒯文涛}}那边说孙女上高中学费全免。表上孙子名字写成{{spaced:别 克 波 拉 提 · 叶 尔 兰}}，一个字一个空，{{han:蒯文涛}}说是电脑排的。
访谈者：学校老师呢？
受访者：孙女的班主任{{han:芮秋菊}}老师，{{han:芮秋菊}}每个礼拜给我打电话。还有哈萨克语老师{{minority/kazakh:沙吾列·哈孜木别克}}，{{minority/kazakh:沙吾列·哈孜木别克}}说孙女{{trap/minority_word:阿肯弹唱}}唱得好，让她参加比赛。孙子的老师是个小伙子，{{compound:申屠志远}}，还有{{compound:公冶明轩}}，俩人是支教来的。小伙子给孙子买了双球鞋。
访谈者：孩子们身体怎么样？
受访者：小的有哮喘，乡卫生院的{{minority/kazakh:萨吾列提汗}}大夫，{{minority/kazakh:萨吾列提汗}}常来看。县医院的{{han:栾卫东}}大夫说要去{{trap/place:乌市}}查。还有个医生叫{{compound:呼延明远}}，给开了喷雾。
访谈者：家里的信息方便登记吗？
受访者：写吧。我们家在{{address:巴里坤县大河镇东湖村二组15号}}，我身份证{{id_number@my1958.650521}}，孙女的{{id_number@wy2011hyphen.650521}}，孙子的{{id_number@my2014.650521}}，小的{{id_number@my2019fullwidth.650521}}。儿媳妇住{{address:奇台县城关镇北门社区幸福小区12号楼1单元201室}}，电话{{mobile@plus86dash}}。孙女的微信{{wechat:ayjiang_blk14}}，QQ{{qq:3390172564}}。村长电话{{mobile@hyphen}}。
访谈者：您平常跟孩子们说些什么？
受访者：晚上我弹{{trap/minority_word:冬不拉}}，孙女唱。我给他们讲{{trap/famous:阿拜}}说的话：人要学习，要干活，不要懒。过{{trap/minority_word:纳吾肉孜节}}我让孙女炸{{trap/minority_word:包尔萨克}}，她炸得比她妈还好。邻居{{minority/kazakh:哈孜木·阿布都拉}}的儿子{{minority/kazakh:努尔江}}跟孙子同岁，{{minority/kazakh:努尔江}}一来，孙子就笑了。
访谈者：孩子们跟着您，生活上能照顾过来吗？
受访者：能照顾个大概。早上我烧茶，煮奶，切馕，孙女帮着给小的穿衣裳。孙子骑摩托送妹妹去学校，路上有雪，我站在门口看着，看不见了才回屋。中午他们在学校吃，晚上回来我做面片子、手抓肉，孙女说阿塔你做的肉太咸了。我的衣裳破了，孙女给补，针脚比她奶奶在的时候还细。去年冬天雪大，羊冻死了十几只，孙子哭了，说那只花脸的是他爸给他挑的。上面来人发慰问金，表上我的名字写成{{spaced:托 合 塔 尔 别 克 · 沙 肯}}，一个字一个空，我看了半天没认出来是我。我不识几个汉字，都是孙女念给我听。
访谈者：孙子想他爸的时候怎么办？
受访者：他不说，就去{{trap/word:马圈}}里待着。那匹枣红马是他爸的，他天天给刷毛、喂料。有一回我看见他趴在马脖子上，肩膀一抽一抽的。我没过去，让他哭一会儿，哭完了就好些。
访谈者：您最担心什么？
受访者：担心我走了以后。我跟{{minority/kazakh:马合沙提·胡安}}说好了，我要是不在了，他帮着看着这三个。{{trap/place:巴里坤湖}}边上风大，孩子们冬天上学冻得脸通红。我就想多活几年，看着小的也念完初中。
""")

# H68: Hui imam (阿訇), 化隆回族自治县 群科镇; left-behind children of parents running noodle shops in the east.
DOCS["H68"] = ("staff", """\
访谈者：阿訇，您在这个寺里多少年了？
受访者：十九年了。我经名{{minority/hui:伊卜拉欣}}，汉名{{han:韩守义}}，村里人叫我{{minority/hui:韩伊卜拉欣}}阿訇。我们这地方的人，一半在外头开拉面馆，{{trap/place:厦门}}、{{trap/place:东莞}}、{{trap/place:无锡}}都有，娃娃们留在家里跟爷爷奶奶。
访谈者：寺里的娃娃里，有您特别挂心的吗？
受访者：有。一个丫头叫{{minority/hui:祖莱哈}}，十二岁，在{{school:化隆县群科镇中心学校六年级（1）班}}。{{minority/hui:祖莱哈}}她爸{{han:马有忠}}前年在东莞的面馆里煤气出了事，人没了，她妈改嫁了。{{minority/hui:祖莱哈}}跟着奶奶{{minority/hui:阿伊舍}}，{{minority/hui:阿伊舍}}七十多了，眼睛看不清。
访谈者：还有呢？
受访者：兄弟俩，哥哥{{minority/hui:达吾德}}十岁，弟弟{{minority/hui:优努斯}}七岁，爸妈在{{trap/place:无锡}}开面馆，三年没回来。{{minority/hui:达吾德}}他们家爷爷{{han:冶成林}}瘫了，{{han:冶成林}}他们说全靠哥哥端饭。{{minority/hui:优努斯}}说想妈妈，一说就哭。他们爸叫{{minority/hui:冶苏莱曼}}，{{minority/hui:冶苏莱曼}}每个月往回寄钱，就是人回不来。
访谈者：寺里能做些什么？
受访者：礼拜五{{trap/minority_word:主麻}}以后，我们给娃娃们念经、补课。寺里有三个{{trap/minority_word:满拉}}，学问好的那个叫{{minority/hui:则乃白丁}}，{{minority/hui:则乃白丁}}给娃娃们讲算术。开斋的时候炸{{trap/minority_word:油香}}，每家给娃娃们分一些。乡上的{{han:冉志强}}乡长，{{han:冉志强}}说寺里这个办法好。学校的{{han:郗明德}}校长，{{han:郗明德}}也来寺里跟我商量过。
访谈者：有没有外面的志愿者？
受访者：有个大学生叫{{compound:端木清和}}，回族，西宁来的，还有她同学{{compound:轩辕星野}}。{{compound:端木清和}}教丫头们画画。县医院的{{han:厍丽萍}}大夫，{{han:厍丽萍}}每年来给娃娃们查身体。还有妇联的{{minority/hui:马赛里麦}}，{{minority/hui:马赛里麦}}她专管留守娃娃，登记表上把{{minority/hui:祖莱哈}}写成了{{spaced:祖 莱 哈}}。
访谈者：您自己家呢？
受访者：我女人{{minority/hui:海迪哲}}，{{minority/hui:海迪哲}}在家做饭，寺里娃娃多，她就多做。我儿子{{minority/hui:努尔麦}}在厦门开面馆，{{minority/hui:努尔麦}}说阿爸你别累着。我的电话{{mobile@plain}}，微信{{wechat:hanyblx_qk}}。
访谈者：娃娃们的信息能登记吗？
受访者：丫头家在{{address:化隆县群科镇安达其哈村五社19号}}，身份证{{id_number@wy2013.630224}}；兄弟俩家在{{address:化隆县群科镇群科新区清真寺南路3号楼1单元102室}}，哥哥{{id_number@my2015spaced.630224}}。他们爸在无锡的电话{{mobile@plus86spaced}}，QQ{{qq:1547730862}}。村干部{{compound:司马伯涛}}管登记，他说下个月县里来人。哥哥名字在学校表上是{{spaced:达　吾　德}}，也是一个字一个空。
访谈者：寺里平常给娃娃们补课，都补些什么？
受访者：放了学，娃娃们先到寺里来，在大殿旁边的屋子里写作业，不会的就问满拉。冬天屋里生炉子，娃娃们手冻得红红的，进来先烤一会儿。写完作业，我教他们认几个阿文字母，讲讲做人的道理：要孝敬老人，不要偷，不要撒谎，借了人家的东西要还。礼拜天上午，村里考出去的大学生回来，给娃娃们补英语。娃娃们的爷爷奶奶岁数都大了，作业看不懂，家长会也去不了，我就替他们去。老师们认识我了，见了就说阿訇又来了。有一回学校发的奖状上把我的经名写成{{spaced:伊 卜 拉 欣}}，一个字一个空，娃娃们笑得不行，说阿訇你也得奖了。其实奖状是发给娃娃的，我替他们领。娃娃们考好了，我给他们买本子、买笔；考不好，我也不骂，骂了更不想念了。有个小子去年偷偷坐班车跑到西宁找他爸，在车站被人送回来，我问他为啥跑，他说就想看一眼他爸。我听了半天没说出话来。
访谈者：娃娃们的爸妈过年回来吗？
受访者：回来的少。面馆过年生意最好，关一天门就少挣一天。有的爸妈三四年不回来，娃娃见了面都不认得，躲在奶奶身后头。去年开斋节，有个当妈的回来了，娃娃跟她生分，不叫妈，当妈的哭了一晚上，第三天又走了。
访谈者：您觉得这些娃娃最缺什么？
受访者：缺大人陪。钱寄回来，饭有了，衣裳有了，可晚上没人说话。我给娃娃们讲{{trap/famous:赛义德·艾卜·宛葛素}}的故事，说古时候的人漂洋过海来中国，多远的路都走了。娃娃们听了问，那我爸妈啥时候回来？我说快了，快了。
""")

# H69: Tibetan yak herder, 玛曲县 阿万仓镇; wife died in childbirth, three children and an orphaned niece.
DOCS["H69"] = ("family", """\
访谈者：阿库，您家现在几口人？
受访者：五口。我，三个娃娃，还有我哥哥留下的丫头。我叫{{minority/tibetan:贡保东智}}，四十四了，在{{trap/place:黄河首曲}}这边放{{trap/word:牦牛}}。阿佳{{minority/tibetan:周毛措}}生老三的时候没了，路远，雪大，到县上医院人已经不行了。
访谈者：孩子们多大？
受访者：大的丫头{{minority/tibetan:嘉央拉毛}}十三，在{{school:玛曲县藏族中学初一（2）班}}住校，{{minority/tibetan:嘉央拉毛}}一直当她妹妹的阿妈。老二小子{{minority/tibetan:夏吾才让}}十岁，在{{school:阿万仓镇寄宿制小学四年级（1）班}}，{{minority/tibetan:夏吾才让}}他只想骑马，不想念书。老三丫头{{minority/tibetan:拉毛吉}}五岁，{{minority/tibetan:拉毛吉}}没见过她阿妈。
访谈者：您哥哥家的孩子呢？
受访者：哥哥{{minority/tibetan:贡去乎加}}前年挖{{trap/minority_word:虫草}}的时候从山上滚下来，嫂子回了娘家。他的丫头{{minority/tibetan:华青措}}十二，跟我家老大一个班。{{minority/tibetan:华青措}}她不爱说话，晚上跟老大挤一个被窝。
访谈者：平常谁来帮您？
受访者：村长{{minority/tibetan:完玛多杰}}，{{minority/tibetan:完玛多杰}}说我们家是困境儿童家庭，一个娃娃一个月有{{trap/number:九百五}}。乡上的干部{{han:弓晓军}}，{{han:弓晓军}}那边管报材料，汉族，藏话会一点。县医院的{{han:党红霞}}大夫，{{han:党红霞}}给老三看过肺炎。寺院的{{minority/tibetan:阿旺尖措}}师父，{{minority/tibetan:阿旺尖措}}给孩子们念过经。
访谈者：学校里呢？
受访者：老大的班主任{{minority/tibetan:南卡加}}老师，{{minority/tibetan:南卡加}}说丫头作文写得好，写她阿妈。还有汉族老师{{han:宓学勤}}，{{han:宓学勤}}教数学，说小子脑子不笨就是坐不住。支教的老师{{compound:第五嘉禾}}、{{compound:钟离沐阳}}，{{compound:第五嘉禾}}给丫头们带了新书包。老师登记的时候把老大名字写成{{spaced:嘉 央 拉 毛}}，把小子的写成{{spaced:夏吾 才让}}，中间空一格。
访谈者：家里的亲戚呢？
受访者：我阿妈{{minority/tibetan:索南吉}}还在，七十了，{{minority/tibetan:索南吉}}每天早上{{trap/minority_word:煨桑}}，给孩子们打{{trap/minority_word:酥油茶}}。我妹妹{{minority/tibetan:卓玛本措}}嫁到{{trap/place:欧拉}}那边，{{minority/tibetan:卓玛本措}}夏天来帮我挤奶。她男人{{minority/tibetan:扎西东周}}会开车，他常拉孩子们去县上。
访谈者：登记要用的信息能说一下吗？
受访者：你写。我们家在{{address:玛曲县阿万仓镇贡赛尔村四组6号}}，冬天住定居点，{{address:阿万仓镇定居点东区3排14号}}。我身份证{{id_number@my1981.623025}}，老大{{id_number@wy2012.623025}}，老二{{id_number@my2015x.623025}}，哥哥家丫头{{id_number@wy2013hyphen.623025}}。我电话{{mobile@plain}}，老大用她阿姨的微信{{wechat:zmbc_maqu88}}。表上我哥哥名字写成{{spaced:贡 去 乎 加}}，他们说这样电脑认。
访谈者：您一个人怎么顾得过来这么多事？
受访者：顾不过来也得顾。夏天牛在夏季草场，离定居点六十多里，我骑摩托来回跑。挤奶是我阿妈跟老大干，老大手快，一早上能挤二十头。冬天牛回来了，草不够，得买草，一捆草三十块，一冬下来要花一万多。我没上过学，汉字认不全，学校的表都是老大帮我填。有一回她把她表妹的名字写成{{spaced:华 青 措}}，一个字一个空，老师说没关系，能认出来。村长的名字在乡上的本子上也写成{{spaced:完玛 多杰}}，中间空一格，他自己还笑，说本子上的人跟他不是一个人。娃娃们放假回来，我带他们去转山，老大一路磕长头，说是给她阿妈磕的。老二跟着磕了几个就跑了，去追旱獭。老三骑在我脖子上，抓着我的头发。晚上在帐篷里，阿妈给他们讲故事，讲着讲着自己先睡着了。
访谈者：老三还小，平常谁看着她？
受访者：白天跟着她阿奶，阿奶去哪儿她去哪儿。阿奶转经，她也跟在后头转，小手摸着经筒，一圈一圈的。晚上她要找阿妈，我就说阿妈去很远的地方了，她问多远，我说比县城还远。她就不问了，抱着我的胳膊睡。我有时候想，她长大了问起来，我该怎么跟她说。乡上的干部说，可以给她申请去县上的幼儿园，吃住都在那儿，我舍不得，她太小了。
访谈者：您有什么打算？
受访者：{{trap/minority_word:黑帐篷}}里长大的娃娃，吃{{trap/minority_word:糌粑}}、喝奶就够了，可我想让他们念书。阿妈讲{{trap/famous:格萨尔王}}的故事，说好汉不怕苦。我不怕苦，就是一个人带四个，夜里睡不着。老大说阿爸你别愁，我长大了当医生，以后谁家生娃娃都不用跑那么远的路。
""")

# H70: Yi primary-school teacher, 越西县 普雄镇; children orphaned or left behind in her class.
DOCS["H70"] = ("staff", """\
访谈者：老师，您教了几年书了？
受访者：八年了。我叫{{minority/yi:沙马拉曲}}，本地彝族，在{{trap/place:普雄}}镇上教四年级。我们班四十六个娃娃，十一个是爸妈不在身边的，还有三个是孤儿。
访谈者：您能说说这几个孤儿吗？
受访者：一个小伙子{{minority/yi:勒格伍呷}}，十岁，爸爸吸毒没了，妈妈跑了。{{minority/yi:勒格伍呷}}跟着阿嫫，阿嫫是{{minority/yi:吉伍阿依}}，{{minority/yi:吉伍阿依}}快八十了，汉话一句不会。一个丫头{{minority/yi:阿苏木果}}，十一岁，{{minority/yi:阿苏木果}}她爸妈都是艾滋病走的，她自己也吃药。还有{{minority/yi:马海尔布}}，他也说他爸在外面打工，其实是在戒毒所。
访谈者：这些孩子的学习怎么样？
受访者：{{minority/yi:阿苏木果}}最聪明，作文写她阿嫫的{{trap/minority_word:火塘}}。{{minority/yi:勒格伍呷}}数学好，就是冬天穿单衣，冻得手写不了字，我给他买了件棉袄，他舍不得穿，揣在书包里。我们班在{{school:越西县普雄镇中心校四年级（3）班}}，他姐姐{{minority/yi:勒格阿牛}}在{{school:越西中学初一（8）班}}，{{minority/yi:勒格阿牛}}每礼拜回来给弟弟洗衣服。
访谈者：学校和政府怎么帮？
受访者：校长{{han:聂国栋}}，{{han:聂国栋}}他天天中午看娃娃们吃营养餐。县教育局的{{han:巩丽娟}}来过，{{han:巩丽娟}}说孤儿一个月{{trap/number:一千四}}。镇上的干部{{minority/yi:瓦其阿支}}，{{minority/yi:瓦其阿支}}是我初中同学，他帮着把娃娃们报上去。表上{{minority/yi:马海尔布}}写成了{{spaced:马 海 尔 布}}，还有一个写成{{spaced:阿苏 木果}}，我去改了两回。
访谈者：有外面的人来帮吗？
受访者：有。支教的{{han:庹晓雨}}，{{han:庹晓雨}}是{{trap/place:成都}}来的大学生，教娃娃们唱歌。还有个基金会的{{compound:上官若蘅}}，跟她同事{{compound:司马清扬}}，给每个娃娃送了{{trap/minority_word:查尔瓦}}。她说想给{{minority/yi:阿苏木果}}找个长期资助的人。
访谈者：您自己家呢？
受访者：我男人{{minority/yi:日火克惹}}在{{trap/place:西昌}}打工，{{minority/yi:日火克惹}}他一个月回来一次。我们的女儿{{minority/yi:沙马阿依莫}}五岁，{{minority/yi:沙马阿依莫}}也在镇上幼儿园。我阿妈{{minority/yi:俄底么支}}帮我带。
访谈者：孩子们的信息方便登记吗？
受访者：可以。{{minority/yi:勒格伍呷}}家在{{address:越西县普雄镇拉吉村二组34号}}，他身份证{{id_number@my2015.513434}}。{{minority/yi:阿苏木果}}家在{{address:越西县普雄镇瓦曲村一组8号}}，身份证{{id_number@wy2014spaced.513434}}。她舅舅{{minority/yi:俄底尔日}}在外面，电话{{mobile@hyphen}}。我电话{{mobile@plain}}，微信{{wechat:smlq_puxiong}}，QQ{{qq:2069581743}}。
访谈者：这些孩子放学以后都去哪儿？
受访者：住得近的回家，住得远的在学校。回家的娃娃，有的要背柴、喂猪、放羊，作业晚上点着手电写。有一回我去家访，走了一个半钟头山路，到了一个娃娃家，屋里黑黑的，阿嫫坐在火塘边上，娃娃趴在床板上写字。我心里难受，回来跟校长说，能不能让这些娃娃都住校。校长说床位不够，明年新宿舍盖好了就行。我们班墙上贴着每个娃娃的名字，是我用{{trap/word:毛笔}}写的，写成{{spaced:勒　格　伍　呷}}这样一个字一个空，为了好看。娃娃们每天早上进教室先找自己的名字，找到了就笑。班上有两个都叫木呷的，我就把姓也写上，写成{{spaced:吉伍 木呷}}，中间空开，免得弄混。冬天山上下雪，娃娃们走路来上学，鞋子湿透了，我在教室后面拉根绳子，把鞋挂上烤。营养餐有鸡蛋、牛奶，有的娃娃舍不得吃，揣回去给弟弟妹妹，我看见了也不说。
访谈者：您当老师这么多年，最难的是什么？
受访者：最难的是留住娃娃。有的娃娃念到五六年级，家里就叫回去放羊、带弟弟，或者跟着亲戚出去打工。我一家一家去劝，跟阿嫫说，跟舅舅说，说娃娃念了书才有出路。有的听，有的不听。去年有个丫头十三岁，家里要给她定亲，我跟镇上的干部一起去了三趟，总算把人留下了。她现在念初中，放假回来还来看我，叫我阿姐。
访谈者：过节的时候孩子们怎么过？
受访者：过{{trap/minority_word:彝族年}}，家家杀猪，做{{trap/minority_word:坨坨肉}}。没爸妈的娃娃，我带回家吃。吃完了，阿妈吹{{trap/minority_word:口弦}}，给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。{{minority/yi:勒格伍呷}}说老师，我长大了也要当英雄，把坏东西都射下来。我没说话，心里知道他说的坏东西是啥。
""")

# H71: Uyghur fabric trader at the bazaar, 伊宁市; his sister's children after her husband went to prison.
DOCS["H71"] = ("family", """\
访谈者：老板，您在这个巴扎做了多少年生意？
受访者：二十年了，卖{{trap/minority_word:艾德莱斯}}绸子，还有围巾、花帽。我叫{{minority/uyghur:艾尔肯·阿不都克力木}}，这个铺子是我爸留下的。亚克西，你坐，先喝茶。
访谈者：听说您在帮妹妹带孩子？
受访者：对。妹妹{{minority/uyghur:古丽娜尔·阿不都克力木}}的男人{{minority/uyghur:吐尔逊江·哈力克}}，前年打架伤了人，判了五年。{{minority/uyghur:吐尔逊江·哈力克}}他进去以后，妹妹一个人在{{trap/place:喀赞其}}那边开个小馕店，忙不过来，俩孩子一半时间在我家。{{minority/uyghur:古丽娜尔·阿不都克力木}}说哥哥你就当自己的娃娃管。
访谈者：孩子们多大了？
受访者：丫头{{minority/uyghur:米热古丽・吐尔逊江}}十四，在{{school:伊宁市第八中学初二（2）班}}，{{minority/uyghur:米热古丽・吐尔逊江}}一直不愿意别人问她爸。小子{{minority/uyghur:艾孜买提•吐尔逊江}}九岁，在{{school:伊宁市第十一小学三年级（4）班}}，{{minority/uyghur:艾孜买提•吐尔逊江}}他在学校跟人打架，人家骂他爸是劳改犯。
访谈者：学校怎么处理的？
受访者：丫头的班主任{{minority/uyghur:努尔尼沙·吾守尔}}，{{minority/uyghur:努尔尼沙·吾守尔}}老师把骂人的娃娃叫来道歉了。小子的班主任{{han:鄢志诚}}，{{han:鄢志诚}}说小子要看心理老师。心理老师叫{{compound:端木思涵}}，她一个礼拜跟他谈一回。还有个法律援助的律师{{compound:百里慕云}}，他帮妹妹办了困境儿童的手续。
访谈者：社区和派出所呢？
受访者：社区的{{minority/uyghur:祖丽胡玛尔·艾买提}}，{{minority/uyghur:祖丽胡玛尔·艾买提}}常来铺子里问。片警{{han:邬红军}}，{{han:邬红军}}他人不错，说孩子有啥事找他。街道的{{han:冷秋月}}，{{han:冷秋月}}说有个{{trap/org:春蕾计划}}能给丫头申请。表上丫头的名字写成{{spaced:米 热 古 丽 · 吐 尔 逊 江}}，一个字一个空，还有人写成{{spaced:艾孜买提 • 吐尔逊江}}，点两边空着。
访谈者：您家里人怎么看？
受访者：我老婆{{minority/uyghur:阿依夏木古丽}}，{{minority/uyghur:阿依夏木古丽}}说多两个娃娃就是多两双筷子。我儿子{{minority/uyghur:麦吾兰江}}跟小子一个院子玩，{{minority/uyghur:麦吾兰江}}也护着他。隔壁卖干果的{{minority/uyghur:热合曼·司马义}}，他给孩子们抓杏干。对面是回族的老马，{{minority/hui:马乃麦}}，{{minority/hui:马乃麦}}家的媳妇{{minority/hui:哈蒂洁}}给丫头补数学。还有个哈萨克买家{{minority/kazakh:叶尔扎提·努尔兰}}，{{minority/kazakh:叶尔扎提·努尔兰}}每回来进货都给孩子带糖。
访谈者：登记的信息可以说一下吗？
受访者：可以。妹妹家在{{address:伊宁市新华西路街道团结巷45号}}，我家住{{address:伊宁市解放路宏远小区8号楼2单元501室}}。丫头身份证{{id_number@wy2011.654002}}，小子{{id_number@my2016hyphen.654002}}。我电话{{mobile@spaced}}，妹妹电话{{mobile@plain}}，微信{{wechat:gulnar_yining0516}}，丫头的QQ{{qq:1928406375}}。
访谈者：孩子们平常高兴的时候多吗？
受访者：礼拜天我带他们去{{trap/place:六星街}}转，吃{{trap/minority_word:烤包子}}。晚上院子里有人弹{{trap/minority_word:都塔尔}}，跳{{trap/minority_word:麦西来甫}}，小子跳得最欢。我给他们讲{{trap/famous:玉素甫·哈斯·哈吉甫}}写书的事，说读书的人最有本事。丫头说舅舅我要考到{{trap/place:伊犁河}}对岸那个大学去。我说好，舅舅供你。
访谈者：孩子们的爸爸在里面，孩子去看过吗？
受访者：去过一回，去年秋天，我开车拉着妹妹和俩孩子去的。路上小子一直问，爸爸胖了还是瘦了。见了面，隔着玻璃，拿着电话说话，小子不知道说啥，就哭。丫头一句话也没说，出来以后在车上说，舅舅我以后不去了。我不知道该怎么劝她。他们爸写信回来，信封上把自己名字写成{{spaced:吐尔逊江 · 哈力克}}，点两边空着，他在里面学汉字，字写得歪歪扭扭的。信里说出来以后好好干活，不再喝酒了。妹妹看完信，在厨房里站了半天。我跟她说，人都会犯错，改了就好，孩子们还要爸爸。
访谈者：您生意忙，顾得过来吗？
受访者：顾不过来也得顾。早上八点开门，晚上九点关门，中间孩子放学就在铺子后面写作业。小子坐不住，跑出去跟别的摊子的娃娃玩，我喊一嗓子他就回来。
访谈者：您自己担心什么？
受访者：担心丫头。她长大了，什么都懂，什么都不说。{{trap/hotline:12355}}这个电话我给她抄在本子上了，我说你不想跟舅舅说，就跟他们说。
""")

# H72: Manchu father and Korean-Chinese grandmother, 敦化市 大石头镇; the mother working in South Korea, two children.
DOCS["H72"] = ("family", """\
访谈者：大哥，您家是满族？
受访者：我是满族，老姓{{trap/minority_word:瓜尔佳}}，汉姓关，我叫{{han:关振江}}，家谱上写的是{{minority/manchu:瓜尔佳·振江}}。孩子他妈是朝鲜族，叫{{han:玄香善}}，前些年去韩国打工，头两年还往回寄钱，后来电话也不接了。
访谈者：孩子们现在谁带？
受访者：我跟丈母娘带。丈母娘{{han:全香玉}}七十一了，{{han:全香玉}}说一口朝鲜话，孩子们跟她学会了。大的小子{{han:关子硕}}十三，在{{school:敦化市第三中学初一（6）班}}，{{han:关子硕}}一直问他妈啥时候回来。小的丫头{{han:关雨桐}}九岁，在{{school:大石头镇中心小学三年级（2）班}}，{{han:关雨桐}}她晚上抱着她妈的照片睡。
访谈者：您自己干什么活？
受访者：开大车，往{{trap/place:牡丹江}}拉木头，一走三四天。家里全靠丈母娘。她做{{trap/minority_word:打糕}}、腌{{trap/minority_word:辣白菜}}，拿到集上卖。孩子他舅舅{{han:玄东哲}}在{{trap/place:图们}}，他家也困难，帮不上大忙。
访谈者：谁来帮过你们？
受访者：村里的书记{{han:相玉林}}，{{han:相玉林}}把俩孩子报了事实无人抚养。镇上的{{han:庞春光}}，他说一个孩子一个月{{trap/number:一千三百多}}。还有{{trap/org:敦化市关工委}}的老同志{{compound:闻人正清}}，老人家七十多了还骑车来。小子学校的心理老师是达斡尔族，叫{{minority/daur:郭布勒·苏雅拉}}，{{minority/daur:郭布勒·苏雅拉}}老家在莫旗，说她小时候也是奶奶带大的。她丈夫{{minority/daur:敖拉·巴特尔图}}在林业局，{{minority/daur:敖拉·巴特尔图}}教小子打{{trap/minority_word:曲棍球}}。
访谈者：学校的班主任呢？
受访者：小子的班主任{{han:崔恩静}}老师，她也是朝鲜族，跟他姥姥说朝鲜话。丫头的班主任{{compound:皇甫秋实}}，还有个支教的{{compound:钟离向晚}}。{{compound:皇甫秋实}}给丫头织了条围巾。学校表上小子写成{{spaced:关 子 硕}}，丫头写成{{spaced:关　雨　桐}}，都是一个字一个空。
访谈者：家里亲戚还有谁？
受访者：我哥{{minority/manchu:瓜尔佳・振海}}，{{minority/manchu:瓜尔佳・振海}}在{{trap/place:六鼎山}}底下种木耳。我姑{{minority/manchu:那拉·淑贤}}，{{minority/manchu:那拉·淑贤}}过{{trap/minority_word:颁金节}}的时候叫孩子们去吃{{trap/minority_word:黏豆包}}。家谱上我姑写成{{spaced:那拉 · 淑贤}}。
访谈者：登记的信息能说一下吗？
受访者：行。家在{{address:敦化市大石头镇新兴村三组21号}}，冬天在市里租房，{{address:敦化市胜利街道翰章小区4号楼3单元302室}}。我身份证{{id_number@my1982.222403}}，小子{{id_number@my2012.222403}}，丫头{{id_number@wy2016fullwidth.222403}}。我电话{{mobile@plus86spaced}}，丈母娘电话{{mobile@plain}}，小子微信{{wechat:guanzs_dh2012}}，QQ{{qq:2511937084}}。孩子他妈走之前用的号我也给你，不知道还{{trap/word:通不通}}，{{mobile@hyphen}}。
访谈者：您跑车不在家的时候，家里怎么安排？
受访者：都靠丈母娘。她早上四点起来，生火，熬大酱汤，给小子装饭盒。丫头小，起不来，她就背着丫头去车站。冬天零下三十度，路滑，我最怕她摔了。我跑一趟车挣八百，油钱、过路费一扣，剩不下多少，可是不跑不行，孩子们要念书。有时候我夜里在服务区停车，给小子打电话，小子说爸你别担心，我能照顾好姥姥和妹妹。他才十三，说话像个大人。家谱是我爸留下的，老辈子的名字都写在上头，我的名字写成{{spaced:瓜 尔 佳 · 振 江}}，一个字一个空，是请人用毛笔写的。我跟小子说，这是咱家的根，以后你也得写上去。丫头问那我能写上去吗，我说能，现在不分男女了。
访谈者：孩子们的学习怎么样？
受访者：小子数学好，语文差，作文写不出来，憋半天写三行。丫头反过来，爱看书，从学校图书馆借书，一个礼拜看两本。她姥姥不识汉字，就让丫头念给她听，念着念着姥姥睡着了，丫头还在念。我没文化，帮不上忙，就是每回开家长会，我一定去，跑车也得请假回来。老师说别的孩子家长来的是妈，你们家来的是爸，挺好。我听了不知道是{{trap/word:高兴}}还是难受。
访谈者：您想跟孩子他妈说什么？
受访者：说啥呢。丈母娘{{trap/minority_word:秋夕}}的时候摆桌子，多摆一双筷子。老人给孩子们讲{{trap/famous:努尔哈赤}}的故事，说满族人能吃苦。我就盼着孩子他妈哪天回个电话，哪怕就说一句话，孩子们心里也好受些。
""")
def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS)


if __name__ == "__main__":
    main()
