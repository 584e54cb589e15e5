# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 60 (tests/pii/holdout60/H465-H472 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 60 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandfather
in 兴蒙乡 (通海, 云南) whose son was paralysed by a fall from scaffolding and whose daughter-in-law left, a Tibetan
mother in 安多 (那曲) whose husband is in prison in 拉萨 and whose mother-in-law is blind, a Hui father in 沙湾 (塔城)
whose wife has cancer and who also raises the children of his imprisoned brother, a Han grandmother in 阜宁 (盐城)
whose son is in prison and whose daughter-in-law is mentally ill, a Han township doctor in 沭阳 (宿迁) who keeps in
touch with patients, relatives and officials on WeChat and QQ, a Uyghur dried-fruit trader in 乌鲁木齐 from 伽师
whose wife is on dialysis and who raises his imprisoned brother's son, a Han civil-affairs officer in 邳州 (徐州)
reading from a case file, and a Han road worker in 泸定 (甘孜) whose wife died of cancer. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of Yunnan
Mongolians beside their Han names (特木尔朝鲁 and 旃德昌, 苏布格日乐 and 旃梦瑶, 吉雅泰巴根 then 吉雅泰) and after the
local Han surnames 期, 华, 奎 (期乌兰其其格, 华阿拉坦仓, 奎巴雅尔图, 期乌力吉苏和 then 乌力吉苏和); Tibetan names with
short forms (白玛玉宗 then 玉宗, 洛桑丹达 then 丹达, 仁增旺拉 then 旺拉) and Han names of Tibetans (李建藏, 罗永红 =
格桑曲吉); Hui Han-form names (海永祥, 撒桂英, 马学忠) beside 经名 (赛福丁, 鲁克耶, 哈立德) and a Han surname before
an Arabic name (海娜菲赛 then 娜菲赛, 海拉希德, 海罕乃, 锁欧麦尔, 丁鲁克耶, 拜罕乃); Uyghur given name + father's name
with and without the dot (买尔旦·图尔洪 and 买尔旦图尔洪) with short forms (阿布都瓦依提, 亚库甫江, 古丽扎尔, 米合日班,
艾尔肯); Han word nicknames annotated whole (芦花, 荸荠, 雀子); Han names with common and rare surnames (旃, 期, 普, 撒,
拜, 铁, 嵇, 仓, 於, 卞, 仲, 仇, 仝, 厉, 邬, 喻, 冉), with titles and kin words, names that contain words (赵光明, 顾春风,
陈满囤, 杨长江), a name written twice on a form (邵玉珍邵玉珍), names directly before particles and verbs and after
叫/是/给/跟/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:季翠英}}``, ``{{qq:2093518476}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.530423}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大爹, 大叔, 护士长, 副镇长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a word nickname (芦花, 荸荠, 雀子) is annotated whole. Han-style names of
Mongolian, Tibetan and Hui people (旃德昌, 期丽琼, 李建藏, 罗永红, 海永祥) are category han; a Han surname before a
non-Han given name (期乌兰其其格, 华阿拉坦仓, 海祖白达, 锁欧麦尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout60/make_holdout60.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(60_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H465: Mongolian grandfather in 兴蒙乡 (通海, 云南); his son was paralysed by a fall, his daughter-in-law left.
DOCS["H465"] = ("family", """\
访谈者：大爹，您家是蒙古族吧？先说说家里的情况。
受访者：是，我们是{{trap/place:兴蒙乡}}的蒙古族，老辈人讲祖上是跟{{trap/famous:忽必烈}}的兵从北边下来的，七百多年了，落在{{trap/place:杞麓湖}}边上打鱼、盖房子。我叫{{han:旃德昌}}，六十八了。前些年{{trap/place:内蒙古}}来了个老师教蒙古话，给我起了个蒙古名字叫{{minority/mongolian:特木尔朝鲁}}，村里年轻人见了我就喊{{minority/mongolian:特木尔朝鲁}}大爹，我听着也欢喜。我们家姓旃，这个字外头人都不认得，办事的时候常被写错。
访谈者：家里几口人？
受访者：五口。老伴{{han:期凤仙}}，儿子{{han:旃永福}}，还有孙女孙子。儿子原先在{{trap/place:玉溪}}跟人盖房子，我们这里的人盖房是出了名的。前年他从脚手架上摔下来，腰以下没知觉了，一直躺在床上。儿媳{{han:普桂芬}}守了半年，说回娘家看看，就再没回来。{{han:期凤仙}}说，人家年纪轻，也怪不得她。儿子刚摔的那阵子，在{{trap/place:昆明}}的医院住了两个多月，家里的积蓄花光了，还欠了亲戚三万多。出院的时候医生说，以后能不能坐起来，要看他自己。
访谈者：孩子们多大了？
受访者：孙女{{han:旃梦瑶}}十二，蒙古名字叫{{minority/mongolian:苏布格日乐}}，在{{school:通海县第三中学初一（4）班}}住校。孙子{{han:旃浩宇}}九岁，蒙古名字{{minority/mongolian:吉雅泰巴根}}，在{{school:兴蒙乡中心小学三年级（2）班}}，家里就喊他{{minority/mongolian:吉雅泰}}，学校里同学喊他{{han:旃浩宇}}。{{minority/mongolian:吉雅泰}}也懂事，放学回来先给他爸翻身擦背，再去写作业。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/mongolian:期乌兰其其格}}，她汉名叫{{han:期丽琼}}，两个孩子的事实无人抚养是她跑下来的，每人每月{{trap/number:一千一百五}}。村支书{{han:赵光明}}给儿子报了低保，{{han:赵光明}}他们家还借过我们两千块钱看病。乡上的民政助理{{han:王春林}}来核了三趟。{{trap/org:乡卫生院}}的{{han:杨文秀}}大夫每个月来给儿子看褥疮，一分钱不收。县上社工站来过两个年轻人，一个是{{compound:东方雨菲}}，跟她搭档的叫{{compound:夏侯嘉木}}，带孩子们做手工。
访谈者：学校那边呢？
受访者：孙女的班主任{{minority/mongolian:华阿拉坦仓}}老师是我们村的人，在{{trap/place:呼和浩特}}读的大学，回来教书，还教娃娃们唱蒙古歌。孙子的老师{{han:钟玉兰}}常打电话来，说孩子上课爱走神。她也来家访过，给孙子带了一双球鞋。
访谈者：亲戚们呢？
受访者：我侄子{{minority/mongolian:奎巴雅尔图}}在{{trap/place:昆明}}开饭馆，过年给孩子们寄钱寄衣裳。我大姐{{han:旃秀英}}住得近，常来帮老伴做饭。她的孙子{{minority/mongolian:期乌力吉苏和}}在县里开车，儿子要去医院复查，都是{{minority/mongolian:乌力吉苏和}}开车来接，一分油钱也不要。
访谈者：过节的时候呢？
受访者：四月初二过{{trap/minority_word:鲁班节}}，纪念{{trap/famous:鲁班}}，我们这里的人都是盖房子的匠人。这几年也学北方办{{trap/minority_word:那达慕}}，孙女穿上袍子去跳舞。她妈在的时候给她梳头，现在是我老伴给梳。
访谈者：孩子们在家说什么话？
受访者：在家说我们这里的蒙古话，跟北方的不一样，出去说{{trap/word:普通话}}。{{trap/word:期间}}有个北方来的学者，录了我们好多话，说要写书。我跟他讲，书写不写都行，能帮帮孩子最好。我们这里的老人，{{trap/word:华丽}}的话不会说，心里都明白：娃娃念了书，日子才有盼头。
访谈者：家里靠什么过日子？
受访者：靠低保，靠两个孩子的补贴，再加上我给人家看看工地、打打零工。老伴在湖边种了半亩菜，吃不完就拿到街子上卖。过年杀一头猪，腌成腊肉，能吃大半年。村里看我们难，去年给家里修了厕所，儿子轮椅进得去了。
访谈者：您老两口身体怎么样？
受访者：我腿有风湿，老伴血压高。夜里儿子喊疼，老伴就起来给他揉。有时候我坐在湖边抽烟，想我们俩要是走了，这一家子咋办。{{minority/mongolian:苏布格日乐}}跟我说，爷爷你别愁，我长大当医生，给我爸治腿。{{minority/mongolian:吉雅泰}}也在边上说，他长大要盖大房子，让爷爷奶奶住楼上。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:通海县兴蒙乡白阁村三组18号}}，儿子原先在玉溪租的房是{{address:红塔区玉兴路街道康乐小区9幢2单元302室}}。我身份证{{id_number@mold.530423}}，孙女的{{id_number@wy2012spaced.530423}}。我电话{{mobile@plain}}，{{han:期丽琼}}的电话{{mobile@s434}}。孙女给我注册了微信，叫{{wechat:temuer_chaolu58}}。孙女有QQ，说交作业用，号码她写在墙上挂历背后，我念给你：{{qq:2093518476}}。
访谈者：表上名字写得对吗？
受访者：不对的多。花名册上孙女写成{{spaced:苏 布 格 日 乐}}，我写成{{spaced:特木尔 朝鲁}}，老伴写成{{spaced:期　凤　仙}}，孙子写成{{spaced:吉雅泰 巴根}}。{{minority/mongolian:特木尔朝鲁}}这个名字，办事的人念了三遍都念不顺。村里说年底一起改。
访谈者：最后您想说什么？
受访者：盼孩子们好好念书，盼儿子的腿能有点起色。日子苦是苦，一家人在一起就好。
""")

# H466: Tibetan mother in 安多 (那曲); her husband is in prison, her mother-in-law is blind.
DOCS["H466"] = ("family", """\
访谈者：阿佳，家里现在几口人？
受访者：五口。我叫{{minority/tibetan:白玛玉宗}}，三十六岁，在{{trap/place:安多}}县的牧区放牦牛。我男人{{minority/tibetan:洛桑丹达}}前年喝了酒跟人打架，把人打伤了，判了四年，在{{trap/place:拉萨}}服刑。{{minority/tibetan:丹达}}他不喝酒的时候是个好人，一喝就变了样。家里还有婆婆{{minority/tibetan:普赤央宗}}，眼睛看不见了。村里人都喊我{{minority/tibetan:玉宗}}，我嫁过来十七年，婆婆待我像亲闺女。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/tibetan:仁增旺拉}}十三，在{{school:安多县完全小学六年级（1）班}}，家里叫他{{minority/tibetan:旺拉}}。二女儿{{minority/tibetan:次央卓嘎}}十岁，在{{school:扎仁镇小学四年级（3）班}}。老三{{minority/tibetan:边巴央吉}}四岁，跟我在家。{{minority/tibetan:旺拉}}也说过不想念了，要回来帮我放牛，我没让。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:嘎玛措姆}}，她给三个孩子报了困境儿童补贴，每人每月{{trap/number:一千零八十}}。她每个礼拜骑摩托来一趟，给婆婆带药。村医{{minority/tibetan:米玛顿珠}}给婆婆量血压。乡长是藏族，汉名叫{{han:李建藏}}，小时候在内地读西藏班起的名字。驻村工作队的队长{{han:何振川}}是四川人，队员有个{{compound:宇文芷晴}}，还有个男的是{{compound:拓跋晨阳}}，帮我们家修了牛圈。县上的社工{{han:罗永红}}也是藏族，藏名叫{{minority/tibetan:格桑曲吉}}，孩子们都叫她老师。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:旺拉}}的班主任{{han:汪德华}}老师说他数学好，就是不爱说话。{{minority/tibetan:次央卓嘎}}爱唱歌，学校办{{trap/minority_word:锅庄}}比赛，她站在第一排。她说长大要去{{trap/place:那曲}}城里当老师。
访谈者：孩子们想爸爸吗？
受访者：想。去年{{han:何振川}}队长开车带我们去拉萨探监，{{minority/tibetan:洛桑丹达}}隔着玻璃哭了，说出来以后再也不碰酒。孩子他舅舅{{minority/tibetan:多吉次旺}}在{{trap/place:唐古拉山}}那边养路，每年给孩子们买新衣裳。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}的时候婆婆在家里{{trap/minority_word:煨桑}}，我给孩子们炸卡赛。夏天县里办{{trap/minority_word:赛马节}}，大儿子骑着邻居的马去看。婆婆给孩子们讲{{trap/famous:文成公主}}进藏的故事，讲了一百遍孩子们还爱听。她也讲{{trap/famous:松赞干布}}，说那是个有本事的王。
访谈者：最难的是什么？
受访者：冬天。雪一下，牦牛找不到草，我一个人赶不回来。去年冬天死了六头牛，我心疼得哭。死了的牛不能白扔，剥了皮卖给收皮子的，一张皮卖不到一百块。婆婆说，牛没了还能再养，人要好好的。我就一早起来打{{trap/minority_word:酥油}}、拌{{trap/minority_word:糌粑}}，送大的两个去上学。冬天草场上零下三十度，帐篷里生着牛粪火，一晚上要起来添三回。去年乡上给我们家盖了定居房，有了火炉和太阳能，婆婆说她活了七十年，头一回冬天不冻手。县里还派人来给婆婆看眼睛，说是白内障，做个手术就能看见，明年开春去{{trap/place:那曲}}做。
访谈者：家里的收入靠什么？
受访者：靠三十几头牦牛，挤奶、打酥油卖，再加上低保和孩子的补贴。夏天我去山上挖{{trap/minority_word:虫草}}，运气好能挖一百多根，一根卖二三十块。挖虫草那一个月，婆婆一个人在家带老三，我心里放不下，天一黑就往回赶。
访谈者：请说一下登记信息。
受访者：家在{{address:安多县扎仁镇玛荣村二组14号}}，冬天就住在城里我姐姐家。我身份证{{id_number@wx.540624}}，大儿子的{{id_number@my2012tri.540624}}。我电话{{mobile@plus86spaced}}，{{minority/tibetan:嘎玛措姆}}的电话{{mobile@hyphen}}，她微信是{{wechat:gama_cuomu_ad}}。大儿子有个QQ，学校老师让注册的，号码是{{qq:739205184}}。
访谈者：表上名字写得对吗？
受访者：藏族名字汉字写法多。表上我写成{{spaced:白玛 玉宗}}，大儿子写成{{spaced:仁　增　旺　拉}}，二女儿写成{{spaced:次 央 卓 嘎}}，我男人写成{{spaced:洛桑 丹达}}。有的表连名字带号码一起错，我不识字，只能请{{han:何振川}}队长帮我一张一张对。
访谈者：您最大的心愿？
受访者：盼{{minority/tibetan:丹达}}早点出来，一家人团团圆圆。盼孩子们念书念出去，别像我一样一个字不认识。大儿子说他要考到内地的西藏班去，像乡长那样，学好了回来。我说好，阿妈砍柴放牛也供你。
""")

# H467: Hui father in 沙湾 (塔城); his wife has cancer, his brother is in prison and he raises his brother's children too.
DOCS["H467"] = ("family", """\
访谈者：您家里几口人？都谁？
受访者：现在七口。我叫{{han:海永祥}}，经名{{minority/hui:赛福丁}}，在{{trap/place:沙湾}}种地，农闲跑运输。老婆{{han:撒桂英}}，经名{{minority/hui:鲁克耶}}，去年查出乳腺癌，在{{trap/place:乌鲁木齐}}做了手术，现在化疗。我弟弟{{han:海永贵}}因为贩牛的事犯了法，判了五年，弟媳{{han:拜秀芳}}走了，两个娃娃也归我管。
访谈者：孩子们多大？
受访者：我自己的两个，儿子{{han:海俊博}}十四，经名{{minority/hui:哈立德}}；女儿{{han:海雨桐}}十岁，经名{{minority/hui:海娜菲赛}}，在家就叫她{{minority/hui:娜菲赛}}。弟弟的两个，侄子{{minority/hui:海拉希德}}十二，侄女{{minority/hui:海罕乃}}七岁。{{minority/hui:海拉希德}}他不爱说话，他爸出事以后就这样了。
访谈者：孩子们在哪儿上学？
受访者：儿子在{{school:沙湾市第二中学初二（4）班}}，女儿和侄子在{{school:乌兰乌苏镇中心小学四年级（1）班}}，一个班。侄女在镇上的幼儿园。{{minority/hui:娜菲赛}}跟她堂哥一起上学一起回来，她照顾哥哥。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:纳春燕}}，给侄子侄女报了事实无人抚养，一人一个月{{trap/number:一千二百三}}。村支书{{han:韩有才}}帮我老婆申请了大病救助。{{trap/org:清真寺}}的{{han:马学忠}}阿訇在主麻日上给大家说了我们家的事，寺里的乡老们凑了一万多块钱。寺里管账的乡老叫{{minority/hui:锁欧麦尔}}，钱是他一家一家收来的。镇卫生院的{{han:铁丽娟}}大夫给老婆换药。县社工站的{{compound:申屠雅楠}}每月来一次，跟她一起的是{{compound:澹台俊峰}}，两个人给娃娃们辅导作业。
访谈者：孩子们知道家里的事吗？
受访者：知道。{{minority/hui:哈立德}}说他初中毕业就不念了，出去打工挣钱给他妈看病。我说不行，{{han:纳春燕}}也来劝，说国家有助学金，念到大学都不用愁。他的班主任{{han:白玉洁}}老师也说，这娃娃能考高中。
访谈者：老婆的病怎么样了？
受访者：还在化疗，头发掉光了，{{han:撒桂英}}她还天天给娃娃们做饭。她娘家的妹妹{{minority/hui:丁鲁克耶}}从{{trap/place:乌苏}}过来住了两个月，帮着照看。我丈母娘{{minority/hui:拜罕乃}}七十多了，也天天打电话问。化疗一次要花一万多，医保报一大半，剩下的靠亲戚朋友借。我把家里的三头牛卖了两头，剩下一头留着过古尔邦节。
访谈者：您一个人又种地又跑车，忙得过来吗？
受访者：忙不过来也得忙。早上五点起来，先给四个娃娃做早饭，送他们上学，再去地里。地里种的是棉花和玉米，{{trap/place:塔城}}这边风大，去年一场冰雹把棉花打了一半。晚上跑车拉货，从沙湾拉到{{trap/place:石河子}}，一趟挣二百来块。半夜回来看娃娃们睡了，我心里就踏实了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，寺里炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，先给我们这样的人家送。阿訇给娃娃们讲{{trap/famous:郑和}}下西洋，讲咱们回族人里出过的能人。寺里还办了个经堂班，礼拜六礼拜天娃娃们去念经，学做人的道理。
访谈者：弟弟那边有消息吗？
受访者：一个月能打一次电话。{{han:海永贵}}他在电话里哭，让两个娃娃好好听大伯的话。{{minority/hui:海罕乃}}小，不知道爸爸在哪儿，问起来我就说在外地干活。等他出来，我把两个娃娃好好交给他。
访谈者：登记表要填地址、号码。
受访者：家在{{address:沙湾市乌兰乌苏镇八户村二组11号}}，弟弟的房子在{{address:沙湾市三道河子镇幸福苑小区5号楼3单元402室}}。我身份证{{id_number@m.654223}}，侄子的{{id_number@my2013hyphen.654223}}。我电话{{mobile@plus86}}，老婆的{{mobile@spaced}}。我的微信{{wechat:haiyongxiang_sw}}。{{minority/hui:哈立德}}有个QQ，号他说是——我看一下本子——{{qq:58204716}}。
访谈者：表上的名字写得对吗？
受访者：乱。经名各人写各的，我看到表上侄子写成{{spaced:海 拉 希 德}}，侄女写成{{spaced:海罕 乃}}，我老婆写成{{spaced:撒　桂　英}}。
访谈者：您最盼什么？
受访者：盼老婆的病好，盼弟弟早点出来。四个娃娃，一个都不能耽误。我{{trap/word:白天}}种地，晚上跑车，累是累，心里踏实。村里人都说我们家难，可难的人家多了，有人帮一把，就过得去。等娃娃们大了，我也去帮别人。阿訇常说，帮人就是帮自己，这话我记着。
""")

# H468: Han grandmother in 阜宁 (盐城); her son is in prison, her daughter-in-law is mentally ill; word nicknames.
DOCS["H468"] = ("family", """\
访谈者：奶奶，您家几个孙子？
受访者：三个。我叫{{han:季翠英}}，七十一了，住在{{trap/place:阜宁}}乡下。老头子走了五年。儿子{{han:卞长林}}前年开车撞了人，又喝了酒，判了四年半。媳妇{{han:徐小芹}}有精神病，犯起来谁也不认得，现在在{{trap/place:盐城}}的医院里住着。三个孩子都跟我。那年出事，赔人家的钱把家底掏空了，房子也押出去一半。我一个老婆子，三个孩子张着嘴要吃饭，那阵子天天夜里坐在床上哭。
访谈者：孩子们叫什么？多大了？
受访者：大孙女{{han:卞思琪}}十三，我们喊她{{han:芦花}}，她生在秋天芦苇开花的时候。二孙子{{han:卞子豪}}十岁，小名{{han:荸荠}}，小时候圆滚滚的。最小的{{han:卞子墨}}六岁，喊他{{han:雀子}}，一天到晚叽叽喳喳。{{han:芦花}}说，她长大了要当护士，给她妈打针。
访谈者：孩子们在哪儿上学？
受访者：{{han:芦花}}在{{school:阜宁县益林初级中学初一（5）班}}，{{han:荸荠}}在{{school:益林镇中心小学四年级（2）班}}，{{han:雀子}}在镇上的幼儿园。{{han:荸荠}}也不省心，上个月跟人打架，把人家鼻子打出血了。老师{{han:於秀琴}}把我喊去，我一去就哭了，我这一辈子没进过几回学校的门。{{han:於秀琴}}老师倒没怪我，说孩子心里有火，让我多跟他说说话。我回来跟他说，你爸做错了事，在里头改，你不能也学坏。他低着头不吭声，第二天自己去给人家赔了不是。
访谈者：谁帮过您？
受访者：村里的儿童主任{{han:嵇红梅}}，三个孩子的事实无人抚养是她帮着报的，一个月一人{{trap/number:九百三}}。她人好，下雨天还来把孩子们的被子收进去。村支书{{han:仓德旺}}给我家报了低保。镇民政办的{{han:顾春风}}来过几趟，带了米和油。村支书说，有他在，孩子饿不着。邻居{{han:陈满囤}}帮我种田，收了麦子帮我拉回来。县里的社工{{compound:公冶思源}}每月来一回，跟她来的还有{{compound:万俟雨桐}}，两个小姑娘陪孩子们写作业、画画。镇上还办了个“爱心驿站”，放学了孩子们可以去那里吃晚饭，有老师看着写作业，我不用天天在灶台边上等。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{han:雀子}}小，天天问妈妈什么时候回来。{{han:芦花}}大了，她不问，夜里偷偷哭。去年中秋我带他们去医院看他们妈，{{han:徐小芹}}那天清醒，抱着{{han:雀子}}不撒手。儿子在监狱里写信回来，{{han:卞长林}}说他对不起孩子，出来一定好好做人。
访谈者：您自己身体怎么样？
受访者：腰疼，眼睛也花了。{{trap/word:顾不上}}自己，先把三张嘴喂饱。{{trap/word:季节}}一换我就咳嗽，卫生院的{{han:薛立平}}医生说是老毛病，给我开了药。家里三亩田，麦子、稻子轮着种，我种不动，{{han:陈满囤}}帮我种，收了粮食我分他一半，他不要。养了十几只鸡，下的蛋给孩子们吃，吃不完的拿到{{trap/place:益林镇}}上卖。
访谈者：过节的时候呢？
受访者：过年包馒头，孩子们帮着揉面。我给他们讲{{trap/famous:范仲淹}}修海堤的事，我们这边的老堤就是他修的。{{han:荸荠}}听了说，他长大也要修堤。{{han:雀子}}不懂，就跟着哥哥喊，修堤修堤。过年的时候村里给我们送了米、油和一床新被子，三个孩子盖着新被子在床上打滚，我看着也笑了。那是出事以后，我头一回笑出声来。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:阜宁县益林镇东沟村六组23号}}，媳妇娘家在{{address:阜宁县阜城街道金沙湖小区11幢1单元602室}}。我身份证{{id_number@wold.320923}}，大孙女的{{id_number@wy2012quad.320923}}。我电话{{mobile@h38}}，{{han:嵇红梅}}的电话{{mobile@s38}}，她微信{{wechat:jihongmei_yl}}。{{han:芦花}}有QQ，说跟她妈的护士联系用的，号码我让她写在日历上了，念给你听：{{qq:1386042957}}。
访谈者：表上名字写得对吗？
受访者：有错的。学校名单上写成{{spaced:卞 思 琪}}，{{spaced:卞子 豪}}，还有一张把我写成{{spaced:季　翠　英}}，把社工姑娘写成{{spaced:公 冶 思 源}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，盼媳妇的病好。我老了，不晓得还能带几年。孩子们好，我就好。我跟三个孩子说，你们的爸爸犯了错，可你们没错，走出去要把头抬起来。
""")

# H469: Han township doctor in 沭阳 (宿迁) who keeps in touch with patients, relatives and officials on WeChat and QQ.
DOCS["H469"] = ("staff", """\
访谈者：您在卫生院干了多少年？
受访者：十九年。我叫{{han:仲建明}}，在{{trap/place:沭阳}}县的一个镇卫生院看全科，也管家庭医生签约。镇上的困境儿童，大多是我先知道的，孩子家里有病人，就会来找我。
访谈者：您说说手上这几家。
受访者：头一家是{{han:胡兰芝}}，六十六，高血压。她儿子{{han:胡大海}}前年在{{trap/place:南京}}工地上出事没了，儿媳{{han:汤玉梅}}改嫁了，留下孙子{{han:胡一鸣}}。{{han:胡兰芝}}她不会用手机，我加的是她孙子的微信，叫{{wechat:huyiming_0715}}，有事孩子给我发语音。
访谈者：第二家呢？
受访者：第二家男的叫{{han:沈德宝}}，在厂里被机器轧断了两只手，评了{{trap/org:县残联}}的二级残疾。老婆{{han:朱小燕}}一个人在{{trap/place:苏州}}打工，两个孩子{{han:沈心怡}}、{{han:沈一航}}跟爷爷过。他说，他现在连给孩子扣个扣子都扣不上。他老婆加了我微信，叫{{wechat:zhuxiaoyan_sz88}}，每个礼拜问一回孩子爷爷的血糖。
访谈者：第三家？
受访者：第三家是孤儿，{{han:颜子航}}，九岁，爸妈都是得病走的。跟着姑姑{{han:颜春霞}}过，她自己也有两个孩子。孩子有哮喘，一犯病{{han:颜春霞}}就在QQ上喊我，她不用微信，说微信太费流量。她的QQ是——我翻一下手机——{{qq:2715039846}}。
访谈者：镇上谁管这些孩子？
受访者：镇民政办的{{han:朱立新}}，儿童主任是各村的。他也是我们家病人，痛风。镇上这些困境儿童，他都建了个微信群，把我也拉进去了，群主就是他，微信号{{wechat:zhulixin_minzheng}}。县里社工站的{{compound:钟离晓薇}}也在群里，还有{{compound:太史文博}}，他们每个月下来一次。有时候孩子发烧，家长半夜打我电话，我就先在群里问问儿童主任谁离得近。
访谈者：孩子们的学校呢？
受访者：{{han:胡一鸣}}在{{school:沭阳县韩山中心小学五年级（3）班}}，班主任{{han:汤丽君}}老师跟我是同学，她QQ是{{qq:46028193}}，孩子在学校不舒服她就找我。{{han:沈心怡}}在{{school:沭阳县怀文中学初一（8）班}}，她们班主任{{han:卓国平}}也加了我。
访谈者：还有吗？
受访者：还有一家，爸爸{{han:周立国}}吸毒进了戒毒所，妈妈{{han:仇秀云}}精神不好。孩子{{han:周甜甜}}七岁，跟外婆{{han:仇桂兰}}过。老人也八十了，牙都没了。{{han:周甜甜}}有一回在学校晕倒，老师打120，把她送到我这里来，是饿的。后来我跟学校说，让她在学校吃了早饭再上课。
访谈者：这些家庭最缺的是什么？
受访者：缺人。家里全是老的小的，病了没人送，药不会吃。我在手机上给他们设闹钟，提醒吃药。有的老人不识字，我就给孩子发语音，让孩子念给老人听。县里有个{{trap/number:12345}}热线，有事也能打，可老人们记不住。我就把我的号码用大字写在纸上，贴在他们家门后头，谁家有事先打给我。
访谈者：这些人的联系方式您都登记了？
受访者：登记了。{{han:胡兰芝}}家在{{address:沭阳县韩山镇三里村五组9号}}，{{han:仇桂兰}}家在{{address:沭阳县沭城街道梨园小区7号楼1单元301室}}。{{han:颜子航}}的身份证{{id_number@my2016.321322}}，{{han:沈德宝}}的{{id_number@mmidspaced.321322}}。头一家孙子的手机{{mobile@p86h}}，{{han:朱立新}}的电话{{mobile@s74}}。{{han:沈心怡}}也有QQ，她说想问我题目，号码是{{qq:３１０５７２８４６}}。
访谈者：这些孩子有什么让您印象深的？
受访者：{{han:胡一鸣}}。他奶奶住院那几天，他一个人在家做饭，晚上骑自行车来卫生院给奶奶送粥。我问他怕不怕，他说不怕，{{trap/famous:虞姬}}故里的男子汉，哪能怕。我们这里人都爱讲{{trap/famous:项羽}}和虞姬的故事。
访谈者：表上名字写法有出入吗？
受访者：有。群里有人把名字空着打，{{spaced:颜 子 航}}、{{spaced:沈　心　怡}}，社工也被打成{{spaced:钟离 晓薇}}。我签字的时候写成{{spaced:仲建 明}}，表交上去又退回来了。
访谈者：您最大的感受？
受访者：当医生的，看病是本分。这些孩子，看的不光是病。镇上的{{trap/word:花木}}生意好，年轻人都出去了，剩下的就是这些老人孩子。我能做的，就是手机不关机，谁家喊我，我就去。
""")

# H470: Uyghur father living in 乌鲁木齐, from 伽师; his wife is on dialysis, his brother is in prison and he raises his brother's son.
DOCS["H470"] = ("family", """\
访谈者：您在乌鲁木齐多少年了？
受访者：十年了。我叫{{minority/uyghur:买尔旦·图尔洪}}，老家在{{trap/place:伽师}}，在{{trap/place:乌鲁木齐}}{{trap/place:二道桥}}那边卖干果。老婆{{minority/uyghur:古丽扎尔·艾克拜尔}}得了尿毒症，一个礼拜透析三次。我哥哥{{minority/uyghur:帕尔哈提·图尔洪}}在老家犯了事，判了六年，他老婆走了，儿子也归我养。
访谈者：孩子们多大？
受访者：我自己两个。儿子{{minority/uyghur:阿布都瓦依提·买尔旦}}十三，我们叫他{{minority/uyghur:阿布都瓦依提}}；女儿{{minority/uyghur:祖木热提·买尔旦}}九岁。侄子{{minority/uyghur:亚库甫江·帕尔哈提}}十一岁，家里喊他{{minority/uyghur:亚库甫江}}。{{minority/uyghur:阿布都瓦依提}}在{{school:乌鲁木齐市第十四中学初一（6）班}}，两个小的在{{school:天山区延安路小学三年级（4）班}}和五年级。
访谈者：老婆的病怎么样？
受访者：医生说要换肾。{{minority/uyghur:古丽扎尔}}她透析完回来脸是黄的，还要给孩子们做{{trap/minority_word:抓饭}}。她爸爸{{minority/uyghur:艾克拜尔·亚森}}在伽师种{{trap/word:伽师瓜}}，每年秋天拉一车瓜来卖，钱全给我们。老人说，瓜甜不甜看天，日子甜不甜看人。
访谈者：店里生意怎么样？
受访者：一般。干果店一年挣个四五万，房租就去了一万二。透析的钱医保报了大部分，剩下的一个月还得一两千。我早上七点开门，晚上十点关门，中间去医院接老婆。大儿子放了假就来店里帮忙，称葡萄干、核桃，算账比我还快。有时候我看着他，心里难受，别人家的孩子放假去玩，他在店里站一天。
访谈者：谁帮过你们？
受访者：社区的书记{{han:韩秀琪}}，还有社区的儿童主任{{minority/uyghur:米合日班·赛麦提}}。{{minority/uyghur:米合日班}}她给侄子报了事实无人抚养，一个月{{trap/number:一千六百八}}，又帮老婆申请了大病救助。街道的民政专干{{han:邱志华}}也来过。医院透析室的{{han:徐海燕}}护士长帮我们申请减免了一部分费用。社工站的{{compound:公孙望舒}}每个礼拜来给孩子们上课，同事{{compound:赫连思渺}}教孩子们画画。
访谈者：侄子怎么样？
受访者：{{minority/uyghur:亚库甫江}}刚来的时候不说话，夜里尿床。{{minority/uyghur:亚库甫江}}他现在好多了，跟我儿子睡一张床，两个人好得像亲兄弟。他的班主任{{minority/uyghur:热孜万古丽·吐尔逊}}老师说他数学好。{{minority/uyghur:祖木热提}}就爱跳舞，学校的{{trap/minority_word:麦西来甫}}她跳得最好。
访谈者：老家还有亲人吗？
受访者：我妈{{minority/uyghur:阿依谢姆汗}}还在伽师，七十多了，跟我弟弟{{minority/uyghur:艾尔肯·图尔洪}}住。{{minority/uyghur:艾尔肯}}他种了二十亩地，过年给我们寄{{trap/minority_word:馕}}和杏干。邻居{{minority/uyghur:吐尔逊阿洪}}大叔也常去看我妈。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}我们回伽师，一家人在一起宰羊。我给孩子们讲{{trap/famous:阿凡提}}的笑话，还讲{{trap/famous:纳瓦依}}的诗，孩子们最爱听阿凡提。
访谈者：最难的是什么时候？
受访者：老婆透析那几天，店里没人看，我把孩子们锁在家里，心里急。后来{{minority/uyghur:米合日班}}说社区有个四点半课堂，孩子们放学可以去那里写作业，我才放心了。课堂里有大学生志愿者，教孩子们写作业、讲故事，还教汉字书法。侄子写了一幅“家”字，拿回来贴在墙上，我老婆看了半天没说话。后来她跟我说，这个家散不了。
访谈者：登记一下住址和号码。
受访者：老家在{{address:伽师县夏普吐勒乡阿克吾斯塘村4组27号}}，这边租的房子在{{address:天山区延安路街道石榴园小区3号楼2单元501室}}。我的身份证{{id_number@m.653129}}，侄子的{{id_number@my2014fwspaced.653129}}。我电话{{mobile@spaced}}，她的电话{{mobile@plus86dash}}。我的微信{{wechat:Mardan_Turhun81}}。儿子的QQ，他说上网课用，号码写在作业本皮上，是{{qq:927461035}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。户口本上是{{minority/uyghur:买尔旦·图尔洪}}，银行卡上成了{{minority/uyghur:买尔旦图尔洪}}，没有点。学校把我儿子写成{{spaced:阿布都瓦依提 · 买尔旦}}，点两边空着，侄子写成{{spaced:亚 库 甫 江}}，女儿写成{{spaced:祖　木　热　提}}，老婆写成{{spaced:古丽扎尔 艾克拜尔}}。
访谈者：您最大的愿望？
受访者：老婆能换上肾，哥哥早点出来。三个孩子都念书，念出来了不用像我这样起早贪黑。
""")

# H471: Han civil-affairs officer in 邳州 (徐州) reading from a case file.
DOCS["H471"] = ("staff", """\
访谈者：您今天带的是哪几户的材料？
受访者：四户，都是今年新认定的困境儿童。我叫{{han:仝海涛}}，在{{trap/place:邳州}}市一个镇的民政办，管儿童福利这一块。我照着档案念，你记。
访谈者：好。
受访者：第一户，孤儿{{han:满思远}}，男，十一岁，{{trap/number:2023年}}认定。父亲{{han:满建华}}、母亲{{han:邵玉霞}}前年在{{trap/place:徐州}}出车祸一起走了。现在跟奶奶{{han:邵玉珍}}过，监护人一栏写的是“{{han:邵玉珍}}{{han:邵玉珍}}”，村会计录系统的时候多复制了一遍。{{han:满思远}}在{{school:邳州市碾庄镇中心小学五年级（1）班}}，每月孤儿基本生活费{{trap/number:一千九百八}}。孩子身份证{{id_number@my2014.320382}}，家在{{address:邳州市碾庄镇王楼村七组31号}}。
访谈者：第二户呢？
受访者：第二户，父亲服刑。{{han:厉建军}}，盗窃，判了七年。母亲{{han:孙兰芳}}二级肢体残疾。两个孩子，{{han:厉可欣}}十三，{{han:厉可凡}}八岁。{{han:厉可欣}}在{{school:邳州市运河中学初一（7）班}}，{{han:厉可凡}}在镇上的小学读二年级。母亲的身份证{{id_number@wfullwidth.320382}}，电话{{mobile@hyphen}}，家在{{address:邳州市官湖镇滨湖花园6号楼2单元103室}}。村里的儿童主任{{han:王秀枝}}说，{{han:孙兰芳}}都是坐着轮椅给孩子做饭。
访谈者：第三户？
受访者：第三户，父母外出打工多年不管，事实无人抚养。孩子叫{{han:张恒远}}，九岁，跟太奶奶{{han:黄桂英}}过，老人九十一了。这户是派出所的{{han:刘振岳}}所长转过来的，孩子在街上捡瓶子被他看见了。孩子身份证{{id_number@my2016x.320382}}，家在{{address:邳州市铁富镇高湾村二组8号}}。{{han:张恒远}}他爸{{han:张茂林}}在外地，电话打了十几回才接。
访谈者：第四户？
受访者：第四户，母亲重病。{{han:冯淑娴}}，白血病，在市医院化疗。丈夫早年病故。女儿{{han:冯雨晴}}十二岁，在{{school:邳州市第二实验小学六年级（5）班}}。她姐姐{{han:冯淑芳}}的电话{{mobile@plain}}，家就在城里，离医院不远。
访谈者：你们镇上谁一起做这些？
受访者：分管的副镇长{{compound:欧阳振宇}}，民政办还有{{compound:皇甫静岚}}，她管低保。市里社工站派了{{compound:令狐书畅}}，还有个女社工叫{{compound:诸葛晓晴}}，她们每户每月走访一次。我们跟{{trap/org:市妇联}}、{{trap/org:市残联}}都有对接。{{compound:欧阳振宇}}副镇长说，这几户一户一个责任人，出了事找责任人。
访谈者：孩子们现在怎么样？
受访者：{{han:满思远}}刚开始不爱说话，现在在学校当了小组长。{{han:厉可欣}}说她爸是小偷，同学笑话她，我们跟学校说了，班主任{{han:邵长河}}老师开了班会。我跟孩子们讲{{trap/famous:张良}}在{{trap/place:圯桥}}给老人拾鞋的故事，说我们{{trap/place:邳州}}人讲的就是个厚道。{{han:张恒远}}现在也不去捡瓶子了，太奶奶说他每天放学先写作业，再去喂鸡。
访谈者：认定了以后，你们还做什么？
受访者：每季度入户一次，看孩子吃得怎么样、住得怎么样、上学怎么样，有病的看病治得怎么样。开学前把学校的减免手续办好，冬天前把棉衣棉被送到。孩子满了十八岁，还在念书的继续发，不念书的帮他找个技能培训。我们有个本子，每户一页，写满了就再订一页。
访谈者：档案里的名字写法一致吗？
受访者：不一致，最麻烦。手填的表上有{{spaced:满 思 远}}，有{{spaced:厉　可　欣}}，还有把名字写错一个字的。副镇长在签到表上被写成{{spaced:欧　阳　振　宇}}，社工被写成{{spaced:令 狐 书 畅}}。系统里查不到，我们就一个字一个字地对。
访谈者：认定一户要走哪些手续？
受访者：先是家里申请，或者村里、学校、派出所发现了报上来，我们入户核查，看户口、看病历、看判决书，再在村里公示七天，报市{{trap/org:民政局}}审批。快的一个月，慢的要两三个月。有的老人不识字，申请书是我们帮着写的，念一句，让老人按一个手印。
访谈者：您做这行最怕什么？
受访者：怕漏报。一个孩子漏了，一年的钱就没了。我一个月骑电动车跑四五百公里，镇上二十三个村，每个村我都走过不止十遍，哪户的狗认得我，我都清楚。前年冬天下大雪，{{trap/place:运河}}边上的路结了冰，我连人带车摔进沟里，爬起来接着走，那户的孩子等着我送棉衣。我的微信是{{wechat:tonghaitao_pz}}，孩子们有事都能找我，找不到我就打{{trap/number:12349}}民政热线。
""")

# H472: Han father in 泸定 (甘孜) who works on the road; his wife died of cancer.
DOCS["H472"] = ("family", """\
访谈者：您在公路上干了多少年了？
受访者：十五年。我叫{{han:冉德华}}，在{{trap/place:泸定}}县公路段养护班，管{{trap/place:二郎山}}那一段。塌方、落石、下雪，都得我们去。老婆{{han:喻春梅}}前年得了肝癌，从查出来到走，不到半年。
访谈者：孩子们多大？
受访者：两个。儿子{{han:冉小川}}十四，在{{school:泸定中学初二（3）班}}住校；女儿{{han:冉雨欣}}八岁，在{{school:泸桥镇小学二年级（1）班}}。我妈{{han:穆桂兰}}七十了，在家带女儿。我一上山就是十天半个月，家里全靠她。老婆生病那半年，我请了假在医院陪着，段上照发工资，工友们凑了两万块钱。她走了以后，我欠了七八万的债，现在每个月还一点。
访谈者：您每天的工作是什么样的？
受访者：早上六点出工，清理路面的石头，补坑，扫雪。二郎山上一年有半年在下雪，雪大的时候几天几夜回不了家，就睡在道班房里。去年夏天塌方，一块大石头滚下来，离我不到两米，我当时就想，我要是没了，两个娃娃咋办。从那以后，我出工前都给我妈打个电话。女儿接了电话就问，爸爸今天冷不冷，有没有石头掉下来。我说没有，爸爸好好的。其实哪天没有石头掉，只是我不跟她说。
访谈者：孩子们平时谁照顾？
受访者：女儿跟我妈，儿子住校，礼拜五坐班车回来。我妈腿有风湿，冬天下不了床，女儿就自己烧水、热饭，八岁的娃娃，会做蛋炒饭了。邻居们也帮着看，谁家做了好吃的，都给送一碗过来。
访谈者：谁帮过你们？
受访者：镇上的儿童主任{{han:郭春燕}}，她给两个孩子报了困境儿童补贴，每人每月{{trap/number:六百五}}。县{{trap/org:民政局}}的{{han:邬志远}}来核过。段上的班长{{han:杨长江}}知道我家的事，尽量给我排近一点的路段。{{han:杨长江}}他说，有他在，不让我一个人扛。我的工友{{minority/tibetan:泽仁曲批}}是藏族，家在{{trap/place:磨西镇}}，他老婆{{minority/tibetan:拥措卓玛}}常来给我妈送{{trap/minority_word:酥油}}。{{minority/tibetan:泽仁曲批}}也说，你的娃娃就是我的娃娃。
访谈者：学校那边呢？
受访者：儿子的班主任{{han:罗晓梅}}老师说他成绩掉了，他妈走了以后就不爱学习。{{han:罗晓梅}}跟我打电话，我在山上信号不好，说两句就断了。后来县社工站的{{compound:慕容知远}}每周去学校找他聊一次，还有个社工{{compound:尉迟雅琪}}，给女儿辅导作业。段上新来的技术员叫{{compound:巫马俊驰}}，大学生，周末也去我家给儿子补数学。
访谈者：孩子们想妈妈吗？
受访者：想。女儿晚上抱着她妈的衣服睡。儿子嘴上不说，他手机里全是他妈的照片。{{han:喻春梅}}她走之前跟我说，一定让娃娃念书。
访谈者：您的工作能调吗？
受访者：调不了，段上人少。冬天{{trap/place:大渡河}}边上路结冰，一天要撒几趟盐。我跟儿子讲，当年红军飞夺{{trap/place:泸定桥}}，{{trap/famous:石达开}}在大渡河边上吃了败仗，这条河边的人都是硬骨头。他听了笑，说爸你又讲古。{{trap/word:杨柳}}发芽的时候我带女儿去河边走走，她说河水太响了，像妈妈在叫她。
访谈者：您岳父岳母呢？
受访者：岳父{{han:喻德贵}}在{{trap/place:雅安}}，身体不好。岳母{{han:喻秀琼}}每个月给孩子打钱，五百一千的。{{han:喻德贵}}都说过，想把女儿接过去，我舍不得。娃娃没了妈，不能再离开爸。我妈也说，再苦也要一家人在一起。
访谈者：登记一下地址和号码。
受访者：家在{{address:泸定县泸桥镇咱里村三组12号}}，我妈的老房子在{{address:泸定县冷碛镇甘露寺村一组5号}}。我身份证{{id_number@m.513322}}，儿子的{{id_number@my2011hyphen.513322}}。我电话{{mobile@s434}}，{{han:郭春燕}}的{{mobile@fullwidth}}。我微信{{wechat:randehua_gonglu}}，儿子的QQ，他说跟他同学玩游戏的，号码是{{qq:65039182}}。
访谈者：表上名字写得对吗？
受访者：有错。学校把女儿写成{{spaced:冉 雨 欣}}，把儿子写成{{spaced:冉小 川}}，我的工友写成{{spaced:泽 仁 曲 批}}，我妈写成{{spaced:穆　桂　兰}}。
访谈者：您最大的心愿？
受访者：娃娃们念出书来，别像我一样守在山上。路修好了，人能走出去。我在山上守路，就是给他们守一条出去的路。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=465,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
