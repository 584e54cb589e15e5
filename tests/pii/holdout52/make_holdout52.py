# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 52 (tests/pii/holdout52/H401-H408 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 53, written at the same time, is a later set
and is not read).

Set 52 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 达尔罕茂明安联合旗 (包头) raising two grandchildren whose father is in prison for a fight over grazing land and
whose mother remarried in 固阳; a Tibetan father in 定日 (日喀则), lamed by frostbite as a porter below 珠峰 and
widowed by echinococcosis, with three children; a Hui grandmother in 隆德 (固原) whose son has silicosis from a coal
mine in 乌海 and whose daughter-in-law washes dishes in 银川; a Han father in 揭阳 (广东) who lost three fingers to a
machine, whose wife is back with her parents in 惠来 with depression, with three children known by nicknames; a Han
school social worker in 阳泉 (山西) who keeps up with pupils and parents on WeChat and QQ; a Uyghur mother in 英吉沙
(喀什) whose husband, a knife-maker, was paralysed by a fall from a roof; a Han civil-affairs officer in
科尔沁右翼中旗 (兴安盟) reading out a case file (Mongolian orphans, a father in prison and a mother with a mental
disability, an orphan with a disabled uncle); and a Han grandfather in 开封 (河南) raising a granddaughter whose
parents work in 东莞. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names of four to seven characters (额尔登其木格, 额尔和木巴雅尔, 满都呼格日乐,
巴彦德力格尔) with short forms after the full name (苏荣格日乐 then 苏荣说, 朝克巴特尔 then 朝克), a Han surname
before a Mongolian name (包格根图雅, 白乌日根, 包达来) and the Han name of a Mongolian (白秀芝); Tibetan names
(伦珠次旦, 嘎松卓玛, 德庆曲宗, 贡布扎堆 with a syllable that is a word) with short forms (边珍卓嘎 then 边珍她,
曲尼多吉 then 曲尼) and a Tibetan with a Han name (坚参顿珠 / 罗建川); Hui Han-form names beside 经名 (禹桂兰 /
艾米乃, 马玉海 / 哈里德, 马晓斌 / 伊布拉) and Han surname + Arabic name (马鲁给亚, 纳哈迪, 海达吾德, 海法图麦,
禹尤素夫); Uyghur given name + father's name with and without the dot (阿卜力孜·艾则孜 then 阿卜力孜就,
萨迪克艾则孜 then 萨迪克, 努尔比亚·艾则孜 then 努尔比亚, 玉苏甫江·沙吾提 then 玉苏甫江); Han nicknames that are
words, annotated whole (柑仔, 乌豆, 蚝仔, 丽娃, 萱萱), a Teochew form (阿惠, 老蔡), a QQ nickname and WeChat names
(浩子, 耿大兵, 萍儿, 美美); Han names with common surnames above all and some rare ones, titles and kin words,
names that contain words (林木生, 宋满仓, 田丰收, 牛大年, 张满囤, 王春风, 李平安, 禹登科), a name written twice on a
form (韩宇航韩宇航), names directly before particles and verbs and after 叫/是/给/跟/找/让; spaced, dotted and split
names; compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:宋满仓}}``, ``{{qq:2160497358}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013quad.150223}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, s74, s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 警官, 科长,
队长, 律师, 阿訇, 大姐, 婶, 婶子, 姨, 姐, 嫂子) and a particle, pronoun or verb written directly after a name (说, 的,
家, 也, 都, 就, 还, 她, 他, 那儿, 有) are outside the span; a nickname, a Teochew form of address (阿惠, 老蔡) and a
WeChat or QQ name (浩子, 耿大兵) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (白秀芝,
罗建川, 禹桂兰, 马玉海) are category han; a Han surname before a non-Han given name (包格根图雅, 纳哈迪) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout52/make_holdout52.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(52_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "137", "147", "153", "156", "162", "165", "167", "175", "182", "184",
                   "186", "195", "197"]

DOCS: dict[str, tuple[str, str]] = {}

