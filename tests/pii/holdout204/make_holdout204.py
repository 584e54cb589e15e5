# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 204 (tests/pii/holdout204/H1617-H1624 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 205, written at the same time, is not
an earlier set).

Set 204 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
清流 (a Hakka karst-cave mountain county of flower nurseries, 三明) and 永泰 (a plum-orchard county of hot springs and
hillside villages, 福州), Fujian: a Yi mother from 美姑 who works in a flower nursery in 嵩溪, her husband killed
fixing a plank-walk in a show cave, her son deaf; a Uyghur grandfather from 墨玉 who bakes naan in 樟城 and raises his
son's two children, the son in prison and the Han mother gone to 莆田; a Kazakh mother from 新源 in 灵地 whose Hakka
husband was paralysed by a fall in a show cave; a Mongolian grandfather from 陈巴尔虎旗 who stokes the boiler of a
hot-spring resort and raises the children of his dead daughter and her She husband in a plum village of 葛岭; the
Han 儿童主任 of that plum village reading out her list; the Hakka section chief of children's welfare at the 清流
civil-affairs bureau; the household-registration officer of the 长校 police station (清流); and the She head of the
樟城 central kindergarten.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Yi clan + given names (阿侯拉作, 吉克子洛, 吉克曲者, 吉克衣合, 海来达铁, 海来阿妞, 海来什哈) with short forms
(拉作, 子洛, 曲者, 衣合, 什哈), the clan cut to a Han surname before the Yi given name (吉曲者, 海阿妞) and forms of
address made from Yi names (作妹, 者者, Hakka 合妹, Fuzhou 依支); Uyghur and Kazakh given name + father's name with ·,
‧, ・, an ASCII full stop or nothing between (沙塔尔江·尼亚孜, 沙塔尔江.尼亚孜, 阿卜来提江・沙塔尔江,
苏里唐‧阿卜来提江, 巴哈尔托合塔尔, 巴哈尔.托合塔尔), spaced dots (苏里唐　·　阿卜来提江, 巴哈尔 · 托合塔尔), a Han
mother's or father's surname before the child's non-Han name (池苏里唐, 赖叶尔太, 雷嘎鲁娜) and forms of address
made from non-Han names (Fuzhou 依沙 and 依特, Hakka 哈妹 and 妮妹, 小苏里, 老额, 锡林夫仔); the Uyghur grandfather's
name on his shop sign (沙塔尔江馕店); Han names with the surnames of the region (赖, 巫, 伍, 邱, 罗, 官, 危, 练, 揭, 阴,
温, 连, 游, 阙, 池, 卓, 鲍, 詹, 缪, 鄢, 佘, and the She 蓝, 雷, 钟) and surnames or given characters that are ordinary or
grammar words beside those words (时桂英时常, 从海燕从来, 过腊生 ... 过年, 缪正平正在, 卓得福得, 连细英连, 别玉珍 ...
别急, 应家乐应该, 阴秀华 ... 阴天, 危春凤 ... 危房, 练雅琴 ... 练习, 官振华 ... 官方); names holding words with the words
near them as traps (蓝天赐 / 蓝天, 揭晓霞 / 揭晓, 温白露 / 白露, 池小米 / 小米, 林青梅 / 青梅, 左丘明澈 / 左丘明);
Fuzhou 依 names and forms of address (依梅, 黄依官, 郑依銮, 雷依宝, 缪依依, 詹依姆) and Hakka nicknames (荣牯, 泥牯) and
nickname-like given names (罗细狗); names inside organisation-like phrases where the name is the person's (罗福坤苗圃, 沙塔尔江馕店,
鄢美娇托管班); names directly before particles, pronouns and verbs (赖荣生他, 雷建峰他, 蓝天赐他, 海尼沙她, 鄢可心她,
卓玉凤就, 邱禾生当, 连细英连) and after 叫/喊/把/让/跟/给; titles and kin words after names (练雅琴老师,
阙志鸿医生, 拉作姐, 张仲坤股长; the span is the name only); a surname with only a title or kin word, annotated whole
(罗婶, 游所长, 蓝园长, 连警官, 张股长, 巫股长, 詹依姆) and forms of address made from Han names (依梅, 老连, 辉哥);
names at the very start or end of a line (访谈者：巫股长，..., 头一个是危春凤。); compound surnames after ordinary
words (欧阳, 上官, 司马, 夏侯, 端木, 皇甫, 钟离, 宇文, 司徒, 赫连, 南宫, 澹台, 申屠, 梁丘, 诸葛, 西门, 公良, 濮阳, 左丘,
宗政, 司空, 长孙, 鲜于, 东方 after 律师/社工/的/叫/我，/所长/辅警/保健医 ...); names spaced out character by character
in half- and full-width spaces (阿　侯　拉　作, 吉 克 曲 者, 海 尼 沙 古 丽, 巴 哈 尔 · 托 合 塔 尔, 额 日 登 巴 特,
雷　嘎　鲁　娜, 巴 哈 尔 托 合 塔 尔, 诸　葛　慧　娴, 澹 台 听 澜, 海 来 阿 妞, 司　空　若　兰) and names split in two (吉克
衣合, 沙塔尔江 尼亚孜, 赖 叶尔太, 阿荣 其其格, 过雨 晴, 卓 得福, 马海 阿呷, 雷依 宝); and numbers read out and written
the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:罗婶}}``, ``{{qq:2877771616}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, yi, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014quad.513436}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 股长, 姐) and a particle, pronoun
or verb written directly after a name are outside the span; a surname with only a title or kin word (罗婶, 游所长,
蓝园长, 连警官, 詹依姆) and a local nickname or form of address made from a Han name (荣牯, 泥牯, 依梅, 辉哥, 老连) are
annotated whole. Han-style names of minority people (池小米, 赖志远, 赖雪梅) are category han; a Han surname before a
non-Han given name (吉曲者, 海阿妞, 池苏里唐, 赖叶尔太, 雷嘎鲁娜) is category minority, and so are forms of address
made from a non-Han name (作妹, 者者, 合妹, 依支, 依沙, 小苏里, 哈妹, 妮妹, 依特, 老额, 锡林夫仔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout204/make_holdout204.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(204_2026_1207)
MINORITY_GROUPS = ("mongolian", "kazakh", "yi", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "yi": 10, "uyghur": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "150", "152", "158", "159", "178", "180", "183", "185", "188",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1617: Yi mother from 美姑 who works in a flower nursery in 嵩溪 (清流); her husband fell to his death fixing a
# plank-walk in a show cave, her son is deaf.
DOCS["H1617"] = ("family", """\
访谈者：阿姐，您在这个苗圃做了几年了？
受访者：四年了。我叫{{minority/yi:阿侯拉作}}，四川{{trap/place:凉山}}{{trap/place:美姑}}的彝族。苗圃里的客家姐妹喊不顺口，都喊我{{minority/yi:作妹}}，老板喊我{{minority/yi:拉作}}姐。
访谈者：怎么从凉山到清流来了？
受访者：我男人{{minority/yi:吉克子洛}}先出来的，跟老乡在{{trap/place:三明}}修景区的栈道。后来老乡{{minority/yi:沙马尔铁}}说{{trap/place:清流}}这边种花的苗圃要人，活不重，还能带娃娃，我们一家就搬到{{trap/place:嵩溪}}来了。
访谈者：您爱人现在……
受访者：前年秋天没的。他在溶洞景区的崖壁上挂绳子修栈道，绳子磨断了，人掉下来。{{minority/yi:子洛}}走的时候三十四岁。景区说是包工头的事，包工头跑了，是法律援助的律师{{compound:欧阳澜舟}}帮我打的官司，赔了一点钱，到现在还没给完。那段时间我天天哭，饭也吃不下，是苗圃的{{han:邱桂兰}}和{{han:黄满娣}}轮流来陪我，帮我带娃娃。
访谈者：孩子们多大？
受访者：两个。儿子{{minority/yi:吉克曲者}}十岁，耳朵听不见，生下来就这样。学校花名册写成{{minority/yi:吉曲者}}，我们在家喊他{{minority/yi:者者}}。他在{{school:三明市特殊教育学校听障四年级（1）班}}住校，礼拜五我坐班车去接，来回四个钟头。女儿{{minority/yi:吉克衣合}}七岁，在{{school:嵩溪中心小学二年级（3）班}}。隔壁{{han:赖四妹}}用客家话喊她{{minority/yi:合妹}}，她也答应。
访谈者：孩子的耳朵治过吗？
受访者：治过。{{trap/place:福州}}{{trap/org:协和医院}}的{{han:阙志鸿}}医生说可以装人工耳蜗，一只要好几万，残联报了大半，装了一只。现在他戴着能听见一点，会喊阿妈了。学校的{{han:练雅琴}}老师教他说话，一个字一个字地{{trap/word:练习}}，{{han:练雅琴}}说他脑子灵，就是耳朵误了他。礼拜天在家，他拿手比划，我看不懂，他就急得跺脚。我去镇上买了一本手语书，晚上学几个，现在会比“吃饭”“睡觉”“想你”了。
访谈者：家里现在靠什么过？
受访者：我在{{han:罗福坤}}苗圃上班，插杜鹃、搬盆景、给三角梅剪枝，一天一百二，过年前旺季能做到一百五。{{han:罗福坤}}人好，让我们住苗圃的板房，不收钱。{{han:罗婶}}看我带两个娃娃难，中午多煮一碗饭给女儿。村里儿童主任{{han:危春凤}}上门来，儿子有残疾证，两项补贴一个月{{trap/number:三百二十元}}，家里又评了低保。她看了我们的板房，说是{{trap/word:危房}}，{{han:危春凤}}跑到镇上找民政办的{{han:游所长}}，给我们换到了村里的周转房。
访谈者：有社工来吗？
受访者：有，县社工站的{{compound:上官梓沅}}，清流本地人。每个月来一回，教我填表，给儿子买耳蜗的电池。还有个大学生叫{{compound:司马一苇}}，放暑假来教{{minority/yi:衣合}}认字。
访谈者：您自己在这边习惯吗？
受访者：刚来不习惯，天天落雨，潮得很，客家话一句听不懂。{{han:邱桂兰}}教我讲“食饭”，我教她跳达体舞。过{{trap/minority_word:火把节}}那天，我跟老乡的老婆在板房前头点一堆火，煮{{trap/minority_word:坨坨肉}}，苗圃的人都来吃。{{minority/yi:者者}}听不见歌，就看着火笑。现在我会讲几句客家话了，买菜跟人讲价也不怕。娃娃们比我快，女儿客家话讲得比普通话还顺，回家教我，我学一句她笑一句。
访谈者：您最难的时候是什么时候？
受访者：去年冬天儿子的耳蜗坏了，外面那个机器进了水，听不见了，他又回到原来那样，整天不出声。修一回要两千多，我手上只有几百块。是社工帮我找了基金会，半个月才修好。那半个月他天天趴在窗口看我，我跟他讲话他听不见，我就抱着他。
访谈者：孩子们想爸爸吗？
受访者：女儿想。她问我阿达去哪里了，我说跟{{trap/famous:支格阿鲁}}去天上射太阳了，她就天天晚上看月亮。儿子不问，他把他爸的{{trap/minority_word:擦尔瓦}}铺在床上，天热了也不让收。
访谈者：老家还有人吗？
受访者：我哥在美姑种{{trap/minority_word:苦荞}}，劝我回去。可回去了儿子就上不成特殊学校，老家那边没有这样的学校。我手机里存了{{trap/famous:海来阿卓}}的歌，想家了就听。
访谈者：登记的信息请您说一下。
受访者：现在住{{address:清流县嵩溪镇青竹村周转房5号}}，老家是{{address:美姑县巴普镇觉洛村三组17号}}。我身份证{{id_number@wy1989hyphen.513436}}，儿子的{{id_number@my2014quad.513436}}。电话{{mobile@s434}}，{{han:危春凤}}的电话{{mobile@fullwidth}}。微信是社工帮开的，叫{{wechat:Ahou_Lazuo0612}}。儿子跟同学用QQ打字聊天，号码是{{qq:１１４７５５２２７}}。
访谈者：表上的名字写对了吗？
受访者：常写错。低保表上我是{{spaced:阿　侯　拉　作}}，儿子是{{spaced:吉 克 曲 者}}，女儿写成了{{spaced:吉克 衣合}}，他爸的死亡证明写成{{spaced:吉克　子洛}}。
访谈者：最后您还想说什么？
受访者：我就盼儿子能开口说话，喊一声阿妈，喊得清清楚楚的。这几年要谢的人多，头一个是{{han:危春凤}}。
""")

# H1618: Uyghur grandfather from 墨玉 who bakes naan in 樟城 (永泰) and raises his son's two children; the son is in
# prison, the Han mother has gone to 莆田.
DOCS["H1618"] = ("family", """\
访谈者：大爷，您这馕店开几年了？
受访者：六年了。我叫{{minority/uyghur:沙塔尔江·尼亚孜}}，新疆{{trap/place:和田}}{{trap/place:墨玉}}人。营业执照上写的是{{minority/uyghur:沙塔尔江.尼亚孜}}，中间一个小圆点。这条街的福州人喊我{{minority/uyghur:依沙}}，他们这边喊人前面都要加个依字。
访谈者：怎么到永泰来的？
受访者：儿子{{minority/uyghur:阿卜来提江・沙塔尔江}}先来的。他在福州学打馕，认得了{{trap/place:永泰}}姑娘{{han:池丽珍}}，就在{{trap/place:樟城}}开了这个店。后来我跟老伴{{minority/uyghur:帕提古丽·艾山}}也过来帮忙，老伴身体不好，住了两年回墨玉了。
访谈者：您儿子现在……
受访者：在{{trap/place:龙岩}}服刑。前年跟人喝酒打架，把人打伤了，判了三年半。{{minority/uyghur:阿卜来提江}}他脾气急，我劝过多少回。律师{{compound:皇甫鸿羲}}说他认罪态度好，能减一点。媳妇跟他离了，去{{trap/place:莆田}}打工，一年回来看一回孩子。我不怪她，她还年轻，跟着我们也是受苦。
访谈者：孩子们多大？
受访者：孙子{{minority/uyghur:苏里唐‧阿卜来提江}}八岁，在{{school:永泰县城关小学二年级（5）班}}。户口跟他妈，学校花名册上叫{{minority/uyghur:池苏里唐}}，同学们喊他{{minority/uyghur:小苏里}}。孙女{{minority/uyghur:海尼沙古丽}}五岁，汉名{{han:池小米}}，在{{school:樟城中心幼儿园中（2）班}}。{{minority/uyghur:海尼沙}}她爱喝{{trap/word:小米}}粥，一顿两碗。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:卓玉凤}}就住对面，孩子他爸出事第二个月，{{han:卓玉凤}}就上门了，给两个孩子报了服刑人员子女，一个月各{{trap/number:一千零五十元}}。司法所的{{compound:夏侯文澜}}帮我们办视频会见，一个季度一回。幼儿园的{{han:蓝园长}}免了孙女的伙食费。我汉字认得少，表都是{{han:卓玉凤}}跟大学生{{compound:端木晚棠}}帮我填的。
访谈者：一个人带两个孩子，又开店，忙得过来吗？
受访者：忙不过来。早上四点生炭，{{trap/minority_word:馕坑}}里打第一炉。七点送孙子上学，回来接着打。对门开杂货店的{{han:鲍秀珠}}帮我送孙女去幼儿园，她讲：“{{minority/uyghur:依沙}}，汝去做汝的馕，囝我来带。”福州话我现在听得懂一半。中午没生意，我就趴在案板上睡一会儿；晚上孩子们写作业，我揉第二天的面，揉到十点多。一个馕卖三块，一天卖两百个，除了房租、面粉、炭，剩下的刚够吃饭。
访谈者：孩子们在学校习惯吗？
受访者：孙子是这边生的，福州话讲得比我好。就是同学笑他鼻子高，叫他外国人。{{minority/uyghur:苏里唐}}回来哭，我说你是中国人，新疆人，跟他们一样。班主任{{han:张丽榕}}老师在班上讲新疆，讲{{trap/famous:阿凡提}}，讲葡萄干，同学们就不笑了。{{han:张丽榕}}还让他带馕去班上分，现在他们班的孩子放学都来买。
访谈者：孙子的功课谁管？
受访者：我管不了，我只念过小学，汉字认得少。{{han:张丽榕}}老师每个礼拜在微信上给我发语音，讲孙子哪里不会。晚上{{han:鲍秀珠}}读高中的女儿过来给他讲半个钟头，我给她一个热馕当学费，她不要，我硬塞。
访谈者：您身体怎么样？
受访者：腰不好，打馕要弯腰。去年冬天在炉子边上晕了一回，是隔壁卖鱼丸的{{han:郑依銮}}把我扶起来，打电话喊的{{han:卓玉凤}}。卫生院的医生讲我是累的，血糖也高，叫我少吃馕。我笑，打馕的人不吃馕，吃什么？现在每天早上吃药，孙子帮我记，哪天忘了他就喊。
访谈者：孩子们想爸爸吗？
受访者：想。视频的时候孙女隔着屏幕亲她爸。儿子在里面学了木工，说出来要给孩子做一张书桌。我跟他讲，你出来先给{{han:池丽珍}}赔个不是。孙子不哭，可每回视频完都一个人坐在馕坑边上，半天不讲话。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}那天我做{{trap/minority_word:抓饭}}，请街坊来吃。在福州卖烤肉的老乡{{minority/uyghur:买买提吐尔逊}}带羊肉过来，给孙女带了一条{{trap/minority_word:艾德莱斯}}的裙子。房东{{han:余长庚}}吃了三碗，说比永泰的{{trap/word:葱饼}}还香。街坊们开始不敢吃羊肉，嫌膻，后来一到过节就抢着来。
访谈者：登记的信息请您说一下。
受访者：店在{{address:永泰县樟城镇南门街38号}}，老家{{address:墨玉县喀尔赛镇巴格其村5组21号}}。我的身份证{{id_number@my1962fw.653222}}，孙子的{{id_number@my2016tri.350125}}。我电话{{mobile@s38}}，{{han:卓玉凤}}的{{mobile@hyphen}}。孙子上网课用我的QQ，{{qq:3143958665}}。微信是儿子以前给我开的，{{wechat:satarjan_nang}}。
访谈者：表上名字写得对吗？
受访者：经常不对。补助表上孙子写成{{spaced:苏里唐　·　阿卜来提江}}，中间空那么大；我写成{{spaced:沙塔尔江 尼亚孜}}，孙女写成{{spaced:海 尼 沙 古 丽}}。
访谈者：最后您想说什么？
受访者：盼儿子早点出来，一家人还在永泰打馕。谢谢{{han:卓玉凤}}，谢谢{{han:鲍秀珠}}。
""")

# H1619: Kazakh mother from 新源 in 灵地 (清流); her Hakka husband was paralysed by a fall in a show cave.
DOCS["H1619"] = ("family", """\
访谈者：大姐，您是新疆来的？
受访者：{{trap/place:伊犁}}{{trap/place:新源}}的，哈萨克族。我叫{{minority/kazakh:巴哈尔·托合塔尔}}，户口本上没有点，写成{{minority/kazakh:巴哈尔托合塔尔}}。村里人叫不全，婆婆跟着客家话喊我{{minority/kazakh:哈妹}}。
访谈者：怎么嫁到清流来了？
受访者：我男人{{han:赖荣生}}年轻时去{{trap/place:那拉提}}景区做电工，我在那里卖{{trap/minority_word:马奶子}}，就认得了。结婚以后跟他回了{{trap/place:灵地}}，他在县里的溶洞景区管电路，村里人都喊他{{han:荣牯}}。刚来那年我哭了好几回，山一座接一座，路弯来弯去，出门一趟要转三回车。我们那边一眼望出去都是草，这边一眼望出去都是山。
访谈者：您爱人现在怎么样？
受访者：瘫了。前年雨季，洞里的灯线进了水，他爬上去修，从铁梯上摔下来，腰椎断了，下半身没知觉。景区的{{han:官振华}}来看过，说是工伤，可{{trap/word:官方}}的认定拖了一年多。{{han:赖荣生}}他躺在床上，脾气变坏了，有时候一天不说一句话。有一回他把药碗摔了，说活着拖累我们。我没骂他，把碎片扫了，又去熬一碗。
访谈者：孩子们呢？
受访者：儿子十一岁，户口上叫{{han:赖志远}}，我给他起的名字叫{{minority/kazakh:叶尔太}}，学校花名册把两个拼一起，写成{{minority/kazakh:赖叶尔太}}，在{{school:灵地中心小学五年级3班}}。女儿六岁，叫{{minority/kazakh:哈妮扎}}，汉名{{han:赖雪梅}}，在镇上幼儿园念大班。婆婆喊她{{minority/kazakh:妮妹}}，她跟奶奶最亲。
访谈者：谁在帮你们？
受访者：村里儿童主任{{han:伍月娥}}讲，爸爸重残的孩子可以报困境儿童，她跑了三趟县里，两个孩子一个月各{{trap/number:九百三十元}}。我男人办了一级残疾证，两项补贴都有，家里也评上了低保。派出所的{{han:连警官}}把我的户口从新源迁过来，跑了好几回。县社工站的{{compound:钟离朔风}}每个月来，陪儿子说说话。学校心理老师{{compound:宇文蔚然}}说，孩子心里憋着，要让他哭出来。
访谈者：孩子在学校怎么样？
受访者：儿子成绩还行，就是打架。同学说他爸是瘫子，他就动手。班主任{{han:揭晓霞}}老师没骂他，把那个同学也叫来，两个人握了手。期末成绩{{trap/word:揭晓}}那天，他考了班上第四，跑回来跪在他爸床边念给他听。{{han:赖荣生}}一下就哭了。
访谈者：您婆婆身体好吗？
受访者：七十了，还下地。婆婆叫{{han:巫秋莲}}，客家人，一句普通话不会，我一句客家话也不会，刚来那年两个人靠比划。现在她会喊“食饭咯”，我会讲“𠊎晓得”。她教我打{{trap/word:擂茶}}，我教她炸{{trap/minority_word:包尔萨克}}。男人出事以后，婆婆白天下田，晚上帮我给他翻身，七十岁的人，一夜起来三四回。
访谈者：娘家那边呢？
受访者：我爸{{minority/kazakh:托合塔尔·沙布尔}}在新源放马，我妈前年来过一回，住了半个月，说这边山多，看不见天边。我弟弟{{minority/kazakh:胡阿尔别克}}在{{trap/place:乌鲁木齐}}开出租车，每年给孩子们寄{{trap/minority_word:马肠子}}。在{{trap/place:厦门}}打工的老乡{{minority/kazakh:赛力克别克}}过年开车来看我们，给孩子们念{{trap/famous:唐加勒克}}的诗。
访谈者：您爱人的病还能好吗？
受访者：医生说难。县医院让他去{{trap/place:三明}}做康复，一个疗程一万多，医保报一半。我们去了两个疗程，手上有劲了，能自己端碗吃饭。剩下的钱不够，就停了。现在我每天照着手机上的视频给他按腿，按一个钟头，手都酸了。他说你歇歇，我说你站起来我就歇。
访谈者：孩子们会讲哈萨克话吗？
受访者：会一点。我在家跟他们讲哈萨克话，他们回我客家话，他爸听了笑，说我们家一屋子三种话。我想等他们大一点，暑假带回新源住一个月，骑骑马，看看外公的马群。
访谈者：您自己干什么活？
受访者：在村里的花卉基地剪枝、装盆，一天一百。中午跑回来给男人翻身、擦身子，不翻要长褥疮。基地老板{{han:温宝生}}知道我家的情况，让我中午多歇一个钟头。镇卫生院的{{compound:司徒见山}}医生每礼拜来给男人换药。下午放学，女儿跟着我去基地，坐在花盆中间画画，画的都是马。
访谈者：登记的信息请您说一下。
受访者：家在{{address:清流县灵地镇黄沙口村六组8号}}，娘家在{{address:新源县那拉提镇阿尔善村二组14号}}。我的身份证{{id_number@wy1990fwspaced.654025}}，儿子的{{id_number@my2013x.350423}}。我电话{{mobile@plus86dash}}，{{han:伍月娥}}的{{mobile@s74}}。微信{{wechat:Bahar_Qingliu}}。儿子的QQ是班主任让注册的，{{qq:3470671107}}。
访谈者：表上的名字写对了吗？
受访者：乱写的多。残疾证上男人是{{spaced:赖 荣 生}}，低保表上我是{{spaced:巴 哈 尔 · 托 合 塔 尔}}，儿子写成{{spaced:赖 叶尔太}}，女儿写成{{spaced:哈　妮　扎}}。
访谈者：最后还想说什么？
受访者：盼我男人能坐起来，坐轮椅也行，能推他出去晒晒日头。孩子们懂事，我就不怕。谢谢{{han:伍月娥}}。
""")

# H1620: Mongolian grandfather from 陈巴尔虎旗 who stokes the boiler of a hot-spring resort in 永泰 and raises the two
# children of his dead daughter and her She husband in a plum village of 葛岭.
DOCS["H1620"] = ("family", """\
访谈者：老人家，您是内蒙古来的？
受访者：{{trap/place:呼伦贝尔}}{{trap/place:陈巴尔虎旗}}的，巴尔虎蒙古。我叫{{minority/mongolian:额日登巴特}}，六十三了。温泉山庄的同事念不全，都叫我{{minority/mongolian:老额}}，村里人学福州话，喊我{{minority/mongolian:依特}}。
访谈者：怎么到永泰来了？
受访者：我女儿{{minority/mongolian:阿荣其其格}}在{{trap/place:海拉尔}}读的卫校，认得了来当兵的{{han:雷建峰}}，畲族，永泰人，就跟着他嫁到{{trap/place:葛岭}}的山里。三年前她查出乳腺癌，走的时候三十一岁。她病的那一年我来过两回，看着她一天比一天瘦，我一个放了一辈子羊的人，什么忙也帮不上。
访谈者：孩子的爸爸呢？
受访者：{{han:雷建峰}}他又找了一个，去{{trap/place:泉州}}开货车，一年回来一两回，钱寄得少。两个孩子没人管，我老伴{{minority/mongolian:吉雅塔娜}}要照顾她九十岁的老母亲，走不开，我就一个人南下了。坐了三天火车，下车的时候是五月，这边已经热得穿短袖，我还穿着棉背心。
访谈者：孩子们多大？
受访者：孙女{{minority/mongolian:嘎鲁娜}}九岁，户口上叫{{minority/mongolian:雷嘎鲁娜}}，在{{school:葛岭中心小学三年级（2）班}}。孙子{{minority/mongolian:锡林夫}}五岁，在村里的幼儿园念中班。他奶奶{{han:钟月香}}是畲族，住在隔壁，喊他{{minority/mongolian:锡林夫仔}}。孙女记得妈妈，孙子不记得了，他看着照片问我，这个阿姨是谁。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:林青梅}}。她家种了几十亩{{trap/word:青梅}}，忙得很，还是一趟一趟跑，给两个孩子报了事实无人抚养，一个月各{{trap/number:一千一百二十元}}。县民政局的{{han:张股长}}来核过，说外公也算监护人。社工{{compound:赫连霜序}}每个月来两回，教{{minority/mongolian:嘎鲁娜}}写作业；大学生志愿者{{compound:南宫芷汀}}放假来给孙子讲故事。
访谈者：您在哪里上班？
受访者：温泉山庄烧锅炉，夜班多。老板{{han:詹家驹}}照顾我，白天不排我的班，让我接送孩子。一个月三千五。我一个牧民，原来不知道{{trap/word:温泉}}是什么，现在天天守着它。夜里两点起来看一回压力表，四点再看一回，天亮骑电动车回村，给孩子们煮粥，送上学，回来睡到中午。
访谈者：孩子奶奶帮得上吗？
受访者：帮得上。{{han:钟月香}}人好，她儿子做的事她也觉得丢人。{{trap/minority_word:三月三}}她给两个孩子煮{{trap/minority_word:乌米饭}}，唱畲歌。我过{{trap/minority_word:查干萨日}}给她煮{{trap/minority_word:手把肉}}，她嫌太肥。入冬以后她给我缝了一床新棉被，晒了三个日头才拿过来，说草原来的人怕潮不怕冷。两个老人话不通，一个说畲话一个说蒙古话，孩子们夹在中间当翻译。
访谈者：孩子们习惯吗？
受访者：孙女刚来的时候老哭。她妈教过她几句蒙古话，现在就剩我一个人跟她说。班主任{{han:雷香兰}}老师也是畲族，跟孙女讲，你有两个民族，比别人多一份。{{han:雷香兰}}讲完，孙女一晚上都高兴，睡前还问我，外公，那我是不是有两个家。
访谈者：您身体怎么样？
受访者：高血压，膝盖也不好。这边湿，我们草原上干。去年夏天{{trap/word:雷雨}}天，我在山路上摔了一跤，是村里开摩托的{{han:鄢德水}}把我送到卫生院的。卫生院的{{han:池文斌}}医生给我开了降压药，叮嘱我少吃盐。我们蒙古人喝奶茶要放盐，这个改不了。
访谈者：梅子熟的时候您也去帮忙？
受访者：去。四五月梅子熟，满山都是人，我也背个筐去摘，一天能挣一百多。村里人开始不敢叫我，怕我听不懂，后来看我摘得快，都说这个蒙古老头行。孙子跟在后面捡掉在地上的，捡一兜回来让奶奶腌。
访谈者：老家还有人吗？
受访者：有。儿子{{minority/mongolian:阿拉腾仓}}在旗里放牛，每年寄{{trap/minority_word:奶干}}过来。在{{trap/place:福清}}玻璃厂的老乡{{minority/mongolian:伊和乌拉}}过年来看我们，给孩子们唱{{trap/famous:嘎达梅林}}。我老伴每个礼拜跟孙女视频，教她唱摇篮曲，孙女学得比我快。山庄的客人有时候给孩子们带点心，我不让他们白拿，叫孩子们说谢谢。
访谈者：登记信息请您说一下。
受访者：我们住{{address:永泰县葛岭镇梅岭村下厝12号}}，老家{{address:陈巴尔虎旗巴彦库仁镇西乌珠尔嘎查三组6号}}。我身份证{{id_number@my1962fwhyphen.150725}}，孙女的{{id_number@wy2016spaced.350125}}。电话{{mobile@plus86}}，{{han:林青梅}}的{{mobile@fws}}。孙女用我手机玩，给我注册了个QQ，{{qq:751638309}}，微信{{wechat:wxid_q7h3n8r2m5}}。
访谈者：表上的名字写对了吗？
受访者：不对的多。我是{{spaced:额 日 登 巴 特}}，孙女写成{{spaced:雷　嘎　鲁　娜}}，我女儿的死亡证明写成{{spaced:阿荣 其其格}}。
访谈者：最后您想说什么？
受访者：等两个孩子大一点，带他们回草原，去他们妈妈小时候放羊的地方看看。草原上的孩子，总要见一回草原。我身子骨还行，再干几年锅炉，攒够了路费就走。
""")

# H1621: Han 儿童主任 of 梅岭村 (葛岭, 永泰), a plum village, reading out her list.
DOCS["H1621"] = ("staff", """\
访谈者：林主任，今天带了名单？
受访者：带了。我叫{{han:林青梅}}，{{trap/place:葛岭镇}}梅岭村的儿童主任，做了五年。村里人喊我{{han:依梅}}。我按本子一户一户念，你记。
访谈者：好，您念。
受访者：头一户，内蒙古来的{{minority/mongolian:依特}}，就是{{minority/mongolian:额日登巴特}}，外孙女{{minority/mongolian:嘎鲁娜}}，还有个外孙，事实无人抚养。孩子爸爸{{han:雷建峰}}在泉州，我打过十几回电话，他才接一回。
访谈者：第二户？
受访者：第二户是畲族，兄妹两个，哥哥{{han:蓝天赐}}十二岁，妹妹{{han:蓝天晴}}八岁，孤儿。爸爸{{han:蓝永旺}}前年在{{trap/word:李果}}园里打药中毒，没抢救过来，妈妈早几年就走了，找不到人。跟奶奶{{han:雷玉妹}}过。孤儿基本生活费每月各{{trap/number:一千四百八十元}}。哥哥在{{school:葛岭中学七年级（4）班}}，妹妹在{{school:葛岭中心小学二年级1班}}。{{han:蓝天赐}}他懂事，放学就上山摘李，说要帮奶奶还债。{{han:蓝天晴}}爱画画，画的都是{{trap/word:蓝天}}白云，她说爸爸在天上。
访谈者：第三户？
受访者：第三户户主叫{{han:时桂英}}，{{han:时桂英}}{{trap/word:时常}}跟我讲，她这辈子最怕孙子学坏。儿子{{han:缪正平}}正在{{trap/place:福州}}服刑，媳妇跑了。两个孙子，大的{{han:缪家豪}}十岁，小的是女孩，{{han:缪依依}}，六岁。服刑人员子女补助每月{{trap/number:八百六十元}}。住{{address:葛岭镇梅岭村下洋自然村19号}}，{{han:时桂英}}的电话{{mobile@spaced}}，{{han:缪家豪}}的身份证{{id_number@my2015fullwidth.350125}}。
访谈者：第四户？
受访者：第四户，{{han:卓得福}}，男，九岁，{{han:卓得福}}得的是脑瘫，坐轮椅，两项补贴都有。他妈{{han:从海燕}}{{trap/word:从来}}没在人前掉过眼泪，白天在李干厂做工，晚上给孩子按腿。爸爸{{han:卓木生}}在福州送外卖。孩子送教上门，县特校的{{han:阮静怡}}老师每礼拜来两回。住{{address:葛岭镇梅岭村后垅12号}}，{{han:从海燕}}的电话{{mobile@h38}}。
访谈者：第五户？
受访者：第五户是个女孩，{{han:过雨晴}}，十一岁。爸爸{{han:过腊生}}前年{{trap/word:过年}}前出车祸走了，妈妈改嫁，孩子跟叔叔{{han:过春林}}过，叔叔家也困难，我们报了事实无人抚养。孩子在{{school:葛岭中心小学五年级（2）班}}，身份证{{id_number@wy2013quad.350125}}。
访谈者：这些户您是怎么发现的？
受访者：一家一家走出来的。我们村三百多户，一半人在外面打工，留在村里的都是老人孩子。我每个月走一遍，看谁家灶上冒不冒烟，谁家孩子放学回来门口有没有人。{{han:卓得福}}那户，是他家邻居{{han:詹德华}}告诉我的，说孩子一天到晚在屋里叫，听着揪心。我上门一看，孩子躺在竹床上，身上都是痱子，他妈在厂里做工，中午才回来喂一口饭。
访谈者：这些户谁在跟？
受访者：县民政局儿童福利股的{{han:张仲坤}}股长总管，镇民政办有个{{han:鲍晓丹}}，我们有么事先问她。社工站派了{{compound:澹台听澜}}跟第二户、第五户，{{compound:申屠砺锋}}跟第三户。大学生志愿者{{compound:梁丘霁月}}暑假来给孩子们补课。
访谈者：您自己家里呢？
受访者：我家也种{{trap/word:青梅}}，三十几亩，收梅子的时候忙得脚不沾地。老公{{han:黄依官}}说我管别人家的孩子比管自己家的还上心。我说别人家的孩子没人管嘛。梅子摘下来，一部分卖鲜果，一部分腌成梅干，合作社的{{han:郑孝源}}保底收购，村里几户困难的人家，我都叫他们的梅子先收。
访谈者：孩子们放假的时候怎么办？
受访者：暑假最难。大人在外面，孩子在家没人看，去溪里游泳最让人揪心，{{trap/place:大樟溪}}每年夏天都出事。村里开了个暑期班，借村委会的会议室，大学生来上课，我管午饭。一个暑假下来，孩子们作业都写完了，还学会了下象棋。
访谈者：村里做这个难在哪？
受访者：难在人都在外面。爸爸妈妈在外面，电话打不通，材料签不了字。有一回为了让{{han:雷建峰}}签个字，我跟{{compound:澹台听澜}}开车到泉州，在停车场等了他四个钟头。
访谈者：您觉得最管用的是什么？
受访者：是人。钱是国家给的，可钱到了孩子手里怎么花，孩子心里怎么想，要有人天天看着。我一个人看不过来，就托隔壁邻居，托小卖部，托学校的门卫，哪个看到孩子不对，都给我打电话。
访谈者：名单上的名字有没有写错的？
受访者：多。县里下发的表把{{spaced:缪　依　依}}写得一个字一个空，社工写成{{spaced:澹 台 听 澜}}，还有{{spaced:过雨 晴}}、{{spaced:卓 得福}}。年底我要一张一张核。
访谈者：您的联系方式？
受访者：我工作微信{{wechat:meiling_ertong}}，孩子们有事找我都在QQ上，{{qq:365461895}}。
访谈者：最后想说什么？
受访者：梅子一年熟一回，孩子一年长一截。我就盼这些孩子都能读出书来，走出这座山。
""")

# H1622: Hakka section chief of children's welfare at the 清流 county civil-affairs bureau.
DOCS["H1622"] = ("staff", """\
访谈者：{{han:巫股长}}，您在民政局管儿童这块几年了？
受访者：七年了。我叫{{han:巫文渊}}，县民政局儿童福利股的，{{trap/place:长校}}人，讲客家话，普通话不标准你莫见怪。全县在册的困境儿童三百一十几个，孤儿、事实无人抚养、重残、父母服刑的，都归我们股。
访谈者：您自己是怎么干上这一行的？
受访者：我小时候也是跟阿婆长大的。爸妈去江西挖钨矿，一走就是好几年。那时候冇么个补助，阿婆养一头猪供我读书。我考上中专回来，分到民政局，头一件事就是下乡核孤儿。看到那些伢子，我就想起自己，晓得他们缺的不光是钱。
访谈者：这些孩子是怎么发现的？
受访者：头一个靠村里的儿童主任，一个村一个。{{trap/place:灵地}}黄沙口村的{{han:伍月娥}}就顶呱呱，发现一户报一户，材料从来不拖。第二靠学校，第三靠派出所。长校派出所的{{han:连永辉}}，他办户口看到哪家孩子不对头，就给我打电话。
访谈者：能举几个例子吗？
受访者：嵩溪有一户彝族，男的修栈道摔死了，女的叫{{minority/yi:阿侯拉作}}，儿子耳朵听不见。我头一回去，{{minority/yi:吉克曲者}}躲在门后面，我喊了两声他冇反应，他妈过去拍拍他，他才出来。后来残联给他装了耳蜗，上个月我再去，喊一声{{minority/yi:曲者}}，他回头了，还冲我笑。
受访者：灵地还有一户哈萨克族的，{{minority/kazakh:巴哈尔}}的男人瘫在床上。她户口迁过来以前，新源那边登记的是{{minority/kazakh:巴哈尔・托合塔尔}}，我们这边录成了{{minority/kazakh:巴哈尔.托合塔尔}}，中间那个点不一样，系统硬说不是一个人，补助卡了两个月。
访谈者：本地的孩子呢？
受访者：本地的多。{{trap/place:赖坊}}有个伢子，学名{{han:赖远航}}，村里都喊他{{han:泥牯}}。爸妈在{{trap/place:惠州}}离了婚，哪个都不要他，跟着太婆过，太婆九十一了。{{han:泥牯}}这个名是太婆起的，说泥巴贱，好养活。
受访者：{{trap/place:温郊}}有个女孩叫{{han:温白露}}，{{trap/word:白露}}那天生的。爸爸{{han:温德兴}}在里面服刑，妈妈{{han:阴秀华}}有精神残疾，一到{{trap/word:阴天}}落雨就犯病。孩子自己做饭、洗衣，十岁的人像个大人。
受访者：{{trap/place:余朋}}那户更难，爸妈都在里面，一个贩毒，一个帮着藏。两个孩子跟外婆{{han:余凤娇}}，大的{{han:邱禾生}}十二岁，小的{{han:邱禾妹}}八岁。外婆把{{han:邱禾生}}当大人使，让他上山砍柴、下田插秧，学校老师跟我反映过好几回。
访谈者：钱是怎么发的？
受访者：散居孤儿今年每个月{{trap/number:一千二百六十元}}，事实无人抚养的跟散居孤儿一个标准，打到孩子名下的社保卡上。我们每季度抽查。去年查出一户，钱被孩子叔叔{{han:罗细狗}}取去打牌了，我们把卡改到外婆名下，又叫村里盯着。
访谈者：核对信息难在哪？
受访者：难在名字和号码。你看{{han:赖远航}}的身份证{{id_number@my2012spaced.350423}}，系统里中间多打一个空格就查不出来。{{han:温白露}}的是{{id_number@wy2014fwx.350423}}，最后一位是叉，有的村干部用全角输进去，又对不上。少数民族名字更长，录成{{spaced:巴 哈 尔 托 合 塔 尔}}这样一个字一个空格的，系统直接报错。
访谈者：您股里几个人？
受访者：三个。我，{{compound:诸葛慧娴}}，还有借调来的{{compound:西门振宇}}。社工站那边是{{compound:公良若愚}}牵头，六个社工分片跑。县里开会的花名册把{{spaced:诸　葛　慧　娴}}印成四个字拆开，她笑了好久。
访谈者：儿童主任的培训怎么搞？
受访者：一年两回，集中到县里上课，讲政策，讲怎么填表，讲怎么看孩子身上的伤。去年请了福州来的老师讲心理，一百多个儿童主任坐满了礼堂。{{han:伍月娥}}每回都坐头一排，本子记得密密麻麻。
访谈者：孩子满了十八岁以后呢？
受访者：满十八岁补助就停了，可上大学还要钱。我们跟{{trap/org:县慈善总会}}对接，考上大学的每人给五千。去年有两个孤儿考上了，一个在{{trap/place:福州}}读师范，一个在{{trap/place:厦门}}读护理。读师范那个讲，毕业了要回清流教书。
访谈者：有没有特别难办的？
受访者：有。认定事实无人抚养，要证明父母失联。{{han:泥牯}}的妈妈叫{{han:揭冬秀}}，离婚以后五年没音信。派出所要出证明，{{han:连永辉}}跟我跑了两个省。
访谈者：住址您这边怎么核？
受访者：一户一户上门。{{han:温白露}}家在{{address:清流县温郊乡桐坑村十组10号}}，余朋那户在{{address:清流县余朋乡芹溪村四组23号}}，我都去过不下五回。
访谈者：您的联系方式？
受访者：手机{{mobile@p86h}}。股里的工作QQ{{qq:１７７９９７５４６５}}，微信{{wechat:qlmz_etfl2019}}。孩子家里有事，打哪个都行。
访谈者：最后您想说什么？
受访者：做这行最怕漏掉一个。冇人报，我们就不晓得，孩子就在山里头自己熬。所以我天天跟儿童主任讲，宁可多报，莫要漏报。
""")

# H1623: household-registration officer of the 长校 township police station (清流).
DOCS["H1623"] = ("staff", """\
访谈者：{{han:连警官}}，您在派出所管户籍多少年了？
受访者：十一年。我叫{{han:连永辉}}，{{trap/org:长校派出所}}户籍室的。所里的年轻人喊我{{han:老连}}，村里的老人家喊我{{han:辉哥}}，喊么个的都有。
访谈者：困境儿童跟派出所有什么关系？
受访者：关系大得很。孩子要拿补助，先要有户口；爸妈失联，要我们出证明；爸妈在服刑，要我们核监狱的文书。民政局的{{han:巫文渊}}隔三岔五就打电话来。所里的内勤{{han:连细英}}是我堂妹，{{han:连细英}}连周末都来帮我整材料。
访谈者：有没有没户口的孩子？
受访者：有。前年来了一户彝族，在镇上的花卉产业园搬花。男的{{minority/yi:海来达铁}}，女的{{minority/yi:马海阿呷}}，两个孩子都没上户口。大的七岁了，在凉山家里生的，冇出生证。我们做了亲子鉴定，跟{{trap/place:昭觉}}那边的派出所来回发了二十几份函，去年才落下来。落户的名字是{{minority/yi:海来阿妞}}，报名的时候老师写成{{minority/yi:海阿妞}}，现在在{{school:长校中心小学一年级（2）班}}。小的是男孩，叫{{minority/yi:海来什哈}}，他爸喊他{{minority/yi:什哈}}，三岁了。
受访者：孩子他爸不识字，名字都是我一笔一画写给他看的。他讲彝族的名字前头是家支，后头才是自己的名，叫我莫弄反。
访谈者：名字上还有什么麻烦？
受访者：多了。灵地那个哈萨克媳妇，新源迁过来的材料写的是{{spaced:巴哈尔 · 托合塔尔}}，点两边还带空格，我们系统不认，只好录成{{minority/kazakh:巴哈尔托合塔尔}}，后来民政那边又对不上。{{minority/kazakh:巴哈尔}}跑了四趟，我都不好意思。她儿子户口上是{{han:赖志远}}，学校又报成{{minority/kazakh:赖叶尔太}}，一个孩子两个名字，我给学校开了个情况说明。
访谈者：失联证明怎么开？
受访者：要查。赖坊那个伢子的妈妈{{han:揭冬秀}}，五年没消息。我们查她的住宿、乘车、手机记录，最后一条在{{trap/place:南昌}}，再往后就冇了。我跟{{han:巫文渊}}去了南昌，又去了{{trap/place:赣州}}，找到她老家的村委会，村支书{{han:揭福全}}说她也好多年没回去了。回来我们才出的证明。
访谈者：派出所平时还做什么？
受访者：摸排。所长{{compound:濮阳正宏}}定了规矩，辖区里的留守儿童、困境儿童，每个社区民警都要记在本子上。辅警{{compound:左丘明澈}}讲他祖上是写《左传》的{{trap/famous:左丘明}}，大家笑他，可他跑村子最勤。司法所的{{compound:宗政佳音}}管服刑人员家属那一块，跟我们对接。
访谈者：有没有让您印象深的？
受访者：有个阿婆叫{{han:别玉珍}}，来所里给孙子办户口，一进门就哭。我说阿婆{{trap/word:别急}}，慢慢讲。她孙子{{han:应家乐}}{{trap/word:应该}}上三年级了，户口还挂在她过世的儿子名下，报不了孤儿。我跟学校、村里跑了半个月，才把监护人改过来，孩子的孤儿生活费第二个月就到了卡上。{{han:别玉珍}}后来提了一篮鸡蛋来，我不收，她放下就走。
访谈者：晚上出警多吗？
受访者：不算多，可一出就是大事。去年腊月，灵地一个十三岁的伢子跟奶奶吵架，跑出去一夜没回来。他爸妈都在外省，奶奶急得在村口哭。我们跟村里的人打着电筒上山找，找了四个钟头，最后在一个溶洞口找到他，冻得嘴唇发紫。他叫{{han:罗金水}}，后来社工每个礼拜去看他一回。
访谈者：办户口孩子家要跑几趟？
受访者：以前要跑五六趟，现在能在网上办的都在网上办了。可山里的老人不会用手机，还是要跑。我们每个月有一天下村，背着电脑和拍照的蓝布去村委会，老人孩子排着队拍身份证照片。{{trap/place:林畲}}那边路远，一趟车要一个半钟头，去了就是一整天。
访谈者：您的联系方式？
受访者：户籍室电话打不通就打我手机{{mobile@plus86spaced}}，{{han:连细英}}的{{mobile@plain}}。我的QQ是{{qq:2682084064}}，微信{{wechat:lianyonghui_cl}}。
访谈者：那户彝族的登记信息？
受访者：住{{address:清流县长校镇花卉产业园员工宿舍B栋204}}，老家{{address:昭觉县四开乡好谷村一组9号}}。{{minority/yi:海来达铁}}的身份证{{id_number@my1986tri.513431}}，{{minority/yi:海来阿妞}}落户以后的{{id_number@wy2017hyphen.350423}}。签到表上写的是{{spaced:海 来 阿 妞}}，还有一张写成{{spaced:马海 阿呷}}。
访谈者：那家孩子现在怎么样？
受访者：大的上学了，普通话讲得比她爸好。上个月她爸来所里办居住证，带着她，她趴在柜台上给我写了一个“谢”字，歪歪扭扭的。我把那张纸压在户籍室的玻璃板底下了。
访谈者：最后您想说什么？
受访者：户口是孩子的头一张纸。有了它，上学、看病、拿补助才有门。我这个岗位，就是把这张纸给每个孩子办齐。
""")

# H1624: She head of the 樟城 central kindergarten (永泰).
DOCS["H1624"] = ("staff", """\
访谈者：{{han:蓝园长}}，您这个幼儿园有多少孩子？
受访者：三百二十几个，十一个班。我叫{{han:蓝秀凤}}，畲族，老家在{{trap/place:罗源}}的畲村，嫁到{{trap/place:樟城}}二十年了。
访谈者：幼儿园里困境儿童多吗？
受访者：在册的十四个。三岁到六岁的囝，自己讲不清，全靠老师看。哪个孩子吃饭特别快，哪个身上有伤，哪个一个礼拜穿同一件衣服，老师报给我，我再报给社区的{{han:卓玉凤}}。
访谈者：您每天早上做什么？
受访者：七点半站在门口晨检，一个一个摸额头，看手，看嘴。三百多个孩子，哪个今天蔫了，哪个脸上有巴掌印，站门口一个月就看得出来。有一回{{han:游佳佳}}手臂上一道一道的红印，我问她，她不敢讲。后来才晓得是她叔叔喝醉了打的，我当天就报了社区和派出所。
访谈者：能说几个吗？
受访者：中二班有个维吾尔族小姑娘{{minority/uyghur:海尼沙古丽}}，汉名{{han:池小米}}，爸爸在里面，妈妈在莆田，跟爷爷过。爷爷在南门街打馕，招牌就写着{{minority/uyghur:沙塔尔江}}馕店。孩子每天早上带一个小馕来，分给同桌{{han:鄢可心}}一半，{{han:鄢可心}}她妈讲，现在家里天天要买馕。{{minority/uyghur:海尼沙}}不吃猪肉，食堂的{{han:詹依姆}}专门给她蒸一碗蛋。
受访者：小三班有一对双胞胎，{{han:鲍念慈}}和{{han:鲍念恩}}，三岁半，爸妈在高速上出了车祸，都没了，跟外婆{{han:佘月娇}}过，孤儿基本生活费每人每月{{trap/number:一千一百九十元}}。两个在{{school:樟城中心幼儿园小（3）班}}，{{han:佘月娇}}天天来接，一手牵一个。
受访者：大一班有个畲族男孩{{han:雷依宝}}，妈妈{{han:钟银妹}}是聋哑人，爸爸在外面打零工。{{han:雷依宝}}被同学笑他妈不会讲话，回来就不肯上学。特教老师{{compound:长孙葭苇}}教全班小朋友打手语，学会了“妈妈好”，他才又来了。园里登记的他的身份证号是{{id_number@my2019fwspaced.350125}}，我背得出来。
访谈者：还有吗？
受访者：小二班有个彝族小姑娘{{minority/yi:依火阿支}}，爸妈在温泉酒店做保洁。福州老师以为依是小名，喊她{{minority/yi:依支}}，她也应。中一班的{{han:游佳佳}}，爸爸在里面，妈妈走了，跟奶奶住{{address:永泰县樟城镇西门新村3幢206}}。奶奶带她去{{trap/word:旅游}}过一回，回来画了一个礼拜的海。
访谈者：这些孩子谁在帮？
受访者：园里免保教费和伙食费，社区报补助。保健医{{compound:司空若兰}}每个月给他们量身高体重，瘦了就跟食堂讲。县里派来的志愿者{{compound:鲜于晨曦}}每周来讲故事。家委会主任{{compound:东方照野}}组织家长捐了一柜子衣服。放学以后没人接的，我送到对面的{{han:鄢美娇}}托管班，{{han:鄢美娇}}不收这些孩子的钱。
访谈者：毕业的孩子您还跟吗？
受访者：跟。去年毕业的{{han:阙子昂}}有孤独症，上了{{school:永泰县城关小学一年级（3）班}}，班主任{{han:郑丽珠}}老师隔三岔五问我他小时候怕么个、喜欢么个。我把他在园里三年的记录本都给了{{han:郑丽珠}}。他妈妈{{han:官丽琴}}讲，孩子上小学头一天没哭，是因为书包里装着园里的照片。
访谈者：老师们压力大吗？
受访者：大。一个班三十几个孩子，两教一保，还要写观察记录。{{han:缪雪芬}}老师带中二班，那个维吾尔族小姑娘刚来那阵子一句话都不讲，她天天蹲下来跟孩子讲，讲了一个月，孩子头一回喊她老师，她躲到厕所里哭了。
访谈者：畲族的孩子多吗？
受访者：十来个。{{trap/minority_word:三月三}}园里办畲族节，老师们穿{{trap/minority_word:凤凰装}}，教孩子唱{{trap/minority_word:盘歌}}，食堂蒸{{trap/minority_word:乌米饭}}。汉族的孩子也喜欢，回家跟爸妈讲畲族的饭是黑的。我奶奶以前讲，畲家的囝摔倒了自己爬起来，我跟困境里的这些孩子也这么讲。
访谈者：家长会配合吗？
受访者：大部分配合。也有爷爷奶奶不识字的，通知看不懂，我们就打电话一个一个讲，讲福州话，讲畲话，讲普通话，哪个听得懂讲哪个。有的老人家耳朵背，一个电话要打二十分钟。
访谈者：登记的信息？
受访者：{{han:鲍念慈}}的身份证{{id_number@wy2021.350125}}，外婆住{{address:樟城镇塔山路畲族安置小区7号楼1单元302}}，{{han:佘月娇}}的电话{{mobile@p86n}}，我电话{{mobile@s434}}。我的微信{{wechat:lanxf_zcyey}}，家长群里有事也可以加我QQ，{{qq:3396019522}}。
访谈者：表上的名字呢？
受访者：乱得很。体检表把保健医写成{{spaced:司　空　若　兰}}，双胞胎写成{{spaced:鲍 念 慈}}，{{spaced:雷依 宝}}也拆开了，那个维吾尔族小姑娘写成{{spaced:海尼沙古丽 ‧ 阿卜来提江}}。
访谈者：最后您想说什么？
受访者：这些囝，一个都不能漏。我跟老师们讲，看孩子要看眼睛，眼睛里有事，要问出来。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1617,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout205",))


if __name__ == "__main__":
    main()
