# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 79 (tests/pii/holdout79/H617-H624 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 78, written at the same time by another
writer, is not an earlier set).

Set 79 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
红岗 (大庆), a laid-off oilfield worker who drives a ride-hailing car, whose wife is on dialysis, with three
children; a Tibetan grandmother in 林周 (拉萨) raising the two children of her son, killed on a building site in 那曲,
and looking in on a niece's boy whose father is blind; a Hui grandmother in 汝阳 (洛阳, 河南) raising the two
children of her son, who cooks noodles far away in 新疆 since his wife died of cancer; a Han mother in 赤城
(张家口) with kidney disease whose husband was killed at a wind farm, with three children called by word nicknames;
a Han primary-school teacher in 栾城 (石家庄) who keeps in touch with the families of six pupils on WeChat and QQ;
a Uyghur grandfather from 泽普 selling naan in 扬州 (江苏) with the three children of his son, killed on the road
near 乌鲁木齐; a Han court clerk in 崇礼 (张家口) reading from the file of a case that moved a girl's guardianship
from her gambling father to her grandparents and set his support payments; and a Han grandmother in 滦平 (承德,
河北) raising her grandson while her son, crippled at a steel works, lives in a care home.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters with short forms after the full name and a Han surname before a
Mongolian given name; Tibetan names of Ü-Tsang with short forms and the Han names of Tibetans; Hui Han-form names
beside 经名 used alone and a Han surname before an Arabic name; Han word nicknames (annotated whole); Uyghur given
name + father's name with and without the dot, and short forms; Han names with common and rare surnames, titles and
kin words, names that contain or end in words, names written twice on a form, names directly before particles and
verbs and after 叫/是/给/跟/和/的/找/让; names spaced out on forms, dotted names with spaces around the dot and names
split in two; compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:张淑萍}}``, ``{{qq:2837105946}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1978.230624}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶, 姨, 阿姨, 大爷, 法官) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 她, 他, 他们家, 那边, 跟, 和) are outside the span; a word nickname (莜莜, 黑蛋, 扁豆) is annotated whole.
Han-style names of Mongolian, Tibetan, Hui and Uyghur people are category han; a Han surname before a non-Han given
name is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout79/make_holdout79.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(79_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "137", "145", "147", "153", "156", "167", "171", "175", "184", "187",
                   "196", "197"]

DOCS: dict[str, tuple[str, str]] = {}

