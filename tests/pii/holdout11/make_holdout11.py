# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 11 (tests/pii/holdout11/H73-H80 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 11 is about children in distress (困境儿童) in eight new voices: a Xibe grandmother in 察布查尔 whose son is in
prison, an Oroqen former hunter in 鄂伦春自治旗 (托扎敏) whose daughter-in-law left, a Tu village child director
(儿童主任) in 互助 (威远镇) with several families, a Salar father in 循化 working as a translator in 义乌 with a
Dongxiang wife, a Kham Tibetan township official in 理塘 with the orphans of a boarding school, a Dai teacher in
勐海 (西双版纳) with Dai, Hani, Jingpo and Lisu pupils, a Buryat mother in 锡尼河 whose Russian-Chinese husband from
恩和 (额尔古纳) is ill, and a Han Civil Affairs caseworker in 赤峰 listing her cases. The emphasis is on forms where a
replacement might cover only part of a name, in a mix: names with no Chinese surname or a Han surname before a
non-Han given name, with and without a middle dot, clan names used as names (莫那, 玛拉依尔, 葛瓦依尔), Dai
teknonyms (波岩温, 咪岩温) and Hani father-son linked names, short forms after a long name, names whose syllables
are words, names directly before particles and verbs, spaced and split names, compound surnames after ordinary
words, and rare Han surnames with titles and kin words.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:阚立新}}``, ``{{qq:3057718264}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (xibe, oroqen, tu, russian, salar, dongxiang, hui,
                                   tibetan, dai, hani, jingpo, lisu, buryat, mongolian) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015spaced.654022}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 书记, 所长, 大姐, 婶,
姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他们家, 那边) are
outside the span. Han-style names of Xibe, Oroqen, Tu, Salar and Russian-Chinese people (吴秀英, 孟德兴, 祁有福)
are category han; a Han surname before a non-Han given name (韩伊斯哈格, 肖安娜, 祁东周加) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout11/make_holdout11.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(11_2026_1205)
MINORITY_GROUPS = ("xibe", "oroqen", "tu", "russian", "salar", "dongxiang", "hui", "tibetan",
                   "dai", "hani", "jingpo", "lisu", "buryat", "mongolian")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 110, "han": 60, "spaced": 25, "compound": 20, "address": 12, "school": 10, "qq": 8,
          "wechat": 8, "mobile": 12, "id_number": 12}
GROUP_FLOORS = {"tibetan": 12, "dai+hani+jingpo+lisu": 12, "salar+dongxiang+hui": 12, "mongolian+buryat": 12,
                "xibe+oroqen+tu+russian": 12}
TRAP_FLOOR = 60

MOBILE_PREFIXES = ["133", "134", "138", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]


DOCS: dict[str, tuple[str, str]] = {}

# H73: Xibe grandmother, 察布查尔锡伯自治县 孙扎齐牛录镇; her son in prison, his wife gone, a grandson of ten.
DOCS["H73"] = ("family", """\
访谈者：大娘，您先说说家里几口人吧。
受访者：就我跟孙子两个。我叫{{minority/xibe:吴扎拉·秀英}}，户口本上写的是{{han:吴秀英}}，六十六了。我们锡伯人从东北迁到{{trap/place:察布查尔}}两百多年了，每年{{trap/minority_word:西迁节}}全县都热闹。孙子叫{{minority/xibe:扎克善}}，十岁，他爸在监狱里。
访谈者：孩子的爸爸是因为什么进去的？
受访者：我儿子{{minority/xibe:苏勒图善}}，前年喝了酒跟人打架，把人打成重伤，判了六年。他说出来以后再也不沾酒了。儿媳妇{{minority/xibe:托霍洛•美玲}}等了半年，去{{trap/place:伊宁}}打工，后来电话也换了。{{minority/xibe:托霍洛•美玲}}她娘家在{{trap/place:伊犁河}}南岸，现在也不来往了。
访谈者：孩子在哪儿上学？
受访者：在{{school:察布查尔县孙扎齐牛录镇中心学校四年级（2）班}}。班主任{{minority/xibe:伊拉里·舒兰}}老师也是锡伯族，教孩子们说锡伯话、写锡伯文。数学老师是汉族，叫{{han:禚丽萍}}，{{han:禚丽萍}}说孩子算术不错，就是上课老走神。学校的表上孙子的名字写成{{spaced:扎 克 善}}，老师的写成{{spaced:伊拉里 · 舒兰}}，点两边都空着。
访谈者：村里和镇上谁在帮您？
受访者：村主任{{minority/xibe:安佳·额尔登额}}，大家都叫他{{minority/xibe:额尔登额}}，{{minority/xibe:额尔登额}}跑了好几趟，给孙子办了事实无人抚养儿童，一个月{{trap/number:一千二百多}}。镇上的儿童主任{{han:佘玉梅}}，{{han:佘玉梅}}大姐每个月来一趟，翻孩子的作业本。{{trap/org:县民政局}}派来个社工叫{{compound:令狐晓彤}}，还有她同事{{compound:慕容子骞}}，俩人给孙子做心理辅导，她说孩子心里憋着火。
访谈者：亲戚们呢？
受访者：我妹妹{{minority/xibe:佛尔果春}}住在隔壁村，{{minority/xibe:佛尔果春}}家的孙女{{minority/xibe:萨音珠}}跟孙子一个班，俩孩子一起上学放学。老邻居{{minority/xibe:苏勒芳阿}}年轻时是射箭队的，他教孙子拉弓，说锡伯人的娃娃不会射箭不行。我侄子{{han:关德明}}在伊宁开出租，{{han:关德明}}也给孙子买过书包和球鞋。
访谈者：孩子知道他爸的事吗？
受访者：知道。有一回学校里有孩子说他爸是坐牢的，他跟人打了一架。回来问我，奶奶，我爸是坏人吗？我说你爸做了错事，在里面改，改好了就回来。去年冬天我带他去探视，隔着玻璃，他爸哭，他不哭，出来以后在车上一句话不说。监狱的管教{{han:阚立新}}还说孩子爸在里面表现好，能减刑。他爸给孩子写信，信封上把自己名字写成{{spaced:苏　勒　图　善}}，一个字一个大空格，说里头的人教他这样写好认。
访谈者：家里的日子怎么过？
受访者：我有点养老金，孙子有补贴，种了三亩地，够吃。秋天我腌{{trap/minority_word:花花菜}}，蒸{{trap/minority_word:发糕}}，孙子最爱吃{{trap/minority_word:米顺}}拌面。过年的时候给{{trap/famous:喜利妈妈}}上供，我跟孙子说，老祖宗保佑你爸早点回来。孙子问，那老祖宗能不能让我妈也回来？我答不上来。
访谈者：登记要用的信息方便说吗？
受访者：你写吧。家在{{address:察布查尔县孙扎齐牛录镇果尔敏村四组17号}}。我身份证{{id_number@wy1959.654022}}，孙子的{{id_number@my2015spaced.654022}}，他爸的{{id_number@my1986x.654022}}。我电话{{mobile@plain}}，村主任的{{mobile@hyphen}}。孙子有个QQ，号我记不住，本子上抄着呢，你看：{{qq:3057718264}}。儿媳妇以前的微信{{wechat:tuohuoluo_ml87}}，不知道还用不用。
访谈者：您身体怎么样？
受访者：不行了。去年摔了一跤，{{trap/org:乡卫生院}}的{{han:哈桂琴}}大夫说骨头没事，让我少干重活。她还说我血压高，得天天吃药。我要是倒下了，孙子谁管？他爸还有四年才出来。我跟{{minority/xibe:额尔登额}}说好了，真到那一天，让{{minority/xibe:佛尔果春}}先接过去。孩子他懂事，晚上给我倒洗脚水，说奶奶你别死，我怕。
访谈者：孩子平常有什么爱好？
受访者：爱射箭，也爱跳{{trap/minority_word:贝伦舞}}。镇上比赛他拿过第二名，奖状贴在墙上，名字写得大大的，他天天看。
访谈者：那放了学呢？
受访者：先写作业，写完了帮我喂鸡、喂羊。院子里种了葡萄，夏天他爬上架子摘，摘下来先给我吃，他爸小时候也这样。礼拜天他去镇上的文化站学锡伯文，回来教我写，说奶奶你的名字是这样写的。我这辈子没念几天书，老了倒跟孙子学字了。有时候晚上停电，我们俩坐在炕上，我给他讲我小时候的事，讲他太爷爷赶着马车去{{trap/place:伊宁}}卖粮，讲我们{{trap/place:孙扎齐}}从前的大水渠。他听着听着就睡着了，手还攥着我的袖子。
""")

