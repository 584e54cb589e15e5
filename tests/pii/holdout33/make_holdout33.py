# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 33 (tests/pii/holdout33/H249-H256 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 32, written side by side, is not an
earlier set).

Set 33 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
扎赉特旗 (兴安盟) whose husband is on dialysis in 乌兰浩特, with a daughter, a son and a rheumatic father-in-law; a
Tibetan father in 昌都 (卡若区), his back broken when his lorry turned over on the 318 road, whose wife went to work
in 拉萨 and stopped answering, with three children and his old mother; a Hui grandmother in 海原 (中卫) whose husband
died of black lung and whose son is in prison for carrying drugs, his wife remarried, with two grandchildren and an
orphan neighbour; a Han father in 靖州 (怀化) whose Dong wife has lupus, with Dong and Miao neighbours (a left-behind
boy, two orphans raised by their grandmother); a Bai mother in 大理 (喜洲) whose husband was paralysed by a fall,
raising her two children and her brother's left-behind daughter, in touch with teachers and relatives on WeChat and
QQ; a Kazakh grandmother in 富蕴 (阿勒泰) whose husband froze to death on the spring move and whose son is in prison,
his wife remarried; a Han civil-affairs clerk in 锡林浩特 reading out the forms of five families; and a Han
grandmother in 兴城 (葫芦岛) whose daughter-in-law left six years ago, with a son who works on the 大连 docks and a
husband lamed by a stroke.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to six characters (萨茹拉图雅, 嘎日迪巴图, 温都苏巴图, 乌日汗塔娜, 达日玛其其格, 沙日娜图雅,
阿木古楞巴图, 达木林扎布, 旭仁其其格) with short forms after the full name (希吉尔 after 希吉尔图, 乌日汗, 德力根他
after 德力根仓, 奥登 after 奥登高娃), a Han surname before a Mongolian name (白钢苏和, 包赛罕她, 鲍图门, 宝那顺他), the
Han names of Mongolians (韩秀芝, 韩雨萌) and a name written twice on a form (沙日娜图雅沙日娜图雅); Khams Tibetan names
(洛松江村, 斯朗曲珍, 泽珍卓嘎, 昂旺洛布, 拥忠拉姆, 次成旺姆, 向巴群培, 德庆曲珍) with short forms (江村 which is also a
word, 卓嘎, 洛布就, 旺姆阿妈, 群培说, 德庆她) and the Han names of Tibetans (杨松林, 杨晓龙); Hui Han-form names with
surnames that are words (锁凤英, 海占福, 者玉兰, 虎生财他们家, 拜桂花, 穆进宝) beside 经名 (哈迪洁, 再乃白, 苏尔撒) and a
Han surname before an Arabic name (海木萨, 海凯麦尔, 马阿尼萨, 马哈比布, 田宰凯里亚, 拜萨利赫) with short forms (木萨他,
凯麦尔就, 阿尼萨, 哈比布阿訇, 宰凯里亚也); Han nicknames that are words, annotated whole (板栗都, 竹笋也, 牛崽就), and
Han names of Dong and Miao people with words in them (储家和, 粟秀英她, 吴老根说, 吴老根他们家, 龙四妹也, 姚金凤那边,
龙开富家); Bai names in Han form with the surname 字 (字丽花, 字国华, 字雨桐, 字春燕 called 阿燕) and the names of
teachers and relatives as they show on WeChat and QQ; Kazakh given name + father's name with and without the dot
(萨吾丽·阿克列克 and 萨吾丽阿克列克, 朱马汗·托列根 and his son 哈米提·朱马汗, 海拉提·哈米提, 美依尔古丽·哈米提,
叶斯木汗·巴依达吾列提) and short forms (海拉提, 美依尔古丽她, 哈米提在, 加玛丽汗说, 古丽巴哈她, 卡力别克说, 努尔兰老师);
Han names with common surnames above all and some rare ones (储, 粟, 滕, 蒲, 舒, 锁, 者, 虎, 拜, 穆, 字, 尹, 冷, 谷, 闫),
with titles and kin words (姚金凤婶, 杨桂仙大姐, 周玉霞婶, 高德顺所长, 李凤兰姨; the span is the name only), names that
contain words (储家和, 冷艳华, 孙国富, 常玉林, 谷春生), a name on a school roll one character off the household register
(闫梓轩 / 闫子轩), names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; names spaced out
character by character in half- and full-width spaces, dotted names with spaces around the dot (海拉提 · 哈米提,
朱马汗　·　托列根) and names split in two; compound surnames after ordinary words; and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:字丽花}}``, ``{{qq:2731094586}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012tri.540302}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.py`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 股长, 队长,
阿訇, 阿妈, 大姐, 婶, 姨, 孃孃) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 在, 她, 他, 他们家, 那边) are outside the span; a nickname is annotated whole (板栗, 竹笋, 牛崽, 阿燕). Han-style
names of Mongolian, Tibetan, Hui, Dong, Miao and Bai people (韩秀芝, 杨松林, 锁凤英, 粟秀英, 龙四妹, 字丽花) are
category han; a Han surname before a non-Han given name (白钢苏和, 海木萨, 马阿尼萨) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout33/make_holdout33.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(33_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H249: Mongolian mother in 扎赉特旗 (兴安盟); her husband is on dialysis, with two children and his old father.
DOCS["H249"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:萨茹拉图雅}}，户口本上的汉名是{{han:韩秀芝}}，今年三十九，家在{{trap/place:扎赉特旗}}北边的嘎查，离{{trap/place:音德尔}}六十多里。丈夫{{minority/mongolian:嘎日迪巴图}}{{trap/year:2022年}}查出尿毒症，一个礼拜去{{trap/place:乌兰浩特}}透析三回。公公{{minority/mongolian:温都苏巴图}}七十三了，腿有风湿，下不了地。两个孩子、一个病人、一个老人，就我一个劳力。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:乌日汗塔娜}}十四，在{{school:扎赉特旗蒙古族中学初二（3）班}}住校，花名册上写的是汉名{{han:韩雨萌}}。儿子{{minority/mongolian:希吉尔图}}九岁，在{{school:巴彦扎拉嘎乡中心小学三年级（1）班}}。家里都叫他{{minority/mongolian:希吉尔}}，{{minority/mongolian:希吉尔}}也最黏他爸，他爸透析回来脸是灰的，他就趴在炕沿上给揉手。{{minority/mongolian:乌日汗}}懂事早，礼拜天回来先喂牛，再洗一大盆衣裳。
访谈者：家里收入靠什么？
受访者：原先种四十亩玉米，养了二十几头牛。他病了以后，牛卖得只剩七头，地包给了前院的{{minority/mongolian:德力根仓}}。{{minority/mongolian:德力根}}他人实在，租金一分不少，秋天还帮我把秸秆拉回来。透析一回自己要掏{{trap/number:一百七十多}}，一个月就是两千来块。
访谈者：谁帮过你们？
受访者：嘎查达{{minority/mongolian:白钢苏和}}给我们报了低保。嘎查的儿童主任{{minority/mongolian:包赛罕}}跑旗{{trap/org:民政局}}跑了好几趟，给两个孩子报了困境儿童，一人一个月{{trap/number:六百五}}。{{minority/mongolian:包赛罕}}她说话快，办事也快，表都是她一笔一笔帮我填的。苏木的民政助理{{han:孙志国}}来核了两回。旗医院肾内科的{{han:刘桂香}}大夫帮着办了门诊慢病卡，透析报得多了。旗社工站来过两个人，一个叫{{compound:令狐海涛}}，跟他一块儿的是{{compound:乐正佳怡}}，她给闺女找了个大学生，在手机上给她补英语。
访谈者：亲戚们呢？
受访者：我姐{{minority/mongolian:奥登高娃}}在{{trap/place:突泉}}，嫁的是汉族人{{han:赵长林}}。{{minority/mongolian:奥登}}每年秋天来住半个月，帮我起土豆、腌酸菜。他爸的二姑{{minority/mongolian:达日玛其其格}}八十了，还记着给孩子们缝蒙古袍。
访谈者：透析的那几天家里怎么办？
受访者：一三五他去透析，天不亮就得走。原先是坐嘎查的班车到旗里，再倒车去乌兰浩特，来回一整天。我陪着去，就把儿子托给前院，闺女在学校住着倒省心。冬天最难，雪大了班车不跑，有一回我们在路边等了三个钟头，他冻得嘴唇发紫。后来旗里给透析的病人协调了车，一个礼拜接送三回，不要钱，开车的师傅{{han:张国华}}还帮着把他背上楼。家里的牛，我早上出门前把草料添足，晚上回来再饮水。累是累，可牛不能卖光，卖光了孩子们念书的钱就没了。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:李淑华}}老师说她数学好，就是不爱说话。学校减了住宿费，冬天还发了棉鞋。儿子他们班的{{han:王志刚}}老师隔三岔五在微信上问，孩子作业写了没有。有一回儿子在学校跟人打架，说人家笑话他爸是药罐子，{{han:王志刚}}也没骂他，领着他去小卖部买了根冰棍，慢慢问。
访谈者：过年过节呢？
受访者：腊月二十三{{trap/minority_word:祭火}}，正月里去{{trap/minority_word:敖包}}。夏天嘎查办{{trap/minority_word:那达慕}}，儿子看摔跤看得眼睛发直。公公爱听{{trap/minority_word:好来宝}}，过年拉着孩子们讲{{trap/famous:嘎达梅林}}的故事。老人说{{trap/minority_word:安代舞}}就是从我们{{trap/place:科尔沁}}跳起来的。
访谈者：表上要登记地址和号码。
受访者：家在{{address:扎赉特旗巴彦扎拉嘎乡宝力根花嘎查三组11号}}，透析那几天住在乌兰浩特我表姐家。我身份证{{id_number@wy1986.152223}}，闺女的{{id_number@wy2011hyphen.152223}}。我电话{{mobile@plain}}，他的{{mobile@s434}}。我微信{{wechat:saruul_tuya86}}。闺女有个QQ，说跟补课的姐姐联系用，号码她写在日历背面了——我念给你——{{qq:2731094586}}。
访谈者：您自己身体怎么样？
受访者：腰疼，累的。去年体检说我有胆结石，大夫让做手术，我没去，家里离不开人。晚上等孩子们睡了，我就坐在门口哭一会儿，哭完了再进屋。我跟自己说，{{trap/word:白天}}不能哭，孩子们看着呢。
访谈者：表上名字写得对吗？
受访者：不太对。{{trap/org:旗残联}}给他办残疾证的时候还好，低保本上我成了{{spaced:萨茹拉 图雅}}，闺女写成{{spaced:乌　日　汗　塔　娜}}，公公是{{spaced:温 都 苏 巴 图}}。他的残疾证申请上写成了{{spaced:嘎日迪 巴图}}。
访谈者：最盼什么？
受访者：盼他能排上换肾。他说他要是好了，先给闺女买一把{{trap/minority_word:马头琴}}。
""")

# H250: Tibetan father in 昌都, his back broken in a lorry accident, his wife gone to 拉萨; three children.
DOCS["H250"] = ("family", """\
访谈者：阿爸，您家里现在几口人？
受访者：五口。我叫{{minority/tibetan:洛松江村}}，四十一岁，当过两年兵，那时候起了个汉名叫{{han:杨松林}}。村里人都叫我{{minority/tibetan:江村}}。家在{{trap/place:昌都}}{{trap/place:卡若区}}下面的村子，靠着{{trap/place:澜沧江}}。前年我开货车在{{trap/place:318国道}}上翻了车，腰椎压坏了，重活干不了。老婆{{minority/tibetan:斯朗曲珍}}那年去{{trap/place:拉萨}}打工，说挣了钱就回来，后来电话不接了，一走三年。
访谈者：孩子们呢？
受访者：三个。大姑娘{{minority/tibetan:泽珍卓嘎}}十三，在{{school:昌都市第二初级中学初一（4）班}}，老师们叫她{{minority/tibetan:卓嘎}}。儿子{{minority/tibetan:昂旺洛布}}十岁，学籍上的汉名是{{han:杨晓龙}}，在{{school:卡若区俄洛镇小学四年级（2）班}}。小的{{minority/tibetan:拥忠拉姆}}五岁，在村里的幼儿园。{{minority/tibetan:洛布}}就爱踢球，小丫头跟在哥哥屁股后头跑。
访谈者：谁照看孩子们？
受访者：我阿妈{{minority/tibetan:次成旺姆}}，六十七了。{{minority/tibetan:旺姆}}阿妈每天早上转经、{{trap/minority_word:煨桑}}，回来打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}。我弟弟{{minority/tibetan:向巴群培}}在{{trap/org:强巴林寺}}当僧人，每个月回来一趟，带点钱和药。{{minority/tibetan:群培}}说，哥哥你别急，孩子们有我们。
访谈者：有哪些帮助？
受访者：村里的儿童主任{{minority/tibetan:德庆曲珍}}给三个孩子报了事实无人抚养，一人一个月{{trap/number:一千二百九}}。{{minority/tibetan:德庆}}她是我小学同学，跑了三趟区{{trap/org:民政局}}。村支书{{minority/tibetan:嘎玛次仁}}给我们家报了低保，还让我在村里看护林子。乡里的民政专干{{han:周建平}}是{{trap/place:四川}}来的，藏话说得一般，可心细。区医院骨科的{{han:陈德明}}大夫给我看腰，藏医院的{{minority/tibetan:贡觉旺修}}医生给配了药。区社工站有个{{compound:长孙雨菲}}，跟她一起来的是{{compound:巫马立群}}，他们给孩子们建了档案，每个月来看一次。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:卓嘎}}成绩好，班主任{{han:黄丽萍}}老师说她能考内地西藏班。她自己说想退学去饭馆打工，被{{han:黄丽萍}}老师骂哭了。儿子的老师{{minority/tibetan:江白多吉}}是我们卡若人，每个礼拜五把儿子送到路口。
访谈者：家里现在靠什么收入？
受访者：低保一年有几千，孩子们的钱单独存着。五六月挖{{trap/minority_word:虫草}}的时候，我腰不行上不了山，阿妈也老了，就把草山租给邻村的人，一季能分一点。弟弟那边寺里也给一点。学校是三包，吃住都不要钱，这个政策好，不然大姑娘早就念不成了。我在家给人修修摩托车，一天能挣几十块。冬天江边风大，房子漏风，去年村里给我们家换了新窗户，装了太阳能，孩子们晚上能洗上热水澡了。
访谈者：孩子们平时帮家里干活吗？
受访者：干。大姑娘放假回来就背水、捡牛粪、挤奶，小的也跟着。儿子会骑摩托了，我不让他骑，他偷偷骑出去，被我骂了一顿。村里的孩子都这样，早早就懂事了。
访谈者：孩子们想妈妈吗？
受访者：想。小的晚上抱着她妈的一件旧藏袍睡。大姑娘在手机上给她妈发语音，发了好多条，一条没回。{{minority/tibetan:斯朗曲珍}}她娘家在{{trap/place:类乌齐}}，她哥哥{{minority/tibetan:土登加措}}说，妹妹在拉萨给人家洗碗，不好意思回来。
访谈者：过节呢？
受访者：藏历年阿妈炸{{trap/minority_word:卡赛}}，孩子们最高兴。夏天村里跳{{trap/minority_word:锅庄}}，大姑娘跳得好。阿妈给孩子们讲{{trap/famous:格萨尔}}的故事，讲{{trap/famous:文成公主}}进藏路过这里。
访谈者：登记信息请说一下。
受访者：家在{{address:卡若区俄洛镇达修村二组15号}}。老婆在拉萨最后住的地方，是她发给大姑娘的：{{address:城关区纳金路幸福小区4栋1单元302室}}。大姑娘的身份证{{id_number@wy2012tri.540302}}，儿子的{{id_number@my2015fwspaced.540302}}。我电话{{mobile@hyphen}}，儿童主任的电话{{mobile@plus86}}，她的微信{{wechat:deqing_karuo}}。大姑娘有QQ，说跟班上同学交作业用，号码是{{qq:904327516}}。
访谈者：您的腰以后能好吗？
受访者：大夫说要做手术，得去{{trap/place:成都}}。我怕花钱，也怕走了孩子们没人管。我想等大姑娘考上了再说。乡中心校的校长{{han:罗春梅}}也劝我先把病治了，说孩子们学校管着。
访谈者：名字在表上写得一样吗？
受访者：不一样。有的写{{spaced:洛松 江村}}，有的写{{spaced:洛 松 江 村}}；儿子写成{{spaced:昂　旺　洛　布}}，小的是{{spaced:拥忠 拉姆}}。
访谈者：最后想说什么？
受访者：谢谢大家。孩子们是我活着的念想。
""")

# H251: Hui grandmother in 海原 (中卫); her husband died of black lung, her son is in prison, his wife remarried.
DOCS["H251"] = ("family", """\
访谈者：奶奶，您先说说家里的事。
受访者：我叫{{han:锁凤英}}，经名{{minority/hui:哈迪洁}}，今年六十六，家在{{trap/place:海原}}县城南边的川里。老汉{{han:海占福}}早年在{{trap/place:石嘴山}}挖煤，落下个尘肺，前年无常了。儿子{{han:海宝林}}跟人跑长途，替人捎了东西，是毒品，判了七年，在{{trap/place:银川}}服刑。儿媳{{minority/hui:马阿尼萨}}等了一年，后来回了{{trap/place:西吉}}娘家，又走了一家。两个孙子就跟着我。
访谈者：孩子们多大？
受访者：孙子{{minority/hui:海木萨}}十二，经名{{minority/hui:木萨}}，学名{{han:海志强}}，在{{school:海原县第三小学六年级（2）班}}。孙女{{minority/hui:海凯麦尔}}八岁，我们叫她{{minority/hui:凯麦尔}}，在{{school:海原县回民小学二年级（1）班}}。{{minority/hui:凯麦尔}}就爱跟着我，我去{{trap/org:清真寺}}她也跟着。
访谈者：孩子知道爸爸的事吗？
受访者：知道。{{minority/hui:木萨}}他不提，有人问就说他爸在外面打工。过年我带他去银川探了一回监，爷俩隔着玻璃，谁也不说话，光哭。{{minority/hui:阿尼萨}}去年{{trap/minority_word:开斋节}}回来看过一回，给孩子们买了新衣裳，坐了半天又走了。
访谈者：现在靠什么过？
受访者：我有低保，两个孩子是事实无人抚养，一人每月{{trap/number:一千一百八}}。村里的儿童主任是{{minority/hui:苏尔撒}}，年轻人，腿勤，跑{{trap/org:县民政局}}跑了四五趟。乡上管民政的{{han:田占林}}来家里看了，说手续齐了。寺里的{{minority/hui:马哈比布}}阿訇也常来，{{minority/hui:哈比布}}阿訇说，坊上的孩子就是大家的孩子。散{{trap/minority_word:乜贴}}的时候给我们多留一份。
访谈者：邻居们呢？
受访者：隔壁{{han:者玉兰}}家，男人在{{trap/place:固原}}开拉面馆，她一个人带三个娃，还总给我端一碗{{trap/minority_word:臊子面}}。后头的{{han:虎生财}}他们家有三轮车，我去县城看病都是他拉。村医{{minority/hui:拜萨利赫}}隔几天给我量血压。还有{{minority/hui:田宰凯里亚}}，是个孤儿，十一岁，跟他姑姑{{han:田秀梅}}过，和我孙子一个班，俩孩子好得跟亲兄弟一样。{{minority/hui:宰凯里亚}}也常在我家吃饭。
访谈者：学校呢？
受访者：学校好。孙子的班主任{{han:穆进宝}}老师是回族，他说孙子数学脑子灵。孙女的老师{{han:拜桂花}}给她申请了营养餐，早上一个鸡蛋一盒奶。县上社工站来过，一个叫{{compound:闾丘志远}}，还有一个姑娘叫{{compound:赫连秋菊}}。小伙子给孙子带了一副羽毛球拍。
访谈者：儿子在里头怎么样？
受访者：他写信回来，说在里头学了电焊，表现好能减刑。信是我让{{minority/hui:木萨}}念给我听的，念着念着就不念了，跑出去蹲在墙根底下。我知道他心里难受。监狱那边有亲情电话，一个月能打一回，十分钟，孙女抢着说，说不了几句就哭。
访谈者：您平时还干活吗？
受访者：干。村里办了个扶贫车间，做手套，计件，我眼睛花了做得慢，一个月也能挣五六百。车间的负责人{{han:马秀珍}}照顾我，让我把活拿回家做，孩子放学回来我就在炕上踩缝纫机。地里的活雇人种，秋天收了洋芋卖一点，留一点自己吃。冬天村里给发了煤，一户两吨，够烧到开春。孙子说等他长大了，给奶奶盖个新房子，屋里有暖气。
访谈者：您身体呢？
受访者：腿疼，眼花。我大姐{{minority/hui:再乃白}}七十多了，住在{{trap/place:中卫}}她女儿家，打电话老叫我把孩子们带过去住一阵子。我走不开，地里还有几亩{{trap/word:马铃薯}}。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给左邻右舍送。老人们常说{{trap/year:1920年}}那场大地震，我奶奶就是那年没的。孙子给我念书上{{trap/famous:海瑞}}的故事，说这个清官也是回回。我说好，你长大了也做个清清白白的人。孙子长得{{trap/word:虎头虎脑}}，一听就笑。
访谈者：登记表上的住址和号码？
受访者：家在{{address:海原县三河镇富陵村五队23号}}，儿媳的娘家在{{address:西吉县吉强镇龙王坝村二组6号}}，这个是她自己写给孙子的。我身份证{{id_number@wy1959.640522}}，孙女的{{id_number@wy2017quad.640522}}。我没手机，用儿童主任的，{{mobile@spaced}}。儿媳电话{{mobile@h38}}，她的微信{{wechat:anisa_ma0619}}。孙子有个QQ，是学校老师让注册的，号码写在作业本皮上，{{qq:57180346}}。
访谈者：名字写法一样吗？
受访者：不一样。经名各人写法不同。低保本上我是{{spaced:锁 凤 英}}，孙子写成了{{spaced:海　木　萨}}，孙女成了{{spaced:海凯 麦尔}}，还有一张写的是{{spaced:田 宰 凯 里 亚}}。
访谈者：您最大的盼头是什么？
受访者：盼儿子早点出来，盼孙子孙女念书成人。我这辈子是苦，苦也得熬下去。
""")

# H252: Han father in 靖州 (怀化) whose Dong wife has lupus; Dong and Miao neighbours in the same 寨子.
DOCS["H252"] = ("family", """\
访谈者：您先介绍一下自己吧。
受访者：我叫{{han:储家和}}，四十五，家在{{trap/place:靖州}}{{trap/place:渠阳镇}}往西的山里，归{{trap/place:怀化}}管。寨子里侗族、苗族、汉族都有，我是汉族，老婆{{han:粟秀英}}是侗族。她前年查出红斑狼疮，肾也坏了，在{{trap/place:长沙}}住了两回院，现在在家吃药，重活干不了。我在{{trap/place:广东}}做了十年装修，她病了就回来了，种{{trap/word:杨梅}}、{{trap/word:茯苓}}。
访谈者：孩子们呢？
受访者：两个。大的儿子{{han:储志强}}，小名叫{{han:板栗}}，十二岁，在{{school:靖州县第二中学初一（5）班}}。小的闺女{{han:储兰芳}}，小名{{han:竹笋}}，八岁，在{{school:渠阳镇中心小学二年级（3）班}}。{{han:板栗}}都快跟我一般高了，{{han:竹笋}}也会帮她妈熬药。
访谈者：寨子里还有别的困境儿童吗？
受访者：有。隔壁{{han:吴老根}}说他孙子也是。{{han:吴老根}}他们家儿子儿媳在{{trap/place:东莞}}打工，孙子{{han:吴小满}}跟着爷爷奶奶，小名{{han:牛崽}}。{{han:牛崽}}就是野，天天跟{{han:板栗}}去溪里摸鱼。苗族那边{{han:龙开富}}家，男人在{{trap/place:贵州}}挖煤塌了方，没了，女人{{han:蒲金花}}改嫁去了{{trap/place:会同}}。两个孩子，大的{{han:龙四妹}}十四，小的{{han:龙天佑}}九岁，跟奶奶{{han:滕玉莲}}过。{{han:龙四妹}}也就是个孩子，弟弟的饭都是她做。
访谈者：谁帮过你们这些家？
受访者：村里的儿童主任{{han:姚金凤}}婶，侗族，心热。{{han:姚金凤}}那边记着每家孩子的生日，到了就送个蛋糕。她给{{han:龙开富}}家两个孩子报了孤儿基本生活费，一人一个月{{trap/number:一千五百一}}；给我们家报了低保，还有困境儿童的补贴。镇上民政办的{{han:舒长顺}}来了三回。驻村第一书记是{{compound:拓跋海峰}}，年轻，跟他一起的队员叫{{compound:南宫晓丽}}。县里社工站的{{compound:公冶长青}}给孩子们办了个周末课堂。
访谈者：学校怎么样？
受访者：儿子的班主任{{han:唐学文}}老师，说他作文写得好，写过一篇《我妈的药罐子》。学校免了他的住宿费。闺女的老师{{han:谭秀清}}教她唱{{trap/minority_word:侗族大歌}}，说她嗓子亮。镇卫生院的{{han:曾德胜}}大夫每个月上门给我老婆抽血。
访谈者：孩子们平时怎么过？
受访者：放了学，几个孩子凑在鼓楼底下写作业，写完了就满山跑。村里的老人教他们吹{{trap/minority_word:芦笙}}，{{han:牛崽}}吹得最响。周末{{han:竹笋}}跟着{{han:龙四妹}}去山上打猪草，回来路上摘野果子吃。寨子里的人都说，这几家的孩子是吃百家饭长大的，谁家杀了年猪都要叫他们去吃一顿。
访谈者：寨子里过节热闹吗？
受访者：热闹。侗族有{{trap/minority_word:吃新节}}，苗族那边有{{trap/minority_word:姑娘节}}，在{{trap/minority_word:鼓楼}}底下摆{{trap/minority_word:合拢宴}}，娃娃们都去。老人给娃娃们讲{{trap/famous:飞山公}}的故事。{{han:粟秀英}}她身体好的时候也去唱歌。
访谈者：您现在一家的收入怎么样？
受访者：六月摘杨梅，一年能卖一万来块，茯苓要等两三年才收。农闲的时候我在镇上给人家刷墙、贴瓷砖，按天算工钱。她的药一个月一千多，医保报一半，剩下的靠低保和我打零工，{{trap/word:储蓄}}是一分没有。前年最难，她在长沙住院，我白天守着，晚上睡在走廊的椅子上，两个孩子丢给寨子里的人看，吃百家饭。那时候儿子才十岁，自己烧火做饭，带着妹妹去上学，一个礼拜没让人操心。我回来看见灶台上糊了一层锅巴，心里又酸又疼。
访谈者：您最担心的是什么？
受访者：钱。她一个月药费一千多，报一半。{{han:板栗}}说他不读了，去广东跟我以前的师傅{{han:邓清明}}学手艺。我说你敢！{{han:邓清明}}他自己都说，初中没毕业，干了二十年还是个小工。
访谈者：登记一下地址和号码。
受访者：家在{{address:靖州县渠阳镇大堡子村七组28号}}，{{han:龙开富}}家在{{address:靖州县三锹乡地笋村三组9号}}。我身份证{{id_number@my1980.431229}}，{{han:龙四妹}}的{{id_number@wy2011fw.431229}}。我电话{{mobile@plus86spaced}}，{{han:姚金凤}}的电话{{mobile@s38}}，她微信{{wechat:yaojinfeng_dong}}。儿子有QQ，号码是他班主任帮着登记的——我找找——在这张纸上：{{qq:3068172549}}。
访谈者：名字登记对吗？
受访者：有错。有张表把我写成{{spaced:储 家 和}}，老婆写成{{spaced:粟　秀　英}}；{{han:滕玉莲}}写成了{{spaced:滕玉 莲}}。
访谈者：最后您想说什么？
受访者：{{trap/word:石头}}缝里也能长树。孩子们只要肯读，我砸锅卖铁也供。
""")

# H253: Bai mother in 大理 whose husband was paralysed by a fall; her brother's daughter is left with her.
DOCS["H253"] = ("family", """\
访谈者：阿姐，您先说说家里的情况。
受访者：我叫{{han:字丽花}}，白族，家在{{trap/place:大理}}{{trap/place:喜洲}}边上的村子。我男人{{han:段树林}}前年在{{trap/place:昆明}}工地上从脚手架摔下来，两条腿瘫了，现在坐轮椅。我们有两个孩子，还帮我哥哥带一个。
访谈者：孩子们多大？
受访者：大的儿子{{han:段家宝}}十三，在{{school:大理市喜洲镇第一中学初一（2）班}}；小的闺女{{han:段雨萱}}七岁，在{{school:喜洲镇中心完小一年级（4）班}}。我哥哥{{han:字国华}}和嫂子{{han:杜玉娥}}在{{trap/place:上海}}做扎染生意，侄女{{han:字雨桐}}就放在我家，十岁，跟{{han:段雨萱}}一个学校。
访谈者：您平时怎么跟孩子爸妈、老师联系？
受访者：都靠手机。我哥哥在微信上就叫“{{han:字国华}}”，嫂子的微信名也是她的名字{{han:杜玉娥}}，每个礼拜天晚上跟侄女视频。侄女的班主任{{han:赵丽仙}}老师建了个家长群，我在群里的备注是“{{han:字雨桐}}姑妈”。儿子的班主任{{han:尹海波}}老师不用微信，只用QQ，说QQ上发作业方便。我QQ上加了他，他的昵称就是{{han:尹海波}}，头像是{{trap/place:苍山}}的照片。
访谈者：孩子们在学校怎么样？
受访者：儿子成绩中上，就是爱打篮球。他爸出事以后，他有一阵子不说话，成绩往下掉。{{han:尹海波}}老师在QQ上跟我说了好几回，后来把他叫到办公室，陪他下了一个礼拜的象棋，慢慢又好了。闺女小，还不太懂，只知道爸爸的腿不会走了，她就推着轮椅在院子里转。侄女最让人心疼，她爸妈一年回来一次，她每天晚上都要看手机，等视频。有时候她妈忙，没打过来，她就抱着枕头不说话。学校的心理老师{{han:何银凤}}每个月找她聊一次。
访谈者：您男人现在怎么样？
受访者：脾气坏了。{{han:段树林}}说他是废人，拖累我们。我说你在家看着孩子写作业也是帮忙。村里的残疾人专干{{han:施金花}}给他办了残疾证，{{trap/org:市残联}}送了轮椅。他表哥{{han:董家福}}会修电器，教他在家修手机，一个月能挣几百块。
访谈者：有哪些帮助？
受访者：村里的儿童主任是{{han:杨桂仙}}大姐，她把两个孩子报了困境儿童，一人一个月{{trap/number:五百八}}。侄女是留守的，也记在她的本子上。有事我就找{{han:杨桂仙}}，她在微信上给我发政策，我{{trap/word:认字}}不多，她就发语音。镇民政办的{{han:苏润生}}来核过。{{trap/org:市妇联}}的热线{{trap/hotline:12338}}我也存着。市里社工站的{{compound:端木红霞}}，还有她同事{{compound:百里春晖}}，每月来一次，给孩子们办读书会。
访谈者：家里收入靠什么？
受访者：家里有三亩地，种大蒜和蚕豆。我男人出事以后，工地赔了一点钱，都拿去看病了。我在镇上的扎染作坊做工，一天八十块，做一天算一天。冬天烤火的柴是我哥哥花钱买好了叫人送来的，他说他人不在家，别的忙帮不上。
访谈者：亲戚们帮忙吗？
受访者：我妈{{han:尹秀兰}}七十了，住在{{trap/place:周城}}，隔几天走过来帮我做饭。我姐{{han:字春燕}}嫁到{{trap/place:湾桥}}，她家做{{trap/minority_word:乳扇}}，隔三岔五给孩子们拿来。孩子们叫她{{han:阿燕}}孃孃。{{han:阿燕}}在QQ上也有个群，家里亲戚都在里头，谁家有事就在群里说。
访谈者：过节呢？
受访者：{{trap/minority_word:三月街}}我带孩子们去赶街，{{trap/minority_word:绕三灵}}的时候跟着老人去{{trap/org:本主庙}}。来客人了我们做{{trap/minority_word:三道茶}}，头苦二甜三回味，我跟儿子说，日子也是这样。村里老人爱讲{{trap/famous:段思平}}的故事。
访谈者：登记一下住址和号码。
受访者：家在{{address:大理市喜洲镇作邑村六社32号}}。我身份证{{id_number@wy1985spaced.532901}}，侄女的{{id_number@wy2015fwhyphen.532901}}。我电话{{mobile@fullwidth}}，哥哥的电话{{mobile@p86h}}，嫂子微信{{wechat:duyue_zharan}}，{{han:杨桂仙}}的微信{{wechat:ygx_zuoyi}}。{{han:尹海波}}老师的QQ是{{qq:415086327}}，我的QQ是儿子给申请的，号码记不住，他写在墙上了：{{qq:1690243758}}。
访谈者：表上的名字写得对吗？
受访者：乱。学校的表上侄女写成{{spaced:字 雨 桐}}，儿子是{{spaced:段　家　宝}}；我男人的残疾证申请写成{{spaced:段树 林}}。
访谈者：您最盼什么？
受访者：盼孩子们好好读书。儿子说他长大要当医生，给他爸治腿。
""")

# H254: Kazakh grandmother in 富蕴 (阿勒泰); her husband froze to death, her son is in prison, his wife remarried.
DOCS["H254"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：三口，我和两个孙子。我叫{{minority/kazakh:萨吾丽·阿克列克}}，今年六十八，家在{{trap/place:富蕴县}}{{trap/place:喀拉通克乡}}，以前夏天跟着牧业队上山，现在住定居点。老伴{{minority/kazakh:朱马汗·托列根}}前年冬天转场遇上暴风雪，冻坏了，没救过来。儿子{{minority/kazakh:哈米提·朱马汗}}喝了酒跟人打架，把人打成重伤，判了五年，在{{trap/place:乌鲁木齐}}服刑。儿媳{{minority/kazakh:加玛丽汗·叶斯木汗}}跟他离了婚，去了{{trap/place:阿勒泰}}市里，又成了家。
访谈者：孩子们多大了？
受访者：孙子{{minority/kazakh:海拉提·哈米提}}十一岁，我们叫他{{minority/kazakh:海拉提}}，在{{school:富蕴县喀拉通克乡寄宿制学校五年级（1）班}}。孙女{{minority/kazakh:美依尔古丽·哈米提}}七岁，在同一个学校读一年级，家里叫她{{minority/kazakh:美依尔古丽}}。孙子也懂事，礼拜五回来就去给羊添草。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{minority/kazakh:美依尔古丽}}她天天问爸爸什么时候回来，我说等你会写一百个字。{{minority/kazakh:哈米提}}在里头来过两封信，孙子念给我听。她妈妈一年来两回，带点衣服。{{minority/kazakh:加玛丽汗}}说她现在那个男人不让她多来。她爸爸{{minority/kazakh:叶斯木汗·巴依达吾列提}}是个好人，每年宰冬肉的时候送半只羊过来。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/kazakh:古丽巴哈·努尔别克}}，她帮着报了事实无人抚养，一人一个月{{trap/number:一千三百五}}，我有低保。{{minority/kazakh:古丽巴哈}}她每个礼拜来一次，给孩子们看作业。村支书{{minority/kazakh:吾拉孜汗}}给我们家修了暖圈。驻村工作队的{{han:周长安}}队长是{{trap/place:河南}}人，他帮孙子申请了助学金。{{trap/org:乡卫生院}}的{{han:王慧敏}}大夫给我看高血压。县社工站的{{compound:钟离秋云}}、{{compound:申屠建平}}来过几次，{{compound:申屠建平}}会说几句哈萨克话，孩子们都喜欢他。
访谈者：亲戚们呢？
受访者：老伴的弟弟{{minority/kazakh:卡力别克·托列根}}在{{trap/place:可可托海}}放马。{{minority/kazakh:卡力别克}}说，哥哥的孙子就是他的孙子，每年夏天把孙子接到他的{{trap/minority_word:毡房}}住一个月。邻居{{minority/kazakh:叶克本·扎克西力克}}家炸{{trap/minority_word:包尔萨克}}，总给我们送一盘，他老婆{{minority/kazakh:库勒依拉}}给孙女编辫子。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：冬天。我们这里冬天零下三四十度，雪一下就是齐腰深。孙子在乡里的寄宿制学校住，礼拜五下午坐学校的车回来，礼拜天再送回去。孙女小，刚上学那会儿天天哭，想家，老师就让她每天晚上给我打个电话。家里还剩二十几只羊、两头牛，我一个老婆子放不动，托给邻居一起放，年底给人家两只羊羔。低保和孩子们的钱，我一分不乱花，都存在卡里，将来给他们念书用。
访谈者：孩子们跟爸爸联系吗？
受访者：监狱里一个月能打一次亲情电话，是乡里的干部{{han:陈玉珍}}帮着联系的。孙子接电话的时候不哭，挂了电话就出去骑马，骑到天黑才回来。孙女什么都不懂，在电话里给她爸唱歌。
访谈者：学校怎么样？
受访者：孙子的班主任{{minority/kazakh:努尔兰·阿合买提}}老师说，孙子作文写得好，写过一篇《我的爷爷》。{{minority/kazakh:努尔兰}}老师每个礼拜给我打电话。孙女的老师{{han:李雪芹}}是汉族，教她说普通话。
访谈者：过节呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我煮{{trap/minority_word:纳吾肉孜饭}}，请邻居们来吃。夏天乡里办{{trap/minority_word:阿肯弹唱}}，孙子弹{{trap/minority_word:冬不拉}}，弹得还行。晚上我给他们念{{trap/famous:阿拜}}的诗。
访谈者：登记信息？
受访者：定居点的房子是{{address:富蕴县喀拉通克乡塔斯巴斯陶村二组16号}}，儿媳在市里住{{address:阿勒泰市金山路街道金龙小区5号楼2单元301室}}。我身份证{{id_number@wy1957.654322}}，孙子的{{id_number@my2014spaced.654322}}，孙女的{{id_number@wy2018x.654322}}。我电话{{mobile@plain}}，儿童主任的微信{{wechat:gulbahar_nb}}。孙子有QQ，说跟舅爷爷视频用的，号码是{{qq:1853640297}}。
访谈者：名字写法一样吗？
受访者：不一样。户口本上我是{{minority/kazakh:萨吾丽·阿克列克}}，低保卡上写成{{minority/kazakh:萨吾丽阿克列克}}，没有点。学校的表上孙子是{{spaced:海拉提 · 哈米提}}，孙女是{{spaced:美 依 尔 古 丽}}，还有把儿子写成{{spaced:哈米提 朱马汗}}的，把老伴写成{{spaced:朱马汗　·　托列根}}的。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好放羊。盼孙子孙女念书念出去。
""")

# H255: Han civil-affairs clerk in 锡林浩特 reading out the forms of five families.
DOCS["H255"] = ("staff", """\
访谈者：您在民政上做什么工作？
受访者：我叫{{han:侯建英}}，在{{trap/place:锡林浩特}}市{{trap/org:民政局}}儿童福利股，管困境儿童的审核。股长是{{compound:上官慧敏}}，还有同事{{compound:皇甫建新}}。今天我带了几份表，表上怎么写我就怎么念。
访谈者：先说第一份吧。
受访者：第一份，申请人{{minority/mongolian:沙日娜图雅}}，女，三十四，丈夫{{minority/mongolian:阿木古楞巴图}}放牧的时候被牛顶伤了脊椎，高位截瘫。孩子{{minority/mongolian:苏日塔拉图}}，男，九岁，在{{school:锡林浩特市蒙古族小学三年级（2）班}}。户主栏名字写了两遍，“{{minority/mongolian:沙日娜图雅}}{{minority/mongolian:沙日娜图雅}}”，是嘎查文书{{han:郭振清}}复印的时候填重了。身份证{{id_number@wy1991spaced.152502}}，住{{address:锡林浩特市宝力根苏木巴彦宝拉格嘎查三组8号}}。嘎查达{{minority/mongolian:鲍图门}}签的字。
访谈者：第二份？
受访者：第二份是孤儿，{{han:刘梓涵}}，女，十一岁，爸妈前年在去{{trap/place:二连浩特}}的路上出了车祸，现在跟姥姥{{han:冯桂兰}}过。表上姥姥写成了{{spaced:冯 桂 兰}}，孩子写成{{spaced:刘　梓　涵}}。住{{address:锡林浩特市希日塔拉街道团结小区6号楼3单元201室}}，孩子在{{school:锡林浩特市第六小学五年级（4）班}}。孤儿基本生活费一个月{{trap/number:一千九百六}}。
访谈者：第三份？
受访者：第三份，父亲{{han:赵金宝}}诈骗服刑，母亲{{han:马红艳}}走了，联系不上。两个孩子{{han:赵宇泽}}、{{han:赵欣悦}}跟爷爷{{han:赵德林}}过。{{han:赵德林}}都七十二了，还在市场上看自行车棚。爷爷的身份证表上是全角的：{{id_number@my1953fwx.152502}}。家在{{address:锡林浩特市杭盖街道南郊平房区4排17号}}。社区社工{{compound:司马春雨}}每个月上门一次。
访谈者：第四份？
受访者：第四份是牧区的。父亲{{minority/mongolian:花日布和}}前年冬天{{trap/word:白灾}}的时候出去找羊，冻死在雪里。母亲{{minority/mongolian:哲仁图雅}}受了刺激，精神不好。两个孩子，男孩{{minority/mongolian:达木林扎布}}十三，女孩{{minority/mongolian:旭仁其其格}}八岁，跟舅舅{{minority/mongolian:宝那顺}}过。{{minority/mongolian:宝那顺}}他自己也有三个孩子。表上男孩的名字写成{{spaced:达　木　林　扎　布}}，女孩是{{spaced:旭 仁 其 其 格}}。住{{address:锡林浩特市朝克乌拉苏木巴彦德力格尔嘎查一组12号}}。舅舅的电话{{mobile@s74}}，身份证{{id_number@mmidhyphen.152502}}。
访谈者：还有吗？
受访者：第五份，父亲{{han:闫志军}}在煤矿上得了尘肺，母亲{{han:白秀芳}}在饭店洗碗，孩子{{han:闫梓轩}}十岁，按困境儿童报的。学籍上孩子写的是{{han:闫子轩}}，跟户口本差一个字，我们让学校出了证明才对上。{{han:白秀芳}}的微信{{wechat:baixiufang_xl}}，孩子有QQ，他妈说老师在上面留作业，{{qq:730461982}}。
访谈者：您做这份工作多久了？
受访者：八年。刚来的时候觉得就是审材料、发钱，后来入户多了，才知道一个孩子背后是一整个家。有个孩子跟我说，阿姨，你们别老来，同学看见了笑话我。从那以后我们入户都不穿制服，不开公车，就像走亲戚一样。有的老人不识字，表是我们念一句、他说一句，填好了再念一遍给他听，他按个手印。
访谈者：审核的时候最难的是什么？
受访者：最难的是认定。比如说父母一方服刑，另一方失联，要派出所出失联证明，有的派出所不愿意开，说人没死你让我怎么证明，我们就一趟一趟去协调。还有牧区的家庭，房子在嘎查，人在城里租房子陪孩子念书，户口、住址、学籍三处对不上，一个材料要跑好几个部门。我们股去年一年核了三百多户，新认定了四十几个孩子。每个孩子都有一本档案，照片、病历、学校证明，一样不能少。除了发钱，我们还跟学校、社区一起搞一对一，每个困境儿童有一个联系人，一个月至少见一面。暑假办夏令营，请孩子们去草原上住几天，有的孩子是头一回坐那么久的车。
访谈者：你们怎么核这些材料？
受访者：一户一户入户。表上名字写法乱，得跟户口本一个字一个字对。{{compound:上官慧敏}}股长说，名字错一个字，钱就打不进卡里。有的嘎查把{{spaced:阿木古楞 巴图}}中间空一格，有的把我们股长都写成了{{spaced:上 官 慧 敏}}。要办监护的，我们找法律援助中心的律师{{compound:诸葛丽君}}。入户的时候，牧民们总留我们喝奶茶，讲{{trap/famous:成吉思汗}}的故事。
访谈者：您的联系方式？
受访者：孩子们有难处也可以打{{trap/hotline:12345}}，会转到我们这儿。办公电话打不通就打我手机{{mobile@hyphen}}，工作微信{{wechat:houjy_ertong}}。
""")

# H256: Han grandmother in 兴城 (葫芦岛), her son a docker in 大连, his wife gone six years; two grandchildren.
DOCS["H256"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：四口，我、老头子、俩孙子。我叫{{han:于桂芝}}，六十五了，家在{{trap/place:兴城}}东边的村里，归{{trap/place:葫芦岛}}管。儿子{{han:孙国富}}在{{trap/place:大连}}码头上干装卸，一个月回来一趟。儿媳妇{{han:冷艳华}}，小丫头两岁那年跟人走了，到现在六年，一点信儿没有。老头子{{han:孙长贵}}前年脑血栓，半边身子不好使，拄个棍儿能在院里转转。
访谈者：孩子们多大？
受访者：大孙子{{han:孙宇轩}}十二，在{{school:兴城市郭家满族镇中心小学六年级（2）班}}；孙女{{han:孙佳琪}}八岁，在同一个学校念二年级。{{han:孙宇轩}}他懂事，放学回来先给他爷爷倒尿壶。{{han:孙佳琪}}就爱哭，一想她妈就哭。
访谈者：她妈妈为什么走？
受访者：说不好。{{han:冷艳华}}她嫌穷，嫌我们家没楼房。儿子说他也有不对的地方，喝酒，脾气暴。走的时候给孩子留了一句话，说等她挣了钱就回来接。村里有人说在{{trap/place:沈阳}}见过她，也有人说她去了{{trap/place:天津}}。孙女过生日，她一回也没打过电话。我{{trap/word:常常}}想，她心里就一点不惦记？
访谈者：孩子们知道妈妈的事吗？
受访者：大的知道，小的不太记得她妈长什么样了。家里就剩一张照片，是孙女满月的时候照的，大孙子把它夹在书里，谁也不让碰。有一回学校让写“我的妈妈”，孙女写了一句“我没有妈妈”，就交了。{{han:付明杰}}老师给我打电话，我在电话里哭了半天。
访谈者：谁帮过你们？
受访者：村书记{{han:常玉林}}给我们报了低保，还帮着把俩孩子按困境儿童报上去，一人一个月{{trap/number:三百六}}。村里的儿童主任{{han:周玉霞}}婶，一个礼拜来两回，看孩子作业，帮着洗头。{{han:周玉霞}}也是苦命人，男人早没了。镇民政的{{han:谷春生}}来家里核过，他说老头子还能去{{trap/org:县残联}}办个残疾证。派出所的{{han:高德顺}}所长帮孙女把户口落上了，她妈走的时候户口没办，孩子一直是黑户。{{trap/org:镇卫生院}}的{{han:蔡丽娟}}大夫每个月来给老头子量血压。县里社工站的{{compound:公孙丽娜}}还有{{compound:东郭晓雯}}来过，{{compound:公孙丽娜}}给孙女做心理辅导，那个姑娘教孙子下象棋。
访谈者：您一天是怎么过的？
受访者：早上四点多起，先给老头子翻身、擦洗，再做饭。孩子们六点半起来，吃完饭我送孙女到村口坐校车，开校车的{{han:秦海涛}}每天都等她。孙子自己骑自行车走。上午喂鸡、收拾园子，下午去地里。我们家种了三亩花生、两亩玉米，秋天卖了能有几千块。晚上孩子们写作业，我在边上纳鞋垫，一双能卖五块钱。冬天烧炕，一冬得两吨煤，去年是村里给送的。
访谈者：儿子怎么想？
受访者：儿子说等孩子大一点，他就回来，在兴城找个活儿干。他也想再找个媳妇，可谁愿意进这个门？带俩孩子，还有个瘫了的爹。我跟他说，先顾孩子，别的往后放。
访谈者：亲戚们呢？
受访者：我妹{{han:于桂荣}}在{{trap/place:绥中}}，过年给孩子们买新衣裳。{{han:于桂荣}}还说，大姐你别太累了。我大姑姐{{han:孙淑贤}}也帮衬。隔壁{{han:李凤兰}}姨，孩子们都叫她姨奶，她家包饺子总给端一盘过来。
访谈者：孩子们学校怎么样？
受访者：大孙子的班主任{{han:邱海鸥}}老师对他好，冬天给他买手套。孙女的老师{{han:付明杰}}说她胆小，上课不敢举手。{{han:付明杰}}那边就专门让她当小组长，她现在敢说话了。
访谈者：过年过节呢？
受访者：过年村里扭{{trap/minority_word:秧歌}}，孩子们跟着看。我给他们讲{{trap/famous:袁崇焕}}守兴城古城的事，讲{{trap/famous:孟姜女}}哭长城。孙子说长大要当兵。老头子身体好的时候带他去{{trap/place:觉华岛}}玩过一回。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:兴城市郭家满族镇前杨家村三组41号}}，儿子在大连跟人合租，住哪儿我也说不清。老头子的身份证{{id_number@moldspaced.211481}}，孙女的{{id_number@wy2017fwhyphen.211481}}。我电话{{mobile@spaced}}，儿子的{{mobile@p86n}}，他微信{{wechat:sunguofu_dl}}。孙子有个QQ，说是跟同学打游戏的，叫我别告诉他爸，号码{{qq:209583174}}。
访谈者：名字表上写得对吗？
受访者：不全对。低保本上我是{{spaced:于 桂 芝}}，孙子写成{{spaced:孙　宇　轩}}，老头子写成{{spaced:孙长 贵}}。
访谈者：您最盼什么？
受访者：盼孩子们好好长大。我跟老头子岁数大了，{{trap/word:高兴}}一天是一天。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=249,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout32",))  # (written side by side with set 32)


if __name__ == "__main__":
    main()