# H617: Mongolian father in 红岗 (大庆); a laid-off oilfield worker, his wife on dialysis, three children.
DOCS["H617"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:铁木尔布赫}}，单位里都喊我{{minority/mongolian:布赫}}，户口本上还有个汉名叫{{han:包振林}}。老家是{{trap/place:杜尔伯特}}的，十九岁到{{trap/place:红岗}}来，在采油厂干了二十多年，{{trap/year:2021年}}厂里改制买断了，现在跑网约车。媳妇{{minority/mongolian:诺敏图雅}}得了尿毒症，一个礼拜透析三回，在{{trap/place:大庆}}的医院。家里三个孩子，大的{{minority/mongolian:宝日乐岱}}十五，二的是闺女{{minority/mongolian:嘎日迪玛}}，十一，最小的{{minority/mongolian:乌恩其达来}}才六岁。
访谈者：孩子们平时谁照看？
受访者：我跑车，{{trap/word:白天}}不着家。{{minority/mongolian:宝日乐岱}}他懂事，放学先去接弟弟，回家把米饭焖上。家里都叫他{{minority/mongolian:宝日乐}}，{{minority/mongolian:宝日乐}}也就是个孩子，有回半夜我收车回来，见他趴在桌上睡着了，作业本压得皱巴巴的。闺女跟她{{trap/minority_word:额吉}}最亲，透析那天非得请假去陪。{{minority/mongolian:嘎日迪玛}}她在病房里给别的病人倒水，护士都认得她。
访谈者：孩子们在哪儿上学？
受访者：{{minority/mongolian:宝日乐}}在{{school:红岗区杏南第二中学初三（4）班}}，闺女在{{school:八百垧第一小学五年级（1）班}}，小的在社区幼儿园。大儿子的班主任{{han:王凤娟}}老师知道我家情况，给他申请了助学金，还让{{minority/mongolian:宝日乐}}当了物理课代表。闺女的班主任叫{{han:李雪松}}，男老师，教数学，脾气好。
访谈者：家里的收入够吗？
受访者：不够。跑车一个月挣四千来块，媳妇透析医保报完，自己还得掏{{trap/number:一千二百多}}。去年社区给报了低保，一个月{{trap/number:一千零二十}}。社区的儿童主任{{han:张淑萍}}大姐跑前跑后，把三个孩子都登记成困境儿童，每人每月多{{trap/number:三百块}}。街道的民政助理{{han:刘立军}}说，媳妇要是评上重度残疾，还能再多一份护理补贴。{{trap/org:区残联}}的人上个月来家里评了，让等结果。
访谈者：亲戚们帮得上吗？
受访者：我哥{{minority/mongolian:包哈日巴拉}}他们家在老家放牛，每年秋天杀一头牛，给我们送半扇肉来。媳妇的妹妹{{minority/mongolian:图们吉雅}}在{{trap/place:哈尔滨}}开蒙餐馆，每回来都给孩子们买衣服。{{minority/mongolian:图们吉雅}}她说，等姐姐好了，接全家去她那儿过年。还有我老叔{{minority/mongolian:图布信吉日嘎拉}}，七十多了，会拉{{trap/minority_word:马头琴}}，过年给孩子们拉《{{trap/famous:嘎达梅林}}》，小的听着听着就睡了。
访谈者：有没有社工来过？
受访者：有。区里社工站来的是{{compound:巫马晓楠}}，跟她一块儿来的还有叫{{compound:段干伯勋}}的小伙子。小伙子会修电脑，把家里那台旧电脑给弄好了。{{compound:巫马晓楠}}每个月来一趟，给孩子们辅导功课，还带小的去儿童医院做体检。医院的{{han:贲立新}}大夫说小的有点贫血，开了铁剂。
访谈者：孩子们过节吗？
受访者：{{trap/minority_word:查干萨日}}的时候我们回{{trap/place:杜尔伯特}}，给老人磕头，吃{{trap/minority_word:手把肉}}。夏天那边有{{trap/minority_word:那达慕}}，大儿子去年摔跤得了第三。闺女说她想学蒙古舞，社区的{{han:陈晓岚}}老师说可以免费教。
访谈者：您自己身体怎么样？
受访者：腰不行，跑车坐久了疼。可不敢歇，一歇这个家就转不动了。媳妇老说她是我们的{{trap/word:包袱}}，我说你好好透析，别的不用你操心。{{minority/mongolian:诺敏图雅}}就哭，说对不起孩子。
访谈者：冬天家里怎么过？
受访者：{{trap/place:红岗}}的冬天零下三十度，楼里暖气不热，我在屋里给孩子们贴了一层塑料布。媳妇透析完回来浑身发冷，得捂两床被。最怕的是下大雪，车不好跑，挣不着钱，透析又一回不能落。去年腊月有一回路上全是冰，我开了两个钟头才把她送到医院，她在车上一直攥着我的手。大儿子那天在家把弟弟妹妹看得好好的，还给我们留了一锅热粥。我跟他说，你是家里的顶梁柱了，他就咧嘴笑，说阿爸你才是。其实我心里明白，孩子太早懂事不是好事，可这个家眼下离不开他。
访谈者：登记表要写地址、证件和电话。
受访者：家在{{address:红岗区八百垧街道银河小区5号楼3单元402室}}，老家在{{address:杜尔伯特县巴彦查干乡新立村三组11号}}。我身份证{{id_number@my1978.230624}}，大儿子的{{id_number@my2010spaced.230605}}。我的电话{{mobile@spaced}}，平台上也是这个号；媳妇的{{mobile@plain}}。有事找{{han:张淑萍}}也行，她的微信是{{wechat:zhangshuping_hg}}。大儿子有QQ，说是跟同学对作业，号码我记在车里那个本子上了，你看，{{qq:2837105946}}。
访谈者：名字在表上都写对了吗？
受访者：哪能。低保表上我是{{spaced:铁木尔 布赫}}，小的写成{{spaced:乌 恩 其 达 来}}，闺女写成{{spaced:嘎　日　迪　玛}}，连我哥都成了{{spaced:包哈日 巴拉}}。
访谈者：最后您想说什么？
受访者：盼媳妇能等到肾源，盼三个孩子都念出书来。{{minority/mongolian:乌恩其达来}}说长大了当医生，给他额吉换个好肾。
""")

# H618: Tibetan grandmother in 林周 (拉萨); her son died on a building site in 那曲, his wife remarried.
DOCS["H618"] = ("family", """\
访谈者：阿妈啦，您身体好吗？我们慢慢聊。
受访者：好，好。我叫{{minority/tibetan:次仁卓央}}，今年六十七，村里人都叫我{{minority/tibetan:卓央}}阿妈。家在{{trap/place:林周}}，离{{trap/place:拉萨}}城一个多钟头。儿子{{minority/tibetan:次旦罗追}}{{trap/year:二〇二三年}}在{{trap/place:那曲}}的工地上干活，脚手架塌了，人没了。儿媳{{minority/tibetan:边久曲措}}后来改嫁到{{trap/place:日喀则}}，两个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{minority/tibetan:索朗格旺}}十二，我们叫他{{minority/tibetan:格旺}}。{{minority/tibetan:格旺}}就是爱跑，一放学就往山上跑，去看羊。孙女{{minority/tibetan:索朗白珍}}九岁，学校里老师还给她起了个汉名叫{{han:林雪珍}}。{{minority/tibetan:格旺}}在{{school:林周县春堆乡中心小学六年级（2）班}}，孙女在{{school:林周县第二小学三年级（1）班}}住校。
访谈者：儿子走了以后，家里怎么过？
受访者：家里有六亩青稞地、十几只羊。我一个老婆子种不动，村里的{{minority/tibetan:嘎玛索朗}}主任派人帮着收。儿子的赔偿款存在银行里，说好了给孩子们念书用。村里给我们报了低保，两个孩子按孤儿报的，一人一个月{{trap/number:一千六百八}}，是乡里的民政专干{{han:杨立平}}一趟一趟跑{{trap/org:县民政局}}办下来的。
访谈者：村里还有谁帮你们？
受访者：儿童主任{{minority/tibetan:尼顿卓嘎}}，她跟我一个村，天天来看一眼。{{minority/tibetan:尼顿卓嘎}}还说，阿妈你只管吃饭睡觉，孩子们的事有我。乡卫生院的{{han:赵立国}}大夫是援藏来的，{{trap/place:江苏}}人，给我量血压，给孙女看过肚子。县上社工站有个{{compound:司空望舒}}，是{{trap/place:四川}}姑娘，带着{{compound:宗政浩然}}一起来，给孩子们建了档案，还教孙子用电脑。
访谈者：还有别的孩子您在照看吗？
受访者：我侄女{{minority/tibetan:拉巴仓木}}家。她男人{{minority/tibetan:次旦贡布}}眼睛瞎了，在{{trap/place:拉萨}}的盲人按摩店上班，一个月回来一次。儿子{{minority/tibetan:扎西坚参}}八岁，跟孙女一个学校。{{minority/tibetan:仓木}}就在县城打零工，孩子放学就到我这儿，我给他们三个一起做饭。侄女的公公{{han:周克明}}是汉族，年轻时候从{{trap/place:四川}}来修路，就留下了。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任是藏族老师，汉名叫{{han:罗丽华}}，她说孙子数学好，就是汉字写得歪。孙女爱唱歌，学校{{trap/minority_word:藏历年}}演节目，她唱了一首，台下都鼓掌。老师说她嗓子像她阿爸，{{minority/tibetan:次旦罗追}}那会儿在村里唱歌是出了名的。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:望果节}}我们转地头，吃{{trap/minority_word:糌粑}}、喝{{trap/minority_word:酥油茶}}。藏历年我给孩子们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事，孙女问公主想不想她阿妈，我说想，可她还是留下来了。
访谈者：您最担心什么？
受访者：担心我走了孩子们没人管。孙子说，莫啦你别怕，我长大了当警察，保护妹妹。我听了又高兴又难受。{{minority/tibetan:索朗格旺}}他爸要是在，听了也会高兴的。
访谈者：平常一天是怎么过的？
受访者：天不亮我就起来煨桑，烧水、打茶，给孩子们装好中午的饼子。孙女住校，礼拜五才回来，孙子每天走四十分钟山路上学。村里这两年修了水泥路，冬天不那么滑了。白天我放羊，羊不多，就在房子后面的山坡上。下午侄女的孩子放学过来，三个孩子在院子里写作业，我看不懂，就坐在一边捻毛线。晚上孙子给我念课文，念错了孙女就笑他，两个人吵一会儿又好了。有时候我想起儿子，就一个人去村口的{{trap/minority_word:玛尼堆}}转几圈，转完心里就平一点。乡里的干部说，以后孩子们上高中、上大学，国家都有补助，让我别发愁，可我还是怕，怕自己身体撑不到那一天。
访谈者：登记表要写住址和号码。
受访者：家在{{address:林周县春堆乡达嘎村二组8号}}，侄女家在{{address:林周县甘丹曲果镇幸福小区2栋1单元302室}}。我的身份证{{id_number@wy1959.540121}}，孙子的{{id_number@my2013hyphen.540121}}。电话我不会记，是孙子写的：我的{{mobile@s38}}，{{minority/tibetan:尼顿卓嘎}}的{{mobile@hyphen}}，她的微信{{wechat:nidun_zhuoga88}}。孙子有QQ，说老师布置作业用，号码他写在我的药盒上了：{{qq:1390628457}}。
访谈者：名字写得都一样吗？
受访者：不一样。低保卡上我是{{spaced:次仁 卓央}}，学校表上孙子是{{spaced:索　朗　格　旺}}，孙女是{{spaced:索 朗 白 珍}}，侄女成了{{spaced:拉巴 仓木}}。
访谈者：您最大的心愿？
受访者：看着两个孩子长大，念出书来。{{minority/tibetan:索朗白珍}}说要去内地读高中，我说莫啦等着你回来。
""")

# H619: Hui grandmother in 汝阳 (洛阳, 河南); her son cooks noodles in 新疆 since his wife died of cancer.
DOCS["H619"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：现在就我跟俩孙子。我叫{{han:沙玉琴}}，经名{{minority/hui:哈娣洁}}，住在{{trap/place:汝阳}}城关回民街。老伴{{han:马德昌}}前些年走了。儿子{{han:马建川}}在{{trap/place:新疆}}拉面馆里当师傅，儿媳{{han:海秋云}}前年得乳腺癌走了，在{{trap/place:洛阳}}看了一年，钱花光了人也没留住。俩孩子就跟着我。
访谈者：孩子们多大？
受访者：大孙子{{han:马梓睿}}十三，经名叫{{minority/hui:苏莱麻乃}}，坊上的人都喊他{{minority/hui:马苏莱麻乃}}。小孙女{{han:马雨涵}}八岁，经名{{minority/hui:赛依代}}。{{minority/hui:苏莱麻乃}}在{{school:汝阳县第二初级中学初一（3）班}}，{{minority/hui:赛依代}}在{{school:城关镇回民小学二年级（2）班}}。{{minority/hui:赛依代}}她胆小，她妈走的时候她六岁，到现在夜里还哭醒。
访谈者：儿子多久回来一次？
受访者：一年一回，开斋节前后。{{han:马建川}}那边活重，一个月往家打两千块钱，自己在那边省得很。他说{{trap/place:新疆}}挣得多，回来没活干。我说你娘老了，孩子们不能老见不着爹。
访谈者：谁帮过您？
受访者：{{trap/org:清真寺}}的{{han:海守仁}}阿訇，经名{{minority/hui:祖海尔}}，坊上谁家有事他都管。{{minority/hui:祖海尔}}阿訇让乡老们给我家凑了钱，还让{{minority/hui:白穆萨}}每礼拜来给孩子教经。社区的儿童主任{{han:丁慧敏}}给俩孩子报了困境儿童，每人每月{{trap/number:六百四十}}，我家也吃上了低保。街道的{{han:米志宏}}主任来核过两回。县里社工站来了个{{compound:南宫紫怡}}，同她一起的还有个小伙子叫{{compound:澹台文轩}}，他俩教孙女画画、给孙子补英语。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:黄雪芹}}老师说他学习中上，就是不爱说话。他妈在的时候他话多着哩。学校心理老师{{han:吴文娟}}隔礼拜找他说一回。孙女的班主任{{han:金淑琳}}，也是回民，待她像亲闺女。
访谈者：邻居们呢？
受访者：对门{{minority/hui:金萨利赫}}开牛肉汤馆，孩子们放学饿了{{trap/word:马上}}就去他那儿喝一大{{trap/word:海碗}}，他从来不收钱。{{minority/hui:金萨利赫}}家媳妇{{minority/hui:赛丽曼}}给孙女梳头、扎辫子。后院的{{han:马德福}}是我老伴的堂弟，帮我修过房顶。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，送给左邻右舍。我给孩子们讲咱汝阳{{trap/famous:杜康}}造酒的传说，孙子说咱回民不喝酒，讲这干啥，我说讲的是人家肯下功夫。
访谈者：您身体呢？
受访者：糖尿病，一天打两针胰岛素。乡卫生院的{{han:徐建华}}大夫每月来给我测血糖。去年冬天我在家晕倒了，是孙子跑去叫的邻居，送到县医院住了半个月，医生{{compound:淳于静姝}}帮我申请了大病救助，出院的时候自己只掏了几百块。住院那些天，孙子每天放了学骑车来送饭，来回十几里，我心疼得不行，让他别来了，他不听。我就怕哪天倒下了，孩子们没人管。{{han:马梓睿}}也懂，放了学就给我端水、拿药。
访谈者：孩子们平时想妈妈吗？
受访者：想。孙女把她妈的一条纱巾压在枕头底下，谁也不让动。孙子嘴上不说，可他妈的手机他一直留着，里头有他妈给他录的视频，他晚上蒙着被子看，我在外屋听得见。去年他妈的忌日，我领着俩孩子去坟上念了{{trap/minority_word:讨白}}，回来孙子一路都没说话。我不识几个字，教不了他们啥，就教他们做人要实诚，不拿人家一针一线，见了老人要问好。坊上的人都说这俩孩子有礼貌，我听了心里就觉得没白操心。后来寺里办了个周末学习班，孩子们去那儿写作业、学礼拜，比在家跟着我强。还有一回孙女在学校得了个奖状，回来第一句话就说要给她妈看，说完就哭了，我也跟着掉眼泪。
访谈者：登记信息。
受访者：家在{{address:汝阳县城关镇回民街东巷17号}}，儿子在{{address:乌鲁木齐市天山区和平小区9号楼2单元501室}}住着。我身份证{{id_number@wold.410326}}，孙子的{{id_number@my2012.410326}}。我的电话{{mobile@plain}}，儿子的{{mobile@plus86}}，他的微信{{wechat:majianchuan_lm}}。孙子的QQ是社工帮注册的，号码她写在孙子作业本封皮背面，你抄吧：{{qq:37561824}}。
访谈者：名字表上写对了吗？
受访者：经名是音译的，各写各的。表上把孙子写成{{spaced:马 苏 莱 麻 乃}}，孙女写成{{spaced:赛依 代}}，我自己成了{{spaced:沙　玉　琴}}，阿訇那张表上写的是{{spaced:海守 仁}}。
访谈者：您最盼什么？
受访者：盼儿子回来，在{{trap/place:汝阳}}找个活干，一家人在一块儿。孩子们没了妈，不能再没了爹。
""")

