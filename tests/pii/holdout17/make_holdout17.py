# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 17 (tests/pii/holdout17/H121-H128 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 17 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder
couple in 阿鲁科尔沁旗 (赤峰) raising two grandchildren whose father was crippled by a fall and whose mother left, a
Hui imam's wife in 临夏 who looks after three families of her mosque quarter (orphans, a prisoner's son with a mother
on dialysis, left-behind children), a Uyghur grandmother in 疏附 (喀什) raising the children of her dead son and his
mentally ill wife, an Amdo Tibetan father in 泽库 (黄南), widowed and lamed by a fall, a Han kindergarten teacher in
武清 (天津) going through the five children in distress of her class, a Han township cadre in 花垣 (湘西) reading out
the low-income families of his ledger, a Cantonese-speaking Han grandmother in 廉江 (湛江) raising the left-behind
children of her son and daughter, and a Han hospital social worker in 呼和浩特 with children's cases from several
banners. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names alone and after the Han surnames 包, 白, 宝, 鲍 (鲍特木尔巴根, 白乌兰图雅, 包哈斯朝鲁) with short
forms (那顺乌力吉 then 那顺) and the Han names of the same people; Hui Han-form names with 马, 韩, 冶, 喇, 妥, 沙 and
Arabic-style names after them (冶穆萨, 冶优素福, 韩麦尔燕, 沙易卜拉欣 then 易卜拉欣, 妥阿里, 喇尤努斯) beside 经名
used alone (赛乃拜, 伊斯玛仪); Uyghur given name + father's name with and without the dot (帕提古丽·买合木提,
帕提古丽买合木提, 阿卜杜萨拉木买买提明) and short forms (萨拉木, 祖丽皮耶, 买买提明); Amdo Tibetan names of two parts
(才让东周, 次仁多吉 then 次仁, 尖措才让 then 尖措, 更登旦增, 次仁东智), also written with a space; Han names with
common and rare surnames, titles and kin words, Cantonese forms of address (阿X, 老X, X仔, X妹, annotated whole),
names that contain words, a name written twice on a form, names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郑桂荣}}``, ``{{qq:3016842759}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, uyghur, tibetan, dai) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.150421}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number. Besides
                                   the shapes of ``_setkit`` (plain, x, spaced, hyphen, fullwidth; plus86, plus86dash,
                                   plus86spaced) this set writes IDs as ``quad`` (6 4 4 4), ``tri`` (6 3 3 3 3, read
                                   out three by three) and ``fwhyphen`` (full-width 6-8-4), and mobiles as ``s434``
                                   (4 3 4), ``s74`` (7 4), ``p86h`` (+86 3-4-4 with hyphens) and ``fws`` (full-width
                                   3 4 4);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶, 姨, 阿姨, 队长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a Cantonese form of address (阿坤, 阿玲, 老莫, 杰仔, 欣妹, 豪仔) is
annotated whole, as the earlier sets annotate 老魏. Han-style names of Mongolian, Hui, Uyghur, Tibetan and Dai people
(鲍振山, 冶振华, 妥桂芝) are category han; a Han surname before a non-Han given name (包哈斯朝鲁, 冶穆萨) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout17/make_holdout17.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(17_2026_1205)
MINORITY_GROUPS = ("mongolian", "hui", "uyghur", "tibetan", "dai")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "uyghur": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "135", "138", "150", "151", "157", "158", "166", "173", "176", "178", "181", "183",
                   "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H121: Mongolian herder couple in 阿鲁科尔沁旗 (赤峰); their son was crippled by a fall, his wife left.
