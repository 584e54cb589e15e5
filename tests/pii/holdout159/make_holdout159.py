# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 159 (tests/pii/holdout159/H1257-H1264 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; sets 156, 157 and 158, written at the same
time, are not earlier sets).

Set 159 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
莒县 and 五莲 (Shandong): a Mongolian grandfather from 陈巴尔虎旗 raising his granddaughter in 莒县 (陵阳街道) after
his son was jailed for a drunk-driving death and the Han mother went off to 青岛; a Kham Tibetan mother from 新龙
who works in the canteen of a granite quarry in 五莲 (潮河镇), raising a boy with asthma after her Han husband was
killed in a blast; a Uyghur father from 疏附 who sells roast lamb at the night market of 城阳街道, his wife gone home
for good; a Kazakh grandmother from 哈巴河 raising the three children of her dead son in 洪凝街道, their Han mother
remarried; a Han 儿童主任 in 浮来山街道 reading out her register; a Han social worker in 潮河镇 who keeps up with her
families on WeChat; a Han grandmother in 街头镇 raising her blind grandson; and a Han head teacher in 叩官镇 talking
about a girl who cares for her mother on dialysis. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names of 巴尔虎 used whole (沙日布道尔吉, 吉米德玛, 达瓦仁钦,
策登旺吉勒) and with a short form or nickname after the full name (达西策布格 then 策布格 and 老达, 沙日布道尔吉 then
沙日布他), a Han surname before a Mongolian given name (相苏布德, the mother's surname on the school list) and the Han
name and pet name of the same girl (相沐禾, 沐沐也); Kham Tibetan names of 新龙 (降拥措姆, 降泽多吉, 根秋泽翁,
呷玛泽仁他, 俄色拉措) with a short form (阿拥), a Han surname before a Tibetan given name (窦降泽) and the Han names of
Tibetans (窦子墨, and the mother called 窦嫂 after her husband); Uyghur given name + father's name with and without
the dot (吾布力喀斯木·托合提, 木凯代斯·吾布力喀斯木, 木凯代斯吾布力喀斯木, 奥斯曼江·库尔班, 米吉提·买买提明) and
single, short and nickname forms (吾布力喀斯木, 老吾, 再依努尔古丽 then 再依努尔, 木凯代斯, 代斯, 阿卜杜拉江 then 拉江,
布威海丽切姆, 阿不都瓦日斯); Kazakh given name + father's name with the dot (沙勒塔娜特·加克斯勒克,
达吾列提别克·哈孜肯, 阿依波塔·达吾列提别克, 叶尔哈那提·达吾列提别克, 吐尔逊别克·马哈提) and single and short forms
(沙勒塔娜特大娘, 哈孜肯, 波塔, 叶尔哈那提他, 阿赫沙尔, 巴克提古丽), a Han surname before a Kazakh given name (丁阿赫沙尔)
and the Han name of a Kazakh girl (丁雅楠); Han names with common and rare surnames of the region (相, 厉, 卞, 仉, 庄,
褚, 窦, 宓, 牟, 卓, 公, 鹿, 巩, 甄, 仲, 卜, 禚, 苑, 晏, 隗, 滕, 鲍, 满, 郝, 苗, 尹, 蔺, 鄢, 房, 逯, 管); surnames that are also
ordinary words, and given names that end in one, next to grammar words (和凤兰和她儿子, 跟和凤兰说, 能秀云能说会道,
厉向阳向来, 还玉娥还教我, 有德润有时候, 都凤仙都五十多了, 把玉芹把我吃的药, 向红旗向县里, 卜有才才三十五,
也庆华也在里头, 也欣怡也懂事, 要德顺要人抱着, 晏谦让让我, 还淑珍 beside 还是, 能文涛有能耐, 向东旭 beside 向来);
names that contain words (厉向阳, 满天星, 管文明, 宋安全, 卢星辰, 晏谦让); titles and kin words after names
(庄晓岚老师, 葛传英大夫, 卓玉岚老师, 巩丽萍老师, 贺明珠老师, 蔺晓丹老师, 桂芹婶子, 沙勒塔娜特大娘; the span is the name
only), a surname with only a title or kin word, annotated whole (厉大哥, 卞大姐, 褚警官, 窦嫂, 仲主任, 相大爷, 隗所长,
焦大姐, 郝所长, 鄢二嫂, 房老师, 秦师傅, 逯主任), local forms of address and nicknames, annotated whole (沐沐, 老晏头,
老滕, 晓雯子, 亮亮, 二嫚, 海峰娘, 桂芹); names directly before particles, pronouns and verbs (相玉婷她, 沙日布他,
呷玛泽仁他, 叶尔哈那提他, 管文明他, 卢星辰说, 申晓琪说, 卜梓涵她) and after 叫/是/给/跟/找/让/和, and names closing the last
sentence (多亏了卞守芝。, 全靠把玉芹。, 有事就找仲秋菊。, 头一个谢还淑珍。, 全班都在等申晓琪。); names spaced out character
by character in half- and full-width spaces (苏 布 德 格 日 乐, 沙　日　布　道　尔　吉, 降 拥 措 姆, 阿 卜 杜 拉 江,
阿　赫　沙　尔, 梁 丘 若 水, 端　木　逸　尘, 漆 雕 雨 涵, 欧 阳 黎 昕, and a dotted name spaced out whole,
沙 勒 塔 娜 特 · 加 克 斯 勒 克), dotted names with spaces around the dot (吾布力喀斯木 · 托合提,
叶尔哈那提 · 达吾列提别克) and names split in two (达西 策布格, 降泽　多吉, 木凯代斯 吾布力喀斯木, 晏谦 让, 宗政 乐章,
卢德 水, 蓝秀 玲); compound surnames after ordinary words (公冶, 淳于, 南宫, 闻人, 太史, 钟离, 澹台, 呼延, 梁丘, 端木,
亓官, 宗政, 漆雕, 西门, 诸葛, 百里, 欧阳, 第五); and numbers read out and written the many ways people do (an ID read out
in threes, IDs in full width, full width with hyphens and full width spaced, a QQ number in full-width digits, a
mobile with `+86` and no space, two QQ numbers of one girl).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:还淑珍}}``, ``{{qq:2047861395}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015tri.371121}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, quad, tri, fwspaced,
                                   fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38, h38,
                                   s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 大娘, 婶子) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 还, 她, 他, 和, 能, 要, 让, 向, 把) are outside the span; a surname with
