# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 41 (tests/pii/holdout41/H313-H320 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; sets 38, 39 and 40, written at the same time
by other writers, are not earlier sets).

Set 41 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder father
in 杭锦后旗 (巴彦淖尔) whose wife is on dialysis, with three children and his old father; a Tibetan grandmother in
贵德 (海南州) whose son is in prison and whose daughter-in-law remarried, raising two grandchildren; a Salar father
in 尖扎 (黄南), his wife paralysed in the crash of his truck, with four children and Hui neighbours who help; a Han
mother in 荆州 whose husband, a boatman, was paralysed on the docks; a Han children's nurse in 古蔺 (泸州) with Miao
patients, their relatives and the officials she reaches on WeChat and QQ; a Kazakh grandfather in 托里 (塔城) whose
son died in a coal mine and whose daughter-in-law remarried; a Han police officer in 奇台 (昌吉) reading out the file
of two children left alone by a father taken for drugs; and a Han grandmother in 三门峡 raising a grandson whose
parents divorced. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names of four to seven characters (阿拉腾敖其尔, 额尔敦毕力格图, 萨日娜高娃, 都固尔扎布,
宝音那木拉) with short forms after the full name (阿拉腾, 毕力格图跟), a Han surname before a Mongolian name
(包苏日古嘎) and the Han name of a Mongolian (包振山); Tibetan names with short forms (华旦加措 then 华旦他, 宗吉拉毛
then 宗吉, 尕藏旦知 then 尕藏也, 公保才旦 then 公保) and the Han names of Tibetans (罗家宝, 李成龙); Salar Han-form
names beside 经名 and Han surname + Arabic name (韩福录 / 阿卜杜热合曼, 马玉花 / 马克里麦 then 克里麦, 韩努海 then
努海, 韩阿丽玛 / 韩玉英, 沈哈比卜, 韩撒里哈) and the Hui neighbours' (冶学军 / 外哈布 and 冶外哈布, 马塞丽玛 then
塞丽玛, 冶阿米乃, 马舒尔布, 喇舍里夫, 马优努斯); Miao home names beside school names (杨榜香 / 杨秋菊 then 榜香,
陶妮蒙 and “妮蒙在宁波” on WeChat, 王朵妮 and “朵妮” on QQ, 熊耶榜还, 古嘎略 then 嘎略公公, 务嘎); Kazakh given
name + father's name with and without the dot (居马泰·沙尔山 and 居马泰沙尔山, 阿合叶尔克·叶尔波拉提 and
阿合叶尔克叶尔波拉提, 叶尔肯·沙德克 then 叶尔肯说, 努尔多列提·叶尔波拉提 then 多列提就); Han nicknames that are
words, annotated whole (木墩他, 莲蓬说, 米团也), officials as they show on WeChat and QQ (“老陶”, “兴菊姐”: spans 老陶
and 兴菊); Han names with common surnames above all and rare ones (覃, 揭, 晏, 喻, 卜, 昝, 蔺, 苟, 廉, 仲, 晁),
with titles and kin words, names that contain words (周长江, 吴家和, 邓春风, 滕国庆, 施明亮, 花新民), a name written
twice on a form (张春明张春明), names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced,
dotted and split names; compound surnames after ordinary words; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:覃春桃}}``, ``{{qq:2748163059}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, salar, hui, miao, kazakh) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016fwx.654224}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 检察官,
法官, 大姐, 婶子, 姨, 公公, 奶奶, 哥哥, 老汉) and a particle, pronoun or verb written directly after a name (说,
的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边) are outside the span; a nickname that is a word (木墩, 莲蓬, 米团) and a
name as it shows on WeChat or QQ (老陶, the 兴菊 of “兴菊姐”, the 妮蒙 of “妮蒙在宁波”) are annotated. Han-style
names of Mongolian, Tibetan, Salar, Hui and Miao people (包振山, 李成龙, 韩福录, 冶学军, 杨秋菊) are category han; a
Han surname before a non-Han given name (包苏日古嘎, 马克里麦, 冶外哈布, 杨榜香) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout41/make_holdout41.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(41_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "salar", "hui", "miao", "kazakh")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {group: 10 for group in MINORITY_GROUPS}
# Sets 38, 39 and 40 are being written at the same time by other writers: not earlier sets.
WRITTEN_WITH = ("holdout38", "holdout39", "holdout40")

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H313: Mongolian herder father in 杭锦后旗 (巴彦淖尔); his wife is on dialysis, three children and his old father.
DOCS["H313"] = ("family", """\
访谈者：大哥，先说说您家里几口人吧。
受访者：六口。我叫{{minority/mongolian:阿拉腾敖其尔}}，四十六岁，在{{trap/place:杭锦后旗}}北边的嘎查放羊。户口本上的汉名是{{han:包振山}}，可没人这么叫，嘎查里都喊我{{minority/mongolian:阿拉腾}}。老婆{{minority/mongolian:萨日娜高娃}}前年查出尿毒症，一个礼拜去{{trap/place:临河}}透析三回，我开皮卡送她。她老说拖累了一家人，我说家里的活我全{{trap/word:包办}}了，你别说这种话。
访谈者：孩子们多大了？
受访者：大闺女{{minority/mongolian:赛罕吉雅}}十五，在{{school:杭锦后旗蒙古族学校初三（2）班}}住校；二小子{{minority/mongolian:额尔敦毕力格图}}十一，在{{school:陕坝镇第四小学五年级（1）班}}；老三{{minority/mongolian:斯庆图}}才六岁，在嘎查的幼儿园。二小子的名字长，家里就叫他{{minority/mongolian:毕力格图}}。大闺女也懂事，周末回来先给她妈熬小米粥，再去圈里添草。我阿爸{{minority/mongolian:都固尔扎布}}七十九了，腿不灵便，整天坐在门口晒太阳，嘴里还念叨着羊。
访谈者：家里靠什么过日子？
受访者：一百来只羊，二十亩葵花。老婆看病光路费一年就一大笔。嘎查达{{minority/mongolian:包苏日古嘎}}给我们报了低保，三个孩子又按困境儿童报上去，一人一个月{{trap/number:一千二百六}}。苏木的民政助理{{han:郝凤琴}}来核了两回，每回都拍照存档。嘎查的儿童主任{{han:刘玉珍}}大姐隔三岔五打电话，问孩子吃了没、作业写了没。
访谈者：学校那边呢？
受访者：大闺女的班主任{{minority/mongolian:青格勒图}}老师对她好，知道她妈病了，把住宿费免了，还给她找了件羽绒服。二小子他们班的{{han:贾春燕}}老师年轻，说{{minority/mongolian:毕力格图}}跟同学打过一架，因为人家笑他妈脸色发黑。我去学校赔了不是，回来没打他，就跟他说，你妈是病了，不丢人。
访谈者：谁帮您家最多？
受访者：邻居{{minority/mongolian:哈日巴拉}}，他家有台旋耕机，春天我家的地都是他顺手翻的。我表弟{{minority/mongolian:宝音那木拉}}在{{trap/place:巴彦淖尔}}城里开出租，老婆透析那天他就来接，一分钱不要。旗里社工站有个姑娘叫{{compound:拓跋明月}}，跟她一块儿来的是{{compound:巫马思源}}，两人给老三带了识字卡片。{{compound:拓跋明月}}还帮我们申请了大病救助，报回来四千多。
访谈者：老婆透析那几天，家里怎么安排？
受访者：一三五去临河，天不亮就走。羊交给阿爸看着，他腿不好，就坐在圈门口数。老三送到{{han:邢丽君}}家，她在嘎查开小卖部，汉人，自家也有个同岁的丫头，两个孩子在一块儿玩，我也放心。透析室的护士{{han:樊秀梅}}人细心，知道我们是牧区来的，每回都先给老婆排上，省得在走廊里干等。回来的路上老婆累得说不出话，靠在车窗上睡，我就把车开得慢慢的。到家天都黑了，大闺女要是在家，饭已经做好了；要是不在，就是二小子煮的挂面，咸得下不去嘴，可我们都吃完了。
访谈者：孩子们自己说过什么吗？
受访者：二小子有一回问我，阿爸，我妈的血为啥要在机器里转一圈才能回来。我说机器替你妈的腰子干活呢。他就说，那等我长大了造一台更好的机器。大闺女不怎么说，可她的日记本我看见过，里面写着，要是我能替妈妈生病就好了。我一个大男人，看完在羊圈里坐了半天没起来。
访谈者：过年过节怎么过？
受访者：正月里去祭{{trap/minority_word:敖包}}，夏天嘎查办{{trap/minority_word:那达慕}}，二小子爱看摔跤。晚上阿爸给孩子们讲{{trap/famous:满都海}}哈屯扶小汗王上马的故事，孩子们听得连奶茶都忘了喝。老婆身体好的时候还做{{trap/minority_word:奶豆腐}}，现在做不动了，就是大闺女跟着学。
访谈者：您自己身体还行吗？
受访者：腰不好，从{{trap/year:一九九四年}}放羊放到现在，冬天接羔子一蹲就是半夜。可我不能倒，我倒了这一家子就散了。去年冬天下大雪，{{trap/place:乌兰布和}}那边刮过来的沙子混着雪，羊圈塌了半边，是邻居爷儿俩帮我连夜撑起来的。
访谈者：登记表上要写地址、证件和电话。
受访者：家在{{address:杭锦后旗蛮会镇哈日陶勒盖嘎查三组11号}}。我身份证{{id_number@my1979.150826}}，老婆的{{id_number@wspaced.150826}}。我电话{{mobile@plain}}，表弟的{{mobile@s38}}。{{han:刘玉珍}}的微信{{wechat:liuyuzhen_hjhq}}。大闺女有个QQ，说跟同学对答案用，号码她写在日历背面了，我念给你：{{qq:2748163059}}。
访谈者：表上的名字写得对吗？
受访者：乱。低保表上我是{{spaced:阿拉腾 敖其尔}}，中间空了一格；学校花名册上二小子是{{spaced:额 尔 敦 毕 力 格 图}}，老三写成{{spaced:斯　庆　图}}。老婆的医保卡上是{{spaced:萨日娜 高娃}}，医院说跟身份证对不上，让我跑了两趟。
访谈者：您最盼什么？
受访者：盼老婆能排上换肾。大闺女说她要考医学院，回来给她妈看病。我说，你考上了，阿爸卖羊也供你。
""")