DOCS["H121"] = ("family", """\
访谈者：大叔、大婶，先说说家里几口人吧。
受访者：五口人。我叫{{minority/mongolian:鲍特木尔巴根}}，户口本上的汉名是{{han:鲍振山}}，老伴叫{{minority/mongolian:白乌兰图雅}}。我们在{{trap/place:阿鲁科尔沁旗}}北边放了一辈子羊，如今草场禁牧，只剩六十只羊、九头牛。儿子{{minority/mongolian:特古斯毕力格}}前年在{{trap/place:赤峰}}工地上从架子上摔下来，腰断了，在床上躺了三年；儿媳{{han:刘晓燕}}说出去打工，一走就没了音讯。两个孙辈就跟着我们老两口。
访谈者：孩子们多大了？
受访者：（老伴接话）孙女{{minority/mongolian:阿如汗}}十三，汉名{{han:鲍雨婷}}，在{{school:阿鲁科尔沁旗天山第二中学初一（3）班}}住校。孙子{{minority/mongolian:那顺乌力吉}}七岁，在{{school:巴彦花镇中心小学一年级（2）班}}，家里喊他{{minority/mongolian:那顺}}。{{minority/mongolian:那顺}}也知道心疼人，见他爷爷腰疼，就去灶膛里掏块热砖给捂上。
访谈者：孩子爸爸现在怎么样？
受访者：在家躺着，吃饭得人喂。{{minority/mongolian:特古斯毕力格}}他脾气坏了，一不顺心就摔碗。孙女说她爸以前不这样，是疼的。旗医院的{{han:白玉山}}大夫一个月来一趟，给换药，说这病得慢慢熬。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{han:宝丽华}}，她是蒙古族，汉话说得好。她跟苏木说了，俩孩子按事实无人抚养报上去，每人每月{{trap/number:一千四百八}}。嘎查达{{minority/mongolian:包哈斯朝鲁}}给我们家报了低保，一年还给送两回饲草。苏木的民政助理{{han:孟凡军}}来核过三趟，每回都拿个本子记。旗里的社工站来了两个年轻人，女的是{{compound:令狐雅琴}}，跟她搭档的叫{{compound:慕容志博}}。{{compound:令狐雅琴}}每回来都给孙女带几本书。
访谈者：邻居们呢？
受访者：前院{{minority/mongolian:吉日格勒图}}家有台拖拉机，打草的时候顺带把我家的也打了。他就是嘴上不说，心里热乎。后院的{{han:赵建国}}是汉人，冬天帮我们拉煤。还有{{minority/mongolian:鲍额尔敦其木格}}，我老伴的表妹，孩子们的棉袍都是她一针一线缝的。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:王淑芬}}老师说，孩子作文写得好，写过一篇《我家的牛犊》，在旗里得了奖。孙子他们班的{{han:李春生}}老师年轻，爱带孩子们唱歌。孙子就是上课坐不住，老师说他想妈妈了。
访谈者：过节的时候呢？
受访者：夏天苏木办{{trap/minority_word:那达慕}}，老头子还去看赛马。正月里祭{{trap/minority_word:敖包}}，腊月二十三{{trap/minority_word:祭火}}，我们给孩子们讲{{trap/famous:成吉思汗}}的故事。今年孙女说想学{{trap/minority_word:马头琴}}，旗医院一位大夫的闺女在旗里教，说不收钱。
访谈者：您老两口身体呢？
受访者：我腰也不行，老伴血压高。{{minority/mongolian:白乌兰图雅}}她每天还得挤牛奶、熬奶茶，给儿子翻身擦洗。有时候半夜醒了想，我们俩要是走了，这一家子咋办。
访谈者：日子上最难的是什么时候？
受访者：冬天。白毛风一刮，羊圈的门冻住了，老头子腰不好推不开，我就拿铁锹一点点铲。去年开春下了场大雪，死了七只羊羔，我心疼得几天吃不下饭。孩子们开学要交资料费、买校服，钱都是从卖羊的钱里挤出来的。苏木给我们家装了光伏板，晚上有电了，孙女能在灯底下写作业，这是这几年最大的变化。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:阿鲁科尔沁旗巴彦花镇宝日浩特嘎查二组9号}}，儿子原先在城里租的房是{{address:天山镇新城区阳光小区6号楼1单元301室}}。我身份证{{id_number@mold.150421}}，孙女的{{id_number@wy2012spaced.150421}}。我电话{{mobile@plain}}，老伴的{{mobile@hyphen}}，她的微信是孙女给注册的，叫{{wechat:wulantuya_1962}}。孙女有QQ，她说给老师交作业用的，号是{{qq:3016842759}}。
访谈者：孩子们知道家里的难处吗？
受访者：知道。孙女放假回来，不用我说，就去圈里拌料、饮牛。有一回她偷偷把学校发的助学金塞在我枕头底下，我发现了，又给她塞回书包里。孙子小，不懂事，可他也知道不跟别人比新衣裳。我跟老伴说，苦是苦点，孩子们没学坏，就是我们的福气。
访谈者：名字在表上写得对吗？
受访者：乱得很。学校名单上是{{spaced:阿 如 汗}}，孙子写成{{spaced:那　顺　乌　力　吉}}。低保表上我是{{spaced:鲍特木尔 巴根}}，老伴是{{spaced:白乌兰 图雅}}。
访谈者：最后您想说什么？
受访者：盼孩子们好好念书。孙女说长大要当兽医，回来给嘎查的牛羊看病。
""")

