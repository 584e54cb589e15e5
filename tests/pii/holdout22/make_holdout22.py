# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 22 (tests/pii/holdout22/H161-H168 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 22 is about children in distress (困境儿童) and the help they get, in eight new voices: a Horqin Mongolian
mother in 科右前旗 (兴安盟) raising three children and her stroke-lamed father-in-law after her husband died on the
ice, a Kham Tibetan grandfather in 玉树 whose son died digging caterpillar fungus and whose daughter-in-law has heart
disease, a Hui father in 西宁 东关, widowed and lamed by spondylitis, with three children and his old mother, a Han
grandmother in 农安 (吉林) raising the left-behind children of her son and of her divorced daughter, a Han village
child director (儿童主任) in 镇雄 (昭通) going through five families (orphans, a prisoner's children, a miner with
silicosis, left-behind children, a mother with an intellectual disability), a Kazakh boarding-school teacher in
福海 (阿勒泰) with four children in distress, a Han community worker in 元宝山区 (赤峰) reading out the families of
her ledger in an old mining district, and a Han hospital social worker in 天水 with children's cases from 张家川,
秦安, 甘谷 and 武山. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names alone (诺敏塔娜, 苏米雅, 纳钦, 希日莫其其格, 达古拉图雅, 苏德毕力格) and after the Han-like
syllables 白, 包, 韩, 吴, 宝 (白其力木格, 包额日登巴特, 包伊德尔, 韩乌日汗, 吴苏德, 宝达日玛) with short forms
(其力木格, 额日登, 伊德尔) and the Han names of the same people (包振海, 包雅琴); Kham Tibetan names (尕玛江永,
才仁江措, 白玛求措, 索南巴毛, 洛松江才 then 江才, 格松拉姆 then 格松, 土登尼玛 then 土登, 其美多杰), also written with
a space (尕玛 江永, 土登　尼玛); Hui Han-form names (马成德, 马晓军, 沙金花, 冶秀梅, 喇永祥, 铁富贵, 哈国良) with the
经名 beside them (舒阿布, 萨利哈, 阿尤布, 鲁给娅, 尔撒, 阿丽玛, 祖白黛) and a Han surname before an Arabic name
(韩伊斯哈格, 沙哈伦, 马优素甫); Kazakh given name + father's name with and without the dot (叶尔扎提·阿斯哈尔 and
叶尔扎提阿斯哈尔, 加娜尔·努尔兰, 阿勒腾·哈米提, 达尼亚尔叶尔肯) and short forms (叶尔扎提, 加娜尔, 阿勒腾); Han names
with common and rare surnames (邰, 隋, 初, 薄, 栾, 母, 陇, 禄, 缪, 苟, 翟, 蔺, 綦, 滕, 战, 柏, 雒, 巩, 伏, 权), with
titles and kin words (付春霞大姐, 邵翠萍姨, 潘玉珍婶, 卢志刚所长, 车玉梅书记), northeastern nicknames and forms of
address annotated whole (大柱, 胖丫, 二胖, 老邢), names that contain or end in words (杜长林, 罗长江, 朱大海, 熊建设,
吕建国, 宫长青, 铁富贵, 陇雪, 安美华), a name written twice in a ledger (吕建国吕建国), names directly before
particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary
words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup (the markup of ``_setkit.MARK``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:母玉琼}}``, ``{{qq:39028461}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014x.632701}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, quad, fw, fwspaced,
                                   fwhyphen, X check digit; mobiles plain, spaced, hyphen, s38, s74, s434, h38,
                                   plus86, plus86dash, plus86spaced, p86h, p86n, fullwidth, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长,
