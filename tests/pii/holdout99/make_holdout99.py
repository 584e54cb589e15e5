# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 99 (tests/pii/holdout99/H777-H784 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 98, written at the same time, is not an
earlier set).

Set 99 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 曲靖 (Yunnan): a
Mongolian grandfather from 苏尼特右旗 (锡林郭勒) living with his daughter's family in 麒麟区, raising the two
children of his son and daughter-in-law, who died on the road in a blizzard; an Amdo Tibetan mother from 泽库 (黄南)
who cleans at a hospital in 麒麟区, her husband at home with hydatid disease and her two children in school there; a
Hui butcher in 会泽, Hui of 会泽 for generations, looking after the children of his brother (dead of silicosis, the
widow on dialysis), the son of a man in prison and the left-behind children of his mosque quarter; a Uyghur father
from 洛浦 (和田) with a kebab stall in 沾益, his wife crippled by rheumatoid arthritis, raising his dead brother's son
with his own two children; a Han grandmother in 宣威 raising the three children of her son, who is in prison, their
mother gone; a Han primary-school teacher in 陆良 going through the five children in distress of her class and how
she reaches their families on WeChat and QQ; a Han township civil-affairs clerk in 罗平 reading from his register
(orphans, a prisoner's child with a mentally ill mother, a Buyei family with a maimed father); and a Han coal miner
in 师宗 whose wife is depressed and at her parents', with his children and those of a workmate killed by a roof fall.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names with short forms after the full name (吉仁台巴雅尔 then 吉仁台他, 特木伦朝克图 then 特木伦), a Han
surname before a Mongolian given name (包吉仁台) and the Han names of the same people (包振清, 包秀云, 包宇航); Amdo
Tibetan names with short forms (德吉卓尕 then 卓尕, 仁增东主 then 东主的, 闹日吉 then 闹日就) and Han names of
Tibetans (杨德芳, 杨正杰); Han-form Hui names (纳永旺, 纳长寿, 撒秀珍, 保有德, 赛丽娟), 经名 alone (巴克尔, 苏海布,
赛纳白) and after a Han surname (纳哈桑, 纳鲁琪娅 then 鲁琪娅, 马卢格曼 then 卢格曼他, 保努哈也, 保穆萨); Uyghur given
name + father's name with and without the dot (艾合麦提尼亚孜·吐尔地, 吐尔地江艾合麦提尼亚孜, 热西丁·阿卜杜克热木)
and short forms (艾合麦提尼亚孜, 吐尔地江也, 热西丁, 麦迪娜她, 布合丽且姆她); Han names with the surnames of the
region (缪, 浦, 晏, 卯, 孔, 龚, 管, 俞, 尹, 岑, 韦, 皮, 汪, 汤, 简, 纳, 撒, 保) and common ones, names that contain or end in
words (纳长寿, 纳永旺, 管家和 beside the trap 管家, 卯天福, 韦明月, 韦明星, 陈小满, 张有才, 欧阳朝阳, 吕德旺, 龙德全),
nicknames (大妞, 旺旺, 幺宝) and word nicknames, annotated whole (水桶, 辣椒, 火钳); a surname with only a title or
kin word, annotated whole (纳师傅, 纳大爹, 撒阿訇, 钱所长, 邓主任, 老杨, 老艾, 郭大姐, 朱队长, 龚奶奶, 浦支书, 缪婶,
尹大夫, 俞老师, 卢校长, 罗支书, 汪干事, 朱科长, 龙大哥, 老龙, 汤主任); names with titles and kin words (浦丽芬老师,
钱志远所长, 段明辉大夫, 郭凤英大姐, 卯丽芳主任, 岑光亮书记, 邵桂芝姨; the span is the name only); a name written
twice on a form (岑福海岑福海); names directly before particles and verbs (缪国强他, 奥登挂都, 尖木措她, 羊本加他,
卯天福他, 徐建伟他, 管丽娟她, 韦金福他们家, 何春莲也, 辣椒说, 王晓雪就, 简玉梅那边, 吕德旺说) and after
叫/是/给/跟/找/让 (叫赫连一帆, 是拓跋语嫣, 给闹日吉, 找罗支书, 跟吕德旺, 让旺旺); names spaced out character by
character in half- and full-width spaces, dotted names with spaces around the dot, names split in two; compound
surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:纳永旺}}``, ``{{qq:2870351946}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.152524}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 大姐, 姨) and a
particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她, 他, 他们家, 那边) are outside the
span; a surname with only a title or kin word and no given name (纳师傅, 老杨, 缪婶, 汤主任) and a nickname (大妞,
水桶) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (包振清, 杨德芳, 纳永旺) are category
han; a Han surname before a non-Han given name (包吉仁台, 纳哈桑, 马卢格曼) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout99/make_holdout99.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(99_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "137", "139", "147", "150", "153", "156", "159", "172", "176", "180", "184",
                   "187", "189", "193"]

DOCS: dict[str, tuple[str, str]] = {}

