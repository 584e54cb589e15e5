# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 84 (tests/pii/holdout84/H657-H664 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 85, written at the same time by another
writer, is not an earlier set).

Set 84 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
正镶白旗 who drives a truck out of 宁晋 (邢台), his wife dead of cancer, his eldest daughter alone in a rented room
while he is on the road and the two younger children with his mother at home; a Tibetan grandmother from 昂仁 in 巨鹿
(邢台) whose daughter, married to a Han veteran, died and whose son-in-law is in prison for drunk driving; a Hui
grandmother in 柏乡 (邢台) whose son lost an arm at a rolling mill and whose daughter-in-law left; a Han mother in
隆尧 (邢台), working at a noodle factory, whose husband lost both legs under a tractor, with three children called
by word nicknames; a Han primary-school teacher in 任泽 (邢台) going through five pupils (a father on dialysis, deaf
parents, an orphan with his uncle, a mother in prison for pyramid selling, a father in a wheelchair) and their parents
on WeChat and QQ; a Uyghur grandfather from 皮山 selling naan in 昆山 (苏州) with the two children of his dead son; a
Han court clerk in 临城 (邢台) reading from the file of a case that made a village committee and an aunt guardians
of two children whose father is in prison and whose mother is severely mentally disabled; and a Han grandmother in
临西 (邢台) raising her grandson after her son died at a bearing works. The emphasis is on forms where a replacement
might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters
(塔布腾敖其尔, 乌达巴拉其其格, 吉日嘎朗图, 额尔德尼宝力道) with short forms after the full name (塔布腾, 乌达巴拉也,
吉日嘎朗就, 苏优乐还, 诺民她) and a Han surname before a Mongolian given name (包其木格, 白特日格乐, 包萨仁图雅) beside
the Han name of the same man (白福亮); Ü-Tsang Tibetan names (仓决卓嘎, 格桑央吉, 平措曲珍, 旦增诺布, 边巴顿珠他)
with contracted and short forms (仓卓, 格央, 平曲跟, 诺布说) and Han school names of Tibetan children (范雪莲,
范旭东); Hui Han-form names (金凤娥, 杨德旺, 哈桂珍, 米晓燕) beside 经名 used alone (阿米奈, 叶赫雅, 艾尤卜他,
萨莉麦, 玛尔彦, 麦尔耶姆) and a Han surname before an Arabic name (白素莱曼阿訇, 海努哈他, 马伊斯哈克大哥); Uyghur
given name + father's name with and without the dot (托合提巴克·铁木尔 and 托合提巴克铁木尔, 米合日巴·艾合散 and
米合日巴艾合散) and short forms (托合提巴克大爷, 艾合散, 米合日巴, 热西提江就, 卡哈尔他); Han word nicknames,
annotated whole (铃铛儿, 秤砣儿, 苞米); Han names with common and rarer surnames, titles and kin words, names that
contain words (冀长河, 路长生, 解红旗, 谷雨晨, 郑来福), a name written twice (冯海燕冯海燕, a signature written
again), names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names;
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:冀长河}}``, ``{{qq:1730592846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013hyphen.130529}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (:data:`_setkit.ID_SHAPES`, :data:`_setkit.MOBILE_SHAPES`);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐,
大哥, 婶子, 奶奶, 大爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
跟, 和, 她, 他, 那边) are outside the span; a word nickname (铃铛儿, 秤砣儿, 苞米) is annotated whole. Han-style
names of Mongolian, Tibetan and Hui people (白福亮, 范雪莲, 杨德旺) are category han; a Han surname before a non-Han
given name (包其木格, 白素莱曼) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout84/make_holdout84.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(84_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "137", "147", "153", "156", "157", "175", "182", "184", "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H657: Mongolian father from 正镶白旗 driving a truck out of 宁晋 (邢台); his wife died, the two younger children
# stay with his mother at home, the eldest lives with him in a rented room.
DOCS["H657"] = ("family", """\
访谈者：师傅，您跑车忙，耽误您一会儿。先说说家里的情况吧。
受访者：没事，车在{{trap/place:宁晋}}物流园等着装电缆，下午才走。我叫{{minority/mongolian:塔布腾敖其尔}}，身份证上还有个汉名叫{{han:白福亮}}，车队里都喊我老白。老家在{{trap/place:正镶白旗}}，我们那儿出来跑车的多。孩子妈{{minority/mongolian:诺民其其格}}前年查出胃癌，在{{trap/place:张家口}}住了半年院，没留住。
访谈者：孩子们现在跟谁过？
受访者：分两头。大闺女{{minority/mongolian:乌达巴拉其其格}}十三，跟着我在这边，在{{school:宁晋县第三中学初一（5）班}}。我一趟车出去三四天，她一个人在出租屋里，自己做饭、写作业。{{minority/mongolian:乌达巴拉}}也懂事，从不打电话哭。老二{{minority/mongolian:吉日嘎朗图}}九岁，老三{{minority/mongolian:苏优乐图}}六岁，在旗里跟着我妈{{minority/mongolian:包其木格}}。老二在{{school:正镶白旗明安图镇第二小学三年级（2）班}}，家里喊他{{minority/mongolian:吉日嘎朗}}。{{minority/mongolian:吉日嘎朗}}就爱画大车，说长大跟爸爸一块跑。
访谈者：奶奶身体怎么样？
受访者：七十三了，腿不好。老三{{minority/mongolian:苏优乐}}还小，夜里要人哄。嘎查的儿童主任{{han:韩秀琴}}隔几天就去看一眼，她是汉族，嫁过去三十年，蒙古话说得比我还溜。苏木的民政助理{{minority/mongolian:白特日格乐}}把两个小的按事实无人抚养报上去了，每人每月{{trap/number:一千三百四}}。我弟弟{{minority/mongolian:额尔德尼宝力道}}在旗里开修理铺，常过去帮我妈挑水劈柴。他媳妇{{minority/mongolian:包萨仁图雅}}给孩子们缝棉袍。
访谈者：在宁晋这边谁帮过你们？
受访者：房东{{han:冀长河}}大哥，本地人，我出车的时候他老伴给闺女送饭。车队老板{{han:郝建勋}}说，孩子有事就找他，他开车送。街道的{{han:耿立新}}主任给闺女办了借读，没让交钱。社区来过两个社工，女的叫{{compound:赫连秋雯}}，跟她一块来的是{{compound:尉迟博文}}。{{compound:赫连秋雯}}给闺女找了个大学生辅导数学，一礼拜两回。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:史晓丽}}老师说闺女作文好，写过一篇《爸爸的大车》，在县里得了奖。{{han:史晓丽}}她还把自己闺女的旧羽绒服拿来了。{{minority/mongolian:塔布腾}}，你闺女比你强——这话是{{han:郝建勋}}说的，老板不叫我老白，叫我小名。
访谈者：孩子们想家吗？
受访者：想。闺女说想吃奶奶做的{{trap/minority_word:奶豆腐}}，想喝咸{{trap/minority_word:奶茶}}。腊月我把她拉回去过年，{{trap/minority_word:祭火}}那天奶奶给孩子们讲{{trap/famous:忽必烈}}的故事，说上都就在我们旁边那个旗。夏天旗里办{{trap/minority_word:那达慕}}，{{minority/mongolian:吉日嘎朗}}看摔跤看得不回家。
访谈者：您自己最难的是什么时候？
受访者：夜里。车在{{trap/place:京港澳高速}}上跑着，闺女来电话说停电了、害怕。我只能让{{minority/mongolian:乌达巴拉}}去敲房东的门。{{minority/mongolian:诺民}}她在的时候，这些事都不用我操心。
访谈者：跑长途一个月能挣多少？
受访者：好的时候七八千，差的时候四五千。油钱、过路费、罚款，刨去这些剩不下多少。车是贷款买的，一个月还{{trap/number:六千二}}。去年冬天在{{trap/place:二连浩特}}口岸排了三天队，闺女一个人在屋里发烧，是房东老伴带她去的诊所。我在驾驶室里听着电话，一个大男人哭得跟孩子似的。
访谈者：有没有想过不跑车了？
受访者：想过。可回旗里干啥呢？草场承包出去了，一年就那点租金。我跟闺女商量好了，等她初中毕业，我把车卖了，回{{trap/place:明安图}}镇上开个修车铺，跟她叔一块干。闺女说行，她说爸爸你别老在路上，她梦见过我出事。我说不会，你爸开车稳着呢，二十年没出过事故。
访谈者：老家那两个孩子呢？
受访者：视频的时候老二举着作业本让我看，一百分。老三不懂事，问我过{{trap/minority_word:查干萨日}}给他带什么。我妈说两个小的夜里都等我电话，不打不睡。{{trap/org:旗民政局}}的人去家里看过，说我妈年纪大了，给安排了个护理员一礼拜去两回，帮着洗洗涮涮。我心里踏实多了。
访谈者：登记要地址和号码。
受访者：老家是{{address:正镶白旗明安图镇乌兰沟嘎查三组14号}}，这边租的在{{address:宁晋县凤凰镇丰收小区4号楼2单元501室}}。我身份证{{id_number@my1984spaced.152529}}。我电话{{mobile@plain}}，闺女用我的旧手机，号是{{mobile@s434}}。她的QQ是班主任让注册的，号码她写在作业本皮上，我念：{{qq:2860417395}}。我微信{{wechat:tabten_ochir84}}，房东大哥也加了。
访谈者：表上名字写得对吗？
受访者：老出错。学校花名册上闺女写成{{spaced:乌 达 巴 拉 其 其 格}}，低保表上我妈是{{spaced:包　其　木　格}}，我写成{{spaced:塔布腾 敖其尔}}，孩子妈的死亡证明上是{{spaced:诺民　其其格}}。
""")

# H658: Tibetan grandmother from 昂仁 in 巨鹿 (邢台); her daughter, married to a Han veteran, died; the son-in-law is
# in prison for drunk driving; two grandchildren with Tibetan and Han names.
DOCS["H658"] = ("family", """\
访谈者：阿妈啦，您慢慢说，听不懂的地方我再问。
受访者：好。我叫{{minority/tibetan:仓决卓嘎}}，家在{{trap/place:昂仁}}，{{trap/place:日喀则}}西边，离{{trap/place:巨鹿}}五千多公里。闺女{{minority/tibetan:格桑央吉}}十几年前嫁给了在我们县当兵的{{han:范志刚}}，他退伍回了老家，闺女也跟着来了。前年{{minority/tibetan:格央}}得了肝病，没治好。{{han:范志刚}}他去年喝了酒开车撞了人，判了三年，在{{trap/place:邢台}}服刑。两个孩子没人管，村里给我打电话，我就坐火车来了。
访谈者：孩子们叫什么？
受访者：孙女{{minority/tibetan:平措曲珍}}，十二岁，上学的名字叫{{han:范雪莲}}；孙子{{minority/tibetan:旦增诺布}}，八岁，学名{{han:范旭东}}。村里人都叫我{{minority/tibetan:仓卓}}奶奶。我叫惯了藏名，{{minority/tibetan:平曲}}、{{minority/tibetan:诺布}}，邻居们听着新鲜，也跟着叫。{{minority/tibetan:诺布}}说同学都喊他小范，他不乐意。
访谈者：孩子在哪儿上学？
受访者：孙女在{{school:巨鹿县堤村乡中学初一（3）班}}，孙子在{{school:巨鹿县堤村乡南街小学二年级（1）班}}。孙女的班主任{{han:牛秀芬}}老师常给她补课，说孩子聪明，就是想妈妈，上课爱发呆。孙子的老师{{han:路文涛}}是个小伙子，领着他们踢球。
访谈者：家里靠什么过日子？
受访者：村里给报了低保，两个孩子按事实无人抚养，每人每月{{trap/number:一千一百九}}。村委会的{{han:宋海波}}书记跑了好几趟{{trap/org:县民政局}}。孩子爷爷家这边只剩一个大伯{{han:范志永}}，他种着八亩{{trap/word:金银花}}，忙完自家的就过来帮我。我老伴{{minority/tibetan:索朗扎西}}在{{trap/place:昂仁}}放羊，走不开，每月让儿子{{minority/tibetan:贡布旺杰}}给我汇点钱。
访谈者：您在这边习惯吗？
受访者：不习惯也得习惯。吃不上{{trap/minority_word:糌粑}}，我就拿白面炒一炒，拌上{{trap/minority_word:酥油茶}}，孩子们爱吃。{{trap/minority_word:藏历新年}}我带孩子们在院里挂{{trap/minority_word:经幡}}，邻居们都来看。有个在{{trap/org:邢台学院}}念书的藏族大学生{{minority/tibetan:边巴顿珠}}，周末骑车来教孩子们藏文，他同学{{minority/tibetan:尼珍拉姆}}也来过。{{minority/tibetan:边巴顿珠}}他说，不能让孩子忘了妈妈的话。
访谈者：还有谁帮过你们？
受访者：乡里的儿童主任{{han:魏淑敏}}，一个月来两趟。县里的社工{{compound:上官慧珊}}，带着心理老师{{compound:司马俊辉}}来过，给孙女做了几回辅导。{{compound:上官慧珊}}说孩子心里的事得慢慢往外掏。{{trap/org:县残联}}给我配了个助听器，{{trap/org:妇联}}送了两床被子。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。孙女去看过一回，隔着玻璃哭。回来{{minority/tibetan:平曲}}跟我说，阿妈啦，我不恨他。孙子小，老问爸爸啥时候回来。我给他们讲{{trap/famous:格萨尔}}，孙女的语文老师给他们讲{{trap/famous:项羽}}在巨鹿破釜沉舟，孙子听了，回来说他也要当英雄。
访谈者：您一个人带两个孩子，语言通吗？
受访者：刚来的时候一句汉话不会说，买菜都得孙女跟着。现在能说一点了，这边的话我也听得懂一半。村里的大娘们教我蒸馒头、腌咸菜，我教她们跳{{trap/minority_word:锅庄}}。过{{trap/minority_word:望果节}}那几天，我想家想得睡不着，就给老伴打电话，他把手机举到外头，让我听{{trap/minority_word:青稞}}地里的风声。
访谈者：孩子们以后怎么打算？
受访者：孙女说想考{{trap/org:西藏大学}}，回{{trap/place:日喀则}}当老师。孙子说要当警察，抓坏人。我说你们先把书念好。等他们爸爸出来了，我就回{{trap/place:昂仁}}去，我也七十了，想老在自己家里。可又舍不得这两个孩子，夜里想起来就掉眼泪。低保、生活费这些，{{han:宋海波}}书记说孩子满十八岁以前都有，念大学还有助学金，我就放心了。
访谈者：孩子们的身体怎么样？
受访者：孙女瘦，{{trap/org:乡卫生院}}的大夫说有点贫血，让多吃肉、多吃鸡蛋。村里的志愿者每个月送一箱奶来。孙子结实，就是冬天老咳嗽，这边冬天干冷，跟我们那儿的冷不一样。我给他熬姜汤，他嫌辣，捏着鼻子喝。去年{{trap/org:县妇幼保健院}}来学校体检，两个孩子都长高了，孙女一年长了六公分，我高兴得给老伴打电话说了半天。
访谈者：登记要填地址和号码。
受访者：这边住{{address:巨鹿县堤村乡北马庄村二组17号}}，老家是{{address:昂仁县卡嘎镇曲布村四组9号}}。我身份证{{id_number@wold.540227}}，孙女的{{id_number@wy2013hyphen.130529}}。我电话{{mobile@hyphen}}。孙女有微信，叫{{wechat:Pingcuo_qz2013}}，跟她舅舅视频用。她的QQ，号码我叫她写在门后头了：{{qq:1730592846}}。
访谈者：表上的名字对吗？
受访者：不一样。学校写成{{spaced:平　措　曲　珍}}，低保本上我是{{spaced:仓 决 卓 嘎}}，户口本上孙子是{{spaced:旦增 诺布}}，闺女的名字写成了{{spaced:格桑 央吉}}。
""")

# H659: Hui grandmother in 柏乡 (邢台); her son lost an arm at a mill and his wife left; two grandchildren.
DOCS["H659"] = ("family", """\
访谈者：大娘，您家几口人？
受访者：四口。我叫{{han:金凤娥}}，经名{{minority/hui:阿米奈}}。老伴走得早。儿子{{han:杨德旺}}，经名叫{{minority/hui:叶赫雅}}，前年在{{trap/place:沧州}}的轧钢厂把右胳膊轧掉了。儿媳{{han:刘丽媛}}说回娘家住几天，走了就没回来。两个孙子孙女跟着我。
访谈者：孩子们多大了？
受访者：孙子{{han:杨子豪}}十一，经名{{minority/hui:艾尤卜}}；孙女{{han:杨雨萱}}七岁，经名{{minority/hui:萨莉麦}}。{{minority/hui:艾尤卜}}在{{school:柏乡县固城店镇回民小学五年级（3）班}}，{{minority/hui:萨莉麦}}在同一个学校上一年级。{{minority/hui:艾尤卜}}他知道心疼他爸，放学回来先给他爸端水。
访谈者：您儿子现在怎么样？
受访者：胳膊没了，心也灰了，整天不出门。厂里赔了点钱，看病花光了。{{trap/org:县残联}}的{{han:刘长旺}}给他办了二级残疾证，每个月有护理补贴。村委会的{{han:白振邦}}主任给我们家报了低保，一个月{{trap/number:九百八}}。乡民政所的{{han:米晓燕}}来核过两回，她也是回族。
访谈者：寺里帮过你们吗？
受访者：帮过。{{trap/place:柏乡}}城里{{trap/org:清真寺}}的{{minority/hui:白素莱曼}}阿訇，每回散{{trap/minority_word:乜贴}}都给我们留一份。他老伴{{han:哈桂珍}}，经名{{minority/hui:玛尔彦}}，常来跟我说话，她说{{minority/hui:阿米奈}}你别愁，孩子们大了就好了。坊上的{{minority/hui:海努哈}}开着个牛肉铺，隔几天送二斤肉来。{{minority/hui:海努哈}}他不爱说话，放下就走。
访谈者：孩子在学校怎么样？
受访者：{{minority/hui:艾尤卜}}的班主任{{han:杜春燕}}老师说他数学好，就是跟人打架，有人说他爸是独臂。孙女的老师{{han:邢丽敏}}给她梳小辫。学校的{{han:孟庆堂}}校长给俩孩子都申请了困境儿童补助。
访谈者：还有谁来帮过？
受访者：县里来过社工，女的叫{{compound:公孙慧敏}}，她同事是{{compound:东方宇航}}。{{compound:公孙慧敏}}教孙女画画，孙女画了一朵{{trap/word:白菜}}花，说是送给她妈的。邻居{{minority/hui:马伊斯哈克}}大哥在{{trap/place:石家庄}}跑出租，回来了就开车拉我儿子去医院换药。他媳妇{{minority/hui:麦尔耶姆}}在村口卖{{trap/minority_word:馓子}}，给孩子们塞零嘴。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我炸{{trap/minority_word:油香}}，给阿訇家、给{{minority/hui:海努哈}}家送。孙女戴上小{{trap/minority_word:盖头}}，跟着我去寺里。我给孩子们讲{{trap/famous:王莽}}撵{{trap/famous:刘秀}}的故事，我们柏乡人都知道。
访谈者：孩子妈妈有消息吗？
受访者：没有。{{han:刘丽媛}}她娘家在{{trap/place:宁晋}}，我去找过，她妈说不知道。孙女夜里说梦话喊妈。我就搂着她，念{{trap/minority_word:杜阿}}。{{minority/hui:萨莉麦}}睡着了还攥着我的手。
访谈者：您儿子以后怎么打算？
受访者：{{trap/org:县残联}}说可以学个手艺，一只手能干的，修鞋、看大门。他不去，说丢人。{{minority/hui:白素莱曼}}阿訇来家里跟他坐了一下午，说真主给你留了一只手、一条命，是让你把两个娃娃拉扯大。后来他去了镇上一个牛羊肉店，帮着看秤、收钱，一个月{{trap/number:一千八}}。回来话也多了，晚上还给孙女讲故事。
访谈者：孩子们在家帮您干活吗？
受访者：帮。孙子会擀面条，孙女会摘菜、扫院子。礼拜五孙子跟着他爸去寺里做{{trap/minority_word:主麻}}，回来跟我说阿訇讲了啥。我们这儿回民不多，城里就一个寺，可邻居们都好，夏天在{{trap/word:杨树}}底下乘凉，谁家有啥事都互相照应。我就盼着孩子们平平安安长大，别的不求。
访谈者：儿媳走了以后，孩子们问过吗？
受访者：问过。孙女小，老问妈妈啥时候回来。孙子大了，不问了，可我看见他把他妈的照片夹在语文书里。有一回开家长会，别的孩子都是妈妈去，他让我别去，说奶奶你腿疼。其实我知道，他是怕同学问。后来班主任{{han:杜春燕}}老师私下跟我说，孩子在作文里写了，说他最想要的礼物是妈妈回家吃一顿饭。我回家偷偷哭了一场，没让孩子看见。
访谈者：登记表要填地址和号码。
受访者：家在{{address:柏乡县固城店镇西马营村三组21号}}，儿子原先在沧州租的房子是{{address:沧州市运河区建设北街和顺小区6号楼3单元402室}}。我身份证{{id_number@wold.130524}}，儿子的{{id_number@my1986fwspaced.130524}}。我电话{{mobile@spaced}}，儿子的微信叫{{wechat:yahya_yang86}}。孙子拿他爸的手机上QQ，号码在他爸手机壳背面贴着：{{qq:58201937}}。
访谈者：表上的名字写得对吗？
受访者：常错。低保表上孙女写成{{spaced:杨 雨 萱}}，我写成{{spaced:金凤 娥}}，阿訇的名字写成{{spaced:白　素　莱　曼}}。
""")

# H660: Han mother in 隆尧 (邢台), working at a noodle factory; her husband lost both legs in a tractor accident; three
# children called by word nicknames.
DOCS["H660"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:尚秋月}}，在{{trap/place:隆尧}}县城边上的面厂上班，一个月三千出头。男人{{han:霍连成}}前年开拖拉机翻到沟里，两条腿都截了，在家躺着。三个孩子，大闺女{{han:霍思瑶}}，小名叫{{han:铃铛儿}}；二闺女{{han:霍思琪}}，小名{{han:秤砣儿}}；小儿子{{han:霍家旺}}，小名叫{{han:苞米}}。
访谈者：小名都挺有意思。
受访者：{{han:铃铛儿}}生下来哭声脆，她奶奶就这么叫开了。{{han:秤砣儿}}生下来八斤二两，压手。{{han:苞米}}是秋天收玉米那天生的，他爷爷顺嘴就这么叫了。{{han:铃铛儿}}说她长大了不让人叫小名了，可{{han:苞米}}就爱让人叫。
访谈者：孩子们上学都在哪儿？
受访者：{{han:铃铛儿}}在{{school:隆尧县第二中学初二（4）班}}住校，{{han:秤砣儿}}和{{han:苞米}}在镇上的小学，{{han:秤砣儿}}在{{school:莲子镇中心小学四年级（1）班}}，{{han:苞米}}上一年级。{{han:秤砣儿}}也要强，考试考砸了回来躲被窝里哭。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{han:翟玉凤}}，她跟我是一个娘家村的。村支书{{han:霍建业}}说{{han:霍连成}}他是为村里拉沙才翻的车，给报了低保，三个孩子都算困境儿童，每人每月有{{trap/number:三百八}}。镇上民政所的{{han:乔振华}}所长给我男人申请了轮椅。他来的时候还拎了一箱奶。
访谈者：孩子爸爸的情绪怎么样？
受访者：刚截肢那阵子要寻死，后来{{han:苞米}}天天给他念作文，慢慢好点了。县医院的{{han:邵文亮}}大夫说可以装假肢，一条腿两万多，{{trap/org:县残联}}能补一半。大夫说等残端长好了再装。
访谈者：学校那边呢？
受访者：{{han:铃铛儿}}的班主任{{han:连静怡}}老师说她英语好，让她当课代表。学校的副校长给她申请了住宿费减免。小学那边{{han:秤砣儿}}的班主任是{{compound:宇文佳欣}}老师，年轻，还有教音乐的{{compound:乐正晓蕾}}，带孩子们去{{trap/place:尧山}}春游，一分钱没收。
访谈者：您一个人撑着，累不累？
受访者：累。早上五点起来做饭，给他翻身擦洗，六点半赶到厂里。厂里的{{han:康玉霞}}大姐知道我家的事，让我上白班，不倒夜班。我婆婆七十多了，还能给孩子们做饭。我婆婆常说，咱这儿是{{trap/famous:唐尧}}的老家，出来的人骨头硬。
访谈者：面厂的活累吗？
受访者：累，站一天，手泡得发白。扣了社保剩两千八。厂里过年发两箱面、一桶油。我男人的药一个月就得五六百，孩子们的学杂费免了，可校服、资料还得花钱。去年冬天煤改气，一个月燃气费{{trap/number:三百多}}，我舍不得开，孩子们写作业冻手，就坐在被窝里写。{{trap/org:县妇联}}知道了，送来两台电暖器。
访谈者：孩子们知道家里难吗？
受访者：知道。{{han:铃铛儿}}暑假去县城一个饭馆打零工，一天五十，攒了八百块给她爸买了个气垫床。{{han:苞米}}还说他长大了要给他爸造一双机器腿。我听了就笑，笑着笑着就哭了。{{trap/place:尧山}}脚下每年三月三有庙会，我带三个孩子去，一人买一串糖葫芦，这是他们一年里最高兴的一天。
访谈者：您娘家那边帮得上吗？
受访者：娘家妈七十多了，帮不上啥，就是逢年过节给孩子们送点鸡蛋、蒸几锅馒头。我哥在{{trap/place:邢台}}开出租，他说孩子们上高中的钱他出一半。我男人这边，公公去世早，婆婆跟着我们过，她说只要她还能动，就不让我一个人扛。有时候夜里我坐在院里，看着天上的星星，想这日子啥时候是个头。可第二天一早，三个孩子一喊妈，我就又有劲了。
访谈者：有社工来过吗？
受访者：有，{{trap/org:邢台市民政局}}购买的服务，一个叫{{compound:诸葛婉婷}}的小姑娘，一个月来一趟，陪孩子们写作业。她说{{han:苞米}}画画有灵气。
访谈者：登记表要填地址和号码。
受访者：家在{{address:隆尧县莲子镇西孟村五组8号}}。我身份证{{id_number@w.130525}}，男人的{{id_number@mhyphen.130525}}。我电话{{mobile@h38}}，我男人的{{mobile@plus86spaced}}。我的微信叫{{wechat:qiuyue_ly79}}，{{han:铃铛儿}}的QQ号是{{qq:１９６４０８２７３}}，她跟我说全是数字，好记。
访谈者：表上名字写得对吗？
受访者：不对的多。低保表上我写成{{spaced:尚　秋　月}}，我男人是{{spaced:霍 连 成}}，大闺女写成{{spaced:霍思 瑶}}。
""")

# H661: Han primary-school teacher in 任泽 (邢台) going through the children in distress of her class and their
# parents on WeChat and QQ.
DOCS["H661"] = ("school", """\
访谈者：老师，您班上有几个困境儿童？
受访者：我叫{{han:卢雅静}}，在{{school:任泽区邢家湾镇中心小学四年级（2）班}}当班主任，班上四十一个孩子，登记在册的五个。家长群一百多人，有事我先在微信上找，找不着的就在QQ上留言。
访谈者：一个一个说吧。
受访者：头一个{{han:殷浩然}}，他爸{{han:殷福来}}尿毒症，一礼拜透析三回，他妈{{han:石翠萍}}在{{trap/place:任泽}}城里饭店洗碗。{{han:殷浩然}}他作业老不交，后来我才知道他放学得去医院给他爸送饭。他妈微信叫{{wechat:cuiping_shi0412}}，晚上十点以后才回消息。
访谈者：第二个呢？
受访者：{{han:郑欣悦}}，爸妈都是聋哑人，在{{trap/place:天津}}一个服装厂。孩子跟爷爷{{han:郑来福}}过。{{han:郑欣悦}}也会手语，开家长会她给她爸翻译。她爸用QQ，打字比说话快，号码是{{qq:3305817264}}。爷爷的电话{{mobile@spaced}}。
访谈者：第三个？
受访者：{{han:阎梓航}}，孤儿。他爸在工地上出事没了，他妈改嫁去了{{trap/place:山西}}，孩子跟叔叔{{han:阎立平}}过，领孤儿基本生活费。{{han:阎梓航}}说叔叔家的弟弟什么都让着他。叔叔的微信是{{wechat:yanliping_rz}}，他婶{{han:柴晓红}}管孩子的学习。
访谈者：第四个？
受访者：{{han:任佳琦}}，她妈搞传销判了四年，她爸在{{trap/place:北京}}送外卖，孩子跟姥姥{{han:贺桂英}}过。姥姥不识字，有事我都找孩子爸爸。他爸的QQ，号码写在联系本最后一页，我念一下：{{qq:947162058}}。他微信叫{{wechat:RZ_renhaitao}}，头像是个外卖箱子。
访谈者：第五个呢？
受访者：{{han:谷雨晨}}，谷雨那天生的，她爸就给起了这个名。她爸{{han:谷广海}}在砖厂砸伤了腰，坐了轮椅，她妈{{han:籍秀芳}}在镇上摆摊卖菜。{{han:谷雨晨}}也是个要强的孩子，班里的板报都是她出的。她妈的微信叫{{wechat:jixiufang_1985}}，QQ号在她作业本皮上写着，是{{qq:2071364598}}。
访谈者：学校里谁管这些孩子的事？
受访者：{{han:解红旗}}校长牵头，心理老师叫{{compound:令狐雪晴}}，每礼拜找这五个孩子谈一次。数学老师{{compound:皇甫春燕}}，花名册上打成了{{spaced:皇　甫　春　燕}}，她给{{han:殷浩然}}免费补课。镇上的儿童主任{{han:雷金凤}}把五个孩子的档案都建起来了，社工站还有个社工叫{{compound:慕容丽霞}}，家访我都是跟{{compound:慕容丽霞}}一块去。
访谈者：家访的时候都看见些什么？
受访者：{{han:阎梓航}}住叔叔家西屋，床是拿砖垫起来的。{{han:任佳琦}}家在{{address:任泽区邢家湾镇北庄村二组6号}}，姥姥的屋漏雨，{{han:雷金凤}}给申请了危房改造。{{han:郑欣悦}}家在{{address:任泽区辛店镇后营村四组15号}}，爷爷腿不好，孩子每天自己热饭。回来路上{{compound:慕容丽霞}}说，这些孩子比城里孩子早熟十年。
访谈者：这些孩子跟别的孩子处得怎么样？
受访者：大部分还好。也有孩子笑话{{han:郑欣悦}}她爸妈不会说话，我开了一次班会，请她爸来教全班打手语，打“谢谢”“你好”“我爱你”。那天以后，班里孩子见了她爸都比画着打招呼。她爸高兴得在家长群里发了一长串大拇指。
访谈者：您觉得最难的是什么？
受访者：家长联系不上。有的在外地打工，一个月才回一次消息；有的换了手机号也不说。{{trap/org:任泽区教育局}}要求每学期家访两回，可一个班四十多个孩子，我一个人跑不过来。镇上去年建了个儿童之家，放学以后孩子们可以去写作业、看书，有志愿者看着，这帮了大忙。困境儿童一个月有{{trap/number:二百五十}}的补贴，再加上营养餐，家里能松口气。
访谈者：您带这个班几年了？
受访者：从一年级带上来的，四年了。这五个孩子我都是看着长大的。有个孩子一年级的时候胖乎乎的，他爸病了以后瘦了一圈，我看着心疼。我自己的孩子也上小学，有时候周末我把没人管的孩子接到家里，跟我儿子一块写作业、吃顿饭。我爱人说你管得过来吗，我说能管一个是一个。
访谈者：您自己怎么想？
受访者：当老师的能做的有限。我跟孩子们说，{{trap/famous:孟母}}三迁是为了孩子，你们的家长也是。{{han:谷雨晨}}写了篇作文，叫《我的妈妈是菜市场的{{trap/famous:花木兰}}》，我看了半天没说话。
访谈者：登记表上的号码呢？
受访者：学籍上{{han:阎梓航}}的身份证是{{id_number@my2014quad.130526}}。我电话{{mobile@p86h}}。
访谈者：系统里名字对吗？
受访者：学籍系统里{{han:殷浩然}}被录成{{spaced:殷 浩 然}}，{{han:谷雨晨}}录成{{spaced:谷　雨　晨}}，{{han:任佳琦}}她姥姥录成{{spaced:贺桂 英}}。
""")

# H662: Uyghur grandfather from 皮山 selling naan in 昆山 (苏州) with the two children of his dead son.
DOCS["H662"] = ("family", """\
访谈者：大爷，您的馕摊开了几年了？
受访者：五年了。我叫{{minority/uyghur:托合提巴克·铁木尔}}，老家在{{trap/place:皮山}}，{{trap/place:和田}}那边。来{{trap/place:昆山}}是投奔老乡，在菜市场边上租了个门面打{{trap/minority_word:馕}}。大家都叫我{{minority/uyghur:托合提巴克}}大爷。
访谈者：孙子孙女跟着您？
受访者：对。儿子{{minority/uyghur:艾合散·托合提巴克}}前年心脏病走了，才三十四。儿媳{{minority/uyghur:热孜万古丽·买买提}}回了娘家，后来改嫁了。两个孩子，孙女{{minority/uyghur:米合日巴·艾合散}}十二，孙子{{minority/uyghur:热西提江·艾合散}}九岁，我就都带出来了。老伴在老家身体不好，走不了。
访谈者：孩子们在这边上学吗？
受访者：上。孙女在{{school:昆山市玉山镇第二中心小学六年级（3）班}}，孙子在同一个学校三年级。{{minority/uyghur:米合日巴}}汉语说得比我好，给顾客找钱、记账都是她。{{minority/uyghur:热西提江}}就爱踢球，班主任{{han:沈佳琪}}老师说他跑得最快。
访谈者：孩子爸爸走了以后，家里靠什么？
受访者：老家村委会给两个孩子报了事实无人抚养，每人每月{{trap/number:一千四百二}}，钱打到老家的卡上。这边社区的{{han:顾雪芬}}主任帮我们办了居住证，孩子才能在这儿上学。社区书记{{han:陆国强}}说，有困难就去找他。{{han:顾雪芬}}她还给孩子们找了个社工，叫{{compound:巫马晓丽}}，每个礼拜六来陪孩子们写作业。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/uyghur:艾合散}}在的时候，每年{{trap/minority_word:肉孜节}}都带他们回去。孙女的手机里存着她爸弹{{trap/minority_word:都塔尔}}的视频，她晚上看，看完了哭。我跟她说，你爸是好人，{{trap/famous:阿凡提}}一样爱笑。孙子小，问我{{minority/uyghur:艾合散}}什么时候回来，我说你爸去很远的地方了。
访谈者：这边还有谁帮您？
受访者：开拉面馆的老乡{{minority/uyghur:卡哈尔·司马义}}，我们打馕的面都从他那儿进，他不收我运费。{{minority/uyghur:卡哈尔}}他媳妇{{minority/uyghur:布维罕}}给孙女扎辫子，{{minority/uyghur:布维罕}}说孩子没妈，她来当一半。隔壁卖菜的{{han:朱桂林}}两口子是{{trap/place:盐城}}人，下雨天帮我收摊。孙子班上的同学{{han:徐子墨}}常来买馕，说是他妈让他来照顾生意的。
访谈者：您身体怎么样？
受访者：腰不好，打馕得弯腰，一天站十个钟头。医院的{{han:周立芬}}大夫说我得少干点。我说少干了孩子们吃什么。{{compound:巫马晓丽}}给我申请了{{trap/org:红十字会}}的一笔救助，给孙子买了新书包。
访谈者：打馕一天能卖多少？
受访者：好的时候三百多个，一个三块五块的。早上四点起来和面，孙女帮我揉剂子，孙子往馕上撒芝麻。{{trap/place:周庄}}那边的游客也来买，说没吃过这么香的。我们老家的馕是在{{trap/minority_word:馕坑}}里打的，这里租的房子不让挖坑，我就买了个铁炉子。
访谈者：孩子们过得惯吗？
受访者：刚来哭了好几回，吃不惯米饭，听不懂{{trap/place:苏州}}话。现在孙女说她喜欢这里，学校有图书室，老师也好。孙子跟同学一块踢球，回来满头大汗。{{trap/minority_word:古尔邦节}}那天，我们几个老乡在{{minority/uyghur:卡哈尔}}的拉面馆里聚了聚，宰了只羊，孩子们跳舞，我弹了一段{{trap/minority_word:热瓦甫}}，孙女说她爸弹得比我好。
访谈者：您想过回老家吗？
受访者：想过。老伴在{{trap/place:皮山}}，一个人守着院子和几棵杏树。每年杏子熟了，她就打电话说给孩子们留着。可孩子们在这边念书念得好，回去了怕跟不上。我想等孙女考上初中再说。{{trap/org:昆山市民政局}}的人说，孩子们的生活费可以转到这边来领，正在办，社工帮着跑的。
访谈者：登记表要填地址和号码。
受访者：老家是{{address:皮山县木吉镇喀格勒克村三组11号}}，这边租的在{{address:昆山市玉山镇同心小区2号楼1单元302室}}。我身份证{{id_number@mold.653223}}，孙女的{{id_number@wy2013fwhyphen.653223}}，孙子的{{id_number@my2016tri.653223}}。我电话{{mobile@s74}}，孙女用我的旧手机，号是{{mobile@plus86}}。她有微信，叫{{wechat:mihrba_2013ks}}。QQ也有，号码是老师帮着注册的，写在饭桌上：{{qq:3652108479}}。
访谈者：名字在表上写得对吗？
受访者：各写各的。学校表上是{{minority/uyghur:米合日巴艾合散}}，没有点。社区表上我是{{minority/uyghur:托合提巴克铁木尔}}，医院又写成{{spaced:托合提巴克 · 铁木尔}}，孙女的作业本上自己写成{{spaced:米 合 日 巴 · 艾 合 散}}。孙子的名字写成了{{spaced:热 西 提 江}}，儿子死亡证明上是{{spaced:艾合散 托合提巴克}}。
""")

# H663: Han court clerk in 临城 (邢台) reading from the file of a case that made a village committee and an aunt the
# guardians of two children whose father is in prison and whose mother is severely mentally disabled.
DOCS["H663"] = ("court", """\
访谈者：您在法院做书记员几年了？
受访者：七年。我叫{{han:籍文博}}，在{{trap/org:临城县人民法院}}民事庭。您问的那个指定监护人的案子是我记的笔录，卷宗我带来了，名字我照着念。
访谈者：案子是怎么来的？
受访者：申请人是西竖村村委会，负责人是村支书{{han:靳国良}}。两个孩子，哥哥{{han:冯子健}}，十岁；妹妹{{han:冯子萱}}，六岁。他们的爸爸{{han:冯海军}}，因为盗窃判了五年，在{{trap/place:石家庄}}服刑；妈妈{{han:牛春玲}}是精神残疾一级，自己吃饭都要人喂。爷爷奶奶都不在了，孩子的姑姑{{han:冯海燕}}一直在照顾。
访谈者：为什么要法院来定？
受访者：孩子要办低保、孤儿基本生活费，{{trap/org:县民政局}}要有监护人签字，爸爸在监狱，妈妈没有行为能力。{{han:靳国良}}都跑了三趟民政局，后来是法律援助中心的律师{{compound:欧阳晓峰}}帮着写的申请书。审判员是{{compound:闾丘德华}}，人民陪审员有一个叫{{compound:漆雕丽娟}}，还有一个是退休老师{{han:郜振山}}。
访谈者：开庭的时候都谁来了？
受访者：姑姑{{han:冯海燕}}来了，她在签名栏里把名字写了两遍，{{han:冯海燕}}{{han:冯海燕}}，说第一遍写歪了。村里的儿童主任{{han:申玉霞}}也来了，作证说孩子这两年都是姑姑带。镇上的社工{{compound:长孙伟}}出了一份调查报告，写得细，连孩子几点吃饭都写了。监狱那边是视频连线，{{han:冯海军}}说他同意，说对不起孩子。
访谈者：卷宗里登记了哪些信息？
受访者：{{han:冯海燕}}身份证{{id_number@wmid.130522}}，住{{address:临城县赵庄乡西竖村三组12号}}；{{han:冯海军}}的{{id_number@my1983hyphen.130522}}；{{han:牛春玲}}的{{id_number@wy1987x.130522}}；{{han:冯子健}}的{{id_number@my2014spaced.130522}}，{{han:冯子萱}}的{{id_number@wy2018fw.130522}}。{{han:牛春玲}}的娘家在{{address:临城县鸭鸽营乡南台村二组5号}}，她哥{{han:牛春江}}不愿意管。联系电话留了{{han:冯海燕}}的{{mobile@fws}}和{{han:申玉霞}}的{{mobile@h38}}。
访谈者：结果怎么判的？
受访者：指定村委会和姑姑共同担任监护人。{{compound:闾丘德华}}审判员宣判的时候，{{han:冯子健}}就坐在他姑旁边，一句话不说。宣判完了，{{compound:欧阳晓峰}}律师蹲下来跟他说，你姑就是你的家。
访谈者：卷里的名字写法统一吗？
受访者：不统一。笔录里我自己把妹妹打成了{{spaced:冯 子 萱}}，调查报告里姑姑是{{spaced:冯　海　燕}}，判决书送达回证上村支书签的是{{spaced:靳国 良}}，哥哥的名字中间空了一格，{{spaced:冯子 健}}，律师的名字打成了{{spaced:欧 阳 晓 峰}}。
访谈者：这种案子多吗？
受访者：不多，一年三五件。大多是父母一方去世、一方下落不明，或者在服刑。以前这样的孩子谁家带就是谁家的，办手续卡住了才想起来找法院。现在{{trap/law:民法典}}写得清楚，没有依法具有监护资格的人的，由民政部门或者村委会担任。{{trap/org:临城县民政局}}有个未成年人保护工作站，我们判了以后把判决书抄送过去，他们定期回访。
访谈者：您记这些笔录的时候，心里什么感受？
受访者：说实话，刚干的时候记得手抖。孩子坐在下面，大人说的每句话他都听着。后来学会了，能不让孩子在场的就不让，不让孩子再听一遍那些事。审判员说干我们这行不能太动感情，可人心都是肉长的。那天回到家，我抱着我闺女，半天不撒手。
访谈者：孩子的姑姑现在难吗？
受访者：难。她自己也有两个孩子，男人在{{trap/place:天津}}工地上。四个孩子一个锅里吃饭，低保加上两个孩子的生活费，一个月能有{{trap/number:两千多}}，紧巴巴够用。村里把她家列进了重点帮扶，过年过节有人来看。
访谈者：后来您还关注这家吗？
受访者：关注。去年我跟着{{han:申玉霞}}去回访，{{han:冯子健}}和妹妹都在赵庄乡中心小学，哥哥在{{school:临城县赵庄乡中心小学五年级（1）班}}，当了小组长。姑姑说，{{trap/famous:包拯}}那样的清官现在也有。我说不是清官，是法律规定的。那天走的时候，妹妹给我塞了个{{trap/word:金桔}}。我给姑姑留了我的微信{{wechat:linc_court_jwb}}，有事让她找我。
访谈者：您觉得法院在这种事上还能做什么？
受访者：能做的不少。我们庭里现在跟{{trap/org:团县委}}、{{trap/org:县妇联}}一块搞了个联络机制，发现孩子没人管的，村里、学校可以直接打电话给我们，{{trap/hotline:12338}}妇女维权热线也能转过来。判完了不是就完了，监护人不尽责，村委会还可以申请变更。我跟孩子们说，有事就让你姑找{{han:申玉霞}}，或者给我打电话。
""")

# H664: Han grandmother in 临西 (邢台) raising her grandson; her son died at a bearing works, his wife remarried.
DOCS["H664"] = ("family", """\
访谈者：大娘，您先说说家里。
受访者：家里就我跟孙子俩。我叫{{han:武桂香}}，今年六十七。儿子{{han:路长生}}在{{trap/place:临西}}的轴承厂干活，三年前出了事故，人没了。儿媳{{han:韩晓霞}}过了一年改嫁到{{trap/place:临清}}，孙子{{han:路浩宁}}就跟着我。老伴走得早，我一个人拉扯大儿子，现在又拉扯孙子。
访谈者：孙子多大了？
受访者：十一了，在{{school:临西县河西镇第一小学五年级（4）班}}。{{han:路浩宁}}他学习不差，就是闷，放学回来就钻屋里。他妈{{han:韩晓霞}}一个月来看一回，带点吃的穿的，坐不到一个钟头就走。孩子嘴上不说，她一走他就不吃饭。
访谈者：家里靠什么过？
受访者：厂里赔的钱，{{han:路长生}}他媳妇拿走一半，剩下的我存着给孙子念书。村里给我们报了低保，孙子算事实无人抚养，每个月{{trap/number:一千二百七}}。村委会的{{han:张凤岐}}主任办的，他说{{han:武桂香}}你别跑了，我替你跑。镇上民政所的{{han:王立勤}}所长也来过，给孩子送了一套{{trap/famous:孙悟空}}的连环画。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:李春华}}老师说他作文写得好，就是不跟人玩。学校有个心理老师叫{{compound:东郭静}}，常找他说话。{{compound:东郭静}}说孩子心里有个疙瘩，得慢慢解。还有个支教的大学生，叫{{compound:拓跋文轩}}，登记表上写成{{spaced:拓 跋 文 轩}}，教孩子们下象棋，{{han:路浩宁}}就喜欢他。
访谈者：亲戚们帮忙吗？
受访者：我闺女{{han:路秀芝}}嫁在{{trap/place:威县}}，隔半个月回来一趟，给我们包饺子。我娘家侄子{{han:武建新}}在县城开药店，我的降压药都是他送。邻居{{han:刘玉兰}}婶子每天早上喊孙子一块上学，她孙子{{han:刘浩轩}}跟我孙子同班，我孙子就爱跟{{han:刘浩轩}}玩。还有村里的儿童主任{{han:杨秀云}}，隔几天就来看看，孙子发烧那回是她骑电动车送到{{trap/org:乡卫生院}}的。
访谈者：您身体怎么样？
受访者：血压高，腿也疼。去年冬天摔了一跤，孙子扶我起来，哭着说奶奶你别死。我说奶奶不死，奶奶还得看着你娶媳妇呢。{{han:杨秀云}}都看不下去了，给我申请了个{{trap/org:妇联}}的慰问，还让县里的社工{{compound:公冶红梅}}来给孩子做辅导。
访谈者：孩子跟妈妈的关系呢？
受访者：{{han:韩晓霞}}那边又生了个闺女，顾不上。我不怪她，年轻轻的守着也没意思。我就跟孙子说，你妈是疼你的，她有她的难处。孩子点点头，也不知道信不信。社工说让孩子给他妈写信，写了寄过去，慢慢就好了。
访谈者：逢年过节呢？
受访者：过年我带孙子去给他爸上坟。孙子跪在坟前说，爸，我考了第三名。回来路上他说奶奶，我以后也去轴承厂，我说你可别去，你得念大学。清明节{{han:路秀芝}}也回来，她给孙子讲{{trap/famous:武松}}打虎，孙子说他也姓武就好了。
访谈者：孙子的爸爸出事以后，厂里怎么处理的？
受访者：厂里认了工伤，赔了{{trap/number:六十多万}}。{{han:韩晓霞}}她说要拿一半给孩子存着，另一半她带走了。我没跟她争，我说孩子是路家的根，钱是孩子的。剩下的钱村里帮着存了定期，写的是孙子的名，谁也动不了。{{trap/org:县法律援助中心}}的律师给出的主意，说这样最稳当。我不懂这些，反正孩子念书的钱有了，我这心就落下一半。
访谈者：孙子平时放学以后做什么？
受访者：先写作业，写完了帮我喂鸡。村口有个儿童之家，是{{trap/org:团县委}}办的，周末有大学生来教画画、讲故事。孙子爱去，回来给我讲{{trap/famous:司马光}}砸缸。我说你可别砸咱家的缸，就这一口。他笑得在炕上打滚。这孩子笑一回不容易。
访谈者：您最担心什么？
受访者：担心我走了以后他咋办。我跟他姑说好了，我要是不在了，孩子就跟她过。这边{{trap/word:轴承}}厂多，村里年轻人都去厂里，我不让孙子去，我说你爸就是在那儿没的。他说奶奶，我去当医生，给你治腿。我说好，奶奶等着。
访谈者：登记表要填地址和号码。
受访者：家在{{address:临西县河西镇北街村五组19号}}，他妈现在住{{address:临清市新华路富民小区5号楼2单元601室}}。我身份证{{id_number@wold.130535}}，孙子的{{id_number@my2014.130535}}。我电话{{mobile@s38}}，闺女的{{mobile@p86n}}，她微信叫{{wechat:luxiuzhi_wx}}。孙子用他姑给的旧手机上QQ，号码他写在床头墙上了，我照着念：{{qq:1249607358}}。
访谈者：表上的名字写得对吗？
受访者：不太对。低保表上孙子写成{{spaced:路　浩　宁}}，我写成{{spaced:武 桂 香}}，儿子的死亡证明上是{{spaced:路长 生}}。
""")


def main() -> None:
    # Set 85 is being written at the same time by another writer: it is not an earlier set.
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=657,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout85",))


if __name__ == "__main__":
    main()