# H401: Mongolian grandmother in 达尔罕茂明安联合旗 (包头) raising two grandchildren; her son is in prison, his wife remarried.
DOCS["H401"] = ("family", """\
访谈者：奶奶，您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:额尔登其木格}}，户口本上的汉名是{{han:白秀芝}}，今年六十九了。家在{{trap/place:达尔罕茂明安联合旗}}，我们这儿都叫{{trap/place:达茂旗}}，离{{trap/place:百灵庙}}七十多里地。老头子{{minority/mongolian:额日敦巴图}}前年冬天走的，心脏不好。儿子{{minority/mongolian:巴彦孟和}}为草场的事跟人动了手，把人打成重伤，判了四年，在{{trap/place:呼和浩特}}服刑。儿媳{{minority/mongolian:斯庆高娃}}等了一年多，后来嫁到{{trap/place:固阳}}去了。两个孩子就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:苏荣格日乐}}十二，在{{school:百灵庙第二小学六年级（3）班}}住校；孙子{{minority/mongolian:朝克巴特尔}}八岁，在{{school:达茂旗蒙古族学校二年级（1）班}}。家里喊孙女{{minority/mongolian:苏荣}}，喊孙子{{minority/mongolian:朝克}}。{{minority/mongolian:苏荣}}说长大要当大夫，小的就想骑马，天天缠着我要马驹子。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道，小的还以为他爸在外头打工。{{minority/mongolian:巴彦孟和}}他在里头给孩子写信，说对不起。每年我领孙女去看一回，坐班车得走一天。监狱的{{han:樊立群}}警官心眼好，让我们多说了十分钟话。
访谈者：这几年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:包格根图雅}}，是她跑到苏木给俩孩子报的事实无人抚养，一人一个月{{trap/number:一千三百五}}。嘎查达{{minority/mongolian:海日汗朝鲁}}给我报了低保。苏木的民政助理{{han:武占峰}}一个季度来一趟，看看孩子的棉衣、炉子、煤够不够。{{trap/org:旗民政局}}的{{han:郝建英}}科长也来过，说孙子上学的车费能报。旗里社工站来过两个年轻人，一个叫{{compound:司马晓琳}}，还有一个是{{compound:闾丘泽宇}}。{{compound:司马晓琳}}给孙女带了一箱子书，{{compound:闾丘泽宇}}帮我把羊圈的门修好了。
访谈者：邻居们呢？
受访者：东边{{minority/mongolian:呼斯楞巴特尔}}家有车，开学的时候顺路把孩子捎到{{trap/place:百灵庙}}。西边{{han:贾志福}}是汉人，种地的，秋天给我们送土豆，他媳妇{{han:杜金凤}}婶子给孙女扎小辫。我弟弟{{minority/mongolian:额尔和木巴雅尔}}在{{trap/place:包头}}开出租，过年来住几天，给孩子们买新衣裳。我血压一高就去苏木卫生院找{{minority/mongolian:白乌日根}}大夫。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:秦雅楠}}老师说，孩子数学好，就是不爱跟同学说话。孙子的老师{{minority/mongolian:莫日根巴图}}是蒙古族，教孩子们唱长调。学校给俩孩子都免了住宿费，还发了一套校服。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:查干萨日}}我煮一锅{{trap/minority_word:手把肉}}，孩子们给长辈磕头。夏天旗里办{{trap/minority_word:那达慕}}，孙子看摔跤能看一整天。晚上我给他们讲{{trap/famous:江格尔}}的故事，讲到一半俩孩子就睡着了。
访谈者：您自己身体呢？
受访者：腰疼，眼睛也花了。最怕冬天，{{trap/word:白毛风}}一起，煤不够烧，水管冻住，我一个老婆子拎着桶去井上打水。孩子们放假回来，孙女抢着干活，劈柴、喂羊，比我还利索。我跟她说，你好好念书就行，她说奶奶你歇着。
访谈者：钱上够用吗？
受访者：紧巴。低保加上孩子们的补贴，一年下来两万出头，羊只剩三十来只，草场禁牧，每年有草原补奖。孙女要配眼镜，孙子换季就咳嗽，去一趟旗医院来回车钱就一百多。好在孩子们都有医保，嘎查给交的。去年孙子住了五天院，报了一大半，剩下的儿童主任又帮着申请了临时救助。
访谈者：孩子们心里的事，谁来管？
受访者：社工站每个月来一回，跟孩子们单独说话。孙女有一阵子不吃饭，说同学笑话她爸。社工跟老师一起去了班里，讲了一堂课，说家里有难处不丢人。后来孙女自己跟我说，奶奶，我没事了。
访谈者：登记表上要填地址、证件和电话。
受访者：家在{{address:满都拉镇巴音敖包嘎查三组14号}}，孙女周末住她姑姑家，{{address:百灵庙镇艾不盖小区4号楼2单元502室}}。我身份证{{id_number@wy1956.150223}}，孙女的{{id_number@wy2013quad.150223}}。我电话{{mobile@s38}}，我弟弟的{{mobile@plus86dash}}。微信是孙女给我弄的，号是{{wechat:erdeng_qmg1956}}。孙女有个QQ，号码她写在我老花镜盒子上了，我念给你：{{qq:2093718465}}。
访谈者：表上名字写得对吗？
受访者：不对的多。有一张写成{{spaced:额 尔 登 其 木 格}}，孙女写成{{spaced:苏荣 格日乐}}，孙子在学校名单上是{{spaced:朝　克　巴　特　尔}}。旗里的表上我又成了{{spaced:白 秀 芝}}，我弟弟写成{{spaced:额 尔 和 木 巴 雅 尔}}。
访谈者：最后您还想说点什么？
受访者：盼着儿子早点出来，好好过日子。孩子们没人嫌弃，我就知足了。
""")