# H314: Tibetan grandmother in 贵德 (海南州); her son is in prison, his wife remarried, two grandchildren.
DOCS["H314"] = ("family", """\
访谈者：阿妈，您家里现在谁跟谁过？
受访者：我跟两个孙子孙女。我叫{{minority/tibetan:多杰吉毛}}，今年六十七，家在{{trap/place:贵德}}县城南边，离{{trap/place:黄河}}不远。老汉前些年放牛从山上摔下来没了。儿子{{minority/tibetan:华旦加措}}跟人打架伤了人，判了六年，在{{trap/place:西宁}}服刑。儿媳妇{{minority/tibetan:才吉卓玛}}等了一年，回娘家{{trap/place:同德}}改嫁了。
访谈者：孩子们叫什么？多大了？
受访者：孙女{{minority/tibetan:宗吉拉毛}}十二岁，在{{school:贵德县第二民族中学初一（4）班}}，我们叫她{{minority/tibetan:宗吉}}。孙子{{minority/tibetan:当周加}}八岁，在{{school:河阴镇寄宿制小学二年级（1）班}}，学校给他登了个汉名叫{{han:罗家宝}}。孙女就像个小大人，早上给弟弟梳头、装书包，我眼睛不好，穿针都是她帮我穿。
访谈者：孩子爸爸那边有联系吗？
受访者：一个月能打一回亲情电话。儿子在电话里哭，说对不起阿妈，对不起两个娃娃。{{minority/tibetan:华旦}}他小时候脾气就犟，可心不坏。孙子不懂，问爸爸啥时候回来，我说等你上四年级就回来了。
访谈者：日子上谁帮得多？
受访者：村里的儿童主任{{minority/tibetan:德吉措毛}}，她跑前跑后，给两个娃娃报了事实无人抚养，每人每月{{trap/number:一千四百三}}。村支书{{han:马有林}}是回族，他跟我说，阿妈你别愁，有啥事就来村委会。县{{trap/org:民政局}}的{{han:毛艳红}}来家里看过，给我们送了一床新被子。乡卫生院的{{minority/tibetan:尕藏旦知}}大夫每个月给我量血压，{{minority/tibetan:尕藏}}也顺手给孙子看看牙。
访谈者：亲戚们呢？
受访者：我侄子{{minority/tibetan:索南仁青}}在{{trap/place:拉西瓦}}电站上班，过年给娃娃们买新衣裳。我妹妹的儿子在寺里当阿卡，法名{{minority/tibetan:洛桑丹巴}}，他说娃娃们要是念不起书，寺里也能帮一把。我跟他说，娃娃要念国家的书，将来端公家的碗。孙女的舅舅{{minority/tibetan:公保才旦}}在县城开车，汉名叫{{han:李成龙}}，街上人都喊他{{han:李成龙}}，家里还是叫他{{minority/tibetan:公保}}。
访谈者：您去监狱看过儿子吗？
受访者：去过两回，是村里的会计{{han:祁德胜}}开车送的。管教干部{{han:邵文斌}}挺和气，让娃娃隔着玻璃跟他阿爸说了二十分钟话。孙子把脸贴在玻璃上，他阿爸也把手贴过来。出来以后孙女一路上没说话，到家就去给佛龛添了一盏灯。
访谈者：孙子在寄宿学校习惯吗？
受访者：刚去的时候天天哭，礼拜五我去接，他远远看见我就跑。生活老师{{han:赵海霞}}是汉族，晚上挨个给娃娃们掖被子，她跟我说，你孙子晚上说梦话，喊的是奶奶。现在好了，他跟同学踢足球，还当了小组长。回来就给我讲学校的事，讲食堂的包子，讲升旗，我爱听。
访谈者：家里的地呢？
受访者：有三亩地，种油菜和青稞，我自己种不动，租给了邻居，一年给五百块钱和两袋面。家里还养着两头犏牛，早晚我去挤奶。孙女放假就帮我打酥油、背柴，手上全是口子。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:尉迟梦瑶}}，汉族姑娘，跟她一块儿来的叫{{compound:慕容天佑}}。{{compound:尉迟梦瑶}}给孙女做了几回心理辅导，孙女现在肯说话了，还在本子上画她阿爸。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}的时候我{{trap/minority_word:煨桑}}，给娃娃们炸{{trap/minority_word:馓子}}。正月里县城闹社火，娃娃们去河边看灯。夏天带他们去转{{trap/minority_word:玛尼康}}，晚上我给他们讲{{trap/famous:文成公主}}过{{trap/place:日月山}}的故事，孙子听着听着就睡着了。
访谈者：您身体怎么样？
受访者：腿疼，眼睛有白内障。儿童主任说县医院有免费做白内障的，排上了就去。我最怕的是我走在儿子出来之前，两个娃娃没人管。
访谈者：登记一下住址和号码。
受访者：家在{{address:贵德县河阴镇加莫台村二社17号}}。我的身份证{{id_number@wy1958.632523}}，孙女的{{id_number@wy2013fullwidth.632523}}。电话我不会拨，都是孙女拨：儿童主任的{{mobile@hyphen}}，{{han:马有林}}的{{mobile@plus86}}。{{han:马有林}}的微信{{wechat:ma_youlin_gd}}。孙女用学校的平板注册了个QQ，号码她写在作业本的最后一页，叫我念：{{qq:58273146}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。我的名字有写{{spaced:多杰 吉毛}}的，有写{{spaced:多　杰　吉　毛}}的；孙女在学校是{{spaced:宗 吉 拉 毛}}，孙子是{{spaced:当周 加}}。这些都是村文书一个个改过来的。
访谈者：您最大的心愿？
受访者：孙女说她想当老师，就在贵德教书。我就盼她念出来，她阿爸出来了也有个奔头。
""")

