# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 113 (tests/pii/holdout113/H889-H896 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 112, written at the same time, is not
an earlier set).

Set 113 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
辽源 (Jilin) and 商洛 (Shaanxi): a Mongolian father from 前郭尔罗斯 who drives a coal truck out of 辽源 while his
mother-in-law keeps his three children; a Tibetan mother from 色达 (甘孜) who works in a 辽源 sock factory, her
husband, a monk turned trucker, gone; a Uyghur grandmother from 伊宁 raising two grandchildren in 商州, where her son
had a raisin stall before he was jailed; a Yi father from 布拖 (凉山) working in a lead-zinc mine in 柞水 (商洛), his
children with his clan relatives; a Han village doctor in 镇安 who sees the children of four broken families; a
Korean-Chinese (朝鲜族) community worker in 东丰 reading out her list; a Han middle-school class teacher in 丹凤 who
keeps in touch on WeChat and QQ; and a Han grandfather in 山阳 raising an orphaned granddaughter. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole (哈日朝克图, 都日娜高娃, 诺敏达莱, 宝音阿日斯楞他, 宝音古楞) and with short forms (达莱, 古楞), a Han surname
before a Mongolian given name (韩格根图雅她, 包图门乌力吉 then 包图门说, 白其其格玛) and the Han names and nicknames
of the same people (白庆丰, 白三哥, 白子航, 小狮子); Tibetan names of 色达 (泽让色珍, 土登曲扎, 仁真多吉, 呷绒尼措,
泽绒拉珍, 洛绒旦真) with short forms (色珍, 仁真他, 尼措她), a Han surname before a Tibetan given name (罗仁真, the
father's Han surname put in by the school) and the Han names of Tibetans (罗东升, 小卓); Uyghur given name + father's
name with and without the dot (再比布古丽·沙吾提, 买合木提·艾合坦木, 伊力夏提·买合木提, 伊力夏提买合木提,
米娜瓦尔·买合木提, 艾合坦木·喀斯木), short and fond forms (再比布大妈, 夏提, 夏提江, 米娜), a Han surname before a
Uyghur given name (柯米娜, after the mother's surname) and the stall keeper's local name (买老板); Yi names with the
clan name before the given name (吉克拉体, 吉克尔格, 沙马石各, 阿苏伍呷, 吉克莫色, 吉克以且他, 吉克子哈, 勒格石布,
俄木阿呷, 俄木尔哈, 沙马惹古老师), short forms (莫色, 子哈他) and the clan's first character used as a Han surname
(吉拉体, 吉以且, and the Han workmates' 老吉); Korean-Chinese names, category han (玄美淑, 池成勋, 卢福子 and
福子奶奶, 太恩惠, 全珍熙, 延美玉她, 禹明淑, 千英洙, 片东旭); Han names with common and rare surnames of the region
(鞠, 栾, 逄, 才, 能, 都, 党, 巩, 惠, 柯, 冀, 闫, 阮, 柏, 储, 庞, 屈, 柴, 鱼, 雷, 聂, 孔, 甘); surnames that are ordinary
words, directly after or before grammar words (找都主任, 都丽娟就, 能桂芝把, 跟和秋燕说, 跟和建业说, 才欣然才,
太恩惠太, 全珍熙全家, 柏小雨被, 陶也也), and given names with such characters (党有福, 柏有田, 冀有成, 阮永和,
储建能, 屈要强他, 孔要武, 郑还生还, 让雷文让); names that contain words (向小满, 向小雪, 鱼长江, 和建设, 雷满仓,
屈要强); titles and kin words after names (邵春玲老师, 琴善花老师, 程雪琴老师, 太史秋萍大夫, 左丘云飞律师,
再比布大妈, 福子奶奶; the span is the name only), a surname with only a title or kin word, annotated whole (白三哥,
都主任, 逄老师, 巩老师, 惠大姐, 买老板, 阮先生, 庞嫂, 余支书, 汪院长, 玄主任, 禹奶奶, 柴老师, 屈奶奶, 雷爷, 贾校长,
孔主任, 聂老汉), nicknames and local forms of address, annotated whole (老吉, 小卓, 小狮子, 满娃, 拴牢, 禾禾; 夏提江 is
minority); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, and a name closing
the last sentence (最该谢的是孔要武。); names spaced out character by character in half- and full-width spaces
(宝 音 古 楞, 呷　绒　尼　措, 吉　克　拉　体, 第 五 晓 云, 百　里　秀　清), dotted names with spaces around the dot
(再比布古丽 · 沙吾提, 米娜瓦尔 · 买合木提) and names split in two (哈日 朝克图, 韩　格根图雅, 仁真　多吉, 吉克 以且,
储文 博, 全珍 熙, 郑还 生); compound surnames after ordinary words (端木, 夏侯, 南宫, 呼延, 公冶, 欧阳, 澹台, 闻人,
申屠, 淳于, 第五, 太史, 独孤, 轩辕, 鲜于, 西门, 濮阳, 百里, 左丘 after 的/叫/实习生/同事/律师/心理医生); and
numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:都丽娟}}``, ``{{qq:58203716}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986tri.513429}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 律师, 大妈, 奶奶) and a particle,
pronoun or verb written directly after a name (说, 也, 她, 他, 就, 把, 被, 才, 太, 全家, 还) are outside the span; a
surname with only a title or kin word (白三哥, 都主任, 庞嫂, 雷爷, 聂老汉) and a nickname or local form of address
(老吉, 小卓, 小狮子, 满娃, 拴牢, 禾禾, 夏提江) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur, Yi
and Korean-Chinese people (白庆丰, 罗东升, 买老板, 老吉, 玄美淑) are category han; a Han surname before a non-Han
given name (韩格根图雅, 包图门, 罗仁真, 柯米娜, 吉拉体, 吉以且) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout113/make_holdout113.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(113_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181",
                   "187", "191"]

DOCS: dict[str, tuple[str, str]] = {}