护士长, 阿訇, 师傅, 大姐, 婶, 姨, 阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也,
都, 就, 还, 她, 他, 他们家, 那边, 那孩子, 跟) are outside the span; a northeastern nickname or form of address (大柱,
胖丫, 二胖, 老邢) is annotated whole. Han-style names of Mongolian and Hui people (包振海, 马成德, 沙金花) are
category han; a Han surname or Han-like syllable before a non-Han given name (包额日登巴特, 韩伊斯哈格) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout22/make_holdout22.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(22_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H161: Mongolian mother in 科右前旗 (兴安盟), raising three children and her father-in-law after her husband's death.
DOCS["H161"] = ("family", """\
访谈者：大姐，您先说说家里几口人。
受访者：五口。我叫{{minority/mongolian:白其力木格}}，嘎查里都喊我{{minority/mongolian:其力木格}}，今年三十九。我们家在{{trap/place:科右前旗}}察尔森镇北边，离{{trap/place:乌兰浩特}}六十多里地。孩子他爸{{minority/mongolian:包额日登巴特}}前年腊月去拉草料，车在冰面上翻了，人没救过来。他户口本上还有个汉名叫{{han:包振海}}，跑运输的时候都用这个名。
访谈者：孩子们多大了？
受访者：三个。大闺女{{minority/mongolian:诺敏塔娜}}十四，学校里的汉名是{{han:包雅琴}}，在{{school:科右前旗第二中学初二（4）班}}住校。儿子{{minority/mongolian:包伊德尔}}十岁，在镇上的小学念四年级。小的{{minority/mongolian:苏米雅}}四岁，还在嘎查的幼儿园。家里还有老公公{{minority/mongolian:包满达乎}}，七十二了，前年脑梗，左手不好使。
访谈者：孩子爸爸走了以后，日子怎么过？
受访者：难。{{minority/mongolian:额日登}}在的时候，家里的牛、地都是他张罗。他走了，我一个女人带三个孩子、一个老人，{{trap/word:白天}}放牛，晚上给老人擦身子。嘎查的儿童主任{{minority/mongolian:韩乌日汗}}来了好几趟，帮我们家报了低保，三个孩子也登记成困境儿童，一个月加起来{{trap/number:一千三百五}}。嘎查达{{minority/mongolian:吴苏德}}他也上心，春天找人帮我把玉米种上了。苏木的民政助理{{han:于海滨}}每季度来核一回，{{trap/word:包括}}牛的头数、孩子上学的花销，都记在本子上。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:诺敏塔娜}}她懂事，周末回来先去圈里添草。班主任{{minority/mongolian:希日莫其其格}}老师说她蒙古文作文写得好。{{minority/mongolian:伊德尔}}就是调皮，他爸走了以后不爱说话，旗医院的{{han:邰淑华}}大夫说孩子心里有事，得有人陪他说说。旗里社工站来了两个年轻人，一个叫{{compound:赫连书瑶}}，还有一个是{{compound:拓跋明轩}}，每个月来给儿子做一次辅导，带他画画、踢球。
访谈者：亲戚邻居帮忙吗？
受访者：邻居{{minority/mongolian:纳钦}}他们家有拖拉机，秋天帮我把玉米拉回来。孩子他大伯{{minority/mongolian:包达林太}}在{{trap/place:兴安盟}}盟里开饭馆，过年给孩子们买新衣服。汉族邻居{{han:杜长林}}和他媳妇{{han:姚凤霞}}也常来，{{han:杜长林}}说，远亲不如近邻，有事吱一声。
访谈者：孩子们怎么面对爸爸走了这件事？
受访者：大闺女哭过一场，后来就不哭了，把她爸的蒙古袍叠好放在箱子里，说要留着。儿子到现在还常问，阿爸是不是去很远的地方拉草了。小闺女那时候才两岁，记不得她爸的样子，只认照片。我跟孩子们说，你们爸爸最大的心愿就是你们念书，谁也不许给他丢人。
访谈者：过节的时候怎么过？
受访者：正月里给孩子他爸上坟，回来熬{{trap/minority_word:奶茶}}、煮{{trap/minority_word:手把肉}}。嘎查办{{trap/minority_word:那达慕}}，{{minority/mongolian:苏米雅}}还小，跟着姐姐去看{{trap/minority_word:安代舞}}。老公公爱给孙子讲{{trap/famous:孝庄}}太后的故事，说她也是科尔沁草原上的姑娘。
访谈者：您自己身体怎么样？
受访者：腰不好，累的。冬天最熬人，零下三十度，天不亮就得起来给牛添草、砸冰饮水，手上的口子一道一道的。牛病了我不会看，就让{{minority/mongolian:纳钦}}过来帮着灌药。孩子他爸出事那回，保险公司赔了一点，还了买车欠的账就没剩多少了。大闺女开学要交伙食费、资料费，儿子要买校服，钱都是卖牛犊子凑的。去年卖了三头牛犊，今年只剩两头能卖。夜里睡不着就想，{{minority/mongolian:额日登}}要是在多好。可想也没用，孩子得念书，老人得吃药。{{trap/org:旗民政局}}今年给我们家改了暖气炕，屋里暖和了，老人夜里不咳嗽了。
访谈者：表上要登记地址和号码。
受访者：家在{{address:科右前旗察尔森镇巴音乌兰嘎查三组18号}}，他大伯的饭馆在{{address:乌兰浩特市和平街道兴安小区7号楼2单元402室}}。我身份证{{id_number@wy1985.152221}}，老公公的{{id_number@my1952spaced.152221}}。我电话{{mobile@plain}}，儿童主任的电话{{mobile@s434}}，她的微信{{wechat:Wurihan_xq2016}}。大闺女有QQ，说是学校建群用的，号码抄在日历背面了：{{qq:40918376}}。
访谈者：表上的名字都写对了吗？
受访者：乱。学校的表上大闺女是{{spaced:诺 敏 塔 娜}}，低保本上孩子他爸写成{{spaced:包 · 额日登巴特}}，死亡证明上又是{{spaced:额日登 巴特}}。我自己在花名册上是{{spaced:白　其　力　木　格}}。
访谈者：您最盼什么？
受访者：盼孩子们念出书来，别像我，小学没念完就回家放牛了。大闺女说想考{{trap/place:呼和浩特}}的师范，回来当老师。我说行，{{trap/minority_word:额吉}}再苦也供你。
""")

# H162: Kham Tibetan grandfather in 玉树 (青海); his son died in a landslide, his daughter-in-law has heart disease.
DOCS["H162"] = ("family", """\
访谈者：阿爸，您家里现在几口人？
受访者：六口。我叫{{minority/tibetan:尕玛江永}}，六十六了，住在{{trap/place:玉树}}{{trap/place:结古镇}}边上。老伴{{minority/tibetan:索南斯求}}有风湿，腿不好。儿子{{minority/tibetan:才仁江措}}前年五月上山挖{{trap/minority_word:虫草}}，遇上塌方，再没下来。儿媳{{minority/tibetan:白玛求措}}心脏不好，在{{trap/place:西宁}}住了大半年医院，现在回娘家养着，干不了活。三个孙辈就跟着我们老两口。
访谈者：孩子们多大了？
受访者：大孙女{{minority/tibetan:格松拉姆}}十三，在{{school:玉树市第三完全小学六年级（2）班}}；孙子{{minority/tibetan:土登尼玛}}十岁，在{{school:结古镇寄宿制藏文学校四年级（1）班}}住校，礼拜五我去接；小孙女{{minority/tibetan:嘎松文毛}}六岁，上学前班。家里都叫大的{{minority/tibetan:格松}}，叫老二{{minority/tibetan:土登}}。
访谈者：儿子走了以后谁帮过你们？
受访者：社区的儿童主任{{minority/tibetan:索南巴毛}}，她一家一家跑，儿媳病着不能带，就给三个娃娃报了事实无人抚养，每人一个月{{trap/number:一千六百二}}。居委会的{{minority/tibetan:洛松江才}}书记给我们报了低保。{{minority/tibetan:江才}}说，阿爸你莫急，手续我们来跑。{{trap/org:州民政局}}的{{han:冯玉洁}}科长也来过家里，给娃娃们送了棉衣。州医院的{{minority/tibetan:才仁卓嘎}}大夫一个月来给老伴看一回腿。
访谈者：社工呢？
受访者：有。市里社工站的{{compound:司马晨阳}}，跟她一起来的是{{compound:东方晓月}}，两个汉族姑娘，给{{minority/tibetan:土登}}补汉语，教孙女们跳绳。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:格松拉姆}}她学习好，班主任{{han:韦丽芳}}老师说她能考到西宁去念高中。{{minority/tibetan:土登}}也爱踢球，就是想他阿爸，晚上在宿舍里哭。宿管{{minority/tibetan:其美多杰}}老师半夜起来陪他说话。
访谈者：亲戚们呢？
受访者：儿媳的弟弟在{{trap/place:囊谦}}跑车，每个月给娃娃们打点钱。我侄子{{minority/tibetan:更尕达哇}}在寺里当阿卡，放假了接娃娃们去寺里住几天。邻居{{minority/tibetan:布琼达杰}}家有车，娃娃生病都是他送医院。他说，隔壁住着就是一家人。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:赛马节}}带娃娃们去草原上看赛马、跳{{trap/minority_word:锅庄}}。藏历年老伴打{{trap/minority_word:酥油}}、炸{{trap/minority_word:卡赛}}，我带娃娃们去{{trap/famous:文成公主}}庙磕头。娃娃们问，公主走了那么远的路不想家吗？我说想，可她把路走出来了。
访谈者：孙子孙女之间处得好吗？
受访者：好。大的让着小的，小的跟着大的。大孙女放假回来给弟弟妹妹洗头、补衣服，{{minority/tibetan:格松}}就像个小阿妈。
访谈者：现在日子上最难的是什么？
受访者：冬天冷，煤贵，一吨煤要一千多，我们烧牛粪省着用。我们住的房子是{{trap/year:2010年}}地震以后政府盖的。娃娃们的棉衣是社区发的，鞋子一年穿坏两双。老伴腿疼走不了远路，买菜、接送娃娃都是我。我年纪也大了，上楼梯喘得厉害，大夫说我心脏也不太好，让我少干重活，可家里的活总得有人干。以前儿子挖一季虫草能挣两三万，现在全靠政府和亲戚。家里那几头牦牛也卖了，给儿媳看病。{{minority/tibetan:白玛求措}}她说等病好一点就回来带娃娃，我说你先把身子养好。
访谈者：娃娃们知道阿爸的事吗？
受访者：知道。大孙女那年十一岁，跟着大人上山找了三天。回来以后她一句话不说，饭也不吃，是学校的老师一天一天陪着才缓过来。孙子小，只知道阿爸不回来了，有时候看见别人家的摩托车，就跑出去看是不是他阿爸。我每天早上转经，求菩萨保佑这几个娃娃平平安安，别再受苦了。
访谈者：登记要写地址和号码。
受访者：家在{{address:玉树市结古街道扎西科社区团结巷23号}}，儿媳娘家在{{address:称多县歇武镇直门达村二社11号}}。我身份证{{id_number@my1959.632701}}，孙子的{{id_number@my2014x.632701}}。我的电话{{mobile@s38}}，{{minority/tibetan:索南巴毛}}的{{mobile@plus86}}，她微信{{wechat:sonambamo_ys}}。大孙女有个QQ，说是老师布置作业用的，她拿铅笔写在门框上：{{qq:2730581946}}。
访谈者：表上的名字对吗？
受访者：藏族名字汉字写法多。派出所的表上是{{spaced:尕玛 江永}}，中间空着；儿子的死亡证明上是{{spaced:才仁 江措}}；学校把孙子写成{{spaced:土登　尼玛}}，把孙女写成{{spaced:格 松 拉 姆}}。
访谈者：您最盼什么？
受访者：盼娃娃们念书念出去，别像他们阿爸那样，在山上拿命换钱。大孙女说她以后要当大夫，回玉树给老人看病，我听了高兴，转经的时候也替她念着。
""")

# H163: Hui father in 西宁 东关, widowed and lamed by spondylitis, with three children and his old mother.
DOCS["H163"] = ("family", """\
访谈者：马师傅，您先说说家里的情况。
受访者：我叫{{han:马成德}}，经名{{minority/hui:舒阿布}}，今年四十八，在{{trap/place:西宁}}{{trap/place:东关}}大街上开了十几年牛肉面馆。前年得了强直性脊柱炎，腰弯不下去，面馆盘给了别人。媳妇{{han:韩秀英}}，经名{{minority/hui:萨利哈}}，三年前得乳腺癌无常了。家里三个娃娃，还有我阿妈。
访谈者：孩子们多大？
受访者：老大{{han:马晓军}}十五，经名{{minority/hui:阿尤布}}，在{{school:西宁市第五中学初三（3）班}}；丫头{{han:马晓芳}}十一，经名{{minority/hui:鲁给娅}}，在东关的回族小学念五年级；老三{{han:马晓龙}}七岁，经名{{minority/hui:尔撒}}，刚上一年级。家里都喊经名，{{minority/hui:尔撒}}都不知道他的学名咋写。
访谈者：您阿妈身体怎么样？
受访者：阿妈{{han:沙金花}}七十一了，经名{{minority/hui:阿丽玛}}，眼睛做过手术。她每天早上给娃娃们炸{{trap/minority_word:馓子}}、沏{{trap/minority_word:盖碗茶}}。老人说，娃娃没了娘，不能再没了热饭。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:祁玉霞}}，她给三个娃娃办了困境儿童补贴，每人每月{{trap/number:九百八}}，全家还有低保。社区主任{{han:冶秀梅}}跟{{trap/org:区民政局}}说了我家的事，给老大申请了助学金。{{trap/org:东关清真大寺}}的{{han:韩占奎}}阿訇每逢主麻都让人给我们送{{trap/minority_word:油香}}，寺里散乜贴也给我们留一份。
访谈者：亲戚们呢？
受访者：大舅子{{minority/hui:韩伊斯哈格}}在{{trap/place:大通}}的{{trap/word:冶炼}}厂上班，一个月来一趟，给娃娃们买衣裳。他自己也有三个娃娃，日子也紧。我表弟{{minority/hui:沙哈伦}}在{{trap/place:拉萨}}开饭馆，{{trap/minority_word:古尔邦节}}前打钱回来。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:阿尤布}}他懂事，放学回来先给弟弟看作业。班主任{{han:喇永祥}}老师说，他数学好，能考上{{trap/org:湟川中学}}。{{minority/hui:鲁给娅}}爱画画，她画她妈，画了一整本子。学校心理老师{{compound:公孙怡然}}每周给她做一次辅导。社区社工站还有个{{compound:慕容子轩}}，小伙子，带老三他们踢球。
访谈者：娃娃们想妈妈吗？
受访者：想。丫头每个礼拜五都要去她妈的坟上，坐一会儿，说说学校里的事。老大把他妈的照片夹在书里，谁也不让动。老三小，晚上睡觉要抱着他妈以前织的毛衣。我看着心里难受，可我也不敢在娃娃们面前哭，怕他们更难受。寺里的师娘常来家里坐坐，跟丫头说说女娃娃的心里话，这些事我一个当爹的说不出口。
访谈者：邻居们怎么样？
受访者：好。对门的{{han:穆建忠}}他们家开小卖部，娃娃们放学饿了去拿个馍，他从来不要钱。楼下{{han:铁富贵}}师傅会修电，家里灯坏了一个电话他{{trap/word:马上}}就来。{{han:哈国良}}大夫在社区卫生站，阿妈的血压都是他量。
访谈者：您自己最难的是什么？
受访者：腰疼起来整夜睡不着。早上起来要先在炕上活动半个钟头，才能下地给娃娃们做饭。三个娃娃的衣裳、作业、家长会，以前都是他们的妈操心，现在全落在我身上，我一个大男人，丫头的辫子都扎不好，还是我阿妈教我的。去年冬天丫头发烧到四十度，我半夜背着她去医院，腰疼得直不起来，是出租车司机帮我把娃娃抱上楼的。面馆没了，家里就靠低保和我给人看店挣的一点钱。{{han:马晓军}}说他不念了，要去打工，我骂了他，说你阿妈活着的时候最盼你念书。
访谈者：家里的开销怎么安排？
受访者：一个月低保加补贴两千出头，房子是自己的，不交房租。大头是娃娃们上学，老大住校要伙食费，丫头报了个画画班，我让{{han:祁玉霞}}帮着问了问，社区给出了一半。阿妈的药一个月三百多，我自己的药能报一部分。过日子就是一分一分抠，肉一个礼拜吃两回，娃娃们从来不闹。
访谈者：登记表要写地址和号码。
受访者：家在{{address:西宁市城东区东关大街富民巷11号}}。我的身份证{{id_number@my1977.630102}}。{{han:祁玉霞}}的电话{{mobile@plus86spaced}}，她的微信{{wechat:qiyuxia_dongguan}}。{{minority/hui:阿尤布}}的QQ是他自己写给我的，说有事就在上面找他，号码在这张纸条上：{{qq:1158092734}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。学校表上有{{spaced:马　晓　芳}}，还有{{spaced:阿 尤 布}}，寺里的名册把大舅子写成{{spaced:韩伊斯 哈格}}，把我媳妇的经名写成了别的字。
访谈者：您最盼什么？
受访者：盼娃娃们长大做个好人。阿訇讲过{{trap/famous:赛典赤}}做官清白，百姓念他几百年，人活一世要留个好名声。
""")

# H164: Han grandmother in 农安 (吉林) raising the left-behind children of her son and her divorced daughter.
DOCS["H164"] = ("family", """\
访谈者：大娘，您家几口人？
受访者：我跟老头子带着三个孩子过。我叫{{han:谭凤芝}}，六十七了，住在{{trap/place:农安}}县城东边的屯子里。老头子{{han:姜德福}}腿有毛病，走道得拄棍儿。儿子{{han:姜洪亮}}在{{trap/place:大连}}工地上干活，儿媳{{han:曲丽娜}}前年跟人去{{trap/place:韩国}}打工了，一走三年没回来。闺女{{han:姜洪霞}}离婚了，在{{trap/place:长春}}给人当保姆，她儿子也搁我这儿。
访谈者：孩子们多大了？
受访者：大孙子{{han:姜浩宇}}十三，小名{{han:大柱}}，在{{school:农安县第三中学初一（5）班}}。孙女{{han:姜欣怡}}九岁，小名叫{{han:胖丫}}，其实一点不胖。外孙{{han:孙宝山}}七岁，我们都喊他{{han:二胖}}。孙女上三年级，{{han:二胖}}上一年级，都在镇上的小学念书。
访谈者：孩子们的爸妈常联系吗？
受访者：{{han:姜洪亮}}他一礼拜打一回电话，问问孩子们吃得咋样、学习咋样，过年回来待几天。儿媳也往回寄钱，就是不回来，{{han:大柱}}都快不认识他妈了。{{han:二胖}}他爸再婚了，一分钱抚养费也不给，闺女就那点工资，还得租房。
访谈者：谁帮过你们？
受访者：村上的儿童主任{{han:付春霞}}大姐，她跑前跑后，给{{han:二胖}}按困境儿童报了，一个月{{trap/number:一千一百八}}。村书记{{han:隋长山}}说，你家这情况得报低保，{{han:隋长山}}他亲自去镇上给办的，一分钱没让我们花。镇民政所的{{han:卢志刚}}所长来家里看过两回。村医{{han:初晓光}}那人实在，老头子腿疼，半夜打电话他也来。
访谈者：学校那边呢？
受访者：{{han:大柱}}的班主任{{han:薄丽娟}}老师好，知道孩子爸妈不在家，开家长会让我坐前头，{{trap/word:于是}}我也能听清。{{han:胖丫}}的体育老师是个小伙子，叫{{compound:欧阳春霖}}，天天带她跳绳。县里社工站的{{compound:宇文静姝}}每个月来一回，给孩子们上课，教他们咋跟爸妈视频唠嗑。
访谈者：邻居们呢？
受访者：东院{{han:老邢}}，大名{{han:邢玉坤}}，冬天帮我们扒炕、掏烟囱。他媳妇{{han:关玉凤}}包酸菜馅饺子，回回给孩子们送一盖帘。西院的{{han:栾秀清}}也常过来坐，给孩子们拿点自家种的黏苞米。
访谈者：孩子们在家帮您干活吗？
受访者：帮。大孙子放了学就去抱柴火、喂鸡，{{han:胖丫}}还帮我择菜、扫院子。外孙小，就会跟在后头捣乱。
访谈者：冬天怎么过？
受访者：{{trap/minority_word:猫冬}}呗。烧{{trap/minority_word:火炕}}，渍{{trap/minority_word:酸菜}}，早上熬{{trap/minority_word:大碴子粥}}。老头子爱听{{trap/minority_word:二人转}}，孩子们跟着学唱。他还给孩子们讲{{trap/famous:岳飞}}要直捣{{trap/place:黄龙府}}的事，说黄龙府就在咱这儿，孩子们听了可来劲了。
访谈者：您身体怎么样？
受访者：高血压，吃着药呢。早上四点多就起来，做饭、喂鸡、送孩子上学，回来还得伺候老头子。家里种着十几亩玉米，秋收的时候雇人收，工钱一天一百五，我们出不起，就让亲戚帮着掰。冬天孩子们放学回来，屋里冷，我就先把炕烧热了，让他们趴炕上写作业。有时候夜里想，我要是倒下了，这仨孩子咋整。大伙儿都夸我，说{{trap/word:姜还是老的辣}}，可我心里也没底。
访谈者：孩子们想爸妈吗？
受访者：咋不想。孙女每天晚上睡觉前都要拿我手机看她妈的照片，看着看着就睡着了。大孙子嘴硬，说不想，可他把他爸给他买的那双球鞋擦得锃亮，舍不得穿。外孙最小，有一回在学校跟人打架，老师问为啥，他说人家笑话他没爸没妈。我听了心里难受，回家搂着他哭了一场。第二天我找{{han:薄丽娟}}老师说了这事，老师在班上开了个班会。
访谈者：登记表要写地址和号码。
受访者：家在{{address:农安县伏龙泉镇兴隆村五组7号}}，闺女在长春租的房子在{{address:朝阳区红旗街道春城小区4号楼1单元502}}。我身份证{{id_number@wy1958.220122}}，{{han:姜浩宇}}的{{id_number@my2012hyphen.220122}}。我电话{{mobile@spaced}}，儿子的{{mobile@p86n}}，{{han:付春霞}}的{{mobile@h38}}，她的微信{{wechat:fuchunxia_nongan}}。{{han:大柱}}有QQ，说是跟他妈聊天用的，他拿圆珠笔写在挂历上了：{{qq:623904517}}。
访谈者：表上名字写对了吗？
受访者：有写岔的。学校表上是{{spaced:姜 浩 宇}}，低保表上孙女是{{spaced:姜　欣　怡}}，还有把儿媳的名字写错了一个字的。社工姑娘签名签成了{{spaced:宇 文 静 姝}}。
访谈者：您最盼啥？
受访者：盼儿子儿媳早点回来。钱挣多挣少的，一家人得在一块儿。
""")

# H165: Han village child director (儿童主任) in 镇雄 (昭通, 云南) going through the five families of her ledger.
DOCS["H165"] = ("staff", """\
访谈者：您好，先介绍一下您自己吧。
受访者：我叫{{han:母玉琼}}，是{{trap/place:镇雄}}县{{trap/place:母享镇}}一个村的儿童主任，干了五年。我们村在山上，年轻人大多去{{trap/place:浙江}}、{{trap/place:福建}}打工，留下老人和娃娃。我手上建档的困境儿童有十一个，今天说说最操心的五家。
访谈者：好，您一家一家说。
受访者：头一家姓罗。娃娃的爹{{han:罗长江}}在外省煤矿打工，出事故没了；娘{{han:王翠芬}}前年得肝病也走了。两兄妹{{han:罗小平}}、{{han:罗小燕}}，一个十二，一个九岁，跟着叔叔{{han:罗长河}}过。叔叔自己也有三个娃娃，两口子种烤烟。兄妹俩都拿孤儿基本生活费，一人每月{{trap/number:一千三百四}}。{{han:罗小燕}}她胆小，见了生人就躲，我去了好多回她才跟我说话。
访谈者：第二家？
受访者：第二家是{{han:申国强}}家。{{han:申国强}}贩毒，判了十二年，在{{trap/place:昆明}}服刑。媳妇{{han:周玉莲}}跑了。两个娃娃{{han:申浩}}、{{han:申婷}}跟奶奶过，隔壁的{{han:邵翠萍}}姨常过去帮着洗洗涮涮。奶奶快八十了，还要背着背篓上坡挖洋芋。{{han:申浩}}说他长大要当警察，我听了心里酸。
访谈者：第三家？
受访者：第三家是{{han:陇正清}}，他在外头矿山上打了十几年风钻，得了尘肺病，喘不上气，只能在家躺着。媳妇{{han:苏小琴}}照顾他，走不开，家里几亩地都荒了。娃娃{{han:陇雪}}十四，在{{school:镇雄县第四中学初二（7）班}}，成绩好得很。{{han:陇雪}}跟我说她想学医，给她爹治病。镇卫生院的{{han:苟玉兰}}医生每个月上门给他看一回，还联系了县医院，给他办了慢性病卡。
访谈者：第四家？
受访者：第四家是留守的。爹妈{{han:熊建设}}、{{han:缪春花}}都在{{trap/place:宁波}}鞋厂，三个娃娃跟爷爷{{han:熊德贵}}。大的{{han:熊文华}}十一，在{{school:母享镇中心小学五年级（3）班}}；二的是个丫头，八岁；小的才四岁。{{han:熊德贵}}就是嘴上凶，心疼娃娃。寨子里有人说这几个是{{trap/word:熊孩子}}，其实乖得很，放了学就帮爷爷喂猪。
访谈者：第五家？
受访者：第五家，娃娃的娘{{han:禄小凤}}智力残疾，爹{{han:朱大海}}在外头打零工，一年回来一趟。娃娃{{han:朱明远}}七岁，前年还没上户口，是派出所{{han:吉光荣}}所长上门给办的。
访谈者：娃娃们上学远不远？
受访者：远。初中在镇上住校，小学在村里，山路要走四十分钟。下雨天路烂，我跟村里商量，让大娃娃带小娃娃结伴走，再请几个在家的老人轮流在路口看着。冬天冷，好些娃娃脚上生冻疮，学校去年发了棉鞋，今年又给每个娃娃发了一件羽绒服。
访谈者：这些工作谁跟您一起做？
受访者：镇上民政所的{{han:禄志明}}所长，社工站的{{compound:闾丘海涛}}和{{compound:令狐佳怡}}。{{compound:令狐佳怡}}是{{trap/place:昭通}}城里来的姑娘，教娃娃们做手工。县{{trap/org:妇联}}的{{han:安美华}}主任给每家送过一回米和油。{{han:翟春燕}}老师是{{han:陇雪}}的班主任，她给娃娃申请了助学金。
访谈者：娃娃们平时有什么活动？
受访者：村里有个儿童之家，周末开门，有图书、有乒乓球桌，还有一台电脑，娃娃们排着队跟爹妈视频。我带娃娃们去看{{trap/place:赤水河}}的源头，给他们讲{{trap/famous:孟获}}的故事。娃娃们最爱听，听完了还要演，抢着当大王。
访谈者：台账上的信息呢？
受访者：罗家叔叔家在{{address:镇雄县母享镇红岩村大寨组21号}}。罗家丫头的身份证{{id_number@wy2016fwhyphen.530627}}，{{han:申国强}}的{{id_number@mmidspaced.530627}}。{{han:苏小琴}}的电话{{mobile@s74}}。我的微信{{wechat:myq_ertongzhuren}}。{{han:熊文华}}跟他爹妈视频用QQ，号码他写在作业本封面上了：{{qq:39028461}}。
访谈者：名字写法有出入吗？
受访者：有。娃娃们的名字是爷爷奶奶报户口的时候随口说的，字写得五花八门。系统里是{{spaced:罗 小 燕}}，有的表把{{spaced:陇　正　清}}每个字中间都空开，还有{{spaced:申国 强}}。社工的签名是{{spaced:闾 丘 海 涛}}。
访谈者：您干这个最难的是什么？
受访者：路远，一家一家走，雨天山路滑，摔跤是常事。有的老人不会说普通话，耳朵又背，一句话要喊好几遍。还有就是娃娃们的心思难懂，爹妈在外头，娃娃嘴上说不想，夜里躲在被窝里哭。我每个月给每家打两回电话，把{{trap/hotline:12345}}写在他们家门背后，逢年过节再去看一趟，哪家娃娃有个头疼脑热的，我心里就挂着。可娃娃们的{{trap/word:母亲}}不在身边，总得有个人惦记他们。
""")

# H166: Kazakh boarding-school teacher in 福海 (阿勒泰) and the four children in distress of her classes.
DOCS["H166"] = ("teacher", """\
访谈者：老师，您在这个学校多久了？
受访者：十一年。我叫{{minority/kazakh:古丽巴哈尔·胡安}}，在{{trap/place:福海}}县一个乡的寄宿制学校教哈萨克语文，也当班主任。学校的孩子大多是牧民家的，爸妈{{trap/minority_word:转场}}的时候孩子们就住校。我班上有四个困境儿童。
访谈者：能一个一个说说吗？
受访者：第一个是{{minority/kazakh:叶尔扎提·阿斯哈尔}}，十三岁，在{{school:福海县齐干吉迭乡寄宿制学校六年级（1）班}}。他爸{{minority/kazakh:阿斯哈尔·库尔曼}}前年春天转场遇上暴风雪，为了找羊没回来。他妈{{minority/kazakh:库兰·朱马汗}}改嫁去了{{trap/place:吉木乃}}，孩子跟着爷爷奶奶。{{minority/kazakh:叶尔扎提}}他话少，成绩原来很好，他爸走了以后掉了一大截。
访谈者：学校怎么帮他？
受访者：县里的心理老师{{compound:尉迟明浩}}每两周来一次，跟他聊天、下棋。宿管{{minority/kazakh:哈丽旦}}阿姨晚上多看他两眼。乡里的儿童主任{{minority/kazakh:赛力克·叶森}}给他报了事实无人抚养，每月{{trap/number:一千四百六}}。他说，钱是小事，要紧的是孩子别垮。
访谈者：第二个？
受访者：第二个是{{minority/kazakh:加娜尔·努尔兰}}，女孩，十一岁，在我们学校念五年级。她爸{{minority/kazakh:努尔兰·赛力克}}打架伤了人，判了六年，她妈{{minority/kazakh:玛依拉·哈布都拉}}有癫痫，干不了重活。{{minority/kazakh:加娜尔}}那孩子特别要强，回回考第一，就是不让别人提她爸。生活老师{{han:牛桂芳}}跟她最亲，周末还领她去家里吃饭。
访谈者：第三个？
受访者：第三个是{{minority/kazakh:阿勒腾·哈米提}}，爸爸{{minority/kazakh:哈米提·托列根}}和妈妈在{{trap/place:克拉玛依}}的油田上打零工，一年回来一趟，{{minority/kazakh:阿勒腾}}跟着奶奶{{minority/kazakh:沙勒塔娜提}}。奶奶七十多了，放着二十只羊。孩子周五回家，一到家就去饮羊、捡柴。
访谈者：第四个？
受访者：第四个，低保表上写的是{{minority/kazakh:达尼亚尔叶尔肯}}，没有点。他爸去年被马踢伤了腰，瘫在床上，县医院的{{han:闫春生}}大夫说恢复要好几年。乡里的民政专干{{han:侯建军}}给他们家报了低保，还联系了{{trap/org:县残联}}送轮椅。
访谈者：学校还有什么办法？
受访者：校长{{han:贾振国}}定了规矩，困境儿童的伙食费、住宿费全免，冬天发棉鞋。县社工站的{{compound:皇甫嘉琪}}和她同事{{compound:上官晓岚}}每个月来做小组活动，教孩子们说出心里的话。上回活动{{minority/kazakh:叶尔扎提}}第一次开口讲他爸，讲完了大家都哭了。
访谈者：孩子们住校，周末怎么办？
受访者：路远的孩子一个月回一次家，平常周末就留在学校。我们几个老师轮流值班，带他们洗衣服、晒被子、打篮球。冬天雪大，接孩子的摩托车进不来，家长就骑马到公路边上等着。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:纳吾肉孜节}}学校放假，我把回不了家的孩子领到我家，煮{{trap/minority_word:纳吾肉孜饭}}，吃{{trap/minority_word:奶疙瘩}}。我丈夫弹{{trap/minority_word:冬不拉}}，给孩子们讲{{trap/famous:霍加纳斯尔}}的笑话。夏天学校组织孩子们去{{trap/place:乌伦古湖}}边上玩，还看了一场{{trap/minority_word:叼羊}}。
访谈者：学生的信息都登记了吗？
受访者：登记了。第一个孩子的爷爷家在{{address:福海县齐干吉迭乡喀拉托别村二组13号}}，{{minority/kazakh:阿勒腾}}爸妈在{{address:克拉玛依市白碱滩区金龙小区5栋1单元201室}}租房子住。户口本上孩子写的是{{minority/kazakh:叶尔扎提阿斯哈尔}}，中间没有点，身份证{{id_number@my2012fw.654323}}。我电话{{mobile@plus86dash}}，儿童主任的{{mobile@fws}}，我的微信{{wechat:Gulbahar_Huan85}}。{{minority/kazakh:加娜尔}}有个QQ，她说只跟我一个人聊，号码写在我的备课本最后一页：{{qq:2519847306}}。
访谈者：名字在表上写得一致吗？
受访者：不一致。有的表上是{{spaced:叶 尔 扎 提 · 阿 斯 哈 尔}}，一个字一个字空开；有的是{{spaced:加娜尔 · 努尔兰}}，点两边空着；还有{{spaced:阿勒腾 哈米提}}，中间空一格，没有点。我自己有时候也被写成{{spaced:古丽巴哈尔 · 胡安}}。
访谈者：您最大的心愿是什么？
受访者：孩子们都能念到高中、念到大学。我们学校这几年变化大，宿舍有了暖气，食堂顿顿有肉，孩子们冬天不用再挤在一张床上取暖了。可是孩子们想家，特别是小的，晚上熄了灯就哭，我们几个老师轮流守着，给他们讲故事、唱歌，等他们睡着了再走。草原上的孩子走出去了，回来还能给草原干点事。
""")

# H167: Han community worker in 元宝山区 (赤峰), an old mining district, reading out her families from the ledger.
DOCS["H167"] = ("staff", """\
访谈者：您在社区干了多少年了？
受访者：九年。我叫{{han:蔺晓雯}}，在{{trap/place:元宝山区}}平庄镇的一个社区当网格员，兼着儿童主任。我们这片原来是矿区，{{trap/org:矿务局}}的老宿舍楼多，困境儿童也多。我把本子上的几家跟您说说，名字我都念全名。
访谈者：好。
受访者：第一家，{{han:吕建国}}，原来是井下的工人，前年冒顶没了。表上他的名字写了两遍，“{{han:吕建国}}{{han:吕建国}}”，录系统的人手一抖粘了两回。媳妇{{han:孔秀珍}}在超市当收银员，带着两个孩子，{{han:吕思远}}十二，{{han:吕思琪}}八岁。{{han:吕思远}}他跟他爸一个脾气，倔，可学习上心，在{{school:元宝山区平庄第二中学初一（2）班}}。{{han:孔秀珍}}那边，我一个月去两回。
访谈者：第二家？
受访者：第二家，{{han:宫长青}}吸毒又贩毒，判了七年；媳妇{{han:滕丽丽}}在{{trap/org:戒毒所}}。孩子{{han:宫雨轩}}九岁，跟奶奶{{han:宫桂香}}过。老太太捡废品供孙子上学，孙子在{{school:平庄镇第五小学三年级（1）班}}，班主任{{han:战海燕}}老师经常给孩子带一份早饭。孩子放学先去楼下{{han:潘玉珍}}婶家写作业，等奶奶回来。
访谈者：第三家？
受访者：第三家是蒙古族，爸爸{{minority/mongolian:包乌日嘎}}得了肺癌，在{{trap/place:赤峰}}住院化疗，妈妈{{minority/mongolian:达古拉图雅}}在医院陪床。儿子{{minority/mongolian:苏德毕力格}}十岁，女儿{{minority/mongolian:赛罕塔娜}}六岁，俩孩子暂时放在姥姥{{minority/mongolian:宝达日玛}}家。{{minority/mongolian:苏德毕力格}}也懂事，天天给他爸打电话问吃饭了没。孩子他爸说，等化疗做完了，他还要回去开车。
访谈者：第四家？
受访者：第四家是孤儿，{{han:綦梦瑶}}，十四岁，爸妈离婚后谁都不管，她爸后来病死了，她妈联系不上，按事实无人抚养报的。跟着大姑{{han:綦淑琴}}过，大姑自己也下岗了。
访谈者：都有谁参与帮扶？
受访者：社区书记{{han:车玉梅}}书记亲自包这几户。派出所{{han:柏志强}}所长给孩子补办了户口。社区医院的{{han:满春华}}大夫每季度给孩子们体检。区里社工站有{{compound:长孙雨彤}}、{{compound:巫马一鸣}}，还有个叫{{compound:段干立伟}}的，他们在社区办了个四点半学堂。我跟{{compound:长孙雨彤}}搭档时间最长，她会说蒙古话，{{minority/mongolian:宝达日玛}}老人家最愿意跟她唠。
访谈者：孩子们平时放学后去哪儿？
受访者：四点半学堂。社区腾出一间活动室，摆了几张桌子，志愿者辅导作业，还有大学生放假回来教画画。家长下班晚的，孩子就在那儿等着，六点以后我们挨个送回去。去年又来了个社工叫{{compound:上官若溪}}，专门带初中的孩子。
访谈者：孩子们怎么过节？
受访者：过年社区包饺子，把这几家孩子都叫来，志愿者给每个孩子准备一个红包、一套新衣服。正月十五带他们去{{trap/place:老哈河}}边上看冰灯。讲故事的时候我讲{{trap/famous:萧太后}}，说她就是咱这一片的人。孩子们听完了都挺{{trap/word:满意}}，说下回还要听。
访谈者：做这份工作最难的是什么？
受访者：跑手续。材料一样一样要齐，缺一个章就得再跑一趟。{{han:綦梦瑶}}的户口补了半年，跑了{{trap/org:区民政局}}、派出所、街道好几趟。区里的未成年人保护热线{{trap/hotline:12355}}我也贴在了每家门上。还有就是孩子的心思，大人在不在身边，孩子心里都明白，我们能做的就是常去看看。
访谈者：登记的信息呢？
受访者：{{han:孔秀珍}}家在{{address:元宝山区平庄镇矿工新村12号楼3单元201室}}，{{han:宫桂香}}家在{{address:元宝山区元宝山镇马架子村四组9号}}。{{han:吕思远}}的身份证{{id_number@my2013.150403}}，{{han:綦梦瑶}}的{{id_number@wy2011fwspaced.150403}}。{{han:宫桂香}}的电话{{mobile@fullwidth}}，她的微信是孙子帮着弄的，叫{{wechat:gongguixiang_61}}。我的工作微信{{wechat:linxiaowen_ybs}}。{{han:宫雨轩}}有QQ，他说是上网课用的，我让他写在登记表的背面：{{qq:50371628}}。
访谈者：表上的名字写法一致吗？
受访者：不一致。有的表上写{{spaced:宫 雨 轩}}，有的是{{spaced:綦　梦　瑶}}，还有{{spaced:苏德 毕力格}}。社工签名签成{{spaced:段 干 立 伟}}，孩子们以为是四个人。
访谈者：您最大的心愿呢？
受访者：盼这几个孩子都平平安安长大，别走他们爹的老路。矿上这些年关了好几个井，年轻人都出去了，留下的多是老人和孩子。我们社区能做的有限，可只要孩子们知道有人惦记着，心里就不那么空。同事跟我开玩笑，说我跟{{trap/famous:蔺相如}}是一家子，有事就得负荆请罪，我说我只管把孩子们的事办好。
""")

# H168: Han hospital social worker in 天水 (甘肃) with children's cases from 张家川, 秦安, 甘谷 and 武山.
DOCS["H168"] = ("staff", """\
访谈者：您在医院做社工几年了？
受访者：五年。我叫{{han:雒海宁}}，在{{trap/place:天水}}市一家医院的医务社工部，主要跟儿科和烧伤科。我说几个这半年手上的个案，都是困境家庭的娃娃。
访谈者：好。
受访者：第一个是{{trap/place:张家川}}的回族娃娃{{minority/hui:马优素甫}}，十岁，烧伤。他爸{{han:马国义}}前年在工地上摔下来没了，他妈{{han:杨秀梅}}，经名叫{{minority/hui:祖白黛}}，一个人带三个娃娃。那天她去地里，{{minority/hui:马优素甫}}在家烧炕，衣服着了。孩子的爷爷{{han:马占海}}七十多了，在走廊里一坐就是一天。孩子的叔叔在{{trap/place:新疆}}摘棉花，听说了连夜坐车回来。
访谈者：你们怎么帮他？
受访者：先是钱。我跟{{trap/org:市红十字会}}、县上的{{trap/org:民政局}}联系，申请了临时救助和大病救助。植皮是烧伤科{{han:赵启明}}主任做的，一共做了三次。{{han:伏晓梅}}护士长怕孩子闷，把自己儿子的连环画拿来给他看。{{minority/hui:马优素甫}}他最爱听{{trap/famous:伏羲}}画八卦的故事，说出院了要去伏羲庙看看。
访谈者：第二个呢？
受访者：第二个是{{trap/place:秦安}}的女孩，{{han:王梓涵}}，九岁，白血病。{{han:王梓涵}}还不知道自己得的是啥病，只说想回学校。爸妈离婚了，爸爸在外头打工，电话常打不通，跟着奶奶{{han:刘桂琴}}。老人不识字，缴费单、知情同意书都是我一张一张念给她听。血液科的{{han:裴文斌}}大夫说配型找到了，就是钱还差一截。我们在网上给她筹了一部分，{{trap/org:市妇联}}又给了一些。
访谈者：第三个？
受访者：第三个是{{trap/place:甘谷}}的男孩{{han:巩小军}}，十二岁，骨折后感染。爸爸{{han:巩志勇}}在监狱里，妈妈{{han:何彩霞}}听力残疾，母子俩用手机打字说话。{{han:巩小军}}他要强，不让人看见他哭。他学校的{{han:权丽君}}老师来医院看过两回，带着全班同学写的卡片。
访谈者：还有吗？
受访者：还有一个{{trap/place:武山}}的，{{han:焦雨萱}}，七岁，先天性心脏病，爸妈在{{trap/place:兰州}}打工，孩子是爷爷奶奶带大的。手术前孩子问我，阿姨我会不会死，我说不会，{{han:焦雨萱}}你是最勇敢的。
访谈者：你们部门几个人？
受访者：五个。主任之外，还有同事{{compound:漆雕晓宁}}、{{compound:公冶婉清}}、{{compound:乐正清扬}}，去年又来了个{{compound:诸葛思源}}，是{{trap/place:渭河}}边上长大的本地小伙子。他跟孩子们说，他家祖上跟{{trap/famous:诸葛亮}}是一家，孩子们不信，他就讲诸葛亮在天水收{{trap/famous:姜维}}的故事。
访谈者：孩子们住院时心里怕吗？
受访者：怕。小的怕打针，大的怕落下功课，怕同学忘了他。我们在病区开了个小教室，请师范学院的学生来上课，又给孩子们录视频发给班主任，让同学们回个话。孩子听见同学的声音，脸上就有笑了。
访谈者：这些家庭最需要什么？
受访者：钱之外，是有人陪着。住院一住几个月，有的家长白天在医院，晚上睡在楼道里，饭就是馍和开水。我们跟医院食堂商量，给困境家庭的陪护打了折，又找爱心企业捐了折叠床。家长不懂报销，不会填表，有的连病房都找不到。我们从入院开始跟，出院了再做回访，跟学校商量补课。孩子病好了回去上学，落下的功课得有人帮着补上，这也是我们的事。
访谈者：个案资料怎么登记？
受访者：{{minority/hui:马优素甫}}家在{{address:张家川回族自治县龙山镇马河村三组12号}}，第二个孩子的奶奶家在{{address:秦安县兴国镇凤山社区9号楼2单元301室}}。{{han:王梓涵}}在{{school:秦安县兴国镇第二小学三年级（4）班}}，{{han:巩小军}}在{{school:甘谷县第一中学初一（6）班}}。{{minority/hui:马优素甫}}的身份证{{id_number@my2015quad.620525}}，{{han:刘桂琴}}的{{id_number@woldx.620522}}。{{han:杨秀梅}}的电话{{mobile@p86h}}，甘谷那个男孩家里留的是他妈的{{mobile@hyphen}}。我的工作微信{{wechat:luohaining_sw}}。{{han:巩小军}}有个QQ，他说住院闷了就上去聊天，号码写在床头卡背面：{{qq:3807162594}}。
访谈者：名字登记上有问题吗？
受访者：多。病历上有{{spaced:马 优 素 甫}}，有{{spaced:巩　小　军}}，还有{{spaced:焦雨 萱}}。同事被写成{{spaced:漆 雕 晓 宁}}。医保系统只认身份证上的写法，差一个字都报不了。
访谈者：您最大的感受？
受访者：娃娃病了，一家人就垮了一半。我们能做的，是让他们知道不是一个人在扛。跟{{trap/famous:李广}}射石一样，心里憋着一股劲，石头也能射进去。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=161,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
