# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 75 (tests/pii/holdout75/H585-H592 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 74, written at the same time by another writer,
is not an earlier set).

Set 75 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
沽源 (张家口, 河北) whose wife is on dialysis, raising three children; a Tibetan grandmother in 洛扎 (山南) whose son
died when his truck overturned and whose daughter-in-law remarried in 错那; a Hui grandmother in 襄城 (许昌, 河南)
whose son is in prison, whose daughter-in-law works in 深圳 and whose husband had a stroke; a Han mother in 怀来
(张家口) with rheumatoid arthritis whose husband vanished in the coal mines, with three children who go by word
nicknames; a Han primary-school teacher in 栾川 (洛阳) who reaches the families of her pupils on WeChat and QQ; a
Uyghur grandfather from 莎车 selling nuts in 潍坊 (山东), his son in hospital in 喀什 and the grandchildren with him; a
Han court clerk in 禹州 (许昌) reading from the file of a case that took a drug-using father's guardianship away; and
a Han grandmother in 义县 (锦州, 辽宁) raising two grandsons whose father died on a building site. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to six characters (奥日格勒巴图, 呼格吉乐图雅, 孟克巴雅斯, 其木格高娃) with short forms after the full name (奥日格勒,
呼格吉乐她, 孟克就) and a Han surname before a Mongolian given name (白阿拉坦仓, 包朝格图) beside the Han names of the
same people (白振川, 白静姝); Lhoka Tibetan names (玉措曲珍, 群宗卓嘎, 昂旺达杰, 斯朗央金她, 嘎桑南杰他) with short
forms (群宗她, 昂旺的) and the Han names of Tibetans (唐欣妍, 龚建平); Hui Han-form names (海秀兰, 丁浩睿, 穆春香她)
beside 经名 used alone (祖海拉, 哈力德他, 凯里麦就, 阿斯亚) and a Han surname before an Arabic name (铁努哈, 米哈蒂彻,
穆达吾德, 海祖海拉); Uyghur given name + father's name with and without the dot (阿力木江·麦麦提, 阿力木江麦麦提,
麦吾兰·阿力木江) with short forms (麦麦提, 阿力木他, 努尔艾合麦提他, 麦吾兰就); Han word nicknames, annotated whole
(杏核说, 窝头也, 纽扣都); Han names with common and rarer surnames, with titles and kin words (贾志勇科长, 武秀芝大夫,
冯立军所长, 张凤芝婶子, 杨满园婶子), names that contain or end in words (宋满屯, 赵太平, 许平安, 丁国庆, 裴建设,
郜天乐, 李光明), names directly before particles and verbs (赵太平他们家, 齐永福那边, 郜长河那边, 张金山那边,
裴子轩他, 巴图敖都说) and after 叫/是/给/跟/和 (叫皇甫晓冬, 是段干子昂, 跟援藏来的宇文静岚); a name written twice
(齐永旺齐永旺, 岳振海岳振海); names spaced out character by character, a dotted name with spaces around the dot and
names split in two; compound surnames after ordinary words (皇甫, 段干, 宇文, 诸葛, 拓跋, 尉迟, 公孙, 赫连, 漆雕,
东方, 上官, 巫马, 慕容, 司马, 欧阳, 闾丘, 令狐, 长孙); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:闫翠萍}}``, ``{{qq:2705816349}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2010hyphen.130724}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 阿訇, 婶子,
队长, 法官) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 他, 她, 他们家,
那边) are outside the span; a word nickname (杏核, 窝头, 纽扣) is annotated whole. Han-style names of Mongolian,
Tibetan and Hui people (白振川, 龚建平, 海秀兰) are category han; a Han surname before a non-Han given name (白阿拉坦仓,
铁努哈, 海祖海拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout75/make_holdout75.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(75_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "135", "137", "139", "150", "152", "155", "156", "159", "166", "175", "177", "180",
                   "185", "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H585: Mongolian father in 沽源 (张家口, 河北); his wife is on dialysis, three children.
DOCS["H585"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:奥日格勒巴图}}，户口本上的汉名是{{han:白振川}}，今年四十三，在{{trap/place:沽源}}北边种莜麦，养了七头牛。村里人图省事，都喊我{{minority/mongolian:奥日格勒}}。老婆{{minority/mongolian:其木格高娃}}前年查出尿毒症，一个礼拜去{{trap/place:张家口}}透析三回，家里的钱全填到这上头了。
访谈者：孩子们多大了？
受访者：三个。大闺女{{minority/mongolian:呼格吉乐图雅}}十五，学校里用的汉名是{{han:白静姝}}，在{{school:沽源县第二中学初三（4）班}}住校；二小子{{minority/mongolian:孟克巴雅斯}}十一，家里叫他{{minority/mongolian:孟克}}，在{{school:平定堡镇第一小学五年级（1）班}}；老三{{minority/mongolian:图拉嘎}}才五岁，上村里的幼儿园。{{minority/mongolian:孟克}}就爱跟着我去喂牛，{{minority/mongolian:呼格吉乐}}她心细，放假回来先给她{{trap/minority_word:额吉}}量血压。
访谈者：您爱人生病以后，谁帮过你们？
受访者：头一个是村里的儿童主任{{han:闫翠萍}}，她把三个孩子报成困境儿童，又帮我们家办了低保，一个月{{trap/number:一千一百六}}。村支书{{han:王占魁}}跑了两趟{{trap/org:县民政局}}，民政局的{{han:贾志勇}}科长下来核查，看了看我们家的房子，当场就签了字。{{trap/org:乡卫生院}}的{{han:武秀芝}}大夫每礼拜来给我老婆抽血。县里社工站来了一男一女，女的叫{{compound:皇甫晓冬}}，男的是{{compound:段干子昂}}，{{compound:皇甫晓冬}}每回来都给老三带一兜子绘本。
访谈者：亲戚们呢？
受访者：我大哥{{minority/mongolian:巴图敖都}}在{{trap/place:多伦}}放羊，秋天卖了羊给我们拿过八千块。我老婆的妹妹{{minority/mongolian:塔娜图雅}}在县城饭店当服务员，礼拜天过来帮着洗衣裳做饭。{{minority/mongolian:巴图敖都}}说，弟弟你别愁，有哥哥在。还有我表叔{{minority/mongolian:萨其尔}}，他是老兽医，牛病了都是{{minority/mongolian:萨其尔}}来看，一分钱不要。
访谈者：孩子们在学校怎么样？
受访者：大闺女的班主任{{han:陈丽娜}}老师说孩子数学好，就是晚上老失眠，惦记家里。老二他们班的{{han:宋满屯}}老师是个老教师，知道我家的事，中午让孩子在他办公室吃饭。学校还给{{minority/mongolian:孟克}}免了伙食费。
访谈者：邻居们呢？
受访者：东院{{han:刘长栓}}家有四轮车，拉水、拉草都捎上我们家的。西院是{{minority/mongolian:包朝格图}}，也是蒙古族，会拉{{trap/minority_word:马头琴}}，过年过节来家里拉一段，孩子们高兴。他老伴{{han:张凤芝}}婶子腌的酸菜，一冬天给我们送了三缸。我们屯里还有个远房兄弟{{minority/mongolian:白阿拉坦仓}}，在县里开饭馆，孩子们进城看病就在他那儿落脚。
访谈者：您自己身体怎么样？地里的活忙得过来吗？
受访者：我腰椎间盘突出，{{trap/place:坝上}}风大，一到冬天就疼。春天种地是村里的{{han:张成林}}开着播种机帮我种的，秋天收莜麦，乡里的包村干部{{han:刘玉坤}}带着几个年轻人来帮了三天。我{{trap/word:白天}}干活，晚上给老婆做饭、给孩子们检查作业，一宿睡不了几个钟头。有时候累急了冲孩子发火，过后又后悔。社工{{compound:段干子昂}}跟我说，大人也得有个说话的地方，他隔些日子就来陪我抽根烟、唠唠嗑，我心里敞亮多了。
访谈者：过节的时候呢？
受访者：过年那几天我煮{{trap/minority_word:手把肉}}，老婆身子好的时候做{{trap/minority_word:奶豆腐}}。夏天乡里办{{trap/minority_word:那达慕}}，我带小子去看摔跤。晚上我给孩子们讲{{trap/famous:江格尔}}的故事，老三听着听着就睡着了。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:沽源县闪电河乡后营子村二组16号}}，老婆透析的时候在张家口租的房子是{{address:桥东区东兴小区4号楼2单元501室}}。我身份证{{id_number@my1982.130724}}，老婆的{{id_number@wy1984spaced.130724}}，大闺女的{{id_number@wy2010hyphen.130724}}。我电话{{mobile@plain}}，{{han:闫翠萍}}的电话{{mobile@s434}}。大闺女用的微信叫{{wechat:Hugjil_tuya10}}，她还有个QQ，说是跟同学对作业的，号码我记在挂历背面了，写的是{{qq:2705816349}}。
访谈者：名字登记得对吗？
受访者：不大对。低保表上我成了{{spaced:奥 日 格 勒 巴 图}}，一个字一个空；孩子妈是{{spaced:其木格 · 高娃}}；学校名单上大闺女写成{{spaced:呼　格　吉　乐　图　雅}}，老二是{{spaced:孟　克　巴　雅　斯}}。
访谈者：您最盼什么？
受访者：盼老婆能等上肾源。{{han:武秀芝}}大夫说排上了，就是得等。孩子们都懂事，就是苦了他们。大闺女说她考上高中就去学护理，回来给她额吉扎针不疼。我听了高兴，又心疼，这么点的孩子，想的都是大人的事。
""")

# H586: Tibetan grandmother in 洛扎 (山南); her son died on the road, his wife remarried.
DOCS["H586"] = ("family", """\
访谈者：阿妈啦，您身体还好吧？我们就在院子里聊。
受访者：好着呢。我叫{{minority/tibetan:玉措曲珍}}，今年六十九，一辈子住在{{trap/place:洛扎}}。老伴{{minority/tibetan:平措次培}}走了六年。儿子{{minority/tibetan:旺青罗布}}前年冬天跑运输，车翻在{{trap/place:山南}}去{{trap/place:拉萨}}的山路上，人没了。儿媳{{minority/tibetan:白拉央宗}}第二年改嫁去了{{trap/place:错那}}，两个孙辈就留给了我。
访谈者：孩子们叫什么？多大了？
受访者：孙女{{minority/tibetan:群宗卓嘎}}十四岁，我们叫她{{minority/tibetan:群宗}}，在{{school:洛扎县中学初二（2）班}}；孙子{{minority/tibetan:昂旺达杰}}九岁，家里喊他{{minority/tibetan:昂旺}}，在{{school:拉康镇完全小学三年级（1）班}}。{{minority/tibetan:群宗}}她今年考上了内地西藏班，秋天要去{{trap/place:天津}}念书，老师给她起了个汉名叫{{han:唐欣妍}}。
访谈者：孩子们爸爸走了以后，家里怎么过？
受访者：我有两亩青稞地，还养了四头牦牛。乡里给孩子们办了孤儿基本生活费，一人一个月{{trap/number:一千四百五}}，我也有低保。驻村工作队的{{han:韩立峰}}队长是河南人，他天天往我家跑，手续都是他跟乡里的民政专干{{minority/tibetan:斯朗央金}}一起办的。{{minority/tibetan:斯朗央金}}她藏文汉文都写得好，表格都是她帮我填。
访谈者：学校里呢？
受访者：{{minority/tibetan:昂旺}}的班主任{{minority/tibetan:格旺拉姆}}老师，跟援藏来的{{compound:宇文静岚}}老师一起来家访过。{{compound:宇文静岚}}老师教孩子们画画，{{minority/tibetan:昂旺}}画了一头牦牛，贴在我家墙上。孙女的数学老师是{{han:王春涛}}，湖南人，说孙女聪明，就是不爱说话。
访谈者：村里还有谁帮你们？
受访者：村里的儿童主任{{minority/tibetan:尼琼卓嘎}}，她每个月来两回，看看孩子有没有吃好、穿暖。{{trap/org:乡卫生院}}的{{han:李春蕊}}大夫给我看关节，说我这是老寒腿，给了膏药。邻居{{minority/tibetan:罗追顿旦}}帮我们家犁地，收青稞的时候全村人都来了。县里的社工站有个小伙子叫{{compound:诸葛天翊}}，还有{{compound:拓跋雨棠}}，他们夏天组织孩子们去{{trap/place:羊卓雍措}}边上露营。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}我炸{{trap/minority_word:卡赛}}，打{{trap/minority_word:酥油茶}}。秋天过{{trap/minority_word:望果节}}，孩子们跟着转田地。晚上我给他们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事，也讲{{trap/famous:米拉日巴}}修行的事。
访谈者：孙女去天津念书，您舍得吗？
受访者：舍不得也得让她去。去年县教育局的{{han:陈海燕}}老师来家里讲内地西藏班的事，说吃住都是国家管，一年还能回来一趟。我跟她说，我一个老婆子，不懂这些，你们说好就好。孙子哭了好几天，说姐姐走了没人给他讲故事。{{han:韩立峰}}队长说，到时候用他的手机跟天津那边视频，让姐弟俩隔几天就见一面。我想，这就跟她爸爸出门跑车一样，早晚会回来的。
访谈者：孩子们的外婆家呢？
受访者：外婆{{minority/tibetan:仁措拉姆}}住在{{trap/place:措美}}，身体也不好。舅舅{{minority/tibetan:嘎桑南杰}}在拉萨开茶馆，汉名叫{{han:龚建平}}，每年藏历年给孩子们寄钱。{{minority/tibetan:嘎桑南杰}}他说，等{{minority/tibetan:群宗}}去了天津，路费他出。
访谈者：孩子们平时放了学做什么？
受访者：孙子去放牦牛，孙女在家做饭、洗衣裳。村里新盖了儿童之家，县团委的{{han:周晓军}}带着志愿者每个礼拜六来，教孩子们下棋、踢球。孙子就爱往那儿跑，回来跟我讲今天又赢了谁。
访谈者：要登记住址、证件和电话。
受访者：家在{{address:洛扎县拉康镇杰麦村二组11号}}。儿媳改嫁以后住在{{address:错那县城东小区3号楼1单元202室}}。我身份证{{id_number@wy1956.540527}}，孙女的{{id_number@wy2011fullwidth.540527}}，孙子的{{id_number@my2016spaced.540527}}。我不会用手机，电话是孙女的：{{mobile@spaced}}。{{minority/tibetan:尼琼卓嘎}}的电话{{mobile@plus86}}，她的微信叫{{wechat:nyiqiong_zhuoga}}。孙女有QQ，跟天津的老师联系用，号码是{{qq:1387024596}}。
访谈者：表上名字写得对吗？
受访者：不一样。我在低保卡上是{{spaced:玉 措 曲 珍}}，孙女在学校名单上是{{spaced:群　宗　卓　嘎}}，孙子写成了{{spaced:昂旺 达杰}}，工作队的表上我又成了{{spaced:玉措 曲珍}}。
访谈者：您最大的心愿呢？
受访者：孩子们念书念出去。我老了，能做的就是每天早上去{{trap/minority_word:煨桑}}，求菩萨保佑他们。孙子说他长大要开大车，我说不行，开车太危险，你爸就是这么没的。他说那就当老师，回村里教书。我说这个好，奶奶等着。
""")

# H587: Hui grandmother in 襄城 (许昌, 河南); her son is in prison, his wife works in 深圳, her husband had a stroke.
DOCS["H587"] = ("family", """\
访谈者：大娘，您先说说家里的情况。
受访者：我叫{{han:海秀兰}}，经名{{minority/hui:祖海拉}}，今年六十七，家在{{trap/place:襄城}}县城南关，离{{trap/org:清真寺}}不远。老头子{{han:丁德顺}}前年中风，半边身子不能动。儿子{{han:丁国庆}}在{{trap/place:许昌}}开出租，前年夜里拉了个喝醉的，跟人打起来，失手把人打成重伤，判了四年。儿媳{{han:穆春香}}去{{trap/place:深圳}}进了电子厂，说是挣钱还赔偿款，一年回来一趟。家里俩孩子跟着我们。
访谈者：孩子们多大了？
受访者：大孙子{{han:丁浩睿}}十二，经名{{minority/hui:哈力德}}，在{{school:襄城县回民小学六年级（2）班}}；小孙女{{han:丁梓萌}}七岁，经名{{minority/hui:凯里麦}}，在{{school:城关镇第三小学一年级（5）班}}。家里都叫经名。{{minority/hui:哈力德}}他懂事，放了学先去给他爷爷翻身、擦洗。{{minority/hui:凯里麦}}就爱黏着我，晚上不搂着我睡不着。
访谈者：孩子知道爸爸的事吗？
受访者：知道。班上有孩子笑话{{minority/hui:哈力德}}，说他爸是劳改犯，他跟人打了一架。班主任{{han:马晓红}}老师把那几个孩子叫到办公室，又在班会上讲，谁家都有难处。后来他跟那几个孩子倒成了朋友。
访谈者：这些年谁帮过你们？
受访者：社区的儿童主任{{han:金玉芝}}，她给俩孩子报了事实无人抚养，一人一个月{{trap/number:一千二百六}}。社区书记{{han:沙长林}}帮我们家申请了低保，还让老头子进了家庭医生的名单，社区医生{{han:楚建民}}一个礼拜上门两回。寺里的{{minority/hui:铁努哈}}阿訇说，这俩孩子就是坊上的孩子，散{{trap/minority_word:乜贴}}的时候给我们家多留一份。{{minority/hui:铁努哈}}的老伴{{minority/hui:米哈蒂彻}}常来家里坐，帮我择菜、揉面。{{trap/org:县民政局}}的{{han:李进宝}}来入户，看了看老头子，又看了看孩子的作业本，说有啥难处直接打他电话。县里社工站来过两个姑娘，一个叫{{compound:尉迟梦溪}}，一个是{{compound:公孙若曦}}，后来又来了个小伙子叫{{compound:赫连志恒}}，教{{minority/hui:哈力德}}下象棋。
访谈者：孩子们在学校还有谁照顾？
受访者：回民小学的校长{{han:马国宾}}也是回族，知道我们家的事，给孩子减了伙食费，冬天还发了棉袄。小孙女的老师{{han:庞秀芝}}年轻，每天放学把她送到巷子口，看着她进了家门才走。
访谈者：孩子妈妈呢？
受访者：{{han:穆春香}}她每个礼拜跟孩子视频一回，上夜班，眼睛熬得通红。她娘家哥哥{{minority/hui:穆达吾德}}在{{trap/place:平顶山}}卖牛肉，逢年过节送来两条牛腿。邻居{{han:海长青}}他们家开{{trap/word:清真}}饭馆，孩子们放了学常在他家吃碗{{trap/word:烩面}}，他也不要钱。他儿子{{minority/hui:宰德}}上初中，常给{{minority/hui:凯里麦}}讲题。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，{{trap/minority_word:古尔邦节}}寺里宰牛分肉。老头子能说话的时候给孩子讲{{trap/famous:海瑞}}罢官的故事，说做人要直，不能贪。现在他说不了话了，就拿眼睛看着孩子们，孩子们一喊爷爷，他就掉眼泪。
访谈者：您自己身体呢？
受访者：我有糖尿病，一天打两回针。{{trap/word:马上}}七十的人了，有时候真怕自己哪天倒下。儿子在里头写信回来，说娘你再熬几年，我出来好好干。我把信念给孙子听，孙子也写了一封，说爸我等你。监狱里的管教{{han:金长顺}}打电话说，孩子的信他念给儿子听了，儿子哭了一宿。
访谈者：要登记地址和号码。
受访者：家在{{address:襄城县城关镇南关社区清真东街5排9号}}，儿媳在深圳租的房子是{{address:宝安区福永街道凤凰小区7号楼3单元608室}}。我身份证{{id_number@wy1958.411025}}，老头子的{{id_number@moldhyphen.411025}}，大孙子的{{id_number@my2013.411025}}。我电话{{mobile@hyphen}}，儿媳的{{mobile@plus86spaced}}，她的微信是{{wechat:Chunxiang_Mu0612}}。大孙子有个QQ号，说是班里打卡用的，号码他写在我那个药盒子上了：{{qq:２９０６３８１７５}}。
访谈者：名字登记得对吗？
受访者：各是各的。有的表上我是{{spaced:海 秀 兰}}，有的写成{{minority/hui:海祖海拉}}，把经名跟姓连一块了。大孙子在学校是{{spaced:丁　浩　睿}}，小孙女的医保卡上是{{spaced:凯里 麦}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人团团圆圆的。孩子们好好念书，别走他爸的老路。我天天在寺里做完礼拜就求这个。等孙子长大了，我也就放心了，到那时候走也走得安心。
""")

# H588: Han mother in 怀来 (张家口); her husband went to the coal mines and vanished; three children with word nicknames.
DOCS["H588"] = ("family", """\
访谈者：大姐，家里几口人？
受访者：四口，我跟仨孩子。我叫{{han:田秀芳}}，住在{{trap/place:怀来}}{{trap/place:沙城}}东边的村里。孩子他爸{{han:齐永旺}}前些年去{{trap/place:鄂尔多斯}}煤矿上干活，头两年还往家打钱，后来电话也不接了，到现在四年没音信。我有类风湿，手指头都变了形，重活干不了，就在村里的果园帮人疏果，一天挣八十。
访谈者：孩子们多大？
受访者：老大是闺女，{{han:齐雨桐}}，十四，小名{{han:杏核}}，生她那年杏树结得多。老二是小子，{{han:齐浩宇}}，十岁，小名{{han:窝头}}，生下来圆滚滚的。老三{{han:齐佳琪}}五岁，我们叫她{{han:纽扣}}。{{han:杏核}}在{{school:怀来县沙城第三中学初二（5）班}}，{{han:窝头}}在{{school:东花园镇中心小学四年级（3）班}}。{{han:杏核}}说她长大要当医生，给我治手。{{han:窝头}}也爱念书，就是写字慢，一篇作文能写一晚上。{{han:纽扣}}都五岁了，还天天问爸爸啥时候回来。
访谈者：孩子爸找不到，手续怎么办的？
受访者：村里的儿童主任{{han:孟春雨}}跟我说，孩子爸找不着，可以报事实无人抚养，得去派出所开证明。派出所的{{han:冯立军}}所长帮着查了，说人在系统里两年多没露过面，给开了失联的证明。村主任{{han:赵太平}}他们家跟我们是老邻居，他跑乡里、跑县里，{{trap/org:县民政局}}的{{han:许平安}}科长说材料齐了就批。现在一个孩子一个月{{trap/number:九百八}}，我也吃上了低保。
访谈者：孩子们的爷爷奶奶呢？
受访者：爷爷没了，奶奶{{han:常桂兰}}跟着孩子大伯{{han:齐永福}}过。{{han:齐永福}}那边也不宽裕，可每回来都给孩子们塞钱。他说，一家人要{{trap/word:齐心}}，老二不回来，老大就替他管。我娘家妹妹{{han:田秀云}}在{{trap/place:北京}}当保姆，寒假把{{han:杏核}}接过去住了半个月，带着去了趟天安门。
访谈者：学校那边呢？
受访者：{{han:杏核}}的班主任{{han:李光明}}老师给她申请了助学金，一学期一千。{{han:窝头}}的老师{{han:陈春晖}}是个年轻姑娘，知道他爸的事以后，让他当了班里的图书管理员，说让孩子有点事干，心就不空了。县里社工站的{{compound:漆雕子豪}}跟他同事{{compound:东方语彤}}每个月来一回，给孩子们做小组活动，画“我的家”。{{han:窝头}}画了四个人，没画他爸。
访谈者：邻居们怎么样？
受访者：好着呢。前院{{han:张金山}}那边是开拖拉机的，我家那点地都是他帮着种；后院的{{han:杨满园}}婶子常过来帮我洗衣裳。还有村医{{han:刘春来}}，我手疼得厉害了就找他扎针，他说这病得常年吃药，不能断。
访谈者：过年过节呢？
受访者：正月十五村里扭秧歌，{{han:纽扣}}就跟在队伍后头跑。我给孩子们讲{{trap/famous:穆桂英}}挂帅，说女人也能顶门立户。过年包饺子，我手不行，{{han:杏核}}擀皮，{{han:窝头}}包，包得歪歪扭扭的，我们娘几个吃得也香。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：最难的是孩子病了。去年冬天{{han:纽扣}}半夜发高烧，我手疼抱不动她，是{{han:杏核}}背着妹妹，我打着手电，娘仨走了二里地到卫生室。那天晚上我坐在床边想，这个家不能散，我得撑着。
访谈者：要登记住址和号码。
受访者：家在{{address:怀来县东花园镇西榆林村四组23号}}，孩子爸最后一回寄钱的地址是{{address:东胜区天骄小区9号楼2单元1103室}}。我身份证{{id_number@wy1985x.130730}}，孩子爸的{{id_number@my1982hyphen.130730}}，老大的{{id_number@wy2011quad.130730}}。我电话{{mobile@s38}}，{{han:孟春雨}}的{{mobile@plain}}，我的微信{{wechat:tianxiufang_hl}}。{{han:杏核}}有个QQ，号码她写在作业本皮上了，我给你念：{{qq:3128407956}}。
访谈者：名字写得对吗？
受访者：有写错的。老大在低保名单上是{{spaced:齐 雨 桐}}，老二在学校花名册上是{{spaced:齐浩 宇}}，我在残联的表上是{{spaced:田　秀　芳}}。派出所的证明上把孩子爸写成了{{han:齐永旺}}{{han:齐永旺}}，名字填了两遍。
访谈者：您最盼什么？
受访者：盼孩子他爸有个信儿，活着就回来，不回来也给孩子们一句话。再就是盼着孩子们都能念出去，别像我这样。我这手是不行了，可脑子还清楚，能给孩子们看着作业，能听他们说说学校里的事，这就够了。
""")

# H589: Han primary-school teacher in 栾川 (洛阳) going through the children in distress of her class, and how she
# reaches their families on WeChat and QQ.
DOCS["H589"] = ("teacher", """\
访谈者：{{han:常丽娟}}老师，您班上有几个困境儿童？
受访者：我教的是{{school:栾川县潭头镇第二小学四年级（2）班}}，四十一个孩子，登记在册的困境儿童有五个，留守的就更多了。家长大多在外头，有事都是微信、QQ上说。
访谈者：先说第一个。
受访者：{{han:裴子轩}}，十岁。他爸{{han:裴建设}}以前在矿上打钻，得了尘肺病，现在喘不上气，离不了制氧机。他妈前年走了，再没回来。孩子跟奶奶{{han:任桂香}}过，奶奶不会用手机，有事我找他叔叔{{han:裴建业}}，微信是{{wechat:peijianye_lc79}}。{{han:裴子轩}}他作业本上老是画矿车，我问他，他说想让他爸的肺变干净。
访谈者：第二个呢？
受访者：{{han:焦梦琪}}，父母都在{{trap/place:郑州}}打工，跟姥爷{{han:宁德旺}}住。她爸{{han:焦国梁}}在工地，她妈{{han:董晓燕}}在饭店，我有事就找她妈，微信叫{{wechat:dongxy_0318}}。孩子自己有QQ，是她妈给注册的，说是视频用，号我存着呢，你看，{{qq:1602935478}}。{{han:焦梦琪}}就是太想妈妈了，每回视频完都要哭一场。
访谈者：第三个？
受访者：第三个是回族孩子，{{han:马欣怡}}，经名叫{{minority/hui:阿斯亚}}。她爸{{minority/hui:艾哈麦德}}跑货车，去年冬天在高速上出了事，人没了。她妈{{han:潘秋菊}}改嫁去了{{trap/place:洛阳}}，孩子跟奶奶。孩子的伯父给她报了孤儿基本生活费，一个月{{trap/number:一千三百八}}。{{han:马欣怡}}说，她长大要当交警。
访谈者：还有呢？
受访者：{{han:郜天乐}}，九岁，爹妈前年在{{trap/place:伊河}}边上翻了三轮车，一个都没救过来，现在跟大伯{{han:郜长河}}一家过。{{han:郜长河}}那边自己也有三个孩子，日子紧。还有{{han:丁小满}}，他妈{{han:靳丽萍}}是聋哑人，他爸在外面打零工。{{han:丁小满}}也会手语，他妈来开家长会，他在旁边给她比划。他QQ号是他自己告诉我的，说老师有事就找他：{{qq:2817463059}}。
访谈者：谁跟您一起帮这些孩子？
受访者：校长{{han:王新民}}，心理老师{{compound:上官书瑶}}，还有镇上的儿童督导员{{han:黄海燕}}。村里的儿童主任{{han:谢玉兰}}管登记，镇民政所的{{han:贾国富}}管审批。县里社工站派来的是{{compound:巫马佳怡}}，跟她一起的志愿者叫{{compound:慕容可馨}}，每个礼拜三下午来，陪孩子们读绘本、做手工。
访谈者：您自己怎么跟家长们联系？
受访者：我建了个群，二十多个家长都在里头。有的家长一个月不说一句话，有的半夜给我发语音。我{{trap/word:宁可}}自己少睡会儿，也得回。学校给的{{trap/word:任务}}是每个礼拜家访一户，我一般走两户。山路远，{{han:裴子轩}}家在山坳里，骑电动车得四十分钟。
访谈者：这些孩子在学校里跟别的孩子有什么不一样吗？
受访者：有的特别闷，一节课不说一句话；有的特别闹，老想让人注意他。我跟心理老师商量，给每个孩子找一个小伙伴，同桌互相帮着。下雨天山路滑，住得远的孩子中午就在学校吃住，学校腾出一间教室放了十张床。冬天教室冷，县里给装了空气能，孩子们的手不再冻得通红了。
访谈者：过节的时候呢？
受访者：六一我们带孩子们去{{trap/place:老君山}}，讲{{trap/famous:老子}}骑青牛出关的故事。中秋节学校给困境儿童每人发两斤月饼。
访谈者：要登记他们的信息。
受访者：{{han:裴子轩}}家在{{address:栾川县潭头镇汤营村五组27号}}，他爸的身份证是{{id_number@my1978spaced.410324}}，电话{{mobile@h38}}。{{han:郜长河}}的电话{{mobile@p86n}}。{{han:郜天乐}}的表姐在{{school:栾川县第一初级中学初一（3）班}}，也是我以前的学生，她微信是{{wechat:gaoxiaoyu_2011}}。我自己的QQ{{qq:906513724}}，学校的表上都有。
访谈者：孩子们的名字录系统时有问题吗？
受访者：有。{{compound:上官书瑶}}老师给我看过，系统把她自己写成了{{spaced:上 官 书 瑶}}，把{{han:郜天乐}}录成了{{spaced:郜 天 乐}}，把{{han:焦梦琪}}录成{{spaced:焦梦 琪}}。
访谈者：最后您想说什么？
受访者：这些孩子缺的不光是钱，是有人天天惦记着他们。我教书二十年了，送走了好几拨这样的孩子，有的考上了大学，回来看我，说老师你当年给我的那碗面我一直记着。那时候我就想，当老师的，能做的事也许不多，可对有的孩子来说，那就是一辈子。
""")

# H590: Uyghur grandfather from 莎车 selling nuts in 潍坊 (山东); his son is in hospital in 喀什, the grandchildren with him.
DOCS["H590"] = ("family", """\
访谈者：大爷，您在这儿摆摊多少年了？
受访者：八年了。我叫{{minority/uyghur:麦麦提·吾守尔}}，老家在{{trap/place:莎车}}，在{{trap/place:潍坊}}这个菜市场门口卖干果，{{trap/word:巴旦木}}、杏仁、葡萄干都有。这里的人叫我新疆大爷，认识的都喊我{{minority/uyghur:麦麦提}}。老伴{{minority/uyghur:阿依姑丽·托乎提}}前年在老家病死了。
访谈者：孙子孙女怎么跟着您来了？
受访者：儿子{{minority/uyghur:阿力木江·麦麦提}}得了肝硬化，在{{trap/place:喀什}}住院，一年里倒有半年在医院。儿媳{{minority/uyghur:热孜宛古丽·亚森}}在{{trap/place:广州}}的饭馆打工，挣的钱都给他看病了，顾不上孩子。我就把两个孙辈接到这边来了。孙子{{minority/uyghur:努尔艾合麦提·阿力木江}}十二岁，我们叫他{{minority/uyghur:努尔艾合麦提}}；孙女{{minority/uyghur:麦吾兰·阿力木江}}八岁，叫她{{minority/uyghur:麦吾兰}}。
访谈者：孩子们在这边上学吗？
受访者：上。{{minority/uyghur:努尔艾合麦提}}在{{school:奎文区新华路小学六年级（3）班}}，{{minority/uyghur:麦吾兰}}在同一个学校二年级。刚来的时候汉话说不利索，{{minority/uyghur:麦吾兰}}就哭，不肯去。班主任{{han:桑秀英}}老师天天放学留她半个钟头，教她认字、说话。现在她说潍坊话比我还溜。{{minority/uyghur:努尔艾合麦提}}他爱踢球，学校的体育老师{{han:邵长江}}让他进了校队。
访谈者：在这边谁帮过你们？
受访者：社区主任{{han:臧丽华}}，她帮孩子们办了借读，又跟民政上说，孩子爸重病，妈不在身边，给报了困境儿童，一个月有{{trap/number:六百五}}的补助。网格员{{han:王洪波}}隔三岔五来看看，冬天给我们送了两床被子。市场管理员{{han:邢德胜}}知道我家的事，摊位费给我免了一半。房东{{han:孙福全}}也是好人，房租三年没涨。社区里的大学生志愿者{{han:聂慧敏}}每个礼拜来两回，给孩子辅导作业。还有市里社工站的{{compound:司马雪薇}}，跟她同事{{compound:欧阳嘉禾}}，带孩子们去放过风筝。
访谈者：看病方便吗？
受访者：社区医院的{{han:吴春雷}}大夫给我看血压，不收挂号费。派出所的民警{{han:黄晓光}}帮我把居住证办下来了，他说有事就打{{trap/number:110}}，别怕。
访谈者：老家的亲戚呢？
受访者：孩子们的姑姑{{minority/uyghur:古海尔·乌买尔}}是我老伴那边的侄女，在莎车照顾儿子。一起卖干果的{{minority/uyghur:牙合甫·斯拉木}}是我同乡，他进货的时候帮我捎货，不收运费。{{minority/uyghur:阿力木}}他在医院里打电话，总说爸你辛苦了，把孩子们拉扯大。
访谈者：一个人带两个孩子，还要出摊，忙得过来吗？
受访者：忙不过来也得忙。早上五点起来给孩子们做饭，送他们上学，七点出摊，下午四点收摊去接。冬天风大，手上裂口子，抹了药接着干。生意好的时候一天能卖三四百，不好的时候一百都不到。孩子们放了假就在摊子边上写作业，有熟客来了还帮着称秤、找钱。孙子说，爷爷，等我长大了，你就不用这么累了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}我做{{trap/minority_word:抓饭}}，请{{han:臧丽华}}主任、{{han:孙福全}}他们来吃。孩子们想老家，我就给他们讲{{trap/famous:阿凡提}}的故事。{{han:邢德胜}}给我讲过一个当官的叫{{trap/famous:郑板桥}}，说他在潍坊当过县太爷，写过“难得糊涂”。
访谈者：要登记住址和号码。
受访者：老家在{{address:莎车县托木吾斯塘乡巴格万村4组18号}}，在潍坊租的房子是{{address:奎文区东关街道民主小区11号楼2单元402室}}。我身份证{{id_number@mold.653125}}，孙女的{{id_number@wy2017fwspaced.653125}}。我电话{{mobile@fws}}，儿媳的{{mobile@p86h}}，她的微信{{wechat:reziwan_gz0909}}。孙子有个QQ，说跟他爸视频用，QQ号码是他自己写在我本子上的，{{qq:3051792846}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。户口本上儿子是{{minority/uyghur:阿力木江·麦麦提}}，医院的单子上是{{minority/uyghur:阿力木江麦麦提}}，没有点；社区的表上成了{{spaced:阿力木江 · 麦麦提}}。孙子在学校名单上是{{spaced:努 尔 艾 合 麦 提}}，在借读证上是{{spaced:努尔艾合麦提 阿力木江}}，孙女写成{{spaced:麦　吾　兰}}。
访谈者：您最大的愿望呢？
受访者：盼儿子病好了，一家人在一块。孙子说要在潍坊考高中，考上了我就接着在这儿卖干果。我跟他说，爷爷的腿还行，再卖十年没问题。他妈也说，等他爸的病稳住了，她就回来，一家人在潍坊租个大点的房子。
""")

# H591: Han court clerk in 禹州 (许昌) reading from the file of a case that took a drug-using father's guardianship away.
DOCS["H591"] = ("court", """\
访谈者：您先介绍一下这个案子吧。
受访者：我叫{{han:宫春雨}}，在{{trap/org:禹州市人民法院}}少年家事审判庭当书记员。这个案子是去年立的，申请撤销监护人资格。孩子叫{{han:岳子晨}}，九岁，在{{school:禹州市褚河镇中心小学三年级（4）班}}。他爸{{han:岳振海}}吸毒，两回强制戒毒，喝醉了就打孩子，有一回用皮带把孩子抽得满背是血，是班主任{{han:付春艳}}老师发现了报的警。他妈{{han:韦春艳}}五年前就走了，一直联系不上。
访谈者：谁提出的申请？
受访者：村民委员会提的，村委会主任{{han:冀建国}}是代表。孩子的奶奶{{han:岳秋菊}}作为第三人，愿意当监护人。{{trap/org:市民政局}}派了{{han:吴建平}}出庭，说奶奶要是身体不行了，民政部门兜底。村里的儿童主任{{han:苗翠英}}出具了情况说明，派出所的{{han:史进财}}警官出庭作证。邻居{{han:赵海涛}}也作了证，说孩子冬天穿着单鞋在他家门口站了一宿。孩子的姥爷，也就是{{han:岳振海}}的{{trap/word:岳父}}，早些年就不在了。
访谈者：庭上谁审的？
受访者：审判长是{{compound:闾丘振宇}}，合议庭里还有法官{{compound:令狐晓楠}}和人民陪审员{{han:周德明}}。{{trap/org:法律援助中心}}指派给孩子的律师叫{{compound:长孙文翰}}，社工站来做社会观护的是{{compound:赫连雪梅}}。{{compound:赫连雪梅}}去孩子家走访了四回，写了十几页的观护报告，里头有一句，孩子说他最怕天黑，天黑了他爸就回来了。
访谈者：结果呢？
受访者：撤销了父亲的监护人资格，指定奶奶为监护人，判他每月给孩子付{{trap/number:八百元}}抚养费。他人还在戒毒所，钱一时拿不出来，法院给孩子申请了司法救助，一次给了{{trap/number:三万元}}。判完以后，{{compound:令狐晓楠}}法官又带着我们回访了两趟，看奶奶钱够不够花、孩子上学有没有人接送。奶奶说，孩子现在晚上敢关灯睡觉了。
访谈者：孩子在庭上说话了吗？
受访者：没让他上庭，怕再吓着他。合议庭在法院的儿童观护室里单独问的，屋里摆着沙发、绘本和玩具，墙刷成了淡黄色。心理咨询师在旁边陪着，问他想跟谁过，他想了好半天，说想跟奶奶，还想养一只小狗。问他想不想爸爸，他低着头不说话，手一直抠着沙发上的线头。出来以后奶奶抱着他哭，他倒没哭，还给奶奶擦眼泪。我做记录的时候手都在抖，干了这么多年书记员，这样的孩子见得多了，可每回都难受。
访谈者：判决以后孩子的生活有变化吗？
受访者：有。孩子按事实无人抚养儿童纳入了保障，每个月有{{trap/number:一千零五十}}，学校给减免了餐费，村里把奶奶家漏雨的旧房子修了修。奶奶腿脚不好，村里安排了一个志愿者每天早上送孩子上学。
访谈者：卷宗里登记的身份信息是怎么写的？
受访者：我念给你听。第三人{{han:岳秋菊}}，身份证号{{id_number@woldspaced.411081}}，住{{address:禹州市褚河镇岳庄村六组31号}}；被申请人{{han:岳振海}}，{{id_number@my1986fullwidth.411081}}，原住{{address:钧台街道滨河小区5号楼1单元302室}}；孩子，{{id_number@my2015hyphen.411081}}。奶奶的电话{{mobile@spaced}}，{{han:苗翠英}}的电话{{mobile@plus86dash}}。孩子他妈以前用的微信是{{wechat:weichunyan_1990}}，我们发了好几回消息，一直没回。
访谈者：卷宗里名字有没有写乱的？
受访者：有。笔录上有一页把被申请人写成{{han:岳振海}}{{han:岳振海}}，连着写了两遍；送达回证上奶奶的名字是{{spaced:岳 秋 菊}}，孩子妈是{{spaced:韦　春　艳}}；观护报告里孩子写成{{spaced:岳子 晨}}；合议庭成员表上审判长打成了{{spaced:闾 丘 振 宇}}，{{compound:令狐晓楠}}法官成了{{spaced:令　狐　晓　楠}}，我得一个个改过来。
访谈者：这类案子多吗？
受访者：一年十来件，大多是爹妈吸毒、坐牢、打孩子。我们这儿出{{trap/word:钧瓷}}，老人常说，瓷器进了窑，出来是啥样谁也说不准，孩子也是。老话说{{trap/famous:大禹}}治水三过家门而不入，那是为了天下人；这些当爹的不回家，是为了自己。遇到孩子受了伤害，谁都可以打{{trap/number:12338}}或者直接报警。我们庭里还在村里、学校办过好几回普法课，讲的就是这个：孩子不是哪一家的私产，大人护不住，国家来护。
""")

# H592: Han grandmother in 义县 (锦州, 辽宁) raising two grandsons; her son died on a building site, his wife remarried.
DOCS["H592"] = ("family", """\
访谈者：大娘，您先说说家里的情况。
受访者：我叫{{han:温淑珍}}，今年六十五，住在{{trap/place:义县}}城西的村里。老头子死得早，我就一个儿子，叫{{han:邵立成}}，在{{trap/place:锦州}}工地上干瓦工，前年秋天从脚手架上掉下来，送到医院人就不行了。儿媳{{han:栾晓丽}}过了一年改嫁去了{{trap/place:黑山}}，两个孙子她没带走，说那边容不下。
访谈者：孙子们多大了？
受访者：大孙子{{han:邵子墨}}十二，在{{school:义县第三初级中学初一（2）班}}；小孙子{{han:邵天佑}}八岁，在{{school:城关镇河北小学二年级（3）班}}。大的懂事，放了学先把炉子生上，再写作业。小的淘，可心眼好，看我腰疼就给我捶背。{{han:邵天佑}}说他长大要盖大楼，不从架子上掉下来。我听了心里一酸。
访谈者：孩子爸走了以后，谁帮过你们？
受访者：工地赔了点钱，我给孩子们存着，一分没敢动。村里的儿童主任{{han:盖玉芬}}帮我给俩孩子办了孤儿基本生活费，一人一个月{{trap/number:一千一百五}}，我也有低保。村书记{{han:滕宝山}}过年给送米送油。{{trap/org:县民政局}}的{{han:王文杰}}来入户，看我家房子漏雨，给报了危房改造，去年{{trap/word:盖房}}的钱是政府出的。
访谈者：学校那边呢？
受访者：{{han:邵子墨}}的班主任{{han:杨丽新}}老师，每个月给我打一回电话，说孩子成绩中上，就是不爱跟人说话。学校还给他免了住宿费。县里社工站有个姑娘叫{{compound:慕容思齐}}，她来给孩子做辅导，陪他下棋，一来就是一下午。大孙子跟她说了好多心里话，跟我都不说。
访谈者：您身体怎么样？
受访者：腰不好，血压也高。乡卫生院的{{han:刘翠兰}}大夫一个月来量一回，嘱咐我按时吃药。我最怕的就是我哪天倒下了，俩孩子咋办。我跟大孙子说，奶奶要是不在了，你得管着弟弟。他不吭声，眼圈红了。
访谈者：冬天怎么过？
受访者：冬天最难。屋里烧炕，烧的是秋天捡的苞米秸秆，不够就买点煤。早上四点多我起来掏灰、生火，等屋里热乎了再叫孩子们起。大孙子住校，礼拜五回来，一进门先问奶奶冷不冷。去年腊月下大雪，路封了三天，小的发烧，我给他用凉毛巾敷脑门，一宿没合眼。天亮了雪停了，邻居家的小伙子开着三轮车把我们送到镇上的卫生院。
访谈者：孩子们平时有人说闲话吗？
受访者：有。村里有人背后说，这俩孩子没爹没妈，将来也没出息。我听见了就跟人吵，我说孩子有奶奶，奶奶活一天就管一天。小孙子在学校跟人打过架，就因为人家说他是没爹的孩子。老师把两边家长叫去，那家的大人给赔了不是。回来我跟孙子说，打架不对，可护着自己没错。
访谈者：孩子们的妈妈还来看他们吗？
受访者：逢年过节来一趟，带点衣裳吃的。小的见了就往她怀里扑，大的站在门口不进屋。我不怨她，她也年轻，总得过日子。我跟孩子们说，妈还是妈，不能记恨。
访谈者：过年过节呢？
受访者：过年我蒸粘豆包，包酸菜馅饺子。正月里带孩子们去{{trap/place:奉国寺}}上香，给他爸烧点纸。我给他们讲{{trap/famous:薛仁贵}}征东的故事，小的最爱听，拿根棍子当枪，在院子里比划。
访谈者：要登记住址和号码。
受访者：家在{{address:义县城关乡西关村三组42号}}。我身份证{{id_number@wy1960.210727}}，电话{{mobile@hyphen}}。大孙子有个QQ，是学校让注册的，号码我也不知道对不对，他写的是{{qq:1759320864}}。{{han:盖玉芬}}的微信是{{wechat:gaiyufen_yx}}，有事我让孙子帮我发。
访谈者：名字在表上写得对吗？
受访者：低保表上大孙子写成了{{spaced:邵 子 墨}}，中间都空着。别的没啥。
访谈者：您最大的心愿呢？
受访者：俩孩子平平安安长大，念完书，找个正经工作。我就能闭上眼了。{{han:滕宝山}}书记说，村里会一直管着，让我别操心。可当奶奶的，哪能不操心呢？我就想多活几年，看着大孙子考上高中，看着小的不再半夜哭醒。前些天小的跟我说，奶奶，我梦见我爸了，他在盖楼，楼盖得老高老高。我跟他说，那是你爸在那边也惦记着你呢。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=585,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout74",))


if __name__ == "__main__":
    main()