# H402: Tibetan father in 定日 (日喀则), lamed by frostbite as a porter, widowed, with three children.
DOCS["H402"] = ("family", """\
访谈者：大哥，您家里几口人？先说说吧。
受访者：四口人。我叫{{minority/tibetan:伦珠次旦}}，四十六岁，家在{{trap/place:定日}}县{{trap/place:岗嘎}}镇下面的村子。以前给登山队背东西，从大本营往上送氧气瓶，有一年在{{trap/place:珠峰}}上冻坏了脚，右脚的四个脚趾都锯了，走路一瘸一拐的，重活干不了。老婆{{minority/tibetan:嘎松卓玛}}前年得了{{trap/word:包虫病}}，在{{trap/place:日喀则}}做了两回手术，没保住。现在就是我带着三个孩子。
访谈者：孩子们多大了？
受访者：大女儿{{minority/tibetan:边珍卓嘎}}十四，在{{school:定日县中学初二（4）班}}；儿子{{minority/tibetan:曲尼多吉}}十一，在{{school:岗嘎镇完全小学五年级（2）班}}；小女儿{{minority/tibetan:琼吉}}才六岁，在村里的幼儿园。家里都叫大女儿{{minority/tibetan:边珍}}，叫儿子{{minority/tibetan:曲尼}}。{{minority/tibetan:边珍}}她妈走了以后，她一下子长大了，放学回来烧茶、做饭、给妹妹梳头。儿子也懂事，放假就去放牦牛。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{minority/tibetan:普尺卓嘎}}，她给三个孩子报了困境儿童的补贴，一个月一人{{trap/number:六百多}}。我有残疾证，是{{trap/org:县残联}}的{{han:江永平}}来家里评的，评了四级，一个月有护理补贴。乡里的民政干部{{minority/tibetan:扎巴次仁}}把我们家报成低保户。驻村工作队的队长是{{compound:欧阳立松}}，他从内地来，头一年说话我们听不懂，现在能说几句藏话了。他跟队员{{han:廖海鹰}}给我们家修了牛圈，还装了太阳能热水器。
访谈者：孩子们在学校呢？
受访者：{{minority/tibetan:边珍卓嘎}}的班主任{{minority/tibetan:热旦次仁}}老师说，她成绩在班里前五，想考内地西藏班。{{minority/tibetan:曲尼多吉}}的数学老师是汉族，叫{{han:雷晓雯}}，从四川来的，常给他补课。学校里吃饭不要钱，还发被子和棉鞋。
访谈者：家里亲戚呢？
受访者：我哥哥{{minority/tibetan:坚参顿珠}}当过兵，部队里大家叫他的汉名{{han:罗建川}}。他在{{trap/place:拉萨}}开车，每个月寄点钱来。我哥说，等大女儿考上内地的学校，路费他出。我老婆的妹妹{{minority/tibetan:德庆曲宗}}嫁到{{trap/place:萨迦}}，农忙的时候来帮我割{{trap/minority_word:青稞}}。邻居家有拖拉机，{{minority/tibetan:贡布扎堆}}他每年帮我们拉牛粪、拉草。
访谈者：您的脚现在怎么样？
受访者：阴天疼。{{trap/org:乡卫生院}}的医生{{minority/tibetan:格措拉姆}}每个月上门一次，给我看脚、量血压。县医院的{{han:包文韬}}大夫说要做假肢，得去{{trap/place:拉萨}}配，残联能补一部分。
访谈者：过年过节的时候呢？
受访者：{{trap/minority_word:藏历新年}}前，工作队给每家送一袋面、一桶油。孩子们穿上新衣裳，去{{trap/place:绒布寺}}转经，给他们妈妈点灯。我给他们讲{{trap/famous:米拉日巴}}的故事，说人吃了苦，心要往好处走。{{trap/minority_word:望果节}}的时候村里赛马，儿子说明年他要骑。
访谈者：您最担心什么？
受访者：担心我这脚。要是哪天我倒下了，三个孩子靠谁？小女儿还那么小，晚上还找妈妈。有时候她抱着她妈的照片睡觉，我看了心里难受，就出去坐一会儿。
访谈者：家里的收入呢？
受访者：我家有六头牦牛、四亩青稞地，地是我哥帮着种。低保、孩子们的补贴、我的残疾人补贴，加起来一个月两千出头。{{trap/org:县民政局}}每年冬天还发取暖的牛粪钱。老婆看病欠了些账，乡里说大病救助还能再报一次，民政干部帮我把单子都收齐了，送到县里去了。
访谈者：孩子们跟您说心里话吗？
受访者：{{minority/tibetan:曲尼}}不爱说，有心事就去山坡上坐着。县里的社工来过，是个姑娘，叫{{han:钟慧敏}}，带他画画，画了一张他妈妈挤奶的画，贴在我们家墙上。大女儿跟我说得多，她说爸爸你别喝酒，我就不喝了。
访谈者：登记一下地址和证件号码。
受访者：家在{{address:定日县岗嘎镇扎西宗村二组17号}}。我身份证{{id_number@my1979hyphen.540223}}，孩子们的身份证还在办。我电话{{mobile@plain}}，我哥的电话{{mobile@s434}}。大女儿用我的手机上QQ，跟同学问作业，号码是——她写在本子上的——{{qq:3850672914}}。工作队队长的微信{{wechat:OuyangLS_dingri}}，有事我就找他。
访谈者：表上名字有没有写错的？
受访者：有。我在低保表上是{{spaced:伦 珠 次 旦}}，大女儿在学校名单上是{{spaced:边珍 卓嘎}}，儿子的医保卡上写成{{spaced:曲　尼　多　吉}}。我老婆的死亡证明上写的是{{spaced:嘎松 卓玛}}。
访谈者：您对孩子们有什么盼头？
受访者：好好念书，别像我一样背一辈子东西。{{minority/tibetan:边珍}}说她要当医生，回{{trap/place:定日}}给人看病。
""")

# H403: Hui grandmother in 隆德 (固原); her son has silicosis from a coal mine, his wife washes dishes in 银川.
DOCS["H403"] = ("family", """\
访谈者：奶奶，您慢慢说，先说说家里人。
受访者：我叫{{han:禹桂兰}}，经名{{minority/hui:艾米乃}}，七十一了，家在{{trap/place:隆德}}县{{trap/place:沙塘}}镇。老汉{{han:马满仓}}早些年没了。儿子{{han:马玉海}}，经名{{minority/hui:哈里德}}，年轻时候在{{trap/place:乌海}}下煤窑，干了十来年，落了个尘肺病，如今喘不上气，走几步路就得歇。儿媳{{han:海玉梅}}在{{trap/place:银川}}饭馆里洗碗，一个月回来一趟，挣的钱给她男人买药。两个孙子孙女跟着我。
访谈者：孩子们叫什么，多大了？
受访者：孙子学名{{han:马晓斌}}，经名{{minority/hui:伊布拉}}，十三了，在{{school:隆德县第二中学初一（5）班}}。孙女学名{{han:马晓丽}}，九岁，在{{school:沙塘镇中心小学三年级（2）班}}，寺里学经的名册上写的是{{minority/hui:马鲁给亚}}。家里我就叫孙子{{minority/hui:伊布拉}}，叫孙女{{han:丽娃}}。{{minority/hui:伊布拉}}他每天放学先去给他爸倒水，再写作业。
访谈者：您儿子现在能干活吗？
受访者：干不了。他自己也急，说自己是个废人。{{trap/place:固原}}医院的{{compound:上官雨岑}}大夫说，这病治不好，只能养着，别感冒。家里买了个制氧机，是{{trap/org:县残联}}给补的钱。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{han:虎秀珍}}，她给俩孩子报了困境儿童的补贴，一个月一人{{trap/number:五百多}}；乡上的民政专干{{han:拜学礼}}给我们家报了低保。寺里的阿訇是{{minority/hui:纳哈迪}}，他在主麻的时候跟大家说了我们家的事，{{trap/org:清真寺}}散{{trap/minority_word:乜贴}}的时候给我们多留一份。寺里教经的满拉是{{minority/hui:禹尤素夫}}，{{minority/hui:伊布拉}}还跟他学写阿文。县里的社工站来过，女社工叫{{compound:皇甫思源}}，给孙女辅导作业，说孩子聪明。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:禹登科}}老师，跟我是一个庄子的，他常给孙子打饭票。孙女的老师{{han:杨福林}}说孩子写字好看，让她在{{trap/word:黑板报}}上写。学校的营养餐一天一个鸡蛋，{{han:丽娃}}舍不得吃，揣在兜里拿回来给她爸，她爸不要，她就放在她爸枕头边上。
访谈者：邻居们呢？
受访者：隔壁{{minority/hui:海达吾德}}，是个开三轮的，谁家有事都叫他。他女人{{minority/hui:海法图麦}}，她做的{{trap/minority_word:油香}}好吃，开斋的时候给我们端一盘。后头的{{han:黑占山}}是个老木匠，孙子的书桌是他打的。村里小卖部的{{han:锁有财}}，我们家赊账他从来不催。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我炸{{trap/minority_word:馓子}}，孩子们穿上新衣裳去寺里。阿訇讲{{trap/famous:赛典赤}}的故事，说咱回回人的先人里出过好官。我跟孙子说，你也要做个对人有用的人。
访谈者：您自己身体呢？
受访者：膝盖不行，上下坡疼。冬天{{trap/place:六盘山}}那边的风刮过来，屋里冷得很，乡上给换了个新炉子，烧煤也省了。我就怕我先倒下，孩子他爸也指望不上，孩子他妈在外头，两个娃娃咋办。
访谈者：家里一年的开销怎么算？
受访者：地里种洋芋、胡麻，一年卖个三四千。低保、孩子们的补贴、儿媳寄回来的，凑一凑够吃饭。难的是看病，儿子的药一个月五六百，医保报一部分，慢病卡办下来以后好一些。去年孙女摔断了胳膊，{{han:虎秀珍}}她跑前跑后，帮着申请了临时救助，报了一千多。
访谈者：孩子们懂家里的难处吗？
受访者：懂，懂得让人心疼。孙子说他初中念完就去打工，我说不行，你爸就是没念书才去下煤窑的。{{minority/hui:哈里德}}他听见了，在炕上哭了一场。后来孙子再没提过这话，考试考了全班第三。
访谈者：要登记地址和证件。
受访者：家在{{address:隆德县沙塘镇马河村四组21号}}。儿媳在银川租的房子是{{address:兴庆区丽景街道阳光花园9号楼1单元302室}}。我身份证{{id_number@wy1954.640423}}，儿子的{{id_number@my1977spaced.640423}}。儿媳的电话{{mobile@hyphen}}，她的微信{{wechat:haiyumei_ld}}。孙子的QQ我不懂，号码他写在墙上的奖状后头，我给你念：{{qq:1958402736}}。我的电话{{mobile@p86n}}。
访谈者：名字在表上写对了吗？
受访者：乱。我的经名有人写成{{spaced:艾 米 乃}}，孙子在学经的本子上写成{{spaced:马 伊 布 拉}}，低保表上儿子是{{spaced:马　玉　海}}，儿媳是{{spaced:海玉 梅}}。
访谈者：您最想要什么帮助？
受访者：想给儿子找个能看好的地方。再就是孩子们念书，别断了。
""")

