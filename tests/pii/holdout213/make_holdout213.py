# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 213 (tests/pii/holdout213/H1689-H1696 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no person, number, account or sentence is taken from the earlier
sets (the script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv /
traps.csv, or a name in names.csv, and that no trap string was gold in an earlier set; set 212, written at the same
time, is not an earlier set). Trap words (places, festivals, famous names, amounts, hotlines) may be words an earlier
set also marked as traps; the build allows that.

Set 213 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
子洲 and 清涧 (榆林, Shaanxi; loess-hill counties of jujube orchards, astragalus fields, stone-slab cave dwellings and
terraced slopes), speaking 陕北 Mandarin (这搭, 一搭, 言传, 寻, 黑地, 硷畔, 他大, 大大, 婆姨, 女子/小子, 殁了): a Yi
mother from 美姑 married into a village of 苗家坪镇, her Han husband paralysed by a fall from a scaffold; a Tibetan
grandfather from 天祝 raising in 折家坪镇 the two orphans of his son, a truck driver, and his Han daughter-in-law,
killed together on a slope above the 无定河; a Mongolian mother from 乌审旗 who works in an astragalus plant in
双湖峪, her Han husband in prison; a Hui grandmother from 同心 in 宽州镇 whose son was paralysed by a stroke and whose
daughter-in-law left (事实无人抚养); the Han 儿童主任 of 杏树墕村 reading out her book of households; the Han
civil-affairs assistant of 折家坪镇 going through the case files; a Han officer of the 子洲 disabled persons'
federation; and the Han head teacher of the rural 折家坪镇中心小学. The emphasis is on forms where a replacement
might cover only part of a name, or miss it, in a mix rather than one trick:

* a Han surname before a non-Han given name (拓阿各嫫, 杨贡保, 杨然毛草, 杨闹吾杰, 强那森图, 强乌恩琪, 惠阿呷, 艾阿木,
  惠敖敦, 马易思哈格, 海萨丽麦), a Yi clan name that reads like a Han name (马海伍果, taken at the desk for 马 +
  海伍果), and the Han-style names of the same people (拓文博, 杨禹川, 强振宇, 牛秀英, 马骁腾, 海子铭);
* given name + father's name with the dot written ·, ‧, . and not at all (温都苏娜·查干呼, 温都苏娜‧查干呼,
  温都苏娜.查干呼, 温都苏娜查干呼), a Yi clan + given name with a katakana dot (俄底・阿芝), spaced dots (温 都 苏 娜
  · 查 干 呼, 俄底 · 阿芝);
* forms of address made from non-Han names, annotated whole (芝女子, 沙娃, 贡老汉, 温姐, 小乌恩, 草草, 敦敦), short
  forms (史者, 闹吾杰, 然毛草, 那森图, 乌恩琪, 优努) and a 经名 beside the Han name (宰纳白, 易卜拉, 优努思, 萨丽麦,
  大吾德, 易思哈格, 如海叶);
* rare surnames of the region (拓, 折, 惠, 訾, 呼, 党, 慕, 屈, 霍, 姬, 井, 延, 强, 米, 同, 从, 时, 来, 尚, 师, 苗, 乔, 锁,
  海, 黑, 哈) with the ordinary words they begin beside them (拓海宽 / 拓宽, 白天明 / 白天, 惠利民 / 惠民政策,
  强国庆 / 国庆节, 屈改莲 / 委屈, 屈指可数, 同丽娟 / 同学, 从建国 / 从此, 时宝山 / 时常, 锁存芳 / 锁门, 黑德明 / 黑地,
  米满仓 / 小米, 折股长 / 折扣, 党红梅 / 党员, 党支部, 于巧玲 / 于是, 高校长 / 高校, 慕桂英 / 羡慕, 艾红霞 / 艾草,
  苗满囤 / 黄芪苗, 延小平 / 延安, 海子铭 / the poet 海子, 左丘明朗 / 左丘明);
* names right before or after grammar words, particles, pronouns and verbs (惠正德正月, 霍得胜得了, 贺能成能吃苦,
  冯又红又, 那阵子那森图, 从建国从网吧, 黑德明黑地, 兰巧巧却, 米二虎再, 慕桂英都, 来秀芳也, 呼晓东今年也, 枣娃就,
  井欢欢还, 喊闹吾杰才, 把霍引弟, 被郝三喜, 倒是延小平, 让沙娃, 给粮粮, 跟于巧玲, 霍引弟和霍得胜, 同丽娟她,
  白天明他, 惠利民讲, 訾守业说, 喊杨禹川他);
* a surname with only a title or kin word, annotated whole (屈姨, 屈主任, 白干部, 党主任, 高校长, 折老汉, 强老汉,
  锁奶奶, 哈阿訇, 折股长, 师老师), a given name with a kin word (改莲姨姨, 映秋姐姐; the span is the name) and local
  nicknames, annotated whole (粮粮, 枣娃);
* names inside organisation-like phrases where the name is the person's (苗满囤黄芪厂, 黑德明清真牛肉铺), names at
  the start of a line or turn (屈主任，…, 高校长，…, 贺亮亮，六岁) and closing one (还是姬宁宁。);
* names spaced out character by character in half- and full-width spaces (俄　底　阿　芝, 贡 保 尖 参, 海　萨　丽　麦,
  易 思 哈 格, 阿 牛 日 嫫, 查 娜 图 雅, 杨　然　毛　草, 萨 其 拉 高 娃, 皇 甫 秋 禾, 端 木 松 涛, 锁 存 芳, 霍　引　弟,
  折　枣　花) and names split in two (拓 海宽, 杨 闹吾杰, 东智　才让, 强　乌恩琪, 海 存喜, 米 满仓, 惠 阿呷,
  马海　伍果, 呼 晓东, 左丘 明朗);
* compound surnames after ordinary words (赫连, 独孤, 宇文, 南宫, 申屠, 上官, 澹台, 拓跋, 钟离, 鲜于, 司徒, 皇甫, 万俟,
  长孙, 夏侯, 东方, 端木, 闻人, 亓官, 左丘, 公良, 梁丘 after 社工/志愿者叫/律师/心理老师/康复师/大夫/村医/听力师/
  语文老师/支教的大学生);
