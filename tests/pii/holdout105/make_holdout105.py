# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 105 (tests/pii/holdout105/H825-H832 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 104, written at the same time by another
writer, is not an earlier set).

Set 105 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 大病救助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in or
around 保山 (western Yunnan): a Mongolian widow from 阿鲁科尔沁旗 living with her late husband's family in 隆阳
(板桥镇); a Kham Tibetan grandfather from 香格里拉 (迪庆) whose son died on the road and whose grandson boards in the
迪庆 class of a school in 保山; a Kazakh father from 福海 who tends the boiler of a hot-spring hotel in 腾冲 while his
wife, who lost a leg, and his mother keep the children at home; a Hui family of jade traders in 腾冲, the father
paralysed by a fall from a lorry, told by the mother; a Dai mother in 龙陵 (勐糯镇) whose husband left for 瑞丽 and
never came back; a Han primary-school teacher in 施甸 (姚关镇) who reaches the parents of her pupils on WeChat and QQ;
a Han township social worker in 昌宁 (卡斯镇) reading out her register; and a Han father in 腾冲 (界头镇) who lost
his wife to cancer and raises three children with nicknames that are words.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names (萨仁塔娜, 宝音其其格, 朝鲁巴特尔, 苏和巴雅尔, 其劳高娃), a Han surname before a Mongolian given name
(段诺敏), a short form after the full name (乌日更达来 then 乌日更) and the Han names of the same people (白月华,
段雅琴, 段志远); Kham Tibetan names of 迪庆 (鲁茸吉称, 此里央宗, 农布江初, 斯那永宗, 都吉央宗, 阿称品措, 格茸追美,
白玛曲吉) with a short form (扎西七林 then 七林, also 孙七林 on a school list) and Han names of Tibetans (孙吉成,
孙文秀); Kazakh given name + father's name with and without the dot (叶斯波力·加尔肯, 叶斯波力加尔肯,
阿依达娜·叶斯波力, 阿依达娜叶斯波力, 库兰·托列吾汗, 哈布德力·吐尔逊) and short forms (叶斯波力, 别尔德汗, 萨吾列,
塔布斯); Han-form Hui names (马月琼, 纳德明, 纳俊杰, 闪国林, 沙阿訇) beside 经名 used alone (纳斐萨, 阿布伯克尔,
朱奈德, 苏迈耶, 哈基姆) and after a Han surname (纳扎克利雅 then 扎克利雅, 纳阿伊舍, 闪赛白, 马法蒂玛); Dai names with
the 岩- of men and the 玉- of women (岩温坎, 岩应香, 岩帕罕, 岩叫, 岩软, 玉香叫, 玉喃, 玉罕旺, 玉应喃) beside their
Han-form names (线国华, 方秀芝, 线俊豪); Han names with the surnames of 保山 (寸, 尹, 段, 杨, 茶, 晏, 俸, 闵, 线, 刀, 蔺,
封) and others, with titles and kin words, names that contain words (周家和, 周长青, 陈秋风, 寸光明, 杨家和), nicknames
that are words (芒种, 松果, 茴香, annotated whole), a surname with only a title or kin word (尹所长, 俞所长, 老段,
杨老师, 沙阿訇, 郑主任, 鲁支书, 尹大姐, annotated whole), names directly before particles and verbs and after
叫/是/给/跟/和/找/让 (跟和志强说, 给岩应香, 让松果); spaced names (fully spaced in half- and full-width spaces, a
dotted name spaced throughout and one with spaces around the dot only) and names split in two; compound surnames
after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:寸光明}}``, ``{{qq:2749013865}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui, dai) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1984spaced.150421}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (plain, x, spaced, hyphen, quad, fullwidth; spaced,
                                   hyphen, s38, h38, s434, plus86, plus86dash, fullwidth);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kin word after a name (老师, 大夫, 医生, 经理, 校长, 大姐) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 就, 还, 的, 家, 他, 她, 他们家, 那边) are outside the span;
