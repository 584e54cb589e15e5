# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 143 (tests/pii/holdout143/H1129-H1136 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 142, written at the same time, is not
an earlier set).

Set 143 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
启东 and 新沂 (Jiangsu): a Mongolian grandfather from 西乌珠穆沁旗 raising in 启东 (近海镇) the grandson of his dead
daughter, the boy's Han father gone off and not to be found; a Kham Tibetan mother from 杂多 who packs seaweed in
吕四港镇, her Han husband run off from his gambling debts; a Uyghur father from 沙雅 who sells kebabs on the night
market of 新安街道 and raises two girls alone since his wife died; a Kazakh mother from 托里 who paints glassware in
a workshop in 窑湾镇, her husband killed on the road, her son deaf and learning to speak with a cochlear implant; a
Han social worker in 汇龙镇 handling cases of children with no one to raise them (事实无人抚养); a Han 儿童主任 in
马陵山镇 reading out her list; a Han grandfather in 海复镇, speaking a little 启海话, whose son is in prison; and a Han
class teacher in 时集镇 who keeps up with her pupils on QQ and with their parents on WeChat. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(敖特根其木格, 额日很巴特, 吉仁尼格, 桑吉扎布, 哈日朝鲁) and with short forms (纳森巴雅尔 then 纳森, 沙如拉图雅 then
沙如拉), a Han surname before a Mongolian given name (施巴根, the grandson's father's surname joined to his Mongolian
name by schoolmates) and the Han names of the same people (施一鸣, and the grandfather called 纳老爹 by neighbours
who take the first syllable of his name for a surname); Kham Tibetan names of 杂多 (才仁旺毛, 巴桑永措, 扎西才让,
昂文拉毛, 尼玛才仁, 索南求措) with short forms (旺毛, 永措), names beginning or ending in 才 before the adverb 才
(旺毛才三十出头, 尼玛才仁才四十岁), a Han surname before a Tibetan given name (陆扎西) and the Han names of the
children (陆雨涵, 陆子轩) and of the mother (陆家嫂子); Uyghur given name + father's name with and without the dot
(吐尔迪·阿不力孜, 孜比妮萨·吐尔迪, 孜比妮萨吐尔迪, 米合热古丽·吐尔迪), single names and short forms (布再娜甫, 塔依尔,
则乃普, 艾买尔江, 茹鲜古丽, 妮萨汗, 米合热古丽她, 吐尔迪) and a Han-style form of address (老吐); Kazakh given name +
father's name with and without the dot (玛迪娜·托列根, 沙吾烈·托列根, 努尔波拉提·沙肯, 哈斯铁尔·努尔波拉提,
哈斯铁尔努尔波拉提, 阿克努尔·努尔波拉提, 沙肯·吾拉孜别克) and short forms (玛迪娜, 哈斯铁尔, 努尔波拉提, 阿克努尔,
沙吾烈), a Han surname before a Kazakh given name (臧古丽巴然 beside 古丽巴然 and her Han name 臧婉清) and a Han
nickname (小哈); Han names with common and rare surnames of the region (施, 倪, 瞿, 郁, 茅, 陆, 季, 龚, 钮, 蔡, 曹,
盛, 樊, 禚, 仝, 訾, 禹, 冀, 伏, 苗, 房, 臧, 满, 相, 种, 闫, 鲍, 殷); surnames that are also ordinary words, and such
words in given names, next to grammar words (和丽芬和我, 和俊熙和他爸, 向丽萍向街道, 都队长都知道, 都一凡都约好了,
让金凤让我, 还秀芝还, 能德旺能吹, 也红英也不是, 我们先把把晓东, 樊卫国被判, 要晓宇要我, 苗德才才出院,
徐成就就住); titles and kin words after names (郁美玲老师, 伏晓芸老师; the span is the name only), a surname with
only a title or kin word, annotated whole (纳老爹, 茅老师, 黄阿婆, 老陆, 季老板, 袁老师, 老孟, 都队长, 禚大爷,
仝老师, 施警官, 蔡老太, 沈科长, 瞿老师, 钮姐姐, 钮阿姨, 满主任, 相老师, 沈主任, 郁所长, 成老师, 种老师),
nicknames and local forms of address, annotated whole (陆家嫂子, 东宝, 阿豪头, 芽芽, 阿四, 小哈); names that contain
words (黄海生 beside the sea 黄海, 杜要强 "人如其名，真要强", 徐成就, 伏天明, 茅金宝, 向东升, 种丽华 beside 种地);
names directly before particles, pronouns and verbs (希日巴根他, 陆子轩他, 永措她, 米合热古丽她, 曹俊杰他, 季诗雨她,
房秀梅她, 伏天明他, 芽芽她, 陶丽萍她, 樊梓豪他) and after 叫/是/给/跟/找/让/和 (叫纳森巴雅尔, 是轩辕若曦,
给向思雨, 跟都一凡, 找施红梅, 让向思雨, 和司空晓彤), and names closing the last sentence (是倪彩琴。, 是龚晓霞。,
是还秀芝。, 是施红梅。, 是向思雨。, 还是杜要强。, 谢谢钮阿姨。); names spaced out character by character in half- and
full-width spaces, a dotted name with spaces around the dot and names split in two; compound surnames after ordinary
words (端木, 轩辕, 淳于, 百里, 公良, 宰父, 司寇, 谷梁, 司空, 公羊, 亓官, 第五, 东郭, 颛孙, 壤驷, 独孤, 子车, 西门, 闻人);
and numbers read out and written the many ways people do (an ID read out in threes, QQ numbers in full-width digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:倪彩琴}}``, ``{{qq:2904716358}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1983tri.652924}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师) and a particle, pronoun or verb written
directly after a name (他, 她, 也, 都, 才, 就, 向, 和, 能, 还, 让, 要, 被, 说) are outside the span; a surname with only a
title or kin word (纳老爹, 老陆, 季老板, 蔡老太, 钮姐姐) and a nickname or local form of address (陆家嫂子, 东宝,
阿豪头, 芽芽, 阿四, 小哈) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Kazakh people and of
their children (施一鸣, 陆雨涵, 陆子轩, 臧婉清, 纳老爹, 老吐) are category han; a Han surname before a non-Han given
name (施巴根, 陆扎西, 臧古丽巴然) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout143/make_holdout143.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(143_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "157", "158", "166", "173", "176", "181", "183", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1129: Mongolian grandfather from 西乌珠穆沁旗 raising in 启东 (近海镇) the grandson of his dead daughter; the boy's
# Han father went off and is not to be found.
DOCS["H1129"] = ("family", """\
访谈者：老人家，听说您是从内蒙古过来的？
受访者：{{trap/place:西乌珠穆沁旗}}的，放了一辈子羊。我叫{{minority/mongolian:纳森巴雅尔}}，今年六十六。这边的人念不顺，把头一个字当成姓，都喊我{{han:纳老爹}}。我到{{trap/place:启东}}三年了，跟外孙住在{{trap/place:近海镇}}。
访谈者：怎么到这么远的地方来了？
受访者：闺女{{minority/mongolian:沙如拉图雅}}早年在{{trap/place:锡林浩特}}的饭馆端盘子，认识了来草原上装风机的{{han:施建峰}}，就嫁到了这边。前年她查出乳腺癌，四十二岁就走了。{{minority/mongolian:沙如拉}}走了不到半年，{{han:施建峰}}说去{{trap/place:舟山}}跑船，后来电话打不通，听人讲在那边又成了家。孩子没人管，我就来了。老伴{{minority/mongolian:敖特根其木格}}腰不好，留在嘎查守着几十只羊。
访谈者：外孙多大了？
受访者：十岁，户口上叫{{han:施一鸣}}，蒙古名是他妈起的，叫{{minority/mongolian:希日巴根}}，在{{school:启东市近海镇中心小学四年级（2）班}}。同学嫌长，喊他{{minority/mongolian:施巴根}}，他也答应。{{minority/mongolian:希日巴根}}他话少，放了学就爱去{{trap/place:黄海}}边上看船，一看一下午。
访谈者：孩子想妈妈吗？
受访者：想。他把他妈的照片塞在书包夹层里，谁也不让碰。有天夜里他问我，姥爷，{{minority/mongolian:沙如拉图雅}}是不是到天上放羊去了。我说是，放的是白云。他就不哭了，我跑到院子里哭了一场。他妈走的那天是{{trap/year:2023年}}腊月，这边下着雨，草原上正下大雪。
访谈者：这边有谁帮你们？
受访者：村里的儿童主任{{han:倪彩琴}}。她讲孩子妈没了，爸又找不着，算事实无人抚养，帮我们把材料报上去，现在每月有{{trap/number:一千五百八十元}}。镇民政办的{{han:瞿国栋}}上门核了两趟。班主任{{han:郁美玲}}老师每天把他留下，写完作业再走。音乐课的{{han:茅老师}}让他进了合唱队。
访谈者：生活上习惯吗？
受访者：不习惯。这边潮，冬天屋里比外头还冷。饭也吃不惯，这边菜里爱放糖，我吃不下，外孙倒爱吃，说姥爷你尝尝，甜的好吃。我想喝口{{trap/minority_word:奶茶}}，镇上买不着砖茶，是侄子{{minority/mongolian:额日很巴特}}从老家寄来的。隔壁{{han:黄阿婆}}教我腌咸菜、烧{{trap/word:黄鱼}}，她儿子{{han:黄海生}}出海回来常拎两条鱼过来。{{han:黄海生}}说，老爹你放心，孩子有我们看着。
访谈者：跟这边人说话方便吗？
受访者：不方便。启东话我一句听不懂，村里老人又不大会说普通话，买个菜全靠比划。外孙给我当翻译，他三种话都会。有回镇上来人核查，问我叫啥，我说{{minority/mongolian:纳森巴雅尔}}，人家写了三遍没写对，最后还是{{minority/mongolian:希日巴根}}一个字一个字写给他。
访谈者：孩子上下学怎么办？
受访者：坐校车。开校车的{{han:和丽芬}}和我一样是外地人，云南{{trap/place:丽江}}嫁过来的。她每天在村口按两下喇叭，{{minority/mongolian:施巴根}}就背着书包跑出去。
访谈者：社工也来过吗？
受访者：来过两个年轻人，一个叫{{compound:端木思齐}}，会画画，带孩子画草原；另一个是{{compound:轩辕若曦}}，帮我在手机上填救助的表。去年冬天孩子得了肺炎，在{{trap/org:启东市人民医院}}住了一礼拜，报销的事也是{{compound:端木思齐}}跑的。我闺女的老乡{{minority/mongolian:吉仁尼格}}在{{trap/place:海门}}开蒙餐馆，逢年过节接我们去吃{{trap/minority_word:手把肉}}。
访谈者：老家那边呢？
受访者：嘎查达{{minority/mongolian:桑吉扎布}}每个月打电话，问羊也问孩子。老伴的弟弟{{minority/mongolian:哈日朝鲁}}帮着打草，{{minority/mongolian:额日很巴特}}说今年羊价不好，卖了也不够还账。老伴在视频里给外孙讲{{trap/famous:成吉思汗}}，把他小时候穿的{{trap/minority_word:蒙古袍}}拿出来晒，一边晒一边哭。{{minority/mongolian:纳森}}，她喊我，你把孩子带回来看看。我说等放了暑假。
访谈者：您自己身体怎么样？
受访者：心脏不大好，去年在镇卫生院查出来的，医生让我少吃肉。我在草原上吃了六十年肉，哪能说少就少。最怕哪天我倒下了，孩子又没人管。{{han:倪彩琴}}说，真到那一步政府会管，叫我别瞎想。可我是他姥爷，得多撑几年，撑到他念完初中。镇卫生院叫我每月去量一回血压，我记不住日子，外孙就在日历上给我画圈。
访谈者：登记的信息请您说一下。
受访者：这边住{{address:启东市近海镇通兴村十一组27号}}，户口还在{{address:西乌珠穆沁旗吉仁高勒镇宝日陶勒盖嘎查二组8号}}。我的身份证{{id_number@my1959spaced.152526}}，外孙的{{id_number@my2015hyphen.320681}}。我电话{{mobile@s434}}，是外孙一个字一个字教我念的。{{han:倪彩琴}}的电话{{mobile@plain}}，微信{{wechat:ni_caiqin_jhz}}。外孙有个QQ，说跟同学对作业用，号码他写在我老花镜盒子上：{{qq:2904716358}}。
访谈者：表上的名字写对了吗？
受访者：五花八门。医院单子上我是{{spaced:纳 森 巴 雅 尔}}，低保表把闺女写成{{spaced:沙如拉 图雅}}，学校名单上外孙是{{spaced:希日　巴根}}。
访谈者：最后还想说什么？
受访者：我老了，就盼孩子长大。这几年最该谢的是{{han:倪彩琴}}。
""")

# H1130: Kham Tibetan mother from 杂多 who packs seaweed in 吕四港镇; her Han husband ran off from his debts.
DOCS["H1130"] = ("family", """\
访谈者：阿佳，您在这个紫菜厂做了多久了？
受访者：快四年了。我叫{{minority/tibetan:才仁旺毛}}，青海{{trap/place:杂多}}人，{{trap/place:澜沧江}}就是从我们那边流出来的。厂里姐妹喊我{{minority/tibetan:旺毛}}，老板娘嫌拗口，跟着我男人的姓叫我{{han:陆家嫂子}}。
访谈者：怎么会到{{trap/place:吕四港镇}}来？
受访者：我男人{{han:陆建斌}}是这边人，早些年在{{trap/place:玉树}}开大车，往山上拉水泥，我们在杂多县城认识的。一三年他带我回了启东。前年他赌钱欠了一屁股债，说出去躲一阵，这一走就没了音信。{{han:老陆}}的手机停了机，他妈也说不知道人在哪。
访谈者：孩子们呢？
受访者：两个。女儿十二，户口上叫{{han:陆雨涵}}，藏名{{minority/tibetan:巴桑永措}}，在家我喊她{{minority/tibetan:永措}}。{{minority/tibetan:永措}}在{{school:吕四港镇第二中学七年级（4）班}}，功课好。儿子七岁，汉名{{han:陆子轩}}，藏名是我阿妈起的，叫{{minority/tibetan:扎西才让}}。班上同学图省事，喊他{{minority/tibetan:陆扎西}}，他在{{school:吕四港镇中心小学一年级（3）班}}。
访谈者：孩子爸走了以后，家里谁帮衬？
受访者：婆婆在镇上，七十多了，自己也靠低保过。她觉得对不住我，隔几天就拎一袋米过来，看见孩子就抹眼泪。她说{{han:陆建斌}}要是回来，她头一个拿扫帚打出去。小叔子{{han:陆建忠}}在南通开五金店，每学期给侄女交一回补课费。婆婆不识字，家长会都是我去，老师讲的一半我听不懂，回家让女儿再讲一遍。
访谈者：厂里的活重不重？
受访者：重。冬天是紫菜季，半夜两点进车间，烘干、挑拣、装袋，一站十来个钟头，手泡得发白。紫菜从海上收回来，要洗、要切、要烘，一张一张摞齐了再封袋，老板说外国客商就认我们包的。车间主任{{han:秦桂芳}}照顾我，让我先送孩子再来上班。姐妹们说，{{minority/tibetan:旺毛}}才三十出头，头发就白了一片。厂里的{{han:季老板}}知道我难，宿舍边上一间小屋让我们住，不收钱。同车间的{{han:顾月娥}}男人也跑了，比我早三年一个人带孩子。夜班我们俩一块上，她教我怎么跟学校打交道，怎么去村里开证明。她说女人要{{trap/word:顾家}}，也要顾自己。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{han:龚晓霞}}。她说孩子爸失联要满六个月，派出所出了证明，才能认定事实无人抚养。这期间她先帮我办了低保，每月{{trap/number:八百六十元}}。村会计{{han:让金凤}}让我把材料拿去她那复印，一分钱没收。镇社工站的{{compound:淳于雅楠}}每周给女儿补英语，她同事{{compound:百里沐阳}}带儿子去海边捡贝壳、认字。
访谈者：孩子们习惯这边吗？
受访者：女儿习惯得快，一口启东话比我说得还好。儿子头一年老哭，想他爸，班主任{{han:袁老师}}家访了三回。{{han:陆子轩}}他现在有了朋友，放学跟同学去渔港看船回来。可一打雷，{{minority/tibetan:扎西才让}}还是往我怀里钻。
访谈者：女儿有什么打算？
受访者：{{minority/tibetan:巴桑永措}}说要考师范，以后回杂多当老师。去年学校演讲比赛她得了二等奖，讲的是{{trap/place:三江源}}，稿子自己写的，写到她阿妈在紫菜厂熬夜，评委老师都哭了。{{minority/tibetan:永措}}她回来跟我说，阿妈，我讲的是你。我没念过书，听了这话，觉得这几年的苦都值了。
访谈者：老家还有什么人？
受访者：阿妈{{minority/tibetan:昂文拉毛}}七十了，在家放几头{{trap/minority_word:牦牛}}。我哥{{minority/tibetan:尼玛才仁}}才四十岁，去年挖{{trap/minority_word:虫草}}摔坏了腿。同村的{{minority/tibetan:索南求措}}也在这边，在{{trap/place:南通}}一家宾馆做保洁，过年我们两家一起打{{trap/minority_word:酥油茶}}。阿妈在视频里教孩子们说{{trap/minority_word:扎西德勒}}，儿子学得最像。
访谈者：您自己身体怎么样？
受访者：腰疼，手上起冻疮。这边冬天湿冷，比杂多的干冷难熬。在老家一顿不喝酥油茶就没力气，这边买不着酥油，只好拿牛奶兑茶喝。{{minority/tibetan:尼玛才仁}}打电话叫我回去，说家里再穷也有一口{{trap/minority_word:糌粑}}。我想过带孩子回去，可女儿说要在这边考高中，我就留下了。
访谈者：登记信息请您说一下。
受访者：我们住{{address:启东市吕四港镇大洋村五组16号}}，老家是{{address:杂多县结多乡达英村二社14号}}。我的身份证{{id_number@wy1992fwhyphen.632722}}，女儿的{{id_number@wy2013quad.320681}}。我电话{{mobile@h38}}，{{han:龚晓霞}}的电话{{mobile@plus86}}。我的微信{{wechat:wangmao_zaduo88}}。女儿有QQ，说班里通知都发在群里，号码她写在紫菜箱的纸板上：{{qq:３８２０５７６１４９}}。
访谈者：表上名字都写对了吗？
受访者：错了好几处。工资表上我是{{spaced:才 仁 旺 毛}}，学校把女儿写成{{spaced:巴桑 永措}}，儿子成了{{spaced:扎　西　才　让}}。
访谈者：最后想说什么？
受访者：不图别的，孩子们好好长大就行。要谢的人多，头一个是{{han:龚晓霞}}。
""")

# H1131: Uyghur father from 沙雅 who sells kebabs in 新安街道 (新沂) and raises two girls alone since his wife died.
DOCS["H1131"] = ("family", """\
访谈者：大哥，您这烤肉摊摆了几年了？
受访者：六年了，就在{{trap/place:新安街道}}这条夜市上。我叫{{minority/uyghur:吐尔迪·阿不力孜}}，新疆{{trap/place:沙雅}}人，我们那边有{{trap/place:塔里木河}}，有一大片胡杨林。老乡{{minority/uyghur:塔依尔}}先来的{{trap/place:新沂}}，在这边打{{trap/minority_word:馕}}，我就跟着来了。街上的人记不住我的名字，都喊我{{han:老吐}}。
访谈者：家里几口人？
受访者：我跟两个丫头。孩子妈{{minority/uyghur:布再娜甫}}前年得了尿毒症，透析了一年多，还是走了。她在{{trap/org:徐州医科大学附属医院}}透析，一周三回，我白天送她，晚上出摊。钱不够，社区帮着申请了大病救助，老乡们也凑了一万多。她走那天小丫头刚上幼儿园。亲戚劝我再找一个，我没找。
访谈者：两个孩子多大了？
受访者：大的{{minority/uyghur:孜比妮萨·吐尔迪}}十二，在{{school:新沂市新安小学六年级（5）班}}。学校电脑打不出点，名单上是{{minority/uyghur:孜比妮萨吐尔迪}}，在家我们喊她{{minority/uyghur:妮萨汗}}。小的{{minority/uyghur:米合热古丽·吐尔迪}}七岁，在{{school:新沂市钟吾小学一年级（6）班}}。{{minority/uyghur:米合热古丽}}她爱跳舞，手一抬就是{{trap/minority_word:赛乃姆}}的架势。
访谈者：您出摊的时候，孩子怎么办？
受访者：我下午四点出摊，夜里十二点收。大的放学先去接小的，回家热饭，看着妹妹写作业。{{minority/uyghur:妮萨汗}}也才十二岁，跟个小妈妈一样。夜里我收摊回家，两个丫头挤在一张床上睡着了，作业本还摊在桌上，我一本一本签字。有一回小的半夜发烧，是{{minority/uyghur:妮萨汗}}给我打的电话，我扔下炉子就往家跑。
访谈者：生意怎么样？
受访者：夏天好，一晚上能卖三四百串；冬天冷，人少，有时候一晚上挣不到一百块。羊肉是从{{trap/place:宿迁}}进的，一斤涨了十几块，我不敢涨价，老顾客都是看着丫头们长大的。新沂人爱吃辣，我的辣椒面是老家寄来的，别人学不来。隔壁卖烧饼的{{han:孟宪山}}收摊晚，常帮我看着炉子，我去接孩子。他叫我兄弟，我叫他{{han:老孟}}。
访谈者：两个丫头在学校怎么样？
受访者：大的成绩好，作文写过她妈，老师拿到班上念。小的刚学拼音，回家教我，我跟着念，她笑我舌头硬。{{minority/uyghur:孜比妮萨·吐尔迪}}想当医生，说她妈要是早点查出来就好了。{{minority/uyghur:米合热古丽}}说长大要开个烤肉店，比我的大，我说那你也得先念完书。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:向丽萍}}。{{han:向丽萍}}向街道打了报告，两个丫头都算困境儿童，每人每月{{trap/number:六百三十元}}，我也办上了低保。城管的{{han:都队长}}都知道我家的事，只要不占盲道，从来不赶我。去年冬天社区还给我们换了个热水器。房东{{han:禚大爷}}把一楼便宜租给我们，他老伴{{han:葛秀珍}}下午帮我看孩子。大丫头的班主任{{han:仝老师}}每周在微信上跟我说她的情况。
访谈者：社工也来过吗？
受访者：来过。街道社工站的{{compound:公良语嫣}}给小丫头报了舞蹈班，不收钱；还有个男社工叫{{compound:宰父明轩}}，帮我把摊子的健康证、营业执照都办齐了。
访谈者：老家那边呢？
受访者：我妈{{minority/uyghur:则乃普}}七十多了，跟我弟弟{{minority/uyghur:艾买尔江}}在沙雅种棉花。大姐{{minority/uyghur:茹鲜古丽}}每个月打电话来，问丫头们的头发有没有人梳。{{trap/minority_word:古尔邦节}}我们回不去，就在出租屋里做{{trap/minority_word:抓饭}}，请房东一家来吃。我给丫头们讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:米合热古丽}}笑得在床上打滚。我教她们说{{trap/minority_word:热合买提}}，就是谢谢，她们见了房东就说。
访谈者：孩子们想妈妈吗？
受访者：想。大丫头把她妈的围巾叠好压在枕头底下。{{minority/uyghur:布再娜甫}}走以前跟我说，两个丫头都要读书，不要早早嫁人。这话我记着。每年她的忌日我收一天摊，带丫头们去河边坐坐，讲她妈年轻时在沙雅的棉花地里唱歌的样子。
访谈者：登记信息请您说一下。
受访者：我们住{{address:新沂市新安街道大桥社区锦华苑6号楼2单元102室}}，老家在{{address:沙雅县红旗镇阔什巴扎村三组31号}}。我的身份证{{id_number@my1983tri.652924}}，大丫头的{{id_number@wy2013.652924}}。电话{{mobile@plus86spaced}}，{{han:向丽萍}}的{{mobile@fws}}。我的微信{{wechat:turdi_kawap_xy}}，顾客扫码付钱也是这个。大丫头有个QQ，班上交作业用，号码她写在价目牌背面：{{qq:2470935816}}。
访谈者：表上的名字写得对吗？
受访者：乱。营业执照上是{{spaced:吐尔迪 · 阿不力孜}}，低保表上成了{{spaced:吐 尔 迪 阿 不 力 孜}}，大丫头在医院是{{spaced:孜 比 妮 萨}}，她妈的死亡证明写成{{spaced:布 再 娜 甫}}。
访谈者：您最盼什么？
受访者：盼两个丫头都考上大学。我{{minority/uyghur:吐尔迪}}这辈子就会烤肉，她们不能跟我一样。
""")

# H1132: Kazakh mother from 托里 who paints glassware in a workshop in 窑湾镇 (新沂); her husband died, her son is deaf.
DOCS["H1132"] = ("family", """\
访谈者：大姐，您在这个玻璃作坊干多久了？
受访者：两年半了。我叫{{minority/kazakh:玛迪娜·托列根}}，家在塔城地区{{trap/place:托里}}，草原上长大的。作坊里的人都叫我{{minority/kazakh:玛迪娜}}。作坊做仿古的琉璃杯、茶盏，卖给来{{trap/place:窑湾古镇}}玩的游客。老师傅吹出来的杯子，上面的花是我描的。
访谈者：怎么到{{trap/place:窑湾镇}}来的？
受访者：我姐{{minority/kazakh:沙吾烈·托列根}}嫁在这边，姐夫{{han:臧建设}}当年在托里当兵。我男人{{minority/kazakh:努尔波拉提·沙肯}}在{{trap/place:克拉玛依}}给油田开车，四年前下大雪那天出车祸没了。儿子{{minority/kazakh:哈斯铁尔·努尔波拉提}}生下来就听不见，我姐说{{trap/place:徐州}}的医院好，我就带他来了。
访谈者：孩子现在怎么样？
受访者：九岁了。前年{{trap/org:新沂市残联}}给他报了人工耳蜗救助，在徐州做的手术。开机那天我喊他，{{minority/kazakh:哈斯铁尔}}，他回头看我，我哭得站不住。开机前医生就说，耳蜗只是帮他听见，会不会说话，要看以后练得怎么样。现在每周去康复中心两回，学说话。他在{{school:窑湾镇中心小学二年级（2）班}}随班就读，名单上没有点，写成{{minority/kazakh:哈斯铁尔努尔波拉提}}，同学都喊他{{han:小哈}}。
访谈者：康复训练难不难？
受访者：难。耳蜗开机以后，不是一下就会说话，要从听声音开始，敲鼓、摇铃，让他分辨。{{han:伏晓芸}}老师让我在家也照着练，我普通话不标准，孩子跟着我学，舌头也歪了。后来{{minority/kazakh:古丽巴然}}放了学来帮我，她普通话好，{{minority/kazakh:哈斯铁尔}}跟她学得快。我把卡片贴满了一面墙，苹果、杯子、汽车、羊，他最爱指那只羊。现在他会说四个字的句子了，妈妈吃饭，姐姐再见。
访谈者：谁在帮你们？
受访者：残联的{{han:还秀芝}}还专门陪我跑了两趟徐州，材料都是她弄的。村里的儿童主任{{han:臧丽娟}}帮我们问民政，孩子爸没了，户口迁过来跑了三趟派出所，报上了困境儿童，每月{{trap/number:七百四十元}}，残疾人两项补贴也批了。康复中心的老师教他发音，一个字教上百遍。作坊老板{{han:能德旺}}能吹一手好玻璃，知道我家的事，让我计件干，孩子康复那天随时走。老板娘{{han:满秀云}}心细，夏天炉子边上跟蒸笼一样，她给我们每人熬绿豆汤。
访谈者：社工来过吗？
受访者：县社工站的{{compound:司寇立新}}来过三回，给孩子做评估，还有个女社工{{compound:谷梁晴川}}，教我姐的闺女学手语。
访谈者：您姐的闺女？
受访者：她户口上叫{{han:臧婉清}}，我姐非要给她起个哈萨克名字，叫{{minority/kazakh:古丽巴然}}，学校里同学就叫她{{minority/kazakh:臧古丽巴然}}。十五了，天天陪表弟练说话。{{minority/kazakh:沙吾烈}}说，这闺女比她亲。
访谈者：家里还有谁？
受访者：女儿{{minority/kazakh:阿克努尔·努尔波拉提}}十四，跟爷爷{{minority/kazakh:沙肯·吾拉孜别克}}和奶奶在托里，读初二。{{minority/kazakh:阿克努尔}}会弹{{trap/minority_word:冬不拉}}，过{{trap/minority_word:纳吾肉孜节}}的时候在视频里弹给弟弟看，弟弟戴着耳蜗，听得直拍手。婆婆寄来{{trap/minority_word:奶疙瘩}}，我给作坊的人一人分一块。我常跟孩子说{{trap/famous:阿拜}}的话，人要学手艺。
访谈者：孩子爸爸是个什么样的人？
受访者：爱说爱笑。{{minority/kazakh:努尔波拉提}}会弹也会唱，年轻时在{{trap/minority_word:阿肯弹唱}}会上得过奖。他走了以后，我好几个月不敢听冬不拉的声音。儿子听不见，可他记得爸爸的样子，看见照片就指着拍胸口。
访谈者：您自己呢？
受访者：眼睛累，描金要凑得很近。晚上给孩子做康复练习，一张卡片一张卡片地念。累是累，听见他喊妈妈，就不觉得了。有时候半夜醒过来，还要摸摸他耳朵后头那个小东西在不在，才睡得着。
访谈者：想过回新疆吗？
受访者：想过。可这边康复条件好，老师说越小练越要紧。等他能说整句话了，我就带他回托里看爷爷奶奶，让他听听草原上的风是什么声音。
访谈者：登记信息请您说一下。
受访者：现在住{{address:新沂市窑湾镇桥西村七组9号}}，老家在{{address:托里县庙尔沟镇阿克哈因村二组5号}}。我的身份证{{id_number@wy1987fwspaced.654224}}，儿子的{{id_number@my2016x.654224}}。我电话{{mobile@spaced}}，{{han:臧丽娟}}的{{mobile@p86h}}。我微信{{wechat:madina_toli0312}}，我姐的微信就是{{wechat:wxid_k7m2q9sawulie}}。外甥女有QQ，号码她用记号笔写在我工作台的抽屉上：{{qq:51638209}}。
访谈者：表上的名字写对了吗？
受访者：不一样。残联的表上我是{{spaced:玛迪娜 · 托列根}}，医院把儿子写成{{spaced:哈 斯 铁 尔}}，他爸的名字拆成{{spaced:努尔波拉提 沙肯}}，外甥女是{{spaced:臧 古 丽 巴 然}}。
访谈者：最后想说什么？
受访者：想谢谢这边的人，最想谢的是{{han:还秀芝}}。
""")

# H1133: Han social worker in 汇龙镇 (启东) going through the children with no one to raise them (事实无人抚养).
DOCS["H1133"] = ("staff", """\
访谈者：您手上现在有几个事实无人抚养的孩子？
受访者：七个，今天先说四个。我叫{{han:钮晓岚}}，在{{trap/place:汇龙镇}}社工站，站里管这块的就我跟{{compound:司空晓彤}}两个。督导是南通来的{{compound:公羊靖宇}}，每月查一回台账。
访谈者：您做社工几年了？
受访者：五年。我在{{trap/place:南京}}读的社会工作，毕业回了老家。刚开始跑社区，做老人服务，后来站里接了民政局购买的项目，专做困境儿童。头一回入户，孩子躲在门后头，拿一把扫帚对着我。现在那孩子上高中了，过年还给我发微信拜年。
访谈者：第一个孩子？
受访者：{{han:蔡梓萱}}，女，八岁，在{{school:启东市紫薇小学二年级（3）班}}。爸爸{{han:蔡永明}}前年在工地上摔死了，妈妈{{han:范丽婷}}改嫁去了{{trap/place:苏州}}，一年多联系不上。现在跟太婆过，街坊都叫{{han:蔡老太}}，八十一了。住{{address:启东市汇龙镇和平村九组3号}}，孩子的身份证{{id_number@wy2017.320681}}。
访谈者：第二个？
受访者：{{han:曹俊杰}}，男，十三，在{{school:启东市城东实验学校七年级（5）班}}。爸爸{{han:曹卫兵}}贩毒判了十年，妈妈在强制隔离戒毒所。现在跟大伯{{han:曹建华}}，大伯有糖尿病，眼睛也不好，家里三间平房，他跟两个堂哥挤一间。{{han:曹俊杰}}他逃过两回学，派出所的{{han:施警官}}把他从网吧里领出来。身份证{{id_number@my2012spaced.320681}}。
访谈者：第三个？
受访者：{{han:也佳怡}}，女，十岁。随妈姓，这个姓少见，我头一回也念错。妈妈{{han:也红英}}精神残疾一级，爸爸是谁不知道。{{han:也红英}}也不是不疼孩子，是病了，发作起来认不得人。外公{{han:也长根}}七十八，一个人照看娘儿俩。我们每周去一趟，帮着给孩子梳头、洗澡，顺便看看她妈妈吃没吃药。住{{address:启东市汇龙镇紫薇新村15幢302室}}。
访谈者：第四个？
受访者：{{han:把晓东}}，男，六岁，外婆叫他{{han:东宝}}。妈妈吸毒过量走了，爸爸{{han:把志勇}}在外地失联两年多。外婆身体差，我们先把{{han:把晓东}}安置在他舅舅{{han:宋国良}}家。舅舅开出租，住{{address:启东市汇龙镇人民西路188号3单元501室}}，舅舅的电话{{mobile@plus86dash}}。孩子刚去舅舅家那阵，半夜哭着找外婆，舅妈抱着哄到天亮。
访谈者：认定的手续怎么走？
受访者：先让村居报上来，我们入户核查，派出所出失联证明，民政局{{han:沈科长}}审批。认定下来，生活费参照孤儿标准，每月{{trap/number:一千九百八十元}}。像头一个孩子，太婆年纪太大，我们又找了她表姑{{han:盛小燕}}做监护人。律师{{compound:亓官若楠}}帮着做的监护公证。
访谈者：孩子们的钱怎么管？
受访者：生活费打到监护人卡上，我们每季度回访，看钱是不是花在孩子身上。有的老人舍不得花，全存着，孩子冬天还穿单鞋；有的亲戚拿去还了自家的债。碰到这种情况先谈，谈不通就报民政，换监护人，去年就换过一个。
访谈者：做这个最难的是什么？
受访者：最难是找人。失联的家长，派出所查、我们也查，有的手机号换了七八个。有个孩子的爸爸，后来在{{trap/place:宁波}}一个工地上找到了，他说他不管，挂了电话。再就是监护人年纪大，今天签了字，明天就忘了。我和{{compound:司空晓彤}}分工，她跑派出所和学校，我跑家里。
访谈者：还有新报上来的吗？
受访者：上礼拜刚报上来一个，{{han:季诗雨}}，女，十一岁，爸妈都在服刑，跟外婆{{han:邢桂芝}}过。外婆七十九，耳朵聋，我们敲门要敲好几分钟。{{han:季诗雨}}她自己烧饭，个子还没灶台高，踩着小板凳炒菜。材料还在走，我先给她送了一箱牛奶、一床新被子。
访谈者：这几个孩子，您最放不下哪个？
受访者：{{han:曹俊杰}}。他跟我说，{{han:钮姐姐}}，我爸出来我也不认他。我没劝，就陪他坐着。同事{{compound:司空晓彤}}带他去学了修自行车，他手巧，现在愿意去学校了。学校那边也配合，{{han:也佳怡}}的班主任{{han:瞿老师}}每周给我发一回她在学校的照片，城东那所学校给他免了住宿费。
访谈者：平时怎么联系您？
受访者：我的电话{{mobile@s74}}，工作微信{{wechat:niuxl_hlsgz}}。站里的座机白天有人接，晚上转到我手机上。有事也可以打{{trap/hotline:12349}}。
访谈者：台账上名字有写错的吗？
受访者：多。{{spaced:也 佳 怡}}被录成三个字中间带空格，{{spaced:把晓 东}}断成两截，{{spaced:曹　俊　杰}}，连我同事都成了{{spaced:司 空 晓 彤}}。
访谈者：还有什么想说的？
受访者：这些孩子不是没人要，是大人倒下了。我们能做的，就是让他们知道还有人在。每回从孩子家出来，我都在车里坐一会儿，缓过来再开。{{han:蔡梓萱}}画过一张画，画上写着谢谢{{han:钮阿姨}}。
""")

# H1134: Han 儿童主任 in 马陵山镇 (新沂) reading out her list of children in distress.
DOCS["H1134"] = ("staff", """\
访谈者：您今天带来的是什么名单？
受访者：村里困境儿童的名单。我叫{{han:訾秀芹}}，在{{trap/place:马陵山镇}}当儿童主任第六年了。{{trap/place:马陵山}}就在我们村后头，{{trap/famous:孙膑}}打{{trap/famous:庞涓}}的故事，孩子们都会讲。我一个一个念，您记。
访谈者：先说说儿童主任平时都做些什么？
受访者：说白了就是跑腿。每个月至少上门一回，看孩子吃得咋样、穿得咋样、上学去没去。谁家大人病了、走了、进去了，我得头一个知道。补助的材料我收，收齐了往镇上报。一年到头，村里哪条路我没走过。我自己也是留守长大的，爸妈那些年在{{trap/place:无锡}}打工，我知道孩子夜里想爸妈是啥滋味。
访谈者：那您念吧。
受访者：第一个，{{han:禹欣悦}}，女，九岁，{{school:马陵山镇中心小学三年级（2）班}}。爸爸{{han:禹国强}}盗窃判了五年，妈妈改嫁走了，跟奶奶{{han:冀桂英}}过，奶奶七十多了，腰弯得跟虾一样，还天天给孙女扎小辫。服刑人员子女补助每月{{trap/number:五百五十元}}。身份证{{id_number@wy2016.320381}}，奶奶电话{{mobile@hyphen}}。
访谈者：第二个？
受访者：{{han:杜要强}}，男，十二岁，人如其名，真要强。爸爸{{han:杜立春}}脑梗瘫在床上，重度残疾；妈妈跟人跑了，三年没音信，认定的事实无人抚养。孩子在{{school:新沂市马陵山中学七年级（1）班}}，放学回家给他爸翻身、擦洗。家里的地租给别人种了，一年八百块租金，爷俩就靠低保和补助过。住{{address:新沂市马陵山镇九里村四组21号}}，身份证{{id_number@my2013hyphen.320381}}。
访谈者：第三个？
受访者：孤儿，{{han:房梓涵}}，女，六岁。爸妈去年在{{trap/place:骆马湖}}边上出了车祸。跟姑姑{{han:房秀梅}}过，姑姑家在{{address:新沂市马陵山镇北沟村二组7号}}。孤儿基本生活费每月{{trap/number:一千八百五十元}}，{{han:房秀梅}}她一分不动，全给孩子存着。孩子到现在不敢坐车，一上车就吐，去县城看病都是姑姑骑电动车带着。孩子的身份证{{id_number@wy2019fullwidth.320381}}。
访谈者：第四个？
受访者：{{han:苗家乐}}，男，十岁，留守，爸妈在{{trap/place:昆山}}电子厂。爷爷{{han:苗德才}}才出院，心脏搭了桥，奶奶腿不好。我跟他妈{{han:甘晓玲}}说了几回，让她回来一个，她说今年年底。她电话{{mobile@s38}}。孩子放了学爱往山上跑，说站高了能看见昆山。我说昆山在南边，远着呢，他说那我就往南边看。
访谈者：第五个？
受访者：{{han:伏天明}}，男，八岁，有自闭症，拿残疾人两项补贴。妈妈{{han:彭春梅}}一个人带，在镇上超市理货。{{han:伏天明}}他不说话，就爱看天，看云。刚查出来那年，他妈天天哭，不知道咋办。县里的康复机构一周去两回，路费一个月好几百，后来残联给报了一部分。镇社工站的{{compound:第五婉清}}每周来陪他一下午。
访谈者：补助一般多久能批下来？
受访者：快的一个月，慢的三个月。材料多，户口本、身份证、判决书、医院证明，缺一样就退回来。有的老人找不着判决书，我就跑去法院开证明。钱下来以后我还得盯着，看是不是用在孩子身上。
访谈者：这些年最难的是什么？
受访者：最难是有的家长不配合。{{han:禹国强}}他妈，就是孩子奶奶，开头不肯报，说丢人，怕人家知道儿子坐牢。我去了五趟，跟她讲这钱是给孩子的，不是给她儿子的，她才签了字。还有的孩子不愿让同学知道，我们发东西都是放学以后悄悄送到家里。
访谈者：村里有什么活动吗？
受访者：儿童之家每年六一办一回游园，镇{{trap/org:团委}}送书包。去年请了剪纸的老艺人{{compound:东郭玉兰}}来教剪纸，{{han:伏天明}}剪了一朵云，他妈拿回家贴在墙上。{{han:房梓涵}}头一回笑出声，姑姑在旁边直抹眼泪。
访谈者：这些孩子的事，镇上谁管？
受访者：镇民政办的{{han:满主任}}，材料报{{trap/org:新沂市民政局}}。县里督导叫{{compound:颛孙博文}}，每季度下来看一回。第一个孩子的监护问题，是法律援助的{{compound:壤驷天佑}}帮着理的。学校那边，{{han:杜要强}}的班主任{{han:相老师}}最上心，给他找了爱心午餐。
访谈者：您自己的联系方式呢？
受访者：电话{{mobile@plain}}，微信{{wechat:zixq_mlsz2018}}。我们村的儿童之家在{{address:新沂市马陵山镇九里村村部二楼}}，周末开门。
访谈者：名单上的名字都对吗？
受访者：不全对。县里的表把{{spaced:禹 欣 悦}}写成了带空格的，{{spaced:杜要 强}}断开了，{{spaced:颛 孙 博 文}}也给拆了，{{spaced:房　梓　涵}}是全角空格。
访谈者：还有什么要说的？
受访者：当儿童主任，就是替没人管的孩子多操一份心。我最放不下的，还是{{han:杜要强}}。
""")

# H1135: Han grandfather in 海复镇 (启东) raising two grandchildren; his son is in prison, the mother gone.
DOCS["H1135"] = ("family", """\
访谈者：老伯伯，您家里现在几口人？
受访者：我，老太婆，两个孙。我叫{{han:樊德明}}，七十一，{{trap/place:海复镇}}人，种了一辈子棉花。儿子{{han:樊卫国}}被判了七年，跟人合伙搞集资，骗了人家的钱，关在{{trap/org:南通监狱}}。媳妇{{han:陶丽萍}}离了婚，去了{{trap/place:上海}}，一年打两趟电话。
访谈者：孙子孙女多大？
受访者：孙子{{han:樊梓豪}}十三，我们叫他{{han:阿豪头}}，在{{school:海复镇初级中学初一（2）班}}。孙女{{han:樊诗琪}}八岁，小名{{han:芽芽}}，在{{school:海复小学二年级（4）班}}。{{han:芽芽}}她胆子小，夜里要开着灯困觉。大的像他爸，个子蹿得快，一年要换两双鞋。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:施红梅}}，有事我就找{{han:施红梅}}。她帮两个孙报了服刑人员子女补助，每月{{trap/number:一千零六十元}}。镇民政的{{han:沈主任}}来核过，说我们家可以享受低保。村会计{{han:徐成就}}就住我家后头，表都是他帮我填的。司法所的{{han:郁所长}}帮我们约了视频会见。过年村里送来一袋米、一桶油，镇{{trap/org:慈善会}}送了五百块。
访谈者：多久能见一次儿子？
受访者：一个月视频会见一回，二十分钟。过年那回我带两个孙去了监狱，坐了两个钟头车。{{han:芽芽}}隔着玻璃喊爸爸，{{han:樊卫国}}他一句话讲不出来，光点头。回来路上{{han:阿豪头}}一直看窗外，到了家才跟我讲，阿爹，以后不让你再去那种地方了。
访谈者：孩子妈妈还来看孩子吗？
受访者：来过一回，带了两箱奶、几件衣裳，坐了半个钟头就走了。{{han:陶丽萍}}她也难，在上海给人家做保姆，又成了家。孙女抱着她不肯撒手，她哭，我也哭。她临走塞给孙女两百块钱，孙女到现在还夹在书里没舍得花。我不怪她，这个家是我儿子弄散的。
访谈者：孩子们知道爸爸的事吗？
受访者：大的晓得。头一年他在学校跟人打架，人家骂他爸是骗子。班主任{{han:成老师}}把两个孩子叫到办公室，一个一个讲。{{han:樊梓豪}}他现在不打架了，就是不大讲话。小的只晓得爸爸在外头做生活。大的有回问我，阿爹，爸爸出来还要我们哦？我讲要的，他是你爸。
访谈者：孙子孙女平常谁接送？
受访者：大的自己骑车，十来里路，刮风落雨也骑。小的我骑三轮车送，路上她给我唱学校里学的歌，唱得勿成调，我听了开心。放学回来她先做作业，做好了帮她阿奶剥毛豆。
访谈者：社工来过吗？
受访者：来过。镇社工站的{{compound:独孤梦瑶}}每个月来一趟，陪孙女画画，还带来一箱画笔、一摞本子，孙女宝贝得很，舍不得用。还有个心理老师叫{{compound:子车雨萱}}，给大孙做了几回谈话，讲孩子心里有事要让他讲出来，勿要憋着。上回会见，{{han:樊卫国}}隔着屏幕哭，说对勿起我跟他娘。
访谈者：您身体还行吗？
受访者：血压高，腰也勿灵，年轻辰光在{{trap/place:长江}}边上挑圩伤的。老太婆{{han:黄菊英}}眼睛糊涂，烧饭还行。隔壁{{han:茅金宝}}有三轮车，落雨天帮我送孙女上学。还有{{han:阿四}}，是我远房侄子，开拖拉机的，田里的活他帮了不少。我跟孙子讲{{trap/famous:张謇}}办学堂的事，讲我们启东人是{{trap/word:沙地}}上滚出来的，要硬气。
访谈者：家里收入怎么样？
受访者：棉花早不种了，不值钱，现在种{{trap/word:西兰花}}，一亩地忙到头，挣个四五千，要赶在落霜前收，收早了卖勿出价钱，收迟了烂在地里。冬天收花要起早，孙子放寒假帮我挑，手冻得通红。养几只鸡，加上补助和低保，吃饭够了。开头村里有人背后讲闲话，说有其父必有其子，{{han:施红梅}}晓得了，在村民大会上讲，孩子犯了啥错？后来就没人讲了。大孙要补课，一个月几百块，她帮我找了免费的。
访谈者：登记的信息请您说一下。
受访者：家在{{address:启东市海复镇新安村十三组19号}}。我的身份证{{id_number@my1954.320681}}，大孙的{{id_number@my2012fw.320681}}。我电话{{mobile@fullwidth}}，是孙子帮我存的。{{han:施红梅}}的电话{{mobile@s434}}。大孙有个QQ，跟他爸写信也用它拍照片，号码他写在日历背后：{{qq:917358264}}。孙女用我的手机跟她妈视频，她妈的微信叫{{wechat:taolp_sh1990}}。
访谈者：表上的名字写对了吗？
受访者：有错的。低保表上我是{{spaced:樊 德 明}}，孙女成了{{spaced:樊诗 琪}}，会见登记表上儿子写成{{spaced:樊　卫　国}}，社工的名字也写成了{{spaced:独 孤 梦 瑶}}。
访谈者：您还想说什么？
受访者：盼儿子早点出来，把两个孩子接过去。我跟老太婆讲好了，苦点也要把两个孙供出去读书，不能再走他爸的老路。我老了，撑不了几年。真要谢的，是{{han:施红梅}}。
""")

# H1136: Han class teacher at a middle school in 时集镇 (新沂) who keeps up with her pupils in distress on QQ and
# with their parents on WeChat.
DOCS["H1136"] = ("teacher", """\
访谈者：{{han:种老师}}，您带的是哪个班？
受访者：{{school:新沂市时集中学八年级（2）班}}，班主任第四年。我叫{{han:种丽华}}，姓{{trap/word:种地}}的种，读音念重，学生都爱念错。班上四十九个，困难的六个，我挨个说。
访谈者：好。
受访者：第一个是{{han:向思雨}}，女，十四。妈妈前年病死，爸爸{{han:向东升}}偷电缆判了四年。跟奶奶过。我给{{han:向思雨}}打电话她常不接，QQ上倒是回得快，号码{{qq:2815603974}}。她说想考幼师，我就让{{han:向思雨}}当班上的小老师。她写的周记我每篇都看，有一篇写她梦见妈妈来开家长会，我看完在办公室坐了好半天。
访谈者：第二个？
受访者：{{han:和俊熙}}，男。爸爸在工地摔断了脊椎，重度残疾，妈妈{{han:戚晓蕾}}在{{trap/place:连云港}}打工。{{han:和俊熙}}和他爸住在{{address:新沂市时集镇后湖村六组11号}}，放学先回家给他爸喂饭。他爸以前是瓦工，村里一半的房子是他砌的。他妈的微信{{wechat:qixy_lyg_0719}}，我每周发一次语音说孩子的事。
访谈者：第三个？
受访者：{{han:都一凡}}，男，留守。爸妈在昆山，跟爷爷过，爷爷八十了，管不住他，跟我说老师你多费心。他爱打游戏，我跟{{han:都一凡}}都约好了，晚上十点下线，他QQ是{{qq:6047291835}}，十点以后还亮着我就在上面敲他。他打游戏是因为晚上没人说话，这个我懂。他爸{{han:都建军}}的微信{{wechat:dujianjun_ks}}，回得慢。
访谈者：第四个？
受访者：{{han:闫梦琪}}，女，弱视，一只眼几乎看不见，领残疾人两项补贴，看书要把脸贴到纸上，我给她申请了大字课本。爸妈离了，跟妈妈{{han:鲍春霞}}过，她妈在镇上摆摊卖煎饼。这孩子成绩是全班前五。她QQ{{qq:３７９１５２０６４}}，全角数字是她自己设的，说好看。
访谈者：第五个？
受访者：{{han:殷子豪}}，男，孤儿，跟叔叔{{han:殷德胜}}过。镇上的儿童主任{{han:葛丽丽}}帮他办了孤儿基本生活费。叔叔家也难，孩子的校服是我买的。他爱打篮球，个子高，我让他进了校队，他说在球场上能忘了烦心事。{{han:殷德胜}}的电话{{mobile@p86n}}。
访谈者：第六个呢？
受访者：{{han:要晓宇}}，男，十三。爸爸开货车出事走了，妈妈改嫁，跟爷爷过。去年他在网上买游戏装备被人骗了八百块，那是爷爷卖粮的钱。{{han:要晓宇}}要我别告诉他爷爷，我答应了，陪他去派出所报了案，钱追回来一半。他QQ是{{qq:1350842679}}，骗他的人也是在QQ上加的他。
访谈者：为什么学生用QQ，家长用微信？
受访者：孩子们觉得微信是大人用的，QQ上有他们的空间、群、游戏。家长呢，大多只会微信，爷爷奶奶连微信也不会，只能打电话。我手机上两个都开着，晚上一边改作业一边回消息，常常弄到十一点。有些话孩子当面说不出口，半夜在QQ上打一长串字，我看了第二天再找他谈。我爱人说我把手机当成了第二个班。
访谈者：您平时怎么联系他们？
受访者：班级QQ群的群号是{{trap/number:715382046}}，作业都发群里。这几个孩子我单独加了好友。有的家长在外地上夜班，白天睡觉，我就把要说的事录成语音，等他们醒了听。家长大多用微信，我的微信是{{wechat:zhong_lihua_sj}}。心理老师{{compound:西门雪晴}}每周给他们做一次团体辅导，县社工站的{{compound:闻人婉婷}}也常来，带他们去{{trap/place:沂河}}边上写生。有事让孩子找我，或者打{{trap/hotline:12355}}。
访谈者：学校还做了哪些？
受访者：校长{{han:苗振华}}定了结对帮扶，每个困难学生配一个老师。{{han:闫梦琪}}坐第一排，课件的字都放大。食堂给这几个孩子免了午饭钱。县{{trap/org:关工委}}还给他们每人配了一个爱心妈妈。去年{{trap/org:新沂市妇联}}送来一批台灯，她拿到手说，老师，这个亮，我看得见字了。
访谈者：家访多吗？
受访者：一个学期每家至少一趟。{{han:和俊熙}}家最远，骑电动车四十分钟，{{trap/place:时集镇}}这边路不好，下雨天车陷在泥里，我是推着走过去的。去年冬天去，他爸躺在床上跟我说，{{han:种老师}}，这孩子就托给你了。回来的路上我哭了一路。
访谈者：您自己压力大吗？
受访者：大。有时候一晚上回几十条消息，第二天上课嗓子哑。可一想到这几个孩子回家没人问一句作业写没写，我就觉得，我多问一句也好。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上{{spaced:和 俊 熙}}中间带空格，{{spaced:闫梦 琪}}断成两截，{{spaced:西 门 雪 晴}}也被拆开了。
访谈者：还有什么想说的？
受访者：希望他们都能读完高中。我跟他们说，路是自己走出来的。等他们毕业了，我想一个一个去看看。最让我放心不下的，是{{han:向思雨}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1129,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout142",))


if __name__ == "__main__":
    main()
