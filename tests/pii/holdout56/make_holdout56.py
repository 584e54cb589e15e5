# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 56 (tests/pii/holdout56/H433-H440 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 56 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 肃北 (酒泉) raising two grandchildren whose father has silicosis from the mines of 马鬃山 and whose mother left; a
Tibetan father in 八宿 (昌都), widowed by echinococcosis and crippled by Kashin-Beck disease, raising his three
children and the son of a brother in prison in 拉萨; a Hui father in 中宁 (中卫), maimed by a drying machine, whose
wife is on dialysis and whose brother drowned in the 黄河, raising their two children and the brother's daughter; a
Han mother in 咸宁 whose husband is paralysed, raising her two children and her sister's left-behind sons, all four
known by word nicknames; a Han kindergarten teacher in 泾川 (平凉) going through the five children in distress of her
class, whose families she reaches on WeChat and QQ; a Uyghur grandmother in 于田 (和田) raising the children of her
son, killed on the desert road, and his remarried wife; a Han civil-affairs officer in 阜新 reading from the case
files of four families (orphans, a Mongolian boy whose father is in prison, a mother on drugs, a father crippled in
a crash); and a Han grandfather in 利川 (恩施) raising a grandson whose mother left and whose father works in 温州.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (那木斯来扎布, 苏伊拉其其格, 额尔德尼巴雅斯, 乌吉斯古楞) with short forms
after the full name (扎布也, 苏伊拉说, 巴根就) and a Han surname before a Mongolian given name (白乌日娜, 包苏和,
白青格勒图, 包宝力高), with the Han name of the same child (包小军); Tibetan names (泽仁顿珠, 格桑卓嘎, 四朗加措,
泽措拉姆) with short forms (曲培, 贡布跟) and the Han names of Tibetans (罗志强, 杨学林他); Hui Han-form names
(海占武, 金桂芳, 虎玉兰, 杨福海) beside 经名 used alone (赛尔德, 哈迪杰她, 让哈里克, 法图梅, 素菲耶) and a Han surname
before an Arabic name (海赛尔德, 者尔利他); Uyghur given name + father's name with and without the dot
(阿瓦古丽·托乎提 and 阿瓦古丽托乎提, 麦麦提图尔荪·阿布都热合曼 and 麦麦提图尔荪阿布都热合曼) with short forms
(图尔荪他, 阿依谢姆, 热米拉她, 如先古丽她, 帕夏古丽还); Han word nicknames annotated whole (麻雀他, 春卷也, 胖墩就,
毛伢说, 豪豪); Han names with common and rare surnames, titles and kin words, names that contain words (舒家和都,
聂长青, 向国富, 付长河和, 魏国庆他, 马建业), names of parents as WeChat shows them (任梓轩奶奶), a name written twice in a
file (付长河付长河), a name before a phone number (付长河1898...), names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out
and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:舒家和}}``, ``{{qq:58217064}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.620923}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 队长, 阿訇, 大姐, 婶,
奶奶, 爷爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 和, 跟, 她, 他,
那边) are outside the span; a word nickname (麻雀, 春卷, 胖墩, 毛伢, 豪豪) is annotated whole. Han-style names of
Tibetans and Hui (罗志强, 杨学林, 海占武, 杨福海) are category han; a Han surname before a non-Han given name (白乌日娜,
海赛尔德, 者尔利) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout56/make_holdout56.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(56_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H433: Mongolian grandmother in 肃北 (酒泉); her son has silicosis from the mines, his wife left.
DOCS["H433"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：四口。我叫{{minority/mongolian:苏德斯琴}}，今年六十八，在{{trap/place:肃北}}放了一辈子羊。老头子{{minority/mongolian:道布丹}}前年冬天走了，心梗。儿子{{minority/mongolian:那木斯来扎布}}早些年在{{trap/place:马鬃山}}的矿上打眼放炮，得了尘肺，现在喘得下不了炕。儿媳{{han:刘彩凤}}是{{trap/place:玉门}}人，孩子爸病倒第二年就走了，电话也换了。两个孙辈就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:苏伊拉其其格}}十三岁，在{{school:肃北县蒙古族学校初一（2）班}}住校，家里叫她{{minority/mongolian:苏伊拉}}。孙子{{minority/mongolian:阿拉坦巴根}}八岁，户口上的汉名叫{{han:包小军}}，在{{school:党城湾镇中心小学二年级（3）班}}。{{minority/mongolian:巴根}}就是皮，谁的话也不听，只有{{minority/mongolian:苏伊拉}}说什么他都听。
访谈者：孩子爸爸现在怎么样？
受访者：一天离不了制氧机。{{minority/mongolian:那木斯来扎布}}他年轻时候是我们这儿摔跤摔得最好的，{{trap/minority_word:那达慕}}上拿过第二，现在走十步就得歇。{{trap/place:酒泉}}医院的{{han:郝志勇}}大夫说这病治不好，只能养着。县医院的{{minority/mongolian:白乌日娜}}大夫每月下来给他听听肺。{{minority/mongolian:扎布}}也想得开，说能看着娃娃们长大就行。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/mongolian:娜仁其木格}}，她跑前跑后给两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千四百六}}。我们家也报了低保。村支书{{minority/mongolian:包苏和}}说，牧业村的娃娃一个都不能掉下。镇上的民政干部{{han:景海涛}}来核了两回，每回都坐下喝碗茶再走。县{{trap/org:民政局}}还派了社工，一个叫{{compound:司马雯静}}，一个是{{compound:上官子默}}。{{compound:司马雯静}}教孙女弹{{trap/minority_word:托布秀尔}}，小伙子给孙子补算术。
访谈者：邻居们呢？
受访者：邻居家有皮卡，{{minority/mongolian:吉木斯图}}他每回进城都捎上我，给儿子拉氧气瓶。还有我的老姐妹{{minority/mongolian:乌吉斯古楞}}，她跟我一起挤奶，一起熬{{trap/minority_word:奶茶}}。老头子的侄子{{minority/mongolian:额尔德尼巴雅斯}}在{{trap/place:敦煌}}开出租，过年回来给娃娃们买新衣裳。他媳妇也是个热心人，每回都给我捎降压药。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{minority/mongolian:塔娜其其格}}老师说，娃娃蒙古语作文写得好，在县里得过奖。孙子的老师是汉族，{{han:贾秀芳}}老师，说孙子上课坐不住。可他放学回来就去给羊添草，一点不用人说。
访谈者：过节的时候呢？
受访者：六月里祭{{trap/minority_word:敖包}}，我带娃娃们上山，绕着转三圈，求个平安。晚上给他们讲{{trap/famous:江格尔}}的故事。孙子爱吃我蒸的{{trap/word:包子}}，一顿吃五个。{{trap/place:党城湾}}的学校放假早，娃娃们一回来，屋里就热闹了。
访谈者：您自己身体怎么样？
受访者：腿疼，冬天更疼。白天放羊，晚上给儿子擦身，夜里起来两三回听他喘得怎么样。羊也卖了一多半，剩下四十来只，草场禁牧以后每年有补贴。我跟老天爷说，再给我十年，把两个娃娃送出去就行。
访谈者：放牧的活现在谁干？
受访者：我自己干一半，亲戚帮一半。春天接羔的时候最忙，夜里得起来好几回，羊羔冻坏了就抱进屋里，放在炉子边上烤。孙女放假回来帮我，她手巧，羊羔吃不上奶，她就拿奶瓶一口一口喂。儿子在炕上听着外头的动静，说哪只母羊叫得不对，他一听就知道。他心里明白，就是身子不争气。有时候他跟我说，阿妈，是我拖累了你。我说你别说这个话，你是我儿子，你在这个家就在。
访谈者：政府的补贴够用吗？
受访者：够吃饭，看病还差些。儿子的药有一半能报，制氧机是残联给的，电费一个月就得两百多。冬天烧煤，一吨煤八百多，镇上给低保户补一吨，剩下的我们自己买。孙女住校一学期交四百块钱伙食费，学校说困境儿童免一半。
访谈者：登记表要写地址、身份证和电话。
受访者：家在{{address:肃北县党城湾镇红柳湾村三组8号}}，冬天我们搬到镇上住，那房子在{{address:党城湾镇雪山小区4号楼2单元302室}}。我的身份证{{id_number@wy1956.620923}}，孙女的{{id_number@wy2012spaced.620923}}。我的电话{{mobile@plain}}，儿童主任的电话{{mobile@s434}}，她微信{{wechat:narenqimuge_sb}}。孙女有个QQ，她自己写在作业本皮上了，我念给你：{{qq:2739018465}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上我写成{{spaced:苏 德 斯 琴}}，孙子是{{spaced:阿拉坦 巴根}}，孙女写成了{{spaced:苏　伊　拉　其　其　格}}。社工姑娘签名是{{spaced:司 马 雯 静}}。
访谈者：您最大的心愿呢？
受访者：盼孙女念出书来。她说想当大夫，回来给她爸治病。我说你先把书念好，奶奶就是再难也供你。孙女说，奶奶你别难，等我挣钱了给你买羊。
""")

# H434: Tibetan father in 八宿 (昌都); his wife died, he has 大骨节病; his brother is in prison.
DOCS["H434"] = ("family", """\
访谈者：阿爸，家里现在几口人？
受访者：六口。我叫{{minority/tibetan:泽仁顿珠}}，四十三岁，家在{{trap/place:八宿}}县城往{{trap/place:然乌}}去的路边上。我在工地上干活的时候，包工头给我起了个汉名叫{{han:罗志强}}，身份证上还是藏名。老婆{{minority/tibetan:次仁曲珍}}前年得包虫病走了，送到{{trap/place:拉萨}}也没救回来。我自己有大骨节病，手指头弯了，膝盖也肿，重活干不了。
访谈者：孩子们多大了？
受访者：大姑娘{{minority/tibetan:格桑卓嘎}}十五，在{{trap/place:天津}}上内地西藏班，学校给她登记的是{{school:天津西藏中学初三（2）班}}。老二是儿子，{{minority/tibetan:阿旺曲培}}，十一岁，我们叫他{{minority/tibetan:曲培}}，在{{school:八宿县白马镇完全小学五年级（1）班}}。{{minority/tibetan:曲培}}也懂事，放学就去背水。老三{{minority/tibetan:央金卓玛}}六岁，在村里的幼儿园。
访谈者：还有一个孩子是谁？
受访者：我弟弟{{minority/tibetan:四朗加措}}的儿子，叫{{minority/tibetan:贡布次仁}}。弟弟喝了酒跟人打架，把人打伤了，判了三年，在{{trap/place:拉萨}}服刑。弟媳回了{{trap/place:芒康}}的娘家，再没来过。{{minority/tibetan:贡布}}跟我们过，他跟{{minority/tibetan:曲培}}同岁，两个在一个班。
访谈者：家里的开销怎么办？
受访者：我们家是低保户。村里的儿童主任{{minority/tibetan:巴桑拉珍}}给四个娃娃都登记了，弟弟的娃娃按事实无人抚养，一个月{{trap/number:一千三百四}}。村支书{{minority/tibetan:达瓦次仁}}帮我们申请了危房改造，新房子是前年盖的。驻村工作队的{{han:庞建国}}队长，他是{{trap/place:重庆}}人，每回来都给娃娃们带本子和笔。{{han:庞建国}}说，{{minority/tibetan:贡布}}的事他去监狱里跟我弟弟也讲了，让他好好改造。
访谈者：看病呢？
受访者：乡卫生院的{{minority/tibetan:仁青多吉}}大夫是本地人，汉名叫{{han:杨学林}}，在{{trap/place:昌都}}学的医。{{han:杨学林}}他每个月给我扎针、贴膏药。{{trap/org:县残联}}给我办了残疾证，四级。援藏的医生{{compound:慕容海川}}来义诊过，说我这病是水里缺东西，家里现在都喝自来水了。
访谈者：学校那边怎么样？
受访者：{{minority/tibetan:曲培}}的班主任是{{minority/tibetan:群培次仁}}老师，数学老师叫{{han:潘小燕}}，是援藏来的，跟着她一起来的还有{{compound:诸葛明澈}}老师。她说，两个娃娃里头侄子更聪明，就是不爱说话，想他阿爸。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}的时候，我们炸{{trap/minority_word:卡赛}}，跳{{trap/minority_word:锅庄}}。阿妈在的时候，晚上给娃娃们讲{{trap/famous:格萨尔}}的故事，现在换成大姑娘讲了。五月里挖{{trap/minority_word:虫草}}，大姑娘放假回来也上山，一个季节能挖一千多块钱。
访谈者：您一个人带四个孩子，最难的是什么？
受访者：最难的是晚上。娃娃们睡了，我一个人坐着，想她阿妈。我手不好，给小的梳不了辫子，隔壁的{{minority/tibetan:泽措拉姆}}大姐每天早上过来给她梳。我还担心大姑娘，离家那么远，一年才回来一次，电话里总说好，我知道她是怕我操心。
访谈者：家里的地和牲口呢？
受访者：有两亩青稞地，五头牦牛，一头奶牛。青稞我自己种不动，请亲戚帮着种，收了打成糌粑，够一家人吃半年。牦牛交给村里的合作社放，年底分一点钱。我手不好，挤奶挤不了，奶牛是{{minority/tibetan:泽措拉姆}}大姐帮着挤，挤完了给我们留一桶。村里修路的时候，村委会让我去看工地的材料，一天给一百块，这是我能干的活。娃娃们放假回来，我就带他们去转山，走一圈要大半天，我走得慢，他们在前头等我。
访谈者：登记表要写地址和号码。
受访者：家在{{address:八宿县白马镇瓦达村二组11号}}，我弟弟原来租的房子在{{address:昌都市卡若区茶马广场小区7栋1单元203室}}。我的身份证{{id_number@my1982.540326}}，{{minority/tibetan:贡布次仁}}的{{id_number@my2014hyphen.540326}}。我的电话{{mobile@spaced}}，儿童主任的{{mobile@plus86}}，她的微信{{wechat:basanglazhen88}}。大姑娘的QQ是在学校注册的，她说每个礼拜天能上一会儿，号码{{qq:1598204736}}。
访谈者：名字在表上写得一样吗？
受访者：藏族名字写法多。学校表上老二写成{{spaced:阿旺 曲培}}，我写成{{spaced:泽 仁 顿 珠}}，侄子是{{spaced:贡　布　次　仁}}。我自己在低保本上也写错过，写成{{spaced:泽仁 顿珠}}。
访谈者：您最大的心愿呢？
受访者：娃娃们都念书。大姑娘说要考{{trap/place:成都}}的大学，学护士，我说好，阿爸给你攒着钱。
""")

# H435: Hui father in 中宁 (中卫); his hand was crushed, his wife is on dialysis, his brother drowned.
DOCS["H435"] = ("family", """\
访谈者：您好，先说说您家的情况吧。
受访者：我叫{{han:海占武}}，经名{{minority/hui:赛尔德}}，四十五岁，{{trap/place:中宁}}县{{trap/place:石空镇}}人。村里上了年纪的人也叫我{{minority/hui:海赛尔德}}。{{trap/year:2022年}}秋天在枸杞烘干房里出了事，右手卷进机器，少了三个指头，现在只能干些轻活。我女人{{han:金桂芳}}，经名{{minority/hui:哈迪杰}}，尿毒症，一个礼拜去{{trap/place:中卫}}透析两回。
访谈者：孩子们呢？
受访者：我们自己两个。儿子{{han:海子轩}}十二岁，经名{{minority/hui:哈里克}}，在{{school:中宁县石空镇中心小学六年级（2）班}}。丫头{{han:海雨萱}}九岁，经名{{minority/hui:法图梅}}，在同一个学校念三年级。还有一个是我哥哥的丫头。我哥{{han:海占文}}前年夏天在{{trap/place:黄河}}边上下网，掉下去没上来。嫂子{{han:杨秀娥}}改嫁到{{trap/place:同心}}去了，丫头{{han:海晓娟}}就跟了我们，经名{{minority/hui:素菲耶}}，今年十四，在{{school:中宁县第三中学初二（5）班}}。
访谈者：这三个孩子都靠您？
受访者：靠我，也靠大家。村里的儿童主任{{han:虎玉兰}}给{{minority/hui:素菲耶}}报了孤儿基本生活费，一个月{{trap/number:一千五百八}}。我们家报了低保，我女人办了慢性病卡。镇上民政的干部说，我们自己的两个娃娃也能按困境儿童报补贴，他帮着整材料。
访谈者：您妻子的病怎么样？
受访者：等着换肾，排不上。中卫医院的{{han:何建平}}大夫说，她这个血型不好配。{{minority/hui:哈迪杰}}她自己说，透析就透析吧，能看着娃娃们念书就行。每回透析我骑电动车带她去，来回两个钟头。娃娃们放学回来自己做饭，我让{{minority/hui:哈里克}}擀面，他擀得比我还好。
访谈者：寺里帮忙吗？
受访者：帮。我们坊上的{{han:杨福海}}阿訇，经名{{minority/hui:伊里亚斯}}，每年{{trap/minority_word:开斋节}}前先把散的{{trap/minority_word:乜贴}}给我们这样的人家。邻居{{minority/hui:者尔利}}是开拉面馆的，{{minority/hui:者尔利}}他每个礼拜给娃娃们送两回面。{{trap/org:清真寺}}里的乡老们还凑钱给我女人交过一回医药费。
访谈者：学校那边呢？
受访者：{{han:海晓娟}}的班主任{{han:田晓蕾}}老师常打电话来，说丫头学习好，就是不爱说话。她在学校里被人笑过，说她没爹没妈，老师把那几个娃娃叫到办公室说了一顿。县社工站来了两个社工，一个叫{{compound:公孙婉如}}，还有个小伙子是{{compound:令狐俊杰}}，每月来一回，带着娃娃们做游戏、画画。那姑娘给丫头们讲女娃娃长大了要注意啥，这些话我当爹的说不出口。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}我们炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给亲戚邻居都送。我给娃娃们讲{{trap/famous:马本斋}}的故事，说咱们回回人要有骨气。{{minority/hui:法图梅}}最爱听，听完了还给她姐姐讲一遍。
访谈者：您现在做什么活？
受访者：给人看枸杞园子，一个月一千多块。{{trap/word:海边}}我没去过，{{trap/place:银川}}也没去过几回，就在这一片转。手不行了，摘枸杞也慢。乡老们劝我，说{{minority/hui:赛尔德}}你还年轻，熬过这几年，娃娃们大了就好了。
访谈者：三个孩子平时怎么相处？
受访者：好着呢。大丫头像个姐姐，两个小的的作业都是她看。她爹刚没的那阵子，她整夜整夜不睡，坐在炕边上不说话，我女人拉着她的手陪着。后来慢慢好了，会笑了。礼拜五娃娃们跟我去寺里，回来路上买一包瓜子，三个人分着吃，一路说说笑笑。我看着心里就宽了。我手不好，做饭慢，他们就帮着择菜、洗碗。有时候我女人透析回来没力气，三个娃娃就围着她，给她捶腿、倒水。
访谈者：表上需要登记地址和号码。
受访者：家在{{address:中宁县石空镇倪丁村四队17号}}，我哥原来的房子在{{address:中宁县宁安镇枸杞小区9号楼2单元401室}}，现在空着。我的身份证{{id_number@my1980spaced.640521}}，丫头的{{id_number@wy2011x.640521}}。我的电话{{mobile@hyphen}}，{{han:虎玉兰}}的电话{{mobile@p86h}}，她的微信{{wechat:huyulan_shikong}}。儿子拿我的旧手机上QQ，说是跟同学对作业的，号码他写在墙上了，是{{qq:64018372}}。
访谈者：表上名字写得对吗？
受访者：经名的写法各不一样。有把丫头写成{{spaced:素 菲 耶}}的，有把我写成{{spaced:海 赛 尔 德}}的，还有{{spaced:海子 轩}}。我女人在医院的表上是{{spaced:金　桂　芳}}。
访谈者：最后您想说什么？
受访者：谢谢政府，谢谢坊上的人。我就盼我女人能换上肾，三个娃娃都念出去。
""")

# H436: Han mother in 咸宁; her husband is paralysed, she also raises her sister's left-behind sons.
DOCS["H436"] = ("family", """\
访谈者：大姐，先说说您家的情况。
受访者：我叫{{han:邱爱华}}，三十八岁，住在{{trap/place:咸宁}}城边上，{{trap/place:咸安区}}。我男人{{han:舒建军}}在{{trap/place:武汉}}做外墙，前年从吊篮上摔下来，腰椎断了，现在下半身瘫着。我在超市做理货员，一个月两千多。家里四个伢，两个是我的，两个是我妹妹的。
访谈者：孩子们叫什么？
受访者：我儿子{{han:舒浩宇}}，十二岁，小名叫{{han:麻雀}}，生下来就瘦，叽叽喳喳的。姑娘{{han:舒梓涵}}九岁，小名{{han:春卷}}。{{han:麻雀}}他在{{school:咸安区实验小学六年级（4）班}}，{{han:春卷}}也在那个学校，读三年级。我妹妹{{han:邱爱萍}}两口子在{{trap/place:深圳}}电子厂，她的两个伢放在我这里：大的{{han:黄一鸣}}，小名{{han:胖墩}}，十岁；小的{{han:黄一帆}}，叫{{han:毛伢}}，五岁，在社区幼儿园。
访谈者：您一个人带四个孩子，还要照顾丈夫？
受访者：是的，累是累。早上五点半起来，先给他爸翻身、接尿，再做早饭。{{han:胖墩}}就是懂事，自己穿衣服，还给{{han:毛伢}}穿。{{han:毛伢}}说要妈妈，我就让他跟我妹妹视频。{{han:麻雀}}那边我最操心，这伢到了青春期，爸爸瘫了以后脾气倔，跟人打过架。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:程丽萍}}，她帮我们家报了低保，我的两个伢按困境儿童每个月有补贴，一人{{trap/number:六百八十}}。社区{{han:柯志明}}书记给我男人申请了残疾人两项补贴，又找{{trap/org:区残联}}借了个轮椅。{{han:柯志明}}他说，有困难你就上门来，莫怕丑，实在不行就打{{trap/hotline:12345}}。社工站的{{compound:欧阳婧}}每个礼拜六带伢们去活动室写作业，跟她一起的还有{{compound:东方若谦}}，是个后生，教伢们打篮球。
访谈者：学校呢？
受访者：{{han:麻雀}}的班主任{{han:饶海燕}}老师好，我男人刚出事那阵子，她天天留他在学校吃晚饭。{{han:饶海燕}}老师说，这伢聪明，就是心里压着事。学校请了心理老师跟他谈了几回，现在好多了。{{han:春卷}}也乖，考试回回前三。
访谈者：邻居们呢？
受访者：对门的{{han:徐桂枝}}婶，七十多岁了，我上夜班的时候她过来陪着。楼下开早点铺的{{han:周翠兰}}大姐，伢们每天的早饭都是她给的，不收钱。我公公{{han:舒家和}}都七十了，还在{{trap/place:通山}}乡下种点田，收了米就送过来。
访谈者：您丈夫现在身体怎么样？
受访者：躺久了长褥疮，医院的{{han:聂长青}}大夫教我怎么护理。他心里难受，说拖累了我们。我说你在就是个家，伢们放学回来喊一声爸，你应一声，就够了。他现在躺着教姑娘背古诗，讲{{trap/place:赤壁}}那一仗，讲{{trap/famous:诸葛亮}}借东风，伢们听得入迷。
访谈者：过年过节呢？
受访者：过年我妹妹回来，两家人挤在一起。{{trap/place:九宫山}}下雪那年，我们带伢们去看过一回。平时哪里也去不了，能睡个{{trap/word:舒服}}觉就不错了。
访谈者：您妹妹那边呢？
受访者：她在厂里也难，两口子一个月加起来七八千，租房子、吃饭，再给伢寄点，剩不下几个。她说等伢上初中就接过去，我说你莫急，伢在这里有我。过年回来，{{han:胖墩}}也不认生了，黏着他妈不放，走的那天早上躲在被子里哭，不出来送。我这个当姨的看着也心疼。超市的老板晓得我家的事，给我排的都是白班，晚上能回来做饭。有时候下了班还拿些临期的牛奶面包回来，伢们抢着吃。
访谈者：登记表上要填地址和号码。
受访者：我们家在{{address:咸安区温泉街道桂乡小区5栋2单元604室}}，我公公家在{{address:通山县南林桥镇石门村六组33号}}。我的身份证{{id_number@wy1986spaced.421202}}，我男人的{{id_number@my1984quad.421202}}。我的电话{{mobile@plain}}，我妹妹的电话{{mobile@plus86spaced}}，她的微信{{wechat:qiuaiping_sz}}。{{han:胖墩}}有个QQ，跟他妈妈视频用的，号码他自己背过，我写给你：{{qq:1376529084}}。
访谈者：表上的名字写得对吗？
受访者：有不对的。社区的表上我写成{{spaced:邱 爱 华}}，{{spaced:舒　浩　宇}}中间也空着格，我男人成了{{spaced:舒建 军}}。社工签到表上是{{spaced:欧 阳 婧}}。
访谈者：您最大的心愿是什么？
受访者：伢们都好好的。我不图别的，就图四个伢长大了都有出息，不走歪路。{{han:毛伢}}也说，长大了给大姨买大房子。
""")

# H437: Han kindergarten teacher in 泾川 (平凉); five children in distress, their families on WeChat and QQ.
DOCS["H437"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:樊晓静}}，在{{trap/place:泾川}}县城的幼儿园教了九年，现在是{{school:泾川县城关幼儿园大（3）班}}的班主任。班上三十四个娃娃，困境儿童有五个。家长大多在微信群里，有的爷爷奶奶不会打字，就发语音。
访谈者：能一个一个说说吗？
受访者：第一个，{{han:任梓轩}}，他爸{{han:任宏伟}}因为诈骗进去了，判了五年，他妈{{han:梁艳}}走了再没回来。现在跟奶奶{{han:任秀珍}}过。奶奶的微信名就是她自己的名字，头像是孙子，我给她备注的是“{{han:任梓轩}}奶奶”。{{han:任秀珍}}她不认字，每天发语音问娃娃吃饭了没有。
访谈者：第二个呢？
受访者：第二个{{han:马欣悦}}，爸妈都在{{trap/place:西安}}打工，留给爷爷{{han:马长林}}。爷爷腿脚不好，接送靠三轮车。娃娃她爸的QQ昵称就是他的真名{{han:马建业}}，他在QQ上跟我说话比微信多，号是{{qq:503817462}}。他说厂里不让带手机进车间，只有晚上能回。
访谈者：第三个？
受访者：第三个是{{han:景一诺}}，爸爸{{han:景志刚}}前年在{{trap/place:泾河}}边上开挖掘机出了事，人没了。妈妈{{han:靳彩霞}}有智力残疾，娃娃跟着外婆{{han:靳桂花}}过。娃娃按事实无人抚养报的，一个月{{trap/number:一千一百五}}，是社区的儿童主任{{han:史红梅}}帮着办的。外婆没有微信，有什么事我就给她打电话，她再上门去说。
访谈者：第四个？
受访者：第四个{{han:豆子涵}}，他爸{{han:豆文斌}}是聋哑人，在县{{trap/org:残联}}登记过，妈妈离了婚在外地。爷爷奶奶都七十多了。娃娃午饭只爱吃{{trap/word:豆腐}}，别的都挑。家里的QQ是他姑姑的，她在{{trap/place:兰州}}上班，号码我存着：{{qq:２０７８５５３１６}}，有啥事她隔着屏幕都操心。
访谈者：第五个呢？
受访者：第五个{{han:党浩然}}，妈妈{{han:巨红霞}}得了白血病，在{{trap/place:平凉}}住院化疗，爸爸{{han:党建平}}两头跑。他爸是{{trap/word:党员}}，在镇上开个修车铺，铺子关了大半年了。{{han:党浩然}}他最近老尿裤子，我估计是吓着了。
访谈者：幼儿园做了些什么？
受访者：园长{{han:仇丽娟}}定了，困境儿童伙食费全免。配班老师{{compound:皇甫琳}}跟我分了工，她管两个，我管三个，每个月跟家长视频一回。县里还派了社工，一个是{{compound:尉迟雅楠}}，还有一个小伙子，每个礼拜来园里做一次游戏。{{compound:尉迟雅楠}}她会画画，带娃娃们画“我的家”。
访谈者：娃娃们画的是什么？
受访者：{{han:任梓轩}}只画了奶奶和他自己，{{han:景一诺}}画了一个大太阳，说爸爸在太阳上。我看了心里难受，下了班跟配班老师两个人坐着半天没说话。
访谈者：园里讲故事吗？
受访者：讲。我们这儿有{{trap/place:王母宫}}，我给娃娃们讲{{trap/famous:西王母}}的故事，也讲{{trap/famous:皇甫谧}}，说他小时候贪玩，后来发奋读书，成了大医家。春天{{trap/word:景色}}好的时候，带娃娃们去河边走走。
访谈者：这些孩子在园里有什么不一样吗？
受访者：有的特别黏人，早上来了抱着我的腿不撒手；有的一整天不说话，午睡的时候蒙着被子哭。我给每个娃娃建了个本子，记他们吃了多少饭、睡了多久、哭了几回，月底发给家长看。爷爷奶奶看不懂字，我就发语音一条一条念。开家长会的时候来的都是老人，我让他们坐前头，说慢一点。县里今年给困境儿童的家长办了培训，教老人怎么跟娃娃说话，不要老吓唬，不要拿爸妈的事说事。
访谈者：家长的联系方式都登记了吗？
受访者：登记了。{{han:任梓轩}}奶奶家在{{address:泾川县城关镇共池村二组21号}}，{{han:马欣悦}}爷爷家在{{address:泾川县城关镇安定小区3号楼1单元502室}}。{{han:任梓轩}}的身份证{{id_number@my2019.620821}}，{{han:景一诺}}的{{id_number@wy2019hyphen.620821}}。爷爷的电话{{mobile@s74}}，{{han:党建平}}的电话{{mobile@h38}}，微信号是{{wechat:dangjianping_xiuche}}。奶奶的微信号是她孙女帮着起的，叫{{wechat:renxiuzhen1961}}。{{han:史红梅}}的微信{{wechat:shihongmei_cg}}。
访谈者：名字登记有出错的吗？
受访者：有。县里的表上有{{spaced:任 梓 轩}}，有{{spaced:豆　子　涵}}，还有把{{spaced:党浩 然}}分开写的。社工的名字写成{{spaced:尉 迟 雅 楠}}。
访谈者：最后您想说什么？
受访者：这些娃娃小，可啥都懂。我就想让他们在园里这三年过得高兴些。
""")