# H889: Mongolian father from 前郭尔罗斯 who drives a coal truck out of 辽源 while his mother-in-law keeps his
# three children.
DOCS["H889"] = ("family", """\
访谈者：大哥，您这车一趟跑多远？
受访者：看活儿。近的拉到{{trap/place:梅河口}}，远的跑{{trap/place:沈阳}}。我叫{{minority/mongolian:哈日朝克图}}，老家{{trap/place:前郭尔罗斯}}的，驾驶证上的汉名是{{han:白庆丰}}，我在家排行老三，车队里都喊我{{han:白三哥}}。在{{trap/place:辽源}}拉煤拉了六年了。
访谈者：家里几口人？
受访者：仨孩子，还有孩子姥姥。孩子妈{{minority/mongolian:都日娜高娃}}前年尿毒症走的，透析了三年，把家底都透没了。丈母娘{{minority/mongolian:韩格根图雅}}从屯子里搬上来给我看孩子，六十八了，汉话说不利索，跟孩子们说蒙语。
访谈者：孩子们多大？
受访者：老大是闺女，{{minority/mongolian:诺敏达莱}}，十五，在{{school:辽源市第十一中学九年级（4）班}}，家里叫她{{minority/mongolian:达莱}}。老二小子{{minority/mongolian:宝音阿日斯楞}}十一，户口本上叫{{han:白子航}}，他姥姥管他叫{{han:小狮子}}，说他蒙古名里就有狮子，在{{school:龙山区寿山小学五年级（2）班}}。老三{{minority/mongolian:宝音古楞}}六岁，上幼儿园大班，姥姥叫她{{minority/mongolian:古楞}}。
访谈者：您常年在外跑车，家里靠谁？
受访者：全靠老太太。{{minority/mongolian:韩格根图雅}}她早上四点起来熬奶茶、蒸馒头，送完老三再去早市。老大也懂事，放学先接妹妹，晚上看着弟弟写作业。我一出车就是三四天，装车卸车都在夜里，跑一趟挣四五百，油钱过路费一扣剩不多。跑车的人不能沾{{trap/word:白酒}}，我戒了三年了。冬天最怕，辽源到梅河口那段山路一上冻就跟镜子似的，车上得挂防滑链，一挂就是一个钟头，手冻得没知觉。
访谈者：有人帮你们吗？
受访者：社区儿童主任{{han:都丽娟}}帮了大忙。我刚把家里情况一说，{{han:都丽娟}}就往街道报，三个孩子算困境儿童，每人每月{{trap/number:一千一百五}}。区民政局低保科的{{han:向晓东}}来家核过两回，说我跑车收入不固定，低保也批了。有啥事找{{han:都主任}}，她比我还上心。区社工站的{{compound:端木嘉禾}}每礼拜来一趟，跟着来的实习生{{compound:夏侯雪晴}}给{{minority/mongolian:宝音阿日斯楞}}他补数学。学校心理老师叫{{compound:南宫晓彤}}，{{minority/mongolian:诺敏达莱}}跟她说得上话。老二的班主任{{han:邵春玲}}老师隔两天就在微信上跟我说一回孩子的事。
访谈者：车队那边呢？
受访者：队长{{han:鞠海涛}}照顾我，长途活儿紧着别人，短途的给我，我好天天回家。同车的{{minority/mongolian:包图门乌力吉}}也是前郭的，我们俩倒班开夜车。{{minority/mongolian:包图门}}说，你得好好活着，你倒了仨孩子咋整。去年冬天在{{trap/place:龙首山}}下坡那段车打滑，差点进沟，是他跳下去往轮子底下塞的砖头。他媳妇{{minority/mongolian:白其其格玛}}也常过来帮老太太包饺子。
访谈者：孩子们想妈妈吗？
受访者：想。老三睡觉得攥着她妈的围巾，洗了都不让收。老大把她妈手机里的照片都存到自己手机上，一张不让删。老二不哭不闹，就是不爱说话，老师说他上课老走神。有一回他把作文本给我看，题目是《我的妈妈》，就写了一句：我妈妈在天上开大车。我在车里坐了半宿没睡。孩子妈活着的时候，跟我跑过两年车，给我在驾驶楼里煮方便面，说等攒够钱就回前郭买群羊。羊没买成，她先走了。
访谈者：过年过节呢？
受访者：过年回前郭，带孩子去{{trap/place:查干湖}}看{{trap/word:冬捕}}。老太太做{{trap/minority_word:奶豆腐}}，我拉两下{{trap/minority_word:四胡}}。夏天赶上{{trap/minority_word:祭敖包}}，老二跟着大人转敖包，回来问我{{trap/famous:成吉思汗}}是不是咱家亲戚。
访谈者：跑车最难的是什么？
受访者：最难是夜里犯困。过了半夜两点眼皮就打架，我就给家里打电话，老太太不会用视频，就开着免提，让{{minority/mongolian:古楞}}给我唱蒙古歌，唱着唱着她睡着了，我也就到地方了。老太太的腰也不好，去年冬天在楼道里摔了一跤，三天没下来床，是老大请假在家做的饭。我那回在沈阳卸货，急得一宿没合眼，卸完车连夜往回赶。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:前郭尔罗斯蒙古族自治县查干花镇敖力套嘎查二组7号}}，这边租的房在{{address:龙山区北寿街道福兴小区4栋2单元501室}}。我身份证{{id_number@my1983spaced.220721}}，老三的{{id_number@wy2019.220402}}。我电话{{mobile@s434}}，{{han:都丽娟}}的{{mobile@hyphen}}。{{minority/mongolian:达莱}}有微信，叫{{wechat:nuomin_dalai09}}。老二的QQ是他念、我拿笔记在驾驶证皮套里的：{{qq:58203716}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。困境儿童的表上老三是{{spaced:宝 音 古 楞}}，低保表上我是{{spaced:哈日 朝克图}}，孩子妈的死亡证明写成{{spaced:都 日 娜 高 娃}}，老太太成了{{spaced:韩　格根图雅}}。
访谈者：您最盼啥？
受访者：盼仨孩子都念出书来，别再跟煤打交道。也盼老太太身子骨硬朗，再帮我撑几年。等老三上了小学，我想换个短途的活儿，天天能回家吃口热乎饭。
""")