# H620: Han mother in 赤城 (张家口) with kidney disease; her husband was killed at a wind farm.
DOCS["H620"] = ("family", """\
访谈者：大姐，您家现在几口人？
受访者：四口，我和仨孩子。我叫{{han:常桂枝}}，住在{{trap/place:赤城}}县城边上。孩子他爸{{han:高建峰}}前年在{{trap/place:坝上}}风电场干活，塔上掉下来，人当场就没了。我自己肾不好，慢性肾衰，干不了重活，{{trap/org:县残联}}给办了残疾证。
访谈者：孩子们多大了？
受访者：大闺女小名叫{{han:莜莜}}，大名{{han:高雨欣}}，十四，在{{school:赤城县第一中学初二（6）班}}。二小子小名{{han:黑蛋}}，大名{{han:高宇航}}，十岁，在{{school:赤城镇第三小学四年级（3）班}}。最小的叫{{han:扁豆}}，大名{{han:高思彤}}，五岁，在幼儿园。{{han:莜莜}}说她是老大，家里的事她得扛。{{han:黑蛋}}就跟他爸一个样，闷着，有事也不说。
访谈者：孩子爸走了以后，赔偿拿到了吗？
受访者：打了一年官司，风电公司赔了一部分。剩下的包工头{{han:郭瑞田}}说他没钱，跑了。县里的法律援助中心派了{{han:孙振宇}}律师帮我们，{{han:孙振宇}}说他还在找那个人。
访谈者：平时谁帮你们？
受访者：社区的儿童主任{{han:任淑贤}}，她给仨孩子都报了困境儿童，还给我家报了低保，一个月加起来{{trap/number:两千一百多}}。{{han:任淑贤}}家就在我们楼下，{{han:扁豆}}发烧那回是她半夜开车送的医院。民政局的{{han:胡红军}}科长来过两回。县社工站的{{compound:公冶欣然}}和{{compound:濮阳俊峰}}每个月来，给{{han:莜莜}}补数学，给{{han:黑蛋}}讲故事。
访谈者：孩子们的爷爷奶奶呢？
受访者：爷爷{{han:高长山}}在{{trap/place:龙关}}种地，七十多了，腰也弯了，秋后给我们送土豆、{{trap/word:莜面}}。奶奶{{han:褚凤兰}}心眼好，就是耳背。孩子姥姥{{han:常玉蓉}}在{{trap/place:张家口}}给人看孩子，一年回来两趟。
访谈者：孩子们在学校怎么样？
受访者：{{han:莜莜}}的班主任{{han:朱振伟}}老师说她成绩年级前十，他也说过想让她考{{trap/place:张家口}}一中。{{han:黑蛋}}也不差，就是打过一回架，人家说他没爹，他抡了人家一拳。班主任{{han:何彩云}}把俩孩子叫到办公室，说了半天，后来俩孩子成了好朋友。
访谈者：您自己最难的是什么？
受访者：透析。现在一个礼拜两回，去{{trap/place:张家口}}，来回一百多里。{{han:莜莜}}就替我{{trap/word:常常}}照看弟弟妹妹，做饭、洗衣裳都会了。我觉得对不起她，她这个岁数应该就念书。夜里我一个人的时候，想起{{han:高建峰}}说过要把房子翻盖了，心里就堵得慌。
访谈者：过年过节呢？
受访者：过年社区送米送面，还有一桶油。孩子们在{{trap/place:黑河}}边放炮仗，{{han:扁豆}}也跟着跑。我给他们讲{{trap/famous:花木兰}}替父从军，{{han:莜莜}}说她要当花木兰，我说你当好你自个儿就行。
访谈者：这两年家里最大的变化是什么？
受访者：变化就是仨孩子一下子长大了。以前他爸在，家里的事啥也不用他们管，放了学就知道玩。现在大闺女每天五点半起来熬粥，二小子放学去菜地拔草，最小的也知道把自己的碗刷了。我心里又疼又难受。去年秋天，风电公司的人来家里送慰问品，说以后每年都来看看，可来了一回就没影了。倒是村里的老邻居们常来，有送白菜的，有送鸡蛋的，有帮着修屋顶的。县里还给我们家装了个一键呼叫的小机器，我要是在家晕倒了，一按就有人来。我跟孩子们说，咱家是让大伙儿托着过来的，以后你们出息了，也得这样托着别人。村里的干部说，夜里有急事就打{{trap/hotline:120}}，打不通就打{{trap/hotline:12345}}。今年开春，县里的中医院来了个大夫叫{{compound:轩辕博涛}}，下乡义诊，给我看了肾，说透析以外还能配点中药调理，药钱走医保报了大半。他还留了话，说孩子们要是头疼脑热，就直接给他打电话。
访谈者：登记表要填地址、号码。
受访者：家在{{address:赤城县赤城镇北关村四组16号}}，孩子爷爷家在{{address:赤城县龙关镇西沟村二组9号}}。我的身份证{{id_number@wy1984.130732}}，大闺女的{{id_number@wy2011.130732}}。我电话{{mobile@s434}}，{{han:任淑贤}}的{{mobile@plus86dash}}，她的微信{{wechat:renshuxian_cc}}。{{han:莜莜}}有个QQ，说是学习群里用的，号码她贴在冰箱上了，你看那张黄纸：{{qq:2470815369}}。
访谈者：表上的名字都对吗？
受访者：不对的多。有张表把{{han:高雨欣}}写成{{spaced:高 雨 欣}}，把我写成{{spaced:常　桂　枝}}，还有把社工的名字写成{{spaced:公 冶 欣 然}}的。
访谈者：您最想说什么？
受访者：盼仨孩子好好长大。{{han:黑蛋}}说长大了去风电场，把他爸没干完的活干完，我说你先把书念好。
""")

