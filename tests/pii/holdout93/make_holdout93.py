# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 93 (tests/pii/holdout93/H729-H736 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 92, written at the same time by another
writer, is not an earlier set).

Set 93 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 遵义: a Mongolian
father from 巴林右旗 who works in a liquor distillery in 仁怀, his wife dead of kidney failure, his son with him and
his daughter left with her grandmother; a Tibetan mother from 德格 who cleans offices in 红花岗, her husband
paralysed by a fall from scaffolding and her eldest son left behind in 德格; a Hui grandfather from 威宁 with a
beef-noodle shop in 播州, raising three grandchildren after his son died in a coal mine and the son's wife
remarried; a Han tea picker in 湄潭 whose husband lost a hand in a quarry, with three children called by word
nicknames; a Han middle-school homeroom teacher in 凤冈 going through six pupils (a father in prison for drunk
driving, an orphan living with his uncle, a mother on dialysis, a left-behind boy, a father blinded in a mine, a
father with a mental illness) and their parents on WeChat and QQ; a Uyghur kebab seller from 叶城 in 汇川 with his
three children while his wife is in chemotherapy; a Han civil-affairs clerk in 绥阳 reading from a case file (orphan
siblings, a father in prison, parents with severe disabilities, a left-behind girl caring for her grandfather); and a
Han grandmother in 桐梓 raising two granddaughters after her son fell from a motorway bridge and his wife left.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (永如布扎布, 毛都吉日嘎拉, 伊茹勒图雅, 达古拉苏荣, 额尔很巴雅斯,
宝鲁尔陶高, 希日莫图) with short forms after the full name (永如布, 伊茹勒, 陶高他, 毛都也, 叫毛都坐: a name whose
second syllable is the particle 都), a Han surname before a Mongolian given name (包乌伦其其格) and the Han name of
the father (鲍永生); Kham Tibetan names (泽郎拥珍, 向巴泽仁, 阿绒泽仁, 降央曲珍, 夺吉泽仁, 巴登曲珍, 益西翁姆,
土登泽仁) with short forms (拥珍, 向巴他, 夺吉就, 阿绒都) and Han names of Tibetans (邓秀珍, 向思嘉, 向思远, the
children taking the first syllable of their father's name as a surname); Han-form Hui names (锁文华, 海桂珍,
锁德明, 锁梦瑶) beside 经名 alone (纳菲萨, 哈目扎, 罕白莉, 萨福瓦) and after a Han surname (锁鲁格曼, 海纳菲萨,
锁哈目扎, 虎萨福瓦, 纳乌斯曼, 丁赛立穆, 禄哈丽玛); Uyghur given name + father's name with and without the dot
(图尔贡·卡德尔 and 图尔贡卡德尔, 图尔洪江·图尔贡 and 图尔洪江图尔贡, 布合丽其姆·图尔贡, 萨依普加玛丽·吐尔洪,
卡德尔·亚森) and short forms (图尔贡, 图尔洪江, 布合丽其姆她, 伊尔凡他, 萨依普加玛丽她); Han word nicknames,
annotated whole (春笋说, 枇杷倒, 莲米就); Han names with common surnames and rarer ones of 遵义 (母, 蹇, 犹, 冉, 喻,
晏, 谌, 敖, 幸, 蒙, 锁, 骆, 娄, 蔺, 卯, 颜), with titles and kin words (喻春燕老师, 娄国富大夫, 穆成芳大姐,
敖明芬婶, 王桂兰姨, 简国强所长; the span is the name only), names that contain or end in words (罗丰年, 刘福贵,
杨光荣, 何家乐, 罗长寿, 赵守成, 王茂才, 吴天保), a signature written twice (娄德昌娄德昌), names directly before
particles and verbs (付海琴说, 赵永禄他, 敖正平他家, 骆德全那边, 谢雨桐也, 穆成芳她, 蹇有才他) and after 叫/是/给/
跟/和/让 (叫毛都, 是令狐墨涵, 给向巴, 跟犹天顺, 春笋和枇杷, 让骆春燕); names spaced out character by character in
half- and full-width spaces (永 如 布 扎 布, 毛　都　吉　日　嘎　拉, 向 巴 泽 仁, 降　央　曲　珍, 锁 鲁 格 曼,
纳 乌 斯 曼, 布 合 丽 其 姆, 伊 尔 凡 · 图 尔 贡, 诸 葛 明 遥, 令 狐 墨 涵, 宇 文 语 桐, 娄　星　宇), a dotted
name with spaces around the dot (图尔贡 · 卡德尔) and names split in two (伊茹勒 图雅, 包乌伦 其其格, 泽郎 拥珍,
虎萨 福瓦, 萨依普加玛丽 吐尔洪, 蹇有 才, 程桂 英); compound surnames after ordinary words (令狐, 赫连, 夏侯, 公孙,
欧阳, 慕容, 尉迟, 长孙, 拓跋, 皇甫, 诸葛, 上官, 司马, 闾丘, 乐正, 巫马, 淳于, 宇文, 漆雕, 段干, 南宫, 东方); and
numbers written the many ways people do.