# H404: Han father in 揭阳 (广东) who lost three fingers to a machine; his wife is back with her parents with
# depression; three children known by nicknames.
DOCS["H404"] = ("family", """\
访谈者：林大哥，先说说您家里的情况吧。
受访者：好。我叫{{han:林木生}}，三十八，家在{{trap/place:揭阳}}{{trap/place:揭东}}的乡下。以前在{{trap/place:普宁}}一间塑料厂开机器，{{trap/year:二〇二二年}}右手被压了，三根手指没了，厂里赔了一点钱，现在只能做散工。老婆{{han:蔡丽娇}}生了老三以后得了抑郁症，整天不说话，去年回{{trap/place:惠来}}她娘家住了，她妈照顾她。三个孩子跟着我和我妈。
访谈者：孩子们多大了？
受访者：大女儿{{han:林雪婷}}十二岁，小名叫{{han:柑仔}}，在{{school:揭东区玉湖镇中心小学六年级（1）班}}；儿子{{han:林柏川}}九岁，小名{{han:乌豆}}，在同一间学校读三年级；小儿子{{han:林嘉烨}}五岁，我们叫他{{han:蚝仔}}，在村里读幼儿园。{{han:柑仔}}说话像大人，{{han:乌豆}}他最调皮，小的也跟着哥哥学，两个天天在巷子里跑。
访谈者：孩子们平时谁照顾？
受访者：我妈{{han:纪銮英}}，七十岁了，煮饭洗衣都是她。我出去做散工，早出晚归。{{han:柑仔}}放学回来帮阿嬷拣菜，哄{{han:蚝仔}}睡觉。有一次老二发烧，半夜是他姐姐叫醒阿嬷的。
访谈者：这些年谁帮过你们？
受访者：村里的儿童主任{{han:黄惠玲}}，大家都叫她{{han:阿惠}}姐。她给三个孩子报了困境儿童，一个月一人{{trap/number:三百多}}。村书记{{han:郑文雄}}帮我们家申请了低保。镇民政办的{{han:许少鹏}}下来核过几次，帮我把残疾证办下来了。工伤的事是法律援助的{{han:洪泽锋}}律师帮我打的官司，厂老板{{han:庄伟群}}那边后来多赔了两万。
访谈者：您爱人的病呢？
受访者：市里精神科的{{han:谢丹纯}}医生说要按时吃药，不能断。{{han:蔡丽娇}}她妹妹{{han:詹秋燕}}也常陪她去复诊，药费医保报一半。她现在好一点了，每个礼拜打电话给孩子们。大女儿每次接电话都躲到房间里，出来眼睛红红的。
访谈者：学校那边呢？
受访者：{{han:柑仔}}的班主任{{han:陈佩珊}}老师很好，孩子作业本用完了，她自己掏钱买。学校有个社工，是{{compound:欧阳俊轩}}，每个礼拜找{{han:乌豆}}聊一次，说孩子打架是心里有气。县里社工站还来过一个女孩子，叫{{compound:东方若彤}}，给孩子们带了绘本。
访谈者：邻居们呢？
受访者：隔壁{{han:老蔡}}他们家开小卖部，孩子们去买东西他常常少收钱。巷口的{{han:翁少华}}是做{{trap/minority_word:粿}}的，逢年过节送一盒红桃粿给我们。村里的老人会每年{{trap/minority_word:营老爷}}的时候，给困难户每家发一个红包。
访谈者：孩子们平时玩什么？
受访者：男孩子看{{trap/minority_word:英歌舞}}看得入迷，{{han:乌豆}}也拿两根筷子在家里跳。我给他们讲{{trap/famous:韩愈}}赶鳄鱼的故事，我妈给他们唱潮剧，唱{{trap/famous:陈三}}和{{trap/famous:五娘}}。家里喝{{trap/minority_word:工夫茶}}，小的也要一杯。
访谈者：孩子们身体怎么样？
受访者：{{han:乌豆}}有哮喘，一到回南天就咳，我妈泡{{trap/word:陈皮}}水给他喝，咳得厉害了还得去镇卫生院打针。{{han:林柏川}}这个名字是他阿公起的，说要像柏树一样硬。卫生院的{{han:詹志鸿}}医生说，孩子的病要长期吃药，帮我们办了慢病的门诊报销。{{han:蚝仔}}就是瘦，吃饭挑，阿嬷煮{{trap/minority_word:牛肉丸}}汤他才肯多吃半碗。
访谈者：您心里最难受的是什么？
受访者：最难受是过年。别人家一家人团圆，我们家孩子他妈不在。去年年三十，大女儿偷偷给她妈打电话，说妈你回来吃饭，她妈在电话那头哭。我站在门口，一根烟抽了又抽。
访谈者：家里收入够吗？
受访者：不够。我做散工一个月两千多，低保加孩子补贴一千多，我妈还拿点养老金。老婆的药、孩子的学费、房子漏雨要修，都是钱。我手不好，重活做不了，搬货搬一天手就肿。村里给我找了个看鱼塘的活，晚上守着，白天还能接孩子。
访谈者：登记一下地址、号码。
受访者：家在{{address:揭东区玉湖镇新寮村三巷12号}}。我身份证{{id_number@my1987fullwidth.445203}}，{{han:柑仔}}的{{id_number@wy2013hyphen.445203}}。我电话{{mobile@spaced}}，我老婆的{{mobile@p86h}}。我微信是{{wechat:linmusheng_jy}}，孩子们的老师有事就在微信上找我。大女儿有个QQ，她说是班级群用的，号码——我看一下手机——{{qq:2765190384}}。
访谈者：表上名字对吗？
受访者：有写错的。低保表上我是{{spaced:林 木 生}}，大女儿在学籍卡上写成{{spaced:林雪 婷}}。
访谈者：您对以后有什么打算？
受访者：等老婆病好了，一家人住一起。孩子们读书，她说要考大学，我砸锅卖铁也供。
""")

