# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 163 (tests/pii/holdout163/H1289-H1296 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 162, written at the same time, is not
an earlier set).

Set 163 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
禹城 and 莱阳 (Shandong): a Mongolian grandfather from 太仆寺旗 raising his grandson in 禹城 (张庄镇) after his son
was killed on the road and the boy's mother left; an Amdo Tibetan mother from 河南县 (黄南) who works on the filling
line of a 莱阳 pear-juice plant and raises twins while her Han husband is in prison; a Uyghur father from 英吉沙 who
sells knives and naan in 市中街道, his wife dead of leukaemia and his daughter deaf; a Hui grandmother from 东乡
(临夏) raising her granddaughter in 城厢街道 while her son is in a psychiatric hospital and the mother has left; a
Han 儿童主任 in 房寺镇 reading out her register; a Han social worker in 古柳街道 who keeps up with her children and
families on WeChat; a Han grandfather in 照旺庄镇 raising a grandson with autism; and a Han head teacher in 伦镇
talking about a girl who lives alone with her grandmother. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names used whole and with a short form (衮布扎木苏
then 衮布, 铁木尔巴根, 浩毕斯巴特尔, 苏德格日勒, 阿迪亚, 舍冷爷爷), a Han surname before a Mongolian given name
(鲍阿尔斯冷) beside 阿尔斯冷他 and the Han names and forms of address of the same people (鲍振岭, 鲍海军, 鲍子轩,
鲍大爷, 鲍老汉, and 狮子娃 from the meaning of the boy's name); Amdo Tibetan names of 河南县 (南拉措, 才藏加,
切吉措毛, 官却吉毛, 更登多杰, 娘吉本) with short forms (南拉, 才藏, 切吉; 才藏才八岁), a Han surname before a Tibetan
given name (姜才藏) and the Han names of Tibetans (姜浩川, 姜浩月, and the mother called 姜嫂 after her husband);
Uyghur given name + father's name with the dot (牙合甫·吐尔贡, 奴尔曼古丽·艾散, 乃则尔·牙合甫, 玛丽亚木·牙合甫,
吐尔贡·哈力克), without it (乃则尔牙合甫) and single names and short forms (牙合甫, 奴尔曼古丽, 乃则尔他, 玛丽亚木她,
帕尔曼, 布帕塔木, 图拉洪, 买买提艾力); Han-form Hui names (马玉芳, 马志勇, 韩晓梅, 马雨诺, 白永福阿訇) beside 经名
used alone (海丽买, 牙古白, 纳斯丽她, 卡丽麦她, 宰娜, 阿布都, 安妮萨), a 临夏 尕- nickname (尕麦) and a Han surname
before a 经名 (马卡丽麦, 马尕西木); Han names with common and rare surnames of the region (鲍, 魏, 翟, 庞, 邢, 付, 禹,
房, 展, 邵, 杜, 牛, 孟, 邸, 韦 in 禹城; 姜, 栾, 曲, 宫, 迟, 修, 慕, 衣, 初, 矫, 柳, 吕, 隋, 林, 宋 in 莱阳); surnames that
are also ordinary words next to grammar words (有福田有辆三轮, 就桂兰就是, 要丽萍要了, 能海鹰能帮, 把振东把,
还凤霞还常, 都长明都跑了, 让翠英让她孙子, 和春生和他妈, 被雅婷被她舅舅, 也小川也懂事, 向长贵向亲戚, 才梦瑶才十二)
beside ordinary words that start with a surname character of the voices (鲍鱼, 和面, 马路, 房子, 迟到, 吕剧, 曲子,
柳条, 牛奶, 高兴, and the places 禹城 and 房寺镇 beside 禹大夫, 禹主任, 房主任); names that contain words (曲向阳,
翟春雨, 有福田, 和志远, 也小川, 才宝山); titles and kin words after names (翟秀梅老师, 庞丽君老师, 邵景川大夫,
白永福阿訇, 吕慧芳老师, 舍冷爷爷; the span is the name only), a surname with only a title or kin word, annotated
whole (鲍大爷, 邢所长, 付大姐, 禹大夫, 姜嫂, 马奶奶, 房主任, 禹主任, 展警官, 迟姐, 吕大娘, 孙支书, 邸老师, 杜二叔,
韦大夫), nicknames and local forms of address, annotated whole (鲍老汉, 狮子娃, 大嫚儿, 石柱儿, 老栾头); names directly
before particles, pronouns and verbs (魏丽娜她, 姜立伟他, 曲向阳说, 魏凤兰她, 林德厚他, 大嫚儿她, 初永刚他,
公良亦舒她, 老栾头他, 曲海涛他, 高春梅她, 杜佳宁也) and after 叫/是/给/跟/找/让/和 (叫衮布扎木苏, 是鲍阿尔斯冷,
给舍冷, 跟图拉洪, 跟禹主任说, 找高春梅, 让吕大娘, 才藏和切吉, 给能秀珍), and names closing the last sentence
(是邹晓玲。, 是高春梅。); names spaced out character by character in half- and full-width spaces (衮 布 扎 木 苏,
切 吉 措 毛, 奴 尔 曼 古 丽, 马 卡 丽 麦, 向　佳　怡, 东 门 若 曦, 西　门　映　雪, 微 生 若 谷, 东 郭 沐 晴,
端　木　晚　晴, 羊 舌 婉 清), dotted names with spaces around the dot (牙合甫 · 吐尔贡, 玛 丽 亚 木 · 牙 合 甫) and
names split in two (阿尔 斯冷, 苏德　格日勒, 姜　才藏, 乃则尔　牙合甫, 马志 勇, 才梦 瑶, 栾雪 晴, 曲长 福, 牛桂 香,
南门　知远); compound surnames after ordinary words (夏侯, 太叔, 澹台, 轩辕, 亓官, 宗政, 百里, 漆雕, 东门, 梁丘,
第五, 西门, 公良, 微生, 乐正, 东郭, 端木, 公西, 羊舌, 南门, 公羊 after 社工站的/志愿者叫/律师叫/还有个叫/新来的/
督导叫/站长/同事/叫/心理老师/带着志愿者); and numbers read out and written the many ways people do (IDs 6-8-4
spaced or hyphenated, 6 4 4 4, read out in threes, full width whole, with hyphens or spaced, with an X check digit;
mobiles in the shapes of ``_setkit`` including ``+86`` with no space and full width; a QQ number in full-width
digits; a ``wxid_`` WeChat id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:就桂兰}}``, ``{{qq:5820471936}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@woldtri.622926}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth/fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 爷爷) and a particle, pronoun
or verb written directly after a name (她, 他, 说, 也, 就, 都, 还, 要, 能, 有, 把, 被, 让, 向, 才, 和) are outside the
span; a surname with only a title or kin word (鲍大爷, 姜嫂, 马奶奶, 迟姐, 吕大娘, 杜二叔) and a nickname or local form
of address (鲍老汉, 狮子娃, 大嫚儿, 石柱儿, 老栾头) are annotated whole. Han-style names of Mongolian, Tibetan and Hui
people (鲍振岭, 姜浩川, 马玉芳, 白永福) are category han; a Han surname before a non-Han given name (鲍阿尔斯冷,
姜才藏, 马卡丽麦, 马尕西木) is category minority, and so is a nickname made from a non-Han name (尕麦).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout163/make_holdout163.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(163_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178", "181",
                   "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1289: Mongolian grandfather from 太仆寺旗 raising his grandson in 禹城 (张庄镇) after his son died and the boy's
# mother left.
DOCS["H1289"] = ("family", """\
访谈者：大爷，听您口音不是本地人吧？
受访者：不是，俺是内蒙古{{trap/place:太仆寺旗}}的，放了一辈子羊。我叫{{minority/mongolian:衮布扎木苏}}，身份证上的汉名是{{han:鲍振岭}}。来{{trap/place:禹城}}三年了，街坊都喊我{{han:鲍老汉}}，小孩子喊{{han:鲍大爷}}。老家的人还是叫我{{minority/mongolian:衮布}}。
访谈者：怎么到禹城来了？
受访者：儿子{{minority/mongolian:铁木尔巴根}}年轻时在{{trap/place:锡林浩特}}当兵，退伍后跟战友来这边的糖厂上班，娶了本地媳妇{{han:魏丽娜}}。他登记的汉名叫{{han:鲍海军}}。前年冬天他下夜班，电动车撞上了拉玉米的拖拉机，人当场就没了。{{han:魏丽娜}}她守了半年，说熬不住，去了{{trap/place:济南}}，后来电话也换了。孙子没人管，我就把羊卖了，一个人过来。
访谈者：孙子多大了？
受访者：十岁。他爸给起的名叫{{minority/mongolian:阿尔斯冷}}，蒙语是狮子的意思。学校花名册上写的是{{minority/mongolian:鲍阿尔斯冷}}，户口本上的汉名叫{{han:鲍子轩}}。班主任{{han:翟秀梅}}老师嫌名字长，叫他{{han:狮子娃}}，他也乐意答应。在{{school:禹城市张庄镇中心小学四年级（2）班}}。
访谈者：孩子知道爸爸的事吗？
受访者：知道。{{minority/mongolian:阿尔斯冷}}他头几个月天天夜里哭，抱着他爸的旧军装睡。现在好点了，就是话少，放学回来趴在桌上画马，画的都是俺老家的马。
访谈者：您刚来的时候习惯吗？
受访者：不习惯。草原上一眼望出去几十里没个人，这边村挨着村，出门就是人。吃的也不一样，这边人爱吃面条、煎饼，俺顿顿离不了肉，可肉贵，一个礼拜买一回。头一年冬天，俺不会烧这边的炉子，差点煤气中毒，是隔壁听见孩子哭，砸开门把俺俩拖出来的。打那以后，俺屋里装了个报警器，是村里给买的。
访谈者：你们爷孙俩靠什么过日子？
受访者：我在镇上养牛场给人铡草，一个月两千出头。村里的儿童主任{{han:庞金凤}}给孙子报了事实无人抚养，一个月{{trap/number:一千二百三十元}}，我这边也办了低保。镇民政所的{{han:邢所长}}来核过两回。县社工站的{{compound:夏侯语桐}}每周来一趟，陪孩子写作业，跟她一块儿来的志愿者叫{{compound:太叔书砚}}，教他下象棋。
访谈者：老家那边还有人吗？
受访者：有。我弟弟{{minority/mongolian:舍冷}}还在{{trap/place:宝昌镇}}边上放羊，每年秋天寄两箱{{trap/minority_word:奶豆腐}}、一袋{{trap/minority_word:炒米}}过来。侄女{{minority/mongolian:阿迪亚}}在旗医院当护士，孙子一发烧我先给她打视频。嘎查达{{minority/mongolian:浩毕斯巴特尔}}也来过电话，说{{minority/mongolian:衮布}}你实在过不下去就回草原。我老伴{{minority/mongolian:苏德格日勒}}走得早，要是她还在，孩子也不至于受这份罪。
访谈者：孩子在学校怎么样？
受访者：数学好，语文差，“的地得”老用错。{{han:翟秀梅}}老师每天放学留他半个钟头。有一回同学笑他是“蒙古蛮子”，他跟人动了手，是{{han:翟秀梅}}把两家大人叫到一块儿说开的。食堂的{{han:付大姐}}每天多给他打一勺菜。
访谈者：您自己身体怎么样？
受访者：腿上有风湿，这边夏天潮，膝盖肿得跟馒头似的。镇卫生院的{{han:禹大夫}}给我扎针，不收钱。我最怕哪天我倒下了，{{minority/mongolian:阿尔斯冷}}怎么办。{{han:庞金凤}}说真到那一步有政府兜着，叫我别瞎想。
访谈者：您跟孩子平常说蒙语吗？
受访者：说一点。他爸在的时候不教，说在这边用不上。现在俺每天晚上教他几句，教他数数、认颜色，教他唱俺们那边的长调。他学得快，就是舌头卷不过来。有一回他在电话里用蒙语给{{minority/mongolian:舍冷}}爷爷问好，把{{minority/mongolian:舍冷}}高兴得在那头直抹眼泪。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}那天我给孙子煮手把肉，冲着北边磕个头。孙子问我{{trap/famous:成吉思汗}}是不是咱家亲戚，我说是老祖宗。邻居{{han:有福田}}有辆三轮，过年拉我们去城里看灯。{{han:有福田}}有回问我：“{{han:鲍老汉}}，你这辈子吃过{{trap/word:鲍鱼}}没有？”我说没有，草原上只有羊。
访谈者：登记表上的信息麻烦您说一下。
受访者：俺们租的房在{{address:禹城市张庄镇后刘村二组17号}}，老家户口在{{address:太仆寺旗永丰镇巴彦查干嘎查三组8号}}。我的身份证{{id_number@moldspaced.152527}}，孙子的{{id_number@my2015quad.371482}}。我电话{{mobile@s434}}，{{han:庞金凤}}的{{mobile@hyphen}}。孙子拿我的旧手机注册了个QQ，说跟同学比赛画画，号码他拿彩笔写在门框上：{{qq:5820471936}}。{{minority/mongolian:阿迪亚}}的微信是{{wechat:adiya_tpsq0712}}。
访谈者：名字在各种表上写得对吗？
受访者：没一张一样。低保表上我是{{spaced:衮 布 扎 木 苏}}，学校把孙子写成{{spaced:阿尔 斯冷}}，我老伴在户口本上是{{spaced:苏德　格日勒}}。
访谈者：您最盼啥？
受访者：盼孙子长大，带他回草原，看看他爸小时候放羊的那片坡。
""")

# H1290: Amdo Tibetan mother from 河南县 (黄南) who works in a 莱阳 pear-juice plant and raises twins; her Han husband
# is in prison.
DOCS["H1290"] = ("family", """\
访谈者：阿姐，您在果汁厂干了多久了？
受访者：四年多了，在灌装车间看线。我叫{{minority/tibetan:南拉措}}，老家是青海{{trap/place:河南县}}，不是河南省，好多人一听就以为我是河南人。家里人叫我{{minority/tibetan:南拉}}，厂里人跟着我男人的姓喊我{{han:姜嫂}}。
访谈者：您怎么到莱阳来的？
受访者：我男人{{han:姜立伟}}以前开大货车，往{{trap/place:西宁}}拉{{trap/word:莱阳梨}}，路过我们{{trap/place:黄南}}，在我家帐篷边上买酸奶认识的。结婚以后跟他回了{{trap/place:莱阳}}。前年他喝了酒开车，把人撞死了，判了四年半。{{han:姜立伟}}他在里面写信，说对不起我们娘仨。
访谈者：孩子们呢？
受访者：一对双胞胎，八岁，一男一女。哥哥叫{{minority/tibetan:才藏加}}，妹妹叫{{minority/tibetan:切吉措毛}}，名字是我阿妈请寺里的师父起的。户口上跟爸爸姓，叫{{han:姜浩川}}、{{han:姜浩月}}。学校点名的时候念成{{minority/tibetan:姜才藏}}，一半汉一半藏，他也答应。在家我叫他俩{{minority/tibetan:才藏}}和{{minority/tibetan:切吉}}。{{minority/tibetan:才藏}}才八岁就会帮我拖地，{{minority/tibetan:切吉}}跟在哥哥后头学。两个人都在{{school:莱阳市龙旺庄街道中心小学二年级（4）班}}。
访谈者：孩子们在学校怎么样？
受访者：哥哥数学好，妹妹爱唱歌。学校六一联欢，{{minority/tibetan:切吉}}穿着我给她做的藏袍上台，唱了一首阿妈教的歌，底下的家长都拍手。哥哥不爱出风头，可是跑步快，运动会拿了个第二。老师说两个孩子普通话比我说得还好，我听了又高兴又有点难受，怕他们把老家的话忘了。所以每天晚上我跟他们说一会儿藏话，数数、叫东西的名字，哥哥学得快，妹妹老把牦牛说成羊。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:栾春霞}}帮两个孩子报了服刑人员子女补助，一个月{{trap/number:八百六十元}}。班主任{{han:曲向阳}}老师是男的，每天放学把两个孩子送到厂门口。车间主任{{han:宫德明}}把我调到了白班。住我们楼下的{{han:就桂兰}}就是厂里的老职工，我上夜班那阵子，孩子都搁她家睡。区社工站的{{compound:澹台语冰}}每月来家访，还有一个律师叫{{compound:轩辕明朗}}，帮我问过探视的事。
访谈者：老家那边呢？
受访者：我阿妈{{minority/tibetan:官却吉毛}}七十了，一个人在{{trap/place:宁木特}}放几头牦牛。弟弟{{minority/tibetan:更登多杰}}在{{trap/place:黄河}}边上的草场当管护员，每个月给阿妈送一回{{trap/minority_word:糌粑}}和酥油。表妹{{minority/tibetan:娘吉本}}在县里上班，阿妈的药都是她去买。过{{trap/minority_word:洛萨}}的时候，阿妈在视频里给两个孩子唱{{trap/famous:格萨尔}}，孩子们一句也听不懂，就跟着拍手。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/tibetan:切吉措毛}}天天问爸爸什么时候出差回来，我没告诉她实话。{{minority/tibetan:才藏加}}懂事早，知道了，在学校跟人打架，因为有人说他爸是杀人犯。{{han:曲向阳}}说，孩子心里有气，得有个地方撒。后来社工姑娘带他去打篮球，他就好点了。
访谈者：厂里的活累吗？
受访者：累是累，可比放牧踏实。一到九月梨下来，车间三班倒，机器不停，满屋子都是梨的甜味儿，闻多了头晕。我们线上十二个人，就我一个少数民族，大家都照顾我。过年厂里发梨膏，我寄回老家，阿妈说这个东西治咳嗽，比药还管用。
访谈者：您去看过孩子爸爸吗？
受访者：去过两回，都带着两个孩子。{{minority/tibetan:才藏加}}隔着玻璃不说话，就拿手指头在玻璃上画。{{minority/tibetan:切吉措毛}}一直问爸爸你什么时候回家。回来的路上，两个孩子在车上睡着了，我一个人看着窗外，眼泪一路都没停。
访谈者：您一个人带两个，辛苦吗？
受访者：辛苦也得带。厂里一天十个钟头，下了班回来做饭、洗衣裳、签作业。这边买不到青稞，我就拿面粉炒了给孩子们拌着吃。刚来那年听不懂这边的话，{{han:就桂兰}}教我，“俺”是我，“恁”是你。{{han:宫德明}}说，你们藏族人干活实在，明年给你报个先进。
访谈者：您自己的身体怎么样？
受访者：还行，就是腰不好，灌装线上一站一天。去年查出来有点贫血，厂医让我多吃肉。我想着省钱，总舍不得。{{han:就桂兰}}看不下去，隔几天就端一碗炖排骨上来，说是给孩子的，其实是让我吃。
访谈者：登记表上的信息请您说一下。
受访者：租的房子在{{address:莱阳市龙旺庄街道梨乡小区9号楼1单元502室}}，老家在{{address:河南县宁木特镇秀甲村二社11号}}。我的身份证{{id_number@wy1990hyphen.632324}}，儿子的{{id_number@my2017.370682}}。我电话{{mobile@plain}}，{{han:栾春霞}}的{{mobile@s38}}。我的微信{{wechat:namlatso_henan}}。儿子拿我手机申请了个QQ，说要跟同桌下五子棋，号码他写在冰箱上一张黄纸条上：{{qq:2094715863}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。补助表上我是{{spaced:南 拉 措}}，学校把女儿写成{{spaced:切 吉 措 毛}}，儿子是{{spaced:姜　才藏}}。
访谈者：最后还想说什么？
受访者：等他爸出来，一家人回一趟草原，让孩子们骑骑阿妈的牦牛。
""")

# H1291: Uyghur father from 英吉沙 who sells knives and naan in 市中街道 (禹城); his wife is dead, his daughter deaf.
DOCS["H1291"] = ("family", """\
访谈者：师傅，您这摊子又卖刀又卖馕？
受访者：对，刀是老家{{trap/place:英吉沙}}带来的，馕是我自己打的。我叫{{minority/uyghur:牙合甫·吐尔贡}}，在{{trap/place:市中街道}}这条街上摆了五年摊。街上的人都叫我{{minority/uyghur:牙合甫}}，念不顺的就叫我新疆师傅。
访谈者：家里几口人？
受访者：现在三口，我跟两个孩子。我爱人{{minority/uyghur:奴尔曼古丽·艾散}}前年查出来白血病，在{{trap/org:省立医院}}住了半年，还是走了。{{minority/uyghur:奴尔曼古丽}}走的时候才三十四岁。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:乃则尔·牙合甫}}十二，在{{school:禹城市市中街道实验小学六年级（5）班}}。学校的系统里打不出点，写成{{minority/uyghur:乃则尔牙合甫}}，同学们叫他{{minority/uyghur:乃则尔}}。女儿{{minority/uyghur:玛丽亚木·牙合甫}}七岁，耳朵听不见，戴着助听器，在{{school:禹城市育英特教学校一年级（1）班}}。家里叫她{{minority/uyghur:玛丽亚木}}。{{minority/uyghur:玛丽亚木}}她看得懂口型，我说话慢一点，她就能明白。
访谈者：谁在帮你们？
受访者：街道的儿童主任{{han:要丽萍}}要了我的户口本复印件，跑了好几趟{{trap/org:市残联}}，给女儿办了残疾证，两项补贴一个月加起来{{trap/number:二百四十元}}，低保也批下来了。民政局的{{han:能海鹰}}能帮的都帮了，入户的时候还买了一箱牛奶。女儿的班主任{{han:庞丽君}}老师会手语，教我打了几个简单的。省立医院耳科的{{han:邵景川}}大夫说，孩子做了人工耳蜗就能听见，手术费能报一大半。社工站的{{compound:亓官思远}}每周陪儿子做作业，还有个叫{{compound:宗政沐禾}}的姑娘，带女儿去做听力康复。
访谈者：老家还有什么人？
受访者：我爸{{minority/uyghur:吐尔贡·哈力克}}在英吉沙打刀，打了四十年，我摊子上的刀都是他打的。我弟弟{{minority/uyghur:帕尔曼}}在{{trap/place:喀什}}开出租。丈母娘{{minority/uyghur:布帕塔木}}想把{{minority/uyghur:玛丽亚木}}接回去养，我舍不得，孩子的耳朵在这边看病方便。
访谈者：在禹城有老乡吗？
受访者：有几个。打馕的手艺是跟{{minority/uyghur:图拉洪}}学的，他在{{trap/place:德州}}开了个烤肉店。{{minority/uyghur:买买提艾力}}在济南卖干果，每个月给我捎一回葡萄干。我们几家过{{trap/minority_word:古尔邦节}}的时候凑到一块儿，孩子们跟着{{trap/minority_word:都塔尔}}跳舞。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/uyghur:乃则尔}}他把妈妈的照片设成手机屏幕，晚上看着睡。女儿听不见，就拿手摸照片。我给他们讲{{trap/famous:阿凡提}}的故事，讲一遍笑一遍，笑完了又哭。
访谈者：儿子懂事吗？
受访者：懂事得让人心疼。放了学先去接妹妹，再来摊子上帮我收钱。算账比我快，手机扫码的钱他一笔一笔记在本子上。有一回顾客多给了十块钱，他追了半条街还回去，说妈妈以前就是这么教他的。
访谈者：孩子们在这边过得惯吗？
受访者：儿子说禹城的冬天比英吉沙冷，风大，可是雪少。他最爱吃这边的煎饼卷大葱，说比馕还香，我听了有点不服气。女儿爱去广场看人跳舞，听不见音乐，就盯着别人的脚学，学得还挺像。
访谈者：女儿在特教学校适应吗？
受访者：开始哭，不肯进教室。老师有办法，拿画画的本子跟她说话，现在她每天放学回来都比划给我看，今天学了什么字、吃了什么饭。她最喜欢画馕坑，说爸爸的馕坑像个太阳。儿子也学了几句手语，兄妹俩比划着吵架，我在旁边看不懂，只好笑。
访谈者：摆摊辛苦吗？
受访者：早上五点起来{{trap/word:和面}}、打馕，七点出摊，中午回去接女儿。城管的{{han:把振东}}把我的摊位挪到学校对面，说这样你接孩子方便。旁边卖煎饼的{{han:还凤霞}}还常帮我看摊。在这边，好人比我想的多。
访谈者：生意怎么样？
受访者：一般。冬天馕卖得好，夏天不行。刀得看运气，有人一买就是五把，送亲戚，有时候一个礼拜一把也卖不出去。我只卖切水果、切肉的小刀，证件齐全，派出所查过好几回。赚的钱先给孩子看病、交学费，剩下的寄一点给我爸。
访谈者：登记表上的信息请您说一下。
受访者：我们住在{{address:禹城市市中街道槐荫路23号院4号楼102室}}，老家在{{address:英吉沙县芒辛镇阿其玛村五组14号}}。我的身份证{{id_number@my1984fwhyphen.653123}}，儿子的{{id_number@my2013spaced.653123}}。我电话{{mobile@plus86}}，{{han:要丽萍}}的{{mobile@fullwidth}}。我的微信{{wechat:yakup_knife_yc}}，买刀的都加这个。儿子有个QQ，跟同学一块儿学编程，号码记在我进货的本子上：{{qq:3158260947}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上是{{spaced:牙合甫 · 吐尔贡}}，残疾证上女儿是{{spaced:玛 丽 亚 木 · 牙 合 甫}}，儿子的学籍卡是{{spaced:乃则尔　牙合甫}}，我爱人的死亡证明上写成了{{spaced:奴 尔 曼 古 丽}}。
访谈者：您最盼什么？
受访者：盼女儿能听见。医生说做了手术，她就能听见我叫她{{minority/uyghur:玛丽亚木}}。
""")

# H1292: Hui grandmother from 东乡 (临夏) raising her granddaughter in 城厢街道 (莱阳); her son is mentally ill, the
# mother left.
DOCS["H1292"] = ("family", """\
访谈者：奶奶，您是从甘肃过来的？
受访者：是，{{trap/place:临夏}}{{trap/place:东乡}}的。俺们那里的话跟这边不一样，我说慢点你听。我叫{{han:马玉芳}}，经名{{minority/hui:海丽买}}，楼里的人都叫我{{han:马奶奶}}。来{{trap/place:莱阳}}五年了，住在{{trap/place:城厢街道}}。
访谈者：怎么到这儿来的？
受访者：儿子{{han:马志勇}}，经名{{minority/hui:牙古白}}，十年前到莱阳开拉面馆，娶了{{trap/place:化隆}}来的媳妇{{han:韩晓梅}}，经名{{minority/hui:纳斯丽}}。后来儿子得了精神上的病，一犯病就砸东西，面馆也开不成了。{{minority/hui:纳斯丽}}她受不了，走了，孩子留下了。我就从东乡过来了。
访谈者：孙女多大了？
受访者：十一岁，学名{{han:马雨诺}}，经名{{minority/hui:卡丽麦}}。我们那里爱在名字前头加个“尕”，我叫她{{minority/hui:尕麦}}。学校花名册上写着{{minority/hui:马卡丽麦}}，老师说是她爸报名的时候这么填的。在{{school:莱阳市城厢街道第二小学五年级（3）班}}。
访谈者：儿子现在怎么样？
受访者：在{{trap/org:市精神卫生中心}}住着，一个月好，一个月坏。他有二级精神残疾证，街道民政的{{han:都长明}}都跑了三趟，才把两项补贴的材料补齐。好的时候{{minority/hui:牙古白}}给孙女打电话，问她考了多少分；犯病的时候谁都不认得。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:邹晓玲}}给{{minority/hui:尕麦}}报了困境儿童，每个月{{trap/number:九百五十元}}。班主任{{han:柳春燕}}老师知道孩子不吃大肉，中午让她带饭，放在办公室的微波炉里热。寺里的{{han:白永福}}阿訇每个{{trap/minority_word:主麻}}日都问一声孩子的事。社工站的{{compound:百里晏清}}每周来陪孩子写作业，还有一个叫{{compound:漆雕知夏}}的，教她画画。卖牛肉的{{minority/hui:马尕西木}}是{{trap/place:广河}}人，每回给我留最好的腱子肉，不要钱。
访谈者：孩子想妈妈吗？
受访者：想，嘴上不说。她把她妈留下的一条盖头叠得方方正正，放在枕头底下。{{minority/hui:卡丽麦}}她跟我说，奶奶，我长大了要当医生，把我爸的病治好。
访谈者：孙女在学校怎么样？
受访者：成绩中上，爱看书。她说班上的同学都对她好，过生日的时候同学们给她买了个蛋糕，还先问了老师她能不能吃。她现在普通话说得比我好，回家还教我认字，我这辈子头一回会写自己的名字，是孙女教的。
访谈者：您一个人带孙女，难在哪儿？
受访者：难在我不识字。孩子的作业我看不懂，家长群里的消息我也看不懂，都是孩子念给我听。开家长会我去了，老师的话一半听不明白。后来{{han:柳春燕}}老师专门给我打电话，一句一句慢慢讲。还有就是吃的，这边清真馆子少，我每天自己做，拉面、搓鱼子、酿皮子，孩子吃惯了家里的饭。
访谈者：儿子住院的钱够吗？
受访者：不够也得够。医保报一大半，剩下的靠低保和补贴。东乡的亲戚凑过一回钱，寺里也捐过。我去送饭，{{minority/hui:牙古白}}认得我的时候就喊妈，不认得的时候就坐着看窗户。孙女每个礼拜跟我去一回，给她爸削苹果。
访谈者：老家还有人吗？
受访者：我闺女{{minority/hui:宰娜}}在东乡种洋芋，外孙{{minority/hui:阿布都}}在{{trap/place:兰州}}念大学，放假来莱阳看过我们一回，带孙女去{{trap/place:蚬河}}边上放风筝。东乡的亲戚说，要不回去吧，回去好歹有个照应。可孙女在这边上学上惯了，她爸也在这边，走不了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}那天，我带孙女去清真寺，回来炸{{trap/minority_word:油香}}，给楼上楼下都送一盘。住对门的{{han:让翠英}}让她孙子端来一碗素馅饺子，俺也收下了。我给孙女讲{{trap/famous:郑和}}下西洋的故事，说他也是咱回回。{{minority/hui:安妮萨}}是嫁到这边的回族媳妇，过节的时候教孙女念经。
访谈者：您平时身体怎么样？
受访者：腿疼，上楼得歇两回。我们住三楼，买一袋面要分两趟扛，孙女放学回来先帮我把面提上去。她上学要过一条大{{trap/word:马路}}，车多，我不放心，天天送到校门口，看着她进去了我再回来。
访谈者：登记表上要写些什么？
受访者：住在{{address:莱阳市城厢街道鹤鸣社区12号楼3单元201室}}，老家在{{address:东乡县达板镇何家村三社7号}}。我的身份证{{id_number@woldtri.622926}}，孙女的{{id_number@wy2014fwspaced.370682}}。我不会用手机，电话是邻居的孙子帮我存的：{{mobile@spaced}}，{{han:邹晓玲}}的电话{{mobile@p86h}}。{{han:邹晓玲}}的微信是{{wechat:zouxl_chengxiang}}。孙女有个QQ，老师让上网课用的，号码贴在电视机后头：{{qq:1468039275}}。
访谈者：名字在表上写得对吗？
受访者：不一样的多。低保表上我写成了{{spaced:马 玉 芳}}，学校把孙女写成{{spaced:马 卡 丽 麦}}，儿子的残疾证上是{{spaced:马志 勇}}。
访谈者：您最盼什么？
受访者：盼儿子的病好了，一家人坐一块儿吃顿饭。俺这辈子最该谢的人，是{{han:邹晓玲}}。
""")

# H1293: Han 儿童主任 in 房寺镇 (禹城) reading out her register.
DOCS["H1293"] = ("staff", """\
访谈者：{{han:房主任}}，听说您这个本子记得最全。
受访者：记了六年了。我叫{{han:房玉娥}}，是{{trap/place:房寺镇}}的儿童主任，管着十一个村。本子上困境儿童二十三个，我挑几户给你念，你对着记。
访谈者：好。
受访者：第一户，{{han:和志远}}，男，十一岁，{{school:房寺镇中心小学五年级（1）班}}。爸爸{{han:和春生}}和他妈离了婚，去{{trap/place:天津}}打工，再没回来过；妈妈改嫁到外省了。孩子跟爷爷{{han:和庆林}}过，爷爷七十六，有肺气肿。报的是事实无人抚养，每月{{trap/number:一千二百九十元}}。住{{address:禹城市房寺镇前王村四组9号}}，孩子身份证{{id_number@my2014.371482}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:被雅婷}}，女，九岁。这个姓少见，全镇就她一家。爸妈三年前在高速上出了车祸，都没了。{{han:被雅婷}}被她舅舅接到{{trap/place:聊城}}住过半年，舅妈不乐意，又送回来了。现在跟姥姥{{han:魏凤兰}}过。孤儿基本生活费每月{{trap/number:一千五百八十元}}。身份证{{id_number@wy2016hyphen.371482}}，住{{address:禹城市房寺镇大刘村二组21号}}。
访谈者：第三户？
受访者：第三户，{{han:也小川}}，男，十三岁，{{school:房寺镇中学初一（3）班}}。爸爸{{han:也长海}}抢劫，判了七年；妈妈{{han:展桂琴}}有癫痫，干不了重活。{{han:也小川}}也懂事，周末去镇上饭馆刷碗。服刑人员子女补助每月{{trap/number:七百二十元}}。
访谈者：第四户？
受访者：第四户，{{han:向佳怡}}，女，七岁，脑瘫，坐轮椅。爸爸{{han:向长贵}}向亲戚借了十几万给她做康复，妈妈{{han:邵慧敏}}辞了工作在家守着。两项补贴都有，残联的康复救助也报上了。孩子身份证{{id_number@wy2018x.371482}}，{{han:向长贵}}电话{{mobile@h38}}。
访谈者：第五户？
受访者：第五户是姐弟俩，姐姐{{han:才梦瑶}}才十二，弟弟{{han:才浩宇}}八岁，在{{school:房寺镇西郭小学二年级（2）班}}。爸爸前年喝农药走了，妈妈跑了，跟大伯{{han:才宝山}}过。大伯家也紧巴，俩孩子住的{{trap/word:房子}}是{{address:禹城市房寺镇西郭村一组5号}}的老屋，大伯天天过来送饭。低保加事实无人抚养，俩孩子每人每月{{trap/number:一千一百四十元}}。
访谈者：这些户您多久走一遍？
受访者：一个月至少一遍，冬天两遍。冬天怕冻着，夏天怕溺水，开学怕辍学。本子上每户后头我都画着格子，这个月去没去、孩子胖了瘦了、家里缺啥，都记着。去年有个孩子偷偷去{{trap/place:徒骇河}}边上摸鱼，我知道了吓出一身汗，跟村里说了，在河边立了牌子。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:禹主任}}总负责，材料报到县{{trap/org:民政局}}。派出所的{{han:展警官}}管户口的事。镇社工站的{{compound:东门若曦}}跟第一户和第三户，新来的{{compound:梁丘书瑶}}跟第二户。县里的督导叫{{compound:第五鸿远}}，每季度下来查台账。学校那边，{{han:翟春雨}}老师是{{han:被雅婷}}的班主任，一个礼拜给我打两回电话。
访谈者：台账上的名字都写对了吗？
受访者：错得不少。有一张表把{{han:和志远}}写成{{spaced:和 志 远}}，{{spaced:被 雅 婷}}也是，{{spaced:才梦 瑶}}中间断开了，{{spaced:向　佳　怡}}用的是全角空格，连社工都被写成了{{spaced:东 门 若 曦}}。年底我们一块儿核一遍。
访谈者：哪一户最让您放心不下？
受访者：第二户。那孩子爸妈出事那天，她在后座上，捡了一条命。现在一听见刹车声就捂耳朵。县里的心理老师每月来两回，陪她搭积木。{{han:魏凤兰}}她六十九了，眼睛不好，我怕哪天她也撑不住。
访谈者：这二十三个孩子，现在最缺的是什么？
受访者：缺人陪。钱的事政策都能兜住，可爷爷奶奶年纪大了，说不上话，孩子有心事没处说。今年我们在村委会腾了一间屋，放了书、放了乒乓球台，叫儿童之家，周末开门，孩子们都爱来。来了写写作业、打打球，比一个人闷在家里强。墙上画着{{trap/famous:大禹}}治水，孩子们问这是谁，我说是咱禹城名字的来历。
访谈者：孩子们的爸妈有回来的吗？
受访者：少。{{han:和春生}}过年打过一回电话，问孩子长多高了，我让孩子接，孩子不接。有的大人是真难，有的是不想管。不管哪一种，孩子都没错，我们就得把孩子看住了。
访谈者：当儿童主任有补贴吗？
受访者：有一点，一个月几百块，跟村里的会计活儿一块儿干。说实话不是为了钱。我小时候家里也穷，是村里老支书供我念完的初中，我总想着把这份情还回去。有难办的事我就跟{{han:禹主任}}说，他是镇上的老人，办法多。
访谈者：您的联系方式呢？
受访者：我电话{{mobile@plus86spaced}}，工作微信{{wechat:fangxy_fsz2020}}。{{han:也小川}}有个QQ，他说有事就在上面给我留言，号码是{{qq:736105284}}。{{han:才宝山}}的身份证我也记着：{{id_number@mmidquad.371482}}。有事也能打{{trap/hotline:12345}}。
""")

# H1294: Han social worker in 古柳街道 (莱阳) who keeps up with her children and families on WeChat.
DOCS["H1294"] = ("staff", """\
访谈者：{{han:迟姐}}，您手机一直在响。
受访者：都是孩子跟家长的微信，一天几百条。我叫{{han:迟晓雯}}，在{{trap/place:古柳街道}}社工站，跟着十四个困境孩子，一多半是在微信上跟的。你看，这是我的工作号，{{wechat:chixw_guliu2021}}，家长们都加这个。
访谈者：您挑几个说说。
受访者：先说{{han:宋雨涵}}，女，十三，在{{school:莱阳市古柳街道第二中学初二（2）班}}。她妈{{han:林淑娟}}搞非法集资，判了五年；爸爸早就不知道去哪了。孩子跟姥爷{{han:林德厚}}过。{{han:宋雨涵}}的微信叫{{wechat:wxid_k3m9yx0309}}，夜里睡不着就给我发语音，一说就是半个钟头。她跟我说，{{han:迟姐}}，我想我妈又恨我妈。
访谈者：您怎么回她？
受访者：我不劝，就听。听完了跟她约好，周六一块儿去看姥爷。{{han:林德厚}}他七十四了，不会打字，只会按住说话，语音里老是一句：“闺女，恁啥时候来？”
访谈者：第二个呢？
受访者：第二个是男孩，{{han:修浩然}}，九岁，在{{school:莱阳市羊郡镇中心小学三年级（2）班}}。爸爸在{{trap/place:羊郡}}出海，前年翻了船，没找着人。妈妈{{han:慕春兰}}是聋哑人，有残疾证，两项补贴都拿着。{{han:修浩然}}就成了家里的翻译，去银行、去医院都是他跟人说。孩子不用微信，他说微信是大人用的，只用QQ，号码是{{qq:40917352}}，晚上十一点还在线，我就在QQ上催他睡觉。
访谈者：第三个？
受访者：第三个是{{han:栾雪晴}}，小名{{han:大嫚儿}}，十岁，留守，爸妈都在{{trap/place:昆山}}电子厂。奶奶{{han:宫桂花}}不识字，每天给我发语音：“俺家{{han:大嫚儿}}今天又没吃早饭。”我一听就知道，孩子又跟奶奶拌嘴了。{{han:大嫚儿}}她犟，可心眼好。班主任{{han:吕慧芳}}老师说她作文写得最好，就是上学老{{trap/word:迟到}}。
访谈者：第四个？
受访者：第四个是爸爸带着。{{han:初永刚}}在{{trap/place:青岛}}工地上干活，老婆跟人走了，俩孩子托给邻居{{han:衣秀兰}}看着。{{han:初永刚}}他一个月回来一趟，平常就靠微信，他的号是{{wechat:chujw_qd1983}}。我每个礼拜把孩子的作业拍照发给他。他电话{{mobile@p86n}}，{{han:衣秀兰}}的{{mobile@s74}}。
访谈者：您一天要回多少条消息？
受访者：没数过，少说一二百条。有孩子问作业的，有老人问补贴到没到账的，还有半夜两点发来一句“睡不着”的。我给自己定了个规矩，孩子的消息一定回，再晚也回。有一回一个孩子半夜说不想活了，我赶紧给派出所打电话，又打车过去，陪到天亮。从那以后我手机从来不静音。
访谈者：您家里人支持吗？
受访者：我爱人开始有意见，说你这是把社工站搬到家里来了。后来他跟我下了一趟乡，看了那几家的情况，回来一句话没说，第二天往站里送了两箱牛奶。
访谈者：站里几个人？
受访者：四个。站长{{compound:西门映雪}}，同事{{compound:公良亦舒}}跟{{compound:微生若谷}}，还有我。督导是{{trap/org:烟台大学}}的老师，叫{{compound:乐正思齐}}，一个月来一趟。{{compound:公良亦舒}}她原先在幼儿园，跟小孩说话特别有一套。
访谈者：光靠微信够吗？
受访者：不够。微信上说得好好的，一进门才知道冰箱是空的，床单几个月没洗。所以我一个礼拜至少下去两回。有的老人连语音都不会发，我就给村里的儿童主任{{han:能秀珍}}打电话，让她上门看看。
访谈者：孩子们知道您是社工吗？
受访者：知道，可他们不这么叫。有的叫我姐，有的叫我老师，{{han:修浩然}}管我叫“微信阿姨”，因为他头一回见我就是在他妈的微信上。我现在手机里存着四百多个联系人，一大半是孩子和老人。
访谈者：这份工作最难的是什么？
受访者：最难的是分寸。孩子把你当亲人，你不能把他推开，可你也不能替他爸妈。有的孩子跟我说的话，不让我告诉任何人，我得想好了哪些能守着，哪些必须报给学校、报给派出所。站里每个月开一次个案会，大家把难处摆出来一块儿想。
访谈者：登记信息呢？
受访者：{{han:宋雨涵}}住在{{address:莱阳市古柳街道金山社区4号楼1单元602室}}，她的身份证{{id_number@wy2011fwhyphen.370682}}，姥爷的{{id_number@my1951x.370682}}。我的手机{{mobile@plus86dash}}。
访谈者：名字有写错的吗？
受访者：有。{{han:修浩然}}在学籍上被写成{{spaced:修 浩 然}}，救助表上{{han:栾雪晴}}成了{{spaced:栾雪 晴}}，我们站长在县里的通知上成了{{spaced:西　门　映　雪}}，还有{{spaced:微 生 若 谷}}。
访谈者：您最想说什么？
受访者：孩子们半夜发来的语音，我都留着。有一条是{{han:修浩然}}发的，他说：“{{han:迟姐}}，我妈今天笑了。”
""")

# H1295: Han grandfather in 照旺庄镇 (莱阳) raising a grandson with autism.
DOCS["H1295"] = ("family", """\
访谈者：大爷，孙子今年多大了？
受访者：虚岁九岁。俺叫{{han:曲长福}}，{{trap/place:照旺庄镇}}的，种了一辈子梨。孙子大名{{han:曲梓航}}，小名叫{{han:石柱儿}}，是他奶奶起的，说石头柱子结实，好养活。
访谈者：孩子是什么情况？
受访者：孤独症。三岁还不说话，叫他不应，整天转圈、排瓶盖。在{{trap/org:毓璜顶医院}}查出来的。他奶奶那年哭了一整夜，第二年冬天就走了，脑溢血。
访谈者：孩子爸妈呢？
受访者：他爸{{han:曲海涛}}在{{trap/place:韩国}}渔船上干，三年签一回合同，钱一年寄一回，有时候也不寄。他妈{{han:姜美琳}}受不了孩子这个病，离了，去{{trap/place:威海}}又成了家。她有时候给俺打个电话，问问孩子，问完就挂。
访谈者：孩子上学吗？
受访者：上。在{{school:莱阳市照旺庄镇中心小学二年级（1）班}}随班就读，学校给配了个陪读老师，叫{{compound:东郭沐晴}}，是大学毕业来支教的。班主任{{han:隋晓芸}}老师也耐心。周末俺骑电动车送他到城里的康复中心上课，老师叫{{compound:端木晚晴}}，教他认卡片、说短句。{{han:石柱儿}}现在会叫爷爷了，头一回叫的时候，俺在康复中心门口蹲着哭了。
访谈者：费用怎么解决？
受访者：康复救助一年能报一万多。孩子有精神残疾证，两项补贴每月{{trap/number:二百九十元}}，俺爷孙俩还有低保。镇残联的专干{{han:矫红梅}}帮俺跑的手续，村里的儿童主任{{han:柳玉珍}}隔三岔五来看看。
访谈者：孩子平时在家做什么？
受访者：排东西。瓶盖、梨核、扣子，一排一排摆在炕沿上，谁碰了他就急。俺后来明白了，那是他的规矩，俺不碰，他就安生。他认字比俺快，超市的牌子他一眼就念出来，可你问他饿不饿，他不吭声。康复老师说这叫不会表达，得一句一句教。
访谈者：村里人怎么看？
受访者：开始有人说这孩子傻，俺跟人吵过。后来村里开会，{{han:柳玉珍}}专门讲了孤独症是怎么回事，说不是傻，是病，得慢慢治。现在赶集的时候，卖糖葫芦的都认得他，给他留一串。
访谈者：您一个人带他，最难的是什么？
受访者：最难是他发脾气。一不顺心就拿头撞墙，俺拉都拉不住。他就服一样东西，{{trap/word:吕剧}}。俺一放吕剧的{{trap/word:曲子}}，他就静下来了。邻居{{han:吕大娘}}说，这孩子跟俺们老吕家有缘。
访谈者：还有谁帮您？
受访者：村支书{{han:孙支书}}给俺把院墙垒高了，怕孩子跑出去。去年夏天他跑到{{trap/place:五龙河}}边上，是放羊的{{han:老栾头}}把他抱回来的。{{han:老栾头}}他说，孩子就蹲在水边看鸭子，一点也不怕。从那以后俺天天把院门锁上。县社工站派来个小伙子叫{{compound:公西怀瑾}}，每礼拜来一趟，陪孩子玩沙子，让俺歇一歇。
访谈者：孩子喜欢什么？
受访者：喜欢水，喜欢看东西转，洗衣机一转他能看半个钟头。他也喜欢{{trap/word:柳条}}，春天俺给他编个柳条帽，他戴着满院子跑，那是他最高兴的时候。康复老师说，让他多在外头跑跑，晒晒太阳，对他好。
访谈者：孩子爸爸知道孩子的情况吗？
受访者：知道。他在船上信号不好，一个月能打一两回视频。孩子不看屏幕，俺把手机举到他跟前，他也不看。他爸在那头一句话不说，光抽烟。去年过年他回来了半个月，天天带孩子去海边看船，孩子不搭理他，他也不恼。走的那天，孩子把一排瓶盖塞到他兜里，这是孩子头一回给人东西。
访谈者：您平时有人替换吗？
受访者：没有。俺闺女嫁到{{trap/place:海阳}}，离得远，逢年过节来住两天，帮俺拆洗被褥。俺要是去镇上看病，就让{{han:吕大娘}}帮着看孩子，孩子跟她熟，不闹。
访谈者：您最担心什么？
受访者：俺七十一了，血压高。俺走了孩子咋办？{{han:曲海涛}}他顾不上，他妈更指望不上。{{han:矫红梅}}说，真到那天，可以申请事实无人抚养，还能送到{{trap/org:儿童福利院}}去。俺一听福利院三个字，心里就揪得慌。
访谈者：登记信息请您说一下。
受访者：家在{{address:莱阳市照旺庄镇西庄头村五组12号}}。俺身份证{{id_number@my1954fwspaced.370682}}，孩子的{{id_number@my2017hyphen.370682}}。俺电话{{mobile@s38}}，{{han:矫红梅}}的{{mobile@fws}}。孩子他爸的微信是{{wechat:quhaitao_kr2019}}，俺不会用，都是{{han:矫红梅}}帮着发。{{compound:端木晚晴}}老师有个QQ，给俺发孩子上课的视频，号码她写在康复本的封皮上：{{qq:２７６０３９１５４８}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上是{{spaced:曲 梓 航}}，低保表上俺成了{{spaced:曲长 福}}，陪读老师被写成{{spaced:东 郭 沐 晴}}，康复中心的老师是{{spaced:端　木　晚　晴}}。
访谈者：您最盼啥？
受访者：盼俺走了以后，孩子有人管。
""")

# H1296: Han head teacher in 伦镇 (禹城) talking about a girl who lives alone with her grandmother.
DOCS["H1296"] = ("teacher", """\
访谈者：{{han:邸老师}}，您说的那个孩子是哪个班的？
受访者：我班上的，{{school:禹城市伦镇中心小学六年级（2）班}}。我叫{{han:邸丽华}}，当班主任十一年了。孩子叫{{han:杜佳宁}}，十二岁，跟奶奶两个人过。
访谈者：她爸妈呢？
受访者：爸爸{{han:杜振国}}前年肝癌没了。妈妈{{han:孟小静}}第二年改嫁去了{{trap/place:沧州}}，说好每月寄钱，寄了三个月就断了。奶奶{{han:牛桂香}}七十三，白内障，一只眼看不清。家里的饭是{{han:杜佳宁}}做，地是她跟奶奶一块儿种。
访谈者：您是怎么发现她家的情况的？
受访者：她上课老打瞌睡。我找她谈，她不说，后来我跟着她放学回家，才知道她每天五点起来喂鸡、做饭，给奶奶滴眼药水，再骑二十分钟车来上学。那天回来，我在车上哭了一路。
访谈者：孩子的一天是怎么过的？
受访者：五点起来，先给奶奶点眼药，再喂鸡、烧火做饭，饭是玉米粥加馒头。六点半骑车出门，路上要过一座小桥，下雨天泥多，她推着车走。放学回家先写作业，写完了洗衣裳。学校每天发一盒{{trap/word:牛奶}}，她舍不得喝，揣回家给奶奶。周末跟奶奶下地拔草。她跟我说，老师，我不累，就是冬天早上手冻得握不住笔。
访谈者：学校做了什么？
受访者：我跟校长{{han:庞文斌}}说了，校长给她减了餐费，又报了助学金。我联系了镇上的儿童主任{{han:高春梅}}，{{han:高春梅}}她跑民政办，给孩子报了事实无人抚养，每月{{trap/number:一千三百一十元}}，奶奶也办了低保。学校的心理老师{{compound:羊舌婉清}}每周找她聊一次。县社工站的{{compound:南门知远}}带着志愿者{{compound:公羊晓岚}}去她家里，把漏雨的屋顶修了。
访谈者：孩子自己怎么样？
受访者：要强，成绩在班上前五。她说想考{{trap/place:德州}}的师范，将来回来当老师。{{han:杜佳宁}}也有委屈的时候，有一回在作文里写：“我不是没有妈妈，我是有妈妈也见不着。”我读到这一句，半天没说出话。
访谈者：她跟妈妈还有联系吗？
受访者：很少。我加了{{han:孟小静}}的微信，{{wechat:mengxj_cz1988}}，每回考试成绩出来我都发给她，她有时回个大拇指。开家长会她没来过一次，都是我跟{{han:牛桂香}}坐在一块儿。我想让孩子知道，有人替她看着。
访谈者：您家访的时候看到些什么？
受访者：三间老瓦房，一间住人，一间放粮食，一间塌了半边。屋里收拾得干干净净，墙上贴满了她的奖状，奶奶看不清，就拿手摸，说这是第几张。锅台上放着一个本子，记着每天花了几块钱，买盐一块五，买药十二块。我看了那个本子，心里难受了好几天。
访谈者：孩子想过以后的事吗？
受访者：想过。她说要是考不上高中，就去学护理，能照顾奶奶，还能挣钱。我跟她说，你先别想这么远，把眼前的书念好。她点头，可我知道她心里早就算过好几遍了。这么大的孩子，本不该想这些。
访谈者：同学们对她怎么样？
受访者：好。同桌{{han:刘思彤}}天天给她带一个鸡蛋，说她妈煮多了。班长{{han:孔令博}}把自己的旧自行车修好送给了她。去年冬天奶奶摔了一跤，是邻居{{han:杜二叔}}背着去的卫生院，{{han:杜佳宁}}在医院陪了三天，作业都是同学送过去的。
访谈者：寒暑假呢？
受访者：假期最难。学校不开门，她一个人在家，我心里不踏实。去年暑假镇上办了个托管班，不要钱，我给她报了名，她每天去半天，还交了几个朋友。她{{trap/word:高兴}}得跟我说，老师，原来放假也能这么好玩。有急事她就找{{han:高春梅}}，{{han:高春梅}}家离她家只隔两条街。
访谈者：奶奶身体怎么样？
受访者：眼睛越来越差。镇卫生院的{{han:韦大夫}}说要去县医院做手术，合作医疗能报七成。{{han:高春梅}}给联系了{{trap/org:红十字会}}的光明行，不用排队。手术那几天，{{han:杜佳宁}}住在我家，跟我闺女睡一张床。
访谈者：登记信息请您说一下。
受访者：孩子家在{{address:禹城市伦镇后杜庄村三组20号}}。孩子的身份证{{id_number@wy2012fullwidth.371482}}，奶奶的{{id_number@wy1952spaced.371482}}。我的电话{{mobile@p86h}}，{{han:高春梅}}的{{mobile@plain}}。孩子没有手机，用我的旧手机登QQ跟她妈留言，号码是{{qq:891254073}}。我自己的微信是{{wechat:dilh_lunzhen}}。
访谈者：名字在表上有写错的吗？
受访者：有。助学金表上是{{spaced:杜 佳 宁}}，民政的表上把奶奶写成{{spaced:牛桂 香}}，心理老师的名字在通知上成了{{spaced:羊 舌 婉 清}}，还有一张写成{{spaced:南门　知远}}。
访谈者：最后您想说什么？
受访者：这孩子能走到今天，靠的是她自己，也靠大家。我最想谢的，是{{han:高春梅}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1289,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout162",))


if __name__ == "__main__":
    main()
