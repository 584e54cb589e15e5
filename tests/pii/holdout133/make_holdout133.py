# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 133 (tests/pii/holdout133/H1049-H1056 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 132, written at the same time, is not
an earlier set).

Set 133 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
淄博 (Shandong) and 蚌埠 (Anhui): a Mongolian father from 鄂托克前旗 who fires a kiln at a ceramics works in 淄川
(昆仑镇), his wife gone, his son with him and his deaf daughter with his mother in the gacha; a Kham Tibetan mother
from 巴塘 who cleans at a 张店区 hospital, raising a son with a heart defect after her Han husband died on a road
site; a Kazakh father from 巩留 who drives a truck out of 蚌山区, his Han wife in a psychiatric ward; a Yi grandmother
from 美姑 raising in 怀远 the three children of a son killed on a building site; a Han community worker in 博山
reading out her list; a Han children's officer (儿童主任) in 五河 going through her WeChat chats with parents who work
away; a Han uncle in 临淄 raising his brother's daughter while the brother is in prison; and a Han primary-school head
teacher in 固镇 going through the cases of her class. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names used whole (阿迪亚图雅, 哈斯宝力高, 诺敏其木格,
巴达玛苏德她) and with a short form (其和日巴雅尔 then 其和日, 图古勒德尔 then 图古勒), a Han surname before a
Mongolian given name (奇图古勒, 奇苏日娜) and the Han names of the same people (奇文斌, 奇浩然, 奇师傅); Kham Tibetan
names of 巴塘 (阿绒志玛, 扎西翁青, 登珠拉姆, 格绒批措, 泽翁卓嘎) with short forms (扎翁, 批措他), 才 opening a name
before the adverb 才 (才仁拥措才十九), a Han surname before a Tibetan given name (贾志玛, 贾扎翁) and the Han names of
Tibetans (贾明轩, 贾嫂); Kazakh given name + father's name with and without the dot (库尔曼别克·沙依兰,
加纳提·库尔曼别克, 加纳提库尔曼别克, 古丽达娜·库尔曼别克, 沙依兰·托合塔尔) and single and short forms (库尔曼别克,
加纳提他, 古丽达, 加依达古丽, 巴依沙), a Han surname before a Kazakh given name (葛加纳提, the mother's surname); Yi
names of 美姑 with the clan name before the given name (瓦扎曲伍, 苏呷拉格, 苏呷拉则, 苏呷史嫫, 苏呷达体, 吉好伍各,
阿尔日呷, 勒尔阿芝) and short forms (曲伍, 拉则他, 史嫫, 达体), a Han surname before a Yi given name (苏拉则) and the
Han names of the same people (苏晓川, 苏奶奶); Han names with common and rare surnames of the region (翟, 荆, 逯, 鹿,
栾, 臧, 郇, 隋, 蔺, 衣, 亓, 綦, 鞠, 巩, 晏, 管, 蒯, 訾, 笪, 缪, 卞, 詹, 倪, 闵), surnames that are also ordinary words
after or before grammar words (都满仓都, 有凤琴有时候, 还海军还, 跟能秀芝能, 跟和淑贞和, 是向海涛, 要翠萍要是,
把桂兰把, 才丽华才, 能浩宇能) and given names that hold or end in such a word (尹也平也, 孔德让让我, 缪永和和,
巩有田有), with titles and kin words (翟玉芬大姐, 荆雪娇老师, 蔺志刚大夫, 詹晓雯老师; the span is the name only), a
surname with only a title or kin word, annotated whole (奇师傅, 贾嫂, 衣老师, 童大娘, 苏奶奶, 汪大爷, 鞠主任, 卞主任,
管主任, 鲍老师, 隋大婶, 项主任, 柏师傅), nicknames and local forms of address, annotated whole (萌妮儿, 悦妮儿, 小丫,
小毛), names that contain words (逯长河, 孙立业, 房东升, 马路遥), names directly before particles, pronouns and verbs
and after 叫/是/给/跟/找/让/和, and a name closing the last sentence; names spaced out character by character in half-
and full-width spaces, a dotted name with spaces around the dot and names split in two; compound surnames after
ordinary words (东郭, 淳于, 闻人, 钟离, 百里, 呼延, 澹台, 申屠, 第五, 公孙, 左丘, 濮阳, 万俟, 宗政, 太史, 轩辕, 南宫,
慕容, 夏侯, 诸葛, 欧阳, 上官); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:翟玉芬}}``, ``{{qq:3058174926}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2017fwspaced.150623}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 大姐, 阿姨) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 有, 还, 能, 要, 把, 让, 和, 她, 他) are outside the span;
a surname with only a title or kin word (奇师傅, 贾嫂, 苏奶奶, 鞠主任) and a nickname or local form of address
(萌妮儿, 悦妮儿, 小丫, 小毛) are annotated whole. Han-style names of Mongolian, Tibetan, Kazakh and Yi people (奇文斌,
贾明轩, 苏晓川) are category han; a Han surname before a non-Han given name (奇图古勒, 贾扎翁, 葛加纳提, 苏拉则) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout133/make_holdout133.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(133_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "183", "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1049: Mongolian father from 鄂托克前旗 who fires a kiln at a ceramics works in 淄川 (昆仑镇); his wife left, his
# son is with him and his deaf daughter with his mother in the gacha.
DOCS["H1049"] = ("family", """\
访谈者：师傅，听口音您是内蒙古来的？
受访者：{{trap/place:鄂托克前旗}}的，{{trap/place:城川}}那一片。我叫{{minority/mongolian:其和日巴雅尔}}，厂里登记的汉名是{{han:奇文斌}}。我们那边姓奇的多，老人说是{{trap/famous:成吉思汗}}的后人。窑上的人喊我{{han:奇师傅}}，老乡喊我{{minority/mongolian:其和日}}。
访谈者：怎么到淄博来的？
受访者：前年冬天，老婆{{minority/mongolian:阿迪亚图雅}}跟一个收羊绒的走了，听说去了{{trap/place:包头}}，电话也换了。羊绒价又跌，信用社的钱还不上。同苏木的{{minority/mongolian:哈斯宝力高}}在{{trap/place:昆仑镇}}的瓷厂烧了好几年窑，他说这边缺人，我就带着儿子过来了。
访谈者：两个孩子都多大？
受访者：儿子{{minority/mongolian:图古勒德尔}}十二，学籍上的汉名叫{{han:奇浩然}}，在{{school:昆仑镇中心小学五年级（3）班}}。同学嫌蒙古名长，把姓安在前头，叫他{{minority/mongolian:奇图古勒}}，我在家叫他{{minority/mongolian:图古勒}}。闺女{{minority/mongolian:诺敏其木格}}八岁，生下来耳朵就听不见，戴助听器，在老家跟她奶奶{{minority/mongolian:巴达玛苏德}}过，上{{school:鄂托克前旗特殊教育学校二年级（1）班}}。
访谈者：老家那头谁在管？
受访者：嘎查的儿童主任{{minority/mongolian:奇苏日娜}}跑前跑后，给闺女报了困境儿童，每月{{trap/number:一千零八十元}}，又帮她办了残疾证，两项补贴也拿上了。旗里民政的{{han:贺志峰}}春天入户看过。{{minority/mongolian:巴达玛苏德}}她七十了，眼睛花，还天天给孙女熬{{trap/minority_word:奶茶}}、梳辫子。
访谈者：淄博这边呢？
受访者：社区的儿童主任{{han:翟玉芬}}大姐帮儿子办的入学，还给申请过一回临时救助。班主任{{han:荆雪娇}}老师放学把他留下写作业，等我下了班去接。车间主任{{han:孙立业}}给我排白班。区社工站的{{compound:东郭子谦}}每月来一回，跟他一块来的还有大学生志愿者{{compound:淳于秀琳}}，给儿子补英语。
访谈者：儿子在这边习惯吗？
受访者：刚来哭着要回去，说这边没有草，也没有马。后来一块烧窑的{{han:逯长河}}让他儿子带着玩，两个人天天在一块，现在他说的淄博话比我好，回来喊我俺爹，我听了直笑。星期天我带他去{{trap/place:蒲家庄}}看{{trap/famous:蒲松龄}}故居，他回来把狐狸的故事讲给妹妹听，用手比划。说来也{{trap/word:奇怪}}，妹妹看得懂。
访谈者：窑上的活累吗？
受访者：窑口烤得人脸发烫，一个班十个钟头。头一个夏天我在窑口栽倒过一回，是{{han:逯长河}}把我背出来的。老板{{han:鹿宝田}}听说我家的事，过年多给了一千块。{{minority/mongolian:图古勒}}说以后也学烧瓷，给奶奶烧一盏{{trap/minority_word:祖拉}}，过年在佛龛前点。
访谈者：厂里的人对你们怎么样？
受访者：都实在。会计{{han:展秋红}}帮我把工资分成两份，一份打回老家给闺女买助听器的电池，一份留着给儿子交饭钱。门卫{{han:聂大爷}}下雨天替我去学校接孩子，儿子管他叫爷爷。{{minority/mongolian:哈斯宝力高}}的媳妇{{minority/mongolian:宝鲁尔图雅}}包了饺子就喊我们爷俩过去。信用社那笔钱是{{trap/year:2019年}}贷的，还剩三万，再烧两年窑就能还上。
访谈者：闺女在学校怎么样？
受访者：学手语，也学说话。老师{{minority/mongolian:嘎日迪图雅}}说她聪明，看口型能看懂一半。周五她奶奶骑电动车去接，三十里地，冬天风大，老人家脸冻得通红。{{trap/org:旗残联}}说耳蜗有救助，报上去了，还在排队。闺女在视频里用手语问，{{trap/minority_word:额吉}}去哪了。我说去远处挣钱了。儿子知道，不问。
访谈者：爷俩在这边日子怎么过？
受访者：凑合。刚来那年我不会使这边的煤气灶，把锅烧穿了一个，儿子笑了我好几天。现在我会做这边的炒鸡了，儿子说比食堂的强。晚上下了班，爷俩坐在宿舍门口，他写作业，我看着窑上的烟，想家里的草场这会儿该返青了。草场租给了邻居，一年两千块。等债还清、耳蜗装上，我就回去养羊，一家人在一块。
访谈者：您自己呢？
受访者：我没什么。就是夜里睡不踏实，老梦见闺女在草场上喊我，我听得见，她听不见。醒了就看手机，看她奶奶有没有发视频来。
访谈者：最后麻烦您把登记的信息说一下。
受访者：老家在{{address:鄂托克前旗城川镇大沙头嘎查三社7号}}，这边住{{address:淄川区昆仑镇瓷都路陶瓷厂宿舍3号楼208室}}。我的身份证{{id_number@my1983quad.150623}}，闺女的{{id_number@wy2017fwspaced.150623}}。我电话{{mobile@s434}}，{{minority/mongolian:奇苏日娜}}的{{mobile@plus86}}。我的微信叫{{wechat:qiheri_kiln83}}。儿子的QQ是老师让申请的，交作业用，号码他用圆珠笔写在我安全帽里头：{{qq:3058174926}}。
访谈者：几张表上你们的名字写得一样不一样？
受访者：不一样。低保表上我是{{spaced:其 和 日 巴 雅 尔}}，厂里花名册是{{spaced:奇 文 斌}}，闺女的残疾证上是{{spaced:诺敏　其木格}}，她妈在离婚材料上写成{{spaced:阿迪亚 图雅}}。
访谈者：您现在最大的盼头是什么？
受访者：盼闺女能装上人工耳蜗，听见她奶奶喊一声{{minority/mongolian:诺敏其木格}}。
""")

# H1050: Kham Tibetan mother from 巴塘 who cleans at a hospital in 张店区; her Han husband died on a road site in
# 巴塘 and she raises their son, who has a heart defect, near his grandmother.
DOCS["H1050"] = ("family", """\
访谈者：阿佳，您在医院做保洁多久了？
受访者：两年多了，在{{trap/org:市中心医院}}住院部，扫三层楼。我叫{{minority/tibetan:阿绒志玛}}，老家{{trap/place:巴塘}}，在{{trap/place:金沙江}}边上。我男人姓贾，科室里的人叫我{{han:贾嫂}}，也有叫我{{minority/tibetan:贾志玛}}的。
访谈者：怎么到张店来的？
受访者：我男人{{han:贾德海}}是张店人，十几年前跟着筑路队到巴塘修{{trap/place:318国道}}，我们就认识了。儿子四岁那年，工地上塌方，他没出来。儿子又是先天性心脏病，巴塘看不了，他奶奶{{han:毕桂荣}}说，来淄博吧，这边医院好。
访谈者：儿子现在怎么样？
受访者：十岁了，藏名{{minority/tibetan:扎西翁青}}，家里叫他{{minority/tibetan:扎翁}}，户口上是{{han:贾明轩}}，在{{school:张店区华光路小学四年级（2）班}}。做过两回手术，第一回是{{trap/org:红十字会}}的项目出的钱。心外科的{{han:蔺志刚}}大夫说，{{minority/tibetan:扎翁}}十二岁前还得再做一回。班上有人叫他{{minority/tibetan:贾扎翁}}，两个名字拼一块，他也答应。
访谈者：都有谁搭过手？
受访者：社区的儿童主任{{han:栾玉梅}}给儿子报了困境儿童，重病那一类，每月{{trap/number:九百六十元}}，还帮我们申请了低保。街道民政的{{han:臧国栋}}来核过两回。医院的医务社工{{compound:闻人静怡}}帮我们找了基金会，第二回手术自己只出了三千。护士长{{han:郇晓红}}把我的班排在白天。保洁班长{{han:隋丽萍}}她自己也不容易，还常给{{minority/tibetan:扎翁}}带鸡蛋。职业学院的志愿者{{compound:钟离一帆}}每周来家给他讲数学。班主任{{han:衣老师}}说他作文写得好。
访谈者：第二回手术是怎么做的？
受访者：{{han:蔺志刚}}大夫请了{{trap/place:济南}}的专家来会诊，手术就在这边做。做了六个钟头，我在走廊上坐着，手里攥着阿妈给的{{trap/minority_word:嘎乌}}，一直念经。{{han:郇晓红}}下了班没走，陪我坐到半夜。出来的时候儿子身上插满了管子，看见我还笑。
访谈者：儿子平时上学谁接送？
受访者：我早上六点上班，他自己走着去，学校离家一站地。下午他奶奶去接，她腿不好，走得慢，孩子背着书包在前头等。体育课老师让他在边上帮着记分。他说不难受，可有一回我看见他趴在窗台上看同学跳绳，看了半天。我跟他说，这回手术做完，你也能跳。
访谈者：保洁的活累吗？
受访者：不算累，就是杂。早上先拖走廊，再倒垃圾，中午家属多，地上脏得快，一天拖七八遍。消毒水味大，头两个月我天天头疼，现在闻惯了。工资三千出头，加上低保，娘俩够吃。我不乱花，攒着给儿子做第三回手术。有的病人家属看我穿着藏式的坎肩，拉着我问西藏的事，我说我老家不在西藏，在四川，他们更糊涂了。
访谈者：老家还有谁？
受访者：阿妈{{minority/tibetan:登珠拉姆}}七十了，一个人守着房子和几头牦牛。妹妹{{minority/tibetan:才仁拥措}}才十九，在{{trap/place:康定}}读卫校，放假就回去陪阿妈。弟弟{{minority/tibetan:格绒批措}}在山上捡{{trap/minority_word:松茸}}，钱都给了阿妈。{{minority/tibetan:批措}}他说，等外甥好了，带他回去骑马。村里的儿童主任{{minority/tibetan:益西拥忠}}每月去看阿妈一回。老乡{{minority/tibetan:泽翁卓嘎}}在淄博读护理，周末来家里陪我说说藏话。
访谈者：您跟婆婆处得好吗？
受访者：好。{{han:毕桂荣}}腿不好，住二楼，我下了班先去她那做饭，再回自己屋。她教我摊煎饼，我教她打{{trap/minority_word:酥油茶}}，她喝了说咸。小叔子{{han:贾德江}}在{{trap/place:周村}}开饭店，儿子的学费他出了一半。
访谈者：孩子想老家吗？
受访者：想。他在视频里看外婆跳{{trap/minority_word:弦子}}，跟着手机学。我给他讲{{trap/famous:格萨尔}}的故事，他说格萨尔王也不怕疼。我下了班有时候站在医院楼顶往西边看，再往西几千里就是家，看一会儿心里就静了。
访谈者：您想过回巴塘吗？
受访者：想过。可儿子的病离不开这边的医院，他奶奶也舍不得他。等他身体好了，念完书，让他自己选，想去哪就去哪。
访谈者：最后请您说一下登记的信息。
受访者：老家在{{address:巴塘县中咱镇然日卡村二组16号}}，这边住{{address:张店区公园街道华光小区9号楼2单元501室}}。我的身份证{{id_number@wy1988spaced.513335}}，儿子的{{id_number@my2015tri.370303}}。我电话{{mobile@hyphen}}，{{han:栾玉梅}}的{{mobile@p86h}}。微信是{{wechat:arong_zhima_bt}}。儿子有QQ，号码他念，我一个一个写在拖把间的墙上：{{qq:84160253}}。
访谈者：这些证件上名字都一样吗？
受访者：医院工牌上是{{spaced:阿 绒 志 玛}}，学校把儿子写成{{spaced:扎　西　翁　青}}，妹妹的学生证上是{{spaced:才 仁 拥 措}}，低保表上写成{{spaced:贾 扎 翁}}。
访谈者：您还有什么想说的？
受访者：盼儿子好好长大，回巴塘看看外婆{{minority/tibetan:登珠拉姆}}。
""")

# H1051: Kazakh father from 巩留 who drives a truck out of 蚌山区; his Han wife is in a psychiatric ward, his two
# children live with him.
DOCS["H1051"] = ("family", """\
访谈者：大哥，您开大车几年了？
受访者：八年了。我叫{{minority/kazakh:库尔曼别克·沙依兰}}，哈萨克族，老家{{trap/place:巩留}}，在{{trap/place:伊犁}}。车队在{{trap/place:蚌山区}}，跑{{trap/place:京台高速}}，拉钢材去{{trap/place:合肥}}。车队的人嫌名字长，就叫我{{minority/kazakh:库尔曼别克}}。
访谈者：怎么落在蚌埠的？
受访者：我老婆{{han:葛秀云}}是蚌埠人，以前在{{trap/place:那拉提}}的饭店打工，我们在那边认识的。她生了老二以后得了精神病，时好时坏，重的时候不认人，现在住在{{trap/org:市第五人民医院}}。残疾证是二级，两项补贴都有。
访谈者：孩子们呢？
受访者：儿子{{minority/kazakh:加纳提·库尔曼别克}}十三，学校的表上没有点，连着写成{{minority/kazakh:加纳提库尔曼别克}}，老师叫他{{minority/kazakh:葛加纳提}}，跟他妈姓。他在{{school:蚌山区第十八中学七年级（4）班}}。闺女{{minority/kazakh:古丽达娜·库尔曼别克}}九岁，读{{school:蚌山区大庆路小学三年级（1）班}}，家里叫她{{minority/kazakh:古丽达}}。
访谈者：您出车的时候孩子谁管？
受访者：他大姨{{han:葛秀凤}}住得近，晚上过去看一眼。楼下的{{han:童大娘}}帮着接闺女。社区的儿童主任{{han:訾晓敏}}给两个孩子报了困境儿童，每人每月{{trap/number:八百八十元}}，又帮我们申请了低保。区民政局的{{han:笪海波}}来家看过，说我跑车收入不稳，低保能批。车队老板{{han:蒯志强}}照顾我，尽量派两三天能回来的活。
访谈者：孩子妈妈的病呢？
受访者：医院的{{han:凌建华}}大夫说要长期吃药。我每个礼拜去医院看她一回，她认得我的时候就问孩子，不认得的时候就看着窗户外头。好的时候她也疼孩子，给{{minority/kazakh:古丽达}}扎辫子、冲{{trap/word:葛根}}粉。犯病的时候摔东西，{{minority/kazakh:加纳提}}就拉着妹妹躲到楼道里。区社工站的{{compound:百里鸣珂}}每周来两回，教儿子怎么护着妹妹。跑车的朋友{{compound:呼延振国}}是个热心人，我出车时他常去家里送菜。
访谈者：跑车最难的是什么？
受访者：熬夜，还有想孩子。夜里在服务区睡驾驶室，手机开着视频，看着孩子们睡着了我再睡。有一回闺女半夜发烧，是{{han:童大娘}}抱着去的医院，我在{{trap/place:郑州}}，干着急。车队里还有个哈萨克司机{{minority/kazakh:马合沙提别克}}，老家也在伊犁，我们俩轮着开，路上说哈萨克话，说着说着就不困了。
访谈者：两个孩子自己在家，会做饭吗？
受访者：儿子会下面条，会炒鸡蛋。闺女会洗碗，洗不干净我也夸。我跑车回来头一件事是把冰箱塞满，肉切好分成小袋冻上，一袋一顿。他们吃不惯这边的米饭，爱吃我煮的手抓肉，我一回来就煮一大锅。儿子说阿爸煮的肉有草原的味道，其实肉是菜市场买的，我没告诉他。
访谈者：老家那边呢？
受访者：我阿爸{{minority/kazakh:沙依兰·托合塔尔}}七十多了，还在巩留放羊。今年夏天我带孩子们回去住了十天，{{minority/kazakh:加纳提}}他骑马骑得比我小时候还好。我阿妈{{minority/kazakh:加依达古丽}}给他们做{{trap/minority_word:奶疙瘩}}，晚上在{{trap/minority_word:毡房}}外面听{{trap/minority_word:阿肯弹唱}}。老同学{{minority/kazakh:巴依沙}}在巩留的{{trap/org:县残联}}上班，帮我问过老婆的证能不能转回去。
访谈者：孩子们在学校呢？
受访者：儿子数学好，就是不爱说话，说长大要回伊犁当兽医，给爷爷看羊。闺女活泼，在学校跳了{{trap/minority_word:黑走马}}，班主任{{han:缪老师}}拍了视频发给我。学校让写我的妈妈，闺女写她妈妈病好了会给她扎辫子，老师看哭了，打电话给我。我在{{trap/place:徐州}}卸货，在驾驶室里也哭了。{{han:葛秀云}}她跟我说过，等病好了要去那拉提再看一回草原，我答应了。
访谈者：常年开车，身上落下毛病没有？
受访者：腰椎间盘突出，坐久了腿麻。胃也不好，饭点在路上，有一顿没一顿。去年体检，大夫说我血压高，让我少吃咸的，我们哈萨克人吃肉喝奶茶，哪能不咸。我不敢病，我一病，这个家就没人撑了。每回出车前，闺女都往我包里塞一瓶水，说阿爸多喝水。
访谈者：登记用的信息请您说一下。
受访者：家在{{address:蚌山区黄山大道锦绣花园7栋1单元402室}}，老家{{address:巩留县莫合台镇克孜勒塔斯村五组21号}}。我身份证{{id_number@my1984hyphen.654024}}，儿子的{{id_number@my2011fullwidth.340303}}。电话{{mobile@plus86dash}}，{{han:訾晓敏}}的{{mobile@s38}}。我的微信{{wechat:kurman_truck_bb}}。儿子有QQ，号码他写在驾驶室遮阳板的背面：{{qq:1470395862}}。
访谈者：名字各处写法一样吗？
受访者：不一样。车队合同上是{{spaced:库尔曼别克 · 沙依兰}}，闺女的学籍上是{{spaced:古 丽 达 娜}}，医院的单子上老婆写成{{spaced:葛 秀 云}}，儿子的奖状上是{{spaced:加纳提　库尔曼别克}}。
访谈者：往后有什么打算？
受访者：先把两个孩子供出来，盼老婆的病好一点，一家人回巩留看看阿爸。
""")

# H1052: Yi grandmother from 美姑 raising in 怀远 the three children of her son, killed on a building site; their
# mother went back to 凉山 and remarried. Her grandson translates.
DOCS["H1052"] = ("family", """\
访谈者：阿嫫，您从凉山过来几年了？
受访者：（孙子翻译）三年了。我叫{{minority/yi:瓦扎曲伍}}，老家{{trap/place:美姑}}，在{{trap/place:凉山}}。这边的人叫不来，喊我{{han:苏奶奶}}，跟我儿子的姓。
访谈者：怎么到怀远来的？
受访者：儿子{{minority/yi:苏呷拉格}}前些年跟老乡{{minority/yi:吉好伍各}}出来打工，在{{trap/place:怀远}}的工地干活，把老婆孩子都接来了。前年秋天，他从脚手架上掉下来，没救过来。儿媳妇{{minority/yi:阿尔日呷}}回了凉山，第二年嫁了人，孩子没带走。我就从美姑过来守着三个孙子。
访谈者：出事的时候您怎么过来的？
受访者：{{minority/yi:吉好伍各}}打的电话。我不会坐火车，是村里{{trap/minority_word:毕摩}}的儿子{{minority/yi:阿皮伍沙}}送我到{{trap/place:西昌}}，又陪我坐了两天一夜到蚌埠。到的时候，人已经在殡仪馆了。三个孩子站在门口，大的拉着小的，一声不哭。
访谈者：三个孩子都多大？
受访者：大孙子{{minority/yi:苏呷拉则}}十二，上学用的汉名是{{han:苏晓川}}，在{{school:怀远县城关镇第三小学六年级（2）班}}，老师叫他{{minority/yi:苏拉则}}。孙女{{minority/yi:苏呷史嫫}}九岁，在{{school:怀远县城关镇第三小学三年级（4）班}}。小孙子{{minority/yi:苏呷达体}}六岁，上幼儿园大班。我在家叫他们{{minority/yi:拉则}}、{{minority/yi:史嫫}}、{{minority/yi:达体}}。
访谈者：您一个人带三个孩子，有谁帮？
受访者：社区的儿童主任{{han:陶桂芝}}给三个孩子报了事实无人抚养，每人每月{{trap/number:一千一百五十元}}。镇民政的{{han:鲍振宇}}来过好几回，帮着补材料。儿子的赔偿款，包工头{{han:汪金宝}}一直拖，是法律援助的律师{{compound:申屠承泽}}帮我们打的官司，去年判下来了。县社工站的{{compound:澹台雨薇}}每周来一回，教{{minority/yi:史嫫}}写字，带{{minority/yi:达体}}做游戏。{{minority/yi:拉则}}的班主任{{han:闵老师}}放学给他补语文。
访谈者：赔偿款怎么用？
受访者：存着，一分不动，给三个孩子念书。{{compound:澹台雨薇}}陪我去银行办的定期，存单我缝在枕头里。{{han:陶桂芝}}说这样不稳当，我说我放心。有人上门来借，说做生意还我双倍，我一分没借。
访谈者：您平时做什么？
受访者：在{{trap/place:荆山}}脚下的石榴园给人剪枝、摘果，一天八十。园子老板{{han:倪德胜}}知道我不会说汉话，让{{minority/yi:勒尔阿芝}}跟我一块干，她也是凉山来的，两样话都会。{{minority/yi:勒尔阿芝}}她喊我{{minority/yi:曲伍}}，跟在家里一样。
访谈者：在这边住得惯吗？
受访者：不惯也得惯。这边平，看不见山，夏天热得睡不着，冬天没有火塘，屋里冷。这边人吃面，我们吃荞麦和洋芋。刚来我不敢出门，怕走丢，是孙子拉着我一条街一条街地认。现在我自己去菜市场，卖菜的都认得我，零头不要了。院子里种了几棵洋芋，长得不好，孩子们还是高兴，说跟老家的一样。
访谈者：孩子们想家吗？
受访者：想。{{minority/yi:拉则}}他说要回美姑过{{trap/minority_word:彝族年}}，吃{{trap/minority_word:坨坨肉}}。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。{{minority/yi:史嫫}}说这边也有故事，老师讲{{trap/famous:大禹}}在{{trap/place:涂山}}娶媳妇。{{trap/minority_word:火把节}}那天我们在院子里点了一小堆火，邻居{{han:汪大爷}}端着碗过来看，说像过年。
访谈者：孩子们的妈妈还联系吗？
受访者：过年打一回电话。她在那边又生了一个，日子也紧。孩子们接了电话不说话，挂了以后大孙子一个人出去坐在河堤上。我不怪她，她年轻，一个人拉扯不了三个。
访谈者：孩子们在学校好吗？
受访者：大的爱打篮球，数学考过全班第二，{{han:闵老师}}在家长会上表扬他，我听不懂，是他回来翻给我的。小的爱哭。孙女怕同学笑她的口音，在家也不肯说彝话了。我心里难受，冬天还是给她披上{{trap/minority_word:察尔瓦}}，她说暖和。
访谈者：您身体还好吗？
受访者：腿疼，眼睛也花了，穿针要孙女帮忙。前年冬天我发高烧，躺了三天，是大孙子去社区卫生站请的医生，又给弟弟妹妹煮饭。那几天我想，我要是走了，三个孩子怎么办。病好了以后，我把家里的事都教给大孙子，钱放哪，证件放哪，有事找谁，他都记在本子上。
访谈者：请您说一下登记的信息。
受访者：老家在{{address:美姑县洪溪镇阿卓村三组12号}}，现在住{{address:怀远县城关镇荆山路石榴巷14号}}。我的身份证{{id_number@wy1963.513436}}，大孙子的{{id_number@my2012x.513436}}。我电话{{mobile@spaced}}，{{han:陶桂芝}}的{{mobile@fws}}。孙子帮我注册了微信，叫{{wechat:suga_laze12}}。大孙子有个QQ，号码他拿小刀刻在床头的木板上：{{qq:527318094}}。
访谈者：判决书和学校的表上名字写得一样吗？
受访者：判决书上我是{{spaced:瓦　扎　曲　伍}}，学校把大孙写成{{spaced:苏 呷 拉 则}}，低保表上孙女是{{spaced:苏呷 史嫫}}，老乡写成{{spaced:吉好 伍各}}。
访谈者：您盼着什么？
受访者：盼三个孙子长大，回美姑给他们阿爸{{minority/yi:苏呷拉格}}上坟。
""")

# H1053: Han community worker in 博山 (城西街道) reading out her list of children in distress.
DOCS["H1053"] = ("staff", """\
访谈者：您手里这是什么本子？
受访者：我们社区的困境儿童花名本。我叫{{han:亓秀娟}}，在{{trap/place:博山区}}{{trap/place:城西街道}}的社区干了九年。我挨个念，你听着。
访谈者：好。
受访者：头一户，户主{{han:都满仓}}，{{han:都满仓}}都七十三了，带孙女{{han:都晓萌}}，九岁，街坊喊她{{han:萌妮儿}}，在{{school:博山区城西小学三年级（3）班}}。儿子{{han:都金柱}}盗窃判了，还有两年；儿媳走了。孙女领服刑人员子女补助，每月{{trap/number:七百二十元}}。住{{address:博山区城西街道琉璃街17号}}，老人的身份证{{id_number@my1952.370304}}。
访谈者：下一户？
受访者：{{han:有凤琴}}，四十五，尿毒症，一周透析三回，{{han:有凤琴}}有时候自己坐公交去。男人早年在矿上走了。儿子{{han:房东升}}十四，在{{school:博山区第六中学八年级（1）班}}，{{han:房东升}}他放了学去菜市场帮人卸货。低保全额。
访谈者：再下一户？
受访者：{{han:还海军}}，男，十岁，爸妈离了婚都不管，跟姥姥{{han:能秀芝}}过，算事实无人抚养。{{han:还海军}}还小，老往{{trap/place:孝妇河}}边跑。我每回去，跟{{han:能秀芝}}能说上半天话。住{{address:博山区城东街道西冶街5号2单元301室}}，孩子的身份证{{id_number@my2015hyphen.370304}}。
访谈者：接着呢？
受访者：这户是孤儿，{{han:綦若涵}}，女，十三，爸妈出车祸走了，跟奶奶{{han:和淑贞}}。孤儿基本生活费每月{{trap/number:一千四百六}}。我常跟{{han:和淑贞}}和她邻居说，孩子上高中的钱有助学金，别愁。
访谈者：第五户？
受访者：第五户说来好笑，户主就姓第五，叫{{compound:第五立军}}，肢体残疾二级，坐轮椅，两项补贴都有。他闺女{{compound:第五佳琪}}七岁，每天推着她爸去{{trap/place:颜神古镇}}晒太阳。住{{address:博山区山头街道陶瓷馆路8号1单元102室}}，他的身份证{{id_number@my1984spaced.370304}}。
访谈者：还有吗？
受访者：最后一户，{{han:邢家旺}}，男，十二，妈妈精神残疾，爸爸在外地不回来，跟妈妈和舅舅{{han:邢国庆}}过。舅舅腿也不好，在{{trap/org:琉璃厂}}看大门。{{han:邢家旺}}说他长大要当警察，把他爸抓回来。孩子报了困境儿童，每月{{trap/number:六百九十元}}。
访谈者：这些孩子都是怎么找着的？
受访者：靠腿。老城区都是老楼，年轻人出去了，剩下老的带小的。老的一倒，小的就没人管。去年有个孩子一礼拜没去上学，老师打电话没人接，我爬上五楼敲门，奶奶摔在地上起不来，孩子守在边上，饿了啃干馒头。从那以后，楼长见了哪家不对劲，先给我打电话。三号楼的楼长{{han:尹也平}}也是个热心肠，退休前是中学老师，哪家孩子作业不会，她就叫到自己家去讲。
访谈者：这些户谁在跟？
受访者：街道民政办的{{han:鞠主任}}总负责，材料报到区{{trap/org:民政局}}。社区跟我一块跑的是{{compound:公孙瑞霖}}，区里的督导叫{{compound:左丘慧敏}}，心理咨询师{{compound:濮阳红梅}}每月来一次。网格员{{han:马路遥}}，他爹喜欢{{trap/famous:路遥}}的书，就给他起了这个名。残联的{{han:宫晓东}}帮{{compound:第五立军}}换过一回轮椅。
访谈者：怎么联系他们？
受访者：{{han:都满仓}}耳朵背，打电话得找他对门；{{han:有凤琴}}的电话{{mobile@plain}}，我的工作电话{{mobile@h38}}，工作微信{{wechat:qxj_bsxw2016}}。{{han:房东升}}有QQ，他夜里睡不着会在上面跟我说两句，号码他自己报给我，我抄在花名本背面：{{qq:2960481735}}。
访谈者：本子上的名字有写岔的吗？
受访者：不少。同事被写成{{spaced:公 孙 瑞 霖}}，{{spaced:都 满 仓}}，{{spaced:能　秀　芝}}，孤儿那张写成{{spaced:綦若 涵}}。我拿红笔圈出来了，下回报表改。
访谈者：过年过节呢？
受访者：过年我们给每户送一桶油、一袋面，孩子们一人一个书包。中秋社区包饺子，把老的小的都叫来。有个孩子吃完了偷偷揣了两个，说给奶奶留的。
访谈者：这么多户，您跑得过来吗？
受访者：跑不过来也得跑。社区四个人，两千多户，我管这一片。早上先去透析那户，看看人回来没有；中午去学校问问几个孩子；下午入户，晚上整材料。我骑电动车，一年骑坏两块电池。老城区坡多，推着车上坡，腿都打颤。可一进门，孩子喊你一声姨，就觉得值。
访谈者：最难的是什么？
受访者：孩子把心关着。{{han:綦若涵}}一开头只点头摇头，我就陪她叠纸鹤，叠到第二十只，她跟我说了她妈的事。{{han:萌妮儿}}倒是爱说，见了我就问，她爸啥时候回来。我答不上，只能说快了。做这个活，心里得装得下事，回家还得笑着给自家孩子做饭。有时候夜里想起哪家孩子，睡不着，就起来给她奶奶发条信息，问一句孩子睡了没有。
""")

# H1054: Han children's officer (儿童主任) of a village in 五河 going through her WeChat chats with parents who work
# away and with the children.
DOCS["H1054"] = ("staff", """\
访谈者：{{han:卞主任}}，您管多少孩子？
受访者：我是{{trap/place:五河县}}{{trap/place:沱湖乡}}一个村的儿童主任，叫{{han:卞玉霞}}，管十一个困境儿童。家长大多在外头打工，说事都在微信上。我翻着聊天记录跟你说。
访谈者：好。
受访者：这个头像是{{trap/word:向日葵}}的，是{{han:向海涛}}，在{{trap/place:昆山}}电子厂。老婆跑了，两个孩子跟奶奶。他微信是{{wechat:xianght_ks0512}}，每周六晚上给我发语音，问孩子考得咋样，说今年过年一定回来，去年也这么说。大的{{han:向思语}}在{{school:沱湖乡中心小学五年级（1）班}}，小的叫{{han:小丫}}，才四岁。
访谈者：这个呢？
受访者：这个是{{han:要翠萍}}，在{{trap/place:杭州}}做保姆，男人瘫在床上。{{han:要翠萍}}要是一周不回消息，我就去她家看看。她儿子{{han:管晓东}}在县城读初中，有QQ，号码他发给我了：{{qq:73519402}}。
访谈者：都是家长吗？
受访者：也有老人。{{han:把桂兰}}七十一，儿子儿媳在监狱，一个贩毒一个帮着藏。{{han:把桂兰}}把孙子带得干干净净，孙子{{han:小毛}}八岁，领服刑人员子女补助，每月{{trap/number:六百八十元}}。她不会打字，我给她录视频。孙子每个月盼着监狱那一回亲情电话，打完了能高兴好几天。她家住{{address:五河县沱湖乡卞庄村二组9号}}，身份证我拍了照存着：{{id_number@wy1954.340322}}。
访谈者：有没有孩子自己加您的？
受访者：有。{{han:孔德让}}让我帮他问过高中助学金，他十六，爸爸癌症走了。他的微信{{wechat:kdr_wuhe2008}}，QQ是{{qq:1092846375}}，半夜还在线，我就骂他。他妈{{han:詹秀兰}}在{{trap/place:苏州}}，电话{{mobile@fullwidth}}。
访谈者：这个头像是个小孩的？
受访者：是{{han:倪凤娇}}，在{{trap/place:宁波}}鞋厂，闺女{{han:倪欣妍}}有先天性白内障，做了手术，还得配眼镜。{{han:倪凤娇}}她微信叫{{wechat:nfj_ningbo_xie}}，每回发工资先转五百给我，让我给孩子买奶粉，我说这钱我不能收，她非转，我就记个账，买了东西拍照片给她看。
访谈者：县里乡里谁管你们？
受访者：乡民政办的{{han:岳立平}}，县{{trap/org:民政局}}儿童股的{{compound:太史鸿远}}，每季度下来查台账。乡社工站的{{compound:万俟晓燕}}跟我一块入户，大学生志愿者{{compound:宗政书瑶}}暑假来给孩子们上课。我有拿不准的就找{{han:岳立平}}，他说这事你{{trap/word:要紧}}着办。村支书{{han:计红梅}}也帮着跑过医院。
访谈者：微信上说事方便吗？
受访者：方便也麻烦。有的家长半夜发语音，一发十几条，都是哭。{{han:向海涛}}有回喝多了，说他对不起孩子。我第二天就去他家，给他娘说明白孩子的补助咋领。有的家长换了号不说，我得找他亲戚问。也有家长嫌我管得宽，说孩子他自己会管，我就把成绩单发过去，他就不吭声了。{{han:要翠萍}}的号换过三回，现在是{{mobile@s74}}。
访谈者：村里这样的孩子多吗？
受访者：多。{{trap/place:沱湖}}边上的村子，十户里有七户是老人带孩子。村部腾了一间屋，放学后孩子们来写作业，我看着。夏天怕孩子下湖洗澡，我每天傍晚沿着湖堤走一圈，看见了就撵回去，撵得他们见了我就跑。
访谈者：您自己家里呢？
受访者：我男人包了几亩螃蟹塘，儿子在县城上高中。儿童主任一个月补贴几百块，不图这个，就是见不得孩子受罪。有时候忙到半夜，我男人嘟囔，说我手机里别人家的孩子比自家的多。我说咱家孩子爹娘都在跟前，他们没有。
访谈者：您怎么记得住这么多事？
受访者：靠本子，也靠手机。每个孩子我建了一个相册，拍作业、拍奖状、拍体检单，家长问起来我翻给他们看。有个当爹的说，他是看我拍的照片才知道闺女长高了，说着说着在电话那头哭了，我也跟着掉眼泪。县里的报表系统隔一阵就改，我儿子放假回来手把手教我。眼睛花了，字得放大了看，一张表填一晚上，填完了腰都直不起来。
访谈者：孩子们呢？
受访者：{{han:小丫}}见了我就喊姨。{{han:小毛}}爱画画，画了一张{{trap/place:浍河}}，挂在村部。我们这的孩子都知道{{trap/famous:卞和}}献玉的故事，{{han:小毛}}还问过我，你跟卞和是不是一家。有个孩子被同学欺负了，不跟奶奶说，先在微信上跟我说，我去学校找了老师，事情才了了。
访谈者：名册上名字有错吗？
受访者：有。乡里名单上是{{spaced:万 俟 晓 燕}}，{{spaced:向 海 涛}}，还有{{spaced:把桂 兰}}。我自己有{{trap/word:把握}}的都改了。
访谈者：最后您想说什么？
受访者：想让这些孩子知道有人惦记着。我手机里存着他们每个人的生日，到了那天，就给他们发个红包，八块八，图个吉利。
""")

# H1055: Han uncle in 临淄 (齐都镇) raising his brother's daughter; the brother is in prison, the mother left.
DOCS["H1055"] = ("family", """\
访谈者：大哥，侄女跟着您几年了？
受访者：四年了。我叫{{han:巩有田}}，{{trap/place:临淄}}{{trap/place:齐都镇}}的，种地，冬天去{{trap/org:齐鲁石化}}的工地打零工。村里人说{{han:巩有田}}有两个闺女还不够，又揽一个。
访谈者：孩子爸爸妈妈呢？
受访者：俺兄弟{{han:巩有林}}，跟人搞集资，钱收不回来，判了七年，在{{trap/org:鲁中监狱}}。他媳妇{{han:晏春霞}}去了{{trap/place:青岛}}，又找了人家，一年打一回电话。侄女{{han:巩欣悦}}那年才七岁，俺们叫她{{han:悦妮儿}}，俺媳妇{{han:路桂香}}说，咱不管谁管。
访谈者：孩子刚来的时候怎么样？
受访者：不说话，吃饭扒拉两口就放下。夜里做噩梦，喊她妈。俺媳妇就搂着她睡，一搂就是半年。后来她慢慢开口了，先跟俺小闺女说话，再跟俺们说。头一回叫俺大爷，俺躲到院子里抽了三根烟。俺兄弟进去的时候就托付了俺一句话，你给俺看好闺女，俺不能不应。
访谈者：孩子现在多大了？
受访者：十一了，在{{school:临淄区齐都镇中心小学五年级（2）班}}。班主任{{han:鲍老师}}对她好，常把她留在办公室吃饭。俺跟孩子开玩笑，说{{han:管主任}}和{{han:鲍老师}}，跟{{trap/famous:管仲}}和{{trap/famous:鲍叔牙}}一样，都是好人。
访谈者：{{han:管主任}}是谁？
受访者：镇民政办的{{han:管主任}}，大名{{han:管振华}}。他说的话{{trap/word:管用}}，孩子的服刑人员子女补助，每月{{trap/number:七百五十元}}，是他跑下来的。村委会的儿童主任{{han:田秀芹}}每月来一回，问孩子吃得咋样、穿得咋样。学校新来的心理老师{{han:才丽华}}才来半年，就跟孩子处得跟姊妹似的。
访谈者：您家里两个闺女呢？
受访者：大的{{han:巩欣彤}}上初中，小的{{han:巩欣然}}跟{{han:悦妮儿}}一个年级。三个孩子挤一间屋，也打架，打完了又好。{{han:巩欣彤}}也让着妹妹们，放学先给她俩辅导作业。邻居{{han:隋大婶}}看孩子们穿得单薄，给织了三件毛衣，一人一个色。
访谈者：还有谁帮过你们？
受访者：区社工站的{{compound:南宫思琪}}每月来，带孩子去{{trap/place:齐国故城}}遗址博物馆，看{{trap/place:殉马坑}}，回来写了一篇作文。监狱教育科的{{compound:慕容千山}}警官安排过两回视频会见。法律援助中心的{{compound:轩辕景行}}律师帮俺们问过减刑。俺兄弟在视频里哭，说对不起孩子。
访谈者：孩子问过她爸吗？
受访者：问过。俺没瞒她，说你爸犯了错，在里头改。她不吭声，晚上抱着她爸给她买的布娃娃睡。她在学校踢{{trap/word:蹴鞠}}，老师说这是咱临淄传下来的，她踢得好，拿了奖状，非要寄给她爸。她跟同桌{{han:鹿晓晴}}最好，两个人一块上学一块回。
访谈者：孩子的学习怎么样？
受访者：数学好，语文差点，作文老写不长。老师说她心里有事，写不出来。俺不懂这些，就让俺大闺女陪她读书，一晚上读一篇。上回考了九十二，回来非让俺在卷子上签字，签完了又拿去给她奶奶看。逢年过节，俺带她去她爷爷坟上烧纸，让她磕头，说你爸在外头，你替他磕。
访谈者：她妈回来看过吗？
受访者：回来过一回，带了一箱子衣裳、一箱子零嘴。孩子躲在屋里不出来，她妈在院子里哭，俺媳妇两头劝。走的时候孩子送到村口，也没哭，回来跟俺说，大爷，俺不怪她。十来岁的孩子说这话，俺心里不是滋味。
访谈者：这几年您扛得住吗？
受访者：难。地里挣不了几个钱，俺媳妇在镇上饭店刷碗。钱紧的时候，俺就跟{{han:路桂香}}商量，先紧着孩子。俺娘{{han:孟玉兰}}八十了，也要人伺候。有一年冬天侄女得了肺炎，住了十天院，钱是{{han:田秀芹}}帮着申请的临时救助，俺到现在都记着。村里也有说闲话的，说犯人的孩子。俺跟孩子说，你爸是你爸，你是你，好好念书，谁也看不扁你。她听进去了，现在在班里当学习委员，回来还教俺小闺女做题。
访谈者：登记表上要填的您说一下。
受访者：家在{{address:临淄区齐都镇河崖头村五组18号}}，俺兄弟原来住{{address:临淄区闻韶街道桓公路36号4单元202室}}。俺的身份证{{id_number@my1978fwhyphen.370305}}，孩子的{{id_number@wy2013.370305}}。俺电话{{mobile@plus86spaced}}，{{han:田秀芹}}的{{mobile@h38}}。俺的微信{{wechat:gongyoutian_qd}}。孩子有个QQ，跟她妈说话用，号码她抄在俺家日历上：{{qq:6183927405}}。
访谈者：名字在表上写对了吗？
受访者：有写错的。社工站把律师写成{{spaced:轩　辕　景　行}}，学校表上是{{spaced:巩 欣 悦}}，监狱的单子上是{{spaced:巩有 林}}。
访谈者：您最后想说什么？
受访者：盼孩子好好念书，等她爸出来，俺把一个囫囵闺女交还给俺兄弟{{han:巩有林}}。
""")

# H1056: Han primary-school head teacher (班主任) in 固镇 going through the children in distress of her class.
DOCS["H1056"] = ("teacher", """\
访谈者：{{han:詹晓雯}}老师，您班上有几个困境儿童？
受访者：五个。我在{{school:固镇县连城镇中心小学四年级（2）班}}当班主任，第七年了。{{trap/place:固镇}}出去打工的多，孩子一大半是留守的，真正难的是这五个。
访谈者：您一个一个说吧。
受访者：头一个{{han:缪永和}}，十岁。他爸在{{trap/place:无锡}}工地上摔伤了腰，瘫了，回来躺着；他妈走了。{{han:缪永和}}和他奶奶{{han:郑凤英}}过，他爸有残疾证，两项补贴有，孩子报了困境儿童。他不爱说话，作业本上字写得小小的。
访谈者：第二个？
受访者：第二个是孤儿，{{compound:夏侯佳怡}}，爸妈一个病一个车祸，前后不到两年都走了。她跟舅舅{{han:卜长山}}，舅舅在{{trap/place:垓下}}那边开三轮。孤儿基本生活费每月{{trap/number:一千三百七}}，镇民政办的{{han:项主任}}帮着办的。{{compound:夏侯佳怡}}她爱看书，借书卡借满了。
访谈者：第三个？
受访者：第三个{{compound:欧阳子轩}}，爸爸因为诈骗在服刑，妈妈{{han:焦丽娜}}在{{trap/place:上海}}送外卖，孩子跟外公。外公耳朵背，开家长会都是我打电话喊。{{compound:欧阳子轩}}上学期跟人打架，说人家骂他爸是骗子。我把两个孩子都叫到办公室，一人说一遍，说完了让他们握手。
访谈者：第四个？
受访者：第四个{{han:蒲小满}}，爸妈都是聋哑人，在镇上修鞋。孩子是家里的嘴，跑银行、跑医院都是她去说。上回她爸在集上跟人起了争执，是她挤进去连比划带说，把事说清楚的。她妈{{han:蒲桂琴}}的微信{{wechat:pgq_xiuxie1985}}，我们俩打字聊。{{han:蒲小满}}想当手语老师。
访谈者：第五个？
受访者：第五个{{han:能浩宇}}，爸爸白血病，在{{trap/org:蚌医一附院}}住了大半年，家里欠了三十多万，低保批了。{{han:能浩宇}}能吃苦，每天早上先给他爸熬粥再来上学，常迟到，我不说他。班上同学凑了一千二百块钱，他不肯收，我说这是同学们的心意，他才收下。他妈{{han:常玉霞}}在医院陪床，我去看过两回。
访谈者：学校怎么帮？
受访者：校长{{han:岳振东}}让每个老师认一个孩子当小亲戚，逢年过节去家里走走。{{compound:诸葛芷兰}}是学校唯一的心理老师，她把这五个孩子编成一个小组，每周三下午摆沙盘。社工{{compound:上官溪月}}带他们在学校后墙根种了一小块菜地，种的豆角收了给食堂。助学金的事归教导处，还是{{han:项主任}}，他说这是个长期{{trap/word:项目}}，不能一阵风。食堂的{{han:柏师傅}}给这几个孩子打饭多打一勺。
访谈者：班上的孩子怎么对他们？
受访者：起先有人躲着，说谁家穷，谁家有人蹲大牢。我没讲大道理，让全班每人写一件自己家里的难事，不写名字，我念。念到一半，好几个孩子哭了。从那以后，谁带了好吃的都往这几个桌上放。
访谈者：您常去家访吗？
受访者：一学期每家至少跑两趟。有一家孩子的书桌是砖头垫着一块木板，我跟校长说了，学校给了一张换下来的旧课桌，孩子自己扛回去，那天高兴得饭都没顾上吃。还有一家，爷爷不让我进门，说老师来准是孩子闯了祸，我在门口把孩子夸了一通，他才让我进去，还非留我吃饭。
访谈者：家长那边呢？
受访者：难找。{{han:焦丽娜}}送外卖，电话常打不通，我就在微信上留言。{{han:卜长山}}不识字，我去他家，他家在{{address:固镇县连城镇卜圩村三组11号}}。我的电话{{mobile@p86n}}，家长都存着。孩子们有QQ的，我都加了，{{han:能浩宇}}的是{{qq:405718263}}，他在医院走廊上写作业，写完了拍照片发给我看。
访谈者：做班主任最难的是什么？
受访者：最难的是孩子难受，我帮不上。有一年母亲节，我让孩子们给妈妈写封信，收上来才想起班上有几个孩子妈妈不在跟前。那个没了爸妈的小姑娘，信是写给天上的。我看了一宿没睡着。从那以后，布置作业前我都先掂量掂量，会不会扎着哪个孩子。
访谈者：孩子们喜欢什么？
受访者：{{han:缪永和}}爱听{{trap/famous:项羽}}和{{trap/famous:虞姬}}的故事，说垓下就在咱这。{{compound:夏侯佳怡}}想当作家。{{compound:欧阳子轩}}跑步快，运动会拿了第一，他外公在操场边上拍巴掌。有一回我带他们去县城看电影，好几个孩子是头一回进电影院，回来一路上都在学里头的人说话。
访谈者：花名册上名字有错的吗？
受访者：有。助学金的表上{{spaced:夏 侯 佳 怡}}中间空了格，县里名单把心理老师写成{{spaced:诸　葛　芷　兰}}，{{spaced:缪 永 和}}也空开了，还有{{spaced:欧阳 子轩}}。孩子的身份证我那有一张复印件，{{id_number@wy2014quad.340323}}，是{{han:蒲小满}}的，办助学金用。
访谈者：最后想说什么？
受访者：盼这几个孩子都能念完书。最让我放心不下的，还是{{han:缪永和}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1049,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout132",))


if __name__ == "__main__":
    main()
