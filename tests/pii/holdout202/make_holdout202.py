# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 202 (tests/pii/holdout202/H1601-H1608 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 203, written at the same time, is not
an earlier set).

Set 202 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
泰宁 and 建宁 (三明, Fujian): a Yi mother from 美姑 who splits bamboo in a flooring mill in 泰宁 (上青乡), her Han
husband in prison for a fight over a house plot; a Kazakh grandfather from 青河 who keeps night watch at a 大金湖
boat dock and raises his granddaughter, his son dead on a mountain road and the Han mother gone to 厦门; a
Mongolian mother from 东乌珠穆沁旗 married into a Hakka ancestral-hall village of 建宁 (客坊乡), her husband
paralysed by a fall from the hall's roof; a Tibetan father from 德格 who cores lotus seeds in a workshop of a lotus
village (里心镇), his Han wife dead of cancer, his son autistic; the Han 儿童主任 of that lotus village reading out
her ledger; the Han social-assistance clerk of 上青乡 with his phone list; a Han family mediator of the 泰宁 county
court; and a Han class teacher of a 建宁 middle school. The emphasis is on forms where a replacement might cover
only part of a name, or miss it, in a mix rather than one trick: Yi names of clan + given name (瓦扎日果, 瓦扎伍各,
瓦扎史体, 阿苏拉莫, 俄洛拉铁, 吉伍尔果, 俄洛史尔, 勒格衣尔) with the dot (瓦扎·日果, 勒格·衣尔), given names alone
(尔莫, 色哈日, 史尔, 衣尔), a Han surname before a Yi given name (官尔莫, from the father; 罗史尔, the clan shortened
by the police station) and the mother's Han name (汪日芳); a Kazakh given name + father's name with the dot in every
form a form-filler produces (阿依达娜·塔勒哈蒂, 阿依达娜‧塔勒哈蒂, 阿依达娜・塔勒哈蒂, 阿依达娜.塔勒哈蒂,
阿依达娜塔勒哈蒂), the father's name alone (塔勒哈蒂), the Han mother's surname before it (童阿依达娜) and forms of
address made from it (达娜江, 小达娜, 努伯); Mongolian names (敖拉达日玛, 额勒苏图, 阿如汗图雅, 斯德布扎布,
萨格都仁扎布, 阿拉腾仓布) with the Hakka in-laws' forms of address (敖妹, 图雅妹), the husband's (斯哥), the
hotel's (腾哥) and the Han father's or mother's surname before them on school rolls and hukou (练额勒苏图, 叶那顺);
Kham Tibetan names (洛松邓珠, 德吉拥宗, 彭措郎加, 志玛卓嘎, 洛绒曲批) with forms that look like Han surnames (老邓,
from 邓珠; 小彭, from 彭措) and the Han mother's surname before the boy's name (揭郎加); Han names with surnames of
the region, many of them rare or ordinary words (揭, 伊, 危, 练, 阙, 官, 游, 池, 卓, 巫, 赖, 温, 修, 童, 管, 冷, 连, 从,
由, 别, 来, 过, 于, 宁, 全, 封, 应, 简, 饶, 严), right before or after grammar words and their look-alikes (过海燕过年,
来福生他来回, 从桂兰从来, 巫再娣再, 由雨禾 … 由于, 别晓东 … 别人, 于小满 … 于是, 宁可欣 … 宁可, 全得福得了 … 全班,
揭又青又, 官正阳正在, 被连德顺, 连德胜 … 连忙, 封建明他 … 封建, 跟应小蝶讲 … 应该, 危国梁 … 危险 / 危房, 揭水根 …
揭开, 游子昂 … 游客 / 游泳); given names used alone (雪芬, 秀凤); a surname with only a title or kin word,
annotated whole (阙婆, 卓警官, 钟干事, 温阿婆, 伊主任, 危干部, 小危, 邹姐, 饶婆, 严老师) and local nicknames (排牯,
莲籽妹, 春娇妹); names inside place- or organisation-like phrases that are the person's (黄细妹莲子加工坊,
池金水家庭农场, 池金水塘, 叶蔓青裁缝铺); names opening a line (由雨禾，女，十四岁) or closing the last sentence
(… 是巫子萌。, … 是排牯。, … 是封子诺。, … 是德吉拥宗。); names spaced out character by character in half- and
full-width spaces (瓦 扎 日 果, 努 尔 别 克, 敖 拉 达 日 玛, 洛　松　邓　珠, 德 吉 拥 宗, 俄 洛 拉 铁, 勒 格 衣 尔,
南 宫 念 慈, 司　空　渡　舟, 练　长　贵, 由　雨　禾, 卓 银 花, 封 子 诺, 宁 可 欣, 揭 郎 加), dotted names with
spaces around the dot (瓦扎 · 日果, 塔勒哈蒂 · 努尔别克, 努尔别克 ‧ 沙吾提, 阿 依 达 娜 · 塔 勒 哈 蒂) and names split
in two (官 尔莫, 练 额勒苏图, 阿如汗 图雅, 洛松 邓珠, 从 桂兰, 吉伍 尔果, 应 小蝶, 于　小满); compound surnames after
ordinary words (上官, 欧阳, 司徒, 夏侯, 皇甫, 端木, 钟离, 宗政, 南宫, 长孙, 宇文, 濮阳, 赫连, 梁丘, 司空, 申屠, 万俟,
闻人, 即墨, 鲜于, after 社工/同事/心理老师/志愿者/书记员/法官/律师/派了/是/县残联的), with 长孙 also used as a word; and
numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:阙婆}}``, ``{{qq:3186094725}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, yi, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016fwspaced.350429}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 主任, 校长) and a particle, pronoun or
verb written directly after a name (他, 她, 再, 又, 正在, 得了, 说, 讲, 跑) are outside the span; a surname with only a
title or kin word (阙婆, 温阿婆, 卓警官, 钟干事, 伊主任, 危干部, 小危, 邹姐, 饶婆, 严老师) and a local nickname (排牯,
莲籽妹, 春娇妹) are annotated whole. Han-style names of minority people (汪日芳, the Yi mother's; 官晓荷, 官子睿,
练思源, 练欣瑶, 揭雨莲, the children's) are category han; a Han surname before a non-Han given name (官尔莫, 罗史尔,
童阿依达娜, 练额勒苏图, 叶那顺, 揭郎加) is category minority, and so are forms of address made from a non-Han name
(瓦嫂, 努伯, 达娜江, 小达娜, 敖妹, 图雅妹, 斯哥, 腾哥, 老邓, 小彭).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout202/make_holdout202.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(202_2026_1207)
MINORITY_GROUPS = ('mongolian', 'kazakh', 'yi', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "yi": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "152", "155", "159", "172", "178", "180", "183", "185", "186", "188",
                   "193", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1601: Yi mother from 美姑 who splits bamboo in a flooring mill in 泰宁 (上青乡); her Han husband is in prison.
DOCS["H1601"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：不是，{{trap/place:凉山}}{{trap/place:美姑}}来的，彝族。我叫{{minority/yi:瓦扎日果}}，前两个字是我们家支的名号。身份证上还有个汉名{{han:汪日芳}}，是当年办证的干部顺手起的。竹片厂的姐妹图省事，都喊我{{minority/yi:瓦嫂}}。
访谈者：怎么到泰宁来的？
受访者：十六岁跟表哥{{minority/yi:瓦扎伍各}}出来打工，先在{{trap/place:晋江}}鞋厂，后来到{{trap/place:泰宁}}做竹地板。在厂里认得了{{han:官德旺}}，他是{{trap/place:上青乡}}的，我就嫁过来了。刚来的时候听不懂这边的话，他们讲“冇”，我以为在骂我。
访谈者：您爱人现在……
受访者：在里面。前年跟邻居争宅基地，动了锄头，把人打成重伤，判了三年半，关在{{trap/place:龙岩}}。{{han:官德旺}}他酒一喝就管不住手。我去看过两回，大巴要坐五个钟头，隔着玻璃讲二十分钟，出来腿都是软的。
访谈者：孩子们多大了？
受访者：女儿十岁，汉名{{han:官晓荷}}，我阿妈给起的彝名叫{{minority/yi:尔莫}}。班主任{{han:卓慧萍}}说两个名字都好听，点名就喊{{minority/yi:官尔莫}}，全班跟着喊。她在{{school:泰宁县上青中心小学四年级（2）班}}。儿子{{minority/yi:色哈日}}五岁，上幼儿园，户口本上写的{{han:官子睿}}。
访谈者：女儿在学校怎么样？
受访者：数学差一点，语文好。她写过一篇作文叫《我的两个名字》，班主任在家长会上念了，我听不全，只听见一句“阿妈是从大山里走出来的”，眼泪就下来了。她现在会讲三种话，彝话、普通话，还有泰宁话，{{han:阙婆}}骂人她都听得懂，回来学给我听。
访谈者：一个人带两个孩子，怎么过？
受访者：白天去厂里剖竹片，一天一百二，计件的时候多一点。婆婆{{han:阙细英}}七十多了，帮我看着{{minority/yi:色哈日}}。村里人都叫她{{han:阙婆}}，{{han:阙婆}}嘴巴凶，心是软的，我下夜班回来，锅里总给我焖着饭。她讲的话我到现在也只听得懂一半，她讲我的话也听不懂，两个人比划，倒也过了这几年。
访谈者：有哪些人帮过你们？
受访者：村里的儿童主任{{han:邱满秀}}头一个上门，给两个孩子报了服刑人员子女，一个月{{trap/number:一千一百四十块}}。乡里的救助员{{han:危国梁}}骑摩托上山，那段路{{trap/word:危险}}得很，他还是来核了三回，连我工资条都拍了照，后来又帮我报了低保。补助每月十号前后到卡上，有一回晚了半个月，是儿童主任跑到乡里去问，原来我的卡号登错了一位。她讲，这种事冇人盯着，钱就在系统里打转转。社工{{compound:上官翠微}}每个礼拜来陪{{minority/yi:尔莫}}写作业，她同事{{compound:欧阳望舒}}教儿子认字。
访谈者：孩子们知道爸爸的事吗？
受访者：女儿知道。有一回同学{{han:游子昂}}说她爸是劳改犯，她回来哭了一晚上，饭也不吃。{{han:卓慧萍}}老师把{{han:游子昂}}叫去讲了一顿，第二天他给{{minority/yi:尔莫}}道了歉，还送了一块橡皮。儿子还小，问爸爸去哪了，我就说去很远的地方做工，过年也回不来。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/yi:阿苏拉莫}}在美姑放羊，弟弟{{minority/yi:瓦扎史体}}在{{trap/place:西昌}}开三轮。{{trap/minority_word:火把节}}我回不去，就在院子里点一堆柴，炖一锅{{trap/minority_word:坨坨肉}}，婆婆也跟着吃。阿妈托人寄来一件{{trap/minority_word:查尔瓦}}，{{minority/yi:色哈日}}披着满屋子跑。女儿爱听{{trap/famous:海来阿木}}的歌，说等她爸出来，唱给他听。
访谈者：您自己身体怎么样？
受访者：手上都是竹刺扎的口子，冬天裂开，贴满胶布。厂长{{han:涂永青}}知道我家的事，不排我夜班。去年我发高烧，是同村的{{han:过银娣}}把我送到卫生院，{{han:过银娣}}又帮我接了两天孩子。我不敢病，我一倒，三张嘴就没人管了。
访谈者：孩子爸爸在里面有消息吗？
受访者：一个月能打一次亲情电话，十分钟。他说在里面学了电工，出来再不喝酒了。女儿抢着讲，讲考了多少分，讲弟弟又长高了；儿子不肯讲，躲在门后面听。管教{{han:冷志坚}}跟我讲，他表现好，能减几个月。我就在日历上画圈，一天画一个。
访谈者：登记信息请您说一下。
受访者：家在{{address:泰宁县上青乡竹洲村三组41号}}。我的身份证{{id_number@wy1991spaced.513436}}，女儿的{{id_number@wy2015quad.350429}}。我电话{{mobile@s434}}，{{han:邱满秀}}的{{mobile@hyphen}}。微信是{{wechat:Rigguo_Meigu}}，女儿学校让注册了个QQ，号码抄在奖状背面：{{qq:3186094725}}。
访谈者：各种表上名字写得对吗？
受访者：不对。暂住证上是{{minority/yi:瓦扎·日果}}，中间打个点；低保表上写成{{spaced:瓦 扎 日 果}}，还有一张写成{{spaced:瓦扎 · 日果}}。女儿在学校的表上是{{spaced:官 尔莫}}。
访谈者：您最盼什么？
受访者：盼他早点出来，把酒戒了，一家人好好过。我们彝家讲，火塘不能灭，人在，火就在。
""")

# H1602: Kazakh grandfather from 青河 who keeps night watch at a 大金湖 boat dock in 泰宁 (杉城镇) and raises his
# granddaughter; his son died on a mountain road, the Han mother remarried and is out of touch.
DOCS["H1602"] = ("family", """\
访谈者：老人家，您在码头守夜多久了？
受访者：三年多了，给{{trap/place:大金湖}}的游船码头看夜。我叫{{minority/kazakh:努尔别克·沙吾提}}，哈萨克族，老家新疆{{trap/place:青河}}，{{trap/place:乌伦古河}}边上。这边人念不全，码头上的小伙子喊我{{minority/kazakh:努伯}}，我也答应。
访谈者：怎么从新疆到泰宁来了？
受访者：跟儿子来的。儿子{{minority/kazakh:塔勒哈蒂·努尔别克}}在部队上认得了泰宁姑娘{{han:童雪芬}}，退伍就跟她回来，在湖上开游船。{{minority/kazakh:塔勒哈蒂}}开船是一把好手，哪里有暗礁他闭着眼睛都知道。前年腊月下雨，他开那辆旧{{trap/word:别克车}}从{{trap/place:将乐}}回来，在山路上翻了，人没了。
访谈者：孩子妈妈呢？
受访者：{{han:童雪芬}}过了一年改嫁去了{{trap/place:厦门}}，头几个月还打电话，后来号码也换了。{{han:雪芬}}那孩子也苦，二十几岁就守了寡，我不怪她。孙女就剩我一个。
访谈者：您在码头做些什么？
受访者：看船、看油、看有没有人半夜偷偷下湖。冬天湖上风大，我穿着老家带来的皮大衣，小伙子们笑我像头熊。夏天就点一盘蚊香坐在船头，看湖对面的山，一座一座红的，像我们那边的戈壁。儿子活着的时候说，这湖跟{{trap/place:乌伦古湖}}不一样，水是绿的，山是红的。
访谈者：孙女多大了？
受访者：九岁，叫{{minority/kazakh:阿依达娜·塔勒哈蒂}}，在{{school:泰宁县杉城中心小学三年级（4）班}}。她妈当年上户口，把她写成了{{minority/kazakh:童阿依达娜}}；学校花名册上没有点，是{{minority/kazakh:阿依达娜塔勒哈蒂}}；医保卡上打的点又小又高，{{minority/kazakh:阿依达娜‧塔勒哈蒂}}；银行卡上是{{minority/kazakh:阿依达娜・塔勒哈蒂}}；还有张体检单，点打成了句点，{{minority/kazakh:阿依达娜.塔勒哈蒂}}。一个娃娃，五个名字。
访谈者：平时大家怎么叫她？
受访者：我叫她{{minority/kazakh:达娜江}}。班主任{{han:修雨晴}}老师喊她{{minority/kazakh:小达娜}}，同学也跟着喊。{{han:修雨晴}}说她跑得快，让她参加校运会，拿了六十米第一。刚去的时候有同学问她是不是外国人，她回来问我，{{trap/minority_word:阿塔}}，我们是哪国人？我说我们是中国人，哈萨克族，从{{trap/place:阿勒泰}}来的。现在她泰宁话比我讲得好，还当了小组长。
访谈者：办手续难吗？
受访者：难。我户口在新疆，孙女户口在泰宁，孩子妈又找不到。{{han:江美玉}}就陪着我跑派出所、跑民政局，光是证明孩子妈失联就等了半年。派出所的{{han:卓警官}}帮我们登了查找不到的记录。她说，老人家莫急，政策是给孩子的，不是给表格的。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:江美玉}}，头一回上门就问孩子晚上谁管。她给报了事实无人抚养，每月{{trap/number:一千二百六十元}}，我是监护人。县民政局的{{han:过海燕}}{{trap/word:过年}}前还来送了米和油。监护的手续是法院帮着办的，跑了好几趟。社工{{compound:司徒静姝}}每礼拜来两回，教孙女写作文；她同事{{compound:夏侯远舟}}带孩子们去{{trap/place:上清溪}}坐过一回竹排。
访谈者：您自己身体怎么样？
受访者：腰椎不好，守夜坐久了腿发麻。码头老板{{han:来福生}}让我白天睡觉，工钱不少给。{{han:来福生}}他{{trap/word:来回}}跑码头，每回都给孩子带零食。我晚上守夜，孙女就睡在隔壁{{han:管春妹}}家，{{han:管春妹}}也有个女儿，两个娃娃睡一张床，我早上下了班再去接。
访谈者：老家还有亲人吗？
受访者：老伴{{minority/kazakh:胡玛尔汗}}走了六年了。女儿在青河放牧，每年寄一包{{trap/minority_word:熏马肉}}来。在{{trap/place:三明}}开拉面馆的老乡{{minority/kazakh:马合沙提·托合塔尔}}过节开车来，带{{trap/minority_word:包尔萨克}}给孩子吃。我给她讲{{trap/famous:库尔曼加孜}}拉琴的故事，讲我们{{trap/minority_word:毡房}}外面的雪有多深，她没见过那么大的雪，不信。
访谈者：孙女想妈妈吗？
受访者：想。她把她妈的照片藏在枕头底下。有一回她问我：阿塔，妈妈是不是不要我了？我说不是，妈妈在很远的地方。我们哈萨克人讲，没有母亲的孩子，整个阿吾勒都是他的母亲。这里的邻居就是我们的阿吾勒。
访谈者：登记信息请您说一下。
受访者：住在{{address:泰宁县杉城镇金湖西路水南巷6号}}。我的身份证{{id_number@mold.654325}}，孙女的{{id_number@wy2016fwspaced.350429}}。我电话{{mobile@plus86}}，{{han:江美玉}}的{{mobile@s38}}。微信是儿子生前给我开的，叫{{wechat:Nurbek_Qinghe}}。{{compound:司徒静姝}}留了她的QQ：{{qq:５７２０４８１９３}}。
访谈者：名字在表上写得对吗？
受访者：我自己的就乱，低保表上是{{spaced:努 尔 别 克}}，儿子的死亡证明上是{{spaced:塔勒哈蒂 · 努尔别克}}，孙女的学籍卡是{{spaced:阿 依 达 娜 · 塔 勒 哈 蒂}}。
访谈者：您最盼什么？
受访者：盼我多活几年，活到{{minority/kazakh:达娜江}}长大。
""")

# H1603: Mongolian mother from 东乌珠穆沁旗 married into a Hakka ancestral-hall village of 建宁 (客坊乡); her husband
# was paralysed by a fall from the hall's roof.
DOCS["H1603"] = ("family", """\
访谈者：大姐，您这口普通话不像本地人。
受访者：我是蒙古族，老家{{trap/place:锡林郭勒}}{{trap/place:东乌珠穆沁旗}}。我叫{{minority/mongolian:敖拉达日玛}}，嫁到{{trap/place:客坊乡}}十一年了。村里的阿婆舌头转不过来，叫我{{minority/mongolian:敖妹}}，客家人喊后生女子都带个妹字。
访谈者：怎么嫁到建宁来的？
受访者：我男人{{han:练长贵}}年轻时在{{trap/place:锡林浩特}}做装修，我们就认得了。他是家里老大，要回来守祖屋，我就跟来了。村里大半姓练，{{trap/org:练氏宗祠}}就在我们家门口。
访谈者：您丈夫现在……
受访者：瘫了。前年修祠堂屋顶，他爬上去换瓦，一脚踩空摔下来，腰椎断了，下半身没知觉。他弟弟{{han:练长富}}在{{trap/place:广州}}打工，回来守了半个月又走了。现在屋里屋外都是我。{{han:练长贵}}他躺久了脾气大，有时候半夜喊疼喊到天亮。
访谈者：孩子们呢？
受访者：儿子十二，蒙古名{{minority/mongolian:额勒苏图}}，汉名{{han:练思源}}，学校花名册上两样拼一起，写的{{minority/mongolian:练额勒苏图}}，在{{school:建宁县客坊中心小学六年级2班}}。女儿七岁，蒙古名{{minority/mongolian:阿如汗图雅}}，汉名{{han:练欣瑶}}，阿婆叫不来，喊她{{minority/mongolian:图雅妹}}，在{{school:客坊中心小学一年级（1）班}}。
访谈者：家里靠什么过日子？
受访者：低保，一家四口一个月{{trap/number:两千零四十}}。他有残疾证，一级，两项补贴都批了。是村里儿童主任{{han:赖春娇}}跑的，阿婆们都喊她{{han:春娇妹}}，她又帮两个孩子报了困境儿童。乡里民政办的{{han:钟干事}}每季度来核一回。婆婆姓温，村里都叫她{{han:温阿婆}}，八十了，还能帮我剥莲子、烧火。{{han:温阿婆}}最疼孙子，说他长得像他公公。
访谈者：您丈夫心情怎么样？
受访者：不好。头一年他不肯吃饭，说拖累我们，有一回把药全倒在地上。族长来骂了他一顿，说祠堂的梁是你上的，你倒了谁来修。县里的心理咨询师来过两回，他话才多了一点。后来他在床上编竹篮，一个卖二十块，{{han:春娇妹}}帮他在村里的群里卖。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来也得顾。早上五点起来给他翻身、擦洗，再做饭送孩子。白天去莲田里剥莲子，按斤算钱。{{han:练长富}}的老婆{{han:谢冬娣}}隔几天来帮我给他洗一回澡。社工{{compound:皇甫苇杭}}帮我借了一张护理床，县残联的{{compound:端木知微}}上门教我给他做康复。客家的{{trap/word:酿豆腐}}、{{trap/word:擂茶}}我都学会了，可他吃不下几口。
访谈者：孩子们怎么样？
受访者：{{minority/mongolian:额勒苏图}}懂事，放学就去田里帮我挑担子。他跟村里孩子学会了客家话，回来跟阿婆讲，我一句也听不懂。在学校摔跤没人摔得过他，他外公年轻时是旗里有名的{{trap/minority_word:搏克}}手。女儿{{minority/mongolian:阿如汗图雅}}爱哭，要爸爸抱，可她爸抱不了了。小学在乡里，要走四十分钟山路，早上雾大，哥哥牵着妹妹走，到学校裤脚都是湿的。{{han:巫美华}}老师知道我家的事，中午让两个孩子在学校吃，不收钱。
访谈者：您多久回一次老家？
受访者：十一年回了两回。头一回是生儿子以后，抱着他坐了三天火车；第二回是我阿妈走的时候。草原上冬天零下三十度，屋里有炉子；这边冬天不下雪，客家老屋是土墙，风从瓦缝里钻进来，比外面还冷。
访谈者：老家那边呢？
受访者：我哥{{minority/mongolian:斯德布扎布}}在牧区，我男人管他叫{{minority/mongolian:斯哥}}。{{minority/mongolian:斯哥}}每年卖了羊给我们打五千块，还寄{{trap/minority_word:手把肉}}和{{trap/minority_word:奶皮子}}来。我阿爸{{minority/mongolian:萨格都仁扎布}}七十多了，电话里总问我什么时候回去。我给孩子们讲{{trap/famous:嘎达梅林}}，儿子说他也要当英雄。
访谈者：村里人对你们怎么样？
受访者：好。过年祠堂里摆酒，族长{{han:练秉坤}}让我坐上首。祠堂墙上贴着修缮捐资的红榜，我男人的名字写成{{spaced:练　长　贵}}，下面还有{{spaced:敖 拉 达 日 玛}}，是我拿省下的两百块捐的。{{han:练秉坤}}说，他是为祠堂摔的，族里不会不管。
访谈者：登记信息请您说一下。
受访者：家在{{address:建宁县客坊乡练家坊村祠堂下12号}}。我身份证{{id_number@wy1986hyphen.152525}}，儿子的{{id_number@my2013tri.350430}}。我电话{{mobile@spaced}}，{{han:赖春娇}}的{{mobile@plus86dash}}。微信{{wechat:Oladarma_1986}}。儿子的QQ是他自己念给我的：{{qq:46190375}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上他是对的，低保表上儿子写成{{spaced:练 额勒苏图}}，女儿写成{{spaced:阿如汗 图雅}}。
访谈者：您想过回草原吗？
受访者：想过。可他在床上，孩子在这里，祖屋在这里，走不了。草原上的人讲，马不离群，人不离家。这里就是我的家了。等他能坐轮椅了，我想推着他去祠堂门口晒晒日头。
""")

# H1604: Tibetan father from 德格 who cores lotus seeds in a lotus village of 建宁 (里心镇); his Han wife died of
# cancer, his son is autistic.
DOCS["H1604"] = ("family", """\
访谈者：师傅，您这是在剥莲子？
受访者：通芯，把莲子里的芯捅出来，这就是{{trap/word:通心白莲}}。我叫{{minority/tibetan:洛松邓珠}}，藏族，老家{{trap/place:甘孜}}{{trap/place:德格}}。现在在{{han:黄细妹}}莲子加工坊做事，坊里的人叫我{{minority/tibetan:老邓}}，他们以为我姓邓，我也不解释。
访谈者：怎么从德格到建宁来了？
受访者：我爱人{{han:揭莲英}}是{{trap/place:里心镇}}人，在{{trap/place:康定}}一家饭店当服务员，我在那边跑车，就认得了。结婚后她想家，我们就回了建宁，在她娘家村子住下，她种莲，我帮人收莲子、跑运输。
访谈者：剥莲子一天能挣多少？
受访者：按斤算，手快的一天一百多。我手粗，头一年老是把莲子捅碎，老板娘也不扣我钱。七八月收莲最忙，天不亮下田，戴个斗笠，一蓬一蓬地摘，手上全是口子。
访谈者：您爱人她……
受访者：走了两年了，乳腺癌。在{{trap/org:三明市第一医院}}化疗了两回，钱借遍了，人还是没留住。{{han:揭莲英}}走的时候说，两个孩子你要带好，莫让他们跟你去跑车。
访谈者：孩子们多大？
受访者：女儿{{minority/tibetan:德吉拥宗}}十三，汉名{{han:揭雨莲}}，随她妈姓，在读初一。儿子{{minority/tibetan:彭措郎加}}八岁，孤独症，不会说几句话，学校花名册上写的{{minority/tibetan:揭郎加}}，他妈在的时候喊他{{minority/tibetan:小彭}}，村里人也跟着喊，在{{school:里心中心小学二年级（3）班}}随班就读。
访谈者：儿子的病怎么发现的？
受访者：三岁了还不会喊阿爸，叫他也不回头。是{{han:揭莲英}}带他去三明查的，医生说是孤独症。后来在{{trap/org:三明市残疾人康复中心}}做了一年康复，{{compound:钟离杳然}}老师一句一句教，他学会了叫阿妈。刚会叫，他阿妈就走了。县残联的{{compound:宗政岚音}}帮我申请了康复救助，一年能报一万多。
访谈者：儿子平时在家怎么样？
受访者：他怕声音大，鞭炮一响就捂着耳朵叫。过年村里放烟花，我抱着他躲在屋里，一直抱到半夜。他喜欢看水，看莲田里的水流，一看就是一个钟头。有一回他一个人走到塘边，差点掉下去，是他舅舅{{han:揭水根}}看见抱回来的。
访谈者：现在谁帮你们？
受访者：村里的儿童主任{{han:伊秀凤}}。她给儿子办了残疾证，两项补贴都有；又给两个孩子报了困境儿童，我们家也吃上了低保。{{han:秀凤}}跑前跑后，一分钱好处不要。特教的{{han:宁晓岚}}老师每礼拜两回到学校给他上个训课，{{han:宁晓岚}}她说孩子有进步，会自己系鞋带了。{{han:黄细妹}}让我把儿子带到坊里，他坐在旁边数莲子，一粒一粒数，不吵不闹。
访谈者：女儿呢？
受访者：{{minority/tibetan:德吉拥宗}}懂事，放学就回来带弟弟，给他洗澡，哄他睡觉。她班主任{{han:严冬青}}打电话来说，孩子上课老打瞌睡，我才知道她夜里还偷偷帮我剥莲子。我跟她讲，你读你的书，莲子是阿爸的事。
访谈者：女儿想过以后做什么吗？
受访者：她说想当特教老师，教像弟弟这样的孩子说话。我说那要读好多书，她说那就读。她妈在的时候讲过，我们家总要出一个读书人。我藏文认得，汉字认不全，她的作业我看不懂，只能在旁边给她倒杯茶，陪她坐着。
访谈者：老家那边还有谁？
受访者：我阿妈{{minority/tibetan:志玛卓嘎}}七十多了，在德格跟我弟弟{{minority/tibetan:洛绒曲批}}住。她去{{trap/org:德格印经院}}转经，求孙子的病好。弟弟每年寄{{trap/minority_word:糌粑}}和牦牛肉干来。{{minority/tibetan:德吉拥宗}}小时候回去过一回，在{{trap/place:雀儿山}}下面跳{{trap/minority_word:锅庄}}，现在说不会跳了。
访谈者：在这边习惯吗？
受访者：习惯了。就是夏天湿热，身上起疹子。早上我还是打一碗酥油茶，每回{{trap/word:揭开}}锅盖，儿子就凑过来闻。{{han:揭水根}}常来帮我扛莲子，我说谢谢，他说一家人莫讲两家话。
访谈者：钱够用吗？
受访者：低保加补贴一个月两千多，我剥莲子、跑车再挣两千来块。儿子的康复课一节一百多，残联补一部分，剩下的自己出。化疗时借的债还剩三万，亲戚们说不急，我急。她妈埋在这边山上，我哪里也不去了。
访谈者：登记信息请您说一下。
受访者：家在{{address:建宁县里心镇莲田村五组8号}}。我的身份证{{id_number@my1980fwhyphen.513330}}，儿子的{{id_number@my2017x.350430}}。电话{{mobile@p86h}}，{{han:伊秀凤}}的{{mobile@fullwidth}}。微信{{wechat:Losong-Dondrub}}，女儿的QQ是{{qq:2087463519}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上儿子是{{spaced:揭 郎 加}}，低保表上我是{{spaced:洛　松　邓　珠}}，女儿学籍上写成{{spaced:德 吉 拥 宗}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:小彭}}有一天喊我一声阿爸，盼{{minority/tibetan:德吉拥宗}}考上大学。我们康巴人讲，孩子是雪山上的水，流到哪里都要干干净净。
""")

# H1605: Han 儿童主任 of the lotus village (莲田村, 里心镇) reading out her ledger.
DOCS["H1605"] = ("staff", """\
访谈者：{{han:伊主任}}，您手上是什么本子？
受访者：村里困境儿童的台账。我叫{{han:伊秀凤}}，娘家在{{trap/place:伊家乡}}，嫁到{{trap/place:莲田村}}二十年，当儿童主任五年了。我们村家家种{{trap/word:建莲}}，夏天一片荷花，娃娃们都在田埂上长大。我一户一户给你念，你记。
访谈者：您怎么当上儿童主任的？
受访者：原来是妇女主任兼着，后来上面要求每个村有专人，村支书{{han:黄乾茂}}就点了我。我只读到初中，头一年表格都看不懂，镇里培训了三回才摸清楚。现在哪类孩子报什么、材料要几样、多少天批下来，我闭着眼睛都说得出。
访谈者：那您念吧。
受访者：第一户，{{minority/tibetan:洛松邓珠}}，藏族，德格来的。老婆{{han:揭莲英}}前年走了，儿子{{minority/tibetan:小彭}}孤独症，女儿{{minority/tibetan:德吉拥宗}}读初一。低保、两项补贴、困境儿童都办了。他在加工坊做事，嘴笨，有困难也不讲。他女儿懂事，放学就带弟弟。
访谈者：第二户？
受访者：第二户是事实无人抚养。孩子爸{{han:巫建平}}吸毒，关在戒毒所，妈妈跑了五年，电话打不通。三个孩子跟奶奶{{han:从桂兰}}过，{{han:从桂兰}}{{trap/word:从来}}不跟人诉苦，七十一了还下田踩藕。老大{{han:巫子航}}十二，她说是巫家的{{trap/word:长孙}}，最疼；老二{{han:巫子晴}}九岁；老三{{han:巫子萌}}六岁，奶奶喊她{{han:莲籽妹}}，六岁了还不太会说话，见人就躲，在等评残疾。三个每人每月{{trap/number:一千三百一十元}}。隔壁的{{han:巫再娣}}再过两年就八十了，也常过来帮着看孩子。住{{address:里心镇莲田村二组19号}}，老大的身份证{{id_number@my2013spaced.350430}}。
访谈者：第三户？
受访者：{{han:由雨禾}}，女，十四岁，孤儿。爸妈那年去{{trap/place:邵武}}喝喜酒，回来路上车翻进了河里。{{trap/word:由于}}没有别的亲人能带，跟着叔叔{{han:由德钊}}过，住{{address:里心镇莲田村一组6号}}，领孤儿基本生活费。{{han:由雨禾}}在{{school:建宁县第二中学八年级（5）班}}，成绩好，想考{{trap/org:建宁一中}}。身份证{{id_number@wy2011hyphen.350430}}。
访谈者：第四户？
受访者：第四户，{{han:别晓东}}，男，十岁，先天性耳聋，戴人工耳蜗。{{trap/word:别人}}在他背后喊，他听不见。爸妈离了婚，跟爸爸{{han:别春生}}过，两项补贴有。耳蜗是残联给配的，一个外机两万多，洗澡都要摘下来，怕进水。孩子在{{school:里心中心小学四年级（1）班}}。
访谈者：还有吗？
受访者：第五户，{{han:简书语}}，女，八岁，爸爸{{han:简志高}}偷电缆判了两年，妈妈在{{trap/place:福州}}打工，孩子跟外婆住{{address:里心镇莲田村六组3号}}。情况不{{trap/word:简单}}，外婆也有糖尿病。孩子在{{school:里心中心小学二年级二班}}，上学要过{{han:池金水}}塘那条田埂。服刑人员子女补助每月{{trap/number:八百八十元}}，外婆的电话{{mobile@s74}}。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:冷秋燕}}总负责。社工站派了{{compound:南宫念慈}}跟第二户、第五户，志愿者{{compound:长孙鹤亭}}每周来给老大补数学。{{han:池金水}}家庭农场收莲子，每斤多给奶奶两毛，牌子底下还挂了个捐款箱，年底拿出来给娃娃们买书包。
访谈者：平时怎么走访？
受访者：每户每月至少去一回，困难大的一礼拜一回。我骑电动车，莲田中间的路窄，下雨天滑，摔过两回。先看孩子吃什么、睡哪里，再翻作业本，最后跟大人聊。大人不愿意说，我就帮着剥一会儿莲子，剥着剥着话就出来了。有的娃娃见我来就躲，来多了，老远就喊伊姨。夏天塘多，我挨家挨户讲防溺水，{{minority/tibetan:老邓}}那个儿子我最不放心。
访谈者：村里有给孩子活动的地方吗？
受访者：村委会二楼有个{{trap/org:儿童之家}}，有图书角、有乒乓球台，周末我开门。莲子收完了，我教娃娃们拿莲蓬做小船，放到塘里比谁漂得远。{{trap/famous:周敦颐}}写的《爱莲说》，我让大的背给小的听，出淤泥而不染，我说你们就是这样的。暑假还请镇上的老师来教{{trap/word:游泳}}，教的是掉进水里怎么自救。
访谈者：台账上的名字都写对了吗？
受访者：错的多。镇里打印的表把{{spaced:由　雨　禾}}一个字一个空，{{spaced:从 桂兰}}也拆开了，藏族那户写成{{spaced:洛松 邓珠}}，社工写成{{spaced:南 宫 念 慈}}。年底我要一张一张对身份证，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我工作手机{{mobile@h38}}，微信{{wechat:yixiufeng_liantian}}，QQ{{qq:730516284}}。娃娃们有事都找得到我。
访谈者：干这个最难的是什么？
受访者：最难的是娃娃们心里的事。钱能报，表能填，可夜里想爸妈，谁替他们想？{{han:由雨禾}}有一回半夜给我发消息，就三个字：睡不着。我回她，伊姨在。这些年最让我放心不下的，是{{han:巫子萌}}。
""")

# H1606: Han social-assistance clerk of 上青乡 (泰宁) with his phone list and his annual review.
DOCS["H1606"] = ("staff", """\
访谈者：{{han:危干部}}，听说全乡的救助就您一个人管？
受访者：全乡三千多户，低保、特困、临时救助、困境儿童，都从我这张桌子过。我叫{{han:危国梁}}，{{trap/place:上青乡}}的社会救助协理员，乡里人都叫我{{han:小危}}。去年还兼着{{trap/word:危房}}改造，一年跑坏了两个摩托轮胎，雨天山路上还摔过三回。
访谈者：您是本地人？
受访者：土生土长，{{trap/place:上青乡}}崇际那边的。我们这里山多田少，年轻人都出去了，剩下老人和细伢子。救助的活，一半是跑路。
访谈者：今年的复核做到哪了？
受访者：做了一半，这两天在跑竹洲村。上礼拜去了{{minority/yi:瓦扎日果}}家，彝族那个，老公在龙岩服刑。她厂里工资卡一个月三千出头，按说超了一点，可她一个人养两个孩子，还有个七十多的婆婆{{han:阙细英}}，我跟乡里讲了，照顾。{{minority/yi:瓦嫂}}做人实在，收入一笔一笔报，不瞒。村里人也给她作证，说她天天五点出门。
访谈者：村里还有别的彝族家庭吗？
受访者：有一户。{{minority/yi:俄洛拉铁}}，在石料场打炮眼，去年哑炮炸伤了右手，三个指头没了。老婆{{minority/yi:吉伍尔果}}在茶厂。女儿九岁，叫{{minority/yi:俄洛史尔}}，上户口的时候派出所嫌家支名字长，登成了{{minority/yi:罗史尔}}，学校里都喊她{{minority/yi:史尔}}。我给她爸办了残疾证，四级，只拿生活补贴；又给孩子报了困境儿童。她在{{school:上青中心小学三年级三班}}，班主任{{han:管玉珍}}跟我讲，孩子聪明，就是上学常迟到，因为要先送妹妹去幼儿园。
访谈者：入户的时候怎么核？
受访者：先看房子，看有没有车、有没有存款，系统里比对一遍，再问邻居。有一回核{{han:连家豪}}家，系统显示有辆货车，一问，是他爸{{han:连德胜}}早年过户的报废车。{{han:连德胜}}跑了三趟车管所才注销掉，我{{trap/word:连忙}}给他打了证明，低保才续上。
访谈者：您手机里存了多少人？
受访者：九百多个，按村存。你看，“竹洲{{han:邱满秀}}”，“竹洲{{han:阙婆}}”，还有一个“{{han:排牯}}奶奶”。{{han:排牯}}的爸{{han:游水生}}是{{trap/place:上清溪}}撑竹排的，前年涨水翻了排，人没了，妈妈改嫁去了{{trap/place:南昌}}。孩子学名{{han:游小川}}，在{{school:上青中心小学三年级（1）班}}，跟奶奶{{han:卓银花}}过。夏天溪上{{trap/word:游客}}多，他就站在码头看竹排，一看一下午。
访谈者：他报了什么？
受访者：事实无人抚养，每月{{trap/number:一千二百一十元}}。奶奶不识字，名字是我一个字一个字输进手机的，输成了{{spaced:卓 银 花}}，一直没改。彝族那个我也输成了{{spaced:俄 洛 拉 铁}}，他老婆是{{spaced:吉伍 尔果}}。
访谈者：平时有人帮您吗？
受访者：县社工站的{{compound:宇文鹭汀}}每月下来两趟，专门跟孩子；县民政局的{{compound:濮阳景行}}管业务，表填错了他打电话来骂。他骂完了又教，倒也不记仇。我搭档{{han:官正阳}}正在考社工证，下了班还在乡政府背书。乡长{{han:江卫民}}说，救助这碗饭，心软的人吃不长，心硬的人吃不了。
访谈者：有没有报错了要退的？
受访者：有。{{han:连家豪}}他叔叔{{han:连德顺}}，开了个小超市，还在领低保，邻居举报了。我上门核，他却说超市是他老婆的。我问他老婆，她把营业执照拿出来，上面写的是{{han:连德顺}}。退了。有一回我被{{han:连德顺}}堵在超市门口骂了半个钟头，他见了我到现在都不打招呼。
访谈者：复核之外还有什么？
受访者：临时救助。谁家突然出事，火烧了房子、大人进了医院，我二十四小时内要到。去年冬天溪口一户烧了房，三个细伢子站在田里发抖，我把乡里仓库的棉被全搬过去了。这种时候不看表，先看人，表可以回头补。县医保局的{{compound:赫连秋石}}第二天就把孩子们的住院费兜了底。
访谈者：工作上最难的是什么？
受访者：两头受气。报多了上面查，报少了村里骂。有人说我卡他，有人说我偏心彝族，我说政策是一样的，谁家困难谁家报。还有就是夜里电话，孩子奶奶有一回半夜打来，说孩子发烧，我骑摩托送到乡卫生院，天亮才回来。
访谈者：登记的号码您能念一下吗？
受访者：{{han:卓银花}}的{{mobile@plain}}。{{han:游小川}}的身份证{{id_number@my2014tri.350429}}，{{minority/yi:俄洛拉铁}}的{{id_number@my1986x.513436}}。祖孙俩住{{address:泰宁县上青乡溪口村排工巷5号}}，彝族那户租的是{{address:上青乡竹洲村石料场工棚2号}}。我自己电话{{mobile@fws}}，微信{{wechat:wxid_wgl3q9x7k2}}，QQ{{qq:1704968253}}。
访谈者：您干这个多少年了？
受访者：七年。头几年觉得就是填表，现在觉得每张表后面都是个人，一家老小都在上面。最让我揪心的还是{{han:排牯}}。
""")

# H1607: Han family mediator of the 泰宁 county court: custody, guardianship and support cases.
DOCS["H1607"] = ("staff", """\
访谈者：{{han:邹姐}}，您在法院做调解多少年了？
受访者：八年了，特邀调解员，专做家事案子。我叫{{han:邹玉蓉}}，{{trap/place:杉城镇}}人。我们泰宁出过状元{{trap/famous:邹应龙}}，人家一听我姓邹，就问是不是状元家的后人，我说我就是个退休的妇联干部。
访谈者：涉及孩子的案子多吗？
受访者：一年四五十件。抢孩子的有，推孩子的更多。去年有一件，夫妻俩离婚，{{han:封建明}}说孩子跟妈，{{han:应小蝶}}说孩子跟爸，两个人都不要。孩子{{han:封子诺}}七岁，坐在调解室外面的长椅上，听得清清楚楚。
访谈者：您一般怎么开始谈？
受访者：先不谈孩子，先让他们骂。骂够了，人就软了。我们调解室在{{trap/org:泰宁县人民法院}}一楼，窗子对着{{trap/place:金溪}}，我泡一壶{{trap/word:擂茶}}，慢慢喝。我师傅{{han:黎春华}}教我的，家事案子，急不得，一急就谈崩，谈崩了吃亏的是孩子。
访谈者：后来怎么调的？
受访者：我把两个人分开谈。{{han:封建明}}他妈思想有点{{trap/word:封建}}，说女孩子跟了谁都是赔钱货。我跟{{han:应小蝶}}讲，你{{trap/word:应该}}先想孩子，再想你自己。最后孩子跟妈，{{han:封建明}}每月给一千五抚养费，写进调解书，案号{{trap/number:（2025）闽0429民初1187号}}。{{han:应小蝶}}现在住{{address:泰宁县杉城镇尚书巷22号}}，没有微信，只留了个QQ：{{qq:８４０２７１６５９}}。
访谈者：有没有涉及少数民族的？
受访者：有。码头守夜的那个哈萨克老人{{minority/kazakh:努尔别克·沙吾提}}，儿子死了，儿媳{{han:童雪芬}}改嫁，孙女{{minority/kazakh:阿依达娜·塔勒哈蒂}}没人管。老人要当监护人，得走特别程序，申请指定监护人。我们找了半个月才在{{trap/place:厦门}}联系上{{han:童雪芬}}，她在电话里哭，说她也养不起，同意孩子跟爷爷。开庭那天，老人签的是哈萨克文，书记员{{compound:梁丘砚舟}}又让他按了手印。判决书上的名字我们核了三遍，最后打成{{spaced:努尔别克 ‧ 沙吾提}}，点两边各空一格。
访谈者：还有别的吗？
受访者：还有个蒙古族小伙子{{minority/mongolian:阿拉腾仓布}}，在湖边酒店当厨师，酒店的人都喊他{{minority/mongolian:腾哥}}。老婆{{han:叶蔓青}}是本地人，两个人离婚，都抢孩子。孩子九岁，户口上随妈姓，叫{{minority/mongolian:叶那顺}}。{{minority/mongolian:腾哥}}怕孩子跟了妈，忘了自己是蒙古人。
访谈者：孩子在场吗？
受访者：八岁以上的，我们要听孩子自己的意思。问孩子跟谁，他说两个都要。{{minority/mongolian:阿拉腾仓布}}听了，一个大男人在调解室里哭。法官{{compound:司空渡舟}}也红了眼睛。最后孩子跟妈住，每年暑假跟爸回{{trap/place:呼伦贝尔}}。{{han:叶蔓青}}开的{{han:叶蔓青}}裁缝铺就在法院对面，{{address:杉城镇状元街31号}}，孩子放学先去铺子里写作业。{{minority/mongolian:叶那顺}}在{{school:杉城中心小学三年级（1）班}}，他的班主任{{han:江晓帆}}也来法院做过证，说孩子最近不爱说话了。
访谈者：您觉得调解最要紧的是什么？
受访者：让大人记住，离婚是两个大人的事，孩子不该夹在中间。我每回都当着他们的面讲一遍：孩子不是包袱，也不是筹码。讲完了，有的人低头，有的人拍桌子，拍桌子的我就再讲一遍。
访谈者：有没有孩子完全没人管的？
受访者：有。一个奶奶来起诉儿子要抚养费，儿子在外地坐牢，钱是要不到的。我们转给民政，报了服刑人员子女补助。法律援助律师{{compound:申屠一鸣}}分文不收，还帮老人写了材料。遇到家暴的，我们让打{{trap/hotline:12338}}，要法律帮助的打{{trap/hotline:12348}}。
访谈者：调解不成的怎么办？
受访者：转给法官判。可判了也不一定执行得了，有的爹判了每月付抚养费，一分不给，人也找不到。我们就申请强制执行，查他的银行卡、微信零钱。去年执行回来最多的一笔{{trap/number:两万三千六}}，是个跑货车的，他娘押着他来交的。
访谈者：那些判了刑的人，孩子怎么办？
受访者：刑庭判的案子，我们家事庭也要跟。上青有个彝族女人，老公伤人坐了牢，她来问孩子户口的事，我陪她去了派出所。还有个男的叫{{han:饶金发}}，判了六年，他娘{{han:饶婆}}一个人带两个孙子，我们帮着把服刑人员子女的材料递上去了。{{han:饶婆}}给我送过一篮鸡蛋，我没敢收。
访谈者：调解书上名字会写错吗？
受访者：会。有一回把孩子写成{{spaced:封 子 诺}}，把孩子妈写成{{spaced:应 小蝶}}，把法官写成{{spaced:司　空　渡　舟}}，都是录入的时候多敲了空格，送达以前都改过来了。
访谈者：您的联系方式？
受访者：我电话{{mobile@s38}}，微信{{wechat:zouyr-mediate}}。{{han:封子诺}}的身份证号在调解书上：{{id_number@wy2017fwhyphen.350429}}。
访谈者：干这么多年，您最记得谁？
受访者：最记得那个坐在长椅上的小姑娘。她后来给我画了张画，画的是三个人牵着手。我最记得的，是{{han:封子诺}}。
""")

# H1608: Han class teacher of a 建宁 middle school talking about the five children in distress in her class.
DOCS["H1608"] = ("staff", """\
访谈者：{{han:严老师}}，您班上有几个困境儿童？
受访者：四十八个人里头五个。我叫{{han:严冬青}}，在{{trap/org:建宁县第二中学}}教语文，是{{school:建宁县第二中学七年级（3）班}}的班主任。
访谈者：能说说这几个孩子吗？
受访者：第一个是{{minority/tibetan:德吉拥宗}}，藏族，花名册上叫{{han:揭雨莲}}，她自己作业本上写的是{{minority/tibetan:德吉拥宗}}。妈妈走了，爸爸{{minority/tibetan:洛松邓珠}}带着个孤独症的弟弟。她上课老打瞌睡，我家访才知道她夜里帮她爸剥莲子。我跟她讲，读书是你的事，剥莲子是大人的事。
访谈者：第二个呢？
受访者：第二个是彝族女孩{{minority/yi:勒格衣尔}}，爸爸在{{trap/place:建宁}}的制种基地打工，去年查出尿毒症，妈妈回了凉山再没来。现在跟舅舅住。学籍表上带了个点，是{{minority/yi:勒格·衣尔}}，同学都喊她{{minority/yi:衣尔}}，作文写得好，写她阿妈烤的{{trap/minority_word:苦荞}}粑粑，我在班上念过。她作文本封面上名字是一个字一个空：{{spaced:勒 格 衣 尔}}。
访谈者：她在班上合群吗？
受访者：刚来的时候不敢说话，怕口音被笑。我安排{{han:黄梓涵}}跟她同桌，{{han:黄梓涵}}是班长，话多，拉着她去打羽毛球，现在两个人好得像一个人。
访谈者：第三个？
受访者：{{han:于小满}}，{{trap/word:小满节气}}那天生的，所以叫这个。爸妈离婚，各自成了家，谁都不要他，跟太婆过。{{trap/word:于是}}村里给他报了事实无人抚养。{{han:于小满}}倒是乐呵，天天第一个到教室开窗，说他名字好记，老师头一天就记住了。太婆{{han:邓银秀}}九十了，耳朵背，家长会是村里的{{han:余小凤}}替着来。
访谈者：第四个？
受访者：{{han:宁可欣}}，爸爸因为开赌场判了五年。她{{trap/word:宁可}}饿着，也不要同学请她吃东西，怕人家可怜她。服刑人员子女补助是{{compound:万俟秋白}}校长帮着催下来的。学校的心理老师{{compound:闻人知夏}}每两周找她聊一回。
访谈者：第五个？
受访者：{{han:全得福}}，小时候得过骨髓炎，左腿短一截，走路拐，残疾证是三级。{{han:全得福}}得了县里作文比赛一等奖，{{trap/word:全班}}给他鼓掌，他脸红到脖子。体育课他坐在边上记分，生活老师{{compound:即墨怀瑾}}每天中午帮他打饭。同桌{{han:揭又青}}又热心又细心，帮他抄作业题，下雨天撑伞送他到校门口。
访谈者：您怎么跟这些孩子相处？
受访者：不特殊，也不忽略。补助的事我从来不在班上说，表都是放学以后单独填。我给他们讲{{trap/famous:杨时}}程门立雪，讲的是求学，其实想说的是，难的时候门外站一站，总有人开门。县关工委的{{compound:鲜于青禾}}每学期来一次，给他们送书。每个孩子的生日我都记在本子上，那天送一本书，不声张。
访谈者：学校还有哪些帮扶？
受访者：困境儿童的餐费学校全免，冬天发棉衣，寒暑假有老师家访。去年政教处的{{han:过国庆}}主任带我们跑了二十多户，有的在山里，车开不进去，走了一个多钟头。我班上五个孩子的家，我都进过门，坐过他们家的板凳。
访谈者：家访时印象最深的是什么？
受访者：去年冬天去那个彝族孩子舅舅的宿舍，一间屋住五个人，孩子的书桌是个纸箱子。我回去跟学校要了一张旧课桌，叫两个男生抬过去。我自己也是单亲家庭长大的，我妈在{{trap/place:濉溪}}边上卖菜供我读书，所以我知道，这些孩子要的不是可怜，是有人记得他们。
访谈者：家长那边好联系吗？
受访者：难。{{minority/yi:衣尔}}的舅舅普通话不好，电话里说不清，我加了他微信{{wechat:Yier_jiujiu}}，发语音。{{han:于小满}}的太婆没手机，我打村里儿童主任的电话{{mobile@spaced}}。{{han:宁可欣}}的妈妈在外地，只能发微信。
访谈者：这些孩子的成绩怎么样？
受访者：参差不齐。有的拔尖，有的跟不上，跟不上的多半是家里没人管作业。我们几个任课老师轮流，晚自习后留半个钟头给他们补课，不收一分钱。有的孩子不是笨，是心里压着事，事放下了，成绩自然上来。
访谈者：孩子们的信息您能念一下吗？
受访者：{{han:于小满}}住{{address:建宁县溪口镇枧头村四组27号}}，身份证{{id_number@my2013fullwidth.350430}}。{{minority/yi:勒格衣尔}}跟舅舅租在{{address:建宁县濉溪镇西门街制种基地宿舍2栋108}}，身份证{{id_number@wy2012plain.513436}}。{{han:全得福}}的QQ是{{qq:1528304716}}，{{han:宁可欣}}的QQ是{{qq:61937204}}。我的微信{{wechat:yandq_jn2zhong}}。
访谈者：名单上的名字有写错的吗？
受访者：有。有张表写成{{spaced:宁 可 欣}}，还有张把{{han:于小满}}拆成{{spaced:于　小满}}。
访谈者：您最想对他们说什么？
受访者：想说，你们不比谁差。当班主任这些年，最让我心疼的，是{{minority/tibetan:德吉拥宗}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1601,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout203",))


if __name__ == "__main__":
    main()