# H890: Tibetan mother from 色达 (甘孜) who works in a 辽源 sock factory; her husband, a monk turned trucker, left.
DOCS["H890"] = ("family", """\
访谈者：阿佳，您在袜子厂干几年了？
受访者：四年了，在{{trap/org:袜业园}}一家厂子缝袜头。我叫{{minority/tibetan:泽让色珍}}，{{trap/place:甘孜}}{{trap/place:色达}}人。厂里姐妹叫不惯藏名，有的叫我{{minority/tibetan:色珍}}，有的叫我{{han:小卓}}，是老板娘给起的。
访谈者：怎么从色达到辽源来了？
受访者：跟孩子他爸来的。他叫{{minority/tibetan:土登曲扎}}，十几岁在{{trap/org:五明佛学院}}出家，二十五岁还了俗去跑大车，在{{trap/place:成都}}认识的我。后来他跟辽源一个车老板跑东北线，把我们娘仨接了过来。跑车时他用汉名{{han:罗东升}}，办证、贷款都用这个名。
访谈者：他现在呢？
受访者：前年走了，说回色达看他阿妈，再没回来。有人说他又回庙里了，有人说他在{{trap/place:那曲}}跟了别的女人。电话停了，微信把我删了。{{han:罗东升}}欠的车贷，银行的人还上门找过我。我说我不识几个汉字，贷款合同上没有我的名，他们才走。那一年我瘦了十几斤，晚上抱着孩子哭，白天照样去厂里上班，不上班就没饭吃。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:仁真多吉}}十二，在{{school:西安区灯塔小学六年级（1）班}}。学校系统要填姓，老师照他爸的汉名给写成了{{minority/tibetan:罗仁真}}，同学叫他{{minority/tibetan:仁真}}。女儿{{minority/tibetan:呷绒尼措}}七岁，在{{school:西安区仙城小学一年级（3）班}}，我叫她{{minority/tibetan:尼措}}。{{minority/tibetan:尼措}}她爱唱歌，学校联欢会上跳了一段{{trap/minority_word:锅庄}}。
访谈者：谁帮着您？
受访者：社区的儿童主任{{han:能桂芝}}，姓能，{{trap/word:能干}}的能。{{han:能桂芝}}把两个孩子报成事实无人抚养儿童，一个每月{{trap/number:一千二百六}}，又帮我办了低保。厂里老板{{han:栾德才}}让我只上白班，晚上能回家。线长{{han:才秀梅}}教我踩机器，她老家在{{trap/place:东辽}}，星期天叫我去她家吃酸菜。同线的{{han:和秋燕}}跟我最好，孩子放学没人接，就跟{{han:和秋燕}}说一声，她让她儿子一块儿接了。
访谈者：学校那边呢？
受访者：儿子的班主任{{han:逄老师}}，这个姓我认了半年才会念。她给儿子申请了午餐补助，还把她女儿穿小的羽绒服拿来给{{minority/tibetan:尼措}}。区社工站的{{compound:呼延飞燕}}每个月来家访，她同事{{compound:公冶思远}}带孩子们去{{trap/place:鴜鹭湖}}划过船。厂里工会的{{compound:欧阳韶华}}过年给我们送了米面油，还给儿子报了一个免费的书法班。儿子的汉字写得比我好多了，他现在帮我填表、看短信。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/tibetan:泽绒拉珍}}在色达放牦牛，七十了。哥哥{{minority/tibetan:洛绒旦真}}在县城开车。阿妈每年托人捎{{trap/minority_word:糌粑}}和{{trap/minority_word:曲拉}}来，孩子们说比辽源的饼干香。我三年没回去了，来回的路费够我们娘仨吃两个月。阿妈在视频里老问我，冷不冷，吃得惯吗。我都说好，其实头一个冬天，两个孩子轮着感冒，我背着女儿、拉着儿子去社区医院，雪没到膝盖。
访谈者：孩子们想爸爸吗？
受访者：儿子不提，女儿老问。我给她讲{{trap/famous:格萨尔王}}的故事，说阿爸去远地方打仗了。{{minority/tibetan:仁真}}他懂事，过年把压岁钱塞给我，说阿妈你买双棉鞋。{{minority/tibetan:土登曲扎}}要是知道儿子这么懂事，不知道会不会后悔。
访谈者：您自己呢？
受访者：东北冷，头一年冬天手冻裂了口子，缝袜头的线一勒就出血。计件，一天缝两千多双，一个月三千出头。机器声音大，下班以后耳朵还嗡嗡响。旺季的时候要加班到夜里十点，孩子们就在厂门口的小卖部写作业，老板娘给他们一人一根火腿肠。夜里想家，想色达山坡上的红房子。可孩子在这边上学，回去又没有地，只能熬着。我跟儿子说，你好好念书，以后当老师，回色达教娃娃们汉语。他说他要当大车司机，跟他爸一样。我听了半天说不出话。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:西安区东山街道灯塔社区7栋3单元302室}}，老家在{{address:色达县洛若镇然充村三组15号}}。我身份证{{id_number@wy1989hyphen.513333}}，儿子的{{id_number@my2012fw.513333}}。我电话{{mobile@spaced}}，{{han:能桂芝}}的{{mobile@plus86}}。我的微信是{{wechat:sezhen_seda1989}}。儿子的QQ，他用全角数字打在我手机备忘录里：{{qq:２９４６１０８５７}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:泽 让 色 珍}}，儿子在学籍上是{{spaced:仁真　多吉}}，女儿的医保卡上是{{spaced:呷　绒　尼　措}}，他爸的名字在离婚起诉书上写成{{spaced:土登 曲扎}}。
访谈者：最后还想说什么？
受访者：想谢谢厂里的姐妹。我在这儿没亲人，她们就是亲人。有事我就找{{han:才秀梅}}。
""")

