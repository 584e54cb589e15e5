# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 123 (tests/pii/holdout123/H969-H976 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 122, written at the same time, is not
an earlier set).

Set 123 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
枣庄 and 滨州 (Shandong): a Mongolian mother from 科尔沁左翼后旗 who works in a 滨州 textile mill, her husband disabled
by a stroke, her son with them and her daughter with her mother-in-law in the gacha; an Amdo Tibetan father from
尖扎 who drives a truck for a 枣庄 coal yard, his wife dead and his two children with their aunt in 尖扎; a Kazakh
grandfather from 哈巴河 raising a grandson whose father drowned and whose mother left, now with his daughter in
薛城区; a Hui widow from 临夏 who runs a mutton-soup shop in 台儿庄 with her three children; a Han coal-miner's widow in
山亭区; a Han community worker in 滨城区 reading out her list; a Han middle-school class teacher in 邹平 going through
the four pupils in distress of her class; and a Han grandfather in 惠民 raising two grandchildren orphaned on the
road. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names used whole and with a short form after the full name (苏布德额日和木 then 苏布德, 吉雅图娜拉
then 图娜拉, 白扎那巴特 then 扎那巴特也), a Han surname before a Mongolian given name (白扎那巴特, 包哈斯图雅) and the
Han names of the same people (包玉芹, 白宝山, 小包); Amdo Tibetan names (尕藏才让, 拉措吉, 角巴太, 卓么草她, 多杰东知,
卓毛措, 贡保加, 南加太老师, 才措吉) whose characters are grammar words (尕藏才让 after 让 and before 把: 老板就让尕藏才让
把车开到修理厂), a Han surname before a Tibetan given name (韩卓毛措, 韩东知) and the Han names of Tibetans (韩青海,
韩把式); Kazakh given name + father's name with and without the dot (哈比都拉·叶尔肯, 叶尔拉那·别克苏力坦,
叶尔拉那别克苏力坦, 别克苏力坦·哈比都拉, 古丽娜孜·托克塔尔, 阿依夏古丽·哈比都拉) and single and short forms (叶尔拉那他,
阿依夏古丽, 哈力曼古丽, 胡玛尔别克), a Han father's surname before a Kazakh given name (颜阿斯兰, 颜阿依登) and Han-style
forms of address of Kazakhs (颜嫂, 哈大爷, 小叶); Han-form Hui names with the rare surnames of 临夏 (妥玉霞, 冶永福,
冶海龙, 冶雪莲, 喇秀莲) beside 经名 used alone (赛尼拜, 努热丁, 伊斯玛尼他, 纳伊麦, 海迪则, 尔萨尼, 阿伊莎尔, 阿里木他)
and after a Han surname (冶伊斯玛尼, 冶伊萨, 韩舍里夫); Han names with common and rare surnames of the region (褚, 满,
种, 颜, 仉, 訾, 邴, 菅, 窦, 綦, 蔺, 伏, 巩, 苑, 臧, 鲍, 商, 靳, 芦); surnames that are also grammar or ordinary words,
directly after or before grammar words (和美玲和我, 跟和美玲, 和建波和媳妇, 向德顺向来, 找向德顺要, 能玉华能说会道,
能桂香能干, 有志刚说, 才子豪才上一年级, 才德顺, 都建强被判, 苗凤英都七十三了, 要晨曦要强, 还永昌还在, 种桂芝七十了还
种地) and names that end in such a word (褚文才就, 魏春和和老伴, 春和大爷); names that contain words (白宝山, 韩青海,
褚向荣, 褚有为也, 魏建功, 才子豪, 成才, 房海燕, 韦建设, 魏金宝); names directly before particles, pronouns and
verbs (德力格尔朝克图他, 满达呼娃她, 董秀英也) and after 叫/是/给/跟/找/让/和/把 (叫商秀娥, 是和美玲, 给魏春雷, 把魏嘉禾);
titles and kin words after names (菅玉洁老师, 訾文静老师, 南加太老师, 仉玉兰老师, 邢桂荣大姐; the span is the name
only); a surname with only a title or kin word, annotated whole (盖大夫, 燕主任, 苗大娘, 冶大夫, 韩把式, 颜嫂, 妥嫂,
喇阿訇, 扈老师, 鲍主任, 孔二嫂, 颜老板, 靳科长, 杭老师, 伏老师, 巩主任, 臧老师, 哈大爷, 满奶奶); nicknames and local
forms of address, annotated whole (小包, 小叶, 二憨, 荣妮, 小锤, 禾妮儿, 宝柱, 宋大脚), and a wife called after her
husband's given name (文才家的: the span is 文才); names closing the last sentence (是商秀娥。, 对得起褚文才。,
对得起努热丁。, 她叫宫淑敏。, 全亏了苑桂芳。); names spaced out character by character in half- and full-width spaces
(苏 布 德 额 日 和 木, 吉 雅 图 娜 拉, 尕 藏 才 让, 叶 尔 拉 那, 哈 比 都 拉, 冶　伊　斯　玛　尼, 端 木 文 轩, 第 五 春 霞,
澹 台 明 玥, 万 俟 俊 杰, 白　宝　山, 满　凤　琴, 要　晨　曦, 伏　雪　芹, 魏　金　宝), a dotted name with spaces around
the dot (叶尔拉那 · 别克苏力坦) and names split in two (白 扎那巴特, 尕藏　才让, 多杰 东知, 哈比都拉 叶尔肯, 纳伊 麦,
褚向 荣, 南宫 晓雨, 才子 豪, 魏春 和); compound surnames after ordinary words (公冶, 淳于, 东郭, 闻人, 宗政, 濮阳,
申屠, 钟离, 端木, 太史, 夏侯, 南宫, 呼延, 第五, 独孤, 澹台, 左丘, 公羊, 梁丘, 万俟; 第五春霞 beside 第五户); and
numbers (ID, mobile, QQ, WeChat) read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:褚文才}}``, ``{{qq:40719385}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwspaced.371621}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大姐, 大爷) and a particle, pronoun or
verb written directly after a name (也, 都, 就, 和, 要, 还, 向来, 能说会道, 他, 她, 说) are outside the span; a surname
with only a title or kin word (盖大夫, 颜嫂, 喇阿訇, 孔二嫂, 哈大爷) and a nickname or local form of address (小包,
二憨, 荣妮, 禾妮儿, 宋大脚) are annotated whole. Han-style names of Mongolian, Tibetan, Kazakh and Hui people and their
Han-style forms of address (包玉芹, 白宝山, 韩青海, 韩把式, 颜嫂, 哈大爷, 妥玉霞, 冶海龙, 马志诚) are category han; a Han
surname before a non-Han given name (白扎那巴特, 包哈斯图雅, 韩卓毛措, 韩东知, 颜阿斯兰, 冶伊斯玛尼, 韩舍里夫) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout123/make_holdout123.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(123_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "176", "178", "183", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H969: Mongolian mother from 科尔沁左翼后旗 who works in a 滨州 textile mill; her husband is disabled by a stroke,
# her son is with them and her daughter with her mother-in-law in the gacha.
DOCS["H969"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：不是，内蒙古{{trap/place:科尔沁左翼后旗}}的，蒙古族。我叫{{minority/mongolian:苏布德额日和木}}，户口本上还有个汉名叫{{han:包玉芹}}。厂里的人念不顺我的长名，车间里都喊我{{han:小包}}，老乡们叫我{{minority/mongolian:苏布德}}。
访谈者：来{{trap/place:滨州}}几年了？
受访者：{{trap/year:2019年}}来的，在{{trap/place:滨城区}}一家织布厂挡车，三班倒，一个月四千出头。
访谈者：家里是什么情况？
受访者：我男人{{minority/mongolian:德力格尔朝克图}}，汉名{{han:白宝山}}，前年在工地上扎钢筋，大热天一头栽下去，脑梗。命保住了，左半边身子不听使唤，说话也不利索。{{minority/mongolian:德力格尔朝克图}}他以前能扛两袋化肥，现在拿个勺子都抖。
访谈者：孩子们呢？
受访者：俩。儿子{{minority/mongolian:白扎那巴特}}十三，跟着我们，在{{school:滨城区第五中学七年级（4）班}}，家里叫他{{minority/mongolian:扎那巴特}}。闺女{{minority/mongolian:吉雅图娜拉}}六岁，留在老家跟她奶奶，上{{school:甘旗卡镇第二小学一年级（3）班}}，我们叫她{{minority/mongolian:图娜拉}}。我们那儿管奶奶叫{{trap/minority_word:额木格}}，她叫{{minority/mongolian:满达呼娃}}，六十八了，腰弯得像张弓。{{minority/mongolian:满达呼娃}}她不识字，闺女的作业看不懂，就让孩子对着手机念给我听。
访谈者：谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:包哈斯图雅}}给闺女报了困境儿童，一个月{{trap/number:一千零五十}}，隔一个礼拜去看一回老人。苏木民政的{{han:韩振江}}给老家那边办了低保。这边社区的儿童主任叫{{han:商秀娥}}，凡事都跟我{{trap/word:商量}}着来。{{han:商秀娥}}说话快，一口滨州腔，头一年我听不懂一半。
访谈者：您爱人的残疾证办下来了吗？
受访者：办了，二级，拿残疾人两项补贴。市医院神经内科的{{han:盖大夫}}开的证明，他说康复一天也不能停。{{trap/org:市残联}}的{{han:燕主任}}给申请了一个轮椅。社工站的{{compound:公冶文涛}}每周来一趟，扶着他沿着墙走；同来的还有{{compound:淳于佳慧}}，给儿子补英语。
访谈者：厂里的人怎么样？
受访者：车间主任{{han:窦凤岐}}照顾我，白班给我排得多，夜里好回家给男人翻身。跟我看一台车的是{{han:和美玲}}，{{han:和美玲}}和我同岁，替过我好多回班。我跟{{han:和美玲}}学会了擀面条，她跟我学熬{{trap/minority_word:炒米}}奶茶。
访谈者：您上班的时候，爱人一个人在家吗？
受访者：白天就他一个。早上我把饭菜放在床边的凳子上，水杯插好吸管，手机调成大字。对门的{{han:苗大娘}}中午过来看一眼，给他热热饭。有一回他自己要上厕所，摔在地上爬不起来，躺了两个钟头，等儿子放学回来才扶起来。从那以后，我把床挪到厕所边上，墙上装了扶手，是社区找人来装的，一分钱没要。
访谈者：他心情怎么样？
受访者：刚得病那阵他不想活，不吃药，摔碗，说他一个大男人成了全家的累赘。后来社工带他去康复中心，看见比他重的人都在练，他才肯练。现在能拄着拐在屋里走十几步，还能给儿子检查作业，数学题他比我会。晚上他用一只手拉{{trap/minority_word:四胡}}，拉得不成调，可他高兴。
访谈者：家里的钱够用吗？
受访者：紧巴。房租一个月八百，他的药一个月六七百，儿子上学吃饭，还得往老家寄点。老家那几十亩地包给了亲戚，一年给一万出头。同旗的老乡{{minority/mongolian:敖特根其其格}}也在我们厂，有时候从她那儿借点钱周转，发了工资就还。我不买衣服，厂里发的工作服一年四季穿着。
访谈者：儿子在这边上学习惯吗？
受访者：头半年不行，他说话带口音，有人学他。班主任{{han:菅玉洁}}老师在班会上让他讲草原，讲{{trap/famous:僧格林沁}}是我们旗出的王爷，同学们才服他。{{minority/mongolian:扎那巴特}}也争气，期中考了班里第六。
访谈者：老家的闺女呢？
受访者：天天想。{{minority/mongolian:图娜拉}}每天晚上要视频，先给我跳一段{{trap/minority_word:安代舞}}，再问爸爸今天能走几步了。过年回去，她躲在奶奶身后，半天不肯叫我，我心里跟刀割的一样。
访谈者：您自己身体呢？
受访者：车间里机器响，耳朵有点背了，腰也疼。下了夜班先给他擦身子、喂饭，再送儿子上学，睡四五个钟头又去上班，有时候站着都能睡着。
访谈者：以后有什么打算？
受访者：走一步看一步。等{{minority/mongolian:德力格尔朝克图}}再好一点，我想在厂子附近盘个小门面，卖奶茶、卖炒米，他坐着收钱，也算有个事干，人有事干心里就不慌。
访谈者：登记表上的信息请您说一下。
受访者：老家是{{address:科尔沁左翼后旗甘旗卡镇查干努尔嘎查二组17号}}，这边租的房在{{address:滨城区市中街道黄河五路锦苑小区6号楼2单元301室}}。我的身份证{{id_number@wy1986spaced.150522}}，男人的{{id_number@my1982fw.150522}}。我手机{{mobile@spaced}}，{{han:商秀娥}}的是{{mobile@h38}}。我微信叫{{wechat:subude_bz0611}}。儿子有个QQ，上网课老师让申请的，号他拿圆珠笔写在我手背上：{{qq:2093176548}}。
访谈者：表上的名字写对了吗？
受访者：错了好几处。低保表上我成了{{spaced:苏 布 德 额 日 和 木}}，男人写成{{spaced:白　宝　山}}，闺女是{{spaced:吉 雅 图 娜 拉}}，儿子是{{spaced:白 扎那巴特}}。
访谈者：您最盼什么？
受访者：盼他能自己走到楼下晒晒太阳，盼闺女接过来一家团圆。这几年最该谢的，是{{han:商秀娥}}。
""")

# H970: Amdo Tibetan father from 尖扎 who drives a truck for a 枣庄 coal yard; his wife died and his two children
# are with their aunt in 尖扎.
DOCS["H970"] = ("family", """\
访谈者：师傅，您这车往哪儿拉煤？
受访者：从{{trap/place:枣庄}}的煤场往{{trap/place:临沂}}、{{trap/place:徐州}}拉，一趟来回一天半。我是青海{{trap/place:尖扎}}的藏族，叫{{minority/tibetan:尕藏才让}}。煤场的人叫不顺，给我起了个汉名{{han:韩青海}}，都喊我{{han:韩把式}}，说我开车是把好手。
访谈者：怎么跑到山东来开车了？
受访者：我在老家就开大车，跑{{trap/place:西宁}}到{{trap/place:格尔木}}那条线。{{trap/year:2020年}}我媳妇{{minority/tibetan:拉措吉}}得病走了，欠了一屁股债。同村的{{minority/tibetan:角巴太}}先来的枣庄，说这边煤场缺司机，按趟算钱，我就跟来了。
访谈者：孩子们呢？
受访者：两个都在老家，跟着他们的姑姑，就是我妹妹{{minority/tibetan:卓么草}}。儿子{{minority/tibetan:多杰东知}}十二，在{{school:尖扎县马克唐镇第一完全小学六年级（2）班}}。闺女{{minority/tibetan:卓毛措}}九岁，在{{school:尖扎县昂拉乡中心学校三年级（1）班}}。我们村好多人家有汉姓，我家姓韩，学校花名册上闺女写的是{{minority/tibetan:韩卓毛措}}，儿子的同学喊他{{minority/tibetan:韩东知}}。
访谈者：姑姑一个人带两个孩子？
受访者：她自己还有三个娃娃，男人{{minority/tibetan:多杰太}}在{{trap/place:坎布拉}}景区开小卖部，一年到头顾不上家。{{minority/tibetan:卓么草}}她天不亮就起来打{{trap/minority_word:酥油}}、烧茶，送五个娃娃上学。我一个月往家里打三千，一半给她。
访谈者：村里、乡里管吗？
受访者：管。村里的儿童主任{{minority/tibetan:贡保加}}给两个孩子报了困境儿童，我媳妇不在了，我又常年在外，乡上说按事实无人抚养算，一个娃娃每月{{trap/number:一千三百五}}。乡民政的{{han:祁红英}}来家里看过三回。儿子的班主任{{minority/tibetan:南加太}}老师，周末把他领到自己家补数学。闺女有先天性心脏病，县医院的{{han:冶大夫}}每年给她复查一次。
访谈者：您在煤场这边怎么样？
受访者：老板{{han:鲍庆海}}人实在，知道我家的事，先给我预支了一万块还债。调度叫{{han:向德顺}}，我每天早上去找{{han:向德顺}}要单子，{{han:向德顺}}{{trap/word:向来}}不让我跑夜路。有时候车坏了，老板就让{{minority/tibetan:尕藏才让}}把车开到修理厂，说你懂车。跟我搭班的司机{{compound:东郭永强}}，山东大汉，一顿能吃八个煎饼。煤场会计是个姑娘，叫{{compound:闻人慧敏}}，帮我把工资卡办成了老家也能取的。
访谈者：跑车辛苦吧？
受访者：辛苦。夜里装车，天亮上路，一天睡不了五个钟头。去年冬天路上结冰，我在高速上追了一辆大车的尾，车头瘪了，人没事。老板没让我赔，说人在就行。我不抽烟不喝酒，困了就嚼一块从老家带来的{{trap/minority_word:曲拉}}，酸得人一下就醒了。
访谈者：孩子们的学校离家远吗？
受访者：远，要翻一座山。娃娃们平时住校，周五才回姑姑家。学校的生活老师{{minority/tibetan:才措吉}}是我们邻村的，闺女夜里心慌，都是她抱着睡的。闺女做心脏手术是在西宁，我在医院走廊里睡了半个月。{{minority/tibetan:卓么草}}说，哥哥你放心去挣钱，娃娃有我。她这句话，我一辈子记着。
访谈者：娃娃们跟您说些什么？
受访者：儿子爱问山东的事，问海是不是真的那么大。我说我也没见过海，煤场离海远着呢。闺女就问我吃饭了没有，冷不冷。她画了一张画，一辆大卡车，车上坐着阿爸、她和哥哥，还有她阿妈，飘在天上。姑姑拍下来发给我，我设成了手机的屏保。
访谈者：一个人在外面，最难的是什么？
受访者：想娃娃。跑长途的时候，夜里在服务区睡车上，就翻手机里娃娃的照片。儿子上回视频说，阿爸你回来吧，我不要新书包了。我在车里哭了一场，擦干眼泪接着开。
访谈者：您跟孩子们多久见一次面？
受访者：一年一回。平时就视频，可山里信号不好，常常说到一半就断了。娃娃们说话我得仔细听，怕漏了一句。今年暑假我想把他们接到枣庄来住半个月，看看阿爸开的车，再带他们去看看海。
访谈者：过节回家吗？
受访者：{{trap/minority_word:洛萨}}回去过一次，给娃娃们带了枣庄的{{trap/word:辣子鸡}}。他姑姑拌了{{trap/minority_word:糌粑}}，一家人围着炉子吃。我给他们讲{{trap/famous:格萨尔}}的故事，闺女要听{{trap/famous:铁道游击队}}，说老师讲过，就出在枣庄。
访谈者：登记信息请您说一下。
受访者：老家是{{address:尖扎县昂拉乡尖巴昂村三社21号}}，这边住{{address:峄城区峨山镇王庄煤场宿舍2排9号}}。我的身份证{{id_number@my1984hyphen.632322}}，儿子的{{id_number@my2012.632322}}。我电话{{mobile@s434}}，妹妹的{{mobile@plus86}}。我的微信是{{wechat:wxid_gz7c2r9k4m}}，老板{{han:鲍庆海}}的微信{{wechat:baoqh-meichang}}。儿子有个QQ，他在视频里一个数一个数念，我写在驾驶室的遮阳板上：{{qq:３５８０１９４７２}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。煤场的工资表上是{{spaced:尕 藏 才 让}}，保险单写成{{spaced:尕藏　才让}}，闺女的表上是{{spaced:卓 毛 措}}，儿子成了{{spaced:多杰 东知}}。
访谈者：最后还想说什么？
受访者：再干两年，把债还上，就回尖扎守着娃娃们。
""")

# H971: Kazakh grandfather from 哈巴河 raising a grandson whose father died and whose mother left; they now live
# with his daughter in 薛城区.
DOCS["H971"] = ("family", """\
访谈者：老人家，您是从新疆来的？
受访者：{{trap/place:阿勒泰}}{{trap/place:哈巴河}}的，哈萨克族。我叫{{minority/kazakh:哈比都拉·叶尔肯}}，今年六十九，放了一辈子羊。去年冬天跟着闺女来了{{trap/place:薛城区}}。
访谈者：身边带着孙子？
受访者：对，孙子{{minority/kazakh:叶尔拉那·别克苏力坦}}，十岁。户口本上没有那个点，写的是{{minority/kazakh:叶尔拉那别克苏力坦}}，太长，老师就叫他{{minority/kazakh:叶尔拉那}}，楼下的小孩叫他{{han:小叶}}。
访谈者：孩子的爸爸妈妈呢？
受访者：他爸是我儿子{{minority/kazakh:别克苏力坦·哈比都拉}}，五年前转场的时候骑摩托翻进了{{trap/place:额尔齐斯河}}，人没找着。他妈{{minority/kazakh:古丽娜孜·托克塔尔}}第二年改嫁去了{{trap/place:乌鲁木齐}}，开头还打电话，后来号码也换了。孩子跟着我和老伴过。前年老伴{{minority/kazakh:哈力曼古丽}}也走了，我一个人带不了，闺女就把我们爷孙俩接到山东来。
访谈者：您闺女在这边做什么？
受访者：闺女{{minority/kazakh:阿依夏古丽·哈比都拉}}在乌鲁木齐上大学，认识了我女婿{{han:颜廷礼}}，嫁到了薛城，在超市当会计。他们有两个娃娃，大的叫{{minority/kazakh:颜阿斯兰}}，小的叫{{minority/kazakh:颜阿依登}}，跟他爸姓，名字是我起的。楼里的人叫我闺女{{minority/kazakh:阿依夏古丽}}，叫不全的就叫她{{han:颜嫂}}。
访谈者：孙子在这边上学怎么样？
受访者：在{{school:薛城区临山小学四年级（3）班}}。班主任{{han:訾文静}}老师怕他听不懂，上课专门讲慢点。{{minority/kazakh:叶尔拉那}}他在老家上的是双语班，汉字写得歪歪扭扭，{{han:訾文静}}就每天放学留他半个钟头。
访谈者：有哪些帮扶？
受访者：老家村里的儿童主任{{minority/kazakh:胡玛尔别克}}给孙子报了事实无人抚养，每个月{{trap/number:一千四百二}}，钱打到我卡上。户口还在老家，每年要审一次，这边社区的儿童主任{{han:能玉华}}帮我们跟老家的民政打电话、寄材料。{{han:能玉华}}{{trap/word:能说会道}}，老家的干部都被她说服了。街道民政的{{han:邴春生}}说我年纪大了，可以申请临时救助。区社工站的{{compound:宗政一凡}}每周来陪孙子下棋，还有{{compound:濮阳玉婷}}教他写作文。
访谈者：孙子想妈妈吗？
受访者：嘴上不说，可我知道他想。晚上他抱着他妈留下的一条围巾睡。有一回他在作文里写“我妈妈在很远的地方”，老师拿给我看，我一宿没睡着。
访谈者：孙子还会说哈萨克话吗？
受访者：会，{{minority/kazakh:叶尔拉那}}在家跟我说哈萨克话，出了门说普通话，现在又学了几句枣庄话，回家跟我显摆。我怕他把老家的话忘了，每天晚上给他讲一个老家的故事，讲他爸小时候怎么骑马、怎么放羊。他听着听着就睡着了，有时候睡着了还在笑。
访谈者：您在这边习惯吗？
受访者：不习惯也得习惯。这边没有草场，没有羊，我就去{{trap/place:微山湖}}边上坐着。女婿孝顺，周末开车拉我去湖边看人钓鱼。亲家{{han:颜世忠}}也常来陪我，两个老头，一个说哈萨克话，一个说枣庄话，比划着也能聊一下午。
访谈者：孙子在这边吃饭习惯吗？
受访者：我们吃清真，学校食堂开始没有，{{han:訾文静}}老师跟校长说了，给他单独留了个窗口，菜少点，孩子吃得放心。他最爱吃老家寄来的{{trap/minority_word:奶疙瘩}}，一箱藏在床底下，一天吃两块。
访谈者：您自己身体怎么样？
受访者：腿脚还行，就是血压高，心脏也不好。去年在这边住了一回院，是女婿背我下的楼。我最怕哪天一闭眼，孙子就真成了没人管的孩子。我跟闺女说好了，我要是走了，孩子就跟着她，她点了头。孩子他妈那边，我也托人带过话，{{minority/kazakh:古丽娜孜·托克塔尔}}要是想孩子了，随时能来看，我不拦着。
访谈者：楼里的邻居呢？
受访者：都客气。他们叫我{{han:哈大爷}}，其实那是我名字的头一个字，不是姓，我也不去纠正，叫啥都行。楼下的{{han:满奶奶}}每天早上喊我去公园打太极，我打不好，就在边上看。
访谈者：过节呢？
受访者：{{trap/minority_word:库尔班节}}闺女买了一只羊，煮了一大锅{{trap/minority_word:别什巴尔马克}}，请了楼上楼下的邻居。我弹{{trap/minority_word:冬不拉}}，唱{{trap/famous:唐加勒克}}的诗。亲家领我去看了{{trap/famous:奚仲}}的墓，说他是造车的老祖宗。
访谈者：登记信息请您说一下。
受访者：老家{{address:哈巴河县萨尔塔木乡阔克塔斯村二组4号}}，这边住{{address:薛城区常庄街道泰山南路龙潭小区11号楼1单元402室}}。我身份证{{id_number@my1956.654324}}，孙子的{{id_number@my2015fwhyphen.654324}}。我不会用智能手机，闺女的电话{{mobile@s74}}，{{han:能玉华}}的{{mobile@plus86dash}}。闺女的微信{{wechat:Ayxgl-xuecheng}}。孙子有个QQ，他念一个数我写一个，写在日历背面：{{qq:40719385}}。
访谈者：名字在表上写得对吗？
受访者：不对。学校名单上是{{spaced:叶 尔 拉 那}}，社区的表写成{{spaced:叶尔拉那 · 别克苏力坦}}，我的养老卡上是{{spaced:哈比都拉 叶尔肯}}，医保卡上又成了{{spaced:哈 比 都 拉}}。
访谈者：您最盼什么？
受访者：盼孙子长大了回哈巴河看看，那是他爸的草场。
""")

# H972: Hui widow from 临夏 who runs a mutton-soup shop in 台儿庄 with her three children.
DOCS["H972"] = ("family", """\
访谈者：大姐，您这{{trap/word:羊肉汤}}馆开几年了？
受访者：六年了。我是甘肃{{trap/place:临夏}}的回族，叫{{han:妥玉霞}}，经名{{minority/hui:赛尼拜}}。街坊们都喊我{{han:妥嫂}}，喝汤的老主顾也有叫我老板娘的。
访谈者：怎么从临夏到了{{trap/place:台儿庄}}？
受访者：我男人{{han:冶永福}}，经名{{minority/hui:努热丁}}，早年在{{trap/place:台儿庄古城}}拉面，后来自己开了这个馆子，把我们娘儿几个接过来。前年冬天他去{{trap/place:峄城}}送货，路上出了车祸，人没了。
访谈者：您现在带着几个孩子？
受访者：三个。大的是儿子，学名{{han:冶海龙}}，经名{{minority/hui:伊斯玛尼}}，十五，在{{school:台儿庄区第二中学九年级（1）班}}。寺里的阿訇叫他{{minority/hui:冶伊斯玛尼}}，把姓和经名连着念。老二是闺女{{han:冶雪莲}}，经名{{minority/hui:纳伊麦}}，十一，在{{school:台儿庄区实验小学五年级（4）班}}。小的{{minority/hui:冶伊萨}}才五岁，上幼儿园。
访谈者：孩子们怎么样？
受访者：大的懂事，放学就来店里端汤、收钱。{{minority/hui:伊斯玛尼}}他说初中毕业不念了，要帮我撑这个店，我不答应。闺女爱哭，{{minority/hui:纳伊麦}}一想她爸就躲到后厨去。小的还不懂，老问爸爸什么时候回来。
访谈者：有谁帮过你们？
受访者：社区的儿童主任{{han:邵秋霞}}给三个孩子报了困境儿童，一个娃每月{{trap/number:九百八十元}}。我自己也申请了低保，是街道民政的{{han:褚海鹰}}一趟一趟跑下来的。寺里的{{han:喇阿訇}}常来店里坐，开导儿子。区社工站的{{compound:申屠文博}}每周给闺女上一次心理课，{{compound:钟离诗涵}}帮我在手机上弄营业执照的年报。
访谈者：店里生意怎么样？
受访者：冬天好，夏天差。早上四点起来熬汤，骨头要熬六个钟头。对门卖菜煎饼的{{han:二憨}}天天帮我搬煤气罐，他媳妇{{han:邢桂荣}}大姐给我闺女梳头。从临夏一起出来的老乡{{minority/hui:韩舍里夫}}在{{trap/place:运河}}边上开拉面馆，他媳妇{{minority/hui:赛比哈}}常给孩子们送吃的。
访谈者：一天下来能挣多少？
受访者：好的时候卖三百碗，刨去成本能落四五百；夏天一天也就百十来块。汤要用羊骨头熬，肉要当天的，我从不用隔夜的。{{han:冶永福}}在的时候说，咱临夏人做汤，良心得放在锅里。这句话我写在了后厨的墙上。
访谈者：儿子学习怎么样？
受访者：中等。他晚上在店里最里面那张桌子上写作业，客人一多，他就放下笔去端汤。班主任{{han:扈老师}}来家访看见了，跟我说孩子的时间也是时间，让我晚上别使唤他。我听了心里难受，第二天就雇了个洗碗的阿姨，一个月两千。
访谈者：闺女呢？
受访者：闺女心细，账算得比我清楚。她说长大了要当医生，说爸爸要是早点送到医院就不会死。我不知道怎么跟她说，那场车祸，送得再早也没用。
访谈者：老家那边呢？
受访者：婆婆七十多了，在临夏守着老房子，汉名叫{{han:喇秀莲}}，经名{{minority/hui:海迪则}}。她打电话总说，{{minority/hui:赛尼拜}}，实在撑不住就回来。可孩子们在这边上学，回去了又得从头来。
访谈者：您一个女人在外面开店，有人欺负吗？
受访者：刚开始有。有人喝了汤不给钱，说汤里有头发，要我赔。街坊们都出来帮我说话，那人就走了。后来我在店里装了摄像头，就再没人来闹。台儿庄人实在，知道我一个寡妇拉扯三个孩子，有的老主顾吃完了多放五块钱在桌上，我追出去还，人家摆摆手就走了。
访谈者：您想过回临夏吗？
受访者：想过。可回去能干啥呢？老家的地早包出去了，房子也塌了半边。孩子们在这边上学惯了，说的都是枣庄话，回去连老家的话都听不全了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}关店三天，带孩子们去{{trap/org:清真寺}}礼拜。想家的时候泡一碗{{trap/minority_word:三炮台}}，哼两句{{trap/minority_word:花儿}}。儿子最爱去{{trap/org:台儿庄大战纪念馆}}，回来给我讲{{trap/famous:李宗仁}}怎么打的仗。
访谈者：登记信息请您说一下。
受访者：店在{{address:台儿庄区运河街道顺河街37号}}，老家在{{address:临夏县北塬镇尕新庄村五社12号}}。我的身份证{{id_number@wy1983quad.622921}}，儿子的{{id_number@my2010x.622921}}。我手机{{mobile@plain}}，{{han:邵秋霞}}的{{mobile@p86h}}。店里收钱的微信是{{wechat:tyx_yangroutang}}。儿子的QQ号他拿粉笔写在汤锅边的墙上：{{qq:1386052794}}。
访谈者：表上的名字写对了吗？
受访者：不全对。低保表上我是{{spaced:妥 玉 霞}}，儿子的经名写成{{spaced:冶　伊　斯　玛　尼}}，闺女是{{spaced:纳伊 麦}}，男人的死亡证明上写成{{spaced:冶 永 福}}。
访谈者：您最盼什么？
受访者：盼孩子们都念出书来，别像我一样守着汤锅。他爸走的时候，最放心不下的就是他们仨，我对得起{{minority/hui:努热丁}}。
""")

# H973: Han coal-miner's widow in 山亭区 raising a daughter and a son.
DOCS["H973"] = ("family", """\
访谈者：大嫂，家里出事是哪一年？
受访者：{{trap/year:2021年}}腊月。我男人{{han:褚文才}}在矿上井下干了十八年，那天冒顶，{{han:褚文才}}就再没上来，才四十二。我叫{{han:满凤琴}}，{{trap/place:山亭区}}{{trap/place:北庄镇}}人，村里老人都叫我{{han:文才}}家的。
访谈者：矿上怎么处理的？
受访者：赔了钱，我一分没敢动，给俩孩子存着上学。矿上工会的{{han:鲍主任}}逢年过节来看孩子，带一袋面一桶油。
访谈者：孩子们多大了？
受访者：闺女{{han:褚向荣}}十六，在{{school:山亭区第二中学高一（5）班}}住校，我们叫她{{han:荣妮}}。儿子{{han:褚有为}}十一，在{{school:北庄镇中心小学五年级（2）班}}，小名{{han:小锤}}，生下来八斤六两，跟个秤砣似的。{{han:褚有为}}也想他爸，他爸的安全帽他一直放在床头。
访谈者：家里有帮扶吗？
受访者：有。村里的儿童主任{{han:能桂香}}跟我是一个村嫁过来的，给俩孩子报了困境儿童，每个月{{trap/number:七百六十元}}。{{han:能桂香}}{{trap/word:能干}}，村里的表都是她填。镇民政办的{{han:有志刚}}说我们够低保的条件，材料是他一趟趟往区里送的。闺女的班主任{{han:仉玉兰}}老师给她申请了助学金。区社工站的{{compound:端木文轩}}和{{compound:太史雪晴}}每月来家访，给儿子带书；矿上还派了个心理咨询师，叫{{compound:夏侯婧怡}}，陪闺女说了好几回话。
访谈者：您一个人怎么撑下来的？
受访者：头一年，我天天去他坟上哭。是婆婆{{han:种桂芝}}骂醒了我，她说你倒下了俩孩子咋办。{{han:种桂芝}}七十了还{{trap/word:种地}}，一个人种二亩花生。后来我去{{trap/place:店子}}的枣厂挑枣，一天八十块。
访谈者：孩子们怎么样？
受访者：闺女学习好，想考{{trap/place:济南}}的大学，当护士。儿子调皮，爱往{{trap/place:抱犊崮}}上跑，我说山上有狼他也不信。去年他跟人打架，把人家鼻子打破了，我去给人家赔不是，回来一句没骂他，搂着他哭了一场。
访谈者：出事那天您在哪儿？
受访者：在家蒸馒头。下午三点多，矿上来了辆车，下来两个人，站在门口不说话。我一看他们的脸就知道了，手里的面盆掉在了地上。后来几天的事我都记不清了，是{{han:种桂芝}}和他大伯张罗的。闺女那会儿在学校，是{{han:仉玉兰}}老师陪着她坐车回来的，一路上攥着她的手。
访谈者：您在枣厂干得怎么样？
受访者：挑枣不累，就是一坐一整天，腰受不了。老板{{han:颜老板}}人好，知道我家的事，让我下午四点就走，回家给儿子做饭。冬天没枣挑了，我就去镇上的饭店洗碗，一个月一千八。钱不多，可我不想光靠补助过日子，得让孩子们看着，娘能挣钱。
访谈者：亲戚邻居呢？
受访者：他大伯{{han:褚文武}}帮我种麦子、收麦子，大娘{{han:芦秀芝}}给孩子们做鞋。对门的{{han:孔二嫂}}，我上夜班她就把儿子领到她家睡。村支书{{han:邵德明}}把我们家的危房给翻修了。
访谈者：孩子们知道爸爸是怎么走的吗？
受访者：知道。闺女说，以后不让弟弟下井。儿子说，他长大了要造一种机器，人不用下井也能挖煤。我说好，你先把作业写完。
访谈者：闺女住校，回家多吗？
受访者：两个礼拜回来一趟。她一进门就抢着干活，洗衣裳、拖地、给弟弟看作业，我不让她干，她说娘你歇着。有一回我半夜起来，看见她坐在院子里哭，我没过去，怕她难为情。第二天她跟没事人一样，背着书包就走了。这孩子心里有事不跟我说，跟社工说。
访谈者：儿子呢？
受访者：他爸走的时候他才八岁，不太懂。这两年大了，开始问了，问他爸在井底下怕不怕黑。我说你爸胆大，不怕。他就在本子上画了一盏矿灯，说给他爸送去。他学习一般，数学还行，语文差，错别字多，老师说他的心不在课上。
访谈者：您对以后有什么打算？
受访者：就盼着俩孩子念出书来。闺女要是考上大学，学费我早攒下了，矿上赔的钱一分没动。儿子要是念不进去，就让他学门手艺，开车、修车都行，就是不能下井。
访谈者：登记表上要填什么？
受访者：家是{{address:山亭区北庄镇褚家沟村四组15号}}。我的身份证{{id_number@wy1981tri.370406}}，儿子的{{id_number@my2013fullwidth.370406}}。我手机{{mobile@fullwidth}}，{{han:能桂香}}的{{mobile@s38}}。闺女有微信，{{wechat:rongni_2008}}，在学校借老师的电脑登。儿子的QQ号他写在他爸的安全帽里头：{{qq:907415326}}。
访谈者：名字写对了吗？
受访者：不对。他爸的死亡证明上写成{{spaced:褚 文 才}}，矿上的表把我写成{{spaced:满　凤　琴}}，闺女成了{{spaced:褚向 荣}}，社工签字是{{spaced:端 木 文 轩}}。
访谈者：您还想说什么？
受访者：日子总得往前过。俩孩子有出息，我就对得起{{han:褚文才}}。
""")

# H974: Han community worker in 滨城区 reading out her list of children in distress.
DOCS["H974"] = ("staff", """\
访谈者：您手里这个本子是？
受访者：我们社区的困境儿童台账。我叫{{han:巩秀云}}，在{{trap/place:滨城区}}{{trap/place:彭李街道}}的社区当儿童主任，干了六年。台账要年年核、年年{{trap/word:巩固}}，我一户一户给你念。
访谈者：好。
受访者：第一户，{{han:都欣怡}}，女，九岁，{{school:滨城区第三实验小学三年级（6）班}}。爸爸{{han:都建强}}被判了四年，偷电缆，在{{trap/place:潍坊}}服刑，妈妈走了没音信。跟奶奶{{han:苗凤英}}过，{{han:苗凤英}}都七十三了，还在小区门口摆摊卖鞋垫。住{{address:滨城区彭李街道渤海十八路清怡小区3号楼1单元602室}}。孩子的身份证{{id_number@wy2015hyphen.371602}}，服刑人员子女补助一个月{{trap/number:六百六十元}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:和子涵}}，男，十二岁。爸妈前年在{{trap/place:沾化}}开三轮车出了事。现在跟叔叔{{han:和建波}}过，{{han:和建波}}和媳妇在菜市场卖菜，自家也有俩孩子。住{{address:滨城区彭李街道黄河八路菜市场东侧平房9号}}。孤儿基本生活费一个月{{trap/number:一千五百八}}，孩子的身份证{{id_number@my2013fwspaced.371602}}。
访谈者：第三户？
受访者：第三户，{{han:要晨曦}}，女，十四，{{school:滨州市第六中学八年级（2）班}}。爸爸病死了，妈妈改嫁以后就不管了，算事实无人抚养，跟姥姥过。{{han:要晨曦}}要强，门门功课考第一。姥姥的电话{{mobile@hyphen}}。
访谈者：第四户？
受访者：第四户是回族。爸爸{{han:马志诚}}去年出车祸，一条腿截了，残疾证一级，拿两项补贴。孩子学名{{han:马子健}}，经名{{minority/hui:尔萨尼}}，七岁；妈妈{{han:金凤仙}}，经名{{minority/hui:阿伊莎尔}}，在清真饭店洗碗。住{{address:滨城区市西街道礼拜寺巷42号}}，爸爸的身份证{{id_number@mmid.371602}}。
访谈者：第五户？
受访者：第五户是留守，{{han:还立新}}，男，八岁，爸妈在{{trap/place:天津}}打工，跟爷爷{{han:还永昌}}过。{{han:还永昌}}还在工地看大门，孩子放了学自己回家，自己热饭。住{{address:滨城区彭李街道新立河西路东关村二组7号}}，爷爷的电话{{mobile@plus86spaced}}。
访谈者：这些户都是谁在跟？
受访者：街道民政的{{han:靳科长}}总负责，材料报到区{{trap/org:民政局}}。社工站的{{compound:南宫晓雨}}跟第一户和第三户，{{compound:呼延志鹏}}跟第二户和第四户，新来的{{compound:第五春霞}}跟第五户。说来也巧，第五户正好归{{compound:第五春霞}}管。{{han:都欣怡}}的班主任{{han:杭老师}}每个月跟我通一次气。
访谈者：你们是怎么发现这些孩子的？
受访者：一是学校报，二是邻居说，三是我们自己入户排查。{{han:还立新}}就是楼下超市的老板娘打电话告诉我的，说这孩子天天晚上一个人在超市门口写作业。{{han:和子涵}}刚来叔叔家那阵，一句话不说，吃饭就端着碗蹲在门口。
访谈者：孩子们的情况平时怎么跟？
受访者：每月至少上门一次，看孩子吃得怎么样、睡得怎么样、作业写没写。有的老人要面子，家里再难也说没事，我就看冰箱，冰箱里空的，那就是真难。{{han:苗凤英}}家的冰箱一年到头就几个咸鸭蛋，我跟街道申请了临时救助，又给她联系了爱心超市，每月能领米面油。
访谈者：还有别的难处吗？
受访者：{{han:马志诚}}家的孩子，原来在学校吃午饭不方便，我跟学校说了，让他中午回家吃，他妈从饭店里带饭回来。{{han:还永昌}}年纪大，不会用智能手机，补助到没到账他也不知道，我就每月去替他查一遍。第四户的孩子{{minority/hui:尔萨尼}}去年得了肺炎，住了半个月院，大病救助报了大部分。
访谈者：这些孩子里有没有让您特别放不下的？
受访者：第二户那个男孩。他爸妈出事那天，他在家等着吃晚饭，等到天黑也没等来。刚到叔叔家的时候，夜里不敢关灯睡觉，还尿床。他婶子也不容易，自家俩孩子，再添一个，说话难免有偏有向。我跟他婶子谈了好几回，又请区里的心理咨询师{{compound:独孤晓冉}}给孩子做了半年辅导，今年他脸上总算有了笑模样，学校运动会还跑了个第三。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。{{spaced:都 欣 怡}}，{{spaced:要　晨　曦}}，社工写成了{{spaced:第 五 春 霞}}，还有{{spaced:南宫 晓雨}}，年底都得改过来。
访谈者：您的联系方式呢？
受访者：我的电话{{mobile@p86n}}，工作微信{{wechat:gongxy-binchengsq}}。{{han:和建波}}没有微信，有事我得上门找。{{han:要晨曦}}有QQ，她说不开心就在上面给我留言，号码是{{qq:521908364}}。
访谈者：做这个最难的是什么？
受访者：最难的是让孩子开口，还有就是钱到了老人也不知道，得一家一家去说。孩子们遇到事，也可以打{{trap/hotline:12355}}。我干这个六年，看着{{han:要晨曦}}从哭鼻子的小丫头长成了班里的学习委员，心里就觉得值。
""")

# H975: Han middle-school class teacher in 邹平 going through the four pupils in distress of her class.
DOCS["H975"] = ("teacher", """\
访谈者：{{han:伏老师}}，您带的是哪个班？
受访者：{{school:邹平市黛溪中学八年级（6）班}}，当班主任第四年了。我叫{{han:伏雪芹}}，教数学。我们{{trap/place:邹平}}出过{{trap/famous:伏生}}，学生就跟我开玩笑，说我是伏生的后人。班上五十二个学生，真正困难的有四个，我挨个说。
访谈者：好。
受访者：第一个{{han:才子豪}}，男，十四。{{han:才子豪}}才上一年级，爸爸就在{{trap/place:东营}}油田出事故没了，妈妈改嫁去了外地。他跟着爷爷{{han:才德顺}}过。孩子聪明，就是迷手机，{{han:才德顺}}管不住他。他用QQ交作业，号码是{{qq:1268305947}}，半夜一点还挂在线上，我就在QQ上撵他睡觉。
访谈者：第二个呢？
受访者：第二个是女生{{han:蔺一诺}}，爸爸诈骗判了七年，妈妈在{{trap/org:魏桥}}的纺织厂上三班，顾不上她。{{han:蔺一诺}}最让我心疼，十三岁就会给全家做饭。她妈{{han:綦红玲}}的微信是{{wechat:qhl-zouping1984}}，我每周跟她说一回孩子的情况。
访谈者：第三个？
受访者：第三个是回族孩子，学名{{han:沙明轩}}，经名{{minority/hui:阿里木}}。爸爸尿毒症，一周透析三回；妈妈走了。他跟着姑姑{{han:沙淑贞}}，姑姑家在{{address:邹平市黛溪街道醴泉三路回民小区8号楼3单元201室}}，我去家访过两回。{{minority/hui:阿里木}}他爱画画，画的都是他爸躺在病床上的样子。
访谈者：第四个？
受访者：第四个是孤儿，叫{{han:成才}}，名字是他爷爷起的，盼他成个人物。爸妈都是得病走的，跟着舅舅{{han:韦建设}}。镇上的儿童主任{{han:房海燕}}给他办了孤儿基本生活费，每月{{trap/number:一千六百六}}，打到他自己的卡上。{{han:成才}}说，他想初中毕业去读技校，学开挖掘机。
访谈者：困难学生这么多，您顾得过来吗？
受访者：顾不过来也得顾。我每天早上六点五十到教室，先看看谁没来、谁脸色不对。中午在办公室吃饭，下午放学留半个钟头，谁想说话就来找我。晚上批完作业，再在手机上一个一个回消息，常常弄到十二点。我爱人说我管别人的孩子比管自己的还上心，我说咱家孩子有爸妈在跟前，这几个没有。
访谈者：这几个孩子的成绩怎么样？
受访者：参差不齐。一个在年级前五十，一个中游，两个在后头。我不光看成绩，也看他们能不能把日子过下去，能不能按时吃饭、睡觉，有没有人说话。去年冬天有个孩子连着三天没来，我去家里一看，爷爷病倒了，孩子在家熬药。我帮着把老人送进医院，孩子第二天就回来上课了。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:商振国}}定了一对一，每个困难学生配一个老师。教导处的{{han:巩主任}}管助学金，四个孩子都评上了。心理老师叫{{compound:澹台明玥}}，每周给他们做一次团体辅导。市社工站派来的{{compound:左丘晓丹}}常来，还有{{compound:公羊子琪}}，带他们去{{trap/place:黄河}}大堤上写生。
访谈者：您跟家长怎么联系？
受访者：这几个孩子的家长多半不在班级群里。{{han:才德顺}}不识字，我就隔两周去一趟他家。{{han:韦建设}}在{{trap/place:淄博}}打工，我加了他微信，{{wechat:weijs_zibo77}}，有事发语音。{{han:房海燕}}的电话{{mobile@fws}}，我存在手机里。我自己的QQ是{{qq:８４２０５６１９３}}，孩子们找我比打电话方便。
访谈者：孩子们平时有什么爱好？
受访者：{{han:蔺一诺}}爱看书，说{{trap/famous:范仲淹}}小时候在我们这儿划粥断齑，她也要那样念书。{{han:成才}}爱拆东西，班里的投影仪坏了都是他修。我跟他们说，心里有事就来找我，也可以打{{trap/hotline:12345}}。
访谈者：班上有没有同学欺负他们？
受访者：有过。有人拿{{han:蔺一诺}}她爸的事取笑她，她哭着跑出了教室。我没有只批评那几个孩子，开了一次班会，讲每个人家里都可能遇上难处，让大家说说自己家遇到过什么难事。那节课好多孩子都哭了，后来没人再提了。
访谈者：家访的时候看到些什么？
受访者：{{han:才德顺}}家三间老瓦房，孩子的桌子是一块木板搭在两个凳子上。我回来在家长群里说了一声，第二天就有家长送来一张旧书桌。{{han:沙淑贞}}家收拾得干净，可她一个人要照顾病人、三个孩子，头发白了一半。我每次去都带点水果，她不要，我就放在门口。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上把{{spaced:蔺 一 诺}}空了格，{{spaced:才子 豪}}分成两截，市里下发的名单把心理老师写成{{spaced:澹 台 明 玥}}，还有{{spaced:伏　雪　芹}}，是我自己。
访谈者：有什么想说的？
受访者：盼这四个孩子都能念完初中，再念个高中或者职校。我跟他们讲，路是能走出去的。我当年也是个没了爹的孩子，是我的班主任把我领出来的，她叫{{han:宫淑敏}}。
""")

# H976: Han grandfather in 惠民 raising two grandchildren orphaned when their parents died on the road.
DOCS["H976"] = ("family", """\
访谈者：大爷，您今年多大岁数了？
受访者：七十一了。我叫{{han:魏春和}}，{{trap/place:惠民县}}{{trap/place:魏集镇}}的，庄里的年轻人都喊我{{han:春和}}大爷。{{han:魏春和}}和老伴{{han:董秀英}}俩人带着俩孙子过。
访谈者：孩子的爸妈呢？
受访者：没了。{{trap/year:2022年}}秋天，儿子{{han:魏建功}}和儿媳妇{{han:刘巧云}}开车去{{trap/place:济南}}进货，在高速上出了车祸，俩人都没救过来。{{han:魏建功}}就是个老实人，开个小五金店，一辈子没跟人红过脸。
访谈者：孙子孙女多大了？
受访者：孙女{{han:魏嘉禾}}十岁，在{{school:魏集镇中心小学四年级（1）班}}，我们叫她{{han:禾妮儿}}。孙子{{han:魏金宝}}七岁，在同一个学校{{school:魏集镇中心小学一年级（2）班}}，小名叫{{han:宝柱}}，虎头虎脑的。
访谈者：您和大娘身体怎么样？
受访者：我有高血压，老伴糖尿病，眼不好使。{{han:董秀英}}也要强，每天早上还是五点起来给孩子们擀面条。我就把{{han:魏嘉禾}}当大人使，她懂事，会洗衣裳、会给她奶奶扎针。
访谈者：有谁帮衬你们？
受访者：村里的儿童主任{{han:苑桂芳}}，出事以后头一个上门的就是她。{{han:苑桂芳}}给俩孩子报了孤儿基本生活费，一个孩子每月{{trap/number:一千六百三}}。镇民政办的{{han:商国梁}}每季度来一趟，给我们办了低保。学校的{{han:臧老师}}是孙女的班主任，把她的作业本一本一本看过。县社工站的{{compound:梁丘子怡}}每月来做一次心理辅导，还有个小伙子叫{{compound:万俟俊杰}}，带孙子去县城的图书馆。
访谈者：孩子们想爸妈吗？
受访者：想。{{han:宝柱}}小，老问爸爸妈妈去哪儿了，我说去很远的地方挣钱了。{{han:禾妮儿}}知道，她不哭，就是夜里偷偷翻她妈的手机看照片。有一回我起夜，看见她抱着手机睡着了，屏幕还亮着。
访谈者：庄里的人怎么样？
受访者：都好。邻居{{han:宋大脚}}，我们都这么叫她，隔三差五送菜来。村支书{{han:邢占魁}}帮我把房顶修了。我侄子{{han:魏春雷}}在{{trap/place:滨州}}开出租，孩子病了都是他拉着去医院。
访谈者：家里的地谁种？
受访者：我种。五亩麦子，秋天种玉米，现在都是机器收，我就在地头看着。村里的农机手{{han:臧德胜}}给我收麦子不要钱，说等孩子们大了再说。地里那点收成，加上孤儿的钱和低保，吃饭够了，就是怕孩子们将来上大学花钱多。我跟老伴商量好了，俺俩的棺材本一分不动，留着给他们上学。
访谈者：孙女学习怎么样？
受访者：好。年年考第一，墙上的奖状贴了一溜。她说长大了要当警察，专抓喝了酒开车的。出事那天撞她爸妈的，就是个喝了酒的司机，孩子记着呢。
访谈者：平时孩子们都干什么？
受访者：放了学写作业，写完跟我去地里。正月里我带他们去赶{{trap/org:胡集书会}}，听说书的讲{{trap/famous:孙武}}，讲{{trap/famous:孙子兵法}}。孙子回来就拿根棍子当枪，说要当大将军。{{trap/place:魏氏庄园}}离我们不远，孙女的学校组织去过，回来说那是个大地主家。
访谈者：出事以后，有没有人来要过孩子？
受访者：孩子姥姥家想把孙女接走，说一个闺女家跟着俩老的不方便。我没舍得，俩孩子也不愿分开，孙女抱着她弟弟不撒手。后来两家商量好了，孩子跟着我们，姥姥家逢年过节接去住几天。
访谈者：您和大娘还有什么难处？
受访者：最难的是夜里孩子发烧，我们俩老的骑不了电动车，只能给{{han:魏春雷}}打电话。再就是辅导作业，孙女的题我都看不懂了，只能让她自己琢磨。老伴跟我说，咱俩得好好活着，至少活到孙子十八。我说行，咱俩比着活。
访谈者：孩子们的钱怎么管？
受访者：孤儿的钱打到孩子的卡上，我一分不动，存着给他们上学。平时花的是低保和地里的收成，够吃够穿就行。
访谈者：登记表上要填什么？
受访者：家在{{address:惠民县魏集镇东魏村三组26号}}。我的身份证{{id_number@my1954.371621}}，孙女的{{id_number@wy2014fwspaced.371621}}。我的手机是老年机，号码{{mobile@plus86}}，{{han:苑桂芳}}的{{mobile@hyphen}}。{{han:苑桂芳}}的微信{{wechat:yuangf_weiji}}，孩子们的事都在她那儿。孙女有个QQ，说是跟同学问作业，号码贴在她床头：{{qq:3092718465}}。
访谈者：名字在表上写得对吗？
受访者：有不对的。孤儿的表上孙女写成{{spaced:魏 嘉 禾}}，孙子成了{{spaced:魏　金　宝}}，社工签字是{{spaced:万 俟 俊 杰}}，我的养老表上写成{{spaced:魏春 和}}。
访谈者：您最盼什么？
受访者：盼我再多活几年，把他们拉扯大。这两年，里里外外全亏了{{han:苑桂芳}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=969,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout122",))


if __name__ == "__main__":
    main()