# H122: Hui imam's wife in 临夏; orphans, a prisoner's son whose mother is on dialysis, left-behind children.
DOCS["H122"] = ("community", """\
访谈者：师母，您在坊上照管孩子们的事多少年了？
受访者：快二十年了。我叫{{han:韩桂芬}}，经名叫{{minority/hui:赛乃拜}}，家就在{{trap/place:临夏}}城北{{trap/org:清真寺}}边上。掌教的是我们家{{han:马文清}}阿訇，他的经名是{{minority/hui:伊斯玛仪}}。坊上谁家有难处，先来寺里说，乡老们商量，能帮就帮，帮不了的去找村委会、找{{trap/org:民政局}}。女人娃娃的事阿訇不方便，就是我跑。
访谈者：现在您手上有几家？
受访者：三家最操心。头一家，男人{{minority/hui:冶穆萨}}跑大车，前年在{{trap/place:兰州}}南山那段翻了车，人没了。女人{{han:喇秀英}}改嫁到{{trap/place:广河}}，娃娃留下了。大的{{minority/hui:冶优素福}}十二岁，上学用的名字是{{han:冶振华}}；小的{{minority/hui:冶阿依莎}}九岁，跟奶奶{{han:妥桂芝}}过。老人也七十多了，眼睛看不清。村里的儿童主任{{han:冶春花}}给报了孤儿基本生活费，一个月{{trap/number:一千五百二}}。
访谈者：孩子们上学怎么样？
受访者：{{minority/hui:冶优素福}}在{{school:临夏市第五中学初一（6）班}}，周末还来寺里学经。他念经声音好听，阿訇说这娃娃有灵性。妹妹在{{school:城北回民小学三年级（4）班}}，班主任{{han:何玉梅}}老师常给她梳头。
访谈者：第二家呢？
受访者：第二家男人{{han:沙永福}}卖假药，判了五年。女人{{minority/hui:韩麦尔燕}}肾不好，一个礼拜透析两回。儿子{{minority/hui:沙易卜拉欣}}十岁，家里都叫他{{minority/hui:易卜拉欣}}。{{minority/hui:易卜拉欣}}跟他妈去医院，他妈躺着透析，他就坐在走廊上写作业。州医院的{{han:马丽萍}}大夫说要换肾，得排队等。寺里散{{trap/minority_word:乜贴}}的时候给她家多留一份。
访谈者：孩子知道爸爸的事吗？
受访者：知道。班上有娃娃说他爸是坐牢的，他跟人打了一架。我去学校找{{han:韩正明}}校长，校长把那几个娃娃叫来说了一顿，后来没人再提。
访谈者：第三家呢？
受访者：第三家爹妈在{{trap/place:厦门}}开拉面馆，两个娃娃跟爷爷{{han:妥万林}}。哥哥{{minority/hui:妥阿里}}十一，妹妹{{han:妥小燕}}六岁。{{minority/hui:妥阿里}}说他长大也开拉面馆，开到北京去。{{han:妥万林}}他耳朵背，孙女发烧了都不知道，是邻居{{minority/hui:喇尤努斯}}看见了，抱着送到乡卫生院的。
访谈者：除了寺里，还有谁帮忙？
受访者：村委会，乡上的民政专干{{han:冶国栋}}。县上社工站来过两个，一个叫{{compound:公孙晓梅}}，还有一个是{{compound:东方雨辰}}，小伙子话不多，给老人家修好了电视。那个姑娘教娃娃们画画。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，坊上炸{{trap/minority_word:油香}}，我先给这几家送。娃娃们穿上新衣服去寺里，跟别的娃娃一样。阿訇给他们讲{{trap/famous:郑和}}下西洋的故事，说咱回回人里也出过走得远的人。
访谈者：坊上的人怎么看这几家？
受访者：大多数是好心的。也有人说闲话，说改嫁的女人不该把娃娃丢下，说坐牢的人家娃娃也学不好。我听见了就当面说，娃娃有啥错？大人的事不能算在娃娃头上。礼拜五主麻散了以后，我常在寺门口跟女人们坐一会儿，谁家有旧衣裳、旧书包，就收拢起来，洗干净了再送过去。娃娃们穿着合身，脸上也有了笑模样。
访谈者：登记表要填地址和号码。
受访者：头一家在{{address:临夏县北塬镇罗家村四社12号}}，{{minority/hui:韩麦尔燕}}家在{{address:临夏市八坊街道团结小区3号楼2单元201室}}。奶奶的身份证{{id_number@wold.622921}}。我电话{{mobile@plus86}}，{{minority/hui:韩麦尔燕}}的电话{{mobile@spaced}}，她微信{{wechat:Maieryan_Han}}。{{minority/hui:易卜拉欣}}拿他妈的手机玩QQ，号码我让他写在作业本背面了：{{qq:２６５０１８４７}}。
访谈者：您做这些，家里人支持吗？
受访者：阿訇支持，他说这是善功。我自己的娃娃都大了，在外头工作，有时候打电话说妈你歇歇吧。我说歇不住，一天不去看看那几个娃娃，心里就空落落的。
访谈者：表上名字写得规范吗？
受访者：不规范。经名是音译，各人写各的。有把大娃娃写成{{spaced:冶 优 素 福}}的，把他妈写成{{spaced:韩麦 尔燕}}的，还有{{spaced:冶阿依 莎}}。我自己在花名册上是{{spaced:韩　桂　芬}}。
访谈者：您最盼什么？
受访者：盼娃娃们长大都有出息，别像他们的爹那样走歪路。
""")

# H123: Uyghur grandmother in 疏附 (喀什) raising her dead son's children; their mother is mentally ill.
DOCS["H123"] = ("family", """\
访谈者：奶奶，您身体还好吧？我们慢慢聊。
受访者：好，好。我叫{{minority/uyghur:帕提古丽·买合木提}}，今年七十一。老伴{{minority/uyghur:吾买尔江·热西提}}走了八年了。我们家在{{trap/place:疏附县}}，离{{trap/place:喀什}}城四十公里。儿子{{minority/uyghur:买买提明·吾买尔}}前年在工地上从楼上掉下来，没救过来。儿媳{{minority/uyghur:努尔比耶·阿不都拉}}受了刺激，脑子不清楚了，回了娘家，她妈照顾她。两个孩子就跟着我。
访谈者：孩子们叫什么？多大？
受访者：孙子{{minority/uyghur:阿卜杜萨拉木买买提明}}，十一岁，我们叫他{{minority/uyghur:萨拉木}}。孙女{{minority/uyghur:祖丽皮耶·买买提明}}，八岁。{{minority/uyghur:萨拉木}}在{{school:疏附县托克扎克镇第一小学五年级（2）班}}，{{minority/uyghur:祖丽皮耶}}在同一个学校读二年级。
访谈者：孩子爸爸走了以后，家里怎么过？
受访者：{{minority/uyghur:买买提明}}在的时候，家里的钱都是他挣。他走了，我一个老婆子，只有四亩地，种点玉米和棉花。村里给我报了低保，两个孩子按事实无人抚养，每月每人{{trap/number:一千三百二}}。工作队的{{han:陈志刚}}队长帮着跑的手续，跑了{{trap/org:县民政局}}好几趟。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:萨拉木}}他聪明，数学考第一，就是不爱说话。他的班主任{{minority/uyghur:米热古丽·艾海提}}老师说，他爸走了以后他画的画都是黑色的。学校心理老师{{han:佘文静}}每个礼拜找他谈一次。{{minority/uyghur:祖丽皮耶}}就爱跳舞，{{trap/minority_word:麦西来甫}}上别人一弹琴她就转圈。
访谈者：村里谁帮得最多？
受访者：村支书{{minority/uyghur:库尔班江·依明}}，还有儿童主任{{han:周丽萍}}。她是汉族，嫁到我们村十几年了，维吾尔话说得比我孙子还溜。邻居{{minority/uyghur:吐尼莎汗}}天天打{{trap/minority_word:馕}}，总给我们多打两个。她说，邻居就是半个亲人。乡卫生院的{{han:刘晓霞}}大夫给我量血压。社工站来过两个年轻人，姑娘叫{{compound:上官雪莹}}，小伙子是{{compound:尉迟宏伟}}，给孩子们带来了彩笔和本子。
访谈者：儿媳妇还来看孩子吗？
受访者：好的时候来。{{minority/uyghur:努尔比耶}}她抱着孩子哭，说对不起。不好的时候谁也不认得。她的哥哥{{minority/uyghur:艾则孜·阿不都拉}}在{{trap/place:乌鲁木齐}}打工，一年给孩子们寄两回钱。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}的时候，我给孩子们做新衣服，用的是我年轻时候那块{{trap/minority_word:艾德莱斯}}绸子。晚上我给他们讲{{trap/famous:阿凡提}}骑毛驴的故事，孙女笑得在炕上打滚。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难的是孩子生病的时候。去年冬天孙女发高烧，半夜里我抱着她走到村口，是巡逻的民兵开车把我们送到乡卫生院的。还有就是孩子的作业，我不识字，帮不上。现在村里办了个晚托班，大学生志愿者晚上教孩子们写作业，孙子的成绩上去了。我就在家里揉面打馕，等他们回来吃热的。
访谈者：登记表要写住址、号码。
受访者：家在{{address:疏附县托克扎克镇阿亚克库木村3组15号}}。儿媳妇娘家在{{address:喀什市亚瓦格街道石榴园小区11号楼1单元602室}}。我的身份证{{id_number@wold.653121}}，孙子的{{id_number@my2014tri.653121}}，一个派出所的小伙子三个三个念给我听的。电话我不会记，是孙子帮着写的：我的{{mobile@s74}}，{{han:陈志刚}}队长的{{mobile@plus86dash}}。{{han:周丽萍}}的微信{{wechat:zhouliping_tkzk}}。孙子的QQ是学校老师给注册的，说上网课用，号码是{{qq:1904728563}}。
访谈者：孩子们的妈妈还能回来吗？
受访者：大夫说这个病要长期吃药，吃上药就能好一些。我心里盼着她好，好了就回来，孩子们还是要妈妈。孙女晚上睡觉前总要问一句，妈妈今天吃药了吗？我说吃了，吃了就快好了。
访谈者：名字写得一样吗？
受访者：不一样。户口本上是{{minority/uyghur:帕提古丽·买合木提}}，低保卡上成了{{minority/uyghur:帕提古丽买合木提}}，没有点；学校表上孙子是{{spaced:阿卜杜萨拉木 买买提明}}，孙女是{{spaced:祖 丽 皮 耶}}，还有把我写成{{spaced:帕提古丽 · 买合木提}}的，点两边都空着。
访谈者：您最大的愿望是什么？
受访者：看着孙子孙女长大成人。孙子说要考到北京去，我说奶奶等着你。
""")

