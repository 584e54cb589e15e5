# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 179 (tests/pii/holdout179/H1417-H1424 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 178, written at the same time, is not
an earlier set).

Set 179 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
麻阳 and 芷江 (Hunan): a Yi father from 雷波 who grafts citrus trees in 麻阳 (兰里镇) and raises his three children
alone since his wife died; a Uyghur mother from 伽师 who sells nang and kebabs by the 芷江 bus station, her husband
in a wheelchair since a lorry crash; a Mongolian grandfather from 扎鲁特旗 raising in 芷江 a grandson with
haemophilia, the boy's father dead and his mother remarried far away; a Kham Tibetan uncle from 白玉 raising in
麻阳 (谭家寨乡) the son of his late sister, the boy's father in prison; a Han 儿童主任 of 陶伊村 in 高村镇 reading out
her list; a Han social worker of 芷江镇 answering the phone and QQ during the interview; a Han grandfather in 锦和镇
raising a granddaughter whose mother left; and a Han village doctor in 罗旧镇 talking about a girl who lives with
her deaf grandfather. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Yi clan + given name (勒尔瓦铁, 勒尔史日, 勒尔比子, 勒尔拉芝, 吉木惹果嫫, 吉子阿果嫫, 俄木则伍,
海来尔坡, 勒尔哈则, 俄木拉洛嫫) with and without the dot (勒尔·瓦铁), short forms and a nickname (瓦铁, 史日她, 比子,
芝芝), the father's Han surname before the children's given names on the school roll (罗史日, 罗比子) and his Han
name (罗国才, 小罗); Uyghur given name + father's name with and without the dot (麦合甫再·色依提, 库尔班尼亚孜·吾甫尔,
库尔班尼亚孜吾甫尔, 阿依克孜·库尔班尼亚孜, 买买提依明·库尔班尼亚孜), given names alone and short (阿依克孜, 克孜,
买买提依明, 图妮萨, 吐尔逊阿依, 阿不都热合曼, 沙依拜书记, 夏依旦) and forms of address made from a name (麦姐,
老库他); Mongolian names (满达扎布, 敖敦巴雅尔, 伊德尔巴雅尔, 斯琴花, 纳木达来, 阿古拉孟和, 乌兰巴日, 苏伦嘎), a
nickname and a form of address (小伊德, 老满), a Han surname before a Mongolian given name (韩伊德尔) and the Han
names of the same people (韩德山, 韩子谦); Kham Tibetan names of 白玉 (降村俄珠, 泽登翁姆, 益呷旺修, 根秋卓嘎, 白马拉绒,
土登群培, 阿多伍金, 呷玛拥忠) with short forms (俄珠, 益呷他), the father's Han surname joined to the boy's Tibetan
name by schoolmates (滕旺修) and the boy's Han name (滕一鸣); Han names with common and rare surnames of the region
(滕, 麻, 舒, 满, 粟, 蒲, 符, 谌, 瞿, 禹, 补, 龙, 向, 田, 姚, 伍, 曾, 鲁); surnames that are ordinary words right after or
before grammar words (叫和雪秋, 跟和雪秋说, 是都国富, 都国富都说了, 被伍老师, 把永刚把, 是让老师, 让老师让他, 被小芳,
被晓坤, 还国林帮, 有晓雯, 能小燕老师很能干, 和满枝) and given names holding 才, 有, 就, 也, 要, 和 (罗国才才来, 郑有才,
宋才英才三十出头, 舒有贵, 田有福有空, 黄有林, 杨就成就是, 龙也青, 吴要武要强, 舒建和和村干部); names that contain
words (向荣, 田园, 舒心, 舒畅老师); names directly before particles, pronouns and verbs (满春桃她, 蒲玉兰她, 益呷他,
黄丽蕖她, 老库他, 史日她) and after 叫/是/给/跟/找/让/和/被 (给芝芝, 跟俄木拉洛嫫, 找杨秋妹, 让郑有才, 我和心妹崽);
titles and kin words after names (满春桃主任, 符雪晴老师, 向湘岚老师, 禹婷大夫, 龚启明医生, 谭小蕙老师, 东方絮老师;
the span is the name only); a surname with only a title or kin word, annotated whole (滕主任, 伍老师, 让老师, 姚医生,
粟医生, 蒲姐, 龙校长, 瞿警官, 龙嗲, 石满满, 向满满, 滕娘娘, 蒲老倌); local forms of address and nicknames, annotated
whole (小罗, 心妹崽, 秋妹, 麻老四); a name closing the last sentence (头一个要谢的是还国林。); names spaced out
character by character in half- and full-width spaces (勒 尔 比 子, 勒　尔　拉　芝, 买 买 提 依 明, 满 达 扎 布,
韩　伊　德　尔, 降 村 俄 珠, 泽　登　翁　姆, 澹　台　沅　湘, 万 俟 雁 南, 申　屠　青　岚, 皇 甫 知 秋, 宇　文　鹿　鸣,
被 小 芳), a dotted name with spaces around the dot (麦合甫再 · 色依提) and names split in two (勒尔 史日,
伊德尔 巴雅尔, 益呷 旺修, 和 满枝, 杨 就成, 诸葛 泊舟, 还 国林, 舒 心); compound surnames after ordinary words (欧阳,
上官, 端木, 南宫, 西门, 令狐, 慕容, 公孙, 东郭, 闻人, 澹台, 呼延, 司徒, 申屠, 万俟, 钟离, 皇甫, 诸葛, 公冶, 东方, 宇文);
and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:满春桃}}``, ``{{qq:2786041935}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (yi, uyghur, mongolian, tibetan) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1983spaced.513437}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38,
                                   h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 医生, 书记) and a particle,