# H777: Mongolian grandfather from 苏尼特右旗 (锡林郭勒) living with his daughter's family in 曲靖; his son and
# daughter-in-law died on the road and he brought their two children south.
DOCS["H777"] = ("family", """\
访谈者：大爷，您从内蒙古来曲靖几年了？先说说家里的情况吧。
受访者：快三年了。我叫{{minority/mongolian:阿木古楞巴特尔}}，户口本上的汉名是{{han:包振清}}，老家在{{trap/place:锡林郭勒}}的{{trap/place:苏尼特右旗}}，放了四十年羊。{{trap/year:二〇二一年}}冬天，儿子{{minority/mongolian:特木伦朝克图}}和儿媳{{minority/mongolian:乌日根塔娜}}开车去{{trap/place:二连浩特}}送羊绒，路上赶上白毛风，车翻了，两口子都没了，留下一个孙子一个孙女。老伴前些年就走了，我一个老头子带不了，闺女就把我们爷孙三个接到{{trap/place:曲靖}}来了。
访谈者：您女儿在这边成的家？
受访者：对。闺女叫{{minority/mongolian:其其格苏布达}}，在这边上班用汉名{{han:包秀云}}。她在{{trap/place:呼和浩特}}念书的时候认识了女婿{{han:缪国强}}，他是{{trap/place:麒麟区}}人，跑货运。{{han:缪国强}}他话少，心好，说两个孩子跟他亲生的一样。他们自己还有个闺女叫{{han:缪思彤}}，一家六口挤在{{address:麒麟区南宁街道金麟小区8栋2单元503室}}，三室一厅，我跟孙子睡一屋。
访谈者：孙子孙女多大了？
受访者：孙子{{minority/mongolian:吉仁台巴雅尔}}十二，家里叫他{{minority/mongolian:吉仁台}}，学籍上的名字是{{han:包宇航}}，报名时他妈给填的是{{minority/mongolian:包吉仁台}}，在{{school:麒麟区第七中学初一（4）班}}。孙女{{minority/mongolian:奥登挂}}九岁，在{{school:南宁小学三年级（2）班}}。{{minority/mongolian:奥登挂}}都快把蒙语忘光了，一张嘴全是曲靖话，回老家跟她太奶奶那边的亲戚说不上话，急得直哭。
访谈者：刚来的时候适应吗？
受访者：不适应。这边热，吃的辣，雨水多，{{minority/mongolian:吉仁台}}他头一年天天说要回草原，要骑他爸的马。我就给他讲{{trap/famous:江格尔}}，教他唱{{trap/minority_word:长调}}。班主任{{han:浦丽芬}}老师听说了，让他在班会上唱了一首，同学们拍手，从那以后他才肯开口。{{han:浦丽芬}}还常给我闺女发微信，说孩子数学跟不上，让他周末去她家补，一分钱不要。
访谈者：孩子们的生活费怎么办？
受访者：户口还在旗里，孤儿基本生活费由旗{{trap/org:民政局}}发，每人每月{{trap/number:一千六百八}}。嘎查的儿童主任{{minority/mongolian:巴达荣贵图}}每个季度跟我们视频一回，看看孩子长高了没有。这边社区的儿童主任{{han:晏丽琼}}也把两个孩子登记上了，冬天送棉被，开学送书包。街道民政所的{{han:钱志远}}所长说，户口迁过来以后就在这边发，{{han:钱所长}}正帮我们跑手续，两边的表格要盖七八个章。
访谈者：还有谁帮过你们？
受访者：社工站的{{han:尹海燕}}常来，她同事{{compound:闾丘佳琪}}给孙女补语文。还有个男社工叫{{compound:赫连一帆}}，周末带孙子去体育馆打篮球。老家的邻居{{minority/mongolian:桑布道尔吉}}每年秋天寄两箱风干牛肉来，说别让孩子忘了家里的味道。
访谈者：孩子们想爸妈吗？
受访者：想。{{minority/mongolian:奥登挂}}她晚上抱着她妈的一条{{trap/minority_word:哈达}}睡。过{{trap/minority_word:查干萨日}}的时候，我们在阳台上摆了{{trap/minority_word:手把肉}}和{{trap/minority_word:奶豆腐}}，朝北边磕头，女婿也跟着磕。{{minority/mongolian:特木伦}}活着的时候最爱过年，样样都是他张罗，现在轮到我这个老头子了。
访谈者：孙子现在怎么样？
受访者：长高了，比我还高半个头。上了初中话又少了，放学就关在屋里。有一回我听见他跟老家的同学打电话，说他爸要是在，今年就该带他去看赛马了。我在门口站了半天，没敢进去。闺女说男孩子到这个岁数都这样，让我别多想。
访谈者：您女儿一家负担重吗？
受访者：重。女婿跑一趟货挣一趟的钱，闺女在超市当收银员，一个月三千多。添了我们三张嘴，吃穿、学费、药费，都得从这里头出。我过意不去，在小区门口帮人看自行车，一个月也能挣几百块，闺女不让，说我腿不好，我就偷偷去。我不想成了她们的{{trap/word:包袱}}。
访谈者：您自己身体怎么样？
受访者：膝盖坏了，去年在{{trap/org:市第一人民医院}}换了一个。骨科的{{han:段明辉}}大夫说，老人家别再骑马了。我说这边也没马骑。医药费女婿掏了一大半，剩下的老家新农合报了。我这把年纪，就想多活几年，把两个孩子送出去。
访谈者：登记表上要写证件和联系方式。
受访者：我的身份证{{id_number@mold.152524}}，孙子的{{id_number@my2013spaced.152524}}。老家的地址是{{address:苏尼特右旗赛汉塔拉镇额很乌苏嘎查三组14号}}。我电话{{mobile@plain}}，闺女的{{mobile@hyphen}}，她微信叫{{wechat:qiqigesubuda_bao}}。孙子有个QQ，跟老家的同学聊天用，他说号码是{{qq:2870351946}}。
访谈者：表上的名字写得对吗？
受访者：老出错。学校花名册上写成{{spaced:吉 仁 台 巴 雅 尔}}，医院给我写的是{{spaced:阿木古楞 巴特尔}}，孙女的作业本上是{{spaced:奥　登　挂}}，女婿也被写成{{spaced:缪 国 强}}。
访谈者：最后您还想说什么？
受访者：等孩子们大了，带他们回草原看看，那是他们爸妈的地方。
""")