a surname with only a title or kin word (尹所长, 老段, 沙阿訇) is annotated whole, as are nicknames (芒种). Han-style
names of Mongolian, Tibetan, Hui and Dai people (白月华, 孙吉成, 纳德明, 线国华) are category han; a Han surname before
a non-Han given name (段诺敏, 孙七林, 纳扎克利雅) and the 岩-/玉- names of the Dai are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout105/make_holdout105.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(105_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui", "dai")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10, "dai": 10}

MOBILE_PREFIXES = ["133", "139", "147", "152", "159", "177", "180", "182", "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H825: Mongolian widow from 阿鲁科尔沁旗 living with her late husband's family in 隆阳 (板桥镇), two children.
DOCS["H825"] = ("family", """\
访谈者：阿姨，听口音您不是本地人吧？
受访者：不是，我是蒙古族，老家在{{trap/place:阿鲁科尔沁旗}}，{{trap/place:赤峰}}那边的。我叫{{minority/mongolian:萨仁塔娜}}，嫁到{{trap/place:隆阳}}以后，村里人念不顺，给我起了个汉名叫{{han:白月华}}，后来户口本上也改成了这个。我男人{{han:段学林}}是{{trap/place:板桥镇}}人，早些年在我们旗里修公路，就这么认识的。
访谈者：您爱人现在……
受访者：走了三年了，肝癌，查出来就是晚期。他走了以后，我带着两个孩子留在婆家，跟公公{{han:段正荣}}、婆婆{{han:杨银仙}}一起过。公公腿脚不好，婆婆七十三了，还天天下地。
访谈者：孩子们多大了？
受访者：姑娘{{minority/mongolian:段诺敏}}十二岁，学校里用的名字是{{han:段雅琴}}，在{{school:隆阳区板桥镇第二中学初一（4）班}}住校。儿子{{minority/mongolian:乌日更达来}}八岁，汉名{{han:段志远}}，在{{school:板桥镇青龙完小二年级（3）班}}。家里喊他{{minority/mongolian:乌日更}}，{{minority/mongolian:乌日更}}就是天刚亮的意思。{{minority/mongolian:段诺敏}}她爸走的时候她九岁，懂事了，哭了好几个月。
访谈者：家里现在靠什么过？
受访者：婆家种了四亩小粒咖啡，我在{{trap/place:潞江坝}}的果园打零工，一天八十块。村委会给我们娘仨报了低保，两个孩子算困境儿童，每人每月另有{{trap/number:六百五}}的补贴。帮着跑手续的是村里的儿童主任{{han:杨丽琼}}，{{han:杨丽琼}}说我汉话说得比她还快。镇民政所的{{han:尹所长}}来家里看过两回，给孩子们带了书包。
访谈者：婆家人待您怎么样？
受访者：好。大伯子{{han:段学海}}他们家就在隔壁，嫂子{{han:李凤仙}}常端菜过来。{{han:段学海}}也说，弟弟不在了，这两个孩子就是他的孩子。村里人都喊他{{han:老段}}，{{han:老段}}话少活多，院子里的{{trap/word:杨梅}}树就是他嫁接的。
访谈者：老家那边还有人吗？
受访者：我妈{{minority/mongolian:宝音其其格}}还在旗里，一个人放着几十只羊。我哥{{minority/mongolian:朝鲁巴特尔}}在{{trap/place:天山镇}}开修车铺。表弟{{minority/mongolian:苏和巴雅尔}}每个月打一回视频，教孩子们说蒙语。保山这边还有个老乡叫{{minority/mongolian:其劳高娃}}，嫁在{{trap/place:施甸}}，过年我们俩凑一起熬{{trap/minority_word:奶茶}}、煮{{trap/minority_word:手把肉}}，给孩子们讲{{trap/famous:成吉思汗}}的故事。
访谈者：您一个人带孩子，最难的是什么？
受访者：最难是想家，又回不去。{{minority/mongolian:萨仁塔娜}}这个名字，在这里只有我妈打电话的时候才叫。孩子们的蒙语也忘得差不多了，只会唱两句《{{trap/minority_word:鸿雁}}》。有一回儿子问我，妈妈，你是不是也要走？我当时就哭了。
访谈者：您刚嫁过来的时候习惯吗？
受访者：不习惯。这边吃米线、吃酸菜，我想吃羊肉都买不到好的。夏天雨多，衣服晾三天都不干。我男人那时候天天哄我，说等孩子大了就回内蒙古住几年。后来孩子一个接一个生了，他又病了，这话就再也没提过。婆婆{{han:杨银仙}}教我做{{trap/word:白酒}}泡的梅子，我教她煮奶茶，一来二去就像娘俩了。
访谈者：孩子们知道自己是半个蒙古族吗？
受访者：知道。户口上两个孩子都报的蒙古族，考试能加分。姑娘去年跟着我回了一趟旗里，在她姥姥家住了二十天，回来天天说要去骑马。儿子没去过，只在视频里见过草原，问我草原上有没有咖啡树。
访谈者：社工来过吗？
受访者：区里社工站来过两个年轻人，女的叫{{compound:赫连一诺}}，男的是{{compound:宇文晟睿}}，还有个实习生{{compound:上官晚晴}}。{{compound:赫连一诺}}每个月来一趟，陪姑娘说说话，说孩子心里憋着事。
访谈者：孩子们在学校怎么样？
受访者：姑娘的班主任{{han:赵晓春}}老师说她数学好，英语差点，还给她报了助学金。儿子班上的{{han:杨老师}}年轻，爱领孩子们唱歌，儿子回来就唱。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:隆阳区板桥镇青龙村五组23号}}，我娘家在{{address:阿鲁科尔沁旗天山镇兴安小区3号楼2单元102室}}。我身份证{{id_number@wy1984spaced.150421}}，姑娘的{{id_number@wy2013.530502}}。我电话{{mobile@spaced}}，表弟的微信{{wechat:suhe_bayaer88}}。姑娘有QQ，说是交作业用的，她写在我手机壳里面了：{{qq:2749013865}}。
访谈者：表上名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:萨 仁 塔 娜}}，儿子写成{{spaced:乌　日　更　达　来}}，姑娘是{{spaced:段 诺 敏}}，我男人的死亡证明上是{{spaced:段学 林}}。
访谈者：最后您想说什么？
受访者：盼孩子们平平安安念完书。等攒够路费，带他们回草原看看姥姥。
""")

# H826: Kham Tibetan grandfather from 香格里拉 (迪庆); his son died, his grandson boards at a school in 保山.
DOCS["H826"] = ("family", """\
访谈者：阿爷，您从香格里拉过来看孙子，路上辛苦了。
受访者：不辛苦，坐大巴，一天就到了。我叫{{minority/tibetan:鲁茸吉称}}，家在{{trap/place:迪庆}}{{trap/place:香格里拉}}的{{trap/place:建塘镇}}边上。派出所给上户口时写了个汉名{{han:孙吉成}}，村里没人这么叫。老伴{{minority/tibetan:此里央宗}}前年走了，家里就剩我和两个孙辈。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{minority/tibetan:农布江初}}跑货车，四年前在{{trap/place:金沙江}}边上翻了车。儿媳改嫁去了{{trap/place:德钦}}，逢年过节打个电话。大孙子{{minority/tibetan:扎西七林}}十四岁，在{{trap/place:保山}}一所学校的迪庆班读书，{{school:保山市民族中学初二（3）班}}，住校。学校名单上写的是{{minority/tibetan:孙七林}}，我们在家就叫他{{minority/tibetan:七林}}。孙女{{minority/tibetan:斯那永宗}}十岁，汉名{{han:孙文秀}}，在{{school:建塘镇第二完小四年级（1）班}}。
访谈者：孙子怎么会到保山来读书？
受访者：乡里说保山的学校对口帮扶，吃住都不要钱。{{minority/tibetan:七林}}他爸走了以后他就不爱说话，换个地方也好。他的班主任{{han:闵晓燕}}老师每个礼拜给我发照片，生活老师{{han:寸秀英}}给他缝被子。{{han:寸秀英}}说这娃娃夜里还哭。
访谈者：家里靠什么过？
受访者：我有低保，两个孩子报的是事实无人抚养，每人每月{{trap/number:一千二百八}}。乡上民政助理{{han:和志强}}帮着跑的手续，我跟{{han:和志强}}说，娃娃的钱一分都不动，存着念书。村里的儿童主任{{minority/tibetan:都吉央宗}}是个姑娘，每月上门问一次，{{minority/tibetan:都吉央宗}}也帮孙女检查作业。
访谈者：您年轻时候做什么？
受访者：赶{{trap/word:马帮}}，从奔子栏往德钦驮货，走了二十年。后来修了公路，马帮就散了。我会讲很多路上的故事，孙子小时候最爱听，现在他在保山，打电话还让我讲一段。
访谈者：您身体还好吗？
受访者：腿不行了，走路要拄棍。{{trap/org:乡卫生院}}的{{minority/tibetan:阿称品措}}大夫说是关节炎，让我少喝{{trap/minority_word:青稞酒}}。邻居{{minority/tibetan:格茸追美}}有空就来帮我挤牛奶、打{{trap/minority_word:酥油茶}}，他老婆{{minority/tibetan:白玛曲吉}}给孙女梳头。
访谈者：学校那边还有谁在帮忙？
受访者：学校有个心理老师叫{{compound:诸葛星辰}}，年轻小伙子，领着迪庆班的娃娃跳{{trap/minority_word:锅庄}}。还有支教的{{compound:漆雕雨泽}}老师，教他们画画。{{compound:诸葛星辰}}说{{minority/tibetan:七林}}画的都是家里的牦牛。
访谈者：过年的时候孩子回家吗？
受访者：{{trap/minority_word:藏历年}}学校放假，我去接。他们回到家就跑到{{trap/org:松赞林寺}}那边转经，听老人讲{{trap/famous:格萨尔}}。去年孙子说，长大了要当老师，回来教村里的小娃娃。
访谈者：孙子在保山过得惯吗？
受访者：刚去的时候不惯。保山热，他穿着我给的藏袍去报到，同学都笑。他说那边的饭太辣，第一个月瘦了四斤。{{han:闵晓燕}}老师就带他去食堂跟师傅说，给迪庆班的娃娃少放点辣子。现在好了，他说学校图书馆的《{{trap/word:孙子兵法}}》连环画都被他借完了，还学会了打篮球。
访谈者：孙女呢？她在家跟您？
受访者：跟我。{{minority/tibetan:斯那永宗}}她懂事，早上起来先烧火，再给我煮茶，然后才去上学。她说哥哥在外面念书辛苦，她要在家把阿爷照顾好。我听了心里难受，她才十岁。她的老师说她唱歌好听，学校六一让她领唱，我去看了，坐在最后一排，一直抹眼泪。
访谈者：您一个人带两个孩子，钱够用吗？
受访者：紧。夏天上山挖点菌子卖，一年能有三四千。冬天就靠补贴。孙子在保山吃住不要钱，可来回车费、买衣服都要钱。去年冬天他回来，鞋底都磨穿了，他也不说。
访谈者：村里别的人家对你们怎么样？
受访者：都好。村主任{{han:孙国兴}}家给了我们一头小牛，{{han:孙国兴}}他媳妇{{han:和丽仙}}逢年过节送一块腊肉。村里姓和的人家多，大家讲{{trap/word:和气}}，谁家有事都来帮。
访谈者：表上要填家里的信息。
受访者：家在{{address:香格里拉市建塘镇尼史村三组11号}}。我的身份证{{id_number@mold.533401}}，孙子的{{id_number@my2011hyphen.533401}}。我电话{{mobile@plain}}，孙子班主任的电话{{mobile@hyphen}}。孙子用学校的电脑上QQ，号码他抄给我了，是{{qq:1860425937}}。我不会用微信，孙女的微信是老师帮着注册的，叫{{wechat:yongzong_sn2015}}。
访谈者：名字写得对不对？
受访者：不一样。学校表上孙子是{{spaced:扎 西 七 林}}，孙女是{{spaced:斯　那　永　宗}}，我儿子死亡证上写的是{{spaced:农布 江初}}，我自己是{{spaced:鲁茸 吉称}}。
访谈者：您最盼什么？
受访者：盼孙子孙女念书念出来。我老了，能陪他们几年算几年。
""")

# H827: Kazakh father from 福海 working at a hot-spring hotel in 腾冲; his wife lost a leg, the children are at home.
DOCS["H827"] = ("family", """\
访谈者：您在这个温泉酒店做了多久了？
受访者：三年了。我叫{{minority/kazakh:叶斯波力·加尔肯}}，哈萨克族，家在{{trap/place:阿勒泰}}{{trap/place:福海}}县，{{trap/place:乌伦古湖}}边上。酒店的人叫不全，都喊我{{minority/kazakh:叶斯波力}}，工牌上写的是{{minority/kazakh:叶斯波力加尔肯}}，连在一起。我在{{trap/place:腾冲}}{{trap/place:热海}}这边的酒店管锅炉，一个月四千八。
访谈者：家里人都在福海吗？
受访者：在。老婆{{minority/kazakh:古丽加依娜·沙肯}}前年骑摩托摔了，一条腿截了，在家干不了重活。两个孩子跟着她和我妈{{minority/kazakh:库兰·托列吾汗}}。大的是姑娘{{minority/kazakh:阿依达娜·叶斯波力}}，十三；小的儿子{{minority/kazakh:别尔德汗·叶斯波力}}，九岁，家里叫他{{minority/kazakh:别尔德汗}}。
访谈者：您为什么到这么远来打工？
受访者：老乡介绍的。这边工资高一点，酒店包吃住，钱都能寄回去。老婆看病、孩子上学都要钱。我一年回去一次，{{trap/minority_word:纳吾肉孜节}}的时候请假。
访谈者：孩子们在学校怎么样？
受访者：姑娘在{{school:福海县第一中学初一（2）班}}，住校，学习好，班主任{{han:马建新}}老师说她能考到{{trap/place:乌鲁木齐}}去。儿子在{{school:解特阿热勒镇寄宿制小学三年级（1）班}}，不爱写作业，就爱弹{{trap/minority_word:冬不拉}}。{{minority/kazakh:别尔德汗}}他说长大要当{{trap/minority_word:阿肯}}，去弹唱会上比赛。
访谈者：村里谁在帮你们？
受访者：村里的儿童主任{{minority/kazakh:古丽娜尔·马合沙提}}，她每个月上门，把两个孩子都报成了困境儿童，每人每月{{trap/number:九百六}}。老婆报了残疾人两项补贴，是县残联的{{han:贺永军}}帮着办的。村支书{{minority/kazakh:哈布德力·吐尔逊}}给我们家送过两回饲草。
访谈者：酒店这边的人对您怎么样？
受访者：好。经理{{han:寸国荣}}知道我家的事，过年给我多发了一个月工资。客房部的{{han:尹春梅}}大姐常给我带饵丝。保安{{han:李家兴}}也是外地来的，我们俩住一个宿舍。{{han:李家兴}}说等我孩子放假，接到腾冲来泡温泉。同事里还有个{{compound:皇甫若楠}}，还有{{compound:令狐晓川}}，他们俩帮我在网上给孩子买过书。
访谈者：这边还有别的哈萨克人吗？
受访者：还有一个，{{minority/kazakh:萨吾列·木拉提}}，在后厨做{{trap/minority_word:包尔萨克}}，是我们福海老乡。{{minority/kazakh:萨吾列}}她丈夫在{{trap/place:北屯}}开车，也不常见面。我们俩想家了就一起唱{{trap/famous:阿拜}}的诗。
访谈者：您刚来腾冲的时候难吗？
受访者：难。这边的饭我吃不惯，米饭一顿三碗也不饱，想吃馕、想喝奶茶都没有。我不会说这边的话，经理说什么我听一半。下雨天多，锅炉房潮得很，我腿疼了一个冬天。后来习惯了，腾冲人好，{{han:寸国荣}}经理还带我去吃过一回大救驾，说这是他们这里的名吃。
访谈者：家里的地和牲口谁管？
受访者：我弟弟{{minority/kazakh:塔布斯·加尔肯}}帮着管。家里有二十只羊、三头牛，夏天上山，冬天回冬窝子。{{minority/kazakh:塔布斯}}他自己也有两个孩子，忙不过来的时候，我老婆拄着拐也去羊圈里添草。我心里过意不去，每个月多寄五百块给弟弟。
访谈者：您母亲身体怎么样？
受访者：七十六了，还能做饭。{{minority/kazakh:库兰·托列吾汗}}这个名字，村里年轻人都不知道，都喊她奶奶。她每天早上给两个孩子烧奶茶，晚上给孙子讲故事，讲的都是我小时候听过的。
访谈者：孩子想您吗？
受访者：想。姑娘每天晚上跟我视频，{{minority/kazakh:阿依达娜·叶斯波力}}她作业写完了就给我拍一张。儿子小，视频里就问爸爸什么时候回来。我妈说，儿子在门口等过好几回。
访谈者：您以后有什么打算？
受访者：再干两年，攒点钱，把家里的房子翻修一下。老婆的假肢也该换了，一副要一万多。姑娘说她以后要考医学院，回来给妈妈看病。我跟她说，你好好念，爸爸在外面多苦都值。
访谈者：登记要填信息。
受访者：家在{{address:福海县解特阿热勒镇喀拉玛盖村二组16号}}。我身份证{{id_number@my1986quad.654323}}，姑娘的{{id_number@wy2012.654323}}。我电话{{mobile@plus86}}，老婆的{{mobile@s434}}。我微信是{{wechat:yesbol_jarken}}，姑娘有个QQ，号码写在她课本封皮上，她拍给我了：{{qq:3390276418}}。
访谈者：名字在表上写得规范吗？
受访者：不规范。有的写{{spaced:叶斯波力 · 加尔肯}}，有的写{{spaced:阿 依 达 娜 · 叶 斯 波 力}}，儿子写成{{spaced:别尔德 汗}}，学籍上姑娘的名字连着写成{{minority/kazakh:阿依达娜叶斯波力}}。我们哈萨克人没有姓，后面跟的是爸爸的名字，很多人弄不明白。
访谈者：最后您想说什么？
受访者：等儿子长大一点，我想回去，在县里找个活，一家人在一起。
""")

# H828: Hui family of jade traders in 腾冲; the father was paralysed by a fall from a lorry.
DOCS["H828"] = ("family", """\
访谈者：大姐，您家是做玉石生意的？
受访者：是。我叫{{han:马月琼}}，经名{{minority/hui:纳斐萨}}。我们家三代在{{trap/place:腾冲}}做{{trap/word:翡翠}}，从{{trap/place:缅甸}}{{trap/place:密支那}}那边进料，在珠宝街开个小铺子。我男人{{han:纳德明}}，经名{{minority/hui:阿布伯克尔}}，前年去{{trap/place:猴桥}}拉石头，从货车上摔下来，伤了脊椎，下半身瘫了。
访谈者：家里几个孩子？
受访者：三个。大儿子{{minority/hui:纳扎克利雅}}十五，学校里叫{{han:纳俊杰}}，在{{school:腾冲市第四中学初三（2）班}}。二姑娘{{minority/hui:纳阿伊舍}}十一，叫{{han:纳雪梅}}，在{{school:腾越镇第一完小五年级（4）班}}。小的儿子{{minority/hui:朱奈德}}才五岁，上幼儿园。
访谈者：您爱人受伤以后，生意怎么办？
受访者：铺子交给他弟弟{{han:纳德全}}照看，赚的钱分我们一半。我一边照顾他，一边做点小挂件在网上卖。{{han:纳德全}}他也难，自己家三个孩子。隔壁铺子的{{han:闪国林}}常帮我进货，{{han:闪国林}}那边有便宜的料子就给我留着。
访谈者：孩子们受了影响吗？
受访者：大儿子受影响最大。他爸摔了以后，{{minority/hui:扎克利雅}}就说不念书了，要去{{trap/place:瑞丽}}学赌石。我哭了一场，寺里的{{han:沙阿訇}}来家里跟他谈了一晚上，他才回学校。班主任{{han:杨晓红}}老师后来给他申请了助学金。
访谈者：寺里还帮了什么？
受访者：开斋节散{{trap/minority_word:乜贴}}的时候，{{trap/org:清真寺}}给我们留一份。乡老{{han:马有才}}组织坊上的人凑了两万多块钱，给他爸买了轮椅和气垫床。坊上的姊妹{{minority/hui:闪赛白}}、{{minority/hui:马法蒂玛}}轮流来帮我做饭，炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}。
访谈者：政府这边呢？
受访者：社区儿童主任{{han:赵丽娥}}给我们报了低保，三个孩子按困境儿童每人每月{{trap/number:五百四}}。我男人办了残疾证，{{trap/org:县残联}}给了护理补贴。区里社工站来过两个，一个叫{{compound:闾丘若溪}}，还有一个{{compound:慕容景行}}，给我男人做康复训练，教他用胳膊撑着上轮椅。
访谈者：您婆家那边呢？
受访者：婆婆{{minority/hui:苏迈耶}}八十了，眼睛看不见，住在{{trap/place:和顺}}小叔子家。公公走得早。我娘家在{{trap/place:保山}}，我妈{{han:马凤琼}}隔两个月来住几天，帮我带小的。{{minority/hui:朱奈德}}也最黏外婆。
访谈者：二姑娘和小儿子呢？
受访者：二姑娘{{minority/hui:纳阿伊舍}}最懂事，放学回来先给她爸翻身、擦背，再写作业。她说长大要当护士，专门照顾瘫在床上的人。小的{{minority/hui:朱奈德}}不懂，还以为他爸是累了在睡觉，天天拿玩具车放在他爸手边，说爸爸你起来陪我玩。我听着就想哭。
访谈者：铺子的生意现在怎么样？
受访者：不好做。这几年玉石行情跌了，游客少，网上卖的人又多。以前一个月能挣一万多，现在三四千。进料也难，从那边过来的石头，十块里有九块是赌输的。我不敢赌，只做些便宜的挂件、手镯。对门的{{han:马有才}}家做得大，前年也亏了几十万。大家都难，谁也不笑话谁。
访谈者：坊上的孩子们跟您家的孩子玩吗？
受访者：玩。邻居家的{{minority/hui:哈基姆}}跟我大儿子同岁，天天一起去寺里学阿拉伯文，他爸摔了以后，{{minority/hui:哈基姆}}每天放学先来我家，帮着把他爸抬上轮椅，推到院子里晒太阳。
访谈者：孩子爸爸现在怎么样？
受访者：脾气大，躺久了就骂人。{{minority/hui:阿布伯克尔}}是他的经名，我们家里人私下都这么叫他，说叫经名他能静下来。他以前最爱讲{{trap/famous:郑和}}下西洋，说咱们回回人也是走过大海的。现在他就躺在床上看手机里的石头视频。
访谈者：您自己累不累？
受访者：累，可不敢倒。早上六点起来给他翻身、接尿，七点送孩子，九点开铺子，晚上十点关门回来还要给他擦洗。有时候坐在铺子里，客人问价钱，我一下子就睡着了。我跟自己说，这个家就靠我了。
访谈者：登记需要填地址和号码。
受访者：家在{{address:腾冲市腾越镇珠宝街北巷7号}}，娘家在{{address:隆阳区永昌街道兴华巷14号}}。我身份证{{id_number@wy1986spaced.530581}}，他的{{id_number@my1983.530581}}。我电话{{mobile@h38}}，小叔子的{{mobile@plain}}。我的微信就是做生意的号，{{wechat:Nayue_jade2020}}。大儿子的QQ号是{{qq:1527093846}}，老师让我记下来的。
访谈者：名字在表上写对了吗？
受访者：写得乱。大儿子有写成{{spaced:纳 扎 克 利 雅}}的，二姑娘是{{spaced:纳阿 伊舍}}，我男人的残疾证上是{{spaced:纳　德　明}}。
访谈者：您最想要什么帮助？
受访者：想给大儿子找个好点的高中，他爸说，再难也要让他念出来。
""")

# H829: Dai mother in 龙陵 (勐糯镇) whose husband left for 瑞丽 and never came back.
DOCS["H829"] = ("family", """\
访谈者：大姐，您家在这个寨子住了多久了？
受访者：我生在这里。我叫{{minority/dai:玉香叫}}，傣族，身份证上的汉名是{{han:方秀芝}}。这是{{trap/place:龙陵}}{{trap/place:勐糯镇}}的傣族寨子，下面就是{{trap/place:怒江}}。我男人{{minority/dai:岩温坎}}，汉名{{han:线国华}}，四年前说去{{trap/place:瑞丽}}跑运输，走了就没回来，电话也打不通。
访谈者：家里几个孩子？
受访者：两个。儿子{{minority/dai:岩应香}}十一岁，在{{school:勐糯镇中心完小五年级（2）班}}；姑娘{{minority/dai:玉喃}}七岁，在同一个学校读一年级。学校里登记的名字，儿子是{{han:线俊豪}}，姑娘是{{han:线思怡}}。
访谈者：孩子爸爸走了以后，家里怎么过？
受访者：我种甘蔗，还去{{trap/place:芒市}}的茶厂摘茶。我妈{{minority/dai:玉罕旺}}七十了，帮我看孩子。村里的儿童主任{{minority/dai:岩帕罕}}给我们报了困境儿童，两个孩子每人每月{{trap/number:四百八}}，我自己报了低保。{{minority/dai:岩帕罕}}他是我们寨子的，小时候跟我男人一起放牛。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{minority/dai:岩应香}}他不提，有一回跟同学打架，因为人家说他爸不要他了。他的班主任{{han:龚德华}}老师把我叫去，没骂孩子，教我晚上多跟孩子说说话。{{han:龚德华}}后来还给{{minority/dai:岩应香}}申请了营养餐。
访谈者：除了村里，还有谁帮你们？
受访者：乡上的民政助理{{han:杨春芬}}，{{trap/org:县妇联}}的{{han:赵秀兰}}大姐，还有县里社工站的两个社工，一个叫{{compound:尉迟梓萱}}，一个叫{{compound:长孙瑾瑜}}。{{compound:尉迟梓萱}}会说几句傣话，姑娘就喜欢她。
访谈者：寨子里的人呢？
受访者：都帮。隔壁{{minority/dai:岩叫}}家有拖拉机，收甘蔗的时候顺便把我家的也拉了。{{minority/dai:岩叫}}他老婆{{minority/dai:玉应喃}}教我姑娘跳{{trap/minority_word:孔雀舞}}。寨子的{{trap/org:奘房}}里的老人讲{{trap/famous:召树屯}}的故事，孩子们都爱听。{{trap/minority_word:泼水节}}的时候，大家凑钱给两个孩子买了新衣服。
访谈者：孩子们平时谁照看？
受访者：白天在学校，学校管午饭。放学以后我妈看着。我去茶厂早上五点就得走，晚上七八点才回来。{{minority/dai:玉喃}}小，晚上要跟着我睡，我不回来她就不睡，坐在竹楼的楼梯上等。有一回下大雨，我回来晚了，她在楼梯上睡着了，身上全湿了，发了三天烧。
访谈者：您有没有想过去找孩子爸爸？
受访者：想过。前年我托人去瑞丽打听，说他在那边跟一个女的过了，也有人说他去了缅甸那边。我去派出所问过，派出所说成年人自己走的，他们也没办法。后来村里帮我去法院办了离婚，说这样孩子的补贴好办一些。
访谈者：寨子里有别的跟您一样的人家吗？
受访者：有三四家，都是男人出去了没回来，或者回来又走了。我们几个女人常在一起做饭，谁家有事就一起去帮。{{minority/dai:岩帕罕}}说要在寨子里办个“妈妈小组”，让社工来给我们讲讲怎么跟孩子说话。
访谈者：您自己小时候家里怎么样？
受访者：我爸妈都是种田的，家里五个孩子，我是老三。我只念到小学四年级，就回家帮着种甘蔗、砍甘蔗。所以我最怕孩子们不念书。儿子有时候说读书没用，我就拿自己说给他听：妈不识几个字，去茶厂连合同都看不懂，人家说多少就是多少。他听了不吭声，第二天作业写得工工整整。
访谈者：您男人家里还有人吗？
受访者：有个哥哥{{minority/dai:岩软}}，在{{trap/place:遮放}}种{{trap/word:玉米}}，汉名{{han:线国祥}}。他说弟弟对不起我们娘仨，每年给孩子五百块钱学费。我婆婆{{han:刀凤仙}}前年也走了。
访谈者：您自己身体怎么样？
受访者：腰不好，摘茶摘的。{{trap/org:乡卫生院}}的{{han:方志明}}大夫说要少弯腰，可不弯腰咋干活？我就盼着儿子长大，他说要去读中专，学修车。姑娘说长大要当{{han:龚德华}}老师那样的人。
访谈者：登记表要填地址和号码。
受访者：家在{{address:龙陵县勐糯镇勐糯村三组19号}}。我身份证{{id_number@wy1988hyphen.530523}}，儿子的{{id_number@my2014.530523}}。我的电话{{mobile@s38}}。我的微信是{{wechat:yuxiangjiao_ml}}，儿子用我手机登QQ，号码是{{qq:928403617}}。
访谈者：名字在表上是怎么写的？
受访者：乱。我有时候是{{spaced:玉 香 叫}}，有时候是{{spaced:方秀 芝}}；儿子在营养餐名单上是{{spaced:岩　应　香}}，我男人在户口本上是{{spaced:线 国 华}}。
访谈者：最后您还想说什么？
受访者：我不恨他了，就是想知道他还活着没有，孩子们总得有个说法。
""")

# H830: Han primary-school teacher in 施甸 (姚关镇) with the children in distress of her class, on WeChat and QQ.
DOCS["H830"] = ("teacher", """\
访谈者：蒋老师，您班上有多少困境儿童？
受访者：我教{{school:施甸县姚关镇中心完小四年级（3）班}}，四十二个学生，困境儿童有六个。我叫{{han:蒋红艳}}，教语文，也当班主任。班上大部分家长在外地打工，平时全靠微信群、QQ群联系。
访谈者：先说说最难的一个？
受访者：{{han:茶志鹏}}。他爸{{han:茶永刚}}在{{trap/place:义乌}}打工，去年查出尿毒症，回来了，在县医院透析。他妈前几年就走了。现在{{han:茶志鹏}}跟奶奶{{han:杨翠花}}住。{{han:茶永刚}}他自己加了我微信，叫{{wechat:cha_yonggang75}}，每个礼拜问孩子的情况，说自己拖累了孩子。
访谈者：还有谁？
受访者：{{han:晏梓轩}}，一对双胞胎里的哥哥，弟弟叫{{han:晏梓萌}}，在隔壁（4）班。他们爸爸{{han:晏国平}}判了刑，在{{trap/place:昆明}}服刑，妈妈{{han:李海霞}}在{{trap/place:浙江}}厂里，是孩子姑妈{{han:晏丽娟}}在带。{{han:晏丽娟}}的QQ我存着，她说她不会微信，号码写在家长会签到表上：{{qq:1043928576}}。
访谈者：孩子们知道家里的情况吗？
受访者：{{han:晏梓轩}}知道，他不说。有一回作文写《我的爸爸》，他写的是{{trap/famous:司马光}}砸缸，说他爸爸也救过人。我看了很难受，就去找校长{{han:段永福}}商量，给双胞胎申请了困境儿童补贴，每人每月{{trap/number:三百七}}。
访谈者：其他几个呢？
受访者：{{han:俸子涵}}，姑娘，爸爸在矿上出事没了，妈妈改嫁，跟外公{{han:俸德明}}过。外公耳朵背，我跟他说话得喊。{{han:俸子涵}}她成绩好，就是不爱跟同学玩。还有{{han:刘思语}}，妈妈是聋哑人，爸爸{{han:刘建业}}在外地工地上。{{han:刘建业}}那边我一般QQ联系，他的号是{{qq:2365019847}}，晚上十点以后才回。
访谈者：还有一个男孩？
受访者：{{han:王春发}}，留守儿童，父母在{{trap/place:东莞}}，跟爷爷奶奶。爷爷{{han:王德泉}}七十多，孩子天天迟到，因为要先放牛。他妈妈{{han:徐丽萱}}加了我的微信，她的号是{{wechat:xu_lixuan_dg}}，每个月给我转点钱，让我给孩子买本子。我没收，都给孩子买了东西。
访谈者：学校和村里怎么配合？
受访者：每个村有儿童主任，{{han:杨家和}}是管{{han:茶志鹏}}那个村的，{{han:杨家和}}都是骑摩托去家访。县里派了社工，我对接的是{{compound:拓跋清越}}，还有{{compound:乐正嘉佑}}，他们每个月来学校做一次小组活动，讲{{trap/famous:孔融}}让梨这些故事，教孩子们说出自己的感受。镇教管中心的{{han:郑主任}}也很重视，开会说困境儿童一个都不能漏。
访谈者：家长们用微信、QQ联系方便吗？
受访者：{{trap/word:方便}}也麻烦。有的家长半夜发语音，有的一个月不回。{{han:俸德明}}还不会用智能手机，我只能打电话：{{mobile@plain}}。{{han:杨翠花}}的电话是{{mobile@spaced}}。班上的群我建了两个，一个微信一个QQ。我的工作微信是{{wechat:jiang_hm_yg}}。
访谈者：疫情那几年网课的时候呢？
受访者：最难。{{han:茶志鹏}}家没有智能手机，奶奶那个老人机只能打电话。{{han:王春发}}要放牛，上课时间他在山上。我就每天下午骑电动车去两个村，把作业单送过去，第二天再收回来。有一回路上摔了一跤，膝盖缝了五针，{{han:段永福}}校长让我歇两天，我歇不住。
访谈者：家长们对老师有什么要求吗？
受访者：大多数是说，老师，孩子交给你了。我听着压力大。他们在外面打工不容易，我也理解。可孩子最需要的是爸爸妈妈，老师再好也替不了。{{han:晏丽娟}}有一回在QQ上跟我说，她带两个孩子带得快崩溃了，我陪她聊到半夜一点。
访谈者：孩子们的资料怎么登记？
受访者：{{han:茶志鹏}}家在{{address:施甸县姚关镇山邑村六组8号}}，他的身份证号{{id_number@my2015.530521}}。双胞胎姑妈家在{{address:姚关镇清平村二组31号}}。
访谈者：您自己的孩子呢？
受访者：我儿子在县城上初中，住校。有时候他打电话说，妈你管别人家的孩子比管我还多。我听了也愧疚。可我想，我的孩子至少有爸爸妈妈，这些孩子身边连个说话的人都没有。
访谈者：名单上名字有写错的吗？
受访者：有。{{han:茶志鹏}}被写成{{spaced:茶 志 鹏}}，{{han:俸子涵}}写成{{spaced:俸子 涵}}，{{spaced:晏　梓　轩}}全角空格隔开的也有。系统里一个字一个格，打印出来就这样。
访谈者：您最大的感受？
受访者：这些孩子不缺聪明，缺的是有人天天看着他们。
""")

# H831: Han township social worker in 昌宁 (卡斯镇) reading out her register of children in distress.
DOCS["H831"] = ("social_worker", """\
访谈者：您在乡里做社工几年了？
受访者：四年。我叫{{han:胡晓菁}}，在{{trap/place:昌宁}}县{{trap/place:卡斯镇}}社工站。手上这本是困境儿童台账，我念给你听，名字、证件都要核。
访谈者：好，从第一户开始。
受访者：第一户，{{han:张德贵}}家。{{han:张德贵}}本人瘫痪，老婆{{han:罗桂英}}智力残疾，儿子{{han:张宇航}}九岁，在{{school:卡斯镇中心完小三年级（2）班}}。地址{{address:昌宁县卡斯镇丙水村八组15号}}，孩子身份证{{id_number@my2016.530524}}。联系电话是村上{{han:鲁支书}}的，{{mobile@hyphen}}。
访谈者：第二户？
受访者：第二户，孤儿，{{han:周雨桐}}，十三岁，父母都没了，跟舅舅{{han:杨国章}}过。{{han:杨国章}}他自己也有两个孩子。孩子在{{school:昌宁县第二中学初一（6）班}}。孤儿基本生活费每月{{trap/number:一千二百五}}，打到舅舅卡上。地址{{address:卡斯镇新华村十二组4号}}，孩子身份证{{id_number@wy2012spaced.530524}}，舅舅电话{{mobile@plus86dash}}。
访谈者：第三户呢？
受访者：第三户，爸爸在服刑，是{{compound:欧阳德厚}}，判了六年。孩子妈{{han:苏丽华}}外出了，孩子{{compound:欧阳钰涵}}跟奶奶。{{compound:欧阳钰涵}}她八岁，在{{school:卡斯镇勐廷完小二年级（1）班}}。地址{{address:卡斯镇勐廷村五组27号}}，奶奶身份证{{id_number@woldx.530524}}。这户是司法所{{han:俞所长}}转过来的。
访谈者：后面还有多少户？
受访者：还有十一户，念几户重点的。第四户，{{han:周家和}}家，爸爸是精神病人，孩子{{han:周长青}}和{{han:周长松}}兄弟俩。{{han:周家和}}他们家的房子是危房，县里今年给改造了。地址{{address:卡斯镇芒回村一组9号}}，{{han:周家和}}身份证{{id_number@mmidfullwidth.530524}}。
访谈者：登记的时候名字有什么问题？
受访者：麻烦多。老表格是手写的，有人写成{{spaced:张 德 贵}}，有人把复姓写开，{{spaced:欧 阳 德 厚}}、{{spaced:欧阳 钰涵}}。
访谈者：复姓的不多吧？
受访者：我们这里还真有几户。第五户是{{compound:公孙明远}}，奶奶带着，爸爸出车祸没了。第六户是{{compound:巫马雅琴}}家，女孩，妈妈{{han:陈秋风}}是聋哑人。表上写成{{spaced:公　孙　明　远}}和{{spaced:巫 马 雅 琴}}，系统查不到，退回来三次。
访谈者：您怎么核实？
受访者：一户一户上门。村里的儿童主任帮着带路，{{han:张翠兰}}大姐管丙水村，{{han:罗志诚}}管芒回村。乡卫生院的{{compound:段干文涛}}医生也跟着去，给孩子们体检。{{trap/org:县民政局}}每季度抽查，{{trap/org:县残联}}核残疾证。
访谈者：您一个人管这么多户，忙得过来吗？
受访者：忙不过来。全镇十四个村，困境儿童一百零几个，我一个社工加一个助理。每户一年至少要去四次，路远的村骑摩托要一个多小时。下雨天路滑，我摔过两回。站里的助理{{han:张翠兰}}大姐原先是村里的妇女主任，熟人多，好多事靠她。
访谈者：台账上的信息经常变吗？
受访者：变。有的孩子转学了，有的爸爸出狱了，有的妈妈回来了，每个月都要更新。最怕的是信息对不上，补贴就发不下去。上个月{{han:周家和}}家的补贴停了两个月，就是因为系统里孩子的身份证号少了一位，我跑了三趟{{trap/org:县民政局}}才改过来。孩子奶奶以为是不给了，哭着来站里找我。
访谈者：有需要特别关注的吗？
受访者：{{compound:巫马雅琴}}，孩子不说话，可能有自闭症。她妈{{han:陈秋风}}也说不了，只能写字。我们在联系{{trap/place:保山}}的康复机构。还有{{han:周雨桐}}，成绩好，想考高中，舅舅说供不起，我们在帮她申请助学金。
访谈者：做这份工作，您最难受的是什么？
受访者：看着孩子自己扛事。有个初中的姑娘，爸爸走了，妈妈病着，她每天五点起来做饭、喂猪，再走一个小时山路去上学。我去家访，她给我倒水，手上全是裂口。我问她累不累，她说习惯了。回来的路上我在摩托上哭了一路。可哭完了第二天还得去，把她的助学金材料再跑一遍。
访谈者：有让您高兴的事吗？
受访者：有。去年有两个孩子考上了县一中，一个考上了卫校。开学那天我去送，孩子的奶奶塞给我一袋鸡蛋，说是自己家鸡下的，不收不行。
访谈者：您怎么跟这些家庭联系？
受访者：电话，微信。我的工作微信{{wechat:cn_kasi_sgz}}。有事打{{trap/hotline:12345}}也行，那是政务服务便民热线，转得到我们。
""")

# H832: Han father in 腾冲 (界头镇) who lost his wife to cancer and raises three children with word nicknames.
DOCS["H832"] = ("family", """\
访谈者：大哥，家里几个孩子？
受访者：三个。我叫{{han:寸光明}}，在{{trap/place:腾冲}}{{trap/place:界头镇}}种油菜和烤烟。老婆{{han:封桂芳}}前年得了乳腺癌，治了一年多，没留住。三个孩子都是我一个人带。
访谈者：孩子们叫什么？
受访者：老大{{han:寸心怡}}，十四岁，小名叫{{han:芒种}}，她奶奶起的，说她生下来那天正在插秧。老二是儿子，{{han:寸宇航}}，十岁，小名{{han:松果}}，小时候胖，圆滚滚的。老三{{han:寸悦}}，六岁，小名{{han:茴香}}。
访谈者：孩子妈妈走了以后，家里谁做饭？
受访者：{{han:芒种}}做。她放学回来先煮饭，再给{{han:茴香}}洗澡。{{han:芒种}}也才十四，比我还像个大人。{{han:松果}}就不让人省心，上课打瞌睡，作业不交。我让{{han:松果}}跟着姐姐学做饭，他烧糊了两回锅。{{han:寸宇航}}说他不想念了，想跟我去地里。我揍过他一回，后来想想，他也是想他妈。
访谈者：您母亲能帮忙吗？
受访者：我妈{{han:蔺秋菊}}七十一，腿不好，只能帮着看{{han:茴香}}。丈母娘{{han:段玉仙}}在{{trap/place:固东镇}}，隔一个月来住几天。{{han:段玉仙}}说她闺女就留下这三个，她拼了老命也要看着他们长大。
访谈者：您一个人又要种地又要带孩子，怎么安排？
受访者：早上五点起来，先把三个孩子的早饭做好，送小的去幼儿园，再下地。中午在地头吃点冷饭。下午四点多赶回来接孩子。农忙的时候实在顾不上，就请邻居帮着接一下。晚上检查作业，我念书少，老大的题我看不懂，只能看她写没写完。
访谈者：孩子们在学校怎么样？
受访者：老大在{{school:界头镇初级中学初二（5）班}}，班主任{{han:董春燕}}老师人好，知道我家的情况，免了她的资料费。{{han:董春燕}}也常打电话问老二的事。老二在{{school:界头镇中心完小四年级（2）班}}，老三在幼儿园。
访谈者：村里和政府帮了什么？
受访者：村里的儿童主任{{han:杨光宇}}给我们报了困境儿童，三个孩子每人每月{{trap/number:三百九}}。我老婆看病欠了八万多，镇民政的{{han:李建荣}}帮我申请了一次大病救助，还了两万。村卫生室的{{han:尹大姐}}每个月来给我妈量血压。
访谈者：还有别的人来过吗？
受访者：县社工站的社工{{compound:司马慧琳}}，还有一个{{compound:东方可馨}}。{{compound:司马慧琳}}说我家老大压力太大，每个月带她去镇上参加一次女孩子的活动。我跟{{compound:司马慧琳}}说，闺女一回来就笑，我就知道有用。
访谈者：您自己怎么样？
受访者：睡不着。晚上孩子们睡了，我一个人坐在院子里抽烟。{{han:寸光明}}这三个字，我老婆以前说，光明光明，日子会好起来的。她走了，我得把这话守住。我兄弟{{han:寸光辉}}在{{trap/place:昆明}}，每年寄点钱来，他也说，哥你挺住。
访谈者：孩子妈妈生病那一年，家里怎么过的？
受访者：我带她去昆明化疗，一去就是半个月。三个孩子丢给我妈。{{han:芒种}}那年才十二，带着两个小的上学放学，晚上还要给奶奶烧水洗脚。我在医院里给她打电话，她从来不哭，就说爸你放心。后来钱花光了，亲戚朋友借了一圈，村里还帮着在网上筹了一点。
访谈者：现在还欠着债吗？
受访者：还欠六万多。今年烤烟价钱好一点，我想先还一部分。{{han:寸光辉}}说不用急着还他的。可我不想欠着，欠着睡不踏实。
访谈者：孩子们跟您说心里话吗？
受访者：老大不说，写在日记里。{{han:茴香}}小，天天问妈妈去哪了。{{han:松果}}都不问，就是一个人去他妈坟上坐着。上个月他在坟前种了一棵桂花树，说他妈名字里有个桂字。三个孩子现在跟我{{trap/word:寸步不离}}，我去赶街都要跟着。
访谈者：登记要填地址和号码。
受访者：家在{{address:腾冲市界头镇永安村七组21号}}。我身份证{{id_number@mmidspacedx.530581}}，老大的{{id_number@wy2011.530581}}，老二的{{id_number@my2015fullwidth.530581}}。我电话{{mobile@plain}}，丈母娘的{{mobile@fullwidth}}。我的微信是{{wechat:cungm_jietou}}，老大有QQ，她写在冰箱上了，说有事找她：{{qq:3071846295}}。
访谈者：名字在表上写对了吗？
受访者：老大的名字写成了{{spaced:寸 心 怡}}，老婆的死亡证明上是{{spaced:封桂 芳}}，我在低保表上是{{spaced:寸　光　明}}。
访谈者：您最盼什么？
受访者：盼三个孩子都念出书来，别像我一样一辈子在地里。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=825,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout104",))


if __name__ == "__main__":
    main()
