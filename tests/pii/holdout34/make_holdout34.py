# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 34 (tests/pii/holdout34/H257-H264 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 35, written at the same time by another
writer, has a higher number and is not an earlier set).

Set 34 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder in
苏尼特左旗 (锡林郭勒) whose wife was crippled by a stroke, raising their three children and his dead sister's son; a
Tibetan grandmother in 林芝 (巴宜区) whose son died building a road in 墨脱 and whose Han son-in-law is in prison,
raising three grandchildren; a Hui father in 灵武 (宁夏) with silicosis, his wife on dialysis, raising their two
children and his dead sister's son, whose father is in prison for drugs; a Han grandmother in 南阳 (河南) raising
three left-behind grandchildren beside her paralysed husband; a Han teacher in 都匀 (贵州) going through the Buyi
pupils in distress of her class and the parents and relatives she reaches on WeChat and QQ; a Kazakh father in 青河
(阿勒泰), widowed in childbirth, raising three children and his brother's son, whose father froze to death on the
move; a Han police officer in 集宁 (乌兰察布) reading out the forms of five children's cases (a child without
household registration, a prisoner's children, a foundling, a dying taxi driver's family, a disabled single father);
and a Han taxi driver in 四平 (吉林) whose wife is in prison. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters
(额日和木巴雅尔, 浩毕斯哈拉图, 额尔登毕力格, 其木德道尔吉, 呼日勒巴特尔) with short forms after the full name (浩毕斯,
额尔登, 图娅, 道尔吉), a Han surname before a Mongolian name (包巴达仁贵) and a Han name of a Mongolian (包海峰); Tibetan
names (嘎玛群宗, 旦增旺久, 普布次仁, 达娃卓玛, 德吉央宗, 其美多吉) with short forms (旺久, 普布, 其美大夫), a Han surname
before a Tibetan name (李白玛, called 白玛) and the Han names of Tibetans (李雪梅, 杨晓琼); Hui Han-form names
(纳志忠, 撒金花, 锁金花, 虎秀兰, 海宝成) beside 经名 (阿布杜拉, 再娜布, 鲁格亚) and a Han surname before an Arabic name
(纳伍麦尔, 杨舍木斯, 马麦蒙, 丁伊斯哈格) with short forms (伍麦尔, 舍木斯, 麦蒙他); Kazakh given name + father's name
with and without the dot (努尔别克·塔列克 and 努尔别克塔列克, 阿赛提·努尔别克, 别尔地·哈纳提) and short forms (阿赛提,
加依娜也, 别尔地和, 古丽米拉她); Han names with common surnames above all and some rare ones (岑, 禹, 锁, 撒, 纳, 党,
隋, 丛, 宫, 池), nicknames that are words, annotated whole (谷穗, 扁担, 石榴), names that contain words (李家和, 王春雨,
于大海, 韦明亮, 罗天明, 张长河), the names of parents as they show on WeChat and QQ (“韦国庆”, “班正华·布依人”),
names written twice on a form (温凤英温凤英, 苗春雷苗春雷), titles and kin words (其美大夫, 宋玉兰婶, 贺秀英大姐,
侯宝山大哥, 锁金花老师, 金占山阿訇), names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced,
dotted and split names; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:岳桂枝}}``, ``{{qq:2718460359}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014quad.411302}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 大哥,
婶, 律师) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家,
那边, 和, 跟) are outside the span; a nickname that is a word (谷穗, 扁担, 石榴) is annotated whole. Han-style names of
Mongolian, Tibetan, Hui and Buyi people (包海峰, 杨晓琼, 纳志忠, 韦国庆) are category han; a Han surname before a
non-Han given name (包巴达仁贵, 李白玛, 纳伍麦尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout34/make_holdout34.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(34_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H257: Mongolian father in 苏尼特左旗 (锡林郭勒); his wife was crippled by a stroke, he also raises his dead sister's son.
DOCS["H257"] = ("family", """\
访谈者：大哥，先说说家里几口人吧。
受访者：六口人。我叫{{minority/mongolian:额日和木巴雅尔}}，四十六，在{{trap/place:苏尼特左旗}}北边的{{trap/place:洪格尔苏木}}放羊，汉名叫{{han:包海峰}}，只有办事的时候用。老婆{{minority/mongolian:乌仁图娅}}前年冬天脑梗，左边身子不听使唤，话也说不利索。三个孩子，加上我姐姐留下的一个外甥。
访谈者：孩子们都多大了？
受访者：老大{{minority/mongolian:浩毕斯哈拉图}}十五，在{{school:苏尼特左旗蒙古族中学初三（2）班}}住校。老二是闺女，叫{{minority/mongolian:娜仁格日勒}}，十一岁，在{{school:满都拉图镇蒙古族小学五年级（1）班}}。小的叫{{minority/mongolian:苏雅拉图}}，七岁，刚上一年级。外甥{{minority/mongolian:额尔登毕力格}}十三，他妈是我亲姐姐，四年前肝癌走了，他爸早就没了音讯，{{trap/org:旗民政局}}给他按孤儿办了基本生活费，一个月{{trap/number:一千六百五}}。
访谈者：外甥跟您家孩子处得好吗？
受访者：好。家里都叫他{{minority/mongolian:额尔登}}，{{minority/mongolian:额尔登}}跟我大儿子睡一个屋，两个人比亲兄弟还亲。老大放假回来，我们叫他{{minority/mongolian:浩毕斯}}，{{minority/mongolian:浩毕斯}}就领着弟弟去饮羊。
访谈者：您爱人现在怎么样？
受访者：扶着能走几步。{{minority/mongolian:图娅}}她以前是嘎查里挤奶最快的，现在端碗手都抖。旗医院的{{han:孟庆林}}大夫教我给她按胳膊腿，康复科的{{han:鲍丽娟}}护士每个月打一回电话问。她说最怕成了孩子们的累赘，我说你别瞎想，{{minority/mongolian:图娅}}。
访谈者：谁帮过你们？
受访者：嘎查达{{minority/mongolian:其木德道尔吉}}给报了低保，冬天还帮我们拉草料。大家都叫他{{minority/mongolian:道尔吉}}，{{minority/mongolian:道尔吉}}嘴上厉害，心是软的。嘎查的儿童主任{{han:宝春梅}}，汉话蒙话都好，几个孩子的表都是她填的。苏木的民政助理{{minority/mongolian:包巴达仁贵}}来核过两回。旗里社工站的小伙子叫{{compound:宇文天佑}}，跟他搭档的是{{compound:漆雕雅楠}}，隔月来一趟，给孩子们辅导功课。
访谈者：邻居们呢？
受访者：东边{{minority/mongolian:呼日勒巴特尔}}家有车，老婆去旗里看病都是他拉。他说草原上的人，谁家没个难处。还有放驼的{{han:赵满仓}}，是从{{trap/place:张家口}}过来的汉人，冬天替我们看着羊群。
访谈者：您一边放牧一边照顾爱人，怎么安排？
受访者：早上四点起来，先给她翻身、喂药，熬好奶茶，再去圈里。中午回来一趟，看她吃没吃饭。夜里她睡不踏实，我也睡不踏实，{{trap/word:白天}}就在马背上打盹。闺女周末回来，给她妈洗头、剪指甲，比我细心。草场是禁牧和轮牧，羊只能留一百二十只，多了要罚。收入少了，补贴多了一点，可药费年年涨。旗里的康复医院说每年可以免费住一个月，今年秋天我打算送她去，羊就托给邻居。
访谈者：孩子们自己怎么说？
受访者：老大说初中毕业就不念了，回来帮我放羊。我不答应，我说你阿妈病了，你再不念书，咱们家就真垮了。他班主任也劝，说国家有雨露计划，念职高、念大学都有补助。外甥话不多，有一回我听见他跟{{minority/mongolian:苏雅拉图}}说，我没有妈了，你还有，你要听话。我在门外站了半天没进去。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:白金山}}老师来家访过，说孩子数学好，就是老请假回来帮家里。闺女的老师{{han:刘凤池}}说她作文写她妈，全班都哭了。外甥在{{school:苏尼特左旗第二中学初一（4）班}}，爱摔跤，{{trap/minority_word:那达慕}}上拿过少年组第三。
访谈者：过年过节呢？
受访者：{{trap/minority_word:查干萨日}}给老人磕头，吃{{trap/minority_word:手把肉}}。正月里去祭{{trap/minority_word:敖包}}。我给孩子们讲{{trap/famous:嘎达梅林}}，讲草原上的人要硬气。
访谈者：日子上最难的是什么时候？
受访者：老婆刚病那阵。羊要接羔，人要住院，我两头跑，在{{trap/place:锡林浩特}}医院走廊里睡了二十天。那年又赶上{{trap/word:黑灾}}，没雪，羊喝不上水，卖了一百多只才把住院费凑齐。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:苏尼特左旗洪格尔苏木巴彦宝拉格嘎查三组14号}}，冬天孩子们上学住在{{address:满都拉图镇团结小区2号楼1单元402室}}，是租的。我身份证{{id_number@my1979.152523}}，外甥的{{id_number@my2012hyphen.152523}}。我电话{{mobile@plain}}，老婆的{{mobile@s434}}，平时是闺女拿着。儿童主任的微信{{wechat:baochunmei_sz}}。老大有个QQ，他说是学校里交作业的，号是{{qq:2718460359}}。
访谈者：孩子们知道家里的难处吗？
受访者：知道。闺女每天放学先给她妈擦脸，再写作业。小的不懂事，也会把奶茶吹凉了端过去。
访谈者：表上名字写得对吗？
受访者：乱得很。学校表上老大是{{spaced:浩 毕 斯 哈 拉 图}}，外甥写成{{spaced:额尔登 毕力格}}，我是{{spaced:额 日 和 木 巴 雅 尔}}，老婆成了{{spaced:乌仁 图娅}}。
访谈者：最后想说点什么？
受访者：盼着老婆能自己走路，孩子们都能念出书来。外甥说长大要当兽医，我说好，回来给嘎查的牲口看病。
""")

# H258: Tibetan grandmother in 林芝 (巴宜区); her son died building a road, his wife remarried, her son-in-law is in prison.
DOCS["H258"] = ("family", """\
访谈者：阿妈啦，您家里现在几口人？
受访者：四口，我和三个孙辈。我叫{{minority/tibetan:嘎玛群宗}}，今年六十七，家在{{trap/place:林芝}}{{trap/place:巴宜区}}的村子里，离{{trap/place:尼洋河}}不远。老伴{{minority/tibetan:强巴曲扎}}七年前得胃病走了。儿子{{minority/tibetan:旦增旺久}}前年在{{trap/place:墨脱}}修公路，遇上塌方，没救回来。儿媳{{minority/tibetan:尼玛曲珍}}回了{{trap/place:波密}}娘家，后来又成了家，一年来看一回孩子。
访谈者：孙辈们多大？
受访者：孙子{{minority/tibetan:普布次仁}}十二，在{{school:林芝市第二小学六年级（2）班}}；孙女{{minority/tibetan:达娃卓玛}}九岁，在{{school:布久乡中心小学三年级（1）班}}。还有外孙女{{minority/tibetan:李白玛}}，七岁，今年秋天刚上一年级。
访谈者：外孙女的爸妈呢？
受访者：女婿{{han:李志勇}}是{{trap/place:四川}}人，在{{trap/place:八一镇}}开过川菜馆，喝了酒跟人打架，把人打成重伤，判了六年。女儿{{minority/tibetan:索朗德吉}}在{{trap/place:鲁朗}}的宾馆做服务员，一个月回来两天。学校里外孙女用的是汉名，叫{{han:李雪梅}}，家里都叫她{{minority/tibetan:白玛}}。{{minority/tibetan:白玛}}她最黏我，晚上要摸着我的辫子才睡得着。
访谈者：孙子孙女知道爸爸的事吗？
受访者：知道。{{minority/tibetan:旺久}}走的时候孙女才六岁，她现在还问，爸爸是不是在山那边修路。{{minority/tibetan:普布}}懂事早，放学先去背水、喂{{trap/minority_word:藏香猪}}，再写作业。老师说{{minority/tibetan:普布}}就是话少，一个人坐着的时候多。
访谈者：孩子们平时放学做什么？
受访者：孙子帮我挖地、劈柴，夏天上山捡菌子卖，一斤能卖几十块，攒下的钱给妹妹买本子。孙女跟外孙女在院子里跳皮筋，一玩就是一下午。村里建了儿童之家，有电视、有书，晚上亮着灯，孩子们去那儿写作业，有大学生志愿者教。我不识字，辅导不了，就给他们煮好{{trap/minority_word:青稞}}粥等着。
访谈者：女儿回来的时候呢？
受访者：女儿回来就哭，说对不起孩子。我说你别哭，你在外头挣钱也是为了孩子。外孙女问她爸什么时候回来，她说等你上三年级。孩子就掰着手指头数。
访谈者：谁帮过你们？
受访者：村支书{{minority/tibetan:扎西平措}}给我们报了低保，两个孙辈按孤儿领基本生活费，每人每月{{trap/number:一千六百多}}。村里的儿童主任{{minority/tibetan:德吉央宗}}年轻，读过大专，她的汉名叫{{han:杨晓琼}}。她说外孙女的爸爸在服刑，可以按困境儿童报，跑了好几趟{{trap/org:区民政局}}。乡卫生院的藏医{{minority/tibetan:其美多吉}}给我看腿，大家都叫他{{minority/tibetan:其美}}大夫。{{trap/place:广东}}来的援藏医生{{han:黄志坚}}也来村里义诊过。
访谈者：社工来过吗？
受访者：来过。区里的社工站有个{{compound:东方雪莹}}，还有跟她一起的{{compound:段干秋实}}，带着孩子们画画、唱歌。孙女的班主任{{han:王海英}}老师是{{trap/place:山东}}来的，常给她带本子和笔。民政专干{{han:何文斌}}每季度来一回。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:工布新年}}的时候，我给孩子们做{{trap/minority_word:石锅鸡}}，讲{{trap/famous:松赞干布}}的故事。孙子最爱跟着村里的男人们射箭。藏历年去寺里点灯，求菩萨保佑孩子们平安长大。
访谈者：村里别的人家怎么看你们？
受访者：都是好心人。秋收的时候，邻居们帮我收青稞、晒核桃，不要一分钱。过年杀猪，总有人给我们家送一块肉。有人说我命苦，我说不苦，孩子们在身边，饭有得吃，房子也是政府帮着修的新房，比我年轻时候强多了。只是想起儿子，心里就像压着块石头。
访谈者：您身体怎么样？
受访者：腿疼，血压也高。{{minority/tibetan:其美}}说要少吃盐，可{{trap/minority_word:酥油茶}}不放盐我喝不下去。有时候夜里睡不着，想着我要是走了，三个孩子交给谁。
访谈者：日子上最难的是什么时候？
受访者：雨季。山上下来泥石流，路一断，孩子们上不了学，买药也得走半天。去年下大雨，屋顶漏了，是{{minority/tibetan:扎西平措}}带着几个年轻人上房给补好的。
访谈者：登记表要写地址、证件和电话。
受访者：家在{{address:巴宜区布久乡仲萨村二组8号}}，女儿在鲁朗租的房子是{{address:鲁朗镇扎西岗村四组19号}}。我的身份证{{id_number@wold.540402}}，孙子的{{id_number@my2013fw.540402}}。我的电话{{mobile@spaced}}，{{minority/tibetan:索朗德吉}}的电话{{mobile@plus86}}，她的微信{{wechat:sonamdeji_lulang}}。孙子有个QQ，是老师帮他注册的，号码——我记在藏历本子最后一页了——是{{qq:1593086274}}。
访谈者：表上名字写得对吗？
受访者：不对的多。有的表上把我写成{{spaced:嘎　玛　群　宗}}，孙子成了{{spaced:普布 次仁}}，孙女是{{spaced:达 娃 卓 玛}}。我一个字也不认得，都是去找{{minority/tibetan:德吉央宗}}帮我看的。
访谈者：您最大的心愿呢？
受访者：孩子们念书念出去，别像他爸一样去山里卖命。孙子说要当医生，回来给奶奶看腿。
""")

# H259: Hui father in 灵武 (宁夏) with silicosis; his wife is on dialysis; he raises his dead sister's son, whose father is in prison.
DOCS["H259"] = ("family", """\
访谈者：您先介绍一下自己和家里人吧。
受访者：我叫{{han:纳志忠}}，经名{{minority/hui:阿布杜拉}}，四十一岁，家在{{trap/place:灵武}}{{trap/place:郝家桥镇}}。原来在{{trap/place:宁东}}的煤化工厂干装卸，前年查出尘肺，重活干不了了。老婆{{han:撒金花}}，经名{{minority/hui:再娜布}}，尿毒症五年了，每个礼拜去{{trap/place:银川}}透析两回。
访谈者：孩子们呢？
受访者：两个自己的，一个外甥。儿子{{minority/hui:纳伍麦尔}}十三岁，上学用的名字是{{han:纳俊峰}}，在{{school:灵武市第三中学初一（5）班}}。坊上的人都叫他{{minority/hui:伍麦尔}}。闺女经名{{minority/hui:鲁格亚}}，学名{{han:纳雨晴}}，九岁，在{{school:郝家桥镇回民小学三年级（2）班}}。
访谈者：外甥是怎么回事？
受访者：我妹子{{han:纳兰英}}四年前在{{trap/place:吴忠}}出车祸走了。妹夫{{han:杨万福}}后来跟人贩毒，判了十二年。外甥{{minority/hui:杨舍木斯}}就到了我家，今年十一，我们叫他{{minority/hui:舍木斯}}。{{minority/hui:舍木斯}}刚来的时候一句话不说，夜里尿床，现在好多了，跟{{minority/hui:伍麦尔}}抢着干活。
访谈者：您爱人透析，谁照顾家里？
受访者：我照顾。{{minority/hui:再娜布}}她透析回来就没力气，躺一天。闺女九岁就学会了炸{{trap/minority_word:油香}}、擀面。透析的钱医保报了大半，剩下的{{trap/org:红十字会}}帮过两回。医院肾内科的{{han:虎秀兰}}大夫说，等着排队换肾。
访谈者：哪些人帮过你们？
受访者：村里的儿童主任{{han:丁玉梅}}，给外甥按事实无人抚养报了，一个月{{trap/number:一千三百五十}}。村支书{{han:海宝成}}给我家报了低保。{{trap/org:清真寺}}的{{han:金占山}}阿訇，每回散{{trap/minority_word:乜贴}}都先想着我们。坊上的乡老{{minority/hui:马麦蒙}}跑前跑后，{{minority/hui:麦蒙}}他说谁家没个难处。镇上民政办的{{han:余长福}}来入户核过三次。市里社工站有个{{compound:公孙立强}}，常跟{{compound:慕容海霞}}一起来，给孩子们补课，还带外甥去看了心理老师。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:锁金花}}老师说他物理好，就是家里的事让他分心。外甥在{{school:郝家桥镇回民小学五年级（1）班}}，老师说他画画好，画的都是他妈。闺女的同桌是邻居{{minority/hui:丁伊斯哈格}}家的丫头，两家孩子天天一块走。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，坊上宰羊，先给几家困难的送肉。晚上我给孩子们讲{{trap/famous:马本斋}}打鬼子的故事，外甥听了说他长大也要当英雄。
访谈者：您爱人自己怎么想？
受访者：她心重。透析回来躺着，常说是她拖累了这个家，说不如早点走了好。我就跟她说，你在，娃娃们放学进门有人喊一声妈，这个家就还是个家。阿訇也来劝过她，给她念经，她听了能宽心几天。闺女晚上给她捶腿，娘俩说悄悄话，我就不进去。
访谈者：您自己身体怎么样？
受访者：喘。上两层楼就得歇。厂里给了点补偿，医生说不能再进粉尘的地方。我现在在镇上给人看大门，一个月两千出头。夜里老婆睡了，我就在院里坐着，想这三个娃娃往后咋办。
访谈者：孩子们知道家里难吗？
受访者：知道。儿子把学校发的营养餐鸡蛋揣回来给他妈吃，说医生讲透析的人要吃蛋白。外甥刚来那会儿，听见别人说他爸是坐牢的，跟人打了一架，我去学校赔了不是。回来我没打他，跟他说，你爸做错了事，你不用替他低头，你好好的就行。现在他跟同学处得好了，班上的同学还给他过了生日。
访谈者：以后的打算呢？
受访者：老婆要是能换上肾，我就出去找点轻活。儿子{{trap/word:马上}}初三了，说他考技校，学电工，早点挣钱。我不愿意，想让他念高中。这事还得跟他舅舅们商量。
访谈者：登记表上的信息呢？
受访者：家在{{address:灵武市郝家桥镇泾兴村五队27号}}，以前在城里租的是{{address:灵武市东塔镇朔方小区7号楼2单元301室}}。我身份证{{id_number@my1984spaced.640181}}，外甥的{{id_number@my2014x.640181}}。老婆的电话{{mobile@hyphen}}，我的{{mobile@p86n}}。{{han:丁玉梅}}的微信{{wechat:dingyumei_hjq}}。儿子有QQ，说跟同学问作业，号码他写给我了，你看这张纸上的：{{qq:3460197528}}。
访谈者：表上的名字对吗？
受访者：对不上的多。有的表写成{{spaced:纳　伍　麦　尔}}，外甥是{{spaced:杨 舍 木 斯}}，老婆成了{{spaced:再娜 布}}，我是{{spaced:纳 志 忠}}。
访谈者：最后还想说什么？
受访者：盼老婆早点排上肾，娃娃们好好念书。{{minority/hui:舍木斯}}说他想当医生，给他舅妈治病，我听了心里酸。
""")

# H260: Han grandmother in 南阳 (河南) raising three grandchildren; her husband is paralysed, her son works in 义乌, his wife left.
DOCS["H260"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：五口。我叫{{han:岳桂枝}}，今年六十五，家在{{trap/place:南阳}}{{trap/place:宛城区}}乡下。老头子{{han:张福来}}前年中风，瘫在床上。儿子{{han:张长河}}在{{trap/place:义乌}}的厂里上班，儿媳{{han:袁小菊}}三年前跟他离了，走了就没回来过。三个孙辈都跟着我。
访谈者：孩子们多大？
受访者：大孙女{{han:张梦琪}}十四，小名叫{{han:谷穗}}，生在割麦那几天。二孙子{{han:张子硕}}十一，小名{{han:扁担}}，生下来八斤六两，沉得很。小孙女{{han:张梦瑶}}七岁，小名{{han:石榴}}。{{han:谷穗}}在{{school:宛城区红泥湾镇第一初级中学初二（3）班}}，{{han:扁担}}跟{{han:石榴}}都在{{school:红泥湾镇中心小学五年级（2）班}}那个学校，一个五年级一个一年级。
访谈者：孩子们的爸爸常回来吗？
受访者：过年回来十天。{{han:张长河}}他一个月往家寄三千，剩下的在那边吃住。他说回来在镇上找不着活。{{han:石榴}}想她爸，晚上抱着手机等视频，等着等着就睡着了。
访谈者：孩子妈妈呢？
受访者：{{han:袁小菊}}走了就没音信了，听说在{{trap/place:郑州}}又成了家。{{han:谷穗}}也不提她妈，有一回我翻她的本子，看见她写“我不恨她”，我一个人在灶屋哭了半天。
访谈者：您一个人照顾老伴和三个孩子，忙得过来吗？
受访者：忙不过来也得忙。天不亮起来给老头子翻身、擦洗，再做饭，送{{han:石榴}}上学。{{han:扁担}}就帮着喂鸡、担水。{{han:扁担}}也懂事，他说奶奶你歇着，我来。地里的活是邻居{{han:杜春江}}他们家帮着种的，他家有收割机。
访谈者：哪些人帮过你们？
受访者：村里的儿童主任是{{han:宋玉兰}}婶，她说三个孩子算留守儿童，老头子又瘫着，给报了低保。村支书{{han:贾天成}}还说，有啥难处就找他。镇民政所的{{han:禹德旺}}来看过两回，给老头子申请了残疾补贴。镇卫生院的{{han:王春雨}}大夫每月上门给老头子量血压，说话慢，脾气好。县里社工站派了个姑娘，叫{{compound:澹台晓云}}，跟她一块来的还有{{compound:左丘红梅}}，给孩子们讲怎么防溺水、防拐骗。
访谈者：孩子们在学校表现怎么样？
受访者：{{han:谷穗}}学习好，班主任{{han:李家和}}老师说她能考上县一高，就是心思重。{{han:扁担}}的老师{{han:郭满囤}}五十多了，教了一辈子书，他说孩子聪明就是坐不住。
访谈者：过年过节呢？
受访者：过年蒸花馍、炸丸子，孩子们最高兴。我给他们讲{{trap/famous:张衡}}，说咱这儿出过看星星的大学问家。还说“三个臭皮匠，顶个{{trap/famous:诸葛亮}}”，让他们几个有事商量着来。
访谈者：您自己身体怎么样？
受访者：腰不好，弯不下去，一到阴天腿就疼。去年查出来血糖高，医生让我少吃馍，我说不吃馍吃啥。最怕的是我倒下了，老头子没人管，三个孩子也没人管。村里的医生说给我办个慢病卡，拿药能便宜点，我还没顾上去镇上办。晚上孩子们睡了，我把明天要做的事在心里过一遍，过完了才睡得着。
访谈者：村里像您这样带孙子的多吗？
受访者：多。一个村里年轻人走了一多半，剩下的都是老的小的。晚上村里黑灯瞎火的，就小卖部门口亮着。我们几个老婆子凑在一块儿说话，说的都是孙子孙女，谁家孩子考得好，谁家孩子又跟人打架了。有个老姐妹带着五个孙辈，比我还难，我们就互相帮衬着，谁家有事喊一声。
访谈者：孩子们之间处得好吗？
受访者：好，大的护着小的。小孙女在学校叫人欺负了，大孙女第二天放学就去找那孩子，也没打人家，就站在那儿看着他，那孩子后来再不敢了。
访谈者：家里最难的时候是哪一回？
受访者：老头子犯病那天。半夜里他从床上栽下来，我一个人拽不动，我让{{han:谷穗}}跑着去找{{han:杜春江}}，他开着三轮把人送到{{trap/org:镇卫生院}}，又转到市里。住了一个月院，花了四万多，报了一半，剩下的是亲戚们凑的。{{han:张长河}}请假回来守了十天又走了，他说不上班就没钱。
访谈者：登记表要写地址和电话。
受访者：家在{{address:宛城区红泥湾镇岳庄村三组17号}}，儿子在义乌住的是{{address:稠城街道丰收小区9幢2单元504室}}。我的身份证{{id_number@wold.411302}}，二孙子的{{id_number@my2014quad.411302}}。电话是大孙女记的：我的{{mobile@s38}}，儿子的{{mobile@h38}}，他的微信{{wechat:zhangchanghe_yw}}。大孙女有QQ，跟她爸视频用的，号是{{qq:609284513}}。
访谈者：表上名字写得对吗？
受访者：有写错的。低保表上我成了{{spaced:岳 桂 枝}}，老头子写成{{spaced:张福 来}}，大孙女写成{{spaced:张　梦　琪}}。
访谈者：您最盼什么？
受访者：盼老头子能坐起来，盼{{han:张长河}}早点回来，一家人在一块儿，{{trap/word:张罗}}点小生意也行。
""")

# H261: Han teacher in 都匀 (贵州) with Buyi pupils; the parents and relatives she reaches on WeChat and QQ.
DOCS["H261"] = ("teacher", """\
访谈者：老师，您先介绍一下自己吧。
受访者：我叫{{han:潘丽琴}}，在{{trap/place:都匀}}城边上的小学教了十五年书，现在是{{school:都匀市墨冲镇中心小学四年级（3）班}}的班主任。班上四十二个孩子，一多半是布依族，有七个是困境儿童。家长大多在外头，我跟他们说话全靠微信和QQ。
访谈者：能说说这几个孩子吗？
受访者：先说{{han:韦明亮}}，他爸{{han:韦国庆}}在{{trap/place:东莞}}打工，从脚手架上摔下来，腰椎断了，回来躺着。妈妈{{han:蒙春燕}}一个人种茶、打零工。家长群里他爸的微信名就叫“{{han:韦国庆}}”，头像是年轻时候在厂门口照的。{{han:韦明亮}}他成绩中等，爱打抱不平，当了{{trap/word:班长}}以后什么事都管。
访谈者：第二个呢？
受访者：{{han:罗雨欣}}，爸妈都在{{trap/place:福建}}的鞋厂，跟奶奶{{han:岑玉兰}}住。奶奶不识字，作业的事我都找她小叔{{han:罗天明}}，他QQ上的名字就是“{{han:罗天明}}”三个字，晚上十点以后才回消息。
访谈者：第三个？
受访者：{{han:莫金凤}}是孤儿，爸爸前年肝癌走了，妈妈改嫁去了{{trap/place:贵阳}}。她跟大伯{{han:莫德海}}家过，一个月有{{trap/number:一千五百八}}的孤儿基本生活费，是村里的儿童主任{{han:韦春花}}跑下来的。这孩子就是不爱说话，上课老看窗外。大伯母的微信备注我写的是“{{han:莫金凤}}大伯娘”。
访谈者：其他几个呢？
受访者：{{han:岑家宝}}的妈妈有精神病，犯病的时候砸东西，爸爸{{han:岑德富}}在镇上收废品。{{han:班秋菊}}是留守的，跟爷爷{{han:班立新}}，爷爷七十六了还上山砍柴，{{han:班立新}}那边没有智能手机，只能打电话。{{han:班秋菊}}她爸叫{{han:班正华}}，在{{trap/place:浙江}}，QQ昵称是“{{han:班正华}}·布依人”，一个月跟孩子视频一回。{{han:陆永红}}的爸爸因为偷牛判了三年，妈妈{{han:杨秀莲}}带着弟弟去了外省，孩子跟外婆过。
访谈者：这些孩子在学习上有什么困难？
受访者：没人辅导。爷爷奶奶说布依话，汉字认得少，作业拿回去没人看。我们学校开了课后服务，放学后多留一个钟头，老师轮流看着写作业。周末有的孩子要上山采茶、放牛，作业就拖着。我不逼他们，只要他们愿意来上学就好。去年有两个孩子差点辍学，一个跟着亲戚去了外省的厂里，我跟校长一起坐车去把人领回来的。
访谈者：您觉得最要紧的是什么？
受访者：让孩子觉得有人记着他。我每个孩子过生日都给他煮两个鸡蛋，写张小卡片。有个孩子把卡片贴在床头，他奶奶发照片给我，我看了一晚上没睡着。
访谈者：学校能做些什么？
受访者：校长{{han:蒙德富}}定了规矩，困境儿童的餐费、校服费全免。学校的心理老师是{{compound:欧阳春燕}}，每周给他们上一次团体课，教室墙上贴着青少年服务热线{{trap/hotline:12355}}。去年来了两个支教的，一个叫{{compound:夏侯明远}}，另一个是{{compound:呼延雪松}}，带孩子们学吹木叶、画{{trap/minority_word:蜡染}}。{{trap/org:市民政局}}的社工每学期来做一次家访。
访谈者：家长们怎么看这些事？
受访者：多数是明白的，知道孩子在学校有人管，放心。也有的家长觉得读书没用，说初中毕业就出去打工。我就把往届学生考上大学的照片发到群里，一个一个跟他们说，谁家孩子现在当了护士，谁家孩子在县里当了老师。说多了，有的家长也松了口。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:三月三}}和{{trap/minority_word:六月六}}，寨子里吃{{trap/minority_word:花糯米饭}}，老人吹{{trap/minority_word:布依八音}}。我给他们讲{{trap/famous:王阳明}}在{{trap/place:龙场}}读书的故事，说再难也能读出来。
访谈者：跟家长联系难吗？
受访者：难。有的家长换了号不说，有的只在半夜回。我每天天{{trap/word:蒙蒙亮}}就起来改作业，然后挨个发消息。开家长会，人{{trap/word:陆续}}进来，一看都是爷爷奶奶，我就把要说的录成语音，发到群里。{{han:韦国庆}}躺在床上，反倒是回得最快的一个。
访谈者：您登记的联系方式能说一下吗？
受访者：第一个孩子家在{{address:墨冲镇良亩村六组23号}}，{{han:莫德海}}家在{{address:都匀市小围寨街道惠民小区3栋1单元602室}}。{{han:莫金凤}}的身份证{{id_number@wy2015.522701}}。{{han:蒙春燕}}的电话{{mobile@spaced}}，{{han:罗天明}}的电话{{mobile@plus86dash}}，他的微信{{wechat:luotianming_dy}}。{{han:韦春花}}的微信{{wechat:wei_chunhua88}}。他小叔的QQ我常用，是{{qq:48270316}}；{{han:班正华}}的QQ，他上回发消息说换了，新号是——我翻翻——{{qq:2964031587}}。
访谈者：孩子们的名字写得对吗？
受访者：表上乱。有的写成{{spaced:韦 明 亮}}，有的是{{spaced:莫　金　凤}}，还有{{spaced:班秋 菊}}。支教老师在签到表上成了{{spaced:呼 延 雪 松}}。
访谈者：最后想说什么？
受访者：这些孩子缺的是有人陪。我能做的就是天天看着他们，谁今天没吃早饭、谁哭了，我都知道。
""")

# H262: Kazakh father in 青河 (阿勒泰); his wife died in childbirth, his brother froze to death on the move; four children.
DOCS["H262"] = ("family", """\
访谈者：您先说说家里的情况吧。
受访者：我叫{{minority/kazakh:努尔别克·塔列克}}，四十三岁，在{{trap/place:青河县}}{{trap/place:阿格达拉镇}}的牧业村放牧。身份证上名字没有点，是{{minority/kazakh:努尔别克塔列克}}。老婆{{minority/kazakh:库拉依·叶尔肯}}三年前生小女儿的时候大出血，送到{{trap/place:阿勒泰}}没抢救过来。家里三个孩子，还有我哥哥的儿子。
访谈者：孩子们多大了？
受访者：大儿子{{minority/kazakh:阿赛提·努尔别克}}十四，在{{school:青河县第二中学初二（1）班}}；二女儿{{minority/kazakh:加依娜·努尔别克}}十岁，在{{school:阿格达拉镇寄宿制小学四年级（2）班}}；小女儿{{minority/kazakh:阿依登}}三岁，她妈拿命换来的。侄子{{minority/kazakh:别尔地·哈纳提}}十二，我哥哥{{minority/kazakh:哈纳提·塔列克}}前年冬天转场，在{{trap/place:布尔根河}}边上遇上暴风雪，冻死了。嫂子改嫁去了{{trap/place:富蕴}}，孩子留给了我们。
访谈者：您一个人带四个孩子？
受访者：还有我母亲{{minority/kazakh:江阿古丽}}，七十了。小女儿就是她带大的，奶也是她去邻居家讨的。{{minority/kazakh:江阿古丽}}她说，只要她还活着，孙子孙女就饿不着。我夏天在{{trap/place:三道海子}}那边的夏牧场，冬天回{{trap/minority_word:冬窝子}}。
访谈者：孩子们在家叫什么？
受访者：大儿子就叫{{minority/kazakh:阿赛提}}，二女儿叫{{minority/kazakh:加依娜}}，侄子我们叫{{minority/kazakh:别尔地}}。{{minority/kazakh:别尔地}}和{{minority/kazakh:阿赛提}}一起长大，像亲兄弟。{{minority/kazakh:加依娜}}也懂事，周末回家帮奶奶挤奶、炸{{trap/minority_word:包尔萨克}}。
访谈者：哪些人帮过你们？
受访者：村里的儿童主任{{minority/kazakh:古丽米拉·托肯}}，给侄子办了孤儿基本生活费，一个月{{trap/number:一千七百三}}，又给我们家报了低保。{{minority/kazakh:古丽米拉}}她汉语好，表都是她帮着填的。村支书{{minority/kazakh:居马别克·巴依肯}}帮我把一半草场租出去了。乡上的民政专干{{han:石玉山}}是汉族，每季度来一回。兽医{{minority/kazakh:乌拉孜别克·达吾列提}}给我的羊打针从来不收钱。县社工站有{{compound:赫连明轩}}，还有{{compound:濮阳一鸣}}，夏天在牧场办了几天夏令营。
访谈者：孩子们在学校怎么样？
受访者：{{minority/kazakh:阿赛提}}的班主任{{minority/kazakh:萨比拉}}老师说他数学好，想考到{{trap/place:乌鲁木齐}}的内高班。{{minority/kazakh:加依娜}}的老师{{han:康振国}}说她爱唱歌，在学校的{{trap/minority_word:阿肯弹唱}}上唱过。侄子刚来的时候天天哭，是学校的心理老师{{han:武桂兰}}一直陪着。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}，我母亲煮{{trap/minority_word:纳吾肉孜饭}}，我弹{{trap/minority_word:冬不拉}}，给孩子们念{{trap/famous:阿拜}}的诗。侄子听着听着就哭了，说他爸也会弹。
访谈者：您自己身体怎么样？
受访者：腰不好，骑马骑久了直不起来。去年冬天在雪里找羊，手冻伤了两个指头。可我不能倒，倒了这一家子就散了。母亲年纪大了，我最怕的是她哪天病了，小女儿没人带。村里说可以送小女儿去镇上的幼儿园，吃住都免费，我舍不得，她还太小，夜里要找奶奶。
访谈者：侄子的妈妈还来吗？
受访者：来过两回，带着衣服和钱。她在那边又有了孩子，日子也不宽裕。侄子见了她不说话，她走的时候，侄子追出去老远。我跟他说，你妈不是不要你，是没办法。
访谈者：冬天转场最难吧？
受访者：最难。我哥哥就是在转场路上没的。现在我不让孩子们跟着转场，冬天他们住校，周末去镇上的亲戚家。羊群我跟邻居合着赶，一家出一个人，路上有个照应。
访谈者：村里还有别的孩子这样吗？
受访者：有。牧区的孩子，爸妈出事的不少，有的是车祸，有的是病，有的是冻死在路上的。村里去年办了个儿童之家，冬天烧着炉子，孩子们周末在那儿写作业、看电视，有人管饭。我们牧民白天在外头放牧，心里也踏实了。
访谈者：登记表上的信息呢？
受访者：家在{{address:青河县阿格达拉镇阿格达拉村二组11号}}，冬窝子那边的定居房是{{address:青河县塔克什肯镇布尔根村三组26号}}。我身份证{{id_number@my1982hyphen.654325}}，侄子的{{id_number@my2013fwspaced.654325}}，母亲的{{id_number@woldfwx.654325}}。我电话{{mobile@plus86spaced}}，{{minority/kazakh:古丽米拉}}的{{mobile@fullwidth}}，她的微信{{wechat:gulmira_qinghe}}。大儿子有QQ，跟内高班的学长问学习，号码{{qq:2051738946}}。
访谈者：表上名字写得对吗？
受访者：各写各的。有的写{{spaced:努 尔 别 克 · 塔 列 克}}，侄子写成{{spaced:别尔地 · 哈纳提}}，儿子成了{{spaced:阿赛提 努尔别克}}，老婆的死亡证明上是{{spaced:库　拉　依}}。
访谈者：您最大的心愿是什么？
受访者：孩子们都念出书。{{minority/kazakh:别尔地}}说他要当医生，他爸要是早点送到医院，也许就不会死。
""")

# H263: Han police officer in 集宁 (乌兰察布) reading out the forms of five children's cases.
DOCS["H263"] = ("staff", """\
访谈者：您在派出所主要负责什么？
受访者：我叫{{han:乔建峰}}，在{{trap/place:集宁区}}一个派出所管户籍和社区，干了十一年。今天带来的是这半年经手的几份困境儿童材料，有的要落户，有的要核身份，我照着表念。
访谈者：好，您念吧。
受访者：第一份是个没落上户的孩子。妈妈{{han:安红艳}}，没结婚生的，孩子爸不认。孩子叫{{han:安子墨}}，今年八岁了，一直没户口，学籍也办不了。我们帮着做了亲子鉴定，按政策落在他姥姥{{han:温凤英}}的户上。表上户主写了两遍，“{{han:温凤英}}{{han:温凤英}}”，是社区网格员{{han:池春生}}录的时候粘多了。孩子的身份证号{{id_number@my2017.150902}}。
访谈者：第二份呢？
受访者：父亲{{han:霍志刚}}，抢劫，判了八年，在{{trap/place:呼和浩特}}服刑。母亲{{han:闫海燕}}去年喝药没了。两个孩子{{han:霍思雨}}、{{han:霍思远}}跟奶奶{{han:常桂芳}}过，奶奶{{trap/word:常常}}半夜醒了坐着哭。{{han:霍思雨}}她十三了，在{{school:集宁区第五中学初一（6）班}}，弟弟在{{school:集宁区新华街小学三年级（2）班}}。奶奶身份证{{id_number@wold.150902}}，住在{{address:集宁区桥西街道民建小区5号楼3单元202室}}。
访谈者：第三份？
受访者：{{trap/year:2022年}}冬天在{{trap/place:集宁南站}}候车室捡到一个女孩，两岁左右，唇腭裂。送到{{trap/org:市儿童福利院}}，福利院给起名叫{{han:党乐安}}。院长{{han:郝长城}}说手术做完了，现在在找寄养家庭。我们在网上发了寻亲公告，到现在没人来认。
访谈者：第四份？
受访者：户主叫{{compound:司马振华}}，开出租的，胃癌晚期。老婆是{{compound:拓跋文静}}，姓少见，好多人第一回都念不对。孩子叫{{compound:司马雨涵}}，六岁，在{{school:集宁区实验幼儿园大（1）班}}。社区给报了临时救助，{{trap/org:区妇联}}也给了五千。{{compound:拓跋文静}}的身份证{{id_number@wy1990hyphen.150902}}，家在{{address:集宁区前进路街道光明巷18号}}。
访谈者：第五份？
受访者：{{han:苗春雷}}，单亲爸爸，前年在{{trap/place:卓资}}的工地上摔伤了脊椎，坐轮椅。两个孩子跟他，大的{{han:苗雨萱}}十岁，小的{{han:苗宇航}}五岁。表上户主名也写了两遍，成了“{{han:苗春雷}}{{han:苗春雷}}”。社区书记{{han:贺秀英}}大姐隔三差五去送菜，还帮着申请了重度残疾人护理补贴。他说不想让孩子们觉得家里塌了。
访谈者：落户的事一般要多久？
受访者：快的一个月，慢的一年多。没有出生证明的要做亲子鉴定，鉴定费一千多，有的家拿不出来，我们就找民政申请救助。材料不全的，要到孩子出生的医院、村委会一样一样去开证明。有时候孩子爸在外地服刑，签字得跟监狱联系，一来一回就得两三个月。我们所里有个台账，每个孩子办到哪一步都写着，每周过一遍。
访谈者：孩子们见了警察怕不怕？
受访者：刚开始怕，以为警察是来抓人的。后来去得多了，有的孩子见了我就喊叔叔，问我今天带没带糖。我说带了，你把作业给我看看。我跟他们说，有事打{{trap/hotline:12345}}也行，直接来所里找我也行。这些孩子的日子已经够难的了，我就想让他们知道，派出所也是能帮他们的地方。
访谈者：这些案子谁跟您一起办？
受访者：所长{{han:云志强}}还专门开过会，让内勤{{han:吕德胜}}建了台账；我的搭档叫{{compound:太史琳琳}}，她是从警校分来的。民政那边对接的是{{han:张福贵}}，{{han:张福贵}}也是个热心肠，周末都接电话。
访谈者：办这些事最难的是什么？
受访者：找人。孩子爸妈有的在外地，有的在服刑，有的根本找不着。户口落不上，孩子就上不了学、办不了低保。我们一个电话一个电话地打，有时候跑{{trap/place:丰镇}}、跑{{trap/place:凉城}}，就为了让人签个字。
访谈者：这几个孩子现在怎么样？
受访者：落了户的孩子去年秋天上了一年级，他姥姥说孩子背上书包那天，一路上跟人说自己有名字了。两个服刑人员的孩子，学校给减免了费用，姐姐还当上了学习委员。捡来的女孩下个月要去寄养家庭，那家两口子是教师，我们去看过，人挺好。司机那家最难，病人还在化疗，我们隔一阵就去看看。
访谈者：表上的名字还有什么问题？
受访者：多得很。系统里有{{spaced:司 马 振 华}}、{{spaced:拓　跋　文　静}}，有{{spaced:霍 思 雨}}，还有{{spaced:安子 墨}}，中间都空着，查重的时候查不出来。联系电话：{{han:安红艳}}的{{mobile@hyphen}}，{{han:常桂芳}}的{{mobile@s74}}。姐姐用奶奶手机注册了QQ，号码是{{qq:730618294}}，{{han:贺秀英}}的微信{{wechat:hexiuying_jn}}。
访谈者：最后您想说什么？
受访者：户口本上一个名字，对孩子来说就是一条路。名字写对了，路才走得通。
""")

# H264: Han father in 四平 (吉林) whose wife is in prison; two children and his mother.
DOCS["H264"] = ("family", """\
访谈者：您先说说家里的情况。
受访者：我叫{{han:于大海}}，三十九，在{{trap/place:四平}}{{trap/place:铁西区}}开出租。媳妇{{han:曲秀芬}}{{trap/year:2023年}}因为帮老板拉人搞非法集资，判了五年，在{{trap/org:吉林省女子监狱}}服刑。两个孩子跟着我，我妈{{han:高玉珍}}帮着带。
访谈者：孩子们多大了？
受访者：闺女{{han:于梓萌}}十二，在{{school:四平市铁西区英雄小学六年级（1）班}}；儿子{{han:于浩然}}七岁，在{{school:铁西区站前小学一年级（4）班}}。{{han:于梓萌}}她妈出事的时候她十岁，到现在还不爱跟人说话。{{han:于浩然}}小，以为他妈在外地上班。
访谈者：您一个人开车，孩子谁管？
受访者：白天我妈管，晚上我收了车管。我妈七十一了，有糖尿病，每天打胰岛素。{{han:高玉珍}}她说，孙子孙女是她的命。邻居{{han:侯宝山}}大哥下岗在家，常帮着接孩子，有事我就给{{han:侯宝山}}打电话。
访谈者：哪些人帮过你们？
受访者：社区主任{{han:宫秀兰}}给两个孩子按困境儿童报了补贴，一个月每人{{trap/number:六百八}}。社区的儿童主任{{han:邵天喜}}每周来看一回，帮闺女报了学校的心理辅导。{{han:邵天喜}}和街道民政的{{han:隋光明}}都来家里核过情况。媳妇的案子是{{compound:西门丽萍}}律师代理的，她说表现好能减刑。区里社工站派了{{compound:长孙梦洁}}，还有她同事{{compound:钟离宏宇}}，带闺女去监狱会见过两回。
访谈者：孩子见了妈妈怎么样？
受访者：闺女隔着玻璃哭，她妈也哭。回来的路上闺女说，爸，我不怪她。{{han:于梓萌}}就是这样，心里有事不说。儿子不懂，拿着电话跟他妈说幼儿园的事，说得可高兴了。
访谈者：学校那边呢？
受访者：闺女的班主任{{han:丛立新}}老师知道家里的事，从来不在班上提。英语老师{{han:车明辉}}免费给她补课。儿子的老师叫{{compound:尉迟春生}}，男老师，孩子们都喜欢他。
访谈者：亲戚们帮过吗？
受访者：媳妇娘家在{{trap/place:双辽}}，她妈身体不好，她哥{{han:曲振江}}每年秋天送两袋大米来，说不能让孩子们饿着。我自己的姐姐{{han:于凤霞}}在{{trap/place:长春}}当保洁，过年给孩子们买新衣裳。亲戚们也有说闲话的，说这媳妇不该要了，我没搭理。孩子是两个人的，她是孩子的妈。
访谈者：这几年您最大的变化是什么？
受访者：学会了做饭、扎辫子、开家长会。以前这些都是她干，我只管挣钱。现在闺女的辫子我扎得比她妈还好，她自己说的。闺女生日那天，我给她做了一桌菜，她吃着吃着哭了，说妈妈要是在就好了。我也跟着掉眼泪，是自己躲到厨房里擦的。
访谈者：您跟孩子们讲过妈妈的事吗？
受访者：讲过。我说你妈做错了事，在里面改，改好了就回来。闺女听了没吭声，{{trap/word:于是}}过年我带他们去看{{trap/word:二人转}}，在{{trap/place:英雄广场}}看烟花，给他们讲{{trap/famous:杨靖宇}}的故事，说人得有骨气，日子再难也能熬过去。
访谈者：您自己最难的是什么？
受访者：钱。出租车一天跑十二个小时，刨去份子钱，一个月剩四千。我妈的药、孩子们的学费，还有媳妇在里面的生活费，都是从这里出。有时候夜里拉完最后一趟，我把车停在{{trap/place:南湖}}边上，坐一会儿再回家，不想让孩子们看见我发愁。
访谈者：社区和学校还能帮您什么？
受访者：最想要的是孩子放学以后有个地方去。我开车到晚上十点，我妈眼神不好，辅导不了作业。社区说要办一个四点半课堂，请退休老师来，我第一个报了名。还有就是闺女的心理，她心里的事不跟我说，跟老师说，我就拜托老师多留意。
访谈者：登记表上的信息呢？
受访者：家在{{address:铁西区北沟街道育才小区12号楼3单元501室}}，我妈的老房子在{{address:梨树县小城子镇于家村四组9号}}。我身份证{{id_number@my1986.220302}}，闺女的{{id_number@wy2013tri.220302}}。我电话{{mobile@p86h}}，我妈的{{mobile@fws}}。我的微信{{wechat:yudahai_taxi}}，{{han:邵天喜}}的微信{{wechat:shaotianxi2020}}。闺女有个QQ，说跟她妈写信的时候想把照片存在里头，号码她写在日历上了：{{qq:81537042}}。
访谈者：名字在表上写得对吗？
受访者：有错的。社区表上我是{{spaced:于　大　海}}，媳妇成了{{spaced:曲 秀 芬}}，闺女写成{{spaced:于梓 萌}}，律师的名字签成了{{spaced:西 门 丽 萍}}。
访谈者：最后您想说什么？
受访者：等她出来，一家人好好过。闺女说等她妈回来，要把这几年的奖状一张一张给她看。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=257,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