# H74: Oroqen former hunter, 鄂伦春自治旗 托扎敏乡; his son drinks and works at the forest farm, the daughter-in-law left.
DOCS["H74"] = ("family", """\
访谈者：大爷，您以前是猎民？
受访者：是，打了三十年猎，禁猎以后枪交了，现在种点木耳。我汉名{{han:孟德兴}}，鄂伦春名字是{{minority/oroqen:莫那·吉善}}，老人们叫我{{minority/oroqen:吉善}}。我们{{trap/place:托扎敏}}这地方，原来住{{trap/minority_word:撮罗子}}，划{{trap/minority_word:桦皮船}}，现在都住砖房了。
访谈者：家里现在几口人？
受访者：我，老伴，两个孙子。儿子{{han:孟春林}}在林场干活，一喝酒就十天半个月不着家。儿媳妇{{han:蓟晓燕}}是汉族，前年走了，回{{trap/place:齐齐哈尔}}娘家，再没回来。{{han:蓟晓燕}}走的时候小的才三岁。
访谈者：两个孩子多大？
受访者：大的丫头{{minority/oroqen:乌娜吉}}，十二，在{{school:鄂伦春自治旗托扎敏民族学校六年级（1）班}}。{{minority/oroqen:乌娜吉}}都是自己洗衣裳，还管着弟弟。小的是小子，{{minority/oroqen:莫那·柯日勒}}，我们叫他{{minority/oroqen:柯日勒}}，五岁，{{minority/oroqen:柯日勒}}就爱跟着我上山看套子。
访谈者：谁在帮你们？
受访者：乡里的干部{{han:白英杰}}跟我一样也是鄂伦春，{{han:白英杰}}那边给孩子报了困境儿童，一个月{{trap/number:八百多}}。村里的儿童主任叫{{minority/oroqen:葛瓦依尔·阿雅}}，{{minority/oroqen:葛瓦依尔·阿雅}}就住我家后院，孩子放学先去找{{minority/oroqen:葛瓦依尔}}奶奶写作业。旗里来过一个社工，姓上官，叫{{compound:上官雨泽}}，跟着还有个大学生{{compound:闾丘晨}}，俩人给丫头补英语。{{compound:上官雨泽}}说丫头聪明，能考到{{trap/place:加格达奇}}去。
访谈者：学校的老师呢？
受访者：丫头的班主任{{han:佟淑华}}老师每个礼拜给我打电话。教鄂伦春语的老师是{{minority/oroqen:玛拉依尔·索那}}，老人们都管他叫{{minority/oroqen:玛拉依尔}}，他也会唱{{trap/minority_word:摩苏昆}}，丫头跟他学。学校表上丫头名字写成{{spaced:乌 娜 吉}}，老师名字写成{{spaced:玛拉依尔 • 索那}}，点两边空着，他自己都笑。
访谈者：老伙伴们还常来往吗？
受访者：常来。老猎手{{minority/oroqen:柯尔特依尔•金宝}}说他年轻时候一冬天打过十二头犴。他孙子在{{school:阿里河第一中学初一（3）班}}，跟我孙女一起坐班车。还有{{minority/oroqen:魏拉依尔・巴图善}}，{{minority/oroqen:魏拉依尔・巴图善}}他们家也是爷爷奶奶带孩子，儿子在{{trap/place:海拉尔}}打工。我们几个老头子凑一块儿，喝点酒，讲{{trap/famous:毛考代汗}}的故事，讲{{trap/famous:恩都力}}怎么造的人。
访谈者：您最操心的是什么？
受访者：操心我儿子。他一喝酒就哭，说对不起孩子。林场的{{han:暴丰收}}场长，{{han:暴丰收}}也劝过他，说再喝就开除。{{trap/org:旗医院}}的{{han:殳美荣}}大夫说他肝已经不好了。我六十九了，我跟老伴要是走了，这俩孩子谁管？
访谈者：登记要用的信息方便说吗？
受访者：写吧。家在{{address:鄂伦春自治旗托扎敏乡希日特奇猎民村二组9号}}，我身份证{{id_number@my1955fullwidth.150723}}，小子的{{id_number@my2020hyphen.150723}}。我电话{{mobile@plus86}}，丫头用她姑姑的微信{{wechat:mona_wnj2013}}。丫头的QQ是{{qq:2916405387}}。她姑姑住{{address:阿里河镇兴安小区3号楼2单元101室}}，电话{{mobile@spaced}}。
访谈者：孩子们想妈妈吗？
受访者：丫头不说，小子天天问。丫头日记里写，妈妈你在{{trap/place:齐齐哈尔}}冷不冷。她本子上把自己名字写成{{spaced:莫 那 · 乌 娜 吉}}，一个字一个空，说这是鄂伦春的写法。我看了心里不好受，啥写法，是她想让人记住她姓啥。
访谈者：冬天怎么过？
受访者：冬天零下四十度，烧柴火，孩子们围着炉子写作业。我给他们做{{trap/minority_word:狍子肉}}干，讲以前打猎的事。{{minority/oroqen:柯日勒}}说爷爷我长大了也打猎，我说现在不让打了，你念书。
访谈者：您还常上山吗？
受访者：常去，不打猎了，就是走走。春天采{{trap/minority_word:柳蒿芽}}，秋天捡榛子、采蘑菇，卖了钱给孩子买本子。我带着小子，教他认树，认动物的脚印，哪个是狍子的，哪个是野猪的。小子记性好，说一遍就记住。丫头不爱上山，她爱看书，从学校借了一本又一本。有一回她问我，爷爷，鄂伦春人以后还有吗？我说有，只要你记得你是鄂伦春，就有。她就把我讲的老故事一个一个写在本子上，说以后要出一本书，书上的作者写{{minority/oroqen:莫那·乌娜吉}}。老伴在边上笑，说先把作业写完再说。
访谈者：孩子们跟村里别的孩子玩得来吗？
受访者：玩得来。猎民村里孩子少，十几个，大的带小的，冬天一起在山坡上滑雪，夏天一起去河边钓鱼。谁家做了好吃的，喊一嗓子，孩子们全跑过去。城里来的人说我们这儿穷，我说穷是穷，人心不穷。
""")