# H778: Amdo Tibetan mother from 泽库 (黄南) cleaning at a hospital in 麒麟区; her husband has hydatid disease at home.
DOCS["H778"] = ("family", """\
访谈者：阿姐，您刚下班，我们就在休息室聊一会儿。
受访者：好。我叫{{minority/tibetan:德吉卓尕}}，老家在{{trap/place:黄南}}{{trap/place:泽库县}}，在这家医院做保洁四年了。科室里的人念不顺，都叫我{{minority/tibetan:卓尕}}。身份证上还有个汉名{{han:杨德芳}}，是上学时老师起的，我自己都快忘了。
访谈者：怎么想到来{{trap/place:麒麟区}}的？
受访者：我男人{{minority/tibetan:仁增东主}}得了包虫病，肝上开过两回刀，干不了重活，在老家跟他阿妈放几头{{trap/minority_word:牦牛}}。他妹妹{{minority/tibetan:尖木措}}嫁到曲靖，说这边医院招保洁，管住，我就带着两个娃娃过来了。{{minority/tibetan:尖木措}}她男人{{han:龚建华}}在这边开茶叶店，帮我们租了房子，头三个月的房租也是他垫的。
访谈者：娃娃们多大？
受访者：儿子{{minority/tibetan:羊本加}}十三，学校里登记的汉名是{{han:杨正杰}}，在{{school:麒麟区第三中学初一（7）班}}。女儿{{minority/tibetan:闹日吉}}十岁，在{{school:廖廓小学四年级（3）班}}，家里叫她{{minority/tibetan:闹日}}。{{minority/tibetan:羊本加}}他刚来一句汉话不会说，班主任{{han:孔晓琳}}老师每天放学留他半个钟头教认字，现在作文能写八百字了。{{minority/tibetan:闹日}}就爱跳舞，学校联欢会上跳{{trap/minority_word:锅庄}}，别的小朋友都跟着学。
访谈者：家里有哪些困难？
受访者：我一个月工资两千出头，房租就要{{trap/number:六百五}}。老家乡上给我男人报了低保，两个娃娃算困境儿童，每人每月有{{trap/number:三百六}}的补贴。乡里的儿童主任{{minority/tibetan:官却加}}每个月打电话问娃娃的学习。这边社区的{{han:邓主任}}帮我们办了居住证，娃娃上学没交一分钱借读费。
访谈者：医院里的同事对您好吗？
受访者：好得很。保洁组的组长{{han:老杨}}是本地人，知道我男人病了，排班总让着我。护士长{{han:俞红艳}}把她姑娘穿小的衣服都给了{{minority/tibetan:闹日吉}}。医院社工部有个姑娘叫{{compound:上官羽岚}}，给两个娃娃申请了{{trap/org:红十字会}}的助学金，每年{{trap/number:两千}}。她的同事{{compound:诸葛闻笛}}还给{{minority/tibetan:羊本加}}找了个大学生辅导英语。
访谈者：一个人带两个孩子，平时怎么安排？
受访者：我早上六点上班，娃娃们自己起来吃饭上学。中午我在医院食堂吃，晚上七点回家做饭。周末医院人少，我就带着{{minority/tibetan:闹日}}来上班，她坐在楼梯间写作业，谁路过都给她塞个苹果。最怕的是娃娃生病，有一回儿子半夜发烧，我背着他跑到急诊，值班的大夫一看是我，连挂号费都没让交。
访谈者：娃娃们想爸爸吗？
受访者：想。暑假我带他们回{{trap/place:泽库县}}，一下车就往草地上跑。{{minority/tibetan:仁增东主}}他身体不好，还是骑摩托到县城来接。娃娃跟阿爸在帐篷里喝{{trap/minority_word:酥油茶}}、吃{{trap/minority_word:糌粑}}，过{{trap/minority_word:洛萨}}的时候一家人上山{{trap/minority_word:煨桑}}。村医{{minority/tibetan:久美才让}}每回都来家里看看，说{{minority/tibetan:东主}}的病要按时吃药，不能喝酒。
访谈者：您男人的病能治好吗？
受访者：大夫说要再做一次手术，得去{{trap/place:西宁}}。钱是个坎，县里大病救助能报一部分，剩下的我在攒。他不让我说，怕娃娃们担心，每回打视频都笑，说好多了。
访谈者：老家还有谁在照顾？
受访者：我阿妈{{minority/tibetan:拉毛草}}七十了，跟我男人一起住。她给孙子讲{{trap/famous:格萨尔王}}的故事，一讲一晚上。邻居{{minority/tibetan:才让当周}}家放牛的时候，连我家的一起放了。
访谈者：娃娃们在学校交到朋友了吗？
受访者：交到了。{{minority/tibetan:闹日}}的同桌是个本地小姑娘，两个人形影不离，周末也要凑在一起写作业。那小姑娘的妈妈开米线店，常留她吃饭，说多一双筷子的事。儿子那边难一点，男孩子爱比，谁穿什么鞋、谁拿什么手机都要比。他回来跟我说想要一双球鞋，我攒了两个月给他买了，他穿了一个礼拜舍不得，又脱下来放回盒子里。我说买了就是穿的，他说留着回老家穿给阿爸看。我听了躲到厨房里，眼泪止不住。
访谈者：登记表上要写证件、电话。
受访者：我身份证{{id_number@wy1986.632323}}，儿子的{{id_number@my2012fullwidth.632323}}。老家的地址是{{address:泽库县和日镇叶贡村三社15号}}，这边租的是{{address:麒麟区廖廓街道文昌巷19号2楼}}。我的电话{{mobile@plus86}}，我男人的{{mobile@spaced}}。我微信是娃娃给弄的，叫{{wechat:dejizhuoga86}}。{{minority/tibetan:羊本加}}有QQ，说跟老家同学联系，号码写在冰箱门上：{{qq:1739460285}}。
访谈者：名字在表上写得对吗？
受访者：经常写错。医院的工牌上是{{spaced:德 吉 卓 尕}}，学校给儿子写的是{{spaced:羊本 加}}，我男人的病历上是{{spaced:仁　增　东　主}}。
访谈者：您最盼什么？
受访者：盼娃娃他阿爸病好，一家人能住在一起。
""")

