# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 50 (tests/pii/holdout50/H385-H392 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 51, written at the same time, is not an
earlier set).

Set 50 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandfather
in 兴和 (乌兰察布) raising two grandchildren whose father died on the road and whose mother remarried; a Tibetan
mother in 南木林 (日喀则) whose husband fell from scaffolding in 拉萨 and cannot walk; a Hui father in 清水 (天水),
lamed when a brick kiln collapsed, whose wife had a stroke; a Han grandmother in 阳江 raising three grandchildren
known by nicknames while their father is in prison; a Han village teacher in 孝义 (吕梁) who keeps in touch with
pupils and parents on WeChat and QQ; a widowed Uyghur father in 巴楚 (喀什), half blind from diabetes, with three
children and his old father; a Han civil-affairs officer in 察哈尔右翼前旗 (乌兰察布) reading out a case file; and a
Han mother in 晋城 whose son has cerebral palsy and whose husband works in a coal mine in 哈密. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to
seven characters (阿拉腾其劳, 额日敦其其格, 图布新朝克图, 宝力尔吉雅图, 苏日格其木格) with short forms after them
(哲日根图 then 哲日根, 苏日格其木格 then 苏日格, 毕力贡达来 then 毕力贡, 其布日巴雅尔 then 其布日他); Tibetan names
(次仁央珍, 旦增尼玛, 米玛普赤, 次旦多布杰) with short forms (普琼次仁 then 普琼他, 达娃旺堆 then 达娃说) and the Han
name of a Tibetan (唐多杰); Hui Han-form names beside 经名 (丁守仁 / 阿布杜勒, 马秀芹 / 乌姆热, 马占魁 / 祖莱曼) and a
Han surname before an Arabic name (丁伊斯哈尕 then 伊斯哈尕, 丁尔布白克, 马叶尔孤卜, 马祖莱依哈; 鲁给也 ending in the
particle-like 也); Uyghur given name + father's name with and without the dot (艾则孜·吐尔洪 and 艾则孜吐尔洪,
麦麦提艾力·艾则孜 and 麦麦提艾力艾则孜) and short forms (麦麦提艾力, 热孜万古丽, 排孜拉, 依巴代提); Cantonese
nicknames that are words, annotated whole (冬菇都, 荔枝也, 蚬仔就, 阿彬) and names as WeChat and QQ show them
(莲子, 二宝, 梅梅, 老温头); Han names with common and rare surnames, titles and kin words, names that contain words
(杨满仓, 王有金, 童海鸥, 贺喜旺, 李满囤, 张来福), a name written twice on a form (刘桂枝刘桂枝), a name followed
directly by her mobile (电话：刘桂枝1...), names before particles and verbs and after 叫/是/给/跟/和/找/让; spaced,
dotted and split names; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with the inline markup of ``_setkit.MARK``:

* ``{{category:literal}}``        a seeded item given literally (``{{han:申秀娟}}``, ``{{qq:50273816}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016fwhyphen.140525}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 阿訇, 律师) and
a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边) are
outside the span; a Cantonese nickname or form of address (冬菇, 荔枝, 蚬仔, 阿彬) and a name as WeChat or QQ shows
it (莲子, 二宝, 梅梅, 老温头) are annotated whole. Han-style names of Tibetans and Hui (唐多杰, 丁守仁, 马秀芹) are
category han; a Han surname before a non-Han given name (丁伊斯哈尕, 马叶尔孤卜) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout50/make_holdout50.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(50_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "165", "172", "177", "180", "182", "185",
                   "186", "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H385: Mongolian grandfather in 兴和 (乌兰察布) raising two grandchildren; their father died on the road, their mother remarried.
DOCS["H385"] = ("family", """\
访谈者：大爷，您先说说家里的情况吧。
受访者：家里就剩三口了。我叫{{minority/mongolian:阿拉腾其劳}}，今年七十三，身份证上的汉名是{{han:包玉山}}。老伴{{minority/mongolian:额日敦其其格}}前年走了。我们是{{trap/place:兴和}}县{{trap/place:苏木山}}底下的老户，祖上从察哈尔草地上搬过来的。儿子{{minority/mongolian:苏和巴鲁}}在{{trap/place:集宁}}跑货车，三年前腊月在高速上出了事，人没了。儿媳{{han:贾润娥}}守了一年，改嫁到{{trap/place:张家口}}去了，两个孩子留给了我。
访谈者：孩子们现在多大？
受访者：孙子{{minority/mongolian:哲日根图}}十二，我们喊他{{minority/mongolian:哲日根}}；孙女{{minority/mongolian:苏日格其木格}}九岁，家里叫{{minority/mongolian:苏日格}}。{{minority/mongolian:哲日根}}在{{school:兴和县第二小学六年级（4）班}}，{{minority/mongolian:苏日格}}在{{school:城关镇民族小学三年级（1）班}}。孙子都会骑摩托了，可我不让他骑，他爸就是在路上没的。
访谈者：这几年谁在帮你们？
受访者：村里的儿童主任{{minority/mongolian:毕力贡达来}}，是我远房侄子。他跑前跑后，给两个孩子报了事实无人抚养，一人一个月{{trap/number:一千二百五}}。{{minority/mongolian:毕力贡}}说话直，去乡里替我们争过好几回。乡上的民政助理{{han:贺存良}}每季度来一趟，拿着表一项一项对。村医{{han:郝月娥}}隔几天来给我量血压，她说老汉你得多活几年。县社工站来过两个年轻人，一个叫{{compound:巫马清岚}}，还有一个是{{compound:乐正书禾}}，周末给孩子们辅导作业。
访谈者：孩子在学校怎么样？
受访者：孙子的班主任{{han:苗润田}}老师说，孩子爱看书，就是不合群。{{han:苗润田}}他自己也是没爹的孩子长大的，对孙子格外上心。孙女的老师{{han:乔慧琴}}每个礼拜给我打个电话。学校免了伙食费，冬天还发了棉鞋。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/mongolian:宝力尔吉雅图}}在{{trap/place:锡林郭勒}}放羊，每年秋天给送一只羊来。{{minority/mongolian:宝力尔}}也老了，腿不行了。孩子他姑{{minority/mongolian:赛罕其木格}}在{{trap/place:乌兰察布}}市里当保洁，周末回来给孩子们洗洗涮涮。老伴的侄子{{minority/mongolian:图布新朝克图}}在镇上修车，孩子们的自行车坏了都找{{minority/mongolian:图布新朝克图}}。邻居{{minority/mongolian:孟克那顺}}说，有他在，这俩孩子冻不着饿不着。
访谈者：村里别的人呢？
受访者：村支书{{han:杨满仓}}人好，去年冬天给我们家换了炉子。前院的{{han:王有金}}他们家种土豆，每年给我们一麻袋。{{han:王有金}}也是七十多的人了，还扛得动。
访谈者：过节过年呢？
受访者：正月里过{{trap/minority_word:查干萨日}}，我煮{{trap/minority_word:手把肉}}、熬{{trap/minority_word:奶茶}}，给孩子们摆上{{trap/minority_word:奶豆腐}}。夏天带他们去镇上看{{trap/minority_word:那达慕}}。晚上我给他们讲{{trap/famous:嘎达梅林}}的故事，孙子会唱那首歌。
访谈者：您身体怎么样？
受访者：心脏不好，去年装了支架。最怕哪天我倒下了，孩子们没人管。{{minority/mongolian:苏日格其木格}}她懂事，早上起来先给我倒水吃药。孙子放学回来就去喂鸡、抱柴。说实话，一个老汉带两个孩子，难是难，可看着他们一天天长高，心里也有盼头。
访谈者：冬天日子怎么过？
受访者：冬天冷，零下二十多度。煤是乡里给补的，一吨半，省着烧能烧到开春。孩子们放学回来，先在炉子边上烤烤手，再写作业。我认不得几个汉字，作业帮不上，就坐在边上看着。去年腊月下大雪，路封了三天，校车来不了，孩子们在家里急得直转。{{trap/org:乡政府}}派铲车开了路，孩子们才回了学校。我跟他们说，念书的路再难走也得走。
访谈者：孩子们平时想爸爸吗？
受访者：想。孙子把他爸的一件旧皮袄挂在自己床头，谁也不让动。孙女小，记不太清她爸的样子，就拿着手机里的照片看。清明的时候我带他们去坟上，孙子跪在那儿半天不起来，我拉都拉不动。回来的路上他跟我说，爷爷，我以后不开车，我要当大夫。
访谈者：表上要登记地址和号码。
受访者：家在{{address:兴和县城关镇二道沟村三组11号}}，他姑在市里租的房是{{address:集宁区桥东新华小区5号楼2单元402室}}。我的身份证{{id_number@mold.152624}}，孙子的{{id_number@my2013hyphen.152624}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@plain}}，他的微信是{{wechat:bilgun_dalai83}}。孙子有个QQ，说班里交作业用的，号码我让他写在挂历背面了，你看——{{qq:2093746815}}。
访谈者：表上名字有写错的吗？
受访者：多了。学校花名册上孙子是{{spaced:哲 日 根 图}}，孙女是{{spaced:苏　日　格　其　木　格}}，低保本上我成了{{spaced:阿拉腾 其劳}}，老伴的侄子写成{{spaced:图布新 朝克图}}。
访谈者：您最盼什么？
受访者：盼孩子们念出书来。孙子说以后要当大夫，给爷爷看心脏。我说那你得好好念，爷爷等着。
""")

# H386: Tibetan mother in 南木林 (日喀则); her husband fell on a building site in 拉萨 and cannot walk.
DOCS["H386"] = ("family", """\
访谈者：阿佳，您家里现在几口人？
受访者：五口。我叫{{minority/tibetan:次仁央珍}}，三十八岁，家在{{trap/place:南木林}}县的{{trap/place:湘河}}边上。丈夫{{minority/tibetan:旦增尼玛}}前年去{{trap/place:拉萨}}工地上干活，从脚手架上摔下来，腰椎断了，现在下不了床。婆婆{{minority/tibetan:米玛普赤}}七十岁了，眼睛也不好。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:普琼次仁}}十三，我们叫他{{minority/tibetan:普琼}}；女儿{{minority/tibetan:德吉旺姆}}十岁；小的{{minority/tibetan:次仁普赤}}才六岁。{{minority/tibetan:普琼}}在{{school:南木林县中学初一（2）班}}住校，{{minority/tibetan:德吉旺姆}}在{{school:艾玛乡完全小学四年级（3）班}}。{{minority/tibetan:普琼}}他每个周末回来都先去给他爸翻身。
访谈者：家里的收入靠什么？
受访者：{{trap/year:二〇二二年}}以前靠他爸打工，一年挣三四万。现在就靠我种{{trap/minority_word:青稞}}、养几头牛，再就是低保。村里的儿童主任{{minority/tibetan:达娃旺堆}}给三个孩子报了困境儿童，每人每月{{trap/number:六百四十}}。{{minority/tibetan:达娃}}说，等孩子爸的残疾证办下来，还能再加一点。
访谈者：还有谁帮过你们？
受访者：驻村工作队的{{han:喻建川}}队长，他帮我们跑{{trap/org:县残联}}，跑了四趟。乡卫生院的{{minority/tibetan:嘎玛央宗}}大夫每个月上门给他爸换药。援藏的{{han:童海鸥}}大夫来义诊，说他爸的腿还有希望，要去{{trap/place:日喀则}}做康复。县社工站有个{{compound:上官予诺}}，是内地来的姑娘，跟{{compound:慕容晓川}}一起来，给孩子们带了书和文具。
访谈者：亲戚们呢？
受访者：我哥哥{{minority/tibetan:次旦多布杰}}在成都做生意，名片上印的汉名是{{han:唐多杰}}。他每年给孩子们寄学费。我妹妹{{minority/tibetan:白玛普赤}}嫁在隔壁村，农忙的时候过来帮我收青稞。她也有三个孩子，日子也不宽。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，班主任{{minority/tibetan:扎西曲宗}}老师说他能考到内地班去。女儿爱唱歌，学校的汉族老师{{han:冯家宝}}教她们唱歌，说她嗓子亮。小的在村里的幼儿园，天天哭着要找爸爸。
访谈者：过节的时候呢？
受访者：藏历新年我们炸{{trap/minority_word:卡赛}}，孩子们最高兴。{{trap/minority_word:望果节}}的时候，村里人转田。婆婆每天早上煨桑，晚上给孩子们讲{{trap/famous:唐东杰布}}造铁索桥的故事。去年我带孩子们去{{trap/org:扎什伦布寺}}点了灯，为他爸祈福。
访谈者：您一个人撑着，累吗？
受访者：累。早上五点起来烧茶，给婆婆和他爸端上，再送小的去幼儿园，然后下地。晚上给他爸擦身子，洗衣服，十二点才睡。有时候我想哭，可一看孩子们，就不敢哭了。他爸也说对不起我，我说你好好的就行。
访谈者：孩子爸爸现在怎么样？
受访者：躺在床上一年多了，身上长了褥疮，我每天给他翻身、擦药。他心里苦，有时候一整天不说话，看着窗户外头的山。县里的康复医生说，要是能坚持做康复，以后拄着拐能走几步。他听了这话，才又肯吃饭了。村里人有空就来家里坐坐，陪他说说话，喝碗{{trap/minority_word:酥油茶}}。
访谈者：孩子们在家里帮您做什么？
受访者：大的放假回来就去背水、放牛，还陪奶奶转经。女儿会做饭了，能打茶、拌{{trap/minority_word:糌粑}}，饭做好了先端给她爸。小的不懂事，可也知道把自己的糖留给爸爸。村里的老人都说，这几个孩子是好孩子，将来会有出息的。
访谈者：学校那边有什么帮助？
受访者：孩子们上学不花钱，吃住都是学校管，这是国家的政策，我们心里感激。学校还给儿子发了冬天的羽绒服和棉鞋，老师怕他惦记家里，每个月让他用学校的电话给家里打一次。女儿学校的心理老师叫{{compound:闻人若兮}}，每个礼拜找她说一次话，说她爸的事，不让她憋在心里。
访谈者：登记表上要填住址、证件和电话。
受访者：家在{{address:南木林县艾玛乡德庆村二组17号}}，他爸在日喀则康复时租的房是{{address:桑珠孜区吉林南路扎西小区6栋1单元302室}}。我身份证{{id_number@wy1987spaced.540221}}，儿子的{{id_number@my2012.540221}}。我电话{{mobile@hyphen}}，{{minority/tibetan:达娃旺堆}}的电话{{mobile@s38}}，他的微信{{wechat:dawa_wangdui_nml}}。儿子有个QQ，是学校老师帮着注册的，号码他写在他爸床头的墙上了，我念给你：{{qq:1749306258}}。
访谈者：表上名字写得对吗？
受访者：不对的多。有的表上是{{spaced:普 琼 次 仁}}，有的是{{spaced:德　吉　旺　姆}}，他爸的名字被写成{{spaced:旦增 尼玛}}，婆婆写成{{spaced:米玛 普赤}}。
访谈者：您最大的心愿呢？
受访者：盼他爸能站起来，盼孩子们念书念出去。{{minority/tibetan:次仁央珍}}我这辈子没念过书，不能让孩子们也这样。
""")

# H387: Hui father in 清水 (天水), lamed by a fall at a brick kiln; his wife had a stroke.
DOCS["H387"] = ("family", """\
访谈者：大哥，您家里的情况能说一下吗？
受访者：能。我叫{{han:丁守仁}}，经名{{minority/hui:阿布杜勒}}，四十五岁，家在{{trap/place:清水}}县山里头。前些年在{{trap/place:天水}}砖厂干活，窑塌了，腿砸断了，现在走路拄拐。女人{{han:马秀芹}}，经名{{minority/hui:乌姆热}}，去年中风，半边身子不能动，话也说不清了。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/hui:丁伊斯哈尕}}十四，家里叫他{{minority/hui:伊斯哈尕}}，上学的名字是{{han:丁宏伟}}，在{{school:清水县第三中学初二（4）班}}。二女子经名{{minority/hui:鲁给也}}，十一岁，学名{{han:丁雅琴}}，在{{school:红堡镇中心小学五年级（2）班}}。小的{{minority/hui:丁尔布白克}}七岁，刚上一年级。{{minority/hui:伊斯哈尕}}他放学回来给他妈喂饭，喂完了才写作业。
访谈者：谁帮过你们？
受访者：村支书{{han:杨生录}}，给我们家报了低保，他说两口子都残疾，孩子按困境儿童报。一个月一人{{trap/number:五百八十}}。乡上民政的{{han:哈文忠}}来了三趟，拿着本子记。寺里的{{han:马占魁}}阿訇，经名{{minority/hui:祖莱曼}}，他说坊上的人都要帮一把，开斋的时候寺里给我们送了面和油。
访谈者：孩子他妈看病呢？
受访者：在县医院住了一个月，{{han:何玉福}}大夫说要长期康复。乡卫生院的{{han:苏振国}}大夫每周上门给扎针。县社工站的{{compound:令狐嘉禾}}和{{compound:公孙若溪}}来过，帮着申请了医疗救助，又给孩子们找了个助学的项目。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:伊斯哈尕}}学习中等，班主任{{han:王淑娴}}老师说他太累了，上课老打瞌睡。二女子学习好，老师{{han:李秋燕}}说她作文写得好，写她妈的那篇老师念着念着就哭了。{{minority/hui:鲁给也}}她在家里也懂事，会擀面、会烧炕。
访谈者：亲戚们呢？
受访者：我哥{{han:丁守义}}在{{trap/place:张家川}}做皮货生意，一年给两千块钱。孩子舅舅{{minority/hui:马叶尔孤卜}}在{{trap/place:西宁}}开拉面馆，暑假把{{minority/hui:伊斯哈尕}}叫过去端盘子，挣点学费。孩子的姨{{minority/hui:马祖莱依哈}}隔三岔五来给她姐洗头擦身子。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，孩子们穿新衣服去{{trap/org:清真寺}}。我给孩子们讲{{trap/famous:伏羲}}画八卦的故事，天水人都知道。
访谈者：家里的地和牲口呢？
受访者：原来有八亩地，种玉米、洋芋，还有两头牛。我腿坏了以后，卖了一头牛给她妈看病，地包给了村里人，一年给几百块钱。山里的地不好种，坡陡，下雨就冲。现在家里就靠低保和孩子们的补助，还有亲戚们接济一点。我在家里编筐子，拿到集上卖，一个能卖十几块钱。
访谈者：孩子们平时怎么照顾妈妈？
受访者：早上大儿子给他妈洗脸、梳头，二女子做饭。礼拜天两个孩子扶着他妈在院子里走几圈，一圈一圈地数。大夫说多走走好，孩子们就记着。他妈说不出话，可是会笑，孩子们一逗她，她就笑。我看着心里又难受又高兴。
访谈者：您有没有想过出去打工？
受访者：想过，走不开。我一走，女人没人管，孩子们也没人管。村里有人说让我去县城看大门，一个月两千，可我一天都离不了家。等大儿子念完书、能顶事了，再说。
访谈者：您现在最难的是什么？
受访者：钱，还有人手。我腿不行，重活干不了，地都包给别人了。孩子他妈一天要翻好几回身，都是大儿子和我两个人弄。我常跟自己说，{{minority/hui:阿布杜勒}}，你不能倒，你倒了这个家就散了。
访谈者：登记表上的住址、号码请说一下。
受访者：家在{{address:清水县红堡镇丁家沟村四社9号}}，孩子他姨在县城住{{address:永清镇育才小区3号楼1单元201室}}。我身份证{{id_number@my1980.620521}}，孩子他妈的{{id_number@wy1982fwspaced.620521}}。我电话{{mobile@plus86}}，村支书的电话{{mobile@s434}}，他微信{{wechat:ysl_hongpu1970}}。大儿子有QQ，他说跟同学问作业，号码在他书包上用笔写着——{{qq:60581924}}。
访谈者：表上的名字写得一致吗？
受访者：不一致。经名各人写各的。有的表上是{{spaced:丁 伊 斯 哈 尕}}，有的是{{spaced:丁守 仁}}，孩子他妈写成{{spaced:马　秀　芹}}，二女子写成{{spaced:鲁 给 也}}。
访谈者：您最盼什么？
受访者：盼孩子们好好念书，将来有个正经工作，别像我一样下苦。
""")

# H388: Han grandmother in 阳江 (广东) raising three grandchildren known by nicknames; their father is in prison.
DOCS["H388"] = ("family", """\
访谈者：阿婆，您家里几个孙？
受访者：三个。我叫{{han:关凤娇}}，今年六十七，住在{{trap/place:阳江}}{{trap/place:阳东}}乡下。老伴早几年走了。儿子{{han:林国华}}前年同人打架伤了人，判了五年，在{{trap/place:广州}}那边坐监。新抱{{han:谭翠屏}}等了半年，话出去打工，一走就无音讯了。三个孙就跟住我。
访谈者：孩子们叫什么？多大？
受访者：大的{{han:林子轩}}十二岁，我们叫他{{han:冬菇}}，因为细个时头大大，似个菇。第二个{{han:林嘉怡}}九岁，叫{{han:荔枝}}。细的{{han:林浩然}}六岁，叫{{han:蚬仔}}。{{han:冬菇}}都知道自己是大佬，放学返来就煮饭。{{han:荔枝}}也会帮手晒衫。{{han:蚬仔}}就成日哭，要找阿妈。
访谈者：孩子们在哪里读书？
受访者：{{han:冬菇}}在{{school:阳东区北惯镇中心小学六年级（2）班}}，妹妹在同一间学校读三年级，细的读镇上的幼儿园。大的班主任{{han:冯婉仪}}老师好好人，知道他爸的事，从来不在班上讲。
访谈者：谁帮过您？
受访者：村委的儿童主任{{han:谭月娥}}，她帮我报了事实无人抚养，每个孙每月有{{trap/number:一千一百八}}。村支书{{han:敖志坚}}也上来看过几次，话有困难就出声。镇卫生院的{{han:姚家明}}医生给{{han:荔枝}}看过湿疹，药钱减了一半。隔篱的{{han:阿彬}}，大名叫{{han:莫文彬}}，帮我修过屋顶漏水。社工{{compound:东方语桐}}每个月来一次，同{{compound:司马晨曦}}一齐教孩子们做功课。
访谈者：孩子们想爸爸吗？
受访者：想。{{han:荔枝}}就写信给她爸，写了十几封。{{han:林国华}}他在里面回过两封，话自己知错，出来要好好做人。{{han:冬菇}}就不出声，有一次同学笑他爸坐监，他同人打了一架，我去学校给人赔不是。
访谈者：孩子们在家里听话吗？
受访者：大的听话，细的就百厌。有一次细的爬上树摘果，跌落来扭伤了脚，我打{{trap/hotline:120}}都唔识讲地址，我背住他去村医那里，来回一个钟。老二最乖，放学返来就坐在饭台写字，写完又教细佬认字。大的话以后要做警察，我问他点解，他话要捉坏人，不过又唔想捉他爸。我听了眼泪都流出来。
访谈者：村里人怎样看你们家？
受访者：大多数人都好，见到孩子们就塞个饼、塞几粒糖。也有人背后讲闲话，话有其父必有其子。我听见了就同人吵，孩子有什么错？后来村委开会，专门讲了这件事，话不准欺负困境儿童，讲闲话的人就少了。过年的时候，村里的后生仔还送了一箱苹果来。
访谈者：孩子们去看过爸爸吗？
受访者：去过一次。坐了四个钟头车到广州，隔着玻璃讲了二十分钟。大的全程不出声，出来之后才喊。他爸在里面学了电工，话出来之后有手艺，不会再行错路。
访谈者：您自己身体怎样？
受访者：糖尿病，要打针。膝头又痛。我有个妹妹{{han:关凤玲}}在{{trap/place:闸坡}}卖海味，有时送些虾干、鱼干过来。她也{{trap/word:关心}}孩子们，过年给红包。
访谈者：过年过节怎么过？
受访者：年三十煮{{trap/minority_word:猪肠碌}}，做{{trap/minority_word:炒米饼}}。重阳节带孩子们去{{trap/place:北山}}放风筝，我们阳江风筝出名。我同他们讲{{trap/famous:孔融}}让梨，话大的要让细的。
访谈者：您一个人带三个，最难的是什么？
受访者：最难是钱不够同人手不够。早上五点起身煲粥，送完细的去幼儿园就落田种番薯、花生。晚上还要睇住他们洗身、做功课。{{han:蚬仔}}发烧那次，半夜三更我抱住他行了半个钟头去卫生院，是{{han:姚家明}}医生起身给他打针。
访谈者：登记表要写地址同电话。
受访者：屋企在{{address:阳东区北惯镇大塘村委会新村18号}}，新抱以前在阳江城租的屋是{{address:江城区南恩街道金湾小区9栋3单元501房}}。我的身份证{{id_number@wold.441704}}，{{han:林子轩}}的{{id_number@my2013quad.441704}}。我的电话{{mobile@plain}}，{{han:谭月娥}}的电话{{mobile@h38}}，她的微信{{wechat:tanyuee_bg1975}}。{{han:冬菇}}有个QQ，他话是学校上网课用的，号码他写在门背后了，我抄下来——{{qq:83920475}}。
访谈者：孩子们的名字表上写得对吗？
受访者：有错的。学校那张表写{{spaced:林 嘉 怡}}，低保表写我是{{spaced:关　凤　娇}}，社工姑娘签名签成{{spaced:东 方 语 桐}}。
访谈者：您最盼什么？
受访者：盼{{han:林国华}}早点出来，一家人团团圆圆。我老了，只求孩子们平平安安。
""")

# H389: Han village teacher in 孝义 (吕梁) who keeps in touch with pupils and parents on WeChat and QQ.
DOCS["H389"] = ("teacher", """\
访谈者：老师，您在村小教了多少年了？
受访者：十六年了。我叫{{han:温丽霞}}，在{{trap/place:孝义}}西边山上的村小，是{{school:孝义市下堡镇西庄小学四年级（1）班}}的班主任，班上就十九个学生，有五个是困境儿童。现在家长都在外头，我跟他们联系靠微信和QQ。
访谈者：能说说这五个孩子吗？
受访者：头一个{{han:任浩宇}}，他爸{{han:任建斌}}开黑煤窑出了事故，判了六年。他妈{{han:霍秀莲}}在{{trap/place:太原}}饭店洗碗，微信上的名字叫“{{han:莲子}}”，我一发作业照片，{{han:莲子}}就回个笑脸。孩子跟奶奶过，奶奶不识字。
访谈者：第二个呢？
受访者：第二个{{han:郭欣彤}}，她妈前年得癌走了，她爸{{han:郭二宝}}在煤场装车，腰坏了，干一天歇两天。{{han:郭二宝}}他QQ上的昵称就是“{{han:二宝}}”，有事我就在QQ上留言，他晚上收工才回。{{han:郭欣彤}}她懂事，放学先给她爸热饭。
访谈者：第三个？
受访者：第三个是孤儿，{{han:薛晨阳}}，爸妈在{{trap/place:汾阳}}出车祸一起没的，跟着叔叔{{han:薛海平}}过。叔叔家也有两个孩子，婶子{{han:梁改英}}脾气急，可对孩子不错。孩子每月有{{trap/number:一千二百二}}的孤儿基本生活费，是村里的儿童主任{{han:贺喜旺}}给办的。{{han:贺喜旺}}说，这孩子是全村的孩子。
访谈者：第四个？
受访者：第四个{{han:武子涵}}，爸妈都在{{trap/place:介休}}的焦化厂打工，跟姥爷{{han:闫福来}}。姥爷有哮喘，冬天咳得整夜睡不着。孩子的妈{{han:武俊梅}}微信名叫“{{han:梅梅}}”，每天晚上九点跟孩子视频。
访谈者：第五个？
受访者：第五个{{han:冀小龙}}，他爸是聋哑人，他妈有智力残疾。孩子说话晚，现在读书还结巴。乡卫生院的{{han:张来福}}大夫说是家里没人跟他说话。我们请了县特教学校的{{compound:令狐晓宁}}老师每月来一次，她跟同事{{compound:宇文昊天}}一起给孩子做训练。孩子也有进步，这学期能站起来念课文了。
访谈者：学校和村里还做了什么？
受访者：校长定了规矩，困境儿童午饭全免。村支书{{han:李满囤}}从村集体收入里拿钱给孩子们买了冬衣。镇上社工站的{{compound:尉迟星河}}每两周来一次，带孩子们做游戏。他带着孩子们演{{trap/minority_word:皮影}}，讲{{trap/famous:介子推}}的故事，孩子们这才知道寒食节是怎么来的。
访谈者：疫情那几年上网课，这些孩子怎么办？
受访者：难。有的家里没有手机，有的只有老人的老年机。我就一家一家送作业，在院子里隔着门讲题。后来村委会把会议室腾出来，装了网线，让这几个孩子去那儿上课。我在家长群里一个一个通知，谁家的孩子没来，我就打电话问。那段时间我的手机一天到晚响个不停。
访谈者：您怎么跟这些家长沟通？
受访者：多数家长在外头忙，白天不回消息，我就晚上发。发语音比打字好，老人们也能听。有的家长一年到头不回一条，过年回来了，我就上门去坐坐，把孩子一年的情况说清楚。
访谈者：这些孩子跟别的孩子有什么不一样？
受访者：有的特别沉默，有的特别闹。{{han:任浩宇}}他老跟人打架，一问，是别人说他爸是劳改犯。我跟全班说，谁的爸爸做了什么，跟孩子没关系。后来我在家长群里也这么说。群里有个家长叫“{{han:老温头}}”，是我本家叔叔，他头一个在群里说，这话说得对。
访谈者：家长的信息您都登记了吗？
受访者：登记了。头一个孩子家在{{address:下堡镇西庄村四组21号}}，{{han:薛海平}}家在{{address:孝义市新义街道崇文小区7号楼3单元602室}}。{{han:薛晨阳}}的身份证{{id_number@my2015.141181}}，{{han:郭二宝}}的{{id_number@mmidhyphen.141181}}。{{han:霍秀莲}}的电话{{mobile@plus86dash}}，她微信{{wechat:lianzi_ty0921}}。姥爷的电话{{mobile@s74}}。孩子爸的QQ是{{qq:2718450396}}。孩子们里头{{han:武子涵}}也有QQ，她说想妈妈了就在上面留言，号码她一笔一画写在我的备课本上，我给你念：{{qq:439018726}}。我自己的微信{{wechat:wenlixia_xb}}。
访谈者：孩子的名字在表上写法一致吗？
受访者：不一致。镇上的表是手填的，有的写成{{spaced:任 浩 宇}}，有的是{{spaced:薛　晨　阳}}，还有把{{spaced:冀小 龙}}中间空一格的。特教老师的名字被写成{{spaced:令 狐 晓 宁}}。
访谈者：您最想说什么？
受访者：这些孩子{{trap/word:任何}}时候都不能放下。我教一天，就管他们一天。{{trap/word:武术}}队今年招人，他报了名，我想着让{{han:任浩宇}}把劲儿用到正地方。
""")

# H390: Uyghur father in 巴楚 (喀什), widowed, with three children and his old father.
DOCS["H390"] = ("family", """\
访谈者：大哥，您家里现在几口人？
受访者：五口人。我叫{{minority/uyghur:艾则孜·吐尔洪}}，四十二岁，家在{{trap/place:巴楚}}县，离{{trap/place:喀什}}三百公里。老婆{{minority/uyghur:布再娜普·麦麦提}}前年得了肝病，没治好，走了。我自己有糖尿病，眼睛也不行了。老父亲{{minority/uyghur:吐尔洪·巴拉提}}七十五，跟我们住一起。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:麦麦提艾力·艾则孜}}十四，在{{school:巴楚县第二中学初二（3）班}}，我们叫他{{minority/uyghur:麦麦提艾力}}。女儿{{minority/uyghur:热孜万古丽·艾则孜}}十一，小儿子{{minority/uyghur:依巴代提·艾则孜}}八岁，都在乡里的第一小学，一个五年级，一个二年级。{{minority/uyghur:热孜万古丽}}在{{school:阿纳库勒乡第一小学五年级（2）班}}，她是班长。
访谈者：孩子妈妈走了以后，家里怎么过？
受访者：难。地有六亩，种棉花，我眼睛不好，打药都看不清。{{minority/uyghur:麦麦提艾力}}他放假就下地，晒得黑黑的。村里给我们报了低保，三个孩子按困境儿童，每人每月{{trap/number:七百二十}}。村里的儿童主任{{minority/uyghur:排孜拉·买尔旦}}帮我跑的手续，{{minority/uyghur:排孜拉}}说，大哥你别急，一样一样来。
访谈者：还有谁帮过你们？
受访者：驻村工作队的{{han:韩立业}}队长，他从{{trap/place:阿克苏}}调来的，维吾尔话说得不太好，可心好，给孩子们买了书包。乡卫生院的{{han:包晓梅}}大夫每个月给我测血糖。村支书{{minority/uyghur:阿不来提·买买提}}给我们家修了房子。县社工站来过两个人，一个叫{{compound:赫连晓雪}}，一个叫{{compound:拓跋青山}}，给孩子们办了一个暑期班。
访谈者：孩子们在学校怎么样？
受访者：女儿学习最好，班主任{{minority/uyghur:阿尔孜古丽}}老师说她普通话说得最标准。小儿子爱画画，画的都是他妈。{{minority/uyghur:依巴代提}}也问过我，妈妈什么时候回来，我说不出话。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/uyghur:阿卜杜克热木·吐尔洪}}在{{trap/place:图木舒克}}的工厂上班，一个月来一次，给孩子们带衣服。孩子的舅舅{{minority/uyghur:吐送江·麦麦提}}在{{trap/place:乌鲁木齐}}开出租车，每年寄钱。邻居{{minority/uyghur:古丽努尔汗}}天天给孩子们送{{trap/minority_word:馕}}，说她家烤多了。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}的时候宰一只羊，做{{trap/minority_word:抓饭}}。晚上老父亲给孩子们讲{{trap/famous:阿凡提}}的故事。我们巴楚是{{trap/minority_word:刀郎木卡姆}}的老家，孩子们也会跳几下。
访谈者：老父亲身体怎么样？
受访者：他腿脚还行，就是耳朵背了。每天早上他赶着驴车送小孙子去学校，下午再去接。他年轻的时候种棉花是一把好手，现在还会到地里指点我。他常说，人穷不能志短，孩子们要念书，要做好人。
访谈者：孩子们怎么照顾您？
受访者：大儿子给我打胰岛素，他跟乡卫生院的大夫学的，比我自己打得准。女儿给我做饭，少放盐少放油，说是大夫交代的。小儿子帮我穿针，因为我眼睛看不清了。我有时候想，是我在养孩子们，还是孩子们在养我。
访谈者：村里对你们家还有什么帮扶？
受访者：村里给我安排了一个护林员的公益岗位，一个月八百块，活不重，每天在林带里转一圈。合作社的会计是{{compound:司徒文博}}，他帮我把棉花卖了个好价钱。孩子们上学的路修成了柏油路，下雨天也不怕了。
访谈者：您最难的是什么？
受访者：最难的是我的眼睛。大夫说要做手术，我舍不得钱，也走不开。孩子们还小，老父亲也老了。我怕哪天看不见了，这个家怎么办。工作队说帮我申请大病救助，我等着。
访谈者：登记表要写住址、号码。
受访者：家在{{address:巴楚县阿纳库勒乡英买里村2组23号}}，孩子舅舅在乌鲁木齐的地址是{{address:沙依巴克区友好南路幸福小区8号楼2单元501室}}。我身份证{{id_number@my1983x.653130}}，大儿子的{{id_number@my2011tri.653130}}。我电话{{mobile@fws}}，儿童主任的{{mobile@plus86spaced}}，她微信{{wechat:Paizila_Maierdan}}。大儿子有QQ，学校上网课用的，号码他写在墙上的奖状旁边——{{qq:3180275946}}。
访谈者：名字写得一样吗？
受访者：不一样。户口本上我是{{minority/uyghur:艾则孜·吐尔洪}}，低保卡上是{{minority/uyghur:艾则孜吐尔洪}}，没有点。大儿子在学校表上是{{minority/uyghur:麦麦提艾力艾则孜}}，有的表写成{{spaced:麦麦提艾力 · 艾则孜}}，女儿写成{{spaced:热 孜 万 古 丽}}，小儿子成了{{spaced:依巴代提 艾则孜}}。
访谈者：您最大的愿望？
受访者：孩子们都念成书。{{minority/uyghur:热孜万古丽}}说要当医生，给爸爸治眼睛。
""")

# H391: Han civil-affairs officer in 察哈尔右翼前旗 (乌兰察布) reading out a case file.
DOCS["H391"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：一本个案卷宗。我叫{{han:闫志宏}}，在{{trap/place:察哈尔右翼前旗}}{{trap/org:旗民政局}}儿童福利股干了九年。这本卷宗是今年新认定的几户，我照着念，您记。
访谈者：好。
受访者：第一户，申请人{{han:刘桂枝}}，女，六十四岁，{{trap/place:土贵乌拉}}镇人。表上申请人那栏写了两遍，“{{han:刘桂枝}}{{han:刘桂枝}}”，是她不识字，村文书{{han:田福贵}}替她填的时候写重了。她儿子{{han:吕建业}}因为盗伐林木判了三年，儿媳{{han:白玉蓉}}是精神残疾二级，住在{{trap/place:集宁}}的医院。两个孙子{{han:吕浩天}}、{{han:吕浩宇}}跟着她，认定为事实无人抚养，每人每月{{trap/number:一千三百一}}。
访谈者：第二户呢？
受访者：第二户是孤儿，{{han:康佳琪}}，女，十岁。爸爸{{han:康守军}}前年冬天在{{trap/place:黄旗海}}上打鱼，冰面塌了没上来；妈妈早年病故。现在跟姑姑{{han:康秀娥}}过。{{han:康秀娥}}她自己有两个孩子，男人在{{trap/place:二连浩特}}跑运输。{{han:康佳琪}}在{{school:察右前旗平地泉镇第一小学四年级（2）班}}，班主任{{han:孟宪军}}老师说孩子爱哭，晚上梦见她爸。
访谈者：第三户？
受访者：第三户是蒙古族，户主{{minority/mongolian:其布日巴雅尔}}，五十八岁，{{minority/mongolian:其布日}}他腿有残疾，三级。女儿{{minority/mongolian:萨出拉}}离了婚，去{{trap/place:北京}}当保姆，外孙{{minority/mongolian:苏都毕力格}}十三岁，跟着姥爷。孩子的爸爸{{han:韩二虎}}不给抚养费，我们找了司法所，{{compound:长孙书瑶}}律师帮着起诉了。外孙在{{school:察右前旗第一中学初一（5）班}}，学校给了住宿补助。
访谈者：这些户您都入户核过吗？
受访者：都核过。我跟同事{{compound:皇甫晓楠}}一起去的，那是{{trap/year:二〇二三年}}秋天，她管档案，我管入户。{{compound:皇甫晓楠}}也是从村里出来的，跟老人们说得上话。每户还要经过村委会公示，村主任{{han:杜存厚}}签字。旗残联的{{han:吴秀芝}}给{{minority/mongolian:其布日巴雅尔}}换了新的轮椅。
访谈者：认定中有什么难处？
受访者：难处是证明。孩子爸妈在外头，要证明失联，得派出所出具报告。{{han:吕建业}}在{{trap/place:呼市}}服刑，我们去函调了判决书。还有就是名字，同一个人在户口、学籍、低保系统里写法不一样，系统比对不上，钱就发不下来。
访谈者：能举个例子吗？
受访者：你看这张学籍表，{{han:吕浩宇}}写成了{{spaced:吕 浩 宇}}；这张低保表，{{han:刘桂枝}}写成{{spaced:刘　桂　枝}}；蒙古族那户，外孙写成{{spaced:苏 都 毕 力 格}}，姥爷写成{{spaced:其　布　日　巴　雅　尔}}，他闺女写成{{spaced:萨出 拉}}。还有这份，{{han:康秀娥}}写成{{spaced:康秀 娥}}。律师的名字在回执上是{{spaced:长　孙　书　瑶}}。
访谈者：卷宗里的证件和联系方式呢？
受访者：{{han:刘桂枝}}的身份证{{id_number@wy1961.152630}}，{{han:吕浩天}}的{{id_number@my2012spaced.152630}}，{{han:康佳琪}}的{{id_number@wy2015x.152630}}，{{minority/mongolian:其布日巴雅尔}}的{{id_number@my1967hyphen.152630}}。住址：{{han:刘桂枝}}家{{address:土贵乌拉镇三岔口村五组8号}}，姑姑家{{address:平地泉镇兴旺小区2号楼4单元301室}}，{{minority/mongolian:其布日巴雅尔}}家{{address:巴音塔拉镇大土城村二组19号}}。电话：{{han:刘桂枝}}{{mobile@plain}}，{{han:康秀娥}}{{mobile@p86h}}，{{han:田福贵}}{{mobile@spaced}}。{{han:康秀娥}}的微信{{wechat:kxe_pdq1982}}。孩子们里{{minority/mongolian:苏都毕力格}}有QQ，他说是跟他妈联系的，号码在他的作业本封皮上，我们入户时抄的：{{qq:1538027649}}。
访谈者：认定以后，孩子们的生活有什么变化？
受访者：钱按月打到卡上，至少吃穿不愁了。更要紧的是有人管。儿童主任每个月上门，看孩子吃得怎么样、穿得怎么样、上学怎么样，有问题就报上来。以前这些孩子是谁都不管，现在是谁都得管。我们也怕钱被大人挪用，所以每次入户都要看看孩子的书包、被褥、鞋子。
访谈者：这些孩子后续怎么跟进？
受访者：每季度入户一次，儿童主任每月一次。旗里请了社工机构，社工{{compound:诸葛云舒}}专门跟这几户。{{trap/org:妇联}}每年六一送一次书包。孩子们有急事，也可以打{{trap/hotline:12345}}。我们常说，{{trap/famous:花木兰}}替父从军，这些孩子的奶奶、姑姑也是替孩子的爹妈在扛。
访谈者：您觉得这份工作最难的是什么？
受访者：最难的是看着孩子难受，自己帮不上更多。能做的，就是把手续办快一点，把钱按时发到手里。
""")

# H392: Han mother in 晋城 (山西) whose husband works in a coal mine in 哈密; their son has cerebral palsy.
DOCS["H392"] = ("family", """\
访谈者：大姐，您家里情况能说说吗？
受访者：能。我叫{{han:申秀娟}}，三十六岁，家在{{trap/place:晋城}}{{trap/place:泽州}}县的村里。男人{{han:原建军}}在{{trap/place:哈密}}的煤矿下井，一年回来一次，过年回来待半个月就走。家里就我带着两个孩子，还有婆婆。
访谈者：孩子们多大？
受访者：儿子{{han:原浩轩}}九岁，生下来就是脑瘫，走路得扶着，说话也不清楚。闺女{{han:原梓涵}}十二，在{{school:泽州县巴公镇中心学校六年级（3）班}}。{{han:原浩轩}}在{{school:晋城市特殊教育学校二年级（1）班}}，一个礼拜去三天，我骑电动车送。
访谈者：孩子爸爸在外头，家里的事都是您？
受访者：都是我。{{han:原建军}}他在井下，手机没信号，一天就晚上能说几句。{{trap/word:原来}}他在本地矿上，{{trap/year:二〇二一年}}矿关了，才去的新疆。那边挣得多，一个月八九千，可离得太远。婆婆{{han:秦玉兰}}有风湿，腿疼得下不了炕，{{trap/word:常常}}要我给她揉腿。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:常丽芬}}，她帮我{{trap/word:申请}}了残疾儿童康复救助，孩子的康复费能报一大半。{{han:常丽芬}}也是当妈的，知道难处，一个月来家两三趟。村支书{{han:牛保全}}给我们家评了低保。{{trap/org:县残联}}的{{han:卫红英}}来做过评估，给孩子配了站立架。社区卫生院的{{han:靳志勇}}大夫每个月上门一次。县社工站的{{compound:欧阳沐晴}}和{{compound:慕容子衿}}每周来陪孩子做训练，教我怎么在家给他做按摩。
访谈者：闺女怎么样？
受访者：闺女懂事得让人心疼。放学回来就帮弟弟穿衣服、喂饭，作业都是晚上九点以后写。班主任{{han:畅小燕}}老师说，她成绩在班里前五。{{han:原梓涵}}说长大要当康复医生，给弟弟治病。{{han:畅小燕}}老师还给她申请了助学金。
访谈者：您自己呢？
受访者：我腰也不好，抱孩子抱的。有时候晚上一个人哭。我妹妹{{han:申小娟}}在{{trap/place:阳城}}，周末过来替我一天，让我睡个整觉。我跟{{han:申小娟}}说，姐这辈子就这样了，就盼孩子们好。
访谈者：孩子爸爸回来的时候呢？
受访者：他回来就抱着儿子不撒手，带他去{{trap/place:皇城相府}}玩，儿子笑得可高兴了。他跟我说，再干两年，攒够了钱就回来，在镇上开个小卖部，守着孩子。我说，{{trap/famous:愚公}}移山也不是一天移完的，慢慢来。
访谈者：孩子的康复训练是怎么做的？
受访者：特教学校一个礼拜三天，其余时间在家里练。老师教我每天给他拉筋、按腿，让他扶着站立架站半个钟头。他疼得哭，我也跟着哭，可是不练不行，不练腿就越来越僵。这两年他能扶着墙走十几步了，还能叫妈妈、叫姐姐。他第一次叫爸爸的时候，他爸在视频那头哭得跟个孩子似的。
访谈者：村里人怎么看你们家？
受访者：村里人都好，谁家做了好吃的，都给我们端一碗过来。邻居大婶看我忙不过来，就帮着照看婆婆。也有人劝我把儿子送到福利院去，我说不送，他是我身上掉下来的肉，再难我也自己养。
访谈者：您有没有想过带孩子去新疆？
受访者：想过，可儿子离不了这边的康复，闺女也要在这儿念书，婆婆更走不了。他们矿上的宿舍是几个人一间，孩子去了也没地方住。只能两头熬着，等他回来。
访谈者：矿上有什么帮助吗？
受访者：矿上工会知道我们家的情况，过年给发了两千块慰问金。他的工友{{han:焦文斌}}，也是晋城人，跟他住一个宿舍，他手机没信号的时候，{{han:焦文斌}}那边就替他往家里打电话。工会的{{han:毕晓东}}主席说，有困难就找他们。
访谈者：登记表要写住址和号码。
受访者：家在{{address:泽州县巴公镇东四义村六组14号}}，他在哈密住的是{{address:伊州区石油新城矿工小区3栋2单元502室}}。我身份证{{id_number@wy1989.140525}}，儿子的{{id_number@my2016fwhyphen.140525}}。我电话{{mobile@s434}}，他的{{mobile@fullwidth}}，我微信{{wechat:shenxiujuan_bg}}，他微信{{wechat:yuanjianjun_hm}}。闺女有个QQ，说是跟她爸说话用的，号码她写在冰箱上的便签纸上了，我看看——{{qq:50273816}}。
访谈者：表上名字写得对吗？
受访者：不太对。康复中心的表上儿子写成{{spaced:原 浩 轩}}，残联的表写成{{spaced:原浩 轩}}，我的名字写成{{spaced:申　秀　娟}}，社工签到表上写成{{spaced:欧 阳 沐 晴}}。
访谈者：您最盼什么？
受访者：盼男人早点回来，盼儿子能自己走路，盼闺女考上好学校。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=385,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
