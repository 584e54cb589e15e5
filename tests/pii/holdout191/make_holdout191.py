# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 191 (tests/pii/holdout191/H1513-H1520 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 190, written at the same time, is not
an earlier set).

Set 191 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 绥宁 and 城步
(邵阳, Hunan; Miao and Dong villages): a Uyghur father from 伽师 who sells nang and kebabs at the night market of
长铺 and looks after his Miao wife, paralysed by a brain haemorrhage, and their two children; a Yi grandmother from
昭觉 raising two grandchildren in a Miao mountain village of 黄桑坪, her son killed hauling bamboo and the children's
Miao mother remarried in 广西; a Mongolian mother from 西乌珠穆沁旗 who came to 南山牧场 as a milker, lost a leg in a
silage cutter and was left by her Miao husband; a Hui grandmother from 同心 in 儒林镇, her son, a cattle dealer, in
prison and his Dong wife gone; the Miao 儿童主任 of 坪溪村 going through her book of nine households; the Han officer
of the children's welfare section of 城步县民政局 on certification, payments and what goes wrong with names and
numbers in the records; the Dong house mother of the girls' dormitory of a boarding middle school in 绥宁, at roll
call and after; and the Han doctor of the 南山镇 health centre on the disabled and sick children he follows. The
speakers keep the region's speech where it fits (伢唧, 妹唧, 呷饭, 冇, 么子, 娭毑, 堂客, 莫; the Hui grandmother's
这搭, 娃娃, 阿大, 没麻达). The emphasis is on forms where a replacement might cover only part of a name, or miss it,
in a mix rather than one trick, with Han names a little over half of the persons:

* Uyghur given name + father's name with the dot (买合木提·吐尔逊, 祖拜旦·吾斯曼), with U+2027 (吐尔洪‧艾则孜,
  祖拜旦‧吾斯曼), with the katakana middle dot (穆再排尔・买合木提), with a full stop as a bank card prints it
  (买合木提.吐尔逊) and with none (买合木提吐尔逊, 祖拜旦吾斯曼); spaced dots (买合木提 · 吐尔逊, 祖 拜 旦 · 吾 斯 曼);
  a Yi clan name and given name with the dot (阿侯·达则);
* a Han surname before a non-Han given name, from a parent's hukou or a school roll (龙穆再排尔, 侯达则, 沙史色,
  阳斯楞, 锁伊力雅斯, 杨依力亚尔, 穆伊斯哈格), beside the Han-style names of the same families (侯文清, 侯美玲,
  沙建国, 锁占林, 锁浩宇, 锁佳怡, 海玉翠, 海奶奶: category han);
* forms of address made from non-Han names, annotated whole: 买师傅, 买叔, 木提哥 (from 买合木提), 尼萨妹 (from
  塔吉尼萨), 宝姐 (the first syllable of 宝日乐玛 taken for a surname), 阿苏奶奶 (the Yi grandmother's own clan name
  with a kin word); short forms (斯楞, 达则, 嫫惹, 史色, 亚斯, 祖拜旦);
* Han names with rare surnames of the region (粟, 麻, 滕, 蒲, 储, 禹, 匡, 扶, 阙, 银, 奉, 伍, 阳, 满, 舒, 别, 应, 过,
  连, 从, 时, 于, 万, 全, 成); surnames and given characters that are ordinary or grammar words right before grammar
  words and verbs (连秋云连夜, 从建军从来, 时应秀时常, 于秋菊于去年, 全福生全部, 龙再发再, 粟正秋正在, 伍得福得空,
  戴得胜得了, 吴四妹却, 禹建平倒是, 蓝一诺又, 成德旺就/讲, 阳建华他, 银晓琳她, 要阳建华, 被写成过 冬梅); names
  that contain words next to the same words used as words (阳光华 / 阳光, 蓝禾苗 / 禾苗, 过冬梅 / 过冬; and 麻烦
  beside 麻翠兰, 应该 beside 应春桃, 别看 beside 别秀兰, 万一 beside 万所长);
* a surname with only a title or kin word, annotated whole (滕股长, 禹股长, 麻大姐, 麻姨, 满警官, 伍警官, 万所长,
  阳师傅, 蒲妈妈, 匡伯伯, 舒娭毑, 海奶奶); local nicknames, annotated whole (满妹唧, 犟牯伢); titles after names
  outside the span (银晓琳老师, 阙立新医生, 匡立群医生, 白承礼阿訇, 赫连铁军老师, 司马丽娟主任);
* names inside organisation-like phrases where the name is the person's (锁占林牛羊购销部, 戴得胜诊所); names at
  the start of a turn and of roll-call calls (石晓蕾，…; 沙马史色，…; 达则，你帮奶奶…; 吴雨岑！到。) and a line
  ending on a name with no closing punctuation (头一个听的是邓慧敏);
* names spaced out character by character in half- and full-width spaces (塔 吉 尼 萨, 阿 苏 阿 呷, 宝 日 乐 玛,
  阿 侯 达 则, 上　官　沁　禾, 长　孙　佳　琪, 沙 马 史 色, 司 马 丽 娟, 海　玉　翠, 于　秋　菊) and names split in
  two (龙　金翠, 阿侯 达则, 阿拉 斯楞, 阳　斯楞, 锁 伊力雅斯, 杨 依力亚尔, 宝日 乐玛, 过 冬梅, 滕　可馨, 赫连 铁军,
  蓝　禾苗);
* compound surnames after ordinary words (欧阳, 司徒, 上官, 诸葛, 皇甫, 夏侯, 南宫, 端木, 宇文, 澹台, 申屠, 赫连,
  钟离, 独孤, 长孙 after 学生, 左丘, 司马, 拓跋, after 派了/同事/社工站的/志愿者/律师/管教/支教的/我、/校医/儿科的);
* numbers read out and written the many ways people do (IDs plain, X, 6-8-4 spaced or hyphenated, 6 4 4 4, 3 3 3 3 3
  3, full-width, full-width spaced or hyphenated; mobiles in all the shapes of ``_setkit``; QQ after 扣扣, Q号, QQ,
  three in full-width digits; WeChat ids and a ``wxid_`` id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:舒娭毑}}``, ``{{qq:1730589264}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, yi, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1988x.653001}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 阿姨, 主任) and a particle,
