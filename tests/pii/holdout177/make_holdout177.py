# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 177 (tests/pii/holdout177/H1401-H1408 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 176, written at the same time, is not
an earlier set).

Set 177 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
冷水江 and 武冈 (Hunan): a Kham Tibetan father from 理塘 who minds a blast furnace at an antimony smelter in 冷水江
and raises his son alone since the boy's mother went back to 理塘; a Uyghur mother from 墨玉 who sells roast mutton
at a night market in 武冈, her husband half paralysed by a stroke; a Mongolian grandmother from 东乌珠穆沁旗 raising
in 冷水江 a granddaughter born with a heart defect, the girl's mother dead and her Han father out of touch; a Yi
uncle from 昭觉 raising in 武冈 the twin girls of his late sister; a Han 儿童主任 of 锡矿山街道 reading out her list;
a Han social worker of 都梁街道 answering the phone and QQ during the interview; a Han grandfather in 邓家铺镇 raising
a grandson whose father is in prison; and a Han village doctor in 禾青镇 talking about a boy who lives with his deaf
grandmother. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Kham Tibetan names of 理塘 (格绒泽批, 泽里拉姆她, 四郎绒布, 呷玛拉初, 次称洛布他) with a short form and a form of
address (绒布他, 老格绒), a Han surname before a Tibetan given name (郎绒布, schoolmates joining the surname
of his Han name to his Tibetan name) and the Han name itself (郎子豪, the 郎 of 四郎 made a surname); Uyghur given
name + father's name with the dot (买尔哈巴·艾海提, 阿布都克尤木·吐尔地, 伊力亚尔江·阿布都克尤木),
given names alone and short (买尔哈巴, 阿布都克尤木他, 伊力亚尔江, 迪丽胡玛尔, 胡玛尔她, 买买提库尔班, 阿依帕夏) and a
form of address made from a name (老克尤木); Mongolian names (图雅其木格, 都日娜, 阿日罕其其格 then 阿日罕她, 呼和巴雅尔他, 乌兰图娅), a Han surname
before a Mongolian given name (向阿日罕) and the Han name of the same girl (向诗琪); Yi clan + given name with and
without the dot (阿都尔古, 阿都·尔古, 吉伍尔嫫, 吉伍·尔嫫, 吉伍沙嫫, 吉伍·沙嫫, 阿都阿西, 吉伍拉铁, 沙马阿牛嫫,
阿都木呷他, 马海木呷), short forms (尔嫫, 沙嫫她), the uncle's Han surname before the girls' given names on the school
roll (都尔嫫她, 都沙嫫) and his Han name and its form of address (都文华, 老都); Han names with common and rare
surnames of the region (隆, 匡, 扶, 佘, 粟, 晏, 旷, 卿, 资, 阳, 禹, 聂, 龚, 曾, 戴, 彭, 伍, 邹, 易); surnames that are
ordinary words right after or before grammar words (叫向伏林, 让和桂英, 才晓雯才来, 是才晓雯, 和冬秀啊, 让向桂生,
都哥, 都建湘, 老都, 向红霞她, 向腊梅带) and given names holding 有, 要, 也, 就 (曾有为也, 戴要强他, 龚也青她, 谢就成);
names that contain words (曾有为, 戴要强, 汤雪莲, 黎满仓, 阳秋菊, 龙国清他, 第五清风); names directly before particles,
pronouns and verbs (扶春来来, 邓冬梅她, 聂桂英也, 钟离雪讲) and after 叫/是/给/跟/找/让/把/被 (给邹文斌, 跟邓冬梅,
找肖晓峰, 把谢就成, 被戴满英); titles and kin words after names (颜小蕙老师, 匡德坤师傅, 扶立群主任, 伍小勇老师,
宗政柏舟律师, 肖晓峰所长; the span is the name only); a surname with only a title or kin word, annotated whole (匡嫂,
尹主任, 都哥, 佘大姐, 粟老师, 雷老师, 肖队长, 夏医生, 毛老师, 卿老师, 谭警官, 旷医生, 阳嫂, 肖支书, 伍医生);
local forms of address and nicknames, annotated whole (石生伯, 轩伢子, 成伢子, 蒋老倌, 谢娭毑); a name closing the
last sentence (头一个要谢尹春娥。); names spaced out character by character in half- and full-width spaces, dotted
names with spaces around the dot (阿布都克尤木 · 吐尔地, 迪丽胡玛尔 · 阿布都克尤木) and names split in two; compound
surnames after ordinary words (欧阳, 东方, 皇甫, 诸葛, 夏侯, 南宫, 上官, 令狐, 司马, 申屠, 宗政, 太史, 钟离, 第五,
漆雕); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:隆少华}}``, ``{{qq:2093657148}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (tibetan, uyghur, mongolian, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015fwhyphen.430581}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38,
                                   h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 师傅, 主任, 律师, 所长) and a particle,