# H315: Salar father in 尖扎 (黄南) with Hui neighbours; his wife was paralysed in the crash of his truck, four children.
DOCS["H315"] = ("family", """\
访谈者：韩大哥，您是撒拉族吧？
受访者：是。我叫{{han:韩福录}}，经名{{minority/salar:阿卜杜热合曼}}，祖上从{{trap/place:循化}}搬过来，在{{trap/place:尖扎}}{{trap/place:康杨}}住了三辈人了。老人们说，撒拉人的先祖{{trap/famous:尕勒莽}}和{{trap/famous:阿合莽}}牵着白骆驼从撒马尔罕走过来，骆驼卧在泉边不走了，就在那儿扎了根。我们这一支后来又顺着黄河往上游走了一截。
访谈者：家里现在什么情况？
受访者：前年我跑大车，在{{trap/place:坎布拉}}的盘山路上翻了车，我断了三根肋骨，老婆{{minority/salar:马克里麦}}伤了脊椎，腰以下瘫了。她身份证上的名字是{{han:马玉花}}，娘家人还是叫她{{minority/salar:克里麦}}。车赔了，地就四亩，四个娃娃一下子没了着落。
访谈者：孩子们多大？
受访者：老大{{minority/salar:韩努海}}十五，在{{school:尖扎县第一中学初三（3）班}}；老二是丫头，{{minority/salar:韩阿丽玛}}，十二，上学的名字是{{han:韩玉英}}；老三{{minority/salar:韩叶合牙}}九岁，在镇上读三年级；老四也是丫头，{{han:韩秀花}}，才四岁。{{minority/salar:努海}}本来学习好，出事以后想退学去{{trap/place:广州}}的拉面馆打工，我不让。老三还小，放了学就守着他妈。
访谈者：谁帮了你们？
受访者：先说邻居。隔壁是回族，{{han:冶学军}}，经名{{minority/hui:外哈布}}，坊上人连着姓喊他{{minority/hui:冶外哈布}}。出事那天是{{minority/hui:外哈布}}开着三轮把我老婆拉到{{trap/org:乡卫生院}}的。他媳妇{{minority/hui:马塞丽玛}}天天过来给我老婆擦身子、翻身，{{minority/hui:塞丽玛}}说，邻居就是一家人。对门的老奶奶{{minority/hui:冶阿米乃}}八十了，还拄着拐棍给娃娃们送{{trap/minority_word:油香}}。
访谈者：政府这边呢？
受访者：村里的儿童主任{{han:沈玉兰}}是我们撒拉人，她给四个娃娃报了困境儿童，每人每月{{trap/number:九百八}}，家里又进了低保。镇上民政专干{{han:唐兴旺}}来过三回，每回都把老婆的病历翻一遍。县{{trap/org:残联}}给老婆办了一级残疾证，送了一张轮椅。{{trap/org:清真寺}}的{{minority/hui:马舒尔布}}阿訇叫坊上散{{trap/minority_word:乜贴}}，给我们凑了六千块。
访谈者：您老婆现在怎么样？
受访者：每天要翻身、擦洗，一个人弄不动。县医院康复科的{{han:蒲丽娟}}大夫教过我怎么给她按腿，说坚持按，肉就不会萎。我晚上按，老大周末回来也按。她心里急，有时候半夜哭，说自己成了废人，我就给她念经，念着念着她就睡着了。
访谈者：您自己现在干什么活？
受访者：肋骨长好了，重活还是干不了。镇上的扶贫车间招人，车间主任{{han:昝德明}}让我去看大门，一个月两千。离家近，中午能回来给老婆喂饭。四亩地种了花椒，今年收了一百多斤，够娃娃们一学期的伙食费。丫头十二岁就会擀面、洗衣裳，老四的辫子都是她梳。老大把他的自行车卖了，钱给他妈买了个气垫床，我知道了骂他，他说，阿爸，车子以后还能买，我妈的腰等不得。
访谈者：孩子们上学怎么样？
受访者：{{minority/salar:努海}}的班主任{{han:费建中}}老师常打电话，说孩子上课发呆，作业倒是一点不{{trap/word:马虎}}。丫头她们班的{{han:俞秀琴}}老师给她申请了营养餐补助。县社工站来了两个人，一个叫{{compound:段干嘉禾}}，还有一个是{{compound:乐正文博}}，在村里办了个周末课堂。{{compound:段干嘉禾}}教丫头们跳绳，老三也跟着跳。
访谈者：亲戚们呢？
受访者：我舅舅{{minority/salar:沈哈比卜}}在循化，七十多了，每年{{trap/minority_word:古尔邦节}}宰牲都给我们留一条羊腿。老婆的哥哥{{minority/salar:韩撒里哈}}在{{trap/place:西宁}}跑出租，娃娃们的校服是他买的。回族邻居{{minority/hui:喇舍里夫}}家里有台收割机，麦黄的时候把我家的也收了，油钱都不要。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}那天娃娃们穿上新衣裳去寺里，{{minority/hui:马优努斯}}家的孙子领着他们一家一家去拜节。{{minority/hui:冶阿米乃}}奶奶手把手教丫头炸馓子。老婆躺在炕上，娃娃们回来就趴在她跟前说寺里的事，她听着就笑。
访谈者：登记表上要写的信息呢？
受访者：家在{{address:尖扎县康杨镇沙力木村三社14号}}，舅舅家在{{address:循化县街子镇三兰巴海村五社9号}}。我身份证{{id_number@mmidhyphen.632322}}，老婆的{{id_number@wmid.632322}}。{{han:沈玉兰}}的电话{{mobile@p86n}}，她微信{{wechat:shenyulan_kangyang}}。老大有QQ，号码我记不住，他写在门后头了——你等我看看——{{qq:30516847}}。
访谈者：名字在表上写得对不对？
受访者：经名是音译的，一张表一个写法。我在低保表上是{{spaced:阿卜杜 热合曼}}，老婆在残疾证上是{{spaced:马 克 里 麦}}，老大在学校花名册上是{{spaced:韩　努　海}}，邻居在村里的表上成了{{spaced:冶 外 哈 布}}。
访谈者：您最盼什么？
受访者：盼老婆能坐起来。{{minority/salar:努海}}说他要考卫校，学会了回来给他妈扎针。
""")

