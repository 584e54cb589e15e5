# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 166 (tests/pii/holdout166/H1313-H1320 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 167, written at the same time, is not
an earlier set).

Set 166 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
巨野 and 单县 (菏泽, Shandong): a Mongolian mother from 正蓝旗 who paints peony pictures in a 巨野 workshop and raises
a son with epilepsy after her Han husband left; a Kham Tibetan grandfather from 德格 who came to 巨野 to raise two
granddaughters whose mother is in prison and whose Han father died; a Kazakh father from 哈巴河 who slaughters sheep
for a 单县 mutton-soup shop, his wife dead; a Yi grandmother from 昭觉 raising her late son's boy in 单县; a Han
儿童主任 of a community in 凤凰街道 (巨野) reading out her register; a Han social worker in 园艺街道 (单县) who keeps
in touch with children and parents on WeChat and QQ; a Han uncle in 田庄镇 raising his late brother's deaf
daughter; and a Han township civil-affairs clerk in 龙堌镇. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Chahar Mongolian names used whole and with a short form
(斯日玛其其格 then 斯日玛, 乌斯嘎拉图 then 乌斯嘎拉, 额日德木图, 琪琪格, 吉如和他, 官布, 古日班, 朝勒孟阿姨), a Han
surname before a Mongolian given name (晁乌斯嘎拉) and the Han name of the same boy (晁宇轩); Kham Tibetan names of
德格 (斯郎泽翁, 昂翁曲珍, 降央志玛, 呷绒卓玛, 泽郎降措, 土登生龙, 洛绒斯郎, 松吉拥措姐姐) with a 小名 (阿初) and a
nickname (小卓玛), a Han surname before a Tibetan given name (聂志玛) and the Han names and forms of address of the
same people (聂欣妍, 聂一然, 郎大爷 for a Tibetan taken for a man surnamed 郎); Kazakh given name + father's name
with and without the dot (胡尔曼别克·居马, 吾尔肯·胡尔曼别克, 吾尔肯胡尔曼别克, 沙依拉·胡尔曼别克, 居马·托汗,
塔斯肯·叶尔江) and single and short forms (克孜古丽, 胡尔曼别克, 吾尔肯, 沙依拉她, 阿山别克, 达列力汗), a Han
surname before a Kazakh given name (胡吾尔肯, the father's first syllable taken for a surname) and a Han form of
address (老胡); Yi names of 昭觉 with the clan name before the given name (瓦扎呷莫, 吉克色都, 吉克体古, 吉克阿约,
吉克金古, 沙马日达, 阿余史子, 海来木沙) and short forms (呷莫, 色都, 体古他, 阿约), a clan name with a kin word,
annotated whole (瓦扎大娘), a Han surname before a Yi given name (孟体古, after the mother) and the Han name and
nickname of the same boy (吉天佑, 小吉); Han names with common and rare surnames of the region (晁, 党, 訾, 卜, 栾, 邸,
聂, 时, 单, 邵, 孟, 衡, 房, 邢, 满, 甄, 翟, 昝, 庞, 鲍, 楚, 逯, 田, 苏, 冀, 郜, 宁, 亓, 牛, 练, 褚, 仝, 伊); surnames
that are also ordinary words next to grammar words (是和春梅和街道社工, 把秀荣把, 向玉兰向民政上, 能翠芹能说,
要海涛要是, 都玉芬都跟我说, 就宝华就住楼下, 让雪芹让我, 还桂荣还给他, 才梓萌才八岁, 有建设有精神残疾,
也文博也想, 被立群被车撞断了腿) and given names that begin or end with one (苏立和和镇上的, 甄有福有时候,
褚向东向来, 宁还生还生过气, 伊和平和他老婆, 仝要强) beside ordinary words that start with a surname character of
the voices (有时候, 也许, 房子, 田间, 田地, 练习); names that contain words (聂长江, 才东升, 有建设, 甄美好, 褚红旗,
伊和平, 仝要强); titles and kin words after names (党振川大夫, 訾丽萍老师, 满晓丽老师, 郜家欢老师, 向玉兰阿姨,
就宝华阿姨, 沙马日达叔叔, 钟离春生大夫, 公良雨薇律师; the span is the name only), a surname with only a title or
kin word, annotated whole (党大夫, 訾老师, 卜姐, 能老师, 栾大哥, 邸警官, 时老板, 邢主任, 鲍大娘, 孟大娘, 逯所长,
仝镇长, 昝姐姐), nicknames and local forms of address, annotated whole (老胡, 郎大爷, 小吉, 二蛋, 雨妮儿, 大虎); names
directly before particles, pronouns and verbs (晁海军他, 吉如和他, 沙依拉她, 体古他, 有子昂他, 邢俊杰他, 雨妮儿她,
庞秀娥她, 伊和平他, 牛梦阳他) and after 叫/是/给/跟/找/让/和 (叫斯日玛, 是和春梅, 给就宝华, 跟雨妮儿, 找就宝华,
让大虎, 让额日德木图, 楚金凤和楚银凤), and a name closing the last sentence (最该谢的，是练德英。); names spaced out
character by character in half- and full-width spaces (斯 日 玛 其 其 格, 斯 郎 泽 翁, 降 央 志 玛, 胡 尔 曼 别 克,
瓦 扎 呷 莫, 孟　体　古, 晁　宇　轩, 也　文　博, 楚　银　凤, 牛　梦　琪, 梁 丘 一 诺, 单 于 晨 阳, 颛 孙 楚 然,
壤 驷 佳 宁, 申 屠 子 瑜, 司 空 逸 飞), a dotted name with spaces around the dot (沙依拉 · 胡尔曼别克) and names split
in two (乌斯嘎拉 图, 呷绒　卓玛, 吉克 体古, 有子 昂, 被欣 然, 田晓 雨, 褚红 旗); compound surnames after ordinary
words (夏侯, 公冶, 呼延, 闻人, 钟离, 司空, 东郭, 南宫, 梁丘, 仲孙, 亓官, 漆雕, 公西, 单于 beside 单县, 颛孙, 万俟,
太史, 壤驷, 巫马, 濮阳 beside the place 濮阳, 申屠, 公良 after 老师/社工/律师/医生/志愿者/督导是/的/和/两个姑娘，); and numbers
read out and written the many ways people do (IDs in groups of 6 8 4 and 6 4 4 4, read out in threes, with hyphens,
in full width whole, with hyphens or spaces, two with an X check digit; a QQ number in full-width digits; a
`wxid_` WeChat id; mobiles in 3-4-4, 4 3 4, 7 4 and 3 8 groups, with `+86 `, `+86-` and `+86`, in full width whole
and spaced).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和春梅}}``, ``{{qq:573920184}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016tri.371722}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 律师, 阿姨, 叔叔, 姐姐) and a
particle, pronoun or verb written directly after a name (他, 她, 也, 都, 就, 才, 有, 和, 向, 能, 要, 还, 把, 被, 让) are
outside the span; a surname with only a title or kin word (党大夫, 卜姐, 栾大哥, 昝姐姐) and a nickname or local form
of address (老胡, 郎大爷, 小吉, 二蛋, 雨妮儿, 大虎) are annotated whole, and so is a Yi clan name with a kin word
(瓦扎大娘, category minority). Han-style names of Mongolian, Tibetan, Kazakh and Yi people (晁宇轩, 聂欣妍, 吉天佑)
and Han forms of address for them (老胡, 郎大爷, 小吉) are category han; a Han surname before a non-Han given name
(晁乌斯嘎拉, 聂志玛, 胡吾尔肯, 孟体古) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout166/make_holdout166.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(166_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1313: Mongolian mother from 正蓝旗 who paints peony pictures in a 巨野 workshop and raises a son with epilepsy
# after her Han husband left.
DOCS["H1313"] = ("family", """\
访谈者：您桌上画的是牡丹吧？
受访者：是，工笔牡丹，{{trap/place:巨野}}这边好多人家都画。我叫{{minority/mongolian:斯日玛其其格}}，老家内蒙古{{trap/place:正蓝旗}}，在{{trap/place:麒麟镇}}一个画室画了六年。画室里嫌我名字长，都叫我{{minority/mongolian:斯日玛}}。
访谈者：怎么从草原到了巨野？
受访者：在{{trap/place:呼和浩特}}打工的时候认识了孩子他爸{{han:晁海军}}，他是巨野人，跑运输。结了婚跟他回来，生了儿子。儿子三岁开始犯癫痫，一抽好几分钟，嘴唇发紫。{{han:晁海军}}他受不了，前年跟人去了南方，离婚是托人办的，到现在没给过一分抚养费。
访谈者：孩子现在多大？
受访者：十岁。蒙古名是我阿爸起的，叫{{minority/mongolian:乌斯嘎拉图}}，在家喊他{{minority/mongolian:乌斯嘎拉}}。户口上是{{han:晁宇轩}}，在{{school:巨野县麒麟镇中心小学四年级（3）班}}。同学听说他有蒙古名，就叫他{{minority/mongolian:晁乌斯嘎拉}}，他还挺得意。药一天两顿，断不得。{{trap/org:菏泽市立医院}}的{{han:党振川}}大夫说，按时吃，大了兴许就不犯了。{{han:党大夫}}每回复查都给我们加号。
访谈者：在学校犯了病怎么办？
受访者：班主任{{han:訾丽萍}}老师把药锁在讲台抽屉里。{{han:訾老师}}教全班，他犯病了别围着，让他侧躺，看着表记时间，再给我打电话。有一回在操场上犯了，是体育老师{{compound:夏侯知远}}抱着他跑到医务室的。
访谈者：社区帮了什么？
受访者：社区儿童主任叫{{han:和春梅}}，是{{han:和春梅}}和街道社工一块上门的，给儿子报了困境儿童，每月{{trap/number:一千一百五十元}}，我也申请上了低保。社工{{compound:公冶听雨}}每月来一趟，教我记发作日记。残疾证也办了，两项补贴跟着下来了。
访谈者：画室的人对您怎么样？
受访者：老板叫{{han:卜丽君}}，我们都喊{{han:卜姐}}。孩子犯病那回是她开车送的，那天的画照样给我算钱。一起画画的{{han:把秀荣}}把她家的旧电动车给了我，我骑着接孩子。一张四尺的画一百二，我一个月画三十来张。
访谈者：孩子犯病的时候，您怎么弄？
受访者：头几年吓得腿软，光会哭。现在知道了，先把他放平，脸偏到一边，把桌子板凳挪开，嘴里啥也不塞，看着表数，过了五分钟还不停就打急救电话。抽完了他要睡一大觉，醒了问我妈我刚才咋了，我就说你做了个长梦。最怕夜里，我不敢睡死，他翻个身我就醒。画室知道我家的事，让我把画拿回家画，孩子睡了，我在灯底下描叶子，一描描到后半夜。
访谈者：画牡丹难学吗？
受访者：难。刚来时毛笔都拿不稳，是画室的老师傅一笔一笔教的，先勾线，再分染，一朵花要染十几遍。草原上没有牡丹，头一回见是在{{trap/org:巨野县书画院}}门口，一大片，红的粉的紫的，我站那看了半天。现在我画的花卖到{{trap/place:北京}}、{{trap/place:上海}}，买画的人不知道画画的是个蒙古族。
访谈者：钱够用吗？
受访者：紧巴巴的。药一个月六七百，医保报一半。房子是老房，下雨漏，去年社区找人给补了。儿子的衣裳多是别人给的，他也不挑。他就一个心愿，想要一匹真马，我说等回了正蓝旗，让你姥爷给你挑一匹。
访谈者：老家的人呢？
受访者：阿爸{{minority/mongolian:额日德木图}}七十了，还在{{trap/place:上都镇}}边上放羊。{{trap/minority_word:额吉}}叫{{minority/mongolian:琪琪格}}，去年来住了三个月，给孩子熬奶茶、做{{trap/minority_word:奶豆腐}}。弟弟{{minority/mongolian:吉如和}}在旗里开出租，每月给我转五百。{{minority/mongolian:吉如和}}他说，姐你撑不住就回来。正蓝旗老乡{{minority/mongolian:官布}}在{{trap/place:牡丹区}}开了家蒙餐馆，过年叫我们娘俩去吃{{trap/minority_word:手把肉}}。
访谈者：孩子会说蒙古话吗？
受访者：会一点。他跟网上的蒙古语老师{{minority/mongolian:古日班}}学，一周两回。我给他讲{{trap/famous:成吉思汗}}，他说长大了要去{{trap/place:锡林郭勒}}看真草原。去年{{trap/org:乌兰牧骑}}来菏泽演出，领唱的{{minority/mongolian:朝勒孟}}阿姨让他上台唱了一首。
访谈者：登记的信息请您说一下。
受访者：住{{address:巨野县麒麟镇后晁庄村二组27号}}，是孩子奶奶留下的老房子。户口还在{{address:正蓝旗上都镇额很乌苏嘎查三组8号}}。我的身份证{{id_number@wy1987spaced.152530}}，儿子的{{id_number@my2015.371724}}。我电话{{mobile@s434}}，{{han:和春梅}}的{{mobile@plain}}。我微信叫{{wechat:sirima_peony87}}，画都在上面卖。儿子有QQ，说跟同学下象棋用，号码他拿彩铅写在画板背面：{{qq:573920184}}。
访谈者：表上的名字都写对了吗？
受访者：错的多。医院单子上是{{spaced:斯 日 玛 其 其 格}}，学校把儿子写成{{spaced:乌斯嘎拉 图}}，低保表上又是{{spaced:晁　宇　轩}}。
访谈者：您最盼什么？
受访者：盼儿子一年不犯病。好了我就带他回正蓝旗，让{{minority/mongolian:额日德木图}}看看外孙。
""")

# H1314: Kham Tibetan grandfather from 德格 in 巨野 raising two granddaughters whose mother is in prison.
DOCS["H1314"] = ("family", """\
访谈者：阿爷，您是从四川来的？
受访者：{{trap/place:德格}}，{{trap/place:甘孜州}}的德格。我叫{{minority/tibetan:斯郎泽翁}}，六十八了。这边街坊念不顺，都叫我{{han:郎大爷}}，我也答应。
访谈者：怎么到巨野来了？
受访者：女儿{{minority/tibetan:昂翁曲珍}}嫁到这边。她男人{{han:聂长江}}以前在我们那里修{{trap/place:雀儿山}}的隧道，两个人就认识了。{{han:聂长江}}前年得肝病走了。女儿一个人带两个娃娃，在超市上班，后来帮人取钱、转卡，说是一回给两百，结果是电信诈骗的钱，判了三年，关在{{trap/org:山东省女子监狱}}。家里叫她{{minority/tibetan:阿初}}，{{minority/tibetan:阿初}}从小老实，是被人骗了。
访谈者：两个孙女多大？
受访者：大的{{minority/tibetan:降央志玛}}十二岁，户口上叫{{han:聂欣妍}}，在{{school:巨野县凤凰街道第二小学六年级（2）班}}。同学们叫她{{minority/tibetan:聂志玛}}，她也不恼。小的{{minority/tibetan:呷绒卓玛}}七岁，户口上叫{{han:聂一然}}，我喊她{{minority/tibetan:小卓玛}}，在{{school:凤凰街道第二小学一年级（4）班}}。
访谈者：您一个人带，说话通吗？
受访者：不大通。汉话是修路那几年学的，字不认得。开家长会、去社区，都是大孙女给我当翻译。{{trap/org:菏泽学院}}有个德格来的学生叫{{minority/tibetan:松吉拥措}}，礼拜天来家里，把学校的通知一句一句翻给我听。
访谈者：有谁帮你们？
受访者：社区儿童主任{{han:向玉兰}}，{{han:向玉兰}}向民政上给两个娃娃报了服刑人员子女补助，一人一个月{{trap/number:九百六十元}}，我这个外地老头也给办了临时救助。大孙女的班主任{{han:能翠芹}}能说几句藏话，是在{{trap/place:康定}}支教时学的。{{han:能老师}}天天放学把两姊妹送到巷口。隔壁的{{han:栾庆林}}，我叫他{{han:栾大哥}}，冬天帮我装了炉子。
访谈者：妈妈那边见得着吗？
受访者：两个月会见一回。管教是个女的，{{han:邸警官}}，她说{{minority/tibetan:昂翁曲珍}}表现好，能减刑。去{{trap/place:济南}}的车票是社工{{compound:呼延安琪}}买的，她陪我们去。法律援助的律师{{compound:闻人子墨}}帮着写过材料。
访谈者：老家还有谁？
受访者：儿子{{minority/tibetan:泽郎降措}}在山上放牦牛，弟弟{{minority/tibetan:土登生龙}}在寺里。村文书{{minority/tibetan:洛绒斯郎}}帮我把养老金转到这边的卡上。我走那天，{{minority/tibetan:泽郎降措}}说阿爸你放心去，牛我管。
访谈者：您这个年纪，身体吃得消吗？
受访者：腿不大好。高原上待惯了，到这平地上反倒喘。夏天热，我在屋里也穿着{{trap/minority_word:藏袍}}，街坊看了直笑。每天五点起来烧茶、煮面条，六点半叫两个娃娃起床，给小的梳辫子。我手粗，梳得难看，大的就自己重梳。送完娃娃，我去菜市场捡点便宜菜，回来摇一会儿{{trap/minority_word:转经筒}}，念念经，心里就静了。
访谈者：孩子们过得惯吗？
受访者：小的惯了，爱吃煎饼，{{trap/minority_word:糌粑}}倒不爱吃了。大的想她妈，夜里抱着她妈的衣裳睡。我给她们讲{{trap/famous:格萨尔}}，大的说以后要去{{trap/org:德格印经院}}看那些经版。过年教她们跳{{trap/minority_word:锅庄}}，街坊都出来看。
访谈者：孩子们知道妈妈的事吗？
受访者：大的知道，小的以为妈妈在外地上班。大的在学校叫人说过，说她妈是骗子，她回来一句话不说，把自己关在屋里。是{{han:能老师}}来家访，陪她坐了一下午，后来班上开了个会，没人再提了。会见的时候她妈在玻璃那边哭，大的不哭，说妈你好好改造，我把妹妹带好。我这个当外公的，听了心里像刀割。
访谈者：大孙女念书怎么样？
受访者：好，数学考过满分。她说以后要当警察，我问为啥，她说当了警察就能抓骗子，不叫人再骗她妈那样的人。小的爱画画，画牦牛、画帐篷，画完了贴在门上，说等阿妈回来给她看。
访谈者：以后怎么打算？
受访者：等女儿出来，看她愿不愿意回德格。娃娃们在这边念书念惯了，回去还得从头学藏文。我想好了，她们在哪，我就在哪，这把老骨头埋在哪都一样。对门卖煎饼的大嫂天天给娃娃留两个热的，我没啥还她，拿老家带来的{{trap/minority_word:酥油}}送她一点，她吃不惯，也收下了。
访谈者：请您说一下登记信息。
受访者：这个我说不清，叫大孙女念。（孙女念）住{{address:巨野县凤凰街道永丰路东三巷14号}}，老家是{{address:德格县更庆镇八邦村四组6号}}。爷爷的身份证{{id_number@my1957.513330}}，我的{{id_number@wy2013hyphen.371724}}。爷爷电话{{mobile@spaced}}，{{han:向玉兰}}阿姨的{{mobile@h38}}。{{minority/tibetan:松吉拥措}}姐姐的微信是{{wechat:songji_dege01}}。我的QQ是{{qq:2046817395}}，写在作业本封皮里头。
访谈者：名字都写对了吗？
受访者：（孙女说）不对。爷爷被写成{{spaced:斯 郎 泽 翁}}，我是{{spaced:降 央 志 玛}}，我妹妹是{{spaced:呷绒　卓玛}}，还有人写成{{spaced:聂 一 然}}。
访谈者：您最后想说什么？
受访者：等{{minority/tibetan:阿初}}出来，我带她们娘仨回德格。
""")

# H1315: Kazakh father from 哈巴河 who slaughters sheep for a 单县 mutton-soup shop; his wife is dead.
DOCS["H1315"] = ("family", """\
访谈者：您在这家羊肉汤馆干什么活？
受访者：杀羊，剔骨头，早上三点起来干。我叫{{minority/kazakh:胡尔曼别克·居马}}，老家{{trap/place:哈巴河}}，{{trap/place:阿勒泰}}那边。店里的人叫我{{han:老胡}}，以为我姓胡。
访谈者：怎么到单县来了？
受访者：{{trap/place:单县}}的羊肉汤出名，老板{{han:时庆海}}去新疆收羊，看我杀得快，问我来不来。那年我老婆{{minority/kazakh:克孜古丽}}刚走，生老二大出血，没救过来。草场租出去了，我带着两个孩子就来了。{{han:时老板}}在店后头给我们收拾了两间房。
访谈者：孩子们多大？
受访者：儿子{{minority/kazakh:吾尔肯·胡尔曼别克}}十岁，在{{school:单县园艺街道实验小学三年级（5）班}}。学校的表上没有点，写成{{minority/kazakh:吾尔肯胡尔曼别克}}。老师图省事，把我名字头一个字当姓，叫他{{minority/kazakh:胡吾尔肯}}。女儿{{minority/kazakh:沙依拉·胡尔曼别克}}六岁，上幼儿园。{{minority/kazakh:沙依拉}}她天不亮就跟我到店里，在后厨小板凳上等天亮。
访谈者：两个孩子谁照看？
受访者：我杀完羊八点，送儿子上学，再送女儿。下午是老板娘{{han:单桂芝}}去接。{{han:单桂芝}}是单县本地人，她说孩子没娘，她多操份心。刷碗的{{han:要海涛}}要是不忙，就领{{minority/kazakh:吾尔肯}}去河边钓鱼。儿子班主任{{han:都玉芬}}都跟我说好几回了，孩子数学好，作文写不出来，他说他不记得妈妈长啥样。
访谈者：有哪些补助？
受访者：街道社工{{han:邵晓蓓}}给报了困境儿童，两个孩子每人每月{{trap/number:一千零八十元}}。我户口不在这边，开始办不成，是她跑了三趟{{trap/org:单县民政局}}，又跟哈巴河的儿童主任{{minority/kazakh:塔斯肯·叶尔江}}打电话，两头一起办下来的。
访谈者：老家还有谁？
受访者：阿爸{{minority/kazakh:居马·托汗}}七十二，在{{trap/place:额尔齐斯河}}边上放羊，小舅子{{minority/kazakh:阿山别克}}帮他。{{minority/kazakh:阿山别克}}去年来单县看孩子，在店里喝了三碗汤，说比我们那边的羊还肥。还有个老乡{{minority/kazakh:达列力汗}}在{{trap/place:曹县}}的木材厂，礼拜天来找我喝奶茶。
访谈者：一天是怎么过的？
受访者：三点起，杀羊、剥皮、剔骨，骨头下锅熬汤，熬一夜汤才白。六点开门，来喝汤的都是老主顾，端着碗就着烧饼吃。我杀完就回去喊孩子起床。中午店里最忙，我在后厨切肉，下午睡两个钟头，晚上收拾第二天的羊。一年到头除了过节，没有歇的时候。
访谈者：孩子们在这边过得惯吗？
受访者：儿子惯了，单县话说得比我好，回家还教我，“中不中”“得劲”。女儿想妈妈，可她妈走的时候她刚生下来，她想的是照片上那个人。我手机里存着她妈的照片，她天天要看，看着看着就睡了。我不会梳头，女儿的辫子都是老板娘给梳的。
访谈者：孩子们还记得家乡的事吗？
受访者：记得。{{trap/minority_word:纳吾热孜节}}我给他们煮肉、炸{{trap/minority_word:包尔萨克}}，儿子弹{{trap/minority_word:冬不拉}}，是在视频里跟他爷爷学的。我给他们念{{trap/famous:阿拜}}的诗，女儿听两句就睡着了。
访谈者：您自己累不累？
受访者：累，手上全是刀口。一天杀二十只羊，{{han:时庆海}}给我开六千。累不怕，怕孩子病。去年冬天{{minority/kazakh:沙依拉}}肺炎住院，儿科的{{compound:钟离春生}}大夫连着两夜查房，{{han:单桂芝}}在病房陪着。{{minority/kazakh:胡尔曼别克}}我一个大男人，那两夜就坐在走廊上。
访谈者：店里的人待你们好吗？
受访者：好。{{han:时庆海}}他爹八十了，天天早上坐在门口，看见{{minority/kazakh:沙依拉}}就从兜里掏糖。后厨的大姐教我做单县的菜，我教她们煮手抓肉。过年店里歇三天，老板一家叫我们爷仨一块吃年夜饭，包饺子，女儿包的饺子个个露馅。区里来过一个志愿者{{compound:司空逸飞}}，给儿子辅导作文，让他写草原，他写了三页。
访谈者：想过回新疆吗？
受访者：想过。那边草场大，天也大。可回去干啥呢，羊都卖了。这边有活干，孩子上学也好。等儿子大了，他要回去，我不拦着。
访谈者：登记的信息请您说一下。
受访者：住{{address:单县园艺街道东关街南五巷9号}}，老家{{address:哈巴河县萨尔布拉克镇阔克塔斯村三组12号}}。我的身份证{{id_number@my1986fwhyphen.654324}}，儿子的{{id_number@my2015fullwidth.654324}}。我电话{{mobile@plus86}}，{{han:邵晓蓓}}的{{mobile@p86h}}。{{han:邵晓蓓}}的微信{{wechat:shaoxb_yuanyi}}。儿子有QQ，老师让申请的，号码他写在我围裙兜里那张纸上：{{qq:35917264}}。
访谈者：名字写得对吗？
受访者：不对。学校名单上是{{spaced:吾 尔 肯}}，女儿的医保卡是{{spaced:沙依拉 · 胡尔曼别克}}，我的工资表写成{{spaced:胡 尔 曼 别 克}}，那个志愿者的名字我抄成了{{spaced:司 空 逸 飞}}。
访谈者：您最盼什么？
受访者：盼两个孩子在这边念好书。{{minority/kazakh:克孜古丽}}要是还在，她也这么想。
""")

# H1316: Yi grandmother from 昭觉 raising her grandson in 单县.
DOCS["H1316"] = ("family", """\
访谈者：阿奶，您是凉山来的？
受访者：是，{{trap/place:昭觉}}的。我叫{{minority/yi:瓦扎呷莫}}，瓦扎是我们家支，{{minority/yi:呷莫}}是名字。这边的人叫不惯，都叫我{{minority/yi:瓦扎大娘}}，小娃娃们叫我奶奶。
访谈者：您怎么到单县来的？
受访者：儿子{{minority/yi:吉克色都}}十几年前跟老乡出来打工，在单县的工地上。他娶了这边的媳妇{{han:孟凡娟}}，生了孙子。前年{{minority/yi:色都}}从架子上摔下来，没了。媳妇过了半年也走了，嫁到{{trap/place:商丘}}。孙子没人管，村委会打电话到昭觉，我坐了两天两夜的火车过来。
访谈者：孙子多大？
受访者：九岁，叫{{minority/yi:吉克体古}}。上学的名字是{{han:吉天佑}}，吉克的吉。他姥姥那边叫他{{minority/yi:孟体古}}，跟他妈姓。在{{school:单县园艺街道第三小学三年级（1）班}}。{{minority/yi:体古}}他聪明，汉话比我好，我去哪里办事都带着他。
访谈者：您一个人带，有什么难处？
受访者：字不认得，话说不好，银行、医院我都不会。社区儿童主任{{han:就宝华}}就住楼下，有事我就去敲门。{{han:就宝华}}就给孙子报了事实无人抚养，每个月{{trap/number:一千四百七十元}}。街道民政的{{han:让雪芹}}让我按了手印，说钱直接打到娃娃的卡上。孙子的班主任{{han:还桂荣}}还给他买了棉鞋。
访谈者：老家还有谁？
受访者：女儿{{minority/yi:吉克阿约}}在昭觉，嫁在{{trap/place:竹核}}。她想把孙子接回去，我不肯，这边上学好。{{minority/yi:阿约}}每个月给我寄两百块。老头子{{minority/yi:吉克金古}}死得早，三个娃娃是我一个人拉扯大的。
访谈者：单县有老乡吗？
受访者：有。带我儿子出来的{{minority/yi:沙马日达}}在{{trap/place:浮龙湖}}边上的厂里，他媳妇{{minority/yi:阿余史子}}常来帮我梳头，给孙子烙{{trap/minority_word:荞饼}}。过{{trap/minority_word:火把节}}，十几个老乡在{{minority/yi:沙马日达}}家院子里烧{{trap/minority_word:坨坨肉}}。电子厂的{{minority/yi:海来木沙}}会写字，我的表都是他帮着填。
访谈者：刚来的时候习惯吗？
受访者：不习惯。这边没有山，一眼看出去都是平的，我找不着方向，出门就迷路，有一回走到天黑，是警察把我送回来的。吃的也不一样，这边吃面，我们吃洋芋、吃荞子。冬天没有{{trap/minority_word:火塘}}，我冷得睡不着，社区给送了电褥子。现在好了，菜市场的人都认得我，知道我说话慢，等着我慢慢说。
访谈者：孙子想他爸妈吗？
受访者：想。他问他{{trap/minority_word:阿达}}去哪了，我说去找{{trap/famous:支格阿鲁}}了。老家的规矩要请{{trap/minority_word:毕摩}}，这边没有，我就自己念。他同学不叫他名字，叫他{{han:小吉}}，{{han:小吉}}也答应。
访谈者：还有谁帮过你们？
受访者：派出所的{{compound:东郭晓川}}帮孙子把户口落下来了。学校心理老师{{compound:南宫思齐}}每礼拜找他说话。孙子的姥姥{{han:孟大娘}}也来，带点鸡蛋，坐一会儿就走。
访谈者：您平时靠什么过日子？
受访者：补助，还有在小区里捡纸壳、塑料瓶，一个月卖一百来块。{{han:就宝华}}说我年纪大了别捡了，我闲不住。老家的地给女儿家种着，过年她寄点腊肉、荞面来。钱我不会存，都放在孙子卡上，要用了找{{han:就宝华}}帮着取。学校开家长会我也去，听不懂，坐在后头。老师完了单独跟我说，说{{minority/yi:体古}}上课举手，字写得好。别的我听不懂，“好”我听得懂。
访谈者：孙子的学习怎么样？
受访者：好不好我说不准。他每天回来先写作业，写完了教我认字，“人”“口”“手”，我学了一年，认得几十个了。他说奶奶你以后自己能看补助的单子。晚上我给他唱彝族的歌，他跟着哼，说同学都没听过。我腰疼，眼睛也花了，穿针要他帮我。我怕我哪天倒了，娃娃又没人管。社区说真有那一天他们管，我才放心点。
访谈者：您想不想回昭觉？
受访者：想。山上的风、家里的火，我做梦都梦见。可我走了娃娃咋办？等他念完初中，大了，能自己管自己，我再回去看看。老了总要回去的，我们彝族人，死了要回到祖先那里去。
访谈者：请您说一下登记信息。
受访者：孙子给我念。（孙子念）我们住{{address:单县园艺街道舜师路西二巷23号}}，老家{{address:昭觉县竹核乡木渣洛村二组11号}}。奶奶的身份证{{id_number@wold.513431}}，我的{{id_number@my2016tri.371722}}。{{han:就宝华}}阿姨的电话{{mobile@hyphen}}，{{minority/yi:沙马日达}}叔叔的{{mobile@s74}}。{{minority/yi:海来木沙}}的微信{{wechat:hailai_musha92}}。我的QQ是上网课的时候弄的，号码写在文具盒盖子里：{{qq:61748203}}。
访谈者：名字都写对了吗？
受访者：（孙子说）奶奶的被写成{{spaced:瓦 扎 呷 莫}}，我的写成{{spaced:吉克 体古}}，姥姥家写的是{{spaced:孟　体　古}}。
访谈者：您最盼什么？
受访者：盼娃娃长大，不要像他阿爸一样去爬架子。我死了也放心，{{minority/yi:体古}}有书念。
""")

# H1317: Han 儿童主任 of a community in 凤凰街道 (巨野) reading out her register.
DOCS["H1317"] = ("staff", """\
访谈者：您是凤凰街道哪个社区的？
受访者：{{trap/place:凤凰街道}}新城社区，儿童主任，我叫{{han:衡淑敏}}。本子上十一个孩子，我挑几户念，您对着记。
访谈者：好。
受访者：第一户，{{han:才梓萌}}，女，八岁，在{{school:巨野县凤凰街道第一小学二年级（5）班}}。爸爸{{han:才东升}}开货车出了事，高位截瘫；妈妈回了娘家，再没来过。{{han:才梓萌}}才八岁，会熬粥，会给她爸翻身。奶奶{{han:房秀英}}七十多了，腿不行，{{trap/word:房子}}是租的。住{{address:巨野县凤凰街道新城社区12号楼2单元501室}}，孩子的身份证{{id_number@wy2017quad.371724}}。孩子报的困境儿童，{{han:才东升}}有两项补贴。
访谈者：第二户？
受访者：藏族两姊妹，{{han:聂欣妍}}和{{han:聂一然}}，妈妈在服刑，爸爸病死了，姥爷{{minority/tibetan:斯郎泽翁}}从{{trap/place:四川}}过来带。老人汉话不灵，我去了都是{{minority/tibetan:降央志玛}}当翻译。补助按服刑人员子女报的，街道{{han:邢主任}}签的字。
访谈者：第三户？
受访者：{{han:有建设}}家。{{han:有建设}}有精神残疾，二级，犯病了摔东西，老婆带着小闺女走了，剩下儿子{{han:有子昂}}，十一岁，跟大伯{{han:有建民}}过。孩子报的事实无人抚养，每月{{trap/number:一千五百二十元}}。{{han:有子昂}}他不爱说话，我找了个大学生志愿者{{compound:梁丘一诺}}陪他写作业。
访谈者：第四户？
受访者：{{han:也文博}}，男，十四，{{school:凤凰街道初级中学八年级（1）班}}。爹娘离了，他爸{{han:也国栋}}在{{trap/place:天津}}打工，一年回来一趟，孩子跟爷爷过。{{han:也文博}}也想出去打工，我跟他班主任{{han:满晓丽}}老师一块劝他先把初中念完，{{trap/word:也许}}过两年就劝不住了。家在{{address:巨野县凤凰街道后屯村三组19号}}，爷爷{{han:也长福}}的身份证{{id_number@my1952x.371724}}。
访谈者：还有吗？
受访者：第五户，{{han:甄美好}}，女，六岁，先天性心脏病，做过两回手术。她爸{{han:甄有福}}{{trap/word:有时候}}去工地，有时候在家看孩子；她妈{{han:翟晓霞}}在超市理货，一家人挤在车库里。麒麟镇那个蒙古族孩子{{minority/mongolian:乌斯嘎拉图}}，汉名{{han:晁宇轩}}，材料转到街道复核，也是我去核的。
访谈者：这些户您多久去一趟？
受访者：一般的一个月一趟，重点的半个月一趟。去了看吃的穿的，看屋里冷不冷，问问上学的事。有的家不让进门，嫌丢人，我就在门口说两句，下回再去，去个三回五回，门就开了。逢年过节街道有慰问，一袋面、一桶油、一床被子，我挨家送。去年冬天{{han:有建民}}跟我吵了一架，说孩子的钱不够买煤，我回头找{{han:邢主任}}，给他家多申请了一回临时救助。
访谈者：这么多户，您怎么联系？
受访者：都存在手机里。{{han:房秀英}}不会用手机，打{{han:才梓萌}}她姑{{han:才凤霞}}的，{{mobile@hyphen}}；{{han:有建民}}的{{mobile@fullwidth}}；{{han:也国栋}}在天津，{{mobile@plus86dash}}。我的微信{{wechat:hengshumin_fh}}，家长有事都找我。
访谈者：台账上的名字有写错的吗？
受访者：有。{{spaced:才 梓 萌}}中间空了格，{{spaced:也　文　博}}，还有把志愿者写成{{spaced:梁 丘 一 诺}}的，{{spaced:有子 昂}}也分成了两截，{{spaced:甄 美 好}}更别提了。
访谈者：孩子们长大了都怎么样？
受访者：有好有坏。前几年本子上有个男孩，爹没了娘走了，跟爷爷过，现在在{{trap/place:济宁}}念技校，学汽修，放假回来还给我送了箱苹果。也有叫人揪心的，有个闺女十六就不念了，跟人去了南方，电话也换了。我老想，当初要是多去几趟，兴许能拉住。上回区里来检查的{{compound:仲孙若愚}}说我的台账记得细，我说细有啥用，人没拉住。
访谈者：您自己也有孩子吧？
受访者：有个上初中的闺女，她说我管别人家的孩子比管她上心。有一回我在{{han:才梓萌}}家帮着做饭，误了她的家长会，她生了好几天气。后来我带她去了一趟，她回来就不说了，把自己的旧书包、旧文具收拾了一箱子，叫我送过去。
访谈者：哪些政策最管用？
受访者：事实无人抚养那个最管用，以前这样的孩子两头不靠，现在有个名分，钱也按月到。再就是医疗救助，像{{han:甄美好}}那样的孩子，没这个早就不行了。缺的是人，一个社区就我一个儿童主任，还兼着{{trap/org:妇联}}的活。
访谈者：您觉得这活难在哪？
受访者：难在孩子不说。有时候要在楼道里等一个钟头，有的孩子一年都不跟我说一句真话。我也不急，一趟一趟去，去多了，他就知道你不是来走过场的。街道社工{{compound:亓官若兮}}说，得等孩子自己开口。{{han:甄有福}}他嘴上不说，其实最怕闺女再进手术室。这些事本子上记不下，我都记在心里。
""")

# H1318: Han social worker in 园艺街道 (单县) who keeps in touch on WeChat and QQ.
DOCS["H1318"] = ("staff", """\
访谈者：您手机一直在响，先回吧。
受访者：不回不行，回了又响。我叫{{han:昝雨桐}}，在{{trap/place:园艺街道}}社工站，手上二十三个困境儿童。微信开着三个群，QQ也得挂着，有的孩子只上QQ。
访谈者：说说这些孩子。
受访者：先说个哈萨克族的，{{minority/kazakh:吾尔肯}}，他爸{{minority/kazakh:胡尔曼别克}}在羊肉汤馆杀羊，妈妈没了。材料是我同事{{han:邵晓蓓}}跑下来的。孩子的QQ我也加了，{{qq:35917264}}，晚上写完作业给我发个羊的表情。还有个彝族孩子{{minority/yi:吉克体古}}，奶奶{{minority/yi:瓦扎呷莫}}从{{trap/place:凉山}}来带他。老人没手机，有事我就给{{han:就宝华}}发语音，她住老人楼下。
访谈者：汉族孩子呢？
受访者：多。{{han:被立群}}被车撞断了腿，两项补贴刚批下来，闺女{{han:被欣然}}十岁，在{{school:单县园艺街道第三小学四年级（6）班}}。她妈{{han:庞春兰}}加了我微信，{{wechat:pangchunlan_0612}}，天天问补助啥时候到账。
访谈者：还有呢？
受访者：{{han:邢俊杰}}，十三，他爸吸毒进了戒毒所，他妈跑了，跟姑姑{{han:邢丽云}}过，在{{school:单县第五中学七年级（4）班}}。这孩子不用微信，只用QQ，号码是全角打给我的，我存的时候没改：{{qq:２８６０３９１７４５}}。{{han:邢俊杰}}他半夜发说说，我看见了就打他姑姑电话，{{mobile@s38}}。
访谈者：有没有特别小的？
受访者：有个四岁的小子，小名{{han:二蛋}}，大名{{han:鲍家乐}}，他妈智力残疾，他爸{{han:鲍德胜}}在外面混，三天两头不着家。{{han:二蛋}}他奶奶{{han:鲍大娘}}用的是老年机，只能打电话：{{mobile@fws}}。还有一对双胞胎，{{han:楚金凤}}和{{han:楚银凤}}，爸妈都在{{trap/place:青岛}}打工，姥姥带，姥姥有微信，叫{{wechat:wxid_lz83kq5tm0}}。
访谈者：您最担心哪样的孩子？
受访者：十三四岁的男孩。这个年纪最容易学坏，网上啥人都有，有拉他们去网吧的，有骗他们刷单的，还有叫他们去外地打黑工的。我每个月在群里发一回防诈骗的视频，也不知道他们看不看，看了能记住几句。
访谈者：在网上联系有啥好处？
受访者：孩子们当面不说的话，打字就说了。{{han:邢俊杰}}当面见了我头都不抬，QQ上一聊半个钟头，说他想他爸，又恨他爸。有的孩子发个表情，我就知道今天不对劲。坏处是没有下班的时候，夜里两点也有消息，我对象说我手机比他亲。
访谈者：遇到过危险的情况吗？
受访者：有一回。一个女孩在空间里发了句不想活了，我看到是夜里十一点多，赶紧给她家里打电话，没人接，又打给{{trap/org:派出所}}，民警跟我一块上门，孩子在屋里哭。后来转到医院心理科，现在好多了。从那以后站里定了规矩，孩子发这种话，不管几点都得马上打电话。
访谈者：家长配合吗？
受访者：多半配合，有的嫌烦。{{han:鲍德胜}}就嫌我多管闲事，说他儿子他自己管。我说你管了吗，他不吭声了。过年他回来给孩子买了身新衣裳，还在微信上跟我说了声谢谢，我截图留着。外地户口的最难办，像{{minority/kazakh:吾尔肯}}家，要两头开证明，缺一样都不行。
访谈者：谁跟您一起做？
受访者：站长{{han:逯春梅}}，管心理的{{compound:漆雕清越}}，跑民政的{{compound:公西慕白}}。督导是{{compound:单于晨阳}}，{{trap/place:单县}}本地人，每月来查台账，他说他这个姓在单县最容易叫错。{{compound:漆雕清越}}下个月休产假，{{han:邢俊杰}}的个案转给{{compound:公西慕白}}。
访谈者：跟孩子在网上都聊什么？
受访者：什么都聊，考试、打游戏、想不想爸妈。{{han:被欣然}}有一回半夜在QQ上问我，她爸的腿还能不能好，我陪她说到一点。站里有个QQ群，群号{{trap/number:738291046}}，是发通知用的，不算谁的号。
访谈者：你们平时搞什么活动？
受访者：周末搞“四点半课堂”，放学没人接的孩子来站里写作业。暑假带他们去{{trap/place:浮龙湖}}边上放风筝，去{{trap/org:单县博物馆}}看老物件。{{han:被欣然}}站在{{trap/famous:吕雉}}的像底下问这个女的是谁，讲解员说是咱单县人，当过皇后，她说那她也是单县的闺女。
访谈者：您做社工几年了？
受访者：四年。大学学的社会工作，毕业回了老家。工资不高，一个月三千出头，我妈老叫我考公务员。可孩子们在群里喊一声{{han:昝姐姐}}，我就觉得走不开。夜里消息多，我分轻重：发表情的先不回，发长段话的先看，只发个“在吗”的最要紧，多半是出事了。
访谈者：您的联系方式？
受访者：工作微信{{wechat:zanyutong_yyjd}}，工作手机{{mobile@plain}}，QQ{{qq:1398047256}}。
访谈者：名册上的名字有错的吗？
受访者：有。{{spaced:邢 俊 杰}}，{{spaced:楚　银　凤}}，{{spaced:单 于 晨 阳}}，还有{{spaced:被欣 然}}。
""")

# H1319: Han uncle in 田庄镇 (巨野) raising his late brother's deaf daughter.
DOCS["H1319"] = ("family", """\
访谈者：大叔，孩子是您侄女？
受访者：是，俺兄弟的闺女。我叫{{han:田守仁}}，{{trap/place:田庄镇}}的，种了一辈子地，嘴笨，说不好，您多担待。兄弟{{han:田守义}}前年尿毒症走了，弟妹{{han:庞秀娥}}改嫁到{{trap/place:郓城}}，孩子就归了俺。
访谈者：孩子叫什么？
受访者：{{han:田晓雨}}，九岁，小名{{han:雨妮儿}}。生下来就听不见，两岁才查出来。{{trap/org:巨野县残联}}给配过助听器，不顶用。现在在{{school:菏泽市特殊教育学校三年级（2）班}}住校，一个礼拜接一回。{{han:雨妮儿}}她手语打得飞快，我学了两年，就会个吃饭、睡觉、想你。
访谈者：家里都有谁？
受访者：我，老伴{{han:被秀莲}}，还有俺儿{{han:田浩杰}}，在镇上念初二，小名{{han:大虎}}。{{han:被秀莲}}娘家是{{trap/place:龙堌镇}}的，姓被，外人都说这个姓少见。{{han:大虎}}跟{{han:雨妮儿}}亲，放学先去看妹妹的作业本。
访谈者：有谁帮你们？
受访者：村里儿童主任{{han:苏立和}}，{{han:苏立和}}和镇上的{{han:冀晓燕}}一起给孩子报了事实无人抚养，每月{{trap/number:一千三百九十元}}，残疾证办的是听力一级，两项补贴也有。特教学校的手语老师{{compound:颛孙楚然}}教俺学手语，每礼拜在微信上发视频。班主任{{han:郜家欢}}老师说孩子画画好，叫报个兴趣班。
访谈者：能做人工耳蜗吗？
受访者：问过。{{trap/place:济南}}的医生{{compound:万俟海波}}说六岁以前做最好，现在做也行，就是效果差点。{{trap/org:省残联}}有救助项目，表是{{han:冀晓燕}}帮着填的，排上了队。
访谈者：您学手语难吗？
受访者：难。俺五十多了，手指头粗，比划不利索。老师说得天天练，俺就在{{trap/word:田间}}地头练，对着玉米比划，村里人以为俺魔怔了。现在会的多了，能问她学校的饭好不好吃，有没有人欺负她。她打得快，俺看不过来，就叫她慢点，她就一个字一个字比。
访谈者：您老伴怎么看这事？
受访者：她没二话。孩子刚来那阵夜里哭，是她搂着睡的。孩子听不见，她就拍背，一拍一宿。她说咱家多个闺女，是福气。她还学会了给助听器换电池，比俺手巧。
访谈者：孩子在学校好吗？
受访者：好。特教学校管得细，吃住都有人管。刚去时哭了一个礼拜，俺天天晚上给老师打电话。现在她不想回家了，说学校有朋友。礼拜五俺骑电动三轮去接，四十里地，冬天风大，俺给她裹上棉被。路上她在后头拍俺的背，俺就知道她在跟俺说话。
访谈者：孩子她妈还来吗？
受访者：一年来一两回，带身新衣裳。{{han:庞秀娥}}她也难，那边又生了一个。{{han:雨妮儿}}见了她妈，不哭也不闹，就拿手比划“妈妈”。俺看着心里不是滋味。她走的时候孩子追到村口，光张嘴，喊不出声。
访谈者：地里活忙的时候呢？
受访者：{{trap/word:田地}}里忙，俺就托邻居{{han:宁还生}}去学校接。{{han:宁还生}}还生过气，说俺不该让孩子住校，太小。孩子爱看{{trap/famous:武松}}打虎的小人书，看一回比划一回。
访谈者：家里日子怎么样？
受访者：种着十几亩地，麦子、玉米，一年下来剩不了几个钱。老伴腰不好，干不了重活。俺儿懂事，说初中毕业就去打工，俺没让，俺说你得念书，你妹妹以后还得靠你。她爸走的时候她七岁，记得。她画过一张画，一个男的抱着个小闺女，旁边写着“爸爸”。老师拍了发给俺，俺存在手机里，不敢多看。
访谈者：孩子以后有什么打算？
受访者：老师说特教学校念完了可以去济南念职业学校，学面点、学美工，能养活自己。她画画好，画的牡丹跟真的一样，村里人都来要。俺跟老伴说了，俺俩要是不在了，让{{han:大虎}}管他妹妹，{{han:大虎}}拍着胸脯答应了。人工耳蜗一只十几万，救助项目只管一部分，剩下得自己掏。{{trap/org:红十字会}}也有项目，{{han:冀晓燕}}说她帮着再申请。俺不怕借钱，就怕耽误了孩子。
访谈者：请您说一下登记信息。
受访者：家在{{address:巨野县田庄镇田楼村五组30号}}。我身份证{{id_number@my1967hyphen.371724}}，孩子的{{id_number@wy2016fwspaced.371724}}。我电话{{mobile@p86n}}，{{han:苏立和}}的{{mobile@s434}}。{{han:大虎}}给我弄了个微信，叫{{wechat:tianshouren_1967}}。孩子在学校用平板，有个QQ：{{qq:902473615}}，她跟同学在上面发手语视频。
访谈者：名字写对了吗？
受访者：民政表上是{{spaced:田 晓 雨}}，学校写成{{spaced:田晓 雨}}，手语老师的名字俺抄成了{{spaced:颛 孙 楚 然}}。
访谈者：您最盼什么？
受访者：盼她能听见一声。做了耳蜗，头一句俺想让她听见的是{{han:田守义}}给她起的名字。
""")

# H1320: Han township civil-affairs clerk in 龙堌镇 (巨野).
DOCS["H1320"] = ("staff", """\
访谈者：您在镇民政办管哪一块？
受访者：儿童这块，兼着残疾人两项补贴。我叫{{han:亓秀梅}}，{{trap/place:龙堌镇}}三十个村，困境儿童六十三个，孤儿九个。老百姓有事打{{trap/hotline:12345}}，也转到我这儿。我挑几户说。
访谈者：好。
受访者：头一户是孤儿，姐弟俩，姐姐{{han:牛梦琪}}十三，弟弟{{han:牛梦阳}}九岁。爹娘前年赶集回来，三轮叫大货车撞了，两口子都没了。现在跟奶奶{{han:练德英}}过，老太太七十六了，还种着二亩菜地。孤儿基本生活费一人一月{{trap/number:一千六百三十元}}，{{trap/org:巨野县民政局}}直接打到卡上。{{han:牛梦琪}}在{{school:龙堌镇初级中学七年级（2）班}}，回回考年级前十。家在{{address:巨野县龙堌镇牛庄村二组8号}}，奶奶的身份证{{id_number@wy1949x.371724}}。奶奶不会用手机，打她侄子的：{{mobile@plus86spaced}}。
访谈者：第二户？
受访者：事实无人抚养。孩子叫{{han:褚红旗}}，男，十一，在{{school:龙堌镇中心小学五年级（3）班}}。他爸{{han:褚向东}}向来不着家，去年偷电缆进去了，判了四年；他妈走了快十年，找不着。孩子跟八十岁的老爷爷过。村里儿童主任{{han:仝要强}}，人跟名字一样要强，一礼拜去三趟。派出所的{{han:逯所长}}帮着查过孩子妈的下落，没查着。
访谈者：第三户？
受访者：{{han:伊和平}}和他老婆都是残疾人，他肢体二级，老婆视力一级，两项补贴都有。闺女{{han:伊梦雪}}八岁，放学回来做饭，领她娘上厕所。{{han:伊和平}}他自己说，闺女是他俩的拐棍。家在{{address:巨野县龙堌镇伊庄村四组15号}}，他的身份证{{id_number@my1978fw.371724}}。
访谈者：你们怎么发现这些孩子？
受访者：一是村里报，二是学校报，三是我们自己排查。每年开春和秋后，跟村干部一个村一个村走，谁家大人没了、谁家大人进去了、谁家大人病得下不了床，都要记下来。有的村干部怕麻烦不报，我们就去学校问班主任，班主任最清楚哪个孩子家里出了事。
访谈者：孤儿和事实无人抚养，钱一样吗？
受访者：差不多，都照孤儿的标准发。区别在认定，孤儿要死亡证明，事实无人抚养要看爹娘是不是服刑、失联、重残，得派出所、法院开证明。最难的是失联，找半年找不着才能认。{{han:褚红旗}}他妈就是这样，查了半年。
访谈者：两项补贴怎么发？
受访者：困难残疾人生活补贴和重度残疾人护理补贴，一个看家里穷不穷，一个看残疾重不重。像{{han:伊和平}}家两样都够，两口子每月一共能领四百多。钱不多，可是按月来，心里有底。每年复核一回，有的人家条件好了就退出来，也有新申请的。
访谈者：哪些孩子最容易漏掉？
受访者：一是爹娘在外地离了婚的，孩子扔给老人，村里还以为爹娘都在；二是大人精神有毛病的，家里不愿意说。我们跟学校约好了，孩子连着几天不来，或者身上有伤，班主任当天就给我打电话。心理咨询师{{compound:太史兰亭}}每月来镇上一天，专看这些孩子。
访谈者：镇上谁负责这些？
受访者：{{han:仝镇长}}分管，我跑腿。社工站派来两个姑娘，{{compound:壤驷佳宁}}和{{compound:巫马星野}}，一个管孤儿，一个管残疾家庭。从{{trap/place:濮阳}}考过来的{{compound:濮阳晓岚}}在县里做督导，一季度下来一回，来了先翻台账，再跟我下村。律师{{compound:申屠子瑜}}给{{han:褚红旗}}家打过监护权的官司，县里的{{compound:公良雨薇}}律师也帮过忙。
访谈者：您怎么跟他们联系？
受访者：我的工作微信{{wechat:qixiumei_lg}}，电话{{mobile@spaced}}。{{han:牛梦琪}}有QQ，说是学校让加的学习群，号码她写在奶奶家墙上：{{qq:4702183596}}。
访谈者：名字有写错的吗？
受访者：常有。有写成{{spaced:壤 驷 佳 宁}}的，有写成{{spaced:牛　梦　琪}}的，还有{{spaced:褚红 旗}}，律师的名字也有人写成{{spaced:申 屠 子 瑜}}。
访谈者：您干这个几年了？
受访者：七年。刚来以为就是发发钱，后来才知道，钱是小事，孩子身边有没有人才是大事。有的孩子钱到了卡上，爷爷奶奶不会取，或者取了给孙子买零食，一个月就花完了。我们就跟着教，一笔一笔记账。{{han:牛梦琪}}她爹娘出事那天，是我去学校接的她，一路上她一句话不说，到了家门口才哭出来。现在她说要考师范，回来当老师。
访谈者：做这个活，您最难受的是什么？
受访者：看着孩子一夜长大。我们这活，说到底就是替这些孩子的爹娘多看一眼。{{han:牛梦阳}}他九岁，知道替奶奶数药片，放学回来自己{{trap/word:练习}}生字。要说这几年最该谢的，是{{han:练德英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1313,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout167",))


if __name__ == "__main__":
    main()
