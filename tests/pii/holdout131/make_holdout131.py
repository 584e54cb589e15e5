# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 131 (tests/pii/holdout131/H1033-H1040 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 130, written at the same time, is not
an earlier set).

Set 131 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
广安 and 德阳 (Sichuan): a Mongolian mother from 正蓝旗 who sells milk tea in 广安区, her husband killed on the road
by an overloaded muck truck; an Amdo Tibetan father from 红原 who drives a tractor in 什邡, there for his deaf
daughter's school while his wife and son keep the yaks at home; a Uyghur father from 伽师 who runs a naan stall in
旌阳区 and raises three children alone since his wife died in childbirth; a Hui grandmother from 西吉 raising in
岳池 a grandson whose parents are both in prison for laundering money for fraudsters; a Han community worker in 邻水
(鼎屏镇) reading out her register; a Han children's officer (儿童主任) in 中江 who reaches her cases' parents on
WeChat; a Han aunt in 华蓥 raising her dead sister's son while his father is in compulsory drug rehabilitation; and a
Han village doctor in 绵竹 (遵道镇) who looks after four children of his villages. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (塔林夫,
其乐木格, 额尔顿吉日嘎拉, 乌力吉图雅, 嘎如迪玛) and with a short form (奥云娜荷芽 then 娜荷芽, 伊德新朝格图 then
伊德新他, 特木热巴图 then 特木热 before the verb 是), a Han surname before a Mongolian given name (鲍娜荷芽) and the
Han names of the same people (鲍振国, 鲍子墨, 鲍嫂); Amdo Tibetan names (俄项才让, 切吉卓么, 角巴闹吾, 先巴东主,
娘吉草, 尕让东智, 华旦卓么, 旦正吉) with short forms (俄项, 角巴他), 才 opening a name before the adverb 才
(才秀草才九岁), 让 closing one before the verb 让 (拉旦才让让我), a Han surname before a Tibetan given name (罗秀草)
and the Han name of a Tibetan mother's son (钟嘉树); Uyghur given name + father's name with a middle dot, a bullet,
a katakana dot, spaces around the dot and no dot (依沙克江·吐逊, 热扎克•依沙克江, 吐逊・热依木, 依沙克江 · 吐逊,
胡尔西旦依沙克江) and single and short forms (依沙克江, 胡尔西旦, 热扎克江, 罕古丽她, 阿布都米吉提他); Hui names in Han
form (锁桂英, 拜建军, 撒丽娟, 拜浩宇, 马桂琼, 马欣蕊) beside 经名 used alone (法瑞黛, 苏哈依布, 穆尼热, 阿孜姆他,
赛勒麦, 奴尔哈) and after a Hui surname (拜阿孜姆, 撒鲁克曼, 冶扎希德阿訇, 海宰娜白), 把 as a surname before the
particle 把 (把永祥把牛腱子留给我); Han names with common and rare surnames of the region (蒲, 庹, 蹇, 冉, 幸, 谯,
敬, 母, 漆, 昝, 卿, 但, 雍, 税, 仇, 晏, 杭, 鲜, 苟, 邬, 阳, 阎, 牟, 桂), surnames that are also ordinary words after
or before grammar words (唐春和和我说, 跟和秀莲, 跟和晓蓉, 是向明德, 户主是向玉成, 都丽芳都, 都晓勇都, 找能国华,
要欣怡要, 这个还建英, 冯有才才) and given names with 有 in them (蒋有福有时候, 何有明有时候, 罗有林有时候), with titles
and kin words (谯丽蓉老师, 雍雪梅老师, 仇玉霞老师, 闵晓华老师, 税晓明大姐; the span is the name only), a surname with
only a title or kin word, annotated whole (鲍嫂, 冉警官, 蒲孃孃, 罗老板, 母老师, 卿医生, 幸大姐, 但医生, 把师傅, 仇老师,
鲜主任, 敬站长, 苟师傅, 庹孃孃, 黎医生, 阎所长), Sichuan forms of address and nicknames, annotated whole (熙娃儿他,
豪娃儿, 大春叔), names that contain words (宋明月, 邬长春, 雷光明, 桂小宝) beside ordinary words that start
with a surname of the voices (蒲公英, 母亲节, 但是, 幸福, 要是, 能力, 敬老院), names directly before particles, pronouns
and verbs (宋明月她, 熙娃儿他, 阿孜姆他, 罕古丽她) and after 叫/是/给/跟/找/让/和 (给都晓勇, 让邓可钦, 和鲜于浩宇), and
a name closing the last sentence (只喊了一声小琴。, 还是覃云帆。); names spaced out character by character in half-
and full-width spaces (奥 云 娜 荷 芽, 俄 项 才 让, 热 扎 克 江, 胡 尔 西 旦, 苏 哈 依 布, 华　旦　卓　么, 仲 孙 雨 涵,
微 生 语 桐, 司 马 梓 萱, 锁　桂　英), a dotted name with spaces around the dot (依沙克江 · 吐逊) and names split in two
(伊德新　朝格图, 特木热 巴图, 切吉 卓么, 角巴　闹吾, 拜建 军, 能佳 欣, 冯雨 泽, 廖小 梅, 易晨 曦); compound surnames
after ordinary words (鲜于, 夏侯, 独孤, 漆雕, 公羊, 公西, 梁丘, 谷梁, 淳于, 司空, 乐正, 仲孙, 亓官, 微生, 羊舌, 太叔,
东门, 公冶, 司马, 令狐 after 叫/的/小姑娘/手语翻译/志愿者/同事/一个叫/和); and numbers read out and written the many
ways people do (one QQ number in full-width digits, one wxid_ WeChat id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:庹仁贵}}``, ``{{qq:3928016475}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1985fwspaced.653129}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大姐, 阿訇) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 才, 有, 要, 把, 让, 她, 他) are outside the span; a surname with only a
title or kin word (鲍嫂, 蒲孃孃, 罗老板, 但医生, 把师傅) and a Sichuan form of address or nickname (熙娃儿, 豪娃儿,
大春叔) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people and their kin (鲍振国, 鲍子墨,
钟嘉树, 锁桂英, 拜浩宇, 马欣蕊) are category han; a Han surname before a non-Han given name (鲍娜荷芽, 罗秀草,
拜阿孜姆, 撒鲁克曼) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout131/make_holdout131.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(131_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "157", "158", "166", "173", "175", "181", "183", "187",
                   "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1033: Mongolian mother from 正蓝旗 who sells milk tea in 广安区; her husband was killed in a road accident.
DOCS["H1033"] = ("family", """\
访谈者：大姐，您这奶茶铺子在{{trap/place:广安区}}开了几年了？
受访者：三年多了。我叫{{minority/mongolian:奥云娜荷芽}}，老家是内蒙古{{trap/place:正蓝旗}}的，离{{trap/place:元上都}}遗址不远。这条街上的人记不住蒙古名字，都喊我{{han:鲍嫂}}。房东{{han:庹仁贵}}开收据写的是{{minority/mongolian:鲍娜荷芽}}，把我男人的汉姓安到我头上了。
访谈者：怎么从草原到了广安？
受访者：我男人{{minority/mongolian:特木热巴图}}，身份证上的汉名叫{{han:鲍振国}}，原来在{{trap/place:锡林浩特}}跑运输，跟这边一个拉建材的老板熟，一八年就带着我们过来开大货。前年腊月二十三，他在{{trap/place:渠江}}边的国道上被一辆超载的渣土车顶翻了，人当场就没了。处理事故的{{han:冉警官}}说对方全责，可车主{{han:蹇永富}}跑了，赔偿到现在只拿到三万。
访谈者：出事以后那段日子是怎么过来的？
受访者：那天下小雨，他早上出门说拉完这一车就回来过小年。晚上九点多{{han:冉警官}}打电话来，我抱着儿子在医院走廊坐了一夜。后事是老乡们帮着办的，骨灰我抱回了草原，埋在{{trap/place:闪电河}}边的坡上，他小时候在那儿放过马。回来以后我一个多月没开铺子，天天躺着，是社区的{{han:蒲孃孃}}一趟一趟上门，拉着我去填表，说你倒下了，两个娃咋个办。
访谈者：孩子们呢？
受访者：两个。闺女{{minority/mongolian:嘎如迪玛}}十四，在{{school:广安区北辰中学八年级（6）班}}；儿子{{minority/mongolian:伊德新朝格图}}九岁，学校嫌名字长，给他起了个汉名{{han:鲍子墨}}，在{{school:浓洄街道第二小学三年级（4）班}}。{{minority/mongolian:伊德新}}他到现在还不信他阿爸回不来，听见大货车响就往窗口跑。{{minority/mongolian:嘎如迪玛}}懂事，放了学就来铺子里帮我熬茶、装{{trap/minority_word:炒米}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任就是{{han:蒲孃孃}}，大名叫{{han:蒲玉琼}}，是她跑前跑后给两个娃报了困境儿童，每人每月{{trap/number:六百七十元}}，家里也吃上了低保。区民政局的{{han:幸志鹏}}来入户核过两回。闺女的班主任{{han:谯丽蓉}}老师把她的资料费免了。区法律援助中心的律师叫{{compound:鲜于博文}}，在帮我打官司要赔偿。社工站有个小姑娘{{compound:夏侯婉清}}，每个礼拜来陪{{minority/mongolian:伊德新}}画画、下棋。
访谈者：老家那边还有人吗？
受访者：公公{{minority/mongolian:塔林夫}}七十多了，跟婆婆{{minority/mongolian:其乐木格}}在嘎查放几十只羊。婆婆在视频里喊我{{minority/mongolian:娜荷芽}}，一喊就哭，让我带娃回去。可娃在这边上学惯了，回去蒙语课跟不上。我男人的发小{{minority/mongolian:额尔顿吉日嘎拉}}每年秋天帮我们卖羊，钱一分不少打过来。往年秋天打草都是我男人开着打草机，今年是嘎查的人帮着打的。嘎查的儿童主任{{minority/mongolian:乌力吉图雅}}隔些日子就去看看两个老人，拍了视频发给我。
访谈者：铺子生意怎么样？
受访者：开头不行，四川人爱喝甜的，我的咸奶茶没人买。隔壁卖米粉的{{han:唐春和}}和我说，你做小杯的嘛，加点{{trap/minority_word:奶豆腐}}。他说得对，现在一天能卖七八十杯。附近中学的娃晓得我屋里的事，下了晚自习专门绕过来买一杯。闺女说{{trap/famous:邓小平}}爷爷就是广安人，她要好好读书，以后考回北方去。
访谈者：孩子们现在好些了吗？
受访者：闺女不哭，可成绩掉了一截，半夜躲在被窝里翻她阿爸的视频。班主任发现了，把她叫到学校的心理室，聊了好几回才好些。儿子还小，前几天问我，阿爸是不是变成星星了。我说是，草原上的星星最亮，他就天天晚上趴在阳台上找。铺子门口的砖缝里长出一棵{{trap/word:蒲公英}}，他不让我拔，说是他阿爸种的。我自己也睡不着，熬茶一站就是一天，腰疼得直不起来。想过回草原，可羊没剩几只，公公婆婆也老了；留在这边，娃们至少有学上。我想再撑几年，等闺女考上高中再说。
访谈者：铺子一天怎么安排？
受访者：早上六点起来熬茶，砖茶要先煮透，再兑牛奶、放盐，一锅要熬半个钟头。中午送儿子去托管班，下午闺女放了学来替我，我去进奶。晚上十点收摊，回去还要洗锅。一个月刨了房租，能落下三千来块，够娃们吃饭读书。
访谈者：登记信息请您说一下。
受访者：这边租的房子在{{address:广安区浓洄街道金安社区滨河路47号2单元302室}}，老家户口在{{address:正蓝旗上都镇哈登台嘎查二组9号}}。我的身份证{{id_number@wy1986spaced.152530}}，儿子的{{id_number@my2016quad.152530}}。我手机{{mobile@plain}}，{{han:蒲孃孃}}的{{mobile@hyphen}}。铺子收款的微信叫{{wechat:naheya_naicha86}}。闺女有QQ，说跟同学对作业，号码她写在收银台的便利贴上：{{qq:3928016475}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:奥 云 娜 荷 芽}}，学校把儿子写成{{spaced:伊德新　朝格图}}，死亡证明上我男人是{{spaced:特木热 巴图}}，闺女的名字中间也空了一格：{{spaced:嘎如 迪玛}}。
访谈者：最想说什么？
受访者：想让娃们记得他们阿爸。{{minority/mongolian:特木热}}是个好司机，跑了二十年车没出过事。
""")

# H1034: Amdo Tibetan father from 红原 who drives a tractor in 什邡; his daughter is deaf.
DOCS["H1034"] = ("family", """\
访谈者：大哥，您在{{trap/place:什邡}}开拖拉机几年了？
受访者：五年了，给{{trap/place:湔氐镇}}的种粮大户{{han:罗德全}}开，春天犁地，秋天收玉米，冬天帮人拉砖。我叫{{minority/tibetan:俄项才让}}，{{trap/place:红原}}{{trap/place:瓦切}}的牧民。这边的人念不顺，都叫我{{minority/tibetan:俄项}}，我叫他{{han:罗老板}}。
访谈者：怎么从草原下到什邡来了？
受访者：为了女儿。红原到什邡，开车要走七八个钟头，翻过山就是另一个天。{{minority/tibetan:才秀草}}生下来就听不见，{{trap/place:成都}}的医生说要早戴助听器、早做康复。是同村的{{minority/tibetan:拉旦才让}}让我下来的，他在这边养兔子，帮我找了活。我老婆{{minority/tibetan:切吉卓么}}带着小儿子{{minority/tibetan:角巴闹吾}}守着家里的四十头牦牛，阿爸{{minority/tibetan:先巴东主}}也在家。
访谈者：女儿现在怎么样？
受访者：{{minority/tibetan:才秀草}}才九岁，在{{school:什邡市特殊教育学校二年级（1）班}}，会打手语了，也能说几个字。助听器是{{trap/org:德阳市残联}}免费配的，康复老师{{han:敬晓丽}}每天下午给她上一对一的课。班主任{{han:母老师}}心细，{{trap/word:母亲节}}那天教她用手语比“阿妈我想你”，视频发回去，她阿妈哭了一晚上。{{han:罗德全}}认她做了干女儿，街坊跟着喊她{{minority/tibetan:罗秀草}}，她也笑着答应。
访谈者：女儿刚下来的时候适应吗？
受访者：不适应。红原海拔三千多，什邡又热又潮，她头一个夏天天天流鼻血。她听不见，别的娃娃喊她她不晓得，以为人家不理她，一个人蹲在墙角。学校的老师一个字一个字教她看口型，半年以后她会喊阿爸了，声音怪怪的，可我听得懂。那天我在拖拉机上哭了，{{han:罗老板}}还以为我病了。
访谈者：开拖拉机收入怎么样？
受访者：农忙的时候一个月五六千，冬天拉砖三四千。助听器的电池、康复课的车费都要钱，每个月还给老家寄一千五。住的是{{han:罗德全}}家后院的两间屋，他不收房租，只要我帮他看着鱼塘。
访谈者：这边的人对你们好吗？
受访者：好。刚来的时候村里的人看我穿藏袍，围着看，后来熟了，哪家杀年猪都喊我去吃。我不吃猪肉，他们就专门给我炖一锅牛肉。女儿在村里有几个耍得好的小姑娘，跟着学了几句手语，放了学一起在晒坝上跳皮筋。
访谈者：小儿子在老家怎么样？
受访者：跟他阿妈放牦牛，冬天零下二十几度，学校是寄宿的，一个礼拜回一趟家。他问我为啥子只带姐姐走，我跟他说，姐姐的耳朵要治，等她好了我们就回去。
访谈者：补贴这些有吗？
受访者：有。女儿办了残疾证，拿残疾人两项补贴，困境儿童的钱也报上了，每月{{trap/number:九百一十元}}。老家的儿童主任{{minority/tibetan:娘吉草}}每个月去看一趟小儿子，给他报了营养餐。钱不多，可是每个月准时到，心里踏实。这边村上的儿童主任{{han:漆永芳}}帮我跑的户口材料，镇民政办的{{han:昝建平}}说，两边的补贴不能重复领，他帮我问清楚了。村卫生室的{{han:卿医生}}给女儿看过几回中耳炎。
访谈者：还有谁帮过？
受访者：县社工站的督导叫{{compound:独孤雪晴}}，来家里评估过两次。特教学校请的手语翻译{{compound:漆雕思语}}，开家长会的时候坐我旁边给我翻，我汉话也不太好。大学生志愿者{{compound:公羊文轩}}周末带女儿去{{trap/place:蓥华山}}脚下耍。
访谈者：您一个人带女儿难不难？
受访者：难。早上五点起来烧茶、热{{trap/minority_word:糌粑}}，送她上学再去地里。阿爸在电话里说，{{minority/tibetan:俄项}}，羊可以少养，娃娃的耳朵不能耽误。小儿子在红原的{{school:瓦切镇寄宿制小学一年级（2）班}}，我一年只回去两趟。同在什邡开挖机的老乡{{minority/tibetan:尕让东智}}过年帮我捎{{trap/minority_word:酥油}}回来。每天晚上女儿跟她阿妈视频，一个不会写字，一个听不见，两个人就对着屏幕比划，比划着比划着就笑了。去年{{trap/minority_word:赛马会}}我回去了一趟，小的{{minority/tibetan:角巴}}他骑马跑了第三，在草地上翻了好几个跟头。
访谈者：登记信息请您说一下。
受访者：这边住{{address:什邡市湔氐镇高桥村五组22号}}，老家{{address:红原县瓦切镇德香村二组7号}}。我的身份证{{id_number@my1984hyphen.513233}}，女儿的{{id_number@wy2016fw.513233}}。我电话{{mobile@s38}}，{{han:漆永芳}}的{{mobile@plus86}}。我微信是{{wechat:exiang_tuolaji}}。女儿用QQ跟她阿妈视频，手语看得清楚，号码是她自己按给我看的：{{qq:71530864}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。残疾证上我是{{spaced:俄 项 才 让}}，学校把女儿写成{{spaced:才　秀　草}}，老婆在户口本上成了{{spaced:切吉 卓么}}，小儿子的学籍上是{{spaced:角巴　闹吾}}。
访谈者：最想说什么？
受访者：盼女儿能听见一点、说清楚一点。草原上的雨声、牦牛脖子上的铃铛声，我想让她听一回。
""")

# H1035: Uyghur father from 伽师 who runs a naan stall in 旌阳区 and raises three children alone.
DOCS["H1035"] = ("family", """\
访谈者：大哥，您这馕摊在{{trap/place:旌阳区}}摆了几年了？
受访者：四年了。我叫{{minority/uyghur:依沙克江·吐逊}}，{{trap/place:伽师}}人。以前在{{trap/place:乌鲁木齐}}的馕厂打工，老乡{{minority/uyghur:阿布都米吉提·卡斯木}}在德阳开餐厅，说这边没人打馕，我就带着老婆孩子过来，砌了个{{trap/minority_word:馕坑}}。
访谈者：孩子妈妈呢？
受访者：前年生小女儿的时候大出血，没救过来。她叫{{minority/uyghur:阿瓦古丽·斯迪克}}，二十九岁。现在三个孩子都是我一个人带。
访谈者：孩子们多大？
受访者：大女儿{{minority/uyghur:胡尔西旦·依沙克江}}十二，在{{school:旌阳区泰山南路小学六年级（2）班}}，学校的表上没有点，写成{{minority/uyghur:胡尔西旦依沙克江}}。儿子{{minority/uyghur:热扎克•依沙克江}}九岁，三年级，同学们叫他{{minority/uyghur:热扎克江}}。小女儿{{minority/uyghur:罕古丽}}两岁，{{minority/uyghur:罕古丽}}她没见过她阿帕，晚上抱着姐姐睡。
访谈者：您一个人顾得过来吗？
受访者：顾不过来。早上四点打馕，{{minority/uyghur:胡尔西旦}}六点起来给弟弟妹妹热牛奶，送弟弟上学，再自己去学校。她才十二岁，像个小大人。社区的儿童主任{{han:都丽芳}}都看在眼里，给三个孩子报了困境儿童，每人每月{{trap/number:五百九十元}}，我们家也有了低保。街道民政的{{han:向明德}}上门核过两回，是{{han:向明德}}帮我把小女儿送进了社区的托育点。
访谈者：孩子妈妈走的时候是怎么过来的？
受访者：那天在{{trap/org:德阳市人民医院}}，医生抢救了四个钟头。小女儿保住了，她没了。我抱着小女儿回家，不会冲奶粉，不会换尿布，是隔壁卖烧烤的{{han:幸大姐}}过来教的，教了一个礼拜，晚上还帮我抱着哄。她说娃娃平平安安长大，就是{{trap/word:幸福}}。那段时间馕摊停了一个月，街上的老顾客听说了，有的送米，有的送油，还有人塞了钱就走，名字都不留。
访谈者：还有哪些人帮你们？
受访者：社区医院的{{han:但医生}}说小女儿缺钙，{{trap/word:但是}}药不贵，每回都给我们少算。大女儿的班主任{{han:雍雪梅}}老师，开学把一套旧电脑送给她。社工站的{{compound:公西子琪}}每周三来给孩子们辅导功课，大学生志愿者{{compound:梁丘宇航}}教儿子下象棋。
访谈者：老家呢？
受访者：阿塔{{minority/uyghur:吐逊・热依木}}在伽师种{{trap/word:伽师瓜}}，七十了，阿帕{{minority/uyghur:塔吉古丽·萨迪尔}}腿不好，过不来。伽师的瓜甜，每年夏天阿塔都要寄一箱过来，寄到了一半是烂的，孩子们还是抢着吃。{{minority/uyghur:阿布都米吉提}}他每回回新疆都帮我捎葡萄干给孩子。{{trap/minority_word:古尔邦节}}那天他请我们去餐厅吃{{trap/minority_word:抓饭}}，弹{{trap/minority_word:热瓦甫}}，孩子们笑得最开心。
访谈者：想过回新疆吗？
受访者：想过。可大女儿在这边读书读得好，老师说她能考上好初中。回伽师，馕摊一条街都是，我挣不到这么多。我一天打三百来个馕，芝麻的、皮牙子的，还有{{trap/minority_word:窝窝馕}}，四川人爱吃甜的，我又学着做了红糖馕，卖得最好。冬天德阳湿冷，馕坑边上倒是暖和，小女儿就爱坐在我旁边的小板凳上烤手。等孩子们大了再说。
访谈者：孩子们在这边交到朋友了吗？
受访者：交到了。大女儿跟同桌好得很，周末两个人在我摊子边上写作业，写完了帮我收钱。儿子在小区里跟一帮娃娃踢球，回来满身是泥。小女儿上托育点头一天哭了一上午，第二天就不哭了，老师说她爱唱歌，一首儿歌学两遍就会。
访谈者：您自己身体呢？
受访者：我四十了，头发白了一半。早上四点起，晚上十点睡，一年到头不敢病。去年冬天发烧到三十九度，还是咬着牙打完了一炉馕。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:胡尔西旦}}语文好，作文写她阿帕，拿了区里的奖。开家长会我听不太懂，老师就放慢了说，说完还写在纸上让我拍下来，回去叫大女儿念给我听。儿子调皮，我给他讲{{trap/famous:阿凡提}}的故事他才肯睡。{{minority/uyghur:热扎克江}}说长大要开一家比{{minority/uyghur:阿布都米吉提}}叔叔还大的餐厅。
访谈者：登记信息请您说一下。
受访者：住{{address:旌阳区东湖街道珠江西路9号3栋1单元502室}}，老家{{address:伽师县江巴孜乡阿亚克村三组41号}}。我的身份证{{id_number@my1985fwspaced.653129}}，大女儿的{{id_number@wy2013tri.653129}}。我电话{{mobile@plus86spaced}}，{{han:都丽芳}}的{{mobile@s74}}。我的微信{{wechat:ishaqjan_nang}}，买馕的人都扫这个。大女儿有QQ，她说跟老师交作业用，号码她念，我一个一个记在纸箱上：{{qq:1647209385}}。
访谈者：名字在表上写得对吗？
受访者：不一样。我的银行卡上是{{spaced:依沙克江 · 吐逊}}，托育点把小女儿写成{{spaced:罕　古　丽}}，儿子的作业本上是{{spaced:热 扎 克 江}}，低保表上大女儿是{{spaced:胡 尔 西 旦}}。
访谈者：最盼什么？
受访者：盼三个孩子都能读完书。{{minority/uyghur:依沙克江}}我这辈子就会打馕，他们不能只会打馕。
""")

# H1036: Hui grandmother from 西吉 raising her grandson in 岳池; his parents are both in prison.
DOCS["H1036"] = ("family", """\
访谈者：奶奶，您是从宁夏过来的？
受访者：{{trap/place:西吉}}的，{{trap/place:将台堡}}边上。我叫{{han:锁桂英}}，经名{{minority/hui:法瑞黛}}。来{{trap/place:岳池}}两年了，给孙子做饭，送他上学。
访谈者：孙子的爸妈呢？
受访者：都在监狱里。儿子{{han:拜建军}}，经名{{minority/hui:苏哈依布}}，跟媳妇{{han:撒丽娟}}在岳池开牛肉面馆，生意不好，欠了账，就听人家的话拿银行卡帮人“跑分”，说转转钱就有提成。哪晓得是给骗子洗钱，两口子都判了，儿子四年半，媳妇三年。媳妇的经名叫{{minority/hui:穆尼热}}，是个勤快人，就是耳根子软。
访谈者：孙子多大？
受访者：十岁，学名{{han:拜浩宇}}，经名{{minority/hui:阿孜姆}}，在{{school:岳池县九龙街道第三小学四年级（3）班}}。班上就他一个回族，同学们听我在校门口喊{{minority/hui:阿孜姆}}，就学着叫他{{minority/hui:拜阿孜姆}}，他也不恼。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:晏春燕}}，她说孙子爸妈都在服刑，算事实无人抚养儿童，帮我报了，每月{{trap/number:一千一百二十元}}。街道民政的{{han:税晓明}}大姐来家里看了三回，给我办了临时救助。孙子的班主任{{han:仇玉霞}}老师，中午让他在办公室吃我送去的饭，学校食堂没有清真的。菜市场卖牛肉的{{han:把永祥}}把最好的牛腱子留给我，不收现钱。他是{{trap/place:临夏}}来的，经名{{minority/hui:撒鲁克曼}}，大家叫他{{han:把师傅}}。
访谈者：刚来岳池的时候习惯吗？
受访者：不习惯。四川话听不懂，馆子里的菜不敢吃，只能自己做。这边牛肉便宜，我学着做了四川的炖牛肉，孙子说比面馆里的还香。西吉一年见不了几场雨，这边一下就是半个月，屋里的被子都是潮的，我的腿疼得走不动。头半年我就在屋里给孙子做饭，他上学去了，我就坐在门口等他放学。后来{{han:晏春燕}}带我去社区的老年活动室，那里的婆婆们教我说“要得”“巴适”，我现在也会说两句了。
访谈者：孙子读书怎么样？
受访者：数学好，语文差，我不识几个字，辅导不了。社区找了个大学生志愿者叫{{compound:谷梁思琪}}，暑假天天来给他补课。他爸进去以后，他在学校跟人打过两回架，{{han:仇老师}}没有罚他，把他叫到办公室，陪他坐了一下午。
访谈者：平时一天是怎么过的？
受访者：早上五点起来做礼拜，再给孙子做早饭，送他上学。回来去菜市场买菜，下午洗衣裳、缝补，四点半又去校门口等。晚上他写作业，我在边上坐着，他不会的我也不会，就陪着。睡觉前我给他念几句经，他跟着念，念着念着就睡着了。媳妇在女子监狱来信说想娃，我就让孙子画一张画寄过去。
访谈者：孙子想爸妈吗？
受访者：想。{{minority/hui:阿孜姆}}他夜里哭，说同学骂他爸是骗子。会见隔着玻璃，只有二十分钟，他爸一直让他好好念书，他只会点头，出来一路不说话，到了家才哭。区里社工站的{{compound:淳于晓雯}}每个月带他去一趟监狱，会见完了领他吃一碗{{trap/word:岳池米粉}}。法律援助的律师{{compound:司空逸凡}}帮我们问过减刑的事。{{trap/place:南充}}{{trap/org:清真寺}}的{{minority/hui:冶扎希德}}阿訇，每个{{trap/minority_word:主麻}}日都打视频给孙子讲一段经，教他做人要端正。
访谈者：老家还有人吗？
受访者：我妹子{{minority/hui:海宰娜白}}在西吉，每年{{trap/minority_word:开斋节}}寄{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}来。西吉是旱塬，种洋芋、种荞麦，我年轻时候一天要下沟挑三趟水，现在想起来，那时候苦是苦，一家人在一起。我老汉死得早，一个人把{{han:拜建军}}拉扯大，哪想到老了还要再拉扯一个。我给孙子讲{{trap/famous:马本斋}}的故事，跟他说，回回人不做亏心事。
访谈者：您身体怎么样？
受访者：腰疼，血压高。最怕自己倒下，娃就没人管了。去年冬天我在菜市场摔了一跤，是{{han:把永祥}}把我背到诊所的，医生说骨头没事，就是人老了。{{han:晏春燕}}说，真有那一天，区{{trap/org:民政局}}会安排的。
访谈者：登记信息请您说一下。
受访者：住{{address:岳池县九龙街道东湖社区米市街26号3栋2单元401室}}，老家{{address:西吉县将台堡镇明台村四组15号}}。我的身份证{{id_number@wold.640422}}，孙子的{{id_number@my2015hyphen.511621}}。我记不住电话，孙子背得：{{mobile@s434}}。{{han:晏春燕}}的电话{{mobile@fullwidth}}，她的微信{{wechat:yan_chunyan_yc}}。孙子有QQ，说跟同学打游戏，号码他写在我的药盒子上：{{qq:508236174}}。
访谈者：名字写得对吗？
受访者：表上乱写。孙子成了{{spaced:拜 浩 宇}}，我成了{{spaced:锁　桂　英}}，经名写成{{spaced:法 瑞 黛}}，儿子的判决书上是{{spaced:拜建 军}}，经名写成{{spaced:苏 哈 依 布}}。
访谈者：最后想说什么？
受访者：盼{{minority/hui:苏哈依布}}早点出来，把娃接回去。我老了，{{minority/hui:法瑞黛}}这个名字，以后没人记得了。
""")

# H1037: Han community worker in 邻水 reading out her list of children in distress.
DOCS["H1037"] = ("staff", """\
访谈者：您今天带的是什么名单？
受访者：我们社区的困境儿童台账。我叫{{han:杭晓芸}}，在{{trap/place:邻水县}}{{trap/place:鼎屏镇}}的一个社区当儿童主任，兼着网格员。我一户一户念，你记。
访谈者：好。
受访者：第一户，户主是{{han:向玉成}}，七十一岁，带孙女{{han:向思甜}}。孙女九岁，在{{school:鼎屏镇第一小学三年级（5）班}}。她爸妈前年在广东出车祸，两个都没了。住{{address:邻水县鼎屏镇观音桥社区柳荫街13号}}。孙女的身份证{{id_number@wy2016plain.511623}}。孤儿基本生活费每月{{trap/number:一千二百五}}。孙女成绩中等，爱跳舞，学校舞蹈队要交服装费，是我们找爱心企业出的。
访谈者：第二户？
受访者：第二户，{{han:要欣怡}}，女，十二岁。爸爸{{han:要志强}}偷电缆判了六年，妈妈跑了。跟奶奶{{han:廖凤仙}}过。{{han:要欣怡}}要上初中了，成绩好，她奶奶说{{trap/word:要是}}供不起就让她去打工，我跟她奶奶吵了一架。服刑人员子女补助报上了。住{{address:邻水县鼎屏镇龙安村六组8号}}，奶奶的身份证{{id_number@wold.511623}}。
访谈者：第三户？
受访者：第三户是回族。妈妈{{minority/hui:赛勒麦}}，汉名{{han:马桂琼}}，当年从青海{{trap/place:化隆}}嫁过来的，两条腿瘫了，拿残疾人两项补贴。女儿{{han:马欣蕊}}，经名{{minority/hui:奴尔哈}}，十一岁，在{{school:邻水县城北小学五年级（1）班}}。{{minority/hui:奴尔哈}}每天放学回去给她妈翻身、擦身子。爸爸{{han:罗有林}}有时候去工地，有时候不去。
访谈者：第四户？
受访者：第四户，{{han:蹇子豪}}，男，八岁，院子里都喊他{{han:豪娃儿}}，事实无人抚养。爸爸吸毒被强制隔离戒毒，妈妈联系不上，跟着舅舅{{han:蒋有福}}。舅舅自己有三个娃，{{han:蒋有福}}有时候喝了酒打人，我们找过他三回。后来给娃申请了学校寄宿，周末才回舅舅家。住{{address:邻水县鼎屏镇河滨路二段77号}}，孩子的身份证{{id_number@my2017hyphen.511623}}。
访谈者：第五户？
受访者：第五户，{{han:能佳欣}}，女，十岁，脑瘫，坐轮椅。妈妈{{han:付秋菊}}在家照顾，爸爸{{han:能国华}}在{{trap/place:重庆}}跑外卖。我们找{{han:能国华}}签了好几回字。{{trap/word:能力}}评估是{{trap/org:县残联}}做的。
访谈者：这些娃是咋个发现的？
受访者：大多是学校先打电话来，说哪个娃好几天没来上课、哪个娃午饭都吃不饱。也有楼上楼下的邻居跑到社区来反映。我们每个季度拉着网格员把辖区的楼栋过一遍，哪家是老人带娃、哪家大人在坐牢、哪家大人病倒了，心里要有本账。
访谈者：发现了以后咋个办？
受访者：先上门看。娃娃缺的是钱，就走救助；缺的是人，就找亲戚坐下来商量；心里有结的，就请社工来。每个娃建一本册子，半年复核一回。社区管儿童这一块的就我跟一个同事，四十几个娃，一个月跑下来，鞋底都磨穿了。
访谈者：有没有让您特别揪心的？
受访者：{{han:要欣怡}}。她爸被抓那天她就在屋头，警察进门的时候她躲在门背后，一声都没出。到现在她听到警笛响还发抖。我们请了县里的心理咨询师，一个月给她做两回。她奶奶说这半年夜里不哭了，上个月还跟同学去看了一场电影。
访谈者：您做这个多少年了？
受访者：七年了。原来在超市当收银员，社区招网格员我就来了，后来兼了儿童主任。一个月两千八，比超市还少，可我放不下这些娃。我自己的儿子读高二，他说妈你认得的娃比我同学还多。有时候晚上十点还有娃娃打电话来，说奶奶发烧了、爸爸喝醉了，我就骑着电瓶车过去。
访谈者：这些户谁在跟？
受访者：我跟同事{{compound:乐正知秋}}分着跟，县里派的督导叫{{compound:仲孙雨涵}}，每个月来查台账。志愿者{{compound:亓官嘉怡}}给第二户的女娃补数学。镇民政办的{{han:鲜主任}}总负责，县{{trap/org:民政局}}的{{han:雷光明}}管审批。社区卫生服务站的{{han:敬站长}}把{{trap/org:敬老院}}空着的两间屋收拾出来，给娃们写作业。
访谈者：联系方式呢？
受访者：{{han:廖凤仙}}没手机，打邻居的；{{han:蒋有福}}的电话{{mobile@p86h}}，{{han:付秋菊}}的{{mobile@fws}}。我的工作微信{{wechat:hangxy_dingping}}，家长有事都找我。{{han:要欣怡}}有QQ，说有啥子不敢跟奶奶说的就给我留言，号码{{qq:2956481037}}。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{spaced:要 欣 怡}}中间空了格，{{spaced:蹇　子　豪}}，{{spaced:能佳 欣}}，回族那户的经名写成{{spaced:奴 尔 哈}}，连督导也被写成{{spaced:仲 孙 雨 涵}}。年底要一起核。
访谈者：做这个工作最难的是什么？
受访者：娃娃不开口。{{han:蹇子豪}}头三个月一句话都不跟我说，后来我每回去都带一本连环画，他才慢慢开口。心里憋不住了，我就给他们讲，打{{trap/hotline:12355}}也有人听。
""")

# H1038: Han children's officer (儿童主任) in 中江 who reaches her cases on WeChat.
DOCS["H1038"] = ("staff", """\
访谈者：您平时怎么联系这些家庭？
受访者：主要靠微信。我叫{{han:牟晓玲}}，{{trap/place:中江县}}{{trap/place:仓山镇}}一个村的儿童主任，干了六年了。村里的年轻人都在外头打工，过年他们回来，我就挨家挨户去加微信，我手机里存的全是家长的微信，你看嘛，我一个一个翻给你看。
访谈者：好。
受访者：这个是{{han:都晓勇}}，在{{trap/place:东莞}}的电子厂，微信{{wechat:duxy_dg1988}}。他儿子{{han:都浩然}}十岁，跟爷爷过，在{{school:仓山镇中心小学四年级（2）班}}。{{han:都晓勇}}都两年没回来了，儿子生日就发个红包。
访谈者：下一个？
受访者：这个是{{han:和秀莲}}，嫁到我们村的，男人{{han:冯有才}}前年在砖厂被机器绞了手，残了。两个娃，大的{{han:冯雨桐}}在{{school:中江县实验中学七年级（4）班}}，小的{{han:冯雨泽}}在读幼儿园。我跟{{han:和秀莲}}说过好多回，两项补贴要每年年审。她的微信{{wechat:hexl_0716}}，电话{{mobile@plus86dash}}。
访谈者：还有呢？
受访者：这个{{han:还建英}}，外婆，带着外孙女{{han:黎可萱}}。女儿吸毒死了，女婿不知道在哪，孩子算事实无人抚养。外婆不会打字，都是发语音，她的微信是外孙女帮着注册的：{{wechat:wxid_7k2m9q4r8t}}。{{han:黎可萱}}有QQ，号码{{qq:８５２０３７４６}}，她说想妈妈的时候就在QQ空间里写日记。
访谈者：这些孩子您都常去看？
受访者：一个月至少一趟。最放不下的是{{han:桂小宝}}，七岁，爸爸{{han:桂德胜}}在{{trap/place:德阳}}监狱服刑，妈妈改嫁了。他跟爷爷过，爷爷只会煮{{trap/word:挂面}}。他喜欢画飞机，说长大了开飞机去接他爸。{{han:桂德胜}}写信回来，让我念给娃娃听，我念一回哭一回。
访谈者：用微信联系有啥子难处？
受访者：难处多。有的家长在厂里上夜班，白天发消息不回，半夜两点回一条语音。有的换了号也不说，微信一删就找不到人了。老人们不会用，我就一家一家去教，教他们咋个视频、咋个收红包。{{han:还建英}}学了三个月，现在会给外孙女拍照片发给我了。娃娃们开学要交的表、要签的字，我都是先拍下来发给家长看，他们在外头签不了，就录个视频说同意，我再拿去学校。
访谈者：有没有家长在微信上跟您发脾气？
受访者：有。有一回我给{{han:都晓勇}}发了儿子的成绩单，他喝了酒，半夜打语音来骂我，说我多管闲事。第二天酒醒了，他又发了一长段话道歉，说他在外头苦，看到儿子的成绩单心里着急。我没怪他，这些家长也难。
访谈者：孩子们自己用手机吗？
受访者：大一点的用。{{han:黎可萱}}用她外婆的旧手机上QQ，我跟她说晚上十点以后不准上网，她答应了，有时候还是偷偷上。有一回她在网上被人哄着买游戏皮肤，差点把外婆的低保钱转出去，是我看到她发的截图赶紧拦下来的。后来我在村里的家长会上专门讲了一回防诈骗，大人娃娃都来听。
访谈者：您自己屋头呢？
受访者：我男人在{{trap/place:成都}}的工地上，一个月回来一回，回来看到我抱着手机回消息，他也不说啥子，帮我把饭煮好。有时候回到半夜，手机烫得跟暖手宝一样。女儿在读大学，放假回来帮我把台账录进电脑，说妈你这字只有你自己认得到。
访谈者：村里其他人呢？
受访者：村支书{{han:苟师傅}}，我们都这么喊他，以前是木匠。村医{{han:邬长春}}每季度给娃们量身高体重，娃们排着队，比打疫苗还积极，因为他兜里揣着水果糖。镇民政办的{{han:卢海涛}}，审材料严得很。镇社工站来了两个社工，一个叫{{compound:微生语桐}}，一个叫{{compound:羊舌晨阳}}，复姓娃们记不住，老是喊错，她们也不恼。县里还派来一个心理老师，叫{{compound:太叔雅文}}。
访谈者：您自己的联系方式？
受访者：我电话{{mobile@spaced}}，微信{{wechat:mu_xiaoling_cs}}。{{han:还建英}}的电话{{mobile@h38}}，{{han:桂德胜}}家里的座机早停了。这个QQ是{{han:都浩然}}的，他说想跟他爸视频又不好意思，就给我留言：{{qq:4173906258}}。
访谈者：家长对孩子的事上心吗？
受访者：有的上心，有的不上心。{{han:冯有才}}才出院那阵，天天发语音问娃娃吃了没有。我就一条一条截图存着，哪个家长多久没回消息，我心里有数。也有的家长一年不回一条消息，我只好找他们的兄弟姊妹。
访谈者：表上的名字有错的吗？
受访者：有。{{spaced:都　浩　然}}，{{spaced:黎 可 萱}}，{{spaced:冯雨 泽}}，社工也被写成{{spaced:微 生 语 桐}}。
访谈者：做这个工作您怎么想？
受访者：{{trap/famous:黄继光}}是我们中江人，我们这代人从小听他的故事长大。我不求啥子，只求这些娃娃有人管、有饭吃、有书读。
""")

# H1039: Han aunt in 华蓥 raising her dead sister's son; his father is in compulsory drug rehabilitation.
DOCS["H1039"] = ("family", """\
访谈者：孃孃，这娃儿是您外甥？
受访者：是我妹妹的儿子，叫{{han:何俊熙}}，我们喊他{{han:熙娃儿}}。我叫{{han:廖小琴}}，住在{{trap/place:华蓥市}}{{trap/place:双河街道}}。我妹妹{{han:廖小梅}}前年得乳腺癌走了，三十四岁。
访谈者：孩子爸爸呢？
受访者：{{han:何有明}}有时候在外头跑车，有时候在外头混，后来沾了毒，去年被送去强制隔离戒毒了，两年。他屋头的老人早就不在了，亲戚也都躲着。娃儿没人管，我就接过来了。社区说这种算事实无人抚养。
访谈者：您妹妹生病那段时间呢？
受访者：查出来就是晚期了。她在{{trap/place:重庆}}的医院化疗，我两头跑，一头是医院，一头是屋头的娃。钱是我们几姊妹凑的，还在网上筹了一些。她瘦得只剩一把骨头，还惦记{{han:熙娃儿}}的作业，躺在床上用手机给他听写。走的那天是正月初六，{{han:熙娃儿}}在病房外头的椅子上睡着了，我都不晓得咋个喊醒他。
访谈者：孩子多大了？
受访者：十一岁，在{{school:华蓥市双河第四小学五年级（3）班}}。{{han:熙娃儿}}他开头不说话，天天抱着他妈的照片。我屋头也有两个娃，大的{{han:邓可馨}}读初二，小的{{han:邓可钦}}跟{{han:熙娃儿}}同年。我男人{{han:邓建林}}在{{trap/place:华蓥山}}上的矿里上班，一个月回来两趟。
访谈者：他跟您家的娃处得好吗？
受访者：开头不好。我让{{han:邓可钦}}把下铺让给他，他不干，两个人打过一架。我男人回来，把两个娃叫到一起，说以后你们就是亲兄弟。现在两个一起上学、一起打球，有时候还合起伙来骗我说作业写完了。
访谈者：您男人怎么说？
受访者：他没二话。他说我妹妹在的时候对我们好，娃娃到了我们屋头，就是我们的娃。他在矿上一个月挣五千多，都交给我，自己只留烟钱。
访谈者：补贴这些办了吗？
受访者：办了。社区的儿童主任{{han:庹秀珍}}，我们喊她{{han:庹孃孃}}，跑了一个多月，事实无人抚养儿童的生活费批下来了，每月{{trap/number:一千一百八十元}}。批下来那天她打电话来，我蹲在店门口哭了半天。街道民政的{{han:邬建华}}说，我可以签个委托照护协议，这样学校开家长会我就能去。{{han:熙娃儿}}的班主任{{han:仇老师}}人好，帮他申请了课后服务免费。学校的心理老师叫{{compound:东门若彤}}，每周找他谈一回。
访谈者：屋头的开销够吗？
受访者：紧巴巴的。三个娃读书，一个月光伙食就要两千多。{{han:熙娃儿}}的生活费我单独存在一张卡里，一分不动，等他以后读大学用。他妈留下的那点首饰，我也替他收着，等他娶媳妇的时候给他。我一辈子没跟公家打过交道，表都不会填，是{{han:庹孃孃}}手把手教的。
访谈者：您一个人带三个，累不累？
受访者：咋个不累嘛。早上六点起来煮面，晚上还要给三个娃看作业。我跟{{han:和晓蓉}}两个在街上合伙开了个卖{{trap/word:广安盐皮蛋}}的小店，生意一般，刚够交房租和水电。她晓得我屋头难，让我下午早点走。
访谈者：孩子见得到爸爸吗？
受访者：戒毒所半年能去一回。去年我带{{han:熙娃儿}}去了，{{han:何有明}}隔着玻璃喊他，他扭过头去不理。我跟他说，你爸是病了，病好了就回来了。他说，他那不是病。出来以后在车上哭了一路。社工站的{{compound:公冶嘉宁}}开车送我们去的，她说娃娃心里有气，慢慢来。
访谈者：孩子平时喜欢什么？
受访者：喜欢听故事。我给他讲{{trap/famous:江姐}}和{{trap/famous:双枪老太婆}}，都是我们华蓥山的。他说他妈就跟{{trap/famous:江姐}}一样硬气，生病了都不喊痛。
访谈者：他现在成绩怎么样？
受访者：中等。数学还可以，语文差，作文写不出来。上学期他写了一篇《我的妈妈》，只写了三行就写不下去了，老师没批评他，在本子上画了个笑脸。现在他周末跟着他表哥去学游泳，回来晒得黢黑，吃饭都比以前多吃一碗。
访谈者：登记信息请您说一下。
受访者：我屋在{{address:华蓥市双河街道红岩社区建设路66号1栋3单元203室}}，{{han:熙娃儿}}户口还在{{address:华蓥市天池镇白塔村三组12号}}。我的身份证{{id_number@wy1983fwhyphen.511681}}，{{han:熙娃儿}}的{{id_number@my2014x.511681}}。我电话{{mobile@p86n}}，{{han:庹孃孃}}的{{mobile@plain}}。我的微信{{wechat:liaoxq_huaying}}。{{han:熙娃儿}}有QQ，号码他用铅笔写在床头墙上：{{qq:60395187}}。
访谈者：表上的名字写得对吗？
受访者：有错。学校写成{{spaced:何 俊 熙}}，协议上我成了{{spaced:廖　小　琴}}，我妹妹的死亡证明上是{{spaced:廖小 梅}}。
访谈者：最后想说什么？
受访者：我只想把娃儿带大，对得起我妹妹。她走之前拉着我的手，只喊了一声{{han:小琴}}。
""")

# H1040: Han village doctor in 绵竹 who looks after the children in distress of his villages.
DOCS["H1040"] = ("staff", """\
访谈者：您在这个卫生室干了多少年了？
受访者：二十二年了，地震前就在。我叫{{han:黎大春}}，{{trap/place:绵竹}}{{trap/place:遵道镇}}的村医。村里的人喊我{{han:黎医生}}，娃娃们喊我{{han:大春叔}}。
访谈者：地震那年您在哪儿？
受访者：在卫生室，正在给一个老婆婆输液。房子一晃，我把她背出来，回头卫生室就塌了半边。那几天我在路边搭了个棚子给伤员包扎，三天没合眼。好多娃娃就是那年没了爹妈，后来长大了，有的还回来看我。{{trap/place:汉旺}}那边的钟楼停在两点二十八分，到现在还立着。那年的余震一直到秋天都没停，晚上我们睡在帐篷里，娃娃们一听到响动就往外跑。
访谈者：您手上有哪些困境儿童？
受访者：四个。第一个{{han:宋明月}}，女，十岁，先天性心脏病，做过两次手术。爸爸{{han:宋国强}}在{{trap/org:剑南春}}酒厂当搬运工，妈妈跑了。{{han:宋明月}}她不能跑跳，体育课只能坐着看。她在{{school:遵道镇中心小学四年级（1）班}}，班主任{{han:闵晓华}}老师每天中午给她量一次心率。
访谈者：第二个？
受访者：第二个是藏族娃，妈妈{{minority/tibetan:华旦卓么}}是{{trap/place:茂县}}那边嫁过来的，爸爸{{han:钟兴平}}前年从脚手架上摔下来，高位截瘫。儿子{{han:钟嘉树}}八岁，藏名{{minority/tibetan:旦正吉}}，是他外婆取的。{{minority/tibetan:华旦卓么}}一个人种地、照顾男人，孩子的营养跟不上，我每个月去称一回体重。她男人躺在床上脾气大，摔过碗，她就背着人抹眼泪，第二天照样下地。
访谈者：第三个？
受访者：第三个{{han:覃云帆}}，十三岁，癫痫，爸爸{{han:覃长海}}在{{trap/place:雅安}}服刑，他跟奶奶过。药不能断，一断就犯。奶奶七十六了，记不住吃药的时间，我给她做了个药盒，一格一格写上早中晚。村上的儿童主任{{han:阳春兰}}帮他申请了服刑人员子女补助和医疗救助，每月{{trap/number:八百四十元}}。
访谈者：平时您怎么照看这些孩子？
受访者：每个月上门一回，量身高、体重、血压，问吃得咋样、睡得咋样。卫生室有个本子，每个娃一页，哪天发烧、哪天吃了啥药都记着。娃娃生了病，家长头一个找的是我，半夜敲门是常事。镇卫生院的医生下来巡诊，我陪着一家一家走。
访谈者：第四个？
受访者：第四个是孤儿，{{han:易晨曦}}，十七岁，在{{school:绵竹市东轩中学高二（5）班}}。爸妈都是地震那年走的，她是在废墟里被救出来的，那时候还不会走路。跟着姑妈{{han:易秀芬}}，拿孤儿基本生活费。她成绩好，说以后要当医生。
访谈者：孩子们的家里人呢？
受访者：大多是老人带。第一个的爸爸下班晚，女娃放学就在卫生室写作业，等她爸来接，写完了还帮我叠纱布。第四个的姑妈自己也有两个娃，把侄女当亲闺女养，她说哥嫂走的时候，她在废墟边上发过誓。
访谈者：您平时跟谁配合？
受访者：镇民政办的{{han:阎所长}}，市{{trap/org:残联}}的{{han:苏婉清}}，还有镇社工站的{{compound:司马梓萱}}和{{compound:鲜于浩宇}}，一年到头跑这几家。市医院儿科的主任叫{{compound:令狐宏远}}，{{han:宋明月}}的手术就是他联系的。
访谈者：这些孩子平时怎么样？
受访者：都懂事得让人心疼。过年的时候{{han:易晨曦}}画了一张{{trap/word:绵竹年画}}送给我，画的是门神。{{han:钟嘉树}}每回来卫生室都问，{{han:黎医生}}，我爸爸还站得起来不。我不晓得咋个回答。
访谈者：您自己有什么担心的？
受访者：我五十八了，村里的年轻人不愿意当村医，钱少、事多、走不开。我要是退了，这些娃半夜发烧找哪个？镇上说在招人，招了两年还没招到。我只好多干几年，能干一天算一天。
访谈者：村里现在条件怎么样？
受访者：比以前好多了。地震以后房子都重新修过，路也通到了家门口。卫生室是援建的，有了心电图机、血糖仪，娃娃们打疫苗不用再跑镇上。就是年轻人少，村里一到白天，除了老人就是娃娃。
访谈者：登记信息请您说一下。
受访者：卫生室在{{address:绵竹市遵道镇棚花村四组31号}}。{{han:宋明月}}的身份证{{id_number@wy2015spaced.510683}}，{{han:钟兴平}}的{{id_number@mmid.510683}}，{{han:易晨曦}}的{{id_number@wy2007fullwidth.510683}}。我电话{{mobile@s38}}，{{han:阳春兰}}的{{mobile@fws}}。我的微信{{wechat:lidachun_cunyi}}，家长拍了化验单就发给我。{{han:覃云帆}}有QQ，号码写在他的药盒上：{{qq:915082736}}。
访谈者：表上的名字写得对吗？
受访者：有错的。{{spaced:覃 云 帆}}，{{spaced:华　旦　卓　么}}，{{spaced:易晨 曦}}，还有把社工写成{{spaced:司 马 梓 萱}}的。
访谈者：最后想说什么？
受访者：我这辈子就守着这个卫生室。这些娃娃长大了，能记得有个村医就够了。最让我放心不下的，还是{{han:覃云帆}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1033,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout130",))


if __name__ == "__main__":
    main()