# H621: Han primary-school teacher in 栾城 (石家庄); the families of six pupils, reached on WeChat and QQ.
DOCS["H621"] = ("teacher", """\
访谈者：老师，您教几年级？
受访者：四年级，我叫{{han:邵春晓}}，在{{trap/place:栾城}}教了十五年书，是{{school:栾城区冶河镇中心小学四年级（2）班}}的班主任。班上四十二个孩子，有六个是困境儿童，家长我基本都加了微信，有的只能在QQ上找到。
访谈者：能说说这六个孩子吗？
受访者：头一个{{han:李浩博}}，他爸{{han:李占奎}}得了白血病，在{{trap/place:石家庄}}住院，他妈{{han:王丽娜}}在医院陪床，孩子跟着爷爷。{{han:李浩博}}他爷爷不会用智能手机，我有事就给他妈发微信，她的微信是{{wechat:wanglina_0606}}。
访谈者：第二个？
受访者：第二个{{han:赵梓涵}}，她妈{{han:赵秀娥}}因为集资诈骗判了六年，爸爸早就离了，在{{trap/place:天津}}又成了家。孩子跟着姥姥。姥姥说，闺女是让人骗了才去骗别人。我每个月把孩子的作业拍照发给她舅舅{{han:赵红旗}}，他的微信{{wechat:zhao_hongqi1979}}，他说他去监狱探视的时候给她妈看。
访谈者：第三个？
受访者：第三个是孤儿，{{han:申家和}}，爸妈出车祸走了，跟着大伯{{han:申建国}}过。大伯{{han:申建国}}他们家还有俩孩子，日子紧巴，可对这孩子不偏不向。孩子每月有{{trap/number:一千八百五}}的孤儿基本生活费，是村里的儿童主任{{han:杨翠娥}}给办的。
访谈者：第四个？
受访者：第四个{{han:刘天乐}}，爸妈都在{{trap/place:北京}}送外卖，孩子跟奶奶{{han:孙桂琴}}。他爸只上QQ，我找{{han:刘永强}}都得在QQ上找，号码是他儿子报给我的，中间停了一下：{{qq:903417826}}。{{han:刘天乐}}说他想他妈，一到周五就问我他妈啥时候来接。
访谈者：第五个？
受访者：第五个是新疆来的孩子，{{minority/uyghur:阿卜杜瓦伊提·热扎克}}，他爸{{minority/uyghur:热扎克·吾拉木}}在{{trap/place:石家庄}}卖烤串，去年冬天从三轮车上摔下来，腿断了。他妈{{minority/uyghur:古丽加玛丽}}在家照顾。孩子汉语说得好，同学们都叫他{{minority/uyghur:阿卜杜瓦伊提}}，他自己让人喊他{{minority/uyghur:瓦伊提}}。他爸的微信{{wechat:Rezak_kaochuan}}，电话{{mobile@hyphen}}。
访谈者：第六个？
受访者：第六个{{han:尚书豪}}，他爸{{han:尚福生}}是盲人，在{{trap/place:栾城}}开按摩店，他妈是聋哑人。孩子在家得当大人用，去银行、去医院都是他跟着。他妈{{han:黄晓梅}}用QQ跟我打字，号码{{qq:2098315746}}，她每回都打好多感叹号。
访谈者：学校和镇上做了些什么？
受访者：校长{{han:吴立业}}定了规矩，困境儿童午饭免费，校服免费。镇上的社工{{compound:钟离沐晨}}每周三下午来，和心理老师{{compound:百里婉清}}一起给孩子们上团体课。镇民政所的{{han:周海军}}所长每学期来学校核一次名单。我跟配班的{{han:徐晓雯}}老师一人包三个孩子。
访谈者：您自己觉得难吗？
受访者：难的是家长联系不上。有的电话停机，有的微信不回。我就一家一家去，有时候一个礼拜跑三个村。家长会来的都是爷爷奶奶，我一条一条念给他们听。
访谈者：家长们在微信群里都说些什么？
受访者：大部分是问作业、请假。困境儿童的家长不大在群里说话，怕别人知道家里的事。我就单独跟他们聊，每周发一次孩子在学校的照片，吃饭的、上课的、跑步的都有。有个奶奶不会打字，就给我发语音，一发就是五六十秒，说的都是谢谢老师。期末的时候我给每个孩子写一张小卡片，夹在成绩单里，写他们这学期哪儿进步了。有个孩子把卡片贴在床头，他奶奶拍了照片发给我，我看了半天。
访谈者：家长信息您是怎么登记的？
受访者：我有一张表。{{han:申建国}}家在{{address:栾城区冶河镇东营村三组12号}}，{{han:孙桂琴}}家在{{address:栾城区栾城镇裕翔小区6号楼1单元202室}}。{{han:尚书豪}}的身份证{{id_number@my2015fullwidth.130111}}。{{han:孙桂琴}}的电话{{mobile@plain}}，{{han:杨翠娥}}的电话{{mobile@h38}}，她微信就是手机号。我自己的微信{{wechat:shaochunxiao_lc}}，家长群都是我建的。
访谈者：孩子们的名字在表上写得一致吗？
受访者：不一致，都是手填的。有把{{han:赵梓涵}}写成{{spaced:赵 梓 涵}}的，把{{minority/uyghur:阿卜杜瓦伊提·热扎克}}写成{{spaced:阿卜杜瓦伊提 · 热扎克}}的，还有一张写的是{{spaced:钟　离　沐　晨}}。
访谈者：最后您想说什么？
受访者：这些孩子比别的孩子懂事得早。{{han:申家和}}说，老师，我长大了也当老师，我说那你可得比我有耐心。
""")

