# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 209 (tests/pii/holdout209/H1657-H1664 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 208, written at the same time, is not
an earlier set).

Set 209 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
关岭 (安顺) and 贞丰 (黔西南), Guizhou: a Hui cattle dealer from 同心 (Ningxia) at the 关岭 cattle market, his Miao
wife mentally ill and his son deaf; a Kazakh mother from 富蕴 married into a Buyei village of 者相 (贞丰), her
husband in prison in 都匀; a Mongolian grandfather from 扎赉特旗, a retired veterinarian who came to 关岭 for its
cattle, raising two grandchildren after his son died at the 花江 gorge and the Miao daughter-in-law vanished; a
Uyghur naan baker from 阿图什 in the old town of 贞丰, his Buyei wife gone and his daughter with cerebral palsy; the
Buyei 儿童主任 of 纳孔 checking her visiting book against the list printed from the system (Buyei, Miao, Han and
Kazakh households); the poverty-relief officer of 花江镇 reading the contacts on his phone; a paediatric nurse of
the county people's hospital of 贞丰; and a Buyei teacher of the special-education school of 关岭. The emphasis is
on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one trick: Hui 经名
used alone (拓勒哈, 赫底澈, 苏迈娅, 阿卜杜赛迈德, 买斯吾德, 宰奈甫) beside the Han-form names of the same people (虎占川,
杨再翠, 虎雪莲, 虎成龙, 拜守义阿訇), a Han surname before a 经名 (虎苏迈娅) and a pet form made of it (迈娅); Kazakh
given name + father's name with the dot (阿丽玛·沙肯, 叶尔纳扎尔·胡阿特别克), with a full stop (阿丽玛.沙肯), with a
katakana middle dot (阿丽玛・沙肯) and with none (阿丽玛沙肯), the father's name alone (胡阿特别克), the Buyei
father's surname before the son's Kazakh name (罗别克波森) and the classmates' 罗小波, short forms (托勒昆, 纳扎尔,
叶尔纳扎尔) and a form of address (玛姐); Mongolian names (宝音乌力吉图, 朝鲁敖其尔, 呼和吉勒图, 敖云嘎茹妲, 萨仁陶格斯,
乌恩其温都苏, 森德尔扎布) with the family's Han surname before the grandson's name (奇呼和吉勒图), short forms (呼吉,
嘎茹妲), a granddaughter's name starting with the surname 敖 beside a Han teacher 敖学文, and a form of address made
from the name (宝大爷); Uyghur names (艾木都拉·司马义, whose father's name starts with the compound surname 司马;
铁依甫江‧艾木都拉 with a hyphenation point and 铁依甫江艾木都拉 with none; 沙迪耶, 布威海丽且木, 买合木提尼亚孜,
阿不都许库尔), the Buyei mother's surname before the daughter's name (岑沙迪耶), an affectionate form (沙迪耶姆),
short forms and forms of address (小甫, 艾师傅, 都拉哥) and the father's name inside a shop name (艾木都拉烤馕铺); Han
names with rare surnames of the region (虎, 冶, 锁, 拜, 覃, 幸, 班, 岑, 卯, 伍, 敖, 糜, 禄, 犹, 瞿, 冉, 粟, 莫, 便, 邰,
党, 母, 郎, 苟, 蒙); surnames and given characters that are ordinary or grammar words next to grammar words,
particles, pronouns and verbs (杨再翠再也, 冶正海正在, 韦正兰正好, 杨正勇正在, 龙再学再难, 岑又菊又, 蒙得兵得空,
卢得志得了, 宁可琳宁可, 便姐便是, 吴启明倒是, 罗顺英却, 被罗顺英, 我喊蒙得兵, 石秋妹她, 岑德荣他, 瞿秋菊讲, 邰小勇问);
names beside words they contain or start with (罗青山 and 青山, 班春雨/卜春雨 and 春雨, 郎甜甜 and 甜甜, 龙小峡 and
峡谷, 石秋妹 and 石头, 宁可琳 and 宁可, 班玉兰 and 上班, 幸股长 and 幸好, 陆仕芬 and 陆续, 母春兰 and 母子, 关德宽 and
关门, 卯正富 and 卯时, 犹晓红 and 犹豫, 麻嬢嬢 and 麻烦, 瞿秋菊 and 瞿秋白, 左丘明霞 and 左丘明, 司空朗月 and 司空见惯,
党贞丰 and 贞丰); names inside shop-like phrases where the name is the person's (锁金贵清真牛肉馆, 冉德贵花椒收购点,
郎国梁修车铺, 艾木都拉烤馕铺) and in phone contacts (“伍小芹坝山”, “石光荣峡谷六组”, “罗顺英+86 …” with the number
straight after the name); a surname with only a title or kin word, annotated whole (虎二哥, 幸股长, 麻嬢嬢, 苟警官,
罗大爹, 石外婆, 陆孃孃, 莫幺婆, 杨三叔, 邰镇长, 卯站长, 冉医生, 便姐, 韦幺奶, 安校长), a given-name character with a
title (菊老师), a Buyei teknonym (卜春雨, the father of 春雨) and a nickname (丰丰), annotated whole; names at the
very start of a turn and at the end of a line with no stop (…是伍小芹, …是安校长); names spaced out character by
character in half- and full-width spaces, dotted names spaced around the dot (叶尔纳扎尔 ・ 胡阿特别克, 阿 丽 玛 · 沙 肯)
and names split in two (虎 占川, 罗 别克波森, 奇 呼和吉勒图, 敖云　嘎茹妲, 艾木都拉　司马义, 杨 正勇, 万俟 晓东, 党　贞丰,
郎 甜甜); compound surnames after ordinary words (申屠, 澹台, 闻人, 夏侯, 东方, 宗政, 钟离, 端木, 公良, 左丘, 梁丘, 赫连,
万俟, 司空, 上官, 皇甫, 段干, 乐正, 南宫, 轩辕, 拓跋); and numbers and accounts read out and written the many ways
people do (企鹅号, 扣扣, Q号, full-width QQ numbers, WeChat ids with hyphens, underscores and wxid_).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:麻嬢嬢}}``, ``{{qq:4190386527}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (kazakh, hui, mongolian, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2010quadx.522325}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 护士) and a particle, pronoun or
verb written directly after a name (再, 正, 又, 得, 便, 倒, 却, 宁可, 她, 他, 讲, 问) are outside the span; a surname
with only a title or kin word (虎二哥, 幸股长, 麻嬢嬢, 罗大爹, 莫幺婆, 便姐, 安校长), a given-name character with a
title (菊老师), a teknonym (卜春雨) and a nickname (丰丰) are annotated whole. Han-style names of Hui people (虎占川,
杨再翠, 虎雪莲, 虎成龙, 拜守义) are category han; a Han surname before a non-Han given name (虎苏迈娅, 罗别克波森,
奇呼和吉勒图, 岑沙迪耶) is category minority, and so are forms of address made from a non-Han name (迈娅, 玛姐,
罗小波, 宝大爷, 呼吉, 艾师傅, 都拉哥, 小甫).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout209/make_holdout209.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(209_2026_1207)
MINORITY_GROUPS = ("kazakh", "hui", "mongolian", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"kazakh": 10, "hui": 10, "mongolian": 10, "uyghur": 10}

