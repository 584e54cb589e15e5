# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 194 (tests/pii/holdout194/H1537-H1544 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 195, written at the same time, is not
an earlier set).

Set 194 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 石台 (池州) and
祁门 (黄山), southern Anhui, with the region's 伢, 渠 (he/she), 晓得, 家婆: a Yi mother from 布拖 in a tea village of
仙寓镇 whose Han husband was killed cutting bamboo, her son intellectually disabled and her daughter boarding at the
county middle school; a Uyghur father from 伽师 with a kebab stall in 祁山镇, his Han wife paralysed by a stroke; a
Kazakh grandmother from 青河 raising in a tea village of 闪里镇 the two children of her dead daughter, their Han
father in prison for felling trees on the forest farm; a Mongolian rafting guide from 西乌珠穆沁旗 on the 秋浦河 who
broke his spine saving a child in a flood; a Han 儿童主任 of a hill village of 仙寓镇 reading out her thirteen
children; a Han social-assistance clerk of 闪里镇 whose system cannot hold a dot; a Han dormitory teacher of a
county boarding school; and a Han officer for minors at the 祁门 procuratorate. The emphasis is on forms where a
replacement might cover only part of a name, or miss it, in a mix rather than one trick: Yi names with their clan
(瓦扎阿芝, 瓦扎伍沙, 瓦扎拉哈, 沙马阿各, 阿衣曲莫, 木色日体) and a Han surname before a Yi given name (檀曲莫, 姚尔古)
beside the Han school names of the same people (檀子俊, 姚春芽); Uyghur given name + father's name with ·, ‧, ・ and
. (塔西买提·玉素甫, 阿不都热西提‧玉素甫, 阿卜杜凯尤木・塔西买提, 阿卜杜凯尤木.塔西买提), the father's name inside a
shop sign (“塔西买提烤肉”), a Han mother's surname before a Uyghur given name (倪苏比努尔) and a pet form with 江
(苏比努尔江); Kazakh names with the dot, ‧, ・, . and none (坎巴尔汗·托合塔尔, 库兰达‧阿合买提, 加尔肯・努尔兰,
叶尔肯.托合塔尔, 叶尔肯托合塔尔), a Kazakh given name + the Han father's full name (叶尔克娜依·詹国顺,
叶尔克娜依詹国顺), a Han surname before a Kazakh given name or part of it (詹叶尔克娜依, 詹别克, said twice in one
sentence) and the boy's Han name from the tea classic (詹嘉木 beside the word 嘉木); Mongolian names (敖其尔巴拉珠尔,
巴图额尔赫木, 斡仁格日乐, 达日玛其木格, 沙格德尔扎布, 策仁那木斯来, 吉日格勒玛) with short forms (敖其, 敖其尔巴拉,
斡仁) and a Han surname before them (宣巴图额尔赫木, 康孟和, which reads like a Han name); forms of address made
from non-Han names, annotated whole (芝嫂, 曲妹, 塔老板, 库奶奶, 别克江, 小娜依, 巴哥); Han names with rare surnames of
the region (檀, 操, 查, 詹, 倪, 佘, 却, 宣, 俞, 过, 项, 连, 于, 时, 从, 别, 后, 全, 尚, 曾, 章, 桂); surnames and given
characters that are grammar words right before or after grammar words, particles, pronouns and verbs (却金花却说,
胡又青又是, 全又林又帮, 时正正读, 曾再兴再犯, 于得川得了, 詹国和和他老婆, 连凤仪连大年三十都, 查文斌查出来,
檀奶奶都, 于苗苗就, 从安琪能, 倪晨阳才, 宣彩凤倒, 程婉儿问, 郑德茂讲, 詹国顺渠, 被倪守仁的侄子, 让尚德福);
surnames beside the ordinary words they start (操秀英 … 操心, 桂素琴 … 桂花, 从来福从来, 于得川 … 于是, 别建军 …
别急, 后小军 … 后来, 过振华医生过年, 项永康 … 项目, 尚奶奶 … 尚且, 曾再兴 … 曾经, 叶茂林 … 茶叶, 枝繁叶茂,
舒心蕊 … 舒坦); names that contain words and the words near them (姚春芽 … 春芽, 章程程 … 章程, 汪得意 … 得意,
詹嘉木 … 嘉木); names inside place- and organisation-like phrases where the name is the person's (詹有福茶厂,
柯满仓屋后岭上, “塔西买提烤肉”); titles and kin words after names (申屠知微老师, 方月娥老师, 康立本医生, 过振华医生,
尚卫东老师, 敖其伯伯, 敖其尔巴拉大哥; the span is the name only); a surname with only a title or kin word, annotated
whole (操主任, 操嫂, 檀奶奶, 倪家婆, 程老板, 时太婆, 叶哥, 桂姐, 尚奶奶, 江检察官) and 詹某某 from a judgment; pet
names and nicknames (蕊蕊, 米豆); a name closing the last line with no stop (最后一个走的总是佘雨桐); names spaced out
character by character in half- and full-width spaces (瓦 扎 阿 芝, 敖　其　尔　巴　拉　珠　尔, 斡 仁 格 日 乐,
吉 日 格 勒 玛, 颛　孙　若　愚, 詹 叶 尔 克 娜 依, 别 克 阿 尔 斯 兰, 于　苗　苗, 章　程　程, 曾　再　兴), fully spaced
dotted names (阿 卜 杜 凯 尤 木 · 塔 西 买 提, 库 兰 达 ‧ 阿 合 买 提), spaces around the dot (坎巴尔汗 · 托合塔尔,
叶尔克娜依 · 詹国顺), father's name after a space instead of a dot (塔西买提 玉素甫) and names split in two (檀 曲莫,
倪　苏比努尔, 詹　叶尔克娜依, 别克 阿尔斯兰, 宣 巴图额尔赫木, 从 安琪, 夹谷 望舟, 叶 茂林, 佘 雨桐, 公良 敬之);
compound surnames after ordinary words (申屠, 乐正, 宗政, 司寇, 澹台, 闻人, 钟离, 上官, 亓官, 夹谷, 鲜于, 端木, 段干,
赫连, 梁丘, 宰父, 左丘, 万俟, 颛孙, 南宫, 公良 after 班主任/老师/音乐老师/民政局来核低保的/社工站的/志愿者/书记/
社工/银行的/分管的/校医/团委书记/护林员/咨询师/书记员); and numbers read out and written the many ways people do
(a QQ called 扣扣, an old woman's 老人机号码, full-width QQ, IDs in 6 4 4 4, 3 3 3 3 3 3 and full-width groups).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:操嫂}}``, ``{{qq:3904718265}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, yi, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1958fwhyphen.654325}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 伯伯, 大哥) and a particle,
pronoun or verb written directly after a name (也, 都, 就, 才, 能, 倒, 又, 再, 正, 得, 和, 却, 连, 查, 说, 讲, 问, 她,
他, 渠) are outside the span; a surname with only a title or kin word (操主任, 操嫂, 檀奶奶, 倪家婆, 程老板, 时太婆,
叶哥, 桂姐, 尚奶奶, 江检察官), 詹某某 and a nickname (米豆, 蕊蕊) are annotated whole. Han-style names of Yi people
(檀子俊, 姚春芽) and of the Kazakh boy (詹嘉木) are category han; a Han surname before a non-Han given name
(檀曲莫, 姚尔古, 倪苏比努尔, 别阿迪力, 詹叶尔克娜依, 詹别克, 宣巴图额尔赫木, 康孟和) is category minority, and so are
forms of address made from a non-Han name (芝嫂, 曲妹, 塔老板, 库奶奶, 别克江, 小娜依, 巴哥, 敖其).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout194/make_holdout194.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(194_2026_1207)
MINORITY_GROUPS = ('mongolian', 'yi', 'uyghur', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "yi": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "152", "155", "156", "159", "165", "170", "178", "180", "183", "186",
                   "188", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1537: Yi mother from 布拖 (凉山) in a tea village of 仙寓镇 (石台); her Han husband was killed cutting bamboo, her
# son has an intellectual disability, her daughter boards at the county middle school.
DOCS["H1537"] = ("family", """\
访谈者：大姐，您是从四川嫁到石台来的？
受访者：嗯，老家{{trap/place:凉山}}{{trap/place:布拖}}。我叫{{minority/yi:瓦扎阿芝}}，村里人喊不来，都喊我{{minority/yi:芝嫂}}。十几年前跟老乡出来打工，在{{trap/place:池州}}鞋厂认得了我男人{{han:檀福生}}，就嫁到{{trap/place:仙寓镇}}山里来了。头一回进山，车子在盘山路上绕了两个钟头，我吐得昏天黑地，心想这是嫁到天边来了。
访谈者：您爱人现在……
受访者：前年冬天走的。渠帮人上山砍毛竹，竹子弹回来打在胸口上，人从坎上滚下去，抬到县医院就不行了。{{han:檀福生}}他走的时候才三十九。竹林老板赔了三万，办丧事、还他看病欠的账，差不多就没了。
访谈者：那时候您怎么撑过来的？
受访者：哭也没用。头七刚过，山上的茶就要采了，不采就老了，一季的钱就没了。我背着儿子上山，采一会儿哄一会儿。山上雾大，衣服从早湿到晚。村里几个婶子轮流来帮我采，一分钱都不要。
访谈者：家里几个孩子？
受访者：两个。大的是女儿，彝名{{minority/yi:阿衣曲莫}}，户口上写{{minority/yi:檀曲莫}}，十四了，在{{school:石台县秋浦中学初二（4）班}}住校。小的是儿子，九岁，学名{{han:檀子俊}}，彝名{{minority/yi:木色日体}}，两岁发高烧烧坏了，智力残疾，在{{school:仙寓镇中心小学一年级2班}}随班就读。
访谈者：现在有哪些补助？
受访者：我们家吃低保，两个伢都报了困境儿童。儿子有残疾证，两项补贴都拿，一个月{{trap/number:两百八十块}}。评残的时候要去池州做鉴定，来回一天，他晕车吐了一路。这些都是村里儿童主任{{han:操秀英}}跑下来的，{{han:操秀英}}比我还{{trap/word:操心}}，表一张一张帮我填，哪里要签字，她拿铅笔先画个圈。
访谈者：婆家那边呢？
受访者：婆婆我们喊她{{han:檀奶奶}}，{{han:檀奶奶}}都七十三了，腿不好，还在家帮我看伢。{{han:檀福生}}有个弟弟{{han:檀福来}}在{{trap/place:芜湖}}开货车，过年回来给两个伢一人包五百。
访谈者：女儿在学校怎么样？
受访者：{{minority/yi:阿衣曲莫}}要强。头一年在宿舍哭，说同学笑她口音。生活老师{{han:桂素琴}}晚上陪她坐在走廊上，教她讲石台话，带她去闻{{trap/word:桂花}}。现在同学都喊她{{minority/yi:曲妹}}。班主任{{compound:申屠知微}}老师说她作文写得好，写的是外婆家山上的{{trap/minority_word:索玛花}}。她说长大想当护士，她爸要是早点送到医院，说不定还有救。一个月回来一回，回来就抢着洗衣服、给弟弟剪指甲，走的时候把零花钱塞在弟弟枕头底下。
访谈者：儿子呢？
受访者：{{minority/yi:木色日体}}话说不全，会喊{{trap/minority_word:阿嫫}}，会喊姐姐。他最喜欢村医{{han:查文斌}}，{{han:查文斌}}每个月上山给他看一回，兜里总揣几颗糖。镇残联的{{han:连凤仪}}连大年三十都跑来送米送油。县康复中心的老师{{compound:乐正小满}}一个礼拜教他一回穿衣服、拿筷子。他现在会自己穿鞋了，就是左右老穿反，我也不去纠正，穿上就好。
访谈者：山里上学远吗？
受访者：远。从我家到镇上小学走路要一个多钟头，儿子走不了那么远，每天早上校车在岭下等，我背他下去。下雪天校车不开，就只能在家。县里派老师送教上门，去年来过几回，教他认颜色、数数，他数到十就不肯往下数了。
访谈者：老家还有人吗？
受访者：阿爸{{minority/yi:瓦扎伍沙}}在布拖种{{trap/minority_word:苦荞}}，阿妈身体不好。哥哥{{minority/yi:瓦扎拉哈}}在{{trap/place:西昌}}开出租，他每年{{trap/minority_word:火把节}}打视频来，让两个伢看家里点火把。我十几年没回去了，车费太贵，也走不开。
访谈者：平时靠什么过？
受访者：我在{{han:詹有福}}茶厂做零工，春天采茶、拣茶梗，一天八九十块。我们这里的茶叫{{trap/word:富硒茶}}，城里人说喝了长寿，可采茶的人腰都采弯了。老板晓得我家的事，让我把儿子带到厂里，放在竹椅上，{{han:詹有福}}他老婆帮我看着。冬天没茶采，我就上山挖冬笋、捡板栗，背到镇上去卖。
访谈者：这边有老乡吗？
受访者：有一个，{{minority/yi:沙马阿各}}，嫁到{{trap/place:大演乡}}，汉名叫{{han:姚春芽}}，婆家说她进门那天茶棵正冒{{trap/word:春芽}}。过年她带儿子{{minority/yi:姚尔古}}过来，几个伢围着火塘吃{{trap/minority_word:坨坨肉}}，我给他们讲{{trap/famous:支格阿鲁}}射太阳。
访谈者：登记信息请您说一下。
受访者：家在{{address:石台县仙寓镇杉山村上屋组17号}}，娘家在{{address:布拖县特木里镇洛古村二组6号}}。我身份证{{id_number@wy1988quad.513429}}，儿子的{{id_number@my2016fw.341722}}。我电话{{mobile@s38}}，{{han:操秀英}}的{{mobile@hyphen}}。微信是女儿帮我弄的，叫{{wechat:azhi_shanshan}}。女儿的扣扣{{qq:3904718265}}，她说有事就在上面喊她。
访谈者：表上的名字写对了吗？
受访者：乱的。低保表上我是{{spaced:瓦 扎 阿 芝}}，残疾证上儿子是{{spaced:檀　日　体}}，学校把女儿写成{{spaced:檀 曲莫}}。
访谈者：您最盼什么？
受访者：盼女儿考上卫校，盼儿子自己会吃饭。我男人埋在屋后山上，对着茶园，我采茶的时候就跟渠说说话。
""")

# H1538: Uyghur father from 伽师 who runs a kebab stall in 祁山镇 (祁门); his Han wife was paralysed by a stroke.
DOCS["H1538"] = ("family", """\
访谈者：师傅，您这烤肉摊摆了几年了？
受访者：七年了。我叫{{minority/uyghur:塔西买提·玉素甫}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。祁门人念不全，都喊我{{minority/uyghur:塔老板}}，摊子上的灯箱写的是“{{minority/uyghur:塔西买提}}烤肉”。夜市从下午五点摆到夜里十二点，冬天手冻得签子都捏不住。
访谈者：怎么到祁门来的？
受访者：先在{{trap/place:屯溪}}老街帮老乡{{minority/uyghur:买吐送江}}卖干果，后来认得了我老婆{{han:倪小芬}}，她是{{trap/place:平里}}人，在茶厂做{{trap/word:祁红}}，手巧得很。她带我回她老家，青石板路，白墙黑瓦，我说这房子跟画上一样。她爸妈嫌新疆太远，不同意，我在她家门口站了一个礼拜，她爸才让我进门喝茶。
访谈者：听说您爱人病了？
受访者：三年前脑出血，右边身子瘫了，话也说不清，评了一级残疾。{{han:倪小芬}}她现在白天躺着，我出摊，中午回来给她翻身、喂饭，晚上给她擦身子。她心里明白，就是嘴里说不出来，急了就拿左手拍床。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/uyghur:阿卜杜凯尤木・塔西买提}}，十三，在{{school:祁门县第二中学七（3）班}}，学校电脑打不出点，花名册上是{{minority/uyghur:阿卜杜凯尤木.塔西买提}}。女儿九岁，户口跟她妈落的，写的是{{minority/uyghur:倪苏比努尔}}，在{{school:祁山镇阊江小学三年级（1）班}}。她妈喊她{{minority/uyghur:苏比}}，我喊她{{minority/uyghur:苏比努尔江}}，我们那边喊伢亲热就加个江。儿子个子长得快，一年一双鞋，去年冬天棉袄袖子短了一截，是社区爱心衣柜里找来一件新的。
访谈者：家里靠什么过？
受访者：摊子好的时候一晚上卖三四百，下雨就出不了摊。社区儿童主任{{han:胡又青}}又是帮我申请低保，又是给两个伢报困境儿童，一个伢一个月{{trap/number:九百一十块}}。{{han:倪小芬}}的两项补贴也是{{han:胡又青}}跑下来的。没有这些钱，光药费就把人压死了。
访谈者：孩子在学校习惯吗？
受访者：儿子闷。班上有人喊他“烤串的”，他跟人打了一架。班主任{{han:方月娥}}老师把我叫去，没骂他，说伢心里委屈，叫我{{trap/word:方便}}的时候去学校坐坐。{{han:方月娥}}她后来在班上讲{{trap/famous:阿凡提}}的故事，同学就不笑他了。女儿爱跳舞，艺术节上跳了一段{{trap/minority_word:赛乃姆}}，音乐老师{{compound:宗政鹿鸣}}给她录了视频，我拿给她妈看，她妈哭了。
访谈者：您一个人顾得过来吗？
受访者：顾不过来。早上四点起来和面、打{{trap/minority_word:馕}}，七点送女儿上学，回来给她妈喂药，下午备肉、穿串。伢们的外婆，我们跟着喊{{han:倪家婆}}，七十了，一个礼拜来两天帮忙。修车铺的{{han:郑德茂}}把他家一楼低价租给我，{{han:郑德茂}}讲，你这个新疆佬比我们本地人还顾家。儿子放学也帮着扇炭火，烟熏得直流眼泪，我叫他去写作业，他不肯。
访谈者：摆摊有没有遇到难处？
受访者：有。刚来那两年城管不让在街上烤，说烟大，后来菜市场给划了个摊位，一个月交三百。有回一伙喝醉酒的吃完不给钱，还掀了我的炉子，儿子冲上去要跟人家打，我一把拽住他。是隔壁卖卤菜的报的警。我跟儿子讲，我们出门在外，拳头要攥紧，不能先伸出去。
访谈者：老家那边呢？
受访者：我{{trap/minority_word:阿帕}}，就是我妈，{{minority/uyghur:努尔尼萨汗}}，八十了，在伽师。哥哥{{minority/uyghur:阿不都热西提‧玉素甫}}种红枣，每年寄两箱过来。他叫我把伢带回去，可孩子妈走不了，我也就走不了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}那天我做一锅{{trap/minority_word:抓饭}}，请{{han:胡又青}}、{{han:郑德茂}}他们来吃。在{{trap/place:黄山}}当导游的一个老乡给女儿带了一条裙子，说等伢大了教她弹{{trap/minority_word:热瓦甫}}。
访谈者：医院那边呢？
受访者：县医院康复科的{{han:康立本}}医生一个礼拜来两回给她扎针，{{han:康立本}}说只要坚持，手能抬起来。上个月她左手能自己端杯子了，那天晚上我高兴得烤串多送了人家一把。她现在最爱听女儿念课文，听着听着就睡着了。民政局来核低保的{{compound:司寇明远}}看了我家，说这种情况够条件。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:祁门县祁山镇新华街菜市场东门口2号摊位}}，家住{{address:祁山镇阊江路西巷9号3楼}}。我身份证{{id_number@my1983hyphen.653129}}，儿子的{{id_number@my2012tri.341024}}。电话我念：{{mobile@s434}}，{{han:胡又青}}的{{mobile@p86n}}。我微信{{wechat:Tashi-kawap88}}，收钱也是这个。儿子QQ号{{qq:１６０８２９４７５}}。
访谈者：名字写得对吗？
受访者：不对。低保表上我是{{spaced:塔西买提 玉素甫}}，医院把儿子写成{{spaced:阿 卜 杜 凯 尤 木 · 塔 西 买 提}}，女儿在疫苗本上是{{spaced:倪　苏比努尔}}。
访谈者：您最盼什么？
受访者：盼{{han:倪小芬}}能坐起来，盼两个伢把书读出来。等她好一点，我想带她回一趟伽师，让我阿帕看看儿媳妇。我跟儿子说，你是{{trap/place:阊江}}边上长大的维吾尔伢，两边的话都要会讲。
""")

# H1539: Kazakh grandmother from 青河 raising in a tea village of 闪里镇 (祁门) the two children of her late
# daughter; their Han father is in prison for felling trees on the forest farm.
DOCS["H1539"] = ("family", """\
访谈者：阿姨，您是从新疆过来的？
受访者：{{trap/place:阿勒泰}}{{trap/place:青河}}的。我叫{{minority/kazakh:库兰达‧阿合买提}}，村里人念不顺，都喊我{{minority/kazakh:库奶奶}}。
访谈者：怎么到祁门来的？
受访者：我女儿{{minority/kazakh:坎巴尔汗·托合塔尔}}在{{trap/place:乌鲁木齐}}读中专，认得了去新疆摘棉花的{{han:詹国顺}}，嫁到{{trap/place:闪里镇}}来了，家里种茶。前年女儿查出来胃癌，半年人就没了。去年{{han:詹国顺}}渠又在林场偷砍树，判了三年。两个伢没人管，我就坐了五天火车过来。下了车一看，到处是山，到处是树，找不到一块平地放羊。
访谈者：两个孩子多大？
受访者：姐姐{{minority/kazakh:叶尔克娜依}}十二，学校写成{{minority/kazakh:詹叶尔克娜依}}，同学喊她{{minority/kazakh:小娜依}}，在{{school:闪里镇中心学校六年级（2）班}}。弟弟八岁，哈萨克名{{minority/kazakh:别克阿尔斯兰}}，汉名是他爸起的，叫{{han:詹嘉木}}，说{{trap/famous:陆羽}}的茶经上讲茶是南方的{{trap/word:嘉木}}。我舍不得喊汉名，喊他{{minority/kazakh:别克江}}。
访谈者：现在有哪些补助？
受访者：村里儿童主任{{han:汪腊英}}给两个伢报了事实无人抚养，一个人一个月{{trap/number:一千一百四}}，我算监护人。检察院的{{han:江明澈}}又给伢们申请了司法救助。{{han:汪腊英}}跑了不晓得多少趟，我不识汉字，表都是她填的，她念一句，孙女给我翻一句。我每个月拿到钱，先给伢们买牛奶，剩下的存起来。
访谈者：在这边习惯吗？
受访者：不习惯也要习惯。青河冬天零下四十度，可屋里有火墙，暖和；这里冬天屋里比外头还冷，没暖气，被子一个月都晒不干。春天我跟村里的妇女上山采茶，一开始采得慢，隔壁{{han:詹国和}}和他老婆手把手教我，一芽一叶，不能拿指甲掐。现在一天能采四斤鲜叶。我还学会了做{{trap/word:祁门红茶}}，揉、发酵、烘，{{han:詹国和}}说我比本地人还有耐心。我说我们哈萨克人熬奶茶，一熬就是一下午，耐心是从小练的。吃的也不惯，这边菜里放辣，我一口也吃不下，就自己和面烤饼子。
访谈者：伢们想爸爸妈妈吗？
受访者：想。姐姐把她妈的照片压在枕头底下。弟弟问我爸爸什么时候回来，我说等茶再采三季。每隔两个月，县社工站的{{compound:澹台雪芽}}开车带我们去{{trap/place:宣城}}看他爸，去的路上伢们一句话都不说，回来的路上就睡着了。他爸在里面学会了编竹篮，托人带出来两个，伢们拿来装书。
访谈者：伢们的爸爸知道家里的情况吗？
受访者：知道。他在里面写信，一封信写三页，前两页跟伢们说对不起，后一页问茶园有没有人管。茶园是他的命，他砍树也是为了还给我女儿治病欠下的债。我恨过他，后来想想，他也是没办法。
访谈者：老家还有人吗？
受访者：我老伴走了八年了。儿子{{minority/kazakh:叶尔肯.托合塔尔}}在青河放羊，户口本上写成{{minority/kazakh:叶尔肯托合塔尔}}，连在一起。儿子叫我带伢回去，可伢们的户口、学籍都在这里，他爸还有两年就出来了。
访谈者：伢们在学校怎么样？
受访者：姐姐成绩好，班主任{{han:俞晴川}}老师说她数学全班第一。她想考到县里的中学住校，又舍不得丢下我和弟弟。弟弟调皮，同学喊他{{minority/kazakh:詹别克}}，他说他不是{{minority/kazakh:詹别克}}，是{{minority/kazakh:别克阿尔斯兰}}，一个字都不能少。学校的心理老师{{compound:闻人知远}}说，这个伢有骨气。
访谈者：过节呢？
受访者：{{trap/minority_word:那吾鲁孜}}那天我煮一锅肉，{{han:汪腊英}}把{{han:詹国和}}一家都喊来。在{{trap/place:歙县}}工厂上班的老乡{{minority/kazakh:加尔肯・努尔兰}}也来了，给伢们念{{trap/famous:江布尔}}的诗。伢们听不太懂，就跟着拍手。村里人头一回见这个阵势，都站在门口看。
访谈者：您身体还好吗？
受访者：血压高，腿也不行了，上山采茶要拄根棍子。去年冬天摔了一跤，躺了半个月，都是姐姐给我端饭、给弟弟洗衣服。她才十二岁，手上全是冻疮。我心疼，可也没办法，我们哈萨克人说，孩子是家里的柱子，柱子细也得撑着。
访谈者：登记信息请您说一下。
受访者：住在{{address:祁门县闪里镇桃源村下街组28号}}，青河的家在{{address:青河县阿热勒托别镇塔斯巴斯陶村三组11号}}。我身份证{{id_number@wy1958fwhyphen.654325}}，孙子的{{id_number@my2017spaced.341024}}。我老人机号码{{mobile@plus86dash}}，{{han:汪腊英}}的{{mobile@fullwidth}}。孙女给我开了微信，叫{{wechat:kulanda_qinghe}}，她自己的QQ{{qq:2740619358}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:库 兰 达 ‧ 阿 合 买 提}}，孙女写成{{spaced:詹　叶尔克娜依}}，孙子写成{{spaced:别克 阿尔斯兰}}，我女儿的死亡证明上是{{spaced:坎巴尔汗 · 托合塔尔}}。
访谈者：您最盼什么？
受访者：盼他爸早点出来，好好种茶。我老了，伢们交到他手上，我就回青河，去给我女儿和老伴念一回经。
""")

# H1540: Mongolian father from 西乌珠穆沁旗, a rafting guide on the 秋浦河 (石台) who broke his spine saving a child
# in a flood; his Han wife works in a tea factory.
DOCS["H1540"] = ("family", """\
访谈者：大哥，您这腿是……
受访者：去年夏天救人落下的。我叫{{minority/mongolian:敖其尔巴拉珠尔}}，{{trap/place:西乌珠穆沁旗}}人，在{{trap/place:秋浦河}}上撑了六年漂流艇，艇上的伙计图省事，都喊我{{minority/mongolian:敖其}}。
访谈者：蒙古人怎么撑起漂流艇来了？
受访者：早先在{{trap/place:牯牛降}}景区牵马，认得了我老婆{{han:宣彩凤}}，她在景区卖{{trap/word:雾里青}}。后来漂流公司的{{han:程老板}}说草原上来的胆子大，叫我去试试。头一年我呛了不晓得多少口水，第二年就能带客了。游客喊我{{minority/mongolian:敖其尔巴拉}}大哥，拍照都要跟我拍。
访谈者：去年出了什么事？
受访者：七月发大水，半夜里雨跟倒的一样，上游下来一股洪头。一个伢在河边捡石头，掉进河里，叫{{han:项小禾}}，十岁。我跳下去把渠托上岸，自己被冲到石头上，腰椎断了，下半身没知觉，评了一级肢体残疾。等救护车开到河边，天都快亮了。在{{trap/org:池州市人民医院}}住了两个月，钢钉打了六根。{{han:项小禾}}他奶奶每个礼拜拎一篮鸡蛋来，伢喊我{{minority/mongolian:敖其}}伯伯，喊得我心里热乎。
访谈者：家里现在怎么过？
受访者：靠我老婆。{{han:宣彩凤}}在茶厂做工，一个月两千六。出事那天{{han:宣彩凤}}倒没哭，签字、借钱、找车，一样一样办。她早上六点出门，晚上回来还要给我翻身、接尿，她手上被茶叶染得黑黑的，洗都洗不掉。家里吃低保，我有两项补贴，两个伢算父母重残，报了困境儿童，每人每月{{trap/number:八百八十块}}。这些是乡里救助专干{{han:佘立新}}和村里儿童主任{{han:却金花}}一起办的。{{han:却金花}}却说这是应该的，不要我谢。
访谈者：两个孩子多大？
受访者：儿子{{minority/mongolian:巴图额尔赫木}}十三，学校跟他妈的姓，写成{{minority/mongolian:宣巴图额尔赫木}}，在{{school:石台县秋浦中学初一（6）班}}住校。女儿{{minority/mongolian:斡仁格日乐}}七岁，我们喊她{{minority/mongolian:斡仁}}，在{{school:矶滩乡中心小学一（2）班}}。儿子懂事，周末回来给我擦身子、推我出去晒太阳。女儿还小，总问爸爸什么时候再带她去河上。上个月学校带她们去{{trap/place:蓬莱仙洞}}，她回来跟我讲洞里的石头像羊、像马，说等我好了带我去看。
访谈者：谁在帮你们？
受访者：县医院康复科的{{han:过振华}}医生{{trap/word:过年}}都没歇，上门给我做康复。残联送的轮椅，是{{han:项永康}}扛上坡的，他是我艇上的搭档，现在公司的{{trap/word:项目}}都是他在跑。{{han:程老板}}给了两万块，又让我在码头上给游客讲安全，一个月给一千五。红十字会的志愿者{{compound:钟离晚照}}教我老婆怎么给我翻身，防褥疮。
访谈者：漂流公司出事以后怎么说的？
受访者：{{han:程老板}}人实在，说我是下班以后救的人，不好算工伤，可他还是认。住院的钱大半是医保报的，剩下的乡里给办了临时救助。救上来的那个伢家里也穷，他爸从外面打工回来，跪在我床前，我叫他起来，说换了谁都会跳。
访谈者：您自己心里怎么样？
受访者：头三个月不想活。一个放马、撑船的人，躺在床上翻个身都要人帮。夜里睡不着，听着河水响，一宿一宿地想。有一回我把药攒了一把，被儿子发现了，他一句话没说，把药全倒进了河里，抱着我哭。后来儿子跟我说，爸，你救了一个伢，你还要看着我们两个长大。我就想通了。
访谈者：老家那边呢？
受访者：我阿妈{{minority/mongolian:达日玛其木格}}在嘎查放羊，七十多了。哥哥{{minority/mongolian:沙格德尔扎布}}开车从{{trap/place:锡林浩特}}过来看我，走了两千多公里。{{minority/mongolian:沙格德尔扎布}}说，草原上的人摔断腰也要骑马，你坐轮椅也要把日子过下去。当年带我来南方的老伙计{{minority/mongolian:策仁那木斯来}}，还在牯牛降牵马，隔几天来陪我喝顿酒。
访谈者：孩子们会说蒙古话吗？
受访者：会一点。我教女儿唱{{trap/minority_word:长调}}，教儿子摔{{trap/minority_word:搏克}}，给他们讲{{trap/famous:嘎达梅林}}。儿子的班主任{{compound:上官秋棠}}说，他作文里写，他爸是从草原游到秋浦河的。女儿问我草原上有没有河，我说有，叫{{trap/place:乌拉盖河}}，没有秋浦河这么急。
访谈者：以后有什么打算？
受访者：想在码头边上开个小卖部，卖水、卖防晒霜、租救生衣，坐着轮椅也能干。乡里说可以申请残疾人创业补贴，{{han:佘立新}}在帮我问。
访谈者：登记信息请您说一下。
受访者：家在{{address:石台县矶滩乡沟汀村河埠组3号}}，老家在{{address:西乌珠穆沁旗巴彦胡舒苏木宝日格斯台嘎查二组8号}}。我身份证{{id_number@my1985x.152526}}，儿子的{{id_number@my2012fwspaced.341722}}。我电话{{mobile@p86h}}，{{han:宣彩凤}}的{{mobile@s74}}。我微信{{wechat:Ochir_baljir}}，儿子QQ{{qq:52817306}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上我是{{spaced:敖　其　尔　巴　拉　珠　尔}}，儿子的学籍是{{spaced:宣 巴图额尔赫木}}，女儿的户口本上是{{spaced:斡 仁 格 日 乐}}。
访谈者：您最盼什么？
受访者：盼腰好一点，坐着轮椅去河边看看。那条河救过人，也差点要了我的命，我不怪它。
""")

# H1541: Han 儿童主任 of 杉山村 (仙寓镇, 石台), a hill village, reading out her list.
DOCS["H1541"] = ("staff", """\
访谈者：{{han:操主任}}，您今天带的是什么本子？
受访者：全村困境儿童的台账，十三个伢。我叫{{han:操秀英}}，在{{trap/place:仙寓山}}脚下当了八年儿童主任，伢们都喊我{{han:操嫂}}。我们村在山顶上，十一个村民组散在几条岭上，年轻人都出去了，剩下老的小的。你记，我一户一户念。
访谈者：好。
受访者：头一户，{{minority/yi:瓦扎阿芝}}家，彝族，男人砍毛竹摔死了。女儿{{minority/yi:檀曲莫}}在县里住校，儿子{{han:檀子俊}}智力残疾，两项补贴加困境儿童。
受访者：第二户，{{han:于得川}}，七十六，儿子儿媳前年在{{trap/place:浙江}}出车祸都没了，留下两个孙女{{han:于苗苗}}、{{han:于朵朵}}，吃孤儿基本生活费，一人一个月{{trap/number:一千六百九}}。{{han:于得川}}得了肺气肿，爬两步坡就喘，{{trap/word:于是}}村里把他家挪到了路边的安置点。两个丫头放学回来，{{han:于苗苗}}就煮饭，{{han:于朵朵}}就喂鸡，作业趴在灶台边上写。
受访者：第三户，{{han:时正}}，男，十岁。爸妈离了婚，各自成了家，哪个都不管，跟{{han:时太婆}}过，报的事实无人抚养。太婆八十三了，耳朵背，喊她要喊三声。{{han:时正}}正读四年级，在{{school:仙寓镇中心小学四（1）班}}，数学回回考一百，衣服自己洗，领口洗得发白。
受访者：第四户，{{han:从安琪}}，女，九岁，白血病，在{{trap/org:安徽省儿童医院}}化疗。她爸{{han:从来福}}{{trap/word:从来}}不喊苦，卖了两头猪、一屋的板栗，还差好几万。化疗一回掉一回头发，{{han:从安琪}}能上学的日子就戴个毛线帽子去。我在村里群里发了个募捐，三天凑了一万二，驻村的第一书记{{compound:亓官致远}}又帮他们走了大病救助。
受访者：第五户，服刑人员子女。爸爸{{han:别建军}}帮人放赌资，判了两年。妈妈{{minority/uyghur:布海丽且姆}}是{{trap/place:阿克苏}}嫁过来的，一个人带儿子，学籍上写{{minority/uyghur:别阿迪力}}，她喊{{minority/uyghur:阿迪}}。伢七岁，眼睛大，汉话比他妈讲得好，在家给他妈当翻译。{{minority/uyghur:布海丽且姆}}一着急汉话就讲不清，我总跟她讲{{trap/word:别急}}，慢慢来。
受访者：第六户，{{han:后小军}}，十二岁，在{{school:石台县仙寓初级中学七年级（三）班}}。妈早死了，爸出去打工{{trap/word:后来}}就联系不上，跟大伯{{han:后德旺}}过。大伯自己有三个伢，{{han:后德旺}}他老婆嫌多一张嘴，伢在家受气。我跟社工{{compound:夹谷望舟}}上门劝了三回。
受访者：剩下五个是留守的：{{han:汪春桃}}、{{han:佘桃枝}}、{{han:凌秋生}}、{{han:章小芽}}，还有住在{{han:柯满仓}}屋后岭上的那个，叫{{han:柯小树}}。
访谈者：平时怎么发现这些伢？
受访者：靠走。我每个月把十一个组走一遍，谁家烟囱不冒烟，谁家伢放学在路边晃，我都记着。去年冬天就是看见第六户那个伢穿一件单衣在路口等车，才晓得他大伯家的事。
访谈者：伢们在山上怎么上学？
受访者：小学在镇上，初中在县里。岭上的伢天不亮就下山，走一个钟头到公路上等校车。冬天路上结冰，家长不放心，我就在岭口搭了个棚子，让伢们在里面等，棚子里放一壶热水。去年县里给我们村通了一趟专线公交，伢们高兴得在车上唱歌。
访谈者：这些伢都有谁在跟？
受访者：镇民政办的{{han:宣德厚}}总负责。社工站派了{{compound:夹谷望舟}}和{{compound:鲜于晚晴}}，一个管心理，一个管学习。村医{{han:查文斌}}给生病的伢量体温、送药，{{han:查文斌}}查出来第四户那个伢贫血，催着去的县医院。村部腾了一间屋做儿童之家，放了书和乒乓球台，周末伢们来写作业，我给他们煮一锅面。伢们最爱背{{trap/famous:李白}}的秋浦歌，说李白来过我们这里。
访谈者：台账上有写错的吗？
受访者：多。{{spaced:于　苗　苗}}写得一个字一个空，{{spaced:别 阿 迪 力}}也是，还有{{spaced:从 安琪}}、{{spaced:夹谷 望舟}}。错一个字钱就打不进去，年底我要一张一张对。
访谈者：几户的住址和号码？
受访者：{{han:于得川}}家在{{address:仙寓镇杉山村新屋安置点2排5号}}，{{han:时太婆}}家在{{address:杉山村竹坞组9号}}，电话{{mobile@spaced}}。{{han:从安琪}}的身份证{{id_number@wy2016fwhyphen.341722}}，{{han:别建军}}的{{id_number@my1986quad.341722}}。我电话{{mobile@plain}}，微信{{wechat:cao_xiuying0731}}，台账照片都在上面。{{compound:鲜于晚晴}}的QQ是{{qq:836152094}}，伢们有事找她。
访谈者：您是怎么当上儿童主任的？
受访者：原来是村里的妇女主任，兼着干。那年上头说每个村要有一个儿童主任，村里开会，没人愿意，我就举了手。培训的时候学了怎么入户、怎么填表、怎么看出伢受了欺负，回来一样一样照着做。
访谈者：当儿童主任最难的是什么？
受访者：路远。杉山村散，最远的一户走路一个半钟头，下雨天山路滑得站不住，冬天下雪我摔过两跤，膝盖到现在阴天还疼。一个月补贴几百块，有时候还要自己贴车费。我自己两个伢在池州读书，一个月见一回，我老公说我管别人家的伢比管自家的上心。可伢们老远喊“{{han:操嫂}}来了”，我就不想歇。
""")

# H1542: Han social-assistance clerk of 闪里镇 (祁门) with the ledgers and the names the system cannot hold.
DOCS["H1542"] = ("staff", """\
访谈者：您在乡镇管救助多少年了？
受访者：九年了。我叫{{han:叶茂林}}，{{trap/place:闪里镇}}社会事务办的救助专干。我爸种了一辈子{{trap/word:茶叶}}，起这个名是盼家里{{trap/word:枝繁叶茂}}。全镇低保、特困、困境儿童的台账都在我这台电脑里。
访谈者：困境儿童现在有多少？
受访者：在册四十三个：孤儿五个，事实无人抚养十九个，剩下是重病、重残和低保家庭的。每个伢一年至少入户两回，拍照、签字、填表。家里情况变了就要调整，大人出狱了、病好了，补贴就要停，漏了一个月都是问题。最头疼的是少数民族伢的名字。
访谈者：怎么个头疼法？
受访者：系统里打不出那个点。桃源村{{minority/kazakh:库奶奶}}家的外孙女，学籍上是{{minority/kazakh:詹叶尔克娜依}}，户口上是{{minority/kazakh:叶尔克娜依·詹国顺}}，到了一卡通上又成了{{minority/kazakh:叶尔克娜依詹国顺}}，三样对不上，钱退回来两回。我跟银行的{{compound:端木鹤汀}}跑了三趟才改过来。
访谈者：那一家现在怎么样？
受访者：{{han:詹国顺}}在服刑，姐弟俩报的事实无人抚养，外婆当监护人，老人家不会汉话，我每回去都是姐姐在中间翻。县检察院{{han:江明澈}}那边又给了一笔司法救助。村里儿童主任{{han:汪腊英}}隔几天去一趟，{{han:汪腊英}}连老人看病的事都揽下了。
访谈者：还有哪些难办的？
受访者：有个女伢叫{{han:章程程}}，九岁，在{{school:闪里镇中心学校三年级一班}}。爸妈都是聋哑人，她爸{{han:章立山}}去年又查出尿毒症，一个礼拜透析三回。照{{trap/word:章程}}，她算父母重病重残，困境儿童加两项补贴，光盖章就跑了七个地方。伢懂事，在家给爸妈打手语当翻译，学校开家长会是她自己去。
受访者：还有{{han:倪守仁}}，七十九，带重孙{{han:倪晨阳}}，{{han:倪晨阳}}才五岁。孙子孙媳都在外头，一年到头见不着人。去年伢的补助被{{han:倪守仁}}的侄子取走了，老人眼睛不好，存折上少了钱都不晓得。我跟派出所的{{han:全又林}}去要回来，改成了老人的卡。{{han:全又林}}又帮着把户口分了出来。
受访者：再就是镇上的蒙古族媳妇{{minority/mongolian:吉日格勒玛}}，{{trap/place:正蓝旗}}人，十几年前到{{trap/place:历口}}收红茶末子，运回去压砖茶，后来嫁到了我们镇上。男人去年在茶山上遭了雷击。儿子跟爸姓，叫{{minority/mongolian:康孟和}}，七岁。{{minority/mongolian:吉日格勒玛}}汉话讲得好，就是不会填表，我跟社工{{compound:段干听雨}}帮她把困境儿童报上了。她喊我{{han:叶哥}}，逢年过节送一包奶茶粉来。
访谈者：入户核查都看什么？
受访者：看屋，看伢，看大人。屋漏不漏，床上有没有被子，灶上有没有热饭；伢身上干不干净，有没有伤，上没上学；大人在不在，能不能管。我还要打开冰箱看看，冰箱里空空的，这一家就要多上点心。核完了拍照上传，村干部、我、家长三方签字。
访谈者：审批是怎样走的？
受访者：村里报，镇里审，县民政局批。局里分管的{{compound:赫连春溪}}要求材料一律拍照上传，我手机里存了几千张。以前一户要跑一个月，现在快的十天就批下来了。
访谈者：钱够用吗？
受访者：看怎么算。事实无人抚养一个月一千一百多，在山里吃饭是够的，可伢一生病、一上学，就紧巴了。我们还链接了些社会上的资源，{{trap/org:县慈善协会}}每年秋天给每个伢一份助学金，茶企也有捐的，红茶卖得好的那几家，年年捐。
访谈者：请您把几户的号码念一下，我们核对。
受访者：{{minority/mongolian:吉日格勒玛}}的身份证{{id_number@wy1990spaced.152530}}，她电话{{mobile@plus86spaced}}。{{han:章程程}}的身份证{{id_number@wy2016x.341024}}，尾巴是个叉，她家在{{address:闪里镇桃源村茶园路6号}}。{{han:倪守仁}}住{{address:闪里镇坑口村老屋组21号}}，老人家没电话，有事打村部。
访谈者：您的联系方式？
受访者：我电话{{mobile@fws}}，工作微信{{wechat:Ye-maolin_slz}}。救助办有个QQ群，我QQ是{{qq:62038417}}。
访谈者：系统里名字写错的多吗？
受访者：多。{{spaced:吉 日 格 勒 玛}}打成一个字一个空，{{spaced:章　程　程}}也是，{{spaced:叶尔克娜依 · 詹国顺}}的点两边多了空格，连我自己都被打成过{{spaced:叶 茂林}}。
访谈者：您自己家里呢？
受访者：老婆在镇卫生院当护士，儿子读初三。她说我一年到头在外面跑，家里的灯泡坏了都是她换。我说我管的那些伢，家里有的连灯泡都没有。
访谈者：干这个最难的是什么？
受访者：最难的是漏掉的。系统只认材料，可有的伢家里大人不会说、不敢说。上个月在坑口村碰到一个，十岁的伢一个人守着屋，爸妈离了婚，谁也不回来，饭是隔壁给一口吃一口。我当天就把他报了上去。我一年把全镇四十七个自然村走一遍，就怕哪个伢没人管，我还不晓得。
""")

# H1543: Han dormitory teacher of the girls' boarding house at 秋浦中学 (石台).
DOCS["H1543"] = ("staff", """\
访谈者：{{han:桂姐}}，您当生活老师几年了？
受访者：五年。我叫{{han:桂素琴}}，在{{trap/org:秋浦中学}}管七、八年级女生宿舍，一百二十几个伢。山里的伢一个礼拜回一趟家，有的一个月才回一趟。夜里我查三遍寝，十点、十二点、三点，哪个伢踢了被子，哪个伢躲在被窝里哭，我都晓得。
访谈者：困境儿童多吗？
受访者：我这栋楼有十四个。晚上九点半我点名，你听：三零二，{{han:舒心蕊}}、{{han:程婉儿}}、{{minority/yi:檀曲莫}}、{{han:佘雨桐}}、{{han:汪得意}}、{{han:姚佳禾}}，六个里头四个是困境儿童。点完名我在本子上打勾，谁不在，我就一个宿舍一个宿舍去找。
访谈者：能讲讲她们吗？
受访者：{{han:舒心蕊}}爸爸坐牢，妈妈改嫁，跟奶奶过，服刑人员子女。她刚来不说话，我喊她小名{{han:蕊蕊}}，慢慢就肯跟我讲了。现在她说住校比在家{{trap/word:舒坦}}，在{{school:石台县秋浦中学八年级（5）班}}当了学习委员。她奶奶每个月来送一回咸菜，坐在宿舍门口的台阶上看她，一看就是半天。
受访者：{{minority/yi:阿衣曲莫}}是彝族，爸爸砍毛竹摔死了，家里还有个智力残疾的弟弟。头一年她夜里躲在被子里哭，我陪她坐走廊，她教我彝话，我教她石台话。现在宿舍都喊她{{minority/yi:曲妹}}，她讲石台话比我还溜。这学期她考进了年级前二十，头一个跑来告诉我。
受访者：{{han:汪得意}}人如其名，考了个年级第三就{{trap/word:得意}}得不得了。她爸爸是重度残疾，妈妈在外头打工，她周末回家要给爸爸做饭。{{han:佘雨桐}}是孤儿，跟叔叔过，{{han:佘雨桐}}她从来不提爸妈，我也不问。{{han:姚佳禾}}长得小，同学喊她{{han:米豆}}，十三岁了才一米四，食堂每天多给{{han:米豆}}一个鸡蛋。
访谈者：男生那边呢？
受访者：男生归{{han:尚卫东}}老师管，{{han:尚卫东}}也常来找我商量。有个蒙古族伢，{{minority/mongolian:宣巴图额尔赫木}}，爸爸救人把腰摔断了。同学嫌名字长，喊他{{minority/mongolian:巴哥}}，他也乐意。他每个礼拜五头一个冲出校门，赶回去给他爸擦身子。
访谈者：周末留校的伢多吗？
受访者：七八个。家里没人的、路太远的，就留在学校。我周六带她们洗被子，周日带她们去县城买本子，顺路去河边走走。食堂周末不开火，我借个电饭锅，给她们煮面条、炒鸡蛋。有一回路过{{trap/org:县图书馆}}，伢们在里面坐了一下午不肯走。学校不让带手机，伢们想家就用值班室的电话打，排队排到走廊上。
访谈者：伢们生病了怎么办？
受访者：半夜发烧我送校医室，校医{{compound:梁丘白露}}就住在学校。严重的打电话给家长，家长来不了我就自己带去县医院。去年冬天{{han:程婉儿}}急性阑尾炎，她奶奶在{{trap/place:横渡镇}}，赶不过来，我在医院守了一夜，手术单是我签的字。醒过来{{han:程婉儿}}问我，{{han:桂姐}}你是不是一夜没睡。好多伢妈不在身边，头一回来月经吓得哭，以为自己得了病，我在柜子里常备卫生巾，谁要谁拿。
访谈者：学校还给了哪些帮助？
受访者：困境儿童住宿费全免，寄宿生补助一学期{{trap/number:六百二十五}}。县里的心理老师{{compound:宰父一诺}}每月来一回，给伢们做团体辅导。团委书记{{compound:左丘景行}}拉来一家企业，给每个伢买了一床新棉被。
访谈者：伢们平时吃得怎么样？
受访者：学校有营养餐，一天一个鸡蛋一盒奶。可有的伢周末回家没饭吃，礼拜天晚上回来饿得直喊，我在值班室放了一箱方便面、一箱饼干，谁饿了自己拿。有个伢拿了还写张欠条，说等她长大了还我，我到现在还留着。
访谈者：您有家长的联系方式吗？
受访者：有，贴在值班室墙上。{{han:舒心蕊}}奶奶的电话{{mobile@plus86}}，{{han:佘雨桐}}叔叔{{han:佘立德}}的{{mobile@s434}}，家在{{address:石台县七都镇高路亭村伍村组12号}}。办校园卡登记过身份证，{{han:米豆}}的是{{id_number@wy2011fw.341722}}，{{minority/yi:檀曲莫}}的是{{id_number@wy2011spaced.341722}}。
访谈者：您自己的呢？
受访者：微信{{wechat:gxy_dorm302}}。伢们周末在家有事就在QQ上喊我，我QQ{{qq:1297460385}}。
访谈者：宿舍门上贴着名字？
受访者：门牌是伢们自己剪的贴纸，一个字一张，贴歪了就成了{{spaced:舒　心　蕊}}、{{spaced:姚 佳 禾}}、{{spaced:佘 雨桐}}。
访谈者：您自己家里呢？
受访者：我男人在外地跑车，女儿在池州读高中。我就礼拜六晚上回去一趟，礼拜天下午又来了。女儿说，妈，你宿舍里那一百多个伢都是你女儿，我是捡来的。我听了心里不是滋味，可伢们离不开我。
访谈者：最怕的是什么？
受访者：最怕放寒暑假。伢们一回家，我就管不着了。放假前一晚，伢们一个个来找我说悄悄话，有的说不想回家。每回放假，最后一个走的总是{{han:佘雨桐}}
""")

# H1544: Han officer for minors at the county procuratorate of 祁门.
DOCS["H1544"] = ("staff", """\
访谈者：{{han:江检察官}}，您在未检干了多久？
受访者：六年。我叫{{han:江明澈}}，在{{trap/org:祁门县人民检察院}}管未成年人检察。除了办案，还管强制报告、督促监护、司法救助，跟民政、学校、妇联都要打交道。我们办案子，不光看大人犯了什么事，也看家里的伢有没有人管。
访谈者：强制报告是怎么回事？
受访者：学校、医院、村委会这些单位，发现伢可能受了侵害，必须报。以前好多人觉得是人家的家务事，不好管。现在我们每年去学校、卫生院讲，告诉他们哪些情况要报、报给谁、怎么报。去年有三起案子，都是老师、医生先报上来的。
访谈者：能举个例子吗？
受访者：去年{{trap/org:县国有林场}}报了一起滥伐案，嫌疑人{{han:詹国顺}}，闪里镇的茶农，为给老婆治病欠了债，偷砍了三十几方杉木。审查起诉的时候我发现，他老婆{{minority/kazakh:坎巴尔汗}}已经病故，家里两个伢，{{minority/kazakh:叶尔克娜依}}十二，{{minority/kazakh:别克阿尔斯兰}}八岁，外婆从新疆赶过来带。我去他家看过，屋里一股霉味，外婆不会讲汉话，姐姐给我们当翻译，讲到她妈，眼泪在眼眶里转，硬是没掉下来。
访谈者：您怎么做的？
受访者：案子照办，判了三年。伢的事另外办：我跟镇里的{{han:叶茂林}}一起走访，给姐弟俩申请了司法救助，一次八千，又推着把事实无人抚养报了上去。林场护林员{{compound:万俟槐序}}是证人，后来自己掏钱给两个伢买了书包。判决书上写的是{{han:詹某某}}，伢们的材料上却要写全，{{spaced:詹 叶 尔 克 娜 依}}、{{spaced:别 克 阿 尔 斯 兰}}，一个字都不能错。
访谈者：司法救助的钱怎么用？
受访者：一次性发，打到监护人账上。我们跟监护人讲清楚，这钱是给伢上学、看病用的，回访的时候要看票据。有个爷爷拿救助金给孙子交了学费，剩下的买了一头小牛，说等牛长大了卖了再给孙子攒着。
访谈者：还有别的案子吗？
受访者：有个伢叫{{han:尚小川}}，十四岁，跟几个大的去偷电缆，被抓了现行。偷来的电缆卖了八十块钱，几个伢分了买零食。他爸{{han:尚德福}}在{{trap/place:义乌}}打工，七八年没回来，妈早跑了，跟{{han:尚奶奶}}过。奶奶八十一，{{trap/word:尚且}}顾不了自己。我们给{{han:尚德福}}发了督促监护令，让{{han:尚德福}}每个月至少回来一趟，每周跟伢视频。
访谈者：孩子怎么处理的？
受访者：不到年龄，不追究刑事责任，可不能不管。我们请心理咨询师{{compound:颛孙若愚}}给他做了八次辅导，社工{{compound:南宫知白}}每周陪他一回，帮他在{{school:祁门县历口初中八年级（2）班}}复了学。{{han:尚小川}}说，他以前以为没人管他，原来有人管。上个月他给我写了封信，字歪歪扭扭，说等考上职校学汽修，头一个给我修车。
访谈者：还有吗？
受访者：{{han:曾再兴}}，喝了酒就打伢，邻居报的警。他女儿{{han:曾小荷}}十一岁，身上青一块紫一块，邻居说那天晚上哭声半个村都听得见。我们发了家庭教育指导令，{{han:曾再兴}}再犯，就申请撤销监护资格。他{{trap/word:曾经}}跟我拍桌子，现在见了我老远就递烟。伢先住在她姑姑家，社工每周去看一回，她说她不怕了。
访谈者：学校里的事您也管？
受访者：我兼着{{trap/org:祁门二中}}的法治副校长。开学讲防欺凌，七年级有个维吾尔族伢{{minority/uyghur:阿卜杜凯尤木}}举手，说有人喊他“烤串的”。我没点名，下课把几个伢叫到一起，听{{minority/uyghur:阿卜杜凯尤木}}讲他爸怎么一个人照顾瘫了的妈。那几个伢后来跟他成了朋友。
访谈者：案卷里的信息请您念一下。
受访者：{{han:尚小川}}的身份证{{id_number@my2010fwspaced.341024}}，家在{{address:祁门县历口镇彭龙村竹园组14号}}，{{han:尚德福}}的电话{{mobile@hyphen}}。{{han:曾小荷}}的身份证{{id_number@wy2013tri.341024}}，住{{address:祁门县祁山镇仙桂路老粮站宿舍1栋203}}。我们科书记员{{compound:公良敬之}}的电话{{mobile@h38}}，他也管着未检的微信号{{wechat:qimen_weijian}}。伢们不敢打电话的，可以加我QQ{{qq:2615093748}}，或者打{{trap/hotline:12309}}。
访谈者：文书上名字写错过吗？
受访者：写错过。{{spaced:曾　再　兴}}，还有{{spaced:颛　孙　若　愚}}，打印出来一个字一个空，连{{spaced:公良 敬之}}自己的名字都被拆开过。
访谈者：办这些案子，您自己有什么感触？
受访者：伢出事，根子多半在家里。大人不在，大人不管，大人管不好。我们能做的，是让该管的人管起来，没人管的，让政府接过去。有时候回到家，看着自己的伢睡得香，我就想起那些一个人守屋的伢，心里不好受。
访谈者：您最想说的是什么？
受访者：伢们喊我们{{trap/famous:包青天}}，我说我不是，我就是个跑腿的。一个伢后头总要站几个大人，头一个站出来的，常常是{{han:汪腊英}}。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1537,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout195",))


if __name__ == "__main__":
    main()
