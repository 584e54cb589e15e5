# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 62 (tests/pii/holdout62/H481-H488 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 63, written at the same time by another
writer, has a higher number and is not an earlier set).

Set 62 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother in
泰来 (齐齐哈尔) whose son died when his truck went off the road and whose daughter-in-law remarried; a Tibetan herder
father in 久治 (果洛) whose wife died of hydatid disease, with three children; a Hui father in 盘锦 whose hand was
crushed at a paper mill and whose wife is in chemotherapy in 沈阳; a Han grandmother in 通化 raising two grandchildren
who go by word nicknames (松塔, 榛子) while their father is in prison and their mother gone; a Han township doctor in
七台河 who keeps the children of miners' families (pneumoconiosis, a mine accident, cirrhosis) on WeChat and QQ; a
Uyghur mother from 疏勒 (喀什) in 乌鲁木齐, widowed by liver cancer, with three children; a Han civil-affairs officer
in 锦州 reading from the case files of three families (orphans, a Hui prisoner's children, a disabled father with a
compound surname); and a Han father in 抚顺 laid off when his mine closed, widowed, with a son with cerebral palsy.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (额尔德木图巴雅尔, 图布心巴雅尔, 那顺德力格尔, 萨仁图门其其格) and after
the Han surname 包 (包那木吉勒), with short forms (乌仁格日勒 then 乌仁都, 图布心巴雅尔 then 图布心也); Amdo Tibetan names
(俄合日加, 羊吉措, 闹日卓玛, 久美丹增, 多杰仁青, 华旦才让) with short forms (万玛旦增 then 万玛, 仁青拉毛 then 拉毛) and
the Han name of a Tibetan (李成元); Hui Han-form names (金德顺, 金梓萱, 海淑云, 回长山, 铁建军) beside 经名 used alone
(赛义德, 再乃布, 哈里麦, 伊尔沙德, 鲁给耶) and a Han surname before an Arabic name (丁哈比布, 米赛力麦, 铁优努斯,
穆阿卜杜); Uyghur given name + father's name with and without the dot (古丽加马力·买尔旦, 依力哈木·祖农 and
依力哈木祖农, 阿不都克尤木·买尔旦) with short forms (依力哈木他, 古丽加马力); Han word nicknames, annotated whole
(松塔也, 榛子就); Han names with common surnames and the rare ones of the Northeast (栾, 隋, 衣, 初, 逄, 牟, 矫, 迟,
戚, 卜, 鄂, 佟, 关, 那, 冷, 鞠, 单, 郎), names that contain words (单田野, 那文博, 杨秋实, 杜永和, 迟福来, 郝石头),
titles and kin words outside the span, a name signed twice (耿立荣耿立荣), names directly before particles and verbs
and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:栾振邦}}``, ``{{qq:1902657348}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2010quad.210404}}``,
                                   ``{{mobile@fws}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 科长, 校长, 阿訇, 大姐,
婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 跟, 和, 她, 他, 那边,
他家) are outside the span; a word nickname (松塔, 榛子) is annotated whole. Han-style names of Mongolian, Tibetan,
Hui and Uyghur people (白淑贤, 李成元, 金德顺) are category han; a Han surname before a non-Han given name (包那木吉勒,
丁哈比布, 铁优努斯) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout62/make_holdout62.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(62_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H481: Mongolian grandmother in 泰来 (齐齐哈尔); her son died on the road, his wife remarried.
DOCS["H481"] = ("family", """\
访谈者：额吉，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:阿拉腾苏都}}，户口上的汉名叫{{han:白淑贤}}，今年六十八了。家在{{trap/place:泰来}}县城东边的屯子里，离{{trap/place:齐齐哈尔}}一百多里。老头子{{minority/mongolian:宝音温都苏}}前年脑出血走了。儿子{{minority/mongolian:额尔德木图巴雅尔}}在{{trap/place:大庆}}开大车，三年前下大雪翻到沟里，没救过来。儿媳{{han:韩秀杰}}改嫁去了{{trap/place:白城}}，俩孩子留给我了。
访谈者：孩子们多大了？
受访者：大孙女{{minority/mongolian:乌仁格日勒}}十四，家里叫她{{minority/mongolian:乌仁}}。{{minority/mongolian:乌仁}}都懂事了，放学先喂鸡再写作业。她在{{school:泰来县第二中学初二（5）班}}念书。小孙子{{minority/mongolian:图布心巴雅尔}}九岁，汉名{{han:白宇骁}}，在{{school:泰来镇朝阳小学三年级（1）班}}。家里喊他{{minority/mongolian:图布心}}。{{minority/mongolian:图布心}}也淘，上回爬柴火垛摔破了头。
访谈者：儿媳妇还回来看孩子吗？
受访者：过年打个电话。{{han:韩秀杰}}也难，那边又生了一个。孙女不提她妈，可夜里抱着她妈的旧棉袄睡。
访谈者：这几年谁在帮你们？
受访者：村里的儿童主任{{han:吴桂荣}}，也是蒙古族，跟我一个屯子长大的。{{han:吴桂荣}}跟镇上说俩孩子按事实无人抚养报上去，每人每月{{trap/number:一千二百四}}。县{{trap/org:民政局}}的{{han:鞠长贵}}科长来核过两回。村支书{{minority/mongolian:包那木吉勒}}给我家报了低保，冬天还送来两吨煤。镇上社工站来过一个姑娘，叫{{compound:闾丘晓雯}}，她跟同事{{compound:宇文启航}}一起来的。{{compound:闾丘晓雯}}每回来都教孙女做数学题。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:刘玉霞}}老师说她英语好，想让她考{{trap/place:齐齐哈尔}}的高中。孙子的老师是个小伙子，叫{{han:单田野}}，说孩子上课老往窗外看。{{han:单田野}}老师还来家访过，给孙子带了一双棉鞋。
访谈者：家里的地呢？
受访者：十二亩旱田，租给前院{{minority/mongolian:那顺德力格尔}}种了，一年给三千。他人实在，秋后还送来两袋米。后院{{han:邢宝山}}他家有三轮车，孩子生病都是他拉着去{{trap/org:乡卫生院}}。卫生院的{{han:孙立冬}}大夫给孙子缝的头。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/mongolian:图布心}}问过我，爸爸是不是变成星星了。我说是，最亮的那颗就是。孙女大一点，知道是咋回事，清明自己去坟上烧纸，回来眼睛红红的，也不说话。学校的心理老师{{han:李晓鸥}}找她谈过几回，说孩子心里憋着事，让我多跟她唠唠。
访谈者：钱上够用吗？
受访者：紧巴。低保加上孩子的补助，一个月两千多，孙女住校一个月就得六百。去年孙子缝了七针，花了一千多，新农合报了一半。村里的妇女主任{{han:郎玉芬}}给申请了一回临时救助，给了{{trap/number:两千元}}。县{{trap/org:妇联}}过年送来米面油，还给孩子们一人一个新书包。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。早上四点起来烧炕、做饭，送孙子上学，回来喂猪喂鸡，{{trap/word:白天}}还得去地里转一圈。我妹妹{{minority/mongolian:萨仁图门其其格}}住在邻村，隔三差五来帮我拆洗被褥。她说姐你这是替儿子活着呢。
访谈者：过节的时候呢？
受访者：正月里过{{trap/minority_word:白月}}，我给孩子们煮{{trap/minority_word:手把肉}}、熬奶茶。夏天嘎查办{{trap/minority_word:那达慕}}，孙子看摔跤看得不想回家。晚上我给他们讲{{trap/famous:江格尔}}的故事，孙女说她都听过八百遍了。
访谈者：您身体怎么样？
受访者：腿疼，血压也高。有时候半夜醒了就想，我要是走了，这俩孩子咋办。孙女说奶奶你别瞎想，我长大了养你。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:泰来县江桥镇哈拉乌苏村三组17号}}，儿子原先在县城买的楼是{{address:泰来镇福泰小区4号楼2单元502室}}，现在空着。我身份证{{id_number@wold.230224}}，孙女的{{id_number@wy2011spaced.230224}}。我电话{{mobile@plain}}，{{han:吴桂荣}}的是{{mobile@s74}}。我的微信是孙女给弄的，叫{{wechat:Altan_qiqige58}}。孙女有个QQ，号她写在挂历背面了，我念给你：{{qq:2870461935}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。学校名单上孙女是{{spaced:乌 仁 格 日 勒}}，孙子写成{{spaced:图布心 巴雅尔}}。我在低保本上是{{spaced:阿　拉　腾　苏　都}}，老头子的死亡证明上是{{spaced:宝音 温都苏}}。
访谈者：最后您想说什么？
受访者：盼孩子们念出书来。孙女说想当大夫，回来给屯子里的老人看病。
""")

# H482: Tibetan father in 久治 (果洛), a herder whose wife died of hydatid disease; three children.
DOCS["H482"] = ("family", """\
访谈者：阿克，您说说家里的情况吧。
受访者：我叫{{minority/tibetan:俄合日加}}，今年四十三，家在{{trap/place:久治}}县白玉乡，离州上的{{trap/place:大武}}还有三百多公里。我们在{{trap/place:年保玉则}}山脚下放牦牛。老婆{{minority/tibetan:羊吉措}}前年肝上长了包虫，送到{{trap/place:西宁}}开了两回刀，还是没留住。她走的时候小女儿才五岁。
访谈者：几个孩子？
受访者：三个。大儿子{{minority/tibetan:万玛旦增}}十五，在{{school:久治县民族中学初三（2）班}}住校，家里叫他{{minority/tibetan:万玛}}。{{minority/tibetan:万玛}}说他不想念了，要回来帮我放牛，我没让。二女儿{{minority/tibetan:仁青拉毛}}十一岁，家里叫{{minority/tibetan:拉毛}}，在{{school:白玉乡寄宿制小学五年级（1）班}}。{{minority/tibetan:拉毛}}就是她阿妈的样子，不爱说话，手巧。小女儿{{minority/tibetan:闹日卓玛}}六岁，跟着我在帐篷里。
访谈者：您一个人放牧带孩子，怎么顾得过来？
受访者：顾不过来。夏天转场，我把小的放在马背前头，一走一天。我弟弟{{minority/tibetan:久美丹增}}在{{trap/org:寺院}}当阿卡，就是出家了，逢年过节回来帮几天。老婆的妹妹{{minority/tibetan:才让卓玛吉}}嫁在隔壁村，小的生病了就送到她那儿。
访谈者：政府和村里帮了哪些？
受访者：村里的会计是藏族，汉名叫{{han:李成元}}，藏名叫{{minority/tibetan:索南本}}，他给我们家报的低保。{{han:李成元}}还帮我把三个孩子的困境儿童补贴报上去了，每人每月{{trap/number:六百五}}。村里的儿童主任{{minority/tibetan:多杰仁青}}每个月来帐篷看一回，记在本子上。乡上的民政干事是汉族，叫{{han:祁海生}}，他说话快，我听不太懂，都是{{minority/tibetan:多杰仁青}}给翻。县{{trap/org:民政局}}的{{han:保永红}}科长来过一趟，给孩子们带了羽绒服。
访谈者：孩子们在学校怎么样？
受访者：大儿子的班主任{{han:程丽娟}}老师是{{trap/place:湟中}}人，她说孩子数学好，藏文也好，就是想家。{{han:程丽娟}}她每个礼拜给我打个电话。小学的{{minority/tibetan:华旦才让}}老师教藏文，说{{minority/tibetan:拉毛}}写字写得最工整。
访谈者：身体上呢？
受访者：乡卫生院的{{han:冶春林}}大夫给全家查了包虫，孩子们都没事。我膝盖不好，冬天骑不了摩托。县{{trap/org:残联}}给我发了个护膝，还说可以评残疾，我没去。
访谈者：有没有社工来过？
受访者：州上来过两个年轻人，一个姑娘叫{{compound:皇甫若溪}}，还有一个是{{compound:赫连志刚}}，是个小伙子，他们给孩子们拍了照片，说要帮着找助学的。{{compound:皇甫若溪}}还教小女儿唱汉语歌。
访谈者：过年过节呢？
受访者：{{trap/minority_word:藏历年}}的时候，{{minority/tibetan:久美丹增}}回来，带孩子们去转山，{{trap/minority_word:煨桑}}。我给孩子们讲{{trap/famous:格萨尔}}的故事，大儿子能背好几段。夏天乡上有{{trap/minority_word:赛马会}}，孩子们最高兴。
访谈者：孩子们阿妈走了以后，家里变化大吗？
受访者：大。以前帐篷里热热闹闹的，她一走就冷了。大儿子半年没怎么说话，放假回来就一个人坐在山坡上看牛。{{minority/tibetan:闹日卓玛}}小，天天问阿妈去哪了，我说去{{trap/place:拉萨}}朝佛了。后来县里的心理老师{{han:蔺晓东}}来帐篷里跟孩子们待了两天，教他们画画。她说让孩子把想阿妈的话画出来，比憋在心里强。
访谈者：冬天怎么过？
受访者：冬天最难。雪一大，牛没草吃，得买饲料。去年冬天死了十一头牦牛，我心疼得睡不着。乡上给发了{{trap/number:两吨半}}饲草，是{{han:祁海生}}开着皮卡送来的，路上陷进雪里两回。
访谈者：登记表要填地址和号码。
受访者：家在{{address:久治县白玉乡科索村二社8号}}，冬窝子也在那儿。乡上给盖的安置房是{{address:智青松多镇幸福家园5号楼1单元102室}}，我们没怎么住。我身份证{{id_number@my1981spaced.632625}}，大儿子的{{id_number@my2009.632625}}。我电话{{mobile@spaced}}，{{minority/tibetan:多杰仁青}}的电话{{mobile@h38}}，他微信{{wechat:dorje_rinchen_jz}}。大儿子在学校用QQ，号是班主任给记下的，{{qq:1536078294}}。
访谈者：表上的名字写得对吗？
受访者：各写各的。有把大儿子写成{{spaced:万 玛 旦 增}}的，二女儿写成{{spaced:仁青 拉毛}}，我在户口本复印件上是{{spaced:俄　合　日　加}}，阿妈的死亡证明上是{{spaced:羊 吉 措}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:万玛}}考上{{trap/place:西宁}}的高中。他说以后当兽医，回来给牦牛看病，那就最好了。
""")

# H483: Hui father in 盘锦 (辽宁) whose hand was crushed at a paper mill; his wife is treated for cancer in 沈阳.
DOCS["H483"] = ("family", """\
访谈者：金师傅，先说说您家的情况。
受访者：我叫{{han:金德顺}}，回族，经名{{minority/hui:赛义德}}，家在{{trap/place:盘锦}}兴隆台这边。以前在苇场边上的纸厂干活，三年前右手让机器轧了，三个手指头没了，评了四级残疾。我爱人{{han:海淑云}}，经名{{minority/hui:再乃布}}，去年查出乳腺癌，在{{trap/place:沈阳}}做的手术，现在还在化疗。
访谈者：孩子们呢？
受访者：三个。大闺女{{han:金梓萱}}十四，经名{{minority/hui:哈里麦}}，在{{school:盘锦市实验中学初二（7）班}}。二小子{{han:金浩轩}}十岁，经名{{minority/hui:伊尔沙德}}，在{{school:兴隆台区回民小学四年级（3）班}}。老三{{han:金沐晨}}才四岁，上幼儿园。{{han:金梓萱}}她懂事，她妈住院那阵，她一个人做饭、给弟弟洗衣服。我跟她妈说，这闺女比{{trap/word:金子}}还贵重。
访谈者：家里现在靠什么过？
受访者：我手残了，只能给人看大门，一个月一千八。社区给报了低保，三个孩子按困境儿童，每人每月{{trap/number:三百八}}。社区的儿童主任{{han:丁雅茹}}一个月来两回，她也是回族，跟我们说话方便。{{han:丁雅茹}}说孩子妈化疗的钱能申请大病救助，帮我们跑的{{trap/org:区民政局}}，报回来{{trap/number:一万一}}。
访谈者：清真寺有帮助吗？
受访者：有。寺里的{{minority/hui:丁哈比布}}阿訇组织过一回捐款，坊上的人凑了八千多。{{trap/minority_word:开斋节}}寺里给送来牛肉、{{trap/minority_word:馓子}}。寺里管事的乡老{{han:回长山}}跟我爹是老伙计，{{han:回长山}}他说，有难处就上寺里来，别自己扛着。逢{{trap/minority_word:主麻}}日他在寺门口碰见我，总要问一句孩子妈咋样了。邻居{{minority/hui:米赛力麦}}大姐常给孩子们炸{{trap/minority_word:油香}}。
访谈者：孩子们有没有因为家里的事受影响？
受访者：有。大闺女成绩从前十掉到二十多，老师找我谈过。她说晚上睡不着，怕她妈死。我不会劝，就跟她说你妈是个硬气人。后来{{han:丁雅茹}}给她找了个心理老师，叫{{han:陈洁如}}，每个礼拜陪她聊一个钟头，现在好点了。老三小，不懂事，天天问妈妈啥时候回来，我说快了快了。
访谈者：孩子们在学校怎么样？
受访者：大闺女的班主任{{han:穆淑娴}}老师知道家里的事，给她免了资料费，还让{{han:金梓萱}}当了语文课代表。二小子那个学校回族孩子多，{{han:沙国庆}}校长常来问。{{minority/hui:伊尔沙德}}他就是淘，上回跟同学打架，把人家鼻子打出血了，是我去赔的礼。老师说孩子心里有火，他妈病着，他害怕。
访谈者：孩子妈现在怎么样？
受访者：化疗掉头发，吐得厉害。{{minority/hui:再乃布}}她不让孩子们去医院看，怕吓着他们。她妹妹{{han:海淑芳}}在{{trap/place:沈阳}}陪床，我两头跑。大闺女说等她妈好了，要带她妈去{{trap/place:红海滩}}看看，她妈嫁过来十五年，一回也没去过。
访谈者：还有谁帮过你们？
受访者：区里的社工站来了两个人，一个是{{compound:长孙沛宁}}，还有一个小伙子叫{{compound:拓跋卓然}}，他俩给大闺女找了一个助学的项目，一年给两千。{{compound:长孙沛宁}}还给我爱人联系了一个癌症病友群。{{trap/org:区妇联}}的{{han:铁秀华}}主任也来看过。{{trap/org:区残联}}给我换了一个假手指头，能拿筷子了。
访谈者：您担心什么？
受访者：担心她妈的病，也担心钱。化疗一次就两三千，报完了还得自己掏一半。亲戚们借了一圈了，我不好意思再开口。我跟孩子们说，咱们回回人讲{{trap/minority_word:托靠}}，尽了人力，剩下的交给主。
访谈者：登记表要填地址和号码。
受访者：家在{{address:兴隆台区惠宾街道新工小区12号楼3单元201室}}，老家在{{address:大洼区清水镇王家村五组23号}}，我爹还在那儿住。我身份证{{id_number@mmid.211103}}，我爱人的{{id_number@wmidhyphen.211103}}。我电话{{mobile@hyphen}}，{{han:丁雅茹}}的电话{{mobile@plus86}}。我爱人的微信叫{{wechat:zainab_hai_1981}}，她在群里都用这个。大闺女有QQ，她说给老师交作业，号码写在她铅笔盒里面：{{qq:40518372}}。
访谈者：表上名字写得对吗？
受访者：不一样。学校的表上大闺女是{{spaced:金 梓 萱}}，二小子写成{{spaced:伊尔 沙德}}，医院的单子上我爱人是{{spaced:海　淑　云}}，我的残疾证复印件上是{{spaced:金德 顺}}。
访谈者：您最想说什么？
受访者：想让孩子们好好念书。{{minority/hui:哈里麦}}说她以后要当护士，照顾她妈那样的病人。
""")

# H484: Han grandmother in 通化 (吉林); her son is in prison for a fight, his wife left; the grandchildren go by nicknames.
DOCS["H484"] = ("family", """\
访谈者：大娘，您家几口人？
受访者：我跟俩孙子，还有老头子，四口。我叫{{han:宫玉凤}}，老头子{{han:迟福来}}，家在{{trap/place:通化}}东昌区靠山根儿那片。儿子{{han:迟立强}}喝酒跟人打架，把人打成重伤，判了六年，在监狱里还有三年。儿媳{{han:温小红}}在他进去的第二年就走了，说去{{trap/place:长春}}打工，再没回来。
访谈者：孙子们多大了？
受访者：大孙子十二，叫{{han:迟浩宇}}，小名{{han:松塔}}。{{han:松塔}}说话跟个小大人似的。小孙女八岁，大名{{han:迟欣悦}}，小名{{han:榛子}}。{{han:榛子}}就黏我，晚上得搂着我胳膊才睡。大的在{{school:东昌区新站小学六年级（3）班}}，小的在{{school:东昌区光明小学二年级（4）班}}。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。{{han:松塔}}也问过，我爸是坏人吗？我说你爸不是坏人，是犯了错，得改。去年我带他去监狱见了一回，隔着玻璃，{{han:迟立强}}就哭，孩子也哭。小的不知道，我说她爸在外地干活。
访谈者：生活上谁帮过你们？
受访者：社区的儿童主任{{han:张淑敏}}，人特别好。{{han:张淑敏}}说俩孩子能按事实无人抚养报，爹服刑、娘走了，去年批下来，每人每月{{trap/number:一千一百八}}。社区书记{{han:贾春生}}给我们办了低保。{{han:贾春生}}那边还给孩子们联系了一个{{trap/org:区民政局}}的冬季送温暖，送了两件羽绒服。街道管民政的{{han:戚志远}}来家里核了三次。
访谈者：学校呢？
受访者：大的班主任{{han:周红霞}}老师，她知道家里的事，不让别的孩子瞎说。{{han:周红霞}}她还单独给{{han:松塔}}补数学。小的老师{{han:苗小禾}}是个小姑娘，刚毕业，天天给我发孩子在学校的照片。
访谈者：大孙子在学校受过欺负吗？
受访者：受过。有孩子说他爸是劳改犯，{{han:松塔}}跟人家打起来了，把人家衣服扯破了。{{han:周红霞}}老师把两家家长都叫去，跟那孩子说，谁家没个难处，不许拿这个笑话人。后来那孩子还给{{han:松塔}}送了个本子，俩人现在好着呢。
访谈者：钱上够花吗？
受访者：将就。我们老两口一个月花不了几个钱，菜是自己园子里种的。老头子采山货一年能卖三四千，加上低保和孩子的补助，吃喝够了。就是上学的钱多，校服、资料、补课，一开学就得一千多。去年{{han:戚志远}}给我们申请了一回临时救助，给了{{trap/number:一千五}}，正好交了学费。
访谈者：有社工来过吗？
受访者：来过。一个叫{{compound:慕容晓棠}}，跟她一块来的是{{compound:令狐嘉树}}，他们搞了个亲子活动，带孩子们去{{trap/place:玉皇山}}爬山。{{compound:令狐嘉树}}说，服刑人员的孩子有个专门的项目，能给点学费。
访谈者：您和老伴身体还行吗？
受访者：老头子腰间盘突出，干不了重活，夏天上山采点{{trap/word:刺五加}}、{{trap/word:蕨菜}}卖。我心脏不好，{{trap/org:社区卫生服务站}}的{{han:鲁建华}}大夫隔一阵来量量血压。邻居{{han:卜桂兰}}婶常给我们送酸菜、送{{trap/word:大酱}}。
访谈者：过年呢？
受访者：过年包饺子，{{han:榛子}}就爱捏小兔子。大的给他爸写信，写了三页。我跟孩子们讲{{trap/famous:杨靖宇}}将军在山里吃树皮打鬼子的事，说人再苦也得挺着。
访谈者：登记表上要填地址、证件号和电话。
受访者：家在{{address:东昌区龙泉街道江南小区7号楼2单元402室}}。儿子原先在{{address:通化县快大茂镇双胜村四组11号}}有个老房子。我身份证{{id_number@wold.220502}}，大孙子的{{id_number@my2013.220502}}，小孙女的{{id_number@wy2017x.220502}}。我电话{{mobile@plain}}，老头子的{{mobile@s434}}，{{han:张淑敏}}的{{mobile@spaced}}，她微信叫{{wechat:zhang_shumin66}}。大孙子有个QQ，说跟同学玩游戏用的，号码——他写在门框上了——{{qq:3021478865}}。
访谈者：名字写得对吗？
受访者：监狱那边的会见单上我是{{spaced:宫 玉 凤}}，学校登记大孙子是{{spaced:迟　浩　宇}}，小孙女是{{spaced:迟欣 悦}}。
访谈者：最后想说点啥？
受访者：儿子{{trap/word:迟早}}得出来，盼他早点出来，好好过日子。俩孩子说等他们爸回来，要一块儿去{{trap/place:长白山}}看天池。
""")

# H485: Han township doctor in 七台河 (黑龙江) who keeps the children of miners' families on WeChat and QQ.
DOCS["H485"] = ("doctor", """\
访谈者：您在乡卫生院干了多少年了？
受访者：十九年。我叫{{han:栾振邦}}，在{{trap/place:七台河}}茄子河区的铁山乡卫生院当大夫。这一片原来都是小煤窑，{{trap/year:2016年}}前后都关了，得尘肺的多，家里的顶梁柱一倒，孩子就成了困境儿童。我手机里有个本子，哪家孩子啥情况，家长的微信、QQ都记着。
访谈者：能说说您跟踪的几家吗？
受访者：头一家，男的{{han:隋德旺}}，井下干了二十年，尘肺三期，喘不上气，天天在家吸氧。媳妇{{han:衣秀梅}}在{{trap/place:哈尔滨}}给人当保姆，一个月回来一趟。儿子{{han:隋家乐}}十三，在{{school:茄子河区铁山中学初一（3）班}}。{{han:隋家乐}}他放学先回家给他爸换氧气瓶，再写作业。{{han:衣秀梅}}的微信是{{wechat:yixiumei_8023}}，我隔几天给她发一回她男人的血氧数。
访谈者：第二家呢？
受访者：第二家爹在井下出了事故，没了。娘{{han:初春燕}}改嫁去了{{trap/place:鸡西}}，闺女{{han:逄雨桐}}跟着姥姥{{han:牟桂珍}}。{{han:逄雨桐}}都十一了，在{{school:铁山乡中心小学五年级（2）班}}，作文写她爸，班主任{{han:矫丽华}}老师看了哭了一场。姥姥眼睛白内障，是我给联系的{{trap/org:县残联}}，免费做了手术。姥姥不会用微信，孩子用姥姥的老人机上QQ，号码她报给我的，你看这儿：{{qq:1902657348}}。
访谈者：第三家？
受访者：第三家是俩小子，爹{{han:郝长山}}喝酒喝出了肝硬化，娘精神不好，在{{trap/place:佳木斯}}住院。俩孩子大的叫{{han:郝铁柱}}，小的叫{{han:郝石头}}，跟着大伯{{han:郝长河}}过。{{han:郝长河}}自己也有仨孩子，说实在养不起，村委会就给俩孩子报了事实无人抚养，每人每月{{trap/number:一千三百五}}。{{han:郝铁柱}}说长大要当大夫，天天跑卫生院来看我扎针。
访谈者：这些手续谁在办？
受访者：乡里管民政的是{{han:张振江}}，村里的儿童主任是{{han:姜彩霞}}。我有啥事先在微信上跟{{han:姜彩霞}}说，她微信叫{{wechat:jiangcaixia_ts}}，她再去找{{han:张振江}}。区{{trap/org:民政局}}的{{han:臧立国}}科长每季度来一回，查档案。
访谈者：有社工吗？
受访者：区里的社工机构派了俩人，一个叫{{compound:司马思远}}，一个叫{{compound:欧阳梓晴}}，都是{{trap/place:七台河}}本地人，在大学学的社工。{{compound:欧阳梓晴}}建了个家长群，我也在里头。她给孩子们开了个周末课堂，在村部的屋里辅导作业。
访谈者：您在这份工作里最难的是什么？
受访者：最难的是看着大人一个个倒下，孩子们还得往前走。尘肺这病治不好，只能缓着。{{han:隋德旺}}他有一回憋得脸发紫，是{{han:隋家乐}}半夜给我打电话，我骑摩托赶过去的。那孩子在电话里一点都没哭，就说叔你快来。
访谈者：孩子们的身体怎么样？
受访者：总体还行，就是营养跟不上。{{han:隋家乐}}个子矮，比同班的矮半头，我每回去都给他捎点鸡蛋、牛奶。{{han:郝石头}}小时候没打全疫苗，是我后来一针一针给补上的。冬天这边零下三十多度，孩子们手脚冻裂了，我就给他们抹冻疮膏，开点维生素。
访谈者：您跟家长们平时怎么联系？
受访者：微信多。有的老人不会用，就打电话。{{han:牟桂珍}}的电话是{{mobile@plain}}，{{han:郝长河}}的是{{mobile@s38}}。{{han:初春燕}}那边我只有个QQ，她很少上，号码是她走的时候留在孩子作业本上的，我抄下来了：{{qq:786204519}}。我的工作微信{{wechat:luan_doctor_qth}}，家长有事随时找。
访谈者：登记的资料里有地址和证件吗？
受访者：有。{{han:隋德旺}}家在{{address:茄子河区铁山乡东升村二组14号}}，{{han:牟桂珍}}家在{{address:茄子河区新建小区9号楼1单元301室}}。{{han:隋德旺}}的身份证{{id_number@mmid.230904}}，他儿子的{{id_number@my2011spaced.230904}}。
访谈者：孩子们的名字在系统里写得对吗？
受访者：常出错。医保系统里有写成{{spaced:隋 家 乐}}的，{{han:逄雨桐}}的逄字不好打，有人写成{{spaced:逄 雨桐}}，还有一个社工的名字被写成{{spaced:司　马　思　远}}。
访谈者：您有什么建议？
受访者：乡里缺个专门管孩子的人。有事家长只能打{{trap/hotline:12345}}，转来转去又转回乡里。我一个大夫，看病还看不过来。要是每个村都有个像样的儿童主任，孩子们就不会掉在缝里了。
""")

# H486: Uyghur mother in 乌鲁木齐 whose family comes from 喀什; her husband died of liver cancer.
DOCS["H486"] = ("family", """\
访谈者：大姐，您先介绍一下自己吧。
受访者：我叫{{minority/uyghur:古丽加马力·买尔旦}}，今年三十九，老家在{{trap/place:喀什}}疏勒，{{trap/year:2008年}}结婚以后跟我爱人来的{{trap/place:乌鲁木齐}}。我爱人{{minority/uyghur:祖农·萨迪克}}在{{trap/place:二道桥}}卖干果，前年查出肝癌，半年就走了。现在我在{{trap/place:沙依巴克区}}一个小区做保洁，带三个孩子。
访谈者：孩子们多大了？
受访者：大儿子{{minority/uyghur:依力哈木·祖农}}十四，在{{school:沙依巴克区第十九中学初二（4）班}}。女儿{{minority/uyghur:阿孜古丽·祖农}}十岁，在{{school:沙依巴克区友好路小学四年级（6）班}}。小儿子{{minority/uyghur:萨迪克江·祖农}}五岁，名字随了他爷爷。{{minority/uyghur:依力哈木}}他最像他爸，不爱说话，干活麻利。
访谈者：丈夫走了以后，家里靠什么过？
受访者：我一个月挣两千三。社区给我们报了低保，三个孩子的困境儿童补贴每人每月{{trap/number:四百二}}。社区书记{{minority/uyghur:阿衣先木·吾斯曼}}帮我跑的手续，她说孩子爸看病欠的钱可以申请救助。区{{trap/org:民政局}}后来批了{{trap/number:八千块}}。社区的儿童主任是汉族，叫{{han:蒋玉琴}}，她隔两个礼拜来一趟，跟孩子们聊天。{{han:蒋玉琴}}还会说几句维吾尔话，孩子们喜欢她。
访谈者：老家那边还有亲人吗？
受访者：我爸{{minority/uyghur:买尔旦·卡哈尔}}还在疏勒种地，七十多了。我哥哥{{minority/uyghur:阿不都克尤木·买尔旦}}在{{trap/place:阿图什}}开车。他们说让我带孩子回去，可孩子们都在这儿上学，回去了念书跟不上。我公公{{minority/uyghur:萨迪克·托合提}}腿脚不好，每年{{trap/minority_word:古尔邦节}}打电话来哭一场。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:依力哈木}}的班主任{{minority/uyghur:则乃普·阿不力米提}}老师说他物理好。他爸走了那阵，他天天逃课去他爸的摊子那儿坐着，是老师找到他，把他领回学校的。女儿爱跳舞，学校的{{han:鲍丽萍}}老师让她参加了舞蹈队，{{trap/minority_word:诺鲁孜节}}的时候上台跳了{{trap/minority_word:赛乃姆}}。
访谈者：还有谁帮过你们？
受访者：社区医院的{{minority/uyghur:伊克拉木·吾买尔}}大夫，孩子爸病的时候他常来家里打针，一分钱不收。楼下的邻居{{han:卢桂香}}大姐，我上早班的时候她帮我送小儿子上幼儿园。还有两个社工，一个叫{{compound:上官沐阳}}，跟她一起的是{{compound:东方煜}}，他们给大儿子找了个免费的物理辅导班。
访谈者：您自己身体怎么样？
受访者：腰不好，做保洁弯腰多。晚上回来还得做饭、洗衣服、看孩子作业。有时候累得想哭，可看见孩子们，就想着再撑撑。我跟孩子们讲{{trap/famous:阿凡提}}的故事，说人穷不能穷了心眼。
访谈者：孩子们想爸爸吗？
受访者：想。小儿子还不太懂，老问爸爸什么时候回来。大儿子把他爸卖干果的那杆秤留着，挂在床头。每年他爸的忌日，我们做{{trap/minority_word:抓饭}}，请邻居们来吃，请人念经。楼里的人都来，汉族邻居也来，坐了满满一屋子。老家的亲戚打电话说，{{minority/uyghur:古丽加马力}}你一个人不容易，我说不容易也得过。
访谈者：孩子们的开销大吗？
受访者：大。大儿子一年光辅导书就得几百，女儿跳舞要买舞鞋、裙子。小儿子上幼儿园一个月六百，社区帮我申请了减免，减了一半。冬天的暖气费也是社区帮着交的。去年冬天小儿子得了肺炎，住了一个礼拜院，是{{minority/uyghur:伊克拉木·吾买尔}}大夫帮着找的床位。
访谈者：登记表上要填的信息呢？
受访者：家在{{address:沙依巴克区平顶山街道红庙子社区幸福巷21号}}，老家在{{address:疏勒县巴仁乡亚贝西村3组7号}}。我的身份证{{id_number@wy1985.653122}}，大儿子的{{id_number@my2010hyphen.650103}}。我电话{{mobile@plus86dash}}，{{han:蒋玉琴}}的电话{{mobile@fws}}。我的微信是大儿子给弄的，叫{{wechat:Guljamal_Merdan}}。大儿子有QQ，号码在他的作业本上，我给你念：{{qq:2495183076}}。
访谈者：表上名字写得对吗？
受访者：乱。有写{{minority/uyghur:依力哈木祖农}}的，没有点；有写{{spaced:依力哈木 · 祖农}}的，点两边空着；我的名字有人写成{{spaced:古丽加马力 买尔旦}}，女儿写成{{spaced:阿 孜 古 丽}}。
访谈者：您最盼什么？
受访者：盼{{minority/uyghur:依力哈木}}考上好高中，以后当工程师。他爸活着的时候老说，儿子要比他有出息。
""")

# H487: Han civil-affairs officer in 锦州 (辽宁) reading from the case files of three families.
DOCS["H487"] = ("official", """\
访谈者：您在民政局管哪一块？
受访者：儿童福利科。我叫{{han:那文博}}，在{{trap/place:锦州}}{{trap/org:市民政局}}干了十一年。我手上这几本是今年重点跟踪的个案，我照着档案给你说，名字、号码你们自己处理。
访谈者：好的，第一家呢？
受访者：第一家是孤儿。父亲{{han:耿立伟}}，前年在{{trap/place:京沈高速}}上出车祸没的；母亲{{han:那春华}}，去年乳腺癌走了。孩子{{han:耿思琪}}，十二岁，在{{school:凌河区石油小学六年级（2）班}}。现在跟姑姑{{han:耿立荣}}过。档案里孩子的身份证是{{id_number@wy2012.210703}}，姑姑的是{{id_number@wmidspaced.210703}}。表上监护人那一栏，姑姑签字签了两遍：{{han:耿立荣}}{{han:耿立荣}}，第一遍签歪了，又签了一遍。孤儿基本生活费一个月{{trap/number:一千五百九}}，打到姑姑的卡上。
访谈者：孩子现在怎么样？
受访者：学习挺好，就是不爱说话。社工{{compound:欧阳雪菲}}每个月去一趟，跟孩子聊。{{han:耿立荣}}和她男人也有个儿子，两个孩子一个屋，处得不错。
访谈者：第二家？
受访者：第二家是回族。父亲{{minority/hui:铁优努斯}}，汉名{{han:铁建军}}，因为贩毒判了八年，在{{trap/place:沈阳}}服刑。母亲{{han:纳春英}}，经名{{minority/hui:鲁给耶}}，常年在{{trap/place:大连}}饭店打工。两个孩子跟奶奶{{han:沙桂珍}}住在太和区。大的{{han:铁子涵}}十三，小的{{han:铁子墨}}九岁。{{han:铁子涵}}在{{school:太和区第二十九中学初一（5）班}}。这家的地址是{{address:太和区凌西街道回民里社区3号楼2单元103室}}。奶奶的身份证{{id_number@wold.210711}}，电话{{mobile@hyphen}}。
访谈者：这家有什么特别的？
受访者：孩子们怕别人知道爸爸的事。清真寺的{{minority/hui:穆阿卜杜}}阿訇跟我们一起去做过工作，老人才愿意申请。街道的儿童主任{{han:杨秋实}}说，{{han:铁子墨}}都不肯去学校了，是{{han:杨秋实}}一趟趟接送，才又去了。
访谈者：第三家？
受访者：第三家在北镇农村，是留守加残疾。户主叫{{compound:公孙永福}}，在{{trap/place:天津}}工地上摔断了腰，现在坐轮椅；媳妇{{han:单玉霞}}去{{trap/place:营口}}打工。孩子跟爷爷过，叫{{compound:公孙一诺}}，十岁，在{{school:北镇市廖屯乡中心小学四年级（1）班}}。地址{{address:北镇市廖屯乡东兴村四组26号}}。户主的身份证{{id_number@mmidfw.210782}}，孩子的还没办下来。乡里的民政助理是{{compound:皇甫志坚}}，他说这家的事实无人抚养还在审。
访谈者：农村的孩子跟城里的有什么不同？
受访者：农村的难在路远、人少。一个乡就一个民政助理，几十个村，跑一圈就得半个月。老人不识字，政策念给他听三遍也记不住，有的还怕办了低保让人笑话。城里的难在房子，租的房子一搬家，孩子就找不着了，档案上的地址全是旧的。我们现在要求儿童主任每个季度上门一次，拍照片上传，就是怕孩子掉在缝里。
访谈者：这些档案里的名字写法统一吗？
受访者：不统一，这是我们最头疼的。户籍系统里是{{compound:公孙永福}}，低保系统里录成{{spaced:公 孙 永 福}}，残联的表上又是{{spaced:公孙 永福}}。{{han:耿思琪}}在学校的名册上是{{spaced:耿　思　琪}}，{{han:铁子涵}}在医保上是{{spaced:铁 子 涵}}，社工的签名被打成{{spaced:欧　阳　雪　菲}}。每次核对都得一个字一个字对。
访谈者：这些孩子里，哪个让您印象最深？
受访者：都深。头一家那个小姑娘，她妈走的那天，是我跟社工去医院接的她。她不哭，就攥着她妈的一个发卡，攥了一路。后来每回我去，她都戴着那个发卡。我们科里的人开玩笑说，干这个活得有个硬心肠，可谁也硬不起来。
访谈者：你们怎么跟这些家庭联系？
受访者：电话、微信都有。{{han:纳春英}}的电话{{mobile@plus86spaced}}，她微信叫{{wechat:nachunying_dl}}。{{han:单玉霞}}只上QQ，号码在档案第三页：{{qq:1687094325}}。{{compound:欧阳雪菲}}建了个群，家长们在群里问政策。我们还有民政服务热线{{trap/hotline:12349}}，家长夜里有事也能打。
访谈者：您觉得现在的救助还缺什么？
受访者：缺人。一个科室四个人，管全市几百个孩子。钱的事好办，政策都有，难的是孩子心里的事。像{{compound:公孙一诺}}，他爸坐轮椅，他觉得丢人，在学校不说话。我们请了心理咨询师{{han:卢思远}}给他做了几次辅导，现在好点了。我跟新来的同事说，档案上是字，背后是孩子，不能马虎。
""")

# H488: Han father in 抚顺 (辽宁), laid off when his mine closed; his wife died and his son has cerebral palsy.
DOCS["H488"] = ("family", """\
访谈者：大哥，您先说说家里的情况。
受访者：我叫{{han:佟振山}}，五十一了，以前在{{trap/place:抚顺}}老虎台那边的矿上下井，干了二十四年。矿关了，我就买断了，拿了四万多。家在望花区，老房子是矿上分的。媳妇{{han:关淑华}}三年前走的，脑溢血，早上起来就不行了。
访谈者：孩子们呢？
受访者：俩孩子。大的是儿子，叫{{han:佟小川}}，十五岁，脑瘫，走路得扶着，说话也不清楚，在{{school:望花区特殊教育学校初二（1）班}}。小的是闺女{{han:佟悦}}，十一岁，在{{school:望花区建设小学五年级（3）班}}。{{han:佟悦}}她比她哥小，可啥都照顾她哥，给他系鞋带、喂饭。
访谈者：您现在做什么工作？
受访者：打零工，给人搬家、扛水泥。一天一百来块，不是天天有。儿子离不开人，我也走不远。社区书记{{han:鄂春梅}}给我们办了低保，儿子办了重度残疾的两项补贴，闺女按困境儿童一个月{{trap/number:三百五}}。社区挺{{trap/word:关心}}我们，{{han:鄂春梅}}还给我找了个在小区看车棚的活，一个月一千五，离家近，能照看儿子。
访谈者：儿子的康复谁在管？
受访者：{{trap/org:区残联}}的{{han:那晓光}}帮着联系的康复中心，一个礼拜去三回。康复老师叫{{han:冷秋雁}}，特别有耐心，教了半年，儿子能自己扶着墙走到厕所了。{{han:冷秋雁}}说再练练，能拄拐走。
访谈者：闺女在学校怎么样？
受访者：班主任{{han:关红梅}}老师说孩子懂事，就是太累了，上课打瞌睡。早上五点起来给她哥穿衣服，我去干活，她把她哥送到特教学校再去上学。{{han:关红梅}}老师跟学校申请了，中午给她免费的午饭。有个社工叫{{compound:诸葛晨阳}}，每个礼拜六来家里，陪儿子做操，给闺女辅导作业。跟他一起来的还有个姑娘，叫{{compound:宇文一苇}}。
访谈者：您自己身体呢？
受访者：肺不好，下井的人差不多都这样。咳嗽，爬楼喘。矿上的老工友{{han:赵德贵}}也是这病，去年没了。我就怕我哪天也倒下，俩孩子咋办。我跟{{han:佟振芳}}说好了，她是我姐，要是我有个三长两短，闺女跟她，儿子送福利院。说这话的时候，我姐哭了，骂我胡说。
访谈者：矿上买断以后，您后悔过吗？
受访者：后悔也没用。那时候矿上一下子散了几千人，大家都买断了，拿了钱有的去南方，有的开小卖店，我想着在家近，能照顾孩子。没想到媳妇走得那么早。那几年我天天喝酒，是闺女拽着我袖子说，爸你别喝了，我才戒的。
访谈者：亲戚们帮得上吗？
受访者：我姐帮得最多，她在{{trap/place:沈阳}}，每个月给寄五百。媳妇娘家的弟弟{{han:关长胜}}在{{trap/place:新宾}}种地，秋天送来大米、土豆。邻居{{han:付桂英}}婶有时候帮我看一会儿儿子。还有以前矿上的班长{{han:杜永和}}，他儿子开饭店，过年给我们送了两箱饺子。
访谈者：过年过节怎么过？
受访者：我们抚顺人讲究过小年，腊月二十三我包饺子。闺女爱看{{trap/place:雷锋纪念馆}}门口的灯，我推着轮椅带儿子去看。我跟孩子们说，{{trap/famous:雷锋}}在这儿当过兵，做好事不留名，咱们受了人家帮，以后也得帮别人。
访谈者：登记表上的地址、证件和电话。
受访者：家在{{address:望花区古城子街道矿工新村5号楼3单元602室}}，以前我爹妈在{{address:抚顺县后安镇佟庄子村二组9号}}，老房子还在。我身份证{{id_number@my1973.210404}}，儿子的{{id_number@my2010quad.210404}}。我电话{{mobile@plain}}，我姐的{{mobile@p86n}}。闺女用我的旧手机上QQ，跟同学交作业，号码她贴在冰箱上了，就这个：{{qq:2238716409}}。我微信叫{{wechat:tong_zs_1974}}，{{han:鄂春梅}}在社区群里有啥事都@我。
访谈者：孩子们平时有什么爱好？
受访者：儿子爱听收音机，评书一听一下午。闺女爱画画，墙上贴的都是她画的，画她妈，画我们一家四口在公园里。学校的美术老师说她有天分，想让她去少年宫学，一学期八百，我没舍得，后来社区给找了个免费的班。
访谈者：表上名字写对了吗？
受访者：儿子的残疾证上写的是{{spaced:佟 小 川}}，闺女的学籍卡上是{{spaced:佟　悦}}，低保表上我是{{spaced:佟振 山}}，社工的签到表上有{{spaced:诸　葛　晨　阳}}。
访谈者：您最想说什么？
受访者：想让闺女别那么累。她才十一，该玩的年纪。儿子能自己走两步，我就知足了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=481,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