# H438: Uyghur grandmother in 于田 (和田); her son died on the desert road, his wife remarried.
DOCS["H438"] = ("family", """\
访谈者：奶奶，您好，我们慢慢聊。
受访者：好。我叫{{minority/uyghur:阿瓦古丽·托乎提}}，七十岁了，家在{{trap/place:于田}}县{{trap/place:木尕拉镇}}。老伴{{minority/uyghur:买吐送·尼亚孜}}走了六年。儿子{{minority/uyghur:阿布都热合曼·买吐送}}前年开三轮车去{{trap/place:民丰}}拉货，路上翻了车，没救过来。儿媳{{minority/uyghur:如先古丽·玉苏普}}第二年改嫁到{{trap/place:墨玉}}，两个孩子留给了我。
访谈者：孩子们叫什么？多大了？
受访者：孙子{{minority/uyghur:麦麦提图尔荪}}十二岁，我们叫他{{minority/uyghur:图尔荪}}；孙女{{minority/uyghur:布维阿依谢姆}}九岁，叫她{{minority/uyghur:阿依谢姆}}。{{minority/uyghur:图尔荪}}在{{school:于田县木尕拉镇第二小学六年级（1）班}}，妹妹在同一个学校念三年级。户口本上孙子是{{minority/uyghur:麦麦提图尔荪·阿布都热合曼}}，低保卡上没有点，写的是{{minority/uyghur:麦麦提图尔荪阿布都热合曼}}，名字太长，卡上都挤不下。
访谈者：儿子走了以后，家里怎么过？
受访者：儿子在的时候，家里的钱都是他挣。现在我种三亩地，种玉米，院子里有几棵核桃树。村里给我报了低保，两个孩子按事实无人抚养，每人每月{{trap/number:一千三百六}}。村里的儿童主任{{minority/uyghur:热米拉·阿克木}}跑的手续，{{minority/uyghur:热米拉}}她跑了{{trap/org:县民政局}}三趟。工作队的{{han:魏国庆}}队长也帮着找材料，{{han:魏国庆}}他说孩子的事不能等。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:图尔荪}}他聪明，算术考第一，就是不爱说话。他的班主任{{minority/uyghur:努尔古丽·艾海提}}老师说，爸爸走了以后孩子常一个人坐在操场边上。学校的汉语老师{{han:齐淑贞}}每个礼拜留他吃一顿饭，跟他聊天。{{minority/uyghur:阿依谢姆}}就爱跳舞，村里办{{trap/minority_word:麦西来甫}}，她第一个上去转圈。
访谈者：村里谁帮得最多？
受访者：村支书{{minority/uyghur:库尔班·斯迪克}}，他给我们家修了院墙。他也是苦出身，小时候没了爹，知道这个难处。邻居{{minority/uyghur:图妮萨罕}}天天打{{trap/minority_word:馕}}，总给我们多打两个。乡卫生院的大夫每个月给我量血压。县里社工站来过两个年轻人，姑娘叫{{compound:宇文舒窈}}，小伙子是{{compound:拓跋思源}}，给孩子们带来了彩笔和本子。{{compound:拓跋思源}}还教孙子下象棋。
访谈者：孩子的妈妈还来看吗？
受访者：来过两回。{{minority/uyghur:如先古丽}}她抱着孩子哭，说新家里也有孩子，顾不上。我不怪她，她还年轻。孩子的姑姑{{minority/uyghur:帕夏古丽·买吐送}}在{{trap/place:乌鲁木齐}}饭馆里打工，{{minority/uyghur:帕夏古丽}}还每个月给孩子们寄三百块钱。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}的时候，我给孩子们做{{trap/minority_word:抓饭}}，穿新衣服。孙女的新裙子是用我年轻时那块{{trap/minority_word:艾德莱斯}}绸子改的。晚上我给他们讲{{trap/famous:麻赫穆德·喀什噶里}}的故事，说他走了那么远的路写了一本大书。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难的是孩子生病的时候。去年冬天孙女发高烧，半夜里我抱着她走到村口，是巡逻的人开车把我们送到乡卫生院的。还有就是孩子的作业，我不识字，帮不上。现在村里办了个晚托班，老师晚上教孩子们写作业，孙子的成绩上去了。
访谈者：孩子们在家里帮您干活吗？
受访者：帮。孙子放学回来先去喂羊，我们家有六只羊、一头毛驴。孙女帮我扫院子、洗碗，她个子小，踩着板凳够水龙头。春天核桃树开花的时候，她在树底下捡花玩，说要给爸爸留着。我听了心里疼，抱着她哭了一场。村里的大夫说我血压高，不能老哭，我就忍着。晚上两个孩子一边一个睡在我旁边，我给他们唱我小时候的歌，唱着唱着他们就睡着了。
访谈者：登记表要写住址和号码。
受访者：家在{{address:于田县木尕拉镇英巴格村4组27号}}，儿媳妇现在的家在{{address:墨玉县喀拉喀什镇团结小区6号楼2单元301室}}。我的身份证{{id_number@wy1955.653226}}，孙子的{{id_number@my2013tri.653226}}，派出所的小伙子三个三个念给我听的。电话是孙子帮着写的：我的{{mobile@s38}}，{{minority/uyghur:热米拉}}的{{mobile@plus86dash}}，她的微信{{wechat:Remila_akmu}}。孙子有QQ，说是上网课用的，号码写在门后头，是{{qq:2560471938}}。
访谈者：名字写得一样吗？
受访者：不一样。有的表上我是{{minority/uyghur:阿瓦古丽托乎提}}，没有点；有的写成{{spaced:阿瓦古丽 · 托乎提}}，点两边都空着。孙女在学校表上是{{spaced:布 维 阿 依 谢 姆}}，儿子在死亡证明上成了{{spaced:阿布都热合曼 买吐送}}。儿童主任自己签字，也签成{{spaced:热米拉 · 阿克木}}。
访谈者：您最大的愿望是什么？
受访者：看着孙子孙女长大成人。{{minority/uyghur:图尔荪}}说要考到{{trap/place:和田}}的高中，再考大学，我说奶奶等着你。
""")

