# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 107 (tests/pii/holdout107/H841-H848 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 106, written at the same time by another
writer, is not an earlier set).

Set 107 is about children in distress (困境儿童) and the help they get, in eight new voices, most of them in or
around 延边: a Mongolian father from 科右中旗 (兴安盟) who makes pickles and cold noodles at a food factory in 延吉
while his widowed mother raises his two children at home; a Huarui Tibetan mother from 天祝 (武威) who cooks at a
mutton restaurant in 珲春 while her husband is in prison; a Kazakh mother from 巴里坤 who sells dried milk products
at the market of 延吉 and keeps a husband who lost a leg on the road; a Hui grandfather in 敦化 raising the two
children of his daughter, who died of cancer; a Korean (朝鲜族) grandmother in 龙井 raising two grandchildren whose
parents work in Korea; a Han primary-school teacher in 汪清 (天桥岭镇) who reaches the parents of her pupils on WeChat
and QQ; a Han township civil-affairs officer in 和龙 (八家子镇) reading out his case file; and a Manchu father in 敦化
(大蒲柴河镇) who lost a hand at a sawmill. The emphasis is on forms where a replacement might cover only part of a
name, in a mix rather than one trick: Mongolian names alone and after a Han surname (额尔敦宝勒尔 then 宝勒尔,
包敖其尔, 白温都苏) beside the Han names of the same people (包国伦, 包晓冉); Huarui Tibetan names (德吉草, 闹九加 then
闹九, 冷智加 then 冷智, 曲吉草, 达哇草) and after a Han surname (杨闹九, 杨冷智, 李措毛) beside Han names of Tibetans
(杨德秀); Kazakh given name + father's name with and without the dot (阿克依拉·阿斯勒丹, 阿克依拉阿斯勒丹) and short
forms (阿克依拉, 苏勒坦); Han-form Hui names (马福田, 金玉芹, 海德林) beside 经名 used alone (麦吉德, 哈莉麦, 努乃曼,
凯丽麦) and after a Han surname (杨努乃曼); Korean names in Han form (朴宇镇, 玄明淑, 千英爱, 南宫敏哲, 太永吉) and
nicknames that are words (小熊, 豆芽儿, 木墩儿, 山丁子); Manchu clan names before a given name (瓜尔佳·振福,
瓜尔佳德胜, 那拉·秀云, 富察·春英) beside the Han forms (关振福, 那秀云, 富春英); Han names with common and rare
surnames, titles and kin words, names that contain or end in words (周长城, 王向阳, 赵春雨, 田丰年, 许长安), names
directly before particles and verbs and after 叫/是/给/跟/和/找/让; a surname with only a title or kin word, annotated
whole (金阿訇, 玄老师, 汪所长, 崔奶奶); spaced, dotted and split names; compound surnames after ordinary words; and
numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:许长安}}``, ``{{qq:2871046593}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui, manchu) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1983spaced.152222}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇,
大姐, 奶奶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a surname with only a title or kin word and no given name (金阿訇, 玄老师,
汪所长, 崔奶奶, 杨姐) is annotated whole, as is a nickname. Han-style names of Mongolian, Tibetan, Hui, Korean and
Manchu people (包国伦, 杨德秀, 马福田, 朴宇镇, 关振福) and Korean names with the surname 南宫 are category han; a Han
surname before a non-Han given name (包敖其尔, 杨闹九, 杨努乃曼) and a Manchu clan name before a given name
(瓜尔佳·振福) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout107/make_holdout107.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(107_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui", "manchu")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "177", "180", "185", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H841: Mongolian father from 科右中旗 (兴安盟) at a food factory in 延吉; his wife died, his mother keeps the children.
DOCS["H841"] = ("family", """\
访谈者：您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:额尔敦宝勒尔}}，身份证上的汉名是{{han:包国伦}}，老家在{{trap/place:兴安盟}}{{trap/place:科右中旗}}。厂里的朝鲜族同事念不顺，都喊我{{minority/mongolian:宝勒尔}}。我在{{trap/place:延吉}}一家食品厂干了四年，腌辣白菜、压冷面，一个月到手{{trap/number:四千三}}。
访谈者：孩子们在哪儿？
受访者：在老家，跟着我{{trap/minority_word:额吉}}{{minority/mongolian:萨如拉格日乐}}。她七十三了，腿脚还行。媳妇{{minority/mongolian:苏布达日娜}}前年得尿毒症走了，透析了两年，家里的牛都卖光了。她走那天闺女拉着她的手不放。
访谈者：孩子多大了？
受访者：闺女{{minority/mongolian:阿如那}}十四，学校登记的汉名是{{han:包晓冉}}，在{{school:科右中旗第一中学初二（5）班}}住校。儿子{{minority/mongolian:那木吉拉图}}九岁，在{{school:巴彦呼舒镇第二小学三年级（1）班}}。{{minority/mongolian:那木吉拉图}}他爱哭，打电话老问我啥时候回去。
访谈者：您为什么跑这么远来打工？
受访者：{{trap/place:乌兰浩特}}活儿少，挣得也少。同村的{{minority/mongolian:乌力吉德力格}}先来的延吉，说这边厂子缺人，管吃管住。我们老板是朝鲜族，叫{{han:崔光日}}，人实在，听说我家的事，过年多给了我一个月工资。车间主任{{han:金明哲}}也照顾我，夜班尽量不排我。
访谈者：孩子们在老家谁来帮？
受访者：嘎查达{{minority/mongolian:包敖其尔}}给我额吉报了低保，两个孩子按困境儿童，每人每月补{{trap/number:六百八}}。嘎查的儿童主任是{{minority/mongolian:白温都苏}}，她隔几天去家里看看，孩子病了她给送到{{trap/org:苏木卫生院}}。苏木的民政助理{{han:何振勇}}把材料送到旗{{trap/org:民政局}}，跑了好几趟。旗里社工站来过两个人，一个叫{{compound:司马晓涵}}，还有一个是{{compound:赫连振江}}。{{compound:司马晓涵}}给闺女找了个大学生一对一辅导。
访谈者：学校那边呢？
受访者：闺女的班主任{{han:陈淑韫}}老师每个月跟我视频一回，说{{minority/mongolian:阿如那}}数学好，就是不爱说话。儿子的老师{{han:吴金山}}是蒙古族，让儿子进了学校的{{trap/minority_word:安代舞}}队，说跳舞能把心里的难受跳出去。
访谈者：过年回去吗？
受访者：回去十天。{{trap/minority_word:查干萨日}}那天给额吉磕头，吃{{trap/minority_word:手把肉}}。夏天请不下假，那达慕只能在手机上看。额吉爱给孩子们讲{{trap/famous:嘎达梅林}}的故事，儿子听完就拿根棍子当枪。
访谈者：您身体怎么样？
受访者：腰不好，搬冷面箱子闪过一回。厂里的{{han:韩冬雪}}大姐给我贴膏药，{{han:韩冬雪}}她男人也在厂里开叉车。同宿舍的是{{compound:拓跋振山}}，{{trap/place:黑龙江}}人，晚上我俩喝点小酒，他唱二人转，我唱{{trap/minority_word:长调}}。
访谈者：您跟孩子们多久联系一次？
受访者：每天晚上九点下了班，我蹲在宿舍楼道里给家里打视频。闺女话少，问一句答一句；儿子抢着说，今天在学校得了小红花，明天又说谁谁欺负他了。我额吉就在边上看，不插话，挂了电话她一个人抹眼泪，这些都是闺女后来告诉我的。有一回儿子发烧到三十九度，半夜额吉背不动他，是嘎查达开车送去的。那一夜我在延吉一宿没睡，第二天上班把一整箱冷面掉在了地上。
访谈者：厂里的活累吗？
受访者：累倒不怕。冬天腌菜的时候，车间里水汽大，地上全是盐水，一站就是十个钟头。我们厂也做{{trap/word:包子}}和{{trap/word:白菜}}馅饺子，过年前最忙。工友们知道我家的事，谁家有旧衣服、旧书包都给我留着，我攒一大包寄回去。
访谈者：登记表上要填地址、证件和电话。
受访者：老家是{{address:科右中旗巴彦呼舒镇查干塔拉嘎查三组17号}}，延吉这边住厂里的宿舍，{{address:延吉市北山街道丹英社区民主小区4号楼2单元503室}}。我身份证{{id_number@my1983spaced.152222}}，闺女的{{id_number@wy2011.152222}}。我电话{{mobile@plain}}，额吉不会用手机，有事打{{minority/mongolian:白温都苏}}的电话{{mobile@s434}}。闺女的QQ是她自己注册的，在学校用老师手机登，号是{{qq:2871046593}}。我的微信{{wechat:erdun_baoler83}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:额 尔 敦 宝 勒 尔}}，学校把闺女写成{{spaced:阿如 那}}，额吉写成{{spaced:萨　如　拉　格　日　乐}}，户口本上我媳妇是{{spaced:苏布达 日娜}}。
访谈者：您觉得孩子们最缺的是什么？
受访者：缺个妈。钱的事政策能帮，可闺女来了例假都不知道跟谁说，是儿童主任教的她。我一个当爹的，离着两千多里地，啥也帮不上。
访谈者：以后有什么打算？
受访者：再干两年，攒点钱回{{trap/place:科右中旗}}。厂里人都说{{minority/mongolian:宝勒尔}}能吃苦，可我不图别的，就盼{{minority/mongolian:阿如那}}考上{{trap/place:呼和浩特}}的大学，{{minority/mongolian:那木吉拉图}}跟着姐姐学。
""")

# H842: Huarui Tibetan mother from 天祝 (武威), cook at a mutton restaurant in 珲春; her husband is in prison.
DOCS["H842"] = ("family", """\
访谈者：您是哪里人？怎么到珲春来的？
受访者：我是{{trap/place:武威}}{{trap/place:天祝}}的，华锐藏族。我叫{{minority/tibetan:德吉草}}，户口上的汉名叫{{han:杨德秀}}。在{{trap/place:珲春}}这家羊肉馆做饭三年了，店里人都叫我{{han:杨姐}}。丈夫{{minority/tibetan:闹九加}}五年前跟人打架，把人打成重伤，判了八年，现在在{{trap/place:兰州}}服刑。他一进去，家就散了。
访谈者：孩子们呢？
受访者：两个。女儿{{minority/tibetan:曲吉草}}十五，在天祝跟着奶奶{{minority/tibetan:达哇草}}，在{{school:天祝藏族自治县民族中学初三（2）班}}。儿子{{minority/tibetan:冷智加}}十岁，我带在身边，在{{school:珲春市靖和街道第三小学四年级（3）班}}，老师点名叫他{{minority/tibetan:杨冷智}}，家里叫{{minority/tibetan:冷智}}。{{minority/tibetan:冷智}}也懂事，放学就到馆子后厨写作业。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：女儿知道，{{minority/tibetan:曲吉草}}说她不想提她爸。儿子小，我跟他说爸爸在外地干活。每年去探一次监，{{minority/tibetan:闹九}}他瘦了好多，隔着玻璃跟儿子说话，儿子问爸爸你啥时候回家。
访谈者：天祝那边谁帮着？
受访者：村里的儿童主任{{minority/tibetan:李措毛}}，藏族，嫁了个汉族男人。她给女儿报了服刑人员子女的补助，每月{{trap/number:八百二}}，婆婆也吃上了低保。女儿的班主任是{{minority/tibetan:扎西东智}}老师，让她当了班里的生活委员。乡上的民政干部{{han:王太平}}去年冬天给婆婆送来了煤和棉被。县社工站的{{compound:诸葛秀兰}}跟女儿通信，一个月一封，跟她一起下乡的还有{{compound:欧阳雪松}}。
访谈者：珲春这边呢？
受访者：老板娘{{han:池英兰}}是朝鲜族，让我们娘俩住在店后面的小屋，不收房租。社区网格员{{han:赵永安}}赶在{{trap/word:杨树}}毛满天飞的时候跑了好几趟，帮儿子办了借读，学校的{{han:孙明月}}老师给他免了午餐费。同乡{{minority/tibetan:贡保草}}在{{trap/place:防川}}的饭店洗碗，休息的时候来看我们，给儿子带{{trap/minority_word:酥油}}和{{trap/minority_word:炒面}}。
访谈者：儿子在这边习惯吗？
受访者：刚来不习惯，同学说话夹着朝鲜语，他听不懂。后来跟同桌{{han:朴多恩}}成了好朋友，{{han:朴多恩}}他们家还请我们去吃{{trap/minority_word:冷面}}。{{han:池英兰}}说孩子就是这样，一交上朋友就不想家了。
访谈者：您常去看丈夫吗？
受访者：一年一回。从珲春到兰州，坐火车得两天两夜，来回车票就得一千多，还得请假扣工钱。去了只能见半个钟头，说不了几句话。他每次都说对不起我们娘仨，让我别等他了。我说你好好改造，孩子们还等着你回家。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历年}}在这边没人过，我就给儿子煮一锅{{trap/minority_word:手抓羊肉}}，讲{{trap/famous:格萨尔}}王的故事。女儿每年跟奶奶去{{trap/org:天堂寺}}转经，替她爸磕头。
访谈者：馆子里的活累吗？
受访者：累。早上五点起来和面、炖肉，晚上十点才收拾完。冬天来吃羊肉的人多，一天要炖三锅。儿子放学就坐在后厨的小凳上写作业，油烟大，我心里过意不去，可也没别的地方放他。老板娘说等儿子上了初中，就让他住到她妹妹家去，离学校近。
访谈者：您想过回天祝吗？
受访者：想过。可回去没活干，婆婆的药钱、女儿的学费都得我挣。在珲春一个月能挣三千五，比在老家多一倍。我每个月给婆婆寄一千五，剩下的交儿子的学费、买菜。过年我不回去，馆子里忙，工钱给得多。女儿放暑假来珲春住一个月，娘仨挤一张床，那是一年里最高兴的时候。我带他们去海边看{{trap/place:日本海}}，儿子说原来海是这个样子。
访谈者：登记表上要填的。
受访者：老家{{address:天祝县朵什乡上泉村三社14号}}，珲春住的是{{address:珲春市新安街道园丁小区7号楼1单元102室}}。我身份证{{id_number@wy1987quad.620623}}，儿子的{{id_number@my2015fw.620623}}。我电话{{mobile@spaced}}，{{minority/tibetan:李措毛}}的电话{{mobile@p86h}}。我的微信是{{wechat:dejicao_tz87}}。女儿有QQ，她把号码写在给我的信后头了，{{qq:1739260458}}。
访谈者：名字在表上写得对吗？
受访者：女儿在学籍上是{{spaced:曲　吉　草}}，她爸在判决书上是{{minority/tibetan:杨闹九}}，探监登记又写成{{spaced:闹 九 加}}。我的健康证上是{{spaced:杨 德 秀}}。
访谈者：最后想说什么？
受访者：等{{minority/tibetan:闹九加}}出来，一家人就回{{trap/place:天祝}}去。我想让{{minority/tibetan:冷智加}}一直念下去，别像他爸那样冲动。
""")

# H843: Kazakh mother from 巴里坤 who sells dried milk products in 延吉; her husband lost a leg on the road.
DOCS["H843"] = ("family", """\
访谈者：您在延吉做什么？
受访者：我叫{{minority/kazakh:玛丽娅·库尔曼}}，从{{trap/place:哈密}}{{trap/place:巴里坤}}来的，在{{trap/place:延吉}}{{trap/place:西市场}}卖{{trap/minority_word:奶疙瘩}}、奶酪和{{trap/minority_word:包尔萨克}}，货是我弟弟从老家寄来的。
访谈者：怎么会来延吉？
受访者：男人{{minority/kazakh:阿斯勒丹·塔斯恒}}以前在这边做牛羊肉生意。前年冬天他去{{trap/place:图们}}收羊，路上翻了车，一条腿没了，腰也伤了，现在坐轮椅。{{minority/kazakh:阿斯勒丹}}他心里苦，不愿出门。我就接着做生意，一家人靠这个摊子。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/kazakh:阿克依拉·阿斯勒丹}}十三，留在巴里坤跟奶奶{{minority/kazakh:卡丽曼·努尔别克}}，在{{school:巴里坤县第二中学初一（4）班}}。儿子{{minority/kazakh:别克苏勒坦·阿斯勒丹}}十岁，家里叫他{{minority/kazakh:苏勒坦}}，跟着我在延吉念书，在{{school:延吉市河南街道第六小学四年级（2）班}}。小女儿{{minority/kazakh:达丽娅}}五岁，上社区幼儿园。
访谈者：大女儿在老家，谁照看？
受访者：奶奶七十了，眼睛不好。村里的儿童主任{{minority/kazakh:哈孜木·波拉提}}常去看，给{{minority/kazakh:阿克依拉}}报了困境儿童补贴，每月{{trap/number:五百四十}}。乡里的民政专干{{han:周海洋}}把男人的残疾证和两项补贴都办下来了，{{trap/org:县残联}}还给了一辆轮椅。{{minority/kazakh:阿克依拉}}她学习好，班主任{{han:郑家兴}}老师说她能考{{trap/place:乌鲁木齐}}的内高班。
访谈者：延吉这边呢？
受访者：市场管理处的{{han:刘家宝}}给我减了摊位费。隔壁卖米肠的{{han:金顺福}}大姐是朝鲜族，教我说朝鲜话，下雨天帮我收摊。儿子的老师{{han:唐晓光}}每周来家里一回，给{{minority/kazakh:苏勒坦}}补汉语。社区的社工叫{{compound:公孙丽娟}}，她帮我男人找了康复科的{{han:冯海涛}}大夫。
访谈者：您男人现在怎么样？
受访者：在家做康复，{{minority/kazakh:阿斯勒丹}}也慢慢想开了，在手机上帮我卖货。老乡{{minority/kazakh:叶斯木汗}}从乌鲁木齐来看他，两个人弹着{{trap/minority_word:冬不拉}}唱了一晚上。我公公{{minority/kazakh:塔斯恒}}年轻时是{{trap/minority_word:阿肯}}，男人说等身体好了，回去看{{trap/minority_word:阿肯弹唱会}}。
访谈者：您男人的康复要花不少钱吧？
受访者：假肢就得两万多，医保报一部分，残联补一部分，剩下的我们借的。每个礼拜去医院做两回康复，打车来回六十块。他心疼钱，说不去了，我硬拉着他去。医生说再练半年就能拄拐走路了。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:纳吾肉孜节}}我煮一锅{{trap/minority_word:纳吾肉孜粥}}，请{{han:金顺福}}大姐来吃。{{minority/kazakh:达丽娅}}就爱听我讲{{trap/famous:阿拜}}的诗，一句也听不懂，就是爱听。
访谈者：生意好做吗？
受访者：夏天游客多，{{trap/place:延边}}人也爱吃奶制品，一天能卖四五百块。冬天人少，就靠老顾客。有个朝鲜族老太太每个礼拜来买一斤奶疙瘩，说泡在茶里给她老伴喝，治胃病。我也在网上卖，男人管打包，儿子写快递单，一家人都上阵。
访谈者：一个人撑这么多事，累吗？
受访者：累。早上四点起来进货，晚上收了摊还要给男人按腿。有时候想哭，一看孩子们睡着的样子就又有劲了。这边冬天冷，比巴里坤还冷，手上裂的口子一直好不了。
访谈者：孩子们说什么话？
受访者：在家说哈萨克语，在学校说汉语。{{minority/kazakh:苏勒坦}}他跟同学学了几句朝鲜话，回家教他妹妹，一家人说三种话，{{trap/word:金黄}}的奶疙瘩摆一桌，热闹得很。大女儿打电话来，说奶奶又把药忘了吃，我就托村里的人去提醒。
访谈者：登记表上的信息。
受访者：老家在{{address:巴里坤县萨尔乔克乡阔拉村三组9号}}，延吉住{{address:延吉市河南街道新兴社区和谐小区12号楼3单元401室}}。我身份证{{id_number@wy1986tri.650521}}，男人的{{id_number@my1982fwspaced.650521}}。我电话{{mobile@hyphen}}，男人的{{mobile@plus86}}。卖货的微信是{{wechat:Kurman_Maria86}}。大女儿用奶奶的手机上QQ，号码她写在我的本子上了，说有事就找她：{{qq:3062915847}}。
访谈者：名字在表上怎么写？
受访者：乱。大女儿户口上是{{minority/kazakh:阿克依拉阿斯勒丹}}，没有点，学校写{{spaced:阿克依拉 · 阿斯勒丹}}。我在摊位证上是{{spaced:玛 丽 娅 · 库 尔 曼}}，儿子在花名册上是{{spaced:别克苏勒坦 阿斯勒丹}}。
访谈者：以后的打算？
受访者：把{{minority/kazakh:苏勒坦}}和{{minority/kazakh:达丽娅}}带大，让{{minority/kazakh:阿克依拉}}好好念书，将来当医生。
""")

# H844: Hui grandfather in 敦化 raising the two children of his daughter, who died of cancer.
DOCS["H844"] = ("family", """\
访谈者：大爷，您家里的情况说说吧。
受访者：我叫{{han:马福田}}，经名{{minority/hui:麦吉德}}，今年六十八，住在{{trap/place:敦化}}城东。老伴{{han:金玉芹}}，经名{{minority/hui:哈莉麦}}。我们就一个闺女{{han:马凤霞}}，经名{{minority/hui:舍丽法}}，前年得了胃癌，三十六岁就{{trap/minority_word:无常}}了。
访谈者：孩子们的父亲呢？
受访者：女婿{{han:杨文轩}}在{{trap/place:长春}}打工，闺女走了不到一年他又成了家，一年打不了两回电话，钱也不寄。两个外孙就跟着我们老两口过。
访谈者：孩子们多大了？
受访者：外孙{{han:杨晨阳}}十一，经名{{minority/hui:努乃曼}}，寺里的名册上写{{minority/hui:杨努乃曼}}。外孙女{{han:杨一诺}}七岁，经名{{minority/hui:凯丽麦}}。{{minority/hui:努乃曼}}在{{school:敦化市第三小学五年级（4）班}}，妹妹在同校一年级。{{minority/hui:凯丽麦}}她长得像她妈，我一看见她心里就疼。
访谈者：谁帮了你们？
受访者：{{trap/org:清真寺}}的{{han:金永昌}}阿訇，我们都叫他{{han:金阿訇}}。{{han:金阿訇}}还叫上乡老给孩子凑了学费，每到{{trap/minority_word:主麻}}日还给我们送{{trap/minority_word:油香}}。社区的儿童主任{{han:沙凤英}}也是回族，她给两个孩子报了事实无人抚养，每人每月{{trap/number:一千一百八}}，我和老伴也吃上了低保。市{{trap/org:民政局}}的{{han:谢东风}}科长来家里核过一回。
访谈者：孩子们学习怎么样？
受访者：{{minority/hui:努乃曼}}的班主任{{han:袁秋菊}}老师说孩子聪明，就是上课发呆。学校的心理老师叫{{compound:慕容凤英}}，每周找他谈一回。外孙女上学前班的时候，{{han:程晓雪}}老师教她画画，她画了一张她妈，贴在炕头上。
访谈者：邻居们怎么样？
受访者：对门{{han:海德林}}，经名{{minority/hui:札希德}}，开牛肉铺，隔三岔五给我们送点牛骨头熬汤。{{han:海德林}}他媳妇过年还给孩子们做新衣裳。楼上的{{han:丁桂荣}}大姐是汉族，教外孙女包饺子、跳皮筋。
访谈者：您老两口身体呢？
受访者：我有糖尿病，老伴腿脚不灵。{{minority/hui:哈莉麦}}她每天早上还起来给孩子们做饭，{{trap/word:马上}}七十的人了，过节还炸{{trap/minority_word:馓子}}。去年{{trap/minority_word:开斋节}}，外孙跟我去寺里礼拜，回来说姥爷，我长大也当阿訇。给我看病的是市医院的{{compound:欧阳永福}}，他给我减了挂号费，还教我自己打胰岛素。
访谈者：孩子们在家守教门吗？
受访者：守。外孙每个礼拜六去寺里念经，跟着学阿拉伯字母。外孙女小，跟着她姥姥学洗小净。我跟他们说，守教门就是做好人，不说谎、不偷懒、孝敬老人。
访谈者：钱够用吗？
受访者：紧巴。低保加上孩子的补助，一个月三千来块，药钱就得七八百。{{trap/place:延边}}冬天长，烧煤也是一笔。我有事就找{{han:沙凤英}}，她帮我们申请了冬季取暖补贴，又给外孙联系了一个助学的项目，每学期一千。
访谈者：孩子们提起妈妈吗？
受访者：外孙不提，他把妈妈的照片夹在语文书里，我去开家长会才看见。外孙女常问，姥爷，妈妈是不是去很远的地方了。我就说是，等你长大了就明白了。每年闺女的忌日，我带两个孩子去坟上，请阿訇念个经，回来炸一锅油香，分给左邻右舍。
访谈者：孩子们的父亲还来看吗？
受访者：来过两回，带了些吃的。外孙不理他，躲在屋里不出来。我说到底是孩子的爹，该让见还得让见。他答应每个月给五百块，给了三个月就断了。找过社区调解，也没用。我也不想跟他打官司，就当没这个人。
访谈者：登记表上的信息。
受访者：家在{{address:敦化市胜利街道北山社区回民小区2号楼3单元602室}}，闺女原先住在{{address:敦化市黄泥河镇东兴村五组11号}}。我身份证{{id_number@my1957.222403}}，外孙女的{{id_number@wy2018fwhyphen.222403}}。我电话{{mobile@plus86dash}}，{{han:沙凤英}}的电话{{mobile@fullwidth}}。外孙给我注册了个微信，叫{{wechat:mafutian_1957}}。他自己有QQ，是他舅舅给弄的，号码记在寺里名册背面：{{qq:41862307}}。
访谈者：名字都写对了吗？
受访者：名册上把外孙写成{{spaced:努　乃　曼}}，闺女的死亡证明上是{{spaced:马 凤 霞}}，经名又写成{{spaced:舍丽 法}}。
访谈者：最后您想说什么？
受访者：我怕我和{{minority/hui:哈莉麦}}走在前头。就盼着{{minority/hui:努乃曼}}和{{minority/hui:凯丽麦}}长大成人，有个好工作。
""")

# H845: Korean (朝鲜族) grandmother in 龙井 raising two grandchildren whose parents work in Korea.
DOCS["H845"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：现在就我和两个孙子。我叫{{han:崔顺玉}}，今年六十九，住在{{trap/place:龙井}}{{trap/place:东盛涌镇}}，村里的孩子都叫我{{han:崔奶奶}}。老头子{{han:朴在民}}前些年脑出血走了。儿子{{han:朴成日}}和儿媳{{han:李贞淑}}在{{trap/place:韩国}}打工，儿子在{{trap/place:仁川}}的造船厂，儿媳在{{trap/place:首尔}}的饭店刷碗，五年没回来了。
访谈者：孙子们多大？
受访者：大孙子{{han:朴宇镇}}十二，小名叫{{han:小熊}}，在{{school:龙井市东盛涌镇中心小学六年级（1）班}}。孙女{{han:朴夏琳}}八岁，在同一个学校二年级，我叫她{{han:夏琳}}，有时候叫她{{han:豆芽儿}}，她小时候瘦得跟豆芽似的。
访谈者：孩子们想爸妈吗？
受访者：想。{{han:小熊}}他嘴硬，说不想，晚上偷偷看他妈的照片。{{han:豆芽儿}}都八岁了，每天晚上还要跟她妈视频。{{han:朴成日}}他在那边也不容易，签证到了期还得回来重新办，{{trap/word:千万}}个不放心，也只能打电话。
访谈者：家里开支靠什么？
受访者：儿子每个月寄点钱，有时候两个月寄一回。我有{{trap/number:一千一百多}}的养老金。村里的儿童主任{{han:千英爱}}把两个孩子登进了留守儿童台账，每个月来两回。去年我住院，{{han:千英爱}}帮我申请了临时救助，给了{{trap/number:三千块}}。
访谈者：学校那边呢？
受访者：{{han:小熊}}的班主任{{han:玄明淑}}老师，朝鲜族，对孩子特别上心。{{han:玄老师}}说孩子数学好，就是爱跟同学打架。{{han:夏琳}}的老师是汉族，叫{{han:姚丽华}}，教她普通话。学校来了个社工叫{{han:南宫敏哲}}，小伙子，带男孩子们踢足球。
访谈者：还有谁帮忙？
受访者：邻居{{han:全春子}}，我们俩一起在{{trap/org:老年协会}}跳舞。{{han:全春子}}家儿女也都在韩国，我们俩互相照应。村里的{{han:太永吉}}书记帮我修过房顶。镇卫生院的{{han:金昌浩}}大夫每个月来给我量血压。市{{trap/org:妇联}}派来的是{{compound:长孙丽华}}，她跟{{compound:宇文秀琴}}一起给孩子们送过书包和冬衣。
访谈者：孙子们在学校吃得好吗？
受访者：学校有营养午餐，不要钱。晚上回家我给他们做大酱汤、拌桔梗，孙子爱吃肉，我就一个礼拜买一回五花肉。村里的超市老板知道我家情况，肉给得多，秤也给得高。
访谈者：孩子们跟您说朝鲜话还是汉话？
受访者：在家说朝鲜话，在学校说汉话。{{han:夏琳}}说她长大要去韩国找妈妈，我说你先把书念好。我跟她说，人穷不要紧，穿得{{trap/word:朴素}}点也不要紧，做人得实在。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:秋夕}}给老头子上坟，做{{trap/minority_word:打糕}}和{{trap/minority_word:松饼}}。正月里孩子们在院子里玩{{trap/minority_word:跳板}}。我还给他们念{{trap/famous:尹东柱}}的诗，他也是我们{{trap/place:龙井}}人。
访谈者：您一个人照顾两个孩子，身体吃得消吗？
受访者：吃不消也得吃得消。我有高血压，腿也疼，早上四点起来给孩子们做饭，包紫菜包饭让他们带到学校。冬天烧炕，一天添三回柴。有一回我在院子里滑倒了，躺了半天起不来，是放学回来的孙子把我扶进屋的。那以后他每天放学都跑着回家，说怕奶奶再摔着。
访谈者：儿子儿媳打算回来吗？
受访者：说再干两年，攒够了钱就回来，在龙井开个小饭店。我说你们说了五年了。孩子们也不问了，问了也是这句话。我不怪他们，村里年轻人都这样，在家种地挣不着钱。
访谈者：登记表上的信息。
受访者：家在{{address:龙井市东盛涌镇仁化村二组26号}}，儿子在城里买的小房子空着。我身份证{{id_number@wy1956.222405}}，孙女的{{id_number@wy2017quad.222405}}。我电话{{mobile@s38}}，{{han:千英爱}}的电话{{mobile@h38}}。儿子在韩国用微信，号是{{wechat:pak_sungil_ic}}，儿媳的微信{{wechat:Zhenshu_lee0712}}。大孙子有QQ，号码他写在我的挂历上了，让我有事给他留言：{{qq:975302846}}。
访谈者：名字在表上写得对吗？
受访者：医保单上孙子是{{spaced:朴 宇 镇}}，社工在名单上是{{spaced:南　宫　敏　哲}}，我在老年协会名单上是{{spaced:崔顺 玉}}。
访谈者：您最大的心愿？
受访者：盼{{han:朴成日}}两口子早点回来，一家人在一张桌子上吃顿饭。
""")

# H846: Han primary-school teacher in 汪清 (天桥岭镇) and the parents of her pupils on WeChat and QQ.
DOCS["H846"] = ("staff", """\
访谈者：您班上的困境儿童多吗？
受访者：我叫{{han:孙秋月}}，在{{trap/place:汪清}}{{trap/place:天桥岭镇}}教了十五年书，现在带{{school:天桥岭镇中心小学四年级（2）班}}。全班三十一个孩子，十四个留守，五个是困境儿童。家长在外地的、在韩国的都有，平时联系全靠微信和QQ。
访谈者：先说第一个。
受访者：{{han:王家旺}}，十岁。爸爸偷木头被判了三年，妈妈走了，孩子跟爷爷过。爷爷不会用智能手机，我加的是孩子姑姑{{han:王春芬}}，她在{{trap/place:青岛}}打工，微信是{{wechat:wangchunfen_qd}}。{{han:王家旺}}他爱画画，画的全是大房子，说等他爸回来一家人住进去。
访谈者：第二个呢？
受访者：{{han:李家顺}}，父母三年前去{{trap/place:延吉}}的路上出了车祸，两个都没了。孩子跟舅舅{{han:彭志远}}过，领孤儿基本生活费，每月{{trap/number:一千五百六}}。{{han:彭志远}}跟我说他在镇上开修车铺，QQ用得比微信多，号码他说了两遍我才记下来：{{qq:2390517864}}。{{han:李家顺}}也乖，就是不爱说话，下课一个人坐在操场边上。
访谈者：第三个？
受访者：{{han:朴敏俊}}，朝鲜族，爸妈在韩国，跟奶奶过。他妈{{han:金善爱}}那边忙，每周跟我视频一回，微信是{{wechat:sunae_kim_kr}}。{{han:朴敏俊}}说他妈寄来的巧克力，他全分给了同学。
访谈者：第四个？
受访者：{{han:周晓月}}，妈妈得了白血病，在{{trap/place:长春}}住院，爸爸{{han:周长城}}辞了工作陪床，孩子跟外婆过。{{han:周长城}}说孩子就托付给我了，他QQ头像是孩子的照片，号是{{qq:1856603729}}。学校给{{han:周晓月}}申请了困境儿童补贴，班里同学捐了{{trap/number:两千四百多}}。
访谈者：第五个？
受访者：{{han:宋明亮}}，爸爸在林场让倒下的树砸断了腿，妈妈{{han:沈红梅}}在镇上饭店打工，一个人挣全家的钱。{{han:沈红梅}}她下班晚，我就让{{han:宋明亮}}放学到我办公室写作业。他爸的电话{{mobile@spaced}}，妈妈的{{mobile@s74}}。
访谈者：学校和村里怎么配合？
受访者：校长{{han:丁向东}}每学期组织一回家访，教导主任{{han:阚玉洁}}管困境儿童台账。村里的儿童主任{{han:罗永和}}也是村主任，大家都叫他{{han:罗村长}}。镇社工站来了两个社工，一个叫{{compound:令狐美玲}}，还有一个是{{compound:上官晓丽}}。{{compound:令狐美玲}}每个月来班上给孩子们上一节心理课。我同事{{compound:东方晓敏}}教音乐，带孩子们排了个合唱。
访谈者：家长群里的事多吗？
受访者：多。有家长半夜在群里发语音，说孩子不接电话。我的工作微信是{{wechat:sunqiuyue_tql}}，家长有事都找这个号。
访谈者：过节的时候呢？
受访者：六一{{trap/org:团县委}}送来了书包。中秋节我带孩子们做月饼，给他们讲{{trap/famous:嫦娥}}奔月。{{han:王家旺}}问我，嫦娥一个人在月亮上冷不冷，我半天没答上来。
访谈者：这些孩子在学习上跟得上吗？
受访者：有好有差。留守的孩子作业没人管，爷爷奶奶不识字，我们就在学校搞了个课后服务，放学后留一个钟头，老师轮流看着写作业。冬天天黑得早，四点半就得放，路远的孩子我们得送到村口。镇里给配了一辆校车，司机是个退伍兵，对孩子们可好了。
访谈者：您自己觉得最难的是什么？
受访者：是孩子心里的事。钱的事有政策，心里的事得一点点焐。{{han:宋明亮}}有一回在作文里写，他想变成一棵树，替他爸挨那一下。我拿着作文本在办公室坐了好半天。
访谈者：您自己也是家长吧？
受访者：是，我儿子在{{trap/place:延吉}}上高中，住校。有时候我想，我天天管别人家的孩子，自己的孩子倒顾不上。可一看见这几个孩子，就觉得他们更需要人。我老公说我是操心的命。
访谈者：登记信息？
受访者：{{han:王家旺}}爷爷家在{{address:汪清县天桥岭镇新胜村三组19号}}，{{han:周晓月}}外婆家在{{address:汪清县汪清镇长荣社区福泰小区6号楼2单元302室}}。{{han:李家顺}}的身份证{{id_number@my2015.222424}}。
访谈者：名字有写错的吗？
受访者：花名册上{{han:朴敏俊}}被写成了{{spaced:朴 敏 俊}}，{{compound:东方晓敏}}在工资单上是{{spaced:东 方 晓 敏}}，{{han:周晓月}}的补贴表上是{{spaced:周晓 月}}。
""")

# H847: Han township civil-affairs officer in 和龙 (八家子镇) reading out his case file.
DOCS["H847"] = ("staff", """\
访谈者：您在镇里管民政多久了？
受访者：八年了。我叫{{han:许长安}}，在{{trap/place:和龙}}{{trap/place:八家子镇}}管民政和儿童福利，也是镇里的儿童督导员。我这本台账上登着十一个困境儿童，我挑几户说。
访谈者：好。
受访者：头一户户主{{han:田丰年}}，四十二岁，尿毒症，每周两回去{{trap/place:延吉}}透析。媳妇跟他离了，两个孩子{{han:田雨泽}}、{{han:田雨萌}}跟着他。{{han:田丰年}}说他一个大老爷们儿，连给闺女扎辫子都不会。全家吃低保，两个孩子每人每月{{trap/number:六百五十}}。户主身份证{{id_number@my1982hyphen.222406}}，住{{address:和龙市八家子镇北沟村二组5号}}。
访谈者：第二户？
受访者：孤儿{{han:韩秋生}}，十三岁。他爸在{{trap/place:南坪}}的矿上出事，他妈第二年喝药走了，孩子跟爷爷{{han:韩德厚}}过，孤儿基本生活费每月{{trap/number:一千五百八}}。{{han:韩秋生}}他学习好，在{{school:和龙市第二中学初一（3）班}}，班主任是{{han:萧雨}}。孩子身份证{{id_number@my2012x.222406}}，爷爷的电话{{mobile@plus86spaced}}。
访谈者：第三户呢？
受访者：{{compound:尉迟建国}}家。{{compound:尉迟建国}}在林场伐木，让树砸了脊椎，一级残疾。媳妇{{han:蒋晓风}}在家照顾他，儿子{{compound:尉迟晓峰}}在{{school:八家子镇中心小学五年级（1）班}}。表上把他写成过{{spaced:尉　迟　建　国}}，还有一张写成{{spaced:尉迟 建国}}，我都改过来了。户主身份证{{id_number@mmidspaced.222406}}，地址{{address:和龙市八家子镇上南村四组12号}}。
访谈者：第四户？
受访者：{{han:赵春雨}}，九岁。爸爸吸毒被强制隔离戒毒，妈妈{{han:申春花}}是朝鲜族，去韩国三年没音讯，孩子跟奶奶{{han:赵秀琴}}过，按事实无人抚养报的。申请表上孩子写成{{spaced:赵春 雨}}，被退回来一次。奶奶电话{{mobile@p86n}}，她家在{{address:和龙市文化街道青山社区和兴小区9号楼1单元501室}}。
访谈者：第五户？
受访者：户主{{han:王向阳}}在监狱里，媳妇走了，儿子{{han:王子骞}}跟姑姑过。{{han:王向阳}}也写信回来，问孩子长多高了。姑姑用QQ跟我联系，号码她发在镇里的工作群里了，是{{qq:1574082936}}。
访谈者：镇里谁跟您一起做这些事？
受访者：民政所所长{{han:汪海波}}，大家叫他{{han:汪所长}}，{{han:汪所长}}跑市里跑得最多。儿童主任有七个，北沟村的是{{han:邓春华}}，上南村的是{{han:范春江}}。市里派来的社工是{{compound:皇甫国良}}。市{{trap/org:民政局}}儿童福利科管我们的是{{compound:闾丘海燕}}。
访谈者：这些孩子的钱是怎么发的？
受访者：直接打到监护人的社保卡上，每月十号前到账。我们每季度核一次，看孩子还在不在家、监护人换没换。有的爷爷奶奶把钱存起来不舍得花，孩子冬天还穿单鞋，我们就得上门说，这钱是给孩子吃穿的，该花就得花。也有极少数监护人拿孩子的钱喝酒，那就得换监护人，跟村里、派出所一块儿处理。
访谈者：台账上名字写错的多吗？
受访者：多。{{compound:皇甫国良}}在培训名单上是{{spaced:皇 甫 国 良}}，{{compound:闾丘海燕}}被写成{{spaced:闾 丘 海 燕}}，{{han:王向阳}}写成{{spaced:王 向 阳}}。
访谈者：这些孩子里头，有让您特别放心不下的吗？
受访者：{{han:赵春雨}}。奶奶快八十了，耳朵聋，孩子放学回家连口热饭都吃不上。我们给她申请了爱心午餐，又托邻居晚上照看一下。孩子跟我说，叔叔，我妈是不是不要我了。我不知道咋回答，只能说你妈在那边也想你。
访谈者：群众有事怎么找你们？
受访者：打镇政府电话，或者打{{trap/hotline:12345}}。有一回我们正念叨{{han:汪所长}}，他就推门进来了，真是说{{trap/famous:曹操}}曹操到，大伙儿笑了半天。
访谈者：你们多久走访一次？
受访者：困境儿童一个月至少一次，特别困难的两周一次。镇里就两个人管这摊事，十二个村，有的在山沟里，冬天雪大车进不去，得走路。走访要看孩子吃的、住的、穿的，还要问学习，回来填表、拍照、录系统。一个月下来光表就得填几十张。可你真到了孩子家里，看见那个样子，就觉得这些表不能糊弄。
访谈者：您觉得工作里最难的是什么？
受访者：是那些够不上政策的。爹妈一个在外打工、一个病着的，既不是孤儿，也算不上事实无人抚养，补贴给不了，只能靠我们常去看看。我的手机二十四小时开着。
""")

# H848: Manchu father in 敦化 (大蒲柴河镇) who lost a hand at a sawmill; his wife has rheumatoid arthritis.
DOCS["H848"] = ("family", """\
访谈者：您的手是怎么伤的？
受访者：前年冬天在锯木厂，带锯把右手卷进去了，手腕往下都没了。我叫{{han:关振福}}，满族，家谱上写的是{{minority/manchu:瓜尔佳·振福}}，家在{{trap/place:敦化}}{{trap/place:大蒲柴河镇}}。
访谈者：家里还有谁？
受访者：媳妇{{han:那秀云}}，她娘家谱上是{{minority/manchu:那拉·秀云}}。她得了类风湿，手指头都变了形，干不了重活。两个孩子，儿子小名{{han:木墩儿}}，大名{{han:关子墨}}，十二岁；闺女小名{{han:山丁子}}，大名{{han:关雨禾}}，八岁。{{han:木墩儿}}懂事，放了学就劈柴、喂鸡。{{han:山丁子}}爱笑，像她妈年轻的时候。
访谈者：手伤了以后，家里怎么过？
受访者：锯木厂老板{{han:郎永庆}}赔了{{trap/number:六万}}，就再不管了。镇里给办了残疾证，领残疾人两项补贴，全家吃了低保，两个孩子按困境儿童每人每月{{trap/number:四百九}}。村里的儿童主任{{han:富春英}}也是满族，谱名{{minority/manchu:富察·春英}}。{{han:富春英}}她把{{han:山丁子}}送到镇上的托管班，不要钱。镇里的民政助理{{han:卢建军}}每季度来一回，看看缺啥。
访谈者：孩子们在学校怎么样？
受访者：{{han:木墩儿}}在{{school:大蒲柴河镇中心学校六年级（2）班}}，班主任{{han:舒广厚}}老师也是满族。{{han:舒广厚}}说孩子作文写他爸的手，全班都哭了。{{han:山丁子}}在{{school:大蒲柴河镇腰甸子村小学二年级（3）班}}，老师是个刚毕业的姑娘。
访谈者：您父亲还在吗？
受访者：在，我爹{{han:关德胜}}八十了，谱名{{minority/manchu:瓜尔佳德胜}}，他老给孙子讲{{trap/famous:努尔哈赤}}的故事，说我们家祖上是镶黄旗。{{han:关德胜}}就爱热闹，{{trap/minority_word:颁金节}}带孙子去城里看表演，回来给孩子们做{{trap/minority_word:萨其马}}，冬天蒸{{trap/minority_word:黏豆包}}。
访谈者：谁帮过你们？
受访者：市{{trap/org:残联}}的{{compound:公孙振东}}给我装了假手，一只手也能拿筷子了。给{{han:木墩儿}}联系助学金的是社工{{compound:段干秀梅}}。邻居{{han:老佟}}天天来帮我挑水劈柴，他说{{han:关振福}}你别跟我客气。村里还有个朝鲜族老太太，也{{trap/word:关心}}孩子，给{{han:山丁子}}织了件毛衣。
访谈者：您自己现在能干什么活？
受访者：能喂猪、扫院子。开春我想跟{{han:郎永庆}}再要点钱，他说找律师，我找了镇{{trap/org:司法所}}，人家说帮我问问。媳妇说算了，一家人好好的比啥都强。
访谈者：您媳妇的病怎么样？
受访者：一到阴天下雨就疼得下不了炕。吃药能顶一阵，可药贵，一个月得五六百。大病救助报了一部分，剩下的靠低保挤。她手不好，我手没了一只，两个人加起来才凑一双手。做饭的时候她切菜，我烧火；洗衣服的时候她搓，我拧不了，就让儿子帮着拧。
访谈者：村里人怎么看您家？
受访者：都挺好。我们屯子满族多，老辈人讲究互相帮衬。秋天收苞米，前后院的都来帮忙，一天就收完了。谁家杀年猪，都给我们送一盆血肠。屯子里最老的是{{minority/manchu:萨克达·宝贵}}老爷子，九十了，还会说几句{{trap/minority_word:满语}}，没事就把孩子们叫到他家炕上，教他们用满语数数，讲老辈人放山挖参的事。{{han:木墩儿}}回来学给我听，一二三四念得有模有样。
访谈者：孩子们知道您的难处吗？
受访者：知道。{{han:木墩儿}}说他长大要当医生，给他爸接一只手。我说那是瞎说，他说{{trap/place:长白山}}上的人参能长出来，手为啥不能。
访谈者：您以后有什么打算？
受访者：镇里说可以给我安排个护林员的活儿，一个月一千多，巡山不用两只手。我想试试。媳妇在家做点手工，剪窗花、绣鞋垫，赶集的时候卖。日子慢慢熬吧，熬到孩子们长大就好了。
访谈者：登记信息？
受访者：家在{{address:敦化市大蒲柴河镇腰甸子村三组7号}}。媳妇的身份证{{id_number@wy1984x.222403}}。我电话{{mobile@fws}}。微信是闺女帮着注册的，我一只手打字慢，叫{{wechat:guan_zhenfu80}}。儿子有QQ，号码写在他的作业本皮上，{{qq:2650913748}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上我是{{spaced:关 振 福}}，家谱录到网上写成{{spaced:瓜 尔 佳 · 振 福}}，媳妇写成{{spaced:那拉 · 秀云}}，儿童主任写成{{spaced:富察 春英}}。
访谈者：最后您想说什么？
受访者：手没了还能活，孩子得好好念书。{{han:那秀云}}也这么说。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=841,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout106",))


if __name__ == "__main__":
    main()