# H891: Uyghur grandmother from 伊宁 raising two grandchildren in 商州, where her son had a raisin stall before he
# was jailed.
DOCS["H891"] = ("family", """\
访谈者：{{trap/minority_word:阿娜}}，您来商州几年了？
受访者：六年了。那时候儿子摊子忙，儿媳妇要上班，叫我来帮着看娃，谁知道一看就看成了这样。我叫{{minority/uyghur:再比布古丽·沙吾提}}，{{trap/place:伊宁}}人。街坊们叫不全，叫我{{minority/uyghur:再比布}}大妈。我儿子{{minority/uyghur:买合木提·艾合坦木}}在{{trap/place:商州}}北新街摆干果摊，卖{{trap/place:吐鲁番}}的葡萄干、巴旦木，这边人都叫他{{han:买老板}}。
访谈者：他现在呢？
受访者：前年跟人为摊位吵架，动了刀，把人捅伤了，判了五年。他脾气急，可心不坏，出事前一年，摊子上挣的钱都拿去给这两个娃报了补习班。他在里头写信说对不起我，信是用汉字写的，我看不懂，是孙子念给我听的，念到一半孙子不念了，跑到外面去了。儿媳妇{{han:柯秀娥}}是商州本地人，出事半年就走了，去了{{trap/place:西安}}，再没回来。
访谈者：孙子孙女多大？
受访者：孙子{{minority/uyghur:伊力夏提·买合木提}}十二岁，在{{school:商州区西关小学六年级（2）班}}，学校名单上没有点，写成{{minority/uyghur:伊力夏提买合木提}}。同学们叫他{{minority/uyghur:夏提}}，我叫他{{minority/uyghur:夏提江}}。孙女{{minority/uyghur:米娜瓦尔·买合木提}}八岁，在{{school:商州区北新街小学二年级（4）班}}，我叫她{{minority/uyghur:米娜}}。她外婆那边叫她{{minority/uyghur:柯米娜}}，跟她妈的姓。
访谈者：您一个人带两个娃，难不难？
受访者：难。我汉话说得不好，去学校开家长会听不懂，孙子给我翻。我老汉{{minority/uyghur:艾合坦木·喀斯木}}十年前就没了，伊宁的房子租出去，一个月八百块，是我一点收入。摊子我撑不起来，租给了别人。每天早上我五点起来烧茶、和面，送娃上学，回来洗衣裳。下午去菜市场捡人家不要的菜叶子，回来挑一挑还能吃。娃们正长身体，肉不能断，我自己少吃一口。
访谈者：谁在帮您？
受访者：社区儿童主任{{han:向春燕}}，一个热心人。{{han:向春燕}}跑了好几趟，给两个娃报了服刑人员子女补助，每人每月{{trap/number:九百八十元}}，我也吃上了低保。街道民政的{{han:党有福}}还给我弄了一袋面一桶油。娃的班主任{{han:巩老师}}让{{minority/uyghur:夏提}}在学校吃午饭，不要钱。区里社工站的{{compound:澹台雪凝}}每个礼拜来，教{{minority/uyghur:米娜}}写拼音。法律援助的律师{{compound:闻人瑾瑜}}帮我问过减刑的事。
访谈者：去监狱看过儿子吗？
受访者：去过两回，在{{trap/place:渭南}}。监狱管教{{han:吕卫国}}人好，让我多说了十分钟。{{minority/uyghur:买合木提·艾合坦木}}瘦了，胡子刮了，隔着玻璃叫我阿娜，我说不出话来。回来的路上，孙子一路没说话，到了家才问我，他爸出来的时候他多大。我掰着手指头算给他听，他说那时候他都上高中了。
访谈者：这边吃饭习惯吗？
受访者：自己做。我做{{trap/minority_word:抓饭}}、打{{trap/minority_word:馕}}，邻居都来要。{{trap/minority_word:古尔邦节}}那天，我给整栋楼每家送一个馕。楼下的{{han:惠大姐}}回我一碗{{trap/word:党参}}炖鸡，说给娃补身子。娃们爱听我讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:夏提}}还会弹两下{{trap/minority_word:都塔尔}}，是他爸教的。
访谈者：孩子们怎么样？
受访者：{{minority/uyghur:夏提江}}脾气倔，有人说他爸是劳改犯，他就跟人打架。{{han:巩老师}}把他叫去谈了一下午，他回来哭了。孙女乖，就是夜里做梦喊妈妈。我想把他们带回伊宁，可户口、学籍都在这边，他爸出来也要回这边。再说娃们在这边长大，说的是商州话，回伊宁反倒不习惯了。孙子跟我说，奶奶，我是新疆人，也是商州人。我听了又高兴又难受。
访谈者：登记信息请您说一下。
受访者：我们住{{address:商州区城关街道北新街东巷9号2楼}}，伊宁的房子在{{address:伊宁市解放路街道阿依墩巷14号}}。我身份证{{id_number@wold.654002}}，孙子的{{id_number@my2012quad.611002}}。我电话{{mobile@h38}}，{{han:向春燕}}的{{mobile@s74}}。{{han:向春燕}}的微信是{{wechat:xiangcy_shangzhou}}。孙子有QQ，他在学校电脑课上申请的，号码抄在他的语文书皮上：{{qq:3051874629}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:再比布古丽 · 沙吾提}}，孙子在补助名单上是{{spaced:伊 力 夏 提}}，孙女是{{spaced:米娜瓦尔 · 买合木提}}，儿子的判决书上倒是对的，可社区的表上写成了{{spaced:买合木提 艾合坦木}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，盼两个娃好好念书。我这辈子没念过书，娃们不能像我。等儿子出来，我就回伊宁，那边还有我老姐妹，还有我老汉的坟。
""")

