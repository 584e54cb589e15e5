# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 207 (tests/pii/holdout207/H1641-H1648 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 206, written at the same time, is not
an earlier set).

Set 207 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 旬阳 (a
Han-river town stacked on a hillside) and 留坝 (a Qinling mountain county of mushroom sheds and homestays), Shaanxi:
a Kazakh mother from 富蕴 who married a 旬阳 miner, now bedridden with silicosis, and washes dishes in a hotel; a
Tibetan grandfather from 碌曲 raising in 留坝 (江口镇) the two children of his son, who has schizophrenia, their Han
mother gone; a Hui mother from 西吉 in 吕河镇 (旬阳), widowed when her husband's crane overturned, with an autistic son
and a daughter boarding at middle school; a Mongolian father from 鄂托克旗 who leads tourists' horses on the 紫柏山
meadow, his Han wife gone after their daughter's heart operation; a Han 儿童主任 of a mountain village of 江口镇
reading out her list; a Han officer of the 旬阳 disabled persons' federation; a Han family-planning (now health)
worker of 蜀河镇; and a Han dormitory teacher of the boarding primary school of 江口镇. The emphasis is on forms
where a replacement might cover only part of a name, or miss it, in a mix rather than one trick: a Kazakh given
name + father's name with every dot (卡丽恰汗·铁列吾汗, 卡丽恰汗‧铁列吾汗 with U+2027, 卡丽恰汗・铁列吾汗 with U+30FB,
卡丽恰汗.铁列吾汗, 卡丽恰汗铁列吾汗, 努尔别克·铁列吾汗) and its two halves used alone (卡丽恰汗是我，铁列吾汗是我爸);
a Han surname before a non-Han given name (屈居玛娜依, 蒙索吉草, 蒙桑本, 纳欧斯玛乃, 纳海尔尼萨, 奇敖特根, 奇嘎如迪,
马撒立赫, 于洛藏尖措, 于拉姆措); forms of address made from non-Han names, some of them Chinese-looking (卡姐, 小别,
夏爷, 本本, 小欧, 敖哥, 嘎娃, 洛洛); Hui 经名 beside the Han-form names of the same people (锁玉珍/沙菲叶,
纳国成/叶儿古柏, 纳文博/欧斯玛乃, 纳文静/海尔尼萨, 纳国强/舍勒夫); surnames that are ordinary or grammar words
right before the same word used as a word or a grammar word (曾婆曾经, 过秀莲过来 beside 过年, 从桂英从来, 来德厚来,
连翠平连 … 连忙, 同心蕾同我, 冉又春又, 贡却东智却, 党正刚正, 于长栓 … 于是, 别秀芳 … 别人, 强根成 … 强调, 母桂芬 /
母主任 / 母姨 beside 母亲, 蒙春艳 beside 蒙在鼓里, 奇嘎如迪 beside 奇怪, 燕小琴 / 燕嬢 / 燕妈 beside 燕窝); names that
contain words used nearby as words or places (柯红军 / 红军镇, 宁安康 / 安康, 党建国 / 党建, 同心蕾 / 同心, 马道成 /
马道镇, 张良才 / 张良庙 / 张良, 长孙一禾 / 长孙, 西门秀琴 / 西门, 苟贵生 beside the saying 苟富贵); names directly
before particles, pronouns and verbs (屈德旺他, 强根成他, 嘎娃他, 居玛娜依也, 嘎如迪才, 卜金娥倒, 柯满囤能, 宦玉芝说)
and after 被/给/跟/和/喊 (被伏小蔓, 给了蹇雨禾, 跟管德才, 蹇雨禾和伏小蔓, 喊我卡姐); names inside organisation-like
phrases (柯春苗民宿, 芮长庚宾馆, 同心蕾拐枣厂); a surname with only a title or kin word, annotated whole (屈大哥, 寇大夫,
曾婆, 母主任, 母姨, 亢股长, 衡股长, 剪阿訇, 仝姐, 燕嬢, 燕妈) and 老 + surname (老党 beside 党支部); a name right before
a phone number (蹇德贵182…, 马道成1823 …); names at the start and the very end of a line; names spaced out
character by character in half- and full-width spaces (卡 丽 恰 汗 · 铁 列 吾 汗, 屈　居　玛　娜　依, 贡 却 东 智,
纳 欧 斯 玛 乃, 奇 嘎 如 迪, 苏 和 图 嘎, 宇 文 清 砚, 司 马 秋 禾, 桑 吉 卓 尕, 钟 离 映 雪, 马 撒 立 赫, 澹 台 眠 舟,
索　吉　草, 沙　菲　叶, 蹇　雨　桐, 嘎　如　迪, 昝　星　语, 欧 阳 蕊, 柯 满 囤) and names split in two (夏吾 加布, 蒙 桑本,
锁 玉珍, 敖特根 毕力格, 强 小雨, 别 小妮, 于 洛藏尖措, 蹇 雨禾, 苏和　图嘎); compound surnames after ordinary words
(欧阳, 皇甫, 上官, 司徒, 端木, 夏侯, 宇文, 南宫, 司马, 濮阳, 申屠, 钟离, 赫连, 西门, 澹台, 长孙 after 社工站的/搭档/
大夫/康复老师/派了/专干叫/户籍警/镇长/食堂的/心理老师/支教的); rare surnames of the region (屈, 冉, 过, 曾, 宦, 芮,
寇, 衡, 蒙, 党, 喻, 雒, 亢, 权, 蹇, 强, 伏, 谯, 管, 昝, 卜, 苟, 惠, 来, 从, 仝, 别, 于, 占, 连, 母, 燕, 锁, 纳, 剪); and
numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:曾婆}}``, ``{{qq:2490563178}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (kazakh, tibetan, hui, mongolian) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwhyphen.610928}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 医生) and a particle, pronoun or
verb written directly after a name (也, 才, 倒, 能, 又, 却, 正, 同, 连, 来, 过, 从, 他, 说) are outside the span; a
surname with only a title or kin word (屈大哥, 曾婆, 母主任, 母姨, 亢股长, 剪阿訇, 仝姐, 燕嬢) and 老党 are annotated
whole. Han-style names of Hui people (锁玉珍, 纳国成, 纳文博, 纳文静, 纳国强, 马道成) are category han; a Han surname
before a non-Han given name (屈居玛娜依, 蒙桑本, 纳欧斯玛乃, 奇嘎如迪, 马撒立赫, 于洛藏尖措) is category minority, and
so are forms of address made from a non-Han name (卡姐, 小别, 夏爷, 本本, 小欧, 敖哥, 嘎娃, 洛洛).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout207/make_holdout207.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(207_2026_1207)
MINORITY_GROUPS = ('kazakh', 'tibetan', 'hui', 'mongolian')
# Floors from the brief.
GROUP_FLOORS = {"kazakh": 10, "tibetan": 10, "hui": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "172", "178", "180", "182", "186", "188",
                   "193", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1641: Kazakh mother from 富蕴 who married a 旬阳 miner; he has silicosis, she washes dishes in a hotel and raises
# their daughter and son on the hillside of the old town.
DOCS["H1641"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：新疆{{trap/place:阿勒泰}}{{trap/place:富蕴}}的，哈萨克族。我叫{{minority/kazakh:卡丽恰汗·铁列吾汗}}，{{minority/kazakh:卡丽恰汗}}是我，{{minority/kazakh:铁列吾汗}}是我爸。这条巷子的人念不顺，都喊我{{minority/kazakh:卡姐}}。
访谈者：咋到旬阳来了？
受访者：我男人{{han:屈德旺}}是{{trap/place:旬阳}}人，年轻时在{{trap/place:可可托海}}矿上打眼放炮，我在矿上食堂炸{{trap/minority_word:包尔萨克}}，就认得了。矿停了，他要回老家，我就跟过来了。十五年了，住在老城的半坡上，一出门就是台阶，买把菜都要爬两百级。
访谈者：{{han:屈大哥}}身体咋样？
受访者：尘肺，三期，晚上坐着睡，离不了制氧机。{{trap/org:旬阳市医院}}的{{han:寇大夫}}说他的肺跟石头一样硬了。残联的{{han:衡建秦}}上门给他评了一级，两项补贴加起来一个月{{trap/number:二百一十块}}。{{han:屈德旺}}他自己难受，说拖累了我们娘仨。
访谈者：娃娃们多大了？
受访者：女子{{minority/kazakh:居玛娜依}}十二，在{{school:旬阳市城关第三小学六年级（2）班}}，花名册上写的{{minority/kazakh:屈居玛娜依}}，跟她爸姓。儿子{{minority/kazakh:别尔克}}八岁，户口上叫{{han:屈小川}}，在{{school:城关第二小学二年级（4）班}}。同学喊他{{minority/kazakh:小别}}，他不高兴，回来问我，别就是不要，他们是不是不要我。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:冉又春}}，{{han:冉又春}}又跑民政又跑残联，给两个娃报了困境儿童，父母一方重残，一个娃一个月{{trap/number:六百八}}。我在{{trap/place:汉江}}边上的{{han:芮长庚}}宾馆洗碗，一个月一千九。社工站的{{compound:欧阳蕊}}每礼拜来辅导女子功课，她搭档{{compound:皇甫念秦}}带儿子去河滩踢球。
访谈者：邻居们呢？
受访者：好得很。隔壁卖拐枣酒的{{han:过秀莲}}，我上夜班，{{han:过秀莲}}过来帮我看着娃他爸。巷子口的{{han:曾婆}}{{trap/word:曾经}}是接生婆，{{minority/kazakh:别尔克}}发烧那回，是{{han:曾婆}}拿烧酒给他搓的背。{{trap/word:过年}}的时候，她们都来我屋里吃手抓肉。
访谈者：孩子们在学校咋样？
受访者：{{minority/kazakh:居玛娜依}}也懂事，成绩在班上前五。班主任{{han:宦玉芝}}老师让她当了学习委员，{{han:宦玉芝}}说这女子心重，屋里的事一句不跟同学讲。儿子还小，有一回跟人打架，是因为人家学他爸咳嗽。
访谈者：您上班的时候，他爸谁照应？
受访者：我上早班，五点出门，下午两点回来。中午隔壁给他端碗饭，女子放学先回屋看她爸。制氧机一个月电费一百多，冬天还要开电热毯。老板{{han:芮长庚}}晓得我屋里的事，让我把剩下的馍带回去，说倒了也是浪费。
访谈者：旬阳住得惯吗？
受访者：头几年不惯。这城是一层一层叠在山坡上的，人家叫{{trap/place:太极城}}，汉江和{{trap/place:旬河}}在底下绕个弯。我们富蕴是平的，一眼望不到边，到了这儿抬头是山、低头是河。冬天湿冷，屋里没暖气，冷到骨头里，我穿着羊皮坎肩还打颤。吃的也不惯，他们啥都放辣子、放花椒，我炒菜只放盐，娃们倒吃得惯他们的酸菜面。
访谈者：娃们还会说哈萨克话吗？
受访者：女子会一点，儿子不肯学，说同学听不懂。我教女子跳{{trap/minority_word:黑走马}}，她跳得好，学校文艺汇演还上了台。女子说长大要当大夫，把她爸的肺治好。我说好，妈等着。
访谈者：低保是啥时候办下来的？
受访者：前年。头一回去街道，我汉话说不清，材料缺这缺那，跑了四趟。后来{{han:冉又春}}陪着去，一次就办了。现在一家四口低保，加上娃的补助和他爸的补贴，再加我的工资，紧是紧，饿不着。
访谈者：老家还有亲人吗？
受访者：我妈{{minority/kazakh:托勒恩古丽}}在富蕴，七十了。哥哥{{minority/kazakh:努尔别克·铁列吾汗}}在{{trap/place:乌伦古河}}边上放羊，每年冬天寄一箱{{trap/minority_word:马肠子}}过来，娃们一闻就喊想外婆。我给他们讲{{trap/famous:唐加勒克}}的诗，{{minority/kazakh:居玛娜依}}能背好几首。
访谈者：您自己呢？
受访者：腰疼，手泡烂了。有时候累得想回新疆，可他爸走不动，娃们在这边读书，旬阳话说得比我好。我就想，熬到女子上大学就好了。
访谈者：登记表上的信息请您说一下。
受访者：屋在{{address:旬阳市城关街道东坡社区拐枣巷9号}}，老家{{address:富蕴县库尔特乡喀拉布勒根村二组6号}}。我身份证{{id_number@wy1986quad.654322}}，他爸的{{id_number@mmidspaced.610928}}，女子的{{id_number@wy2013fwhyphen.610928}}。我电话{{mobile@s74}}，{{han:冉又春}}的{{mobile@p86n}}。微信{{wechat:Kalicha_Fuyun86}}。女子有个QQ，号码她写在我手背上让我记：{{qq:２０６８４１７３５}}。
访谈者：表上的名字写得对吗？
受访者：五花八门。低保表写的{{minority/kazakh:卡丽恰汗‧铁列吾汗}}，医院卡上是{{minority/kazakh:卡丽恰汗・铁列吾汗}}，银行卡连点都没有，{{minority/kazakh:卡丽恰汗铁列吾汗}}，娃他爸手机里存的是{{minority/kazakh:卡丽恰汗.铁列吾汗}}。学校那张更怪，写成{{spaced:卡 丽 恰 汗 · 铁 列 吾 汗}}，女子写成{{spaced:屈　居　玛　娜　依}}，社工的名字也印成了{{spaced:欧 阳 蕊}}。
访谈者：您最想说啥？
受访者：谢谢大家。这些年我最感谢的人，是{{han:冉又春}}。
""")

# H1642: Tibetan grandfather from 碌曲 raising in 留坝 (江口镇) the two children of his son, who has schizophrenia;
# the children's Han mother left.
DOCS["H1642"] = ("family", """\
访谈者：阿爷，您是从甘南过来的？
受访者：{{trap/place:碌曲}}的，{{trap/place:郎木寺}}那边。我叫{{minority/tibetan:夏吾加布}}，村里人叫不来，都喊我{{minority/tibetan:夏爷}}。
访谈者：咋到留坝来的？
受访者：儿子{{minority/tibetan:贡却东智}}在{{trap/place:汉中}}当兵，复员后娶了{{trap/place:江口镇}}的{{han:蒙春艳}}，在这山沟里种香菇。前些年他得了病，医生说是精神分裂。{{minority/tibetan:贡却东智}}却不认得我了，有时候拿刀砍香菇架子。{{han:蒙春艳}}受不住，跑了，三年没音信。她走的那天我还{{trap/word:蒙在鼓里}}，以为她回娘家。我老伴{{minority/tibetan:仁增草}}走得早，我就一个人下来管两个娃。
访谈者：两个孩子多大？
受访者：孙女{{minority/tibetan:索吉草}}十一，孙子{{minority/tibetan:桑本加措}}七岁。上户口的时候跟了他妈的姓，花名册上一个叫{{minority/tibetan:蒙索吉草}}，一个叫{{minority/tibetan:蒙桑本}}。{{minority/tibetan:桑本}}生下来耳朵就不好，戴着助听器，老师喊他{{minority/tibetan:本本}}，他听得见就笑。
访谈者：孩子们在哪里上学？
受访者：{{minority/tibetan:索吉草}}在{{school:留坝县江口镇中心小学五年级（1）班}}，住校，一礼拜回来一回。{{minority/tibetan:桑本}}在{{school:江口镇中心小学一年级（2）班}}，每天我骑三轮送。宿舍的{{han:燕小琴}}老师对她好，晚上给她编辫子。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:母桂芬}}，我们喊{{han:母主任}}。她给两个娃报了事实无人抚养，一个娃一个月{{trap/number:一千一百五}}，我也吃了低保。县社工站的{{compound:上官苇杭}}每月上来一回，带{{minority/tibetan:桑本}}去汉中调助听器。{{trap/org:三二〇一医院}}的耳科大夫{{compound:司徒海宁}}说，娃要是三岁前装上人工耳蜗就好了。
访谈者：您靠什么过日子？
受访者：还是种香菇。村里{{han:党正刚}}的香菇棚缺人，我去给他翻棒、摘菇，一天八十块。{{han:党正刚}}正缺人手，也不嫌我老。冬天棚里冷，我穿着老家带来的皮袄，{{han:党正刚}}他笑我像头牦牛。
访谈者：香菇一年能挣多少？
受访者：挣不了多少。一个菌棒出两三茬菇，干的一斤卖三四十，还要看收购的给不给价。村里家家都有棚，夏天游客多，开民宿的收鲜菇，价高一点。我年纪大，扛不动菌棒，只能打零工。山里潮，我膝盖一到阴天就疼，老家是干冷，这边是湿冷，冷得不一样。
访谈者：孙子的耳朵还能治吗？
受访者：{{compound:司徒海宁}}大夫说还能装耳蜗，一只要十几万，残联有个救助项目，能报大头，可要排队，要先做评估。表交上去了，说今年说不定能轮上。娃现在戴的助听器是县残联送的，下雨打雷他听不见，看见闪电就往我怀里钻。
访谈者：村里人待你们咋样？
受访者：好，留坝人实在。我汉话说得不好，去镇上赶集，卖菜的{{han:喻德山}}每回都多给我抓一把葱。过年村里杀年猪，叫我们去吃杀猪饭，给我单盛了一碗洋芋烩菜。娃们跟村里娃一起耍，说的留坝话比我顺溜多了。
访谈者：老家还有人吗？
受访者：有。侄儿{{minority/tibetan:久美加羊}}在碌曲放牦牛，每年{{trap/minority_word:洛萨}}前托人捎来{{trap/minority_word:糌粑}}和酥油。两个娃吃不惯，倒是爱吃{{han:柯春苗}}民宿做的洋芋糍粑。
访谈者：孩子们想妈妈吗？
受访者：想。孙女把她妈的照片压在枕头底下。有一回她问我，阿爷，我妈是不是嫌我们是藏族。我说不是，是你爸病了，你妈怕了。娃听了不说话。晚上我转着佛珠念经，给她讲{{trap/famous:米拉日巴}}的故事，她靠在我身上就睡着了。
访谈者：您儿子现在呢？
受访者：在{{trap/org:汉中市精神卫生中心}}住着，一年出来两回。他出来那几天，娃们躲着他，我心里难受。他清醒的时候会喊孙子的小名，喊两声就哭。
访谈者：孙女在学校咋样？
受访者：成绩中等，爱唱歌。学校搞活动，她穿着藏袍上台跳{{trap/minority_word:锅庄}}，台下的娃都拍手。回来跟我说，阿爷，他们都说我跳得好看。我说你阿奶年轻时跳得更好。她问阿奶长啥样，我翻出一张旧照片给她看，她看了一晚上。
访谈者：登记信息请您说一下。
受访者：屋在{{address:留坝县江口镇柘梨园村三组11号}}，老家{{address:碌曲县尕海镇秀哇村一社8号}}。我身份证{{id_number@mold.623026}}，孙女的{{id_number@wy2014spaced.610729}}，孙子的{{id_number@my2018x.610729}}。我不会用手机，号码是{{han:母主任}}帮我存的：{{mobile@h38}}，她的是{{mobile@spaced}}。孙女在学校用QQ跟我视频，号码是{{qq:73051862}}。{{compound:上官苇杭}}的微信是{{wechat:shangguan_wh07}}。
访谈者：表上的名字写对了吗？
受访者：错的多。有张表把我写成{{spaced:夏吾 加布}}，孙女写成{{spaced:索　吉　草}}，孙子写成{{spaced:蒙 桑本}}，儿子那张写成{{spaced:贡 却 东 智}}。
访谈者：您还想说啥？
受访者：我老了，只盼两个娃长大。等{{minority/tibetan:桑本加措}}耳朵好一点，我带他们回碌曲，看看{{trap/place:尕海}}的黑颈鹤。
""")

# H1643: Hui mother from 西吉 in 旬阳 (吕河镇); her husband died when his crane overturned on a Han-river bridge; her
# son is autistic and her daughter boards at a middle school.
DOCS["H1643"] = ("family", """\
访谈者：大姐，您是宁夏人？
受访者：{{trap/place:西吉}}的，回族。我汉名{{han:锁玉珍}}，经名{{minority/hui:沙菲叶}}。我们西吉挨着{{trap/place:同心}}，姓锁的在那边不稀罕，到了旬阳，人家都当我是开锁的。
访谈者：咋来的旬阳？
受访者：我男人{{han:纳国成}}，经名{{minority/hui:叶儿古柏}}，在{{trap/place:吕河镇}}修汉江大桥，开吊车。我带着娃跟过来，在桥头开了个小饭馆卖{{trap/minority_word:油香}}和羊肉泡。四年前吊车翻了，人没了。
访谈者：孩子们呢？
受访者：两个。儿子{{han:纳文博}}，经名{{minority/hui:欧斯玛乃}}，十岁，孤独症，不说话，只会排瓶盖。康复中心的本子上写的是{{minority/hui:纳欧斯玛乃}}，那边老师喊他{{minority/hui:小欧}}。女子{{han:纳文静}}，经名{{minority/hui:海尔尼萨}}，十四，在{{school:旬阳市第二初级中学八年级（3）班}}住校。班主任{{han:桂建平}}老师点名点的是{{minority/hui:纳海尔尼萨}}，同学们也跟着这么喊。
访谈者：儿子的病是咋发现的？
受访者：两岁多还不说话，叫他名字也不回头，就爱盯着电扇转。我婆婆说贵人语迟，让我莫急。镇卫生院的儿保医生{{han:芮秋云}}看了说不对，让我带到{{trap/place:西安}}去查。一查是孤独症，我在医院走廊上坐了一下午，不晓得咋回的旬阳。
访谈者：儿子在哪里康复？
受访者：在{{trap/org:安康市残疾儿童康复中心}}，一礼拜去三回，坐一个钟头车。康复老师{{compound:端木棠溪}}教他指着图说话，现在能说“妈妈”“水”。残联的{{han:衡建秦}}给他办了残疾证，精神一级，两项补贴都有，康复费也报了大头。
访谈者：生活上靠什么？
受访者：饭馆关了，我在{{han:同心蕾}}拐枣厂上班，削拐枣、装箱。{{han:同心蕾}}同我一个车间，是她让老板把我排在白班，下午好去接娃。两个娃是困境儿童，一个娃一个月{{trap/number:九百二}}，娘三个还有低保。{{trap/org:吕河镇民政办}}的{{han:连翠平}}来核过三回，{{han:连翠平}}连我屋里冰箱装的啥都看了，说是规矩。我脸上挂不住，她{{trap/word:连忙}}说对不住。
访谈者：拐枣厂的活累吗？
受访者：累是累，能顾屋。{{trap/word:拐枣}}是旬阳的宝，秋天满山都是，厂里收回来泡酒、熬膏。旺季一天干十个钟头，按斤算钱，淡季就歇着。我手快，一个月能挣两千五。冬天没活的时候，我在屋里给人缝衣服。
访谈者：娃他爸那边的亲戚呢？
受访者：他哥{{han:纳国强}}，经名{{minority/hui:舍勒夫}}，在{{trap/place:兰州}}卖牛肉面，每年{{trap/minority_word:开斋节}}寄钱来。我妈{{minority/hui:苏娃代}}在西吉，腿不好。寺里的{{han:剪阿訇}}是临夏来的，每回做{{trap/minority_word:尔麦里}}都叫上我们娘几个。他给娃们讲{{trap/famous:马本斋}}打鬼子，儿子听不懂，女子听得眼睛发亮。
访谈者：女儿住校习惯吗？
受访者：头一学期天天哭，食堂没有清真灶，她只吃馍和咸菜。宿管{{han:占秋菊}}老师知道了，给她单拿一个碗，打菜只打素的。
访谈者：女儿学习怎么样？
受访者：好。数学年级排前二十，她说以后要考师范，当特教老师，教像她弟弟这样的娃。每个礼拜五回来，先抱弟弟，弟弟不让人抱，就让她一个人抱。{{han:桂建平}}老师说，这女子比同龄的娃大了十岁。
访谈者：您最难的是什么？
受访者：儿子半夜不睡，撞墙，我抱着他坐到天亮。第二天照样去厂里削拐枣，手上全是口子。有时候我也想，{{minority/hui:叶儿古柏}}要是在就好了。可人没了，日子还得过。
访谈者：您自己身体呢？
受访者：胃不好，{{trap/org:吕河镇卫生院}}的大夫说是累的、急的。我不敢倒下，我倒了，儿子就没人管了。
访谈者：社区对你们照顾得咋样？
受访者：好。社区每年给娃发学习用品，过年送米送油，还专门问我们吃不吃，给换成清真的。去年冬天屋里漏雨，社区找人把房顶补了，一分钱没要。我嘴笨，不会说感谢的话，就给他们炸了一锅{{trap/minority_word:馓子}}。
访谈者：想过回宁夏吗？
受访者：想过。可儿子的康复在这边，离了中心就断了。西吉的山是干的，这边的山是绿的。我男人埋在吕河的回民坟地里，我走了谁去给他上坟。
访谈者：登记信息请您说一下。
受访者：住在{{address:旬阳市吕河镇桥头社区回民巷5号}}，老家{{address:西吉县兴隆镇单北村四组23号}}。我身份证{{id_number@wy1983fwspaced.640422}}，儿子的{{id_number@my2015tri.610928}}。我电话{{mobile@fullwidth}}，{{han:连翠平}}的{{mobile@s38}}。微信{{wechat:shafeiye_xj}}。女子在学校用电话手表登QQ，号码是{{qq:3158024967}}。
访谈者：名字写得对吗？
受访者：不对。儿子的康复卡写成{{spaced:纳 欧 斯 玛 乃}}，我的低保表写成{{spaced:锁 玉珍}}，经名那一栏写成{{spaced:沙　菲　叶}}。
访谈者：最后还想说啥？
受访者：盼女子考上高中，盼儿子有一天能叫我一声妈，叫得清清楚楚。{{minority/hui:欧斯玛乃}}能说话那天，我要请全巷子吃{{trap/minority_word:油香}}。
""")

# H1644: Mongolian father from 鄂托克旗 who leads tourists' horses on the 紫柏山 meadow in 留坝; his Han wife left after
# their daughter's heart operation.
DOCS["H1644"] = ("family", """\
访谈者：大哥，您在这儿牵马多少年了？
受访者：六年了。我叫{{minority/mongolian:敖特根毕力格}}，{{trap/place:鄂尔多斯}}{{trap/place:鄂托克旗}}的。名字长，游客记不住，景区的人都喊我{{minority/mongolian:敖哥}}。户口本上我姓奇，写的{{minority/mongolian:奇敖特根}}，我们家祖上就姓这个。
访谈者：咋从草原跑到秦岭来了？
受访者：{{trap/place:紫柏山}}上有一片高山草甸，景区要搞骑马，找会养马的人，我就带着四匹马来了。在这边认得了我老婆{{han:雒秀娥}}，她在山下{{han:柯春苗}}民宿做饭。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:苏和图嘎}}十二，女子{{minority/mongolian:嘎如迪}}九岁。学校花名册上写的{{minority/mongolian:奇嘎如迪}}，老师一念同学就笑，说这个姓好{{trap/word:奇怪}}。{{minority/mongolian:嘎如迪}}才九岁，先天性心脏病，前年在{{trap/place:西安}}做的手术。
访谈者：孩子妈妈呢？
受访者：做手术那年花了十几万，借遍了亲戚。{{han:雒秀娥}}说这日子没法过，去{{trap/place:广州}}打工，头半年还打钱回来，后来电话也不接了。我不怪她，山里女人，苦怕了。
访谈者：手术是谁帮的？
受访者：{{trap/org:西京医院}}的{{compound:夏侯远帆}}大夫主刀，他给我们找了{{trap/org:红十字会}}的救助，报了一大半。县民政局的{{han:亢股长}}给女子报了困境儿童，一个月{{trap/number:七百五}}，屋里也进了低保。村里的{{han:母主任}}跑前跑后，材料都是她填的。
访谈者：儿子在哪里上学？
受访者：{{minority/mongolian:苏和图嘎}}在{{school:江口镇中心小学六年级（3）班}}住校。宿舍的{{han:燕小琴}}老师喊他{{minority/mongolian:嘎娃}}，说名字太长，喊不过来。{{minority/mongolian:嘎娃}}他不爱说话，可摔跤全校没人摔得过他。
访谈者：您一个人带女儿，忙得过来吗？
受访者：忙不过来。夏天旺季，我天不亮就上山喂马，女子放在民宿，{{han:柯春苗}}帮我看着。冬天没游客，我去{{han:党正刚}}的香菇棚打零工。山里冷，马要吃草料，一匹马一冬天要吃掉两千块。
访谈者：牵马一天能挣多少？
受访者：看天。晴天游客多，一趟二十分钟五十块，我跟景区三七分。下雨天一个人都没有，马还得喂。景区的经理{{han:权海潮}}人不错，冬天让我把马寄在景区的马棚里，不收钱。一年下来挣个四五万，马吃一半，女子的药吃一些，剩下的还账。
访谈者：女儿的药贵吗？
受访者：术后要吃抗凝药，每个月查一回凝血，去汉中一趟来回一百多块车费。{{han:亢股长}}帮我们申请了临时救助，给了三千块。医保报了以后，一个月还要自己出四五百。
访谈者：儿子周末回来做什么？
受访者：跟我上山。他喜欢马，会刷马、钉掌，比我小时候还灵。晚上他坐在门口唱歌，唱的是手机上学的蒙古歌，调子不准，可我听着想哭。他说长大要去{{trap/place:呼和浩特}}念书，学兽医，回来给我看马。
访谈者：秦岭跟草原比，您更喜欢哪边？
受访者：各有各的好。草原大，一眼望不到头；秦岭绿，到处是水。头一年我不习惯，老觉得山压着胸口。现在习惯了，早上站在山顶上，看云从沟里往上冒，跟草原上的晨雾差不多。就是想家，想羊肉，这边的羊肉不香。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/mongolian:斯琴敖登}}在鄂托克，七十多了。弟弟{{minority/mongolian:巴彦毕力格}}放羊，前年给我拉来两匹好马。逢年过节视频，阿妈一看见孙女就唱{{trap/minority_word:乌日汀哆}}。我在景区给游客唱{{trap/famous:腾格尔}}的《天堂》，唱{{trap/minority_word:呼麦}}，游客给的小费够女子一个月的药钱。
访谈者：女儿现在身体怎么样？
受访者：好多了，就是不能跑。她看着别的娃骑马眼馋，我就牵着最老实的那匹，让她坐着走一圈。{{minority/mongolian:嘎如迪}}说，等她好了，要回草原赛马。我说，好，阿爸给你留着那匹白马。
访谈者：女儿上学有人接送吗？
受访者：她在村里的教学点上二年级，就十几个娃，老师一个人教两个年级。离家两里路，我早上送，下午民宿的大姐帮着接。老师晓得她的病，体育课让她在旁边看着，跳绳、跑步都不让。她不服气，说她也能跑，我说等你长大了，跑得比马还快。
访谈者：登记信息请您说一下。
受访者：住在{{address:留坝县紫柏街道庙台子村二组19号}}，老家{{address:鄂托克旗乌兰镇巴音乌苏嘎查三组2号}}。我身份证{{id_number@my1979hyphen.150624}}，女子的{{id_number@wy2016fw.610729}}。我电话{{mobile@plus86dash}}，{{han:柯春苗}}的{{mobile@s434}}。微信{{wechat:Otgon_Bilig}}。儿子上网课有个QQ：{{qq:46193027}}。
访谈者：名字在表上写对了吗？
受访者：女子写成{{spaced:奇 嘎 如 迪}}，我写成{{spaced:敖特根 毕力格}}，儿子写成{{spaced:苏 和 图 嘎}}。
访谈者：最后您想说啥？
受访者：草原上的人不会说好听话。娃的命是{{compound:夏侯远帆}}救的，这个恩我记一辈子。
""")

# H1645: Han 儿童主任 of a mountain village of 江口镇 (留坝) reading out her list.
DOCS["H1645"] = ("staff", """\
访谈者：{{han:母主任}}，您今天带的是啥本子？
受访者：村里困境儿童的台账。我叫{{han:母桂芬}}，{{trap/place:江口镇}}柘梨园村的儿童主任。姓母，{{trap/word:母亲}}的母，好多人头一回听都当我在说笑。我一户一户念，你记。
访谈者：好。
受访者：头一户，{{minority/tibetan:夏吾加布}}屋头，藏族老汉，儿子精神病住院，媳妇跑了。两个娃，{{minority/tibetan:蒙索吉草}}、{{minority/tibetan:蒙桑本}}，事实无人抚养。第二户，{{minority/mongolian:敖特根毕力格}}，蒙古族，在紫柏山牵马，女子{{minority/mongolian:嘎如迪}}心脏做过手术，困境儿童。
访谈者：第三户？
受访者：第三户是孤儿，两姊妹，{{han:蹇雨桐}}十三，{{han:蹇雨禾}}九岁。前年发大水，爸妈开车回来，连人带车冲进了{{trap/place:褒河}}。现在跟着大伯{{han:蹇德贵}}过。两个娃都领孤儿基本生活费，一个月{{trap/number:一千五百一}}。大的在{{school:留坝县中学七年级（2）班}}，小的在{{school:江口镇中心小学三年级（1）班}}。{{han:蹇德贵}}{{mobile@plain}}，住{{address:江口镇柘梨园村五组3号}}。
访谈者：第四户？
受访者：第四户户主叫{{han:强根成}}，姓强，{{trap/word:强调}}的强。孙子{{han:强小雨}}，十岁，爹妈都在里头服刑。娃领服刑人员子女补助。{{han:强根成}}他七十三了，还在山上挖天麻。
访谈者：还有吗？
受访者：第五户，{{han:伏小蔓}}，女，八岁，爸爸前年在矿上砸死了，妈妈{{han:谯秀兰}}有癫痫，发作起来人都认不得。娃是困境儿童，住{{address:江口镇柘梨园村一组27号}}。{{han:谯秀兰}}人要强，就是病拖着。
访谈者：这些户都谁在管？
受访者：镇民政办的{{han:管德才}}总负责，{{han:管德才}}管着全镇十一个村，跑不过来。{{trap/org:县社工站}}派了{{compound:宇文清砚}}跟第三户，{{compound:南宫子越}}跟第四户。村支书姓党，叫{{han:党振西}}，大伙喊他{{han:老党}}，{{trap/org:党支部}}的章都在他兜里，户口的事他帮着跑。
访谈者：村里的娃多吗？
受访者：不多了。年轻人都去{{trap/place:汉中}}、西安打工，村里剩下老人和娃，全村一百六十几户，常住的也就三百来人。上学的娃一半在镇上住校，一半跟着爷爷奶奶。前些年村里搞民宿，夏天城里人来避暑，热闹两三个月，一到冬天又冷清了。
访谈者：孩子们的心理问题怎么办？
受访者：我们没学过，只能多陪。有的娃不说话，有的娃脾气大，我就请社工来。县里每学期搞一回团体辅导，娃们画画、做游戏，有的娃画着画着就哭了。社工说哭出来好，憋着才怕。
访谈者：一年要入户几回？
受访者：每个娃一个月至少见一面，打电话不算。有变化的要当天报，比方说大人病了、住院了、出门了。我本子上记着谁家几号去的、娃穿得暖不暖、屋里有没有吃的。县里每季度来查一回台账，字写错了都要改。
访谈者：夏天有啥特别要操心的？
受访者：防溺水。我们这里沟沟都是河，一下暴雨水就涨。暑假娃们没人管，爱去河里耍水。我跟学校一起，一个礼拜在村口广播上喊三回。开民宿的也帮着看，{{han:柯春苗}}见了娃往河边跑就喊回来。汛期还要看哪家房子靠山，有一户房子后头就是坡，去年我们硬把一家人挪到了村委会。跑班车的{{han:宦永平}}，娃们周末回村坐他的车，他一分钱不收。
访谈者：钱是咋发到手的？
受访者：打到一卡通上。每个月十号我挨家问一遍到没到。{{han:蹇德贵}}不识字，我就拿他的存折去{{trap/org:信用社}}打流水。去年差点出事，{{han:伏小蔓}}的钱被她舅舅取走了，我跟{{han:管德才}}上门要回来的。
访谈者：山里入户难吗？
受访者：难。最远的一户在山梁上，走路一个半钟头，下雨路滑，我摔过好几回。我{{trap/word:母亲}}骂我，一个月几百块补贴，命都不要了。我说，娃们等着呢。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大点的晓得，不喜欢这个叫法。{{han:蹇雨桐}}跟我说，{{han:母姨}}，你莫在学校门口喊我。我说要得。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86}}，{{han:管德才}}的{{mobile@fws}}。工作微信{{wechat:mu_guifen_zly}}，QQ是{{qq:902736184}}。村里娃们有个QQ群，群主是{{han:蹇雨桐}}，她的QQ是{{qq:1358062947}}，平时用她大伯的微信跟我说话，叫{{wechat:jian_degui1969}}。
访谈者：名单上的名字都写对了吗？
受访者：错的不少。县里下来的表把{{spaced:蹇　雨　桐}}写得一个字一个空，{{spaced:宇 文 清 砚}}也是，还有{{spaced:强 小雨}}、{{spaced:嘎　如　迪}}。年底要一张一张核，错一个字钱就下不来。
访谈者：干这个最难的是啥？
受访者：钱少事多，山高路远。可看着娃们考了个好分数，我又觉得值。这本子上的每个娃，我都记得他们的生日，比记我自己的还清楚。最放心不下的，还是{{han:强小雨}}。
""")

# H1646: Han officer of the disabled persons' federation of 旬阳.
DOCS["H1646"] = ("staff", """\
访谈者：{{han:衡股长}}，您在残联干了多久？
受访者：十一年了。我叫{{han:衡建秦}}，{{trap/org:旬阳市残联}}康复股的。我们这儿山大沟深，残疾娃散在各个沟里，只能一个镇一个镇地跑。
访谈者：两项补贴是咋回事？
受访者：一个是困难残疾人生活补贴，一个是重度残疾人护理补贴。娃有残疾证，屋里又是低保，两样都能享受。证要先评，我们请{{trap/org:安康市中心医院}}的{{compound:司马秋禾}}大夫下来集中评残，一年两回。
访谈者：您跟得最紧的是哪几户？
受访者：头一个是吕河的{{han:纳文博}}，回族，孤独症。他妈{{han:锁玉珍}}一个人带，我们给娃报了康复救助，一年两万。第二个是城关{{han:屈德旺}}屋里，大人尘肺，一级，两个娃是困境儿童。第三个是{{trap/place:红军镇}}的{{han:柯红军}}屋里。
访谈者：{{han:柯红军}}家是什么情况？
受访者：他名字就是照着镇名起的。他自己腿脚好着，是儿子{{han:柯满囤}}，十二岁，脑瘫，坐轮椅。媳妇嫌苦走了。{{han:柯满囤}}脑子不糊涂，就是手不听使唤，写个字要写半天。我们给他配了电动轮椅，他在院坝里转圈圈，笑得合不拢嘴。娃在{{school:红军镇中心小学五年级（2）班}}，一只手打游戏，QQ号是{{qq:2490563178}}。
访谈者：残联还有谁跟这些户？
受访者：理事长{{han:宁安康}}，是从{{trap/place:安康}}市里调来的。机关党组书记{{han:党建国}}抓{{trap/word:党建}}也抓扶残，每季度带队下乡。还有个专干叫{{compound:濮阳晴}}，小姑娘，手语打得好，聋娃都爱跟她比划。
访谈者：评残的流程复杂吗？
受访者：不复杂，就是要跑。先到残联领表，再到指定医院评，评完了公示，公示完了发证。有了证才能申请补贴，补贴每年还要复核一回。好些老人不识字，我们就上门办，带着印泥、带着相机，现场拍照、现场按手印。
访谈者：娃没法上学咋办？
受访者：送教上门。重度的娃去不了学校，学校派老师一个礼拜上门两回。{{trap/place:赵湾镇}}送教的老师{{han:惠明霞}}，每回走山路一个多钟头，给娃带绘本、教认字。娃见她来，老远就拍手。
访谈者：评残的时候有啥难处？
受访者：难在娃小，好多病看不出来。{{trap/place:铜钱关镇}}有个女娃叫{{han:昝星语}}，耳朵不好，爸妈在外头打工，奶奶{{han:卜金娥}}带。{{han:卜金娥}}倒不是不疼娃，是怕娃背个名声，说以后找婆家难，拖了两年，说娃是说话迟，不是聋。我跟她讲了三回，讲到第三回她才松口，带娃去{{trap/place:西安}}配了助听器。娃现在在{{school:铜钱关镇中心小学一年级（1）班}}。
访谈者：残疾娃的家长最需要啥？
受访者：喘口气。一个脑瘫娃，吃喝拉撒全要人管，大人一天不敢离开。我们今年试着搞了个“喘息服务”，请人替家长看一天娃，让家长去赶个集、睡个囫囵觉。头一回去，有个妈坐在门口哭了，说五年了没出过一回门。
访谈者：补贴一个月有多少？
受访者：生活补贴和护理补贴加起来，一个娃一个月一百多到两百多，看等级。钱不多，可对山里人家，能买一个月的米。娃做康复，国家还有救助，一年最多报两万，不够的我们再找{{trap/org:慈善协会}}想办法。
访谈者：补贴有人冒领吗？
受访者：也有，我们每年复核。去年有户人家娃过世半年了还在领，是村干部{{han:苟贵生}}报上来的。{{han:苟贵生}}说他没注意，后来钱退了。村里人笑他，说{{trap/saying:苟富贵}}，勿相忘，他脸红到脖子根。
访谈者：还有哪些户让您放不下？
受访者：{{trap/place:蜀河镇}}有个娃叫{{han:来小宝}}，智力残疾，爹妈都没了，爷爷{{han:来德厚}}、奶奶{{han:从桂英}}带。计生上算失独家庭，镇上的{{han:仝桂枝}}跟得紧。
访谈者：娃们长大以后呢？
受访者：这是我们最愁的。十六岁以后，学上不了的，就业难。我们跟{{trap/org:县职教中心}}合办了个班，教做手工、学电商，卖拐枣、卖茶叶。{{han:柯满囤}}能用一只手打字，他说以后要开网店。轮椅、拐杖、助听器、盲杖，残联都能送，娃长得快，轮椅两年就小了，我们都登记着，到时候换。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，{{compound:濮阳晴}}的{{mobile@hyphen}}。微信{{wechat:hengjq_xunyang}}。家长要咨询，也可以打{{trap/hotline:12385}}。{{han:柯满囤}}屋在{{address:旬阳市红军镇红星村四组7号}}，娃的身份证{{id_number@my2013.610928}}。
访谈者：系统里的名字有写错的吗？
受访者：常有。有张表把{{spaced:柯 满 囤}}写成三个字分开，{{spaced:昝　星　语}}也是，连评残专家都成了{{spaced:司 马 秋 禾}}。
访谈者：干了这些年，您最佩服谁？
受访者：最佩服那些妈。一个人带个孤独症娃，还要上班，我最佩服的是{{han:锁玉珍}}。
""")

# H1647: Han family-planning (now health) worker of 蜀河镇 (旬阳).
DOCS["H1647"] = ("staff", """\
访谈者：{{han:仝姐}}，您在镇上管计生多少年了？
受访者：二十一年。我叫{{han:仝桂枝}}，{{trap/place:蜀河镇}}的计生专干，现在叫卫健专干了。以前挨家挨户查{{trap/word:计划生育}}，现在挨家挨户看老人娃娃。镇上哪家几个娃、哪年生的，我心里有本账。
访谈者：您怎么发现困境儿童？
受访者：计生台账就是个底子。谁家大人没了、谁家娃没上户口，我比民政先晓得。{{trap/place:蜀河}}是老码头，汉江边上人家多，出去打工的也多。
访谈者：当年查计生的时候难吗？
受访者：难，挨骂是常事。那时候罚超生，有人家见了我就关门，有的放狗咬，我在{{trap/place:汉江}}渡口上被人追过。现在想起来，人家也是穷，多生一个多个劳力。我跟老乡们说，过去的事过去了，现在我来是帮忙的。
访谈者：能举几个例子吗？
受访者：{{han:来德厚}}屋里，失独家庭。儿子儿媳五年前在{{trap/place:宁波}}出车祸都没了，留下孙子{{han:来小宝}}，智力残疾。{{han:来德厚}}来找我那天，话没说完就蹲在地上哭。老伴{{han:从桂英}}{{trap/word:从来}}不在人前掉眼泪，那天也哭了。我们给老两口报了特扶金，娃领孤儿基本生活费，残联的{{han:衡股长}}给娃办了残疾证。娃在{{school:蜀河镇九年制学校三年级（2）班}}，住{{address:旬阳市蜀河镇黄州馆村二组13号}}，身份证{{id_number@my2012fw.610928}}。
访谈者：还有没上户口的？
受访者：有。{{han:别小妮}}，六岁，妈十七岁生的她，没结婚，生完就跑了，爸是谁不晓得。娃跟外婆{{han:别秀芳}}过，没户口，上不了学，啥补助都领不了。我跑了半年，派出所户籍警{{compound:申屠卫东}}帮着按事实收养落了户。{{han:别秀芳}}说，{{trap/word:别人}}家娃都背书包了，就我家妮子在屋里看电视。现在娃在{{school:蜀河镇中心小学一年级（3）班}}。
访谈者：少数民族家庭呢？
受访者：有一户藏族媳妇，{{minority/tibetan:桑吉卓尕}}，{{trap/place:若尔盖}}嫁过来的。男人{{han:于长栓}}前年在{{trap/place:旬河}}里捞沙淹死了，{{trap/word:于是}}她一个人带两个娃。户口上娃跟爹姓，大的{{minority/tibetan:于洛藏尖措}}，小的{{minority/tibetan:于拉姆措}}，村里都喊大的{{minority/tibetan:洛洛}}。{{minority/tibetan:桑吉卓尕}}汉话说不利索，填表都是我陪着。去年娃外婆从若尔盖来，给我献了条{{trap/minority_word:哈达}}，我到现在还留着。
访谈者：这些家庭谁在帮？
受访者：镇长{{compound:钟离映雪}}挂包，社工站派了{{compound:赫连小满}}，每月入户。{{compound:赫连小满}}年轻，娃们爱跟她耍。暑假在{{trap/org:黄州会馆}}给娃们办了个夏令营，{{minority/tibetan:洛洛}}学会了游泳。
访谈者：没户口的娃多吗？
受访者：以前多，现在少了。早些年超生的娃怕罚款，不敢上户口，大了上不了学，领不了补助。这几年政策放开，一个一个都补上了。{{han:别小妮}}是最难的那个，没爸，妈也找不到，证明材料开了一大摞。
访谈者：现在还查计生吗？
受访者：不查了，放开了。现在是奖励扶助、特扶，还有独生子女那点钱。以前计生专干是人嫌狗不爱，现在人家见了喊{{han:仝姐}}，还请我进屋喝茶。
访谈者：特扶金是多少？
受访者：失独的老人一个月每人几百块，我们镇上有二十几户。逢年过节镇上去慰问，{{compound:钟离映雪}}亲自去。老两口不要钱，就要我们多去看看娃。钱有政府给，可夜里没人给盖被子，生病了没人背着跑，这些娃最缺的是人陪。
访谈者：您怎么跟民政、残联配合？
受访者：我这边发现了，先报村里，村里报镇民政办，民政办再往上报。有残疾的娃，我打电话给残联。台账一个月一对，谁家的娃满十八了，谁家大人出狱了，都要调整。
访谈者：蜀河镇现在变化大吗？
受访者：大。老街修了，古镇成了景点，周末西安、安康的游客都来，吃蒸面、看会馆。可年轻人还是往外走，留下老人娃娃。码头以前船多，现在就剩几条渡船，早上送娃过河上学。
访谈者：有没有让您特别难受的？
受访者：有。{{han:来小宝}}有一回走丢了，全镇人找了一夜，在{{trap/place:蜀河古镇}}的石台阶上找到的。他说他在等爸爸坐船回来。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86spaced}}。我微信{{wechat:tongguizhi_shuhe}}。{{minority/tibetan:洛洛}}有个QQ，娃自己念给我的：{{qq:582740391}}。{{minority/tibetan:桑吉卓尕}}屋在{{address:蜀河镇沙沟村六组20号}}，她身份证{{id_number@wy1990x.513232}}，大娃在{{school:蜀河镇中心小学四年级（2）班}}。
访谈者：表上的名字写得对吗？
受访者：乱。有张表写成{{spaced:桑 吉 卓 尕}}，镇长的名字印成{{spaced:钟 离 映 雪}}，还有{{spaced:别 小妮}}、{{spaced:于 洛藏尖措}}。
访谈者：最后您想说啥？
受访者：我明年就退了。最放不下的一户，还是{{han:别秀芳}}。
""")

# H1648: Han dormitory teacher of the boarding primary school of 江口镇 (留坝).
DOCS["H1648"] = ("staff", """\
访谈者：{{han:燕小琴}}老师，您在学校管宿舍多久了？
受访者：八年了。我叫{{han:燕小琴}}，{{trap/place:江口镇}}中心小学的生活老师。大娃喊我{{han:燕嬢}}，小娃喊我{{han:燕妈}}。宿舍屋檐下有个{{trap/word:燕窝}}，娃们说那是来看我的亲戚。
访谈者：住校的娃有多少？
受访者：一百二十几个，山里娃多，一半是留守的。困境儿童有十七个，我心里都有数。
访谈者：晚上是怎么过的？
受访者：九点熄灯前点名。女生那间：{{minority/tibetan:索吉草}}、{{han:蹇雨禾}}、{{han:伏小蔓}}。{{minority/tibetan:索吉草}}每回头一个喊到。她想家不哭，就是夜里说梦话，说藏话，我听不懂。她阿爷{{minority/tibetan:夏爷}}礼拜五来接，她老早就在大门口等。
访谈者：另外两个呢？
受访者：{{han:蹇雨禾}}刚来那阵子，天天抱着她爸妈的照片睡。有一回照片被{{han:伏小蔓}}碰掉了，两个人打起来，我一边抱一个。后来{{han:伏小蔓}}把自己的布娃娃给了{{han:蹇雨禾}}，现在{{han:蹇雨禾}}和{{han:伏小蔓}}好得穿一条裤子。
访谈者：男生那边呢？
受访者：{{minority/mongolian:苏和图嘎}}个子最大，我喊他{{minority/mongolian:嘎娃}}。半夜有娃尿床，{{minority/mongolian:嘎娃}}帮着换褥子，这娃心善。{{han:强小雨}}最让我操心，爸妈都在里头，他晚上不睡，趴在窗户上看月亮。我给他讲{{trap/famous:萧何}}月下追{{trap/famous:韩信}}，就在咱留坝的{{trap/place:樊河}}边上，他听完了问我，他爸是不是也能追回来。
访谈者：回族娃吃饭咋办？
受访者：{{minority/hui:马撒立赫}}，经名叫{{minority/hui:撒立赫}}，在{{school:江口镇中心小学四年级（3）班}}。他爸{{han:马道成}}在{{trap/place:马道镇}}开清真饭馆，他妈{{minority/hui:鲁海叶}}前年病死了。食堂的{{compound:西门秀琴}}专门给他用一口小锅炒菜。学校{{trap/word:西门}}外头就是河，我不让娃们去。他想妈妈，就在被窝里小声念经。
访谈者：娃们多久回一次家？
受访者：一礼拜一回，礼拜五下午家长来接，礼拜天下午送回来。有的家长在外地，娃一学期都不回，周末就在学校过，我陪着。周末食堂不开火，我用电饭锅给他们煮面条，打两个鸡蛋。礼拜三晚上是视频时间，用学校的手机，一个娃十分钟，藏族娃跟阿爷说藏话，回族娃跟他爸说回回话，说的啥我听不懂，可看得出来娃们高兴。
访谈者：夜里娃生病了咋办？
受访者：打电话给校长，叫车往镇卫生院送。去年冬天一个女娃半夜烧到四十度，下着雪，是跑班车的{{han:宦永平}}开着面包车上来的。我抱着娃坐在后头，一路给她擦身子，到卫生院天都快亮了。留坝冬天山里零下十来度，宿舍的电热毯是{{trap/org:团县委}}送的。
访谈者：学校还有谁帮这些娃？
受访者：村里的{{han:母主任}}每学期来对一回名单，{{han:母桂芬}}记性好，哪个娃补助到期她都晓得。心理老师{{compound:澹台眠舟}}礼拜二晚上来宿舍陪娃们聊天。支教的{{compound:长孙一禾}}从西安来，是他屋里的{{trap/word:长孙}}，教娃们画画。
访谈者：娃们在宿舍都做些啥？
受访者：晚饭后写作业，写完了洗脚、洗袜子。小的不会洗，我就教，一个一个教。周二周四晚上看半个钟头电视，娃们最爱看动画片。熄灯以后，总有几个娃睡不着，在被窝里小声说话，我就坐在走廊上，等她们睡着了再走。
访谈者：您带过的娃，有出息的吗？
受访者：有。头一批住校的娃，有个考上了师范，现在在县里教书，过年还回来看我，给我带了一条围巾。她说，{{han:燕妈}}，我当年半夜哭，是你抱着我睡的。我听了眼泪止不住。
访谈者：您自己的家呢？
受访者：我男人{{han:张良才}}在{{trap/org:张良庙}}景区当保安，娃们笑他跟{{trap/famous:张良}}就差一个字。我自己的娃在汉中上高中，一个月见一回。别人说我把人家的娃当自己的娃，我说住校的娃夜里哭了喊妈，喊的就是我。
访谈者：娃们的紧急联系人是咋登记的？
受访者：床头卡上写着。{{minority/hui:马撒立赫}}的是{{han:马道成}}{{mobile@s434}}。{{minority/hui:马撒立赫}}的身份证{{id_number@my2014quad.610729}}，屋在{{address:留坝县马道镇老街18号}}。学校宿舍是{{address:留坝县江口镇新街42号中心小学宿舍楼}}。宿舍有个QQ群，我的QQ是{{qq:1073628549}}，微信{{wechat:yanxq_dorm3}}。
访谈者：床头卡上的名字写得对吗？
受访者：娃们自己写的，五花八门。{{spaced:马 撒 立 赫}}空得开开的，{{spaced:蹇 雨禾}}分成两截，{{spaced:苏和　图嘎}}也是，心理老师的名字写成{{spaced:澹 台 眠 舟}}。
访谈者：您觉得这份工作最要紧的是啥？
受访者：细心。哪个娃今天饭吃得少，哪个娃今天没笑，你得看出来。{{han:蹇雨禾}}有阵子老是肚子疼，查不出病，心理老师跟她聊了几回，才晓得是清明快到了，她想爸妈。
访谈者：最后您想说啥？
受访者：娃们睡着了我才睡。最后一个睡着的，常常是{{han:强小雨}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1641,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout206",))


if __name__ == "__main__":
    main()
