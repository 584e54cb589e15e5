# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 225 (tests/pii/holdout225/H1785-H1792 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
build asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 224, written at the same time, is not
an earlier set).

Set 225 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
屯昌 and 定安 (Hainan; rubber, betel nut and black pigs inland, pepper and rice dumplings on the 南渡江): a Uyghur
father from 伽师 who bakes naan at the 屯昌 market, lost a leg when his motorbike hit a betel-nut lorry, and
raises a son and a daughter since his wife went back to 喀什 (H1785); a Kazakh mother from 额敏 married to a Han
pepper farmer of 黄竹镇 who is in prison, with her daughter from her first marriage, their son and a mother-in-law
who speaks only Hainanese (H1786); a Hui grandfather from 同心 who sells beef at the 定城镇 market, his son in
prison for drugs, the children's mother (a Hui woman of 三亚's 回辉村) remarried, raising a granddaughter with
cerebral palsy and a grandson (H1787); a Yi mother from 昭觉 in 南坤镇, widow of a Li tapper who fell from a
betel-nut tree, raising their two children and her orphaned niece (H1788); the Han 儿童主任 of 加买村, a rubber
and betel-nut village of 南坤镇, reading out her register (H1789); a Han officer of the 定安 county women's
federation (H1790); the Han relief clerk of 定城镇 going through his rolls (H1791); and the Han leader of a
tapping team of 中建农场, with a Kazakh widow and a Yi couple among his tappers (H1792). The emphasis is on forms
where a replacement might cover only part of a name, or miss it, in a mix rather than one trick: given name +
father's name with ·, ‧, ・, . or nothing between (阿卜杜瓦依提·库尔班, 米合日巴奴‧艾合买提, 古丽巴合提・吾拉孜别克,
肉孜买买提.巴拉提, 阿不都热苏力阿卜杜瓦依提) and with spaces around the dot; Han (and Li) surnames before non-Han
given names (符阿依托勒坤, 冯波拉提别克, 虎伊德力斯, 虎茹凯雅, 蒲阿米娜, 王哈桑, 羊伍史, 沙伍呷); Hui 经名 beside the
Han-form names of the same people; Yi clan + given names and the given name alone (吉克尔则, 尔则), with the clan
name alone as a trap (吉克); forms of address made from names (瓦老板, 苏力仔, 塔吉, 古丽嫂, 别克仔, 小凯雅, 阿史,
虎老哥, 和妹仔, 标哥, 阿天); surnames and given characters that are grammar words next to grammar words (符得才倒,
陈正强正好, 符永才才, 李和妹和我, 邢又兰又, 潘启明却, 陈海航倒是, 符再兴再三, 他便 after 黄便生, 李问天问额,
莫家豪被); names holding words used nearby as words (时光耀/时光, 钟声远/钟声, 符合群/符合, 番薯仔/番薯干,
李和妹/和气, 李问天/问路, 左丘明哲/左丘明, 东方宏图/东方, 冼老师/冼夫人); names inside place- and shop-like
phrases (符南海槟榔收购点, 林瑞生猪场, 郭大顺猪肉档); a name closing the last line with no stop (他叫麦文丰);
names spaced out character by character in half- and full-width spaces and names split in two; compound surnames
after ordinary words; and numbers read out and written the many ways people do.

Markup: the shared inline markup of tests/pii/_setkit.py (``MARK``, ``marked_item``); groups here are uyghur,
kazakh, hui and yi. Han-style names of Hui people and of Li people (虎占鳌, 虎建军, 海丽娟, 虎欣怡, 羊亚勇, 卓亚妹)
are category han; a Han or Li surname before a non-Han given name, and a form of address made from a non-Han name,
are category minority.