# H124: Amdo Tibetan father in 泽库 (黄南), widowed, lamed by a fall, with three children and his old mother.
DOCS["H124"] = ("family", """\
访谈者：您家里现在几口人？
受访者：五口。我叫{{minority/tibetan:才让东周}}，四十四岁，在{{trap/place:泽库}}放牧。老婆{{minority/tibetan:拉毛措}}前年得包虫病走了，丢下三个娃娃和我阿妈。我前年冬天骑摩托去找牛，摔断了右腿，现在走路一瘸一拐，重活干不了。
访谈者：孩子们多大？
受访者：大的姑娘{{minority/tibetan:卓玛吉}}十四，在{{school:泽库县民族中学初二（1）班}}；老二是儿子，叫{{minority/tibetan:次仁多吉}}，十岁，我们都叫他{{minority/tibetan:次仁}}；老三{{minority/tibetan:周毛草}}五岁，在乡上的幼儿园。{{minority/tibetan:次仁}}在{{school:和日镇寄宿制小学四年级（3）班}}，礼拜五我骑摩托去接他。
访谈者：阿妈身体怎么样？
受访者：阿妈{{minority/tibetan:周毛加}}七十了，眼睛有白内障。她每天早上{{trap/minority_word:煨桑}}，转{{trap/minority_word:玛尼堆}}，回来给娃娃们拌{{trap/minority_word:糌粑}}、打{{trap/minority_word:酥油}}茶。{{minority/tibetan:周毛加}}她说，只要她还能动，娃娃们就饿不着。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:拉毛才吉}}，她前前后后跑了好几趟，给三个娃娃办了事实无人抚养，一个月一人{{trap/number:一千三百八}}。我有残疾证，二级，{{trap/org:县残联}}给我配了拐杖。村支书{{minority/tibetan:尖措才让}}给我们家报了低保。{{minority/tibetan:尖措}}他说，有政府在，你莫怕。乡上民政专干{{han:李进财}}每季度来入户一回。县医院的{{han:赵明远}}大夫给我看腿。县上社工站有个{{compound:欧阳思琪}}，是汉族姑娘，会说几句藏话，跟{{compound:诸葛宏亮}}一起来，给娃娃们带了书包。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:卓玛吉}}学习好，班主任{{han:马丽君}}老师说她能考到{{trap/place:西宁}}的高中。可她说要退学回家放牛，让弟弟妹妹念书，我骂了她一顿。{{han:马丽君}}老师也来家里劝，说国家有助学金。{{minority/tibetan:次仁}}也懂事，放假回来就帮奶奶背水。
访谈者：孩子们的舅舅、叔叔呢？
受访者：我弟弟{{minority/tibetan:更登旦增}}在{{trap/place:同仁}}的寺里当阿卡，每月给娃娃们寄点钱。娃娃的舅舅{{minority/tibetan:次仁东智}}在州上开出租车，他跟我说，姐姐不在了，这几个娃娃就是他的娃娃。
访谈者：过节呢？
受访者：{{trap/minority_word:六月会}}的时候带娃娃去{{trap/place:热贡}}看跳神。藏历年阿妈给娃娃们讲{{trap/famous:格萨尔王}}的故事，娃娃们听得眼睛都不眨。
访谈者：冬天牧场上怎么过？
受访者：冬天最难熬。娃娃们放寒假回来，帐篷里冷，我们搬到定居点的房子里住，烧牛粪取暖。牛粪是阿妈和大姑娘一筐一筐捡的，堆了一院子。我腿不好，放牧就请亲戚帮忙，一年给人家几只羊。今年乡上给我们家换了新的太阳能，晚上娃娃们能看电视、写作业了。大姑娘说，等她工作了，要给奶奶把眼睛治好，再给我买辆三轮摩托。
访谈者：请说一下登记信息。
受访者：家在{{address:泽库县和日镇叶贡村二社7号}}，冬窝子在{{address:泽库县宁秀乡拉格日村三社22号}}。我身份证{{id_number@my1981x.632323}}，{{minority/tibetan:卓玛吉}}的{{id_number@wy2011fullwidth.632323}}。电话{{mobile@plus86spaced}}，{{minority/tibetan:拉毛才吉}}的电话{{mobile@s434}}，她的微信{{wechat:lamocaiji_zeku}}。大姑娘有个QQ，说是学校里交作业用，号码{{qq:860347215}}。
访谈者：孩子们想妈妈吗？
受访者：想。小的那个老问妈妈去哪儿了，阿妈就说妈妈去了很远的地方，等她长大就能见着。大姑娘把她妈的一串念珠一直戴在手腕上，睡觉也不摘。我嘴笨，不会劝，就带他们去寺里点灯，点完灯他们心里好受点。
访谈者：村里还有别的娃娃这样吗？
受访者：有，乡上这样的娃娃有二三十个，有的是父母病了，有的是出去打工不回来。乡上每年暑假请社工来办夏令营，娃娃们在一起玩几天，回来话都多了。
访谈者：表上的名字对吗？
受访者：我们藏族名字汉字写法多。表上有{{spaced:才让 东周}}，中间空一格；有{{spaced:次仁 多吉}}；阿妈成了{{spaced:周 毛 加}}；学校把大姑娘写成{{spaced:卓　玛　吉}}。
访谈者：您最大的心愿呢？
受访者：娃娃们念书念出去。我腿瘸了，放不了几年牧了，就指望他们。只要他们肯念，我卖了牛也供。阿妈常说，羊再多也会被雪埋掉，念进肚子里的书谁也拿不走。我想这话是对的，就照这话做。
""")

