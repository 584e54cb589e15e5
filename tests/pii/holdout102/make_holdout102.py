# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 102 (tests/pii/holdout102/H801-H808 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 103, written at the same time by another
writer, has a higher number and is not an earlier set).

Set 102 is about children in distress (困境儿童) and the help they get, in eight new voices, all of them in or from
贺州 (Guangxi): a Mongolian man from 乌审旗 who drives a truck out of 贺州 and raises the two children of his sister,
dead of breast cancer, their father gone; a Khams Tibetan father from 德格 (甘孜) with a Tibetan-medicine stall in
八步, his son with him, his wife ill with heart disease at home and her brother, who also leaves a son there, in
prison; a Kazakh mother from 尼勒克 in a 平桂 marble factory, her husband's leg lost to a falling slab, her daughter
left behind with his mother; a Hui grandmother from 西吉 living with her son's family in 平桂, her daughter-in-law on
dialysis and her son-in-law in prison; a Yao grandmother in a mountain village of 富川 raising four grandchildren
(her dead son's two and her daughter's two); a Han village children's director (儿童主任) in 昭平 going through her
ledger (orphans, a prisoner's son, a girl with cerebral palsy, left-behind children) with the parents' WeChat and
QQ; a Han household-registration officer at a police station in 钟山 (a girl without hukou, a prisoner's sons, a
dead worker's daughter); and a Han grandfather in 贺街 raising twins whose mother left. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of three to
seven characters (宝音毕力格, 苏布达其其格, 特木尔德力格尔, 娜仁满达) with short forms after the full name
(查干其其格 then 查干, 包勒尔巴特尔 then 包勒尔), a Han surname before a Mongolian given name (鲍那顺吉雅) and the
Han forms of the same people (白振峰, 白诗琪); Khams Tibetan names (格绒邓珠, 翁姆曲珍, 呷绒扎西, 泽仁志玛) with
short forms (雍措拉姆 then 雍措, 降央卓玛 then 降央), a nickname (阿称) and the Han names of Tibetans (杨德荣,
杨思远, 杨老板); Kazakh given name + father's name with and without the dot (古丽扎达·阿合买提,
古丽扎达阿合买提, 别克波拉提·沙肯, 阿勒腾别克·别克波拉提) and short forms (古丽扎达, 别克波拉提, 阿勒腾别克,
吐尔森别克); Han-form Hui names (苏凤英, 马军武, 海有财, 者玉梅, 纳阿訇) beside 经名 alone (朱蕾哈, 耶尔孤白,
阿西叶, 扎希尔, 赛尼白, 莱拉) and after a Han surname (海哈桑, 马扎希尔); Yao names in Han form with the surnames
盘, 赵, 邓, 冯, 奉 and nicknames annotated whole (豪崽, 晴妹, 石生); word nicknames annotated whole (马蹄, 麦芽); a
surname with only a title or kin word, annotated whole (覃书记, 老梁头, 杨老板, 阙老师, 石队长, 罗厂长, 何主任,
农老师, 蓝医生, 黄大姐, 纳阿訇, 奉支书, 冯医生, 老岑, 甘老师, 韦科长, 钟所长, 小廖, 陈老师, 老包, 陶老大); Han
names with common and rare surnames (覃, 阙, 者, 纳, 邝, 祝, 聂, 闫, 农, 蓝, 蒙, 甘) with titles and kin words,
names that contain words (梁家富, 苏长青, 黄春旺, 陶长福, 马彩云), a name written twice on a form (邝思琪邝思琪),
names directly before particles and verbs and after 叫/是/给/跟/找/让; names spaced out, dotted names with spaces
around the dot and names split in two; compound surnames after ordinary words (皇甫, 司马, 尉迟, 上官, 诸葛, 东方,
赫连, 闾丘, 乐正, 宇文, 拓跋, 欧阳, 令狐, 慕容, 公孙); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:覃国平}}``, ``{{qq:2290475318}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016quad.150626}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 大姐, 婶, 阿姨) and a
particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 他, 她, 他们俩, 那边) are outside the
span. A surname with only a title or kin word and no given name (覃书记, 老岑, 黄大姐, 钟所长) is annotated whole, as
are nicknames (豪崽, 晴妹, 石生, 马蹄, 麦芽). Han-style names of Mongolian, Tibetan and Hui people (白振峰, 杨德荣,
苏凤英) and the Han-form names of the Yao are category han; a Han surname before a non-Han given name (鲍那顺吉雅,
海哈桑, 马扎希尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout102/make_holdout102.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(102_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "137", "147", "153", "155", "156", "172", "175", "185", "186", "189", "193", "195"]

DOCS: dict[str, tuple[str, str]] = {}

# H801: Mongolian truck driver from 乌审旗, living in 贺州, raising his dead sister's two children.
DOCS["H801"] = ("family", """\
访谈者：大哥，先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:宝音毕力格}}，老家是{{trap/place:乌审旗}}的，身份证上的汉名叫{{han:白振峰}}。十五年前跟着车队跑到{{trap/place:贺州}}，娶了这边的姑娘{{han:黎秀莲}}，就在这儿安了家。现在我给物流公司开半挂，把{{trap/place:贺州}}的大理石拉去{{trap/place:佛山}}、{{trap/place:东莞}}，一趟来回两天。
访谈者：家里两个孩子是您姐姐的？
受访者：是。我姐{{minority/mongolian:苏布达其其格}}前年得乳腺癌走了，才三十九。姐夫{{minority/mongolian:特木尔德力格尔}}早几年去{{trap/place:鄂尔多斯}}下煤窑，在那边又成了家，电话都不接。我姐临走拉着我的手，说孩子就交给你了。外甥女{{minority/mongolian:查干其其格}}十二岁，上学用汉名{{han:白诗琪}}，家里叫她{{minority/mongolian:查干}}；外甥{{minority/mongolian:包勒尔巴特尔}}九岁，我们喊他{{minority/mongolian:包勒尔}}。{{minority/mongolian:包勒尔}}也跟我一样，见了大车就走不动道。
访谈者：孩子们是怎么来{{trap/place:贺州}}的？
受访者：办完后事我开车回去接的。孩子奶奶{{minority/mongolian:娜仁满达}}七十多了，腿脚不好，带不动。嘎查的儿童主任{{minority/mongolian:格日勒斯琴}}给开了证明，户口先不迁，{{trap/org:旗民政局}}的事实无人抚养补贴照发，每人每月{{trap/number:一千一百四}}。她隔些日子就打电话来问，说孩子走多远都是嘎查的孩子。
访谈者：到这边以后谁帮过你们？
受访者：社区的{{han:覃国平}}书记帮着办了转学。外甥女在{{school:八步区城东第二小学六年级（4）班}}，{{minority/mongolian:包勒尔}}在同一个学校读三年级。班主任{{han:钟慧芸}}老师知道孩子没了妈，放学常留她说说话。社区儿童主任{{han:莫小娟}}每两个礼拜上门一次，{{han:莫小娟}}她说话轻声细语，外甥女有什么心事都跟她讲。{{han:覃书记}}还帮我们申请了困境儿童补贴。
访谈者：您出车的时候孩子们谁管？
受访者：全靠{{han:黎秀莲}}。她白天在菜市场卖米粉，晚上回来看作业。车队里有个老乡{{minority/mongolian:孟根朝鲁}}，也是{{trap/place:乌审旗}}出来的，跑{{trap/place:桂林}}线，他媳妇{{han:韦春梅}}大姐常帮着接孩子。老板{{han:梁家富}}听说了我家的事，让我少跑长途。{{han:老梁头}}这人嘴硬心软，过年还给孩子们包了红包。
访谈者：还有别的帮助吗？
受访者：区里社工站来了个姑娘叫{{compound:皇甫思琪}}，还有她的同事{{compound:司马俊驰}}。{{compound:皇甫思琪}}每个礼拜六来陪{{minority/mongolian:查干}}写作业，教她画画；小伙子带{{minority/mongolian:包勒尔}}去打篮球。
访谈者：孩子们想家吗？
受访者：想。{{minority/mongolian:查干其其格}}她说想吃奶奶煮的{{trap/minority_word:手把肉}}，想看{{trap/minority_word:那达慕}}上的赛马。过年那天我们在家摆了奶食，给孩子们讲{{trap/famous:江格尔}}的故事。他们的表舅{{minority/mongolian:鲍那顺吉雅}}从{{trap/place:呼和浩特}}寄来一箱奶豆腐，俩孩子一晚上吃了半箱。这边天热，孩子们刚来起了一身痱子。
访谈者：日子上最难的是什么？
受访者：钱。我一个月跑下来能挣七八千，可车贷还没还完，房租一个月一千二，两个孩子上学、吃饭、穿衣，样样要钱。去年冬天我在高速上爆了胎，车差点翻了，我坐在应急车道上抽了半包烟，想的全是孩子们要是没了舅舅可咋办。从那以后我开车再不赶时间，宁可少跑一趟。
访谈者：孩子们适应这边的生活吗？
受访者：头一年难。这边夏天又闷又热，外甥女中暑了两回；吃不惯米粉，天天问有没有炒米。学校里同学说白话，她听不懂，下课就一个人坐着。后来她参加了学校的合唱队，唱了一首长调，全校都给她鼓掌，这才慢慢有了朋友。外甥倒是快，半年就学会了几句白话，回家跟舅妈抢着说。
访谈者：孩子们的爸爸还联系吗？
受访者：不联系。去年外甥过生日，我让他给他爸打个电话，他爸没接。孩子后来也不提了。我跟他们说，你们还有舅舅、舅妈，还有奶奶，不是没人要的孩子。
访谈者：表上要填地址、证件和电话。
受访者：我们租的房子在{{address:八步区江南街道灵峰小区4栋2单元502室}}，孩子奶奶家在{{address:乌审旗嘎鲁图镇巴音温都尔嘎查三社7号}}。我身份证{{id_number@my1983.150626}}，{{minority/mongolian:包勒尔巴特尔}}的{{id_number@my2016quad.150626}}。我手机{{mobile@s434}}，{{han:黎秀莲}}的{{mobile@plain}}，她微信是{{wechat:lxl_babu1988}}。外甥女有QQ，号码她写在我车上遮阳板背面了，是{{qq:2290475318}}。
访谈者：名字在材料上写得对吗？
受访者：常出错。学校花名册上写的是{{spaced:查 干 其 其 格}}，外甥写成{{spaced:包　勒　尔　巴　特　尔}}。补贴表上我姐成了{{spaced:苏布达 其其格}}，我成了{{spaced:宝音 毕力格}}。社区说帮我们去改。
访谈者：最后您想说什么？
受访者：我姐就这两个孩子，我得让他们念出书来。等{{minority/mongolian:包勒尔}}大了想开车，我也不拦着，但书得先念好。
""")

# H802: Khams Tibetan father from 德格 (甘孜) with a Tibetan-medicine stall in 八步; wife ill at home, her brother in prison.
DOCS["H802"] = ("family", """\
访谈者：大哥，您先说说自己吧。
受访者：我叫{{minority/tibetan:格绒邓珠}}，{{trap/place:甘孜}}{{trap/place:德格}}人，汉名叫{{han:杨德荣}}。六年前来的{{trap/place:贺州}}，在{{trap/place:八步}}菜市场门口摆了个藏药摊，卖{{trap/minority_word:佐太}}丸子、红景天。街坊叫不惯藏名，都喊我{{han:杨老板}}。
访谈者：家里人都在这边吗？
受访者：分两头。媳妇{{minority/tibetan:雍措拉姆}}有风湿性心脏病，前年在{{trap/place:成都}}换了瓣膜，干不了重活，在老家跟她阿妈住。{{minority/tibetan:雍措}}她每天吃药，一个月药钱七八百。儿子{{minority/tibetan:巴登泽仁}}跟我在这边，十岁，学校里登记的汉名是{{han:杨思远}}。女儿{{minority/tibetan:降央卓玛}}十四，留在{{trap/place:德格}}，在{{school:德格县民族中学初二（3）班}}住校，家里叫她{{minority/tibetan:降央}}。
访谈者：女儿在老家谁照看？
受访者：外婆{{minority/tibetan:翁姆曲珍}}，还有她舅舅。舅舅{{minority/tibetan:呷绒扎西}}去年跟人争草场，打伤了人，判了两年，还在里面。{{minority/tibetan:呷绒扎西}}的儿子{{minority/tibetan:阿称}}才六岁，也跟着外婆。一个老人带着病人和两个孩子，难。村里的儿童主任{{minority/tibetan:泽仁志玛}}每礼拜去一趟，给{{minority/tibetan:阿称}}报了困境儿童补贴，说父亲服刑的也能报，每月{{trap/number:六百四}}。村支书{{minority/tibetan:洛绒尼玛}}帮着把媳妇的低保办下来了。
访谈者：儿子在这边习惯吗？
受访者：刚来听不懂白话，同学笑他脸黑。班主任{{han:阙丽萍}}老师把他叫上讲台，让他教全班说{{trap/minority_word:扎西德勒}}。{{minority/tibetan:巴登泽仁}}就是从那以后才开口说话的。他在{{school:八步区龙山小学四年级（3）班}}，{{han:阙老师}}说他数学好。社区儿童主任{{han:陆桂芳}}给他报了{{trap/org:区青少年宫}}的篮球班，不收钱。
访谈者：摊子上有人帮您吗？
受访者：旁边卖菌子的{{han:蒙建华}}是本地人，我回老家的时候他帮我看摊。{{han:蒙建华}}他老婆还常给孩子送饭。还有个老乡{{minority/tibetan:根秋彭措}}在{{trap/place:桂林}}开藏餐馆，过年我们两家一起过。市场管理处的{{han:石队长}}原来老赶我，后来知道了家里的事，给我划了个固定摊位。
访谈者：摊子的收入够用吗？
受访者：不稳定。好的时候一天卖三四百，下雨天一个人都没有。这边的人对藏药信得少，我就送人试，慢慢才有了回头客。媳妇的药、女儿的生活费、儿子的学费，还要给外婆寄点钱，一个月算下来剩不了多少。去年摊子被大风掀了，药材泡了水，损失了两千多，那几天我整夜睡不着。
访谈者：女儿跟您联系多吗？
受访者：每个礼拜天晚上视频。学校平时不让用手机，周末她借外婆的。她话不多，总说自己好，不让我操心。有一回班主任打电话来，说她在宿舍里偷偷哭，问了才知道是想她阿妈了，又不敢跟我说，怕我分心。我听了在摊子后面蹲了半天。
访谈者：儿子呢？
受访者：儿子在这边反倒比在老家开朗，踢球、下棋、跟着同学学游泳。就是放学没人管，我收摊晚，他一个人在出租屋里等，饭都是自己用电饭锅热的。
访谈者：您想过回老家吗？
受访者：想过，可回去没活干。在这边摆摊，一年能攒点钱给媳妇看病。等儿子小学毕业，看情况再说。
访谈者：儿子放学后谁陪他？
受访者：有时候我让他去找{{han:蒙建华}}家的孩子玩，两个孩子一个班，一起写作业。天黑了我收了摊去接他，路上买两个烧饼，爷俩边走边吃，这是他一天里最高兴的时候。
访谈者：其他部门呢？
受访者：区社工站的{{compound:尉迟彦章}}教我在手机上给媳妇挂{{trap/place:成都}}的号。{{trap/org:法律援助中心}}有个律师叫{{compound:上官静姝}}，帮着问舅舅那个案子能不能假释，一分钱没收。
访谈者：过年回去吗？
受访者：{{trap/minority_word:藏历新年}}一定回。{{trap/org:德格印经院}}前面跳{{trap/minority_word:锅庄}}，女儿最爱去。路上要走三天，翻{{trap/place:雀儿山}}隧道。我给儿子讲{{trap/famous:格萨尔王}}赛马称王的故事，他听一遍就能讲给同学听。
访谈者：登记表上需要地址和电话。
受访者：我们在{{address:八步区城东街道太白东路兴业小区7栋3单元201室}}租房，老家在{{address:德格县马尼干戈镇然空村二组14号}}。我身份证{{id_number@my1980hyphen.513330}}，女儿的{{id_number@wy2011fwspaced.513330}}。我手机{{mobile@hyphen}}，媳妇的{{mobile@plus86spaced}}。我的收款微信是{{wechat:gerong_zangyao}}。儿子玩QQ，说班级群要用，号码他背得滚瓜烂熟，{{qq:1837520946}}。
访谈者：名字登记上有麻烦吗？
受访者：麻烦。学校把儿子写成{{spaced:巴 登 泽 仁}}，女儿写成{{spaced:降　央　卓　玛}}，低保表上媳妇成了{{spaced:雍措 拉姆}}，我成了{{spaced:格绒 邓珠}}。
访谈者：您最大的心愿？
受访者：媳妇身体好起来，一家人住到一起。{{minority/tibetan:降央}}说她想考到{{trap/place:成都}}学藏医，回来给她阿妈看病。
""")

# H803: Kazakh mother from 尼勒克 in a 平桂 marble factory; her husband lost a leg there; daughter left behind.
DOCS["H803"] = ("family", """\
访谈者：大姐，您先介绍一下自己吧。
受访者：我叫{{minority/kazakh:古丽扎达·阿合买提}}，{{trap/place:伊犁}}{{trap/place:尼勒克}}人，哈萨克族。四年前跟老乡来{{trap/place:贺州}}，在{{trap/place:平桂}}的石材厂打磨大理石。厂里的人叫不全我的名字，就叫我{{minority/kazakh:古丽扎达}}。
访谈者：家里现在是什么情况？
受访者：我丈夫{{minority/kazakh:别克波拉提·沙肯}}原先在厂里开叉车，前年一块石板倒下来砸了他的右腿，截了肢，评了三级残疾。{{minority/kazakh:别克波拉提}}他心里过不去，一天到晚不出门。厂里赔了{{trap/number:十四万}}，看病花去大半。儿子{{minority/kazakh:阿勒腾别克·别克波拉提}}十一岁，跟我们在这边，在{{school:平桂区西湾中心小学五年级（2）班}}。女儿{{minority/kazakh:阿克扎依娜}}八岁，留在老家跟奶奶{{minority/kazakh:哈丽恰·木哈买提}}，在{{school:尼勒克县喀拉托别乡寄宿制学校二年级（1）班}}。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{minority/kazakh:阿勒腾别克}}每天放学先给他爸打水擦身子，再写作业。班主任{{han:潘晓雯}}老师说孩子上课老走神，就让他当了数学课代表，让他有事干。{{minority/kazakh:阿克扎依娜}}在视频里问爸爸的腿什么时候长出来，她爸听了就哭。
访谈者：谁帮过你们？
受访者：先说厂里。车间主任{{han:黄伟雄}}帮我们跑的工伤认定，{{han:罗厂长}}让我从计件改成计时，说孩子放学我能早点走。{{trap/org:区人社局}}的{{han:韦晓峰}}帮着办了伤残津贴。社区儿童主任{{han:蒋丽娟}}给儿子报了困境儿童，每月{{trap/number:三百八}}。假肢是{{trap/org:区残联}}给装的，{{han:何主任}}亲自领我们去的{{trap/place:南宁}}。
访谈者：还有别的人吗？
受访者：老乡{{minority/kazakh:吐尔森别克·马木尔}}也在厂里，他汉话好，开始那些表都是他帮我填的。{{minority/kazakh:吐尔森别克}}他媳妇是本地人，我儿子管她叫{{han:莫春兰}}阿姨。法律援助的律师是{{compound:诸葛凌霄}}，他说工伤赔少了，帮我们又跟厂里谈了一次。社工站的{{compound:东方梓涵}}常来家里，跟{{minority/kazakh:别克波拉提}}聊天，劝他去学修手机。她的搭档是{{compound:赫连思哲}}，给儿子补英语。
访谈者：您丈夫现在怎么样？
受访者：比刚出事的时候好些。刚截肢那会儿，他整夜疼，疼得拿头撞墙，我抱着他不让撞。装了假肢以后能慢慢走，就是走不远，走多了断口磨破皮。他以前是家里的顶梁柱，现在什么都要我来，心里憋屈，有时候冲孩子发火，发完了又后悔，一个人坐在门口抽烟。
访谈者：您一个人挣钱，忙得过来吗？
受访者：忙不过来也得忙。早上六点起来做饭，七点送儿子上学，七点半进车间，中午回来给丈夫弄饭，晚上下班再去菜市场。厂里灰大，我咳嗽了一年多，医生说要戴好口罩。一个月工资四千出头，一半寄回老家给奶奶和女儿，剩下的交房租、买药。
访谈者：女儿在老家过得好吗？
受访者：奶奶年纪大了，冬天雪厚，送孩子去学校要走很远。女儿懂事，放假回家帮奶奶挤奶、喂羊。我一年只能回去一次，每次走的时候她都抱着我的腿不放。
访谈者：儿子在这边有朋友吗？
受访者：有。班上有个壮族男孩跟他最好，两个人一起踢球，周末来家里吃{{trap/minority_word:包尔萨克}}。那孩子的妈妈知道我们家的事，常送些青菜、米粉过来，我就教她炸馓子。
访谈者：老家那边呢？
受访者：村里的儿童主任{{minority/kazakh:库丽帕西·沙达提}}给女儿报了留守儿童关爱，冬天送了棉衣。村干部{{han:闫向东}}是汉族，哈萨克话说得比我还溜，他帮奶奶办了低保。
访谈者：孩子们想家吗？
受访者：想。{{trap/minority_word:纳吾热孜节}}那天儿子跟奶奶视频，看她煮{{trap/minority_word:纳吾热孜粥}}。他爸以前会弹{{trap/minority_word:冬不拉}}，现在琴挂在墙上落灰。我跟孩子说，{{trap/famous:阿拜}}讲过，人要靠知识和劳动立身。
访谈者：登记需要地址和号码。
受访者：我们住厂里的宿舍，{{address:平桂区西湾街道石材工业园员工宿舍3栋205室}}，老家是{{address:尼勒克县喀拉托别乡阔克托别村四组21号}}。我身份证{{id_number@wy1986spaced.654028}}，儿子的{{id_number@my2014tri.654028}}。我电话{{mobile@plain}}，丈夫的{{mobile@s38}}。我微信{{wechat:Gulzada_nlk}}。儿子有QQ，号码写在他的数学书皮上：{{qq:3308152764}}。
访谈者：名字登记得对吗？
受访者：老出错。工伤材料上把我写成{{minority/kazakh:古丽扎达阿合买提}}，没有点；有的写成{{spaced:古丽扎达 · 阿合买提}}。女儿的名字学校写成{{spaced:阿 克 扎 依 娜}}，丈夫在残联的表上是{{spaced:别　克　波　拉　提}}，儿子成了{{spaced:阿勒腾别克 · 别克波拉提}}。
访谈者：以后有什么打算？
受访者：丈夫想回{{trap/place:尼勒克}}，我说等儿子小学念完。{{minority/kazakh:阿勒腾别克}}说要考到{{trap/place:乌鲁木齐}}学医。
""")

# H804: Hui grandmother from 西吉 living with her son's family in 平桂; daughter-in-law on dialysis, son-in-law in prison.
DOCS["H804"] = ("family", """\
访谈者：奶奶，您老家是哪里的？
受访者：{{trap/place:宁夏}}{{trap/place:西吉}}的。我叫{{han:苏凤英}}，经名{{minority/hui:朱蕾哈}}，今年六十八。前年跟儿子来的{{trap/place:平桂}}，他在这边开拉面馆。
访谈者：家里几口人？
受访者：老汉{{han:马正川}}，经名{{minority/hui:耶尔孤白}}，五年前脑溢血没了。儿子{{han:马军武}}，经名{{minority/hui:乌拜德}}；儿媳{{han:杨玉琴}}，经名{{minority/hui:阿西叶}}。去年{{minority/hui:阿西叶}}她得了红斑狼疮，肾也坏了，一个礼拜去{{trap/org:市人民医院}}透析两回。孙子{{han:马梓轩}}九岁，经名{{minority/hui:扎希尔}}；孙女{{han:马语桐}}六岁，经名{{minority/hui:赛尼白}}。还有外孙{{minority/hui:海哈桑}}，是我女儿{{han:马彩云}}的娃娃。
访谈者：外孙怎么也跟着您？
受访者：女婿{{han:海有财}}跟人合伙放贷犯了事，判了六年，关在{{trap/place:银川}}。女儿在{{trap/place:银川}}的饭馆打工，娃娃没人管，我就带过来了。{{minority/hui:海哈桑}}十岁，在{{school:平桂区望高镇中心小学四年级（5）班}}，学校里用的名字是{{han:海梓恒}}。
访谈者：孩子们在这边上学习惯吗？
受访者：这边学校没有回民灶，班主任{{han:农美华}}老师跟食堂说了，给我们娃娃单独打菜，不放大油。{{han:农老师}}人好，{{minority/hui:扎希尔}}的作文她拿去投了稿。
访谈者：儿媳看病，钱从哪来？
受访者：面馆一天挣不了几个钱。社区的{{han:覃春玲}}书记帮我们申请了大病救助，又把娃娃们报成困境儿童。{{trap/org:区民政局}}批了临时救助{{trap/number:三千五}}。医院肾内科的{{han:蓝海燕}}大夫说要等肾源，{{han:蓝医生}}说年轻人换了肾还能过好日子。
访谈者：您照顾这么多人，身体吃得消吗？
受访者：吃不消也得吃。我有糖尿病，每天要打胰岛素。早上四点多起来做晨礼，然后和面、切菜，帮儿子把面馆的准备做好；七点叫三个娃娃起床，送他们上学；回来给儿媳熬药、洗衣服；下午面馆忙的时候我在后厨洗碗。晚上娃娃们写作业，我坐在旁边，不识字，就看着。
访谈者：儿子压力大吧？
受访者：大。他一天站十几个钟头拉面，胳膊都肿了。面馆的房租一年两万四，儿媳透析虽说医保报了大半，自己还得出一些。他不跟我说难处，可我看得出来，夜里他一个人在店里坐到很晚。
访谈者：外孙想他爸吗？
受访者：想，可不说。他爸刚判的时候，他在老家学校被人笑话，跟人打架，回来一身土。到了这边没人知道他家的事，成绩倒上去了。每个月他给他爸写一封信，让他妈寄到监狱去，信里说自己考了多少分，说等爸爸出来带他去看海。
访谈者：这边的邻居对你们好吗？
受访者：好。这边人说话我们一开始听不懂，可人都和气。面馆在{{trap/word:马路}}边上，刚开的时候没生意，街坊们来吃了，又帮着往外说。我们不吃猪肉，他们来串门从不带荤的东西，逢年过节还送水果。
访谈者：娃娃们之间处得好吗？
受访者：好。{{minority/hui:海哈桑}}大，管着弟弟妹妹，{{minority/hui:赛尼白}}就跟在他屁股后面转，叫他哥。三个娃娃挤一张床，夜里说悄悄话，说到半夜我得去喊。
访谈者：这边有清真寺吗？
受访者：{{trap/place:贺州}}没有。礼拜就在家里做，{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}要坐车去{{trap/place:桂林}}的{{trap/org:清真寺}}。过节我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给邻居们送。隔壁的{{han:黄大姐}}吃了还要跟我学。
访谈者：老家那边还有人帮忙吗？
受访者：村里的儿童主任{{han:者玉梅}}也是回族，{{minority/hui:海哈桑}}的事实无人抚养是她帮着报的，每月{{trap/number:一千一百九}}。寺里的{{han:纳阿訇}}常打电话问娃娃念经没有。我侄女{{minority/hui:莱拉}}在{{trap/place:固原}}读护理，放假就来帮我。区社工站的{{compound:闾丘雅文}}教我用手机交电费，还有个志愿者叫{{compound:乐正子航}}，周末来给娃娃们补课。我给娃娃们讲{{trap/famous:马本斋}}他娘的故事，说回回人要有骨气。
访谈者：表上要填地址和电话。
受访者：我们在{{address:平桂区望高镇望高社区东街38号}}，面馆楼上。老家{{address:西吉县硝河乡新庄村三组19号}}。我身份证{{id_number@wy1957.640422}}，{{minority/hui:海哈桑}}的{{id_number@my2015hyphen.640422}}。儿子电话{{mobile@plus86}}，我女儿的{{mobile@h38}}。儿子微信{{wechat:majunwu_lamian}}，收钱用的。{{minority/hui:扎希尔}}有个QQ，说是跟同学对作业的，我让他写在门后日历上了：{{qq:2847013596}}。
访谈者：名字登记上有问题吗？
受访者：有。孙子报名的时候他爸写成了{{minority/hui:马扎希尔}}，后来才改成{{han:马梓轩}}。外孙在表上是{{spaced:海 哈 桑}}，我是{{spaced:苏　凤　英}}，儿媳成了{{spaced:杨玉 琴}}。
访谈者：您最盼什么？
受访者：盼儿媳的病好，女婿早点出来，娃娃们都念成书。
""")

# H805: Yao grandmother in a mountain village of 富川 raising four grandchildren.
DOCS["H805"] = ("family", """\
访谈者：阿婆，您家几口人？
受访者：五口，我和四个孙。我叫{{han:赵金妹}}，瑶族，住在{{trap/place:富川}}{{trap/place:朝东镇}}山上的村子，开摩托到镇上都要四十分钟。老伴{{han:盘德贵}}前些年过世了。
访谈者：四个孩子都是您带？
受访者：都是。大儿子{{han:盘永昌}}在{{trap/place:广东}}的石场打工，四年前炸{{trap/word:石头}}出了事，人没了。儿媳{{han:奉春燕}}后来改嫁到{{trap/place:恭城}}，孩子留给我。大孙{{han:盘志豪}}十三，我们叫他{{han:豪崽}}；孙女{{han:盘雨晴}}十岁，叫{{han:晴妹}}。女儿{{han:盘秀凤}}和女婿{{han:冯家旺}}在{{trap/place:东莞}}电子厂，两个孩子也放在我这，外孙{{han:冯浩文}}八岁，小名{{han:石生}}，外孙女{{han:冯梦琪}}五岁。
访谈者：孩子们上学远吗？
受访者：远。{{han:豪崽}}在{{school:朝东镇初级中学初一（2）班}}，住校。{{han:晴妹}}在{{school:岔山村小学四年级（1）班}}，{{han:石生}}他读二年级，两个每天走一个钟头山路。小的在村里幼儿园。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:邓丽芬}}，我们瑶家的妹子。{{han:豪崽}}和{{han:晴妹}}的事实无人抚养补贴是她跑下来的，每人每月{{trap/number:一千二百一}}。{{han:邓丽芬}}她每个月来一回，看看孩子的作业，看看屋子漏不漏。村里的{{han:奉支书}}帮我们家申请了危房改造，新屋子去年立起来了。{{trap/org:乡卫生院}}的{{han:冯医生}}给我看高血压，不收诊费。
访谈者：学校那边呢？
受访者：大孙的班主任{{han:唐秋霞}}老师，每个礼拜五下午骑摩托送住校的孩子回村。城里来了个支教老师，叫{{compound:宇文晨阳}}，教孩子们画画。县里社工站的{{compound:拓跋青岚}}也来过两趟，给孩子们拍了照片寄给他们妈妈。
访谈者：孩子们性格怎么样？
受访者：{{han:豪崽}}也懂事，周末上山砍柴、挖冬笋，卖了钱给妹妹买本子。{{han:石生}}皮，天天跟{{han:冯梦琪}}抢电视。{{han:晴妹}}就爱唱歌，外孙女天天问她妈什么时候回来。
访谈者：您一个人带四个孩子，最难的是什么？
受访者：钱难，人也难。家里有三亩田、一片山，种点稻子、玉米，养了十几只鸡。孩子们吃饭、穿衣、上学，都靠那点补助和女儿寄回来的钱。我腿有风湿，下雨天走不动，挑水要走到山脚下，一担水歇三回。孩子们生病最怕，去年外孙女半夜发烧，我背着她走了一个多钟头山路到卫生院，鞋都跑掉了一只。
访谈者：女儿常回来吗？
受访者：一年回来一次，过年。她在厂里加班多，回来一趟车费要一千多，舍不得。平时晚上跟孩子们视频，外孙女一看见她就哭，说妈妈你快回来。我女儿在那边也哭。挂了电话，我就哄孩子睡觉，给她们唱瑶歌。
访谈者：孩子们的学习怎么样？
受访者：大孙成绩好，老师说他能考县里的高中。孙女喜欢画画，课本上都画满了。我不识字，帮不上，只能叫他们自己管好自己。
访谈者：孩子们帮您干活吗？
受访者：帮。放学回来，大的砍柴、喂鸡，孙女煮饭，外孙去菜地里摘菜，最小的也知道帮我捡鸡蛋。山里孩子，苦惯了，不叫苦。
访谈者：村里的人对你们怎么样？
受访者：好。我们这里都是瑶家，谁家有事都来帮。春耕的时候，隔壁几家帮我插秧；房子漏雨，年轻人上房帮我换瓦。过年杀猪，也给我们送一块肉。
访谈者：您自己身体怎么样？
受访者：高血压，腿也不好。去年冬天摔了一跤，躺了半个月，是大孙做饭、洗衣，带着弟弟妹妹上学。那半个月他瘦了一圈，我心疼。
访谈者：过节热闹吗？
受访者：{{trap/minority_word:盘王节}}村里跳{{trap/minority_word:长鼓舞}}，唱{{trap/minority_word:蝴蝶歌}}，孩子们跟着跑。我给他们讲{{trap/famous:盘瓠}}的故事，说我们瑶家是怎么来的。早上打{{trap/minority_word:油茶}}，孩子们一人喝三碗。就是那条{{trap/word:盘山路}}，下雨天我不放心。
访谈者：登记表上要填这些。
受访者：家在{{address:富川瑶族自治县朝东镇岔山村六组11号}}。我身份证{{id_number@wy1954.451123}}，{{han:盘志豪}}的{{id_number@my2012.451123}}。村里帮我弄了个手机，号码是{{mobile@spaced}}，女儿的{{mobile@p86h}}。女儿微信{{wechat:panxiufeng_dg}}。{{han:豪崽}}在学校用QQ，号码是同学帮他申的，说是{{qq:1620934875}}。
访谈者：名字登记得对吗？
受访者：我不识字，都是{{han:邓丽芬}}帮着看。她说学校把孙女写成了{{spaced:盘 雨 晴}}，低保表上外孙是{{spaced:冯　浩　文}}，老伴成了{{spaced:盘德 贵}}。支教老师的名字表上是{{spaced:宇 文 晨 阳}}。
访谈者：最后您想说什么？
受访者：我七十一了，只想再撑几年，撑到{{han:豪崽}}成人。
""")

# H806: Han village children's director (儿童主任) in 昭平 going through her ledger.
DOCS["H806"] = ("community", """\
访谈者：您做儿童主任几年了？
受访者：第五年。我叫{{han:甘秀琼}}，在{{trap/place:昭平}}{{trap/place:黄姚镇}}的一个村。台账上困境儿童九个，其中两个是领孤儿基本生活费的，留守儿童二十六个，我挑几户跟你说。
访谈者：好。
受访者：头一户是兄妹俩，{{han:麦宇辰}}和{{han:麦宇欣}}。爸爸{{han:麦伟强}}前年开三轮车翻到沟里没了，妈妈{{han:石彩凤}}改嫁去了{{trap/place:梧州}}，孩子跟爷爷{{han:麦老四}}，老人种了两亩{{trap/word:甘蔗}}。兄妹俩按事实无人抚养报了补贴，每人每月{{trap/number:一千二百五}}。{{han:石彩凤}}她每个月往爷爷卡上转两百，她的微信我记着，{{wechat:shicaifeng520}}。
访谈者：第二户？
受访者：{{han:黎俊熙}}，九岁。爸爸{{han:黎少华}}因为盗窃判了三年，妈妈{{han:聂小红}}在{{trap/place:广州}}做保洁，孩子跟奶奶{{han:韦月娥}}。{{han:聂小红}}有微信也有QQ，微信是{{wechat:nxh_gz2019}}，QQ她说了两遍我才记下，是{{qq:751368204}}。
访谈者：第三户？
受访者：{{han:钟晓雯}}，十二岁，脑瘫，坐轮椅。爸爸{{han:钟永旺}}在县城开摩的，妈妈精神有问题。{{trap/org:县残联}}每年给她做康复，{{han:钟永旺}}说孩子现在能自己拿勺子了。他的微信{{wechat:zyw_modi77}}，QQ是{{qq:1094857362}}。孩子在{{school:昭平县特殊教育学校三年级（1）班}}。
访谈者：第四户？
受访者：留守的，{{han:梁天佑}}，七岁，爸妈在{{trap/place:东莞}}鞋厂。爸爸{{han:梁志勤}}，妈妈{{han:蒙丽华}}，孩子跟外婆。{{han:蒙丽华}}的微信{{wechat:menglihua_88}}，电话{{mobile@plus86dash}}。还有{{compound:欧阳佳怡}}，她爸妈离了，两边都不要她，跟太婆过。她爸的QQ是{{qq:2563017498}}，我一个月发一回消息，他一年回两三回。
访谈者：谁跟您一起做这些事？
受访者：村支书{{han:苏长青}}，还有镇民政办的{{han:老岑}}。{{han:老岑}}说话直，可事情办得快。镇社工站的{{compound:令狐嘉欣}}每个月下村，同事{{compound:慕容浩宇}}管心理辅导。学校那边是{{han:甘老师}}，她跟我是堂姐妹。
访谈者：您平时怎么走访？
受访者：骑电动车，一个礼拜跑两三天。困境儿童一个月至少见一次面，留守儿童一个季度见一次。进门先看孩子的气色、衣服干不干净，再看屋里有没有吃的，问问学习。有的老人耳背，说话得靠喊；有的孩子怕生，头几回躲在门后不出来，去多了才跟我说话。每次走访回来我都要在台账上写几句，写孩子的变化，写有什么要办的事。
访谈者：遇到过难办的事吗？
受访者：多。有的孩子父母联系不上，手机停机，微信拉黑，我就找他们的兄弟姐妹打听；有的老人不愿意报补助，怕别人说闲话；有的孩子被同学欺负，不敢跟家里说。去年有个孩子半夜离家出走，我跟村里几个人打着手电找到天亮，最后在后山的小庙里找到的。
访谈者：这些孩子的补助按时发吗？
受访者：按时。每个月十号前打到监护人的卡上，我再一户户打电话确认。有的老人不会查卡，我就陪着去镇上的信用社查。有一回卡被冻结了，我找{{han:老岑}}一起去银行问，才知道是身份证过期了。
访谈者：儿童主任有报酬吗？
受访者：有一点补贴，一个月几百块，不够油钱。可我是村里长大的，这些孩子的爸妈有的是我同学，我不管谁管。镇上每年组织我们培训两次，教怎么发现孩子有心理问题，怎么跟学校、派出所配合，学了以后心里有底多了。
访谈者：您自己的孩子呢？
受访者：儿子上初中，女儿上小学。他们有时候说，妈妈管别人家的孩子比管我们还多。我说，你们有爸爸妈妈在身边，那些孩子没有。
访谈者：台账怎么记？
受访者：一户一页：孩子名字、监护人、电话、微信、QQ、住址。{{han:麦宇辰}}家在{{address:黄姚镇北莱村三组16号}}，{{han:梁天佑}}外婆家在{{address:昭平镇江滨小区9栋2单元103室}}。{{han:麦宇辰}}在{{school:黄姚镇中心小学五年级（3）班}}，他爷爷的电话{{mobile@s74}}，身份证{{id_number@mold.451121}}。有事先打电话，打不通就发微信。孩子有危险就打{{trap/hotline:110}}，想不开的打{{trap/hotline:12355}}，这个我在每户门上都贴了。
访谈者：台账上的名字规范吗？
受访者：镇里打印的表，名字中间带空格：{{spaced:麦 宇 辰}}，{{spaced:欧　阳　佳　怡}}，还有{{spaced:钟晓 雯}}。我手写的时候就不空。
访谈者：您最难的是什么？
受访者：{{trap/year:二〇二二年}}发大水，{{han:麦老四}}家的屋子进了水，我半夜把两个孩子背到村委会，一直守到天亮。妹妹那年才六岁，趴在我背上一句话不说。这种时候，我就觉得这个活儿得有人干。
""")

# H807: Han household-registration officer at a police station in 钟山.
DOCS["H807"] = ("official", """\
访谈者：您在派出所管户籍多少年了？
受访者：十一年。我叫{{han:廖振华}}，在{{trap/place:钟山}}县{{trap/place:公安镇}}派出所当户籍民警。
访谈者：困境儿童跟户籍有什么关系？
受访者：关系大。没户口，低保、孤儿补贴、上学都办不了。我说几个我经手的。
访谈者：好。
受访者：头一个是没上户口的女孩，{{han:邝思琪}}。她妈{{han:邝丽娟}}没结婚生的她，生完就走了，爸爸是谁不知道。孩子跟外公{{han:邝德明}}过到八岁，{{trap/year:二〇二一年}}才来上户口。我们做了鉴定，外公跟孩子是祖孙关系，才给落了户。户口本上名字录入的时候重了，打成了{{han:邝思琪}}{{han:邝思琪}}，我又去改。孩子现在在{{school:公安镇中心小学三年级（2）班}}，{{han:邝德明}}他逢人就说派出所给他孙女办了件大事。
访谈者：第二个？
受访者：兄弟俩，爸爸叫{{compound:欧阳建民}}，故意伤害判了七年；妈妈{{han:谢美兰}}前年得肝癌走了。兄弟俩跟奶奶{{han:罗二娘}}。户口要从爸爸名下迁到奶奶名下，监护人要变更，{{trap/org:县民政局}}的{{han:韦科长}}跟我一起跑了三趟监狱，让{{compound:欧阳建民}}签字。大的{{compound:欧阳俊辉}}十二，小的九岁。
访谈者：第三个？
受访者：第三个姓上官，{{trap/place:回龙镇}}那边的。孩子叫{{compound:上官雨彤}}，爸爸{{compound:上官振业}}在工地摔死了，妈妈{{han:覃小凤}}有智力残疾。表格上孩子名字写成了{{spaced:上 官 雨 彤}}，她妈的名字是{{spaced:覃　小　凤}}，材料退回来两次。{{trap/org:县残联}}帮她妈办了残疾证，孩子按事实无人抚养报上去了。
访谈者：像这样的户口问题多吗？
受访者：全所一年能碰上七八个。有的是超生没上户，有的是父母一方是外省的，一方跑了，另一方不会办；还有的是老人不知道孩子要上户，拖到上学了才来。我们现在每季度跟学校、村委会对一次名单，看看有没有没户口的孩子，发现一个就上门一个。
访谈者：上户的时候最难的是哪一步？
受访者：证明材料。出生证明找不到的，要去医院补；医院查不到的，要做鉴定；父母联系不上的，要发公告、走程序。有的材料要到外省去开，老人哪里跑得动，我们就打电话、发函，一点点帮他们凑齐。
访谈者：所里平时怎么发现这些孩子？
受访者：一是村里报，二是学校报，三是我们下村走访自己看。民警下村的时候都带着一张表，看到孩子就问一句，上户了没有，上学了没有，家里大人在不在。
访谈者：孩子们的监护怎么落实？
受访者：父母服刑或者下落不明的，我们把情况通报给民政，由民政评估，再确定监护人。村委会、学校都要签字，每半年回访一次。
访谈者：您做这个工作有什么感受？
受访者：以前觉得户籍就是坐窗口、敲电脑，后来碰到这些孩子，才知道一个户口对一个孩子意味着什么。有户口，他才能领补助、才能上学、才能看病报销。那个小姑娘落户那天，她外公拿着户口本在门口站了半天，翻来覆去地看。
访谈者：您所里的人怎么配合？
受访者：所长{{han:钟建勋}}定了规矩，困境儿童的户口随到随办，不让跑第二趟。{{han:钟所长}}他自己也下村。还有辅警{{han:小廖}}，他是我本家侄子，专门跑外勤。县社工站的{{compound:公孙雅琳}}常跟我们对接。
访谈者：证件和地址您都怎么核？
受访者：都对着系统核。{{han:邝思琪}}家在{{address:钟山县公安镇荷塘村五组8号}}，她外公身份证{{id_number@mold.451122}}，她的{{id_number@wy2013fw.451122}}。{{compound:欧阳俊辉}}奶奶家在{{address:钟山县回龙镇龙井村十一组3号}}，奶奶的身份证{{id_number@woldhyphenx.451122}}。{{han:覃小凤}}母女住在{{address:钟山县钟山镇兴钟路阳光花园2栋1单元601室}}，是租的。
访谈者：联系方式呢？
受访者：{{han:罗二娘}}没手机，留的是村干部的{{mobile@fws}}。{{han:邝德明}}的手机也是村干部帮着办的。我们所有个便民微信{{wechat:zsga_huji01}}，群众可以先发材料照片。孩子们有的加我QQ问事，号码是{{qq:1579320846}}。
访谈者：表上名字出错多吗？
受访者：多。有人把{{compound:欧阳俊辉}}写成{{spaced:欧 阳 俊 辉}}，把{{han:谢美兰}}写成{{spaced:谢美 兰}}。老人不识字，说一个字我们写一个字，写完一对，经常有出入。
访谈者：您觉得最要紧的是什么？
受访者：别让孩子因为一张纸卡住。{{trap/famous:包公}}断案讲公道，我们办户口也是一个道理，按规矩，也讲人情。
""")

# H808: Han grandfather in 贺街 raising twins whose mother left; their father works in 深圳.
DOCS["H808"] = ("family", """\
访谈者：阿公，您带这对双胞胎几年了？
受访者：六年了。我叫{{han:陶国昌}}，住在{{trap/place:贺街镇}}。儿子{{han:陶建新}}在{{trap/place:深圳}}送快递，一年回来一趟。儿媳{{han:黄小玲}}在双胞胎一岁的时候走了，说去打工，再没回来。双胞胎一个叫{{han:陶浩宇}}，一个叫{{han:陶思妤}}，小名{{han:马蹄}}和{{han:麦芽}}。{{han:马蹄}}说话早，{{han:麦芽}}走路早。
访谈者：两个孩子性格一样吗？
受访者：不一样。{{han:马蹄}}他胆大，爬树掏鸟窝，摔破了头也不哭。{{han:麦芽}}也倔，可心细，看我腰疼就给我捶背。{{han:马蹄}}都七岁了还尿床，{{han:麦芽}}就帮他瞒着。
访谈者：家里还有谁？
受访者：老伴{{han:钟六妹}}前年中风，坐轮椅，也要人照顾。我大儿子{{han:陶长福}}在镇上修摩托，隔两天过来帮我挑水。村里人都叫他{{han:陶老大}}。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:祝小燕}}，她把两个孩子报了留守儿童，后来又按困境儿童报了一回，每月{{trap/number:五百二}}。{{han:祝小燕}}说这个钱得专门用在孩子身上。村支书{{han:黄春旺}}帮老伴办了残疾证，{{han:黄春旺}}那边说话算数。镇卫生院的{{compound:公孙明辉}}医生每个月来给老伴量血压。
访谈者：孩子们在学校怎么样？
受访者：俩在{{school:贺街镇中心小学一年级（4）班}}，班主任{{han:陈晓凤}}老师说{{han:马蹄}}上课坐不住，{{han:麦芽}}就坐在他旁边拉他衣服。{{han:陈老师}}去年家访，看到我们家那个样子，回去就在班上给孩子们捐了书包。
访谈者：孩子问妈妈吗？
受访者：问。{{han:麦芽}}那年看见别人妈妈来接，回来问我她妈长什么样。我翻出一张照片给她，她就压在枕头底下。{{han:马蹄}}说长大了去{{trap/place:深圳}}找爸爸，不找妈妈。我听了心里难受。
访谈者：您一个人照顾老伴和两个孩子，一天怎么过？
受访者：早上五点半起来煮粥，给老伴擦身、喂饭、吃药，六点半叫孩子起床。他们自己穿衣服，我给他们梳头、检查书包，七点骑三轮车送到学校。回来下地，种点菜、种点花生，中午回家给老伴做饭。下午四点去接孩子，晚上做饭、洗澡、看作业，九点多他们睡了，我再把衣服洗了。一天下来腰像断了一样。
访谈者：儿子寄钱回来吗？
受访者：寄。他一个月寄一千五，有时候两千。快递这行辛苦，风里雨里跑，也挣不了多少，他自己在那边租个床位，吃的都是最便宜的盒饭。我跟他说别太苦了自己，他说孩子要读书，不能省在孩子身上。
访谈者：孩子们身体好吗？
受访者：都瘦，个子比别人矮一点。医生说要多吃鸡蛋、多喝牛奶。学校现在有营养餐，中午每人一个鸡蛋、一盒牛奶，我看他们脸上有肉了。有一回两个都出水痘，我一个人白天黑夜地守着，给他们剪指甲，怕他们挠。
访谈者：孩子们跟村里其他孩子玩得来吗？
受访者：玩得来。放了学一群孩子在晒谷场上跑，{{han:麦芽}}跳绳跳得最好，她哥跟隔壁的孩子打弹珠，输了就哭鼻子。
访谈者：家里住得怎么样？
受访者：老房子，泥砖的，前几年镇上帮着加固了，屋顶换了新瓦。两个孩子跟我睡一张床，老伴睡另一间。村里说明年给我们改个厕所，装个热水器，孩子们冬天洗澡就不冷了。
访谈者：孩子们喜欢什么？
受访者：喜欢看书、画画，也喜欢跟我去河边钓鱼。去年端午镇上划龙舟，他们看得不肯回家。老师说两个孩子都爱读书，图书角的书快被他们借完了。我没读过几年书，看到他们爱读书，比什么都高兴。过年他们还给我画了一张{{trap/word:祝福}}卡片。
访谈者：还有别的人帮忙吗？
受访者：县社工站的{{compound:赫连嘉豪}}来过好几回，带孩子们去{{trap/place:临贺故城}}玩，讲{{trap/famous:愚公}}移山的故事。隔壁{{han:老包}}家开小卖部，孩子们放学先在他那儿写作业，{{han:钟桂芝}}婶还给他们热饭。{{han:老包}}说俩孩子就跟他孙子一样。
访谈者：登记表上要填地址、证件、电话。
受访者：家在{{address:八步区贺街镇河西村九组22号}}。我身份证{{id_number@my1955fwspaced.451102}}。我电话{{mobile@plus86}}，儿子的{{mobile@s434}}。儿子的微信{{wechat:taojianxin_sz}}，QQ是{{qq:938261574}}，他说一般看不到，有事还是打电话。
访谈者：名字在材料上写得对吗？
受访者：学校的表把{{han:陶浩宇}}写成{{spaced:陶 浩 宇}}，{{han:陶思妤}}写成{{spaced:陶　思　妤}}，村里的本子上我成了{{spaced:陶国 昌}}。
访谈者：您最担心什么？
受访者：我七十了，腰也不行。我就怕哪天我倒下了，{{han:马蹄}}他们俩没人管。{{han:陶建新}}说明年回来在镇上找活干，我盼着。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=801,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