pronoun or verb written directly after a name (她, 他, 都, 才, 就, 有, 要, 把, 让, 和, 帮) are outside the span; a
surname with only a title or kin word (滕主任, 伍老师, 蒲姐, 龙嗲, 石满满, 滕娘娘, 蒲老倌) and a local form of address
or nickname (小罗, 心妹崽, 秋妹, 麻老四) are annotated whole. Han-style names of Yi, Mongolian and Tibetan people
(罗国才, 韩德山, 韩子谦, 滕一鸣) are category han; a Han surname before a non-Han given name (罗史日, 罗比子, 韩伊德尔,
滕旺修) is category minority, and so is a form of address or nickname made from a non-Han name (麦姐, 老库, 老满,
小伊德, 芝芝).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout179/make_holdout179.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(179_2026_1207)
MINORITY_GROUPS = ("yi", "uyghur", "mongolian", "tibetan")
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "uyghur": 10, "mongolian": 10, "tibetan": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1417: Yi father from 雷波 who grafts citrus trees in 麻阳 (兰里镇) and raises his three children alone since his
# wife died.
DOCS["H1417"] = ("family", """\
访谈者：大哥，您这是在给橘子树换穗子？
受访者：对，老树锯了，接冰糖橙的芽。我叫{{minority/yi:勒尔瓦铁}}，凉山{{trap/place:雷波}}来的彝族，前面两个字是家支，后面两个字是名字。园子发的工牌上写的汉名是{{han:罗国才}}，老板喊我{{han:小罗}}，老乡们喊我{{minority/yi:瓦铁}}。
访谈者：怎么到{{trap/place:麻阳}}来接橘子树了？
受访者：老婆{{minority/yi:吉木惹果嫫}}前年得肝病走了，看病欠了四万多。同村的{{minority/yi:俄木则伍}}在这边果园干过，说嫁接一棵给八毛，手快的一天接五百棵。我就把三个娃娃都带出来了，老家只剩我阿嫫{{minority/yi:吉子阿果嫫}}守房子。
访谈者：孩子们多大了？
受访者：老大是姑娘，{{minority/yi:勒尔史日}}，十四岁，在{{school:麻阳苗族自治县兰里镇中学八年级（3）班}}。学校花名册上把我汉名的姓加在前面，写成{{minority/yi:罗史日}}。老二是儿子{{minority/yi:勒尔比子}}，十岁，在{{school:兰里镇中心小学四年级（1）班}}，同学叫他{{minority/yi:罗比子}}。老三{{minority/yi:勒尔拉芝}}五岁，我们叫她{{minority/yi:芝芝}}，在镇上幼儿园。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也要顾。天不亮我就上坡，{{minority/yi:史日}}她起来煮饭、给{{minority/yi:芝芝}}扎辫子，再送弟弟上学。十四岁的姑娘，在老家早算大人了，在这边还是个学生娃，我欠她的多。晚上收工回来，她已经把衣服洗了晾在橘子树上，弟弟的作业也看过了。
访谈者：老家那边还有谁？
受访者：我阿嫫七十一了，一个人喂两头猪、一群鸡。去年秋天她病了一场，先请{{trap/minority_word:毕摩}}来家里做了一场，又去{{trap/place:马湖}}边上的卫生院打了十天吊针。我弟弟{{minority/yi:勒尔哈则}}在{{trap/place:西昌}}开三轮车，隔一个月回去看她一回，钱是我们两兄弟分着出。
访谈者：谁在帮你们？
受访者：低保还是老家在发，村里的儿童主任{{minority/yi:海来尔坡}}每季度打电话来核一回，三个娃娃也报了困境儿童。这边社区的{{han:满春桃}}主任帮老二、老三办了入学，{{han:满春桃}}她还找学校免了伙食费。园子老板{{han:舒有贵}}让我们住看果的小屋，不收租。老板娘{{han:麻冬英}}手脚{{trap/word:麻利}}，隔几天送一袋米来。老大的班主任{{han:符雪晴}}老师知道她没妈，常把她留在办公室讲题。县社工站的{{compound:欧阳青禾}}每个月来一趟，跟她一起来的还有{{compound:上官竹溪}}，教{{minority/yi:芝芝}}认字。
访谈者：孩子们习惯这边吗？
受访者：老二习惯得快，会说麻阳话了。老大不爱说话，想她阿妈。{{trap/minority_word:火把节}}那天园子放假，我们在坡上烧了一堆火，煮了一锅鸡肉当{{trap/minority_word:坨坨肉}}，我给他们讲{{trap/famous:支格阿鲁}}射太阳。{{minority/yi:比子}}说，这是他过得最好的一回。
访谈者：孩子们的阿妈走的时候，他们知道吗？
受访者：老大知道，她一直守在医院里。走的那天晚上，她拉着阿妈的手不放，后来给阿妈梳了头，换了新衣服。老二那时候七岁，只晓得哭。老三才三岁，到现在还以为阿妈在雷波，过年就会回来。我不晓得怎么跟她讲，社工说等她大一点再慢慢讲。老大说她长大了要当医生，专门治肝病，不让别人家的阿妈也这样走。
访谈者：住在果园里方便吗？
受访者：看果的小屋两间，一间睡人，一间堆农药化肥，农药我都锁起来了，怕老三乱摸。没有自来水，用的是山上接下来的泉水。晚上狗一叫，我就打着电筒转一圈，怕有人偷橘子。孩子们倒是喜欢，说园子大，能捉蚂蚱、摘野果。
访谈者：嫁接的活好做吗？
受访者：按棵算钱。剪子要快，刀口要齐，芽要对准，一天下来手上全是口子。春天三月、秋天九月是旺季，一季能挣七八千。刚来的时候是本地老师傅{{han:蒲满生}}手把手教了我半个月，{{han:蒲满生}}说我手稳。工友里有个爱说笑的，大家叫他{{han:麻老四}}，他给我起外号叫“彝家快刀”。老板说{{han:罗国才}}才来两年，就是园子里接得最快的。冬天没活，我去{{trap/place:怀化}}的工地上搬砖，晚上披着{{trap/minority_word:擦尔瓦}}睡工棚。
访谈者：登记信息请您说一下。
受访者：这边住{{address:麻阳苗族自治县兰里镇桐木溪村四组17号}}，老家是{{address:雷波县谷堆乡木渣洛村二组9号}}。我的身份证{{id_number@my1983spaced.513437}}，老大的{{id_number@wy2011.513437}}。我电话{{mobile@s434}}，{{han:满春桃}}主任的{{mobile@hyphen}}。老大有微信，叫{{wechat:sheri_leer0311}}。老二有个QQ，号码他写在作业本背面了：{{qq:2786041935}}。
访谈者：名字在表上写得对吗？
受访者：都不一样。低保表上写成{{minority/yi:勒尔·瓦铁}}，中间加了个点；学校的表上是{{spaced:勒 尔 比 子}}；老三的户口本上是{{spaced:勒　尔　拉　芝}}；老大的奖状上写成{{spaced:勒尔 史日}}。
访谈者：最后还想说什么？
受访者：等债还完了，带他们回雷波看阿嫫。这个名字是我阿达起的，他说铁打的人不怕苦，我就是{{minority/yi:瓦铁}}。
""")