# H125: Han kindergarten teacher in 武清 (天津) and the five children in distress of her class.
DOCS["H125"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：大班。我叫{{han:邝丽娜}}，在{{trap/place:武清}}城里的幼儿园干了十二年，是{{school:武清区杨村第三幼儿园大（2）班}}的班主任。班上三十一个孩子，有五个是困境儿童，我这学期一个一个摸了底。
访谈者：能说说这五个孩子吗？
受访者：头一个是{{han:郑梓萱}}，她爸{{han:郑海涛}}因为盗窃进去了，判了四年，她妈{{han:高红梅}}跟人走了。现在跟奶奶{{han:郑桂荣}}过，老人也六十八了，每天骑三轮车接送。{{han:郑梓萱}}她画全家福，只画奶奶和她自己。
访谈者：第二个呢？
受访者：第二个{{han:孙浩然}}，妈妈{{han:李秋菊}}乳腺癌，正在化疗，爸爸{{han:孙大勇}}在{{trap/place:天津}}港开集卡，白天黑夜两头跑。孩子有时候穿着昨天的脏衣服来，我就让保育员阿姨给他换一身园里的。
访谈者：第三个？
受访者：第三个是孤儿，{{han:甘雨桐}}，爸妈前年出车祸一起走了，跟着姥姥姥爷。姥爷{{han:甘德顺}}有心脏病，姥姥{{han:吴凤兰}}腿脚不好。她的哥哥{{han:甘雨泽}}在{{school:杨村第五小学三年级（4）班}}，放了学自己走过来接妹妹。兄妹俩一人一个月拿{{trap/number:两千零五十}}的孤儿基本生活费，是街道的儿童主任{{han:黎秀云}}给办的。
访谈者：第四个？
受访者：第四个{{han:简一诺}}，爸爸聋哑，在{{trap/org:区残联}}登记的是一级听力残疾，妈妈智力有点问题。孩子说话晚，三岁半才会叫人。我们请了区康复中心的{{han:伍志红}}老师每周来一次，给他做语言训练，现在孩子都能背儿歌了。
访谈者：第五个？
受访者：第五个叫{{han:许安安}}，妈妈是从{{trap/place:西双版纳}}嫁过来的傣族，叫{{minority/dai:玉应香}}，爸爸{{han:许国强}}在工地上摔瘫了。{{minority/dai:玉应香}}说她想带孩子回云南，投奔她哥哥{{minority/dai:岩罕温}}，又舍不得孩子爸。
访谈者：幼儿园能做些什么？
受访者：我们园长{{han:麦秋玲}}定了规矩，困境儿童的伙食费全免，冬天每人发一身棉服。我跟配班老师{{compound:皇甫欣怡}}一人包两三个孩子，每周跟家长通一次电话。街道社工{{compound:司马文涛}}每月来园里做一次小组活动。上回他带孩子们做手工，{{han:郑梓萱}}做了个风筝，说要飞到她爸那儿去。
访谈者：这些孩子在园里跟别的孩子有什么不一样？
受访者：有的特别黏人，早上来了就抱着老师的腿不撒手；有的一整天不说话，午睡的时候偷偷哭。我们给每个困境儿童建了成长档案，记他们吃饭、睡觉、情绪，每个月跟家长对一次。开家长会的时候，来的都是爷爷奶奶、姥姥姥爷，有的不识字，我就一条一条念给他们听。我跟他们说，孩子在园里有老师，在家里有您，别怕麻烦我们。
访谈者：家长的信息您都登记了吗？
受访者：登记了。{{han:郑桂荣}}家在{{address:武清区杨村街道泉兴里小区14号楼2门301}}，{{han:甘德顺}}家在{{address:武清区大良镇田水铺村南街36号}}。{{han:甘雨桐}}的身份证是{{id_number@wy2019.120114}}。{{han:孙大勇}}的电话{{mobile@spaced}}，{{han:郑桂荣}}的电话{{mobile@fws}}。家长群里孩子爸的微信是{{wechat:dayong_jika1988}}。{{han:甘雨泽}}有QQ，说想跟老师说话就用这个，他把号码工工整整写在我本子上：{{qq:51738294}}。
访谈者：您自己有没有觉得吃不消的时候？
受访者：有。有一阵子我晚上睡不着，老想着哪个孩子今天哭了、哪个孩子没吃饭。后来区里给我们老师办了培训，教我们怎么照顾孩子也照顾自己。现在我每周跟同事聊一次，互相说说，心里松快多了。
访谈者：孩子的名字写法有出入吗？
受访者：有。区里的表是手填的，有的写成{{spaced:郑 梓 萱}}，有的把{{spaced:甘雨 桐}}中间空一格。{{minority/dai:玉应香}}在表上写成了{{spaced:玉 应 香}}。配班老师的名字也被写成{{spaced:皇　甫　欣　怡}}。
访谈者：最后您想说什么？
受访者：孩子们小，什么都记得。我不{{trap/word:甘心}}看着他们因为家里的事落在别人后头，就想让他们在园里这几年过得{{trap/word:简单}}点、高兴点。等他们上了小学，我还会去学校问问，看他们适应得怎么样，有没有人欺负。这些孩子我都记着，一个也忘不了。
""")

# H126: Han township cadre in 花垣 (湘西) reading out the low-income families of his ledger.
DOCS["H126"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：全镇困境儿童的台账。我叫{{han:向建平}}，在{{trap/place:花垣县}}的镇上管民政和社会救助。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:龙桂英}}，女，五十六，低保户。女婿{{han:吴长青}}在{{trap/place:吉首}}打工出车祸没了，女儿{{han:石翠莲}}改嫁了。外孙{{han:吴天乐}}十岁，在{{school:花垣县双龙镇中心完小四年级（1）班}}，按事实无人抚养报的。表上把户主写了两遍，“{{han:龙桂英}}{{han:龙桂英}}”，是村文书{{han:麻文斌}}录系统的时候复制多了。
访谈者：第二户呢？
受访者：第二户，{{han:彭家和}}，男，四十一，尿毒症，一周透析三次。老婆前年跑了。儿子{{han:彭宇航}}十三，女儿{{han:彭雨欣}}八岁。{{han:彭家和}}他们家的低保是全额的，两个孩子还有每月{{trap/number:九百六十元}}的困境儿童补贴。村支书{{han:石建华}}说，大儿子想辍学去打工，他跟校长去家里劝了两回。
访谈者：第三户？
受访者：第三户，{{han:梁春风}}，贩毒判了十年，在{{trap/place:长沙}}服刑。老婆{{han:龙小妹}}智力残疾。两个娃娃{{han:梁子豪}}、{{han:梁子萱}}跟爷爷{{han:梁德富}}过。老人也说，这两个孙子是他的命根子。{{han:梁子豪}}在{{school:花垣县民族中学初二（5）班}}，学校免了他的住宿费。
访谈者：第四户？
受访者：第四户是孤儿，{{han:麻金秀}}，十二岁，爸妈前后脚得病走了，跟叔叔{{han:麻云龙}}过。他自己有三个娃娃，日子紧。镇卫生院的{{han:时秋月}}大夫每月给她做一回体检，她贫血。儿童主任{{han:杨翠兰}}婶三天两头去看她，给她扎辫子。
访谈者：还有谁参与这些工作？
受访者：县里派来驻村的第一书记叫{{compound:欧阳建辉}}，帮扶责任人是{{compound:宇文丽华}}。第一书记每个礼拜都进村。县社工站有{{compound:闾丘晓燕}}，还有{{compound:漆雕若曦}}，她们搞了个“四点半课堂”。派出所{{han:符立新}}所长给几个娃娃办户口，一分钱没收。镇长开会时讲，这些娃娃一个都不能漏。
访谈者：娃娃们平时怎么过？
受访者：放学了在课堂写作业，周末跟着爷爷奶奶上山捡柴。{{trap/minority_word:赶秋节}}的时候村里打{{trap/minority_word:苗鼓}}，娃娃们都去看。{{trap/famous:沈从文}}写过我们这边的山水，社工拿他的书给娃娃们念，{{han:麻金秀}}听得最认真。
访谈者：核对这些家庭的时候最难的是什么？
受访者：山高路远，有的寨子车开不进去，要走一个多钟头。有的老人只会说苗话，我带着村里的年轻人去翻译。还有就是政策变得快，今年这个标准，明年那个标准，我们得一户一户重新算，算错了就要退钱。每年春节前，我们给每个困境儿童送一袋米、一桶油，再加一套冬衣，娃娃们看到摩托车开进寨子就跑出来喊。
访谈者：台账上的信息呢？
受访者：{{han:龙桂英}}家在{{address:花垣县双龙镇岩坪村三组16号}}，{{han:彭家和}}家在{{address:花垣县花垣镇锦绣小区8栋2单元501室}}。{{han:麻金秀}}的身份证{{id_number@wy2013.433124}}，{{han:彭家和}}的{{id_number@mmidspaced.433124}}。{{han:杨翠兰}}的{{mobile@p86h}}，她的微信也是这个号。我的微信{{wechat:xjp_minzheng}}。{{han:彭宇航}}有个QQ，他说在网上找过招工的，我叫他写给我，号码是{{qq:2287640193}}。
访谈者：这些娃娃以后怎么办？
受访者：能读书的我们尽量让读书，读职中、读大学都有补助。读不进去的，县里有技能培训，学汽修、学厨师。我们最怕的是娃娃十五六岁就跟人出去打工，在外头没人管，容易走歪。
访谈者：名字写法都一致吗？
受访者：不一致。有的表上是{{spaced:龙 桂 英}}，有的是{{spaced:彭　家　和}}，还有{{spaced:梁春 风}}、{{spaced:麻　金　秀}}。第一书记在签到表上被写成{{spaced:欧 阳 建 辉}}，他自己看了都笑。这些我们年底一起改。
访谈者：您做这行最怕什么？
受访者：怕漏。漏了一个娃娃，娃娃一年的钱就没了。我们镇上的山路{{trap/word:石头}}多，我一年骑坏两辆摩托，也得一户一户走到。走得多了，哪家的狗认得我，哪家的老人爱喝茶，我都清楚。娃娃们见了我喊叔叔，我听着比领奖还高兴。
""")

