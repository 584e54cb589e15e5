# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 88 (tests/pii/holdout88/H689-H696 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 89, written at the same time by another
writer, is a later set and is not read).

Set 88 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 长治: a Mongolian
father from 科尔沁右翼中旗 who drives a loader in a coal yard in 屯留, with his wife on dialysis for lupus nephritis
and two children at school there; a Tibetan grandmother from 丁青 (昌都) in 襄垣, who came to look after the two
children of her son, a former miner with pneumoconiosis whose Han wife left; a Hui grandmother in 潞城 raising three
grandchildren while her son is in prison for a drunk-driving death and his wife has gone back to 河南; a Han mother
in 黎城 whose husband lost a hand and an eye blasting in a quarry, with three children called by word nicknames; a
Han primary-school teacher in 壶关 going through five pupils in distress and their families on WeChat and QQ; a
Kazakh grandmother from 和布克赛尔 in 沁源, where her son keeps wind turbines after his wife was killed on the
pasture road, with her grandchildren; a Han court clerk in 武乡 reading from a guardianship case file (a
prisoner's two children, their mother dead, their aunt appointed guardian); and a Han grandmother in 平顺 raising
two grandsons whose father died in a tunnel collapse. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names of four to six characters (仁钦巴特尔,
阿木尔其其格, 格日乐其其格, 额尔顿高娃, 旭日朝鲁) with short forms after the full name (喊我仁钦, 阿木尔就, 旭日也) and
a Han surname before a Mongolian given name (包格日勒图, 韩扎木苏) beside the Han school name of the same child
(韩悦琳); Kham Tibetan names (嘎玛曲措, 洛珠旺堆, 泽旺拉姆, 云丹多吉, 丁增卓玛, 向巴洛松) with short forms (曲措阿妈,
洛珠打电话, 拉姆她, 云丹还) beside a Han surname before a Tibetan name (罗旺堆) and the Han names of the same people
(罗继川, 罗欣悦, 罗子谦); Hui Han-form names (米秀珍, 丁文渊, 丁雨涵, 马宗良) beside 经名 used alone (哈加尔, 安尼赛她,
赛德跟, 米尔赞) and a Han surname before an Arabic name (丁阿卜杜拉, 杨阿丽玛, 马叶海雅, 马素菲娅, 白苏莱曼); Kazakh given
name + father's name with and without the dot (叶尔克娜孜·叶尔波力 and 叶尔克娜孜叶尔波力, 哈依夏·吾拉尔,
巴合提·库瓦特) and short forms (娜孜跟, 叶尔波力他, 阿吾力汗小, 巴合提还); Han word nicknames, annotated whole (布谷她,
钉子也, 锁子就) and a given name used alone that is a word (满山); Han names with common surnames and rarer ones of
长治 (郜, 暴, 琚, 栗, 桑, 焦, 闫, 申, 霍, 连, 米), with titles and kin words (郭长庚书记, 范志远所长, 王丽琴姨,
赵凤英婶, 任春香大姐, 暴丽君大夫; the span is the name only), names that contain or end in words (栗满山, 王有福,
路天赐, 暴一鸣, 宋金锁, 常守田), a name written twice (王有福王有福, a signature written again), names directly
before particles and verbs and after 叫/是/给/跟/和/找/让; names spaced out character by character in half- and
full-width spaces, dotted names with spaces around the dot and names split in two; compound surnames after ordinary
words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:常守田}}``, ``{{qq:1386204957}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012tri.140429}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇, 大姐,
婶, 姨, 阿妈) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 跟,
和, 那边) are outside the span; a word nickname (布谷, 钉子, 锁子) and a given name used alone (满山) are
annotated whole. Han-style names of Mongolian, Tibetan and Hui people (韩悦琳, 罗继川, 米秀珍) are category han; a
Han surname before a non-Han given name (包格日勒图, 罗旺堆, 丁阿卜杜拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout88/make_holdout88.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(88_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "150", "152", "155", "158", "159", "177", "180", "182", "185", "187",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H689: Mongolian father from 科尔沁右翼中旗 driving a loader in a coal yard in 屯留 (长治); his wife is on dialysis.
DOCS["H689"] = ("family", """\
访谈者：大哥，您先说说家里的情况。
受访者：我叫{{minority/mongolian:仁钦巴特尔}}，老家在{{trap/place:科尔沁右翼中旗}}，在{{trap/place:屯留}}一个煤场开铲车，来了六年了。煤场的人嫌我名字长，都喊我{{minority/mongolian:仁钦}}。媳妇{{minority/mongolian:查干图雅}}{{trap/year:2022年}}查出红斑狼疮，肾也坏了，一个礼拜去{{trap/place:长治}}透析两回。两个孩子，闺女{{minority/mongolian:阿木尔其其格}}十二，儿子{{minority/mongolian:旭日朝鲁}}八岁。
访谈者：孩子们跟着您在这边上学？
受访者：跟着。闺女在{{school:屯留区麟绛镇第二小学六年级（2）班}}，户口本上的汉名是{{han:韩悦琳}}，可同学们还是喊她{{minority/mongolian:阿木尔}}。儿子在同一个学校念二年级，家里叫他{{minority/mongolian:旭日}}。{{minority/mongolian:阿木尔}}就懂事，放了学先去菜市场捡人家不要的菜叶子，回来给她妈熬粥。{{minority/mongolian:旭日}}也不闹，就是老问啥时候回老家看奶奶。
访谈者：您一个人挣钱，够用吗？
受访者：不够。我一个月四千出头，透析医保报了大半，自己每月还得掏{{trap/number:八百多}}，房租四百。去年闺女眼睛近视了，配一副眼镜三百多，她怕我为难，一直眯着眼看黑板，还是老师打电话告诉我的。煤场老板{{han:常守田}}知道我的难处，让我只上白班，工钱一分没少。{{han:常守田}}说，人家大老远来的，不能让孩子饿着。跟我一个班的{{minority/mongolian:包格日勒图}}是{{trap/place:通辽}}人，我俩说蒙古话，有啥难事他都帮着扛。
访谈者：社区和政府那边呢？
受访者：社区的儿童主任{{han:秦晓霞}}来家里看了三回。她说孩子户口在内蒙古，也能按困境儿童登记，她跟区{{trap/org:民政局}}的{{han:郜文斌}}科长打电话问清楚了，给报了临时救助，{{trap/number:三千二}}。过年又送来米面油。社工站派来一个姑娘叫{{compound:宇文嘉欣}}，每个礼拜三来给{{minority/mongolian:阿木尔}}补数学；一起来的还有{{compound:欧阳启航}}，带{{minority/mongolian:旭日}}去操场踢球。{{compound:宇文嘉欣}}跟我说，孩子心里苦，嘴上不说，得有人陪着。
访谈者：您在煤场干活累吗？
受访者：累倒不怕，就是脏。铲车里全是煤面子，一天下来鼻孔都是黑的。冬天煤卖得好，拉煤的车一辆接一辆，有时候一干就是十二个钟头。我最怕的是回家晚，两个孩子在家等着，闺女给弟弟热饭，热着热着就睡着了，锅都烧干过一回。后来跟老板说了，他给我调了班，天黑前能到家。
访谈者：孩子们刚来的时候受过欺负吗？
受访者：受过。有同学笑儿子的名字怪，喊他“外国人”，他回来哭，不想去上学。我去学校找了老师，老师在班上讲了蒙古族的事，还让儿子教大家说{{trap/minority_word:赛音拜努}}，后来就没人笑了。现在他有好几个朋友，周末一块儿在楼下骑车。
访谈者：孩子妈妈现在怎么样？
受访者：时好时坏。市医院肾内科的{{han:暴丽君}}大夫说，这病得一直透下去，等着配型换肾。{{minority/mongolian:查干图雅}}她心重，老觉得拖累了一家人，半夜偷着哭。闺女就搂着她说，{{trap/minority_word:额吉}}你别哭，我长大了当大夫给你治。她表妹{{minority/mongolian:格日乐其其格}}嫁到了{{trap/place:长治}}城里，每回透析都是表妹陪着去，{{minority/mongolian:格日乐其其格}}说，姐，你就当是来串门的。
访谈者：老家那边还有谁？
受访者：我母亲七十三了，一个人在嘎查养几头牛。我弟弟{{minority/mongolian:韩扎木苏}}在旗里开出租，隔几天去看她一回。嘎查的儿童主任{{minority/mongolian:哈日巴特尔}}也常去，帮着把孩子们的情况报到旗里。媳妇娘家在{{trap/place:巴彦呼舒}}，岳母{{minority/mongolian:额尔顿高娃}}腿脚不好，来不了，每个月从低保里省出两百给外孙女寄来。
访谈者：孩子们在学校里呢？
受访者：闺女的班主任{{han:琚玉萍}}老师知道孩子妈病了，中午让她在办公室吃饭。儿子他们班的{{han:申家旺}}老师是男的，年轻，给孩子们讲这边的老故事，说{{trap/famous:后羿}}射日就在三嵕山。儿子回来讲给我听，我就给他讲{{trap/famous:嘎达梅林}}。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:那达慕}}回不去，就在家里煮一锅{{trap/minority_word:手把肉}}。去年过年社区开联欢会，闺女上去唱了一首蒙古歌，底下的人都给她鼓掌。
访谈者：表上要登记住址、证件和电话。
受访者：在这边租的房子是{{address:屯留区麟绛镇西街村三组14号}}，老家是{{address:科右中旗巴彦呼舒镇哈日道布嘎查二组7号}}。我身份证{{id_number@my1985.152222}}，闺女的{{id_number@wy2013spaced.152222}}。电话{{mobile@plain}}，媳妇的{{mobile@s434}}。我微信是{{wechat:renqin_batu85}}，煤场发工资都往这上面转。
访谈者：表上的名字都写对了吗？
受访者：没有。学校的表上把闺女写成{{spaced:阿 木 尔 其 其 格}}，儿子写成{{spaced:旭　日　朝　鲁}}；社区的低保表上我是{{spaced:仁钦 巴特尔}}。
访谈者：最后还想说什么？
受访者：就盼媳妇的病能稳住，两个孩子好好念书。等{{minority/mongolian:旭日}}大了，带他回草原看看。
""")

# H690: Tibetan grandmother from 丁青 (昌都) in 襄垣 (长治); her son, a former miner, has pneumoconiosis, his wife left.
DOCS["H690"] = ("family", """\
访谈者：阿妈，您从昌都过来多久了？
受访者：三年了。我叫{{minority/tibetan:嘎玛曲措}}，村里人都喊我{{minority/tibetan:曲措}}阿妈。老家在{{trap/place:丁青}}，在{{trap/place:昌都}}北边，山高，冬天雪深。儿子{{minority/tibetan:洛珠旺堆}}十几年前出来当兵，退伍就留在{{trap/place:襄垣}}的煤矿上，在这边成了家。矿上的人叫不惯藏名，都叫他{{minority/tibetan:罗旺堆}}，后来他自己起了个汉名叫{{han:罗继川}}。前几年查出尘肺病，喘不上气，下不了井了。儿媳{{han:连秀芳}}跟他过不下去，把两个孩子撂下走了。{{minority/tibetan:洛珠}}打电话哭着叫我，我就坐了三天三夜的火车过来了。
访谈者：两个孩子多大了？
受访者：孙女{{minority/tibetan:泽旺拉姆}}十一，孙子{{minority/tibetan:云丹多吉}}七岁，藏名都是我给起的。他们妈起的汉名，孙女叫{{han:罗欣悦}}，孙子叫{{han:罗子谦}}，学校里用汉名。孙女在{{school:襄垣县古韩镇第三小学五年级（1）班}}，孙子在同一个学校念一年级。在家我喊他们{{minority/tibetan:拉姆}}和{{minority/tibetan:云丹}}。{{minority/tibetan:拉姆}}她爱看书，{{minority/tibetan:云丹}}就爱跟着他爸，他爸咳嗽，他就去倒水。{{minority/tibetan:云丹}}还不懂他爸的病好不了，老问阿爸啥时候带他去放风筝。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{han:连彩凤}}，是儿媳的远房姐姐，没因为儿媳走了就不管我们。她跑{{trap/org:民政局}}给俩孩子报了事实无人抚养，每人每月{{trap/number:一千一百五}}，我儿子报了低保。{{trap/org:县残联}}的{{han:侯建兵}}给他办了残疾证，每年还有护理补贴。矿上工会的{{han:崔福来}}主席说理赔的事他跟着跑，赔了一部分，剩下的还在打官司。{{trap/org:乡卫生院}}的{{han:冯润梅}}大夫每个月上门给他量血氧，她跟我说，阿妈你别急，急也没用。
访谈者：您儿子现在身体怎么样？
受访者：一天不如一天。夜里躺不平，得靠着被子坐着睡，一咳嗽就是半个钟头，咳得脸发紫，我{{trap/word:连忙}}给他拍背。家里买了个制氧机，一天开十几个钟头，电费一个月两百多。他以前在矿上是班长，能扛两袋水泥上楼，现在上个厕所都得歇三回。他跟我说，阿妈，是我对不起你，老了还让你操心。我说你别说这话，你是我儿子。
访谈者：您自己过得惯吗？
受访者：这边冬天不算冷，可夏天热得我睡不着。吃的也不惯，顿顿是面，想吃青稞就得托人从老家寄。最难的是想家。{{trap/place:丁青}}的山上这时候该开花了，我夜里做梦都是牛圈里的牛。可我不能回去，我一走，这个家就散了。{{minority/tibetan:泽旺拉姆}}说长大了要当医生，给她阿爸治病，我就为这句话撑着。
访谈者：您说汉话，平时有困难吗？
受访者：刚来的时候一句听不懂，买菜都是拿手比划。邻居{{han:郝秋莲}}婶教我说“多少钱”“便宜点”，她家{{han:郝俊生}}骑三轮带我去赶集。我没事就去{{han:郝秋莲}}家坐坐，她家的电视能收到藏语台。现在我能说些了，就是写不来字，填表都是孙女帮我。
访谈者：老家那边还有亲人吗？
受访者：有。大女儿{{minority/tibetan:丁增卓玛}}在{{trap/place:丁青}}县城开茶馆，每年挖了虫草卖了钱，寄来一些。我弟弟{{minority/tibetan:向巴洛松}}在寺里，他托人带来{{trap/minority_word:哈达}}和药丸，说给外甥治咳嗽。村医{{minority/tibetan:索朗卓嘎}}是我小时候的伙伴，她打电话说，你在那边把孩子带好，家里的牛我们帮着看。
访谈者：家里一个月的开销够吗？
受访者：紧巴巴的。儿子的药一个月四五百，医保报一半。孩子们的补助我一分不敢乱花，都存着交学费、买衣裳。我自己捡纸箱子卖，一个月能卖一百来块。过年村里送了一袋米、一桶油，还有两床新被子，我给孩子们一人一床。
访谈者：孩子们还记得藏族的东西吗？
受访者：记得。过{{trap/minority_word:洛萨}}的时候，我在家里打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}，孩子们爱吃。晚上我给他们讲{{trap/famous:格萨尔王}}，孙女也给我讲她课本上的{{trap/famous:愚公移山}}，说就是咱们这边的太行山。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:牛晓燕}}老师常打电话来，说孩子作文写了她阿爸下井的事，全班都哭了。学校的心理老师叫{{compound:公孙瑾瑜}}，每月找孙女谈一回。孙子的老师{{compound:上官振飞}}说他上课爱走神，我知道，孩子是担心他爸。
访谈者：登记表上要写住址、证件和电话。
受访者：我们租在{{address:襄垣县古韩镇南关村二组21号}}，老家是{{address:丁青县协雄乡四村三组9号}}。我的身份证{{id_number@wold.540423}}，孙女的{{id_number@wy2014hyphen.140423}}，儿子的{{id_number@my1987fullwidth.540423}}。电话是{{mobile@spaced}}，儿子的{{mobile@plus86}}。孙女给我弄了个微信，叫{{wechat:qucuo_amala}}，我只会发语音。大女儿在老家也用微信，{{wechat:dingqing_chaguan}}，她每个礼拜跟孩子们视频。
访谈者：表上的名字写得对吗？
受访者：残联的表上儿子的名字写成了{{spaced:洛珠 旺堆}}，孙女的低保卡上是{{spaced:泽 旺 拉 姆}}，我的写成了{{spaced:嘎　玛　曲　措}}。
访谈者：最后您想说什么？
受访者：我老了，就盼儿子多活几年，看着{{minority/tibetan:拉姆}}和{{minority/tibetan:云丹}}长大。
""")

# H691: Hui grandmother in 潞城 (长治) raising three grandchildren; her son is in prison, his wife left.
DOCS["H691"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：四口，我和三个孙子孙女。我叫{{han:米秀珍}}，经名叫{{minority/hui:哈加尔}}，在{{trap/place:潞城}}东关住了一辈子，老头子{{han:丁守信}}走了八年了。儿子{{han:丁文渊}}前年喝了酒开车撞了人，判了四年，在{{trap/place:太原}}服刑。寺里的人都叫他{{minority/hui:丁阿卜杜拉}}，打小在{{trap/org:清真寺}}念过经，谁想到会出这种事。儿媳{{han:杨俊霞}}，经名{{minority/hui:杨阿丽玛}}，他进去不到半年就回了{{trap/place:河南}}娘家，再没来过。
访谈者：孩子们多大了？
受访者：大孙女{{han:丁雨涵}}十四，经名{{minority/hui:安尼赛}}，在{{school:潞城区第二中学初二（5）班}}。孙子{{han:丁浩川}}十岁，经名{{minority/hui:赛德}}，在{{school:潞城区东关回民小学四年级（2）班}}。小孙女六岁，经名{{minority/hui:米尔赞}}，上学前班。{{minority/hui:安尼赛}}她懂事早，做饭洗衣裳都会，就是话少了。{{minority/hui:赛德}}跟他爸长得一个样，脾气也像，在学校跟人打过两回架。
访谈者：您一个人带三个孩子，钱上怎么办？
受访者：我有养老金，{{trap/number:一百八}}。社区的儿童主任{{han:白慧敏}}给三个孩子报了事实无人抚养，每人每月一千出头，我们家也吃着低保。{{trap/org:民政局}}的{{han:杨振国}}科长来过家里，说孩子们要是考上高中，还有助学金。区{{trap/org:妇联}}把大孙女报进了春蕾计划，每年给她{{trap/number:一千五}}，买书买衣裳。
访谈者：寺里帮过你们吗？
受访者：帮。开学前，寺里的{{han:马宗良}}阿訇带着乡老们送来学费，他的经名是{{minority/hui:马叶海雅}}。{{trap/minority_word:开斋节}}和{{trap/minority_word:古尔邦节}}寺里分肉，都给我们家多留一份。隔壁的{{minority/hui:马素菲娅}}每个礼拜五炸了{{trap/minority_word:油香}}就送一盘过来。还有开清真饭馆的{{minority/hui:白苏莱曼}}，让大孙女放假去他店里帮忙，一天给八十块。
访谈者：儿子出事那天的事您还记得吗？
受访者：一辈子忘不了。那天是腊月，他跟朋友喝了酒，开着三轮去送货，在路口撞了一个骑电动车的老汉。老汉在医院住了一个月，没救过来。我们把家里的积蓄全拿出来赔了，还借了亲戚十几万，到现在每个月还得还一点。我不怨法院判得重，人家一条命，咱认。
访谈者：孩子们在外面会被人说吗？
受访者：会。有孩子说{{minority/hui:赛德}}他爸是劳改犯，他就跟人打起来了。我跟他说，你爸做错了事，在里头还账，你不能再错。他听进去了，现在学习也往上走了。大孙女心思重，有一回我看见她在本子上写，不想活了。我吓坏了，赶紧去找了老师，老师给了我一个心理热线{{trap/hotline:12356}}，让孩子难受了就打。
访谈者：孩子们想爸爸吗？
受访者：想。一个月能打一回亲情电话，五分钟。{{minority/hui:赛德}}每回抢着说，说完了就躲到被窝里。监狱的{{compound:司徒明哲}}警官人不错，有一回让孩子们多说了两分钟。去年社区请来的律师叫{{compound:东方雅婷}}，帮着问了减刑的事，说表现好能早出来一年。
访谈者：学校那边呢？
受访者：大孙女的班主任{{han:米春燕}}老师跟我们一个坊上的，知道家里的事，从不在班上提。孙子的班主任{{han:魏建明}}老师说他打架，我去学校赔了不是，老师也没为难孩子，只是让他写了检讨。学校还派了一个心理老师{{compound:诸葛清扬}}，给孙子讲道理，讲{{trap/famous:郑和}}下西洋，说回回里也出过大人物。
访谈者：您平时一天怎么过？
受访者：天不亮起来礼拜，然后做饭，送小孙女去学前班。上午去菜市场帮人择菜，一上午给二十块。下午接孩子，晚上蒸一锅{{trap/word:米饭}}，看着他们写作业。我不识几个字，看不懂他们的作业，就坐在旁边纳鞋底陪着。大孙女说，奶奶你去睡吧，我说你写完我再睡。
访谈者：您身体怎么样？
受访者：糖尿病，每天打针。我最怕的是我哪天倒了，三个孩子没人管。我常跟自己说，{{minority/hui:哈加尔}}，你老了，可还得撑着。小孙女{{minority/hui:米尔赞}}每天晚上给我捶背，说奶奶你别死。我听了又想哭又想笑。
访谈者：表上要写住址、证件和电话。
受访者：家在{{address:潞城区成家川街道东关社区回民巷18号}}，儿媳娘家是{{address:沁阳市王曲乡南鲁村三组12号}}。我的身份证{{id_number@wold.140481}}，孙子的{{id_number@my2014fwspaced.140481}}。我的电话{{mobile@hyphen}}，{{han:白慧敏}}主任的{{mobile@plain}}。大孙女有个QQ，说是给学校交作业用，{{qq:2806413597}}。
访谈者：名字在表上写对了吗？
受访者：孩子们的经名学校不用。低保表上儿子写成了{{spaced:丁 文 渊}}，大孙女写成{{spaced:丁雨 涵}}，我是{{spaced:米　秀　珍}}。
访谈者：最后您想说什么？
受访者：盼儿子早点出来，好好做人，把孩子们接回去。
""")

# H692: Han mother in 黎城 (长治); her husband lost a hand and an eye blasting in a quarry; three children with
# word nicknames.
DOCS["H692"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：我叫{{han:李翠蛾}}，{{trap/place:黎城}}西井人。男人{{han:栗满山}}以前在山上石料场放炮，前年炸药提前响了，右手没了，左眼也瞎了。{{han:栗满山}}他原来多能干一个人，现在连扣子都系不上，整天坐在院里抽烟。我在镇上的{{trap/word:核桃仁}}加工坊剥仁，一天挣六七十块。三个孩子，大闺女小名叫{{han:布谷}}，老二是儿子叫{{han:钉子}}，老三叫{{han:锁子}}，才五岁。
访谈者：孩子们的大名叫什么？
受访者：大闺女叫{{han:栗雨萱}}，在{{school:黎城县第三中学初一（4）班}}；{{han:钉子}}大名{{han:栗浩博}}，在{{school:黎城县西井镇中心小学四年级（1）班}}；{{han:锁子}}大名{{han:栗子骞}}，他爸起的，说是“栗子”好记。{{han:布谷}}她嗓子亮，小时候在院里唱歌，跟山里的鸟一个样，就这么叫开了。{{han:钉子}}是他奶奶起的，说这孩子硬气，扎得住。
访谈者：出事以后谁帮过你们？
受访者：村里的{{han:郭长庚}}书记跑了好几趟石料场，老板{{han:宋金锁}}一开始不认，后来{{han:郭长庚}}找了司法所的{{han:范志远}}所长，才赔了十二万。{{han:宋金锁}}那边说再也拿不出了。乡{{trap/org:民政所}}的{{han:王丽琴}}姨给我们报了低保，{{trap/org:县残联}}的{{han:霍志勇}}给他评了二级残疾。村里的儿童主任{{han:赵凤英}}婶，把三个孩子都登记成困境儿童，每人每月补贴{{trap/number:二百七}}。
访谈者：出事那天是怎么回事？
受访者：那天早上下着小雨，他说山上的活赶工期，非去不可。中午村里人跑来喊我，说{{han:满山}}出事了。我赶到县医院，他浑身是血，手已经接不上了。在{{trap/place:长治}}住了两个月院，花了八万多，全是借的。
访谈者：他现在情绪怎么样？
受访者：不好。以前喝点酒还爱唱两句{{trap/word:上党梆子}}，现在整天不说话，孩子们跟他说话他也不理。去年有一回他喝多了，说活着没意思，把我吓坏了。{{trap/org:乡卫生院}}的大夫说他是抑郁了，让去市里看心理科，他不去。后来还是{{han:钉子}}天天缠着他下棋，他才慢慢有了点笑模样。
访谈者：孩子们知道家里难吗？
受访者：知道。{{han:布谷}}都不让我给她买新衣裳，说穿校服就行。{{han:钉子}}放学回来先给他爸倒水、点烟，再写作业。{{han:锁子}}就还小，光知道哭着要他爸抱，他爸一只手抱不动。上回{{han:锁子}}跟{{han:钉子}}打架，{{han:钉子}}让着他，自己跑到院外头哭去了。
访谈者：大闺女说过不想念书吗？
受访者：说过。去年她跟我说，妈，我不念了，去饭店里端盘子，能挣钱给家里。我打了她一巴掌，打完了娘俩抱着哭。她的老师知道了，来家里坐了一下午，说孩子成绩在班上前十，不念太可惜，学校给她免了住宿费。后来她再没提过这事。
访谈者：娘家那边呢？
受访者：我妈{{han:秦桂枝}}在{{trap/place:东阳关}}，七十了，常来给我看孩子。我姐{{han:李翠巧}}在{{trap/place:长治}}开小饭馆，每年开学给孩子们买书包，书包钱都是从她微信转过来的，她的微信叫{{wechat:cuiqiao_fanguan}}。我姐夫{{han:申国平}}给他在饭馆找了个看门的活，他嫌丢人不去。我姐就说他，{{han:满山}}，你要是还当你是个男人，就别在家耗着。
访谈者：学校有没有照顾？
受访者：{{han:布谷}}的班主任{{han:段晓丽}}老师，每学期给她{{trap/word:申请}}贫困生补助。{{han:钉子}}的数学老师{{compound:皇甫鹏程}}，放学留他补课，不收钱。镇上的社工叫{{compound:令狐书瑶}}，给孩子们办了个读书角，小的去了也跟着看画书。
访谈者：您自己累不累？
受访者：累。早上五点起，给孩子做饭，送小的去幼儿园，再去剥仁，剥到下午五点。手上全是黑的，洗也洗不掉。有时候他发脾气摔东西，我也想走。可我走了，三个孩子咋办？我妈说，熬吧，{{trap/famous:孟姜女}}哭倒长城那么苦，人家不也熬了。
访谈者：登记表上要写住址、证件和电话。
受访者：家在{{address:黎城县西井镇东崖底村四组23号}}。男人的身份证{{id_number@my1981spaced.140426}}，我的在办低保的时候丢了，还没补。我电话{{mobile@plain}}，男人的{{mobile@hyphen}}。我有个微信，叫{{wechat:licuie_buguma}}，孩子们的补助通知都在上面。{{han:布谷}}有个QQ，是上网课那年申请的，号码她写在我剥仁穿的围裙兜里了，说妈你找不着我就发这个：{{qq:3948125067}}。
访谈者：表上名字写对了吗？
受访者：残联的证上男人写成了{{spaced:栗 满 山}}，低保表上大闺女写成了{{spaced:栗雨 萱}}。
访谈者：最后想说什么？
受访者：盼三个孩子都能念出书来，别跟他爸一样在山上卖命。
""")

# H693: Han primary-school teacher in 壶关 (长治) going through five pupils in distress and their families on
# WeChat and QQ.
DOCS["H693"] = ("teacher", """\
访谈者：{{han:郭晓岚}}老师，您班上有几个困境儿童？
受访者：我带{{school:壶关县龙泉镇第一小学四年级（3）班}}，四十二个孩子，登记在册的困境儿童有五个。我挨个说吧，家长的微信和QQ我都存着。
访谈者：好，您说。
受访者：头一个是{{han:牛梓航}}。他爸{{han:牛保成}}偷电缆判了三年，他妈走了，他跟着爷爷{{han:牛二旺}}过。爷爷不会用手机，平时我找他姑{{han:牛晓红}}，她在{{trap/place:晋城}}打工，微信是{{wechat:niuxiaohong_jc}}。{{han:牛梓航}}他上课老趴着，作业也不交，我问了才知道，爷爷冬天犯哮喘，晚上都是他起来烧炉子。
访谈者：第二个呢？
受访者：第二个是{{han:桑雨彤}}，去年爸妈在{{trap/place:太行山}}大峡谷那段路上翻了车，两个人都没了。她现在跟叔叔{{han:桑建平}}一家过。叔叔说话不多，可对孩子实心实意。他不用微信，用QQ，号码他写在家长会的签到表后头了，我抄下来是{{qq:1386204957}}。婶子{{han:路秀兰}}的电话是{{mobile@s38}}。{{han:桑雨彤}}也从不提爸妈，可作文里写了一句“我想变成一只鸟”，我看了半天没说出话来。
访谈者：第三个？
受访者：第三个是{{han:暴一鸣}}，留守的，爸妈在{{trap/place:义乌}}做小商品，一年回来一趟。他跟奶奶{{han:王引弟}}过，奶奶七十多了，腿不好。他妈的微信叫{{wechat:baomama_yw2016}}，每天晚上跟孩子视频。孩子自己有个QQ，他说是拿奶奶的老手机申请的，号是{{qq:3157209846}}，有时候半夜还在上面打游戏，我跟他妈说了好几回。
访谈者：第四个？
受访者：第四个是{{han:秦梦瑶}}，她妈{{han:任小娟}}有智力残疾，在家里什么都不会做，爸爸{{han:秦永胜}}在{{trap/place:壶关}}县城送水，早出晚归。{{han:秦永胜}}他用QQ多，我找他都是发QQ，{{qq:905713264}}。{{han:秦梦瑶}}她穿的衣裳经常是脏的，我就把我闺女小时候的衣裳洗干净了拿给她。她姐{{han:秦梦雪}}在{{school:壶关县第二中学初一（6）班}}，姐俩都挺要强。
访谈者：第五个？
受访者：第五个是{{han:路天赐}}，今年刚从{{school:壶关县树掌镇中心小学三年级（1）班}}转来的。他爸{{han:路宏伟}}肝癌晚期，在{{trap/place:长治}}住院，他妈在医院陪床。孩子寄住在舅舅{{han:常志斌}}家，舅舅的微信{{wechat:changzhibin_1982}}。他妈在病房里不方便接电话，让我有事给她留言，QQ号她发在家长群里了，我记在本子上：{{qq:2591740863}}。{{han:路天赐}}他爸病了以后，孩子一下子长大了，每天放学先去给舅舅的小卖部看摊。
访谈者：这几个孩子在班上跟别的孩子处得怎么样？
受访者：大多数还行，孩子们之间其实挺护着的。有一回别的班的孩子说我们班一个女孩身上有味儿，好几个男孩子冲上去理论，我嘴上批评他们，心里挺高兴。就是有的孩子自己缩着，下课也不出教室，我就安排他们当小组长、管图书角，让他们觉得自己有用。
访谈者：您跟家长们联系多吗？
受访者：多。开学初我挨家走一遍，平时就靠微信和QQ。有的家长不识字，我就发语音；有的在外地打工，晚上十点以后才回消息，我也等着。有时候一个电话打过去，家长在那头哭，我也跟着难受。当班主任这些年，我最大的体会是，孩子出了问题，根子多半在家里。
访谈者：学校和村里怎么帮这些孩子？
受访者：学校里，校长{{han:申红梅}}把这五个孩子的午饭费都免了。镇上的社工{{compound:尉迟凌峰}}每周来一趟，给孩子们上团体课。县{{trap/org:民政局}}的{{han:焦振华}}主任来班里看过，说这几个孩子都纳入了困境儿童，每月有补贴。村里的儿童主任也常跟我通电话，{{han:牛梓航}}他们村的儿童主任是{{han:冯二梅}}，她一个人管着十几个孩子。我们学校还跟一个爱心企业结了对子，企业的负责人是{{compound:司马景行}}，每个孩子一年资助{{trap/number:一千二}}。
访谈者：您自己平时怎么做？
受访者：我就多看着点。谁没吃早饭，我抽屉里备着面包和{{trap/word:牛奶}}；谁家里出了事，我就多打几个电话。班上的孩子给他们起外号，我说不许。我们这代人小时候读{{trap/famous:雷锋}}日记，现在我给孩子们讲{{trap/famous:孔融}}让梨，讲别人有难处要搭把手。
访谈者：表上要写您学校和您本人的情况。
受访者：学校在{{trap/place:龙泉镇}}，我家住{{address:壶关县龙泉镇泰昌小区4号楼2单元302室}}。我电话{{mobile@plain}}，孩子们有事也能打青少年热线{{trap/hotline:12355}}。我的QQ是{{qq:2640917385}}。
访谈者：孩子们的名字在表上写对了吗？
受访者：民政的表把{{han:桑雨彤}}写成了{{spaced:桑 雨 彤}}，把{{han:暴一鸣}}写成了{{spaced:暴　一　鸣}}，社工的名字写成了{{spaced:尉 迟 凌 峰}}。
""")

# H694: Kazakh grandmother from 和布克赛尔 in 沁源 (长治), where her son keeps wind turbines; his wife died, the
# grandchildren are with her.
DOCS["H694"] = ("family", """\
访谈者：奶奶，您从新疆过来多久了？
受访者：两年。我叫{{minority/kazakh:哈依夏·吾拉尔}}，在{{trap/place:和布克赛尔}}的山里放了一辈子羊。老伴{{minority/kazakh:努尔太}}走得早。儿子{{minority/kazakh:叶尔波力·努尔太}}学的是电工，先在{{trap/place:塔城}}的风电场，后来公司派他到{{trap/place:沁源}}山上修风机。儿媳{{minority/kazakh:萨吾丽·沙尔山}}前年冬天去牧场送奶，车翻到了沟里，人没了。儿子一个人带不了两个孩子，我就跟着过来了。
访谈者：孩子们多大了？
受访者：孙女{{minority/kazakh:叶尔克娜孜·叶尔波力}}十岁，在{{school:沁源县沁河镇第一小学四年级（5）班}}；孙子{{minority/kazakh:阿吾力汗·叶尔波力}}六岁，在沁河镇上幼儿园大班。学校的花名册上写的是{{minority/kazakh:叶尔克娜孜叶尔波力}}，太长了，老师们都叫她{{minority/kazakh:娜孜}}。{{minority/kazakh:阿吾力汗}}他刚来时一句汉话不会，现在跟同学说得比我还溜。
访谈者：孩子们想妈妈吗？
受访者：想。孙女把她妈的头巾叠好放在枕头边上。有一回{{minority/kazakh:娜孜}}跟我说，奶奶，我梦见妈妈骑着马回来了。我没忍住，抱着她哭了一场。{{minority/kazakh:叶尔波力}}他在山上一住就是半个月，回来也累，话少。
访谈者：您儿子的工作辛苦吗？
受访者：辛苦。风机都在山顶上，冬天风大雪大，他们得爬到八十多米高的机舱里去修，一爬就是半个钟头。有一回他在上面修了一整夜，手冻得没知觉了，下来给我打电话，声音都是抖的。我在家里就祷告，求{{trap/minority_word:胡大}}保佑他。
访谈者：孩子们在这边习惯吗？
受访者：{{minority/kazakh:阿吾力汗}}小，习惯得快，现在爱吃刀削面。孙女慢，刚来时食堂的饭不敢吃，学校专门给她单做。她班上有个回族女孩，两个人成了好朋友，天天一块儿吃饭。楼里的人好奇，问毡房是啥样的，孙女就给人家画。
访谈者：这边谁帮过你们？
受访者：社区的儿童主任{{han:任春香}}大姐，给两个孩子报了事实无人抚养，每人每月{{trap/number:一千二百六}}。{{trap/org:民政局}}的{{han:陈志宏}}来家里核过两回。风电场的经理{{han:张晋生}}给儿子排班，尽量让他周末下山。儿子的同事{{minority/kazakh:巴合提·库瓦特}}也是从新疆来的，他媳妇{{han:温秀云}}是这边人，{{trap/word:常常}}把孙子接到她家吃饭。{{minority/kazakh:巴合提}}还给孩子们做了一把{{trap/minority_word:冬不拉}}。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:闫丽芳}}老师，知道孩子没了妈，开家长会都让我坐在前头，给我慢慢讲。孙子的班主任{{compound:赫连雅琪}}是个年轻姑娘，会说几句哈萨克话，说是上大学时跟同学学的。学校还有个心理老师叫{{compound:长孙一帆}}，每个月给孙女做一回辅导。
访谈者：老家那边还有亲人吗？
受访者：有。大女儿{{minority/kazakh:阿克玛拉·努尔太}}在{{trap/place:和什托洛盖}}当护士，每个月给我打钱。我弟弟{{minority/kazakh:吾拉尔别克}}还在山里放羊，他说等孩子大一点，夏天接他们回去住毡房。
访谈者：您在这边过得惯吗？
受访者：刚来不惯，天热，吃不惯面食，也没人说话。后来跟楼下的{{han:贾桂芹}}婶熟了，她教我蒸馒头，我教她炸{{trap/minority_word:包尔萨克}}。过{{trap/minority_word:纳吾肉孜节}}的时候，我们做了一锅{{trap/minority_word:纳吾肉孜饭}}，请邻居们来吃，{{han:贾桂芹}}她家的孩子吃了三碗。我给孩子们讲{{trap/famous:阿拜}}的诗，讲{{trap/famous:阿凡提}}的故事。
访谈者：您跟儿子以后有什么打算？
受访者：儿子说在这边干满五年，攒点钱回老家，在县城买套房子，让孩子们在那边念中学。我也想回去，老了想回自己的草原上。可孩子们在这边上学上惯了，孙女说，奶奶，我的朋友都在这儿。我也不知道以后咋办，走一步看一步吧。
访谈者：登记表上要写住址、证件和电话。
受访者：我们住在{{address:沁源县沁河镇西湖小区8号楼1单元502室}}，老家是{{address:和布克赛尔县查干库勒乡二村四组16号}}。我的身份证{{id_number@wold.654226}}，孙女的{{id_number@wy2015hyphen.654226}}，儿子的{{id_number@my1986quad.654226}}。儿子的电话{{mobile@p86h}}，我的电话{{mobile@plain}}。儿子的微信{{wechat:yerbol_wind86}}。孙女的老师建了个家长群，用的是QQ，我是拿儿子的号进的群，号码贴在冰箱门上：{{qq:1620938475}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。医保卡上儿子写成了{{spaced:叶尔波力 · 努尔太}}，孙子写成了{{spaced:阿 吾 力 汗}}，社区的表上我写成了{{spaced:哈 依 夏 · 吾 拉 尔}}，还有写成{{spaced:叶尔克娜孜 叶尔波力}}的。
访谈者：最后您想说什么？
受访者：盼孩子们长大了有出息，也别忘了自己是哈萨克人。
""")

# H695: Han court clerk in 武乡 (长治) reading from a guardianship case file: a prisoner's two children whose mother
# died, their aunt asking to be appointed guardian.
DOCS["H695"] = ("court", """\
访谈者：您在法院做书记员几年了？
受访者：七年了。我叫{{han:魏俊峰}}，在{{trap/place:武乡}}县法院民事庭。今天说的是去年办的一个申请指定监护人的案子，卷宗我带来了，名字、号码我照着念，您那边再处理。
访谈者：好，您说说案子的情况。
受访者：两个孩子，姐姐{{han:王若曦}}，十三岁，弟弟{{han:王若凡}}，九岁。父亲{{han:王宝林}}因为盗窃判了六年，在监狱服刑。母亲{{han:韩艳萍}}前年得乳腺癌去世了。孩子一直跟着外婆{{han:武金凤}}过，外婆七十四了，有心脏病。申请人是孩子的姨妈{{han:韩艳丽}}，在县城超市当收银员。被申请人一栏写的是孩子的爷爷{{han:王有福}}和叔叔{{han:王宝树}}。
访谈者：为什么要打这个官司？
受访者：孩子妈去世以后，保险公司赔了一笔钱，{{han:王宝树}}他拿着孩子的存折不给，孩子的生活费也是他去领。{{han:韩艳丽}}说，钱我一分不要，我就要把孩子带在身边。爷爷那边的意思是孩子姓王，得留在王家。开庭那天，老爷子拄着拐来了，说着说着就哭了。法警赶紧叫了{{trap/hotline:120}}，后来量了血压没事。
访谈者：法院怎么处理的？
受访者：审判长是{{compound:慕容德清}}，合议庭还有人民陪审员{{compound:夏侯兰芝}}。庭前我们去村里走访，村委会主任{{han:李拴柱}}、儿童主任{{han:郝玉珍}}都出了书面意见，说孩子们这两年吃住都在外婆家，是姨妈在管。{{trap/org:民政局}}也来了人，是{{han:程晓东}}。申请人请不起律师，{{trap/org:法律援助中心}}给她派的是{{compound:漆雕文轩}}律师；{{han:王宝树}}那边请的律师叫{{compound:乐正子恒}}。最后指定姨妈当监护人，存折交给她，由{{trap/org:县妇联}}和村委会监督着用。
访谈者：开庭的时候孩子们来了吗？
受访者：姐姐来了，法官单独问了她的意见。那天我做笔录，孩子说话声音很小，说想跟姨妈过，说姨妈给她扎辫子、开家长会，爷爷那边一年也见不了几回。问到她爸，她不说话了，低着头掉眼泪。审判长让她先出去歇歇，我给她倒了杯水。合议的时候，孩子的意见是很重要的一条。
访谈者：判了以后双方服吗？
受访者：叔叔那边开始说要上诉，后来没上诉。我们把道理给他讲透了：钱是孩子的，放在姨妈那儿，每一笔都得记账，村委会和妇联都能查，他不放心也能查。爷爷最后也松了口，说只要孩子过年能回来住两天就行。判决书里把探望也写进去了。
访谈者：孩子们现在怎么样？
受访者：跟着姨妈住到了县城。姐姐转到{{school:武乡县第一中学初一（3）班}}，弟弟在{{school:武乡县丰州镇东关小学三年级（2）班}}。回访的时候，{{han:王若曦}}她说最怕的是再换地方。弟弟{{han:王若凡}}就知道跟着姐姐。社工站派了个社工叫{{compound:巫马晓蕾}}，每月上门一趟，写回访记录。
访谈者：卷宗里的信息能念一下吗？
受访者：能。申请人{{han:韩艳丽}}，身份证{{id_number@wy1983hyphen.140429}}，住{{address:武乡县丰州镇育才小区3号楼2单元401室}}，电话{{mobile@plain}}。被申请人{{han:王宝树}}，住{{address:武乡县蟠龙镇石门村二组36号}}，电话{{mobile@plus86dash}}。孩子们的户口在爷爷家，{{han:王若曦}}{{id_number@wy2012tri.140429}}，{{han:王若凡}}{{id_number@my2016x.140429}}。外婆家是{{address:武乡县丰州镇北良村五组8号}}。父亲{{han:王宝林}}的身份证{{id_number@my1982fwhyphen.140429}}。
访谈者：外婆现在怎么样？
受访者：去年冬天住了一回院，心衰。姨妈{{trap/word:白天}}上班，晚上去医院陪床，两个孩子放学就去医院写作业，护士站的人都认得他们了，给腾了一张桌子。外婆出院那天拉着我的手说，闺女，我这把老骨头不怕死，就怕两个娃没人管，现在法院给定了，我就放心了。
访谈者：卷宗里名字有写错的吗？
受访者：有。爷爷不识字，送达回证上是他孙子替他签的，写了两遍才写对：{{han:王有福}}{{han:王有福}}。外婆按的手印，旁边代签了{{han:武金凤}}三个字。立案表上申请人打成了{{spaced:韩 艳 丽}}，孩子写成{{spaced:王　若　曦}}，审判长打成了{{spaced:慕 容 德 清}}，陪审员打成了{{spaced:夏　侯　兰　芝}}，外婆又写成了{{spaced:武金 凤}}。
访谈者：这类案子多吗？
受访者：一年三五个。我们{{trap/place:武乡}}是老区，{{trap/year:一九三九年}}八路军总部就驻在这一带，{{trap/famous:左权}}将军牺牲在{{trap/place:十字岭}}，老人们常讲。可如今的难处不一样了，爹妈出事的孩子，谁来管，法院得替孩子想。
访谈者：最后您想说什么？
受访者：这两个孩子算是有了着落。{{han:韩艳丽}}说，等{{han:王宝林}}出来了，孩子认不认他，由孩子自己定。我觉得这话在理。
""")

# H696: Han grandmother in 平顺 (长治) raising two grandsons; her son died in a tunnel collapse, his wife remarried.
DOCS["H696"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：三口，我和两个孙子。我叫{{han:申改英}}，{{trap/place:平顺}}东寺头人，老头子{{han:郭福全}}前些年得脑梗走了。儿子{{han:郭建庭}}在{{trap/place:贵州}}修隧道，{{trap/year:二〇二一年}}塌方，人就没了。儿媳{{han:张巧云}}守了一年，后来嫁到{{trap/place:林州}}去了，过年还给孩子们打个电话。
访谈者：两个孙子多大？
受访者：大孙子{{han:郭子睿}}十三，在{{school:平顺县第二中学初一（2）班}}住校；小孙子{{han:郭子轩}}八岁，在{{school:平顺县东寺头乡中心小学二年级（1）班}}。{{han:郭子睿}}都快跟我一般高了，放了假就上山帮我刨{{trap/word:党参}}。{{han:郭子轩}}还小，晚上要挨着我睡，说梦见他爸了。放了假我上山，就让{{han:郭子睿}}在家看着弟弟。
访谈者：孩子们想爸爸吗？
受访者：想。大孙子不说，可他把他爸的安全帽挂在床头上。小孙子每年清明都要去坟上，跪在那儿跟他爸说话，说他考了多少分，说奶奶腰疼。我在后头听着，眼泪止不住。他妈打电话来，小的抢着接，大的就躲出去。我知道他心里有疙瘩，觉得他妈不要他们了。我跟他说，你妈也难，她还年轻，不能让她守一辈子。
访谈者：地里的活谁干？
受访者：我种了两亩玉米，还有一片{{trap/word:党参}}。农忙的时候娘家兄弟来帮，平时我自己慢慢干。山上的地不好种，一下{{trap/word:暴雨}}路就冲坏了。去年玉米卖了两千来块，党参卖了一千多，够孩子们一年的零花。
访谈者：家里的收入靠什么？
受访者：靠政府。村支书{{han:桑国强}}帮着报的，俩孩子算孤儿，每人每月{{trap/number:一千三百八}}，我吃着低保和养老金。儿子的赔偿款存在银行，{{han:桑国强}}说那是孩子们念书的钱，谁也不能动。乡里管民政的{{han:李海燕}}，每个季度来一趟，问孩子们缺什么。村里的儿童主任{{han:郭秀兰}}是我本家侄媳妇，孩子们的表都是她填的。
访谈者：亲戚们帮衬吗？
受访者：帮。我闺女{{han:郭建芳}}嫁到了{{trap/place:长治}}，每个月回来一趟，给孩子们买衣裳。我娘家兄弟{{han:申拴成}}一家在村东头，收秋的时候都来帮忙。他家的{{han:申小娥}}，孩子们叫她小姨，在县医院当护士，孩子们有个头疼脑热，都是找{{han:申小娥}}。邻居{{han:路玉梅}}大姐也好，{{han:路玉梅}}她家的孙子跟我小孙子同班，俩孩子天天一块儿上学。
访谈者：孩子们在学校怎么样？
受访者：大孙子的班主任{{han:常丽茹}}老师说他学习还行，就是不爱说话。县里派来的社工叫{{compound:段干若溪}}，每个月来学校找他谈一回。小孙子的班主任{{compound:闾丘曼琳}}是从外地考来的，对孩子上心，有回孩子发烧，她骑着电动车送到了{{trap/org:乡卫生院}}。县医院儿科的{{compound:南宫振华}}大夫说，孩子的扁桃体不好，以后得做手术。
访谈者：您身体怎么样？
受访者：腰不好，血压高。乡卫生院的大夫说我这腰是年轻时背柴背坏的，治不好，只能养着，让我别再上山。可不上山，地就荒了。去年冬天去井台上打水，摔了一跤，在床上躺了半个月，是大孙子请了假回来伺候我。那半个月{{han:郭子睿}}他给我端屎端尿，我心里又疼又愧。我跟他说，你好好念书，{{trap/famous:岳飞}}他娘在他背上刺了四个字，奶奶不会刺字，你自己记着。
访谈者：还有谁帮过你们？
受访者：有个爱心人士叫{{compound:拓跋念慈}}，在{{trap/place:太原}}开公司，每年给俩孩子寄学费。镇上{{trap/org:妇联}}的{{han:宋丽萍}}，年年六一给孩子们送书包。还有我们村走出去的大学生{{han:桑晓宇}}，在外头当老师，寒暑假回来给孩子们补课。
访谈者：登记表上要写住址、证件和电话。
受访者：家在{{address:平顺县东寺头乡南庄村一组5号}}。大孙子的身份证{{id_number@my2011spaced.140425}}，小孙子的{{id_number@my2016fw.140425}}。我电话{{mobile@plain}}，闺女的{{mobile@s74}}，闺女的微信{{wechat:guojianfang_cz}}。大孙子有个QQ，号码他写在我老年机的后盖里头了，说奶奶不会用就让人帮你加：{{qq:1749302658}}。
访谈者：表上的名字写对了吗？
受访者：低保表上我写成了{{spaced:申 改 英}}，大孙子写成了{{spaced:郭　子　睿}}，社工写成了{{spaced:段 干 若 溪}}，爱心人士写成了{{spaced:拓跋 念慈}}。
访谈者：最后您想说什么？
受访者：我就盼着多活几年，看着两个孙子成人。等他们长大了，我也能给他爸有个交代。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=689,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
