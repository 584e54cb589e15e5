# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 190 (tests/pii/holdout190/H1505-H1512 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 191, written at the same time, is not
an earlier set).

Set 190 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
南丰 (抚州, Jiangxi) and 泗阳 (宿迁, Jiangsu): a Uyghur father from 伽师 who peels poplar veneer in a board mill in
新袁镇 (泗阳), his Han wife in prison for drawing cash for an online-loan ring and their son with cerebral palsy; a
Mongolian grandmother from 巴林右旗 raising in 太和镇 (南丰) the two children of her dead daughter, their Han father,
an orange grower, in prison; a Kazakh mother from 特克斯 who feeds fish on a pond by 成子湖 (裴圩镇, 泗阳), her Han
husband, a former soldier, paralysed by an electric shock at the pond; a Han grandfather, an orange grower in 市山镇
(南丰), raising his son's two children, the son in prison for drugs and their Tibetan mother gone home to 道孚; a Han
儿童主任 of 东坑村 (太和镇) reading out her ledger; a Han social worker of the 裴圩镇 station answering calls during the
interview; a Han kindergarten teacher of the 市山镇 central kindergarten; and a Han police officer of the household
registry at the 众兴 police station (泗阳). The 南丰 voices speak Gan (冇, 么个, 渠, 崽, 伢崽, 蛮, 几多, 晓得, 莫),
the 泗阳 voices the speech of 宿迁 (俺, 啥, 咋, 管, 不孬, 大大).

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick, with Han names making up a little over half of the persons: a Uyghur given name + father's name written with
every dot people use, and none: ``·`` (艾尔帕提·托合提, 孜乐菲耶·艾尔帕提), ``‧`` (夏木西丁‧艾尔帕提), ``・`` from a
Japanese input method (孜乐菲耶・艾尔帕提), a full stop (艾尔帕提.托合提, 孜乐菲耶.艾尔帕提), nothing (艾尔帕提托合提,
孜乐菲耶艾尔帕提) and spaced dots (艾尔帕提 . 托合提, 孜乐菲耶 · 艾尔帕提), with short forms and forms of address
(帕提, 老帕, 菲耶, 小西丁) and the Han mother's surname before the daughter's Uyghur name on the roll (仲孜乐菲耶);
Mongolian names whose parts read like Han words or surnames: 乌云珠拉 (and 乌奶奶) beside the word 乌云压顶, the girl
曾敖敦图雅 / 敖敦图雅 / 小敖敦 beside Han people surnamed 敖 (敖春生, 敖卉芬, 敖红梅, 敖金凤), the boy 孟根仓 taken for a
孟 (曾孟根 on the roll, 小孟 from classmates, 仓仓 from his grandmother), and 萨日朗图雅, 铁木尔布和, 朝克巴雅尔;
Kazakh names (胡尔曼古丽·吐尔根拜, 胡尔曼古丽, 胡尔曼, the form of address 曼姐, 马地亚尔·吐尔根拜 and 马地亚尔, which
starts with the Han surname 马, 吐尔根拜) and the children of a Han father (库安德克 and 嵇库安德克 beside his Han name
嵇浩然; 阿依苏勒, 嵇阿依苏勒, 勒勒); Kham Tibetan names (呷绒拉宗, 降央邓珠 and 付降央 beside his Han name 付安邦,
四郎曲珍, whose 四郎 reads like a birth order, 洛绒丹增, 泽仁多登) with Gan forms of address made from them (央崽,
珍妹崽) and the teacher's 小曲珍; Chamdo names in 泗阳 (拉巴曲宗, 晋美多吉, 蔡晋美 on the household register, 小晋美);
Han names with rare surnames of the region (南丰: 揭, 危, 帅, 付, 曾, 饶, 敖, 游, 艾, 甘, 邹, 涂; 泗阳: 仲, 嵇, 仇, 臧,
胥, 缪, 卓, 桑, 仝, 计, 厉, 管, 蒯, 茆, 笪, 宓, 仓, 葛, 滕, 卜, and the very rare 却, 问, 便, 正); surnames and given
characters that are grammar words right before the same grammar word (正德芬正在, 邹得水得了, 葛又青又瘦又小, 颜和平和俺,
问兰英问俺, 便秋阳便不肯, 却奶奶却说, 仲再兴再不去); names that contain words, with the words used as words nearby
(厉建国 / 厉害, 危小燕 / 危房, 游佩琼 / 游泳, 付满堂 / 付出, 曾细妹 / 曾经, 甘来福 / 苦尽甘来, 管玉芬 / 不管用, and
塘主管玉芬 with 主管 across the boundary, 卜维民 / 占卜, 却晓雯 / 冷却, 问兰英 / 问题, 便秋阳 / 便宜); names directly
before pronouns and verbs (小西丁他, 孜乐菲耶她才, 曾令辉他, 仓仓他, 嵇广林他, 央崽他, 拉巴曲宗她, 缪青禾讲, 仓德明说)
and after 叫/是/给/跟/让/把/喊/被; a given name used alone before a kin word (满堂公: the span is 满堂); a surname with
only a title or kin word, annotated whole (桑老板, 臧大娘, 嵇老太, 仇姐, 蒯大哥, 蒯大爷, 危家婆, 饶医生, 邓三嫂, 揭主任,
揭嫂子, 胥老师, 涂老师, 滕校长, 卜警官, 却奶奶); local nicknames, annotated whole (细满, 帅崽); names inside
organisation- and place-like phrases where the name is the person's (桑德旺板材厂, 卜维民户籍服务工作室, 胡尔曼家);
names opening a line (揭主任，…, 胥老师，…, 涂老师，…, 细满家里…, 饶梓豪，…, 邹得水得了…, 甘来福屋里…) and a line
that ends on a name with no stop (…还是曾细妹); names spaced out character by character in half-width, full-width
and mixed spaces (乌 云 珠 拉, 胡　尔　曼　古　丽, 夏　木　西　丁, 降 央 邓 珠, 呷 绒 拉 宗, 四　郎　曲　珍, 拉　巴　曲　宗,
宇 文 沁 禾, 申　屠　庆　川, 轩 辕 振 国, 曾 细 妹, 颜 和 平, 艾 诗 琪, 揭 秀　兰) and names split in two (仲 一诺, 曾　敖敦图雅,
孟根 仓, 嵇 库安德克, 四郎　曲珍, 正德　芬, 茆倩 倩, 饶 梓豪, 却 晓雯, 嵇　阿依苏勒); compound surnames after ordinary
words (车间主任公良德顺, 县残联的司空慧娴, 派来个宗政明澈, 社工站的澹台绿绮, 律师钟离朴, 园长左丘蕙心, 康复科的长孙俊逸,
大学生村官梁丘沁芷, 社工司徒汀兰, 律师闻人慕白, 民政所的宇文沁禾, 派了个皇甫沐秋, 志愿者叫南宫砚舟, 同事申屠庆川,
喂，鲜于佳音, 园长上官秀琳, 保育员诸葛小芬, 配班老师东方蔚岚, 所长轩辕振国, 同事濮阳振海 beside the city 濮阳,
班主任赫连晓棠); and numbers and accounts read out the many ways people do (a QQ number on a door frame in
full-width digits after 扣扣, one boy's QQ number given by his mother and again by his social worker).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:满堂}}``, ``{{qq:60418273}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, uyghur, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016fwhyphen.361023}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 公) and a particle, pronoun or verb
written directly after a name (他, 她, 才, 正在, 得了, 又, 和, 问, 便, 却, 再, 讲, 说) are outside the span; a surname
with only a title or kin word (桑老板, 嵇老太, 危家婆, 却奶奶) and a local nickname (细满, 帅崽) are annotated whole.
Han-style names of minority children (仲一诺, 嵇浩然, 付安邦) are category han; a Han surname before a non-Han given
name (仲孜乐菲耶, 曾敖敦图雅, 曾孟根, 嵇库安德克, 嵇阿依苏勒, 付降央, 蔡晋美) is category minority, and so are forms of
address made from a non-Han name (老帕, 菲耶, 小西丁, 乌奶奶, 小敖敦, 小孟, 仓仓, 曼姐, 勒勒, 央崽, 珍妹崽, 小曲珍,
小晋美).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout190/make_holdout190.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(190_2026_1207)
MINORITY_GROUPS = ('mongolian', 'kazakh', 'uyghur', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "uyghur": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183",
                   "186", "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1505: Uyghur father from 伽师 who peels poplar veneer in a board mill in 泗阳 (新袁镇); his Han wife is in prison,
# their son has cerebral palsy.
DOCS["H1505"] = ("family", """\
访谈者：师傅，您在这个板材厂干了几年了？
受访者：七年了。我叫{{minority/uyghur:艾尔帕提·托合提}}，老家{{trap/place:伽师}}的。厂里人嫌长，都喊我{{minority/uyghur:老帕}}，老板喊我{{minority/uyghur:帕提}}。工牌上打的是{{minority/uyghur:艾尔帕提.托合提}}，中间是个句号那样的点。
访谈者：怎么到泗阳来了？
受访者：{{trap/place:泗阳}}杨树多，板材厂多，活好找。我先在{{trap/place:昆山}}电子厂，后来跟老乡{{minority/uyghur:吐拉甫江}}过来的。厂是{{han:桑德旺}}开的，门口牌子就写“{{han:桑德旺}}板材厂”，俺们都喊他{{han:桑老板}}。我在里头旋皮、晒单板，一个月五千来块，车间主任{{compound:公良德顺}}待我不薄。
访谈者：家里几口人？
受访者：老婆{{han:仲秀芹}}是{{trap/place:新袁镇}}人，前年帮人取网贷的钱，判了三年半。俩孩子跟我。大的是闺女{{minority/uyghur:孜乐菲耶}}，汉名{{han:仲一诺}}，十一岁，在{{school:泗阳县新袁中心小学五（2）班}}，老师点名喊她{{minority/uyghur:仲孜乐菲耶}}，俺们在家喊她{{minority/uyghur:菲耶}}。小的是儿子{{minority/uyghur:夏木西丁}}，七岁，脑瘫，不会走，话也说不清。
访谈者：谁在帮你们？
受访者：村里儿童主任{{han:胥明霞}}，给俩孩子报了服刑人员子女，每人每月{{trap/number:一千二百六}}，还给俺家办了低保。儿子的残疾证也是{{han:胥明霞}}跑的，两项补贴都有。县残联的{{compound:司空慧娴}}来家里评过级，一级。镇社工站派来个{{compound:宗政明澈}}，每礼拜来教儿子扶着板凳站，现在能站一分钟了。
访谈者：儿子在哪里做康复？
受访者：在{{trap/org:宿迁市残疾儿童康复中心}}，一礼拜去两趟，坐公交一个半钟头。康复老师{{han:缪青禾}}说{{minority/uyghur:小西丁}}他脑子灵，就是身子不听话。残疾证上写的是{{minority/uyghur:夏木西丁‧艾尔帕提}}，那个点跟我工牌上的又不一样，办银行卡的时候卡了一回。现在他能扶着墙站，能喊爸爸、喊姐姐。{{han:缪青禾}}讲七岁前最要紧，一天都不能停。
访谈者：白天谁带孩子？
受访者：我上班，儿子托给{{han:臧大娘}}，她就住隔壁，一天给她三十块，她死活不要，说管顿饭就管了。闺女放学回来喂弟弟、给他翻身，{{minority/uyghur:孜乐菲耶}}她才十一，跟个小大人似的。开叉车的{{han:卓永胜}}跟我一个班，下雨天{{han:卓永胜}}就开三轮把闺女接回来。
访谈者：板材厂的活累吗？
受访者：累，也脏。旋皮机一天转十个钟头，木屑往鼻子里钻，夏天车间像蒸笼。杨木要先泡水再上机，冬天手泡得裂口子，贴满了胶布。有一回夜班打瞌睡，袖子差点卷进去，吓得我三天没睡好。我不敢出事，我倒了，俩孩子就真没人管了。
访谈者：闺女在学校怎么样？
受访者：语文好，作文写她弟弟，班主任{{han:仝晓芃}}拿到班上念，好几个同学都哭了。就是不爱跟人玩，下课就往家跑，怕弟弟尿了没人换。有同学问她妈去哪了，她说在外地打工。我没教她，她自己想的。
访谈者：过年过节怎么过？
受访者：过年厂里放假，工人都回家了，就剩俺爷仨。{{han:臧大娘}}端来一碗饺子，说是素馅的，让孩子放心吃。初二{{han:桑老板}}的媳妇{{han:计翠屏}}来坐了坐，给俩孩子一人包了两百块，说不兴推。{{han:计翠屏}}还跟我讲，开春厂里上新机器，让我去学，学会了一个月多拿八百。
访谈者：孩子妈妈那边呢？
受访者：丈母娘{{han:倪桂兰}}在{{trap/place:王集镇}}，腿不好，一个月来一回。老婆在里头一个月打一回亲情电话，闺女先接，接完躲到厕所里哭。会见是镇司法所的{{han:厉建国}}帮着约的，他说话{{trap/word:厉害}}，心倒软。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:热依拉木汗}}七十多了，跟我弟弟{{minority/uyghur:艾散江·托合提}}住。每年{{trap/minority_word:肉孜节}}都想回去，假请不下来，车票也贵。阿妈寄{{trap/minority_word:巴旦木}}来，闺女分给全班同学吃。我学会了做{{trap/minority_word:抓饭}}，礼拜天老乡收了烤串摊子来家吃饭，顺手把儿子抱到院里晒太阳。我给闺女讲{{trap/famous:阿凡提}}骑毛驴，她笑得直打滚。
访谈者：登记信息请您说一下。
受访者：家住{{address:泗阳县新袁镇三岔村五组41号}}，老家{{address:伽师县巴仁镇阿克墩村2组17号}}。我身份证{{id_number@my1985hyphen.653129}}，儿子的{{id_number@my2018quad.653129}}。我电话{{mobile@s434}}，{{han:胥明霞}}的{{mobile@h38}}。我微信{{wechat:kerim_siyang88}}。闺女有个扣扣，号码她用铅笔写在门框上：{{qq:５３０８２１７４６}}。
访谈者：各种表上名字写得对吗？
受访者：哪能都对。低保表上连成一串，{{minority/uyghur:艾尔帕提托合提}}；康复卡把儿子写成{{spaced:夏　木　西　丁}}；厂里花名册上是{{spaced:艾尔帕提 . 托合提}}，点两边还空着格；闺女的汉名也给拆开了，{{spaced:仲 一诺}}。
访谈者：您最盼什么？
受访者：盼儿子能自己走到校门口。他说，等他会走了，头一个去接他妈。
""")

# H1506: Mongolian grandmother from 巴林右旗 raising in 南丰 (太和镇) the two children of her dead daughter; their Han
# father, an orange grower, is in prison.
DOCS["H1506"] = ("family", """\
访谈者：奶奶，您是内蒙古来的？
受访者：{{trap/place:赤峰}}{{trap/place:巴林右旗}}的。我叫{{minority/mongolian:乌云珠拉}}，村里人念不来，都喊我{{minority/mongolian:乌奶奶}}。
访谈者：怎么到南丰来了？
受访者：女儿{{minority/mongolian:萨日朗图雅}}在{{trap/place:呼和浩特}}念大专，认得了{{trap/place:南丰}}的{{han:曾令辉}}，嫁到{{trap/place:太和镇}}来种橘子。前年她查出肝癌，半年就走了。{{han:曾令辉}}他受不住，天天喝酒，跟人打架把人打成重伤，判了五年。两个外孙冇人管，我就来了。
访谈者：孩子们多大？
受访者：姐姐十二，户口本上叫{{minority/mongolian:曾敖敦图雅}}，我喊她{{minority/mongolian:小敖敦}}，在{{school:南丰县太和中学七年级（4）班}}。弟弟九岁，叫{{minority/mongolian:孟根仓}}，学校名册上写{{minority/mongolian:曾孟根}}，同学都当他姓孟，都喊{{minority/mongolian:小孟}}，在{{school:太和镇中心小学三年级2班}}。
访谈者：孩子们在这边过得惯吗？
受访者：过惯了，一口南丰话，我倒听不懂了。姐姐还会唱南丰的采茶戏，唱给我听，我一句也听不懂，就跟着拍手。管橘园的{{han:敖春生}}逗姐姐，说你也姓敖，跟我是本家。{{minority/mongolian:小敖敦}}说，她的名字是蒙古话，星星的意思，跟你家不搭界。
访谈者：两个孩子性子怎么样？
受访者：姐姐像她妈，话少，心重，放学回来先喂鸡、扫地，再写作业。弟弟皮，爬橘子树，掏鸟窝，裤子天天撕破。我讲一句，他顶三句，我也听不懂他讲么个。可他夜里怕黑，总要钻到我被窝里来睡。
访谈者：学习怎么样？
受访者：姐姐门门八九十分，数学老师{{han:付砚秋}}讲她是考县一中的料。弟弟差些，字写得像鸡爪子，他的班主任{{han:敖卉芬}}跟我讲，莫急，男伢崽开窍晚。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:揭秀兰}}，给两个孩子报了事实无人抚养，每人每月{{trap/number:一千四百三十块}}。我不识汉字，表都是{{han:揭秀兰}}帮我填的。镇社工站的{{compound:澹台绿绮}}每个月来，带弟弟做游戏。姐姐的班主任{{han:帅冬梅}}老师晓得家里的事，中午让{{minority/mongolian:小敖敦}}在学校吃，不收钱。
访谈者：孩子爸爸那边的亲戚呢？
受访者：亲家母{{han:饶菊莲}}七十多了，中过风，自己都要人管。{{han:曾令辉}}的哥哥{{han:曾令旺}}在{{trap/place:广州}}，一年寄两回钱。橘园是堂叔{{han:曾水根}}帮着打理，橘子卖给{{trap/org:南丰蜜橘合作社}}，钱都存到孩子卡上。
访谈者：钱够用吗？
受访者：紧巴巴的。补助加上橘子钱，一年两万来块，这几年橘子价钱不好，也就够吃饭。姐姐住校，一个礼拜生活费一百，我从牙缝里省。过年我给他们做一顿手把肉，肉是镇上买的猪肉，不是羊肉，孩子们照样吃得香。冬天给两个孩子织毛衣，毛线是邻居{{han:危春花}}送的，针法是村口小卖部的{{han:邓三嫂}}教的。
访谈者：您在这边习惯吗？
受访者：冬天湿冷，冇得暖气，骨头缝里疼。我们那边零下三十度，可屋里烧炕，暖和。我学会了剪橘子，就是上不得梯子。去年秋天{{trap/word:乌云压顶}}，我急着收橘子，从梯子上摔下来，是{{han:危春花}}把我扶回去的。
访谈者：孩子问过妈妈吗？
受访者：弟弟问，姐姐不问。姐姐把她妈的{{trap/minority_word:蒙古袍}}叠好放在柜子里，过年拿出来摸一摸。我给他们煮{{trap/minority_word:奶茶}}，讲{{trap/famous:成吉思汗}}。{{minority/mongolian:仓仓}}他爱听，说长大要回草原骑马。老师也跟孩子们讲南丰出过{{trap/famous:曾巩}}，要他们好好念书。
访谈者：老家还有人吗？
受访者：儿子{{minority/mongolian:铁木尔布和}}在旗里放牛，老伴{{minority/mongolian:朝克巴雅尔}}走了八年了。儿子说接我们回去，可孩子户口在这边，他爸出来了还要找他们。每年{{trap/minority_word:那达慕}}儿子都打视频，两个孩子看人家摔跤，眼都不眨。
访谈者：孩子爸爸怎么样？
受访者：在{{trap/org:豫章监狱}}，一个月打一回电话。法律援助的律师{{compound:钟离朴}}帮他问过减刑。去年腊月我带两个孩子去会见，弟弟隔着玻璃喊爸爸，姐姐一句话都不讲，出来在车上哭了一路。{{han:曾令辉}}在电话里也哭，说对不起她。我说你好好改，出来把两个崽带大。
访谈者：登记信息请您说一下。
受访者：家在{{address:南丰县太和镇东坑村三组19号}}，老家{{address:巴林右旗大板镇查干沐沦嘎查二组}}。我身份证{{id_number@wold.150423}}，姐姐的{{id_number@wy2013spaced.361023}}。我电话{{mobile@plain}}，{{han:揭秀兰}}的{{mobile@fws}}。女儿留下一个微信，我一直在用：{{wechat:sarentuya_nf}}。姐姐的QQ号码是{{qq:207461938}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:乌 云 珠 拉}}；学校把姐姐写成{{spaced:曾　敖敦图雅}}，弟弟那张又是{{spaced:孟根 仓}}。
访谈者：您最盼什么？
受访者：盼两个孩子长大了，一个回草原看看，一个在南丰把橘园接下来，都好。我老了，能看到那一天就闭眼了。
""")

# H1507: Kazakh mother from 特克斯 who feeds fish on a pond by 成子湖 (泗阳, 裴圩镇); her Han husband, a former soldier,
# was paralysed by an electric shock at the pond.
DOCS["H1507"] = ("family", """\
访谈者：大姐，您在这鱼塘干多久了？
受访者：五年了，喂鱼、拉网、看增氧机。我叫{{minority/kazakh:胡尔曼古丽·吐尔根拜}}，老家{{trap/place:伊犁}}{{trap/place:特克斯}}。塘上的人念不全，喊我{{minority/kazakh:胡尔曼}}，年纪大的喊我{{minority/kazakh:曼姐}}。
访谈者：怎么嫁到泗阳来的？
受访者：我男人{{han:嵇广林}}以前在新疆当兵，在特克斯认得的我。他是{{trap/place:裴圩镇}}人，家里在{{trap/place:成子湖}}边上包鱼塘，退伍以后我就跟他过来了。头两年日子不孬，一年能卖十几万斤鱼。
访谈者：后来呢？
受访者：三年前夜里修增氧机，漏电，人从塘埂上栽下去，摔坏了脊椎，下半身瘫了。{{han:嵇广林}}他现在天天躺着，脾气也坏了，摔碗，骂人，骂完了又哭。残疾证是一级，两项补贴每月都有，家里也吃上了低保。婆婆七十六了，村里人喊她{{han:嵇老太}}，眼睛不好，还帮我择菜、看孩子。
访谈者：孩子几个？
受访者：两个。儿子{{minority/kazakh:库安德克}}十岁，汉名{{han:嵇浩然}}，学校花名册上写{{minority/kazakh:嵇库安德克}}，在{{school:裴圩镇中心小学四年级（3）班}}，班主任是{{han:宓晓琳}}老师。闺女{{minority/kazakh:阿依苏勒}}五岁，在镇上幼儿园，俺们喊她{{minority/kazakh:勒勒}}，园长{{compound:左丘蕙心}}免了她的伙食费。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:仇桂凤}}，俺们都喊她{{han:仇姐}}，给俩孩子报了困境儿童，每月{{trap/number:九百八十元}}。镇社工站的{{han:胥晓川}}每礼拜来，教{{minority/kazakh:库安德克}}写作业，也陪{{han:嵇广林}}说话。县医院康复科的{{compound:长孙俊逸}}上门教我给他按腿、翻身，说躺久了要生褥疮。
访谈者：孩子们怎么样？
受访者：{{minority/kazakh:库安德克}}懂事，早上起来先给他爸倒尿壶，再去上学。闺女小，不懂，爬到她爸床上要他讲故事。{{han:嵇广林}}讲不动，就喊儿子讲。他讲的都是我小时候讲给他的，草原上的狼，雪山上的鹰。
访谈者：您爱人现在能动吗？
受访者：上半身能动。村医{{han:仓德明}}隔三天来一趟，给他量血压、换导尿管，不收钱。{{han:仓德明}}说，只要肯练，坐轮椅没问题。可他不肯练，说练了也是个废人。有一回半夜他把药全倒了，是儿子爬起来一粒一粒捡回瓶子里的。那天我蹲在塘埂上哭到天亮。
访谈者：您一个人撑这个家，累吗？
受访者：累。拉网是力气活，一拉一上午，腰都直不起来。塘主{{han:管玉芬}}人好，让我干轻一点的，工钱照给。她说光吃药{{trap/word:不管用}}，得让你男人出门见见太阳。塘上的{{han:蒯大哥}}帮我把他抬到三轮上，拉到湖边转一圈，他回来那天晚上吃了两碗饭。塘上一年到头都是鱼腥味，衣服洗不掉，孩子们倒说那是妈妈的味道。
访谈者：娘家那边呢？
受访者：我哥{{minority/kazakh:马地亚尔·吐尔根拜}}在特克斯养马。{{minority/kazakh:马地亚尔}}这名字，这边人一听就当他姓马，我说不是，我们哈萨克人不讲姓，孩子跟着爸爸的名字走。我阿爸{{minority/kazakh:吐尔根拜}}八十了，每年秋天哥哥寄熏马肉和{{trap/minority_word:包尔萨克}}来，闺女抱着袋子不撒手。我教她跳{{trap/minority_word:黑走马}}，她跳得像只小鸭子。
访谈者：冬天这边冷吗？
受访者：比特克斯暖和多了，可湿，风从湖上刮过来，往骨头里钻。塘里的鱼冬天不吃食，活少一点，我就在家给男人擦身子、做饭。孩子们放寒假，一家人挤在一个屋里烤火，倒也热闹。
访谈者：闺女在幼儿园怎么样？
受访者：爱唱爱跳，老师{{han:笪小燕}}说她一开口全班都跟着笑。就是脸长得跟这边孩子不一样，有小孩喊她外国人，她回来问我啥叫外国人。我说你是中国人，是哈萨克族，你爸是汉族，你是泗阳生的。
访谈者：这边的人对你们怎么样？
受访者：好。{{han:仇姐}}逢年过节送米送油，还跟村里的大学生村官{{compound:梁丘沁芷}}一起，在网上给闺女报了学前资助。泗阳人爱讲{{trap/famous:项羽}}，{{minority/kazakh:库安德克}}说项羽的马没有他舅舅的马跑得快。
访谈者：登记信息请您说一下。
受访者：家在{{address:泗阳县裴圩镇成河村七组26号}}，娘家在{{address:特克斯县喀拉达拉乡琼库什台村5组}}。我身份证{{id_number@wy1988x.654027}}，儿子的{{id_number@my2015tri.321323}}。我电话{{mobile@plus86}}，{{han:仇姐}}的{{mobile@s74}}。我微信{{wechat:Jayna_tekes}}。儿子的QQ号码是{{qq:60418273}}。
访谈者：名字在表上写得对吗？
受访者：补贴表上我是{{spaced:胡　尔　曼　古　丽}}，一个字一个空；户籍那边把我哥写成{{spaced:马地亚尔 ・ 吐尔根拜}}；儿子学校有张表写成{{spaced:嵇 库安德克}}。
访谈者：最后还想说什么？
受访者：盼男人能坐上轮椅，自己推着出门，到塘边看看他那些鱼。也盼两个孩子长大了，回特克斯看看外公，看看那些马。
""")

# H1508: Han grandfather, an orange grower in 市山镇 (南丰), raising the two children of his son, who is in prison;
# their Tibetan mother from 道孚 went home.
DOCS["H1508"] = ("family", """\
访谈者：老人家，您贵姓？
受访者：姓付，叫{{han:付满堂}}，七十一了，在{{trap/place:市山镇}}种了一辈子橘子。村里后生都喊我{{han:满堂}}公。
访谈者：孙子孙女跟您住？
受访者：是咯。我崽{{han:付建昌}}早几年在{{trap/place:康定}}做木工，讨了个藏族老婆，叫{{minority/tibetan:呷绒拉宗}}，{{trap/place:道孚}}人，后来回南丰生了两个。前年{{han:付建昌}}跟人贩毒，判了七年，在{{trap/org:赣州监狱}}。{{minority/tibetan:呷绒拉宗}}一个人带不了，又想屋里，就回道孚去了，讲站稳了再来接崽。这一走，一年多冇来过电话。
访谈者：两个孩子多大？
受访者：孙子九岁，叫{{minority/tibetan:降央邓珠}}，户口上是{{han:付安邦}}，学校里写成{{minority/tibetan:付降央}}，在{{school:市山镇中心小学三年级（1）班}}。孙女六岁，叫{{minority/tibetan:四郎曲珍}}，我喊她{{minority/tibetan:珍妹崽}}，在{{school:市山镇中心幼儿园大二班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:艾小琴}}，帮两个崽报了服刑人员子女补助，一个月{{trap/number:一千零五十块}}，我这个老倌子也吃上了低保。县里派来的社工{{compound:司徒汀兰}}每个月来一回，陪孙子讲话。{{minority/tibetan:央崽}}他脾气犟，有同学骂他爸是劳改犯，他就动手。班主任{{han:游佩琼}}老师冇罚他，放学留下来跟他讲道理，暑假还带他去{{trap/word:游泳}}。
访谈者：孩子爸爸那边联系多吗？
受访者：一个月一封信。{{han:付建昌}}在里头学了认字，信写得歪歪扭扭，讲对不住我，对不住两个崽。律师{{compound:闻人慕白}}帮他递过减刑的材料。去年我带孙子去会见，坐了五个钟头的车，隔着玻璃，爷俩都冇话讲，就那样看着。
访谈者：橘子今年收成怎么样？
受访者：还好，就是价钱贱。南丰橘子名气大，可种的人多了，卖不起价，一斤就块把钱。十一月摘橘子，一个人摘不过来，请了两个帮工，一天一百二。摘下来的橘子要一个一个擦干，装箱，太小的卖不出去，就留着自己吃，两个崽吃得手都黄了。孙子放了学也来帮手，拎着篮子爬上爬下，比大人还快。隔壁的{{han:危家婆}}讲，这个崽像他娘，他娘是山里长大的，腿脚灵。
访谈者：您身体怎么样？
受访者：腰不好，橘子树有一百多棵，打药、剪枝、摘果，一个人做不过来。镇卫生院的{{han:饶医生}}讲我腰椎压了神经，莫再挑重担。邻居{{han:危小燕}}屋里也是老人带崽，我们两家换工。她屋里原先是{{trap/word:危房}}，去年政府帮她翻修了。村支书{{han:揭根发}}帮我把橘子拉到{{trap/org:南丰蜜橘交易市场}}去卖。
访谈者：孩子妈妈那边呢？
受访者：{{minority/tibetan:呷绒拉宗}}的阿哥{{minority/tibetan:洛绒丹增}}是道孚的喇嘛，去年来过一回，给两个崽每人一条{{trap/minority_word:哈达}}，还带了一袋{{trap/minority_word:糌粑}}。渠屋里老子{{minority/tibetan:泽仁多登}}打过一回电话，讲的藏话，我一句冇听懂，是{{minority/tibetan:央崽}}翻给我听的。我这辈子冇出过江西，最远到过南昌。渠讲道孚那边冬天下大雪，牛羊都关在屋里，山上到处是经幡。我冇去过，只在手机里看过照片。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:珍妹崽}}夜里哭着喊阿妈，我冇办法，抱着她到门口看{{trap/place:军峰山}}，跟她讲阿妈在山那边。渠信了，天天问山那边远不远。她会跳{{trap/minority_word:锅庄}}，是她娘教的，一跳就笑。
访谈者：孙子在学校怎么样？
受访者：成绩一般，体育好，跑步全校第一。{{han:游佩琼}}老师讲，爷爷为两个崽{{trap/word:付出}}这么多，孙子要争气。同桌{{han:揭小军}}屋里也是爷爷带，两个伢崽好得像亲兄弟，放了学一起放牛。
访谈者：您一个人带两个孩子，最难的是么个？
受访者：最难是我冇文化，崽的作业我看不懂。孙子问我题目，我讲去问老师。孙女要扎辫子，我一双种橘子的手，扎得歪歪扭扭，她倒不嫌，讲爷爷扎的好看。夜里两个崽睡了，我坐在门口抽烟，想我崽，也想渠娘。一个屋里，好端端的，就散了。我这把年纪，不晓得还能撑几年。
访谈者：登记信息请您说一下。
受访者：屋里在{{address:南丰县市山镇包坊村四组33号}}。我身份证{{id_number@mold.361023}}，孙子的{{id_number@my2016fwhyphen.361023}}。我电话{{mobile@spaced}}，{{han:艾小琴}}的{{mobile@plus86spaced}}。孙子打游戏的QQ，他念给我，我记在挂历上：{{qq:1938460275}}。微信是{{han:艾小琴}}帮我开的，叫{{wechat:fumantang-jz}}。
访谈者：表上名字写得对吗？
受访者：补助表上孙子是{{spaced:降 央 邓 珠}}，孙女是{{spaced:四郎　曲珍}}，渠娘那张写成{{spaced:呷 绒 拉 宗}}。
访谈者：最后还想说什么？
受访者：盼{{minority/tibetan:呷绒拉宗}}哪天回来。两个崽总归要有个娘，我也总归有走的那一天。走之前，我想看到两个崽都读上书，有个着落。
""")

# H1509: Han 儿童主任 of 东坑村 (太和镇, 南丰) reading out her ledger.
DOCS["H1509"] = ("staff", """\
访谈者：{{han:揭主任}}，您手上这本是台账？
受访者：是咯，我们{{trap/place:东坑村}}的困境儿童台账，七户十一个伢崽。我叫{{han:揭秀兰}}，当儿童主任五年了，村里人都喊我{{han:揭嫂子}}。你问一户，我念一户。
访谈者：先说最难的一户吧。
受访者：那是{{minority/mongolian:乌奶奶}}屋里。内蒙古来的，六十好几，带两个外孙，{{minority/mongolian:敖敦图雅}}和{{minority/mongolian:孟根仓}}。女儿走了，女婿在里头，事实无人抚养我跑了四趟县里才批下来。奶奶讲蒙古话，我讲南丰话，两个人比划半天，还是{{minority/mongolian:小敖敦}}在中间翻。
访谈者：第二户？
受访者：孤儿，{{han:曾细妹}}，女崽，十岁。爷娘前年去{{trap/place:福建}}摘茶，车子翻到山沟里，两个都冇了，跟姑姑{{han:曾凤英}}过。孤儿基本生活费一个月{{trap/number:一千六百八十块}}。住{{address:太和镇东坑村五组8号}}，在{{school:太和镇中心小学四年级（1）班}}，身份证{{id_number@wy2015fwspaced.361023}}。渠蛮会读书，就是不爱讲话。{{trap/word:曾经}}有个老师讲她自闭，我讲不是，渠是心里苦。
访谈者：第三户？
受访者：户主{{han:正德芬}}，正月的正。{{han:正德芬}}正在{{trap/place:抚州}}做透析，男人早几年走了。崽叫{{han:正家豪}}，十三岁，智力二级残疾，两项补贴都有，还有低保，屋里就靠她娘家兄弟接济，一个月送两回米。住{{address:太和镇东坑村二组14号}}，{{han:正德芬}}的身份证我这里也有：{{id_number@wy1979spaced.361023}}。
访谈者：第四户？
受访者：{{han:邹得水}}得了尘肺，在{{trap/place:萍乡}}挖煤挖出来的，喘不过气，做不得事，坐在门口一口一口喘，像拉风箱。老婆跑了，两个崽，大的{{han:邹小满}}读初一，在{{school:南丰县第三中学七年级8班}}，小的{{han:邹小禾}}还在幼儿园。爷老子还在，事实无人抚养报不了，只能报困境儿童，一个月{{trap/number:七百二十块}}。
访谈者：第五户？
受访者：{{han:甘来福}}屋里，爷爷带孙子。村里都讲渠屋里要{{trap/word:苦尽甘来}}了，{{han:甘来福}}就笑，讲甘是甘了，苦还冇尽。孙子{{han:甘宇轩}}七岁，爸爸去年在工地上摔死了，妈妈改嫁到外省，冇来往，报的事实无人抚养。渠屋里那张旧八仙桌，桌腿都是用铁丝绑起来的。
访谈者：还有两户？
受访者：第六户{{han:帅金根}}，腿是砍柴摔瘸的，孙子{{han:帅子赣}}长得好，村里伢崽都喊他{{han:帅崽}}。第七户{{han:饶冬生}}，住{{address:太和镇东坑村六组27号}}，老婆精神残疾，三个崽都报了困境儿童。渠屋里门口有棵柚子树，结的柚子分给全村伢崽吃。
访谈者：这些孩子是怎么发现的？
受访者：一靠学校报，二靠邻居讲，三靠我自己上门，一年两回，一家一家走。{{han:曾细妹}}就是她学校的{{han:敖红梅}}老师打电话来讲的，讲这个女崽中午不吃饭，把馒头揣到书包里带回去给姑姑。
访谈者：补助申请要走哪些程序？
受访者：先是屋里人写申请，我入户核实，拍照片，填表，村里公示七天，报到镇里，镇里再报县民政局审批。材料差一样都不行，户口本、身份证、死亡证明、判决书，一样一样复印。有的老人家连户口本都寻不到，我就陪渠去派出所补。一户跑下来，少的一个月，多的小半年。
访谈者：这些户都谁在跟？
受访者：镇民政所的{{compound:宇文沁禾}}总负责，社工站派了个{{compound:皇甫沐秋}}跟第二户和第五户，团县委还有个大学生志愿者叫{{compound:南宫砚舟}}，暑假给伢崽们补课。
访谈者：您自己家里呢？
受访者：我男人{{han:付桂槐}}在{{trap/place:厦门}}做装修，一年回来两回。崽在县城读高中，住校。屋里就我跟婆婆两个，婆婆八十多了，我白天跑村里，夜里回来还要帮她洗脚。有时候半夜接到电话，骑个电动车就出去了。有一回冬天{{han:饶冬生}}的老婆犯病，拿刀追人，我跟村支书{{han:曾宪平}}两个去，把三个崽领到我屋里睡了一夜。
访谈者：台账上名字都写对了吗？
受访者：冇几张全对的。县里发下来的表，{{spaced:曾 细 妹}}一个字一个空，{{spaced:正德　芬}}中间断开，{{spaced:宇 文 沁 禾}}也是这样，连我自己都成了{{spaced:揭 秀　兰}}。还有人把{{minority/mongolian:孟根仓}}当成姓孟的，名字只写了个“根仓”。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，工作微信{{wechat:jxl_dongkeng}}，QQ是{{qq:83640175}}。{{han:曾凤英}}的电话{{mobile@hyphen}}。
访谈者：干这个最难的是么个？
受访者：最难是钱到冇到，老人家不会看短信，有时候一句话要讲三遍，讲到口干。每个月十号我挨家去问，帮他们到{{trap/org:农商银行}}打流水。有的老人家连卡放在哪里都记不得，我就帮渠记在本子上，哪张卡，哪个月到了几多。最放心不下的，还是{{han:曾细妹}}
""")

# H1510: Han social worker of the 裴圩镇 (泗阳) social-work station, answering calls and messages during the interview.
DOCS["H1510"] = ("staff", """\
访谈者：{{han:胥老师}}，您手机一直在震。
受访者：没法子，社工站就俺两个人，一个镇的困境儿童都在群里。我叫{{han:胥晓川}}，胥是上面一个疋、下面一个月，{{trap/place:裴圩镇}}社工站的。同事{{compound:申屠庆川}}今天下村去了，就我守着。
访谈者：您现在跟多少个孩子？
受访者：二十三个。你看，{{han:茆倩倩}}又发微信了。{{han:茆倩倩}}，十三岁，亲妈走了，后妈嫌她，她爸常年在{{trap/place:苏州}}打工。上个月她被后妈拿衣架打，胳膊紫了一片，被班主任{{han:笪书琴}}看见了，{{han:笪书琴}}给俺打电话，俺跟{{trap/org:裴圩派出所}}一块去的。
访谈者：后来怎么处理的？
受访者：先让孩子住到她奶奶家。奶奶{{han:葛又青}}又瘦又小，七十了，又要种地又要带孩子。她奶奶家离学校六里路，俺给她申请了一辆自行车，又帮她申请了临时救助，一次{{trap/number:两千块}}。俺让孩子记住{{trap/hotline:12355}}，有事就打。
访谈者：她爸怎么说？
受访者：头一回电话都不接。第二回接了，说家里的事你们少管。第三回俺跟镇妇联的{{han:仲海燕}}一起去苏州找到他厂里，当面谈了一下午，他才答应每月往奶奶卡上打一千块。{{han:仲海燕}}说，这是俺们镇头一回跑外地去谈抚养费。
受访者：喂？{{han:蒯大爷}}啊？……补贴没到？你别急，俺下午去看。……{{han:蒯大爷}}带着个孙子叫{{han:蒯乐乐}}，老爷子耳朵也背，打电话得吼。孩子是聋儿，戴助听器，两项补贴上个月该到了。
访谈者：做社工之前您做什么的？
受访者：在{{trap/place:宿迁}}一个厂里做人事，工资比现在高。前年考了社工证，回镇上来了。俺爹说俺傻，放着好好的工作不干。可俺自己就是留守孩子，爸妈在外面打工，跟着奶奶长大的，晓得这些孩子心里想啥。头一年俺天天下村，鞋跑坏了三双。
访谈者：您这里也有少数民族家庭吧？
受访者：有。{{trap/place:成子湖}}边上的{{minority/kazakh:曼姐}}，男人瘫了，儿子{{minority/kazakh:库安德克}}跟俺最亲，有啥事都在QQ上跟俺说，他的号码是{{qq:60418273}}。头一回去{{minority/kazakh:胡尔曼}}家，她给俺倒了一碗奶茶，咸的，俺喝不惯，硬是喝完了。另一户是新袁镇板材厂的{{minority/uyghur:老帕}}，不归俺们镇管，是{{compound:宗政明澈}}在跟，俺去帮过两回忙，他家闺女{{minority/uyghur:菲耶}}做的抓饭比饭店里的还香。
受访者：喂，{{compound:鲜于佳音}}啊？……对，材料俺让{{han:仇桂凤}}明天送县里。……县民政局的，催材料。
访谈者：您一个人怎么跑得过来？
受访者：跑不过来。一个镇十八个村，俺骑电瓶车，一天最多跑四户，夏天晒脱一层皮，冬天手冻得握不住车把。这个礼拜又有个新情况，{{han:仲再兴}}再不去上学就算辍学了，他爸喝了酒就打人，俺得跟学校的{{han:滕校长}}一块去家访。各村儿童主任帮了大忙，没有她们，俺连门都找不着。
访谈者：这么多孩子，您怎么记？
受访者：一张大表，每个孩子一行，监护人、电话、学校、补贴到期，都在里面。每个月底对一遍，红的是要跑的，黄的是要盯的。你看这一行，{{han:蒯乐乐}}，{{school:泗阳县特殊教育学校二年级1班}}，监护人电话{{mobile@p86n}}。这一行，{{han:颜和平}}，十二岁，爸妈都在里头，跟着他大大过。{{han:颜和平}}和俺说过，长大了要当警察，把坏人都抓起来。
访谈者：孩子们会跟您说心里话吗？
受访者：打字比当面说容易。半夜一点{{han:茆倩倩}}发一句“俺不想上学了”，俺就爬起来回她。有时候她啥也不说，就发个哭脸，俺就陪她聊，聊到她睡着。她的微信是{{wechat:maoqq_0713}}，身份证号她奶奶让俺存着：{{id_number@wy2012fw.321323}}。俺媳妇说俺的手机是别人家孩子的。
访谈者：有没有让您觉得值的时候？
受访者：有。去年一个小闺女，爸爸吸毒进去了，妈妈改嫁，她一个人在家，一个礼拜吃泡面。俺把她接到奶奶家，帮她报了补贴，又联系了爱心人士资助她上学。今年她考了全班第三，给俺发了个奖状的照片，俺看了一晚上。
访谈者：名单上的名字有写错的吗？
受访者：多了。县里发来的名单把{{han:茆倩倩}}写成{{spaced:茆倩 倩}}，把俺同事写成{{spaced:申　屠　庆　川}}，还有一张把{{han:颜和平}}写成{{spaced:颜 和 平}}。
访谈者：您的联系方式？
受访者：俺电话{{mobile@s38}}，微信{{wechat:zixiaochuan_py}}，社工站的工作QQ是{{qq:１７２９０４６３５８}}。俺们站在{{address:泗阳县裴圩镇人民路社区服务中心二楼}}。
访谈者：最后想说啥？
受访者：盼县里多给两个人。俺一个人跟二十三个孩子，哪个出了事俺都睡不着。也盼这些孩子长大了，别忘了小时候有人拉过他们一把。
""")

# H1511: Han kindergarten teacher of the 市山镇 (南丰) central kindergarten.
DOCS["H1511"] = ("staff", """\
访谈者：{{han:涂老师}}，您带的是哪个班？
受访者：{{school:市山镇中心幼儿园大（2）班}}，三十一个伢崽，一个班三个大人带，忙得脚不沾地。我叫{{han:涂雪琴}}，在这里教了九年。
访谈者：您是怎么当上幼儿园老师的？
受访者：我是本地人，{{trap/org:抚州幼儿师范}}毕业的，本来想去南昌，我娘身体不好，就回来了。一回来就是九年，第一批带的伢崽都读初中了，过年还来看我。
访谈者：班上困境家庭的孩子多吗？
受访者：有五个。最让人心疼的是{{minority/tibetan:小曲珍}}，大名{{minority/tibetan:四郎曲珍}}，藏族。她爸在牢里，她妈回{{trap/place:甘孜}}了，跟爷爷过。头一个月天天坐在门口哭，要阿妈，我把她抱在腿上，教她唱南丰的童谣，渠慢慢才肯跟别的伢崽玩。
访谈者：谁来接她？
受访者：爷爷{{han:付满堂}}，每天骑三轮来，风雨不误，每回都带一把自家的橘子，分给班上伢崽吃。有时候是哥哥{{minority/tibetan:降央邓珠}}放了学顺路来接，牵着她的手走田埂。{{minority/tibetan:小曲珍}}跟她哥讲藏话，两兄妹叽叽咕咕，别人一句都听不懂。
访谈者：还有哪些孩子？
受访者：{{han:饶梓豪}}，屋里喊他{{han:细满}}，妈妈是聋哑人，爸爸在{{trap/place:温州}}打工，一年回来一趟。{{han:细满}}不爱讲话，可画画蛮好，画的橘子树跟真的一样。还有{{han:艾诗琪}}，跟外婆{{han:敖金凤}}过，妈妈吸毒进了戒毒所，爸爸不晓得在哪里。这个女崽最黏我，早上来了就抱着我的腿不放，放学也不肯走。
访谈者：{{han:细满}}家里怎么样？
受访者：他妈{{han:黎满秀}}手语打得快，我学了几个，能跟她讲吃饭、睡觉、他今天乖。她每回来接崽，都要往我口袋里塞两个橘子，我不要，她就生气。他爸{{han:饶春华}}在外面做水电，过年回来给园里每个老师送了一箱橘子，讲谢谢我们带他崽。
访谈者：幼儿园里怎么帮这些孩子？
受访者：伙食费全免，县里还有学前教育资助，一年{{trap/number:一千五百块}}。冬天园里还给这几个伢崽发了棉鞋、棉袄，是爱心企业捐的。园长{{compound:上官秀琳}}给这几个孩子专门建了档，每学期家访两回。保育员{{compound:诸葛小芬}}心细，午睡的时候守在{{minority/tibetan:小曲珍}}床边，渠一哭就拍拍她。配班老师{{compound:东方蔚岚}}会弹琴，教她们唱歌。
访谈者：孩子们在园里开心吗？
受访者：大部分时候开心。{{minority/tibetan:小曲珍}}会跳锅庄，六一我让她领舞，爷爷在台下抹眼泪。园里排{{trap/word:傩舞}}，南丰的老东西，伢崽们戴着面具跳，{{han:细满}}最起劲。有时候{{minority/tibetan:小曲珍}}也会突然哭起来，问她为么个哭，她讲想阿妈。
访谈者：这些孩子跟别的孩子比，有什么不一样？
受访者：有的特别乖，乖得让人心疼，吃饭不挑，睡觉不闹，老师讲么个就做么个。有的特别凶，抢玩具，咬人，其实是怕。我刚工作的时候不懂，只晓得批评，后来去县里培训，才晓得这些伢崽心里缺东西，要慢慢补。
访谈者：园里有没有心理方面的支持？
受访者：县里每学期派心理老师来一回，给老师们上课，教我们怎么看伢崽画的画。有个伢崽画一屋人，就是不画妈妈，我们就要留意。也跟家长讲，莫吓伢崽，莫讲再不听话就不要你了，这些伢崽当真的。
访谈者：家长那边好沟通吗？
受访者：爷爷奶奶带的多，不会用手机，班级群里的通知看不到，我就一个一个打电话。有的家长自己都还是伢崽，十几岁就生了崽，么个都不懂。{{han:付满堂}}耳朵背，我讲三遍他才听清。{{han:敖金凤}}不识字，资助表是我一笔一笔帮她填的，{{han:艾诗琪}}的身份证号我念她记：{{id_number@wy2019hyphen.361023}}。我跟{{han:敖金凤}}讲了好多回，莫当着崽的面讲她娘的事，她才慢慢改了。
访谈者：您自己呢？
受访者：我屋里也有个崽，读二年级，放学自己走回去。有时候我在园里留到七点，等最后一个伢崽被接走。我老公{{han:揭建赣}}讲我对别人屋里的崽比对自己屋里的还好，我讲这些伢崽冇人疼。夜里躺在床上，一个个伢崽的脸在眼前晃，睡不着。
访谈者：您的联系方式？
受访者：我电话{{mobile@fullwidth}}，微信{{wechat:weixueqin_ssyey}}，QQ{{qq:2840159376}}。园里地址是{{address:南丰县市山镇府前路12号}}，中班也有一个困境儿童，在{{school:市山镇中心幼儿园中（1）班}}。
访谈者：花名册上名字写得对吗？
受访者：资助表上有几个错的：{{spaced:四　郎　曲　珍}}一个字一个空，{{spaced:饶 梓豪}}中间断开，{{spaced:艾 诗 琪}}也是。
访谈者：最后想说什么？
受访者：这些伢崽比别人屋里的懂事早。我只想渠在幼儿园这三年，跟别的伢崽一样，好好玩，好好笑。到了小学，我还会去看看渠。
""")

# H1512: Han police officer of the household registry at the 众兴 police station (泗阳).
DOCS["H1512"] = ("staff", """\
访谈者：您在户籍窗口干了多少年？
受访者：十一年了。我叫{{han:卜维民}}，{{trap/word:占卜}}的卜，{{trap/org:众兴派出所}}户籍室的，来办事的都喊我{{han:卜警官}}。
访谈者：困境儿童跟户籍有什么关系？
受访者：关系大了。没户口，啥补贴都报不上，上学也难。俺们所里一年要办三四千笔户口业务，这几年帮民政上落了十几个黑户孩子。户籍这个活，细，一个字错了，后面的事全卡住。最难的一个叫{{han:却晓雯}}，姓却，{{trap/word:冷却}}的却。她妈生她的时候没办出生证，后来跟人跑了，她爸在{{trap/place:淮安}}服刑，孩子九岁了还没户口。是{{han:却奶奶}}领着她来的，老太太一进门就哭。俺让她先回去等，{{han:却奶奶}}却说不拿到户口本就不走，在大厅里坐到下班。
访谈者：最后怎么办下来的？
受访者：跑监狱，做亲子鉴定，民政出证明。{{han:却晓雯}}现在上了户，事实无人抚养也批了。所长{{compound:轩辕振国}}亲自跑了两趟淮安，俺同事{{compound:濮阳振海}}，老家倒不是{{trap/place:濮阳}}的，是{{trap/place:沭阳}}的，帮着整理了一摞材料。
访谈者：户籍上最常见的问题是什么？
受访者：一个是没出生证，在家里生的，或者在小诊所生的，诊所关门了，证明开不出来；一个是父母离婚、跑了，户口本被带走了，孩子办事拿不出来；还有一个是死了的人没销户，活着的人报不上补贴。这些事单靠派出所办不了，得民政、医院、村里一起来。
访谈者：少数民族孩子的户口呢？
受访者：名字最麻烦。新袁镇{{minority/uyghur:老帕}}家的闺女，维吾尔族，名字后面跟她爸的名字，中间一个点。学校报上来的是{{minority/uyghur:孜乐菲耶.艾尔帕提}}，用的是句号；银行卡上啥点也没有，{{minority/uyghur:孜乐菲耶艾尔帕提}}；俺们系统里打出来是{{minority/uyghur:孜乐菲耶・艾尔帕提}}，那个点是日文输入法打的，跟身份证对不上，孩子的补贴卡了两个月。俺们有规定，名字里的点统一用中间那个圆点，可各个单位的系统不一样，有的根本打不出来。后来统一成{{minority/uyghur:孜乐菲耶·艾尔帕提}}。
访谈者：别的民族呢？
受访者：成子湖那家哈萨克族的，男的是汉族，闺女上户口跟了爸爸的姓，叫{{minority/kazakh:嵇阿依苏勒}}。她妈{{minority/kazakh:胡尔曼古丽}}想让她照哈萨克的叫法，就叫{{minority/kazakh:阿依苏勒}}，俺跟她讲了半天政策。还有个藏族媳妇，{{trap/place:昌都}}来的，叫{{minority/tibetan:拉巴曲宗}}，嫁给{{trap/place:三庄镇}}板材厂的{{han:蔡长海}}。儿子{{minority/tibetan:晋美多吉}}在家里生的，没出生证，上户口登记成{{minority/tibetan:蔡晋美}}。{{han:蔡长海}}去年在厂里被压断了腿，孩子报了困境儿童。{{minority/tibetan:拉巴曲宗}}她汉话说不好，每回来都是{{minority/tibetan:小晋美}}给她翻。
访谈者：汉族孩子里有难办的名字吗？
受访者：有。{{trap/place:里仁乡}}有个奶奶叫{{han:问兰英}}，姓问。{{han:问兰英}}问俺，孙子姓问，人家老笑他，能不能改？俺说这不是{{trap/word:问题}}，姓是祖宗传下来的。还有个孩子叫{{han:便秋阳}}，方便的便，同学拿{{trap/word:便宜}}两个字笑他，{{han:便秋阳}}便不肯上学，是他班主任{{compound:赫连晓棠}}上门劝回来的。
访谈者：还碰到过别的难事吗？
受访者：有个小孩来办身份证，叫{{han:倪再生}}，十五岁，说爸妈都不在了，跟着叔叔过。俺一查，他爸在系统里还没注销，死亡证明没开，孤儿的补贴一直报不上。俺跟{{trap/org:泗阳县民政局}}的{{han:仲文静}}对了三回，才把这事办下来。
访谈者：有没有让您难忘的事？
受访者：那个小闺女拿到户口本那天，她奶奶给俺鞠了一躬，俺赶紧扶住她。孩子站在旁边，把户口本翻开看了又看，指着上面自己的名字问俺，这就是俺吗？俺说是，从今往后你就是有户口的人了。
访谈者：平时要核哪些信息？
受访者：身份证号、手机号，一个一个念，一个一个对。{{han:却晓雯}}的身份证{{id_number@wy2015.321323}}，她奶奶的{{id_number@woldfwhyphen.321323}}，奶奶电话{{mobile@hyphen}}。
访谈者：您的联系方式？
受访者：户籍室电话就是我手机{{mobile@plus86dash}}。群众加我微信的多，{{wechat:buweimin_hj}}，QQ是{{qq:451937028}}。办公室在{{address:泗阳县众兴镇人民中路88号}}，一楼户籍室，门口挂着“{{han:卜维民}}户籍服务工作室”的牌子，是局里给挂的。
访谈者：表上名字写错的多吗？
受访者：多。{{spaced:孜乐菲耶 · 艾尔帕提}}，点两边空着；{{spaced:拉　巴　曲　宗}}一个字一个空；{{spaced:却 晓雯}}分成两截；{{spaced:嵇　阿依苏勒}}也是；连所长都被写成{{spaced:轩 辕 振 国}}。
访谈者：最后想说什么？
受访者：孩子的户口是头一件事。户口落了，别的路才走得通。俺这个窗口，一天来来去去一两百人，能帮一个是一个。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1505,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout191",))


if __name__ == "__main__":
    main()