# H405: Han school social worker in 阳泉 (山西) who keeps up with pupils and parents on WeChat and QQ.
DOCS["H405"] = ("staff", """\
访谈者：您在学校做社工几年了？
受访者：三年。我叫{{han:冀晓红}}，在{{trap/place:阳泉}}郊区一所九年一贯制学校，是{{trap/org:区教育局}}购买服务派过来的驻校社工。全校一千二百多个孩子，登记在册的困境儿童二十一个。我跟家长主要靠微信，跟孩子主要靠QQ，孩子们不爱用微信。
访谈者：能说几个孩子的情况吗？
受访者：头一个是初二的{{han:耿浩然}}。他爸{{han:耿红兵}}在{{trap/place:盂县}}的煤矿干了二十年，得了尘肺，三期，在家躺着吸氧。他妈五年前走了，没再回来。{{han:耿浩然}}他QQ昵称叫“{{han:浩子}}”，有一阵子在空间里发“活着没意思”，是班主任{{compound:令狐雅婷}}老师看见了，半夜给我打的电话。第二天我就去家里了。
访谈者：后来呢？
受访者：我跟他约好，每个礼拜三中午在心理室吃饭。开头他一句话不说，后来说他爸晚上咳得睡不着，他也睡不着。我联系了{{trap/org:区民政局}}的{{han:阎国栋}}，把他家报了低保，又跟街道的儿童督导员{{han:史玉平}}一起，给他爸申请了职业病的救助。他爸的微信名叫“{{han:耿大兵}}”，头像是一辆矿车，他在微信上跟我说，闺女，谢谢你，我听了心里酸。
访谈者：第二个孩子？
受访者：六年级的女孩{{han:乔美丽}}，爸妈三年前在去{{trap/place:太原}}的高速上出了车祸，都没了。她跟姑姑{{han:梁爱萍}}过，姑父{{han:乔俊峰}}在{{trap/place:平定}}跑运输。姑姑的微信名叫“{{han:萍儿}}”，每天晚上在微信上问我孩子在学校吃得好不好。{{han:乔美丽}}的QQ昵称叫“{{han:美美}}”，号码是——她写在我本子上的——{{qq:2481907365}}。孩子领孤儿基本生活费，一个月{{trap/number:一千四百多}}，是{{han:梁爱萍}}拿着材料去民政局办的。
访谈者：第三个？
受访者：三年级和五年级的一对兄妹，{{han:段雨泽}}和{{han:段雨欣}}，爸妈在北京做装修，一年回来一次，跟爷爷{{han:段春生}}住。爷爷七十四了，不会用智能手机。俩孩子的爸爸每周在家长群里发一次红包，我就在群里发孩子们的照片。小的说想妈妈，在作业本背面画了一个妈妈。我把照片拍给她妈，她妈说下个月就回来。
访谈者：学校里还有谁跟您一起做？
受访者：心理老师{{compound:皇甫志远}}，副校长{{compound:令狐建斌}}，还有德育处的{{han:张满囤}}主任。{{han:张满囤}}他名字土，人细心，每个困境孩子的饭卡他都多充五十。体育老师{{han:王春风}}带着{{han:耿浩然}}练长跑，说跑累了人就不胡思乱想了。我们的志愿者大学生{{han:李平安}}每周六来给孩子们补英语。
访谈者：您怎么看孩子们在网上的情况？
受访者：他们在网上说的话，比当面说的多。有个孩子在QQ上给我发过一段话，说他想当医生，治他爸的病。我不敢把这些话当成小事。学校附近网吧多，有的孩子逃课去打游戏，派出所的{{han:侯振华}}警官跟我们一起去找过几回。
访谈者：学校组织过什么活动？
受访者：清明的时候带孩子们去{{trap/place:藏山}}，讲{{trap/famous:程婴}}救{{trap/famous:赵氏孤儿}}的故事。孩子们听得很认真，有个女孩回来写了一篇作文，叫《有人替我守着》。还带孩子们去{{trap/place:娘子关}}看瀑布，{{trap/org:团市委}}出的车。
访谈者：登记一下孩子们和家长的联系方式。
受访者：{{han:耿浩然}}在{{school:阳泉市郊区荫营中学初二（3）班}}，家在{{address:荫营镇北头嘴村五组8号}}，他爸的身份证{{id_number@mmidtri.140311}}，电话{{mobile@h38}}，微信{{wechat:Geng_hongbing68}}。{{han:浩子}}的QQ号码他说别告诉他爸，在这儿：{{qq:1639047285}}。{{han:乔美丽}}在{{school:荫营镇中心小学六年级（2）班}}，姑姑家在{{address:桃北东街桃林小区3号楼2单元402室}}，姑姑电话{{mobile@fws}}，微信{{wechat:aiping_liang1983}}。段家兄妹也在荫营镇中心小学，爷爷没有手机，有事打他们家隔壁的电话。有事可以打{{trap/hotline:12355}}，那是青少年服务台。
访谈者：表上名字有错的吗？
受访者：学籍系统里{{han:耿浩然}}被录成{{spaced:耿 浩 然}}，{{han:乔美丽}}的低保材料上是{{spaced:乔　美　丽}}。
访谈者：您对这份工作有什么感受？
受访者：孩子们不缺人可怜，缺的是一直在的人。我能做的就是一直在。
""")

