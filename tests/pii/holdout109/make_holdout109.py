# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 109 (tests/pii/holdout109/H857-H864 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 108, written at the same time by another
writer, is not an earlier set).

Set 109 is about children in distress (困境儿童) and the help they get, in eight new voices, most of them in 河池
(Guangxi): a Mongolian father from 苏尼特左旗 who works underground at a lead-zinc mine in 南丹 while his mother and
his wife, crippled by arthritis, raise his two children at home; a Kham Tibetan grandmother from 理塘 (甘孜) who lives
with her daughter in 宜州 and looks after the children while their father lies paralysed; a Kazakh father from 青河
who cooks at a Xinjiang restaurant in 金城江, a widower with his son at home and his daughter with him; a Hui mother
from 化隆 who keeps a noodle shop in 宜州 after her husband died on the road; a Maonan (毛南族) grandfather in 环江
(下南乡) raising four grandchildren; a Zhuang (壮族) mother in 都安 whose husband is in prison; a Han school social
worker in 南丹 who reaches pupils and parents on WeChat and QQ; and a Han township officer in 巴马 reading out his
forms. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names used whole (道日娜其其格, 沙仁高娃她, 乌英嘎说) and with a short form after the full name (芒来巴雅尔
then 芒来, 阿拉坦吉勒图 then 吉勒图, 道日娜其其格 then 道日娜), a Han surname before a Mongolian given name (包额尔登,
包乌尼尔) and the Han names of the same people (包海山, 包宏宇, 包师傅); Kham Tibetan names (泽仁拉初 then 拉初, 四郎拥忠
then 拥忠, 根呷泽仁 then 根呷, 降泽邓珠, 都吉拉姆), a Zhuang surname before a Tibetan given name (韦巴姆, 韦斯朗) and the
Han names of Tibetans (杨志梅, 韦思雨); Kazakh given name + father's name with and without the dot (马哈沙提·加纳提,
叶尔纳尔·马哈沙提, 叶尔纳尔马哈沙提) and short forms (马哈沙提, 叶尔纳尔, 阿依苏露, 苏露), one of them starting with the
surname character 马 and heard as 马师傅; Han-form Hui names (马玉香, 韩德全, 韩宏伟) beside 经名 used alone (麦尔彦姆,
吴麦尔, 则娜布, 罕必白) and after a Han surname (韩尤素夫, 韩伊萨, 韩苏莱曼); Maonan and Zhuang names in Han form with the
surnames 谭, 覃, 韦, 卢, 蒙, 蓝, 黄, 莫 and the rare 牙, 班, 岑, 凌, 廖, nicknames (牛仔, 琳妹, 甜妹), names that contain or
end in words (谭春风, 覃长江, 韦新春, 蓝天明, 牙国庆, 韦家乐), names directly before verbs and particles (…说, …也,
…他们家, …那边, …都, …就) and after 叫/是/给/跟/找/让; a surname with a title or kin word only (包师傅, 郑老师, 卢老师,
黄婶, 莫姐, 谭医生, 蒙大爷, 覃支书, 陆所长), annotated whole; names spaced out character by character, dotted names with
spaces around the dot, names split in two; compound surnames after ordinary words; and numbers written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:谭启光}}``, ``{{qq:2793051864}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2011spaced.152523}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长, 主席,
阿訇, 大姐, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span. A surname with only a title or kin word (包师傅, 郑老师, 黄婶, 蒙大爷) and a nickname
(牛仔, 琳妹, 甜妹) are annotated whole, category han. Han-style names of Mongolian, Tibetan and Hui people (包海山,
杨志梅, 马玉香) are category han; a Han surname before a non-Han given name (包额尔登, 韦巴姆, 韩尤素夫) is category
minority. The names in Han form of the Maonan and Zhuang voices are category han.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout109/make_holdout109.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(109_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "145", "152", "155", "159", "171", "175", "177", "180", "182",
                   "185", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H857: Mongolian father from 苏尼特左旗 working underground at a lead-zinc mine in 南丹.
DOCS["H857"] = ("family", """\
访谈者：您从内蒙古到南丹来多久了？
受访者：快三年了。我叫{{minority/mongolian:芒来巴雅尔}}，家在{{trap/place:苏尼特左旗}}，现在在{{trap/place:南丹}}这边的铅锌矿下井。工友们念不全我的名字，都叫我{{minority/mongolian:芒来}}，带班的干脆喊我{{han:包师傅}}，矿上花名册登的是我的汉名{{han:包海山}}。
访谈者：家里还有谁？
受访者：老婆{{minority/mongolian:道日娜其其格}}得了类风湿，手指头都弯了，挤不了奶，也干不了重活。两个孩子跟着她和我{{trap/minority_word:额吉}}在嘎查过。额吉{{minority/mongolian:沙仁高娃}}七十三了，{{minority/mongolian:沙仁高娃}}她眼睛看不清，还天天给孩子们熬{{trap/minority_word:奶茶}}。草场小，羊不够一家人吃，我才跑这么远来挣钱。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:阿拉坦吉勒图}}十四，汉名叫{{han:包宏宇}}，在{{school:苏尼特左旗蒙古族学校初二（3）班}}住校，同学都叫他{{minority/mongolian:吉勒图}}。闺女{{minority/mongolian:乌英嘎}}九岁，在{{school:满都拉图镇中心小学三年级（1）班}}。{{minority/mongolian:乌英嘎}}说阿爸挖的石头能换钱，她长大也要来挖，我听了心里难受。
访谈者：老家那边谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:满都日娃}}，一个月上门两回，给两个孩子报了困境儿童补贴，每人每月{{trap/number:六百二十元}}。嘎查达{{minority/mongolian:包额尔登}}给我们家报了低保。{{trap/org:旗民政局}}的{{han:贺振东}}科长来家里核过，说我老婆这个病能办残疾证。苏木卫生院的{{minority/mongolian:格希格图}}大夫每个月给她送一回药。旗里社工站的小伙子叫{{compound:拓跋承志}}，跟他一起来的是{{compound:赫连锦程}}，给孩子们建了档案。社工{{compound:拓跋承志}}还教儿子打篮球。
访谈者：您在矿上呢？
受访者：带班的{{han:覃永寿}}是本地壮族，人实在。{{han:覃永寿}}他知道我家里难，排班的时候让我多上夜班，夜班钱多。工友{{han:黎耀华}}也常帮我，他说他小时候也是留守的，知道孩子想爸爸是啥滋味。矿上工会的{{han:罗建坤}}主席帮我申请过一回困难职工补助，{{trap/number:两千块}}。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{minority/mongolian:乌日娜其其格}}老师说，{{minority/mongolian:阿拉坦吉勒图}}数学好，就是不爱说话，上课老走神。我每个礼拜天晚上跟他视频，问啥都是“还行”两个字。闺女她们班的{{han:郑红霞}}老师是汉族，冬天给她织过一副手套。{{han:郑老师}}说孩子画画老画一座山，说阿爸在山里头。
访谈者：过年过节呢？
受访者：{{trap/minority_word:查干萨日}}我回不去，来回一趟车票得半个月工钱。夏天嘎查开{{trap/minority_word:那达慕}}，儿子去摔{{trap/minority_word:博克}}，拿了个第三，视频里举着奖状给我看。额吉给孩子们讲{{trap/famous:嘎达梅林}}的故事，孩子们都会唱那首歌。
访谈者：孩子们知道您在这边干什么活吗？
受访者：儿子知道，闺女以为我在城里开车。井下几百米深，一个班八个钟头，出来脸上全是黑的。去年有个工友被落石砸断了腿，我好几天睡不着，怕自己哪天也回不去。这些我不敢跟家里说，视频的时候就找个亮堂地方，洗干净脸再打。工资到手我就往家里打四千，自己留几百块吃饭。矿上食堂的菜辣，刚来的时候吃不惯，胃疼了半年，现在也能吃两口辣椒了。
访谈者：您老婆的病现在怎么样？
受访者：时好时坏。天一冷，关节就肿，手指头伸不直，连碗都端不住。旗医院的大夫说这个病治不好，只能吃药压着。她不让我告诉孩子们她疼，自己咬着牙做饭。儿子放假回家，把挑水、喂羊的活都包了，他说阿爸不在，他就是家里的男人。
访谈者：需要登记一下地址和号码。
受访者：家在{{address:苏尼特左旗满都拉图镇巴彦乌拉嘎查二组14号}}，我在这边住矿上的宿舍，{{address:南丹县车河镇矿工新村5栋3单元204室}}。我身份证{{id_number@my1980.152523}}，儿子的{{id_number@my2011spaced.152523}}。我电话{{mobile@s38}}，{{minority/mongolian:满都日娃}}的电话{{mobile@hyphen}}。老婆的微信是儿子给注册的，叫{{wechat:dorna_qiqig}}。儿子有QQ，他把号码写在我安全帽里头了，说想我了就留言：{{qq:2793051864}}。
访谈者：您想过回去吗？
受访者：天天想。井下又热又潮，我们草原上的人不习惯。可回去挣不上钱，老婆的药一个月就得{{trap/number:八百多}}。{{han:黎耀华}}说再干两年，攒够了钱回去买几头牛，我也是这么想的。{{minority/mongolian:道日娜}}也说，钱够了就回来，一家人在一块儿比啥都强。
访谈者：表上的名字写得对吗？
受访者：不对的多。矿上花名册把我写成{{spaced:芒来 巴雅尔}}，中间空了一格；学校把儿子写成{{spaced:阿 拉 坦 吉 勒 图}}，额吉在低保表上成了{{spaced:沙　仁　高　娃}}，闺女写成{{spaced:乌 英 嘎}}。
访谈者：最后您还想说什么？
受访者：盼孩子们好好念书，别像我一样下井。{{minority/mongolian:乌英嘎}}说她以后要当医生，给她额吉看手。
""")

# H858: Kham Tibetan grandmother from 理塘 living with her daughter in 宜州; the son-in-law is paralysed.
DOCS["H858"] = ("family", """\
访谈者：阿妈，您老家是哪里的？
受访者：{{trap/place:理塘}}，在{{trap/place:甘孜}}。我叫{{minority/tibetan:泽仁拉初}}，六十八了，汉话说得不好，你慢慢问。女儿{{minority/tibetan:四郎拥忠}}在{{trap/place:成都}}打工的时候认识了女婿{{han:韦宏亮}}，跟他嫁到{{trap/place:宜州}}来了。前年女婿在工地上从架子上掉下来，腰断了，瘫在床上，女儿一个人顾不过来，我就从老家过来帮她带娃娃。
访谈者：娃娃们多大了？
受访者：外孙女{{minority/tibetan:韦巴姆}}十一岁，学校里的名字叫{{han:韦思雨}}，在{{school:宜州区庆远镇第三小学五年级（2）班}}。外孙{{minority/tibetan:韦斯朗}}七岁，上一年级。{{minority/tibetan:韦斯朗}}他调皮，老跟我说外婆，{{trap/minority_word:糌粑}}不好吃，我要吃米粉。
访谈者：女儿现在做什么？
受访者：{{minority/tibetan:拥忠}}在缫丝厂上班，三班倒。厂里给她登记的汉名叫{{han:杨志梅}}。她下了夜班回来还要给她男人翻身、擦洗，{{minority/tibetan:拥忠}}也累瘦了，一百斤都不到。我心疼她，可我只会做饭、带娃娃，别的帮不上。
访谈者：这边谁帮过你们？
受访者：社区的儿童主任{{han:蓝秀芬}}，给两个娃娃报了困境儿童补贴。女婿办了一级残疾证，{{trap/org:区残联}}给了轮椅，每个月还有两项补贴。街道民政的{{han:莫振邦}}来家里核过两回，给我们家报了低保。{{han:蓝秀芬}}她会说几句藏话，是跟我学的，见面就说{{trap/minority_word:扎西德勒}}。区里社工站的{{compound:上官欣悦}}每个月来一次，还带着她同事{{compound:东方晓雅}}，给女婿做康复，教他在床上自己翻身。
访谈者：老家还有亲人吗？
受访者：有。儿子{{minority/tibetan:根呷泽仁}}在{{trap/place:毛垭草原}}放牦牛，儿媳{{minority/tibetan:格绒翁姆}}，他们有三个娃娃，村里的儿童主任{{minority/tibetan:土登呷玛}}常去看。{{minority/tibetan:根呷}}说等八月{{trap/minority_word:赛马节}}让我回去看看。我老伴{{minority/tibetan:降泽邓珠}}三年前走了，走的时候喇嘛来家里念了经。村里人都说，{{minority/tibetan:拉初}}这辈子没出过远门，老了倒跑到广西来了。
访谈者：娃娃们上学怎么样？
受访者：外孙女的班主任{{han:谢美娟}}老师说她作文写得好，写过一篇《外婆的酥油灯》，贴在教室后面。外孙的班主任是{{han:卢老师}}，年轻，常给我打电话，说娃娃上课爱讲话。{{minority/tibetan:韦巴姆}}放学回来给她爸念课文，她爸听着就笑。
访谈者：您在这边住得惯吗？
受访者：热，太热了。夏天我穿不住藏袍，{{han:蓝秀芬}}给我买了两身单衣裳。这边不吃{{trap/minority_word:酥油}}，我从老家背了一袋{{trap/minority_word:青稞}}面来，吃完了就没了。楼下住着一个{{trap/place:康定}}嫁过来的姐妹，叫{{minority/tibetan:都吉拉姆}}，我们有空就坐在一起说家乡话。她男人{{han:覃家和}}在菜市场卖菜，常给我们送青菜。
访谈者：过节的时候呢？
受访者：藏历年我在屋里点灯，给娃娃们讲{{trap/famous:仓央嘉措}}的诗，说他写过我们理塘，说白鹤借他翅膀，飞到理塘就回来。外孙听不懂，外孙女说她长大了要带我坐飞机回理塘。
访谈者：女婿现在怎么样？
受访者：躺了两年，脾气变了，一疼起来就骂人，骂完了又哭。女儿说他以前不是这样，是心里苦。医院说做康复还有希望坐起来，可一次要好几百，我们做不起。社工给他找了个免费的康复项目，一个礼拜两回，有车来接。这半年他的手能自己端碗了，外孙高兴得在床边直拍手。我每天给他熬骨头汤，他说喝着比药还管用。
访谈者：您想回理塘吗？
受访者：想。理塘的草原大，天蓝，夏天满山开花。这边楼挨着楼，我住在五楼，一天也下不了几回楼。可女儿离不开我，娃娃们也离不开我。我跟儿子说，等女婿好了我就回去；女婿好不了，我就在这边一直待着。
访谈者：需要登记一下地址和号码。
受访者：这边家在{{address:宜州区庆远镇北山社区桑园小区7栋2单元503室}}，老家在{{address:理塘县禾尼乡德西村二组11号}}。我身份证{{id_number@wy1957.513334}}，外孙女的{{id_number@wy2014hyphen.451281}}。女儿的电话{{mobile@plus86}}，{{han:蓝秀芬}}的{{mobile@s434}}。女儿的微信{{wechat:yongzhong_lt88}}。外孙女有个QQ，说是跟老家的表哥聊天用的，号码她用圆珠笔写在我手背上过：{{qq:480263719}}。
访谈者：表上的名字写得对吗？
受访者：我不识字，是外孙女帮我看的。社区的表把我写成{{spaced:泽 仁 拉 初}}，女儿成了{{spaced:四郎 拥忠}}，外孙写成{{spaced:韦　斯　朗}}。
访谈者：您最盼什么？
受访者：盼女婿能坐起来，盼娃娃们平平安安。我早上起来转一圈经，就求这个。
""")

# H859: Kazakh father from 青河, a widower, cooking at a Xinjiang restaurant in 金城江.
DOCS["H859"] = ("family", """\
访谈者：您在金城江做什么工作？
受访者：在一家新疆饭馆当厨师，拉条子、大盘鸡、{{trap/minority_word:烤包子}}都是我做。我叫{{minority/kazakh:马哈沙提·加纳提}}，老家在{{trap/place:青河}}，{{trap/place:阿勒泰}}那边。老板{{han:汤永刚}}是从{{trap/place:乌鲁木齐}}过来的，他叫我{{minority/kazakh:马哈沙提}}，店里的服务员听岔了，都喊我{{han:马师傅}}，我也就应了。
访谈者：家里的情况呢？
受访者：老婆{{minority/kazakh:古丽娜尔·托列吾汗}}前年得肝癌走了，丢下两个娃娃。儿子{{minority/kazakh:叶尔纳尔·马哈沙提}}十三岁，跟我爸在青河上学，在{{school:青河县阿热勒托别镇寄宿制学校七年级（2）班}}。女儿{{minority/kazakh:阿依苏露·马哈沙提}}八岁，我带在身边，在{{school:金城江区第二小学二年级（3）班}}。{{minority/kazakh:阿依苏露}}她汉话比我说得好，还学会了几句壮话。
访谈者：青河那边谁照看儿子？
受访者：我爸{{minority/kazakh:加纳提·哈布德克}}，七十一了，还放着四十多只羊，冬天要赶到{{trap/minority_word:冬窝子}}去。我弟弟{{minority/kazakh:达吾列提·加纳提}}在县城开出租，礼拜五把儿子从学校接回来。邻居{{minority/kazakh:托合塔尔汗}}帮我爸赶羊，一分钱不要。村里的儿童主任{{minority/kazakh:玛依拉·哈孜别克}}给儿子报了困境儿童补贴，一个月{{trap/number:五百八}}。驻村工作队的{{han:汤志远}}队长帮着跑了手续。
访谈者：儿子在学校怎么样？
受访者：班主任{{minority/kazakh:赛力克江}}老师说，{{minority/kazakh:叶尔纳尔}}他想妈妈，晚上在宿舍里{{trap/word:蒙着}}被子哭。老师让他当了班上的体育委员，他跑步快，现在好一点了。我每天晚上收了工跟他视频，他不说想我，就问妹妹吃饱了没有。
访谈者：女儿在这边上学怎么样？
受访者：班主任{{han:韦晓红}}老师对她特别好，下雨天给她送过伞。户口不在这边，很多补助办不了，社区的{{han:覃丽芬}}大姐帮我打了好多电话。区里的社工{{compound:令狐映雪}}跟青河那边的民政联系，把女儿的补贴也转了过来。饭馆里洗碗的{{han:莫凤英}}大姐下午把孩子从学校接回店里，让她在后屋写作业。{{minority/kazakh:苏露}}管她叫{{han:莫奶奶}}，{{han:莫凤英}}也真把她当孙女疼。
访谈者：您自己怎么样？
受访者：累。早上九点进店，晚上十一点才收工，一个月{{trap/number:四千五}}。老板说店里忙，过年也只能歇三天。我想过带女儿回青河，可回去没活干，羊也就那几十只。老婆走的时候跟我说，一定让两个娃娃念书，我答应了她。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我在店里煮一锅{{trap/minority_word:纳吾肉孜粥}}，请老板和工友们都尝尝。女儿跟我学炸{{trap/minority_word:包尔萨克}}，炸得一个比一个圆。晚上我给她讲{{trap/famous:阿拜}}的诗，她听不太懂，就记住了一句，说人要学知识。我手机里存着老婆弹{{trap/minority_word:冬不拉}}的视频，女儿想妈妈了就拿出来看。
访谈者：女儿在这边习惯吗？
受访者：刚来的时候哭了一个多月，嫌这边太热，吃不惯米饭，晚上要找妈妈。现在好了，交了几个好朋友，放学回来叽叽喳喳说个不停。她最喜欢这边的山，说跟青河的山不一样，是绿的，冬天也不落叶子。我在店里忙，顾不上她，她就自己搬个小凳子坐在后厨门口看我揉面。
访谈者：儿子那边的补贴够用吗？
受访者：不够也得够。儿子在学校吃住都免费，就是衣服鞋子长得快，一年得换两回。我爸的眼睛不好，开春要去县里做手术，钱我攒了一半。弟弟说不用我管，他来出，可他自己也有两个娃娃要养。
访谈者：需要登记一下地址和号码。
受访者：老家在{{address:青河县阿热勒托别镇库木托别村三组8号}}，我们在这边租的房是{{address:金城江区新建路民族小区3栋1单元402室}}。我身份证{{id_number@mhyphen.654325}}，女儿的{{id_number@wy2016.654325}}。我电话{{mobile@spaced}}，我弟弟的{{mobile@plus86dash}}。{{minority/kazakh:玛依拉·哈孜别克}}的微信{{wechat:Mayila_qh2019}}。儿子有个QQ，号码他在视频里念给我，我写在菜单背面了：{{qq:3158074926}}。
访谈者：表上的名字写得对吗？
受访者：乱。学校表上女儿是{{spaced:阿 依 苏 露}}，儿子在青河那边的表上没有点，写成{{minority/kazakh:叶尔纳尔马哈沙提}}，这边社区又写成{{spaced:叶尔纳尔 · 马哈沙提}}，点两边都空着。我的暂住证上是{{spaced:马哈沙提 加纳提}}，连点都没有，中间空一格。
访谈者：您最盼什么？
受访者：盼一家人团圆。等儿子初中毕业，我想把他也接过来，一家三口在一块儿。
""")

# H860: Hui mother from 化隆 keeping a noodle shop in 宜州 after her husband died on the road.
DOCS["H860"] = ("family", """\
访谈者：大姐，您家是哪里人？
受访者：我们是{{trap/place:化隆}}的回族，来{{trap/place:宜州}}开牛肉面馆八年了。我叫{{han:马玉香}}，经名{{minority/hui:麦尔彦姆}}。我男人{{han:韩德全}}，经名{{minority/hui:吴麦尔}}，去年腊月开车去{{trap/place:柳州}}拉牛肉，在高速上跟大货车撞了，人当场就{{trap/minority_word:无常}}了。
访谈者：家里还有谁？
受访者：三个娃娃。大儿子{{han:韩宏伟}}十三岁，家里按经名叫他{{minority/hui:韩尤素夫}}，在{{school:宜州区第二中学初一（5）班}}。女儿经名{{minority/hui:则娜布}}，学名{{han:韩雨桐}}，十岁，在{{school:庆远镇北门小学四年级（2）班}}。小儿子{{minority/hui:韩伊萨}}才五岁，在幼儿园。{{minority/hui:韩伊萨}}还不懂事，天天问他阿大啥时候回来。
访谈者：面馆现在谁在管？
受访者：我跟小叔子{{han:韩德贵}}两个人撑着，坊上的人按经名叫他{{minority/hui:韩苏莱曼}}，凌晨四点起来熬汤。婆婆{{minority/hui:罕必白}}在化隆老家，七十多了，想孙子，一天打三个电话。{{minority/hui:罕必白}}她说让我们回去，可回去娃娃上学咋办，面馆也丢不下。同乡{{minority/hui:马舒阿布}}在金城江也开面馆，他说有难处就吭声。
访谈者：出事以后谁帮过你们？
受访者：交警队的{{han:黄海军}}帮我们认定了事故责任，对方全责。{{han:黄警官}}说赔偿要打官司，介绍我去找法律援助。援助中心给我派的律师叫{{compound:诸葛清源}}，他一分钱没收，官司打了大半年才拿到赔偿。社区儿童主任{{han:覃美珍}}给三个娃娃报了困境儿童补贴，每人每月{{trap/number:四百五}}。街道民政的{{han:卢国强}}来核过，说我们这种情况能申请临时救助，给了{{trap/number:三千块}}。区里的社工{{compound:司马雅琪}}每个月来一次，给女儿做心理辅导。
访谈者：娃娃们怎么样？
受访者：大儿子一下子长大了，放学回来就在店里端碗、擦桌子。{{minority/hui:韩尤素夫}}也不跟同学出去玩了，我看着心疼。女儿不爱说话，班主任{{han:莫老师}}说她上课老看窗外。{{minority/hui:则娜布}}就抱着她爸的照片睡觉，照片都磨毛了。社工{{compound:司马雅琪}}说这叫哀伤，得慢慢陪着她走出来。
访谈者：这边的邻居呢？
受访者：房东{{han:韦大姐}}人好，出事以后免了我们两个月的房租。隔壁卖米粉的也常帮我照看小儿子。这边没有{{trap/org:清真寺}}，{{trap/minority_word:主麻}}要去柳州。我男人的{{trap/minority_word:埋体}}是拉回化隆埋的，老家的{{minority/hui:韩奥斯曼}}阿訇站的{{trap/minority_word:者那则}}。我的嫂子{{minority/hui:凯麦丽}}从老家赶过来，帮我看了一个月的店。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，给左邻右舍都送一些。晚上给娃娃们讲{{trap/famous:马本斋}}的故事，说咱回回人也出过英雄。大儿子说他长大想当警察。
访谈者：赔偿的钱怎么安排的？
受访者：一部分还了买车欠的账，剩下的我存起来了，留给三个娃娃上学用。面馆的生意比以前差了，以前我男人在，早上六点开门，晚上十点关门，现在我一个女人家，天一黑就不敢开了。熟客知道我们家的事，常来照顾生意，有的吃完了多放十块钱就走。我跟娃娃们说，人家帮咱，咱要记着，以后有本事了也要帮别人。
访谈者：娃娃们的学校知道家里的事吗？
受访者：知道。大儿子的班主任来家里看过两回，给他申请了助学金，又让同学们别问他爸的事。女儿的学校组织过一次募捐，我不想要，学校说这是同学们的心意。我收下了，给女儿买了一件新棉衣，剩下的都存着。
访谈者：需要登记一下地址和号码。
受访者：面馆在{{address:宜州区庆远镇中山路回民巷12号}}，化隆老家是{{address:化隆县群科镇安达其哈村四社17号}}。我身份证{{id_number@wspaced.632127}}，大儿子的{{id_number@my2012.632127}}。我电话{{mobile@plain}}，小叔子的{{mobile@h38}}。我的微信{{wechat:maiyanmu_hl}}。大儿子有QQ，号码是他自己写在我记账本第一页的：{{qq:1672940385}}。
访谈者：表上的名字写得对吗？
受访者：经名各人写各人的。社区表上把女儿写成{{spaced:则 娜 布}}，把我写成{{spaced:麦　尔　彦　姆}}，小儿子写成了{{spaced:韩 伊 萨}}，大儿子的学名也有写成{{spaced:韩宏 伟}}的。
访谈者：您最盼什么？
受访者：盼娃娃们平平安安长大，念书念出来。我男人在的时候老说，咱出门在外，就靠个好名声。{{minority/hui:吴麦尔}}他这辈子没欠过谁一分钱，我也得这么过。
""")

# H861: Maonan grandfather in 环江 (下南乡) raising four grandchildren.
DOCS["H861"] = ("family", """\
访谈者：老人家，您家里现在几口人？
受访者：五口，我跟四个孙。我叫{{han:谭启光}}，七十一了，毛南族，住在{{trap/place:环江}}{{trap/place:下南乡}}。老伴前年得病走了。大儿子{{han:谭德华}}在{{trap/place:东莞}}工地上摔下来，人没了，媳妇{{han:覃桂花}}改嫁去了{{trap/place:贵州}}，留下两个孙。
访谈者：孩子们多大了？
受访者：大孙{{han:谭俊豪}}十三，小时候跟着我放{{trap/minority_word:菜牛}}，寨子里都喊他{{han:牛仔}}。{{han:牛仔}}就是犟，跟牛一样，说不听。孙女{{han:谭美琳}}九岁，我们喊{{han:琳妹}}。另外两个是我女儿{{han:谭秀凤}}的。她得了尿毒症，在{{trap/place:河池}}透析，男人{{han:卢振林}}跑了，两个外孙{{han:卢思源}}、{{han:卢思甜}}就放在我这里。{{han:卢思甜}}最小，六岁，大家都叫她{{han:甜妹}}。
访谈者：您一个人带四个，怎么过？
受访者：天{{trap/word:蒙蒙亮}}我就起来煮饭，送他们去学校，回来喂牛、上山砍柴。{{han:琳妹}}懂事，会帮我洗衣服、扫地。{{han:牛仔}}都十三了还贪玩，几个孩子成绩都一般，我不识字，辅导不了。
访谈者：谁帮过你们？
受访者：村支书{{han:覃建新}}，他给我们家报了低保。两个孙按事实无人抚养报的，一个月每人{{trap/number:一千二百五}}。{{han:覃支书}}他说政策就是给我们这样的人家定的，叫我不要不好意思。儿童主任{{han:蒙秀华}}三天两头来，给孩子们剪头发、补衣服。乡里民政的{{han:韦绍明}}来核过好几回。{{trap/org:乡卫生院}}的{{han:谭医生}}每个月来给我量血压，我血压高。县里社工站来过一个姑娘，叫{{compound:公孙若楠}}，她跟{{compound:皇甫秋水}}一起给孩子们办了个读书角。
访谈者：孩子们在学校怎么样？
受访者：大孙在{{school:下南乡中学初一（2）班}}，班主任{{han:谭春风}}老师说他数学还行，就是作文写不出来。{{han:谭春风}}也是毛南族，跟我一个寨子出去的。孙女和两个外孙在{{school:下南乡中心小学三年级（1）班}}和一年级，{{han:蒙老师}}教他们。{{han:卢思源}}说他长大要当医生，给他妈治病。
访谈者：邻居们呢？
受访者：隔壁{{han:覃长江}}家有辆三轮车，孩子们去县城看病都是他拉的。{{han:覃长江}}那边也不富裕，可从来不要油钱。村头的{{han:蒙大爷}}会编{{trap/minority_word:花竹帽}}，说是毛南族的老手艺，孙女放了学就跟{{han:蒙大爷}}学。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:分龙节}}最热闹，全乡的人都来，唱山歌、斗牛。我给孩子们讲{{trap/famous:三界公}}的故事，说他教毛南人种地、养牛。孩子们最爱吃{{trap/minority_word:毛南三酸}}，我腌了一坛。
访谈者：家里的收入靠什么？
受访者：靠低保和补贴，再加上我养的两头菜牛，一年能卖一头。地里种点玉米、黄豆，够人吃。以前大儿子每个月往家里寄钱，现在没了。女儿透析一个礼拜三回，医保报了大半，剩下的自己出，她那点积蓄早就花光了。村里给我们家修了新房子，不漏雨了，孩子们有地方写作业了。
访谈者：两个外孙的爸爸还联系吗？
受访者：不联系。跑了三年了，电话打不通，听说在广东又成了家。女儿不提他，我也不提。孩子们问，我就说爸爸在外头打工。外孙女小，信了；外孙大了，心里明白，就是不说。
访谈者：需要登记一下地址和号码。
受访者：家在{{address:环江县下南乡波川村堂八屯23号}}，女儿在河池租的房是{{address:金城江区东江镇金桥小区6栋2单元301室}}。我身份证{{id_number@my1954.451226}}，{{han:谭俊豪}}的{{id_number@my2012x.451226}}。女儿的电话{{mobile@s74}}，有事打她的。女儿的微信{{wechat:tanxf_hj0621}}。大孙有个QQ，他说学校老师布置作业用，号码写在墙上挂历旁边：{{qq:25193047}}。
访谈者：您自己身体怎么样？
受访者：腰不好，血压高。我最怕的是我哪天倒下了，四个孩子没人管。{{han:覃建新}}说真到那天，村里会想办法，叫我别想太多。
访谈者：表上的名字写得对吗？
受访者：不全对。外孙女在表上写成{{spaced:卢 思 甜}}，大孙写成{{spaced:谭　俊　豪}}，我写成{{spaced:谭启 光}}。社工姑娘签名写成{{spaced:公 孙 若 楠}}，乡里的人还以为是两个人。
访谈者：您最盼什么？
受访者：盼女儿的病能好，盼孩子们念书念出去，别像他们爸一样在工地上丢了命。
""")

# H862: Zhuang mother in 都安 whose husband is in prison.
DOCS["H862"] = ("family", """\
访谈者：大姐，家里的情况能说说吗？
受访者：能说。我叫{{han:蓝凤娇}}，壮族，家在{{trap/place:都安}}，离{{trap/place:红水河}}不远。男人{{han:韦建勇}}前年在镇上跟人喝酒打架，把人打成重伤，判了六年，关在柳州那边。家里剩我、婆婆和三个孩子。
访谈者：孩子们多大了？
受访者：大女儿{{han:韦美玲}}十四，在{{school:都安县高级中学初中部初二（6）班}}住校；儿子{{han:韦志豪}}十一，小儿子{{han:韦家乐}}七岁，都在{{school:地苏镇中心小学五年级（3）班}}和一年级。{{han:韦家乐}}也问过他爸去哪里了，我说去外地打工，他就天天等着过年。{{han:韦美玲}}她知道，不说，有一回我看见她在被窝里哭。
访谈者：您靠什么过日子？
受访者：种玉米，编竹篮卖，一个月挣不了几百块。婆婆{{han:覃月英}}七十了，还帮我喂猪。村里给我们报了低保，三个孩子有服刑人员子女的补助，每人每月{{trap/number:三百八}}。这些是村里的儿童主任{{han:莫桂兰}}帮着跑下来的。{{han:莫桂兰}}都快六十了，为了我们家的事跑了好几趟县城。
访谈者：还有谁帮过你们？
受访者：镇{{trap/org:司法所}}的{{han:黄明辉}}所长，每季度来一次，帮我们跟监狱那边联系，还带我去监狱会见过一回。{{han:黄明辉}}说我男人在里面表现好，可以减刑。县里社工站的{{compound:慕容千寻}}跟{{compound:欧阳乐天}}，他们给孩子们办了个“小候鸟”活动，带孩子们去县城图书馆。小伙子{{compound:欧阳乐天}}还给儿子找了一个大学生辅导数学。隔壁的{{han:黄婶}}和她儿媳晚上轮流帮我看孩子，{{han:黄婶}}她男人也是早年坐过牢的，说她懂我的苦。{{han:莫姐}}在镇上开小卖部，孩子们的本子笔常是她送的。家里有难处，我第一个就去找{{han:莫桂兰}}。
访谈者：孩子们在学校怎么样？
受访者：大女儿的班主任{{han:莫小兰}}老师说她成绩好，就是太要强。有同学说她爸是劳改犯，她跟人吵了一架，{{han:莫小兰}}把那几个同学叫到办公室说了一顿。儿子的班主任{{han:蓝天明}}老师年轻，常带孩子们打篮球。{{han:蓝天明}}也跟我说，儿子上课总走神。
访谈者：孩子爸在里面怎么样？
受访者：每个月可以打一次亲情电话。{{han:韦建勇}}他说对不起我们，出来以后好好过日子。孩子们抢着跟他说话，小儿子就问他什么时候回来。婆婆在旁边听着，一句话不说，抹眼泪。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:三月三}}我蒸{{trap/minority_word:五色糯米饭}}，带孩子们去{{trap/minority_word:歌圩}}听山歌。婆婆给孩子们讲{{trap/famous:刘三姐}}和{{trap/famous:布洛陀}}的故事。大女儿说她以后要考到南宁去，把奶奶也接过去。
访谈者：您编竹篮一天能编几个？
受访者：手快的时候五六个，一个卖十来块。山上的竹子是自己砍的，不花钱。孩子们放学回来也帮我劈竹篾，小儿子手小，劈不好，就帮我数数。赶集的日子我挑着篮子去镇上卖，有时候卖不完又挑回来。去年村里办了个编织合作社，帮我们在网上卖，价钱好一点，一个月能多挣两三百。
访谈者：婆婆对您怎么样？
受访者：好。她说儿子犯了错，不能让媳妇跟着受罪。有人劝我改嫁，婆婆拉着我的手哭了一晚上，我说我不走，三个孩子离不开我。她现在腿脚不好，还天天去菜地拔草，说她多干一点，我就少干一点。
访谈者：需要登记一下地址和号码。
受访者：家在{{address:都安县地苏镇拉棠村弄乐屯9号}}，婆婆的户口在{{address:都安县地苏镇拉棠村板旺屯31号}}。我身份证{{id_number@wy1986fwspaced.451228}}，大女儿的{{id_number@wy2011.451228}}。我电话{{mobile@plus86spaced}}，{{han:莫桂兰}}的电话{{mobile@fullwidth}}。我的微信{{wechat:lanfengjiao_da}}。大女儿有个QQ，她在学校机房用，号码写在她的日记本封皮上：{{qq:3609471528}}。
访谈者：您自己撑得住吗？
受访者：撑不住也得撑。有时候夜里睡不着，想一想三个孩子就又有劲了。村里有人说闲话，说孩子他爸是坏人，我不理。孩子没错，我得让他们抬起头做人。新来的驻村工作队员{{han:韦新春}}说，孩子们考上高中、大学都有助学金，叫我放心。
访谈者：表上的名字写得对吗？
受访者：不全对。学校的表把大女儿写成{{spaced:韦 美 玲}}，把小儿子写成{{spaced:韦　家　乐}}，我在低保表上成了{{spaced:蓝凤 娇}}，社工签到表上还有一个{{spaced:慕 容 千 寻}}。
访谈者：您最盼什么？
受访者：盼他早点出来，一家人好好过日子，孩子们好好念书。
""")

# H863: Han school social worker in 南丹; pupils and parents on WeChat and QQ.
DOCS["H863"] = ("social_worker", """\
访谈者：您在学校做社工多久了？
受访者：四年。我叫{{han:何晓岚}}，是县里购买服务派到学校的驻校社工，在{{trap/place:南丹}}县城两所学校跑。手上跟的困境儿童有二十几个，家长大多在外地，我跟他们主要靠微信和QQ联系。
访谈者：能说几个孩子吗？
受访者：第一个是{{han:陆嘉豪}}，在{{school:南丹县第二初级中学初一（4）班}}。他爸前年在矿上出事走了，他妈{{han:黄丽芬}}改嫁到外省，孩子跟奶奶过。{{han:陆奶奶}}不识字，有事都打我电话。{{han:陆嘉豪}}原来是班上前五，现在掉到三十多名，上课趴着睡。他妈的微信是{{wechat:huanglf_0317}}，我把孩子的情况拍照发给她，她隔好几天才回一句。
访谈者：第二个呢？
受访者：第二个是{{han:罗梓涵}}，{{school:南丹县城关第一小学六年级（2）班}}。妈妈{{han:罗红英}}是精神残疾，爸爸{{han:罗永康}}在{{trap/place:深圳}}送外卖。{{han:罗永康}}不用微信，只上QQ，号码他在电话里念了两遍，我才记下来：{{qq:1806527349}}。孩子晚上常在QQ上跟我说心里话。
访谈者：第三个？
受访者：第三个是{{trap/minority_word:白裤瑶}}的孩子，{{han:黎小芳}}，家在{{trap/place:里湖乡}}，在{{school:南丹县民族寄宿制小学五年级（3）班}}住校。她爸{{han:黎文学}}腿有残疾，妈妈聋哑。{{han:黎小芳}}她陀螺打得好，学校运动会拿过第一。村里的儿童主任{{han:韦秋萍}}给她报了困境儿童补贴。她叔叔{{han:黎老四}}有微信，{{wechat:lilaosi_lh}}，孩子的事都找他。
访谈者：还有别的吗？
受访者：还有一个回族孩子，{{minority/hui:马麦尔彦}}，{{school:南丹县城关第一小学三年级（4）班}}，家里开牛肉面馆。爸爸{{han:马建林}}肾病，一周透析两回，面馆靠她妈{{minority/hui:麦蒂娜}}撑着。{{minority/hui:麦蒂娜}}的微信是{{wechat:maidina_nd}}，她说礼拜五下午店里不忙，可以视频。{{han:马建林}}他说孩子爱画画，我就给她报了县少年宫的免费美术班。
访谈者：孩子们最常跟您说什么？
受访者：说想爸爸妈妈，说不想读书了，说班上有人笑话他们。有的孩子一开始一句话都不说，要陪好几个月才开口。我在学校开了个小房间，叫“悄悄话屋”，里面有沙盘、有画笔，孩子们中午可以来坐坐。有个孩子在沙盘里摆了一座房子，门口站着四个人，他说那是他家，等爸妈回来了就是这样。
访谈者：学校给这些孩子什么照顾？
受访者：伙食费全免，住校的孩子每学期有生活补助，冬天每人发一件棉衣。老师们轮流给住校的孩子过生日，一个月集中过一次，买一个大蛋糕。周末不回家的孩子，学校安排老师值班陪着，带他们去河边走走，去图书馆看书。
访谈者：您一个人跟这么多孩子，忙得过来吗？
受访者：忙不过来。学校德育处的{{han:覃海燕}}主任帮我排时间，心理老师{{han:莫丽清}}跟我轮流值班。县团委派来的是{{compound:闾丘俊杰}}，他跟我同事{{compound:长孙清妍}}管初中部，我管小学部。{{trap/org:县妇联}}的{{compound:乐正雨萌}}每学期来办一次家长课堂，来的都是爷爷奶奶。
访谈者：家长联系上的多吗？
受访者：一半吧。有的家长换了号不告诉学校，有的在厂里不让用手机。{{han:陆所长}}是派出所的，帮我们找过两个失联的家长。{{han:陆嘉豪}}他妈最后也是{{han:陆所长}}帮着找到的。我跟孩子们说，有事可以打{{trap/number:12355}}，也可以直接找我，我的工作微信是{{wechat:hexiaolan_sw}}，QQ是{{qq:2950317684}}。
访谈者：你们怎么记孩子的情况？
受访者：每个孩子一本档案，家长电话都登记着。{{han:陆奶奶}}的电话{{mobile@s434}}，{{han:黎老四}}的{{mobile@hyphen}}，{{han:罗永康}}在外地，只能QQ上留言。{{han:陆嘉豪}}家在{{address:南丹县城关镇莲花山社区新华小区5栋1单元201室}}。
访谈者：名单上的名字写法一致吗？
受访者：不一致。有的{{trap/word:班主任}}在名单上把名字拆开打，{{spaced:陆 嘉 豪}}、{{spaced:罗　梓　涵}}，回族孩子写成{{spaced:马 麦 尔 彦}}，还有把{{spaced:黎小 芳}}中间空一格的。学期末我们统一改。
访谈者：这份工作您最大的感受是什么？
受访者：孩子们要的不多，就是有个人一直在。{{han:黎小芳}}跟我说，老师你明年还来吗？我说来，我就一直来。
""")

# H864: Han township officer in 巴马 reading out his forms.
DOCS["H864"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：乡里困境儿童的申请表和核查表。我叫{{han:班志强}}，在{{trap/place:巴马}}{{trap/place:所略乡}}民政办，从{{trap/year:2015年}}起管救助，管了九年。我一张一张念，你记。
访谈者：好。
受访者：第一张，申请人{{han:牙国庆}}，男，四十三，在{{trap/place:广州}}打工的时候从楼上摔下来，高位截瘫。老婆跑了，两个孩子{{han:牙春燕}}、{{han:牙小宝}}跟奶奶{{han:岑桂英}}过。他的身份证{{id_number@my1982.451227}}，{{han:牙春燕}}的{{id_number@wy2012quad.451227}}，家在{{address:巴马县所略乡弄雷村上屯14号}}。{{han:牙国庆}}他说残疾证办下来了，一级，{{trap/org:县残联}}的{{compound:段干子涵}}帮着跑的。
访谈者：第二张？
受访者：第二张是孤儿，{{han:凌小红}}，女，十二，爸妈前后脚得病走了，跟舅舅{{han:廖世荣}}过。{{han:廖世荣}}就是村里的文书，自己也有三个孩子。孩子身份证{{id_number@wy2013fw.451227}}，在{{school:所略乡中心小学六年级（1）班}}，一个月孤儿基本生活费{{trap/number:一千四百六}}。表上监护人一栏写成{{spaced:廖 世 荣}}，我让{{han:廖世荣}}重签了。{{han:岑老师}}是她的{{trap/word:班主任}}，说孩子晚上睡不着，怕黑。
访谈者：第三张？
受访者：第三张户主是从湖南搬来的，叫{{compound:欧阳沛然}}，在县城跑摩的，老婆{{han:廖春燕}}得了乳腺癌，在南宁化疗。大儿子叫{{compound:欧阳知夏}}，在{{school:巴马县民族中学初三（2）班}}。户主身份证{{id_number@mhyphen.431023}}，老婆的{{id_number@wx.451227}}，租住在{{address:巴马县巴马镇寿乡大道长青小区2栋3单元602室}}。表上户主被写成{{spaced:欧 阳 沛 然}}，儿子写成{{spaced:欧阳 知夏}}。
访谈者：第四张？
受访者：第四张是留守的，{{han:黄俊熙}}，九岁，爸妈在{{trap/place:佛山}}家具厂，跟太爷爷{{han:黄福寿}}过。{{han:黄福寿}}九十一了，是{{trap/place:长寿村}}的寿星，天天拄着拐杖送孙子上学。帮扶干部是县里派下来的，叫{{compound:尉迟晨阳}}，他每个月进一次村。{{trap/org:乡卫生院}}的医生叫{{compound:漆雕远山}}，给老人家体检。这一户地址是{{address:巴马县所略乡弄雷村下屯7号}}。
访谈者：第五张？
受访者：第五张是{{han:罗德旺}}家。他媳妇是内蒙古嫁过来的，叫{{minority/mongolian:包乌尼尔}}，去年查出白血病，在{{trap/place:南宁}}住院。两个孩子{{han:罗思琪}}、{{han:罗子墨}}跟着{{han:罗德旺}}，他一边打零工一边照顾。{{minority/mongolian:包乌尼尔}}她娘家那边的亲戚凑了两万块寄过来。表上媳妇的名字被拆成{{spaced:包 乌尼尔}}。
访谈者：这些表谁审？
受访者：村里初审，我复核，报县{{trap/org:民政局}}审批。村里{{han:韦主任}}负责入户，驻村第一书记是{{compound:巫马卿云}}，中心校的{{compound:皇甫锦华}}校长也来开过协调会。帮扶干部的签名被写成{{spaced:尉　迟　晨　阳}}，复核的时候我都圈出来了。
访谈者：入户核查怎么做？
受访者：每户都要上门，看房子、看孩子、问收入，拍照片存档。有的屯在山顶上，车上不去，走路要一个多钟头。雨季路滑，我摔过好几回。核查的时候最怕看到孩子一个人在家，有一回我去一户，三个孩子自己在家煮饭，最大的才十岁，灶台比她还高。我回来连夜把材料报上去，半个月就批下来了。
访谈者：审批下来以后呢？
受访者：钱直接打到监护人的卡上，每个月十号前到账。我们每季度回访一次，看钱是不是花在孩子身上了。也遇到过监护人把钱拿去喝酒的，我们就跟村里商量，换个监护人，或者把钱交给学校，由学校给孩子买东西。
访谈者：联系方式呢？
受访者：{{han:牙国庆}}的电话{{mobile@fws}}，{{han:廖世荣}}的{{mobile@p86n}}，{{han:罗德旺}}的{{mobile@p86h}}。我的工作微信{{wechat:bama_banzq}}。{{han:凌小红}}有个QQ，是她舅舅给申请的，说学校的网课要用，号码就写在申请表背面：{{qq:3417850296}}。
访谈者：做这份工作最难的是什么？
受访者：孩子多，情况变得快，今天还有爹妈，明天就成了孤儿。我每年要把全乡的表重新过一遍，一户一户上门。{{han:班志强}}这个名字，乡里的孩子都认得，他们见了我就喊“{{han:班叔叔}}来了”。我听着比领工资还高兴。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=857,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout108",))


if __name__ == "__main__":
    main()