# H622: Uyghur grandfather from 泽普 selling naan in 扬州 (江苏) with his dead son's three children.
DOCS["H622"] = ("family", """\
访谈者：大叔，您在{{trap/place:扬州}}打馕多少年了？
受访者：六年了。我叫{{minority/uyghur:阿不都克力木·托乎提}}，老家是{{trap/place:泽普}}的，在{{trap/place:东关街}}边上有个小馕坑。大家都叫我{{minority/uyghur:克力木}}大叔。我跟侄子{{minority/uyghur:麦麦提敏·吾斯曼}}一起干，他揉面，我打馕。
访谈者：孩子们是怎么到您这儿的？
受访者：儿子{{minority/uyghur:吐尔洪·阿不都克力木}}前年在{{trap/place:乌鲁木齐}}跑长途，在路上出了车祸，没了。儿媳{{minority/uyghur:帕夏古丽·肉孜}}得了抑郁症，回了{{trap/place:喀什}}娘家，她妈照顾她。三个孩子没人管，我就把他们接到{{trap/place:扬州}}来了。
访谈者：孩子们多大？叫什么？
受访者：大孙女{{minority/uyghur:米热班古丽·吐尔洪}}十三，小名{{minority/uyghur:米热}}。孙子{{minority/uyghur:伊力亚尔吐尔洪}}十岁，户口本上没有点，学校里写的也是连着的。小孙女{{minority/uyghur:努尔阿米娜}}六岁。{{minority/uyghur:米热}}在{{school:扬州市梅岭中学初一（7）班}}，{{minority/uyghur:伊力亚尔吐尔洪}}在{{school:广陵区东关小学四年级（5）班}}，小的在社区幼儿园。
访谈者：孩子们适应吗？
受访者：刚来的时候不适应，听不懂扬州话，吃不惯米饭。{{minority/uyghur:米热}}她现在说普通话比我好多了，还会两句扬州话，逗得客人直笑。孙子在学校踢足球，体育老师{{han:陈志远}}说他跑得快。他班主任{{han:王晓丹}}老师常给我发消息，我不认字，都是{{minority/uyghur:米热}}念给我听。
访谈者：生活上谁帮过你们？
受访者：社区的儿童主任{{han:朱丽君}}，她跑{{trap/org:区民政局}}跑了好几趟，说这种情况叫事实无人抚养，三个孩子每人每月有补助，一人{{trap/number:一千七百六}}。可是户口在{{trap/place:泽普}}，那边的民政也得同意，{{han:朱丽君}}就跟老家的村支书{{minority/uyghur:买买提依明·艾山}}打了好多电话。街道的{{han:徐永平}}主任给我们找了便宜房子。社工站来过两个人，一个叫{{compound:上官芷晴}}，还有一个男的，叫{{compound:太史浩楠}}，给孩子们补课、教游泳。
访谈者：老家还有谁？
受访者：我老伴{{minority/uyghur:阿依先木·买买提}}在{{trap/place:泽普}}看着果园，种核桃和红枣。秋天她把枣子晒干了寄过来，我在馕坑边上摆着卖。侄子的媳妇{{minority/uyghur:热依拉·艾合买提}}在{{trap/place:喀什}}，常去看看儿媳。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我们在扬州的几家新疆人凑一块儿，做{{trap/minority_word:抓饭}}。孩子们想家，我就讲{{trap/famous:阿凡提}}的故事。孙女问我{{trap/famous:鉴真}}是谁，她在课本上看到的，我说你去问老师。
访谈者：您身体怎么样？
受访者：腿有风湿，馕坑边上热，出来一吹风就疼。{{minority/uyghur:克力木}}我老了，打不了几年了，就盼着孩子们快长大。
访谈者：馕坑的生意怎么样？
受访者：还行。早上六点生火，七点开始卖，一天卖两百多个。扬州人喜欢吃芝麻馕、葱花馕，一个卖五块。节假日游客多，一天能卖四百个。侄子手快，一个人能顶两个人。孩子们放了学就来帮忙，大孙女收钱、扫码，孙子往袋子里装馕，小孙女坐在小板凳上看，有客人逗她，她就唱新疆的歌。街坊们都认得我们了，有的大妈专门多买几个，说是给孩子们捧个场。我说谢谢，她们说谢啥，你们一家老老小小大老远来的，不容易。去年夏天太热，馕坑边上五十多度，我中暑晕过去一回，是隔壁卖包子的老板把我送到医院的。急诊的医生{{compound:梁丘一航}}看我说不清汉话，找了个会维吾尔话的护士来翻译，后来还专门到馕坑来看过我一回，买了十个馕，说是给科里的同事尝尝。
访谈者：登记表要写住址和号码。
受访者：在扬州住{{address:广陵区东关街道琼花小区7号楼2单元301室}}，老家在{{address:泽普县依肯苏乡巴格吾斯塘村五组19号}}。我的身份证{{id_number@mold.653124}}，大孙女的{{id_number@wy2012tri.653124}}，派出所的人三个三个念的。我的电话{{mobile@plus86spaced}}，儿媳的电话{{mobile@s74}}。大孙女有微信，叫{{wechat:Mire_1227yz}}。孙子有个QQ，老师让他用来交作业，号码他写在馕坑旁边的墙上了，是{{qq:5823704196}}。
访谈者：名字写得都一样吗？
受访者：不一样。我的名字有写成{{minority/uyghur:阿不都克力木托乎提}}的，连着写；有的表上是{{spaced:阿不都克力木 · 托乎提}}，点两边空着；大孙女被写成{{spaced:米热班古丽 吐尔洪}}，小孙女写成{{spaced:努　尔　阿　米　娜}}。
访谈者：您最大的愿望呢？
受访者：孩子们念好书。{{minority/uyghur:米热班古丽·吐尔洪}}说她想考医学院，回{{trap/place:泽普}}当医生。
""")

