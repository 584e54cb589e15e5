# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 74 (tests/pii/holdout74/H577-H584 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 74 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother in
肇源 (大庆, 黑龙江) whose son drowned in the 嫩江 and whose daughter-in-law left, raising a granddaughter and a
grandson; a Tibetan incense maker in 尼木 (拉萨), widowed, with two children and a blind mother; a Hui beef-soup cook
in 孟津 (洛阳, 河南) whose wife is on dialysis and who raises his dead brother's son with his own two children; a Han
grandmother in 蔚县 (张家口, 河北) whose son is in prison, raising three grandchildren who go by word nicknames; a Han
village doctor in 汝州 (平顶山, 河南) who keeps up with his patients' children, their relatives and the officials on
WeChat and QQ; a Uyghur mother from 和田 who runs a noodle restaurant in 绍兴 (浙江), her husband lamed by a stroke
and her dead sister's son with her; a Han civil-affairs officer in 宣化 (张家口) reading out three case files; and a
Han father from 鲁山 (平顶山) who works on building sites in 苏州 while his widowed parents raise his children. The
emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian
names of four to seven characters (乌仁塔娜, 锡林那钦, 阿拉腾额尔德尼, 达来吉日嘎拉, 乌日图那钦, 塔拉其其格) with short forms after the
full name (那钦, 锡林) and the Han name of the same person (包淑琴); Tibetan names (赤列朗色, 达瓦桑珠, 边巴德央,
琼达次珍) with short forms (朗色, 达桑), a Han surname before a Tibetan given name (李次珍) and the Han name of a
Tibetan (杨建藏); Hui Han-form names (海长顺, 沙玉芹, 海浩宇) beside 经名 used alone (穆敏, 易卜拉黑麦, 萨菲耶, 阿米尔)
and a Han surname before an Arabic name (海法蒂玛, 米阿丹, 马尔布都); Uyghur given name + father's name with and
without the dot (阿依夏木·吐尔地 and 阿依夏木吐尔地, 努尔夏提·艾克拜尔) with short forms (努尔夏提, 米合热,
买提卡斯木, 艾山江); Han word nicknames annotated whole (算盘, 蝈蝈, 柿饼); Han names with common and rare surnames, titles
and kin words, names that contain words, a name written twice in a file, names directly before particles and verbs
and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:闫凤英}}``, ``{{qq:2718094536}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.230622}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶, 姨, 阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她,
他, 他们家, 那边, 跟, 和) are outside the span; a word nickname (算盘, 蝈蝈, 柿饼) is annotated whole. Han-style names
of Mongolian, Tibetan and Hui people (包淑琴, 杨建藏, 海长顺) are category han; a Han surname before a non-Han given
name (李次珍, 海法蒂玛, 米阿丹) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout74/make_holdout74.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(74_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["132", "136", "139", "147", "152", "155", "159", "165", "177", "180", "182", "185", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H577: Mongolian grandmother in 肇源 (大庆); her son drowned in the 嫩江, his wife left.
DOCS["H577"] = ("family", """\
访谈者：大娘，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:乌仁塔娜}}，户口本上的汉名叫{{han:包淑琴}}，今年六十七，家在{{trap/place:肇源}}西边的蒙古族乡，离{{trap/place:大庆}}一百多里地。老头子{{minority/mongolian:锡林那钦}}前些年得肺病没了。儿子{{minority/mongolian:阿拉腾额尔德尼}}在{{trap/place:嫩江}}边上打鱼，前年秋天船翻了，人到现在也没找着。儿媳{{han:郎艳秋}}过了一年就走了，说去{{trap/place:哈尔滨}}打工，后来电话也打不通。俩孩子就跟着我过。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:吉仁高娃}}十三，孙子{{minority/mongolian:乌日图那钦}}九岁，家里都喊他{{minority/mongolian:那钦}}。孙女在{{school:肇源县民族中学初一（4）班}}住校，{{minority/mongolian:那钦}}在{{school:超等乡中心小学三年级（2）班}}。{{minority/mongolian:那钦}}也犟，他姐说一句他顶三句。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/mongolian:乌日图那钦}}他每回路过江边都要站一会儿。{{minority/mongolian:吉仁高娃}}说她爸会回来的，我也不跟她犟。
访谈者：这些年谁帮了你们？
受访者：村里的儿童主任{{han:白秀岩}}，她也是蒙古族，跑前跑后给俩孩子报了事实无人抚养，一个人一个月{{trap/number:一千二百六}}。村支书{{minority/mongolian:达来吉日嘎拉}}给我们家报了低保，{{minority/mongolian:达来吉日嘎拉}}的媳妇{{minority/mongolian:其力莫格}}隔三岔五送点菜过来。乡里的民政助理叫{{han:张长顺}}，每个季度来一趟，拿着表一项一项问。县社工站来过俩年轻人，一个是{{compound:拓跋乐天}}，还有一个叫{{compound:赫连婉清}}，小姑娘给孙女带了一摞书。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:于丽娟}}老师说，她作文写得好，就是不爱说话。孙子他们班的{{han:赵国华}}老师给他补课，不要钱。学校食堂的{{han:韩桂兰}}大姐知道家里的事，打饭总给他多舀一勺。
访谈者：您身体怎么样？
受访者：腿不好，风湿。乡卫生院的{{han:包德旺}}大夫说我这是年轻时候在水里泡的。我妹妹{{minority/mongolian:塔拉其其格}}嫁到{{trap/place:杜尔伯特}}，常打电话来问，开春还来帮我种了两亩玉米。
访谈者：过年过节呢？
受访者：正月过{{trap/minority_word:白节}}，我给孩子们煮{{trap/minority_word:手把肉}}，熬{{trap/minority_word:奶茶}}。晚上给他们讲{{trap/famous:江格尔}}的故事，孙子听完就拿根棍子当马骑。去年乡里办{{trap/minority_word:那达慕}}，{{minority/mongolian:那钦}}还摔了一跤，哭着回来的。
访谈者：家里最难的是什么时候？
受访者：头一年。儿子没找着，我天天去江边等。孙女那时候发高烧，是邻居{{minority/mongolian:查干巴根}}开着三轮把我们送到乡卫生院。后来{{trap/org:县民政局}}的人来了，{{trap/org:妇联}}也来了，给孩子们送了棉衣。老头子{{minority/mongolian:锡林}}活着的时候常说，草原上的人靠的是邻居，这话我现在信了。
访谈者：孩子们平时放学回来做什么？
受访者：孙女周末回来先去井边挑水，再帮我喂鸡，晚上我给她蒸一锅{{trap/word:包子}}带回学校。村里这几年打了机井，可我们这排房子的管子冬天老冻，还得去井边挑。孙子回来就往{{trap/place:松花江}}边上的苇塘跑，我最怕这个，他爸就是在水上出的事。{{trap/word:白天}}我下地看不住他，我跟他说，再去江边我就打断你的腿，他嘴上答应，转身就忘。后来村里在江边立了牌子，还拉了铁丝网，我心里才踏实点。
访谈者：孩子们的学习跟得上吗？
受访者：孙女还行，孙子差点。他数学不好，一道题讲三遍还不会。我不识几个汉字，蒙古文也忘得差不多了，帮不上。去年冬天县里来了大学生志愿者，在村部办了个寒假班，孙子去了二十天，回来能背乘法口诀了，高兴得在炕上蹦。老师说这孩子不笨，就是没人盯着。
访谈者：您对以后有什么打算？
受访者：我今年六十七，再干十年应该还行。等孙女上了高中，要去城里念，得租房子，钱从哪儿来我还没想好。村里说到时候可以申请助学金，还有{{trap/org:团县委}}的资助。我就想着多养几只羊，再把后院的地种上菜，一年能多卖个两三千。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:肇源县超等乡新发村四组11号}}，儿子以前在县城买的楼在{{address:肇源镇滨江小区3号楼2单元502室}}。我身份证{{id_number@wy1958.230622}}，孙女的{{id_number@wy2012spaced.230622}}。我电话{{mobile@plain}}，{{han:白秀岩}}的电话{{mobile@s434}}，她微信是{{wechat:baixiuyan_cd}}。孙女有个QQ，说跟同学交作业用，号码她写在日历背面了，我念给你：{{qq:2718094536}}。
访谈者：表上的名字写得对吗？
受访者：不大对。学校名单上孙子是{{spaced:乌 日 图 那 钦}}，孙女成了{{spaced:吉　仁　高　娃}}；低保本上我是{{spaced:乌仁 塔娜}}，老头子的死亡证明写成{{spaced:锡林　那钦}}。
访谈者：您最盼什么？
受访者：盼孩子们念好书。孙女说长大要当老师，回乡里教蒙古语。
""")

# H578: Tibetan father in 尼木 (拉萨), an incense maker; his wife died of liver disease, his mother is blind.
DOCS["H578"] = ("family", """\
访谈者：您家里现在几口人？
受访者：四口。我叫{{minority/tibetan:赤列朗色}}，四十二岁，在{{trap/place:尼木}}县城边上做{{trap/minority_word:藏香}}，村里人都叫我{{minority/tibetan:朗色}}。老婆{{minority/tibetan:尼玛玉珍}}前年得肝病走了，家里就剩我、阿妈和两个娃娃。阿妈眼睛看不见了，做饭都靠摸。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:达瓦桑珠}}十二岁，我们叫他{{minority/tibetan:达桑}}，在{{school:尼木县完全小学六年级（1）班}}。女儿{{minority/tibetan:边巴德央}}八岁，在{{school:吞巴乡小学二年级（3）班}}。{{minority/tibetan:达桑}}他懂事，放学回来就帮我搓香泥；{{minority/tibetan:边巴德央}}就黏着奶奶。
访谈者：孩子妈妈走了以后，谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:琼达次珍}}，她给两个娃娃报了困境儿童的补贴，一个月一人{{trap/number:六百五}}。村主任{{minority/tibetan:白玛群培}}给我们家报了低保。乡里的民政专干是{{han:杨建藏}}，他是藏族，汉名是在内地西藏班念书时老师起的。{{han:杨建藏}}他每回来都给阿妈量血压。村医{{minority/tibetan:索朗贡嘎}}给阿妈开眼药，说要去{{trap/place:拉萨}}做手术。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:张春燕}}老师是援藏的，从{{trap/place:山东}}来的。她说{{minority/tibetan:达瓦桑珠}}数学好，想让他考内地西藏班。女儿的老师{{minority/tibetan:强巴土登}}说她唱歌好听，让她在{{trap/minority_word:望果节}}上领唱。
访谈者：亲戚们呢？
受访者：孩子们的姨妈{{minority/tibetan:巴桑宗吉}}在{{trap/place:日喀则}}开茶馆，每月寄五百块钱。我弟弟{{minority/tibetan:加央伦珠}}在{{trap/place:色拉寺}}当喇嘛，过年回来看娃娃。邻居{{minority/tibetan:旺堆次旦}}家有拖拉机，收青稞的时候帮我们拉。还有一个汉族小伙子，在村里驻村，叫{{han:吴立新}}，{{han:吴立新}}和村里的姑娘{{minority/tibetan:李次珍}}一起办了个晚上的作业班。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}的时候，阿妈摸着给娃娃们做{{trap/minority_word:卡赛}}，我打{{trap/minority_word:酥油茶}}。晚上阿妈给他们讲{{trap/famous:文成公主}}进藏的故事，讲到天亮都不累。县里社工站有个{{compound:上官秀云}}，是援藏的社工，跟她一起来的叫{{compound:呼延晓军}}，给娃娃们带了新书包。
访谈者：做藏香的收入够用吗？
受访者：不够。一个月卖得好能挣两千多，卖不好几百块。香泥要用水磨磨，冬天河水冻了，磨就停了。合作社的{{han:刘学栋}}会计帮我把香拿到网上卖，今年好一点。{{minority/tibetan:朗色}}这个名字现在印在香盒子上，合作社说这样好认。
访谈者：阿妈看不见以后，家里的活谁干？
受访者：我干，孩子们帮着干。早上我先烧火、打茶，再送女儿去学校，回来磨香泥。儿子放学回来扫院子、喂牛，晚上还给奶奶洗脚。阿妈心里过意不去，老说她是个没用的人，我就跟她说，你在家里坐着，娃娃们回来有人喊一声阿妈啦，这个家就还是个家。{{trap/year:2022年}}村里给我们家改了厨房，灶台砌高了，阿妈摸着也能烧水了。
访谈者：做藏香这个手艺，孩子们学吗？
受访者：儿子学，女儿还小。我们{{trap/place:吞巴}}做香的手艺是祖上传下来的，用柏木泥，加{{trap/minority_word:藏红花}}这些药材，晒干了一根一根捆好。儿子手巧，搓的香比我还直。可我不想让他一辈子做香，想让他念书，念到{{trap/place:北京}}去。他说爸爸，我念完书回来，把咱们的香卖到全国去，我说那也行。
访谈者：冬天怎么过？
受访者：冬天冷，风大。我们这边海拔三千八，晚上屋里也结冰。县里给每户发了电暖气，可电费贵，舍不得老开，就烧牛粪。阿妈怕冷，我就把她的床挪到灶边上。娃娃们写作业也在灶边，一边烤火一边写。女儿写着写着就趴在奶奶腿上睡着了，我再把她抱到床上。那时候我就想，日子再难，一家人在一块儿就行。
访谈者：登记信息请说一下。
受访者：家在{{address:尼木县吞巴乡吞达村二组6号}}，我姐姐家在{{address:拉萨市城关区娘热路幸福小区4栋3单元201室}}，娃娃去拉萨看病就住她那。我身份证{{id_number@my1983.540123}}，儿子的{{id_number@my2013hyphen.540123}}。电话{{mobile@hyphen}}，{{minority/tibetan:琼达次珍}}的电话{{mobile@plus86}}，她的微信{{wechat:qiongda_nimu}}。儿子有个QQ，是学校给开的，号码贴在课本封皮上：{{qq:860253197}}。
访谈者：表上的名字对吗？
受访者：乱得很。有的表上我是{{spaced:赤 列 朗 色}}，儿子是{{spaced:达　瓦　桑　珠}}，女儿写成了{{spaced:边巴 德央}}。
访谈者：您最大的心愿呢？
受访者：阿妈的眼睛能治好，两个娃娃念书念出去。
""")

# H579: Hui father in 孟津 (洛阳), a beef-soup cook whose wife is on dialysis; he also raises his dead brother's son.
DOCS["H579"] = ("family", """\
访谈者：海师傅，您先介绍一下自己吧。
受访者：我叫{{han:海长顺}}，经名叫{{minority/hui:穆敏}}，今年四十五，在{{trap/place:孟津}}街上的牛肉汤馆掌勺。家里五口人，外加一个侄子。媳妇{{han:沙玉芹}}是尿毒症，一个礼拜去{{trap/place:洛阳}}透析三回。
访谈者：侄子是怎么回事？
受访者：我哥{{han:海建设}}前年在{{trap/place:小浪底}}那边拉沙，车翻到沟里，人没了。嫂子{{han:丁秀梅}}改嫁去了{{trap/place:郑州}}，娃娃就留给我了。侄子叫{{han:海浩宇}}，经名{{minority/hui:易卜拉黑麦}}，十一岁。{{minority/hui:易卜拉黑麦}}他爸走了以后不爱说话，到现在夜里还做噩梦。
访谈者：您自己的孩子呢？
受访者：闺女{{han:海若萱}}十四，经名{{minority/hui:萨菲耶}}，在{{school:孟津区第二初级中学初二（3）班}}。儿子{{han:海子涵}}九岁，经名{{minority/hui:阿米尔}}，跟他哥在{{school:城关镇回民小学三年级（1）班}}一个学校。{{minority/hui:萨菲耶}}就跟个小大人一样，她妈透析那几天，饭是她做的。
访谈者：谁帮过你们？
受访者：寺里的{{han:马文仲}}阿訇，他的经名叫{{minority/hui:哈菲兹}}，每回散{{trap/minority_word:乜贴}}都给我们家留一份。社区的儿童主任叫{{han:米桂香}}，她给侄子报了孤儿基本生活费，一个月{{trap/number:一千四百五}}。我媳妇的低保是街道的{{han:金晓东}}跑下来的。{{han:金晓东}}他说，有啥难处就直接打他电话。医院的{{han:哈丽娟}}护士长知道我们家的事，透析的药能报的都帮着报了。
访谈者：孩子们相处得好吗？
受访者：好。{{minority/hui:阿米尔}}跟在他哥屁股后头转，他哥去哪他去哪。邻居家的娃娃{{minority/hui:米阿丹}}跟他俩一块儿上学。邻居{{minority/hui:马尔布都}}开三轮，下雨天顺路把三个娃娃都捎上。
访谈者：学校那边呢？
受访者：侄子的班主任{{han:陈春梅}}老师常给我打电话，说娃娃作文里写他爸，写着写着就哭。学校请了个心理老师，叫{{compound:慕容海燕}}，每个礼拜找他聊一回。区里社工站也来过，是个小伙子，叫{{compound:夏侯振东}}，教娃娃们踢球。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我妈{{minority/hui:海法蒂玛}}炸{{trap/minority_word:油香}}、做{{trap/minority_word:馓子}}，三个娃娃围着锅转。老人给娃娃们讲{{trap/famous:海瑞}}罢官的戏，说做人要正。
访谈者：您一天是怎么过的？
受访者：早上三点起来熬汤，骨头要熬五六个钟头。六点开门，卖到十点，中午歇一会儿，下午备料。礼拜一、三、五我得带媳妇去洛阳透析，汤馆就交给伙计。透析一回四个钟头，我在走廊上坐着，手机上看孩子的作业群。晚上回来，三个娃娃都写完作业了，闺女还把碗洗了，给我留一{{trap/word:海碗}}汤在锅里热着。我心里又高兴又心疼，十四岁的闺女，该是撒娇的时候。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子有一回跟同学去小卖部，回来说爸我啥也没买，省下一块钱给妈买药。我听了半天说不出话。侄子刚来的时候夜里哭，跟我儿子睡一张床，两个娃娃头挨着头。现在好了，晚上一块儿写作业、一块儿念{{trap/minority_word:清真言}}，跟亲兄弟一样。
访谈者：有没有想过别的出路？
受访者：想过去外地打工，挣得多。可我走了，媳妇透析谁送？半夜她喘不上气，打{{trap/hotline:120}}谁陪着去？三个娃娃谁管？乡老们说，你就守着这个汤馆，守着这个家，有啥难处就给{{han:米桂香}}打电话，社区不会不管。又说，{{trap/place:黄河}}边上的人，熬也能熬出来。
访谈者：日子上最难的是啥？
受访者：钱。透析一个月下来自己还得掏一千多，汤馆一天挣不了多少。{{trap/org:清真寺}}的乡老们凑过两回钱，{{trap/org:区残联}}也给我媳妇办了残疾证。我媳妇的经名叫{{minority/hui:阿依舍麦}}，她老说是她拖累了这个家，我说一家人不说两家话。
访谈者：登记表要填地址和号码。
受访者：家在{{address:孟津区城关镇东关村三组27号}}，我哥原先的房子在{{address:洛阳市瀍河区北窑小区9号楼1单元302室}}。我的身份证{{id_number@my1980.410322}}，侄子的{{id_number@my2014spaced.410322}}。我电话{{mobile@spaced}}，{{han:米桂香}}的电话{{mobile@h38}}，她微信{{wechat:miguixiang_mj}}。闺女有QQ，说跟老师交作业用，号码她写在我汤馆的账本上——{{qq:3125807649}}。
访谈者：表上的名字写得对吗？
受访者：不一样。经名是音译，各写各的。有的把侄子写成{{spaced:易 卜 拉 黑 麦}}，有的把闺女写成{{spaced:海　若　萱}}，我自己在花名册上是{{spaced:海长 顺}}。
访谈者：您最盼什么？
受访者：盼媳妇能等上肾，盼三个娃娃都念出来。我哥在天上看着呢。
""")

# H580: Han grandmother in 蔚县 (张家口) raising three grandchildren with word nicknames; her son is in prison.
DOCS["H580"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：四口，我跟仨孙子。我叫{{han:闫凤英}}，今年六十九，在{{trap/place:蔚县}}{{trap/place:暖泉}}那边住了一辈子。儿子{{han:温建兵}}前年跟人打架，把人打伤了，判了六年，在{{trap/place:张家口}}那边服刑。儿媳{{han:贾丽萍}}去{{trap/place:北京}}当保姆，一年回来一回，钱也不大往回寄。
访谈者：孙子们多大了？
受访者：大孙子{{han:温浩然}}十三，小名叫{{han:算盘}}；孙女{{han:温欣悦}}十岁，小名{{han:蝈蝈}}；老三{{han:温浩宇}}六岁，小名{{han:柿饼}}，生下来脸就圆，跟霜打过的柿子似的。{{han:算盘}}在{{school:蔚县第三中学初一（2）班}}，{{han:蝈蝈}}在{{school:暖泉镇中心小学四年级（1）班}}。{{han:柿饼}}还在村里幼儿园。
访谈者：孩子们平时怎么样？
受访者：{{han:算盘}}说他长大要当警察，我说你爸那样的你也抓？他不吭声。{{han:蝈蝈}}也爱说，一进门就叽叽喳喳，跟个麻雀似的。{{han:柿饼}}就知道吃，一顿能吃两碗{{trap/word:黄糕}}。
访谈者：这些年谁帮了你们？
受访者：村里的儿童主任{{han:常淑芬}}，{{han:常淑芬}}她给仨孩子都报了事实无人抚养，一个月一人{{trap/number:一千一百八}}。村支书{{han:温宝财}}跟我们家是一个门里的，过年给送米面。镇上的民政干部{{han:王志宏}}来核了三回，每回都问孩子上学咋样。县里社工站有个姑娘，叫{{compound:长孙佳怡}}，她跟{{compound:皇甫丽霞}}一块来，教孩子们剪纸。
访谈者：学校那边呢？
受访者：{{han:算盘}}的班主任{{han:张秀梅}}老师知道他爸的事，从不在班上提。{{han:蝈蝈}}的老师{{han:赵建平}}，年轻，会弹琴。有一回班上有孩子笑话{{han:蝈蝈}}她爸，{{han:赵建平}}老师把那孩子叫去说了一顿。
访谈者：您身体还行吗？
受访者：血压高，腰也弯了。前年冬天我摔了一跤，是后院的{{han:要满仓}}把我背到卫生院的。他也七十了，背着我走了二里地。乡卫生院的{{han:孙翠娥}}大夫给我开的药，一个月三十块钱。
访谈者：过年过节呢？
受访者：正月十五暖泉打{{trap/word:树花}}，我带仨孩子去看。回来给他们讲{{trap/famous:杨六郎}}守边关的故事，{{han:柿饼}}就拿扫帚当枪耍。腊月里{{han:常淑芬}}送来几张剪纸，贴在窗户上，孩子们说好看。
访谈者：您一个人带三个，一天怎么过？
受访者：天不亮就起，先生火，熬一锅小米粥，蒸几个窝头。大的住校，礼拜五才回来；二的自己走着去上学；小的我送到幼儿园门口。回来喂猪、喂鸡，晌午去地里拔草。我们这儿种{{trap/word:黍子}}、谷子，一年打的粮食够自家吃。下午接小的回来，又是做饭、洗衣裳，烧点{{trap/word:温水}}给他洗脚，晚上躺下腰疼得翻不了身。可一想三个孩子，第二天又爬起来了。我眼神不好，学校的通知看不清，有啥事我就让{{han:常淑芬}}帮着看，再帮着给老师回个电话。
访谈者：孩子们想妈妈吗？
受访者：想。儿媳一年回来一回，待个三五天就走。走的那天，小的抱着她的腿不撒手，哭得背过气去。二的不哭，躲在屋里不出来。大的跟他妈说，你走吧，家里有我。孩子这么说，我听着比哭还难受。我{{trap/word:常常}}一宿睡不着，可也不怪儿媳，她一个人在外头也不容易，可孩子们总得有个妈疼。
访谈者：村里人怎么看你们家？
受访者：大多数人心好，也有背后嚼舌头的，说有其父必有其子。我听见了就骂回去。孩子没做错啥，凭啥让人戳脊梁骨？
访谈者：儿子那边有联系吗？
受访者：一个月能打一回电话。{{han:温建兵}}他在电话里哭，说对不起孩子。我跟他说，你好好改造，早点出来。探视的时候我带着{{han:算盘}}去过一回，孩子出来一路没说话。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:蔚县暖泉镇北官堡村二组15号}}。我身份证{{id_number@wy1956.130726}}，{{han:温浩然}}的{{id_number@my2012.130726}}。我不会用手机，{{han:常淑芬}}给我记的：我的电话{{mobile@s74}}，她微信是{{wechat:changsf_nq}}。{{han:算盘}}有个QQ，说是学校上网课要用，号是{{qq:1576309284}}。
访谈者：表上的名字写得对吗？
受访者：有不对的。学校把{{han:温欣悦}}写成{{spaced:温 欣 悦}}，低保本上我成了{{spaced:闫凤 英}}，社工那姑娘签名是{{spaced:长　孙　佳　怡}}。
访谈者：您最盼什么？
受访者：盼孩子们长大，别走他爸那条路。我老了，能看几年是几年。
""")

# H581: Han village doctor in 汝州 (平顶山) who keeps up with patients, relatives and officials on WeChat and QQ.
DOCS["H581"] = ("doctor", """\
访谈者：您在村里当医生多少年了？
受访者：二十三年了。我叫{{han:牛广义}}，在{{trap/place:汝州}}西边的{{trap/place:寄料镇}}当村医，管着三个自然村。看病之外，村里困境儿童的事我也跟着操心，哪家孩子病了、哪家大人住院了，我头一个知道。
访谈者：能说说您手上的几户吗？
受访者：头一户是{{han:郭春来}}家。{{han:郭春来}}他在{{trap/place:山西}}下过十几年煤窑，得了尘肺，现在喘不上气，离不了制氧机。媳妇{{han:朱玉霞}}受不了，跑了。俩闺女{{han:郭梦瑶}}、{{han:郭梦洁}}跟着奶奶{{han:宋桂枝}}。{{han:宋桂枝}}都七十三了，还天天下地。
访谈者：您怎么跟他们联系？
受访者：微信。{{han:郭春来}}的微信是{{wechat:gcl_ruzhou66}}，他喘得说不成话，有事就给我打字。大闺女{{han:郭梦瑶}}在{{school:汝州市第五初级中学初二（6）班}}，她有QQ，号码是{{qq:2390461758}}，她爸半夜憋得厉害，她就在QQ上喊我。
访谈者：第二户呢？
受访者：第二户是{{han:邢佳怡}}，九岁，癫痫。她妈{{han:周丽丽}}前年得乳腺癌走了，她爸{{han:邢国锋}}在{{trap/place:苏州}}工地上干活。{{han:邢国锋}}那边一个月往家寄两千，孩子跟着爷爷{{han:邢老栓}}。孩子犯病的时候，老头就给我打电话，厉害了就打{{trap/hotline:120}}，我骑电动车过去，五分钟就到。市医院神经内科的医生{{compound:欧阳立伟}}给她调的药，现在一两个月才犯一回。
访谈者：第三户？
受访者：第三户是孤儿，{{han:樊天赐}}，十岁，爸妈前后脚都没了，跟着叔叔{{han:樊留栓}}过。{{han:樊天赐}}也懂事，见了我老远就喊伯。他在{{school:寄料镇第一小学四年级（3）班}}，班主任{{han:陈小霞}}老师每个礼拜给我发微信问他身体。他有哮喘，得常备药。
访谈者：村里、镇上谁在管这些事？
受访者：村里的儿童主任{{han:陶秀云}}，村支书{{han:牛振国}}，镇上民政所的{{han:张红军}}所长。我们建了个群，叫“困境儿童关爱群”，{{han:陶秀云}}是群主。{{han:张红军}}他在群里一说政策，我们就挨家挨户去讲。市里社工站有个姑娘叫{{compound:司马慧敏}}，还有个小伙子是{{compound:令狐国庆}}，他俩每月来一回，给孩子们搞活动。
访谈者：回族人家也有吗？
受访者：有一户，{{han:马国庆}}他家。他原先在外地开{{trap/word:牛肉}}面馆，出车祸瘫了。闺女经名叫{{minority/hui:萨迪娅}}，在镇上念书，跟着她姥姥。{{minority/hui:萨迪娅}}她姥姥是我的老病号，高血压。
访谈者：您平常出诊一天跑多少户？
受访者：少的时候三五户，多的时候十来户。我们这儿是山区，村跟村隔着沟，电动车爬坡爬不上去，就推着走。冬天最忙，老人感冒、孩子发烧，一个接一个。有的人家没钱，药钱先欠着，我记在本子上，年底能还就还，还不上就算了。我爹以前也是村医，他说看病的人心不能硬。
访谈者：那些困境儿童的家里，您最常做的是什么？
受访者：除了看病，就是跑腿。帮他们填表、交材料，去镇上问政策。有的老人不识字，补助到没到账都不知道，我就拿着他们的存折去信用社查。还有的孩子要办残疾证、要申请大病救助，一趟一趟跑市里。跑多了，市里那几个窗口的人都认得我了。有一回市里的表上把孩子写成{{spaced:樊 天 赐}}，我又跑了一趟才改过来。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人陪。大人有病的，一家人都围着病人转，孩子没人管。我给{{han:郭梦洁}}量体温，她跟我说，伯，我好久没跟我爸说话了，他一说话就咳。我听了心里难受。镇卫生院的{{han:刘建中}}院长说，明年要给村医配个平板，孩子们可以跟城里的大夫视频。
访谈者：平时有人说闲话吗？
受访者：有，说{{han:朱玉霞}}心狠。我不接话。谁家过日子都有难处，孩子没错就行。这地方出{{trap/word:汝瓷}}，老人常说，瓷器要慢慢烧，孩子也得慢慢养。我跟孩子们讲{{trap/famous:张仲景}}看病不收穷人钱的故事，{{han:樊天赐}}说他长大也当医生。
访谈者：登记表要写住址和号码。
受访者：{{han:郭春来}}家在{{address:汝州市寄料镇北寺村五组18号}}，{{han:邢国锋}}家在{{address:寄料镇锦绣花园小区2号楼1单元401室}}。{{han:郭梦瑶}}的身份证{{id_number@wy2010.410482}}，{{han:樊天赐}}的{{id_number@my2015x.410482}}。我电话{{mobile@plus86dash}}，{{han:陶秀云}}的电话{{mobile@spaced}}，她微信{{wechat:taoxiuyun1979}}。{{han:樊留栓}}不会拼音，他的微信号是他侄子给起的，叫{{wechat:fanliushuan_jl}}。
访谈者：您自己累吗？
受访者：累，也习惯了。只要孩子们能叫我一声伯，我就觉得值。
""")

# H582: Uyghur mother from 和田 running a noodle restaurant in 绍兴; her husband had a stroke, her sister died.
DOCS["H582"] = ("family", """\
访谈者：老板娘，您先介绍一下自己吧。
受访者：我叫{{minority/uyghur:阿依夏木·吐尔地}}，家是{{trap/place:和田}}的，在{{trap/place:绍兴}}{{trap/place:柯桥}}开了个拌面馆，七年了。丈夫{{minority/uyghur:艾克拜尔·买提尼亚孜}}前年中风，半边身子不会动，回和田了，他妈照顾他。我带着两个孩子在这边，还有我姐姐的儿子。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:努尔夏提·艾克拜尔}}十二岁，在{{school:柯桥区实验小学六年级（5）班}}；女儿{{minority/uyghur:米合热古丽·艾克拜尔}}八岁，在同一个学校读二年级，我们叫她{{minority/uyghur:米合热}}。{{minority/uyghur:努尔夏提}}也是个小帮手，放学回来就给客人端面，收桌子比我还快。
访谈者：您姐姐的儿子呢？
受访者：我姐姐{{minority/uyghur:阿曼尼萨·吐尔地}}前年得癌症走了。姐夫{{minority/uyghur:阿卜杜克热木}}腿有残疾，一个人在和田带不了孩子，外甥{{minority/uyghur:艾山江·阿卜杜克热木}}就跟我来了绍兴，今年十岁，我们都叫他{{minority/uyghur:艾山江}}。{{minority/uyghur:阿卜杜克热木}}他每天晚上跟孩子视频，说一会儿就哭。和田那边的村委会给外甥报了事实无人抚养，钱打到他爸的卡上。
访谈者：这边谁帮过你们？
受访者：社区的儿童主任{{han:钱晓芬}}，她说我们家孩子户口不在这边，好多政策享受不了，就跑去街道问。街道的{{han:楼国平}}主任帮孩子办了借读，学费全免。房东{{han:俞建荣}}知道我丈夫病了，房租少收了一千。学校的{{han:沈佳颖}}老师给{{minority/uyghur:努尔夏提}}补语文，他刚来的时候汉字写得歪歪扭扭。区里社工站有个{{compound:司徒亚楠}}，跟她一起来的叫{{compound:澹台子墨}}，带孩子们去看了{{trap/place:鲁迅故居}}。
访谈者：和田那边的亲戚呢？
受访者：我弟弟{{minority/uyghur:买提卡斯木·吐尔地}}在和田种葡萄，每年给我们寄{{trap/word:红枣}}。{{minority/uyghur:买提卡斯木}}说，等他攒够了钱，接我丈夫去{{trap/place:乌鲁木齐}}做康复。丈夫的妹妹{{minority/uyghur:图尔荪阿依·买提尼亚孜}}在乡卫生院当护士，天天给她哥扎针。
访谈者：孩子们在这边习惯吗？
受访者：刚来的时候不习惯，说这边下雨多，吃不惯{{trap/word:黄酒}}味的菜。现在{{minority/uyghur:米合热}}都会说几句绍兴话了，跟邻居阿婆说“阿拉”。{{trap/minority_word:肉孜节}}的时候，我做{{trap/minority_word:抓饭}}、烤{{trap/minority_word:馕}}，请社区的人来吃，{{han:钱晓芬}}带着她女儿也来了。晚上我给孩子们讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:艾山江}}笑得最响。
访谈者：孩子们在学校有没有受委屈？
受访者：刚来的时候有。有同学笑话儿子说话口音怪，他回来不吭声，晚上躲在被子里哭。我去找老师，老师在班上开了个班会，让儿子给大家讲{{trap/place:新疆}}的事，讲{{trap/place:昆仑山}}、讲沙漠边上的玉龙喀什河。讲完了，同学们都围着他问这问那，后来还有同学来我店里吃拌面。现在他在班上有好几个好朋友，周末一块儿去图书馆。
访谈者：您有没有想过回和田？
受访者：想过。丈夫在那边，我天天惦着。可回去了面馆就没了，一家人的药钱、学费从哪儿来？这边的生意好歹稳当。我跟丈夫说，等孩子们再大一点，我们就回去，在和田开个店，一家人在一块儿。他在视频里点头，话说不利索，可我知道他听懂了。女儿每天晚上都要跟她爸视频，给他看自己的作业本，说爸爸你看我又得了一个小红花。
访谈者：面馆的生意怎么样？
受访者：还行，够吃够用。最难的是我一个人，早上五点起来和面，晚上十一点才关门。孩子生病了也走不开，有一回女儿发烧，是隔壁开水果店的阿姨帮我关了店门，陪我送去医院的。丈夫每个月的药钱要两千，我把{{trap/word:钱包}}里的零钱都攒着，我都按时往和田打。
访谈者：登记表上的信息说一下。
受访者：我们在这边住{{address:柯桥区华舍街道蜀阜村新桥头12号}}，和田的家在{{address:和田县拉依喀乡托万喀什村3组22号}}。我的身份证{{id_number@wy1987.653221}}，儿子的{{id_number@my2013fullwidth.653221}}。我电话{{mobile@plus86spaced}}，{{han:钱晓芬}}的{{mobile@hyphen}}，她的微信{{wechat:qianxf_huashe}}。儿子有个QQ，说是在学校跟同学玩的，号码他贴在冰箱门上：{{qq:1486203975}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。银行卡上我是{{minority/uyghur:阿依夏木吐尔地}}，没有点；学校表上我成了{{spaced:阿依夏木 · 吐尔地}}，儿子写成{{spaced:努 尔 夏 提}}，女儿写成{{spaced:米合热古丽 艾克拜尔}}，还有一张写成{{spaced:米　合　热　古　丽}}。
访谈者：您最大的愿望？
受访者：丈夫能站起来，孩子们好好念书，以后回和田当老师、当医生。
""")

# H583: Han civil-affairs officer in 宣化 (张家口) reading from his case files.
DOCS["H583"] = ("staff", """\
访谈者：您今天带的是哪些案卷？
受访者：三户困境儿童的档案。我叫{{han:翟文斌}}，在{{trap/place:宣化}}区{{trap/org:民政局}}儿童福利股，干了九年。我一户一户念，你记。
访谈者：好。
受访者：第一户，孤儿，两个孩子。哥哥{{han:葛子轩}}，十二岁，妹妹{{han:葛子琪}}，八岁。父亲{{han:葛振山}}、母亲{{han:褚秀莲}}前年冬天煤气中毒，双双去世。监护人是爷爷{{han:葛福田}}，七十一岁。表上监护人一栏写了两遍，“{{han:葛福田}}{{han:葛福田}}”，是村文书{{han:王志远}}录系统时粘重了。{{han:葛子轩}}在{{school:宣化区第七中学初一（3）班}}。
访谈者：他们的补助是怎么发的？
受访者：孤儿基本生活费，一人一个月{{trap/number:一千六百三}}，打到爷爷的卡上。身份证号我念一下：爷爷{{id_number@my1954.130705}}，{{han:葛子轩}}{{id_number@my2013spaced.130705}}，{{han:葛子琪}}{{id_number@wy2017.130705}}。家庭住址{{address:宣化区春光乡东深沟村三组9号}}。爷爷电话{{mobile@s38}}。
访谈者：第二户呢？
受访者：第二户，母亲服刑。孩子叫{{han:池雨桐}}，十岁，母亲{{han:池美娟}}诈骗，判了七年，父亲不详。孩子跟姨妈{{han:池美玲}}过，{{han:池美玲}}她自己离了婚，在超市当收银员。姨父叫{{compound:上官建波}}，是后来再婚的，对孩子不错。孩子在{{school:宣化区天泰寺街小学四年级（2）班}}，班主任{{han:孙立军}}老师常去家访。身份证{{id_number@wy2015x.130705}}，住{{address:宣化区大北街道文化小区6号楼2单元301室}}，姨妈电话{{mobile@plain}}。
访谈者：第三户？
受访者：第三户，父亲重残。{{han:申玉良}}，四十四，在{{trap/place:下花园}}的矿上砸断了腰，一级肢体残疾。妻子{{han:谷美荣}}在家照顾他，两个孩子{{han:申思远}}、{{han:申思琪}}。{{han:申思远}}就是去年考上{{trap/place:石家庄}}高中的那个，学费是{{trap/org:区残联}}和{{trap/org:团区委}}凑的。父亲身份证{{id_number@my1981fullwidth.130705}}，住{{address:宣化区赵川镇王家庄村六组24号}}。
访谈者：这些户谁在管？
受访者：村里有儿童主任，镇上有民政助理，区里我们股三个人，还有区社工站。社工站的站长叫{{compound:宇文秀兰}}，跟她搭档的是{{compound:公孙翠萍}}，这俩人每个月入户。还有个年轻的是{{compound:尉迟瑞峰}}，专门跟{{han:申思远}}联系。
访谈者：这几户现在最需要什么？
受访者：第一户爷爷年纪大了，最怕的是他哪天倒下，两个孩子就没人管了。我们已经跟孩子的姑姑商量好，万一有那一天，由姑姑接手，手续先备着。第二户孩子的妈出狱还有四年，孩子心里有疙瘩，不愿意去探视。社工陪着去了两回，现在能隔着玻璃说几句话了。第三户最缺的是钱，父亲的护理费、两个孩子的学费，光靠低保不够，我们又给报了重度残疾人护理补贴，还对接了一家爱心企业。
访谈者：您觉得这几年政策有什么变化？
受访者：变化大。以前只有孤儿有钱，{{trap/year:2019年}}以后事实无人抚养的孩子也有了，父母一方服刑、重残的也能报。村里有了儿童主任，镇上有了儿童督导员，孩子的事有人专门盯着。就是基层人手少，一个人管好几个村，跑不过来。
访谈者：档案上的名字写得规范吗？
受访者：不规范，年底都得改。监护人签字页上姨父签的是{{spaced:上 官 建 波}}，社工站长签的是{{spaced:宇　文　秀　兰}}，{{han:葛子轩}}在学校的表上成了{{spaced:葛 子 轩}}，{{han:池雨桐}}写成了{{spaced:池雨 桐}}，孩子的妈签的是{{spaced:褚　秀　莲}}。有一份把{{han:申玉良}}写成{{spaced:申 玉 良}}。
访谈者：核查的时候最难的是什么？
受访者：跑。山里的村子冬天路上都是冰，车开不进去就走。有一回去东深沟，我跟{{compound:公孙翠萍}}走了一个多钟头，到了爷爷家，老人给我们熬了一锅小米粥。还有就是数据对不上，户籍、残联、学校三个系统，一个人三种写法。老话说{{trap/famous:孔融}}让梨，讲的是小孩懂事，可这些孩子懂事懂得太早了。
访谈者：您的联系方式？
受访者：办公室电话打{{trap/hotline:12345}}转也行，孩子有急事打{{trap/hotline:12349}}也能找到我们，我的手机{{mobile@p86n}}，工作微信{{wechat:zhai_wenbin_xh}}。{{han:申思远}}有事就在QQ上找我，他的号码是——他写在作文本背面了——{{qq:913057624}}。
访谈者：您最想说什么？
受访者：一户一户地跑，一个也不能漏。
""")

# H584: Han father from 鲁山 (平顶山) working on building sites in 苏州; his children are left behind.
DOCS["H584"] = ("family", """\
访谈者：您现在在哪儿干活？
受访者：在{{trap/place:苏州}}工地上绑钢筋。我叫{{han:娄保全}}，老家{{trap/place:鲁山}}{{trap/place:尧山}}脚下的一个村，出来打工十五年了。媳妇{{han:岳彩霞}}三年前得白血病走了，俩孩子跟着爷爷奶奶在老家。
访谈者：孩子们多大了？
受访者：闺女{{han:娄梦琪}}十四，在{{school:鲁山县第二高级中学高一（7）班}}，住校。儿子{{han:娄子航}}九岁，在{{school:瓦屋镇中心小学三年级（4）班}}。我爹{{han:娄铁成}}七十了，我妈{{han:贺桂枝}}腿有毛病。{{han:娄子航}}就跟着他爷下地，{{han:娄梦琪}}一放假就回来洗衣裳做饭。
访谈者：您多久回一趟家？
受访者：一年两回，麦收一回，过年一回。平常就是视频。{{han:娄子航}}他在视频里不说话，光看着我。{{han:娄梦琪}}说，爸，你别操心，家里有我。我听了就想哭。
访谈者：家里谁帮着照顾？
受访者：村里的儿童主任叫{{han:范秋菊}}，她给俩孩子报了困境儿童补助，一个月一人{{trap/number:五百二}}。镇上民政所的{{han:王振河}}来核过两回。村支书{{han:娄德厚}}跟我们是本家，逢年过节送袋面。儿子的班主任{{han:李丽芹}}老师，年轻，心细，她建了个家长群，我在苏州也能看到孩子在学校干啥。县里社工站有个姑娘，叫{{compound:漆雕文静}}，她跟{{compound:巫马子鸣}}一起办了个留守儿童周末课堂。
访谈者：工地上的人知道您家的事吗？
受访者：知道。工头{{han:张大海}}是我们鲁山人，过年提前给我结账。工友{{han:贾二旦}}跟我一个村的，他孩子也在家，我俩晚上在工棚里一块儿跟孩子视频。安全员是{{compound:诸葛晓红}}，她听说我家的事，给我闺女寄了一箱书。
访谈者：您最担心什么？
受访者：担心我爹妈身体。去年我妈摔了一跤，是邻居{{han:韦春生}}把她背到卫生院的。{{han:韦春生}}他们家儿子也在外头打工，家里就老两口。还担心孩子学坏，村里有的孩子天天抱着手机打游戏。我跟{{han:娄子航}}说，你要是不好好念书、在学校捅{{trap/word:娄子}}，以后就跟爸一样，在工地上风吹日晒。
访谈者：老家有啥好玩的吗？
受访者：孩子们喜欢去{{trap/place:石人山}}，夏天还去河里摸鱼。我爹给他们讲{{trap/famous:墨子}}的故事，说墨子就是我们鲁山人，会做木头鸟。还讲{{trap/famous:愚公}}移山。孩子们听了说，愚公是咱们河南的。
访谈者：工地上的活累吗？
受访者：累。夏天钢筋晒得烫手，戴着手套也烫。一天干十个钟头，晚上回工棚，腰直不起来。可一个月能挣八九千，比在家种地强多了。我每个月留一千，剩下的都打回家，给孩子交学费、给我爹妈买药。工地上吃的是大锅饭，一顿十块钱，我舍不得多打一个菜。过年回家，闺女说爸你又黑了、又瘦了，我说黑了结实。
访谈者：孩子的妈妈走了以后，孩子们怎么样？
受访者：头一年最难。儿子那时候才六岁，天天问妈去哪儿了，晚上抱着他妈的衣裳睡。闺女一下子就不说话了，成绩掉得厉害。是学校的老师和村里的儿童主任一趟一趟上门，陪着她说话，慢慢才缓过来。现在闺女说想考医学院，以后当医生，治白血病。家里有啥急事，我爹就去找{{han:范秋菊}}，她比我这个当爹的还清楚孩子们的事。儿子拿他爷爷的手机上QQ，天天给我发他画的画，他的号我记着呢，{{qq:57902316}}。
访谈者：家里的信息说一下。
受访者：老家在{{address:鲁山县瓦屋镇高庄村二组31号}}，我在苏州住工地宿舍，{{address:吴中区郭巷街道尹山湖工地生活区8栋204}}。我身份证{{id_number@my1955.410423}}——不对，那是我爹的，我的是{{id_number@my1984spaced.410423}}，闺女的{{id_number@wy2011hyphen.410423}}。我电话{{mobile@p86h}}，我爹的电话{{mobile@fws}}，{{han:范秋菊}}的电话{{mobile@s434}}，她的微信{{wechat:fanqiuju_ls}}，{{han:李丽芹}}老师的微信{{wechat:llq_wawu2016}}。闺女有个QQ，她说在学校不让用手机，周末才上，号码{{qq:２０６８４１３７９}}。
访谈者：表上的名字都对吗？
受访者：有的不对。学校把我闺女写成{{spaced:娄 梦 琪}}，把我写成{{spaced:娄保 全}}。
访谈者：您最大的心愿？
受访者：盼闺女考上大学。等儿子大一点，我就回鲁山找个活，不出来了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=577,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
