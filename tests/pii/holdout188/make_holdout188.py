# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 188 (tests/pii/holdout188/H1489-H1496 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 189, written at the same time, is not
an earlier set).

Set 188 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
横峰 and 黎川 (Jiangxi): a Uyghur father from 莎车 who bakes naan at a market stall in 横峰 (岑阳镇) and raises an
autistic son and a small daughter since his Han wife died; a Mongolian grandmother from 乌拉特中旗 who came to 黎川
(日峰镇) to raise her two grandchildren, her daughter killed on the road and her Han son-in-law paralysed after a
fall; a Hui grandfather from 同心 who herds cattle in 横峰 (葛源镇) and raises two grandchildren, his son in prison and
the Han daughter-in-law gone; a Kham Tibetan mother from 德格 who packs pottery in a ceramics factory in 黎川, her Han
husband dead of silicosis, with a deaf son and a small daughter; a Han 儿童主任 of a community in 岑阳镇 reading out
her roll; a Han civil-affairs clerk of 日峰镇 reading out her list of guardians, numbers and accounts; a Han
special-education teacher in 横峰 who also teaches at home (送教上门); and a Han neighbour who runs a small shop in
an old lane of 日峰镇 and keeps the guardians' numbers in her credit book (the Han families of the set are told by
the last four). The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix
rather than one trick: a Uyghur given name + father's name with a middle dot, a one-dot leader, a katakana dot, a
full stop or no dot (艾合买提江·肉孜, 艾合买提江‧肉孜, 迪力穆拉提・艾合买提江, 米合瑞阿依.艾合买提江, 艾合买提江肉孜,
托合塔洪·肉孜), the children's names alone (迪力穆拉提, 米合瑞阿依) and forms of address made from them (艾哥, also
inside the stall's name 艾哥馕坑; 米米, 小迪, 穆拉); Mongolian names (巴德玛苏荣, 阿拉坦格日勒, 阿古达拉图, 塔拉敖登,
朝鲁图门, 哈斯朝格图, 乌云陶格斯) with a short form (阿古达), the Han father's surname before the boy's Mongolian name
on the roll and among schoolmates (揭阿古达拉图, 揭阿古达), and forms of address (巴奶奶, 小塔拉) beside 塔拉 used as the
word for steppe; Hui 经名 (达尼亚勒, 舒艾卜, 鲁盖亚, 伊德里西, 麦尔彦木) beside the Han-form names of the same people
(冶福堂, 冶俊杰, 冶欣然), the 同心 尕 before a 经名 (尕舒艾卜) and a Han surname before a 经名 (冶鲁盖亚); Kham Tibetan
names (呷绒贡措, 降央益西, 仁青曲吉, 阿称翁青, 呷玛泽翁) with short forms and forms of address (贡措, 阿贡, 小降央,
小曲吉) and the Han father's surname before the children's names on school lists (危降央, 危曲吉); Han names with rare
surnames of the region (占, 辜, 况, 练, 缪, 帅, 揭, 衷, 过, 冶, 敖, 官, 游, 危, 宗, 詹, 饶, 涂, 祝); surnames that are
ordinary or grammar words right before the same word (可春华可是, 曾广福曾经, 连秀英连饭, 别晓芸别的, 来宝华来了,
尚志刚 … 尚未, 过春妹过年, and 问桂英 right after the verb 问: 我问问桂英借个秤) and given names holding 再, 得, 正, 又 right before it (况再兴再忙,
游得胜得空, 符正阳正在, 危又红又要); names right before 却, 倒, 便, 被, 她, 他 (冬伢崽却不吃, 管家乐倒是,
问诗涵便天天来, 问嘉豪被人笑, 占丽萍她, 揭国富他, 冶海军他, 饶志坚他, 塔拉敖登她, 鲁盖亚她, 小曲吉她, 贡措她,
敖桂芬她) and after 给, 跟, 和, 把, 冲, 问, 喊 (给迪力穆拉提, 跟问桂英, 我和敖桂芬, 把问嘉豪, 冲官细妹, 喊我辜姨);
names that contain words with the same words used nearby as words (traps: 况且, 揭晓 beside 揭晓光, 游泳 beside
游得胜, 花木兰 beside 花满英, 官司, 危险 beside 危建平, 长孙 beside 长孙晓雯, 练习 beside 练秋萍, 别怕, 来不及, 衷心
beside 衷美华, 符合 beside 符正阳, 管家 beside 管家乐, 辜负 beside 辜秀娥, 立冬 beside 冬伢崽); titles and kin words
after names (帅筱琴老师, 游得胜老师, 詹秋云老师, 敖正兰所长; the span is the name only); a surname with only a title
or kin word, annotated whole (缪所长, 揭满叔, 冶老汉, 练姐, 练阿姨, 辜姨); a local nickname, annotated whole (冬伢崽);
a name inside a shop's name (辜秀娥小卖部, 艾哥馕坑); names closing the last sentence (最放心不下的，是连梓涵。,
最让人心疼的，是问嘉豪。); names spaced out character by character in half- and full-width spaces
(艾 合 买 提 江 · 肉 孜, 巴 德 玛 苏 荣, 冶 鲁 盖 亚, 呷　绒　贡　措, 呷 绒 贡 措, 仁 青 曲 吉, 迪 力 穆 拉 提, 塔 拉 敖 登, 宇　文　砚　秋,
南 宫 亦 凡, 鲜 于 婉 清, 颛　孙　慧　敏, 揭　国　富, 冶　海　军, 连 梓 涵, 别　晓　芸, 管 家 乐, 问 嘉 豪), dotted names
with spaces around the dot (迪力穆拉提　・　艾合买提江, 艾合买提江 ‧ 肉孜) and names split in two (占 丽萍, 揭 阿古达拉图,
塔拉　敖登, 冶 福堂, 降央 益西, 可 欣妍, 尚 志刚, 符 正阳, 问 桂英); compound surnames after ordinary words (欧阳,
上官, 皇甫, 端木, 司徒, 夏侯, 申屠, 钟离, 宇文, 长孙, 南宫, 左丘, 赫连, 鲜于, 闻人, 乐正, 濮阳, 颛孙, 宗政 after
社工/叫/社工站的/心理老师/有个叫/律师/医生/派了/驻村干部/有个/我和/手语老师/残联的/民警/居委会的); and numbers and
accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:揭满叔}}``, ``{{qq:2386401957}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, hui, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984quad.653125}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 所长) and a particle, pronoun or verb
written directly after a name (再, 得, 正, 又, 却, 倒, 便, 可是, 曾经, 连, 别的, 来了, 被, 她, 他, 讲) are outside the
span; a surname with only a title or kin word (缪所长, 揭满叔, 冶老汉, 练姐, 练阿姨, 辜姨) and a local nickname
(冬伢崽) are annotated whole. Han-style names of Hui people (冶福堂, 冶海军, 冶俊杰, 冶欣然, 冶金花) are category han;
a Han surname before a non-Han given name (揭阿古达拉图, 揭阿古达, 冶鲁盖亚, 危降央, 危曲吉) is category minority, and
so are forms of address made from a non-Han name (艾哥, 米米, 小迪, 穆拉, 巴奶奶, 小塔拉, 尕舒艾卜, 阿贡, 小降央,
小曲吉).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout188/make_holdout188.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(188_2026_1207)
MINORITY_GROUPS = ('mongolian', 'uyghur', 'hui', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "hui": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "159", "170", "178", "180", "182", "183", "188", "193",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1489: Uyghur father from 莎车 who bakes naan at a market stall in 横峰 (岑阳镇) and raises an autistic son and a
# small daughter since his Han wife died.
DOCS["H1489"] = ("family", """\
访谈者：{{minority/uyghur:艾哥}}，您这个馕坑在菜市场口子上摆了几年了？
受访者：六年了。我大名叫{{minority/uyghur:艾合买提江·肉孜}}，老家新疆{{trap/place:莎车}}。横峰人念不全，买馕的都喊我{{minority/uyghur:艾哥}}，细伢子喊我馕叔叔。
访谈者：怎么到横峰来的？
受访者：我在{{trap/place:义乌}}摆过摊，认得了我老婆{{han:占丽萍}}，她是{{trap/place:岑阳镇}}人。结了婚她想回娘家，离爸妈近，我就跟过来了。
访谈者：您爱人现在……
受访者：前年走了，肝癌。在{{trap/org:上饶市人民医院}}住了四个月，钱花光了，人也冇留住。{{han:占丽萍}}她走之前拉着我讲，两个伢崽莫送回新疆，让他们在外婆跟前长大。
访谈者：两个孩子多大了？
受访者：儿子{{minority/uyghur:迪力穆拉提}}十一岁，孤独症，不大讲话，在{{school:横峰县特殊教育学校培智部三年级（2）班}}，花名册上是{{minority/uyghur:迪力穆拉提・艾合买提江}}。女儿{{minority/uyghur:米合瑞阿依}}七岁，在{{school:岑阳镇第二小学一年级（3）班}}，户口本上写成{{minority/uyghur:米合瑞阿依.艾合买提江}}。同学都喊她{{minority/uyghur:米米}}。
访谈者：一个人又打馕又带两个孩子，顾得过来吗？
受访者：顾不过来。早上四点和面、烧坑，{{minority/uyghur:米米}}六点起来自己穿衣服。丈母娘{{han:辜桂香}}腿不好，还是天天过来帮我接送。老丈人{{han:占水根}}在乡下种田，收了稻子就挑米来。隔壁卖油条的{{han:况再兴}}再忙也帮我看一会摊子，{{trap/word:况且}}他自己也有三个伢。
访谈者：哪些人帮过你们？
受访者：社区的儿童主任上门来，给{{minority/uyghur:迪力穆拉提}}办了残疾证，两项补贴都批了，又帮我报了低保。镇民政所的{{han:缪所长}}来核了两回，说我这个摊子收入不稳，可以算。县里社工{{compound:欧阳楚瑜}}每个礼拜来陪儿子搭积木，她带的志愿者叫{{compound:上官芷岚}}，教女儿拼音。
访谈者：儿子在学校怎么样？
受访者：好多了。以前他不让人碰，一碰就叫。{{han:帅筱琴}}老师教他用图片卡说话，要喝水就拿水杯那张。现在他会喊爸爸了，喊得不清楚，我听得懂。康复课一节一百二，一个礼拜三节，以前全是自己出，后来{{han:练秋萍}}帮我申请了{{trap/org:县残联}}的康复救助，一年能报一万多。
访谈者：两个孩子怎么接送？
受访者：我骑个三轮，前头放馕，后头坐伢。早上先送女儿去小学，再绕到特教学校送儿子，回来馕坑里的火都快灭了。{{han:辜桂香}}讲我这样不行，把女儿接到她那里住，礼拜天再送回来。儿子离不开我，晚上要摸着我的胡子才睡得着。{{han:况再兴}}家的大崽{{han:况文斌}}跟我儿子同岁，放了学过来陪他拼图，一拼拼一晚上，两个都不讲话，也拼得蛮开心。
访谈者：孩子想妈妈吗？
受访者：小的想，她把她妈的围巾放在枕头边上，晚上抱着睡。大的不说，可他画画只画三个人，我、妹妹，还有一个长头发的。清明我带他们去外公家后山上坟，女儿折了一把映山红放在坟头，儿子坐在坟边不肯走，一直坐到天黑。
访谈者：街坊邻居对你们怎么样？
受访者：好。卖菜的阿姨看我一个男人带伢，常塞一把青菜给我。管市场的{{han:揭冬生}}讲馕坑烟大，本来要我搬，后来晓得我家的事，帮我在后头搭了个棚子。
访谈者：您一个月挣多少？
受访者：好的时候四千。冬天生意好，夏天热，馕卖不动，一天烤不到五十个。刚来那年横峰人不认得馕，说像烧饼又不像烧饼，我切成小块让人尝，尝着尝着就有回头客了。低保加补贴一个月{{trap/number:一千三百六十块}}，够交房租和儿子的康复课。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:祖丽皮亚汗}}在莎车，七十了，视频里看到孙子就哭。我哥{{minority/uyghur:托合塔洪·肉孜}}种巴旦木，每年寄两箱过来。在上饶卖干果的老乡{{minority/uyghur:阿卜杜瓦衣提}}过节开车来，带一只羊腿，我们做{{trap/minority_word:抓饭}}。{{trap/minority_word:肉孜节}}那天我给两个伢穿上{{trap/minority_word:艾德莱斯}}绸子做的衣服，讲{{trap/famous:阿凡提}}的故事。
访谈者：登记信息请您说一下。
受访者：我住{{address:横峰县岑阳镇建设路菜市场后巷9号}}。摊子上挂的牌子叫{{minority/uyghur:艾哥}}馕坑。身份证{{id_number@my1984quad.653125}}，女儿的{{id_number@wy2018fwhyphen.361125}}。电话{{mobile@s434}}，{{han:练秋萍}}的{{mobile@p86h}}。我微信号{{wechat:Ahmatjan_nang}}，儿子用旧手机看动画，QQ是我帮他申的：{{qq:2386401957}}。
访谈者：名字在表上写得对吗？
受访者：低保表上写成{{minority/uyghur:艾合买提江肉孜}}，没有点。残疾证上是{{spaced:艾 合 买 提 江 · 肉 孜}}，一个字空一格；学校的表写成{{spaced:迪力穆拉提　・　艾合买提江}}，我老婆的死亡证明上是{{spaced:占 丽萍}}。
访谈者：您最盼什么？
受访者：盼儿子能自己吃饭、自己上厕所，女儿好好读书。等他们大一点，带回莎车给阿妈看看，看完了还回横峰，这里有他们妈妈。
""")

# H1490: Mongolian grandmother from 乌拉特中旗 who came to 黎川 (日峰镇) to raise her two grandchildren: her daughter
# died on the road, her Han son-in-law is paralysed after a fall.
DOCS["H1490"] = ("family", """\
访谈者：奶奶，您是从内蒙古过来的？
受访者：是，{{trap/place:巴彦淖尔}}{{trap/place:乌拉特中旗}}。我叫{{minority/mongolian:巴德玛苏荣}}，这边人念不来，巷子里的伢都喊我{{minority/mongolian:巴奶奶}}。
访谈者：怎么到黎川来的？
受访者：为两个外孙。我女儿{{minority/mongolian:阿拉坦格日勒}}在{{trap/place:包头}}读的卫校，认得了在风电场干活的女婿{{han:揭国富}}，他是黎川人，两个人就回来成了家。三年前女儿开车去{{trap/place:南城}}，在高速上出了事，人没了。她小时候在草原上骑马，跑得比男伢还快，哪个晓得会在高速上出事。第二年{{han:揭国富}}在工地上从架子上摔下来，腰断了，{{han:揭国富}}他现在腰以下冇知觉，一级残疾。
访谈者：孩子们谁带？
受访者：我带。女婿的妈早走了，他哥{{han:揭晓光}}在{{trap/place:厦门}}跑船，一年回来一趟。我就一个人坐火车过来了，坐了两天两夜。大的外孙{{minority/mongolian:阿古达拉图}}十二岁，在{{school:黎川县第二中学七年级（4）班}}，花名册上跟他爸的姓写成{{minority/mongolian:揭阿古达拉图}}，同学嫌长，喊他{{minority/mongolian:揭阿古达}}。小的外孙女{{minority/mongolian:塔拉敖登}}八岁，在{{school:日峰镇中心小学二年级（1）班}}，老师喊她{{minority/mongolian:小塔拉}}。她名字头上的塔拉，蒙古话就是{{trap/word:草原}}，是她妈起的。
访谈者：女婿现在怎么样？
受访者：天天躺着，一天要翻四回身，不翻就生褥疮。刚出事那年他不想活，不吃饭，是大外孙端着碗跪在床边求他。现在好一点了，能坐轮椅，用手机帮人看网店，一个月挣几百块。他躺在床上跟我讲对不起，我讲你莫讲这个话，伢们还要喊你爸爸。镇卫生院的医生{{han:饶建中}}每个月上门给他换尿管，一分钱不收。
访谈者：现在有哪些补助？
受访者：镇民政所的{{han:衷美华}}来了三趟，给两个伢报了事实无人抚养，一个伢一个月{{trap/number:一千二百二十元}}，女婿有残疾人两项补贴。社区的儿童主任{{han:过春妹}}{{trap/word:过年}}过节都来，还给伢买了新鞋。县社工站的{{compound:皇甫一苇}}每个礼拜来一回，学校的心理老师{{compound:端木知远}}找大的谈过好几次。
访谈者：孩子们怎么样？
受访者：{{minority/mongolian:阿古达}}懂事，放了学先给他爸翻身、擦背，再写作业。就是不爱讲话，他妈走以后再冇笑过几回。期末成绩一{{trap/word:揭晓}}，他先打电话告诉他大伯。{{minority/mongolian:塔拉敖登}}她还小，爱唱歌，我教她唱《{{trap/famous:嘎达梅林}}》，她唱给班上同学听。大的班主任{{han:涂晓敏}}晓得家里的事，中午让他在学校吃免费午餐，还给他找了个资助人，每学期寄五百块钱和一箱书。
访谈者：孩子们过生日怎么过？
受访者：{{minority/mongolian:塔拉敖登}}过生日，我煮一碗长寿面，插一根蜡烛。她许愿要妈妈回来，许完了又讲，不对，要爸爸站起来。
访谈者：孩子们会讲蒙古话吗？
受访者：会几句。大的会数数、会喊阿妈，小的只会唱歌。我想教，他们嫌难，讲学校里都不讲。
访谈者：您习惯这边吗？
受访者：不习惯。太潮，一到阴天腿就疼。吃的也辣，我天天熬奶茶，隔壁开小卖部的{{han:辜秀娥}}帮我在网上买砖茶。巷子口的{{han:揭满叔}}是女婿的堂叔，常来帮我把他抱上轮椅。头一年我不敢出门，怕走丢，巷子转来转去都是一样的青砖墙。后来{{han:辜秀娥}}带我去{{trap/place:黎川古城}}、去{{trap/place:洲湖}}边上走了一圈，我才认得路。过年我煮{{trap/minority_word:手把肉}}，邻居都来尝。
访谈者：老家还有人吗？
受访者：我男人{{minority/mongolian:朝鲁图门}}早走了。儿子{{minority/mongolian:哈斯朝格图}}在旗里放羊，每年卖了羊给我打一万块。他说阿妈你回来吧，我说两个伢不能丢。他媳妇{{minority/mongolian:乌云陶格斯}}在旗医院当护士，常打视频来问女婿的伤。
访谈者：最难的是什么？
受访者：我不识几个汉字，表格看不懂。{{han:衷美华}}就一格一格念给我听，签字的地方用铅笔圈出来。冬天我不会烧炭盆，差点中了煤气，是{{han:揭满叔}}撞开门把我们拖出来的。伢们的外公在的时候说，{{trap/famous:成吉思汗}}的子孙走到哪里都不怕，我信这个话。
访谈者：登记信息请您说一下。
受访者：住{{address:黎川县日峰镇新丰街河背巷14号}}，老家在{{address:乌拉特中旗海流图镇乌兰社区3组11号}}。我身份证{{id_number@wold.150824}}，{{minority/mongolian:阿古达}}的{{id_number@my2013tri.361022}}。我电话{{mobile@plus86}}，{{han:过春妹}}的{{mobile@h38}}。微信是儿子帮我开的，叫{{wechat:badma_urad57}}。{{minority/mongolian:阿古达}}有个QQ，号码写在作业本封皮上：{{qq:１７６０３９２８４}}。
访谈者：表上名字写得对吗？
受访者：救助表上我是{{spaced:巴 德 玛 苏 荣}}，外孙写成{{spaced:揭 阿古达拉图}}，外孙女写成{{spaced:塔拉　敖登}}，女婿写成{{spaced:揭　国　富}}。
访谈者：您最盼什么？
受访者：盼女婿身体好一点，盼两个伢长大。等{{minority/mongolian:阿古达}}考上大学，我就回草原去，告诉他妈伢们长大了。
""")

# H1491: Hui grandfather from 同心 who herds cattle in 横峰 (葛源镇) and raises two grandchildren; his son is in
# prison, the Han daughter-in-law left.
DOCS["H1491"] = ("family", """\
访谈者：大爷，您老家是哪里？
受访者：宁夏{{trap/place:同心}}的。我叫{{han:冶福堂}}，经名{{minority/hui:达尼亚勒}}。九几年跟着老乡到{{trap/place:葛源}}的养牛场干活，一干二十多年，这搭的人都喊我{{han:冶老汉}}。
访谈者：孙子孙女跟着您？
受访者：嗯。儿子{{han:冶海军}}跟人打架，把人打伤了，判了五年，关在{{trap/org:饶州监狱}}。那年他才二十六，喝了酒跟人争一个停车位，一拳把人打成了脑震荡。我这辈子没求过人，那回给人家跪下了，人家还是告了。儿媳妇{{han:敖春燕}}是本地人，儿子进去第二年就走了，听说嫁到{{trap/place:浙江}}去了。她走的时候孙女才三岁，抱着门框哭，她头都没回。两个娃娃就跟着我这个老汉。
访谈者：孩子们多大？
受访者：孙子{{han:冶俊杰}}，经名{{minority/hui:舒艾卜}}，十岁，在{{school:葛源镇中心小学四年级（3）班}}。我们同心人叫小娃娃爱加个尕字，我叫他{{minority/hui:尕舒艾卜}}。孙女{{han:冶欣然}}，经名{{minority/hui:鲁盖亚}}，七岁，在{{school:葛源镇中心小学一年级（1）班}}，她班主任觉得经名好听，点名就叫{{minority/hui:冶鲁盖亚}}。两个娃娃的经名是老家阿訇起的，汉名是他们妈起的，学校里用汉名，家里用经名。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:官细妹}}，给两个娃娃报了服刑人员子女补助，一个月{{trap/number:九百八十块}}。我以前不懂，冲{{han:官细妹}}发过火，以为她要收钱，后来才晓得人家是好心。她讲话快，我听不懂横峰话，她就一句一句写在纸上给我看。葛源镇民政所的{{han:占金旺}}每年来复核一回，看娃娃长了多高，看家里添了啥。学校的{{han:游得胜}}老师，{{han:游得胜}}得空就来家访，叮嘱我莫让娃娃去河里{{trap/word:游泳}}。县里的社工{{compound:司徒怀瑾}}带娃娃去监狱会见，法律援助中心有个叫{{compound:夏侯辰逸}}的律师，帮{{han:冶海军}}写了减刑的材料。
访谈者：孩子们知道爸爸的事吗？
受访者：{{minority/hui:舒艾卜}}知道。班上有娃娃骂他，他把人家书包扔到田里去了，被老师叫到办公室。我去了，老师没骂他，跟我讲这娃娃心里有气，要有人听他讲。{{minority/hui:鲁盖亚}}不知道，她以为爸爸在外头开车。
访谈者：去监狱会见是什么样？
受访者：一年去两回，坐班车到{{trap/place:鄱阳}}，再转车。隔着玻璃，拿电话讲。{{minority/hui:舒艾卜}}头一回去不肯喊爸爸，出来在车上哭了一路。第二回他把考了九十分的卷子贴在玻璃上给他爸看，{{han:冶海军}}他一个大男人哭得话都讲不出来。{{compound:司徒怀瑾}}讲，娃娃跟爸爸的联系断不得，以后出来了才好重新过日子。
访谈者：日子过得怎么样？
受访者：紧。我六十八了，养牛场不要我了，现在给人家放十几头牛，一个月两千。两个娃娃要吃要穿要读书，我一个老汉，算盘打不过来。村支书{{han:詹有根}}帮我把危房修了，换了新瓦，冬天不漏风了。村里的{{han:花满英}}心善，常端一碗菜过来，村里人说她是{{trap/famous:花木兰}}，啥活都能干。有一回我血压高倒在牛棚里，是{{han:花满英}}喊人把我抬到卫生院的。
访谈者：饮食上方便吗？
受访者：不方便，这搭没有清真馆子，我自己宰鸡，自己炸{{trap/minority_word:油香}}。过节在{{trap/place:上饶}}开拉面馆的{{minority/hui:伊德里西}}开车来，拉我们去礼拜，他媳妇{{minority/hui:麦尔彦木}}给娃娃带新衣裳。娃娃们在学校食堂吃饭，{{han:游得胜}}老师跟食堂讲好了，给他们单打鸡蛋、豆腐、青菜，不沾猪油。我教娃娃们喝{{trap/minority_word:盖碗茶}}，{{minority/hui:鲁盖亚}}她嫌苦，要放冰糖。
访谈者：老家还有人吗？
受访者：老伴走了十年了，埋在同心。女儿{{han:冶金花}}嫁在{{trap/place:吴忠}}，逢年过节寄{{trap/minority_word:馓子}}来。她叫我回去，我说娃娃们的户口、学籍都在横峰，再说他们妈说不定哪天想娃娃了，回来还找得到。
访谈者：您身体怎么样？
受访者：血压高，腿也不行了，放牛爬坡一步三喘。卫生院的医生讲我要少操心，我说操心操惯了，两个娃娃没长大，我不敢倒。
访谈者：登记信息请您说一下。
受访者：家在{{address:横峰县葛源镇枫林村石门组23号}}，老家在{{address:同心县韦州镇红城水村三队8号}}。我身份证{{id_number@my1957.640324}}，{{minority/hui:舒艾卜}}的{{id_number@my2015fwspaced.361125}}。电话{{mobile@plus86dash}}，{{han:官细妹}}的{{mobile@fullwidth}}。孙子教我开了个微信，叫{{wechat:yefutang_dawud}}。
访谈者：表上名字写得对吗？
受访者：补助表上把孙女写成{{spaced:冶 鲁 盖 亚}}，一个字空一格，把我写成{{spaced:冶 福堂}}，我儿子写成{{spaced:冶　海　军}}。
访谈者：您最盼什么？
受访者：盼我儿子早点出来，把娃娃接回去。我老了，等不了几年了。每天礼拜我都求一样的事：娃娃们平平安安，长大了莫学他爸。我常跟{{minority/hui:舒艾卜}}讲，你是哥哥，要护着妹妹，他点头，比我还懂事。
""")

# H1492: Kham Tibetan mother from 德格 who packs pottery in 黎川; her Han husband died of silicosis; a deaf son and
# a small daughter.
DOCS["H1492"] = ("family", """\
访谈者：阿佳，您在瓷厂上班多久了？
受访者：四年了，在包装车间。我叫{{minority/tibetan:呷绒贡措}}，老家四川{{trap/place:甘孜}}{{trap/place:德格}}。厂里的姐妹叫不顺，都喊我{{minority/tibetan:阿贡}}。
访谈者：怎么到黎川来的？
受访者：我男人{{han:危建平}}以前在{{trap/place:318国道}}上修路，在我们村口住了两年，就认得了。他跟村里的男人去山上挖过一回虫草，挖了三根，高兴得像个伢。后来他带我回了黎川，在瓷厂拉坯。拉了十几年，得了尘肺，前年冬天走了。我跟他过来的时候一句汉话都不会讲，买菜只会用手指。
访谈者：他生病的时候您怎么过的？
受访者：咳了三年，后来喘不上气，晚上坐着睡。我白天上班，晚上守着他，{{minority/tibetan:小降央}}帮我倒痰盂。最后半年住在{{trap/org:抚州市第一人民医院}}，厂里的工友{{han:饶志坚}}凑了钱，{{han:饶志坚}}他自己也在咳。我男人走的那天下雪，黎川很少下雪，我想是老天爷来接他。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/tibetan:降央益西}}九岁，耳朵听不见，戴了助听器也只听得见一点，在{{school:黎川县特殊教育学校听障部二年级（1）班}}，学校名单上写{{minority/tibetan:危降央}}。女儿{{minority/tibetan:仁青曲吉}}七岁，在{{school:日峰镇中心小学一年级（2）班}}，老师写的是{{minority/tibetan:危曲吉}}，我们在家喊她{{minority/tibetan:小曲吉}}。儿子的耳朵生下来就不好，在老家没钱看，到了这边{{han:衷美华}}帮我们申请了人工耳蜗的救助，排了一年队，今年夏天做了手术。
访谈者：现在有哪些补助？
受访者：镇民政所的{{han:衷美华}}帮我办了低保，儿子有残疾证，两项补贴每个月都到。我男人是职业病，厂里一开始不认，县里的律师{{compound:申屠怀远}}帮我打{{trap/word:官司}}，打了一年，赔了钱，{{compound:申屠怀远}}一分钱没收，讲这是法律援助。职防院的医生{{compound:钟离晓峰}}给我男人写了诊断，现在还常打电话问伢们的情况。
访谈者：婆家那边呢？
受访者：婆婆{{han:危桂莲}}七十多了，住乡下。小姑子{{han:危又红}}又要带自己的两个伢，又要种田，还是常来帮我。婆婆讲的话我听不懂，我讲藏话她也听不懂，两个人就比划。她教我腌菜、做米粉，我教她打酥油茶。她讲窑上{{trap/word:危险}}，不让我去烧窑车间。厂长{{han:宗立新}}把我调到包装，活轻一点，钱少一点。
访谈者：孩子们习惯吗？
受访者：{{minority/tibetan:小降央}}刚来时在普通小学，听不见老师讲，天天哭。特教学校的{{han:詹秋云}}老师教他手语，现在会打手语跟我吵架了。{{minority/tibetan:小曲吉}}她会讲黎川话，回家教我，冇就是没有，嬉就是玩。她的班主任{{han:游晓雯}}讲她上课爱举手，就是写字慢。同学笑她黑，她回来问我，阿妈我为什么黑，我讲你是高原上的太阳晒的，是好看的黑。
访谈者：厂里的活累吗？
受访者：累。一天站十个钟头，把碗碟一个一个包好装箱，手上全是口子。可我不敢歇，歇一天少一天的钱。车间主任{{han:宗晓梅}}是厂长的妹妹，晓得我家的事，下午四点放我去接伢。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:阿称翁青}}在德格，去年摔了一跤，我没钱回去，只能打视频，看她躺在床上捻佛珠。弟弟{{minority/tibetan:呷玛泽翁}}在{{trap/org:德格印经院}}旁边开茶馆。{{trap/minority_word:藏历新年}}我给两个伢穿上藏装，跳{{trap/minority_word:锅庄}}，吃{{trap/minority_word:糌粑}}。儿子听不见，可他看得懂，跟着跳。我给他们念{{trap/famous:仓央嘉措}}的诗，女儿说听不懂，要看动画片。每年夏天我都想带伢回去，可来回路费要三千多，弟弟讲等他攒够了钱来黎川看我们。
访谈者：您还担心什么？
受访者：担心我自己。我要是病了，两个伢就没人管了。{{compound:钟离晓峰}}讲让我也去拍个片子，我不敢去，怕查出什么。
访谈者：社区的人帮过您吗？
受访者：帮过。社区的儿童主任{{han:过春妹}}给两个伢报了暑假托管班，管午饭，有大学生教功课。过年她还拎了一桶油、一袋米上门，讲有事就打她电话，半夜也行。
访谈者：登记信息请您说一下。
受访者：住在{{address:黎川县日峰镇陶瓷产业园职工公寓5栋301}}。我身份证{{id_number@wy1989quadx.513330}}，儿子的{{id_number@my2016hyphen.361022}}。我电话{{mobile@s74}}，{{han:危又红}}的{{mobile@fws}}。我微信{{wechat:Gongtso-Dege}}，QQ是{{qq:3018275946}}。
访谈者：表上名字写得对吗？
受访者：低保表把我写成{{spaced:呷　绒　贡　措}}，一个字一个空，儿子写成{{spaced:降央 益西}}，女儿写成{{spaced:仁 青 曲 吉}}。
访谈者：您最盼什么？
受访者：盼儿子读完书，学门手艺，自己养活自己。女儿想当医生，她讲要治好爸爸那样的病。我男人走的时候说，两个伢就托给你了，我答应了他。
""")

# H1493: Han 儿童主任 of a community in 岑阳镇 (横峰) reading out her roll.
DOCS["H1493"] = ("staff", """\
访谈者：主任，今天带来的是名册？
受访者：是，我们{{trap/org:兴安社区}}的困境儿童名册。我叫{{han:练秋萍}}，当儿童主任五年了，伢们喊我{{han:练姐}}。以前我在社区管计生，{{trap/org:县民政局}}要每个社区配一个儿童主任，就把我换过来了。三百多户的伢我都要管，名册上这些是重点。我一户一户念，你记。
访谈者：好。
受访者：第一户，卖馕的{{minority/uyghur:艾哥}}，名册上写{{minority/uyghur:艾合买提江‧肉孜}}，维吾尔族，老婆前年走了。儿子{{minority/uyghur:迪力穆拉提}}孤独症，女儿{{minority/uyghur:米合瑞阿依}}七岁。低保加两项补贴，上回你们见过了。他人实在，每回我去都要塞个馕给我，不收不行。
访谈者：第二户？
受访者：第二户是孤儿，{{han:连梓涵}}，男，十岁。爸妈在{{trap/place:晋江}}打工，出车祸一起走了。跟奶奶{{han:连秀英}}过，{{han:连秀英}}连饭都顾不上吃，天天守着孙子。孩子在{{school:岑阳镇第一小学四年级（2）班}}，住{{address:横峰县岑阳镇秀峰路38号}}，身份证{{id_number@my2015quad.361125}}，孤儿基本生活费每月{{trap/number:一千五百二十元}}。爸妈走以后伢半年不讲话，社工给他做了一年心理辅导，现在肯讲了。奶奶的养老金一个月一百多，全靠这笔钱撑着。
访谈者：第三户？
受访者：第三户户主姓可，可以的可，叫{{han:可春华}}。{{han:可春华}}{{trap/word:可是}}苦，儿子吸毒进去了，儿媳跑了，留下孙女{{han:可欣妍}}，十二岁，在{{school:横峰中学七年级（6）班}}，服刑人员子女。住{{address:岑阳镇前进村后畈组17号}}，{{han:可春华}}的电话{{mobile@plain}}。{{han:可欣妍}}成绩好，年级前十，就是怕同学晓得她爸的事。我跟她班主任{{han:祝文涛}}讲好了，这事不在班上讲。
访谈者：第四户？
受访者：第四户，{{han:曾浩宇}}，九岁，脑瘫，坐轮椅，两项补贴都有。爷爷{{han:曾广福}}{{trap/word:曾经}}是村里的砌匠，现在七十了，一天抱孙子上下床好几回。孩子身份证{{id_number@my2016x.361125}}，尾数是个叉。去年冬天{{han:曾广福}}摔了一跤，孙子在床上喊了一个钟头，是隔壁听见的。后来我们给他家装了个一键呼叫，按一下我手机就响。
访谈者：第五户？
受访者：第五户，{{han:于梦瑶}}，女，八岁。爸爸癌症走了，妈妈{{han:祝海燕}}精神残疾，算事实无人抚养，跟外婆{{han:詹凤娇}}过。{{han:于梦瑶}}跟我讲，她最怕天黑。{{han:詹凤娇}}七十四了，还在菜市场捡菜叶子卖。我去了几回，她都讲莫给政府添麻烦，我讲这是伢该得的。
访谈者：钱按时到吗？
受访者：一般每月十五号前到一卡通。老人不识字，我每个月陪他们去{{trap/org:邮储银行}}打一回流水，看少没少。有一回{{han:连秀英}}的钱被她侄子取走了，我跟{{han:缪所长}}上门要了回来，改成只有奶奶能取。
访谈者：这些户都谁在跟？
受访者：镇民政所{{han:缪所长}}总负责，他讲话直，表填错了当面骂，骂完了又帮你改。县社工站派了{{compound:宇文砚秋}}跟第二户、第四户，{{compound:欧阳楚瑜}}跟{{minority/uyghur:艾哥}}家。还有个大学生志愿者叫{{compound:长孙晓雯}}，她讲她是家里的{{trap/word:长孙}}女，从小爷爷奶奶宠着，看到这些伢心里难过。{{compound:宇文砚秋}}每礼拜三带伢们在四点半课堂{{trap/word:练习}}写字。
访谈者：平时怎么发现这些孩子？
受访者：一靠学校报，二靠邻居讲，三靠自己上门。去年{{han:连梓涵}}发烧两天没上学，是隔壁的{{han:敖桂芬}}发现的，{{han:敖桂芬}}她跑来社区找我，我和{{han:敖桂芬}}连夜把伢送到{{trap/org:横峰县人民医院}}。还有一回是卖馕的来讲的，菜市场有个伢天天来捡烂菜，我去一问，爷爷瘫了，家里冇大人管。
访谈者：孩子们知道自己在名册上吗？
受访者：大的晓得，有的不喜欢困境儿童这个叫法。我们上门从不穿工作服，填表也不在学校填。{{han:可欣妍}}跟我讲，{{han:练阿姨}}，你莫到学校来找我。我讲好，我在你奶奶家等你。
访谈者：名字有写错的吗？
受访者：多。有张表把{{spaced:连 梓 涵}}一个字一个空，{{spaced:宇　文　砚　秋}}也是，{{spaced:可 欣妍}}分成两截，{{minority/uyghur:艾哥}}家那个长名字写成{{spaced:艾合买提江 ‧ 肉孜}}。年底我要一张张核，错一个字钱就发不下来。
访谈者：您自己家里呢？
受访者：我崽在{{trap/place:上饶}}读高中住校，老公在{{trap/place:杭州}}做装修，一年回来两趟。有时候忙到九点才到家，饭都冇煮。可这些伢更苦，我不管哪个管。老公讲我是社区的人不是家里的人，讲归讲，过年还是帮我给伢们送对联。
访谈者：您的联系方式？
受访者：电话{{mobile@spaced}}，{{han:缪所长}}的{{mobile@hyphen}}。我工作微信{{wechat:lian_qiuping_xa}}，伢们找我多用QQ：{{qq:604917283}}。
访谈者：最放心不下的是哪个？
受访者：我每晚睡前都要想一遍，最放心不下的，是{{han:连梓涵}}。
""")

# H1494: Han township civil-affairs clerk in 日峰镇 (黎川) reading out phone list and accounts.
DOCS["H1494"] = ("staff", """\
访谈者：您在镇民政所做了几年？
受访者：八年了。我叫{{han:衷美华}}，{{trap/place:日峰镇}}民政所的办事员，低保、特困、残疾人补贴、困境儿童，都从我手上过。我是{{trap/place:宏村镇}}人，嫁到日峰镇，大学学的会计，考了个事业编，就分到民政所来了。民政所连所长三个人，管全镇三万多人的低保、救助、养老。所长{{han:敖正兰}}是部队转业的，做事雷厉风行，她管大事，跑腿填表是我。
访谈者：困境儿童今年有多少？
受访者：全镇四十三个，比去年多了五个，有两个是爸妈离了婚都不管的，按事实无人抚养报上去的。认定要走好几道：家里申请，村里居委会核，镇里审，县{{trap/org:民政局}}批，一道都不能少。我手机上有个表，监护人电话、学校、住址都在上面，你要几户我念给你。
访谈者：那位蒙古族奶奶家？
受访者：{{minority/mongolian:巴德玛苏荣}}，我们都喊{{minority/mongolian:巴奶奶}}。女婿{{han:揭国富}}重残，两个外孙事实无人抚养。女婿的电话{{mobile@s38}}。{{minority/mongolian:揭阿古达}}成绩蛮好，{{minority/mongolian:小塔拉}}爱唱歌。奶奶的签名是蒙古文，系统里录不进去，只好按手印。
访谈者：藏族那位呢？
受访者：{{minority/tibetan:贡措}}，瓷厂的，男人尘肺走了。{{minority/tibetan:贡措}}她汉话讲得不好，有回在电话里急得哭，我就跑到瓷厂去找她。儿子听力残疾，两项补贴都有，低保按三口人算。她名字系统里老打不出来，第一回录成了{{spaced:呷 绒 贡 措}}，后来才改过来。她儿子人工耳蜗的救助是我帮着报的，跑了三趟{{trap/place:抚州}}。
访谈者：汉族的几户呢？
受访者：第三户{{han:尚志刚}}，十一岁，爸爸在{{trap/org:赣州监狱}}服刑，妈妈外出打工{{trap/word:尚未}}回来过，奶奶{{han:尚春娥}}种了两亩菜挑到街上卖，祖孙俩住{{address:黎川县日峰镇东门村下街组26号}}。孩子在{{school:黎川县第一小学五年级（5）班}}，身份证{{id_number@my2014fw.361022}}，奶奶电话{{mobile@p86n}}。他爸还有两年出来，奶奶讲到时候先让他去打工还债。
受访者：第四户{{han:别晓芸}}，孤儿，爷爷{{han:别德旺}}带。她爸妈在{{trap/place:福州}}打工，煤气中毒走的，那年她才四岁。{{han:别晓芸}}别的不怕，就怕打雷，爷爷一听打雷就守在床边讲{{trap/word:别怕}}。住{{address:日峰镇横港路瓷都花园8栋1单元602}}，孩子在{{school:日峰镇中心小学六年级（3）班}}，身份证{{id_number@wy2012spacedx.361022}}，{{han:别德旺}}的{{id_number@mmid.361022}}，电话{{mobile@plus86spaced}}。
受访者：第五户{{han:来宝华}}，七十一，以前是篾匠，现在手抖，篾刀都拿不稳了。他带孙子{{han:来浩然}}，孙子癫痫，每个月要吃药，一盒{{trap/number:一百八十多}}，医保报一半，剩下的我帮他申了临时救助。{{han:来宝华}}来了三趟我都没在，{{trap/word:来不及}}等就回去了，后来我上门补的材料。
访谈者：补助怎么核实？
受访者：每年复核一回，看家里收入有冇变化、伢还在不在读书。有一户伢的妈回来了，又有了工作，我们就停了事实无人抚养，改成低保。这种事最难讲，家长会骂，可规矩是这样。
访谈者：有没有人冒领？
受访者：有过。前年有个伢的叔叔拿着伢的卡把钱取了，去打牌，一晚上输光了。我们跟{{trap/org:日峰镇派出所}}一起上门，钱追回来了，卡换成伢的外婆保管，密码只有外婆一个人晓得。
访谈者：谁在跟这些户？
受访者：社工站{{compound:南宫亦凡}}管心理，驻村干部{{compound:左丘鹤年}}管入户，县民政局有个{{compound:赫连雪松}}管系统，隔三差五打电话催数据，讲省里要抽查。社工站那个姑娘的名字也被人写成过{{spaced:南 宫 亦 凡}}，一个字空一格。
访谈者：表上别的错呢？
受访者：{{spaced:尚 志刚}}中间多一个空，{{spaced:别　晓　芸}}每个字中间一个全角空格，都是从纸上抄到电脑的时候弄的。
访谈者：您跟家长怎么联系？
受访者：大部分打电话，年轻点的加微信。老人家耳朵背，电话里讲不清，我就上门。上个月{{han:别德旺}}打电话来，讲了五分钟我才听明白，他是问伢的补助为么个少了十块，原来是银行扣了短信费。
访谈者：您的联系方式？
受访者：我微信{{wechat:zhongmh_rifeng}}，QQ{{qq:58203916}}。{{han:敖正兰}}所长的QQ是{{qq:２７０５９１８３}}。
访谈者：这份工作最难的是什么？
受访者：材料多，人少，一户要跑五六趟。我自己的伢上小学，放学都是我妈接，有时候一个礼拜都冇陪她吃顿晚饭。去年汛期{{trap/place:黎滩河}}涨水，我跟{{han:敖正兰}}挨家挨户把困境儿童转到安置点，一晚上冇合眼。可看着伢们一年一年长大，我{{trap/word:衷心}}觉得值。
""")

# H1495: Han special-education teacher at the special school of 横峰, who also teaches at home (送教上门).
DOCS["H1495"] = ("staff", """\
访谈者：主任，您在特教学校教了多少年？
受访者：十一年了。我叫{{han:帅筱琴}}，在{{trap/org:横峰县特殊教育学校}}当培智部主任，还管送教上门。我是{{trap/place:弋阳}}人，师范学的就是特殊教育，毕业那年县里刚建特教学校，我是头一批来的老师。
访谈者：您班上有哪些孩子？
受访者：我带的是{{school:县特教学校培智部三年级（2）班}}，八个伢。有个维吾尔族的伢叫{{minority/uyghur:迪力穆拉提}}，孤独症，班上都喊他{{minority/uyghur:小迪}}，我喊他{{minority/uyghur:穆拉}}。刚来的时候不看人，不让碰，一碰就叫。头一个学期他每天在教室里转圈，转累了就趴在地上。我不拦他，陪他一起转，转了一个月，他肯坐下了。现在会用图片卡要水、要上厕所了。他最喜欢撕纸，把报纸撕成一条一条的，排得整整齐齐，{{compound:闻人子谦}}讲这是他的本事，莫拦。他爸{{minority/uyghur:艾哥}}每天下午收了摊来接，身上一股馕的香味。我去家访，{{minority/uyghur:艾哥}}非留我吃{{trap/minority_word:抓饭}}，羊肉放得比米还多。
访谈者：还有呢？
受访者：还有{{han:符正阳}}，唐氏综合征，{{han:符正阳}}正在学系鞋带，学了一个学期。他妈妈{{han:涂巧云}}一个人带他，爸爸跑了。她在{{trap/org:横峰县人民医院}}做保洁，一个月两千，上夜班的时候就把伢托给我。他{{trap/word:符合}}重度残疾的条件，护理补贴每月都到。
访谈者：孩子们之间处得怎么样？
受访者：比外头的伢还好。{{han:符正阳}}最会照顾人，看见{{minority/uyghur:小迪}}哭就去拍他的背，虽然人家不理他。过六一我们排了个手语歌，八个伢站成一排，有的打错了，台下的家长哭成一片。
访谈者：送教上门是怎么做的？
受访者：有些伢重到来不了学校，我们就上门。{{han:管家乐}}十三岁，重度脑瘫，住{{address:横峰县莲荷乡何家村下屋组5号}}，一礼拜去两回。他奶奶讲她是伢的老{{trap/word:管家}}，吃喝拉撒都是她。{{han:管家乐}}倒是不闹，看见我就笑。他家离学校四十里山路，我骑电动车去，冬天手冻得握不住车把。山路上有一段没有信号，我就把要教的东西都先下到手机里。我带着图片、积木、小鼓，教他认颜色、抓东西。他学会抓勺子那天，奶奶哭了，讲伢十三年了头一回自己吃饭。
访谈者：谁跟您一起去？
受访者：我和{{compound:鲜于婉清}}一起去，她是康复师，教奶奶给伢按腿。她以前在{{trap/place:南昌}}做康复，工资高，是回来照顾她妈才到横峰的。手语老师{{compound:闻人子谦}}有时候跟着去，残联的{{compound:乐正蘅芷}}帮他们申请了轮椅。
访谈者：这些孩子的家长最难的是什么？
受访者：钱是一方面，更多是累，又没人换手。{{han:涂巧云}}跟我讲过，她有时候想抱着伢一起跳河，我跟社区{{han:练秋萍}}连夜去她家坐了一晚。后来我们给她报了喘息服务，每个月有两天有人替她看伢。
访谈者：特教学校的孩子有哪些补助？
受访者：学费、住宿费全免，每天有营养餐补助。残疾的伢有两项补贴，家里困难的还有低保、困境儿童补助。好多家长不晓得去申，我们开学时一户一户帮着填表，交给社区的{{han:练秋萍}}，或者乡里的民政员{{han:揭金凤}}。
访谈者：孩子们毕业以后怎么办？
受访者：这是家长最愁的。培智部读到九年级，以后能去{{trap/org:上饶市特殊教育学校}}读职高，学洗车、做面点。重的就只能回家。有个毕业的伢现在在县城洗车店上班，一个月两千多，他妈专门来学校送了一面锦旗。我们想办一个日间照料，让家长能出去做点事，还在跟{{trap/org:县残联}}商量。
访谈者：班上还有别的民族的孩子吗？
受访者：就{{minority/uyghur:迪力穆拉提}}一个。上回开家长会，他爸带了一袋馕分给大家，家长们都讲好吃。有个家长问他名字怎么写，他写了{{spaced:迪 力 穆 拉 提}}，一个字一个空。
访谈者：名单上写错的多吗？
受访者：多。{{spaced:管 家 乐}}一个字一个空，{{spaced:符 正阳}}分两截，连我同事都被写成{{spaced:鲜 于 婉 清}}。
访谈者：您自己怎么撑下来的？
受访者：也有撑不住的时候。有个伢发脾气咬了我一口，留了个疤。回家我哭，我老公{{han:缪志远}}讲不干了，我讲不干这些伢哪个教。我女儿读初中，她讲长大也要当特教老师，我听了又高兴又心疼。
访谈者：您的联系方式？
受访者：我电话{{mobile@fullwidth}}。家长都加我微信{{wechat:shuailj-tejiao}}，送教的表发在QQ上，我的是{{qq:79430126}}。学校在{{address:横峰县岑阳镇兴安大道188号}}。{{han:管家乐}}的身份证{{id_number@my2012spaced.361125}}，{{han:符正阳}}的{{id_number@my2014hyphen.361125}}。
访谈者：您最想说什么？
受访者：这些伢学得慢，可学会一样就是一样。盼社会多给他们一点耐心。我们这些老师也盼人理解，我们不是哄伢，是教伢。
""")

# H1496: Han neighbour who runs a small shop in 河背巷 (日峰镇, 黎川).
DOCS["H1496"] = ("neighbour", """\
访谈者：老板娘，您这小卖部开了多少年？
受访者：快二十年了。门口那块{{han:辜秀娥}}小卖部的牌子，还是我男人写的，字歪歪扭扭，一直冇换。巷子里的伢都喊我{{han:辜姨}}，大人喊我老板娘。
访谈者：这条巷子是什么样的？
受访者：老巷子，挨着{{trap/place:黎滩河}}，青砖房，住的多是老人和伢。年轻人都去{{trap/place:泉州}}、{{trap/place:东莞}}打工，过年才回来。外地人来看{{trap/place:黎川古城}}，走错路就走到我们这里，到我店里买瓶水问路。
访谈者：巷子里困难的孩子多吗？
受访者：有几户。隔壁十四号是{{minority/mongolian:巴奶奶}}家，蒙古族，一个人带两个外孙，女婿瘫在床上。她不会网购，砖茶都是我帮她买。她熬的奶茶是咸的，头回喝我差点吐出来，现在我也爱喝了，一个礼拜要去她家讨两碗。大外孙放学来买本子，从来不买零食，我塞给他一包辣条，他还要给我钱。小的{{minority/mongolian:塔拉敖登}}嘴甜，进门就喊{{han:辜姨}}，喊完了唱一句蒙古歌给我听。
访谈者：还有呢？
受访者：对面十六号是{{han:问桂英}}家，我跟她做了三十年邻居，她人实在。我问{{han:问桂英}}借个秤、借把伞，她从来冇讲过二话。儿子判了刑，儿媳跑了，两个孙子跟着她。她白天在{{trap/org:日峰镇卫生院}}做保洁，晚上糊纸盒，一个纸盒一分钱，糊到半夜。大的{{han:问嘉豪}}十二岁，{{trap/word:立冬}}那天生的，小名叫{{han:冬伢崽}}；小的{{han:问诗涵}}六岁。{{han:问嘉豪}}被人笑过没爸妈，回来躲在我店后头哭，我拿了根冰棍给他，{{han:冬伢崽}}却不吃，攥在手里一直化到手上。
访谈者：他们有补助吗？
受访者：有，服刑人员子女的，一个伢一个月{{trap/number:八百九十块}}。社区的{{han:过春妹}}来办的，跑了好几趟。我店里有个赊账本，伢们赊东西都记在上面，{{han:问桂英}}从不赊，她讲穷也要穷得硬气。
访谈者：您平时怎么帮他们？
受访者：也冇么个大的帮法。快过期的面包牛奶给伢们拿去恰，下雨天让伢在店里写作业，我看着店顺便看着伢。蒙古奶奶听不懂黎川话，民政所打电话来，我帮她接。有回她把手机落在我店里，民政所的{{han:衷美华}}打不通，急得跑过来，以为出了么个事。
访谈者：孩子们有没有出过事？
受访者：出过。去年暑假{{han:问嘉豪}}跟几个大伢去河里摸鱼，差点淹到，是我男人{{han:饶冬根}}跳下去拉上来的。那以后我跟{{han:问桂英}}讲，伢莫放出去，放了学就到我店里。{{han:问诗涵}}便天天来，趴在冰柜上画画。
访谈者：伢们在店里都做些什么？
受访者：写作业、看电视、帮我理货。{{han:问诗涵}}会数钱了，有时候帮我找零，一块五找成五块，我也不怪她。过年前我给每个伢包一个小红包，十块二十块，是个心意。
访谈者：巷子里还有谁帮忙？
受访者：片区民警{{compound:濮阳国栋}}每个月来转一圈，有回看见网吧门口蹲着伢，就把{{han:问嘉豪}}揪着耳朵拎回来，讲你再来我就打{{trap/hotline:110}}把你奶奶喊来。社工{{compound:颛孙慧敏}}每礼拜六在社区给伢们上课，居委会的{{compound:宗政雅琴}}管登记。{{compound:颛孙慧敏}}的名字难写，表上被写成{{spaced:颛　孙　慧　敏}}，她笑了半天。她还在我店门口贴了张纸，伢们有心事可以打{{trap/hotline:12355}}。
访谈者：名字写错的还有吗？
受访者：学校的表把{{minority/mongolian:塔拉敖登}}写成{{spaced:塔 拉 敖 登}}，{{han:问嘉豪}}写成{{spaced:问 嘉 豪}}，奶奶写成{{spaced:问 桂英}}。
访谈者：本子上都记了谁的电话？
受访者：我怕伢们出事找不到大人，都记了。{{han:问桂英}}的{{mobile@plain}}，{{han:问嘉豪}}他自己也有个QQ：{{qq:2931805467}}。{{minority/mongolian:巴奶奶}}的儿媳妇在内蒙古当护士，也留了个QQ：{{qq:１５４２８０７３６９}}，讲万一奶奶有事好找她。
访谈者：您自己家里呢？
受访者：我崽在{{trap/place:南昌}}上班，女儿嫁到了{{trap/place:抚州}}。我男人腰不好，店里就我守着，一年到头不关门，年三十也开到八点。有人讲我傻，开个小店还管这么多闲事，我讲都是一条巷子看着长大的伢，不管过意不去。我男人讲，我们自己的伢小时候也是街坊帮着带大的，现在轮到我们还。
访谈者：您觉得这些伢最缺的是什么？
受访者：钱是一样，最缺的是有个大人陪。补助再多，晚上回来屋里黑漆漆的，伢心里也慌。
访谈者：登记信息请您说一下。
受访者：我店在{{address:黎川县日峰镇新丰街河背巷12号}}，{{han:问桂英}}家是{{address:新丰街河背巷16号}}。{{han:问诗涵}}的身份证{{id_number@wy2019fw.361022}}，奶奶托我收着复印件。我微信{{wechat:guxiue_xiaomaibu}}，{{han:过春妹}}的微信{{wechat:guo-chunmei88}}。
访谈者：您最想说什么？
受访者：伢们都是好伢，就是命苦，大人莫{{trap/word:辜负}}了伢。这条巷子里最让人心疼的，是{{han:问嘉豪}}。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1489,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout189",))


if __name__ == "__main__":
    main()