# H75: Tu village child director (儿童主任), 互助土族自治县 威远镇; three families in her village.
DOCS["H75"] = ("staff", """\
访谈者：您当儿童主任几年了？
受访者：五年了。我叫{{minority/tu:吕才让措}}，土族，村里人叫我{{minority/tu:才让措}}。我们村在{{trap/place:威远镇}}北边，靠着{{trap/place:北山}}，一百六十多户，困境儿童登记了九个，我今天说三家。
访谈者：先说第一家吧。
受访者：第一家姓祁。孩子爸{{minority/tu:祁索南加}}前年在{{trap/place:格尔木}}的矿上出事没了，孩子妈改嫁到{{trap/place:大通}}。两个孩子跟爷爷{{han:祁有福}}过。大的小子{{minority/tu:祁东周加}}十二，在{{school:互助县威远镇第二完全小学六年级（4）班}}，{{minority/tu:祁东周加}}都不跟人说话，老师说他一节课能一句话不说。小的丫头{{minority/tu:祁卓玛草}}八岁，{{minority/tu:祁卓玛草}}她倒是爱笑，见人就叫阿姐。{{han:祁有福}}说他七十了，还能种几年地。
访谈者：第二家呢？
受访者：第二家孩子妈{{minority/tu:董拉毛吉}}有精神病，孩子爸{{minority/tu:董官布}}腿残了，在{{trap/org:县残联}}办了二级。孩子{{minority/tu:董桑吉措}}十四，在{{school:互助县第三中学初二（7）班}}住校，周末回来洗衣做饭。丫头说她想当护士，给她妈看病。{{minority/tu:董拉毛吉}}犯病的时候谁都不认，就认这个丫头。
访谈者：第三家是什么情况？
受访者：第三家是留守的。爸妈在{{trap/place:西宁}}开出租，孩子跟奶奶{{minority/tu:辛拉毛}}过。孩子叫{{han:辛子涵}}，九岁，他奶奶眼睛不好，认不了作业，我每礼拜去两回给他看作业。孩子爸叫{{han:辛国梁}}，{{han:辛国梁}}那边一个月寄一千块回来。
访谈者：谁跟您一起做这些事？
受访者：村支书{{han:晁永福}}也管这个。镇上管民政的{{han:谯红梅}}说这几家都能报。{{trap/org:县民政局}}的同事{{compound:东方若愚}}下来核过，跟着还有社工{{compound:公孙砚秋}}。{{compound:东方若愚}}把{{minority/tu:祁东周加}}的名字在系统里打成了{{spaced:祁 东 周 加}}，一个字一个空，我去改了。还有{{minority/tu:董桑吉措}}，表上写成{{spaced:董　桑吉措}}，空了一格。
访谈者：学校怎么配合？
受访者：{{minority/tu:祁东周加}}的班主任{{han:秦玉霞}}老师每个月给我打电话。丫头学校的心理老师{{compound:宇文清妍}}，说丫头压力太大，给她做了几回辅导。
访谈者：孩子们有什么开心的时候？
受访者：过年村里打{{trap/minority_word:轮子秋}}，孩子们排队坐。小丫头跟她奶奶生前学过{{trap/minority_word:盘绣}}，绣得不错。老人们唱{{trap/minority_word:花儿}}，讲{{trap/famous:拉仁布与吉门索}}的故事，孩子们听得哭。大人们喝{{trap/minority_word:青稞酒}}，孩子们喝甜醅。
访谈者：这几家的信息能登记吗？
受访者：能。祁家在{{address:互助县威远镇卓扎滩村三社12号}}，{{han:祁有福}}身份证{{id_number@my1954.630223}}。董家在{{address:互助县威远镇卓扎滩村五社3号}}，丫头{{id_number@wy2011spaced.630223}}。辛家奶奶电话{{mobile@plain}}，孩子爸电话{{mobile@plus86dash}}，微信{{wechat:xgl_xining1985}}。我的微信{{wechat:lvcrc_huzhu}}，QQ呢我平常不大用，号是{{qq:1482037695}}。
访谈者：您自己觉得最难的是什么？
受访者：最难的是心里那块。钱能报，书能念，可是孩子心里的事没人管。{{minority/tu:祁东周加}}去年在他爸坟上坐了一下午，我找到他的时候天都黑了。他说阿姐，我爸是不是不要我们了。我说不是，你爸是没办法。我也是当妈的，回家哭了一场。
访谈者：儿童主任平常的工作是什么样的？
受访者：每个月把困境儿童的家都走一遍，看孩子吃得怎么样、穿得怎么样、上学没上学，拍照片，填表，往镇上报。冬天路上有冰，我骑电动车摔过两回。孩子生病了，我带去{{trap/org:镇卫生院}}；孩子不想念书了，我去学校找老师；家里吵架了，我去劝。村里人说我是管闲事的，我说这就是我的事。一个月补贴几百块钱，不为这个钱，为的是这些娃娃。我自己的丫头在西宁上大学，她说妈你比管我还上心，我说你有妈，他们没有。
访谈者：孩子们的名字在表上出过错吗？
受访者：出过。{{minority/tu:董拉毛吉}}的名字在残联的本子上写成{{spaced:董 拉 毛 吉}}，一个字一个空，她男人去领补贴，人家说对不上，跑了三趟才弄好。土族的名字跟藏族的差不多，汉字写法五花八门，拉毛有写成拉姆的，措有写成错的，一个人能有三四种写法。我现在每登记一个孩子，都让家长拿户口本来，一个字一个字对。宁可慢一点，也不能让孩子的钱因为一个字发不下来。
""")