# H779: Hui butcher in 会泽 (曲靖), Hui of 会泽 for generations; his dead brother's children, a prisoner's son and the
# left-behind children of his mosque quarter.
DOCS["H779"] = ("family", """\
访谈者：{{han:纳师傅}}，您这肉铺开了多少年了？
受访者：我家在{{trap/place:会泽}}卖牛肉三代了，我爷爷那辈就在古城里摆案子。我叫{{han:纳永旺}}，经名{{minority/hui:巴克尔}}。街上的人喊我{{han:纳师傅}}，小娃娃喊我{{han:纳大爹}}。
访谈者：您照顾的几个孩子是怎么回事？
受访者：头两个是我弟弟家的。弟弟{{han:纳长寿}}名字起得好，命却短，在{{trap/place:东川}}的矿上得了尘肺，{{trap/year:二〇二〇年}}走的。弟媳{{han:撒秀珍}}肾不好，一个礼拜透析三回。侄子{{minority/hui:纳哈桑}}十二，学籍上叫{{han:纳子轩}}；侄女{{minority/hui:纳鲁琪娅}}七岁，我们叫她{{minority/hui:鲁琪娅}}。两个娃娃白天在我家吃饭，晚上回去陪他妈。
访谈者：他们有哪些补助？
受访者：弟媳家报了低保，两个娃娃是困境儿童，村委会的儿童主任{{han:杨玉芬}}报上去，一人一个月{{trap/number:四百二}}。{{trap/org:县民政局}}的{{han:保丽萍}}来家里核过两次，说弟媳要是再不行了，娃娃就能按事实无人抚养算。
访谈者：还有别的孩子吗？
受访者：还有坊上的。{{han:马成海}}贩毒判了七年，女人跑了，儿子{{minority/hui:马卢格曼}}跟奶奶{{han:丁凤仙}}过。{{minority/hui:卢格曼}}他性子倔，在学校跟人打架，{{han:撒阿訇}}就叫他每天放学来{{trap/org:清真寺}}，帮着扫院子、学经。还有{{han:保有德}}老爹家，儿子儿媳在{{trap/place:昆明}}开牛肉馆，两个孙子{{minority/hui:保努哈}}和{{minority/hui:保穆萨}}留在家里。{{minority/hui:保努哈}}也就十岁，天天给弟弟洗衣服。
访谈者：这些孩子在学校怎么样？
受访者：{{minority/hui:纳哈桑}}在{{school:会泽县第一中学初一（5）班}}，成绩中等，就是爱低着头。他班主任{{han:赛丽娟}}老师也是回族，常跟我通电话。{{minority/hui:鲁琪娅}}在{{school:古城街道中心小学一年级（4）班}}，{{han:陈秋菊}}老师说她画画好，画的全是她爸。
访谈者：寺里和坊上怎么帮？
受访者：阿訇的经名叫{{minority/hui:苏海布}}，他说话坊上的人都听。{{trap/minority_word:开斋节}}散{{trap/minority_word:乜贴}}，先给这几家。过{{trap/minority_word:圣纪节}}坊上炸{{trap/minority_word:油香}}，我老婆{{han:丁桂莲}}领着女人们做，她经名叫{{minority/hui:赛纳白}}，娃娃们都喊她{{minority/hui:赛纳白}}奶奶。阿訇还给娃娃们讲{{trap/famous:赛典赤}}治理云南的事，说咱回回的祖上也是讲道理的人。
访谈者：还有别的单位帮忙吗？
受访者：县上社工站来了两个年轻人，一个叫{{compound:宇文星阑}}，还有一个女的是{{compound:拓跋语嫣}}，他们在寺旁边的活动室办了个周末作业班，十几个娃娃都去。儿童主任说要是弟媳换肾，{{trap/org:县红十字会}}能帮一点。
访谈者：{{minority/hui:马卢格曼}}现在好些了吗？
受访者：好多了。在寺里扫了半年院子，跟着满拉们念经，脾气磨下去不少。奶奶说他现在放学就回家，还会帮着烧火做饭。他爸从监狱里来过一封信，让他听阿訇的话，他把信压在枕头底下，谁也不给看。
访谈者：您自己做买卖也不容易。
受访者：凌晨三点起来宰牛，卖到中午。冬天做{{trap/minority_word:牛干巴}}，年底卖得好。说不辛苦是{{trap/word:撒谎}}，可看着娃娃们吃饱了，心里就踏实。我也{{trap/word:纳闷}}过，为啥难事都落在这几家头上，阿訇说这是考验，人得受得住。
访谈者：弟媳的病现在怎么样？
受访者：一天比一天瘦。透析是在县医院做，一回两个多钟头，我骑三轮送她去，在外头等着，顺便把下午的肉切好。医保报了大半，剩下的坊上凑一点，我再添一点。她老说拖累我们，我说一家人不说两家话。娃娃他爸走的时候拉着我的手，就说了一句，哥，娃娃交给你了。
访谈者：坊上的老人们怎么看这些娃娃？
受访者：都心疼。礼拜五主麻散了，老人们在寺门口坐着，看见娃娃们就往手里塞钱，五块十块的。我跟他们说别惯着，娃娃得知道钱是一刀一刀挣来的。放暑假我让侄子到铺子里帮忙，他学会了剔骨头，手上起了泡也不叫。我说你爸当年也是这么学的，他听了半天没说话，第二天来得更早了。
访谈者：登记要写地址和电话。
受访者：我家在{{address:会泽县古城街道西内村四组21号}}，弟媳家在{{address:会泽县金钟街道钟屏社区五组8号}}。弟媳的身份证{{id_number@wy1985hyphen.530326}}，{{minority/hui:纳哈桑}}的{{id_number@my2013x.530326}}。我电话{{mobile@s434}}，弟媳的{{mobile@plus86dash}}，我微信{{wechat:Bakr_Na1979}}。侄子用他妈手机上QQ，号码是{{qq:903716524}}。
访谈者：表上名字写得准吗？
受访者：不准。经名各写各的，侄子被写成{{spaced:纳 哈 桑}}，{{minority/hui:卢格曼}}写成{{spaced:马 卢 格 曼}}，我自己在账本上是{{spaced:纳永 旺}}。
访谈者：最后呢？
受访者：盼娃娃们平平安安，把书念好。
""")