only a title or kin word (厉大哥, 窦嫂, 相大爷, 鄢二嫂) and a local form of address or nickname (老晏头, 海峰娘, 二嫚,
亮亮) are annotated whole. Han-style names of Mongolian, Tibetan and Kazakh people (相沐禾, 窦子墨, 丁雅楠) are
category han; a Han surname before a non-Han given name (相苏布德, 窦降泽, 丁阿赫沙尔) is category minority, and so are
nicknames made from a non-Han name (老达, 老吾, 代斯, 拉江, 波塔, 阿拥).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout159/make_holdout159.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(159_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178", "181",
                   "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1257: Mongolian grandfather from 陈巴尔虎旗 raising his granddaughter in 莒县 (陵阳街道) after his son was jailed.
DOCS["H1257"] = ("family", """\
访谈者：大爷，听口音您是从北边来的？
受访者：{{trap/place:呼伦贝尔}}{{trap/place:陈巴尔虎旗}}，我们是{{trap/minority_word:巴尔虎}}蒙古，放了四十年羊。我叫{{minority/mongolian:达西策布格}}，楼里的人念不全，叫我{{minority/mongolian:策布格}}，收废品的{{han:厉大哥}}干脆喊我{{minority/mongolian:老达}}。
访谈者：您怎么到莒县来了？
受访者：儿子{{minority/mongolian:沙日布道尔吉}}在{{trap/place:海拉尔}}当兵，跟莒县的闺女{{han:相玉婷}}好上了，退了伍就跟她回了{{trap/place:莒县}}，开大车拉石料。前年他喝了酒开车，撞死了一个骑电动车的，判了四年半，关在{{trap/org:鲁中监狱}}。{{han:相玉婷}}她熬了半年，去{{trap/place:青岛}}打工就没再回来，电话也不接。我老伴{{minority/mongolian:吉米德玛}}走得早，草场上就剩我一个，我坐了两天两夜的火车过来带孙女。
访谈者：孙女多大了？
受访者：十岁。我给起的名叫{{minority/mongolian:苏布德格日乐}}，户口是她妈上的，汉名{{han:相沐禾}}，学校的名单上两样拼一块儿，写成{{minority/mongolian:相苏布德}}。她在{{school:莒县第四实验小学四年级（6）班}}。楼下的大娘们都叫她{{han:沐沐}}，{{han:沐沐}}也答应。
访谈者：您一个人带她，难处多吗？
受访者：多。头一样是话，这边的话我听不懂，我说的人家也听不懂，开家长会得{{minority/mongolian:苏布德格日乐}}给我当翻译。再一样是吃，顿顿煎饼卷大葱，我吃了一年才吃惯，早上还是自己熬{{trap/minority_word:奶茶}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:卞守芝}}，孩子们叫她{{han:卞大姐}}，比亲闺女还上心。她给孩子报了事实无人抚养，一个月{{trap/number:一千二百六十元}}，又跑了三趟{{trap/org:县民政局}}，把我的临时救助办下来。街道民政办的{{han:仉德胜}}上门核过两回，说我是外地户口，低保得回旗里办。班主任{{han:庄晓岚}}老师放了学留她写作业。{{trap/org:法律援助中心}}派的律师叫{{compound:公冶怀瑾}}，帮我们问减刑的事。社工站的{{compound:淳于佳宁}}一个月来两回，跟着来的实习生{{compound:南宫时雨}}教孩子画画。
访谈者：孩子爸爸那边呢？
受访者：一个月一回亲情电话。{{minority/mongolian:沙日布}}他在电话里光问闺女长高了没有，问完就哭。管教{{han:褚警官}}说他在里头学电焊，表现好。{{minority/mongolian:苏布德格日乐}}每回写信，最后都画一匹马。
访谈者：草原上还有亲人吗？
受访者：弟弟{{minority/mongolian:达瓦仁钦}}还在嘎查，替我看着二十几只羊。嘎查达{{minority/mongolian:策登旺吉勒}}把我的草场租出去了，租金年底打过来。{{minority/mongolian:达瓦仁钦}}秋天寄来{{trap/minority_word:风干肉}}，孩子最爱吃。晚上我给她讲{{trap/famous:成吉思汗}}小时候的事，她说比动画片好听。
访谈者：您身体怎么样？
受访者：腰腿不行，血压也高。去年腊月在楼道里摔了一跤，是开小卖部的{{han:和凤兰}}和她儿子把我送到医院的。我跟{{han:和凤兰}}说，等孙女考上大学，我请你们到草原上喝酒。
访谈者：孩子在学校怎么样？
受访者：功课中不溜，语文好，算术差。头一年班上有孩子笑话她爸是劳改犯，她回来哭，说再也不上学了。{{han:庄晓岚}}老师专门开了个班会，没点名，讲的是谁家都有过不去的坎。后来那几个孩子还来家里找她玩，我给他们煮羊肉，一个个吃得满嘴油。她现在跳绳全年级第一，说是在草原上追小羊练出来的。
访谈者：您去看过儿子吗？
受访者：去过两回，坐大巴三个多钟头。头一回隔着玻璃，他不敢抬头看我。我跟他说，你犯了法，该受罚，可你还是我儿子，孩子还是你闺女，出来了好好过日子。第二回带着{{minority/mongolian:苏布德格日乐}}，她隔着玻璃跟她爸比手掌，{{minority/mongolian:沙日布}}当时就哭了，管教都转过身去了。
访谈者：您想过带孩子回草原吗？
受访者：想过。可她的学籍、户口都在这边，回去上学得从头学蒙古文。再说她妈哪天回心转意了，也得找得着孩子。我就在这边熬着，夏天热得睡不着，我就想{{trap/place:呼伦湖}}边上的风。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:莒县陵阳街道西关社区槐荫巷12号}}，老家是{{address:陈巴尔虎旗呼和诺尔镇哈日干图嘎查二组7号}}。我的身份证{{id_number@my1957.150725}}，孙女的{{id_number@wy2015quad.371122}}。我电话{{mobile@s434}}，{{han:卞守芝}}的{{mobile@hyphen}}。孙女拿我手机注册了个微信，叫{{wechat:subude_ls2015}}；她还有个QQ，跟同学对作业用，号码她念一个数我写一个数：{{qq:5830619274}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上我成了{{spaced:达西 策布格}}，学校写成{{spaced:苏 布 德 格 日 乐}}，监狱来的信封上儿子是{{spaced:沙　日　布　道　尔　吉}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，把孩子交给他，我就回草原。这两年，多亏了{{han:卞守芝}}。
""")

# H1258: Kham Tibetan mother from 新龙 who works in the canteen of a granite quarry in 五莲 (潮河镇), raising a boy
# with asthma after her Han husband was killed in a blast.
DOCS["H1258"] = ("family", """\
访谈者：阿佳，您在石料厂食堂干了多久了？
受访者：三年多了，蒸馒头，炒大锅菜。我叫{{minority/tibetan:降拥措姆}}，家在四川{{trap/place:甘孜}}的{{trap/place:新龙}}，{{trap/place:雅砻江}}边上。我阿妈叫我{{minority/tibetan:阿拥}}，厂里年纪大的师傅叫我{{han:窦嫂}}，跟我男人的姓。
访谈者：您爱人呢？
受访者：没了。他叫{{han:窦长山}}，五莲人，那年跟着施工队到新龙修路，我们就认识了。一五年我跟他回了{{trap/place:五莲}}，他在山上打眼放炮。一九年秋天放炮出了事，人当场就没了。厂里赔的钱，看病、还账都用完了。
访谈者：孩子多大？
受访者：儿子九岁，藏名是我阿妈起的，叫{{minority/tibetan:降泽多吉}}。户口上的名字是{{han:窦子墨}}，学校点名册上写的是{{minority/tibetan:窦降泽}}，老师说这样两边都认得。他在{{school:五莲县潮河镇中心小学三年级（4）班}}。
访谈者：听说孩子有哮喘？
受访者：三岁就有。厂里灰大，一刮风他就喘，夜里憋得坐起来，嘴唇发紫。{{trap/org:县人民医院}}儿科的{{han:葛传英}}大夫给开了吸的药，一个月三百多块。有一回半夜犯病，是村医{{han:宓春来}}骑着摩托把我们送到镇卫生院的。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:能秀云}}，{{han:能秀云}}能说会道，给孩子报了困境儿童，一个月{{trap/number:九百八十元}}，又帮我申请了低保。镇社工站的{{han:匡雪莹}}一个月来一回，教孩子用喷雾，还帮我办了大病救助。厂老板{{han:厉向阳}}{{trap/word:向来}}照顾我，中午让孩子在食堂写作业。掌勺的{{han:还玉娥}}还教我摊煎饼。{{trap/org:团县委}}的志愿者里有个姑娘叫{{compound:闻人听澜}}，礼拜六给孩子补英语。婆婆{{han:牟桂荣}}七十多了，住在{{trap/place:许孟镇}}，一个月来看一回孙子，每回都背一袋子地瓜。
访谈者：您在食堂一天干多少活？
受访者：早上四点半起来和面，一百多个工人的饭，中午晚上两顿大锅菜。一个月两千八，管吃管住。老板娘看我一个人带孩子不容易，把食堂后头一间小屋腾给我们娘儿俩住。就是离料场近，切石头的机器一响，屋里都是白灰，孩子一咳嗽我心里就一紧。{{han:葛传英}}大夫说最好搬到离厂子远的地方，可我上哪儿找不要钱的房子。
访谈者：孩子在学校犯过病吗？
受访者：犯过一回，上体育课跑步，喘得蹲在地上起不来。班主任{{han:卓玉岚}}老师抱着他去的卫生室，又给我打电话。从那以后，{{han:卓玉岚}}老师在讲台抽屉里放了一支他的喷雾，体育课让他少跑两圈。{{minority/tibetan:降泽多吉}}不乐意，说同学笑话他是药罐子。
访谈者：孩子爸爸那边的亲戚还来往吗？
受访者：来往。{{han:窦长山}}的大哥{{han:窦长福}}在{{trap/place:高泽镇}}种樱桃，樱桃熟了就叫孩子去摘。赔的钱是他帮着跟厂里谈下来的，一分没要。婆婆跟我说，{{minority/tibetan:阿拥}}，你要是想回老家，孩子我们养；你要是不走，咱就是一家人。
访谈者：老家那边呢？
受访者：我阿妈{{minority/tibetan:根秋泽翁}}还在新龙，腿不好，天天转经。我哥哥{{minority/tibetan:呷玛泽仁}}挖{{trap/minority_word:虫草}}卖了钱，给孩子寄过两回药。{{minority/tibetan:呷玛泽仁}}他说，外甥的病高原上没有，到了平地上反倒得了。在{{trap/place:日照}}还有个老乡{{minority/tibetan:俄色拉措}}，在饭店端盘子，过年我们两家一块过。
访谈者：孩子在这边习惯吗？
受访者：习惯，一张嘴是山东话，藏话倒说不好了。他最爱听我讲{{trap/famous:格萨尔王}}，拿根棍子当马骑。过{{trap/minority_word:洛萨}}的时候我给他拌{{trap/minority_word:糌粑}}，他吃两口就要吃饺子。{{minority/tibetan:降泽多吉}}说，长大了要当医生，治好自己，也治好外婆的腿。
访谈者：您自己身体怎么样？
受访者：还行，就是夏天受不了，这边又闷又潮，我们那儿夏天晚上还得盖棉被。刚来那年我中了两回暑，晕在灶台边上。现在习惯了，就是想家，想得厉害的时候，我就爬到厂后头的山顶上站一会儿，往西边看。
访谈者：登记信息请您说一下。
受访者：租的房子在{{address:五莲县潮河镇石场村东街18号}}，老家是{{address:新龙县如龙镇雄龙西村三组5号}}。我的身份证{{id_number@wy1988hyphen.513329}}，儿子的{{id_number@my2016.371121}}。我电话{{mobile@s38}}，{{han:能秀云}}的电话{{mobile@plus86}}。我的微信是{{wechat:jiangyong_xinlong88}}，厂里的人都加这个。儿子打游戏有个QQ，号码抄在药盒子上：{{qq:76150392}}。
访谈者：名字在表上写对了吗？
受访者：乱。低保表上我是{{spaced:降 拥 措 姆}}，学校有一张把儿子写成{{spaced:降泽　多吉}}，医院的病历上是{{spaced:窦 子 墨}}。
访谈者：您以后打算回新龙吗？
受访者：不回了。他爸埋在这边山上，我得守着。等孩子大了，带他回去看看外婆，看看{{trap/place:雅砻江}}。
""")

# H1259: Uyghur father from 疏附 who sells roast lamb at the night market of 城阳街道 (莒县); his wife went home and
# did not come back.
DOCS["H1259"] = ("family", """\
访谈者：老板，您这烤肉摊摆了几年了？
受访者：五年了，就在{{trap/place:城阳街道}}这个夜市口。我叫{{minority/uyghur:吾布力喀斯木·托合提}}，老家{{trap/place:喀什}}{{trap/place:疏附}}。这边人记不住，叫我{{minority/uyghur:吾布力喀斯木}}都费劲，熟了的就叫我{{minority/uyghur:老吾}}。
访谈者：怎么到莒县来了？
受访者：一开始在{{trap/place:临沂}}跟表哥{{minority/uyghur:奥斯曼江·库尔班}}学烤肉，后来他说莒县还没有新疆人摆摊，我就过来了。老婆{{minority/uyghur:再依努尔古丽}}开头也在，帮着穿串。前年她说想家，回了疏附就不来了，去年托人捎话要离婚。
访谈者：孩子们呢？
受访者：两个。闺女{{minority/uyghur:木凯代斯·吾布力喀斯木}}十二岁，在{{school:莒县城阳街道第二小学六年级（3）班}}，学校花名册上没有点，写成{{minority/uyghur:木凯代斯吾布力喀斯木}}。同学们嫌长，叫她{{minority/uyghur:代斯}}。儿子{{minority/uyghur:阿卜杜拉江}}七岁，在同一个学校的{{school:城阳街道第二小学一年级（5）班}}，我们在家叫他{{minority/uyghur:拉江}}。
访谈者：您一个人带两个孩子，顾得过来吗？
受访者：顾不过来。下午四点出摊，半夜一点收，孩子放了学没人管。{{minority/uyghur:木凯代斯}}懂事，给弟弟热饭、看作业。有一回{{minority/uyghur:拉江}}发高烧，我在摊上走不开，是她背着弟弟去的诊所。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:庄凤霞}}，给两个孩子报了困境儿童，一人一个月{{trap/number:八百六十元}}。我是外地户口，低保办不了，{{han:庄凤霞}}跑了好几趟{{trap/org:县民政局}}，给孩子办了临时救助。房东{{han:公茂森}}三年没涨房租。城管{{han:有德润}}{{trap/word:有时候}}来转一圈，不撵我，还让我把炉子往路灯底下挪挪。闺女的班主任{{han:鹿晓燕}}老师每个礼拜五给我打电话。社工站的{{compound:太史慧敏}}教我用手机交学费，跟她一块来的{{compound:钟离安澜}}给儿子辅导拼音。
访谈者：孩子妈妈还联系吗？
受访者：闺女跟她视频，儿子不愿意。{{minority/uyghur:再依努尔}}在视频里问孩子吃得好不好，说着说着就哭。我不怪她，一个女人跟着我出来吃苦，受不了。
访谈者：老家那边呢？
受访者：我妈{{minority/uyghur:布威海丽切姆}}在疏附，七十了，心脏不好。弟弟{{minority/uyghur:阿不都瓦日斯}}在家种地、种{{trap/minority_word:巴旦木}}。前年过{{trap/minority_word:古尔邦节}}我带孩子回去了一趟，闺女跟奶奶学做{{trap/minority_word:烤包子}}，儿子跟着{{minority/uyghur:阿不都瓦日斯}}在果园里跑了一天。
访谈者：孩子们在这边适应吗？
受访者：适应，一口莒县话，比我说得好。闺女作文写得好，写的就是我的烤肉摊。儿子爱听{{trap/famous:阿凡提}}的故事，天天缠着我讲。在{{trap/place:日照}}卖馕的老乡{{minority/uyghur:米吉提·买买提明}}，过节的时候开车来接我们去他家吃抓饭。
访谈者：夜市上生意怎么样？
受访者：夏天好，一晚上能卖三四百串，冬天就不行了，风一刮，一晚上卖不了五十串。羊肉是从临沂批的，一斤涨了十几块，串小了人家嫌，串大了不挣钱。城管划了摊位以后，一个月交一百块管理费，倒是不用东躲西藏了。
访谈者：孩子们放学以后在哪儿？
受访者：以前在摊子后头支张小桌写作业，烟大，闺女眼睛熏得通红。后来社区开了个四点半课堂，{{han:庄凤霞}}让两个孩子去那儿写完作业再来找我。{{minority/uyghur:拉江}}在那儿学会了下象棋，回来非要跟我杀一盘。{{minority/uyghur:木凯代斯}}在那儿帮老师看着小的，老师夸她像个小大人。
访谈者：孩子们吃饭怎么办？
受访者：我们吃清真，学校食堂有时候不方便，闺女就自己带饭，头天晚上我把抓饭装好，早上她用微波炉热一热。
访谈者：您自己呢？
受访者：累。烟熏火燎的，嗓子坏了，冬天手上全是口子。夜市上卖炒面的{{han:都凤仙}}都五十多了，我收摊晚，她就让两个孩子先去她家睡。我说我欠她的，她说都是出门在外的人。
访谈者：登记信息请您说一下。
受访者：住{{address:莒县城阳街道北关社区振兴胡同9号}}，老家{{address:疏附县托克扎克镇阿亚克托格拉克村五组17号}}。我的身份证{{id_number@my1985fwspaced.653121}}，闺女的{{id_number@wy2013.653121}}。我电话{{mobile@plus86dash}}，{{han:庄凤霞}}的电话{{mobile@h38}}。我的微信叫{{wechat:wubulikasimu_kr}}，进羊肉的老板也加的这个。闺女有个QQ，她说班上同学都有，号码写在我记账本的封皮上：{{qq:１７６４０２９３８}}。
访谈者：名字在表上写得对吗？
受访者：错的多。我被写成{{spaced:吾布力喀斯木 · 托合提}}，儿子是{{spaced:阿 卜 杜 拉 江}}，闺女的表上写成{{spaced:木凯代斯 吾布力喀斯木}}。
访谈者：还有什么想说的？
受访者：盼孩子们好好念书，别跟我一样烟熏火燎。这里的人对我们好，我记着{{han:庄凤霞}}，也记着{{han:都凤仙}}。
""")

# H1260: Kazakh grandmother from 哈巴河 raising her dead son's three children in 洪凝街道 (五莲); their Han mother
# remarried.
DOCS["H1260"] = ("family", """\
访谈者：大娘，您是从新疆来的？
受访者：{{trap/place:阿勒泰}}{{trap/place:哈巴河}}，{{trap/place:额尔齐斯河}}边上。我叫{{minority/kazakh:沙勒塔娜特·加克斯勒克}}，六十六了。这边的人念不全，叫我{{minority/kazakh:沙勒塔娜特}}大娘，小孩子们叫我奶奶。
访谈者：怎么到五莲来了？
受访者：我儿子{{minority/kazakh:达吾列提别克·哈孜肯}}早年在{{trap/place:乌鲁木齐}}的石材厂干活，认识了五莲来跑业务的闺女{{han:丁秀娟}}，结了婚就回{{trap/place:五莲}}开了个石材加工点。三年前他开货车拉石板，在{{trap/place:沈海高速}}上出了事，人没了。{{han:丁秀娟}}一个人撑了一年，后来改嫁去了{{trap/place:潍坊}}，三个孩子撂给了我。我老头子{{minority/kazakh:哈孜肯}}走了十年了，家里没人拦着，我就来了。
访谈者：三个孩子多大？
受访者：大的是闺女{{minority/kazakh:阿依波塔·达吾列提别克}}，十三，户口本上的名叫{{han:丁雅楠}}，在{{school:五莲县第二中学初一（7）班}}，我们叫她{{minority/kazakh:波塔}}。老二{{minority/kazakh:叶尔哈那提·达吾列提别克}}十岁，{{minority/kazakh:叶尔哈那提}}他调皮，在{{school:洪凝街道中心小学四年级（3）班}}。老三{{minority/kazakh:阿赫沙尔}}五岁，上幼儿园，幼儿园的名单上跟他妈姓，写成{{minority/kazakh:丁阿赫沙尔}}。
访谈者：您一个人带三个，难吗？
受访者：难。话说不通，我汉话只会几句，开家长会都是{{minority/kazakh:波塔}}去。这边冬天不冷，可是潮，我的腿一到阴天就疼。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:把玉芹}}，她把三个孩子都报上了事实无人抚养，一个孩子一个月{{trap/number:一千一百五十元}}。我的低保是街道民政办的{{han:向红旗}}向县里反映了好几回才批下来的。{{han:把玉芹}}把我吃的药也记在本子上，隔几天就来问。老大的班主任{{han:巩丽萍}}老师给她申请了助学金。社工站有个姑娘叫{{compound:澹台悦}}，每个礼拜来教我用手机视频，跟她搭伴的{{compound:呼延可欣}}礼拜天带老二去踢球。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。老三还小，以为爸爸去新疆放羊了。{{minority/kazakh:叶尔哈那提}}知道，不说，夜里蒙着被子哭。{{han:丁秀娟}}过年打过一回电话，老大不接。
访谈者：老二怎么个调皮法？
受访者：上树掏鸟窝，下河摸鱼，一个礼拜能磕破两条裤子。上回跟人打架，把人家鼻子打出了血，我领着他去人家赔不是，人家看我一个老婆子，没要钱。{{minority/kazakh:叶尔哈那提}}回来跟我说，奶奶，他说我是没爹的孩子。我抱着他哭了一场。
访谈者：老三身体好吗？
受访者：好，能吃能睡，就是不爱说话。幼儿园老师说他一天说不了三句，怕他心里有事。社工姑娘让他画画，他画了一个大人躺着，旁边站着三个小孩。{{minority/kazakh:阿赫沙尔}}说，那是爸爸睡着了。
访谈者：您自己身体呢？
受访者：血压高，一天吃两回药。去年冬天犯了一回，头晕得站不住，是{{minority/kazakh:波塔}}打的{{trap/hotline:120}}。那天以后她每天放学先问我吃药了没有。她才十三，做饭、洗衣裳都会了，我心疼她。现在我有个头疼脑热，就让{{minority/kazakh:波塔}}给{{han:把玉芹}}打电话，她骑着电动车十分钟就到。
访谈者：孩子们的妈妈还来看吗？
受访者：不来了，她新嫁的人家不让。老大过生日那天，她托人捎来一件羽绒服，老大没穿，叠好了放在柜子顶上。我跟她说，那是你妈，心里再有气，衣裳是好衣裳。她说奶奶，等我长大了再穿。
访谈者：老家还有人吗？
受访者：闺女{{minority/kazakh:巴克提古丽}}在哈巴河，女婿{{minority/kazakh:吐尔逊别克·马哈提}}养了几十只羊，每年秋天{{trap/minority_word:转场}}前寄些{{trap/minority_word:奶疙瘩}}和{{trap/minority_word:熏马肉}}过来。{{minority/kazakh:巴克提古丽}}叫我回去，我说三个孩子在这边念书，回不去。
访谈者：孩子们还会说哈萨克话吗？
受访者：老大会一点，老二老三只会说五莲话。晚上我弹{{trap/minority_word:冬不拉}}给他们听，讲{{trap/famous:阿勒帕米斯}}打仗的故事。过{{trap/minority_word:纳吾热孜}}的时候我炸{{trap/minority_word:包尔萨克}}，对门的{{han:甄秀英}}教我摊煎饼，我教她炸果子。
访谈者：登记信息请您说一下。
受访者：住{{address:五莲县洪凝街道解放路61号2单元302室}}，老家{{address:哈巴河县萨尔塔木乡阔斯阿热勒村二组14号}}。我的身份证{{id_number@wy1959.654324}}，老三的{{id_number@my2020fwhyphen.371121}}。我不会在手机上打字，电话是老大帮我存的：{{mobile@fws}}，{{han:把玉芹}}的{{mobile@spaced}}。老大的微信是{{wechat:aiyibota_wl0913}}，她也有QQ，号码写在冰箱贴上：{{qq:3029175846}}。
访谈者：名字写得对吗？
受访者：不对的多。表上我是{{spaced:沙 勒 塔 娜 特 · 加 克 斯 勒 克}}，老二写成{{spaced:叶尔哈那提 · 达吾列提别克}}，老三是{{spaced:阿　赫　沙　尔}}。
访谈者：您最盼什么？
受访者：盼孩子们长大成人。我老了，能看几年算几年，全靠{{han:把玉芹}}。
""")

# H1261: Han 儿童主任 in 浮来山街道 (莒县) reading out her register.
DOCS["H1261"] = ("staff", """\
访谈者：{{han:仲主任}}，您手里是什么本子？
受访者：街道困境儿童的台账。我叫{{han:仲秋菊}}，在{{trap/place:浮来山街道}}当儿童主任第六年了。我一户一户念，您对着记。
访谈者：好。
受访者：头一户，{{han:卜梓涵}}，女，十一岁，{{school:浮来山街道中心小学五年级（2）班}}。她爸{{han:卜有才}}才三十五，尿毒症，一个礼拜透析三回；她妈跑了。跟奶奶{{han:禚玉兰}}过，住{{address:莒县浮来山街道前集村三组26号}}。孩子的身份证{{id_number@wy2014spaced.371122}}。全户低保，孩子一个月{{trap/number:八百四十元}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:相宇航}}，男，八岁。爸妈前年开三轮车翻进了{{trap/place:沭河}}，都没了。现在跟大爷{{han:相立本}}过，庄里人都叫他{{han:相大爷}}。住{{address:莒县浮来山街道后集村一组4号}}，孩子的身份证{{id_number@my2017x.371122}}，孤儿基本生活费一个月{{trap/number:一千四百六十元}}。
访谈者：第三户？
受访者：第三户，{{han:也欣怡}}，女，十四岁，在{{school:莒县第五中学八年级（4）班}}。她爸{{han:也庆华}}也在里头，盗窃，判了五年；她妈精神二级残疾。{{han:也欣怡}}也懂事，放了学就回家做饭。服刑人员子女补助办下来了，她妈的残疾人两项补贴也办了。
访谈者：第四户？
受访者：第四户，{{han:要德顺}}，男，十二岁，脑瘫，坐轮椅，学籍在{{school:莒县特殊教育学校三年级（1）班}}，老师送教上门。他爸在{{trap/place:天津}}打工，他妈{{han:苑凤琴}}在家伺候。{{han:要德顺}}要人抱着才能翻身，他妈的腰都累坏了。
访谈者：第五户？
受访者：第五户是事实无人抚养，{{han:晏谦让}}，男，九岁。他爸吸毒，在戒毒所；他妈改嫁了。跟爷爷过，爷爷七十八了，庄里人叫他{{han:老晏头}}。{{han:晏谦让}}让我最操心，三天两头逃学去网吧。
访谈者：这些孩子是怎么发现的？
受访者：一是村里报，二是学校报，三是我们自己入户排查。春秋两季，我跟网格员挨家挨户走，看哪家大人病了、哪家大人不在了、哪家孩子没人管。第五户就是卖菜的邻居悄悄跟我说的，说那孩子半夜还在网吧门口转悠。上个月{{han:晏谦让}}又跑了，我跟派出所的人找了一宿，天亮才在{{trap/place:沭河}}桥底下找着他，冻得直哆嗦。
访谈者：找到以后怎么办？
受访者：先评估，缺钱的报救助，缺人照顾的找亲属，心里有疙瘩的请社工上门。每个孩子一个档案，半年评估一回。{{han:卜梓涵}}她奶奶不认字，材料都是我替她填的，签字的时候她按手印。{{han:相大爷}}倒是识字，就是要面子，头一回我去，他说俺家不要政府的钱，后来是{{compound:梁丘若水}}陪着他喝了两回茶，才松了口。
访谈者：街道有多少这样的孩子？
受访者：在册的三十一个，这五户是最难的。还有不少留守的，爹娘在外头打工，跟着爷爷奶奶，算不上困境，可也得盯着。
访谈者：这些户都谁在跟？
受访者：街道民政办的{{han:隗所长}}总负责，材料报到{{trap/org:县民政局}}。社工站派的是{{compound:梁丘若水}}和{{compound:端木逸尘}}，{{compound:梁丘若水}}跟头两户，{{compound:端木逸尘}}跟第五户。第三户的班主任是{{han:贺明珠}}老师，送教上门的老师叫{{compound:亓官静}}。
访谈者：台账上的名字都对吗？
受访者：错的不少。{{spaced:卜 梓 涵}}中间空了格，{{spaced:相　宇　航}}写成三截，{{spaced:晏谦 让}}拆成了两半，社工的名字也让人写成{{spaced:梁 丘 若 水}}和{{spaced:端　木　逸　尘}}。
访谈者：您当儿童主任最难的是什么？
受访者：最难是看着孩子难受，自己又帮不上。{{han:老晏头}}管不住孙子，我跟他说，孩子交给我，每天放学我去学校门口接。再一个是材料，一年核两回，哪家人口变了、收入变了，都得入户。我们这儿的人爱说，{{trap/famous:刘勰}}当年在{{trap/org:定林寺}}校经，那棵老{{trap/word:银杏}}就看着他。我跟孩子们讲，念书的人，树都记得。
访谈者：您家里人支持您干这个吗？
受访者：头两年不支持，我男人说一个月几百块钱补贴，操的是卖白菜的心。后来他跟着我跑了几趟，见了那几个孩子，回来一宿没睡着，第二天就把家里的旧电脑给头一户那个闺女送去了，说让孩子上网课用。
访谈者：联系方式呢？
受访者：{{han:禚玉兰}}不会用手机，打她邻居的；{{han:相立本}}的电话{{mobile@p86h}}，{{han:苑凤琴}}的{{mobile@s74}}。我的工作微信{{wechat:zhongqj_fulaishan}}。{{han:晏谦让}}有QQ，我加上了，好盯着他去没去网吧，号码是{{qq:2047861395}}。我自己的电话{{mobile@plain}}，谁家有事半夜也能打。
访谈者：最后还想说什么？
受访者：盼这些孩子都能把书念完。有事就找{{han:仲秋菊}}。
""")

# H1262: Han social worker in 潮河镇 (五莲) who keeps up with her families on WeChat.
DOCS["H1262"] = ("staff", """\
访谈者：您平时跟这些家庭主要怎么联系？
受访者：微信。我叫{{han:匡雪莹}}，在{{trap/place:潮河镇}}社工站，跟着十七个孩子，家长多半在外头打工，见不着面，全靠手机。我把几户的聊天记录翻给您看。
访谈者：好。
受访者：这个头像是麦子地的，是{{han:滕广田}}，在{{trap/place:青岛}}工地上，他儿子{{han:滕小满}}跟着奶奶过，十岁，在{{school:潮河镇中心小学四年级（1）班}}。{{han:滕广田}}的微信是{{wechat:tgt_qingdao1979}}，他半夜下了工才回消息。昨天我发了孩子数学卷子的照片，他回了一串大拇指。
访谈者：第二个？
受访者：这个是石料厂食堂的{{minority/tibetan:降拥措姆}}，藏族，她儿子{{minority/tibetan:降泽多吉}}有哮喘。她打字慢，都发语音，一半藏话一半山东话，她阿妈喊她{{minority/tibetan:阿拥}}，我们也跟着喊。上个月孩子夜里犯病，她给我发了十几条语音，我打了{{trap/hotline:120}}，又给村医打电话。后来我把她拉进一个病友群，群主是{{trap/org:市妇幼保健院}}的大夫。
访谈者：第三个？
受访者：这个是{{han:鲍晓雯}}，十五岁，初三，她自己加的我。她爸{{han:鲍长河}}在{{trap/place:日照港}}扛包，她妈{{han:秦凤芝}}瘫在床上。她的微信叫{{wechat:xiaowen_chaohe07}}，QQ也有，一个是{{qq:481936520}}，一个小号是{{qq:30917264}}。晚上十一点还在线，我就催她睡，她说老师我不敢睡，怕我妈夜里要翻身。
访谈者：您怎么帮她？
受访者：跟她班主任{{han:褚丽娜}}商量，给她妈申请了残疾人两项补贴，又找了护工{{han:焦大姐}}每天下午去两个钟头。{{han:焦大姐}}是我们镇上的，干了十几年护理。
访谈者：还有别的户吗？
受访者：还有个事实无人抚养的，叫{{han:满天星}}，男孩，七岁，他爸在服刑，他妈改嫁了，跟姑姑{{han:满秀荣}}过。{{han:满秀荣}}的手机是{{mobile@plus86spaced}}，她不用微信，我只能打电话。
访谈者：您一天回多少条消息？
受访者：少说一百条。早上七点先看一遍，谁家孩子病了、谁家老人住院了。中午吃着饭回，晚上自己孩子睡了再回。我在手机里给每一户都加了备注，写着孩子几年级、吃什么药、爹娘在哪儿打工。{{han:满天星}}的姑姑不识字，我就给她发语音，她回的也是语音，十几秒一条，背景里全是鸡叫。
访谈者：有没有家长不回消息的？
受访者：有。{{han:滕广田}}有一阵子半个月没回，我急得给他工地老板打电话，才知道他从架子上摔下来住了院，怕家里知道，手机都不敢开。后来是我开车带着{{han:滕小满}}去青岛看的他，爷儿俩在病房里谁也不说话，光掉眼泪。
访谈者：您的同事呢？
受访者：站长叫{{compound:宗政乐章}}，管个案的是{{compound:漆雕雨涵}}，实习生是{{compound:西门初晴}}。我们建了个工作群，叫“潮河儿童”，家长有事在群里喊一声，镇民政办的{{han:郝所长}}也在群里。
访谈者：用微信有什么难处？
受访者：老人不会用，年轻的又太忙。再就是名字，群里的昵称五花八门，{{han:滕广田}}的昵称叫{{han:老滕}}，{{han:鲍晓雯}}的昵称是{{han:晓雯子}}，报材料的时候我得一个个对。有的表上还写成{{spaced:鲍 晓 雯}}、{{spaced:滕　小　满}}，同事的名字也给写成{{spaced:漆 雕 雨 涵}}、{{spaced:宗政 乐章}}。
访谈者：孩子们自己会找您吗？
受访者：会，大点的孩子比大人还愿意说。有的半夜发一句“姐，我睡不着”，有的发一张考卷，一百分，后面跟一串感叹号。我给他们定了个规矩，晚上十点以后不聊天，有急事打电话。可真有孩子十一点发消息，我还是忍不住回。
访谈者：您干这行几年了？
受访者：五年。刚毕业的时候在{{trap/place:济南}}一家机构，后来考回了老家。工资不高，一个月三千出头，可是离家近，爹娘也能帮着看孩子。
访谈者：联系方式能说一下吗？
受访者：我的工作微信{{wechat:kuangxy_shegong}}，工作电话{{mobile@p86n}}。{{han:鲍长河}}的电话{{mobile@hyphen}}，{{han:秦凤芝}}的身份证{{id_number@wmidfwhyphen.371121}}，{{han:滕小满}}的{{id_number@my2015tri.371121}}。{{han:鲍晓雯}}家住{{address:五莲县潮河镇河西村二组31号}}，{{han:满秀荣}}家在{{address:五莲县潮河镇白鹭湾社区6号楼1单元201室}}。
访谈者：做这个工作最难的是什么？
受访者：最难的是不能替他们过日子。{{han:鲍晓雯}}说想退学打工，我劝了她三个晚上。再就是自己的孩子顾不上，我闺女说，妈，你跟别人家的孩子聊天比跟我多。有事也能打{{trap/hotline:12345}}，可孩子们更愿意找我。
访谈者：最后想说什么？
受访者：盼着{{han:鲍晓雯}}能考上高中。
""")

# H1263: Han grandmother in 街头镇 (五莲) raising her blind grandson; his father works away and his mother left.
DOCS["H1263"] = ("family", """\
访谈者：大娘，您一个人带着孙子？
受访者：嗯哪，俺跟俺孙俩人过。俺叫{{han:苗桂芹}}，六十九了，在{{trap/place:街头镇}}住了一辈子。庄里的小辈叫俺{{han:桂芹}}婶子，老辈儿的都叫俺{{han:海峰娘}}。
访谈者：孙子多大了？
受访者：十岁，叫{{han:卢星辰}}，生下来就看不见，医生说是视神经发育不全。俺给他起了个小名叫{{han:亮亮}}，盼着他眼里能亮堂。
访谈者：孩子爸妈呢？
受访者：他爹{{han:卢海峰}}在{{trap/place:宁波}}打工，又找了一个，一年到头不来个电话，钱也不往家寄。他娘{{han:尹翠萍}}一看孩子瞎了，没等孩子满周岁就走了，回了{{trap/place:莒南}}娘家，后来改嫁了。俺老头子{{han:卢德水}}前年脑出血走了，家里就剩俺俩。
访谈者：您怎么照顾他？
受访者：早上给他穿衣裳、做饭，送到公路边上等校车。他在{{school:日照市特殊教育学校二年级（3）班}}念书，住校，礼拜五回来。他摸着盲文念书，念得可好了。俺不识字，他念给俺听。礼拜五下午俺早早就去路边上等，老远听见校车响，俺心里才踏实，一个礼拜就盼这一天。
访谈者：谁在帮你们？
受访者：庄里的儿童主任{{han:还淑珍}}，俺叫她{{han:淑珍}}，她{{trap/word:还是}}俺娘家那边的亲戚。她给孩子办了残疾证，一级，两项补贴一个月{{trap/number:三百二十元}}，俺家又吃上了低保。村支书{{compound:诸葛国栋}}找人把俺家的屋地铺平了，孩子走道不磕着。镇上民政的{{han:能文涛}}有{{trap/word:能耐}}，去年冬天给要来了电褥子。{{trap/org:县残联}}来送盲杖的大夫叫{{compound:百里明轩}}，教孩子怎么使。特校的班主任{{han:蔺晓丹}}老师教俺用手机视频，礼拜三晚上俺跟孙子说说话。
访谈者：孩子平时喜欢干啥？
受访者：听收音机，听{{trap/famous:刘兰芳}}说评书。他耳朵灵，谁来了，听脚步就知道。隔壁{{han:鄢二嫂}}还没进门，他就喊二嫂来了。俺闺女小名叫{{han:二嫚}}，嫁到{{trap/place:潮河}}了，{{han:二嫚}}隔三差五回来给俺蒸饽饽，给孩子洗被子。
访谈者：孩子在家都干些啥？
受访者：他自个儿会穿衣裳、叠被子，摸着墙能走到大门口。俺在院里拉了一根绳，从屋门拴到茅房，他扶着绳走，不用俺领。他会剥花生、择豆角，俺摊煎饼，他在边上烧火，火大火小他听声就知道。{{han:卢星辰}}说，奶奶，俺眼看不见，手能看见。
访谈者：放了假呢？
受访者：在家待着，俺怕他闷，就领他去庄头小卖部，听人拉呱。庄里人都稀罕他，这个给块糖，那个给个苹果。{{trap/org:五莲县图书馆}}有盲文书，{{han:蔺晓丹}}老师给借了一摞，他一个暑假摸完了。
访谈者：家里一年收入多少？
受访者：低保加上补贴，一年七千来块。俺还种着二亩地，种花生、种地瓜，够吃。钱紧的时候，{{han:鄢二嫂}}借给过俺两回，俺都还上了。
访谈者：您身体怎么样？
受访者：不行了，腰弯了，眼也花了。俺就怕哪天倒下了，孩子咋办。{{han:还淑珍}}说，真到那一天，政府管，送{{trap/org:儿童福利院}}。俺说俺舍不得。
访谈者：孩子以后怎么办？
受访者：老师说他能学按摩，{{han:蔺晓丹}}老师还说，看不见的孩子也能考大学。俺就盼他有个手艺，自个儿能吃上饭。他说奶奶，等俺挣了钱给你买个大电视。俺让{{han:二嫚}}给他买了块会说话的手表，几点了一按就报，他天天戴着睡觉。
访谈者：孩子在学校交到朋友了吗？
受访者：交到了，同宿舍有个小子，也是看不见，{{trap/place:岚山}}那边的，俩人好得跟亲兄弟一样。放了假俩人打电话，一打一个钟头，说的都是收音机里的事。俺听不懂，就在边上笑。
访谈者：孩子想他爹娘吗？
受访者：想。他不说，俺知道。有一回{{han:卢海峰}}打来电话，他攥着手机半天不撒手，挂了以后一个人坐在炕沿上，半宿没睡。{{han:亮亮}}说，俺爹是不是嫌俺看不见。俺搂着他说，你爹是忙。
访谈者：登记信息请您说一下。
受访者：俺家在{{address:五莲县街头镇东坡村四组15号}}。俺的身份证俺背不下来，村里给抄在低保本上了：{{id_number@wy1956.371121}}，孙子的{{id_number@my2015hyphen.371121}}。俺的电话{{mobile@spaced}}，{{han:还淑珍}}的电话{{mobile@s38}}。{{han:二嫚}}的微信叫{{wechat:erman_jietou76}}。俺孙有个QQ，老师给注册的，手机能念消息，号码是{{qq:930517486}}。
访谈者：名字写得都对吗？
受访者：孙子的残疾证上是{{spaced:卢 星 辰}}，低保表上俺是{{spaced:苗　桂　芹}}，还有一张把俺老头子写成{{spaced:卢德 水}}。
访谈者：还有啥要说的？
受访者：没啥了，就是谢谢这些好心人。俺孙说，等他长大了，头一个谢{{han:还淑珍}}。
""")

# H1264: Han head teacher in 叩官镇 (五莲) talking about a girl who cares for her sick mother.
DOCS["H1264"] = ("teacher", """\
访谈者：{{han:房老师}}，您带哪个班？
受访者：{{school:五莲县叩官镇初级中学八年级（1）班}}，当班主任第三年了。我叫{{han:房淑贞}}，教数学。今天想说说我们班的{{han:申晓琪}}。
访谈者：她家里什么情况？
受访者：她妈{{han:蓝秀玲}}红斑狼疮，肾也坏了，一个礼拜去{{trap/place:五莲县城}}透析两回。她爸{{han:申庆丰}}前些年在{{trap/place:九仙山}}景区开游览车，后来跟人赌钱欠了账，跑了，到现在没个音信。家里就娘儿俩，外婆在{{trap/place:诸城}}，自己也七十多了。
访谈者：孩子怎么照顾妈妈？
受访者：天不亮起来做饭，给她妈擦身子、喂药，再骑二十分钟车子来上学。透析那天，她先把她妈扶上{{han:秦师傅}}的三轮车，自己再来学校。{{han:秦师傅}}是她家邻居，大名{{han:秦保田}}，他说这孩子比大人还能扛。
访谈者：学校怎么帮她？
受访者：校长{{han:牟振东}}批了，她迟到不记分，中午在学校吃免费餐。德育处{{han:逯主任}}给她报了家庭经济困难学生资助。镇上的儿童主任{{han:葛淑华}}帮她家办了低保，她妈的大病救助也批了。后来我又给{{han:葛淑华}}打了电话，问能不能给她家派个护工，她说正在想办法。心理老师{{compound:欧阳黎昕}}每个礼拜找她聊一回，县社工站派来的{{compound:第五清源}}帮她妈{{trap/word:申请}}了居家护理。
访谈者：您去她家家访过吗？
受访者：去过四回。头一回去，屋里收拾得干干净净，她妈躺在炕上，床头柜上一溜药瓶，每个瓶子上都贴着小纸条，写着一天几回、一回几片，是孩子写的。{{han:蓝秀玲}}拉着我的手说，老师，这孩子跟着我受罪了。我说，孩子懂事，你好好养病就是帮她。
访谈者：孩子的学习时间从哪儿来？
受访者：挤。她在透析室外头的长椅上写作业，一坐四个钟头，护士都认得她，给她倒热水。晚上她妈睡了，她再开着台灯看一个钟头书。我跟各科老师商量，她的作业能少就少，重点题我单独给她讲。{{han:申晓琪}}说，老师，你别给我搞特殊。我说这不是特殊，是你该得的。
访谈者：孩子自己怎么样？
受访者：要强。数学考过全班第二。就是累，上课有时候趴着睡着了。我不叫醒她，让她睡一会儿。她跟同桌{{han:管文明}}说，她最怕半夜她妈喘不上气。{{han:管文明}}他爸是镇卫生院的，教会了她量血压。班长{{han:宋安全}}带着几个同学，礼拜天去她家帮着收花生。
访谈者：您跟她妈妈联系多吗？
受访者：多。她妈用微信，叫{{wechat:lanxiuling_kouguan}}，精神好的时候给我发语音，说老师麻烦你了。孩子有QQ，号码是{{qq:62819457}}，她在QQ空间里写日记，我偷偷看过，写的是“妈妈，你要等我长大”。
访谈者：班上其他同学对她怎么样？
受访者：都护着她。她妈透析那天她来得晚，早读的笔记同桌给她抄好；她趴着睡着了，后排的男生把窗户关上，怕她着凉。我们班谁过生日大家凑钱买个蛋糕，她过生日那天，同学们把蛋糕拎到了她家，她妈坐在炕上，一边吃一边哭。
访谈者：您自己当年也遇到过难处吗？
受访者：遇到过。我上初中的时候我爹病了三年，家里穷得揭不开锅，是我的班主任给我垫的学费。所以我看见这孩子，就像看见了当年的自己。
访谈者：有没有同学欺负过她？
受访者：有过。有个男生叫{{han:向东旭}}，{{trap/word:向来}}嘴上没个把门的，笑话过她身上有药味。我把{{han:向东旭}}叫到办公室，没骂他，让他跟我去了一趟她家。回来他就不说了，后来还把自己的自行车借给她骑。
访谈者：您有什么担心？
受访者：怕她念不下去。她说过初中毕业就去{{trap/place:日照}}进厂，挣钱给她妈看病。我跟她讲，你先考高中，钱的事大家想办法。县{{trap/org:慈善总会}}有个助学项目，我帮她报上了。
访谈者：登记表的信息麻烦说一下。
受访者：她家在{{address:五莲县叩官镇王家庄子村三组9号}}。孩子的身份证{{id_number@wy2011.371121}}，她妈的{{id_number@wy1983spaced.371121}}。她妈电话{{mobile@plus86}}，{{han:葛淑华}}的{{mobile@s434}}。我的电话{{mobile@h38}}，微信{{wechat:fangsz_math2019}}，家长有事都找我。
访谈者：名字在表上写得对吗？
受访者：资助表上写成{{spaced:申 晓 琪}}，她妈的名字写成{{spaced:蓝秀 玲}}，心理老师的名字写成了{{spaced:欧 阳 黎 昕}}。
访谈者：最后想说什么？
受访者：这孩子不容易，我教了二十年书，头一回见这么要强的。我就盼她考上高中，盼她妈熬过这一关。全班都在等{{han:申晓琪}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1257,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout158", "holdout156", "holdout157"))


if __name__ == "__main__":
    main()