# H1418: Uyghur mother from 伽师 who sells nang and kebabs by the 芷江 bus station; her husband lost a leg in a
# lorry crash.
DOCS["H1418"] = ("family", """\
访谈者：大姐，您这摊子在车站门口摆了几年了？
受访者：三年多。我叫{{minority/uyghur:麦合甫再·色依提}}，新疆{{trap/place:伽师}}人。坐车的人记不住我的名字，都喊我{{minority/uyghur:麦姐}}。{{trap/place:芷江汽车站}}出站口左手边，打馕、烤串的那个就是我。
访谈者：怎么到芷江来的？
受访者：我男人{{minority/uyghur:库尔班尼亚孜·吾甫尔}}以前开大车，拉{{trap/minority_word:伽师瓜}}到湖南卖。{{trap/year:一九年}}冬天在{{trap/place:雪峰山}}下坡翻了车，右腿截了，腰也坏了，现在坐轮椅。他说芷江人爱吃烤串，我们就留下了。车站的人都叫他{{minority/uyghur:老库}}，{{minority/uyghur:老库}}他白天坐在摊子边收钱，夜里腰疼得睡不着。
访谈者：他出事以后，家里怎么撑过来的？
受访者：那半年最难。他在{{trap/org:邵阳市中心医院}}住了两个月，我白天陪床，晚上在医院门口烤串。护士长{{han:谢湘萍}}看我可怜，帮我在过道边上找了个地方放炉子。车队老板{{han:把永刚}}把工钱结清了，还多给了五千，说是兄弟们凑的。我到现在都记着这些人。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/uyghur:阿依克孜·库尔班尼亚孜}}十三岁，在{{school:芷江侗族自治县第三中学七年级（4）班}}。老师念不顺，叫她{{minority/uyghur:阿依克孜}}，同学更省事，叫她{{minority/uyghur:克孜}}。儿子{{minority/uyghur:买买提依明}}十岁，在{{school:芷江镇第二完全小学四年级（3）班}}，作业本上要写{{minority/uyghur:买买提依明·库尔班尼亚孜}}，格子都写不下。小女儿{{minority/uyghur:图妮萨}}三岁半，跟着我守摊，见人就笑。
访谈者：孩子们汉话说得好吗？
受访者：比我好。大女儿在家给我们当翻译，医院的单子、学校的通知都是她念。儿子跟同学学了一口芷江话，回来喊他爸“老头子”，被他爸追着用拐杖敲。小的三种话混着说，车站的保洁阿姨都听得懂。
访谈者：车站这边的人对你们好吗？
受访者：好的多。开中巴的师傅们每天早上来买馕，说我的馕顶饱，吃了{{trap/word:满意}}，揣一个能跑到{{trap/place:新晃}}。有一回儿子放学没回来，我急得到处找，是几个司机开着车在城里转，最后在{{trap/place:舞水}}河边的桥洞下找到了他。他说想他爸以前开的大车，就站在桥上看车。那天晚上我们一家坐在摊子后面，一个都没说话。
访谈者：补助是哪边在办？
受访者：户口还在伽师。村里的{{minority/uyghur:沙依拜}}书记帮我男人办了残疾证，两项补贴和低保都在老家发。这边社区的儿童主任叫{{han:和雪秋}}，我有难处都跟{{han:和雪秋}}说，她帮三个娃娃报了困境儿童的临时救助，又带我去县{{trap/org:残联}}给男人换了新轮椅。车站派出所的所长是{{han:都国富}}，这个摊位就是他帮我们跟车站要的。{{han:都国富}}都说了，只要不占道，没人会赶。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:克孜}}数学考了全班第二，班主任{{han:向湘岚}}老师把卷子拍了发给我。她想考怀化的师范，以后回伽师当老师。我不识汉字，家长会上签名都是她替我签。儿子调皮，上课画烤串，被{{han:伍老师}}没收了三个本子。县社工站有个姑娘叫{{compound:端木云樵}}，每周六来给孩子们补课，她同事{{compound:南宫星野}}教儿子下象棋。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}那天我打了两百个馕，车站的司机、保洁一人送一个。{{trap/minority_word:古尔邦节}}我婆婆{{minority/uyghur:吐尔逊阿依}}在视频里教大女儿做{{trap/minority_word:烤包子}}。我弟弟{{minority/uyghur:阿不都热合曼}}从伽师寄来一箱葡萄干，孩子们抢着吃。我把压箱底的{{trap/minority_word:艾德莱斯}}裙子拿出来穿了一天。男人给他们讲{{trap/famous:阿凡提}}的故事，讲着讲着自己先笑了。
访谈者：您一个人撑这个家难吗？
受访者：难。早上五点和面，馕坑要烧一个钟头。下雨天没人买，一天卖不到一百块。{{minority/uyghur:老库}}说他成了废人，我骂他，说你是我们家的账房先生。在{{trap/place:怀化}}卖切糕的老乡{{minority/uyghur:夏依旦}}有时候过来帮我看摊，让我去学校开家长会。
访谈者：登记信息请您说一下。
受访者：租的房在{{address:芷江侗族自治县芷江镇车站路46号2楼}}，老家在{{address:伽师县夏普吐勒乡阿克墩村3组28号}}。我的身份证{{id_number@wy1987hyphen.653129}}，男人的{{id_number@my1982fullwidth.653129}}。我电话{{mobile@plus86}}，{{han:和雪秋}}的电话{{mobile@spaced}}。摊子收钱的微信是{{wechat:mehpuze_nang}}。大女儿也有微信，叫{{wechat:ayikez_zj2012}}，她还有QQ，号码写在价目牌背后：{{qq:917340258}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。救助表上我是{{spaced:麦合甫再 · 色依提}}，儿子被写成{{spaced:买 买 提 依 明}}，小女儿是{{spaced:图　妮　萨}}，男人的残疾证上是{{minority/uyghur:库尔班尼亚孜吾甫尔}}，没有点。
访谈者：您最盼什么？
受访者：盼三个孩子都把书读完。盼{{minority/uyghur:老库}}的腰好一点，能坐直了帮我烤串。
""")

