# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 120 (tests/pii/holdout120/H945-H952 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 120 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
池州 (Anhui) and 漳州 (Fujian): a Mongolian grandmother from 科尔沁右翼中旗 raising the two children of her daughter,
who is in prison, now living with her son who repairs boats on the 长江 at 池州; a Golog Tibetan father from 玛沁 who
guards a tea factory in 南靖 (漳州), his wife dead in childbirth, his son with him and his baby daughter with her
grandmother in 玛沁; a Uyghur father from 阿图什 who sells kebabs at a 漳州 night market and raises a deaf son while
his wife and daughter stay in 阿图什; a Hui mother from 广河 who keeps a beef shop in 贵池区, her husband in hospital
after a stroke; a Han village child director in 青阳 (庙前镇) reading out her register; a Han primary-school teacher
in 东至 (尧渡镇) who reaches her four cases and their parents on WeChat and QQ; a Han township social worker in 平和
(坂仔镇) going through her cases of children with no one raising them (事实无人抚养); and a Han grandfather in 长泰
raising a grandson whose parents divorced and both remarried. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names used whole (乌兰图克, 孟和吉雅, 巴图温都苏)
and with short and fond forms (阿茹汗其木格 then 阿茹她, 浩日沁巴雅尔 then 浩日沁, 敖日格乐玛 then 敖日玛), a Han
surname before a Mongolian given name (郝浩日沁, the father's surname on the school roll; 包嘎鲁) and the Han names
and nickname of the same people (韩凤琴, 韩奶奶, 韩振山, 老韩); Golog Tibetan names (昂秀加, 东珠措, 尖措本, 才让措毛,
更藏措, 更登达杰, 扎西当周, 华青, 尕玛才让) with short and fond forms (阿加, 才措) and a name whose first syllable 才 a
school took for a surname (才旦周, called 小才); Uyghur given name + father's name with the dot (乃吉米丁·吾拉音,
美合日班·吐合提, 阿斯木江·乃吉米丁), with a round dot (萨拉麦提•乃吉米丁) and with no dot (乃吉米丁吾拉音), single and
fond forms (乃吉米丁, 阿斯木江他, 小阿斯木, 乃哥, 萨拉麦提她, 美合日班, 布阿依谢姆) and the father's first syllable
taken for a surname by a school (乃阿斯木江); Han-form Hui names (妥桂兰, 喇永禄他, 喇文斌, 喇雪莲, 马建中) beside
经名 used alone (阿丽法, 瓦希德, 哈凯木他, 赫斯娜她, 纳迪莱, 卜海里 which looks like the Han surname 卜 before the word
海里) and after a Han surname (喇瓦希德, 妥阿尤布, 马阿蒂凯, 马沙米拉, 冶哲米莱); Han names with common and rare
surnames of the region (檀, 查, 柯, 章, 汪, 施, 桂, 潘, 程, 曹, 许, 涂, 庄, 卢, 曾, 简, 郑, 戴, 赖, 叶, 连, 唐, 薛, 郭);
surnames that are ordinary words, directly after or before grammar words (要建国要坐, 也红梅也是, 能家宝能吃,
我每周五向向东海, 都欣妍都九岁了, 和子墨和和子琪, 让晓东让人, 还老师还给他, 被子健被县里) and given names ending in
such characters (柯德有有糖尿病, 涂永和和我说, 程礼让让她, 唐家才才从厦门回来); names that contain words (柯长青,
简明珠, 郑天赐, 叶青山, 曾金水, 戴水生, 喇雪莲, 向东海, 被子健); titles and kin words after names (柯雪梅老师,
卢秀琼老师, 黄少聪大夫, 潘振东大夫, 方卫红老师, 卜海里阿訇, 方淑琴大姐, 薛雅芳医生, 阿桃姨, 阿榜伯, 水生伯; the span
is the name only), a surname with only a title or kin word, annotated whole (韩奶奶, 妥姐, 施主任, 程主任, 檀所长,
曹老师, 赖姐, 黄老师, 还老师), nicknames and local forms of address, annotated whole (老韩, 阿霞, 阿桃, 涛伢, 向家奶奶,
阿榜, 泽仔; 阿加, 小才, 乃哥 and 小阿斯木 are minority); names directly before particles, pronouns and verbs (阿茹她,
巴音仓他, 卢秀琼她, 程立新他, 吴秀枝她, 叶晓婉她, 许梦琪她, 哈凯木他) and after 叫/是/给/跟/找/让/和, and a name closing
the last sentence (就是阿茹汗其木格。, 是东珠措。, 像曹老师。, 他是我的泽仔。); names spaced out character by character
in half- and full-width spaces (宝 力 格 塔 娜, 敖　日　格　乐　玛, 郝 浩 日 沁, 才　让　措　毛, 阿 斯 木 江, 司 空 雨 萌,
东　郭　子　航, 左 丘 念 慈, 申 屠 文 昭, 宰 父 晴 岚, 万　俟　清　扬, 要 思 雨, 都 欣 妍, 和　子　琪, 让 一 诺), a dotted
name with spaces around the dot (乃吉米丁 · 吾拉音) and names split in two (巴音 仓, 东珠 措, 美合日班 吐合提, 妥桂 兰,
吴秀 枝, 许梦 琪); compound surnames after ordinary words (夏侯, 南宫, 轩辕, 独孤, 端木, 百里, 呼延, 公冶, 濮阳, 司空,
东郭, 第五, 欧阳, 太史, 左丘, 钟离, 申屠, 公西, 仲孙, 宰父, 万俟); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:柯德有}}``, ``{{qq:2946081375}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1986fwhyphen.350628}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 医生, 阿訇, 大姐, 姨, 伯) and a
particle, pronoun or verb written directly after a name (她, 他, 也, 有, 能, 要, 让, 和, 才, 被) are outside the span; a
surname with only a title or kin word (韩奶奶, 妥姐, 施主任, 还老师) and a nickname or local form of address (老韩,
阿霞, 涛伢, 向家奶奶, 泽仔) are annotated whole. Han-style names of Mongolian and Hui people (韩凤琴, 韩振山, 老韩,
妥桂兰, 喇永禄) are category han; a Han surname before a non-Han given name (郝浩日沁, 包嘎鲁, 喇瓦希德, 妥阿尤布) and
a syllable of a non-Han name taken for a surname (乃阿斯木江) are category minority, and so are fond forms of
non-Han names (阿加, 小才, 乃哥, 小阿斯木).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout120/make_holdout120.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(120_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H945: Mongolian grandmother from 科尔沁右翼中旗 raising two grandchildren whose mother is in prison, now with her
# son who repairs boats in 池州.
DOCS["H945"] = ("family", """\
访谈者：奶奶，听说您是从内蒙古过来的？
受访者：{{trap/place:科右中旗}}的，{{trap/place:科尔沁}}草原上的人。我叫{{minority/mongolian:宝力格塔娜}}，身份证上的汉名是{{han:韩凤琴}}，这边邻居都喊我{{han:韩奶奶}}。来{{trap/place:池州}}快两年了，跟着儿子过。我汉话说得不好，你听不懂就问。
访谈者：儿子在这边做什么？
受访者：修船。儿子叫{{minority/mongolian:巴音仓}}，在{{trap/place:长江}}边上的船厂焊船壳、换螺旋桨，厂里人喊他{{han:老韩}}，他的汉名叫{{han:韩振山}}。他年轻时在{{trap/place:大连}}学的电焊，后来跟着师傅到了这边，娶了个贵池姑娘{{han:檀小娟}}，就安了家。船厂老板{{han:章国平}}厚道，把厂里两间平房借给我们住，不收房租。
访谈者：两个孩子是您女儿的？
受访者：是。闺女{{minority/mongolian:阿茹汗其木格}}在{{trap/place:通辽}}跟人搞集资，骗了亲戚朋友的钱，判了七年，关在呼和浩特。孩子他爸{{han:郝振江}}是汉族，孩子两岁那年就走了，再没露面。嘎查的人都说{{minority/mongolian:阿茹}}她心太大，想一下子发财。我不怪别人，是我没教好。
访谈者：孩子们多大了？
受访者：大孙子{{minority/mongolian:浩日沁巴雅尔}}十三，家里叫他{{minority/mongolian:浩日沁}}。上学随了他爸的姓，花名册上是{{minority/mongolian:郝浩日沁}}，在{{school:贵池区池口中学七年级（2）班}}。孙女{{minority/mongolian:敖日格乐玛}}九岁，我们叫她{{minority/mongolian:敖日玛}}，在{{school:贵池区杏花村小学三年级（4）班}}。
访谈者：以前谁带他们？
受访者：一直是我。老头子{{minority/mongolian:巴图温都苏}}前年冬天走了，草场租了出去，我一个人在嘎查顾不过来，{{minority/mongolian:巴音仓}}他就开车把我们祖孙三个接了过来，路上走了三天，孙女吐了一路。
访谈者：在这边有人帮你们吗？
受访者：有。社区儿童主任{{han:汪丽华}}帮两个孩子报了服刑人员子女的补助，每人每月{{trap/number:八百六十元}}，她跑了好几趟{{trap/org:区民政局}}。街道管救助的{{han:查志宏}}来查过两回，表格都是他帮我填的。大孙子的班主任{{han:柯雪梅}}老师知道他妈的事，从来不在班上提。区社工站的{{compound:夏侯若兰}}每月来一回，她同事{{compound:南宫明远}}带孙子去打篮球。跟我儿子一个班组的焊工{{han:柯长青}}，下了班教孙女骑自行车。
访谈者：老家那边呢？
受访者：嘎查的儿童主任{{minority/mongolian:孟和吉雅}}还管着孩子们的档案，每季度在微信上问一回。苏木的民政助理{{minority/mongolian:包嘎鲁}}帮我把低保转到了这边。池州还有个科尔沁老乡，在九华山脚下开饭馆，叫{{minority/mongolian:乌兰图克}}，过年请我们去吃了一顿{{trap/minority_word:手扒肉}}。
访谈者：孩子们去看过妈妈吗？
受访者：去年暑假，儿子开车带我们去了一趟，来回两千多公里。隔着玻璃，闺女拿着电话一直哭，孙女不认得她，躲在我身后。大孙子一句话没说，出来以后在车上跟我说，奶奶，我以后要当警察。我不知道他是恨他妈，还是想把她接出来。
访谈者：孩子们适应这边吗？
受访者：孙女快，半年就跟同学学会了池州话，回来教我。大孙子闷，想他妈。他在作文里写，我妈在很远的地方上学。老师拿给我看，我不识汉字，让他一句一句念给我听，念到一半他就哭了。
访谈者：您自己身体呢？
受访者：血压高，腿肿。这边夏天闷，冬天湿冷，屋里没有炕，夜里冻得睡不着。我想喝{{trap/minority_word:奶茶}}，这边买不到砖茶，是儿媳在网上买的。腊月{{trap/minority_word:祭火}}那天，我给孙子们讲{{trap/famous:僧格林沁}}王爷的故事，我们科尔沁出的英雄。
访谈者：儿子的活计稳定吗？
受访者：不稳。江上枯水的时候船都靠岸修，忙得几天不回家；汛期船跑起来，厂里就没活，一个月拿两千多。儿媳在超市上班，两口子还要还房贷。我跟儿子说，我跟孩子们是来拖累你的，他说{{trap/minority_word:额吉}}你再说这话我就生气。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:科右中旗巴彦呼舒镇乌兰温都尔嘎查三组7号}}，这边住{{address:贵池区池口街道江滨路26号船厂宿舍2号平房}}。我的身份证{{id_number@wold.152222}}，大孙子的{{id_number@my2012spaced.152222}}。儿子电话{{mobile@spaced}}，{{han:汪丽华}}的电话{{mobile@plain}}。儿子的微信{{wechat:bayincang_cz}}。大孙子有个QQ，说等他妈出来了加她，号码他写在我的药盒上：{{qq:2946081375}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:宝 力 格 塔 娜}}，孙女在学校的表上是{{spaced:敖　日　格　乐　玛}}，大孙子是{{spaced:郝 浩 日 沁}}，儿子写成{{spaced:巴音 仓}}。
访谈者：您最盼什么？
受访者：盼闺女早点出来，把孩子领回去。我这辈子最放不下的，就是{{minority/mongolian:阿茹汗其木格}}。
""")

# H946: Golog Tibetan father from 玛沁 who guards a tea factory in 漳州 (南靖); his wife died in childbirth, his son
# is with him and his daughter with her grandmother in 玛沁.
DOCS["H946"] = ("family", """\
访谈者：师傅，您是青海来的？
受访者：{{trap/place:果洛}}{{trap/place:玛沁}}的，{{trap/place:阿尼玛卿}}雪山底下。我叫{{minority/tibetan:昂秀加}}，在{{trap/place:南靖}}这家茶厂看大门，白天看车，晚上巡夜。厂里的人念不顺我的名字，都喊我{{minority/tibetan:阿加}}。
访谈者：怎么到漳州来的？
受访者：我老婆{{minority/tibetan:东珠措}}三年前生女儿的时候大出血，县医院没抢救过来。治病欠了债，草场又小。同村的{{minority/tibetan:尖措本}}在这边茶厂干了几年，说老板{{han:涂永和}}心好，我就带着儿子来了。{{han:涂永和}}和我说，你看门，孩子放学就在门卫室写作业，不碍事。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:才旦周}}九岁，跟着我，在{{school:南靖县山城第二小学三年级（3）班}}。登记的老师以为才是姓，同学们都喊他{{minority/tibetan:小才}}，他也答应。女儿{{minority/tibetan:才让措毛}}三岁，在玛沁跟她外婆{{minority/tibetan:更藏措}}过。她出生那天她妈就走了，寺里的{{trap/minority_word:阿卡}}说给她起个长寿的名字。外婆叫她{{minority/tibetan:才措}}。
访谈者：您太太走的时候是什么情况？
受访者：那天下大雪，从牧场到县城一百多里，车走了四个钟头。到了医院孩子生下来了，她的血止不住。医生说早来两个钟头就好了。我抱着女儿站在走廊里，不知道该哭还是该笑。后来我想，要是家离县城近一点，要是路好一点，她就不会走。
访谈者：你们拿到了哪些帮助？
受访者：老家村里的儿童主任{{minority/tibetan:更登达杰}}给女儿报了困境儿童，每月{{trap/number:一千零二十元}}。乡上民政的{{minority/tibetan:扎西当周}}帮外婆办了低保。这边社区的儿童主任{{han:庄惠玲}}帮儿子转了学，申请了课后托管。班主任{{han:卢秀琼}}老师每天放学陪他读半小时拼音。区社工站的{{compound:轩辕思敏}}两周来一回，另一个社工{{compound:独孤雨桐}}教他画画。派出所的户籍民警{{compound:端木砚秋}}帮我们办了居住证。茶厂会计{{han:曾秀霞}}，大家叫她{{han:阿霞}}，儿子的补助表格都是她拿去打印的。
访谈者：儿子在这边适应吗？
受访者：刚来只会说藏话。现在普通话说得比我好，还学了几句闽南话，回来给我翻译。有同学笑他脸黑，{{minority/tibetan:才旦周}}他跟人打了一架，{{han:卢秀琼}}她把两个孩子叫到办公室，让他们握了手。后来那个同学成了他最好的朋友，周末带他去{{trap/place:土楼}}玩。
访谈者：您想女儿吗？
受访者：想。每天巡完夜，跟她外婆视频。女儿不认得我，叫我舅舅。我弟弟{{minority/tibetan:华青}}在家放牦牛，挖了{{trap/minority_word:虫草}}就寄钱给外婆。外婆七十了，眼睛不好，有一回夜里女儿发烧，是村医{{minority/tibetan:尕玛才让}}骑摩托来的。
访谈者：在茶厂做得怎么样？
受访者：老板对我好，过年给我发了红包，还让我跟着师傅学做茶。春天采茶的时候，厂里几十个采茶的阿姨，儿子在茶园里跑来跑去，阿姨们给他塞糖。这边的茶跟我们老家的不一样，我们喝熬的{{trap/minority_word:酥油茶}}，这边喝小杯子泡的，一口就没了。
访谈者：老家的习俗还过吗？
受访者：过{{trap/minority_word:藏历新年}}的时候，我在宿舍点{{trap/minority_word:酥油灯}}，给儿子拌{{trap/minority_word:糌粑}}。我给他讲{{trap/famous:格萨尔王}}，我们果洛是格萨尔的地方。老板说你们那里的{{trap/famous:才旦卓玛}}歌唱得好，我说她是西藏的，跟我们隔着好远。
访谈者：您一个人带孩子难不难？
受访者：难。夜班要巡到两点，儿子一个人睡在门卫室的小床上。有一回台风，大门被吹开，他吓醒了，光着脚跑出来找我。后来老板在门卫室装了个监控，我在厂里转，手机上能看到他睡觉。礼拜天厂里放假，我带他去河边钓鱼，他钓上来一条，要放回去，说鱼的妈妈会找它。
访谈者：登记信息请您说一下。
受访者：老家在{{address:玛沁县大武镇格多村四社9号}}，这边住{{address:南靖县山城镇雁塔路118号茶厂宿舍1栋103室}}。我的身份证{{id_number@my1986hyphen.632621}}，儿子的{{id_number@my2016fw.632621}}。我电话{{mobile@s38}}，{{han:庄惠玲}}的{{mobile@p86h}}。我的微信是儿子帮我注册的，叫{{wechat:angxiujia_guoluo}}。儿子有QQ，说跟班上同学发作业，号码他念，我一个数一个数记在本子上：{{qq:73501946}}。
访谈者：名字在表上写得对吗？
受访者：表上把我写成{{spaced:昂 秀 加}}，儿子是{{spaced:才 旦 周}}，户口本上女儿是{{spaced:才　让　措　毛}}，老婆的死亡证明上写成{{spaced:东珠 措}}。
访谈者：最后还想说什么？
受访者：等儿子小学毕业，就带他回玛沁，一家人在一起。这些年我最对不起的，是{{minority/tibetan:东珠措}}。
""")

# H947: Uyghur father from 阿图什 who sells kebabs at a 漳州 night market and raises a deaf son; his wife and
# daughter are in 阿图什.
DOCS["H947"] = ("family", """\
访谈者：老板，您这烤肉摊在夜市摆了几年了？
受访者：四年了。我叫{{minority/uyghur:乃吉米丁·吾拉音}}，{{trap/place:阿图什}}人，在{{trap/place:喀什}}边上。夜市上的人叫我{{minority/uyghur:乃吉米丁}}，卖{{trap/word:蚵仔煎}}的阿姨们嫌长，叫我{{minority/uyghur:乃哥}}。
访谈者：家里几口人？
受访者：四口。老婆{{minority/uyghur:美合日班·吐合提}}在阿图什，照顾她生病的妈妈，还有我们的女儿{{minority/uyghur:萨拉麦提·乃吉米丁}}，十二岁，在家里念书。儿子跟着我在{{trap/place:漳州}}。
访谈者：儿子怎么样？
受访者：儿子{{minority/uyghur:阿斯木江·乃吉米丁}}十岁，两岁那年发高烧，耳朵听不见了。我们叫他{{minority/uyghur:阿斯木江}}，我心里叫他{{minority/uyghur:小阿斯木}}。阿图什没有好的聋哑学校，听说漳州这边能装人工耳蜗，学校也好，我就带他来了。他在{{school:芗城区启聪学校三年级（2）班}}，老师以为乃是姓，花名册上写成{{minority/uyghur:乃阿斯木江}}。
访谈者：耳蜗装上了吗？
受访者：装了一边。{{trap/org:市残联}}给报了一大半钱，剩下的是老乡们凑的。医院登记的时候没有点，把我写成{{minority/uyghur:乃吉米丁吾拉音}}。耳鼻喉科的{{han:黄少聪}}大夫说，要坚持做康复，慢慢就能开口。现在他能叫爸爸了，叫得不清楚，我听一次哭一次。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:戴雅琴}}给儿子办了残疾人两项补贴，每月{{trap/number:二百八十元}}，还报了困境儿童。康复老师{{han:简明珠}}每周三次，一点一点教他发音。夜市管理处的{{han:郑天赐}}把我的摊位换到了路灯底下，说亮一点，孩子写作业不伤眼睛。卖{{trap/word:四果汤}}的{{han:阿桃}}姨下午帮我看孩子。社工站的{{compound:百里青禾}}教我手语，她同事{{compound:呼延晓棠}}给儿子找了个绘画班。
访谈者：这边有老乡吗？
受访者：有几个。{{minority/uyghur:铁力瓦尔迪}}在古城卖干果，他老婆{{minority/uyghur:努尔尼萨}}会做{{trap/minority_word:抓饭}}，{{trap/minority_word:肉孜节}}我们两家一起过。{{minority/uyghur:铁力瓦尔迪}}说，你一个男人带孩子，该找个帮手。我说，我老婆会来的。
访谈者：您学手语难吗？
受访者：难。我汉字认得不多，手语书看不懂，是社工一个动作一个动作教的。现在我会一百多个，吃饭、睡觉、上学、想妈妈，这些都会。儿子笑我打得慢，他打得飞快，我跟不上，他就拿本子写给我看。我们父子俩说话，一半靠手，一半靠本子。有时候他急了，说不出来，就拿拳头捶桌子，我抱着他，等他哭完再慢慢问。
访谈者：儿子在学校怎么样？
受访者：喜欢画画，画了好多{{trap/minority_word:馕坑}}、骆驼，还画他妈妈。老师说他手巧，以后可以学美术。晚上收摊以后，我给他讲{{trap/famous:阿凡提}}的故事，他看我的嘴，我用手比，我们两个笑成一团。
访谈者：您一个人辛苦吗？
受访者：下午四点出摊，夜里一点收摊，早上送他上学，中午去批发市场买羊肉。累了就在摊子后面靠一会儿。{{minority/uyghur:阿斯木江}}他懂事，会帮我串肉，串得比我还整齐。最怕下雨，下雨就没生意，房租照样要交。有一回城管来查，说我的炉子离人太近，{{han:郑天赐}}替我说了好话，又帮我换了个新炉子。
访谈者：女儿呢？
受访者：每天视频。{{minority/uyghur:萨拉麦提}}她用手语跟弟弟说话，是在网上学的。{{minority/uyghur:美合日班}}说，等她妈妈的病好一点，就带女儿来漳州。我岳母{{minority/uyghur:布阿依谢姆}}七十多了，糖尿病，腿上的伤口一直不好，离不开人。
访谈者：登记信息请您说一下。
受访者：老家在{{address:阿图什市松他克乡阿亚克村五组12号}}，这边住{{address:芗城区西桥街道新华西路44号3栋2单元401室}}。我身份证{{id_number@my1985spaced.653001}}，儿子的{{id_number@my2015x.653001}}。我电话{{mobile@hyphen}}，{{han:戴雅琴}}的{{mobile@s74}}。我的微信{{wechat:najimidin_kebab}}，顾客扫码付钱也是这个。女儿的QQ号是她妈念给我的：{{qq:18053672}}。
访谈者：名字写法一样吗？
受访者：不一样。学校表上儿子是{{spaced:阿 斯 木 江}}，我在租房合同上是{{spaced:乃吉米丁 · 吾拉音}}，老婆的名字写成{{spaced:美合日班 吐合提}}，女儿的医保卡上是{{minority/uyghur:萨拉麦提•乃吉米丁}}，点是圆的。
访谈者：最盼什么？
受访者：盼儿子能说话，一家人在一起。在夜市，大家都叫我{{minority/uyghur:乃哥}}，我想听儿子也这么叫我。
""")

# H948: Hui mother from 广河 who keeps a beef shop in 贵池区; her husband is in hospital.
DOCS["H948"] = ("family", """\
访谈者：大姐，您这牛肉馆开了几年了？
受访者：六年了。我叫{{han:妥桂兰}}，回族，经名{{minority/hui:阿丽法}}，老家甘肃{{trap/place:广河}}。来吃面的老街坊都叫我{{han:妥姐}}，说我做事{{trap/word:妥当}}，跟我的姓一样。
访谈者：家里现在什么情况？
受访者：我男人{{han:喇永禄}}今年四月在后厨倒下了，脑出血，在市人民医院住了两个月，现在转到康复科，半边身子还不能动。他经名叫{{minority/hui:瓦希德}}，寺里的人都叫他{{minority/hui:喇瓦希德}}。以前他站在门口吆喝，嗓门比{{trap/word:喇叭}}还大，现在说话都费劲。
访谈者：孩子们呢？
受访者：两个。儿子{{han:喇文斌}}十三，经名{{minority/hui:哈凯木}}，在{{school:贵池区秋浦中学八年级（1）班}}。女儿{{han:喇雪莲}}九岁，经名{{minority/hui:赫斯娜}}，在{{school:贵池区齐山小学四年级（3）班}}。{{minority/hui:哈凯木}}他放了学就来店里洗碗、收桌子。{{minority/hui:赫斯娜}}她还小，趴在收银台上写作业。
访谈者：你们怎么从广河到了池州？
受访者：广河出来开拉面馆的人多，全国哪里都有。我男人的表哥先在{{trap/place:安庆}}开了一家，说池州还没几家，我们就借了钱过来。头两年本地人吃不惯，嫌汤淡，我们就多放辣子、多放牛肉，慢慢有了回头客。
访谈者：店里现在谁在做？
受访者：我一个人，早上五点熬汤，拉面、切肉、收钱都是我。我弟弟{{minority/hui:妥阿尤布}}从广河过来帮了一个月，家里也有地，又回去了。婆婆{{minority/hui:马阿蒂凯}}在广河，七十多了，天天在电话里问她儿子能不能吃饭。我妈{{minority/hui:马沙米拉}}说要来帮我，我没让，她的腰也不好。
访谈者：有谁帮过你们？
受访者：社区儿童主任{{han:桂晓燕}}上门三回，给两个孩子报了困境儿童，店里收入不稳，低保也在审。我跟她开玩笑，说你的姓跟{{trap/word:桂花}}一样香。医院的{{han:潘振东}}大夫帮我们申请了大病救助。儿子的班主任{{han:方卫红}}老师给他减了资料费。区社工站的{{compound:公冶书瑶}}每周陪女儿做一次作业，另一个社工{{compound:濮阳静姝}}帮我在网上填表。{{trap/org:清真寺}}的{{minority/hui:卜海里}}阿訇组织乡亲捐了两万多。
访谈者：池州的回族多吗？
受访者：不多，几十户。卖牛羊肉的{{han:马建中}}每天给我留最好的牛腱子，他老婆{{minority/hui:冶哲米莱}}给女儿缝了一条新盖头。寺里教经的师娘{{minority/hui:纳迪莱}}周末教女儿念经。我们{{trap/minority_word:主麻}}的时候一起去寺里，过{{trap/minority_word:开斋节}}，我炸{{trap/minority_word:油香}}给邻居们送。
访谈者：孩子们怎么面对爸爸生病？
受访者：儿子一下子长大了，学会了算账，周末替我守店。他说以后要学医，把爸爸治好。女儿晚上抱着她爸的围裙睡。女儿最爱听我讲{{trap/famous:郑和}}下西洋的故事，她说郑和也是回族，跟我们一样。
访谈者：您自己呢？
受访者：累，可是倒不下。店一关，一家人吃什么？每天关了店，我骑电动车去医院，给他擦身子、喂饭，夜里十一点再回来。{{han:喇永禄}}他拉着我的手掉眼泪，说拖累了我。我说，你好好练，练好了回来给我熬汤。
访谈者：康复要多久？
受访者：医生说少说一年。康复科一天四百多，医保报一部分，剩下的我们自己出。店里一个月挣七八千，交了房租、工钱，剩下的全贴进医院。最难的时候我想过把店盘出去回广河，儿子不同意，说这是爸爸的店，要等爸爸回来。现在每天晚上关门前，他都要把他爸的那把汤勺擦一遍，挂回墙上。
访谈者：登记信息请您说一下。
受访者：店在{{address:贵池区秋浦西路218号}}，家住{{address:贵池区里山街道齐山大道66号齐山花园9栋1单元302室}}，老家在{{address:广河县三甲集镇康家村四社15号}}。我的身份证{{id_number@wy1983fullwidth.622924}}，女儿的{{id_number@wy2016hyphen.622924}}。我电话{{mobile@plus86}}，{{han:桂晓燕}}的{{mobile@h38}}。我的微信{{wechat:tuoguilan_niurou}}。儿子有个QQ，他说是学校让注册的，号码写在店里的菜单背面：{{qq:526183049}}。
访谈者：名字在表上写得对吗？
受访者：医院的表上把我男人写成{{spaced:喇 永 禄}}，女儿是{{spaced:赫　斯　娜}}，儿子的经名写成{{spaced:哈 凯 木}}，我写成{{spaced:妥桂 兰}}。
访谈者：您最盼什么？
受访者：盼男人能自己走路，一家人坐在店里吃一碗面。
""")

# H949: Han village child director in 青阳 (庙前镇) reading out her register of children in distress.
DOCS["H949"] = ("staff", """\
访谈者：您今天带来的是村里的登记册？
受访者：对，困境儿童台账。我叫{{han:施玉芬}}，在{{trap/place:青阳县}}{{trap/place:庙前镇}}当儿童主任第六年了。村里人叫我{{han:施主任}}，{{trap/place:九华山}}上下来的老香客逗我，说{{trap/word:施主}}来了。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:柯文涛}}，男，十一岁，孤儿。前年他爸妈开车去{{trap/place:合肥}}送货，在高速上出了事，两个人都没了。现在跟爷爷{{han:柯德有}}过，{{han:柯德有}}有糖尿病，一天打两针胰岛素。孩子在{{school:庙前镇中心小学五年级（1）班}}，小名叫{{han:涛伢}}。住{{address:青阳县庙前镇枫林村三组16号}}，孩子的身份证{{id_number@my2013.341723}}。孤儿基本生活费每月{{trap/number:一千二百三十元}}。
访谈者：第二户？
受访者：第二户是事实无人抚养，{{han:要思雨}}，女，八岁。她爸{{han:要建国}}要坐五年牢，偷电缆被抓的；她妈改嫁去了{{trap/place:景德镇}}，电话打不通。孩子跟奶奶{{han:吴秀枝}}过，在{{school:庙前镇中心小学二年级（3）班}}。住{{address:青阳县庙前镇枫林村五组8号}}，孩子身份证{{id_number@wy2017spaced.341723}}，奶奶的{{id_number@wold.341723}}。
访谈者：第三户？
受访者：第三户，{{han:能家宝}}，男，十二岁，脑瘫，走不了路，{{trap/org:县特教学校}}的老师每周上门送教一回。他妈{{han:也红梅}}也是残疾，腿不好，一个人带他。{{han:能家宝}}能吃能笑，就是说不出话。两项补贴都有，{{han:也红梅}}的低保今年也续上了。住{{address:青阳县庙前镇双河村二组21号}}，孩子身份证{{id_number@my2013hyphen.341723}}，{{han:也红梅}}的电话{{mobile@fullwidth}}。
访谈者：第四户？
受访者：第四户是留守，{{han:汪诗涵}}，女，十岁，在{{school:青阳县蓉城镇第三小学四年级（2）班}}，寄住在姨妈家。爸妈在{{trap/place:昆山}}电子厂，奶奶{{han:汪来娣}}去年中风瘫在床上，孩子放学要给奶奶翻身、喂饭。
访谈者：第五户？
受访者：第五户，{{han:桂欣悦}}，女，七岁。她爸{{han:桂志成}}因为赌博欠债，跟人动了刀，判了三年；她妈{{han:潘继红}}在镇上超市当收银员。服刑人员子女补助我上个月才帮她报上去。孩子有点自闭，不跟人说话，只跟她家那条黄狗说。住{{address:青阳县庙前镇双河村六组3号}}。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:程主任}}总负责，{{han:程立新}}他每月把台账报到县{{trap/org:民政局}}。村里的大学生村官{{compound:司空雨萌}}帮我录系统，镇社工站的{{compound:东郭子航}}跟第一户、第三户，县里的督导{{compound:第五明辉}}每季度下来抽查一次。派出所的{{han:檀所长}}管第二户的户口。
访谈者：你们平时怎么走访？
受访者：我骑电动车，一个礼拜把五户走一遍。{{han:涛伢}}他爷爷眼睛不好，胰岛素是我教{{han:柯文涛}}打的，孩子现在比我打得还准。{{han:吴秀枝}}她不识字，孩子的作业本都是我签的字。有一回半夜{{han:能家宝}}抽筋，{{han:也红梅}}给我打电话，我叫上村医{{han:姚春生}}一起去的，送到县医院天都亮了。
访谈者：您是怎么当上儿童主任的？
受访者：我原来在村里当会计，{{trap/year:2019年}}上面要求每个村配一个儿童主任，村支书说你是女同志，心细，就是你了。一个月补贴几百块，活不少：排查、建档、报材料、送政策上门。头一年我连事实无人抚养是什么都搞不清，是县里培训了三回才弄明白。现在哪家孩子几岁、在哪上学、爸妈在哪打工，我闭着眼睛都说得出来。
访谈者：村里像这样的孩子多吗？
受访者：全村四百多户，十八岁以下的孩子一百多个，一半是留守的。真正要报上去的就这五户。山里年轻人都出去了，去{{trap/place:苏州}}、去{{trap/place:杭州}}，过年才回来。有的孩子一年见一回爸妈，见了面不肯叫。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。系统里{{han:柯文涛}}被录成了{{spaced:柯 文 涛}}，{{spaced:要 思 雨}}也一样，奶奶写成{{spaced:吴秀 枝}}；{{spaced:汪　诗　涵}}中间是全角空格；村官的名字被打成{{spaced:司 空 雨 萌}}，{{spaced:东　郭　子　航}}也是，镇上的人还以为是两个人。我年底一起改。
访谈者：联系方式呢？
受访者：{{han:吴秀枝}}没手机，有事我就让{{han:章雨欣}}帮着传话，她们是邻居；{{han:潘继红}}的电话{{mobile@s434}}。我的电话{{mobile@plus86dash}}，微信{{wechat:shiyufen_mqz}}，村里的家长有事都找我。
访谈者：做这个最难的是什么？
受访者：孩子的事，等不得。{{han:桂欣悦}}她妈上夜班，孩子一个人在家，我就把她接到村部，跟村里几个孩子一起写作业。我总说，谁家孩子没人管，就是我家的孩子。
""")

# H950: Han primary-school teacher in 东至 (尧渡镇) who keeps in touch with her four cases and their families on WeChat
# and QQ.
DOCS["H950"] = ("teacher", """\
访谈者：您带的是哪个班？
受访者：{{school:东至县尧渡镇中心小学四年级（2）班}}，班主任，教语文。我叫{{han:曹晓雯}}，孩子们叫我{{han:曹老师}}，有个调皮的男生背后喊我{{trap/famous:曹操}}，我听见了也不恼。班上四十一个孩子，爸妈在外打工的一大半，真正难的有四家，我挨个说。
访谈者：好。
受访者：第一个{{han:向书航}}，十岁。他妈生下他就走了，他爸{{han:向东海}}在{{trap/place:上海}}的工地上扎钢筋，一年回来一趟。孩子跟奶奶过，村里人都叫她{{han:向家奶奶}}。我每周五向{{han:向东海}}发一段孩子读课文的视频，他爸的微信是{{wechat:xiangdonghai_sh}}，常常半夜才回一句“谢谢老师”。
访谈者：第二个呢？
受访者：第二个是女孩，{{han:都欣妍}}，九岁。爸妈离了婚，两边都又成了家，谁也不接她，村里报了事实无人抚养，她跟外公过。{{han:都欣妍}}都九岁了，还不会系鞋带，可作文写得好。她有个QQ，说是外公的老手机上注册的，号码她写在我的备课本上：{{qq:604718235}}。周末她在QQ上给我发她画的画。
访谈者：第三个？
受访者：第三家是龙凤胎，{{han:和子墨}}和{{han:和子琪}}，十岁，两个都在我班上。他们爸爸前年在矿上出了事，人没了；妈妈{{han:周春燕}}在{{trap/place:宁波}}的服装厂，一个月寄两千回来。两个孩子跟爷爷过。{{han:周春燕}}的微信叫{{wechat:zhouchunyan_nb}}，我拍了照片就发给她。{{han:和子墨}}有个QQ，号码{{qq:3092546187}}，他说长大要去宁波找妈妈。
访谈者：第四个？
受访者：第四个{{han:许梦琪}}，十一岁。她爸{{han:许国栋}}酒驾撞死了人，判了六年；她妈有抑郁症，住过两次院。家里现在是她舅舅{{han:程礼让}}在管，{{han:程礼让}}让她周末去他家吃饭，平时她一个人在家照顾妈妈。{{han:许梦琪}}她的QQ号是{{qq:57201834}}，晚上睡不着就给我发消息。
访谈者：学校和村里怎么帮这些孩子？
受访者：学校给四个孩子都申请了助学金。心理老师{{compound:欧阳慕青}}每周给他们上一次团体课，县社工站的{{compound:太史景澄}}每月来一趟，去年暑假大学生志愿者{{compound:左丘念慈}}带他们去了{{trap/place:升金湖}}看白鹤。村里的儿童主任{{han:方淑琴}}大姐给向家和和家都报了补助，{{han:方淑琴}}的微信是{{wechat:fangshuqin_yd}}，有事我先找她。
访谈者：您怎么顾得过来？
受访者：顾不过来也要顾。班上有个家长群，群号{{trap/number:581036247}}，可这几家的大人多半不在群里，我只能一个一个加。早上七点到校，先看谁没来、谁脸色不对；晚上批完作业，再在微信、QQ上回消息，常常到十二点。我老公说我是在给别人家当妈，我说这几个孩子身边没有妈。
访谈者：家访的时候看到了什么？
受访者：{{han:向家奶奶}}八十了，耳朵背，我在院子里喊半天她才出来。{{han:向书航}}趴在灶台上写作业，因为只有灶台边暖和。回来我在群里说了，家长们凑了一张书桌、一台取暖器。
访谈者：这几个孩子跟别的孩子有什么不一样？
受访者：心重。别的孩子考砸了哭一场就忘了，他们会憋着。{{han:都欣妍}}有一回两天没说一句话，我在QQ上问她，她才说外公住院了，家里就她一个人，晚上不敢关灯。我当天晚上去了她家，把她接到我家住了一个礼拜。我女儿比她大两岁，两个人挤一张床，现在成了好朋友。
访谈者：家长们配合吗？
受访者：大多数配合，就是远。{{han:周春燕}}每个月打电话问成绩，问完了就哭，说对不起孩子。{{han:向东海}}不爱说话，可孩子要的书，他第二天就在网上买了寄回来。最难的是{{han:许梦琪}}家，她妈病着，她舅舅忙，开家长会从来没人来，我就把成绩单拍照发给她舅舅。
访谈者：孩子们有什么爱好？
受访者：{{han:和子琪}}爱跳舞，{{han:向书航}}爱下象棋，跟隔壁班的{{han:被子健}}被县里选进了少儿象棋队，说长大要当冠军。我跟他们讲尧渡镇名字的来历，{{trap/famous:尧帝}}在这里渡过河，他们听得很认真。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上把{{spaced:都 欣 妍}}中间空了格，{{spaced:和　子　琪}}是全角的，{{spaced:许梦 琪}}被截成了两段，县里的通知还把志愿者写成{{spaced:左 丘 念 慈}}。
访谈者：联系方式留一下？
受访者：我的电话{{mobile@p86n}}，微信{{wechat:caoxiaowen_yw}}。{{han:向东海}}在上海的电话{{mobile@spaced}}。
访谈者：最后还想说什么？
受访者：盼这四个孩子都能好好读完书。{{han:许梦琪}}上个月在作文里写，她长大想当老师，像{{han:曹老师}}。
""")

# H951: Han township social worker in 平和 (坂仔镇) going through her cases of children with no one raising them
# (事实无人抚养).
DOCS["H951"] = ("staff", """\
访谈者：您在镇上管的是哪一块？
受访者：事实无人抚养儿童。我叫{{han:赖淑贞}}，在{{trap/place:平和县}}{{trap/place:坂仔镇}}社工站，孩子们都叫我{{han:赖姐}}。我们镇出过{{trap/famous:林语堂}}，来参观的人多，可我跑的都是山里的村子。手上有四户，我照着本子说。
访谈者：好。
受访者：第一户，{{han:曾子豪}}和{{han:曾雅婷}}兄妹，十二岁和九岁。他爸{{han:曾金水}}前年夏天在{{trap/place:花山溪}}电鱼，掉下去没上来；他妈三年前去{{trap/place:厦门}}打工就没了消息，派出所出了查找不到的证明，这才报上。现在跟爷爷过，村里人叫爷爷{{han:阿榜}}伯。哥哥在{{school:坂仔中学七年级（3）班}}，妹妹在{{school:坂仔中心小学三年级（1）班}}。住{{address:平和县坂仔镇心田村九组27号}}，哥哥的身份证{{id_number@my2013tri.350628}}。每人每月补{{trap/number:一千一百五十元}}。
访谈者：第二户？
受访者：第二户，{{han:叶晓婉}}，女，十岁。她爸{{han:叶青山}}吸毒，在强制隔离戒毒所；她妈{{han:林秋菊}}是一级肢体残疾，坐轮椅，自己都要人照顾。{{han:叶晓婉}}她每天早上给妈妈穿衣服、梳头，再走四里路去上学。住{{address:平和县坂仔镇五星村二组11号}}，{{han:林秋菊}}的身份证{{id_number@wy1986fwhyphen.350628}}，两项补贴都在领。
访谈者：第三户？
受访者：第三户，{{han:卢佳怡}}，女，十四岁，爸爸{{han:卢志成}}、妈妈{{han:黄碧莲}}一起贩卖假药，都判了，一个八年一个五年。孩子跟外婆住在{{trap/place:九峰镇}}，外婆七十九，有心脏病。{{han:卢佳怡}}说不想读了，要去{{trap/place:漳州}}做奶茶。我跟她班主任{{han:黄老师}}劝了三回，她才答应读完初中。她的QQ{{qq:2385170946}}，我加了，她不高兴就在空间里写两句。
访谈者：第四户？
受访者：第四户姓让，这个姓少见。孩子叫{{han:让一诺}}，男，六岁。他爸{{han:让晓东}}让人骗去缅甸，两年没消息，派出所立了案；他妈生他的时候难产走了。现在跟姑婆过，姑婆种蜜柚，一年到头在山上。孩子还没上学，在{{school:坂仔中心幼儿园大（2）班}}。住{{address:平和县坂仔镇东风村五组6号}}，孩子身份证{{id_number@my2019plain.350628}}。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:胡振南}}负责审核，材料报到县{{trap/org:民政局}}。同事{{compound:钟离若谷}}跟第一户、第四户，县里的督导{{compound:申屠文昭}}每月查一次台账。第三户的法律援助是律师{{compound:公西子衿}}做的，她帮孩子把家里的老房子保了下来。村里的儿童主任，心田村是{{han:朱丽云}}，五星村是{{han:蒋伟民}}。
访谈者：你们是怎么发现这些孩子的？
受访者：多半是学校报的，老师发现孩子老不交作业、饭钱拿不出来。也有邻居来说的。{{han:曾雅婷}}那户，是她爷爷自己拄着拐来镇上问的，问能不能给孙子孙女办个什么，他说他活不了几年了。
访谈者：孩子们知道自己是“事实无人抚养”吗？
受访者：大的知道，小的不知道。我们从来不在孩子面前说这几个字，发钱、填表都找大人。可孩子心里明白，{{han:卢佳怡}}跟我说过，{{han:赖姐}}，我知道我跟别人不一样。我说，你跟别人一样，就是比别人多吃了点苦。
访谈者：除了发钱，还做些什么？
受访者：每个孩子都有一份档案，半年评估一次：吃得饱不饱，有没有人陪，学习跟不跟得上，心里有没有事。寒暑假我们办夏令营，带山里的孩子去县城看电影、逛图书馆。今年还跟{{trap/org:县妇联}}联系了几个爱心妈妈，一对一结对子，每个月打一次电话、见一次面。
访谈者：台账上的名字都写对了吗？
受访者：常错。{{spaced:曾 子 豪}}被空了格；{{spaced:叶　晓　婉}}是全角空格；{{spaced:让 一 诺}}被当成了一句话；督导的名字写成了{{spaced:申 屠 文 昭}}。
访谈者：联系方式呢？
受访者：{{han:阿榜}}伯没手机，打村里{{han:朱丽云}}的，{{mobile@plus86spaced}}。{{han:林秋菊}}的电话{{mobile@fws}}。我的工作微信{{wechat:laishuzhen_bz}}，有事也可以打{{trap/hotline:12345}}。
访谈者：做这个工作，最难的是什么？
受访者：孩子说不出口的那些事。{{han:让一诺}}问我，爸爸是不是也被坏人关起来了，我不知道怎么回答。我只好说，阿姨帮你等。他点点头，把他爸的照片夹进了图画本里，说等爸爸回来要给他看。
""")

# H952: Han grandfather in 长泰 (武安镇) raising a grandson whose parents divorced and both remarried.
DOCS["H952"] = ("family", """\
访谈者：阿伯，孙子跟着您几年了？
受访者：五年了。我叫{{han:戴水生}}，今年六十八，在{{trap/place:长泰}}种了一辈子{{trap/word:芦柑}}。村里人都叫我{{han:水生}}伯，孙子叫我阿公。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:戴建阳}}在{{trap/place:厦门}}开货车，媳妇{{han:杨美凤}}原来在电子厂。孩子四岁那年两个人离了，法院把孩子判给我儿子，我儿子转手就交给了我。后来两个人都又成了家，媳妇嫁到了{{trap/place:泉州}}，儿子在厦门又生了一个，新媳妇不要这个大的。
访谈者：孩子奶奶呢？
受访者：老伴{{han:郭月娥}}前年得肝癌走了。她在的时候，孙子是她带，她走了，我一个大男人，饭都煮不好，头一个月天天给孙子吃面线。
访谈者：孙子多大了？
受访者：十岁，叫{{han:戴俊泽}}，我们叫他{{han:泽仔}}，在{{school:长泰区武安镇中心小学四年级（5）班}}。他的班主任姓还，这个姓我活了六十多年头一回听说。{{han:还老师}}还给他免费补数学，大名叫{{han:还丽珠}}，年轻，脾气好。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:连秀贞}}给孙子报了困境儿童，每月{{trap/number:六百二十元}}，又帮我申请了低保。有什么事我就找{{han:连秀贞}}，她说阿伯你别怕麻烦我，有事就给{{han:连秀贞}}打电话，半夜也行。隔壁的{{han:唐家才}}才从厦门回来，孙子半夜发高烧，是他开车送到区医院的，儿科的{{han:薛雅芳}}医生守了一夜。区社工站的{{compound:仲孙雨桐}}每月来一次，她同事{{compound:宰父晴岚}}教孙子写毛笔字。儿子好几个月不给抚养费，是律师{{compound:万俟清扬}}帮我打的官司，现在每月按时打过来。
访谈者：孙子想爸妈吗？
受访者：想。他嘴上不说，可每回他妈打电话来，他都跑到{{trap/place:龙津溪}}边上去接，不让我听。他妈过年给他买了新衣服，他穿了一个冬天，洗了又穿。他爸一年回来两趟，带他去吃一顿{{trap/word:卤面}}，吃完就走。有一回学校开家长会，别人都是爸妈去，他跟老师说，我阿公就是我爸。
访谈者：您一个人带，身体吃得消吗？
受访者：腰不好，高血压，果园还得管。摘柑的时候一天要上下山好几趟，孙子放了学就来帮我提篮子。晚上我给他讲{{trap/famous:保生大帝}}的故事，带他去庙口看{{trap/word:歌仔戏}}。邻居{{han:唐美玉}}常送{{trap/word:杨桃}}过来，说给{{han:泽仔}}补补。
访谈者：家里的收入靠什么？
受访者：靠那几亩柑橘。好年景一年能卖两万多，赶上冻害就白干。低保一个月几百，孙子的补助另算。儿子说好每月给八百，有时候给有时候不给。我不抽烟不喝酒，一件衣服穿十年，钱都花在孙子身上：校服、资料费、学画画。上个月他说要一双球鞋，我骑车去县城转了一下午，买了一双一百二的，他高兴得抱着睡觉。
访谈者：孩子在学校怎么样？
受访者：成绩中等，爱画画，爱踢球。{{han:还丽珠}}说他上课老发呆，她就让他当了个图书管理员，他现在天天捧着书回家。
访谈者：您担心以后吗？
受访者：担心。我这个岁数，说走就走。前年老伴走的时候，孙子抱着她的照片睡了一个月。我怕哪天我也走了，他又没人要。我跟儿子说过，你再怎么样，这是你亲生的，你得管。他说爸你放心，可我看他那个新媳妇的脸色，心里就没底。
访谈者：孩子跟妈妈还有来往吗？
受访者：有。她每个月给孙子打两回电话，暑假接他去泉州住过十天。她那边的男人人还行，对孙子客气。孙子回来说，妈妈家有空调，有电脑，可他晚上睡不着，想阿公，想家里的狗。我听了又高兴又难过。
访谈者：登记表上要写什么？
受访者：家在{{address:长泰区武安镇珪后村六组14号}}。我的身份证{{id_number@my1957.350625}}，孙子的{{id_number@my2015quad.350625}}。我电话{{mobile@plain}}，儿子的{{mobile@s38}}，{{han:连秀贞}}的{{mobile@hyphen}}。{{han:连秀贞}}的微信是{{wechat:lianxiuzhen_wa}}。孙子有个QQ，老师让注册的，上网课用，号码他写在我果园的记工本上：{{qq:4610273958}}。
访谈者：名字在表上写得对吗？
受访者：有错的。低保表上我是{{spaced:戴 水 生}}，孙子写成{{spaced:戴　俊　泽}}，社工的名字写成{{spaced:宰 父 晴 岚}}，律师是{{spaced:万　俟　清　扬}}。
访谈者：您最盼什么？
受访者：盼我多活几年。谁也别想把他从我身边带走，他是我的{{han:泽仔}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=945,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