# H76: Salar father, 循化撒拉族自治县 街子镇, Arabic translator in 义乌; Dongxiang wife, children with his parents.
DOCS["H76"] = ("family", """\
访谈者：您一年回来几趟？
受访者：两趟，{{trap/minority_word:古尔邦节}}一趟，过年一趟。我在{{trap/place:义乌}}给阿拉伯客商当翻译，十年了。我经名{{minority/salar:阿卜杜拉}}，身份证上是{{minority/salar:韩阿卜杜拉}}，家在{{trap/place:街子}}，{{trap/place:骆驼泉}}边上。
访谈者：孩子们谁在带？
受访者：我阿爸阿妈。阿爸{{minority/salar:韩尕布}}七十一了，阿妈{{minority/salar:马阿依木}}六十八。三个娃娃：老大{{minority/salar:韩尔里}}十三，在{{school:循化县街子中学初一（2）班}}；老二丫头{{minority/salar:韩苏菲耶}}十岁，在{{school:循化县街子镇三兰巴海小学四年级（1）班}}；老三{{minority/salar:韩哈伦}}五岁，在村里幼儿园。{{minority/salar:韩尔里}}也跟着寺里学经，{{minority/salar:韩苏菲耶}}说想当老师。
访谈者：孩子的妈妈呢？
受访者：她是东乡人，叫{{minority/dongxiang:妥赛力麦}}，前年查出来尿毒症，在{{trap/place:兰州}}透析，一礼拜三回。{{minority/dongxiang:妥赛力麦}}她娘家在{{trap/place:东乡}}，她哥哥{{minority/dongxiang:妥哈乃非}}陪着她。他说妹子你安心看病，娃娃们有人管。
访谈者：家里的负担重吗？
受访者：重。透析一个月{{trap/number:六七千}}，报了还得自己出两千多。村里给娃娃们报了困境儿童，一个月三个人{{trap/number:两千出头}}。村支书{{minority/salar:韩尕西}}就说媳妇这个病能办大病救助。镇上的儿童督导员叫{{han:沈海燕}}，{{han:沈海燕}}就是街子人，撒拉话说得好。
访谈者：学校里谁照顾孩子？
受访者：老大的班主任{{han:闵振华}}，{{han:闵振华}}老师说老大数学好，就是想他妈，晚上睡不着。老二的老师叫{{minority/hui:马麦尔燕}}，{{minority/hui:马麦尔燕}}她是回族，常给丫头梳头。还有个支教的小伙子{{compound:诸葛云帆}}，跟同事{{compound:南宫未央}}一起来家访过。小伙子教老大下象棋。
访谈者：寺里和邻居呢？
受访者：寺里的阿訇{{minority/salar:韩乙卜拉}}每个主麻都问娃娃们的事。邻居{{minority/salar:伊德勒斯}}是开车的，他送娃娃上学顺路。他媳妇{{minority/salar:宰乃拜}}给丫头织毛衣。还有个东乡亲戚{{minority/dongxiang:马尕乙四}}和他媳妇在{{trap/place:临夏}}开饭馆，他每个月给娃娃寄点钱。
访谈者：登记的信息能说一下吗？
受访者：能。家在{{address:循化县街子镇三兰巴海村一社28号}}。阿爸身份证{{id_number@my1953.630225}}，老大{{id_number@my2012hyphen.630225}}，丫头{{id_number@wy2015x.630225}}。我的电话{{mobile@plus86spaced}}，微信{{wechat:abdullah_yw2014}}，我阿妈不会用微信。老大有个QQ，{{qq:2374916058}}，他跟他妈每天在上面说话。媳妇在兰州租的房子在{{address:兰州市七里河区西湖街道晨光小区6号楼3单元402室}}，她哥电话{{mobile@plain}}。
访谈者：您想过回来吗？
受访者：想过，回来挣不上钱。义乌一个月七八千，回来在{{trap/place:循化}}种{{trap/word:线辣椒}}，一年挣不上一万。阿爸说，你在外头好好干，家里有我。可他七十一了，腰弯得像个弓。我在义乌的时候，每天晚上跟娃娃们视频，老三在屏幕上亲我，亲得满屏都是口水。
访谈者：孩子们知道妈妈的病吗？
受访者：老大知道，他在网上查，查完了哭。老二以为她妈去兰州打工了。阿妈给他们讲{{trap/famous:尕勒莽}}和{{trap/famous:阿合莽}}牵着骆驼从撒马尔罕走到这里的故事，说咱们撒拉人的祖先走了那么远的路都没怕，你们也别怕。
访谈者：表上孩子们的名字有没有写错过？
受访者：写错过。老大在学校的表上写成了{{spaced:韩 尔 里}}，老二写成{{spaced:韩 苏 菲 耶}}，一个字一个空。媳妇在医院的单子上写成{{spaced:妥 赛力麦}}，护士说系统里就是这么存的。
访谈者：您在义乌的工作辛苦吗？
受访者：辛苦倒不怕。早上九点去市场，跟着客商一家一家看货，讲价钱，签单子，晚上还要帮他们订货柜。一个礼拜七天都干，过斋月的时候{{trap/word:白天}}不吃不喝，也照样跑。我念过五年经学院，阿拉伯话是在那儿学的，没想到靠这个吃饭。我们街子出来干这个的有一百多个，大家住在一个小区，互相照应。谁家里有事了，大家凑钱。去年媳妇住院，兄弟们凑了三万块给我，我一辈子记着。{{trap/word:常年}}在外头不是个办法，我就想，等老大大学毕业，我就回来，在家门口开个小店，天天看着娃娃们。
访谈者：老人带三个娃娃，吃得消吗？
受访者：吃不消也得吃。阿妈每天五点起来做礼拜，然后做早饭，烙馍馍、熬茶。阿爸骑三轮送老三去幼儿园，回来下地。晚上老大辅导老二写作业，老三在炕上滚来滚去。阿妈说，你们小时候也是这么过来的，我心里明白，她是怕我担心。去年冬天阿爸感冒住了一礼拜院，老大请了假在医院陪着，那一礼拜我在义乌一晚上都没睡踏实。
""")

