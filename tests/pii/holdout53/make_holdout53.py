# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 53 (tests/pii/holdout53/H409-H416 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 52, written at the same time by another
writer, is not an earlier set).

Set 53 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 民政局, 村委会/社区, 学校, 儿童主任, 社工, 残联, 妇联, 司法所, 法院), in eight new voices: a Mongolian father in
科尔沁左翼后旗 (通辽) who lost three fingers in a fodder mill and whose wife is on dialysis, with three children; a
Tibetan grandmother in 巴青 (那曲), her granddaughter translating, raising three grandchildren whose father died on
the road and whose mother remarried; a Hui father in 平罗 (石嘴山), widowed by cancer and lamed by a fall, raising his
three children and the son of a brother in prison; a Han mother in 肇庆 (高要) whose husband was paralysed by a
stroke, with two children known by nicknames that are words; a Han township doctor in 朔州 (平鲁) who follows three
families on WeChat and QQ (a miner's son, a prisoner's daughter with a mentally ill mother, left-behind twins); a
Uyghur grandfather in 皮山 (和田) raising the three children of a son in a mental hospital; a Han court clerk in
益阳 (赫山) reading from two case files (a guardianship revoked, a father who paid no support); and a Han grandmother
in 资阳 (雁江) raising the two children of a son in prison.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of five to six characters (温都尔毕力格, 巴达玛格日勒, 阿茹娜其其格, 哈丹巴特尔, 达来朝克图,
伊勒其木格, 娜仁其其格) with short forms after the full name (温都尔, 巴达玛说, 哈丹都), a Han surname before a
Mongolian name (包图雅, 吴敖敦) and the Han name of a Mongolian (包宏亮); Tibetan names (巴桑曲吉 then 曲吉阿妈,
洛桑坚赞 then 坚赞, 贡桑卓嘎, 旺堆平措也, 仁增旺姆她, 白玛次仁他, 次央), a Han surname before a Tibetan name (罗旦增他)
and the Han name of a Tibetan (嘎玛多布杰 / 杨建川); Hui Han-form names (马德全, 杨金花, 马俊龙, 马小芳, 马成龙, 纳桂英,
海守成, 虎淑梅, 锁玉祥) beside 经名 used alone (苏福彦, 宰奈白, 索非亚, 赛伊德也, 乃非赛, 易斯玛仪) and a Han surname
before an Arabic name (马扎克里亚 then 扎克里亚他, 海尔萨说, 马萨米拉); Uyghur given name + father's name with and
without the dot (托合提尼亚孜·肉孜, 麦提图尔荪·托合提尼亚孜, 米尔阿迪力·麦提图尔荪, 布海丽切姆麦提图尔荪) and short
forms (托合提尼亚孜大爷, 麦提图尔荪, 米尔阿迪力他, 布海丽切姆就, 吐拉洪说, 库尔班江他们家); Han nicknames that are
words, annotated whole (黄豆, 糯米, 胡豆, 团团), Cantonese forms (老梁, 阿辉) and a given name alone (惠芬姐, 润泽大伯,
a WeChat remark); Han names with common surnames above all and some rare ones (郄, 续, 智, 冀, 虎, 锁, 纳), with titles
and kin words (刘桂芝老师, 郝建平老师, 熊春生大姐, 胡春兰嬢嬢; the span is the name only), names that contain words
(贾满仓, 贾满囤, 白玉成, 吴长山, 王丰年, 彭思远, 邹永强), a name written twice in a record (符桂兰符桂兰), names
directly before particles and verbs (哈丹都, 白玉成他们, 吴长山他, 锁玉祥他们家, 梁志强那边, 武子轩他, 邹永强还,
团团噻, 胡豆嘛, 胡豆跟) and after 叫/是/跟/和/找 (叫宇文慧敏, 是司马兰芳, 跟区妇联的熊春生, 武子轩和武子瑞, 去找黎惠芬);
names spaced out character by character in half- and full-width spaces (哈 丹 巴 特 尔, 巴　桑　曲　吉, 洛 桑 坚 赞,
易　斯　玛　仪, 司 徒 婉 仪, 尉 迟 向 东, 布 海 丽 切 姆, 买　尔　旦　江, 欧 阳 志 坚, 贾 润 泽, 钟 玉 芬), dotted names
with spaces around the dot (托合提尼亚孜 · 肉孜, 热依拉 · 吾斯曼) and names split in two (巴达玛 格日勒, 温都尔　毕力格,
马扎克 里亚, 梁嘉 豪, 米尔阿迪力 麦提图尔荪, 欧阳 若彤, 彭秋 香, 邹永 强); compound surnames after ordinary words
(宇文, 赫连, 上官, 长孙, 司马, 皇甫, 司徒, 欧阳, 尉迟, 令狐, 公孙, 拓跋, 漆雕, 乐正, 诸葛, 段干, 慕容 after
叫/同事/是/老师/社工/法官是/律师/法官助理/的); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:冯秀娟}}``, ``{{qq:2874105369}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1981spaced.150522}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长, 队长,
阿訇, 法官, 律师, 警官, 护士长, 大姐, 姐姐, 嬢嬢, 大爷, 阿妈, 姐, 大伯) and a particle, pronoun or verb written directly
after a name (说, 的, 家, 也, 都, 就, 还, 跟, 和, 她, 他, 他们家, 那边, 噻, 嘛) are outside the span; a nickname or a
Cantonese form of address (黄豆, 糯米, 胡豆, 团团, 老梁, 阿辉) is annotated whole. Chinese-style names of Mongolian,
Tibetan and Hui people (包宏亮, 杨建川, 马德全, 纳桂英) are category han; a Han surname before a non-Han given name
(包图雅, 罗旦增, 马扎克里亚, 海尔萨) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout53/make_holdout53.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(53_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H409: Mongolian father in 科尔沁左翼后旗 (通辽); his wife is on dialysis, he lost three fingers in a fodder mill.
DOCS["H409"] = ("family", """\
访谈者：大哥，先说说家里几口人吧。
受访者：五口人。我叫{{minority/mongolian:温都尔毕力格}}，户口本上的汉名叫{{han:包宏亮}}，今年四十六。嘎查里老人都叫我{{minority/mongolian:温都尔}}，年轻的叫我{{han:宏亮}}哥。家在{{trap/place:科左后旗}}{{trap/place:阿古拉}}镇北边，离{{trap/place:通辽}}一百多里，离{{trap/place:大青沟}}不远。媳妇{{minority/mongolian:巴达玛格日勒}}前年查出尿毒症，一个礼拜去旗医院透析两回。我前些年铡草，粉碎机把右手绞了，三个指头没了，重活干不了，只能放几头牛。
访谈者：孩子们多大了？
受访者：老大是闺女，叫{{minority/mongolian:阿茹娜其其格}}，十五，在{{school:科左后旗蒙古族中学初三（2）班}}住校。老二是儿子{{minority/mongolian:哈丹巴特尔}}，十一，家里都叫他{{minority/mongolian:哈丹}}。{{minority/mongolian:哈丹}}都会赶牛了，放了学先去草甸子把牛圈回来，再写作业。他在{{school:阿古拉镇中心小学五年级（1）班}}。老三{{minority/mongolian:达来朝克图}}才六岁，上嘎查的幼儿园，{{minority/mongolian:达来朝克图}}就爱跟在他哥屁股后头转。
访谈者：孩子妈妈透析，钱怎么办？
受访者：医保报一大半，剩下的自己掏，一年也得一万多。苏木的民政助理{{han:白凤岐}}给我家报了低保，一个月一千出头。嘎查的儿童主任{{minority/mongolian:包图雅}}她跑前跑后，把三个孩子按困境儿童报了上去，每人每月补{{trap/number:三百五}}。旗{{trap/org:民政局}}的科长{{han:韩玉龙}}来家里看过一回，{{han:韩玉龙}}说老大要是考上高中，还能申请助学金。嘎查达{{han:白玉成}}也来过，{{han:白玉成}}他们村委会冬天给送了两吨煤。
访谈者：孩子妈妈现在怎么样？
受访者：{{minority/mongolian:巴达玛格日勒}}也瘦了一大圈，脸发黄，手上全是针眼。家里人都喊她{{minority/mongolian:巴达玛}}。{{minority/mongolian:巴达玛}}说她不怕疼，就怕看不着闺女考大学。透析那两天我陪着，仨孩子托给我姐{{minority/mongolian:伊勒其木格}}。我姐夫{{han:吴长山}}是汉族，在镇上开农机修理铺，{{han:吴长山}}他话少，可我家拖拉机坏了，回回分文不收。
访谈者：还有谁帮过你们？
受访者：旗里社工站来了两个年轻人，一个叫{{compound:宇文慧敏}}，还有她同事{{compound:赫连晓峰}}。{{compound:宇文慧敏}}给老大补数学，{{compound:赫连晓峰}}教老二下象棋，还帮我们在网上申请了大病救助。{{trap/org:县残联}}的{{han:陈国富}}主任给我办了残疾证，四级。透析室的{{han:张淑贞}}护士长心细，她说透析那天早上别让媳妇喝太多水。镇卫生院的{{han:赵立业}}大夫隔一阵来给媳妇量血压。
访谈者：学校那边呢？
受访者：老大的班主任{{minority/mongolian:娜仁其其格}}老师教蒙语，{{minority/mongolian:娜仁其其格}}说闺女作文写得好，想让她去旗里参加比赛。老二的班主任{{han:刘桂芝}}老师给他报了营养餐，还把她儿子穿小的羽绒服拿来了。前院的{{minority/mongolian:吴敖敦}}家闺女跟我闺女一个班，俩孩子周末一块坐班车回来。
访谈者：过节的时候呢？
受访者：正月过{{trap/minority_word:查干萨日}}，我姐来家里煮{{trap/minority_word:手把肉}}，给孩子们炸{{trap/minority_word:果子}}。冬天嘎查请人说{{trap/minority_word:乌力格尔}}，老艺人拉着{{trap/minority_word:四胡}}讲{{trap/famous:僧格林沁}}打仗的故事，孩子们听得入迷。夏天学校跳{{trap/minority_word:安代舞}}，闺女领舞，她妈那天没去透析，坐在台下哭了。
访谈者：闺女知道家里的难处吗？
受访者：知道。她放假回来，不用我说，先给她妈熬小米粥，再去圈里添草。有一回学校组织去外地研学，要交三百块钱，她没跟我说，自己跟老师讲家里有事不去了。老师打电话告诉我，我心里难受了好几天。后来社工站那俩年轻人知道了，帮她申请了一个公益项目，钱给补上了，还给她留了青少年服务热线{{trap/hotline:12355}}，她才去成，回来给她妈带了一包奶豆腐。
访谈者：冬天怎么过？
受访者：冬天最难。风大，雪一下就是半个月，去旗里的班车停了，我就借邻居的皮卡送她去透析，路上滑，开得心惊胆战。屋里烧牛粪和煤，炕一晚上得起来添两回火。去年嘎查给我们换了新窗户，屋里暖和多了，孩子们写作业不用再戴手套。
访谈者：您自己呢？
受访者：我没啥。手是不中用了，可腿脚还行。开春帮人家接羔，一天给八十。就是夜里睡不着，算账，算来算去还是差钱。{{han:包宏亮}}这个名字在信用社还有一笔贷款，是给媳妇看病借的。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:科左后旗阿古拉镇巴彦塔拉嘎查三组14号}}，媳妇透析那阵租的房子在{{address:甘旗卡镇福兴小区4号楼2单元502室}}。我身份证{{id_number@my1979.150522}}，媳妇的{{id_number@wy1981spaced.150522}}，闺女的{{id_number@wy2010hyphen.150522}}。我电话{{mobile@plain}}，我姐的{{mobile@spaced}}。闺女有微信，叫{{wechat:arunaqiqige09}}；她的QQ号写在我手机壳里头，我念给你：{{qq:2874105369}}。
访谈者：名字在表上写得对吗？
受访者：乱。学校把老二写成{{spaced:哈 丹 巴 特 尔}}，低保表上媳妇是{{spaced:巴达玛 格日勒}}，我是{{spaced:温都尔　毕力格}}。
访谈者：您最盼着什么？
受访者：盼媳妇等上肾，盼孩子们念出书来。邻居家的儿子考上了{{trap/place:通辽}}的大学，我跟闺女说，你也行。
""")

# H410: Tibetan grandmother in 巴青 (那曲), her granddaughter translating; son killed on the road, his wife remarried.
DOCS["H410"] = ("family", """\
访谈者：阿妈啦，您慢慢说，让孙女帮着翻译。
受访者：（孙女翻译）奶奶说，她叫{{minority/tibetan:巴桑曲吉}}，今年六十八，村里人都叫她{{minority/tibetan:曲吉}}阿妈。一辈子在{{trap/place:巴青}}的草场上放牦牛。爷爷{{minority/tibetan:索朗扎堆}}走了十年了。我爸{{minority/tibetan:次仁顿珠}}前年冬天开车去{{trap/place:那曲}}拉货，在{{trap/place:317国道}}上翻了车，没救回来。我妈{{minority/tibetan:卓玛央吉}}后来改嫁去了{{trap/place:索县}}，逢年过节给我们打个电话，就剩我们三个跟着奶奶。
访谈者：你们三个多大了？
受访者：我哥{{minority/tibetan:洛桑坚赞}}十四，在{{school:巴青县中学初二（3）班}}住校。{{minority/tibetan:坚赞}}话少，放假回来就去放牛，他说以后要考{{trap/place:拉萨}}的中专。我叫{{minority/tibetan:贡桑卓嘎}}，十岁，在{{school:巴青县完全小学四年级（2）班}}。弟弟{{minority/tibetan:旺堆平措}}才六岁，在乡里的幼儿园，{{minority/tibetan:旺堆平措}}也想上学，天天背着我的旧书包。
访谈者：家里靠什么过日子？
受访者：奶奶说，家里还有二十几头牦牛，夏天上山挖点{{trap/minority_word:虫草}}，好年景能卖一万多。我们三个按孤儿报上去了，每人每月有孤儿基本生活费{{trap/number:一千四百多}}，是乡里的儿童主任{{minority/tibetan:仁增旺姆}}帮着办的。{{minority/tibetan:仁增旺姆}}她前后跑了七八趟，表都是她替奶奶填的，奶奶不识字，按的手印。乡长{{minority/tibetan:嘎玛多布杰}}，汉名叫{{han:杨建川}}，过年来家里送了米、面、清油。驻村工作队的{{han:邵金星}}队长是汉族，{{han:邵金星}}他每个月来一次，帮奶奶把药分到小盒子里。
访谈者：你爸爸出事以后，家里是怎么过来的？
受访者：奶奶说，那年冬天最难。我爸的车是贷款买的，车没了，贷款还欠着七万多。奶奶把家里的三十头牦牛卖了一半，才还上一部分，剩下的是乡里帮着跟银行商量，免了利息。我哥那时候不去上学了，说要在家放牛养奶奶。老师来家里找了三回，奶奶也骂他，他才回去。那段时间弟弟天天问，爸爸什么时候开车回来，奶奶就说，爸爸去很远的地方拉货了。
访谈者：冬天牧场上冷吗？
受访者：冷。冬天零下三十度，雪下得大，牦牛找不到草，要去乡里买饲草。去年雪灾，乡里给每家发了两吨草料，才没有冻死牛。奶奶的腿就是那时候冻坏的，半夜起来看牛，摔在冰上。我们三个晚上挤在一个被窝里，奶奶把羊皮袄盖在最上面。
访谈者：有没有别的亲戚帮忙？
受访者：奶奶说我姑姑{{minority/tibetan:次央}}嫁到拉萨了，姑父{{han:罗国强}}是{{trap/place:四川}}人，开茶馆。他们的儿子叫{{minority/tibetan:罗旦增}}，在拉萨上高中，{{minority/tibetan:罗旦增}}他寒假回来教我弟弟认汉字。姑姑每个月寄五百块钱回来，去年寒假把我们接去拉萨住了一个月，我们去转了{{trap/place:大昭寺}}。
访谈者：奶奶身体怎么样？看病方便吗？
受访者：奶奶腿疼，眼睛也花了。县医院有个援藏的大夫{{han:沈建华}}，是{{trap/place:浙江}}来的，每年夏天下乡义诊，{{han:沈建华}}大夫给奶奶配了老花镜，还说奶奶的膝盖要少爬坡。乡卫生院的{{minority/tibetan:白玛次仁}}也常来看，{{minority/tibetan:白玛次仁}}他会说汉话，也会说我们的话，奶奶最信他。
访谈者：学校里怎么样？
受访者：我哥的班主任{{han:蒋玉成}}老师也是援藏的，他给我哥申请了助学金，还送了他一本字典。我的班主任{{minority/tibetan:德庆卓玛}}老师说我汉语好，让我给新来的同学当翻译。县里社工站的{{compound:上官雨晴}}姐姐来过两次，跟她一起来的还有{{compound:长孙云舒}}姐姐，她们给弟弟带了绘本，教我们画画。{{compound:上官雨晴}}说，想爸爸了就画下来。
访谈者：过年过节呢？
受访者：{{trap/minority_word:藏历新年}}奶奶会炸{{trap/minority_word:卡塞}}，打{{trap/minority_word:酥油茶}}，给爸爸点酥油灯。夏天县里有{{trap/minority_word:赛马节}}，我哥去看。奶奶每天早上{{trap/minority_word:煨桑}}，晚上给我们讲{{trap/famous:格萨尔王}}的故事，讲着讲着自己先睡着了。
访谈者：登记表要填地址和号码。
受访者：家在{{address:巴青县拉西镇达如村三组7号}}，姑姑家在{{address:拉萨市城关区幸福小区6栋2单元302室}}。奶奶的身份证{{id_number@wy1957.542429}}，我哥的{{id_number@my2011spaced.542429}}。姑姑的电话{{mobile@hyphen}}，乡里{{minority/tibetan:仁增旺姆}}的电话{{mobile@plus86}}。我哥有QQ，号码是——他写在门背后了——{{qq:1590384627}}。姑父的微信是{{wechat:luoguoqiang_lhasa}}。
访谈者：名字写对了吗？
受访者：有时候写错。学校名单上我哥是{{spaced:洛 桑 坚 赞}}，我是{{spaced:贡桑 卓嘎}}，奶奶在低保表上写成{{spaced:巴　桑　曲　吉}}。
访谈者：奶奶最盼什么？
受访者：奶奶说，盼我们三个都把书念完，有个正经工作，别再走夜路开车。
""")

# H411: Hui father in 平罗 (石嘴山), widowed, with his imprisoned brother's son.
DOCS["H411"] = ("family", """\
访谈者：师傅，先说说家里的情况吧。
受访者：我叫{{han:马德全}}，经名{{minority/hui:苏福彦}}，在{{trap/place:平罗}}县{{trap/place:姚伏}}镇住，家门口就是去{{trap/place:沙湖}}的路。前年我媳妇{{han:杨金花}}得乳腺癌走了，她的经名叫{{minority/hui:宰奈白}}。我原先在{{trap/place:石嘴山}}拉煤，去年从车上摔下来伤了腰，现在在镇上一个粮库看大门，一个月两千。家里四个娃娃，三个是我的，一个是我哥的。
访谈者：您哥哥的孩子怎么跟着您？
受访者：我哥{{han:马占河}}跟人合伙倒卖牛羊，让人告了诈骗，判了四年，在{{trap/place:银川}}服刑。嫂子走了，再没回来。侄子{{minority/hui:马扎克里亚}}十三岁，上学用的名字是{{han:马俊龙}}。{{minority/hui:扎克里亚}}他刚来那年不说话，夜里尿床，现在好多了。我每两个月带他去监狱会见一回，他爸隔着玻璃哭，他不哭。
访谈者：您自己的孩子多大？
受访者：老大是丫头，经名{{minority/hui:索非亚}}，学名{{han:马小芳}}，十五，在{{school:平罗县回民中学初三（4）班}}。老二是儿子，经名{{minority/hui:赛伊德}}，学名{{han:马成龙}}，十岁，跟{{minority/hui:扎克里亚}}一个学校，在{{school:姚伏镇中心小学四年级（1）班}}。{{minority/hui:赛伊德}}也懂事，放学回来就给他姐烧火。老三{{minority/hui:乃非赛}}才五岁，她妈走的时候她还不记事。
访谈者：现在靠什么生活？
受访者：我们家吃低保，一个月一千多。侄子是事实无人抚养儿童，每月补{{trap/number:一千一百二}}。是社区的儿童主任{{han:纳桂英}}报上去的，{{han:纳桂英}}她也是回族，天天在社区忙，还替我去监狱开了证明。镇{{trap/org:民政办}}的{{han:丁学文}}来核过三回。{{trap/org:清真寺}}的{{han:海守成}}阿訇，经名{{minority/hui:易斯玛仪}}，{{trap/minority_word:开斋节}}前给送面粉、清油，{{han:海守成}}他说是寺里的乡老们凑的钱。
访谈者：媳妇生病那两年是怎么过来的？
受访者：那两年跑{{trap/place:银川}}的医院，化疗一次就得七八千。医保报一部分，大病保险再报一部分，剩下的是亲戚们凑的。寺里也给捐过一回，两万多。她走的时候三十六，最小的丫头才三岁。她临走前跟我说，娃娃们别让人看不起，一定要念书。我这个当爹的，说话算数。
访谈者：孩子们心里怎么样？
受访者：丫头心重，她妈走了以后，她就把自己当妈了，早上给弟弟妹妹梳头、热牛奶，晚上检查作业。有一回她半夜在被窝里哭，我问她咋了，她说想她妈，又怕我听见。侄子那边，他爸的事在村里都知道，有娃娃说难听话，他就跟人打架。我跟他说，你爹做错了事，那是他的事，你是你，你好好的，就是给你爹争气。
访谈者：学校那边呢？
受访者：丫头的班主任{{han:虎淑梅}}老师说丫头数学好，{{han:虎淑梅}}老师每个礼拜六给她补课，不收钱。儿子的班主任是{{compound:司马兰芳}}老师，侄子在学校闹过两回事，{{compound:司马兰芳}}老师没告诉别的家长，先来家里找我。学校的心理老师叫{{compound:皇甫景澄}}，给侄子做了半年的辅导。
访谈者：邻居们呢？
受访者：对门{{han:锁玉祥}}他们家种枸杞，摘枸杞的时候叫丫头去帮工，一天给一百。隔壁的{{minority/hui:海尔萨}}在{{trap/place:大武口}}开清真饭馆，{{minority/hui:海尔萨}}说侄子放假可以去他店里帮忙，管吃。还有一位老师{{minority/hui:马萨米拉}}，是女的，退休了，在寺里给娃娃们教经，也教汉字。
访谈者：过节的时候呢？
受访者：开斋节、{{trap/minority_word:古尔邦节}}，家家炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，丫头跟着邻居家的婶子学。我给娃娃们讲{{trap/famous:马本斋}}的故事，说咱回回人要有骨气，穷不怕，就怕没志气。礼拜五我去{{trap/minority_word:主麻}}，求主让他们的爹早点出来，重新做人。
访谈者：登记表要填地址和号码。
受访者：家在{{address:平罗县姚伏镇姚伏村五队23号}}，我哥原来住{{address:大武口区长胜街道胜利小区9号楼1单元201室}}。我的身份证{{id_number@my1983.640221}}，侄子的{{id_number@my2012fullwidth.640221}}。我电话{{mobile@s74}}，{{han:纳桂英}}的电话{{mobile@plus86dash}}。我微信是丫头给弄的，叫{{wechat:madequan_pl83}}。丫头有个QQ，号码我记不住，在她作业本皮上，是{{qq:3207416958}}。
访谈者：名字写得对吗？
受访者：经名是音译，各写各的。侄子在表上是{{spaced:马扎克 里亚}}，丫头写成{{spaced:索 非 亚}}，阿訇的经名在寺里的捐款单上写成{{spaced:易　斯　玛　仪}}。
访谈者：您的腰伤怎么样了？
受访者：阴天下雨就疼，弯不下去。看大门的活轻省，就是夜里要值班，娃娃们晚上自己在家，丫头锁好门才睡。我想过把侄子送到他外婆家，可他外婆也七十多了，还是留在我身边放心。
访谈者：您最大的心愿？
受访者：把四个娃娃拉扯大，侄子他爹出来的时候，娃娃是好好的。
""")

# H412: Han mother in 肇庆 (高要); her husband was paralysed by a stroke; the children go by word nicknames.
DOCS["H412"] = ("family", """\
访谈者：大姐，先介绍下您家吧。
受访者：我叫{{han:冯秀娟}}，今年三十九，住在{{trap/place:肇庆}}{{trap/place:高要}}区{{trap/place:金渡}}镇。我老公{{han:梁志坚}}前年冬天中风，右边身子瘫了，讲话也讲不清楚。街坊都叫他{{han:老梁}}，{{han:老梁}}以前在{{trap/place:四会}}的玉器街打磨手镯，一个月能挣七八千，家里这栋楼就是他一块块玉磨出来的。现在全靠我，我在镇上的五金厂做包装，早八点做到晚八点，一个月三千五。
访谈者：孩子们呢？
受访者：两个。大仔十二岁，大名{{han:梁嘉豪}}，小时候圆滚滚的，他阿嫲叫他{{han:黄豆}}，一直叫到现在。{{han:黄豆}}都比我高了，在{{school:金渡镇中心小学六年级（3）班}}。细妹七岁，大名{{han:梁嘉怡}}，个子小小，黏人，我们叫她{{han:糯米}}。{{han:糯米}}她最黏她爸，每天放学回来就给他揉手、喂水。她在{{school:金渡镇第二小学一年级（2）班}}。
访谈者：家里有什么帮扶？
受访者：村委会给我们报了低保，一个月一千八左右。老公办了残疾证，一级，有重度残疾人护理补贴，还有困难残疾人生活补贴。两个孩子按困境儿童，每人每月补{{trap/number:两百多}}。村里的儿童主任{{han:黎惠芬}}帮我们报的，我们都叫她{{han:惠芬}}姐，{{han:惠芬}}姐说有什么难处只管找她。我填表不会，就去找{{han:黎惠芬}}。镇上社工站的社工叫{{compound:司徒婉仪}}，每个月来一次，{{compound:司徒婉仪}}给大仔找了个大学生志愿者，周末在网上辅导英语。
访谈者：孩子在学校怎么样？
受访者：{{han:黄豆}}的班主任{{han:谭少芳}}老师很好，知道我们家的事，免了他的午餐费，她还让他当了班上的图书管理员。他说长大要当医生，医好他爸。{{han:糯米}}的班主任是新来的{{compound:欧阳芷晴}}老师，年轻，讲普通话，细妹回来就学她说话，一家人都笑。
访谈者：亲戚们呢？
受访者：我娘家在{{trap/place:封开}}，我妈种{{trap/word:砂糖橘}}，年年寄两箱过来。我弟{{han:冯志明}}在{{trap/place:佛山}}做电工，他过年回来给孩子们买新衣服、新鞋。老公他哥{{han:梁志强}}那边也难，在{{trap/place:广州}}开大排档，生意一般，还是每个月转一千给我们。老公的表弟{{han:骆志辉}}在镇上开摩托车铺，大家叫他{{han:阿辉}}，{{han:老梁}}去医院复诊都是{{han:阿辉}}开车送，油钱都不肯收。
访谈者：{{han:老梁}}身体怎么样？
受访者：慢慢练，现在能扶着墙走几步了。镇卫生院的{{han:孙建新}}医生每周上门给他做针灸，康复科的{{han:王美玲}}姑娘教我怎么帮他活动手脚。最难的是他的脾气，以前那么能干的一个人，现在连碗都端不稳，有时候发脾气砸东西，砸完了自己又哭。孩子们不怕他，{{han:糯米}}就爬到他腿上讲学校的事，讲到他笑为止。
访谈者：您一个人撑着，累不累？
受访者：累，怎么不累。早上五点起来给他擦身、煮粥，送完孩子去厂里，中午跑回来喂他吃饭，晚上回来再洗衣服。有一次我在厂里晕倒了，是工友送我去的卫生院，医生说是低血糖，太累了。那天{{han:黄豆}}放学回来自己煮了面，喂他爸吃完，又给妹妹洗了澡，等我回到家，两个孩子都睡了，桌上给我留了一碗面，面都坨了，我一边吃一边哭。
访谈者：孩子们懂事吗？
受访者：懂事得让人心疼。大仔以前最爱打游戏，他爸病了以后，手机就交给我了，说妈你拿去用，你那个屏幕碎了。暑假他去镇上的{{trap/word:糖水}}铺帮人洗碗，一天五十块，挣了一千多，全交给我，让我给他爸买药。细妹还小，不懂那么多，可她知道不乱要东西。同学过生日请吃蛋糕，她回来说，妈妈我不喜欢吃蛋糕。我知道她是怕我花钱。
访谈者：厂里知道您家的情况吗？
受访者：知道。老板娘人好，我中午要回家喂饭，她准我多歇一个钟头，只要活做完就行。工友们凑过一次钱，三千多，我写了个单子，一个个记着，以后要还人情的。
访谈者：平时怎么过节？
受访者：端午包{{trap/word:裹蒸粽}}，带孩子们去{{trap/place:西江}}边看龙舟。中秋去{{trap/place:七星岩}}，我给他们讲{{trap/famous:包公}}掷砚的故事，说做人要清清白白，不拿人家一分钱。
访谈者：登记表要填地址和号码。
受访者：家在{{address:高要区金渡镇花基村三队8号}}，我弟在佛山租的房子是{{address:南海区桂城街道翠湖花园7座1503房}}。老公的身份证{{id_number@my1980.441283}}，大仔的{{id_number@my2013spaced.441283}}。我电话{{mobile@s434}}，我弟的{{mobile@h38}}。我的微信{{wechat:fengxiujuan_0758}}。大仔有个QQ，说是交作业用的，号码{{qq:982043617}}。
访谈者：名字写得对吗？
受访者：残联的表上老公写成{{spaced:梁 志 坚}}，学校登记的是{{spaced:梁嘉 豪}}，社工的名字写成{{spaced:司 徒 婉 仪}}。
访谈者：您现在最担心什么？
受访者：最怕我自己病倒。我倒了，这个家就散了。
""")

# H413: Han township doctor in 朔州 (平鲁), who keeps up with three families on WeChat and QQ.
DOCS["H413"] = ("professional", """\
访谈者：大夫，您在乡卫生院，跟困境儿童的家庭打交道多吗？
受访者：多。我叫{{han:郄永刚}}，在{{trap/place:朔州}}{{trap/place:平鲁区}}的一个{{trap/org:乡卫生院}}当大夫，干了十六年。乡里登记的困境儿童有十一个，家长的微信我手机里都有，谁家孩子发烧了、摔了，半夜也给我发消息。我在{{trap/word:智能手机}}里专门建了个分组，叫“乡里的娃娃”。
访谈者：能说说几家吗？
受访者：头一家的孩子叫{{han:贾润泽}}，十二岁。他爸{{han:贾满仓}}在煤矿上干了二十年，得了尘肺，去年春天走了。他妈{{han:温秀英}}改嫁到{{trap/place:大同}}，孩子跟奶奶{{han:续桂花}}过。奶奶不会用微信，我加的是孩子大伯{{han:贾满囤}}，微信备注写的是“{{han:润泽}}大伯”。{{han:贾满囤}}他在村里养羊，孩子有事他骑摩托就来了。{{han:贾满仓}}走之前拉着我的手说，娃娃就托给你们了，这话我一直记着。
访谈者：孩子现在怎么样？
受访者：{{han:润泽}}有哮喘，随他爸，肺不好。我每个月给他听一次肺，药是县里慢病救助给报的。他在{{school:平鲁区第三中学初一（2）班}}，班主任{{han:郝建平}}老师常在微信上跟我说孩子的情况，哪天喘了，哪天没来上课。
访谈者：第二家呢？
受访者：第二家是个丫头，叫{{han:乔雨欣}}，九岁。她妈{{han:闫桂兰}}有精神残疾，二级，时好时坏。她爸{{han:乔建文}}偷电缆，判了三年，在{{trap/place:太原}}服刑。丫头跟她妈两个人过，她妈犯病的时候，是丫头给我打电话。丫头用的是她妈的旧手机，QQ号{{qq:1738250964}}，她用QQ给我发语音，说“大夫，我妈又不睡觉了”。
访谈者：谁在照顾她们？
受访者：乡里的儿童主任{{han:智秀英}}，{{han:智秀英}}她家就在丫头家后头，天天过去看一眼。民政助理{{han:霍建英}}给她们办了低保和事实无人抚养，乡里有个QQ群，{{han:霍建英}}在群里发政策，我也在群里。县{{trap/org:民政局}}的{{han:薛丽萍}}科长来过两回，说丫头她妈要是住院，可以申请临时救助。区里社工站派了个社工叫{{compound:尉迟向东}}，{{compound:尉迟向东}}说他老家在{{trap/place:马邑}}，是{{trap/famous:尉迟恭}}的后人，我们都笑他吹牛。
访谈者：第三家呢？
受访者：第三家是一对双胞胎，{{han:武子轩}}和{{han:武子瑞}}，八岁，爹妈在{{trap/place:鄂尔多斯}}的煤矿上打工，一年回来一趟。爷爷{{han:武玉堂}}七十了，高血压，奶奶前年没了。孩子们的妈{{han:冀晓红}}每天晚上跟孩子视频，有啥事就加我微信问，她的微信号{{wechat:jixiaohong_ordos}}。双胞胎在{{school:平鲁区东关小学二年级（3）班}}，老大{{han:武子轩}}他胆大，老二{{han:武子瑞}}就胆小，打针都哭。
访谈者：丫头现在怎么样？
受访者：丫头比同龄的孩子懂事，也比她们累。她会做饭，会给她妈喂药，还会看药盒上的字。可她在学校不爱说话，老师说她上课老看窗外。社工给她报了个周末的绘画班，她画了一张画，画的是她妈带她去赶集，两个人都在笑。
访谈者：您平时怎么跟这些家庭联系？
受访者：主要靠微信。我的微信号是{{wechat:qieyonggang_pl}}，家长们有事都发语音。乡长{{han:王丰年}}也加了我，他说哪家孩子病了要及时报。{{trap/year:二〇二三年}}腊月，有一回夜里两点{{han:闫桂兰}}犯病，拿着菜刀出了门，丫头给我打电话，我跟派出所的{{han:刘玉堂}}所长一块过去，把人劝回来，第二天送到{{trap/place:朔州}}的精神病院。丫头那段时间住在儿童主任家。
访谈者：这些孩子看病，最难的是什么？
受访者：最难的是路远、没人带。我们乡离区医院六十多里，班车一天两趟。孩子要去区里拍片、住院，得有大人陪着，可爷爷奶奶都七老八十了，自己都走不动。我有时候开自己的车把孩子拉过去，挂号、交费、拿药，一样一样办完再送回来。慢病救助、大病保险、临时救助，好几个口子，家长弄不清楚，我就在微信上一条一条给他们说，拍照片教他们填表。
访谈者：孩子们平时吃得怎么样？
受访者：{{trap/word:莜面}}、土豆，肉少。过年乡长组织给每家送了一只羊腿。我给孩子们量身高体重，{{trap/word:温度计}}、血压计都是我自己带。区{{trap/org:妇联}}的{{compound:令狐春燕}}大姐送过几回书包和棉衣。
访谈者：需要登记一下联系方式。
受访者：头一家在{{address:平鲁区向阳堡乡贾家窑村二组6号}}，丫头家在{{address:平鲁区新区建设小区3号楼2单元102室}}。孩子大伯的电话{{mobile@hyphen}}，儿童主任的{{mobile@s38}}。丫头的身份证{{id_number@wy2016.140603}}，她妈的{{id_number@wy1986hyphen.140603}}。
访谈者：名字写对了吗？
受访者：慢病救助单上写成{{spaced:贾 润 泽}}，丫头写成{{spaced:乔　雨　欣}}，社工登记成{{spaced:尉 迟 向 东}}。
访谈者：您最大的感受？
受访者：当大夫的，治得了病，治不了穷。可孩子们有人惦记，总比没人强。
""")

# H414: Uyghur grandfather in 皮山 (和田), raising the three children of a son with a mental illness.
DOCS["H414"] = ("family", """\
访谈者：大爷，您好，咱们慢慢聊，村里的翻译帮着翻。
受访者：我叫{{minority/uyghur:托合提尼亚孜·肉孜}}，今年七十一，村里人叫我{{minority/uyghur:托合提尼亚孜}}大爷。家在{{trap/place:皮山}}县{{trap/place:固玛}}镇，往南看就是{{trap/place:昆仑山}}。老伴前年走了。儿子{{minority/uyghur:麦提图尔荪·托合提尼亚孜}}三十八岁，五年前得了精神病，现在住在{{trap/place:和田}}的医院里。儿媳{{minority/uyghur:阿孜古丽·艾麦尔}}跟他离了婚，嫁到{{trap/place:墨玉}}去了。三个孙子孙女跟着我。
访谈者：孩子们多大？
受访者：大孙子{{minority/uyghur:米尔阿迪力·麦提图尔荪}}十三，在{{school:皮山县第二中学初一（5）班}}。{{minority/uyghur:米尔阿迪力}}他个子高，像他爸年轻的时候。孙女{{minority/uyghur:布海丽切姆麦提图尔荪}}十岁，在{{school:固玛镇第一小学四年级（3）班}}，{{minority/uyghur:布海丽切姆}}就爱唱歌，学校演出让她领唱。小孙子{{minority/uyghur:买尔旦江}}六岁，上幼儿园大班，{{minority/uyghur:买尔旦江}}还以为他爸在外地打工。
访谈者：孩子爸爸的病怎么样？
受访者：时好时坏。好的时候能认人，给孩子们打电话，问作业写完了没有。坏的时候谁也不认识。{{minority/uyghur:麦提图尔荪}}病了以后，家里的地没人种，我一个老汉种六亩核桃，收成不好。医院的钱医保报了大部分，县里还有精神病人的救助。我每个月去看他一回，坐两个小时的班车。{{minority/uyghur:麦提图尔荪}}看见我就问孩子们，问完就哭。
访谈者：谁帮过你们家？
受访者：村里的儿童主任{{minority/uyghur:热依拉·吾斯曼}}，三个孩子的事实无人抚养补贴是她报的，每人每月{{trap/number:一千三百多}}。她每个礼拜来一趟，看孩子们有没有吃饱。工作队的{{han:徐志军}}队长是汉族，从{{trap/place:乌鲁木齐}}来的，{{han:徐志军}}他帮我把房子修了，冬天不漏风了。村医{{minority/uyghur:吐拉洪·艾海提}}给我量血压，{{minority/uyghur:吐拉洪}}说我不能再熬夜了。县医院有个援疆的大夫{{han:周长林}}，给孙女看过耳朵，{{han:周长林}}大夫一分钱都没收。
访谈者：学校那边呢？
受访者：大孙子的班主任{{minority/uyghur:帕提曼·阿不力孜}}老师，说他数学好，就是上课爱走神。学校的社工{{compound:公孙佩琳}}老师给他做心理辅导，县里社工站的{{compound:拓跋文龙}}也来过家里，给孩子们带了书包和文具。乡里民政所的{{han:王学军}}来核过家里的情况，说低保也给我们报上了。
访谈者：邻居们呢？
受访者：邻居{{minority/uyghur:库尔班江}}是个好人，{{minority/uyghur:库尔班江}}他们家有拖拉机，帮我耕地、打药，不要钱。{{trap/minority_word:古尔邦节}}、{{trap/minority_word:肉孜节}}，他家宰了羊，总给我们送一条腿。孙女跟他家的丫头是好朋友，两个人一起穿{{trap/minority_word:艾德莱斯}}裙子跳舞。
访谈者：您一个人怎么照顾三个孩子？
受访者：早上天不亮起来烤{{trap/minority_word:馕}}、烧奶茶，孩子们吃了去上学。中午在学校吃，学校的营养餐不要钱。晚上我做{{trap/minority_word:拉条子}}、{{trap/minority_word:抓饭}}，孙女帮我洗碗、扫院子。大孙子放学回来先去地里看一眼，浇水、剪枝，他比我会干。星期天我带他们去{{trap/minority_word:巴扎}}，买点菜和肉，一个礼拜的饭都在这一趟里。
访谈者：孩子们跟妈妈还有联系吗？
受访者：有。她嫁人以后又生了一个孩子，不方便常来。过节的时候她打电话，给孩子们寄过两回衣服。孙女想她，半夜哭，我就给她讲她妈小时候的事。我跟孩子们说，你们的妈妈也难，不要怪她。
访谈者：您给孩子们讲什么？
受访者：晚上我给他们讲{{trap/famous:阿凡提}}的故事，他们最爱听。我跟他们说，要好好读书，学会国家通用语言，将来去{{trap/place:乌鲁木齐}}上大学。大孙子说他要当医生，把他爸的病治好。我听了心里又高兴又难受。
访谈者：登记表要填地址和号码。
受访者：家在{{address:皮山县固玛镇阿克提坎村3组21号}}，儿子住院前在和田租的房子是{{address:和田市团结新村小区8号楼3单元401室}}。我的身份证{{id_number@my1954.653223}}，孙女的{{id_number@wy2015x.653223}}。我的电话{{mobile@plus86spaced}}，{{minority/uyghur:热依拉·吾斯曼}}的电话{{mobile@fullwidth}}，她的微信是{{wechat:reyila_osman88}}。大孙子有QQ，号码在他课本封皮上，我让他自己念：{{qq:2065831947}}。
访谈者：名字在表上写得对吗？
受访者：常写错。我的名字写成{{spaced:托合提尼亚孜 · 肉孜}}，孙女写成{{spaced:布 海 丽 切 姆}}，大孙子的名字中间空了一格，写成{{spaced:米尔阿迪力 麦提图尔荪}}，小孙子写成{{spaced:买　尔　旦　江}}。儿童主任自己的名字在花名册上也写成{{spaced:热依拉 · 吾斯曼}}。
访谈者：您最大的心愿是什么？
受访者：盼儿子的病好起来，盼孩子们长大成人。我老了，只要还能动，就给他们做饭。
""")

# H415: Han court clerk in 益阳 (赫山) reading from two case files.
DOCS["H415"] = ("professional", """\
访谈者：您在法院做书记员，经手过跟困境儿童有关的案子吧？
受访者：经手过不少。我叫{{han:龚丽君}}，在{{trap/place:益阳}}市{{trap/place:赫山区}}的法院民事庭做书记员，七年了。今天带了两个案子的卷宗，名字、号码我都照卷宗念，你们整理的时候去掉就行。
访谈者：头一个案子是什么？
受访者：头一个是申请撤销监护人资格，案号{{trap/number:（2024）湘0903民特37号}}。申请人是区{{trap/org:民政局}}，被申请人是孩子的爸爸{{han:曹建军}}，身份证{{id_number@my1985.430903}}，户籍地{{address:赫山区龙光桥街道石门村四组11号}}。{{han:曹建军}}吸毒，强制隔离戒毒两回，出来又偷东西，现在在{{trap/place:长沙}}服刑。孩子的妈妈{{han:蔡小燕}}生下孩子第二年就走了，去了{{trap/place:东莞}}，联系不上，是公告送达的。孩子叫{{han:曹梓轩}}，九岁，身份证{{id_number@my2015spaced.430903}}，一直跟外婆{{han:符桂兰}}过，外婆家在{{address:赫山区沧水铺镇碧云峰村七组5号}}。
访谈者：名字写两遍是怎么回事？
受访者：外婆不识字，申请书是村里人代写的，签名那一栏写成了“{{han:符桂兰}}{{han:符桂兰}}”，大概是写了一遍怕看不清，又写了一遍。送达回证上孩子爸爸的名字打成了{{spaced:曹 建 军}}，中间空了格，外婆的名字在另一张表上是{{spaced:符　桂　兰}}。我们核对的时候都要一个个对身份证，外婆的是{{id_number@wy1954.430903}}。
访谈者：这个案子怎么判的？
受访者：承办法官是{{compound:上官秋菊}}，她开庭前去外婆家看过两回。{{compound:上官秋菊}}法官说，外婆七十一了，有糖尿病，眼睛也不好，单靠外婆当监护人不现实。最后撤销了{{han:曹建军}}的监护资格，指定区民政局当监护人，孩子还是跟外婆住，村里的儿童主任{{han:张秋云}}天天照看。检察院的{{han:李建波}}检察官出了支持起诉的意见。孩子现在在{{school:沧水铺镇中心小学三年级（2）班}}，班主任{{han:汤国梁}}老师每周给外婆打个电话。
访谈者：第二个案子呢？
受访者：第二个是抚养费纠纷，案号{{trap/number:（2024）湘0903民初2156号}}。原告是两个孩子，大的随父姓，叫{{compound:欧阳若彤}}，十一岁，小的随母姓，叫{{han:彭思远}}，八岁，法定代理人是妈妈{{han:彭秋香}}。被告是爸爸{{compound:欧阳志坚}}，离婚以后三年没给过一分钱。{{compound:欧阳志坚}}在{{trap/place:深圳}}跑货车，手机一直不接，法官助理{{compound:漆雕立民}}加了他的微信，他的微信号是{{wechat:oyzj_1983}}，是在微信上送达的。
访谈者：孩子们的情况怎么样？
受访者：{{han:彭秋香}}得了类风湿，手指头都变形了，干不了重活，带着两个孩子住在{{address:桃江县桃花江镇凤凰小区5栋2单元301室}}，租的。{{han:彭秋香}}的电话{{mobile@plain}}，她的QQ号卷宗里也留了，庭前调解的时候我们在QQ上给她发过材料：{{qq:1092476385}}。她是跟区{{trap/org:妇联}}的{{han:熊春生}}大姐一块来的法院，她先打了法律援助热线{{trap/hotline:12348}}，中心指派的律师是{{compound:乐正思雨}}，年轻，很认真，{{compound:乐正思雨}}律师把三年的账一笔一笔算清楚了。
访谈者：判下来了吗？
受访者：判了。被告每月给每个孩子付八百，欠的三年一次性补上。他不服，上诉到中院，维持原判。后来还是不给，申请了强制执行，把他的货车扣了，他才把钱打过来。被告的身份证{{id_number@my1983hyphen.430903}}，电话{{mobile@plus86spaced}}，都在执行卷里。
访谈者：这类案子多吗？
受访者：这几年多了。撤销监护权的一年有两三件，抚养费的更多，一年几十件。最难的是送达，当爹的跑到外地，电话不接，地址不对，有的换了好几个城市。我们就一家家打电话问亲戚、问村委会，实在找不到就公告。开庭那天孩子一般不来，法官会去家里或者学校单独问孩子的意见，八岁以上的孩子，要听他自己想跟谁。
访谈者：问孩子话的时候您在场吗？
受访者：在，我做笔录。那个九岁的孩子，法官问他想不想爸爸，他不说话，低着头抠手指头。过了好一会儿才说，想外婆一直在。我打字的手都停了一下。
访谈者：卷宗里的名字写法有问题吗？
受访者：有。起诉状上被告写成{{spaced:欧 阳 志 坚}}，小孩写成{{spaced:欧阳 若彤}}，妈妈写成{{spaced:彭秋 香}}。益阳这边复姓多，{{trap/word:欧阳}}、{{trap/word:上官}}都常见，录系统的时候最容易拆错。
访谈者：您办这些案子，有什么感受？
受访者：大人做错了事，受罪的是孩子。我们这边老人常说{{trap/famous:关公}}单刀赴会就在{{trap/place:资江}}边上，讲的是一个义字。当爹妈的，连自己的孩子都不管，哪还有什么义气。
""")

# H416: Han grandmother in 资阳 (雁江), her son in prison, raising his two children.
DOCS["H416"] = ("family", """\
访谈者：婆婆，您身体还好嘛？
受访者：还将就。我叫{{han:钟玉芬}}，今年六十五，住在{{trap/place:资阳}}{{trap/place:雁江区}}{{trap/place:丹山}}镇。老头子{{han:邹德明}}前年走了。儿子{{han:邹永强}}前年在{{trap/place:成都}}跟人打架，把人打成重伤，判了五年，关在{{trap/place:眉山}}的监狱。儿媳{{han:唐小琴}}判了以后就走了，去了{{trap/place:浙江}}，电话也换了。两个孙娃子跟到我。
访谈者：孩子们多大？
受访者：大的孙儿十岁，大名{{han:邹宇航}}，小名叫{{han:胡豆}}，生下来小小一颗，像颗豆子。{{han:胡豆}}在{{school:丹山镇中心小学四年级（2）班}}，成绩中等。小的孙女六岁，大名{{han:邹雨萌}}，小名{{han:团团}}，脸圆。{{han:团团}}噻，最会撒娇，在镇上读幼儿园大班。
访谈者：孩子们知道爸爸的事吗？
受访者：{{han:胡豆}}晓得，{{han:团团}}不晓得，我跟她说爸爸在外头打工。{{han:胡豆}}嘛，刚开始在学校跟人打架，人家说他爸是劳改犯。班主任{{han:魏秀芝}}老师把他叫到办公室，跟他摆了一下午龙门阵，后来他就不打了。班主任还给他申请了学校的爱心午餐。
访谈者：家里靠什么过？
受访者：我种了两亩地，养了几只鸡。两个娃娃是事实无人抚养儿童，每人每月{{trap/number:一千二百多}}，村上的儿童主任{{han:袁德琼}}大姐帮我办的，{{han:袁德琼}}跑了好几趟镇上。村支书{{han:李德华}}给我们报了低保。{{han:李德华}}他说，婆婆你莫怕，有村上。镇{{trap/org:司法所}}的{{han:余国平}}所长帮我们联系监狱，每个月可以跟儿子视频一回，所长还帮我们申请了司法救助。
访谈者：视频会见是什么样的？
受访者：在司法所，一个屏幕，儿子穿着囚服坐在那边。{{han:邹永强}}他一看到娃娃就哭，说妈，我对不起你。管教{{han:文永红}}警官说他在里头表现好，减了半年刑。{{han:胡豆}}跟他爸说，你要好好改造，我在屋头照顾婆婆。我听了，眼泪包都包不住。
访谈者：还有谁帮过你们？
受访者：区里社工站有个小伙子叫{{compound:诸葛晓东}}，还有他同事{{compound:段干志远}}，每个月来两回，{{compound:诸葛晓东}}教{{han:胡豆}}写作文，{{compound:段干志远}}带{{han:团团}}做手工。区{{trap/org:妇联}}的{{compound:慕容晓华}}主任送过米和油。隔壁的{{han:胡春兰}}嬢嬢天天来帮我喂鸡，她自己的娃也在外头，我们两个老婆子互相照应。
访谈者：您身体怎么样？
受访者：腰杆痛，血压也高。镇卫生院的{{han:王春梅}}医生每个月来给我量血压，开点药。我最怕我倒了，两个娃娃咋个办。{{han:邹永强}}还有三年才出来，要到{{trap/year:2028年}}。
访谈者：您一个人带两个娃娃，最难的是啥子？
受访者：最难的是娃娃生病。去年冬天孙女发高烧，半夜烧到三十九度八，我背起她走了四里路到镇卫生院，路上黑黢黢的，打起电筒，摔了一跤，膝盖都摔烂了。到了卫生院，医生说是肺炎，住了五天院。孙儿一个人在屋头，自己煮饭吃，自己去上学，还晓得给鸡喂食。
访谈者：学习上呢？
受访者：我认不到几个字，作业辅导不到。孙儿的作业都是自己做，做完了拿给隔壁读高中的女娃子看。学校有课后服务，五点半放学，娃娃在学校把作业写完再回来，我放心些。孙女喜欢画画，拿起笔就画，画房子、画鸡、画她爸爸，她说她爸爸在很远的地方修房子。
访谈者：您对儿子有啥子话想说？
受访者：我就想跟他说，在里头好好改，出来了莫再冲动。他小时候也是个乖娃娃，就是脾气冲，跟他老汉一个样。他出来那年，孙儿就十三了，怕是认不到他了。
访谈者：过节的时候呢？
受访者：过年村上办{{trap/word:坝坝宴}}，请我们去吃。我给娃娃们讲{{trap/famous:孔融}}让梨，说要懂得让。端午带{{han:胡豆}}和{{han:团团}}去{{trap/place:沱江}}边看划龙舟，买两个{{trap/word:柠檬}}回来泡水。
访谈者：登记表要填地址和号码。
受访者：屋头在{{address:雁江区丹山镇石岭村5组17号}}，儿媳以前在城里租的房子是{{address:雁江区资溪街道佳和小区2栋1单元603室}}。儿子的身份证{{id_number@my1988.512002}}，孙儿的{{id_number@my2015x.512002}}。我电话{{mobile@spaced}}，{{han:袁德琼}}的电话{{mobile@p86h}}，她的微信是{{wechat:yuandeqiong66}}。孙儿有个QQ，是学校老师帮着注册的，号码他背得，我让他念：{{qq:2591740836}}。
访谈者：名字写对了吗？
受访者：低保表上我写成{{spaced:钟 玉 芬}}，孙儿写成{{spaced:邹　宇　航}}，社工登记我儿子是{{spaced:邹永 强}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人团圆。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=409,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout52",))


if __name__ == "__main__":
    main()