# H780: Uyghur father from 洛浦 (和田) with a kebab stall in 沾益; his wife has rheumatoid arthritis, and he raises the
# son of his dead brother too.
DOCS["H780"] = ("family", """\
访谈者：大哥，您这烤肉摊生意怎么样？
受访者：还行，晚上人多。我叫{{minority/uyghur:艾合麦提尼亚孜·吐尔地}}，从{{trap/place:和田}}{{trap/place:洛浦县}}来的，在{{trap/place:沾益}}摆摊六年了。这边人叫不全我的名字，都叫我{{han:老艾}}，熟一点的叫我{{minority/uyghur:艾合麦提尼亚孜}}。
访谈者：家里几口人？
受访者：五口。老婆{{minority/uyghur:布合丽且姆·阿卜杜拉}}得了类风湿，手指头都变形了，干不了活。儿子{{minority/uyghur:吐尔地江艾合麦提尼亚孜}}十三，我们叫他{{minority/uyghur:吐尔地江}}；女儿{{minority/uyghur:麦迪娜·艾合麦提尼亚孜}}九岁。还有我哥哥的儿子{{minority/uyghur:热西丁·阿卜杜克热木}}，他爸{{minority/uyghur:阿卜杜克热木·吐尔地}}前年在{{trap/place:玉龙喀什河}}边上开三轮车翻了，人没了，他妈改嫁了，孩子就跟着我。
访谈者：孩子们在哪上学？
受访者：{{minority/uyghur:吐尔地江}}和{{minority/uyghur:热西丁}}都在{{school:沾益区第二中学初一（3）班}}，一个班，同学都以为他们是双胞胎。{{minority/uyghur:麦迪娜}}在{{school:西平街道中心小学三年级（5）班}}。班主任{{han:邓雪梅}}老师对{{minority/uyghur:热西丁}}特别上心，知道他没了爸，开家长会专门留我说话。
访谈者：您一家有哪些补助？
受访者：{{minority/uyghur:热西丁}}在老家算事实无人抚养，每月{{trap/number:一千四百三}}，是洛浦的{{trap/org:民政局}}打到我卡上的。社区的儿童主任{{han:卯丽芳}}帮我老婆办了残疾证，孩子们的补助也是{{han:卯丽芳}}主任帮着转过来的，{{trap/org:县残联}}每年给点钱。城管的{{han:朱队长}}也照顾，夜市给我留了个好位置。
访谈者：平时谁来看过孩子们？
受访者：社区的社工{{compound:慕容佳慧}}每个月来，带孩子们去图书馆。医院的医生{{compound:尉迟文昊}}给我老婆看病，说这病要长期吃药，帮我们申请了慢病卡。还有老乡{{minority/uyghur:买买提依明·肉孜}}在{{trap/place:昆明}}开餐厅，过{{trap/minority_word:肉孜节}}接我们过去，孩子们吃{{trap/minority_word:抓饭}}、{{trap/minority_word:烤包子}}，高兴得很。
访谈者：您当初为什么来云南？
受访者：老家地少，一家人守着三亩地吃不饱。一个老乡先到{{trap/place:曲靖}}开了拉面馆，说这边人爱吃烤肉，我就带着老婆孩子来了。头两年推着车子到处走，被赶来赶去，后来街道给办了摊位证，才算安稳下来。
访谈者：孩子们适应这边吗？
受访者：适应了。{{minority/uyghur:麦迪娜}}她云南话比我说得好。{{minority/uyghur:吐尔地江}}也在摊上帮我穿肉串，收钱算账比我快。我给他们讲{{trap/famous:阿凡提}}骑着毛驴跟巴依老爷斗的故事。儿子说长大了要当老师，回洛浦教书。
访谈者：侄子心里的事跟您说吗？
受访者：不大说。他爸走的那年他才十岁，在医院门口站了一夜。来了这边，头几个月不吃饭，一顿就吃半个{{trap/minority_word:馕}}。我也不会劝，就让他跟着我出摊，烤肉的时候让他扇火，收摊了爷俩坐在马路边吃一串。慢慢地他话多了，还说要把他爸的三轮车修好，以后开着回洛浦。
访谈者：冬天出摊冷吗？
受访者：冷。沾益冬天风大，夜里零度上下，我穿两件棉袄，手还是冻得裂口子。最冷的那几天生意也差，一晚上卖不了几十串。可是不出摊就没钱，孩子们的学费、老婆的药，样样要钱。城管那边说，等夜市改造完了，给我们搭个棚子，冬天能挡点风，我就盼着那一天。孩子们心疼我，周末轮着来给我送热水，站在摊子边上搓着手看我烤。
访谈者：您爱人的病怎么样？
受访者：时好时坏。冬天疼得厉害，{{minority/uyghur:布合丽且姆}}她晚上睡不着，我就给她揉。邻居{{han:郭凤英}}大姐常来陪她说话，她教{{han:郭大姐}}做{{trap/minority_word:拉条子}}，{{han:郭大姐}}教她腌酸菜。两个人语言不太通，比划着也能说一下午。
访谈者：孩子们回过老家吗？
受访者：前年暑假回去了一趟，坐了三天火车。{{minority/uyghur:热西丁}}到了他爸坟上，跪着不肯起来，我陪他跪了一个钟头。回来的路上他跟我说，叔叔，我以后就是你的儿子。我没说话，把他搂过来，火车晃了一路。
访谈者：登记表上要填证件号码、电话。
受访者：我身份证{{id_number@my1983.653224}}，{{minority/uyghur:热西丁}}的{{id_number@my2012hyphen.653224}}。我们租的房子在{{address:沾益区西平街道龙华社区红旗巷34号}}，老家是{{address:洛浦县杭桂乡喀拉墩村3组17号}}。我电话{{mobile@p86n}}，老婆的{{mobile@s38}}，我微信{{wechat:ahmatniyaz_kawap}}。{{minority/uyghur:吐尔地江}}玩QQ，号码他用粉笔写在摊子后面的小黑板上了，{{qq:2514807396}}。
访谈者：名字在表上写得对吗？
受访者：常写错。学校写成{{spaced:热 西 丁 · 阿 卜 杜 克 热 木}}，社区写成{{spaced:布合丽且姆 · 阿卜杜拉}}，我的居住证上是{{spaced:艾合麦提尼亚孜 吐尔地}}。
访谈者：您最大的心愿？
受访者：老婆的病轻一点，三个孩子都念出书来。
""")