# H127: Cantonese-speaking Han grandmother in 廉江 (湛江) raising four left-behind grandchildren.
DOCS["H127"] = ("family", """\
访谈者：阿婆，您家里几个孙子？
受访者：四个。我叫{{han:冼秀群}}，今年六十九，住在{{trap/place:廉江}}乡下。老伴前年中风走了。儿子{{han:陈伟坤}}同新抱{{han:黎美玲}}在{{trap/place:东莞}}电子厂做工，一年只回来一次。村里人都叫我儿子{{han:阿坤}}，叫新抱{{han:阿玲}}。儿子说厂里加班多，过年都不一定回得来。
访谈者：孩子们多大了？
受访者：大的孙子{{han:陈俊杰}}十二岁，我们叫他{{han:杰仔}}；孙女{{han:陈嘉欣}}九岁，叫{{han:欣妹}}。{{han:杰仔}}在{{school:廉江市石岭镇第二小学六年级（3）班}}，{{han:欣妹}}在同一间学校读三年级。还有两个是我女儿{{han:陈丽珍}}的，她离了婚，去{{trap/place:深圳}}做家政，两个外孙{{han:黄志豪}}、{{han:黄思敏}}也放在我这里。{{han:黄志豪}}就是{{han:豪仔}}，在镇上读四年级。
访谈者：您一个人带四个，辛苦吗？
受访者：辛苦也要带。早上五点起身煲粥，送完他们上学就落田。孙女也会帮手晒衫、扫地。最怕是{{han:豪仔}}，成日去河边玩水，我追都追不上。村里有个细路仔前年就在那条河出了事。
访谈者：有谁帮您？
受访者：村委的儿童主任{{han:区惠芳}}，她三日两头上来看。她同我讲，女儿这两个算事实无人抚养，帮我报了，每月有补助。隔篱屋的{{han:老莫}}，大名叫{{han:莫国栋}}，帮我修屋顶。他也有七十了，爬上爬落我都惊他跌。镇上的社工{{compound:乐正思彤}}每个月来一次，同她一齐来的还有{{compound:赫连梓涵}}，教孩子们做功课。卫生院的{{han:庞海燕}}医生给孙女看过哮喘，药都是她帮着申请减免的。
访谈者：孩子们想爸爸妈妈吗？
受访者：想啊。{{han:欣妹}}每晚都要同她妈视频，她妈在那边一边做工一边讲。{{han:杰仔}}大了，嘴上不说，其实最想。上个月他偷偷拿我的钱买车票，想去东莞找他爸，走到车站被{{han:梁志明}}老师截住了。那位老师是他的班主任，后生仔，好有耐心。
访谈者：您自己身体怎样？
受访者：血压高，膝头痛。{{trap/word:麦子}}我们这里不种，种番薯同{{trap/word:甘蔗}}，我一个人种不动了，租了一半给{{han:钟伟强}}他们家。他也是村委的，每年年尾送两包米过来。
访谈者：过年过节怎么过？
受访者：年例最热闹，村里游神、摆酒，孩子们最钟意。我同他们讲{{trap/famous:冼夫人}}的故事，讲她怎样保一方平安。孙子话我讲来讲去都是那几个，天光未到就叫我起身去看飘色。
访谈者：学校那边怎么样？
受访者：学校好，老师经常打电话来。孙子成绩中等，就是数学差，孙女读书好，奖状贴满了半面墙。今年学校搞了个留守儿童之家，放学以后可以在那里打电话、看书，还有老师陪着。我不识字，开家长会听不懂，老师就慢慢同我讲。我同孩子们讲，阿婆供你们读书，你们就要读出个样子来。
访谈者：登记表要写地址和号码。
受访者：屋企在{{address:廉江市石岭镇塘蓬村委会下坡村21号}}，女儿在深圳租的房是{{address:宝安区西乡街道富华新村B栋705房}}。我的身份证{{id_number@wold.440881}}，{{han:黄志豪}}的{{id_number@my2015quad.440881}}。我的电话{{mobile@plain}}，{{han:阿坤}}的电话{{mobile@plus86}}，新抱的微信{{wechat:meiling_dg0812}}。{{han:杰仔}}有个QQ，他说打游戏用的，我叫他写给老师，号码是{{qq:71526093}}。
访谈者：您有没有想过带孩子们去东莞？
受访者：想过，去不成。那边屋租贵，孩子读书又要积分，排不上号。儿子同新抱住的是厂里宿舍，八个人一间。不如留在乡下，起码有阿婆煮饭，有村里的人照看。
访谈者：孩子们的名字表上写得对吗？
受访者：有错的。学校那张表把{{han:陈嘉欣}}写成{{spaced:陈 嘉 欣}}，把外孙写成{{spaced:黄　思　敏}}，还有一张写我是{{spaced:冼秀 群}}。社工姑娘签名是{{spaced:乐 正 思 彤}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼{{han:阿坤}}同{{han:阿玲}}早点回来，在廉江找份工。其实都一样，{{trap/word:区别}}只是钱多钱少，一家人在一起最要紧。我老了，不知还带得几年，只求菩萨保佑孩子们平平安安，个个读得书、做得人。
""")

