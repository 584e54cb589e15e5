# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 76 (tests/pii/holdout76/H593-H600 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 77, written at the same time by another writer,
is a later set and is not read).

Set 76 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 泰康 (杜尔伯特, 大庆) whose son is in prison and whose daughter-in-law left for 哈尔滨; a Tibetan father in 曲水
(拉萨), a builder whose wife is on dialysis in 拉萨; a Hui father in 伊川 (洛阳, 河南) who runs a beef-soup shop, his
wife dead of cancer and his old mother raising the three children; a Han grandmother in 阳原 (张家口, 河北) whose son
died in a coal mine, raising three grandchildren who go by word nicknames; a Han village doctor in 郏县 (平顶山, 河南)
who keeps up with patients, relatives and officials on WeChat and QQ; a Uyghur mother from 疏勒 running a dried-fruit
shop in 嘉兴 (浙江) with her two children and a nephew, her husband paralysed by a stroke at home; a Han civil-affairs
officer in 怀安 (张家口) reading from his case file; and a Han father in 叶县 (平顶山), a widowed beekeeper who follows
the flowers while his children stay with his mother. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names of four to six characters (朝伦其其格, 额尔敦陶格陶,
嘎拉僧扎布, 乌嫩其木格, 都兰图雅) with short forms after the full name (嘎拉僧, 乌嫩她, 都兰还) and a Han surname
before a Mongolian given name (包哈日查盖, 白嘎日迪) beside the Han names of the same people (白秀琴, 白俊朗); Tibetan
names (次旦欧珠, 索朗西洛, 米玛普尺, 次觉拉宗, 扎堆次仁) with short forms (西洛他, 普尺, 次觉, 扎堆他: a syllable
that is a word) and the Han names of Tibetans (唐旭东, 罗文杰); Hui Han-form names (海建伟, 沙桂兰, 海若曦, 金国强)
beside 经名 (鲁克曼, 胡德也, 扎伊奈卜她, 纳吉布, 耶哈雅他, 乃麦就) and a Han surname before an Arabic name (铁苏莱曼阿訇,
丁伊德里斯, 海努尔丁, 沙萨利赫家); Uyghur given name + father's name with and without the dot (克然木·艾尔肯 and
克然木艾尔肯, 祖力亚提·沙吾提, 阿不都克热木·依明) with short forms (克然木也, 米合日她, 祖力亚提他, 热孜亚); Han word
nicknames, annotated whole (圪蛋也, 糜子就, 酸枣他); Han names with common and rare surnames (邸, 郄, 蔚, 籍, 要, 冀,
姬, 茹, 屈, 廉, 郜, 黑), with titles and kin words, names that contain or end in words (乔满仓, 乔太平, 王平顺,
叶长安, 叶建国, 李秋收, 岳长青, 贾春风, 金保全), names directly before particles and verbs (岳长青那边, 王长胜他们家,
许春来那边, 乔秀梅都, 籍长顺说, 马秋菊她) and after 叫/是/给/跟/找/让; a name written twice (邸文秀邸文秀); names
spaced out character by character, a dotted name with spaces around the dot and names split in two; compound surnames
after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邸文秀}}``, ``{{qq:2748103695}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spacedx.230624}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 队长, 阿訇,
大姐, 婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 他, 她, 他们家,
那边) are outside the span; a word nickname (圪蛋, 糜子, 酸枣) is annotated whole. Han-style names of Mongolian,
Tibetan and Hui people (白秀琴, 唐旭东, 海建伟) are category han; a Han surname before a non-Han given name
(包哈日查盖, 铁苏莱曼, 丁伊德里斯) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout76/make_holdout76.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(76_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "138", "147", "150", "153", "157", "158", "166", "171", "176", "181", "182", "187",
                   "188", "193", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H593: Mongolian grandmother in 泰康 (杜尔伯特, 大庆); her son is in prison, his wife left.
DOCS["H593"] = ("family", """\
访谈者：大娘，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:朝伦其其格}}，汉名叫{{han:白秀琴}}，今年六十七，家在{{trap/place:泰康}}镇北边的村里，祖祖辈辈在{{trap/place:杜尔伯特}}的草甸子上放牛。老头子{{minority/mongolian:额尔敦陶格陶}}前年得肝病走了。儿子{{minority/mongolian:青格乐图}}三年前在{{trap/place:大庆}}喝了酒跟人动手，把人打成重伤，判了六年，现在还在里头。儿媳{{han:刘艳秋}}去{{trap/place:哈尔滨}}打工，头一年还往家寄钱，后来电话也换了。两个孩子就跟着我过。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:嘎拉僧扎布}}十二，学校里用的汉名叫{{han:白俊朗}}，在{{school:杜尔伯特县第三中学初一（2）班}}住校；孙女{{minority/mongolian:乌嫩其木格}}九岁，在{{school:泰康镇第二小学三年级（5）班}}。家里喊孙子{{minority/mongolian:嘎拉僧}}，喊孙女{{minority/mongolian:乌嫩}}。{{minority/mongolian:嘎拉僧}}就是不爱说话，{{minority/mongolian:乌嫩}}她嘴甜，见了谁都喊。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{minority/mongolian:青格乐图}}他进去那年孙子才九岁，学校里有孩子说他爸是劳改犯，他回家把书包一扔就不去了。是班主任{{han:孙晓棠}}老师上门来，坐在炕沿上跟他说了一下午，第二天他才又背上书包。我去监狱看过两回，儿子隔着玻璃哭，说对不起他{{trap/minority_word:额吉}}，对不起两个孩子。
访谈者：这些年谁帮过您？
受访者：村里的儿童主任{{minority/mongolian:都兰图雅}}，她跑前跑后，把俩孩子按事实无人抚养报上去，每人每月{{trap/number:一千二百三}}。{{minority/mongolian:都兰}}还帮我办了低保，一年到头来看好几回。村支书{{minority/mongolian:包哈日查盖}}给我们家修了院墙，换了窗户。乡里的民政助理{{han:于春舟}}来核过三回，量了房子，问了孩子的学习，临走还塞给孙女二十块钱。县社工站来了两个年轻人，姑娘是{{compound:拓跋思雨}}，小伙子叫{{compound:宇文振鹏}}，{{compound:拓跋思雨}}每回都教孙女画画。
访谈者：邻居们呢？
受访者：东院{{minority/mongolian:巴拉珠尔}}家，老两口心眼好。{{minority/mongolian:巴拉珠尔}}说只要他还能动，我家的柴火他包了。他老伴{{minority/mongolian:恩和吉雅}}常给孩子们送{{trap/minority_word:奶皮子}}。西院的{{han:王长胜}}是汉族，冬天帮我掏炕、拉煤，他媳妇{{han:杜凤仙}}大姐给孩子们补衣裳。我侄子{{minority/mongolian:白嘎日迪}}在县医院开救护车，孩子有个头疼脑热，他就拉着去。
访谈者：家里靠什么过日子？
受访者：原先有十几头牛，老头子看病卖了一多半，剩下四头，租给东院一块儿放。地有二十亩，包给别人种玉米，一年给两千块。再加上低保和孩子的补助，吃饭够了，就怕有个大病。孙子去年长个子，一年穿坏三双鞋，我看着心疼，又高兴。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候给孩子们穿上蒙古袍，去给老人磕头。夏天{{trap/place:连环湖}}边上办{{trap/minority_word:那达慕}}，孙子就爱看摔跤。晚上我给他们讲{{trap/famous:嘎达梅林}}的故事，孙女听着听着就睡了。
访谈者：您身体怎么样？
受访者：腿疼，血压高。{{trap/org:乡卫生院}}的{{han:曲晓梅}}大夫每个月来量一回血压，给我开药。最难的是冬天，{{trap/word:白天}}也零下三十度，孙子住校，孙女上学要走二里地，我不放心，天天送。有一回雪大，我摔在沟里起不来，是{{han:王长胜}}他们家的狗叫唤，才把人招来。
访谈者：登记表上要写地址、证件和电话。
受访者：家在{{address:杜尔伯特县泰康镇前锋村三组18号}}，儿媳原先在城里租的房子是{{address:让胡路区银浪街道和谐小区5号楼2单元402室}}。我的身份证是{{id_number@wy1958.230624}}，孙子的{{id_number@my2013spacedx.230624}}。我的电话{{mobile@plain}}，{{minority/mongolian:都兰图雅}}的电话{{mobile@s38}}，她的微信是{{wechat:dulan_tuya0611}}。孙子有个QQ，他偷偷拿这个跟他在{{trap/place:哈尔滨}}的妈说话，号码写在他日记本皮上：{{qq:2748103695}}。
访谈者：孩子们在学校怎么样？
受访者：孙子数学好，老师说能考到{{trap/place:大庆}}的高中。孙女爱唱歌，{{trap/minority_word:长调}}是跟我学的。{{han:孙晓棠}}老师说，孩子要是有人管着，一点不比别人差。
访谈者：表上名字写得对吗？
受访者：不对的多。学校表上孙子是{{spaced:嘎 拉 僧 扎 布}}，孙女是{{spaced:乌嫩 其木格}}，低保表上我成了{{spaced:朝　伦　其　其　格}}，户口本上的汉名又写成{{spaced:白 秀 琴}}。
访谈者：您最大的心愿是什么？
受访者：盼儿子早点出来，好好做人，把两个孩子接过去。我老了，能带一天是一天。孙子前些天跟我说，奶奶你别怕，我长大了当警察，不让人再打架。我听了半宿没睡着。
""")

# H594: Tibetan father in 曲水 (拉萨); his wife is on dialysis, three children and his old mother.
DOCS["H594"] = ("family", """\
访谈者：您家里几口人？
受访者：六口。我叫{{minority/tibetan:次旦欧珠}}，四十五岁，家在{{trap/place:曲水}}县城南边的村里，种青稞，农闲在工地上砌墙。工地上的汉族老板嫌我名字长，给我起了个汉名叫{{han:唐旭东}}，工资单上写的也是这个。老婆{{minority/tibetan:巴桑次珍}}前年查出尿毒症，一个礼拜去{{trap/place:拉萨}}透析三回，人瘦得只剩一把骨头。阿妈{{minority/tibetan:琼达拉珍}}七十二了，眼睛也不好。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/tibetan:索朗西洛}}十四，在{{school:曲水县中学初二（3）班}}住校；二女儿{{minority/tibetan:米玛普尺}}十岁，在县城的小学念四年级；小女儿{{minority/tibetan:次觉拉宗}}六岁，上村里的幼儿园。家里喊{{minority/tibetan:西洛}}、{{minority/tibetan:普尺}}、{{minority/tibetan:次觉}}。{{minority/tibetan:西洛}}他懂事，放假回来就下地；{{minority/tibetan:普尺}}跟着奶奶转经，{{minority/tibetan:次觉}}还小，整天黏着她阿妈。
访谈者：您爱人生病以后，谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:白玛尼珍}}，她给三个孩子报了困境儿童，每人每月{{trap/number:九百八十五}}，又帮我们家报了低保。村支书{{minority/tibetan:旺堆群培}}去{{trap/org:县民政局}}跑了两趟，给老婆申请了大病救助。乡里的民政专干{{minority/tibetan:扎堆次仁}}每季度来入户，{{minority/tibetan:扎堆}}他说话慢，可记得清楚，谁家缺什么他本子上都有。驻村工作队的{{han:郭振宇}}队长是{{trap/place:山东}}来的，给孩子们买过书包。援藏医生{{han:钟雅婷}}大夫在县医院，每回老婆从拉萨回来，她都来家里看。
访谈者：社工来过吗？
受访者：来过。援藏的社工有两个，女的叫{{compound:欧阳沁瑶}}，跟她一起的是{{compound:司马骏驰}}。他们在村委会办了个周末课堂，{{compound:欧阳沁瑶}}教孩子们念汉语课文，{{compound:司马骏驰}}带着男孩子踢球。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/tibetan:嘎玛赤列}}在{{trap/place:色拉寺}}当僧人，每月托人捎点钱回来。妹妹嫁给了{{trap/place:四川}}来的汉族，外甥有两个名字，藏名{{minority/tibetan:顿旦诺布}}，汉名叫{{han:罗文杰}}。外甥今年考上了大学，放假回来给大儿子补数学。
访谈者：孩子们在学校怎么样？
受访者：大儿子的班主任{{minority/tibetan:强巴加措}}老师说，孩子成绩中上，就是心思重，晚上睡不着。学校的心理老师{{han:蔺晓静}}找他谈过几回。二女儿爱画画，画的都是{{trap/place:雅鲁藏布江}}边上的柳树。
访谈者：您爱人透析的时候，家里怎么安排？
受访者：透析那天早上六点就得走，先坐班车到拉萨，做完四个钟头，再坐下午的车回来，到家天都黑了。我在工地上走不开，大儿子放假的时候就是他陪着去，十四岁的孩子，挂号、交费、拿药都会了。护士跟他熟了，叫他小大人。他回来跟我说，阿爸，阿妈扎针的时候不哭，我也不哭。我听了心里难受，又说不出话来。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}全家在一起，阿妈炸{{trap/minority_word:卡赛}}，孩子们最高兴。夏天{{trap/minority_word:望果节}}，村里转田、过{{trap/minority_word:林卡}}。阿妈给孩子们讲{{trap/famous:唐东杰布}}修铁索桥的故事，说过河的人都要念着他。
访谈者：日子上最难的是什么？
受访者：钱。透析报了大头，路费、吃住都是自己的。我一个月有二十天在工地上，阿妈一个人带三个孩子，她眼睛看不清，有一回把药拿错了。后来儿童主任给我们想了个办法，把药按天分好，装在小盒子里，一天一格，阿妈摸着就知道。邻居家的媳妇天天过来看一眼，说邻居就是一家人。今年村里的合作社收青稞，价钱比往年高，我们家的青稞卖了六千多，够老婆两个月的路费了。
访谈者：请说一下登记信息。
受访者：家在{{address:曲水县曲水镇茶巴拉村四组11号}}，老婆在拉萨透析时租的房子是{{address:城关区纳金街道康桑小区2号楼1单元301室}}。我的身份证{{id_number@my1979.540124}}，二女儿的{{id_number@wy2015hyphen.540124}}。我的电话{{mobile@spaced}}，{{minority/tibetan:白玛尼珍}}的电话{{mobile@plus86}}，她的微信是{{wechat:pemanyidron_qs}}。大儿子有个QQ，说是学校交作业用的，号码他写在我手机壳后面了：{{qq:906375142}}。
访谈者：表上的名字对吗？
受访者：藏族名字汉字写法多，表上有{{spaced:索 朗 西 洛}}，有{{spaced:米玛 普尺}}，阿妈成了{{spaced:琼　达　拉　珍}}。
访谈者：您最盼什么？
受访者：盼老婆能排上换肾，盼孩子们念书念出去。大儿子说他想当医生，回曲水来给人看病，那样他阿妈就不用跑拉萨了。
""")

# H595: Hui father in 伊川 (洛阳, 河南); his wife died, three children and his old mother.
DOCS["H595"] = ("family", """\
访谈者：海师傅，您先说说家里的情况。
受访者：我叫{{han:海建伟}}，经名{{minority/hui:鲁克曼}}，今年四十一，在{{trap/place:伊川}}县城开了个牛肉汤馆。老婆{{han:丁秀芬}}，经名{{minority/hui:鲁格彦}}，前年得乳腺癌走了，留下三个孩子。我娘{{han:沙桂兰}}七十了，经名叫{{minority/hui:赛麦}}，孩子们主要是她带。
访谈者：孩子们多大？
受访者：老大{{han:海梓轩}}十三，经名{{minority/hui:胡德}}，在{{school:伊川县第二初级中学初一（4）班}}；老二是闺女，{{han:海若曦}}，经名{{minority/hui:扎伊奈卜}}，十岁，在镇上的回民小学念四年级；老三{{han:海子墨}}才五岁，经名{{minority/hui:纳吉布}}。家里都叫经名，{{minority/hui:胡德}}也好，{{minority/hui:纳吉布}}也好，他奶奶喊起来顺口。
访谈者：孩子们妈妈走了以后，家里怎么过？
受访者：难。汤馆凌晨三点就得起来熬骨头，我顾不上孩子。{{minority/hui:扎伊奈卜}}她妈走的时候她才八岁，夜里老哭，半年不说话。我娘就搂着她睡。{{minority/hui:胡德}}跟他妈最亲，他妈住院那阵子，他放学就往{{trap/place:洛阳}}的医院跑，坐一个钟头的公交。
访谈者：谁帮过你们？
受访者：寺里的{{minority/hui:铁苏莱曼}}阿訇，他跟乡老们商量，{{trap/org:清真寺}}每月从{{trap/minority_word:乜贴}}里给我们家留一份。社区的儿童主任{{han:穆晓岚}}帮着把三个孩子报了困境儿童，每人每月{{trap/number:六百二十}}。社区书记{{han:金保全}}给我们家报了低保。{{trap/org:县民政局}}的人来家里核过，说我这情况够条件。县里社工站派来两个人，一个叫{{compound:慕容晓萱}}，一个是{{compound:公孙建业}}，{{compound:慕容晓萱}}每礼拜六来给闺女做心理辅导。
访谈者：亲戚们呢？
受访者：我小舅子{{minority/hui:丁伊德里斯}}在{{trap/place:郑州}}开拉面馆，每年给孩子们寄学费。他媳妇{{han:白秀娥}}说，孩子们放暑假就去郑州，她管吃管住。我堂哥{{minority/hui:海努尔丁}}跟我一起干汤馆，早上替我送孩子上学。他就是嘴笨，心好。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:黑永红}}老师是回族，对他特别上心，说他语文好，作文写过他妈。闺女的班主任给她调了座位，跟班长坐一桌。老三在幼儿园，园长{{han:马淑贞}}说他爱抢别人的积木，我说这孩子没妈管，您多担待。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我娘炸{{trap/minority_word:油香}}，孩子们穿上新衣服去寺里。阿訇给孩子们讲{{trap/famous:郑和}}下西洋，讲{{trap/famous:白居易}}晚年住在{{trap/place:香山}}，说咱伊河边上出过大诗人。
访谈者：汤馆的生意怎么样？
受访者：还行，一天能卖一百多{{trap/word:海碗}}。冬天好，夏天差。我一个人又熬汤又算账，忙不过来，闺女放了学就来帮着收碗，我不让她干，她偏要干，说妈在的时候她就干。有熟客知道我家的事，吃完了多放十块钱，我追出去还，人家说给孩子买本子。
访谈者：您娘带三个孩子，吃得消吗？
受访者：吃不消也得吃。她每天五点起来做礼拜，然后给孩子们做早饭，送老三去幼儿园，回来洗衣裳。中午孩子们在学校吃，晚上回来她盯着写作业，她不识字，就坐在旁边看着，谁写得慢了就拿扇子敲桌子。礼拜五我歇半天，带她去寺里，那是她一个礼拜最高兴的时候。家里有啥难事，我就去找{{han:金保全}}，他从来不推。
访谈者：您自己身体呢？
受访者：腰不好，站一天汤锅腰就直不起来。{{trap/org:乡卫生院}}的大夫给我扎过针。我最怕的是我娘病倒，她要是倒了，这个家就散了。街坊{{minority/hui:沙萨利赫}}家的{{han:马秋菊}}婶常过来帮着和面，{{han:马秋菊}}她也是寡妇，知道一个人拉扯孩子的苦。
访谈者：登记表要填地址和号码。
受访者：家在{{address:伊川县城关镇东街回民小区3号楼2单元201室}}。我的身份证{{id_number@my1984.410329}}，老大的{{id_number@my2012quad.410329}}。我的电话{{mobile@hyphen}}，{{han:穆晓岚}}的电话{{mobile@s434}}，她的微信{{wechat:muxiaolan_yc}}。老大有个QQ，他在上面跟他妈的照片说话，号码他写在汤馆的账本上了：{{qq:1603958247}}。
访谈者：表上名字写得对吗？
受访者：经名是音译，各写各的。闺女写成{{spaced:扎伊 奈卜}}，老大写成{{spaced:海 梓 轩}}，我娘成了{{spaced:沙　桂　兰}}，阿訇在表上是{{spaced:铁 苏 莱 曼}}。
访谈者：您最盼什么？
受访者：盼孩子们念成书，别像我一样守一辈子汤锅。老大说他想考师范，回伊川当老师，我说行，只要你肯念，爹砸锅卖铁也供。
""")

# H596: Han grandmother in 阳原 (张家口, 河北) raising three grandchildren who go by word nicknames.
DOCS["H596"] = ("family", """\
访谈者：大娘，您家几口人？
受访者：五口。我叫{{han:郝翠莲}}，今年六十六，在{{trap/place:阳原}}县{{trap/place:桑干河}}边上的村里。老头子{{han:乔满仓}}腿残了，{{trap/org:县残联}}给办的三级残疾证。儿子{{han:乔建设}}前年在{{trap/place:大同}}的煤窑里出了事，没救过来。儿媳{{han:要春燕}}改嫁到{{trap/place:宣化}}，走的时候哭着说对不起。三个孙子孙女就跟着我们老两口。
访谈者：孩子们多大？叫什么？
受访者：大孙子{{han:乔宇轩}}十三，小名叫{{han:圪蛋}}；孙女{{han:乔雨萱}}十岁，小名叫{{han:糜子}}；小孙子{{han:乔天佑}}七岁，我们叫他{{han:酸枣}}。{{han:圪蛋}}在{{school:阳原县第四中学初一（3）班}}，{{han:糜子}}和{{han:酸枣}}在镇上的小学念四年级和一年级。
访谈者：孩子们听话吗？
受访者：{{han:圪蛋}}说话像个大人，{{han:圪蛋}}也知道家里难，星期天回来就给他爷爷劈柴。{{han:糜子}}就爱哭，哭完了还帮我择菜。{{han:酸枣}}都七岁了还尿炕，{{han:酸枣}}他就是想他爸。
访谈者：这些年谁帮过你们？
受访者：村里的儿童主任{{han:温翠花}}，比我小二十岁，腿脚勤快。她说这三个孩子算事实无人抚养，每人每月{{trap/number:一千一百零五}}。村支书{{han:籍振华}}给我们家报了低保，又给修了房顶。乡里民政所的{{han:岳长青}}所长来核过两回。{{han:岳长青}}那边说，孩子上高中也有补助。{{trap/org:乡卫生院}}的大夫给老头子看腿，不收挂号费。
访谈者：学校呢？
受访者：{{han:圪蛋}}的班主任叫{{han:贾春风}}，年轻后生，常给我打电话。{{han:糜子}}的老师给她织过一顶帽子。县社工站的{{compound:赫连静怡}}每个月来一趟，同来的还有{{compound:闾丘鹏程}}，给孩子们带书，教孩子们跳绳。
访谈者：亲戚们帮不帮？
受访者：我闺女{{han:乔秀梅}}嫁到{{trap/place:蔚县}}，她家也紧巴，都是过年才回来，回来就给孩子们买新衣裳。老头子的侄子{{han:乔太平}}在村里开小卖部，孩子们买本子铅笔他不要钱。邻居{{han:武玉兰}}大姐跟我一块儿在地里，她说{{trap/word:要是}}我病了，孩子们上她家吃饭。
访谈者：儿媳妇还来看孩子吗？
受访者：来过两回。{{han:要春燕}}她带了{{trap/place:宣化}}的葡萄来，三个孩子都不跟她说话。我说，{{trap/word:要是}}心里有孩子，就常来看看。她后来嫁的男人也实在，说孩子{{trap/word:要是}}愿意，可以去那边过暑假。
访谈者：大孙子上初中以后怎么样？
受访者：去年他闹着不念了，说要去大同打工，给家里挣钱。我哭了一场，老头子拿拐棍要打他。后来是{{han:贾春风}}老师骑着摩托来家里，跟他在院子里说了半天，说你爸要是在，最想看你念大学。{{han:乔秀梅}}都从蔚县赶回来了，姑侄俩抱着哭。第二天一早，孩子自己把书包收拾好，坐上了去县城的班车。现在他每个礼拜往家打一回电话，问爷爷的腿，问妹妹弟弟听不听话。
访谈者：家里的地谁种？
受访者：六亩地，种谷子和土豆，我一个人种。老头子坐在地头给我递水。秋天收谷子的时候，村里几个年轻人来帮着割，一天就割完了。冬天冷，一冬要烧两吨煤，煤钱是村里给补的。我最怕的是开春青黄不接，孩子们长身体，一顿饭能吃三个馒头。
访谈者：过节呢？
受访者：正月里闹社火，孩子们跟着看。我给他们讲{{trap/famous:愚公}}移山的故事，说咱家的难处就是座山，一锨一锨挖。{{trap/place:泥河湾}}有个博物馆，学校组织去过，大孙子回来说咱这儿一百万年前就有人了。
访谈者：登记表上的信息？
受访者：家在{{address:阳原县东城镇西堡村二组27号}}。我的身份证{{id_number@wy1959.130727}}，大孙子的{{id_number@my2012fullwidth.130727}}。我的电话{{mobile@plain}}，{{han:温翠花}}的{{mobile@h38}}，她微信{{wechat:wencuihua_xb}}。{{han:圪蛋}}有个QQ，他说是跟班主任交作业的，号码我让他写在挂历上了，你看：{{qq:39081627}}。
访谈者：表上名字写得对吗？
受访者：不对。有的写成{{spaced:乔 宇 轩}}，有的写成{{spaced:乔雨 萱}}，我成了{{spaced:郝　翠　莲}}，社工的名字写成{{spaced:赫 连 静 怡}}。
访谈者：您最盼什么？
受访者：盼孩子们长大，念书念出去。我和老头子能熬一天是一天。老头子说，等小孙子上了初中，他就把家里那几只羊卖了，给孩子们一人存一笔钱。我说你那腿还得看呢，他说他的腿不值钱，孩子的书值钱。
""")

# H597: Han village doctor in 郏县 (平顶山, 河南) who keeps up with patients, relatives and officials on WeChat and QQ.
DOCS["H597"] = ("doctor", """\
访谈者：冀大夫，您在村里行医多少年了？
受访者：二十六年。我叫{{han:冀建民}}，在{{trap/place:郏县}}西边的村卫生室，管着三个自然村。村里困境儿童家的大人孩子都在我这儿看病，我手机里存着他们的微信、QQ，谁家有事我第一个知道。
访谈者：能说说有哪些孩子吗？
受访者：头一家是{{han:姬长河}}家，他在{{trap/place:平顶山}}的煤矿上砸断了腰，瘫在床上，老婆{{han:茹玉霞}}一个人种六亩地。闺女{{han:姬梦瑶}}十二，在{{school:郏县第三初级中学初一（5）班}}；儿子{{han:姬浩然}}八岁，去年查出白血病，在{{trap/place:郑州}}住院化疗。{{han:茹玉霞}}的微信是{{wechat:ruyuxia_0925}}，孩子每回化疗完，她都给我发血常规的单子，我帮她看。{{han:姬长河}}他褥疮是我上门换药，一礼拜三回。
访谈者：第二家呢？
受访者：第二家是回民，{{han:金国强}}，经名{{minority/hui:耶哈雅}}，在{{trap/place:许昌}}的工地上干活，老婆{{han:马凤芝}}，经名{{minority/hui:海乃拜}}，有癫痫，离不开药。他俩的闺女{{han:金雨桐}}，经名{{minority/hui:乃麦}}，九岁，在镇上的回民小学念三年级。{{minority/hui:耶哈雅}}他一年回来两趟，在微信上问我他老婆的药够不够，他的微信叫{{wechat:jinguoqiang_xc}}。{{minority/hui:乃麦}}就是懂事，她娘犯病了，她会把娘的头侧过来，再给我打电话。
访谈者：第三家？
受访者：第三家是留守的，{{han:鲁保山}}两口子在{{trap/place:广州}}做家具，三个孩子跟奶奶{{han:屈桂香}}。老大{{han:鲁子豪}}有哮喘，晚上一犯病，奶奶就让他在QQ上找我，他的QQ是{{qq:1284730965}}。孩子的爸在广州，我有啥情况就在QQ上跟他说，他的号码我记在处方本背面了，是{{qq:2950617384}}。
访谈者：村里谁管这些孩子？
受访者：儿童主任{{han:孔令娟}}，她跟我一个群里，群名叫“村里娃娃”。{{han:孔令娟}}也是一有事就在群里喊。村支书{{han:王平顺}}，乡民政所的所长，{{trap/org:乡卫生院}}的院长，都在这个群里。县里社工站派了两个社工，女的叫{{compound:司徒雅琪}}，男的是{{compound:东方皓轩}}，他们也进了群。{{compound:东方皓轩}}每个月来给孩子们上一回健康课。
访谈者：您觉得微信群有用吗？
受访者：有用。去年冬天老太太半夜里摔了，孙子在群里喊，{{han:孔令娟}}她开着电动车先到，我背着药箱后脚就到了。有的老人不会用微信，就让孩子给我打电话。我跟孩子们说，大夫的电话你们都要背下来。
访谈者：这些孩子平时身体怎么样？
受访者：营养跟不上的多。我跟{{han:王平顺}}说过，村里给这几家每月送一箱牛奶，后来乡里也出了钱。{{trap/org:县妇联}}的同志来看过，给孩子们量了身高体重，说要长期跟。白血病那个孩子，骨髓配型配上了他姐姐，移植做完半年了，现在每个月去郑州复查一回，路费是县里的大病救助出的。
访谈者：您自己累不累？
受访者：累。村医就我一个，我老婆{{han:常翠英}}帮着抓药、打针。我跟孩子们讲{{trap/famous:华佗}}、讲{{trap/famous:苏轼}}埋在咱们{{trap/place:三苏园}}，就是想让他们知道，家里再难，也得念书。我{{trap/word:常常}}半夜出诊，老婆说我比当年的赤脚医生还忙。
访谈者：村卫生室的条件怎么样？
受访者：前年翻修过，有了观察床和制氧机。药是乡里统一配的，慢病的药基本都有。就是人手不够，我一个人要管签约、随访、打疫苗，还要上报，手机一天到晚响。好在孩子们都认得我，路上碰见了喊一声大夫爷爷，我就不觉得累了。
访谈者：登记这些家的信息，您能说一下吗？
受访者：头一家在{{address:郏县堂街镇东姬村四组15号}}，第二家在{{address:郏县龙山街道回民新村7排3号}}。白血病那个孩子的身份证{{id_number@my2017hyphen.410425}}，孩子妈妈的{{id_number@w.410425}}。{{han:茹玉霞}}的电话{{mobile@spaced}}，儿童主任的电话{{mobile@plus86dash}}，她的微信{{wechat:konglingjuan_jx}}。
访谈者：表上名字有没有写错的？
受访者：有。新农合的表上，{{han:姬浩然}}写成了{{spaced:姬 浩 然}}，{{minority/hui:耶哈雅}}写成了{{spaced:耶 哈 雅}}，社工签字的地方成了{{spaced:司　徒　雅　琪}}。
访谈者：您最大的心愿？
受访者：盼{{han:姬浩然}}的病能好，盼这些孩子长大了，有一个回来当大夫。村里的老人越来越多，年轻人都出去了，往后谁来给他们看病，我心里没底。
""")

# H598: Uyghur mother running a dried-fruit shop in 嘉兴 (浙江), her family from 疏勒 (喀什).
DOCS["H598"] = ("family", """\
访谈者：大姐，您在嘉兴多少年了？
受访者：九年了。我叫{{minority/uyghur:阿依加马丽·托合提}}，老家在{{trap/place:疏勒}}，在{{trap/place:嘉兴}}{{trap/place:南湖}}边上开了个干果店，卖{{trap/minority_word:葡萄干}}、核桃仁、{{trap/minority_word:巴旦木}}。丈夫{{minority/uyghur:艾尔肯·阿不来提}}前年在店里搬货时中风了，半边身子不能动，回老家让他妈照顾。他妈{{minority/uyghur:热孜亚·阿不来提}}，不对，那是他妹妹，他妈叫{{minority/uyghur:布威海热·吾斯曼}}。{{minority/uyghur:热孜亚}}在{{trap/place:喀什}}当护士，常回去看她哥哥。
访谈者：孩子们呢？
受访者：两个孩子跟着我在这边。儿子{{minority/uyghur:克然木·艾尔肯}}十二，在{{school:南湖区新兴小学六年级（3）班}}；闺女{{minority/uyghur:米合日古丽·艾尔肯}}八岁，在同一个学校念二年级。家里叫{{minority/uyghur:克然木}}、{{minority/uyghur:米合日}}。{{minority/uyghur:克然木}}也帮着看店，放了学就过来称货；{{minority/uyghur:米合日}}她汉语比我好，给客人算账。
访谈者：还有一个孩子？
受访者：对，我侄子{{minority/uyghur:祖力亚提·沙吾提}}，十四岁，也在我这儿。他爸{{minority/uyghur:沙吾提·卡地尔}}是我姐夫，在疏勒开拖拉机翻了车，腿截了；我姐姐{{minority/uyghur:布阿依夏木·托合提}}有尿毒症。两口子都顾不上孩子，我就把{{minority/uyghur:祖力亚提}}接过来了。{{minority/uyghur:祖力亚提}}他在{{school:嘉兴市第一中学初二（6）班}}读书，成绩不错。
访谈者：在嘉兴谁帮过你们？
受访者：社区的儿童主任{{han:沈丽华}}，她帮着给孩子们办了借读，又帮我申请了临时救助。{{han:沈丽华}}说，户口不在这边也能报困境儿童，她去街道问了好几回。社区书记{{han:钱建明}}给我减了一年的摊位费。房东{{han:陆阿根}}说房租晚交几天不要紧。学校的{{han:褚晓雯}}老师每个礼拜给闺女补语文。街道社工站有个{{compound:上官逸飞}}，还有{{compound:令狐晓芸}}，她们在社区给少数民族孩子办了个周末班。
访谈者：老家那边呢？
受访者：村里的儿童主任{{minority/uyghur:阿不都克热木·依明}}，每个月去我姐姐家看一回，给我发视频。他说我姐姐的低保办下来了，每月{{trap/number:八百六十}}，孩子的困境儿童补助每月{{trap/number:一千零二十}}，钱打到我这边的卡上。{{trap/org:县民政局}}的{{han:刘建疆}}科长也打过电话。
访谈者：孩子们想家吗？
受访者：想。儿子说想他爸，想吃他奶奶做的{{trap/minority_word:抓饭}}。{{trap/minority_word:肉孜节}}我们在店里包{{trap/minority_word:薄皮包子}}，请社区的人来吃。我给孩子们讲{{trap/famous:阿凡提}}的故事，讲{{trap/famous:玉素甫·哈斯·哈吉甫}}写的书，说咱们喀什出过大学问家。
访谈者：孩子们在这边上学顺利吗？
受访者：刚来的时候难。儿子汉语不好，上课听不懂，回家就哭，说要回疏勒。老师让班上的同学一对一帮他，一个学期下来，他作文都能写满一页了。侄子要中考，户口不在这边，社区帮着问了教育局，说可以在这边考，只是填志愿有限制。闺女最快，半年就跟同学一样了，还在学校的元旦晚会上跳了舞，老师拍了视频，我发给她爸看，她爸在床上看了一遍又一遍。
访谈者：您一个人怎么忙得过来？
受访者：忙不过来也得忙。早上五点去批发市场，晚上十点关门。我弟弟{{minority/uyghur:麦麦提敏·托合提}}在{{trap/place:义乌}}做生意，周末来帮一天。隔壁卖茶叶的{{han:沈国平}}大哥帮我看着孩子们写作业。店里的货是老家的亲戚发过来的，红枣、杏干、无花果，这边的人爱吃。生意好的时候一个月能挣七八千，一半寄回老家给丈夫看病、给姐姐透析。
访谈者：登记表要写住址和号码。
受访者：我们住在{{address:南湖区新兴街道紫薇小区6号楼1单元503室}}，老家在{{address:疏勒县罕南力克镇托万克村3组21号}}。我的身份证{{id_number@wy1986hyphen.653122}}，侄子的{{id_number@my2011spaced.653122}}。我的电话{{mobile@plus86spaced}}，{{han:沈丽华}}的{{mobile@fws}}，她微信{{wechat:shenlihua_xx}}。我的微信是{{wechat:Ayjamal_ganguo}}。侄子有个QQ，说跟老家的同学聊天，号码我记在进货本上了，念给你：{{qq:3071526984}}。
访谈者：表上的名字对吗？
受访者：各种写法。有{{minority/uyghur:克然木艾尔肯}}，没有点；有{{spaced:祖力亚提 沙吾提}}，中间空一格；闺女写成{{spaced:米合日古丽 · 艾尔肯}}，点两边都空着；侄子还被写成{{spaced:祖 力 亚 提}}。
访谈者：您最大的心愿？
受访者：盼丈夫能站起来，盼三个孩子都考上大学。等店里的生意再稳一点，我想把丈夫接过来，在这边做康复。
""")

# H599: Han civil-affairs officer in 怀安 (张家口, 河北) reading from his case file.
DOCS["H599"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：今年新认定的困境儿童的档案。我叫{{han:樊志刚}}，在{{trap/place:怀安}}县{{trap/org:民政局}}儿童福利股干了十一年。我一份一份念，念到号码你对着表记。
访谈者：好。
受访者：第一份，申请人{{han:邸文秀}}，女，六十三，{{trap/place:柴沟堡}}镇人。儿子{{han:邸建兵}}吸毒，强制隔离戒毒两年；儿媳{{han:申小红}}去{{trap/place:北京}}做保姆，五年没回来。孙女{{han:邸思雨}}十一岁，在{{school:怀安县柴沟堡第一小学五年级（3）班}}。表上申请人的名字写了两遍，“{{han:邸文秀}}{{han:邸文秀}}”，是村文书录的时候粘重了。家庭住址{{address:怀安县柴沟堡镇南关村三组41号}}，申请人身份证{{id_number@wy1962.130728}}，电话{{mobile@p86n}}。
访谈者：第二份呢？
受访者：第二份，{{han:聂长福}}，男，四十七，肺癌晚期。老婆是蒙古族，叫{{minority/mongolian:锡林花}}，{{trap/place:兴和}}那边嫁过来的，有精神病，犯病了不认人。两个孩子，大的{{han:聂子涵}}十四，上初二；小的九岁，上三年级。{{minority/mongolian:锡林花}}她娘家哥哥{{minority/mongolian:伊拉古}}来过一回，说要把妹妹接回去，孩子他不管。{{han:聂长福}}他自己说，他走了以后孩子托给他堂弟。住址{{address:怀安县左卫镇东王家庄村五组8号}}，{{han:聂长福}}的身份证{{id_number@my1978spaced.130728}}。
访谈者：第三份？
受访者：第三份是孤儿，{{compound:欧阳佳琪}}，十二岁，爸妈前年在{{trap/place:万全}}出车祸一起走了，跟着姥姥。姥姥家住{{address:怀安县怀安城镇北街村二组19号}}。孩子的身份证{{id_number@wy2013hyphen.130728}}，姥姥的电话{{mobile@s74}}。孤儿基本生活费每月{{trap/number:一千五百八十}}，{{trap/number:2024年}}三月起发。孩子在{{school:怀安城镇中心小学六年级（2）班}}，班主任{{han:苗秀芳}}老师每周去家里看一回。
访谈者：第四份？
受访者：第四份，{{han:郄国庆}}，男，三十九，聋哑，{{trap/org:县残联}}登记的一级听力残疾。老婆智力残疾。儿子{{han:郄小满}}七岁，跟着八十一岁的奶奶。这一户是村支书{{han:籍长顺}}报上来的，{{han:籍长顺}}说孩子一天就吃两顿。我们入户那天，孩子光着脚在院子里追鸡。
访谈者：第四户后来怎么样了？
受访者：批下来以后，我们让{{han:籍长顺}}每个礼拜去看一回，给孩子送了两身衣裳、一双棉鞋。乡里给他们家接了自来水，老太太不用再去井上挑水了。孩子今年上了一年级，老师说他不会说话，其实是家里没人跟他说，他爸妈都说不了，奶奶耳朵也背。现在学校给他配了个手语老师，孩子学得快，回家教他爸比划，一家人总算能说上话了。
访谈者：这些案子都是谁在跟？
受访者：股里三个人，我，同事{{compound:尉迟振华}}，还有{{compound:长孙美玲}}。乡镇上的民政助理，柴沟堡是{{han:蔚丽娜}}。{{han:蔚丽娜}}她最细，一户一户拍照片。{{trap/org:县妇联}}管女童的事，第一份那个孙女就是妇联跟着。我们还请了县社工站的{{compound:巫马承泽}}给{{compound:欧阳佳琪}}做哀伤辅导。
访谈者：认定一户要走哪些手续？
受访者：先是家里人或者村里提出申请，村里的儿童主任入户，填表、拍照，村委会开会评议，公示七天。然后乡镇审核，报到我们股里，我们再抽查入户。有残疾的要看残疾证，有服刑、戒毒的要司法部门出证明，失联的要派出所出具查找不到的说明。材料齐了，一个月就能批下来。
访谈者：档案上的名字写得规范吗？
受访者：不规范。手填的表，有的把{{han:邸文秀}}写成{{spaced:邸 文 秀}}，有的把孤儿写成{{spaced:欧 阳 佳 琪}}，还有{{spaced:聂长 福}}、{{spaced:锡　林　花}}、{{spaced:郄　国　庆}}。系统里只认身份证上的写法，差一个空格都过不去，我们年底一个一个改。
访谈者：微信都登记了吗？
受访者：登记了。{{han:蔚丽娜}}的微信{{wechat:weilina_cgb}}，我们工作上有事都在上面说。第二份那个大闺女有个QQ，她说想爸爸的时候就在上面写日记，号码在申请表背面，她自己写的：{{qq:5862041397}}。
访谈者：这些孩子以后怎么办？
受访者：能上学的都上学，上高中、上大学有助学金。{{han:聂长福}}那一户最叫人揪心，他跟我说，只要孩子有人管，他走也闭得上眼。我们跟他堂弟谈过，签了委托照护协议，每个月去看。
访谈者：您做这个工作最大的感受？
受访者：孩子的事等不得。{{trap/word:申请}}材料里缺一样，孩子就晚一个月拿到钱，所以我们宁可自己多跑一趟。
""")

# H600: Han father in 叶县 (平顶山, 河南) who keeps bees and follows the flowers, his children left at home.
DOCS["H600"] = ("family", """\
访谈者：大哥，您养蜂多少年了？
受访者：十八年了。我叫{{han:叶长安}}，家在{{trap/place:叶县}}{{trap/place:昆阳}}镇边上的村里，养了一百二十箱蜂。每年开春在家门口采{{trap/word:槐花蜜}}，五月拉到{{trap/place:陕西}}，七月到{{trap/place:青海}}采油菜花，一走就是大半年。老婆{{han:李素芳}}前年得了红斑狼疮，走了。
访谈者：孩子们呢？
受访者：三个。大闺女{{han:叶欣然}}十五，在{{school:叶县第一高级中学高一（7）班}}；儿子{{han:叶子轩}}十一，有癫痫，在{{school:昆阳镇第三小学五年级（4）班}}；小闺女{{han:叶小满}}六岁。我出去放蜂，孩子们就跟着我娘{{han:崔秀英}}。{{han:叶欣然}}她周末回来，洗衣裳、做饭，跟个小大人一样。
访谈者：孩子的病怎么样？
受访者：{{han:叶子轩}}一个月犯一两回，一犯就抽。{{trap/org:乡卫生院}}的{{han:樊志红}}大夫教会了我娘咋掐人中、咋侧着放。去年秋天他在学校犯了病，是班主任{{han:陈国梁}}老师背着他跑到卫生院的。{{han:陈国梁}}说，孩子醒了第一句话是问他的作业本。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:牛爱华}}，她给孩子们报了困境儿童，儿子算重病，每月多{{trap/number:三百元}}。村支书{{han:廉志勇}}给我们家办了低保。{{han:廉志勇}}他也是养蜂的，知道这里头的苦。乡民政所的{{han:叶建国}}所长是我本家，来核过两回。{{trap/org:县民政局}}还给孩子办了医疗救助。县社工站的社工，一个叫{{compound:诸葛雨桐}}，一个是{{compound:段干书铭}}，{{compound:诸葛雨桐}}每回来都给小闺女带绘本。
访谈者：您出去放蜂，怎么跟孩子们联系？
受访者：视频。大闺女的手机是{{han:牛爱华}}帮着买的，我在青海的山上信号不好，就让她在QQ上留言，她的QQ{{qq:817364025}}。我娘不会用手机，有事就找隔壁{{han:许春来}}，{{han:许春来}}那边有个座机。邻居{{han:李秋收}}跟我一块儿放蜂，他老婆{{han:孙玉芹}}在家帮着看孩子。
访谈者：孩子们想妈妈吗？
受访者：想。小闺女问妈妈哪儿去了，我娘说去采蜜了，等花开了就回来。她就天天看院子里的花开没开。我给她讲{{trap/famous:叶公}}好龙的故事，她笑得不行，说爸你也怕蜜蜂吗。
访谈者：蜂场的收入怎么样？
受访者：好年景一年能落三四万，不好的年景蜂得了病，一年白干。去年在青海下了冰雹，死了三十箱。我算过，孩子们念书、看病的钱，光靠蜂不够，低保和补助顶了大头。放蜂的日子苦，住帐篷，喝河水，蜂箱一晚上要转好几回地方。有一年在陕西被蜂蜇得脸肿成馒头，第二天还得接着摇蜜。
访谈者：孩子们帮着干蜂场的活吗？
受访者：大闺女放暑假去过一回青海，跟着我住了半个月帐篷。她不怕蜂，戴上面网就帮我抬蜂箱、摇蜜，晚上在帐篷里写作业，点的是充电灯。她说爸你一个人在这儿太孤单了。儿子不让去，怕他在外头犯病。小闺女就爱吃蜜，我每回回家都给{{han:叶小满}}带一罐油菜花蜜，她舍不得吃，放在枕头边上，拿给同学看。
访谈者：您有没有想过不出去了？
受访者：想过。可在家门口花期短，蜜少。县里有个养蜂合作社，{{han:郜天佑}}在那儿当理事长，{{han:郜天佑}}说让我入社，统一卖蜜，我就能少跑两个地方。我还在想。
访谈者：登记表要写住址和号码。
受访者：家在{{address:叶县昆阳镇叶邑村六组33号}}。我的身份证{{id_number@mx.410422}}，儿子的{{id_number@my2014fwspaced.410422}}。我的电话{{mobile@fullwidth}}，我娘那边打{{han:许春来}}的{{mobile@plus86}}。我的微信{{wechat:yefeng_changan}}，大闺女有啥事都在上面跟我说。
访谈者：表上名字写得对吗？
受访者：不对。有把大闺女写成{{spaced:叶 欣 然}}的，有把我写成{{spaced:叶长 安}}的，社工的名字写成{{spaced:诸 葛 雨 桐}}，还有{{spaced:段　干　书　铭}}。
访谈者：您最盼什么？
受访者：盼儿子的病能好，盼大闺女考上大学。蜂是辛苦，可蜜是甜的。我跟孩子们说，蜜蜂一辈子就干一件事，一朵花一朵花地采，采够了才有一勺蜜。咱家也一样，日子一天一天地过，总会好起来。明年开春，我想少养几十箱，多在家里待两个月，陪儿子把病看好，也陪小闺女上幼儿园。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=593,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