# H77: Kham Tibetan township official, 理塘县 禾尼乡; orphans and children of sick parents at the boarding school.
DOCS["H77"] = ("staff", """\
访谈者：您在乡里管哪一块？
受访者：我是副乡长，分管民政和教育。我叫{{minority/tibetan:泽仁降措}}，大家叫我{{minority/tibetan:降措}}。我们乡海拔四千二，在{{trap/place:理塘}}县城西边，牧民多，路远，娃娃们基本都在寄宿制学校。
访谈者：学校里有多少孤儿和困境儿童？
受访者：乡里的{{trap/school:寄宿制小学}}一共三百一十个学生，孤儿十四个，父母有重病或者残疾的二十多个。我说几个我最操心的。
访谈者：好。
受访者：一个丫头{{minority/tibetan:格桑拉姆}}，十一岁，在{{school:禾尼乡寄宿制小学五年级（1）班}}。{{minority/tibetan:格桑拉姆}}她阿爸挖{{trap/minority_word:虫草}}的时候摔下山崖，阿妈得了包虫病，去年也走了。现在丫头跟着她舅舅{{minority/tibetan:四郎多吉}}，{{minority/tibetan:四郎多吉}}那边家里也有四个娃娃。{{minority/tibetan:格桑}}说她长大要当医生。
访谈者：还有呢？
受访者：兄妹俩，哥哥{{minority/tibetan:扎西邓珠}}十三，妹妹{{minority/tibetan:洛绒翁姆}}九岁，阿爸在{{trap/place:康定}}坐牢，阿妈跑了。{{minority/tibetan:扎西邓珠}}就是妹妹的家长，开家长会都是他去。妹妹胆子小，晚上在宿舍哭，宿管阿姨{{minority/tibetan:降拥卓玛}}就陪她睡。
访谈者：学校的老师们怎么照顾？
受访者：校长{{han:闵建华}}是汉族，在这儿干了十六年。{{han:闵建华}}说这些孩子放假比上学还难，放假没地方去。班主任{{minority/tibetan:益西拉姆}}老师，她每个周末把几个孤儿带回自己家。支教的老师有{{compound:漆雕明川}}，还有{{compound:乐正琪}}，{{compound:漆雕明川}}给孩子们上音乐课，教他们唱歌。
访谈者：孩子们的身体怎么样？
受访者：{{trap/word:高原}}上，包虫病、先心病多。县医院的{{han:殳春燕}}大夫每年来筛查。她说{{minority/tibetan:多吉次仁}}心脏有杂音，得去成都做手术。孩子七岁，阿爸是瘫痪的，阿妈一个人放牛。手术费基金会出了，乡里的{{minority/tibetan:尼玛泽仁}}陪着去的，在成都待了一个月。
访谈者：在系统里登记名字会不会出问题？
受访者：老出问题。藏族名字重名多，一个班有三个{{minority/tibetan:格桑}}。有的表上把我的名字写成{{spaced:泽仁 降措}}，有的写成{{spaced:泽 仁 降 措}}，系统认成三个人。{{minority/tibetan:洛绒翁姆}}在医保系统里是{{spaced:洛绒　翁姆}}，中间一个大空格。还有一个娃娃叫{{minority/tibetan:呷绒}}，系统里打成{{spaced:呷 绒}}。
访谈者：登记的信息能说一下吗？
受访者：{{minority/tibetan:格桑拉姆}}舅舅家在{{address:理塘县禾尼乡然日卡村二组14号}}。{{minority/tibetan:扎西邓珠}}兄妹俩的户口在{{address:理塘县禾尼乡曲登村一组6号}}，哥哥{{id_number@my2012spaced.513334}}，妹妹{{id_number@wy2016hyphen.513334}}。我的电话{{mobile@plain}}，办公室电话{{mobile@hyphen}}，微信{{wechat:zrjc_litang1979}}。乡里跟学校对接用QQ群，我的号是{{qq:2650918473}}。
访谈者：放假的时候这些孩子去哪儿？
受访者：有亲戚的去亲戚家，没亲戚的乡里安排。去年暑假{{trap/org:县团委}}办了个夏令营，带二十个孩子去{{trap/place:甘孜}}和{{trap/place:康定}}。赛马节的时候乡里把孩子们接到草原上，看赛马、跳{{trap/minority_word:锅庄}}。哥哥骑马骑得好，去年小孩组拿了第三。
访谈者：您自己怎么看这份工作？
受访者：我小时候也是阿奶带大的。阿奶给我讲{{trap/famous:阿古顿巴}}的故事，讲{{trap/famous:格萨尔}}，说好人有好报。我对这些孩子说，你们有乡里，有学校，有我，谁也不是没人管的娃娃。{{minority/tibetan:格桑}}上个月给我画了张画，画的是{{trap/place:海子山}}，写着{{minority/tibetan:降措}}叔叔。
访谈者：寄宿制学校的生活，孩子们适应吗？
受访者：小的刚来的时候天天哭，想阿妈，想家里的牛。老师们晚上一个宿舍一个宿舍去看，给小的盖被子。学校有锅炉房，冬天宿舍里有暖气，比家里的帐篷暖和。孩子们一礼拜洗一回澡，很多孩子在家里一年都洗不了几回。吃的是食堂，有米饭、有面、有肉，一个月下来脸都圆了。周末不回家的孩子，老师带着踢球、画画、做作业。我每个月去学校两趟，跟孩子们一起吃顿饭，问问他们缺啥。他们说缺的是阿爸阿妈，这个我给不了，我只能多去几趟。
访谈者：这些孩子长大以后有出路吗？
受访者：有。去年我们乡有两个孤儿考上了{{trap/place:成都}}的中专，一个学护理，一个学汽修。他们放假回来，到学校给小的讲外面的事，小的听得眼睛都亮了。{{minority/tibetan:扎西邓珠}}说他也要去，学开挖掘机，挣钱给妹妹念大学。我在本子上记着每个孩子想干啥，有的想当老师，有的想当警察，有的想回来放牛。想放牛也好，把牛放好也是本事。
""")