# H406: Uyghur mother in 英吉沙 (喀什); her husband, a knife-maker, was paralysed by a fall from a roof; three children.
DOCS["H406"] = ("family", """\
访谈者：大姐，先说说您家的情况吧。
受访者：我叫{{minority/uyghur:阿尔祖古丽·吾拉木}}，三十八岁，家在{{trap/place:英吉沙}}县{{trap/place:芒辛}}镇。我丈夫{{minority/uyghur:艾则孜·买吐送}}以前是打小刀的，手艺好，{{trap/word:英吉沙小刀}}卖到{{trap/place:乌鲁木齐}}去。前年他上房顶修漏雨的地方，从上面摔下来，伤了腰，下半身不能动了。家里三个孩子，地里的活、家里的活，都是我一个人。
访谈者：孩子们多大了？
受访者：大儿子{{minority/uyghur:阿卜力孜·艾则孜}}十四，在{{school:英吉沙县第一中学初二（6）班}}；女儿{{minority/uyghur:努尔比亚·艾则孜}}十一，在{{school:芒辛镇中心小学五年级（3）班}}；小儿子七岁，学校名单上写的是{{minority/uyghur:萨迪克艾则孜}}，没有点。家里都叫老大{{minority/uyghur:阿卜力孜}}，叫老三{{minority/uyghur:萨迪克}}。{{minority/uyghur:阿卜力孜}}就跟个大人一样，放学回来给他爸翻身、擦身子。女儿帮我做饭、打{{trap/minority_word:馕}}。{{minority/uyghur:萨迪克}}还小，天天缠着他爸讲故事。
访谈者：您丈夫现在怎么样？
受访者：他躺了两年，脾气变了，有时候一整天不说话。{{trap/org:乡卫生院}}的{{han:赵红梅}}医生每个月来看一次，教我怎么给他按摩，防止长褥疮。{{trap/org:县残联}}给了一个轮椅，天好的时候我和大儿子把他推到院子里晒太阳。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{minority/uyghur:布维古丽·哈力克}}，她给三个孩子报了困境儿童的补贴，一人一个月{{trap/number:四百五}}。村支书{{minority/uyghur:玉苏甫江·沙吾提}}给我们家报了低保。驻村工作队的{{han:陈建疆}}队长和{{han:刘卫新}}，每个礼拜来一次，帮我们浇地、拉化肥。{{minority/uyghur:玉苏甫江}}说，今年村里的合作社收杏子，先收我们家的。县里社工站来过一个叫{{compound:宇文晨曦}}的姑娘，还有一个是{{compound:长孙卓然}}，给孩子们带了书包和棉鞋。
访谈者：您娘家能帮上吗？
受访者：我爸{{minority/uyghur:吾拉木·赛麦提}}六十多了，在隔壁村，他常骑电动车过来帮我照看孩子。我弟弟{{minority/uyghur:托合提·吾拉木}}在{{trap/place:喀什}}打工，每个月给我转点钱。邻居{{minority/uyghur:阿依夏木·库尔班}}大姐，我去地里的时候，{{minority/uyghur:萨迪克}}就放在她家。她做的{{trap/minority_word:抓饭}}孩子们最爱吃。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:阿卜力孜}}的班主任是{{minority/uyghur:麦尔哈巴·托乎提}}老师，她说孩子学习好，就是太累了，上课打瞌睡。学校给他免了住宿费，让他住校，省得每天跑。{{minority/uyghur:努尔比亚}}的老师{{han:何秀芹}}是汉族，教她说普通话，她现在能给我翻译村里的通知了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，工作队给每家送羊肉。孩子们穿上新衣裳去亲戚家拜节。晚上我给孩子们讲{{trap/famous:阿凡提}}的故事，小的听一次笑一次。
访谈者：您最难的是什么？
受访者：一个人撑不住的时候。夜里他爸疼得哼，我也睡不着。我有时候想，要是我也倒了，孩子们咋办。{{minority/uyghur:阿卜力孜}}他说，妈，有我呢。
访谈者：家里的收入靠什么？
受访者：七亩地，种小麦、玉米，还有二十棵杏树。低保、孩子们的补贴、他爸的残疾人补贴，一个月加起来两千出头。他爸的药费一个月四百多，医保报一部分。以前他打一把刀能卖一百多，现在他躺着，手还能动，{{han:陈建疆}}队长说可以让他坐在床上磨刀把子，合作社收，一个月能挣几百块。他听了这话，那天晚上多吃了半个馕。
访谈者：孩子们懂事吗？
受访者：懂事。{{minority/uyghur:努尔比亚}}的作文写她爸，写她爸以前做的小刀上刻着花，老师在班上念了，她回来不好意思说。小儿子把学校发的牛奶留一半带回来，说给爸爸喝。
访谈者：要登记地址和证件。
受访者：家在{{address:英吉沙县芒辛镇阿克提坎村三组16号}}。我身份证{{id_number@wy1987.653123}}，我丈夫的{{id_number@my1984fwspaced.653123}}。我电话{{mobile@plus86}}，我弟弟的{{mobile@s74}}。大儿子有个QQ，跟同学问作业，号码——他写在墙上的课程表下面——{{qq:3316082547}}。工作队{{han:陈建疆}}队长的微信是{{wechat:chenjj_yjs2023}}。
访谈者：名字在表上写得对吗？
受访者：有不对的。有的表上把我写成{{spaced:阿尔祖古丽 · 吾拉木}}，把我丈夫写成{{spaced:艾 则 孜 · 买 吐 送}}，女儿在卫生院写成{{spaced:努尔比亚 艾则孜}}。
访谈者：您有什么盼头？
受访者：孩子们好好念书。老大说他要当医生，治好他爸的腰。
""")

