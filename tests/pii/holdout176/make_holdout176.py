# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 176 (tests/pii/holdout176/H1393-H1400 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 177, written at the same time, is not
an earlier set).

Set 176 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them
in 云梦 and 安陆 (Hubei): a Mongolian mother from 科尔沁左翼后旗 who sews on a 云梦 luggage-factory line, raising a
daughter with Down syndrome after her husband left; a Kazakh grandfather from 塔城 raising two grandsons in 安陆
whose father is in prison; a Yi father from 布拖 who lays bricks on 安陆 sites, his wife dead; a Hui aunt from 广河
who runs a lamian shop in 云梦, raising her dead sister's son; a Han 儿童主任 in 城关镇 (云梦) reading out her
register with addresses; a Han civil-affairs clerk of 府城街道 (安陆) who works the cases on WeChat, QQ and the
phone; a Han grandmother in 伍洛镇 raising a granddaughter whose mother is in 深圳; and a Han middle-school head
teacher in 赵棚镇. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names used whole and with a short form (萨楚日乐 then 萨楚, 宝音都仍 then 都仍 before the
adverb 都, 明干其其格, 包斯日吉玛, 额尔登达来, 乌兰格日勒, 格根夫), a Han surname before a Mongolian given name
(包明干她) and the Han names of the same people (包秀芹, 包雨菲, 包三姐); Kazakh given name + father's name with and
without the dot (托合达尔·沙肯, 巴格达特·托合达尔, 阿扎马特·巴格达特, 阿扎马特巴格达特, 叶克拜·巴格达特,
夏依扎达·托依干, 阿依扎尔·托合达尔) and single forms (托合达尔, 巴格达特, 阿扎马特他, 叶克拜), the mother's Han
surname before a Kazakh given name (鲁叶克拜) and Han-style names (鲁浩然, 沙大爷 after the father's name); Yi names
with the clan name before the given name (吉伍惹哈, 俄木衣呷, 吉伍曲呷, 吉伍克体, 海来史者, 阿西拉衣, 俄木沙日,
勒古布且), the given name alone (惹哈才, 衣呷, 曲呷, 克体), the clan cut to one character the way the ID card and the
school register spell it (吉惹哈, 吉曲呷), the dotted register form (吉伍·曲呷) and Han-style names and nicknames
(吉文胜, 吉二哥你, 吉娃); Han-form Hui names (冶秀琴, 冶秀珍, 妥晓军, 妥俊豪, 马成贵他) beside 经名 used alone
(哈迪佳, 海妮法, 妥尔萨, 卡里木他), after a Han surname (冶哈迪佳, 撒穆萨, 撒阿依舍, 马塔希尔阿訇) and with the 临夏
尕- of endearment (尕卡里木); Han names with common and rare surnames of the region (涂, 晏, 熊, 余, 付, 邹, 皮, 冷,
秦, 鲁, 童, 潘, 柯, 喻, 郭, 黎, 闵, 操, 幸, 汪, 饶, 舒, 詹, 项, 易, 聂, 代, 梅, 龚, 程, 万, 彭, 雷, 敖, 尹, 帅, 游,
祝); surnames that are also ordinary words, directly after or before grammar words (都雪芹都, 能永贵能, 还淑英还,
是有丽娟老师, 找要翠屏要, 把文亮把, 向卫东向我们, 向晓琴向着, 和思远和他表哥, 姑姑和腊梅, 才晓明老师才, 我让让春燕,
就梦琪就, 桂也也) and such characters inside a given name (幸有才, 程要强要我, 桂也); names that contain words
(万俟长江, 聂汉江, 程要强, 桂长林); titles and kin words after names (熊晓菁老师, 冷振宇大夫, 有丽娟老师, 潘德海医生,
向晓琴老师, 欧阳耀祖科长; the span is the name only); a surname with only a title or kin word, annotated whole
(包三姐, 沙大爷, 吉二哥, 秦大姐, 舒大妈, 黄婆婆, 柯老师, 祝主任); nicknames and local forms of address, annotated
whole (馨伢, 狗伢, 桃姐, 小也, 吉娃, 尕卡里木); names directly before particles, pronouns and verbs (邹桂枝她,
柯长顺他, 饶小芬她, 雷家豪他, 尹梦瑶她) and after 叫/是/给/跟/找/让/和; names closing the last sentence (只盼明干其其格。,
对得起胡志超。, 是桂也。); names spaced out character by character in half- and full-width spaces (萨 楚 日 乐,
包 斯 日 吉 玛, 夏 依 扎 达, 吉 伍 惹 哈, 冶 哈 迪 佳, 万 俟 嘉 怡, 呼 延 子 谦, 诸 葛 一 帆, 上 官 晓 蕾, 幸　子　墨,
黄　凤　娥, 尹　梦　瑶), dotted names with spaces around the dot (阿扎马特 · 巴格达特, 吉伍 · 曲呷) and names split in
two (明干　其其格, 托合达尔 沙肯, 和思 远, 轩辕　若彤, 梅晓 丽, 雷家 豪); compound surnames after ordinary words (端木,
闻人, 夏侯, 申屠, 百里, 淳于, 濮阳, 第五, 万俟, 太史, 司空, 呼延, 轩辕, 欧阳, 上官, 诸葛, 慕容, 宇文); and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:都雪芹}}``, ``{{qq:53972648}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, yi, hui) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1957tri.420923}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 医生, 阿訇, 科长) and a particle,
pronoun, adverb or verb written directly after a name (她, 他, 你, 都, 能, 还, 要, 把, 向, 和, 才, 就, 也, 说) are
outside the span; a surname with only a title or kin word (包三姐, 沙大爷, 吉二哥, 黄婆婆, 柯老师) and a nickname or
local form of address (馨伢, 狗伢, 桃姐, 小也, 吉娃, 尕卡里木) are annotated whole. Han-style names of Mongolian,
Kazakh, Yi and Hui people (包秀芹, 鲁浩然, 吉文胜, 冶秀琴) are category han; a Han surname before a non-Han given
name (包明干, 鲁叶克拜, 吉惹哈, 吉曲呷, 冶哈迪佳, 撒穆萨) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout176/make_holdout176.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(176_2026_1207)
MINORITY_GROUPS = ("mongolian", "kazakh", "yi", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "yi": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176",
                   "181", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1393: Mongolian mother from 科尔沁左翼后旗 who sews on a luggage-factory line in 云梦; her husband left, her
# daughter has Down syndrome.
DOCS["H1393"] = ("family", """\
访谈者：大姐，您在这个箱包厂做了几年了？
受访者：四年多了，在三号线上给拉杆箱缝里布。我叫{{minority/mongolian:萨楚日乐}}，{{trap/place:科尔沁左翼后旗}}人，工牌上的汉名是{{han:包秀芹}}，我在家排行老三，线上的姐妹都喊我{{han:包三姐}}。老家的人喊我{{minority/mongolian:萨楚}}，就跟喊小名一样。
访谈者：怎么到{{trap/place:云梦}}来了？
受访者：伢她爸{{minority/mongolian:宝音都仍}}贩牛，跟这边收牛的{{han:皮德旺}}是老主顾，一七年把我们娘俩带过来的。女儿生下来是唐氏儿，心脏上还有个洞，他嫌丢人，前年说回旗里卖草场，人就没影了。电话打了几十个，{{minority/mongolian:都仍}}都不接，微信也把我删了。
访谈者：女儿多大了？
受访者：九岁，叫{{minority/mongolian:明干其其格}}，户口本上的汉名是{{han:包雨菲}}。特校的老师把两个名字拼着喊，喊她{{minority/mongolian:包明干}}，她也答应。她在{{school:云梦县特殊教育学校二年级（1）班}}，学说话、学系扣子。{{minority/mongolian:包明干}}她认得人，见了{{han:皮德旺}}就喊爷爷。
访谈者：她身体怎么样？
受访者：三岁那年在{{trap/place:武汉}}做的心脏手术，主刀的是{{han:冷振宇}}大夫，钱是{{trap/org:红十字会}}和厂里捐的。现在还是爱感冒，一感冒就喘，夜里我得起来三四回摸她的额头。她吃饭慢，一碗饭吃一个钟头，可她爱唱歌，最爱唱{{trap/famous:腾格尔}}的《天堂》，一句词也不会，调子全对。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:涂春华}}给她报了事实无人抚养，她爸找不到，{{trap/org:派出所}}出了证明，每月{{trap/number:一千二百七}}，她有残疾证，还拿两项补贴。街道民政的{{han:晏立新}}来核过两回。班主任{{han:熊晓菁}}老师手把手教她用勺子，康复老师叫{{compound:端木晓晴}}，每周给她做言语训练。县社工站有个伢叫{{compound:闻人晓雯}}，帮我申请了临时救助。
访谈者：厂里的人呢？
受访者：我们计件，缝一个箱子{{trap/number:一块一毛五}}，一天能缝三百多个。线长{{han:余红霞}}知道我的难处，让我早上晚来半个钟头送伢。老板{{han:付海涛}}说计件的钱月底一分不少，卡里{{trap/word:余额}}不够就先预支。隔壁缝{{trap/word:皮箱}}把手的{{han:邹桂枝}}是我干姐妹，伢放学没人接，{{han:邹桂枝}}她去接。
访谈者：这边有老乡吗？
受访者：有一个，{{minority/mongolian:乌兰格日勒}}，也是科左后旗的，嫁到{{trap/place:孝感}}来了。过年她喊我们娘俩去她家吃手把肉，伢吃完了跟着她跳{{trap/minority_word:安代舞}}，手绢甩得满屋都是。
访谈者：您一个人带她，最难的是什么？
受访者：最难的是上夜班。厂里赶货的时候两班倒，我上夜班就只能把伢锁在宿舍里，门上贴着我的电话，桌上放着面包和水。有一回她半夜醒了找不到我，哭着把门拍得咚咚响，是楼下的宿管{{han:秦大姐}}拿钥匙开的门，陪她坐到天亮。从那以后线长就不给我排夜班了，一个月少挣七八百，我也认了。
访谈者：伢在特校学得怎么样？
受访者：慢，可是在学。去年她学会了自己穿鞋，今年学会了数到二十。六一的时候老师让她上台献花，她抱着花不肯给人，抱回来送给了我，我把花晒干了插在床头。特校门口卖{{trap/word:包子}}的老板每天早上塞给她一个，她就记住了，路过那里就要停下来挥手。
访谈者：老家还有人吗？
受访者：阿爸前年走了，额吉{{minority/mongolian:包斯日吉玛}}七十二，跟我弟弟{{minority/mongolian:额尔登达来}}在嘎查放牛。过年我带伢回去，额吉给她唱{{trap/minority_word:乌力格尔}}，她听不懂也跟着拍手。弟弟说，{{minority/mongolian:萨楚}}你回来吧，可伢在这边有学上，回去特校太远。
访谈者：您自己的身体吃得消吗？
受访者：手腕有腱鞘炎，缝纫机踩久了，腿也肿。可我不敢请假，请一天假扣一百二。晚上回来给伢洗澡、洗衣服，弄完了十点多，倒在床上就睡着了。
访谈者：她爸那边有消息吗？
受访者：去年有人在{{trap/place:通辽}}见过他。嘎查的书记{{minority/mongolian:格根夫}}帮我打听，说他又娶了。我不想他了，就是伢问爸爸去哪了，我答不上来。
访谈者：厂里今年活多吗？
受访者：多，{{trap/place:云梦}}的箱包都往国外发，一个货柜接一个货柜。忙的时候礼拜天也不休，我就带着伢去车间，让她坐在布堆上玩。
访谈者：登记表上的信息请您说一下。
受访者：住在{{address:云梦县城关镇曲阳路47号箱包厂宿舍3栋112室}}，老家是{{address:科尔沁左翼后旗甘旗卡镇协代嘎查二组16号}}。我身份证{{id_number@wy1987spaced.150522}}，伢的{{id_number@wy2016.150522}}。我电话{{mobile@s434}}，{{han:涂春华}}的{{mobile@hyphen}}。我的微信{{wechat:saqurile_ym}}，线长的QQ她在群里发过：{{qq:2864019735}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:萨 楚 日 乐}}，特校写成{{spaced:明干　其其格}}，银行卡上成了{{spaced:包 秀 芹}}，额吉写成{{spaced:包 斯 日 吉 玛}}。
访谈者：您最盼什么？
受访者：盼伢能自己吃饭、自己认路。跑了的那个我不盼了，我只盼{{minority/mongolian:明干其其格}}。
""")

# H1394: Kazakh grandfather from 塔城 raising two grandsons in 安陆; their father is in prison.
DOCS["H1394"] = ("family", """\
访谈者：老人家，您从{{trap/place:塔城}}过来多久了？
受访者：两年零三个月。我叫{{minority/kazakh:托合达尔·沙肯}}，这边的人记不住，叫我{{minority/kazakh:托合达尔}}，巷子里的人干脆跟着我爸的名字喊{{han:沙大爷}}。
访谈者：您怎么到{{trap/place:安陆}}来了？
受访者：儿子{{minority/kazakh:巴格达特·托合达尔}}在{{trap/place:武汉}}学汽修，娶了安陆的姑娘{{han:鲁晓燕}}，就在这边安了家。前年他帮人转赃款，判了四年半，关在{{trap/place:沙洋}}。{{han:鲁晓燕}}去了东莞，再没回来。两个孙子没人管，村委会给塔城打电话，我就坐了两天两夜的火车过来了。
访谈者：孙子们多大？
受访者：大的{{minority/kazakh:阿扎马特·巴格达特}}十二，花名册上没有点，写成{{minority/kazakh:阿扎马特巴格达特}}，同学喊他{{minority/kazakh:阿扎马特}}，他说是好汉的意思。他在{{school:安陆市府城街道第二小学六年级（2）班}}。小的{{minority/kazakh:叶克拜·巴格达特}}八岁，上学跟他妈姓，叫{{han:鲁浩然}}，在{{school:安陆市实验小学二年级（4）班}}，老师点名图省事，喊他{{minority/kazakh:鲁叶克拜}}。
访谈者：您一个人带两个，吃得消吗？
受访者：吃不消也得吃。我七十一了，汉话说不好，开家长会听不懂。{{minority/kazakh:阿扎马特}}他懂事，替我跟老师说话，替我去超市{{trap/word:付款}}。小的调皮，{{minority/kazakh:叶克拜}}前天爬到邻居房顶上掏鸟窝，邻居{{han:童新民}}把他抱下来，没跟我告状。
访谈者：这边吃的住的习惯吗？
受访者：不习惯。这边夏天湿热，我在塔城一辈子没出过这么多汗。吃的也难，清真的馆子少，我自己煮肉、烤馕，孙子们倒是爱吃这边的热干面。冬天屋里没暖气，比塔城零下三十度还难熬，冷是往骨头里钻的。
访谈者：孙子们上学谁接送？
受访者：大的自己走，十来分钟。小的我送，早上七点出门，我牵着他，他牵着一条邻居家的狗，一路走一路说话。放学我在校门口等，家长们都认得我了，说那个戴花帽的老爷爷又来了。下雨天我背着他回来，他说爷爷你的背比马背还稳。
访谈者：哪些人帮过你们？
受访者：村委会的儿童主任{{han:都雪芹}}给两个伢报了服刑人员子女补助，每人每月{{trap/number:八百九十元}}。{{han:都雪芹}}都跑了三趟{{trap/org:民政局}}。司法所的{{han:能永贵}}带我们去沙洋会见过一回，{{han:能永贵}}能听懂我的汉话。市社工站的{{compound:夏侯沁雪}}每个月来一趟，给小的补拼音；她同事叫{{compound:申屠立航}}，带大的去打篮球。
访谈者：塔城那边呢？
受访者：老伴{{minority/kazakh:夏依扎达·托依干}}在塔城守着房子和几只羊，腿不好。女儿{{minority/kazakh:阿依扎尔·托合达尔}}在塔城医院当护士，常给我们寄{{trap/minority_word:奶疙瘩}}。过{{trap/minority_word:古尔邦节}}的时候，她视频让孙子们看{{trap/minority_word:阿肯弹唱}}。我给孙子们弹{{trap/minority_word:冬布拉}}，唱{{trap/famous:阿拜}}的诗，小的听不懂，大的跟着哼。
访谈者：孙子们还会说哈萨克话吗？
受访者：大的会说，小的只会听。我在家跟他们说哈萨克话，他们跟我说汉话，一顿饭两种话。我怕他们忘了，每天晚上教大的十个词，他记在本子上，已经记了大半本了。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/kazakh:巴格达特}}在里面表现好，每月能打一回亲情电话。大孙子接电话从来不哭，挂了电话一个人去{{trap/place:涢水}}边上坐着。我跟他说，你爸是做错了事，可他还是你爸，等他出来，你们还是一家人。
访谈者：去沙洋会见是什么情形？
受访者：坐了三个钟头的车。隔着玻璃，拿电话说话。{{minority/kazakh:巴格达特}}瘦了，头发剃光了，看见两个儿子就哭。小的不认生，把脸贴在玻璃上喊爸爸；大的一句话也不说，临走才说了一句：爸，我会照顾好爷爷。回来的路上，大的靠着我睡着了，手里还攥着会见的单子。
访谈者：您自己身体怎么样？
受访者：血压高，心脏也不好，在塔城就吃药。这边卫生院的{{han:潘德海}}医生给我换了药，说我不能生气。可两个孙子一闹，我就忍不住要骂，骂完了又后悔，晚上睡不着，起来看他们踢没踢被子。我年轻时在山上放了三十年羊，狼都不怕，现在怕的是自己哪天倒下了，两个孙子没人管。
访谈者：登记表上的信息请您说一下。
受访者：我们住在{{address:安陆市府城街道解放村五组21号}}，老家在{{address:塔城市二工镇阔布村三组8号}}。我的身份证{{id_number@my1954fw.654201}}，大孙子的{{id_number@my2013quad.420982}}。我的电话{{mobile@plus86}}，{{han:都雪芹}}的{{mobile@s38}}。大孙子有微信，叫{{wechat:azamat_anlu13}}。他还有个QQ，是上网课注册的，号码他写在我的药盒上：{{qq:53972648}}。
访谈者：名字在表上写得对吗？
受访者：乱。补助表上大孙子是{{spaced:阿扎马特 · 巴格达特}}，我的名字写成{{spaced:托合达尔 沙肯}}，小孙子写成{{spaced:叶 克 拜}}，我老伴写成{{spaced:夏 依 扎 达}}。
访谈者：您最盼什么？
受访者：盼{{minority/kazakh:巴格达特}}早点出来，我把两个伢交还给他，回塔城放羊去。
""")

# H1395: Yi father from 布拖 who lays bricks on building sites in 安陆; his wife is dead.
DOCS["H1395"] = ("family", """\
访谈者：大哥，您在这个工地上砌砖多久了？
受访者：三年多了，跟着老乡的包工队从{{trap/place:布拖}}出来的。我叫{{minority/yi:吉伍惹哈}}，前两个字是家支，{{minority/yi:惹哈}}才是我自己的名。身份证上写成{{minority/yi:吉惹哈}}，家支砍成了一个字。工地上的汉族师傅喊我{{han:吉二哥}}，老乡喊我{{minority/yi:惹哈}}。我们是{{trap/minority_word:阿都}}人，说话跟{{trap/place:西昌}}那边的口音不一样。
访谈者：家里什么情况？
受访者：老婆{{minority/yi:俄木衣呷}}前年冬天生老三，大出血，没等送到县医院就走了。老三跟他{{trap/minority_word:阿皮}}在老家，就是奶奶。大的两个我带出来了：女儿{{minority/yi:吉伍曲呷}}十三，儿子{{minority/yi:吉伍克体}}十岁，学名{{han:吉文胜}}。
访谈者：他们在哪里上学？
受访者：{{minority/yi:曲呷}}在{{school:安陆市棠棣镇初级中学七年级（2）班}}，学校名单上写成{{minority/yi:吉曲呷}}。{{minority/yi:克体}}在{{school:棠棣镇中心小学四年级（3）班}}，同学喊他{{han:吉娃}}。刚来的时候两个娃娃汉话说不好，{{minority/yi:克体}}被同学笑，回来躲在板房里不出来。现在他说得比我好了，还教我认字。
访谈者：您白天在工地，孩子们谁管？
受访者：{{minority/yi:曲呷}}管弟弟，做饭洗衣都是她，才十三岁，手上全是冻疮。包工头{{minority/yi:海来史者}}是我们布拖的，借了间板房给我们住。带我入行的师傅叫{{han:柯长顺}}，{{han:柯长顺}}他说我手快，一天能砌一千多块。
访谈者：哪些人帮过你们？
受访者：村委会的儿童主任{{han:还淑英}}来板房看了三回，给两个娃娃报了困境儿童，每人每月{{trap/number:六百八十元}}。{{han:还淑英}}还教{{minority/yi:曲呷}}用煤气灶。镇民政的{{han:喻国平}}说我们户口在四川，低保要回布拖办，他帮我给那边打了电话。女儿的班主任是{{han:有丽娟}}老师，给她找了旧棉衣。市社工站的{{compound:百里嘉禾}}每周来教两个娃娃写作业，她同事{{compound:淳于子默}}给女儿买了冻疮膏。老家村上的儿童主任{{minority/yi:阿西拉衣}}给老三报了留守儿童关爱，舅子{{minority/yi:俄木沙日}}常去看他。
访谈者：女儿那么小就当家，她自己怎么说？
受访者：她不说苦。有一回我看她作文本，老师出的题目是“我的妈妈”，她写的是她妈给她梳头、给她缝衣服，写到最后一句是“妈妈，我现在也会梳头了”。我看完了，一晚上没睡着。第二天我去工地，砖都拿不稳。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/yi:衣呷}}走的那年{{trap/minority_word:火把节}}，女儿穿着她妈的{{trap/minority_word:百褶裙}}哭了一晚上。我们那边人死了要请{{trap/minority_word:毕摩}}，我没钱，是老乡凑的。我给儿子讲{{trap/famous:支格阿鲁}}射太阳的故事，他说他也要当英雄。
访谈者：工地上的活累不累？
受访者：累。夏天四十度，砖烫手，我一天喝十几瓶水。工友{{minority/yi:勒古布且}}去年从脚手架上摔下来，腿断了，回布拖了。我不敢想我要是摔了，两个娃娃怎么办。晚上收了工，我坐在板房门口抽烟，女儿就在灯底下写作业，写完了念给我听，我听不懂，可我爱听。
访谈者：娃娃们跟老家还有联系吗？
受访者：有。每个礼拜天晚上跟老三视频，老三才三岁，认不得我，只会对着手机喊{{trap/minority_word:阿达}}，就是爸爸。他{{trap/minority_word:阿皮}}七十了，背着他上山放羊、挖洋芋。过年我们回去过一次，坐了两天的车，女儿给奶奶带了一件羽绒服，奶奶舍不得穿，压在箱子底下。
访谈者：工钱能按时拿到吗？
受访者：大多数时候能。去年年底有个老板欠了我们四个月的工钱，过年都回不去，是{{trap/org:劳动监察大队}}帮着要回来的。那段时间我身上只剩三十块钱，{{han:柯长顺}}借了我五百，说不急着还。我们彝族人讲，借了人的要记一辈子，我就记着他。
访谈者：您以后有什么打算？
受访者：再干几年，攒点钱，回布拖盖两间房。老家这几年修了路，通了自来水，县城也有了好学校。可回去了我挣不到钱，娃娃们的书就读不成。我就这样想着，想一回，又去砌一天砖。工地上的人说，{{han:吉二哥}}你砌了多少房子，自己一间都没有。我说，等娃娃们有了，就算我有了。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:布拖县拖觉镇瓦都村二组14号}}，这边住{{address:安陆市棠棣镇河西村六组28号}}。我的身份证{{id_number@my1983hyphen.513429}}，女儿的{{id_number@wy2012x.513429}}。我的电话{{mobile@h38}}，{{minority/yi:海来史者}}的{{mobile@plain}}。我没有微信，包工头的微信是{{wechat:hailai_shizhe}}。女儿有个QQ，写作业用的，号码她写在板房门背后：{{qq:4127096538}}。
访谈者：名字在表上写得对吗？
受访者：各写各的。工资表上我是{{spaced:吉 伍 惹 哈}}，老家户口本上女儿是{{minority/yi:吉伍·曲呷}}，学校又写成{{spaced:吉伍 · 曲呷}}，儿子写成{{spaced:吉　文　胜}}。
访谈者：最后还想说什么？
受访者：盼两个娃娃读出书来，不要像我一样搬一辈子砖。
""")

# H1396: Hui aunt from 广河 who runs a lamian shop in 云梦 and raises her dead sister's son.
DOCS["H1396"] = ("family", """\
访谈者：大姐，您这拉面馆开了几年了？
受访者：六年了。我叫{{han:冶秀琴}}，经名{{minority/hui:哈迪佳}}，老家{{trap/place:广河}}的。寺里的老人喊我{{minority/hui:冶哈迪佳}}，这边的客人喊我老板娘。我男人{{han:马成贵}}拉面，我{{trap/word:和面}}、收钱。
访谈者：孩子是您姐姐的？
受访者：是。我姐{{han:冶秀珍}}，经名{{minority/hui:海妮法}}，四年前得了白血病，在{{trap/place:兰州}}治了一年，还是走了。姐夫{{minority/hui:妥尔萨}}，汉名{{han:妥晓军}}，后来去新疆跑车，电话再打不通，{{trap/org:派出所}}查了一年也没找到人。娃娃就跟了我。
访谈者：孩子多大了？
受访者：十一岁，学名{{han:妥俊豪}}，经名{{minority/hui:卡里木}}，我们喊他{{minority/hui:尕卡里木}}。他在{{school:云梦县城关镇第三小学五年级（4）班}}。刚来的时候不说话，半夜哭着找他妈。{{minority/hui:尕卡里木}}现在好多了，放学回店里帮着剥蒜、擦桌子，老师说{{minority/hui:卡里木}}他数学好。
访谈者：他跟您亲吗？
受访者：亲。头一年他不叫我，叫我“老板娘”，跟客人学的。有一回他发高烧，我背着他去{{trap/org:县人民医院}}，在急诊坐了一夜。第二天早上他醒了，叫了我一声“娘娘”，我们那边姨娘就叫娘娘，我眼泪一下子就下来了。
访谈者：哪些人帮过你们？
受访者：我去社区找{{han:要翠屏}}要表格，她是儿童主任，给娃娃报了事实无人抚养，妈没了，爸失联，每月{{trap/number:一千一百二}}。街道民政的{{han:把文亮}}把材料送到县里，跑了两趟。社工站的{{compound:濮阳若曦}}每周来给他做心理辅导，她同事{{compound:第五雅琪}}教他画画。店里的伙计{{minority/hui:撒穆萨}}是我老家的侄子，晚上辅导他写作业。
访谈者：老家的亲戚呢？
受访者：我娘{{minority/hui:撒阿依舍}}八十了，在广河，每回视频都要看娃娃。广河寺里的{{minority/hui:马塔希尔}}阿訇给他起的经名。{{minority/hui:海妮法}}走的时候，是他念的{{trap/minority_word:都哇}}。
访谈者：您自己的孩子呢？
受访者：我有两个丫头，一个十五一个十三，都在广河跟她们奶奶上学。一年见一回，过年关店回去十来天。丫头们说娘你把表弟带在身边，把我们扔在老家。我心里也难受，可是店在这边，娃娃他妈又托付给了我，我两头顾不过来。我跟丫头们说，等你们考上高中，娘就把店开到兰州去，一家人住在一处。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:主麻}}那天我关半天店，带他去{{trap/place:孝感}}的{{trap/org:清真寺}}。开斋节我给邻居们送{{trap/minority_word:油香}}，也出点{{trap/minority_word:乜贴}}。我给他讲{{trap/famous:郑和}}下西洋，说{{trap/famous:郑和}}也是回回，他听得眼睛发亮。
访谈者：店里生意怎么样？
受访者：够吃。一碗牛肉面十二块，一天卖两百来碗。夏天灶台边四十多度，我男人背上长痱子。{{han:马成贵}}他不爱说话，可娃娃的家长会都是他去的。隔壁卖热干面的{{han:郭德兵}}早上给娃娃留一碗蛋酒，不要钱。
访谈者：娃娃在店里学拉面吗？
受访者：学着玩。他看他姨夫拉，自己偷偷揪一小团面，拉成细条条，拉断了就哭。我跟他说，拉面先得{{trap/word:和面}}，面和不好，再好的手也拉不出来，做人也一样，底子要打好。他现在会拉毛细了，就是粗细不匀，客人吃了还夸。
访谈者：娃娃在学校适应吗？
受访者：开始不适应。他戴着白帽子去上学，有同学扯他的帽子，他跟人打了一架。班主任{{han:黎春芳}}把两个娃娃叫到办公室，让他讲回回为什么戴帽子，讲完了那个同学跟他道了歉，现在两个人好得穿一条裤子。学校食堂没有清真窗口，{{han:黎春芳}}让他中午回店里吃，下雨天我男人骑电动车去接。
访谈者：您男人对娃娃怎么样？
受访者：好。他嘴笨，不会哄，可娃娃要什么他都买。娃娃想要一双球鞋，两百多块，他二话没说就带去{{trap/place:孝感}}买了。晚上收了店，爷俩坐在门口，一个抽烟一个吃冰棍，看街上的车。我在里面擦灶台，听着他们说话，心里踏实。
访谈者：登记信息请您说一下。
受访者：店在{{address:云梦县城关镇梦泽大道218号}}，住在{{address:云梦县城关镇南城社区桂花巷7号2楼}}。我的身份证{{id_number@wy1984fwhyphen.622924}}，娃娃的{{id_number@my2014.622924}}。我电话{{mobile@p86n}}，{{han:要翠屏}}的{{mobile@fws}}。店里收钱用我的微信，{{wechat:yexiuqin_lamian}}。娃娃的QQ，他用铅笔写在收银台的木头上：{{qq:61508923}}。
访谈者：名字在表上写得对吗？
受访者：补助表上娃娃写成{{spaced:妥 俊 豪}}，经名又写成{{spaced:卡 里 木}}，寺里的登记本上我是{{spaced:冶 哈 迪 佳}}。
访谈者：最后还想说什么？
受访者：我姐走前拉着我的手说，{{minority/hui:卡里木}}就交给你了。我答应她了，我就把他养大。
""")

# H1397: Han children's director (儿童主任) of a 城关镇 community in 云梦 reading out her register with addresses.
DOCS["H1397"] = ("staff", """\
访谈者：您是哪个社区的儿童主任？
受访者：{{trap/place:城关镇}}南门社区的，我叫{{han:闵桂香}}，干这个第六年了。登记册我带来了，一户一户念给你听，念完了你再问。
访谈者：好，您念。
受访者：第一户，{{han:向雨萱}}，女，七岁，{{school:云梦县城关镇实验小学一年级（3）班}}。爸爸{{han:向卫东}}前年在{{trap/place:孝感}}工地上摔了，高位截瘫，拿两项补贴；妈妈{{han:操美玲}}在菜场卖鱼，一个人撑着。住{{address:云梦县城关镇南门社区东街巷14号}}，孩子身份证{{id_number@wy2018.420923}}。{{han:向卫东}}向我们要过一辆轮椅，{{trap/org:县残联}}送来了。
访谈者：第二户？
受访者：第二户是孤儿，叫{{han:和思远}}，男，十二岁，在{{school:云梦县第二中学七年级（5）班}}。爸妈一九年冬天煤气中毒，都走了，现在跟姑姑{{han:和腊梅}}过。{{han:和思远}}和他表哥睡一个屋，上下铺。家在{{address:云梦县城关镇北门社区梦溪路9号4栋302室}}，身份证{{id_number@my2013spaced.420923}}，孤儿基本生活费每月{{trap/number:一千五百八}}。
访谈者：第三户？
受访者：第三户，{{han:幸子墨}}，男，九岁，事实无人抚养。爸爸{{han:幸有才}}判了七年，妈妈{{han:汪翠娥}}精神残疾一级，孩子跟爷爷{{han:幸德茂}}过。爷爷逢人就说，这个孙子就是他的{{trap/word:幸福}}。住{{address:云梦县城关镇东城社区新华街33号}}，爷爷的电话{{mobile@s74}}。
访谈者：第四户？
受访者：第四户是复姓，叫{{compound:万俟嘉怡}}，女，十岁，在{{school:城关镇第一小学四年级（2）班}}。妈妈病故，爸爸{{compound:万俟长江}}精神残疾，在{{trap/org:县精神卫生中心}}住院，孩子跟外婆{{han:晏金枝}}过。住{{address:云梦县城关镇西城社区粮站宿舍2栋101室}}，身份证{{id_number@wy2015hyphen.420923}}。
访谈者：第五户？
受访者：第五户，{{han:鲁一诺}}，男，六岁，自闭症。爸爸{{han:鲁德胜}}跑长途，妈妈{{han:饶小芬}}三年前走了，{{han:饶小芬}}她娘家在{{trap/place:应城}}，也不来往。孩子白天送到康复中心，晚上邻居{{han:舒大妈}}帮着看。
访谈者：第五户现在怎么样？
受访者：孩子不说话，见人就躲，一急了就拿头撞墙。康复中心一个月两千多，残疾儿童康复救助报一大半，剩下的{{han:鲁德胜}}自己出。他一个人跑车养孩子，半夜开车回来，孩子已经睡了，他就坐在床边看一会儿，天不亮又走了。
访谈者：这些户是怎么找到的？
受访者：有的是学校报上来的，有的是邻居悄悄跟我说的。第四户是我自己撞见的，那天下大雨，{{compound:万俟嘉怡}}一个人蹲在粮站门口，外婆去医院送饭还没回来，孩子钥匙丢了，不敢哭，浑身都湿透了。我把她领回家换了衣服，第二天就去她家入户。
访谈者：这些户都谁在跟？
受访者：社区书记{{han:汪建华}}总负责；县{{trap/org:民政局}}儿童股的{{compound:太史沐阳}}每季度下来查台账；社工站的{{compound:司空昊然}}跟第一户和第三户。第二户的班主任{{han:才晓明}}老师才二十几岁，很上心。
访谈者：台账上的名字写对了吗？
受访者：错的多。县里把{{spaced:万 俟 嘉 怡}}写成四个字分开的，{{spaced:向 雨 萱}}也一样；{{spaced:和思 远}}分成了两截；{{spaced:幸　子　墨}}是用全角空格打的。年底我们再核一遍。
访谈者：您平时入户都看些什么？
受访者：看孩子吃得怎么样、睡在哪里、身上有没有伤、作业有没有人管。冰箱我要打开看看，床我要摸摸被子厚不厚。有的老人要面子，说什么都不缺，我就看灶台，灶台上冷冰冰的，就晓得好几天没开火了。看完了，缺什么就跟社区报，社区报不了的，我就找社工站想办法。
访谈者：社区里困难的孩子多吗？
受访者：三十一个，残疾的九个，服刑人员子女六个。暑假我们带他们去博物馆看{{trap/famous:睡虎地秦简}}，讲{{trap/famous:黄香}}温席的故事。{{han:和思远}}回来写了一篇作文，得了奖。
访谈者：孩子们过节的时候呢？
受访者：中秋节社区给每户送月饼和一袋米，过年送一床新被子。去年过年我们在社区活动室办了个团年饭，十一户困境儿童家庭来了九户，孩子们自己包饺子，包得奇形怪状。{{trap/org:县妇联}}的人来拍了照片，说要发到公众号上，我说孩子的脸要打上马赛克，不能让人认出来。
访谈者：您跟家长怎么联系？
受访者：电话和微信。我的电话{{mobile@spaced}}，家长记不住就打民政服务热线{{trap/hotline:12349}}，那边会转给我。{{han:操美玲}}不识几个字，我就给她发语音。
访谈者：做这个最难的是什么？
受访者：难的是人情。{{han:幸德茂}}嫌我们上门多，说丢人；{{han:晏金枝}}又嫌我们来得少。我就一家一家跑，跑多了，大家也就信我了。我自己的儿子在外地读书，我跟他说，妈妈管着三十一个孩子，你就让妈妈少操点心。
""")

# H1398: Han township civil-affairs clerk of 府城街道 (安陆) who handles the cases on WeChat and the phone.
DOCS["H1398"] = ("staff", """\
访谈者：您在街道管哪一块？
受访者：{{trap/place:府城街道}}民政办，低保、困境儿童都归我。我叫{{han:詹雅琴}}，办公室就我和{{han:项卫平}}两个人，他管残疾人，我管孩子。一天到晚不是接电话就是回微信，手机一天充两回电。
访谈者：您说说平常是怎么联系的？
受访者：你看，这会儿就有一条。解放村的儿童主任{{han:都雪芹}}发来的，说{{han:沙大爷}}家两个孙子的补助卡办好了。那是个哈萨克族老爷子，叫{{minority/kazakh:托合达尔·沙肯}}，大孙子{{minority/kazakh:阿扎马特}}替他跑腿。{{han:都雪芹}}的微信是{{wechat:duxq_jiefangcun}}，她什么都拍照发我。
访谈者：别的村呢？
受访者：南郊村的儿童主任{{han:让春燕}}不会打字，只发语音。我让{{han:让春燕}}把户口本拍过来，她拍了三回都是糊的。城郊社区的{{han:易文凯}}年轻，材料做得规范，他的微信{{wechat:yiwenkai_anlu}}，电话{{mobile@hyphen}}。我们街道有个工作群，四十几个人，谁家出了事，群里一喊，半个钟头就有人到。
访谈者：有没有特别难办的案子？
受访者：有一户，孩子叫{{han:聂晨曦}}，十一岁，爸爸{{han:聂汉江}}吸毒进了戒毒所，妈妈{{han:田小梅}}跑了。孩子跟太奶奶{{han:聂周氏}}，九十一岁。{{han:聂晨曦}}这孩子名字取得好，日子过得苦。她在{{school:安陆市府城街道第一小学五年级（6）班}}，班主任{{han:舒雅婷}}在微信上跟我说，孩子中午不吃饭，把饭钱省下来给太奶奶买药。
访谈者：后来怎么办的？
受访者：我们给她报了事实无人抚养，每月{{trap/number:一千三百二}}，学校免了餐费。市社工站派了{{compound:呼延子谦}}跟进，他的QQ是{{qq:739261845}}，我有事就在QQ上找他。还有一个社工{{compound:轩辕若彤}}，每周陪孩子去一趟{{trap/org:市妇幼保健院}}看牙。太奶奶耳朵背，我打电话她听不见，只好让隔壁的{{han:代金凤}}过去传话。
访谈者：电话多吗？
受访者：多。昨天{{han:聂周氏}}打来三回，问钱到了没有。她的电话是孙媳妇留的，{{mobile@p86h}}。晚上八点{{han:田小梅}}突然打来，说想看看孩子，号码{{mobile@plus86spaced}}，我没敢直接给她，先问了孩子。
访谈者：孩子怎么说？
受访者：她说不想见。我就让{{han:舒雅婷}}慢慢跟她聊。过了一个月，孩子自己说，见一面也行，就见一面。见的那天在学校的心理室，她妈哭了一个钟头，孩子一滴眼泪也没掉，走的时候把她妈给的苹果放进了书包。
访谈者：您一个礼拜要下村几回？
受访者：至少三回。系统里的东西，电话里说不清的，我就骑电动车去。上个月去南郊村，{{han:让春燕}}带我去看一个新报上来的孩子，爸爸在外地开塔吊摔死了，妈妈改嫁，孩子跟瘫在床上的爷爷。那屋里一股味，灶上只有半锅稀饭。我回来连夜把材料做了，第二天就报到市{{trap/org:民政局}}，十天以后钱就下来了。
访谈者：您跟市里怎么对接？
受访者：市里有个困境儿童的系统，每个孩子一个编码，我们录进去，市里审。系统老卡，一到月底大家都在录，转半天圈圈。有一回我录到半夜十二点，{{han:项卫平}}给我送了一碗热干面，说你不吃我就不走。
访谈者：表格上名字出过错吗？
受访者：出过。系统里把孩子录成{{spaced:聂 晨 曦}}，社工的名字录成{{spaced:呼 延 子 谦}}，还有一张写成{{spaced:轩辕　若彤}}。我们市里的{{compound:欧阳耀祖}}科长说，名字错一个字，钱就打不进去。
访谈者：您跟孩子本人联系得多吗？
受访者：大点的孩子会加我微信，有时候半夜给我发一句“阿姨我睡不着”，我就陪着聊几句。小的就靠班主任和儿童主任。我们也有规矩，跟孩子说话要两个人在场，去孩子家不单独进房间，拍照不拍孩子的脸，材料锁在柜子里，名字不往外说。
访谈者：您自己的联系方式呢？
受访者：工作微信{{wechat:zhanyq_fucheng}}，工作QQ{{qq:３０５８１７６２４}}，家长们都加了。有急事打{{trap/hotline:12345}}，也会转到我们这里。{{han:项卫平}}说我手机从来不离手，吃饭都在回消息。
访谈者：您干这个几年了？
受访者：八年了。刚来的时候在{{trap/place:巡店镇}}，后来调到街道。那时候还没有儿童主任，困境儿童的表都是我们一家一家填的，纸质的，一摞一摞往{{trap/place:孝感}}送。现在有系统了，快多了，可人还是那几个人，事情比以前多了三倍。{{trap/word:项目}}也多，今天一个关爱行动，明天一个排查，表格改了又改。
访谈者：您觉得值吗？
受访者：值。上个月{{minority/kazakh:阿扎马特}}考了全班第三，{{han:都雪芹}}拍了奖状发给我，我看了高兴一晚上。
""")

# H1399: Han grandmother in 伍洛镇 (云梦) raising her granddaughter; the girl's mother works in 深圳.
DOCS["H1399"] = ("family", """\
访谈者：婆婆，您带的是孙姑娘？
受访者：是的，孙姑娘，九岁了。我叫{{han:黄凤娥}}，六十八，{{trap/place:伍洛镇}}蔡岗村的，湾里的人都喊我{{han:黄婆婆}}。伢的大名叫{{han:胡可馨}}，我们喊她{{han:馨伢}}。
访谈者：她爸爸妈妈呢？
受访者：伢她爸是我儿子{{han:胡志超}}，四年前在{{trap/place:武汉}}开货车，出车祸走了。她妈{{han:梅晓丽}}在{{trap/place:深圳}}电子厂，一年回来一趟，过年待个五六天就走。{{han:梅晓丽}}也难，又找了个人，说是等那边稳当了就接伢过去，我晓得她接不走。
访谈者：伢在哪里读书？
受访者：{{school:云梦县伍洛镇中心小学三年级（2）班}}。班主任是{{han:向晓琴}}老师，{{han:向晓琴}}向着我们伢，伢冇得钱买校服，她自己掏的。
访谈者：家里靠么事过？
受访者：我有低保，伢是困境儿童，每月{{trap/number:七百六十元}}。村里的儿童主任{{han:龚巧云}}帮我报的，材料都是她跑的。镇民政的{{han:程要强}}要我把伢她妈的电话给他，他打过去核情况。{{han:程要强}}说她妈每个月寄八百块，也算数。她妈的电话是{{mobile@fullwidth}}，{{han:龚巧云}}的电话{{mobile@s38}}。
访谈者：伢想她妈吗？
受访者：想。她把她妈的照片压在枕头底下。{{han:馨伢}}晚上跟她妈视频，她妈在厂里上夜班，说不了两句就挂了。伢哭，我也哭，哭完了还是要睡觉，第二天还要上学。
访谈者：您屋里还有别的亲戚吗？
受访者：有个女儿嫁到{{trap/place:应城}}去了，也有两个伢，顾不上我们。逢年过节她回来一趟，给伢买两件衣服，塞两百块钱。我的老头子走得早，伢她爸走了以后，屋里就剩我们一老一小。湾里的人好，谁家杀了年猪都给我们送一块肉，插秧割谷的时候，也有人来帮一把。
访谈者：伢平时乖不乖？
受访者：乖，乖得叫人心疼。早上五点多她自己起来，把饭煮上，喊我起来吃药。放学回来先喂鸡，再写作业。有一回她考了一百分，把卷子叠好了，说要等她妈过年回来给她妈看，一直放到腊月，纸都叠毛了。
访谈者：村里还有谁帮着？
受访者：隔壁的{{han:万春桃}}，我们喊她{{han:桃姐}}，伢放学我在田里，就在{{han:桃姐}}屋里写作业。她屋里的伢叫{{han:狗伢}}，大名{{han:万俊杰}}，跟我们伢一个班，两个伢天天一起走。县里社工站的{{compound:上官晓蕾}}每个月来一回，她同事{{compound:夏侯文璟}}教伢打乒乓球。
访谈者：伢晓得她爸的事吗？
受访者：晓得。出事那年她才五岁，我们冇瞒她。她爸的照片挂在堂屋，她每天放学回来先喊一声爸爸，再放书包。清明的时候她跟我去山上，给她爸磕头，磕完了说，爸爸你放心，我听婆婆的话。我站在旁边，眼泪擦都擦不干。
访谈者：您身体怎么样？
受访者：腰疼，血压高，还有糖尿病，一个月去镇卫生院拿一回药。我把化验单给{{han:彭国良}}看，{{han:彭国良}}说我不能累着。我说不累着伢吃么事？地我种了两亩，种花生、种芝麻，{{trap/word:舒服}}日子我冇过过一天。我就怕哪天倒了，伢冇得人管。我跟{{han:龚巧云}}说好了，我要是有个三长两短，伢先送到她屋里。
访谈者：伢她妈回来的时候，您们怎么过？
受访者：过年她回来，伢高兴得几晚上睡不着，跟在她屁股后面转。她给伢买新衣服、买零食，带伢去镇上吃米粉。走的那天伢不哭，站在湾口看着她上车，车开了好远了还在招手。回来跟我说，婆婆，我妈说明年就接我。我说好，心里晓得明年还是这样。
访谈者：伢的学习跟得上吗？
受访者：跟得上，就是英语不行，我一个字也教不了。{{han:向晓琴}}老师说学校有个课后服务，放学后留一个钟头，免费的，有老师辅导。我就让伢留下来，我在校门口等她，天黑得早的时候，我打着手电筒接她回屋。
访谈者：登记表上的信息请您说一下。
受访者：屋在{{address:云梦县伍洛镇蔡岗村四组19号}}。我的身份证{{id_number@wy1957tri.420923}}，伢的{{id_number@wy2016fwspaced.420923}}。我没得手机，用的是老人机，号码是伢写在墙上的：{{mobile@plain}}。伢她妈有微信，叫{{wechat:meixiaoli_sz}}。伢用我的老人机申了个QQ，号码是{{qq:1460387952}}，她说跟同学交作业用。
访谈者：名字在表上写得对吗？
受访者：伢的名字，学校写成{{spaced:胡 可 馨}}，低保表上我成了{{spaced:黄　凤　娥}}，她妈写成{{spaced:梅晓 丽}}。社工的名字我念不来，表上写的是{{spaced:上 官 晓 蕾}}。
访谈者：您最盼什么？
受访者：盼伢长大，读个好学校。我这把老骨头，能撑一年是一年，撑到伢十八岁，我就对得起{{han:胡志超}}。
""")

# H1400: Han head teacher of a middle-school class in 赵棚镇 (安陆) going through the pupils in distress of her class.
DOCS["H1400"] = ("teacher", """\
访谈者：{{han:柯老师}}，您带的是哪个班？
受访者：{{school:安陆市赵棚镇初级中学八年级（1）班}}，我当班主任第四年。我叫{{han:柯雪琴}}，教数学。班上五十二个学生，留守的三十多个，真正困难的有五个，我一个一个说。
访谈者：好。
受访者：第一个{{han:桂也}}，男，十四岁，名字就一个字，同学喊他{{han:小也}}。爸爸{{han:桂长林}}在{{trap/place:广州}}工地上砸断了腰，回来躺着；妈妈跑了。{{han:桂也}}也懂事，周末在镇上{{trap/word:桂花}}糕店帮工。他有QQ，号码是他在作业本上写给我的：{{qq:88420736}}。
访谈者：第二个呢？
受访者：第二个是女生{{han:就梦琪}}，这个姓少见，{{trap/place:安陆}}这边有几户。爸妈在{{trap/place:苏州}}，跟奶奶过，奶奶去年瞎了一只眼，{{han:就梦琪}}就成了家里的大人。她妈{{han:田冬梅}}的微信是{{wechat:tiandongmei_sz}}，我每周跟她说一回孩子的情况。
访谈者：第三个？
受访者：第三个{{han:雷家豪}}，爸爸{{han:雷万金}}因为非法采砂判了三年，妈妈{{han:敖小娟}}病了。他跟外公{{han:敖德福}}过，住在{{address:安陆市赵棚镇李畈村二组7号}}。他弟弟{{han:雷家乐}}在{{school:赵棚镇中心小学二年级（3）班}}，他每天先去接弟弟再回家。{{han:雷家豪}}他跟人打过架，我罚他写检查，他写了三页，最后一句是“我爸也会改好”。
访谈者：第四个？
受访者：第四个是孤儿，{{han:尹梦瑶}}，爸妈在她五岁那年出车祸走了，跟着叔叔{{han:尹国富}}。镇上的儿童主任{{han:帅春兰}}帮她办了孤儿基本生活费，每月{{trap/number:一千六百五}}，直接打到她自己的卡上。叔叔的微信是{{wechat:yinguofu_zp1976}}，我要跟他说事就发语音。
访谈者：第五个？
受访者：第五个叫{{compound:诸葛一帆}}，跟着外婆从{{trap/place:随州}}搬过来的，爸爸在{{trap/place:沙洋}}服刑。{{compound:诸葛一帆}}说话结巴，同学笑他。心理老师{{compound:慕容晓月}}每周给他做一次辅导，市社工站的{{compound:宇文浩宇}}也常来。
访谈者：这些孩子的成绩怎么样？
受访者：有好有差。{{han:就梦琪}}一直在年级前二十，{{han:尹梦瑶}}英语好，作文也写得好。{{han:雷家豪}}和{{compound:诸葛一帆}}差一点，我让班上成绩好的同学一对一帮他们。家里的事压在孩子身上，成绩起起落落都正常，我不拿分数逼他们，只要他们每天来上学，我就放心了一半。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:游德军}}定了一对一，每个困难学生配一个老师。政教处的{{han:祝主任}}管助学金，五个孩子都评上了。县{{trap/org:团委}}送来过一批书包。我跟他们讲{{trap/famous:李白}}在安陆住了十年，路是能走出去的。
访谈者：平常您还做些什么？
受访者：家访。这五家我每学期至少跑两趟，骑电动车，远的要四十分钟。{{han:桂长林}}躺在床上，见我来了就要撑着坐起来，说老师你别管他，他不争气。我说{{han:桂也}}争气，数学考了全班第六。他听了半天没说话，叫孩子给我倒了一碗糖水。
访谈者：这些孩子在班上跟同学处得好吗？
受访者：大多数好。{{han:就梦琪}}是学习委员，大家都服她。{{han:雷家豪}}跟人打过架，后来我让他管班上的篮球，他有了事做，就不惹事了。{{compound:诸葛一帆}}最难，他一开口结巴，同学就学他。我开了一次班会，讲每个人家里都可能遇到难处，那以后没人再学了。
访谈者：您自己累不累？
受访者：累。早上六点半到校，晚上十点查完寝室才回家。我自己的孩子在县城读小学，跟着她爸，一个礼拜见一次。她说妈妈你管别人的孩子比管我还上心，我说你有爸爸妈妈在身边，这几个没有。
访谈者：您跟家长怎么联系？
受访者：微信、QQ、电话都用。{{han:帅春兰}}的电话{{mobile@plus86dash}}。{{han:敖德福}}不识字，我两周去一趟他家。{{han:尹梦瑶}}她自己有QQ，号码是{{qq:2597130846}}，晚上十点以后还在线，我就在QQ上催她睡觉。
访谈者：放假的时候这些孩子怎么办？
受访者：寒暑假最让人担心。家里没大人，孩子要么整天玩手机，要么跑到{{trap/place:府河}}里游泳。每年放假前我都挨家挨户打电话，把防溺水、防诈骗讲一遍，让孩子签字。暑假我在班级群里每天点一次名，谁没回我就打电话，打不通就找村里的儿童主任去看。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金表上把{{spaced:诸 葛 一 帆}}四个字分开了，{{spaced:尹　梦　瑶}}用的是全角空格，{{spaced:雷家 豪}}分成两截，还有{{spaced:就 梦 琪}}。
访谈者：毕业以后呢？
受访者：我带过的上一届，有个孩子也是孤儿，考上了{{trap/place:孝感}}的高中，现在读大二了，放假回来还来看我，给我带了一包{{trap/word:孝感麻糖}}。我把她的照片给这几个孩子看，说你们也能行。
访谈者：最后想说什么？
受访者：希望他们都读完初中，别十五六岁就去苏州进厂。我这几年最放心不下的，是{{han:桂也}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1393,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout177",))


if __name__ == "__main__":
    main()
