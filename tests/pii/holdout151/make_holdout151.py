# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 151 (tests/pii/holdout151/H1193-H1200 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 150, written at the same time, is not
an earlier set).

Set 151 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
仪征 and 太仓 (Jiangsu): a Mongolian grandmother from 阿巴嘎 raising her granddaughter in 真州镇 after her son died in
an accident at his plant and the girl's Han mother remarried in 扬州; a Kham Tibetan father from 巴塘 who works on a
fishing boat out of 浏河镇 and raises his son alone after his wife died; a Uyghur mother from 麦盖提 who sells naan in
城厢镇, her husband gone and not heard of; a Kazakh father from 青河 who minds spinning frames in a 沙溪镇 textile
mill and raises a girl with epilepsy after his Han wife left; a Han community worker in 刘集镇 reading out her list;
a Han 儿童主任 in 璜泾镇 who keeps up with the children on QQ and with their parents on WeChat; a Han grandfather in
月塘镇 raising the three children of a son in prison; and a Han village doctor in 双凤镇. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(哈日巴拉吉日嘎拉, 查干夫, 乌仁达古拉她, 诺干苏力德, 牧仁达赖, 苏雅拉图门他) and with a nickname made from the name
(阿荣高娃 then 荣荣她), the Han mother's surname before a Mongolian given name (殷高娃, by schoolmates) and the Han
names of Mongolians (包振峰, 包晓悦, and the grandmother called 包老太 after her son); Kham Tibetan names of 巴塘
(四郎泽批, 曲珍拉措, 洛绒呷玛他, 益西呷绒他, 泽翁呷玛她, 翁姆拉宗, 阿珠拉姆她, 格绒降初) with a short form (泽批), the
family's Han surname before a Tibetan given name (杨四郎泽批 on the ID card, 杨益西 by schoolmates) and the Han
names of Tibetans (杨浩然, and the father called 杨老大 on the boat); Uyghur given name + father's name with the dot
(再乃甫古丽·吐尔逊, 木再排尔·艾合买提, 艾力·艾合买提, 阿热依·吾守尔) and single and short forms (再乃甫古丽, 木再排尔他,
艾力他, 阿热依她, 阿依佐合热, 佐合热她, 如仙江, 如克亚汗, and 如仙江 closing the last sentence), a Han surname before a
Uyghur given name (钱佐合热, after the landlady who took the girl as a god-granddaughter); Kazakh given name +
father's name with the dot (加恩别克·居马汗, 阿依娜·加恩别克, 居马汗·托列根, 叶森·居马汗, 别热克·沙肯) and with a bullet
instead of the dot (阿依娜•加恩别克), single and short forms (加恩, 阿依娜她, 叶森他, 别热克他) and the Han mother's
surname before a Kazakh given name on the household register (瞿阿依娜); Han names with common and rare surnames of
the region (殷, 卞, 缪, 臧, 浦, 归, 郁, 瞿, 钱, 宣, 陆, 顾, 柏, 卜, 糜, 嵇, 冒, 居, 濮, 印, 惠, 仇, 钮, 龚, 邵, 季, 茅, 谈,
伏, 管, 单, 支); surnames that are also ordinary words, and given names that contain such words, next to grammar
words (我和和晓雯, 向敏华老师向来, 能海根 beside 能干, 就丽娜就住, 还佩琳还给, 要振飞要我, 把玉琴把全班, 被思琪被她妈,
都雨萱都十二了, 有德宝有空, 才秀英才上任, 就国华就是, 让一凡让我, 也春燕, 也姐, 向东来向来, 能小满能吃能睡)
beside ordinary words that start with such a character (向来, 能干, 还钱, 被子, 有空, 才能, 也就, 也许); names that contain
words (管长江 beside 长江, 谈国庆 beside 国庆节, 能小满 beside 小满节气, 都长春); titles and kin words after names
(缪静怡老师, 向敏华老师, 郁佩玲老师, 瞿慧敏老师, 把玉琴老师, 顾雯婷大夫, 仇佩玉老师, 公户明川医生, 建英阿姐; the span is
the name only), a surname with only a title or kin word, annotated whole (包老太, 杨老大, 钱阿婆, 臧阿姨, 陶阿姨, 印主任,
仇婶, 也主任, 也姐, 邵阿婆, 谈爹爹, 茅医生, 茅阿姨, 钮奶奶), local nicknames and forms of address, annotated whole
(二子 and 老巴子 in 仪征, 钮阿大 and 钮阿二 in 太仓, 心悦 for the eldest granddaughter); names directly before
particles, pronouns and verbs (卞国良他, 糜桂英她, 顾思源他, 管长江他, 伏小芳她, 瞿雪芬她, 支美芳她, 向天翊他) and after
叫/是/给/跟/找/让/和 (叫就丽娜, 是能海根, 给钱阿婆, 跟才秀英, 找才秀英, 让臧阿姨, 和和晓雯); names spaced out character by
character in half- and full-width spaces (阿 荣 高 娃, 司 寇 雅 琪, 四 郎 泽 批, 阿 依 佐 合 热, 瞿 阿 依 娜,
宰 父 晓 岚, 东 郭 亦 舒, 壤 驷 清 禾, 轩 辕 思 成, 也　春　燕), a dotted name with spaces around the dot
(再乃甫古丽 · 吐尔逊) and names split in two (那仁 格日勒图雅, 哈日巴拉　吉日嘎拉, 益西　呷绒, 木再排尔　艾合买提,
加恩别克 居马汗, 谷梁　子衿, 要晨 阳, 浦心 怡, 谈心 悦, 归晓 宇); compound surnames after ordinary words (淳于, 司寇,
公羊, 子车, 即墨, 夹谷, 漆雕, 南门, 宰父, 谷梁, 仲孙, 东郭, 公西, 颛孙, 轩辕, 微生, 公户, 壤驷, 宗政 after
社工站的/姑娘/小伙子叫/同事/社工/叫/新来的/督导叫/志愿者叫/咨询室的/中心的); and numbers read out and written the many ways
people do (IDs read out in threes and in fours, QQ numbers in full-width digits, a mobile with `+86` and no space).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:能海根}}``, ``{{qq:3860194527}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984tri.513335}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 医生, 阿姐) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 她, 他, 就, 要, 还, 把, 被, 让, 有, 才, 能) are outside the span; a
surname with only a title or kin word (包老太, 杨老大, 钱阿婆, 仇婶, 也姐, 谈爹爹, 茅医生) and a local form of address or
nickname (二子, 老巴子, 钮阿大, 钮阿二) are annotated whole. Han-style names of Mongolian and Tibetan people (包振峰,
包晓悦, 杨浩然, 杨老大) are category han; a Han surname before a non-Han given name (殷高娃, 杨四郎泽批, 杨益西, 钱佐合热,
瞿阿依娜) is category minority, as is a nickname made from a non-Han name (荣荣).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout151/make_holdout151.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(151_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "157", "158", "173", "176", "181", "182", "187",
                   "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1193: Mongolian grandmother from 阿巴嘎 raising her granddaughter in 真州镇 (仪征) after her son died.
DOCS["H1193"] = ("family", """\
访谈者：奶奶，听口音您不是本地人？
受访者：不是，我是{{trap/place:锡林郭勒}}{{trap/place:阿巴嘎旗}}的牧民，叫{{minority/mongolian:那仁格日勒图雅}}。菜场里的人叫不上来，都喊我{{han:包老太}}，跟的是我儿子的汉姓。
访谈者：您怎么到{{trap/place:仪征}}来了？
受访者：儿子{{minority/mongolian:哈日巴拉吉日嘎拉}}，汉名{{han:包振峰}}，大学学的化工，毕业分到这边的厂里，娶了本地姑娘{{han:殷晓蕾}}。前年七月他检修管道，碰上气体泄漏，送到医院没救回来。厂里赔了一笔钱，存在孙女名下，十八岁才能取。{{han:殷晓蕾}}第二年去{{trap/place:扬州}}打工，后来又成了家，孙女就跟了我。老伴{{minority/mongolian:查干夫}}走得早，草原上就剩我一个，我干脆不回去了，在{{trap/place:真州镇}}租了两间平房。
访谈者：孙女多大了？
受访者：九岁，蒙古名{{minority/mongolian:阿荣高娃}}，我喊她{{minority/mongolian:荣荣}}。户口上叫{{han:包晓悦}}，在{{school:真州镇第二小学三年级（4）班}}。同学们把她妈的姓跟蒙古名拼一块，叫她{{minority/mongolian:殷高娃}}，她也答应。{{minority/mongolian:荣荣}}她想爸爸，晚上抱着她爸的{{trap/minority_word:蒙古袍}}睡，袍子上还有他的烟味。
访谈者：您刚来的时候习惯吗？
受访者：不习惯。这边夏天闷，冬天屋里比外头还冷，我膝盖疼了一冬。菜也吃不惯，顿顿想喝奶茶。最难的是说话，买菜人家说的我听不懂，我说的人家也听不懂。孙女放学回来，我就跟着她学，现在会说“多少钱”“便宜点”了。
访谈者：孙女知道她爸爸的事吗？
受访者：知道。出事那天，她爸厂里的蒙古族同事{{minority/mongolian:苏雅拉图门}}把{{minority/mongolian:荣荣}}从学校接出来，一路抱着她到医院。她没哭，回来三天不说话。后来她每天晚上给阿爸写一句话，写满了两个本子。清明我带她去公墓，她把本子念给她阿爸听。{{minority/mongolian:苏雅拉图门}}他每年都开车送我们去。
访谈者：家里靠什么过日子？
受访者：我有一点养老金。孙女算事实无人抚养儿童，一个月{{trap/number:一千六百八十元}}，是社区儿童主任{{han:和晓雯}}给报的。我和{{han:和晓雯}}说话，都是孙女在中间翻。街道民政的{{han:卞国良}}上门核过两回，{{han:卞国良}}他说材料齐了就不用再跑。厂里赔的钱不能动，我们俩一个月花一千多，够了。孙女的衣裳多半是邻居家孩子穿小了给的。
访谈者：孙女在学校怎么样？
受访者：班主任{{han:缪静怡}}老师知道她爸没了，中午留她在办公室吃饭。数学{{han:向敏华}}老师{{trap/word:向来}}严，对她倒有耐心。街道社工站的{{compound:淳于思远}}每周来陪她写作业，还有个姑娘{{compound:司寇雅琪}}教她画画。她画得最多的是马，说是替她阿爸画的。下雨天我就让{{han:臧阿姨}}帮我接孩子，她家就在隔壁。
访谈者：草原上还有亲人吗？
受访者：女儿{{minority/mongolian:乌仁达古拉}}在嘎查放羊，每个月给我寄{{trap/minority_word:奶豆腐}}、{{trap/minority_word:炒米}}。{{minority/mongolian:乌仁达古拉}}她也叫我回去，说草场上的活她一个人干得过来。嘎查达{{minority/mongolian:诺干苏力德}}打过电话，问我们过得怎么样。扬州有个蒙古族老乡{{minority/mongolian:牧仁达赖}}在大学教书，过年请我们去吃{{trap/minority_word:手把肉}}。
访谈者：孙女的妈妈还来看她吗？
受访者：来。{{han:殷晓蕾}}一个月来一回，带她去吃饭、买衣裳。她现在的男人不让她把孩子接过去，她也难。孩子跟她走的时候高高兴兴，回来就躲在被窝里哭。我从不说她妈的坏话，孩子心里有妈，是好事。
访谈者：您想回去吗？
受访者：想。可孙女在这边上学，她妈也在扬州，一个月能来看一回。我教她说蒙古话，给她讲{{trap/famous:成吉思汗}}的故事，她说长大要去{{trap/place:锡林浩特}}看那达慕。{{minority/mongolian:阿荣高娃}}这孩子记性好，我唱一遍的歌她就会。我快七十了，不知道还能带她几年，要是哪天我走了，孙女跟她妈，我也放心。
访谈者：登记信息请您说一下。
受访者：家在{{address:仪征市真州镇天宁社区鼓楼西巷14号}}，老家在{{address:阿巴嘎旗别力古台镇宝格都乌拉嘎查三组6号}}。我的身份证{{id_number@wy1957quad.152522}}，孙女的{{id_number@wy2016hyphen.321081}}。我电话{{mobile@s434}}，{{han:和晓雯}}的电话{{mobile@h38}}。我的微信是社工帮我弄的，叫{{wechat:narentuya_yz57}}。孙女的电话手表上有个QQ，号码她一个数一个数念，我写在挂历背面：{{qq:２０７４５９１３８}}。
访谈者：名字在表上写得对吗？
受访者：不对的多，我也看不太懂汉字，是孙女念给我听的。低保表上我是{{spaced:那仁 格日勒图雅}}，学校名单上孙女是{{spaced:阿 荣 高 娃}}，儿子的死亡证明上写成{{spaced:哈日巴拉　吉日嘎拉}}，社工姑娘的签名我看成了{{spaced:司 寇 雅 琪}}。
访谈者：您最盼什么？
受访者：盼孙女长大，我带她回草原，看看她阿爸小时候放羊的地方。
""")

# H1194: Kham Tibetan father from 巴塘 who works on a fishing boat out of 浏河镇 (太仓), raising his son alone.
DOCS["H1194"] = ("family", """\
访谈者：大哥，您在船上干了几年了？
受访者：四年了。我是{{trap/place:甘孜}}{{trap/place:巴塘}}人，叫{{minority/tibetan:四郎泽批}}，村里人叫我{{minority/tibetan:泽批}}。我们巴塘好多人家有汉姓，我家姓杨，身份证上是{{minority/tibetan:杨四郎泽批}}。船上的人图省事，喊我{{han:杨老大}}，其实我不是老大，是打下手的。
访谈者：怎么从巴塘到{{trap/place:浏河镇}}来打鱼？
受访者：老婆{{minority/tibetan:曲珍拉措}}前年得了高原心脏病，走了。她走那天下大雪，车开到半路就过不去了，我抱着她在车里等天亮，没等到。家里几亩青稞地，养不活我们爷俩。同村的{{minority/tibetan:洛绒呷玛}}先来的{{trap/place:太仓}}，说船老板管吃住，一年能挣七八万，我就带着儿子来了。{{minority/tibetan:洛绒呷玛}}他现在去了舟山，还在船上。
访谈者：这边还有别的老乡吗？
受访者：有几个。巴塘来的{{minority/tibetan:泽翁呷玛}}在{{trap/place:苏州}}开了个藏饰店，她男人是汉族。我们过年的时候聚到她店里，喝青稞酒，说家乡话。{{minority/tibetan:泽翁呷玛}}她家孩子跟我儿子一般大，两个人一见面就用藏话吵架，吵完了又好。另外一个叫{{minority/tibetan:翁姆拉宗}}，在医院当护工，儿子发烧那回是她陪的夜。
访谈者：孩子多大？
受访者：十一岁，藏名{{minority/tibetan:益西呷绒}}，户口上叫{{han:杨浩然}}，在{{school:浏河镇第一小学五年级（3）班}}。学校里同学喊他{{minority/tibetan:杨益西}}，藏名跟汉姓拼一起。{{minority/tibetan:益西呷绒}}他刚来不会游泳，现在在江边比谁都敢下水，我骂过他好几回。{{han:郁佩玲}}老师说他数学好，就是作文老写不长，一写到他阿妈就停笔。
访谈者：您出海的时候孩子怎么办？
受访者：船出去一趟，少则三天，多则半个月。船老板叫{{han:能海根}}，人{{trap/word:能干}}，也体谅人。我出海，儿子就住他家，他老婆{{han:浦桂芬}}管饭。{{han:能海根}}说他小时候也是在船上长大的。船号是{{trap/number:苏太渔03176}}，儿子背得比我还熟。
访谈者：船上的活累吗？
受访者：累。夜里两三点起来放网，天亮收网，一身湿。头一年我晕船，吐得胆汁都出来了，船上的人笑我是山里来的。现在好了，风浪大的时候我还能站着吃饭。就是冬天冷，江风往骨头缝里钻，比我们山上的雪天还难受。暑假我带儿子上过一回船，他坐在船头看海鸥，说阿爸，这里的水比金沙江宽多了。
访谈者：有哪些人帮你们？
受访者：村委会的儿童主任姓就，少见吧，叫{{han:就丽娜}}。{{han:就丽娜}}就住在码头边上，她给儿子报了困境儿童，每月{{trap/number:九百六十元}}。镇民政办的{{han:归永新}}帮我办了居住证。班主任{{han:郁佩玲}}老师每周跟我在微信上说一回孩子的事。镇社工站派来个小伙子叫{{compound:公羊思齐}}，教儿子做作业，他同事{{compound:子车明远}}周末带孩子们去{{trap/place:长江口}}看大船。
访谈者：老家还有谁？
受访者：阿妈{{minority/tibetan:阿珠拉姆}}七十了，跟我弟弟{{minority/tibetan:格绒降初}}在村里种地。每年{{trap/minority_word:藏历年}}我带儿子回去一趟，阿妈打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}，晚上全村跳{{trap/minority_word:巴塘弦子}}。{{minority/tibetan:阿珠拉姆}}她舍不得孙子，每回走都哭。
访谈者：儿子适应这边吗？
受访者：开始不习惯，嫌潮，听不懂太仓话。后来学校讲{{trap/famous:郑和}}从浏河下西洋，他写了一篇作文，说他阿爸也是跑船的，老师在班上念了。他还喜欢{{trap/famous:仓央嘉措}}的诗，是他阿妈生前教的。
访谈者：儿子想他阿妈吗？
受访者：想。他枕头底下压着一张他阿妈的照片，是在巴塘赛马会上照的，穿着藏装。有时候夜里我听见他在被子里小声说藏话，是跟他阿妈说的。{{han:就丽娜}}知道了，请镇上的心理老师给他上过几回课，现在好点了，肯说了。
访谈者：您自己身体呢？
受访者：腰不好，拉网拉的。有回手被缆绳绞了，在{{trap/org:浏河镇卫生院}}缝了七针，是{{han:能海根}}垫的钱。医生让我歇一个月，我歇了一个礼拜就上船了，不上船没有钱。
访谈者：登记信息请您说一下。
受访者：这边住{{address:太仓市浏河镇新闸村渔港路27号}}，老家在{{address:巴塘县夏邛镇茶雪村四组11号}}。我的身份证{{id_number@my1984tri.513335}}，儿子的{{id_number@my2014fw.513335}}。我电话{{mobile@plus86spaced}}，{{han:能海根}}的电话{{mobile@plain}}。我的微信{{wechat:silang_batang84}}。儿子有个QQ，号码他写在我的烟盒上：{{qq:3860194527}}。
访谈者：名字在表上写得对吗？
受访者：写错过好几回，每回都得拿身份证去改。渔船的船员名单上写成{{spaced:四 郎 泽 批}}，学校表上儿子是{{spaced:益西　呷绒}}，低保表上又写成{{spaced:杨 浩 然}}。
访谈者：以后有什么打算？
受访者：等儿子读完初中，回巴塘去。{{minority/tibetan:曲珍拉措}}埋在那边山上，她要看着儿子长大。
""")

# H1195: Uyghur mother from 麦盖提 who sells naan in 城厢镇 (太仓); her husband has gone.
DOCS["H1195"] = ("family", """\
访谈者：大姐，您这馕摊摆了多久了？
受访者：三年多了，就在菜场门口。我叫{{minority/uyghur:再乃甫古丽·吐尔逊}}，老家{{trap/place:喀什}}{{trap/place:麦盖提}}，在{{trap/place:叶尔羌河}}边上。这边的人记不全，喊我{{minority/uyghur:再乃甫古丽}}就算好的了。
访谈者：家里几口人？
受访者：我跟两个孩子。男人{{minority/uyghur:木再排尔·艾合买提}}三年前说去{{trap/place:乌鲁木齐}}找活，走了就没回来，电话也停了。他哥哥{{minority/uyghur:艾力·艾合买提}}说在{{trap/place:伊犁}}见过他一回，后来就再没消息。{{minority/uyghur:艾力}}他每年给孩子们寄一点钱，说是替弟弟还的。是老乡{{minority/uyghur:阿热依·吾守尔}}带我来{{trap/place:太仓}}的，她男人在这边开拉面馆。
访谈者：孩子们多大？
受访者：女儿{{minority/uyghur:阿依佐合热}}十岁，我们叫她{{minority/uyghur:佐合热}}，在{{school:城厢镇第三小学四年级（2）班}}。儿子{{minority/uyghur:如仙江}}六岁，上{{school:城厢镇东门幼儿园大班（1）班}}。房东{{han:钱阿婆}}认了女儿做干孙女，叫她{{minority/uyghur:钱佐合热}}，街坊们也跟着叫。
访谈者：您一个人怎么忙得过来？
受访者：早上四点起来和面、烤馕，七点出摊。{{minority/uyghur:佐合热}}她放学先去接弟弟，再到摊上帮我收钱。城管队长叫{{han:要振飞}}，{{han:要振飞}}要我把摊子挪到菜场门里头，说外面车多危险，还帮我跟市场说好了，不收摊位费。
访谈者：女儿在学校怎么样？
受访者：好。{{minority/uyghur:阿依佐合热}}汉语比我说得好，作文还得过奖，写的是我们家的馕坑。老师让她在班会上讲新疆，她带了一袋小馕去，一人一个，同学们都抢着要。她就是心重，爸爸的事不跟别人说，作业本上画了好多个家，每个家里都是四个人。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任姓还，叫{{han:还佩琳}}，我开始以为是{{trap/word:还钱}}的还。{{han:还佩琳}}还给我们报了困境儿童，两个孩子每月一共{{trap/number:一千九百二十元}}，又帮我申请了低保。镇民政的{{han:瞿振东}}来家里看过，说男人联系不上的，可以按事实无人抚养办。女儿的班主任{{han:瞿慧敏}}老师每天检查她的作业。区社工站的{{compound:即墨晨光}}给女儿辅导数学，另一个社工{{compound:夹谷恩泽}}带儿子去{{trap/org:太仓图书馆}}听故事。
访谈者：孩子们想爸爸吗？
受访者：想。女儿问过我，阿帕，阿达是不是不要我们了。我说他在很远的地方干活。{{minority/uyghur:如仙江}}还小，不记得他爸长什么样，看见照片就叫叔叔。{{minority/uyghur:木再排尔}}他以前会弹{{trap/minority_word:都塔尔}}，女儿还记得他唱的{{trap/minority_word:刀郎木卡姆}}。
访谈者：这边的生活难不难？
受访者：难。刚来的时候没人买馕，说是硬饼。我就切开了卖，一块一块的，再烤软一点的，慢慢就有回头客了。下雨天没生意，一天卖不到五十块。冬天手裂口子，贴了胶布接着揉面。好在孩子们懂事，女儿会算账，比我算得快。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}那天我不出摊，炸{{trap/minority_word:馓子}}，烤一大炉馕，给{{han:钱阿婆}}、给社区都送去。{{minority/uyghur:阿热依}}她家请我们吃抓饭。我给孩子们讲{{trap/famous:阿凡提}}的故事，讲{{trap/famous:阿曼尼莎汗}}收集木卡姆的事，儿子最爱听阿凡提骑毛驴。
访谈者：您自己身体怎么样？
受访者：腰不好，烤馕要弯腰，一站就是大半天。去年冬天我发烧，硬撑着出摊，是{{han:钱阿婆}}把我拉回去，替我看了两天孩子。她说，你倒了，两个小的怎么办。我这才去{{trap/org:城厢镇社区卫生服务中心}}挂了水。
访谈者：您打算一直在这边吗？
受访者：先在这边。孩子们的学上得好，{{han:还佩琳}}说女儿以后可以在这边读初中。麦盖提还有我阿妈{{minority/uyghur:如克亚汗}}，七十一了，我每天晚上跟她视频。
访谈者：登记信息请您说一下。
受访者：这边住{{address:太仓市城厢镇南园新村12幢203室}}，老家在{{address:麦盖提县央塔克乡阿克吐格曼村3组17号}}。我的身份证{{id_number@wy1987fwhyphen.653127}}，女儿的{{id_number@wy2015spaced.653127}}。我电话{{mobile@s38}}，{{han:还佩琳}}的{{mobile@plus86dash}}。我的微信{{wechat:zainafu_nang87}}，买馕的都扫这个。女儿的QQ是老师让注册的，号码她写在我的面板上：{{qq:1597320846}}。
访谈者：名字在表上写得对吗？
受访者：乱得很，一个人好几个名字，去银行取钱都得解释半天。低保表上我是{{spaced:再乃甫古丽 · 吐尔逊}}，学校写成{{spaced:阿 依 佐 合 热}}，医保卡上男人是{{spaced:木再排尔　艾合买提}}，儿子是{{spaced:如 仙 江}}。
访谈者：最后想说什么？
受访者：谢谢这边的好人。我来的时候一句汉话不会说，现在能跟顾客讲价了。我就盼孩子们好好读书，儿子说长大要当警察，去找他阿达。他的名字叫{{minority/uyghur:如仙江}}。
""")

# H1196: Kazakh father from 青河 who works in a textile mill in 沙溪镇 (太仓), raising a daughter with epilepsy.
DOCS["H1196"] = ("family", """\
访谈者：大哥，您在纺织厂干什么活？
受访者：挡车工，看细纱机，一个人看四台车，一站八个钟头，车间里说话得喊。我叫{{minority/kazakh:加恩别克·居马汗}}，老家{{trap/place:阿勒泰}}{{trap/place:青河}}，{{trap/place:乌伦古河}}边上。厂里人叫不全，都喊我{{minority/kazakh:加恩}}。
访谈者：怎么来{{trap/place:沙溪镇}}的？
受访者：孩子她妈{{han:瞿雪芬}}是沙溪人，当年在青河的兵团连队教书，我们就认识了。女儿两岁查出{{trap/word:癫痫}}，一个月犯好几回。她妈扛不住，前年跟我离了婚，回了娘家又嫁了人。我想着这边看病方便，离她妈也近，就带着女儿过来了。刚来的时候租不到房，房东一听孩子有病就摇头，是车间主任帮我在厂里宿舍要了一间。
访谈者：女儿多大了？
受访者：十岁，叫{{minority/kazakh:阿依娜·加恩别克}}，我们叫她{{minority/kazakh:阿依娜}}。户口随她妈的姓，登的是{{minority/kazakh:瞿阿依娜}}，在{{school:沙溪镇实验小学三年级（1）班}}。{{minority/kazakh:阿依娜}}她上课的时候犯过一回病，倒在地上抽，把同学们吓坏了。
访谈者：学校怎么处理的？
受访者：班主任{{han:把玉琴}}老师懂急救，让她侧躺，掐着时间，打了{{trap/hotline:120}}。{{han:把玉琴}}把全班叫到一块，讲这个病不传染，不许人笑话她。现在她课桌里放着一张卡片，写着我的电话和犯病了该怎么办。后来学校给她配了个同桌，叫{{han:被思琪}}，{{han:被思琪}}被她妈骂过好几回，因为把家里的{{trap/word:被子}}都带到学校给她午睡用。
访谈者：看病是在哪儿？
受访者：{{trap/org:苏州大学附属儿童医院}}，神经科{{han:顾雯婷}}大夫管她。每天吃两回药，一个月药费八百多，医保报一半。药不能断，断一天就可能犯，我手机上定了两个闹钟。{{han:顾雯婷}}大夫说，按时吃药，坚持几年不犯，就有希望停药。她有残疾证，拿残疾人两项补贴，一个月{{trap/number:四百九十元}}，又算困境儿童，是社区的儿童主任{{han:宣丽娟}}给报的。{{han:宣丽娟}}说，我上夜班的时候，她可以先把孩子接到社区。
访谈者：厂里对您怎么样？
受访者：车间主任{{han:陆卫峰}}照顾我，只排白班。工会的{{han:陶阿姨}}给女儿申请了助学金。社工站的{{compound:漆雕念慈}}每个月来一次，教女儿觉得要犯病了先找个安全的地方坐下；还有个叫{{compound:南门清扬}}的社工，带她去{{trap/place:金仓湖}}放风筝。
访谈者：您一个人带她，最怕什么？
受访者：最怕夜里。她夜里犯病，我得听着，一有动静就爬起来。有一年冬天半夜犯了两回，我抱着她打车去医院，司机没收钱。我不敢喝酒，也不敢睡死。厂里的老乡叫我出去吃烤肉，我都不去。
访谈者：厂里还有哈萨克老乡？
受访者：有一个，{{minority/kazakh:别热克·沙肯}}，也是青河的，在织布车间。{{minority/kazakh:别热克}}他老婆做{{trap/minority_word:奶疙瘩}}，常给女儿装一袋。有时候厂里赶货要我顶夜班，女儿就放在{{minority/kazakh:别热克}}家里睡。他家两个男孩，把{{minority/kazakh:阿依娜}}当妹妹护着，谁笑话她，他们就跟谁急。
访谈者：老家还有谁？
受访者：阿爸{{minority/kazakh:居马汗·托列根}}七十三了，还在青河骑马放牧，弟弟{{minority/kazakh:叶森·居马汗}}转场的时候赶着羊走。{{minority/kazakh:叶森}}他去年来太仓看过我们，给女儿带了一把{{trap/minority_word:冬不拉}}。{{minority/kazakh:阿依娜}}弹得不好，可她喜欢。{{trap/minority_word:纳吾肉孜节}}我炸{{trap/minority_word:包尔萨克}}，给她讲{{trap/famous:江布尔}}的故事。
访谈者：她妈妈还来看她吗？
受访者：一个月来一回，{{han:瞿雪芬}}她现在的男人不太愿意。女儿每回见了她都不撒手。她妈每回来都给她梳辫子，梳得比我好。走的时候女儿送到楼下，站在那儿不动，我得抱她上楼。
访谈者：女儿平时喜欢做什么？
受访者：画画，画马，画羊，画她没见过几回的草原。社工把她的画拿去镇上展览，得了个奖状，她贴在床头。她说长大了要当医生，专门看她这种病。我说好，阿爸供你。
访谈者：登记信息请您说一下。
受访者：住在{{address:太仓市沙溪镇利泰路88号纺织厂职工宿舍3幢412室}}，老家{{address:青河县阿热勒托别镇阿魏村2组9号}}。我的身份证{{id_number@my1983hyphen.652325}}，女儿的{{id_number@wy2015fwspaced.320585}}。我电话{{mobile@spaced}}，{{han:宣丽娟}}的电话{{mobile@fws}}。我的微信{{wechat:jiaenbek_shaxi}}。女儿的QQ是用我手机注册的，号码是{{qq:６３１８０４７２５}}。
访谈者：名字在表上写得对吗？
受访者：不对。厂里工资条上写的是{{spaced:加恩别克 居马汗}}，医院病历上女儿是{{spaced:阿 依 娜}}，学校的表上写成{{spaced:瞿 阿 依 娜}}，还有一张写成{{minority/kazakh:阿依娜•加恩别克}}。
访谈者：您最大的心愿是什么？
受访者：女儿的病能控制住，以后能自己上学、自己工作，不用靠我。
""")

# H1197: Han community worker in 刘集镇 (仪征) reading out her list of children in distress.
DOCS["H1197"] = ("staff", """\
访谈者：您手上拿的是什么？
受访者：困境儿童台账。我叫{{han:柏文君}}，在{{trap/place:刘集镇}}的社区做儿童工作，跟民政办一起跑。我按户念，你记。
访谈者：好。
受访者：第一户，{{han:要晨阳}}，男，十岁，{{school:刘集镇中心小学四年级（3）班}}。爸爸{{han:要国栋}}肝癌，去年走了；妈妈{{han:卜晓燕}}改嫁去了{{trap/place:南京}}，孩子跟爷爷过，爷爷七十多了，还在砖厂看门。住{{address:仪征市刘集镇盘古村五组23号}}。{{han:要晨阳}}的身份证{{id_number@my2015.321081}}，爷爷的{{id_number@my1952.321081}}。按事实无人抚养，每月{{trap/number:一千五百九十元}}。
访谈者：第二户？
受访者：第二户是一对姐弟，姐姐{{han:都雨萱}}十二岁，弟弟{{han:都子墨}}七岁。爸爸{{han:都长春}}因为盗窃判了六年，在{{trap/place:镇江}}服刑；妈妈有精神残疾，二级，住在娘家。两个孩子跟奶奶{{han:糜桂英}}过。{{han:糜桂英}}她腿脚不好，买菜都是姐姐去。住{{address:仪征市刘集镇白羊山村二组7号}}，奶奶身份证{{id_number@wold.321081}}。姐姐在{{school:刘集镇初级中学七年级（2）班}}。
访谈者：第三户？
受访者：第三户，{{han:有天翔}}，男，八岁，脑瘫，坐轮椅，在{{trap/org:仪征市特殊教育学校}}上学。爸爸{{han:有德宝}}有残疾证，腿不好，在镇上修鞋；妈妈{{han:嵇晓梅}}在家照顾他。两项补贴、低保都有。{{han:有德宝}}{{trap/word:有空}}就推着儿子到街上晒太阳。去年镇上给他家门口修了个坡，轮椅能自己推出来了。他的身份证{{id_number@mmidx.321081}}，电话{{mobile@hyphen}}。
访谈者：第四户？
受访者：第四户是孤儿，{{han:冒雨桐}}，女，十三岁。爸妈四年前在{{trap/place:宁通高速}}上出车祸，都没了。她跟舅舅{{han:居海林}}过，舅舅家在{{address:仪征市刘集镇红光村三组15号}}。孩子的身份证{{id_number@wy2012fwspaced.321081}}，孤儿基本生活费每月{{trap/number:二千一百元}}。孩子成绩好，想考{{trap/org:仪征中学}}，舅舅说砸锅卖铁也供她。
访谈者：第五户？
受访者：第五户是留守的，{{han:才梦洁}}，六岁，爸妈在{{trap/place:昆山}}的电子厂，跟外婆{{han:濮秀珍}}过。外婆白天要下地，{{trap/word:才能}}顾上她的时候不多，孩子就放在邻居家。外婆的电话{{mobile@p86h}}。
访谈者：还有吗？
受访者：还有两户在观察，没评上，家里条件刚好卡在线上。我们每个月还是去看，逢年过节送点米和油。
访谈者：这些户谁在跟？
受访者：民政办的{{han:印主任}}总负责，材料报到{{trap/org:仪征市民政局}}。各村的儿童主任，盘古村是{{han:惠丽萍}}，白羊山村是{{han:仇婶}}。站里的社工，{{compound:宰父晓岚}}跟第一户和第四户，新来的{{compound:谷梁子衿}}跟第二户。市里的督导叫{{compound:仲孙煦阳}}，每季度来查一次台账。
访谈者：你们怎么发现这些孩子的？
受访者：一是村里报，二是学校报，三是我们自己排查。每年开春和秋收以后，我跟村干部挨家挨户走一遍，看谁家大人病了、谁家大人不在了、谁家孩子没人管。有的是邻居悄悄告诉我的。找到了先评估，缺钱的报救助，缺人照顾的找亲戚，心里有事的请社工上门。
访谈者：有没有让您特别放不下的？
受访者：第四户那个小姑娘。爸妈出事那天是她生日，她在家等着吃蛋糕。到现在她都不肯过生日，舅舅买了蛋糕她也不吃。我们就另外挑一天，社工陪她做手工，算是给她过。她说，姐姐，这样也行。
访谈者：台账上的名字有写错的吗？
受访者：有，新录入的人不认识这些姓，常常打错。{{han:冒雨桐}}被写成{{spaced:冒 雨 桐}}；{{spaced:都 雨 萱}}；{{spaced:要晨 阳}}；同事被写成{{spaced:宰 父 晓 岚}}，还有一张是{{spaced:谷梁　子衿}}。年底我们一户一户核。
访谈者：您跟这些家里怎么联系？
受访者：老人多半不会用微信，我就打电话，或者直接上门。{{han:居海林}}的电话{{mobile@s74}}。我自己的工作微信{{wechat:baiwenjun_liuji}}，家长有事都发这上面。逢年过节我在群里发通知，谁家没回，我就上门去看看。{{han:冒雨桐}}有个QQ，说不开心了就在上面给我留言，号码是{{qq:2846105937}}。
访谈者：这份工作最难的是什么？
受访者：最难的是孩子不肯说心里话。{{han:都雨萱}}都十二了，爸爸的事在学校一句不提。我每回去都带本书，跟她一起看，她才慢慢肯开口。还有就是老人不会用手机，补助到了也不知道。有一回{{han:糜桂英}}以为钱被人骗了，急得一夜没睡，其实是银行的短信她看不懂。我们社区三个人，跟着四十多个孩子，有时候一个礼拜要跑七八个组。
""")

# H1198: Han 儿童主任 in 璜泾镇 (太仓) who keeps up with the children on QQ and the parents on WeChat.
DOCS["H1198"] = ("staff", """\
访谈者：{{han:也主任}}，听说您手机里存的全是孩子们的QQ？
受访者：差不多。我叫{{han:也春燕}}，在{{trap/place:璜泾镇}}的村里当儿童主任第六年了。村里六百多户，出去打工的占一半，留下的孩子有七十几个。姓也的少，孩子们起先以为我姓叶，后来都叫我{{han:也姐}}。留守的孩子爸妈都在外头，孩子跟我在QQ上说，爸妈跟我在微信上说，我{{trap/word:也就}}成了中间传话的。
访谈者：孩子们为什么愿意在QQ上跟您说？
受访者：当面说不出口的话，打字就说得出来。有的孩子见了我就低头，晚上在QQ上一说一大段。我不催，他说多少我听多少，第二天见了面也不提，这是我跟他们的约定。
访谈者：您现在跟着几个孩子？
受访者：重点的有五个。第一个{{han:顾思源}}，十二岁，{{school:璜泾镇中心小学六年级（2）班}}。爸爸{{han:顾建平}}酒驾撞了人，判了三年；妈妈出去打工就没回来。{{han:顾思源}}他白天不爱说话，晚上却会在QQ上给我发消息，号码他写在我本子上：{{qq:70521394}}。服刑人员子女的补助是我给他报的，每月{{trap/number:八百八十元}}。他家在{{address:太仓市璜泾镇杨漕村八组19号}}。我陪他去会见过一回，出来他一路没说话，到了家门口才问我，他爸还认不认得他。
访谈者：第二个呢？
受访者：第二个{{han:钮嘉欣}}，女，九岁，爸妈在{{trap/place:上海}}送外卖，一年回来两回，跟爷爷奶奶过。她妈{{han:龚美琳}}的微信是{{wechat:gongmeilin_sh0512}}，我每周跟她视频一回，把孩子的作业拍给她看。{{han:钮嘉欣}}说，她想妈妈的时候就跑到{{trap/place:长江}}大堤上，看往上海去的船。去年她奶奶住院，孩子一个人在家住了三天，没跟任何人说，是我在QQ上看出不对，晚上把她接到我家睡的。
访谈者：第三个？
受访者：第三个是男孩，{{han:让一凡}}，十一岁，外婆带大的。爸爸{{han:让海明}}前年车祸走了，妈妈改嫁去了{{trap/place:常熟}}。外婆{{han:邵阿婆}}不识字，让我帮她看学校的通知。{{han:让一凡}}让我最操心，打游戏打到半夜。他的QQ是{{qq:１２７３０４９６５８}}，我就用这个催他睡觉。后来我跟他约好，每天晚上十点把手机交给外婆，做到一个月，我带他去上海看一场球。他做到了，我也带他去了，回来他在QQ上给我发了一长串谢谢。
访谈者：第四个？
受访者：第四个是一对双胞胎，{{han:有嘉禾}}和{{han:有嘉木}}，七岁，在{{school:璜泾镇第二小学一年级（3）班}}。妈妈{{han:季红梅}}中风瘫在床上，两个孩子会给她喂水、擦脸，爸爸{{han:有福根}}在外地跑运输，有空才回来。孩子们没手机，用的是大伯{{han:有福林}}的微信，叫{{wechat:youfulin_hj1975}}。我每礼拜去给两个小的检查作业，隔壁阿婆帮着烧晚饭，大伯家管周末。
访谈者：第五个？
受访者：第五个是初二的女孩，{{han:浦心怡}}，在{{school:璜泾中学八年级（4）班}}。爸妈离了婚，她跟爸爸，爸爸在{{trap/place:昆山}}的工地上。上个月她在QQ空间写了一句不想活了，我半夜骑电瓶车去她家，坐到天亮。后来镇心理咨询室的{{compound:东郭亦舒}}每周给她做一次咨询，社工{{compound:公西若岚}}陪她去上学。现在好多了，上礼拜她还在QQ上给我发了一张她画的向日葵。她爸爸的电话{{mobile@p86n}}，我存着。
访谈者：孩子们在QQ上都跟您说什么？
受访者：什么都说。考试没考好，跟同学吵架，想爸爸妈妈。有的半夜发一句“睡不着”，我就陪着聊几句。我们村还有个QQ群，群号{{trap/number:638205174}}，放假的时候我在里面发作业提醒、防溺水提醒。我跟他们说，心里难受也可以打{{trap/hotline:12355}}。
访谈者：有谁帮您一起管？
受访者：镇民政办的{{han:茅文斌}}管补助审核，督导叫{{compound:颛孙明哲}}，每月来看一次台账。学校的老师也帮着，孩子在学校有什么事，班主任第一个在微信上告诉我。{{compound:东郭亦舒}}说，孩子肯在网上跟大人说话，就是好事。
访谈者：名册上的名字对吗？
受访者：有错的，录名册的是临时工，看见姓也的还以为是打错了字。名册上我是{{spaced:也　春　燕}}，{{han:浦心怡}}写成了{{spaced:浦心 怡}}，咨询师写成了{{spaced:东 郭 亦 舒}}。
访谈者：做这个事累不累？
受访者：累，手机一天到晚不离手，我老公说我比村支书还忙。可一想到这些孩子夜里有个人能说话，就觉得值。{{trap/word:也许}}哪天我干不动了，也得先给他们找好下一个能说话的人。
访谈者：您自己的联系方式？
受访者：电话{{mobile@plain}}，微信{{wechat:yechunyan_hj}}。孩子们有事，晚上十二点前都能找到{{han:也姐}}。
""")

# H1199: Han grandfather in 月塘镇 (仪征) raising his three grandchildren.
DOCS["H1199"] = ("family", """\
访谈者：老人家，您一个人带三个孙子孙女？
受访者：是啊。我叫{{han:谈德富}}，今年六十九，住{{trap/place:月塘镇}}的山里头。村里小的都喊我{{han:谈爹爹}}。老太婆前年走了，儿子{{han:谈国庆}}卖假烟，判了七年，在{{trap/place:南京}}那边关着。媳妇{{han:伏小芳}}，{{han:伏小芳}}她等了一年，跟人跑了，电话也打不通。
访谈者：孩子们多大了？
受访者：大的是丫头，{{han:谈心悦}}，十四，在{{school:月塘中学八年级（1）班}}住校。二的{{han:谈子昂}}十岁，我们这块叫{{han:二子}}，在{{school:月塘镇中心小学四年级（2）班}}。小的{{han:谈子睿}}六岁，是{{han:老巴子}}，天天跟在我屁股后头。
访谈者：一天是怎么过的？
受访者：早上五点起来烧粥，把{{han:老巴子}}送到村里的幼儿园，再去茶园。中午回来喂鸡，下午接小的，晚上看{{han:二子}}写作业。我认得的字不多，他的题我看不懂，就坐在边上陪着，他写到几点我陪到几点。
访谈者：靠什么过日子？
受访者：种几亩茶，养几只鸡。茶叶一年卖个七八千，好的年景能过万，鸡蛋攒着给孩子们吃。我还有个女儿嫁在{{trap/place:扬州}}，逢年过节回来，给孩子们买衣裳。儿子判了以后，村里的儿童主任{{han:才秀英}}才上任半年，跑了好几趟镇里，三个孩子都报上了服刑人员子女补助，一个月合起来{{trap/number:一千八百三十元}}，我自己有低保。镇民政的{{han:就国华}}就是我们村出去的，他说材料他帮着补。{{trap/org:月塘镇卫生院}}给我免了几回药钱。
访谈者：孩子们听话吗？
受访者：{{han:心悦}}懂事，在学校住，一个礼拜回来一次，回来先问爹爹的药吃了没有，再洗衣裳、烧饭，比我烧得好吃。{{han:二子}}调皮，上个月跟人到{{trap/place:登月湖}}摸鱼，差点出事，是邻居{{han:管长江}}把他拉上来的。{{han:管长江}}他水性好，年轻时候在{{trap/place:长江}}上跑过船。{{han:老巴子}}夜里要我搂着才睡得着，问他爸爸什么时候回家。两个小的跟我挤一张床，我睡外头，怕小的滚下去。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:仇佩玉}}老师，每个月给她垫生活费，我说了不要，她硬塞。{{han:二子}}的老师也姓才，叫{{han:才晓峰}}，{{han:才晓峰}}年轻，下了课还给他补数学，说他脑子不笨，就是坐不住，上课老往窗户外头看。镇社工站的{{compound:轩辕思成}}每个月来一趟，带着个大学生志愿者叫{{compound:微生听雨}}，给{{han:谈心悦}}辅导英语。开学的时候，{{compound:轩辕思成}}还给三个孩子一人送了一个新书包。
访谈者：您身体怎么样？
受访者：血压高，腿也不行了，挑一担水要歇两回。去年冬天我在茶园摔了一跤，躺了半个月，是{{han:二子}}给我端水端饭，{{han:老巴子}}给我捶腿，捶得一点劲没有，我心里热乎。我最怕自己哪天倒了，三个孩子没人管。我跟{{han:心悦}}说了，爹爹要是有个三长两短，你就去找{{han:才秀英}}，找村委会。她把号码抄在门背后。
访谈者：孩子们的妈妈一点消息都没有？
受访者：去年有人说在{{trap/place:常州}}见过她，在厂里上班。我不怪她，她嫁过来的时候才二十出头，男人进去了，三个孩子，换谁都扛不住。我就是心疼孩子，{{han:心悦}}过生日的时候，等她妈的电话等到半夜。
访谈者：去监狱看过儿子吗？
受访者：去过两回，是跟{{han:才秀英}}一起去的，坐了三个钟头车。{{han:谈国庆}}隔着玻璃哭，说对不起孩子。他是{{trap/word:国庆节}}那天生的，所以叫这个名字。我跟他说，你好好改造，早点出来，孩子们等着你。回来我三天没睡好，一闭眼就是他小时候在茶园里跑的样子。
访谈者：村里对你们怎么样？
受访者：好。过年村里送米送油，邻居家烧了好吃的都端一碗过来。去年台风把我家屋顶掀了一块，是村里出钱修的，支书带着人爬上去盖的瓦。
访谈者：登记信息请您说一下。
受访者：家在{{address:仪征市月塘镇尹山村龙塘组8号}}。我的身份证{{id_number@my1956.321081}}，{{han:谈子睿}}的{{id_number@my2019quad.321081}}。我不会写字，电话是孙女帮我写的：{{mobile@s38}}，{{han:才秀英}}的电话{{mobile@spaced}}。孙女有个QQ，住校的时候跟我弟弟家的手机联系，号码是{{qq:3051927648}}。{{han:才秀英}}的微信是{{wechat:caixiuying_yt}}。
访谈者：名字写得对吗？
受访者：低保表上我成了{{spaced:谈 德 富}}，学校把孙女写成{{spaced:谈心 悦}}，社工的名字签成{{spaced:轩 辕 思 成}}，我以为是两个人。
访谈者：您最盼什么？
受访者：盼儿子早点出来，把三个孩子接过去。我老了，带不了几年了。我跟孙女说过，书要念，念出去，别回这山里头吃苦。她点头，我就知足了。
""")

# H1200: Han village doctor in 双凤镇 (太仓) who looks after the children in distress of her villages.
DOCS["H1200"] = ("doctor", """\
访谈者：{{han:茅医生}}，您在村卫生室干了多少年了？
受访者：二十二年了。我叫{{han:茅建英}}，在{{trap/place:双凤镇}}的村卫生室，管三个村。卫生室就两间房，一间看病，一间放药。老人们叫我{{han:建英}}阿姐，小孩子叫我{{han:茅阿姨}}。我有本小本子，专门记村里几个困境儿童的身体情况。
访谈者：这几个孩子您是怎么记下来的？
受访者：儿童主任每年给我一份名单，我对着名单上门，量身高、称体重、看疫苗本。留守的孩子爸妈不在身边，生了病老人拖着不看，小病拖成大病，所以我宁可多跑几趟。
访谈者：能说说吗？
受访者：第一个是{{han:向天翊}}，男，九岁，哮喘，一换季就喘。爸爸{{han:向东来}}在工地上摔断了腿，有残疾证，拿两项补贴；妈妈走了。{{han:向东来}}{{trap/word:向来}}要强，腿瘸了还在镇上摆摊修电瓶车。{{han:向天翊}}他奶奶{{han:单秀凤}}不会用雾化器，我上门教了三回。孩子在{{school:双凤镇中心小学三年级（3）班}}。药费一个月三百多，低保能报一部分。
访谈者：第二个呢？
受访者：第二个{{han:归晓宇}}，十二岁，先天性心脏病，五岁在{{trap/org:上海儿童医学中心}}做过手术。爸爸{{han:归建强}}在监狱，妈妈{{han:支美芳}}在镇上面馆打工，早上五点就得去，一个月挣两千多，房租就去了六百。孩子一感冒就得当心，我让他有事直接打我电话。他喜欢下象棋，来卫生室打针的时候跟老头们下，赢了就笑。{{han:支美芳}}她舍不得钱，我就先给孩子拿药，月底再算。
访谈者：第三个？
受访者：第三个是姐弟俩，村里都叫{{han:钮阿大}}、{{han:钮阿二}}，大名是{{han:钮佳怡}}和{{han:钮佳豪}}。爸妈离了婚都不管，跟奶奶过，算事实无人抚养，一个孩子每月{{trap/number:一千七百五十元}}。{{han:钮阿大}}有轻度智力残疾，在{{trap/org:太仓市特殊教育学校}}读书，每周回来一次。奶奶八十了，{{han:钮奶奶}}血糖高，我每礼拜去给她测。{{han:钮阿二}}皮，爬树摔破过头，是我缝的针。家在{{address:太仓市双凤镇庆丰村十二组6号}}。
访谈者：第四个？
受访者：第四个是小姑娘{{han:能小满}}，七岁，{{trap/word:小满节气}}那天生的，所以叫这个名字。{{han:能小满}}能吃能睡，就是耳朵不好，戴助听器，两只要一万多。是儿童主任{{han:惠晓东}}帮着找的{{trap/org:太仓市慈善基金会}}，给配上了。戴上助听器那天，她听见鸟叫，问我这是什么声音。
访谈者：你们平时怎么配合？
受访者：{{han:惠晓东}}管报材料，我管看病。镇社区卫生服务中心的{{compound:公户明川}}医生每季度下来给孩子们体检，社工站的{{compound:壤驷清禾}}跟着，记在档案里。县里，不对，市里还派过一个督导，叫{{compound:宗政书岚}}，专门问留守孩子吃药的事。
访谈者：做村医最难的是什么？
受访者：是看着孩子病了，家里大人不在。有回半夜{{han:向天翊}}喘得嘴唇发紫，他奶奶打我电话，我骑电瓶车过去，一边给他用药一边叫{{trap/hotline:120}}。到了医院医生说，再晚半个钟头就危险了。从那以后我手机夜里不关机。还有就是钱，有的药医保不报，老人舍不得买，我就先垫着，一年下来垫好几千，有的要回来了，有的就算了。我跟孩子们讲{{trap/famous:李时珍}}尝百草的故事，{{han:钮阿二}}说长大了也要当医生。
访谈者：您受过这方面的培训吗？
受访者：市里每年办两回培训，教儿童心理、防溺水、急救。以前我只会看病，现在也学着跟孩子们聊天。孩子病了，不光是身上的事，心里也有事。镇上的{{compound:公户明川}}医生也来给我们讲过课。
访谈者：村里的人信得过您吗？
受访者：信。我在这儿二十多年，好多孩子的爸妈小时候也是我看的。现在他们在外头打工，孩子病了先给我打电话，再给家里老人打。有的在微信上发孩子的照片给我看，问要不要紧。我看不准的，就让他们赶紧去镇上。
访谈者：登记信息请您说一下。
受访者：卫生室在{{address:太仓市双凤镇新湖村卫生室东侧3号}}。{{han:向天翊}}的身份证{{id_number@my2016fullwidth.320585}}，奶奶的{{id_number@woldspaced.320585}}。我电话{{mobile@fullwidth}}，{{han:惠晓东}}的{{mobile@plus86}}。我的微信{{wechat:maojianying_sf}}，家长有事发语音就行。{{han:归晓宇}}有个QQ，号码他写在病历本后面：{{qq:47183920}}。
访谈者：名字在表上写得对吗？
受访者：错过好几回。档案上写成{{spaced:向 天 翊}}，{{spaced:归晓 宇}}，社工写成了{{spaced:壤 驷 清 禾}}。
访谈者：最后还想说什么？
受访者：这几个孩子能平平安安长大，我就放心了。我也快五十了，再干十年，看着他们一个个长大。要谢，就谢{{han:惠晓东}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1193,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout150",))


if __name__ == "__main__":
    main()