# H1419: Mongolian grandfather from 扎鲁特旗 raising in 芷江 a grandson with haemophilia; the boy's father is dead
# and his mother remarried far away.
DOCS["H1419"] = ("family", """\
访谈者：大爷，听口音您是北方人？
受访者：内蒙古{{trap/place:扎鲁特旗}}的，放了四十年牛。我叫{{minority/mongolian:满达扎布}}，身份证上还有个汉名{{han:韩德山}}。这边街坊叫不惯蒙古名，都喊我{{minority/mongolian:老满}}。
访谈者：怎么到{{trap/place:芷江}}来了？
受访者：为了孙子。儿子{{minority/mongolian:敖敦巴雅尔}}在{{trap/place:通辽}}当兵的时候，认识了芷江姑娘{{han:粟晓玲}}，复员就跟她回了芷江，开货车。四年前冬天在高速上出了事，人没了。{{han:粟晓玲}}后来去了广东，再嫁了，电话也换了，三年没来看过孩子。孙子身上有病，外婆家也不敢接，我跟老伴商量，她在嘎查守着牛，我下来带孙子。
访谈者：孩子是什么病？
受访者：血友病，生下来就有。磕一下就青一大片，膝盖里出血，肿得像馒头，夜里疼得直叫。孙子叫{{minority/mongolian:伊德尔巴雅尔}}，十岁，汉名{{han:韩子谦}}，学校花名册上写的是{{minority/mongolian:韩伊德尔}}，我在家叫他{{minority/mongolian:小伊德}}。
访谈者：治病花钱多吗？
受访者：多。一个礼拜打两回凝血因子，医保报一大半，剩下的走县{{trap/org:民政局}}的大病救助。社区的儿童主任{{han:蒲玉兰}}给孩子报了事实无人抚养，每个月{{trap/number:一千一百五十元}}。{{han:蒲玉兰}}她还帮我在{{trap/org:怀化市第一人民医院}}办了特殊病种的门诊卡。血液科的{{han:禹婷}}大夫教会了我在家给孩子扎针，我一个放牛的，现在会找血管了。
访谈者：最吓人的是哪一回？
受访者：去年冬天。他在学校楼梯上滑了一跤，晚上膝盖肿得发亮，疼得满床滚。我背着他下楼，拦了个车直奔怀化，一路上他咬着我的肩膀，硬是没哭出声。到医院已经半夜两点，值班的{{han:龚启明}}医生给他打了因子，又守了他一夜。第二天我肩膀上一排牙印，他说爷爷对不起。从那以后家里冰箱常备两支因子，比什么都金贵。县医保局的{{compound:西门砚冰}}帮我把异地报销的单子一张一张理清楚了。
访谈者：孩子上学怎么样？
受访者：在{{school:芷江侗族自治县芷江镇中心小学四年级（2）班}}。体育课不能上，跑跳都不行。班主任{{han:能小燕}}老师很能干，课间专门派两个班干部护着他，不让人推挤。学校的心理老师叫{{compound:令狐雪竹}}，每周找他谈一回。县里血友病关爱群的志愿者{{compound:慕容晓霁}}，给他送过护膝和一箱绘本。
访谈者：孙子知道自己的病吗？
受访者：知道。他比同龄的孩子懂事，自己会看膝盖肿没肿，磕了碰了头一个告诉我。他最羡慕同学踢球，放学趴在操场栏杆上看，一看一个钟头。我给他买了副象棋，爷孙俩每天晚上杀三盘，他现在下得比我好。他问过我，爷爷，我这个病会不会好。我说医生讲了，现在有新药，一个月打一针就行，等你长大了说不定就跟别人一样了。
访谈者：老伴在老家怎么样？
受访者：老伴{{minority/mongolian:斯琴花}}七十了，一个人守着二十几头牛，我弟弟{{minority/mongolian:纳木达来}}帮她打草。嘎查达{{minority/mongolian:阿古拉孟和}}给我们报了牧区低保，牛病了就找兽医{{minority/mongolian:乌兰巴日}}。我女儿{{minority/mongolian:苏伦嘎}}在{{trap/place:呼和浩特}}当护士，隔几天打电话来，教我怎么给孙子冰敷、怎么看出血。夏天{{trap/minority_word:那达慕}}，老伴在视频里给孙子看赛马，{{minority/mongolian:小伊德}}看得直拍手，吵着要骑马。我不敢让他骑，摔一下就是大出血。
访谈者：您在这边习惯吗？
受访者：不习惯。芷江夏天又湿又热，我身上老起疹子。刚来那年听不懂这边的话，买菜只会伸手指，菜市场的人现在见了我就喊{{minority/mongolian:老满}}，给我多抓一把葱。我自己熬咸奶茶，街坊喝不惯，说是放了盐的牛奶。我想草原想得睡不着，就把手机里存的马头琴曲子放一遍。隔壁开米粉店的{{han:舒玉娥}}每天早上给孙子留一碗不放辣的粉，她男人{{han:田向东}}帮我修过两回电动车。我给孙子讲{{trap/famous:成吉思汗}}，他给我讲飞虎队，还拉我去{{trap/place:受降纪念馆}}看了一下午。
访谈者：登记信息请您说一下。
受访者：住在{{address:芷江侗族自治县芷江镇沙湾社区舞阳路22号3栋501}}，老家是{{address:扎鲁特旗格日朝鲁苏木宝力召嘎查2组15号}}。我的身份证{{id_number@my1953.150526}}，孙子的{{id_number@my2015x.431228}}。我电话{{mobile@plain}}，{{han:蒲玉兰}}的{{mobile@p86h}}。我的微信是{{wechat:mandazhab_zlt}}，孙子电话手表上有QQ，号码是{{qq:3319605472}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。救助表上我是{{spaced:满 达 扎 布}}，孙子是{{spaced:伊德尔 巴雅尔}}，学校的医保名单上写成{{spaced:韩　伊　德　尔}}。
访谈者：您最盼什么？
受访者：盼孙子长大，病能控制住，回草原看一回{{trap/minority_word:敖包}}。老伴说，等他回来，给他挑一匹最稳的马，让他知道他爷爷{{minority/mongolian:满达扎布}}是怎么放牛的。
""")