# H781: Han grandmother in 宣威 raising the three children of her son, who is in prison; their mother left.
DOCS["H781"] = ("family", """\
访谈者：{{han:龚奶奶}}，您身体还硬朗吧？
受访者：硬朗啥，腰都弯了。我叫{{han:龚桂仙}}，今年六十七，家在{{trap/place:宣威}}{{trap/place:倘塘镇}}。儿子{{han:徐建伟}}前年跟人打架，把人打伤了，判了六年，关在{{trap/place:曲靖}}。儿媳{{han:管丽娟}}在他进去不到半年就走了，说去{{trap/place:浙江}}打工，再没回来过。三个娃娃都丢给我了。
访谈者：三个孩子多大了？
受访者：老大{{han:徐梦瑶}}十四，小名叫{{han:大妞}}；老二{{han:徐家旺}}十一，我们喊他{{han:旺旺}}；老三{{han:徐家宝}}六岁，是{{han:幺宝}}。老大在{{school:倘塘镇中学初二（1）班}}住校，{{han:旺旺}}在{{school:倘塘镇中心小学五年级（2）班}}，{{han:幺宝}}上幼儿园大班。
访谈者：日子怎么过？
受访者：我种四亩地，包谷、洋芋，养两头猪。村里给报了低保，镇上说儿子坐牢、妈又不管，三个娃娃可以按事实无人抚养报，每人每月{{trap/number:一千二百五}}。跑这事的是村里的儿童主任{{han:孔令芬}}，村{{han:浦支书}}盖的章，镇民政办的{{han:卯天福}}来家里看了三回。{{han:卯天福}}他人实在，看见屋顶漏雨，找人给补了。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{han:大妞}}最懂事，她说不怪她爸，就是想他。去年她跟我去探监，隔着玻璃，{{han:徐建伟}}他一句话说不出来，光哭。{{han:旺旺}}不肯去，说同学笑他。班主任{{han:聂红梅}}老师在班上讲了，谁家都有难处，不许笑人，还让{{han:旺旺}}当了小组长，后来才好些。
访谈者：还有谁帮忙？
受访者：邻居{{han:缪婶}}天天过来帮我看{{han:幺宝}}。村医{{han:尹大夫}}给我量血压，不收钱。县里的社工{{compound:公孙芷晴}}和她同事{{compound:令狐星辰}}每个月来一回，给老大做心理辅导，还带来{{trap/org:妇联}}送的书。镇中学的{{han:管家和}}老师也好，名字听着像{{trap/word:管家}}，人一点架子没有，周末给老二补数学。
访谈者：您自己累不累？
受访者：累也得撑。早上五点起来做饭，送老三去幼儿园，再下地。腊月里家家腌{{trap/word:火腿}}，我也腌两只，留着给娃娃们开学前吃。我常给老大讲{{trap/famous:岳飞}}他妈在他背上刺字的事，叫她做个正派人。
访谈者：三个孩子性子一样吗？
受访者：不一样。老大像她爸小时候，心重，什么事都憋着，考试考砸了躲在被窝里哭，第二天照样帮我喂猪。老二皮，上房揭瓦，可是心软，看见我扛不动柴，抢过去就扛。老三还小，不懂事，天天问爸爸什么时候下班。我跟他说爸爸在很远的地方上班，他就说等他长大了，开车去接。
访谈者：村里人怎么看你们家？
受访者：大多数人心善。也有人说闲话，说有其父必有其子，我听见了就跟他吵，娃娃有啥错？逢年过节，村里人给我们送点腊肉、送点米，我都记着，等娃娃们长大了一家一家去还。去年冬天下了场大雪，屋后的猪圈塌了，是村里几个年轻人冒着雪给扶起来的，一口水都没喝就走了。我跟老大说，你以后有出息了，别忘了这些人。
访谈者：孩子妈妈联系过吗？
受访者：没有。{{han:管丽娟}}她娘家在{{trap/place:富源}}，我去找过一回，她妈说闺女在外头又成了家，让我别再去了。我回来没跟娃娃们说，怕他们心里更难受。
访谈者：您这身体，以后怎么打算？
受访者：能打算啥，熬一天是一天。去年查出来血压高，还有点糖尿病，{{han:尹大夫}}让我少吃盐，少干重活。可地里的活不干谁干？有时候夜里醒了就想，我要是哪天倒下了，三个娃娃咋办。{{han:孔令芬}}说真到那一步，民政上会管，可我还是放心不下，娃娃们总得有个家。
访谈者：登记表要写地址和证件。
受访者：家在{{address:宣威市倘塘镇黑泥村委会上寨村六组27号}}。我身份证{{id_number@wold.530381}}，{{han:大妞}}的{{id_number@wy2011tri.530381}}。我电话{{mobile@h38}}，{{han:孔令芬}}的微信{{wechat:konglingfen_xw}}。老大有个QQ，说是跟她妈联系用的，可她妈一回也没回过，号码是{{qq:1063829475}}。
访谈者：孩子们的学习怎么样？
受访者：老大成绩好，在年级里排前二十，老师说考县一中有希望。老二贪玩，作业要我盯着，可我不识字，只能坐在旁边看他写完。老三在幼儿园学了儿歌，回来一首一首唱给我听，唱着唱着就睡着了。
访谈者：名字登记有问题吗？
受访者：户口本上把老三写成了{{spaced:徐 家 宝}}，低保册子上我是{{spaced:龚　桂　仙}}，儿媳写成了{{spaced:管丽 娟}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好做人，把三个娃娃接回去。
""")

# H782: Han primary-school teacher in 陆良 going through the children in distress of her class and how she reaches
# their families on WeChat and QQ.
DOCS["H782"] = ("teacher", """\
访谈者：{{han:俞老师}}，您带的这个班有几个孩子需要特别照顾？
受访者：我叫{{han:俞晓敏}}，在{{trap/place:陆良}}{{trap/place:马街镇}}教了十二年书，现在带{{school:马街镇中心小学五年级（3）班}}，四十二个孩子，困境儿童五个，留守的就更多了。家长大多在外头打工，我跟他们基本靠微信和QQ联系，有时候半夜还在回消息。
访谈者：先说说那五个孩子吧。
受访者：头一个是{{han:钱浩宇}}，他爸{{han:钱永福}}前年开农用车翻到沟里，人没了；他妈{{han:龙秀芝}}改嫁到县城，一年来看一回。孩子跟爷爷过，爷爷不会用手机，有事我就找他叔{{han:钱永贵}}，微信是{{wechat:qianyonggui0815}}。孩子自己有个QQ，用他叔的旧手机登，我让他写在作业本封底，号码是{{qq:2093618457}}。第二个是{{han:管雨涵}}，爸妈在{{trap/place:义乌}}做小商品，她跟奶奶过。她妈{{han:沈玉蓉}}在家长群里的名字就叫“{{han:管雨涵}}妈妈”，微信号{{wechat:yiwu_guanma88}}，每周五晚上跟我视频，问孩子作业。孩子写作文老写她妈，我看了都难受。
访谈者：还有三个呢？
受访者：第三个{{han:尹若萱}}，爸爸{{han:尹国栋}}在工地摔断了腰，瘫在床上，妈妈一个人种{{trap/word:烤烟}}。孩子放学要回去给她爸翻身、倒尿壶。她的好朋友{{han:陈小满}}天天陪她走回家，说长大要当护士。第四个是{{compound:欧阳朝阳}}，爸妈离了婚，谁都不要他，跟着大伯{{compound:欧阳建军}}住县城。大伯修摩托，只上QQ不用微信，QQ我记在点名册最后一页，是{{qq:754219836}}。第五个{{han:张佳怡}}，妈妈是聋哑人，爸爸{{han:张有才}}在{{trap/place:福建}}打工，三年没回来。孩子跟我说，她爸在那边又有了个家。
访谈者：学校和村里怎么帮他们？
受访者：{{han:卢校长}}把五个孩子的名单报到镇上，申请了困境儿童生活补贴，每人每月{{trap/number:三百八}}。学校有个心理老师叫{{compound:东方静怡}}，每周给五个孩子上一次团体辅导。去年来支教的{{compound:皇甫若冰}}给他们开了个读书角，读{{trap/famous:司马光}}砸缸，读{{trap/famous:孔融}}让梨。村里的儿童主任{{han:张翠华}}隔一阵就去家里看看，有一户房子漏雨，是她找{{han:罗支书}}解决的。
访谈者：这些孩子在班上表现怎么样？
受访者：各有各的样。有的特别懂事，懂事得让人心疼，从来不提要求；有的上课走神，一问才知道前一天晚上照顾家里人到半夜。我在教室后面放了一个小柜子，里面有饼干和牛奶，谁早上没吃饭就自己去拿，不用跟我说。还教他们记不开心的事，写在纸条上投进一个盒子，每个月我们一起打开，能解决的就解决。青少年热线{{trap/hotline:12355}}我也抄在黑板旁边了。
访谈者：家长们对学校的帮扶怎么看？
受访者：多数是感激的，也有不好意思的。{{han:尹国栋}}托他老婆带话，说孩子的补贴能不能不报了，怕村里人笑话他家吃救济。我专门去了一趟，坐在他床边跟他讲，这是国家给娃娃的，不是给大人的，娃娃有了这笔钱，就能安心念书，将来有出息了比什么都强。他听完点了点头，第二天就把表签了。
访谈者：您和家长联系方便吗？
受访者：方便也不方便，有的家长换了号也不说。{{han:钱永贵}}的电话{{mobile@hyphen}}，{{han:沈玉蓉}}的{{mobile@plus86spaced}}，{{han:尹国栋}}家只能打他老婆的手机。
访谈者：您自己压力大吗？
受访者：大。班上四十几个孩子，光改作业就到晚上十点，还要回家长消息，跑家访。我自己的儿子也上小学，有一回他说，妈妈你对别的小朋友比对我还好。我听了心里一酸。后来周末家访就带着他，让他看看别的孩子过的什么日子，他回来就懂事多了，把自己的文具分了一半给{{han:陈小满}}她们。
访谈者：孩子们的住址和证件学校有档案吗？
受访者：有。{{han:尹若萱}}家在{{address:陆良县马街镇雨补村三组16号}}，{{compound:欧阳朝阳}}跟大伯住{{address:陆良县中枢街道同乐小区4栋1单元302室}}。{{han:钱浩宇}}的身份证是{{id_number@my2014quad.530322}}。
访谈者：系统里名字录得对吗？
受访者：常出错。教育系统里{{compound:欧阳朝阳}}被录成了{{spaced:欧 阳 朝 阳}}，{{han:尹若萱}}成了{{spaced:尹　若　萱}}，{{han:钱浩宇}}成了{{spaced:钱浩 宇}}，改一回得跑一趟县教育局。
访谈者：最后您想说什么？
受访者：这些孩子缺的不只是钱，是有人天天问一声吃饱没有。
""")