# H316: Han mother in 荆州 (湖北) whose husband, a boatman, was paralysed; two children with nicknames, his mother.
DOCS["H316"] = ("family", """\
访谈者：大姐，您家里的情况能说说吗？
受访者：能。我叫{{han:覃春桃}}，四十一，家在{{trap/place:荆州}}城东边的村里，离{{trap/place:沙市}}十几里路。男的叫{{han:陈德旺}}，原来在{{trap/place:长江}}上跑货船，{{trap/year:2022年}}在码头卸货，被钢缆打断了脊梁骨，瘫在床上了。村里人都喊他{{han:木墩}}，说他人实在、话少。{{han:木墩}}他以前一顿能吃三碗饭，现在半碗都吃不下。
访谈者：家里还有谁？
受访者：两个伢和婆婆。儿子{{han:陈子豪}}十三，小名{{han:莲蓬}}，在{{school:荆州区郢城镇中学初一（5）班}}；姑娘{{han:陈雨桐}}八岁，小名{{han:米团}}，在{{school:郢城镇太晖小学二年级（3）班}}。婆婆{{han:王桂香}}七十三了，有糖尿病，一天打两针胰岛素。{{han:莲蓬}}说他长大了要开大船，{{han:米团}}也说要跟着哥哥上船。
访谈者：出事以后家里靠什么？
受访者：船是{{han:周长江}}老板的，出事以后他赔了八万，说再多就没了。那点钱看病早就花光了。我在镇上的藕粉厂打零工，一天八十。村里给我们报了低保，两个伢按困境儿童报的，每人每月{{trap/number:六百五}}。村里的儿童主任{{han:晏红霞}}一趟趟往镇上跑，表格填了十几张。{{han:晏红霞}}说，大姐你莫急，材料我来弄。
访谈者：您丈夫现在怎么样？
受访者：心里苦。刚瘫那阵子，{{han:木墩}}也不说话，整天盯着房梁。有一回他跟我说，你带着伢走吧，别跟着我受罪。我说你{{trap/word:胡扯}}什么。区{{trap/org:残联}}的{{han:揭志勇}}来家里看了，给他申请了护理补贴，又送来一张护理床。村医{{han:胡长林}}每个礼拜来给他翻身查褥疮，他说只要不生褥疮，人就熬得住。
访谈者：孩子们在学校怎么样？
受访者：{{han:莲蓬}}的班主任{{han:喻春生}}老师晓得我们家的事，让他当了班上的劳动委员，说让他有点事做，心里就不空了。{{han:米团}}她们班的{{han:柏玉芬}}老师每天放学陪她等我，我下了班去接，常常天都黑了。学校请的社工姓{{trap/word:欧阳}}，叫{{compound:欧阳春晓}}，跟她搭档的是{{compound:司马秋实}}，两个人每周来学校一回。
访谈者：邻居亲戚帮得上吗？
受访者：隔壁{{han:吴家和}}他们家有台收割机，收谷的时候把我家的也收了。我哥哥{{han:覃建军}}那边也难，在{{trap/place:公安县}}种柑橘，每年还是送两筐来。村支书{{han:邓春风}}也来过，说年底给我们家修个无障碍的厕所。{{han:邓春风}}说话算话，开春就修好了。
访谈者：平时带孩子们出去玩吗？
受访者：哪有空。就是去年国庆，{{compound:欧阳春晓}}带着几个伢去{{trap/place:荆州古城}}的城墙上走了一圈，回来{{han:莲蓬}}就跟他爸讲{{trap/famous:关羽}}大意失荆州的故事，讲得他爸都笑了。那是他爸瘫了以后头一回笑。
访谈者：孩子们在家帮得上忙吗？
受访者：帮得上。{{han:莲蓬}}放学回来先给他爸翻身，再写作业。他力气小，一个人翻不动，就喊{{han:米团}}来搭把手，兄妹两个一个推肩膀一个推腰。{{han:米团}}会给她爸念课文，念错了她爸就纠正，那是他一天里话最多的时候。
访谈者：您有没有想过放弃？
受访者：想过。最难的时候，娘家人劝我离，说你还年轻。我也动过心。可看到两个伢，看到他躺在那里，我走不脱。后来村里让我去找{{han:卜晓雯}}，她是区里的心理咨询师，她跟我说，你不是一个人扛，有事说出来。我现在每个月跟她打一回电话，说完了，心里就松一点。藕粉厂的老板娘晓得我家的事，让我只上白班，有时候还让我把碎藕粉带回去给伢们冲着喝。
访谈者：您自己呢？
受访者：累。白天上班，晚上给他擦身子，半夜还要起来两回。有时候我躲在灶屋里哭一场，哭完了擦擦脸再出去。{{han:王桂香}}她心疼我，能做的都抢着做，可她也老了。
访谈者：登记一下住址和号码。
受访者：家在{{address:荆州区郢城镇太晖村四组28号}}，我哥哥家在{{address:公安县埠河镇杨家厂村二组6号}}。{{han:陈德旺}}的身份证{{id_number@mquad.421003}}。我电话{{mobile@h38}}，{{han:晏红霞}}的{{mobile@plus86dash}}。我的微信{{wechat:chuntao_jz1983}}。{{han:莲蓬}}有个QQ，他说同学都有，号码是——你莫急，我翻一下手机——{{qq:1627053948}}。
访谈者：表上名字写得对不对？
受访者：有的不对。残联的表把我男的写成{{spaced:陈 德 旺}}，学校把姑娘写成{{spaced:陈　雨　桐}}，低保本上我是{{spaced:覃春 桃}}。社工签名写的是{{spaced:欧 阳 春 晓}}，我还以为是两个人。
访谈者：您最盼什么？
受访者：盼两个伢把书念出来。{{han:木墩}}说，他这辈子就这样了，伢们不能再吃他吃过的苦。
""")