# H1420: Kham Tibetan uncle from 白玉 raising in 麻阳 (谭家寨乡) the son of his late sister; the boy's father is in
# prison.
DOCS["H1420"] = ("family", """\
访谈者：{{trap/minority_word:阿库}}，您是从哪里来的？
受访者：四川甘孜{{trap/place:白玉}}县，{{trap/place:金沙江}}边上。我叫{{minority/tibetan:降村俄珠}}，这边的人记不住，就喊我{{minority/tibetan:俄珠}}，有的干脆叫我“藏族大哥”。
访谈者：怎么到{{trap/place:麻阳}}来了？
受访者：我妹妹{{minority/tibetan:泽登翁姆}}年轻时去{{trap/place:成都}}打工，认识了麻阳人{{han:滕建兵}}，嫁到了{{trap/place:谭家寨乡}}。生了个儿子，藏名是我阿妈起的，叫{{minority/tibetan:益呷旺修}}，户口上叫{{han:滕一鸣}}。前年妹妹得胃癌走了。去年{{han:滕建兵}}偷电缆被抓，判了五年。孩子奶奶八十了，管不住他，村里打电话到白玉，我就来了。
访谈者：孩子现在怎么样？
受访者：十二岁，在{{school:麻阳苗族自治县谭家寨乡九年一贯制学校六年级（2）班}}。同学们把他爸的姓和藏名拼着喊，叫他{{minority/tibetan:滕旺修}}。我在家叫他{{minority/tibetan:益呷}}。{{minority/tibetan:益呷}}他刚开始不理我，嫌我说的话他听不懂，吃饭也不跟我一张桌。
访谈者：补助这些办了吗？
受访者：办了。村里的儿童主任{{han:谌秀兰}}给他认定了事实无人抚养，每个月{{trap/number:一千二百六}}，又报了服刑人员子女的助学金。乡民政的{{han:瞿文斌}}来我们家核了三回。班主任是{{han:让老师}}，{{han:让老师}}让他当了体育委员，他才肯好好上学。县法律援助中心的{{compound:公孙杏坛}}帮我办了临时监护的手续，还带我们去{{trap/org:湖南省网岭监狱}}会见过一回。
访谈者：您刚来的时候适应吗？
受访者：不适应。麻阳太热，我穿着藏袍来的，下车就脱了。吃不惯辣，头一个月天天拉肚子。最难的是孩子不认我，他说你又不是我爸。晚上他睡了，我一个人坐在门口抽烟，想白玉的雪山，想老婆和女儿，好几回想买票回去。可一想到妹妹走之前跟我说的话，我就又坐下来了。
访谈者：他在学校怎么样？
受访者：个子高，跑得快，运动会拿了两个第一。语文不好，作文老写不到三百字，我也教不了，就请隔壁读高中的姑娘帮他看。老师说他画画有灵气，画的牦牛跟真的一样，可他从来没见过牦牛，都是照着我手机里的照片画的。
访谈者：去监狱看过他爸吗？
受访者：去过一回。律师陪着，坐了四个钟头车。孩子隔着玻璃一句话不说，他爸哭，他不哭。监狱里的心理老师{{compound:东郭以宁}}后来单独跟他谈了半个钟头。回来的路上他问我，阿库，我爸出来以后还要我吗。我说，要，他不要我要。
访谈者：孩子的奶奶呢？
受访者：奶奶{{han:姚翠娥}}八十了，一个人住在老屋，我每天晚上带孩子过去看一眼，挑一担水。她不会说普通话，我不会说麻阳话，我们俩就靠孩子翻译。她给我煮甜酒，我给她打酥油茶，她喝一口就皱眉头，还是喝完了。
访谈者：您在这边做什么活？
受访者：在乡里冰糖橙合作社的冷库看门，一个月两千八。冷库里常年零下几度，我是高原上来的，不怕冷，老板说这个活找对人了。老板{{han:田有福}}有空就给我送橙子，说高原上来的人缺维生素。{{han:田有福}}的老婆{{han:向桂娥}}帮孩子洗校服。社工站的{{compound:闻人沅芷}}每两周来一回，带{{minority/tibetan:益呷}}画画，他画得最多的是他妈妈。院子里他种了一排{{trap/word:向日葵}}，说他妈妈喜欢黄颜色。
访谈者：白玉那边的家呢？
受访者：我老婆{{minority/tibetan:根秋卓嘎}}带着女儿{{minority/tibetan:白马拉绒}}在家，我弟弟{{minority/tibetan:土登群培}}在{{trap/org:亚青寺}}出家。虫草季节，邻居{{minority/tibetan:阿多伍金}}帮我们家上山挖。我来麻阳要开证明，是村主任{{minority/tibetan:呷玛拥忠}}跑到县里给我盖的章。过年我寄了两斤{{trap/minority_word:糌粑}}过来，孩子不吃，说像沙子。他喜欢听我讲{{trap/famous:格萨尔王}}，一讲就是一晚上。
访谈者：孩子现在愿意跟您说话了吗？
受访者：愿意了。上个月他发烧，我背着他走了四里路到卫生院，第二天他叫我阿库。这两个字我等了一年。
访谈者：登记信息请您说一下。
受访者：这边住{{address:麻阳苗族自治县谭家寨乡楠木桥村三组21号}}，老家是{{address:白玉县河坡乡热加村一组7号}}。我的身份证{{id_number@my1979quad.513331}}，孩子的{{id_number@my2013hyphen.431226}}。我电话{{mobile@h38}}，{{han:谌秀兰}}的{{mobile@plus86dash}}。我老婆的微信{{wechat:gqzhuoga_baiyu}}，孩子有QQ，说是班上交作业用，号码他写在床头的墙上：{{qq:50937186}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。监护的表上我是{{spaced:降 村 俄 珠}}，孩子写成{{spaced:益呷 旺修}}，他妈妈的死亡证明上是{{spaced:泽　登　翁　姆}}。
访谈者：最后想说什么？
受访者：孩子他爸出来以前，我不回白玉。等孩子大了，我带他回去，到他妈妈小时候放牛的山坡上看看。我跟妹妹答应过，要看着{{minority/tibetan:益呷旺修}}长大。
""")

