# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 125 (tests/pii/holdout125/H985-H992 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 124, written at the same time, is not
an earlier set).

Set 125 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 江门 (Guangdong) and 贵港 (Guangxi): a Mongolian father from 乌审旗 who fits engines in a 江门 motorbike
factory while his daughter lives with his diabetic mother in the gacha; a Kham Tibetan mother from 白玉 who cleans
rooms in a 江门 hotel, her Han husband from 开平 paralysed in a road accident; a Kazakh mother from 福海 who sells
milk tea by a primary school in 港北区 and raises a son whose Han father is in prison; a Yi grandfather from 布拖
raising three grandchildren in 桂平 after his son died in a quarry (clan names before the given name); a Han
fisherman's widow in 台山 (广海) whose husband drowned in a typhoon; a Han community worker in 蓬江区 reading out
her register; a Han middle-school class teacher in 平南 who reaches pupils and parents on WeChat and QQ; and a Han
uncle in 覃塘区 (蒙公) raising the two children of his late sister. The emphasis is on forms where a replacement
might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (乌吉斯古冷,
额尔敦其木格, 阿拉腾苏和, 布仁其木格老师) and with short forms (乌吉斯, 珠兰她), a Han surname before a Mongolian given
name (奇珠兰, 奇格日乐她) and the Han names of the same people (奇文龙, 奇哥); Kham Tibetan names (泽绒卓嘎,
呷玛志珍, 多吉翁修, 益西拥宗) with short forms (泽绒, 志珍, 翁修), a Han surname before a Tibetan given name (关志珍)
and the Han names of Tibetans (关雨彤, 关浩轩, 阿卓, 关嫂); Kazakh given name + father's name with either dot and
without (巴合达古丽·马合沙提, 努尔兰•马合沙提, 巴合达古丽马合沙提) and single and short forms (巴合达, 叶尔克布兰,
库拉依), a Han surname before a Kazakh given name (黄叶尔克); Yi names with the clan name first (马海木乃, 马海拉莫,
阿西莫呷, 吉克阿且), the given name alone (木乃, 拉莫, 子日他, 莫呷), the clan name cut to one character on a school
roll (马拉莫, 马子日) and a Han name (马世福, 马伯); surnames that are ordinary words, directly after or before
grammar words (甄国和和他, 向东明向, 也春兰也, 都彩萍都, 才振华才, 有德胜他, 就建华就, 能淑仪, 要建中要, 还国平还,
把建国把, 被玉华被, 让建明让我, 和丽霞); Han names with common and rare surnames of the region (伍, 甄, 关, 阮, 区,
梅, 湛, 容, 邝, 麦, 覃, 韦, 蒙, 农, 禤, 滕, 骆, 折), names that contain words (黄金燕, 被海生, 上官明朗, 陈有财),
with titles and kin words (折玉梅大夫, 甘秋月老师, 让建明主任; the span is the name only), a surname with only a
title or kin word, annotated whole (关嫂, 马伯, 骆阿婆, 甄婆, 荣嫂, 雷叔, 梅医生, 湛老师, 黎伯, 蓝支书, 岑校长),
nicknames and local forms, annotated whole (奇哥, 阿卓, 晴女, 阿灿, 冰姐, and the Zhuang 达雨, 特晟), names directly
before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, a name closing the last sentence (没脸见我妹
覃月红。); names spaced out character by character in half- and full-width spaces, names split in two and a
dotted name with spaces around the dot; compound surnames after ordinary words (呼延, 万俟, 司徒, 欧阳, 上官, 诸葛,
东方, 皇甫, 夏侯, 轩辕, 端木, 南宫, 令狐, 公孙, 慕容, 西门, 长孙, 尉迟); and numbers read out and written the many
ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:甄国和}}``, ``{{qq:1620493857}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwhyphen.440783}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 她, 他, 向, 被) are outside the span; a surname with only a title or
kin word (关嫂, 马伯, 甄婆, 岑校长) and a nickname or local form of address (奇哥, 阿卓, 晴女, 阿灿, 冰姐, 达雨,
特晟) are annotated whole. Han-style names of Mongolian, Tibetan, Kazakh and Yi people (奇文龙, 关雨彤, 黄子睿,
马世福) are category han; a Han surname before a non-Han given name (奇珠兰, 关志珍, 黄叶尔克) is category minority,
and so are Yi names whose clan name is cut to one character (马拉莫, 马子日).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout125/make_holdout125.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(125_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H985: Mongolian father from 乌审旗 who fits engines in a 江门 motorbike factory; his daughter is with his mother
# in the gacha.
DOCS["H985"] = ("family", """\
访谈者：听口音，您不是广东本地人吧？
受访者：内蒙古的，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}，挨着毛乌素沙地。我叫{{minority/mongolian:乌吉斯古冷}}，厂里工牌印的是汉名{{han:奇文龙}}，线上的后生仔都喊我{{han:奇哥}}。在{{trap/place:江门}}这家摩托车厂装发动机，今年是第四年。老家的人打电话来，开口还是叫我{{minority/mongolian:乌吉斯}}。
访谈者：走这么远出来，是为了什么？
受访者：为钱呗。草场划了禁牧，羊只能圈着喂，草料一年比一年贵。孩子她妈{{minority/mongolian:额尔敦其木格}}跟我过不到一块，前些年离了，去{{trap/place:包头}}又成了家。信用社的四万多块还挂在我名下。同一个嘎查的{{minority/mongolian:吉格吉德}}先进的这个厂，打电话说计件挣得多，我把羊卖了，买张硬座就下来了，在{{trap/place:广州}}转车，连出站口都找不着。
访谈者：女儿跟谁在一起？
受访者：闺女{{minority/mongolian:珠兰其其格}}十岁，跟她奶奶留在嘎查，在{{school:图克镇第二小学四年级（3）班}}。学籍上随我的汉姓，写的是{{minority/mongolian:奇珠兰}}，家里就叫{{minority/mongolian:珠兰}}。她奶奶户口本上叫{{minority/mongolian:奇格日乐}}，六十八了，糖尿病，早晚各打一针胰岛素。{{minority/mongolian:奇格日乐}}她一个人喂二十几只羊，还要做饭、送孙女上学，冬天刮白毛风，祖孙俩顶着风走四里地。
访谈者：嘎查里有人帮衬吗？
受访者：有。儿童主任{{minority/mongolian:宝音吉雅}}一礼拜去一趟，给老人量血糖、翻翻孩子的作业本，还给闺女报了留守儿童的关爱项目。嘎查达{{minority/mongolian:阿拉腾苏和}}给老人办下了低保，每月{{trap/number:七百八十块}}。苏木民政上的{{han:贺建平}}一季度来家里坐一回，把表格拿回去替我们填。旗医院的{{han:折玉梅}}大夫手把手教老人自己扎针。旗里社工站的{{compound:呼延晓丹}}每月下来一趟，陪闺女画画；嘎查新来的大学生村官{{compound:万俟浩然}}给她在平板上装了网课。
访谈者：厂里的日子过得惯吗？
受访者：一个班十一个钟头，站着拧螺丝，广东的夏天像蒸笼，汗顺着裤腿往下淌。好在车间的人{{trap/word:和气}}。班长{{han:甄国和}}和他老婆{{han:伍秀芬}}周末叫我去家里，煲一锅{{trap/word:老火汤}}给我补身子。我跟车间主任{{han:向东明}}讲了家里的难处，{{han:向东明}}向人事打了报告，帮我申请困难补助；质检组的{{han:也春兰}}也去工会替我说了话。隔壁工位的{{han:和丽霞}}是丽江来的纳西族，她说她们那边满街都姓和。我跟{{han:和丽霞}}学白话，学来学去只会一句“唔该”。
访谈者：女儿来江门看过您吗？
受访者：去年暑假接来住了二十天。我上班，她就在宿舍楼下跟保安的小孙子玩；周末我借同事的车带她去{{trap/place:小鸟天堂}}，她说这里一棵榕树就是一片林子。回去跟同学吹牛，说她阿爸装的摩托车能一口气开到{{trap/place:二连浩特}}。过年回家，我带她去祭{{trap/minority_word:敖包}}，听她大伯{{minority/mongolian:朝日格图}}拉{{trap/minority_word:马头琴}}，讲{{trap/famous:成吉思汗}}的马鞭。走的时候她奶奶往我包里塞了一袋{{trap/minority_word:奶豆腐}}，我分给线上的人吃，他们说像咸的芝士。
访谈者：您心里最放不下的是什么？
受访者：怕老人哪天倒了，孩子没人管。儿童主任跟我说，真有那一天，先把孩子接去她家。班主任{{minority/mongolian:布仁其木格}}老师说学校能让她住校。上个月视频，{{minority/mongolian:珠兰}}她一本正经地讲，奶奶要是病了，她会煮挂面。十岁的娃说这话，我把手机扣在床上，半天没缓过来。
访谈者：平时跟闺女怎么联系？
受访者：每天晚上九点下班，冲完凉，我给她奶奶的手机打视频。嘎查信号差，画面一卡一卡的，闺女的脸一会儿绿一会儿紫。她给我看作业，看她新接的小羊羔，有一回举着一张奖状对着镜头，举了半天我才认出是“劳动小能手”。我问她想要什么，她说想要一双走路会亮灯的鞋。我在网上买了寄回去，快递走了九天，到的时候她已经跟同学借着穿过一回了。
访谈者：在厂里受过伤没有？
受访者：去年冬天赶一批出口的订单，连着上了二十多天班，有天夜里手一滑，扳手砸在脚面上，肿得穿不进鞋。厂里报了工伤，歇了两个礼拜。那两个礼拜最难熬的不是脚疼，是不敢跟家里说。老人问我怎么白天也打电话，我说厂里放假。后来闺女从别人嘴里听说了，在电话里哭，说阿爸你回来吧，亮灯的鞋我不要了。
访谈者：表上要填的几项，麻烦您念一下。
受访者：老家是{{address:乌审旗图克镇哈达图嘎查三组7号}}，我在这边住{{address:蓬江区棠下镇金桐路21号摩托厂宿舍3栋408房}}。身份证{{id_number@my1984spaced.150626}}，闺女的是{{id_number@wy2015.150626}}。手机{{mobile@hyphen}}，{{minority/mongolian:宝音吉雅}}的是{{mobile@s434}}。微信号{{wechat:wujisi_jm1984}}。闺女有个QQ，挂在她奶奶的老手机上，她隔着视频一个数一个数报给我，我拿记号笔写在安全帽里头：{{qq:1620493857}}。
访谈者：几张表上的名字对得上吗？
受访者：对不上。补助表上我成了{{spaced:乌 吉 斯 古 冷}}，闺女是{{spaced:珠兰　其其格}}，她奶奶写成{{spaced:奇 格 日 乐}}，她妈那一栏是{{spaced:额尔敦 其木格}}。
访谈者：往后有什么打算？
受访者：再干两年，攒够钱回旗里租间房，陪闺女念初中。这几年要说谢谁，头一个是{{minority/mongolian:宝音吉雅}}。
""")

# H986: Kham Tibetan mother from 白玉 who cleans rooms in a 江门 hotel; her Han husband from 开平 was disabled in a
# road accident.
DOCS["H986"] = ("family", """\
访谈者：{{trap/minority_word:阿佳}}，您在酒店做哪一块？
受访者：客房。铺床、刷马桶、换毛巾，一天二十来间。我叫{{minority/tibetan:泽绒卓嘎}}，家在甘孜{{trap/place:白玉}}，{{trap/place:金沙江}}边上的一个村子。酒店的同事念不顺藏名，叫我{{han:阿卓}}；保安大叔随我男人的姓，喊我{{han:关嫂}}。只有我阿妈打电话来，还叫我{{minority/tibetan:泽绒}}。
访谈者：您先生是哪里人？
受访者：{{trap/place:开平}}的，叫{{han:关志坚}}。他年轻时开大货跑{{trap/place:川藏线}}，在我们县城的面馆吃面，一碗面吃了三回，就跟我搭上了话。前年冬天，他在{{trap/place:新会}}拉夜货，一辆泥头车从侧面撞上来，腰椎断了两节。现在腰以下没知觉，坐轮椅，翻身、解手都离不了人。
访谈者：家里几个孩子？
受访者：一女一儿。女儿十一，藏名{{minority/tibetan:呷玛志珍}}，户口本上是{{han:关雨彤}}。点名的老师把两个名字掺在一起，叫她{{minority/tibetan:关志珍}}，她也答应。{{minority/tibetan:志珍}}读{{school:江海区礼乐街道中心小学五年级（4）班}}。儿子六岁，藏名{{minority/tibetan:多吉翁修}}，汉名{{han:关浩轩}}，上{{school:外海街道第三幼儿园大班（2）班}}。他爸喊他{{minority/tibetan:翁修}}，舌头总卷不过来，儿子笑得在地上打滚。
访谈者：一个人挣钱，开销够吗？
受访者：我工资三千二，全勤奖两百。男人办了一级残疾证，有残疾人两项补贴；社区帮我们报了低保，两个孩子也认定成困境儿童。交通事故的官司拖了一年半，赔偿款只拿回一半，还完医院的欠账就剩不下几个了。
访谈者：都有谁在拉你们一把？
受访者：社区儿童主任{{han:阮惠玲}}，孩子的补贴是她一趟趟跑下来的，每人每月{{trap/number:六百四十元}}。区残联的{{han:要建中}}要走了男人的病历，给他换了一台能自己推的轮椅。楼层主管叫{{han:能淑仪}}，我跟{{han:能淑仪}}说了家里的事，她把我的班全排在白天，晚上我好回去给男人翻身。人事部的{{compound:司徒婉华}}领我去工会申请困难补助。区社工站的{{compound:欧阳振邦}}每周来一回，推他下楼晒太阳，教他摇手摇车。出事那年替我们打官司的是法援中心派的{{compound:上官明朗}}，一分钱没收。
访谈者：您先生现在心情怎么样？
受访者：头半年他不想活，饭不吃，话也不说。{{han:关志坚}}他以前是家里的大梁，现在上厕所都要我扶。有一晚他把一整瓶安眠药倒在手心，是{{minority/tibetan:志珍}}起夜看见了，哭着给我打电话，我从酒店一路跑回家。后来社工带他去打轮椅篮球，认得了几个跟他一样的人，才慢慢缓过来。现在他在家教儿子认字，{{minority/tibetan:翁修}}写一个，他夸一个，父子俩比谁嗓门大。
访谈者：您一天是怎么排的？
受访者：早上五点起，先给男人擦身、换尿垫，把一天的药分好装进小格子盒，再叫两个孩子起床。女儿送弟弟去幼儿园，我骑电动车去酒店，七点半打卡。中午酒店管一顿饭，我舍不得歇，趁这会儿把退房的床单推去洗衣房。下午四点下班，路过菜市场捡点便宜菜，到家先给男人翻身。晚上女儿写作业，我在旁边叠衣服，叠着叠着就靠在床头睡着了。
访谈者：孩子们知道家里的难处吗？
受访者：女儿知道，她什么都不说。学校春游要交八十块，她把通知单压在书包最底下，是老师打电话来我才知道。我骂了她一顿，骂完又搂着她哭。儿子还小，只晓得他爸的轮椅能载着他转圈，一进门就往他爸腿上爬。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/tibetan:益西拥宗}}七十了，一个人守着老屋。弟弟{{minority/tibetan:土登降措}}在{{trap/org:噶陀寺}}出家，隔几天下山看看她。妹妹{{minority/tibetan:泽翁拉姆}}在县城开了个甜茶馆，每年寄来牦牛肉干和{{trap/minority_word:糌粑}}。女儿想外婆，说暑假要回去跳{{trap/minority_word:锅庄}}、过{{trap/minority_word:藏历年}}。睡前我给她讲{{trap/famous:唐东杰布}}在江上架铁索桥的故事，她问那座桥现在还在不在。在江门我只认得一个老乡，{{trap/place:康定}}来的{{minority/tibetan:巴登拥措}}，在茶厂做包装，过节我们两家凑一桌。
访谈者：有几项要登记，您说我记。
受访者：租的房子在{{address:江海区礼乐街道英南村二组16号}}，老家是{{address:白玉县河坡乡热加村三组9号}}。我身份证{{id_number@wy1987tri.513331}}，女儿{{id_number@wy2013fwhyphen.440783}}，男人{{id_number@my1979quad.440783}}。我手机{{mobile@s38}}，{{han:阮惠玲}}的{{mobile@p86h}}。我微信叫{{wechat:Tserong-dk1987}}。女儿的QQ是前台小妹帮她注册的，她怕我弄丢，抄在我工牌背面：{{qq:２７０５８１３９４６}}。
访谈者：这些表上，名字写得准吗？
受访者：哪有准的。低保表上我是{{spaced:泽 绒 卓 嘎}}，女儿写成{{spaced:呷玛　志珍}}，儿子是{{spaced:多 吉 翁 修}}，男人成了{{spaced:关 志 坚}}。
访谈者：以后有什么打算？
受访者：等儿子再大点，想带一家人回白玉住一个夏天，让男人看看草场，让两个孩子见见外婆{{minority/tibetan:益西拥宗}}。
""")

# H987: Kazakh mother from 福海 who sells milk tea by a primary school in 港北区; her son's Han father is in prison.
DOCS["H987"] = ("family", """\
访谈者：大姐，您这奶茶闻着有股咸味？
受访者：放了盐的。我们哈萨克的奶茶用{{trap/minority_word:砖茶}}熬，兑牛奶，再撒一撮盐，跟街上加珍珠的不是一回事。我叫{{minority/kazakh:巴合达古丽·马合沙提}}，{{trap/place:阿勒泰}}{{trap/place:福海}}县的，在{{trap/place:港北区}}这所小学门口摆摊，今年第三年。这边的人嫌名字长，叫我{{minority/kazakh:巴合达}}；我阿妈在电话里叫我{{minority/kazakh:巴合达古丽}}。
访谈者：新疆到贵港，隔了大半个中国啊。
受访者：都是跟着孩子他爸来的。他叫{{han:黄振东}}，贵港人，十几年前到{{trap/place:乌伦古湖}}边上承包鱼塘，冬天凿冰捕鱼，我在湖边给他们做饭，就这么认识了。后来鱼塘亏了，他说回老家跑运输，我们就一起下来。前年他替人捎了一箱货，里头藏的是毒品，他说他不知道，法院不信，判了十二年。
访谈者：儿子今年几岁？
受访者：十岁。哈萨克名字是他外公起的，{{minority/kazakh:叶尔克布兰}}，户口本上是{{han:黄子睿}}。老师点名嫌长，叫他{{minority/kazakh:黄叶尔克}}，全班就都这么叫了。{{minority/kazakh:叶尔克布兰}}读{{school:港北区荷城路小学四年级（6）班}}。他爸的事他知道，有一回问我，爸爸是坏人吗？我说，爸爸做了错事，正在里面改，改好了就回家。他没再问，可那天夜里尿了床。
访谈者：他在学校适应吗？
受访者：刚转来那会儿不适应。同学笑他眼珠颜色浅，笑他带的馕是“石头饼”。他回来不吃饭，说再也不带馕了。我就多烤了一炉，让他拿去分给同学，第二天一大早就有孩子跑到摊子前问，阿姨，还有没有那个饼。现在他跟班上几个男孩好得很，放了学围在我摊子边上写作业，喝奶茶不给钱，我也不收。
访谈者：有哪些人帮过您？
受访者：管我们这片的儿童主任{{han:甘丽霞}}给儿子报了服刑人员子女补助，每月{{trap/number:五百九十元}}。我户口还在福海，这边的低保办不了，街道民政的{{han:还秀梅}}还特意往福海打了三回长途，让那边给我们办。户籍窗口的{{han:被玉华}}被我问烦了也不恼，一样样教我开证明。儿子班主任{{han:覃美玲}}老师放学后留他写完作业再走。区社工站的{{compound:诸葛玉婷}}每礼拜来一趟，跟她搭档的{{compound:东方子骞}}领儿子去打篮球。城管队的{{han:把建国}}把我的摊子挪到巷口，说那里不挡道，又去跟学校门卫打了招呼。
访谈者：孩子爸爸在里面，还能联系上吗？
受访者：一个月一次亲情电话，十分钟。{{han:黄振东}}他在那头叫儿子听话、好好念书，儿子攥着话筒一声不吭，挂了才哭。狱警{{han:韦警官}}跟我说他表现不错，有减刑的可能。他妈{{han:梁桂英}}住{{trap/place:港南区}}，腿脚不利索，一个月来看孙子一回，每回都往他兜里塞五十块钱。
访谈者：老家还有什么人？
受访者：阿爸{{minority/kazakh:马合沙提·居马别克}}七十一了，还跟着羊群转场。阿妈{{minority/kazakh:库拉依}}年年给我们寄{{trap/minority_word:库尔特}}，儿子拿它当糖吃。弟弟{{minority/kazakh:努尔兰•马合沙提}}在县城开修车铺，前年暑假把外甥接回去一个月，带他去看{{trap/minority_word:阿肯弹唱}}，回来以后他天天抱着扫把当琴弹。{{trap/place:南宁}}有个卖干果的老乡{{minority/kazakh:阿勒腾古丽}}，我熬茶的砖茶都是从她那儿进。她男人{{minority/kazakh:朱马汗}}会弹琴，过{{trap/minority_word:肉孜节}}他们开车过来，给儿子讲{{trap/famous:吉别克}}姑娘的故事。
访谈者：一天下来辛苦吧？
受访者：早上五点半起来熬茶，七点半学生进校门，那半个钟头手脚不停。中午收摊回去给{{han:黄子睿}}做饭，下午四点再出来。冬天生意好，夏天奶茶卖不动，我就改卖冰酸奶。隔壁卖螺蛳粉的{{han:莫艳娇}}帮我看过好多回摊子。去年台风天，摊子的棚布被刮跑了，我追到马路中间，差点叫电动车撞上。晚上儿子睡了，我坐在床边算账：房租八百，水电一百多，补课费两百，手机里还有条网贷的短信在催。想家了就放我们哈萨克的歌，听着听着也就睡了。
访谈者：要登记的几项，您报一下吧。
受访者：住{{address:港北区贵城街道荷花新村5巷18号}}，老家{{address:福海县解特阿热勒乡塔斯托别村一组23号}}。我身份证{{id_number@wy1986fwspaced.654323}}，儿子的{{id_number@my2015hyphen.450802}}。手机{{mobile@plain}}，{{han:甘丽霞}}的{{mobile@fullwidth}}。收款码那个微信是{{wechat:Bahetgul_naicha}}。儿子的QQ是上网课注册的，他念一遍我写一遍，记在砖茶箱子的纸壳上：{{qq:3158702469}}。
访谈者：证件上的名字都一样吗？
受访者：五花八门。营业执照上是{{minority/kazakh:巴合达古丽马合沙提}}，中间没有点；低保申请表写成{{spaced:巴合达古丽 · 马合沙提}}；补助表上儿子是{{spaced:叶 尔 克 布 兰}}，学籍上又是{{spaced:黄　子　睿}}。
访谈者：您盼着什么？
受访者：盼儿子把书念出来。等他爸出来了，一家人回福海，让他看看{{trap/place:额尔齐斯河}}。
""")

# H988: Yi grandfather from 布拖 raising three grandchildren in 桂平; his son died in a quarry and the mother left.
DOCS["H988"] = ("family", """\
访谈者：老人家，听说您是从四川下来的？
受访者：凉山{{trap/place:布拖}}的彝族。我叫{{minority/yi:马海木乃}}，身份证上的汉名是{{han:马世福}}。来{{trap/place:桂平}}六年了，街坊喊我{{han:马伯}}，老乡见面还叫{{minority/yi:木乃}}。
访谈者：怎么会到桂平来？
受访者：我儿子{{minority/yi:马海石者}}十年前下来打工，在{{trap/place:西山}}脚下的石场开铲车，后来把同村的{{minority/yi:阿苏日各}}也接下来成了家，三个孙子都是在这边生的。四年前一个雨天，石场的山坡塌了，铲车连人埋在底下，挖出来已经没气了。媳妇撑了半年，回布拖改嫁了，电话打过去是别人接。我老伴{{minority/yi:吉克阿且}}走得早，家里没人了，我揣着户口本坐了两天车下来。
访谈者：三个孩子都多大？
受访者：老大是孙女{{minority/yi:马海拉莫}}，十三，在{{school:桂平市第四初级中学七年级（2）班}}。老二{{minority/yi:马海子日}}十岁，在{{school:西山镇石江小学四年级（1）班}}；老三{{minority/yi:马海日者}}七岁，在{{school:西山镇石江小学一年级（3）班}}。学校花名册图省事，“马海”只写一个马，写成{{minority/yi:马拉莫}}、{{minority/yi:马子日}}。我们彝人的名字，前头是家支的名号，后头才是自己的名，{{minority/yi:拉莫}}说她们班同学都以为她姓马，跟班上姓马的壮族女娃是本家。
访谈者：孩子们现在算哪一类？
受访者：社区的人讲，爹没了，娘走了不管，这叫事实无人抚养。儿童主任叫{{han:都彩萍}}，{{han:都彩萍}}都跑了好几趟，表格是她一个字一个字帮我填的，批下来三个孩子每人每月{{trap/number:一千一百五}}。民政所的{{han:才振华}}才调来半年，就上门核了两回。社工站的{{compound:皇甫瑞雪}}每礼拜六来给孩子补课，跟她来的{{compound:夏侯俊峰}}带老二老三去{{trap/place:郁江}}边放风筝。
访谈者：您平时靠什么过日子？
受访者：去西山的茶园给人采茶、锄草，一天八十块，春茶那阵能有一百。石场老板{{han:黄德裕}}赔过一笔钱，我存成定期，留给孩子读书。{{han:黄德裕}}他逢年过节还送米送油。邻居{{han:骆阿婆}}教我种空心菜，孩子放学家里没人，就上她家写作业。我不会讲白话，去菜市场买菜靠比画，阿婆笑我像演哑剧。
访谈者：刚下来那阵，最难的是什么？
受访者：话听不懂，路认不得，天又热。头一年夏天我还穿着老家的厚衣裳，街坊看我满头大汗，拿了两件旧汗衫给我。老三那时候才三岁，整夜哭着要妈妈，我抱着他在屋里转圈，一转就转到天亮。这边的饭我不会做，只会煮洋芋、炖坨坨肉，孩子们吃不惯，老大就自己学着炒青菜，个子还没灶台高，踩着小板凳炒。
访谈者：孩子们还会讲彝话吗？
受访者：老大会讲，老二听得懂，老三只会白话和普通话。我教他们叫我{{trap/minority_word:阿普}}，教他们弹{{trap/minority_word:口弦}}。{{trap/minority_word:火把节}}那晚，我在楼下空地上点一把松柴，三个娃围着火跑。我给他们讲{{trap/famous:支格阿鲁}}射太阳月亮的故事。冬天我披着从老家带来的{{trap/minority_word:查尔瓦}}送他们上学，同学们问是不是斗篷。老家的{{trap/minority_word:毕摩}}{{minority/yi:勒格史哈}}是我表哥，他在电话里说，娃娃们的魂要认得回凉山的路。
访谈者：在学校表现怎么样？
受访者：{{minority/yi:拉莫}}成绩好，班主任{{han:甘秋月}}老师说她考高中没问题。{{minority/yi:子日}}他坐不住，上课爱插嘴，被罚过站。老三跟屁虫一样跟着哥哥姐姐，最听{{minority/yi:拉莫}}的。镇卫生院的{{han:庞医生}}给老三看哮喘，从来不收挂号费。
访谈者：您身体还撑得住吗？
受访者：七十了，腰直不起来。最怕我哪天闭了眼，三个娃怎么办。{{han:都彩萍}}说，真到那一天，政府不会不管。老家的侄子{{minority/yi:吉色伍各}}也说要下来帮我。
访谈者：有没有想过带孩子们回布拖？
受访者：想过。可回去住哪里？老房子漏雨，地早给别人种了。孩子们在这边念书，户口也迁过来了，回去又要转学、重新办补助。儿童主任帮我算过这笔账，说留在这边，上学、看病都方便些。我就想，等我老得动不了，再让侄子把我背回去，埋在山上，跟我老伴挨着。
访谈者：住址和证件号，您说，我来记。
受访者：住{{address:桂平市西山镇石江村五组32号}}，老家{{address:布拖县拖觉镇洛呷村二组11号}}。我身份证{{id_number@mold.513429}}，老大{{id_number@wy2011.513429}}，老二{{id_number@my2014spacedx.513429}}。我不识字，号码是孙女帮我写的：我的电话{{mobile@s74}}，{{han:都彩萍}}的{{mobile@plus86dash}}。老大拿她阿爸留下的旧手机，有个微信叫{{wechat:lamo_guiping11}}，另外有个QQ，她拿粉笔写在我们家门板后头：{{qq:75930284}}。
访谈者：各种表上名字写得对不对？
受访者：乱得很。我是{{spaced:马 海 木 乃}}，老大写成{{spaced:马海　拉莫}}，老三是{{spaced:马 海 日 者}}。
""")

# H989: Han fisherman's widow in 台山 (广海); her husband drowned when his boat overturned in a typhoon.
DOCS["H989"] = ("family", """\
访谈者：阿姐，您屋企以前是做海的？
受访者：系啊。我老公{{han:伍家荣}}在{{trap/place:广海}}渔港跟船，一跟就是二十年。我叫{{han:黄爱玲}}，村里人随他叫我{{han:荣嫂}}。
访谈者：是出了什么事？
受访者：前年八月打风，船在{{trap/place:上川岛}}外头翻了。一船五个人，只有{{han:有德胜}}一个游上岸。{{han:有德胜}}他抱着一块泡沫板在海上漂了一夜，天光才被渔政船捞上来。我老公第四天才找到，脸都认不出了，我是认他手上那只戒指。
访谈者：后来这日子怎么撑下来的？
受访者：头一个月我起不了床，全靠家婆{{han:甄月娥}}撑着。村里人都叫她{{han:甄婆}}，七十三了，眼睛朦，还天天去码头补网。两个仔女，大的{{han:伍晓晴}}十四，读{{school:台山市广海中学八年级（5）班}}，屋企叫她{{han:晴女}}；细佬{{han:伍俊灿}}九岁，读{{school:广海镇中心小学三年级（2）班}}，叫{{han:阿灿}}。{{han:阿灿}}那时候才七岁，放学就坐在码头石墩上等他爸的船，天黑了都不肯走。
访谈者：这两年都是谁在帮你们？
受访者：头一个是村委的儿童主任{{han:梅秀琼}}。是{{han:梅秀琼}}上门叫我去申请，说两个孩子够得上困境儿童的条件，一个月每人{{trap/number:七百三十块}}，后来我们家也评上了低保。死亡证明、低保材料缺这缺那，是{{han:雷振邦}}在镇民政办帮我一样样补齐，县里跑了三趟。船东{{han:陈有财}}赔了十万，说再多他卖船也拿不出。渔政站的{{han:被海生}}被派来帮我们办过渔民保险的理赔。{{han:湛老师}}让{{han:晴女}}住校，伙食费由学校出。市社工站的{{compound:司徒锦添}}一个月来两回，给{{han:阿灿}}做辅导；跟他一起来的{{compound:欧阳翠屏}}教女儿画水彩。
访谈者：两个孩子现在怎么样？
受访者：{{han:晴女}}生性，周末回来帮她嫲嫲补网、晒{{trap/word:咸鱼}}，说大个要读师范，读完返来做老师。{{han:阿灿}}怕水，学校的游泳课死活不肯下池，老师打电话问我，我也讲不出口。社工讲慢慢来，不要逼。每年三月我带他们去拜{{trap/famous:天后}}，求她保佑出海的人，也保佑我们这些等在岸上的。
访谈者：您自己在做什么工？
受访者：在镇上的海鲜加工厂剥虾，按斤计钱，一日百来块。厂长{{han:伍少华}}是我老公的堂弟，{{han:伍少华}}也关照，孩子发烧我请假，他从不扣工钱。老公有个堂哥在{{trap/place:旧金山}}开餐馆，寄过两回钱。{{han:有德胜}}现在不出海了，在码头卸货，过年拎两条{{trap/word:黄鱼}}来看孩子，一进门就红了眼。
访谈者：家婆身体还好吗？
受访者：{{han:甄婆}}血压高，去年冬天在码头晕过一回，是隔壁的{{han:雷叔}}背她去的卫生院。{{han:梅医生}}讲她不能再去海边吹风，她不听，说不补网夜里睡不着。我知道，她是想仔。
访谈者：出事以后，村里人怎么看你们？
受访者：有人好心，也有人讲闲话。有个阿婆讲我命硬，克夫，我听见了，回屋里哭了一场。家婆知道以后，拄着拐杖去人家门口骂了半个钟头，回来跟我讲：“唔使理佢哋，你系我屋企人。”从那以后，我再没听见有人讲。
访谈者：孩子们会提起爸爸吗？
受访者：女儿很少提，可她手机屏幕一直是她爸抱着她站在船头的相片。细佬会问，问爸爸在海里冷不冷，问那条船去了哪里。清明我们去海边烧香，他在沙滩上用贝壳摆了一条船，摆好了跟我讲，阿妈，我大个不打鱼，我造船，造一条翻不了的船。
访谈者：读书的钱够不够？
受访者：学费免了，就是资料费、校服、车费。{{han:湛老师}}帮大女申请了助学金，一个学期{{trap/number:一千二}}。村里的华侨联谊会每年中秋发一次慰问金。我不想孩子觉得自己低人一等，新书包、新波鞋，我咬着牙也要买。
访谈者：有没有想过离开广海？
受访者：想过去{{trap/place:江门}}市区打工，工钱高些。可家婆不肯走，她讲要守住这个码头，万一哪天她仔的魂返来，找不到屋企。两个孩子也不想转学。算了，就守着吧。海是拿走了我老公，可这些年也是海养大了我们一家。
访谈者：地址和号码，我这边要记一下。
受访者：住{{address:台山市广海镇南湾村三组21号}}。我的身份证{{id_number@wy1983fullwidth.440781}}，{{han:伍俊灿}}的{{id_number@my2015.440781}}。手机{{mobile@plus86spaced}}，{{han:梅秀琼}}的{{mobile@h38}}。微信{{wechat:aling_guanghai83}}。女儿有个QQ，学校发通知要用，她怕我不记得，写在我剥虾围裙的口袋布上：{{qq:486027315}}。
访谈者：保险单、低保表这些，名字没写错吧？
受访者：错咗。保险单上我老公写成{{spaced:伍 家 荣}}，女儿是{{spaced:伍　晓　晴}}，社工签名签成{{spaced:司 徒 锦 添}}，我还以为来了四个人。
访谈者：最后还想讲点什么？
受访者：这两年最难捱的时候，最要多谢的，是{{han:甄婆}}。
""")

# H990: Han community worker in 蓬江区 reading out her register of children in distress.
DOCS["H990"] = ("staff", """\
访谈者：这本厚厚的是什么？
受访者：我们社区困境儿童的台账，一户一页，贴着相片。我叫{{han:区婉珊}}，姓区，{{trap/org:区政府}}那个区，不过要念“欧”。在{{trap/place:蓬江区}}{{trap/place:环市街道}}做儿童主任，这片我手上有十七个孩子。全念太长，我翻几页给你听，你照实记。
访谈者：您念，我记。
受访者：头一页，{{han:就梓航}}，男，九岁，{{school:环市街道第二小学三年级（4）班}}。他爸{{han:就建华}}就住我们楼下那栋，尿毒症，一礼拜透析三回；妈妈五年前出去打工，一直没回。地址{{address:蓬江区环市街道建设三路18号2栋503房}}。孩子身份证{{id_number@my2016.440703}}，他爸的{{id_number@my1981hyphen.440703}}。低保是全额的，孩子另有困境儿童补贴，每月{{trap/number:八百六十元}}。
访谈者：下一页呢？
受访者：{{han:阮梓晴}}，女，十二，在{{school:棠下中学初一（3）班}}。爸爸{{han:阮国栋}}卖假烟，判了四年；妈妈去了{{trap/place:深圳}}，手机停机。孩子跟奶奶{{han:胡润好}}住，奶奶八十一了，耳背。地址{{address:蓬江区棠下镇石头村六巷9号}}，奶奶身份证{{id_number@wold.440703}}。服刑人员子女补助是去年我陪她们去办的。
访谈者：再往后？
受访者：这一页是两兄妹，孤儿。相片底下写着{{han:容天佑}}和{{han:容天恩}}，哥哥十岁，妹妹七岁。爸妈两年前骑电动车上班，让一辆货车撞了，当场就没了。现在跟着姑妈{{han:容秀冰}}，街坊叫她{{han:冰姐}}。地址{{address:蓬江区潮连街道芝山路7号之一}}。哥哥的身份证{{id_number@my2015fw.440703}}，孤儿基本生活费一人一个月{{trap/number:一千五百二}}。姑妈自己也有个读高中的女，一屋五口挤在六十平方。
访谈者：这页上写的是彝文？
受访者：是孩子爸自己签的名。凉山来的一家，爸爸{{minority/yi:阿西拉哈}}在{{trap/place:棠下}}灯具厂做冲压，冲床轧掉了两只手指；妈妈{{minority/yi:吉木尔呷}}在家带孩子。女儿{{minority/yi:阿西莫呷}}八岁，读{{school:潮连街道中心小学二年级（1）班}}，学校舞蹈队选了她。我开头只叫孩子后两个字，{{minority/yi:莫呷}}，她爸很认真地跟我讲，家支的名号要连着念，那才是她的名。残疾证还在办，地址{{address:蓬江区棠下镇桐井村三组14号}}，他身份证{{id_number@my1988fwhyphen.513429}}，电话{{mobile@p86n}}。
访谈者：还有吗？
受访者：最后一页，{{han:麦紫琳}}，女，六岁。妈妈{{han:邝玉英}}精神残疾二级，去年发病，把孩子反锁在屋里两天，是楼下{{han:黎伯}}听见哭声报的警。爸爸{{han:麦炳强}}在{{trap/place:澳门}}做保安，一个月回一次。现在孩子白天在托管班，晚上我跟{{han:黎伯}}轮着去看。
访谈者：这些孩子您是怎么找到的？
受访者：靠脚。每个月我把十七户走一遍，楼梯爬上爬下，一双波鞋半年就磨穿。也靠街坊：楼下士多店的老板娘、收废品的阿叔、学校门口的保安，谁家孩子几天没上学、谁家半夜吵架，他们都会跟我讲一声。还有学校，老师发现孩子饭盒里天天只有白饭，也会打电话过来。
访谈者：这么多户，你们怎么分？
受访者：街道民政的{{han:冯国和}}总负责，材料报区{{trap/org:民政局}}，区民政局管审核的是{{compound:轩辕嘉怡}}。社工站的同事{{compound:端木秋雁}}跟头一户和凉山那户，刚入职的社工{{compound:南宫明轩}}跟两兄妹，督导{{compound:令狐嘉颖}}每月下来翻一次台账，哪个孩子多久没见，她一眼就看出来。
访谈者：这份工最难在哪？
受访者：难在大人。有的家长要面子，门都不开。{{han:就建华}}头一回把我轰出来，说他不要人可怜。我去了七趟，第七趟他给我倒了杯水。孩子也难，阮家那个女仔开口跟我讲的头一句是：“姨，我是不是不能考大学了？”她听同学说，爸爸坐过牢的孩子当不了兵、考不了公务员。我查了政策给她看，她才信。
访谈者：有没有想过不做了？
受访者：想过。做了四年，有一回我自己的女儿发高烧，我在别人家门口等了三个钟头，回去她已经烧得迷迷糊糊睡了。老公讲我顾别人家的孩子多过顾自己家的。可一想到那个被反锁了两天的细路女，我又放不下。
访谈者：联系她们怎么找？
受访者：奶奶没有手机，有事打隔壁阿婶的座机；{{han:容秀冰}}手机{{mobile@fws}}；我工作用的微信{{wechat:ou_wanshan_hs}}。{{han:阮梓晴}}有QQ，心里不痛快就在上头给我留言，号码{{qq:3071592846}}。半夜有急事，打{{trap/hotline:12349}}也行。
访谈者：台账里名字录得准吗？
受访者：录错不少。{{spaced:就 梓 航}}、{{spaced:阮　梓　晴}}、{{spaced:容天 佑}}都多了空格，彝族爸爸成了{{spaced:阿 西 拉 哈}}，连同事都录成了{{spaced:端 木 秋 雁}}。年底我们再一起过一遍。
""")

# H991: Han middle-school class teacher in 平南 going through the pupils in distress of her class, whose parents
# she reaches on WeChat and QQ.
DOCS["H991"] = ("teacher", """\
访谈者：{{han:蒙慧娴}}老师，您这个班情况特殊些？
受访者：{{school:平南县大安镇初级中学八年级（6）班}}，五十一个学生，我当他们班主任两年了，本身是教英语的。全班家里有难处的有五个，能说的我说四个，还有一个家长不同意，我就不讲了。
访谈者：从谁讲起？
受访者：先讲{{han:要思琪}}吧，女，十四。她爸妈在{{trap/place:中山}}的灯饰厂，过年才回来，她跟爷爷奶奶。去年奶奶中风偏瘫，她周末回家就是做饭、洗床单、给奶奶擦身。我找{{han:要思琪}}谈了几回，她总说不累，可早读的时候趴在桌上就睡着了。她妈{{han:林秀娟}}的微信{{wechat:linxj_zs1982}}，我一个礼拜给她发一段语音，讲孩子这周的事。她自己有QQ，号码写在英语课本的扉页上，交作业时被我看见了：{{qq:2968417350}}。
访谈者：男生里有吗？
受访者：有个{{han:还梓豪}}，十五。他爸{{han:还国平}}聚赌，判了三年。{{han:还梓豪}}把这事捂得严严实实，是派出所的{{han:滕警官}}到学校来核对情况，我才晓得。学校{{trap/word:要求}}替孩子保密，我私底下给他报了服刑人员子女补助，连他同桌都不知道。他QQ昵称叫“浔江鱼”，号码{{qq:1093582746}}，凌晨一两点头像还亮着，我发一句“睡觉”，他回个笑脸就下线了。
访谈者：还有呢？
受访者：{{han:黄金燕}}，十四，没爹没娘。她爸在工地上从脚手架摔下来，妈妈三年前肝癌走了。现在寄住在舅舅{{han:梁永能}}家，{{han:梁永能}}能吃苦，就是喝了酒爱骂人，骂完第二天又给外甥女买鸡腿。{{han:黄金燕}}她打算初中读完就去考卫校，出来当护士。镇上的儿童主任{{han:甘翠兰}}替她申请了孤儿基本生活费，一个月{{trap/number:一千五百八}}，打在她自己名下的卡上，舅舅碰不到。舅舅的微信是{{wechat:lyn_dazhen79}}，我发字他不看，只听语音。
访谈者：第四个孩子呢？
受访者：{{han:莫家乐}}，男，十三。妈妈{{han:农秀芳}}听力一级残疾，爸爸去年在工地摔断了腿，两口子都领残疾人两项补贴。{{han:莫家乐}}放了学要去菜市场帮他妈看菜摊，他妈听不见，讨价还价全靠他，作业常常写到十一二点。他没手机，用他妈的QQ，号码{{qq:５６２９０１４８３}}，每次都是他妈在菜摊上打开给他看作业。
访谈者：学校有什么办法？
受访者：{{han:岑校长}}搞了个“结对子”，一个老师包一个困难学生。德育处{{han:让建明}}主任管助学金，是{{han:让建明}}让我把四个孩子的材料捆在一起报，结果都批了。学校的心理老师叫{{compound:公孙雅倩}}，隔周带他们做一次沙盘。县社工站派来的{{compound:慕容启航}}领他们去{{trap/place:龚州}}古城写生，县团委的{{compound:西门秀云}}送了一批字典和护眼台灯。
访谈者：家长那头怎么沟通？
受访者：班级群里这几个家长多半不在。{{han:还国平}}还在里头，我只能找{{han:还梓豪}}的妈妈{{han:谭丽清}}单线联系。{{han:甘翠兰}}的手机{{mobile@plain}}，{{han:谭丽清}}的{{mobile@spaced}}，我都存着。我自己的微信是{{wechat:Meng-hx-pingnan}}，哪个家长半夜找我，我也回。
访谈者：您是怎么知道哪个孩子家里有事的？
受访者：看。看他们的鞋，看中午饭盒里装的什么，看周一交上来的周记。孩子不会直接讲，可周记里藏着话。{{han:还梓豪}}有一篇只写了三行，说周末去了一个很远的地方，见了一个很久没见的人，那人瘦了。我读了好几遍，才明白他是去看他爸。
访谈者：您自己的孩子呢？
受访者：才四岁，放在我妈那里带。我跟班上孩子待的时间，比跟自己女儿多。有一晚我在批作业，她在电话里问，妈妈，你是不是更喜欢你班上的哥哥姐姐？我一下子答不上来。
访谈者：这些孩子平时有什么爱好？
受访者：男生迷{{trap/famous:石达开}}，说他是我们贵港出去的英雄，历史课上争着讲。{{han:黄金燕}}嗓子好，新年联欢会上独唱《鸿雁》，她舅舅坐在最后一排偷偷抹眼泪。{{han:要思琪}}英语{{trap/word:能力}}强，是课代表。我跟他们讲，心里憋得慌就打{{trap/hotline:12355}}，或者直接来办公室敲门。
访谈者：有没有孩子被欺负？
受访者：出过一次事。有人在走廊上拿{{han:还梓豪}}他爸的事起哄，他冲上去就是一拳。我没有光罚他，把起哄的、动手的、看热闹的都叫来，让他们各自说当时怎么想，又开了一次班会，题目叫“谁家没有难处”。{{trap/word:还是}}那句老话，将心比心。
访谈者：报上去的名单，名字有没有弄错？
受访者：有的。助学金表上{{spaced:要 思 琪}}被中间空了格，{{spaced:还梓 豪}}断成了两截，{{spaced:黄　金　燕}}也空了格，县里发下来的名单把心理老师印成了{{spaced:公 孙 雅 倩}}。
访谈者：您对他们有什么期望？
受访者：别十五六岁就去中山进厂。读完初中，上高中也好，读职校也好，多读几年书，路就宽一点。
""")

# H992: Han uncle in 覃塘区 (蒙公镇) raising the two children of his late sister; their father disappeared.
DOCS["H992"] = ("family", """\
访谈者：大哥，这两个娃是您的外甥？
受访者：是我妹的。我叫{{han:覃宗明}}，家在{{trap/place:覃塘区}}{{trap/place:蒙公}}，种几亩{{trap/word:甘蔗}}，农闲就去镇上跟人砌砖。我妹{{han:覃月红}}前年乳腺癌走了，才三十四。她男人{{han:黄建业}}在她化疗那阵子就跑了，说去{{trap/place:东莞}}打工，三年没个音讯，电话打过去是空号。
访谈者：两个孩子多大？
受访者：外甥女{{han:黄思雨}}十二，读{{school:蒙公镇中心小学六年级（1）班}}。我们壮话叫女孩“达”，屋里都叫她{{han:达雨}}。外甥{{han:黄家晟}}八岁，读{{school:蒙公镇新岭小学二年级（3）班}}，男孩叫“特”，他就成了{{han:特晟}}。{{han:特晟}}他妈走的时候他才六岁，到现在晚上还问，妈妈几时回来。
访谈者：您妹妹病的那阵，是谁照顾的？
受访者：我跟我阿妈轮着。化疗在{{trap/place:贵港}}市里，一去一个礼拜。我白天去工地，晚上骑一个钟头摩托车去医院守夜，在走廊的折叠床上眯一会儿，天亮再骑回来。两个孩子那阵子就住我家，{{han:达雨}}每天放学给她妈打电话，讲学校的事，讲弟弟又闯了什么祸，从来不哭。后来我才知道，她是躲在被窝里哭完了才打的。
访谈者：您屋里人同意您带吗？
受访者：我老婆{{han:莫桂芬}}开头不大愿意，我们自己也有两个，一屋六张嘴就靠我一双手。后来看{{han:达雨}}懂事，放学回来就帮着剁猪菜，{{han:莫桂芬}}心也就软了，现在待她跟亲闺女一样，买衣服都是两件一样的。我阿妈{{han:韦三妹}}七十五了，天{{trap/word:蒙蒙亮}}就起来煮粥，两个外孙的衣服都是她手洗。
访谈者：有哪些人帮过忙？
受访者：村委的儿童主任{{han:韦凤娇}}先来的，她讲孩子爸找不到，妈又去世了，能报事实无人抚养。要报就得派出所开一张查找不到的证明，派出所的{{han:农警官}}帮我们登了寻人启事，查了半年，证明才开出来。镇民政办的{{han:甘志成}}上门核了三次，批下来每个娃每月{{trap/number:一千一百二}}。村里的{{han:蓝支书}}帮我们报了危房改造，漏雨的瓦顶换成了新瓦。{{han:达雨}}的班主任{{han:禤丽萍}}老师每月家访一回，她说{{han:达雨}}作文写得好，写她妈的那篇贴在了学校的橱窗里。区社工站的{{compound:长孙嘉乐}}两周来一次，同来的{{compound:尉迟海鹏}}教{{han:特晟}}下象棋，现在他能赢我了。
访谈者：孩子爸爸那边还有人来往吗？
受访者：断了。他屋里只剩个哥哥{{han:黄建兴}}，在{{trap/place:港南区}}开摩托修理铺，说他也找不着人。这个哥哥过年送过一回腊肉，给两个娃每人两百块利是，坐了十分钟就走了，茶都没喝完。
访谈者：两个孩子平时怎么样？
受访者：{{han:达雨}}读书用心，周末帮外婆喂猪。{{trap/minority_word:三月三}}那天，外婆蒸了{{trap/minority_word:五色糯米饭}}，她跟村里的姑娘去歌坡唱山歌，唱的是{{trap/famous:刘三姐}}的调子。{{han:特晟}}贪玩，有一回自己跑去{{trap/place:郁江}}边摸鱼，我老婆找了他一下午，找到了先是抱着哭，回家罚他跪了半个钟头。卫生院的{{han:滕医生}}说他有点贫血，叫多吃鸡蛋和猪肝。
访谈者：两个孩子跟您亲吗？
受访者：外甥女心事重，什么都憋着。外甥跟我亲，晚上要挨着我睡，说我身上有他妈的味道，其实是一股水泥灰味。去年他过生日，许愿说要舅舅不要那么累，我听了，背过身去抽了一根烟。
访谈者：您自己扛得住吗？
受访者：扛不住也得扛。砌砖的活不是天天有，一年到头三万出头，{{trap/word:莲藕}}和甘蔗都卖不起价。有时候半夜醒了睡不着，就想我妹，想她临走拉着我的手讲：哥，两个孩子就交给你了。
访谈者：往后最担心什么？
受访者：担心钱，更担心外甥女读书。她成绩好，老师讲能考上市里的高中，可读高中、读大学，一年要好几千。我跟老婆商量过，猪多养两头，甘蔗地再租一块，实在不行我就去{{trap/place:佛山}}的工地做几年。外甥小，我最怕他学坏，村里有几个不读书的后生仔天天骑摩托车乱窜，我跟他讲，你敢跟他们玩，我打断你的腿。他笑嘻嘻地说，舅舅舍不得。
访谈者：我要登记一下住址和证件号。
受访者：住{{address:覃塘区蒙公镇新岭村四组27号}}。我的身份证{{id_number@mmid.450804}}，{{han:黄思雨}}的{{id_number@wy2013quad.450804}}，{{han:黄家晟}}的{{id_number@my2017fwspaced.450804}}。我电话{{mobile@plus86}}，{{han:韦凤娇}}的{{mobile@s74}}。微信我不会用，外甥女拿她妈留下的旧手机开了一个，叫{{wechat:siyu_menggong13}}，QQ号她抄在作业本封皮上：{{qq:920473516}}。
访谈者：表上的名字有没有写错？
受访者：低保的表把我写成{{spaced:覃 宗 明}}，外甥女写成{{spaced:黄 思 雨}}，外甥是{{spaced:黄　家　晟}}，社工签名签成{{spaced:长孙 嘉乐}}。
访谈者：最后还有什么话？
受访者：两个娃我一定拉扯大，不然没脸见我妹{{han:覃月红}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=985,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout124",))


if __name__ == "__main__":
    main()