# H407: Han civil-affairs officer in 科尔沁右翼中旗 (兴安盟) reading out a case file.
DOCS["H407"] = ("staff", """\
访谈者：您在民政局负责哪一块？
受访者：儿童福利股。我叫{{han:房淑敏}}，在{{trap/org:旗民政局}}干了十一年。{{trap/place:科右中旗}}是{{trap/place:兴安盟}}的蒙古族聚居旗，困境儿童的卷宗都在我这儿。我拿了一份{{trap/year:二〇二四年}}复核的卷宗，给你念几家，名字和号码都按卷宗上的念。
访谈者：好。
受访者：第一家在{{trap/place:巴彦呼舒}}镇。父亲{{minority/mongolian:巴彦德力格尔}}，去年得肝癌去世。母亲{{minority/mongolian:萨日娜其木格}}改嫁到{{trap/place:通辽}}，不再抚养。两个孩子，姐姐{{minority/mongolian:满都呼格日乐}}十岁，弟弟{{minority/mongolian:阿日斯楞图}}七岁，现在跟爷爷{{minority/mongolian:包达来}}过。两个孩子按孤儿认定，每人每月{{trap/number:一千六百元}}。姐姐在{{school:巴彦呼舒第三小学四年级（2）班}}，弟弟在同一个学校读一年级。爷爷{{minority/mongolian:包达来}}的身份证{{id_number@mold.152222}}，姐姐的{{id_number@wy2014.152222}}，弟弟的还没办下来。家庭住址{{address:巴彦呼舒镇查干淖尔嘎查二组6号}}，爷爷电话{{mobile@hyphen}}。
访谈者：卷宗上的名字和平时叫的一样吗？
受访者：不一样的多。户籍上姐姐写成{{spaced:满 都 呼 格 日 乐}}，弟弟写成{{spaced:阿日斯楞 图}}，学校花名册上父亲写成{{spaced:巴　彦　德　力　格　尔}}。录系统的时候一个字一个字对，错一个字钱就发不下来。
访谈者：第二家呢？
受访者：第二家是汉族，在{{trap/place:白音胡硕}}镇。父亲{{han:韩志军}}，盗窃罪判了五年，在监狱服刑。母亲{{han:宋晓燕}}有精神残疾，二级，{{trap/org:旗残联}}发的证。孩子{{han:韩宇航}}九岁，跟奶奶{{han:常桂香}}过，按事实无人抚养儿童认定。卷宗第一页的申请表上，孩子的名字写了两遍，{{han:韩宇航}}{{han:韩宇航}}，是奶奶不识字，让邻居代填，填重了。奶奶的身份证{{id_number@woldspaced.152222}}，孩子的{{id_number@my2015hyphen.152222}}。住址{{address:白音胡硕镇新民村四组19号}}，奶奶没有手机，联系人是村儿童主任{{han:邱德胜}}，电话{{mobile@s434}}。
访谈者：监狱那边你们联系过吗？
受访者：联系过。{{trap/org:司法所}}的{{compound:尉迟秋菊}}陪我们去的，见了{{han:韩志军}}，他签了委托照护的协议，哭着说对不起孩子。孩子在{{school:白音胡硕镇中心小学三年级（1）班}}，班主任{{han:翟玉霞}}老师每周给我们报一次孩子的情况。
访谈者：第三家？
受访者：第三家是个女孩，{{han:邵佳琪}}，十三岁，父母在{{trap/place:乌兰浩特}}打工的时候出了煤气中毒，都没了。她跟大伯{{han:邵振江}}过，大伯腿有残疾，一条腿短。孩子在{{school:科右中旗第一中学初一（3）班}}。大伯的身份证{{id_number@mmidx.152222}}，住址{{address:巴彦呼舒镇兴安社区幸福小区7号楼3单元201室}}，大伯电话{{mobile@plus86spaced}}，微信{{wechat:shaozj_krzq}}。孩子用大伯的手机上QQ，在卷宗最后一页写着号码，你看——{{qq:4098172635}}。
访谈者：这些家庭的事由谁跟进？
受访者：每个苏木镇有一个儿童督导员，每个嘎查村有一个儿童主任。我们股里三个人，我、{{compound:慕容海涛}}、{{compound:拓跋文娟}}。{{compound:慕容海涛}}管系统录入，{{compound:拓跋文娟}}管走访。旗里的社工机构负责人是{{compound:赫连庆丰}}，他们每个月做一次家访，写记录。卫生院的{{han:薛长林}}大夫给几个孩子做了体检。我们跟{{trap/org:旗妇联}}、{{trap/org:团旗委}}一起给孩子们过六一，送书包、送衣服。
访谈者：工作中最难的是什么？
受访者：认定难。有的父母在外地，找不到人，证明开不出来；有的孩子户口跟实际住的地方对不上。还有就是名字，蒙古语名字音译没有统一，同一个孩子在户籍、学籍、医保上三种写法。{{minority/mongolian:包达来}}老人的名字有一张表上写成{{spaced:包 达 来}}，另一张写成{{spaced:包达 来}}；我们股里{{compound:慕容海涛}}的名字在考勤表上都被写成{{spaced:慕 容 海 涛}}。
访谈者：这些孩子以后怎么办？
受访者：孤儿满十八岁，还在上学的，补贴可以领到毕业。{{han:邵佳琪}}说她想考师范，以后回旗里当老师。我跟她说，你考上了，学费的事我找{{trap/org:团旗委}}的助学项目。{{minority/mongolian:满都呼格日乐}}她爷爷七十多了，我们打算给孩子找个备用的监护人，她姑姑在{{trap/place:乌兰浩特}}，愿意接。
访谈者：有什么热线可以打？
受访者：有困难的家庭可以打{{trap/hotline:12345}}，也可以直接到{{trap/org:苏木政府}}找儿童督导员。我跟孩子们说，有人欺负你，就打电话给我，我的工作微信{{wechat:fangshumin_mzj}}。
""")

