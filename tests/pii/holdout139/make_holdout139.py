# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 139 (tests/pii/holdout139/H1097-H1104 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 138, written at the same time, is not
an earlier set).

Set 139 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
桐乡 (Zhejiang) and 丹阳 (Jiangsu): a Mongolian father from 陈巴尔虎旗 who works in a 桐乡 fibreglass plant, his wife
gone, his son with him and his daughter with his mother in the gacha; a Kham Tibetan mother from 稻城 who polishes
lenses in 丹阳, raising a daughter with a heart defect beside a Han husband hurt in a crash; a Kazakh grandfather
from 吉木乃 raising a grandson in 濮院镇; a Yi mother from 金阳 in a 丹阳 eyeglass-frame workshop, her husband killed
in a mine; a Han community worker in 梧桐街道 reading out her register; a Han 儿童主任 in 司徒镇 going through her
WeChat; a Wu-speaking Han grandfather in 崇福镇 whose son is in prison; and a Han village doctor in 吕城镇. The
emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names used whole and with short forms (额日和木图 then 额日和, 宝力和朝鲁 then 宝力和, 萨其日玛, 巴达玛仁钦,
宝音图门), a Han surname before a Mongolian given name (陈宝力和, 鲍其木格她, 白斯日古楞) and the Han names of the same
people (陈满仓, 陈师傅); Kham Tibetan names (泽仁卓措, 德西拉姆, 洛绒卓嘎她, 次仁邓珠, 四郎拥措) with short forms (卓措,
德西), a Han surname before a Tibetan given name (眭德西) and the Han names of Tibetans (眭欣悦, 眭嫂); Kazakh given
name + father's name with and without the dot and with spaces around it (托列别克·加依劳, 叶尔加那提·阿依波力,
叶尔加那提阿依波力, 托列别克 · 加依劳) and single and short forms (托列别克老爹, 叶尔加他, 哈丽曼); Yi names with the clan
name before the given name (俄底阿各, 马海拉博, 马海日莫, 阿说伍果, 吉尔木呷, 吉克曲布) and short forms (阿各, 拉博他,
日莫她), a Han surname before a Yi given name (马日莫) and a Yi child's Han name (马明亮); Han names with common and rare
surnames of the region (沈, 钱, 陆, 徐, 姚, 屠, 濮, 俞, 褚, 钮, 费, 眭, 笪, 荆, 束, 贡, 芮, 殷, 贺); surnames that are
also ordinary words, and such words in given names, next to grammar words (和永林 after 我和, 和嘉禾和她弟弟, 都志刚都,
才佳怡才八岁, 才福顺才五十出头, 向老师, 能思远他, 沈有福有时候, 蒋有才有时候, 汤还生还, 褚也平也, 王让让我, 把晓红把,
要文杰要强, 就国强就住在, 额日和和儿子); titles and kin words after names (向晓岚老师, 笪海燕大夫, 钮春红老师; the span
is the name only), a surname with only a title or kin word, annotated whole (陈师傅, 眭嫂, 笪大夫, 向老师, 钮老师, 殷老师,
濮科长, 贺老师, 束主任, 褚老师, 屠阿姨, 眭主任, 才主任, 殷先生, 殷伯伯, 芮婶), nicknames and local forms of address,
annotated whole (兰姐, 阿金, 土伯); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和;
a name closing the last sentence (叫吕海峰。); names spaced out character by character in half- and full-width
spaces and names split in two; compound surnames after ordinary words (濮阳, 申屠, 慕容, 端木, 闻人, 诸葛, 钟离, 夏侯,
宗政, 公孙, 南宫, 司徒 beside the place 司徒镇, 上官, 欧阳, 令狐); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:沈佩华}}``, ``{{qq:2094817365}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013fwhyphen.330483}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38, h38,
                                   s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 主任) and a particle, pronoun,
