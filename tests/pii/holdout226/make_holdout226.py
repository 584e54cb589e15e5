# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 226 (tests/pii/holdout226/H1793-H1800 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the build
asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name in
names.csv, and that no trap string was gold in an earlier set; set 227, written at the same time, is not an earlier
set).

Set 226 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 洞头 (the island
district of Wenzhou, joined to the mainland by a causeway: fishing boats, seaweed farms, guesthouses) and 永嘉 (the
楠溪江 county of old clan villages and button and valve workshops): a Uyghur mother from 墨玉 in 霓屿, widow of a Han
fisherman lost at sea, cutting seaweed and raising a daughter and a son with her Wenzhounese mother-in-law; a Kham
Tibetan grandfather from 德格 in 岩头镇, sewing buttons at home and raising two grandchildren, their mother in a
psychiatric hospital and their Han father gone from his debts; a Kazakh father from 特克斯 who lost three fingers on
a press in a 瓯北 valve factory, his wife gone back to 伊犁; a Mongolian mother from 新巴尔虎左旗 cleaning rooms in a
东岙 guesthouse, her Han husband in prison for smuggling diesel; the Han 儿童主任 of the island village 下社村
reading out her list; a Han clerk of the children's welfare desk of the 洞头 civil-affairs bureau; a Han class
teacher of the township school of 岩头镇; and the Han head of the assembly workshop of a 瓯北 valve factory. Han
families (the Minnan- and Wenzhounese-speaking fishing families of the islands, button and valve families of 永嘉)
are told about by the four front-line speakers.

What it stresses, in a mix rather than one trick: Uyghur and Kazakh given name + father's name with the dot
(赛娜瓦尔·吐尔洪, 吾拉孜别克·哈布勒), the one-dot leader ‧ of an ID card (赛娜瓦尔‧吐尔洪), the katakana middle dot
・ of a factory badge (吾拉孜别克・哈布勒), a full stop (阿布都克里木.吐尔洪, 赛娜瓦尔.吐尔洪), no dot
(珠勒德孜吾拉孜别克, 赛娜瓦尔吐尔洪) and spaced dots (珠勒德孜 · 吾拉孜别克, 赛 娜 瓦 尔 · 吐 尔 洪); a Han surname
before a non-Han given name (颜木开热姆, 厉泽翁, 吴巴兰 with a surname added by a teacher from the father's name,
万额尔登布和, 蔡央金 after the mother); forms of address made from non-Han names that look like a Han surname and a
prefix (老丁 from 丁真曲批, 小萨 and 萨姐 from 萨如拉格日勒, 小夏 from 夏热甫丁, 小翁 from 呷绒泽翁) or are short
forms and pet forms (阿赛, 木开, 翁翁, 小德吉, 小珠, 小乌仁, 吾哥, 宝力道吉); Han names with ordinary-word and
grammar-word surnames and given characters right before the same words used as words (曾碧蓉曾经, 过秋生过来,
从美玲从来, 却老板却, 全素珍全都, 时佩芸时不时, 郑正阳正, 潘又青又, 谢得宝得了, 叶再兴再, 倪国栋倒是) or near them
(厉志伟 / 厉害, 门俊杰 / 门口, 应建华 / 应该, 季老太 / 季节, 万海军 / 万一, 于礁生 / 于是, 涂月娇 / 糊涂, 来晓东 /
来不及, 麻伊婷 / 麻烦), names holding words used nearby (颜海潮 / 海潮, 时光远 / 时光, 池海鸥 / 海鸥); names inside
organisation- and place-like phrases where the name is the person's (时光远紫菜加工厂, 池旺根渔排, 礁生的海,
瞿建新劳模创新工作室); a surname with only a title or kin word, annotated whole (柯嬷, 胥阿公, 金阿婆, 郏主任,
却老板, 季老太, 邱阿姆, 池阿公, 卓阿婶, 潘太婆, 戴校长, 倪阿娘, 眭老师, 冒老师) and local nicknames (阿潮仔,
虾蛄弟, 阿蕾); names before pronouns and verbs (阿潮仔他, 努尔吉扎她, 虾蛄弟他, 万海军他, 缪雪婷说) and after 叫/喊/
让/跟/和/被; a name that is a whole turn (受访者：郏主任。) and one that closes the transcript; rare surnames of the
region (颜, 柯, 洪, 曾, 池, 卓, 庄, 邱, 厉, 胥, 虞, 麻, 眭, 郏, 瞿, 缪, 倪, 涂, 却, 过, 从, 门, 时, 全, 来); names spaced out
character by character in half- and full-width spaces and names split in two; compound surnames after ordinary
words (欧阳, 司徒, 端木, 轩辕, 濮阳, 钟离, 夏侯, 宇文, 东方 beside 东方刚亮, 长孙, 上官, 司空, 闻人, 南宫, 申屠, 赫连);
and numbers read out and written the many ways people do.