# H128: Han hospital social worker in 呼和浩特 with children's cases from several banners.
DOCS["H128"] = ("staff", """\
访谈者：您在医院做社工多久了？
受访者：六年。我叫{{han:聂文慧}}，在{{trap/place:呼和浩特}}一家三甲医院的医务社工部，主要跟儿科和肿瘤科的困境儿童。我把这几个月手上的个案说一下，都从各个旗县转过来的。
访谈者：好。
受访者：第一个是{{trap/place:四子王旗}}的蒙古族孩子{{minority/mongolian:苏布道尔吉}}，十岁，白血病。他爸{{minority/mongolian:宝音陶克陶}}去年放牧的时候被雷击死了，他妈{{minority/mongolian:萨其拉图}}一个人带着他来看病。{{minority/mongolian:苏布道尔吉}}他化疗掉了头发，还安慰他妈说头发会长回来。我们帮着申请了大病救助，又对接了一个基金会。
访谈者：家里还有谁？
受访者：有个姐姐{{minority/mongolian:宝其其格敏}}，在{{school:四子王旗蒙古族中学高一（2）班}}读书，寒假来医院陪床。嘎查的儿童主任{{han:贺丽萍}}每周给我打电话问孩子。旗医保局的同志帮着把报销比例提了上去。
访谈者：第二个呢？
受访者：第二个是{{trap/place:包头}}{{trap/place:达茂旗}}的，{{han:王家兴}}，八岁，先天性心脏病。爸爸{{han:王振东}}在监狱里，妈妈{{han:侯秀梅}}有精神分裂，孩子一直跟着外婆{{han:侯桂珍}}。老人也七十多了，在病房里打地铺。手术是心外科的{{han:韩立新}}主任做的，主任说孩子恢复得不错。
访谈者：第三个？
受访者：第三个是{{trap/place:土左旗}}的，{{minority/mongolian:鲍那仁图雅}}，十四岁，烧伤。她家平房失火，爸爸为了救她没出来。她妈{{han:张玉霞}}改嫁了，现在跟大伯{{minority/mongolian:鲍孟和巴雅尔}}过。大伯说，侄女就是亲闺女。植皮做了三次，{{minority/mongolian:鲍那仁图雅}}就是不愿意照镜子。
访谈者：您怎么帮她？
受访者：我找了心理科的{{han:乔春燕}}大夫给她做评估，又跟她学校{{school:察素齐镇第三中学初二（6）班}}的{{han:郝丽君}}老师商量，返校前先让同学们写信。老师说，全班四十个人，写了四十封。
访谈者：你们部门几个人？
受访者：五个。主任{{han:范志强}}，同事{{compound:端木嘉懿}}、{{compound:长孙静宜}}，还有新来的{{compound:呼延博文}}。我们跟{{trap/org:市妇联}}、红十字会都有合作。她会说蒙语，蒙古族家长都愿意跟她说。
访谈者：还有别的个案吗？
受访者：还有一个{{trap/place:和林格尔}}的，{{han:武晓东}}，十一岁，肾病综合征，爸妈都在外地打工，跟奶奶{{han:崔兰英}}。孩子也懂事，住院的时候给同病房的小孩讲故事，讲{{trap/famous:王昭君}}出塞，讲得头头是道。
访谈者：这些家庭最需要的是什么？
受访者：钱是一方面，更要紧的是有人陪着走完这一段。住院一住几个月，家长不懂报销，不会填表，有的连病房都找不到。我们从入院开始跟，帮他们申请救助、联系学校、找住处，出院了再做回访。有的孩子病好了回到学校跟不上，我们就跟学校商量补课。最难的是孩子走了的那几家，我们陪着家长办后事，过几个月再去看一次。
访谈者：个案的资料怎么登记？
受访者：头一个孩子家在{{address:四子王旗乌兰花镇赛音宝力格嘎查一组5号}}，第二个孩子外婆家在{{address:达茂旗百灵庙镇新华小区12号楼3单元402室}}。{{minority/mongolian:苏布道尔吉}}的身份证{{id_number@my2015.150929}}，他妈的{{id_number@wmidfwhyphen.150929}}，{{minority/mongolian:鲍那仁图雅}}的{{id_number@wy2011x.150121}}。{{minority/mongolian:萨其拉图}}的电话{{mobile@fullwidth}}，{{han:侯桂珍}}的{{mobile@plus86spaced}}，孩子大伯的微信{{wechat:Menghe_Bayaer77}}。我的工作微信{{wechat:nie_yiwu_sw}}。{{minority/mongolian:鲍那仁图雅}}有个QQ，她说只跟我一个人聊，号码写在病历夹后面：{{qq:3349017625}}。
访谈者：医院里有哪些帮助这些孩子的办法？
受访者：有一个儿童救助基金，困境儿童住院可以申请，最多补到自付部分的一半。病房里我们办了个小课堂，请志愿者给长期住院的孩子上课，省得他们落下功课。逢年过节我们在病区办联欢，孩子们自己出节目，家长看着都掉眼泪。
访谈者：名字登记上有问题吗？
受访者：多。病历上有{{spaced:苏 布 道 尔 吉}}，有{{spaced:鲍那仁 图雅}}。{{han:王家兴}}被写成{{spaced:王 家 兴}}，同事被写成{{spaced:端　木　嘉　懿}}。医保系统只认身份证上的写法，差一个字都报不了。
访谈者：您最大的感受？
受访者：孩子病了，一家人就垮了一半。我们能做的，是让他们知道不是一个人在扛。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=121,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