# H623: Han court clerk in 崇礼 (张家口) reading a guardianship and child-support case file.
DOCS["H623"] = ("staff", """\
访谈者：您在法院做书记员多久了？
受访者：七年。我叫{{han:李雅静}}，在{{trap/org:崇礼区人民法院}}的民事庭。今天带的是前两年一个变更监护人、追索抚养费的案子，卷宗我一页一页念，你记。
访谈者：好。
受访者：申请人是孩子的外公外婆，外公{{han:苑德厚}}，外婆{{han:刘玉凤}}。被申请人是孩子的父亲{{han:张立强}}。孩子叫{{han:张晴晴}}，九岁，在{{school:崇礼区西湾子镇第二小学三年级（4）班}}。孩子的母亲{{han:苑春梅}}三年前得胃癌去世了。
访谈者：为什么要变更监护？
受访者：{{han:张立强}}他赌博，把房子输了，还欠了一屁股债，一年到头见不着人。孩子跟着外公外婆，可是上户口、办低保、看病签字，都得父亲出面，老人办不了。{{trap/year:2023年}}春天，老人是跟{{han:郄美华}}一起来立的案，她是村里的儿童主任；代理人是县里的法律援助律师{{compound:欧阳靖雯}}。
访谈者：庭审的时候被申请人来了吗？
受访者：第一次没来，公告送达。第二次来了，{{han:张立强}}说他也想管孩子，可是拿不出钱。审判长{{compound:诸葛一鸣}}问他，孩子上几年级，他答不上来。合议庭的另一位法官{{han:荆书文}}又问他孩子生日，他也说不上来。
访谈者：判决是怎么判的？
受访者：变更外公外婆为监护人，父亲每月给付抚养费{{trap/number:八百元}}，到孩子十八岁。执行的时候我们找到他在{{trap/place:张家口}}一个工地上干活，从工资里扣。执行法官叫{{han:廉志军}}。
访谈者：卷宗里的当事人信息是怎么写的？
受访者：我念一下。申请人{{han:苑德厚}}，身份证号{{id_number@mold.130709}}，住{{address:崇礼区西湾子镇水泉村三组6号}}。申请人{{han:刘玉凤}}，身份证号{{id_number@woldhyphen.130709}}。被申请人{{han:张立强}}，身份证号{{id_number@my1984spaced.130709}}，原住{{address:崇礼区西湾子镇长青小区4号楼2单元601室}}，房子已经拍卖了。孩子{{han:张晴晴}}，身份证号{{id_number@wy2015x.130709}}。
访谈者：联系方式呢？
受访者：{{han:苑德厚}}的电话{{mobile@spaced}}，律师的电话{{mobile@plus86}}，律师的微信{{wechat:ouyang_jw_lawyer}}。被申请人留的电话{{mobile@fullwidth}}，打了十几回才接。他还有个QQ，是孩子外婆从他以前的借条上抄来的，号码我念一下，卷宗第十二页，{{qq:1728463590}}。
访谈者：卷宗里的名字写法有问题吗？
受访者：有。老人不识字，签名是村干部代写的，按了手印。申请书上写的是“{{han:苑德厚}}{{han:苑德厚}}”，打印一遍、手签一遍挨在一起。外婆那一栏成了{{spaced:刘 玉 凤}}，孩子在送达回证上是{{spaced:张　晴　晴}}，审判长的名字在笔录上被打成了{{spaced:诸 葛 一 鸣}}，律师的是{{spaced:欧阳 靖雯}}。还有一页，孩子父亲签的是{{spaced:张立 强}}，中间空了一大块。
访谈者：这个案子里还有谁？
受访者：证人是孩子的舅舅{{han:苑春生}}，在{{trap/place:崇礼}}滑雪场开雪地摩托。他说他姐走的时候拉着他的手说，别让孩子跟着那个人。社区的{{han:解文斌}}书记也出了证明。区民政局的{{han:綦海燕}}科长来旁听了。孩子的班主任{{han:宿晓丽}}写了一份情况说明，说孩子上课走神，作文里写“我没有家”。
访谈者：孩子后来怎么样？
受访者：回访的时候去过一次。孩子胖了点，外公给她在院里种了一畦草莓。学校的心理老师{{compound:司徒嘉琪}}每周找她聊一次。外婆说，孩子现在晚上不哭了。她家墙上还贴着我们给的诉讼服务热线{{trap/hotline:12368}}，说有事就打。{{han:张晴晴}}她给法院写了一封信，说谢谢法官阿姨，其实是{{compound:欧阳靖雯}}律师教她写的。
访谈者：这个案子审理时遇到过什么困难？
受访者：最难的是找人。被申请人换了三回手机号，住址也是假的。我们给他老家的村委会打电话，村里说他好几年没回去了。后来是通过他欠钱的人才找到的。还有一个难处是财产，他名下什么都没有，工资也是包工头发现金。执行的时候我们跟工地老板谈，老板答应每月从工资里先扣给孩子。再一个就是老人的身体，外公有心脏病，{{trap/word:宁可}}自己难受也要来，开庭那天在法庭上差点晕过去，庭长让他坐着说话，中间还休庭了一回。案子结了以后，老人拉着我的手说了好多遍谢谢，我说这是法院该做的。
访谈者：这类案子多吗？
受访者：一年七八件。多是父母一方没了，另一方不管。有的是坐牢，有的是出去了不回来。我们跟{{trap/org:区妇联}}、民政局一起，判完了还要回访。我们庭长{{han:宁建业}}常说，我们不是{{trap/famous:狄仁杰}}，可事得查清楚；他还说，判决书是写给孩子的，不是写给大人的。
访谈者：您自己有什么体会？
受访者：卷宗里的每个名字后面都是一个家。录入的时候我特别小心，一个字都不敢错，错了孩子的钱就到不了账。
""")