# H1421: Han 儿童主任 of 陶伊村 in 高村镇 (麻阳) reading out her list of children in distress.
DOCS["H1421"] = ("staff", """\
访谈者：{{han:滕主任}}，今天麻烦您把名单念一遍。
受访者：好。我叫{{han:滕腊梅}}，{{trap/place:高村镇}}陶伊村的儿童主任，兼着妇女主任。本子上一共七户，困难大的我先念。
访谈者：好。
受访者：第一户，{{han:向荣}}，男，十二岁，在{{school:麻阳苗族自治县高村镇第二小学六年级（4）班}}。爸爸{{han:向志刚}}酒驾撞死了人，判了四年；妈妈改嫁去了{{trap/place:铜仁}}。跟奶奶{{han:龙满香}}过，奶奶七十六，眼睛有白内障。住{{address:麻阳苗族自治县高村镇陶伊村五组33号}}。{{han:向荣}}的身份证{{id_number@my2013.431226}}，服刑人员子女补助批了。
访谈者：第二户？
受访者：第二户是孤儿，姐弟俩。姐姐{{han:被小芳}}，十五岁，姓被，被子的被，好多人以为我念错了。弟弟{{han:被晓坤}}九岁。爸妈前年在{{trap/place:沅陵}}打工，工棚失火，两个人都没出来。现在跟舅舅{{han:郑有才}}过，{{han:郑有才}}也是低保户。孤儿基本生活费每人每月{{trap/number:一千五百一}}。姐姐在{{school:麻阳县第一中学高一（7）班}}，身份证{{id_number@wy2010fw.431226}}。
访谈者：第三户？
受访者：第三户，妈妈是{{trap/place:雷波}}嫁过来的彝族，叫{{minority/yi:俄木拉洛嫫}}，二级精神残疾；爸爸{{han:黄有林}}砍树摔断了腰，躺在床上。两个孩子，{{han:黄雨檀}}十岁，{{han:黄家宝}}六岁。两口子都拿残疾人两项补贴，孩子报了困境儿童。我们请了县社工站的{{compound:澹台沅湘}}来跟，她讲彝话讲不来，就跟{{minority/yi:俄木拉洛嫫}}比画。
访谈者：第四户？
受访者：第四户，{{han:和满枝}}，女，八岁。爸爸在工地上触电走了，妈妈出去打工三年没音信，算事实无人抚养。跟外公{{han:石长寿}}过，外公脾气{{trap/word:和气}}，就是有糖尿病。住{{address:麻阳苗族自治县高村镇陶伊村二组8号}}。外公的身份证{{id_number@mold.431226}}。
访谈者：后面三户呢？
受访者：是留守的，爸妈都在{{trap/place:东莞}}的电子厂，过年才回。{{han:龙佑禾}}跟爷爷，{{han:黄佳怡}}跟外婆，{{han:田园}}跟姑妈。{{han:田园}}这孩子名字好听，人也乖，就是爱咬指甲。
访谈者：这些孩子是怎么报上来的？
受访者：一户一户走出来的。我们村十一个组，散在山上，最远的组沿着{{trap/word:田埂}}走要一个半钟头。每年开春、秋收后各排查一遍，看谁家大人病了、谁家大人不在了。有的是学校报的，有的是邻居悄悄跟我说的。第二户是火灾以后，村支书{{han:田顺发}}连夜打电话给我，我第二天一早就去了舅舅家。
访谈者：补助下来以后，钱怎么管？
受访者：孤儿的钱打到孩子自己的卡上，监护人管，我们每季度看一次流水。第一户的补助打在奶奶卡上，奶奶不识字，每回取钱都是我陪着去信用社。最怕钱被大人挪去还债、喝酒，所以第二户那边，我让{{han:郑有才}}每个月把买东西的小票拍给我。每回入户我还要问孩子，新书包买了没有，这个月吃了几回肉。
访谈者：这些孩子里最让您放心不下的是哪一户？
受访者：第三户。爸爸躺着，妈妈病一阵好一阵，两个孩子吃饭有一顿没一顿。大的十岁就要给全家做饭，还要看着妈妈别乱跑。有一回妈妈犯病，半夜跑到山上去了，是全村人打着电筒找回来的。我想给她申请去县里住院，可爸爸舍不得，说她一走这个家就散了。
访谈者：您自己家里呢？
受访者：我自己两个孩子，一个在读大学，一个在县城读高中。男人在外面跑车，家里就我一个人。有时候晚上十点还在别人家里，女儿打电话问，妈你是不是忘了自己也有孩子。我听了难受，可第二天还是要去。
访谈者：这些户都有谁在跟？
受访者：镇民政办的{{han:补春生}}管审批，材料报县{{trap/org:民政局}}。{{han:向荣}}的班主任{{han:舒晓红}}每周给我打电话。镇社工站的{{compound:呼延棠溪}}跟第二户，她同事{{compound:司徒槿言}}跟第四户。卫生院的{{han:姚医生}}每月给{{han:石长寿}}量血糖。
访谈者：名册上的名字都写对了吗？
受访者：错的多。{{han:被小芳}}在低保系统里成了{{spaced:被 小 芳}}，中间多了空格；社工的名字上头写成{{spaced:澹　台　沅　湘}}；还有一张把{{han:和满枝}}写成{{spaced:和 满枝}}，把{{han:龙佑禾}}写成{{spaced:龙　佑　禾}}。年底我们一个一个核。
访谈者：您的联系方式呢？
受访者：我电话{{mobile@s74}}，{{han:郑有才}}的{{mobile@plain}}。我的微信{{wechat:tengla_mei1979}}，{{han:向荣}}有个QQ，我加了，号码是{{qq:1840672953}}。
访谈者：做儿童主任最难的是什么？
受访者：是孩子不开口。第二户的姐姐，爸妈走了以后半年没说一句话。我每礼拜去，带本书，坐一个钟头就走。有一天她忽然问我，{{han:滕娘娘}}，火烧起来疼不疼。我抱着她哭了一场，从那以后她才肯跟我讲话。
""")

# H1422: Han social worker of 芷江镇 who keeps answering the phone and QQ during the interview.
DOCS["H1422"] = ("staff", """\
访谈者：您好，听说您手上跟着十几个孩子？
受访者：十四个。我叫{{han:姚梦溪}}，在{{trap/place:芷江镇}}社工站。不好意思，手机一直响，我边接边跟你说。
访谈者：没关系。
受访者：喂，{{han:蒲姐}}？对，表我填好了，明天一早送过去。……刚才是{{trap/place:西街社区}}的儿童主任{{han:蒲春燕}}。她那边有个孩子叫{{han:杨就成}}，十一岁，爸爸贩毒判了十年，妈妈在{{trap/place:长沙}}做保姆。{{han:杨就成}}就是脾气急，今天又在学校跟人打架，我下午得去一趟。
访谈者：您一天要接多少电话？
受访者：少说二三十个。孩子的、老人的、学校的、民政的。有时候是孩子在那头哭，有时候是老人在那头骂，骂补助怎么还没到账，也有半夜打来只为了说一句“今天是我生日”的。我都记在本子上，晚上回去一条一条回。站里就三个人，夜里的电话轮着接，今晚轮到{{compound:申屠青岚}}。
访谈者：您平时怎么跟孩子们联系？
受访者：大的用QQ，小的打电话手表。你看，这个头像是{{han:吴要武}}，初二，QQ号{{qq:2904738165}}，一般半夜上线，跟我说睡不着。{{han:吴要武}}要强，他爸在{{trap/place:郴州}}坐牢，他觉得丢人，谁提跟谁急。这个是{{han:龙也青}}，女孩，爸妈离了婚都不要她，跟着姨妈{{han:姚桂芝}}，QQ是{{qq:746183520}}。
访谈者：家长那边呢？
受访者：大多是老人，没有微信，只能打电话。{{han:杨就成}}的外婆{{han:易秋莲}}耳朵背，电话要喊着说。{{han:姚桂芝}}的电话是{{mobile@spaced}}，她白天在{{trap/org:侗锦厂}}上班，晚上才接。……等一下，QQ又响了，是{{han:吴要武}}，说明天不想上学。我回他：明天{{han:舒畅}}老师找你，你不来她要生气的。这些孩子我都教过，遇到事打{{trap/hotline:12355}}，或者直接找我。
访谈者：{{han:舒畅}}老师是？
受访者：{{school:芷江侗族自治县第三中学八年级（5）班}}的班主任，{{han:吴要武}}就在她班上。县{{trap/org:团委}}的{{compound:万俟雁南}}每年暑假办夏令营，我同事{{compound:钟离砚耕}}管报名，名额先给困境儿童。
访谈者：电话又响了？
受访者：喂，{{han:龙校长}}？好，我三点到。……是{{han:杨就成}}学校的校长，说对方家长也到了，让我过去一起谈。打架是因为人家骂他爸是毒贩子，他先动的手。我不替他说话，可我得让大人们知道，这孩子心里憋着事。
访谈者：这种时候您怎么做？
受访者：先听孩子说完，再跟对方家长说，再跟老师商量怎么罚。罚是要罚的，但不能当着全班的面。这些孩子最怕的不是挨骂，是被人看不起。上个月也是这样，我在学校待到晚上八点，出来的时候{{han:杨就成}}蹲在校门口等我，说姐姐你饿不饿，从口袋里掏出一个压扁了的面包。那一刻我觉得这份工作值了。
访谈者：电话又来了？
受访者：是县{{trap/org:民政局}}儿童股的{{han:有晓雯}}，问{{han:龙也青}}的事实无人抚养认定。我跟她说材料齐了，就差她妈妈的失联证明，派出所的{{han:瞿警官}}说这个礼拜出。
访谈者：孩子们的情况您都记在哪里？
受访者：本子上记一份，手机里存一份。{{han:杨就成}}住{{address:芷江侗族自治县芷江镇西街社区文昌巷12号}}，身份证{{id_number@my2014tri.431228}}。{{han:龙也青}}住{{address:芷江侗族自治县芷江镇五里牌村四组6号}}，身份证{{id_number@wy2011fwhyphen.431228}}，她姨妈的{{id_number@wmid.431228}}。我的工作微信{{wechat:yaomx_zjsgz}}，{{han:龙也青}}自己也有个微信，叫{{wechat:yeqing_long11}}。我的手机{{mobile@fws}}，孩子们都存着。
访谈者：名字有写错的时候吗？
受访者：常有。夏令营名单上把同事写成{{spaced:万 俟 雁 南}}，排班表上是{{spaced:申　屠　青　岚}}，学校把{{spaced:杨 就成}}拆开了，派出所的系统里是{{spaced:吴　要　武}}。
访谈者：您是怎么做上社工的？
受访者：大学学的社会工作，毕业回了芷江。开始在县城做社区活动，后来乡镇建了社工站，我就来了。工资不高，一个月三千出头，家里人都劝我考公务员，我考过一回没考上，后来就不考了。
访谈者：这些孩子以后会怎么样？
受访者：说不准。有的会好起来，有的会走弯路。我带过一个孩子，初中毕业去了广东，现在在电子厂当小组长，过年回来还到站里看我，带了一盒月饼。也有进了少管所的，我去看他，他说姐姐我对不起你。我做这个六年了，最大的体会是，孩子不怕穷，怕没人管。只要有一个大人一直在，孩子就不容易掉下去。
访谈者：做这个工作累吗？
受访者：累。手机二十四小时开着，半夜三点也接过电话。可是孩子肯给我打电话，就说明他还信得过大人。你看，又是{{han:蒲春燕}}。
""")