# H783: Han township civil-affairs clerk in 罗平 reading from his register of children in distress.
DOCS["H783"] = ("official", """\
访谈者：{{han:汪干事}}，听说您手上有一本困境儿童台账？
受访者：有。我叫{{han:汪德荣}}，在{{trap/place:罗平县}}{{trap/place:阿岗镇}}民政办干了九年，全镇的困境儿童都记在这个本子上，一户一页。我挑几户给你念。
访谈者：好，您念吧。
受访者：第一户，孤儿，姐弟两个。姐姐{{han:岑志玲}}十四岁，弟弟{{han:岑志豪}}十一岁。爸爸{{han:岑福林}}{{trap/year:二〇一九年}}肝癌走的，妈妈{{han:黄翠英}}第二年也病死了。监护人是大伯{{han:岑福海}}，他识字不多，姓名栏写成了“{{han:岑福海}}{{han:岑福海}}”，写了两遍。身份证号：姐姐{{id_number@wy2011spaced.530324}}，弟弟{{id_number@my2014.530324}}，大伯{{id_number@mmid.530324}}。住{{address:罗平县阿岗镇腊者村委会大寨村二组11号}}。姐姐在{{school:阿岗镇第一中学初二（2）班}}，孤儿基本生活费每人每月{{trap/number:一千五百九}}。
访谈者：第二户呢？
受访者：第二户，爸爸{{han:皮晓东}}偷电缆判了四年，在{{trap/place:昆明}}服刑。妈妈叫{{compound:司马丽华}}，精神残疾二级，住在娘家。孩子{{han:皮家乐}}九岁，跟奶奶{{han:范秀枝}}过，按事实无人抚养报的。奶奶说孩子夜里做梦都喊妈。住{{address:罗平县阿岗镇者黑村五组32号}}。{{compound:司马丽华}}的身份证是{{id_number@wy1987fwspaced.530324}}，台账上她的名字被上一任写成了{{spaced:司 马 丽 华}}，我也没改。
访谈者：第三户？
受访者：第三户是布依族，爸爸{{han:韦金福}}在{{trap/place:东莞}}厂里压断了右手，回来种地，报了低保。妈妈{{han:王菊芬}}身体也不好。两个孩子{{han:韦明月}}和{{han:韦明星}}，一个六年级，一个三年级。{{han:韦金福}}他们家的房子是危房改造盖的，村里的{{han:岑光亮}}书记帮着跑下来的。{{han:韦明月}}也懂事，赶集天帮她妈在{{trap/place:多依河}}边卖{{trap/minority_word:五色花米饭}}。花名册上她爸被写成{{spaced:韦　金　福}}。{{han:韦金福}}的电话{{mobile@fullwidth}}。
访谈者：还有别的户吗？
受访者：还有十几户，留守的居多，爸妈在{{trap/place:广州}}、{{trap/place:昆明}}打工，爷爷奶奶带着。有一户老人瘫在床上，是十岁的孙女在做饭，灶台比她还高，站在板凳上炒菜。我们去的时候她正在切洋芋，手上全是口子。那回我回来跟领导说，这户得列成重点，每个月至少走一趟。
访谈者：这些户谁在跑？
受访者：我跟同事{{compound:长孙佳豪}}一人管一半村子，还有新来的大学生{{compound:巫马嘉欣}}帮着录系统。县里派下来的社工叫{{compound:段干凌云}}，每月来一次。腊者村的儿童主任是{{han:蒋海燕}}，她电话{{mobile@p86h}}，微信{{wechat:jianghaiyan_lp}}。县{{trap/org:民政局}}的{{han:朱科长}}每季度来抽查台账，他最看重的是入户照片。
访谈者：入户一趟要多久？
受访者：看地方。近的骑摩托半个钟头，远的在山那边，车开到半路就得走，来回一天。雨季路滑，去年我在坡上摔了一跤，台账掉进水沟，捞起来一页一页晾干，字都花了，又挨家挨户重新抄了一遍。有人问我图啥，我说这些娃娃的事，总得有人记着。群众有事也可以打{{trap/hotline:12345}}，可很多老人不会打，还是得我们上门。
访谈者：这些孩子里，有让您高兴的事吗？
受访者：有。前些年台账上有个孤儿，现在考上了{{trap/place:昆明}}的卫校，放假回来还到民政办来看我，给我带了一包饼干，说是用她勤工俭学的钱买的。我把那包饼干放在抽屉里，舍不得吃。做这个工作，图的就是这样的时候。还有一户，爸爸刑满出来了，在镇上找了个修车的活，把孩子接回家住，台账上那一页我就划掉了，划的时候手都是抖的。
访谈者：孩子们用手机联系吗？
受访者：姐姐有个QQ，说是跟城里的表姐问作业，号码她让我写在台账背面：{{qq:1385027649}}。
访谈者：台账上还有什么问题？
受访者：名字乱。{{han:岑志豪}}在学籍上是{{spaced:岑 志 豪}}，{{han:皮家乐}}写成了{{spaced:皮家 乐}}，我同事也被写成{{spaced:长 孙 佳 豪}}。一字之差，钱就发不下来，我得一个个去派出所开证明。
访谈者：这本台账以后还要用吗？
受访者：要用，每年都得更新。孩子满了十八岁就从台账上出去，新的又进来。现在系统里也录了一份，可我还是习惯在纸上记，纸上能写些系统里没有的，比如哪个娃娃怕黑，哪个老人耳朵背，要大声说话。
访谈者：您干这个最难的是什么？
受访者：是看着娃娃们长大，又怕他们长歪。我们这儿有句老话叫{{trap/saying:三岁看老}}，我不信，娃娃只要有人管，总能往好里长。
""")

