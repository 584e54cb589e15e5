# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 182 (tests/pii/holdout182/H1441-H1448 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 183, written at the same time, is not
an earlier set).

Set 182 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
宿松 and 岳西 (安庆, Anhui): a Uyghur father from 阿图什 who bakes naan at a market stall in 宿松 (孚玉镇), his Han
wife ill with schizophrenia; a Yi mother from 布拖 married into a hill village of 岳西 (包家乡), her husband killed
in a fall on a building site, raising three children with her mother-in-law; a Tibetan father from 巴塘, a cook
at a scenic-area restaurant near 天堂镇, whose son has leukaemia and whose Han wife left; a Mongolian mother from
乌拉特中旗 in 二郎镇 (宿松), her husband paralysed by a fall from a roof; the Han 儿童主任 of a hill village of
包家乡 reading out her list; the Han civil-affairs clerk of 二郎镇, interrupted by phone calls; the Han head
teacher of a fifth-grade class in 宿松 town; and a Han university student from 岳西 who volunteers in the holidays.
Han families (an orphan girl and her uncle, brothers whose father is in prison, a grandfather raising an autistic
grandson, a father crushed by a tree, an orphan raised by her grandmother, a boy whose father is in compulsory
drug treatment, a drowned father's son) are told by the workers. The emphasis is on forms where a replacement
might cover only part of a name, or miss it, in a mix rather than one trick: a Uyghur given name + father's name
with the middle dot, the hyphenation point, the katakana dot, a full stop, no dot and a dot with spaces
(热合木图拉·吐尔地, 热合木图拉‧吐尔地, 艾沙江・吐尔地, 热合木图拉.吐尔地, 热合木图拉吐尔地, 热合木图拉 · 吐尔地),
the first character of the father's name made a surname for the children (热伊尔番江, 热萨依普加马丽) and for a
form of address (热老板), short forms (萨依, 小萨依), the father's name inside a stall's name (热合木图拉馕坑) and a
Uyghur name that starts like a compound surname (司马义江); Yi clan + given names (阿侯日各, 阿侯木且, 阿侯拉日,
吉克曲吉, 阿说莫色) with a short form (日各), a Han surname before a Yi given name (操阿果, 操拉哈), a form of address
(阿果妹) and a Yi boy's clan name that reads like a Han name (马海约哈, called 小马海); a Tibetan name holding a
Han-surname character (呷绒曲扎), taken for a surname by his workmates (曲师傅) and by his son's classmates
(曲贡觉), a form of address (扎哥), a nickname (初初) and Tibetan names near a greeting that shares a word
(扎西次称 beside 扎西德勒); Mongolian names (娜敏陶格斯, 阿古拉毕力格, 伊和珠拉, 嘎拉僧道尔吉, 齐木德花) with forms
of address made from them (娜姐, 珠丫头, 小敖, and 小毕, which reads like a Han surname) and a Han surname before a
Mongolian given name (石毕力格, 鲍敖日格乐); Han names with rare surnames of the region (储, 操, 檀, 况, 詹, 虞, 佘,
笪, 仰, 宛, 疏, 殷, 项, 应, 过, 查, 闵, 童); given names holding 又, 正, 再, 得 right before the same word
(汤又春又, 储正芳正好, 殷再兴再, 胡再英再, 况得福得知) and surnames that are words before words they make
(过秀兰过来); names right before particles, pronouns and verbs (虞红霞她, 汪来弟她, 柳凤娇她, 石春旺他, 操守仁他,
詹小满她, 鲍小舟他, 毕老师便说, 闵国栋倒是, 毛志刚倒是, 吕觉民却讲, 吴春兰便, 疏文涛讲话直) and after
喊/跟/找/被/给 (喊她阿果妹, 跟柳凤娇讲, 找储正芳讲理, 被查德兵老师, 喊江德顺); names that contain words and the
words near them (宛如玉 and 宛如, 操守仁 and 操守, 疏文涛 and 疏忽, 应建国 and 应该, 石春旺 and 石头, 毛志刚 and 毛病,
项春来 and 项目, 童欣怡 and 童年, 况国庆 and 况且, 仰小军 and 仰头, 过家宝 and 过年/过家家, 桂德华 and 桂花,
储正芳 and 储蓄/邮储银行, 毕老师 and 毕业/毕摩, 查德兵 and 查尔瓦, 司空晓禾 and 司空山, 操阿果 and 操场/操心/操劳);
names inside place-like and organisation-like phrases that are the person's (况得福茶厂, 应建国农家乐); titles
after names (闵国栋医生, 贺雅琴老师, 宛如玉老师, 疏文涛主任, 凌晓东老师, 储正芳主任; the span is the name only); a
surname with only a title or kin word, annotated whole (殷警官, 凌主任, 毕老师, 储姨, 项干事, 童奶奶, 笪同学,
笪姐姐); names closing the last line with no full stop (是詹小满, 总是仰小军); names spaced out character by
character in half- and full-width spaces, split in two, and compound surnames (欧阳, 司空, 上官, 澹台, 端木, 皇甫,
宗政, 南宫, 钟离, 夏侯, 濮阳, 申屠, 赫连, 闻人, 公良) after ordinary words; and numbers and accounts read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:储姨}}``, ``{{qq:2873064519}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, yi, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwhyphen.340826}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 主任) and a particle, pronoun or
verb written directly after a name (又, 正好, 再, 得知, 过来, 她, 他, 便, 倒是, 却, 讲) are outside the span; a
surname with only a title or kin word (殷警官, 储姨, 童奶奶, 笪姐姐) is annotated whole. Han-style names of
minority people (操思雨, 储嘉乐, 石雨萱) are category han; a Han surname before a non-Han given name (热伊尔番江,
操阿果, 曲贡觉, 石毕力格, 鲍敖日格乐) is category minority, and so are forms of address made from a non-Han name
(热老板, 曲师傅, 扎哥, 娜姐, 小毕, 珠丫头, 小敖, 阿果妹, 小马海, 小萨依).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout182/make_holdout182.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(182_2026_1207)
MINORITY_GROUPS = ("mongolian", "uyghur", "yi", "tibetan")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "yi": 10, "tibetan": 10}