* numbers and accounts written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:屈姨}}``, ``{{qq:3085142967}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (tibetan, yi, mongolian, hui) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2017quad.610830}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 姨姨, 姐姐) and a particle, pronoun or
verb written directly after a name (也, 都, 就, 才, 还, 再, 正, 又, 却, 得, 能, 那, 她, 他, 讲, 说) are outside the
span; a surname with only a title or kin word (屈姨, 白干部, 高校长, 折老汉, 锁奶奶, 哈阿訇, 师老师) and a local
nickname (粮粮, 枣娃) are annotated whole. Han-style names of Yi, Tibetan, Mongolian and Hui people (牛秀英, 杨禹川,
强振宇, 锁存芳, 海存喜, 马骁腾, 黑德明) are category han; a Han surname before a non-Han given name (杨贡保, 拓阿各嫫,
强那森图, 惠敖敦, 马易思哈格, 海萨丽麦) is category minority, and so are forms of address made from a non-Han name
(芝女子, 沙娃, 贡老汉, 温姐, 小乌恩, 草草, 敦敦).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout213/make_holdout213.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(213_2026_1207)
MINORITY_GROUPS = ("tibetan", "yi", "mongolian", "hui")
# Floors from the brief.
GROUP_FLOORS = {"tibetan": 10, "yi": 10, "mongolian": 10, "hui": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "172", "180", "182", "183", "185", "186",
                   "188", "193", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1689: Yi mother from 美姑 (凉山) married into a loess-hill village of 子洲 (苗家坪镇); her Han husband was
# paralysed by a fall from a scaffold.
DOCS["H1689"] = ("family", """\
访谈者：阿姐，您是从凉山嫁过来的？
受访者：嗯，{{trap/place:美姑}}的。我叫{{minority/yi:俄底阿芝}}，到这搭十二年了。我婆婆念不顺，一直喊我{{minority/yi:芝女子}}，村里的婆姨们也跟着喊。
访谈者：怎么到陕北来的？
受访者：那些年我在{{trap/place:昆山}}电子厂打工，认得了我男人{{han:拓海宽}}。他是{{trap/place:子洲}}人，老实，不爱言传。我阿妈{{minority/yi:吉伍曲莫}}不同意，说山高路远，吃不惯面。我还是跟他回来了，住他大留下的石板窑，冬暖夏凉。
访谈者：您先生现在身体……
受访者：前年他在{{trap/place:神木}}工地上搭架子，从三楼跌下来，腰椎断了，下半身没知觉，只能坐轮椅。包工头跑了，一分钱没赔。那年村里的路正{{trap/word:拓宽}}，他还说回来帮着铺石子，结果再也站不起来了。
访谈者：家里几个孩子？
受访者：两个。小子户口上叫{{han:拓文博}}，彝名是我起的，叫{{minority/yi:尔沙}}，他奶奶念不来，喊他{{minority/yi:沙娃}}。十一了，在{{school:苗家坪镇中心小学五年级二班}}。女子七岁，户口上就是{{minority/yi:拓阿各嫫}}，我们喊{{minority/yi:阿各嫫}}，在{{school:杏树墕村教学点一年级}}。
访谈者：出事以后谁帮了你们？
受访者：头一个是村里的儿童主任{{han:屈改莲}}，我们都喊她{{han:屈姨}}。她跑到窑里一样一样给我讲：你男人这种能办残疾证，有两项补贴；两个娃娃能报困境儿童。我汉字认不全，表都是{{han:屈姨}}帮我填的，跑断腿也没说过一句{{trap/word:委屈}}。
访谈者：现在补助有多少？
受访者：低保一家四口，一个月{{trap/number:一千一百六}}。{{han:拓海宽}}的两项补贴加起来两百出头，两个娃娃每人每月{{trap/number:五百八十块}}。镇上民政办的{{han:惠利民}}来核过三回，临走{{han:惠利民}}讲，这是{{trap/word:惠民政策}}，叫我莫怕麻烦。
访谈者：孩子们在学校怎么样？
受访者：小子学习还行，就是犟。班主任{{han:同丽娟}}老师说，有{{trap/word:同学}}笑他妈说话怪，他跟人打了一架。{{han:同丽娟}}她没罚他，让{{minority/yi:沙娃}}给全班唱了一首彝歌，后来再没人笑了。{{minority/yi:阿各嫫}}胆小，头一个月天天哭，她大就坐着轮椅在硷畔上等她放学。
访谈者：您一个人撑这个家，累吗？
受访者：累么。春上栽{{trap/word:黄芪}}，秋里打枣，黑地还要给男人翻身擦洗。婆婆{{han:慕桂英}}都七十三了，腿不灵，能帮我看娃娃。村里人说{{trap/word:羡慕}}她寻了个好媳妇，她就笑。
访谈者：您先生现在每天做些什么？
受访者：头一年他不吃不喝，说自己成了个废人，拖累我们娘几个。我就跟他吵，说你活着，娃娃就有大。后来村上在枣子合作社给他寻了个活，坐着轮椅看烘干机，一个月八百块。他手巧，闲下来用柳条编筐，编一个卖二十，攒下的钱给女子买了个新书包。现在话也多了，黑地里还给娃娃们讲他年轻时候在南方打工的事。
访谈者：冬天家里怎么过？
受访者：窑里烧炕，炭是镇上冬季救助给送的，两吨，够烧到开春。最怕下雪，硷畔上的路滑，轮椅推不出去，他一个冬天就闷在窑里。去年腊月雪大，村里的后生们扫了一早上的路，把他推到村委会看了一场秧歌，他回来高兴了好几天。我们凉山冬天也冷，可没有这搭的风硬，刮在脸上像刀子。
访谈者：娘家人来看过你们吗？
受访者：我兄弟{{minority/yi:俄底史者}}在神木煤矿下井，一两个月来一回，给娃娃买衣裳。{{minority/yi:史者}}说，阿姐，撑不住就回凉山。我说回去做啥子，轮椅推不上山，娃娃们也只会说几句彝话了，根扎在这搭了。过{{trap/minority_word:火把节}}他提一块腊肉来，我做{{trap/minority_word:坨坨肉}}，婆婆也吃惯了。我现在会擀面、会蒸馍，还会唱两句信天游，村里人都说我成了半个陕北婆姨。
访谈者：还有谁来过？
受访者：县社工站的{{compound:赫连望舒}}，每个月来一回，陪小子说话。暑假有个大学生志愿者叫{{compound:独孤映秋}}，在村委会给娃娃们补课。县残联的{{han:党红梅}}上门给男人做了评定，又送来一辆新轮椅。
访谈者：登记的信息请您说一下。
受访者：家在{{address:子洲县苗家坪镇杏树墕村三组17号}}。我的身份证{{id_number@wy1989spaced.513436}}，小子的{{id_number@my2014.610831}}。我电话{{mobile@s434}}，{{han:屈姨}}的{{mobile@plus86}}。我微信叫{{wechat:azhi_meigu89}}，男人的微信是{{wechat:tuohaikuan-1985}}。小子用我的手机上QQ，号码是{{qq:3085142967}}。
访谈者：表上的名字写得对吗？
受访者：乱的。户口本上我是{{minority/yi:俄底阿芝}}，中间没点；低保本上打了个点，成了{{minority/yi:俄底・阿芝}}；学校家长表上写成{{spaced:俄　底　阿　芝}}，一个字一个空；男人的残疾证上是{{spaced:拓 海宽}}。
访谈者：以后有啥打算？
受访者：等女子大些，我想去县城的枣厂做工。我阿妈说过，彝家的女人像{{trap/word:苦荞}}，撒到哪搭都能活。
""")

# H1690: Tibetan grandfather from 天祝 raising in 清涧 (折家坪镇) the two orphans of his son, a truck driver, and
# his Han daughter-in-law, killed together on a slope above the 无定河.
DOCS["H1690"] = ("family", """\
访谈者：阿爷，您是从甘肃来的？
受访者：{{trap/place:天祝}}的，{{trap/place:乌鞘岭}}底下。我叫{{minority/tibetan:贡保尖参}}，身份证上是{{minority/tibetan:杨贡保}}，我们天祝的藏族人多半有个汉姓。这搭的人叫不惯，都喊我{{minority/tibetan:贡老汉}}。
访谈者：怎么到清涧来了？
受访者：为两个孙孙。我儿子{{minority/tibetan:东智才让}}年轻时开大车，往外头拉{{trap/place:清涧}}的石板，认得了{{trap/place:折家坪镇}}的女子{{han:折枣花}}，就在这搭安了家。前年腊月两口子拉货回来，车在{{trap/place:无定河}}边的坡上翻了，人都没了。
访谈者：孩子们多大了？
受访者：大的是女子，十二，户口上叫{{minority/tibetan:杨然毛草}}，学校的娃娃们喊她{{minority/tibetan:草草}}。小的是小子，八岁，叫{{minority/tibetan:杨闹吾杰}}。{{minority/tibetan:闹吾杰}}他妈在的时候给他起了个汉名{{han:杨禹川}}，学校花名册上用的是汉名。我们天祝话把小娃娃叫{{trap/word:尕娃}}，他妈跟着我喊，喊惯了。
访谈者：现在谁在照顾他们？
受访者：我跟他外爷外婆轮着。外爷{{han:折老汉}}中过风，半边身子动不了，外婆{{han:霍存英}}伺候他一个就够受了。我老伴{{minority/tibetan:德欠吉}}在天祝守着羊，走不开。我七十一了，就下来了，住在儿子留下的那孔石窑里。
访谈者：您在天祝是做什么的？
受访者：放了一辈子羊，牦牛也放过。天祝的草山高，夏天凉快，冬天冷得能冻掉耳朵。这搭不一样，山是黄土山，一下雨沟里全是泥汤子。头一年我住不惯窑洞，嫌黑，嫌闷，黑地里睡不着，就坐在硷畔上看星星。现在惯了，窑洞冬暖夏凉，比我们的帐房还好。
访谈者：政府这边有哪些帮助？
受访者：两个娃娃算孤儿，镇上民政的{{han:白天明}}给报了孤儿基本生活费，一个娃一个月{{trap/number:一千五百一十块}}。{{han:白天明}}他为这个跑了四趟{{trap/place:宽州镇}}，我不识字，手续都是他办的。村里的儿童主任{{han:惠翠翠}}隔几天来一回，{{han:惠翠翠}}说缺甚了就给她言传。
访谈者：孩子们在学校怎么样？
受访者：两个都在镇上念书，大的在{{school:折家坪镇中心小学六年级一班}}，小的在{{school:折家坪镇中心小学二年级（3）班}}。{{han:高校长}}对我们好，隔三岔五问一句娃娃们吃了没。班主任{{han:于巧玲}}老师教孙女跳锅庄，六一上台跳了，我在底下看着眼泪就下来了。
访谈者：您跟孩子们说话能通吗？
受访者：汉话我说得不好，他们藏话说得更不好。孙子跟我说清涧话，我听个大概。孙女灵，跟我学了几句藏话，在学校里还教给同学。有一回我病了，躺了三天，孙女给我熬小米稀饭，一勺一勺喂。我心里想，这娃娃像她妈，心细。
访谈者：孩子们想爸妈吗？
受访者：想。{{minority/tibetan:闹吾杰}}黑地里哭醒，喊阿妈。我给他讲{{trap/famous:阿古顿巴}}的故事，讲着讲着他就睡了。{{minority/tibetan:然毛草}}不哭，把她妈的红头巾叠得整整齐齐压在箱底，谁也不让动。清明我带两个娃娃去坟上，按我们的规矩{{trap/minority_word:煨桑}}，按这搭的规矩烧一沓纸，两样都做，他大他妈都能收到。
访谈者：村里人对你们怎么样？
受访者：好着呢。村里过事情，红白喜事都叫上我们，我不会划拳，就坐着喝两盅。正月里闹秧歌，村上让孙子扮了个小货郎，他高兴得一黑地没睡着。开春我帮着村里人放羊，一天挣几十块，够买娃娃们的本子铅笔。
访谈者：吃饭怎么办？
受访者：我只会拌{{trap/minority_word:糌粑}}，娃娃们吃不惯。外婆教我熬{{trap/word:钱钱饭}}、蒸黄馍馍，现在我也会了。{{trap/minority_word:洛萨}}的时候我给两个娃娃各献一条{{trap/minority_word:哈达}}，他们给我磕头，说{{trap/minority_word:扎西德勒}}。邻家{{han:贺二牛}}每年秋里帮我打枣，枣卖了钱都给娃娃们存上。
访谈者：还有谁帮过你们？
受访者：县上有个社工叫{{compound:宇文朝阳}}，每个月带娃娃们去县城耍一回。心理老师{{compound:南宫映雪}}给孙女做了半年辅导。车祸的赔偿是法律援助的律师{{compound:申屠国栋}}帮着打的官司，拿回来八万，存在娃娃们名下，谁也不能动。
访谈者：登记的信息请您说一下。
受访者：家在{{address:清涧县折家坪镇枣湾村二组8号}}。我的身份证{{id_number@my1954.620623}}，孙子的{{id_number@my2017quad.610830}}。我的电话是{{han:白天明}}给办的卡：{{mobile@hyphen}}，我老伴在天祝，电话{{mobile@fullwidth}}。孙女有个QQ，号码她写在作业本皮上：{{qq:２４０６１９７３５８}}。我的微信是村上给开的，叫{{wechat:gongbao_tianzhu}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:贡 保 尖 参}}，孤儿证上孙子写成{{spaced:杨 闹吾杰}}，我儿子的死亡证明写成{{spaced:东智　才让}}。
访谈者：您还想说什么？
受访者：我老了，能陪他们几年是几年。等孙子长大了，我要带他回天祝，看看他大放过羊的草滩。
""")

# H1691: Mongolian mother from 乌审旗 who works in an astragalus plant in 子洲 (双湖峪镇); her Han husband is in
# prison for fraud.
DOCS["H1691"] = ("family", """\
访谈者：大姐，您在这个黄芪厂干了多久了？
受访者：快四年了，切片、晾晒、装袋，甚都干。我是{{trap/place:乌审旗}}的蒙古族，名字叫{{minority/mongolian:温都苏娜}}，我阿爸叫{{minority/mongolian:查干呼}}，我们那搭兴把阿爸的名字跟在后头，身份证上就成了{{minority/mongolian:温都苏娜查干呼}}。厂里的婆姨们嫌长，都喊我{{minority/mongolian:温姐}}。
访谈者：怎么到子洲来的？
受访者：乌审旗跟{{trap/place:榆林}}挨着，两边结亲的多。我男人{{han:强国庆}}是{{trap/place:双湖峪}}人，{{trap/word:国庆节}}那天生的，他大就给起了这个名。早些年他在{{trap/place:鄂尔多斯}}跑运输，我们认得了，后来一搭回了子洲。
访谈者：您先生现在……
受访者：在里头。前年他跟人合伙倒腾煤，叫人骗了，他又去骗别人，判了五年，关在{{trap/org:延安监狱}}。我带两个娃娃，还要伺候他大，一个聋老汉，村里都喊{{han:强老汉}}。
访谈者：孩子们呢？
受访者：大的小子十四，户口上叫{{minority/mongolian:强那森图}}，他爷爷嫌不像汉人，又给起了个{{han:强振宇}}，学校用的是汉名，家里都喊{{minority/mongolian:那森图}}。他在{{school:子洲县第二中学初二（4）班}}。小的女子九岁，叫{{minority/mongolian:强乌恩琪}}，在{{school:双湖峪镇第一小学三年级五班}}，同学们喊她{{minority/mongolian:小乌恩}}。
访谈者：孩子知道爸爸的事吗？
受访者：大的知道。那阵子{{minority/mongolian:那森图}}不上学，跟人在网吧里混。班主任{{han:从建国}}从网吧里把他拽回来，{{trap/word:从此}}每天放学留他写作业。{{han:从建国}}说，娃娃心里憋着气，得有人给他个出路。小的还以为她大在外头打工，每回打电话都问啥时候回来给她买裙子。
访谈者：都有哪些补助？
受访者：社区的{{han:延小平}}给两个娃娃报了服刑人员子女补助，每人每月{{trap/number:六百二十元}}，又给我们报了低保。{{han:延小平}}是{{trap/place:延安}}嫁过来的，她说她这个姓跟延安是一个字。公公的残疾证是县残联的{{han:党红梅}}上门办的，两项补贴一个月一百多。
访谈者：厂里对您怎么样？
受访者：老板{{han:苗满囤}}人好，{{han:苗满囤}}黄芪厂在城边上，收的是附近几个乡的黄芪。春上他让我们去育{{trap/word:黄芪苗}}，一天一百二，我抢着去。一个车间的{{han:艾红霞}}下雨天帮我接女子，端午还给我门上插了一把{{trap/word:艾草}}，说避邪。
访谈者：厂里的活累不累？
受访者：累是累，比放羊强。黄芪要趁湿切片，薄厚要一样，晒的时候要翻，下雨要收。一到秋天收黄芪，厂里三班倒，手上全是口子。工钱按件算，手快的一个月能挣三千多，我一般两千六七。女子放学先到厂里来，趴在车间门口的凳子上写作业，等我下班一搭回。
访谈者：孩子们去看过爸爸吗？
受访者：去过两回。头一回女子隔着玻璃叫爸爸，叫完就哭，她大在那头也哭。小子一句话不说，出来了在车上跟我说，妈，我以后不叫你操心了。那年期末他考了全班第九，是他上初中以来最好的一回。
访谈者：还有谁帮过您？
受访者：法律援助的律师{{compound:上官蓼汀}}帮我问过减刑的事。学校的心理老师{{compound:澹台疏影}}一礼拜找小子谈一回。社工{{compound:拓跋怀瑾}}带我们去延安会见过两回，她说她这个姓是鲜卑人传下来的。
访谈者：老家那边呢？
受访者：我额吉{{minority/mongolian:孟根塔娜}}在乌审旗放羊，一年捎两回{{trap/minority_word:炒米}}和奶皮子。我弟弟{{minority/mongolian:巴图吉日格勒}}开车送过来，跟小子摔跤，说他是{{trap/famous:成吉思汗}}的后代，不能叫人看扁了。过{{trap/minority_word:查干萨日}}我给娃娃们穿上蒙古袍，{{minority/mongolian:乌恩琪}}高兴得转圈圈。那边地平，草滩一眼望不到边，这搭全是沟沟峁峁，出门就爬坡。我刚嫁过来赶集走迷了，是一个拦羊的老汉把我送回来的。
访谈者：您最难的时候是什么时候？
受访者：男人刚进去那年冬天。炭也买不起，三口人挤在一个炕上。那时候我天天唱{{trap/famous:嘎达梅林}}，唱着唱着就不怕了。后来倒是{{han:延小平}}上门，一样一样帮我把补助办下来，我才缓过这口气。
访谈者：登记的信息请您说一下。
受访者：租的房子在{{address:子洲县双湖峪镇大理河北路苗家巷9号}}，厂子在{{address:双湖峪镇石家湾工业园3号厂房}}。我的身份证{{id_number@wy1986hyphen.150626}}，小子的{{id_number@my2011fw.610831}}。我电话{{mobile@s38}}，{{han:延小平}}的{{mobile@p86n}}。我微信{{wechat:urihan-wsq}}，小子的QQ是{{qq:57190264}}。
访谈者：表上的名字都对吗？
受访者：五花八门。低保表是{{minority/mongolian:温都苏娜·查干呼}}，厂里的工资表打成{{minority/mongolian:温都苏娜.查干呼}}，学校家长表是{{minority/mongolian:温都苏娜‧查干呼}}，监狱会见登记写成{{spaced:温 都 苏 娜 · 查 干 呼}}，女儿的名字写成{{spaced:强　乌恩琪}}。
访谈者：您盼什么？
受访者：盼他出来好好做人。五年快得很，女子到时候就上初中了。
""")

# H1692: Hui grandmother from 同心 (宁夏) in 清涧 county town (宽州镇); her son is paralysed by a stroke and his
# wife has gone, the two grandchildren are 事实无人抚养.
DOCS["H1692"] = ("family", """\
访谈者：奶奶，您是宁夏人？
受访者：{{trap/place:同心}}的。我叫{{han:锁存芳}}，经名{{minority/hui:宰纳白}}。来清涧二十年了，街上的人都喊我{{han:锁奶奶}}。我出门从来不{{trap/word:锁门}}，他们就笑，说{{han:锁奶奶}}家的门是个摆设。
访谈者：怎么到清涧来的？
受访者：跟着儿子来的。儿子{{han:海存喜}}，经名{{minority/hui:易卜拉}}，在{{trap/place:宽州镇}}街上开了个羊肉馆，我帮他洗碗择菜。前年他才三十八，脑出血，抢救回来右半边瘫了，话也说不清，一级残疾。媳妇{{han:兰巧巧}}是{{trap/place:吴堡}}人，说好了一搭过，{{han:兰巧巧}}却只守了半年，就走了，再没回来。
访谈者：孙子孙女多大？
受访者：孙子十岁，学名{{han:海子铭}}，经名{{minority/hui:优努思}}，我们喊{{minority/hui:优努}}，在{{school:清涧县宽州镇第二小学四年级六班}}。孙女六岁，经名{{minority/hui:萨丽麦}}，幼儿园老师写不来，登记成{{minority/hui:海萨丽麦}}，她自己也认了，在{{school:宽州镇中心幼儿园大二班}}。
访谈者：您儿子现在怎么样？
受访者：能坐起来了，左手能端碗，右手还是不行。说话一个字一个字往外蹦，急了就拍炕沿。他心里明白，就是嘴跟不上。羊肉馆盘出去了，盘了六万块，治病花得剩不下多少。他常说对不住两个娃娃，我说你好好活着，就是对得住。社区给他申请了一辆电动轮椅，天好的时候孙子推着他到巷口晒太阳。
访谈者：现在家里靠什么过？
受访者：靠政府。社区的儿童主任{{han:姬红艳}}说，娃娃他大重残，他妈又寻不见，两个娃娃算事实无人抚养，每人每月{{trap/number:一千一百五十元}}。{{han:海存喜}}有两项补贴，一家四口还有低保。{{han:姬红艳}}跑了一个多月，材料摞起来有一拃厚。
访谈者：一天是怎么过的？
受访者：天不亮我先起来做礼拜，再烧水给儿子擦洗，熬一锅米汤，蒸一笼馍。孙子上学走了，我背上孙女去菜市场，一斤菜要跟人讲半天价。后晌给儿子按腿，按一个钟头，胳膊酸得抬不起来。黑夜孙子写作业，我就在灯底下补衣裳，眼睛花了，针都穿不上，得叫孙子帮我穿。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:优努}}懂事，放学先给他大喂饭、翻身，再写作业。班主任{{han:尚晓敏}}老师给他们讲过{{trap/famous:海子}}的诗，他回来念给他大听，什么面朝大海，他大听着就哭。{{minority/hui:海萨丽麦}}小，爱黏人，天天问她妈啥时候回来。
访谈者：您自己身体怎么样？
受访者：六十九了，腰弯了，一天给儿子翻八回身。对门{{han:黑德明}}清真牛肉铺的掌柜也是回族，{{han:黑德明}}{{trap/word:黑地}}里收了摊就过来帮我抬人。巷口的{{han:冯又红}}又是个热心人，隔三岔五端一碗{{trap/word:洋芋擦擦}}过来。
访谈者：邻里之间怎么样？
受访者：好。这条巷子汉民回民掺着住，谁家有事都搭把手。过年汉族邻家给我们送年糕、送馍，从来不送肉，他们晓得我们的规矩。我儿子刚出事那阵，巷子里的人凑了一万多块钱，一家一百两百，我拿个本子记着，这辈子还不完的情。
访谈者：寺里的人来过吗？
受访者：来过。{{trap/org:宽州镇清真寺}}的{{han:哈阿訇}}，经名{{minority/hui:大吾德}}，每逢{{trap/minority_word:尔麦里}}就给我们送{{trap/minority_word:油香}}和{{trap/minority_word:馓子}}，还给孙子教经。
访谈者：还有谁帮过你们？
受访者：县医院的康复师{{compound:钟离子航}}每礼拜上门给{{han:海存喜}}扎针、练腿。社工{{compound:鲜于海峰}}给两个娃娃申请了助学金。{{trap/org:西京医院}}的大夫{{compound:司徒慕白}}是视频上看的，说再练一年兴许能拄拐走几步。
访谈者：老家还有人吗？
受访者：老伴殁了十几年了，女儿{{han:海存花}}嫁在{{trap/place:吴忠}}，开个小饭馆，自己也紧巴。她一年来两回，给娃娃们带枸杞、带滩羊肉，住几天就走。她说妈你回宁夏吧，我说我走了这一家子咋办。
访谈者：孩子们平时说起妈妈吗？
受访者：{{minority/hui:优努}}不说，{{minority/hui:萨丽麦}}说。她画的画里都是四个人，她大、她妈、她哥、她。我跟她讲{{trap/famous:马本斋}}的老母亲，说回回的女人要硬气。{{trap/minority_word:开斋节}}我炸一锅油香，左邻右舍都送，孙女戴个小白帽跟我去寺里，高兴得跟过年一样。
访谈者：登记的信息请您说一下。
受访者：住在{{address:清涧县宽州镇东关街羊肉巷14号}}，老家是{{address:同心县韦州镇南门村五队21号}}。我的身份证{{id_number@wy1956.640324}}，{{han:海存喜}}的{{id_number@my1985fwhyphen.640324}}。我电话{{mobile@plus86dash}}。{{minority/hui:优努}}用他大的旧手机上QQ：{{qq:719340268}}。{{han:姬红艳}}给我开了个微信，叫{{wechat:suoyulan_tx}}。
访谈者：表上的名字写得对吗？
受访者：常有错的。低保表上把我写成{{spaced:锁 存 芳}}，儿子写成{{spaced:海 存喜}}，孙女写成{{spaced:海　萨　丽　麦}}。
访谈者：您还想说什么？
受访者：我只求{{trap/minority_word:胡大}}让我多活几年，等{{minority/hui:优努}}长大，能顶起这个家。
""")

# H1693: Han 儿童主任 of 杏树墕村 (苗家坪镇, 子洲) reading out her book of households.
DOCS["H1693"] = ("staff", """\
访谈者：{{han:屈主任}}，您手里这个本子是？
受访者：村里困境儿童的台账，一户一页。我叫{{han:屈改莲}}，在{{trap/place:苗家坪镇}}杏树墕村当儿童主任五年了，娃娃们都喊我{{han:改莲}}姨姨。我念，你记。
访谈者：好。
受访者：头一户，{{han:拓海宽}}家。男人在工地上跌瘫了，婆姨是凉山嫁过来的彝族，两个娃娃，大的十一，小的七岁，都报了困境儿童。
访谈者：第二户？
受访者：第二户是孤儿，{{han:霍引弟}}和{{han:霍得胜}}，姐弟俩。他大他妈前年冬天在窑里烧炭，叫煤烟打了，一个也没救过来。现在跟着他大大{{han:霍存宝}}过。{{han:霍得胜}}得了奖状就往他大大怀里塞，{{han:霍存宝}}一个大男人哭得不行。两个娃娃孤儿基本生活费每人每月{{trap/number:一千四百八十元}}。{{han:霍引弟}}在{{school:苗家坪镇中心小学六年级一班}}，我跟{{han:霍存宝}}说好了，秋天就把{{han:霍引弟}}送到县城念初中，住校的钱社工站给想办法。
访谈者：第三户？
受访者：第三户，{{han:米满仓}}，小名{{han:粮粮}}，九岁。他大{{han:米二虎}}偷电缆判了三年，{{han:米二虎}}再有一年就出来了，他妈跟人走了，娃娃跟着奶奶过。奶奶种了二亩{{trap/word:小米}}，一年就指望那点收成。娃娃报的是服刑人员子女补助。开学我给{{han:粮粮}}买了个书包，他背上就不肯取下来。
访谈者：还有吗？
受访者：第四户是回族，{{han:马存良}}家。{{han:马存良}}是宁夏{{trap/place:吴忠}}人，在神木煤矿上，婆姨前年得病殁了。小子学名{{han:马骁腾}}，经名{{minority/hui:易思哈格}}，小时候一条腿叫拖拉机轧了，装的假肢。学校的花名册上写的是{{minority/hui:马易思哈格}}，两个名字连在一搭。他跟奶奶{{minority/hui:如海叶}}住，{{minority/hui:如海叶}}汉话说不利索，我去了就比划。
访谈者：第五户？
受访者：{{han:贺亮亮}}，六岁，脑瘫。他大{{han:贺能成}}能吃苦，一个人种了十几亩山地，他妈{{han:呼巧绒}}也是残疾人，一条胳膊使不上劲。一家三口都有补贴。他大每天背着娃娃去镇上做康复，来回二十里。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:惠利民}}总管，我跑腿。社工站派了{{compound:皇甫秋禾}}跟霍家姐弟，还有个{{compound:万俟静怡}}专管残疾娃娃。大学生志愿者{{compound:独孤映秋}}暑假来了一个月，娃娃们都喊她{{han:映秋}}姐姐。
访谈者：当儿童主任一个月多少补贴？
受访者：三百块，跟村上的其他活一搭，一年下来也就几千。我男人说我是给公家白跑腿，我说娃娃们叫一声姨姨，比钱强。我十岁上我妈就殁了，是我奶奶把我拉扯大的，我知道没妈的娃娃黑地里想啥。
访谈者：一年要入户多少回？
受访者：规定是一季度一回，我一个月就跑一遍。杏树墕村散，二十几户人家撒在四五道梁上，从前峁到后沟要走一个多钟头。夏天发山水，{{trap/place:淮宁河}}一涨，后沟那几户就断了路。冬天路上结冰，我摔过好几回，有一回把手腕摔折了，吊着胳膊还去霍家送了一回面。
访谈者：村里人支持吗？
受访者：大多数支持，也有说闲话的，说娃娃们的大还在，凭啥吃补助。村里年轻人都走了，能帮上手的后生{{trap/word:屈指可数}}，跑腿的事只能靠我。我就一家一家去讲政策，讲到后来，他们自己遇上事了，还来寻我。村支书{{han:薛东升}}也给我撑腰，开村民大会专门讲了一回。{{han:米满仓}}他奶奶要强，从来不说难，是娃娃的班主任{{han:同丽娟}}给我打电话，说{{han:粮粮}}三天没吃早饭了。
访谈者：您怎么记这么多事？
受访者：全在这个本子上，谁家娃娃几号过生日，谁家大人哪天去复查，补助哪个月到期，一笔一笔写着。本子是第三本了，前两本翻烂了。镇上要电子台账，我不会用电脑，是{{han:霍引弟}}放学来教我的，娃娃比我灵。
访谈者：台账上的名字都对吗？
受访者：错的不少。镇上打印的表把{{spaced:易 思 哈 格}}拆成四个字，{{spaced:霍　引　弟}}也一个字一个空，{{spaced:米 满仓}}中间空了一格，彝族婆姨的名字又打成了{{spaced:俄底 · 阿芝}}，社工的名字成了{{spaced:皇 甫 秋 禾}}。
访谈者：登记的信息请您念一下。
受访者：霍家在{{address:子洲县苗家坪镇杏树墕村前峁组11号}}，米家在{{address:杏树墕村后沟组6号}}。{{han:霍得胜}}的身份证{{id_number@my2015tri.610831}}，{{han:霍引弟}}的{{id_number@wy2011fwspaced.610831}}。{{han:霍存宝}}电话{{mobile@spaced}}，{{han:马存良}}的{{mobile@plus86spaced}}。我的工作微信{{wechat:qugailian_xsy}}，{{han:霍引弟}}的QQ{{qq:1693527408}}。
访谈者：孩子们长大了怎么办？
受访者：满了十八，补助就停了。我最操心的是{{han:霍引弟}}，女子念书好，我想叫她考大学。我跟她说，你只管念，念出去了，回来看看姨姨就行。娃娃们的心，钱能跑下来，心里的事跑不下来，我能做的就是常来常往。
""")

# H1694: Han township civil-affairs assistant of 折家坪镇 (清涧) going through the case files.
DOCS["H1694"] = ("staff", """\
访谈者：{{han:白干部}}，桌上这一摞都是档案？
受访者：都是。我叫{{han:白天明}}，{{trap/word:白天}}坐办公室，黑地下村，在{{trap/place:折家坪镇}}管民政快九年了。今天正好复核困境儿童，你跟我一搭翻。
访谈者：民政助理一天都干些什么？
受访者：啥都干。低保、特困、临时救助、残疾人补贴、孤儿、困境儿童，还有婚姻登记的材料，都从我手上过。镇上就我一个正式的，带一个公益岗。上面千条线，下面一根针，说的就是我们。一个月有二十天在村里跑，摩托车骑坏了两辆。
访谈者：第一份是谁的？
受访者：{{minority/tibetan:杨然毛草}}、{{minority/tibetan:杨闹吾杰}}姐弟，孤儿。他大是天祝的藏族，他妈{{han:折枣花}}是我们镇上的，两口子出车祸殁了。现在跟爷爷过，老汉叫{{minority/tibetan:贡保尖参}}，证上是{{minority/tibetan:杨贡保}}，迁户口的时候派出所打成了{{spaced:杨 贡 保}}，我跑了两回才改过来。
访谈者：第二份呢？
受访者：{{han:时宝山}}，十岁，事实无人抚养。他大{{han:时满堂}}出去打工，五年没音讯，报了失踪；他妈精神残疾，{{trap/word:时常}}犯病。有一回她犯病，把娃娃锁在窑里跑了，娃娃饿了两天，才被{{han:郝三喜}}听见哭声，砸开门救了出来。我赶过去，娃娃抱着我的腿不放。那天黑地我回到家，坐在炕沿上半天说不出话。现在娃娃跟八十岁的奶奶过，冬天炭是村上给送的。
访谈者：第三份？
受访者：服刑人员子女，{{han:井润泽}}，八岁。他大{{han:井保平}}酒驾撞了人，在里头；他妈{{han:来秀芳}}在县城饭馆洗碗。{{han:来秀芳}}也来过两回，问补助咋停了。一查是卡号换了没报，我给她重新报上，这个月补发。{{han:井润泽}}他大进去以后，娃娃在学校不说话，老师说他一学期没举过一回手。
访谈者：第四份？
受访者：这个特殊。婆姨是彝族，{{minority/yi:阿牛日嫫}}，汉名叫{{han:牛秀英}}，从{{trap/place:昭觉}}嫁到{{trap/place:李家塔}}，后来搬到我们镇上。男人{{han:惠正德}}正月里出门打工，再没回来，电话也停了。她一个人带两个娃娃，大的{{minority/yi:惠阿呷}}，小的{{han:惠晨曦}}。去年有人冒充扶贫办打电话要她的卡号，幸亏她先来问了我。
访谈者：您怎么判断一户该不该报？
受访者：看窑，看炕，看灶台，看娃娃的鞋。表上写得再好，进了门一看就知道。也有真困难不来报的，老人要脸面，宁可饿着也不开口，这种就得我们自己上门去寻。
访谈者：审核一户要多长时间？
受访者：快的半个月，慢的两三个月。要入户、要邻家作证、要村上公示，再报{{trap/org:清涧县民政局}}。局里儿童股的{{han:折股长}}把关严，一个字不对就退回来，这钱一分也不能打{{trap/word:折扣}}。孤儿的钱专款专用，监护人不能乱花，我们每季度去看一回，娃娃吃的穿的跟不跟得上。
访谈者：钱是怎么发到手上的？
受访者：都打到卡上，社保卡或者一卡通，每月十号前到。有的老人不会看短信，以为钱没到，跑到镇上来问，我就领着去信用社打一遍流水。也有亲戚把娃娃的钱取走的，发现一回，我们就跟村上一起去要，要回来改成监护人自己的卡。
访谈者：名字写错的多吗？
受访者：多得很。你看这张，把{{spaced:折　枣　花}}三个字拉开了；这张把{{spaced:阿 牛 日 嫫}}写成四个字；这张{{spaced:惠 阿呷}}中间空一格。
访谈者：还有谁帮你们？
受访者：村医{{compound:长孙立冬}}，娃娃们的体检都是他做的。县法律援助中心的{{compound:夏侯听澜}}帮那个彝族婆姨查过男人的下落。社工{{compound:东方既明}}每季度来一趟，给{{han:时宝山}}做心理疏导。孤儿基本生活费今年涨到{{trap/number:一千五百一}}，我挨家挨户说了一遍。
访谈者：登记的信息请您念一下。
受访者：时家在{{address:清涧县折家坪镇马家沟村四组19号}}，井家租的房子在{{address:宽州镇秀延路南巷7号}}。{{han:时宝山}}的身份证{{id_number@my2015x.610830}}，彝族婆姨的{{id_number@wy1990spaced.513431}}。{{han:来秀芳}}电话{{mobile@h38}}，彝族婆姨的{{mobile@p86h}}。我的微信{{wechat:baitianming_zjp}}，{{han:时宝山}}的QQ是{{qq:83502746}}。
访谈者：您自己家里呢？
受访者：我婆姨在镇卫生院当护士，两个娃娃一个念高中，一个念初中。我一年到头不着家，婆姨说我把别人家的娃娃当成自家的了。我说，人家没大没妈，我们有，多操一份心也应该。
访谈者：干了九年，最大的感受是什么？
受访者：政策一年比一年好，可钱到了，人还得有人管。表是死的，娃娃是活的。我常跟村里的儿童主任说，表填完了，事才开了个头，娃娃们要的不光是钱，是有人问一声冷热。
""")

# H1695: Han officer of the 子洲 county disabled persons' federation on children with disabilities and
# children of disabled parents.
DOCS["H1695"] = ("staff", """\
访谈者：{{han:党主任}}，您在残联主要管哪一块？
受访者：残疾人证、两项补贴，还有残疾儿童康复救助。我叫{{han:党红梅}}，在{{trap/org:子洲县残联}}干了十一年，也是单位{{trap/word:党支部}}的委员。单位小，理事长{{han:訾守业}}带着我们五个人。
访谈者：两项补贴具体怎么算？
受访者：一个是困难残疾人生活补贴，低保家里的残疾人才有；一个是重度残疾人护理补贴，一级二级的都有。标准每年调，一个人一个月{{trap/number:七八十块}}到一百出头。钱不多，可对一个炕上躺着的人来说，够买一个月的尿不湿。
访谈者：困境儿童里残疾的多吗？
受访者：全县持证的娃娃两百来个，大人重残、娃娃没人照看的更多。杏树墕村{{han:拓海宽}}那户我去过，男人是一级，我们给送了轮椅。双湖峪的{{han:强老汉}}是聋哑，二级，儿子在里头，全靠儿媳{{minority/mongolian:温都苏娜}}撑着。
访谈者：有没有让您印象深的孩子？
受访者：太多了。马蹄沟镇的{{han:呼晓东}}，七岁，孤独症，不会叫妈。我们把他送到{{trap/org:榆林市残疾儿童康复中心}}，康复老师{{compound:端木松涛}}教了他半年，回来头一句叫的就是妈。他妈{{han:乔焕焕}}抱着娃娃在我们办公室哭。{{han:呼晓东}}今年也要上学了，他妈愁得睡不着，怕人家欺负他。
访谈者：还有呢？
受访者：电市镇有个彝族婆姨，叫{{minority/yi:马海伍果}}，头一回来办证，我们都以为她姓马、叫海伍果。她说前两个字是家支，后两个字才是名。她娃娃{{minority/yi:艾阿木}}脑瘫，男人{{han:艾占山}}在外头打工。娃娃评的是二级，康复救助一年一万多，都走的我们这里。
访谈者：少数民族的孩子多吗？
受访者：不多，可都难。苗家坪的回族娃娃{{minority/hui:易思哈格}}装假肢，长一截换一回，都是我们残联给换的，他在{{school:苗家坪镇中心小学三年级一班}}。老君殿镇有个蒙古族女子{{minority/mongolian:嘎日玛拉}}，先天眼睛不好，她妈{{minority/mongolian:查娜图雅}}是{{trap/place:杭锦旗}}嫁过来的，汉话说得比我还好。
访谈者：听力残疾的呢？
受访者：淮宁湾的{{han:井欢欢}}，五岁，双耳重度。她妈{{han:冯粉粉}}原先以为娃娃犟，喊不答应，到三岁才晓得是听不见。人工耳蜗的项目是听力师{{compound:闻人可舟}}帮着报的，开机那天{{han:井欢欢}}听见她妈叫她，愣了一下就笑了。志愿者{{compound:亓官梓萌}}现在每礼拜给她上语训课，{{han:井欢欢}}还学会了唱两句儿歌。
访谈者：残疾孩子的家长最难的是什么？
受访者：是熬。一个脑瘫娃娃，康复一练就是好几年，大人得有一个全天守着，另一个出去挣钱。好多家就是这么拖垮的，男人跑了，婆姨一个人扛。{{minority/yi:马海伍果}}就是这样，白天在镇上饭馆洗碗，黑夜回来给娃娃按腿，手上的口子一道一道的。
访谈者：评残疾等级难吗？
受访者：要到指定的医院去评，肢体的、智力的、精神的，各有各的标准。山里人来一趟县城不容易，我们每年组织两回集中评定，把大夫拉到乡镇上去。能进普通学校的就随班就读，进不了的送特教学校，重度的送教上门。特教老师少，一个老师要跑七八个乡镇。
访谈者：您这么多事，怎么跑得过来？
受访者：跑不过来也得跑。{{han:訾守业}}说，我们多跑一趟，人家就少跑十趟。我是老{{trap/word:党员}}了，这话我信。有事的人都可以打{{trap/hotline:12385}}，打到我们这里。我男人在县医院当大夫，我下乡回来常是半夜，锅里是他给我留的一碗挂面。
访谈者：有没有社会上的帮助？
受访者：有。{{trap/org:子洲县慈善协会}}每年给残疾娃娃发一回助学金，榆林一家企业捐了二十辆轮椅，我们都送到乡镇上去了。去年冬天，{{trap/org:团县委}}组织大学生志愿者，给重度残疾的娃娃一家送了一床新被子。
访谈者：系统里名字录错的多吗？
受访者：多。{{spaced:马海　伍果}}拆成了两截，{{spaced:查 娜 图 雅}}一个字一个空，康复老师也叫人录成了{{spaced:端 木 松 涛}}，{{spaced:呼 晓东}}中间空一格。年底核对，一个一个改。
访谈者：登记的信息请您念一下。
受访者：{{han:呼晓东}}家在{{address:子洲县马蹄沟镇阳坡洼村一组3号}}，彝族娃娃家在{{address:子洲县电市镇枣坪村二组15号}}。{{han:呼晓东}}的身份证{{id_number@my2018quad.610831}}，{{minority/yi:艾阿木}}的{{id_number@my2016fw.610831}}。{{han:乔焕焕}}电话{{mobile@plain}}，{{minority/yi:马海伍果}}的{{mobile@fws}}。我的工作微信{{wechat:dhm_zzcl2013}}，{{han:井欢欢}}她妈的微信{{wechat:wxid_k3p8v2m6q1}}，QQ是{{qq:4082631975}}。
访谈者：最后想说什么？
受访者：残疾的娃娃不是包袱。给他们一把梯子，他们也能往上爬。
""")

# H1696: Han head teacher of 折家坪镇中心小学 (清涧), a rural school, on the pupils in distress.
DOCS["H1696"] = ("staff", """\
访谈者：{{han:高校长}}，学校里困境儿童多吗？
受访者：全校三百一十个娃娃，建了档的二十三个，留守的更多。我叫{{han:高再生}}，{{trap/place:高杰村镇}}人，在这个学校当校长八年了，自己还带六年级数学。
访谈者：学校离村子远吗？
受访者：远的娃娃要走一个多钟头山路。以前有寄宿，后来宿舍成了危房，拆了，现在校车接送，一趟车绕七个村。冬天天黑得早，校车送到沟口，剩下的路娃娃们自己走，我最怕的就是这一截。下雪天我跟几个男老师打着手电，一道沟一道沟把娃娃送回去。
访谈者：您说几个孩子？
受访者：先说{{minority/tibetan:杨然毛草}}，六年级一班，娃娃们喊她{{minority/tibetan:草草}}。爸妈车祸殁了，跟藏族爷爷过。成绩全年级前三，就是不爱笑。班主任{{han:于巧玲}}让她当升旗手，{{trap/word:于是}}才慢慢开朗了。她弟弟{{minority/tibetan:杨闹吾杰}}二年级，花名册上是{{han:杨禹川}}，点名喊{{han:杨禹川}}他不答应，喊{{minority/tibetan:闹吾杰}}才举手。
访谈者：还有呢？
受访者：{{school:折家坪镇中心小学四年级（2）班}}有个蒙古族娃娃{{minority/mongolian:惠敖敦}}，娃娃们喊他{{minority/mongolian:敦敦}}。他大{{han:惠建华}}前年在煤矿上出事没了，他妈{{minority/mongolian:萨其拉高娃}}回了乌审旗，再没音讯，娃娃跟爷爷奶奶，报了事实无人抚养。这娃娃爱唱歌，音乐老师姓师，娃娃们喊{{han:师老师}}，{{han:师老师}}说他嗓子是草原上带来的。
访谈者：汉族的孩子呢？
受访者：{{school:折家坪镇中心小学三年级二班}}的{{han:折小军}}，村里都叫{{han:枣娃}}，他家在半山上种枣。他大在外头跑车，他妈智力残疾，他七岁就会给他妈做饭。{{han:枣娃}}就跟我说，校长，我长大了要开大车，把家里的枣拉到西安卖。
访谈者：留守的孩子多吗？
受访者：一大半。大人都在{{trap/place:神木}}、{{trap/place:榆林}}打工，娃娃跟着爷爷奶奶。有个娃娃叫{{han:尚小雨}}，在作文里写，我的爸爸是手机里的一个声音，我看了半天没说话。
访谈者：家长会怎么开？
受访者：来的全是爷爷奶奶、外爷外婆，有的耳朵背，有的不识字。我讲的话，班主任还得一家一家再去说一遍。有一回{{minority/mongolian:惠敖敦}}的爷爷来了，坐在最后一排，听不懂也不走，散了会拉着我的手说，校长，这娃娃就交给你了。
访谈者：困境儿童在学校里有什么不一样？
受访者：有的特别懂事，懂事得叫人心疼；有的特别犟，谁说都不听。{{han:折小军}}就是个犟娃娃，跟同学打架，谁也拉不开，可你要是问他他妈的事，他就蹲在墙根底下不说话了。我们做老师的，得先把娃娃的心焐热了，书才念得进去。
访谈者：谁最让您操心？
受访者：五年级的{{han:姬宁宁}}。她妈得病殁了，她大打架伤了人在里头，跟七十多的外婆住。去年冬天她连着三天没来，我跟{{han:于巧玲}}上门，娃娃发烧躺在炕上，外婆急得只会哭。最让我放心不下的，还是{{han:姬宁宁}}。
访谈者：学校做了哪些事？
受访者：困境儿童的午饭全免，冬天一人一件棉袄。补助的事都单独叫到办公室说，不在班上念名单，怕伤了娃娃的面子。语文老师{{compound:左丘明朗}}说他们家祖上是写《左传》的{{trap/famous:左丘明}}，他给娃娃们读{{trap/famous:路遥}}，读{{trap/famous:孙少平}}咋样在煤矿上熬，娃娃们听得眼睛都不眨。支教的大学生{{compound:公良晓雯}}办了个周末课堂，县上的心理老师{{compound:梁丘晨阳}}每月来一回。
访谈者：老师够吗？
受访者：不够。全校十八个老师，五个是特岗，干上三年就想往县城调，我也不好拦。音乐、美术都是别的老师兼着上。{{han:师老师}}本来教语文，会拉二胡，就把音乐也带上了，一个礼拜二十六节课。
访谈者：您自己怎么看这些孩子？
受访者：我也是苦出身，{{trap/place:王家堡}}跟我们村就隔一道梁。我就盼这些娃娃将来都能考上{{trap/word:高校}}，走出这道沟。
访谈者：表上的名字有写错的吗？
受访者：有。教育局下发的资助名单把{{spaced:杨　然　毛　草}}四个字拉开了，{{spaced:惠 敖 敦}}也是，{{spaced:萨 其 拉 高 娃}}五个字一个一个空开，语文老师写成了{{spaced:左丘 明朗}}。
访谈者：请您念一下登记的信息。
受访者：{{han:折小军}}家在{{address:清涧县折家坪镇枣湾村五组2号}}，{{han:姬宁宁}}跟外婆住在{{address:折家坪镇王家山村一组13号}}。{{han:折小军}}的身份证{{id_number@my2016hyphen.610830}}，{{han:姬宁宁}}的{{id_number@wy2014fw.610830}}。{{han:姬宁宁}}外婆的电话{{mobile@s74}}。我的微信{{wechat:gaozaisheng_qj}}，{{han:于巧玲}}的QQ{{qq:609358271}}，{{minority/mongolian:敦敦}}的QQ{{qq:2315807946}}。
访谈者：最后想说什么？
受访者：娃娃们的苦不挂在脸上，我们当老师的，得往心里看。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1689,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout212",))


if __name__ == "__main__":
    main()