# H408: Han grandfather in 开封 (河南) raising a granddaughter whose parents work in 东莞.
DOCS["H408"] = ("family", """\
访谈者：大爷，您身体还硬朗吧？咱们随便聊聊。
受访者：硬朗，硬朗。我叫{{han:宋满仓}}，六十七了，家在{{trap/place:开封}}{{trap/place:祥符区}}，离{{trap/place:朱仙镇}}不远。老伴前年走了，脑溢血。儿子{{han:宋建设}}跟儿媳{{han:申晓楠}}在{{trap/place:东莞}}的电子厂上班，一年回来一趟。孙女{{han:宋雨萱}}跟着我，十岁了，我们都叫她{{han:萱萱}}。
访谈者：孩子爸妈多久跟孩子联系一次？
受访者：每天晚上视频。{{han:宋建设}}他下了夜班，累得说不了几句。{{han:申晓楠}}跟闺女说得多，问作业、问吃饭。{{han:萱萱}}有时候不接，说妈妈你就知道问作业。挂了电话她又一个人躲在被窝里哭。
访谈者：孩子在哪儿上学？
受访者：在{{school:朱仙镇第一小学四年级（2）班}}。班主任{{han:岳春生}}老师，跟{{trap/famous:岳飞}}一个姓，孩子们都说他是岳家的后人。他让{{han:萱萱}}当了小组长，放学晚了就送她到村口。英语老师是{{compound:乐正雅楠}}，姓少见，孩子们头一回都念不对。学校每学期给留守孩子开一次家长会，我去，我听不懂的就让孩子给我讲。
访谈者：村里谁帮过你们？
受访者：村里的儿童主任是{{han:邢玉梅}}，我叫她{{han:玉梅}}姨，她隔几天来看一回，孩子头疼脑热她都知道。村医{{han:聂长河}}，有一回孩子发烧，半夜敲他门，他穿着拖鞋就来了。前院的{{han:葛翠花}}婶，常给孩子梳头、缝扣子。村支书{{han:田丰收}}给我们家报了个困境儿童，监护缺失那一类，一个月{{trap/number:二百五十元}}。区里社工站来过，社工叫{{compound:诸葛春晖}}，还有个叫{{compound:公孙嘉怡}}的姑娘，给{{han:萱萱}}辅导数学，带她去{{trap/place:清明上河园}}玩了一趟。
访谈者：您一个人带孩子，最难的是什么？
受访者：辅导作业，我只念到小学三年级。还有就是女孩子大了，有些话不好跟我说。{{han:葛翠花}}她说，有啥事让孩子找她。还有一回，孩子在学校跟人打架，人家说她是没人要的孩子，我去学校，{{han:岳春生}}老师把那个孩子的家长叫来，当面赔了不是。
访谈者：您身体怎么样？
受访者：血压高，腿有风湿。去年冬天摔了一跤，孙女自己跑到{{han:聂长河}}那儿叫人。我躺了一个月，{{han:宋建设}}他请假回来了半个月，工厂扣了他一个月的工资。我心里过意不去。
访谈者：过年过节的时候呢？
受访者：过年儿子儿媳回来，{{han:萱萱}}高兴得几天睡不着。初一带她去{{trap/place:龙亭}}看灯，吃{{trap/minority_word:灌汤包}}。我给她讲{{trap/famous:包公}}断案的故事，她说长大要当法官。正月十五我们蒸{{trap/word:包子}}，她包的包子歪歪扭扭的，她爸妈在视频里笑她。
访谈者：孩子平时跟谁玩？
受访者：跟{{han:牛大年}}家的小孙子{{han:牛子涵}}一块儿上学放学，两个孩子一个班。{{han:萱萱}}都十岁了，出门还要拉着我的手。周末她去{{han:邢玉梅}}那儿写作业，{{han:邢玉梅}}家有电脑，能查资料。我让她多跟{{han:公孙嘉怡}}学，那姑娘是大学生，说话有条理。孩子最怕的是开家长会，别人家都是爸妈去，就她是爷爷。有一回她跟我说，爷爷，你下回穿那件新褂子去，我就穿了。
访谈者：家里的收入呢？
受访者：种了五亩地，小麦、花生，一年卖个几千块。儿子每个月打回来两千，孩子的补贴、我的养老金，够吃够喝。就是孩子的补课费、衣裳、鞋，一年下来也不少。村里的{{han:牛大年}}开小超市，我有时候赊账，他说大爷你啥时候有啥时候给。
访谈者：登记一下地址和号码。
受访者：家在{{address:祥符区朱仙镇宋庄村二组7号}}。儿子儿媳在东莞租的房子是{{address:长安镇乌沙社区兴发小区5栋602房}}。我的身份证{{id_number@my1957.410212}}，孙女的{{id_number@wy2015fwhyphen.410212}}。我电话{{mobile@fullwidth}}，儿子电话{{mobile@s74}}。儿媳的微信{{wechat:shen_xiaonan89}}，儿子的微信{{wechat:SongJS_dg}}。孙女用她爸留下的旧手机上QQ，号码——孩子给我写在纸上了，在这儿——{{qq:2160497358}}。
访谈者：表上名字有写错的吗？
受访者：有。学校的表把孙女写成{{spaced:宋 雨 萱}}，低保表上我写成{{spaced:宋　满　仓}}，社工的名字在签到本上写成{{spaced:诸　葛　春　晖}}。我跟他们说，错一个字都不行。
访谈者：您最盼什么？
受访者：盼儿子儿媳早点回来，在开封找个活干，一家人在一块儿。孩子小，不能老没爹妈在身边。
""")



def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=401,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
