# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 106 (tests/pii/holdout106/H833-H840 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 107, written at the same time by another
writer, is not an earlier set).

Set 106 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 大病救助, 残疾人护理补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in or
around 攀枝花 (south-western Sichuan): a Mongolian grandmother from 阿巴嘎旗 living with her daughter's family in
东区, the son-in-law paralysed by a fall from a crane and the daughter treated for cancer; a Tibetan father from 木里
(凉山) who works three shifts at the steel plant while his wife is on dialysis, his son with him and his daughter with
her grandmother in 水洛乡; a Uyghur father from 疏勒 who sells kebabs at the night market of 东区, his wife ill with
lupus and his youngest son with his mother in 疏勒; a Hui mother in 仁和区 (大田镇) whose husband is in prison; a Lisu
grandfather in 米易 (新山) raising the three children of his dead son; a Han homeroom teacher of a middle school in
盐边 (红格) who reaches the parents of her pupils on WeChat and QQ; a Han community social worker in 西区 (清香坪)
reading out her register; and a Yi mother from a mountain village of 盐边 (格萨拉) whose husband died in a coal mine.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of three to six characters (其木格苏伦, 阿拉坦塔娜, 敖特根巴图, 朝克图那顺, 宝音毕力格图), a short form
after the full name (特木日巴雅尔 then 特木日就说, 特木日懂事), a Han surname before a Mongolian given name (雍苏布达)
and the Han names of the same people (白晓岚, 雍浩宇); Tibetan names of 木里 (格绒松吉, 鲁绒翁姆她, 洛绒益西他,
呷玛卓嘎, 降央品初, 呷绒品初) with a short form (益西取珍 then 取珍说话) and Han names of Tibetans (项国华, 项文杰,
项德明他); Uyghur given name + father's name with and without the dot (吐尔地麦麦提·亚森, 吐尔地麦麦提亚森,
伊力夏提江·吐尔地麦麦提, 伊力夏提江吐尔地麦麦提, 布维罕·热合曼, 阿不都克尤木·肉孜) and short forms (吐尔地麦麦提,
伊力夏提江他, 米合热班, 孜莱汗); Han-form Hui names (撒秀英, 马永寿他, 马俊豪, 海桂兰, 铁志成) beside 经名 used alone
(塔里哈他, 纳吉玛) and after a Han surname (撒宰娜卜, 海哈蒂洁, 撒哈桑, 马伊德里斯,
马尤努斯, 哈阿米乃); names in Han form of Lisu people (熊正昌, 熊小梅她, 余金花她也, 蜂丽华) and nicknames that are words,
annotated whole (青杠, 松毛); Yi clan + given name (吉伍阿衣, 沙马拉铁他, 沙马伍沙说, 沙马日铁就, 吉伍石莫, 吉克尔史说),
阿- names (阿西也, 阿尔莫日, 阿鲁依莫她), a short form (伍沙) and Han-form names of Yi people (吉秀芝, 沙国华, 沙浩,
沙雪梅); Han names with common and rare surnames (雍, 苟, 幸, 冉, 钭, 屈, 佴, 郜, 詹, 晏, 鄢, 敬, 巩, 贝, 眭, 撒, 卿, 邰, 铁,
骆, 蜂, 褚, 庹, 覃, 母, 阮, 鲜, 税, 伏, 郎), titles and kin words (冉丽君老师, 晏秋萍大姐, 屈建新大夫; the span is the
name only), names that contain or end in words (卢长寿, 税长江, 伍家和, 幸国良), names directly before particles and
verbs (郎志华他们家, 左天明那边, 苏晓宇都, 左家乐都, 税雨婷也, 雍德刚说, 廖春生说, 巫俊熙和); a surname with only a
title or kin word, annotated whole (苟主任, 老幸, 白奶奶, 老项, 佴老师, 鄢大爷, 巩大姐, 者阿訇, 邰所长, 铁阿訇, 简警官,
胡幺妹, 老褚, 熊支书, 鲜老师, 兰婆婆, 詹书记, 罗所长, 钭医生); a name written twice on a form (郎志华郎志华); names
spaced out character by character in half- and full-width spaces (其 木 格 苏 伦, 阿　拉　坦　塔　娜, 益 西 取 珍,
格　绒　松　吉, 吉 克 尔 史, 欧 阳 凤 英, 皇　甫　建　林, 马 尤 努 斯, 沙 马 拉 铁, 阿　鲁　依　莫), a dotted name spaced
throughout (米 合 热 班 · 吐 尔 地 麦 麦 提) and one with spaces around the dot only (吐尔地麦麦提 · 亚森), and names
split in two (特木日 巴雅尔, 洛绒 益西, 孜莱汗 阿不都瓦依提, 纳吉 玛, 海桂 兰, 熊家 顺, 苏晓 柔, 吉伍 阿衣); compound
surnames after ordinary words (慕容, 东方, 令狐, 宇文, 赫连, 公孙, 司马, 拓跋, 巫马, 上官, 诸葛, 欧阳, 皇甫, 长孙, 闾丘,
申屠, 公冶, 钟离 after 叫/同事/社工站的/拍给/心理老师/副班主任/我跟/奶奶叫/孙女/嫁给了/督导是/还有/中心的/找医生);
and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:苟秀芳}}``, ``{{qq:2716058394}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.510402}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, s74, s434, h38, p86h);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 律师, 队长, 大姐)
and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 和, 跟, 她, 他, 他们家,
那边) are outside the span; a surname with only a title or kin word (苟主任, 老幸, 白奶奶, 胡幺妹, 者阿訇) and a
nickname (宇娃, 青杠, 松毛) are annotated whole. Han-style names of Mongolian, Tibetan, Hui, Lisu and Yi people
(白晓岚, 项国华, 撒秀英, 熊正昌, 吉秀芝) are category han; a Han surname before a non-Han given name (雍苏布达,
撒宰娜卜, 马尤努斯) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout106/make_holdout106.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(106_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief: at least 10 names in each minority group of the voices (the Lisu names, in Han form, are han).
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["136", "137", "139", "150", "152", "155", "177", "180", "183", "189", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H833: Mongolian grandmother from 阿巴嘎旗 living with her daughter's family in 攀枝花 (东区); the son-in-law was
# paralysed by a fall from a crane, the daughter has cancer.
DOCS["H833"] = ("family", """\
访谈者：奶奶，您老家在哪儿？
受访者：{{trap/place:锡林郭勒}}，{{trap/place:阿巴嘎旗}}。我叫{{minority/mongolian:其木格苏伦}}，六十七了，放了一辈子羊。三年前坐火车到{{trap/place:攀枝花}}，跟女儿女婿住。女儿叫{{minority/mongolian:阿拉坦塔娜}}，身份证上的汉名是{{han:白晓岚}}，她在{{trap/place:成都}}念书的时候认识了女婿{{han:雍德刚}}，就嫁过来了。
访谈者：家里遇到了什么难处？
受访者：前年冬天女婿从塔吊上摔下来，腰断了，下半身不会动。{{han:雍德刚}}他原来一个月挣七八千，现在天天躺着，脾气也坏了。{{minority/mongolian:阿拉坦塔娜}}在超市理货，去年又查出乳腺癌，化疗做了六次。我老伴{{minority/mongolian:敖特根巴图}}走了五年，我把羊交给弟弟{{minority/mongolian:朝克图那顺}}，一个人过来帮她。
访谈者：孩子们多大？
受访者：两个。孙子的蒙古名是我起的，叫{{minority/mongolian:特木日巴雅尔}}，学校里叫{{han:雍浩宇}}，十二岁，在{{school:东区炳草岗第二小学六年级（3）班}}。孙女{{minority/mongolian:雍苏布达}}九岁，读三年级。我叫孙子{{minority/mongolian:特木日}}，他爸叫他{{han:宇娃}}，四川话，我刚来听不懂。
访谈者：孩子们怎么样？
受访者：{{minority/mongolian:特木日}}懂事，放学先给他爸翻身擦背，再写作业。班主任{{han:冉丽君}}老师说他上课老走神，我知道他是惦着他妈。{{minority/mongolian:雍苏布达}}爱哭，一哭我就给她唱{{trap/minority_word:长调}}，唱着唱着她就睡了。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:苟秀芳}}，我们都叫她{{han:苟主任}}，她给两个孩子报了困境儿童，每人每月{{trap/number:六百二}}。女婿办了残疾证，一级，{{trap/org:东区残联}}每月给护理补贴。低保是{{han:苟主任}}带着我们去街道办的。社工站有个姑娘叫{{compound:慕容星野}}，还有她同事{{compound:东方志鹏}}，每个礼拜来给孙女辅导作业。楼下的{{han:老幸}}，大名{{han:幸国良}}，女婿上医院都是他背下楼的。
访谈者：孩子们在学校有人欺负吗？
受访者：刚来的时候有。孙女说话带内蒙口音，有同学学她，笑她奶奶穿袍子。她回来不吃饭，我就去学校找老师。{{han:冉丽君}}老师开了个班会，让孙女给大家讲草原上的事，讲{{trap/minority_word:蒙古包}}怎么搭，讲小羊羔冬天要抱进屋里。讲完了同学们都围着她问，后来再没人笑她。
访谈者：孩子们的爸爸现在怎么样？
受访者：康复医院的{{han:屈建新}}大夫教他练胳膊，现在能自己坐起来，能坐轮椅下楼晒太阳了。{{han:雍德刚}}说等身体好点，在网上接点活，帮人做账。{{han:苟主任}}给他找了个在家做的手工，穿珠子，一个月挣几百块，他高兴得像个娃娃。
访谈者：您在这边过得惯吗？
受访者：热。{{trap/place:攀枝花}}夏天四十度，我穿着袍子出不了门。吃的也不惯，我自己炒{{trap/minority_word:炒米}}、熬{{trap/minority_word:奶茶}}，孙女爱喝，孙子嫌咸。晚上我给他们讲{{trap/famous:成吉思汗}}的故事，讲{{trap/minority_word:那达慕}}上怎么摔跤赛马，{{minority/mongolian:特木日}}就说奶奶你带我回去看。
访谈者：您自己身体怎么样？
受访者：血压高，膝盖不好，上楼要歇两回。社区卫生站的{{han:钭医生}}每个月给我量血压，药是医保报的。我最怕的是我倒下了，这一家子没人管。女儿化疗的时候吐得厉害，我就熬小米粥，一勺一勺喂她。女婿躺在床上看着，眼泪往下流，他说妈，我对不起你们。我说，你好好活着就是对得起。
访谈者：钱够用吗？
受访者：紧巴巴的。低保、补贴加上女儿的工资，一个月四千出头，房租就要一千二。女儿有一种药不报销，一盒{{trap/number:两千八}}。前年冬天实在过不去，社区帮我们在网上发了求助，街坊们凑了一万多。我这辈子没求过人，那回哭了一晚上。
访谈者：老家还有人帮衬吗？
受访者：弟弟{{minority/mongolian:朝克图那顺}}在嘎查帮我放着羊，每年卖了羊把钱打过来。女儿的表哥{{minority/mongolian:宝音毕力格图}}在{{trap/place:锡林浩特}}开出租，也寄过两回。{{minority/mongolian:其木格苏伦}}这个名字这边的人念不顺，楼里都叫我{{han:白奶奶}}，随我女儿的汉姓。
访谈者：登记表上要写地址和号码。
受访者：我们租的房子在{{address:东区炳草岗街道金沙社区枣子坪小区7栋2单元503}}，老家是{{address:阿巴嘎旗查干淖尔镇巴彦图嘎嘎查四组3号}}。我的身份证{{id_number@wy1958.152522}}，孙子的{{id_number@my2013spaced.510402}}。女儿的电话{{mobile@hyphen}}，{{han:苟主任}}的微信{{wechat:gouxf_jinsha}}。孙子拿他爸的旧手机上QQ，说班上同学都有，号码他写在我眼镜盒上了：{{qq:2716058394}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。有一张写的是{{spaced:其 木 格 苏 伦}}，一个字一个空；孙子写成{{spaced:特木日 巴雅尔}}，中间空一格；女儿成了{{spaced:阿　拉　坦　塔　娜}}。
访谈者：您最大的心愿是什么？
受访者：女儿的病好起来，孩子们把书念好。哪天能带他们回{{trap/place:阿巴嘎旗}}看看草原，我就知足了。
""")

# H834: Tibetan father from 木里 (凉山) working three shifts at the steel plant in 攀枝花; his wife is on dialysis,
# his son lives with him, his daughter with her grandmother in 木里.
DOCS["H834"] = ("family", """\
访谈者：您在钢厂上班？
受访者：在{{trap/org:攀钢}}炼铁厂，三班倒。我叫{{minority/tibetan:格绒松吉}}，身份证上还有个汉名叫{{han:项国华}}，四十一岁，老家{{trap/place:木里}}{{trap/place:水洛乡}}。厂里的人都叫我{{han:老项}}，说藏名记不住。
访谈者：您刚到攀枝花的时候顺利吗？
受访者：不顺。我是{{trap/year:2014年}}跟着老乡出来的，先在{{trap/place:盐源}}的电站工地上干，后来钢厂招工，考进了炼铁厂。汉话说不好，师傅{{han:卢长寿}}手把手教我看炉温，说你们藏族娃娃肯吃苦。{{han:卢长寿}}去年退休了，还常打电话问我老婆的病。
访谈者：家里几口人？
受访者：老婆{{minority/tibetan:鲁绒翁姆}}前年得了尿毒症，现在每周在{{trap/org:市中心医院}}透析三次。两个娃娃：儿子{{minority/tibetan:洛绒益西}}十三，女儿{{minority/tibetan:益西取珍}}九岁。我阿妈{{minority/tibetan:呷玛卓嘎}}在木里老家，七十了，腿不好。
访谈者：孩子们在哪里上学？
受访者：儿子跟我在攀枝花，读{{school:西区格里坪中学初一（4）班}}，学校里的名字是{{han:项文杰}}。女儿跟奶奶在老家，读{{school:木里县水洛乡中心小学三年级（2）班}}。{{minority/tibetan:益西取珍}}她想妈妈，每个礼拜天借村里小卖部的电话打过来，奶奶叫她{{minority/tibetan:取珍}}，{{minority/tibetan:取珍}}说话奶声奶气的。
访谈者：您上班的时候儿子谁管？
受访者：他自己管自己。下了夜班回来，看他一个人煮面，心里难受。{{minority/tibetan:洛绒益西}}他不抱怨，还给他妈熬稀饭。班组长{{han:詹志斌}}知道我家的情况，给我调成了常白班。工会的{{han:晏秋萍}}大姐帮我们申请了困难职工帮扶{{trap/word:项目}}，一年{{trap/number:三千六}}。同事{{compound:令狐家伟}}有车，透析那天送我老婆去医院。车间主任也说，家里有事就请假，别硬扛。
访谈者：儿子在这边有朋友吗？
受访者：有。班上有个同学叫{{han:郜明轩}}，两个人天天一起上学，周末他妈妈{{han:殷红梅}}叫儿子去家里吃饭。儿子说{{han:郜明轩}}家的回锅肉好吃。我心里感激，过年从老家背了一块{{trap/minority_word:琵琶肉}}给他们家。
访谈者：女儿在老家上学远吗？
受访者：远。从村里走到乡上要一个半钟头，一年级就开始住校。学校的{{han:佴老师}}对她好，冬天给她们烧热水洗脚。女儿说想来攀枝花跟哥哥一起念书，可是我们租的是单位的旧宿舍，一间半，住不下。我跟工会说了，{{han:晏秋萍}}大姐说明年帮我申请公租房。
访谈者：老家那边谁照看？
受访者：村里的儿童主任{{minority/tibetan:降央品初}}，她跑乡上、跑县上，给女儿报了困境儿童。乡上民政助理{{han:杨德胜}}每个季度去看一回。我弟弟{{minority/tibetan:呷绒品初}}在{{trap/org:木里大寺}}当喇嘛，他隔几天下山看一眼，给阿妈背水劈柴。村支书{{han:项德明}}他说，娃娃在村里就是大家的娃娃。
访谈者：孩子们过节回老家吗？
受访者：{{trap/minority_word:转山节}}的时候回去。女儿跳{{trap/minority_word:锅庄}}跳得好，阿妈打{{trap/minority_word:酥油}}茶，儿子在火塘边上听阿妈讲{{trap/famous:格萨尔王}}。回来的路上他一路不说话，我知道他舍不得奶奶和妹妹。
访谈者：您爱人身体怎么样？
受访者：透析上了，人瘦了一圈。肾内科的{{han:牟红霞}}大夫说可以等肾源，钱是大问题。{{trap/org:市红十字会}}给过一次救助，厂里同事捐了两万多。{{minority/tibetan:鲁绒翁姆}}她自己说，不治了，把钱留给娃娃念书，我说不行。
访谈者：登记的信息请说一下。
受访者：我们住在{{address:西区格里坪镇钢城社区清香坪小区4栋1单元302}}，老家是{{address:木里县水洛乡平翁村二组11号}}。我的身份证{{id_number@my1984.513422}}，女儿的{{id_number@wy2016hyphen.513422}}。我电话{{mobile@spaced}}，老婆的{{mobile@plain}}，{{minority/tibetan:降央品初}}的微信{{wechat:jiangyang_shuiluo}}。儿子有个QQ，说是班上交作业用的，号码我记在工作证后面：{{qq:1630947528}}。
访谈者：您自己累不累？
受访者：累。上班八个钟头，下了班去医院，回家做饭洗衣服，一天睡不到五个钟头。有时候站在高炉边上，眼睛一闭就想睡。可是想想老家的阿妈、女儿，想想躺在病床上的老婆，还得撑着。
访谈者：表上的名字写得对吗？
受访者：乱。女儿写成过{{spaced:益 西 取 珍}}，儿子是{{spaced:洛绒 益西}}，我的成了{{spaced:格　绒　松　吉}}，还有一张把我写成{{spaced:项 国 华}}。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子把零花钱攒起来，说给妈妈买药。女儿在电话里说，爸爸你少抽点烟。娃娃懂事，我心里又高兴又难过。
访谈者：您有什么打算？
受访者：干到退休，供两个娃娃念出来。儿子说想当医生，给他妈治病，我说那你就好好念。
""")

# H835: Uyghur father from 疏勒 who sells kebabs at the night market of 东区; his wife has lupus and is in and out of
# hospital, two children live with him, the youngest stays with his mother in 疏勒.
DOCS["H835"] = ("family", """\
访谈者：您来攀枝花几年了？
受访者：六年了。我叫{{minority/uyghur:吐尔地麦麦提·亚森}}，老家{{trap/place:喀什}}{{trap/place:疏勒县}}。在{{trap/place:东区}}夜市上卖烤肉，晚上六点出摊，半夜两点收摊。这边的人都叫我{{minority/uyghur:吐尔地麦麦提}}，也有叫我“新疆老板”的。
访谈者：家里是什么情况？
受访者：老婆{{minority/uyghur:孜莱汗·阿不都瓦依提}}得了红斑狼疮，前年开始一年住三四回医院，肾也不好了。她以前跟我一起出摊，穿肉串穿得比我快，现在干不了了。三个娃娃，大的儿子{{minority/uyghur:伊力夏提江·吐尔地麦麦提}}十四，女儿{{minority/uyghur:米合热班·吐尔地麦麦提}}十岁，跟我在这边。小儿子{{minority/uyghur:艾孜买提江}}五岁，在疏勒跟我妈{{minority/uyghur:布维罕·热合曼}}。
访谈者：孩子们在哪儿上学？
受访者：儿子在{{school:攀枝花市第二初级中学初二（6）班}}，女儿在{{school:东区大渡口小学四年级（1）班}}。{{minority/uyghur:伊力夏提江}}他学习好，数学老师{{han:鄢海涛}}说他能考{{trap/org:三中}}。{{minority/uyghur:米合热班}}喜欢唱歌，学校合唱团让她领唱。
访谈者：晚上您出摊，孩子们谁管？
受访者：他们自己在家。儿子给妹妹热饭、看作业，十点钟哄她睡。有一回停电，{{minority/uyghur:米合热班}}吓得哭，哥哥打我电话，我扔下摊子跑回去。房东{{han:鄢大爷}}住楼下，后来他说，你放心出摊，我给你看着。
访谈者：都有哪些人帮过您？
受访者：社区网格员{{han:敬雪莲}}，她上门登记的时候发现我们家的事，给两个娃娃报了困境儿童，又帮老婆申请了大病救助。城管的{{han:符永刚}}队长给我划了个固定摊位，不收钱。{{trap/org:区民宗局}}过年来慰问，送了米和油。清真寺的{{han:者阿訇}}也来看过，给了乜贴。社工站的{{compound:宇文骁然}}每周五来，陪娃娃们做作业，儿子的作文我看不懂，就拍给{{compound:宇文骁然}}看，跟他一起来的还有个姑娘叫{{compound:赫连沐辰}}。
访谈者：您一个人出摊，忙得过来吗？
受访者：夏天忙不过来，一晚上能卖三四百串，冬天就少了。房租、老婆的药、三个娃娃上学，一个月没有一万块下不来。旁边卖凉粉的{{han:巩大姐}}人好，我走开一下她就帮我看炉子。有一回老婆半夜发高烧，是她骑电动车送到医院急诊的。
访谈者：孩子们跟这边的同学处得好吗？
受访者：好。儿子四川话说得比我好，同桌{{han:贝思远}}常来我摊子上吃烤肉，我不收他钱，他就给儿子讲题。女儿的班主任{{han:眭晓燕}}老师把她家访的照片发给我看，说孩子在学校笑得多。{{han:眭晓燕}}她还帮女儿申请了营养餐。
访谈者：老家的小儿子怎么样？
受访者：我妈七十一了，身体还行。{{minority/uyghur:艾孜买提江}}他皮，天天在院子里追鸡。村里的驻村干部{{han:房立军}}每个月去看一次，拍视频给我。我弟弟{{minority/uyghur:买买提吐尔逊·亚森}}在{{trap/place:疏勒}}开{{trap/minority_word:烤包子}}店，我妈和小儿子的生活费是他出的一半。
访谈者：两个大的想弟弟吗？
受访者：想。每个礼拜天晚上跟疏勒视频，弟弟在那头背乘法口诀给哥哥姐姐听。女儿挂了视频就要哭一会儿，问为什么弟弟不能来。我说等妈妈病好了，我们租个大点的房子，把奶奶和弟弟都接来。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}我关三天摊，给娃娃们买新衣服，老婆身体好的时候烤{{trap/minority_word:馕}}。我给他们讲{{trap/famous:阿凡提}}的笑话，女儿笑得在床上打滚。同乡{{minority/uyghur:阿不都克尤木·肉孜}}会弹{{trap/minority_word:都塔尔}}，过节大家聚在他家唱。
访谈者：您在这边习惯吗？
受访者：习惯了。攀枝花人好，太阳也好，跟喀什一样晒。就是一家人分在两个地方，心里总是挂着一头。
访谈者：登记表上要填地址和电话。
受访者：我们住在{{address:东区大渡口街道长寿路社区民建小区9栋3单元601}}，老家是{{address:疏勒县巴仁乡阿亚克巴格村3组27号}}。我的身份证{{id_number@my1985fullwidth.653122}}，儿子的{{id_number@my2011.653122}}。我的电话{{mobile@s74}}，{{han:敬雪莲}}的电话{{mobile@plus86spaced}}，她的微信{{wechat:jingxuelian0816}}。我的微信是做生意用的，叫{{wechat:Turdimemet_kawap}}。儿子的QQ是老师让注册的，说上网课用，号码是{{qq:3086471259}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。社区的表上是{{minority/uyghur:吐尔地麦麦提亚森}}，没有点；学校表上儿子成了{{minority/uyghur:伊力夏提江吐尔地麦麦提}}；还有写成{{spaced:吐尔地麦麦提 · 亚森}}的，点两边空着；女儿写成{{spaced:米 合 热 班 · 吐 尔 地 麦 麦 提}}；{{minority/uyghur:孜莱汗}}的病历上是{{spaced:孜莱汗 阿不都瓦依提}}。
访谈者：您最大的愿望是什么？
受访者：老婆的病稳住，把小儿子接过来一家人在一起。等儿子考上大学，我就在{{trap/place:攀枝花}}开个小饭馆，不用天天熬夜了。
""")

# H836: Hui mother in 仁和区 whose husband is serving a sentence; she works in a noodle shop and raises a son and a
# daughter with her mother-in-law.
DOCS["H836"] = ("family", """\
访谈者：您家住在仁和区？
受访者：对，在{{trap/place:仁和区}}{{trap/place:大田镇}}。我叫{{han:撒秀英}}，经名{{minority/hui:撒宰娜卜}}，三十八岁，在镇上一家牛肉面馆帮工。丈夫{{han:马永寿}}四年前跟人合伙贩运，出了事，判了七年，在{{trap/place:雅安}}服刑。
访谈者：孩子们多大？
受访者：两个。儿子{{han:马俊豪}}十二，经名{{minority/hui:塔里哈}}；女儿{{han:马沁瑶}}八岁，经名{{minority/hui:纳吉玛}}。家里老人都叫经名，学校里叫汉名。{{minority/hui:塔里哈}}他在{{school:仁和区大田镇中心小学六年级（2）班}}，女儿在同一个学校二年级。婆婆{{han:海桂兰}}跟我们住，七十了，有糖尿病。
访谈者：丈夫出事以后，孩子们怎么样？
受访者：儿子像变了个人，不说话，跟同学打架。班主任{{han:卿丽华}}老师打电话叫我去，我去了才知道，有同学说他爸是劳改犯。她把那几个同学叫来讲了一通，又让心理老师{{compound:公孙知秋}}给儿子做了几回辅导。女儿小，老问爸爸在哪儿打工，婆婆不会{{trap/word:撒谎}}，支支吾吾说在{{trap/place:新疆}}，很远。
访谈者：婆婆对您怎么样？
受访者：心疼我。婆婆经名{{minority/hui:海哈蒂洁}}，她儿子出了事，她没说过我一句，反倒劝我别离婚，说娃娃不能没有爸。她眼睛不好，还天天给孙女梳头、戴{{trap/minority_word:盖头}}，周末送去寺里学经。学经班的老师是阿訇的女儿{{han:铁玉琴}}，教娃娃们念经，也教认字。{{minority/hui:纳吉玛}}学得快，{{minority/hui:塔里哈}}坐不住。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:卿玉梅}}，她跟班主任是堂姐妹。她给两个娃娃报了事实无人抚养，每月每人{{trap/number:一千二百六}}，我家也有了低保。司法所的{{han:邰所长}}每半年带我们去监狱会见一次，车费是所里出。{{trap/org:区妇联}}给过一笔救助金。清真寺的{{han:铁阿訇}}，大名{{han:铁志成}}，主麻后常让乡老们给我们家送米面，{{trap/minority_word:开斋节}}还有乜贴。社工站的{{compound:司马睿涵}}教女儿画画，说她有天分。
访谈者：您丈夫在里面怎么样？
受访者：改造得还行，减了一次刑。{{han:马永寿}}他在信里说对不起娃娃，出来以后跟我一起开面馆。我哥{{han:撒志勇}}，经名{{minority/hui:撒哈桑}}，在{{trap/place:昆明}}开清真馆子，说等妹夫出来给他找个活。坊上登记的时候，丈夫写的是{{minority/hui:马伊德里斯}}，把姓跟经名连在一起。
访谈者：去监狱会见是什么样的？
受访者：隔着玻璃拿电话说话，半个钟头。儿子头一回去一句话不说，第二回哭了，说爸你早点回来。管教{{han:简警官}}人好，说你家男人表现不错，在里面学了电焊。回来的路上女儿睡着了，儿子看着车窗外面，一路不说话。
访谈者：您自己身体吃得消吗？
受访者：吃不消也得吃。早上五点去面馆拉面，下午两点回来接娃娃。婆婆煮饭，我晚上洗衣裳、看作业。{{trap/word:海拔}}低，这边热，面馆里更热，我腰也坏了。卫生院的{{han:骆春晖}}大夫让我歇，我歇不了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}的时候我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给邻居送。阿訇给娃娃们讲{{trap/famous:赛典赤}}在云南修水利的故事，说咱回族先人里也有做大事的人。儿子听了说，他也要做大事。
访谈者：街坊邻居怎么看你们家？
受访者：刚出事那年，有人背后指指点点，说坐牢的人家不干净。我不出门，买菜都绕着走。后来坊上的老人们说话了，说一人做事一人当，娃娃没罪。寺里开会，阿訇当着大家的面讲，谁家有难处大家都要帮。从那以后没人再说了，过节还有人给我们送肉。我现在也想开了，日子是自己过的，腰杆要挺直，娃娃们看着呢。
访谈者：您对以后有什么打算？
受访者：想学个手艺。社区办了个面点培训班，我报了名，学做包子、花卷。等他出来，我们租个小门面，卖牛肉面和包子，一家人守在一起，踏踏实实过日子。
访谈者：登记的信息请说一下。
受访者：家在{{address:仁和区大田镇大田村五组18号}}，婆婆户口在{{address:仁和区南山街道新民社区白家湾小区2栋4单元201}}。我的身份证{{id_number@wy1987.510411}}，女儿的{{id_number@wy2017x.510411}}。我的电话{{mobile@plus86dash}}，{{han:卿玉梅}}的电话{{mobile@h38}}，她微信就是她的名字拼音{{wechat:qingyumei_dt}}。儿子有个QQ，说跟他爸狱里的管教视频不能用QQ，他就用来打游戏，号码他写在门背后：{{qq:84015273}}。
访谈者：表上的名字写得对吗？
受访者：有错的。我被写成{{spaced:撒 秀 英}}，儿子成了{{spaced:马　俊　豪}}，女儿的经名写成{{spaced:纳吉 玛}}，婆婆成了{{spaced:海桂 兰}}。
访谈者：您最盼着什么？
受访者：盼他早点出来，盼娃娃们别学他爸，好好念书。
""")

# H837: Lisu grandfather in 米易 (新山) raising the three children of his dead son; their mother remarried in Yunnan.
DOCS["H837"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：四口，我和三个孙子。我叫{{han:熊正昌}}，傈僳族，六十九了，住在{{trap/place:米易}}{{trap/place:新山}}的山上。儿子{{han:熊文军}}前年开三轮车给人拉{{trap/word:甘蔗}}，翻到沟里没了。儿媳{{han:余金花}}过了一年改嫁到{{trap/place:永仁}}，娃娃都丢给我。老伴走得早。
访谈者：孙子们多大？
受访者：大的是孙女{{han:熊小梅}}，十四，在{{school:米易县新山中学初二（1）班}}住校。老二{{han:熊家茂}}十一岁，老三{{han:熊家顺}}七岁，老二在{{school:新山傈僳族乡中心小学五年级（3）班}}，老三在村小读一年级。家里都叫小名，老二叫{{han:青杠}}，老三叫{{han:松毛}}，生他那天他爸上山捡松针去了。{{han:青杠}}说这名字土，学校里不许人叫。
访谈者：孩子们听话吗？
受访者：大孙女懂事，周末回来煮饭、喂猪。{{han:熊小梅}}她说不读了去{{trap/place:攀枝花}}打工，我不准。{{han:青杠}}他皮，爬树掏鸟窝，摔了两回。{{han:松毛}}还小，晚上要挨着我睡，梦里喊妈。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:胡秀珍}}，我们叫她{{han:胡幺妹}}，她给三个娃娃报了事实无人抚养，一个月一人{{trap/number:一千五百多}}。乡上民政的{{han:褚建军}}来过好几趟，我们都叫他{{han:老褚}}，他说国家管到十八岁。村支书也姓熊，{{han:熊支书}}帮我们把房子修了。学校的{{han:蜂丽华}}老师是我们傈僳，每个礼拜给孙女打电话。县上社工站的{{compound:拓跋锦程}}，还有个姑娘叫{{compound:巫马晓棠}}，暑假来给娃娃们上课，教他们画画、跳绳。
访谈者：孩子们的爸爸走了以后，您是怎么过来的？
受访者：头一年我天天睡不着，半夜起来坐在火塘边抽烟。儿子是家里的顶梁柱，他一走，房子漏雨没人修，地里的活我一个人干不完。寨子里的人都来帮忙，你家出工、我家出粮，盖房子的时候来了二十几个人。县上有个开建材店的老板{{han:廖春生}}，捐了瓦和水泥，一分钱没要。{{han:廖春生}}说他小时候也是奶奶带大的。
访谈者：孩子们在学校吃得好吗？
受访者：学校有营养午餐，一天一个鸡蛋。大孙女住校，一个礼拜的生活费三十块，{{han:蜂丽华}}老师怕她饿着，常叫她去家里吃饭。{{han:松毛}}在村小上一年级，中午我去送饭，{{trap/minority_word:漆油鸡}}他最爱吃。
访谈者：儿媳还联系孩子吗？
受访者：过年打个电话。{{han:余金花}}她也难，那边又生了一个。{{han:熊小梅}}跟她妈通电话不哭，挂了躲到房后头哭。娃娃的舅舅{{han:余成华}}在{{trap/place:攀莲镇}}开修车铺，隔三岔五送点米面。
访谈者：你们过节热闹吗？
受访者：{{trap/minority_word:阔时节}}最热闹，寨子里弹{{trap/minority_word:三弦}}、跳舞，我吹{{trap/minority_word:口弦}}给孙子听。{{trap/minority_word:刀杆节}}的时候带他们去乡上看上刀山。我给他们讲{{trap/famous:恒乍绷}}的故事，说傈僳人也出过英雄。孙女听了说，她要当老师，回寨子里教书。
访谈者：平时家里靠什么过？
受访者：种了三亩{{trap/word:花椒}}、两亩玉米，再养两头猪。低保有一点，娃娃的补助我一分不动，给他们存着念书，{{trap/word:余下}}的够吃饭就行。{{trap/word:熊猫}}我没见过，孙子说以后带我去{{trap/place:成都}}看。
访谈者：您身体还好吗？
受访者：老了，腰杆疼，眼睛也花了。去年在地里晕倒过一回，是邻居看见了，把我背回家。我跟大孙女说，爷爷哪天要是起不来了，你就去找{{han:胡秀珍}}，找学校，莫怕。她点头，不说话，晚上我听见她在被窝里哭。我就想，我得多活几年，活到她考上大学，活到{{han:松毛}}长大成人。
访谈者：寨子里像你们这样的人家多吗？
受访者：有几家。有的是爹妈出去打工不回来，有的是爹妈病了。村里把这些娃娃登记在一个本子上，每个月开一回会，看谁家缺什么。大家都穷，可是谁家娃娃没衣服穿，总有人拿一件出来。
访谈者：登记要写地址和号码。
受访者：家在{{address:米易县新山傈僳族乡新山村四组9号}}。我的身份证{{id_number@my1956.510421}}，大孙女的{{id_number@wy2011spaced.510421}}。我没手机，有事打{{han:蜂丽华}}老师的电话{{mobile@s434}}，她的微信{{wechat:fenglihua_xs}}。孙女在学校用QQ，她说周末才能上，号码写在我烟盒上：{{qq:29460381}}。
访谈者：表上的名字写得对吗？
受访者：写错过。有一张把我写成{{spaced:熊 正 昌}}，孙女成了{{spaced:熊　小　梅}}，老三写成{{spaced:熊家 顺}}。
访谈者：孩子们自己怎么说？
受访者：大孙女说，爷爷，我以后挣钱给你盖新房子。老二说要去当兵。老三还小，他说他要当拖拉机手，拉着爷爷去赶集。
访谈者：您最担心什么？
受访者：担心我走了娃娃没人管。我跟{{han:熊支书}}说好了，我要是不在了，他给娃娃们找个好人家。
""")

# H838: Han homeroom teacher of a second-year class of a middle school in 盐边 (红格), who reaches the parents of her
# pupils in distress on WeChat and QQ.
DOCS["H838"] = ("teacher", """\
访谈者：{{han:鲜老师}}，您带的是哪个班？
受访者：{{school:盐边县红格中学初二（3）班}}，四十六个学生，我当班主任第三年。我叫{{han:鲜晓敏}}，教语文。班上有八个困境儿童，留守的最多，我一个一个说。
访谈者：好。
受访者：头一个{{han:兰子豪}}，爸妈在{{trap/place:温州}}鞋厂，跟奶奶过，我们都叫老人家{{han:兰婆婆}}。{{han:兰子豪}}他聪明，就是手机瘾大，半夜打游戏。我跟他爸{{han:兰建业}}在微信上说，他爸的微信是{{wechat:lanjianye_wz}}，隔天就给孩子打电话，管了一阵。
访谈者：第二个呢？
受访者：{{han:税雨婷}}，她爸{{han:税长江}}在{{trap/place:二滩}}修路的时候被石头砸断了腿，她妈走了。{{han:税雨婷}}也懂事，周末回家背她爸上厕所。她有QQ，说不想让别人看见她哭，有话就在QQ上跟我说，号码{{qq:1175309842}}。
访谈者：第三个？
受访者：{{han:左家乐}}，孤儿，跟大伯{{han:左天明}}。{{han:左天明}}那边自己三个娃娃，日子紧，孩子的孤儿基本生活费是{{trap/org:县民政局}}直接打到卡上的。{{han:左家乐}}都不敢多吃饭，我叫食堂给他多打一勺。
访谈者：还有彝族孩子？
受访者：有。{{minority/yi:吉克尔史}}，从{{trap/place:国胜乡}}来的，爸爸{{minority/yi:吉克拉铁}}在{{trap/place:东莞}}打工，妈妈病了在家躺着。{{minority/yi:吉克尔史}}说，他想读完初中去当兵。他奶奶{{minority/yi:阿尔莫日}}不会汉话，家访是{{minority/yi:海来石莫}}给我翻译的，她是他们村的儿童主任。
访谈者：剩下的几个？
受访者：{{han:车晓雪}}，妈妈得了宫颈癌，爸爸{{han:车立新}}跑货车。{{trap/word:车票}}钱都是她自己攒的，周末坐班车去{{trap/place:攀枝花}}医院陪她妈。{{han:巫俊熙}}，爸爸在服刑，妈妈在外地，跟外公过。还有三个是单亲，爸妈离了各自成家，孩子两头都不要。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:伍家和}}定了，困境儿童住宿费全免，每学期发一套校服。副班主任{{compound:上官听澜}}管男生宿舍，心理老师{{compound:诸葛慕白}}每周给他们上一次团体辅导。团县委还有{{trap/org:春蕾计划}}，给女生一年一千。
访谈者：家访难不难？
受访者：难。红格周边的村子还好，国胜乡那边山高路陡，去一趟要大半天。上学期我跟{{compound:上官听澜}}骑摩托去他家，路上下雨，滑了一跤，裤子全是泥。到了他家，奶奶烧了洋芋给我们吃，一句汉话不会说，就拉着我的手不放。回来以后我想，这孩子每个礼拜走这条路来上学，我们坐在教室里抱怨什么。
访谈者：您跟家长怎么联系？
受访者：建了个家长群，爷爷奶奶不会用，我就打电话。{{han:税长江}}的电话{{mobile@hyphen}}，{{han:左天明}}的微信{{wechat:zuotianming1978}}。{{minority/yi:吉克拉铁}}的电话{{mobile@plus86}}，他在厂里上夜班，我都是中午打。{{han:车晓雪}}的QQ是{{qq:2580946137}}，{{han:巫俊熙}}的QQ他不给我，后来他自己发过来一串：{{qq:695203184}}。
访谈者：家长们配合吗？
受访者：大部分配合。在外面打工的爸妈都想管，就是隔得远，手机里说几句孩子不听。我就跟他们约好，每个月至少跟孩子视频两回，不许只问成绩，要问吃得好不好、睡得好不好。
访谈者：有没有孩子出过事？
受访者：去年冬天{{han:巫俊熙}}和{{han:兰子豪}}偷跑出去，三天没回来，我跟{{compound:上官听澜}}找了两个晚上，最后在{{trap/place:盐边}}县城的网吧找到。我没骂他们，带他们吃了碗面，{{han:巫俊熙}}哭了。那以后我每天晚自习后去宿舍看一眼。
访谈者：孩子们有心事的时候找谁？
受访者：有的找我，有的找心理老师，有的谁也不找。我们在教室后面放了个“悄悄话信箱”，孩子写了纸条投进去，我每周五打开看。有个孩子写，老师，我想我妈，可我不知道她在哪儿。我看了一晚上没睡着。学校把{{trap/hotline:12355}}青少年热线贴在每个宿舍门上，告诉他们夜里难受了可以打。
访谈者：登记的信息有出入吗？
受访者：有。学籍系统里孩子的名字有写成{{spaced:兰 子 豪}}的，有{{spaced:税　雨　婷}}，还有{{spaced:吉 克 尔 史}}，一个字一个空。{{han:左家乐}}的家庭住址是{{address:盐边县红格镇红格村六组14号}}。
访谈者：这些孩子的成绩怎么样？
受访者：参差不齐。有的越是家里难越拼，有的一下就垮了。我不拿成绩说事，先看他们吃饱没有、睡好没有、有没有人说说话。孩子心里踏实了，成绩慢慢会上来。
访谈者：您做班主任，最难的是什么？
受访者：最难的是他们心里的事不肯说。{{trap/word:左右}}为难的时候，我就想，我多问一句，他们就少熬一夜。
""")

# H839: Han community social worker in 西区 (清香坪) reading out the children in distress of her register.
DOCS["H839"] = ("staff", """\
访谈者：您手上是什么材料？
受访者：{{trap/place:西区}}{{trap/place:清香坪}}街道的困境儿童台账。我叫{{han:伏丽娟}}，社区专职社工，兼儿童主任。我一户一户念，你记。
访谈者：好。
受访者：第一户，户主{{han:郎志华}}，男，四十五，脑溢血偏瘫，老婆在超市当收银员。表上户主名字打了两遍，“{{han:郎志华}}{{han:郎志华}}”，是录系统的时候粘多了。儿子{{han:郎思宇}}十岁，在{{school:西区清香坪实验学校四年级（2）班}}。{{han:郎志华}}他们家住在{{address:西区清香坪街道新建社区钢花小区11栋2单元404}}。{{han:郎思宇}}的身份证{{id_number@my2015spaced.510403}}。
访谈者：第二户？
受访者：第二户是奶奶带孙女，奶奶叫{{compound:欧阳凤英}}，六十三，孙女{{compound:欧阳小满}}九岁。孩子爸妈吸毒，一个强戒，一个跑了。{{compound:欧阳凤英}}她一个人捡废品供孙女念书。家在{{address:西区河门口街道枣子坪村三组22号}}。
访谈者：第三户？
受访者：第三户是两个孤儿，哥哥{{han:苏晓宇}}十三，妹妹{{han:苏晓柔}}八岁，爸妈前年在{{trap/place:宝鼎}}的山路上出车祸一起没了。监护人是姑姑，嫁给了{{compound:皇甫建林}}，姑姑叫{{han:苏德芬}}。{{han:苏晓宇}}都懂，晚上辅导妹妹作业。妹妹的身份证{{id_number@wy2017quad.510403}}。
访谈者：第四户？
受访者：第四户是回族，户主{{han:马德裕}}，经名{{minority/hui:马尤努斯}}，尘肺病三期，以前在{{trap/place:宝鼎}}挖煤。老婆{{han:哈秀兰}}，经名{{minority/hui:哈阿米乃}}，两个儿子一个十一、一个七岁。{{han:马德裕}}说，他这病不传人，可是楼里有人怕，不让娃娃跟他家孩子玩。家在{{address:西区玉泉街道大水井社区11栋1单元602}}。他的身份证{{id_number@my1979fwspaced.510403}}。
访谈者：走访这些家的时候最难的是什么？
受访者：最难的是让人开口。{{compound:欧阳凤英}}头两回不开门，隔着门说她不要救济，怕人家说她孙女是吸毒人员的娃娃。我去了五回，第五回她开了门，给我倒了一杯水。{{han:苏德芬}}那边是另一种难，她自己有两个娃娃，又添了两个，老公嘴上不说，脸色不好看。我跟她说，侄儿侄女的孤儿基本生活费每人每月{{trap/number:一千六百八}}，是给娃娃的，不是给大人的，账要分开记。
访谈者：这些户都是谁在帮？
受访者：社区的{{han:詹书记}}，社区医生{{han:毛海燕}}每月上门给{{han:郎志华}}量血压。派出所{{han:罗所长}}给{{han:苏晓宇}}兄妹办户口迁移，跑了三趟。区里的社工督导是{{compound:赫连定坤}}，帮扶志愿者还有{{compound:长孙若岚}}、{{compound:闾丘铭远}}。家里有急事，白天找我，夜里打{{trap/hotline:12349}}民政热线。我们跟{{trap/org:区民政局}}、{{trap/org:区妇联}}每季度开一次联席会。
访谈者：这些孩子的监护人都靠得住吗？
受访者：大多数靠得住，也有不放心的。有一户我们发现孩子常常一个人在家，饭也不按时吃，就跟学校、派出所一起上门，跟家里人谈了三次，最后写了照护承诺书，每周再打电话问。监护不到位的，按规定要报到区里，可我们总想先帮一把，能不走到那一步就不走。
访谈者：平时怎么联系这些家？
受访者：电话为主。{{han:苏德芬}}的电话{{mobile@fullwidth}}，{{han:哈秀兰}}的{{mobile@p86h}}。我的工作微信{{wechat:fulijuan_shegong}}。
访谈者：这些孩子平时去哪儿活动？
受访者：社区有个儿童之家，放学后开到晚上七点，志愿者辅导作业，周末有手工课、绘本课。{{han:郎思宇}}最爱来，他爸躺在家里，他不想回去。我们还联系了{{trap/org:攀枝花学院}}的大学生，一对一结对子。去年暑假带孩子们去{{trap/place:二滩}}看水电站，{{han:苏晓柔}}说她长大要当工程师。
访谈者：台账上的名字都写对了吗？
受访者：没有。区里的表是手填了再录的，有{{spaced:郎 志 华}}，有{{spaced:欧 阳 凤 英}}，有{{spaced:皇　甫　建　林}}，有{{spaced:苏晓 柔}}，还有把经名写成{{spaced:马 尤 努 斯}}的。系统查重查不出来，一个人算成两个，我们年底一个一个对。
访谈者：一个社工管这么多户，忙得过来吗？
受访者：忙不过来也得忙。我们社区两千多户，登记在册的困境儿童十七个，重点关注的六户。每个月每户至少上门一次，打电话不算。台账要填，系统要录，区里还要抽查。晚上回家我女儿问，妈妈你怎么又这么晚，我说妈妈去看别的小朋友了。她说那你什么时候看我。我听了心里不是滋味，可是这些娃娃比她难。
访谈者：您干这行多久了？
受访者：我{{trap/year:2017年}}进的社区，八年了。{{trap/word:毛病}}是心软，看到娃娃哭就跟着哭。{{trap/word:苏醒}}过来的{{han:郎志华}}第一句话问儿子吃饭没有，我到现在都记得。
""")

# H840: Yi mother from a mountain village of 盐边 (格萨拉) whose husband died in a coal mine; she raises three children
# with her mother-in-law.
DOCS["H840"] = ("family", """\
访谈者：阿姐，您家在哪个村？
受访者：在{{trap/place:盐边}}{{trap/place:格萨拉}}的山上，走路到乡上要两个钟头。我叫{{minority/yi:吉伍阿衣}}，户口上的汉名是{{han:吉秀芝}}，三十四岁。丈夫{{minority/yi:沙马拉铁}}，汉名{{han:沙国华}}，三年前在{{trap/place:宝鼎}}的小煤窑里，顶板塌了，没出来。
访谈者：家里还有谁？
受访者：婆婆{{minority/yi:阿鲁依莫}}，六十五了。三个娃娃：大儿子{{minority/yi:沙马伍沙}}十二岁，女儿{{minority/yi:阿西}}九岁，小儿子{{minority/yi:沙马木果}}五岁。{{minority/yi:沙马拉铁}}他走的时候小的还不会叫爸爸。
访谈者：煤窑那边赔了吗？
受访者：老板{{han:贾永清}}跑了一年，后来抓回来了，赔了一部分。是法律援助中心的{{compound:申屠俊峰}}律师帮我们打的官司，他说按规定该赔八十多万，最后拿到手五十万。{{han:贾永清}}说他没钱了，剩下的打了欠条。
访谈者：丈夫走了以后，家支里的人帮忙吗？
受访者：帮。{{minority/yi:沙马拉铁}}的后事是家支出钱办的，请了{{trap/minority_word:毕摩}}来念了三天经。他的弟弟{{minority/yi:沙马日铁}}在{{trap/place:西昌}}开货车，每个月打五百块过来。农忙的时候{{minority/yi:沙马日铁}}就回来帮我挖土豆。家支开会的时候说，这三个娃娃是沙马家的娃娃，谁家也不能不管。
访谈者：孩子们上学怎么样？
受访者：{{minority/yi:伍沙}}在{{school:盐边县格萨拉乡中心校六年级（1）班}}住校，女儿在同一个学校三年级。他说要考到{{trap/place:西昌}}去读高中。{{minority/yi:阿西}}也想念书，就是汉话说不好，她的老师{{han:阮春兰}}每天放学给她补半个钟头。学校里{{minority/yi:伍沙}}叫{{han:沙浩}}，{{minority/yi:阿西}}叫{{han:沙雪梅}}。
访谈者：谁帮过你们家？
受访者：村里的儿童主任{{minority/yi:吉伍石莫}}，她跟我是一个家支的，给三个娃娃报了事实无人抚养，一个月一人{{trap/number:一千二百九}}。乡上的{{han:庹国平}}帮我们申请了低保。驻村的第一书记{{han:覃志远}}给婆婆办了慢病卡。我哥哥{{minority/yi:吉伍尔哈}}在{{trap/place:凉山}}，每年{{trap/minority_word:彝族年}}杀猪送半边过来。县社工站的{{compound:公冶安琪}}每个月来，带娃娃们唱歌。
访谈者：婆婆身体怎样？
受访者：腰弯了，还天天背柴。{{minority/yi:阿鲁依莫}}她说，儿子走了，她要替儿子把孙子看大。晚上在火塘边上给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事，娃娃们都听过几十遍了还要听。{{trap/minority_word:火把节}}的时候，我给女儿穿上{{trap/minority_word:百褶裙}}，她最高兴。
访谈者：村里人对你们好吗？
受访者：好。我们彝族讲家支，一家有事，全家支都来。丈夫出事那天，半个寨子的人走了一夜山路赶到煤窑，守在井口三天。后来办丧事，每家都牵了羊、背了酒来。这几年谁家杀猪，都给我们留一块肉。娃娃们放学晚了，路过谁家就在谁家吃饭，没人嫌弃。
访谈者：家里怎么过日子？
受访者：种了土豆、{{trap/word:苦荞}}，养了十几只羊。赔的钱存着，不敢动，给娃娃念书用。小儿子也要上幼儿园了，乡上新修了一个，不要钱。我想出去打工，可是婆婆老了，娃娃小，走不开。
访谈者：娃娃们想爸爸吗？
受访者：想。大儿子不哭，把他爸的旧{{trap/minority_word:查尔瓦}}挂在床头，冬天冷了就披着睡。女儿老问爸爸什么时候回来，我跟她说爸爸去很远的地方干活了。小的还不懂事，看见别的娃娃骑在爸爸脖子上，就跑回来找我。
访谈者：您自己身体怎么样？
受访者：我有胃病，疼起来直不起腰。乡卫生院的{{han:母泽华}}大夫给我开药，说要少吃冷的、按时吃饭，又让我去县医院找医生{{compound:钟离望舒}}做了胃镜。可是山上的日子，活干完了才吃饭，哪能按时。丈夫走了以后我瘦了十几斤，晚上常常梦见他从井口走上来，叫我{{trap/word:阿妹}}。醒了就睡不着，坐到天亮。
访谈者：以后有什么打算？
受访者：等小的上了小学，我想在乡上找个活，给餐馆洗碗也行，离家近，晚上能回来。乡上说有个技能培训，学刺绣，绣好了有人收。我年轻的时候绣得好，手还没忘。
访谈者：登记表上的信息请说一下。
受访者：家在{{address:盐边县格萨拉彝族乡安宁村二组17号}}。我的身份证{{id_number@wy1991.510422}}，大儿子的{{id_number@my2013hyphen.510422}}。我的电话{{mobile@s38}}，{{minority/yi:吉伍石莫}}的电话{{mobile@spaced}}，她的微信{{wechat:jiwu_shimo88}}。大儿子在学校有个QQ，他说想爸爸的时候就在上面写日记，号码写在我的记工本上：{{qq:40728156}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。有的写{{spaced:吉伍 阿衣}}，有的写成{{spaced:沙 马 拉 铁}}，女儿成了{{spaced:阿 西}}，婆婆写成{{spaced:阿　鲁　依　莫}}。
访谈者：您最大的心愿？
受访者：娃娃们都念出去，不要再下煤窑。{{minority/yi:沙马伍沙}}说他长大了当警察，{{minority/yi:阿西}}说当医生，我说都好，只要不下井。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=833,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout107",))


if __name__ == "__main__":
    main()
