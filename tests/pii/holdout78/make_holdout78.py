# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 78 (tests/pii/holdout78/H609-H616 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 79, written at the same time by another
writer, is a later set and not looked at).

Set 78 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
杜尔伯特 in 萨尔图 (大庆), half blind from diabetes, whose wife is in prison in 哈尔滨 for an illegal fund-raising
scheme; a Tibetan grandmother in 达孜 (拉萨) whose son is on dialysis and whose daughter-in-law left for 那曲, with three
grandchildren; a Hui grandmother in 洛宁 (洛阳, 河南) whose son is in prison in 新乡, whose husband went blind and whose
daughter-in-law went to 广东; a Han mother in 康保 (张家口) with rheumatoid arthritis whose husband died of
pneumoconiosis, with three children called by word nicknames; a Han primary-school teacher in 偃师 (洛阳) who reaches
the families of five pupils (a drunk driver in prison, migrant parents in 深圳, a deaf widowed mother, a Hui boy whose
mother died, an orphan) on WeChat and QQ; a Uyghur grandfather from 皮山 selling naan in 泰州 (江苏) with the two
children of his paralysed son; a Han court clerk in 涿鹿 (张家口) reading from the file of a case that took a violent
father's guardianship away and gave it to the grandmother; and a Han grandmother in 建昌 (葫芦岛, 辽宁) raising her
grandson, whose father died in a mine and whose mother remarried in 锦州. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (松布尔巴图, 嘎达苏其木格, 那日苏吉日嘎拉, 敖特根图雅) with short forms after the full name (都喊我松布尔,
嘎达苏她, 扎那都), a Han surname before a Mongolian given name (包图拉嘎, 白哈斯塔娜) and the Han name of the father
(白振岭); Tibetan names (次旦卓玛, 扎西班典, 土旦旺秋, 斯朗益珍, 多觉次仁, 群措卓嘎) with short forms (班典他, 旺秋说,
益珍她) and two-character names used alone (次琼, 朗珍, 巴珍), and Han names of Tibetans (罗旭川, 蒲晓玲); Hui
Han-form names (海凤琴, 丁宝柱, 纳秋菊, 穆德胜) beside 经名 used alone (拉比阿, 尔不都, 萨米拉, 法鲁克) and a Han
surname before an Arabic name (丁麦哈穆德 then 麦哈穆德他, 丁贾米拉 then 贾米拉, 海达乌德, 丁叶海亚, 哈侯赛因,
穆鲁格耶); Uyghur given name + father's name with and without the dot (吾守尔·萨迪尔 and 吾守尔萨迪尔,
阿布拉江·玉苏普 and 阿布拉江玉苏普, 托乎提尼亚孜) with short forms (吾守尔大爷, 巴拉提他, 祖力米热她); Han word
nicknames annotated whole (葵花说, 满仓也, 灯笼就); Han names with common and rare surnames (訾, 缑, 郄, 邸, 冀, 蔺,
栾, 郗, 贲, 隋, 佟), titles and kin words, names that contain words (刘春河, 柴立春, 温春来, 金海涛, 佟家旺 then
家旺), a name written twice (苗玉珍苗玉珍), names directly before particles and verbs and after 叫/是/给/跟/和/找/让;
spaced, dotted and split names; compound surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郄翠萍}}``, ``{{qq:2740193586}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013quad.130723}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 阿訇, 婶, 大爷) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他, 他们家, 那边) are outside the
span; a word nickname (葵花, 满仓, 灯笼) is annotated whole. Han-style names of Mongolian, Tibetan and Hui people
(白振岭, 罗旭川, 海凤琴) are category han; a Han surname before a non-Han given name (包图拉嘎, 丁麦哈穆德) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout78/make_holdout78.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(78_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "135", "137", "147", "153", "156", "158", "166", "171", "175", "181", "183",
                   "187", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H609: Mongolian father in 萨尔图 (大庆); his wife is in prison for fraud, he is half blind from diabetes.
DOCS["H609"] = ("family", """\
访谈者：大哥，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:松布尔巴图}}，{{trap/place:杜尔伯特}}过来的蒙古族，在{{trap/place:萨尔图}}住了十五年，街坊都喊我{{minority/mongolian:松布尔}}。户口本上还有个汉名叫{{han:白振岭}}，单位花名册用的是这个。我在供热公司烧锅炉，一个月三千出头。媳妇{{minority/mongolian:嘎达苏其木格}}前年跟人搞集资，判了三年半，在{{trap/place:哈尔滨}}服刑。两个孩子就我一个人带。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:赛汗塔娜}}十四，在{{school:萨尔图区第六十九中学初二（5）班}}；小子{{minority/mongolian:扎那巴特尔}}九岁，在{{school:萨尔图区东风小学三年级（2）班}}，家里叫他{{minority/mongolian:扎那}}。{{minority/mongolian:扎那}}都九岁了还尿床，他想他妈。
访谈者：孩子妈妈的事，孩子们知道吗？
受访者：闺女知道，小子只当他妈出远门了。{{minority/mongolian:嘎达苏}}她原先在{{trap/place:让胡路}}开美容店，认识了一帮搞理财的，自己投了钱，又拉亲戚投，最后钱收不回来。她妈{{minority/mongolian:敖特根图雅}}把养老钱也搭进去了，到现在不跟我们来往。{{minority/mongolian:嘎达苏}}一个月能往家打一次电话，十分钟，闺女一接就哭。
访谈者：您身体怎么样？
受访者：糖尿病，左眼去年看不见了。{{trap/org:油田总医院}}的{{han:邢立文}}大夫说是眼底出血，打了三针，一针{{trap/number:四千多}}。钱是我哥{{minority/mongolian:那日苏吉日嘎拉}}垫的，他在{{trap/place:林甸}}种稻子。
访谈者：这些年谁帮过你们？
受访者：社区的儿童主任{{han:孙晓鸥}}，她跟街道说了，俩孩子按父母一方服刑报了困境儿童，每人每月{{trap/number:六百五}}。社区书记{{han:刘春河}}给报了低保，过年送了一桶豆油一袋米。{{han:刘春河}}他这人嗓门大，心细。街道民政上的{{han:关淑芹}}来家核过两回。网格员{{minority/mongolian:包图拉嘎}}也是蒙古族，跟我说蒙语，有啥表都是她帮着填。市里社工站来过两个年轻人，一个叫{{compound:赫连晓岚}}，跟她搭档的是{{compound:长孙思齐}}。{{compound:赫连晓岚}}每个礼拜六来给小子辅导作业。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{minority/mongolian:希吉日玛}}老师也是蒙古族，知道家里的事，免了她的资料费。闺女数学好，英语差，英语老师{{han:鞠晓彤}}中午给她单补。小子班上的{{minority/mongolian:白哈斯塔娜}}老师说他上课老发呆，画画倒画得好，画的都是马。
访谈者：邻居呢？
受访者：对门{{han:于振山}}两口子是山东人，我上夜班的时候，小子就在他家吃饭。楼下{{minority/mongolian:伊德新朝鲁}}跟我是一个嘎查出来的，腊月里给我们送了半扇羊。{{trap/word:白天}}我睡觉，晚上上班，全靠这些人。
访谈者：孩子们跟妈妈还有联系吗？
受访者：监狱一个月能写一封信。闺女每回写三页，写学校的事，写弟弟又长高了，从来不写家里缺钱。{{trap/year:二〇二三年}}国庆，我带俩孩子坐火车去会见，隔着玻璃，小子把脸贴上去，他妈在那边哭，这边也哭。回来的路上小子问我，妈妈过年能回来吗，我没敢吭声。
访谈者：您上夜班的时候孩子们怎么办？
受访者：我倒班，一个礼拜三个夜班。夜班的时候闺女带着弟弟睡，门反锁上，我半夜打个电话回来问问。社区给我家装了个一键呼叫，有事一按，值班室就知道。
访谈者：过节的时候呢？
受访者：春节我带孩子回杜尔伯特，给老人磕头，孩子们跟着叔伯们去{{trap/minority_word:祭敖包}}。夏天那边办{{trap/minority_word:那达慕}}，小子看摔跤看得眼都不眨。我跟他们讲{{trap/famous:嘎达梅林}}的故事，闺女说她早在书上看过了。
访谈者：最难的时候是什么时候？
受访者：去年冬天我住院那半个月。闺女一个人带着弟弟，早上做饭送他上学，晚上给他洗衣服。{{minority/mongolian:赛汗塔娜}}她那时候才十三，一个字没跟我抱怨。我出院那天看见她手上冻的口子，心里不是滋味。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:萨尔图区会战街道春雷小区14号楼2单元601室}}，孩子姥姥家在{{address:杜尔伯特蒙古族自治县一心乡新发村二组17号}}。我身份证{{id_number@my1980spaced.230624}}，闺女的{{id_number@wy2011.230602}}。我电话{{mobile@plain}}，我哥电话{{mobile@plus86dash}}。闺女有微信，叫{{wechat:saihan_tana11}}，她还有个QQ，说是跟同学对作业的，写在冰箱门上了，我念给你：{{qq:2740193586}}。
访谈者：表上名字写得对吗？
受访者：不大对。学校名单上闺女是{{spaced:赛　汗　塔　娜}}，医院把我写成{{spaced:松 布 尔 巴 图}}，监狱寄来的信封上是{{spaced:嘎达苏 其木格}}，小子的作业本上写着{{spaced:扎那 巴特尔}}。
访谈者：最后您想说什么？
受访者：盼媳妇早点出来，一家人团圆。{{minority/mongolian:松布尔巴图}}这辈子没求过人，为了孩子，啥脸面都能放下。
""")

# H610: Tibetan grandmother in 达孜 (拉萨); her son is on dialysis, his wife left for 那曲.
DOCS["H610"] = ("family", """\
访谈者：阿妈，您慢慢说，家里几口人？
受访者：五口人。我叫{{minority/tibetan:次旦卓玛}}，今年六十八，家在{{trap/place:达孜}}，{{trap/place:拉萨河}}边上的村子。老伴{{minority/tibetan:强巴顿珠}}走了六年了。儿子{{minority/tibetan:扎西班典}}得了尿毒症，一个礼拜去{{trap/place:拉萨}}透析三回。儿媳{{minority/tibetan:旦增曲珍}}前年跟一个开车的去了{{trap/place:那曲}}，再没回来。三个孙子孙女跟着我。
访谈者：孩子们多大？
受访者：老大{{minority/tibetan:土旦旺秋}}十三，在{{school:拉萨北京实验中学初一（4）班}}住校，我们叫他{{minority/tibetan:旺秋}}。老二{{minority/tibetan:斯朗益珍}}十岁，在{{school:达孜区德庆镇中心小学四年级（1）班}}，家里都叫她{{minority/tibetan:益珍}}。老三{{minority/tibetan:次琼}}五岁，在村里的幼儿园。{{minority/tibetan:旺秋}}说他长大要当医生，给他爸治病。
访谈者：儿子现在怎么样？
受访者：{{minority/tibetan:班典}}他瘦得只剩一把骨头。透析在自治区人民医院，肾内科的{{han:雷振川}}大夫说最好换肾，可是配型难，钱也不够。{{minority/tibetan:班典}}就说，阿妈，别管我了，把钱留给孩子们念书。我说你是我儿子，我不管你谁管你。
访谈者：这些年谁帮过你们？
受访者：村委会主任{{minority/tibetan:朗珍}}，她跟乡里报了，三个孩子按困境儿童，每人每月{{trap/number:一千二百多}}。儿子有低保，医药费大病救助报了大半。驻村工作队的队长{{han:汪建湘}}是{{trap/place:江苏}}来的，每个月往医院跑，帮着办报销。乡卫生院的大夫{{han:罗旭川}}是藏族，藏名叫{{minority/tibetan:多觉次仁}}，隔几天就来给儿子量血压。区民政局的{{han:蒲晓玲}}也是藏族，汉名是她爸给起的，她来家里核过情况。还有区里社工站的两个姑娘，一个叫{{compound:上官沁柔}}，另一个是{{compound:尉迟青禾}}，周末来给{{minority/tibetan:益珍}}辅导汉语。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:旺秋}}的班主任{{han:冉艳秋}}老师是{{trap/place:重庆}}人，援藏来的，常给我打电话，说孩子懂事，就是太闷。{{minority/tibetan:益珍}}她爱唱歌，学校过{{trap/minority_word:藏历新年}}的时候让她领唱。她的老师{{minority/tibetan:巴珍}}说这孩子嗓子亮。
访谈者：家里的活谁干？
受访者：我干。早上起来{{trap/minority_word:煨桑}}、打{{trap/minority_word:酥油茶}}，给孩子们拌{{trap/minority_word:糌粑}}。邻居{{minority/tibetan:群措卓嘎}}家有手扶拖拉机，青稞收割的时候帮我们拉。她男人{{han:杨宝庆}}是汉族，在{{trap/place:墨竹工卡}}修路，回来也帮我劈柴。
访谈者：您自己身体怎么样？
受访者：膝盖不好，上下坡疼，血压也高。村医每个月来给我量一回，药是免费领的。我不敢病，我一病，三个孩子和一个病人就没人管了。晚上孩子们睡了，我坐在火炉边上捻佛珠，坐一个钟头，心里才静下来。
访谈者：孩子们放假做什么？
受访者：放牛、捡牛粪、帮我背水。老大懂事，假期里在镇上的饭馆洗碗，挣了{{trap/number:六百块}}，全给了我。我又塞回他兜里，让他买本子。
访谈者：家里的收成怎么样？
受访者：有六亩地，种青稞和土豆，我一个人种不过来，村里的互助组帮着种。还养了两头奶牛，挤的奶打酥油，多的卖给镇上的茶馆。一年下来也就{{trap/number:八千来块}}。孩子们上学不要钱，在学校吃住也不要钱，这个政府管得好。{{trap/minority_word:雪顿节}}的时候，村里的年轻人带孩子们去{{trap/place:罗布林卡}}看藏戏。
访谈者：儿子去拉萨透析怎么走？
受访者：坐班车，一早出门，透完了下午回来。有时候人太虚了，就在拉萨的亲戚家住一晚。路修好了，四十分钟就到，以前要两个钟头。透析的钱医保报九成，自己出的那点也有救助。最怕的是他路上晕倒，放假的时候我让{{minority/tibetan:旺秋}}陪着他去。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:次琼}}晚上哭着要妈妈。我给他们讲{{trap/famous:格萨尔}}的故事，讲{{trap/famous:文成公主}}进藏，讲着讲着他们就睡了。去{{trap/place:甘丹寺}}转经的时候，我给他们妈妈也点了一盏灯，愿她在外头平平安安。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:达孜区德庆镇唐嘎村三组11号}}，儿子在拉萨租的房子在{{address:城关区纳金路雪莲小区5号楼2单元302室}}。我身份证{{id_number@wy1957.540104}}，儿子的{{id_number@my1987hyphen.540104}}。我电话{{mobile@spaced}}，儿子电话{{mobile@fws}}。儿子微信是{{wechat:tashi_pelden87}}，{{minority/tibetan:旺秋}}有个QQ，学校让家长加的，号码写在他课本后面，你看：{{qq:1846302759}}。
访谈者：表上名字写得对吗？
受访者：不一样。学校名单上是{{spaced:土 旦 旺 秋}}，医院的单子上是{{spaced:扎西 班典}}，低保本上我是{{spaced:次　旦　卓　玛}}，幼儿园写成{{spaced:斯朗 益珍}}。
访谈者：您最盼什么？
受访者：盼儿子能换上肾，盼孩子们念书念出来。{{minority/tibetan:次旦卓玛}}这把老骨头，能撑一天是一天。
""")

# H611: Hui grandmother in 洛宁 (洛阳, 河南); her son is in prison, her husband went blind, the mother left.
DOCS["H611"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：四口。我叫{{han:海凤琴}}，经名{{minority/hui:拉比阿}}，六十六了，家在{{trap/place:洛宁}}东宋镇的回民村。老头子{{han:丁宝柱}}青光眼耽误了，两只眼都瞎了。儿子{{han:丁永祥}}在工地上跟人为工钱打架，把人打成重伤，判了五年，关在{{trap/place:新乡}}。儿媳{{han:哈玉珍}}等了一年，去{{trap/place:广东}}打工，电话也换了。两个孙子孙女跟着我们老两口。
访谈者：孩子们多大了？
受访者：孙子{{minority/hui:丁麦哈穆德}}十二，上学的名字叫{{han:丁子航}}，在{{school:洛宁县第二实验小学六年级（3）班}}。孙女{{minority/hui:丁贾米拉}}八岁，学名{{han:丁语棠}}，在村小念二年级。家里叫他们经名，{{minority/hui:麦哈穆德}}、{{minority/hui:贾米拉}}。{{minority/hui:麦哈穆德}}他懂事，放了学先牵着他爷爷去{{trap/org:清真寺}}礼拜，再回来写作业。
访谈者：他们爸爸的事孩子知道吗？
受访者：知道。{{minority/hui:贾米拉}}问过我，爸爸是不是坏人。我说你爸是糊涂，不是坏人。我带着孙子去{{trap/place:新乡}}看过一回，隔着玻璃说话，{{han:丁永祥}}他哭得说不出来。
访谈者：这些年谁帮过你们？
受访者：村里的儿童主任{{han:纳秋菊}}，也是回族，她跑到乡里给两个孩子报了困境儿童，每人每月{{trap/number:五百八}}。老头子评了一级视力残疾，{{trap/org:县残联}}每月给护理补贴。村支书{{han:马书林}}给我们家报了低保，乡民政所的{{han:宁振海}}来核过。寺里的掌教{{han:穆德胜}}阿訇，经名{{minority/hui:尔不都}}，开斋节散{{trap/minority_word:乜贴}}都先想着我们家。县里社工站派来的{{compound:漆雕雅婷}}姑娘，每个礼拜三来。还有个小伙子叫{{compound:段干承志}}，给孙子补数学。{{compound:漆雕雅婷}}她还带着孙女去县医院查了眼睛，配了眼镜。
访谈者：亲戚们呢？
受访者：我娘家侄子{{minority/hui:海达乌德}}在{{trap/place:洛阳}}开牛肉汤馆，每月寄三百块。老头子的表兄弟{{minority/hui:丁叶海亚}}赶集卖羊，常送点羊杂来。坊上的{{minority/hui:穆鲁格耶}}教女娃娃念经，{{minority/hui:贾米拉}}每个礼拜五跟着她学。邻居{{minority/hui:哈侯赛因}}的媳妇{{minority/hui:萨米拉}}会做衣裳，孙女的新衣裳都是她做的。
访谈者：坊上的人怎么看您家？
受访者：都帮着。也有人背后说，儿子坐牢的人家，孙子长大了也学不好。我听见了不吭声，回家跟孙子说，咱不跟人置气，咱做给人看。孙子这学期考了全班第三，奖状贴在堂屋墙上，老头子看不见，天天让孙女念给他听。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:吉凤兰}}老师说他作文写得好，写过一篇《我的爷爷》，老师念的时候全班都哭了。学校的心理老师{{compound:东方楚仪}}每月找他谈一次。孙女的老师{{han:宋巧云}}常给她扎辫子。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我炸{{trap/minority_word:油香}}，孩子们穿上新衣裳去寺里。阿訇给孩子们讲{{trap/famous:郑和}}下西洋，孙子听得入迷，说长大要去当{{trap/word:海员}}。
访谈者：家里的收入靠什么？
受访者：三亩地包给邻居种，一年给我们{{trap/number:一千二}}。低保一个月两个人{{trap/number:九百多}}。我在家里养了几只羊，到古尔邦节的时候卖。孙子说等他长大了，挣钱给爷爷治眼睛。我说你爷爷的眼睛治不好了，你好好念书就是孝顺。
访谈者：老人家眼睛看不见，日子怎么过？
受访者：他在屋里摸着走，墙上钉了一圈木条，顺着木条走就不磕着。残联给了根盲杖，还教他用手机听书。{{han:丁宝柱}}他心里苦，嘴上不说，有时候坐在院子里一坐就是半天。
访谈者：您身体还行吗？
受访者：腰不好，血压高，{{trap/org:乡卫生院}}的{{han:常淑贞}}大夫每个月来量一回，药是免费的。老头子看不见，吃饭穿衣都得有人在跟前。有一回我累倒在灶火边上，是{{minority/hui:麦哈穆德}}跑去喊的{{han:纳秋菊}}。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:洛宁县东宋镇丁家沟村三组7号}}，儿媳走之前在县城租过房，{{address:洛宁县永宁大道金秋小区3号楼1单元402室}}。我身份证{{id_number@wy1959.410328}}，老头子的{{id_number@moldfwspaced.410328}}。我电话{{mobile@s434}}，侄子电话{{mobile@p86h}}，他微信{{wechat:Daud_beefsoup}}。孙子有个QQ号，学校让交作业用的，他写在我的药盒子上了：{{qq:3318420576}}。
访谈者：表上名字写得对吗？
受访者：乱。学校写成{{spaced:丁 麦 哈 穆 德}}，残联的本子上老头子是{{spaced:丁宝 柱}}，我在低保本上是{{spaced:海　凤　琴}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人好好过日子。
""")

# H612: Han mother in 康保 (张家口); her husband died of pneumoconiosis, she has rheumatoid arthritis.
DOCS["H612"] = ("family", """\
访谈者：嫂子，先说说家里的情况吧。
受访者：我叫{{han:郄翠萍}}，三十九，{{trap/place:康保}}土城子镇的。男人{{han:范永胜}}在{{trap/place:张家口}}的矿上干了十年，得了尘肺，去年冬天走了。我自己是类风湿，手指头都变形了，重活干不了。三个孩子，大闺女小名叫{{han:葵花}}，十二；二小子叫{{han:满仓}}，九岁；老三叫{{han:灯笼}}，四岁，生下来脑袋圆，他爷爷给起的。
访谈者：孩子们的大名呢？
受访者：{{han:葵花}}的大名叫{{han:范雨桐}}，在{{school:康保县第三小学六年级（2）班}}；{{han:满仓}}大名{{han:范俊驰}}，在镇上小学念三年级；{{han:灯笼}}还在幼儿园。{{han:葵花}}说她长大要当大夫，给人治肺病。
访谈者：孩子爸爸得病那几年，家里怎么过的？
受访者：头两年还能干点轻活，后来喘不上气，走几步就得歇。我们去{{trap/place:北京}}看过一回，大夫说是三期，只能养着。矿上给了{{trap/number:八万}}，治病花了一大半。他走之前跟我说，孩子们念书的钱不能省。我答应他了。
访谈者：地里的活谁干？
受访者：家里二十亩旱地，种燕麦和土豆。我干不动，村里的合作社帮着种，收了粮食按价收购。二小子放了学也去地里拔草。我最怕的是我这病越来越重，老三还小，离不开人。我跟我妈说好了，我要是倒下了，孩子们先跟她过。
访谈者：孩子爸爸走了以后，谁帮过你们？
受访者：村支书{{han:郭长胜}}先跑来的，帮着办了后事，又给我们报了低保。村里的儿童主任{{han:邸桂荣}}婶，她跟乡里说三个孩子算困境儿童，每人每月{{trap/number:四百五}}。乡里民政助理{{han:冀海军}}来核过两回，说还能申请临时救助，给了{{trap/number:三千块}}。县里社工站的两个人，一个叫{{compound:巫马晓琳}}，一个叫{{compound:诸葛景澄}}，冬天来送过棉衣。{{compound:巫马晓琳}}她还给{{han:满仓}}找了个书法班，免费的。
访谈者：三个孩子在家怎么样？
受访者：{{han:满仓}}也懂事了，每天放学去给羊添草。{{han:灯笼}}就黏他姐，{{han:葵花}}走哪儿他跟哪儿。有一回{{han:灯笼}}发高烧，半夜三点，是邻居{{han:乔守业}}开三轮把我们娘几个送到乡卫生院的。{{han:乔守业}}他家也不宽裕，那回还垫了药钱。
访谈者：孩子们知道家里难吗？
受访者：知道。大闺女从来不跟我要零花钱，学校组织去县城看电影，她说不想去，我知道她是怕花钱。老师后来跟我说，票是学校出的，她才去了。回来跟弟弟们讲了一晚上，讲得比电影还长。二小子的鞋穿破了，自己拿胶粘上接着穿。
访谈者：孩子爷爷奶奶呢？
受访者：公公{{han:范德福}}七十多了，在{{trap/place:张北}}跟着他闺女。婆婆早没了。我娘家在{{trap/place:沽源}}，我妈{{han:祁凤珍}}有时候过来住几天，帮我拆洗被褥。
访谈者：孩子们在学校怎么样？
受访者：{{han:葵花}}的班主任{{han:蔺晓红}}老师给她申请了{{trap/org:春蕾计划}}，一年一千。{{han:满仓}}那边的{{han:岳志强}}老师说他算术好，就是写字丑，天天让他描红。我让{{han:葵花}}晚上带着弟弟写作业，她比我管得严。
访谈者：您自己的病呢？
受访者：县医院风湿科的{{compound:令狐静}}大夫给我开的药，一个月{{trap/number:三百多}}，慢性病在报销{{trap/word:范围}}里，报了一部分。下雨天手疼得拿不住筷子，{{han:葵花}}就给我揉。{{han:郭长胜}}说等开春给我在村里安排个公益岗，扫扫街，一个月几百块。
访谈者：过年过节怎么过？
受访者：腊月里村里杀猪，{{han:郭长胜}}他给送来一块肉。正月十五县里扭秧歌，孩子们跟着看。孩子爸在的时候，年年带他们去{{trap/place:坝上}}看灯。老辈人说，日子再苦，年得过。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:康保县土城子镇西营村四组22号}}。我身份证{{id_number@wy1986.130723}}，大闺女的{{id_number@wy2013quad.130723}}。我电话{{mobile@h38}}，我妈电话{{mobile@plain}}。{{han:葵花}}用我旧手机，加了个微信，叫{{wechat:kuihua_fyt13}}。{{han:满仓}}玩游戏有个QQ，号码他拿铅笔写在墙上了，歪歪扭扭的：{{qq:913467208}}。
访谈者：表上的名字写得对吗？
受访者：有不对的。{{han:范永胜}}的死亡证明上写成{{spaced:范　永　胜}}，低保本上我是{{spaced:郄 翠 萍}}，学校的表上二小子是{{spaced:范俊 驰}}。
访谈者：最后您想说啥？
受访者：我就想把三个孩子拉扯大。{{han:葵花}}说妈你别怕，有我呢。
""")

# H613: Han primary-school teacher in 偃师 (洛阳) and the five children in distress of her class.
DOCS["H613"] = ("school", """\
访谈者：老师，您班上有几个困境儿童？
受访者：我叫{{han:訾红霞}}，在{{trap/place:偃师}}教了二十年书，现在带{{school:偃师区首阳山街道中心小学四年级（3）班}}。班上四十二个孩子，登记在册的困境儿童五个。家长大多在外地，平时全靠微信和QQ联系。
访谈者：第一个孩子是什么情况？
受访者：{{han:翟一诺}}，男孩。他爸{{han:翟建设}}酒驾撞了人，判了四年；他妈{{han:付雪梅}}回了{{trap/place:巩义}}娘家，改嫁了。孩子跟奶奶{{han:翟桂香}}过。奶奶不识字，微信是孩子他姑{{han:翟丽娜}}给弄的，叫{{wechat:zhaiguixiang_56}}，我发语音她听。{{han:翟一诺}}他哥{{han:翟一凡}}在{{school:偃师区实验中学初一（5）班}}，兄弟俩周末都在奶奶那边。
访谈者：第二个呢？
受访者：{{han:吕若彤}}，女孩，爸妈在{{trap/place:深圳}}电子厂，一年回来一趟。她跟爷爷{{han:吕长贵}}过，妹妹{{han:吕梓彤}}在{{school:首阳山街道中心小学一年级（2）班}}。爷爷用QQ，是孙女教他申请的，他念，我记在花名册背面：{{qq:2098745136}}。她妈的微信是{{wechat:lvmama_sz88}}，每礼拜天晚上视频，孩子就那天最高兴。
访谈者：第三个？
受访者：{{han:缑浩宇}}，他爸{{han:缑国栋}}前年在工地上从脚手架上摔下来，没了。他妈{{han:侯小雨}}是聋哑人，在{{trap/org:区残联}}的手工坊里串珠子。她跟我就在微信上打字，微信号{{wechat:houxiaoyu_2016}}。孩子舅舅{{han:侯振廷}}也常联系，他说QQ好找，号码我存着，{{qq:1539067284}}。
访谈者：第四个？
受访者：{{han:金子轩}}，回族，经名叫{{minority/hui:法鲁克}}。妈妈{{han:沙慧敏}}去年得乳腺癌走了，爸爸{{han:金海涛}}在菜市场卖牛肉汤。{{han:金海涛}}他凌晨三点就起来熬汤，孩子早饭都是在学校门口买的。
访谈者：第五个？
受访者：{{han:庞欣悦}}，女孩，爸妈前年在{{trap/place:连霍高速}}上出了车祸，都没了。她跟大伯{{han:庞振国}}过，大伯家也有三个孩子。民政局给她发孤儿基本生活费，每月{{trap/number:一千六}}。伯母{{han:韦翠兰}}对她不错，就是家里挤。大伯的微信{{wechat:pangzhenguo_ys}}，他在家长群里当管理员，QQ号是{{qq:806413975}}。
访谈者：学校做了些什么？
受访者：校长{{han:阎立伟}}牵头成立了关爱小组，每个孩子配一个老师。数学老师{{compound:欧阳舒窈}}包{{han:缑浩宇}}，英语老师{{compound:乐正修远}}包{{han:翟一诺}}。区里派了个社工，叫{{compound:公孙雨菲}}，每月来两回，给孩子们做团体辅导。还有个大学生志愿者{{compound:拓跋知行}}，暑假带他们去{{trap/place:二里头}}遗址博物馆。
访谈者：区里和镇上给这些孩子什么保障？
受访者：孤儿和事实无人抚养的孩子有生活费，其他困境儿童每月有补助，学校免了午餐费和课后服务费。镇里的儿童督导员每学期来学校一次，跟我们一起过名单。难的是那些没进名单的孩子，家里也难，但够不上条件，我们就只能自己想办法，老师们凑钱给买过羽绒服。
访谈者：家长联系难吗？
受访者：难。{{han:翟桂香}}她耳朵背，语音得发三遍。{{han:吕长贵}}那边信号差，QQ消息隔一天才回。我最怕的是周末，孩子们回家没人管。{{han:庞欣悦}}有一回周末跑到学校来，说想在教室里写作业，我就陪着她。
访谈者：您自己怎么顾得过来？
受访者：顾不过来也得顾。白天上课，晚上回家批作业，再挨个给家长回消息。我家孩子也上初三，我爱人说我管别人家孩子比管自己家的上心。有时候夜里十一点还在微信上跟家长说话，{{trap/word:高兴}}的是孩子们一点点在变。学校离{{trap/place:伊洛河}}不远，夏天我不放心，放学前天天讲别去河里游泳。
访谈者：孩子们有什么变化？
受访者：{{han:缑浩宇}}以前不说话，现在会举手了。{{han:金子轩}}学会了自己煮面条。{{trap/famous:玄奘}}是我们{{trap/place:缑氏}}镇人，我给孩子们讲他西天取经，{{han:翟一诺}}说他也要走远路。
访谈者：表上要登记孩子的信息。
受访者：{{han:庞欣悦}}的身份证{{id_number@wy2015.410381}}，住{{address:偃师区山化镇庞沟村二组16号}}，她大伯电话{{mobile@hyphen}}。
访谈者：名字登记有问题吗？
受访者：有。区里的系统里有写成{{spaced:缑 浩 宇}}的，有写成{{spaced:庞　欣　悦}}的，数学老师在花名册上是{{spaced:欧 阳 舒 窈}}，第一个孩子的奶奶是{{spaced:翟桂 香}}。
访谈者：最后您想说什么？
受访者：这些孩子缺的不光是钱，是有人陪。每个孩子都是块{{trap/word:金子}}，得有人给擦亮。
""")

# H614: Uyghur grandfather from 皮山 selling naan in 泰州 (江苏) with the two children of his paralysed son.
DOCS["H614"] = ("family", """\
访谈者：大爷，您在泰州多少年了？
受访者：十一年了。我叫{{minority/uyghur:吾守尔·萨迪尔}}，{{trap/place:皮山}}人，在{{trap/place:泰州}}海陵这边开个打{{trap/minority_word:馕}}的小店，街上的人都叫我{{minority/uyghur:吾守尔}}大爷。老伴{{minority/uyghur:布威海丽且姆·肉孜}}在老家，腿不好，走不了远路。儿子{{minority/uyghur:巴拉提·吾守尔}}前年在{{trap/place:和田}}跑运输出了车祸，瘫了，在皮山家里躺着，他妈照顾他。儿媳{{minority/uyghur:麦合甫扎·铁木尔}}去{{trap/place:乌鲁木齐}}打工，开头每月寄几百块，后来就断了。两个孙子孙女我带到泰州来上学。
访谈者：孩子们多大了？
受访者：孙子{{minority/uyghur:米尔扎提·巴拉提}}十一，在{{school:海陵区鼓楼路小学五年级（4）班}}。孙女{{minority/uyghur:祖力米热·巴拉提}}八岁，在同一个学校念二年级。家里叫{{minority/uyghur:米尔扎提}}、{{minority/uyghur:祖力米热}}。{{minority/uyghur:米尔扎提}}放学就来店里帮我揉面，馕坑热，我不让他靠近。
访谈者：儿子现在怎么样？
受访者：{{minority/uyghur:巴拉提}}他胸口以下没感觉了。县医院的{{han:刘志疆}}大夫说，能保住命就不容易。他在视频里跟孩子们说，爸爸好了就来接你们。{{minority/uyghur:巴拉提}}说这话的时候，我扭过头去。
访谈者：在泰州谁帮过你们？
受访者：社区的{{han:缪春燕}}主任，她帮孩子们办了入学，过年过节送米送油。老家{{trap/org:民政局}}每月给两个孩子发生活费，{{trap/number:一千三百八}}，打到我卡上。街道的{{han:储建明}}帮我申请了临时救助。城管的{{han:殷志华}}给我的炉子找了个合规的位置，还帮我办了营业执照，执照上写的是{{minority/uyghur:吾守尔萨迪尔}}，中间的点没打上。区里社工站来了两个人，一个叫{{compound:闾丘晓彤}}，一个叫{{compound:皇甫知微}}，教孙女念拼音。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:卢雅琴}}老师说他数学好，语文差一点，她每天放学留他半小时。孙女的老师{{han:丁晓蕾}}给她找了个同桌，专门教她说泰州话，现在孙女说话都带着这边的腔调了。{{minority/uyghur:祖力米热}}她最爱吃这边的{{trap/word:黄桥烧饼}}。
访谈者：孩子们的户口和证件方便吗？
受访者：户口还在皮山。开头办入学，要居住证、要租房合同，我一样一样跑下来。社区帮着开了证明，学校也没为难。看病的时候医保要异地备案，孙女发烧那回，我在医院窗口排了一个钟头，后来是护士帮我在手机上弄好的。
访谈者：同乡们呢？
受访者：泰州打馕的有五六家，都是皮山、墨玉来的。{{minority/uyghur:阿布拉江·玉苏普}}的店离我最近，我去进面粉的时候，孙女就放在他店里。{{minority/uyghur:托乎提尼亚孜}}在{{trap/place:扬州}}卖{{trap/minority_word:烤包子}}，礼拜五常开车过来，带我们去清真寺。{{trap/minority_word:肉孜节}}的时候大家凑在一起做{{trap/minority_word:抓饭}}，孩子们跟着跳舞。
访谈者：孩子们在这边习惯吗？
受访者：刚来的时候不习惯，孙女嫌这边冬天湿冷，哭着要回家。现在好了，交了朋友，放了学跟同学去{{trap/place:凤城河}}边上玩。孙子说他以后要在这边考大学，考{{trap/place:南京}}的大学。我说好，爷爷给你攒学费。一个馕卖{{trap/number:五块}}，一个月除了房租，能攒{{trap/number:两千多}}。老伴天天跟我们视频，孩子们跟他爸说话，他爸在床上看着手机笑。家里的杏子熟了，老伴给我们寄了一箱杏干。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。早上五点和面，七点出第一炉，一天卖三百来个。晚上给孩子们检查作业，我汉字认得不多，看不懂，{{minority/uyghur:米尔扎提}}就念给我听。我给他们讲{{trap/famous:阿凡提}}的故事，孙女笑得在床上打滚。
访谈者：登记表要填地址、证件和电话。
受访者：我们在泰州租的房子在{{address:海陵区城中街道凤凰小区9号楼1单元203室}}，老家在{{address:皮山县固玛镇托万克村五组18号}}。我身份证{{id_number@mmid.653223}}，孙子的{{id_number@my2014fullwidth.653223}}。我电话{{mobile@s74}}，{{minority/uyghur:阿布拉江玉苏普}}的电话{{mobile@plus86spaced}}。孙子用我的手机加了班级群，微信叫{{wechat:Mirzat_2014}}。他还有个QQ，老师让填的，号码是{{qq:2613058947}}。
访谈者：表上名字写得对吗？
受访者：各写各的。学校写成{{spaced:米尔扎提 · 巴拉提}}，医院寄来的单子上是{{spaced:巴拉提 · 吾守尔}}，社区的表上我是{{spaced:吾守尔 萨迪尔}}，孙女的作业本上写着{{spaced:祖 力 米 热 · 巴 拉 提}}。
访谈者：您最盼什么？
受访者：盼儿子能坐起来，盼两个孩子在这边好好念书。{{minority/uyghur:麦合甫扎}}要是回来，孩子们还认她这个妈。
""")

# H615: Han court clerk in 涿鹿 (张家口) reading from the file of a guardianship case.
DOCS["H615"] = ("court", """\
访谈者：您是书记员，能说说这个案子吗？
受访者：可以。我叫{{han:裴雅楠}}，在{{trap/org:涿鹿县人民法院}}当书记员七年了。这个案子是去年立的，申请撤销父亲的监护人资格。卷宗在这儿，我照着念。
访谈者：孩子是什么情况？
受访者：孩子叫{{han:栾思琪}}，十岁，在{{school:涿鹿县涿鹿镇第二小学四年级（1）班}}。父亲{{han:栾宏伟}}长期酗酒，喝多了就打孩子，前年把孩子胳膊打断了，以虐待罪判了两年。母亲{{han:苗晓燕}}三年前病逝。孩子一直跟姥姥过，申请人就是姥姥{{han:苗玉珍}}。
访谈者：谁支持这个申请？
受访者：县民政局，检察院支持起诉。民政局儿童福利股的{{han:霍春英}}出了调查报告；检察官是{{compound:申屠浩明}}，出庭时把孩子的伤情照片一张张放给合议庭看。法律援助中心指派的律师是{{compound:端木知秋}}。审判长{{compound:司马鸿钧}}，人民陪审员{{compound:夏侯秀兰}}和{{han:鲁建军}}。
访谈者：庭上什么情况？
受访者：{{han:栾宏伟}}是从监狱提过来的，开始不同意，说孩子是他的。审判长问他孩子几年级、班主任叫什么，他答不上来。孩子的班主任{{han:郗丽华}}老师出了书面证言，说孩子冬天穿单鞋来上学，胳膊上常有青的。村里的儿童主任{{han:甄淑芬}}也作了证，{{han:甄淑芬}}说她报过两回警。
访谈者：孩子本人呢？
受访者：庭前法官在家事调解室单独问的孩子，社工{{compound:慕容清漪}}陪着。孩子说想跟姥姥，不想回那个家。{{compound:慕容清漪}}后来每月回访一次。
访谈者：卷宗里的当事人信息是怎么写的？
受访者：申请人{{han:苗玉珍}}，女，身份证{{id_number@wold.130731}}，住{{address:涿鹿县涿鹿镇西关村六组14号}}。被申请人{{han:栾宏伟}}，男，身份证{{id_number@my1985hyphen.130731}}，原住{{address:涿鹿县五堡镇栾庄村二组8号}}。孩子{{han:栾思琪}}，身份证{{id_number@wy2015spaced.130731}}。姥爷{{han:苗振邦}}也在申请书上按了手印。申请人电话{{mobile@plain}}，律师电话{{mobile@p86n}}。
访谈者：签名栏呢？
受访者：申请书最后一页，打印的名字后面跟着本人签名，连在一块儿：申请人{{han:苗玉珍}}{{han:苗玉珍}}。姥爷不会写字，按的手印。
访谈者：表格上名字有写错的吗？
受访者：有。笔录上有一处把被申请人写成{{spaced:栾 宏 伟}}，送达回证上是{{spaced:苗　玉　珍}}，陪审员签到表上是{{spaced:夏 侯 秀 兰}}，检察官写成{{spaced:申屠 浩明}}，审判长写成{{spaced:司　马　鸿　钧}}。这些都要{{trap/word:甄别}}，一个字错了文书就得重出。
访谈者：最后怎么判的？
受访者：撤销{{han:栾宏伟}}的监护人资格，指定{{han:苗玉珍}}为监护人，{{han:栾宏伟}}每月付抚养费{{trap/number:八百元}}，出狱后开始付。判决后民政局把孩子纳入事实无人抚养，每月{{trap/number:一千一百多}}。孩子还在{{trap/place:桑干河}}边的学校念书。
访谈者：孩子的父亲出狱以后怎么办？
受访者：判决里写了，他可以探望，但是要在姥姥在场的时候，不能把孩子带走。他要是再动手，姥姥可以申请人身安全保护令。我们也跟村委会、派出所打了招呼，让他们多留意。判决生效后，判决书抄送了民政局和学校。
访谈者：这类案子多吗？
受访者：不多，一年也就两三件。大多是民政部门或者村委会发现了，报到检察院，检察院支持起诉。这个案子从立案到判决用了四个月，中间开了两次庭。孩子的伤情是县里的司法鉴定所做的鉴定，轻伤二级。判决书送达那天，姥姥在法院门口站了好久，说了一句，总算有个说法了。
访谈者：孩子现在的生活怎么样？
受访者：我们后来回访过，孩子胖了，胳膊也长好了，就是阴天还疼。姥姥家在城边上，种着三亩地，姥爷腿脚不好，生活费加上低保，够吃够穿。学校给减免了课后服务费，班主任给她找了个同桌，两个孩子天天一起上学。
访谈者：您办这个案子有什么感受？
受访者：我们这儿老人常说，{{trap/famous:黄帝}}战{{trap/famous:蚩尤}}就在{{trap/place:涿鹿}}，打了几千年的仗都过去了，一个家里的事却过不去。孩子有事可以打{{trap/hotline:12355}}，也可以找村里的儿童主任，不能等到胳膊打断了才有人管。
""")

# H616: Han grandmother in 建昌 (葫芦岛, 辽宁) raising her grandson; his father died in a mine, his mother remarried.
DOCS["H616"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：就我跟孙子两个。我叫{{han:隋桂芝}}，六十四，{{trap/place:建昌}}要路沟乡的。老头子{{han:佟德山}}走了五年了。儿子{{han:佟立峰}}在{{trap/place:内蒙古}}的铁矿上干活，三年前塌方，人没了。儿媳{{han:鲍玉娟}}第二年改嫁到{{trap/place:锦州}}，孙子{{han:佟家旺}}就留给了我。那年{{han:家旺}}才十一。
访谈者：孩子现在怎么样？
受访者：十四了，在{{school:建昌县第二初级中学初二（3）班}}住校，礼拜五回来。{{han:家旺}}就是不爱说话，他爸没了以后，一年多没笑过。班主任{{han:崔晓梅}}老师常给我打电话，{{han:崔晓梅}}说孩子数学好，物理也好，就是作文写不出来。
访谈者：他妈妈还来看他吗？
受访者：一年来两回。{{han:鲍玉娟}}那边又生了个闺女，她也难。每回来给孩子买双鞋，塞二百块钱。{{han:家旺}}也不叫妈，就低着头。
访谈者：这些年谁帮过你们？
受访者：村支书{{han:温春来}}，他跑乡里给孙子报了困境儿童，每月{{trap/number:四百二}}，我俩还报了低保。有事我就找{{han:富秀云}}，她是村里的儿童主任，她说这孩子心里有事，得有人跟他说话，就找了县里社工站。社工站的{{compound:宇文书琴}}每月来一回，跟孙子下象棋；她同事{{compound:公冶崇文}}夏天带孩子们去{{trap/place:白狼山}}参加夏令营。乡民政助理{{han:柴立春}}来核过家里的情况。矿上赔的钱，一半给了儿媳，一半存着给孙子念书，谁也不让动。
访谈者：家里的收入靠什么？
受访者：低保一个月我俩{{trap/number:八百多}}，加上孙子的补助，再就是两亩地。地里的活干不动了，租给了邻居，一年给{{trap/number:一千五}}。孙子放暑假回来帮我掰苞米，一天能掰半亩。
访谈者：孩子想他爸吗？
受访者：想。他爸的照片他夹在书里，谁也不让碰。清明节我们去上坟，他跪在坟前半天不起来。我跟他说，你爸在那边看着你呢，你得争气。他说，奶奶，我要考{{trap/place:葫芦岛}}的重点高中，考上了带你去{{trap/place:兴城}}看海。
访谈者：您身体怎么样？
受访者：心脏不好，乡卫生院的{{han:洪德胜}}大夫说得少干活。冬天烧炕得抱{{trap/word:柴火}}，邻居{{han:佟二柱}}劈好了给我码在院里。后院的{{han:贲丽华}}常来陪我说话，她闺女在县城开超市，逢年过节给我捎东西。
访谈者：孩子在学校有人照顾吗？
受访者：学校的心理老师{{compound:澹台若兰}}找他谈过好几回。{{han:家旺}}回来说，那个老师不烦人。班里有个同学叫{{han:甘浩楠}}，跟他最好，礼拜天孙子就跟{{han:甘浩楠}}在家里写作业，{{han:甘浩楠}}他妈做了饺子也给我们送一碗。
访谈者：孩子有什么变化吗？
受访者：今年好一些了。{{han:温春来}}他们家盖房子，孙子去帮着搬砖，回来跟我说，奶奶，我长大给你盖新房。我给他讲{{trap/famous:孟母}}三迁的故事，说念书要紧。他说奶奶我知道，{{trap/word:常常}}一个人在灯下看书看到半夜。
访谈者：孩子爷爷那边还有亲戚吗？
受访者：有个大伯子在{{trap/place:朝阳}}，自己身体也不好，过年打个电话。姑姑嫁到了外省，一年寄一回钱。亲戚们都有难处，我不挑理。
访谈者：您最担心什么？
受访者：我就怕我走在孙子前头，他还没成家，一个人咋整。村支书说了，真有那天，村里和民政上会管，让我别瞎想。我就想多活几年，看他念完大学。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:建昌县要路沟乡西山村三组12号}}，他妈现在住{{address:锦州市太和区凌西街道富民小区8号楼3单元501室}}。我身份证{{id_number@wy1961.211422}}，孙子的{{id_number@my2011x.211422}}。我电话{{mobile@hyphen}}，孙子他妈电话{{mobile@spaced}}。孙子用学校发的平板上网课，微信叫{{wechat:tong_jiawang11}}，QQ是班主任让申请的，后面几位我记不清，你看这张条子：{{qq:3452087169}}。
访谈者：名字写得对吗？
受访者：有写错的。学校表上孙子是{{spaced:佟 家 旺}}，低保本上我是{{spaced:隋　桂　芝}}，社工站的表上那个姑娘写成了{{spaced:宇 文 书 琴}}。
访谈者：您最想说啥？
受访者：我就盼着孙子考上高中，心结慢慢解开。{{han:佟家旺}}这孩子有良心，他说奶奶我养你。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=609,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