# H784: Han coal miner in 师宗; his wife is depressed and at her parents', his mother keeps the children; a workmate
# died under a roof fall.
DOCS["H784"] = ("family", """\
访谈者：{{han:龙大哥}}，您刚下夜班，辛苦了。
受访者：不辛苦，惯了。我叫{{han:龙德全}}，在{{trap/place:师宗}}{{trap/place:雄壁镇}}的煤矿挖了十五年煤。矿上的人都叫我{{han:老龙}}，井下黑，谁也看不清谁，叫外号更顺嘴。
访谈者：家里几口人？
受访者：我，我妈{{han:汤秀英}}，两个娃娃。老婆{{han:何春莲}}得了抑郁症，前年回{{trap/place:罗平}}娘家住了，一直没回来。{{han:何春莲}}也可怜，好的时候天天给娃娃打电话，不好的时候一个月都不接。
访谈者：娃娃们多大？
受访者：儿子{{han:龙浩然}}十二，小时候胖乎乎的，一直叫他{{han:水桶}}，现在瘦得像根竹竿，这外号还是改不掉。闺女{{han:龙雨欣}}八岁，脾气冲，小名{{han:辣椒}}。{{han:辣椒}}说她长大要当医生，给她妈治病。儿子在{{school:雄壁镇中学初一（1）班}}，{{han:辣椒}}在村小读二年级。
访谈者：娃娃她妈还会回来吗？
受访者：我盼着。每个月发了工资，我先去罗平看她一趟，带点她爱吃的米线和饵块，陪她坐半天。她好的时候拉着我问娃娃们长高没有，不好的时候一句话不说，就看着窗户外头。大夫说这病急不得，要按时吃药，慢慢来。
访谈者：你们家有哪些补助？
受访者：娃娃她妈有精神残疾证，两个娃娃算困境儿童，每人每月{{trap/number:二百八}}。村委会的{{han:汤主任}}帮着报的，{{trap/org:乡卫生院}}的大夫每月给我妈送降压药。说起来{{trap/word:简单}}，跑了小半年才批下来。
访谈者：矿上的工友呢？
受访者：我们班组六个人。班长{{han:吕德旺}}带班最稳，{{han:吕德旺}}说下井先看顶板。还有个外号叫{{han:火钳}}的，本名{{han:王贵林}}，又高又瘦，前年冒顶，人没救出来。他们家两个娃娃，{{han:王晓雪}}十岁，{{han:王晓川}}七岁，他老婆{{han:简玉梅}}在镇上饭馆洗碗。矿上赔了钱，可娃娃没了爹。我们几个每月凑点钱送过去，{{han:王晓雪}}就站在门口说谢谢叔叔。
访谈者：还有谁在帮他们？
受访者：矿上工会的干事叫{{compound:夏侯子睿}}，每年给{{han:简玉梅}}那边送米送油。镇上社工站的{{compound:南宫婉清}}常去看两个娃娃，给{{han:王晓川}}报了个免费的美术班。村委会也把他们家报成了困境儿童。
访谈者：下井的日子，娃娃们谁管？
受访者：我妈管，她忙不过来的时候，隔壁{{han:邵桂芝}}姨帮着接送。我上的是三班倒，上夜班的时候，天不亮回家，娃娃们已经去上学了，我睡一觉起来，他们又睡了，一个礼拜碰不上几面。我就在桌子上留纸条，写今天作业做完没有，娃娃们在下面打勾。有一回闺女在纸条上画了个太阳，说爸爸你什么时候白天在家。我看了半天，第二天跟{{han:吕德旺}}换了个白班。
访谈者：{{han:火钳}}走了以后，他家娃娃怎么样？
受访者：大的那个懂事得早，放学就去饭馆帮她妈洗碗，作业在饭馆的桌子上写。小的还不大明白，老问他爸去哪了。矿上开追悼会那天，小的在灵堂里跑来跑去，大人们都不敢看他。
访谈者：您担心自己吗？
受访者：担心。井下的活，说不准哪天。我跟我妈说，要是我有个啥，您{{trap/word:何必}}哭，找班长，他知道我存折放哪。我妈骂我，说我尽说丧气话。我给儿子讲{{trap/famous:愚公}}挖山，他说爸你也是挖山的。
访谈者：您想过不干这一行吗？
受访者：想过。矿上工资高，一个月七八千，出去打工挣不了这么多。可每回下井前，我都在矿灯房门口站一会儿，想想两个娃娃。去年矿上搞技能培训，我报了个电工班，考了证，想着过两年转到地面上干，钱少点，人安全。我妈知道了，高兴得去庙里烧了香。闺女说，爸爸以后白天就能回家吃饭了。我说是，以后天天给你们做饭。
访谈者：登记表上要写证件和联系方式。
受访者：家在{{address:师宗县雄壁镇雄壁村委会小寨村四组19号}}。我身份证{{id_number@my1985x.530323}}，儿子的{{id_number@my2013fwhyphen.530323}}。我电话{{mobile@fws}}，我微信{{wechat:longdequan_sz}}。{{han:水桶}}有QQ，跟他妈聊天用，号是他妈给申请的，{{qq:3207568194}}。
访谈者：表上名字写得对吗？
受访者：矿上的工资条写成{{spaced:龙 德 全}}，学校把闺女写成{{spaced:龙　雨　欣}}，把工会干事写成{{spaced:夏　侯　子　睿}}，{{han:王贵林}}的赔偿协议上写的是{{spaced:王贵 林}}。
访谈者：最后您想说什么？
受访者：盼娃娃他妈病好了回来，一家人吃顿团圆饭。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=777,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout98",))


if __name__ == "__main__":
    main()