# H892: Yi father from 布拖 (凉山) working in a 商洛 mine; his children are with his clan relatives.
DOCS["H892"] = ("family", """\
访谈者：老哥，您在矿上做啥活？
受访者：井下开铲车，以前打过钻、放过炮。我叫{{minority/yi:吉克拉体}}，{{trap/place:凉山}}{{trap/place:布拖}}人。矿上工资表上写的是{{minority/yi:吉拉体}}，汉族工友都叫我{{han:老吉}}。来{{trap/place:商洛}}四年了，在{{trap/place:柞水}}山里一个铅锌矿。
访谈者：孩子们在哪儿？
受访者：在老家，跟我们{{trap/minority_word:家支}}的人。我哥{{minority/yi:吉克尔格}}和嫂子{{minority/yi:沙马石各}}带着。孩子妈{{minority/yi:阿苏伍呷}}三年前去{{trap/place:西昌}}打工，跟了别人，离婚手续都没办。三个娃：大女儿{{minority/yi:吉克莫色}}十三，在{{school:布拖县民族中学七年级（5）班}}住校。大儿子{{minority/yi:吉克以且}}十岁，学校登记成{{minority/yi:吉以且}}，在{{school:特木里镇中心小学四年级（2）班}}。小儿子{{minority/yi:吉克子哈}}五岁，在村里的幼教点，{{minority/yi:子哈}}他还不会说汉话。村里的幼教点是前几年办起来的，娃娃们在那儿学普通话、吃午饭，一分钱不要，这是我最放心的一件事。
访谈者：哥嫂家里怎么样？
受访者：我哥自己也有四个娃，种洋芋、荞子，养几只羊。{{minority/yi:沙马石各}}她一个人喂八张嘴，天不亮就去背水。我每月寄两千回去，哥说够了，我知道不够。山上冷，娃娃们冬天穿的是我哥家大娃穿剩的，鞋子露脚指头。去年县里给每个娃发了一套棉衣棉鞋，我看了视频才放心一点。
访谈者：谁在帮着这些娃娃？
受访者：村里的儿童主任{{minority/yi:勒格石布}}，我从小的伙伴。{{minority/yi:勒格石布}}把三个娃报成事实无人抚养儿童，每个月{{trap/number:一千三百二}}，直接打到我哥卡上。乡里的民政助理{{minority/yi:俄木阿呷}}上门核过两回。驻村第一书记{{han:冉志刚}}是{{trap/place:成都}}来的，给大女儿找了一个资助人，是{{trap/place:杭州}}的一位退休老师，每学期寄一千块钱和一箱书。{{minority/yi:莫色}}的班主任{{minority/yi:沙马惹古}}老师每周给我发语音，讲她在学校的事，说她作文写得好，写的是火塘。
访谈者：矿上呢？
受访者：井下潮，一天下去十个钟头，上来的时候满脸黑，只看得见眼睛。工资按月结，一个月七千多，比在老家强多了。矿长{{han:闫保平}}知道我家情况，过年放我半个月假。安全员{{han:冀有成}}天天念叨，下井前让我把娃娃的照片揣兜里，说想着娃就不会大意。同来的{{minority/yi:俄木尔哈}}也是布拖的，我们俩住一个工棚。晚上下了班，我们用彝话摆龙门阵，说老家的事，说谁家娃考上了大学，谁家的羊被狼叼了。说着说着就想家，他就拿出手机放{{trap/minority_word:朵洛荷}}的歌。县社工站的{{compound:申屠晓岚}}来矿上搞过活动，跟她来的{{compound:淳于海燕}}教我们这些外地矿工怎么跟留守的娃视频。
访谈者：您多久回一次家？
受访者：一年一回，过{{trap/minority_word:彝族年}}的时候，{{trap/minority_word:火把节}}回不去。上回回去，{{minority/yi:吉克以且}}他不认我，躲在他伯伯身后。我带了商洛的核桃、柿饼，嫂子杀了一只鸡，做了{{trap/minority_word:坨坨肉}}。晚上我弹{{trap/minority_word:口弦}}，{{minority/yi:子哈}}趴在我腿上睡着了。{{trap/minority_word:阿普}}在火塘边讲{{trap/famous:支格阿鲁}}射太阳的故事，娃娃们听得眼睛都不眨。
访谈者：您跟娃娃们怎么联系？
受访者：每个礼拜天晚上视频，我哥家有一部智能手机，信号要爬到房后头的坡上才有。大女儿懂事，每回都先问我吃饭没有、下井怕不怕。大儿子话少，问他啥都说好。小的就对着手机喊{{trap/minority_word:阿达}}，喊完就跑去玩了。有时候一个月里有两回矿上加班，视频错过了，我一晚上睡不踏实。
访谈者：孩子妈妈还联系吗？
受访者：不联系了。大女儿给她打过电话，她说过两年来接，后来就不接电话了。我不怪她，我们那边穷，她年轻。娃娃们问，我就说{{trap/minority_word:阿嫫}}在外头挣钱。
访谈者：登记信息请您说一下。
受访者：老家在{{address:布拖县特木里镇瓦都村三组12号}}，这边住{{address:柞水县小岭镇金米村铅锌矿工棚3排7号}}。我身份证{{id_number@my1986tri.513429}}，{{minority/yi:吉克莫色}}的{{id_number@wy2012x.513429}}。我电话{{mobile@p86h}}，{{minority/yi:勒格石布}}的{{mobile@plain}}。我微信叫{{wechat:jike_lati1986}}。{{minority/yi:莫色}}在学校有QQ，号码她用语音一个一个念给我，我写在安全帽里头：{{qq:1865027439}}。工友{{han:蔺根锁}}帮我存进手机里了。
访谈者：名字在表上写得对吗？
受访者：对不上。补助名单上大女儿是{{spaced:吉 克 莫 色}}，儿子是{{spaced:吉克 以且}}，嫂子成了{{spaced:沙 马 石 各}}，我在矿上的花名册上是{{spaced:吉　克　拉　体}}。
访谈者：最后您想说什么？
受访者：想多挣几年钱，回布拖盖个房子，把娃娃接到一起住。矿上的活不能干一辈子，肺要紧。我们村好几个在外头挖矿的，回去就咳嗽，爬不了坡。到时候我在县城开个小卖部，娃娃放学能看见我，就够了。
""")

# H893: Han village doctor in 镇安 who sees the children of four broken families.
DOCS["H893"] = ("staff", """\
访谈者：阮大夫，您在这个村卫生室干多少年了？
受访者：二十六年了，我爹以前也是这个村的赤脚医生。我叫{{han:阮永和}}，{{trap/place:镇安}}本地人，村里老辈人还叫我{{han:阮先生}}。我们这儿在{{trap/place:秦岭}}南坡，四百多户，年轻人都出去了。今天说的四家，家都散了，娃娃们常到我这儿来，头疼脑热的，也有来哭的。
访谈者：您一家一家说。
受访者：头一家姓向。{{han:向长顺}}前年在外头的矿上出了事，人没了，媳妇改嫁到{{trap/place:安康}}，撇下两个女娃，大的{{han:向小满}}十二，小的{{han:向小雪}}八岁，都是照节气起的名。跟奶奶{{han:贾桂兰}}过。{{han:贾桂兰}}她有高血压、糖尿病，每月到我这儿拿药。村里人叫大女娃{{han:满娃}}，{{han:满娃}}会给奶奶量血压、打胰岛素，比我带过的徒弟还细心。
访谈者：第二家呢？
受访者：第二家姓和。{{han:和建设}}两口子离了婚，都去了{{trap/place:西安}}，各自成了家，谁也不管娃。娃叫{{han:和亚楠}}，十一岁，跟他三爸{{han:和建业}}过。我去跟{{han:和建业}}说过，娃瘦得很，得补营养，他说他家也紧。他三爸人不坏，就是自己也有三个娃，一家老小靠他在镇上打零工，顾了这头顾不了那头。{{han:和亚楠}}有哮喘，一到秋天就犯，夜里他三爸背着他来敲我的门，我披上衣裳就起来。
访谈者：第三家？
受访者：第三家姓柏。{{han:柏有田}}偷砍山上的{{trap/word:柏树}}去卖，判了三年，还在里头。媳妇{{han:庞秀琴}}精神上有病，时好时坏，犯病的时候打娃。村里的女人都叫她{{han:庞嫂}}，平时见了都帮一把。娃叫{{han:柏小雨}}，七岁。{{han:柏小雨}}被她妈打了也不跑，身上常带着青一块紫一块，我给她擦药，她一声不吭。{{han:柏小雨}}跟我说，她妈不犯病的时候给她梳头，梳得可好看了。
访谈者：第四家？
受访者：第四家姓储。{{han:储建能}}在石料厂被机器轧断了一条腿，二级残疾，媳妇前年得病走了。儿子小名{{han:拴牢}}，大名{{han:储文博}}，九岁，爷俩靠残疾人两项补贴和低保过。{{han:拴牢}}放了学就上山挖{{trap/word:柴胡}}，攒够一斤拿到镇上卖，给他爸买止疼片。他爸的腿一到阴天就疼，疼得整夜睡不着，娃就给他揉，揉到半夜。我去他家换药，看见娃趴在床边上睡着了，手还搭在他爸腿上。
访谈者：谁在管这些娃？
受访者：村支书{{han:余德厚}}，村里的儿童主任也是他兼着，有事我就给{{han:余支书}}打电话。镇卫生院的{{han:汪院长}}每季度派人下来给娃们体检。镇社工站的{{compound:第五晓云}}常来，{{compound:第五晓云}}说她这个姓全县就她一家。县医院儿科的{{compound:太史秋萍}}大夫每年下乡义诊，给{{han:和亚楠}}换了哮喘的药。向家两个娃按事实无人抚养报上去了，每人每月{{trap/number:一千三百五十元}}；柏家、储家是低保加困境儿童补贴。县{{trap/org:民政局}}的{{han:邝建平}}下来核过一回，说我们村材料最齐。
访谈者：您自己怎么看这些娃？
受访者：心疼。当大夫的，病能看，家散了看不了。娃娃们最缺的不是药，是有人疼。有的娃来卫生室，其实没病，就是想有个大人跟他说说话。我能做的就是药费能免的免，娃来了给口热饭，给他们说说话。我媳妇{{han:毛凤兰}}也心软，{{han:向小雪}}上回发烧在我家睡了两夜。
访谈者：镇上、县上对这些娃有啥安排？
受访者：每年开学前，镇上给困境儿童一人发一个书包、一套文具；暑假县里办夏令营，去年{{han:向小满}}和{{han:柏小雨}}都去了，回来说住的是宾馆，吃饭有肉有鱼。我跟镇上提过，能不能在村里办个儿童之家，放学后有人看着娃写作业。{{han:余支书}}说在跑，房子有了，就是缺人。我说我可以每礼拜去两个下午，给娃们讲讲卫生常识、怎么防溺水、怎么防蛇咬。
访谈者：登记信息请您说一下。
受访者：向家在{{address:镇安县云盖寺镇西华村五组16号}}，储家在{{address:镇安县云盖寺镇西华村二组3号}}。{{han:向小满}}的身份证{{id_number@wy2013spaced.611025}}，{{han:储建能}}的{{id_number@m.611025}}。我电话{{mobile@plain}}，{{han:余德厚}}的{{mobile@plus86dash}}。我的微信{{wechat:ruanyh_cunyi1972}}，娃们的家长有事就在上面找我。{{han:和亚楠}}爱打游戏，有个QQ，号码是他用我处方笺写的：{{qq:704518293}}。
访谈者：名字在表上写得对吗？
受访者：有错的。体检表上{{spaced:向 小 满}}，{{spaced:和　亚　楠}}，{{spaced:储文 博}}，社工站把他们自己人也写成了{{spaced:第 五 晓 云}}。
访谈者：最后您想说什么？
受访者：盼这四家娃都平平安安长大。我老了，这摊子将来得有人接。
""")

