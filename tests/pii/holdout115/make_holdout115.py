# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 115 (tests/pii/holdout115/H905-H912 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 114, written at the same time, is not
an earlier set).

Set 115 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
嘉峪关 (Gansu) and 亳州 (Anhui): a Mongolian mother from 肃北 who cleans at the 嘉峪关 steelworks hostel, her husband
dead in a mine accident; an Amdo Tibetan father from 天祝 who drives a bread van in 嘉峪关, his wife with mental
illness; a Kazakh grandmother from 阿克塞 raising three grandchildren in 嘉峪关 whose mother left and whose father is
in prison; a Hui father from 张家川 with a beef-noodle shop in 谯城区 (亳州), his wife on dialysis and his daughter
deaf; a Yugur (裕固族) community worker in 肃南 reading out her list; a Han herbal-medicine trader in 亳州 who took in
his dead brother's children; a Han middle-school teacher in 涡阳 in touch on WeChat and QQ; and a Han village doctor
in 利辛. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names used whole (沙仁图雅, 苏布道, 其日麦拉图, 伊日贵她, 锡林高娃, 恩和巴图, 陶格涛, 呼和巴日,
塔布囊, 乌兰图雅) and with short forms (沙仁, 麦拉图), a Han surname before a Mongolian given name (韩苏布道 on the
mine's papers, 韩麦拉图 on the school roll) and the Han name of the same woman (包秀兰, 包姨); Amdo Tibetan names
(完玛才让, 兰措吉, 切排加他, 加羊吉, 更藏吉, 公保多杰, 俄日加, 仁青措她, 拉本加, 多杰吉) with short forms (兰措她,
羊吉, 青措), a Han surname before a Tibetan given name (杨完玛 on the driving licence, 李吉毛) and the Han form of
address of a Tibetan (杨司机); Kazakh given name + father's name with the dot (哈依夏·托列根, 巴扎尔别克·胡尔曼,
阿克托然·巴扎尔别克, 别尔迪·巴扎尔别克, 胡尔曼·居玛汗), single names (热依扎, 恰依娜尔, 扎依拉, 哈布肯,
巴扎尔别克), short and fond forms (哈依夏大妈, 哈依夏阿帕, 托然, 别尔迪, 恰依) and a school's surname made from the
father's name (巴别尔迪); Hui religious names (经名) alone (穆赛, 赛麦妮, 阿里夫, 哈娃她, 尔布都阿訇, 海丽她) and after
a Han surname (马穆赛, 马哈娃, 马哈立德, 拜奥斯曼, 马海丽, 马尔里), beside the Han names of the same people (马占江,
马掌柜, 马大哥, 拜秀兰, 马骏驰, 马若岚, 拜家驹); Yugur people with Han-style names, category han (杜秀花, 杜主任,
安志勇, 安国栋, 安老汉, 郎雪梅被, 钟永福, 妥桂英, 贺文娟); Han names with common and rare surnames of the region (有, 把,
雒, 苟, 豆, 蔺, 要, 党, 蒲, 庞, 谯, 嵇, 禚, 拜, 葛, 訾, 还, 亓, 蒯, 阚, 都, 能, 楚, 郜, 鲍); surnames that are ordinary
words, directly after or before grammar words (有建华有心, 我向向红梅请, 把秀芳就把, 跟把秀芳, 找把主任, 都找都雪莲,
都雪莲都, 和老板和我说, 冯也也, 要德胜要, 还建国还, 才巧云才, 都晓燕都, 能小雨能), and given names with such
characters (冯也, 牛也平也, 丁成就就, 刘礼让让, 韩要红被, 要德胜); names that contain words (刘礼让, 丁成就, 和平安,
和小安, 能小雨, 向满仓, 向东阳, 嵇紫苏, 嵇远志, 还建国, 安国栋, 何宝山); titles and kin words after names (牛丽娟老师,
蔺彩霞老师, 蒲雪琴老师, 秦蔓菁老师, 夏茗琳老师, 韦金凤老师, 赫连明珠大夫, 司徒明远大夫, 程兰英主任, 还建国主任,
哈依夏大妈, 尔布都阿訇; the span is the name only), a surname with only a title or kin word, annotated whole (包姨,
把主任, 杨司机, 和老板, 蒲老师, 马大哥, 马掌柜, 杜主任, 安老汉, 嵇老板, 嵇二哥, 还主任, 蒯老师, 葛校长, 阚大夫,
阚先生, 阚爷, 鲍院长, 楚家婶子), nicknames and local forms of address, annotated whole (苏苏, 志娃, 燕娃, 阳阳, 北北;
沙仁, 羊吉, 恰依 are minority); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和,
and a name closing the last sentence of four transcripts (头一个请和老板。, 还想谢谢谯丽君。, 最让我放心不下的是丁成就。,
离不开阚守仁。); names spaced out character by character in half- and full-width spaces (其 日 麦 拉 图, 完 玛 才 让,
阿 克 托 然, 恰　依　娜　尔, 呼 和 巴 日, 万 俟 子 航, 公 孙 怀 远, 闾 丘 子 谦, 东 郭 晓 冉, 嵇　紫　苏, 能　小　雨),
a dotted name with spaces around the dot (哈依夏 · 托列根) and names split in two (沙仁　图雅, 切排 加, 乌兰　图雅,
别尔迪 巴扎尔别克, 禚建 设, 嵇远 志, 韩要 红, 楚欣 怡); compound surnames after ordinary words (司马, 令狐, 尉迟,
皇甫, 赫连, 宇文, 诸葛, 东方, 长孙, 万俟, 钟离, 慕容, 公孙, 上官, 闾丘, 东郭, 宗政, 司徒 after
的/实习生/同事/心理医生/律师/大学生); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:把秀芳}}``, ``{{qq:62019375}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986tri.341623}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 主任, 大妈, 阿帕, 阿訇) and a
particle, pronoun or verb written directly after a name (说, 也, 她, 他, 就, 把, 被, 才, 都, 还, 要, 让, 能, 和) are
outside the span; a surname with only a title or kin word (包姨, 把主任, 和老板, 马掌柜, 安老汉, 嵇二哥, 阚爷,
楚家婶子) and a nickname or local form of address (苏苏, 志娃, 燕娃, 阳阳, 北北) are annotated whole. Han-style names
of Mongolian, Tibetan, Hui and Yugur people (包秀兰, 杨司机, 马占江, 拜秀兰, 马若岚, 杜秀花, 安志勇) are category han;
a Han surname before a non-Han given name (韩苏布道, 韩麦拉图, 杨完玛, 李吉毛, 巴别尔迪, 马穆赛, 马哈娃, 马哈立德,
拜奥斯曼, 马海丽, 马尔里) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout115/make_holdout115.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(115_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "139", "147", "152", "155", "156", "159", "177", "180", "183",
                   "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H905: Mongolian mother from 肃北 who cleans at the 嘉峪关 steelworks hostel; her husband died in a mine accident.
DOCS["H905"] = ("family", """\
访谈者：大姐，您在招待所干了多久了？
受访者：三年多了，在{{trap/org:酒钢}}的职工招待所做保洁，一层楼二十个房间，一天收拾下来腰都直不起来。我叫{{minority/mongolian:沙仁图雅}}，{{trap/place:肃北}}人，蒙古族。工牌上印的是汉名{{han:包秀兰}}，一起干活的姐妹喊我{{minority/mongolian:沙仁}}，年轻的服务员叫我{{han:包姨}}。
访谈者：怎么从肃北到{{trap/place:嘉峪关}}来了？
受访者：孩子他爸没了以后来的。他叫{{minority/mongolian:苏布道}}，在{{trap/place:马鬃山}}一个铁矿上开装载机。前年十月巷道冒顶，人压在底下，挖了一天一夜才挖出来。矿上的赔偿协议把他写成{{minority/mongolian:韩苏布道}}，说他身份证上随了他爷爷的汉姓，我这才知道。赔的钱给孩子存着，一分不敢动。
访谈者：家里几个孩子？
受访者：两个。儿子{{minority/mongolian:其日麦拉图}}十三，在{{school:嘉峪关市第六中学七年级（4）班}}，学校花名册上写的是{{minority/mongolian:韩麦拉图}}，同学叫他{{minority/mongolian:麦拉图}}。女儿{{minority/mongolian:伊日贵}}九岁，在{{school:长城区峪泉路小学三年级（2）班}}。{{minority/mongolian:伊日贵}}她爱画马，画来画去都是她爸骑过的那匹枣红马。
访谈者：您上班的时候孩子谁管？
受访者：婆婆{{minority/mongolian:锡林高娃}}在肃北放羊，离不开。我早上六点到招待所，中午回不去，儿子放学带妹妹回家，热我头天晚上蒸的包子。经理{{han:有建华}}有心，把我排在白班，周末也不让我顶夜班。领班{{han:向红梅}}人也好，闺女出水痘那回，我向{{han:向红梅}}请了五天假，她一分钱没扣。
访谈者：还有谁帮过您？
受访者：社区的儿童主任{{han:把秀芳}}，姓把，就是把门关上的那个把。刚搬来那阵，我把家里的事跟{{han:把秀芳}}一说，{{han:把秀芳}}就把两个孩子报成了困境儿童，又帮我办了低保。区{{trap/org:民政局}}的{{han:雒文斌}}来家里核过一回，看了赔偿协议和死亡证明，说孩子每人每月能领{{trap/number:一千一百八十元}}。有啥事我就找{{han:把主任}}。社工站的{{compound:司马晓川}}每个月来一趟，跟他来的实习生{{compound:令狐青禾}}陪{{minority/mongolian:伊日贵}}画画。儿子的班主任{{han:牛丽娟}}老师，每回开家长会都单独留我说两句。
访谈者：孩子们现在怎么样？
受访者：儿子话少了。他爸在的时候，爷俩夏天去{{trap/place:党城湾}}看{{trap/minority_word:那达慕}}，他骑小马跑过第三名。现在放了学就关在屋里，{{han:牛丽娟}}说他上课老走神。{{compound:司马晓川}}带他去打了几回篮球，话才慢慢多起来。闺女小，夜里哭着找爸爸，我就给她唱{{trap/minority_word:长调}}，唱着唱着她就睡了。
访谈者：老家还有人吗？
受访者：婆婆一个人守着四十几只羊，小叔子{{minority/mongolian:恩和巴图}}帮着照看。{{minority/mongolian:恩和巴图}}每年秋天宰了羊，托班车捎两条羊腿过来，我煮{{trap/minority_word:手把肉}}，两个孩子吃得满嘴油。招待所洗衣房还有个蒙古族姐妹{{minority/mongolian:陶格涛}}，{{trap/place:阿拉善}}来的，我俩说蒙语，别人听不懂，笑我们说悄悄话。
访谈者：您自己身体怎么样？
受访者：腰椎不好，夜里翻身都疼。一个月工资两千六，加上低保和孩子的补助，够吃够穿。去年国庆，招待所住满了来看{{trap/place:嘉峪关关城}}的客人，我一天擦了三十多个卫生间。导游在大厅给客人讲{{trap/famous:林则徐}}出关的事，我站在走廊里听，想起孩子他爸也是顺着这条路出去挣钱的。锅炉房的{{han:苟银柱}}冬天常给我留一壶开水，让我泡泡手。
访谈者：出事那天的情况，您还记得吗？
受访者：记得，一辈子忘不了。那天下着雪，矿上来电话，说人在医院。我把闺女托给邻居，搭了一辆拉矿石的车往山里赶，三个钟头的路，车走了五个钟头。到了医院，人已经盖上白布了。矿上的领导说要赔钱，让我签字，我一个字都看不进去。后来是我表哥从肃北赶过来，陪着我一条一条地谈，谈了一个多月才签。那一个月，儿子天天坐在门口等他爸，等到天黑才进屋。
访谈者：在嘉峪关住得惯吗？
受访者：住了三年，也惯了。楼房暖和，比牧点上强，就是地方小，闺女老说想骑马。冬天暖气费一千多，社区给减了一半。夏天我领着娃去公园，看人家放风筝，闺女说她爸在草场上放的风筝比这高。我没吭声，回家路上给她买了一个。
访谈者：登记信息请您说一下。
受访者：租的房在{{address:嘉峪关市镜铁区建设街道迎宾社区12栋1单元402室}}，肃北的家在{{address:肃北县马鬃山镇明水村二组5号}}。我身份证{{id_number@wy1986spaced.620923}}，儿子的{{id_number@my2012.620923}}。我电话{{mobile@s434}}，{{han:把秀芳}}的{{mobile@hyphen}}。我微信叫{{wechat:sharen_tuya86}}。儿子的QQ是他拿圆珠笔写在我手背上的，我回家抄进了本子：{{qq:62019375}}。
访谈者：表上的名字都写对了吗？
受访者：没有。补助名单上儿子成了{{spaced:其 日 麦 拉 图}}，我在低保表上是{{spaced:沙仁　图雅}}，闺女的疫苗本上是{{spaced:伊　日　贵}}，他爸的死亡证明上又写成了{{spaced:苏 布 道}}。
访谈者：最后还想说点什么？
受访者：盼两个娃平平安安念完书。儿子说长大了要进酒钢当工程师，不下井。我说好，妈等着。
""")

# H906: Amdo Tibetan father from 天祝 who drives a bread van in 嘉峪关; his wife has a mental illness.
DOCS["H906"] = ("family", """\
访谈者：师傅，您这车一天跑几趟？
受访者：早上一趟，下午一趟。我给{{trap/org:雄关食品厂}}送面包，从厂里装车，往{{trap/place:镜铁区}}、{{trap/place:长城区}}四十几个小卖部和学校食堂送。我叫{{minority/tibetan:完玛才让}}，{{trap/place:天祝}}人，家在{{trap/place:华藏寺}}边上。驾驶证上写的是{{minority/tibetan:杨完玛}}，我们那边好多人家都有个汉姓。厂里人叫不惯藏名，都喊我{{han:杨司机}}。
访谈者：家里情况呢？
受访者：媳妇{{minority/tibetan:兰措吉}}病了五年了，精神上的病，医生说是精神分裂。好的时候跟好人一样，给娃娃梳辫子、打酥油茶；犯病的时候整夜不睡，说有人要害她，拿被子把窗户堵上。去年犯得厉害，一个人跑到{{trap/place:讨赖河}}边上坐了一夜，是派出所的{{han:魏振东}}找回来的。现在住在{{trap/org:市精神卫生中心}}，每个月我带娃娃去看两回。{{minority/tibetan:兰措}}她一见娃娃就哭。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:切排加}}十二，在{{school:镜铁区胜利小学六年级（3）班}}。闺女{{minority/tibetan:加羊吉}}七岁，在{{school:长城区文殊小学一年级（4）班}}，我们在家叫她{{minority/tibetan:羊吉}}。礼拜天儿子跟我跑车，帮我搬筐子、点数，比厂里的装卸工还细。{{minority/tibetan:切排加}}他说，阿爸，等我考上大学就不让你跑车了。
访谈者：媳妇刚犯病的时候，您知道是啥病吗？
受访者：不知道。头一回犯病是生了闺女以后，整夜整夜不睡，对着墙说话。老家人说是中了邪，请人来念经，念了半个月，一点不见好。后来是我表弟说，这是病，得去医院。我开车把她拉到{{trap/place:兰州}}，大夫说得长期吃药，不能停。药一个月六七百，那几年攒的钱全花在药上了。
访谈者：孩子们怕吗？
受访者：怕过。有一回她犯病，把碗砸了一地，闺女吓得钻到床底下，半天不出来。儿子拉着妹妹跑到邻居家，给我打电话。我正在路上送货，一车面包停在路边就往回跑。那以后我跟厂里说好，只跑城里的线，半个钟头就能赶回家。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:都雪莲}}。我们楼里有事都找{{han:都雪莲}}，{{han:都雪莲}}都是一样一样帮着办，复印、填表、跑街道，没让我耽误一趟车。媳妇办了精神残疾二级，区残联的{{han:豆建平}}上门评的，残疾人两项补贴每月{{trap/number:二百六十元}}；两个娃按困境儿童报了，一个娃每月{{trap/number:九百一十元}}。厂里老板{{han:和国庆}}，我们都叫他{{han:和老板}}。{{han:和老板}}和我说，早上送完头一趟，先回家把闺女送到学校，再回来装第二趟。厂里{{trap/word:和面}}的{{han:豆秀英}}是{{han:豆建平}}的姐姐，她常给娃娃留两个刚出炉的{{trap/word:豆沙包}}。
访谈者：送面包的活儿辛苦吗？
受访者：说苦也不苦。冬天路滑，车里没暖气，手冻得握不住方向盘。最怕学校放假，食堂不要货，一个月少挣七八百。夏天面包放不住，中午前必须送完，送晚了人家退货，退回来的算我的。娃娃们倒高兴，退回来的面包够他们吃好几天。
访谈者：学校那边呢？
受访者：儿子的班主任{{han:蔺彩霞}}老师知道他妈的病，从不在班上提，还让他当了图书管理员。街道社工站的{{compound:尉迟红英}}隔一个礼拜来一回，医院的心理医生{{compound:皇甫凌云}}每回探视都跟娃娃单独聊一会儿，教他们别怕阿妈犯病的样子。
访谈者：老家还有人吗？
受访者：阿妈{{minority/tibetan:更藏吉}}七十了，在老家；哥哥{{minority/tibetan:公保多杰}}在{{trap/place:抓喜秀龙}}草原上放牦牛。我舅舅{{minority/tibetan:俄日加}}在{{trap/place:天堂寺}}当{{trap/minority_word:阿克}}，媳妇病重那年，他给念了七天经。过年回去，阿妈领着娃娃们去山上{{trap/minority_word:煨桑}}，晚上跳{{trap/minority_word:锅庄}}。哥哥说，你把娃娃送回来，我们养。我舍不得，娃娃在嘉峪关念书，比在牧场上强。
访谈者：您自己呢？
受访者：早上四点起来装车，晚上八点才到家，一个月挣三千八。累不怕，就怕媳妇出事。我跟娃娃们说，你阿妈不是坏人，是病了，像感冒发烧一样，得吃药。闺女问我，阿妈的病啥时候好。我说等{{trap/place:祁连山}}上的雪化了就好了。她每天早上都跑到阳台上去看山。
访谈者：登记信息请您说一下。
受访者：这边住{{address:嘉峪关市长城区五一街道和平社区8栋3单元201室}}，老家在{{address:天祝县华藏寺镇岔口驿村四组11号}}。我身份证{{id_number@my1982hyphen.620623}}，媳妇的{{id_number@wy1984fw.620623}}。我电话{{mobile@plain}}，{{han:都雪莲}}的{{mobile@plus86spaced}}。我的微信{{wechat:wxid_wanma7391c}}。儿子的QQ他念，我记：{{qq:815203947}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上我是{{spaced:完 玛 才 让}}，媳妇的残疾证上是{{spaced:兰　措　吉}}，儿子的学籍卡上成了{{spaced:切排 加}}，闺女的是{{spaced:加 羊 吉}}。
访谈者：最后还想说点什么？
受访者：谢谢嘉峪关的这些好人。等媳妇出院了，我想请他们到家里喝一回酥油茶，头一个请{{han:和老板}}。
""")

# H907: Kazakh grandmother from 阿克塞 raising three grandchildren in 嘉峪关; their mother left, their father is in prison.
DOCS["H907"] = ("family", """\
访谈者：{{trap/minority_word:阿帕}}，您带着三个孙子几年了？
受访者：四年了。我叫{{minority/kazakh:哈依夏·托列根}}，{{trap/place:阿克塞}}人，在{{trap/place:红柳湾}}放了一辈子羊。现在跟孙子们住在{{trap/place:嘉峪关}}，楼下卖菜的都叫我{{minority/kazakh:哈依夏}}大妈。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{minority/kazakh:巴扎尔别克·胡尔曼}}在里头，判了四年。他跟人合伙贩骆驼，赔了本，喝了酒跟人打架，把人打成了重伤。儿媳妇{{minority/kazakh:热依扎}}第二年就走了，听说去了{{trap/place:乌鲁木齐}}，电话换了，再没消息。三个娃，她一个也没带走。
访谈者：孙子们多大？
受访者：大孙女{{minority/kazakh:阿克托然·巴扎尔别克}}十四，在{{school:嘉峪关市第四中学八年级（2）班}}，我叫她{{minority/kazakh:托然}}。二孙子{{minority/kazakh:别尔迪·巴扎尔别克}}十一，学校电脑里名字放不下，老师给登成了{{minority/kazakh:巴别尔迪}}，同学们叫他{{minority/kazakh:别尔迪}}。小孙女{{minority/kazakh:恰依娜尔}}五岁，上幼儿园，我叫她{{minority/kazakh:恰依}}。
访谈者：为什么搬到嘉峪关来？
受访者：儿子关在{{trap/place:酒泉}}，离这儿近，一个月能去看一回。我闺女{{minority/kazakh:扎依拉}}在嘉峪关的医院当护士，有个照应。红柳湾的冬窝子租给了老邻居{{minority/kazakh:哈布肯}}，一年给我八千块草场钱。老头子{{minority/kazakh:胡尔曼·居玛汗}}走了十年了，要是他在，我也不会这么难。
访谈者：从阿克塞搬过来，难不难？
受访者：难。我汉话说得不好，头一年去学校开家长会，老师说啥我听不懂，大孙女在旁边给我翻。去医院挂号、去银行取钱，都得她跟着。城里没有草场的活儿，我在家给人缝毡子、绣花毯，一块花毯能卖三四百。孙子们的衣裳鞋子，就是这样一针一针绣出来的。娃们长得快，一年换两回鞋，我就多绣两块。闺女让我歇着，说我眼睛不好了，我说闲着心里慌。
访谈者：谁在帮您？
受访者：社区儿童主任{{han:冯也}}，年轻姑娘，跑前跑后。{{han:冯也}}也是农村出来的，懂我们的难处。她给三个娃报了服刑人员子女补助，一个娃每月{{trap/number:八百六十元}}，我也进了低保。街道管民政的{{han:要德胜}}来家里看过，{{han:要德胜}}要我把户口本、判决书都复印好，他拿去区里办。监狱的管教{{han:党卫国}}人不错，每回探视都让我多说几分钟。闺女医院里的{{compound:赫连明珠}}大夫给{{minority/kazakh:恰依}}看哮喘，从来不收挂号费。区社工站的{{compound:宇文晓光}}每个礼拜三来，教{{minority/kazakh:别尔迪}}写作文。
访谈者：孩子们怎么样？
受访者：大孙女懂事，放学回来洗衣裳、做饭，她会炸{{trap/minority_word:包尔萨克}}，比我炸得还好。就是不爱说话，她的班主任{{han:蒲雪琴}}老师说她作文写得好，写的是红柳湾的雪。二孙子倔，有同学说他爸是劳改犯，他就跟人打架，{{han:蒲老师}}把他叫到办公室，说了一下午。他回来跟我说，{{minority/kazakh:哈依夏}}阿帕，我再也不打架了。小的最黏我，夜里要摸着我的耳朵才睡得着。
访谈者：孩子们还说哈萨克话吗？
受访者：在家说，出门说汉话。小孙女说得最溜，大孙女反倒不大说了，说同学听不懂。我跟她讲，你爷爷会唱三百首歌，你得记下几首。她就拿手机录我唱，录了二十多首，说等她爸出来放给他听。
访谈者：去看儿子，孩子们去吗？
受访者：大的去，小的不带。隔着玻璃，{{minority/kazakh:巴扎尔别克}}看见闺女就低下头。他跟我说，阿帕，等我出来，我回阿克塞放羊，再也不喝酒了。我说你先把书念好，监狱里有文化课，他现在在学汉字。
访谈者：过节怎么过？
受访者：{{trap/minority_word:那吾热孜节}}那天，我煮{{trap/minority_word:库吉}}，请楼里的邻居来喝。二孙子会弹{{trap/minority_word:冬不拉}}，是他爸教的，弹得不好，我也爱听。我给娃们讲{{trap/famous:阿拜}}的诗，讲我们{{trap/place:当金山}}下的{{trap/minority_word:毡房}}。对门的{{han:庞玉霞}}端来一盘饺子，说这是他们汉族过年的。
访谈者：登记信息请您说一下。
受访者：这边住{{address:嘉峪关市雄关区新华街道建林社区3栋2单元601室}}，阿克塞的家在{{address:阿克塞县红柳湾镇团结村牧业点17号}}。我身份证{{id_number@woldquad.620924}}，大孙女的{{id_number@wy2011tri.620924}}。我电话{{mobile@s38}}，{{han:冯也}}的{{mobile@fullwidth}}。{{minority/kazakh:扎依拉}}的微信是{{wechat:zhayila_hushi}}，大孙女的QQ，她说一个数我写一个数：{{qq:3620184759}}。
访谈者：表上的名字都写对了吗？
受访者：五花八门。低保表上我是{{spaced:哈依夏 · 托列根}}，补助名单上大孙女是{{spaced:阿 克 托 然}}，小孙女是{{spaced:恰　依　娜　尔}}，二孙子在监狱的探视登记上写成了{{spaced:别尔迪 巴扎尔别克}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，盼三个娃都念出书来。我老了，等不了几年。闺女说，阿帕你放心，有我呢。
""")

# H908: Hui father from 张家川 with a beef-noodle shop in 谯城区 (亳州).
DOCS["H908"] = ("family", """\
访谈者：{{han:马大哥}}，您这面馆开了几年了？
受访者：七年了。我叫{{han:马占江}}，{{trap/place:张家川}}人，回族。经名叫{{minority/hui:穆赛}}，寺里的老人叫我{{minority/hui:马穆赛}}。这条街上的人不管这些，都叫我{{han:马掌柜}}。
访谈者：怎么从张家川跑到亳州来了？
受访者：表哥先来的，说{{trap/place:亳州}}贩药材的客商多，吃拉面的人也多。我就把老家的地租出去，带着媳妇娃娃来了，店就开在{{trap/place:谯城区}}药市边上。头三年生意好，一天卖三百多碗，早上五点就有人排队。
访谈者：后来呢？
受访者：后来媳妇病了。媳妇叫{{han:拜秀兰}}，经名{{minority/hui:赛麦妮}}，前年查出尿毒症，一个礼拜透析三回。她姓拜，老家人过年{{trap/word:拜年}}还拿这个说笑。她一倒下，店里就少了一个人手，我请了个帮工，自己揉面拉面，一天站十四个钟头。
访谈者：店里一天是怎么过的？
受访者：早上四点起来熬汤，牛骨头要熬四个钟头，汤才清。六点开门，先来的是药市上卸货的人，一碗面加个蛋，吃完就走。中午是学生和药商，下午两点歇一会儿，我带媳妇去医院透析，一回四个钟头，我在走廊里打个盹。晚上九点关门，擦桌子、洗锅，十一点才睡。透析的钱医保报了七成多，自己还得掏一些，加上药，一个月两千来块，店里挣的一半给了医院。媳妇心里难受，说她拖累了一家人。我说咱是一家人，说这话就见外了。
访谈者：孩子们呢？
受访者：两个。儿子经名{{minority/hui:阿里夫}}，学名{{han:马骏驰}}，十三，在{{school:谯城区第三初级中学七年级（6）班}}。闺女经名{{minority/hui:哈娃}}，九岁，生下来耳朵就听不见，戴着助听器，在{{school:亳州市启聪学校二年级（1）班}}，老师在作业本上写她{{minority/hui:马哈娃}}。{{minority/hui:哈娃}}她爱笑，跟客人比划着要小费，客人都乐。
访谈者：儿子懂事吗？
受访者：懂事。放了学在店里写作业，写完了帮我收碗、算账，账算得比我清楚。有一回他偷偷把压岁钱塞进他妈的药盒子里，两百块，叠得方方正正。他妈看见了，哭了一晚上。
访谈者：谁在帮你们？
受访者：社区管儿童的{{han:谯丽君}}，姓谯，就是谯城区的那个谯。{{han:谯丽君}}给{{minority/hui:哈娃}}办了残疾证，两项补贴每月{{trap/number:三百二十元}}；媳妇重病，家里又进了低保。区民政局的{{han:嵇红旗}}来店里核过，吃了一碗面，非要给钱。清真寺的{{minority/hui:尔布都}}{{trap/minority_word:阿訇}}每个{{trap/minority_word:主麻}}日给我们念祈祷，寺里凑了八千块钱给媳妇透析。学校的{{han:秦蔓菁}}老师教闺女说话，一个字一个字地教，闺女现在能喊爸爸了。
访谈者：您店里还常来一个孩子？
受访者：对。娃叫{{han:禚天乐}}，十岁，他爸{{han:禚建设}}偷电缆判了三年，他妈跑了，跟瘫在床上的奶奶过。我让{{han:禚天乐}}天天来吃一碗面，不要钱。是我跟{{han:谯丽君}}说的，她给娃报了服刑人员子女补助。社工站的{{compound:诸葛思雨}}每个礼拜带他写作业，她同事{{compound:东方若楠}}给他奶奶申请了上门护理。
访谈者：老家还有人吗？
受访者：我哥{{minority/hui:马哈立德}}在老家种地，丈人{{minority/hui:拜奥斯曼}}七十多了，在{{trap/place:龙山镇}}开个皮货店。{{trap/minority_word:开斋节}}那天，丈人打电话来，说我们不在，他炸的{{trap/minority_word:油香}}都没人吃。我哥说，你把娃娃送回来，我给你看着。我不舍得，闺女要在这边上聋校，儿子在这边念书念得好。
访谈者：亳州这边习惯吗？
受访者：习惯了。亳州人实在，客人吃完面，还教我认药材，说这个是{{trap/word:白芍}}，那个是{{trap/word:亳菊}}。儿子跟同学去看过{{trap/place:花戏楼}}，回来给我讲{{trap/famous:曹操}}的故事。房东{{han:葛兰芬}}两年没涨房租，说你们不容易。隔壁卖羊肉的{{han:拜家驹}}也是回族，是媳妇的远房兄弟，店里忙不过来，他{{trap/word:马上}}就过来搭把手。
访谈者：登记信息请您说一下。
受访者：店在{{address:谯城区汤陵街道药都路188号}}，住在店后头；老家是{{address:张家川县龙山镇马河村三组24号}}。我身份证{{id_number@my1982plain.620525}}，闺女的{{id_number@wy2016fwspaced.620525}}。我电话{{mobile@plus86}}，{{han:谯丽君}}的{{mobile@s74}}。儿子有微信，叫{{wechat:ma_junchi2012}}。店里的QQ号用来接外卖单，号码贴在收银台上：{{qq:2073958164}}。
访谈者：表上的名字写得对吗？
受访者：不对。媳妇的透析卡上是{{spaced:拜 秀 兰}}，闺女的残疾证上是{{spaced:马　哈　娃}}，寺里的捐款单上我是{{spaced:马 穆 赛}}，{{han:禚天乐}}他爸的名字在判决书上写成{{spaced:禚建 设}}。
访谈者：最后还想说点什么？
受访者：想让媳妇换个肾，在排队。还想谢谢{{han:谯丽君}}。
""")

# H909: Yugur (裕固族) community worker in 肃南 reading out her list of children in distress.
DOCS["H909"] = ("staff", """\
访谈者：{{han:杜主任}}，您今天带的是哪个名单？
受访者：我们{{trap/place:康乐镇}}的困境儿童名单。我叫{{han:杜秀花}}，裕固族，我们自己叫{{trap/minority_word:尧熬尔}}。在镇上当儿童督导员，各村的儿童主任都归我联系。{{trap/place:肃南}}地方大，人散，我一年骑摩托跑一万多公里。名单上十一个孩子，今天说五户。
访谈者：好，您念。
受访者：第一户，{{han:安志勇}}，男，十岁，裕固族，{{school:肃南县康乐镇中心小学四年级（2）班}}。爸爸{{han:安国栋}}三年前得包虫病走了，妈妈改嫁到{{trap/place:张掖}}，一年来看一回。跟爷爷过，村里都叫老人{{han:安老汉}}，放着一百来只羊。娃按事实无人抚养报的，每月{{trap/number:一千二百九十元}}。
访谈者：第二户？
受访者：第二户在{{trap/place:马蹄藏族乡}}。女娃{{minority/tibetan:仁青措}}，十二，在{{school:肃南县第一中学七年级（1）班}}住校，家里叫她{{minority/tibetan:青措}}。她爸{{minority/tibetan:拉本加}}盗挖冬虫夏草跟人动了刀，判了三年；她妈{{minority/tibetan:多杰吉}}在{{trap/place:马蹄寺}}景区卖酸奶。奶奶的户口本上写的是{{minority/tibetan:李吉毛}}，老太太随过一个汉姓。{{minority/tibetan:仁青措}}她报了服刑人员子女补助。
访谈者：第三户？
受访者：第三户在{{trap/place:白银乡}}，蒙古族。男娃{{minority/mongolian:呼和巴日}}，八岁，他爸{{minority/mongolian:塔布囊}}开拖拉机翻了车，腿没了，一级残疾，拿残疾人两项补贴。他妈{{minority/mongolian:乌兰图雅}}一个人放羊、喂牛、照顾两个病人，还有一个婆婆瘫在炕上。{{minority/mongolian:呼和巴日}}会唱祝酒歌，上回镇上联欢，他唱得全场鼓掌。
访谈者：第四户？
受访者：第四户是汉族，{{han:向满仓}}家。{{han:向满仓}}喝酒喝坏了肝，去年没了，媳妇{{han:才巧云}}在{{trap/place:皇城}}饭馆打工，两个娃跟着外婆过。大的{{han:向东阳}}十四，小的{{han:向北北}}九岁，外婆叫他俩{{han:阳阳}}、{{han:北北}}。{{han:才巧云}}才三十岁，一个月回来一次。我跟她说，娃的事你放心，我们盯着。
访谈者：第五户？
受访者：第五户又是裕固族，{{han:郎雪梅}}，女，十一岁。爸妈离了婚，都去{{trap/place:兰州}}打工，谁也不接她。跟太爷爷过，太爷爷九十一了，唱了一辈子{{trap/minority_word:裕固族民歌}}，讲{{trap/place:西至哈至}}的故事。{{han:郎雪梅}}被同学笑话穿得旧，哭着回家。我给她买了一双新鞋，她舍不得穿，放在枕头边上。
访谈者：名单上的这些娃，您最操心哪个？
受访者：都操心。要说最放不下的，是马蹄那个女娃。她爸的事村里人都知道，娃在学校抬不起头，星期天回家也不出门。我跟学校说好了，让她当了班里的卫生委员，又托社工隔一阵子去看她。上回我去，她给我看她画的画，画的是一顶帐篷，帐篷外头拴着一匹马，她说等她爸回来，一家人就住在这里头。
访谈者：您这个督导员平时都做些啥？
受访者：入户、填表、跟学校和民政对接，还得盯着各村的儿童主任。我们这儿的户，近的隔十几里，远的在山里头，摩托上不去就得骑马。去年冬天去马蹄那户，雪下到膝盖，我推着摩托走了两个钟头，到的时候老太太正给娃熬奶茶，看见我进门，拉着我的手就哭了。那一回我把脚冻坏了，到现在一到冬天就痒。
访谈者：这些娃最难的是什么？
受访者：钱的事政策都有，慢慢都办下来了。难的是没人陪。牧区的娃放了学就跟着大人放羊，作业没人看，心里的话也没人说。镇上办了个儿童之家，周末有老师给他们上课，我跑户的时候顺路接几个，摩托后座挤得满满的。
访谈者：谁跟您一起跑这些户？
受访者：县{{trap/org:民政局}}儿童股的{{han:贺文娟}}，每季度下来一回。县社工站的{{compound:长孙雨晴}}，她同事{{compound:万俟子航}}专门管马蹄那一片。县医院的心理医生{{compound:钟离若云}}给{{minority/tibetan:仁青措}}做过几回辅导。各村的儿童主任，红石窝村是{{han:钟永福}}，明海村是{{han:妥桂英}}，都是老党员了。
访谈者：这些户的登记信息呢？
受访者：安家住{{address:肃南县康乐镇榆木庄村三组9号}}，{{han:安志勇}}的身份证{{id_number@my2014spaced.620721}}。蒙古族那户在{{address:肃南县白银乡东牛毛村二组14号}}，娃的身份证{{id_number@my2016hyphen.620721}}。我的电话{{mobile@h38}}，{{han:贺文娟}}的{{mobile@p86n}}。我的微信{{wechat:dxh_kangle1979}}，各村主任都在我群里。
访谈者：名单上的名字写得一样吗？
受访者：不一样。民政系统里是{{spaced:仁 青 措}}、{{spaced:呼 和 巴 日}}、{{spaced:乌兰　图雅}}，社工站的表上把人家写成了{{spaced:万 俟 子 航}}。
访谈者：最后您想说什么？
受访者：我们这儿娃少、地大，一个娃都不能落下。每户我一个月至少去一回，雪再大也去。
""")

# H910: Han herbal-medicine trader in 亳州 who took in his brother's children.
DOCS["H910"] = ("family", """\
访谈者：{{han:嵇老板}}，您做药材生意多少年了？
受访者：二十多年了，从跟着我爹在药市上摆摊开始。我叫{{han:嵇长河}}，{{trap/place:亳州}}本地人，在{{trap/org:中药材交易中心}}有两个门面，主要做{{trap/word:白芍}}、{{trap/word:何首乌}}、{{trap/word:牛膝}}。这一行的人都叫我{{han:嵇二哥}}，我在家排行老二。
访谈者：您弟弟家的孩子，是怎么到您家来的？
受访者：我弟{{han:嵇长江}}跟我一起做药材，专门跑车。前年冬天拉一车货去{{trap/place:安国}}，高速上追了尾，人当场就没了。弟媳{{han:葛晓娟}}办完丧事，过了半年改嫁到{{trap/place:阜阳}}，两个娃没带。我跟你嫂子商量，说咱养。
访谈者：出事那天，您是怎么知道的？
受访者：夜里两点，河北那边的交警打来电话。我开车往那边赶，一路上手都在抖。到了那儿，车烧得只剩个架子，一车药材撒了半条高速。回来的路上，我一直想，怎么跟两个娃说。到了家，闺女站在门口，她啥都没问，就那么看着我，我一下子就说不出话了。
访谈者：两个孩子多大？
受访者：闺女{{han:嵇紫苏}}十二，儿子{{han:嵇远志}}九岁，名字都是我弟起的，他说做药材的，娃就叫药名。在家我们叫闺女{{han:苏苏}}，叫儿子{{han:志娃}}。闺女在{{school:谯城区第一初级中学七年级（2）班}}，儿子在{{school:谯城区芍花路小学三年级（5）班}}。
访谈者：您自己也有孩子吧？
受访者：有一个儿子，上高二。加上他俩，三个娃，一家五口。媳妇{{han:訾桂芳}}管家，她对两个娃比对亲儿子还上心，{{han:訾桂芳}}说，娃没了爹，妈又走了，咱再亏待他们，天理不容。
访谈者：两个孩子跟您的儿子处得怎么样？
受访者：开头生分，现在好了。我儿子把他的屋子让给了妹妹，自己睡在阁楼上。晚上他给两个小的辅导作业，周末带他们去{{trap/place:涡河}}边上骑车。过年的时候三个娃挤在一张床上看春晚，笑成一团。我媳妇说，看着跟亲兄妹一样。
访谈者：药材生意这两年怎么样？
受访者：起起落落。前几年价钱好，这两年行情跌了，库里压着一堆货。可再难也不能让两个娃受委屈，该交的学费、该报的班，一样不少。
访谈者：有人帮你们吗？
受访者：社区的{{han:还建国}}主任。我去社区问政策，{{han:还建国}}还专门来家里一趟，说两个娃父亲死亡、母亲改嫁不管，可以按事实无人抚养儿童报，每人每月{{trap/number:一千零六十元}}。我说我不缺钱，{{han:还主任}}说，这钱是娃的，不是你的，你给娃存着。区民政局的{{han:亓凤鸣}}来核过，把材料拍了照，一个月就批下来了。社工站的{{compound:慕容采薇}}每个月来两回，带{{han:嵇紫苏}}和{{han:嵇远志}}做手工。
访谈者：孩子们现在怎么样？
受访者：闺女懂事得让人心疼。她爸走的那个月，一滴眼泪没掉，在学校考了第一。班主任{{han:夏茗琳}}老师打电话给我，说这孩子不对劲，太安静了。后来{{compound:慕容采薇}}陪她去她爸坟上，她趴在那儿哭了一个钟头。儿子小，不大懂，老问他爸啥时候拉货回来。他班主任{{han:韦金凤}}老师说，{{han:嵇远志}}上课画车，画的全是大货车。
访谈者：药市上的人怎么看？
受访者：药市上的人讲情义。{{han:何宝山}}是我弟跑车的搭档，出事那天他没跟车，这两年逢年过节就给娃送东西。{{trap/word:何首乌}}是他教我弟认的。做{{trap/word:牡丹皮}}生意的{{compound:公孙怀远}}出钱给两个娃报了书法班。这边人都说，{{trap/famous:华佗}}是亳州人，做药的人心不能坏。律师{{compound:钟离宇航}}帮我们跟保险公司要赔偿，一分钱没要我的。
访谈者：登记信息请您说一下。
受访者：家在{{address:谯城区薛阁街道芍花社区紫苏巷15号}}。{{han:嵇紫苏}}的身份证{{id_number@wy2013quad.341602}}，{{han:嵇远志}}的{{id_number@my2016.341602}}。我电话{{mobile@spaced}}，{{han:还建国}}的{{mobile@p86h}}。我的微信{{wechat:jichanghe_yaoshi}}，闺女有个QQ，号码她用全角打在我手机里：{{qq:４０６１８２５７３}}。
访谈者：表上的名字写得对吗？
受访者：有错的。保险公司的单子上我弟是{{spaced:嵇 长 江}}，闺女的学籍上是{{spaced:嵇　紫　苏}}，儿子的医保卡上是{{spaced:嵇远 志}}，书法班的收据上把人家写成了{{spaced:公 孙 怀 远}}。
访谈者：最后您想说什么？
受访者：我弟在天上看着，我得把他俩养大。闺女说长大了要当中医，给她爸那样的人看病。我说好，药材二伯给你备着。
""")

# H911: Han middle-school teacher in 涡阳 who keeps in touch with pupils and families on WeChat and QQ.
DOCS["H911"] = ("teacher", """\
访谈者：{{han:蒯老师}}，您带哪个班？
受访者：{{school:涡阳县第四中学八年级（5）班}}。我叫{{han:蒯晓雯}}，教语文，当班主任六年了。{{trap/place:涡阳}}的娃，爸妈多半在{{trap/place:上海}}、{{trap/place:苏州}}打工，班上五十六个人，留守的四十一个。真正难的有五个，我一个一个说。
访谈者：好。
受访者：第一个叫{{han:刘礼让}}，名字是他爷爷起的，让他懂礼让。{{han:刘礼让}}让人省心，成绩也好，可他爸在工地摔成了高位截瘫，他妈走了。他跟我说话都在QQ上，他的Q号{{qq:50831926}}，半夜十二点还在线，在网上帮人刷单挣钱给他爸买药。我劝了好几回，后来跟{{han:程兰英}}主任说了，给他家报了低保和困境儿童补贴。
访谈者：第二个呢？
受访者：第二个{{han:丁成就}}，男娃。爸爸{{han:丁建民}}贩毒判了十年，妈妈改嫁。{{han:丁成就}}就住在他姑家，姑父脾气大，喝了酒就打他。他姑的微信{{wechat:dingxiaoqin_gw}}，我隔几天给她发一回娃的情况。有一回娃脸上带着伤来上课，我报给了镇上，派出所的{{han:任卫东}}去他姑父家说了一顿。
访谈者：第三个？
受访者：第三个是个女娃，回族，学名{{han:马若岚}}，经名{{minority/hui:海丽}}，她自己在作文本上署{{minority/hui:马海丽}}。爸爸在{{trap/place:义门镇}}开牛肉汤馆，去年心梗走了，妈妈有癫痫。{{minority/hui:海丽}}她每天早上四点起来帮她妈熬汤，上课打瞌睡。她的QQ{{qq:1297503648}}，她舅舅的微信{{wechat:maerli_niuroutang}}，舅舅经名{{minority/hui:马尔里}}，在城里帮着照看。
访谈者：第四个？
受访者：第四个{{han:韩要红}}，女娃。爸妈在{{trap/place:昆山}}打工，五年没回来，后来电话也打不通了，按事实无人抚养报的。跟着奶奶过，奶奶不识字。{{han:韩要红}}被人骗过，网上有人说帮她找爸妈，骗了她三百块压岁钱。我教她别在网上乱加人。她QQ是{{qq:９３８１０７２６}}，加了我以后，有啥事都先问我。
访谈者：第五个？
受访者：第五个{{han:牛也平}}，男娃，两岁就没了妈，爸爸是聋哑人，拿残疾人两项补贴。{{han:牛也平}}也聪明，物理学得好，上回县里竞赛拿了二等奖。他爸不会说话，我跟他爸在微信上打字，他爸的微信{{wechat:wxid_niuzhang2206}}。
访谈者：您在微信和QQ上跟他们说些什么？
受访者：啥都说。作业不会了发张照片问我；想爸妈了发个哭脸；跟同学闹别扭了，半夜发一大段。我手机里有五个置顶的对话框，都是这几个娃的。有时候我正给自家孩子讲题，他们的消息一条接一条地来，我爱人笑我，说我养了六个娃。我想，这些娃的爸妈不在身边，我多回一句，他们就少一晚上睡不着。
访谈者：学校怎么帮这些娃？
受访者：{{han:葛校长}}定的，困难娃一人配一个老师，每月家访一次。镇上的儿童主任{{han:程兰英}}，一有政策就发到我们群里。县团委的{{compound:上官文慧}}组织大学生暑假来支教，有个大学生{{compound:闾丘子谦}}现在还跟{{han:刘礼让}}在QQ上聊物理题。我们班有个班级群，群号{{trap/number:613840279}}，是给家长发通知的，娃们的私事我不在群里说。有急事可以打{{trap/hotline:12345}}。
访谈者：您平时带他们做什么？
受访者：周末带他们去{{trap/place:天静宫}}，给他们讲{{trap/famous:老子}}，讲上善若水。{{han:丁成就}}问我，老子也是没人管的娃吗。我说不是，可他也是从涡河边上走出去的。我的微信{{wechat:kuaixw_wy}}，QQ{{qq:2586031947}}，娃们半夜找我，我都回。
访谈者：您自己有孩子吗？
受访者：有个闺女，上小学，我婆婆帮着带。周末家访的时候我把她也带上，她跟这几个大孩子处得好，管他们叫哥哥姐姐。她问我，妈妈，他们的爸爸妈妈呢。我说在很远的地方挣钱，她说那我把我的零食分给他们。
访谈者：登记信息呢？
受访者：{{han:刘礼让}}家在{{address:涡阳县城关镇东关社区天静路南巷7号}}，{{han:韩要红}}家在{{address:涡阳县义门镇王店村六组19号}}。{{han:刘礼让}}的身份证{{id_number@my2010hyphen.341621}}，{{han:韩要红}}的{{id_number@wy2011x.341621}}。我电话{{mobile@fws}}，{{han:程兰英}}的{{mobile@plus86dash}}。
访谈者：名册上的名字有写错的吗？
受访者：有。补助表上是{{spaced:刘 礼 让}}、{{spaced:丁　成　就}}、{{spaced:韩要 红}}，支教的名单上成了{{spaced:闾 丘 子 谦}}。
访谈者：最后您想说什么？
受访者：这几个娃，我想把他们都送进高中。最让我放心不下的是{{han:丁成就}}。
""")

# H912: Han village doctor in 利辛 who sees the children of several broken families.
DOCS["H912"] = ("staff", """\
访谈者：{{han:阚大夫}}，您在这个村干了多少年了？
受访者：三十一年了。我叫{{han:阚守仁}}，{{trap/place:利辛}}{{trap/place:阚疃镇}}人，村里人叫我{{han:阚先生}}，小孩叫我{{han:阚爷}}。我们村在{{trap/place:西淝河}}边上，年轻人都去了南方，剩下老的小的。今天说的这几家，娃娃常到我卫生室来，有病的，也有没病来坐坐的。
访谈者：您一家一家说。
受访者：头一家姓和。{{han:和振海}}在{{trap/place:宁波}}工地上从架子上掉下来，摔死了，媳妇{{han:孙美娥}}改嫁到了{{trap/place:蒙城}}。两个娃跟奶奶过，大的{{han:和平安}}十三，小的{{han:和小安}}六岁。奶奶有心脏病，每个月我给她送药。我跟{{han:和平安}}说，你奶奶的药一顿都不能断，他拿个本子记着，比大人还仔细。
访谈者：第二家呢？
受访者：第二家姓都。{{han:都占国}}跟人赌钱，欠了十几万，去年放火烧了债主的车，判了五年。媳妇喝药没了。娃叫{{han:都晓燕}}，十岁，跟着她大伯{{han:都占军}}。{{han:都占军}}自己有四个娃，顾不过来，{{han:都晓燕}}都是自己洗衣裳、自己上学。她有个小名叫{{han:燕娃}}，村里人都这么喊。
访谈者：第三家？
受访者：第三家姓能，这个姓少，全村就这一家。{{han:能宝林}}小时候发高烧烧坏了脑子，智力残疾，媳妇是{{trap/place:贵州}}人，生了娃就跑了。娃叫{{han:能小雨}}，八岁，爷俩靠残疾人两项补贴和低保过。{{han:能小雨}}能吃苦，放学去地里拾麦穗，拾了一口袋背回家。
访谈者：第四家？
受访者：第四家姓楚。{{han:楚大勇}}两口子都在{{trap/place:上海}}送外卖，娃{{han:楚欣怡}}十一岁，有先天性心脏病，做过一次手术，还得做第二次。爸妈三年没回来，说要挣手术钱。{{han:楚欣怡}}跟着奶奶过，奶奶是村里的老接生婆，半个村的人都是她接的，我们都叫她{{han:楚家婶子}}。
访谈者：夜里也有人来找您吗？
受访者：常有。去年腊月，半夜一点，和家的大娃来砸门，说奶奶喘不上气。我背上药箱跟他跑过去，老太太嘴唇都紫了，我给她含了药，又打了{{trap/hotline:120}}，跟着车一直送到县医院。天亮了老太太缓过来了，娃趴在病床边上睡着了，手里还攥着那个记药的本子。
访谈者：谁在管这些娃？
受访者：村里的儿童主任{{han:韦秀云}}，她也是村妇联主任。我跟{{han:韦秀云}}说，四家的娃都得报上去。和家两个娃按事实无人抚养报了，每人每月{{trap/number:一千零九十元}}；都家的娃报了服刑人员子女补助；能家爷俩是低保加两项补贴；楚家的娃报了大病救助。县{{trap/org:民政局}}的{{han:潘桂林}}下来核过，说材料齐。镇卫生院的{{han:鲍院长}}每半年派人给娃们体检。县社工站的{{compound:东郭晓冉}}每月来两回，她带的实习生{{compound:宗政雨萌}}教娃们画画。市儿童医院心外科的{{compound:司徒明远}}大夫答应{{han:楚欣怡}}第二次手术费用全免。
访谈者：您自己怎么看？
受访者：病我能看，家散了我看不了。这些娃最缺的是有人疼。有的娃来卫生室，其实没病，就是想有个大人说说话。我老伴{{han:郜玉梅}}心软，谁家娃来了都给煮个鸡蛋。我们卫生室墙上挂着{{trap/famous:华佗}}的像，娃们问这是谁，我说是咱亳州的老祖宗大夫。
访谈者：您的卫生室条件怎么样？
受访者：两间屋，一间看病，一间放药，墙皮都掉了。前年县里给换了新的药柜和血压计，又配了一台电脑，能在网上给病人报销。我不大会用电脑，是村里回来的大学生教的。夏天娃们放了暑假，常到卫生室来写作业，这里有电扇，凉快。我把桌子腾出来给他们，自己坐门口给人量血压。
访谈者：登记信息请您说一下。
受访者：和家在{{address:利辛县阚疃镇西淝村五组22号}}，能家在{{address:利辛县阚疃镇西淝村八组3号}}。{{han:和平安}}的身份证{{id_number@my2012fwhyphen.341623}}，{{han:能宝林}}的{{id_number@my1986tri.341623}}。我电话{{mobile@plain}}，{{han:韦秀云}}的{{mobile@spaced}}。我的微信{{wechat:kanshouren_cunyi}}，娃们的家长有事就在上面找我。{{han:都晓燕}}有个QQ，是她大伯家的哥哥给申请的，号码她写在我处方笺背面：{{qq:7306184529}}。
访谈者：名字在表上写得对吗？
受访者：有错的。体检表上是{{spaced:和 平 安}}、{{spaced:能　小　雨}}、{{spaced:楚欣 怡}}，县里的会议通知上把社工写成了{{spaced:东 郭 晓 冉}}。
访谈者：最后您想说什么？
受访者：盼这几家娃都能长大成人。我六十多了，这摊子将来得有人接。村里人都说，离不开{{han:阚守仁}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=905,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout114",))


if __name__ == "__main__":
    main()
