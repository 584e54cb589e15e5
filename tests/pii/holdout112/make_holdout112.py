# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 112 (tests/pii/holdout112/H881-H888 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 112 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
崇左 (Guangxi, on the Vietnamese border): a Mongolian mother from 科尔沁 (通辽) who married a Zhuang man met on a
construction site and now sells dried beef at a 凭祥 border market, her husband in hospital after a fall; an Amdo
Tibetan grandfather from 同仁 (黄南) who came to look after his son's children in 崇左 after the son died on a
sugar-cane truck; a Uyghur father from 阿克苏 who grills kebabs on a night street in 江州区 and raises two children
alone; a Hui widow from 同心 (宁夏) who works at a sugar refinery in 扶绥; a Zhuang village child director (儿童主任) in
大新 (硕龙镇) reading out her register of left-behind and orphaned children; a Han primary-school headmaster in 龙州
(水口镇) who knows every family; a Naxi-born township social worker in 宁明 (family surname 和, married into the
region) who handles 事实无人抚养 cases; and a Han aunt in 天等 raising her sister's two children while the sister is
in prison. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names of 科尔沁 used whole (满都日娜, 乌恩其木格, 哈斯额尔顿他) and with a short form after the full name
(阿穆尔吉日嘎拉 then 阿穆尔, 额尔敦苏伦 then 苏伦她), names holding 和 and 都 (色音布和和他媳妇, 满都日娜), a Han surname
before a Mongolian given name (农阿穆尔, 包诺日玛都七十三了) and the Han names of the same people (包玉珍, 包大姐,
农宇航); Amdo Tibetan names (更登加, 仁青东知 then 东知, 才藏吉, 昂拉加, 卓玛措, 公保才让) with 才 and 让 at the start or
the end, a short form after 才让 read as "only then let" (我这才让南加跟着她去了学校, 南加他), and a Han surname
before a Tibetan given name (黄南加, the mother's surname on the household register, beside the place 黄南); Uyghur
given name + father's name with a middle dot, a heavy dot, none, and spaces around the dot (沙拉木·吾休尔,
沙拉木•吾休尔, 沙拉木吾休尔, 麦麦提伊敏·沙拉木, 麦麦提伊敏沙拉木, 麦麦提伊敏 · 沙拉木, 古丽皮亚·沙拉木, 吾休尔·托乎提,
努尔比亚·艾山) and single forms (沙拉木, 麦麦提伊敏, 古丽皮亚她, 阿卜杜克里木); Han-form Hui names (锁海英, 海金山,
海文韬, 海金莲, 罕玉梅, 马晓雪) beside 经名 used alone (哈蒂佳, 尔麦尔, 舍姆斯, 泽乃白她, 哈比白, 海里迈, 伊斯海格) and
after a Han surname (海舍姆斯, 锁凯麦尔, 虎侯赛尼阿訇, 马伊斯海格); Han names with common and rare surnames of the
region (农, 闭, 零, 麻, 磨, 隆, 禤, 言, 凌, 覃, 韦, 陆, 黄, 岑, 甘, 滕, 蒙, 黎, 都, 向, 和) and Vietnamese names in Chinese
form (阮氏香, 阮氏玉), surnames that are also ordinary words directly after or before grammar words (都建民都来过三回了,
许有能能下地, 向镇民政办的冯玉堂, 和社工和民政的人, 我和黄国栋, 交给和姐, 零国强 beside 零钱, 麻玉兰 beside 麻烦,
闭月娥 beside 闭店), names that contain words (农宇航, 磨春雷, 零海燕, 黎明珠, 韦有才是真有才, 向朝阳, 海金莲, 禤金花,
农天宝), names directly before particles, pronouns and verbs (坚哥他, 磨春雷他, 达凤也, 陆凤英她, 蒙天赐他, 浩仔都十五了)
and after 叫/是/给/跟/找/让/和/被 (叫濮阳书远, 是钟离静怡, 给麻玉兰, 给岑凤玲, 找赵巧玲, 让浩仔, 被甘永福那帮朋友), titles
and kin words after names (凌海鹏大夫, 陆凤英老师, 黎秋萍老师, 黄桂枝老师; the span is the name only), a surname with
only a title or kin word, annotated whole (包大姐, 海嫂, 闭老师, 覃阿婆, 言主任, 向校长, 老向, 和社工, 和姐, 和阿姨,
凌所长), nicknames and local forms of address, annotated whole (坚哥, 香姨, the Zhuang 特-/达- forms 特雷, 特宝, 达凤,
浩仔, 阿欣, 玲妹), and a name closing the last sentence (我等着你，坚哥。 / 对得起东知。 / 早点回来，玲妹。); names
spaced out character by character in half- and full-width spaces (满 都 日 娜, 额　尔　敦　苏　伦, 南 加 才 让,
古 丽 皮 亚, 海 舍 姆 斯, 哈 斯 额 尔 顿, 第 五 思 彤, 钟　离　静　怡, 司　寇　婉　清, 太 史 嘉 禾), a dotted name with
spaces around the dot (麦麦提伊敏 · 沙拉木) and names split in two (阿穆尔 吉日嘎拉, 仁青 东知, 赛乃姆 卡斯木, 泽乃 白,
海金 山, 零海 燕, 黎明 珠, 乐正 晓棠, 公羊 思琪); compound surnames after ordinary words (端木, 濮阳, 梁丘, 公冶, 东郭,
南宫, 呼延, 申屠, 左丘, 万俟, 第五 (after 社工站的, in a register that reads 第五户), 百里, 钟离, 宗政, 夏侯, 乐正,
司寇, 仲孙, 太史, 公羊); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:零国强}}``, ``{{qq:2946105837}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1984hyphen.150521}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, quad, tri, fw,
                                   fullwidth, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (大夫, 老师, 阿訇) and a particle, pronoun or