# H78: Dai primary-school teacher, 勐海县 勐遮镇 (西双版纳); Dai, Hani, Jingpo and Lisu pupils in distress.
DOCS["H78"] = ("staff", """\
访谈者：老师，您先介绍一下自己吧。
受访者：我是傣族，叫{{minority/dai:玉罕}}，在{{trap/place:勐遮}}教了十二年书。我们傣族女的都叫玉什么，男的都叫岩什么，寨子里跟我同名的就有六七个。我现在带{{school:勐海县勐遮镇中心小学五年级（3）班}}。
访谈者：班上困境儿童多吗？
受访者：四十二个学生，有九个。我说几个。一个小伙子叫{{minority/dai:岩温}}，他爸因为贩毒判了十五年，他爸就是寨子里叫{{minority/dai:波岩温}}的那个人。他妈{{minority/dai:咪岩温}}去{{trap/place:景洪}}打工，她一年回来两三趟，{{trap/word:黄金周}}饭店最忙，更回不来。孩子跟着外婆{{minority/dai:玉坎}}都快八十了，还在割{{trap/word:橡胶}}。
访谈者：还有呢？
受访者：一个小姑娘{{minority/dai:玉香}}，爸妈都是艾滋病走的，她自己也在吃药，她知道，从来不说。她姨妈{{minority/dai:玉应}}把她接过去了，{{minority/dai:玉应}}家里种茶，忙的时候丫头也去摘茶。
访谈者：班上还有别的民族的孩子吗？
受访者：有哈尼族，山上{{trap/place:曼弄}}寨子下来的。有兄弟俩，哥哥{{minority/hani:约然}}，弟弟{{minority/hani:约波}}。哈尼族是父子连名，他们爸叫{{minority/hani:扎约}}，所以两个儿子都姓约开头。他们爸前年在工地上摔瘫了，哥哥都是放学就回家给他爸翻身。他们奶奶{{minority/hani:咪厄}}只会说哈尼话，我听不太懂，靠{{minority/hani:约波}}翻译。
访谈者：景颇族和傈僳族的孩子也有？
受访者：有。学校的体育老师{{minority/jingpo:勒排麻途}}是景颇族，从{{trap/place:陇川}}调过来的，他把外甥女{{minority/jingpo:木然果}}也带来上学了。{{minority/jingpo:木然果}}她妈在{{trap/place:瑞丽}}出了车祸，爸爸在缅甸那边找不到。还有个傈僳族的小子{{minority/lisu:余扒四}}，从{{trap/place:福贡}}跟他爸来的，他妈病死了，他爸{{minority/lisu:余付才}}在胶林里割胶。{{minority/lisu:余扒四}}他姐{{minority/lisu:阿四妹}}在{{school:勐海县第三中学初一（5）班}}，周末回来给弟弟洗衣服。
访谈者：学校和镇上怎么帮这些孩子？
受访者：校长{{han:笪文斌}}给困境儿童都办了住校，吃住不要钱。镇上的儿童督导员{{han:谯玉珍}}说这两个孩子都报上了，一个月各{{trap/number:一千零五十}}。还有个基金会的志愿者{{compound:皇甫清源}}跟同事{{compound:拓跋灵犀}}给每个孩子发了新被子。他还教孩子们打篮球。
访谈者：孩子们名字在系统里好登记吗？
受访者：不好登，重名太多。{{minority/dai:岩温}}在系统里有十几个，只能靠身份证。{{minority/jingpo:勒排麻途}}老师在工资表上被写成{{spaced:勒排 麻途}}，{{minority/lisu:余扒四}}在学籍上是{{spaced:余 扒 四}}，{{minority/hani:约然}}被写成{{spaced:约　然}}，中间一个大空格。
访谈者：登记的信息方便说一下吗？
受访者：{{minority/dai:岩温}}外婆家在{{address:勐海县勐遮镇曼洪村委会曼岗村民小组21号}}，他身份证{{id_number@my2014.532822}}。{{minority/dai:玉香}}姨妈家在{{address:勐海县勐遮镇曼令村委会曼列村民小组8号}}，她的身份证{{id_number@wy2015fullwidth.532822}}。{{minority/dai:岩温}}他妈的电话{{mobile@plain}}。我电话{{mobile@spaced}}，微信{{wechat:yuhan_menghai}}，QQ也常用，{{qq:1690357248}}。
访谈者：孩子们过节的时候呢？
受访者：{{trap/minority_word:泼水节}}的时候，学校放假，我把{{minority/dai:玉香}}带回家。我们去{{trap/place:澜沧江}}边上放高升，去寺里{{trap/minority_word:赕佛}}。晚上老人讲{{trap/famous:召树屯}}和孔雀公主的故事，她听完说，老师，我也想变成孔雀飞走。哈尼族过{{trap/minority_word:嘎汤帕节}}，兄弟俩请全班去他们家吃{{trap/minority_word:长街宴}}。
访谈者：住校的孩子平常怎么过？
受访者：早上六点半起床，自己叠被子、洗脸，七点吃早饭。中午营养餐有肉有菜，晚上自习到八点半。周末不回家的，我带他们去河边洗衣服，洗完了晾在竹竿上，孩子们在沙滩上玩。他们最怕下雨天，下雨了衣服干不了，礼拜一就得穿湿的。我跟校长说了好几回，想给宿舍装个烘干机，校长说等明年的经费。我们学校一半是傣族孩子，一小半是哈尼族，还有几个拉祜族、布朗族的，上课说汉话，下课各说各的，吵架也各吵各的，吵完了又一起去打球。我有时候想，这些孩子比我们大人还会过日子。
访谈者：您自己家里怎么样？
受访者：我丈夫在镇上开摩托车修理铺，我们有一个儿子，八岁。家里还有公公婆婆，住在寨子里的{{trap/minority_word:竹楼}}上。放假的时候我把班上没人管的孩子带回寨子，婆婆给他们做{{trap/minority_word:香茅草烤鱼}}，公公教他们敲{{trap/minority_word:象脚鼓}}。{{minority/jingpo:木然果}}第一次来，躲在门后头不敢出来，后来跟我儿子玩熟了，走的时候哭着不想走。她的名字在班上的花名册上写成{{spaced:木 然 果}}，我儿子以为她姓木，一直叫她小木。
""")