# H317: Han nurse in 古蔺 (泸州) with Miao patients, their relatives and the officials she reaches on WeChat and QQ.
DOCS["H317"] = ("staff", """\
访谈者：您在医院做护士多少年了？
受访者：十四年。我叫{{han:罗晓燕}}，在{{trap/place:泸州}}{{trap/place:古蔺}}县医院儿科当护士长。我们科收的娃娃，三成是苗族，从{{trap/place:箭竹}}、{{trap/place:马嘶}}那些高山乡下来的。很多娃娃爸妈在外面打工，是爷爷奶奶背下山来的。我手机里加了一百多个家长和村干部的微信，有事就在微信上喊。
访谈者：说说您印象最深的几个娃娃吧。
受访者：头一个是{{minority/miao:杨榜香}}，九岁，烤火的时候把腿烧伤了。她上学用的名字叫{{han:杨秋菊}}，屋头都喊她{{minority/miao:榜香}}。爸爸{{han:杨兴贵}}在{{trap/place:浙江}}打工，妈妈{{minority/miao:陶妮蒙}}也在那边，微信名叫“{{minority/miao:妮蒙}}在宁波”。是奶奶{{minority/miao:务嘎}}背着她走了两个钟头山路下来的。奶奶不会说汉话，我们找了个会说苗话的护工翻译。
访谈者：后来呢？
受访者：植皮做了两次。娃娃也不哭，就是晚上想妈妈。我让她妈每天晚上八点跟她视频，她妈说厂里不让带手机进车间，就趁吃饭的时候打。医药费走了医保和大病救助，剩下的是镇民政办的{{han:陶国华}}帮着申请的临时救助。{{han:陶国华}}微信上叫“{{han:老陶}}”，头像是一头牛，我开始还以为是哪个养牛的。
访谈者：第二个呢？
受访者：第二个是个男娃，{{han:熊光辉}}，十一岁，白血病。他爸爸前年在煤窑出事没了，妈妈{{minority/miao:王朵妮}}改嫁去了{{trap/place:叙永}}，娃娃跟着爷爷{{minority/miao:熊耶榜}}。老人七十岁了，在病房里打地铺，一住就是三个月。{{han:熊光辉}}他懂事，化疗吐了还安慰爷爷说不痛。他妈妈有时候在QQ上问娃娃的情况，QQ名就叫“{{minority/miao:朵妮}}”，号码是{{qq:2093851746}}，我就拍照片发给她。
访谈者：第三个？
受访者：第三个是一对姐妹，{{han:陶春艳}}和{{han:陶春梅}}，六岁，双胞胎，肺炎。爸妈都在{{trap/place:东莞}}，跟着外公{{minority/miao:古嘎略}}。村里人喊他{{minority/miao:嘎略}}公公，他背着两个娃娃下山，一边一个，背篼都压变形了。
访谈者：这些家庭谁在帮？
受访者：各乡的儿童主任。{{trap/place:箭竹}}乡的是{{han:王兴菊}}，她QQ上的名字叫“{{han:兴菊}}姐”，把{{minority/miao:榜香}}的事发到QQ群里，村里凑了两千多。县社工站的{{compound:闾丘俊峰}}跟{{compound:漆雕晓丽}}每周来病房给娃娃们讲故事、做手工。我们科的{{han:朱永学}}主任牵头跟一个基金会联系，给{{han:熊光辉}}申请了十万块的救助。
访谈者：苗族家长有什么不一样？
受访者：老人不太会说汉话，认字的少，签字都是按手印。他们很讲礼，出院的时候非要塞给我们鸡蛋、腊肉，推都推不掉。过{{trap/minority_word:踩山节}}的时候，烧伤那个娃娃的奶奶托人给我带了一条{{trap/minority_word:百褶裙}}，说是她自己{{trap/minority_word:蜡染}}的。{{minority/miao:熊耶榜}}还跟我讲他们苗家{{trap/famous:亚鲁王}}的古歌，唱了半个钟头，我听得都{{trap/word:陶醉}}了。
访谈者：出院以后怎么跟进？
受访者：我们建了个微信群，出院的娃娃家长都在里面。镇上的{{han:陶国华}}、{{han:王兴菊}}也在群里，复查、报销、上学的事都在群里说。{{han:熊光辉}}出院后回{{school:古蔺县箭竹苗族乡中心小学五年级（1）班}}读书，班主任{{han:李兴碧}}老师每个月给我发一次他的照片。{{minority/miao:杨榜香}}在{{school:马嘶苗族乡小学三年级（2）班}}，腿好了，能跑能跳了。
访谈者：病历上要登记的信息呢？
受访者：{{minority/miao:榜香}}家在{{address:古蔺县马嘶苗族乡白岩村五组13号}}，{{han:熊光辉}}爷爷家在{{address:古蔺县箭竹苗族乡团结村二组21号}}。{{han:熊光辉}}的身份证{{id_number@my2014.510525}}。爷爷的电话{{mobile@s434}}，{{minority/miao:榜香}}她妈的电话{{mobile@plus86spaced}}，她微信号{{wechat:nimeng_nb2019}}。{{han:陶国华}}的微信号{{wechat:laotao_gulin}}。{{han:王兴菊}}的QQ号她发在群里的，我翻一下——{{qq:460829173}}。
访谈者：这些娃娃出院以后，回家的条件怎么样？
受访者：有的很差。我跟着社工上过一回山，{{han:熊光辉}}爷爷家的房子是土墙，一下雨就漏。后来乡上搞危房改造给修了，是乡长{{han:岳明全}}亲自跑的项目。村医{{han:穆德芬}}每个礼拜上去给娃娃测体温，她在微信上跟我说，娃娃长胖了，我看了照片高兴了一整天。我女儿也九岁，跟烧伤那个娃娃同岁。有时候下了夜班回家，看到女儿睡得好好的，我就想起病房里那些没有妈妈在身边的娃娃。
访谈者：病历上名字写得对吗？
受访者：有错的。苗族娃娃上学的名字跟屋头的名字不一样，我们登记的时候两个都写。有张表把{{minority/miao:杨榜香}}写成{{spaced:杨 榜 香}}，把{{han:熊光辉}}写成{{spaced:熊　光　辉}}，把爷爷写成{{spaced:熊耶 榜}}。社工签到表上是{{spaced:闾 丘 俊 峰}}。
访谈者：您做这行，最难的是什么？
受访者：最难的是看着娃娃受罪，家里大人又不在身边。我能做的，就是让他们在医院里不那么怕。
""")

