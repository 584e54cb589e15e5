# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 48 (tests/pii/holdout48/H369-H376 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 49, written at the same time, is a later
set and was not read).

Set 48 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 察哈尔右翼中旗 (乌兰察布) raising two grandchildren whose father died of liver cancer and whose mother remarried
in 丰镇; a Tibetan father in 谢通门 (日喀则), widowed by echinococcosis, with three children (the youngest deaf) and a
blind mother; a Hui mother in 临夏县 whose husband was paralysed when a brick kiln in 青海 caved in; a Han grandfather
in 化州 (广东) raising two grandchildren, known by nicknames that are words, whose father is on dialysis and whose
mother left; a Han village teacher in 宕昌 (陇南) going through the orphans and left-behind children of her class and
their families as they show on WeChat and QQ; a Uyghur mother in 麦盖提 (喀什) whose husband, a mason, has kidney
failure; a Han civil-affairs clerk in 清水河 (呼和浩特) reading out her case file; and a Han mother in 新乡 (河南)
whose husband died of leukaemia. The emphasis is on forms where a replacement might cover only part of a name, in a
mix rather than one trick: Mongolian names of four to six characters with short forms (呼格吉勒图雅 then 呼格吉勒,
也喜巴图 then 也喜 and 也喜也, 斯庆毕力格, 其劳巴雅尔 then 其劳) and a Han surname before a Mongolian name
(包格根塔娜); Tibetan names with short forms (穷达次仁 then 穷达, 加央次仁 then 加央他, 旦增吉吉 then 吉吉) and the
Han names of Tibetans (杨卫东 for 扎西旺久); Hui Han-form names beside 经名 (马桂萍 / 热比燕, 马福元 / 哈力木,
韩秀珍 / 尔玛尔, 韩正清 / 韩达吾德) and a Han surname before an Arabic name (马塔哈 then 塔哈, 马阿西耶 then
阿西耶); Uyghur given name + father's name with and without the dot (热萨来提·吐拉洪 and 热萨来提吐拉洪,
买吾拉江·艾则孜 then 买吾拉江) and short forms; Han nicknames that are words (番薯, 木棉, 长生, 东东) and names as
they show on WeChat and QQ; Han names with common and rare surnames, titles and kin words, names that contain
words, a name written twice on a form, names directly before particles and verbs and after 叫/是/给/跟/和/找/让;
spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and written the many
ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:苟玉琴}}``, ``{{qq:2716093548}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013spaced.150927}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶, 姨, 队长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a nickname or a name as it shows on WeChat or QQ is annotated whole. Han-style
names of Mongolian, Tibetan and Hui people (白雨萱, 杨卫东, 马福元) are category han; a Han surname before a non-Han
given name (包格根塔娜, 马塔哈) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout48/make_holdout48.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(48_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H369: Mongolian grandmother in 察哈尔右翼中旗 (乌兰察布); her son died of liver cancer, his wife remarried.
DOCS["H369"] = ("family", """\
访谈者：奶奶，您坐着说就行。先说说家里的情况吧。
受访者：我叫{{minority/mongolian:敖特根花}}，六十八了。老头子{{minority/mongolian:斯庆毕力格}}前年冬天走的，心脏不好。我们家在{{trap/place:察哈尔右翼中旗}}南边的嘎查，离{{trap/place:乌兰察布}}市里一百多里。儿子{{minority/mongolian:其劳巴雅尔}}在{{trap/place:集宁}}开大车，去年查出肝癌，半年就没了。儿媳{{han:赵丽芬}}改嫁到{{trap/place:丰镇}}去了，一年回来看一两趟。两个孩子就跟着我过。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:呼格吉勒图雅}}，十二了，学校里的汉名叫{{han:白雨萱}}。孙子{{minority/mongolian:也喜巴图}}，八岁，我们都喊他{{minority/mongolian:也喜}}。{{minority/mongolian:也喜}}也懂事，他爸走那天他一声没哭，晚上钻到我被窝里才哭。孙女在{{school:察右中旗蒙古族学校六年级（2）班}}住校，孙子在{{school:科布尔镇第二小学二年级（3）班}}。
访谈者：家里靠什么过日子？
受访者：二十来只羊，十几亩旱地种莜麦和土豆。嘎查达{{minority/mongolian:查干巴拉}}给报了低保，两个孩子按事实无人抚养报上去，每人每月{{trap/number:一千四百二}}。{{minority/mongolian:查干巴拉}}说{{trap/org:旗民政局}}审得严，让我把儿子的死亡证明、儿媳改嫁的材料都备齐。苏木的民政助理{{han:刘永胜}}跑了三趟，每趟都拿个本子记。嘎查的儿童主任{{minority/mongolian:萨其日花}}是我远房侄女，隔几天就来看一回。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{minority/mongolian:乌日塔}}老师说她作文好，用蒙文写了一篇《我的阿爸》，老师念的时候全班都哭了。{{minority/mongolian:呼格吉勒}}她心重，有啥事都憋着不说。孙子的班主任{{han:郝秀清}}老师年轻，给{{minority/mongolian:也喜}}补拼音不要钱。{{minority/mongolian:其劳}}在的时候常说，他小时候没念成书，孩子们一定要念出来。
访谈者：还有谁帮过你们？
受访者：旗里社工站来过两个人，一个叫{{compound:宇文晓岚}}，一个是她同事{{compound:闾丘志鹏}}。{{compound:宇文晓岚}}教孙女画画，说孩子心里的事画出来就好受了。旗医院的{{minority/mongolian:包格根塔娜}}大夫每个月下来巡诊，顺便给我量血压。邻居{{minority/mongolian:莫日根达赖}}家有三轮车，我去镇上取钱都是他拉我去。他媳妇{{minority/mongolian:达古拉玛}}过年给孩子们做{{trap/minority_word:奶豆腐}}，蒸{{trap/word:白面}}馒头。镇卫生院的{{han:田凤霞}}大夫也好，孙子发烧半夜敲门，她披上衣服就来。
访谈者：过节的时候呢？
受访者：夏天{{trap/place:辉腾锡勒}}那边办{{trap/minority_word:那达慕}}，孙子就爱看摔跤。正月里我给孩子们讲{{trap/famous:巴拉根仓}}的故事，他们笑得打滚。孙女说长大要当大夫，像{{minority/mongolian:包格根塔娜}}大夫那样骑着摩托下牧区。
访谈者：您自己身体呢？
受访者：腰不行，血压也高。冬天{{trap/minority_word:白毛风}}一刮，羊圈门冻住了，我推不开，是{{minority/mongolian:莫日根达赖}}他过来帮着铲的。有时候夜里醒了就想，我要是走了，这俩孩子咋办。儿子在的时候说，等攒够钱在{{trap/place:科布尔镇}}买楼，让孩子们在镇上念书，现在也不敢想了。
访谈者：孩子们想妈妈吗？
受访者：想。孙女嘴上不说，可她把她妈留下的一条红围巾一直压在枕头底下。去年她妈回来过一趟，带了两身新衣裳，待了一晚上就走了。孙子追着车跑了老远，回来一句话也不说，饭也不吃。我跟他说，你妈有她的难处，咱们不怪她。孩子还小，心里那个结得慢慢解。
访谈者：冬天取暖怎么办？
受访者：烧牛粪和煤。嘎查每年给困难户发两吨煤，不够的我就捡牛粪。孙女放寒假回来，天不亮就起来生炉子，给我熬好奶茶才叫我起。她说奶奶你腰不好，多躺一会儿。学校有营养餐，住校的伙食费也免了，书包、校服是城里一家企业捐的。孙子费鞋，一个学期穿坏两双，我就给他缝，缝了又穿。我这辈子没享过啥福，有这么个孙女，也算有福了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:察右中旗广益隆镇哈拉沟嘎查二组11号}}，儿子在集宁租过的房是{{address:集宁区桥西新村小区4号楼2单元502室}}。我身份证{{id_number@wy1957.150927}}，孙女的{{id_number@wy2013spaced.150927}}。我电话{{mobile@plain}}。孙女用我的手机注册了微信，叫{{wechat:tuya_huge2013}}。她还有个QQ，说是跟老师交作业用的，号码她写在我日历背面了，我念给你：{{qq:2087316459}}。
访谈者：表上名字写得对吗？
受访者：乱得很。学校花名册上孙女写成{{spaced:呼 格 吉 勒 图 雅}}，低保表上我是{{spaced:敖特根 花}}，孙子成了{{spaced:也喜 巴图}}。民政助理的本子上还把老头子写成{{spaced:斯　庆　毕　力　格}}，人都走了还在表上。
访谈者：最后您想说什么？
受访者：盼孩子们好好念书，别像我一样一辈子不认字。
""")

# H370: Tibetan father in 谢通门 (日喀则); his wife died of echinococcosis, three children, a blind mother.
DOCS["H370"] = ("family", """\
访谈者：您好，先说说您家里的情况吧。
受访者：我叫{{minority/tibetan:穷达次仁}}，四十三岁，家在{{trap/place:谢通门县}}的一个村子里，离{{trap/place:日喀则}}市里一百五十公里。我爱人{{minority/tibetan:次仁拉珍}}前年得{{trap/word:包虫病}}走了，在{{trap/place:拉萨}}做了两次手术也没留住。家里现在有三个孩子，还有我阿妈{{minority/tibetan:米玛潘多}}，她眼睛看不见了。
访谈者：孩子们多大？
受访者：老大{{minority/tibetan:加央次仁}}十四岁，在{{school:谢通门县中学初二（1）班}}住校。老二是女儿，{{minority/tibetan:旦增吉吉}}，十岁，在{{school:卡嘎镇完全小学三年级（2）班}}。老三{{minority/tibetan:珠杰}}六岁，耳朵听不见，去年{{trap/org:县残联}}把他送到市里的特殊教育学校去了。{{minority/tibetan:加央}}他学习好，老师说能考到内地西藏班。老二就是想她阿妈，常拿着阿妈的照片看。
访谈者：您现在做什么工作？
受访者：农忙种{{trap/minority_word:青稞}}，闲的时候去工地上干活，一天两百。老大放假回来帮我放牛。我不在家的时候，阿妈和老二在家，邻居{{minority/tibetan:嘎玛曲珍}}过来帮着烧茶做饭。{{minority/tibetan:嘎玛曲珍}}她自己家也有四个孩子，从来不嫌麻烦。
访谈者：政府这边帮了哪些？
受访者：村里的儿童主任{{minority/tibetan:次仁德吉}}给我们报了困境儿童补贴，老三是残疾儿童，每月还有残疾人的两项补贴。我们家是低保户，一年{{trap/number:五千七百多}}。乡里管民政的是{{minority/tibetan:扎西旺久}}，他在县里上学的时候老师给起了个汉名，叫{{han:杨卫东}}，表上签的都是{{han:杨卫东}}。
访谈者：您爱人生病的时候是什么情况？
受访者：她先是肚子疼，以为是胃病，吃了半年藏药也不见好。后来肚子鼓起来，去市里一查，肝上长了好几个囊，大夫说是包虫，是狗身上传的。做了第一次手术好了一阵，第二年又复发了。那两年家里的牛卖了一大半，还借了亲戚的钱。现在村里给狗都打了驱虫药，大夫每年来给我们查B超，孩子们也查了，都没事。
访谈者：孩子们自己怎么说妈妈的事？
受访者：老大不说，他把他妈的念珠挂在床头。老二有时候半夜哭醒，说梦见阿妈在院子里挤牛奶。老三听不见，可他会比划，把手放在胸口，再指指天上。我就抱着他，什么也不说。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:加央}}的班主任是{{minority/tibetan:白玛央拉}}老师，她说孩子数学好，就是不爱说话。援藏的{{han:郑海燕}}老师从{{trap/place:山东}}来，给他买过一双球鞋。老二的老师{{han:罗春娥}}是汉族，教她们唱歌，{{minority/tibetan:旦增吉吉}}回家就唱给奶奶听。
访谈者：还有别的人帮过你们吗？
受访者：县里社工站的{{compound:皇甫嘉欣}}每个月打一次电话，问孩子们的事。她跟同事{{compound:司马俊豪}}来过家里，给老三带了助听器。县医院的{{han:孙立平}}大夫是援藏的，给我阿妈看过眼睛，说是白内障，能做手术，自己出的钱民政兜底。村医{{minority/tibetan:贡嘎旦增}}隔几天来一趟，大家都叫他{{minority/tibetan:贡嘎}}医生。{{minority/tibetan:贡嘎}}说阿妈的降压药不能停。
访谈者：过年过节呢？
受访者：{{trap/minority_word:藏历新年}}的时候，村里给我们送了{{trap/minority_word:酥油}}和一袋面。我给孩子们讲{{trap/famous:格萨尔}}的故事，老三听不见，就看着我比划。{{trap/minority_word:望果节}}那天老大骑马，跑了第三名。见了人他就说{{trap/minority_word:扎西德勒}}，嘴甜。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：晚上。孩子们睡了，我一个人坐在炉子边上想她。{{minority/tibetan:拉珍}}在的时候，家里什么都是她操心。现在我连{{minority/tibetan:吉吉}}的辫子都编不好，都是邻居帮着编。{{minority/tibetan:穷达}}你要挺住，村里人都这么跟我说。
访谈者：登记表要填地址和号码。
受访者：家在{{address:谢通门县卡嘎镇吉嘎村三组14号}}，我在{{trap/place:日喀则}}打工租的房子在{{address:桑珠孜区幸福路雪莲小区2栋1单元302室}}。我的身份证{{id_number@my1982.540227}}。我的电话{{mobile@spaced}}，{{minority/tibetan:次仁德吉}}的电话{{mobile@plus86}}。{{minority/tibetan:加央}}在学校用老师的电脑申了个QQ，他说号码是——写在我手机壳里面了，我拿出来你看——{{qq:1593708264}}。我的微信是儿子给弄的，叫{{wechat:qiongda_cr1982}}。
访谈者：名字在表上写得对吗？
受访者：不一样。户口本上我是{{spaced:穷 达 次 仁}}，中间有空，说是打印的毛病。老二在学籍上写成{{spaced:旦增 吉吉}}，阿妈在低保本上是{{spaced:米玛　潘多}}。
访谈者：最后想说什么？
受访者：我就盼孩子们读出书来。老大说要当医生，治好奶奶的眼睛。
""")

# H371: Hui mother in 临夏县; her husband was paralysed when a brick kiln in 青海 caved in.
DOCS["H371"] = ("family", """\
访谈者：嫂子，您先说说家里的情况。
受访者：我叫{{han:马桂萍}}，经名{{minority/hui:热比燕}}，今年三十六，家在{{trap/place:临夏县}}。男人{{han:马福元}}，经名{{minority/hui:哈力木}}，前年在{{trap/place:青海}}砖厂干活，窑塌了，腰砸断了，现在下半身没知觉，躺在炕上。我们有三个娃娃。
访谈者：娃娃们多大了？
受访者：老大{{minority/hui:马塔哈}}，十三，学校里的名字是{{han:马振川}}，在{{school:临夏县土桥中学初一（3）班}}，家里都喊他{{minority/hui:塔哈}}。{{minority/hui:塔哈}}就懂事，放学回来先给他爸翻身。老二是丫头，{{minority/hui:马阿西耶}}，十岁，学名{{han:马玉洁}}，在{{school:土桥镇刘家小学四年级（1）班}}。老三{{minority/hui:苏丽哈}}五岁，在村里的幼儿园。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来。婆婆{{han:韩秀珍}}，经名{{minority/hui:尔玛尔}}，七十了，帮我看老三。我白天去{{trap/place:临夏}}城里的饭馆洗碗，一个月两千。男人的兄弟{{han:马福顺}}在{{trap/place:西宁}}开拉面馆，逢年过节寄点钱回来。
访谈者：政府帮了哪些？
受访者：村里给报了低保，三个娃娃按困境儿童每月{{trap/number:六百二十元}}。村里的儿童主任{{han:何玉珊}}，她家就在{{trap/org:清真寺}}对面，跑前跑后把材料都弄齐了，送到{{trap/org:县民政局}}。乡上的干部{{han:冶建军}}来家里看过两回，说男人能办残疾证，又去{{trap/org:县残联}}跑了一趟，轮椅是残联给的。{{han:何玉珊}}说还能申请{{trap/org:妇联}}的助学金，给丫头上学用。
访谈者：寺里呢？
受访者：寺里的阿訇{{minority/hui:韩达吾德}}，汉名叫{{han:韩正清}}，主麻散了常来家里坐，给我男人念经。坊上散{{trap/minority_word:乜贴}}，先给我们家留一份。{{trap/minority_word:开斋节}}的时候，乡老{{minority/hui:冶乌麦尔}}家给娃娃们送新衣裳，还有一盘{{trap/minority_word:馓子}}。他说这几个娃娃是坊上的娃娃。
访谈者：娃娃们学习怎么样？
受访者：{{minority/hui:塔哈}}的班主任{{han:王晓静}}老师说他数学好，就是上课打瞌睡，因为晚上要起来给他爸接尿。我听了心里难受。{{minority/hui:阿西耶}}她爱画画，画的都是她爸站起来走路。学校的心理老师{{compound:欧阳沁雪}}给她做过几回辅导。
访谈者：您男人现在怎么样？
受访者：{{minority/hui:哈力木}}他脾气变了，以前爱说爱笑，现在一天不说一句话。县上的社工{{compound:令狐子涵}}每周来一趟，教我怎么给他按摩，腿上的肉才不会萎。跟她一起来的还有个小伙子叫{{compound:慕容晓东}}，给他弄了个拉手的架子。
访谈者：您男人受伤以后，砖厂给赔了吗？
受访者：赔了八万，老板说再多没有了。看病就花了十几万，剩下的是借的。我去{{trap/place:西宁}}找过两回，人家说厂子已经转给别人了。村里的人劝我去打官司，{{trap/org:司法所}}的人给我写了材料，说能申请法律援助，到现在还在等。
访谈者：娃娃们平时怎么吃饭？
受访者：老大在学校吃营养餐，中午有肉有菜，他说比家里吃得好。晚上回来我给他们擀面，一锅面片子，放点洋芋和白菜。婆婆牙不好，我给她单煮软一点的。过{{trap/minority_word:古尔邦节}}的时候寺里宰了牛，给我们家分了一大块，娃娃们吃得满嘴油。
访谈者：您自己有什么打算？
受访者：想学个手艺。乡上办过刺绣班，我学了一阵，绣的鞋垫和枕套能卖钱，一对鞋垫二十块。晚上娃娃们睡了我就绣，一个月能多挣三四百。等老三上了学，我想去城里找个长久的活儿。
访谈者：日子上最难的是什么？
受访者：冬天烧炕的煤。去年冬天煤价涨了，村委会的{{han:马永红}}书记给我们拉了两吨。还有就是我怕自己也倒下。我倒下了，这一家子就散了。
访谈者：登记表要填地址和号码。
受访者：家在{{address:临夏县土桥镇刘家村五社16号}}，娘家在{{address:临夏市八坊街道和平小区7号楼2单元401室}}。我的身份证{{id_number@wy1989spaced.622921}}。我电话{{mobile@hyphen}}，阿訇的电话{{mobile@h38}}，我的微信{{wechat:rebiyan_ma89}}。{{minority/hui:塔哈}}拿我手机上QQ，号码他用铅笔写在门框上了：{{qq:38516207}}。
访谈者：名字写得对吗？
受访者：经名各写各的。学校把老大写成{{spaced:马 塔 哈}}，低保本上我男人成了{{spaced:马福 元}}，婆婆是{{spaced:韩　秀　珍}}。乡老的名字有人写成{{spaced:冶 乌 麦 尔}}，丫头的经名也写得五花八门。
访谈者：您最盼什么？
受访者：盼我男人能坐起来，盼娃娃们念成书。{{minority/hui:塔哈}}说长大要当大夫，给他爸治腿。
""")

# H372: Han grandfather in 化州 (广东) raising two grandchildren; their father is on dialysis, their mother left.
DOCS["H372"] = ("family", """\
访谈者：阿伯，您先说说家里的情况。
受访者：我叫{{han:梁德胜}}，今年六十九，住在{{trap/place:化州}}{{trap/place:笪桥镇}}。老伴{{han:黄秀娥}}前年中风，半边身子不灵。儿子{{han:梁志雄}}得了尿毒症，在{{trap/place:茂名}}的医院一个礼拜透析三回；儿媳{{han:庞翠玲}}受不了，跟人去了{{trap/place:深圳}}，再没回来。两个孙就跟着我。
访谈者：孩子们叫什么？
受访者：大的是孙子，学名{{han:梁俊熙}}，十一岁，我们叫他{{han:番薯}}，小时候胖，圆滚滚的。小的是孙女{{han:梁可晴}}，八岁，小名叫{{han:木棉}}，她生在三月，村口那棵树开红花的时候。{{han:番薯}}都上五年级了，还跟妹妹抢电视。{{han:木棉}}也乖，放学回来就帮奶奶揉手。
访谈者：孩子们在哪里读书？
受访者：孙子在{{school:笪桥镇中心小学五年级（3）班}}，孙女在{{school:笪桥镇石湾小学二年级（4）班}}。孙子的班主任{{han:陈丽娟}}老师常打电话来，说{{han:番薯}}上课爱发呆，问家里是不是有事。
访谈者：家里靠什么过？
受访者：我种几亩{{trap/local_word:化橘红}}，一年卖几千块。村里给报了低保，两个孙按事实无人抚养，每人每月{{trap/number:一千三百八}}。村委会的{{han:罗伟强}}主任帮着跑的，村里人都叫他{{han:阿强}}，{{han:阿强}}说{{trap/org:市民政局}}那边审得快。镇上民政办的{{han:揭海燕}}她也来过，儿童主任{{han:钟秀华}}隔三岔五来家看。
访谈者：您儿子现在怎么样？
受访者：{{han:梁志雄}}他一个礼拜去三回{{trap/place:茂名}}，坐班车去，透析完脸色发黄，回来倒头就睡。医生{{han:邝永康}}说要换肾，配型排了两年了。{{han:番薯}}说长大把自己的肾给他爸，我听了心里发酸。
访谈者：孩子们放学以后做什么？
受访者：先写作业，写完了孙子爬到树上摘{{trap/word:黄皮}}，再去塘里喂鸭，孙女帮我摘菜。天黑了我做饭，一锅白粥，一碟咸菜，有时候煎两个蛋。孙子饭量大，一顿吃三碗。吃完饭两个孙围着奶奶，一个给她捶腿，一个给她读课文。老伴说不出话，就笑，眼泪顺着脸流。
访谈者：孩子爸爸透析的钱怎么办？
受访者：医保报了大部分，剩下的每个月还要自己出一千多。我把家里的两头猪卖了，又跟亲戚借了点。村里帮着在网上发了一个筹款，筹了三万多块，救了急。{{han:梁志雄}}说，爸，我拖累你了。我说，你是我儿子，说这个做什么。
访谈者：台风天怎么办？
受访者：我们这里离海不远，每年都有台风。老屋是泥砖的，一刮大风就漏水。去年镇上帮我们修了屋顶，换了铁皮，今年台风来的时候总算没进水。
访谈者：孩子们有什么心愿？
受访者：孙子说想去一次{{trap/place:广州}}，看看电视上的那座塔。孙女说想要一个会说话的洋娃娃。我说等阿公卖了果子就给你们买，他们就天天盼着果子熟。
访谈者：孩子妈妈还联系吗？
受访者：很少。{{han:庞翠玲}}就过年打个电话，问孩子长高没有。{{han:木棉}}接了电话不说话，挂了就躲到床底下哭。
访谈者：还有谁帮过你们？
受访者：社工站的{{compound:上官雅婷}}每个月来一趟，她的同事{{compound:东方屹川}}帮{{han:木棉}}申请了一个助学项目。邻居{{han:莫金娣}}婶天天过来帮我老伴擦身，孙女最黏隔壁的{{han:冼月娇}}姨。学校的{{han:谭志坚}}老师周末给{{han:番薯}}补数学，不收钱，他说孩子底子好，可惜了。
访谈者：过年过节呢？
受访者：我们这边{{trap/local_word:年例}}比过年还热闹，村里摆酒，我带两个孙去吃。我跟孙子讲，隔壁{{trap/place:吴川}}出过状元{{trap/famous:林召棠}}，读书才有出路。
访谈者：您身体呢？
受访者：我血压高，腿也不好。最怕我倒下了，{{han:黄秀娥}}她没人管，孙也没人管。{{han:番薯}}就说，阿公，我大了养你。
访谈者：登记表要填地址和号码。
受访者：家在{{address:化州市笪桥镇石湾村六组23号}}，儿子在茂名租的房在{{address:茂南区油城五路华景小区3栋602房}}。我的身份证{{id_number@my1956.440982}}，儿子的{{id_number@my1990hyphen.440982}}。我电话{{mobile@plus86dash}}，{{han:钟秀华}}的电话{{mobile@s38}}。孙子用他爸的旧手机上QQ，号码——他写在作业本最后一页——{{qq:946152803}}。我自己的微信是{{wechat:liangdesheng_hz}}。
访谈者：名字写得对吗？
受访者：不对的多。学校名单上孙子写成{{spaced:梁 俊 熙}}，孙女成了{{spaced:梁可 晴}}，我老伴在低保表上是{{spaced:黄　秀　娥}}。
访谈者：最后您想说什么？
受访者：只要我还能动，就把两个孙带大。
""")

# H373: Han village teacher in 宕昌 (陇南); her pupils and their families on WeChat and QQ.
DOCS["H373"] = ("staff", """\
访谈者：老师，您在这所学校教了多少年了？
受访者：十二年了。我叫{{han:苟玉琴}}，教{{school:宕昌县新城子乡中心小学四年级（2）班}}，当班主任。班上十九个娃娃，七个留守，三个单亲，还有一个孤儿。家长大多在外头打工，我跟他们都在微信、QQ上联系，爷爷奶奶不会用手机的，我就打电话或者家访。
访谈者：先说说那个孤儿吧。
受访者：孩子叫{{han:苟晓东}}，十一岁。他爸{{han:苟文武}}前些年在{{trap/place:新疆}}工地上摔死了，他妈{{han:雷小琴}}去年得乳腺癌也走了。现在跟着他大伯{{han:苟长生}}过。{{han:苟长生}}他们家也不宽裕，种{{trap/word:党参}}、养几头猪。孩子不爱说话，下课一个人坐在台阶上。乡里的儿童主任{{han:冯丽霞}}给报了孤儿基本生活费，每月{{trap/number:一千五百八}}。
访谈者：您怎么跟他大伯联系？
受访者：微信。大伯不会打字，只发语音，微信名就俩字，“{{han:长生}}”，微信号是{{wechat:goucs_1971}}。孩子自己有个QQ，用大伯的旧手机上的，QQ名叫“{{han:东东}}”——他说是他妈以前这么叫他——号码我记下了，晚上有时候给他发消息问作业：{{qq:2716093548}}。
访谈者：还有哪些孩子？
受访者：{{han:姚欣怡}}和她弟弟{{han:姚子豪}}。爸爸{{han:姚建新}}偷电缆判了四年，妈妈{{han:何翠萍}}在{{trap/place:杭州}}电子厂上班，姐弟俩跟外婆{{han:何桂香}}。妈妈的微信名叫“{{han:萍萍}}”，{{han:何翠萍}}她每天晚上九点准时打视频，{{han:姚子豪}}说妈妈就是手机里的人。她的微信号{{wechat:cuiping_hz0923}}，电话{{mobile@plain}}。
访谈者：姐弟俩在学校怎么样？
受访者：{{han:姚欣怡}}都十三了，在{{school:新城子乡九年制学校初一（1）班}}，弟弟在我班上。有同学说他爸是小偷，他跟人打架，我把那几个娃娃叫来说了一顿。{{han:姚欣怡}}也跟我说过，她怕别人知道。
访谈者：第三个呢？
受访者：{{han:杨春来}}，九岁。他妈{{han:包小芳}}有精神病，他爸{{han:杨得胜}}腿瘸了，在家养几只羊。{{han:杨得胜}}说，娃娃念书是唯一的出路。他不会用微信，我有事就打他电话{{mobile@spaced}}。娃娃的表姐{{han:杨雪莲}}在{{trap/place:兰州}}念大学，QQ名叫“{{han:雪莲花开}}”，寒假回来给{{han:杨春来}}补课，她的QQ号是——她发在家长群里的，我翻一下——{{qq:1846027359}}。
访谈者：留守的孩子平时有什么表现？
受访者：不一样。有的特别黏人，下课拉着我的衣角不放；有的特别犟，说什么都不听。有个女娃娃，她妈过年没回来，她就在作文里写，我妈妈在电话里，电话没电了，妈妈就没了。我看了那篇作文，在办公室坐了好半天。我们学校每个礼拜三晚上让孩子们跟家长视频，用学校的电脑，一人十分钟，排着队。
访谈者：孩子们的吃住怎么样？
受访者：住校的娃娃周日下午背着馍来，一个礼拜吃到周五。现在有营养餐了，中午一个鸡蛋一盒奶，比以前强多了。冬天山上冷，宿舍里烧的是电暖气，学校怕出事，晚上我们老师轮流查铺。
访谈者：除了学校，还有谁帮这些孩子？
受访者：县里的社工站，带队的叫{{compound:漆雕望舒}}，还有{{compound:乐正书宁}}，每学期来两趟，给孩子们做团体活动。{{trap/org:县妇联}}送过书包。{{trap/org:乡卫生院}}的{{han:赵国庆}}大夫每学期来给娃娃们体检。村里的{{han:何向阳}}书记帮{{han:苟长生}}家申请了危房改造。我们校长{{han:李天佑}}说，这几个娃娃的午饭钱学校先垫上。
访谈者：假期怎么办？
受访者：寒暑假最操心，河边、山上都不安全。我建了个家长群，每天晚上点一次名，还把青少年热线{{trap/hotline:12355}}写在每个娃娃的作业本封皮上。学校门口那排{{trap/word:杨柳}}底下，放学了总有几个娃娃不愿回家。放假前我带他们去{{trap/place:哈达铺}}的纪念馆，讲红军的故事；上课给他们讲{{trap/famous:姜维}}，他们说原来三国的人也是咱甘肃的。
访谈者：登记表上要填家长的信息。
受访者：{{han:苟晓东}}家在{{address:宕昌县新城子乡苟家村二社17号}}，姐弟俩外婆家在{{address:宕昌县城关镇南河小区4号楼1单元203室}}。大伯的身份证{{id_number@mmidspaced.621223}}，孩子的{{id_number@my2014.621223}}。
访谈者：名字有写错的吗？
受访者：常有。学籍系统里孤儿那孩子被写成{{spaced:苟 晓 东}}，{{han:姚子豪}}成了{{spaced:姚子 豪}}，社工站的名单上把带队的写成{{spaced:漆　雕　望　舒}}，把{{compound:乐正书宁}}写成{{spaced:乐正 书宁}}。
访谈者：您最大的心愿？
受访者：想让这些娃娃知道，有人惦记着他们。
""")

# H374: Uyghur mother in 麦盖提 (喀什); her husband, a mason, has kidney failure.
DOCS["H374"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{minority/uyghur:热萨来提·吐拉洪}}，三十九岁，家在{{trap/place:麦盖提县}}，{{trap/place:叶尔羌河}}边上的一个村子。我丈夫{{minority/uyghur:艾则孜·斯迪克}}得了尿毒症，一个礼拜去{{trap/place:喀什}}透析两次。家里三个孩子，老人都不在了。
访谈者：孩子们多大？
受访者：老大{{minority/uyghur:买吾拉江·艾则孜}}，十四岁，在{{school:麦盖提县第三中学初二（4）班}}。老二{{minority/uyghur:穆凯热姆·艾则孜}}，十岁，在{{school:央塔克乡第一小学四年级（3）班}}。老三{{minority/uyghur:祖力胡玛尔}}五岁，上幼儿园。{{minority/uyghur:买吾拉江}}他是家里的男子汉，放学回来就去地里拔草。{{minority/uyghur:穆凯热姆}}爱唱歌，{{trap/minority_word:刀郎木卡姆}}她能唱好几段。
访谈者：您丈夫的病花了多少钱？
受访者：透析医保报了大部分，可一趟一趟跑喀什，车费、吃饭都是钱。{{minority/uyghur:艾则孜}}以前是村里最好的瓦匠，现在搬不动砖了。我种十二亩棉花，{{trap/word:白天}}在地里，晚上回来做饭。村里给我们家报了低保，三个孩子都有困境儿童补贴，每人每月{{trap/number:五百五十元}}。
访谈者：您丈夫生病以前，家里怎么过？
受访者：那时候好。他给人盖房子，一年能挣三四万，我在家种地、养羊。我们还攒钱买了一辆三轮摩托。他病了以后，三轮摩托卖了，羊也卖了一半。现在他在家能干点轻活，帮我喂鸡，给孩子们缝书包。
访谈者：孩子们知道爸爸的病吗？
受访者：知道。老大上网查过，说要换肾。他说等他长大了把自己的肾给爸爸，他爸听了骂他，说傻孩子，你好好念书就是帮我了。老二每次她爸去透析，就站在门口等，车不回来她不进屋。老三还小，只知道爸爸手上有个包，不让碰。
访谈者：您自己身体怎么样？
受访者：腰疼，是摘棉花累的。去年体检说我贫血，大夫让我多吃肉。我哪舍得，肉都给孩子们和他爸吃了。我一个人干不过来的时候，村里的年轻人来帮忙摘棉花，一天就摘完了。冬天村里还把屋里的炉子换成了电暖气，孩子们写作业不冷了。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/uyghur:米合日古丽}}天天骑电动车过来看看。驻村工作队的{{han:邓海峰}}队长帮我们跑{{trap/org:县民政局}}，跑了好几趟。我哥哥{{minority/uyghur:亚森江·吐拉洪}}在{{trap/place:阿克苏}}打工，每个月给我转五百块钱。{{minority/uyghur:亚森江}}也不宽裕，他自己有四个孩子。透析室的{{minority/uyghur:海仁萨古丽}}大夫对我丈夫很好，护士{{han:黄晓莹}}还教我怎么给他量血压。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{minority/uyghur:迪丽拜尔·吐逊}}老师说他成绩好，能考内地高中班。学校的{{han:邢振刚}}老师是从{{trap/place:天津}}来的援疆老师，周末给{{minority/uyghur:买吾拉江}}补物理。老二的老师{{minority/uyghur:依巴代提·阿布拉}}说孩子上课老走神，担心她爸爸。
访谈者：学校老师来家访过吗？
受访者：来过。{{han:邢振刚}}老师骑着摩托来，带了一箱牛奶和几本物理书。他说这孩子是块好料，不能耽误了。他走的时候我给他装了一袋红枣，他不要，我硬塞到他车筐里了。
访谈者：还有别的帮助吗？
受访者：县里的社工{{compound:尉迟佳琪}}和{{compound:赫连昊天}}来过三回。{{compound:尉迟佳琪}}给{{minority/uyghur:祖力胡玛尔}}带过一个布娃娃，她抱着睡觉不撒手。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}村里的人给我们送肉，邻居{{minority/uyghur:如克亚·麦麦提}}大姐送来一袋{{trap/minority_word:馕}}。孩子们最爱听{{trap/famous:阿凡提}}的故事，他们爸爸以前讲得好，现在累了，讲一半就睡着了。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:麦盖提县央塔克乡阿亚克库木村五组12号}}。我的身份证{{id_number@wy1986fullwidth.653127}}，丈夫的{{id_number@my1983quad.653127}}。我的电话{{mobile@plus86spaced}}，{{minority/uyghur:米合日古丽}}的电话{{mobile@fullwidth}}。老大有QQ，号码他说了两遍我才记住：{{qq:1068423975}}。我的微信是{{wechat:resalet_tlh}}。
访谈者：名字在表上写得对吗？
受访者：有时候有点，有时候没点。低保本上我是{{minority/uyghur:热萨来提吐拉洪}}，中间没有点，村委会的花名册上又是{{spaced:热 萨 来 提 · 吐 拉 洪}}。学校名单上老大写成{{spaced:买 吾 拉 江}}，老二是{{spaced:穆凯热姆 · 艾则孜}}，丈夫在医院的单子上是{{spaced:艾则孜 斯迪克}}。
访谈者：您最盼什么？
受访者：盼我丈夫能等到肾源。{{minority/uyghur:热萨来提}}你别哭，他总这么跟我说，可他自己夜里也哭。
""")

# H375: Han civil-affairs clerk in 清水河 (呼和浩特) reading out her case file.
DOCS["H375"] = ("staff", """\
访谈者：您在民政局做这个工作多久了？
受访者：九年了。我叫{{han:贾润梅}}，在{{trap/place:清水河县}}{{trap/org:民政局}}儿童福利股。我把今年上半年新认定的几份困境儿童档案给您念一下，名字、号码都照档案念。
访谈者：好。
受访者：第一份，{{han:任思琪}}，女，九岁，身份证号{{id_number@wy2016x.150124}}。父亲{{han:任建军}}，{{trap/year:二〇二三年}}肺癌去世；母亲{{han:白翠兰}}，肢体残疾二级。现住{{address:清水河县城关镇西园小区6号楼3单元102室}}。认定的是父母一方死亡、另一方重度残疾，补贴每月{{trap/number:一千一百四}}。申请表签字那一栏，{{han:白翠兰}}手抖，写成了“{{han:白翠兰}}{{han:白翠兰}}”，我们让她按了手印。
访谈者：第二份呢？
受访者：第二份是兄弟俩，{{han:刘子骞}}十二岁，{{han:刘子谦}}七岁。父亲{{han:刘二虎}}服刑，判了六年；母亲{{han:郭美丽}}三年前离家，联系不上。现在跟爷爷{{han:刘满囤}}过，住{{address:清水河县窑沟乡大井沟村二组9号}}。爷爷的身份证{{id_number@my1951.150124}}。{{han:刘满囤}}他七十四了，种几亩谷子，腰直不起来。老大在{{school:清水河县第一中学初一（5）班}}。入户调查是我同事{{compound:拓跋晟}}跟我一起去的。
访谈者：第三份？
受访者：第三份是蒙古族家庭。父亲{{minority/mongolian:额布乐图}}在煤矿上出了事，母亲{{minority/mongolian:塔林花}}有癫痫，干不了重活。孩子{{minority/mongolian:孟克那森}}十岁，汉名{{han:孟嘉豪}}，在{{school:宏河镇中心小学四年级（1）班}}。{{minority/mongolian:孟克那森}}的身份证{{id_number@my2015hyphen.150124}}，他妈的电话{{mobile@p86h}}。镇上打电话来核情况的是{{minority/mongolian:都古尔扎布}}，他说孩子的舅舅{{minority/mongolian:照那斯图}}在{{trap/place:呼和浩特}}打工，偶尔寄钱回来。
访谈者：第四份？
受访者：第四份，{{compound:公孙雨涵}}，女，十四岁。父亲{{compound:公孙振邦}}是抑郁症，母亲病故。她由姑姑{{han:杜秀云}}照看。姑姑的电话{{mobile@s74}}，微信{{wechat:duxiuyun_qsh}}。孩子的QQ是她自己在表上填的，填在最底下一行：{{qq:52790316}}。她的班主任{{han:樊志强}}老师说她成绩一直在前十。
访谈者：认定以后，这些孩子能得到什么？
受访者：每月的生活补贴打到监护人的卡上，我们每个季度核一次，看钱是不是花在孩子身上。上学的有教育资助，住校的免住宿费。看病的，医保报完剩下的，医疗救助再报一部分。残疾的孩子可以去{{trap/place:呼和浩特}}的康复中心，路费我们也能报。监护人不尽责的，我们跟{{trap/org:检察院}}一起督促，实在不行申请变更监护。
访谈者：有过变更监护的吗？
受访者：去年有一个。孩子的爸爸喝酒，喝多了就打孩子，他妈早走了。村里报上来，我们跟派出所、检察院一起去，后来孩子跟了他姑姑。现在孩子在县城念书，胖了，也爱说话了。
访谈者：您一个人管多少个孩子的档案？
受访者：全县在册的困境儿童有三百多个，事实无人抚养的六十多个，孤儿十几个。股里就我们三个人，一个人管一百多份档案，还不算那些低保边缘的。
访谈者：这些家庭平时谁在跟？
受访者：各村的儿童主任。大井沟村的是{{han:乔二梅}}，她说{{han:刘满囤}}家的烟囱漏烟，去年冬天差点出事。宏河镇是{{han:韩丽君}}，{{han:韩丽君}}那边报上来的材料最齐。县里购买了社工服务，带队的叫{{compound:夏侯铭远}}。我们还跟{{trap/org:县妇联}}、{{trap/org:团县委}}一起办了个暑期托管班，在{{trap/place:老牛湾}}那边的村小。
访谈者：档案里的名字有什么问题吗？
受访者：多。老系统导出来的表，名字中间都带空格：{{spaced:任 思 琪}}、{{spaced:孟 克 那 森}}、{{spaced:公　孙　雨　涵}}。有的又从中间断开，{{spaced:孟克 那森}}。有一回公安那边的名字跟我们差一个字，{{han:刘子谦}}写成了{{han:刘子千}}，补贴停了两个月才改回来。
访谈者：工作上最难的是什么？
受访者：核实。有的家长不在家，有的孩子户口在外地，一份档案要跑三四趟。我们这里是山区，从县城到窑沟要开两个钟头。
访谈者：您的联系方式方便留一下吗？
受访者：有事打{{trap/hotline:12345}}，会转到我们股里，或者加我的工作微信{{wechat:jiarunmei_mz}}。
""")

# H376: Han mother in 新乡 (河南) whose husband died of leukaemia.
DOCS["H376"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:牛红霞}}，四十一，{{trap/place:新乡}}{{trap/place:原阳县}}人。我对象{{han:常保国}}前年查出白血病，在{{trap/place:郑州}}治了一年半，花了四十多万，{{trap/year:二〇二四年}}秋天走了。留下三个孩子。
访谈者：孩子们多大？
受访者：大闺女{{han:常思彤}}十五，在{{school:原阳县第二初级中学初三（2）班}}。二闺女{{han:常欣悦}}十一，在{{school:师寨镇中心小学五年级（1）班}}。小儿子{{han:常家乐}}六岁，上大班。{{han:常家乐}}他不知道他爸没了，老问爸爸啥时候从医院回来。{{han:常思彤}}都懂，她爸住院那一年，家里的饭都是她做。
访谈者：家里现在靠什么？
受访者：我在镇上超市理货，一个月一千八。地租出去了，一年几千块。村里给报了低保，三个孩子按困境儿童，每人每月{{trap/number:四百五十元}}。村支书{{han:宋振华}}帮着跑的，他说{{trap/org:县民政局}}还有临时救助，又给申请了一回。村里的儿童主任{{han:薛桂英}}婶，一个礼拜来两回。有啥难处我就找{{han:宋振华}}，他说让{{han:常思彤}}安心念书，别的事大人想办法。
访谈者：看病欠的钱呢？
受访者：还欠十几万，大多是亲戚的。我大姐{{han:牛红梅}}借了五万，说不急。孩子他叔{{han:常保军}}在{{trap/place:北京}}开出租，也借了三万。{{han:常保军}}就说，嫂子你别管，孩子念书要紧。
访谈者：您对象生病的时候，家里怎么撑过来的？
受访者：刚查出来那会儿我都懵了。医生说要骨髓移植，得四十万。家里拿不出来，我把首饰卖了，把婆家的老宅子抵押了，又在网上筹了一部分。化疗那一年，我在医院陪床，三个孩子丢给婆婆。大闺女那年刚上初二，每天放学先去菜市场买菜，回来做饭、洗衣裳，还给小弟弟洗澡。我有时候打电话回去，听见她在电话里笑，挂了电话我就蹲在医院楼道里哭。
访谈者：您娘家能帮上忙吗？
受访者：我爹妈都七十多了，身体也不好。我妈隔三岔五蒸一锅馍让我大姐捎过来，我爹种了菜也给我们送。老人家帮不了大忙，可有他们在，我心里踏实。
访谈者：孩子们怎么样？
受访者：{{han:常思彤}}的班主任{{han:娄春丽}}老师说，她成绩掉了，上课老走神。学校的心理老师{{compound:端木晓雯}}找她谈过几回。{{han:常欣悦}}也变了，以前爱说爱笑，现在回家就关门。她最好的朋友{{han:申可馨}}天天来叫她一起上学。
访谈者：还有谁帮过你们？
受访者：县里的社工{{compound:钟离若岚}}，每个月来一趟，给孩子们做辅导。她的同事{{compound:南宫子默}}教{{han:常家乐}}画画。镇卫生院的{{han:秦立新}}大夫给我看过失眠，说是心病。司法所的{{han:王建勋}}所长帮我们弄了个法律援助，把医院多收的钱要回来一部分。邻居{{han:张秀珍}}大姐帮我接送{{han:常家乐}}。
访谈者：您自己呢？
受访者：有时候撑不住。夜里想他，想着想着天就亮了。{{han:常保国}}走的时候拉着我的手，说对不起我。我说你对不起啥，你是病了。
访谈者：现在孩子们还需要什么帮助？
受访者：最要紧的是大闺女明年中考，她想考市里的高中，学费、住宿费都是钱。学校说可以申请助学金，村里也说帮着问问。再一个就是孩子们心里的事，社工来了以后好多了，二闺女现在愿意跟我说话了。
访谈者：过年呢？
受访者：过年回婆家，婆婆{{han:薛凤莲}}七十多了，见了孩子就哭。我们这儿过年讲究去{{trap/place:比干庙}}上香，老人说{{trap/famous:比干}}是忠臣，保佑好人。我带着三个孩子去了，求孩子们平平安安。{{han:常欣悦}}说她想当医生，我说好，当了医生别收穷人的钱。
访谈者：登记表要填地址和号码。
受访者：家在{{address:原阳县师寨镇常庄村四组21号}}，娘家在{{address:新乡市红旗区幸福小区8号楼2单元302室}}。我的身份证{{id_number@wy1984hyphen.410725}}，大闺女的{{id_number@wy2010fwspaced.410725}}。我的电话{{mobile@p86n}}，大姐{{han:牛红梅}}的{{mobile@fws}}。我的微信{{wechat:niuhongxia_84}}。{{han:常思彤}}有个QQ，号码是——她写在我的记账本上，我找找——{{qq:２４８０５３９１６}}。
访谈者：表上名字写得对吗？
受访者：不对的多。医保单子上孩子他爸是{{spaced:常 保 国}}，低保表上我是{{spaced:牛红 霞}}，学校名单上小儿子是{{spaced:常　家　乐}}，社工的名单上{{compound:钟离若岚}}写成了{{spaced:钟 离 若 岚}}。
访谈者：最后您想说什么？
受访者：盼孩子们平平安安长大。他爸在的时候说，砸锅卖铁也要供她们上大学。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=369,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
