# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 42 (tests/pii/holdout42/H321-H328 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 43, written at the same time by another
writer, has a higher number and so is not an earlier set).

Set 42 is about children in distress (困境儿童) and the help they get, in eight new voices: a Buryat Mongolian
grandfather in 新巴尔虎左旗 (呼伦贝尔) raising two grandchildren whose father is in prison and whose mother died; a
Tibetan herder mother in 班戈 (那曲), widowed by a snowstorm, with three children, the middle one lamed by a fall; a
Hui butcher in 卓尼 (甘南) with Tibetan neighbours, his wife on dialysis, raising his three children and an orphaned
nephew; a Han grandmother in 株洲 (湖南) raising two grandchildren known by their nicknames, their father remarried
in 东莞 and their mother gone; a Han village teacher in 通江 (巴中) with the left-behind pupils of her class and their
parents on WeChat and QQ; a Uyghur cotton farmer in 沙雅 (阿克苏), widowed, with three children (the youngest born
deaf) and his old father; a Han civil-affairs caseworker in 化德 (乌兰察布) reading out the case file of three
children (an orphan, the daughter of two disabled parents, a prisoner's son); and a Han father in 许昌 (河南) who
lost a leg in a steel works, with three children and his wife at a wig factory. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian and Buryat names of four to
six characters (巴德玛扎布, 杜拉玛苏荣, 道力格尔玛, 呼日乐巴特尔, 哈森其木格, 巴音都仁, 桑杰扎布, 策布格玛) with short
forms after the full name (杜拉玛她, 呼日乐, 哈森也, 都仁他: a short form that starts with 都) and the Han name of a
Mongolian (包德福); Tibetan names (达瓦央吉, 格桑占堆, 次仁曲宗, 丹增旺扎, 边巴普赤, 洛桑曲扎, 平措旺杰) with short
forms (央吉, 占堆, 旺扎的, 普赤, 旺杰也), a Han surname before a Tibetan given name (周德吉, 杨才让东智 then 东智也说,
杨拉毛草) and the Han names of Tibetans (杨援朝 / 尼玛顿珠, 杨振东); Hui Han-form names beside 经名 (马成福 / 乌麦尔,
丁秀芳 / 麦丽哈, 马志远 / 塔希尔, 马玉兰 / 扎赫拉, 敏学军 / 拉希德 and 敏拉希德, 丁法图麦, 锁努哈); Uyghur given name +
father's name with and without the dot (阿卜杜外力·艾合买提江 and 阿卜杜外力艾合买提江, 米合日阿依·艾合买提江,
热合木吐拉·艾合买提江, 吐尔洪·斯迪克) and short forms (外力, a common word; 米合日阿依, 热合木吐拉, 布再乃普,
努尔麦麦提); Han names with common and rare surnames (郄, 贠, 渠, 冀, 智, 鄢, 禹, 苟, 冉, 蒲, 岳), nicknames that are words
annotated whole (蚕豆, 桔子), names as they show on WeChat and QQ (QQ上的名字叫“欣欣”, 微信名叫“小琼在东莞”: spans
欣欣 and 小琼), titles and kin words (廖小芳大姐, 胡桂莲婶子, 左玉华姨, 康振华老师, 郭兴业所长; the span is the name
only), names that contain words (张满仓, 王安康, 王长河, 曹丰年, 贺春风, 文海平, 邓家和), a name written twice on a form
(渠玉娥渠玉娥), names directly before particles and verbs (蚕豆也, 桔子都, 彭秋云她们, 张满仓说, 智建平他, 鄢国强那边,
李德胜家) and after 叫/是/给/跟/和/的/找/让; names spaced out character by character in half- and full-width spaces,
dotted names with spaces around the dot and names split in two; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:渠玉娥}}``, ``{{qq:1738205964}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur; Buryat names count as
                                   mongolian) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1957x.150726}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 院长, 阿訇, 乡老,