MOBILE_PREFIXES = ["130", "134", "136", "139", "150", "152", "155", "156", "180", "183", "185", "188", "193",
                   "195", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1441: Uyghur father from 阿图什 who bakes naan at a market stall in 宿松 (孚玉镇); his Han wife has
# schizophrenia; a daughter and a son.
DOCS["H1441"] = ("family", """\
访谈者：{{minority/uyghur:热老板}}，您这个馕坑在菜场门口摆了几年了？
受访者：六年了。我叫{{minority/uyghur:热合木图拉·吐尔地}}，老家{{trap/place:阿图什}}。街上的人名字念不全，都喊我{{minority/uyghur:热老板}}，其实就一个馕坑、一辆三轮车，摆在{{trap/place:孚玉镇}}菜市场门口。
访谈者：怎么到宿松来的？
受访者：我在{{trap/place:喀什}}打馕的时候，{{han:虞红霞}}跟她表姐去摘棉花，天天来买馕，买着买着就跟我好了。她是{{trap/place:汇口镇}}人，家里就她一个丫头，我就跟着她回来了。
访谈者：听说您爱人病了？
受访者：生了老二以后得的，精神分裂。好的时候跟好人一样，坏的时候半夜起来砸碗，说有人要害她。县医院的{{han:闵国栋}}医生说药一天都不能停，{{han:虞红霞}}她不认自己有病，药含在嘴里偷偷吐掉，我就站在边上看着她咽下去。她有残疾证，二级，两项补贴都有。
访谈者：孩子们多大？
受访者：丫头{{minority/uyghur:萨依普加马丽}}十一岁，儿子{{minority/uyghur:伊尔番江}}七岁。上户口的时候派出所说要有个姓，把我名字头一个字拿过去，儿子就成了{{minority/uyghur:热伊尔番江}}，丫头成了{{minority/uyghur:热萨依普加马丽}}。同学嫌长，喊她{{minority/uyghur:萨依}}。丫头在{{school:宿松县城南小学五年级（2）班}}，儿子在{{school:孚玉镇东门小学一年级（3）班}}。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:段文娟}}上门给两个伢报了困境儿童，每人每月{{trap/number:一千一百四十元}}，又帮我们报了低保。{{han:段文娟}}跟县民政局的{{han:汤又春}}又跑了两趟，材料才批下来。社工站的{{compound:欧阳惜文}}每个礼拜陪{{han:虞红霞}}去复诊，大学生{{compound:司空晓禾}}给丫头补英语。班主任{{han:贺雅琴}}老师{{trap/word:操心}}得很，丫头作业没写完，她就留在学校陪着写。
访谈者：孩子们懂事吗？
受访者：懂事。大丫头会看她妈的脸色，她妈一发病，她就把弟弟拉到房里关上门，给我打电话。有一回我在摊上，她在电话里喊“阿爸你快回来”，声音都抖了。儿子还小，只晓得哭。
访谈者：您爱人发病的时候，谁来帮忙？
受访者：头一个喊的是隔壁开理发店的{{han:鲍金莲}}，她胆子大，能把人按住。再就是派出所的{{han:殷警官}}，有一回半夜她拿着菜刀站在楼道里，是他跟我一起把她劝下来的，送到县医院住了一个月。{{han:闵国栋}}倒是讲，只要按时吃药，她能跟好人一样过日子。
访谈者：孩子们怕妈妈吗？
受访者：小的怕，大的不怕。丫头跟我讲，阿爸，妈妈是生病，不是坏人。她妈好的时候，给丫头扎辫子，跟伢们讲{{trap/famous:严凤英}}唱{{trap/word:黄梅调}}的故事，她年轻时候在汇口也上台唱过。街坊都把我这个摊子叫{{minority/uyghur:热合木图拉}}馕坑，她听了就笑，说是她{{han:虞红霞}}的馕坑才对。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也要忙。早上四点起来揉面、烧坑，六点送伢上学，回来看着他妈吃药，再出摊。房东{{han:桂德华}}见我作难，房租一个月少收两百。他院子里有棵{{trap/word:桂花}}树，八月开花，丫头搬个小板凳坐在树底下写作业。菜场管理员{{han:仰建平}}也照顾，不收我的摊位费。
访谈者：在宿松过得惯吗？
受访者：头两年过不惯。这边夏天闷，冬天湿冷，屋里没暖气，比阿图什零下二十度还难熬。吃的也不一样，这边人爱吃辣、爱吃腊肉，我们不吃猪肉，买菜要一样一样问。现在惯了，丫头讲一口宿松话，回老家她奶奶都听不懂。我也学会了几句，“么事”“晓得”，顾客听了都笑。
访谈者：老家还有人吗？
受访者：阿妈{{minority/uyghur:买热木汗}}在阿图什，七十多了。弟弟{{minority/uyghur:艾沙江・吐尔地}}帮我照顾她，每年寄一箱{{trap/minority_word:无花果干}}过来。在{{trap/place:安庆}}卖干果的老乡{{minority/uyghur:司马义江}}，过年开车来看我们，带了一把{{trap/minority_word:都塔尔}}，教儿子弹。我给伢们念{{trap/famous:纳瓦依}}的诗，丫头说比语文书上的还好听。
访谈者：您爱人娘家呢？
受访者：岳父{{han:虞长根}}前年走了，岳母{{han:过秀兰}}过来帮我带过半年伢，腰不好又回去了。逢年过节她都{{trap/word:过来}}，给伢们包饺子。
访谈者：登记表上的信息请您说一下。
受访者：住{{address:宿松县孚玉镇南台路菜市场后巷9号}}，丫头外婆家在{{address:汇口镇芦花村五组14号}}。我身份证{{id_number@my1983quad.653001}}，丫头的{{id_number@wy2014fwhyphen.340826}}。我电话{{mobile@s434}}，{{han:段文娟}}的{{mobile@h38}}。我的微信{{wechat:Rehmitulla_nan_ss}}。丫头有个QQ，班上让注册的，号码她拿粉笔写在门背后：{{qq:４０６１８２７５３}}。
访谈者：表上的名字写得对吗？
受访者：乱得很。低保表上我是{{minority/uyghur:热合木图拉吐尔地}}，医院的卡上是{{minority/uyghur:热合木图拉.吐尔地}}，残联的表上点前后各空一格，成了{{spaced:热合木图拉 · 吐尔地}}，丫头作业本上写成{{spaced:萨　依　普　加　马　丽}}，儿子写成{{spaced:热 伊尔番江}}。
访谈者：您最盼什么？
受访者：盼她妈病轻一点，盼两个伢把书念出来。我打了半辈子馕，不想他们也守着馕坑过日子。
""")

# H1442: Yi mother from 布拖 (凉山), married into a hill village of 岳西 (包家乡); her husband fell to his death
# on a building site; three children and an old mother-in-law.
DOCS["H1442"] = ("family", """\
访谈者：大姐，您是从四川嫁过来的？
受访者：是，{{trap/place:大凉山}}{{trap/place:布拖}}的。我叫{{minority/yi:阿侯日各}}，村里人叫不惯，都喊我{{minority/yi:日各}}。
访谈者：怎么嫁到岳西山里来了？
受访者：在{{trap/place:惠州}}电子厂认得我男人{{han:操立新}}，他是{{trap/place:包家乡}}的。那年他带我回来，车子在山里转了三个钟头，我还以为他要把我卖了。
访谈者：您爱人……
受访者：三年前在{{trap/place:杭州}}工地上，从脚手架上掉下来，没救过来。包工头跑了，官司打了两年才拿到一点钱。
访谈者：现在家里几口人？
受访者：我，婆婆{{han:汪来弟}}，三个伢。大丫头{{minority/yi:操阿果}}十三岁，汉名{{han:操思雨}}；儿子{{minority/yi:操拉哈}}十岁；小丫头{{han:操婷婷}}六岁。大的在{{school:岳西县包家中学七年级（2）班}}住校，儿子在{{school:包家乡中心小学四年级（1）班}}。我们彝族名字不带姓，到了这边户口都挂了操，老师点名就念{{minority/yi:操阿果}}、{{minority/yi:操拉哈}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:储正芳}}正好是我男人的表嫂，她喊我大丫头{{minority/yi:阿果妹}}。{{han:储正芳}}把三个伢都报了困境儿童，每人每月{{trap/number:九百九十元}}，我们家也吃了低保。乡民政办的{{han:詹德明}}上门核过，婆婆腿瘸，有残疾证，两项补贴也有。县里社工{{compound:上官雁秋}}每个月上山一回，陪大丫头说话。
访谈者：孩子们习惯吗？
受访者：大的最懂事。她爸走了以后，她一个礼拜回来一回，背着弟弟妹妹的衣服去河里洗。班主任{{han:宛如玉}}老师说她成绩好，就是不爱笑。{{han:宛如玉}}待她{{trap/word:宛如}}自己的伢，冬天给她买了双棉鞋。儿子调皮，在{{trap/word:操场}}上跟人打架，被{{han:查德兵}}老师揪到办公室，回来还不服气。
访谈者：您自己做什么活？
受访者：春天采茶，一天挣一百多。明前的{{trap/word:翠兰}}一斤卖好几百，可采茶是细活，一芽一叶，我手粗，头一年老被人笑，现在一天能采四斤鲜叶，比村里好些婆娘还快。夏天帮人剥茭白；冬天上山砍柴。茶厂老板{{han:况得福}}得知我男人没了，让我到{{han:况得福}}茶厂拣茶叶，按天算钱。婆婆{{han:汪来弟}}她眼睛也不好，在家烧饭、看小丫头。
访谈者：婆婆跟您处得好吗？
受访者：好。刚嫁过来那阵，我汉话讲不利索，村里有人在背后讲闲话，说我是买来的。婆婆拿着扫把站在门口骂，说哪个再讲就跟哪个拼命。我男人走了以后，他大伯{{han:操立本}}想把我们的田收回去，也是婆婆去村委会找{{han:储正芳}}讲理，才保住的。
访谈者：山里上学方便吗？
受访者：不方便。儿子读书要走四十分钟山路，冬天天不亮就出门。跑客车的{{han:汪满仓}}顺路带他一段，一分钱不收。小丫头上村里的教学点，一个老师{{han:程秋菊}}教两个年级，{{han:程秋菊}}又教语文又教数学，中午还给伢们热饭。
访谈者：老家还有人吗？
受访者：有。阿爸{{minority/yi:阿侯木且}}是寨子里的{{trap/minority_word:毕摩}}，阿嫫在家种荞子。哥哥{{minority/yi:阿侯拉日}}去年{{trap/minority_word:火把节}}来看我们，给儿子带了一件{{trap/minority_word:查尔瓦}}，儿子披着满村跑。我教伢们唱{{trap/famous:海来阿木}}的歌，大的会唱，小的只会跟着哼。
访谈者：您想过带孩子回凉山吗？
受访者：想过。男人刚走那阵，我天天想回去。可回去住哪里？阿爸阿嫫住的是土坯房，寨子里的学校只读到四年级。这边虽说苦，伢们能念书，婆婆也离不开人。我跟自己讲，我是操家的媳妇，也是阿侯家的女儿，两边都是我的家。过年我还是照我们彝族的规矩杀只鸡，给伢们的爹烧一炷香。
访谈者：大女儿想读书吗？
受访者：想。她说要考到{{trap/place:合肥}}去当医生。我跟她讲，阿嫫一个字不识，在外头受了好多气，你要把书念出来。寨子里跟她一般大的{{minority/yi:吉克曲吉}}，十四岁就嫁人了，我不让我丫头走那条路。她床头贴了一张{{trap/place:天安门}}的画，说将来要去看升旗。
访谈者：登记信息请您说一下。
受访者：家在{{address:岳西县包家乡云岭村石门组7号}}，我老家在{{address:布拖县特木里镇依撒村二组11号}}。我身份证{{id_number@wy1988tri.513429}}，大丫头的{{id_number@wy2012hyphen.340828}}。我电话{{mobile@plus86}}，跑客车的{{han:汪满仓}}的{{mobile@spaced}}。大丫头在学校注册了QQ，号码是{{qq:2873064519}}。我的微信是村里伢帮着开的，叫{{wechat:rige-bt1988}}。
访谈者：名字在表上写对了吗？
受访者：我的名字老写错。低保表上是{{spaced:阿　侯　日　各}}，一个字一个空；学校把大的写成{{spaced:操 阿果}}，把儿子写成{{spaced:操拉 哈}}。
访谈者：最后想说什么？
受访者：男人走了，我没走。婆婆说我是她的丫头。伢们的爹不在了，我在，他们就有个家。
""")

# H1443: Tibetan father from 巴塘 (甘孜), a cook at a scenic-area restaurant near 天堂镇 (岳西); his son has
# leukaemia, his Han wife left; a small daughter.
DOCS["H1443"] = ("family", """\
访谈者：{{minority/tibetan:曲师傅}}，您在景区饭店掌勺几年了？
受访者：七年了。我叫{{minority/tibetan:呷绒曲扎}}，{{trap/place:巴塘}}人，家在{{trap/place:金沙江}}边上。这边人听我名字里有个曲字，以为我姓曲，都喊我{{minority/tibetan:曲师傅}}，喊{{minority/tibetan:扎哥}}的也有，我都答应。
访谈者：怎么从巴塘来到岳西的？
受访者：以前在{{trap/place:成都}}的藏餐馆做饭，{{han:储小燕}}在隔壁奶茶店打工，就认得了。她是{{trap/place:天堂镇}}人，我跟她回来，在{{trap/place:明堂山}}景区饭店上班。
访谈者：孩子是什么时候病的？
受访者：前年。儿子流鼻血止不住，县医院一查，白血病。去{{trap/place:合肥}}{{trap/org:安徽省儿童医院}}，血液科的{{han:疏文涛}}主任说要化疗两年。{{han:疏文涛}}讲话直，说家长一点{{trap/word:疏忽}}不得，发烧就要送来。
访谈者：孩子妈妈呢？
受访者：化疗到第三回，{{han:储小燕}}说她受不了，回了娘家，后来去了浙江，离了婚。两个伢跟我。我不怪她，伢病成那样，哪个当妈的不怕。我们藏族人讲，帐篷塌了也要把锅支起来，日子还得往下过。她每个月还打五百块钱过来，过年给伢们寄新衣服。
访谈者：两个孩子叫什么？
受访者：儿子九岁，藏名{{minority/tibetan:格绒贡觉}}，户口跟他妈姓，叫{{han:储嘉乐}}。同学听我喊他藏名，又以为我姓曲，就喊他{{minority/tibetan:曲贡觉}}。他在{{school:岳西县天堂镇中心小学三年级（4）班}}，休学了一年。丫头{{minority/tibetan:德吉拉初}}五岁，我们喊她{{minority/tibetan:初初}}，在{{school:天堂镇城西幼儿园中（2）班}}。
访谈者：医药费怎么办？
受访者：头一年花了{{trap/number:二十三万}}，医保报了一大半，剩下的是借的。镇里的儿童主任{{han:童春生}}给伢报了困境儿童，我们家吃了低保，又申请了大病救助，{{trap/org:县慈善协会}}给了两万。老板{{han:应建国}}让我请假也照发工资，他说这是{{trap/word:应该}}的。饭店洗碗的{{han:胡再英}}再忙也帮我带丫头。饭店就是{{han:应建国}}农家乐，在山脚下，游客多的时候一天要炒两百多个菜。
访谈者：孩子在学校怎么样？
受访者：化疗掉头发，他戴个帽子上学，有同学扯他帽子。班主任{{han:佘丽萍}}老师在班上讲了一堂课，讲白血病不传染，后来全班给他叠了一千只纸鹤。社工{{compound:澹台语桐}}每个月来陪他下棋，还有个大学生{{compound:端木青禾}}，暑假给他补课。
访谈者：住院的时候谁照顾？
受访者：我请假陪着，丫头托给对门的{{han:宋腊英}}。病房里隔壁床的伢叫{{han:鲍小舟}}，也是白血病，比我儿子小一岁，两个伢隔着帘子下五子棋。{{han:鲍小舟}}他妈妈会做饭，常多做一份给我们。骨髓配型我跟丫头都去配了，丫头配上了一半，医生讲先不用移植，化疗效果好就不做。
访谈者：您自己撑得住吗？
受访者：撑不住也要撑。有一回在医院楼梯间里坐了一夜，想不通我们家怎么就摊上了这个事。第二天早上儿子醒了，喊阿爸我饿了，我就起来去买包子了。后来我在手机上找到一个病友群，家长们互相出主意，哪里住宿便宜，哪种药能报销，我才慢慢摸清门路。
访谈者：老家的人知道吗？
受访者：知道。阿妈{{minority/tibetan:秋英志玛}}在巴塘天天转经，我哥{{minority/tibetan:扎西次称}}卖了两头牦牛，把钱打过来。老乡{{minority/tibetan:洛绒嘎玛}}在合肥读研究生，每回住院都来帮我跑手续，给我当翻译。
访谈者：孩子现在怎么样？
受访者：上个月复查，指标都正常了，{{han:疏文涛}}讲再巩固一年就能停药。儿子听了高兴得在病房里跳，护士喊他莫跳，怕摔着。他头发长出来一点了，软软的，像小羊羔的毛。他说等头发长长了，要扎个辫子，跟巴塘的男人一样。
访谈者：您在岳西待得惯吗？
受访者：惯了。这边山多，跟老家有点像，就是没有雪山。春天满山映山红，我带伢们去采茶，丫头背个小竹篓，采一把丢一把。过年我给饭店里的人做牦牛肉包子，他们给我做{{trap/word:石耳炖鸡}}。
访谈者：孩子平时爱说什么？
受访者：他问我巴塘是么样子，我说有雪山，有桃花，过年跳{{trap/minority_word:弦子舞}}。病房里护士进来，他说{{trap/minority_word:扎西德勒}}，护士都学会了。我给他念{{trap/famous:仓央嘉措}}的诗，他听不懂，说好听。
访谈者：登记信息请您说一下。
受访者：住在{{address:岳西县天堂镇城西社区廉租房2栋301}}，老家在{{address:巴塘县夏邛镇茶雪村3号}}。我的身份证{{id_number@my1985fwspaced.513335}}，儿子的{{id_number@my2016x.340828}}。我电话{{mobile@plus86spaced}}，{{han:童春生}}的{{mobile@s38}}。我微信叫{{wechat:quzha_batang}}，儿子在医院用平板上网课，QQ号{{qq:95127408}}。
访谈者：名字在表上写得对吗？
受访者：大病救助表上我是{{spaced:呷 绒 曲 扎}}，还有一张写成{{spaced:呷绒　曲扎}}，丫头写成{{spaced:德 吉 拉 初}}。
访谈者：最后想说什么？
受访者：等儿子病好了，我带他回巴塘，看看金沙江。
""")

# H1444: Mongolian mother from 乌拉特中旗, married into 二郎镇 (宿松); her husband was paralysed by a fall from a
# roof; a son and a daughter.
DOCS["H1444"] = ("family", """\
访谈者：{{minority/mongolian:娜姐}}，您从内蒙古嫁过来多少年了？
受访者：十四年了。我叫{{minority/mongolian:娜敏陶格斯}}，老家{{trap/place:巴彦淖尔}}{{trap/place:乌拉特中旗}}，在{{trap/place:阴山}}北边放羊的。男人{{han:石春旺}}那年在我们旗里修风电场，认得了，我就跟他到{{trap/place:二郎镇}}来了。
访谈者：您爱人是怎么受伤的？
受访者：四年前帮人盖房子，从二楼顶上摔下来，腰断了，下半身没知觉，一级残疾，天天躺在床上。{{han:石春旺}}他以前是个{{trap/word:石头}}一样的人，扛一百斤水泥上楼不喘气，现在翻个身都要我帮。
访谈者：孩子们多大？
受访者：儿子十二，蒙古名{{minority/mongolian:阿古拉毕力格}}，户口上写{{minority/mongolian:石毕力格}}，老师同学都喊他{{minority/mongolian:小毕}}，在{{school:二郎镇中心小学六年级（3）班}}。丫头八岁，叫{{minority/mongolian:伊和珠拉}}，汉名{{han:石雨萱}}，在{{school:二郎镇金塘小学二年级（1）班}}，我们在家喊她{{minority/mongolian:珠丫头}}。
访谈者：谁在帮你们？
受访者：镇民政办的{{han:项春来}}给两个伢报了困境儿童，每人每月{{trap/number:一千零五十元}}，男人的两项补贴也办了。村里儿童主任{{han:柳凤娇}}一个礼拜来一趟，{{han:柳凤娇}}她自己有个残疾的哥哥，晓得我们难。镇卫生院的{{han:毛志刚}}医生每月上门给男人换导尿管，他讲褥疮是大{{trap/word:毛病}}，要两个钟头翻一次身。社工{{compound:皇甫晴岚}}教我给男人按摩。
访谈者：您靠什么挣钱？
受访者：在{{trap/place:龙感湖}}边上的养鸭场打零工，一天八十，离家近，中午能回来给男人喂饭。鸭场老板人实在，晓得我家的事，下雨天让我早点回去，过年还分我两只板鸭。赔偿的事，房主{{han:黄有根}}一开始不认账，说是我男人自己不小心。是律师{{compound:宗政星河}}帮我们打的官司，他赔了六万，全花在医院里了。{{trap/org:县残联}}的{{han:凌主任}}给男人送来一辆轮椅，{{compound:皇甫晴岚}}又找人把门槛锯了，推得出门。
访谈者：孩子们怎么样？
受访者：{{minority/mongolian:小毕}}懂事早，放学回来就帮他爸擦身子、倒尿袋。班主任{{han:凌晓东}}说他上课打瞌睡，我才晓得他夜里起来帮他爸翻身。他这个年纪本该满山跑，我心里过意不去，跟他讲，你爸的事有妈，你把书读好。{{han:凌晓东}}老师跟我说，伢要睡觉，要念书，小学{{trap/word:毕业}}了还要考初中。{{minority/mongolian:珠丫头}}胆小，看见她爸疼得叫，就躲到门后头哭。
访谈者：老家的人来过吗？
受访者：我哥{{minority/mongolian:嘎拉僧道尔吉}}来过两回，带了一箱{{trap/minority_word:奶皮子}}，还杀了只羊给男人补身子，炖{{trap/minority_word:手把肉}}。他走的时候留了一千块钱压在男人枕头底下，男人哭了一晚上。阿妈{{minority/mongolian:齐木德花}}走不动了，天天视频，问外孙长多高了。我给伢们讲{{trap/famous:嘎达梅林}}，儿子说他长大要当警察。
访谈者：您爱人心情怎么样？
受访者：头两年想寻死，不吃饭。后来村小退休的{{han:毕老师}}天天来陪他下象棋，讲笑话，才慢慢好了。{{han:毕老师}}便说，人躺着，脑子不能躺着。{{han:毛志刚}}倒是不让他多坐，说坐久了伤口又要烂。他现在躺在床上用手机帮人卖茶叶，一个月也能挣几百。
访谈者：您一天是怎么过的？
受访者：早上五点起来，给男人翻身、擦洗、喂饭，六点半喊伢们起来，送丫头上学，儿子自己骑车走。七点到鸭场，中午回来一趟，下午接着干，天黑了回家烧饭、洗衣服、看丫头写作业。夜里十二点、三点各起来一回给男人翻身，一年到头就过年歇几天。有时候累得站着都能睡着，可一看伢们，又有劲了。
访谈者：您爱人说过什么让您难忘的话吗？
受访者：他跟我讲，早晓得你跟我到南方来受这个罪，当初就不该把你带出来。我说你莫讲这个，草原上的女人，认定了就不回头。
访谈者：伢们想去内蒙古看看吗？
受访者：想。{{minority/mongolian:珠丫头}}没见过草原，天天问我草原上有没有{{trap/place:宿松}}的稻田大。我说草原上的天比这里大，夜里星星多得数不过来。等她爸能坐起来了，我们一家坐火车回去，让她骑一回马。
访谈者：登记信息请您说一下。
受访者：家在{{address:宿松县二郎镇金塘村柳树组18号}}，我娘家在{{address:乌拉特中旗海流图镇新忽热嘎查5号}}。我的身份证{{id_number@wy1986spaced.150824}}，儿子的{{id_number@my2012fw.340826}}。我电话{{mobile@p86h}}，{{han:柳凤娇}}的{{mobile@plain}}。我微信{{wechat:Namin_taogesi86}}。儿子有个QQ，号码写在他文具盒盖子里：{{qq:3085162749}}。
访谈者：名字在表上写对了吗？
受访者：残疾补贴表上男人是{{spaced:石 春 旺}}，我写成{{spaced:娜敏 陶格斯}}，儿子学籍上写成{{spaced:阿 古 拉 毕 力 格}}。
访谈者：最后您想说什么？
受访者：我们蒙古人说，骆驼再累也要把东西驮到地方。这个家我驮着，驮到伢们长大。
""")

# H1445: Han 儿童主任 of 云岭村, a hill village of 包家乡 (岳西), reading out her list.
DOCS["H1445"] = ("staff", """\
访谈者：{{han:储正芳}}主任，这本子上记的是什么？
受访者：村里困境儿童的台账。我叫{{han:储正芳}}，在{{trap/place:包家乡}}云岭村当儿童主任五年了，村在山顶上，离{{trap/place:鹞落坪}}不远。我一户一户念，你记。
访谈者：好。
受访者：头一户，{{minority/yi:阿侯日各}}，彝族，{{trap/place:凉山}}嫁过来的。男人{{han:操立新}}在工地上摔死了，三个伢：{{minority/yi:操阿果}}、{{minority/yi:操拉哈}}、{{han:操婷婷}}。困境儿童加低保。大的我喊她{{minority/yi:阿果妹}}，成绩在乡里数一数二。
访谈者：第二户？
受访者：第二户是孤儿，{{han:詹小满}}，女，十岁。爸爸肝癌走的，妈妈喝农药走的，跟大伯{{han:詹国胜}}过，住{{address:包家乡云岭村杉树组21号}}。伢在{{school:包家乡中心小学四年级（2）班}}，身份证{{id_number@wy2015.340828}}，孤儿基本生活费每月{{trap/number:一千五百六十元}}。他大伯说这钱一分不动，给伢存着，我带他到{{trap/org:邮储银行}}开了个{{trap/word:储蓄}}卡，写的是伢的名字。
访谈者：第三户？
受访者：第三户，兄弟两个，{{han:殷子谦}}和{{han:殷子恒}}，爸爸在{{trap/place:宿州}}服刑，妈妈跑了，跟爷爷{{han:殷再兴}}过，{{han:殷再兴}}再过两年就八十了。两个伢懂事，放学先上山扯猪草，再回来写作业，拿的是服刑人员子女补助，住{{address:云岭村茶园组6号}}。{{han:殷子谦}}的身份证{{id_number@my2013quad.340828}}，爷爷电话{{mobile@fullwidth}}。
访谈者：第四户？
受访者：第四户户主{{han:操守仁}}，七十一，一辈子讲{{trap/word:操守}}的老党员。孙子{{han:操子航}}八岁，孤独症，不说话，两项补贴去年给他办下来了。伢的爸妈在{{trap/place:苏州}}打工，两年没回来，算事实无人抚养。{{han:操守仁}}他一个人带，{{trap/word:操劳}}得头发全白了。
访谈者：还有吗？
受访者：第五户，{{han:檀冬生}}家。他去年砍树被树压断了腿，妈妈智力残疾，两个伢{{han:檀雨桐}}、{{han:檀雨泽}}都在上学，一家四口靠低保。这户不算事实无人抚养，算困境儿童，每月有补助。村医{{han:江德顺}}每个礼拜上门给他换药，伢们放学回来就帮着烧饭。
访谈者：这些户平时谁在跟？
受访者：乡民政办的{{han:詹德明}}总负责，县社工站派了{{compound:南宫槐序}}跟第二户、第四户，{{compound:上官雁秋}}跟头一户。大学生志愿者{{compound:钟离青崖}}每年暑假上山来，给伢们补课。{{compound:南宫槐序}}去年还帮{{han:操子航}}联系了县里的康复机构，一个礼拜送两回，车费是{{trap/org:县妇联}}出的。
访谈者：入户一般看些什么？
受访者：看伢吃得饱不饱，穿得暖不暖，床上有没有被子，作业有没有人管。还要看大人，爷爷奶奶身体怎么样，药有没有按时吃。有一回我去殷家，两个伢自己在灶台上煮面条，锅都烧糊了，爷爷在床上发烧，烧到三十九度。我赶紧喊{{han:江德顺}}，又把两个伢领到我家吃了顿饱饭。从那以后，我每个礼拜至少去一趟殷家。
访谈者：山里工作难在哪里？
受访者：路远。村里十一个组，最远的走路要一个半钟头，下雨路滑，我摔过好几跤。有的老人不识字，补助到没到账也不晓得，我每个月初一个一个打电话问。去年{{han:殷再兴}}的卡被他侄子拿去了，我跟{{han:詹德明}}上门要回来的。
访谈者：村里年轻人多吗？
受访者：不多。年轻的都出去了，{{trap/place:上海}}、{{trap/place:无锡}}、苏州，留下来的是老人和伢。村小以前有两百多个学生，现在只剩三十几个。伢们放学回家，屋里就一个老人，作业没人看，病了没人晓得。我这个儿童主任，说白了就是替他们爸妈多看一眼。
访谈者：您自己家里呢？
受访者：我男人在镇上开货车，儿子在{{trap/place:安庆}}读高中。我家就在村部边上，伢们放了学都往我家跑，写作业、看电视、蹭饭。我男人说我们家像个托儿所，嘴上嫌，过年还是给每个伢买了一双新球鞋。
访谈者：您觉得孩子们最缺什么？
受访者：缺人陪。钱是有了，可爸妈不在身边。{{han:詹小满}}跟我讲，{{han:储姨}}，你能当我妈不？我眼泪一下子就下来了。
访谈者：名单上名字写对了吗？
受访者：县里下发的表常错。{{spaced:詹　小　满}}被写得一个字一个空，{{spaced:殷 子 恒}}也是，{{spaced:操 守仁}}中间空了一格，社工写成{{spaced:南 宫 槐 序}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@s74}}，工作微信{{wechat:chuzf_yunling}}。伢们有事还在QQ上给我留言，我的QQ是{{qq:1376049582}}。
访谈者：最后想说什么？
受访者：我当儿童主任一个月补三百块，跑腿的车费都不够。有一年我腰椎间盘突出，躺了半个月，伢们轮流来看我，带的是自家地里摘的桃子、树上打的板栗。可山上这些伢，我不管哪个管？我最放心不下的，是{{han:詹小满}}
""")

# H1446: Han civil-affairs clerk of 二郎镇 (宿松), interrupted by phone calls.
DOCS["H1446"] = ("staff", """\
访谈者：{{han:项干事}}，您在镇民政办管哪一块？
受访者：低保、特困、残疾人、困境儿童，都是我。我叫{{han:项春来}}，在{{trap/place:二郎镇}}民政办干了九年。今年县里搞关爱{{trap/word:项目}}，事更多了。
访谈者：您是怎么干上民政这一行的？
受访者：我是退伍兵，回来分到镇里，先在综治办，后来调到民政办。头一年我跑遍了全镇十六个村，哪家有残疾人、哪家是孤儿，心里都有本账。那时候困境儿童还没有专门的补助，伢们只能跟着大人吃低保。这几年政策好了，钱多了，可伢们缺的不光是钱，还缺大人陪，缺人跟他们讲讲话。镇里现在一百零几个困境儿童，每个季度跟村里对一回名单，一个都不能漏。
访谈者：事实无人抚养是怎么认定的？
受访者：要父母两个都够条件：死亡、失踪、重残、重病、服刑、强制戒毒，或者一方这样、另一方联系不上。我们要入户，要看证明，要公示。像{{trap/place:金塘村}}{{minority/mongolian:娜敏陶格斯}}家，男人{{han:石春旺}}一级残疾，她自己能干活，两个伢就只能报困境儿童，报不了事实无人抚养。
访谈者：那家您常去？
受访者：一个月去一回。{{minority/mongolian:娜姐}}要强，从来不哭穷。她儿子{{minority/mongolian:石毕力格}}有一回在学校晕倒，是饿的，早饭钱省下来给他爸买药。我跟学校讲了，现在早餐免费。村里儿童主任{{han:柳凤娇}}，我跟{{han:柳凤娇}}讲，这家你隔三天去看一眼。
受访者：喂？{{han:童奶奶}}啊，您莫急，钱十五号到，还没到日子……好，好。
受访者：花园村的{{han:童奶奶}}，孙女{{han:童欣怡}}是孤儿，她一个月要打三回电话问钱到了没有。
访谈者：孤儿的钱是多少？
受访者：散居的每月{{trap/number:一千四百八十元}}。{{han:童欣怡}}十四岁，在{{school:宿松县二郎中学八年级（1）班}}，住{{address:二郎镇花园村中屋组12号}}，身份证我背得出来：{{id_number@wy2010spaced.340826}}。伢成绩好，奶奶说她的{{trap/word:童年}}是在药罐子边上过的，她爸妈都是病死的。
访谈者：还有哪些难办的？
受访者：{{han:况国庆}}家。他吸毒被强制戒毒，老婆跑了，儿子{{han:况小宝}}跟着他老娘。{{trap/word:况且}}他老娘也有病，七十几了。我跟县民政局的{{compound:夏侯以宁}}汇报过，按事实无人抚养报上去，批了。伢住{{address:二郎镇花园村下湾组3号}}，身份证{{id_number@my2017hyphen.340826}}。
访谈者：听说还有个蒙古族的孩子？
受访者：你说许岭那个丫头？那是{{trap/place:许岭镇}}的，不归我们管。她妈是蒙古族，她爸姓鲍，学校写成{{minority/mongolian:鲍敖日格乐}}，家里喊她{{minority/mongolian:小敖}}。
受访者：喂，{{compound:濮阳素秋}}？……对，明天去{{han:况小宝}}家，你把量表带上。……社工站新来的，跟况家的伢。
访谈者：审批要多久？
受访者：材料齐的话，镇里审核十个工作日，报县里审批，再公示。最怕的是材料不齐，有的爸妈失联，要派出所出证明，一跑就是几个月。{{han:况国庆}}那户就是所里的{{han:宛桂英}}帮我们查的，她跑了三趟戒毒所。县里管这块的{{compound:夏侯以宁}}讲，宁可多跑几趟，不能让伢等。
访谈者：您一天要接多少电话？
受访者：几十个。有人打{{trap/hotline:12349}}投诉，县里转下来，我也要回。有一回半夜一点，{{han:况小宝}}他奶奶打电话说伢发高烧，我开车把他们送到{{trap/org:宿松县人民医院}}。
访谈者：材料上常见什么问题？
受访者：名字错。{{minority/mongolian:阿古拉毕力格}}有时候写成{{spaced:阿古拉　毕力格}}，有时候写成{{spaced:石 毕 力 格}}；{{spaced:童 欣 怡}}、{{spaced:况　小　宝}}也是一个字一个空，系统就对不上。
访谈者：您的联系方式？
受访者：我电话{{mobile@hyphen}}，办公室QQ{{qq:857203614}}，微信{{wechat:xiangcl_erlang}}。{{han:童奶奶}}不会用手机，她孙女帮她记的号是{{mobile@s38}}。
访谈者：补助发下去以后还管吗？
受访者：管。钱打到卡上，我们要回访，看钱是不是用在伢身上。有的爷爷奶奶舍不得花，全存着，伢冬天还穿单鞋；有的大人拿去打牌。碰到这种，我就上门讲道理，讲不通就改成把钱打到学校，给伢交伙食费。
访谈者：您自己家里支持吗？
受访者：我老婆{{han:倪秀珍}}在镇小学食堂做饭，她晓得哪个伢是困境儿童，打饭的时候给人家多舀一勺肉。我女儿读初二，跟{{han:童欣怡}}一个学校，她们两个还是好朋友，我从来没跟女儿讲过{{han:童欣怡}}家里的事。
访谈者：干这个最难的是什么？
受访者：难的是人心。有人骂我们卡着不批，有人托关系要硬报。我就一条，照政策来，伢的钱一分不能错。有人说我死板，我认。{{compound:夏侯以宁}}也是这么讲的，他说民政的人心要软，手要硬。
""")

# H1447: Han head teacher of a fifth-grade class at 城南小学 in 宿松 town.
DOCS["H1447"] = ("staff", """\
访谈者：{{han:贺雅琴}}老师，您当班主任多少年了？
受访者：十六年。我叫{{han:贺雅琴}}，在{{trap/place:宿松}}县城教语文，今年带{{school:城南小学五年级（2）班}}。全班四十六个伢，困境儿童五个，我本子上都记着。
访谈者：能说说这几个孩子吗？
受访者：头一个是{{minority/uyghur:萨依普加马丽}}，维吾尔族，花名册上是{{minority/uyghur:热萨依普加马丽}}。她爸在菜市场打馕，家长签字写的是{{minority/uyghur:热合木图拉‧吐尔地}}，她妈精神上有病。伢话少，作文写得好，写她爸的馕坑，写得我都想去买。同学喊她{{minority/uyghur:小萨依}}。她同桌{{han:汪一鸣}}是个热心肠，见她中午只吃馕，就把自己的鸡腿分她一半。
受访者：第二个，{{han:檀沐晴}}，爸爸前年车祸走了，妈妈{{han:倪春燕}}乳腺癌在化疗，一个人带她。{{han:檀沐晴}}就是爱哭，一哭就收不住。
受访者：第三个，{{han:仰小军}}，跟爷爷奶奶过，爸妈离了婚都不管。我喊{{han:仰小军}}起来回答问题，他老是{{trap/word:仰头}}看天花板。
受访者：第四个是新转来的彝族伢{{minority/yi:马海约哈}}，妈妈{{minority/yi:阿说莫色}}在{{trap/place:小孤山}}那边的鱼塘打工，爸爸不晓得在哪块。
受访者：第五个，{{han:过家宝}}，{{trap/word:过年}}的时候他爸喝醉酒掉塘里淹死了，妈妈改了嫁，他跟外婆过。下课他不跟男伢玩，跟女伢{{trap/word:过家家}}。
访谈者：这些孩子的成绩怎么样？
受访者：参差不齐。维吾尔族丫头语文好，数学差一点；{{han:檀沐晴}}她妈生病以后上课老走神，成绩掉得厉害；{{han:仰小军}}爱画画，数学考过二十几分。我不拿分数压他们，先让他们愿意来上学。期末{{han:仰小军}}画的一幅画在县里得了奖，画的是他爷爷在田里插秧，我贴在教室后墙上，他每天进门都要看一眼。
访谈者：学校怎么帮他们？
受访者：一人一本关爱档案。心理老师{{compound:申屠雅南}}每个礼拜给他们上一次团体辅导。{{han:檀沐晴}}她妈住院那阵，我把她接到我家住了两个礼拜。校长{{han:吕觉民}}却讲光免午餐不够，又找{{trap/org:县关工委}}给他们每人配了一套新课桌椅和台灯。县里社工{{compound:欧阳惜文}}跟她家，我们一个月碰一回头。
访谈者：班上同学欺负他们吗？
受访者：有过。有男伢学彝族伢讲话的口音，我把那几个喊到办公室，让他们给他道歉。后来班上排{{trap/word:黄梅戏}}，我让{{minority/yi:小马海}}演{{trap/famous:董永}}，全班笑得前仰后合，从那以后没人再欺负他。
访谈者：家访多吗？
受访者：一学期至少一回。{{han:仰小军}}爷爷住{{address:孚玉镇城南社区老粮站宿舍5栋103}}，我去了三回才找到门。{{minority/yi:小马海}}家在{{address:宿松县汇口镇复兴村鱼塘工棚2号}}，屋里就一张床、一个电饭锅。还有一家，伢的妈妈躺在床上，看见我来了，硬撑着爬起来倒茶，我坐了半个钟头都没敢讲伢成绩掉了的事。
访谈者：您自己怎么顾得过来？
受访者：顾不过来。我自己的伢也在读小学，放了学跟着我在办公室写作业。家委会的{{han:殷丽华}}看我忙，主动把五个伢的生日记下来，到了日子买个小蛋糕，在班上一起唱歌。{{han:过家宝}}过十岁生日那天，哭得稀里哗啦，说长这么大头一回有人给他唱生日歌。
访谈者：家长们怎么联系？
受访者：有个家长QQ群，也有微信群。{{han:倪春燕}}的QQ是{{qq:２０５８３９７１６４}}，维吾尔族丫头她爸不会打字，就发语音。{{minority/yi:阿说莫色}}的微信叫{{wechat:mose_liangshan}}，电话{{mobile@fws}}。{{han:仰小军}}爷爷只有老年机，号码{{mobile@plus86dash}}。
访谈者：跟家长沟通难吗？
受访者：难。有的爷爷奶奶不识字，通知看不懂，只能打电话一句一句讲。有的爸妈在外地，电话打过去讲两句就说忙，挂了。有一回开家长会，五个伢的座位上只来了一个人，其他四个位子空着。散了会，我把四个伢留下来，带他们去吃了碗面。
访谈者：这些孩子的学籍信息呢？
受访者：{{minority/yi:马海约哈}}转学过来，学籍号就是身份证：{{id_number@my2014fwspaced.513429}}。{{han:过家宝}}的是{{id_number@my2014tri.340826}}。
访谈者：名字有录错的吗？
受访者：多。{{spaced:马 海 约 哈}}被录成一个字一个空，{{spaced:热　萨依普加马丽}}中间空一格，还有{{spaced:檀 沐 晴}}、{{spaced:申 屠 雅 南}}。
访谈者：您怎么看“困境儿童”这个叫法？
受访者：我从来不在班上讲这四个字。表上这么填，是为了让他们拿到钱；可在教室里，他们就是我班上的伢，该表扬表扬，该批评批评。伢们心细，你对他们另眼相看，他们比哪个都先觉出来。
访谈者：您觉得最难的是什么？
受访者：伢们在学校好好的，回到家是一个人。放学我总站在校门口，看着一个一个被接走，最后一个走的，总是{{han:仰小军}}
""")

# H1448: Han university student from 岳西 who volunteers in the holidays, tutoring children of the set.
DOCS["H1448"] = ("staff", """\
访谈者：{{han:笪同学}}，您做志愿者多久了？
受访者：三年了。我叫{{han:笪晓雯}}，{{trap/place:岳西}}人，在{{trap/place:合肥}}读师范，寒暑假回来跟{{trap/org:团县委}}的志愿服务队。队长是{{compound:赫连青柏}}，{{trap/place:天堂镇}}人。
访谈者：为什么想做志愿者？
受访者：我自己也是留守儿童。小学六年，爸妈都在{{trap/place:宁波}}打工，我跟着奶奶在山里长大，一年见爸妈一回。奶奶不识字，家长会都是我自己去开，坐在大人的位子上，脚够不着地。那时候村里来过几个大学生支教，带我们唱歌、画画，讲山外面的事。我就想，等我上了大学，也要回来做这个。
访谈者：您结对的是哪些孩子？
受访者：三个。头一个是{{minority/tibetan:曲贡觉}}，藏族，白血病。他爸{{minority/tibetan:呷绒曲扎}}在景区饭店当厨师，请不起家教，我一个礼拜去他家两回。{{minority/tibetan:格绒贡觉}}聪明，数学一点就通，就是化疗以后手抖，字写得歪歪扭扭。他妹妹{{minority/tibetan:初初}}趴在桌子边上看，喊我{{han:笪姐姐}}。
访谈者：第二个呢？
受访者：包家乡的{{minority/yi:操阿果}}，彝族，在乡里读初中，住校，我们在QQ上上课。她想考县中，我给她补英语。她妈不识字，每回都在电话里谢我，谢得我不好意思。她班主任{{han:宛如玉}}也加了我QQ，号码{{qq:3560718294}}，{{han:宛如玉}}跟我讲，这伢要是能出去，是山里飞出去的金凤凰。
访谈者：第三个？
受访者：{{han:詹小满}}，孤儿，十岁。{{han:詹小满}}她不爱说话，我陪她画画，画了一个暑假，她才开口喊我一声姐。她大伯{{han:詹国胜}}话也少，每回我去，他就去菜园里摘一篮黄瓜让我带走。
访谈者：做志愿者遇到过难处吗？
受访者：有。头一回去藏族伢家，他奶奶{{minority/tibetan:秋英志玛}}从巴塘来帮忙，只会说藏话，我们两个比划了半天，最后是{{minority/tibetan:洛绒嘎玛}}在电话里翻译。还有一回山上下暴雨，我跟队友{{compound:闻人砚秋}}被困在云岭村，是{{han:储正芳}}打着手电把我们接到她家。
访谈者：队里还有谁？
受访者：{{compound:司空晓禾}}在宿松那边，结对的是维吾尔族的{{minority/uyghur:萨依普加马丽}}。我们队周末带伢们爬{{trap/place:司空山}}，她第一个爬到顶。{{compound:赫连青柏}}说，下回把宿松的伢和岳西的伢凑到一起，办个夏令营。学医的{{compound:公良一苇}}管药箱，伢们哪个磕破了皮都去找他。
访谈者：你们给孩子们做些什么？
受访者：补课是一块，更多的是陪。带他们读绘本、做手工、打羽毛球，教他们用电脑查资料。山里伢见的世面少，我们就给他们讲大学是什么样子，图书馆有多大，食堂有几层。有个伢听完跟我讲，姐姐，我以后也要去你们学校吃那个三层楼的食堂。大家都笑了，可我记住了他那个眼神。
访谈者：您家里支持您做这个吗？
受访者：我爸{{han:笪长青}}开始不乐意，说放假不在家里帮忙，跑山上去做么事。后来他跟我去了一趟{{han:詹小满}}家，回来一晚上没讲话，第二天把我上大学用剩的书都捆好了，叫我带上山。我妈{{han:吴春兰}}便跟着织了几双毛线袜，给伢们冬天穿。
访谈者：队里的经费从哪里来？
受访者：团县委给一点，剩下的是我们自己在网上众筹的。{{trap/place:合肥}}有家书店的老板{{han:鲁明哲}}，每个学期捐两箱书，还不让我们写他的名字。有一年众筹差了两千块，队里几个人把自己的奖学金凑上了。
访谈者：孩子们的联系方式您怎么管？
受访者：都记在队里的表上，不外传。{{minority/tibetan:洛绒嘎玛}}的电话{{mobile@p86n}}，{{han:詹国胜}}的{{mobile@s434}}。那个藏族伢用他爸的微信{{wechat:quzha_batang}}跟我视频。队长的微信{{wechat:Helian-qingbai}}，我的微信{{wechat:wxid_7tq3bn8x2k}}，QQ{{qq:1083657294}}。
访谈者：夏令营办在哪里？
受访者：借的{{address:岳西县天堂镇城东路团县委青年之家3楼}}，伢们住在{{address:天堂镇城东路民宿楼8号}}，头一回住集体宿舍，晚上兴奋得睡不着，讲悄悄话讲到半夜。报名表上志愿者也要填身份证，我的是{{id_number@wy2004quad.340828}}，{{compound:赫连青柏}}的是{{id_number@my2003hyphen.340828}}。
访谈者：报名表上名字写对了吗？
受访者：错得多。{{spaced:笪 晓 雯}}被写成一个字一个空，{{spaced:曲　贡　觉}}也是，{{spaced:司 空 晓 禾}}、{{spaced:赫　连　青　柏}}，还有{{spaced:秋英 志玛}}中间空了一格。
访谈者：一个暑假下来累吗？
受访者：累。山路难走，一天要跑两三户，晒得跟黑炭一样。有一回我在路上中了暑，是放牛的大爷把我扶到树底下，给我喝了一碗凉茶。可是看着伢们一点点变了，话多了，笑多了，成绩上来了，就觉得值。
访谈者：您最大的收获是什么？
受访者：伢们教我的比我教他们的多。那个藏族伢化疗那么疼，从来不喊，还安慰他爸。我想毕业了回岳西教书。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1441,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout183",))


if __name__ == "__main__":
    main()