MOBILE_PREFIXES = ["134", "139", "147", "151", "152", "158", "159", "178", "182", "183", "185", "187", "188",
                   "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1657: Hui father from 同心 (Ningxia) who deals in cattle at the 关岭 cattle market; his Miao wife is mentally ill,
# his son deaf.
DOCS["H1657"] = ("family", """\
访谈者：大哥，您在这个牛市做了好多年了吧？
受访者：十一年了。我叫{{han:虎占川}}，经名{{minority/hui:拓勒哈}}，老家{{trap/place:宁夏}}{{trap/place:同心}}。牛市上的人都喊我{{han:虎二哥}}，我在屋头排老二嘛。
访谈者：咋个从宁夏跑到关岭来了？
受访者：我们同心人祖祖辈辈贩牛。{{trap/place:关岭}}{{trap/word:黄牛}}出名，个头不大，肉紧，我跟老乡{{han:冶正海}}来拉过两趟，就不想走了。{{han:冶正海}}正在同心喂牛，我这边要货，一个电话他就发车。
访谈者：孩子妈妈是本地人？
受访者：是，{{trap/place:岗乌镇}}的苗族，叫{{han:杨再翠}}，嫁给我以后起了个经名，叫{{minority/hui:赫底澈}}。生了老二，她脑壳就不好了，医生讲是产后抑郁拖成了精神病。{{han:杨再翠}}再也不出门，一天到黑坐在床边上，有时候连娃娃都认不得。
访谈者：两个孩子多大了？
受访者：大的是丫头，{{han:虎雪莲}}，经名{{minority/hui:苏迈娅}}，十一岁，在{{school:关岭自治县第二小学五年级（1）班}}。班主任{{han:覃晓蓓}}老师嫌两个名字{{trap/word:麻烦}}，点名就喊{{minority/hui:虎苏迈娅}}，我们屋头喊她{{minority/hui:迈娅}}。小的是儿子，{{han:虎成龙}}，经名{{minority/hui:阿卜杜赛迈德}}，八岁，耳朵听不见，在{{school:关岭自治县特殊教育学校听障二年级（1）班}}住校。
访谈者：家里谁照顾？
受访者：全靠{{minority/hui:迈娅}}。我天不亮就去牛市，她给她妈梳头、喂药，再去上学。星期五我开三轮去特校接{{minority/hui:阿卜杜赛迈德}}，他一见我就比划，讲老师又夸他了。
访谈者：有哪些人帮过你们？
受访者：社区儿童主任{{han:班玉兰}}，那年她刚来{{trap/word:上班}}，头一个月就上门了，给两个娃娃报了困境儿童，每人每月{{trap/number:六百八十块}}，孩子妈的两项补贴也是她跑的。民政局的{{han:幸股长}}来核过，{{trap/word:幸好}}材料齐，一回就过了。县社工站的{{compound:申屠雅琴}}每个礼拜来陪{{minority/hui:迈娅}}写作业；她同事{{compound:澹台浩然}}会手语，隔半个月去特校看{{han:虎成龙}}。
访谈者：您自己忙得过来吗？
受访者：忙不过来也要忙，逢场天四点就起来拉牛。去年冬天遭一头犟牛顶翻了，断了两根肋巴骨，睡了一个月。那个月是{{han:锁金贵}}天天送饭，{{han:锁金贵}}清真牛肉馆就在牛市门口，{{trap/word:牛肉}}粉七块一碗，娃娃去吃他从来不收钱。
访谈者：牛市上热闹吗？
受访者：热闹得很，逢场天几百头牛，{{trap/place:镇宁}}、{{trap/place:晴隆}}的都拉来。买牛的先看牙口，再摸膘，讲价不开口，两个人手拢在袖子里捏指头，外人看不懂。我刚来的时候也看不懂，是本地的老牛经纪手把手教的。
访谈者：贩牛一年能挣多少？
受访者：看行情。好年份一头牛赚七八百，差的年份还要倒贴草料。牛市下午四点{{trap/word:关门}}，卖不脱的牛还要拉回来喂，一天白跑。管牛市的{{han:关德宽}}晓得我屋头的情况，摊位费给我减了一半。低保一个月几百块，加上娃娃们的补助，日子才勉强过得走。隔壁的{{han:麻嬢嬢}}教{{minority/hui:迈娅}}煮饭，丫头现在会做洋芋焖饭了，就是盐老放多。
访谈者：做礼拜方便吗？
受访者：关岭没得寺，要去{{trap/place:安顺}}。寺里的{{han:拜守义}}阿訇，经名{{minority/hui:买斯吾德}}，晓得我家的事，{{trap/minority_word:开斋节}}专门打电话来问。我妈{{minority/hui:宰奈甫}}在同心，年年寄一箱{{trap/minority_word:馓子}}来。我跟娃娃们讲{{trap/famous:马本斋}}打鬼子，小的听不见，就看他姐姐比划。
访谈者：孩子妈妈现在怎么样？
受访者：一个月去{{trap/org:关岭自治县人民医院}}开一回药。她好的时候会给{{minority/hui:迈娅}}编辫子，唱苗歌，唱着唱着就哭了。我跟娃娃们讲，你妈不是不要你们，是生病了。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:苏迈娅}}成绩好，就是话少，{{han:覃晓蓓}}讲她上课老走神，怕是操心屋头。特校的{{han:岑又菊}}又打电话来，讲{{minority/hui:阿卜杜赛迈德}}会写自己的名字了，写的是{{han:虎成龙}}三个字，歪歪扭扭的，我高兴了好几天。
访谈者：丫头这么小就管家，她自己讲过哪样没有？
受访者：讲过一回。去年开家长会，别的娃娃都是妈妈去，她回来问我，爸，我妈哪天才好得起来？我答不出来，只好讲快了快了。她晓得我在哄她，也不拆穿，第二天照样五点半起来烧水。有时候我看她趴在灶门前写作业，火光照到脸上，心里头像刀割一样。
访谈者：留个住址和电话吧。
受访者：家在{{address:关岭自治县关索街道牛场坝路二巷14号}}，老家{{address:同心县韦州镇南关村五组33号}}。我的身份证{{id_number@my1978hyphen.640324}}，丫头的{{id_number@wy2013quad.520424}}。我电话{{mobile@s434}}，{{han:班玉兰}}的{{mobile@h38}}。我微信叫{{wechat:huzhanchuan_niushi}}，丫头有个企鹅号，她自己念给我的：{{qq:73920514}}。
访谈者：各种表上名字写得对吗？
受访者：低保表上我是{{spaced:虎 占川}}，特校花名册上写成{{spaced:阿 卜 杜 赛 迈 德}}，丫头的奖状上是{{spaced:虎　苏　迈　娅}}。
访谈者：最后还想说点哪样？
受访者：盼{{minority/hui:苏迈娅}}考出去，学医，回来给她妈看病。儿子嘛，只要学得一门手艺，养得活自己，我就放心了。我们回族讲，难处是{{trap/minority_word:胡大}}给的考验，熬过去就好了。
""")

# H1658: Kazakh mother from 富蕴 (Altay) married into a Buyei village of 者相 (贞丰); her husband is in prison.
DOCS["H1658"] = ("family", """\
访谈者：大姐，您是从新疆嫁过来的？
受访者：是，{{trap/place:阿勒泰}}{{trap/place:富蕴}}的，哈萨克族。我叫{{minority/kazakh:阿丽玛·沙肯}}，户口本上没有点，写的是{{minority/kazakh:阿丽玛沙肯}}。寨子里的人念不顺，都喊我{{minority/kazakh:玛姐}}。
访谈者：咋个嫁到贞丰来了？
受访者：那年我在{{trap/place:义乌}}的袜子厂打工，认得了{{han:罗青山}}，他是{{trap/place:者相}}的布依族。他讲贞丰{{trap/word:青山}}绿水，给座金山都不换，我就跟他回来了。
访谈者：孩子爸爸现在呢？
受访者：前年喝了酒跟人打架，把人打成重伤，判了五年，关在{{trap/place:都匀}}。{{han:罗青山}}他进去那天，小的才五岁，抱着他的腿不放。管教{{han:苟警官}}人还好，每回会见都提前打电话。
访谈者：孩子们晓得爸爸的事吗？
受访者：儿子晓得。学校里有娃娃骂{{minority/kazakh:别克波森}}是劳改犯的儿子，他跟人打了一架，脸都抓烂了。{{han:韦正兰}}老师把两边家长都喊去，讲哪个娃娃都不许拿大人的事骂人。视频会见一个月一回，十五分钟，丫头每回都问，爸爸你在里头吃得饱不？他就在那头哭。村支书{{han:罗永安}}跟他是堂兄弟，会见那天开车送我们去镇上。
访谈者：孩子们多大了？
受访者：儿子{{minority/kazakh:别克波森}}十岁，在{{school:贞丰县者相镇中心小学四年级（3）班}}，花名册上跟他爸的姓，写的是{{minority/kazakh:罗别克波森}}，同学嫌长，都叫他{{minority/kazakh:罗小波}}。丫头{{minority/kazakh:阿克托勒昆}}七岁，在{{school:者相镇中心小学一年级（2）班}}，我们屋头喊她{{minority/kazakh:托勒昆}}，意思是白浪花。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:陆仕芬}}，她帮我们{{trap/word:陆续}}办了服刑人员子女补助，两个娃娃每人每月{{trap/number:五百二}}。司法所的{{compound:闻人俊杰}}帮我们约视频会见，法律援助律师{{compound:夏侯子衿}}在帮我们问减刑。儿子的班主任{{han:韦正兰}}正好也是布依族，晓得寨子里闲话多，从来不在班上讲他爸的事。丫头的老师{{han:莫晓燕}}天天牵着她过马路。
访谈者：家里还有哪个？
受访者：公公{{han:罗大爹}}七十一了，还在坡上种{{trap/word:甘蔗}}；婆婆{{han:卢荞妹}}她腿不好，在家煮饭带小的。我去摘{{trap/word:花椒}}，一天八十块，{{han:冉德贵}}花椒收购点的老板，看我一个人拖两个娃娃，活路都先派给我。{{han:冉德贵}}讲，人家从新疆嫁到我们这山旮旯，不能让人家寒心。花椒摘完了，我又去{{trap/place:白层}}背甘蔗，一天一百二，一季下来腰杆都直不起来。
访谈者：孩子们习惯这边吗？
受访者：{{minority/kazakh:别克波森}}吃得辣，一顿离不得糟辣椒，比他爸还像布依族。丫头想外婆，老问新疆啥时候下雪。我炸{{trap/minority_word:包尔萨克}}给他们吃，讲{{trap/famous:江布尔}}的诗。我阿帕{{minority/kazakh:阿勒腾夏}}在富蕴，视频里一看见外孙就哭；我弟弟{{minority/kazakh:叶尔扎合普}}在{{trap/place:可可托海}}放羊，每年秋天卖了羊给我打五千块。在{{trap/place:兴义}}开馕坑的老乡{{minority/kazakh:马吾兰别克}}过年开车来看我们，带了一桶马奶。寨子里{{trap/minority_word:三月三}}对歌，我也上去唱了一首哈萨克的歌，布依族的老人听不懂，一样拍手。
访谈者：您刚来的时候习惯吗？
受访者：不习惯。富蕴冬天零下三十几度，这边冬天不下雪，屋头却比外面还冷，潮得很，被子一个月晒不干。吃的也不一样，顿顿酸汤辣椒，我吃一回哭一回。布依话更听不懂，婆婆跟我讲话，我就笑，笑得她也笑。过了两年才慢慢学会，现在赶场讲价，寨子里的人都讲我是半个布依族了。
访谈者：表格上的名字都对吗？
受访者：不对。监狱会见登记上把我写成{{minority/kazakh:阿丽玛.沙肯}}，那个点打成了句号；银行卡上又是{{minority/kazakh:阿丽玛・沙肯}}，点是日本字里的。低保表上是{{spaced:阿 丽 玛 · 沙 肯}}，学校写成{{spaced:罗 别克波森}}，丫头写成{{spaced:阿　克　托　勒　昆}}。
访谈者：请您说一下住址和联系方式。
受访者：家在{{address:贞丰县者相镇纳孔村四组19号}}，娘家在{{address:富蕴县可可托海镇塔拉特村三组11号}}。我身份证{{id_number@wy1988fwspaced.654322}}，儿子的{{id_number@my2015tri.522325}}。我电话{{mobile@plus86spaced}}，{{han:陆仕芬}}的{{mobile@fws}}。我微信是{{wechat:Alima-Fuyun88}}，儿子玩游戏有个扣扣，号他一口气就念出来了：{{qq:２６０４８１７３９}}。
访谈者：以后打算怎么办？
受访者：等他出来，还是在这边过。两个娃娃在这边长大，讲的是贞丰话，回新疆反倒不习惯。我想在镇上租个小门面，卖新疆的干果和奶茶，寨子里的人讲，游客来看纳孔古寨，说不定有人要。我还想去考个驾照，以后自己开车带娃娃去都匀看他爸。儿子讲他长大要当警察，我讲要得，当了警察莫打架。
访谈者：最后还想说点哪样？
受访者：盼他爸早点出来，一家人回富蕴看一回雪。{{han:陆仕芬}}讲我想得美，我说想一哈又不要钱。
""")

# H1659: Mongolian grandfather from 扎赉特旗, a retired veterinarian who came to 关岭 for its cattle; his son died in the
# gorge, the Miao daughter-in-law is gone.
DOCS["H1659"] = ("family", """\
访谈者：大爷，您是内蒙古来的？
受访者：{{trap/place:兴安盟}}{{trap/place:扎赉特旗}}的。我叫{{minority/mongolian:宝音乌力吉图}}，名字长，这边的人记不住，都喊我{{minority/mongolian:宝大爷}}。我们家的汉姓是奇，户口本上没写。
访谈者：咋个到关岭来了？
受访者：我在旗里当了三十年兽医，退了休，县里搞牛品种改良，请我来当顾问。关岭牛个子小，爬坡厉害，吃得粗，跟我们草原上的牛不一样，我看了一辈子牛，也是头一回见。儿子{{minority/mongolian:朝鲁敖其尔}}跟着我来，在牛场当技术员。他名字里的朝鲁，蒙古话就是{{trap/word:石头}}，偏偏他娶的媳妇也姓石，叫{{han:石秋妹}}，花江的苗族。
访谈者：您儿子现在……
受访者：前年{{trap/place:花江大峡谷}}修观景台，他帮人拉材料，车翻下坎子，人没了。{{han:石秋妹}}她第二年去了{{trap/place:浙江}}，开头还打电话，后来号码换了，再也找不到。
访谈者：孙子孙女多大？
受访者：孙子{{minority/mongolian:呼和吉勒图}}九岁，在{{school:关岭自治县花江镇中心小学三年级（2）班}}，学校照我们家的汉姓写成{{minority/mongolian:奇呼和吉勒图}}，同学叫他{{minority/mongolian:呼吉}}。孙女{{minority/mongolian:敖云嘎茹妲}}六岁，上学前班，我们喊她{{minority/mongolian:嘎茹妲}}，蒙古话是大鹏鸟。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:伍小芹}}，给两个娃娃报了事实无人抚养，每人每月{{trap/number:一千一百五}}。镇上的{{han:卯正富}}管乡村振兴，把我们列进了监测户，隔个把月就来看。孙子的班主任叫{{han:敖学文}}，{{han:敖学文}}他讲，他这个敖是汉族的姓，我孙女名字头上那个敖云是蒙古话的智慧，两个不相干，缘分倒是有。社工站的{{compound:东方椒岚}}每个月带孙子去{{trap/org:县图书馆}}，民政局派来的{{compound:宗政谷雨}}帮我把户口的事理清楚了。
访谈者：孩子在学校习惯吗？
受访者：{{minority/mongolian:呼和吉勒图}}数学好，就是不爱讲话，同学笑他普通话带草原腔。{{han:敖学文}}老师让他在班上讲了一回草原，讲马，讲蒙古包，讲完大家都围着他转，从那以后才有人喊他{{minority/mongolian:呼吉}}，跟他一起耍。同桌{{han:卯小雨}}还送了他一本画册。
访谈者：您身体怎么样？
受访者：七十三了，高血压，腰杆也不行。最怕我哪天倒了，两个娃娃咋个办。村医{{han:蒙卫国}}一个礼拜来量一回血压。牛场老板{{han:糜家兴}}心好，让我们住场里的平房，会计{{han:禄春燕}}每个月按时给我开顾问费。{{han:石外婆}}住对面山上，农忙的时候下来帮我带孙女，她也可怜，女儿跑了，她自己抬不起头。
访谈者：一个人带两个孩子，累吗？
受访者：累。早上五点起来烧火煮饭，送孙子去学校，回来带孙女去牛场，她在草堆上耍，我给牛看病。晚上洗衣服、辅导作业，我汉字认得不多，数学题还看得懂，语文就只能干瞪眼。孙女夜里要搂着睡，一翻身就哭着找妈妈，我只好唱蒙古的摇篮曲，唱到她睡着。
访谈者：牛场那边您还做事吗？
受访者：做。牛病了他们还来喊我，配种、接生、打针，我都去。场里的年轻人喊我师傅，跟我学看牛。我讲，牛跟人一样，你对它好，它晓得。
访谈者：孩子们想爸爸妈妈吗？
受访者：孙子晓得他爸不在了，清明要去坡上烧纸，他讲他爸是石头，石头不会烂。孙女小，还以为她妈在外头打工。老伴{{minority/mongolian:萨仁陶格斯}}走得早，要是她在，娃娃们就有人梳头了。
访谈者：过年怎么过？
受访者：{{trap/minority_word:查干萨日}}那天我煮手把肉、熬奶茶，给娃娃们讲{{trap/famous:嘎达梅林}}。侄儿{{minority/mongolian:乌恩其温都苏}}和我的老朋友{{minority/mongolian:森德尔扎布}}在扎赉特旗，每年寄两箱牛肉干来，学前班的{{han:吴玉蝉}}老师也分到一包。
访谈者：想过回内蒙古吗？
受访者：想过，可儿子埋在这里，我走了，他一个人在山上。再说孙子孙女生在关岭，户口也在这边，补助都在这边办。草原上的亲戚讲，你七十多了还守在南方，图个哪样？我讲，图两个娃娃有个家。
访谈者：请您说一下住址和联系方式。
受访者：住{{address:关岭自治县花江镇坝山村七组5号}}，老家{{address:扎赉特旗音德尔镇巴彦乌兰嘎查三组12号}}。我身份证{{id_number@mold.152223}}，孙子的{{id_number@my2016fwhyphen.520424}}。电话{{mobile@p86n}}，{{han:伍小芹}}的{{mobile@s74}}。我的微信叫{{wechat:Buyan_Uljit51}}。孙子有个扣扣，是{{han:伍小芹}}帮他注册的：{{qq:5830291746}}。
访谈者：表上名字写得对吗？
受访者：乱得很。补助表上我是{{spaced:宝 音 乌 力 吉 图}}，孙子写成{{spaced:呼　和　吉　勒　图}}，还有一张是{{spaced:奇 呼和吉勒图}}，孙女写成{{spaced:敖云　嘎茹妲}}。
访谈者：您最盼什么？
受访者：盼两个娃娃长大，回一趟草原，看看他们爸爸小时候放马的地方。
""")

# H1660: Uyghur father from 阿图什 who bakes naan in the old town of 贞丰; his Buyei wife left, his daughter has
# cerebral palsy.
DOCS["H1660"] = ("family", """\
访谈者：师傅，您这馕坑在古城打了几年了？
受访者：六年了。我叫{{minority/uyghur:艾木都拉·司马义}}，老家{{trap/place:克州}}{{trap/place:阿图什}}。来买馕的都喊我{{minority/uyghur:艾师傅}}，熟了的喊{{minority/uyghur:都拉哥}}，我都答应。
访谈者：怎么到贞丰来了？
受访者：跟老乡{{minority/uyghur:阿不都许库尔}}出来的，他在{{trap/place:安龙}}卖羊肉串。我来{{trap/place:贞丰古城}}看了一圈，游客多，就在这里打馕。后来认得了孩子的妈{{han:岑满妹}}，{{trap/place:北盘江}}边上的布依族。
访谈者：孩子妈妈呢？
受访者：丫头生下来就是脑瘫，{{han:岑满妹}}她受不了，四年前去了广东，电话也打不通了。我一个人带两个。
访谈者：孩子妈妈走的时候，孩子们怎么样？
受访者：儿子八岁，一直追到车站，哭着喊妈妈。丫头那时候还不会讲话，只会看着门口。后来好长一段时间，儿子不肯跟人讲话，放学就躲在馕坑后面。我不会讲道理，就带他和面、揉面，教他打馕，他慢慢才好起来。现在他讲，爸，等我长大了，开一个比你大的馕店。
访谈者：两个孩子多大？
受访者：儿子{{minority/uyghur:铁依甫江}}十二岁，在{{school:贞丰县珉谷街道第一小学六年级（2）班}}，户口本上是{{minority/uyghur:铁依甫江‧艾木都拉}}，学校系统打不出点，成了{{minority/uyghur:铁依甫江艾木都拉}}，同学喊他{{minority/uyghur:小甫}}。丫头{{minority/uyghur:沙迪耶}}九岁，走路要人扶，在{{school:贞丰县特殊教育学校培智三年级（1）班}}。老师跟着她妈的姓，叫她{{minority/uyghur:岑沙迪耶}}。我喊她{{minority/uyghur:沙迪耶姆}}，我们维吾尔话，就是我的{{minority/uyghur:沙迪耶}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:瞿秋菊}}，名字跟{{trap/famous:瞿秋白}}就差一个字。她给丫头办了残疾证，两项补贴每月{{trap/number:二百三十块}}，又给我们报了低保和困境儿童。{{han:瞿秋菊}}讲，政策上有的，一样都不能漏。残联的{{compound:钟离芷若}}帮丫头申请了康复救助，康复师{{compound:端木听松}}教她站，教她抓勺子。县医院儿科的{{han:犹晓红}}护士，丫头每回住院都是她管。
访谈者：您一个人，馕坑咋个顾？
受访者：早上五点起来和面，七点送儿子上学，背丫头去特校，回来再打馕，一天两百个。贞丰人爱吃糯米饭，开头嫌馕硬，我就试着做了个糟辣椒馕，没想到卖得最好。隔壁卖{{trap/word:花椒}}的{{han:岑德荣}}是孩子的舅舅，下雨天帮我接丫头。{{han:岑德荣}}他讲，他姐姐对不起我，他替姐姐还。儿子的班主任{{han:粟晓梅}}老师不收他的资料费，{{han:粟晓梅}}讲，这个娃娃懂事得让人心疼。
访谈者：孩子们平时怎么过？
受访者：儿子周末帮我看馕坑，收钱、装袋，算账比我快。丫头在特校学会了扣扣子，回来扣给我看，扣了半个钟头，我在旁边一句话不敢讲，怕她分心。特校的{{han:尚玉洁}}老师讲，慢是慢，可她一天比一天好。古城管委会的{{han:黄运芬}}晓得我们难，摊位费一直没收。
访谈者：家里人呢？
受访者：我阿娜{{minority/uyghur:布威海丽且木}}在阿图什，腿不好来不了，天天在视频里教丫头唱歌。弟弟{{minority/uyghur:买合木提尼亚孜}}在{{trap/place:喀什}}开车，寄了一箱{{trap/minority_word:巴旦木}}来。晚上我给儿子讲{{trap/famous:阿凡提}}，丫头听不懂，也跟着笑。
访谈者：在贞丰生活习惯吗？
受访者：习惯了。开头吃不惯这边的酸汤，现在离不得。古城的老人喜欢坐在我馕坑边上烤火、摆龙门阵，冬天我就多烧一会儿炭。过{{trap/minority_word:肉孜节}}，我烤一大盘馕分给街坊，他们过年也给我送糍粑，晓得我不吃猪肉，腊肉专门换成牛肉干。
访谈者：您自己身体还好吗？
受访者：胃不好。打馕的人天天烤火，冬天还好，夏天馕坑边上五十度，一天下来衣服能拧出水。可不敢病，我病了两个娃娃就没人管。
访谈者：您对孩子们有什么盼头？
受访者：儿子想考{{trap/org:贞丰一中}}，再考到新疆去读大学，看看他爸的老家，我讲要得，考上了我卖一年的馕也供你。丫头能自己拿勺子吃饭，能喊一声{{trap/minority_word:阿达}}，就是喊爸爸，我就满足了。
访谈者：请您说一下住址和联系方式。
受访者：家在{{address:贞丰县珉谷街道古城南门巷9号}}，老家{{address:阿图什市松他克乡阿扎克村二组27号}}。我身份证{{id_number@my1982spaced.653001}}，丫头的{{id_number@wy2014x.522325}}。电话{{mobile@spaced}}，{{han:瞿秋菊}}的{{mobile@p86h}}。我微信叫{{wechat:Emdulla_nang_zf}}，儿子的Q号是{{qq:81723064}}。
访谈者：证件上的名字对吗？
受访者：低保表上我是{{spaced:艾木都拉　司马义}}，丫头的残疾证上是{{spaced:沙 迪 耶 · 艾 木 都 拉}}，儿子的奖状上是{{spaced:铁　依　甫　江}}。
访谈者：最后还想说点哪样？
受访者：谢谢这边的人。我在贞丰是外地人，可没有哪个把我当外地人。
""")

# H1661: Buyei 儿童主任 of 纳孔 (者相镇, 贞丰) checking her own visiting book against the list printed from the system.
DOCS["H1661"] = ("staff", """\
访谈者：陆主任，您手上这两样是什么？
受访者：一本是我自己的走访本，一本是镇上从系统里导出来的表。我叫{{han:陆仕芬}}，{{trap/place:纳孔}}布依寨的儿童主任，寨子里的娃娃都喊我{{han:陆孃孃}}。两样要对一哈，系统上错一个字，钱就发不下来。
访谈者：儿童主任这份工作，您做了几年？
受访者：五年了，原来在村里当妇女主任，后来兼上的。一个月补贴几百块，不够跑路的油钱，可寨子里的娃娃，哪家的情况我都晓得。布依寨讲人情，哪家有事全寨子都来帮，可政策上的事老人搞不懂，要有人跑。
访谈者：那我们一户一户对。
受访者：头一户，{{han:班春雨}}，女，十二岁，孤儿。她爹在{{trap/place:北盘江}}上打鱼，船翻了；她妈第二年病死了。她爹在的时候，寨子里照我们布依族的老规矩喊他{{han:卜春雨}}，就是春雨她爹。出事那几天正下{{trap/word:春雨}}，江水涨得凶。
访谈者：她现在跟谁？
受访者：跟她奶奶{{han:莫幺婆}}。孩子在{{school:者相镇中心小学六年级（1）班}}，住{{address:者相镇纳孔村一组3号}}，身份证{{id_number@wy2012fw.522325}}，孤儿基本生活费每月{{trap/number:一千四百二十元}}。系统上把她写成{{spaced:班 春 雨}}，我改了三回。{{han:莫幺婆}}的身份证{{id_number@wold.522325}}，也要对。
访谈者：第二户？
受访者：{{han:杨正勇}}、{{han:杨正刚}}两兄弟，苗族，事实无人抚养。爹死在工地上，妈改嫁到{{trap/place:望谟}}，再没回来，现在跟他们三叔过，寨子里都喊{{han:杨三叔}}。{{han:杨正勇}}正在{{school:贞丰县第三中学七年级（4）班}}读书，身份证{{id_number@my2010quadx.522325}}，尾巴上是个叉。表上写成了{{spaced:杨 正勇}}。
访谈者：第三户？
受访者：哈萨克族那个大姐，{{minority/kazakh:玛姐}}，男人在都匀服刑。两个娃娃，{{minority/kazakh:罗别克波森}}和{{minority/kazakh:阿克托勒昆}}，服刑人员子女补助，系统上丫头的名字后头多了个空格，我截图发给镇上了。
访谈者：第四户？
受访者：{{han:宁可琳}}，女，九岁，孤独症。{{han:宁可琳}}{{trap/word:宁可}}一个人蹲在墙角数蚂蚁，也不跟人讲话。她爹{{han:宁光旺}}跑货车，妈在{{trap/place:兴仁}}打工，两项补贴有了，康复还在排队。住{{address:者相镇纳孔村六组22号}}，{{han:宁光旺}}的电话{{mobile@plain}}。表上写成{{spaced:宁 可 琳}}。
访谈者：还有吗？
受访者：第五户，{{han:卢得志}}得了尿毒症，一个礼拜透析三回，儿子{{han:卢宝林}}七岁，算重病家庭的困境儿童。娃娃他妈{{han:黄少芬}}在{{trap/org:贞丰县人民医院}}当护工，一个人撑两头。{{han:卢得志}}讲，等他走了，娃娃就交给我了，我说你莫乱讲，你要看到{{han:卢宝林}}长大。
访谈者：这些户都是谁在跟？
受访者：镇民政办的{{han:蒙得兵}}总管，我喊{{han:蒙得兵}}得空来一趟，他一拖就是半个月。社工站派了{{compound:公良若素}}跟{{han:班春雨}}，她同事{{compound:左丘明霞}}跟第二户。{{compound:左丘明霞}}讲她祖上是写《左传》的{{trap/famous:左丘明}}，我们都笑她。还有大学生志愿者{{compound:梁丘雨辰}}，暑假来给娃娃们补课。
访谈者：您平时怎么走访？
受访者：一个月每户至少去一回，赶场天顺路。过{{trap/minority_word:六月六}}寨子里吃花糯米饭，我给每户娃娃送一包。走访本上记哪家缺哪样，哪个娃娃掉秤了，哪个又逃学了。年底要一人一档，照片、户口、评估表，少一样系统就报红，镇上分管的{{han:邰镇长}}就要打电话来问。有时候白天跑户，晚上在灯底下补材料，我男人讲我比村支书还忙。
访谈者：您怎么发现新的困境儿童？
受访者：一靠学校报，二靠寨子里的人讲，三靠我自己看。哪家娃娃突然瘦了、不来上学了、身上有伤了，我就上门去问。去年有个娃娃他爹喝了酒打人，是隔壁老人半夜敲我的门，我跟派出所一起去的。
访谈者：系统上的错多吗？
受访者：多得很。名字错、身份证错、地址错，有时候一个人在系统里有两条。每个季度镇上发表下来，我就一条一条核，核完签字拍照传上去，错了要追责的。
访谈者：您的联系方式？
受访者：我电话{{mobile@hyphen}}，工作微信{{wechat:lushifen-nakong}}，{{han:蒙得兵}}的微信是{{wechat:mengdebing_zx}}。{{han:班春雨}}有个扣扣，跟我讲心里话用的：{{qq:4190386527}}。
访谈者：表上还有别的错吗？
受访者：社工的名字也被打成{{spaced:左　丘　明　霞}}，一个字一个空。
访谈者：干这个最难的是什么？
受访者：娃娃大了要面子。{{han:班春雨}}跟我讲，孃孃，你莫在学校门口喊我。我说要得，以后我在寨子口等你。她明年上初中要住校了，我想到那天她在车上一直回头看，心里就空落落的。
""")

# H1662: township poverty-relief officer of 花江镇 (关岭), reading from the contacts on his phone.
DOCS["H1662"] = ("staff", """\
访谈者：{{han:卯站长}}，您管的是哪一块？
受访者：花江镇乡村振兴工作站，防返贫监测，说白了就是盯到那些容易掉下去的户。我叫{{han:卯正富}}，卯是我们这一片的大姓，外头人老以为是{{trap/word:卯时}}的卯。喊我{{han:卯站长}}，其实站里连我就三个人。
访谈者：什么样的户算要监测的？
受访者：收入低的、大病的、残疾的、娃娃多没劳力的，都要盯。有的户看起来过得去，一个人生病就垮了。我们一个月一个月地看，收入、医疗、上学、住房、吃水，一样都不能掉。
访谈者：您手机上存的都是户主？
受访者：户主、儿童主任、帮扶干部，全在里头。你看，这个存的是“{{han:伍小芹}}坝山”，坝山村的儿童主任；这个是“{{han:石光荣}}峡谷六组”，户主。{{han:石光荣}}他老婆跑了，两个娃娃跟他，去年差点返贫，我们给他找了个护林员的岗位，一个月{{trap/number:九百二十块}}。每个月要在系统里更新一回，收入掉到线下就预警，预警了我们三天之内要上门。
访谈者：那个蒙古族大爷也在您这里？
受访者：在，{{minority/mongolian:宝大爷}}家是重点监测户。儿子没了，儿媳妇找不到，两个娃娃{{minority/mongolian:呼和吉勒图}}、{{minority/mongolian:敖云嘎茹妲}}报的事实无人抚养。老者七十三了，我最怕他病倒。我跟牛场的{{han:糜家兴}}讲好了，有哪样事先给我打电话。驻村工作队的{{han:杨昌禄}}每个礼拜去一趟，帮老者劈柴挑水。
访谈者：还有哪些户？
受访者：{{han:母春兰}}{{trap/word:母子}}俩，男人瘫在床上，她一个人种{{trap/word:花椒}}。儿子{{han:龙小峡}}，名字里有个峡字，生在{{trap/word:峡谷}}里嘛，在{{school:关岭自治县民族中学八年级（3）班}}，成绩好，我们给报了困境儿童。住{{address:关岭自治县花江镇峡谷村八组40号}}，娃娃的身份证我念一下：{{id_number@my2009spacedx.520424}}。
访谈者：搬迁的户呢？
受访者：搬到县城安置点的有四十几户。{{han:安文秀}}家在{{address:关岭自治县顶云街道安置点5栋3单元602}}，男人在{{trap/place:安顺}}工地上，{{han:安文秀}}她两个娃娃，小的智力残疾，两项补贴我们去年才帮她办下来。搬下来的人不习惯住楼房，有的老人还在阳台上养鸡，我们也不好讲。安置点有个儿童之家，放学娃娃们在那里写作业，有志愿者看着。
访谈者：花江这边的孩子有什么特殊的？
受访者：山高坡陡，好多寨子在半山腰，娃娃上学要走一两个钟头，镇上的学校基本都寄宿。爹妈出去打工，娃娃一个礼拜回一趟家，家里只有老人。有的老人眼睛不好、耳朵不好，娃娃病了都不晓得。我们跟学校讲好，哪个娃娃礼拜天没回学校，老师第一时间告诉儿童主任。
访谈者：你们站里几个人？
受访者：三个。第一书记{{compound:赫连卫疆}}是省里派下来的，帮扶干部{{compound:万俟晓东}}管数据。{{compound:万俟晓东}}这个姓好多人念成万四，其实念墨其。还有个选调生{{compound:司空朗月}}，来了半年，我们这些事她已经{{trap/word:司空见惯}}了。
访谈者：工作中最难的是？
受访者：人难找。出去打工的，电话一换就断了。{{han:吴启明}}倒是想回来，可回来又莫得活路；{{han:罗顺英}}却不肯走，守着两亩地和瘫在床上的老者。我把她存成“{{han:罗顺英}}{{mobile@plus86}}”，名字后头直接跟号，一眼就看得到。被{{han:罗顺英}}骂过两回，她说我是来查她家底的。
访谈者：这些年有什么变化？
受访者：路通了，{{trap/org:坝陵河大桥}}修好以后，去县城只要一个钟头。娃娃们上学有校车，营养餐一天一个鸡蛋。可难处还在，老的老、小的小，大人都在外头。我爹以前也是在峡谷里背盐巴的，我晓得这些户的苦，不是讲两句政策就能解决的。
访谈者：您自己是本地人？
受访者：土生土长的，家就在峡谷边上。小时候去对岸赶场要坐溜索，掉下去就没命，现在桥修通了，年轻人倒都出去了，寨子里剩下老的小的。我在村里当了十二年干部，前年才调到站里。
访谈者：老百姓有事怎么找你们？
受访者：打{{trap/hotline:12317}}，防返贫的热线；找不到人也可以直接打给我，{{mobile@s38}}。我微信是{{wechat:maozhengfu_hj}}，扣扣{{qq:2718064935}}，年纪大的不会用，还是打电话。像{{han:石光荣}}，他字都认不全，我就教他存一个号，按一个键就打到我这里。
访谈者：登记上名字有错的吗？
受访者：有。书记的名字被打成{{spaced:赫 连 卫 疆}}，{{spaced:万俟 晓东}}也被拆开，{{spaced:母 春 兰}}三个字中间全是空格。
访谈者：最后您想说什么？
受访者：我们这里有{{trap/place:花江大峡谷}}，桥修得再高，底下的人家也得有人一户一户地走。走得最多的，是{{han:伍小芹}}
""")

# H1663: paediatric nurse of the county people's hospital of 贞丰.
DOCS["H1663"] = ("staff", """\
访谈者：犹护士，您在儿科多少年了？
受访者：十四年了。我叫{{han:犹晓红}}，{{trap/org:贞丰县人民医院}}儿科的护士。外地人老以为是{{trap/word:犹豫}}的犹写错了，其实我们这边真有这个姓。
访谈者：您接触的困境儿童多吗？
受访者：多，留守的、孤儿、残疾的，一年到头都有。先讲{{han:党贞丰}}吧，前年冬天在{{trap/place:双乳峰}}景区厕所边上被人捡到，刚生下来两天，发着烧送到我们科。福利院的娃娃都跟党姓，她是在{{trap/place:贞丰}}捡到的，就起了这个名，我们科里喊她{{han:丰丰}}。
访谈者：她现在怎么样？
受访者：在{{trap/org:黔西南州儿童福利院}}，两岁多了，先天心脏病，每半年回来复查一回，身份证{{id_number@wy2021hyphen.522325}}。手术是{{trap/org:贵州省人民医院}}做的，钱是民政和慈善基金出的。
访谈者：还有哪些孩子让您记得？
受访者：{{han:邰小勇}}，苗族，七岁，爹妈在浙江打工，跟奶奶在{{trap/place:鲁贡}}。冬天烤火，奶奶眼睛不好，娃娃跌进火塘，半边屁股烧伤。送来的时候是{{han:冉医生}}接的，娃娃一声不哭，咬着嘴巴。{{han:邰小勇}}问我，阿姨，我妈晓得不？我说晓得了，在往回赶，其实他妈第三天才到。他在{{school:贞丰县鲁贡镇中心小学二年级（1）班}}，出院以后我们跟学校讲了，体育课先莫上。
访谈者：留守孩子住院，谁来陪？
受访者：大多是爷爷奶奶，年纪大，不识字，医嘱看不懂，药也分不清。我们就画图，早上的药画个太阳，晚上的画个月亮，贴在床头。爹妈打视频来，我们帮着接，娃娃看见爹妈就哭，爹妈在那头也哭。
访谈者：少数民族的孩子也有吗？
受访者：有。古城{{minority/uyghur:艾木都拉}}烤馕铺的老板，大家喊{{minority/uyghur:艾师傅}}，他丫头{{minority/uyghur:沙迪耶}}脑瘫，一到换季就肺炎，一年住三四回院。我们科里喊他{{minority/uyghur:都拉哥}}，他不会扎辫子，每回都是我给{{minority/uyghur:沙迪耶}}扎。{{minority/uyghur:沙迪耶}}喊我阿姨，声音小小的。还有纳孔那个哈萨克族丫头{{minority/kazakh:阿克托勒昆}}，去年开水烫了脚，她妈{{minority/kazakh:玛姐}}守了七天没合眼。
访谈者：还有别的孩子吗？
受访者：有个布依族丫头{{han:蒙晓蝶}}，白血病，十岁，爹{{han:蒙志红}}把两头牛都卖了。化疗掉头发，她不肯出门，{{compound:上官心悦}}给她买了顶帽子，她天天戴着，连睡觉都不摘。
访谈者：费用怎么办？
受访者：有医保、大病保险、医疗救助，困境儿童还有临时救助。{{han:邰小勇}}那回花了{{trap/number:两万三}}，报完自己出{{trap/number:两千一百六十块}}，是社工帮着申请的慈善款。医务社工{{compound:上官心悦}}专门跑这个，她跟民政局的{{compound:皇甫照影}}熟，志愿者{{compound:段干瑞祥}}每个礼拜来给娃娃们讲故事。
访谈者：碰到过没人管或者挨打的孩子吗？
受访者：碰到过。有个娃娃身上新伤旧伤一大片，问他，他不讲。我们按规定报告了，派出所和民政都来了，后来查清楚是继父打的。现在医院有强制报告制度，护士看到了就要报，不能装作没看见。
访谈者：科里其他人呢？
受访者：护士长姓便，方便的便，我们喊她{{han:便姐}}，{{han:便姐}}便是这个脾气，嘴巴凶，心软。主任{{han:卢静秋}}，孩子家里困难的，她自己掏钱垫过好几回。{{han:冉医生}}夜班多，{{han:党贞丰}}那回就是他抢回来的。科里的护工{{han:黄少芬}}是纳孔的，男人尿毒症，她自己一个人撑，夜里还帮我们抱娃娃。
访谈者：这份工作最难的是？
受访者：看着娃娃一个人住院。大人不在，夜里哭了，我们轮流抱。有回{{han:邰小勇}}半夜讲梦话喊妈，{{han:便姐}}抱着他坐到天亮。
访谈者：您自己有孩子吗？
受访者：有一个，读初中。我夜班多，他从小就是自己睡。他讲妈妈你对别人的娃娃比对我还好，我听了心里酸，可是病房里那些娃娃，没人抱就真的没人抱了。
访谈者：您的联系方式？
受访者：我电话{{mobile@fullwidth}}，微信{{wechat:wxid_7r3kq0zm5h}}，扣扣{{qq:1308527946}}。我住{{address:贞丰县珉谷街道文笔路阳光小区2栋1单元302}}，哪家娃娃半夜发烧，打{{trap/hotline:120}}也好，来敲我的门也好。
访谈者：您怎么看现在的政策？
受访者：比我刚工作那时候好多了。那时候孩子住院，家里拿不出钱就只能抱回去，现在有兜底，民政、医保、慈善一层一层地接，很少有娃娃因为没钱出院的。
访谈者：病历和床头卡上名字写错的多吗？
受访者：多。有张床头卡写成{{spaced:邰 小 勇}}，{{spaced:党　贞丰}}也被拆开过，连社工的名字都打成了{{spaced:上 官 心 悦}}。
访谈者：最后想说什么？
受访者：娃娃们出院的时候我都讲，下回莫再来了。这是我们儿科最好听的一句话。
""")

# H1664: Buyei teacher of the special-education school of 关岭.
DOCS["H1664"] = ("staff", """\
访谈者：{{han:菊老师}}，您在特校教了多少年？
受访者：九年了。我叫{{han:岑又菊}}，布依族，家在{{trap/place:永宁镇}}。家长们喊我{{han:菊老师}}，娃娃们不会讲话的，就比一个菊花的手势。
访谈者：学校里困境儿童多吗？
受访者：一大半。{{trap/org:关岭自治县特殊教育学校}}两百多个学生，听障、培智、孤独症都有，好多家里不是低保就是重残。
访谈者：您班上有哪些孩子？
受访者：我带{{school:关岭自治县特殊教育学校培智四年级（2）班}}，也兼听障班的语文。听障班有个回族娃娃{{han:虎成龙}}，经名{{minority/hui:阿卜杜赛迈德}}，他爹{{han:虎二哥}}在牛市贩牛，妈妈精神不好，屋头全靠姐姐{{minority/hui:苏迈娅}}。{{minority/hui:阿卜杜赛迈德}}上学期学会写自己的名字，我打电话给他爹，他爹在那头半天没讲话。礼拜五放学，{{minority/hui:迈娅}}来接弟弟，姐弟两个在校门口比手语，比得飞快，我都跟不上。
访谈者：还有呢？
受访者：{{minority/kazakh:叶尔纳扎尔·胡阿特别克}}，哈萨克族，孤独症，九岁。他爹{{minority/kazakh:胡阿特别克}}从{{trap/place:伊犁}}{{trap/place:特克斯}}过来，在{{han:糜家兴}}的牛场配种。{{minority/kazakh:叶尔纳扎尔}}不看人的眼睛，可他背得出牛场所有牛的耳标号。我们喊他{{minority/kazakh:纳扎尔}}，他妈{{minority/kazakh:萨尔达娜}}每个礼拜五来接，娃娃的身份证{{id_number@my2016.654027}}是她念给我抄的。
访谈者：别的民族的呢？
受访者：{{han:龙再学}}，苗族，脑瘫，{{han:龙再学}}再难也要自己扶着墙走到教室。{{han:郎甜甜}}，唐氏综合征，笑起来{{trap/word:甜甜}}的，她爹{{han:郎国梁}}开始不肯送来，怕人笑，现在{{han:郎国梁}}修车铺的墙上贴满了她的画。布依族的{{han:韦小荞}}听不见，她奶奶{{han:韦幺奶}}每个礼拜走两个钟头山路来看她。
访谈者：听障的孩子怎么交流？
受访者：用手语，每个娃娃还有个手语名。{{han:韦小荞}}的手语名是比一个荞麦穗子，哈萨克族那个娃娃的是比一头牛，他自己选的。刚来的娃娃不会手语，只会哭，要教一两个月才敢跟人比划。
访谈者：您自己学手语难吗？
受访者：难。手语跟讲话的顺序不一样，刚来那一年我比错了好多回，娃娃们笑得打滚。现在我做梦都在比手语。
访谈者：补贴怎么落实？
受访者：两项补贴、困境儿童、低保，家长不会弄的，我们帮着弄。{{han:龙再学}}病重那学期我们送教上门，去{{address:关岭自治县上关镇木城村二组8号}}，一个礼拜两回。康复老师{{compound:乐正怀远}}教他站，心理老师{{compound:南宫采薇}}陪家长讲话，志愿者{{compound:轩辕启航}}开车，{{compound:拓跋听澜}}帮着做手语视频。
访谈者：送教上门是什么样的？
受访者：重度的娃娃来不了学校，我们就去家里上课，一个礼拜一两回，教认字、教吃饭、教穿衣服，也教家长怎么做康复。有的寨子车开不进去，要走一个钟头山路，下雨天路滑，摔过好几回。
访谈者：孩子们毕业以后去哪里？
受访者：这是最愁的。听障的娃娃能读中职，学面点、学美发，出来能找活路；培智的娃娃就难了，大多回家，爹妈老了以后哪个管，没人答得上来。我们现在教他们做手工、种菜，能做一点是一点。去年有两个听障的娃娃考上了中职，学烘焙，放假回来给我们带了蛋糕。
访谈者：您怎么跟孩子们讲将来？
受访者：给他们讲{{trap/famous:海伦·凯勒}}，讲{{trap/famous:张海迪}}。{{han:安校长}}讲，特校的娃娃也要有梦，梦小一点不要紧。生活老师{{han:卯金秀}}晚上陪住校的娃娃睡，哪个娃娃夜里尿床、哪个怕黑，她都记在本子上。我们特校的老师一半是布依族、苗族，会讲几句民族话，家长来了好讲话。
访谈者：您为什么来教特校？
受访者：我有个表弟小时候发高烧，耳朵烧聋了，那时候寨子里没人懂手语，他一个人长大，一辈子没读过书。我师范毕业那年，听说县里招特校老师，就报了名。家长有的躲，不想让人晓得娃娃残疾，关在屋头不让出门，我们一家一家去劝，讲娃娃来了学校吃住都不要钱，还能学本事，慢慢才送来了。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86dash}}，微信{{wechat:cenyouju_tejiao}}，扣扣{{qq:905316472}}。学校在{{address:关岭自治县顶云街道新区路7号}}。
访谈者：花名册上名字对吗？
受访者：花名册和值班表都是从系统里打的，{{spaced:叶 尔 纳 扎 尔}}一个字一个空，{{spaced:叶尔纳扎尔 ・ 胡阿特别克}}点两边都有空，{{spaced:乐　正　怀　远}}、{{spaced:郎 甜甜}}、{{spaced:龙　再　学}}也是乱的。
访谈者：最后想说什么？
受访者：这些娃娃慢，可他们也在长。哪天他们能自己买一回菜、坐一回车，我就没白教。要谢的人多，头一个是{{han:安校长}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1657,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout208",))


if __name__ == "__main__":
    main()