verb written directly after a name (他, 她, 也, 都, 能, 说, 和) are outside the span; a surname with only a title or
kin word (包大姐, 海嫂, 言主任, 老向, 和姐, 凌所长) and a nickname or local form of address (坚哥, 香姨, 特宝, 达凤, 浩仔,
阿欣, 玲妹) are annotated whole. Han-style names of minority people (包玉珍, 锁海英, 海文韬, 马晓雪, and the Naxi 和丽君,
和桂芳) are category han; a Han surname before a non-Han given name (农阿穆尔, 包诺日玛, 黄南加, 海舍姆斯, 锁凯麦尔,
虎侯赛尼, 马伊斯海格) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout112/make_holdout112.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(112_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "153", "157", "158", "166", "173", "175", "176", "181", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H881: Mongolian mother from 科尔沁 (通辽) who sells dried beef at a 凭祥 border market; her Zhuang husband, met on
# a construction site, lies in hospital after a fall.
DOCS["H881"] = ("family", """\
访谈者：大姐，您摊子上这些牛肉干都是自己做的？
受访者：自己做的，按{{trap/place:科尔沁}}的老法子风干的。我叫{{minority/mongolian:满都日娜}}，身份证上的汉名是{{han:包玉珍}}。市场里的人记不住蒙古名，都喊我{{han:包大姐}}，越南客人喊我“蒙古姐”。
访谈者：您是怎么从内蒙古到凭祥来的？
受访者：一一年我在{{trap/place:通辽}}的工地上给工人做饭，认识了我男人{{han:农志坚}}。他是{{trap/place:大新}}的壮族，在工地上绑钢筋，工友都叫他{{han:坚哥}}。{{han:坚哥}}他普通话说不好，我一句壮话不会，两个人比划着就好上了。后来跟他回了广西，在{{trap/place:凭祥}}边贸市场租了个摊位。
访谈者：他现在怎么样？
受访者：三个月前在{{trap/place:江州区}}一个工地上从脚手架摔下来，腰椎和右腿都断了，在{{trap/org:崇左市人民医院}}躺着。骨科的{{han:凌海鹏}}大夫说，能不能站起来要看半年以后。包工头{{han:闭建华}}先垫了两万，后来电话就打不通了。
访谈者：孩子们呢？
受访者：两个。儿子的名字是我起的，叫{{minority/mongolian:阿穆尔吉日嘎拉}}，他爸给上户口用的是{{han:农宇航}}，十二岁，在{{school:凭祥市第三小学六年级（2）班}}。老师嫌名字长，点名喊他{{minority/mongolian:农阿穆尔}}，他也应。女儿{{minority/mongolian:额尔敦苏伦}}七岁，在{{school:凭祥镇中心小学一年级（4）班}}，家里叫她{{minority/mongolian:苏伦}}。{{minority/mongolian:苏伦}}她天天问爸爸什么时候回家。
访谈者：您一个人怎么顾得过来？
受访者：白天守摊，晚上去医院陪床。两个孩子放学先来市场，趴在摊子后面写作业。隔壁卖越南咖啡的{{han:阮氏香}}帮我看着，她嫁过来二十年了，孩子们叫她{{han:香姨}}。管市场的{{han:零国强}}免了两个月的摊位费，还说{{trap/word:零钱}}不够找就去他那儿换。
访谈者：边贸市场的生意好做吗？
受访者：时好时坏。越南那边的客人爱买牛肉干当礼物，一斤卖到八十，过年前能卖掉两三百斤。淡季一天开不了几单，我就在网上卖，用手机拍视频，讲我们草原上的牛怎么放、肉怎么晾。刚来那年这边太潮，第一批肉全长了毛，扔了四十多斤，我蹲在摊子后面哭。后来{{han:阮氏香}}教我用炭火烘，再装真空袋，才放得住。
访谈者：住院花了多少钱？
受访者：头一个月做了两次手术，九万多。医保报了一部分，工伤那块还在打官司，包工头跑了，老板说人不是他招的。法律援助的律师{{compound:梁丘乐山}}说要先做伤残鉴定，鉴定要等骨头长好。我把老家寄来的钱、摊子上挣的钱全填进去了，还在网上筹了两万，二十块、五十块，好多不认识的人捐的。
访谈者：孩子们知道爸爸的情况吗？
受访者：知道。儿子每个星期天去医院给他爸擦身子，话不多，擦完了就坐在床边写作业。女儿小，以为爸爸在睡懒觉，趴在床边喊他起来吃饭。他爸听了就把脸转过去，我知道他在哭。
访谈者：有什么补助吗？
受访者：社区的儿童主任{{han:麻玉兰}}上门登记，说孩子他爸这种情况，两个孩子能算困境儿童，每人每月{{trap/number:六百八十元}}，又帮我申请了临时救助。我老给{{han:麻玉兰}}添{{trap/word:麻烦}}，她说这本来就是她的活。民政局的{{han:黄振邦}}来核过一回。医院的社工{{compound:端木晓岚}}帮我们申请了大病救助；还有个大学生志愿者叫{{compound:濮阳书远}}，每周六给儿子补英语。
访谈者：老家那边知道吗？
受访者：瞒不住。我额吉{{minority/mongolian:包诺日玛}}都七十三了，在{{trap/place:科左中旗}}跟我弟弟过。弟弟{{minority/mongolian:色音布和}}放牛，{{minority/mongolian:色音布和}}和他媳妇{{minority/mongolian:乌恩其木格}}每个月寄一箱牛肉过来，我做成干，卖了钱交医药费。
访谈者：孩子们跟姥姥亲吗？
受访者：亲。去年暑假我带他们回去，{{minority/mongolian:阿穆尔}}头一回骑马，摔了也不哭。姥姥教{{minority/mongolian:苏伦}}跳{{trap/minority_word:安代舞}}，舅舅晚上拉着琴说{{trap/minority_word:乌力格尔}}，讲{{trap/famous:僧格林沁}}打仗。回来以后儿子在班上讲，同学们才知道他妈是蒙古族。
访谈者：孩子爸爸那边的亲戚呢？
受访者：公公走得早，婆婆{{han:黄爱莲}}六十八了，在{{trap/place:硕龙}}种甘蔗，隔一阵托人捎一袋糯米来。小叔子{{han:农志勇}}在{{trap/place:南宁}}送外卖，上个月请假来医院守了三夜。
访谈者：您自己身体吃得消吗？
受访者：我是草原上长大的，不怕吃苦，就怕病。这边夏天三十七八度，摊子上没空调，我中过一回暑。晚上在医院陪床，坐在折叠椅上眯一会儿，天一亮又去市场。有时候也想，当年要是没跟他来广西，日子会不会好过一点。可是看看两个孩子，又不后悔。
访谈者：登记信息请您说一下。
受访者：摊位在{{address:凭祥市凭祥镇南大路68号边贸市场C区17号}}，住在{{address:凭祥市凭祥镇北环路友谊新村3栋2单元501室}}。我的身份证{{id_number@wy1984hyphen.150521}}，儿子的{{id_number@my2013quad.451481}}。我电话{{mobile@s434}}，{{han:麻玉兰}}的{{mobile@fullwidth}}。我的微信叫{{wechat:manduna_niurougan}}，进货发货都用它。儿子有QQ，号码他念了三遍我才记住：{{qq:2946105837}}。
访谈者：表上的名字写得对吗？
受访者：各写各的。医院表上我是{{spaced:满 都 日 娜}}，学校把儿子写成{{spaced:阿穆尔 吉日嘎拉}}，女儿是{{spaced:额　尔　敦　苏　伦}}，我男人成了{{spaced:农 志 坚}}。
访谈者：您最盼什么？
受访者：盼他能站起来。上个月他在病床上跟我说，等腿好了，要去科尔沁给额吉磕个头。我等着你，{{han:坚哥}}。
""")

# H882: Amdo Tibetan grandfather from 同仁 (黄南) who came to 崇左 to look after the children of his son, who died
# on a sugar-cane truck; their mother went to work in 广东 and cannot be reached.
DOCS["H882"] = ("family", """\
访谈者：阿爷，您是从青海来的？
受访者：{{trap/place:黄南}}，{{trap/place:同仁}}，{{trap/place:热贡}}那边。我叫{{minority/tibetan:更登加}}，六十六了。汉话说得不好，你慢慢问。
访谈者：您怎么到崇左来了？
受访者：为了两个孙子。儿子{{minority/tibetan:仁青东知}}年轻时在{{trap/place:西宁}}打工，认识了这边的姑娘{{han:黄艳秋}}，跟她来了{{trap/place:江州区}}，在糖厂开车。去年榨季，他开着拉{{trap/word:甘蔗}}的大车下坡，刹车不灵，连人带车翻到沟里。{{minority/tibetan:东知}}走的时候才三十四。
访谈者：孩子的妈妈呢？
受访者：{{han:黄艳秋}}办完丧事就去广东打工了，头几个月还寄钱，后来电话停了，谁也找不到。村委的人打电话到同仁，我坐了三天火车过来。老伴{{minority/tibetan:才藏吉}}腰不好，留在家里，小儿子{{minority/tibetan:昂拉加}}照顾她、放牛。
访谈者：孙子孙女多大？
受访者：孙子{{minority/tibetan:南加才让}}十岁，户口本上跟妈姓，写的是{{minority/tibetan:黄南加}}，在{{school:江州区太平镇中心小学四年级（3）班}}。孙女{{minority/tibetan:卓玛措}}六岁，在{{school:太平镇第二幼儿园大（2）班}}。孙子刚来那阵天天哭，不肯上学，村里的儿童主任{{han:韦秀梅}}一趟一趟上门，我这才让{{minority/tibetan:南加}}跟着她去了学校。
访谈者：村里帮了你们什么？
受访者：{{han:韦秀梅}}给两个娃报了事实无人抚养，说爸爸没了、妈妈找不到，就能算，每人每月{{trap/number:一千三百五}}。糖厂赔的钱，是法律援助中心的律师{{compound:公冶长风}}帮着谈下来的，存在孩子名下。村支书{{han:赵德旺}}找人把漏雨的屋顶补了。镇社工站的{{compound:东郭雅静}}每两个星期来一回，陪{{minority/tibetan:卓玛措}}画画，教我用手机视频。
访谈者：您刚来的时候，跟孩子们处得来吗？
受访者：难。两个娃没见过我几回，孙女躲在门后头不敢出来，说这个爷爷脸黑，帽子也怪。我不会说这边的话，他们不会说藏话，只能凑几句汉话。我天天给他们煮面片，孙女吃了说好吃，第二天就肯让我抱了。孙子不一样，他心里有火，爸爸走了，妈妈也走了，他觉得大人都不要他。有一天他把书包扔进水塘，我下去捞，差点滑倒，他在岸上哭着喊阿爷。从那天起他才开口叫我。
访谈者：孩子的妈妈有消息吗？
受访者：没有。派出所帮着找过，说人在广东，换了号码。{{han:韦秀梅}}说，哪天她想回来看孩子，门随时开着。孙子嘴上说不想她，她的照片一直压在他枕头底下。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:南加}}他数学好，语文不行，作文里写他爸开大车带他去看{{trap/place:左江}}。班主任{{han:陆凤英}}老师说他上课老发呆。{{han:陆凤英}}她每个礼拜给我打一次电话，讲得慢，我能听懂一半。幼儿园的{{han:闭老师}}说孙女不爱说话，可是唱歌好听。
访谈者：您在这边过得惯吗？
受访者：热。我们那边七月还穿夹袄，这边三月就出汗。天天米粉，想{{trap/minority_word:糌粑}}想得睡不着。隔壁{{han:覃阿婆}}教我做酸笋，我教她打{{trap/minority_word:酥油茶}}，她喝一口就吐了。同仁的老乡{{minority/tibetan:公保才让}}在{{trap/place:南宁}}开唐卡店，每个月来看我们一回，带一袋{{trap/minority_word:曲拉}}。
访谈者：您想过带孩子们回青海吗？
受访者：想过。老伴天天在电话里催，说{{trap/minority_word:六月会}}要到了，让孙子回去跳舞。可{{minority/tibetan:南加才让}}的户口在这边，补助也在这边，回去上学要从头办。{{han:韦秀梅}}说，等孩子大一点再商量。我晚上给他们讲{{trap/famous:格萨尔}}的故事，讲{{trap/org:隆务寺}}的大经堂，孙女听着听着就睡了。
访谈者：您白天怎么过？
受访者：早上送两个娃上学，回来在屋后种点菜。这边的地一年种三季，我们老家只种一季青稞，我看着稀奇。下午去学校门口等着，村里的老人在榕树下打牌，我看不懂，就坐着看。晚上点一盏灯，念一会儿经，心里就静了。{{minority/tibetan:公保才让}}说我应该学用微信，他把他的号存进我手机里了，叫{{wechat:gongbao_regong}}。
访谈者：登记信息请您说一下。
受访者：这边住{{address:江州区太平镇那造村六组15号}}，老家是{{address:同仁市年都乎乡郭麻日村三社21号}}。我的身份证{{id_number@my1959spaced.632321}}，孙子的{{id_number@my2015fw.451402}}。我的电话{{mobile@h38}}，{{han:韦秀梅}}的{{mobile@plus86spaced}}，她的微信是{{wechat:weixm_nazao}}。孙子有QQ，号码是他写在我药盒上的：{{qq:5173920486}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:更 登 加}}，孙子是{{spaced:南 加 才 让}}，学校把他爸写成{{spaced:仁青 东知}}，孙女成了{{spaced:卓　玛　措}}。
访谈者：最后还想说什么？
受访者：谢谢这边的好人。我老了，就想看着两个娃长大，对得起{{minority/tibetan:东知}}。
""")

# H883: Uyghur father from 阿克苏 who grills kebabs on a night street in 江州区 and raises two children alone
# since his wife died.
DOCS["H883"] = ("family", """\
访谈者：老板，您这烤肉摊晚上几点出？
受访者：七点出，凌晨两点收。我叫{{minority/uyghur:沙拉木·吾休尔}}，从{{trap/place:阿克苏}}来的，这条街上的人都叫我{{minority/uyghur:沙拉木}}。营业执照上打不出点，写的是{{minority/uyghur:沙拉木吾休尔}}。
访谈者：您一个人带两个孩子？
受访者：一个人。孩子妈{{minority/uyghur:赛乃姆·卡斯木}}前年得了白血病，在{{trap/place:乌鲁木齐}}治了八个月，没留住。治病把果园卖了，房子也押了。老乡{{minority/uyghur:阿卜杜克里木}}在{{trap/place:南宁}}卖干果，他说{{trap/place:崇左}}冬天暖和，夜市生意好，我就带着孩子来了{{trap/place:江州区}}。
访谈者：刚来崇左的时候难吗？
受访者：难。这边人说白话、说壮话，我普通话也不好。头一个月租不到房，房东一听是新疆人就摆手，后来是{{han:谭永康}}替我作保才租下来。烤肉也要改，这边人不爱吃太辣，也不爱孜然太重，我就少放一点，又学着烤鸡翅、烤茄子、烤韭菜。现在一晚上能卖四五百串，好的时候七八百。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:麦麦提伊敏·沙拉木}}十一岁，学校系统也打不出点，写成{{minority/uyghur:麦麦提伊敏沙拉木}}，在{{school:江州区城南小学五年级（1）班}}。同学们都叫他{{minority/uyghur:麦麦提伊敏}}。女儿{{minority/uyghur:古丽皮亚·沙拉木}}七岁，读{{school:江州区城南小学一年级（3）班}}。{{minority/uyghur:古丽皮亚}}她最像她妈，眼睛大，爱笑。
访谈者：您晚上出摊，孩子们怎么办？
受访者：隔壁卖螺蛳粉的{{han:闭月娥}}让他们在她店后面写作业，困了就睡折叠床，我收了摊再抱回去。我下午三点起床做饭，拌面、抓饭轮着做，孩子们放学吃了饭，我再去备料。我跟{{han:闭月娥}}说过要给她钱，她不要，说她家{{trap/word:闭店}}也晚，正好帮我看着。夜市管理处的{{han:谭永康}}给我留了路口的位置，下雨天还帮我搭棚子。
访谈者：有哪些补助？
受访者：社区的儿童主任{{han:凌翠萍}}帮我们报了困境儿童，两个孩子每月各{{trap/number:八百六十元}}，又帮我申请了低保。头一回去社区，我把材料弄错了三次，是{{han:凌翠萍}}一张一张帮我补齐的。街道民政的{{han:苏国梁}}来家里看过，说房子太潮，帮我们申请了公租房。城南小学的心理老师{{compound:南宫若溪}}每周跟女儿聊一次；区社工站派来的{{compound:呼延铁军}}教儿子打乒乓球。
访谈者：老家还有亲人吗？
受访者：我阿爸{{minority/uyghur:吾休尔·托乎提}}七十了，跟我弟弟在{{trap/place:库车}}种核桃。阿妈{{minority/uyghur:努尔比亚·艾山}}每天晚上跟孙女视频，给她唱歌。儿子说想吃奶奶做的{{trap/minority_word:薄皮包子}}，我做的他嫌不好吃。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，去年考了全班第二。班主任{{han:黎秋萍}}老师说他讲话带口音，有同学笑他是外国人，他跟人打了一架。{{han:黎秋萍}}没罚他，把两个孩子叫到一起，让他们各讲各的家乡。儿子讲{{trap/place:塔里木河}}，讲{{trap/minority_word:冰糖心}}苹果，讲{{trap/famous:阿凡提}}倒骑毛驴，后来那个同学成了他最好的朋友。
访谈者：孩子们想妈妈吗？
受访者：想。女儿睡不着就抱着她妈的围巾。儿子不说，可是他把他妈的照片设成了手机屏保。每年她妈的忌日，我们三个坐在一起念经，做一锅她最爱吃的饭。儿子说长大了也要开烤肉店，我说你先把书念好，开店的事以后再说。
访谈者：您自己身体怎么样？
受访者：烟熏火燎的，嗓子哑，腰也疼。有一回凌晨收摊，我在炉子边上晕倒了，是{{han:谭永康}}把我送到医院的。那天我躺在病床上想，我要是倒了，两个孩子怎么办。从那以后我每天早上带他们跑步，我自己也跑。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}那天不出摊，带孩子们坐车去南宁的{{trap/org:清真寺}}。{{minority/uyghur:阿卜杜克里木}}家里做了一大盘包子，{{minority/uyghur:麦麦提伊敏}}一个人吃了九个。老乡们弹{{trap/minority_word:都塔尔}}，女儿跟着转圈跳舞，那天她笑得最多。
访谈者：登记信息请您说一下。
受访者：现在住在{{address:江州区江南街道石景林社区新民路27号302房}}，老家在{{address:阿克苏市依干其乡巴格其村5组38号}}。我的身份证{{id_number@my1985x.652901}}，女儿的{{id_number@wy2018spaced.652901}}。电话{{mobile@p86h}}，{{han:凌翠萍}}的{{mobile@plain}}。我的微信{{wechat:salam_kawap99}}，买烤肉的都加。儿子有个QQ，说是上网课用的，号码他写在冰箱贴上：{{qq:１８３９４０２７６５}}。
访谈者：表上的名字写得对吗？
受访者：五花八门。社区的表上我是{{minority/uyghur:沙拉木•吾休尔}}，那个点是粗的；学校把儿子写成{{spaced:麦麦提伊敏 · 沙拉木}}，女儿成了{{spaced:古 丽 皮 亚}}，医院给孩子妈开的单子上是{{spaced:赛乃姆 卡斯木}}。
访谈者：您最盼什么？
受访者：盼孩子们好好念书，将来回阿克苏，也能在这边，去哪儿都行，别像我一样天天守着炉子。
""")

# H884: Hui widow from 同心 (宁夏) who works at a sugar refinery in 扶绥; her husband died on a night shift.
DOCS["H884"] = ("family", """\
访谈者：大姐，您在糖厂做什么工？
受访者：压榨车间，看传送带，榨季三班倒。我叫{{han:锁海英}}，经名{{minority/hui:哈蒂佳}}，老家{{trap/place:同心}}{{trap/place:韦州}}的。厂里人念不顺我的姓，都喊我{{han:海嫂}}，跟我男人的姓。
访谈者：您怎么到扶绥来的？
受访者：我男人{{han:海金山}}，经名{{minority/hui:尔麦尔}}，年轻时在{{trap/place:银川}}学的电焊，一四年跟着安装队到{{trap/place:扶绥}}修糖厂的锅炉，厂里留他做了维修工，我们一家就跟过来了。前年榨季他连上两个夜班，凌晨倒在车间里，送到医院说是脑出血，没救过来，才四十一。
访谈者：糖厂的活累吗？
受访者：累。榨季从十一月到第二年四月，机器一开就不停，车间里又热又吵，蔗渣的味道熏得人头疼。我刚进去的时候手被皮带刮过一回，缝了六针。不榨的时候活少，一个月两千出头。厂里给了一间宿舍，离车间近，下了夜班走五分钟就到家。
访谈者：孩子们呢？
受访者：一儿一女。儿子学名{{han:海文韬}}，经名{{minority/hui:舍姆斯}}，十三岁，在{{school:扶绥县第二中学初一（5）班}}。班主任也是回族，干脆把两个名字连着叫，{{minority/hui:海舍姆斯}}，全班都跟着叫。女儿{{han:海金莲}}，经名{{minority/hui:泽乃白}}，九岁，在{{school:新宁镇第一小学三年级（2）班}}。{{minority/hui:泽乃白}}她胆小，夜里要开着灯睡。
访谈者：他们爸爸走了以后呢？
受访者：{{minority/hui:舍姆斯}}一下子就长大了。放学回来先烧水、择菜，再把妹妹的作业看一遍。有一回我下了夜班回家，看见他趴在桌上睡着了，手里还捏着他爸的工牌。他爸走的那天凌晨，厂里打电话来，我把两个孩子关在家里跑去医院，人已经不行了。按我们的规矩人要早入土，这边没有回民公墓，是阿訇从南宁赶来，跟县里商量，在山上找了块地。下葬那天儿子一滴眼泪没掉，回来三天没说话。我心慌，出门老忘了{{trap/word:锁门}}，都是儿子跑回去锁的。
访谈者：有谁帮你们？
受访者：车间主任{{han:梁振东}}把我从三班倒调成了两班。厂工会的{{han:卢碧云}}帮我跑工亡补助，跑了大半年。社区的儿童主任{{han:韦丽珍}}给两个孩子报了困境儿童，每人每月{{trap/number:七百四十元}}，加上低保，日子过得下去。县民政局的{{han:何少华}}来核过一回，又帮我们问了工伤保险的事。县社工站的{{compound:申屠明远}}每月来一次，带儿子去打篮球；另一位社工{{compound:左丘思雨}}教女儿画画，陪她说话。工亡补助的官司是法援中心的{{compound:万俟立新}}帮着打的。学校食堂没有清真的，我每天早上做好两个饭盒让他们带着，女儿的班主任知道了，专门给她留了一张桌子。
访谈者：这边有回族乡亲吗？
受访者：不多。同心来的{{minority/hui:锁凯麦尔}}在厂里开铲车，是我远房堂弟，逢年过节给孩子们送牛肉，他的微信是{{wechat:kaimaier_tongxin}}，厂里要调班都是他在微信上告诉我。南宁{{trap/org:清真寺}}的{{minority/hui:虎侯赛尼}}阿訇每年来厂里看我们一次，他跟儿子说，男人的担子是一点一点挑起来的。
访谈者：老家还有谁？
受访者：婆婆{{han:罕玉梅}}，经名{{minority/hui:哈比白}}，七十一了，一个人在同心。她每个主麻日打电话来，一开口就叫我{{minority/hui:哈蒂佳}}，问孩子们礼拜了没有。婆婆想让孩子们回去读书，我舍不得这边的工钱，也舍不得他爸埋在这边。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}那天我请一天假，炸{{trap/minority_word:油香}}，给车间的人每人送两个。{{han:梁振东}}一个人吃了四个。{{minority/hui:泽乃白}}最爱听奶奶在电话里讲{{trap/famous:马本斋}}的故事，说长大了也要当兵。
访谈者：登记信息请您说一下。
受访者：住在{{address:扶绥县新宁镇糖厂生活区12栋3单元402室}}，老家{{address:同心县韦州镇韦一村三组16号}}。我的身份证{{id_number@wy1983fwhyphen.640324}}，女儿的{{id_number@wy2016.451421}}。我电话{{mobile@s74}}，{{han:韦丽珍}}的{{mobile@hyphen}}。我有微信，叫{{wechat:suohaiying_fusui}}。儿子有QQ，说跟同学对作业用，号码他写在床头的墙上：{{qq:62940815}}。
访谈者：表上的名字写得对吗？
受访者：低保表上我是{{spaced:锁 海 英}}，儿子被写成{{spaced:海 舍 姆 斯}}，女儿的经名写成{{spaced:泽乃 白}}，我男人的死亡证明上是{{spaced:海金 山}}。
访谈者：最后想说什么？
受访者：盼两个孩子好好念书。他爸走的那天早上还说，等{{han:海文韬}}考上高中，要带全家回一趟同心。
""")

# H885: Zhuang village child director (儿童主任) in 大新 (硕龙镇) reading out her register of left-behind and
# orphaned children.
DOCS["H885"] = ("staff", """\
访谈者：{{han:言主任}}，您手里这本是什么？
受访者：村里的儿童登记册，留守的、没爹没妈的、家里有人坐牢的、残疾的，都在这本里。我叫{{han:言翠英}}，在{{trap/place:硕龙镇}}隘江村当儿童主任第六年了。我一户一户念，你对着记。
访谈者：您做儿童主任之前做什么？
受访者：在家种甘蔗，也在村小代过两年课。我男人在外地打工，我自己的两个孩子小时候也是留守，我知道那是什么滋味。刚当儿童主任那年，一个月补贴才三百块，钱少，事多，可是看着这些娃一年一年长起来，心里踏实。
访谈者：好，那您念吧。
受访者：第一户，{{han:磨春雷}}，男，十岁，在{{school:硕龙镇中心小学四年级（2）班}}。爸妈在{{trap/place:东莞}}的电子厂，跟奶奶{{han:黄妹仙}}过。奶奶七十一，白内障，{{han:磨春雷}}他每天早上牵着奶奶去菜地，村里人都叫他{{han:特雷}}。他的身份证{{id_number@my2014.451424}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:隆小凤}}，女，十二岁。爸爸在贵州的矿上出了事，妈妈前年病死了，现在跟伯父{{han:隆德安}}过。孤儿基本生活费每月{{trap/number:一千五百一}}，打在她自己的卡上。家里叫她{{han:达凤}}，{{han:达凤}}也懂事，放学就去割猪草。住{{address:大新县硕龙镇隘江村三组9号}}，伯父的电话{{mobile@plus86dash}}。
访谈者：第三户？
受访者：第三户，{{han:零海燕}}，女，十三，在{{school:大新县民族中学八年级（6）班}}住校。爸爸{{han:零志军}}在边上帮人走私冻肉，判了四年，妈妈跑了。她跟姑妈过，服刑人员子女补助是我去县里跑下来的。{{han:零海燕}}的QQ是她自己念给我的，我记在本子最后一页：{{qq:904718263}}，有事她就在上面找我。
访谈者：第四户？
受访者：第四户，{{han:农天宝}}，男，八岁，脑瘫，不会走路，我们都叫他{{han:特宝}}。妈妈{{han:许春桃}}在家守着他，爸爸在镇上打{{trap/word:零工}}。残疾人两项补贴每月一共{{trap/number:二百九十元}}，另外有低保。外公{{han:许有能}}能下地，种了三亩甘蔗，打{{trap/word:农药}}都是他一个人背着桶去。住{{address:大新县硕龙镇隘江村五组22号}}，{{han:许春桃}}的身份证{{id_number@wy1990tri.451424}}。
访谈者：第五户？
受访者：第五户是一对双胞胎，{{han:禤金花}}、{{han:禤银花}}，七岁，在{{school:硕龙镇中心小学一年级（1）班}}。爸妈在深圳，一年回来一次，跟爷爷{{han:禤荣昌}}过。姐妹俩长得一模一样，我到现在还常常叫错。
访谈者：还有吗？
受访者：还有一户，户口在我们村，人不在。{{han:农志坚}}在工地上摔伤了，老婆孩子在凭祥，凭祥那边的{{han:麻玉兰}}打电话来跟我对过材料。两个孩子，一个叫{{minority/mongolian:阿穆尔吉日嘎拉}}，一个叫{{minority/mongolian:额尔敦苏伦}}，是蒙古名，我抄了三遍才抄对。他老娘{{han:黄爱莲}}隔几天就来问我，孙子的补助批下来没有。
访谈者：你们是怎么发现这些孩子的？
受访者：一是我挨家挨户走，二是学校报，三是邻居讲。村支书{{han:赵永勤}}开会的时候也让各屯的屯长留心。镇民政的{{han:黄启航}}每个季度下来核一次。镇社工站的{{compound:第五思彤}}跟第三户、第四户，县里的督导{{compound:百里嘉言}}每月来查台账，上个月还带来了{{trap/org:县残联}}的人给{{han:特宝}}量轮椅。
访谈者：最让您放不下的是哪一户？
受访者：第四户。{{han:特宝}}不会说话，可是认得人，我一进门他就笑，伸手要我抱。他妈一个人守了八年，腰都累坏了。去年冬天孩子得肺炎，住了二十天院，钱是村里和镇上凑的。我最怕哪天大人撑不住了，这孩子怎么办。
访谈者：留守的孩子有什么共同的难处？
受访者：爷爷奶奶管得了吃，管不了学，手机一拿就是半夜。我们在村部开了个儿童之家，放学后孩子可以来写作业、看书，周末有志愿者来上课。夏天最怕溺水，我天天拿喇叭在河边喊。
访谈者：孩子们平时有什么开心的事？
受访者：{{trap/minority_word:三月三}}村里做{{trap/minority_word:五色糯米饭}}，唱山歌，孩子们最高兴。去年社工带他们去{{trap/place:德天瀑布}}，{{han:禤银花}}说那是她头一回看见那么大的水。晚上我给他们讲{{trap/famous:刘三姐}}对歌的故事，{{han:隆小凤}}听完就会唱两句。
访谈者：登记表上的名字都写对了吗？
受访者：错过几回。县里的名单上写成{{spaced:磨 春 雷}}，还有{{spaced:禤　金　花}}，社工的名字被写成{{spaced:第 五 思 彤}}，{{spaced:零海 燕}}中间也空了一格。
访谈者：您的联系方式呢？
受访者：我电话{{mobile@s38}}，微信是{{wechat:yancuiying_aijiang}}，村里的家长都加了。
""")

# H886: Han primary-school headmaster in 龙州 (水口镇) who knows every family of his pupils.
DOCS["H886"] = ("teacher", """\
访谈者：{{han:向校长}}，您在水口教了多少年书？
受访者：二十二年，当校长是第八年。我叫{{han:向朝阳}}，湖南人，师范毕业分到{{trap/place:龙州}}，娶了本地老婆就没走。家长们都叫我{{han:老向}}。学校四百来个孩子，一大半爸妈在外头，哪家什么情况，我心里都有本账。
访谈者：能说几家吗？
受访者：先说{{han:蒙天赐}}，在{{school:水口镇中心小学五年级（1）班}}。爸妈离了婚，爸爸去了广东再没回来，妈妈嫁到{{trap/place:越南}}那边，两头都不管。他跟太奶奶过，太奶奶八十六了。镇里给他报了事实无人抚养，学校不收他的餐费，校服也是学校出的。{{han:蒙天赐}}他成绩中等，字写得全校最好。
访谈者：还有呢？
受访者：{{han:黎明珠}}，在{{school:水口镇中心小学三年级（2）班}}。爸爸{{han:黎永福}}运毒判了十年，关在南宁；妈妈是越南人，叫{{han:阮氏玉}}，没有身份，孩子爸出事以后她就回了{{trap/place:高平}}。{{han:黎明珠}}跟着奶奶，奶奶天不亮就去边贸点背货，一趟二十块。服刑人员子女的补助，是我让班主任{{han:滕丽华}}帮着申请的。
访谈者：学校里这样的孩子多吗？
受访者：多。还有{{han:韦有才}}，六年级，爸爸在工地摔死了，妈妈改嫁，跟叔叔过。{{han:韦有才}}是真有才，{{trap/minority_word:天琴}}弹得好，县里比赛拿了第一。每个学期我都要向镇民政办的{{han:冯玉堂}}报一次名单，谁家出了事，他那边比我晚知道。
访谈者：您是怎么知道每家情况的？
受访者：家访。当老师的头几年，每个周末我都骑摩托车下村，一个屯一个屯地跑，下雨天要推着车走。现在路修好了，我开车去，也还是跑。家长在外面的，我就跟爷爷奶奶坐在火塘边聊，他们说壮话，我说湖南话，聊着聊着就懂了。十年前有个学生，爸爸坐牢，妈妈走了，跟着瞎眼的奶奶，天天迟到，因为早上要给奶奶做饭。我没罚他，每天在校门口给他留一个馒头。后来他考上了南宁的大学，毕业回来就在我们学校当老师，他跟孩子们说，校长的馒头他吃了六年。
访谈者：您怎么跟这些家长联系？
受访者：在外打工的都加了微信。{{han:蒙天赐}}的爸爸不接电话，我就给他发语音，他的微信是{{wechat:mengxiaojun_gz}}，半年回过我一次。{{han:滕丽华}}的微信是{{wechat:tlh_shuikou}}，家长有事多半先找她，她还建了个QQ群，她自己的QQ是{{qq:590273164}}。{{han:黎明珠}}奶奶不识字，我每个月去一趟她家，在{{address:龙州县水口镇共和村那坡屯17号}}。
访谈者：这些孩子的补助能按时到吗？
受访者：现在都按月打到卡上，比以前好。以前要家长自己去镇里领，爷爷奶奶走不动，一拖就是几个月。我们把名单报上去，{{han:冯玉堂}}那边核完就发。学生在学校里有什么情况，班主任第一时间告诉我，我再告诉镇里。
访谈者：学校有哪些人手？
受访者：教导主任是{{compound:钟离静怡}}，她管助学金的台账。县教育局派来的心理老师叫{{compound:宗政雨萱}}，每周来一天。去年还来了个支教老师，内蒙古的，叫{{minority/mongolian:哈斯额尔顿}}，教体育，{{minority/mongolian:哈斯额尔顿}}他带孩子们摔跤，全校都疯了。大学生志愿者{{compound:夏侯秋实}}暑假办了个夏令营。
访谈者：这些孩子平时最缺什么？
受访者：缺人陪。钱现在有政策，吃穿不愁，可是晚上没人问一句作业写了没有。我们开了个晚托班，老师轮流守到八点。{{trap/minority_word:侬峒节}}的时候带孩子们去看抢花炮，去看{{trap/famous:胡志明}}住过的旧址，讲{{trap/famous:冯子材}}守关的故事。学校比以前好多了，有了新教学楼、食堂、宿舍，就是年轻老师留不住，待两年就考走了。我不怪他们，这边离县城远，谈对象都难。
访谈者：孩子们的证件信息有吗？
受访者：有。{{han:蒙天赐}}的身份证{{id_number@my2014hyphen.451423}}，太奶奶的电话{{mobile@spaced}}。{{han:黎明珠}}的身份证{{id_number@wy2016x.451423}}。{{han:韦有才}}有个QQ，号码他用粉笔写在教室后黑板的角上：{{qq:3062958417}}。我自己的电话{{mobile@p86n}}。
访谈者：名册上的名字有写错的吗？
受访者：有。县里的表把孩子写成{{spaced:蒙 天 赐}}，支教老师成了{{spaced:哈 斯 额 尔 顿}}，教导主任是{{spaced:钟　离　静　怡}}，{{spaced:黎明 珠}}也被拆成了两截。
访谈者：您最想说什么？
受访者：孩子们比我们小时候苦的地方不一样。我只盼他们长大了，记得有人管过他们。
""")

# H887: Naxi-born township social worker in 宁明 (surname 和, married into the region) who handles 事实无人抚养 cases.
DOCS["H887"] = ("staff", """\
访谈者：{{han:和社工}}，您这个姓在这边少见吧？
受访者：少见。我是{{trap/place:丽江}}的纳西族，叫{{han:和丽君}}，大学在南宁读的社工，嫁给了{{trap/place:宁明}}人{{han:黄国栋}}，就留下了。同事们都叫我{{han:和姐}}。我在{{trap/place:明江镇}}社工站，专门跟事实无人抚养的案子。
访谈者：什么样的孩子算事实无人抚养？
受访者：简单说，爸妈都在，又等于都不在：一个死了或者坐牢，另一个失联、重残或者也在坐牢。政策上按孤儿那样给钱，每月{{trap/number:一千二百九}}。我手上有九个，说三个吧。
访谈者：好。
受访者：第一个，{{han:潘雨彤}}，女，十岁，在{{school:明江镇第二小学四年级（3）班}}。爸爸{{han:潘建勇}}吸毒，强制隔离戒毒两年；妈妈三年前出去打工，就再也联系不上了。孩子跟叔公{{han:潘德厚}}过。站长说这个案子交给{{han:和姐}}，我就接了，光是找她妈就登了两回报。{{han:潘雨彤}}的身份证{{id_number@wy2015fwspaced.451422}}。
访谈者：第二个？
受访者：第二个是回族孩子。爸爸{{han:马忠贵}}从临夏来，在县城开拉面馆，前年打架伤了人，判了五年；妈妈是本地人，改嫁以后不来往了。两个孩子，姐姐{{han:马晓雪}}，经名{{minority/hui:海里迈}}，十二岁；弟弟经名{{minority/hui:伊斯海格}}，九岁，学校的表上写的是{{minority/hui:马伊斯海格}}。现在跟奶奶过，奶奶是从临夏过来的，汉话不太会说，我去的时候都是{{minority/hui:海里迈}}给我们翻译。住在{{address:宁明县城中镇北门街清真巷6号}}。
访谈者：第三个？
受访者：第三个，{{han:陆思源}}，男，十四岁，在{{school:宁明县第三初级中学八年级（2）班}}。爸爸在{{trap/place:爱店}}口岸开货车出了事，人没了；妈妈智力残疾，一级，自己都照顾不了自己。他跟大伯{{han:陆金保}}过。{{han:陆思源}}话少，我跟他聊了五次，他才肯叫我一声{{han:和阿姨}}。
访谈者：做这些案子最难的是什么？
受访者：证明“找不到人”最难。要派出所出证明、要登报、要等满六个月。村民常问我，{{han:和社工}}和民政的人一起来吗？他们信民政的公章，不信我这张嘴。县民政局管这块的是{{compound:乐正晓棠}}，我们每周对一次台账；站里的同事{{compound:司寇婉清}}跟第二个案子，{{compound:仲孙浩宇}}跟第三个。
访谈者：您自己家里人支持吗？
受访者：我阿妈{{han:和桂芳}}在{{trap/place:玉龙}}，总说我嫁得太远。{{trap/minority_word:三多节}}我回不去，她就在视频里给我看{{trap/minority_word:东巴}}跳舞。我男人支持，周末我下村，他就在家带孩子。我和{{han:黄国栋}}说好了，这份工我要一直做下去。
访谈者：您当初为什么选社工这一行？
受访者：我小时候在丽江乡下，爸爸在外地修路，妈妈一个人带我们三个。村里有个阿姨每个月来我家一趟，帮我妈填表、领救济，我长大了才知道那就是社工。刚来宁明的时候不习惯，太热、太潮，衣服晒三天都不干。村里老人只说壮话，我学了五年，能听懂七八成。有一回去一个孩子家，屋里什么都没有，孩子就着井水啃生红薯，我回到站里关上门哭了一场。站长说，哭完了就去干活，孩子等着。
访谈者：事实无人抚养的钱是怎么发的？
受访者：村里报，镇里审，县民政局批，钱每个月打到孩子的账户上，监护人代管。我们每半年回访一次，看钱是不是花在孩子身上。有的监护人拿了钱去买酒、打牌，我们就上门谈，谈不通就报到县里，换监护人。去年就换过一个，爷爷天天喝醉，孩子饿着肚子上学，后来送到了姑姑家。姑姑人{{trap/word:和气}}，孩子半年胖了六斤。
访谈者：孩子们知道自己是“事实无人抚养”吗？
受访者：大的知道。我们尽量不在孩子面前说这几个字，填表的时候也不让他们看见。有个孩子问我，阿姨，我是不是孤儿？我说你不是，你有爸爸妈妈，只是他们现在照顾不了你，我们先照顾着。他想了想说，那我等他们。
访谈者：这些孩子现在怎么样？
受访者：慢慢好。{{han:马晓雪}}考了全班第三，弟弟去年还去{{trap/place:花山}}春游了。{{han:潘雨彤}}会笑了。我心里最大的事，是这几个孩子十八岁以后怎么办。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plus86}}，工作微信{{wechat:helijun_mingjiang}}。{{han:陆金保}}的电话{{mobile@fws}}。{{han:马晓雪}}有QQ，号码她写在作业本封皮上：{{qq:71839265}}。
访谈者：名字在表上写得对吗？
受访者：常出错。我自己被写成{{spaced:和 丽 君}}，孩子成了{{spaced:海 里 迈}}，{{spaced:乐正 晓棠}}也被分成两截，{{spaced:司　寇　婉　清}}更是没人认得。
""")

# H888: Han aunt in 天等 raising the two children of her sister, who is in prison.
DOCS["H888"] = ("family", """\
访谈者：大姐，这两个孩子是您带着？
受访者：我外甥和外甥女。我叫{{han:岑凤娟}}，住在{{trap/place:天等}}{{trap/place:向都镇}}。孩子是我妹{{han:岑凤玲}}的，她在监狱里，判了七年，还有四年多。
访谈者：她因为什么进去的？
受访者：帮人从边境往这边带东西，说是带药，其实是毒品。她男人{{han:甘永福}}先吸上的，欠了一屁股债，我妹是被{{han:甘永福}}那帮朋友骗去的。{{han:甘永福}}前年吸多了，死在出租屋里。
访谈者：您妹妹以前是什么样的人？
受访者：她小时候最乖，读书比我好，考上了县里的高中。家里穷，读到高二就出去打工，在南宁的服装厂认识了{{han:甘永福}}。我爸妈不同意，她偷偷跟他走了。头几年还好，他开摩托拉客，她在菜市场卖菜。后来他跟着一帮人学坏了，家里的东西一样一样被他拿去卖。她跟我哭过好多回，我劝她离，她舍不得孩子。
访谈者：孩子们多大？
受访者：外甥{{han:甘浩然}}十一岁，我们叫他{{han:浩仔}}，在{{school:向都镇中心小学五年级（3）班}}。外甥女{{han:甘可欣}}七岁，叫{{han:阿欣}}，在{{school:向都镇中心小学一年级（1）班}}。{{han:阿欣}}也不记得她爸长什么样了，只记得她妈。刚来我家的时候，外甥女天天哭着找妈，晚上尿床；外甥不哭，也不说话，吃完饭就进屋。我家两个孩子开始也不乐意，说房间被占了。现在四个孩子好了，天天一起上学，一起挨骂。
访谈者：您自己家里呢？
受访者：我男人{{han:陆建林}}在{{trap/place:南宁}}开货车，一个月回来两趟。我自己也有两个孩子，四个孩子挤在一间房里。我在地里种{{trap/word:指天椒}}，农忙的时候让{{han:浩仔}}带着妹妹写作业。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:赵巧玲}}，有事我就找{{han:赵巧玲}}，她的微信是{{wechat:zhaoql_dongping}}。她帮两个孩子报了服刑人员子女补助，每人每月{{trap/number:七百二十元}}。镇民政办的{{han:都建民}}都来过三回了，帮我们办了低保。镇司法所的{{han:凌所长}}帮我联系监狱，办了会见。县里请的律师{{compound:太史嘉禾}}帮我妹问过减刑的事。社工站的{{compound:公羊思琪}}每个月来一次，陪两个孩子画画、讲故事。
访谈者：孩子们去看过妈妈吗？
受访者：去过两回，在{{trap/org:广西女子监狱}}。头一回{{han:阿欣}}隔着玻璃喊妈妈，喊完就哭，{{han:岑凤玲}}也哭。第二回{{han:浩仔}}不肯进去，在外面蹲着，出来以后一路没说话。我让他给{{han:岑凤玲}}写信，他写了两行就撕了。
访谈者：您妹妹在里面说了什么？
受访者：她瘦了，头发剪短了。她说在里面学缝纫，一个月能挣几十块，攒着给孩子买书。她最怕孩子恨她，每回都问，{{han:浩仔}}有没有骂我。我说没有，其实他骂过，骂完了又躲起来哭。等她出来，先在我这边住着，找份工，再把孩子接回去。两个孩子的学费我一直记着账，不是要她还，是让她知道孩子是怎么长大的。
访谈者：孩子们在学校怎么样？
受访者：{{han:浩仔}}成绩不好，跟同学打过架，有人说他妈是犯人。班主任{{han:黄桂枝}}老师找那几个孩子谈了话，还在班上开了个会。{{han:阿欣}}倒是开心，跟谁都玩得来。学校每个星期三下午有个心理课，班主任说他那节课从来不逃。
访谈者：您自己累吗？
受访者：累也得撑着。有时候半夜想，我妹出来的时候，{{han:浩仔}}都十五了，不知道还认不认她。心里堵的时候，我就打{{trap/hotline:12338}}跟人说说话。
访谈者：登记信息请您说一下。
受访者：家在{{address:天等县向都镇东平村那造屯8号}}。我的身份证{{id_number@wy1986spaced.451425}}，{{han:甘浩然}}的{{id_number@my2014fullwidth.451425}}。我电话{{mobile@hyphen}}，{{han:赵巧玲}}的{{mobile@s434}}。我的微信叫{{wechat:cenfj_xiangdu}}。{{han:浩仔}}有个QQ，跟同学打游戏用，号码他写在门背后：{{qq:2851039647}}。我自己也有QQ，号是{{qq:４７０３９１８２６}}，很少上。
访谈者：表上的名字写得对吗？
受访者：补助表上孩子成了{{spaced:甘 浩 然}}，我妹的名字写成{{spaced:岑　凤　玲}}，律师被写成{{spaced:太 史 嘉 禾}}，社工是{{spaced:公羊 思琪}}。
访谈者：最后想说什么？
受访者：我就想跟我妹说一句：孩子我带得好好的，你在里面好好改造，早点回来，{{han:玲妹}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=881,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
