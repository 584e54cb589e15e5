# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 174 (tests/pii/holdout174/H1377-H1384 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 175, written at the same time, is not
an earlier set).

Set 174 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
安化 and 湘阴 (Hunan): a Uyghur father from 洛浦 who bakes naan by the tea market of 东坪镇 (安化) and raises two
daughters after his wife died of kidney failure, their landlady their godmother; a Yi mother from 美姑 who picks
tea in 江南镇 (安化), her husband in prison, her son and daughter with her; a Gyalrong Tibetan grandmother from 丹巴
raising in 文星镇 (湘阴) a grandson with epilepsy whose Han father died on a building site and whose mother
remarried; a Mongolian uncle from 阿鲁科尔沁旗 who drives a crayfish truck in 湘阴 and raises the son of his
brother, drowned on 洞庭湖; a Han 儿童主任 of a 东坪镇 community reading out her register with addresses; a Han
township civil-affairs clerk in 文星镇 answering WeChat voice messages during the interview; a Han grandmother in
梅城镇 (安化) raising a grandson whose parents work in a shoe factory in 东莞; and a Han primary-school teacher in
樟树镇 (湘阴) talking about a left-behind girl. The emphasis is on forms where a replacement might cover only part of
a name, in a mix rather than one trick: Uyghur given name + father's name with the dot (卡地尔江·艾海提,
莎妮旦木·吐尔洪, 吾拉音江·艾海提, 买吐送·阿西木) and with spaces around it (卡地尔江 · 艾海提, 凯迪日耶 · 卡地尔江), short
forms after the full name (卡地尔江, 莎妮旦木, 吾拉音江), given names alone (努尔比亚木她, 凯迪日耶, 吐妮莎汗), a form of
address made from one (老卡) and a Han surname before a Uyghur short name (谌凯迪, the godmother's surname); Yi names
with the clan name before the given name (阿侯日芝, 吉克伍合, 吉克尔聪, 吉克阿作, 阿侯伍各, 海来阿果, 沙马拉日) and short
forms (日芝才, 伍合他, 尔聪也, 阿作她), a nickname (芝妹子), the Han surname an ID card makes of the clan (侯日芝) and a
Han school name (吉文韬); Gyalrong Tibetan names of 丹巴 (雍忠巴姆, 格玛雍初, 斯郎甲措, 格勒降措, 泽尔拉初) with short
forms (雍初她, 甲措), a Han surname before a Tibetan given name (杨巴姆, 黎甲措) and the Han name and form of address
of the same people (黎子航, 杨娭毑); Mongolian names of 阿鲁科尔沁旗 (德力格尔仓, 温都苏和, 莫日根高娃, 巴拉吉尼玛,
巴达玛拉, 宝音图古斯, 斯琴图) with a short form (巴拉也), a Han surname before a Mongolian given name (宝德力格尔,
宝巴拉吉) and Han names (宝立峰, 宝嘉诚, 宝哥); Han names with common and rare surnames of the region (谌, 湛, 佘, 晏,
卿, 匡, 蒯, 胥, 鄢, 粟, 漆, 仇, 瞿, 柳, 贺, 伍, 符, 樊, 袁, 敖, 龚, 彭, 易, 黎, 熊, 陶); surnames that are also ordinary
words directly after and before grammar words (叫向伏生, 跟向伏生, 向伏生向来, 都正良都说, 是能建林, 都雨露也,
和春来和他奶奶, 还春燕还没, 我让让美玲她爸, 跟和丽芳也, 给向红兵, 要春林) and such words as a character of a given
name (罗也青也, 夏也萍也说, 龚能斌能吃苦, 范有才有空, 谌有英, 柳才发, 龚礼让); names that contain words (黄金枝 beside
黄金芽, 夏天佑 beside 夏天, 向晚晴, 范有才, 龚礼让 and 礼让 beside 谦让); titles and kin words after names (湛丽萍老师,
熊慧兰老师, 和晓峰医生, 胥丽君老师, 卿雪莲老师, 伍雨桐老师, 沙马拉日支书; the span is the name only), a surname with only
a title or kin word, annotated whole (佘主任, 佘阿姨, 匡警官, 鄢医生, 谌支书, 瞿干事, 樊校长, 任老师, 向奶奶, 杨娭毑,
粟娭毑, 龚娭毑, 宝哥, 湛老倌, 佘郎中); a local form of address and nicknames, annotated whole (让伢子, 芝妹子, 老卡);
names directly before particles, pronouns and verbs (龚建湘他, 易海燕她, 仇满英她, 万俟朗月她, 袁凤姣她, 羊舌静宜她,
仇小雨她, 黄金枝她, 谭佑生被) and after 叫/是/给/跟/找/让/和 (找颛孙沐晴); names closing the last sentence (谢谢卿秀娥。,
多亏了易海燕。, 多亏了老板娘仇满英。, 比如杨娭毑。, 谢谢彭秋菊。, 儿童主任袁凤姣。); names spaced out character by
character in half- and full-width spaces (努 尔 比 亚 木, 凯　迪　日　耶, 吉 克 伍 合, 阿　侯　日　芝, 斯 郎 甲 措,
格 玛 雍 初, 巴 拉 吉 尼 玛, 温　都　苏　和, 公 西 明 哲, 颛 孙 沐 晴, 南　宫　晓　萤, 谭 佑 生, 还 春 燕, 和　春　来,
谌 有 英, 龚　礼　让, 夏 也 萍, 向 晚 晴, 宝 嘉 诚), dotted names with spaces around the dot and names split in two
(莎妮旦木　吐尔洪, 吉克　阿作, 雍忠　巴姆, 黎子 航, 德力格尔　仓, 巴拉吉 尼玛, 龚能 斌, 端木 云舒); compound surnames
after ordinary words (濮阳, 公西, 宗政, 申屠, 漆雕, 闻人, 夏侯, 东郭, 百里, 呼延, 万俟, 淳于, 颛孙, 梁丘, 公良, 司寇,
羊舌, 南宫, 端木 after 叫/的/律师/社工/志愿者/会计/站长/同事/找); and numbers (ID, mobile, QQ, WeChat) read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:都正良}}``, ``{{qq:3086152947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (uyghur, yi, tibetan, mongolian) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwspaced.653224}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 支书, 书记) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 她, 他, 被, 才, 还, 和, 能, 有, 向来) are outside the span; a surname
with only a title or kin word (佘主任, 匡警官, 杨娭毑, 宝哥, 湛老倌) and a local form of address or nickname (让伢子)
are annotated whole. Han-style names of Uyghur, Yi, Tibetan and Mongolian people (吉文韬, 黎子航, 宝立峰, 宝嘉诚) are
category han; a Han surname before a non-Han given name (谌凯迪, 侯日芝, 杨巴姆, 黎甲措, 宝德力格尔, 宝巴拉吉) is category
minority, as are forms of address made from a non-Han name (老卡, 芝妹子).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout174/make_holdout174.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(174_2026_1207)
MINORITY_GROUPS = ("uyghur", "yi", "tibetan", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"uyghur": 10, "yi": 10, "tibetan": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "135", "139", "150", "151", "152", "158", "159", "173", "177", "180", "182", "187",
                   "188", "191", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1377: Uyghur father from 洛浦 who bakes naan by the tea market of 东坪镇 (安化) and raises two daughters after
# his wife died of kidney failure; their landlady is their godmother.
DOCS["H1377"] = ("family", """\
访谈者：大哥，您这个馕坑在茶市边上摆了几年了？
受访者：四年多了。我是{{trap/place:洛浦}}人，叫{{minority/uyghur:卡地尔江·艾海提}}，老乡喊我{{minority/uyghur:卡地尔江}}，茶市的老板们嫌长，喊我{{minority/uyghur:老卡}}。在{{trap/place:安化}}打{{trap/minority_word:馕}}，卖给收{{trap/word:黑茶}}的客商，他们说馕配茶正好。
访谈者：孩子妈妈呢？
受访者：前年走的，尿毒症。她叫{{minority/uyghur:莎妮旦木·吐尔洪}}，透析了一年多，钱花光了，人也没留住。我们是一九年出来的，先在{{trap/place:长沙}}的夜市，后来听说安化茶客多，就过来了。茶市里收茶的有广东人、福建人，早上喝茶要垫肚子，馕放得住，买一回吃三天。两个女儿，大的{{minority/uyghur:努尔比亚木}}十一岁，小的{{minority/uyghur:凯迪日耶}}七岁。小的夜里还喊{{minority/uyghur:莎妮旦木}}，喊她妈的名字，不喊妈。
访谈者：两个孩子在哪里上学？
受访者：大的在{{school:东坪镇酉州小学五年级（3）班}}，小的在{{school:东坪镇城南完小一年级（2）班}}。{{minority/uyghur:努尔比亚木}}她汉话比我说得好，班主任{{han:湛丽萍}}老师说她作文有味道。{{minority/uyghur:凯迪日耶}}调皮，同学喊她{{minority/uyghur:谌凯迪}}，跟她干妈姓。
访谈者：孩子们吃饭怎么办？
受访者：学校食堂有猪肉，我们不吃。{{han:湛丽萍}}老师跟食堂说好了，给两个丫头单独打一份鸡蛋和素菜。中午大的带着小的去食堂，吃完再把妹妹送回教室。晚上我收了摊给她们做拌面，小的只吃面不吃菜，大的会哄她。
访谈者：干妈是谁？
受访者：房东{{han:谌冬梅}}。她男人叫{{han:向伏生}}，开三轮，天不亮就帮我把馕送到茶厂食堂。{{han:谌冬梅}}认了两个丫头做干女儿，小的跟她睡的日子比跟我还多。我跟{{han:向伏生}}说谢谢，{{han:向伏生}}{{trap/word:向来}}话少，摆摆手说，远亲不如近邻。
访谈者：有哪些补助？
受访者：社区的儿童主任{{han:佘小满}}上门登记，说两个丫头没了妈，算困境儿童，帮我报了低保，每人每月{{trap/number:八百六十元}}。民政局的{{han:晏建国}}核过两回，问我一个月卖多少个馕。好的时候一天三百个，落雨天一百个都卖不完。学校的心理老师叫{{compound:濮阳若汐}}，每周找大的聊一回。社工站的{{compound:公西明哲}}暑假带两个孩子去{{trap/place:资江}}边上看了龙舟。
访谈者：孩子们怎么面对妈妈走了？
受访者：大的不哭，憋着，作业本后面写了好多页维吾尔文，我一看，都是写给她妈的。小的问了半年，妈妈什么时候回来。社工带她画画，她画了一个大馕坑，妈妈站在旁边笑。我看了一夜没睡着。
访谈者：老家还有人吗？
受访者：我{{trap/minority_word:阿娜}}叫{{minority/uyghur:吐妮莎汗}}，七十多了，跟我弟弟{{minority/uyghur:吾拉音江·艾海提}}在{{trap/place:和田}}边上种核桃。{{minority/uyghur:吾拉音江}}说让我带孩子回去，可丫头们在这边上学习惯了。村里的{{minority/uyghur:买吐送·阿西木}}书记打电话来，说老家的低保能不能转，我没弄明白。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}我多打两坑馕，送给茶市的人，她干妈回我腊肉。大的给同学讲{{trap/famous:阿凡提}}的故事，小的穿{{trap/minority_word:艾德莱斯}}裙子跳舞，老师拍了视频放在学校公众号上。
访谈者：您自己身体怎么样？
受访者：手上全是烫的疤。馕坑热，夏天站一天，腰直不起来。茶市管理办的{{han:龚建湘}}照顾我，摊位费减了一半。茶厂食堂管事的{{compound:宗政淑仪}}每天订两百个馕，月底一起结。{{han:龚建湘}}他说，你一个男人带两个丫头不容易。
访谈者：孩子们在这边受过欺负吗？
受访者：刚来的时候有。有个男孩子笑大的头发卷，说她是外国人。{{han:湛丽萍}}老师开了个班会，让她讲新疆，讲{{trap/place:昆仑山}}，讲沙漠里的胡杨。讲完了同学们围着她问这问那，后来就没人笑了。
访谈者：您以后有什么打算？
受访者：先把两个丫头供出来。大的说想当医生，说妈妈要是早点查出来就好了。我想攒点钱，在茶市租个小门面，不用风吹雨淋。老家我也想回，可回去了谁教她们汉话，谁给她们补课？
访谈者：登记信息请您说一下。
受访者：租的房子在{{address:东坪镇酉州社区紫薇巷27号2楼}}，老家在{{address:洛浦县布亚乡喀拉墩村3组45号}}。我的身份证{{id_number@my1984spaced.653224}}，小的{{id_number@wy2018.653224}}。我电话{{mobile@s434}}，{{han:佘小满}}的{{mobile@hyphen}}。大的有微信，叫{{wechat:nurbiyam_2014}}，给同学发作业用。她还有个QQ，号码用粉笔写在馕坑边的木板上：{{qq:3086152947}}。
访谈者：名字在表上写得对吗？
受访者：乱七八糟。低保表上我是{{spaced:卡地尔江 · 艾海提}}，学校把大的写成{{spaced:努 尔 比 亚 木}}，小的写成{{spaced:凯　迪　日　耶}}，医院单子上她妈是{{spaced:莎妮旦木　吐尔洪}}。
访谈者：最后还想说什么？
受访者：丫头们长大了，要记得安化人的好，最该谢的是干妈{{han:谌冬梅}}。
""")

# H1378: Yi mother from 美姑 who picks tea in 江南镇 (安化); her husband is in prison, her two children are with
# her.
DOCS["H1378"] = ("family", """\
访谈者：阿姐，您在茶园做了几年？
受访者：三年了。我是{{trap/place:美姑}}来的彝族，叫{{minority/yi:阿侯日芝}}。前两个字是家支，后两个字{{minority/yi:日芝}}才是我的名字。茶园里的人喊不来，喊我{{minority/yi:芝妹子}}，身份证上跟汉族一样写成{{minority/yi:侯日芝}}。
访谈者：您爱人呢？
受访者：我男人{{minority/yi:吉克伍合}}在监狱里。前年在茶厂帮一个老乡出头，把人打伤了，判了五年，关在{{trap/org:赤山监狱}}。{{minority/yi:伍合}}他打电话说对不起孩子，我说你好好改造，莫想别的。
访谈者：孩子几个？
受访者：两个。儿子{{minority/yi:吉克尔聪}}十岁，学校给他起了汉名{{han:吉文韬}}，在{{school:江南镇中心小学四年级（1）班}}。女儿{{minority/yi:吉克阿作}}六岁，在{{school:江南镇洞市小学一年级（3）班}}，家里叫她{{minority/yi:阿作}}。{{minority/yi:尔聪}}也懂事，放学帮我背茶篓。
访谈者：怎么到安化来的？
受访者：同村的姐妹先来，说这边茶园缺人，包吃包住。我们坐了两天一夜的车，先到{{trap/place:长沙}}，再转车进山。刚来听不懂安化话，老板讲话像唱歌。孩子们学得快，儿子现在彝话、普通话、安化话三样都会，回老家要给他外婆当翻译。
访谈者：谁帮您带孩子？
受访者：采茶天不亮就上山，两个孩子托给隔壁的{{han:卿秀娥}}。她是村里的儿童主任，帮儿子报了服刑人员子女补助，每月{{trap/number:七百二十元}}，又帮我们报了低保。茶园老板{{han:都正良}}都说我手快，一天采得二十斤鲜叶。他老婆{{han:罗也青}}也好，给孩子送旧衣服，还教{{minority/yi:阿作}}认字。
访谈者：采茶一天是什么样的？
受访者：四点起床，五点上山，露水还没干。中午在山上吃冷饭，下午过秤，老板的秤准，不克扣。采春茶最累，一季四十来天，手指头都是黑的，洗不掉。两个孩子放学就到茶园边的棚子里写作业，{{minority/yi:尔聪}}写完了教妹妹写字。
访谈者：监狱那边有人帮吗？
受访者：法律援助的律师{{compound:申屠令仪}}帮我问过减刑。管教{{han:匡警官}}说{{minority/yi:伍合}}表现好，评了积极分子，在里面不惹事最{{trap/word:要紧}}。县里社工站的{{compound:漆雕一鸣}}带儿子去会见过一回，{{minority/yi:尔聪}}隔着玻璃喊{{trap/minority_word:阿达}}，我在外面哭。
访谈者：您跟孩子说过爸爸的事吗？
受访者：跟儿子说了，他大了，瞒不住。女儿还小，以为爸爸在外面打工。每回打亲情电话，女儿抢着说，爸爸你什么时候回来，给我带糖。他在那头不出声，我晓得他在哭。
访谈者：老家还有谁？
受访者：我阿妈{{minority/yi:海来阿果}}在美姑放羊，弟弟{{minority/yi:阿侯伍各}}在{{trap/place:西昌}}打工。村里的{{minority/yi:沙马拉日}}支书每年打电话问孩子户口的事。
访谈者：孩子们在这边习惯吗？
受访者：开始吃不惯辣椒，现在比我还能吃。{{minority/yi:阿作}}她天天说想吃{{trap/minority_word:坨坨肉}}、{{trap/minority_word:苦荞}}粑粑。{{trap/minority_word:火把节}}那天我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。儿子的班主任{{han:熊慧兰}}老师知道他爸的事，从不在班上提。镇民政办的{{han:蒯德明}}来家访过，说明年给女儿也报上补助。
访谈者：会见的时候说些什么？
受访者：他问孩子长高没有，问我钱够不够用。我都说够。其实房租、学杂费、给老家寄的钱，一个月下来剩不了几个。他在里面学了电工，说出来以后不打架了，要在安化找个正经事做，不回山里了。我听了，不敢全信，也不敢不信。
访谈者：孩子们在学校说彝语吗？
受访者：在学校不说，回家跟我说。女儿胆子小，开始在学校一句话都不讲，老师以为她不会说话。{{han:熊慧兰}}老师让她唱我们老家的歌，她唱了一首，全班给她拍手，从那以后她才开口。
访谈者：钱够用吗？
受访者：紧。我一个月两千多，低保和补助加起来一千出头。房租三百，孩子的书本、校服，还要给阿妈寄一点。去年儿子要交春游的钱，我没给，他也不吵，自己去茶厂帮人搬箱子，挣了四十块。
访谈者：您自己身体怎么样？
受访者：采茶腰疼，手指被茶梗割破。{{trap/word:黄金}}芽一斤卖几百，我们按斤算工钱，一天一百来块。冬天没茶采，我去{{trap/place:江南镇}}的茶厂拣茶梗，一个月两千。
访谈者：登记信息请说一下。
受访者：住在{{address:江南镇洞市村茶园组8号}}，老家是{{address:美姑县巴普镇尔其村二组16号}}。我的身份证{{id_number@wy1990.513436}}，儿子的{{id_number@my2015hyphen.513436}}。我电话{{mobile@spaced}}，{{han:卿秀娥}}的{{mobile@plus86}}。我的微信{{wechat:ahou_rizhi90}}，女儿拿去玩游戏。儿子的QQ是老师帮他开的，号码刻在茶篓的竹片上：{{qq:27340958}}。
访谈者：名字在表上写得对吗？
受访者：不对。监狱的表上他是{{spaced:吉 克 伍 合}}，学校把女儿写成{{spaced:吉克　阿作}}，低保表上我是{{spaced:阿　侯　日　芝}}。
访谈者：您最盼什么？
受访者：盼他早点出来，一家人回美姑过{{trap/minority_word:彝族年}}。我不会说客气话，只想谢谢{{han:卿秀娥}}。
""")

# H1379: Gyalrong Tibetan grandmother from 丹巴 raising in 文星镇 (湘阴) a grandson with epilepsy, whose Han
# father died and whose mother remarried.
DOCS["H1379"] = ("family", """\
访谈者：阿婆，听说您是从四川来的？
受访者：{{trap/place:丹巴}}来的，{{trap/minority_word:嘉绒}}藏族。我叫{{minority/tibetan:雍忠巴姆}}，户口本上写的是{{minority/tibetan:杨巴姆}}，这边的人都喊我{{han:杨娭毑}}。来{{trap/place:湘阴}}四年了，帮女儿带孙子。
访谈者：孩子的爸爸妈妈呢？
受访者：女婿{{han:黎国湘}}前年在工地上摔下来，没了。女儿{{minority/tibetan:格玛雍初}}后来嫁到{{trap/place:成都}}，一年打一两回电话，钱也不寄。{{minority/tibetan:雍初}}她也有难处，新男人不让她管，我不怪她。
访谈者：孙子多大了？
受访者：九岁。藏名叫{{minority/tibetan:斯郎甲措}}，是我请{{trap/place:墨尔多神山}}下的喇嘛起的，上学用汉名{{han:黎子航}}。同学喊他{{minority/tibetan:黎甲措}}，一半汉一半藏，他听了也笑。{{minority/tibetan:甲措}}有癫痫，五岁开始发，一个月两三回，发起来口吐白沫，人往后倒。
访谈者：病怎么看？
受访者：在长沙的{{trap/org:湘雅二医院}}看，神经科的{{han:和晓峰}}医生说药要吃到十二岁，一天都不能断。镇卫生院的{{han:鄢医生}}每个月上门抽一回血，查药的浓度。县{{trap/org:残联}}的{{han:尹春霞}}帮他办了残疾证，有了残疾人两项补贴。去一趟长沙来回一天，车票、挂号、药，一回就是三四百。
访谈者：还有别的补助吗？
受访者：社区儿童主任{{han:易海燕}}跑了好几趟，说他爸没了，妈妈不管，算事实无人抚养儿童，每月{{trap/number:一千一百五}}，是民政直接打到卡上的。镇民政办的{{han:瞿晓蓉}}在微信上找我女儿，跟她说她是监护人，不能一推了之。{{han:易海燕}}她说，{{han:杨娭毑}}你莫急，钱的事我们来想办法。
访谈者：孙子发病的时候您怎么办？
受访者：{{han:和晓峰}}医生教过我，让他侧着躺，头下面垫衣服，不能往嘴里塞东西，看着表，五分钟不停就打{{trap/number:120}}。我记不住这么多，儿童主任给我写在一张纸上，贴在门背后。有一回在菜市场发病，围了一圈人，是卖鱼的{{han:漆满堂}}帮我扶着他。
访谈者：您的汉话是在哪里学的？
受访者：我们那边的人多少都会一点，赶场要跟汉人打交道。可是湘阴话我听不懂，刚来的时候买盐买成了碱。现在能听懂一半，孙子给我当翻译。
访谈者：学校那边怎么样？
受访者：在{{school:文星镇南湖小学三年级（4）班}}。班主任{{han:胥丽君}}老师把他的座位排在门边，教室里备了一块垫子，发病的时候同学晓得喊老师。同桌叫{{han:左浩然}}，他妈妈跟我说，{{han:浩然}}回家讲{{minority/tibetan:甲措}}发病不吓人，他帮着扶头，还掐着表看几分钟。
访谈者：孙子自己怎么看这个病？
受访者：他怕同学笑他。有一回在学校发了病，醒过来裤子湿了，他哭着不肯进教室。{{han:胥丽君}}老师把自己儿子的裤子拿来给他换，跟全班讲这个病跟感冒一样，是病，不丢人。那以后他才肯去上学。
访谈者：有社工来吗？
受访者：县里派来的社工{{compound:闻人书雅}}每个月带{{minority/tibetan:甲措}}去长沙复查，车费她先垫。还有个大学生志愿者叫{{compound:夏侯沐阳}}，周末来教他下棋。
访谈者：您一个人带他累不累？
受访者：累。夜里不敢睡死，他一抽我就醒。白天我去菜市场捡菜叶子、{{trap/word:易拉罐}}，有时候帮人剥毛豆，一斤五毛。我汉话说得不好，买药看不懂说明书，都是拍照发给儿童主任。邻居{{han:粟娭毑}}给我们送腊鱼，我回她{{trap/minority_word:酥油茶}}，她喝不惯，说像放了盐的牛奶。
访谈者：您在这边住得惯吗？
受访者：热。湘阴的夏天像蒸笼，我在山里没见过这么热的天。吃的也不惯，太辣，我不吃辣，孙子吃，我们就分两锅煮。冬天又湿又冷，屋里没有暖气，我把从老家带来的羊皮袄给孙子盖着。
访谈者：您想老家吗？
受访者：想。{{trap/place:大渡河}}边上我家的{{trap/minority_word:碉楼}}还在，儿子{{minority/tibetan:格勒降措}}守着，种花椒。过年我教{{minority/tibetan:甲措}}跳{{trap/minority_word:锅庄}}，给他讲{{trap/famous:格萨尔}}王的故事，他听完要我再讲一遍。村里的{{minority/tibetan:泽尔拉初}}是他的干妈，每年寄一包牦牛肉干过来。孙子舍不得吃，一天掰一小块。
访谈者：登记信息请您说一下。
受访者：住在{{address:文星镇南湖社区湘滨路61号3栋102}}，老家是{{address:丹巴县梭坡乡莫洛村四组7号}}。我身份证{{id_number@wold.513323}}，孙子的{{id_number@my2016quad.430624}}。电话{{mobile@s38}}，{{han:易海燕}}的{{mobile@fws}}。我女儿的微信{{wechat:gemayongchu_cd}}，孙子玩游戏有个QQ，号码他用彩笔写在药盒子上：{{qq:1593068274}}。
访谈者：名字在表上写得对吗？
受访者：不对。残疾证上孙子是{{spaced:斯 郎 甲 措}}，户口本上我是{{spaced:雍忠　巴姆}}，女儿的名字写成{{spaced:格 玛 雍 初}}，孙子的汉名又打成{{spaced:黎子 航}}。
访谈者：您最想说什么？
受访者：我老了，只盼孙子的病好起来。这几年多亏了{{han:易海燕}}。
""")

# H1380: Mongolian uncle from 阿鲁科尔沁旗 who drives a crayfish truck in 湘阴 and raises the son of his brother,
# drowned on 洞庭湖.
DOCS["H1380"] = ("family", """\
访谈者：大哥，您开的是冷链车？
受访者：对，拉小龙虾。我是内蒙古{{trap/place:阿鲁科尔沁旗}}的蒙古族，叫{{minority/mongolian:德力格尔仓}}，身份证上的汉名是{{han:宝立峰}}。虾场的人喊我{{han:宝哥}}，登记表上写的是{{minority/mongolian:宝德力格尔}}。每天夜里从{{trap/place:湘阴}}的虾场装车，拉到{{trap/place:长沙}}、{{trap/place:武汉}}的夜宵街。
访谈者：您带的是哥哥的孩子？
受访者：是。我哥{{minority/mongolian:温都苏和}}前年在{{trap/place:洞庭湖}}边上收虾，翻了船，人到现在没找着。嫂子{{minority/mongolian:莫日根高娃}}第二年改嫁去了{{trap/place:赤峰}}，孩子就跟了我。侄子叫{{minority/mongolian:巴拉吉尼玛}}，我们喊他{{minority/mongolian:巴拉}}，学校的名字是{{han:宝嘉诚}}，同学喊他{{minority/mongolian:宝巴拉吉}}。十岁，在{{school:文星镇城东小学四年级（2）班}}。
访谈者：您哥哥怎么会到湘阴来？
受访者：我们{{trap/place:阿旗}}牛羊不值钱，他先出来跟人收虾，干了两年，说湖南人爱吃虾，生意好做，把我也叫来了。我会开车，就跑冷链。他出事那天风大，船小，我在高速上，接到电话把车停在应急道上，半天喘不过气。
访谈者：您哥哥走了以后，您是怎么过来的？
受访者：那半年我天天到湖边去，看打捞队下水。后来队长说不用等了，湖太大。我给额吉打电话，打了三回都没说出口，最后是{{minority/mongolian:斯琴图}}替我说的。孩子那时候八岁，不哭，也不问，就是夜里尿床。
访谈者：您一个人怎么带孩子？
受访者：我夜里跑车，白天睡觉，孩子放学没人管。虾场老板娘{{han:仇满英}}让他在办公室写作业，她男人{{han:范有才}}有空就教他数学。{{han:仇满英}}她说，这伢子懂事，就是不爱讲话。
访谈者：补助办了吗？
受访者：办了。社区儿童主任{{han:黎淑华}}帮他报了事实无人抚养儿童，每月{{trap/number:一千一百八}}。镇民政办的{{han:瞿晓蓉}}加了我的微信，材料缺什么就发语音给我。学校的心理老师{{compound:东郭婉婷}}说孩子心里有个结，要慢慢解。
访谈者：孩子在学校怎么样？
受访者：数学好，语文差，作文写不出几个字。班主任{{han:卿雪莲}}老师说他上课老看窗外。有一回写《我的爸爸》，他交了白卷，老师打电话来我才晓得。后来心理老师跟他谈了几回，他写了一篇，写他爸教他骑马，摔下来不许哭。老师拿给我看，我在车里看了三遍。
访谈者：您怎么安排他的生活？
受访者：早上我收车回来，给他煮面，送到学校门口，再回去睡觉。下午四点半起来接他，吃了饭送到虾场办公室，我去装车。周末不跑车，带他去湖边钓鱼。他说长大了要当货车司机，跟我一样，我说你要读书，开车太苦了。
访谈者：老家还有谁？
受访者：我{{trap/minority_word:额吉}}叫{{minority/mongolian:巴达玛拉}}，七十了，在{{trap/minority_word:嘎查}}里放几头牛。嘎查达{{minority/mongolian:宝音图古斯}}每年打电话来，问孩子的户口要不要迁回去。跟我换着开车的伙计{{minority/mongolian:斯琴图}}也是阿旗人，夜里两个人轮流睡。
访谈者：孩子想家吗？
受访者：想。他爸活着的时候带他骑马，看{{trap/minority_word:那达慕}}。现在他在这边学会了吃辣，学会了说“{{trap/word:要得}}”。我给他唱歌，他跟着哼。额吉在视频里喊他小{{trap/word:宝贝}}，他不好意思，躲开了。{{minority/mongolian:巴拉}}也问过，他阿妈还要不要他。我说要，只是她走得远。
访谈者：有没有想过把孩子送回老家？
受访者：想过。可是额吉年纪大了，带不动。再说他爸是在这边没的，他说要守着湖，等他爸回来。我不敢跟他说人找不回来了。
访谈者：跑车辛苦吗？
受访者：一夜七八百公里。有回在高速上打瞌睡，差点撞了护栏。冷库的会计{{compound:百里慕青}}劝我少跑一趟，钱少点，命要紧。志愿者{{compound:呼延静姝}}周末带孩子去湖边看候鸟，回来他画了一张白鹤，贴在车上。
访谈者：虾场的活稳定吗？
受访者：虾有季节，五月到九月最忙，一夜跑两趟。冬天没虾，我就帮人拉冻鱼、拉蔬菜，收入少一半。老板说明年搞冬虾养殖，到时候一年都有活。
访谈者：登记信息请您说一下。
受访者：住在{{address:文星镇东湖村龙虾街9号}}，老家是{{address:阿鲁科尔沁旗天山镇巴彦花嘎查五组23号}}。我身份证{{id_number@my1981hyphen.150421}}，侄子的{{id_number@my2015fw.150421}}。我电话{{mobile@plus86dash}}，{{han:黎淑华}}的{{mobile@h38}}。我的微信{{wechat:deligercang_81}}。侄子有个QQ，号码写在车上遮阳板的背面：{{qq:603917428}}。
访谈者：名字在表上写得对吗？
受访者：一张表一个样。学校花名册上是{{spaced:巴 拉 吉 尼 玛}}，我的驾驶证档案是{{spaced:德力格尔　仓}}，我哥的死亡证明写成{{spaced:温　都　苏　和}}，侄子的汉名写成{{spaced:宝 嘉 诚}}。
访谈者：最后还想说什么？
受访者：等孩子大了，带他回草原看看他爸放过马的地方。这几年多亏了老板娘{{han:仇满英}}。
""")

# H1381: Han 儿童主任 of a 东坪镇 community reading out her register of children in distress, with addresses.
DOCS["H1381"] = ("staff", """\
访谈者：{{han:佘主任}}，您这个本子上登记了几个孩子？
受访者：酉州社区一共七个困境儿童，我照着本子念，有不清楚的您再问。第一户{{han:谭佑生}}，十二岁，爸爸{{han:谭春阳}}偷电缆判了三年，妈妈走了，跟奶奶{{han:陶桂枝}}住在{{address:东坪镇酉州社区后乡街14号}}。孩子在{{school:安化县第二中学初一（5）班}}，领服刑人员子女补助，每月{{trap/number:六百八十元}}。奶奶七十四了，去年白内障，是{{trap/org:县残联}}出钱做的手术。
访谈者：第二户呢？
受访者：第二户是新疆来的两个丫头，{{minority/uyghur:努尔比亚木}}和{{minority/uyghur:凯迪日耶}}。妈妈病死了，爸爸{{minority/uyghur:卡地尔江}}在茶市打馕，住{{address:酉州社区紫薇巷27号2楼}}。大的身份证是{{id_number@wy2014fwspaced.653224}}。房东{{han:谌冬梅}}是她们干妈，比亲妈还亲。
访谈者：第三户？
受访者：第三户{{han:能小勇}}，十岁，脑瘫，坐轮椅，有残疾人两项补贴，家里也吃低保。爸爸是{{han:能建林}}，在{{trap/place:东莞}}电子厂，妈妈{{han:黄金枝}}在家陪他，住{{address:东坪镇柳林街3巷6号}}。{{han:黄金枝}}她电话{{mobile@p86n}}。孩子去年才上{{school:东坪镇特殊教育学校二年级（1）班}}，是我跟{{trap/org:县教育局}}磨了半年的。
访谈者：第四户？
受访者：第四户两姐妹，{{han:都雨晴}}、{{han:都雨露}}，爸妈前年车祸都走了，领孤儿基本生活费，每人每月{{trap/number:一千五百四}}。跟外公住在{{address:东坪镇沙湾路112号}}，外公我们都喊{{han:湛老倌}}，腿不好，我一个礼拜去两回。{{han:都雨露}}也乖，见了我就喊{{han:佘阿姨}}，问我要作业本。
访谈者：后面几户呢？
受访者：{{trap/word:第五户}}{{han:要春林}}，爸爸在戒毒所，妈妈联系不上，算事实无人抚养，跟伯伯住。第六户{{han:夏天佑}}，十一岁，爸妈离婚都不管，跟姑姑{{han:夏志芬}}。第七户是新来的，{{han:敖思琪}}，她外婆在{{trap/place:梅城镇}}，这学期转到我们这里读书，档案还在走。
访谈者：您做儿童主任多久了？
受访者：五年。原来在社区管计生，后来上面说每个村每个社区都要有儿童主任，书记就把我推上去了。开头什么都不懂，困境儿童分几类都搞不清，到县里培训了三回才明白：孤儿、事实无人抚养、重病重残、服刑人员子女，还有低保家庭的，每一类补助不一样，材料也不一样。
访谈者：您一个月入户几次？
受访者：每户每月至少一回，有事就天天去。入户要看孩子吃得怎么样、睡在哪里、作业有没有人管、身上有没有伤。看完了拍照，写记录，传到系统里。有的老人家嫌我烦，说又来了，我就带几个鸡蛋去，讲讲话，慢慢就熟了。
访谈者：您怎么跟这些家庭联系？
受访者：每家我都有电话。第一户的奶奶不会用手机，我就打给她隔壁{{han:彭满秀}}，她的号码{{mobile@s74}}。我自己的电话{{mobile@plain}}，微信{{wechat:youzhou_shexm}}，家长有事白天晚上都找我。
访谈者：孩子们自己会找您吗？
受访者：会。大一点的加了我QQ，{{han:都雨晴}}有什么事就在QQ上跟我讲，她的号码{{qq:4107382695}}，是她外公的旧手机登的。有一回她半夜发消息，说外公摔了，我穿着拖鞋就跑过去了。
访谈者：有谁跟您一起做？
受访者：社区书记{{han:谌支书}}，民政局分管儿童的{{han:晏建国}}，还有社工站的站长{{compound:公西明哲}}和两个年轻社工，一个叫{{compound:万俟朗月}}，一个叫{{compound:淳于知夏}}。{{compound:万俟朗月}}她专门跟{{han:谭佑生}}，每个礼拜陪他写作业。
访谈者：做这个事难在哪里？
受访者：难在钱少事多。我一个月补贴几百块，七户人家，哪户出事都要跑。第三户的孩子发烧四十度那回，他妈一个人抱不动，是我跟{{han:谌支书}}两个人抬下楼的。还有就是材料，一个孩子一个档案袋，民政要这个表，教育要那个表，名字写错一个字就退回来。
访谈者：放假的时候怎么办？
受访者：暑假最难。大人上班，孩子没人管，最怕的是下河。我们社区挨着{{trap/place:资江}}，每年{{trap/word:夏天}}都有淹水的事。我跟社工站搞了个暑期课堂，借了{{trap/org:酉州小学}}两间教室，上午写作业，下午画画、打球。
访谈者：名字写错是常事吗？
受访者：常事。新疆丫头的名字最难，表上写成{{spaced:凯迪日耶 · 卡地尔江}}，又退回来了。{{han:谭佑生}}被写成{{spaced:谭 佑 生}}，中间多了空格，系统认不出。社工的名字也有写错的，{{spaced:公 西 明 哲}}，系统当成了四个字的外国名字。
访谈者：有什么想跟上面反映的？
受访者：想要一台打印机。还有热线{{trap/number:12345}}我打过两回，说的都是一样的话。最后您帮我记一句：这些孩子能过下去，多亏了{{han:谌冬梅}}这样的邻居。
""")

# H1382: Han township civil-affairs clerk in 文星镇 (湘阴) answering WeChat voice messages during the interview.
DOCS["H1382"] = ("staff", """\
访谈者：{{han:瞿干事}}，您手机一直在响。
受访者：没办法，民政上的事都在微信上。镇里困境儿童四十三个，我一个人管，家长、儿童主任、学校都加了我，光工作群就有十几个。您莫介意，我边说边回。
访谈者：您是怎么做上这个工作的？
受访者：我是{{trap/place:岳阳}}读的大学，考了镇里的公务员，分到民政办。原来以为坐办公室，来了才晓得一半时间在路上。文星镇大，村子散，有的孩子家在湖边，车子开不进去，要走半个钟头田埂。第一年我哭过好几回，觉得自己做不好，后来慢慢就习惯了。
访谈者：刚才那条语音是谁的？
受访者：{{han:易海燕}}发的，南湖社区的儿童主任。她说{{han:杨娭毑}}的孙子昨夜又发了病，送到{{trap/org:县人民医院}}，早上回来了。那孩子藏名叫{{minority/tibetan:斯郎甲措}}，户口上是{{han:黎子航}}，事实无人抚养是我经手报的。他妈{{minority/tibetan:格玛雍初}}在成都，我加了她微信，号是{{wechat:gemayongchu_cd}}，发十条回一条。
访谈者：她怎么说？
受访者：上个月{{minority/tibetan:雍初}}总算回了，说新家里也有个小的，实在顾不上。我跟她讲，孩子的监护人是你，补助可以办，但你得签字。她签了，拍照发过来，字写得歪歪扭扭。我想，总比一直不回强。
访谈者：还有谁找您？
受访者：这条是{{han:宝立峰}}的，开冷链车的蒙古族大哥，他表上写的是{{minority/mongolian:德力格尔仓}}。他夜里跑车，都是凌晨三四点发语音，问侄子{{minority/mongolian:巴拉吉尼玛}}的生活费到账没有。我回他说到了，他回个大拇指。他的微信是{{wechat:deligercang_81}}，我备注的是“{{han:宝哥}}冷链”。
访谈者：镇上还有哪些情况？
受访者：多了。{{han:和春来}}和他奶奶住在{{address:文星镇青潭村七组31号}}，爸爸在广东坐牢，服刑人员子女补助刚批下来。{{han:还春燕}}还没交材料，她妈在外面打工，说过年回来补。{{han:让美玲}}是听障，残疾人两项补贴办了，我让{{han:让美玲}}她爸去残联领了助听器。她爸说话{{trap/word:还是}}那么冲，可人不坏，就是转不过弯。
访谈者：学校那头您找谁？
受访者：找{{compound:颛孙沐晴}}，心理老师，她在{{school:湘阴县城西中学八年级（3）班}}当班主任，{{han:和春来}}就在她班上。镇上还有社工站，大家都{{trap/word:和气}}，站长{{compound:梁丘若谷}}，下面的社工{{compound:公良沛然}}专门跑入户。
访谈者：您觉得这个工作难在哪里？
受访者：难在人少。镇民政办就我跟{{han:鄢新民}}两个人，他管低保和养老，我管儿童和残疾人。表一多就眼花，名字搞错了上面就退回来。{{han:黎淑华}}那边报{{han:宝嘉诚}}的材料，系统里要写蒙古名，她写成{{spaced:巴拉吉 尼玛}}，退了一回。{{minority/tibetan:杨巴姆}}老人家的身份证名字又跟户口本对不上。
访谈者：补助多久能批下来？
受访者：快的一个月，慢的三个月。要村里评议、公示七天，镇里审核，县民政局审批，再打到卡上。中间哪一步缺材料就卡住了。最急的是重病的，等不起，我就先从临时救助里支一点。
访谈者：微信上的事多吗？
受访者：一天几百条。群里有家长发孩子奖状的，有儿童主任问政策的，也有半夜喝醉了骂人的。我定了规矩，晚上十点以后的消息第二天回，可是看到了又忍不住。我老公说我嫁给了手机。
访谈者：您平时怎么联系家长？
受访者：微信和电话。我工作电话{{mobile@p86h}}，个人微信{{wechat:quxiaorong_wx}}。有的老人不会用微信，只认电话。{{han:柳才发}}老人家带着外孙女{{han:柳思甜}}，他的号码是{{mobile@spaced}}。
访谈者：哪种情况最难办？
受访者：父母都在但是不管的。没死没坐牢，政策上不好套，可是孩子跟没人管一样。{{han:柳思甜}}就是这样，她妈改嫁了，她爸在外面几年没音信，我们跑了一年多，才按失联认定下来，报了事实无人抚养。
访谈者：有没有难忘的事？
受访者：去年冬天，{{han:让美玲}}她爸喝了酒，说要把孩子送到福利院去，半夜给我打电话。我跟同事赶过去，在{{trap/place:湘江}}边上找到他，劝了两个钟头。后来他戒了酒，在{{trap/place:樟树港}}的辣椒基地做事。
访谈者：登记表您能念一下吗？
受访者：{{han:和春来}}的身份证号我背得出来：{{id_number@my2011x.430624}}。他奶奶叫{{han:向冬秀}}，身份证{{id_number@wold.430624}}。{{han:还春燕}}说她有个QQ，号码发到我微信上了：{{qq:2409718536}}。表上有时候名字打成{{spaced:还 春 燕}}、{{spaced:和　春　来}}，有时候社工的名字打成{{spaced:颛 孙 沐 晴}}。
访谈者：最后您想说什么？
受访者：我做这行八年，最佩服的是那些带孙子的老人家，比如{{han:杨娭毑}}。
""")

# H1383: Han grandmother in 梅城镇 (安化) raising a grandson whose parents work in a shoe factory in 东莞.
DOCS["H1383"] = ("family", """\
访谈者：娭毑，您一个人带孙子？
受访者：是的。我叫{{han:谌有英}}，村里人跟我老倌子的姓，喊我{{han:龚娭毑}}。老倌子走了六年了。儿子{{han:龚能斌}}跟媳妇{{han:夏也萍}}在{{trap/place:东莞}}的鞋厂，一年回来一趟，孙子就跟着我。
访谈者：孙子多大了？
受访者：十一岁，叫{{han:龚礼让}}，名字是他爷爷起的，说做人要懂{{trap/word:谦让}}。我们喊他{{han:让伢子}}。{{han:礼让}}在{{school:梅城镇启安小学五年级（2）班}}，成绩中等，就是话少。
访谈者：爸爸妈妈常联系吗？
受访者：一个礼拜打一回视频。{{han:龚能斌}}能吃苦，就是脾气躁，在电话里一问成绩就骂。{{han:夏也萍}}也说他，孩子不在身边，你骂有么子用。{{han:让伢子}}挂了电话就躲到楼上去，半天不下来。
访谈者：家里的收入怎么样？
受访者：他们两个一个月寄一千五回来，我种点菜，喂几只鸡。前年我中风，左手不灵便，村里的儿童主任{{han:彭秋菊}}上门来，说孩子算留守儿童，我这个样子带不好，把他报成了困境儿童，每个月有{{trap/number:三百二十元}}的生活补助，我也报了低保。
访谈者：孙子跟爸妈亲吗？
受访者：不亲。他妈出去的时候他才一岁多，回来喊她阿姨。现在大了，晓得是妈，可是说不上话。视频的时候他妈问一句，他答一句，问完了就没话了。{{han:夏也萍}}在那头哭，说崽跟她生分了。
访谈者：还有谁帮您？
受访者：村支书{{han:贺满秀}}{{trap/word:能干}}，帮我家修了厕所。村医{{han:佘郎中}}每礼拜来量一回血压。隔壁{{han:姜正清}}开摩托，落雨天送孙子去学校。班主任{{han:伍雨桐}}老师每学期家访两回，她说{{han:礼让}}作文写得好，写过一篇《我的奶奶》，在学校广播里念过。校长{{han:符春生}}给他免了午餐费。
访谈者：社工来过吗？
受访者：来过。镇社工站的{{compound:司寇明澈}}每个月来一回，教他做手工，陪他讲话。还有个支教老师叫{{compound:羊舌静宜}}，暑假在村里办了个读书班，孙子天天去。{{compound:羊舌静宜}}她走的时候，孙子哭了一场。
访谈者：孙子在家里帮您做事吗？
受访者：帮。扫地、喂鸡、打水，都是他。他还会煮饭，放多少水我教过一回就记得了。就是作业我辅导不了，我只读过两年书。碰到不会的题，他就打视频问他妈，{{han:夏也萍}}在厂里下了班才接，一问就到十点多。
访谈者：您担心孙子什么？
受访者：担心他跟人学坏。村里有几个大孩子不读书，天天泡在网吧里。{{han:让伢子}}有回跟着去了，我拿竹丫子把他赶回来，他三天没跟我讲话。后来{{compound:司寇明澈}}带他打篮球，他才慢慢不去了。
访谈者：孙子平时跟谁玩？
受访者：跟同学{{han:易小虎}}玩得好，两个人放学去{{trap/place:资江}}边上捡石头，我吓得要死，怕他们下水。我跟他妈讲好了，两家轮流盯着。
访谈者：村里像您这样带孙子的多吗？
受访者：多。我们组二十几户，年轻人都出去了，剩下的都是老的带小的。{{han:贺满秀}}说村里留守的孩子有四十多个，她跟{{han:彭秋菊}}两个人管不过来，就搞了个“爱心妈妈”，一个妇女结对一两个孩子。
访谈者：您身体怎么样？
受访者：不好。血压高，手也不灵便。去年冬天摔了一跤，是{{han:让伢子}}扶我起来，打电话喊隔壁，送到{{trap/org:镇卫生院}}。那回以后他像长大了，晓得给我倒水、提醒我吃药。
访谈者：您盼儿子媳妇回来吗？
受访者：盼。可是回来做么子呢，村里没有活。{{trap/place:梅城镇}}上的茶厂一个月两千多，东莞那边四五千。{{han:龚能斌}}说再做三年，存够钱就回来。
访谈者：过年一家人团聚吗？
受访者：前年没回，厂里加班，三倍工资。去年回来了，{{han:龚能斌}}给孙子买了一双球鞋，孩子睡觉都抱着。走的那天早上，孙子没起床，躲在被子里哭。我也哭，又不敢让他看见。
访谈者：登记信息请您说一下。
受访者：家里在{{address:梅城镇启安村十二组5号}}，儿子他们住在{{address:东莞市长安镇锦厦社区新安路88号鞋厂宿舍4栋312}}。我的身份证{{id_number@wold.430923}}，孙子的{{id_number@my2014spaced.430923}}。我电话{{mobile@plain}}，{{han:龚能斌}}的{{mobile@plus86spaced}}。{{han:夏也萍}}的微信{{wechat:xiayeping_dg}}。孙子有个QQ，号码写在灶屋门背后：{{qq:1836402759}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。低保表上我是{{spaced:谌 有 英}}，学校把孙子写成{{spaced:龚　礼　让}}，我儿子是{{spaced:龚能 斌}}，媳妇是{{spaced:夏 也 萍}}。
访谈者：最后还想说什么？
受访者：盼孙子读书争气。我不会讲话，只讲一句：谢谢{{han:彭秋菊}}。
""")

# H1384: Han primary-school teacher in 樟树镇 (湘阴) talking about a left-behind girl in her class.
DOCS["H1384"] = ("teacher", """\
访谈者：{{han:任老师}}，您想讲的是哪个孩子？
受访者：我们班的{{han:向晚晴}}，十岁，在{{school:樟树镇中心小学四年级（3）班}}。她是留守儿童，爸爸{{han:向红兵}}在{{trap/place:深圳}}开塔吊，妈妈{{han:和丽芳}}在{{trap/place:东莞}}做服装，她跟着奶奶过。奶奶我们都喊{{han:向奶奶}}，七十多了，腰弯得像把弓。
访谈者：孩子是什么时候引起您注意的？
受访者：去年秋天。{{han:晚晴}}连着一个礼拜没交作业，上课趴着。我一问，说奶奶住院了，她一个人在家，夜里不敢睡。我当天就给{{han:向红兵}}打电话，跟{{han:和丽芳}}也打了，两个人都说走不开。
访谈者：后来怎么办的？
受访者：我找了村里的儿童主任{{han:袁凤姣}}。{{han:袁凤姣}}她第二天就去医院看了奶奶，把孩子接到自己家住了半个月。{{han:樊校长}}批了我几个晚上的假，让我去陪孩子写作业。镇民政办的{{han:伍建波}}来核了情况，说奶奶这个身体，孩子可以报困境儿童，每月{{trap/number:四百六十元}}。
访谈者：奶奶出院以后呢？
受访者：奶奶回来了，身体还是差，做不了重活。{{han:晚晴}}每天早上五点半起来煮饭，给奶奶熬药，再走半个钟头到学校。冬天天黑，我让她不要赶，迟到几分钟没关系。她说{{han:任老师}}，我不想搞特殊。
访谈者：孩子在班上怎么样？
受访者：成绩原来是前十，那段时间掉到三十几。她同桌{{han:仇小雨}}心细，每天把笔记抄一份给她。班长{{han:左思远}}组织几个女同学轮流陪她放学回家。我跟{{han:仇小雨}}她妈说了这个事，她妈说，细伢子晓得帮人，是好事。
访谈者：学校有心理老师吗？
受访者：有一个，{{compound:南宫晓萤}}，全镇五所小学就她一个，一个月轮到我们学校两回。她给{{han:晚晴}}做了沙盘，说孩子画的房子里没有门。去年来了一个支教的大学生，叫{{compound:端木云舒}}，教她们画画，{{han:晚晴}}画了一幅洞庭湖的芦苇，拿了县里的二等奖。
访谈者：您觉得这个孩子最缺的是什么？
受访者：缺人陪。吃的穿的不缺，爸妈寄钱回来，奶奶也舍得。就是没人听她讲话。她作文里写，她{{trap/word:向往}}的是一家人在一张桌子上吃饭，最想要的礼物是妈妈陪她睡一晚。我看了心里发酸，在评语里写了一句：老师陪你。
访谈者：家长那边后来怎么样？
受访者：{{han:和丽芳}}过年回来了，在家待了一个月，走的时候孩子追着车跑。{{han:向红兵}}说今年想换个离家近的活，在{{trap/place:岳阳}}找找。我跟他讲，钱是挣不完的，孩子只有一个童年。他没作声，后来给我发了一句“晓得了，谢谢{{han:任老师}}”。
访谈者：您自己做班主任，这样的孩子多吗？
受访者：我们班四十二个，父母都在外面的有十七个。像{{han:晚晴}}这样跟着老人的，一半都有这样那样的问题。我自己也是留守长大的，我爸在{{trap/place:长沙}}做泥工，所以我晓得这个滋味。有时候下了晚自习，我骑车一家一家去看，学校里的同事{{compound:夏侯朗清}}陪我去。
访谈者：学校对留守孩子有专门的办法吗？
受访者：有结对帮扶，这是学校的{{trap/word:任务}}，一个老师带三四个孩子，每个月谈心、家访、写记录。我带了四个，除了{{han:晚晴}}，还有两个男孩一个女孩，家里都是老人带。最怕的是放假，孩子一放就散了，我只能在群里一个一个问。
访谈者：您跟她妈妈怎么联系？
受访者：{{han:和丽芳}}用QQ多，厂里不让带手机进车间，下了班才看。她的QQ是{{qq:785203196}}，我有事就留言，她夜里十二点回。
访谈者：学校有什么活动？
受访者：每年清明带孩子们去{{trap/place:柳庄}}看{{trap/famous:左宗棠}}的故居，讲{{trap/famous:郭嵩焘}}出国的故事。那天回来，孩子们在日记里写，想出去看看世界，看完了再回来。孩子们最喜欢{{trap/word:左边}}那棵老樟树，说跟镇名一样。学校还开了“亲情电话”，每个礼拜三下午孩子们可以免费给爸妈打。
访谈者：孩子的信息方便说一下吗？
受访者：家在{{address:樟树镇荷叶湖村九组17号}}。{{han:向晚晴}}的身份证我登记过，是{{id_number@wy2015hyphen.430624}}。奶奶的电话{{mobile@s38}}，{{han:和丽芳}}的电话{{mobile@fullwidth}}，{{han:向红兵}}的微信{{wechat:xianghongbing_sz}}。孩子用奶奶的手机登QQ，号码她写在我的备课本上：{{qq:52918064}}。我的微信{{wechat:renxuefen_zs}}，家长有事都找我。
访谈者：名字会不会弄错？
受访者：会。学籍系统里她成了{{spaced:向 晚 晴}}，心理老师成了{{spaced:南　宫　晓　萤}}，报奖状的时候支教老师又写成{{spaced:端木 云舒}}。
访谈者：最后您想说什么？
受访者：这样的孩子，靠的是一群人。最要谢的是儿童主任{{han:袁凤姣}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1377,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout175",))


if __name__ == "__main__":
    main()
