# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 164 (tests/pii/holdout164/H1297-H1304 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 165, written at the same time, is not
an earlier set).

Set 164 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
栖霞 and 蓬莱 (Shandong): a Mongolian father from 阿巴嘎旗 who packs apples in a 栖霞 cold store and raises his two
daughters there while his wife is in prison; an Amdo Tibetan grandmother from 玛沁 (果洛) raising her grandson in
南王街道 (蓬莱) after his parents died when their truck overturned; a Uyghur mother from 伽师 who sells dried fruit at
a market in 紫荆山街道 (蓬莱), her husband paralysed by a fall from a scaffold; a Yi uncle from 美姑 who works on a
vineyard in 大辛店镇 (蓬莱) and raises the two boys of his dead brother, whose mother cannot be found; a Han 儿童主任
in 庄园街道 (栖霞) reading out her register; a Han social worker in 紫荆山街道 who keeps up with her children and
their families on WeChat and QQ; a Han grandmother in 桃村镇 (栖霞) raising a granddaughter with cerebral palsy; and
a Han civil-affairs clerk of 大辛店镇 on how the cases of her township are reviewed and paid. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole and with a short form (都古尔巴雅尔 then 都古尔, 吉仁图雅 then 吉仁她, 希林高娃, 敖敦苏都, 宝力道扎布,
阿古拉玛, 斯琴托娅, 乌恩吉日嘎拉), a Han surname before a Mongolian given name (宝吉仁, as the teacher calls the roll)
and the Han names and forms of address of the same people (宝振山, 宝晓雪, 老宝, and 小星星, made from the meaning of
the girl's name); Amdo Tibetan names (才让拉姆措, 公保东周, 久美更桑, 拉毛卓么, 仁青多杰, 切本加, and 桑杰旦增 after
the title 阿克) with short forms (拉姆措奶奶, 更桑才八岁), a Han surname before a Tibetan given name (綦更桑, the boy
registered under his Han mother's surname) and a Tibetan name after 给 (给才让拉姆措); Uyghur given name + father's
name with the dot (再丽努尔·买买提明, 卡地尔·吐拉克, 伊利亚尔·卡地尔, 比丽克孜·卡地尔), without it (伊利亚尔卡地尔,
the school computer cannot type the dot) and single names and short forms (再丽努尔, 卡地尔他, 伊利亚尔他,
比丽克孜她, 海丽倩姆, 阿不都瓦依提, 米丽班大姐); Yi names of 美姑 with the clan name before the given name (曲木阿洛,
曲木拉日, 曲木日格, 曲木拉格, 阿苏史莫, 巴莫阿果, 勒古约布, 恩扎阿且, 吉地阿呷) with short forms (阿洛, 日格他, 拉格,
阿且他), the clan name cut to a Han surname before the given name (曲日格, 曲拉格) and the uncle called 老曲; Han
names with common and rare surnames of the region (逄, 牟, 綦, 鞠, 臧, 盖, 由, 蔺, 战, 鹿, 原, 滕, 苑, 衣, 修, 宫, 栾,
毕, 郝, 麻, 苗, 庄, 谭); surnames that are also ordinary words next to grammar words (都桂芹都七十六了, 也秋华也走了,
就晓燕就住, 向立强向镇上, 向晓阳向我, 和永顺和他老伴儿, 还立伟还兼着, 把春芝把表, 要春江要了, 被秀云被她闺女,
有秋芬有事, 能素梅老师能说, 跟让雨欣约好了) and given names that begin or end with one (蔺德才才出院, 宫有福有辆,
战立和和他妹妹) beside ordinary words that start with a surname character of the voices (原来 and 由于 beside 原子涵
and 由国栋, 鞠躬 beside 鞠春雷, 盖章 beside 盖春林, 向日葵 beside 向晓阳, 牟氏庄园 beside 牟嫂); names that contain
words (原子涵, 鹿海洋, 鞠春雷, 战胜利, 宫小满, and the nicknames 小星星 and 小葡萄); titles and kin words after
names (鞠秀红大姐, 修晓帆老师, 由佳琪老师, 毕玉芬大嫂, 呼延晓薇大夫, 原丽君老师, 宫雪岚律师, 能素梅老师, 谭晓燕老师,
子车婉婷老师, 麻玉珍奶奶, 拉姆措奶奶, 米丽班大姐; the span is the name only), a surname with only a title or kin
word, annotated whole (牟嫂, 逄大姐, 逄姐, 綦姥爷, 蔺老板, 郝大夫, 毕婶子, 盖姐, 栾支书, 栾师傅, 小谭, 小滕), nicknames and
local forms of address, annotated whole (老宝, 老曲, 小星星, 小葡萄); names directly before particles, pronouns and
verbs (臧德顺他, 綦振海他, 鞠春雷他, 原子涵她, 毕玉芬说, 子车婉婷说, 小谭说, 宫小满她妈) and after 叫/是/给/跟/找/让/和
(叫都古尔巴雅尔, 是宝晓雪, 给才让拉姆措, 跟臧德顺, 找麻玉珍, 让宫小满, 宝晓雪和敖敦苏都, 曲日格和曲拉格), and names
closing the last sentence (头一个请的是逄大姐。, 有事就找逄大姐。); names spaced out character by character in half-
and full-width spaces (都 古 尔 巴 雅 尔, 久 美 更 桑, 公 保 东 周, 比 丽 克 孜, 曲 木 阿 洛, 阿 苏 史 莫, 濮 阳 若 彤,
子 车 婉 婷, 司　空　若　曦, 宝　晓　雪, 都　桂　芹, 毕　秀　芝, 綦　雅　静), dotted names with spaces around the dot
(再丽努尔 · 买买提明, 伊 利 亚 尔 · 卡 地 尔) and names split in two (敖敦　苏都, 才让　拉姆措, 曲木　日格, 蔺子 轩,
向晓 阳, 战立 霞); compound surnames after ordinary words (即墨, 钟离, 闻人, 万俟, 南宫, 公冶, 呼延, 淳于, 鲜于, 左丘,
濮阳, 申屠, 太史, 颛孙, 司空, 仲孙, 谷梁, 子车, 闾丘, 赫连, 上官, 皇甫, 尉迟 after 会计/老师叫/小伙子/律师/的/
跟她一块儿来的/志愿者叫/督导叫/站长/同事/实习生/咨询师叫/专家叫); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:逄淑贞}}``, ``{{qq:2087416593}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984tri.152522}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 律师, 大姐, 大嫂, 奶奶) and a
particle, pronoun or verb written directly after a name (说, 也, 都, 才, 就, 她, 他, 她妈) are outside the span; a
surname with only a title or kin word (牟嫂, 逄大姐, 綦姥爷, 蔺老板, 毕婶子, 盖姐, 栾支书, 小谭) and a nickname or local
form of address (老宝, 老曲, 小星星, 小葡萄) are annotated whole. Han-style names of Mongolian people (宝振山, 宝晓雪,
老宝) and the name 老曲 of the Yi uncle are category han; a Han surname before a non-Han given name (宝吉仁, 綦更桑,
曲日格, 曲拉格) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout164/make_holdout164.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(164_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175",
                   "176", "178", "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1297: Mongolian father from 阿巴嘎旗 who packs apples in a 栖霞 cold store and raises his two daughters there
# while his wife is in prison.
DOCS["H1297"] = ("family", """\
访谈者：大哥，您在这个冷库干了几年了？
受访者：三年多了，给苹果套网套、装箱、码垛。我叫{{minority/mongolian:都古尔巴雅尔}}，{{trap/place:阿巴嘎旗}}来的牧民。身份证上还有个汉名{{han:宝振山}}，冷库老板{{han:牟兆田}}记不住蒙古名，就喊我{{han:老宝}}。老乡打电话来，还是叫我{{minority/mongolian:都古尔}}。
访谈者：怎么从草原跑到{{trap/place:栖霞}}来了？
受访者：孩子她妈{{minority/mongolian:希林高娃}}原来在苏木信用社当出纳，挪了公款去填她弟弟的窟窿，判了四年。草场租出去还了账，家里就断了进项。表哥{{minority/mongolian:宝力道扎布}}前些年在这边摘过苹果，说冷库缺人，我就领着两个闺女来了。
访谈者：两个孩子多大了？
受访者：大的{{minority/mongolian:吉仁图雅}}十三，在{{school:栖霞市实验中学初一（6）班}}，学籍上的汉名是{{han:宝晓雪}}，班主任点名图省事，喊她{{minority/mongolian:宝吉仁}}。家里叫她{{minority/mongolian:吉仁}}。小的{{minority/mongolian:敖敦苏都}}八岁，在{{school:庄园街道中心小学二年级（3）班}}。她的名字在蒙语里是星星，同学就叫她{{han:小星星}}，{{han:小星星}}她还挺乐意。
访谈者：孩子们知道妈妈的事吗？
受访者：大的知道，小的以为她妈在{{trap/place:锡林浩特}}打工。{{minority/mongolian:吉仁}}她不爱说话，有啥事都写在本子上。去年冬天她姥姥{{minority/mongolian:阿古拉玛}}去会见，{{minority/mongolian:希林高娃}}隔着玻璃就说了一句：让孩子好好念书。
访谈者：在这边都有谁帮你们？
受访者：街道的儿童主任{{han:逄淑贞}}，头一回上门就把两个孩子报成了困境儿童，一人一个月{{trap/number:四百六十元}}，还给办了临时救助。冷库会计{{compound:即墨雅文}}帮我填表、复印户口本。学校的心理老师叫{{compound:钟离蕴华}}，一个礼拜找大的谈一回。区里社工站派了个小伙子{{compound:闻人书航}}，周末来给小的补拼音。车间的{{han:鞠秀红}}大姐中午顺手给小的捎一份饭。
访谈者：冷库的活累吗？
受访者：九月十月最忙，一天站十一个钟头，手冻得裂口子。老板娘{{han:牟嫂}}给了我一副羊皮手套。我跟{{han:臧德顺}}搭班，{{han:臧德顺}}他嘴碎，手可快，一天能装四百多箱{{trap/word:红富士}}。我说我们放羊放惯了，数苹果比数羊难。
访谈者：孩子们在学校怎么样？
受访者：大的语文好，班主任{{han:修晓帆}}老师把她的作文贴在后墙上，题目叫《我家的羊在一千公里外》。她跟同桌{{han:衣梦琪}}最要好，礼拜天两个人一块儿去图书馆。小的拼音跟不上，教急了就哭。她问我，爸爸，为啥别人家的妈妈能来开家长会？我答不上来，就说你妈在很远的地方上班。
访谈者：妈妈那边常联系吗？
受访者：一个月来一封信，两个月能打一回亲情电话，十分钟。信里一半蒙文一半汉字，蒙文是写给大的看的。{{minority/mongolian:希林高娃}}在里头踩缝纫机，说表现好能减刑。大的把信都收在一个饼干盒子里，谁也不让动；小的不认字，就让姐姐一遍一遍地念。我在电话里不敢哭，挂了电话蹲在冷库门口抽半包烟。
访谈者：您自己身体怎么样？
受访者：腰不好，冷库里潮，夜里膝盖疼。工头知道我家的事，不让我上夜班，说孩子晚上不能没大人。我寻思着，等她妈出来，我们就回去，把草场收回来，再养上一群羊。
访谈者：老家还有谁？
受访者：我额吉{{minority/mongolian:斯琴托娅}}七十了，跟我姐过。嘎查达{{minority/mongolian:乌恩吉日嘎拉}}帮我盯着草场的合同。暑假我带孩子回去了一趟，小的骑上马就不肯下来，大的跟她姥姥学拉{{trap/minority_word:马头琴}}。回来的火车上大的问我，唱歌的{{trap/famous:腾格尔}}是不是阿巴嘎的？我说不是，人家是{{trap/place:鄂托克}}的。
访谈者：在这边过年怎么过？
受访者：冷库过年放七天假。我们在出租屋里包羊肉饺子，大的学着这边的样子贴对联，小的非要在门上贴一张她自己画的蒙古包。房东老太太端来一盘炸面鱼，说这是胶东的规矩。年三十晚上给老家打视频，额吉在那头唱祝酒歌，小的跟着哼，哼着哼着就在我怀里睡着了。
访谈者：登记的信息请您说一下。
受访者：这边租的房在{{address:栖霞市庄园街道西郝家庄村二组15号}}，老家是{{address:阿巴嘎旗别力古台镇宝格都嘎查三组9号}}。我的身份证{{id_number@my1984tri.152522}}，小闺女的{{id_number@wy2016fwhyphen.152522}}。我电话{{mobile@s434}}，{{han:逄淑贞}}的电话{{mobile@p86n}}。大闺女有微信，叫{{wechat:jiren_qx0613}}，还有个QQ，号码她拿圆珠笔写在我工牌背面：{{qq:2087416593}}。
访谈者：表上的名字写对了吗？
受访者：乱。救助表上我是{{spaced:都 古 尔 巴 雅 尔}}，学校把小的写成{{spaced:敖敦　苏都}}，大的花名册上是{{spaced:宝　晓　雪}}。
访谈者：您最盼什么？
受访者：盼她妈早点出来，一家人回阿巴嘎。走之前我得杀只羊请客，头一个请的是{{han:逄大姐}}。
""")

# H1298: Amdo Tibetan grandmother from 玛沁 (果洛) raising her grandson in 蓬莱 (南王街道); his parents died when
# their truck overturned.
DOCS["H1298"] = ("family", """\
访谈者：阿妈，您是从青海过来的？
受访者：是，{{trap/place:果洛}}{{trap/place:玛沁}}的。我叫{{minority/tibetan:才让拉姆措}}，这边的人叫不全，邻居都喊我{{minority/tibetan:拉姆措}}奶奶。我汉话说不好，说错了你别笑。
访谈者：您怎么到{{trap/place:蓬莱}}来了？
受访者：我儿子{{minority/tibetan:公保东周}}开大货车，从这边往{{trap/place:西宁}}拉苹果、拉海货。他在这边娶了媳妇{{han:綦艳萍}}，就在南王街道安了家。前年腊月两口子一块儿跑车，夜里在{{trap/place:乌鞘岭}}上翻了，两个人都没了。孙子那年六岁，在家跟他姥爷。
访谈者：孙子现在多大？
受访者：八岁了。藏名是寺里的{{trap/minority_word:阿克}}{{minority/tibetan:桑杰旦增}}给起的，叫{{minority/tibetan:久美更桑}}，在家我叫他{{minority/tibetan:更桑}}。学校用他妈的姓，花名册上写成{{minority/tibetan:綦更桑}}，在{{school:蓬莱区南王街道中心小学二年级（4）班}}。{{minority/tibetan:更桑}}才八岁，已经会自己下面条了。
访谈者：孩子的姥爷呢？
受访者：姥姥早没了，姥爷{{han:綦振海}}七十三，心脏不好。我们两个老的搭伙带。孩子管他叫{{han:綦姥爷}}，学着这边的叫法。{{han:綦振海}}他说汉话，我说藏话，孙子在中间给我们当翻译。
访谈者：都有谁帮过你们？
受访者：社区的儿童主任{{han:战玉芹}}给孙子报了孤儿基本生活费，一个月{{trap/number:一千四百八十元}}，直接打到卡上。民政所的{{han:盖立新}}来家里核过两回。班主任{{han:由佳琪}}老师每天放学把他送到校门口交给我。车祸赔偿的官司，是律师{{compound:万俟景川}}不要钱帮着打的。区里社工站的{{compound:南宫语嫣}}每个礼拜来陪孩子画画，跟她一块儿来的{{compound:公冶知远}}教我用手机视频。
访谈者：车祸赔偿的事办完了吗？
受访者：办了一年多。车是挂靠在{{trap/place:龙口}}一家运输公司的，老板{{han:郝长江}}开始不认账，后来法院判了，赔了一部分。钱存在孙子名下，{{compound:万俟景川}}说十八岁以前谁也不能动。我说我不动，我一分也不动，那是他爸妈拿命换的。
访谈者：孩子在学校怎么样？
受访者：开始不说话，老师问他，他就低着头抠手指头。后来老师让他在班会上讲牦牛、讲雪山，他讲了十分钟，同学都围着他问。现在他跟同桌{{han:蔺浩宇}}天天一块儿走，两个人换着吃饭盒里的东西。人家说我做的糌粑团子像炒面，他就笑。
访谈者：您最担心什么？
受访者：担心我们两个老的走在前头。{{han:綦振海}}去年住了两回院，我一宿一宿睡不着，就坐在炕上转经筒。我跟佛爷说，让我再多活十年，等孩子长大。孩子看我半夜坐着，就爬过来靠在我身上，说阿奶你睡吧，我看着你。
访谈者：玛沁老家还有人吗？
受访者：有。我闺女{{minority/tibetan:拉毛卓么}}在大武镇开甜茶馆，隔两个月给孙子寄{{trap/minority_word:曲拉}}和{{trap/minority_word:酥油}}。我弟弟{{minority/tibetan:仁青多杰}}在山上放牦牛。村里的儿童主任{{minority/tibetan:切本加}}还给我打电话，问孩子的户口要不要迁回去。去年{{minority/tibetan:拉毛卓么}}来住了一个月，带孙子去看{{trap/place:蓬莱阁}}，她说这海比{{trap/place:青海湖}}大多了。
访谈者：孩子想爸爸妈妈吗？
受访者：想。晚上睡觉抱着他爸的帽子。他问我，{{trap/place:阿尼玛卿}}雪山上是不是能看见他爸。我说能，他爸{{minority/tibetan:公保东周}}小时候就在那山底下放羊。
访谈者：您在这边习惯吗？
受访者：不习惯也得习惯。这边潮，我腿疼；我不识字，取钱、看病都得靠人。对门的{{han:毕玉芬}}大嫂常领我去卫生室量血压。{{han:毕玉芬}}说，你把孩子带得这么好，他爸妈在天上也放心。
访谈者：孩子还记得爸爸妈妈吗？
受访者：记得。他把他爸妈的照片压在枕头底下，每天晚上拿出来看一看再睡。清明的时候他姥爷带他去上坟，按这边的规矩烧纸；藏历年的时候我带他点酥油灯，按我们的规矩念经。两边的规矩他都守着。村里的老太太们过年教我包鲅鱼饺子，我教她们捏糌粑，现在我去赶集，卖菜的都认得我，给我抹个零头。
访谈者：请您说一下登记的信息。
受访者：住在{{address:蓬莱区南王街道綦家疃村四组22号}}，老家是{{address:玛沁县大武镇江让村二社6号}}。我的身份证{{id_number@woldquad.632621}}，孙子的{{id_number@my2017hyphen.370684}}。电话是{{han:战玉芹}}帮我存的：我的{{mobile@h38}}，{{han:綦振海}}的{{mobile@fws}}。{{han:战玉芹}}的微信{{wechat:zhanyq_nanwang}}，有事我让孙子发语音。孙子还有个QQ，是社工姐姐给注册的，号码贴在他的铅笔盒盖上：{{qq:53109847}}。
访谈者：表上的名字写得对吗？
受访者：不对。孤儿的表上孙子是{{spaced:久 美 更 桑}}，我是{{spaced:才让　拉姆措}}，他爸的名字写成了{{spaced:公 保 东 周}}。
访谈者：最后还想说什么？
受访者：我老了，就盼{{minority/tibetan:更桑}}长大，回玛沁看看他爸放过羊的地方。
""")

# H1299: Uyghur mother from 伽师 who sells dried fruit at a market in 紫荆山街道 (蓬莱); her husband was paralysed
# by a fall from a scaffold.
DOCS["H1299"] = ("family", """\
访谈者：大姐，您这摊上的干果都是新疆的？
受访者：都是老家的，{{trap/minority_word:巴旦木}}、杏干、西梅干，还有{{trap/place:伽师}}瓜晒的瓜干。我叫{{minority/uyghur:再丽努尔·买买提明}}，市场里的人叫我{{minority/uyghur:再丽努尔}}，叫不全的就喊“新疆大姐”。跟着男人来{{trap/place:蓬莱}}六年了，一直在{{trap/place:紫荆山街道}}这个市场摆摊。
访谈者：您爱人怎么了？
受访者：我男人{{minority/uyghur:卡地尔·吐拉克}}以前在工地上扎钢筋，前年从脚手架上摔下来，腰断了，下半身不会动。工友都叫他{{minority/uyghur:卡地尔}}，{{minority/uyghur:卡地尔}}他现在坐轮椅，在家给我剥核桃、分袋子。残联给他办了一级残疾证，两项补贴一个月{{trap/number:三百九十元}}。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/uyghur:伊利亚尔·卡地尔}}十一岁，在{{school:蓬莱区紫荆山街道第二小学五年级（2）班}}。学校的电脑打不出那个点，名单上成了{{minority/uyghur:伊利亚尔卡地尔}}，太长，老师就叫他{{minority/uyghur:伊利亚尔}}。闺女{{minority/uyghur:比丽克孜·卡地尔}}七岁，跟她哥一个学校，{{school:紫荆山街道第二小学一年级（5）班}}。{{minority/uyghur:比丽克孜}}她嘴甜，市场里的阿姨都给她塞糖。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:苑春燕}}把两个孩子报了困境儿童，一人一个月{{trap/number:五百二十元}}，又帮我们办了低保。街道社工站的{{han:滕雨桐}}一个礼拜来一趟，{{han:滕雨桐}}跟我加了微信，孩子有啥事我就给她发语音。市场管理处的{{han:和永顺}}，{{han:和永顺}}和他老伴儿一商量，把摊位费给我免了半年。隔壁卖海参的{{han:鹿海洋}}下雨天帮我收摊子。康复医院的{{compound:呼延晓薇}}大夫每个月上门给我男人扎针，跟她来的{{compound:淳于浩宇}}教他练胳膊。
访谈者：老家还有谁？
受访者：婆婆{{minority/uyghur:海丽倩姆}}在伽师，七十了，种着两亩西梅。小叔子{{minority/uyghur:阿不都瓦依提}}在{{trap/place:喀什}}开三轮，货是他帮我发的。在{{trap/place:烟台}}开拉面馆的{{minority/uyghur:米丽班}}大姐过节给我们送羊肉。
访谈者：您爱人摔伤以后，工地赔钱了吗？
受访者：包工头{{han:臧文斌}}跑了，电话一直关机。是{{trap/org:法律援助中心}}的{{han:宫雪岚}}律师帮我们打的官司，打了一年半，开发商赔了十二万，一大半花在了医院。{{minority/uyghur:卡地尔}}出院那天说，钱没了可以再挣，人在就行。
访谈者：您一个人顾得过来吗？
受访者：顾不过来。早上五点起来给他翻身、擦洗，做好饭，送两个孩子上学，七点出摊。中午让儿子回家给他爸热饭。晚上收了摊，再去菜市场捡点便宜菜。有时候累得坐在三轮车上就睡着了，是市场看门的大爷把我叫醒的。可一想到孩子，我就不能倒。冬天海边风大，摊子上冷，我就往棉袄里塞两个暖水袋。
访谈者：孩子在学校怎么样？
受访者：儿子数学好，作文不行。班主任{{han:原丽君}}老师说他上课爱接话。有一回同学笑他口音，他跟人打了一架，{{han:原丽君}}把两个孩子叫到办公室，让他们一人讲一个家乡的故事，儿子讲了{{trap/famous:阿凡提}}，人家讲了{{trap/famous:吕洞宾}}，现在两个人天天一块儿走。{{minority/uyghur:伊利亚尔}}他还问我，{{trap/famous:何仙姑}}是不是也会飘到新疆。
访谈者：市场上生意怎么样？
受访者：夏天来旅游的人多，一天能卖七八百；冬天冷清，一天一两百。游客爱买巴旦木，本地人爱买葡萄干，说煮粥放一把好吃。有的老顾客看我不容易，买完了不让找零。过年前我多进一批货，做成礼盒，一盒卖一百二，能多挣一点给孩子交学费。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}我关一天摊子，在家炸{{trap/minority_word:油塔子}}，给社区送一盘。{{minority/uyghur:比丽克孜}}穿上{{trap/minority_word:艾德莱斯}}裙子转圈，她爸在轮椅上拍手。
访谈者：孩子们还会说维语吗？
受访者：儿子会说不会写，闺女只会几句。我晚上给他们讲老家的事，讲伽师的瓜有多甜，讲他们爷爷赶着毛驴车去赶巴扎。闺女说，妈，我长大了开个大超市，专卖新疆的东西，你就不用站在风里了。
访谈者：请您说一下登记的信息。
受访者：住在{{address:蓬莱区紫荆山街道北关路15号院2号楼302室}}，老家{{address:伽师县卧里托格拉克乡阿热吾斯塘村三组27号}}。我身份证{{id_number@wy1987fw.653129}}，我男人的{{id_number@my1983x.653129}}。我电话{{mobile@plus86spaced}}，{{han:苑春燕}}的{{mobile@s38}}。我的微信是{{wechat:zaylinur_ganguo}}，老顾客都加这个。儿子有QQ，上网课用的，号码他拿彩笔写在核桃箱子上：{{qq:１７３０５８２４６９}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:再丽努尔 · 买买提明}}，闺女写成{{spaced:比 丽 克 孜}}，我男人是{{spaced:卡 地 尔}}。
访谈者：您最盼什么？
受访者：盼{{minority/uyghur:卡地尔}}能站起来，哪怕拄着拐。两个孩子能念完书，别跟我一样在市场上风吹日晒。
""")

# H1300: Yi uncle from 美姑 who works on a vineyard in 大辛店镇 (蓬莱) and raises his dead brother's two boys.
DOCS["H1300"] = ("family", """\
访谈者：大哥，您在这个葡萄园干了几年了？
受访者：四年了，剪枝、绑蔓、埋藤、摘葡萄，啥都干。我叫{{minority/yi:曲木阿洛}}，曲木是我们的家支，{{minority/yi:阿洛}}是我的名字。园子里的人嫌绕口，都喊我{{han:老曲}}。老家在{{trap/place:凉山}}{{trap/place:美姑}}，坐火车要两天两夜。
访谈者：家里什么情况？
受访者：我哥{{minority/yi:曲木拉日}}前年在{{trap/place:成都}}的工地上被吊车砸了，人当场就没了。嫂子{{minority/yi:阿苏史莫}}办完丧事就走了，电话打不通，两年没一点消息。两个侄子没人管，我就带出来了。
访谈者：孩子多大了？
受访者：大的{{minority/yi:曲木日格}}十二，小的{{minority/yi:曲木拉格}}九岁，在家就叫{{minority/yi:日格}}、{{minority/yi:拉格}}。报名的时候老师说曲木两个字当姓太长，就写成了{{minority/yi:曲日格}}、{{minority/yi:曲拉格}}。大的在{{school:大辛店镇中心小学六年级（2）班}}，小的在{{school:大辛店镇中心小学三年级（4）班}}。{{minority/yi:日格}}他懂事，放了学就来园子里帮我提筐；{{minority/yi:拉格}}就是淘，爬葡萄架摔下来两回。
访谈者：谁在帮你们？
受访者：镇民政办的{{han:盖春林}}说，孩子爸爸没了、妈妈找不着，算事实无人抚养儿童，一人一个月{{trap/number:一千三百二十元}}，表是她一张一张帮我填的。村里的会计{{han:向立强}}向镇上打了报告，把我们的居住证办下来了。园子老板{{han:蔺德海}}给我们腾了两间房，{{han:蔺老板}}他说，孩子念书的钱不够就跟他支。学校的{{han:能素梅}}老师能说几句彝话，是在{{trap/place:西昌}}支教学的。镇里社工站的{{compound:鲜于海宁}}隔一个礼拜来一趟，还领来个大学生志愿者叫{{compound:左丘晓棠}}，给两个孩子补英语。
访谈者：园子里的活怎么样？
受访者：春天埋藤、剪枝，秋天摘葡萄，一天一百五。工头{{han:牟庆丰}}人实在，下雨天不扣工钱。同屋的工友{{han:鹿长顺}}是{{trap/place:莱西}}人，夜里打呼噜，我们四个挤一屋，孩子倒睡得香。最累的是九月，葡萄熟了等不得，天不亮就下地，摘到天黑，手指头让剪子磨出一层茧。
访谈者：您自己家里呢？
受访者：我媳妇{{minority/yi:吉地阿呷}}在美姑带我们自己的三个孩子，一年见一回。她说你把侄子当儿子养，我不拦着，可自家的孩子你也得管。我每个月寄两千回去，剩下的给两个侄子交饭钱、买书。夜里想想，一个家分成两半，一半在山上，一半在海边。
访谈者：老家那边呢？
受访者：我阿嫫{{minority/yi:巴莫阿果}}六十八了，一个人守着老房子。村里的儿童主任{{minority/yi:勒古约布}}帮我开了证明，孩子的户口才能在这边上学。园子里还有个老乡{{minority/yi:恩扎阿且}}，也是美姑的，{{minority/yi:阿且}}他会修拖拉机，我们俩轮着看孩子。
访谈者：孩子们在这边过得惯吗？
受访者：头一年吃不惯海鲜，想吃{{trap/minority_word:坨坨肉}}、荞饼。{{trap/minority_word:火把节}}那天，我们在园子边上点了一堆火，{{minority/yi:阿且}}弹口弦，两个孩子围着火跳。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事，小的说他长大也要射。去年{{trap/minority_word:彝年}}没回去，我给老家的{{trap/minority_word:毕摩}}打了个电话，请他替我哥念一念。
访谈者：您一个大男人带两个孩子，难吗？
受访者：难。做饭就会煮土豆、炖白菜，{{han:鹿长顺}}的媳妇来了，教我包饺子，我包得跟石头一样。孩子生病了我最慌，有一回小的半夜烧到三十九度，是{{han:牟庆丰}}开车把我们送到镇卫生院的。我在走廊里坐到天亮，想我哥，想他要是在，哪用我这么慌。天亮了孩子退了烧，睁开眼头一句话是：阿叔，今天还去园子吗？
访谈者：孩子们在学校怎么样？
受访者：{{minority/yi:日格}}作文写了他爸，{{han:能素梅}}老师念给全班听，念着念着自己先哭了。小的数学考过九十八，拿着卷子满园子跑，见人就给看。开家长会我去了，坐在后头，听不大懂，可老师说两个孩子都好，我就放心了。小的老问，啥时候回去看奶奶；大的不问，可我看见他在本子上画山、画羊、画他爸。
访谈者：请您说一下登记的信息。
受访者：这边住在{{address:蓬莱区大辛店镇北庄头村三组11号}}，老家是{{address:美姑县巴普镇觉洛村二组5号}}。我身份证{{id_number@my1985spaced.513436}}，大侄子的{{id_number@my2012quad.513436}}。我电话{{mobile@hyphen}}，{{han:盖春林}}的电话{{mobile@plus86}}。我的微信是{{wechat:qumu_aluo85}}，大侄子的QQ是志愿者给注册的，号码他刻在铅笔盒上了：{{qq:694038152}}。
访谈者：表上的名字写对了吗？
受访者：有的不对。有一张写成{{spaced:曲 木 阿 洛}}，一张写成{{spaced:曲木　日格}}，还有一张把他妈写成了{{spaced:阿 苏 史 莫}}。
访谈者：您最盼什么？
受访者：盼两个孩子把书念出来。我哥走的时候没留一句话，我得替他把这两个养大。
""")

# H1301: Han 儿童主任 in 庄园街道 (栖霞) reading out her register of children in distress.
DOCS["H1301"] = ("staff", """\
访谈者：{{han:逄姐}}，您今天带的是哪个本子？
受访者：困境儿童台账，{{trap/place:庄园街道}}这一片的。我叫{{han:逄淑贞}}，当儿童主任第六年了，以前在村里当妇女主任。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:滕浩然}}，男，十岁，{{school:庄园街道中心小学四年级（1）班}}。爸爸{{han:滕开山}}强制隔离戒毒，还有一年；妈妈三年前出去打工，再没回来，电话是空号。孩子跟奶奶{{han:都桂芹}}，{{han:都桂芹}}都七十六了，一只眼白内障。算事实无人抚养，每月{{trap/number:一千二百六十元}}。住{{address:栖霞市庄园街道东三里店村三组8号}}，孩子的身份证{{id_number@my2015fwspaced.370686}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:鹿雨菲}}，女，十四，{{school:栖霞市庄园中学初二（5）班}}。爸爸在果园打药中了毒，妈妈得癌走了。跟着姑姑{{han:鹿秀荣}}过，孤儿基本生活费每月{{trap/number:一千六百七十元}}。{{han:鹿雨菲}}说她以后要当护士。她姑姑的身份证{{id_number@wmidhyphen.370686}}。
访谈者：第三户？
受访者：第三户，{{han:蔺子轩}}，男，七岁，一年级。爸爸{{han:蔺长海}}偷电缆判了三年，妈妈{{han:也秋华}}也走了，去了{{trap/place:大连}}。孩子跟爷爷{{han:蔺德才}}，{{han:蔺德才}}才出院，腿上还打着钢板。报的是服刑人员子女，加上爷爷的低保。网格员{{han:就晓燕}}就住他家前排，一天去看一眼。住{{address:栖霞市庄园街道西北林村一组19号}}。
访谈者：第四户？
受访者：第四户是残疾儿童，{{han:原子涵}}，女，十一岁，听力二级，前年装了人工耳蜗，在{{school:栖霞市翠屏小学五年级（3）班}}随班就读。爸爸{{han:原建勋}}在{{trap/place:青岛}}开货车，妈妈{{han:臧海蓉}}在家带她，两项补贴都有。耳蜗一个外机就两万多，是残联的救助项目出的钱。{{han:原子涵}}她开始不肯戴耳蜗，怕同学笑话，是班主任{{han:庄晓敏}}在班会上讲了，才好了。
访谈者：第五户？
受访者：第五户是外地来的蒙古族，姊妹俩，{{han:宝晓雪}}和{{minority/mongolian:敖敦苏都}}。爸爸{{minority/mongolian:都古尔巴雅尔}}在冷库装箱，妈妈在内蒙服刑。报的是困境儿童，加临时救助。大的学习好，小的胆小，我每回去都揣两块糖。
访谈者：您是怎么发现这些孩子的？
受访者：一靠村里，二靠学校，三靠自己跑。每年开春、入秋，我跟网格员挨家挨户走一遍，谁家大人病了、谁家大人进去了、谁家孩子老不上学，心里就有数了。{{han:滕浩然}}那户，是学校打电话来，说孩子三天没上学。我去了一看，奶奶发烧躺在炕上，孩子站在小板凳上给她熬小米粥。那天我在他家待到半夜。
访谈者：钱发下来以后呢？
受访者：钱只是一头，孩子缺的是人。{{han:鹿雨菲}}青春期，跟她姑姑老吵架，晚上在QQ上找我，一说说到十二点，号码她写在我台账最后一页：{{qq:1398025746}}。{{han:原子涵}}怕人笑话，我就请她的同学上家里来玩。这些事表上没有，可比表上的事难。
访谈者：这些户都是谁在跟？
受访者：街道民政的{{han:由国栋}}总管，表报到市{{trap/org:民政局}}。街道社工站的{{compound:濮阳若彤}}跟第一户、第三户，督导叫{{compound:申屠嘉言}}，每月来翻一遍台账。暑假有个大学生志愿者{{compound:太史嘉怡}}，领着几个孩子去{{trap/org:牟氏庄园}}看了一趟，讲{{trap/famous:丘处机}}的故事。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。{{spaced:都　桂　芹}}，{{spaced:鹿 雨 菲}}，{{spaced:蔺子 轩}}，连社工都被写成了{{spaced:濮 阳 若 彤}}。{{trap/word:原来}}我们手写，现在上系统，错一个字就打不出钱。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plain}}，{{han:就晓燕}}的{{mobile@spaced}}，{{han:鹿秀荣}}的{{mobile@hyphen}}。我的工作微信{{wechat:pangsz_zhuangyuan}}，家长有事都找这个。{{han:蔺子轩}}用他爷爷的老年机，没有QQ。
访谈者：一年到头什么时候最忙？
受访者：开学和年底。开学要跟学校对名单，看谁转走了、谁没来；年底要复核，一户一户重新看收入、看监护人还在不在。去年复核的时候，有一户的爷爷走了，孩子一下子没了监护人，我们连夜开会，先让他舅舅临时照看，再往上报。那一宿谁也没睡，天亮了接着去学校给孩子开证明。我闺女在{{trap/place:烟台}}上大学，放假回来也跟着我跑，给孩子们补课。
访谈者：做这个最难的是啥？
受访者：最难的是{{han:滕开山}}那种，人在里面，家里的老的又倔，不让我们进门。{{trap/word:由于}}这个，头一年我跑了十几趟，后来是{{han:都桂芹}}自己打电话给我，说孩子发烧了。从那以后就好了。我跟孩子们说，有事就找{{han:逄大姐}}。
""")

# H1302: Han social worker in 紫荆山街道 (蓬莱) who keeps up with her children and their families on WeChat and QQ.
DOCS["H1302"] = ("staff", """\
访谈者：{{han:小滕}}，您手上现在跟着几个孩子？
受访者：十一个。我叫{{han:滕雨桐}}，在{{trap/place:紫荆山街道}}社工站干了四年。白天入户，晚上抱着手机回微信、回QQ。我挑几个说。
访谈者：好。
受访者：头一个是{{han:向晓阳}}，十三岁，{{school:蓬莱区第二实验中学初一（3）班}}。爸爸{{han:向东亮}}判了五年，妈妈改嫁去了{{trap/place:威海}}，他跟爷爷{{han:向宝林}}过。这孩子不用微信，只上QQ，扣扣号{{qq:3306917428}}，半夜还挂着。有一回凌晨一点他给我发：老师我想我妈。我陪他聊到两点。{{han:向晓阳}}向我保证过十二点前下线，到现在也没做到。班主任{{han:鞠文渊}}也在QQ上盯着他。
访谈者：第二个？
受访者：第二个是女孩，{{han:让雨欣}}，十五岁，妈妈{{han:苗桂兰}}有精神分裂，犯病的时候砸东西。我跟她说，你妈犯病了就去对门找{{han:麻玉珍}}奶奶。{{han:麻玉珍}}的微信号就是她的手机号：{{mobile@plain}}。我跟{{han:让雨欣}}约好了，不想说话就发个月亮，我就知道她那边不好。她的微信{{wechat:wxid_r7k2m9yx4c}}，头像是一朵{{trap/word:向日葵}}。
访谈者：第三个？
受访者：南王街道的一户藏族，区里让我也跟着。孙子{{minority/tibetan:更桑}}八岁，奶奶不会打字，我每个礼拜给{{minority/tibetan:才让拉姆措}}打一回视频，孩子在旁边给她翻译。
访谈者：还有吗？
受访者：还有市场上那户维吾尔族。{{minority/uyghur:再丽努尔}}在微信上跟我说事，一条语音一分钟，一半维语一半汉话。儿子{{minority/uyghur:伊利亚尔}}用QQ交作业，企鹅号是{{qq:2719053846}}。他爸{{minority/uyghur:卡地尔·吐拉克}}的残疾证复审，是我在网上帮着约的号。
访谈者：这么多人，您怎么顾得过来？
受访者：站长{{compound:颛孙一鸣}}定了规矩，每个孩子每周至少联系一次。同事{{compound:司空若曦}}跟我分着跑，实习生{{compound:仲孙晓萌}}管台账。区里请的心理咨询师叫{{compound:谷梁文轩}}，每个月来给我们做一次督导。街道的{{han:还立伟}}还兼着网格员，哪家有动静他头一个知道。
访谈者：您的联系方式怎么给家长？
受访者：工作微信{{wechat:tengyt-shegong}}，私人的不给。老人不会加的，我就写张纸条贴在他们冰箱上：工作手机{{mobile@s74}}。孩子们半夜睡不着，我让他们打{{trap/hotline:12355}}，那边有人接。
访谈者：哪件事让您印象最深？
受访者：去年{{han:向宝林}}住院，孩子一个人在家三天，我是在QQ空间看见他发的泡面照片才知道的。还有{{han:让雨欣}}，中考前她妈犯病把她的书撕了，她在微信上给我发了一张碎纸的照片，一个字没说。我跟{{compound:司空若曦}}连夜去的。
访谈者：线上联系有什么难处？
受访者：孩子删你、拉黑你，是常事。{{han:让雨欣}}拉黑过我两回，一回是我跟她妈多说了两句，一回是我两天没回她消息。后来她又加回来，备注改成“滕姐姐”。还有家长把孩子的手机没收了，我就只能上门。最怕的是半夜的消息，看见了就不敢睡。
访谈者：有没有联系不上的孩子？
受访者：有。有个男孩，爸爸在外地打工，妈妈走了，跟着奶奶。奶奶没有智能手机，孩子的QQ一个月才上一回线。我只好每个礼拜去学校找他，中午在食堂陪他吃顿饭。食堂的{{han:栾师傅}}知道了，每回都给他多打一勺菜。
访谈者：孩子们在网上会不会遇到危险？
受访者：会。去年有个女孩在游戏里认识了一个“哥哥”，让她拍照片。她害怕了，截图发给我。我带她去派出所报了警，又在站里给孩子们上了一课，讲网上的人不能全信。现在他们碰到啥不对劲，头一个就截图给我。{{compound:仲孙晓萌}}刚毕业，第一回入户回来就哭了，我跟她说，哭完了，明天还得去。
访谈者：您自己的孩子呢？
受访者：我儿子六岁，老说妈妈的手机是别的小朋友的。有一回他把我手机藏起来了，说妈妈今天陪我。那天晚上我真没回消息，第二天一早看见{{han:向晓阳}}凌晨三点给我发了一句“老师你睡了吗”，我心里咯噔一下，赶紧给他打电话。还好，他就是睡不着。从那以后我再忙也得睡前把消息过一遍，儿子就趴在我腿上陪着我看。
访谈者：平时带孩子们做什么活动？
受访者：周末带他们去{{trap/place:蓬莱阁}}，讲{{trap/famous:戚继光}}打倭寇。{{trap/org:团区委}}送了一批书，我们在站里弄了个小书架。
访谈者：名单上的名字有写错的吗？
受访者：有。{{spaced:让 雨 欣}}，{{spaced:向晓 阳}}，维族孩子成了{{spaced:伊 利 亚 尔 · 卡 地 尔}}，连同事都被写成{{spaced:司　空　若　曦}}。
访谈者：最后还想说什么？
受访者：这活儿累，可孩子们在屏幕那头等着。我手机从来不静音，怕漏了谁。
""")

# H1303: Han grandmother in 桃村镇 (栖霞) raising her granddaughter, who has cerebral palsy.
DOCS["H1303"] = ("family", """\
访谈者：大娘，孩子今年多大了？
受访者：九岁了。俺叫{{han:毕秀芝}}，{{trap/place:桃村镇}}东院头的，庄里人都叫俺{{han:毕婶子}}。孙女叫{{han:鞠晨露}}，生下来缺氧，脑瘫，到现在走路还得扶着墙。俺们在家叫她{{han:小葡萄}}，眼珠子黑溜溜的，跟葡萄粒似的。
访谈者：孩子爸妈呢？
受访者：她爸{{han:鞠春雷}}在{{trap/place:青岛}}送快递，一个月回来一趟。她妈查出来孩子这个病，第二年就走了，回了{{trap/place:莱州}}娘家，再没露面。{{han:鞠春雷}}他嘴上不说，心里苦，每回走都偷着抹眼泪。
访谈者：孩子平时怎么康复？
受访者：一个礼拜三回，俺骑电三轮驮她去镇上的康复点，{{compound:子车婉婷}}老师给她拉筋、练站，疼得她直叫唤。{{compound:子车婉婷}}说，再坚持两年，兴许能自己走几步。市里{{trap/org:残联}}还派过一个专家叫{{compound:闾丘韶华}}，给她定了一个训练单子。
访谈者：上学了吗？
受访者：上了，{{school:栖霞市特殊教育学校二年级（1）班}}，礼拜一送去，礼拜五接回来。班主任{{han:谭晓燕}}老师人可好了，{{han:小谭}}说{{han:小葡萄}}记性好，唐诗能背三十多首。有个送教的老师叫{{compound:赫连予安}}，放假的时候上门来教。
访谈者：都有谁帮你们？
受访者：村委会的{{han:把春芝}}把表送到家里来，俺不识字，她念一句俺按一个手印。镇上管残疾人的{{han:要春江}}要了好几趟材料，给孩子把两项补贴办下来了，一个月{{trap/number:二百九十元}}，又报了困境儿童。镇卫生院的{{han:郝大夫}}一个月上门一趟。邻居{{han:宫有福}}有辆面包车，孩子发烧都是他半夜送到{{trap/org:烟台山医院}}。{{han:宫有福}}有一回垫了两千多块，俺还他，他死活不要。俺给人家{{trap/word:鞠躬}}，他一把拽起俺来。
访谈者：一个月花销够吗？
受访者：不够也得够。补贴加上她爸寄回来的，一个月两千来块，光康复的鞋、支架，一年就得好几千。俺种着二亩苹果，秋天卖了钱先紧着孩子。去年{{trap/org:红十字会}}给了一辆新轮椅，是{{han:把春芝}}帮着申请的，孩子坐上去，在院子里转了一下午。
访谈者：孩子平时在家干啥？
受访者：爱听广播，爱画画。她手不灵，画得歪歪扭扭，画的都是她爸、俺，还有一个女的，她说那是她妈。俺看了心里难受，也不好说啥。邻居家的小闺女{{han:宫小满}}放了学就来找她玩，两个孩子趴在炕上叽叽喳喳，一说说到天黑。俺要是去镇上拿药，就让{{han:宫小满}}她妈帮着看一会儿。
访谈者：您身体怎么样？
受访者：腰不行了，天天抱她上下床，落下的毛病。俺今年六十七，就怕哪天俺抱不动了。夜里她一咳嗽俺就醒，一宿醒好几回。{{han:鞠春雷}}说要把俺们接到青岛去，俺不去，那边没个熟人，康复的钱也报不了。
访谈者：孩子知道自己的病吗？
受访者：知道。她问俺，奶奶俺是不是一辈子都走不了路？俺说，电视上那个{{trap/famous:张海迪}}，坐轮椅还写了那么多书。她说那俺也写。现在天天拿手机打字，给她爸发微信，一个字一个字地戳。
访谈者：孩子她妈后来联系过吗？
受访者：联系过一回，去年过年，打了个电话，问孩子好不好。俺说好，她说那就好，就挂了。孩子在旁边听着，问是谁，俺说是打错了的。俺不知道这么说对不对，可俺不想让孩子盼着，盼了又落空，比不盼还难受。夏天晚上俺推着她在村口乘凉，老少爷们儿都过来逗她，小卖部的大娘每回塞给她一根冰棍，不要钱。
访谈者：孩子将来您有啥打算？
受访者：俺想让她学门手艺，能自己挣口饭吃。{{han:小谭}}说特教学校有职业班，学按摩、学电脑。俺不求她有多大出息，能自己照顾自己，俺闭眼也踏实了。她爸说，娘你别老说闭眼的话，俺说不说也得想，人总有那一天。
访谈者：请您说一下登记的信息。
受访者：家在{{address:栖霞市桃村镇东院头村五组31号}}。俺的身份证是{{han:小谭}}帮着念的：{{id_number@wy1957spaced.370686}}，孩子的{{id_number@wy2016fullwidth.370686}}。俺电话{{mobile@s38}}，{{han:鞠春雷}}的{{mobile@plus86dash}}。孩子的微信是她爸给弄的，叫{{wechat:xiaoputao_2016}}。她还有个QQ，是{{han:谭晓燕}}给注册的，号码俺记在日历背面：{{qq:81649027}}。
访谈者：名字在表上写对了吗？
受访者：有一张残疾证的表把孩子写成了{{spaced:鞠 晨 露}}，俺的写成{{spaced:毕　秀　芝}}，康复老师的名字也写岔了，成了{{spaced:子 车 婉 婷}}。
访谈者：最后还想说啥？
受访者：没啥说的，就是谢谢这些好心人。孩子她妈要是能回来看看就好了，哪怕看一眼。俺跟{{han:小葡萄}}说，你得好好长，别叫奶奶白熬。
""")

# H1304: Han civil-affairs clerk of 大辛店镇 (蓬莱) on how the cases of her township are reviewed and paid.
DOCS["H1304"] = ("staff", """\
访谈者：{{han:盖姐}}，您在镇民政办管哪一块？
受访者：低保、特困、困境儿童，都归我。我叫{{han:盖春林}}，在{{trap/place:大辛店镇}}干了九年。你别看我姓盖，我这一年到头最多的活就是跑{{trap/word:盖章}}。
访谈者：一个困境儿童是怎么报上来的？
受访者：先是村里的儿童主任发现，填表，村委会开会评议，公示七天，报到镇上。我入户核实，拍照，再报到区{{trap/org:民政局}}审批。事实无人抚养的，要父母两头的证明，一头死亡、一头失联，失联的得有派出所的协查回执。
访谈者：能举个例子吗？
受访者：北庄头村葡萄园那户彝族，孩子他叔{{minority/yi:曲木阿洛}}带着两个侄子。爸爸的死亡证明是{{trap/place:成都}}那边开的，好办；妈妈{{minority/yi:阿苏史莫}}失联，我们给美姑发了协查函，等了四个月才回。两个孩子，{{minority/yi:曲日格}}和{{minority/yi:曲拉格}}，去年十月批下来的。园子里都叫他叔{{han:老曲}}，{{han:老曲}}拿到批文那天，给我们办公室送了一箱葡萄，我们按规矩给退回去了。
访谈者：还有别的户吗？
受访者：有个服刑人员子女，叫{{han:战立和}}，{{han:战立和}}和他妹妹{{han:战立霞}}跟着姥姥{{han:被秀云}}。{{han:被秀云}}被她闺女的事气得住了院，孩子就没人管了，是村支书{{han:栾永刚}}发现的。两个孩子的爸爸{{han:战胜利}}诈骗，在{{trap/place:潍坊}}服刑；妈妈跟他离了。还有一个孤儿{{han:綦雅静}}，十二，{{school:大辛店镇初级中学初一（2）班}}，跟叔叔{{han:綦振武}}过。
访谈者：审核的时候最怕什么？
受访者：最怕漏了，也怕错了。漏了，孩子该拿的钱拿不到；错了，上面一查就是我的事。有一回有户人家在城里买了房还在吃低保，邻居举报的，我们核实了就停了。可停了以后，那家的孩子怎么办？我又跑了好几趟，给孩子单独报了困境儿童。政策是死的，孩子是活的。
访谈者：镇上一共有多少困境儿童？
受访者：在册的四十三个，事实无人抚养的九个，孤儿三个，其余是重病、重残和服刑人员子女。每个孩子一个档案袋，一年复核一次。我们办公室就三个人，还管着低保、特困、临时救助，一到年底天天加班到九点。
访谈者：这么多材料，您怎么不出错？
受访者：也出错。区民政局儿童福利科的{{compound:上官咏梅}}每个月抽查，去年就查出我把{{spaced:战 立 和}}录成了{{spaced:战立 霞}}的身份证号，名单上{{spaced:綦　雅　静}}中间还多了两个空格。镇社工站的{{compound:皇甫嘉宁}}帮我核名单，她心细，还有个律师叫{{compound:尉迟景明}}，失联的事都找他问。
访谈者：说一下您这几户的登记信息吧。
受访者：{{han:战立和}}的身份证{{id_number@my2013tri.370684}}，住{{address:蓬莱区大辛店镇栾家庄村二组14号}}；{{han:綦雅静}}的身份证{{id_number@wy2012.370684}}，叔叔家在{{address:蓬莱区大辛店镇后疃村四组6号}}。{{han:被秀云}}的电话{{mobile@p86h}}，{{han:栾永刚}}的电话{{mobile@fullwidth}}。我办公室的微信是{{wechat:gaichunlin_dxd}}，有事发这个，别打我私人手机。
访谈者：有没有让您特别难忘的孩子？
受访者：有个男孩，前几年的事了，爸妈都在外地，跟着太奶奶。太奶奶九十了，孩子十岁，一老一小，做饭是孩子做，洗衣裳是孩子洗。我头一回去，孩子正蹲在灶台边烧火，满脸烟灰，看见我就往屋里躲。后来给他报上了事实无人抚养，又找了一户人家寄养，现在上初中了，过年还给我打电话拜年。
访谈者：跟村里的儿童主任怎么配合？
受访者：各村的儿童主任是我们的眼睛。北庄头村是{{han:有秋芬}}，{{han:有秋芬}}有事就打电话，从不拖；栾家庄村是{{han:栾支书}}兼着。每个月开一回碰头会，谁家有新情况当场说，当场定。
访谈者：这些孩子您都见过吗？
受访者：都见过，有的见过十几回。{{han:綦雅静}}有事就在QQ上找我，号码我记在台账上：{{qq:2561890437}}。{{han:战立和}}爱踢球，上回镇上开运动会，他跑了个第一，跑完了冲我喊：{{han:盖姐}}，我拿奖状了！以前我们靠跑腿，现在手机上就能查。可有些事手机上查不出来，比如孩子晚上一个人在家怕不怕，这还得靠人去看。
访谈者：干这个最难的是什么？
受访者：最难的是钱批下来了，孩子心里的事没人管。{{han:綦雅静}}拿到孤儿证那天哭了一下午，她说她不要这个证，她要她爸妈。我那天没说话，陪她坐着。{{trap/year:2023年}}以后区里给每个镇配了社工，{{compound:皇甫嘉宁}}就是那会儿来的，这一块才算有人接着。
访谈者：您还想说点啥？
受访者：说啥呢，章我能盖，日子得孩子自己过。多亏了{{han:栾支书}}、{{han:老曲}}这些人，孩子们身边总得有个大人。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1297,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout165",))


if __name__ == "__main__":
    main()