# H79: Buryat mother, 鄂温克族自治旗 锡尼河东苏木; her Russian-Chinese husband from 恩和 (额尔古纳) has liver cancer.
DOCS["H79"] = ("family", """\
访谈者：大姐，您家是布里亚特蒙古族？
受访者：我是布里亚特，我丈夫是俄罗斯族，{{trap/place:额尔古纳}}{{trap/place:恩和乡}}的。我叫{{minority/buryat:达日玛苏荣}}，丈夫汉名叫{{han:肖国栋}}，俄罗斯名字叫{{minority/russian:瓦西里}}，他爸给起的。他去年查出来肝癌，在{{trap/place:海拉尔}}住院。
访谈者：孩子们多大了？
受访者：两个。丫头{{minority/russian:肖安娜}}十四，家里都叫她{{minority/russian:安娜}}，在{{school:鄂温克族自治旗第二中学初二（3）班}}。{{minority/russian:安娜}}就是家里的大人，她爸住院都是她陪床。小子{{minority/buryat:巴图苏荣}}九岁，他奶奶给他起了个俄罗斯名字叫{{minority/russian:萨沙}}，在{{school:锡尼河学校三年级（2）班}}。小子一直问爸爸啥时候回来。
访谈者：家里靠什么生活？
受访者：原来有二百多只羊，给他爸看病卖了一大半。现在苏木给俩孩子报了困境儿童，他爸报了大病救助。嘎查达{{minority/buryat:达西道尔吉}}帮着跑的，他说钱不够再想办法。苏木上管民政的{{minority/buryat:苏荣扎布}}就我们家的情况写了个报告，{{trap/org:旗民政局}}又给了{{trap/number:一万二}}临时救助。
访谈者：孩子爸爸那边的亲戚呢？
受访者：他妈在{{trap/place:恩和村}}，俄罗斯名字叫{{minority/russian:柳芭}}，汉名叫{{han:谢凤兰}}，七十了。{{minority/russian:柳芭}}老太太住{{trap/minority_word:木刻楞}}，烤{{trap/minority_word:列巴}}，做{{trap/minority_word:格瓦斯}}。老爷子早没了，是山东过来的汉族，俄罗斯邻居都叫他{{minority/russian:尼古拉}}，所以孩子他爸的俄罗斯全名是{{minority/russian:瓦西里・尼古拉耶维奇}}。他姐姐{{minority/russian:娜塔莎}}在{{trap/place:室韦}}开家庭旅馆，她暑假把俩孩子接过去住一个月。{{minority/russian:娜塔莎}}的丈夫是汉族，叫{{han:常建军}}，{{han:常建军}}开车带孩子们去看界河。
访谈者：您娘家这边呢？
受访者：我阿爸{{minority/buryat:巴拉登}}去世了，阿妈{{minority/buryat:杜格尔玛}}跟我弟弟{{minority/buryat:道尔吉苏荣}}住。阿妈会做{{trap/minority_word:布里亚特包子}}，孩子们最爱吃。弟弟帮我放剩下的羊。
访谈者：学校里谁照顾孩子？
受访者：丫头的班主任{{han:佟晓梅}}老师，她说丫头这学期成绩掉了，让她别太累。学校的心理老师{{compound:赫连语桐}}，跟她同事{{compound:段干若水}}，俩人给丫头做了几次谈心。小子的老师{{minority/buryat:敖云格日勒}}家就住我们苏木，常开车捎小子回来。
访谈者：表上孩子们的名字怎么写的？
受访者：乱七八糟。丫头有时候写汉名，有时候写{{spaced:安 娜 · 瓦 西 里 耶 芙 娜}}，一个字一个空，那是她爸给起的全名。小子在学校写{{spaced:巴 图 苏 荣}}，在医院写{{spaced:巴图　苏荣}}。我的名字在医保上写成{{spaced:达　日　玛　苏　荣}}，一个字一个大空格。
访谈者：登记要用的信息能说一下吗？
受访者：家在{{address:鄂温克族自治旗锡尼河东苏木孟根楚鲁嘎查三组8号}}。我身份证{{id_number@wy1983.150724}}，丫头{{id_number@wy2011hyphen.150724}}。我电话{{mobile@plain}}，丫头的{{mobile@plus86}}，丫头的微信{{wechat:anna_xnh2011}}，QQ{{qq:3128470596}}。婆婆在恩和的地址是{{address:额尔古纳市恩和俄罗斯族民族乡恩和村5组16号}}。
访谈者：孩子们知道爸爸的病吗？
受访者：丫头知道。小子只知道爸爸肚子疼。{{minority/russian:瓦西里}}在病房里给小子唱{{trap/famous:喀秋莎}}，给丫头念{{trap/famous:普希金}}的诗。丫头说爸你唱跑调了，转过身去就哭。我跟孩子们说，你们有两个老家，{{trap/place:锡尼河}}和{{trap/place:额尔古纳}}，不管到哪儿都有人疼你们。
访谈者：您一个人跑医院又管家，怎么顾得过来？
受访者：顾不过来。一个礼拜去两趟{{trap/place:海拉尔}}，坐班车一个多钟头，早上走晚上回。家里的羊交给弟弟，孩子交给学校，丫头周末去医院替我。医生说他的病能拖一年是一年，我就想让他多看看孩子。他在病房里跟丫头说俄罗斯话，跟小子说蒙古话，跟我说汉话，护士们都说这家人真热闹。晚上他疼得睡不着，就让我给他唱{{trap/minority_word:长调}}，唱着唱着他睡了，我也在椅子上睡了。我不知道以后咋办，只知道今天得把今天过好。
访谈者：孩子们会说几种话？
受访者：三种。蒙古话是跟我学的，汉话是在学校学的，俄罗斯话是跟奶奶学的，说得不多，会唱歌，会数数。丫头在学校的作文里写，我是布里亚特人，也是俄罗斯人，也是中国人。老师把作文贴在墙上了。小子不懂这些，他只知道暑假去奶奶家能吃到{{trap/minority_word:大列巴}}，能在河边看牛群过河。
""")

