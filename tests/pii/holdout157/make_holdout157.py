# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 157 (tests/pii/holdout157/H1241-H1248 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 156, written at the same time, is not
an earlier set).

Set 157 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宁阳 and 泗水 (Shandong): a Mongolian grandmother from 镶黄旗 raising her grandson in 宁阳 after her daughter-in-law
left, her son down the pit at a coal mine; an Amdo Tibetan father from 尖扎 who works in a 泗水 sweet-potato noodle
plant, raising two girls after their Han mother died, the younger one lame; a Uyghur mother from 墨玉 who sells
roast naan in 济河街道 while her husband lies in hospital after a road accident; a Hui grandfather from 广河 raising
the three children of his dead son in 泉林镇; a Han 儿童主任 in 磁窑镇 reading out her register; a Han social worker
in 济河街道 who keeps up with her families on WeChat; a Han grandfather in 星村镇 raising a deaf grandson with a
cochlear implant; and a Han head teacher in 蒋集镇 talking about a girl whose father is in prison. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole and with a short form (伊达木苏荣 then 伊达木, 楚鲁巴根 then 楚鲁), a Han surname before a Mongolian given name
(包楚鲁巴根, 鲍苏德巴特尔) and the Han names and forms of address of the same family (包桂琴, 包大娘, 包子恒, 包班长);
Amdo Tibetan names starting with 才 next to 才 and 让 as grammar words (才吉草才七岁, 让才吉草, 才让加才), a nickname a
Han workmate made from a Tibetan name as if it were a surname (老万), a Han surname before a Tibetan given name
(卞才吉草) and the Han names of Tibetans (卞欣悦, 卞欣然); Uyghur given name + father's name with and without the dot
and with spaces around it, and short forms and nicknames (努尔尼莎, 尼莎, 麦麦提萨力他, 小穆, 穆萨江, 阿依吐拉她);
Han-form Hui names (冶生财, 冶福全, 冶雪梅) beside 经名 used alone (素来曼, 耶海亚, 鲁克叶, 塔里布, 阿丹姆他) and
after a Han surname (冶塔里布); Han names with common and rare surnames of the region (孔, 颜, 曾, 仲, 卞, 郗, 仉,
訾, 巩, 鲍, 闵, 冉, 燕, 伏, 郜, 宁); surnames that are also ordinary words, and given names that start or end with
one, next to grammar words (还桂芹还, 要立新要, 能大姐能, 都海燕都, 有宝成有, 把 as a surname before 把, 宁成就就,
和玉兰和, 和小满和, 也晓红也, 向晓禾 and 向姐姐 beside 向来, 曾礼让让, 冉欣怡被); names that contain words (包子恒 beside
包子, 宁成就, 颜如意, 曾礼让, 和小满); titles and kin words after names (颜秋实老师, 冉秋池大夫; the span is the
name only), a surname with only a title or kin word, annotated whole (包大娘, 包班长, 鲍大夫, 宁大嫂, 能大姐, 闵大爷,
冶大爷, 老冶, 向姐姐, 颜老三, 冉专干, 燕老师, 卜所长), nicknames and local forms of address, annotated whole (石蛋,
小怡); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和; names closing the last
sentence; names spaced out character by character in half- and full-width spaces, a dotted name with spaces around
the dot and names split in two; compound surnames after ordinary words (漆雕, 颛孙, 南宫, 公西, 东郭, 百里, 梁丘,
叔孙, 亓官, 宗政, 西门, 太史, 呼延, 乐正, 司寇); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:巩凡丽}}``, ``{{qq:3917250486}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015tri.370921}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 就, 她, 他) are outside the span; a surname with only a title or kin
word (包大娘, 鲍大夫, 能大姐, 燕老师) and a nickname or local form of address (石蛋, 小怡, 颜老三, 老冶) are annotated
whole. Han-style names of Mongolian, Tibetan and Hui people (包桂琴, 包子恒, 卞欣悦, 冶生财) are category han; a Han
surname before a non-Han given name (包楚鲁巴根, 卞才吉草, 冶塔里布) is category minority, and so is a nickname made
from a non-Han name (老万, 尼莎, 小穆).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout157/make_holdout157.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(157_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1241: Mongolian grandmother from 镶黄旗 raising her grandson in 宁阳; her daughter-in-law left, her son works down
# the pit.
DOCS["H1241"] = ("family", """\
访谈者：大娘，您是从内蒙古过来的？
受访者：{{trap/place:锡林郭勒}}{{trap/place:镶黄旗}}的，放了一辈子羊。我叫{{minority/mongolian:伊达木苏荣}}，户口本上还有个汉名{{han:包桂琴}}，楼里的人都喊我{{han:包大娘}}。来{{trap/place:宁阳}}第四年了，给儿子看孩子。
访谈者：孩子的妈妈呢？
受访者：儿媳妇{{han:郗晓蕾}}是宁阳本地人，孙子五岁那年跟人去了{{trap/place:昆山}}，号码也换了。儿子{{minority/mongolian:杭锦巴特}}在{{trap/org:磁窑煤矿}}下井，三班倒，当个小班长，矿上都叫他{{han:包班长}}。是同乡{{minority/mongolian:额尔登巴特}}介绍他来的。{{minority/mongolian:杭锦巴特}}他一个礼拜回来一趟，进门倒头就睡。
访谈者：孙子多大了？
受访者：九岁。蒙古名是我起的，叫{{minority/mongolian:楚鲁巴根}}，在家喊他{{minority/mongolian:楚鲁}}。户口随他爸的汉姓，叫{{han:包子恒}}，同学笑他是个肉{{trap/word:包子}}，他回来跟我哭。学校名单上又写成{{minority/mongolian:包楚鲁巴根}}，在{{school:宁阳县第二实验小学三年级（6）班}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:巩凡丽}}给孙子报了事实无人抚养，一个月{{trap/number:一千一百三十元}}。班主任{{han:颜秋实}}老师天天把他送到楼下。一楼的{{han:还桂芹}}还替我去开过家长会。街道管民政的{{han:仉庆堂}}来过两回，说我是外地户口，他去{{trap/org:民政局}}跑。社工站的{{compound:漆雕若岚}}一个礼拜来一回，跟她一块来的{{compound:颛孙牧之}}给{{minority/mongolian:楚鲁}}补数学。
访谈者：孩子身体好吗？
受访者：有哮喘，天一凉就犯。夜里他咳，我坐起来给他拍背，一拍半宿。镇卫生院的{{han:鲍大夫}}说喷雾不能停，一个月药钱二百多。去年冬天犯得厉害，半夜送到{{trap/org:宁阳县人民医院}}，住了八天。我不会说，也不会填单子，急得在走廊里转圈。现在学会了，挂号、缴费、拿药，一个人都能办。{{han:巩凡丽}}说能走医疗救助，表是她替我填的。
访谈者：说话方便吗？
受访者：不方便。我的汉话是跟收羊的人学的，这边人说得快。卖菜的{{han:宁大嫂}}教我说“俺”“恁”，孙子笑我学得四不像。去居委会办事，人家说的政策我听不明白，回来让孙子给我讲，他讲得一套一套的。他的蒙古话倒快忘光了。冬天这边屋里没暖气，比草原上还冷，{{han:仉庆堂}}给我们申请了一个电暖器。
访谈者：儿子下井，您放心吗？
受访者：不放心。井下六百多米，他说跟我们草原上打井不是一回事。去年井下冒顶，压伤了两个人，我三天没合眼，天天给他打电话。{{minority/mongolian:杭锦巴特}}说，妈，矿上的钱比哪儿都多，干到孩子念完初中就上来。他一个月七千多，给孩子存一半，剩下的还他媳妇走的时候拉下的饥荒。他下了班先给我发个语音，说一声“上来了”，我这心才放下。
访谈者：孙子平时喜欢什么？
受访者：喜欢画画，画得最多的是蒙古包跟马，画完了贴在墙上，说这是奶奶家。去年暑假我带他回了一趟嘎查，他头一回骑马，吓得直哭，下了马又闹着要骑。回来以后天天问我啥时候再回去。学校运动会他跑了第二，{{han:颜秋实}}老师给他拍了照片，我让他爸洗出来挂在床头。
访谈者：老家还有亲人吗？
受访者：妹妹{{minority/mongolian:嘎拉森}}在嘎查放羊，她儿子{{minority/mongolian:布仁吉日嘎拉}}每年秋天寄{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}来。{{minority/mongolian:嘎拉森}}在电话里还叫我小名{{minority/mongolian:伊达木}}。{{minority/mongolian:楚鲁}}爱吃炒米泡奶茶，过年我给他讲{{trap/famous:江格尔}}，他听不懂，光看我比划。
访谈者：孩子问过妈妈吗？
受访者：问过。他在作业本上写“妈妈快回来”，我不认汉字，是{{han:颜秋实}}念给我听的。有一回他偷拿我的手机给{{han:郗晓蕾}}打，是空号。他在楼道里坐了一下午，谁叫也不进屋。我跟他说，你妈有她的难处，等你长大了再去找她。他不吭声，把头埋在我怀里。他爸不让提她。
访谈者：您自己想回内蒙古吗？
受访者：想。草原上这会儿该打草了。我来的时候把羊都卖了，房子托{{minority/mongolian:嘎拉森}}看着。等孩子大了我就回去，老了也要老在草原上。孙子说他跟我走，他爸说不行，得在这边念书。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:宁阳县文庙街道七里社区新苑小区4号楼2单元501室}}，老家是{{address:镶黄旗新宝拉格镇巴音塔拉嘎查二组9号}}。我身份证{{id_number@wy1956spaced.152528}}，孙子的{{id_number@my2015tri.370921}}。我电话{{mobile@s434}}，{{han:巩凡丽}}的{{mobile@plus86}}。儿子的微信叫{{wechat:hangjinbate_1986}}。孙子有QQ，号码他一个数一个数念，楼下的孩子帮我写在挂历上：{{qq:１９０４７３６５２８}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。学校写成{{spaced:楚 鲁 巴 根}}，低保表上我是{{spaced:伊达木　苏荣}}，儿子成了{{spaced:杭锦 巴特}}，孙子的汉名写成{{spaced:包 子 恒}}。
访谈者：您最盼什么？
受访者：盼孙子平平安安长大，盼他爸少下几年井。这四年，多亏了{{han:巩凡丽}}。
""")

# H1242: Amdo Tibetan father from 尖扎 who works in a 泗水 sweet-potato noodle plant, raising two girls after their
# Han mother died; the younger girl is lame.
DOCS["H1242"] = ("family", """\
访谈者：师傅，您是青海哪里人？
受访者：{{trap/place:黄南}}{{trap/place:尖扎}}的。我叫{{minority/tibetan:万玛才让}}，厂里的人以为我姓万，都喊我{{minority/tibetan:老万}}。在{{trap/place:泗水}}这家粉条厂干了六年，冬天漏粉、晾粉，夏天看机器。
访谈者：怎么到泗水来的？
受访者：孩子妈{{han:卞秀云}}是泗水人，早年在{{trap/place:西宁}}打工，跟我认识的。前年她查出白血病，三个月人就没了。我带俩闺女回了她娘家，丈母娘{{han:曾庆芝}}还能搭把手。
访谈者：闺女们多大？
受访者：大的{{minority/tibetan:才旦拉毛}}十岁，汉名随她妈姓，叫{{han:卞欣悦}}，在{{school:泗水县济河街道中心小学四年级（3）班}}。小的{{minority/tibetan:才吉草}}才七岁，生下来左腿短一截，走路拄拐，汉名{{han:卞欣然}}，在{{school:泗水县实验小学一年级（2）班}}。学校花名册上写成{{minority/tibetan:卞才吉草}}，把她妈的姓安在藏名前头。我就让{{minority/tibetan:才吉草}}自己挑，她说两个名都要。
访谈者：都有哪些补助？
受访者：小的有残疾证，拿两项补贴，一个月一百多，不多，够买药。村里的儿童主任{{han:訾红梅}}又给俩孩子报了困境儿童，一个月{{trap/number:九百八十元}}。低保是{{han:訾红梅}}跑了三趟才批下来的，{{han:訾红梅}}她说一个大男人带俩闺女不容易。县{{trap/org:残联}}给小的配了新拐，是社工{{compound:南宫知夏}}去领的，她同事{{compound:公西亦然}}每月带孩子去做康复。
访谈者：厂里照顾您吗？
受访者：厂长{{han:要立新}}要我只上白班，好接孩子。车间的{{han:能大姐}}能说会道，替我跟会计要加班费。烧锅炉的{{han:孔繁春}}夏天给孩子捎西瓜。{{han:要立新}}说今年粉条卖到{{trap/place:韩国}}去了，年底给我涨钱。过年厂里发了一箱粉条、一桶油，我给老家寄了一半，阿妈说山东的粉条比我们那儿的滑。
访谈者：粉条厂的活累吗？
受访者：累。漏粉的时候锅里的水得一直滚着，屋里跟蒸笼一样，一天下来衣裳能拧出水。冬天晾粉在外头，手冻得裂口子。我们青海人不怕冷，就怕潮。一个月拿四千二，加班多了能到五千。{{han:能大姐}}说我是车间里最能熬的。
访谈者：您一个大男人，做饭梳头都会吗？
受访者：开始啥也不会。辫子是丈母娘教我编的，编得歪歪扭扭，{{minority/tibetan:才旦拉毛}}嫌丑，自己学着梳，现在还给妹妹梳。做饭我就会下面条、炒土豆丝，{{han:曾庆芝}}隔三差五送煎饼、送菜过来。礼拜天我给她们熬奶茶，放盐，小的爱喝，大的说同学喝的奶茶是甜的，我说那不叫奶茶，那叫糖水。
访谈者：孩子们想妈妈吗？
受访者：想。小的晚上抱着她妈的照片睡，大的嘴上不说，作文里写的都是她妈。{{han:卞秀云}}走的时候跟我说，别把闺女带回青海，这边念书好，我就留下了。清明我领俩孩子去上坟，小的拄着拐走不了山路，是我背上去的。医生说她十二岁以后能做手术把腿拉长，得十几万，{{compound:南宫知夏}}帮我们找了{{trap/org:慈善总会}}。
访谈者：老家那边呢？
受访者：阿妈{{minority/tibetan:尕桑吉}}七十了，跟我弟弟{{minority/tibetan:才让加}}住在{{trap/place:坎布拉}}山下。{{minority/tibetan:才让加}}才把羊卖了，说要来泗水看侄女。他每年寄{{trap/minority_word:酥油}}和{{trap/minority_word:曲拉}}来。过{{trap/minority_word:洛萨}}我给闺女们拌糌粑，放{{trap/famous:才旦卓玛}}的歌，大的会唱两句。
访谈者：您想过回青海吗？
受访者：想过。尖扎的夏天凉快，{{trap/place:黄河}}边上的杏子熟了，满山都是香的。可回去了孩子念书是个事，小的腿还得在这边看。我跟阿妈说，等闺女们长大了我就回去放羊。阿妈说，你回来的时候我要是不在了，就去寺里给我点一盏灯。我在电话里没吭声，挂了电话在厂房后头蹲了半天。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:才旦拉毛}}学习好，班主任{{han:伏秋菊}}说她作文里有草原的味儿。小的体育课坐在边上，同桌{{han:颜如意}}天天扶她去厕所。她回来说，{{han:颜如意}}是她最好的朋友。家长会我去过一回，满屋子都是妈妈、奶奶，就我一个当爹的，老师让我上去讲两句，我说谢谢老师，就下来了。
访谈者：登记信息说一下吧。
受访者：住{{address:泗水县济河街道泉源社区东三巷15号}}，老家{{address:尖扎县马克唐镇洛哇村三社12号}}。我身份证{{id_number@my1984hyphen.632322}}，小闺女的{{id_number@wy2017fwhyphen.370831}}。我电话{{mobile@s38}}，{{han:訾红梅}}的{{mobile@fws}}。我微信{{wechat:wanma_jianzha84}}。大闺女有QQ，号码她写在粉条箱的纸皮上：{{qq:3917250486}}。
访谈者：名字写得对吗？
受访者：不对。工资表上我是{{spaced:万 玛 才 让}}，低保表写成{{spaced:万玛　才让}}，大闺女成了{{spaced:才 旦 拉 毛}}。{{minority/tibetan:老万}}这个叫法倒是哪张表上都没有。
访谈者：最后想说什么？
受访者：等小的腿治好了，带她们回尖扎看阿妈。我想让她们记着，她们是藏族，也是泗水人。这几年，靠的是{{han:訾红梅}}。
""")

# H1243: Uyghur mother from 墨玉 who sells roast naan in 济河街道; her husband is in hospital after a road accident.
DOCS["H1243"] = ("family", """\
访谈者：大姐，您这馕是自己打的？
受访者：自己打的，{{trap/minority_word:馕坑}}是从老家运来的。我叫{{minority/uyghur:努尔尼莎·买提尼亚孜}}，{{trap/place:和田}}{{trap/place:墨玉}}人。这条街上都叫我{{minority/uyghur:尼莎}}，买馕的小孩叫我馕阿姨。在{{trap/place:济河街道}}摆摊第三年了。
访谈者：家里现在谁照顾？
受访者：我男人{{minority/uyghur:麦麦提萨力·阿卜杜萨拉木}}去年冬天骑三轮送馕，在路口叫货车撞了，骨盆碎了，现在还在{{trap/org:济宁医学院附属医院}}躺着。{{minority/uyghur:麦麦提萨力}}他以前一天能打三百个馕，现在翻身都要人帮。护工太贵，我白天摆摊，晚上坐车去陪床，护士们都喊我{{minority/uyghur:努尔尼莎}}。
访谈者：孩子们呢？
受访者：儿子{{minority/uyghur:穆萨江·麦麦提萨力}}十二岁，在{{school:泗水县第二实验学校六年级（4）班}}，同学都叫他{{minority/uyghur:小穆}}。闺女{{minority/uyghur:阿依吐拉·麦麦提萨力}}七岁，学校名单上没写点，成了{{minority/uyghur:阿依吐拉麦麦提萨力}}，在{{school:济河街道泗河小学一年级（3）班}}。晚上我去医院，{{minority/uyghur:穆萨江}}就领着妹妹写作业。{{minority/uyghur:阿依吐拉}}她胆小，不敢一个人睡。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:都海燕}}都快成我们家亲戚了。她给两个孩子报了困境儿童，一个月{{trap/number:八百六十元}}，又替我男人申请了临时救助，社区还给我们送过一袋面、一桶油。房东{{han:闵大爷}}说房租等他出院再给。城管{{han:燕振国}}给我划了个不挡道的摊位。骨科的{{han:冉秋池}}大夫说他明年能下地。社工站的{{compound:东郭婉清}}每周来一回，她同事{{compound:百里星阑}}带孩子们去图书馆。
访谈者：您一个人忙得过来吗？
受访者：忙不过来。早上四点和面，六点生火，打馕要{{trap/minority_word:皮牙子}}、芝麻，一天卖两百个。我男人的弟弟{{minority/uyghur:木合塔尔江}}从墨玉赶来替了我半个月。老乡{{minority/uyghur:托合提阿洪}}在{{trap/place:济宁}}卖{{trap/minority_word:烤包子}}，隔几天给我男人送饭。
访谈者：打馕辛苦吗？
受访者：辛苦。馕坑烧起来三百多度，夏天站在坑边上，脸烤得通红，胳膊上全是烫的疤。冬天倒好，坑边暖和，买馕的人也多。泗水人开始不认识馕，说这是大烧饼，现在好些人天天来买，还有从{{trap/place:曲阜}}开车来的。卖得最好的是芝麻馕，一个{{trap/number:五块钱}}。
访谈者：住院花了多少钱？
受访者：十三万多了。货车的保险赔了一部分，剩下的是借的，老乡们凑了两万，{{minority/uyghur:托合提阿洪}}一个人就拿了五千。大病救助是{{han:都海燕}}帮着报的，报下来四万。
访谈者：孩子们在学校习惯吗？
受访者：儿子刚来的时候汉话说不好，同学笑他，他跟人打了一架。班主任{{han:孔祥芸}}老师没骂他，叫他上台教同学说维吾尔话，“你好”“谢谢”，同学们学得可起劲，从那以后就没人笑他了。{{minority/uyghur:小穆}}现在山东话比我说得还好，张嘴就是“俺”“恁”。闺女喜欢跳舞，{{minority/uyghur:阿依吐拉}}她说长大要去北京跳。
访谈者：您男人现在怎么样？
受访者：能坐起来了，在练着走。{{minority/uyghur:麦麦提萨力}}他脾气变了，以前爱说爱笑，现在常常一天不说话，说自己成了废人，拖累我们娘仨。我跟他说，你躺着也是孩子的爸。
访谈者：街坊们对你们好吗？
受访者：好。对面卖煎饼的{{han:孟繁英}}早上给孩子们留两个鸡蛋饼，下雨天帮我把馕收进屋。我给她送馕，她不要钱，我也不要她的钱，就这么换着吃。
访谈者：孩子们想家吗？
受访者：想。{{trap/minority_word:古尔邦节}}那天闺女穿上{{trap/minority_word:艾德莱斯}}裙子，在病房里给她爸跳舞，护士们都来看。儿子爱听{{trap/famous:阿凡提}}的故事，他爸躺着也给他讲。闺女没回过墨玉，只在视频里见过奶奶。奶奶在视频里哭，说孙女长得像她爸小时候。儿子说等他长大了，要开一家最大的馕店，开到济南去。
访谈者：您自己身体怎么样？
受访者：腰疼，手上全是烫伤。晚上在医院陪床睡不好，白天就在馕坑边上打瞌睡，有一回差点把手伸进坑里，吓出一身汗。可我不能倒，我倒了这个家就没了。
访谈者：登记信息请您说一下。
受访者：我们租在{{address:泗水县济河街道金庄社区西后街8号}}，老家{{address:墨玉县喀尔赛乡阿克墩村四组27号}}。我男人的身份证{{id_number@my1983quad.653222}}，闺女的{{id_number@wy2017x.653222}}。我电话{{mobile@h38}}，{{han:都海燕}}的{{mobile@p86h}}。我微信{{wechat:nurnisa_nang88}}，买馕的扫这个。儿子有QQ，号码他刻在文具盒盖上：{{qq:85061394}}。
访谈者：名字写得对吗？
受访者：乱。医院写成{{spaced:麦麦提萨力 · 阿卜杜萨拉木}}，学校把儿子写成{{spaced:穆 萨 江}}，低保表上我是{{spaced:努尔尼莎 买提尼亚孜}}，闺女写成{{spaced:阿 依 吐 拉}}。
访谈者：最后想说什么？
受访者：盼我男人早点下地，一家人再一块打馕。谢谢{{han:都海燕}}。
""")

# H1244: Hui grandfather from 广河 raising the three children of his dead son in 泉林镇.
DOCS["H1244"] = ("family", """\
访谈者：大爷，您老家是甘肃的？
受访者：{{trap/place:临夏}}{{trap/place:广河}}的，回族。我叫{{han:冶生财}}，经名{{minority/hui:素来曼}}。二十年前跟着贩皮子的老乡来了泗水，在{{trap/place:泉林镇}}落了户，村里大人叫我{{han:老冶}}，小孩叫{{han:冶大爷}}。
访谈者：孙子孙女怎么跟着您的？
受访者：儿子{{han:冶福全}}，经名{{minority/hui:耶海亚}}，前年在工地上从架子上掉下来，人没了。儿媳妇{{han:韩彩霞}}回了临夏，又嫁了人，一年打一回电话。老伴{{minority/hui:苏尔麦}}走得早，三个娃娃就剩我了。
访谈者：孩子们多大？
受访者：大孙女{{han:冶雪梅}}十四，经名{{minority/hui:鲁克叶}}，在{{school:泉林镇初级中学八年级（1）班}}。二的孙子{{han:冶子龙}}十一，经名{{minority/hui:塔里布}}，老师点名图省事，叫他{{minority/hui:冶塔里布}}，在{{school:泉林镇中心小学五年级（3）班}}。小的{{han:冶子虎}}六岁，经名{{minority/hui:阿丹姆}}，上学前班。{{minority/hui:阿丹姆}}他黏我，夜里要摸着我的胡子才睡。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:仲晓燕}}给三个娃报了事实无人抚养，一人一个月{{trap/number:一千二百一十元}}。村会计{{han:有宝成}}有辆三轮，下雨天替我送娃娃上学。{{han:仲晓燕}}她还领着{{minority/hui:鲁克叶}}去县里申请了助学金。镇上民政的{{han:伏建业}}说我岁数大了，可以再报个低保。县社工站的{{compound:梁丘慕白}}每月来一趟，跟她一块的{{compound:叔孙婉宁}}给大孙女补英语。
访谈者：吃饭怎么办？
受访者：村里就我一家回族，娃娃们在学校吃不成食堂，中午我送饭。我做拉面、搓鱼子，娃娃们爱吃，老师也照顾，让他们中午回家吃。{{minority/hui:塔里布}}嘴馋，天天要吃{{trap/minority_word:油香}}。{{trap/place:济宁}}的{{han:沙德胜}}阿訇隔俩月来看一回，给娃娃们讲{{trap/famous:郑和}}下西洋。
访谈者：您一个人带三个，身体吃得消吗？
受访者：吃不消也得吃。我腿上有静脉曲张，站久了就肿。早上五点起来做饭，送完娃娃去地里，下午三点再去接。{{han:冶雪梅}}懂事，放了学帮我擀面、洗衣裳，周末还给两个弟弟查作业。就是{{han:冶子龙}}皮，上回爬树摔破了头，缝了四针。
访谈者：娃娃们的功课跟得上吗？
受访者：大的好，二的一般，小的还看不出来。我不识几个字，作业上的事管不了，就是{{minority/hui:鲁克叶}}带着弟弟们写。{{minority/hui:塔里布}}数学好，语文差，老师说他上课老看窗户外头。礼拜五晚上我教他们念几句经，{{han:沙德胜}}阿訇说娃娃们记性好，比我强。{{minority/hui:阿丹姆}}跟着念，念着念着就睡着了。
访谈者：娃娃们想妈妈吗？
受访者：想。小的见了穿红衣裳的女人就喊妈。{{han:韩彩霞}}过年寄来三身新衣裳，大孙女没穿，叠好了放在柜子里。我跟她说，你妈也难，别怪她。二的不提他妈，一提就摔门。小的还问，妈妈啥时候来接我。
访谈者：补助的钱够用吗？
受访者：够吃饭，穿衣裳靠人送。三个娃娃一年光学费、资料费、校服就得好几千，大孙女上了初中花钱更多。我卖了两只羊，才把她的补课费交上。镇上发的米面油，我都省着吃。
访谈者：老家还有人吗？
受访者：弟弟{{han:冶进财}}在广河贩牛羊，{{han:冶进财}}他想把娃娃接回去，我舍不得。弟媳{{minority/hui:阿西也}}每年寄来{{trap/minority_word:馓子}}。{{trap/minority_word:开斋节}}那天，我领三个娃娃跟他们打视频，大孙女唱{{trap/minority_word:花儿}}给她二爷爷听。
访谈者：在泉林住了这些年，习惯吗？
受访者：习惯了。泉林的水好，{{trap/place:泗河}}边上种的菜都水灵。刚来那几年，村里人没见过回族，问我为啥不吃猪肉，我说这是我们的规矩，他们就记住了，谁家办事都单给我做一桌。这二十年，我贩过皮子、卖过牛肉，现在老了，种二亩菜，养几只羊。羊是给娃娃们留的，过{{trap/minority_word:古尔邦节}}宰一只，肉分给村里的老人。
访谈者：您最担心什么？
受访者：担心我走了以后娃娃们咋办。我跟{{han:冶进财}}说好了，我要是不在了，他把三个娃娃接回广河。可大孙女说她不走，她要在泗水考大学，考上了把两个弟弟也带出去。我听了又高兴又难受。
访谈者：登记信息请您说一下。
受访者：家在{{address:泗水县泉林镇卞家庄村二组16号}}，老家{{address:广河县三甲集镇塔布村五社3号}}。我的身份证{{id_number@my1951.622924}}，小孙子的{{id_number@my2018spaced.370831}}。我电话{{mobile@hyphen}}，{{han:仲晓燕}}的{{mobile@s74}}。大孙女有微信，叫{{wechat:xuemei_quanlin10}}，QQ号她写在我的记账本上：{{qq:746193028}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:冶 生 财}}，二孙子写成{{spaced:冶 塔 里 布}}，大孙女的经名写成{{spaced:鲁克　叶}}。
访谈者：最后说点啥？
受访者：我七十三了，就怕走在娃娃前头。娃娃们能念成书，我就对得起{{han:冶福全}}。
""")

# H1245: Han 儿童主任 in 磁窑镇 reading out her register.
DOCS["H1245"] = ("staff", """\
访谈者：您今天带的是登记本？
受访者：对，{{trap/place:磁窑镇}}这一片的困境儿童都在上头。我叫{{han:郜玉芬}}，东庄村的儿童主任，兼着村里的妇联主席。我挨户念，你记。
访谈者：好。
受访者：第一户，{{han:宁成就}}，男，十一岁。他爸在窑上出了工伤，人没了，他妈改嫁去了{{trap/place:泰安}}，跟爷爷{{han:宁广福}}过。{{han:宁成就}}就在{{school:磁窑镇中心小学五年级（2）班}}，学习中等。住{{address:宁阳县磁窑镇东庄村三组18号}}，身份证{{id_number@my2013.370921}}。事实无人抚养，每月{{trap/number:一千二百六十元}}。
访谈者：第二户？
受访者：第二户姐弟俩。爸爸{{han:闵长胜}}吸毒，在强戒所；妈妈精神残疾二级，回了娘家。姐姐{{han:闵雨萱}}十二，在{{school:磁窑镇初级中学七年级（4）班}}；弟弟{{han:闵雨泽}}八岁。俩孩子跟奶奶{{han:把凤仙}}，{{han:把凤仙}}把俩孩子看得跟眼珠子似的。住{{address:宁阳县磁窑镇西太平村一组7号}}，奶奶的身份证{{id_number@wold.370921}}，弟弟的{{id_number@my2016fullwidth.370921}}。
访谈者：第三户？
受访者：第三户，{{han:鲍天佑}}，男，十岁。他妈是内蒙古{{trap/place:通辽}}嫁过来的，叫{{minority/mongolian:斯日木其其格}}，去年乳腺癌走了；他爸{{han:鲍长山}}在水泥厂轧断了手，有残疾证。孩子的蒙古名叫{{minority/mongolian:苏德巴特尔}}，学校的表上写成{{minority/mongolian:鲍苏德巴特尔}}，在{{school:磁窑镇中心小学四年级（1）班}}，不爱说话，画画好，画的都是马。他姥姥{{minority/mongolian:宝力尔图雅}}从通辽来住过一冬。他爸拿两项补贴，孩子报了困境儿童。
访谈者：第四户？
受访者：第四户是孤儿，{{compound:亓官语桐}}，女，九岁。爸妈前年在{{trap/place:京台高速}}上出了车祸，跟大姑{{compound:亓官秀琴}}过。孤儿基本生活费每月{{trap/number:一千五百四十元}}，打到孩子自己的卡上。住{{address:宁阳县磁窑镇南驿村四组22号}}，孩子的身份证{{id_number@wy2015fwspaced.370921}}。
访谈者：还有吗？
受访者：第五户，{{han:巩可心}}，女，七岁，脑瘫，坐轮椅。她爸在{{trap/place:天津}}工地上，妈妈{{han:庞秀英}}在家伺候她，拿两项补贴。{{han:庞秀英}}说孩子能听懂话，就是说不出来。住{{address:宁阳县磁窑镇东庄村五组3号}}。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:卜所长}}总管，材料报县{{trap/org:民政局}}。镇社工站{{compound:宗政予安}}跟第二户和第四户，第一户是我自己跟。{{han:宁广福}}没手机，有事打我：{{mobile@plain}}。{{compound:亓官秀琴}}的电话{{mobile@plus86dash}}，{{han:鲍长山}}的{{mobile@spaced}}。
访谈者：本子上的名字都写对了吗？
受访者：错的不少。{{compound:亓官语桐}}被写成{{spaced:亓 官 语 桐}}，还有一张写成{{spaced:亓官 语桐}}；{{spaced:宁 成 就}}；{{spaced:闵雨　萱}}；{{spaced:斯 日 木 其 其 格}}。年底我们一块核一遍。
访谈者：哪个孩子您最放心不下？
受访者：第二户的姐姐。她在学校不吭声，回家做饭、洗衣裳、看弟弟，才十二岁，手上的茧子比我还厚。{{han:闵雨萱}}说等她弟弟上了初中，她就出去打工。我跟她说，你好好念书，念出去才是正路。她点头，可我知道她心里的难处。
访谈者：这些孩子是怎么找出来的？
受访者：一是村里报，二是学校报，三是我自己挨家挨户走。每年春秋两季，我跟村干部把全村走一遍，看谁家大人病了、谁家大人不在了、谁家孩子没人管。也有邻居偷着告诉我的。{{han:宁成就}}那户就是他们家对门的老太太跑来跟我说的，说孩子一个人在家吃了三天方便面。找着了先评估，缺钱的报救助，缺人照顾的找亲戚，实在不行找{{han:卜所长}}想办法。
访谈者：补助能按时发下来吗？
受访者：能，每月十号以前打到卡上。就是新报的户要等，材料报上去，镇里审、县里批，快的一个月，慢的要三个月。中间这段我就想办法，找村里先垫点，或者找爱心企业送点米面。有一回{{han:把凤仙}}家断了粮，我从自己家背了半袋面过去。
访谈者：上面对儿童主任有培训吗？
受访者：有，县里一年两回，讲政策，讲怎么跟孩子说话。头一回去，老师讲的我半懂不懂，回来一条一条抄在本子上。现在政策我背得出来：爹妈都符合条件的算事实无人抚养，一方重残、另一方失联的也算。俺这一片十一个困境儿童，每个我都能说出他家几口人、住哪间屋、早上几点上学。
访谈者：这活儿干得累吗？
受访者：累，可也放不下。一个月补贴几百块，入户、填表、跑镇上，一样不能少。夜里有人敲门，十回有八回是孩子的事。我自己的闺女说，妈你管别人家的孩子比管我还上心。我跟她说，你有妈，他们没有。
""")

# H1246: Han social worker in 济河街道 who keeps up with her families on WeChat.
DOCS["H1246"] = ("staff", """\
访谈者：您跟这些家庭平时怎么联系？
受访者：靠微信。我叫{{han:向晓禾}}，在{{trap/place:济河街道}}社工站，孩子们都叫我{{han:向姐姐}}。家长们{{trap/word:向来}}不爱打电话，有事一条一条发语音。我手机里三十多个对话框，一个孩子一个。
访谈者：能举几个例子吗？
受访者：第一个，{{han:孔令萱}}，十岁，爸妈离了婚都不要她，跟姑姑{{han:孔繁玲}}过。姑姑自己也有两个孩子，在超市上夜班。{{han:孔繁玲}}的微信是{{wechat:kongfl_sishui}}，她晚上下了夜班才回消息。孩子报了事实无人抚养，{{trap/number:一千一百九十元}}一个月。
访谈者：第二个呢？
受访者：第二个是{{han:和小满}}，八岁，爸爸{{han:和振江}}尿毒症，一周透析三回。{{han:和小满}}和他奶奶住，奶奶七十多了，一个人伺候病人、带孩子，累得腰都直不起来。奶奶不会打字，她的微信号就是手机号：{{mobile@plain}}。{{han:和振江}}的微信是{{wechat:wxid_7q2m9k4t1s}}，透析那天他一句都不回。
访谈者：还有呢？
受访者：卖馕的{{minority/uyghur:努尔尼莎}}，她不会打汉字，全发语音，有时候让{{minority/uyghur:穆萨江}}替她打。{{minority/uyghur:小穆}}打字比我还快。粉条厂的{{minority/tibetan:万玛才让}}，我在微信上提醒他带{{minority/tibetan:才吉草}}去做康复，他回个大拇指就算知道了。
访谈者：他们平时都跟您说些什么？
受访者：啥都说。孩子发烧了，钱不够了，学校要交资料费了，半夜两点也发。{{han:孔繁玲}}有一回发来一张照片，{{han:孔令萱}}的腿让开水烫了，我赶紧找车送她们去医院。泉林镇的{{han:冶生财}}不会用手机，是大孙女{{han:冶雪梅}}替他回，一口一个“{{han:向姐姐}}好”。逢年过节家长给我发红包，我一个都不收，他们就发来一串“谢谢”。
访谈者：有没有只用QQ的？
受访者：有，{{han:颜嘉树}}，十五岁，爸爸在{{trap/org:泰安监狱}}，妈妈走了，跟着爷爷。他不用微信，就用扣扣，企鹅号是{{qq:2603817459}}。半夜一点还在线，我就在QQ上催他睡觉。他爷爷{{han:颜守田}}的电话{{mobile@p86n}}。
访谈者：还有别的孩子吗？
受访者：还有个女孩，{{han:卞晴}}，十四岁，妈妈在外地服刑，爸爸常年跑长途。她也不爱用微信，就用QQ，号码是{{qq:1472958036}}。{{han:卞晴}}爱写小说，在QQ空间里一篇一篇地发，我每篇都看，在底下留言。她说姐，你是我唯一的读者。我听了心里难受。
访谈者：站里几个人？
受访者：四个人跟着一百三十多个孩子，忙起来饭都顾不上吃。站长是{{compound:西门静姝}}，街道的督导叫{{compound:太史令仪}}，每月查一回台账。{{compound:西门静姝}}说，微信上说的事要记进个案，不能光在手机里。我的工作号是{{wechat:xiang_sgz_jihe}}，私人号不给家长。
访谈者：备注名都好找吗？
受访者：不好找。我备注的时候图快，写成{{spaced:孔　令　萱}}、{{spaced:和 小 满}}，站长写成{{spaced:西 门 静 姝}}，还有{{spaced:颜嘉 树}}。
访谈者：微信上有说不清楚的事吗？
受访者：多了。有的家长发来一长串语音，方言重，我得听三遍。有的一着急就打视频，那头孩子哭、大人吵，我只能先让他们静下来。要签字的材料、要看孩子身上的伤，这些事必须当面，我都约了上门。
访谈者：家长的信息您怎么保管？
受访者：工作手机不借人，聊天记录定期导到站里的电脑上，手机里的就删了。群里不发孩子的名字和家里的事，有事私聊。去年有个志愿者把一个孩子的照片发到了朋友圈，我们连夜让她删了，又给所有志愿者上了一课。孩子的事传出去，受伤的是孩子。
访谈者：您为什么干这一行？
受访者：我小时候也是留守的，爸妈在{{trap/place:上海}}打工，我跟着奶奶长大。那时候没有社工，也没有儿童主任，有事没人说。大学我报了社会工作，毕业就回了泗水。我就想让这些孩子有个能说话的人。
访谈者：碰到过难办的事吗？
受访者：有。上个月{{han:颜嘉树}}在QQ上说不想活了，我半夜打车去他家，他爷爷睡得沉，门都没关。我陪他坐到天亮，第二天领他去看了心理门诊。现在他每天给我发一句“姐我还好”，我才能睡着。
访谈者：您自己撑得住吗？
受访者：有时候撑不住。站里每月请督导来做减压，我也跟自己说，回消息可以慢一点，人不能倒。有事也可以打{{trap/hotline:12355}}。
访谈者：您觉得微信联系有什么不好的地方？
受访者：看不见人。语音里说没事，去了一看，锅是凉的，孩子饿了一天。所以我定了规矩，一个月至少上门一回。{{han:和振江}}那户我一个礼拜去两回，{{han:和小满}}看见我就往我怀里扑。
""")

# H1247: Han grandfather in 星村镇 raising a deaf grandson with a cochlear implant.
DOCS["H1247"] = ("family", """\
访谈者：大爷，孙子的耳朵是怎么回事？
受访者：生下来就听不见。我叫{{han:颜景和}}，{{trap/place:星村镇}}北陈村的，村里都喊我{{han:颜老三}}。孙子大名{{han:颜思聪}}，小名{{han:石蛋}}，今年八岁。
访谈者：孩子的爸妈呢？
受访者：他爸{{han:颜成林}}在{{trap/place:宁波}}开叉车，跟他妈离了，一年回来一趟。他妈{{han:鄢春燕}}改嫁去了{{trap/place:曲阜}}，不来看，她走的时候孩子才一岁，还不会走路。孩子跟着我跟老伴，老伴{{han:和玉兰}}和我一块带。
访谈者：耳朵现在怎么样？
受访者：三岁那年装了人工耳蜗，是{{trap/org:中国残联}}的救助项目给装的，县残联的{{han:冉专干}}跑前跑后，材料都是她弄的。现在{{han:石蛋}}戴上能听见个声儿，说话还不清楚。刚装上的时候他吓得直哭，以为屋里有啥怪物，后来知道是声音，整天趴在收音机跟前听。一个外机八千多，去年掉进河里泡坏了，{{han:冉专干}}又帮着申请了一个。
访谈者：上学怎么办？
受访者：在{{school:泗水县特殊教育学校二年级（1）班}}，住校，礼拜五我骑三轮去接。二十多里路，冬天风大，我把他裹在棉被里。手语老师{{han:也晓红}}也是个好人，每礼拜给我发视频，教我打手语。康复老师叫{{compound:呼延清禾}}，她说孩子耳朵好使了，脑子灵着呢。
访谈者：孩子在学校过得怎么样？
受访者：刚去的时候天天哭，礼拜五我一到门口，他就扑上来不撒手。{{han:也晓红}}说别急，慢慢就好了。现在他在学校交了朋友，回来比划着跟我说谁跟他玩、谁抢他的橡皮。礼拜天晚上送他回去，他自己背着书包就进去了，头也不回，我站在门口看了半天。
访谈者：家里有什么补助？
受访者：孩子有残疾证，拿两项补贴；村支书{{han:有庆林}}有事没事就来转转，帮我报了困境儿童，一个月{{trap/number:七百九十元}}。镇上的社工{{compound:乐正初阳}}每月来一回，陪{{han:石蛋}}搭积木、认字。
访谈者：孩子平时都干什么？
受访者：他爱看{{trap/word:颜色}}鲜亮的东西，捡了一抽屉{{trap/word:石头}}，红的绿的都有。听见拖拉机响就跑出去看。我教他喊爷爷，他喊出来是“耶耶”，我听着也高兴。他最怕外机没电，一没电他就哭。
访谈者：去大医院看过吗？
受访者：每年去{{trap/place:济南}}调一回机，在{{trap/org:山东省立医院}}。头一回去我连挂号都不会，是{{han:冉专干}}领着去的。大夫说孩子装得晚，要多跟他说话。我跟{{han:和玉兰}}就天天跟他说，喂鸡也说，做饭也说，说得嗓子都哑了。现在{{han:石蛋}}能说“奶奶”“吃饭”“上学”，邻居都说这孩子开窍了。
访谈者：您最难的时候是什么时候？
受访者：刚知道孩子听不见那会儿。县医院的大夫说了，我没听明白，又跑到济南，大夫说是先天的。回来的路上我跟他奶奶一句话没说。后来听说能装耳蜗，又听说要二十多万，我一宿一宿睡不着。
访谈者：村里人怎么看这个孩子？
受访者：大多数人心好。也有小孩笑话他，学他说话，他听不见，光看着人家笑，他也跟着笑，我看着心里疼。邻居{{han:郗大爷}}家的孙子护着他，谁欺负他就跟谁干仗。
访谈者：您自己学会手语了吗？
受访者：学了几十个，吃饭、睡觉、上学、爷爷、奶奶、好、不好。视频我看一遍学一遍，手笨，老打错，孙子就笑我，手把手教我。有时候我想，这孩子是老天爷派来教我的。
访谈者：您老两口身体怎么样？
受访者：我七十一，腰不行；{{han:和玉兰}}血压高。我们最怕的是走了以后，孩子没人管。{{han:颜成林}}说等他攒够了钱就回来，我不知道信不信。{{han:和玉兰}}说，咱俩能多活一天，就多看孩子一天。
访谈者：孩子他爸回来的时候怎么样？
受访者：过年回来住了五天。{{han:颜成林}}给孩子买了个新书包，孩子不认他，躲在我身后。他蹲在院子里抽了半宿烟，走的时候塞给我两千块钱，说爹，孩子就交给你了。
访谈者：登记信息请您说一下。
受访者：家在{{address:泗水县星村镇北陈村二组27号}}。我的身份证{{id_number@my1953.370831}}，孙子的{{id_number@my2016quad.370831}}。我电话{{mobile@plus86spaced}}，{{han:也晓红}}的{{mobile@s38}}。他爸的微信{{wechat:yanchenglin_nb}}，我也不会用，是{{han:冉专干}}帮我加的。孙子有个QQ，老师给注册的，号码写在他书包里：{{qq:913462087}}。
访谈者：名字在表上写得对吗？
受访者：残联的表上孩子是{{spaced:颜 思 聪}}，我是{{spaced:颜景　和}}，康复老师的名字写成{{spaced:呼 延 清 禾}}。
访谈者：最后您想说啥？
受访者：盼孩子能说清楚话，自己能养活自己。这几年，全靠{{han:冉专干}}。
""")

# H1248: Han head teacher in 蒋集镇 talking about a girl whose father is in prison.
DOCS["H1248"] = ("teacher", """\
访谈者：{{han:燕老师}}，您说的这个孩子在您班上？
受访者：对，{{school:蒋集镇中学七年级（2）班}}，我当班主任第八年。我叫{{han:燕子佩}}，教数学。孩子叫{{han:冉欣怡}}，十三岁，班上都叫她{{han:小怡}}。
访谈者：她家里是什么情况？
受访者：她爸{{han:冉广军}}开设赌场，判了五年，在{{trap/place:泰安}}服刑。她妈去了{{trap/place:日照}}，再没回来。孩子跟姥姥{{han:都凤霞}}过，{{han:都凤霞}}都七十一了，还种着三亩地。家里三间瓦房，院墙塌了一半。
访谈者：孩子知道爸爸的事吗？
受访者：知道，村里人嘴碎。{{han:冉欣怡}}被人指着说是劳改犯的闺女，回来把自己关在屋里哭了一宿，是姥姥在门外守着。第二天她跟我说，老师我不想上学了。我找她谈了三回，又在班会上讲了一回，不点名。
访谈者：学校怎么帮她？
受访者：校长{{han:曾礼让}}让我报了服刑人员子女的补助，一个月{{trap/number:六百三十元}}，还免了她的住宿费。同桌{{han:能美琪}}能吃苦，两个人一块上晚自习。镇民政的{{han:邵振东}}到她家核过情况。县检察院有个帮教项目，检察官{{compound:司寇文卿}}每学期来一回，给她带书。
访谈者：姥姥身体怎么样？
受访者：不好，有糖尿病，眼也花。{{han:都凤霞}}说她就怕哪天倒下了，孩子没人管。我去家访，屋里收拾得干干净净，墙上贴满了{{han:冉欣怡}}的奖状。孩子妈{{han:陶素芬}}走的时候孩子才五岁，这些年就来过一回电话。
访谈者：见过爸爸吗？
受访者：去年见过一回，是{{compound:司寇文卿}}带着去的。隔着玻璃，她一句话没说，光哭。回来以后她给她爸写信，一个礼拜一封，信封是我帮她写的地址。
访谈者：她成绩怎么样？
受访者：数学好，语文一般。她喜欢画画，画的都是屋檐下的{{trap/word:燕窝}}、麦地、姥姥家的门楼。我让她出黑板报，她干得可认真。{{han:小怡}}说，以后想当美术老师。
访谈者：您自己是怎么做的？
受访者：我每天晚自习后找她说几句话，问问吃了啥、睡得好不好。她不爱说，我就陪她坐着。月考她考了全班第六，我在班上表扬了她，她脸红到脖子根。{{han:能美琪}}过生日请她去家里吃饭，她回来跟我说，老师，我好久没这么高兴了。
访谈者：学校里别的老师呢？
受访者：都帮。美术老师{{han:仲秋阳}}周末给她开小灶，食堂的{{han:伏大姐}}每顿给她多打一勺菜。{{han:曾礼让}}校长说，这样的孩子，学校得兜住。
访谈者：班上同学对她怎么样？
受访者：开始有人躲着她，说她爸是坏人。我在班会上讲，一个人犯的错不能算到孩子头上，谁再说我就找谁家长。后来好多了，体育课分组，大家都抢着要她，她跑得快。
访谈者：这样的孩子您带过多少？
受访者：不少。{{trap/place:蒋集镇}}是个大镇，出去打工的多，家里出事的也多。我带过一个男孩，他爸也在里头，后来考上了{{trap/org:宁阳一中}}，现在在{{trap/place:济南}}念大学。我把他的事讲给{{han:小怡}}听，她听得可认真，问我他现在过得好不好。
访谈者：您担心她什么？
受访者：担心她初中念不完。姥姥年纪大了，她妈又不管，到了十五六岁，村里好些女孩就出去打工了。我跟{{han:都凤霞}}说好了，只要孩子想念，学费的事我们来想办法。{{han:小怡}}自己也说，她要念高中。
访谈者：她爸爸来过信吗？
受访者：来过，一个月一封，字写得歪歪扭扭。信里说在里头学了电焊，出来以后好好干活。{{han:冉欣怡}}把信都收在一个饼干盒里，谁也不让看。有一回她跟我说，老师，我恨他，可我还是想他。我不知道该怎么回她，就抱了抱她。
访谈者：跟家里怎么联系？
受访者：姥姥不识字，打电话，一打就说，老师，给你添麻烦了。{{han:都凤霞}}的电话{{mobile@s74}}。孩子有微信，叫{{wechat:xiaoyi_jiangji2011}}，周末拿姥姥的手机上；QQ号是{{qq:３０８６１５７２４}}。住{{address:宁阳县蒋集镇后杨村五组11号}}，孩子的身份证{{id_number@wy2011hyphen.370921}}。
访谈者：您觉得还缺什么帮助？
受访者：缺一个能常来看她的人。我是老师，管得了学校里，管不了家里。社工一个月来一回，检察官一学期来一回，中间的日子就靠姥姥。要是镇上能有个儿童之家，孩子放了假有地方去，就好了。
访谈者：名字在表上写得对吗？
受访者：补助表上写成{{spaced:冉 欣 怡}}，名册上分成{{spaced:冉欣 怡}}，我的名字也被写成{{spaced:燕　子　佩}}。
访谈者：最后您想说什么？
受访者：孩子没有错。我就盼她别被这件事压垮，能一直念下去。她说毕业那天，要把第一张奖状寄给{{han:冉广军}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1241,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout156",))


if __name__ == "__main__":
    main()