# H894: Korean-Chinese (朝鲜族) community worker in 东丰 reading out her list of children in distress.
DOCS["H894"] = ("staff", """\
访谈者：{{han:玄主任}}，您今天带来的是什么？
受访者：我们社区的困境儿童名单。我叫{{han:玄美淑}}，朝鲜族，在{{trap/place:东丰}}镇上的社区当儿童主任，兼着民政协理员。我们这儿朝鲜族多，年轻人十个有七个去了韩国，有的去了就不回来了，剩下老人带孩子。名单上九个孩子，今天我念五户。
访谈者：好，您念。
受访者：第一户，{{han:池成勋}}，男，十岁，{{school:东丰县朝鲜族小学四年级（1）班}}。爸妈都在{{trap/place:韩国}}打工，五年没回来，前年起电话也打不通了，我们按事实无人抚养报的。跟奶奶{{han:卢福子}}过，老太太八十一，大伙都叫她{{han:福子}}奶奶。住{{address:东丰县东丰镇朝阳社区兴隆街17号}}，孩子身份证{{id_number@my2015hyphen.220421}}。
访谈者：第二户？
受访者：第二户，{{han:太恩惠}}，女，十三。爸爸喝酒喝没了，妈妈去{{trap/place:首尔}}再嫁了。跟小姑{{han:太美兰}}过。{{han:太恩惠}}太内向了，在学校一天说不上三句话。班主任{{han:琴善花}}老师让她管图书角，她才慢慢跟同学说话。小姑在饭店洗碗，电话{{mobile@fws}}。她自己也没结婚，挣的钱一半给孩子交补课费。我劝她别太苦着自己，她说哥就这么一个闺女，不能让人说太家没人了。
访谈者：第三户？
受访者：第三户是汉族，{{han:才欣然}}，女，八岁。爸爸{{han:才宝林}}开赌局判了四年，妈妈跑了。跟爷爷奶奶过，爷爷养了十几头{{trap/word:梅花鹿}}，割鹿茸卖。{{han:才欣然}}才上二年级，就会自己做饭了。她爸在监狱里给她写信，一封信写了三页纸，都是对不起。孩子看完把信压在枕头底下，谁也不让看。住{{address:东丰县东丰镇福康社区安民胡同6号}}。
访谈者：第四户？
受访者：第四户，{{han:全珍熙}}，男，十一，朝鲜族。妈妈{{han:延美玉}}是聋哑人，爸爸{{han:全哲浩}}在工地摔坏了腰。{{han:全珍熙}}全家就靠两口子的残疾人两项补贴和低保过，孩子还有困境儿童补贴，每月{{trap/number:七百八十元}}。{{han:延美玉}}她手巧，做{{trap/minority_word:打糕}}、腌{{trap/minority_word:辣白菜}}，我帮她在网上卖。
访谈者：第五户？
受访者：第五户，{{han:南恩惠}}，女，六岁。妈妈生她的时候没了，爸爸去了{{trap/place:延边}}，再没消息。跟外婆{{han:禹明淑}}过，外婆七十六，腿脚不好。我们叫她{{han:禹奶奶}}，{{han:禹奶奶}}一直问我，她要是走了孩子咋办。我跟她说，有社区，有政府。老太太不放心，非要把孩子的出生证、户口本都交给我保管，说她哪天要是一睡不醒，让我拿着这些去给孩子办手续。我收着呢，锁在办公室的柜子里。
访谈者：谁跟您一起跑这些户？
受访者：县{{trap/org:民政局}}儿童福利股的{{han:片东旭}}，每季度下来一回。镇社工站的{{compound:独孤静茹}}，她同事{{compound:轩辕思齐}}给孩子们做团体辅导，还有县医院的心理医生{{compound:鲜于子健}}，每个月来一回，给几个不爱说话的孩子做个别辅导。学校那边{{han:琴善花}}老师最上心。社区书记{{han:千英洙}}批经费从来不打折扣。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:秋夕}}的时候，社区给每户送米糕和苹果梨。春天我们带孩子们去{{trap/word:南山}}野餐，{{han:池成勋}}给奶奶摘了一大把。孩子们管老太太们都叫{{trap/minority_word:阿妈妮}}，不管是谁家的。我们社区的人都{{trap/word:朴素}}，谁家有难处大家凑钱。
访谈者：孩子们平时都干些什么？
受访者：放了学都到社区的儿童之家来，写作业、画画、打乒乓球。有个退休的老教师，每礼拜三来教孩子们写毛笔字。孩子们画的{{trap/word:农民画}}还在县里展过，{{han:池成勋}}画的是他奶奶在院子里晒辣椒。
访谈者：名单上的名字写法一样吗？
受访者：不一样。县里的表上是{{spaced:池 成 勋}}、{{spaced:太　恩　惠}}、{{spaced:全珍 熙}}，我自己在培训名单上成了{{spaced:玄 美 淑}}。
访谈者：登记信息还有别的吗？
受访者：{{han:卢福子}}的身份证{{id_number@wy1944.220421}}，{{han:全珍熙}}的{{id_number@my2014fwhyphen.220421}}。我电话{{mobile@p86n}}，{{han:片东旭}}的{{mobile@s38}}。我的微信{{wechat:xuanms_dongfeng}}。{{han:太恩惠}}有个QQ，说是跟韩国的表姐聊天用，号码是：{{qq:2608419735}}。
访谈者：最后您想说什么？
受访者：我干这个七年了，最难的是联系不上的家长。在韩国的爸妈，换了手机号就找不着了，我们托大使馆、托老乡，有的找了两年才找到。找到了，有的愿意寄钱，有的说自己也难。我不怪他们，出去的人也苦。我只盼孩子们别觉得自己是没人要的。希望这五个孩子都能念完书。{{han:禹奶奶}}的事，我一直放在心上。
""")