Run ``python tests/pii/holdout225/make_holdout225.py`` to rebuild (deterministic); what the build checks and
prints: ``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(225_2026_1208)
MINORITY_GROUPS = ('uyghur', 'kazakh', 'hui', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "kazakh": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["130", "132", "136", "137", "139", "150", "152", "155", "159", "182", "183", "186", "188",
                   "189", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1785: Uyghur father from 伽师 who bakes naan at the 屯昌 market; he lost a leg in a crash on the way to 枫木镇
# and his wife went back to 喀什; he raises a son and a daughter.
DOCS["H1785"] = ("family", """\
访谈者：师傅，您这个馕摊摆了几年了？
受访者：六年了嘛。我叫{{minority/uyghur:阿卜杜瓦依提·库尔班}}，老家{{trap/place:喀什}}{{trap/place:伽师}}的。名字长，市场上的人记不住，都喊我{{minority/uyghur:瓦老板}}。
访谈者：怎么到屯昌来了？
受访者：老乡{{minority/uyghur:肉孜买买提.巴拉提}}先来{{trap/place:海口}}卖干果，说海南冬天不冷，生意好做，我就带着老婆孩子来了，在{{trap/place:屯昌}}菜市场门口打馕、卖{{trap/minority_word:烤包子}}。
访谈者：您的腿是……
受访者：三年前骑摩托去{{trap/place:枫木镇}}送馕，在胶林边上跟拉槟榔的车撞了，右腿截掉了。在{{trap/org:屯昌县人民医院}}住了两个月，{{han:詹志雄}}医生说再晚送来一个钟头，命就没了。
访谈者：孩子妈妈呢？
受访者：走了嘛。她叫{{minority/uyghur:米合日巴奴‧艾合买提}}，看我成了这个样子，哭了好几个晚上，回喀什去了，说不回来了。{{minority/uyghur:米合日巴奴}}现在电话也不接。
访谈者：两个孩子多大？
受访者：儿子{{minority/uyghur:阿不都热苏力}}十一岁，在{{school:屯昌县屯城镇第一小学五年级（4）班}}，海南的同学喊他{{minority/uyghur:苏力仔}}，他也高兴。女儿{{minority/uyghur:塔吉妮萨}}八岁，在{{school:屯城镇城南小学二年级1班}}，老师喊她{{minority/uyghur:塔吉}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:云秋菊}}，我们喊{{han:云姐}}。{{han:云秋菊}}她上门三回，给两个孩子报了困境儿童，又帮我办了低保，一个月{{trap/number:九百五十块}}。残疾人两项补贴是县残联的{{han:邢股长}}跑下来的。社工{{compound:欧阳翠萍}}每个礼拜来一回，教{{minority/uyghur:塔吉}}写作业，她同事{{compound:司徒颖珊}}带我儿子去打篮球。
访谈者：孩子在学校怎么样？
受访者：儿子脾气倔。头一年有个同桌叫{{han:符得才}}，笑他说话怪，两个人打了一架。班主任{{han:钟倩仪}}老师把两个叫到办公室，后来{{han:符得才}}倒成了他最好的朋友，天天跑到摊子上吃馕。她说，儿子数学好，就是作文写不来。
访谈者：生意还做得动吗？
受访者：做得动。我坐着打馕，站不了。隔壁卖粽子的{{han:麦阿婆}}帮我看摊，我去厕所她就替我收钱。房东{{han:陈正强}}{{trap/word:正好}}是残联的志愿者，房租一年只收三千。
访谈者：一天怎么过？
受访者：早上五点起来和面，六点生馕坑的火。儿子起来给妹妹梳头，两个人自己走去学校。下午割胶的、卖槟榔的、赶集的都来，一天能卖两百个。屯昌雨多，一下就是一个礼拜，馕卖不出去，我就拿去送给市场里的阿婆们，{{han:麦阿婆}}说新疆的馕放十天都不坏，比她的粽子经放。
访谈者：腿现在怎么样？
受访者：阴天疼得睡不着。假肢是残联配的，戴久了磨破皮。县康复站的{{han:蒙国栋}}教我每天晚上用温水洗，再抹药膏。{{han:蒙国栋}}他自己也少一只手，说习惯了就好，我说你说得轻松，他就笑。
访谈者：孩子们吃得惯这边的东西吗？
受访者：吃得惯。儿子爱喝{{trap/word:清补凉}}，女儿爱吃椰子。我们不吃猪肉，这边黑猪出名，学校食堂天天有猪肉，{{han:钟倩仪}}老师就给两个孩子单独打鸡蛋和青菜。过节我做一大锅{{trap/minority_word:抓饭}}，请{{han:陈正强}}一家来吃，他老婆{{han:庄美兰}}一个人吃了三碗。
访谈者：市场上的人对你们好吗？
受访者：好嘛。海南人心好，就是话听不懂。头几年我以为他们天天吵架，后来才知道海南话就是这么大声。卖槟榔的大姐们教我说吃饭了无，我教她们用维吾尔话数一二三。残疾人两项补贴一个月加起来{{trap/number:两百四}}，不多，可是每个月都按时到，我心里就踏实。
访谈者：孩子想妈妈吗？
受访者：想嘛。女儿晚上抱着她妈的花帽睡。我给他们讲{{trap/famous:阿凡提}}的故事，讲一个笑一个。老家的堂哥{{minority/uyghur:依明尼亚孜}}说，把孩子送回去，他帮我带。我不送，这边学校好，老师好，{{trap/minority_word:亚克西}}。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:屯昌县屯城镇昌盛路菜市场东门12号铺}}，老家{{address:伽师县卧里托格拉克镇阿克吐尔村3组41号}}。我身份证{{id_number@my1985tri.653129}}，女儿的{{id_number@wy2016fwhyphen.653129}}。我电话{{mobile@s38}}，{{han:云姐}}的{{mobile@p86n}}。我的微信叫{{wechat:Abduwayit_nan}}，儿子的QQ写在他的篮球上：{{qq:１９０３６６４２７}}。
访谈者：表上名字写对了吗？
受访者：乱得很嘛。低保表上写成{{spaced:阿卜杜瓦依提 · 库尔班}}，学校花名册上没有点，写成{{minority/uyghur:阿不都热苏力阿卜杜瓦依提}}；女儿的表一个字一个字空开，{{spaced:塔 吉 妮 萨}}；还有一张写成{{spaced:阿　不　都　热　苏　力}}。
访谈者：您最盼什么？
受访者：盼两个孩子念好书。我一条腿，打一天馕挣一百多块，够他们吃饭。女儿说长大了要当医生，像{{han:詹志雄}}那样，给人接腿。
""")

# H1786: Kazakh mother from 额敏 married to a Han pepper farmer of 黄竹镇 (定安) who is in prison; her daughter
# from her first marriage, their son, and a mother-in-law who speaks only Hainanese.
DOCS["H1786"] = ("family", """\
访谈者：大姐，您是新疆来的？
受访者：{{trap/place:塔城}}{{trap/place:额敏}}的，哈萨克族。我叫{{minority/kazakh:古丽巴合提・吾拉孜别克}}，村里人喊不来，叫我{{minority/kazakh:古丽嫂}}。
访谈者：怎么嫁到定安来了？
受访者：我老公{{han:符永才}}以前在{{trap/place:乌鲁木齐}}当兵，退伍后在额敏收了两年牛羊，我们就认得了。那时候我头一个丈夫{{minority/kazakh:叶尔兰·哈布德克里木}}已经没了，冬天骑马掉进了冰窟窿。我带着女儿跟他回了{{trap/place:定安}}{{trap/place:黄竹镇}}，种胡椒。
访谈者：您丈夫现在……
受访者：在坐牢。前年跟人赌钱，打架把人打伤了，判了四年。{{han:符永才}}才三十九岁，我说你糊涂啊。
访谈者：孩子们呢？
受访者：大的是女儿，{{minority/kazakh:阿依托勒坤·叶尔兰}}，十三岁，在{{school:黄竹镇中心学校初一（2）班}}。学校花名册上跟了后爸的姓，写成{{minority/kazakh:符阿依托勒坤}}，家里喊她{{minority/kazakh:托勒坤}}。小的是儿子{{han:符海旺}}，六岁，阿婆喊他{{han:番薯仔}}，说他晒得黑，像块{{trap/word:番薯干}}。
访谈者：婆家对你们好吗？
受访者：婆婆{{han:吴亚凤}}只会讲海南话，我听不懂她，她也听不懂我，头一年两个人比手画脚。现在她会喊“{{minority/kazakh:托勒坤}}，吃饭了无”，我也会说“无要紧”。
访谈者：谁帮了你们？
受访者：村委会的儿童主任{{han:卓美玲}}，{{han:卓主任}}给两个孩子都报了困境儿童，老公坐牢，儿子又报了服刑人员子女补助，一个月{{trap/number:八百元}}。县妇联的{{han:岑丽华}}来过两回，送了书包，{{han:岑丽华}}她讲，有事就打{{trap/hotline:12338}}。法律援助的律师{{compound:皇甫诚毅}}带我去监狱见过他一回。村里会计{{compound:上官锦荣}}帮我填表，我汉字写不好。
访谈者：女儿在学校怎么样？
受访者：{{minority/kazakh:托勒坤}}成绩中等，体育好，八百米跑了全镇第一。班主任{{han:庄老师}}对她好，知道我们不吃猪肉，食堂里给她另外打菜。有回同学笑她是坐牢的女儿，{{han:庄老师}}把那几个叫去训了一顿。同学{{han:黄可欣}}跟她最要好，天天一起骑车。
访谈者：靠什么过日子？
受访者：种胡椒，一年收两千斤，价钱好卖四万，不好两万。还在镇上帮人炸{{trap/minority_word:包尔萨克}}，一斤二十。{{trap/word:羊肉}}吃不起，这边羊贵。
访谈者：胡椒好种吗？
受访者：难种。胡椒怕水又怕旱，一场台风就倒一片。我刚来的时候什么都不会，是隔壁的{{han:邢阿叔}}手把手教我剪枝、摘果。摘下来的果子要泡水、脱皮、晒干，晒胡椒的时候满院子都是辣味，{{han:番薯仔}}打喷嚏打个不停。
访谈者：去监狱看过他吗？
受访者：去过两回，坐车到海口再转车。隔着玻璃拿电话讲话，他看见儿子就哭。管教{{han:覃警官}}人好，让他多讲了五分钟。他跟我讲，出来了再也不赌了，我说你讲给儿子听，莫讲给我听。
访谈者：女儿知道继父的事吗？
受访者：知道。她说她不恨他，他对她好，给她买过自行车。她有时候也难过，说她有两个爸爸，一个在天上，一个在牢里。我跟她讲，你还有妈，还有阿婆。{{han:吴亚凤}}听不懂我们讲什么，就摸摸她的头，塞给她一块{{trap/word:椰子糕}}。
访谈者：孩子们说哪种话？
受访者：三种都会。女儿跟我说哈萨克话，跟阿婆说海南话，在学校说普通话。儿子只会海南话和普通话，我教他哈萨克话他不学，说同学听不懂。我心里难受，我们的话到他这里就断了。晚上我给他唱摇篮曲，他听着听着也会哼两句。
访谈者：村里人怎么看你们家？
受访者：头一年有人讲闲话，说新疆来的女人留不住，过两年就跑。我没跑。老公出了事，又有人讲这回她要跑了，我还是没跑。现在村里办红白事都来请我帮忙，我炸的馓子一上桌就抢光。
访谈者：想回新疆吗？
受访者：想。我妈{{minority/kazakh:努尔加依娜}}八十岁了，在额敏，弟弟{{minority/kazakh:萨肯别克}}照顾。每个礼拜视频，我妈就给外孙女唱{{trap/famous:可爱的一朵玫瑰花}}。在海口开馕店的老乡{{minority/kazakh:吾木提汗}}过年给我们寄马肠子。
访谈者：登记信息请您说一下。
受访者：家在{{address:定安县黄竹镇白塘村委会南坡村17号}}，娘家{{address:额敏县郊区乡萨尔也木勒村二组8号}}。我身份证{{id_number@wy1988spaced.654221}}，女儿的{{id_number@wy2012x.654221}}。我电话{{mobile@fws}}，{{han:卓主任}}的{{mobile@h38}}。微信{{wechat:Gulbahat-1988}}，女儿的QQ是{{qq:3307152896}}。
访谈者：表上名字写对了吗？
受访者：不对。低保表上我是{{spaced:古 丽 巴 合 提}}，判决书上老公写成{{spaced:符 永才}}，中间空一格，女儿的表写成{{spaced:阿依托勒坤 ‧ 叶尔兰}}。
访谈者：您最盼什么？
受访者：盼{{han:符永才}}早点出来，一家人坐在一起吃顿饭，盼{{minority/kazakh:托勒坤}}考上{{trap/place:海口}}的高中。
""")

# H1787: Hui grandfather from 同心 (Ningxia) who sells beef at the 定城镇 market; his son is in prison, his
# daughter-in-law (a Hui woman of 三亚) remarried; a granddaughter with cerebral palsy and a grandson.
DOCS["H1787"] = ("family", """\
访谈者：大爷，您是宁夏来的？
受访者：{{trap/place:同心}}的。额叫{{han:虎占鳌}}，经名{{minority/hui:尔布杜勒}}，在{{trap/place:定城镇}}农贸市场卖了十六年牛肉。市场上的人都喊额{{han:虎老哥}}，额说额属羊，不咬人。
访谈者：家里几口人？
受访者：就额和两个孙娃娃。儿子{{han:虎建军}}，经名{{minority/hui:萨立合}}，前年沾了毒，判了五年。儿媳妇是{{trap/place:三亚}}{{trap/place:回辉村}}的，叫{{han:海丽娟}}，经名{{minority/hui:海迪切}}，男人一进去她就回了娘家，后来又走了一家。
访谈者：孙子孙女多大？
受访者：孙女十岁，汉名{{han:虎欣怡}}，经名{{minority/hui:茹凯雅}}，生下来就是脑瘫，腿站不起来，额叫她{{minority/hui:小凯雅}}。孙子八岁，经名{{minority/hui:伊德力斯}}，在{{school:定城镇第二小学二年级（5）班}}，花名册上写的是{{minority/hui:虎伊德力斯}}。
访谈者：孙女上学吗？
受访者：上不了，学校派老师送教上门。{{school:定安县特殊教育学校三年级一班}}的{{han:冼老师}}一个礼拜来两回，教{{minority/hui:小凯雅}}认字、数数。{{han:冼老师}}人好得很，这边的人说她是活{{trap/famous:冼夫人}}。
访谈者：都有哪些补助？
受访者：网格员{{han:邝丽萍}}帮额报的。孙女有残疾人两项补贴。镇上民政的{{han:李问天}}问额，娃娃的妈还管不管，额说不管了，他就按事实无人抚养报上去，一个娃娃一个月{{trap/number:一千一百七}}。
访谈者：孩子的病呢？
受访者：孙女一个礼拜去县里康复中心两回，康复师{{compound:端木小雨}}给她扳腿，疼得直哭。{{compound:端木小雨}}说再坚持两年，兴许能扶着站起来。海口有个爱心人士叫{{compound:长孙奕辰}}，给她捐了一辆轮椅。
访谈者：您自己身体呢？
受访者：六十七了，血压高。每天凌晨四点去屠宰场拉肉，七点出摊，中午回来给她喂饭、擦身子。同心的老乡{{minority/hui:撒努哈}}在{{trap/place:琼海}}也卖牛肉，忙的时候来替额看两天摊。
访谈者：孙子懂事吗？
受访者：懂事。{{minority/hui:伊德力斯}}放学回来就推着妹妹在院子里转，给她念课本。班主任{{han:钟绮萍}}老师说他作文写得好，题目叫我的爷爷是卖牛肉的。有回同学{{han:陈俊宇}}笑他爸是劳改犯，两个打起来了，{{han:钟绮萍}}把两家大人都叫去，说好以后不许提。
访谈者：做礼拜方便吗？
受访者：定安没有寺，主麻要去三亚，坐车三个钟头。三亚的{{han:蒲阿訇}}来过额家，给娃娃念了经，额们炸了{{trap/minority_word:油香}}。
访谈者：定安这边的人对你们怎么样？
受访者：好得很。额的摊子就在{{han:郭大顺}}猪肉档对面，刚来的时候额心里别扭，他也别扭。后来他看额一个人带娃娃，下大雨就把他的雨棚往额这边拉一半。额喊他{{han:郭阿伯}}，他孙子跟{{minority/hui:伊德力斯}}是同学，两个娃娃天天一起写作业。他讲，肉不一样，人一样。
访谈者：孙女平时在家做什么？
受访者：坐在轮椅上，从窗户看{{trap/place:南渡江}}上的船。她最喜欢画画，手抖，画不直，就画圈圈，说那是月亮，那是爷爷的馍馍。
访谈者：钱够用吗？
受访者：紧得很。康复一个月两千多，医保报一半。额卖牛肉一天挣一百来块，下雨天没人买。老家还有两亩地，租给了侄子{{han:虎占祥}}，一年给额寄一千。
访谈者：您怎么跟孩子讲他爸爸的事？
受访者：额不瞒娃娃。额跟孙子讲，你爸做了错事，在里面改，改好了就回来。娃娃问额毒是啥，额讲毒就是把人变成鬼的东西，一辈子不许碰。他点头，额看他是懂了。孙女不懂，她只晓得爸爸在很远的地方上班。
访谈者：海南热，您吃得消吗？
受访者：吃不消也得吃。额们同心是旱塬，一年下不了几场雨，这里天天下，衣裳晒不干，牛肉放半天就不行了。额买了个冰柜，电费一个月三百多。
访谈者：您儿子那边有联系吗？
受访者：一个月视频一回，监狱的{{han:谢警官}}安排的。{{han:虎建军}}在里头哭，说对不住娃娃。额说你好好改造，出来了跟额卖牛肉。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:定安县定城镇见龙大道农贸市场清真牛肉档3号}}，老家{{address:同心县预旺镇南关村四队19号}}。额的身份证{{id_number@my1958.640324}}，孙女的{{id_number@wy2015quad.469021}}。额的电话{{mobile@plus86dash}}，{{han:邝丽萍}}的{{mobile@fullwidth}}。孙子的QQ号写在铅笔盒盖子上：{{qq:60417283}}。网格员给额开了个微信，叫{{wechat:huzhanlin_niurou}}。
访谈者：表上的名字对吗？
受访者：不对得很。残联的表上写成{{spaced:虎 茹 凯 雅}}，一个字空一格；低保本上把额写成{{spaced:虎　占鳌}}，寺里的登记簿上是{{spaced:尔 布 杜 勒}}。
访谈者：您最盼什么？
受访者：盼{{minority/hui:茹凯雅}}能站起来，盼{{minority/hui:萨立合}}早点出来。额老了，哪天额走了，这两个娃娃交给谁呢？
""")

# H1788: Yi mother from 昭觉 (Liangshan) in 南坤镇 (屯昌), widow of a Li rubber tapper who fell from a betel-nut
# tree; two children and her orphaned niece from Liangshan.
DOCS["H1788"] = ("family", """\
访谈者：阿姐，您是四川来的？
受访者：{{trap/place:凉山}}{{trap/place:昭觉}}的，彝族。我叫{{minority/yi:吉克史色}}，这边的人念不来，跟着我男人家喊我{{minority/yi:阿史}}。
访谈者：怎么到屯昌来的？
受访者：十六年前跟老乡出来砍甘蔗，后来在{{trap/place:南坤镇}}的胶园割胶，认得了我男人{{han:羊文清}}，他是黎族，本地人。我们凉山有个{{trap/place:西昌}}，屯昌也有个{{trap/place:西昌镇}}，我头一回听到就笑了。
访谈者：您丈夫……
受访者：前年九月摘槟榔，从树上摔下来，腰断了，送到{{trap/org:海南省人民医院}}，三天就走了。槟榔树十几米高，他爬了二十年都没出过事。
访谈者：家里现在几个孩子？
受访者：三个。大的儿子{{han:羊亚勇}}，十四岁，在{{school:南坤中学八年级4班}}。女儿十岁，黎族名字叫{{han:羊亚兰}}，我给她起的彝名叫{{minority/yi:伍史}}，学校里写的是{{minority/yi:羊伍史}}，在{{school:南坤镇中心小学四年级（1）班}}。还有一个是我哥哥的女儿{{minority/yi:吉克尔则}}，十二岁。
访谈者：您哥哥家呢？
受访者：我哥哥{{minority/yi:吉克木支}}在{{trap/place:攀枝花}}挖矿，塌方死了。嫂子{{minority/yi:沙马尔各}}生病也走了。{{minority/yi:尔则}}在老家跟着奶奶，奶奶八十多了，我就把她接来海南，户口也迁过来了。
访谈者：有哪些补助？
受访者：侄女办了孤儿基本生活费，一个月{{trap/number:一千五百八十块}}。我家报了低保，两个孩子报了困境儿童。都是村里的儿童主任{{han:李和妹}}跑的，{{han:李和妹}}和我去了三趟县民政局。
访谈者：孩子们在学校怎么样？
受访者：{{minority/yi:伍史}}的班主任是{{han:吉老师}}，她跟我讲，我也姓吉，不过是黎族的吉，不是你们{{trap/minority_word:吉克}}家的。{{han:吉老师}}给{{minority/yi:尔则}}补拼音，她刚来的时候一句普通话都不会说。{{han:羊亚勇}}读书不行，天天想出去打工，镇上的社工{{compound:夏侯春生}}来劝过他好几回。
访谈者：婆家帮得上吗？
受访者：公公{{han:羊阿公}}七十多了，还在割胶，凌晨两点打着头灯进胶林。婆婆{{han:卓亚妹}}只会讲黎话，我只会讲彝话，两个人用普通话吵架，谁也吵不赢。公公讲，彝族媳妇也是羊家的媳妇，谁敢欺负你，我拿胶刀去找他。
访谈者：割胶辛苦吗？
受访者：辛苦。半夜一点起床，戴头灯，一棵一棵割，一个晚上割四百棵。天亮了收胶水，送到收胶站，{{han:蔡站长}}称完给你开单子。下雨不能割，胶水会冲走，一下雨就没收入。我男人在的时候，他割胶我收胶，现在一个人干两个人的活。
访谈者：三个孩子谁照顾？
受访者：我半夜出门，{{han:羊亚勇}}就是大人了，早上叫两个妹妹起床、煮稀饭。有一回{{minority/yi:尔则}}发高烧，他背着她走了三里路去卫生院，{{han:颜医生}}说再晚一点就烧成肺炎了。
访谈者：她习惯海南吗？
受访者：头一年天天哭，说想奶奶，说海南太热，蚊子太多。她不吃槟榔，也不吃{{trap/word:椰子饭}}，只想吃{{trap/minority_word:荞粑粑}}。现在会讲几句海南话了，放学跟{{minority/yi:伍史}}在胶园里捡胶杯、捉蜗牛。
访谈者：过彝族的节吗？
受访者：过。{{trap/minority_word:火把节}}我带三个孩子在胶园边上点火把，杀只鸡，做{{trap/minority_word:坨坨肉}}，给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。黎族的{{trap/minority_word:三月三}}我们也过，{{han:卓亚妹}}教{{minority/yi:伍史}}织{{trap/minority_word:黎锦}}。
访谈者：您现在做什么工？
受访者：还是割胶。胶园老板{{compound:东方宏图}}是{{trap/place:东方}}人，知道我家出了事，给我多分了三百棵树。胶价低，一斤干胶卖十来块，一个月挣两千多。一半交房租水电，一半给孩子们买菜买本子，剩不下什么。
访谈者：您想过回凉山吗？
受访者：想过。男人走了以后，娘家叫我带孩子回去。可两个孩子是黎族，生在这里长在这里，回凉山听不懂话，侄女的户口也迁过来了，我就留下了。老家的山高，这里的树高，都是一样苦，这边的人心好一点。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。儿子不让我再上槟榔树，说槟榔让别人去摘，我们只割胶。女儿每年清明去她爸坟上放一把槟榔花，说爸爸喜欢。
访谈者：登记信息请您说一下。
受访者：家在{{address:屯昌县南坤镇加买村委会黎寨村6号}}，老家{{address:昭觉县竹核乡木渣洛村2组11号}}。我身份证{{id_number@wy1990hyphen.513431}}，{{minority/yi:尔则}}的{{id_number@wy2013fwspaced.513431}}。我电话{{mobile@s74}}，儿子的{{mobile@p86h}}。我的微信{{wechat:Jike_Shise90}}，儿子的QQ是{{qq:48820519}}。
访谈者：表上的名字写对了吗？
受访者：老是写错。孤儿的表上写成{{spaced:吉 克 尔 则}}，我的低保本上是{{spaced:吉克　史色}}，中间空一大格，儿子的学生证写成{{spaced:羊 亚 勇}}。
访谈者：您最盼什么？
受访者：盼三个孩子好好读书，莫像我们一样，一辈子在树上、在胶林里讨生活。
""")

# H1789: Han 儿童主任 of 加买村, a rubber and betel-nut village in 南坤镇 (屯昌), reading out her register.
DOCS["H1789"] = ("staff", """\
访谈者：{{han:李主任}}，您当儿童主任几年了？
受访者：五年啰。我叫{{han:李和妹}}，{{trap/word:和气}}的和，妹仔的妹，村里老人都喊我{{han:和妹仔}}。我们{{trap/place:加买村}}是胶园村，家家割胶、种槟榔、养黑猪，大人凌晨两点就进胶林，孩子早上自己爬起来上学。
访谈者：台账上现在几个孩子？
受访者：十一个，我翻本子念给你听。头一个{{han:邢又兰}}，九岁，老爸前年割胶被蛇咬了，没救回来，老妈改嫁去了{{trap/place:儋州}}，她跟阿婆住，报了事实无人抚养。{{han:邢又兰}}又瘦又小，老师讲她上课老打瞌睡，早上要帮阿婆喂猪。
访谈者：第二个呢？
受访者：{{han:时光耀}}，十一岁，老爸坐牢，报了服刑人员子女。他阿公讲，{{trap/word:时光}}快啊，等他老爸出来，孩子都上初中了。{{han:时光耀}}在{{school:加买小学五年级（2）班}}。第三个{{han:云美娟}}，脑瘫，两项补贴都有，她阿妈{{han:吴亚六}}在{{han:符南海}}槟榔收购点剥槟榔，一天挣八十块。
访谈者：有少数民族的孩子吗？
受访者：有，凉山来的彝族胶工有四户。{{minority/yi:吉克史色}}家三个孩子，她侄女{{minority/yi:吉克尔则}}是孤儿，我跟她跑了三趟民政局。还有{{minority/yi:沙马伍呷}}，八岁，老爸{{minority/yi:沙马木乃}}在工地摔坏了腿，老妈{{minority/yi:阿苦日沙}}一个人割两百棵树。学校花名册上写成{{minority/yi:沙伍呷}}，少了一个字，他老爸跑来问我是不是搞错了。
访谈者：您平时怎么走访？
受访者：骑摩托一家一家跑。{{han:潘启明}}家最难进，他阿公脾气大，我去讲了三回，{{han:潘启明}}却不肯上学，躲在{{han:林瑞生}}猪场里喂猪。后来驻村第一书记{{compound:宇文立峰}}跟我一起去，他才回了学校。
访谈者：镇上有人帮您吗？
受访者：有，社工站的{{compound:诸葛美琴}}每个月来一次，带孩子们画画、唱歌。村小的老师{{compound:司马晓东}}给他们补课，不收钱。{{han:黄小梅}}喊我阿姨，每回我去她都抱着我的腿。她老妈{{han:麦秋月}}瘫在床上，老爸跑了，我让{{han:韦晓玲}}帮她申请了临时救助。
访谈者：儿童之家怎么搞？
受访者：村委会腾了一间屋，放了书架、乒乓球台，礼拜六礼拜天开门，我和大学生志愿者{{han:覃小蕙}}轮着守。孩子们最爱看电影，一部{{trap/famous:哪吒}}看了五遍。墙上贴着孩子们画的胶林、黑猪和槟榔树，画得最好的那张拿去镇上评了奖。有个小姑娘每回都坐第一排，看完了还学着喊。
访谈者：台风天怎么办？
受访者：台风来之前，我一家一家打电话，把老人孩子接到村委会。去年那场台风，{{han:邢又兰}}家的瓦房顶掀了一半，她阿婆抱着她躲在床底下。第二天我叫上老公去帮她们补屋顶，{{han:韦晓玲}}从镇上送了两袋米、一箱方便面。
访谈者：您自己家呢？
受访者：我老公也割胶，两个孩子在县城读书。当儿童主任一个月补贴{{trap/number:六百块}}，还不够油钱。我老公{{han:陈海航}}倒是不讲什么，他讲，别人的孩子也是孩子。我自己的孩子讲，阿妈你对别人家的孩子比对我们还好。
访谈者：孩子们最缺的是什么？
受访者：缺人陪。钱有政策，一个月几百块，吃饭穿衣够了。可是大人半夜进胶林，天亮了又去摘槟榔，回来倒头就睡，没人问孩子作业，没人问孩子在学校开心不开心。我去家里，第一句问吃了没，第二句问作业，第三句就问有没有人欺负你。有的孩子一句话不讲，有的孩子拉着我讲一个钟头。
访谈者：您是怎么当上儿童主任的？
受访者：村里选的，讲我是妇女主任，顺便兼一下。我读到初中，电脑不会用，台账都是手写，后来县里培训了三天，学会了在手机上填系统。系统一天到晚要拍照、要定位，我讲孩子又不是犯人。
访谈者：有没有难办的事？
受访者：有。{{han:吴德荣}}说他孙子不算困境儿童，因为他儿子在外面打工，没坐牢也没死。可他儿子五年没寄过一分钱，电话也打不通。我去{{trap/org:屯昌县民政局}}问，他们讲要开失联证明，派出所又讲不归他们管，样般办嘛？
访谈者：请您说一下联系方式和台账上的信息。
受访者：我电话{{mobile@spaced}}，微信{{wechat:heimei_jiamai}}，村里的QQ群是我建的，我的QQ是{{qq:2760915384}}。{{han:邢又兰}}家在{{address:南坤镇加买村委会坡尾村21号}}，身份证{{id_number@wy2016plain.469022}}；{{han:时光耀}}家在{{address:加买村委会新村队三巷8号}}，身份证{{id_number@my2014spaced.469022}}。
访谈者：台账上名字写得规范吗？
受访者：不规范。上一任写的，{{spaced:邢　又　兰}}中间空好大，{{spaced:诸 葛 美 琴}}也是一个字一个字分开，{{spaced:沙马 伍呷}}空了一格，还有{{spaced:时 光 耀}}，我都要重新抄。最后一个孩子还没念，他叫{{han:麦文丰}}
""")

# H1790: Han officer of the 定安 county women's federation: a Uyghur mother who left a violent husband, mothers
# who volunteer, summer camps.
DOCS["H1790"] = ("staff", """\
访谈者：{{han:岑部长}}，妇联这边管困境儿童，都管些什么？
受访者：我们不发钱，发钱的是民政局。我们管的是人：儿童之家、妈妈志愿者、家暴的案子、春蕾助学。我叫{{han:岑丽华}}，在{{trap/org:定安县妇联}}权益部干了九年，下面的人都喊我{{han:岑大姐}}。
访谈者：能讲一个您印象深的家庭吗？
受访者：讲{{minority/uyghur:布威阿提凯姆·吐尔地}}家吧。她是{{trap/place:和田}}人，十几年前来定城的粽子厂包粽子，嫁了本地人{{han:邓水生}}。{{han:邓水生}}喝了酒就打人，有一回把她打得耳朵出血，是女儿打{{trap/hotline:110}}报的警。
访谈者：后来呢？
受访者：我们陪她去法院，法官{{compound:南宫瑾瑜}}当天就发了人身安全保护令。律师{{compound:申屠国梁}}帮她打离婚官司，一分钱没收。离了以后，两个孩子都跟妈妈。{{minority/uyghur:阿提凯姆}}一个人包粽子，一天包八百个，手指头都裂了。
访谈者：孩子们怎么样？
受访者：大的女儿{{minority/uyghur:赛乃瓦尔}}，十二岁，学校里跟爸爸姓，写成{{minority/uyghur:邓赛乃瓦尔}}，在{{school:定安县定城镇城东小学六年级（3）班}}，同学都喊她{{minority/uyghur:小赛乃}}。小的儿子汉名叫{{han:邓家乐}}，七岁，那晚吓坏了，到现在晚上还尿床。我们请了心理咨询师{{compound:钟离秀梅}}，每两个礼拜给他做一次沙盘。
访谈者：她们能拿到什么帮助？
受访者：民政按困境儿童报了，我们又给女儿报了春蕾助学，一年{{trap/number:两千块}}。她小姨{{minority/uyghur:海尼沙汗}}从和田寄来一块{{trap/minority_word:艾德莱斯}}绸，她妈给她做了条裙子，六一那天她穿着跳舞，全校都鼓掌。
访谈者：家暴的案子多吗？
受访者：一年接三十来个，真正走到法院的不到十个。农村讲家丑不外扬，打了老婆，兄弟叔伯来劝几句就算了。孩子看在眼里，男孩学会了打人，女孩学会了忍。所以我们现在讲家暴，一定连着孩子一起讲，孩子也是受害人。我们跟学校讲好了，老师发现孩子身上有伤，第一个电话打给我们。
访谈者：妈妈志愿者是怎么回事？
受访者：每个村挑一两个热心的妇女，结对子，一个人看两三个孩子。{{trap/place:雷鸣镇}}的{{han:郑秀兰}}讲，她结对的两个孩子比她自己的还黏她。{{trap/place:龙河镇}}的{{han:植丽芬}}开小卖部，孩子放学没人管就在她店里写作业，她还管饭。{{han:符合群}}是退休教师，义务给孩子补英语，她说{{trap/word:符合}}条件的她都收，不符合的也收。
访谈者：夏令营也办吗？
受访者：办。每年七月带孩子们上{{trap/place:母瑞山}}，听{{trap/famous:红色娘子军}}的故事，再去{{trap/place:文笔峰}}爬山。有的孩子长这么大头一回坐大巴，一路吐，下了车又高兴得满山跑。带队的是团县委的{{han:钟声远}}，一路摇个铃铛，孩子们笑他人如其名，{{trap/word:钟声}}响到哪里，队伍走到哪里。
访谈者：儿童之家在定安推得怎么样？
受访者：全县一百多个村，建了九十几个，难的是没人管。有的村屋子挂了牌，门一年开不了几回。{{trap/place:黄竹镇}}白塘村的{{han:卓美玲}}做得最好，胡椒收完了就组织孩子们读书、包粽子。我们拍了视频，{{han:龙主席}}拿到省里去讲。志愿者{{han:颜秋婷}}把视频放在网上，她的微信{{wechat:yanqiuting-dingan}}，好多家长加她问怎么报名。
访谈者：您工作里最难的是什么？
受访者：是劝人开口。很多妈妈挨了打不讲，怕丢脸。{{han:龙主席}}常讲，妇联的人要比娘家人还亲。去年{{trap/place:岭口镇}}有个妈妈，是我们的{{han:冯小敏}}蹲了三个晚上才劝下来的。{{han:王春桃}}喊她阿姐，陪她去医院验伤，{{han:王春桃}}自己也是从家暴里走出来的。
访谈者：这个维吾尔族妈妈现在怎么样？
受访者：好多了。粽子厂的老板{{han:詹运旺}}给她涨了工资，让她当了小组长。她学会了包{{trap/word:定安粽子}}，还把新疆的葡萄干包进去，取名叫团结粽，过端午卖得最快。她说海南是她的第二个老家。
访谈者：请您留个联系方式，再说一下这家的登记信息。
受访者：我手机{{mobile@plus86}}，微信{{wechat:dingan_fulian_cen}}，单位的QQ是{{qq:1574062938}}。{{minority/uyghur:阿提凯姆}}现在住{{address:定城镇城南社区富民路27号2栋301}}，电话{{mobile@hyphen}}。身份证我们档案里有：{{id_number@wy1986x.653201}}，{{minority/uyghur:赛乃瓦尔}}的{{id_number@wy2013fullwidth.469021}}。她老家在{{address:和田市古江巴格乡纳格热其村5组36号}}。女儿的QQ号码写在我本子上：{{qq:73620915}}。
访谈者：档案上名字写得统一吗？
受访者：不统一。法院的文书写成{{spaced:布威阿提凯姆 ・ 吐尔地}}，低保本上没有点，写成{{spaced:阿提凯姆 吐尔地}}，学校的表是{{spaced:赛 乃 瓦 尔}}，儿子的户口本上是{{spaced:邓 家乐}}，多了一格。
""")

# H1791: Han relief clerk of 定城镇 (定安) going through his rolls: 低保, orphans, 事实无人抚养, a Hui widow of 三亚.
DOCS["H1791"] = ("staff", """\
访谈者：{{han:李助理}}，您在镇里管什么？
受访者：社会救助这一摊，低保、特困、孤儿、事实无人抚养、临时救助，都从我手上过。我叫{{han:李问天}}，{{trap/word:问路}}的问，镇上的人都喊我{{han:阿天}}。定城镇困境儿童的台账上现在有六十三个。
访谈者：事实无人抚养怎么认定？
受访者：父母两边都要对得上：死亡、失踪、重残、服刑、强制戒毒，或者一边服刑一边改嫁不管。县民政局的{{han:邢科长}}讲过，材料要村里证明、派出所证明、法院判决书，缺一样都报不上去。比如{{han:虎占鳌}}家，儿子在服刑，儿媳妇改嫁了，我就这样报的。老人是回族，孙女{{minority/hui:虎茹凯雅}}残疾，手续我跑了四趟县里。
访谈者：镇里还有别的回族家庭吗？
受访者：有。{{trap/place:回辉村}}嫁过来的{{minority/hui:蒲阿米娜}}，老公{{han:王海才}}出海打鱼没回来，找不到人，要等法院宣告失踪才能算。她两个孩子，大的{{minority/hui:王哈桑}}在{{school:定安县仙沟中学九年级1班}}，小的{{minority/hui:王苏海拉}}才五岁。{{minority/hui:王哈桑}}说他毕业了就去{{trap/place:三亚}}学做船，我讲你先把书读完。
访谈者：低保怎么核？
受访者：入户看，查存款、车子、房子。有的人不讲实话。{{trap/place:仙沟}}那边的{{han:符再兴}}，说自己没收入，我去了一看，院子里停着一辆新摩托，{{han:符再兴}}再三跟我讲是借的。后来查了，是他女婿{{han:吴秀山}}的，那就算了。也有人被冤枉的，{{han:莫家豪}}被邻居举报，说他家养了二十头黑猪，我去数，才六头。我讲政策是给真困难的人的，你多拿一分，别人就少拿一分。
访谈者：孤儿基本生活费发到哪里？
受访者：发到孩子的卡上，监护人代领。卡丢了要挂失补办，老人不识字，我就陪着去银行。{{trap/org:农商银行}}的{{compound:左丘明哲}}帮我们一家一家核对卡号，他说他祖上是写书的{{trap/famous:左丘明}}，我讲那你也写一本。现在集中供养的孤儿每月{{trap/number:一千九百六十元}}，散居的{{trap/number:一千五百八十元}}。
访谈者：钱是怎么算的？
受访者：低保按户算，定安农村标准一个月{{trap/number:六百九十元}}，家里收入不够这个数的补差。困境儿童另算，孤儿和事实无人抚养的孩子拿基本生活费，残疾的孩子还有两项补贴，一个护理一个生活。一户人家几样叠起来，有时候比打工的还多，就有人眼红讲闲话，我就得一家一家去解释。
访谈者：镇里谁管这些？
受访者：分管的是镇长{{compound:濮阳建伟}}，每季度开一次会。会计{{compound:赫连秋月}}管账，钱少一分她都不签字。{{han:钟阿伯}}是老支书，村里的事他最清楚，我有不懂的就跟{{han:吴秀珍}}一起去问他。{{han:黄便生}}是{{trap/place:龙门镇}}的同行，他便是我的师傅，教我看申请表。
访谈者：一年要入户多少回？
受访者：低保每年复核一次，困境儿童每季度走访一次，六十三个孩子，一个不能漏。我一个人骑电动车跑，{{trap/place:南渡江}}两边的村子最远的要四十分钟。下雨天路滑，去年我摔过一回，膝盖缝了六针。{{han:蒙阿姐}}是村里的儿童主任，她讲你莫跑了，我帮你拍照片发过来，我讲照片看不出孩子瘦没瘦。
访谈者：有没有错报漏报的？
受访者：有。去年{{han:陈阿妹}}她家本来够条件，村里没报上来，孩子差点辍学。我给{{han:陈阿妹}}补了临时救助，又让村里重新报。还有人讲我心软，我讲心不软就别干这个。
访谈者：您干这个多久了？
受访者：七年。以前在镇里管计生，后来调到民政。刚来的时候天天挨骂，骂我是卡人的，后来骂得少了。我老婆讲，你管别人家的孩子，自己家孩子的家长会一次没去过。我讲等我退休了，一次补齐。
访谈者：最让您难受的一件事？
受访者：有个孩子妈妈去世，爸爸失联，我给他报了事实无人抚养，批下来那天他阿婆拉着我的手哭，说总算有人管了。可第二年阿婆也走了，孩子只能送到县{{trap/org:儿童福利院}}。送他走那天，他问我，叔叔你还来看我吗。我每个月都去。
访谈者：请您说一下这两家的登记信息。
受访者：{{han:符再兴}}家在{{address:定城镇仙沟村委会大塘村12号}}，身份证{{id_number@mmidhyphen.469021}}，电话{{mobile@plus86spaced}}。{{minority/hui:蒲阿米娜}}家在{{address:定城镇东门社区南渡江路48号}}，她儿子的身份证{{id_number@my2009tri.469021}}，电话{{mobile@s434}}。我自己的工作微信{{wechat:wxid_q7d2n8v5r1}}，QQ是{{qq:９５０３１７４４}}。
访谈者：名字登记上有什么问题吗？
受访者：多得很。系统里把镇长写成{{spaced:濮 阳 建 伟}}，把她写成{{spaced:蒲 阿 米 娜}}，还有一张表上是{{spaced:符 再 兴}}，每个字中间一个空格，查都查不到。
""")

# H1792: Han team leader of a rubber-tapping team of 中建农场 (屯昌): a Kazakh widow of a tapper, a Yi couple whose
# children stay in 布拖, and the team's children.
DOCS["H1792"] = ("staff", """\
访谈者：队长，您在农场干了多少年？
受访者：三十一年啰。我叫{{han:郑德标}}，{{trap/org:中建农场}}十二队的队长，队里的人都喊我{{han:标哥}}。我们队管一千二百亩胶林，三十几个胶工，凌晨一点开割，天亮收胶。
访谈者：割胶是怎么个割法？
受访者：凌晨一点戴着头灯进林，一把胶刀，一棵树割一刀，斜着往下，刀口不能深也不能浅，深了伤树，浅了不出胶。一个胶工一晚上割三四百棵，天亮了再回头收胶杯，把胶水倒进桶里挑到收胶站。台风一来，树倒一片，一年白干。
访谈者：队里有困境儿童吗？
受访者：有几家。最难的是{{minority/kazakh:阿合吉勒·加肯}}家。她是{{trap/place:阿勒泰}}来的哈萨克族，嫁给我们队的胶工{{han:冯茂松}}。前年台风，{{han:冯茂松}}去林子里扶胶树，一棵树倒下来砸在他身上，人就没了。
访谈者：她现在一个人带孩子？
受访者：一个人。儿子{{minority/kazakh:波拉提别克}}，九岁，队里的人喊他{{minority/kazakh:别克仔}}，学校花名册写的是{{minority/kazakh:冯波拉提别克}}，在{{school:中建农场中心小学三年级（2）班}}。{{minority/kazakh:阿合吉勒}}割胶割得比男人还快，就是不会讲海南话，跟队里的阿婆们打手势。她哥哥{{minority/kazakh:库纳洪}}从阿勒泰打电话来，叫她回去，她说孩子他爸埋在这里，不走。
访谈者：她们拿到了什么帮助？
受访者：孩子报了困境儿童，她评了低保。场部的{{compound:闻人志勇}}帮她办了工伤的手续，赔了一点钱。工会的{{compound:公良秀英}}每年六一送书包、送米。技术员{{compound:鲜于海燕}}教她打药、看胶线，她说{{compound:鲜于海燕}}是她在海南的头一个朋友。
访谈者：还有别的家庭吗？
受访者：有一对凉山来的彝族夫妻。男的叫{{minority/yi:马海木沙}}，场部登记成{{minority/yi:马木沙}}；女的叫{{minority/yi:阿说依莫}}。两个孩子留在{{trap/place:布拖}}跟奶奶，大的{{minority/yi:马海拉者}}十岁。去年奶奶病了，孩子没人管，我让{{han:陈亚七}}帮他们找了县里的社工，把大的接过来上学了。刚来的时候他只会说彝话，现在跟队里的孩子说海南话。
访谈者：队里其他孩子呢？
受访者：胶工家的孩子，大人半夜出门，孩子一个人在家睡。{{han:吴春杏}}讲，她家小的半夜醒了找不到妈，哭着跑到胶林里，差点掉进水塘。后来队里腾了一间屋，搞了个儿童之家，请{{han:王阿叔}}晚上守着。{{han:王阿叔}}讲，他守过胶林守过猪场，头一回守孩子。儿童之家晚上开到天亮，孩子们在里头睡，大人收完胶来接。
访谈者：外地来的胶工多吗？
受访者：越来越多。本地年轻人不肯干，嫌苦嫌脏，凉山、贵州、广西都有人来，男人割胶，女人收胶，孩子有的带来，有的留在老家。带来的孩子上学要转学籍，留在老家的孩子一年见一回。我跟场部讲，要给外地胶工的孩子想办法，场部讲在想，想了两年。
访谈者：胶价现在怎么样？
受访者：低啊。{{trap/number:十二块五}}一公斤干胶，一个胶工一个月两三千。{{trap/org:海胶集团}}讲要提价，讲了三年。年轻人都去{{trap/place:海口}}打工，留下来的多是老人、外地人。{{han:莫少雄}}去年也走了，把孩子留给他阿婆，阿婆眼睛不好。我跟老婆{{han:钟玉梅}}劝队里的人多种点槟榔、养几头黑猪，不能全靠胶。
访谈者：孩子们平时跟谁玩？
受访者：队里的孩子不分你我，{{minority/kazakh:别克仔}}跟彝族的{{minority/yi:马海拉者}}最好，两个人的普通话都是在这里学的，一个带新疆味，一个带四川味，吵起架来谁也听不懂谁。周末他们跟着{{han:莫少雄}}的儿子去{{trap/place:木色湖}}钓鱼，我怕出事，叫{{han:陈亚七}}跟着。
访谈者：那个哈萨克族妈妈现在怎么样？
受访者：慢慢好了。她学会了用海南话骂人，也学会了嚼槟榔，嘴巴红红的，队里的阿婆们笑她是真正的海南人了。
访谈者：您自己家呢？
受访者：{{han:钟玉梅}}在场部食堂煮饭，两个孩子都出去了。我退休前就想把儿童之家搞好。{{han:黎文杰}}医生每个月来一次，给孩子们量身高、看牙。
访谈者：请您说一下这两家的登记信息。
受访者：{{minority/kazakh:阿合吉勒}}住在{{address:屯昌县中建农场十二队职工宿舍5排3号}}，身份证{{id_number@wy1987spaced.654301}}，电话{{mobile@plain}}。{{minority/kazakh:波拉提别克}}的身份证{{id_number@my2016hyphen.469022}}。{{minority/yi:马海木沙}}老家在{{address:布拖县特木里镇火烈村1组9号}}，电话{{mobile@s38}}。我的微信{{wechat:zdb_jiaogong}}，队里的QQ群是我管，我的QQ{{qq:21904658}}。
访谈者：登记表上的名字写对了吗？
受访者：写错的多。{{spaced:阿 合 吉 勒}}一个字一个字空开，{{spaced:马海 木沙}}空了一格，孩子的作业本上是{{spaced:冯 波拉提别克}}，技术员的名字还写成{{spaced:鲜　于　海　燕}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1785,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout224",))


if __name__ == "__main__":
    main()