verb or grammar word written directly after a name (说, 也, 都, 才, 有, 还, 把, 要, 就, 和, 她, 他, 老爹) are outside the
span; a surname with only a title or kin word (陈师傅, 眭嫂, 笪大夫, 殷伯伯, 芮婶) and a nickname or local form of
address (兰姐, 阿金, 土伯) are annotated whole. Han-style names of Mongolian, Tibetan and Yi people (陈满仓, 眭欣悦,
马明亮) are category han; a Han surname before a non-Han given name (陈宝力和, 鲍其木格, 白斯日古楞, 眭德西, 马日莫) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout139/make_holdout139.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(139_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "173", "176", "181", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1097: Mongolian father from 陈巴尔虎旗 in a 桐乡 fibreglass plant; his wife gone, his son with him, his daughter
# with his mother in the gacha.
DOCS["H1097"] = ("family", """\
访谈者：大哥，您在这个玻纤厂干几年了？
受访者：四年多了。我是{{trap/place:呼伦贝尔}}{{trap/place:陈巴尔虎旗}}的牧民，叫{{minority/mongolian:额日和木图}}，身份证上的汉名是{{han:陈满仓}}，车间里都喊我{{han:陈师傅}}，老乡还是叫我{{minority/mongolian:额日和}}。厂子在{{trap/place:桐乡}}，我在拉丝车间，一站就是十个钟头，玻璃丝扎到手上痒得睡不着。
访谈者：家里现在什么情况？
受访者：孩子他妈{{minority/mongolian:萨日朗格日乐}}三年前走了，不是没了，是走了，跟一个收羊皮的去了{{trap/place:满洲里}}，电话换了号。两个孩子，儿子带在身边，闺女留给我额吉。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:宝力和朝鲁}}十岁，家里叫他{{minority/mongolian:宝力和}}。{{minority/mongolian:宝力和}}和班上同学处得好，学校花名册上跟着我的汉姓写成{{minority/mongolian:陈宝力和}}，在{{school:桐乡市振东小学四年级（3）班}}。闺女{{minority/mongolian:萨其日玛}}十三，在{{school:陈巴尔虎旗民族中学初一（2）班}}住校，我们喊她{{minority/mongolian:萨其日玛}}。
访谈者：奶奶身体怎么样？
受访者：额吉叫{{minority/mongolian:鲍其木格}}，六十九了，眼睛有白内障。{{minority/mongolian:鲍其木格}}她一个人守着二十几只羊，周末还要给{{minority/mongolian:萨其日玛}}做饭洗衣。我舅舅{{minority/mongolian:宝音图门}}住得近，剪羊毛的时候过去帮一把。
访谈者：有谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:白斯日古楞}}给闺女报了事实无人抚养，每月{{trap/number:一千三百四}}，嘎查达{{minority/mongolian:巴达玛仁钦}}把额吉的低保续上了。这边社区的儿童主任{{han:姚雪琴}}帮儿子办的入学，社工{{compound:濮阳思琪}}每周三来陪他写作业。班主任是{{han:向晓岚}}老师，家长会我听不太懂，{{han:向老师}}散了会再单独给我讲一遍。
访谈者：厂里的人呢？
受访者：车间主任{{han:屠建峰}}让我只上白班，好接孩子。我跟{{han:都志刚}}都是拉丝工，{{han:都志刚}}替过我好几回班。同宿舍的{{han:和永林}}是{{trap/place:贵州}}来的，我和{{han:和永林}}轮流做饭，他做酸汤，我煮手把肉，谁也吃不惯谁的。
访谈者：孩子想妈妈吗？
受访者：想。{{minority/mongolian:宝力和}}他不说，夜里把他妈的照片压在枕头底下。闺女在视频里问，阿爸什么时候回草原过{{trap/minority_word:那达慕}}。去年我带儿子回去祭了一次{{trap/minority_word:敖包}}，额吉给他讲{{trap/famous:成吉思汗}}的故事，他听得眼睛都不眨。
访谈者：拉丝车间的活累不累？
受访者：累。炉子边上热，玻璃丝又细又硬，戴了手套也往肉里钻。刚来那年我手上烂了一个月，晚上抹药膏，白天照样上。一个月能拿六千出头，房租厂里出，饭在食堂吃，我自己花不到一千，剩下的寄一半给额吉，一半攒着给儿子交兴趣班。草原上欠的草料钱和治病钱，去年才还完。
访谈者：儿子在这边适应吗？
受访者：头半年不行，听不懂这边的话，下课一个人蹲在墙角。后来学校开运动会，他摔跤把两个高年级的都摔倒了，同学们才跟他玩。他现在放学回来跟我讲学校的事，一讲讲半个钟头。{{minority/mongolian:额日和}}和儿子，工友们说我们爷俩说话像吵架，其实是蒙古话，他们听不懂。
访谈者：您有没有想过把女儿也接过来？
受访者：想过。可她在旗里上的是蒙语授课，过来了跟不上；额吉一个人在家也不行。我就每天晚上九点跟她视频，她给我看她画的马，一匹一匹，都是我们家那几匹的样子。她说等她考上大学，就到南方来找我。
访谈者：厂里过年放假吗？
受访者：放十天。路上来回就要四天，火车转火车，再坐班车到嘎查。去年我没舍得回，留下来看厂，三倍工资。年三十晚上食堂包饺子，我跟儿子坐在宿舍里跟额吉视频，额吉端着一碗奶茶对着手机，说你们喝一口。儿子真的把嘴凑到屏幕上，额吉笑了，我转过身去，没让他们看见我的脸。
访谈者：您平时休息做什么？
受访者：睡觉，洗衣服。有空就带儿子去{{trap/place:运河}}边上走走，他喜欢看船。我跟他说，草原上没有这么多水。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:陈巴尔虎旗巴彦库仁镇呼和诺尔嘎查二组7号}}，这边住{{address:桐乡市梧桐街道振兴东路88号玻纤厂宿舍3幢415室}}。我的身份证{{id_number@my1984spaced.150725}}，儿子的{{id_number@my2015.150725}}。我电话{{mobile@s434}}，{{minority/mongolian:白斯日古楞}}的电话{{mobile@plain}}。闺女的微信叫{{wechat:saqirima_cbeh}}。儿子有个QQ，说跟同学下棋用的，号码他用水笔写在我安全帽里面：{{qq:2094817365}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:额 日 和 木 图}}，闺女写成{{spaced:萨其日　玛}}，学校把儿子写成{{spaced:宝 力 和 朝 鲁}}。
访谈者：您最盼什么？
受访者：盼攒够钱回草原，一家人在一个屋里过冬。
""")

# H1098: Kham Tibetan mother from 稻城 who polishes lenses in 丹阳; her daughter has a heart defect, her Han
# husband was hurt in a crash.
DOCS["H1098"] = ("family", """\
访谈者：阿佳，您在这个眼镜厂做什么？
受访者：磨镜片。我老家是{{trap/place:稻城}}，{{trap/place:亚丁}}那边的。我叫{{minority/tibetan:泽仁卓措}}，厂里的人叫不顺，就叫我{{minority/tibetan:卓措}}，也有人跟着我男人的姓喊我{{han:眭嫂}}。到{{trap/place:丹阳}}五年了，一天磨六七百片。
访谈者：家里几口人？
受访者：我男人{{han:眭国强}}是本地人，在{{trap/place:稻城}}修路认识的。前年他跑货车出了车祸，腿断了，在家躺着，有残疾证，拿残疾人两项补贴。女儿{{minority/tibetan:德西拉姆}}八岁，生下来就是先天性心脏病，户口本上的汉名是{{han:眭欣悦}}，同学们叫她{{minority/tibetan:眭德西}}，她两个都答应。我们在家叫她{{minority/tibetan:德西}}。
访谈者：孩子的病怎么治的？
受访者：三岁在{{trap/place:上海}}做过一次手术，还要做第二次。{{trap/org:红十字会}}给了两万，民政局的大病救助报了一部分。市医院心内科的{{han:笪海燕}}大夫一直跟着，{{han:笪大夫}}说第二次手术等她九岁再做。
访谈者：孩子在哪里上学？
受访者：在{{school:丹阳市云阳小学二年级（4）班}}，班主任{{han:荆丽萍}}知道她不能跑跳，体育课让她当记分员。{{minority/tibetan:德西}}也懂事，自己记得吃药。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:束慧芳}}给女儿报了困境儿童，每月{{trap/number:九百八十元}}，还帮我们申请了低保。社工站的{{compound:申屠雅静}}每个月来一次，跟她一起来的还有{{compound:慕容听雪}}，给女儿带画笔和书。厂里的老板{{han:贺金龙}}让我晚上不加班，工钱照算计件。拉长{{han:向丽娟}}给我调了靠窗的位置，说粉尘少一点。
访谈者：老家那边呢？
受访者：我阿妈{{minority/tibetan:洛绒卓嘎}}还在{{trap/place:稻城}}，七十一了，我弟弟{{minority/tibetan:次仁邓珠}}在山上挖{{trap/minority_word:松茸}}，卖了钱寄一点给我。村里的儿童主任{{minority/tibetan:四郎拥措}}每年夏天给阿妈送药。女儿想外婆，{{minority/tibetan:洛绒卓嘎}}她在视频里给她唱{{trap/minority_word:锅庄}}的调子，讲{{trap/famous:格萨尔王}}。
访谈者：您自己呢？
受访者：手上全是口子，磨镜片的水里有药。晚上回家给男人翻身、擦身子，再给孩子熬药。{{han:眭国强}}他心里急，发脾气，摔过碗。我不怪他，他以前是能跑长途的人。
访谈者：孩子的病平时要注意什么？
受访者：不能累，不能感冒，一感冒就喘，嘴唇发紫。夏天我不敢让她出去疯，冬天屋里要开取暖器，电费一个月好几百。每个月去医院复查一次，做彩超，查血氧。{{minority/tibetan:德西}}怕抽血，每回都要我抱着，她说阿妈你唱歌，我就给她唱老家的山歌，唱完了针也扎完了。
访谈者：磨镜片一个月挣多少？
受访者：计件，多的时候四千五，少的时候三千出头。旺季要赶货，车间里的人一直做到晚上十点，我做不了，要回家。老板说没关系，我心里还是过意不去，白天就少喝水少上厕所，多磨几片。粉尘大，我鼻子老是出血，去医院看过，医生说换个活，我说换不了。
访谈者：您想过回稻城吗？
受访者：想。可是孩子的病在这边能治，老家的医院看不了。我男人也离不开人。等孩子做完第二次手术，病好了，我想带她回去一趟，让她看看雪山，看看外婆。{{minority/tibetan:卓措}}这个名字是外婆起的，她说生我那天湖上起了雾，我阿妈说这名字带着水，人就不会干枯。
访谈者：丈夫的腿现在怎么样？
受访者：能拄拐下地了，还不能走远。他以前爱说话，出了事以后整天闷着，看手机。女儿放学回来给他讲学校的事，他才笑一笑。残联的人来过两回，说等腿好一点，可以去学修手机。他说学，学了自己开个小店，我在店里帮他，这样就不用天天闻粉尘了。
访谈者：邻居们怎么样？
受访者：好。楼下开小卖部的阿婆每天给女儿留一瓶牛奶，不要钱。我给她送过一条{{trap/minority_word:哈达}}，她挂在店里收银台上面，说保平安。过年她给我们包了一盒{{trap/word:贺年}}糕，女儿一个人吃了半盒。
访谈者：登记信息请您说一下。
受访者：租的房在{{address:丹阳市云阳街道南门新村14幢2单元301室}}，老家在{{address:稻城县香格里拉镇仁村一组9号}}。我的身份证{{id_number@wy1988hyphen.513337}}，女儿的{{id_number@wy2017fullwidth.321181}}。我电话{{mobile@h38}}，{{han:束慧芳}}的{{mobile@plus86}}。我的微信{{wechat:zerenzhuocuo_dy}}。女儿用她爸的旧手机上QQ，跟同学发表情，号码我记在药盒子上：{{qq:58302716}}。
访谈者：名字写法一样吗？
受访者：不一样。医院单子上我是{{spaced:泽 仁 卓 措}}，学校写成{{spaced:德西 拉姆}}，低保表上是{{spaced:眭 欣 悦}}。
访谈者：最后想说什么？
受访者：盼女儿第二次手术顺顺当当。{{han:笪大夫}}说能好，我就信{{han:笪海燕}}。
""")

# H1099: Kazakh grandfather from 吉木乃 raising his grandson in 濮院镇.
DOCS["H1099"] = ("family", """\
访谈者：老人家，您从新疆过来多久了？
受访者：两年半。我叫{{minority/kazakh:托列别克·加依劳}}，老家{{trap/place:吉木乃}}，在{{trap/place:阿勒泰}}那边，跟{{trap/place:哈萨克斯坦}}挨着。我是跟着孙子来{{trap/place:濮院镇}}的，这里做羊毛衫的多，邻居都叫我{{minority/kazakh:托列别克}}老爹。
访谈者：孙子的爸妈呢？
受访者：儿子{{minority/kazakh:阿依波力·托列别克}}四年前在矿上出事，没了。儿媳{{minority/kazakh:阿依古丽·沙尔山}}后来改嫁，到{{trap/place:乌鲁木齐}}去了，一年打两回电话。孙子就跟着我。我老伴{{minority/kazakh:哈丽曼}}前年走的，走之前说一定把孩子养大。
访谈者：孙子多大？
受访者：孙子{{minority/kazakh:叶尔加那提·阿依波力}}十二岁，在{{school:桐乡市濮院镇中心小学六年级（2）班}}。学校的系统里没有点，打成{{minority/kazakh:叶尔加那提阿依波力}}。同学们嫌长，叫他{{minority/kazakh:叶尔加}}，我叫他{{minority/kazakh:叶尔加那提}}。{{minority/kazakh:叶尔加}}他会说杭州话，比我强。
访谈者：怎么会到濮院来？
受访者：我侄子{{minority/kazakh:努尔兰·别克}}在这边开羊毛衫店，说这边学校好，把我们接来的。我在他店里看门、打包，一个月两千。羊毛衫厂的老板{{han:沈有福}}有时候也叫我去帮着搬货，{{han:沈有福}}给钱大方。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:费丽娟}}给孙子报了事实无人抚养，每个月{{trap/number:一千五百二}}，学校的{{trap/word:费用}}也免了。孙子的班主任{{han:钮春红}}老师每天放学帮他补语文，{{han:钮老师}}说他算术在班里拔尖。社工{{compound:端木晨阳}}隔周来一趟，还带他去{{trap/place:乌镇}}看了一回戏。村里的{{han:才福顺}}才五十出头，是老党员，我不会用手机付钱，都是他教的。
访谈者：老家那边还有谁管？
受访者：村里的儿童主任{{minority/kazakh:巴合提古丽·赛力克}}一直跟着孙子的材料，寄过来的表都是她填的。民政局的{{han:能海涛}}每年核一次。我女儿{{minority/kazakh:萨吾列·托列别克}}在{{trap/place:布尔津}}，自己也有三个孩子。
访谈者：孩子过得习惯吗？
受访者：吃不惯米饭，我给他烤{{trap/minority_word:馕}}。{{trap/minority_word:纳吾肉孜节}}那天我们两个人过，我弹{{trap/minority_word:冬不拉}}，他在边上跳。他说想回去看{{trap/minority_word:阿肯弹唱}}，想爬山，想骑马。我也想。我给他讲{{trap/famous:阿拜}}的话，他记了两句写在本子上。
访谈者：您身体怎么样？
受访者：七十了，血压高，膝盖不好，南方冬天湿冷，骨头里疼。我最怕我先倒下，孙子一个人在这里。
访谈者：您在店里一天做些什么？
受访者：早上七点开门，打包、贴标签、把货搬上三轮车。濮院的羊毛衫一车一车往外发，发到东北，发到俄罗斯，也发到我们新疆。我不识汉字，标签上的字都是孙子教我认的，他写在纸上，我照着比。晚上收了店，我在门口坐一会儿，跟隔壁店里的人比划着说话，他们说桐乡话，我说哈萨克话，有时候也能聊半天。
访谈者：孙子的学习怎么样？
受访者：算术好，语文差，作文老是写不满。{{minority/kazakh:叶尔加}}他说汉字比马难骑。老师让他每天读半小时课文，我听不懂，就坐在边上听，他读错了我也不知道，可他读完了我就给他一块奶疙瘩。他还参加了学校的足球队，是守门员，周六要训练，我就去场边看。
访谈者：老家的房子和地呢？
受访者：房子锁着，草场租给了邻居，一年租金六千，邻居打到我卡上。{{minority/kazakh:托列别克}}这个名字，在我们村里谁都知道，我年轻的时候是村里驯马驯得最好的。现在老了，骑不动了，就想着把孙子送进大学。
访谈者：您一个人带孩子，有人说说话吗？
受访者：镇上还有几家新疆来的，做馕的、卖烤肉的，周末聚在一起，说说家乡话，喝喝茶。孩子们在一起踢球。有一家的媳妇会做手抓饭，每回都给我们端一大盘。说起老家的草场、河、雪，说着说着都不说话了。南方好是好，就是没有山。
访谈者：孙子跟您说过以后想做什么吗？
受访者：说过，想当兽医，回去给牧民看牛羊。我说好，我们家的马就交给你。他笑，说爷爷的马太老了。
访谈者：登记信息请您说一下。
受访者：住在{{address:桐乡市濮院镇永越路27号羊毛衫市场后楼2单元503室}}，老家在{{address:吉木乃县托斯特乡阔依塔斯村三组15号}}。我的身份证{{id_number@mold.654326}}，孙子的{{id_number@my2013quad.654326}}。我电话{{mobile@spaced}}，{{han:费丽娟}}的{{mobile@s74}}。侄子的微信{{wechat:nurlan_puyuan}}。孙子有QQ，打游戏用的，号码他刻在我床头柜上：{{qq:1307582946}}。
访谈者：名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:托列别克 · 加依劳}}，学校写成{{spaced:叶 尔 加 那 提}}，社工写成{{spaced:端木 晨阳}}。
访谈者：您最盼什么？
受访者：盼孙子考上大学，回吉木乃看看他爸的坟。
""")

# H1100: Yi mother from 金阳 in a 丹阳 eyeglass-frame workshop; her husband was killed in a mine.
DOCS["H1100"] = ("family", """\
访谈者：阿姐，您在这个作坊里做什么？
受访者：给眼镜框打磨、装铰链。我是{{trap/place:凉山}}{{trap/place:金阳}}人，彝族，叫{{minority/yi:俄底阿各}}，作坊里的人叫我{{minority/yi:阿各}}。来{{trap/place:丹阳}}三年了。
访谈者：家里的情况呢？
受访者：孩子他爸{{minority/yi:马海尔日}}在{{trap/place:攀枝花}}的矿上做工，前年塌方没了。矿上赔的钱被他哥拿去还债了。我带着两个孩子出来，一个人打工。
访谈者：孩子们多大？
受访者：儿子{{minority/yi:马海拉博}}十一岁，上学的汉名叫{{han:马明亮}}，在{{school:丹阳市开发区中心小学五年级（1）班}}。女儿{{minority/yi:马海日莫}}七岁，在{{school:丹阳市华南实验学校一年级（3）班}}，家里叫她{{minority/yi:日莫}}，班上同学叫她{{minority/yi:马日莫}}。{{minority/yi:日莫}}她有哮喘，换季就喘。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:殷秀芬}}，她给两个孩子报了事实无人抚养，每人每月{{trap/number:一千二百六}}，还帮我申请了低保。作坊老板{{han:贡建华}}让我把女儿带到作坊里写作业。社工{{compound:闻人书琪}}每周来一回，还有{{compound:诸葛明川}}给儿子补数学。儿子的班主任{{han:殷老师}}跟{{han:殷秀芬}}不是一家，{{han:殷老师}}是男的。
访谈者：老家那边呢？
受访者：我阿妈{{minority/yi:阿说伍果}}在金阳，身体不好。我弟弟{{minority/yi:俄底拉哈}}在{{trap/place:西昌}}打零工。村里的儿童主任{{minority/yi:吉尔木呷}}把孩子们的户口材料一次次寄过来。孩子他爸的哥哥{{minority/yi:马海拉且}}，我不想说他。村里的{{trap/minority_word:毕摩}}给他爸做过{{trap/minority_word:尼木措毕}}，我借了三千块。
访谈者：孩子们想家吗？
受访者：想。儿子说想回去过{{trap/minority_word:火把节}}，想吃{{trap/minority_word:坨坨肉}}。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。{{minority/yi:拉博}}他说长大了要当警察，把坏人都抓起来。我跟他说，好好念书才当得上。
访谈者：作坊里的同事呢？
受访者：都好。同一个作坊的{{han:汤还生}}还会修电动车，我的车坏了都找他。{{han:汤还生}}还给我女儿做了个小书桌。对门的{{han:芮婶}}下雨天帮我收衣服。老乡{{minority/yi:吉克曲布}}也在丹阳，在另一个厂，有事就打电话给他。
访谈者：您的名字前面两个字是姓吗？
受访者：是家支的名字，我们彝族先说家支，再说自己的名字。我是俄底家的，名字是后面两个字。孩子跟他爸，是马海家的。在这边人家嫌长，只叫后面两个字，叫{{minority/yi:阿各}}、叫{{minority/yi:拉博}}，也行。表上填汉名的时候，儿子的老师就让他用了个马姓。
访谈者：作坊里的活辛苦吗？
受访者：镜框要一个一个打磨，机器声音大，一天下来耳朵嗡嗡响。按件算钱，一个框两毛五，我一天能做七八百个，一个月三千多。房租一个月六百，女儿的药一个月两百多，剩下的寄一点给阿妈。女儿放学就在作坊角上的小桌子写作业，有时候睡着了，我下班把她背回去。
访谈者：孩子们在这边习惯吗？
受访者：儿子习惯了，会说普通话，还会说两句丹阳话，比我强。女儿刚来的时候老哭，说想外婆，说这边没有山。她班上有个同学的奶奶，每天多做一份早饭给她带。我不会说谢谢的话，过年杀了一只鸡送过去，人家不要，又给我们送回来半只。
访谈者：您自己有什么打算？
受访者：先把两个孩子供出来。我没读过书，汉字认得不多，作坊里发工资单我看不懂，都是儿子念给我听。晚上社区有扫盲班，我报了名，一个礼拜两次，学写自己的名字、孩子的名字。老师说我写得端正，一笔一画，像刻在镜框上的字。我听了高兴，回来写给女儿看，她说阿妈的字比她的还大。等我会写了，我就自己给阿妈写信，不用再托人。
访谈者：女儿的哮喘在哪里看？
受访者：在市人民医院，医生给开了喷的药，一支一百多。{{trap/org:丹阳市妇幼保健院}}也去过，医生说作坊里的粉尘对她不好，让她少待。可她不在作坊，放学就没人管。社区说下学期可以去{{trap/org:儿童之家}}写作业，我就放心了。
访谈者：登记信息请您说一下。
受访者：住在{{address:丹阳市开发区东方村五组21号后院二楼}}，老家在{{address:金阳县丙底乡洛觉村二组6号}}。我的身份证{{id_number@wy1990x.513430}}，儿子的{{id_number@my2014hyphen.513430}}。我电话{{mobile@p86n}}，{{han:殷秀芬}}的{{mobile@s38}}。我的微信是老板帮我弄的，叫{{wechat:edi_age_jinyang}}。儿子有QQ，号码他写在我手背上让我记住：{{qq:615938402}}。
访谈者：名字在表上写得对吗？
受访者：不一样。低保表上我是{{spaced:俄 底 阿 各}}，儿子写成{{spaced:马海 拉博}}，女儿写成{{spaced:马　海　日　莫}}。
访谈者：您最盼什么？
受访者：盼{{minority/yi:日莫}}的病好，盼{{minority/yi:拉博}}读出来。
""")

# H1101: Han community worker in 梧桐街道 reading out her register of children in distress.
DOCS["H1101"] = ("staff", """\
访谈者：您手上这本是什么？
受访者：困境儿童台账。我叫{{han:沈佩华}}，在{{trap/place:梧桐街道}}的社区工作站，管儿童这一块五年了。我照着本子一户一户念，你记。
访谈者：好，您念。
受访者：第一户，{{han:和嘉禾}}，女，九岁。{{han:和嘉禾}}和她弟弟{{han:和沐阳}}跟外婆{{han:陆金妹}}过，爸爸在外地欠了网贷跑了，妈妈{{han:钱月琴}}在{{trap/place:嘉兴}}住精神病院。住{{address:桐乡市梧桐街道庆丰南路63弄5号}}。{{han:和嘉禾}}的身份证{{id_number@wy2016.330483}}，外婆的{{id_number@wold.330483}}。两个孩子都是事实无人抚养，每人每月{{trap/number:一千四百八}}。
访谈者：第二户？
受访者：第二户，{{han:才佳怡}}，女，{{han:才佳怡}}才八岁，爸爸{{han:才志军}}因为盗窃判了四年，在{{trap/place:乔司}}服刑，服刑人员子女补助是我去报的。妈妈{{han:褚也平}}在超市理货，一个人带她。{{han:褚也平}}也有腰椎间盘突出。住{{address:桐乡市梧桐街道复兴北路21号2幢302室}}，妈妈的电话{{mobile@hyphen}}。
访谈者：第三户？
受访者：第三户，{{han:向沐辰}}，男，十三岁，在{{school:桐乡市第六中学七年级（5）班}}。爸妈都是聋哑人，有残疾证，两项补贴都有。{{han:向沐辰}}给他爸妈当翻译，家长会都是他自己来开。爸爸{{han:向东林}}的身份证{{id_number@mmidspaced.330483}}。
访谈者：第四户？
受访者：第四户是孤儿，{{compound:钟离若曦}}，女，十一岁，爸妈前年在{{trap/place:沪杭高速}}上出的事。现在跟舅舅{{han:屠永华}}过，孤儿基本生活费每月{{trap/number:一千九百二}}，直接打到孩子卡上。她在{{school:梧桐街道第二小学五年级（2）班}}。
访谈者：第五户？
受访者：第五户，{{han:能思远}}，男，七岁，脑瘫，坐轮椅。妈妈{{han:徐海英}}辞了工作在家管他。我跟{{han:能思远}}他妈说了好几回，康复救助可以再申请一轮。他家在{{address:桐乡市梧桐街道文华园7幢1单元102室}}。
访谈者：这些孩子都有谁在跟？
受访者：街道民政科的{{han:濮科长}}总负责，材料报到市{{trap/org:民政局}}。站里同事{{compound:夏侯书瑶}}跟第一户和第四户，新来的社工{{compound:宗政安然}}跟第五户。学校那边，第六中学的心理老师叫{{compound:公孙晚晴}}。律师{{compound:南宫文静}}帮第二户打过官司。
访谈者：这些孩子是怎么发现的？
受访者：有的是学校报上来，有的是邻居说的，有的是我们入户排查查出来的。每年春天和秋天，我们跟网格员一栋一栋走，看哪家大人病了、哪家大人进去了、哪家孩子放学没人接。第一户就是楼下的阿姨打电话来说，外婆一个人在阳台上哭，我们上去一看，两个孩子三天没洗澡了。
访谈者：您一个人管多少户？
受访者：街道里登记在册的困境儿童六十多个，我们站里三个人分，一人二十来个。每个孩子一个档案袋，每季度入户一次，半年评估一次。最怕的是材料，一个补助要跑民政、跑学校、跑医院，盖七八个章。有的家长不识字，表都要我们替他们填。
访谈者：这些孩子里有好起来的吗？
受访者：有。第三户那个男孩，去年区里演讲比赛拿了二等奖，讲的就是他给爸妈当翻译的事，台下好多人抹眼泪。第五户的孩子做了一年康复，能扶着东西站一会儿了，他妈给我发了个视频，我看了好几遍。做这个工作，靠的就是这些时候。
访谈者：社区里有什么活动给这些孩子吗？
受访者：暑假有夏令营，去年带他们去{{trap/place:乌镇}}写生，画了一墙的{{trap/word:向日葵}}。周末有大学生志愿者来辅导功课，{{trap/org:团市委}}送过书包和文具。
访谈者：您平时怎么跟家长联系？
受访者：都加了微信。{{han:屠永华}}的微信是{{wechat:tuyonghua_tx1976}}，我的工作微信{{wechat:shenph_wutong}}。{{han:向沐辰}}有QQ，他说打字比说话方便，号码是{{qq:2846019357}}。外婆{{han:陆金妹}}不识字，电话{{mobile@plus86dash}}，我打过去都是{{han:和嘉禾}}接。
访谈者：台账上的名字都写对了吗？
受访者：错了不少。系统里{{compound:钟离若曦}}被拆成{{spaced:钟 离 若 曦}}，还有一张表写成{{spaced:钟离 若曦}}；{{spaced:和　嘉　禾}}；{{spaced:才 佳 怡}}；{{spaced:夏 侯 书 瑶}}；{{spaced:向沐 辰}}。年底我们一个一个核。
访谈者：做这个工作，最放不下哪个孩子？
受访者：{{han:向沐辰}}。他才十三岁，说话像个大人。有一回他在社区门口等我，手里攥着他爸的病历，问我能不能让他爸少吃点苦。我当时眼泪就下来了，我说能，阿姨帮你问。现在他爸的慢病卡办下来了，他每次见我都鞠躬。
访谈者：有难处的家长可以打哪里？
受访者：白天找社区，晚上打{{trap/hotline:12349}}，孩子自己可以打{{trap/hotline:12355}}。我们社区{{trap/word:和睦}}，邻居都肯帮。
""")

# H1102: Han 儿童主任 in 司徒镇 going through her WeChat messages.
DOCS["H1102"] = ("staff", """\
访谈者：您是司徒镇的儿童主任？
受访者：对，我在{{trap/place:司徒镇}}{{trap/place:皇塘村}}，叫{{han:笪玉兰}}，村里人叫我{{han:兰姐}}。我不太会说，手机上微信聊天记录都在，我翻给你看。
访谈者：好，您一条一条说。
受访者：这条是{{han:荆国平}}发的，他是{{han:荆欣怡}}的爷爷。{{han:荆欣怡}}十岁，爸爸在{{trap/place:常州}}吸毒被抓，强戒两年，妈妈早跑了。我给她报了事实无人抚养，每月{{trap/number:一千一百八}}。{{han:荆国平}}说，孙女在学校被人说爸爸是吸毒的，回家哭。我就去找了她班主任，{{school:司徒镇中心小学四年级（1）班}}的{{han:贺老师}}。{{han:贺老师}}大名{{han:贺春燕}}，人很好，第二天就开了个班会。
访谈者：下一条呢？
受访者：下一条是语音，{{han:蒋有才}}发的。他是低保户，老婆是二级肢体残疾，儿子{{han:蒋一帆}}有自闭症。{{han:蒋有才}}有时候一天发十几条，说孩子又跑出去了。我跟镇上残联的{{han:束主任}}说了，给孩子申请了康复补助。{{han:蒋有才}}的微信{{wechat:jiangyc_situ1970}}，电话{{mobile@plus86spaced}}。
访谈者：还有吗？
受访者：这个头像是只猫的，是{{compound:司徒语桐}}，司徒镇的司徒，是大姓。她十五岁，在{{school:丹阳市司徒中学九年级（2）班}}，爸妈离了婚都不要她，跟奶奶过。{{compound:司徒语桐}}自己有微信，叫{{wechat:yutong_0415sd}}，她说不想让奶奶知道的事就跟我说。上个月她说想退学去{{trap/place:苏州}}进厂，我劝了一晚上。
访谈者：您怎么劝的？
受访者：我说你成绩不差，读完高中再说。后来我又找了镇社工站的{{compound:上官静雯}}和{{compound:欧阳子豪}}，两个人轮流陪她说话。她现在不提退学了。
访谈者：镇上还有谁帮您？
受访者：镇民政办的{{han:眭长根}}每个月把名单发给我核。村支书{{han:王让}}让我放手去做，{{han:王让}}说钱不够村里先垫。村医{{han:吉林生}}给孩子们体检。还有{{han:芮晓梅}}，她是志愿者，周末带孩子们去{{trap/place:季子庙}}玩。
访谈者：您当儿童主任几年了？
受访者：六年了。以前是村里的妇女主任，后来镇上让我兼着。村里在册的困境儿童有十一个，留守的四十多个。我每个月要走一遍，看看孩子吃得怎么样、住得怎么样、上学有没有问题。村里老人多，年轻人都到城里或者去眼镜厂上班了，孩子交给爷爷奶奶。有的爷爷奶奶自己还要人照顾。
访谈者：微信上联系方便吗？
受访者：方便也不方便。年纪大的不会打字，都发语音，一条六十秒，我一条一条听，方言我听得懂。有的半夜发，我早上起来一看二十几条。孩子们也加我，有事就跟我说，没事发个表情。我跟他们说，{{han:兰姐}}的手机二十四小时开着。
访谈者：碰到过难办的事吗？
受访者：碰到过。有一户爸爸出来以后要把孩子接走，孩子不肯，爷爷也不肯，两边吵到村委会。我跟镇上的社工、派出所一起坐下来谈了三回，最后说好孩子先跟爷爷，周末去爸爸那边。现在好多了，他爸也在厂里上班了。
访谈者：村里的儿童之家平时做什么？
受访者：放学以后开两个钟头，有志愿者辅导作业，周末有手工、画画、读绘本。暑假办过一期防溺水的课，还请镇医院的医生讲过急救。地方不大，就是村委会楼下两间屋，桌椅是镇上配的，书是各家捐的。孩子们来了就不想走，天黑了家里来叫才回去。
访谈者：镇上给儿童主任培训吗？
受访者：一年两次，在{{trap/place:丹阳}}市里，讲政策，讲怎么跟孩子谈话。我记了一本子，回来对着做。上回培训的老师说，儿童主任是孩子身边最近的大人，我记住了这句话。培训回来我把村里每个孩子的情况重新过了一遍，哪家要多跑，哪家要盯紧，都写在墙上的表里。
访谈者：群里都是谁？
受访者：有个家长群，叫“{{trap/org:皇塘村儿童之家}}”。{{han:荆国平}}、{{han:蒋有才}}都在里面。我的微信是{{wechat:diyulan_huangtang}}，QQ很少用，号码{{qq:93716402}}，有的孩子只会用QQ。我的电话{{mobile@fullwidth}}。
访谈者：名单上的名字写得对吗？
受访者：老有错的。镇里表上写成{{spaced:司 徒 语 桐}}，还有{{spaced:荆　欣　怡}}，{{spaced:蒋 一 帆}}，社工写成了{{spaced:上官 静雯}}。
访谈者：您做这个累吗？
受访者：累，也不拿几个钱。可是看着孩子们一个一个好起来，心里踏实。{{han:荆欣怡}}现在成绩在班里前十，上礼拜发微信给我说“{{han:兰姐}}，我数学考了九十八”。我把这条截了图，一直留着。
访谈者：您最想跟上面说什么？
受访者：儿童主任一个人管几十个孩子，能不能多派个人。还有就是希望这些孩子的爸妈，早一点回来。
""")

# H1103: Wu-speaking Han grandfather in 崇福镇 raising two grandchildren; his son is in prison.
DOCS["H1103"] = ("family", """\
访谈者：老伯，您带着几个孙子？
受访者：两个，一个孙子一个孙囡。我叫{{han:俞金土}}，{{trap/place:崇福镇}}人，今年七十二。村里年纪大的都叫我{{han:阿金}}，小辈叫我{{han:土伯}}。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:俞建林}}在{{trap/place:乔司}}坐牢，开赌场，判了六年，还有三年多。媳妇{{han:邵桂香}}判下来第二年就走了，回{{trap/place:安徽}}娘家，再没来过。孙子{{han:俞天佑}}十二岁，孙囡{{han:俞可欣}}九岁，都跟我跟老太婆过。
访谈者：孩子们在哪里上学？
受访者：孙子在{{school:崇福镇中心小学六年级（4）班}}，孙囡在{{school:崇福镇第二小学三年级（2）班}}。孙子脾气犟，同学说他爸是劳改犯，他就打人。班主任{{han:褚老师}}打电话来，我去学校赔了好几回不是。{{han:褚老师}}叫{{han:褚雅芳}}，年纪轻轻，对伊蛮好。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:徐阿芳}}，伊帮两个小囡报了服刑人员子女补助，每人每月{{trap/number:八百六十元}}，我跟老太婆有低保。镇上民政办的{{han:吕卫东}}来核过两趟。镇社工站的{{compound:欧阳映秋}}每个月来，同伊一道来的{{compound:令狐子航}}带孙子打篮球。律师{{compound:上官靖远}}帮我们写过会见的申请。
访谈者：您去监狱看过儿子吗？
受访者：去过三回，{{han:徐阿芳}}陪的。{{han:俞建林}}隔着玻璃跪下来，叫我一声阿爸，我一句话都说不出。孙子不肯去，说不要看见伊。孙囡去了，回来问我，爸爸是不是很快就回来了。
访谈者：老太婆身体怎么样？
受访者：老太婆叫{{han:朱杏宝}}，糖尿病，眼睛也看不清了。{{han:朱杏宝}}伊每天还要起早烧泡饭，给两个小囡装饭盒。邻居{{han:就国强}}是开小店的，小囡放学先在伊店里写作业，{{han:就国强}}就住在桥头，村里人都说这个姓少见，伊说祖上是{{trap/place:河北}}来的。
访谈者：家里收入够吗？
受访者：低保加补助，加上我种点桑树、养两季蚕，够吃。就是孙子大了，样样要钞票。去年孙子生病住院，镇上{{trap/org:慈善分会}}给了三千。隔壁的{{han:屠阿姨}}经常送菜来，伊老公{{han:屠根生}}帮我修屋顶。
访谈者：孩子们平时怎么样？
受访者：孙囡乖，会帮我喂蚕。孙子爱看{{trap/famous:丰子恺}}的画，学校组织去过{{trap/place:石门湾}}的纪念馆，回来照着画了一本子。我看伊画画的辰光，心里好过一点。
访谈者：孙子现在还打人吗？
受访者：少多了。社工带伊打篮球，伊力气有地方用了。有一回伊跟我讲，阿爷，我不要像阿爸一样。我听了心里又难过又高兴。我跟伊讲，你阿爸不是坏人，是做错了事，做错了事就要吃苦头。伊点点头，没说话，第二天一早起来帮我喂蚕。
访谈者：您跟儿子通信吗？
受访者：一个月一封信，孙囡写，我说，伊写。孙子不肯写，可每回信寄出去之前，伊都要偷偷拿去看一遍。儿子回信里说在里面学了电工，出来想去厂里做电工，好好赚钞票还给村里人。上回伊在信里夹了一张画，是伊画的屋里的桑树，画得蛮像。
访谈者：您自己身体吃得消吗？
受访者：吃不消也要吃。腰不好，养蚕要弯腰，一季下来腰痛得翻不了身。老太婆眼睛不好，烧饭要摸。我最怕我们两个老的倒下，两个小囡没人管。我跟{{han:徐阿芳}}讲过，万一我们有事，小囡托给伊。
访谈者：村里对你们怎么样？
受访者：蛮好。村里晓得我们屋里的事，没人看不起小囡。过年村里发年货，每回都多给我们一份。镇上的中学老师暑假来给孙子补课，不收钞票。我是老实人，没啥好报答的，只会讲一句谢谢，再就是养好两个小囡。
访谈者：孙囡喜欢做什么？
受访者：喜欢唱歌，学校合唱队的，六一穿了一条{{trap/word:金色}}的裙子上台，裙子是学校借的。伊唱完了跑下来问我，阿爷，我唱得好不好。我说好，比收音机里还好。
访谈者：登记信息请您说一下。
受访者：屋里在{{address:桐乡市崇福镇御驾桥村十一组35号}}。我的身份证{{id_number@mold.330483}}，孙子的{{id_number@my2013fwhyphen.330483}}，孙囡的{{id_number@wy2016hyphen.330483}}。我电话{{mobile@plain}}，{{han:徐阿芳}}的电话{{mobile@s38}}。孙子有QQ，伊讲是跟同学对作业的，号码写在日历背后：{{qq:482019573}}。{{han:徐阿芳}}的微信{{wechat:xuafang_chongfu}}。
访谈者：名字写得对吗？
受访者：不大对。补助表上孙子是{{spaced:俞 天 佑}}，孙囡是{{spaced:俞可 欣}}，社工写成{{spaced:欧　阳　映　秋}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好做人。我老了，两个小囡，我是托给{{han:徐阿芳}}了。
""")

# H1104: Han village doctor in 吕城镇 on the children in distress he looks after.
DOCS["H1104"] = ("staff", """\
访谈者：您在吕城镇当村医多少年了？
受访者：二十六年了。我叫{{han:殷卫国}}，{{trap/place:吕城镇}}{{trap/place:运河村}}卫生室的。村里人都叫我{{han:殷先生}}，老派的叫法。
访谈者：您接触的困境儿童多吗？
受访者：不少。我一个村医，管的是看病，可这些孩子的事，我不管没人管。我说几个。
访谈者：好。
受访者：头一个是{{han:吕沐晴}}，九岁，癫痫，她妈{{han:吕美琴}}是单亲，在{{trap/place:丹阳}}眼镜城卖货。药不能断，一个月三百多。我跟镇上残联的{{han:眭主任}}说了，给她办了残疾证，两项补贴有了。她在{{school:吕城镇中心小学三年级（3）班}}，班主任{{han:把晓红}}，这个把姓少见，{{han:把晓红}}把孩子的发病记录都记在本子上。
访谈者：还有呢？
受访者：第二个是{{han:要文杰}}，这个姓也少见，男，十四岁，两条腿是小儿麻痹落下的，拄拐。爸爸{{han:要振兴}}在工地摔死了，妈妈改嫁，跟爷爷{{han:要长林}}过。孤儿基本生活费每月{{trap/number:一千七百一}}。他在{{school:丹阳市吕城中学八年级（1）班}}。我每礼拜去给他爷爷量血压。{{han:要文杰}}要强，拄拐也要自己走到学校。
访谈者：第三个？
受访者：第三个是个小姑娘，叫{{han:贡思彤}}，六岁，爸爸在{{trap/place:无锡}}坐牢，妈妈走了，跟姑妈{{han:贡雪芬}}。我跟村委的{{han:才主任}}一起报的服刑人员子女补助。她家在{{address:丹阳市吕城镇运河村八组12号}}。
访谈者：还有别的吗？
受访者：还有{{compound:端木小满}}，七岁，先天性耳聋，装了人工耳蜗，家在{{address:丹阳市吕城镇东街41号}}。跟着爷爷奶奶，他爸妈在{{trap/place:昆山}}打工。县里{{trap/org:聋哑学校}}的老师{{compound:慕容青禾}}每周来教他说话。
访谈者：这些孩子的病，您怎么看得过来？
受访者：看不过来也要看。卫生室就我一个医生，加一个护士。每天早上七点开门，先看老人量血压，再出诊。这几个孩子，我每个人有一个本子，记吃的什么药、发过几次病、量的体温血压，镇医院的医生来会诊，一翻就清楚。有的药村里没有，我骑电动车去镇上拿，来回四十分钟。
访谈者：家里人配合吗？
受访者：大多配合。也有不配合的，嫌药贵，自己停了。有一回一个孩子癫痫停药半个月，半夜发作，是我跑过去掐人中、叫救护车。后来我跟家长讲，药钱的事我去想办法，药不能停。镇上慈善会给补了一半，剩下的家长自己出。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人陪。钱有补助，病有医院，可是爸妈不在身边，孩子心里是空的。我去看病，有的孩子拉着我的手不放，问{{han:殷伯伯}}什么时候再来。我说明天，第二天就真的去。答应孩子的事，不能不算数，他们被大人骗得够多了。
访谈者：您当村医这么多年，孩子们记得您吗？
受访者：记得。有个孩子小时候是我看着长大的，先天心脏病，后来去南京做了手术，现在在读大学，放假回来还到卫生室来坐坐，帮我整理病历本。我跟他说，你以后学医回来，接我的班。他笑，说先考上研究生再说。我这辈子没走出过吕城，能看着这些孩子走出去，值了。
访谈者：您自己的孩子呢？
受访者：一个女儿，在{{trap/place:镇江}}当护士。她小时候我忙，没怎么陪她，现在她跟我说，阿爸，你对村里小孩比对我还好。我说你现在是大人了，他们还小。她笑了，过年回来还帮我给孩子们打针。我这个村医，一直要当到干不动为止，这些孩子的事，我放不下，也交不出去。
访谈者：您平时怎么跟这些家里联系？
受访者：打电话多。{{han:吕美琴}}的电话{{mobile@s74}}，{{han:贡雪芬}}的{{mobile@fws}}，{{han:要长林}}没手机。我自己的微信{{wechat:yinweiguo_lvcheng}}。{{han:要文杰}}有个QQ，他说上网课用的：{{qq:3065918427}}。
访谈者：登记表上要填什么？
受访者：身份证号。{{han:吕沐晴}}的{{id_number@wy2016spaced.321181}}，{{han:要文杰}}的{{id_number@my2011x.321181}}，{{han:贡思彤}}的{{id_number@wy2019.321181}}。卫生室在{{address:丹阳市吕城镇运河村卫生室北楼1号}}。
访谈者：名字有写错的吗？
受访者：有。医保系统里{{spaced:要 文 杰}}中间空了格，{{spaced:端木 小满}}拆成两截，还有{{spaced:贡　思　彤}}，{{spaced:慕 容 青 禾}}。
访谈者：您做村医，最难的是什么？
受访者：最难的是看着孩子受罪，自己本事不够。我能做的，就是多跑几趟，多打几个电话。等我退下来，这些孩子我想交给{{han:吕沐晴}}的舅舅，他在镇医院当医生，叫{{han:吕海峰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1097,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout138",))


if __name__ == "__main__":
    main()