# H895: Han middle-school class teacher in 丹凤 who keeps in touch with her pupils and their families on WeChat and QQ.
DOCS["H895"] = ("teacher", """\
访谈者：{{han:柴老师}}，您带的是哪个班？
受访者：{{school:丹凤县第二中学八年级（3）班}}。我叫{{han:柴雅琴}}，教数学，当班主任七年了。{{trap/place:丹凤}}这地方，娃娃的爸妈大多在外头打工，班上五十一个学生，留守的三十多个。真正难的有四个，我一个一个说。
访谈者：好。
受访者：第一个{{han:屈要强}}，名字是他爷起的，就盼他要强。他爸在{{trap/place:丹江}}里电鱼，触电没了；他妈{{han:邹红霞}}去了{{trap/place:浙江}}的鞋厂，一年回来一次。娃跟奶奶过，我们都叫她{{han:屈奶奶}}。{{han:屈要强}}他白天不吭声，晚上在QQ上跟我说话，他的Q号是{{qq:46092718}}。有一回夜里十一点，他发来一句“老师，我想我爸”，我跟他聊到一点多，第二天早上看他来上学，才放下心。他妈的微信{{wechat:zouhongxia_zj}}，我每礼拜跟她说一回娃的情况。
访谈者：第二个呢？
受访者：第二个{{han:陶也}}，女娃。爸爸{{han:陶建军}}酒驾撞死了人，判了六年，妈妈改嫁了。{{han:陶也}}也是懂事得叫人心疼，跟着大伯过，每天早上五点起来给一家人做饭。大伯家三个娃，她是老大，洗衣裳、喂猪都是她的。有同学说她爸是杀人犯，她不哭不闹，回家在作文里写：我爸不是坏人，他做了错事。大伯{{han:陶建华}}识字不多，不用微信，我都是打电话，{{mobile@s38}}。{{han:陶也}}自己有个QQ，是我帮她申请的，扣扣号{{qq:１３７５０２９８４６}}，她说写作文写到半夜，就发给我看。
访谈者：第三个？
受访者：第三个{{han:雷文让}}，男娃，爸妈离了婚，都不管，跟爷爷{{han:雷满仓}}过。娃调皮，上课捣乱，我就让{{han:雷文让}}当了劳动委员，给他找点事干，他现在扫地扫得全班最干净。他爷叫{{han:雷爷}}，村里都这么叫，七十多了，上回下{{trap/word:雷阵雨}}，老汉打着伞走了十里路来开家长会。雷家住{{address:丹凤县棣花镇万湾村四组21号}}。
访谈者：第四个？
受访者：第四个{{han:鱼春晓}}，女娃，爸爸{{han:鱼长江}}小时候得过小儿麻痹，拄拐；妈妈智力残疾。家里拿残疾人两项补贴和低保。{{han:鱼春晓}}成绩全班第一，她弟弟{{han:鱼春阳}}在{{school:丹凤县龙驹寨小学三年级（1）班}}，放学她先接弟弟。她家门口长满了{{trap/word:鱼腥草}}，她奶奶挖了拿到集上卖。她爸的微信{{wechat:yuchangjiang1978}}，发的都是语音，一条六十秒。
访谈者：学校怎么帮这些娃？
受访者：{{han:贾校长}}定了规矩，每个困难娃配一个老师，每学期家访两次，期中、期末各写一份情况报告。学校食堂给这几个娃免了伙食费，冬天还发了羽绒服。心理老师是新来的{{compound:西门婉清}}，每周给他们上一回团体课。县社工站的{{compound:濮阳志远}}常来，带娃们去{{trap/place:棣花古镇}}看过{{trap/famous:贾平凹}}的老家，娃们回来都说要当作家。我给他们讲{{trap/famous:商山四皓}}，说咱商洛的山里出过能人。有事也可以打{{trap/hotline:12355}}。
访谈者：您跟家长联系多吗？
受访者：多。我有个班级群，可这几家的大人多半不在群里，只能一个一个加。爷爷奶奶辈的多半不会用手机，我就周末去家访，一趟一趟跑，骑电动车，一个村一个村地走，远的要走四十分钟山路。{{han:邹红霞}}在厂里上夜班，她半夜两点回我消息。{{han:陶建军}}在监狱里，每个月能打一次亲情电话，他托监狱的干警给我写过一封信，说谢谢{{han:柴老师}}。我自己的微信是{{wechat:chaiyq_danfeng}}，QQ是{{qq:2871305649}}，家长们找我都找得到。
访谈者：这几个娃现在最缺的是啥？
受访者：缺大人陪。钱的事，低保、补助、助学金，政策都有，慢慢都办下来了。可娃娃晚上回家，屋里没人说话，作业不会也没人问。我跟学校申请了晚自习延长到九点，这几个娃可以在教室写完再走，我陪着。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金表上是{{spaced:屈 要 强}}、{{spaced:鱼　春　晓}}、{{spaced:陶 也}}，县里培训的通知上把心理老师写成了{{spaced:西 门 婉 清}}。
访谈者：登记信息呢？
受访者：{{han:陶也}}的身份证{{id_number@wy2010.611022}}，我的电话{{mobile@plus86spaced}}。
访谈者：最后您想说什么？
受访者：盼他们都能念完高中。去年毕业的一个娃，也是留守的，考上了{{trap/place:西安}}的高中，开学前给我寄了一包他家晒的柿饼。我把这事讲给这四个娃听，跟他们说，路能走出去。我自己也是留守娃，我爸妈在山西挖煤，我跟我婆长大的。我知道半夜想妈是啥滋味，所以这几个娃的事，我不能不管。
""")

