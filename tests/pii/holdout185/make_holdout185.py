# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 185 (tests/pii/holdout185/H1465-H1472 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 184, written at the same time, is not
an earlier set).

Set 185 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
龙胜 and 融水 (Guangxi): a Uyghur father from 阿图什 who sells 馕 at the night market of 融水 and looks after his
Miao wife, paralysed by a landslide, and their two children; a Yi mother from 昭觉 married into a Yao family of
和平乡 (龙胜), her husband in prison for hauling stolen timber; a Mongolian grandfather from 乌审旗 raising in 龙胜
his grandson, whose mother died and whose Zhuang father left; a Hui grandfather from 巍山 who runs a beef rice-noodle
shop in 融水 and raises the two orphans of his son, drowned saving a child; a 儿童主任 of a village in 和平乡
reading out her roll; the county civil-affairs officer of 融水 who checks the lists; the doctor of the township
health centre of 和平乡; and the dormitory keeper of the girls' dormitory of a boarding school in 融水. The emphasis
is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one trick:
Uyghur given name + father's name with the dot (·), the hyphenation point (‧), the katakana dot (・), a full stop
and no dot (阿尔斯兰江·萨迪克, 佐赫拉古丽‧阿尔斯兰江, 佐赫拉古丽・阿尔斯兰江, 吾拉木江.阿尔斯兰江, 佐赫拉古丽阿尔斯兰江),
with spaces around the dot (阿尔斯兰江 · 萨迪克, 吾拉木江 ‧ 阿尔斯兰江) and spaced out in full
(佐 赫 拉 古 丽 · 阿 尔 斯 兰 江), the names alone and short (佐赫拉古丽, 佐赫拉), a form of address made from a name
(兰江哥), the name on a stall sign (阿尔斯兰江烤馕) and the mother's Han surname put before the son's name by the
police station (贾吾拉木江); Yi names led by a clan name (沙马日果, 沙马曲铁, 吉克阿牛, 阿苏比惹, 吉伍约布,
曲比史惹), several of them starting with a character that is a Han surname (沙, 吉, 曲), short forms and forms of address (日果, 果姐, 曲铁, 比惹, 尔者), children's Yi names
beside their Yao names (呷西 / 盘秋月, 木惹 / 盘秋阳) and the Yao surname before a Yi given name (盘呷西, 潘尔者);
Mongolian names (特木尔胡雅格, 塔日雅, 浩日沁其其格, 达来诺日布, 苏达娜木) with a grandson's name that begins like a
Han surname and a grammar word (胡和巴日, and the classmates' 胡巴), its short form (巴日), a father's Han surname before it
(韦胡和巴日, 杨图们巴雅尔) and a form of address (老特); Hui names in Han form (纳福生, 沙翠琼, 纳建明, 赛凤仙, 纳思雨,
喇永福) beside 经名 (易斯玛尔, 阿以莎, 尔由布, 赫迪切, 苏阿黛娅, 祖里菲格, 拉赫曼, 鲁盖娅), a Han surname before a 经名
(纳祖里菲格, 马叶尔孤白), a short form (阿黛) and the grandfather's shop sign (纳福生清真牛肉粉); Han names with rare
surnames of the region (贲, 覃, 粟, 奉, 磨, 闭, 零, 侬, 凤, 麻, 银, 喇, 过, 盘, 蒙, 农, 应, 时) and surnames that
are ordinary words next to the same words used as words (蒙再兴 / 蒙古, 闭丽华 / 闭眼, 零志刚 / 零下, 麻丽娟 /
麻烦, 过立新 / 过年, 磨家宁 / 推磨, 时姨 / 时常, 纳福生 / 纳福, 潘有余 and 潘有粮 / 有余 and 有粮, 糯米仔 / 糯米粑,
杨灵芝 / 灵芝); names right before grammar words, pronouns and verbs (蒙再兴再三, 粟又兰又跑, 侯正军正好, 盘德旺被,
韦光耀他又, 应春花应该, 农得福得空, 贾金林却, 龙志高便, 吴局长倒是, 凤德昌问, 侬小梅给, 胡丽丽又, 石娇娥把,
贾美桃她, 祖里菲格他) and after 喊/叫/让/跟/和/给/是/从; titles and kin words after names (贲丽萍老师, 零志刚医生,
喇永福阿訇; the span is the name only); a surname with only a title or kin word, annotated whole (禤老师, 粟主任, 蒙股长,
龙阿婆, 纳老倌, 盘婆, 莫四婶, 磨医生, 磨哥, 蓝伯娘, 粟姨, 时阿姨, 时姨, 佘老师, 吴局长); local nicknames, annotated
whole (糯米仔, 辣椒妹); names ending a line (…靠的是粟又兰。, …是贾美桃。, …像纳建明。, …还是梁小芹。, …是糯米仔。); names spaced out
character by character in half- and full-width spaces and names split in two; compound surnames after ordinary
words (澹台, 钟离, 宇文, 上官, 申屠, 南宫, 东方, 赫连, 皇甫, 夏侯, 独孤, 长孙, 司空, 司徒, 鲜于, 左丘, 濮阳, 公良,
万俟 after 的/叫/个/从/是/有); a roll read out at lights-out; and numbers read out and written the many ways people
do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:盘婆}}``, ``{{qq:4127036958}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, yi, hui) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1991tri.513431}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿姨, 阿訇) and a particle,
pronoun or verb written directly after a name (再, 又, 正, 被, 他, 她, 应该, 得空, 却, 便, 倒是, 问, 给, 把) are
outside the span; a surname with only a title or kin word (禤老师, 龙阿婆, 盘婆, 莫四婶, 蓝伯娘, 粟姨, 时姨) and a
local nickname (糯米仔, 辣椒妹) are annotated whole. Han-style names of Hui, Yi-family and Mongolian-family people
(纳福生, 沙翠琼, 纳思雨, 盘秋月, 韦启帆, 杨澈川) are category han; a Han surname before a non-Han given name (贾吾拉木江,
盘呷西, 潘尔者, 韦胡和巴日, 杨图们巴雅尔, 纳祖里菲格, 马叶尔孤白) is category minority, and so are forms of address made
from a non-Han name (兰江哥, 果姐, 老特, 胡巴, 阿黛).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout185/make_holdout185.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(185_2026_1207)
MINORITY_GROUPS = ("mongolian", "uyghur", "yi", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "yi": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "137", "139", "147", "152", "155", "156", "159", "180", "182",
                   "183", "185", "186", "188", "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1465: Uyghur father from 阿图什 who sells 馕 at the night market of 融水 and looks after his Miao wife, paralysed
# by a landslide, and their two children.
DOCS["H1465"] = ("family", """\
访谈者：师傅，您这个馕摊摆了几年了？
受访者：六年咯。我叫{{minority/uyghur:阿尔斯兰江·萨迪克}}，老家新疆{{trap/place:阿图什}}。融水这边的人念不来，买馕的都喊我{{minority/uyghur:兰江哥}}。摊子在{{trap/place:贝江}}边上夜市口，招牌写的“{{minority/uyghur:阿尔斯兰江}}烤馕”，字是我女儿写的。
访谈者：怎么到融水来的？
受访者：以前在{{trap/place:柳州}}烤羊肉串，认得了我老婆{{han:贾美桃}}，她是苗族，{{trap/place:安太乡}}人。她讲她妈一个人在寨子里，要回来照顾，我就跟来了。这里山好水好，就是雨多，馕不好烤。
访谈者：听说您爱人受了伤？
受访者：前年夏天发大水，她回娘家帮忙，后山滑坡，把她压在屋里头。命救回来了，腰断了，下半身不会动，评了一级残疾。{{han:贾美桃}}她以前好能干，挑一担柴走十里山路，现在翻个身都要人帮。
访谈者：孩子们多大了？
受访者：两个。女儿{{minority/uyghur:佐赫拉古丽}}十二岁，在{{school:融水镇第二小学六年级（4）班}}；儿子{{minority/uyghur:吾拉木江}}八岁，在{{school:融水镇城东小学二年级（1）班}}。儿子户口跟他妈上的，派出所在前面加了个贾字，户口本上是{{minority/uyghur:贾吾拉木江}}，同学也这么喊他。{{minority/uyghur:佐赫拉}}懂事，放学先给她妈擦身子，再写作业。
访谈者：有哪些人帮过你们？
受访者：社区儿童主任{{han:韦春柳}}来得最多，两个娃娃的困境儿童是她报的，每人每月{{trap/number:一千一百二}}，我老婆的两项补贴也是她跑下来的。县民政局的{{han:蒙再兴}}来核过，{{han:蒙再兴}}再三讲，钱要用在娃娃身上。县社工站的{{compound:澹台翎}}每礼拜来一回，陪{{minority/uyghur:佐赫拉}}讲话；她同事叫{{compound:钟离秋航}}，教小的认字。
访谈者：孩子在学校怎么样？
受访者：大的成绩好，班主任{{han:贲丽萍}}老师讲她作文写得好，有一篇《我家的馕》拿去县里比赛了。小的坐不住，{{han:禤老师}}天天给我发消息。食堂的{{han:石茶妹}}阿姨晓得我们吃清真，专门给两个娃娃打鸡蛋、青菜。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也要忙。早上五点起来和面、烧馕坑，七点送娃娃上学，回来给老婆翻身、喂饭，下午出摊，晚上十点收。我出摊的时候，隔壁{{han:龙阿婆}}帮我看着老婆。{{han:龙阿婆}}七十多了，自己也有病，我每天送她两个馕，她硬要给钱。
访谈者：老家还有亲人吗？
受访者：有。我阿妈{{minority/uyghur:再奈普汗}}在阿图什，七十三了。哥哥{{minority/uyghur:阿不都沙拉木}}种无花果，每年寄一箱{{trap/minority_word:巴旦木}}过来。在柳州卖干果的老乡{{minority/uyghur:沙吾提江}}开车来过两回，带了羊肉，我们做了一锅{{trap/minority_word:抓饭}}，请社区的人和邻居来吃。我给娃娃讲{{trap/famous:阿凡提}}骑毛驴的故事，小的笑得在床上打滚，他妈也笑了。
访谈者：医药费怎么办？
受访者：在{{trap/org:融水苗族自治县人民医院}}住了三个月，医保报了大半，剩下的是借的。{{trap/org:县残联}}送了一张轮椅、一个气垫床。现在每个月还要买尿不湿、买药，一千多。
访谈者：孩子们想回新疆吗？
受访者：大的想去看奶奶，小的新疆话都讲不好了，讲一口融水话。过{{trap/minority_word:肉孜节}}我给他们穿新衣服，过{{trap/minority_word:苗年}}他们跟外婆去寨子里看{{trap/minority_word:芦笙}}踩堂，两边的节都过。
访谈者：生意好做吗？
受访者：冬天好一点，天冷，热馕好卖。夏天雨多，一下雨夜市就散，一晚上卖不出二十个。城管对我们好，给我划了个有棚子的位置。最难的是半夜，老婆疼得睡不着，我就坐起来给她揉腿，揉到天亮，眼睛一闭又得起来和面。有时候想，要是那天她不回娘家就好了，可这种话讲了也没用。
访谈者：孩子们会帮忙吗？
受访者：会。礼拜天大的来摊子上收钱、装袋子，算账比我快。小的在旁边吃馕，吃得满脸芝麻。有个老顾客是退休的老师，每回来都多给五块，讲是给娃娃买本子的。我不收，他就把钱塞进女儿的书包里。
访谈者：您自己身体怎么样？
受访者：胃不好，老胀气，也没空去看。馕坑边上站一天，脸上手上都是汗，晚上回来还要洗老婆换下来的床单。我跟自己讲，我倒下了，这个家就散了，所以我不能倒。
访谈者：登记表上的信息请说一下。
受访者：摊子在{{address:融水镇寿星路夜市12号摊位}}，屋在{{address:融水镇新民街二巷5号}}。我的身份证{{id_number@my1983spaced.653001}}，女儿的{{id_number@wy2013fw.450225}}。我电话{{mobile@s434}}，{{han:韦春柳}}的{{mobile@hyphen}}。我的微信{{wechat:arslanjan_nang}}。女儿有个QQ，学校上网课要的，号码她写在装馕的纸箱上：{{qq:３０８１５６２７４}}。
访谈者：表上名字写得对吗？
受访者：乱得很。银行卡上女儿是{{minority/uyghur:佐赫拉古丽阿尔斯兰江}}，奖状上是{{minority/uyghur:佐赫拉古丽‧阿尔斯兰江}}，学校电脑里把儿子打成{{minority/uyghur:吾拉木江.阿尔斯兰江}}，低保表上我是{{spaced:阿尔斯兰江 · 萨迪克}}，女儿写成{{spaced:佐 赫 拉 古 丽}}。
访谈者：您最盼什么？
受访者：盼我老婆能坐起来，盼两个娃娃读好书。这些年我最对不住的，是{{han:贾美桃}}。
""")

# H1466: Yi mother from 昭觉 married into a Yao family of 和平乡 (龙胜); her husband is in prison.
DOCS["H1466"] = ("family", """\
访谈者：阿姐，您是从四川嫁过来的？
受访者：是嘛，{{trap/place:凉山}}{{trap/place:昭觉}}的。我叫{{minority/yi:沙马日果}}，寨子里的人念不顺，都喊我{{minority/yi:果姐}}，我婆婆喊我{{minority/yi:日果}}。
访谈者：怎么嫁到龙胜来的？
受访者：十几岁出来打工，在{{trap/place:佛山}}的鞋厂认得了我男人{{han:盘德旺}}，他是{{trap/place:龙胜}}和平乡的瑶族。他讲他屋头有梯田、有山，我就跟来了。来了才晓得，山是有，钱没得。
访谈者：您爱人现在……
受访者：在里头。前年他帮人拉木头，是偷砍的，他不晓得，也不问，林业站查到了，判了三年，关在{{trap/place:桂林}}。{{han:盘德旺}}被带走那天，两个娃娃站在门口哭，我一句话都讲不出来。
访谈者：孩子们多大？
受访者：女儿{{han:盘秋月}}十一岁，彝族名字叫{{minority/yi:呷西}}，在{{school:和平乡中心小学五年级（2）班}}。班主任{{han:奉晓红}}老师喊她{{minority/yi:盘呷西}}，讲这样好听。儿子{{han:盘秋阳}}七岁，彝族名字{{minority/yi:木惹}}，在{{school:黄洛村教学点一年级（1）班}}。
访谈者：孩子知道爸爸的事吗？
受访者：大的晓得。{{minority/yi:呷西}}讲同学笑她爸是劳改犯，回来饭都不吃。{{han:奉晓红}}晓得了，在班上讲了一节课，哪个都不准笑。小的不晓得，我讲他爸去广东打工了，{{minority/yi:木惹}}天天问，爸爸啥子时候回来。
访谈者：谁在帮你们？
受访者：村里的儿童主任是{{han:粟又兰}}，{{han:粟又兰}}又跑乡里又跑县里，给两个娃娃报了服刑人员子女补助，一个月{{trap/number:九百三十块}}。乡里的民政助理{{han:侯正军}}正好是我男人的老同学，帮我把低保也办了。司法所的{{compound:宇文砚池}}帮我们申请视频会见，一个月一回。县里有个社工叫{{compound:上官映红}}，每个月进寨子一回，带娃娃画画。
访谈者：日子怎么过？
受访者：紧。低保加补助，一个月一千多，田里的糯米自己吃，辣椒挑到街上卖，赶圩的日子天不亮就走，走两个钟头山路。娃娃的书本费学校免了，校服也是学校发的。最怕娃娃生病，去一趟乡卫生院要坐摩托，来回三十块。
访谈者：您自己怎么撑过来的？
受访者：刚出事那阵子，我天天哭，想带娃娃回凉山。我阿妈在电话里讲，你男人犯了错，你要等他，娃娃不能没得爹。我就留下来了。晚上娃娃睡了，我一个人在火塘边坐着，想我们那边的山，想我阿妈煮的酸菜汤。后来慢慢想通了，哭也是一天，做也是一天。
访谈者：寨子里的人怎么看你们？
受访者：大多数人好。也有讲闲话的，讲犯人的老婆早晚要跑。我不理，照样下田，照样送娃娃上学。时间长了，讲闲话的也不讲了，过年还有人送糍粑来。
访谈者：家里的田谁在种？
受访者：我一个人种。梯田八分，种糯米、种辣椒。插秧的时候隔壁{{han:潘满妹}}和她男人{{han:潘老三}}来帮忙，我请他们吃{{trap/minority_word:坨坨肉}}，他们讲块太大了，吃不惯。{{han:潘满妹}}教我打{{trap/minority_word:油茶}}，现在我打得比她还香。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/yi:吉克阿牛}}在昭觉，七十了。弟弟{{minority/yi:沙马曲铁}}在{{trap/place:西昌}}开货车。{{minority/yi:曲铁}}讲接我回去，我讲我男人还在里头，我走了，他出来哪个等他。过{{trap/minority_word:火把节}}弟弟寄来一袋{{trap/minority_word:苦荞}}，还有一件{{trap/minority_word:察尔瓦}}，我给儿子改成小披风，他穿去学校，同学都来摸。
访谈者：在龙胜习惯吗？
受访者：习惯了。就是话，这里讲桂柳话、讲瑶话，我讲彝话，几样话搅在一起，娃娃比我会讲。我给娃娃讲{{trap/famous:支格阿鲁}}射太阳的故事，{{han:盘秋阳}}讲他也要射。
访谈者：孩子爷爷奶奶呢？
受访者：爷爷{{han:盘金贵}}前年走了，奶奶在，我们喊{{han:盘婆}}，腿不好，帮我看娃娃。{{han:盘婆}}只会讲瑶话，我跟她比划，两个人也能讲一天。
访谈者：会见的时候，孩子们跟爸爸讲什么？
受访者：大的问他吃得饱不饱，小的问他啥子时候回来。{{han:盘德旺}}在那头哭，讲出来以后再也不做糊涂事。律师{{compound:申屠建波}}讲他表现好，明年有可能减刑。
访谈者：登记的信息请您讲一下。
受访者：家在{{address:龙胜各族自治县和平乡黄洛村二组14号}}。我身份证{{id_number@wy1991tri.513431}}，女儿的{{id_number@wy2013.450328}}。我电话{{mobile@plus86}}。我的微信{{wechat:rigo_zhaojue}}。女儿有个QQ，老师让建的，号码写在作业本封底：{{qq:4127036958}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:沙 马 日 果}}，会见登记表写成{{spaced:沙马　日果}}，学校把女儿写成{{spaced:盘 呷 西}}。
访谈者：最后还想讲什么？
受访者：想讲谢谢。两个娃娃没饿着、没掉队，靠的是村里，靠的是{{han:粟又兰}}。
""")

# H1467: Mongolian grandfather from 乌审旗 raising in 龙胜 his grandson; the boy's mother died, his Zhuang father left.
DOCS["H1467"] = ("family", """\
访谈者：大爷，您是从内蒙古来的？
受访者：对，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的。我叫{{minority/mongolian:特木尔胡雅格}}，名字长，这儿的人记不住，都叫我{{minority/mongolian:老特}}。老伴叫{{minority/mongolian:塔日雅}}，跟我一块儿下来的。
访谈者：怎么到龙胜来了？
受访者：为了外孙。闺女{{minority/mongolian:浩日沁其其格}}在{{trap/place:呼和浩特}}念大学，认识了龙胜的同学{{han:韦光耀}}，毕业就跟他过来了，在县城开了个奶茶店。三年前闺女查出胃癌，半年人就没了。
访谈者：孩子爸爸呢？
受访者：{{han:韦光耀}}他又成了家，去{{trap/place:南宁}}了，一年打不来一个电话，钱也不给。他那边的老人早不在了。外孙没人管，我跟老伴把草场租出去，就下来了。
访谈者：孩子多大？
受访者：十岁。汉名{{han:韦启帆}}，蒙古名是我起的，叫{{minority/mongolian:胡和巴日}}，青色的老虎。我们喊他{{minority/mongolian:巴日}}。学校花名册上写的{{minority/mongolian:韦胡和巴日}}，同学念快了，喊他“{{minority/mongolian:胡巴}}”，还以为他姓胡。他在{{school:龙胜镇中心小学四年级（3）班}}。
访谈者：孩子在学校怎么样？
受访者：不爱说话。他妈走那年他七岁，抱着照片哭了三天，后来就不哭了，也不笑了。班主任{{han:闭丽华}}老师说他上课老走神，晚上一{{trap/word:闭眼}}就梦见他妈。{{han:闭丽华}}给他调了座位，让他跟班长{{han:莫小军}}坐一桌，班长话多，拉着他说。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:应春花}}应该算帮得最多的。她给{{minority/mongolian:巴日}}报了事实无人抚养，一个月{{trap/number:一千二百六}}，我们老两口当监护人。开头说我们户口不在这儿，不好办，她跑了五趟{{trap/org:龙胜各族自治县民政局}}，局里的{{han:农得福}}出面才办下来，{{han:农得福}}得空还来家里坐坐。县社工站的{{compound:南宫慧}}每礼拜带孩子做沙盘，说是心理辅导；这个站，我是从{{compound:东方栖梧}}那儿才知道的，他是闺女的大学老师。
访谈者：在这边过得惯吗？
受访者：不惯。热，潮，身上起疹子。乌审旗冬天{{trap/word:零下}}三十度，干冷，这儿零上几度，冷往骨头缝里钻。老伴天天熬奶茶，煮{{trap/minority_word:手把肉}}，外孙倒爱吃米粉，一碗不够。楼下开米粉店的{{han:莫四婶}}喊我{{minority/mongolian:老特}}，喊得比亲戚还亲。
访谈者：社区还帮了什么？
受访者：过年送米送油，暑假把孩子送去夏令营，去{{trap/place:兴安}}看了灵渠。回来给我讲了一晚上，说那条渠两千多年了，比咱们黄河边的老城还老。那是他妈走了以后，他头一回跟我说那么多话，我跟老伴躺下了还在笑。
访谈者：孩子身体怎么样？
受访者：有哮喘，换季就犯。{{trap/org:桂林医学院附属医院}}的{{han:零志刚}}医生给开了喷雾，一个月三百多。{{han:零志刚}}说，孩子这病跟心情也有关系，要多带出去走。
访谈者：老家还有人吗？
受访者：儿子{{minority/mongolian:达来诺日布}}在乌审旗放羊，每年卖了羊给我们打钱，总说阿爸你岁数大了，回来吧。我说等{{minority/mongolian:巴日}}大了再说。老伴想家，晚上拉{{trap/minority_word:马头琴}}，拉着拉着就哭，{{minority/mongolian:塔日雅}}年轻时是嘎查里拉得最好的。
访谈者：孩子会说蒙古话吗？
受访者：会几句，{{trap/minority_word:赛音白努}}、{{trap/minority_word:巴雅尔拉}}，别的不会。他妈在的时候教过，后来没人教就忘了。老伴天天跟他说蒙古话，他听得懂，就是不开口，一开口就是桂林话。我不怪他，在这儿长大的，就说这儿的话。
访谈者：您跟孩子爸爸联系过吗？
受访者：联系过。打电话他不接，发信息他回一句忙。去年孩子过生日，我让孩子自己给他打，他接了，说了三分钟，说给你转二百块钱买蛋糕。孩子挂了电话，一晚上没说话。我心里有火，可当着孩子的面不能骂他爸。
访谈者：您和老伴身体还行吗？
受访者：我血压高，老伴腿疼，这边潮，一下雨就疼得下不了床。我们都七十了，最怕哪天走在孩子前头。跟社区说过，真有那一天，孩子还得有人管。
访谈者：孩子喜欢什么？
受访者：爱听我讲{{trap/famous:成吉思汗}}，讲{{trap/famous:嘎达梅林}}。这儿没马，我教他骑水牛。去年暑假带他回了趟乌审旗，他在草原上跑了一天，晚上睡在{{trap/minority_word:蒙古包}}里，说姥爷，这儿的星星比龙胜多。
访谈者：登记信息请您说一下。
受访者：住在{{address:龙胜镇桑江路民族新村7栋301}}，老家{{address:乌审旗嘎鲁图镇沙尔利格嘎查三组11号}}。我的身份证{{id_number@moldquad.150626}}，外孙的{{id_number@my2014fwspaced.450328}}。我电话{{mobile@p86h}}，{{han:应春花}}的{{mobile@plain}}。儿子给我弄了个微信，叫{{wechat:tergel-wushen}}。外孙上网课有个QQ：{{qq:27460193}}。
访谈者：名字在表上写得对吗？
受访者：不对。我是{{spaced:特 木 尔 胡 雅 格}}，一个字空一格；闺女的死亡证明上是{{spaced:浩日沁　其其格}}；外孙写成{{spaced:胡 和 巴 日}}。
访谈者：您最盼什么？
受访者：盼孩子开口笑。盼他长大了记着，他妈叫{{minority/mongolian:浩日沁其其格}}。
""")

# H1468: Hui grandfather from 巍山 who runs a beef rice-noodle shop in 融水 and raises the two orphans of his son.
DOCS["H1468"] = ("family", """\
访谈者：老人家，您这个牛肉粉店开了好久了？
受访者：二十年咯。我叫{{han:纳福生}}，经名{{minority/hui:易斯玛尔}}，老家云南{{trap/place:巍山}}。来吃粉的都喊我{{han:纳老倌}}，门口招牌写的是“{{han:纳福生}}清真牛肉粉”，过年门上贴的对子是“迎春{{trap/word:纳福}}”。
访谈者：从巍山怎么到融水来的？
受访者：我们巍山回回，出门都是开馆子。那年跟儿子{{han:纳建明}}一路下来，先在{{trap/place:三江}}摆摊子，后头才到融水盘了这个铺面。
访谈者：孩子的爸妈……
受访者：都不在咯。儿媳{{han:赛凤仙}}，经名{{minority/hui:赫迪切}}，生小的那年大出血，没救过来。前年六月涨大水，我儿子在{{trap/place:融江}}边上看见个小娃掉下克，他跳下克救，小娃救上来了，他没上来。他经名{{minority/hui:尔由布}}，走的时候三十四岁，县里评了见义勇为，证书上写着“{{trap/word:光荣}}”两个字，我挂在店里，一抬头就心疼。
访谈者：两个孩子现在跟着您？
受访者：跟着我跟老伴。孙女{{han:纳思雨}}，经名{{minority/hui:苏阿黛娅}}，十三岁，在{{school:融水县民族中学初一（6）班}}，住校；孙子{{han:纳子豪}}，经名{{minority/hui:祖里菲格}}，九岁，在{{school:融水镇第一小学三年级（5）班}}。老师图方便，喊他{{minority/hui:纳祖里菲格}}，{{minority/hui:祖里菲格}}他也应。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:银秀清}}，给两个娃娃报了孤儿，孤儿基本生活费每人每月{{trap/number:一千三百八十块}}。她怕我们老的不会取，陪我去{{trap/org:融水农商银行}}开了卡。县民政局的{{han:蒙再兴}}也来过，讲娃娃读书还有助学金。县社工站派了个{{compound:赫连小雨}}，给孙女做心理辅导；还有个叫{{compound:皇甫振东}}的，礼拜六教孙子打篮球。
访谈者：孩子们怎么样？
受访者：孙女不爱讲话，她爸走以后，放学就坐在江边。班主任{{han:麻丽娟}}老师不怕{{trap/word:麻烦}}，给她找了个书法班，一个礼拜陪她写两回。孙子憨，天天问爸爸是不是变成鱼了。
访谈者：孙子上学怎么去？
受访者：我骑电动车送，早上先送孙子再回来开店。下雨天路滑，有一回我连人带车摔在路边，孙子爬起来先问我疼不疼，书包里的作业本都湿了，他蹲在路边一张一张抖干。那天我没开店，坐在屋头想了一上午，我儿子要是在，哪用得着我这个老倌送。
访谈者：孩子们吃得惯学校的饭吗？
受访者：孙女住校，学校食堂有清真窗口，放心。孙子在小学吃午饭，学校没得清真，他就带饭，我早上煮好牛肉，装一个保温桶，他中午吃。同学羡慕他，讲他天天吃牛肉，其实是店里剩下的边角。
访谈者：邻居们呢？
受访者：好。隔壁修车的、卖菜的，看两个娃娃可怜，有哪样好吃的都喊过去吃。我们回回不吃的，他们也晓得，送来的都是水果、鸡蛋。我过年就送他们牛肉，一家一斤。
访谈者：店里生意怎么样？
受访者：将就。我六十八了，老伴{{han:沙翠琼}}六十五，经名{{minority/hui:阿以莎}}，两个老的起早贪黑。四点起来熬骨头汤，老伴切牛肉。{{han:沙翠琼}}腰不好，我不准她端重的，她不听。
访谈者：做礼拜方便吗？
受访者：融水没得寺，要去柳州。柳州寺里的{{han:喇永福}}阿訇，经名{{minority/hui:拉赫曼}}，也是云南人，讲话一个腔调。开斋节我们关一天店，老乡{{minority/hui:马叶尔孤白}}开车拉我们去。回来炸{{trap/minority_word:油香}}，分给左邻右舍。我给孙子讲{{trap/famous:赛典赤}}，讲我们云南回回的老祖宗。
访谈者：老家还有亲人吗？
受访者：有个女儿{{han:纳蕴芳}}，经名{{minority/hui:鲁盖娅}}，嫁在{{trap/place:大理}}，自己也有三个娃娃。她讲接两个小的过克，我舍不得，我儿子埋在这点，我要守着他。
访谈者：以后怎么打算？
受访者：我快七十咯，不晓得还能撑几年。跟{{han:银秀清}}讲过，我哪天走了，娃娃就靠政府了。她讲莫想那么多，老两口身体好，娃娃就有个家。
访谈者：登记信息请您讲一下。
受访者：店在{{address:融水镇水东大道118号}}，家在{{address:融水镇沿江小区3栋1单元203}}。我的身份证{{id_number@my1956hyphen.532927}}，孙女的{{id_number@wy2011x.450225}}，孙子的{{id_number@my2015fw.450225}}。我电话{{mobile@spaced}}，{{han:银秀清}}的{{mobile@fws}}。孙女用我旧手机上QQ，号码{{qq:1593068427}}；我的微信是她帮我弄的，叫{{wechat:nafusheng-weishan}}。
访谈者：表上的名字写得对吗？
受访者：不对。孤儿证上孙女写成{{spaced:纳 思 雨}}，孙子写成{{spaced:纳 祖里菲格}}，儿子的证书上是{{spaced:纳　建　明}}。
访谈者：您最后还想讲什么？
受访者：娃娃的爸是救人走的，我不后悔。我只求两个娃娃长大做个好人，像{{han:纳建明}}。
""")

# H1469: 儿童主任 of 黄洛村 (和平乡, 龙胜) reading out her roll.
DOCS["H1469"] = ("staff", """\
访谈者：{{han:粟主任}}，您手上这本是什么？
受访者：村里困境儿童的花名册。我叫{{han:粟又兰}}，{{trap/place:和平乡}}{{trap/place:黄洛村}}的儿童主任，干了五年了。我一户一户念，你对着记。
访谈者：好。
受访者：头一户，{{han:盘德旺}}屋里。男人在桂林服刑，老婆{{minority/yi:沙马日果}}是凉山嫁过来的彝族，两个娃娃{{han:盘秋月}}、{{han:盘秋阳}}，吃服刑人员子女补助。{{minority/yi:果姐}}要强，从来不跟人哭穷。
访谈者：第二户？
受访者：第二户是孤儿，{{han:潘有余}}，男，十二岁，在{{school:和平乡中心小学六年级（1）班}}。爸爸喝酒喝死了，妈妈早跑了，跟大伯{{han:潘有粮}}过，住{{address:和平乡黄洛村一组3号}}，上网课用大伯的手机，QQ号{{qq:753104826}}。他爷爷起名字的时候，盼的就是年年{{trap/word:有余}}，家家{{trap/word:有粮}}，可日子还是紧巴巴的。孤儿基本生活费每月{{trap/number:一千五百一十元}}，娃娃的身份证{{id_number@my2012hyphen.450328}}。
访谈者：第三户？
受访者：第三户，{{han:奉桂英}}，瑶族，七十一了，带三个孙。儿子{{han:奉光明}}在广东工地上摔断了腿，评了二级，回来躺着；儿媳跑了，报的事实无人抚养。大的{{han:奉雨桐}}，二的{{han:奉雨晨}}，细的那个我们都喊{{han:糯米仔}}，生下来白白胖胖，像个{{trap/word:糯米粑}}。住{{address:和平乡黄洛村四组6号}}。{{han:奉桂英}}屋里没得手机，打她隔壁{{han:蓝伯娘}}的：{{mobile@s74}}。
访谈者：第四户？
受访者：第四户户主姓过，{{trap/word:过年}}的过，全村就他一家。{{han:过立新}}过来找过我好多回，他女儿{{han:过晓彤}}九岁，自闭症，不讲话，评了精神残疾二级，两项补贴都有。娃娃在{{school:龙胜县特殊教育学校培智三年级（1）班}}住校，礼拜五{{han:过立新}}骑摩托去接。他电话{{mobile@h38}}。
访谈者：还有吗？
受访者：第五户，{{minority/yi:阿苏比惹}}，也是凉山来的彝族，在村里帮人砌墙，去年从架子上摔下来，瘫了。老婆{{han:潘秀莲}}是我们村的，前年得病走了。两个娃娃，大的{{han:潘梦洁}}跟妈妈姓，小的{{minority/yi:阿苏尔者}}跟爸爸的家支，一屋两个姓。学校嫌写起来长，把小的写成{{minority/yi:潘尔者}}。{{minority/yi:比惹}}讲，哪样姓都是他的娃。
访谈者：您怎么当上儿童主任的？
受访者：以前我是村里的妇女主任，后来上面要每个村设儿童主任，村里讲你是女的，心细，你来。我也没推。头一年去县里培训了三回，讲哪样叫困境儿童，哪样叫事实无人抚养，回来一家一家对。那时候名单上才六个娃娃，现在十四个。
访谈者：入户的时候看什么？
受访者：看娃娃吃得饱不饱，穿得暖不暖，被子够不够，作业有没有人管。冬天山里冷，我看哪家被子薄，就去乡里要。有一回去{{han:奉桂英}}屋里，三个孙挤一张床，盖一床旧棉絮，我当场就哭了。第二个礼拜，{{trap/org:龙胜县妇联}}就送来三床新被子。
访谈者：家长们配合吗？
受访者：大多数配合。也有怕丢面子的，不肯上名单，讲我屋里又没死人，要哪样补助。我就慢慢讲，这个钱是给娃娃的，不是可怜你。
访谈者：娃娃们自己怎么讲？
受访者：大的心里明白，有的怕同学晓得，不肯让我去学校找。我就约在村口的大榕树底下，假装路过，问两句就走。小的不懂，看见我就喊，跑过来要糖吃，我包里总装一把糖。
访谈者：这些户都哪个在跟？
受访者：乡里的民政助理{{han:侯正军}}总负责，他一个人管十一个村，跑不过来。社工站的{{compound:夏侯婉婷}}跟第二户、第四户，还有个叫{{compound:独孤晴}}的大学生志愿者，礼拜六来给娃娃们补课。乡卫生院的{{han:磨家宁}}医生每个月来给{{minority/yi:阿苏比惹}}换药，顺便看娃娃。
访谈者：补助是怎么发的？
受访者：都打到社保卡上。每个月十号我挨家问，到了没得，有没有被扣。老人家不会看短信，我就陪她们去乡里的{{trap/org:信用社}}打流水。
访谈者：平时怎么发现这些娃娃？
受访者：一靠学校报，二靠寨子里的人讲，三靠自己走。黄洛二十几户，哪家几口人，哪家娃娃几时生的，我都记得。去年{{han:潘有余}}半夜发烧，是他同学{{han:侯小龙}}跑来喊我，我跟{{han:潘有粮}}一路把他背到卫生院。
访谈者：名单上的名字都写对了吗？
受访者：错的多。{{spaced:过　晓　彤}}，一个字空一格；{{spaced:阿 苏 比 惹}}也是；还有{{spaced:潘 有余}}、{{spaced:夏侯 婉婷}}。县里的系统错一个字，钱就下不来。
访谈者：您的联系方式？
受访者：我电话{{mobile@fullwidth}}，我的微信{{wechat:suyoulan_huangluo}}。
访谈者：干这个最难的是什么？
受访者：钱少事多，一个月补贴几百块，跑一趟县里来回车费就要四十。可我是这个寨子长大的，这些娃娃都喊我{{han:粟姨}}，我不管哪个管。最放心不下的，是{{han:糯米仔}}。
""")

# H1470: county civil-affairs officer of 融水 who checks the lists.
DOCS["H1470"] = ("official", """\
访谈者：{{han:蒙股长}}，您管儿童福利多少年了？
受访者：七年。我叫{{han:蒙再兴}}，在{{trap/org:融水苗族自治县民政局}}儿童福利股。我姓蒙，{{trap/word:蒙古}}的蒙，老有人问我是不是内蒙古来的，我是{{trap/place:四荣乡}}的苗族。
访谈者：全县困境儿童有多少？
受访者：一千一百多个。孤儿七十几个，事实无人抚养的四百多，剩下的是重病重残、服刑人员子女、低保家庭的。散居孤儿的基本生活费每人每月{{trap/number:一千三百八十元}}，事实无人抚养的一样。
访谈者：怎么核实？
受访者：靠乡镇民政助理和村里儿童主任，一年两回，一户一户对。上个月我在{{trap/place:杆洞乡}}核了三天。有一户登记的是父亲失联，叫{{han:贾金林}}，结果人家在{{trap/place:中山}}的厂里好好的，每个月还给娃娃寄钱，就是不接村里电话。{{han:贾金林}}却讲，他怕一接电话，补助就没了。
访谈者：系统里的名字会出问题吗？
受访者：头疼就头疼在这。少数民族名字中间那个点，系统有的认有的不认。县城卖馕那家，女儿{{minority/uyghur:佐赫拉古丽}}，社区录的是{{minority/uyghur:佐赫拉古丽・阿尔斯兰江}}，学校报上来是{{minority/uyghur:佐赫拉古丽·阿尔斯兰江}}，银行卡上没得点，三样对不上，钱打不出去。我们只好拿着身份证一个一个对。她爸{{minority/uyghur:兰江哥}}跑了四趟，汉话比我还溜，讲的是柳州话。
访谈者：还有哪些外地来的少数民族家庭？
受访者：越来越多。牛肉粉店{{han:纳老倌}}的两个孙，孤儿，经名一个{{minority/hui:苏阿黛娅}}，一个{{minority/hui:祖里菲格}}，学校又喊{{minority/hui:纳祖里菲格}}，表上填哪样？我讲填身份证上的。{{trap/place:大浪镇}}有一户，妈妈是内蒙古来的{{minority/mongolian:苏达娜木}}，男人{{han:杨志坚}}在水电站出事走了，娃娃汉名{{han:杨澈川}}，在{{school:大浪镇中心小学二年级（2）班}}，蒙古名叫{{minority/mongolian:图们巴雅尔}}，户口本上写成{{minority/mongolian:杨图们巴雅尔}}，一家住在{{address:大浪镇大浪村新寨屯8号}}。{{trap/place:香粉乡}}有个彝族爸爸{{minority/yi:吉伍约布}}，在砖厂做工，老婆走了，女儿{{minority/yi:吉伍史莫}}八岁。
访谈者：语言通吗？
受访者：{{minority/mongolian:苏达娜木}}汉话讲得好，不用微信，只用QQ，号码{{qq:1038475629}}。{{minority/yi:吉伍约布}}难，我们请他老乡{{minority/yi:曲比史惹}}来翻译。
访谈者：这几年政策有什么变化？
受访者：变化大。以前只有孤儿有钱，爸妈一个在一个不在的，或者爸爸坐牢妈妈跑了的，都没人管。后来有了事实无人抚养这一块，标准跟孤儿一样，好多娃娃一下子有了保障。再后来重病重残家庭的娃娃也纳进来，我们的名单一年比一年长。
访谈者：工作中最难的是什么？
受访者：最难的是核实。爸妈失联，要派出所出证明，要村里出证明，要到处找人。有的家长在外省，电话打不通，我们就发函，一等几个月。娃娃等不起，我们就先按临时救助给一点，等材料齐了再补。还有就是人少，一个乡镇一个民政助理，手上几十样事，儿童只是其中一样。
访谈者：您下乡一般怎么去？
受访者：开自己的车，油费报一半。{{trap/place:元宝山}}那边的村子，车开不上去，要走两个钟头。冬天路上结冰，去年我摔了一跤，手腕骨裂，打着石膏照样下乡。
访谈者：股里几个人？
受访者：三个。我，副股长{{compound:长孙立伟}}，还有今年考进来的{{compound:司空缈}}。分管的副局长是{{han:龙志高}}，{{han:龙志高}}便是当年把我从乡里调上来的人。{{han:吴局长}}倒是常讲，儿童这块再难也不能出事。
访谈者：资金够吗？
受访者：紧。去年{{trap/org:柳州市民政局}}来检查，讲我们台账不规范，我们三个加了一个月班重做。{{compound:司空缈}}刚毕业，手快，一天录两百户。
访谈者：有没有让您忘不了的孩子？
受访者：有。{{trap/place:安太乡}}有个女娃叫{{han:梁小芹}}，爸妈在广东，跟奶奶过，奶奶去年走了，她一个人在屋里住了半个月，每天自己煮饭、走路上学，哪个都没讲。是学校的{{han:佘老师}}看她瘦了，跟去她屋里才晓得。我们当天就把她纳入事实无人抚养，打电话喊她爸{{han:梁国雄}}回来。他在电话那头哭，讲对不住娃娃。
访谈者：热线电话多吗？
受访者：多。{{trap/hotline:12345}}转过来的，{{trap/hotline:12349}}打进来的，一天十几个。有问补助的，有举报哪家娃娃没人管的。我的手机{{mobile@plus86spaced}}，{{compound:长孙立伟}}的我就不念了，工作微信{{wechat:mengzaixing_mzj}}，全县的儿童主任都有。
访谈者：表上名字写错的多吗？
受访者：多。{{spaced:佐 赫 拉 古 丽 · 阿 尔 斯 兰 江}}，一个字一格；{{spaced:吉 伍 约 布}}；{{spaced:苏 达 娜 木}}；还有录成{{spaced:吾拉木江 ‧ 阿尔斯兰江}}的，点两边都空了格。{{han:杨澈川}}的身份证我们核过：{{id_number@my2016spaced.450225}}。
访谈者：最后想说什么？
受访者：困境儿童，难的是大人，苦的是娃娃。名单上一个名字就是一个娃娃。这几年我最常想起的，还是{{han:梁小芹}}。
""")

# H1471: doctor of the township health centre of 和平乡 (龙胜).
DOCS["H1471"] = ("staff", """\
访谈者：{{han:磨医生}}，您在乡卫生院干了多少年？
受访者：十八年咯。我叫{{han:磨家宁}}，壮族，{{trap/place:平等镇}}人。磨是{{trap/word:推磨}}的磨，寨子里的老人喊我{{han:磨医生}}，年轻的喊{{han:磨哥}}。
访谈者：卫生院几个人？
受访者：四个医生，三个护士，管和平乡十几个村，{{trap/place:龙脊}}那边上山下山一趟要半天。院长{{han:凤德昌}}问我，你一个月下村跑多少趟，我讲我也没数过。
访谈者：困境儿童里，病残的多吗？
受访者：占一小半。先天性心脏病、脑瘫、癫痫、听力不好的都有。我每个月跟村里的儿童主任一起入户，黄洛是{{han:粟又兰}}，大寨是{{han:廖春妹}}。
访谈者：讲讲您印象深的孩子吧。
受访者：黄洛{{han:过立新}}的女儿{{han:过晓彤}}，三岁还不讲话，不看人，是我头一个讲她可能是自闭症。叫他们去{{trap/org:桂林市妇幼保健院}}查，查出来了，评了残疾证。{{han:过晓彤}}现在在特校，会喊爸爸了，{{han:过立新}}打电话来，在那头哭。
访谈者：还有呢？
受访者：大寨有个瑶族女娃叫{{han:冯彩凤}}，先天性心脏病，嘴唇是紫的，爬两步坡就喘。她爸死在矿上，妈妈改嫁了，跟外婆过。我喊{{han:冯彩凤}}来卫生院听心脏，杂音好大。后来是县医院的{{compound:司徒晓岚}}帮忙，报了救助项目，去{{trap/org:广西医科大学第一附属医院}}做了手术，自己没出几个钱。现在她在{{school:和平乡中心小学三年级（4）班}}，跑得比男娃还快。
访谈者：那位彝族爸爸呢？
受访者：{{minority/yi:阿苏比惹}}，砌墙摔的，脊椎断了。我每个礼拜去给他换药、看褥疮。他汉话讲得不好，有时候要他女儿{{han:潘梦洁}}翻译，有时候打电话给{{minority/yi:果姐}}，{{minority/yi:沙马日果}}会讲彝话也会讲桂柳话。小的{{minority/yi:尔者}}才五岁，看见我就躲，以为我要给他打针。
访谈者：娃娃们看病，钱从哪里来？
受访者：困境儿童大多有医保，村里帮着交，个人不用出。住院报得多，门诊报得少。最难的是去大医院，路费、住宿、陪护的工钱，医保都不管。{{han:冯彩凤}}去南宁做手术那回，外婆不识字，是我请了三天假陪着去的，在医院门口的小旅馆住了一个礼拜，一晚八十块。
访谈者：残疾证是怎么评的？
受访者：先到县医院或者桂林的医院做检查，拿报告到县残联，县残联约专家评级。评下来了，才能申请两项补贴。好多老人不懂，以为到卫生院开个证明就行，来回跑好几趟。我现在把流程写在一张纸上，贴在卫生院门口，哪个来都先看那张纸。
访谈者：乡里的护士帮得上忙吗？
受访者：帮得上。护士{{han:侬小梅}}给娃娃们打疫苗、建档案，她一个人管全乡的接种本。{{han:侬小梅}}给我讲，接种本上名字错得最多，{{spaced:冯 彩 凤}}写成三个字分开，{{spaced:阿苏 尔者}}写成两截，还有把我写成{{spaced:磨 家宁}}的。
访谈者：山里的娃娃打疫苗方便吗？
受访者：不方便。有的寨子离卫生院十几里，家长在外面打工，老人带不出来。我们就背着冷藏箱上门打，一个寨子一个寨子走。接种本丢了的多，就在电脑里补，补的时候又要核名字、核出生日期，一个娃娃要核半天。
访谈者：县里有专家下来吗？
受访者：有。每年秋天县医院组织义诊，带队的是{{compound:鲜于志鹏}}，康复科来的是{{compound:左丘明珠}}，她讲她爸爱读史书，照着{{trap/famous:左丘明}}给她起的名。她教家长给脑瘫娃娃做康复操，一个动作教十遍。
访谈者：您自己有什么难处？
受访者：难处多。药少，设备少，晚上出诊没得车，骑摩托，下雨天摔过两回。有一回半夜{{han:冯彩凤}}的外婆{{han:赵满妹}}打电话来，讲娃娃喘不上气，我骑了四十分钟到，打了{{trap/hotline:120}}，救护车上不来，我们抬着走到公路边。
访谈者：您为什么一直留在乡里？
受访者：我读书的时候，老师讲{{trap/famous:白求恩}}，讲医生要去最苦的地方。我就是这里人，我走了，这些娃娃哪个看？
访谈者：登记信息请您讲一下。
受访者：我住{{address:和平乡龙脊大道卫生院宿舍2栋105}}，{{han:冯彩凤}}屋在{{address:和平乡大寨村田头寨四组19号}}。她的身份证{{id_number@wy2015quad.450328}}，{{han:赵满妹}}的{{id_number@woldfwspaced.450328}}。我电话{{mobile@p86n}}，微信{{wechat:mojianing-clinic}}，家长有哪样事就在群里发消息，{{han:侬小梅}}的QQ{{qq:65270391}}也在群里。
访谈者：最后还想讲什么？
受访者：我老婆也是护士，在县医院，我们两个一个礼拜见一回。儿子读初中，放假就来卫生院帮我抄病历，他讲以后不学医，太累，我讲随你。只盼乡里多来几个年轻医生。我老了，跑不动了，总要有人接着跑。
""")

# H1472: dormitory keeper of the girls' dormitory of a boarding school in 融水.
DOCS["H1472"] = ("staff", """\
访谈者：阿姨，您在这栋宿舍管了多久？
受访者：九年了。我叫{{han:时桂花}}，{{trap/place:杆洞乡}}的苗族，在{{trap/org:融水县民族中学}}管女生宿舍。女娃们喊我{{han:时阿姨}}，喊快了就成了{{han:时姨}}，还讲{{han:时姨}}{{trap/word:时常}}唠叨，像她们的妈。
访谈者：宿舍住了多少孩子？
受访者：两百一十几个，初一到初三。一多半是留守的，爸妈在广东、浙江打工；上了困境儿童名单的有二十几个。
访谈者：晚上怎么点名？
受访者：九点半熄灯前一间一间点。你听我点一回：306，{{han:贾秋莲}}、{{han:吴雪梅}}、{{han:龙美娟}}、{{han:潘春妮}}、{{han:纳思雨}}、{{han:梁小芹}}，六个，齐了。307，{{han:石娇娥}}、{{han:杨灵芝}}、{{han:韦小丫}}、{{han:何田田}}，差一个，{{han:胡丽丽}}又去洗头了。
访谈者：一个人管两百多个女娃，管得过来吗？
受访者：管不过来也得管。早上六点吹哨起床，我一层一层喊，有的娃娃赖床，我就去掀被子。白天她们上课，我打扫卫生、洗厕所，查有没有人藏零食、藏手机。晚上熄灯以后还要查两回房，看有没有人发烧，有没有人躲在被子里哭。
访谈者：女娃们有哪些心事？
受访者：多。想爸妈的、被同学笑的、来月经不懂的，都来找我。好多娃娃的妈不在身边，这些事没人教，我就教。我在柜子里备了卫生巾、感冒药、针线，哪个要就来拿。有个初一的女娃，来月经以为自己要死了，躲在厕所里哭，我陪她坐了一个钟头。
访谈者：周末呢？
受访者：大部分娃娃回家，远的留下来，杆洞、安太那边山里的，回一趟家要坐半天车，一个月才回一次。留下来的我带她们包粽子、看电视，有时候带去江边走走。
访谈者：名单上的孩子您都熟吗？
受访者：熟。{{han:梁小芹}}是去年秋天来的，在{{school:融水县民族中学初一（2）班}}，就是一个人在屋里住了半个月那个，民政局的{{han:蒙再兴}}亲自送来的，就一个蛇皮袋，两件衣服。我给她找了床被子，她抱着就哭。现在胖了，爱笑了。{{han:纳思雨}}是回族，孤儿，经名叫{{minority/hui:苏阿黛娅}}，寝室里都喊她{{minority/hui:阿黛}}。食堂给她单留了一个清真窗口，她爷爷{{han:纳老倌}}礼拜五骑电动车来接，车筐里总给我带一碗牛肉粉。
访谈者：孩子们闹矛盾吗？
受访者：闹。上个月{{han:吴雪梅}}跟{{han:龙美娟}}为一个发卡打架，{{han:龙美娟}}被抓破了脸，哭着来找我。我让{{han:吴雪梅}}道歉，她倔，半天不开口，寝室里都喊她{{han:辣椒妹}}。后来是{{han:纳思雨}}把两个拉到一起，讲我们都是爸妈不在身边的，还打哪样。
访谈者：孩子们想家怎么办？
受访者：礼拜三晚上让她们给家里打电话，没手机的用我的，我手机里存了一百多个家长。{{han:贾秋莲}}她爸{{han:贾金林}}在中山，电话{{mobile@fws}}，他一接就问钱够不够。{{han:杨灵芝}}的妈妈在{{trap/place:韶关}}的{{trap/word:灵芝}}基地做工，讲女儿的名字就是照这个起的，视频要加她微信，叫{{wechat:lingzhi-mama88}}。
访谈者：孩子们用QQ多吗？
受访者：多。手机礼拜天收上来，礼拜五发下去。{{han:潘春妮}}的QQ是{{qq:２７０９４８１６５３}}，{{han:何田田}}的是{{qq:83620147}}。有一回半夜，{{han:石娇娥}}在QQ上跟网友聊天，讲要去柳州见面。我让{{han:石娇娥}}把聊天记录给我看，那个人讲他十七岁，头像是个明星，我看着不对，报了{{trap/hotline:110}}。后来警察讲，那是个四十多岁的男人。
访谈者：哪些人在帮你们？
受访者：学校心理老师是{{compound:濮阳雪梅}}，每个礼拜二晚上在活动室陪女娃们聊天。县社工站有个{{compound:公良秀兰}}，给名单上的娃娃都建了档。团县委送来过一批棉被，是{{compound:万俟清}}联系的。
访谈者：您自己的孩子呢？
受访者：我儿子在{{trap/place:柳州}}读技校。他小的时候我在{{trap/place:惠州}}打工，他跟外婆过，我晓得留守的滋味。所以这些女娃半夜哭，我就坐在床边，等她们睡着。
访谈者：女娃们毕业以后呢？
受访者：有的读高中，有的读中专，也有初中没读完就跟着亲戚去广东进厂的，我最怕听到这个。每年毕业那天，我站在宿舍门口一个一个送，叫她们有事给我打电话。好多娃娃工作了还记得我，过年给我发个红包，一块两块的，我都留着。
访谈者：表上的名字有写错的吗？
受访者：有。宿舍门口贴的名单，{{spaced:杨　灵　芝}}写得一个字一格，{{spaced:濮　阳　雪　梅}}也是；系统里把{{spaced:纳 思雨}}分成两截；还有{{spaced:韦 小 丫}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@s38}}，微信{{wechat:shiguihua_nvsu}}，住在{{address:融水镇民族路12号民族中学教工宿舍3栋502}}。{{han:梁小芹}}的身份证学校让我代管：{{id_number@wy2011fwhyphen.450225}}。
访谈者：最后还想讲什么？
受访者：这些女娃睡着了，一个个像小猫一样。我最挂心的，还是{{han:梁小芹}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1465,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout184",))


if __name__ == "__main__":
    main()