# H318: Kazakh grandfather in 托里 (塔城); his son died in a coal mine, the widow remarried, two grandchildren.
DOCS["H318"] = ("family", """\
访谈者：大叔，您身体还硬朗吧？
受访者：还行，七十一了。我叫{{minority/kazakh:居马泰·沙尔山}}，在{{trap/place:托里}}县放了一辈子牛羊，村里人都叫我{{minority/kazakh:居马泰}}老汉。老伴{{minority/kazakh:恰汗}}前年走了。儿子{{minority/kazakh:叶尔波拉提·居马泰}}在{{trap/place:铁厂沟}}的煤矿上干活，三年前井下出事，没了。儿媳妇{{minority/kazakh:沙吾列·卡德尔}}后来改嫁到{{trap/place:塔城}}，两个孩子就留给了我。
访谈者：孩子们多大了？
受访者：孙子{{minority/kazakh:努尔多列提·叶尔波拉提}}十三岁，在{{school:托里县第二中学初一（2）班}}，我们叫他{{minority/kazakh:多列提}}。孙女{{minority/kazakh:阿合叶尔克·叶尔波拉提}}九岁，在{{school:托里镇第三小学三年级（4）班}}。学校表上孙女写的是{{minority/kazakh:阿合叶尔克叶尔波拉提}}，没有点，老师说系统里打不出那个点。{{minority/kazakh:多列提}}就爱跟我上山看羊，一放假天天去。
访谈者：孩子爸爸走了以后，家里怎么过？
受访者：煤矿赔了一笔钱，我存在信用社，给孩子们以后上学用。家里有三十只羊、四头牛，冬天要转场到{{trap/place:老风口}}南边的{{trap/minority_word:冬窝子}}。村里给报了低保，两个孩子按事实无人抚养报上去，一人一个月{{trap/number:一千五百一}}。村支书{{minority/kazakh:叶尔肯·沙德克}}跟乡上跑了好多趟。{{minority/kazakh:叶尔肯}}说，你老了，孩子们的事村里管。
访谈者：冬天转场的时候孩子们怎么办？
受访者：孩子们要上学，不跟我去。冬天我把羊交给亲戚赶到冬窝子，我自己留在村里陪孩子。孙子住校，孙女走读，我早上骑摩托送她，零下三十度，她裹得只露两只眼睛。乡里的驻村干部{{han:仲伟东}}看我们难，给家里换了电暖气，冬天屋里不冷了。
访谈者：孩子爸爸走了，孩子们心里过得去吗？
受访者：孙子过不去。他爸出事那年他十岁，在学校里听说的，跑了二十里路回家，鞋都跑掉了一只。那以后他夜里常醒，醒了就坐在窗户跟前。县医院的心理医生{{han:黄丽琴}}给他看过，说要慢慢来。孙女小，记不清爸爸长什么样，就天天看手机里的照片。矿上的工会主席{{han:蔺玉成}}每年{{trap/minority_word:古尔邦节}}前来一趟，送米面油，说只要矿还在，就不会忘了这两个孩子。
访谈者：儿媳妇还来看孩子吗？
受访者：来。她每个月来一回，给孩子们买衣服、买本子。她现在的男人是汉族，叫{{han:苟建新}}，人也厚道，说孩子们想去塔城就去，他不嫌。孙女跟妈亲，每回她妈走，孙女都追到村口。
访谈者：学校那边呢？
受访者：孙子的班主任{{minority/kazakh:卡米拉}}老师说，孩子数学好，就是爸爸走了以后不爱说话。学校的心理老师{{han:鲍国平}}每周找他谈一回。孙女她们班的{{han:廉秀英}}老师是汉族，教孩子们写毛笔字，孙女写的“家”字贴在教室墙上。
访谈者：村里谁帮得最多？
受访者：儿童主任{{minority/kazakh:库兰·木合塔尔}}，她一个女的，骑摩托跑遍了全村。她给孩子们办了助学金，又联系了{{trap/org:县妇联}}，送来两床被子。邻居{{minority/kazakh:哈布德力·加纳特}}帮我打草、修棚圈。他儿子{{minority/kazakh:别克吐尔逊}}在乡卫生院当大夫，孙女发烧，半夜骑摩托来打针。县里的社工{{compound:令狐振华}}跟{{compound:东方俊杰}}也来过，给我们拍了全家福，可惜少了他们的爸爸。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}的时候，邻居们都来我家喝{{trap/minority_word:纳吾肉孜粥}}。夏天{{trap/place:巴尔鲁克山}}下有{{trap/minority_word:阿肯弹唱}}，孙子弹{{trap/minority_word:冬不拉}}，是我教的。晚上我给他们讲{{trap/famous:阔尔库特}}的故事，说他弹着琴躲死神，躲了一辈子。
访谈者：登记一下地址和号码。
受访者：家在{{address:托里县庙尔沟镇阔克塔斯村二组10号}}，儿媳妇住在{{address:塔城市和平街道西苑小区6号楼3单元201室}}。我身份证{{id_number@my1954hyphen.654224}}，孙女的{{id_number@wy2016fwx.654224}}。村支书的电话{{mobile@plain}}，儿童主任的{{mobile@fws}}，她微信{{wechat:kulan_muhtar}}。孙子有QQ，号码他写在我烟盒上了：{{qq:1209457638}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。我们哈萨克人是自己的名字后面跟父亲的名字，有的表写点，有的不写。我在户口上是{{minority/kazakh:居马泰·沙尔山}}，在低保表上是{{minority/kazakh:居马泰沙尔山}}，医保卡上成了{{spaced:居马泰 · 沙尔山}}。孙子写成{{spaced:努 尔 多 列 提}}，孙女写成{{spaced:阿合叶尔克　·　叶尔波拉提}}。
访谈者：您最盼什么？
受访者：盼孙子孙女长大。孙子说他要当煤矿的安全员，不让别人的爸爸再出事。
""")