The transcripts are hand-written with inline markup (that of ``_setkit.MARK``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:娄德昌}}``, ``{{qq:2873051964}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013hyphen.513330}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 经理, 律师, 阿訇,
大姐, 大爷, 婶, 姨, 爷爷) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他家, 那边) are outside the span; a word nickname (春笋, 枇杷, 莲米) is annotated whole as han. Han-style
names of Mongolian, Tibetan and Hui people (鲍永生, 邓秀珍, 向思嘉, 锁文华) are category han; a Han surname before a
non-Han given name (包乌伦其其格, 锁鲁格曼, 虎萨福瓦) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout93/make_holdout93.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(93_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

# Mobile prefixes (China Mobile, Unicom and Telecom blocks common in Guizhou).
MOBILE_PREFIXES = ["133", "135", "136", "139", "151", "152", "158", "177", "180", "182", "183", "185", "187",
                   "188", "189", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H729: Mongolian father from 巴林右旗 working in a liquor distillery in 仁怀; his wife died, the daughter stays with her grandmother.
DOCS["H729"] = ("family", """\
访谈者：您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:永如布扎布}}，身份证上的汉名是{{han:鲍永生}}，老家在{{trap/place:巴林右旗}}。这五年在{{trap/place:仁怀}}一家酒厂干活，踩曲、上甑、下窖，啥都干。厂里的人念不顺蒙古名，都喊我{{minority/mongolian:永如布}}。
访谈者：孩子们的妈妈呢？
受访者：走了，前年冬天。她叫{{minority/mongolian:包乌伦其其格}}，尿毒症，在{{trap/place:赤峰}}透析了两年多，钱花光了，人也没留住。家里两个孩子，大的是闺女{{minority/mongolian:伊茹勒图雅}}，十四；小的是儿子{{minority/mongolian:毛都吉日嘎拉}}，九岁。闺女留在老家跟她奶奶{{minority/mongolian:达古拉苏荣}}过，儿子我带到贵州来了。
访谈者：为什么只带了一个？
受访者：闺女念初中，转学麻烦，她也不愿意走，说要陪奶奶。{{minority/mongolian:伊茹勒}}从小就懂事，她妈病的那两年，做饭、洗衣裳、给她妈擦身子，都是她。儿子小，离不开人，我就带在身边。{{minority/mongolian:毛都}}刚来那阵天天哭，说这里山太多，看不见天边，吃不惯辣子。
访谈者：现在适应了吗？
受访者：好多了。他在{{school:仁怀市中枢街道第三小学三年级（4）班}}，班主任{{han:喻春燕}}老师知道他没妈，中午让他在办公室吃饭。{{minority/mongolian:毛都}}也争气，上学期数学考了九十六。放学他就到厂门口等我，看门的{{han:骆兴隆}}大爷给他一个小板凳，叫{{minority/mongolian:毛都}}坐在那写作业。
访谈者：这边有谁帮过你们？
受访者：社区的儿童主任{{han:冉德芬}}，她把孩子的情况报到{{trap/org:市民政局}}，按困境儿童每月有补贴。厂里的{{han:申明亮}}经理给我调了白班，说孩子晚上不能一个人在家。社工站的{{compound:令狐德渊}}每个月来一回，陪孩子下棋，跟他搭档的是{{compound:赫连霁川}}。还有个大学生志愿者叫{{compound:夏侯楚怡}}，暑假给孩子补了一个月英语。房东{{han:穆成芳}}大姐常喊孩子去她家吃饭，{{han:穆成芳}}她自己的孙子也在外地。
访谈者：老家那边呢？
受访者：靠嘎查。儿童主任{{minority/mongolian:宝鲁尔陶高}}给闺女报了困境儿童，一个月{{trap/number:一千一百二}}。{{minority/mongolian:陶高}}他跟我是小学同学。我哥{{minority/mongolian:额尔很巴雅斯}}在{{trap/place:大板}}开修理铺，隔三岔五去看老人和闺女。苏木卫生院的{{han:娄国富}}大夫给老太太看高血压，不收钱。
访谈者：您和女儿怎么联系？
受访者：天天视频。{{minority/mongolian:伊茹勒}}跟我说学校的事，说她们班要排节目，跳{{trap/minority_word:安代舞}}。她在{{school:巴林右旗大板第二中学初二（3）班}}，班主任{{han:陶淑华}}老师常给我发她的成绩。
访谈者：酒厂的活辛苦吗？
受访者：辛苦，夏天曲房里四十多度。这边酿酒用本地的{{trap/word:高粱}}，端午踩曲，重阳下沙。我以前只喝过{{trap/minority_word:马奶酒}}，现在天天闻酱香。我跟{{han:犹天顺}}一个班组，他是本地人，说我比他还像本地人。厂里另一个蒙古族工友叫{{minority/mongolian:希日莫图}}，也是赤峰的，过年我们俩就凑一块儿唱长调。
访谈者：孩子想妈妈吗？
受访者：想。{{minority/mongolian:毛都}}枕头底下放着他妈的照片。清明我带他去{{trap/place:赤水河}}边上烧了纸，他说妈妈在草原上，离这儿太远了。晚上我给他讲{{trap/famous:嘎达梅林}}的故事，讲他妈小时候骑马的事。
访谈者：您在这边一个人带孩子，最怕什么？
受访者：最怕孩子生病。去年冬天{{minority/mongolian:毛都}}得了肺炎，烧到三十九度八，我正在窖池里起糟，手机在更衣柜里，没听见。学校老师打了六个电话，最后打到厂办，是{{minority/mongolian:希日莫图}}跑来喊的我。我背着孩子往医院跑，一路上就一个念头，他妈已经没了，他可不能再有事。住了一个礼拜院，社区给报了一半药费。打那以后，我干活也把手机揣在裤兜里。还怕自己倒下，酒厂的活伤腰，老师傅们五十岁就直不起来了。我想再干几年，攒点钱回旗里开个小饭馆，一家人就不用分两头了。
访谈者：奶奶身体怎么样？
受访者：七十三了，腿脚还利索，就是眼睛花了。她每天早上熬一锅奶茶，灌在保温壶里给闺女带去学校，同学们都羡慕。老太太不识字，闺女的家长会都是{{minority/mongolian:额尔很巴雅斯}}去开。
访谈者：登记表上要填一些信息。
受访者：在仁怀租的房在{{address:仁怀市中枢街道杨柳湾小区7栋2单元502室}}，老家是{{address:巴林右旗查干沐沦苏木巴彦塔拉嘎查三组11号}}。我身份证{{id_number@my1983.150423}}，儿子的{{id_number@my2015spaced.150423}}。电话{{mobile@plain}}，找不到我就打{{minority/mongolian:额尔很巴雅斯}}的，{{mobile@hyphen}}。闺女的QQ是她自己申请的，号码她念了两遍我才记下：{{qq:2873051964}}。我微信{{wechat:yongrubu_rh}}。
访谈者：表上的名字写得对吗？
受访者：常写错。厂里花名册上我是{{spaced:永 如 布 扎 布}}，闺女学校写成{{spaced:伊茹勒 图雅}}，儿子的补贴表上是{{spaced:毛　都　吉　日　嘎　拉}}，还有把我老婆写成{{spaced:包乌伦 其其格}}的。
访谈者：您最大的心愿？
受访者：攒够钱，把闺女也接过来，一家人在一块儿。
""")

# H730: Tibetan mother from 德格 in 红花岗 (遵义); her husband paralysed by a fall at work, the eldest son left behind in 德格.
DOCS["H730"] = ("family", """\
访谈者：阿佳，您来遵义几年了？
受访者：六年了。我叫{{minority/tibetan:泽郎拥珍}}，老家在{{trap/place:德格}}，在{{trap/place:红花岗}}这边做保洁，公司登记的汉名是{{han:邓秀珍}}。男人{{minority/tibetan:向巴泽仁}}以前在工地上扎钢筋，前年从脚手架上摔下来，腰椎断了，下半身没知觉，现在坐轮椅。
访谈者：家里几个孩子？
受访者：三个。大儿子{{minority/tibetan:阿绒泽仁}}十五，留在德格跟我妹妹{{minority/tibetan:巴登曲珍}}，在{{school:德格县中学初三（2）班}}。闺女{{minority/tibetan:降央曲珍}}十二，小儿子{{minority/tibetan:夺吉泽仁}}八岁，跟我们在遵义。两个小的在学校用汉名，闺女叫{{han:向思嘉}}，小的叫{{han:向思远}}，是他们阿爸取的，拿他名字头一个字当姓。
访谈者：两个小的在哪里上学？
受访者：闺女在{{school:红花岗区南门关小学六年级（1）班}}，小的在同一个学校读二年级。{{han:向思嘉}}她成绩好，班主任{{han:谌丽萍}}老师说她作文写得最好，写过一篇《阿爸的轮椅》。{{minority/tibetan:夺吉}}就调皮，上课坐不住，老师一打电话来我就头疼。
访谈者：您丈夫现在怎么样？
受访者：{{minority/tibetan:向巴}}他心里苦。以前是家里的顶梁柱，现在屎尿都要人管。他在医院住了四个月，管床的{{han:宋立德}}大夫跟我们讲，这辈子站不起来了。那天晚上他一夜没睡，第二天跟我说，{{minority/tibetan:拥珍}}，你带孩子回德格吧，别管我了。我说你说啥胡话。
访谈者：工伤赔偿拿到了吗？
受访者：老板{{han:黎长贵}}跑了，包工头说不关他的事。后来法律援助中心的{{han:王川林}}律师帮我们打官司，判下来赔三十六万，到现在只拿到{{trap/number:十一万}}。
访谈者：您上班的时候，家里谁照顾他？
受访者：白天他一个人在家。我早上五点起来，给他翻身、擦洗、换尿垫，把饭放在他手够得着的地方，再送小的上学，七点到公司。中午休息一个钟头，我骑电瓶车回来给他翻一次身。晚上闺女写完作业就给她阿爸按腿，一按半个钟头，她说书上讲了，按了肌肉不萎缩。有一回我下班回来，看见他自己从床上挪到了轮椅上，满头是汗，说想到门口晒晒太阳。我蹲在门口哭了一场。{{minority/tibetan:向巴泽仁}}以前多要强的一个人，背一百斤青稞能翻一座山。
访谈者：您自己累不累？
受访者：累也得扛。领班知道我家的事，把我排在离家近的小区，不让我上夜班。工友们凑了两千块钱给我，我不要，她们硬塞在我包里。我们藏族人见面说{{trap/minority_word:扎西德勒}}，我就盼着哪一天日子真能吉祥起来。
访谈者：还有谁帮你们？
受访者：社区的儿童主任{{han:付海琴}}大姐，她把两个小的报成困境儿童，每人每月有补贴，又帮我们申请了低保。{{han:付海琴}}说，孩子的事她管到底。{{trap/org:区残联}}给{{minority/tibetan:向巴}}换了新轮椅，康复科的治疗师叫{{compound:公孙蕴之}}，教他练上肢。社工站的{{compound:欧阳沐岑}}每周来一次，还有个小伙子叫{{compound:慕容昭宁}}，教闺女弹吉他。楼下的{{han:敖明芬}}婶天天帮我接小儿子放学。
访谈者：老家那边呢？
受访者：我阿妈{{minority/tibetan:益西翁姆}}七十多了，心脏不好。妹妹{{minority/tibetan:巴登曲珍}}带着她和我大儿子。{{minority/tibetan:阿绒}}都快中考了，想考到{{trap/place:康定}}读卫校。他舅舅{{minority/tibetan:土登泽仁}}在{{trap/org:更庆寺}}当喇嘛，常去看他。县里民政的人也来过，给{{minority/tibetan:阿绒}}报了留守儿童，送了棉衣。
访谈者：孩子们想家吗？
受访者：想。闺女说遵义太热，想吃{{trap/minority_word:糌粑}}。过{{trap/minority_word:藏历年}}，我们在出租屋里打{{trap/minority_word:酥油茶}}，跳{{trap/minority_word:锅庄}}，把楼下邻居都招来了。小的最喜欢听我讲{{trap/famous:格萨尔}}赛马称王的故事。学校组织去看了{{trap/place:遵义会议会址}}，闺女回来给她阿爸讲红军，讲得头头是道。
访谈者：登记表要填地址和号码。
受访者：我们租在{{address:红花岗区南门关街道桃溪寺小区9栋3单元201室}}，老家是{{address:德格县更庆镇然加村二组17号}}。我身份证{{id_number@wy1987.513330}}，闺女的{{id_number@wy2013hyphen.513330}}。我电话{{mobile@s38}}，儿童主任的{{mobile@plus86}}。闺女的QQ是上网课时注册的，号码写在我手机壳里头：{{qq:1569308427}}。我的微信{{wechat:yongzhen_dege}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。社区的表把我写成{{spaced:泽郎 拥珍}}，男人成了{{spaced:向 巴 泽 仁}}，闺女在医保卡上是{{spaced:降　央　曲　珍}}，还有把小的写成{{spaced:夺吉 泽仁}}的。
访谈者：您最大的心愿？
受访者：盼孩子们念书念出去，盼他阿爸能少受点罪。
""")

# H731: Hui grandfather from 威宁 in 播州 raising three grandchildren after his son died in a coal mine.
DOCS["H731"] = ("family", """\
访谈者：老人家，您家是哪里人？
受访者：{{trap/place:威宁}}人，回族。年轻时候从{{trap/place:草海}}边上搬到{{trap/place:播州}}，在这边宰牛、卖牛肉粉，三十多年了。我叫{{han:锁文华}}，寺里的人喊我{{minority/hui:锁鲁格曼}}。
访谈者：现在家里几口人？
受访者：我和三个孙子孙女。老伴{{han:海桂珍}}，经名{{minority/hui:纳菲萨}}，娘家人都叫她{{minority/hui:海纳菲萨}}，三年前得癌走了。儿子{{han:锁德明}}，经名{{minority/hui:哈目扎}}，坊上喊他{{minority/hui:锁哈目扎}}，在{{trap/place:毕节}}煤矿上干活，前年井下冒顶，没出来。儿媳{{minority/hui:虎萨福瓦}}过了一年改嫁到{{trap/place:昭通}}去了。孩子就留给我。
访谈者：孩子们多大？
受访者：大孙子{{han:锁子涵}}十四，在{{school:播州区鸭溪镇第二中学初二（5）班}}；孙女{{han:锁梦瑶}}十一，经名{{minority/hui:罕白莉}}，在{{school:鸭溪镇回民小学五年级（2）班}}；小孙子{{han:锁浩然}}六岁，上幼儿园。
访谈者：儿子走了以后怎么过？
受访者：矿上赔了一笔钱，我存着给孩子念书。{{trap/org:区民政局}}给三个孩子办了事实无人抚养，每人每月{{trap/number:一千二百五十}}。村里的儿童主任{{han:赵永禄}}跑了好几趟，{{han:赵永禄}}他也是回族，跟我家是老亲。镇上的民政专干{{han:周德贵}}每季度来一回。
访谈者：清真寺那边帮了什么？
受访者：寺里的阿訇{{minority/hui:纳乌斯曼}}，每个{{trap/minority_word:主麻}}都问孩子们的情况。{{trap/minority_word:开斋节}}散{{trap/minority_word:乜贴}}，寺里给我家留一份。坊上的{{minority/hui:丁赛立穆}}开货车，常捎孩子们去学校。老姊妹{{minority/hui:禄哈丽玛}}教孙女念经、炸{{trap/minority_word:油香}}。{{minority/hui:纳乌斯曼}}阿訇说，孤儿是托付给大家的。
访谈者：孩子们在学校怎样？
受访者：大孙子学习一般，心思重。他爸走了以后，他一下子长大了，放学回来就帮我剁牛肉、烫粉。班主任{{han:刘晓岚}}老师说他不爱说话，找了心理老师{{compound:尉迟芳甸}}跟他谈。孙女好，{{minority/hui:罕白莉}}她念书最用心，说长大要当医生。小的{{han:锁浩然}}就知道玩，天天要吃{{trap/minority_word:馓子}}。
访谈者：儿媳还来看孩子吗？
受访者：来过两回。{{minority/hui:萨福瓦}}也难，娘家逼她改嫁。她来了抱着孩子哭，走的时候塞给大孙子五百块钱。我不怪她。
访谈者：牛肉粉馆子现在还开着吗？
受访者：开着，不开吃什么。每天四点起来熬汤，牛骨头要熬够六个钟头汤才白。早上七点开门，来吃粉的多是老主顾，他们知道我家的事，吃完了多放两块钱在桌上，我追出去还，他们就跑。大孙子周末帮我收碗、擦桌子，手上烫了几个泡也不吭声。我跟他说，你好好念书，这个馆子不要你接。他说爷爷，我念书，也帮你。去年冬天下凝冻，三天没一个客人，我坐在灶门口发愁，是{{minority/hui:丁赛立穆}}拉来半车煤，说先烧着，钱以后再说。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。大孙子那天跟我去矿上认的人，回来半个月没说话，夜里睡着了还哭。孙女小，以为爸爸出远门了，到现在还问爸爸什么时候回来。我说，等你长大了就明白了。
访谈者：您身体呢？
受访者：七十一了，腿脚还行，就是血压高。卫生院的{{han:陈耀先}}大夫给我开药。我怕哪天我倒下了，孩子们咋办。侄子{{han:锁德荣}}说，真到那天他接过去养。社工{{compound:长孙砚青}}跟{{compound:拓跋钰涵}}来过几回，给孩子们建了档案，说以后有事找她们。
访谈者：平时您给孩子们讲什么？
受访者：讲老辈人的事，讲{{trap/famous:马本斋}}打鬼子。孙女问，{{trap/word:海拔}}两千多米的草海冬天冷不冷，我说冷，黑颈鹤都从北边飞来过冬。我年轻时在草海边放过羊，天一亮，水面上全是鸟，一群一群飞起来，把太阳都遮住了。孩子们没见过，说等放假要回老家看。我说好，等爷爷攒够了路费。
访谈者：登记信息。
受访者：家在{{address:播州区鸭溪镇金鸭村四组23号}}，老家在{{address:威宁县草海镇民族村七组6号}}。我身份证{{id_number@my1954.520526}}，孙女的{{id_number@wy2014fullwidth.520304}}。电话{{mobile@plain}}，儿童主任的{{mobile@s434}}。大孙子有QQ，说班级群要用，号码我让他写在日历背面了，是{{qq:948273061}}。闺女{{han:锁德英}}在城里打工，她微信{{wechat:suodeying_zy}}。
访谈者：表上名字写得一样吗？
受访者：不一样。我在低保表上是{{spaced:锁 鲁 格 曼}}，孙女在名单上是{{spaced:锁 梦 瑶}}，儿媳成了{{spaced:虎萨 福瓦}}，阿訇也被写成{{spaced:纳 乌 斯 曼}}。
访谈者：您最盼什么？
受访者：盼孩子们平平安安长大，有口饭吃，不走歪路。
""")

# H732: Han mother in 湄潭, a tea picker whose husband lost a hand in a quarry; children called by word nicknames.
DOCS["H732"] = ("family", """\
访谈者：大姐，说说您家的情况吧。
受访者：我叫{{han:母秀芬}}，{{trap/place:湄潭}}{{trap/place:永兴}}人，在茶场采茶。男人{{han:蹇有才}}前年在石场放炮，炸断了一只手，一只眼睛也伤了。家里三个孩子：大的是儿子{{han:蹇浩宇}}，十三，小名叫{{han:春笋}}，生他那年开春竹林里冒笋子；老二闺女{{han:蹇雨彤}}，九岁，小名{{han:枇杷}}；老三{{han:蹇雨欣}}四岁，小名{{han:莲米}}。
访谈者：孩子们的小名挺有意思。
受访者：农村人，随口叫。{{han:春笋}}说他不喜欢，嫌土，在学校不准同学叫。{{han:枇杷}}倒不在乎，谁叫她都应。{{han:莲米}}就跟个小尾巴一样，我去茶山她也要去。
访谈者：您丈夫现在怎么样？
受访者：{{han:蹇有才}}他受伤以后性子变了，喝酒，跟我吵。石场老板{{han:骆德全}}那边赔了{{trap/number:八万}}就不管了。他一只手干不了重活，在家喂猪，带{{han:莲米}}。我婆婆{{han:田玉菊}}七十了，有风湿，也帮不上多少。
访谈者：谁帮过你们家？
受访者：村里的儿童主任{{han:晏红英}}，她把{{han:春笋}}和{{han:枇杷}}报成困境儿童，每月有补贴，又帮我们评了低保。村支书{{han:罗丰年}}说，有困难就到村委会找他。镇上社工站的{{compound:皇甫芷宁}}和{{compound:诸葛明遥}}每个月来，她给大儿子做心理辅导，那孩子自从他爸出事就不爱说话。{{trap/org:县妇联}}的{{han:雷晓琴}}给我介绍了茶叶加工厂的活，比采茶稳当。
访谈者：孩子们在学校怎样？
受访者：{{han:春笋}}在{{school:湄潭县永兴中学初一（4）班}}，{{han:枇杷}}在{{school:永兴镇中心小学三年级（2）班}}。她的班主任{{han:胡正华}}老师知道她家的事，冬天给她买了一双棉鞋。大儿子的班主任是{{han:王茂才}}，男老师，常给我打电话，说孩子数学好，就是作业不交。
访谈者：茶场的活怎么样？
受访者：春茶最忙，清明前后天不亮就上山，一斤{{trap/word:明前茶}}的鲜叶能卖五六十块，炒成{{trap/word:翠芽}}价钱还要翻几番。老板{{han:刘福贵}}人厚道，{{han:刘福贵}}说我家困难，工钱每斤多给两毛。我们这里{{trap/place:湄江}}两边都是茶山，外地人来了都说像画一样。可画里的人累啊，腰都直不起来。
访谈者：孩子们平时在家怎么过？
受访者：放学回来，大的先去猪圈喂猪，再写作业。二的帮我择菜、扫地，小的跟在她屁股后头捣乱。周末三个孩子跟我上茶山，大的背背篓，二的提竹篮，小的在茶垄里捉蚂蚱。工友们都认得他们，谁带了糖就分给他们。晚上一家人围着火塘吃饭，他爸不喝酒的时候，还给孩子们讲他年轻时在外头打工的事，孩子们听得直笑。那时候我就觉得，这个家还在。
访谈者：对以后有什么打算？
受访者：加工厂说明年让我学炒茶，学会了一个月能多拿一千多。我想多挣点，把屋顶修一修，现在一下雨就拿盆接。大儿子说以后要考农业大学，学种茶，回来帮我。
访谈者：您最难的时候是什么时候？
受访者：有一回{{han:莲米}}半夜发烧，男人喝醉了，我一个人背着她走了四里路到卫生院。值班的{{han:杨光荣}}大夫说再晚点就抽筋了。那天我坐在走廊上哭，{{han:枇杷}}她打电话来问，妈妈你在哪儿。
访谈者：家里人怎么看这些事？
受访者：我娘家哥哥{{han:母德贵}}劝我离婚，我没答应。孩子不能没有爸。{{han:蹇有才}}他清醒的时候也知道对不住我们，去年戒了一阵酒，给大儿子做了个木头书架。村里老人说，{{trap/word:茶叶}}要揉了才香，人要熬了才硬，我就信这话。
访谈者：村里的人怎么看您家？
受访者：都说我命苦，我不爱听。苦是苦，可我还有三个孩子，还有一双手。茶场的姐妹们帮了不少，谁家杀年猪都给我们送一块肉来。去年冬天村里给困境家庭送温暖，送了一床棉被、一袋米、一桶油，孩子们抱着棉被在床上打滚，说今年不冷了。
访谈者：表格要填的信息。
受访者：家在{{address:湄潭县永兴镇茅坪村五组12号}}。我身份证{{id_number@wy1986spaced.520328}}。电话{{mobile@plain}}，男人的{{mobile@h38}}。{{han:春笋}}用我的手机登QQ，说跟同学问作业，号是{{qq:3120957486}}。我微信{{wechat:muxiufen_mt}}，也是他帮我弄的。
访谈者：名字写得对吗？
受访者：学校的表把大儿子写成{{spaced:蹇 浩 宇}}，低保表上我是{{spaced:母 秀 芬}}，男人成了{{spaced:蹇有 才}}。社工的名字在签到表上写成{{spaced:诸 葛 明 遥}}。
访谈者：您最大的心愿呢？
受访者：三个孩子都把书念完，{{han:春笋}}考个大学，莫像我们一样在山里苦一辈子。
""")

# H733: Han middle-school homeroom teacher in 凤冈 going through six pupils in distress and their parents on WeChat and QQ.
DOCS["H733"] = ("teacher", """\
访谈者：您带的是哪个班？
受访者：初二。我叫{{han:安晓琳}}，在{{trap/place:凤冈}}教了十一年语文，现在是{{school:凤冈县龙泉中学初二（3）班}}的班主任。班上四十七个孩子，留守的二十多个，真正算困境儿童的有六个，我一个一个说。
访谈者：好。
受访者：头一个{{han:幸佳怡}}，她爸{{han:幸志军}}酒驾撞了人，判了三年半，她妈去{{trap/place:宁波}}打工，两年没回来。孩子跟爷爷{{han:幸德华}}过。爷爷不会用微信，我都跟她姑姑{{han:幸丽娟}}联系，姑姑的微信是{{wechat:xinglijuan_fg}}。孩子成绩不差，就是上课老走神，作文里写她爸的那篇，我看了半天说不出话。
访谈者：第二个？
受访者：第二个{{han:敖子轩}}，孤儿，爸妈前年在{{trap/place:思南}}那条路上出车祸，一起走了。他跟大伯{{han:敖正平}}过，{{han:敖正平}}他家自己有三个孩子，日子紧。孩子每月有孤儿基本生活费{{trap/number:一千五百七}}，是镇上的儿童督导员{{han:喻德江}}帮着办的。{{han:敖子轩}}有QQ，晚上睡不着就给我发消息，号码是{{qq:27590318}}，我存在手机里。
访谈者：第三个？
受访者：第三个{{han:谢雨桐}}，妈妈{{han:杜小芬}}尿毒症，一周透析两次，爸爸{{han:谢长河}}跑摩的。家长群里她爸的微信叫{{wechat:xiechanghe1981}}，透析那天他就在群里请假，说孩子晚点到。{{han:谢雨桐}}也懂事，每个周末陪她妈去县医院。
访谈者：第四个？
受访者：第四个{{han:田浩然}}，爸妈在{{trap/place:东莞}}送快递，跟奶奶{{han:冯兴碧}}过，奶奶七十四了，耳朵背。{{han:田浩然}}他迷游戏，有一回三天没来上学，我跟副班主任{{compound:上官暮雪}}满镇找，最后在网吧找到。他的QQ我也加了，他说有事就找我，号码用圆珠笔刻在他课桌角上：{{qq:1836429570}}。
访谈者：第五个？
受访者：第五个是{{compound:令狐墨涵}}，他爸叫{{compound:令狐春生}}，在煤矿上伤了眼睛，看不见了，他妈在家种茶。孩子学习最好，全年级第三，说以后要学医，给他爸治眼睛。
访谈者：第六个？
受访者：第六个{{han:蒙思雨}}，女孩子，爸爸有精神病，妈妈跑了，跟姑妈{{han:蒙春兰}}过。{{han:蒙春兰}}在县城开米粉店，她微信是{{wechat:mengchunlan88}}。{{han:蒙思雨}}自己也有QQ，是她姑妈的旧手机上注册的，号码她抄在作文本最后一页，{{qq:604718293}}。
访谈者：这些孩子在班上跟同学处得怎样？
受访者：大多数还好。也有孩子说闲话，说谁的爸爸坐牢了，谁是没爹没妈的。我开了一次班会，讲每个人家里都可能遇到难事，难事不是谁的错。班会以后，班长带头给生病的家长折了一罐千纸鹤。孩子们其实心善，就是不知道怎么说。我们还搞了个悄悄话信箱，谁有心事就写纸条投进去，我每个礼拜五打开，一张一张回。有个孩子写，老师，我想我妈妈了。那张纸条我夹在教案里，到现在还在。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:申光明}}定了规矩，困境儿童的住宿费、伙食费全免。心理老师{{compound:司马昱霖}}每两周给他们做一次团体辅导。{{trap/org:团县委}}每年给一批助学金，我们跟村里的儿童主任、{{trap/org:县民政局}}都建了群，谁家有事就在群里说。
访谈者：家访去得多吗？
受访者：每学期都去。{{han:敖子轩}}家最远，在山上，摩托车开到一半就得走路。{{trap/word:蒙蒙}}细雨里走了一个多钟头，他大伯在路口等我。{{han:幸德华}}爷爷拉着我的手说，老师，这孩子就拜托你了。那一回我在路上哭了一路。
访谈者：您自己的感受？
受访者：累，放不下。有时候半夜手机一响，我就怕是哪个孩子出了事。学校里同事{{compound:闾丘诗韵}}老师教数学，我们俩分工，她盯他们的学习，我盯生活。开家长会，来的多是爷爷奶奶，我就一条一条讲给他们听。
访谈者：登记表上的信息呢？
受访者：第二个孩子的大伯家在{{address:凤冈县进化镇临江村三组8号}}。{{han:幸佳怡}}的身份证{{id_number@wy2011.520327}}。我的电话{{mobile@spaced}}，{{han:幸丽娟}}的电话{{mobile@plus86dash}}。
访谈者：名字写得对吗？
受访者：花名册上有写成{{spaced:幸 佳 怡}}的，有把{{spaced:令 狐 墨 涵}}一个字一个字拆开写的，系统里{{spaced:谢雨 桐}}中间空了一格。
访谈者：您最盼什么？
受访者：盼这六个孩子一个都不掉队，都能把初中念完。
""")

# H734: Uyghur kebab seller from 叶城 in 汇川 (遵义) with his three children; his wife in treatment for cancer.
DOCS["H734"] = ("family", """\
访谈者：您在遵义做什么生意？
受访者：烤肉。我叫{{minority/uyghur:图尔贡·卡德尔}}，老家{{trap/place:叶城}}，{{trap/place:喀什}}下面的。八年前来{{trap/place:汇川}}，在夜市摆摊卖烤羊肉串，街上的人都叫我{{minority/uyghur:图尔贡}}。我老婆{{minority/uyghur:萨依普加玛丽·吐尔洪}}去年查出乳腺癌，在医院化疗，孩子们跟着我。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:图尔洪江·图尔贡}}十二，闺女{{minority/uyghur:布合丽其姆·图尔贡}}九岁，小儿子{{minority/uyghur:伊尔凡·图尔贡}}五岁。{{minority/uyghur:图尔洪江}}在{{school:汇川区上海路小学六年级（3）班}}，{{minority/uyghur:布合丽其姆}}在{{school:汇川区第十二小学三年级（1）班}}，小的上社区幼儿园。
访谈者：您老婆现在怎么样？
受访者：化疗六次了，头发掉光了。{{minority/uyghur:萨依普加玛丽}}她说不怕，就是想孩子。医院的{{han:邹明德}}大夫说发现得早，有希望。住院的钱花了十几万，一部分是医保，一部分是老家亲戚凑的。我哥{{minority/uyghur:买买提艾力·卡德尔}}在叶城卖了两只羊寄过来。我丈人{{minority/uyghur:吐尔洪·买提尼亚孜}}也寄了钱。
访谈者：一个人带三个孩子，还要出摊？
受访者：难。下午四点出摊，夜里一点收摊。{{minority/uyghur:图尔洪江}}放学就来帮我穿串子，他也懂事，作业在摊子边上写。{{minority/uyghur:伊尔凡}}困了就在三轮车上睡。城管的{{han:龚建业}}看见了，跟我说这样不行，孩子会着凉，后来帮我联系了社区。
访谈者：照顾病人、孩子，还要做生意，怎么排得开？
受访者：排不开也得排。早上送两个大的上学，小的送幼儿园，再去医院陪老婆，给她擦身子、喂饭。中午回来穿串子、腌肉，下午接孩子，四点出摊。化疗那几天她吐得厉害，吃不下东西，我就熬清汤面片送过去，她能喝几口。病房里的病友都是汉族，开始不太跟我们说话，后来熟了，隔壁床的阿姨还教我老婆织毛衣。我老婆说，遵义的人心好。
访谈者：社区做了什么？
受访者：社区的儿童主任{{han:蔺小梅}}来了，给三个孩子报了困境儿童，每人每月有补贴，又帮我们申请了临时救助。{{han:蔺小梅}}说，孩子晚上可以去社区的{{trap/org:四点半课堂}}写作业。社工{{compound:乐正弘毅}}每周来看一回，还请了律师{{compound:巫马若谷}}帮我们问医保报销的事。医院的护士{{compound:淳于梦溪}}给我老婆联系了病友互助会。
访谈者：孩子们在学校怎样？
受访者：{{minority/uyghur:布合丽其姆}}她爱跳舞，学校文艺汇演跳了{{trap/minority_word:赛乃姆}}，老师们都鼓掌。她的班主任{{han:黄丽君}}老师常把她带到家里吃饭。{{minority/uyghur:图尔洪江}}数学好，就是汉字写得慢。房东{{han:晏福生}}的儿子是大学生，暑假给他补语文。学校的老师说，{{minority/uyghur:图尔洪江}}刚来的时候汉话说不利索，同学们笑他，他就不说话。现在他汉话比我说得好，还给我当翻译，去医院、去社区办事都带着他。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}我关一天摊，做{{trap/minority_word:抓饭}}，请房东、请城管、请社区的人来吃。{{han:晏福生}}他第一回吃抓饭，吃了三碗。晚上我给孩子们讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:伊尔凡}}他笑得打滚。
访谈者：孩子们想妈妈吗？
受访者：想。闺女每天晚上跟她妈视频，给她妈看自己画的画。大儿子不说，可他把妈妈的照片设成了手机屏幕。小的不懂，问妈妈的头发哪里去了，他妈笑着说，借给天上的云彩了。
访谈者：老家还有谁？
受访者：我爸{{minority/uyghur:卡德尔·亚森}}七十了，在叶城种地。我妹妹{{minority/uyghur:热孜万古丽·卡德尔}}在{{trap/place:昆仑山}}下面的乡里当老师，她说等她嫂子病好了，让孩子们暑假回去住一阵。
访谈者：登记信息要写哪些？
受访者：我们住在{{address:汇川区上海路街道珠海路社区团结巷11号}}，老家在{{address:叶城县萨依巴格乡阿亚格其其村5组28号}}。我身份证{{id_number@my1985.653126}}，儿子的{{id_number@my2012quad.653126}}。电话{{mobile@plus86spaced}}，儿童主任的{{mobile@fullwidth}}。我微信{{wechat:Turgun_Kebab}}，顾客扫码付钱也用它。儿子有个QQ，他说跟老家的表哥聊天，号码是{{qq:2451906837}}。
访谈者：名字在表上写得对吗？
受访者：乱。医院写成{{spaced:萨依普加玛丽 吐尔洪}}，学校写成{{minority/uyghur:图尔洪江图尔贡}}，没有点。社区表上我是{{spaced:图尔贡 · 卡德尔}}，点两边空着，低保卡上又是{{minority/uyghur:图尔贡卡德尔}}；闺女是{{spaced:布 合 丽 其 姆}}，小儿子是{{spaced:伊 尔 凡 · 图 尔 贡}}。
访谈者：您最大的心愿？
受访者：老婆的病好起来，孩子们好好念书。
""")

# H735: Han civil-affairs clerk in 绥阳 reading from the case file of four children in distress.
DOCS["H735"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：困境儿童的个案档案。我叫{{han:邹明霞}}，在{{trap/place:绥阳县}}{{trap/org:民政局}}儿童福利股。按你们的要求，名字我照档案念，你们回去再处理。
访谈者：好。
受访者：第一份，孤儿兄妹。哥哥{{han:娄星宇}}，十三岁，妹妹{{han:娄星月}}，十岁。父亲{{han:娄建强}}在{{trap/place:浙江}}工地上得了尘肺，前年走了；母亲{{han:程桂英}}改嫁，联系不上。兄妹跟爷爷{{han:娄德昌}}住。监护人签字栏里爷爷签了两遍，“{{han:娄德昌}}{{han:娄德昌}}”，他说怕一遍不算数。哥哥的身份证{{id_number@my2011.520323}}，妹妹的{{id_number@wy2014hyphen.520323}}。家在{{address:绥阳县温泉镇双河村六组19号}}。兄妹俩每人每月拿孤儿基本生活费{{trap/number:一千六百一十}}，{{han:娄星宇}}在{{school:绥阳县温泉中学初一（2）班}}。
访谈者：第二份？
受访者：第二份，父亲服刑。孩子{{han:穆思琪}}，女，九岁。父亲{{han:穆小龙}}因为诈骗判了六年，在{{trap/place:贵阳}}服刑；母亲{{han:简红艳}}去外省打工，很少回来。孩子跟奶奶{{han:卢桂芝}}过，奶奶的身份证{{id_number@woldx.520323}}，家在{{address:绥阳县洋川镇城北社区金桂苑小区3栋1单元602室}}。{{han:卢桂芝}}说，孩子她爸出来那年，孩子就十五了。派出所的{{han:简国强}}所长给孩子办过户口迁移，跑前跑后没要一分钱。
访谈者：第三份？
受访者：第三份，父母重残。父亲{{han:何正兵}}视力一级残疾，母亲{{han:黄三妹}}智力残疾。孩子{{han:何家乐}}，男，七岁，身份证{{id_number@my2017fw.520323}}。全家低保，孩子按困境儿童每月补贴。我们让{{han:骆春燕}}每周去看两回，她是村里的儿童主任。{{han:何家乐}}他见了人就躲，她说慢慢来。
访谈者：这家人的生活怎么安排？
受访者：父亲看不见，母亲做不了复杂的事，家里的饭是孩子的奶奶做，奶奶也七十多了。我们给他们家申请了居家上门服务，每周有护理员去两次，帮着打扫、洗衣服。孩子上学由村里的志愿者接送。{{trap/org:县残联}}给父亲配了盲杖，教他在屋里屋外走。去年孩子上一年级，开学第一天，父亲拄着盲杖把他送到校门口，听见上课铃才走。老师说，那孩子一上午都趴在窗户上往外看。
访谈者：第四份？
受访者：第四份，留守。孩子叫{{compound:宇文语桐}}，女，十一岁，父母在{{trap/place:深圳}}电子厂，跟外公{{han:黎德顺}}过。外公去年中风，半边身子不灵便，孩子在家做饭、洗衣服，上学经常迟到。家在{{address:绥阳县风华镇永和村二组33号}}。班主任{{han:卯德辉}}老师发现她瘦了，跟我们报的。
访谈者：这些个案谁在跟？
受访者：县社工站的{{compound:漆雕子衿}}，还有一个社工是{{compound:段干知秋}}。法律援助那边帮第一份里的爷爷把儿子的工伤赔偿要回来一部分。局里分管的{{han:颜永福}}副局长说，每个个案一季度至少入户一次。
访谈者：您做这份工作最难的是什么？
受访者：最难的是核实。有的家长在外地，电话打不通；有的老人不识字，表上的字都是我们代填。我们这里叫{{trap/place:诗乡}}，可有的孩子连课本都买不齐。去年冬天我跟社工去看那个留守的孩子，她一个人在灶屋里煮面，外公躺在床上。那一幕我到现在都忘不了。后来村里给外公联系了护工，孩子才能按时上学。
访谈者：一个孩子从发现到纳入保障，要走哪些步骤？
受访者：先是村里的儿童主任或者学校发现，报到镇上，儿童督导员入户核实，填困境儿童信息表，再报到我们股里审核。材料齐的话，一个月内就能发下补贴。难的是材料不齐，比如父亲服刑的，要监狱出证明；父母失联的，要派出所出查找不到的证明，一来一回两三个月。现在我们跟法院、公安建了通报机制，判了刑的人家里有未成年孩子，会及时告诉我们。这几年全县纳入保障的孩子有三百多个，一个个建了档案，每季度更新一次。
访谈者：有热线可以打吗？
受访者：有，{{trap/hotline:12349}}，还有未成年人保护热线{{trap/hotline:12355}}。{{trap/year:二〇二二年}}以后，每个村都配了儿童主任，镇上有儿童督导员。
访谈者：档案里名字写法统一吗？
受访者：不统一。手写的表上有{{spaced:娄　星　宇}}、{{spaced:穆 思 琪}}；系统导出的把{{spaced:宇 文 语 桐}}拆成四个字；{{spaced:程桂 英}}中间空了一格；还有{{spaced:何 正 兵}}。我的办公电话{{mobile@p86n}}，哪家有变化随时打。
访谈者：您最盼什么？
受访者：盼这些孩子都能平平安安长大，档案一年比一年薄。
""")

# H736: Han grandmother in 桐梓 raising two granddaughters after her son died on a motorway bridge and his wife left.
DOCS["H736"] = ("family", """\
访谈者：婆婆，您家里几口人？
受访者：三口，我和两个孙女。我叫{{han:傅光秀}}，六十七，{{trap/place:桐梓}}{{trap/place:九坝}}人。儿子{{han:夏长林}}前年在{{trap/place:綦江}}修高速，从桥上摔下来，没了。儿媳{{han:舒小燕}}过了半年去了{{trap/place:重庆}}，再没回来。两个孙女，大的{{han:夏雨萌}}十岁，小的{{han:夏雨晨}}七岁。
访谈者：您老伴呢？
受访者：老头子{{han:夏德忠}}走得早，十几年了。那时候我一个人把{{han:夏长林}}拉扯大，现在又拉扯他的两个闺女。命就是这样，认了。
访谈者：孩子们在哪上学？
受访者：大的在{{school:桐梓县九坝镇中心小学四年级（2）班}}，小的在{{school:九坝镇山堡村小学一年级（1）班}}。{{han:夏雨萌}}她懂事，早上起来帮我烧火，还给妹妹梳头。{{han:夏雨晨}}就爱哭，一哭就要妈妈。大的班主任{{han:娄明珍}}老师说，孩子作文写她爸爸在桥上干活，写得全班都哭了。
访谈者：谁帮过你们？
受访者：村里的儿童主任是{{compound:令狐秋菊}}，她给两个孙女办了事实无人抚养，每人每月{{trap/number:一千四百三十}}，又帮我报了低保。{{compound:令狐秋菊}}她三天两头来，比亲闺女还亲。村支书{{han:赵守成}}去高速公司要赔偿，跑了七八趟。镇上的民政干部{{han:汪德全}}每季度来核一次。隔壁的{{han:王桂兰}}姨种菜，常给我们送一篮。{{han:王桂兰}}说，你一个老人家带两个娃，不容易。镇卫生院的{{han:罗长寿}}大夫每月上门给我量血压。县里社工站来过两个年轻人，姑娘叫{{compound:南宫沛然}}，跟她一起来的是{{compound:东方亦舟}}，他们给孙女买了书包和雨靴。
访谈者：孙女们上学远吗？
受访者：大的走路要四十分钟，翻一道坡。小的在村小，近一点。下雨天路滑，我拿根竹竿送她们到坡顶，看着她们走下去才回来。冬天天黑得早，我就打着手电筒去坡上等。有一回大的回来晚了，我到处找，原来她在同学家问作业。我急得骂了她一顿，骂完了又心疼，给她煮了两个鸡蛋。
访谈者：孩子们想爸爸吗？
受访者：想。大的把她爸的安全帽挂在床头。清明我们祖孙三个去坟上，小的不懂，在坟边摘野花，大的跪着不肯起来，说爸爸你在那边好好的，我会照顾奶奶和妹妹。我听着心里刀割一样。
访谈者：儿媳还联系吗？
受访者：过年打过一回电话。{{han:舒小燕}}她在电话里哭，说对不起两个娃。我说你有空回来看看，娃想你。小孙女接过电话就喊妈妈，喊了半天，那头没声音了。
访谈者：您身体怎么样？
受访者：腰不好，{{trap/word:夏天}}还好，一到冬天就痛。地里的活干不动了，只种了点苞米和{{trap/word:方竹笋}}。大孙女放学就帮我剥笋子，剥得手指头都黑了。我跟她讲{{trap/famous:诸葛亮}}过{{trap/place:娄山关}}的故事，是我小时候听老人讲的，真假我也不晓得。
访谈者：日子上最怕什么？
受访者：怕我哪天走了。我娘家侄儿{{han:傅国华}}说，真有那一天，他来管两个娃。可他自己也有一家人。我就盼两个孙女快点长大，大的今年说要当老师，回九坝教书。
访谈者：赔偿的事呢？
受访者：高速公司赔了一笔，村里帮着存成定期，写的两个孙女的名字，等她们十八岁再取。派出所的{{han:吴天保}}所长来做过笔录，说这钱谁也动不了。
访谈者：村里人怎么看您家？
受访者：村里人好。逢年过节，这家送块腊肉，那家送袋米。去年秋天我摔了一跤，躺了半个月，是邻居轮流来给孙女做饭。学校里也照顾，午饭不要钱，冬天发棉衣。我就是心里愧，两个娃跟着我，吃的穿的都比不上别人家。大孙女说，奶奶，我们不比那些，我们比成绩。这话是她班主任教的，我听着心里暖和。
访谈者：表上要写地址和电话。
受访者：家在{{address:桐梓县九坝镇山堡村三组26号}}。我的身份证{{id_number@wy1958.520322}}。电话{{mobile@plain}}，儿童主任的电话{{mobile@spaced}}。大孙女有个QQ，是她老师帮着注册的，号码写在灶屋墙上：{{qq:73920614}}。儿童主任的微信{{wechat:linghu_qiuju}}，我有事就让孙女发消息给她。
访谈者：表上名字写得对吗？
受访者：有错的。学校的表上大孙女是{{spaced:夏 雨 萌}}，小的是{{spaced:夏　雨　晨}}，低保表上把我写成{{spaced:傅光 秀}}。
访谈者：您最大的心愿？
受访者：两个孙女都能念完书，有个好去处，我死也闭眼了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=729,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout92",))


if __name__ == "__main__":
    main()