# H439: Han civil-affairs officer in 阜新 reading from the case file of four families.
DOCS["H439"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：区里困境儿童的个案档案。我叫{{han:邢晓光}}，在{{trap/place:阜新}}市{{trap/org:民政局}}儿童福利科。我拣四户说，你对着记。
访谈者：好。
受访者：第一户，孤儿兄妹。哥哥{{han:付宇航}}，十三岁，妹妹{{han:付宇彤}}，十岁。父亲{{han:付长海}}前年肝癌去世，母亲{{han:苗淑芬}}去年冬天煤烟中毒没了。现在跟叔叔{{han:付长河}}和婶子过，在{{trap/place:彰武}}乡下。档案里监护人一栏写了两遍，“{{han:付长河}}{{han:付长河}}”，是乡里录入的时候多粘了一次。两个孩子每人每月{{trap/number:一千八百六}}孤儿基本生活费。{{han:付宇航}}在{{school:彰武县第二初级中学初一（3）班}}。
访谈者：第二户呢？
受访者：第二户在{{trap/place:阜新蒙古族自治县}}，蒙古族。孩子叫{{minority/mongolian:白青格勒图}}，十一岁，父亲{{minority/mongolian:包宝力高}}因为盗窃判了三年，母亲{{han:吴秀云}}改嫁了。孩子跟爷爷{{minority/mongolian:白音朝克图}}过。{{minority/mongolian:白青格勒图}}他在{{school:阜新县佛寺镇蒙古族小学五年级（2）班}}，学校给他免了住宿费。村里的儿童主任说，这孩子蒙古语说得比汉话好。
访谈者：第三户？
受访者：第三户在{{trap/place:海州区}}，{{han:关佳琪}}，九岁，母亲{{han:关丽娜}}吸毒进了戒毒所，父亲不知道是谁。现在跟姥姥{{han:赵凤琴}}过。{{han:赵凤琴}}也说，她活一天就管一天。社区的{{han:佟玉梅}}主任每礼拜上门，看孩子作业。孩子在{{school:海州区新华小学三年级（1）班}}。
访谈者：第四户？
受访者：第四户在{{trap/place:细河区}}，{{han:佟博文}}，十二岁，父亲{{han:佟立新}}车祸以后一级肢体残疾，母亲失联三年了，按事实无人抚养。他爸的康复是{{trap/org:市残联}}帮着联系的。
访谈者：这些个案都谁在跟？
受访者：我们科里{{compound:赫连春雨}}跟第一户，同事{{compound:段干晓峰}}跟第二户。第三户的法律援助是律师{{compound:闾丘宏}}做的，孩子的抚养权变更就是他办下来的。学校心理老师是{{compound:漆雕慧}}，社工站每个月去一趟。区法院少年庭的法官叫{{compound:乐正远航}}，他开庭前先跟孩子聊了一个钟头。
访谈者：档案里的信息呢？
受访者：我念，你核。{{han:付长河}}家在{{address:彰武县哈尔套镇前进村五组14号}}，身份证{{id_number@mmidhyphen.210922}}；{{han:付宇彤}}的{{id_number@wy2015fwspaced.210922}}。{{minority/mongolian:白音朝克图}}家在{{address:阜新县佛寺镇佛寺村三组9号}}，老人没有手机，有事打村委会。{{han:赵凤琴}}家在{{address:海州区和平街道平安小区12号楼3单元501室}}，身份证{{id_number@woldx.210902}}。电话：{{han:付长河}}{{mobile@plain}}，{{han:赵凤琴}}{{mobile@fws}}。{{han:佟立新}}的微信{{wechat:tonglixin_1979}}，{{han:关佳琪}}有个QQ，她姥姥说孩子放学就用它跟妈妈留言，号码{{qq:936105284}}。
访谈者：档案里的名字写法一致吗？
受访者：不一致，这是最麻烦的。乡里的表格上有{{spaced:付 宇 航}}，蒙古族孩子写成了{{spaced:白 青 格 勒 图}}，还有分成两半的{{spaced:白青 格勒图}}。第四户的孩子在残联的表上是{{spaced:佟 博 文}}。律师签字是{{spaced:闾 丘 宏}}，法官是{{spaced:乐　正　远　航}}。
访谈者：您做这行最怕什么？
受访者：怕漏，也怕错。身份证号错一位，钱就打不进去。我们每年核一遍，一户一户打电话，打不通就上门。家长有急事可以打儿童求助热线{{trap/hotline:12349}}。{{han:佟博文}}他爸说，{{han:邢晓光}}你比我们家亲戚来得都勤。{{trap/word:关心}}孩子，不光是发钱，还得有人常去看看。
访谈者：这些孩子以后怎么办？
受访者：孤儿满十八岁，上大学的可以接着领到毕业，不上学的我们对接职业学校，学护理、学汽修，学费全免。蒙古族那个孩子，他爷爷岁数大了，我们已经跟他父亲的服刑单位沟通过，出来以后要签监护承诺书，社区盯着。吸毒那一户最难，孩子的姥姥身体也不好，万一老人倒了，孩子就得进福利院。我们每季度开一次联席会，学校、社区、派出所、{{trap/org:妇联}}都来，一户一户过。
访谈者：孩子们自己怎么说？
受访者：第一户的哥哥跟我说过一句话，我一直记着。他说，叔叔，我不想要钱，我想要我妈。我当时不知道怎么回答。后来我们请了心理咨询师，每个月给他做一次辅导，他现在愿意说话了，还在学校参加了篮球队。第三户的小姑娘胆子小，见了生人就躲，社区给她找了个大学生志愿者，每个周末陪她读绘本，半年下来，她敢上台讲故事了。这些变化，比我们填多少张表都强。
""")

# H440: Han grandfather in 利川 (恩施) raising his grandson; the boy's mother left, his father works far away.
DOCS["H440"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：户口上四口，在家的就我和孙子两个。我叫{{han:向国富}}，六十七了，住在{{trap/place:利川}}{{trap/place:谋道镇}}的山上。老伴前年得胃癌走了。儿子{{han:向明辉}}在{{trap/place:温州}}鞋厂，一年回来一趟。孙子他妈{{han:谭小燕}}，孙子两岁那年，就是{{trap/year:二〇一六年}}，说去{{trap/place:重庆}}打工，走了就没回来，电话号码也停了。
访谈者：孙子多大了？
受访者：十岁，叫{{han:向俊豪}}，我们喊他{{han:豪豪}}。在{{school:利川市谋道镇中心小学四年级（2）班}}。{{han:豪豪}}他每天早上六点起来，走四十分钟山路去上学，下雨天鞋子全是泥。
访谈者：孩子问起妈妈吗？
受访者：小时候问，现在不问了。有一回在学校，同学{{han:冉浩宇}}说他是没妈的伢，他跟人打起来了。班主任{{han:冉秀英}}老师把两个伢都叫去，给他们讲了半天。{{han:冉秀英}}她后来跟我说，那伢是她侄子，她已经骂过了。
访谈者：这些年谁帮过您？
受访者：村里的儿童主任{{han:覃春燕}}，她是土家族，跟我们一个寨子的。她给{{han:向俊豪}}报了事实无人抚养，一个月{{trap/number:一千二百五}}。我找{{han:牟志华}}说了一回，他是村主任，就给我们家修了厨房。驻村的第一书记叫{{compound:夏侯文斌}}，是从州里下来的，他来了以后，村里通了水泥路。镇上社工站的{{compound:南宫晓雪}}每个月来一回，给伢辅导作业，还带他去镇上的图书室。
访谈者：孩子爸爸呢？
受访者：{{han:向明辉}}他每个月寄一千五回来，够吃饭。他也想把伢接过去，可那边读书要积分，租房子也贵。上回视频，{{han:向明辉}}跟伢说，爸爸过年给你买个新书包，伢就笑了。
访谈者：您身体怎么样？
受访者：高血压，腰也不好。村医{{han:田茂松}}隔个把月来给我量一次血压，开点药。我跟他讲，我要是哪天倒了，伢咋办？{{han:田茂松}}他说，你莫瞎想，村里、镇上都在。
访谈者：孩子平时做些什么？
受访者：放学了帮我喂猪、摘菜。他爱唱{{trap/famous:龙船调}}，学校老师教的。到了{{trap/minority_word:女儿会}}，镇上热闹，我带他去看{{trap/minority_word:摆手舞}}。他最爱听我讲{{trap/famous:巴蔓子}}的故事，说长大了也要当英雄。前年我带他去过一回{{trap/place:腾龙洞}}，他回来写了一篇作文，老师给了满分。
访谈者：家里的日子怎么过？
受访者：种了两亩苞谷、一亩洋芋，喂了两头猪，一头卖，一头过年杀。村里给我们家报了低保，我一个月也有几百块养老金。伢的书本费学校免了，中午在学校吃营养餐。冬天山上冷，烧柴火，伢放学回来跟我一起上山捡柴。前年村里搞危房改造，把我的木房子加固了，屋顶换了瓦，下雨不漏了。我跟伢说，日子是一天比一天好，你要争气。伢点点头，说爷爷你放心。
访谈者：邻居们呢？
受访者：隔壁{{han:谭德顺}}家，他老婆{{han:黄凤英}}婶，常喊伢去她家吃饭。{{han:谭德顺}}跟我是一起长大的，我们两个老的，守着两个小的，他孙女{{han:谭雨欣}}也是留守的，跟{{han:豪豪}}一个班。
访谈者：学校那边怎么样？
受访者：校长{{han:黄德运}}说，学校里留守的伢占了一半多，办了个亲情电话室，伢们每个礼拜可以免费给爸妈打电话。伢就是在那里头给他爸打的。{{trap/word:向日葵}}开的时候，学校组织伢们在操场边上种了一排，伢说那是他种的。
访谈者：登记表要写地址和号码。
受访者：家在{{address:利川市谋道镇箭竹溪村七组42号}}，儿子在温州住的是{{address:瓯海区娄桥街道新桥小区8幢305室}}。我的身份证{{id_number@my1958.422802}}，{{han:向俊豪}}的{{id_number@my2015.422802}}。我的电话{{mobile@plain}}，{{han:向明辉}}的电话{{mobile@spaced}}，他的微信{{wechat:xiangminghui_wz}}。{{han:覃春燕}}的微信{{wechat:qinchunyan1983}}。伢有个QQ号，他说是跟他爸留言的，号码我记在日历背面了：{{qq:58217064}}。
访谈者：表上的名字写对了吗？
受访者：有写错的。镇上的表把伢写成{{spaced:向 俊 豪}}，第一书记签名是{{spaced:夏 侯 文 斌}}，我成了{{spaced:向国 富}}。
访谈者：您最大的心愿呢？
受访者：伢好好读书，读出这座山。他妈要是哪天想他了，回来看看也好，我不拦。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=433,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