pronoun or verb written directly after a name (她, 他, 也, 讲, 来, 带) are outside the span; a surname with only a
title or kin word (匡嫂, 佘大姐, 阳嫂, 肖支书) and a local form of address or nickname (石生伯, 轩伢子, 蒋老倌,
谢娭毑, 老都) are annotated whole. Han-style names of Tibetan, Mongolian and Yi people (郎子豪, 向诗琪, 都文华) are
category han; a Han surname before a non-Han given name (郎绒布, 向阿日罕, 都尔嫫, 都沙嫫) is category minority, and
so is a form of address made from a non-Han name (老格绒, 老克尤木).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout177/make_holdout177.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(177_2026_1207)
MINORITY_GROUPS = ("tibetan", "uyghur", "mongolian", "yi")
# Floors from the brief.
GROUP_FLOORS = {"tibetan": 10, "uyghur": 10, "mongolian": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "187",
                   "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1401: Kham Tibetan father from 理塘 who works at an antimony smelter in 冷水江 and raises his son alone.
DOCS["H1401"] = ("family", """\
访谈者：师傅，您是哪里人？
受访者：四川{{trap/place:理塘}}的，康巴人。我叫{{minority/tibetan:格绒泽批}}，厂里人嫌长，都喊我{{minority/tibetan:老格绒}}。在{{trap/place:冷水江}}这家锑品冶炼厂守鼓风炉，干了六年了。
访谈者：怎么从理塘跑到冷水江来了？
受访者：以前在{{trap/place:雅江}}跟工程队修路，工头是这边的{{han:隆少华}}。{{han:隆少华}}说湖南厂里缺人，工钱比挖{{trap/minority_word:虫草}}稳当，我就带着老婆孩子来了。
访谈者：孩子妈妈呢？
受访者：孩子妈{{minority/tibetan:泽里拉姆}}受不了这边的热，前年回了理塘，跟别人成了家。儿子不肯走，抱着我的腿哭，就留下了。
访谈者：儿子多大了？
受访者：十岁，藏名{{minority/tibetan:四郎绒布}}，家里叫他{{minority/tibetan:绒布}}。上户口时派出所给起了个汉名叫{{han:郎子豪}}，说拿四郎的郎当姓。班上同学两个名字一拼，喊他{{minority/tibetan:郎绒布}}，{{minority/tibetan:绒布}}他也答应。在{{school:锡矿山街道中心学校四年级（2）班}}。
访谈者：您上班的时候谁管他？
受访者：三班倒，夜班最愁人。街道的儿童主任{{han:尹春娥}}给我们报了低保，孩子算困境儿童，每月有{{trap/number:四百六十元}}。班主任{{han:颜小蕙}}老师放学把他留在办公室写作业。隔壁宿舍的{{han:匡德坤}}师傅和{{han:匡嫂}}心好，我上夜班就让他过去睡。
访谈者：厂里对您怎么样？
受访者：车间主任叫{{han:向伏林}}，我的夜班他能调就调。有一回{{han:向伏林}}笑我，说你屋里崽讲的冷水江话比你地道多了。工会有个管女工的{{compound:欧阳枫眠}}，帮我申请了困难职工补助。
访谈者：孩子身体好吗？
受访者：厂子边上灰大，他去年查出血铅偏高，在{{trap/org:冷水江市人民医院}}住了十天。社工站派了{{compound:东方岫}}来，每周陪他一回，同来的还有{{compound:皇甫凌风}}，带他打篮球。
访谈者：他想妈妈吗？
受访者：想。晚上视频，{{minority/tibetan:泽里拉姆}}她也哭。我给他打{{trap/minority_word:酥油茶}}，他喝两口就说想阿妈。过年我带他回去住了半个月，赶上{{trap/minority_word:赛马节}}，他跟表哥跳{{trap/minority_word:锅庄}}跳到半夜。
访谈者：老家还有谁？
受访者：阿妈{{minority/tibetan:呷玛拉初}}七十了，在{{trap/place:毛垭坝}}上放牦牛，弟弟{{minority/tibetan:次称洛布}}守着她。{{minority/tibetan:次称洛布}}他每年秋天寄一袋{{trap/minority_word:糌粑}}来。阿妈会唱{{trap/famous:仓央嘉措}}写理塘的那首，儿子学会了，元旦晚会上唱，老师录了视频。
访谈者：孩子跟同学处得来吗？
受访者：头一年难。他汉话说不好，脸又黑，同学笑他是“高原红”。有回跟人打架，把人家鼻子打出了血，{{han:颜小蕙}}老师把我叫去，我以为要赔钱，老师反倒说孩子受了委屈。后来她让{{minority/tibetan:绒布}}在班上讲理塘，讲牦牛，讲赛马，同学们听得眼睛都直了。现在周末好几个同学跑到宿舍来找他玩。
访谈者：冷水江的冬天过得惯吗？
受访者：不算冷，就是湿。理塘冬天干冷，太阳一出来就暖和，这边一个月见不着太阳，被子晒不干。我跟儿子挤一张床，他脚冰，我就揣在怀里。他说阿爸你身上一股锑的味道。这地方叫{{trap/word:世界锑都}}，我闻了六年，自己闻不出来。
访谈者：您自己身体呢？
受访者：炉子前面一站八个钟头，腰不行了，咳嗽也多。医生叫我口罩要戴好。我怕我倒了，{{minority/tibetan:绒布}}没人管。
访谈者：街道上的人常来吗？
受访者：常来。街道民政的{{han:扶春来}}来核过两回低保，进门先看灶台，看冰箱里有没有肉。我说有，他打开一看就一包冻饺子，回去就给我们加了一袋米一桶油。
访谈者：钱够用吗？
受访者：紧巴巴的。一个月工资四千二，低保一补，刚好够爷儿俩吃饭、交房租。每个月还要给阿妈寄五百。儿子学校的营养餐不要钱，中午那顿我就不操心了。去年冬天他长个子，衣服全短了，是{{han:匡嫂}}翻出她孙子的旧棉袄，改了改给他穿上。
访谈者：往后有什么打算？
受访者：攒点钱。{{han:隆少华}}说过两年要去{{trap/place:娄底}}开个小厂，叫我去当班长。我想等儿子小学读完再说。他说长大要当医生，先给阿爸治腰。
访谈者：登记的信息请您说一下。
受访者：住{{address:冷水江市锡矿山街道飞水岩社区冶炼厂宿舍3栋204室}}，老家{{address:理塘县禾尼乡然措村二组17号}}。我的身份证{{id_number@my1984spaced.513334}}，儿子的{{id_number@my2015.513334}}。电话{{mobile@s434}}，{{han:尹春娥}}的电话{{mobile@hyphen}}。微信是{{wechat:gerong_zepi84}}。儿子的QQ是老师让注册的，上网课用，他拿圆珠笔写在我安全帽的帽檐里：{{qq:2093657148}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:格绒 泽批}}，学校表上儿子是{{spaced:四 郎 绒 布}}，体检单上又写成{{spaced:郎　子　豪}}。
访谈者：最后您想说什么？
受访者：我认不得几个字，这些年全靠人家帮。要谢的人多，头一个要谢{{han:尹春娥}}。
""")

# H1402: Uyghur mother from 墨玉 who sells roast mutton at a night market in 武冈; her husband is disabled.
DOCS["H1402"] = ("family", """\
访谈者：大姐，您这烤肉摊在夜市摆了多久了？
受访者：三年多了，就在{{trap/place:武冈}}老城这条夜市上。我叫{{minority/uyghur:买尔哈巴·艾海提}}，老家{{trap/place:墨玉}}，在{{trap/place:和田}}边上。这边人念不全，就喊我{{minority/uyghur:买尔哈巴}}，也有喊我新疆妹子的。
访谈者：怎么来的武冈？
受访者：我男人{{minority/uyghur:阿布都克尤木·吐尔地}}先来的，跟着表哥{{minority/uyghur:买买提库尔班}}卖烤串。{{minority/uyghur:阿布都克尤木}}手艺好，一晚上能卖四百串。前年冬天他在冷库里搬羊肉，人一下倒了，脑溢血，右边身子动不了。
访谈者：现在家里靠谁？
受访者：靠我。下午三点穿肉串，六点出摊，夜里一点收摊。老顾客都叫他{{minority/uyghur:老克尤木}}，来了还问{{minority/uyghur:老克尤木}}好点没有。他现在拄着拐能走几步，坐在摊子后面帮我收钱。
访谈者：孩子们呢？
受访者：儿子{{minority/uyghur:伊力亚尔江·阿布都克尤木}}十二岁，我们叫他{{minority/uyghur:伊力亚尔江}}，在{{school:武冈市迎春亭街道第三小学六年级（4）班}}。女儿{{minority/uyghur:迪丽胡玛尔}}七岁，在{{school:武冈市都梁街道实验小学一年级（3）班}}，老师叫她{{minority/uyghur:胡玛尔}}，说好记。{{minority/uyghur:胡玛尔}}她晚上跟着出摊，趴在摊子后面的小桌上写作业。
访谈者：有谁帮过你们？
受访者：多了。社区的儿童主任{{han:戴菊香}}上门给我男人办了残疾证，一级，拿残疾人两项补贴，两个孩子评上了困境儿童，低保也批了。街道社工站的{{han:才晓雯}}才来那阵，我普通话说不好，她就拿手机翻译跟我讲。夜市管理处的{{han:都哥}}，大名{{han:都建湘}}，给我换了个靠路口的摊位。隔壁卖臭豆腐的{{han:和桂英}}，我去进羊肉的时候，就让{{han:和桂英}}帮我看着孩子。
访谈者：孩子爸爸的病怎么样？
受访者：在{{trap/org:武冈市人民医院}}做康复，康复科的{{han:夏医生}}说再练半年能自己吃饭。{{minority/uyghur:阿布都克尤木}}他不服气，每天扶着墙走二十趟。他以前弹{{trap/minority_word:都塔尔}}，现在左手按不住弦，就让儿子弹给他听。
访谈者：夜市上生意好做吗？
受访者：夏天好，一晚上能卖一千多块，冬天一半都不到。本地人吃得辣，我就多撒辣椒面，他们说比新疆的还够味。隔壁摊主开头防着我，怕我抢生意，后来熟了，谁缺零钱都来我这里换。有一回半夜两个喝醉的后生不给钱，还掀了我的炉子，是{{han:都哥}}带人过来把他们劝走的。
访谈者：孩子爸爸心里怎么想？
受访者：他难过。以前他是家里的顶梁柱，现在上厕所要我扶。有时候一个人坐着掉眼泪，说拖累了我。我说你在，孩子就有爸爸。女儿最会哄他，放学回来先给他捶背，再把一天的事讲一遍。
访谈者：您一个人撑这个家，难不难？
受访者：难也要撑。最怕下雨，下雨没人出来吃烤串。冬天羊肉贵，一斤进价涨了八块。城管的{{han:肖队长}}说，只要收摊把地扫干净就行。做生意讲个{{trap/word:和气}}，我不跟人争。
访谈者：老家还有人吗？
受访者：婆婆{{minority/uyghur:阿依帕夏}}在墨玉种核桃。去年{{trap/minority_word:古尔邦节}}没钱回去，婆婆寄来一箱{{trap/minority_word:馕}}和葡萄干，{{minority/uyghur:伊力亚尔江}}拿去分给全班同学。我给孩子们讲{{trap/famous:阿凡提}}的故事，儿子说阿凡提要是来武冈，也会来吃我的烤串。
访谈者：儿子在学校习惯吗？
受访者：开头被人叫“羊肉串”，回来哭。班主任{{han:毛老师}}在班会上讲了新疆，后来就没人笑他了。数学老师{{han:邹建华}}见他算账快，让他当了小组长。他现在放了学先来摊子上帮我串签子，手比我还快。他湖南话说得比我好，还会说“么子”。
访谈者：你们在武冈有熟人吗？
受访者：新疆人不多，就我们两家。表哥{{minority/uyghur:买买提库尔班}}在{{trap/place:邵阳}}开了个拌面馆，周末带着嫂子来看我们。本地的朋友倒多，社区民警{{han:阳小龙}}每回巡夜都在摊子前站一站，买十串，不让我找零。女儿叫他警察叔叔，他把警帽给女儿戴，女儿高兴得一晚上不肯摘。
访谈者：登记信息请您说一下。
受访者：住{{address:武冈市都梁街道红旗路社区云峰巷12号}}，老家{{address:墨玉县喀尔赛乡阿克吐格曼村3组25号}}。我的身份证{{id_number@wy1986hyphen.653222}}，女儿的{{id_number@wy2018fullwidth.430581}}。电话{{mobile@plus86}}，{{han:戴菊香}}的电话{{mobile@fws}}。我的微信{{wechat:maerhaba_kaorou}}，收钱就用它。儿子有个QQ，跟同学对作业用，号码他拿小刀刻在摊子木板的背面：{{qq:53860274}}。
访谈者：名字在表上写得对吗？
受访者：都不一样。残疾证上是{{spaced:阿布都克尤木 · 吐尔地}}，学校把儿子写成{{spaced:伊 力 亚 尔 江}}，低保表上我是{{spaced:买尔哈巴　艾海提}}。
访谈者：您最盼什么？
受访者：盼他能站起来，一家人回墨玉看看。
""")

# H1403: Mongolian grandmother from 东乌珠穆沁旗 raising in 冷水江 a granddaughter born with a heart defect; the
# child's mother died and her Han father has been out of touch for more than a year.
DOCS["H1403"] = ("family", """\
访谈者：奶奶，您从内蒙古过来几年了？
受访者：四年了。我是{{trap/place:东乌珠穆沁旗}}的牧民，叫{{minority/mongolian:图雅其木格}}，今年六十八。汉话说不好，你慢慢问。
访谈者：怎么到冷水江来的？
受访者：为了外孙女。我闺女{{minority/mongolian:都日娜}}嫁给了到我们那里修路的{{han:向宏斌}}，他是冷水江人。外孙女生下来心脏就有毛病，医生说是室间隔缺损。{{minority/mongolian:都日娜}}前年得急病走了。{{han:向宏斌}}说去广东挣手术钱，一走就没了音信，电话停机，到现在一年半了。
访谈者：孩子多大了？
受访者：七岁。蒙古名是我起的，叫{{minority/mongolian:阿日罕其其格}}，我喊她{{minority/mongolian:阿日罕}}。户口跟她爸落在这边，汉名叫{{han:向诗琪}}。学校点名有时候点成{{minority/mongolian:向阿日罕}}，{{minority/mongolian:阿日罕}}她也应。在{{school:冷水江市锡矿山街道北矿学校一年级（1）班}}。
访谈者：病治了吗？
受访者：去年在长沙{{trap/org:湘雅二医院}}做的手术，补了个片子。心外科的{{han:扶立群}}主任说做得好，再复查两年就跟别的孩子一样了。手术花了九万多，医保报了一半，民政的医疗救助又报了一块，剩下的是{{trap/org:红十字会}}和街坊凑的。街道的儿童主任{{han:尹春娥}}跑前跑后，给孩子报了事实无人抚养，她爸失联满了一年，民政局认了，每月有{{trap/number:一千一百五十元}}。
访谈者：您一个人照顾她，谁帮您？
受访者：楼下的{{han:佘桂兰}}，我叫她{{han:佘大姐}}，带我买菜、认路、坐公交。社工站的{{compound:诸葛岚心}}每个月来，还有个男社工{{compound:夏侯屹}}陪我去派出所开失联证明，跑了三趟。班主任{{han:粟老师}}怕孩子跑跳，体育课让她坐在旁边记分。
访谈者：老家还有谁？
受访者：儿子{{minority/mongolian:呼和巴雅尔}}在嘎查放羊，每年剪了羊毛，卖了钱就给我打过来。{{minority/mongolian:呼和巴雅尔}}他想把我们接回去，可孩子要复查，离不开长沙的医生。嘎查的儿童主任{{minority/mongolian:乌兰图娅}}也打电话问过好几回。
访谈者：孩子想家吗？
受访者：她没去过草原，只在视频里见过舅舅的马。我给她唱长调，讲{{trap/famous:成吉思汗}}的故事。{{trap/minority_word:那达慕}}的时候舅舅举着手机给她看摔跤，她拍着手喊。她说病好了要骑马。我给她熬{{trap/minority_word:奶茶}}，她喝不惯，她喜欢冷水江的米粉，要放好多辣椒。她在阳台上种了一排{{trap/word:向日葵}}，说开花了拍给舅舅看。
访谈者：孩子爸爸那边的亲戚呢？
受访者：爷爷{{han:向德寿}}早几年走了，奶奶改嫁去了外地。有个姑姑{{han:向红霞}}在镇上开粉店，过年过节接孩子去吃饭，给她买新衣服。{{han:向红霞}}她也打不通她哥的电话，每回提起来就骂。孩子问爸爸去哪里了，我们就说在广东上班，等她长大了再跟她讲。
访谈者：复查怎么去长沙？
受访者：三个月一回。坐早上六点的大巴，中午到医院排队，晚上住在医院边上的小旅馆。第一回我一个人带她去，在{{trap/place:长沙}}火车站转不出来，急得直哭。后来{{compound:夏侯屹}}跟我去了两回，教我在手机上挂号。现在我会了，挂号、缴费、拿片子都会。
访谈者：这边的日子过得惯吗？
受访者：头一年过不惯。楼房憋气，冬天阴冷，屋里比外头还冷。听不懂这边的话，去菜场买菜，人家说什么我都点头。有一回走丢了，是{{han:佘大姐}}骑电动车满街找到我的。现在好了，菜场的人都认得我，叫我蒙古奶奶，给我留羊骨头。
访谈者：孩子在学校怎么样？
受访者：她喜欢上学。开学那天她穿着我做的蒙古袍去的，同学们围着看，问她是不是公主。现在班上有个好朋友叫{{han:廖春芳}}，两个人天天手拉手放学。{{han:廖春芳}}的妈妈开小卖部，下雨天顺路把两个孩子一起接回来，从不要我道谢。
访谈者：您自己身体怎么样？
受访者：血压高，腿也不行了。晚上孩子一咳嗽我就醒，摸摸她的嘴唇紫不紫。我最怕我先走了，{{minority/mongolian:阿日罕}}没人管。
访谈者：登记信息请您说一下。
受访者：这边住{{address:冷水江市锡矿山街道北矿社区石竹巷7号2楼}}，老家{{address:东乌珠穆沁旗乌里雅斯太镇查干淖尔嘎查二组9号}}。我的身份证{{id_number@wy1957.152525}}，孩子的{{id_number@wy2018spaced.431381}}。我不会打字，电话是{{mobile@s38}}，{{han:佘桂兰}}的{{mobile@plain}}。儿子的微信{{wechat:huhe_bayar_dwq}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。医院的单子上是{{spaced:阿 日 罕 其 其 格}}，我的是{{spaced:图雅　其木格}}，还有一张写成{{spaced:向 诗 琪}}。
访谈者：最后想说什么？
受访者：谢谢这些好心人，没有他们，孩子活不到今天。等她十八岁，我带她回草原，去{{trap/minority_word:敖包}}上给她妈妈献一条{{trap/minority_word:哈达}}。
""")

# H1404: Yi uncle from 昭觉 raising in 武冈 the twin girls of his late sister.
DOCS["H1404"] = ("family", """\
访谈者：大哥，您是彝族？
受访者：是，四川{{trap/place:昭觉}}的。我叫{{minority/yi:阿都尔古}}，阿都是家支，尔古是名字。身份证上写的是{{minority/yi:阿都·尔古}}，在武冈做事用汉名{{han:都文华}}，建材市场的人都喊我{{han:老都}}。
访谈者：怎么到武冈来的？
受访者：在{{trap/place:宁波}}打工认识了我老婆{{han:邓冬梅}}，她是{{trap/place:武冈}}{{trap/place:稠树塘}}的。结了婚就跟她回来了，在建材市场给人送瓷砖。
访谈者：这两个孩子是？
受访者：是我妹妹{{minority/yi:阿都阿西}}的双胞胎，今年九岁。大的{{minority/yi:吉伍尔嫫}}，小的{{minority/yi:吉伍沙嫫}}，家里叫{{minority/yi:尔嫫}}、{{minority/yi:沙嫫}}。她们的爸爸{{minority/yi:吉伍拉铁}}在矿上出事死了，妹妹后来得病也走了。我{{trap/minority_word:阿嫫}}年纪大，带不动，前年我把两个孩子接到武冈来了。
访谈者：在这边上学了吗？
受访者：上了，两个都在{{school:武冈市稠树塘镇中心小学三年级（2）班}}。报名的时候老师说名字太长，就跟我的汉姓，写成{{minority/yi:都尔嫫}}、{{minority/yi:都沙嫫}}。{{minority/yi:都尔嫫}}她胆子大，上课抢着举手；{{minority/yi:沙嫫}}见了生人就躲到姐姐后面。
访谈者：有哪些人帮你们？
受访者：两个孩子爸妈都不在了，镇民政办的{{han:黄立诚}}给她们办了孤儿基本生活费，每人每月{{trap/number:一千三百二十元}}。村里的儿童主任{{han:向腊梅}}隔几天来看一回。班主任{{han:雷老师}}中午留她们在办公室，教她们说普通话，刚来的时候她们只会说彝话。县社工站的{{compound:南宫暮雪}}每月来做一回心理辅导，她同事{{compound:上官北辰}}给孩子们带来两箱书。
访谈者：您的工作怎么样？
受访者：建材市场搬瓷砖，按件算钱，一天一百五到两百。老板{{han:龙国清}}人厚道，知道我家里多了两张嘴，年底多给了一千。去年我扛瓷砖上五楼，闪了腰，躺了半个月，那个月一分钱没挣到。{{han:龙国清}}他让会计先预支了工钱，还叫他外甥{{han:戴明亮}}开车送我去医院拍片子。
访谈者：两个孩子身体怎么样？
受访者：大的好，小的体弱，一换季就咳嗽，去年查出来近视四百度。学校体检发现的，{{han:向腊梅}}带她去配了眼镜，钱是儿童主任那里的救助金出的。配了眼镜以后，{{minority/yi:沙嫫}}她上课能看清黑板了，回来说，阿舅，原来字是这个样子的。
访谈者：您老婆对孩子好吗？
受访者：好。{{han:邓冬梅}}她自己也生了个儿子，三个孩子一样待，买衣服都是三件。我丈母娘{{han:刘腊香}}住隔壁，教两个女娃娃做腊肉、腌酸菜。我要是跟{{han:邓冬梅}}吵架，丈母娘先骂我。
访谈者：孩子们的彝话还会说吗？
受访者：会，在屋里我只跟她们讲彝话，怕她们忘了根。可在学校全讲普通话，回来跟弟弟讲武冈话，三种话换着讲，我都跟不上。同桌的妈妈{{han:曾桂兰}}教她们写字，一个礼拜来两个晚上，不要一分钱。{{han:曾桂兰}}说，这两个妹子字写得比她儿子还工整。
访谈者：孩子们习惯湖南吗？
受访者：吃不惯辣，开头天天哭着要吃{{trap/minority_word:荞粑粑}}。我托老乡从老家带了荞面，晚上给她们烙。{{trap/minority_word:火把节}}那天我在院子里点了火把，带着她们转，邻居们都出来看热闹。我给她们讲{{trap/famous:支格阿鲁}}射太阳的故事，她们讲给同学听，同学不信。
访谈者：她们还记得爸爸妈妈吗？
受访者：大的记得。有天晚上她问我，阿舅，我妈妈是不是变成星星了。我说是，她就天天晚上趴在窗口数星星。小的不记得，只认得照片。我把妹妹的{{trap/minority_word:查尔瓦}}带来了，挂在她们床头。我们彝家看重{{trap/minority_word:家支}}，按老规矩，孩子应该归她们爸爸的家支养，可那边的人都穷，没人来接。我是她们的阿舅，我不管，谁管？
访谈者：老家还有人吗？
受访者：我阿嫫{{minority/yi:沙马阿牛嫫}}七十多了，跟我弟弟{{minority/yi:阿都木呷}}住。{{minority/yi:阿都木呷}}他在家种洋芋、养羊。同乡{{minority/yi:马海木呷}}也在武冈打工，过{{trap/minority_word:彝族年}}我们两家凑一起杀猪。
访谈者：登记信息请您说一下。
受访者：住{{address:武冈市稠树塘镇龙溪村五组21号}}，老家{{address:昭觉县四开乡好谷村三组8号}}。我的身份证{{id_number@my1988x.513431}}，大的那个的{{id_number@wy2016.513431}}。电话{{mobile@h38}}，{{han:邓冬梅}}的{{mobile@spaced}}。微信{{wechat:aduergu_wugang}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。低保表上我是{{spaced:阿都 尔古}}，学校花名册上是{{spaced:吉 伍 尔 嫫}}和{{spaced:吉　伍　沙　嫫}}。
访谈者：往后有什么打算？
受访者：先把户口的事办好，让她们转到城里的学校去，城里老师多。钱的事我不怕，我有力气。过几年攒够了钱，带她们回一趟昭觉，给她们爸妈的坟上添一把土，让她们认认老家的山。
访谈者：您最想说什么？
受访者：两个娃娃是我妹妹留下的命，我要把她们送到大学。
""")

# H1405: Han 儿童主任 of 锡矿山街道 (冷水江) reading out her register of children in distress.
DOCS["H1405"] = ("staff", """\
访谈者：{{han:尹主任}}，您手上这本是？
受访者：街道困境儿童的台账。我叫{{han:尹春娥}}，在{{trap/place:锡矿山}}街道当儿童主任第四年了，以前在矿上医务室当护士。我念，你记，名字你们用的时候要换掉。
访谈者：好，您念吧。
受访者：第一户，{{han:郎子豪}}，男，十岁，藏族，藏名{{minority/tibetan:四郎绒布}}。爸爸{{minority/tibetan:格绒泽批}}在冶炼厂守炉子，一个人带他，低保户。孩子聪明，就是爸爸上夜班没人管，我们跟学校商量好了，放学留校托管。
访谈者：嗯，下一户。
受访者：第二户，{{han:向诗琪}}，女，七岁，蒙古族名字叫{{minority/mongolian:阿日罕其其格}}。先天性心脏病，去年手术做完了。外婆{{minority/mongolian:图雅其木格}}带着，爸爸{{han:向宏斌}}失联，认定的事实无人抚养，是我们街道头一个。
访谈者：第三户呢？
受访者：第三户，{{han:曾有为}}，男，十三岁，{{school:冷水江市第六中学七年级（3）班}}。爸爸前年在锑矿井下出了事，人没了；妈妈{{han:彭小英}}去了{{trap/place:新化}}，电话打不通，孩子跟姑妈{{han:曾满秀}}过，也报的事实无人抚养。身份证{{id_number@my2012.431381}}，住{{address:冷水江市锡矿山街道七里江社区新村路26号}}。{{han:曾有为}}也懂事，周末帮姑妈守杂货店。
访谈者：第四户？
受访者：第四户，{{han:戴要强}}，男，九岁，{{school:锡矿山街道南矿小学三年级（4）班}}。爸爸{{han:戴国平}}搞网络赌博判了五年，在{{trap/place:益阳}}服刑；妈妈{{han:汤雪莲}}在{{trap/place:东莞}}电子厂。跟奶奶过，拿服刑人员子女补助，每月{{trap/number:六百八十元}}。孩子的身份证{{id_number@my2016quad.431381}}。{{han:戴要强}}他嘴硬，谁提他爸就跟谁打。
访谈者：这孩子打架，学校怎么处理？
受访者：学校没开除他，班主任{{han:卿老师}}把他安排成班上的劳动委员，有事做了，打架少了。我隔两个礼拜去他奶奶屋里坐一回。
访谈者：第五户呢？
受访者：第五户，{{han:龚也青}}，女，十一岁，脑瘫二级，上不了学，学校派{{han:伍小勇}}老师每周送教上门两回。爸爸{{han:龚铁生}}在矿上得了尘肺，喘不上气；妈妈{{han:禹雪梅}}一个人照顾两个病人。残疾人两项补贴都有，全家低保。住{{address:冷水江市锡矿山街道南矿社区工人村14栋1单元301室}}，孩子身份证{{id_number@wy2014tri.431381}}。{{han:龚也青}}她会笑，听到{{han:伍小勇}}的摩托车响就拍手。
访谈者：还有吗？
受访者：第六户是两兄妹，哥哥叫{{compound:欧阳长庚}}，十二岁，在{{school:锡矿山街道中心学校六年级（1）班}}；妹妹{{compound:欧阳知雨}}，八岁，{{school:锡矿山街道中心学校二年级（3）班}}。爸爸也是尘肺，三期，妈妈跑了。两个孩子算困境儿童，一人每月{{trap/number:五百二十元}}。哥哥的身份证{{id_number@my2013spaced.431381}}。
访谈者：矿上的孩子，尘肺的不少？
受访者：多。老矿工十个里头有三四个，家里的孩子就跟着遭罪。这地方叫{{trap/word:锡矿山}}，其实挖的是锑，早年间的人把锑认成了锡，名字就这么叫下来了。
访谈者：这些孩子您是怎么找到的？
受访者：一靠走，二靠问。矿上的老宿舍区，一栋一栋爬楼梯。楼栋长比我清楚，七栋的楼栋长{{han:颜爱华}}退休前是矿上的会计，哪家男人病了、哪家女人走了，她心里都有本账。第六户就是她半夜打电话告诉我的，说两个伢子三天没吃热饭了。
访谈者：这些户都谁在跟？
受访者：街道民政的{{han:扶春来}}管审批，材料报到市{{trap/org:民政局}}。社工站的{{compound:诸葛岚心}}跟第一户、第二户，{{compound:申屠远山}}跟第四户。派出所的{{han:谭警官}}帮第二户开过失联证明。第五户的医生是{{trap/org:锡矿山街道社区卫生服务中心}}的{{han:旷立中}}，{{han:旷医生}}每个月上门一回。
访谈者：台账上的名字都写对了吗？
受访者：错了好几处。{{spaced:欧 阳 长 庚}}中间空了格，{{spaced:戴 要 强}}也是；{{spaced:龚也 青}}被拆成两截；外婆的名字在市里的表上成了{{spaced:图 雅 其 木 格}}。年底我们再一户一户对。
访谈者：这几户里，孩子们自己有手机吗？
受访者：大的有。第六户的哥哥用他爸的旧手机上QQ，号码{{qq:3046172859}}，我加了，他晚上跟我讲他爸咳得睡不着，我第二天就去了。小的没有，有事都是大人找我。
访谈者：您的联系方式？
受访者：电话{{mobile@s74}}，微信{{wechat:yinchune_xks}}。街道还有个QQ群，群号{{trap/number:614230875}}，家长们有事在里面说。
访谈者：做这个事最难的是什么？
受访者：难在人心。有的家长嫌丢脸，不肯报；有的报了，邻居说闲话。我就一户一户去坐，坐到他们肯开口。最放不下的是第五户，那个妹子一辈子都要人照顾，她妈妈比我还小两岁，头发全白了。
""")

# H1406: Han social worker of 都梁街道 (武冈) who answers the phone and QQ during the interview.
DOCS["H1406"] = ("staff", """\
访谈者：请问您是{{han:才晓雯}}吧？
受访者：是我，{{trap/place:都梁街道}}社工站的。不好意思，手机一直响，我边接边跟你讲……喂，{{han:和冬秀}}啊？对，表我收到了，你让{{han:向桂生}}明早带户口本来。好，挂了。刚才是红旗路社区的儿童主任。
访谈者：您手上跟着多少孩子？
受访者：站里三十一个，我跟十二个，另外的归{{compound:令狐晓禾}}和{{compound:司马听澜}}。我先讲夜市那家，新疆来的，妈妈{{minority/uyghur:买尔哈巴}}卖烤串，爸爸{{minority/uyghur:阿布都克尤木}}中风了。儿子{{minority/uyghur:伊力亚尔江}}有事不跟妈妈讲，跟我在QQ上讲，号码{{qq:1760438925}}，半夜还给我发消息，问他爸还能不能好。
访谈者：您怎么回他？
受访者：我不骗他。我说能好一些，要靠练。他妹妹{{minority/uyghur:迪丽胡玛尔}}小，什么都不懂，见了我就要糖。
访谈者：您的QQ又响了。
受访者：是{{han:周晓宇}}，初二的男孩，爸爸死了，妈妈在{{trap/place:广州}}再婚。上个月他拿爷爷的钱坐车去找妈妈，在{{trap/place:邵阳}}火车站被民警拦下。他的QQ是{{qq:392751068}}，我天天看他空间，他发一句“没意思”我就打电话。他在{{school:武冈市第三中学八年级（6）班}}，班主任{{han:夏梦婷}}跟我一起盯着。
访谈者：还有哪些户？
受访者：一个女孩叫{{han:段佳怡}}，十四岁，事实无人抚养。爸爸{{han:段国强}}车祸走了，妈妈精神残疾，住在{{trap/org:武冈市精神病医院}}。她跟外公过，外公七十九了。住{{address:武冈市都梁街道法相岩社区玉带路58号}}，身份证{{id_number@wy2011hyphen.430581}}。她QQ上不说话，只发表情，号码是{{qq:2846103957}}。外公的电话{{mobile@p86h}}。
访谈者：您先接电话。
受访者：喂？{{compound:南宫暮雪}}啊。你说稠树塘那对彝族双胞胎？{{minority/yi:都尔嫫}}、{{minority/yi:都沙嫫}}转学的事我问了，城里学校要居住证。好，你叫她们阿舅{{han:都文华}}先去派出所。
访谈者：镇上的个案也找您？
受访者：她们人少，遇到要跑城里的手续就找我。那个阿舅老实，上回来站里，把两个孩子的彝文名字{{minority/yi:吉伍·尔嫫}}、{{minority/yi:吉伍·沙嫫}}一笔一划写给我看。
访谈者：为什么孩子们都用QQ？
受访者：微信要实名，要绑卡，家长管得严；QQ是同学之间用的，他们觉得那是自己的地方。我开头也不懂，是站里的{{compound:令狐晓禾}}教我的，她九八年的，QQ空间玩得比孩子还溜。我现在QQ好友里一大半是十几岁的伢子，他们过生日我都点个赞。还有个六年级的女孩{{han:向小芹}}，爸妈离了婚都不要她，跟着太奶奶过，她有话只在QQ上讲，号码{{qq:2563018749}}，我给她备注的是“小芹菜”。
访谈者：您平时怎么跟家长联系？
受访者：微信为主。{{han:戴菊香}}的微信是{{wechat:daijx_hqlsq}}，红旗路的孩子都归她报。我自己的工作微信{{wechat:caixw_dlsgz}}。有的老人不会用，只能打电话：{{han:段佳怡}}的外公{{han:蒋老倌}}就是，我每周五打一回。{{han:周晓宇}}的爷爷叫{{han:周德厚}}，电话{{mobile@plus86dash}}，耳朵背，要喊着说。
访谈者：您自己累不累？
受访者：累。去年有段时间我整夜睡不着，一闭眼就是那几个孩子的脸。站长{{han:尹德明}}看出来了，放了我一个礼拜假，还请了心理老师来给我们全站做减压。现在我学会了，周末把工作手机放进抽屉，只看QQ上有没有急事。
访谈者：这么多孩子，您顾得过来吗？
受访者：顾不过来也要顾。晚上十点以后我不接电话，可QQ上的消息我都看。有回一个孩子凌晨两点发了张药瓶的照片，我吓得马上打电话找{{han:肖晓峰}}所长，派出所的人半小时就到了他家。那孩子现在好好的，上个月还给我寄了一张贺卡。
访谈者：有没有做不成的个案？
受访者：有。去年一个男孩，爸爸吸毒，妈妈跑了，跟着叔叔{{han:夏建华}}过，叔叔嫌他是累赘，动手打他。我们报了派出所，报了{{trap/org:妇联}}，最后把孩子送到{{trap/org:武冈市儿童福利院}}临时照料。那孩子走的时候抱着我哭，说阿姨你别不要我。现在他在福利院读书，我每个月去看他一回。这件事到现在我都觉得没做好。
访谈者：名字在各种表上写得对吗？
受访者：常有错。{{spaced:段 佳 怡}}被写得分开了，{{spaced:司 马 听 澜}}在市里的表上是四个字空着，{{spaced:迪丽胡玛尔 · 阿布都克尤木}}的点前后都空了格，{{spaced:周晓 宇}}还被拆成了两截。
访谈者：您为什么做社工？
受访者：我自己就是留守长大的，爸妈在外头打了十五年工，我跟着外婆。那时候没人问我过得好不好。大学报志愿，我填了社会工作，想着以后要做那个问一句的人。
访谈者：最后想说什么？
受访者：这些孩子不缺人可怜，缺的是有人一直在。我能做的就是不换号码，不关QQ。
""")

# H1407: Han grandfather in 邓家铺镇 (武冈) raising a grandson whose father is in prison and whose mother left.
DOCS["H1407"] = ("family", """\
访谈者：老人家，您今年高寿？
受访者：七十一了。我叫{{han:聂石生}}，{{trap/place:邓家铺}}街上的人都喊我{{han:石生伯}}。屋里就我同孙伢子两个人，老伴{{han:资桂花}}前年中风走了。
访谈者：孙子多大了？
受访者：十岁，大名{{han:聂子轩}}，我们喊他{{han:轩伢子}}。读{{school:武冈市邓家铺镇中心小学四年级（2）班}}。他爷老子{{han:聂建勇}}在外头跟人放高利贷，打伤了人，判了七年，关在{{trap/place:沅江}}那边的监狱里，还有四年才出来。
访谈者：孩子的妈妈呢？
受访者：他娘{{han:吴凤娥}}是{{trap/place:洞口}}人，男人一进去，她就走了，听说在{{trap/place:温州}}又成了家。头一年还打过两回电话，后来就冒得音信了。{{han:轩伢子}}嘴巴上不讲，夜里做梦喊娘，我听到了也不做声。
访谈者：这些年谁帮过你们？
受访者：村里的儿童主任{{han:阳秋菊}}，我们喊她{{han:阳嫂}}，是她把我们报上去的，服刑人员子女补助，一个月{{trap/number:七百四十元}}，我自己有低保。镇上民政的{{han:毛小军}}一年来三四回，每回都问崽读书的事。支书姓肖，{{han:肖支书}}帮我把漏雨的屋顶换了瓦。县里法律援助的{{compound:宗政柏舟}}律师帮我们问过减刑，讲表现好能早点出来。
访谈者：孩子读书怎么样？
受访者：不蠢，就是贪耍。班主任{{han:戴满英}}讲他作文写得好，写他爷爷打草鞋，全班都听哭了。有回他把同学的文具盒摔了，被{{han:戴满英}}罚站，回来跟我赌气不吃饭。我讲你爷老子就是冒读好书才走歪路，你还想学他？他哭了一场，第二天自己去给同学赔了礼。
访谈者：有社工来吗？
受访者：有，镇上社工站的{{compound:太史明远}}，后生伢子，每个月来两回，带{{han:轩伢子}}打球、讲故事。还有个妹子叫{{compound:钟离雪}}，教他画画。{{compound:钟离雪}}讲这孩子画的太阳都是黑的，要多陪他。我听了心里不好过。
访谈者：去监狱看过他爸爸吗？
受访者：去过两回，都是{{han:阳嫂}}陪着去的。{{han:聂建勇}}隔着玻璃喊爷，喊崽，崽不吭声。回来路上崽问我，爷爷，我爸是坏人吗？我讲他做了坏事，但他是你爸。崽想了半天，讲那我以后不做坏事。
访谈者：孩子会给爸爸写信吗？
受访者：会。一个月写一封，写学校里的事，写家里的鸡下了几个蛋。开头是我逼着写，后来他自己要写。有一回他写“爸爸我考了九十五分”，他爸回信说在里头哭了一夜。信都是他姑姑{{han:聂桂英}}帮着寄，她在镇上邮局边上开裁缝店。{{han:聂桂英}}也帮我们洗被子、做棉衣，过年给崽买新鞋。
访谈者：您身体怎么样？
受访者：腰杆痛，眼睛也花了。田不种了，在屋后种点菜，养几只鸡。每天清早五点起来煮饭，送崽上学，下午站在桥头等他。{{trap/word:向来}}是我等他，冒得哪天是他等我。隔壁的{{han:黎满仓}}讲我是把孙伢子当命根子。去年我发烧躺了三天，崽放学回来给我煮面条，面条煮成一坨，他一口一口喂我。我吃着吃着眼泪就下来了。镇卫生院的{{han:伍医生}}上门给我打了针，没收钱。
访谈者：家里的钱够用吗？
受访者：省着用就够。低保加补助，一个月一千多块，米是自己屋里的，菜是园里的。最怕崽生病，去年他出水痘，在镇卫生院住了五天。学校开学要交的资料费，{{han:阳嫂}}帮我们申请减免了。隔壁村的{{han:罗冬生}}开货车，每回去县城都问我要不要带东西，从来不收车费。
访谈者：逢年过节怎么过？
受访者：过年崽的姑姑回来，屋里热闹几天。崽最喜欢爬{{trap/place:云山}}，我爬不动了，是{{han:黎满仓}}带他去的。我给他讲{{trap/famous:魏源}}，讲我们邵阳出过大人物，要他争气。他讲爷爷，等我长大了，天天给你{{trap/word:阳光}}照。
访谈者：登记信息请您说一下。
受访者：屋在{{address:武冈市邓家铺镇黄桥村六组33号}}。我的身份证{{id_number@my1954.430581}}，崽的{{id_number@my2015fwhyphen.430581}}。我的电话{{mobile@p86n}}，{{han:阳秋菊}}的{{mobile@plain}}。崽他娘以前的微信叫{{wechat:wfe_dongkou1990}}，早就不回了。崽有个QQ，跟他爸写信的时候留了，号码写在他的作业本封面上：{{qq:617052934}}。有事还可以打{{trap/hotline:12348}}。
访谈者：名字在表上写得对吗？
受访者：有错的。补助表上我是{{spaced:聂石 生}}，崽在学校是{{spaced:聂 子 轩}}，社工的名字在本子上写成{{spaced:太 史 明 远}}。
访谈者：孩子以后想做什么？
受访者：他讲要当警察，抓坏人。我讲那你爸出来你抓不抓？他想了好久，讲抓了再放。我笑得眼泪都出来了。崽心善，像他奶奶。
访谈者：您最想说什么？
受访者：我冒得别的想法，只想活到崽他爸出来，把崽交到他手上。
""")

# H1408: Han village doctor in 禾青镇 (冷水江) talking about a boy who lives with his deaf grandmother.
DOCS["H1408"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：三十一年了。我叫{{han:晏冬生}}，{{trap/place:禾青}}镇这几个村，哪家哪户的人我都看过病。你要问的那个伢子，我从他落地就认得。
访谈者：您讲讲这个孩子。
受访者：伢子叫{{han:谢就成}}，十二岁，村里人喊他{{han:成伢子}}。他爹{{han:谢国庆}}九年前在小煤窑里出事，人没救回来。他娘{{han:贺小兰}}第二年改嫁到{{trap/place:贵州}}，先还寄钱，后来连人都找不到了。伢子就跟着奶奶过。
访谈者：奶奶身体怎么样？
受访者：奶奶大名{{han:李满姣}}，七十四了，村里都喊她{{han:谢娭毑}}。她年轻时发高烧烧坏了耳朵，一级听力残疾，一点都听不到。祖孙两个讲话靠比划，靠写字，伢子就是他娭毑的耳朵。有人来收电费、来送通知，都是{{han:谢就成}}在旁边一句一句写给她看。
访谈者：他娘走的时候，孩子知道吗？
受访者：那年他才四岁，他娘讲去镇上赶集，就再冒回来。他在村口等到天黑，是我打着手电把他背回去的。后来他大了，听人讲他娘在贵州又生了孩子，他一句话冒讲，第二天照样去上学。他娘家的舅舅{{han:贺国平}}来看过他几回，带点米和油，也说找不到他姐。
访谈者：孩子这么小，怎么照顾奶奶？
受访者：懂事得让人心疼。早上起来先烧水，给娭毑量血压，血压计是我送的，他学会了自己量，数字记在本子上。下雨天路滑，他扶着娭毑来卫生室拿药。去年冬天娭毑摔了一跤，是{{han:成伢子}}跑了两里路来喊我，鞋都跑掉了一只。
访谈者：政府那边有什么帮助？
受访者：有。村里的儿童主任{{han:邹文斌}}给伢子报了事实无人抚养，他爹不在了，他娘失联两年，民政局认了，一个月{{trap/number:一千二百一十元}}。娭毑有残疾证，两项补贴都拿。镇民政办的{{han:伍桂芝}}每个季度来一回，把表格一样一样讲给伢子听，让他转告。{{trap/org:冷水江市残联}}去年给娭毑配了助听器，可她的耳朵坏得太久，戴上也只听得见一点响。
访谈者：学校那边呢？
受访者：他在{{school:冷水江市禾青镇中心小学六年级（2）班}}，班主任叫{{compound:第五清风}}，姓少见，人实在，知道他家情况，允许他中午回家给娭毑热饭。市社工站的{{compound:漆雕远}}每月下来一趟，教伢子学手语，还教了娭毑几个手势，现在祖孙两个能用手讲好多话了。
访谈者：村里其他人呢？
受访者：村里人心好。隔壁的{{han:易春华}}每天傍晚过来看一眼，灯亮了才回去。收稻谷的时候，村民小组长{{han:彭德清}}带人把他家那两亩田一起割了。过年杀猪，东家一块肉，西家一挂香肠，伢子屋里年货比别人家还多。娭毑听不见，就拉着人家的手不放，一个劲地作揖。
访谈者：您自己常去他家吗？
受访者：一个礼拜去两回，量量血压，看看药吃完没有。伢子的作业我也翻一翻。他喜欢看医书，问我{{trap/famous:华佗}}是不是真有其人，说长大了要给娭毑治耳朵。我跟他讲，你先把书读好，医生要读好多年的书。他讲他不怕，{{trap/word:禾苗}}也要长好多个月才结谷。
访谈者：孩子成绩怎么样？
受访者：中上，语文好，数学差一点。他写过一篇作文叫《我是奶奶的耳朵》，在镇上得了奖，学校把奖状贴在走廊上。那天他拿回来，写在纸上给娭毑看，娭毑看了半天，把纸叠好放进枕头底下。镇中心小学的校长{{han:匡秋云}}知道了，给他免了午餐费，还让食堂每天多给他打一份菜带回去。
访谈者：您最担心什么？
受访者：担心娭毑年纪大了，哪天倒下，伢子一个人顶不住。也担心他心事太重，十二岁的伢子，从来不跟人诉苦。我跟{{han:邹文斌}}讲过，要是哪天娭毑住院，伢子先到我屋里住。有回娭毑血压飙到两百，我一边给她打针，一边给{{han:邹文斌}}打电话，叫他先把{{han:谢就成}}接到村部去，莫让伢子看到吓着了。
访谈者：登记信息请您说一下。
受访者：他家在{{address:冷水江市禾青镇石坪村四组16号}}。娭毑的身份证{{id_number@wy1951.431381}}，伢子的{{id_number@my2013fw.431381}}。我的电话{{mobile@s434}}，{{han:邹文斌}}的{{mobile@plus86spaced}}。我的微信{{wechat:yandongsheng_hq}}。伢子有个QQ，是社工帮着注册的，说要在网上查手语，号码抄在卫生室的挂历背后：{{qq:8102649375}}。
访谈者：名字在表上写得对吗？
受访者：错过。学校的表上写成{{spaced:谢 就 成}}，残疾证上娭毑是{{spaced:李　满　姣}}，社工的名字写成了{{spaced:漆 雕 远}}。
访谈者：最后还想说什么？
受访者：这伢子是我看着长大的，他要是读出去了，我这个村医也算没白当。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1401,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout176",))


if __name__ == "__main__":
    main()
