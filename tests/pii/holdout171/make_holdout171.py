# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 171 (tests/pii/holdout171/H1353-H1360 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 170, written at the same time, is not
an earlier set).

Set 171 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
陵城 and 商河 (Shandong): a Mongolian grandmother from 翁牛特旗 raising in 陵城 a grandson whose parents divorced and
left; a Kham Tibetan father from 稻城 who drives a delivery van in 商河 and raises alone a son with cerebral palsy; a
Hui father from 康乐 who keeps a lamb-soup stall in 许商街道 while his wife is in prison; a Kazakh mother from 富蕴
who minds spinning frames in a 陵城 textile mill and raises twin girls after their father died; a Han 儿童主任 in
安仁镇 reading out her list; a Han community worker in 临齐街道 taking calls and WeChat voice messages during the
interview; a Han uncle in 玉皇庙镇 raising the daughter of his sister, who died of cancer; and a Han primary-school
head teacher in 郑家寨镇 talking about a boy who lives with his deaf grandmother. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(温都苏巴特尔, 乌兰娜布其, 宝鲁德巴图) and with a short form (腾吉斯巴雅尔 then 腾吉斯他), a Han surname before a
Mongolian given name (鲍托娅, 鲍腾吉斯) and the Han name and nickname of the same boy (鲍梓睿, 小睿); Kham Tibetan
names of 稻城 (洛绒次里, 呷绒批初, 泽仁旺姆, 扎西翁堆, 降央翁堆, 益西央金, 洛绒松吉) with short forms (次里哥, 批初),
a Han surname before a Tibetan given name (许批初, the mother's surname joined to the Tibetan name by the school) and
the boy's Han name (许嘉禾); Han-form Hui names (冶海林, 马秀娟, 冶俊豪, 冶梦瑶, 韩学礼阿訇) beside 经名 used alone
(亚辛, 苏麦亚, 哈克木, 娜迪雅她, 赛义夫, 赛达, 沙里哈, 玉素夫, 苏玛雅) and after a Han surname (冶哈克木, 妥穆萨);
Kazakh given name + father's name with and without the dot (娜孜古丽·哈布力, 阿斯勒·巴依肯, 阿依格林·阿斯勒,
阿依萨娜·阿斯勒, 阿依格林阿斯勒), single names and short forms (娜孜古丽, 阿依萨娜她, 扎米拉, 古丽扎提, 波拉提,
阿斯勒) and forms of address made from them (小娜孜, 大阿依, 小阿依); Han names with common and rare surnames of the
region (佀, 仉, 郄, 籍, 盖, 厉, 虢, 郗, 郇, 逯, 逄, 亓, 扈, 仝, 矫, 冀, 卞, 禹, 种, 督, 蔺, 展, 宫, 苑, 庞, 满, 初, 尚,
商, 信, 邢, 仇); surnames that are also ordinary words directly before and after grammar words (还晓燕还在,
才秀云才上来过, 要晓丽要是有事, 被海军被我, 马秀娟被判, 有丽娜有空, 都玉芹都替我, 和德顺和奶奶, 先向向秀萍问问,
能德胜能干, 把志刚把人, 也思远也懂事, 俺让让晓楠, 就是就秀岩) and as the first or last character of a given name
(禹德才才过了百天, 尚永和和俺们说, 龚向阳向俺告状), beside ordinary words and places that start with a surname
character of the voices (郑重 beside 郑宪章, 商河 beside 商玉芹, 郑家寨镇, 许商街道) and famous names (郑和, 大禹 beside
禹田田, 颜真卿); names that contain words (被海军, 郭小满, 初一帆, 龚向阳, 苑长庚, 禹田田); titles and kin words after
names (蔺雪芹老师, 要晓丽老师, 仝丽娟大夫, 时雨辰老师, 展秋霞老师; the span is the name only), a surname with only a
title or kin word, annotated whole (鲍奶奶, 仉主任, 邢大娘, 仇大夫, 信站长, 冶老板, 冶哥, 卞嫂, 矫主任, 冀姐, 籍大哥,
盖校长, 厉大嫂, 佀姨, 虢所长, 逯书记, 督大姐, 种大爷, 邵老师, 黎大爷), nicknames and local forms of address, annotated
whole (小睿, 小郗, 田妮儿, 庆和); names directly before particles, pronouns and verbs (腾吉斯他, 娜迪雅她, 禹德才他,
田妮儿她, 让晓楠啊, 郭小满说) and after 叫/是/给/跟/找/让/和 (给初建军打电话, 找苑长庚, 让初一帆教), and names
closing the last sentence (心疼腾吉斯。,
谢的是要晓丽。, 答应过马秀娟。, 谢的是网格员就秀岩。, 对得起俺姐郭庆霞。, 得谢村里的佀素英。); names spaced out
character by character in half- and full-width spaces (托 娅 高 娃, 洛 绒 次 里, 冶 哈 克 木, 阿 依 格 林,
娜 孜 古 丽, 端 木 予 安, 呼 延 书 瑶, 夏 侯 砚 秋, 轩 辕 景 和, 闻 人 子 默, 羊 舌 晨 曦, 向　雨　桐, 牛　文　博,
郭　庆　和, 初　一　帆), dotted names with spaces around the dot (阿依萨娜 · 阿斯勒, 阿 斯 勒 · 巴 依 肯) and names
split in two (腾吉斯　巴雅尔, 呷绒　批初, 娜孜古丽 哈布力, 苏麦 亚, 能佳 琪, 郭庆 霞, 东郭 素秋); compound surnames after
ordinary words (端木, 百里, 呼延, 漆雕, 公西, 乐正, 公良, 壤驷, 夏侯, 钟离, 轩辕, 鲜于, 司空, 太叔, 司寇, 闻人, 梁丘,
羊舌, 东郭, 南门); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:佀桂荣}}``, ``{{qq:30574819}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1955tri.150426}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 哥) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 才, 还, 被, 要, 他, 她, 啊) are outside the span; a surname with
only a title or kin word (鲍奶奶, 仉主任, 卞嫂, 佀姨) and a nickname or local form of address (小睿, 小郗, 田妮儿,
庆和) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (鲍梓睿, 许嘉禾, 冶海林, 马秀娟) are
category han; a Han surname before a non-Han given name (鲍托娅, 鲍腾吉斯, 许批初, 冶哈克木, 妥穆萨) is category
minority, as are forms of address made from a non-Han name (小娜孜, 大阿依, 小阿依).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout171/make_holdout171.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(171_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "137", "138", "150", "151", "153", "155", "157", "158", "166",
                   "176", "178", "181", "183", "186", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1353: Mongolian grandmother from 翁牛特旗 raising in 陵城 a grandson whose parents divorced and left.
DOCS["H1353"] = ("family", """\
访谈者：奶奶，听口音您不是本地人？
受访者：不是，{{trap/place:翁牛特旗}}的，{{trap/place:赤峰}}底下。我叫{{minority/mongolian:托娅高娃}}，老头子姓鲍，这楼里的人都喊我{{han:鲍奶奶}}。户口本上写的是{{minority/mongolian:鲍托娅}}，派出所嫌长，把后俩字去了。
访谈者：您怎么到{{trap/place:陵城}}来的？
受访者：跟着儿子来的。儿子{{minority/mongolian:满都呼巴图}}在这边轴承厂开车床，娶了本地媳妇{{han:还晓燕}}，有了孙子，我就过来看孩子，一看九年。前年两口子离了，{{minority/mongolian:满都呼巴图}}去{{trap/place:鄂尔多斯}}下井，一年多没往家打一分钱；{{han:还晓燕}}还在济南开美甲店，又成了家。谁也不要这孩子。
访谈者：您老伴呢？
受访者：走了十二年了。他叫{{minority/mongolian:温都苏巴特尔}}，在旗里当兽医，给人家的马看病看了一辈子。他要是还在，这孩子不至于这样。
访谈者：孙子多大了？
受访者：十岁了。蒙古名是我起的，{{minority/mongolian:腾吉斯巴雅尔}}，上户口用的汉名叫{{han:鲍梓睿}}。学校点名册上又是一个样，写的{{minority/mongolian:鲍腾吉斯}}，老师说这么好念。他在{{school:陵城区实验小学四年级（3）班}}。在家我喊他{{minority/mongolian:腾吉斯}}，他同桌喊他{{han:小睿}}。
访谈者：孩子知道爸妈的事吗？
受访者：瞒不住。{{minority/mongolian:腾吉斯}}他白天跟没事人一样，夜里抱着他爸的旧褂子睡。他妈半年来一回电话，开口就问考多少分，孩子把电话一扣，跑到阳台上蹲着。
访谈者：他爸还跟孩子联系吗？
受访者：过年打来过一回，说等井下挣够了钱就来接他。{{minority/mongolian:腾吉斯}}拿着电话一声不吭，挂了就下楼踢球，踢到天黑才上来。我没问他，给他煮了一锅羊肉，他吃了三碗。第二天他问我，奶奶，我爸是不是不要我了。我说你爸要你，就是他自己还没活明白。这话我自己都不信。
访谈者：您一个人带，谁帮着？
受访者：社区的儿童主任{{han:才秀云}}才上来过，拎了一袋面。手续都是她跑的，说孩子他爸一年多联系不上，算失联，给报了事实无人抚养，一个月{{trap/number:一千三百六十块}}。街道民政办的{{han:仉振华}}来核了两回，{{han:仉主任}}说话慢，办事不含糊。区社工站的{{compound:端木予安}}每礼拜三下午来陪孩子写作业，跟她一块来的大学生{{compound:百里安澜}}教他下象棋。楼下的{{han:邢大娘}}天天帮我接孩子，她大名叫{{han:邢翠环}}，比我小十岁，我俩常一块儿去早市。
访谈者：孩子在学校怎么样？
受访者：功课中不溜，跑得快，运动会拿了第一。有回同学笑话他没爹没娘，他跟人家打起来了。班主任{{han:蔺雪芹}}老师把两家大人都叫去，谁也没偏，还在班上讲了啥叫困境儿童。后来那孩子跟{{han:鲍梓睿}}成了好朋友，{{han:蔺雪芹}}说这叫不打不相识。
访谈者：您自己身体呢？
受访者：七十了，血压高，膝盖也不行，上五楼得歇两回。社区卫生站的{{han:仇大夫}}每月上门给我量一回血压。最怕哪天我倒下了，孩子咋办。我跟{{han:才秀云}}说过，她说真到那一天，街道和社区给兜着。老家还有我闺女{{minority/mongolian:乌兰娜布其}}，在{{trap/place:乌丹}}开奶食店，说要接孩子回去，孩子不走，说这边有他的同学。
访谈者：孩子放了学都干啥？
受访者：写完作业就趴在窗台上画马。他说翁牛特的马腿长，跑起来像风。{{compound:端木予安}}看了说画得好，把画送到区里参加比赛，得了个三等奖，奖状贴在门后头，来个人他就领着去看。
访谈者：家里还过老家的日子吗？
受访者：过。早上熬{{trap/minority_word:奶茶}}，泡{{trap/minority_word:炒米}}，孙子最爱吃{{trap/minority_word:奶豆腐}}，闺女一个月寄一箱。我给他讲{{trap/famous:成吉思汗}}，讲翁牛特挖出过{{trap/word:玉龙}}，他说长大了带同学回去看。腊月二十三我们{{trap/minority_word:祭火}}，楼里不让点火，就点根蜡烛。{{trap/org:德州学院}}有个老乡叫{{minority/mongolian:宝鲁德巴图}}，教音乐的，礼拜天教{{minority/mongolian:腾吉斯}}拉{{trap/minority_word:马头琴}}，不收钱。
访谈者：登记表上的信息请您说一下。
受访者：现在住{{address:陵城区安德街道柳湖社区6号楼2单元301室}}，老家在{{address:翁牛特旗乌丹镇查干哈达嘎查四组16号}}。我的身份证是{{id_number@wy1955tri.150426}}，孙子的{{id_number@my2015quad.371403}}。我电话{{mobile@s38}}，{{han:才秀云}}的{{mobile@fws}}。微信是{{han:才秀云}}给我弄的，叫{{wechat:toyagaowa_lc}}。孙子有个QQ，说跟同学打游戏，号码他用彩笔写在我药盒上了：{{qq:4093817265}}。
访谈者：表上的名字都写对了吗？
受访者：哪能呢。补助表上我是{{spaced:托 娅 高 娃}}，学校名单上孙子写成{{spaced:腾吉斯　巴雅尔}}，汉名也写成了{{spaced:鲍 梓 睿}}。街道的表把社工姑娘写成{{spaced:端 木 予 安}}。
访谈者：您最盼啥？
受访者：盼孩子长大成人，盼他爸哪天想明白，回来看一眼。我不怨儿子，就是心疼{{minority/mongolian:腾吉斯}}。
""")

# H1354: Kham Tibetan father from 稻城 who drives a delivery van in 商河, raising alone a son with cerebral palsy.
DOCS["H1354"] = ("family", """\
访谈者：师傅，您这车一天跑多少单？
受访者：快递站的件，一天一百五六十单，{{trap/place:商河}}城里加上周边几个镇。我叫{{minority/tibetan:洛绒次里}}，{{trap/place:稻城}}人，老家在{{trap/place:亚丁}}下头的村子。站里嫌名字长，都喊我{{minority/tibetan:次里}}哥。
访谈者：怎么从稻城跑到商河来了？
受访者：孩子他妈{{han:许静怡}}是商河人，那年去亚丁旅游，在我家客栈住了半个月，后来就嫁给我了。儿子是早产，八个月就生了，一岁多还抬不起头，去{{trap/org:华西医院}}查，是脑瘫。为了做康复，我们搬回商河，离{{trap/place:济南}}近。儿子三岁那年，她说撑不住了，留下一封信走了，再没回来。
访谈者：孩子现在怎么样？
受访者：九岁了。藏名是我阿妈起的，{{minority/tibetan:呷绒批初}}，我们喊他{{minority/tibetan:批初}}。户口跟他妈落在商河，汉名叫{{han:许嘉禾}}。学校名册上写的是{{minority/tibetan:许批初}}，老师说两个名字各取一半，孩子自己也认。{{minority/tibetan:批初}}能坐，扶着能走几步，右手不听使唤，说话慢，心里啥都明白。他在{{school:商河县特殊教育学校二年级（1）班}}，每天早上我送。
访谈者：您跑车，孩子谁管？
受访者：下午四点半，学校的{{han:要晓丽}}老师把他送到康复中心，做完训练我再去接。{{han:要晓丽}}要是有事，就托同事{{han:展晓慧}}送。周末我拉着他跑件，他坐副驾驶帮我数包裹，数得比我还快。有回他发烧抽筋，是站里的{{han:被海军}}被我一个电话喊过去，开车送的医院。站长{{han:信立强}}知道我家的事，把离学校近的片区分给我，{{han:信站长}}说，孩子要紧，件晚一会儿没事。
访谈者：都有啥补助？
受访者：孩子有一级残疾证，拿残疾人两项补贴，再加上困境儿童的钱，一个月{{trap/number:一千零八十块}}。是街道儿童主任{{han:商玉芹}}跑下来的，她说她姓的这个字跟{{trap/place:商河}}一个字，让我记住她。县残联的{{han:扈振东}}给孩子报了康复救助，在{{trap/org:县康复中心}}做训练不花钱。康复师{{compound:呼延书瑶}}手把手教我在家怎么给他拉筋，她的搭档{{compound:漆雕远帆}}给他做了个站立架。
访谈者：老家那边呢？
受访者：阿妈{{minority/tibetan:泽仁旺姆}}七十多了，在稻城守着几头牦牛。我哥{{minority/tibetan:扎西翁堆}}在{{trap/place:理塘}}跑客运，每年挖了{{trap/minority_word:虫草}}就给我打点钱。村主任{{minority/tibetan:降央翁堆}}把孩子的事报到县里，县上说户口在山东，归这边管。在济南住院那回，碰见个从{{trap/place:甘孜}}来进修的藏族护士，叫{{minority/tibetan:益西央金}}，夜里替我守过两回。表弟{{minority/tibetan:洛绒松吉}}在济南的藏餐馆当厨师，隔一阵给孩子送一罐牦牛肉酱。
访谈者：孩子想老家吗？
受访者：想。去年暑假我开车带他回去，跑了四天。他奶奶抱着他哭，给他喝{{trap/minority_word:酥油茶}}、捏{{trap/minority_word:糌粑}}。晚上村里跳{{trap/minority_word:锅庄}}，他坐在轮椅上跟着拍手。我给他唱{{trap/famous:仓央嘉措}}写理塘的那首，白鹤借翅膀那首，他听一遍就会哼。
访谈者：孩子在学校跟同学处得来吗？
受访者：处得来。特教学校一个班八个孩子，他同桌{{han:滕子安}}也是脑瘫，俩人比着扶栏杆走，谁先走到头谁吃一块糖。{{minority/tibetan:批初}}回家跟我说，爸，今天他比我快了两步，我明天要赢回来。
访谈者：跑件的时候遇到过难处吗？
受访者：遇到过。有回下大雨，车陷在{{trap/place:沙河镇}}的土路上，件湿了一半，赔了四百多。还有客户嫌我普通话不好，投诉我。{{han:信立强}}替我跟公司解释，说这师傅一个人带着残疾孩子，能不能别扣他的钱。后来公司没扣，这个情我记着。
访谈者：康复见效吗？
受访者：见效。刚来的时候他坐都坐不稳，现在能扶着墙走到门口。康复中心的{{han:仝丽娟}}大夫说，坚持到十二岁，兴许能自己拄拐走。为了这句话，我啥苦都能吃。
访谈者：您自己身体呢？
受访者：一天跑十二个钟头，腰不行，夜里还得起来给孩子翻身。有时候累得在车里就睡着了。我不敢病，我病了{{minority/tibetan:批初}}就没人管。
访谈者：登记的信息请您说一下。
受访者：住{{address:商河县许商街道鑫源小区9号楼1单元102室}}，一楼，轮椅好推。老家是{{address:稻城县香格里拉镇俄初村二组7号}}。我身份证{{id_number@my1986hyphen.513337}}，儿子的{{id_number@my2016fwhyphen.370126}}。电话{{mobile@p86h}}，{{han:商玉芹}}的{{mobile@hyphen}}。我微信{{wechat:lorong_dc0721}}，客户都加这个。站里派单有个QQ群，我的号码是{{qq:2815073649}}。
访谈者：表上的名字写对了吗？
受访者：乱。残联的表上我是{{spaced:洛 绒 次 里}}，儿子一张写{{spaced:呷绒　批初}}，一张写{{spaced:许 嘉 禾}}，康复中心把康复师写成了{{spaced:呼 延 书 瑶}}。
访谈者：最后还想说啥？
受访者：盼孩子哪天能自己走到学校门口。到那天，我头一个要谢的是{{han:要晓丽}}。
""")

# H1355: Hui father from 康乐 (临夏) who keeps a lamb-soup stall in 许商街道; his wife is in prison.
DOCS["H1355"] = ("family", """\
访谈者：老板，您这羊汤馆开几年了？
受访者：五年了，就在{{trap/place:许商街道}}这条街上，门脸小，六张桌子，冬天坐不下，客人就端着碗蹲在门口喝。我叫{{han:冶海林}}，回族，经名{{minority/hui:亚辛}}，老家{{trap/place:临夏}}{{trap/place:康乐}}的。街上的人都叫我{{han:冶老板}}，老主顾喊{{han:冶哥}}。
访谈者：怎么想到来商河熬羊汤？
受访者：我阿舅早年在这边收羊皮，说山东人爱喝羊汤。我跟媳妇{{han:马秀娟}}就来了，她经名{{minority/hui:苏麦亚}}，手巧，汤是她熬出来的。前年她让人拉去做什么养老投资，帮着收钱，后来出了事，{{han:马秀娟}}被判了三年半，在{{trap/org:省女子监狱}}。
访谈者：孩子们呢？
受访者：俩。大的儿子十二，学名{{han:冶俊豪}}，经名{{minority/hui:哈克木}}，在{{school:商河县第二实验学校六年级（4）班}}。老师嫌两个名字乱，干脆叫他{{minority/hui:冶哈克木}}，他也答应。小的闺女八岁，学名{{han:冶梦瑶}}，经名{{minority/hui:娜迪雅}}，在{{school:许商街道中心小学二年级（2）班}}。{{minority/hui:娜迪雅}}她天天放学来店里，趴在最里头那张桌子写作业。
访谈者：孩子知道妈妈的事吗？
受访者：大的知道。{{minority/hui:哈克木}}刚开始不肯上学，说丢人，躲在后厨不出来。那阵子他半夜起来，一个人坐在后厨的小板凳上，我问他想啥，他说想他妈熬的汤。小的我哄她说妈妈去外地打工了，她天天问打工咋还不回来。
访谈者：去看过孩子妈妈吗？
受访者：一个季度一回。头一回去，{{minority/hui:娜迪雅}}隔着玻璃叫妈，{{han:马秀娟}}哭得说不出话，就一个劲儿摸玻璃。回来的路上，闺女问我，妈是不是做了坏事。我说妈做错了事，错了就得改，改好了就回家。司法所的{{han:亓玉霞}}说她在里头表现好，兴许能减刑。
访谈者：都谁帮过你们？
受访者：街道的儿童主任{{han:商玉芹}}给俩孩子报了服刑人员子女的补助，一人一个月{{trap/number:九百二十块}}。清真寺的{{han:韩学礼}}阿訇，经名{{minority/hui:赛义夫}}，常来店里坐，开导{{minority/hui:哈克木}}。儿子的班主任{{han:有丽娜}}有空就给他补数学，说孩子脑子不笨，就是心里堵。{{han:亓玉霞}}帮着约会见，每回都开车带我们去。区里的社工{{compound:公西采薇}}教闺女画画，还有个男社工{{compound:乐正鸿飞}}带儿子去打乒乓球。
访谈者：商河这边回族多吗？
受访者：不多，几家。卖羊肉的{{minority/hui:妥穆萨}}也是临夏来的，每天给我留最好的羊骨头，钱月底算。他媳妇{{minority/hui:赛达}}教闺女念经，给她梳头。逢主麻日我关半天门，去{{trap/place:济阳}}的寺里礼拜，来回两个钟头。我阿妈{{minority/hui:沙里哈}}在康乐，七十了，每回视频都问{{minority/hui:苏麦亚}}啥时候出来。我丈母娘也在康乐，她那边亲戚都叫她{{minority/hui:玉素夫}}家的，她自己的经名叫{{minority/hui:苏玛雅}}，跟我媳妇的经名念起来差不多。
访谈者：老家那边还回去吗？
受访者：两年没回了，店一关，一天就少好几百。阿妈在视频里说，康乐的山上今年雨水好，洋芋长得大。我说等娃他妈出来，我们一家四口回去挖洋芋。闺女没见过洋芋长在地里，问我是不是长在树上，我笑了半天。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}那天关门，带孩子们去济南的{{trap/org:清真南大寺}}。头一天炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，街坊四邻都送一份。今年闺女头一回封斋，坚持了三天。闺女爱听我讲{{trap/famous:马本斋}}打鬼子，听完就拿擀面杖当枪。
访谈者：您一个人撑着难不难？
受访者：难。一碗汤十八，加肉二十八，一个月刨去房租、羊肉钱，能落四五千。凌晨三点起来熬汤，晚上九点收摊，俩孩子的饭、作业、家长会，全靠我一个。有回闺女发高烧，我关了三天门，对门卖烧饼的{{han:卞嫂}}天天给我们送饭。晚上孩子睡了，我一个人坐在店里剁明天的羊骨头，剁着剁着就发呆。{{han:冶俊豪}}懂事了，礼拜天帮我洗碗、收钱。上回会见，{{minority/hui:哈克木}}隔着玻璃跟他妈说，妈你放心，店在呢。有回同学说{{minority/hui:哈克木}}他妈是劳改犯，{{han:有丽娜}}把那孩子的家长叫来，当面讲清楚，后来再没人提。
访谈者：登记的信息请您说一下。
受访者：店在{{address:商河县许商街道商中路117号}}，住在{{address:许商街道清源小区3号楼2单元402室}}。我身份证{{id_number@my1984spaced.622922}}，儿子的{{id_number@my2013x.622922}}。电话{{mobile@h38}}。我微信{{wechat:yexin_yangtang}}，订汤的都加这个。儿子有QQ，上网课用的，号码他写在店里价目表的背面：{{qq:７１６０３９４８２}}。
访谈者：表上的名字写对了吗？
受访者：补助表上我是{{spaced:冶 海 林}}，儿子是{{spaced:冶 哈 克 木}}，闺女的经名写成{{spaced:娜 迪 雅}}，媳妇的写成{{spaced:苏麦 亚}}。
访谈者：最后想说啥？
受访者：等她出来，一家人回康乐过个节。这话我在会见室里答应过{{han:马秀娟}}。
""")

# H1356: Kazakh mother from 富蕴 working in a 陵城 textile mill, raising twin girls after their father died.
DOCS["H1356"] = ("family", """\
访谈者：大姐，您在纺织厂干啥活？
受访者：挡车工，看细纱机，一个人看六台。我叫{{minority/kazakh:娜孜古丽·哈布力}}，老家{{trap/place:富蕴}}，{{trap/place:可可托海}}那边。厂里的姐妹叫我{{minority/kazakh:娜孜古丽}}，年纪小的喊我{{minority/kazakh:小娜孜}}。
访谈者：怎么到陵城来的？
受访者：孩子她爸{{minority/kazakh:阿斯勒·巴依肯}}以前在矿上开车，四年前矿车翻了，人没了。我带着双胞胎在富蕴待不下去，看啥都想他。{{trap/place:乌鲁木齐}}的劳务公司招人来{{trap/place:德州}}的纺织厂，管吃管住，我就报了名。
访谈者：两个闺女多大了？
受访者：十一岁，差二十分钟。姐姐{{minority/kazakh:阿依格林·阿斯勒}}，妹妹{{minority/kazakh:阿依萨娜·阿斯勒}}，都在{{school:陵城区第二实验小学五年级（1）班}}。学校电脑里打不出那个点，写成了{{minority/kazakh:阿依格林阿斯勒}}。{{minority/kazakh:阿依格林}}性子急，{{minority/kazakh:阿依萨娜}}她慢，一个像她爸，一个像我。老师分不清，就叫{{minority/kazakh:大阿依}}、{{minority/kazakh:小阿依}}。
访谈者：倒班的时候孩子谁看？
受访者：同宿舍的{{minority/kazakh:扎米拉}}也是富蕴来的，我上夜班她就带孩子睡。车间主任{{han:矫秀娟}}把我们俩的班错开排，{{han:矫主任}}说，你们一个白一个黑，孩子身边总有个大人。宿舍管理员{{han:冀姐}}看孩子们放学回来，就先开了热水房的门。
访谈者：有啥补助？
受访者：户口还在富蕴，这边有的补助办不了。社区儿童主任{{han:都玉芹}}都替我打听过了，她打电话到富蕴民政局，跟那边的人说了半天，给俩孩子报了困境儿童，钱打到我卡上，一人一个月{{trap/number:一千一百四十块}}。富蕴村里的儿童主任{{minority/kazakh:古丽扎提}}每年去我婆婆家看一回，拍视频发我。孩子们的班主任{{han:时雨辰}}老师不收她们的课后服务费，还给她们找了一对一的大学生志愿者，一个叫{{compound:公良语桐}}，一个叫{{compound:壤驷知秋}}。厂里工会的{{han:庞立新}}过年给我们送了米、油，还有两件羽绒服。
访谈者：孩子们想家吗？
受访者：想。放暑假我带她们回富蕴，她们在{{trap/place:额尔齐斯河}}边上骑马，晒得跟煤球一样。我婆婆给她们炸{{trap/minority_word:包尔萨克}}，她叔叔{{minority/kazakh:波拉提}}弹{{trap/minority_word:冬不拉}}，{{minority/kazakh:阿依萨娜}}学会了两首。晚上我给她们念{{trap/famous:阿拜}}的诗，{{minority/kazakh:阿依格林}}说以后要当诗人。
访谈者：俩闺女在学校怎么样？
受访者：大的数学好，上回考了全班第二；小的爱唱歌，合唱团让她领唱。有同学问她们是不是外国人，她们就说，我们是新疆的哈萨克族，你去过{{trap/place:阿勒泰}}没有？那边的雪比你还高。{{han:时雨辰}}专门开了个班会，让她们讲转场、讲毡房，同学们听得眼都不眨。
访谈者：厂里活累不累？
受访者：累。车间里四十来度，噪音大，一个班站十二个钟头，下了班耳朵还嗡嗡响。一个月四千五，加班多了能到五千多。去年我手被机器挤了，缝了六针，车间给报了工伤，歇了半个月，工资一分没少。
访谈者：孩子们跟老家还联系吗？
受访者：天天视频。婆婆七十了，一个人守着{{trap/minority_word:冬窝子}}，羊都卖了，就剩两匹马。俩闺女跟她说哈萨克语，跟我说汉语夹着哈语，跟同学说山东话，三样话换着说，一点不乱。婆婆说，她们的爷爷要是活着，一定高兴。
访谈者：在这边生活习惯吗？
受访者：刚来吃不惯，食堂的菜太咸。现在好了，周末我在宿舍用电饼铛烙{{trap/minority_word:馕}}，山东的姐妹们都爱吃，还教我包饺子，我包的饺子像小羊，她们笑了好几天。最难的是冬天，孩子她爸走的就是冬天。一到下雪，两个闺女就都不说话，我也不说，三个人坐着看窗户外头。{{minority/kazakh:古丽扎提}}劝我回富蕴，说那边的学校也好了，有宿舍，有暖气。我还没想好。
访谈者：登记的信息请您说一下。
受访者：现在住{{address:陵城区临齐街道纺织厂职工宿舍4号楼317室}}，老家是{{address:富蕴县喀拉通克乡阔克塔斯村二组12号}}。我身份证{{id_number@wy1987fwspaced.654322}}，大闺女的{{id_number@wy2014spaced.654322}}，小闺女的跟她就差后头几位。电话{{mobile@plus86spaced}}，{{han:都玉芹}}的{{mobile@s74}}。我微信是{{wechat:naziguli_hbl}}。{{minority/kazakh:阿依格林}}有个QQ，班里交作业用的，号码她写在铅笔盒盖里面：{{qq:35209716}}。
访谈者：表上的名字写对了吗？
受访者：没几张对的。厂里工牌上是{{spaced:娜孜古丽 哈布力}}，学校一张表把小的写成{{spaced:阿依萨娜 · 阿斯勒}}，一张写成{{spaced:阿 依 格 林}}，我看了半天才认出是我闺女。她爸的死亡证明上是{{spaced:阿 斯 勒 · 巴 依 肯}}。
访谈者：最后您想说啥？
受访者：盼俩闺女都考上大学。她们长得越来越像{{minority/kazakh:阿斯勒}}了。
""")

# H1357: Han 儿童主任 in 安仁镇 reading out her list of children in distress.
DOCS["H1357"] = ("staff", """\
访谈者：您手里这本是啥？
受访者：俺们{{trap/place:安仁镇}}困境儿童的花名册。俺是镇上的儿童主任，叫{{han:佀桂荣}}，干了六年了。俺一户一户念，恁对着记，听不清恁就问。
访谈者：好。
受访者：头一户，{{han:和子航}}，男，十一，在{{school:安仁镇中心小学五年级（3）班}}。他爹{{han:和庆山}}前年开三轮翻到沟里没了，他娘改嫁去了{{trap/place:惠民}}，一年多不露面也不给钱，按失联报的事实无人抚养，一个月{{trap/number:一千二百三十块}}。孩子跟着爷爷{{han:和德顺}}和奶奶过，住{{address:安仁镇后和家村三组21号}}。孩子身份证{{id_number@my2014.371403}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:向雨桐}}，女，九岁。爹尿毒症走的，娘去年冬天脑出血，也走了。现在跟着姑姑{{han:向秀萍}}过。孩子爱画画，画的都是她娘。{{han:向秀萍}}自个儿还有俩孩子，俺每回上门，先向{{han:向秀萍}}问问孩子夜里哭不哭、吃得下饭不。孤儿基本生活费一个月{{trap/number:一千五百九十块}}。姑姑电话{{mobile@s434}}。
访谈者：第三户？
受访者：{{han:能佳琪}}，女，七岁，脑瘫二级，坐轮椅。爹娘在{{trap/place:天津}}打工，跟着爷爷{{han:能德胜}}。{{han:能德胜}}能干的活都干，种着六亩地，天天推着孙女上学，冬天路滑，爷孙俩摔过两回。残疾人两项补贴加上困境儿童的钱，俺给他算过，一个月一千出头。孩子身份证{{id_number@wy2018fw.371403}}，住{{address:安仁镇能家洼村一组9号}}。
访谈者：第四户？
受访者：服刑人员子女，姐弟俩，{{han:把欣怡}}和{{han:把子豪}}。他爹{{han:把志刚}}把人打成重伤，判了七年，娘也走了。俩孩子跟着奶奶{{han:郄秀兰}}，奶奶眼睛不好，做饭靠摸。姐姐在{{school:安仁镇中学八年级（2）班}}，回家还得给弟弟辅导作业。俺给她报了县里的助学金，她说考上高中要去念护理。
访谈者：第五户？
受访者：{{han:也思远}}，男，十三，在{{school:安仁镇中学七年级（5）班}}。他娘有精神病，时好时坏，他爹在{{trap/place:东营}}打工，过年才回。{{han:也思远}}也懂事，周末回家做饭、给他娘看着吃药。他有QQ，俺加了，半夜他要是睡不着就给俺留言，号码是{{qq:30574819}}。
访谈者：还有吗？
受访者：第六户是去年新添的，{{han:亢雨涵}}，女，六岁，白血病，在济南化疗。她爹在镇上修车，为给孩子看病把房子卖了，一家三口租住在{{address:安仁镇亢家店村东头7号}}。大病救助报了两回，镇上捐了三万多。俺每回去，孩子都问，{{han:佀姨}}，俺啥时候能上学。
访谈者：钱都是怎么发到孩子手上的？
受访者：打到监护人的卡上，每月十号前到账。俺每季度入户一回，看看钱是不是花在孩子身上。有的老人舍不得花，全存着，俺就劝，说孩子正长身体，该买肉买肉，该买鞋买鞋。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:籍永亮}}总管，俺们都喊他{{han:籍大哥}}，材料报到区{{trap/org:民政局}}。镇社工站的{{compound:夏侯砚秋}}跟头一户和第四户，新来的{{compound:钟离语芙}}跟第二户。区里派来的督导叫{{compound:轩辕景和}}，每月下来翻一回台账。学校那头，中学的{{han:盖校长}}最上心，谁家孩子三天没来，他就给俺打电话。
访谈者：您是怎么找到这些孩子的？
受访者：一是村里报，二是学校报，三是俺自个儿挨家走。春秋两季，俺跟村干部把每个村走一遍，看谁家大人病了、谁家大人不在了、谁家孩子没人管。第五户就是邻居{{han:厉大嫂}}偷偷跟俺说的，说那孩子大冬天穿单鞋。俺当天就给他送了双棉鞋，他穿上就不舍得脱。
访谈者：台账上的名字都对吗？
受访者：错的不少。{{spaced:和 子 航}}中间空了格，{{spaced:向　雨　桐}}也是；{{spaced:能佳 琪}}掰成两截；{{spaced:把 欣 怡}}；社工和督导也给写成了{{spaced:夏 侯 砚 秋}}、{{spaced:轩 辕 景 和}}。年底俺挨个核一遍。
访谈者：联系方式呢？
受访者：{{han:郄秀兰}}没手机，打她邻居的；{{han:能德胜}}的电话{{mobile@plus86}}；{{han:和德顺}}的{{mobile@plain}}。俺的工作微信{{wechat:sgr_anren2019}}，家长有事都找俺。俺自个儿的身份证也得登，{{id_number@wmidhyphen.371403}}。
访谈者：干这个最难的是啥？
受访者：最难是孩子不张嘴。{{han:向雨桐}}头仨月一句话不跟俺说，后来俺每回去都给她带本画册，她才慢慢开口。还有就是老人不识字，表格看不懂，一份材料俺得跑三四趟。俺男人说俺这儿童主任当得比村支书还忙。俺闺女在德州上班，周末回来还帮俺整理台账。俺跟那闺女说，有事给俺打电话，不方便就打{{trap/hotline:12349}}。
""")

# H1358: Han community worker in 临齐街道, taking calls and WeChat messages during the interview.
DOCS["H1358"] = ("staff", """\
访谈者：您这儿电话一直响啊。
受访者：天天这样，这手机一天能响五十回。俺在{{trap/place:临齐街道}}的社区干儿童这块，叫{{han:郗美玲}}，恁叫俺{{han:小郗}}就行。您先坐，俺接一个。……喂，{{han:让晓楠}}啊？表填了？行，俺让{{han:让晓楠}}直接送街道去，俺这边跟{{han:虢所长}}说一声。
访谈者：是哪个孩子的事？
受访者：{{han:让晓楠}}是{{han:宫子墨}}的小姨。{{han:宫子墨}}十岁，他爹{{han:宫振江}}酒驾撞死了人，判了四年，他娘跑了。孩子跟着小姨过，服刑人员子女补助俺上个月刚给报上。孩子在{{school:陵城区临齐街道中心小学四年级（6）班}}，他小姨的电话俺念给你，{{mobile@spaced}}。
访谈者：您手上一共跟着几个孩子？
受访者：十一个。纺织厂宿舍那个哈萨克族大姐，{{minority/kazakh:娜孜古丽}}，她俩闺女也归俺这片，户口不在这儿，俺们就帮着跑富蕴那边。……等等，微信来语音了，是{{han:就秀岩}}，就是{{han:就秀岩}}，俺们社区的网格员，她说{{han:牛文博}}他奶奶又摔了。
访谈者：{{han:牛文博}}是哪家？
受访者：白血病的那个，十二，在{{school:陵城区第五中学初一（3）班}}，今年做了骨髓移植，在家休学。他娘在{{trap/org:齐鲁医院}}陪床陪了一年，家里就剩个奶奶。大病救助、临时救助都申请了，慈善总会给了两万。大学生志愿者{{compound:鲜于晓彤}}每礼拜给他上两回网课，怕他落下功课。奶奶一摔，孩子连饭都吃不上，俺得找{{han:苑长庚}}，他是楼长，让他先上去看看。
访谈者：您跟家长主要怎么联系？
受访者：电话、微信都用。{{han:牛文博}}他娘的微信是{{wechat:wxid_7m2q9xk4rb}}，俺夜里十一点还跟她语音。{{han:宫子墨}}小姨的微信{{wechat:rang_xn0606}}。年纪大的不会用，就只能打电话、上门。俺自个儿的号码贴在社区门口，{{mobile@p86n}}，谁有事都能找到俺。社区还有个QQ群，家长进群得先加俺，俺的QQ是{{qq:１５９８０２６４７}}。
访谈者：您这片还有啥难处？
受访者：人手少。社区就俺一个专干，另外靠社工站。站里的{{compound:司空映秋}}管心理，{{compound:太叔鹏程}}管学业，还有个志愿者叫{{compound:司寇清源}}，大学放假回来帮忙。俺们街道有块{{trap/landmark:东方朔画赞碑}}，是{{trap/famous:颜真卿}}写的，俺每回带孩子去看，都说字写得好就得下苦功。
访谈者：一个月的补助能管多大用？
受访者：管吃饭够，管看病不够。像{{han:牛文博}}这样的，一年光药钱就十几万，医保报了一大半，剩下的还得自己掏。俺们就帮着找慈善、找网上的大病筹款，能凑一点是一点。他娘说孩子能活下来，她给俺磕头。俺说你别，孩子好了比啥都强。
访谈者：有没有哪个孩子您特别放不下？
受访者：{{han:宫子墨}}。他爹出事那天，他就在车上坐着，吓坏了，到现在听见刹车声就哆嗦。俺们请了心理老师，一个月两回。前阵子他给俺画了张画，画的是他爹穿着囚服在监狱里吃饺子，俺看了半天说不出话，那张画俺夹在台账里，时不时翻出来看看。上个月半夜两点，他小姨打电话说孩子烧到四十度，俺叫上楼长开车送的医院，在急诊守到天亮。
访谈者：工作上谁帮您最多？
受访者：街道的{{han:虢所长}}，大名{{han:虢连胜}}，管民政的。啥政策俺拿不准，一个电话打过去，他都讲得明明白白。社区书记{{han:郇凤岐}}说俺是社区的{{trap/word:千里眼}}，谁家有事俺都知道。
访谈者：您干这行几年了？
受访者：七年。原来在纺织厂当统计，厂子改制以后考的社区。刚干那会儿，见着哭的孩子俺就跟着哭，现在好点了，可还是见不得孩子受罪。俺闺女上高中，一个月跟她说不上几句话，她说妈你对别人家孩子比对俺还上心。可俺知道她心里是替俺骄傲的，她作文里写过俺。
访谈者：台账上的名字对得上吗？
受访者：有对不上的。{{spaced:宫 子 墨}}、{{spaced:牛　文　博}}，系统里还有一张写成{{spaced:娜 孜 古 丽}}。……又来电话了，是{{han:苑长庚}}，说{{han:牛文博}}他奶奶没大事，就是扭了脚。
访谈者：登记用的信息呢？
受访者：{{han:宫子墨}}的身份证{{id_number@my2015fullwidth.371403}}，住{{address:陵城区临齐街道振华东路54号3排6户}}。{{han:牛文博}}家在{{address:临齐街道幸福里小区11号楼1单元502室}}，他的身份证{{id_number@my2013hyphen.371403}}。他有个QQ，病房里跟同学聊天用，号码他写在输液贴上给俺的：{{qq:1264089537}}。
访谈者：最后您还想说点啥？
受访者：这活累，可看着孩子一点点好起来，心里敞亮。夜里睡不着的时候，俺就想想那些孩子的笑脸。俺最想谢的是网格员{{han:就秀岩}}。
""")

# H1359: Han uncle in 玉皇庙镇 raising the daughter of his sister, who died of cancer.
DOCS["H1359"] = ("family", """\
访谈者：大哥，孩子是您外甥女？
受访者：对，俺姐的闺女。俺叫{{han:郭庆和}}，{{trap/place:玉皇庙镇}}的，种地，农闲给人装卸化肥。俺姐{{han:郭庆霞}}四年前查出乳腺癌，撑了一年多没撑住。孩子她爹{{han:禹德才}}才过了百天就又娶了，娶到{{trap/place:济阳}}去了，孩子他不要。
访谈者：孩子她娘走的时候，孩子多大？
受访者：九岁。俺姐在{{trap/org:省肿瘤医院}}住了仨月，孩子天天放学趴在病床边上写作业。她临走那天拉着俺的手，说{{han:庆和}}，闺女交给你了。俺说姐你放心。
访谈者：孩子现在多大了？
受访者：十二了，大名{{han:禹田田}}，在{{school:玉皇庙镇中心小学六年级（1）班}}。俺们都喊她{{han:田妮儿}}。{{han:田妮儿}}她跟她娘一个样，话少，心重，晚上搂着她娘的围巾睡。那围巾是红的，洗得都发白了，她也不让洗。
访谈者：您家里人同意吗？
受访者：俺媳妇{{han:尚秀芝}}头一个点的头。她说你姐在的时候待咱不薄，这闺女咱得管。她娘家哥{{han:尚永和}}和俺们说，缺啥吱一声。俺自个儿还有个小子{{han:郭小满}}，八岁，俩孩子一个屋，拌嘴也拌，好也好。刚开始他吃醋，说俺偏心，现在他管表姐叫姐，比亲姐还亲，放学在校门口等着一块儿走。{{han:郭小满}}说，谁欺负他姐，他就跟谁急。
访谈者：孩子有啥补助？
受访者：她爹活着，不算孤儿，也够不上事实无人抚养。村里的儿童主任{{han:付秀娥}}帮着按别的困难情形报了困境儿童，一个月{{trap/number:六百八十块}}。俺又找了镇上的法律援助，律师叫{{compound:闻人子默}}，告她爹要抚养费，法院判一个月八百。{{han:禹德才}}他给了仨月就不给了，{{compound:闻人子默}}说可以申请强制执行。镇民政办的{{han:亓文娟}}说，实在不行再想别的法子。
访谈者：学校里怎么样？
受访者：班主任{{han:展秋霞}}老师说孩子作文写得好，写她娘的那篇，老师念着念着哭了。学校食堂的{{han:督大姐}}每天多给她打一勺菜。俺去开家长会，别的都是爹娘，就俺一个当舅的，{{han:展秋霞}}特意让俺坐头排。学了{{trap/famous:大禹}}治水那课，孩子回来说，她爹也姓禹，可她爹不管她。俺听了心里不是滋味。
访谈者：孩子学习怎么样？
受访者：中上游，语文好，数学差点。晚上俺媳妇陪她写作业，俺看不懂现在的题，就在旁边给她削铅笔。期末她考了全班第六，回来把奖状往她娘遗像前头一放，站了老半天。俺在院子里抽了半包烟。
访谈者：孩子跟她爹还有来往吗？
受访者：过年给打了一回电话，说了不到一分钟。{{han:禹田田}}挂了电话就上{{trap/place:徒骇河}}堤上坐着，俺找了半宿。她说舅，俺不恨他，俺就是不想再打那个电话了。打那以后俺跟{{han:付秀娥}}说好了，有啥事先跟她说，她再去跟孩子谈，女的跟女孩子好说话。村支书{{han:逯书记}}逢人就说，这闺女是全村的闺女。县里的心理老师{{compound:梁丘语默}}也来过两回，说孩子心里有个结，得慢慢解。
访谈者：家里收入够吗？
受访者：紧巴。六亩地，今年麦子收成好，也就落个万把块；装卸是零活，一天一百五。俺不图别的，就图孩子能吃饱穿暖、念上书。俺媳妇在镇上的{{trap/org:服装厂}}钉扣子。孩子的学费免了，校服、资料费是学校出的。去年冬天俺腰扭了，躺了一个月，是村里{{han:种大爷}}带着几个人把俺家麦子种上的。{{han:种大爷}}七十多了，干起活来比小伙子还利索。孩子的书包、棉袄，都是俺媳妇赶集一件件挑的，她说没娘的孩子，穿戴上不能让人看低了。
访谈者：孩子平常爱干啥？
受访者：爱看书，爱跳{{trap/word:鼓子秧歌}}，镇上过年演，她扛着伞在头里，跳得有模有样。还爱养花，窗台上摆了一溜，都是她娘种过的那几样。俺带她去过{{trap/place:商河}}县城的图书馆，她一坐一下午。她说以后要当老师，跟{{han:展秋霞}}一样。
访谈者：登记的信息请您说一下。
受访者：家在{{address:商河县玉皇庙镇郭家桥村四组15号}}。俺的身份证{{id_number@my1980hyphen.370126}}，孩子的{{id_number@wy2013tri.370126}}。俺电话{{mobile@plus86dash}}，俺媳妇的{{mobile@s74}}。孩子有个QQ，说是学校让注册的，号码她写在俺烟盒上：{{qq:２８４０６１７９３}}。俺媳妇的微信{{wechat:shangxz_1985}}，孩子的事她管得多。
访谈者：表上的名字都对吗？
受访者：有错的。补助表上是{{spaced:禹 田 田}}，俺写成了{{spaced:郭　庆　和}}，俺姐的死亡证明上写成{{spaced:郭庆 霞}}，法律援助的单子把律师写成了{{spaced:闻 人 子 默}}。
访谈者：最后您想说啥？
受访者：俺没别的想法，就想把孩子供出来，对得起俺姐{{han:郭庆霞}}。
""")

# H1360: Han primary-school head teacher in 郑家寨镇 talking about a boy who lives with his deaf grandmother.
DOCS["H1360"] = ("teacher", """\
访谈者：{{han:邵老师}}，您带哪个班？
受访者：{{school:郑家寨镇中心小学三年级（4）班}}，俺当班主任第九年了。俺叫{{han:邵秋萍}}，教数学。今天说的是俺班上的{{han:初一帆}}，九岁，跟他聋奶奶过。
访谈者：孩子家里是啥情况？
受访者：他爹{{han:初建国}}在{{trap/place:天津}}工地上干活，前年从架子上掉下来，人没了。赔的钱让他娘拿着走了，手机号也换了，一年多找不着人。奶奶{{han:满桂香}}七十一，天生聋，也不会说话，只会比划。一家就祖孙俩，住着三间老屋，院里种了一棵枣树。
访谈者：您是怎么发现的？
受访者：孩子连着三天交不上作业，俺问他，他说夜里奶奶犯病，他给奶奶捶背捶到半夜。俺当天就去了他家，屋里冷得跟外头一样，桌上就一碗剩面条。这孩子懂事得让人心疼。俺回来跟校长说了，校长{{han:郑宪章}}{{trap/word:郑重}}地在会上讲，这孩子咱们学校兜着。
访谈者：都给办了哪些帮扶？
受访者：村委会的儿童主任{{han:佀素英}}给孩子按事实无人抚养报了，一个月一千出头，奶奶有残疾证，拿两项补贴。{{han:佀素英}}找了{{trap/org:县残联}}，给奶奶配了个震动的闹钟，孩子放学一摁门铃，屋里的灯就闪。村里还给他家换了新窗户，冬天不透风了。镇上的社工{{compound:羊舌晨曦}}每周来一回，陪孩子做作业；县特教学校的巡回老师{{compound:东郭素秋}}教全班同学学手语，孩子们现在都会比“奶奶好”。
访谈者：孩子在学校怎么样？
受访者：聪明，作业本干干净净，字写得方方正正，数学一百分考过好几回。就是闷，下课不出去玩，怕同学笑话他奶奶。有回班上{{han:龚向阳}}向俺告状，说有人学他奶奶比划，俺把几个孩子叫到一块儿，让{{han:初一帆}}教大伙手语，教着教着就都笑了，打那以后没人再笑话。教语文的{{han:逄晓雯}}每天中午陪他练字，学校门卫{{han:黎大爷}}下雨天就打着伞把他送回家。
访谈者：孩子跟奶奶怎么说话？
受访者：他会手语，打小跟奶奶学的，比俺们都溜。家长会奶奶来了，坐在头排，{{han:初一帆}}站在旁边给她翻译，一边听俺讲一边比划。散了会奶奶拉着俺的手比了半天，孩子说，奶奶说谢谢老师，说她对不起孩子。俺眼泪当场就下来了，好几个家长也跟着抹眼泪。
访谈者：奶奶平常怎么过日子？
受访者：她手巧，会编苇席，苇子是从{{trap/place:马颊河}}边上割的，一张卖四十。天不亮就起来编，编到孩子上学。她听不见，孩子就在她床头拴了根绳，绳头系在自己手腕上，夜里奶奶哪儿不舒服，一拽绳他就醒。俺头一回看见这根绳，在他家门口站了好半天。
访谈者：他娘有消息吗？
受访者：没有。{{han:佀素英}}托派出所查过，说人在{{trap/place:石家庄}}，打过一回电话，她说她也难，就挂了。孩子知道以后一句话没说，回家给奶奶比划，说娘挺好的。
访谈者：孩子自己说过想要啥吗？
受访者：说过。俺让全班写我的心愿，别的孩子写想要变形金刚、想去{{trap/place:北京}}，他写的是想给奶奶买个助听器，让奶奶听见他叫她。可奶奶是天生的，助听器没用。俺没敢告诉他，跟村里商量，说带奶奶去{{trap/org:省立医院}}再查查，兴许能做人工耳蜗。
访谈者：孩子以后的路您怎么想？
受访者：他脑子好，俺想让他念完初中念高中。可奶奶七十多了，再过几年谁照顾谁还不好说。县残联的手语翻译{{compound:南门秋池}}说，到时候可以帮着找亲戚监护。俺不想让他离开奶奶，他也不会答应。
访谈者：您跟家里怎么联系？
受访者：奶奶不会打电话，俺有事就给{{han:初建军}}打电话，他是孩子的大伯，在{{trap/place:德州}}开出租，电话{{mobile@fullwidth}}，微信{{wechat:chujianjun_dz}}。俺的微信是{{wechat:shaoqp_math}}，孩子用奶奶的老手机给俺发语音。孩子还有个QQ，学校信息课上注册的，号码写在他作业本封皮上：{{qq:907153624}}。
访谈者：登记的信息呢？
受访者：家在{{address:陵城区郑家寨镇初家庄村二组6号}}。孩子的身份证{{id_number@my2016spaced.371403}}，奶奶的{{id_number@wy1954fwspaced.371403}}。{{han:佀素英}}的电话{{mobile@plus86}}。
访谈者：表上的名字写对了吗？
受访者：残联的表上奶奶写成了{{spaced:满 桂 香}}，学校的是{{spaced:初　一　帆}}，社工站的签到表上是{{spaced:羊 舌 晨 曦}}，县里的名单把巡回老师写成了{{spaced:东郭 素秋}}。
访谈者：您还想说啥？
受访者：俺在班会上给孩子们讲过{{trap/famous:郑和}}下西洋，{{han:初一帆}}说他以后也要走得远远的，带奶奶去看海。能走到那一步，得谢村里的{{han:佀素英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1353,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout170",))


if __name__ == "__main__":
    main()