# H624: Han grandmother in 滦平 (承德, 河北) raising her grandson; her son was crippled at a steel works.
DOCS["H624"] = ("family", """\
访谈者：大娘，您带孙子几年了？
受访者：六年了，孩子四岁就跟着我。我叫{{han:屈凤琴}}，在{{trap/place:滦平}}乡下，{{trap/place:金山岭}}底下那个村。儿子{{han:王立东}}原来在{{trap/place:承德}}钢厂上班，被钢水烫了，两条腿都截了，脑子也受了刺激，现在在县里的养护院住着。儿媳{{han:温小娟}}带着钱走了，听说在{{trap/place:兴隆}}又嫁了人。
访谈者：孙子多大了？
受访者：十岁，叫{{han:王子默}}，小名{{han:金锁}}，是他爷爷起的，说锁住了好养活。{{han:金锁}}在{{school:滦平县巴克什营镇中心小学四年级（1）班}}。他爷爷{{han:王福全}}前年走了，现在就我们祖孙俩。
访谈者：孩子他爸您常去看吗？
受访者：一个月去两回。{{han:王立东}}他有时候认得我们，有时候不认得。{{han:金锁}}也去，给他爸剥橘子，他爸就笑。养护院的{{han:赵秀芝}}院长人好，说有啥难处就找她。
访谈者：家里靠什么过？
受访者：我有低保，孙子按事实无人抚养报的，一个月{{trap/number:一千五百三}}。村里的儿童主任{{han:芦桂香}}婶给办的，跑了好几趟乡里。乡民政所的{{han:孙振江}}所长来家里看过，说房子漏雨，给申请了危房改造。{{trap/org:县民政局}}的{{han:邰明辉}}也来过。镇上社工站有个叫{{compound:慕容婉儿}}的姑娘，还有个{{compound:宇文沛然}}，每个月来陪孩子写作业、做游戏。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:吴丽红}}老师说他算数好，作文差。有一回作文题是《我的爸爸》，他交了白卷。{{han:吴丽红}}老师没批评他，领他去操场走了一圈，后来他写了，写他爸以前骑摩托带他去{{trap/place:潮河}}边钓鱼。
访谈者：亲戚们呢？
受访者：我闺女{{han:王立梅}}和女婿在{{trap/place:北京}}密云，逢年过节回来，给孩子买衣服、买书。她也说，等孩子上初中，接到她那儿去念。可{{han:金锁}}不走，他说要看着奶奶。邻居{{han:甘玉山}}大爷会木匠活，给孩子做了个书桌。村医{{han:佟春来}}每礼拜来给我量血压。
访谈者：您身体怎么样？
受访者：七十二了，高血压，腿也不好。种不了地，院里种点菜。{{han:金锁}}也帮我，放了学就去井边打水、喂鸡。我跟他说，奶奶就盼你好好念书，别学你妈。
访谈者：过年过节呢？
受访者：过年村里送米面。{{han:金锁}}爱听故事，我就给他讲{{trap/famous:康熙}}在{{trap/place:避暑山庄}}的事，都是我小时候听来的。他说奶奶你讲错了，书上不是这样写的。
访谈者：孩子平时跟您说心里话吗？
受访者：说得少。这孩子心重，有啥事都憋着。有一回他在学校让人推了一把，胳膊擦破了，回家拿袖子遮着，是我给他洗衣裳的时候才看见的。我问他咋回事，他说自己摔的。后来还是老师打电话来，我才知道是有个大孩子欺负他，说他没爹没妈。老师把那个孩子的家长叫到学校，人家来家里赔了不是。晚上孩子跟我说，奶奶，我有爹，我爹就是病了。我搂着他哭了一场。打那以后我每天晚上都问他学校里的事，他慢慢也愿意说了。社工姑娘还教我，说孩子说话的时候别打岔，先听他说完，我照着做，还真管用。去年孩子发烧抽了一回风，县医院的{{compound:夏侯若溪}}医生给做了检查，说不是癫痫，是烧得太高了，让我家里常备退烧药。打那以后我床头总放着一支体温表，夜里醒了就摸摸孩子的脑门，真有急事就打{{trap/hotline:120}}。
访谈者：登记表要写地址、号码。
受访者：家在{{address:滦平县巴克什营镇花楼沟村四组23号}}，养护院在{{address:滦平县中兴路街道福康小区3号楼1单元101室}}旁边。我身份证{{id_number@wy1954.130824}}，孙子的{{id_number@my2015spaced.130824}}，儿子的{{id_number@mmidhyphen.130824}}。我的电话{{mobile@plain}}，闺女的{{mobile@p86h}}，闺女的微信{{wechat:wanglimei_my}}。孙子有个QQ，说是上网课用的，号码他写在我的老花镜盒子里：{{qq:660182735}}。
访谈者：表上名字写对了吗？
受访者：有错的。学校表上孙子写成{{spaced:王 子 默}}，养护院把儿子写成{{spaced:王　立　东}}，社工的名字有人写成{{spaced:慕 容 婉 儿}}，还有一张把我写成{{spaced:屈凤 琴}}。
访谈者：您最想说的是什么？
受访者：就盼着我多活几年，看着{{han:金锁}}长大。{{han:王子默}}要是能考上大学，我死了也闭眼了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=617,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout78",))


if __name__ == "__main__":
    main()