Markup and build: ``tests/pii/_setkit.py`` (``MARK``, ``marked_item``, ``build``). Person spans are the name only:
a title or kin word (老师, 医生, 伯) and a particle, pronoun or verb written directly after a name are outside the
span; a surname with only a title or kin word and a local nickname are annotated whole. A Han surname before a
non-Han given name and a form of address made from a non-Han name are category minority; Han-style names of
minority people (颜晓帆, 厉欣妍, 万晓蕾) are category han. Run ``python tests/pii/holdout226/make_holdout226.py`` to
rebuild (deterministic, seeded generator).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(226_2026_1208)
MINORITY_GROUPS = ("uyghur", "tibetan", "kazakh", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "tibetan": 10, "kazakh": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183",
                   "185", "186", "188", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1793: Uyghur mother from 墨玉 in 霓屿 (洞头), widow of a Han fisherman lost at sea; works in a seaweed workshop and
# raises a daughter and a son with her Wenzhounese mother-in-law.
DOCS["H1793"] = ("family", """\
访谈者：阿姐，您是从新疆嫁到洞头来的？
受访者：是呀，{{trap/place:和田}}{{trap/place:墨玉}}人。我叫{{minority/uyghur:赛娜瓦尔·吐尔洪}}，岛上人嫌长，都喊我{{minority/uyghur:阿赛}}，跟喊本地人一样。
访谈者：怎么嫁到这么远来了？
受访者：十二年前我在{{trap/place:温州}}鞋厂做工，认得了{{han:颜海潮}}。他是{{trap/place:霓屿}}人，跑渔船的，大家叫他{{han:阿潮仔}}。{{han:阿潮仔}}他话少，人实在。那时候岛上还没通大堤，坐船回来我吐了一路，他就蹲在边上给我拍背。
访谈者：您爱人现在……
受访者：前年秋天，船在外海翻了，{{han:颜海潮}}和船老大{{han:洪阿六}}都没回来。我在码头等了三天，只等回来一件救生衣。到现在夜里听见{{trap/word:海潮}}，我还是睡不着。
访谈者：孩子们多大了？
受访者：囡儿{{minority/uyghur:木开热姆}}十岁，花名册上跟她爸姓，写的是{{minority/uyghur:颜木开热姆}}，在{{school:洞头区霓屿小学四（3）班}}。{{minority/uyghur:木开}}也懂事，放学先到厂门口等我。俫儿{{minority/uyghur:夏热甫丁}}七岁，户口上的汉名叫{{han:颜晓帆}}，在{{school:霓屿小学一年级2班}}，同学都喊他{{minority/uyghur:小夏}}，以为他姓夏。他倒也不在乎，谁喊都答应。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。出事以后她天天放学跑到码头，坐在缆桩上看船进港，一看就是一个钟头。小的那时候才五岁，到现在还问我，阿爸的船是不是开到新疆去了。我说是，开到沙漠里去了，沙漠里没有台风。
访谈者：家里还有谁？
受访者：婆婆{{han:柯秀蕊}}，七十四了，我喊她{{han:柯嬷}}。{{han:柯嬷}}腿不好，还天天坐在门口帮人家补网。她只叫我全名{{minority/uyghur:赛娜瓦尔}}，说名字是爹娘给的，不能乱改。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:曾碧蓉}}{{trap/word:曾经}}一个月跑了五趟，给两个孩子报了困境儿童，一人一个月{{trap/number:一千二百六十块}}，又帮我申请了低保。区民政局的{{han:麻伊婷}}上门核过，说我在紫菜厂是临时工，收入不稳，可以算。社工{{compound:欧阳蔓青}}每个礼拜六来，教小的认字，教大的弹尤克里里。律师{{compound:司徒静远}}帮我跟船老板打官司，一分钱没收。
访谈者：您在紫菜厂做什么？
受访者：剪{{trap/word:紫菜}}、装箱，一天一百二。厂门口挂着“{{han:时光远}}紫菜加工厂”的牌子，{{han:时光远}}就是老板，我上晚班，他让我把孩子带进去，在仓库里写作业。那段{{trap/word:时光}}最难，好在有人拉一把。隔壁的{{han:过秋生}}{{trap/word:过来}}帮我补过屋顶，台风天还把我们娘仨接到他家去住。
访谈者：厂里的活一年有多少？
受访者：紫菜是季节活，秋天下苗，冬天到开春割，最忙的时候半夜两点就要到海边收菜，一直做到天亮。夏天没有活，我就去民宿帮人洗床单，一个月两千来块。岛上现在通了大堤，游客多了，活也好找一点，就是孩子没人看。
访谈者：孩子们在学校怎么样？
受访者：大的作文好，语文{{han:眭老师}}说她写得最有味道。她写过一篇《我的两个家》，一个在沙漠边上，一个在海边上。小的调皮，上课爱讲话，被{{han:眭老师}}罚站过两回，回家还跟我告状。数学老师{{han:冒老师}}倒喜欢他，说他算账快，像他阿爸，出海回来鱼卖多少钱，一算一个准。
访谈者：老家那边呢？
受访者：我阿爸{{minority/uyghur:吐尔洪·沙迪克}}在墨玉种核桃，去年来过一回，坐飞机到温州，又坐车过大堤到岛上，说这辈子头一回看见海。哥哥{{minority/uyghur:阿布都克里木.吐尔洪}}在{{trap/place:喀什}}开车，每年寄{{trap/minority_word:巴旦木}}过来。我做{{trap/minority_word:抓饭}}，婆婆头一回吃，说比鱼丸还香。岛上正月拜{{trap/famous:妈祖}}，我不拜，可也帮婆婆蒸年糕。
访谈者：您跟婆婆处得怎么样？
受访者：刚嫁过来的时候她不大理我，嫌我不会讲本地话，也不吃猪肉。现在好了，她烧菜单独给我留一锅，不放猪油。我学会了讲“食饱未”，她学会了讲“亚克西”，两个人碰面就笑。出事那天夜里，是她抱着我哭，说囡儿你莫走，你走了这个家就散了。
访谈者：登记表上的信息麻烦您说一下。
受访者：家在{{address:洞头区霓屿街道下社村海湾路23号}}。我的身份证{{id_number@wy1988spaced.653222}}，囡儿的{{id_number@wy2015fw.330305}}。我电话{{mobile@s434}}，{{han:曾碧蓉}}的{{mobile@hyphen}}。微信{{wechat:Sanawar_Niyu23}}。囡儿的QQ是班上让注册的，号码贴在冰箱上：{{qq:3084716295}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:赛 娜 瓦 尔 · 吐 尔 洪}}，身份证上印的是{{minority/uyghur:赛娜瓦尔‧吐尔洪}}，中间那个点小得看不见。学校把囡儿写成{{spaced:颜　木开热姆}}，把俫儿写成{{spaced:夏热 甫丁}}。
访谈者：您最盼什么？
受访者：盼两个孩子读出书来，莫再靠海吃饭。海给了我{{han:阿潮仔}}，又把他收回去了。
""")

# H1794: Kham Tibetan grandfather from 德格 in 岩头镇 (永嘉), sewing buttons at home; his daughter is in a psychiatric
# hospital and her Han husband ran from his debts, so he raises the two grandchildren.
DOCS["H1794"] = ("family", """\
访谈者：阿爷，您是从四川过来的？
受访者：{{trap/place:甘孜}}{{trap/place:德格}}的，{{trap/place:雀儿山}}脚下。我叫{{minority/tibetan:丁真曲批}}。岩头这边的人一听就笑，以为我姓丁，都喊我{{minority/tibetan:老丁}}。我说那是藏话，守护佛法的意思，不是姓。喊惯了，我也应。
访谈者：怎么到永嘉来的？
受访者：我囡儿{{minority/tibetan:泽央拉初}}在{{trap/place:成都}}读卫校，认得了岩头的{{han:厉志伟}}，就嫁到{{trap/place:楠溪江}}边上来了。人家都说{{han:厉志伟}}{{trap/word:厉害}}，会做生意，在桥头摆纽扣摊。后来生意亏了，欠了一身债，人跑了，四年没音信。她受不住，得了精神病，发起来连孩子都不认，现在住在{{trap/org:温州康宁医院}}。
访谈者：孩子们呢？
受访者：两个外孙。大的{{minority/tibetan:呷绒泽翁}}，十一岁，学校名册上写{{minority/tibetan:厉泽翁}}，我喊他{{minority/tibetan:翁翁}}。他像他外婆，话少，爱画画。小的是囡，{{minority/tibetan:德吉措姆}}，八岁，户口上叫{{han:厉欣妍}}，可她喜欢人家喊她{{minority/tibetan:小德吉}}。大的在{{school:永嘉县岩头镇中心小学五年级2班}}，小的在{{school:岩头镇中心小学二（1）班}}。
访谈者：孩子外婆呢？
受访者：老伴{{minority/tibetan:拥忠卓玛}}走了七年了。她要是还在，囡儿也不会病成这样。那年我一个人下山，坐了三天车到温州，出站就迷了路，是个开三轮的后生把我拉到岩头的，一分钱没要。
访谈者：孩子们有补助吗？
受访者：有。妈妈精神残疾，爸爸失联两年多，村里的儿童主任{{han:谷秀芬}}说这个算事实无人抚养，一个孩子一个月{{trap/number:一千五百六十元}}。我不识汉字，表都是{{han:谷秀芬}}一笔一笔填的。镇民政办的{{han:门俊杰}}为了给我们开证明，在派出所{{trap/word:门口}}等了一上午。县里的社工{{compound:端木依帆}}每个月来两回，带小的去江边捡石头；还有个大学生志愿者叫{{compound:轩辕子涵}}，暑假里天天来教大的英语。
访谈者：您平时靠什么过日子？
受访者：钉纽扣。隔壁的{{han:从美玲}}{{trap/word:从来}}不收我一分钱，把桥头厂里拿来的活分我一半，钉一板两毛。我眼睛花，钉一天吃力得很，外孙放学回来帮我穿线。村里的老书记{{han:胥阿公}}带我去{{trap/place:芙蓉村}}看过祠堂，说他们{{trap/org:陈氏大宗}}几百年前也是从北边搬来的，跟我一样是外地人，我听了心里舒坦。
访谈者：村里人对你们怎么样？
受访者：好。开小店的{{han:金阿婆}}每天给两个孩子留两盒牛奶，我给钱她不要。村医{{han:叶建新}}隔几天来给我量血压，他说高原上下来的人血压高不稀奇，叫我少吃咸。腊月里村里做麦饼，她喊我去帮忙，我揉面的手劲大，她们都说我揉的最筋道。
访谈者：孩子们在学校怎么样？
受访者：班主任{{han:虞晓雯}}老师对大的好，知道他妈妈的事，从来不在班上讲。小的胆子小，被同学{{han:潘俊熙}}笑过一回，说她名字怪。{{han:虞晓雯}}老师让{{han:潘俊熙}}给她道歉，后来两个人倒成了好朋友，天天一起走回来。
访谈者：孩子们在这边过得惯吗？
受访者：惯了。夏天在楠溪江里游水，一泡就是一下午。大的会讲永嘉话了，比我讲得好，回来用永嘉话笑我是老古董。小的跟{{han:金阿婆}}学会了做麦饼，说要留一个给妈妈吃，放在冰箱里放了半个月。
访谈者：您身体怎么样？
受访者：高原上下来，头两年老是胸闷，现在好了，就是膝盖疼，这边潮。我不敢病，我病了两个孩子就没人管。晚上孩子睡了，我坐在门口转念珠，一圈一圈，求菩萨保佑囡儿早点好。
访谈者：孩子们去看过妈妈吗？
受访者：一个月去一回。坐车到温州，再转公交。她好的时候认得孩子，拉着小的手不放；不好的时候看都不看一眼。大的回来一路不讲话，到家就画画，画他妈妈骑马，画雪山。
访谈者：老家还有人吗？
受访者：侄子{{minority/tibetan:降泽尼玛}}在{{trap/org:德格印经院}}刻经版，每年托人捎{{trap/minority_word:糌粑}}和牦牛肉干来。孩子们吃不惯糌粑，就爱吃肉干。过年我在院子里跳{{trap/minority_word:锅庄}}，村里的老太婆们也跟着转圈。我跟外孙讲{{trap/famous:唐东杰布}}在江上架铁索桥的故事，他说楠溪江上也该有一座。
访谈者：登记信息请您说一下。
受访者：家在{{address:永嘉县岩头镇下寮村后巷17号}}。我身份证{{id_number@mold.513330}}，{{minority/tibetan:翁翁}}的{{id_number@my2014hyphen.330324}}。我电话是囡儿以前用的，{{mobile@fullwidth}}，{{han:谷秀芬}}的{{mobile@s38}}。社工给我开了个微信，叫{{wechat:tenzin-dege60}}。大的有个QQ，号码写在他画本封面上：{{qq:59130478}}。
访谈者：表上名字写得对吗？
受访者：都不一样。低保表上我是{{spaced:丁　真　曲　批}}，学校一张表写成{{spaced:呷绒 泽翁}}，一张写成{{spaced:厉 泽 翁}}，小的写成{{spaced:德 吉 措 姆}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:泽央拉初}}病好，回来抱抱孩子。再就是盼两个孩子长大，回德格看看外婆的坟。
""")

# H1795: Kazakh father from 特克斯 who lost three fingers on a press in a 瓯北 valve factory; his wife went back to
# 伊犁 and he raises a son and a daughter alone.
DOCS["H1795"] = ("family", """\
访谈者：大哥，您的手是在厂里伤的？
受访者：是。前年冬天在冲床上，右手三个手指头压没了。我叫{{minority/kazakh:吾拉孜别克·哈布勒}}，老家伊犁{{trap/place:特克斯}}。厂里的温州师傅念不顺，都喊我{{minority/kazakh:吾哥}}。
访谈者：怎么到瓯北做阀门的？
受访者：表哥{{minority/kazakh:努尔别克·加帕尔}}先来的，在{{trap/place:瓯北}}一家阀门厂做铸造，说这边工资高。我就带着老婆孩子来了，一干八年，做到装配组的组长。
访谈者：出事那天谁送您去的医院？
受访者：{{han:郏主任}}。
访谈者：后来呢？
受访者：手术是在{{trap/org:温医附一院}}做的，主刀的{{han:应建华}}医生说，手指{{trap/word:应该}}是接不回去了，手掌能保住。老板姓却，{{han:却老板}}却没有赖账，工伤认定一下来，医药费全出了。{{han:郏主任}}天天来病房给我送饭。法律援助的律师{{compound:濮阳明哲}}帮我评了七级伤残，后来又办了残疾证，两项补贴里我能拿生活补贴。
访谈者：孩子妈妈呢？
受访者：我出事第二年，{{minority/kazakh:努尔吉扎·木拉提}}回{{trap/place:伊犁}}去了，说这边太潮，住不惯。{{minority/kazakh:努尔吉扎}}她也难，二十岁就跟我出来，没过过一天好日子，我不怪她。孩子们留给了我。
访谈者：孩子们多大？
受访者：儿子{{minority/kazakh:巴兰·吾拉孜别克}}十二岁，在{{school:瓯北第五小学六年级（4）班}}。报名的时候表上要填姓，老师看他爸名字头一个字是吾，就给他添了个吴，花名册上成了{{minority/kazakh:吴巴兰}}。他倒觉得好玩，说自己也是温州人了。女儿{{minority/kazakh:珠勒德孜}}九岁，学籍上没有点，写成{{minority/kazakh:珠勒德孜吾拉孜别克}}，在{{school:瓯北第五小学三年级1班}}。老师喊她{{minority/kazakh:小珠}}，她回来跟我说，爸爸，我的名字是星星的意思，老师不知道。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:项蕾君}}，她说我们家是重残家庭，孩子算困境儿童，每个孩子一个月{{trap/number:八百五十元}}。我的表都是{{han:项蕾君}}给填的。社工站派了{{compound:钟离见山}}，每个礼拜三给儿子补数学。房东{{han:季老太}}说这个{{trap/word:季节}}潮，把楼上朝南的房间让给我们住，房租一分不涨。她孙子{{han:季浩然}}跟我儿子一个班，两个人天天一起骑车上学。
访谈者：您现在还在厂里吗？
受访者：在。{{han:郏主任}}把我调到仓库记账，一只手也能干。同组的{{han:瞿建新}}、{{han:胥海燕}}轮流帮我搬货，{{han:瞿建新}}还教我讲温州话，我学会的头一句是骂人的，孩子们听了笑得打滚。仓库的老会计{{han:倪美芬}}手把手教我用电脑记账，她讲，手少了几个指头，脑子还在。夜里我做梦，还梦见手压在冲床底下，一身汗醒过来。{{han:郏主任}}说要给我找个心理医生，我说不用，草原上的人没那么娇气，可梦还是照样做。
访谈者：一个人带两个孩子，忙得过来吗？
受访者：忙不过来。早上五点半起来煮奶茶，馕是买的，超市里的面包孩子们不爱吃。女儿的辫子我编不好，一只手更编不好，都是楼下的阿婆帮她编。晚上我检查作业，汉字我认得不多，儿子教我。有时候半夜醒了想，要是手没伤，要是她妈妈还在，日子会是什么样。想也没用，天亮了还得起来。
访谈者：孩子们在这边习惯吗？
受访者：儿子习惯了，温州话讲得比我好，吃得了辣，还交了一帮朋友。女儿想妈妈，晚上抱着她妈留下的一条花头巾睡觉。去年她生日，她妈妈打视频过来，两个人对着屏幕哭，我在厨房里听着，锅都烧干了。后来我跟她说，妈妈在伊犁也看得见同一个月亮，她才不哭了。
访谈者：老家那边呢？
受访者：我阿爸{{minority/kazakh:哈布勒·托合塔尔}}七十了，在{{trap/place:那拉提}}放马。每年夏天孩子们回去一个月，骑马、喝马奶。女儿爱吃{{trap/minority_word:包尔萨克}}，我不会炸，表哥的老婆{{minority/kazakh:阿克朱勒德孜}}会炸，每回炸一大盆送过来。我在手机上给孩子们放{{trap/minority_word:阿肯弹唱}}，给他们讲{{trap/famous:江布尔}}。
访谈者：登记信息请您说一下。
受访者：住在{{address:永嘉县瓯北街道江北工业区东瓯路88号3幢宿舍205室}}。我身份证{{id_number@my1984quad.654027}}，女儿的{{id_number@wy2016fwhyphen.654027}}。我电话{{mobile@plus86}}，{{han:项蕾君}}的{{mobile@spaced}}。我微信{{wechat:Oraz_Tekes84}}。儿子的QQ，号码他写在我手机壳里面：{{qq:１７０３９２５８６}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上是{{spaced:吾拉孜别克　哈布勒}}，厂里的工牌是{{minority/kazakh:吾拉孜别克・哈布勒}}，学校把儿子写成{{spaced:巴 兰 · 吾 拉 孜 别 克}}，女儿写成{{spaced:珠勒德孜 · 吾拉孜别克}}。
访谈者：您最盼什么？
受访者：盼两个孩子好好念书。手上少了三个指头，还剩两个；我还有两个孩子，够了。
""")

# H1796: Mongolian mother from 新巴尔虎左旗 who cleans rooms in a 东岙 guesthouse (洞头); her Han husband is in
# prison for smuggling diesel.
DOCS["H1796"] = ("family", """\
访谈者：大姐，您在民宿做多久了？
受访者：四年了，铺床、洗床单、打扫房间。我叫{{minority/mongolian:萨如拉格日勒}}，老家{{trap/place:呼伦贝尔}}{{trap/place:新巴尔虎左旗}}。老板说萨是汉人的姓，就喊我{{minority/mongolian:小萨}}，客人也跟着喊，年轻的客人喊我{{minority/mongolian:萨姐}}，还以为我是本地人。
访谈者：怎么到洞头来了？
受访者：我男人{{han:万海军}}是洞头人，年轻时跑到{{trap/place:海拉尔}}卖海鲜干货，我们就认得了。他说海边好，冬天不冷，我就跟他来了。哪晓得他后来跟人合伙走私柴油，判了五年，关在{{trap/org:十里丰监狱}}。出事前我就跟他讲，{{trap/word:万一}}被抓了孩子怎么办，{{han:万海军}}他不听。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:额尔登布和}}十三，学校写的是{{minority/mongolian:万额尔登布和}}，在{{school:洞头区第二中学初一（5）班}}。女儿{{minority/mongolian:乌仁格日乐}}九岁，汉名叫{{han:万晓蕾}}，在{{school:东屏小学三年级（2）班}}。我在家喊她{{minority/mongolian:小乌仁}}，她奶奶喊她{{han:阿蕾}}。
访谈者：孩子们知道爸爸的事吗？
受访者：儿子知道。有同学说他爸是劳改犯，他跟人打了一架。班主任{{han:缪雪婷}}老师没有只罚他，还把那个同学的家长也叫来了。{{han:缪雪婷}}说，孩子心里有委屈，要让他讲出来。女儿还小，我只跟她说爸爸在外面跑船。
访谈者：谁在帮你们？
受访者：社区的{{han:庄海燕}}给两个孩子报了服刑人员子女补助，一个月{{trap/number:一千零五十元}}。司法所的{{compound:夏侯志成}}帮我们办视频会见，社工{{compound:宇文叙白}}每个月带孩子们坐车去看他爸。民宿老板{{han:于礁生}}听说了，{{trap/word:于是}}给我加了三百块工钱，让我下午四点就走，好去接孩子。他那家民宿叫“{{han:礁生}}的海”，客人都说名字好听。老板娘{{han:林素芬}}把她女儿穿小的衣服一包一包拿给我家小的。
访谈者：婆家那边呢？
受访者：婆婆{{han:涂月娇}}七十三了，一点都不{{trap/word:糊涂}}，每天早上去码头捡人家不要的小鱼，晒成鱼干卖。公公早走了。小叔子{{han:万海涛}}在{{trap/place:大门岛}}养鱼排，过年送一筐{{trap/word:黄鱼}}来。隔壁的{{han:邱阿姆}}会讲一点普通话，婆婆讲的土话我听不懂，都是她给我翻。
访谈者：会见的时候孩子们说什么？
受访者：女儿问爸爸的船什么时候靠岸，他在屏幕那头说快了快了，说完就低头。儿子一句话都不讲，出来以后在车上哭了一路。我跟他说，你爸做错了事，可他还是你爸，他出来了，你要让他看见你长大了。回来要坐三个钟头的车，过大桥的时候女儿睡着了，儿子看着窗外的海，问我，阿妈，草原上的人坐牢，家里人是不是也要坐这么远的车去看。我说草原更远。
访谈者：您在这边习惯吗？
受访者：不习惯也得习惯。夏天潮，被子晒不干。我们草原上吃{{trap/minority_word:手把肉}}，这里顿顿是鱼，刚来那年我瘦了十斤。客人听说我是蒙古族，让我唱歌，我就唱《{{trap/minority_word:鸿雁}}》。有一回来了个老乡叫{{minority/mongolian:额尔顿朝克图}}，从{{trap/place:满洲里}}来的，一进门我们就用蒙古话聊到半夜。
访谈者：钱够用吗？
受访者：紧。我一个月三千出头，住的是婆婆的老房子，不要钱，可两个孩子上学、补课、买衣服，哪样都要钱。旺季一天铺三十几张床，腰疼得直不起来，淡季客人少，工钱也少。补助加上工钱，刚刚够，存不下来。女儿想要一双跳舞鞋，我拖了两个月才给她买，她高兴得穿着睡觉。
访谈者：老家还有人吗？
受访者：阿妈{{minority/mongolian:都兰琪琪格}}在旗里，一打视频就哭，哭完了问孩子们胖了没有。哥哥{{minority/mongolian:朝格图巴雅尔}}放牛，每年寄{{trap/minority_word:奶皮子}}和牛肉干过来。我给孩子们讲{{trap/famous:江格尔}}，儿子说他也要当英雄，我说你先把作业写完。
访谈者：您自己有什么打算？
受访者：我想学做菜，考个证，去民宿后厨做，钱多一点，也不用天天爬上爬下铺床。{{han:林素芬}}说她教我做本地菜，鱼丸、敲鱼、紫菜汤，我学会了就能掌勺。等男人出来了，我们自己开个小店，卖草原上的奶茶，也卖洞头的鱼丸，两样都卖。
访谈者：登记信息请您说一下。
受访者：住在{{address:洞头区东屏街道东岙村沙滩路45号}}，民宿在{{address:东岙村观海路9号}}。我身份证{{id_number@wy1987tri.150726}}，儿子的{{id_number@my2012fwspaced.330305}}。我电话{{mobile@s74}}，{{han:庄海燕}}的{{mobile@p86h}}。微信{{wechat:Sarul_dongtou}}。儿子的QQ，他让我记在日历背面：{{qq:2746091853}}。
访谈者：表上名字写得对吗？
受访者：补助表上我是{{spaced:萨 如 拉 格 日 勒}}，女儿写成{{spaced:乌仁　格日乐}}，儿子写成{{spaced:万 额尔登布和}}。
访谈者：您最盼什么？
受访者：盼他早点出来，一家人回草原看看。我跟{{minority/mongolian:额尔登布和}}说，海再大，草原也是你的家。
""")

# H1797: Han 儿童主任 of an island village in 霓屿 (洞头) reading out her list.
DOCS["H1797"] = ("staff", """\
访谈者：曾主任，您手上拿的是名单？
受访者：是，我们村困境儿童的名单。我叫{{han:曾碧蓉}}，在{{trap/place:下社村}}当儿童主任五年了。村里老人讲闽南话，年轻的讲温州话，我两样都会，外地媳妇来了我还给她们当翻译。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{minority/uyghur:阿赛}}家，就是新疆嫁来的{{minority/uyghur:赛娜瓦尔}}，男人出海没回来。两个孩子，{{minority/uyghur:木开热姆}}和{{minority/uyghur:夏热甫丁}}，困境儿童加低保，上回你们去过了。
访谈者：第二户？
受访者：第二户是孤儿，{{han:池海鸥}}，女，十二岁。名字是她爸起的，岛上{{trap/word:海鸥}}多。她爸前年在紫菜排上落水，她妈早几年病死了。现在跟阿公过，阿公也姓池，我们都喊{{han:池阿公}}，七十六了，耳朵背，守着一排老渔排，村里人叫它“{{han:池旺根}}渔排”，{{han:池旺根}}就是阿公的名字。孩子在{{school:霓屿中学初一（3）班}}，住{{address:霓屿街道下社村后垄12号}}，身份证{{id_number@wy2013quad.330305}}，孤儿基本生活费每月{{trap/number:二千一百四十元}}。
访谈者：第三户？
受访者：第三户，{{han:洪志斌}}家。{{han:洪志斌}}吸毒进去了，老婆跑了，孩子跟阿嬷。孩子学名{{han:洪嘉乐}}，岛上人都喊他{{han:虾蛄弟}}，小时候爱在滩涂上抓{{trap/word:虾蛄}}。这个算事实无人抚养，阿嬷{{han:阮月香}}做监护人。{{han:虾蛄弟}}他读书不行，可水性好，去年夏天还救起一个落水的游客。住{{address:下社村渔港路3弄6号}}，孩子的身份证{{id_number@my2012spaced.330305}}，{{han:阮月香}}的电话{{mobile@plain}}。
访谈者：第四户？
受访者：{{han:项雨桐}}，女，九岁，孤独症。{{han:项雨桐}}正读三年级，在{{school:霓屿小学三年级（1）班}}，妈妈{{han:颜秀华}}天天陪读。孩子有残疾证，两项补贴都有。她爸在{{trap/place:舟山}}跑运输，一年回来两趟。
访谈者：还有吗？
受访者：第五户，{{han:来晓东}}，男，十岁。他爸{{han:来国庆}}出车祸瘫在床上，一级残疾，他妈在{{trap/org:洞头海鲜市场}}杀鱼。孩子放学来得及就去市场帮忙，{{trap/word:来不及}}就回家给他爸翻身、擦身子。
访谈者：这些户都谁在跟？
受访者：区里的{{han:麻伊婷}}管审批，村会计{{han:全素珍}}{{trap/word:全都}}记在账上，哪户哪个月到账，一笔不差。社工站派了{{compound:东方蔚然}}，每天{{trap/word:东方}}刚亮她就坐头班车上岛。还有个师范学院的志愿者叫{{compound:长孙映竹}}，暑假来给孩子们上课。
访谈者：您是怎么发现这些孩子的？
受访者：海岛上的孩子，大人出海、出门打工，一走就是半年，最怕的是发现得晚。去年{{han:虾蛄弟}}一个人在家住了半个月，阿嬷去{{trap/place:温州}}住院了，他天天吃泡面。是隔壁的{{han:卓阿婶}}看他瘦得不像样，跑来跟我讲的。现在我一个礼拜走一圈，一家一家敲门，敲不开就问邻居。
访谈者：村里人对外地媳妇怎么样？
受访者：以前有人讲闲话，说新疆来的、蒙古来的，嫁到岛上待不住。现在都晓得了，{{minority/uyghur:阿赛}}男人走了两年，她一天都没离开过岛，紫菜剪得比本地人还快。过年村里摆长桌宴，她端来一大盘抓饭，一下子就抢光了。
访谈者：岛上孩子上学方便吗？
受访者：小学、初中都在岛上，高中就要去北岙或者温州读，住校。孩子一出岛，家里就剩老人。{{han:池海鸥}}明年上初二，她说以后想考卫校，回来当岛上的护士。
访谈者：台风天怎么办？
受访者：台风天我最怕。岛上老房子多，孩子跟老人住，窗户一吹就破。每回台风来之前，我跟村里的民兵{{han:颜志勇}}挨家去看，老人孩子先接到村委会二楼。前年那场大的，{{han:池阿公}}死活不肯走，说要守渔排，是{{han:池海鸥}}抱着他的腿哭，他才跟我们走了。
访谈者：补助都能按时到吗？
受访者：大部分能。有一户的钱被亲戚从卡上取走了，我跟{{han:麻伊婷}}去讨回来，改成打到孩子阿嬷的卡上。岛上老人不会看短信，每个月十号以后我帮他们去{{trap/org:农村信用社}}打一遍流水，念给他们听。
访谈者：名单上的名字写对了吗？
受访者：错的多。{{spaced:池 海 鸥}}打成一个字一个空，{{spaced:洪　嘉　乐}}也是，{{spaced:夏 热 甫 丁}}也拆开了，{{spaced:来 晓东}}中间空一格。我年底要一张一张对，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86dash}}，微信{{wechat:zengbr_xiashe}}。孩子们有事在QQ上找我，{{qq:615290374}}。
访谈者：您自己家里呢？
受访者：我男人在渔船上做轮机长，一年在家两个月。儿子读高中，在温州住校。自己家的事顾不上，村里的孩子倒比自己的孩子见得多。
访谈者：干这个您觉得值吗？
受访者：值。钱是不多，一个月几百块补贴。可你看{{han:项雨桐}}现在会喊我阿姨了，{{han:池海鸥}}期末考了全班第三，我心里就甜。
""")

# H1798: Han clerk of the children's welfare desk of the 洞头 district civil-affairs bureau.
DOCS["H1798"] = ("staff", """\
访谈者：您在民政局管哪一块？
受访者：儿童福利这块，孤儿、事实无人抚养、困境儿童的审核都要过我手。我叫{{han:麻伊婷}}，在{{trap/org:洞头区民政局}}干了七年。老百姓嫌跑窗口{{trap/word:麻烦}}，我就自己下去跑，去{{trap/place:鹿西岛}}还要坐船。
访谈者：全区现在有多少孩子？
受访者：孤儿二十三个，事实无人抚养四十一个，困境儿童一百零六个，都在我电脑里。你看这个，鹿西的{{han:时一鸣}}，十四岁，爸妈出海一起没的，跟姑姑{{han:时佩芸}}过，住{{address:鹿西乡口筐村山后路5号}}。{{han:时佩芸}}{{trap/word:时不时}}打电话来问钱到了没有，我不嫌她，她一个人开小卖部养三个孩子。
访谈者：还有呢？
受访者：这个是{{trap/place:大门镇}}的{{han:郑正阳}}，{{han:郑正阳}}正上初三，爸爸服刑，妈妈改嫁后联系不上，算事实无人抚养。身份证我念一下：{{id_number@my2009hyphen.330305}}。他成绩好，想考{{trap/org:温州中学}}，镇里的儿童主任{{han:邵巧玲}}说，考上了学费她去找人想办法。
访谈者：少数民族的孩子多吗？
受访者：有几户。霓屿的{{minority/uyghur:木开热姆}}，系统里打不出那个点，她妈的名字录成了{{minority/uyghur:赛娜瓦尔.吐尔洪}}，银行那边又是没点的{{minority/uyghur:赛娜瓦尔吐尔洪}}，几个名字对不上，钱卡了两个月。东屏的{{minority/mongolian:萨如拉格日勒}}，两个孩子报服刑人员子女，系统里是{{minority/mongolian:万额尔登布和}}和{{han:万晓蕾}}。北岙还有一户，爸爸是藏族，叫{{minority/tibetan:贡布扎西}}，在{{trap/place:洞头港}}开冷库，前年心梗走了，两个孩子跟汉族妈妈{{han:蔡碧云}}过。老大随妈妈姓，叫{{minority/tibetan:蔡央金}}，这个我们也按少数民族录。
访谈者：审核最难在哪里？
受访者：核实。比如失联，要派出所出证明，要登报公告，一拖就是半年。大门派出所的{{han:叶再兴}}再忙也帮我们跑。我们科长{{compound:上官澄溪}}讲，宁可多跑十趟，也不能漏掉一个。科里管录入的同事{{compound:司空瑞阳}}说，名字错一个字，钱就发不下去，他天天对着身份证核。
访谈者：名字常错吗？
受访者：常错。上个月的表上，{{spaced:赛　娜　瓦　尔　吐　尔　洪}}一个字一个空，{{spaced:贡布　扎西}}中间空了一格，连我们科长都写成了{{spaced:上官 澄溪}}，还有{{spaced:郑 正阳}}。
访谈者：标准这几年变了吗？
受访者：涨了。孤儿基本生活费跟着全省的标准走，每年调一次，今年散居孤儿一个月{{trap/number:二千零四十元}}，事实无人抚养的跟散居孤儿一样。以前要老百姓自己来申请，现在我们拿低保名单、残联名单、法院的判决一对，有可能的就让村里上门去问。
访谈者：收入怎么核实？
受访者：看银行流水，看社保，看有没有车、有没有房、有没有开公司。可岛上很多收入是现钱，打鱼、晒鱼干、把房子租给游客，流水上看不出来。只能上门看，看灶台上有没有肉，看孩子脚上的鞋。
访谈者：孩子长大了呢？
受访者：满十八岁就停，要是还在读书，能延到读完。去年有三个孩子考上大学，区里给一人一万块助学金。{{han:时一鸣}}说他以后要读海洋大学，回来管渔业。
访谈者：有没有印象特别深的孩子？
受访者：有个女孩叫{{han:骆小满}}，八岁，爸爸出海死了，妈妈改嫁，跟阿嬷住在{{address:北岙街道小朴村新厝路19号}}。阿嬷夜里中风，是{{han:骆小满}}自己打的{{trap/hotline:120}}，又打给村里。她一声不哭，陪着阿嬷到医院，后来在{{trap/org:温州市儿童福利院}}住了三天，才哭出来。现在她跟舅舅{{han:骆永潮}}过，我们给她报了事实无人抚养，身份证是{{id_number@wy2016x.330305}}，尾巴是个叉。
访谈者：你们怎么跟村里配合？
受访者：每个村有儿童主任，霓屿的{{han:曾碧蓉}}、大门的{{han:邵巧玲}}、鹿西的{{han:洪晓丹}}，每月报一次。社工站的{{compound:欧阳蔓青}}和{{compound:东方蔚然}}跟重点户。有紧急的事，村里先打我手机，我再报科长。
访谈者：这个工作累吗？
受访者：累，也憋屈。审批卡在我这里，老百姓骂的也是我。可规矩就是规矩，材料不全我不敢签，签错了钱要追回来，那比不给还伤人。我能做的就是替他们多跑几趟，少让老人孩子跑。有一回下鹿西，风大船停了，我在码头边的小旅馆住了一夜，第二天一早才上岛，有个阿嬷见了我就哭，说还以为政府把她们忘了。我自己的女儿五岁，她说妈妈只管别人家的小孩。
访谈者：您的联系方式？
受访者：我手机{{mobile@p86n}}，微信{{wechat:mayiting_dt}}，QQ{{qq:8530264917}}。老百姓打{{trap/hotline:12345}}也能转到我们这里。
访谈者：最后还想说什么？
受访者：孩子不会自己来报名，只能我们去找。我电脑桌面上放的照片，是去年六一拍的，站在最前面的那个是{{han:骆小满}}。
""")

# H1799: Han class teacher of a township school in 岩头镇 (永嘉) talking about the four children in distress of her class.
DOCS["H1799"] = ("staff", """\
访谈者：虞老师，您班上有几个困境儿童？
受访者：四个。我叫{{han:虞晓雯}}，在{{trap/org:岩头镇中心小学}}教了十一年书，现在带五年级2班。我们这里是{{trap/place:楠溪江}}边上的老村子，家家有祠堂，年轻人却都出去了，有的去{{trap/place:意大利}}开餐馆，孩子丢给老人。
访谈者：第一个是谁？
受访者：{{minority/tibetan:厉泽翁}}，藏族孩子，外公从德格下来带他。同学照名册喊他{{minority/tibetan:厉泽翁}}，他外公喊他{{minority/tibetan:翁翁}}，我喊他{{minority/tibetan:小翁}}。他妈妈在康宁住院，爸爸跑了。他画画好，学校走廊上挂着他画的{{trap/place:雀儿山}}。我跟社工{{compound:端木依帆}}商量，让他去参加了县里的美术比赛，拿了二等奖。
访谈者：第二个呢？
受访者：{{han:潘又青}}，男，十一岁。爸爸在外面赌博欠债，判了刑，妈妈回了娘家不管，他跟太婆过。{{han:潘又青}}又瘦又小，上课老打瞌睡，我问了才知道，他每天五点起来给太婆烧早饭。村里的儿童主任{{han:谷秀芬}}给他报了事实无人抚养。太婆八十三了，我们都喊她{{han:潘太婆}}，{{han:潘太婆}}讲的是老永嘉话，我听不全，要{{han:潘又青}}翻给我听。有一回他被高年级的喊“劳改犯的儿子”，回来也不哭，就是一个礼拜不讲话。
访谈者：第三个？
受访者：{{han:谢得宝}}，{{han:谢得宝}}得了白血病，去年在{{trap/org:浙大儿童医院}}做了骨髓移植，现在休学在家。报销以后还欠十几万，学校捐过两回款，{{han:戴校长}}带头捐了一个月工资。他妈妈{{han:邵碧娥}}辞了鞋厂的活陪他，他爸在{{trap/place:桥头}}开货车。镇上给他报了困境儿童，又走了大病救助。我每个礼拜让同桌{{han:金可馨}}给他送一回作业，她说，等他回来，她把笔记全抄给他。
访谈者：第四个？
受访者：{{han:李若溪}}，女，{{trap/place:苍坡村}}的。妈妈精神残疾，爸爸在工地上摔伤了腰，家里靠低保。她成绩全班第一，作文写过村里的{{trap/org:李氏大宗祠}}，说祠堂里挂的都是男人的名字，她以后要让自己的名字也挂上去。我让{{han:李若溪}}当学习委员，她管作业比我还凶。她说长大了要当律师，帮她妈妈这样的人讨公道。
访谈者：爸妈在国外的孩子算不算？
受访者：不算困境儿童，是留守。我们班有九个，爸妈在意大利、西班牙开餐馆、做皮包，一年回来一趟，有的三四年不回。过年视频一打开，屏幕那头是餐馆的后厨，油烟把镜头都糊了。孩子不缺钱，缺人。有个女孩叫{{han:胡思甜}}，妈妈每个月寄很多钱，她拿去买零食分给全班，我跟她阿娘讲，阿娘说，囡儿心里苦，随她。
访谈者：家访的时候看到些什么？
受访者：去{{han:潘又青}}家，门口堆着柴，屋里只有一盏灯，太婆坐在灶前，孩子在饭桌上写作业，桌子一头摆着太婆的药，一头摆着他的作业本。我看了半天说不出话，回来跟{{han:戴校长}}商量，给他在学校留了个晚托的位子，吃了晚饭、写完作业再回去。
访谈者：孩子们之间处得怎么样？
受访者：小孩子有时候很残忍，也很暖。{{minority/tibetan:小翁}}刚转来的时候没人跟他玩，说他身上有股酥油味。后来他画了一张全班的像，每个人都画进去了，谁也没落下，大家就服了。现在一下课就围着他要画。
访谈者：学校还做了什么？
受访者：心理老师{{compound:闻人枕书}}每个月找他们几个单独聊一回。支教的大学生{{compound:南宫拾穗}}周末开了个故事会，讲{{trap/famous:谢灵运}}游楠溪江写诗。孩子们听了问，那时候有没有困境儿童。我说有，只是没有人管。家访我一学期走两遍，{{han:戴校长}}有空就跟我一起去，骑电动车沿着江走，一个村一个村地跑。
访谈者：您跟家长怎么联系？
受访者：家长联系表在这里，我念给你：{{han:邵碧娥}}{{mobile@s38}}，{{han:潘太婆}}没有手机，留的是{{han:谷秀芬}}的，{{mobile@h38}}。{{han:谢得宝}}的身份证，大病救助要用，我这里有复印件：{{id_number@my2013fwspaced.330324}}。{{han:潘又青}}住{{address:岩头镇下寮村中街5号}}，{{han:李若溪}}住{{address:永嘉县岩头镇苍坡村望兄亭边8号}}。我的微信{{wechat:yuxw-yantou}}，QQ{{qq:1296470358}}。
访谈者：名册上名字写得对吗？
受访者：教育系统导出来的名册，{{spaced:潘　又　青}}中间空了全角，{{spaced:谢 得 宝}}也是，心理老师写成了{{spaced:闻人 枕书}}，{{spaced:李 若 溪}}三个字拆开。每学期我都要改一遍。
访谈者：您自己怎么看这份工作？
受访者：我也是岩头长大的，小时候爸妈在外面做生意，我跟阿娘过。我知道一个小孩晚上等不到大人回来是什么滋味，所以我看见{{han:潘又青}}趴在桌上睡觉，从来不骂他。有一回他醒过来，看见我坐在旁边批作业，问我，虞老师，你怎么还不回家。我说等你写完。
""")

# H1800: Han workshop head of a valve factory in 瓯北 (永嘉) talking about his workers' children.
DOCS["H1800"] = ("staff", """\
访谈者：{{han:郏主任}}，您这个车间多少人？
受访者：装配车间八十几个，外地人占一半。我叫{{han:郏兆丰}}，瓯北本地人，阀门做了二十六年。我们温州人讲话快，你听不懂就问。
访谈者：车间里家里困难的有哪些？
受访者：头一个是{{minority/kazakh:吾哥}}，新疆来的哈萨克，名字长，后头还跟着他阿爸的名字，我到现在也念不全。冲床上压掉三个手指，那天是我送渠去医院的，一路上渠一声不哼，倒是我手在抖。现在渠在仓库记账，两个小娒儿礼拜六常来厂里写作业，大的{{minority/kazakh:巴兰}}还帮我算过工资表。
访谈者：第二个呢？
受访者：{{han:倪国栋}}，焊工，手艺是车间里最好的，焊花溅到眼睛里都不吭声，就是脾气躁，去年喝了酒跟人打架，把人打成重伤，判了三年。{{han:倪国栋}}{{trap/word:倒是}}对两个娒儿好，以前每个月工资一半交给他阿娘。老婆早两年就走了。两个孩子{{han:倪梓涵}}、{{han:倪梓轩}}，现在跟奶奶，我们这边叫阿娘，{{han:倪阿娘}}七十岁了，腿脚还好。孩子报了服刑人员子女补助，一个月{{trap/number:一千一百五十元}}，是社区的{{han:项蕾君}}帮着办的。家在{{address:瓯北街道马岙村龙桥路32号}}，大的身份证我帮他们复印过：{{id_number@wy2014tri.330324}}。
访谈者：还有吗？
受访者：第三个是蒙古族的{{minority/mongolian:宝力道吉日嘎拉}}，做总装的，名字太长，我们只念前半截，喊他{{minority/mongolian:宝力道吉}}，渠也应。老婆前年得癌症走了，女儿{{minority/mongolian:乌吉木}}七岁，先天性心脏病，在{{trap/org:上海儿童医学中心}}做过手术。孩子算困境儿童，又走了大病救助。渠住{{address:瓯北街道浦西村外来工公寓B栋311}}，身份证{{id_number@mmidfw.152525}}。
访谈者：厂里怎么帮他们？
受访者：老板{{han:却少华}}定了个规矩，车间里谁家孩子有难处，工会出一份钱。工会主席{{compound:申屠国平}}每年六一给这些孩子买书包、文具。厂里还请了社工{{compound:赫连知夏}}，每个月来一趟，跟家长谈心。车间墙上挂着“{{han:瞿建新}}劳模创新工作室”的牌子，{{han:瞿建新}}带的徒弟里就有{{minority/kazakh:吾哥}}，出事以后他天天帮渠搬货。{{han:胥海燕}}跟{{minority/mongolian:宝力道吉}}一个班组，孩子住院那个月，是{{han:胥海燕}}替渠顶的夜班。
访谈者：这些孩子您都见过吗？
受访者：都见过。六一那天厂里开放，我让他们到车间来看爸爸干活。{{minority/mongolian:乌吉木}}戴着小安全帽，站在她爸旁边看总装，看了一个钟头不肯走。{{han:倪梓涵}}看到她爸以前的焊位，问我她爸什么时候回来，我说快了，你好好读书，他回来要看你的奖状。
访谈者：外地工人的孩子上学难吗？
受访者：难。积分入学，要看社保年限、看房子。{{minority/kazakh:吾哥}}的两个娒儿是我跟{{han:项蕾君}}一起去{{trap/org:永嘉县教育局}}问的，材料跑了三趟。倪家大的在{{school:瓯北第三小学四年级（5）班}}，小的上幼儿园，{{han:倪阿娘}}不识字，开家长会都是我去。
访谈者：车间里的安全怎么样？
受访者：出了冲床那件事，我心里一直过不去。冲床的光电保护是坏的，报了三回没人修。后来{{han:却少华}}把全厂的冲床都换了新的，安全员换成了{{han:倪海东}}，渠每天上班先查一遍，查完签字。去年车间一年没出一件事，年终大会上老板给渠发了个红包。渠讲，仓库那个哈萨克师傅的手，是替全车间挨的。
访谈者：您为什么这么上心？
受访者：我自己小时候就是这样过来的。阿爸在{{trap/place:东北}}推销阀门，一年回来一趟，我跟阿娘在{{trap/place:永嘉}}乡下过，就住在{{trap/place:瓯江}}边上。那时候没人管，也没有什么补助，饿了就去田里挖番薯。阿娘晚上点着煤油灯补衣服，我趴在她腿上睡着，醒过来天都亮了。现在有政策了，可外地人不晓得去哪里办，我就帮他们跑。我老婆{{han:应素琴}}骂我，说你又不是民政局的。
访谈者：车间联络表能念一下吗？
受访者：可以。{{han:倪阿娘}}{{mobile@plus86spaced}}，社工{{compound:赫连知夏}}{{mobile@hyphen}}。我的手机不念了，办公室墙上贴着。微信{{wechat:jiazf_oubei}}。大的那个哈萨克娒儿给我留过他的QQ，说有事找他爸就找他：{{qq:３６８１９０５２４}}。
访谈者：名字在表上写对了吗？
受访者：工会的表写得乱，{{spaced:宝 力 道 吉 日 嘎 拉}}一个字一个空，{{spaced:倪　梓　涵}}也是，{{spaced:申屠 国平}}拆成两截，{{spaced:吾拉孜别克 · 哈布勒}}点前点后都空了一格。
访谈者：最后还想说什么？
受访者：这些外地娒儿在瓯北长大，讲的是温州话，吃的是温州菜，就是温州人。大人出了事，孩子不能跟着倒下去。我跟渠们讲，有难处先来找我，找不到我就找工会，工会不管我就去找老板。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1793,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout227",))


if __name__ == "__main__":
    main()