# H1423: Han grandfather in 锦和镇 (麻阳) raising his granddaughter; her mother left when she was two and her father
# works in a shoe factory far away.
DOCS["H1423"] = ("family", """\
访谈者：嗲嗲，您孙女今年多大了？
受访者：九岁了。我叫{{han:舒长庚}}，{{trap/place:锦和镇}}岩坳村的，种了一辈子田。岩坳村在山顶上，下到镇里要走四十分钟的石板路。孙女叫{{han:舒心}}，她娘起的名字，说要她一辈子过得顺心。屋里都喊她{{han:心妹崽}}。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:舒建和}}在{{trap/place:温州}}鞋厂，前年机器压断了两根手指，评了四级残疾，老板心好，还留他在厂里守仓库，一个月寄一千块回来。媳妇{{han:鲁艳萍}}是{{trap/place:贵州}}人，孩子两岁那年跟人走了，再没回来过，电话也打不通。我跟{{han:舒建和}}和村干部都商量过，孩子就跟我。
访谈者：您老伴呢？
受访者：老伴{{han:龙秀琼}}前年中风走了。走之前拉着{{han:心妹崽}}的手，喊了半天听不清。现在屋里就我和{{han:心妹崽}}两个，她睡里头，我睡外头。
访谈者：孩子平时怎么样？
受访者：懂事得很。早上五点半起来烧火煮面，给我留一碗。放学回来喂鸡、扯猪草。夏天跟隔壁的{{han:龙欣悦}}去河边捡螺蛳，我最怕她下水，她跟我发了誓不下。端午镇上划{{trap/word:龙船}}，她骑在我肩膀上看，看完了问我，嗲嗲你累不累。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:宋才英}}才三十出头，跑得勤。{{han:宋才英}}帮我们报了低保，又把孩子报成困境儿童，每个月{{trap/number:六百八十元}}。镇民政办的{{han:谭国栋}}来家里看过两回，说我这房子漏雨，帮我申请了危房改造。隔壁{{han:龙嗲}}有摩托，下雨天送孩子上学，从来不要油钱。{{han:石满满}}是她堂叔，农忙时过来帮我打谷。孩子在{{school:麻阳苗族自治县锦和镇中心完小三年级（2）班}}，班主任{{han:谭小蕙}}老师给她找了一个“爱心妈妈”，是镇上开药店的{{han:黄丽蕖}}，{{han:黄丽蕖}}她每个月带孩子去县城买一回衣服。县社工站的{{compound:皇甫知秋}}每两周来一回，跟她搭档的{{compound:诸葛泊舟}}教孩子画画。
访谈者：孩子的学习呢？
受访者：成绩好，语文数学都是九十多分。我认不得几个字，辅导不了，她就自己做，做完了拿到隔壁让读初中的姐姐看。她最喜欢画画，作业本背面全画满了，画鸡、画牛、画她娘。社工给她带了一盒二十四色的彩笔，她舍不得用，只有过年才拿出来。
访谈者：家里的田还种吗？
受访者：种两亩，一亩稻谷，一亩冰糖橙。橙子今年价钱好，卖了三千多，给孩子买了一辆自行车。她骑着车在晒谷坪里转圈，笑得咯咯响。冬天屋里冷，我们爷孙俩围着火塘烤火，她给我读课文，我给她讲我年轻时候放木排的事。
访谈者：她爸多久打一次电话？
受访者：一个礼拜一回，礼拜天晚上。他话少，问吃了没、考得怎么样，就没话了。孩子也不晓得说什么，把电话塞给我。去年过年他回来了八天，孩子头两天躲着他，第三天才喊爸爸。走那天她追着车跑到村口，{{han:舒建和}}在车上哭，我晓得。
访谈者：孩子想妈妈吗？
受访者：想。她不说，我晓得。她床头压着一张她娘抱着她的照片，边都起毛了，不让我碰。学校开家长会，别人是妈妈去，她是我这个老倌去。有一回她在作文里写，妈妈是{{trap/place:锦江}}上的一只白鹭，飞走了会飞回来。{{han:谭小蕙}}老师把作文拍给我看，我一个大男人，躲到牛栏后头哭了。
访谈者：您身体怎么样？
受访者：七十一了，腰不好，血压也高。村医{{han:向德平}}每个月给我量血压，孩子喊他{{han:向满满}}。药吃了是{{trap/word:舒服}}一点，就是记性差了。前年孩子得肺炎，在县人民医院住了九天，是{{han:宋才英}}帮我跑的医保。我最怕哪天倒了，孩子没人管。我教她记电话，记她爸的，记{{han:宋才英}}的，写在门板上。
访谈者：登记信息请您说一下。
受访者：屋在{{address:麻阳苗族自治县锦和镇岩坳村七组12号}}。我的身份证{{id_number@my1954.431226}}，孩子的{{id_number@wy2016spaced.431226}}。我电话{{mobile@s38}}，{{han:宋才英}}的电话{{mobile@plus86spaced}}。{{han:舒建和}}的微信{{wechat:shujianhe_wz}}，孩子用他的旧手机上QQ，号码是{{qq:38164729}}。
访谈者：名字在表上写得对吗？
受访者：低保表上孙女写成了{{spaced:舒 心}}，中间空了一格；我是{{spaced:舒　长　庚}}；社工的名字在签到表上是{{spaced:皇 甫 知 秋}}，另一个是{{spaced:诸葛 泊舟}}。
访谈者：您最盼什么？
受访者：盼她读书读出去，莫像我一样守一辈子田。过年能把她娘盼回来，那就更好了。我跟她讲，书读出去了，想去哪里就去哪里，去贵州找你娘也行。她说她不找，她要守着嗲嗲。
""")