# H80: Han caseworker at the 赤峰 松山区 Civil Affairs Bureau (民政局), going through her case files.
DOCS["H80"] = ("staff", """\
访谈者：您手上现在有多少个案子？
受访者：三十七个孩子。我叫{{han:祁晓红}}，在{{trap/org:松山区民政局}}儿童福利科，科长{{han:阚卫国}}让我今天把几个典型的跟你们说说。我按本子念吧。
访谈者：好。
受访者：第一个在{{trap/place:穆家营子}}。爷爷叫{{han:王家和}}，{{han:王家和}}他们家三口人，孙子{{han:王子墨}}十一岁，孩子爸{{han:王立春}}因为盗窃判了四年，孩子妈改嫁了。{{han:王立春}}也给孩子写过信，孩子不回。孩子在{{school:松山区第四小学五年级（2）班}}，班主任{{han:单美玲}}老师说孩子偷过同学的钱，她没声张，自己把钱垫上了。
访谈者：第二个呢？
受访者：第二个在{{trap/place:红山区}}，孩子爸{{han:刘长青}}去年肺癌走了，孩子妈{{han:禚春兰}}是肢体二级残疾。{{han:禚春兰}}都是坐着轮椅去菜市场捡菜叶。孩子{{han:刘思远}}十四，在{{school:赤峰第九中学初二（6）班}}，孩子说他以后要学医。{{han:刘长青}}那边的兄弟们都在{{trap/place:赤峰}}城里，一个都不来。
访谈者：第三个？
受访者：第三个在{{trap/place:宁城县}}，留守的。爸妈{{han:暴志强}}两口子在北京送快递，孩子{{han:暴雨欣}}九岁，跟奶奶{{han:笪桂芝}}过。{{han:笪桂芝}}婶七十四了，去年冬天煤烟中毒，幸亏邻居发现得早。{{han:暴雨欣}}就在{{school:宁城县大城子镇中心小学三年级（1）班}}，学籍表上写成了{{spaced:暴 雨 欣}}。孩子爸说今年过年回来把孩子接走。
访谈者：还有蒙古族的家庭吧？
受访者：有，在{{trap/place:敖汉旗}}。孩子爸{{minority/mongolian:白音仓}}是放羊的，被车撞了，瘫在炕上；孩子妈{{minority/mongolian:包塔娜}}跑了。俩孩子，大的{{minority/mongolian:白乌力吉}}十三，小的{{minority/mongolian:包乌日罕}}十岁。{{minority/mongolian:白乌力吉}}他一放学就回家给他爸擦身子。{{minority/mongolian:包乌日罕}}跟她姑姑{{minority/mongolian:白阿拉坦}}住。嘎查的{{han:妥振海}}书记也说这家得重点管。
访谈者：孤儿有吗？
受访者：有一个丫头叫{{han:谯文静}}，名字跟人一样文静。爸妈都没了，跟她小姨{{han:蓟玉霞}}过。{{han:蓟玉霞}}姨自己也有俩孩子，在饭店刷盘子。{{han:谯文静}}上初一了，表上写的是{{spaced:谯　文　静}}。
访谈者：跟您一起办案子的都有谁？
受访者：派出所的{{han:佟向前}}所长，管户口和监护的事。医院的{{han:韩春风}}大夫，给残疾的孩子家长做鉴定。街道的{{han:仉丽娜}}主任也常跟我一起下去。社工机构的{{compound:尉迟慕白}}，还有她同事{{compound:巫马云舒}}。律师{{compound:司马南星}}还帮王家那孩子申请过监护权变更。登记本上{{compound:尉迟慕白}}被写成了{{spaced:尉迟 慕白}}。
访谈者：这些信息在档案里是怎么记的？
受访者：我给你念几个。{{han:王家和}}家在{{address:松山区穆家营子镇五十家子村三组22号}}，他身份证{{id_number@mmid.150404}}，孙子的{{id_number@my2014hyphen.150404}}。{{han:禚春兰}}家在{{address:红山区永巨街道富强小区9号楼1单元302室}}，她身份证{{id_number@wmidx.150402}}，电话{{mobile@plain}}。奶奶家在{{address:宁城县大城子镇瓦南村四组7号}}，孩子爸电话{{mobile@plus86spaced}}，微信{{wechat:baozq_bj1988}}，QQ是他们两口子一起用的，{{qq:1735042968}}。敖汉那家的大孩子身份证{{id_number@my2012spaced.150430}}。{{han:蓟玉霞}}的电话{{mobile@spaced}}。
访谈者：您干这个工作最难的是什么？
受访者：最难的是看着孩子长大了又走不出去。我们科里的人讲，这不是{{trap/word:方便}}的活儿，可总得有人干。{{trap/hotline:12349}}也好，{{trap/hotline:12345}}也好，电话打进来，最后都是落到我们这几个人身上。
访谈者：这么多案子，您怎么安排时间？
受访者：一个礼拜下乡三天，两天在办公室写材料。下乡的时候带着一箱子表格，一户一户填：孩子的身体、学习、吃住、监护人的情况，还得拍照片、让监护人签字。有的老人不识字，按手印。回来录系统，系统一卡就是一下午。最怕的是冬天，{{trap/word:马路}}上雪厚，车开不进去，只能走进去。可是孩子们见了我就喊阿姨，给我倒水，拿炒瓜子，我就觉得值。
访谈者：您做这行多少年了？
受访者：九年了。刚来的时候什么都不懂，跟着老同事学，一个案子一个案子跑。我记得第一个孩子是个小姑娘，爸妈都没了，跟着八十岁的太奶奶过，屋里连个像样的被子都没有。我回来哭了一晚上，第二天又去了，给她办了手续，找了学校。现在那孩子在{{trap/place:呼和浩特}}念大学了，每年过年给我发个消息。我们科里现在年轻人多，{{han:阚卫国}}科长常说，这活儿要用心，不能光用手。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS, first=73, trap_floor=TRAP_FLOOR)


if __name__ == "__main__":
    main()