# H896: Han grandfather in 山阳 raising his orphaned granddaughter.
DOCS["H896"] = ("family", """\
访谈者：老伯，您孙女多大了？
受访者：十岁了。我叫{{han:郑还生}}，今年六十九，{{trap/place:山阳}}{{trap/place:漫川关}}人。我娘生我时难产，差点没活过来，我爹说这是捡回来的一条命，就把“还”字放进了名字里。孙女叫{{han:郑雨禾}}，我们叫她{{han:禾禾}}，在{{school:山阳县城关第二小学四年级（3）班}}。
访谈者：孩子的爸妈呢？
受访者：都没了。儿子{{han:郑建峰}}在外头修隧道，前年塌方，压在里头了。那天是腊月十六，他还在电话里说，过年给娃买个电子琴。电话是工地上的人打来的，我一个字没听明白，是隔壁的后生接过去听的。儿媳妇{{han:聂秋菊}}白血病，去年春上走的，治病把赔的钱花得差不多了。老伴走得早，家里就我跟{{han:禾禾}}。她妈住院那半年，我一个人在家带娃，娃哭着要妈，我就背着她在院子里转，转到她睡着。
访谈者：现在生活靠什么？
受访者：{{han:禾禾}}是孤儿，有孤儿基本生活费，每月{{trap/number:一千五百四}}，县{{trap/org:民政局}}直接打到卡上。我有低保，种两亩地，养一头猪。村主任{{han:孔要武}}帮我跑的手续，他那名字是那几年时兴的，打{{trap/word:要文要武}}那句话来的。我有事就找{{han:孔主任}}，他从来不推。村里的儿童主任{{han:甘玉兰}}，{{han:甘玉兰}}她每月来两回，看娃的作业，给娃剪头发，还教娃洗自己的衣裳。
访谈者：隧道公司那边怎么说？
受访者：开头说给八十万，后来说工程转包了，包工头跑了，钱找不着人要。先给了三十万，治儿媳妇的病花了二十多万。律师说官司能赢，就是要等。我不懂这些，我只知道这钱是娃的，谁也不能动，我跟律师说，赔下来的钱存成定期，等娃上大学再取。
访谈者：孩子外婆家呢？
受访者：亲家公{{han:聂老汉}}在{{trap/place:天竺山}}底下住，腿不好，来不了。舅舅{{han:聂秋生}}在{{trap/place:西安}}送快递，逢年过节给{{han:禾禾}}寄衣裳、寄书。
访谈者：学校那边呢？
受访者：班主任{{han:程雪琴}}老师好，中午让{{han:禾禾}}在学校吃，不要钱，放学有时候还把她送到路口。镇社工站的{{compound:百里秀清}}每个月来一回，给娃做心理辅导，娃刚没了妈那阵子，一句话都不说，是她一点点陪出来的。县里法律援助的{{compound:左丘云飞}}律师帮我们跟隧道公司打官司，赔偿款还有一半没给。
访谈者：孩子现在怎么样？
受访者：懂事得很。早上起来给我熬药，晚上写完作业给我念课文。我耳朵背，她就趴在我耳朵边上念。学校离家五里路，以前我天天接送，现在她不让了，说爷你腿不好，她跟村里的娃结伴走。下雨天我还是去，打着手电在路口等。有一回她问我，爷，你会不会也走了。我说爷还得活二十年，看你考大学。{{han:郑还生}}还能干几年，我心里有数，就是放心不下娃。
访谈者：您自己身体怎么样？
受访者：有气管炎，冬天咳得厉害。{{han:甘玉兰}}给我报了慢性病，药钱能报一大半。我最怕的是哪天我倒下了，娃咋办。{{han:甘玉兰}}说，真有那一天，村里、镇上都会管，还有她舅。我信，可还是怕。我跟娃说，做人要{{trap/word:郑重}}，答应人的事要办到。她说爷你又拽文。我没念过几天书，这话是我爹给我说的。娃爸活着的时候，我没少骂他，骂他不好好念书，现在想起来，后悔得很。
访谈者：过年怎么过？
受访者：舅舅回来，{{han:孔要武}}也送来一块肉。村里的婆娘们教娃包饺子，娃包得歪歪扭扭的，下到锅里烂了一半，我们爷俩照样吃得香。{{han:禾禾}}给她爸妈的照片前头摆了两个苹果，给我磕了个头。我给她讲{{trap/famous:李自成}}在商洛山里藏兵的故事，她听完说，爷，咱这山里啥人都有。
访谈者：登记信息请您说一下。
受访者：家在{{address:山阳县漫川关镇前店子村七组8号}}。我身份证{{id_number@my1956.611024}}，{{han:禾禾}}的{{id_number@wy2015fwspaced.611024}}。我电话{{mobile@fullwidth}}，{{han:甘玉兰}}的{{mobile@spaced}}。娃舅舅的微信{{wechat:nieqiusheng_kd}}，{{han:禾禾}}有个QQ，她舅给注册的，号码她写在作业本背面：{{qq:395718264}}。
访谈者：名字在表上写得对吗？
受访者：有错的。补助表上我是{{spaced:郑还 生}}，娃是{{spaced:郑 雨 禾}}，律师那份材料上把村主任写成了{{spaced:孔 要 武}}，社工是{{spaced:百　里　秀　清}}。
访谈者：最后您想说什么？
受访者：娃的事，我这辈子最该谢的是{{han:孔要武}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=889,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout112",))


if __name__ == "__main__":
    main()