# H1424: Han village doctor in 罗旧镇 (芷江) talking about a girl who lives with her deaf grandfather.
DOCS["H1424"] = ("staff", """\
访谈者：{{han:粟医生}}，您在村卫生室干了多少年了？
受访者：二十三年了。我叫{{han:粟德林}}，{{trap/place:罗旧镇}}人，从赤脚医生干起。这一片四个村，老人小孩的病都找我。
访谈者：您最放心不下的是哪个孩子？
受访者：{{han:蒲小雨}}，女，十一岁。她爸{{han:蒲建军}}五年前在{{trap/place:娄底}}的煤窑出事走了，她妈{{han:曾美霞}}改嫁去了{{trap/place:浙江}}，头两年还寄钱，后来就断了。孩子跟着爷爷{{han:蒲国安}}过。老人家是聋子，二级听力残疾，村里人都喊他{{han:蒲老倌}}。
访谈者：爷爷是怎么聋的？
受访者：年轻时在{{trap/place:五郎溪}}修水库，放炮炸石头，一声炮响把耳朵震坏了。那时候没当回事，后来越来越听不见，五十岁以后就全聋了。他手巧，会编竹篮、打草鞋，到现在还在编，一个篮子卖十五块。夏天他就摇一把{{trap/word:蒲扇}}，坐在门口编。
访谈者：爷爷听不见，两个人怎么说话？
受访者：比画。孩子自己琢磨了一套手势，吃饭、睡觉、下雨收谷，都有一个手势。{{han:蒲国安}}来看病，{{han:蒲小雨}}就站在旁边，我说一句，她比一句。村里人跟老人家说事，也都先找孩子。镇上来人核低保，问一句，孩子比一句，老人家答一句，孩子再说一句，一问一答要半个钟头。有一回老人家高烧，孩子半夜跑了两里路来敲我的门，光着脚。
访谈者：有谁在帮这一家？
受访者：村支书{{han:还国林}}，还钱的还，我们这儿就他一家姓这个。{{han:还国林}}帮孩子认定了事实无人抚养，每个月{{trap/number:一千二百二}}，老人家拿残疾人两项补贴。村里的儿童主任是{{han:杨秋妹}}，大家叫她{{han:秋妹}}，{{han:秋妹}}每个礼拜去看一回，给孩子扎头发。县{{trap/org:残联}}的{{compound:公冶雪樵}}给老人家配了一副助听器，可他戴了嫌吵，放在抽屉里。县{{trap/org:特殊教育学校}}的{{compound:东方絮}}老师下来教孩子正规的手语。
访谈者：孩子吃得怎么样？
受访者：一天两顿，早上红薯稀饭，晚上炒个菜。她十一岁就会做一桌饭，酸辣椒炒肉是拿手菜。{{han:杨秋妹}}每个月带她去镇上称一回体重，上回比同龄的轻了八斤，就跟学校说了，中午给她多打一勺饭。
访谈者：孩子上学怎么样？
受访者：在{{school:芷江侗族自治县罗旧镇中心小学五年级（1）班}}，成绩中上。去年冬天学校发了一件棉衣，她先拿回来给爷爷穿。班主任{{han:吴佩兰}}说她作文写得好，就是上课老打瞌睡，晚上要做饭、喂猪。{{han:吴佩兰}}跟镇社工站的{{compound:宇文鹿鸣}}商量，给她申请了课后托管，放学在学校写完作业再回家。
访谈者：您自己做了些什么？
受访者：我能做的不多。老人家血压高，我每个月上门量一回，药费能减就减。孩子有一回手上烫伤，是我给她换的药。她说长大了要当医生，我说那你要学好化学。我把卫生室里一本旧的《赤脚医生手册》送给了她，她当宝贝一样压在枕头底下。{{trap/place:罗旧}}老街上的人都晓得，{{han:蒲小雨}}是我的“小助手”，村里打疫苗，她帮我发号牌。
访谈者：孩子的妈妈有联系吗？
受访者：没有。{{han:还国林}}托人去浙江打听过，说是又生了两个，不肯回来。孩子倒不怨，她说妈妈也难。有一回她在卫生室里问我，医生伯伯，人要是心里难受，有没有药吃。我答不上来，给她泡了一杯糖水。
访谈者：村里其他人怎么待这一家？
受访者：都照顾。插秧割谷的时候，左邻右舍都来帮，老人家那两亩田从来没荒过。过年杀猪，家家给他们送一块肉。孩子也懂事，谁家有事她都去帮，帮着看小孩、剥花生。
访谈者：您最担心什么？
受访者：老人家七十九了，冬天怕他中风。有一回他在灶屋里摔了，喊不出人，孩子放学回来才发现。从那以后{{han:还国林}}给他们装了个闪灯门铃，孩子在门口一按，屋里的灯就闪，他就晓得孩子回来了。
访谈者：登记信息请您说一下。
受访者：她家在{{address:芷江侗族自治县罗旧镇板山村六组19号}}。孩子的身份证{{id_number@wy2014quad.431228}}，{{han:蒲国安}}的{{id_number@my1946.431228}}。老人家没电话，找{{han:杨秋妹}}，她的是{{mobile@p86n}}，我的是{{mobile@plus86}}。我的微信{{wechat:sudelin_ljws}}。孩子在学校的电脑课上注册了QQ，号码是{{qq:6150394827}}。
访谈者：名字在表上写得对吗？
受访者：有错。救助系统里孩子是{{spaced:蒲 小 雨}}，社工站的表上写成{{spaced:宇　文　鹿　鸣}}，还有把书记写成{{spaced:还 国林}}的。
访谈者：最后想说什么？
受访者：孩子能长到今天，是一村人帮出来的。要说谢，头一个要谢的是{{han:还国林}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1417,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout178",))


if __name__ == "__main__":
    main()