# H319: Han police officer in 奇台 (昌吉) reading out the file of two children left alone by a father taken for drugs.
DOCS["H319"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：一个困境儿童案子的案卷。我叫{{han:刘建成}}，在{{trap/place:奇台}}县城的派出所当社区民警，干了十九年。我照着案卷念，名字、号码都是原样。
访谈者：好。
受访者：去年十二月，{{trap/hotline:110}}接到报警，报警的是邻居{{minority/kazakh:玛依拉·托合提}}，说对门两个娃娃三天没见大人了。我跟同事{{compound:夏侯子健}}去的，地址是{{address:奇台县古城街道天山小区7号楼2单元602室}}。敲不开门，叫了开锁的。进去一看，大的在给小的泡方便面，暖气欠费停了，屋里冷得像冰窖。
访谈者：孩子的父母呢？
受访者：父亲{{han:张春明}}，三十四岁，那几天因为吸毒被{{trap/place:昌吉}}那边抓了，后来强制隔离戒毒两年。母亲{{han:陈玉莲}}，身份证{{id_number@wy1992hyphen.652325}}，前年就走了，说去{{trap/place:乌鲁木齐}}打工，电话一直打不通。案卷上父亲的名字录成了“{{han:张春明}}{{han:张春明}}”，是录入的时候粘了两遍。
访谈者：两个孩子呢？
受访者：大的叫{{han:张子轩}}，九岁，在{{school:奇台县第三小学三年级（5）班}}；小的叫{{han:张子涵}}，五岁，没上幼儿园。{{han:张子轩}}跟我说，爸爸走的时候说买菜去了，让他看好妹妹。他就真的看了三天，一步没出门。
访谈者：后来怎么安置的？
受访者：先送到县{{trap/org:救助管理站}}临时照料，又联系了社区。社区书记{{han:云秀兰}}和网格员{{han:马凤英}}第二天就来了。{{han:马凤英}}是回族，家里也有两个娃娃，她给小的洗澡、换衣服，小的抱着她不撒手。后来找到了孩子的奶奶{{han:章玉珍}}，七十二，住在{{address:奇台县西北湾镇头屯村三组19号}}，身份证{{id_number@wy1953fwspaced.652325}}。老人身体不好，孩子的姑姑{{han:张秀芝}}说她来带，她在县城开了个小卖部。{{han:张秀芝}}她们家也不宽裕，可一句怨言没有。
访谈者：监护的事怎么解决的？
受访者：{{trap/org:检察院}}的{{compound:公孙德明}}检察官提起了撤销监护资格的诉讼，法院是{{compound:皇甫宏图}}法官办的，判给姑姑当监护人。{{trap/org:民政局}}按事实无人抚养给两个孩子报了补贴，每人每月{{trap/number:一千六百四}}。县社工站让{{compound:申屠立新}}跟进，每周入户一回，给{{han:张子轩}}做心理疏导。
访谈者：孩子们现在跟姑姑过得怎么样？
受访者：好多了。姑姑家就一间半房子，小卖部后头隔出来一间给两个娃娃住。姑父{{han:庞志刚}}在{{trap/place:江布拉克}}景区开观光车，旺季住山上，淡季回来。小的上了社区幼儿园，园长{{han:徐晓红}}给她免了保育费。大的成绩从班里倒数追到了中间，老师说他上课敢举手了。孩子爸爸在戒毒所每个月能打一回电话，娃娃接电话的时候不怎么说话，挂了电话就去写作业，一写写到半夜。
访谈者：孩子的妈妈找到了吗？
受访者：找到了，在{{trap/place:哈密}}一家饭馆洗碗。孩子妈妈在电话里哭，说她是被打怕了才走的，没想到孩子爸爸会丢下孩子不管。她现在每个月给姑姑转五百块钱。
访谈者：这个案子里还有谁帮了忙？
受访者：邻居{{minority/kazakh:玛依拉·托合提}}，要不是她报警，后果不敢想。她男人{{minority/kazakh:马合沙提·叶森别克}}每年冬天给姑姑家送一只羊。学校的班主任{{han:滕国庆}}老师给{{han:张子轩}}免了午餐费。我们{{han:施明亮}}所长说，这种娃娃，派出所得有个{{trap/word:章程}}，一直盯着。
访谈者：案卷里的信息都核对过吗？
受访者：核对过，也发现不少错。询问笔录上孩子奶奶写成{{spaced:章　玉　珍}}，一个字一个空格；社工签名是{{spaced:申 屠 立 新}}；孩子母亲一处写成{{spaced:陈玉 莲}}，一处写成{{han:陈玉莲}}。姑姑的电话{{mobile@spaced}}，另一页又把中间四位写错了，我一个个打过去才问对。她微信{{wechat:zhangxiuzhi_qt}}。网格员的电话{{mobile@plus86}}。{{han:张子涵}}的身份证{{id_number@wy2018x.652325}}。{{han:张子轩}}用他姑姑的旧手机上QQ，号码是他自己念给我的：{{qq:３０８１５７２６}}。
访谈者：这些娃娃以后会怎样？
受访者：我们所里有个本子，辖区的困境儿童一个个记着，逢年过节去看看。{{han:张子轩}}都跟我混熟了，见了就喊警察叔叔。我跟他说，有事就打{{trap/hotline:110}}，也可以直接来所里找我。老辈人说{{trap/famous:左宗棠}}当年在{{trap/place:古城}}屯过兵，我就跟他说，你要像那些兵一样，把妹妹守好。
""")

# H320: Han grandmother in 三门峡 (河南) raising a grandson whose parents divorced, with her husband after a stroke.
DOCS["H320"] = ("family", """\
访谈者：大娘，您跟孙子俩过？
受访者：还有老头子。我叫{{han:李春芳}}，六十四了，家在{{trap/place:三门峡}}{{trap/place:陕州}}区的塬上，住的还是老{{trap/word:地坑院}}。老头子{{han:王建新}}前年脑梗，半边身子不灵便。儿子{{han:王志强}}跟媳妇{{han:苗春雨}}三年前离了婚，孙子判给了儿子，儿子在{{trap/place:郑州}}送外卖，又成了家，一年回来一两趟。{{han:苗春雨}}她改嫁到{{trap/place:灵宝}}，也有了孩子。孙子{{han:王浩然}}就跟着我们老两口。
访谈者：孩子知道爸妈离婚的事吗？
受访者：知道。刚离那阵子，{{han:王浩然}}天天哭着要妈。现在不哭了，可也不爱说话。他妈有时候来学校门口看他，给他塞点钱，{{han:王浩然}}都拿回来给我，说奶奶你买药。
访谈者：孩子在哪儿上学？
受访者：在{{school:陕州区张汴乡中心小学四年级（2）班}}。班主任{{han:袁丽娜}}老师知道家里的事，让他当了图书管理员。校长{{han:任保国}}说，孩子要是缺啥，跟学校说。去年冬天学校给他发了棉鞋、棉袄，{{han:任保国}}校长亲自送到家里来。
访谈者：家里的收入呢？
受访者：种了五亩苹果，二亩{{trap/word:花生}}。老头子病了以后，果园都是我一个人弄。儿子说每月给八百，有时候给，有时候忘了。村里的儿童主任{{han:韦小红}}婶子来了好几趟，说孩子爸妈都不在身边，算困境儿童，给报了补贴，每月{{trap/number:五百八}}，又给老头子报了低保。
访谈者：还有谁帮你们？
受访者：村支书{{han:史玉梅}}，女的，能干。她帮我把果子卖给了收购站，价钱比往年高。乡卫生院的{{han:花新民}}大夫每月来给老头子量血压、开药，{{han:花新民}}他人好，有时候不让我们{{trap/word:花钱}}。邻居{{han:凤秀云}}姨七十多了，我去地里的时候，她帮我看着老头子。县社工站来过两个年轻人，一个叫{{compound:南宫一鸣}}，一个叫{{compound:端木晴川}}，给孩子带了几本书，还陪他下象棋。孙子说{{compound:南宫一鸣}}哥哥下棋下不过他。
访谈者：孩子爸爸回来的时候呢？
受访者：回来待两天就走。{{han:王志强}}他也难，新媳妇不太愿意要这个孩子。我跟儿子说，你不要，我要，我活一天带一天。亲家母{{han:郎丽华}}也常打电话来问孙子，过年给他寄新衣裳。
访谈者：老头子病了以后，谁帮着照看？
受访者：镇上的康复站每周来一回，康复师{{han:牛晓光}}教他拿筷子、扶着墙走路。现在他能自己走到院子里晒太阳了。孙子放学回来，就扶着他爷爷在院子里转圈，一边转一边数，说爷爷今天走了二十圈。
访谈者：孩子妈妈那边呢？
受访者：{{han:苗春雨}}那边也惦记。她每个月给孙子打电话，打完了孙子就躲到窑洞里头哭。她现在的男人{{han:晁永刚}}也算通情达理，让她寒暑假把孙子接过去住几天。孙子回来说，灵宝那个弟弟很乖，就是老抢他的玩具。
访谈者：您身体还撑得住吗？
受访者：腰椎间盘突出，天一冷就疼。地坑院冬暖夏凉，就是上下坡难走，我背着一筐苹果上来，得歇三回。{{han:史玉梅}}书记说要给我们申请搬到新村去，我舍不得这院子，老头子在这里住了一辈子。
访谈者：过年过节怎么过？
受访者：过年去{{trap/place:函谷关}}赶庙会，孙子最爱看耍社火的。老头子给他讲{{trap/famous:老子}}骑着青牛出函谷关的故事，孙子问老子是谁的老子，把我们都笑坏了。冬天{{trap/place:天鹅湖}}上来了好多天鹅，我带他去看，他说天鹅一家子都在一块儿。我听了心里酸。
访谈者：登记一下住址和号码。
受访者：家在{{address:陕州区张汴乡北营村五组32号}}。儿子在郑州租的房子是{{address:金水区文化路街道丰产路小区3号楼1单元1102室}}。我的身份证{{id_number@wy1961.411203}}，孙子的{{id_number@my2014hyphenx.411203}}。我电话{{mobile@plain}}，{{han:王志强}}的电话{{mobile@s74}}。{{han:韦小红}}的微信是{{wechat:weixiaohong_sz}}，我不会用，是孙子给我加的。孙子有QQ，号码是——你等等，他写在我老年机的后盖上——{{qq:295306481}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。低保表上老头子是{{spaced:王 建 新}}，学校表上孙子是{{spaced:王　浩　然}}，还有把我写成{{spaced:李春 芳}}的。社工的名字写成{{spaced:端 木 晴 川}}，我还以为是四个字的外国人。
访谈者：您最盼什么？
受访者：盼我跟老头子多活几年，把{{han:王浩然}}拉扯大。他说长大了要当医生，给爷爷治病。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=313,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=WRITTEN_WITH)


if __name__ == "__main__":
    main()