pronoun or verb written directly after a name (连夜, 从来, 时常, 于, 全部, 再, 正在, 得空, 得了, 却, 倒是, 又, 就, 讲,
他, 她) are outside the span; a surname with only a title or kin word and a local nickname are annotated whole.
Han-style names of minority people (侯文清, 侯美玲, 沙建国, 锁占林, 锁浩宇, 锁佳怡, 海玉翠, 海奶奶) are category han;
a Han surname before a non-Han given name and forms of address made from a non-Han name are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout191/make_holdout191.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(191_2026_1207)
MINORITY_GROUPS = ("mongolian", "hui", "yi", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "yi": 10, "uyghur": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "170", "175", "178", "180", "182",
                   "183", "185", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1513: Uyghur father from 伽师 who sells nang and kebabs at the night market of 长铺 (绥宁); his Miao wife is
# paralysed after a brain haemorrhage.
DOCS["H1513"] = ("family", """\
访谈者：{{minority/uyghur:买师傅}}，您这个馕摊摆了几年了？
受访者：六年了。我叫{{minority/uyghur:买合木提·吐尔逊}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。{{trap/place:长铺}}这边的人念不顺，大人喊我{{minority/uyghur:木提哥}}，小伢唧喊我{{minority/uyghur:买叔}}。
访谈者：怎么到绥宁来的？
受访者：十二年前在{{trap/place:广州}}电子厂，认得了我老婆{{han:龙金翠}}，她是{{trap/place:关峡}}的苗族，屋里就一个老娘，我就跟她回来了。先在工地上搬砖，后来在{{trap/place:巫水}}边上的夜市打馕、烤羊肉串，{{trap/minority_word:馕坑}}是我自己砌的。
访谈者：听说您爱人病了？
受访者：前年腊月，{{han:龙金翠}}在摊子上穿肉串，人一下就倒了，脑出血。在{{trap/org:邵阳市中心医院}}住了四十天，命保住了，右边身子动不了，话也讲不清。评了一级残疾，{{trap/org:县残联}}给办了两项补贴。
访谈者：两个孩子多大？
受访者：儿子{{minority/uyghur:穆再排尔}}十一，女儿{{minority/uyghur:塔吉尼萨}}七岁。户口跟他妈落在关峡，学校花名册上写的是{{minority/uyghur:龙穆再排尔}}，在{{school:绥宁县长铺镇第二小学五年级（3）班}}，女儿在{{school:长铺镇第二小学一年级2班}}。外婆念不来这么长的名字，就喊她{{minority/uyghur:尼萨妹}}。
访谈者：家里现在谁照顾？
受访者：我上午睡觉，下午三点出摊，搞到半夜一两点。白天是外婆{{han:舒娭毑}}在屋里守着，给她翻身、喂饭。{{han:舒娭毑}}也七十三了，腿脚不好。儿子懂事，放学回来给他妈擦身子，礼拜天帮我串肉。
访谈者：有哪些人帮过你们？
受访者：社区儿童主任{{han:粟海燕}}，头一个上门的，给两个伢唧报了困境儿童，每人每月{{trap/number:一千一百六十块}}，又帮我们申请了低保。县民政局的{{han:滕股长}}来核过，说摊子收入算不准，按最低的算。县社工站派了{{compound:欧阳荻秋}}，每个礼拜来陪我老婆做康复，她同事{{compound:司徒嘉树}}教儿子写作文。
访谈者：孩子们在学校怎么样？
受访者：儿子成绩中等，跑步全校第一。班主任{{han:银晓琳}}老师发现他上课老打瞌睡，后来晓得他晚上帮我收摊，{{han:银晓琳}}她就打电话给我，莫让伢唧熬夜。现在十点我就赶他回屋。
访谈者：您一天能挣多少？
受访者：看天。天好的时候卖两百个馕、几百串肉，除了本钱落得下三百来块；落雨天冇人出来，一晚上卖不到二十个。冬天最难，河边上风大，炭火一熄手就冻僵。去年一年算下来，挣了不到四万，一半给我老婆买药、做康复。
访谈者：女儿呢，谁给她梳头？
受访者：以前是她妈梳，编十几根小辫子，我们那边的姑娘都这样。她妈手不能动，就躺在床上教我，左一股右一股，我这双打馕的手笨得很，编出来歪歪扭扭的。女儿不嫌，顶着歪辫子去上学，回来跟她妈讲，同学都讲好看。我老婆听了就哭，哭完了又笑。
访谈者：低保每年都要复核吗？
受访者：要。每年{{han:粟海燕}}带着表来，看我屋里添了么子东西，问摊子生意。去年我买了辆二手三轮车拉炭，她讲这个不算，是呷饭的家伙。
访谈者：您爱人能恢复吗？
受访者：{{trap/org:绥宁县人民医院}}的{{han:阙立新}}医生讲，好好练，左手能自己呷饭，走路难。她以前是夜市上嗓门最大的，现在一急就哭。我跟她讲维吾尔话，她听得懂一点，会笑。
访谈者：老家还有人吗？
受访者：我哥{{minority/uyghur:阿不都克力木}}在伽师种棉花，阿妈七十多了。{{trap/minority_word:肉孜节}}视频，阿妈看见孙子就哭，说他长得像我小时候。在{{trap/place:邵阳}}卖干果的老乡{{minority/uyghur:吐尔洪‧艾则孜}}每个月来一回，带葡萄干、巴旦木，还帮我看摊子。我给伢唧们讲{{trap/famous:阿凡提}}倒骑毛驴，女儿笑得在床上打滚。
访谈者：苗族的节日你们过吗？
受访者：过。四月八{{trap/minority_word:姑娘节}}，外婆蒸{{trap/minority_word:乌米饭}}，我做{{trap/minority_word:抓饭}}，两样摆一桌。邻居都来呷，讲咯个新疆佬的饭香。
访谈者：房子是自己的吗？
受访者：租的。房东{{han:扶德旺}}晓得我们难，房租两年冇涨。{{han:扶德旺}}讲，你把两个伢唧带大就要得。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:绥宁县长铺镇巫水北路夜市23号}}，屋在{{address:关峡苗族乡插柳村四组11号}}。我的身份证{{id_number@my1984hyphen.653129}}，儿子的{{id_number@my2014quad.430527}}。我手机{{mobile@plain}}，{{han:粟海燕}}的{{mobile@s434}}。我微信{{wechat:maimaiti_nang23}}。儿子有个扣扣，他报给我的：{{qq:1730589264}}。
访谈者：表上名字写得对吗？
受访者：乱得很。低保表上是{{minority/uyghur:买合木提吐尔逊}}，冇得点；银行卡上打的是{{minority/uyghur:买合木提.吐尔逊}}；残联的表又是{{spaced:买合木提 · 吐尔逊}}。学校把儿子写成{{minority/uyghur:穆再排尔・买合木提}}，女儿写成{{spaced:塔 吉 尼 萨}}，我老婆写成{{spaced:龙　金翠}}。
访谈者：您最盼什么？
受访者：盼我老婆能自己站起来，盼两个伢唧把书念好。我们维吾尔人讲，馕要趁热呷，日子要往前过。
""")

# H1514: Yi grandmother from 昭觉 raising two grandchildren in a Miao village of 黄桑坪 (绥宁); her son died cutting
# bamboo, the children's Miao mother remarried in 广西.
DOCS["H1514"] = ("family", """\
访谈者：阿妈，您是从哪里来的？
受访者：{{trap/place:大凉山}}，{{trap/place:昭觉}}县。我汉话讲不好，慢慢讲。我叫{{minority/yi:阿苏阿呷}}，彝族，寨子里的伢唧都喊我{{minority/yi:阿苏奶奶}}。
访谈者：怎么到这山里来了？
受访者：我儿子{{minority/yi:阿侯尔古}}，身份证上叫{{han:侯文清}}，十八岁出来打工，在{{trap/place:黄桑}}的竹山上砍竹子，认得了苗家姑娘{{han:龙春桃}}，就在这里安了家。前年秋天落大雨，他在山上放竹子，竹子滑下来，人就没了。
访谈者：孩子妈妈呢？
受访者：{{han:龙春桃}}第二年就嫁到{{trap/place:广西}}{{trap/place:龙胜}}去了，电话也换了。两个伢唧丢在屋里，冇人管。我一个人从凉山坐了三天车来的，我男人{{minority/yi:阿侯拉惹}}死得早，老家就剩我一个。
访谈者：两个孙子多大？
受访者：孙子{{minority/yi:阿侯达则}}十岁，学校写成{{minority/yi:侯达则}}，在{{school:黄桑坪苗族乡中心小学四年级（2）班}}。孙女{{minority/yi:阿侯嫫惹}}六岁，汉名{{han:侯美玲}}，在{{school:坪溪村教学点一年级}}，就村口那个学校，一个老师教三个年级。
访谈者：您一个人带两个孩子，过得来吗？
受访者：难。去乡里办事，都是孙子带我去，他给我翻话。刚来那年冬天，山里冷，我披着{{trap/minority_word:查尔瓦}}，寨子里的人都来看。我不会种水田，我们那边种{{trap/minority_word:苦荞}}、洋芋。隔壁的苗家婆婆{{han:蓝桂香}}教我插秧，我教她做{{trap/minority_word:坨坨肉}}，{{han:蓝桂香}}讲好呷。
访谈者：孩子们平时怎么过？
受访者：天不亮我就起来烧火，煮一锅洋芋饭，孙子呷了背着妹妹走山路去学校，一个钟头。落雨天路滑，我拄着棍子送到岭上，看着他们下坡才回来。晚上孙子写作业，我在火塘边上搓麻线，他教我认几个汉字，我教他唱我们的歌。他唱得比我还好。山里冬天落凌，水管冻住了，孙子就提着桶去井边挑水，一担水挑回来只剩半桶，裤脚全湿了。我心疼，他讲阿妈莫哭，我是男子汉。
访谈者：他们妈妈还联系吗？
受访者：去年过年打过一回电话，是个广西的号。她讲那边屋里也有了伢唧，顾不过来，让我莫怪她。我冇怪她，她年纪轻，一个人守不住。就是孙女接了电话一句话不讲，挂了以后躲到柴房里哭，我找了半天。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:麻翠兰}}，她从来不嫌{{trap/word:麻烦}}，两个伢唧的事实无人抚养是她跑的，每人每月{{trap/number:一千二百五十块}}。乡里的民政专干{{han:成德旺}}就把表拿到屋里来填，我按个手印。县社工站的{{compound:上官沁禾}}每个月来一回，教孙女认字。
访谈者：孩子在学校怎么样？
受访者：孙子读书好，就是话少。班主任{{han:过冬梅}}老师怕我们{{trap/word:过冬}}冷，送了两床棉被，又给伢唧买了棉鞋。{{han:过冬梅}}讲，{{minority/yi:达则}}作文写他阿达，写得全班都哭了。
访谈者：村里对你们好吗？
受访者：好。村支书{{han:粟正秋}}带人修到我们组的路，修通了伢唧上学就不用蹚水。有个大学生志愿者{{compound:诸葛若愚}}，寒假住在村里，天天给伢唧补课。卫生院的{{han:伍得福}}得空就来给我量血压。
访谈者：老家还有人吗？
受访者：有个女儿{{minority/yi:阿侯史惹}}，在{{trap/place:西昌}}餐馆洗碗，每个月寄五百块。{{trap/minority_word:火把节}}那天她打视频，两个伢唧看着那边的火把，问我啥时候回去。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事，孙女听一回哭一回，说太阳好可怜。
访谈者：您自己身体怎么样？
受访者：腰不好，背柴背的。去年腰疼得下不了床，{{han:麻翠兰}}叫车送我去县里，拍片花了四百多，报了一半。穿的衣服都是{{han:蓝桂香}}她们送的。我不怕苦，就怕我哪天倒了。老家的{{trap/minority_word:毕摩}}讲我命硬，我讲硬也要硬到伢唧长大。
访谈者：您想过带孩子回凉山吗？
受访者：想过。可伢唧的户口在这里，书也在这里读，回去了山更高，学校更远。他阿爸埋在这边山上，我走了，哪个给他烧纸？我就在这里，守着两个伢唧，守着他阿爸。
访谈者：{{minority/yi:达则}}，你帮奶奶讲一下登记信息好吗？
受访者：好。屋在{{address:绥宁县黄桑坪苗族乡坪溪村三组6号}}，奶奶老家是{{address:昭觉县竹核乡木渣洛村二组14号}}。奶奶的身份证{{id_number@wold.513431}}，我的{{id_number@my2015fwhyphen.430527}}。{{han:麻翠兰}}阿姨的电话{{mobile@p86h}}，姑姑的电话{{mobile@fullwidth}}，姑姑的微信{{wechat:Azhi_xichang88}}。我自己有个Q号{{qq:６０５１９２８４３}}，是{{compound:上官沁禾}}姐姐帮我注册的。
访谈者：表上的名字写得对吗？
受访者：乡里的表上我是{{minority/yi:阿侯·达则}}，县里的表写成{{spaced:阿侯 达则}}，奶奶写成{{spaced:阿 苏 阿 呷}}，{{han:过冬梅}}老师也被写成{{spaced:过 冬梅}}。
访谈者：阿妈，最后还想说什么？
受访者：谢谢这里的人。我们彝族讲，一个人的火塘烧不旺，大家的柴添上去才旺。
""")

# H1515: Mongolian mother from 西乌珠穆沁旗 who came to 南山牧场 (城步) as a milker; she lost a leg in a silage
# cutter and her Miao husband left; she raises their son alone.
DOCS["H1515"] = ("family", """\
访谈者：大姐，您是内蒙古来的？
受访者：是，{{trap/place:西乌珠穆沁旗}}的。我叫{{minority/mongolian:宝日乐玛}}。牧场上的人把“宝”当成姓，都喊我{{minority/mongolian:宝姐}}，我也应。
访谈者：怎么到城步来的？
受访者：十几年前{{trap/org:南山牧场}}到内蒙古招挤奶工、配种员，我跟着师傅{{minority/mongolian:乌力吉朝格图}}来的。后来认得了牧场开拖拉机的{{han:阳建华}}，他是{{trap/place:五团}}的苗族，我们就在{{trap/place:南山}}成了家。
访谈者：您的腿是……
受访者：四年前铡青贮，左腿卷进机器里，从膝盖截了。评了二级，两项补贴都有。出事以后{{han:阳建华}}他守了半年，后来讲去{{trap/place:东莞}}打工，就再冇回来，离婚协议是寄回来的。
访谈者：孩子呢？
受访者：一个儿子，{{minority/mongolian:阿拉斯楞}}，十二了，我们喊他{{minority/mongolian:斯楞}}。户口跟他爸，学校写的是{{minority/mongolian:阳斯楞}}，在{{school:城步县南山镇九年一贯制学校六年级（1）班}}。
访谈者：一个人带孩子，难不难？
受访者：难。我装了假腿，平路还行，牧场的坡上不去。{{minority/mongolian:斯楞}}早上五点起来烧火、煮奶茶，再走四里山路去上学。有一回下大雾，他在路上摔了，膝盖磕开一道口子，是{{han:连秋云}}连夜开车送到镇卫生院的。
访谈者：{{han:连秋云}}是哪个？
受访者：牧场的会计，我们两个是姐妹。卫生院的{{han:匡立群}}医生缝了五针，讲骨头冇事。
访谈者：还有谁帮你们？
受访者：镇上的儿童主任{{han:储小芳}}给伢唧报了困境儿童，每月{{trap/number:九百八十元}}。县民政局的{{han:禹建平}}来过两回，把低保也办了。牧场老板{{han:从建军}}从来冇扣过我一分钱，还让我在奶站记账，坐着就能做。社工{{compound:皇甫明月}}每月上山一回，带伢唧去县城看电影；法律援助的律师{{compound:夏侯文彬}}帮我打官司，要{{han:阳建华}}出抚养费。
访谈者：牧场上的活您现在还能干吗？
受访者：干得了一点。挤奶是机器挤，我看着仪表，记每头牛的产奶量。牧场两千多头牛，我认得出一百多头，哪头脾气大，哪头爱踢人，我都晓得。刚来的时候这里的人不信一个女的会配种，我做给他们看，一年配了三百多头。
访谈者：孩子爸爸给抚养费吗？
受访者：判了每月八百，给了三个月就断了。{{minority/mongolian:斯楞}}问我，阿爸是不是不要我们了。我讲，你阿爸冇本事，你要有本事。
访谈者：孩子在学校怎么样？
受访者：数学好，爱唱歌。音乐老师{{han:奉丽华}}让他在六一节上唱蒙古歌，他唱了一首《{{trap/famous:嘎达梅林}}》，台下好多人听哭了。我阿爸{{minority/mongolian:宝音德勒黑}}寄来一把{{trap/minority_word:马头琴}}，他自己学着拉。班主任{{han:时应秀}}{{trap/word:时常}}打电话问他在屋里好不好。
访谈者：在奶站记账，一个月有多少？
受访者：两千四。加上补贴、低保，够我们娘俩呷饭，伢唧读书的钱也攒得下一点。南山冬天冷，要落雪，有时候路封了，镇上的车上不来，我就煮一大锅羊骨头汤，够呷三天。伢唧讲这里的雪跟内蒙古的比，就是一层霜。
访谈者：孩子在学校有人笑话他吗？
受访者：有过。有个伢唧笑他妈是瘸子，他跟人打了一架，鼻子都打出血了。老师把我喊去，我拄着拐杖走到学校，跟那个伢唧讲，阿姨的腿是干活弄断的，不丢人。那伢唧脸红了，后来跟我儿子成了好朋友，两个人天天一起放学。
访谈者：您想回内蒙古吗？
受访者：想过。我阿妈{{minority/mongolian:萨仁其达}}七十了，每回视频都讲，回来吧，草原上有羊。可我这条腿骑不了马了。南山的草场跟我们那边像，夏天也开花，我站在坡上看着牛，就当回了家。晚上伢唧睡了，我坐在门口看月亮，我们那边讲，月亮是大家共一个，我阿妈在西乌看的跟我在城步看的，是一个月亮。伢唧讲长大要去{{trap/place:锡林浩特}}读书，看看外公的草原。
访谈者：过年怎么过？
受访者：我煮{{trap/minority_word:手把肉}}，{{han:连秋云}}带她屋里的人来呷，她男人喝多了，跟着伢唧学唱长调。我给伢唧讲{{trap/famous:成吉思汗}}小时候放羊的事，他讲他也要当英雄。
访谈者：登记信息请您说一下。
受访者：住在{{address:城步县南山镇南山牧场职工宿舍5栋103}}，老家在{{address:西乌珠穆沁旗巴拉嘎尔高勒镇宝日嘎查三组7号}}。我的身份证{{id_number@wy1983spaced.152526}}，儿子的{{id_number@my2013.430529}}。我电话{{mobile@h38}}，{{han:储小芳}}的{{mobile@plus86}}。我微信{{wechat:Bolorma_nanshan}}。儿子的扣扣：{{qq:908172635}}。
访谈者：名字写得对吗？
受访者：残疾证上我是{{spaced:宝 日 乐 玛}}，学校把儿子写成{{spaced:阿拉 斯楞}}，补助表写成{{spaced:阳　斯楞}}。
访谈者：最后还想说什么？
受访者：谢谢帮过我们的人。我们蒙古人讲，朋友多的人，心像草原一样宽。
""")

# H1516: Hui grandmother from 同心 (宁夏) in 儒林镇 (城步): her son, a cattle dealer, is in prison and his Dong wife
# is gone; she raises the two grandchildren.
DOCS["H1516"] = ("family", """\
访谈者：奶奶，{{trap/minority_word:色俩目}}。
受访者：{{trap/minority_word:色俩目}}，你也晓得这个？坐，喝碗{{trap/minority_word:盖碗茶}}。
访谈者：您是从宁夏来的？
受访者：{{trap/place:同心}}的。我汉名叫{{han:海玉翠}}，经名{{minority/hui:则奈白}}。来城步三年了，街上的人喊我{{han:海奶奶}}，老家的姊妹喊我{{minority/hui:则奈白}}。
访谈者：怎么到城步来的？
受访者：我儿子{{han:锁占林}}，经名{{minority/hui:伊斯玛衣来}}，十几年前到湖南贩牛，在{{trap/place:儒林镇}}开了个铺子，招牌上写的“{{han:锁占林}}牛羊购销部”，娶了{{trap/place:丹口}}的侗家姑娘{{han:蒲艳萍}}。
访谈者：后来出了啥事？
受访者：前年在{{trap/place:武冈}}牛市上跟人争一头牛，动了刀子，把人捅伤了。判了五年，关在{{trap/place:常德}}。{{han:蒲艳萍}}等了半年，把娃娃丢给邻居，一个人走了，到现在都寻不着。我从同心坐火车来，到这搭一看，两个娃娃饿得眼窝都陷下去了。
访谈者：两个孩子多大？
受访者：孙子{{minority/hui:伊力雅斯}}，汉名{{han:锁浩宇}}，九岁；孙女{{minority/hui:如格耶}}，汉名{{han:锁佳怡}}，五岁。学校的花名册上写的是{{minority/hui:锁伊力雅斯}}，老师图省事喊他{{minority/hui:亚斯}}，在{{school:城步县儒林镇第三完全小学三年级（4）班}}。孙女上{{school:儒林镇城东幼儿园中二班}}。
访谈者：您一个人带，咋样？
受访者：难。这搭的话我听不懂，我的话他们也听不懂。头一年冬天房子漏雨，是社区的{{han:尹红梅}}跑来给我们换了瓦。她给两个娃娃报了事实无人抚养，一个娃娃一月{{trap/number:一千三百一十元}}，我也有了低保。县民政局的{{han:禹建平}}讲，他爸在里面，他妈寻不着，这个就算，没麻达。
访谈者：孩子们在学校咋样？
受访者：{{minority/hui:亚斯}}他刚来跟不上，湖南话听不懂。班主任{{han:应春桃}}老师讲，他{{trap/word:应该}}先学会听，天天放学留他半个钟头。食堂没清真的，{{han:应春桃}}就给他单另留鸡蛋和青菜。有同学笑他不吃猪肉，一个女娃叫{{han:阳光华}}，站出来护着他，讲各家有各家的规矩。这娃娃性子{{trap/word:阳光}}，跟名字一样。
访谈者：还有谁帮过你们？
受访者：隔壁的{{han:别秀兰}}，{{trap/word:别看}}她嘴巴厉害，心好，我去县城办事，两个娃娃就放她屋里。派出所的{{han:满警官}}帮我查过{{han:蒲艳萍}}，讲她在{{trap/place:广东}}用过身份证。社工站新来的{{compound:南宫雨欣}}教孙女画画，监狱那边的管教{{compound:端木砚池}}打电话来，讲他阿大在里头表现好。
访谈者：过节咋过？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，给左邻右舍都送。{{trap/place:邵阳}}清真寺的{{han:白承礼}}阿訇来过两回，教{{minority/hui:亚斯}}念经。在邵阳卖牛肉的老乡{{minority/hui:穆伊斯哈格}}每个礼拜捎二斤牛肉来，娃娃们才吃得上肉。
访谈者：平时吃饭方便吗？
受访者：不方便。城步没有清真馆子，肉要到邵阳去买，一来一回一整天。平时就吃素，面条、洋芋、鸡蛋。我自己揉面、擀长面，娃娃们一顿能吃两碗。这搭的人爱吃辣子，娃娃们跟着同学学会了，现在吃面要放辣子，我吃一口辣得直淌眼泪。
访谈者：他阿大在里头能打电话吗？
受访者：一个月一回，十分钟。每回打来先问娃娃，再问钱够不够。我讲够，你莫操心。十分钟快得很，娃娃们抢着讲，讲不上几句就断了。孙女拿着手机不撒手，哭着喊阿大，那边早就挂了。
访谈者：您身体咋样？
受访者：血压高，腿也疼。这搭潮，一下雨骨头缝里都疼。社区的{{han:尹红梅}}给我办了慢病卡，拿药便宜了一半。我就怕我哪天躺下了，两个娃娃又没人管。
访谈者：娃娃们会说宁夏话吗？
受访者：孙女会说几句，孙子一开口就是湖南腔，我听了又好笑又难受。我教他们念经、做礼拜，他们学得慢，可也学。星期五我带他们去邵阳寺里，坐两个钟头的车，娃娃们在车上睡一路。
访谈者：孩子想爸妈吗？
受访者：想。{{minority/hui:如格耶}}晚上哭着要她妈。{{minority/hui:亚斯}}不哭，他讲等阿大出来，要跟阿大一搭里贩牛。我讲，你要念书。他阿大在电话里讲，妈，你替我把娃娃管好，我出来再不惹事了。
访谈者：登记信息请您说一下。
受访者：住在{{address:城步县儒林镇解放街西巷14号}}，老家是{{address:同心县预旺镇南关村五队3号}}。我身份证{{id_number@wold.640324}}，孙子的{{id_number@my2016tri.640324}}。我不会弄手机，号码是{{han:尹红梅}}给我设的：{{mobile@fws}}；{{han:尹红梅}}的{{mobile@s38}}，她的微信{{wechat:yinhm-rulin}}。孙子用我的手机上网课，扣扣{{qq:３０４８１７６２９}}。
访谈者：表上名字写得对吗？
受访者：学校把孙子写成{{spaced:锁 伊力雅斯}}，低保表上我是{{spaced:海　玉　翠}}，孙女写成{{spaced:如 格 耶}}。
访谈者：您最盼啥？
受访者：盼{{minority/hui:伊斯玛衣来}}早些出来，盼两个娃娃平平安安。胡大知道，我这把老骨头能撑一天是一天。
""")

# H1517: Miao 儿童主任 of 坪溪村, a mountain village of 黄桑坪 (绥宁), going through her book of nine households.
DOCS["H1517"] = ("staff", """\
访谈者：{{han:麻大姐}}，您这双解放鞋都走破了。
受访者：山里路多，一个月换一双。我叫{{han:麻翠兰}}，苗族，{{trap/place:黄桑坪}}坪溪村的儿童主任，干了五年。村里十一个组，散在三座山上，最远的一户走路要两个钟头。
访谈者：村里有多少困境儿童？
受访者：九个。我本子上一户一页，你看。头一户是彝族婆婆{{minority/yi:阿苏阿呷}}屋里，带两个孙，{{minority/yi:达则}}和{{minority/yi:嫫惹}}，事实无人抚养。婆婆汉话讲不来，每回都是孙子翻给我听。
访谈者：第二户呢？
受访者：苗家的，伢唧叫{{han:龙思琪}}，十一岁，屋里都喊她{{han:满妹唧}}。她爸{{han:龙再发}}在{{trap/place:温州}}打工，三年冇打过一个电话；她妈{{han:杨秀榕}}前年肝癌走了，{{han:龙再发}}再冇回来，丧事是村里帮着办的。{{han:满妹唧}}跟爷爷{{han:龙德高}}过，爷爷七十六，耳朵聋，喊他要扯起喉咙喊。她在{{school:黄桑坪苗族乡中心小学五年级（1）班}}，住{{address:坪溪村七组2号}}，身份证{{id_number@wy2014fw.430527}}。
访谈者：第三户？
受访者：侗家的，户主{{han:滕光辉}}，放炮炸断了一只手，{{han:滕光辉}}也评了残疾。女儿{{han:滕可馨}}脑瘫，八岁了还不会走，两项补贴都有，住{{address:坪溪村十组5号}}。那年发大水冲断了木桥，是我跟村支书{{han:粟正秋}}轮流背{{han:滕可馨}}去卫生院打针的。
访谈者：第四户？
受访者：汉族的，{{han:全福生}}{{trap/word:全部}}家当就一间木屋、两头猪。儿子媳妇离了婚，都在外面，孙子{{han:全俊杰}}跟着他。老人家六十八了，还上山砍柴卖，一担柴卖三十块，攒着给孙子交生活费。伢唧争气，考上了县里的寄宿初中，{{school:绥宁县民族中学七年级（2）班}}。
访谈者：您是怎么当上儿童主任的？
受访者：以前是村里的妇女主任，五年前乡里讲每个村要有个儿童主任，村里冇人愿意干，就落到我头上了。一个月补贴三百块，去县里培训过两回，学填表、学认定，学怎么跟伢唧讲话。头一年我连电脑都不会开，表都是手写，拍照发给乡里。
访谈者：入户主要看什么？
受访者：看伢唧有冇饭呷，有冇衣穿，有冇上学，屋里安不安全。{{han:滕可馨}}屋里的火塘没有护栏，我怕她爬进去，找人焊了一个。{{han:全福生}}的木屋漏风，伢唧冻得手上生疮，我报上去，乡里给换了窗子。有些事不在表上，比方伢唧心里苦不苦，这个要慢慢问。
访谈者：这么多户，您怎么跑得过来？
受访者：跑不过来也要跑。每个月十五号前我把九户走一遍，看伢唧呷的、穿的、读书。下雨天路滑，摔过好多跤，{{trap/word:成天}}一身泥。乡里的{{han:成德旺}}讲，{{han:麻姨}}是山上跑得最快的人。
访谈者：上面有人来帮吗？
受访者：县民政局{{han:滕股长}}下来过，我们走了一天，他脚上打了三个泡。县社工站的{{compound:上官沁禾}}每个月进山一回，给伢唧们上课。{{trap/org:湖南第一师范学院}}来支教的{{compound:宇文念慈}}，教伢唧们打篮球。
访谈者：伢唧们喜欢您吗？
受访者：大部分喜欢，有的怕我，以为我是来查他们屋里的。{{han:满妹唧}}头一回见我躲在门背后，后来我每回去都带一包糖，她就在路口等我。过六一，我把九个伢唧接到村部，煮一锅油茶，杀只鸡，伢唧们唱苗歌，我跟着唱，唱着唱着就哭了。
访谈者：有没有让您特别难受的事？
受访者：有。去年腊月，{{han:龙思琪}}问我，{{han:麻姨}}，我爸是不是死了。我讲冇有，在外面挣钱。她讲，那他为么子不打电话。我答不出来，回去哭了一夜。后来我托派出所的{{han:伍警官}}去查，查到{{han:龙再发}}在温州一个工地上，打通了电话，他在那头哭，讲冇脸回来。
访谈者：您自己家呢？
受访者：我男人就是{{han:粟正秋}}，村支书，两公婆一个管路一个管伢唧，这阵子{{han:粟正秋}}正在修通组公路。屋里的田是我婆婆种，我自己的崽在{{trap/place:邵阳}}读卫校。有一回落大雨，我从十组回来，山上滚石头下来，就砸在我前头几步，我蹲在岩石底下躲了一个钟头，手机冇信号，屋里急得到处找。
访谈者：您手上的联系电话能说一下吗？
受访者：我的{{mobile@s74}}，{{han:成德旺}}的{{mobile@spaced}}。村里有个伢唧群，在QQ上，群主是我，我的Q号{{qq:2460913578}}。微信是{{wechat:macuilan_psc}}。
访谈者：本子上的名字都对吗？
受访者：错的不少。县里下发的名单把{{spaced:阿 侯 达 则}}写成四个字分开，{{spaced:滕　可馨}}中间空一格，{{spaced:全 俊 杰}}也是，社工写成{{spaced:上　官　沁　禾}}。我一个一个改过来。
访谈者：最后想说什么？
受访者：山里的伢唧，屋里大人不在，就靠我们这些人。我只盼他们长大了，莫忘了是哪个背他们过的河。
""")

# H1518: Han officer of the children's welfare section of 城步县民政局 on how cases are certified and what goes
# wrong with names and numbers in the records.
DOCS["H1518"] = ("official", """\
访谈者：{{han:禹股长}}，您在民政局管儿童这块多久了？
受访者：七年。我叫{{han:禹建平}}，{{trap/org:城步县民政局}}儿童福利股的。全县的孤儿、事实无人抚养、困境儿童，台账都在我这台电脑里，一千一百多个伢唧。
访谈者：认定的标准是怎么样的？
受访者：孤儿跟事实无人抚养一个标准，散居的每月{{trap/number:一千三百四十元}}。父母一方死亡或者失踪，另一方服刑、重残、失联的，就算事实无人抚养。比方{{trap/place:儒林镇}}那户回族，伢唧他爸在里头，他妈寻不到，奶奶{{han:海玉翠}}从宁夏来带，{{minority/hui:伊力雅斯}}跟{{minority/hui:如格耶}}两个，是我去核的。
访谈者：核查最难的是什么？
受访者：名字。少数民族的名字长，还带点，系统里只认一种点。{{trap/place:丹口}}有个维吾尔族妈妈叫{{minority/uyghur:祖拜旦·吾斯曼}}，男人是苗族，前年修房子从楼板上摔下来走了，她一个人带两个伢唧。乡里录的时候打成了{{minority/uyghur:祖拜旦‧吾斯曼}}，银行卡上又是{{minority/uyghur:祖拜旦吾斯曼}}，一比对，对不上，钱退回来三回。
访谈者：后来怎么解决的？
受访者：我一个字一个字核，跑了四趟银行。她儿子户口跟爸爸，叫{{minority/uyghur:杨依力亚尔}}，学校又写成{{spaced:杨 依力亚尔}}，中间多一个空格。她讲，我这个名字给你们添麻烦了。我讲，名字冇错，是我们的系统要改。
访谈者：南山那边的蒙古族妈妈您也去过？
受访者：去过。{{minority/mongolian:宝日乐玛}}，牧场上都喊她{{minority/mongolian:宝姐}}。系统里录成了{{spaced:宝日 乐玛}}，残联那边又冇空格，两边数据打架。她儿子{{minority/mongolian:阳斯楞}}，按困境儿童办的。
访谈者：每年怎么复核？
受访者：一年一次，乡镇初审，县里复审，我们抽查三成。伢唧满了十八岁、父母出狱了、失联的找回来了，就要停发或者转档。有的家长不理解，讲你们就是想扣钱。我跟他们讲，停了这个，能转的我们都帮着转，读大学的还有助学金。
访谈者：钱是怎么发到手的？
受访者：每月十号前打到监护人的一卡通上。最怕的是监护人拿了钱不给伢唧用。去年{{trap/place:茅坪}}有个叔叔当监护人，钱全拿去打牌，伢唧穿的鞋都是破的。我们跟乡里商量，把监护人换成了伢唧的姑妈，钱才用到伢唧身上。
访谈者：你们怎么发现这些伢唧？
受访者：靠村里的儿童主任，靠学校，也靠医院。伢唧突然不上学了，学校要报；查出大病，医院要报。南山卫生院的{{han:匡立群}}报得最勤，他看过的伢唧，屋里有么子难处，他都记着。
访谈者：您下乡多吗？
受访者：一个月至少十天在乡下。城步山大，从县城到{{trap/place:汀坪}}要两个多钟头，到{{trap/place:蒋坊}}的路一落雨就塌方。有一回车子陷在泥里，我跟司机推了一个钟头，到伢唧屋里天都黑了，他奶奶点着松明子在门口等我们。
访谈者：股里人手够吗？
受访者：不够。股里三个人，我、{{compound:澹台砚秋}}、{{compound:申屠婉婷}}。{{compound:澹台砚秋}}管孤儿，{{compound:申屠婉婷}}管残疾儿童康复，全县十二个乡镇，一个人顶四个。社工站的{{compound:皇甫明月}}帮我们入户。
访谈者：有没有特别难认定的？
受访者：有。{{trap/place:五团}}有个伢唧叫{{han:蒋沐川}}，他爸{{han:蒋文焕}}二〇二一年出去打工就失联了，他妈{{han:于秋菊}}于去年病故。按规定，失联满六个月，公安出个证明就能认定。派出所的{{han:万所长}}讲，{{trap/word:万一}}人回来了咋办？我讲，回来了再调整，伢唧不能等。
访谈者：孩子现在谁带？
受访者：外婆{{han:储满娥}}。{{han:蒋沐川}}在{{school:城步县五团镇中心学校四年级（3）班}}，住{{address:五团镇金紫村二组13号}}。丹口那户住{{address:丹口镇桃园村六组20号}}。
访谈者：身份证号码录入也会出错吗？
受访者：常出错。家长念给我，念错一位就录不进。我念给你听，{{han:蒋沐川}}的：{{id_number@my2015tri.430529}}；{{minority/uyghur:杨依力亚尔}}的：{{id_number@my2017fwspaced.430529}}；{{minority/uyghur:祖拜旦}}的：{{id_number@wy1988x.653001}}，最后一位是叉。
访谈者：您的联系方式？
受访者：办公室打{{trap/hotline:12349}}转儿童股，伢唧有危险先打{{trap/hotline:110}}，我手机{{mobile@plus86spaced}}，丹口那户的{{mobile@p86n}}，{{han:储满娥}}的{{mobile@plus86dash}}。我微信{{wechat:yujp_cbmz}}，股里的工作QQ{{qq:573920146}}。
访谈者：名单上的名字写错的多吗？
受访者：多。去年全县核了一遍，{{spaced:祖 拜 旦 · 吾 斯 曼}}这种一个字一个空的，{{spaced:于　秋　菊}}这种全角空格的，{{spaced:蒋 沐 川}}这种半角的，都要一个个改。
访谈者：干这行最大的体会？
受访者：伢唧的事冇小事。一个名字、一个号码错一点，钱就到不了伢唧手里。
""")

# H1519: Dong house mother of the girls' dormitory of a boarding middle school in 绥宁, at roll call and after.
DOCS["H1519"] = ("staff", """\
访谈者：您在这个学校当生活老师几年了？
受访者：八年了。我叫{{han:蒲月娥}}，侗族，{{trap/place:东山}}乡人。伢唧们都喊我{{han:蒲妈妈}}。我管女生二栋，一百零几个妹唧，困境儿童有十一个。
访谈者：晚上怎么查寝？
受访者：九点半熄灯前点名，一间一间喊。二〇三：{{han:吴雨岑}}！到。{{han:杨紫涵}}！到。{{han:蓝一诺}}！……{{han:蓝一诺}}又跑到隔壁去了。{{han:石晓蕾}}！到。{{minority/yi:沙马史色}}！到。
访谈者：这些孩子里，困境儿童是什么情况？
受访者：{{han:石晓蕾}}，她爸在监狱里，她妈跑了，服刑人员子女。刚来的时候谁都不理，晚上蒙着被子哭。我就坐在她床边，不讲话，坐到她睡着。后来她跟我讲，{{han:蒲妈妈}}，你比我妈还像妈。
访谈者：一天怎么过？
受访者：早上六点吹哨，伢唧们起床、叠被子、洗漱，六点半去食堂。白天我打扫楼道、检查卫生，下午收晒的衣服。小的那几个不会洗衣服，我手把手教，教不会就帮着洗。晚上自习回来排队洗澡，热水器不够，要排到十点。
访谈者：女孩子的事情您也管？
受访者：管。好多妹唧第一次来月经，吓得哭，屋里冇妈跟她讲。我备着卫生巾，放在值班室，要的自己来拿，不用讲。{{han:石晓蕾}}头一回就是半夜来敲我的门，脸都白了。
访谈者：那个彝族孩子呢？
受访者：{{minority/yi:沙马史色}}，她爸{{minority/yi:沙马拉则}}是从{{trap/place:凉山}}过来的，在竹木加工厂做了十年，得了尘肺病，评了二级残疾，她妈是{{trap/place:寨市}}的侗家人。学校花名册上是{{minority/yi:沙史色}}，同学喊她{{minority/yi:史色}}。她爸身份证上的汉名叫{{han:沙建国}}，喘得下不了床，两项补贴跟伢唧的困境儿童补助都有。
访谈者：她在学校怎么样？
受访者：成绩好，在{{school:绥宁县民族中学八年级（4）班}}，年级前十。就是舍不得花钱，一个礼拜只带二十块，顿顿呷白饭配辣椒。我跟食堂的{{han:阳师傅}}讲好了，她去打菜多给一勺肉，不收钱，莫让她晓得。
访谈者：男生那边呢？
受访者：男生楼是{{compound:赫连铁军}}老师管。他那边的{{han:全俊杰}}，黄桑坪来的，周末回去要走三个钟头山路，我给他买了双雨靴。还有个伢唧叫{{han:龙皓宸}}，大家喊他{{han:犟牯伢}}，个子小，脾气倔，爸妈都在{{trap/place:义乌}}，一年回一次。{{han:犟牯伢}}跟人打架，被{{compound:赫连铁军}}老师罚扫厕所。
访谈者：学校里还有谁在管这些孩子？
受访者：校医{{compound:钟离楚楚}}，伢唧们有个头疼脑热都找她。心理老师{{compound:独孤静怡}}每个礼拜三晚上开个小组，{{han:石晓蕾}}去了两个学期，现在敢在班上发言了。还有个走读的学生{{compound:长孙佳琪}}，是{{han:石晓蕾}}的同桌，周末把她接回自己屋里呷饭。
访谈者：您印象最深的一件事？
受访者：前年冬天半夜，{{han:杨紫涵}}发高烧，烧到四十度。她外婆在山里，路上结冰，车进不去。我背着她下楼，{{compound:钟离楚楚}}开车，送到{{trap/org:绥宁县人民医院}}，守了一夜。天亮了她醒过来，问我，{{han:蒲妈妈}}，你是不是一夜冇睡。
访谈者：家长联系得上吗？
受访者：有的联系得上，有的联系不上。{{han:石晓蕾}}在{{school:绥宁县民族中学九年级（1）班}}，屋在{{address:东山侗族乡东山村八组19号}}，外婆的电话{{mobile@hyphen}}，她的身份证{{id_number@wy2011fullwidth.430527}}。{{minority/yi:沙马史色}}她妈的电话{{mobile@plain}}。我的微信{{wechat:puyuee-mzzx}}，好多家长加了，有事就在微信上讲。
访谈者：孩子们有QQ吗？
受访者：有。{{han:石晓蕾}}的扣扣{{qq:1587302946}}，{{minority/yi:史色}}的{{qq:２７０９４１８３５}}，熄灯以后她们躲在被子里聊，我收过好几回手机。
访谈者：花名册上的名字有写错的吗？
受访者：有。教务处打出来的表，有的空了格，像{{spaced:沙 马 史 色}}、{{spaced:吴 雨 岑}}，还有{{spaced:赫连 铁军}}，{{spaced:长　孙　佳　琪}}四个字全分开了。
访谈者：周末留校的孩子多吗？
受访者：十几个。屋里远的，屋里冇人的，就留下来。礼拜六我带她们去河边走，礼拜天下午写作业，晚上看一部电影，我煮面条给她们呷。有个妹唧讲，学校比屋里热闹，屋里就她跟奶奶两个，一天讲不到十句话。
访谈者：您觉得这份工作累吗？
受访者：累是累，一个人管一百多个伢唧，晚上睡不踏实，一有动静就爬起来看。手机规定要交到我这里，礼拜五发，礼拜天收。工资不高，一个月两千六。可伢唧们毕业了回来看我，喊一声{{han:蒲妈妈}}，我就觉得值。我跟妹唧们讲{{trap/famous:杨再思}}的故事，侗家人敬他，喊他飞山公，讲他保佑过路的伢唧。
访谈者：您自己的孩子呢？
受访者：屋里两个，一个读大学，一个在东山读小学，跟奶奶。我管别人的伢唧，自己的伢唧一个月见两回，讲起来也心酸。
访谈者：最后想说什么？
受访者：这些妹唧晚上睡着了，一个个跟小猫一样。我只想她们在学校这几年，有人管，有人疼。
""")

# H1520: Han doctor of the township health centre of 南山镇 (城步) on disabled and sick children he has followed.
DOCS["H1520"] = ("staff", """\
访谈者：{{han:匡立群}}医生，您在南山镇卫生院多少年了？
受访者：十九年了。我叫{{han:匡立群}}，{{trap/place:邵阳}}卫校毕业分到这里，全科，么子病都看。南山镇人少山大，牧场上的、苗寨里的，都找我。
访谈者：您接触的困境儿童多吗？
受访者：不少。报残疾、报两项补贴，头一道是我们卫生院出初诊意见。那个蒙古族大姐{{minority/mongolian:宝日乐玛}}，腿出事那天是我接的，血止不住，我跟牧场的{{minority/mongolian:乌力吉朝格图}}一路按着，送到{{trap/org:城步县人民医院}}。她伢唧{{minority/mongolian:斯楞}}站在门口，一声不吭，手上全是他妈的血。
访谈者：后来您还跟着这家人吗？
受访者：跟着。伢唧有鼻炎，一感冒就来找我。他外公{{minority/mongolian:宝音德勒黑}}从内蒙古寄来的蒙药，我也帮着看过说明书。
访谈者：还有别的孩子吗？
受访者：有个苗家伢唧叫{{han:蓝禾苗}}，先天性心脏病，五岁那年我听出杂音，叫他爸{{han:蓝贵松}}带去{{trap/place:长沙}}查。{{han:蓝贵松}}讲田里的{{trap/word:禾苗}}还冇插完，拖了两个月。后来是{{trap/org:省儿童医院}}的{{compound:左丘文韬}}医生做的手术，慈善基金出了大半的钱。
访谈者：还有吗？
受访者：还有个侗家妹唧{{han:杨笑笑}}，生下来就听不见，她妈{{han:吴四妹}}却一直以为她是性子慢。{{trap/org:县残联}}给她装了人工耳蜗，现在会喊妈妈了。{{han:杨笑笑}}讲的头一句话是“{{han:匡伯伯}}”，我听了眼泪都出来了。
访谈者：村里有村医帮您吗？
受访者：有。白云村的{{han:戴得胜}}开了个{{han:戴得胜}}诊所，伢唧们打疫苗都去他那里。{{han:戴得胜}}得了痛风，走路一拐一拐的，还是挨家挨户上门。
访谈者：山里的伢唧看病方便吗？
受访者：不方便。最远的村到卫生院要一个多钟头，还要翻坳。伢唧半夜发烧，大人抱着走山路来，鞋上全是泥。我们搞家庭医生签约，困境儿童每年上门体检一回，量身高体重、查视力、看牙齿。好多伢唧牙齿烂得一塌糊涂，屋里冇人管他们刷牙。
访谈者：您晚上也出诊？
受访者：出。电话一响就要去。有一回冬天半夜，{{han:蓝贵松}}打电话讲伢唧喘不上气，我开着摩托上山，路上结了冰，摔了两跤。赶到的时候伢唧嘴唇都紫了，我给他吸上氧，一路抱着送到县里。那回以后，他爸见了我就喊恩人，我讲莫喊，伢唧好了就行。
访谈者：残疾评定是怎么做的？
受访者：我们初诊，县医院复核，残联发证。伢唧们看见白大褂就哭，我现在下村都不穿了，背个药箱，伢唧们以为我是卖货的。有一回县医院儿科的{{compound:司马丽娟}}主任下来义诊，一天看了六十几个伢唧，查出来三个要评残疾的。镇社工站的{{compound:拓跋青崖}}把名单一个个录进去，跑了半个月。
访谈者：您觉得最难的是什么？
受访者：钱和路。伢唧要去长沙、邵阳看病，屋里出不起路费，大人又要打工。我跟镇上儿童主任{{han:储小芳}}商量，凡是困境儿童转诊，我们开证明，{{han:储小芳}}去申请临时救助。县民政局的{{han:禹建平}}倒是批得快，一般一个礼拜到账。
访谈者：您自己家呢？
受访者：我堂客{{han:邓慧敏}}是卫生院的护士，我们两个轮班，一个值夜班一个带崽。崽在{{school:城步县南山镇九年一贯制学校三年级（2）班}}，跟{{minority/mongolian:斯楞}}一个学校。
访谈者：您觉得这些年变化大吗？
受访者：大。以前伢唧残疾了，屋里就藏着，怕人笑话，也不晓得有补贴。现在儿童主任一户一户走，学校报，医院报，漏的少了。就是伢唧长大以后怎么办，冇人讲得清，这个我也担心。
访谈者：您对这些家长有什么话想讲？
受访者：莫拖，莫信偏方，伢唧有病早点来。补贴的钱要用在伢唧身上，助听器的电池、心脏病的复查，都要钱。我们邵阳出过{{trap/famous:魏源}}，我跟伢唧们讲，要读书，读了书才看得远。
访谈者：登记和联系方式能讲一下吗？
受访者：卫生院在{{address:城步县南山镇南山街58号}}。我电话{{mobile@fullwidth}}，{{han:邓慧敏}}的{{mobile@s74}}。我微信{{wechat:kuanglq_nanshan}}，{{han:邓慧敏}}的微信{{wechat:wxid_d7m3k9q2x5}}。{{han:蓝禾苗}}屋在{{address:南山镇白云村三组17号}}，他的身份证{{id_number@my2017fwspaced.430529}}，{{han:杨笑笑}}的{{id_number@wy2018spaced.430529}}。伢唧们复查提醒，我在QQ上发，我的Q号{{qq:447801925}}。
访谈者：病历本上名字写得对吗？
受访者：不一定。有张转诊单把{{spaced:蓝　禾苗}}写开了，{{spaced:杨 笑 笑}}也是，县医院那边的表上还把{{spaced:司 马 丽 娟}}主任写成四个字分开。
访谈者：最后想说什么？
受访者：山里的伢唧，生了病，早一天看就早一天好。我当了十九年医生，最怕的就是听到“拖一拖”。这句话我讲给每个新来的护士听，头一个听的是{{han:邓慧敏}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1513,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout190",))


if __name__ == "__main__":
    main()
