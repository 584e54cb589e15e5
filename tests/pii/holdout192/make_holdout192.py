# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 192 (tests/pii/holdout192/H1521-H1528 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 193, written at the same time, is not
an earlier set).

Set 192 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
宜章 and 汝城 (郴州, Hunan; Yao villages in the hills, tungsten and coal mines, hot springs): a Mongolian driller
from 鄂托克旗 at the 瑶岗仙 tungsten mine who lost his left hand in a rock fall and, his Han wife gone, raises a son
and a low-vision daughter; a Kham Tibetan cook from 江达 (昌都) at a hot-spring resort in 热水镇 whose Yao wife from
延寿 has a psychiatric disability, with three children, the youngest after heart surgery; a Yi grandmother from
昭觉 in 梅田镇 raising two grandchildren, her son dead of silicosis after the coal mine and the brick kiln, their
mother lost; a Kazakh mother from 特克斯 with a kebab stall in 热水镇, her Han husband, an ex-soldier, paralysed in
a fall from a scaffold; the Yao 儿童主任 of a village in 莽山瑶族乡 going through her list (a Yi girl whose father is
in prison, a Tibetan widow whose husband died of a pit-viper bite, grandparents raising children); the officer of
the 宜章 county disabled persons' federation; the head teacher of a fourth-year class in 热水镇 with five children
in distress; and the Han village doctor of 延寿瑶族乡. The emphasis is on forms where a replacement might cover only
part of a name, or miss it, in a mix rather than one trick: Mongolian names (嘎拉森达来, 图门满都拉, 斯钦朝克图,
乌音嘎其其格, 哈达其木格, 哈斯格日乐) with short forms and forms of address made from them (嘎拉, 老嘎, 嘎师傅 in
the interviewer's first words, 小斯钦, 乌音嘎, 哈老师) and the mother's Han surname before the son's Mongolian name
on the roll (邝斯钦朝克图); Kham and Tsang Tibetan names (呷绒邓珠, 贡秋卓嘎, 贡布旺堆, 罗珠, 嘎玛央金, 呷玛拥宗,
旦增曲宗, 嘎玛拉巴) with forms of address (阿邓, 小贡布, 小罗珠, 拥宗姐, 曲宗嫂), short forms (贡秋) and a Han surname
before a Tibetan given name (盘贡布, the Yao mother's; 邓索朗, the Yao father's); Yi names with the clan name (吉克曲莫,
马海日体 with his Han name 马文军, 沙马伍各, 俄地史各, 马海吉则, 马海依各, 沙马依呷, 沙马拉博, 阿库伍果, 吉伍莫色,
吉克木果, 吉克日洛), the clan cut to a Han surname on the roll (马吉则) or replaced by the grandmother's (赵依呷),
given names alone (吉则, 依各, 史各她) and forms of address (曲莫婆婆, 各各); a Kazakh given name + father's name with
every dot and none (阿勒腾娜依·吐尔洪, 阿勒腾娜依・吐尔洪, 阿勒腾娜依.吐尔洪, 阿勒腾娜依‧吐尔洪, 阿勒腾娜依吐尔洪,
努尔别克‧吐尔洪), the given name alone and inside a stall's name (阿勒腾娜依烤肉), forms of address (娜依妹, 扎特, 扎扎,
塔塔), the Han father's surname before the son's Kazakh name (兰别克扎特) and the daughter's Han school name (兰思雨);
Han names (Yao families among them) with rare surnames of the region (首, 资, 邝, 奉, 盘, 扶, 禹, 义, 阳, 湛, 问, 蒲,
官, 兰, 虞, 龚, 欧, 梅); surnames and given characters that are grammar words, right before grammar words, particles,
pronouns and verbs (邝正正在, 于再兴再三, 黄又兰又, 奉得胜得过, 曾立夏却, 湛秋云她倒, 侯正阳便, 盘水娇能, 奉得胜就要,
奉六公还, 胡可乐也, 钟禾香才, 盘禾苗都, 冯翠娥让, 首丽华跟我, 兰文明他) and after them (去问问秋生 with the surname 问,
被侯正阳, 给吉则, 喊他小斯钦); names that contain words, with the same words nearby used as words (温泉生 / 温泉,
首丽华 / 首先, 义春燕 / 义务, 奉得胜 / 奉献, 资秀梅 / 资助, 扶雪琴 / 扶贫, 曾立夏 / 立夏, 唐山妹 / 唐山, 何延寿 / 延寿,
卢阳春 / 卢阳镇, 梅田生 / 梅田, 兰文明 / 文明瑶族乡, 盘禾苗 / 禾苗, 司空晚照 / 司空见惯, 胡可乐 / 可乐, 阳光荣 /
阳光家园, 于再兴 / 于是, 问秋生 / 问路, 濮阳冬青 / 濮阳); names inside shop-, resort- and clinic-like phrases where
the name is the person's (邝冬秀米粉, 阿勒腾娜依烤肉, 何延寿温泉山庄, 问秋生诊所); titles and kin words after names
(湛秋云老师, 欧阳知楠医生, 龙瑞芹医生, 袁碧荷医生, 邝正老师, 哈斯格日乐老师, 宋晓棠老师; the span is the name only); a
surname with only a title or kin word, annotated whole (侯矿长, 奉娭毑, 胡阿婆, 欧所长, 彭满爹, 兰阿公, 官队长, 扶主任,
扶姐, 虞校长, 蒲支书) and local nicknames, annotated whole (龚老四, 奉六公, 冯老满, 灶崽); names at the very start of a
turn (邝冬秀，…, 沙马依呷，女…, 嘎师傅，…) and at the end of a line with no stop (头一个是义春燕); names spaced out
character by character in half- and full-width spaces (邝 斯 钦 朝 克 图, 呷 绒 邓 珠, 吉 克 曲 莫, 沙 马 依 呷,
旦 增 曲 宗, 阿 库 伍 果, 资　秀　梅, 兰 别 克 扎 特, 宗 政 知 夏, 司 空 晚 照, 罗　珠, 钟 禾 香, 盘 禾 苗), a dotted
name spaced in full-width spaces round the dot (阿　勒　腾　娜　依　·　吐　尔　洪) and names split in two (嘎拉森　达来,
乌音嘎 其其格, 盘 贡布, 马海　吉则, 马 依各, 兰 别克扎特, 努尔别克 吐尔洪, 奉　得胜, 唐 山妹, 阳 一诺, 濮阳　冬青,
侯　正阳, 冯　灶生); compound surnames after ordinary words (欧阳, 司徒, 上官 after 叫, 夏侯, 左丘 after 叫, 诸葛, 皇甫,
公良, 钟离, 端木, 南宫, 濮阳, 宗政, 澹台, 轩辕, 申屠, 司空, 梁丘); and numbers and accounts written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:奉娭毑}}``, ``{{qq:45170283}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, yi, kazakh) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986spacedx.540321}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 教授) and a particle, pronoun or
verb written directly after a name (正在, 再三, 又, 得过, 却, 她, 便, 能, 就要, 还, 也, 才, 都, 让, 跟, 他, 讲) are
outside the span; a surname with only a title or kin word (侯矿长, 奉娭毑, 扶姐, 蒲支书) and a local nickname (龚老四,
灶崽) are annotated whole. Han-style names of minority people (马文军, 兰思雨) are category han; a Han surname before a
non-Han given name (邝斯钦朝克图, 盘贡布, 邓索朗, 马吉则, 赵依呷, 兰别克扎特) is category minority, and so are forms of
address made from a non-Han name (嘎师傅, 老嘎, 阿邓, 拥宗姐, 曲莫婆婆, 娜依妹, 曲宗嫂, 哈老师).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout192/make_holdout192.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(192_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'yi', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "yi": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "172", "178", "180", "182", "183", "185",
                   "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1521: Mongolian driller from 鄂托克旗 at the 瑶岗仙 tungsten mine (宜章) who lost his left hand in a rock fall;
# his wife left, he raises a son and a low-vision daughter.
DOCS["H1521"] = ("family", """\
访谈者：{{minority/mongolian:嘎师傅}}，您这只手是在矿上伤的？
受访者：是咯。前年腊月，{{trap/org:瑶岗仙钨矿}}三百米中段，顶上掉下一块石头，左手压烂了，截到手腕。我叫{{minority/mongolian:嘎拉森达来}}，内蒙古{{trap/place:鄂托克旗}}的。矿上的人叫不全，年轻的喊我{{minority/mongolian:嘎拉}}，老师傅喊{{minority/mongolian:老嘎}}。
访谈者：那天是怎么回事？
受访者：我在打眼，石头下来冇得声音。老班长{{han:雷锡山}}把我从石头底下拖出来，用皮带扎住手腕，背着我走了两百米到罐笼。到{{trap/place:郴州}}医院已经是夜里，手保不住了。{{han:侯矿长}}第二天来看我，讲矿上负责到底。
访谈者：怎么从内蒙古来宜章的？
受访者：以前在{{trap/place:鄂尔多斯}}挖煤，小煤窑关了，老乡{{minority/mongolian:图门满都拉}}先来的这边，打电话讲钨矿缺打眼的师傅，我就跟过来了。他前几年回去了，我留下来，在镇上吃米粉吃出了个堂客。
访谈者：孩子妈妈是本地人？
受访者：{{han:邝冬秀}}，瑶岗仙本地的，她屋里开米粉店，招牌就叫{{han:邝冬秀}}米粉。我受伤那年她守了半年，后来跟收废品的{{han:龚老四}}去了{{trap/place:惠州}}，离婚手续都是托人办的，两个伢子她都冇要。她弟弟{{han:邝满仓}}倒还认我这个姐夫，过年喊我们去他屋里吃饭。
访谈者：两个孩子多大了？
受访者：大的儿子{{minority/mongolian:斯钦朝克图}}，十二岁，在{{school:宜章县瑶岗仙镇中心小学六年级（2）班}}。上户口的时候派出所讲要有个姓，就跟了他妈，花名册上是{{minority/mongolian:邝斯钦朝克图}}，同学喊他{{minority/mongolian:小斯钦}}。小的女儿{{minority/mongolian:乌音嘎其其格}}，八岁，生下来眼睛就有白内障，做过两回手术，还是看不清黑板，在{{school:瑶岗仙镇中心小学二年级（3）班}}坐第一排。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:首丽华}}{{trap/word:首先}}找上门，讲两个伢子都能报困境儿童，每人每月{{trap/number:一千一百二十块}}，我又有低保。县残联的{{han:扶雪琴}}帮我跟女儿都办了残疾证，两项补贴都有。矿上工会的{{han:禹春林}}跑工伤认定跑了四个月，赔的钱我存起来给伢子读书。
访谈者：女儿的眼睛在哪里看？
受访者：{{trap/org:郴州市第一人民医院}}。眼科的{{compound:欧阳知楠}}医生讲要配助视器，{{compound:欧阳知楠}}又帮我们申请了{{trap/org:省残联}}的救助，一分钱冇要。护士{{han:易小燕}}每回都牵着妹崽去做检查。县社工站派了个{{compound:司徒若溪}}，每个礼拜来教妹崽用放大镜认字。
访谈者：儿子呢？
受访者：{{minority/mongolian:斯钦朝克图}}懂事，也犟。有同学笑他爸是独手，他跟人打了一架。班主任{{han:湛秋云}}老师喊我去学校，我以为要赔钱，{{han:湛秋云}}她倒先跟我讲对不起，讲是那个伢子先骂的人。后来跟他打架的{{han:廖梓骞}}反倒成了他最好的朋友，两个天天一起去河里摸螺蛳。
访谈者：您一只手，家里的事怎么弄？
受访者：慢慢学。一只手也能炒菜、拧毛巾，就是扎不了辫子。女儿的辫子是隔壁{{han:奉娭毑}}扎的，{{han:奉娭毑}}是瑶族，七十多了，天天端一碗{{trap/word:油茶}}过来，逼我喝，讲喝了有力气。工友{{han:曹满禄}}下了夜班也帮我去接伢子，他自己屋里三个，还顾得上我们。
访谈者：孩子们晚上谁管作业？
受访者：我管不了，汉字认得不多，写得比女儿还丑。儿子自己做，做完了念给妹妹听。妹崽眼睛不好，作业本上的字要写得有指甲盖那么大，老师专门给她印大字的卷子。晚上九点我喊他们睡，儿子偷偷打手电看书，我也就装没看见。
访谈者：老家还有人吗？
受访者：额吉{{minority/mongolian:哈达其木格}}在嘎查，七十三了，腿不好，来不了。哥哥放羊，每年入冬寄半只羊来，{{trap/minority_word:手把肉}}煮一锅，两个伢子抢着啃。我跟他们讲{{trap/famous:成吉思汗}}，{{minority/mongolian:小斯钦}}讲他晓得，历史书上有。
访谈者：想过回去吗？
受访者：想过。可女儿的眼睛要在郴州复查，伢子们也听不懂蒙古话了。我在这边十一年，辣椒都吃得了，冇得么子不惯的。现在矿上照顾我，让我在井口管灯房，一个月三千多，比下井少一半，可人在上面，心里踏实。
访谈者：登记信息请您说一下。
受访者：住{{address:宜章县瑶岗仙镇矿区生活区7栋3单元204}}，老家{{address:鄂托克旗乌兰镇巴音温都尔嘎查三社11号}}。我的身份证{{id_number@my1981hyphen.150624}}，女儿的{{id_number@wy2016fw.431022}}。我电话{{mobile@s74}}，{{han:首丽华}}的{{mobile@p86h}}。微信叫{{wechat:Galsan_Otog}}。儿子打游戏有个QQ，他背给我听是九位数：{{qq:７３０５２８１４６}}。
访谈者：表上名字写得对吗？
受访者：五花八门。低保表上我是{{spaced:嘎拉森　达来}}，学校写成{{spaced:邝 斯 钦 朝 克 图}}，残疾证上女儿是{{spaced:乌音嘎 其其格}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:乌音嘎}}的眼睛莫再差下去，盼{{minority/mongolian:斯钦朝克图}}考到郴州去读高中。我还有一只手，还能再做十年。
""")

# H1522: Kham Tibetan cook from 江达 (昌都) at a hot-spring resort in 热水镇 (汝城); his Yao wife from 延寿 has a
# psychiatric disability; three children, the youngest after heart surgery.
DOCS["H1522"] = ("family", """\
访谈者：您在温泉山庄的厨房做了几年？
受访者：六年了，山庄就叫{{han:何延寿}}温泉山庄，我在里面炒菜，也烤全羊。我叫{{minority/tibetan:呷绒邓珠}}，西藏{{trap/place:昌都}}{{trap/place:江达}}的。山庄里的人喊我{{minority/tibetan:阿邓}}，老板{{han:何延寿}}也跟着这么喊。老板这个名字跟{{trap/place:延寿}}那个乡一样，他讲他娘就是在那边生的他。
访谈者：怎么到汝城来的？
受访者：在{{trap/place:成都}}学厨的时候认得了我老婆{{han:盘水娇}}，她是{{trap/place:延寿瑶族乡}}的瑶族，在成都电子厂做工。她讲她屋里有温泉，冬天不冷，我就跟着她回来了。头两年在县城饭店打杂，后来厨师长{{han:钟国梁}}把我带到山庄，教我做客家菜，酿豆腐、{{trap/word:梅菜扣肉}}，我都会了。
访谈者：孩子妈妈现在身体怎么样？
受访者：生了老三以后就不对了，整夜不睡，一个人讲话，摔东西。{{trap/org:郴州市第二人民医院}}讲是精神分裂，二级精神残疾。吃药就好一点，药一停又犯。好的时候{{han:盘水娇}}能做一桌瑶家菜，还绣花，绣得比她妈还好。白天我上班，她妈{{han:盘七妹}}过来守着她，她哥{{han:盘五斤}}隔几天送一担柴来。
访谈者：她犯病的时候怎么办？
受访者：先把刀收起来，把门关上，不让她跑出去。她不打人，就是哭，一直讲有人要害她的孩子。我抱着她，用藏话给她唱歌，她听不懂，可慢慢就静下来了。有一回半夜她跑到河边，是大女儿追出去拉回来的，两个人一身水。后来我跟山庄请了一个礼拜假，天天守着，把药一颗一颗数好放在盒子里。
访谈者：三个孩子呢？
受访者：大的女儿{{minority/tibetan:贡秋卓嘎}}，十三，在{{school:汝城县第三中学七年级（4）班}}，住校。老二儿子{{minority/tibetan:贡布旺堆}}，十岁，户口跟他妈姓，学校里写的是{{minority/tibetan:盘贡布}}，在{{school:汝城县热水镇中心小学四年级（1）班}}。老三{{minority/tibetan:罗珠}}五岁，先天性心脏病，我们都喊他{{minority/tibetan:小罗珠}}。
访谈者：孩子的病治了吗？
受访者：去年在{{trap/org:湘雅二医院}}做了手术，主刀的教授叫{{compound:上官岚汐}}，讲手术成功，还要复查三年。钱是合作医疗报了一大半，剩下的是{{trap/org:汝城县慈善总会}}跟山庄的同事凑的，老板带头捐了五千。去长沙那几天，三个孩子放在邻居{{han:胡阿婆}}屋里，她一个人管了一个礼拜。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{han:叶春苗}}给三个孩子都报了困境儿童，我老婆有两项补贴。热水镇民政办的{{han:卢阳春}}来核过，{{han:卢阳春}}是从{{trap/place:卢阳镇}}调过来的，讲我们这种是重残家庭，孩子可以算。村支书{{han:叶德旺}}帮我们把老屋的电线换了，怕她犯病的时候出事。县社工站的{{compound:夏侯晚晴}}每个月来，陪我老婆去复诊，还跟大女儿谈心。
访谈者：大女儿怎么样？
受访者：{{minority/tibetan:贡秋}}懂事，礼拜五回来就洗衣服、做饭、给她妈梳头。班主任{{han:袁一帆}}老师讲她成绩前十，就是不爱讲话。有回她问我，阿爸，妈妈会不会好。我讲会的。她不信，我也不信。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:嘎玛央金}}在江达，我哥挖虫草，每年寄一包{{trap/minority_word:糌粑}}和风干牦牛肉。山庄里还有个{{trap/place:甘孜}}来的服务员{{minority/tibetan:呷玛拥宗}}，三个孩子都喊她{{minority/tibetan:拥宗姐}}，她教孩子们跳{{trap/minority_word:锅庄}}。
访谈者：孩子们会说藏话吗？
受访者：大的会一点，小的两个只会讲汝城话，还会几句瑶话，是外婆教的。我教他们念江达的山，他们念不准，笑成一团。过藏历年我做一桌菜，山庄的同事都来，孩子们最高兴。老板讲我做的牦牛肉干是山庄的招牌菜，给我涨了五百块。我晚上十点下班，回去还要洗一家人的衣服，两只手泡得发白。
访谈者：您一个人挣钱，够吗？
受访者：我一个月四千五，老婆的补贴、三个孩子的补助加起来两千多。房子是{{han:盘七妹}}的老屋，不要钱。山庄烧锅炉的{{han:温泉生}}是本地老倌子，名字跟{{trap/word:温泉}}就差一个字，见我忙不过来，就帮我去学校接老二。
访谈者：登记信息请您说一下。
受访者：住{{address:汝城县热水镇热水村河背组23号}}，老家{{address:江达县岩比乡岩比村三组6号}}。我身份证{{id_number@my1986spacedx.540321}}，小的{{id_number@my2020quad.431026}}。我电话{{mobile@plain}}，{{han:叶春苗}}的{{mobile@fws}}。微信{{wechat:wxid_lsjc7h2k9m}}。大女儿住校，用QQ跟我讲话，号码{{qq:45170283}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:呷 绒 邓 珠}}，学校写成{{spaced:盘 贡布}}，医院把小的写成{{spaced:罗　珠}}。
访谈者：最后想说什么？
受访者：等小的复查好了，想带一家人回江达看一回阿妈。{{han:盘水娇}}讲她也想看雪山，看了雪山，病兴许就好了。
""")

# H1523: Yi grandmother from 昭觉 in 梅田镇 (宜章) raising two grandchildren; her son died of silicosis after the coal
# mine and the brick kiln, the children's mother cannot be found.
DOCS["H1523"] = ("family", """\
访谈者：阿妈，您是从凉山过来的？
受访者：{{trap/place:昭觉}}的。我叫{{minority/yi:吉克曲莫}}，这边的人念不来，娃娃们都喊我{{minority/yi:曲莫婆婆}}。汉话我讲得不好，你慢慢问。
访谈者：怎么到宜章来了？
受访者：儿子{{minority/yi:马海日体}}十几年前跟老乡{{minority/yi:沙马伍各}}出来打工，在{{trap/org:梅田煤矿}}下井，后来又去砖厂。身份证上他叫{{han:马文军}}，砖厂老板{{han:梅田生}}就是{{trap/place:梅田}}本地人，也喊他{{han:马文军}}。四年前查出来尘肺，咳得睡不下，前年冬天走了，才三十四。
访谈者：尘肺有人管吗？
受访者：{{trap/org:郴州市职业病防治院}}的{{han:龙瑞芹}}医生给他查的，讲是三期。{{han:梅田生}}开始不认，讲他在煤矿就得了，跟砖厂没得关系。后来法律援助的律师帮我们打官司，他姓左丘，两个字的姓，我记不住，孙子记得，叫{{compound:左丘南星}}。赔了八万。钱我一分没动，存在孙子名下。
访谈者：孩子妈妈呢？
受访者：{{minority/yi:俄地史各}}，回{{trap/place:美姑}}去了，后来电话打不通，村里讲她去了新疆，找不到人。派出所{{han:欧所长}}帮着开了失联的证明。{{minority/yi:史各}}她也是苦命人，我不怪她。
访谈者：两个孙子多大？
受访者：大的孙子{{minority/yi:马海吉则}}，十一岁，学校写的{{minority/yi:马吉则}}，在{{school:宜章县梅田镇中心小学五年级（4）班}}。小的孙女{{minority/yi:马海依各}}，九岁，在{{school:梅田镇中心小学三年级（2）班}}。我喊她{{minority/yi:依各}}，她同学跟着喊{{minority/yi:各各}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:义春燕}}，她{{trap/word:义务}}帮我跑了半年，两个娃娃报了事实无人抚养，每人每月{{trap/number:一千二百六}}。镇民政办的{{han:曹友良}}帮我开证明，县民政局的人来家里看过两回才批下来。昭觉那边的村干部打电话来，讲户口可以迁过来。房东{{han:彭满爹}}听讲我们的事，房租一年只收一千。
访谈者：孩子们在学校怎么样？
受访者：班主任是{{han:邝正}}老师，男的。我去学校那天，{{han:邝正}}正在给{{minority/yi:吉则}}补数学。他讲孙子聪明，就是上课打瞌睡，晚上要帮我喂猪。社工{{compound:诸葛青砚}}每个礼拜来，教孙女念拼音，我也跟着学。
访谈者：您身体怎么样？
受访者：腰痛，眼睛也花了。一个月{{trap/number:三百多}}的药钱，医保报一半。隔壁的{{han:黄又兰}}又送了一袋米来，她讲一个老人两个娃娃，吃不完的米留着。她男人{{han:谭树根}}帮我把猪圈修好了。
访谈者：您一个人带两个娃娃，一天怎么过？
受访者：天不亮起来煮饭，送娃娃上学，回来喂猪、种菜。下午去砖厂捡碎砖，一车卖几块钱。晚上娃娃做作业，我坐在旁边缝衣服，他们念的我听不懂，就看着。星期天我带他们上山挖野菜，孙女认得的比我还多，都是学校老师教的。
访谈者：您在这边习惯吗？
受访者：开始不习惯。这边热，蚊子多，我身上咬得都是包。他们炒菜放辣椒，我们彝族煮肉只放盐。现在也惯了，邻居教我腌酸菜、做米粉。话不通最难，去医院、去学校都要孙子翻译。在街上人家跟我讲话，我只会笑。娃娃们在屋里讲彝话，出了门就不讲，怕同学笑。我跟孙子讲，笑啥子，你是马海家的人，这是好家支，莫丢了。
访谈者：您想老家吗？
受访者：想。{{trap/minority_word:火把节}}的时候，昭觉满山都是火。这边没有，我就在院子里点一把，煮一锅{{trap/minority_word:坨坨肉}}，给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事。老乡在郴州开火锅店，每个月来看我们，带{{trap/minority_word:苦荞}}茶来。
访谈者：孙子孙女跟您亲吗？
受访者：亲。孙女晚上要挨着我睡，摸着我的耳环才睡得着。孙子大了，不肯讲心里话，可我咳一声，他就起来给我倒水。去年我住院三天，两个娃娃自己煮饭、自己上学，{{han:义春燕}}每天去看一回。回来我看见灶上的锅烧黑了，心疼得哭。
访谈者：孩子爸爸的事，他们知道吗？
受访者：大的知道，他守着他爸走的。他讲长大了不下井，要当医生，治他爸那个病。小的问我阿爸去哪里了，我讲去了祖先住的地方，{{trap/minority_word:毕摩}}送他去的。
访谈者：登记信息请您说一下。
受访者：住{{address:宜章县梅田镇新村社区竹山下组14号}}，老家{{address:昭觉县竹核乡木渣洛村二组8号}}。我身份证{{id_number@wold.513431}}，孙女的{{id_number@wy2016tri.513431}}。我电话{{mobile@h38}}，{{han:义春燕}}的{{mobile@plus86}}。她的微信{{wechat:yichunyan-mt}}。孙子有个QQ，是他舅舅帮他申请的：{{qq:3058716429}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:吉 克 曲 莫}}，孙子写成{{spaced:马海　吉则}}，孙女写成{{spaced:马 依各}}。
访谈者：您最盼什么？
受访者：盼两个娃娃把书读出来，莫像他爸，一辈子在地底下。
访谈者：这些年最感谢谁？
受访者：感谢的人多，头一个是{{han:义春燕}}
""")

# H1524: Kazakh mother from 特克斯 with a kebab stall in 热水镇 (汝城); her Han husband, an ex-soldier, was
# paralysed in a fall from a scaffold.
DOCS["H1524"] = ("family", """\
访谈者：大姐，您这个烤肉摊在热水镇摆了多久？
受访者：五年多了。招牌上写的是{{minority/kazakh:阿勒腾娜依}}烤肉，来泡温泉的游客都认得。我全名{{minority/kazakh:阿勒腾娜依·吐尔洪}}，新疆{{trap/place:特克斯}}的，就是那个{{trap/place:八卦城}}。这边的人喊我{{minority/kazakh:娜依妹}}。
访谈者：怎么嫁到汝城来的？
受访者：我男人{{han:兰文明}}在特克斯当兵，退伍前认得的。他老家在{{trap/place:文明瑶族乡}}，名字就是照着乡名起的。他讲南方冬天有太阳，我就跟过来了，一晃十二年。
访谈者：他现在怎么样？
受访者：三年前在县城工地上从架子上摔下来，腰断了，下半身没知觉，一级肢体残疾。包工头{{han:何长贵}}跑了，医药费一分没给，后来是法院判的，到现在也只拿回来一半。{{han:兰文明}}他以前多要强的人，现在天天躺着，不讲话。公公{{han:兰阿公}}七十了，白天帮我看摊子。
访谈者：孩子呢？
受访者：两个。儿子{{minority/kazakh:别克扎特}}，十岁，户口上是{{minority/kazakh:兰别克扎特}}，在{{school:汝城县热水镇中心小学四年级（1）班}}，我们在屋里喊他{{minority/kazakh:扎扎}}。女儿{{minority/kazakh:阿克波塔}}，七岁，学名{{han:兰思雨}}，在{{school:热水镇中心小学一年级（2）班}}，我喊她{{minority/kazakh:塔塔}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:叶春苗}}给两个孩子报了困境儿童，男人有两项补贴，家里有低保。县残联的{{han:朱德芳}}上门评的残，推了一辆轮椅来。县社工站的{{compound:皇甫思齐}}每礼拜来，陪他做康复，教他自己翻身。儿子的班主任{{han:宋晓棠}}老师上门来过三回，给儿子补课不收钱。
访谈者：表格都是您填的吗？
受访者：我汉字认得少，名字各写各的。低保表上是{{minority/kazakh:阿勒腾娜依・吐尔洪}}，银行卡上是{{minority/kazakh:阿勒腾娜依.吐尔洪}}，学校家长栏干脆连起来写{{minority/kazakh:阿勒腾娜依吐尔洪}}，医院打出来的是{{minority/kazakh:阿勒腾娜依‧吐尔洪}}。我都认，反正是我。
访谈者：摆摊辛苦吗？
受访者：辛苦。下午三点生炭，一直烤到夜里十二点，烟熏得眼睛疼。旁边卖米豆腐的{{han:宋七娥}}帮我看着孩子写作业，城管{{han:官队长}}也照顾，让我把摊子摆在路口。冬天游客多，一晚上能卖五六百串。
访谈者：他在屋里一个人行吗？
受访者：不行也得行。早上我给他擦身子、换尿垫，把水杯、手机、药放在床边，摊子收了再回来翻身。他最怕生褥疮，去年生过一回，烂到骨头，县医院的护士{{compound:公良若水}}上门换了一个月的药。现在两个钟头翻一次身，我设了闹钟，夜里也起来。
访谈者：出事以后家里的车呢？
受访者：他出事前开一辆二手{{trap/word:五菱}}面包车跑货，出事以后车卖了，三万块，全给他做了手术。现在出门就靠{{han:兰阿公}}那辆三轮车，送孩子、拉炭、拉肉，都是它。
访谈者：孩子们懂事吗？
受访者：懂事。儿子放学就来摊子上穿肉串，女儿给客人递纸巾。儿子讲长大要当医生，给他爸治腰。老师讲他作文写得好，写的就是我这个烤肉摊。刚上学的时候有同学笑他是新疆来的，讲他头发卷。{{han:宋晓棠}}老师开了个班会，让他讲新疆的雪山和马，讲完了同学都围着他问，现在他在班上人缘最好。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/kazakh:卡丽玛什}}在特克斯，我弟{{minority/kazakh:努尔别克‧吐尔洪}}在{{trap/place:喀拉峻}}放马，每年寄一箱{{trap/minority_word:熏马肉}}和{{trap/minority_word:包尔萨克}}。在长沙开餐厅的老乡过年来，弹着琴唱{{trap/minority_word:黑走马}}，{{han:兰文明}}听着听着就哭了。
访谈者：钱够用吗？
受访者：不够也要够。补助加低保一个月两千出头，男人的药、孩子的书，一分一分算着用。{{han:兰阿公}}讲，新疆媳妇比本地的还吃得苦。
访谈者：想过回新疆吗？
受访者：想过。刚出事那年，我阿妈在电话里讲，带着孩子回来吧。可我回去了，他怎么办？孩子们是在这边长大的，讲的是汝城话，特克斯冬天零下三十度，他们受不了。我跟他们讲哈萨克话，他们用汉话回我。女儿会唱我教的摇篮曲，唱给她爸听，她爸就笑。我就跟自己讲，这里也是家。
访谈者：登记信息请您说一下。
受访者：住{{address:汝城县热水镇热水村新屋组5号}}，娘家{{address:特克斯县乔拉克铁热克镇阔布村二组19号}}。我身份证{{id_number@wy1988fwhyphen.654027}}，儿子的{{id_number@my2015hyphen.431026}}。我电话{{mobile@plus86dash}}。微信{{wechat:Altynai_Tekes88}}。儿子有个QQ，七位数，他舅舅给的老号：{{qq:8806413}}。
访谈者：名字还有写错的吗？
受访者：有。学校把儿子写成{{spaced:兰 别克扎特}}，社工的本子上我是{{spaced:阿　勒　腾　娜　依　·　吐　尔　洪}}，我弟写成{{spaced:努尔别克 吐尔洪}}。
访谈者：您最盼什么？
受访者：盼{{han:兰文明}}能坐起来，跟我一起出摊。
""")

# H1525: Yao 儿童主任 of 上塘村 in 莽山瑶族乡 (宜章) going through her list.
DOCS["H1525"] = ("staff", """\
访谈者：主任，听说您是瑶族？
受访者：是，过山瑶。我叫{{han:沈满凤}}，在{{trap/place:莽山瑶族乡}}上塘村当儿童主任第四年了。村里一百九十多户，散在三条山冲里，最远的一户走路要一个钟头。困境儿童九个，我手机里做了个表，一个一个跟你讲。
访谈者：好。
受访者：头一个{{han:奉得胜}}，男，十二岁，爸妈离婚，各自又成了家，哪个都不要他，跟着嗲嗲{{han:奉六公}}过。{{han:奉得胜}}得过县里作文二等奖，写的就是他嗲嗲。{{han:奉六公}}讲，养孙子不算{{trap/word:奉献}}，是本分。孩子在{{school:莽山瑶族乡中心小学六年级（1）班}}，报的事实无人抚养。
访谈者：第二个呢？
受访者：{{minority/yi:沙马依呷}}，女，八岁。她爸{{minority/yi:沙马拉博}}是{{trap/place:大凉山}}来茶场做工的彝族，跟人打架伤了人，判了五年，关在{{trap/org:赤山监狱}}。她妈是我们村的{{han:赵二妹}}，走了，电话也不通。孩子跟外婆{{han:赵银翠}}过，花名册上改跟外婆姓，叫{{minority/yi:赵依呷}}，在{{school:莽山瑶族乡中心小学二年级（1）班}}。服刑人员子女补助一个月{{trap/number:九百八十元}}。外婆不识字，孩子不爱讲话，老师讲她上课一句话都不讲。她爸每个月能打一回亲情电话，打来了她也只讲“嗯”。
访谈者：第三个？
受访者：藏族媳妇{{minority/tibetan:旦增曲宗}}家。她是{{trap/place:日喀则}}人，在{{trap/place:东莞}}厂里认得我们村的{{han:邓石保}}，嫁过来的。前年她男人上山挖冬笋，被{{trap/word:莽山烙铁头}}咬了，没救过来。两个伢子，大的{{minority/tibetan:邓索朗}}九岁，小的耳朵听不见。村里人喊她{{minority/tibetan:曲宗嫂}}，一个人种茶、带伢子，从来不哭穷。大的用他妈手机上QQ，号码{{qq:61730294}}。
访谈者：还有谁？
受访者：{{han:于再兴}}，七十四，带孙女{{han:于小芽}}，孙女孤独症，她爸妈在广东不管。{{han:于再兴}}再三跟我讲，他走了孙女怎么办，{{trap/word:于是}}我跟残联的{{han:扶雪琴}}讲了，她帮着报了康复救助。再一户是两兄妹，{{han:唐石生}}跟{{han:唐山妹}}，爸爸在{{trap/place:唐山}}钢厂出事走的，妹子就是那年生的，她妈{{han:黄四娇}}给她起名{{han:唐山妹}}，讲记着她爸。
访谈者：孩子们上初中以后呢？
受访者：{{han:奉得胜}}就要上初中了，要到县城住校。{{han:奉六公}}还舍不得，讲他走了屋里就剩自己一个。我跟他讲，伢子要读书，你要放手。开学那天我陪他们去，给伢子买了一床新棉被。
访谈者：这些孩子平时谁陪？
受访者：乡社工站的{{compound:诸葛青砚}}每个月来一回，陪彝族那个妹子画画，画里都是大山和一个男的。县里派来支教的{{minority/mongolian:哈斯格日乐}}老师是蒙古族，{{trap/place:赤峰}}人，礼拜三给伢子们上美术课，伢子们都喊{{minority/mongolian:哈老师}}。还有个大学生志愿者叫{{compound:钟离雪棠}}，暑假来教游泳。乡卫生院的{{compound:端木槿初}}每学期来给伢子们体检。
访谈者：您做这个有补贴吗？
受访者：一个月三百。跑一趟县里来回四十块车费，有时候还倒贴。村支书{{han:蒲支书}}讲，这是积德的事。我男人{{han:赵细满}}开始有意见，后来他也帮我跑腿，下雨天骑摩托送我进山冲。
访谈者：平时怎么走访？
受访者：一个月每户至少去一回，看伢子吃得怎么样，床上有没有被子，作业做了没有。山里信号不好，打不通我就直接走过去。去年冬天下冻雨，我在路上摔了一跤，膝盖肿了半个月，还是我男人背我下的山。
访谈者：村里人怎么看这些孩子？
受访者：大多数是好的，哪家杀了猪，都会给这几家送一块。也有讲闲话的，讲那个伢子的爸是坐牢的，莫跟他玩。我就去那家坐，跟他们讲，伢子有什么错？讲多了，也就不讲了。我们瑶族有句老话，一家有难，一寨来帮。
访谈者：您自己家里呢？
受访者：两个女儿，大的在长沙读大专，小的在乡里读初中。我当这个儿童主任，一半时间在外面跑，屋里的事男人做得多。女儿讲，妈妈你对别家伢子比对我还好。我讲，你们有爸有妈，他们没有。
访谈者：这几年有什么变化？
受访者：变化大。以前补助要一层一层报，半年才批下来，现在网上录，一个月就到账。路也修通了，摩托车能开到门口。就是年轻人都出去了，留下老的小的，伢子的事一年比一年多。
访谈者：登记信息请您说一下。
受访者：{{han:奉六公}}住{{address:宜章县莽山瑶族乡上塘村坳背组9号}}。{{minority/yi:赵依呷}}的身份证{{id_number@wy2017quad.431022}}。他嗲嗲的电话{{mobile@s38}}，我的{{mobile@p86n}}。我微信{{wechat:shenmf_mangshan}}。奉家那个伢子的QQ是{{qq:9302715}}。
访谈者：表上的名字写得对吗？
受访者：错的多。有张表写的{{spaced:沙 马 依 呷}}，还有{{spaced:奉　得胜}}、{{spaced:旦 增 曲 宗}}、{{spaced:唐 山妹}}。
访谈者：您最想说什么？
受访者：伢子们缺的不是钱，是有人问一句，今天吃饭了没有。
""")

# H1526: officer of the 宜章 county disabled persons' federation on disabled children and disabled parents.
DOCS["H1526"] = ("staff", """\
访谈者：{{han:扶主任}}，您在残联具体管什么？
受访者：康复和两项补贴。我叫{{han:扶雪琴}}，姓扶，{{trap/word:扶贫}}的扶，在{{trap/org:宜章县残疾人联合会}}干了十五年。办公室就在{{trap/org:湘南起义纪念馆}}隔壁，天天听讲解员讲{{trap/famous:朱德}}、{{trap/famous:陈毅}}。
访谈者：困境儿童里残疾的多吗？
受访者：多。一种是伢子自己残疾，一种是爸妈残疾。你问的几户我都带来了。头一户，瑶岗仙那个蒙古族师傅{{minority/mongolian:嘎拉森达来}}，独手，三级肢体；女儿低视力，二级。父女两个两项补贴都有，他开始还不肯要，讲他能做事，是{{han:首丽华}}跟我两个做了半天工作他才签的字。
访谈者：第二户呢？
受访者：{{han:阳一诺}}，七岁，孤独症。妈妈{{han:资秀梅}}一个人带，在{{trap/place:玉溪镇}}超市做收银，爸爸{{han:阳建波}}跑了，电话换了号。我们用残疾儿童康复{{trap/word:资助}}送{{han:阳一诺}}去{{trap/org:郴州市残疾人康复中心}}训练，一年一万四。康复中心的{{compound:南宫沐阳}}老师讲，孩子会喊妈妈了，孩子妈妈在电话里哭。今年秋天他进了{{school:宜章县特殊教育学校一年级（1）班}}，{{han:虞校长}}亲自带他认教室。我同事{{han:阳光荣}}每个月去看一回，讲跟孩子同姓，算本家。县里的{{trap/org:阳光家园}}项目也给她报了。
访谈者：还有吗？
受访者：{{trap/place:杨梅山}}砖厂有个彝族工人{{minority/yi:阿库伍果}}，去年右腿被压砖机压断，截了。老婆{{minority/yi:吉伍莫色}}在砖厂烧火，儿子九岁。评残那天他汉话讲不清，是他老乡来翻译的。砖厂老板{{han:邓国栋}}赔了钱，还让他在门口看秤。
访谈者：彝族那家的孩子怎么样？
受访者：懂事，放学就推着他爸去砖厂门口。他爸讲，伢子比他强，会讲汉话，还能给他念药瓶上的字。我们给这个伢子也报了困境儿童，重残家庭的孩子，每月有补助。{{minority/yi:吉伍莫色}}硬要塞给我一只鸡，我没要，她就把鸡放在我车上。
访谈者：莽山那边呢？
受访者：藏族媳妇的小儿子{{minority/tibetan:嘎玛拉巴}}，两岁多才发现听不见，去年装了人工耳蜗，省里的项目，不要钱。现在会喊阿妈了，他妈抱着我哭。还有个瑶族妹子{{han:曾立夏}}，十岁，脑瘫，走路要人扶。她生在{{trap/word:立夏}}那天，她嗲嗲就起了这个名。{{han:曾立夏}}却是最爱笑的，见人就喊阿姨。
访谈者：补贴怎么发？
受访者：困难残疾人生活补贴每月{{trap/number:八十五块}}，重度护理补贴{{trap/number:一百一十块}}，打到一卡通。不多，可对这些屋里是救命钱。我们还做无障碍改造，彝族那家屋里的厕所就是去年改的，县社工站的{{compound:濮阳冬青}}盯的工。{{compound:濮阳冬青}}老家不在{{trap/place:濮阳}}，是我们宜章{{trap/place:笆篱}}的。
访谈者：这些伢子是怎么发现的？
受访者：一靠筛查，零到六岁的伢子，乡卫生院每年查一回听力视力。二靠儿童主任报，{{han:沈满凤}}、{{han:首丽华}}她们报上来的最多。三靠学校，老师发现伢子看不清、听不见，就打电话给我。去年{{han:湛秋云}}老师一个学期报了四个。
访谈者：康复训练家长跟得上吗？
受访者：难。孤独症的伢子要天天练，康复中心一个礼拜去三回，剩下的要家长在屋里做。孩子妈妈白天上班，晚上回来还要跟着视频一个动作一个动作教，有时候练到十一点。她跟我讲，{{han:扶姐}}，我快撑不住了。我就陪她坐一会儿，也没得别的办法。
访谈者：两项补贴多少人拿？
受访者：全县困难残疾人生活补贴四千多人，重度护理补贴五千多人，每年年底复核一遍，走了的、迁走的要停，新评的要加。复核的时候我们一个乡一个乡跑，一户一户看。有的老人一辈子没出过山，见了我们就拉着手不放。
访谈者：最难的是什么？
受访者：一是发现晚。山里的伢子听不见，屋里以为是笨，拖到上学才晓得。二是人手少，全县一万多残疾人，我们科四个人，{{han:阳光荣}}讲我们是救火队。再一个，有的家长不肯评残，怕伢子被人看不起。我跟他们讲，残疾证不是丢人的证，是伢子的饭碗。
访谈者：登记信息您方便说吗？
受访者：{{han:资秀梅}}住{{address:宜章县玉溪镇城南社区建设路41号}}，{{han:阳一诺}}的身份证{{id_number@my2018fwspaced.431022}}。{{minority/yi:阿库伍果}}住{{address:宜章县杨梅山镇砖厂宿舍2栋108}}，身份证{{id_number@my1979quad.513436}}。{{han:资秀梅}}的电话{{mobile@fullwidth}}，微信{{wechat:zxm-yizhang0731}}。我办公室的电话{{mobile@spaced}}，我微信{{wechat:yzcl_fuxueqin}}，我们科的工作QQ是{{qq:2840173956}}。
访谈者：系统里的名字有写错的吗？
受访者：有。把{{spaced:阿 库 伍 果}}一字一空，把{{spaced:阳 一诺}}拆开，{{spaced:资　秀　梅}}也是，还有把{{spaced:濮阳　冬青}}拆成两截的。
访谈者：最后想说什么？
受访者：残疾的伢子，早发现一天，就多一分指望。
""")

# H1527: head teacher of 四年级（1）班 at the 热水镇 central primary school (汝城) on the five children in distress in
# her class.
DOCS["H1527"] = ("staff", """\
访谈者：老师，您带这个班几年了？
受访者：从一年级带到四年级。我叫{{han:宋晓棠}}，是{{school:汝城县热水镇中心小学四年级（1）班}}的班主任，教语文。全班四十一个细人子，困境儿童五个，还有十几个留守的。
访谈者：能说说这五个孩子吗？
受访者：可以，名字你们回去要换掉的。一个是{{minority/tibetan:盘贡布}}，藏族爸爸，瑶族妈妈，妈妈有精神病。他原名{{minority/tibetan:贡布旺堆}}，班上都喊他{{minority/tibetan:小贡布}}，跑步全校第一，就是作业拖拉。他爸在温泉山庄做厨师，开家长会总是系着围裙来。
受访者：第二个是{{minority/kazakh:兰别克扎特}}，妈妈是哈萨克族，爸爸从架子上摔下来瘫了。我喊他{{minority/kazakh:扎特}}，他妈在屋里喊他{{minority/kazakh:扎扎}}，同学听到了也跟着喊。他作文写他妈的烤肉摊，题目就叫“{{minority/kazakh:阿勒腾娜依}}烤肉”，得了镇里一等奖。
访谈者：第三个呢？
受访者：{{han:侯正阳}}，爸爸{{han:侯国富}}在{{trap/org:郴州监狱}}服刑，妈妈在深圳打工，跟着奶奶{{han:何观娣}}。有同学讲他爸是劳改犯，{{han:侯正阳}}便一拳打过去。我没罚他，让他跟我一起出黑板报，他字写得好。数学老师{{han:叶秋萍}}每天放学给他补半个钟头。
受访者：第四个是孤儿，{{han:钟禾香}}，爸妈前年在{{trap/place:京港澳高速}}上出车祸，都走了，跟大伯{{han:钟有财}}过。孤儿基本生活费每月{{trap/number:一千五百九}}。{{han:钟禾香}}作业最工整，就是一到下雨天就发呆。有回她在学校流鼻血止不住，我打电话去问{{han:问秋生}}，他是延寿那边的村医，以前给她家看过病。大伯母{{han:朱春莲}}待她跟亲生的一样。
受访者：第五个{{han:胡可乐}}，妈妈智力残疾，爸爸{{han:胡满堂}}六十多了，在镇上扫街。他最爱喝{{trap/word:可乐}}，同学就拿名字笑他，他也笑。
访谈者：这几个孩子之间处得怎么样？
受访者：好。{{minority/tibetan:小贡布}}和{{minority/kazakh:扎特}}是同桌，一个藏族一个哈萨克族，两个人都会跳舞，六一节上台跳了一段锅庄，又跳了一段黑走马，全校都鼓掌。{{han:胡可乐}}也跟着上去乱跳，被{{han:侯正阳}}拉下来了。{{han:钟禾香}}才不凑热闹，坐在台下给他们拍手。
访谈者：学校还有谁在帮他们？
受访者：心理老师{{compound:宗政知夏}}每礼拜给他们上一节团辅课，音乐老师{{compound:澹台一苇}}教这几个伢子唱歌，县教育局的{{compound:轩辕启明}}来督导过两回。校长{{han:卢振湘}}给五个孩子都免了午餐费。上个月带全班去{{trap/place:沙洲村}}，讲{{trap/famous:徐解秀}}半条被子的故事，有个孩子听哭了。
访谈者：您平时怎么跟家长联系？
受访者：班级微信群，还有电话。{{minority/kazakh:阿勒腾娜依}}汉字认得少，我就发语音给她。{{minority/tibetan:呷绒邓珠}}用QQ多，他的号是{{qq:593028174}}。他奶奶不会用手机，我每个礼拜上门一回。
访谈者：留守的孩子多吗？
受访者：多，一个班十几个，爸妈都在广东、福建打工。平时跟爷爷奶奶，作业没人管，手机倒是人手一个。学校每个礼拜三下午有“亲情视频”，在电脑室里跟爸妈视频半个钟头，有的孩子一看见妈妈就哭，有的一句话都不讲。每个困境儿童还配了一个“代理家长”，是学校的老师，一对一，过生日给他们买蛋糕。食堂的阿姨也晓得是哪几个，打菜的时候多给一勺。
访谈者：这些孩子跟别的孩子有什么不一样？
受访者：敏感。你表扬别人一句，他们会想是不是在讲自己不好。开家长会最难，别的孩子爸妈都来了，他们的座位空着，或者是爷爷奶奶坐在那里打瞌睡。我现在开家长会分开开，先开留守和困境的，一个一个跟老人讲，讲到他们听懂为止。
访谈者：家访的地址您记得吗？
受访者：记得。{{han:钟有财}}住{{address:汝城县热水镇高滩村石桥组31号}}。{{han:钟禾香}}的身份证是{{id_number@wy2015hyphenx.431026}}。我的电话{{mobile@s434}}，微信{{wechat:songxiaotang_rs4}}。
访谈者：学校系统里的名字对吗？
受访者：不全对。有的把{{spaced:兰 别 克 扎 特}}一个字一个字分开，{{spaced:侯　正阳}}也是，还有{{spaced:钟 禾 香}}，连心理老师都被写成{{spaced:宗 政 知 夏}}。
访谈者：您做班主任累吗？
受访者：累，也舍不得。这些伢子从一年级跟到现在，哪个爱哭、哪个怕黑、哪个早上不吃饭，我都晓得。我自己的女儿在县城读书，一个礼拜见一回，她讲妈妈你是别人的妈妈。我听了心里难过，可这些孩子更需要人。
访谈者：您最担心什么？
受访者：担心他们上了初中没人盯。我能管四年，管不了一辈子。上了初中要住校，一个礼拜回一次，没人看着作业，没人问他们吃饱没有。我跟那个打架的伢子讲，你爸的事不是你的事，你管好你自己。
""")

# H1528: Han village doctor of 延寿瑶族乡 (汝城) on the children he looks after.
DOCS["H1528"] = ("staff", """\
访谈者：医生，您在这个村卫生室多少年了？
受访者：二十六年。我姓问，{{trap/word:问路}}的问，叫{{han:问秋生}}，{{trap/place:延寿瑶族乡}}官亨村的村医。这个姓少，山里人头疼脑热都讲去问{{han:问秋生}}，外头人听了还以为是问问秋天的事。我爸{{han:问德明}}以前是赤脚医生，我是跟他学的，后来去{{trap/org:郴州卫校}}读了两年。村里人都管这里叫{{han:问秋生}}诊所。
访谈者：村里困境儿童多吗？
受访者：七个。我管得最多的是{{han:盘禾苗}}，女，九岁，重型地中海贫血，一个月要去{{trap/org:汝城县人民医院}}输一回血，排铁的药一天不能停。她爸{{han:盘石养}}在{{trap/place:广州}}工地上，妈妈{{han:赵细凤}}在屋里带她。两口子都是携带者，生她之前不晓得。名字是她阿公起的，讲{{trap/word:禾苗}}见风就长。
访谈者：这种病平时要注意什么？
受访者：怕感冒，怕累，脸色一黄就要去输血。我每个礼拜去她屋里一回，看看脸色，量量体温，问问吃药了没有。排铁的药是针，要打在肚皮上，一打八个钟头，孩子晚上睡觉都背着泵。她从来不哭，讲习惯了。
访谈者：{{han:盘禾苗}}上学怎么样？
受访者：读三年级，在{{school:延寿瑶族乡中心小学三年级（2）班}}。老师晓得她的病，体育课不让她上，她就坐在旁边帮老师记分。{{han:盘禾苗}}都懂，从来不闹，成绩还是班上前三。
访谈者：她算困境儿童？
受访者：算，重病儿童。{{han:赵细凤}}讲，一年光药费就两三万，合作医疗报了还要自己出一万多。村里儿童主任{{han:冯翠娥}}给她报了困境儿童，每月{{trap/number:六百八}}，又申请了大病救助。县医院血液科的{{han:袁碧荷}}医生讲，能做骨髓移植就好了，可配型难，钱也难。
访谈者：还有哪些孩子？
受访者：{{han:冯灶生}}，六岁，前年冬天跌进火塘，脸上手上都烧了，我们都喊他{{han:灶崽}}。他嗲嗲{{han:冯老满}}背着他跑了十里山路到我这里，我包好了又送去{{trap/org:湘雅医院}}。植了三回皮，钱是{{trap/org:中华少年儿童慈善救助基金会}}出的。他爸妈在外面，一年回一次，{{han:灶崽}}跟着嗲嗲过。
访谈者：{{han:灶崽}}现在怎么样？
受访者：脸上的疤还在，手指有两根伸不直，要做康复。他怕照镜子，屋里的镜子都被他嗲嗲收起来了。上学的时候有伢子喊他丑八怪，{{han:冯老满}}就要去找人家屋里，我把他劝住了。我跟伢子讲，疤是你勇敢的记号，他信了，现在别人问，他就讲是跟火打过一架。
访谈者：这些孩子的事您怎么都管？
受访者：山里就我一个医生。{{han:盘七妹}}家的外孙心脏做过手术，跟他妈{{han:盘水娇}}回娘家的时候，我帮着听听心音。他爸{{minority/tibetan:呷绒邓珠}}老实，每回来都提一块腊肉。去年修通村公路，村口住了几家彝族民工，有个娃娃{{minority/yi:吉克木果}}出水痘发高烧，他爸{{minority/yi:吉克日洛}}半夜来敲门，我跟他讲话全靠比划。
访谈者：乡里有人来帮吗？
受访者：乡卫生院的{{compound:申屠青禾}}每季度来给伢子们体检，驻村工作队有个{{compound:司空晚照}}，帮那个贫血的妹子在网上筹过钱。这种事在山里{{trap/word:司空见惯}}，可她是真上心。社工{{compound:梁丘一禾}}每个月带伢子们画画。
访谈者：村里过节热闹吗？
受访者：热闹。{{trap/minority_word:盘王节}}的时候跳{{trap/minority_word:长鼓舞}}，{{han:灶崽}}不敢出门，怕人看他的脸。{{han:冯翠娥}}让他戴上面具去跳，他跳得最起劲，跳完了把面具一揭，笑得牙都露出来了。
访谈者：村卫生室条件怎么样？
受访者：比以前好多了。前几年新盖了两间房，有了冰箱放疫苗，有了电脑报医保。可药品种少，大的病看不了，只能往乡里、县里送。山里路远，一个急病送出去要两个钟头，我最怕的就是半夜来敲门。疫苗我每个月集中打一回，哪家没来我就上门去。以前老人不信，讲打针会把伢子打坏，有一年别的乡出了麻疹，我们村一个都没有，老人才晓得疫苗的好处。
访谈者：您自己家里呢？
受访者：老婆{{han:朱桂娥}}在卫生室帮我抓药，儿子在长沙读护理，讲毕业了回来。我不敢信，山里留不住年轻人。他讲要回来，我就先把卫生室的屋顶补好，等他。
访谈者：登记信息请您说一下。
受访者：{{han:盘禾苗}}家在{{address:汝城县延寿瑶族乡官亨村竹坑组12号}}。{{han:盘禾苗}}的身份证{{id_number@wy2016spaced.431026}}。我电话{{mobile@plus86}}。我微信{{wechat:wenqiusheng_ys}}，{{han:冯翠娥}}的QQ是{{qq:１６８２０４７３５}}。
访谈者：表上名字写对了吗？
受访者：没全对。有张表写成{{spaced:盘 禾 苗}}，{{spaced:司 空 晚 照}}，{{spaced:冯　灶生}}。
访谈者：最后想说什么？
受访者：山里的伢子病了，头一个找的是村医。我老了，盼有年轻人来接我的班。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS,
          first=1521, trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout193",))


if __name__ == "__main__":
    main()
