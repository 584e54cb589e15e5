# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 46 (tests/pii/holdout46/H353-H360 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 47, written at the same time by another
writer, is a later set and is not read).

Set 46 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder
mother in 乌拉盖 (锡林郭勒) whose husband has cirrhosis, raising her three children and the son of her sister, who is
on dialysis; a Tibetan grandfather in 申扎 (那曲) whose son died in a snowstorm looking for his yaks and whose
daughter-in-law is weak after two operations for hydatid disease; a Hui grandmother in 乌兰县 (海西) with Mongolian
neighbours, whose son was paralysed by a fall at the 茶卡 salt lake and whose daughter-in-law remarried; a Han mother
in 随州 (曾都区) raising three children, known by nicknames that are words, alone while her husband is in prison
for a drunk-driving death; a Han kindergarten teacher in 茂名 (茂南区) going through the six children in distress of
her class and their parents as they show on WeChat and QQ; a Uyghur grandfather in 新和 (阿克苏) whose son died on
the road to 库车 and whose daughter-in-law is half paralysed after a stroke; a Han child-protection officer in 安阳
reading out his case file (滑县, 林州, 安阳县, 文峰区); and a Han father in 鄂州 whose wife has leukaemia and lies in a
hospital in 武汉. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names of four to seven characters (塔娜其木格, 希日莫娜仁 then 希日莫, 阿日斯楞巴图,
额日很巴雅尔 then 额日很他, 孟克吉日嘎拉图, 包额日德木图 with a Han surname, 那木海扎布 then 那木海那边); Tibetan names
(贡觉次仁 then 贡觉, 白央卓嘎 then 白央她, 格桑多布杰 then 多布杰, 益西加措 then 益西他) and the Han name of a Tibetan
(顿珠旺杰 / 唐建藏); Hui Han-form names beside 经名 (冶桂兰 / 鲁格雅, 马生林 / 胡赛因, 马永福 / 尔旦, 冶福海 / 克里木)
and a Han surname before an Arabic name (马舍里甫 then 舍里甫, 马苏菲娅 then 苏菲娅, 马扎克利, 韩宰娜布, 妥哈吉尔);
Uyghur given name + father's name with and without the dot (托乎提·塔依尔 and 托乎提塔依尔, 居来提·玉山江 and
居来提玉山江, then 居来提; 阿布来提·司马义 whose father's name holds 司马) with short forms (古再丽努尔, 茹仙古丽,
阿孜古丽, 乃斯尔丁); Han nicknames that are words (碾砣, 荞麦, 豆饼) and names as they show on WeChat and QQ (亚妹,
辉仔, 冰冰, 阿坚), annotated whole; Han names with common surnames above all and rare ones (暴, 栗, 郜, 邬, 鞠, 詹,
喻, 骆, 祁), with titles and kin words, names that contain words (吴满仓, 邬长江, 申红旗, 暴建设, 甘露, 夏春雷,
胡星辰), names directly before words they could run into (郑国平常不在家, 曹志高兴冲冲, 刘立新年底), a name written
twice on a form (秦凤莲秦凤莲), names before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted
and split names; compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:吴满仓}}``, ``{{qq:30571928}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1990x.540625}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇, 婶,
姨, 大姐, 队长) and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她, 他,
他们家, 那边, 常, 兴冲冲, 年底) are outside the span; a nickname or a WeChat/QQ name (碾砣, 豆饼, 辉仔, 阿坚) is
annotated whole. Han-style names of Tibetan and Hui people (唐建藏, 冶桂兰, 马永福) are category han; a Han surname
before a Mongolian or Arabic given name (包额日德木图, 马舍里甫) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout46/make_holdout46.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(46_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "137", "147", "153", "156", "171", "175", "180", "184", "186", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H353: Mongolian herder mother in 乌拉盖 (锡林郭勒); her husband has cirrhosis, her sister is on dialysis.
DOCS["H353"] = ("family", """\
访谈者：大姐，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:塔娜其木格}}，四十一岁，在{{trap/place:乌拉盖}}放了二十年的牛羊。我男人{{minority/mongolian:照日格图}}前年查出肝硬化，在{{trap/place:锡林浩特}}住了半年院，回来以后干不了活，天天躺着。家里四个孩子，三个是我们的，一个是我妹妹的。
访谈者：孩子们多大了？
受访者：老大是姑娘，叫{{minority/mongolian:希日莫娜仁}}，十五岁，我们喊她{{minority/mongolian:希日莫}}。{{minority/mongolian:希日莫}}在{{school:乌拉盖管理区蒙古族中学初三（2）班}}住校，成绩在班里数一数二。老二是儿子{{minority/mongolian:阿日斯楞巴图}}，十一岁，在镇上的学校念五年级。老三{{minority/mongolian:其日麦}}才六岁，上镇里的幼儿园。
访谈者：妹妹的孩子是怎么回事？
受访者：我妹妹{{minority/mongolian:乌云达来}}得了尿毒症，在盟医院透析，一个礼拜三回。妹夫嫌她病，跑到{{trap/place:二连浩特}}再没回来。她儿子{{minority/mongolian:温都日呼}}九岁，就放在我这里。{{minority/mongolian:温都日呼}}跟我家老二一个学校，两个人天天一块儿坐校车，放学了一块儿去圈里添草。
访谈者：这几年都有谁帮了你们？
受访者：管我们的儿童主任叫{{han:宝秀英}}，户口上是汉名，家里人叫她蒙古名{{minority/mongolian:斯琴图雅}}。{{han:宝秀英}}跟苏木说了，我妹妹的孩子算事实无人抚养，每月有{{trap/number:一千三百六}}。低保是嘎查达{{minority/mongolian:包额日德木图}}去苏木替我们争来的，雪大的那年他还开着铲车把我家门口的路推开了。苏木的民政助理是{{han:杜建华}}。他一年来入户四回，每回都问孩子们鞋子够不够穿。盟医院肝病科的{{han:张立民}}大夫，我男人的药都是他帮着报的大病救助。
访谈者：左邻右舍呢？
受访者：东边的{{minority/mongolian:额日很巴雅尔}}，{{minority/mongolian:额日很}}他一家都是好人。我男人病了以后，打草、剪羊毛都是他叫上他弟弟{{minority/mongolian:孟克吉日嘎拉图}}来干的，一分钱不要。西边是汉人{{han:王春旺}}家，{{han:鞠秀兰}}婶常过来帮我挤奶，孩子们放学了就往她家跑，管她叫汉族奶奶。
访谈者：孩子们念书怎么样？
受访者：姑娘的班主任{{han:李桂霞}}老师说，孩子想考{{trap/place:呼和浩特}}的高中，学医，回来给她爸看病。小子的班主任是{{han:王庆和}}，他说孩子上课老走神，下课就一个人坐着。旗里的社工站来了个姑娘，叫{{compound:拓跋晓霞}}，她跟孩子聊了三回，孩子才说怕他爸死了。还有她同事{{compound:端木思远}}，帮我把孩子们的助学金都申请上了。
访谈者：您男人现在怎么样？
受访者：脸黄，肚子鼓，一个月要去城里复查一回。他心里难受，说自己成了家里的累赘，有一阵子连药都不肯吃。我跟他说，你躺着也是孩子们的爸，你在，这个家就在。后来姑娘放假回来，天天给他念书，念的是学校发的课外书，他听着听着就睡着了，睡醒了说想吃手把肉。我知道他是想好起来。
访谈者：逢年过节怎么过？
受访者：七月嘎查办{{trap/minority_word:那达慕}}，小子报名摔跤，摔输了也高兴，回来学给他爸看。五月祭{{trap/minority_word:敖包}}的时候，我替我男人绕着敖包走了三圈。{{minority/mongolian:其日麦}}还小，就爱听我唱《{{trap/famous:嘎达梅林}}》，一唱就睡着了。
访谈者：哪一阵子最难熬？
受访者：缺钱，也缺人手。我男人一个月药费一千多，低保加上卖羊的钱，刚够。去年春天一场{{trap/minority_word:白毛风}}，冻死了十一只羊羔，我蹲在圈里哭，是姑娘从学校打电话来说，额吉别哭，我以后挣钱。冬天零下三十多度，{{trap/word:白天}}也就二三十度，早上四点就得起来烧炉子、煮奶茶、给牛添草，一个人忙到天黑，腰都直不起来。这两年牧区通了网，孩子们能在手机上跟老师说话，我也能在手机上看草料的价钱，比以前方便多了。
访谈者：有事的时候您找谁？
受访者：先找嘎查，再找苏木。儿童主任给了我一张卡片，上面印着{{trap/hotline:12345}}，说孩子有事、家里有事都能打。去年冬天我男人半夜吐血，我打了{{trap/hotline:120}}，救护车从镇上开过来走了一个多钟头，路上全是雪。从那以后我在手机里存了好几个号码，怕再出事。
访谈者：我们要登记一下地址、证件和电话。
受访者：家在{{address:乌拉盖管理区巴音胡硕镇哈拉盖图嘎查二组14号}}，冬天孩子们上学住镇上，租的是{{address:巴音胡硕镇草原小区3号楼2单元102室}}。我的身份证{{id_number@wy1984.152525}}，{{minority/mongolian:温都日呼}}的{{id_number@my2016spaced.152571}}。我电话{{mobile@plain}}，我男人的{{mobile@s434}}。我的微信是姑娘给注册的，叫{{wechat:tana_wlg1984}}。姑娘有个QQ，说跟同学交流作业，号码是——她抄在挂历背后了，我去找找——{{qq:2719460385}}。
访谈者：登记表上的名字有没有写岔的？
受访者：有。学校表上姑娘是{{spaced:希 日 莫 娜 仁}}，一个字一个格；低保表上我是{{spaced:塔娜 其木格}}，我男人是{{spaced:照日 格图}}。我妹妹的孩子被写成{{spaced:温　都　日　呼}}。
访谈者：您还有什么话想说？
受访者：我就盼我男人多活几年，看着姑娘考上大学。我妹妹的孩子也一样，他妈病着，我就是他妈。
""")

# H354: Tibetan grandfather in 申扎 (那曲); his son died in a snowstorm, his daughter-in-law is weak after surgery.
DOCS["H354"] = ("family", """\
访谈者：阿爸，您家里都有谁？
受访者：我、老伴、儿媳，还有三个孙子孙女。我叫{{minority/tibetan:贡觉次仁}}，六十八岁，村里人都叫我{{minority/tibetan:贡觉}}。{{minority/tibetan:贡觉}}这辈子没离开过{{trap/place:申扎}}的草场。儿子{{minority/tibetan:次旦罗布}}前年腊月赶着牦牛去冬草场，半路上碰上暴风雪，人和牛都没回来。儿媳{{minority/tibetan:白央卓嘎}}得了包虫病，在{{trap/place:拉萨}}做了两次手术，现在身体弱，背不动水。三个孙子孙女跟着我和老伴{{minority/tibetan:边巴旺姆}}。
访谈者：孩子们多大了？
受访者：大孙女{{minority/tibetan:阿旺曲珍}}十四，在{{school:申扎县中学初二（3）班}}住校。二孙子{{minority/tibetan:格桑多布杰}}十岁，我们叫他{{minority/tibetan:多布杰}}，在{{school:申扎镇完全小学四年级（2）班}}。小的{{minority/tibetan:益西加措}}五岁，在乡里的幼儿园，家里喊他{{minority/tibetan:益西}}。{{minority/tibetan:益西}}他老问阿爸去哪儿了，他奶奶就说阿爸在山那边放牛。
访谈者：儿媳妇现在怎么样？
受访者：{{minority/tibetan:白央}}她每天还挤奶、打{{trap/minority_word:酥油}}，可一干重活就疼得直不起腰。她说要出去打工，挣钱给孩子们，我没让。她娘家哥哥在{{trap/place:那曲}}开车，一年给我们送两回面粉和茶叶。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:德庆措姆}}，三个孩子的事实无人抚养是她跑下来的，每人每月{{trap/number:一千五百四}}。村主任{{minority/tibetan:索朗顿珠}}给我们家报了低保。驻村工作队的队长{{minority/tibetan:顿珠旺杰}}是{{trap/place:昌都}}人，在内地西藏班念过书，汉名叫{{han:唐建藏}}。{{han:唐建藏}}说，孩子们上学的事你别管，交给他。{{trap/org:乡卫生院}}的{{minority/tibetan:嘎玛旺堆}}医生每个月来给儿媳妇看一回，有事我就找{{minority/tibetan:嘎玛旺堆}}。县民政局来核查的是{{han:张文博}}和{{compound:司空立伟}}，两个汉族小伙子，冬天坐着工作队的车来的，脸冻得通红。
访谈者：孩子们上学怎么样？
受访者：大孙女学习好，她的班主任{{minority/tibetan:次仁央拉}}老师说，孩子能考到拉萨的高中。援藏的数学老师{{han:刘振邦}}是{{trap/place:江苏}}人，周末给几个没有爸妈管的孩子补课。{{minority/tibetan:多布杰}}不爱念书，就爱骑马，他说长大要去参加{{trap/minority_word:赛马节}}。
访谈者：家里过节怎么过？
受访者：{{trap/minority_word:藏历年}}的时候，老伴早上{{trap/minority_word:煨桑}}，我们一家去转山。晚上我弹着{{trap/minority_word:扎木聂}}给孩子们唱{{trap/famous:格萨尔王}}的说唱，二孙子听了就拿木棍当刀。今年县里的援藏干部{{han:王立忠}}送来了新棉衣，孩子们穿上照了一张相，寄给了他们的舅舅。
访谈者：冬天放牧靠谁？
受访者：靠亲戚。我腰不好，老伴眼睛花，儿媳妇病着，二百多头牦牛，全靠亲戚帮衬。我侄子{{minority/tibetan:朗杰次仁}}放假回来就帮我们赶牛。孙女懂事，寒假回来就去捡牛粪，一筐一筐背回来。我们这里海拔四千七，冬天的风像刀子，牛羊冻死是常有的事。儿子走的那天也是这样的风，我到现在听见风声就睡不着。去年政府给我们盖了新房子，有暖气，有太阳能，孩子们在屋里写作业不冻手了，这是我们家这几年最好的事。
访谈者：孩子们夏天都做什么？
受访者：五六月挖{{trap/minority_word:虫草}}，那是我们家一年最要紧的收入。大孙女放假回来跟着她妈上山，一天趴在草坡上找，运气好能挖二三十根。{{trap/year:二〇二三年}}虫草价钱好，挖的钱给她交了学费，还给弟弟买了一双新鞋。我跟她说，挖虫草是辛苦钱，你念书是长远的事，别为了虫草耽误了功课。她说阿爸放心。
访谈者：孩子们还常提起他们的爸爸吗？
受访者：常提。大孙女把她爸的相片压在枕头底下，想他了就拿出来看。她爸的忌日，我们全家去寺里供灯，请喇嘛念经。我跟孩子们说，人走了，还在看着你们，你们要好好念书，别让他担心。
访谈者：您对以后有什么打算？
受访者：我老了，牦牛放不了几年了。村里说可以把牛交给合作社，年底分红，我在想。儿媳妇身体好一点了，想去县城的甜茶馆帮工，一个月能挣两千多。大孙女说，她考上大学就申请助学贷款，不要家里一分钱。我听了又高兴又难过，这么小的孩子，就想着替大人分担。我跟她说，你只管念书，家里的事有爷爷。
访谈者：我们要登记一下住址和号码。
受访者：家在{{address:申扎县雄梅镇玉多村三组11号}}，夏季牧场的房子在{{address:申扎县巴扎乡德庆村二组6号}}。儿媳的身份证{{id_number@wy1990x.540625}}。我的电话{{mobile@hyphen}}，{{minority/tibetan:德庆措姆}}的电话{{mobile@plus86}}，她的微信{{wechat:deqing_cuomu88}}。孙女在学校有QQ，号码是{{qq:9370145286}}，她说有事可以在上面找她。
访谈者：各处登记的名字一致吗？
受访者：乱得很。学校那边二孙子是{{spaced:格 桑 多 布 杰}}，大孙女是{{spaced:阿　旺　曲　珍}}；低保卡上儿媳成了{{spaced:白央 卓嘎}}，中间空一格；我自己在花名册上是{{spaced:贡 觉 次 仁}}。
访谈者：您对孩子们有什么盼头？
受访者：孩子们念出书来，儿媳妇身体好起来。人老了，只盼这两件事。
""")

# H355: Hui grandmother in 乌兰县 (海西) with Mongolian neighbours; her son was paralysed at a salt works.
DOCS["H355"] = ("family", """\
访谈者：奶奶，您先说说家里的情况吧。
受访者：好。我叫{{han:冶桂兰}}，经名叫{{minority/hui:鲁格雅}}，今年六十六，住在{{trap/place:乌兰县}}城边上。老汉{{han:马生林}}，经名{{minority/hui:胡赛因}}，前年得心梗走了。儿子{{han:马永福}}在{{trap/place:茶卡}}盐湖上干活，前年从装车的台子上掉下来，腰摔坏了，现在坐轮椅。媳妇{{minority/hui:韩宰娜布}}受不了这苦，回了{{trap/place:西宁}}娘家，后来改嫁了。三个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：大孙子{{minority/hui:马舍里甫}}十三岁，家里都叫他{{minority/hui:舍里甫}}，在{{school:乌兰县民族中学初一（4）班}}。孙女{{minority/hui:马苏菲娅}}十岁，在镇上的小学念四年级。小的{{minority/hui:马扎克利}}六岁，还没上学。{{minority/hui:舍里甫}}懂事，放学回来先给他爸擦身子，再写作业。
访谈者：儿子现在怎么样？
受访者：{{han:马永福}}他经名叫{{minority/hui:尔旦}}，{{minority/hui:尔旦}}原先是个能干人，现在天天坐着，脾气大。县医院的{{han:李秀琴}}大夫每个月来家里给他换药。他说对不起我，我说你对得起{{trap/org:清真寺}}里念的经就行。盐场那边赔了一点钱，都花在治病上了。他心里憋屈，有时候一天不说一句话，就坐在门口看路上的车。
访谈者：这几年谁帮衬过你们？
受访者：坊上的{{han:冶福海}}阿訇，经名{{minority/hui:克里木}}，每到主麻日，寺里收的{{trap/minority_word:乜贴}}分一份给我们，阿訇亲自送过来。社区的儿童主任{{han:祁万寿}}给三个孩子报了困境儿童补贴，每人每月{{trap/number:九百二}}。县{{trap/org:民政局}}的{{han:冶生林}}来核查过两回，他也是回族，说话实在。{{han:祁万寿}}他说，孙女和小孙子的补贴可以一直拿到十八岁。县社工站的{{compound:慕容晓鸥}}每月来一次，还带着同事{{compound:公冶春晖}}，给孩子们讲怎么保护自己。
访谈者：邻居们怎么样？
受访者：隔壁是蒙古族，{{minority/mongolian:那木海扎布}}一家。{{minority/mongolian:那木海}}那边放着三百只羊，冬天把我们家的几只也赶到他家圈里。他老婆{{minority/mongolian:萨仁满达}}常端着{{trap/minority_word:奶茶}}过来，跟我说半天话。她的儿子{{minority/mongolian:巴音达赖}}在县上开出租，孩子们去县医院都是他送，不要钱。回族的邻居{{minority/hui:妥哈吉尔}}给{{minority/hui:苏菲娅}}梳头、缝衣裳。
访谈者：过节家里热闹吗？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，先给{{minority/mongolian:那木海}}家送一盘。他们过{{trap/minority_word:那达慕}}，也叫孩子们去看赛马。{{minority/hui:舍里甫}}从学校图书室借了一本{{trap/famous:马本斋}}的连环画，翻来覆去地看，说他也要当英雄。
访谈者：儿子以后怎么办？
受访者：{{trap/org:县残联}}送来一辆电动轮椅，又说可以学个手艺，修手机、修电器，坐着就能干。他去学了两个月，现在村里人的手机坏了都拿来给他修，一个月也能挣几百块。他脸上有笑模样了，晚上还给孩子们讲他年轻时候在盐湖上干活的事，说盐湖上的天跟镜子一样。我听着，心里的石头落下了一半。
访谈者：孩子们的妈妈回来看过吗？
受访者：头一年来过两回，后来就不来了。{{minority/hui:苏菲娅}}晚上偷偷哭，说想她妈。我就搂着她，给她念经。
访谈者：您一个人最难的是什么？
受访者：冬天。我们这里风大，一刮就是一整天，院子里的水管冻住了，我拿开水一点一点浇。儿子上厕所要人扶，孙子不在家的时候我一个人扶不动，就去叫邻居，邻居听见了{{trap/word:马上}}就来。我的腿也不好，去年摔了一跤，在炕上躺了半个月，那半个月全靠大孙子做饭。我心疼他，十三岁的娃娃，本来该玩的年纪。
访谈者：孩子们上学远吗？
受访者：大孙子住校，一个礼拜回来一次，坐的是学校的班车。孙女在镇上念书，早上我送，下午她自己走回来，路上要过一条大路，我天天提心吊胆。学校的老师好，知道我家的事，中午给孙女多打一勺菜。孩子们放学回来，我给他们泡一杯{{trap/minority_word:盖碗茶}}，里面放几颗枸杞、几块冰糖，他们爱喝。晚上大孙子教妹妹写作业，小的在旁边玩积木，我看着心里就暖和了。
访谈者：我们要登记住址和号码。
受访者：家在{{address:乌兰县希里沟镇东庄村三社19号}}，{{han:马永福}}原先在盐湖上住的宿舍是{{address:茶卡镇巴音村二社5号}}。我身份证{{id_number@wy1959.632821}}，{{minority/hui:马舍里甫}}的{{id_number@my2012hyphen.632821}}。我不会用手机，是孙子记的：我的{{mobile@spaced}}，{{han:祁万寿}}的{{mobile@plus86dash}}。孙子有微信，叫{{wechat:sherif_wulan12}}，有事找他就行。他还有个QQ，说是学校里用的，我让他念——{{qq:3905172648}}。
访谈者：登记的时候名字写得准吗？
受访者：经名的字各人写各的。孙子在一张表上是{{spaced:马 舍 里 甫}}，另一张上是{{spaced:马苏 菲娅}}——那是孙女，名字给劈成两半了。我自己是{{spaced:冶　桂　兰}}。邻居家的名字也被写成{{spaced:那木海 扎布}}。
访谈者：您心里最挂念什么？
受访者：挂念儿子的身子，挂念孙女没有妈在跟前。我老了，能看几年是几年。
""")

# H356: Han mother in 随州 (湖北) raising three children alone; her husband is in prison after a drunk-driving death.
DOCS["H356"] = ("family", """\
访谈者：大姐，您一个人带三个孩子，先说说家里的情况吧。
受访者：我叫{{han:熊翠萍}}，三十八岁，住在{{trap/place:随州}}曾都区下面的村里。我男人{{han:吴海波}}前年喝了酒开车，撞死了人，判了六年，在{{trap/place:襄阳}}那边服刑。他出事以后，家里的钱全赔进去了，还欠了亲戚七万多。三个孩子，都是我一个人带。
访谈者：孩子们多大了？
受访者：大的是儿子，大名{{han:吴满仓}}，小名叫{{han:碾砣}}，十四了。{{han:碾砣}}在{{school:随州市曾都区万店镇中学初二（4）班}}。老二是姑娘，{{han:吴秋禾}}，小名{{han:荞麦}}，十一岁。{{han:荞麦}}也懂事，早上起来就给弟弟穿衣裳。老三小名{{han:豆饼}}，大名{{han:吴承运}}，七岁，{{han:豆饼}}就爱跟在他哥屁股后头跑。姑娘在{{school:万店镇中心小学五年级（2）班}}，小的在同一个学校念一年级。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:刘晓芬}}，{{han:刘晓芬}}她给三个孩子报了困境儿童，一人一个月{{trap/number:七百三}}。村支书{{han:郑国平}}常不在家，在镇上开会，可我家的低保是他一手办的。镇上的民政干事叫{{han:邬长江}}，跟他一起来的还有个小伙子叫{{compound:鲜于海龙}}，他们来核过三回，每回都说，莫哭，日子过得去。司法所的{{han:张立军}}所长帮我跟监狱联系，让孩子们跟他们爸视频。法律援助的律师是{{compound:欧阳静怡}}，她说赔偿的事可以分期。
访谈者：婆家娘家有人帮吗？
受访者：婆婆{{han:彭桂珍}}都七十了，还帮我看小的。隔壁的{{han:詹凤琴}}姨常让{{han:荞麦}}去她家吃饭。我娘家哥哥{{han:熊振东}}在{{trap/place:武汉}}打工，过年给孩子们买新衣裳。我男人的弟弟{{han:吴海涛}}说管，到现在一分钱没出过，{{han:吴海涛}}他们家嫌我们是个拖累。
访谈者：学校里有人知道他爸的事吗？
受访者：知道。有人在他课桌上写“杀人犯的儿子”，他一声不吭擦了，回来也不说。班主任{{han:曹志高}}兴冲冲来家里，说孩子数学竞赛拿了镇里第一，我才知道他受了委屈都没说。{{han:曹志高}}老师说，这孩子是个读书的料。
访谈者：您自己怎么过？
受访者：白天在镇上的香菇厂剥香菇，一天八十块，晚上回来做饭、洗衣裳、看作业。有时候累得饭都吃不下。镇上有个心理咨询的老师{{compound:令狐佳宁}}，每个月来村里一回，她跟我说，你先别垮，你垮了孩子们就没了。我听了这话，回家蒙着被子哭了一场，第二天照样起来做早饭。村里有人说闲话，骂我家老三是{{trap/word:熊孩子}}，说我迟早要改嫁，丢下孩子走。我不理他们。孩子们是我的心头肉，我走到哪里都要带着。
访谈者：孩子们的学习怎么样？
受访者：大的好，二的也还行，小的刚上学，字还认不全。我没念过几年书，辅导不了，晚上就让大的教两个小的。村里有个大学生志愿者暑假回来办了个辅导班，三个孩子都去了，回来说老师讲得比学校还好懂。我想着再苦也要让他们念，念出去了，就不用像我这样剥香菇。
访谈者：孩子们平时玩什么？
受访者：{{han:碾砣}}跟他同学{{han:王光明}}去河里摸鱼，{{han:王光明}}的爹是我们村的会计{{han:王守田}}。{{han:荞麦}}爱画画，画了一张{{trap/famous:炎帝}}尝百草，挂在镇上的展览里。{{han:豆饼}}最小，成天抱着一只小狗，狗叫{{trap/word:黄毛}}，是他爸出事前捡回来的。
访谈者：孩子们见过他们爸吗？
受访者：去过一回，司法所帮着联系的。在监狱的会见室，隔着玻璃，拿电话说话。小的不懂，一直拍玻璃叫爸爸；大的一句话都不说，出来以后在车上哭了一路。他爸在里面表现好，减了半年刑。有法律上的事我就打{{trap/hotline:12348}}，那边的人说话耐心。
访谈者：欠的钱怎么还？
受访者：一年还一点。香菇厂的老板知道我家的事，让我多干计件的活，多挣点。亲戚们也没催，说等孩子大了再说。我最怕孩子们开学，三个人的书本、校服、车费，一下子要好几千。去年是镇上的爱心超市给孩子们换了新书包，我拿积分换了米和油。
访谈者：我们要登记一下地址和号码。
受访者：家在{{address:曾都区万店镇吴家湾村六组23号}}。我身份证{{id_number@wy1987.421303}}，{{han:吴满仓}}的{{id_number@my2011quad.421303}}。我的电话{{mobile@s38}}，儿童主任的电话{{mobile@hyphen}}。我的微信叫{{wechat:xiongcuiping_sz}}。大儿子有QQ，{{qq:30571928}}，他说跟他爸写信的事都在上面跟老师说。
访谈者：镇上登记的名字都对吗？
受访者：没全对。镇上的表把我写成{{spaced:熊 翠 萍}}，把老二写成{{spaced:吴秋 禾}}，把我男人写成{{spaced:吴　海　波}}。
访谈者：还有什么想跟我们说的？
受访者：我不求别的，只求孩子们莫学坏。等他们爸出来了，一家人好好过。
""")

# H357: Han kindergarten teacher in 茂名 (广东) and the six children in distress of her class, their parents on WeChat and QQ.
DOCS["H357"] = ("teacher", """\
访谈者：老师，先介绍一下您自己和您的班吧。
受访者：好。我叫{{han:柯美娟}}，在{{trap/place:茂名}}茂南区的镇上教了九年书，现在是{{school:茂南区金塘镇中心幼儿园中（3）班}}的班主任。班上二十九个孩子，有六个是困境儿童。家长我基本都在微信上联系，爷爷奶奶不会用的，就加孩子爸妈在外地的微信。
访谈者：您一个一个说吧。
受访者：第一个是{{han:杨梓晴}}，她爸{{han:杨振威}}因为开赌档进去了，判了三年，她妈在{{trap/place:佛山}}打工，一年回来一次。孩子跟阿嫲{{han:林亚妹}}住。阿嫲不识字，微信是亲戚帮她弄的，微信名就叫“{{han:亚妹}}”，她发过来的全是语音，全是白话。
访谈者：第二个呢？
受访者：第二个{{han:梁浩宇}}，妈妈前年得病走了，爸爸{{han:梁国辉}}在{{trap/place:湛江}}跑货车，一个月回来两三天。他的微信名叫“{{han:辉仔}}”，头像是他跟孩子的合照。孩子想爸爸，午睡的时候抱着枕头叫爸爸。
访谈者：第三个？
受访者：第三个{{han:陈思颖}}，妈妈{{han:黄丽冰}}是二级肢体残疾，坐轮椅，爸爸{{han:陈德胜}}在家种荔枝、晒{{trap/word:陈皮}}，还要照顾她。{{han:黄丽冰}}在QQ上跟我聊得多，她的QQ名叫“{{han:冰冰}}”，每天晚上问孩子在园里吃了多少饭。
访谈者：第四个？
受访者：第四个{{han:邓俊熙}}，爸妈在{{trap/place:深圳}}电子厂，过年都不一定回来。跟爷爷过，{{han:邓伟明}}都七十多了，耳朵背，打电话要喊。孩子爸爸{{han:邓志坚}}的微信名叫“{{han:阿坚}}”，我有事就在上面留言，他半夜下了班才回。
访谈者：第五个？
受访者：第五个，{{han:黎可欣}}，去年成了孤儿——她爸妈骑摩托从{{trap/place:高州}}喝喜酒回来，在国道上被货车撞了。跟外婆{{han:莫凤娇}}过，哥哥{{han:黎可为}}在{{school:金塘镇第一小学三年级（2）班}}。两个孩子的孤儿基本生活费，一人一个月{{trap/number:一千七百二}}，手续是村委会的儿童主任{{han:黄少萍}}一趟趟跑下来的。她说外婆年纪大了，以后还要找个监护人。
访谈者：第六个？
受访者：第六个叫{{han:钟晓彤}}，爸爸{{han:钟华强}}智力有问题，妈妈跑了，孩子跟大伯一家过。大伯家里也有三个孩子，大伯娘{{han:骆翠玲}}脾气好，从来不偏心，孩子有什么事都跟{{han:骆翠玲}}说。
访谈者：这几个孩子在园里表现怎么样？
受访者：有的孩子一进门就要老师抱，放下就哭；有的一上午都缩在角落里，别人跟他玩他也不理。留守的孩子最怕放学，别的孩子有爸妈来接，他们是阿嫲阿公来，有时候老人忘了，孩子就坐在门口等。我们给这几个孩子每人做了一个电子相册，每个月挑几张照片发给在外面的爸妈，再写几句孩子这个月学会了什么。有个爸爸看了照片，在微信上跟我说，老师，我一年没抱过她了。我看了也难受。
访谈者：园里给他们做了哪些事？
受访者：园长{{han:张秀芬}}去教育局跑了一趟，这几个孩子的保教费减了一半，午饭的钱园里出。配班老师是{{compound:司徒嘉雯}}，我们俩分了工，她管三个，我管三个，谁的孩子有事谁去家访。镇里社工站的社工是{{compound:南宫睿琪}}，她每个月来园里给孩子们讲绘本，讲过一回{{trap/famous:潘茂名}}采药的故事。跟她一起来的还有{{compound:亓官雨桐}}，教孩子们唱歌。
访谈者：您跟在外地的家长怎么沟通？
受访者：多数是发照片和视频。家长在厂里不能看手机，晚上十点以后才回。我一般晚上九点以后就不发了，怕吵着老人。有的家长说话急，怪老师没看好孩子，我也理解，他们离得远，心里着急。有一回一个爸爸半夜给我打了二十多个电话，原来是孩子发烧，阿嫲不会用体温计，我骑车过去看了，送到镇卫生院，打了针才退烧。
访谈者：园里过节有什么活动？
受访者：我们这里的{{trap/minority_word:年例}}最热闹，孩子们跟着大人去看飘色。园里排了个节目，讲{{trap/famous:冼夫人}}的故事，{{han:杨梓晴}}演冼夫人，她阿嫲在底下看哭了。
访谈者：家长的住址、号码您这里有记录吗？
受访者：有，在花名册上。第一个孩子的阿嫲家在{{address:茂南区金塘镇牙象村委会坡仔村17号}}。{{han:黎可欣}}的身份证是{{id_number@wy2020.440902}}。{{han:梁国辉}}的电话{{mobile@plus86spaced}}，{{han:莫凤娇}}的电话{{mobile@plain}}。微信号：{{han:梁国辉}}是{{wechat:huizai_zj1986}}，{{han:邓志坚}}是{{wechat:dengzhijian_sz}}，{{han:黄丽冰}}是{{wechat:liBing-0512}}。她的QQ号是——她打字慢，发了两回才发对——{{qq:1468203975}}。{{han:黎可为}}也有QQ，他外婆的手机上登的，{{qq:64015829}}。
访谈者：孩子和家长的名字登记有出错的吗？
受访者：有。区里那张花名册把配班老师写成{{spaced:司 徒 嘉 雯}}，把{{han:梁浩宇}}写成{{spaced:梁　浩　宇}}，把我写成{{spaced:柯美 娟}}。我打电话过去改了，说年底系统里统一改。
访谈者：您还有什么话想对外面的人说？
受访者：孩子们小，最需要有人抱一抱。我能做的就是每天多抱一抱他们。
""")

# H358: Uyghur grandfather in 新和 (阿克苏); his son died on the road, his daughter-in-law is half paralysed after a stroke.
DOCS["H358"] = ("family", """\
访谈者：大爷，今天打扰您了，先说说家里的人吧。
受访者：没事，没事。我叫{{minority/uyghur:托乎提·塔依尔}}，七十三岁，住在{{trap/place:新和县}}的村里。老伴{{minority/uyghur:阿孜古丽·吾斯曼}}比我小三岁。儿子{{minority/uyghur:玉山江·托乎提}}以前跑大车，前年冬天拉棉花去{{trap/place:库车}}，路上出了车祸，没了。儿媳{{minority/uyghur:茹仙古丽·米吉提}}去年中风，半边身子不能动，才三十五岁。三个孙子孙女跟着我们老两口。
访谈者：孩子们多大了？
受访者：大孙子{{minority/uyghur:居来提·玉山江}}十三岁，我们叫他{{minority/uyghur:居来提}}，在{{school:新和县第二中学初一（5）班}}。孙女{{minority/uyghur:古再丽努尔·玉山江}}十岁，家里都叫{{minority/uyghur:古再丽努尔}}，在镇上的小学念四年级。小孙子{{minority/uyghur:赛买提}}五岁，在村里的幼儿园。{{minority/uyghur:赛买提}}他天天问，爸爸的大车什么时候回来。
访谈者：儿媳现在怎么样？
受访者：{{minority/uyghur:茹仙古丽}}她在家里躺着，一只手能动。县医院的{{han:赵志刚}}大夫说要天天练，村医{{minority/uyghur:阿布来提·司马义}}每天下午来给她扎针。大孙子放学回来就扶着他妈在院子里走几圈。儿媳说，孩子比她这个妈还像个大人。
访谈者：村里、乡里都有谁管你们？
受访者：村支书{{minority/uyghur:乃斯尔丁·库尔班}}，他给我们家报了低保，三个孩子按困境儿童报的，每人每月{{trap/number:一千零八十}}。{{minority/uyghur:乃斯尔丁}}跑了好几趟县{{trap/org:民政局}}。儿童主任{{han:张玉芹}}是从{{trap/place:河南}}过来的，在我们村当了六年村医助理，后来又管孩子的事，每个礼拜来家里看一回。驻村工作队的{{han:刘卫东}}陪着儿媳去地区医院做了残疾鉴定。县社工站的两个年轻人，一个叫{{compound:闻人若岚}}，一个是{{compound:皇甫鹏飞}}，他们给孩子们带来了书包和彩笔。
访谈者：孩子们的功课怎么样？
受访者：{{minority/uyghur:居来提}}数学好，就是话少。他的班主任{{minority/uyghur:米娜瓦尔}}老师说，孩子作文写他爸的大车，写得全班都哭了。孙女嗓子好，村里办{{trap/minority_word:麦西来甫}}，大人们让她站到中间唱，邻居拿{{trap/minority_word:都塔尔}}给她伴奏。
访谈者：邻居们帮得上吗？
受访者：隔壁的{{minority/uyghur:麦合甫热提}}家里有个馕坑，她每回打{{trap/minority_word:馕}}都拿十几个过来，说孩子们正长身体。{{trap/minority_word:肉孜节}}前一天，她过来帮我老伴做{{trap/minority_word:抓饭}}，羊肉是村里送的。孩子们缠着我讲{{trap/famous:阿凡提}}跟{{trap/famous:巴依老爷}}斗智的故事，小孙子听一遍笑一遍。
访谈者：您和老伴身体怎么样？
受访者：我腿不好，老伴血压高。{{minority/uyghur:阿孜古丽}}每天天不亮就起来，给儿媳擦身子、喂饭，再给孩子们做早饭。我去地里看看棉花，去{{trap/place:渭干河}}边上放两只羊。日子难，可孩子们都在，心里不空。
访谈者：地里的活怎么干？
受访者：家里有十二亩地，种棉花和核桃。以前是儿子干，现在我干不动了，摘棉花的时候请人，一公斤给人家两块钱。今年村里的合作社把我们的地托管了，打药、浇水都是机器，年底分钱。孙子说，等他长大了学农机，回来开拖拉机。冬天没活的时候，我在家里编筐，拿到{{trap/minority_word:巴扎}}上卖，一个卖三十块。钱不多，可给孩子们买本子够了。
访谈者：儿子走了以后，您心里怎么过来的？
受访者：头几个月吃不下饭，天天坐在门口等，总觉得他的大车会开回来。后来我想，我倒了孩子们怎么办。我每天早上去清真寺做礼拜，回来就下地干活，干累了就不想了。老伴比我坚强，她说哭也是一天，笑也是一天，让孩子们看着我们笑。
访谈者：孩子们说维吾尔语还是普通话？
受访者：家里说维吾尔语，学校里讲普通话。小孙子在幼儿园学了好多儿歌，回来唱给他妈听，他妈听着就笑。大孙子普通话说得比我好，去乡上办事都是他给我当翻译。村里办了个夜校，我也去学了几个字，现在能认得自己的名字，还能看懂药盒上的字。工作队说，{{trap/year:二〇二五年}}以前村里的老人都要会用手机打视频，我正在学。
访谈者：我们要登记一下地址和号码。
受访者：家在{{address:新和县依其艾日克镇加依村4组21号}}。{{minority/uyghur:居来提·玉山江}}的身份证{{id_number@my2012fullwidth.652925}}。电话号码我记在一个小本子上：{{han:张玉芹}}的{{mobile@spaced}}，她的微信{{wechat:zhangyuqin_xh}}。{{minority/uyghur:居来提}}有QQ，他说在上面问老师数学题，号码是{{qq:2053917468}}。
访谈者：各种本子上的名字都一样吗？
受访者：不一样。身份证上我的名字中间有个点，{{minority/uyghur:托乎提·塔依尔}}；村里发的低保存折上，点没了，成了{{minority/uyghur:托乎提塔依尔}}；乡里那张登记表上点倒是有，可前后各空了一格：{{spaced:托乎提 · 塔依尔}}。孙子在学校表上是{{spaced:居 来 提 · 玉 山 江}}，医保卡上是{{minority/uyghur:居来提玉山江}}。孙女被写成{{spaced:古再丽努尔 玉山江}}，儿媳是{{spaced:茹 仙 古 丽}}。
访谈者：您还有什么想说的？
受访者：盼儿媳能站起来，自己给孩子们做一顿拉条子。孙子孙女念书念出去，我就没有什么不放心的了。
""")

# H359: Han child-protection officer in 安阳 (河南) reading out his case file.
DOCS["H359"] = ("staff", """\
访谈者：您做未成年人保护多少年了？
受访者：十一年。我叫{{han:路振清}}，在{{trap/place:安阳}}市民政局儿童福利科。今天我把卷宗带来了，挑几个有代表性的个案说说。
访谈者：从哪个说起？
受访者：先说{{trap/place:滑县}}的。父亲{{han:牛保国}}盗窃，判了四年；母亲{{han:桑玉霞}}离家出走，三年没音讯。两个孩子{{han:牛子墨}}、{{han:牛若曦}}跟奶奶{{han:秦凤莲}}过。监护评估表上，老人的签名写了两遍：“{{han:秦凤莲}}{{han:秦凤莲}}”，她说头一遍写歪了。{{han:牛子墨}}在{{school:滑县城关镇第三初级中学初二（6）班}}，妹妹在镇上念二年级。
访谈者：还有呢？
受访者：再一个在{{trap/place:林州}}，孤儿，{{han:暴雨涵}}，九岁，爸妈前年在外地打工出了事故。现在跟叔叔{{han:暴建设}}过。{{han:暴建设}}他一家住在{{trap/place:红旗渠}}边上，种花椒，那年一场{{trap/word:暴雨}}把他家的房子冲塌了半边。乡里的儿童主任{{han:栗红霞}}给她报了孤儿基本生活费，每月{{trap/number:一千八百五}}。孩子在{{school:姚村镇中心小学三年级（1）班}}。
访谈者：农村的还有吗？
受访者：有，在{{trap/place:安阳县}}，{{han:申可心}}，十二岁，母亲病故，父亲{{han:申红旗}}精神残疾，时好时坏。村主任{{han:郜保军}}说，{{han:申红旗}}犯病的时候砸东西，孩子吓得躲到邻居家。我们跟{{trap/place:安阳}}县法院{{trap/word:申请}}了临时监护，让{{han:申秀娥}}先照看，她是孩子的姑姑。
访谈者：城里的呢？
受访者：城里的一个在文峰区，{{han:商一鸣}}，十岁，父母离婚后都不管，跟着爷爷{{han:商建华}}。老人七十六了，腿脚不好。社区的{{han:李振国}}书记说，孩子常常一个人在网吧过夜。
访谈者：这些个案是怎么处理的？
受访者：我们跟{{trap/org:检察院}}、法院、{{trap/org:妇联}}一起开联席会。检察院那边是我同事{{compound:申屠景行}}牵头，法院的法官是{{compound:段干雅琪}}，她判过两起撤销监护权的案子。{{compound:申屠景行}}说，能不撤就不撤，先帮家里把日子撑起来。律师是{{compound:濮阳婉清}}，法律援助中心派的。派出所的{{han:赵立伟}}所长给两个没上户口的孩子补办了户口。还有一个心理咨询师叫{{compound:诸葛锦程}}，每个月去给孩子们做一次辅导。
访谈者：入户的时候一般看什么？
受访者：看孩子吃的什么、睡在哪、身上有没有伤，看大人能不能管、愿不愿意管。有的老人嘴上说能管，一看冰箱里啥都没有，被子是湿的。我们要跟孩子单独聊，大人在旁边孩子不敢说，有什么事都要跟大人{{trap/word:商量}}了才敢开口。有时候一趟说不出来，要去三四趟，孩子才肯跟你说一句真话。发现问题了，先报告，再找乡里、村里一起想办法，能在家里解决的不往外送。
访谈者：撤销监护权的案子多吗？
受访者：不多，一年一两起，都是实在没办法了才走这一步。有一个父亲长期喝酒，把孩子打得住了院，我们劝了三年，他还是不改，最后法院判了撤销，孩子交给了外公外婆。撤了以后父亲也要出抚养费，我们按月盯着。孩子现在长胖了，成绩也上来了。
访谈者：孩子们现在怎么样？
受访者：{{han:暴雨涵}}学习好，说长大了要当老师。{{han:商一鸣}}不去网吧了，每天放学去社区的四点半课堂，老人说，这是他这两年最高兴的事。
访谈者：有人发现孩子出事，怎么找到你们？
受访者：打{{trap/hotline:12345}}，或者打{{trap/hotline:110}}，都会转到我们这里。学校的老师、村里的儿童主任、邻居，谁发现了都能报。{{trap/year:二〇二四年}}我们全市接了一百多起，大部分是留守孩子没人管，也有几起是家里打孩子。每一起我们都要在二十四小时之内上门，看过了才算数。
访谈者：卷宗里的信息请念一下。
受访者：奶奶家在{{address:滑县城关镇牛庄村五组8号}}，{{han:暴建设}}家在{{address:林州市姚村镇暴家庄村二组31号}}，{{han:商建华}}家在{{address:文峰区东关街道和平小区9号楼1单元302室}}。身份证：{{han:秦凤莲}}{{id_number@wold.410526}}，{{han:申红旗}}{{id_number@mmidx.410522}}，{{han:商一鸣}}{{id_number@my2015hyphen.410502}}。{{han:栗红霞}}的电话{{mobile@p86h}}，我的{{mobile@plain}}，我的工作微信{{wechat:luzhenqing_ay}}。{{han:牛子墨}}有个QQ，他用它跟网上认识的人聊过，我们查过，留了底，{{qq:1850394726}}。
访谈者：卷宗里的名字都写得规范吗？
受访者：不全是。手填的表里，检察官写成{{spaced:申　屠　景　行}}，法官写成{{spaced:段干 雅琪}}；孩子有写成{{spaced:牛 子 墨}}的，有写成{{spaced:暴雨 涵}}的；奶奶那张写成了{{spaced:秦 凤 莲}}。
访谈者：这份工作里什么最磨人？
受访者：孩子不说。你得一趟一趟去，去到他信你。
""")

# H360: Han father in 鄂州 (湖北); his wife has leukaemia and lies in a hospital in 武汉.
DOCS["H360"] = ("family", """\
访谈者：大哥，您爱人现在怎么样？
受访者：还在医院。我叫{{han:胡德顺}}，四十岁，{{trap/place:鄂州}}人。我爱人{{han:钟丽君}}去年八月查出白血病，在{{trap/place:武汉}}住院，做了四次化疗，等着做骨髓移植。我在{{trap/place:梁子湖}}边上养鱼，鱼塘转给别人了，家里全靠借钱。
访谈者：孩子们呢？
受访者：两个。大的{{han:胡晓梦}}十四岁，在{{school:鄂州市鄂城区第四中学初二（1）班}}；小的{{han:胡星辰}}八岁，在东港小学念二年级。我一个礼拜去两趟武汉，孩子们就跟着我爸{{han:胡长贵}}、我妈{{han:汪桂香}}。{{han:胡星辰}}他每次打视频都问，妈妈的头发呢。
访谈者：这一年谁帮了你们？
受访者：社区的{{han:喻红梅}}主任，她帮我们报了大病救助，又把两个孩子报成困境儿童，每人每月{{trap/number:六百五}}。{{han:喻红梅}}她还发动邻居捐了款。医院里的社工是{{compound:上官明辉}}，他帮我们申请了基金会的钱，还跟医生说先用药后交钱。社工部还有个{{compound:淳于嘉禾}}，给我爱人找了病友群。护士长{{han:甘露}}对我爱人好，{{han:甘露}}说病人心情好，治病就快。骨髓库配型的事是{{han:雷春生}}医生在跑，移植科的医生{{compound:轩辕明哲}}说，配上了就能排进去。
访谈者：孩子们学校那边呢？
受访者：大女儿的班主任{{han:夏春雷}}老师，知道了以后免了她的资料费，还让同学们折了一千只纸鹤。{{han:夏春雷}}他说孩子成绩掉了，让我别骂，孩子心里有事。小儿子的老师叫{{han:刘慧敏}}，她每天放学把孩子送到我妈手里。学校的心理老师是{{compound:宇文书淇}}，她跟大女儿谈了好几回。
访谈者：亲戚们呢？
受访者：我爱人的妹妹{{han:钟丽娴}}要给她姐捐骨髓，配上了一半。{{han:钟丽娴}}她也有孩子，还是请了假去武汉陪床。我老板{{han:赵国强}}借了我三万，说不急着还。我表弟{{han:刘立新}}年底也送来了五千。
访谈者：您自己最难的是什么？
受访者：一个人劈成两半。在医院守着她，心里想着孩子；在家里陪着孩子，心里想着她。有天晚上在高速上开车，困得不行，停在服务区睡了一个{{trap/word:钟头}}。我跟孩子们说，别{{trap/word:胡乱}}花钱，可他们本来就不乱花，小的把压岁钱都拿出来了。
访谈者：家里的钱怎么周转？
受访者：医保报了一大半，大病保险又报了一些，自己还要出十几万。移植要是做成了，还得三四十万。我把车卖了，又在网上发了筹款，亲戚朋友转了不少。我爸妈把养老的钱也拿出来了，我心里过意不去。我爸说，钱没了还能挣，人没了就什么都没了。
访谈者：您爱人知道家里的情况吗？
受访者：我不敢跟她说借了多少钱，只说医保都报了。她在病房里给孩子们织毛衣，织几针就歇一歇，手背上全是针眼，还不肯放下。她说等出了院，要去梁子湖边上看荷花，去年没看成。我说行，到时候一家人都去，带上孩子们，在湖边上吃一顿鱼。
访谈者：您不在家的时候，谁管孩子们？
受访者：我爸妈。我爸七十了，骑电动车接送孙子，我妈做饭洗衣裳。大女儿初二了，功课紧，晚上要写到十一点。她自己把闹钟定在六点，起来给弟弟热{{trap/word:牛奶}}、梳头。对门的{{han:柯淑珍}}大姐也常来帮忙。我有时候半夜从武汉开车回来，看见她房间的灯还亮着，推门进去，她趴在桌上睡着了，作业本上还写着几句给她妈的话。我站在门口半天没敢出声。
访谈者：孩子们知道妈妈的病吗？
受访者：大的知道，小的只知道妈妈住院。大女儿在本子上写，等妈妈好了，一家去吃{{trap/minority_word:武昌鱼}}。我爸给孙子讲{{trap/famous:孙权}}在鄂州建都的故事，孩子问，{{trap/famous:孙权}}的妈妈也生过病吗。
访谈者：我们要登记地址和号码。
受访者：家在{{address:鄂城区杨叶镇长港村三组12号}}，我在武汉租的房子在{{address:江汉区新华街道常青小区5栋3单元706室}}。我身份证{{id_number@my1985spaced.420704}}，{{han:胡星辰}}的{{id_number@my2017.420704}}。我电话{{mobile@fullwidth}}。我的微信{{wechat:hudeshun_ez}}，我爱人的微信{{wechat:zhonglijun0921}}，大女儿的QQ{{qq:28473105}}，她在上面写日记。
访谈者：表上的名字都对吗？
受访者：医院的捐款名单上，社工写成了{{spaced:上 官 明 辉}}，我爱人写成{{spaced:钟 丽 君}}，小儿子写成{{spaced:胡　星　辰}}。我爸写成了{{spaced:胡长 贵}}。
访谈者：您现在最想的是什么？
受访者：我就想她能挺过来。{{trap/word:万一}}挺不过来，我也要把两个孩子拉扯大。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=353,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