大姐, 婶子, 姨, 老阿妈) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 他,
她, 她们, 那边, 和) are outside the span; a nickname or a name on WeChat/QQ is annotated whole (蚕豆, 桔子, 欣欣, 小琼).
Han-style names of Mongolian, Tibetan and Hui people (包德福, 杨援朝, 马成福) are category han; a Han surname before a
non-Han given name (周德吉, 杨拉毛草, 敏拉希德, 丁法图麦) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout42/make_holdout42.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(42_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices (Buryat names count as Mongolian).
GROUP_FLOORS = {group: 10 for group in MINORITY_GROUPS}

MOBILE_PREFIXES = ["130", "132", "137", "135", "153", "158", "165", "171", "175", "180", "183", "184", "187",
                   "190", "195", "197"]

DOCS: dict[str, tuple[str, str]] = {}

# H321: Mongolian (Buryat) grandfather in 新巴尔虎左旗 (呼伦贝尔); his son is in prison, his daughter-in-law died.
DOCS["H321"] = ("family", """\
访谈者：老人家，您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:巴德玛扎布}}，布里亚特人，今年六十八，户口本上的汉名叫{{han:包德福}}。家在{{trap/place:新巴尔虎左旗}}，离{{trap/place:阿木古郎}}七十多里，放了一辈子牛羊。老伴叫{{minority/mongolian:杜拉玛苏荣}}，腿肿，走不了远路。儿子{{minority/mongolian:达希尼玛}}跑大车，前年在{{trap/place:海拉尔}}撞了人，判了四年，现在在监狱里。儿媳{{minority/mongolian:道力格尔玛}}得了病，走了快两年了。两个孙辈就跟着我们老两口。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:呼日乐巴特尔}}十二岁，在{{school:新巴尔虎左旗第二中学初一（4）班}}住校，家里叫他{{minority/mongolian:呼日乐}}。孙女{{minority/mongolian:哈森其木格}}八岁，在{{school:嵯岗镇中心小学二年级（3）班}}，我们叫她{{minority/mongolian:哈森}}。{{minority/mongolian:哈森}}也懂事，她奶奶腿疼，她就烧一壶热水给奶奶泡脚。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：大的知道，小的不知道，以为她爸在{{trap/place:满洲里}}拉货。监狱一个月让打一回电话，{{minority/mongolian:达希尼玛}}他在电话里老哭，说对不起孩子。大的接了电话不吭声，挂了就骑上马跑出去，跑到{{trap/place:乌尔逊河}}边上坐半天。
访谈者：去看过儿子吗？
受访者：去过一回，坐了一天的班车，到{{trap/place:呼伦贝尔}}城里又倒了两趟车。隔着玻璃说了二十分钟话，他瘦了，头发剃得短短的。他问孩子们的学习，问他妈的腿，问完就低着头不说话。回来的路上我一句话没说，到家老伴问我，我就说挺好。孙女问爷爷你去哪了，我说去旗里卖羊皮了。这种事，孩子小，先瞒着吧，等她大了再说。
访谈者：放牧的活谁干？
受访者：我自己干，一百二十只羊，十几头牛。草场是承包的，一年有{{trap/number:四千多}}的草原补奖。冬天最难，要打草、拉草、破冰饮牲口。孙子放假回来就骑马跟着我，他骑得比我年轻时候还好。有时候我想，我们这样的家，靠的就是这一群牲口，牲口在，孩子们的学费就在。夜里风大，我起来看羊圈，看着孙子孙女睡着的样子，心里又苦又踏实。
访谈者：这几年谁帮过你们？
受访者：嘎查达{{minority/mongolian:巴音都仁}}给我们报了低保，两个孩子按事实无人抚养，每人每月{{trap/number:一千三百七}}。{{minority/mongolian:都仁}}他办事快，表是他骑摩托送到苏木的。苏木的民政助理{{han:鲍春林}}来核了三回，每回都拍照。嘎查的儿童主任{{minority/mongolian:乌云斯琴}}也是我们布里亚特人，她说话细，孩子们有啥心事都跟她说。旗里社工站派了两个年轻人，一个叫{{compound:宇文佳禾}}，跟他一起来的是{{compound:长孙明玥}}。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:桑杰扎布}}家有打草机，秋天顺手把我家的草也打了。他老婆{{minority/mongolian:策布格玛}}给孩子们缝{{trap/minority_word:蒙古袍}}，一针一线的。还有牧医{{han:白玉宽}}，羊病了一个电话就来，不收钱。{{han:白玉宽}}他是汉人，娶了蒙古族媳妇，蒙语说得比我孙子还溜。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:温晓梅}}老师说，他数学好，就是不爱交作业。{{han:温晓梅}}给他申请了助学金，一学期{{trap/number:六百二}}。孙女她们班的{{han:柴丽娜}}老师教她们唱{{trap/minority_word:长调}}，她回来就唱给奶奶听。学校的心理老师{{compound:慕容云舒}}隔一周找他谈一回。
访谈者：过年过节呢？
受访者：{{trap/minority_word:查干萨日}}，就是{{trap/word:白月}}，亲戚们都来，给孩子们塞压岁钱。夏天苏木办{{trap/minority_word:那达慕}}，{{minority/mongolian:呼日乐}}去赛马，拿过第三。我给孩子们讲{{trap/famous:格斯尔}}的故事，我们布里亚特老人都会讲。
访谈者：您老两口身体怎么样？
受访者：我血压高，她腿肿。{{minority/mongolian:杜拉玛}}她夜里疼得睡不着，还惦记着孙女的校服洗没洗。旗医院的{{minority/mongolian:斯琴巴图}}大夫一个月来一趟，量血压、开药。去年冬天刮{{trap/word:白毛风}}，路封了，药送不进来，是{{minority/mongolian:都仁}}骑着摩托冒着风送来的。
访谈者：登记表上要写地址、证件和电话。
受访者：家在{{address:新巴尔虎左旗嵯岗镇双乌兰嘎查三组14号}}，儿子原来在旗里租的房是{{address:阿木古郎镇团结小区4号楼2单元302室}}。我身份证{{id_number@my1957x.150726}}，孙女的{{id_number@wy2017spaced.150726}}。我电话{{mobile@plain}}，老伴的{{mobile@s434}}。孙子有个QQ，号码他写在我烟盒上了，我念给你：{{qq:1738205964}}。儿童主任的微信是{{wechat:wuyunsiqin_xz}}，有事我就找她。
访谈者：表上名字写得对吗？
受访者：不对的多。低保表上我写成{{spaced:巴 德 玛 扎 布}}，老伴写成{{spaced:杜拉玛 苏荣}}，孙子的学籍卡上是{{spaced:呼　日　乐　巴　特　尔}}。
访谈者：最后您想说点什么？
受访者：盼儿子早点出来，盼孩子们念好书。{{minority/mongolian:呼日乐}}说长大要当兽医，回嘎查给牛羊看病。
""")

# H322: Tibetan mother in 班戈 (那曲); her husband died in a snowstorm, three children, one lamed by a fall.
DOCS["H322"] = ("family", """\
访谈者：阿佳，您先说说家里的情况吧。
受访者：我叫{{minority/tibetan:达瓦央吉}}，三十九岁，村里人都叫我{{minority/tibetan:央吉}}。家在{{trap/place:班戈}}县北边的牧场，离{{trap/place:色林错}}不远。丈夫{{minority/tibetan:格桑占堆}}前年冬天去找走散的牦牛，遇上大雪冻伤了，送到{{trap/place:那曲}}没救过来。我有三个孩子，大的{{minority/tibetan:次仁曲宗}}十四，老二{{minority/tibetan:丹增旺扎}}十一，小的{{minority/tibetan:边巴普赤}}六岁。
访谈者：孩子们现在在哪里上学？
受访者：大女儿在{{school:班戈县中学初二（5）班}}，住校。{{minority/tibetan:旺扎}}在{{school:佳琼镇完全小学五年级（1）班}}，他腿有点跛，四岁那年从{{trap/word:马上}}摔下来，骨头没接好。小的{{minority/tibetan:普赤}}还在家，跟着我。
访谈者：丈夫走了以后，家里靠什么？
受访者：三十几头牦牛，还有低保。村委会主任{{minority/tibetan:洛桑曲扎}}给我们家报了低保，三个孩子每人每月还有{{trap/number:九百六}}的补助。乡里的民政干部是藏族，汉名叫{{han:杨援朝}}，藏名叫{{minority/tibetan:尼玛顿珠}}，两个名字都用，在表上签的是{{han:杨援朝}}。{{han:杨援朝}}他为我们家跑了好几趟县{{trap/org:民政局}}。
访谈者：孩子们心里怎么样？
受访者：大女儿最像她爸，不爱哭。{{minority/tibetan:占堆}}走的那天，她一个人把牛赶回了圈。老二就不一样，夜里老做梦，喊爸爸。学校的{{han:汪晓燕}}老师是援藏的，从{{trap/place:江苏}}来，她每周给他补课，还教他下象棋。儿童主任{{minority/tibetan:格桑德吉}}一个月来两回，带本子、铅笔，还给小的带糖。
访谈者：看病方便吗？
受访者：不方便。乡{{trap/org:卫生院}}的{{minority/tibetan:米玛次仁}}大夫人好，去年冬天{{minority/tibetan:普赤}}发烧，是他骑摩托送来的退烧药。县医院有个{{minority/tibetan:周德吉}}大夫，她爸是汉族，妈妈是藏族，{{minority/tibetan:旺扎}}的腿就是她看的，她说到{{trap/place:拉萨}}做手术能好一些。
访谈者：还有谁帮过你们？
受访者：驻村工作队的队长{{han:甘志宏}}，从{{trap/place:拉萨}}下来的汉族干部，带人把我们家漏雨的屋顶修好了。{{han:甘志宏}}还给孩子们买了羽绒服。县里社工站有个姑娘叫{{compound:诸葛听雨}}，说话温和，她跟同事{{compound:赫连博文}}一起来做过家访。我娘家哥哥{{minority/tibetan:加央多吉}}每年剪羊毛的时候来帮忙，邻居{{minority/tibetan:平措旺杰}}帮我们挤奶。{{minority/tibetan:旺杰}}也是个苦命人，老婆跟人走了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}的时候，我们炸{{trap/minority_word:卡赛}}，给孩子们换新衣服。夏天{{trap/place:那曲}}办{{trap/minority_word:恰青赛马节}}，老二想去看，可是腿不好，走不远。我给孩子们讲{{trap/famous:格萨尔}}的故事，他们听着听着就睡着了。
访谈者：冬天放牧怎么办？
受访者：冬天最难熬。牛圈要清，牛粪要晒成饼，烧一冬天。以前这些都是孩子他爸干，现在是我跟大女儿干。她放假回来，天不亮就起来挤奶，手冻得通红也不说。草场上的雪一厚，牦牛就找不到草，得花钱买饲料，一袋一百多。去年冬天死了四头小牛，我心疼得哭。乡里给发了{{trap/number:两千四}}的防灾补助，总算熬过来了。
访谈者：孩子们想爸爸吗？
受访者：想。小的常问爸爸去哪了，我说去很远的地方放牛了。她就天天趴在窗口看，说爸爸的牛怎么还不回来。大女儿把她爸的照片夹在课本里，去学校也带着。每年她爸走的那天，我们去寺里点{{trap/minority_word:酥油灯}}，请喇嘛念经。
访谈者：上学要花多少钱？
受访者：{{trap/place:西藏}}的孩子上学有“三包”，吃、住、穿都管，大女儿住校不花钱。可是零花钱、车费还得自己出，一学期也要几百块。老师说她成绩在班里前五名，数学最好，将来能考个好学校。我跟她说，妈没本事，你要自己争气。她说妈你放心，我一定考出去，再回来教书。
访谈者：表上要填地址、证件和电话。
受访者：家在{{address:班戈县佳琼镇扎嘎村三组7号}}。我身份证{{id_number@wy1986.542428}}，是老的那曲地区的号。我电话{{mobile@hyphen}}。大女儿住校，用学校的电脑上QQ，号码是{{qq:2093817465}}，她说是老师让加的。我的微信是工作队队长帮我注册的，叫{{wechat:dawayangji86}}。
访谈者：名字写得对吗？
受访者：经常写错。有的表上写{{spaced:达 瓦 央 吉}}，大女儿的名字有一回写成{{spaced:次仁 曲宗}}，老二写成{{spaced:丹　增　旺　扎}}。藏语音译，各人写各人的。
访谈者：您最盼望什么？
受访者：盼{{minority/tibetan:旺扎}}的腿能治好，盼大女儿考上{{trap/place:拉萨}}的高中。我不识字，孩子们识字就好。
""")

# H323: Hui father in 卓尼 (甘南) with Tibetan neighbours; his wife is on dialysis, he also raises his orphaned nephew.
DOCS["H323"] = ("family", """\
访谈者：师傅，您说说家里的情况吧。
受访者：我叫{{han:马成福}}，经名{{minority/hui:乌麦尔}}，回族，在{{trap/place:卓尼}}县城{{trap/place:柳林镇}}开个牛羊肉铺子。女人{{han:丁秀芳}}，经名{{minority/hui:麦丽哈}}，得了尿毒症，一个礼拜去{{trap/place:合作}}透析两回。我们有三个娃娃：大儿子{{han:马志远}}十三，经名{{minority/hui:塔希尔}}；丫头{{han:马玉兰}}十岁，经名{{minority/hui:扎赫拉}}；小儿子{{han:马志鹏}}六岁，经名{{minority/hui:穆尼尔}}。我姐姐、姐夫前年出车祸都没了，外甥{{han:敏学军}}也跟着我过，他经名叫{{minority/hui:拉希德}}，寺里都叫他{{minority/hui:敏拉希德}}。
访谈者：四个娃娃，负担重吧？
受访者：重。铺子一天挣个一两百，女人看病一个月就得{{trap/number:两千多}}。村委会给我们家报了低保，外甥按孤儿领基本生活费，一个月{{trap/number:一千四百五}}。办手续的时候，镇上的民政干部{{han:包建勋}}跑前跑后，{{han:包建勋}}他说，没爹没妈的娃娃，事情一天都不能拖。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:塔希尔}}在{{school:卓尼县柳林中学初一（2）班}}，学习一般，爱打篮球。丫头在{{school:柳林镇第一小学四年级（3）班}}，班主任{{han:苟建英}}老师说她作文好。外甥上初二，住校，跟{{minority/hui:塔希尔}}一个学校。{{minority/hui:拉希德}}不爱说话，爹妈走了以后，一个人坐在{{trap/place:洮河}}边上发呆。学校的心理老师{{compound:欧阳若溪}}每周找他谈一回，他才慢慢开口。
访谈者：邻居们呢？
受访者：我们这条巷子一半是藏族。隔壁{{minority/tibetan:杨才让东智}}开出租，女人去透析的时候，他常常不要钱拉我们去{{trap/place:合作}}。{{minority/tibetan:东智}}也说，远亲不如近邻。他女人{{minority/tibetan:杨拉毛草}}给娃娃们送{{trap/minority_word:曲拉}}和{{trap/minority_word:酥油}}。对门{{minority/tibetan:尕藏吉}}老阿妈八十了，丫头放学常去她家写作业。坊上的{{minority/hui:锁努哈}}乡老每个月给我们家送一袋面。
访谈者：女人的病怎么治？
受访者：州医院的{{han:卢海燕}}大夫说得换肾，先透析等着。县医保局的{{han:杨振东}}给申请了大病救助，他是藏族，汉名用得多。社工站的{{compound:司马钰涵}}帮着填的表，一填就是一下午。女人的妹妹{{minority/hui:丁法图麦}}从{{trap/place:临潭}}过来，帮着照顾了两个月。
访谈者：女人透析的日子，家里怎么安排？
受访者：礼拜二、礼拜五去{{trap/place:合作}}，早上六点出门，天黑才回来。铺子就关门，一天的生意不做了。丫头早上给弟弟穿衣服，送到幼儿园，晚上我让{{minority/hui:塔希尔}}热饭。外甥话少，可他会把院子扫干净，把羊肉挂好。有一回我们回来晚了，三个大的围着小的坐在门槛上等，小的已经睡着了。我女人看见就哭了，说她对不起娃娃们。我说你别这么说，你好好的就是娃娃们的福。
访谈者：铺子的生意怎么样？
受访者：一般。县城人少，冬天宰牛的多，羊肉好卖；夏天就淡。欠着医院一万多，欠着亲戚两万。阿訇在寺里给我们家募过一回{{trap/minority_word:乜贴}}，凑了八千多，我一辈子记着。{{trap/place:卓尼}}的{{trap/word:洮砚}}有名，外甥说他长大了学刻砚，挣钱给舅妈看病。
访谈者：外甥跟您家的娃娃处得好吗？
受访者：好。刚来的时候他不跟人说话，吃饭也不上桌。丫头平时做事{{trap/word:马虎}}，可她把自己的床让给他，说表哥你睡这儿。慢慢地他就好了，现在几个娃娃一起写作业、一起去寺里。他爹妈的坟在{{trap/place:临潭}}，每年我带他去上坟，他跪在那里半天不起来。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我们炸{{trap/minority_word:油香}}，给邻居们送；藏族邻居过年也给我们送{{trap/minority_word:糌粑}}和{{trap/minority_word:酥油}}。{{trap/org:清真寺}}的{{minority/hui:巴希尔}}阿訇常来，给娃娃们讲做人的道理。老辈人爱讲{{trap/famous:杨积庆}}土司开仓放粮的故事，娃娃们听得入迷。
访谈者：登记表要填地址和号码。
受访者：家在{{address:卓尼县柳林镇洮河小区5号楼1单元202室}}，外甥原来的家在{{address:临潭县羊永镇李岗村二社11号}}。我身份证{{id_number@my1982.623022}}。我电话{{mobile@plus86}}，女人的{{mobile@spaced}}。{{minority/hui:塔希尔}}有QQ，号码是——你等等，他写在冰箱上了——{{qq:894216735}}。我铺子收钱用微信，号是{{wechat:mcf_niuyangrou}}。
访谈者：表上名字写对了吗？
受访者：乱。外甥在学籍上是{{spaced:敏 学 军}}，寺里的名单写成{{spaced:拉希 德}}，我女人在医院的单子上写成{{spaced:丁　秀　芳}}。
访谈者：您最盼什么？
受访者：盼女人早点等上肾，盼{{minority/hui:扎赫拉}}和她哥哥们都好好念书。{{minority/hui:拉希德}}说他长大当医生，给他舅妈治病。
""")

# H324: Han grandmother in 株洲 (湖南) raising two grandchildren known by their nicknames; son remarried, mother gone.
DOCS["H324"] = ("family", """\
访谈者：奶奶，您带两个孙辈几年了？
受访者：五年了。我叫{{han:易冬梅}}，六十四，住在{{trap/place:株洲}}{{trap/place:荷塘区}}。老头子走得早。儿子{{han:谭湘平}}在{{trap/place:东莞}}打工，跟儿媳{{han:肖丽君}}离了，又成了家，钱不寄，电话也少。儿媳回了{{trap/place:醴陵}}娘家，后来听说去了外省，再没回来过。两个孩子就跟着我。
访谈者：孩子们叫什么？
受访者：大的是孙子，大名{{han:谭浩宇}}，十一岁，小名叫{{han:蚕豆}}，是他爷爷取的，说生下来小小一粒。小的是孙女{{han:谭欣怡}}，八岁，小名{{han:桔子}}。{{han:蚕豆}}也懂事，放了学先把{{han:桔子}}接回来，再写作业。{{han:桔子}}都八岁了，晚上还要跟我睡。
访谈者：他们爸爸回来过吗？
受访者：过年回来过一趟，待了三天。{{han:谭湘平}}说他那边也难，新媳妇又生了一个。我说你难，这两个就不难？他不吭声。{{han:蚕豆}}他记仇，他爸给的红包他不要，塞回他爸口袋里了。
访谈者：你们靠什么生活？
受访者：我在菜市场帮人择菜，一个月八百，晚上再捡点{{trap/word:易拉罐}}和纸壳子卖。社区给报了低保，两个孩子按困境儿童每人每月有{{trap/number:五百八十}}的补贴。办低保那阵，社区书记{{han:彭秋云}}带着我跑了三趟{{trap/org:街道办}}。{{han:彭秋云}}她们社区还有个儿童主任{{han:廖小芳}}，我喊她{{han:廖小芳}}大姐，她一个星期来一回，{{han:廖小芳}}就是热心，孩子的学费减免是她帮着申请的。
访谈者：孩子们在学校怎么样？
受访者：{{han:蚕豆}}在{{school:荷塘区新华小学五年级（2）班}}，班主任{{han:贺春风}}老师说他作文写得好，写过一篇《我的奶奶》，她念给全班听，好多孩子都哭了。{{han:桔子}}在{{school:荷塘区月塘小学二年级（4）班}}，教数学的{{han:文海平}}老师是个男老师，{{han:文海平}}他下了课还留她补算术。学校请了个心理老师，叫{{compound:东方晓彤}}，{{han:桔子}}就喜欢找她说话。
访谈者：邻居们呢？
受访者：楼下的{{han:胡桂莲}}婶子，我不在家，孩子放了学就去她家写作业。对门{{han:左玉华}}姨天天给{{han:桔子}}扎辫子。楼上住的{{han:邓家和}}开的士，下雨天顺路就把两个孩子送到学校门口。社区还请了社工，一个叫{{compound:令狐家豪}}，还有{{compound:上官思雨}}，暑假带孩子们去{{trap/place:湘江}}边上的图书馆看书。
访谈者：您身体呢？
受访者：腰椎不好，去年在{{trap/org:市中心医院}}住了一回，孩子们没人管，是{{han:胡桂莲}}带了一个星期。医生{{han:颜国梁}}说要少弯腰，我哪里做得到。
访谈者：过年过节呢？
受访者：端午节包粽子，孙女也要包，包得歪歪扭扭。我给他们讲{{trap/famous:炎帝}}尝百草的故事，{{trap/place:炎陵}}就在我们{{trap/place:株洲}}。还唱花鼓戏《{{trap/famous:刘海}}砍樵》，孙女学得有模有样。
访谈者：孩子们想妈妈吗？
受访者：想。孙女不记得她妈长什么样了，就看照片。孙子记得，他不说，可他把他妈走的时候留下的一条围巾藏在枕头底下。有一回我洗枕套，拿出来洗了，他跟我发了好大的脾气，哭着说那是他妈的味道。我心里难受，一个人躲在厨房里抹眼泪。后来我再也不动他的枕头了。
访谈者：钱够用吗？
受访者：紧巴巴的。两个孩子一年光学习资料、校服、春游就要两三千。我不舍得买肉，一个星期买一回，炒一碗辣椒炒肉，两个孩子抢着吃，我就吃点剩下的汤汁拌饭。区{{trap/org:妇联}}过年发了{{trap/number:一千二}}的慰问金，还有米和油。学校的爱心午餐免了一半的钱，孩子中午在学校吃，我省了不少心。
访谈者：您最担心什么？
受访者：担心我倒下。我有高血压，前年在家里晕过一回，是孙子打的{{trap/hotline:120}}。从那以后他天天提醒我吃药，比闹钟还准。
访谈者：登记的时候要地址和号码。
受访者：住在{{address:荷塘区月塘街道新桥社区金盆小区3栋2单元501室}}。我身份证{{id_number@wy1961.430202}}，{{han:谭浩宇}}的{{id_number@my2014hyphen.430202}}。我电话{{mobile@s38}}。儿子的电话{{mobile@p86n}}，打十回接一回。孙子拿我的手机上QQ，号码是{{qq:3105847296}}，老师让加的班级群。我微信是社区帮我弄的，叫{{wechat:yidongmei_zz}}。
访谈者：表上名字写得对吗？
受访者：有写错的。社区表上孙子写成{{spaced:谭 浩 宇}}，孙女写成{{spaced:谭　欣　怡}}，我的名字写成{{spaced:易冬 梅}}，社工的名字也写成了{{spaced:东 方 晓 彤}}。
访谈者：最盼什么？
受访者：盼我多活几年，把{{han:桔子}}送进初中。{{han:蚕豆}}说以后考{{trap/place:长沙}}的大学，我就盼着那一天。
""")

# H325: Han village teacher in 巴中 (四川); the left-behind pupils of her class and their parents on WeChat and QQ.
DOCS["H325"] = ("staff", """\
访谈者：老师，您在村小教了多少年了？
受访者：十六年了。我叫{{han:岳春燕}}，在{{trap/place:通江}}北边山里的村小，现在带{{school:通江县永安镇青峰村小学四年级（1）班}}，全班十九个娃娃，十四个是留守的，爸妈在{{trap/place:广东}}、{{trap/place:浙江}}、{{trap/place:新疆}}打工。家长会开不成，我就拉了个微信群，有事在群里说。
访谈者：哪几个孩子最让您操心？
受访者：头一个是{{han:何子墨}}。他妈生他的时候大出血走了，爸爸{{han:何德寿}}在{{trap/place:新疆}}修路，一年回来一次。{{han:何子墨}}跟着爷爷{{han:何永富}}过，爷爷七十多，眼睛看不清。{{han:何德寿}}每个星期在微信上问一回娃娃的成绩，他微信号是{{wechat:hedeshou_xj1983}}，群里的名字就是他自己的名字。
访谈者：第二个呢？
受访者：第二个是女娃娃{{han:蒲欣悦}}。她爸爸{{han:蒲国才}}在工地上摔断了腿，残疾了，妈妈走了。{{han:蒲欣悦}}在QQ上的名字叫“{{han:欣欣}}”，她爸用她的QQ跟我说话，我一看“{{han:欣欣}}”上线了，就知道是她爸要问什么。号码我背得：{{qq:1486203957}}。
访谈者：第三个呢？
受访者：{{han:向天宇}}，他爸爸{{han:向成刚}}打架伤了人，判了三年，在{{trap/place:广元}}服刑。{{han:向天宇}}也知道，有同学说他，他就跟人打。我把那几个娃娃叫到办公室说了一顿，后来没人提了。他妈妈{{han:杜小琼}}在{{trap/place:东莞}}电子厂上班，微信名叫“{{han:小琼}}在东莞”，我有啥事就给她留言，{{han:小琼}}回得晚，一般夜里十一二点才回。她电话{{mobile@plus86spaced}}。
访谈者：还有别的孩子吗？
受访者：还有一对双胞胎，{{han:冉星辰}}和{{han:冉星月}}，爸妈都在{{trap/place:浙江}}，跟外婆{{han:苟秀珍}}过。外婆不会用智能手机，{{han:冉星辰}}就拿外婆的老年机给他妈打电话。{{han:冉星月}}她胆子小，上课不敢举手。外婆的电话{{mobile@s74}}，外婆家在{{address:通江县永安镇青峰村五组9号}}。
访谈者：村里和镇上怎么帮这些孩子？
受访者：村里的儿童主任{{han:张满仓}}，五十多岁，{{han:张满仓}}说他这个名字是他爹盼丰收取的。他每个月挨家挨户走一遍，哪家娃娃病了、哪家老人倒了，他都知道。村支书{{han:王安康}}给{{han:何子墨}}家申请了事实无人抚养，一个月{{trap/number:一千零五十}}。镇中心校的校长是{{compound:闾丘启航}}，给留守的娃娃都免了午餐费。县里还派来一个支教老师，是{{compound:公孙语嫣}}，教娃娃们唱歌、画画。
访谈者：学校自己做了什么？
受访者：我们搞了个亲情电话，每周三下午让娃娃给爸妈打视频。{{han:何子墨}}每回都跟他爸说“爸你少喝点酒”。教语文的{{han:冉秋实}}老师把娃娃们的作文打印出来，寄给在外头的爸妈。她说，字写得再丑，爸妈看了都高兴。还有社工{{compound:皇甫嘉木}}，每个月来一回，给娃娃们做游戏。
访谈者：山里的娃娃上学路远吗？
受访者：远。最远的一个要走一个多钟头山路，下雨天路滑，校门口那排{{trap/word:向日葵}}都被雨打趴了，我就在群里说，家长别让娃娃来了，我晚上给他们视频补课。可是家里的爷爷奶奶不会弄，最后还是娃娃们自己来。冬天天黑得早，放学我把几个远的送到半路，看着他们翻过山梁才回来。有一回下大雨，河水涨了，几个娃娃过不去，就在学校住了一晚，我给他们煮了一锅面条，他们说比家里的好吃。
访谈者：您自己家呢？
受访者：我自己的娃娃在{{trap/place:巴中}}城里读初中，跟他爸。我一个星期回去一趟，有时候两个星期。娃娃说妈你管别人家的娃娃比管我还多。我听了心里不是滋味，可这些娃娃爸妈都不在，我再不管，就没人管了。
访谈者：家长们在群里说些什么？
受访者：问成绩的多，问心情的少。那个摔断腿的爸爸最勤，他腿不好，在家里闲着，天天在群里发娃娃的照片。{{han:向成刚}}的事，他妈叫我别在群里提。我给{{han:向天宇}}单独建了个QQ号，号码是——我翻一下本子——{{qq:2750316948}}，他说等他爸出来就加他爸。
访谈者：登记表上要留哪些信息？
受访者：{{han:何子墨}}家在{{address:通江县永安镇青峰村三组21号}}，他的身份证{{id_number@my2015.511921}}。他爸的电话{{mobile@hyphen}}。我自己的微信是{{wechat:yuechunyan_tj}}，家长有事就加我。
访谈者：表上的名字写得规范吗？
受访者：不太规范。教育局的系统里有个娃娃写成{{spaced:何 子 墨}}，有个女娃写成{{spaced:蒲　欣　悦}}，支教老师的名字写成{{spaced:公 孙 语 嫣}}，还有一个写成{{spaced:向天 宇}}。我一个一个改过来。
访谈者：您最想说什么？
受访者：这些娃娃不缺吃穿，缺的是爸妈在身边。山里的{{trap/word:蒲公英}}一吹就散了，我就怕他们也这样。
""")

# H326: Uyghur father in 沙雅 (阿克苏); his wife died of cancer, three children, the youngest born deaf, his old father.
DOCS["H326"] = ("family", """\
访谈者：您先介绍一下自己吧。
受访者：我叫{{minority/uyghur:艾合买提江·吐尔洪}}，四十四岁，家在{{trap/place:沙雅县}}，离{{trap/place:塔里木河}}不远，种了二十亩棉花。老婆{{minority/uyghur:热依汗古丽·肉孜}}前年得了癌，走了。我们有三个孩子，老大{{minority/uyghur:阿卜杜外力·艾合买提江}}十四岁，我们叫他{{minority/uyghur:外力}}；老二是丫头，{{minority/uyghur:米合日阿依·艾合买提江}}，十一岁；老三{{minority/uyghur:热合木吐拉·艾合买提江}}八岁，生下来耳朵就听不见。我父亲{{minority/uyghur:吐尔洪·斯迪克}}七十六了，也跟我们住。
访谈者：孩子妈妈走了以后，家里怎么安排的？
受访者：难。白天我下地，{{minority/uyghur:外力}}放了学做饭，{{minority/uyghur:米合日阿依}}照顾弟弟。他也才十四，{{trap/minority_word:馕}}都是他打的。他在{{school:沙雅县第二中学初二（3）班}}，成绩掉了不少。班主任{{han:鲁晓静}}老师来家访，看见他蹲在{{trap/minority_word:馕坑}}边上写作业，回去就给他申请了助学金。
访谈者：小儿子的耳朵呢？
受访者：{{minority/uyghur:热合木吐拉}}去年在{{trap/place:阿克苏}}装了人工耳蜗，是{{trap/org:县残联}}帮着申请的救助，残联的{{minority/uyghur:麦麦提艾力·尼亚孜}}跑了好多趟。现在他在{{school:阿克苏地区特殊教育学校二年级（1）班}}学说话，老师{{han:丛雅丽}}一句一句教他。上个月他回家喊了一声“爸爸”，我哭了一晚上。
访谈者：村里给了哪些帮助？
受访者：村主任{{minority/uyghur:玉素甫江·阿西木}}给我们报了低保，一个月{{trap/number:一千一百二}}。老三是残疾儿童，还有护理补贴。儿童主任{{minority/uyghur:布再乃普·阿不力孜}}每个月来两回，{{minority/uyghur:布再乃普}}会给丫头梳头，教她做针线。驻村工作队的队长{{han:邬海涛}}是从{{trap/place:乌鲁木齐}}来的，帮我家申请了庭院改造。县里的社工{{compound:巫马书涵}}每周给老大做心理辅导，说这孩子心里压着事。
访谈者：您父亲身体怎么样？
受访者：腿脚不行了，还能坐在葡萄架底下看孙子。他常给孩子们讲{{trap/famous:阿凡提}}的故事，孩子们最爱听。乡卫生院的{{han:宁红梅}}大夫一个月来一次，给他量血压。
访谈者：邻居们呢？
受访者：对门{{minority/uyghur:努尔麦麦提·托乎提}}帮我摘棉花，他女人{{minority/uyghur:布合力其汗}}常送{{trap/minority_word:抓饭}}过来。{{minority/uyghur:努尔麦麦提}}说摘棉花的工钱不要了，就当给孩子们的。
访谈者：孩子妈妈生病的时候呢？
受访者：她在{{trap/place:乌鲁木齐}}住了两个月医院，我陪着，家里的地、孩子都扔给我父亲。花了十几万，医保报了一大半，剩下的借了亲戚的。她走之前跟我说，让孩子们都念书，别让丫头早早嫁人。我答应了她。现在丫头说长大要当老师，我就想起她妈的话。
访谈者：棉花今年收成怎么样？
受访者：还行，一亩地四百多公斤，卖了两万多。机采棉的钱得出，化肥、滴灌带也得出，剩不下多少。冬天我去县城的{{trap/org:工业园区}}打零工，一天一百五，孩子们放学自己回家，我父亲给他们热饭。{{trap/place:塔里木河}}边上的{{trap/minority_word:胡杨}}黄了的时候，我带孩子们去看过一回，老三看着满树的黄叶子笑，听不见也知道那好看。
访谈者：您自己身体呢？
受访者：腰不好，摘棉花弯腰弯多了。可是不敢歇，家里五张嘴等着吃饭。孩子们懂事，我累了，老大就给我端一碗茶，丫头给我捶背。我就想，再苦几年，等他们长大就好了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，亲戚们来，给孩子们带新衣裳。丫头今年第一次自己炸{{trap/minority_word:馓子}}，炸糊了一半，还是高兴得不得了。丫头说她妈以前炸得最好。
访谈者：登记表上的信息呢？
受访者：家在{{address:沙雅县红旗镇阿克艾日克村五组17号}}。我身份证{{id_number@my1981hyphen.652924}}，老三的{{id_number@my2017fullwidth.652924}}。我电话{{mobile@spaced}}，老大用的旧手机号{{mobile@plus86dash}}。老大有QQ，号码他写在本子第一页，我照着念：{{qq:3920571864}}。工作队队长的微信{{wechat:wuhaitao_sy}}，有事我就找他。
访谈者：表上的名字写得对吗？
受访者：不一样。户口本上老大是{{minority/uyghur:阿卜杜外力·艾合买提江}}，学校花名册上没有点，写成{{minority/uyghur:阿卜杜外力艾合买提江}}。老二写成{{spaced:米 合 日 阿 依}}，我写成{{spaced:艾合买提江 · 吐尔洪}}，老三在残联的表上是{{spaced:热合木吐拉 艾合买提江}}，儿童主任的名字写成{{spaced:布　再　乃　普}}，我父亲的医保卡上是{{spaced:吐尔洪　·　斯迪克}}。
访谈者：最后您想说什么？
受访者：盼老三能好好说话，盼{{minority/uyghur:外力}}考上{{trap/place:阿克苏}}的高中。孩子们好，我就不怕累。
""")

# H327: Han civil-affairs caseworker in 化德 (乌兰察布) reading out a case file of three children.
DOCS["H327"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：我们{{trap/org:县民政局}}儿童福利股的一份案卷，三个孩子。我叫{{han:郄文斌}}，在{{trap/place:化德}}做了十一年儿童工作。名字、号码我照着念，原样念。
访谈者：好，您念吧。
受访者：第一个孩子{{han:贾梓豪}}，男，十岁，身份证{{id_number@my2015spaced.150922}}。父亲{{han:贾永旺}}在{{trap/place:白云鄂博}}矿上出了事故，{{trap/year:二〇二一年}}去世；母亲{{han:殷晓霞}}改嫁去了{{trap/place:集宁}}。孩子跟奶奶{{han:渠玉娥}}过，七十一，身份证{{id_number@wy1954.150922}}，住在{{address:化德县长顺镇新建村二组16号}}。案卷上奶奶的名字录成了“{{han:渠玉娥}}{{han:渠玉娥}}”，是录的时候粘了两遍。{{han:贾梓豪}}在{{school:化德县第一小学四年级（2）班}}，班主任{{han:康振华}}老师给他免了校服费。
访谈者：第二个呢？
受访者：第二个是女孩{{han:智雨萱}}，八岁。父亲{{han:智建平}}眼睛失明，一级视力残疾；母亲{{han:贠秀花}}{{trap/word:智力}}残疾，身份证{{id_number@wmidx.150922}}。家在{{address:化德县朝阳镇德胜村四组5号}}。村支书{{han:霍长明}}说，{{han:智建平}}他以前是村里的拖拉机手，眼睛是被一场病弄坏的。儿童主任{{han:武翠萍}}每周入户两回，{{han:智雨萱}}也跟她亲，见了就喊阿姨。
访谈者：第三个呢？
受访者：第三个{{han:冀宇航}}，十三岁，身份证{{id_number@my2012hyphen.150922}}。父亲{{han:冀志刚}}盗窃，判了五年；母亲下落不明。孩子跟姑姑{{han:冀红霞}}在县城住，{{address:化德县长顺镇北苑小区7号楼3单元401室}}。姑姑电话{{mobile@plain}}，微信{{wechat:jihongxia_hd}}。孩子用他姑姑的旧手机上QQ，号码他念给我的：{{qq:1692038475}}。
访谈者：这三个孩子都享受了哪些政策？
受访者：{{han:贾梓豪}}是孤儿，按孤儿基本生活费，每月{{trap/number:一千五百九}}；另外两个按事实无人抚养儿童。{{han:冀宇航}}的监护问题走了法律程序，律师是{{compound:尉迟振宇}}，检察官是{{compound:司马书瑶}}，法院判给姑姑。县社工站派了{{compound:段干沐阳}}跟进，还有医生{{compound:公孙立伟}}给小姑娘做了体检。我们股长{{han:温向东}}批的字。
访谈者：案卷里有什么错吗？
受访者：不少。询问笔录上{{han:冀宇航}}写成{{spaced:冀 宇 航}}，{{han:贠秀花}}写成{{spaced:贠　秀　花}}；检察官签名是{{spaced:司 马 书 瑶}}，社工签名是{{spaced:段　干　沐　阳}}；{{han:贾梓豪}}一处写成{{spaced:贾梓 豪}}，一处写成{{han:贾梓豪}}。{{han:渠玉娥}}的电话{{mobile@h38}}，另一页把中间四位写错了，我一个个打过去才问对。
访谈者：孩子们现在怎么样？
受访者：头一个孩子跟奶奶过，奶奶腰弯得厉害，孩子十岁就会生火做饭了。福利院的{{han:秦淑珍}}院长说，要是奶奶哪天照顾不了，就接到福利院去。{{han:智雨萱}}懂事，放了学牵着她爸去村口晒太阳。{{han:冀宇航}}跟姑姑处得好，就是不提他爸。他姑姑说，等他爸出来，得先让他爸给孩子磕个头认错。
访谈者：入户的时候都看什么？
受访者：看吃的、住的、穿的，看孩子上没上学，有没有病。我们有个表，十几项，一项项打勾。可表上填不出来的东西最要紧：孩子见了你躲不躲，说话敢不敢看你的眼睛。第一年去奶奶家，孩子躲在门后头不出来；第三年去，他老远就跑出来给我开大门。这些东西不在案卷里，可我们都记着。
访谈者：县里有多少这样的孩子？
受访者：孤儿二十几个，事实无人抚养的七十多个，还有重残、重病家庭的孩子。我们股里三个人，一人管一个片，一年跑两万多公里。{{trap/place:乌兰察布}}市里每年来检查，看台账，看照片，看回访记录。有的孩子我看着从上小学到上大学，去年有一个考上了{{trap/place:呼和浩特}}的师范，走之前来股里给我们鞠了一躬。
访谈者：孩子们的心理问题怎么办？
受访者：社工站每个月来做一次团体活动，做游戏、画画、讲故事。有的孩子画的家里只有自己和奶奶，没有爸妈；有的画一座大房子，说等爸爸出来一起住。我们看了心里酸，可也知道，孩子心里有盼头，就还好。
访谈者：您做这行，最难的是什么？
受访者：是看着孩子长大，自己帮不上更多。{{trap/place:化德}}冬天冷，零下三十度，入户的路上车都打不着。我们股里有个老话，{{trap/famous:孟母}}三迁是为了孩子，我们跑三十趟也是为了孩子。孩子们有事就打{{trap/hotline:12345}}，也可以直接来股里找我。
""")

# H328: Han father in 许昌 (河南) who lost a leg at work; three children, his wife at a wig factory.
DOCS["H328"] = ("family", """\
访谈者：大哥，您说说您的情况吧。
受访者：我叫{{han:曹丰年}}，四十二，家在{{trap/place:许昌}}{{trap/place:建安区}}下面一个村。{{trap/year:2022年}}在{{trap/place:长葛}}一家钢厂干活，行车上的钢卷掉下来，砸了左腿，在{{trap/place:郑州}}截了肢。我老婆{{han:禹秀云}}在县城的假发厂上班，一个月两千多。三个孩子：大闺女{{han:曹梦瑶}}十五，二小子{{han:曹一鸣}}十二，小闺女{{han:曹乐乐}}六岁。
访谈者：孩子们在哪上学？
受访者：大闺女在{{school:建安区椹涧乡第一初级中学初三（1）班}}，班主任{{han:朱玉洁}}老师给她申请了助学金。{{han:曹一鸣}}在{{school:椹涧乡中心小学六年级（2）班}}，{{han:曹一鸣}}他数学好，老师让他参加县里的竞赛。{{han:曹乐乐}}在村里的幼儿园，园长{{han:潘桂琴}}给免了保育费。
访谈者：工伤赔偿拿到了吗？
受访者：一开始老板{{han:鄢国强}}不认账，说我是临时工。{{han:鄢国强}}那边找了人，想两万块打发我。后来{{trap/org:法律援助中心}}的律师{{compound:欧阳明哲}}帮我打劳动仲裁，打了一年，赔了{{trap/number:二十三万}}。{{compound:欧阳明哲}}说，腿没了，钱得拿足，孩子还要上学。
访谈者：家里现在靠什么？
受访者：赔的钱一部分还了看病的账，剩下的存着给孩子上学。村里给报了低保，三个孩子按困境儿童，每人每月有{{trap/number:四百八十}}的补贴。村支书{{han:王长河}}跑的手续，{{han:王长河}}他说这事得快。{{trap/org:县残联}}的{{han:孙振海}}给我装了假肢，还教我怎么走。儿童主任{{han:刘凤仙}}大姐每个月来一回，{{han:刘凤仙}}问得细，孩子吃啥、睡得好不好都问。
访谈者：孩子们心里怎么样？
受访者：大闺女说她不上高中了，要出去打工。我不让，她哭了一晚上。我找{{han:朱玉洁}}老师来家里劝，说这孩子成绩在年级前二十，不上可惜了。{{han:曹梦瑶}}后来想通了，说要考{{trap/place:郑州}}的护理学校。二小子倒是不吭声，就是夜里起来看我的腿。小的不懂，摸着假肢问：爸，这个疼不疼？
访谈者：出事那天的情况，您还记得吗？
受访者：记得。那天是夜班，凌晨三点，行车的钢丝绳断了，钢卷掉下来，我躲了一下没躲开。{{trap/word:许多}}工友跑过来，把我抬出来，送到县医院，又转到{{trap/place:郑州}}。醒过来腿就没了。我老婆在床边坐着，眼睛都哭肿了。我跟她说，人还在，家就在。那一个月，三个孩子放在我丈母娘家，小闺女天天问爸爸啥时候回来。
访谈者：装了假肢以后怎么样？
受访者：刚开始磨得疼，走十几步就得坐下。残联的人说要慢慢练，我就在院子里扶着墙走，一天走几百步。现在能骑电动三轮了，还能去集上卖筐。假肢五年得换一回，一回一万多，残联能补一部分。我老婆说，咱这腿是铁的，比肉的还结实。
访谈者：您老婆那边呢？
受访者：她累。白天在厂里做发套，一坐十个小时，眼睛都熬坏了；晚上回来还得做饭、洗衣裳、辅导作业。有时候我半夜醒了，看见她还在灯下给小闺女补衣裳。我欠她的，这辈子还不清。
访谈者：还有谁帮过你们？
受访者：镇民政所的{{han:郭兴业}}所长，逢年过节来送米面油。邻居{{han:李德胜}}帮我种麦、收麦，一分钱不要。{{han:李德胜}}家也不宽裕，他老婆{{han:陈秀英}}身体也不好。社工站的社工叫{{compound:漆雕晓光}}，跟他搭档的是{{compound:乐正浩然}}，他们给孩子们做心理辅导，带孩子去{{trap/place:鄢陵}}看花博会。
访谈者：平常您自己做点什么？
受访者：在家编筐，一个卖二十块。老辈人讲，{{trap/famous:曹操}}当年就在{{trap/place:许昌}}屯田，种地的人什么苦都吃过。俗话说说{{trap/famous:曹操}}曹操到，我姓曹，村里人拿这个跟我开玩笑，我也笑笑。
访谈者：登记表上的信息？
受访者：家在{{address:建安区椹涧乡曹庄村三组26号}}，老婆在厂里住的宿舍是{{address:魏都区文峰路西苑小区2号楼4单元602室}}。我身份证{{id_number@my1983fwspaced.411023}}。我电话{{mobile@fws}}，老婆的{{mobile@plus86}}。大闺女有个QQ，号码她写在日历上：{{qq:2648109375}}。我老婆的微信{{wechat:yuxiuyun_xc}}。
访谈者：表上名字写得对吗？
受访者：不全对。学校名单上二小子写成{{spaced:曹 一 鸣}}，残联的表上我老婆写成{{spaced:禹　秀　云}}，律师的名字在仲裁书上写成{{spaced:欧 阳 明 哲}}，大闺女的名字还被写成{{spaced:曹梦 瑶}}。
访谈者：您最盼什么？
受访者：盼三个孩子都念出来，别像我，靠力气吃饭，一条腿就把家压垮了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=321,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
