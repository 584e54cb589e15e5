# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 201 (tests/pii/holdout201/H1593-H1600 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 200, written at the same time, is not
an earlier set).

Set 201 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宁陕 and 佛坪 (Qinling mountains, Shaanxi: panda reserves, chestnut and konjac, relocated mountain villages): a Yi
mother from 昭觉 who married a Han man of 四亩地镇 (宁陕), paralysed since he fell digging 天麻, and peels konjac in
the workshop of a resettlement community; a Uyghur father from 库车 with a kebab stall in 袁家庄 (佛坪), his Han wife
from 大河坝, their daughter born with a heart defect; a Hui grandmother from 西吉 in 江口回族镇 (宁陕) raising two
grandchildren, her son in prison and his wife gone; a Mongolian father from 乌审旗 who drives for a chestnut buyer in
大河坝镇 (佛坪), his son with cerebral palsy, his Han wife gone; a Han 儿童主任 of the 秦岭新村 resettlement
community reading out her ledger; a Han forest ranger of the 佛坪 reserve (岳坝镇) raising his dead sister's son,
whose father vanished; a Han civil-affairs clerk of 大河坝镇 at the yearly review; and a Han paediatric nurse of the
宁陕 county people's hospital. The emphasis is on forms where a replacement might cover only part of a name, or miss
it, in a mix rather than one trick: Yi clan name + given name (俄木日嫫, 勒古尔呷, 吉伍依作, 俄木吉哈, 阿西拉则,
阿西阿依), the children's given names alone (尼古, 日且), a nickname (且且), the clan name with a kin word as a form of
address (俄木嫂), the Han father's surname before the Yi given name on the school roll (税尼古) and the boy's Han name
(税文博); a Uyghur given name + father's name with every dot and none (斯地克·莫明, 斯地克‧莫明, 斯地克・莫明,
斯地克.莫明, 斯地克莫明, 阿依克孜 · 斯地克), the given name alone inside a shop sign (斯地克烤肉), forms of address
made from it (斯老板, 克孜汗, 小吐逊), the Han mother's surname before the Uyghur given name (同阿依克孜) and the
grandfather's name (莫明·肉孜) beside 肉孜节; Hui Han-form names (黑凤仙, 拜永禄, 拜俊杰, 拜雨桐, 冶守义) with 经名
used alone (梅姆乃, 泰伊布, 伊克力马, 哈芙赛, 舍木素丁, 塔丝尼姆), the surname before a 经名 (拜伊克力马) and the
teacher's 赛赛; a Mongolian name with a short form and a form of address (毕力贡达赖, 老毕), the Han-style surname
奇 that Ordos Mongols carry (奇把式, 奇嘉豪: category han) before part of a Mongolian given name (奇宁布), short
forms (木苏, 古玛) and 宁布扎木苏 in a set where 宁 is also a Han surname (宁秀英, 宁安安) and a place (宁陕); Han
surnames and given characters that are grammar words right before the same word (过金柱过来, 同小燕同我, 来宝成来了,
由建军由他老娘, 从丽萍从来, 党正红正在, 寇又青又来了, 雒再兴再三, 何得水得了) and names before and after particles,
pronouns and verbs (何老汉却, 被何老汉, 扈振川便, 仝建军讲, 问鲜正芳, 尼古倒是, 税德贵他, 熊春苗她, 檀丽她,
母雪梅跟); names that hold a word, with the word near them (税德贵 and 交税, 母雪梅 and 母亲节, 栗欣然 and 糖炒栗子,
淡春梅 and 淡季, 金思厚 and 金丝猴, 朱鹤鸣 and 朱鹮, 朱小满 and 小满时节, 熊春苗 and 熊猫, 长孙书苑 and 长孙, 林长青
and 林场, 安小康 and 安康, 宁安安 and 平安, 黑奶奶 and 黑白, 拜 and 做礼拜); names inside organisation-like phrases
that are the person's (鱼长庚魔芋加工厂, 斯地克烤肉, 宁秀英爱心超市); a surname with only a title or kin word,
annotated whole (老税, 蹇嬢嬢, 蹇主任, 黑奶奶, 奇把式, 安老师, 桓大娘, 鲜大姐, 晁干事, 何老汉, 符阿姨) and local
nicknames (满娃子, 扈老幺); names at the start of a turn and closing a line with no stop (还是何思雨); rare surnames of
the region (税, 蹇, 过, 母, 鱼, 符, 同, 来, 幸, 阚, 禹, 栗, 仝, 锁, 冶, 雒, 淡, 寇, 党, 种, 桓, 谯, 由, 昝, 毋, 敬, 鲜,
储, 扈, 晁, 檀, 邰, 蔺); compound surnames after ordinary words (社工欧阳社莲, 大学生上官晓棠, 同事诸葛砚池, 治疗师
夏侯岚溪, 村官轩辕一鸣, 站长南宫毅, 律师公羊振宇, 实习护士乐正沐禾, 大夫东方德厚, ...); names spaced out character
by character in half- and full-width spaces and names split in two; and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:蹇嬢嬢}}``, ``{{qq:2948106537}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, yi, hui) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1987fwspaced.513431}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 老汉) and a particle, pronoun or
verb written directly after a name (过来, 同, 来了, 由, 从来, 正在, 又, 再三, 得了, 却, 便, 讲, 倒是, 她, 他, 跟) are
outside the span; a surname with only a title or kin word (老税, 蹇嬢嬢, 黑奶奶, 奇把式, 桓大娘, 何老汉) and a local
nickname (满娃子, 扈老幺) are annotated whole. Han-style names of Hui, Yi and Mongolian people (黑凤仙, 拜永禄,
拜俊杰, 拜雨桐, 冶守义, 税文博, 奇嘉豪, 奇把式, 黑奶奶) are category han; a Han surname before a non-Han given name
(税尼古, 同阿依克孜, 拜伊克力马, 奇宁布) is category minority, and so are forms of address made from a non-Han name
(俄木嫂, 斯老板, 克孜汗, 小吐逊, 赛赛, 老毕).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout201/make_holdout201.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(201_2026_1207)
MINORITY_GROUPS = ('mongolian', 'uyghur', 'yi', 'hui')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "yi": 10, "hui": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "172", "178", "180", "182", "183",
                   "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1593: Yi mother from 昭觉 who married a Han man of 宁陕 (四亩地镇); he was paralysed digging 天麻; she peels
# konjac in a resettlement-community workshop and raises their son and daughter.
DOCS["H1593"] = ("family", """\
访谈者：大姐，您在这个魔芋厂干了多久了？
受访者：两年多了。我叫{{minority/yi:俄木日嫫}}，老家四川{{trap/place:昭觉}}。厂里的人记不住，都喊我{{minority/yi:俄木嫂}}。
访谈者：怎么嫁到宁陕来的？
受访者：我男人{{han:税德贵}}年轻时候去凉山修路，在我们村住了半年，就认得了。他这个姓少，{{trap/word:交税}}的税。结婚以后跟他回了{{trap/place:四亩地镇}}，那时候还住在山上，走到镇上要三个钟头。
访谈者：后来搬下来了？
受访者：前年移民搬迁，搬进了镇上的安置小区。那年秋天{{han:老税}}上山挖{{trap/word:天麻}}，从岩上摔下来，腰断了，下半身动不得。{{han:税德贵}}他脾气变了，天天骂人，我晓得他心里苦。
访谈者：搬下来以后日子好些吗？
受访者：好也好，不好也不好。山上有地，种洋芋、种苞谷，喂两头猪，吃的不愁。搬下来住楼房，干净，娃上学近了，可买菜要钱，水电要钱，啥都要钱。楼上楼下都是山上搬下来的，有事喊一声就有人来，这点比山上强。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/yi:尼古}}十一岁，花名册上写的{{minority/yi:税尼古}}，户口本上的汉名叫{{han:税文博}}，在{{school:四亩地镇中心小学五年级2班}}。女儿{{minority/yi:日且}}七岁，我们喊她{{minority/yi:且且}}，在{{school:宁陕县四亩地镇中心小学一年级（3）班}}。女儿胆子大，{{minority/yi:尼古}}倒是闷得很。
访谈者：孩子们适应楼房吗？
受访者：{{minority/yi:且且}}适应得快，楼下就有娃耍。{{minority/yi:尼古}}想山上，说山上有松鼠、有溪沟，楼房里憋得慌。周末他一个人跑回老屋那边，坐在核桃树底下，天黑了才回来。我也不骂他，我晓得他想的是他爸还能走路的那几年。
访谈者：您男人平时谁照顾？
受访者：我早上五点起来给他擦身子、喂饭，再去厂里，中午回来翻一回身。儿子放学回来给他爸端尿盆，一声不吭。有一回男人把饭碗摔了，娃蹲在地上捡，捡完跑到楼梯上坐着哭。他问我，阿妈，爸爸是不是不要我们了。我说不是，是疼得受不了。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:蹇桂琴}}上门来了三回，给男人办了残疾证，一级，两项补贴都有；两个娃报了困境儿童，一个娃一个月{{trap/number:七百八十块}}。镇民政办的{{han:过金柱}}过来核的材料，说我们家够低保。娃们喊她{{han:蹇嬢嬢}}，过年{{han:蹇嬢嬢}}还悄悄给两个娃塞了红包。
访谈者：学校那边呢？
受访者：班主任{{han:母雪梅}}老师对儿子好，放学留他补拼音。同学笑他汉话说不顺，{{han:母雪梅}}跟全班讲，彝族娃会两种话，比你们强。{{trap/word:母亲节}}那天，{{minority/yi:尼古}}给我画了一张画，画的是我背着背篓。
访谈者：厂里的活累不累？
受访者：累。削魔芋，手泡得脱皮，一天一百二。厂子叫{{han:鱼长庚}}魔芋加工厂，老板让我中午回去给男人翻身。一起削皮的{{minority/yi:勒古尔呷}}是{{trap/place:美姑}}嫁过来的，我们两个用彝话摆龙门阵，心里就松活些。
访谈者：厂里的人对您好吗？
受访者：好。刚去的时候我削得慢，一天削不了几筐，旁边的大姐手把手教我，刀要斜着走，皮才削得薄。中午大家把饭菜摆在一起吃，我带的荞粑粑她们也抢着尝。
访谈者：一个月下来钱够用吗？
受访者：厂里三千出头，低保、补贴加起来一千多。男人吃药、买尿垫，一个月就要七八百。娃们上学不要钱，中午在学校吃营养餐也不要钱，这个帮了大忙。
访谈者：娘家那边呢？
受访者：我阿妈{{minority/yi:吉伍依作}}七十了，兄弟{{minority/yi:俄木吉哈}}在家种{{trap/minority_word:苦荞}}。{{trap/minority_word:火把节}}阿妈打视频，娃们看见羊子、看见{{trap/minority_word:坨坨肉}}，跳起来喊。去年彝族年，{{minority/yi:俄木吉哈}}寄来一件{{trap/minority_word:擦尔瓦}}，{{minority/yi:尼古}}披上就不肯脱。
访谈者：还有谁帮过你们？
受访者：县里派的社工{{compound:欧阳社莲}}每个月来，带娃做游戏，问他们心里想啥子。大学生{{compound:上官晓棠}}暑假来教{{minority/yi:且且}}认字。女儿去年得肺炎，住在{{trap/org:宁陕县医院}}，护士{{han:符晓岚}}守了她一夜。
访谈者：您最担心什么？
受访者：担心我自己倒了。男人离不得人，娃还小。夜里睡不着我就想，我们彝人讲，{{trap/minority_word:索玛花}}开在最高的山上，越冷越开得好。我给娃讲{{trap/famous:支格阿鲁}}射太阳的故事，跟他们说，人要硬气。
访谈者：登记信息请您说一下。
受访者：住在{{address:四亩地镇秦岭新村安置小区6栋1单元302}}，老家是{{address:昭觉县竹核乡尔古村三组17号}}。我的身份证{{id_number@wy1987fwspaced.513431}}，{{minority/yi:尼古}}的{{id_number@my2013hyphen.610923}}。我电话{{mobile@s434}}，{{han:蹇桂琴}}的{{mobile@plus86}}。我微信{{wechat:Rimo_Emu1987}}，儿子有个QQ，写在作业本封皮上：{{qq:390216758}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:俄　木　日　嫫}}，儿子写成{{spaced:税 尼古}}，男人写成{{spaced:税 德 贵}}，社工写成{{spaced:欧 阳 社 莲}}。
访谈者：您还想说什么？
受访者：这两年能撑下来，要谢的人多，头一个是{{han:蹇桂琴}}。
""")

# H1594: Uyghur father from 库车 who runs a kebab stall in 佛坪 (袁家庄); his Han wife is from 大河坝; their
# daughter has congenital heart disease.
DOCS["H1594"] = ("family", """\
访谈者：老板，您这烤肉摊摆了几年了？
受访者：六年了。我叫{{minority/uyghur:斯地克·莫明}}，老家新疆{{trap/place:库车}}。街上的人念不顺，都喊我{{minority/uyghur:斯老板}}，招牌上写的是“{{minority/uyghur:斯地克}}烤肉”。
访谈者：怎么到佛坪来的？
受访者：那年跟老乡来陕西修隧道，在工地上给人烤肉，认得了我老婆{{han:同小燕}}。她是{{trap/place:大河坝}}的，{{han:同小燕}}同我一样，都是穷人家出来的。结了婚就在{{trap/place:袁家庄}}租了间门面。
访谈者：孩子们呢？
受访者：一儿一女。女儿{{minority/uyghur:阿依克孜·斯地克}}九岁，我们喊她{{minority/uyghur:克孜汗}}。户口跟她妈，学校花名册写的{{minority/uyghur:同阿依克孜}}，在{{school:佛坪县袁家庄小学三年级二班}}。儿子{{minority/uyghur:买吐逊}}五岁，上幼儿园，老师喊他{{minority/uyghur:小吐逊}}。
访谈者：听说女儿身体不好？
受访者：先天性心脏病，生下来嘴唇就是紫的。三岁在{{trap/place:西安}}做了一回手术，去年又做了一回。{{trap/org:佛坪县人民医院}}儿科的护士{{han:蒲晓芹}}教我们咋个护理，{{minority/uyghur:克孜汗}}她怕打针，只要{{han:蒲晓芹}}给她打。
访谈者：做手术那阵子摊子怎么办？
受访者：关了两个月。我老婆在西安陪床，我两头跑，晚上睡在医院走廊上。那阵子房租都交不起，房东{{han:幸德安}}听说了，免了两个月，还说娃的命要紧，钱慢慢来。
访谈者：钱从哪里来？
受访者：两回手术花了十几万，医保报一大半，大病救助又报了一些。街道的民政专干{{han:阚建邦}}帮我们把女儿报成困境儿童，一个月{{trap/number:六百二十元}}，又给家里办了低保。街坊{{han:来宝成}}来了就帮我看摊子，{{han:来宝成}}比亲戚还亲。
访谈者：学校那边呢？
受访者：班主任{{han:禹静怡}}老师不让她上体育课跑，让她当记分员。同桌{{han:栗欣然}}天天给她带{{trap/word:糖炒栗子}}，说吃了长力气。
访谈者：儿子呢？
受访者：{{minority/uyghur:买吐逊}}皮实，跟着我在摊子上转，学会了数钱，游客买烤肉他帮着找零。幼儿园老师说他汉话比我说得好，就是一急就冒维吾尔话。他最爱听{{trap/famous:阿凡提}}的故事，听一回笑一回。他姐姐教他说，{{minority/uyghur:小吐逊}}，不能忘了爷爷的话。
访谈者：女儿自己知道病吗？
受访者：知道。她胸口有一道长疤，夏天不肯穿裙子，怕同学看见。班主任在班会上讲，这道疤是勇敢的记号，后来班上的女娃都抢着跟她坐。{{minority/uyghur:克孜汗}}回来跟我说，阿爸，我不怕了。
访谈者：生意怎么样？
受访者：夏天{{trap/place:熊猫谷}}的游客多，一晚上能卖三四百串。冬天山里冷，游客少，我就在家打{{trap/minority_word:窝窝馕}}，送到超市去卖。我老婆在宾馆当服务员，一个月两千多。早上她送娃上学，晚上我收摊回来，娃已经睡了。
访谈者：在这边过得惯吗？
受访者：头两年过不惯，山里潮，冬天屋里比外头还冷，老家冬天有暖气。这边人爱吃酸菜、腊肉，我吃不了腊肉，就自己和面拉拉条子。现在街上的人都认得我，下雨天收摊，旁边卖菜的大姐帮我盖篷布。娃们说的是一口佛坪话，回库车亲戚都听不懂。
访谈者：以后有什么打算？
受访者：想把摊子换成个小门面，冬天也能做。钱还差一些，{{han:阚建邦}}说可以帮我问问创业贷款。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/uyghur:莫明·肉孜}}七十三了，在库车种杏子。前年{{trap/minority_word:肉孜节}}带娃回去，{{minority/uyghur:克孜汗}}跟爷爷跳{{trap/minority_word:麦西来甫}}，跳两下就喘，阿爸心疼得直抹眼泪。表弟{{minority/uyghur:热合木土拉}}在西安开餐厅，两回手术都是他跑前跑后。
访谈者：手术的时候怕不怕？
受访者：怕。第二回手术做了七个钟头，我跟我老婆坐在手术室门口，一句话都说不出来。医生出来说顺利，我腿一软就坐到了地上。每年冬天阿爸都打电话问啥时候回去，我说等娃的病好利索了。
访谈者：还有谁帮过你们？
受访者：县社工站的{{compound:司马凤琼}}每个月来，陪娃画画。她同事{{compound:诸葛砚池}}帮我在网上申请了一个公益项目，又筹了两万。{{han:同小燕}}说，这些人的情我们一辈子都还不完。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:佛坪县袁家庄街道椒溪河路夜市14号摊位}}，家住{{address:袁家庄街道莲湖小区2栋3单元501}}。我的身份证{{id_number@my1984spaced.652923}}，{{minority/uyghur:克孜汗}}的{{id_number@wy2015quad.610730}}。我电话{{mobile@h38}}，我老婆的{{mobile@fullwidth}}。我微信叫{{wechat:Sidiq_kawap}}，娃用她妈的QQ：{{qq:２０５８１７３６４}}。
访谈者：各种表上名字写得对吗？
受访者：啥样的都有。低保表上是{{minority/uyghur:斯地克‧莫明}}，医院写的{{minority/uyghur:斯地克・莫明}}，银行卡上是{{minority/uyghur:斯地克.莫明}}，暂住证上连起来写成{{minority/uyghur:斯地克莫明}}。女儿在病历上是{{spaced:阿依克孜 · 斯地克}}，学校写成{{spaced:阿 依 克 孜}}。
访谈者：您最盼什么？
受访者：盼{{minority/uyghur:克孜汗}}的心脏好好的，长大了考到西安去当护士，跟{{han:蒲晓芹}}一样。
""")

# H1595: Hui grandmother from 西吉 in 江口回族镇 (宁陕) raising two grandchildren; her son is in prison and his
# wife left.
DOCS["H1595"] = ("family", """\
访谈者：奶奶，您来江口多少年了？
受访者：二十六年了。我汉名叫{{han:黑凤仙}}，经名{{minority/hui:梅姆乃}}，娘家在宁夏{{trap/place:西吉}}。街上的人都喊我{{han:黑奶奶}}，我这个黑是{{trap/word:黑白}}的黑，回民里头有这个姓。
访谈者：怎么从宁夏嫁到这山里来了？
受访者：{{trap/place:江口回族镇}}回民多，我男人{{han:拜守成}}的爷爷那辈就在这里落了脚，是他回西吉相亲娶的我。拜家这个姓也少，就是{{trap/word:做礼拜}}的拜。{{han:拜守成}}前些年得肝病走了。
访谈者：江口这边回民的日子怎么样？
受访者：江口回民几百户，有寺，有清真馆，吃的不发愁。老辈人说是清朝从外头迁过来的，跟汉民住了几百年，红白喜事都互相走动。我刚来的时候听不懂这边话，他们说“啥子”，我说“啥”，笑了好些年。
访谈者：现在家里几口人？
受访者：我跟两个孙娃。儿子{{han:拜永禄}}，经名{{minority/hui:泰伊布}}，前年跟人打架，把人打成重伤，判了五年，关在汉中。媳妇{{han:蔺翠娥}}第二年就走了，电话也换了。
访谈者：两个孙娃多大了？
受访者：孙子{{han:拜俊杰}}十二，经名{{minority/hui:伊克力马}}，寺里的阿訇喊他{{minority/hui:拜伊克力马}}，在{{school:江口回族镇中心学校六年级（1）班}}。孙女{{han:拜雨桐}}八岁，经名{{minority/hui:哈芙赛}}，老师嫌长，喊她{{minority/hui:赛赛}}，在{{school:宁陕县江口回族镇中心学校二年级三班}}。{{minority/hui:哈芙赛}}她爱哭，夜里想她妈。
访谈者：您一个人带两个娃，累不累？
受访者：累也得带。早上起来做了礼拜，给娃烙饼、烧茶。孙子明年上初中要住校，我就怕他在外头学坏，像他爸一样脾气冲。孙女晚上要跟我睡，半夜摸不着我就哭。我这腿一下雨就疼得下不了床，孙子就自己去学校，顺路把妹妹送到校门口。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:惠玉兰}}，给两个娃报了服刑人员子女补助，一个娃一个月{{trap/number:九百一十块}}，我也进了低保。镇民政办的{{han:仝建军}}来核了三回，{{han:仝建军}}讲，娃的事情莫耽搁。司法所的{{compound:宇文建社}}给办了视频会见，县社工站的{{compound:端木秋月}}陪我们去的汉中。
访谈者：家里还靠啥过？
受访者：我在街上卖点自己炸的{{trap/minority_word:馓子}}，一天能卖几十块。秋天到山里收点核桃、木耳，倒手卖给城里人。邻居{{han:锁海燕}}开饭馆，常喊两个娃过去吃饭，说吃一口是一口。
访谈者：学校那边呢？
受访者：{{minority/hui:伊克力马}}的班主任是{{han:从丽萍}}，{{han:从丽萍}}从来不嫌我们，娃作业写不完就留他在学校写。有娃骂他是劳改犯的儿子，他跟人打了一架，老师没罚他，只说拳头解决不了事。回来他跟我说，奶奶，我不想跟我爸一样。
访谈者：两个娃以后想做什么？
受访者：孙子说想当警察，我问他为啥，他说当了警察就能管住打架的人。我听了心里又酸又高兴。{{minority/hui:赛赛}}说要当老师，跟{{han:从丽萍}}一样。
访谈者：孙女平时喜欢做啥？
受访者：喜欢画画，画清真寺的绿顶子，画她爸。老师推荐她去参加县里的比赛，得了个三等奖，奖状我贴在堂屋墙上，来个人我就指给人家看。
访谈者：寺里呢？
受访者：{{trap/org:江口清真寺}}的{{han:冶守义}}阿訇，经名{{minority/hui:舍木素丁}}，每到{{trap/minority_word:开斋节}}都给娃送新衣服、送{{trap/minority_word:油香}}。他还教{{minority/hui:伊克力马}}念经，说娃心里有火，要慢慢灭。
访谈者：儿子在里头怎么样？
受访者：一个月打一回亲情电话。{{minority/hui:泰伊布}}在电话里哭，说后悔，让我给娃说爸爸对不起他们。{{minority/hui:伊克力马}}不接，躲在门背后。孙女抢过电话喊爸爸，喊完了又哭。
访谈者：您身体怎么样？
受访者：腿疼，血压高。{{trap/org:江口镇卫生院}}的大夫{{han:雒志刚}}每个月上门量血压。我最怕我哪天走了，娃没人管。娘家侄女{{minority/hui:塔丝尼姆}}在{{trap/place:银川}}，说实在不行就把娃接过去，可娃的学籍、补助都在这边。
访谈者：孙女还想妈妈吗？
受访者：想。她妈走的时候落下一条红头巾，{{minority/hui:哈芙赛}}叠得整整齐齐放在枕头边。{{han:蔺翠娥}}去年过年打过一个电话，说在{{trap/place:宁波}}的厂里，问了两句就挂了。
访谈者：登记信息请您说一下。
受访者：家在{{address:宁陕县江口回族镇高桥村四组23号}}，娘家{{address:西吉县兴隆镇杨河村五队8号}}。我的身份证{{id_number@wold.640422}}，孙子的{{id_number@my2013tri.610923}}。我不会用手机，电话是{{han:惠玉兰}}给我存的：{{mobile@plain}}，她的{{mobile@p86n}}。孙子上网课开了个QQ：{{qq:1073548269}}；她的微信是{{wechat:huiyulan_jk}}。
访谈者：表上名字写得对吗？
受访者：补助表上孙女写成{{spaced:哈 芙 赛}}，孙子写成{{spaced:拜 伊克力马}}，我写成{{spaced:黑　凤　仙}}，司法所那位写成{{spaced:宇　文　建　社}}。
访谈者：您最后还想说啥？
受访者：盼{{minority/hui:泰伊布}}早点出来，两个娃等着他。这些年帮我们最多的，是{{han:惠玉兰}}。
""")

# H1596: Mongolian father from 乌审旗 who drives for a chestnut buyer in 佛坪 (大河坝镇); his son has cerebral
# palsy and his Han wife left.
DOCS["H1596"] = ("family", """\
访谈者：师傅，听口音您不是本地人？
受访者：不是，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的，蒙古族。我叫{{minority/mongolian:毕力贡达赖}}，身份证上姓奇，这边人都喊我{{han:奇把式}}，车队的小伙子喊我{{minority/mongolian:老毕}}。
访谈者：怎么到佛坪来的？
受访者：十几年前给隧道工地拉水泥，在{{trap/place:西岔河}}住了两年，认得了孩子他妈{{han:淡春梅}}。那会儿年轻，觉得山里也好，就留下了。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:宁布扎木苏}}十岁，脑瘫，走路要人扶，我们喊他{{minority/mongolian:木苏}}。户口本上的汉名是{{han:奇嘉豪}}，学籍上写的{{minority/mongolian:奇宁布}}，挂在{{school:佛坪县大河坝镇中心小学三年级（1）班}}，老师送教上门。女儿{{minority/mongolian:乌日古玛}}十三，在{{school:佛坪县初级中学七年级（2）班}}，我们喊她{{minority/mongolian:古玛}}。
访谈者：孩子妈妈呢？
受访者：{{minority/mongolian:木苏}}查出脑瘫的第二年，{{han:淡春梅}}就走了，说她受不了。走的那天正是{{trap/word:淡季}}，我拉不到活，抱着娃在门口坐了一下午。
访谈者：谁在帮你们？
受访者：镇上的民政专干{{han:晁丽娟}}给{{minority/mongolian:木苏}}办了残疾证，两项补贴一个月{{trap/number:二百二十块}}，又报了困境儿童。村上的儿童主任{{han:寇又青}}一个礼拜来一回，昨天{{han:寇又青}}又来了，给娃带了个学步车。{{trap/org:县残联}}给报康复费，娃在{{trap/org:汉中市儿童康复中心}}练了两个疗程，治疗师{{compound:夏侯岚溪}}教我回家咋个练。
访谈者：送教的老师呢？
受访者：特教老师{{han:党正红}}每周来两回，{{han:党正红}}正在教他认数字，他现在能数到二十了。
访谈者：儿子的康复怎么样？
受访者：慢。康复中心说最好每年都去，可一个疗程要住两个月，我跑车离不开，今年就没去成。在家就按治疗师教的，每天给他拉腿、练站，他疼得直哭，我也得狠下心。
访谈者：女儿呢？
受访者：{{minority/mongolian:古玛}}懂事，放学回来给弟弟喂饭、按腿。班主任{{han:安小康}}老师说她作文写得好，写的是草原上的奶奶。{{han:安老师}}是{{trap/place:安康}}人，常给她带书。
访谈者：您现在做啥活？
受访者：给收板栗的{{han:种建林}}开车，{{han:种建林}}人厚道，让我带着{{minority/mongolian:木苏}}跑车。秋天拉{{trap/word:栗子苞}}，冬天拉{{trap/word:魔芋}}，一个月四千来块。
访谈者：带着娃跑车方便吗？
受访者：不方便也得带。我在驾驶室后头铺了个垫子，娃就躺在上面，一路看山看水。他听得懂话，就是说不清。车一停他就拍窗户，要下去看河。山路弯多，我开得慢，一趟比别人多跑一个钟头。
访谈者：您一个人又跑车又带两个娃，顾得过来吗？
受访者：顾不过来也得顾。早上五点起来给儿子穿衣、喂饭，女儿自己热馍去上学。要是出远门，就把儿子托给邻居{{han:桓大娘}}，{{han:桓大娘}}七十了，身子骨硬朗，说这娃乖，不闹人。晚上回来儿子看见我就笑，我一天的累就没了。
访谈者：女儿跟您说过心里话吗？
受访者：说过。有一回她问我，阿爸，妈还会回来吗。我说不晓得。她说，不回来也行，我来照顾弟弟。十三岁的娃说这话，我一个大男人躲到车上哭了半天。
访谈者：这边冬天冷吗？
受访者：冷是不如老家冷，可潮，冷到骨头里。老家零下二十几度，屋里烧着炉子，暖和得很。这边屋里不生火，娃的手脚冻得冰凉，我就买了个电热毯，晚上抱着他睡。女儿成绩好，年级前十，说要考到{{trap/place:呼和浩特}}去学医，回来给弟弟治病。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/mongolian:巴拉吉玛}}七十一了，在乌审旗放羊。兄弟{{minority/mongolian:旺楚格}}去年开车来，带了一袋{{trap/minority_word:炒米}}、一箱{{trap/minority_word:奶皮子}}，{{minority/mongolian:古玛}}闹着要跟叔叔回去过{{trap/minority_word:查干萨日}}。县社工站的{{compound:皇甫霁川}}每月来，教她怎么照顾弟弟又不耽误学习。
访谈者：想过回内蒙古吗？
受访者：想过。可儿子的康复在这边，女儿也在这边念书。草原上地方大，娃坐轮椅出不了门，这边好歹有送教的老师。阿妈说，你在哪儿，哪儿就是家。冬天夜里我拉一段马头琴，两个娃都安静了，听得入神。{{minority/mongolian:古玛}}最爱听{{trap/famous:成吉思汗}}小时候放马的故事。
访谈者：登记信息请您说一下。
受访者：家在{{address:佛坪县大河坝镇三教殿村五组6号}}，老家{{address:乌审旗图克镇呼和陶勒盖嘎查二社9号}}。我的身份证{{id_number@my1981fwhyphen.150626}}，{{minority/mongolian:木苏}}的{{id_number@my2015x.610730}}。我电话{{mobile@plus86spaced}}，村上儿童主任的{{mobile@s38}}。微信{{wechat:Bilgun_Uushin}}，女儿的QQ是{{qq:8364021975}}。
访谈者：表上名字写得对吗？
受访者：残疾证上儿子写成{{spaced:宁 布 扎 木 苏}}，低保表上我是{{spaced:毕力贡　达赖}}，女儿写成{{spaced:乌日 古玛}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:木苏}}能自己走路，走到门口就行。
""")
# H1597: Han 儿童主任 of the 秦岭新村 resettlement community in 四亩地镇 (宁陕) reading out her ledger.
DOCS["H1597"] = ("staff", """\
访谈者：{{han:蹇主任}}，您今天带的是啥本子？
受访者：我们安置社区的困境儿童台账。我叫{{han:蹇桂琴}}，在{{trap/org:秦岭新村社区}}当儿童主任四年了。山上搬下来四百多户，困境儿童十七个，我一户一户给你念。
访谈者：好，您念。
受访者：第一户，{{minority/yi:俄木日嫫}}家，彝族，男人瘫了，两个娃{{minority/yi:税尼古}}、{{minority/yi:日且}}，两项补贴加困境儿童，上回你们去过。小的那个我们都喊{{minority/yi:且且}}，嘴甜，见人就喊嬢嬢。楼上还有个彝族媳妇{{minority/yi:勒古尔呷}}，日子还过得去，没进台账。
访谈者：第二户？
受访者：第二户是孤儿，{{han:谯一诺}}，女，十岁。爸妈前年在{{trap/place:广货街}}那边出车祸，都没了，跟爷爷{{han:谯德茂}}过。孤儿基本生活费一个月{{trap/number:一千五百一十元}}。娃在{{school:四亩地镇中心小学四年级1班}}，住{{address:四亩地镇秦岭新村安置小区2栋4单元101}}，身份证{{id_number@wy2015fw.610923}}。{{han:谯德茂}}的电话{{mobile@hyphen}}。娃学习好，回回考前三，就是不爱笑。
访谈者：第三户？
受访者：户主{{han:由建军}}，在外头工地上摔了，两条腿截了，现在{{han:由建军}}由他老娘照顾。媳妇跑了，娃{{han:由佳佳}}九岁，算事实无人抚养。住{{address:秦岭新村安置小区9栋2单元602}}。
访谈者：第四户？
受访者：{{han:昝思琪}}，女，十三，爸爸服刑，妈妈失联，跟外婆{{han:毋翠英}}。{{han:毋翠英}}眼睛不好，是{{han:昝思琪}}给外婆做饭。身份证{{id_number@wy2011spaced.610923}}，服刑人员子女补助每月{{trap/number:九百八十元}}。
访谈者：第五户？
受访者：{{han:敬德胜}}老汉，七十三了，带两个孙子。儿子吸毒进去了，媳妇改了嫁。大孙子{{han:敬小龙}}在{{school:宁陕县城关初级中学八年级（4）班}}，去年闹着不念了，要跟人去{{trap/place:西安}}打工。我跟{{han:敬德胜}}两个劝了三个晚上，才把他劝回学校。
访谈者：还有别的情况吗？
受访者：还有几户是大人有病的。有个妈妈是精神残疾，犯病的时候认不得娃，我们就把娃接到社区住两天。第四户，去年冬天外婆摔了一跤，{{han:昝思琪}}一个人把外婆背到卫生院，十三岁的女娃，我听了都心疼。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:过金柱}}总负责，社工站派了{{compound:申屠嘉怡}}跟第二户、第四户，志愿者{{compound:闻人一苇}}每周来辅导作业。包村干部{{compound:钟离守拙}}管搬迁那一块，户口、房子的事找他。今年县上还派来个大学生村官{{compound:轩辕一鸣}}，帮我把台账录进电脑。
访谈者：补助的钱娃们用到了吗？
受访者：这个我盯得紧。有一户爷爷拿孙子的钱去买酒，被我发现了，我跟{{han:过金柱}}一起上门，把卡改成娃的姑姑管。每学期开学，我还要去学校看看娃的书本文具齐不齐。
访谈者：社区里还有啥帮扶？
受访者：有个“{{han:宁秀英}}爱心超市”，是退休老师{{han:宁秀英}}拿退休金办的，娃们攒积分换本子、换书包。她是{{trap/place:宁陕}}城里人，退休了非要搬到我们这儿来。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大点的知道，不爱听这个叫法。我们上门不当着同学的面，填表也不在学校填。{{han:谯一诺}}跟我说过，{{han:蹇嬢嬢}}，你莫跟别人讲我没爸妈。我说你放心。
访谈者：搬下来以后娃们变化大吗？
受访者：大。在山上的时候，娃们上学要走一两个钟头山路，下雨天就不去了。现在学校就在社区对面，放学能到社区的{{trap/org:儿童之家}}写作业、看书。暑假我们请大学生来办夏令营，教画画、教跳绳，娃们高兴得很。
访谈者：平时怎么发现这些娃？
受访者：一靠学校报，二靠邻居讲，三靠我们入户。去年第三户的娃一个人在家烧水，把脚烫了，是楼下的{{han:鲜大姐}}听见哭声跑上去的，{{han:鲜大姐}}给我打电话，我让她先把娃送到卫生院。
访谈者：名单上的名字都写对了吗？
受访者：错的多。有张表把{{spaced:谯　一　诺}}写得一个字一个空，{{spaced:申 屠 嘉 怡}}也是，还有{{spaced:昝 思琪}}、{{spaced:由 佳 佳}}。年底我一张一张核，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@spaced}}，工作微信{{wechat:jianguiqin_qlxc}}。娃们有个QQ群，我的QQ是{{qq:2948106537}}。
访谈者：您自己家里呢？
受访者：我也是从山上搬下来的，男人在外头工地上，一个娃读大学，一个读高中。这份工作一个月补贴几百块，可搬下来的这些娃，我看着就跟自家的一样。
访谈者：干这个最难的是啥？
受访者：山上搬下来的老人不识字，材料一样一样都要我跑，一户要跑五六趟。社区干部连我五个，管四百多户，白天入户，晚上录资料，有时候忙到十点多，饭都是在社区泡面吃的。可看着{{han:由佳佳}}在学校拿了奖状回来，我又觉得值。
""")

# H1598: Han forest ranger of the 佛坪 reserve (岳坝镇) raising his late sister's son, whose father vanished.
DOCS["H1598"] = ("family", """\
访谈者：您巡山巡了多少年了？
受访者：十五年了。我叫{{han:金思厚}}，{{trap/place:岳坝镇}}人，在{{trap/org:佛坪保护区}}三官庙那一片当护林员。山上的人开玩笑，说我名字念快了就是{{trap/word:金丝猴}}。
访谈者：平时巡山都干些啥？
受访者：看有没有人下套子、挖药，记{{trap/word:大熊猫}}的粪便、{{trap/word:羚牛}}的脚印。一趟上去两三天，住在山上的棚子里。
访谈者：见过熊猫吗？
受访者：见过几回。有一回在竹林里，离我不到二十米，它坐在那里啃竹子，看了我一眼，又接着啃，根本不理我。我站着没敢动，等它走了才敢出气。回来讲给娃听，他缠着我讲了一个礼拜。
访谈者：家里有孩子要照顾？
受访者：有，我外甥。我妹子{{han:金思琴}}前年得乳腺癌走了，妹夫{{han:朱鹤鸣}}说去新疆打工，三年没音信。村里人说{{han:朱鹤鸣}}跟{{trap/word:朱鹮}}一样，飞走了就不回来了。娃叫{{han:朱小满}}，{{trap/word:小满时节}}生的，我们喊他{{han:满娃子}}，十一岁，在{{school:岳坝镇中心小学五年级（2）班}}。
访谈者：您上山的时候谁管他？
受访者：我屋里的{{han:熊春苗}}管。{{han:熊春苗}}她说，{{han:满娃子}}比{{trap/word:熊猫}}还难伺候，可疼起来比亲生的还疼。村上的儿童主任{{han:储秀芬}}给娃报了事实无人抚养，一个月{{trap/number:一千一百六十元}}，{{han:储秀芬}}还让我当了监护人。
访谈者：娃在学校怎么样？
受访者：不爱说话。班主任{{compound:长孙书苑}}老师说他上课老看窗户外头。我跟他说，你舅是家里的{{trap/word:长孙}}，没念成书，你要把书念好。
访谈者：他平时喜欢啥？
受访者：喜欢跟我上山。放暑假我带他走过一回短线，他一路问这是啥树、那是啥鸟，比我还能认。回来在本子上画熊猫、画红腹锦鸡，画得像得很。
访谈者：娃想他爸妈吗？
受访者：想也不说。他妈走的那年他八岁，在医院里守了一个月。现在每到清明，他都要我带他去坟上，自己拿镰刀把草割干净，跪在那里半天不起来。他爸，他从来不提，我一提他就走开。
访谈者：您自己的娃呢？
受访者：我有个女子，在{{trap/place:汉中}}读卫校。放假回来给他辅导作业、教他用电脑。娃喊她姐，比喊亲姐还亲。
访谈者：保护区对你们有照顾吗？
受访者：站长{{compound:南宫毅}}晓得我家的事，过年不排我的班。搞科研的{{compound:澹台慕青}}从{{trap/place:西安}}来，带娃去看红外相机拍的金丝猴，说这娃有灵性，以后可以考林业大学。
访谈者：家里开销怎么样？
受访者：护林员一个月一千八，我屋里的在镇上农家乐帮厨，一个月两千。还种了两亩{{trap/word:猪苓}}，养了几箱中蜂，一年卖点{{trap/word:土蜂蜜}}。娃的补助我单独存着，一分不动，留给他念书。
访谈者：娃学习怎么样？
受访者：一般，数学好，语文差，作文老写不满字数。老师说他写山上的东西写得好，写别的就不会了。我说那就多写山，写熊猫、写羚牛，写他舅在山上睡棚子。老师讲{{trap/famous:张骞}}出使西域，说他就是咱汉中城固人，娃回来念叨了好几天。
访谈者：山上的棚子条件怎么样？
受访者：几根木头搭的，上面盖彩条布，下雨漏水，夜里冷得睡不着。几个护林员轮流烧火，烤洋芋吃，讲各自屋里的事。
访谈者：娃的爷爷奶奶呢？
受访者：在{{trap/place:华阳}}，年纪大了，自己都顾不过来。过年我带娃去看一回，老两口抱着娃哭，说对不住我们。
访谈者：护林这活苦不苦？
受访者：苦是苦，可这山养活了我们几辈人。以前山里人打猎、砍树，现在都不让了，我们就成了守山的人。
访谈者：村里像这样的娃多吗？
受访者：有几个。{{han:林长青}}家两个娃，妈走了，{{han:林长青}}在{{trap/word:林场}}砍了半辈子树，现在也改成护林了。还有{{han:扈老幺}}的孙女，爸妈在外头打工，跟着奶奶，我巡山路过就进去看一眼。
访谈者：山上危险吗？
受访者：危险。去年冬天在{{trap/place:光头山}}下面碰到一头羚牛，我爬到树上躲了一个钟头。下来头一个想的就是，我要是没了，{{han:满娃子}}咋办。
访谈者：登记信息请您说一下。
受访者：家在{{address:佛坪县岳坝镇大古坪村三组12号}}，娃的户口还挂在他爸老家{{address:洋县华阳镇红石窑村二组7号}}。娃的身份证{{id_number@my2014hyphen.610730}}，我的{{id_number@mmid.610730}}。我电话{{mobile@plus86dash}}，山上信号不好，打不通就打{{han:熊春苗}}的{{mobile@s74}}。娃的QQ是{{qq:573920148}}，我微信{{wechat:jinsihou_yueba}}。
访谈者：表上名字写得对吗？
受访者：监护人那张表上我写成{{spaced:金 思 厚}}，娃写成{{spaced:朱　小　满}}，班主任写成{{spaced:长 孙 书 苑}}。
访谈者：您最盼什么？
受访者：盼{{han:满娃子}}长大了也来当护林员，替他舅守这片山。
""")

# H1599: Han civil-affairs clerk of 大河坝镇 (佛坪) going through her cases at the annual review.
DOCS["H1599"] = ("official", """\
访谈者：{{han:晁干事}}，您在镇上管民政几年了？
受访者：七年了。我叫{{han:晁丽娟}}，{{trap/org:大河坝镇政府}}的民政专干，全镇的低保、特困、残疾人补贴、困境儿童都在我这儿。
访谈者：全镇有多少困境儿童？
受访者：在册四十三个，孤儿五个，事实无人抚养十一个，其余是重病、重残和服刑人员子女。每年两回复核，我挨家挨户走。全镇走一遍要一个多月，山路远的一天只能走两三户。
访谈者：复核的时候都看些啥？
受访者：看大人回来没有，收入变没变，娃是不是还在上学，房子漏不漏雨，冬天有没有棉被。去年发现一户娃还睡在木板上，我回来就往县里报，第二个礼拜床和棉被就送去了。
访谈者：这几年政策上有啥变化？
受访者：变化大。以前只有孤儿有钱，后来有了事实无人抚养，标准跟孤儿一样，好多娃就有了着落。现在每个村还有儿童主任，娃家里有啥事，他们先晓得，我们就好办了。
访谈者：儿童主任都是些什么人？
受访者：多半是村上的妇女主任兼的，也有村医、退休老师。像三教殿村的{{han:寇又青}}，又要管妇女、又要管娃，一个人跑一个村。她跟我讲，她手机里存的娃的电话比亲戚的还多。
访谈者：能说几个例子吗？
受访者：三教殿村的{{minority/mongolian:奇宁布}}，脑瘫。他爸{{minority/mongolian:毕力贡达赖}}是蒙古族，开车的，车队里都喊他{{minority/mongolian:老毕}}，妈妈走了。今年复核，{{minority/mongolian:木苏}}能扶着墙走两步了，我在台账上专门记了一笔。姐姐{{minority/mongolian:乌日古玛}}成绩好，我们帮她申请了助学金。
访谈者：还有呢？
受访者：五四村的{{han:何得水}}，{{han:何得水}}得了尿毒症，一个礼拜透析三回，媳妇{{han:鲜正芳}}在{{trap/place:汉中}}打工。两个娃跟着爷爷，我给报了困境儿童。头一回去核材料，被{{han:何老汉}}骂了一顿，说我们光填表不办事。后来批下来了，{{han:何老汉}}却拉着我吃饭，说错怪我了。
访谈者：娃们怎么样？
受访者：大的{{han:何思雨}}在{{school:佛坪县大河坝镇中心小学六年级（3）班}}，懂事得很。我问{{han:鲜正芳}}能不能回来，她讲回来就没钱给男人透析。我给{{han:何思雨}}的班主任{{han:敬书航}}打了电话，请他多照看。
访谈者：还有少数民族的家庭吗？
受访者：有。西岔河那边有个彝族媳妇{{minority/yi:阿西拉则}}，{{trap/place:雷波}}嫁过来的，男人酒后从崖上摔死了，留下三个娃。{{minority/yi:阿西拉则}}汉话说不好，每回都是她大女儿{{minority/yi:阿西阿依}}给她当翻译。大女儿上了初中，学校给她申请了寄宿生生活补助。她在学校开了个QQ，有事就给我留言：{{qq:915270384}}。
访谈者：村上的人帮忙吗？
受访者：帮。西岔河的村支书{{han:雒再兴}}再三跟我说，这家人有啥事先找他。他帮着把危房修了，又介绍她去板栗合作社剥栗子，一天能挣八十。
访谈者：县里怎么支持你们？
受访者：县民政局儿童福利股的{{compound:司空晓阳}}每季度下来一回，帮我们把关。有法律上的事找律师{{compound:公羊振宇}}，县慈善协会的{{compound:赫连雨菲}}给娃们募过冬衣。
访谈者：最难的是什么？
受访者：材料。一个事实无人抚养，要派出所的失联证明、法院的判决书，少一样都不行。有一户，娃他爸失联七年，我跑了四趟派出所才开出证明。
访谈者：有没有让您特别难受的事？
受访者：有。前年一个娃的爷爷去世了，娃一个人在屋里守了两天，谁也没告诉。是{{han:寇又青}}去送补助才发现的。从那以后，我们要求儿童主任每个月至少上门一回，打电话不算。夜里娃要是出了事，让儿童主任先打{{trap/hotline:110}}，再打民政的{{trap/hotline:12349}}。
访谈者：您家里支持吗？
受访者：我男人在{{trap/org:县林业局}}，也是成天往山里跑。女儿六岁，常说妈妈是别人家的妈妈。我听了心里不好受，可这些娃没人管不行。
访谈者：登记信息请您说一下。
受访者：五四村那户在{{address:大河坝镇五四村一组16号}}，{{minority/yi:阿西拉则}}家在{{address:西岔河镇石门沟村三组4号}}。{{han:何思雨}}的身份证{{id_number@wy2012tri.610730}}，{{han:何得水}}的{{id_number@mmidspacedx.610730}}。我电话{{mobile@p86h}}，镇民政办座机打不通就打{{han:敬书航}}的{{mobile@fws}}。我的工作微信{{wechat:chaolj_dhb2016}}，QQ{{qq:603817492}}。
访谈者：台账上名字有写错的吗？
受访者：有。{{spaced:何 得 水}}、{{spaced:毕 力 贡 达 赖}}，还有{{spaced:司　空　晓　阳}}，都被写得一个字一个空。{{spaced:阿西 拉则}}也被拆开了。
访谈者：您自己怎么看这份工作？
受访者：钱不多，事不少，可看见娃们一年比一年好，心里就踏实。最让我放心不下的，还是{{han:何思雨}}
""")

# H1600: Han paediatric nurse of the 宁陕 county people's hospital talking about the children on her ward.
DOCS["H1600"] = ("staff", """\
访谈者：您在儿科干了多少年了？
受访者：十二年了。我叫{{han:符晓岚}}，{{trap/org:宁陕县人民医院}}儿科的护士。
访谈者：儿科忙吗？
受访者：忙。冬天流感、肺炎，一个病房住六七个娃，走廊上都加了床，夜里{{trap/hotline:120}}一趟一趟往这儿送。护士就我们八个，三班倒，一个班下来腿都是肿的。可看到娃们出院时笑着跟我们招手，又觉得值了。
访谈者：护士能为这些娃做的多吗？
受访者：其实不多，打针、喂药、换尿布，再就是陪着说说话。可有时候一句话，娃就记住了。我们科还有个爱心基金，职工自己捐的，每个月都有人往里头放钱。
访谈者：哪些孩子让您印象最深？
受访者：去年冬天住进来一个彝族小姑娘，叫{{minority/yi:日且}}，肺炎。她妈{{minority/yi:俄木日嫫}}白天在魔芋厂上班，晚上才来陪。她妈喊她{{minority/yi:且且}}，我也跟着喊{{minority/yi:且且}}。那天夜里她烧到四十度，我守了一夜。
访谈者：跟少数民族的家长沟通难吗？
受访者：有时候难。她妈汉话不太好，签字的时候我一个字一个字给她念，后来她找了个老乡{{minority/yi:勒古尔呷}}来帮着翻译。回族娃吃饭要注意，我们在护士站贴了张单子，哪个床是回族，送饭前先问一声。
访谈者：回族的孩子也有？
受访者：江口的一个小姑娘，阑尾炎。病历上写的是{{han:拜雨桐}}，她奶奶一直喊{{minority/hui:哈芙赛}}，我还以为是两个娃。她奶奶，街上都喊{{han:黑奶奶}}的，经名叫{{minority/hui:梅姆乃}}，不吃医院食堂的饭，我每天去街上的清真馆给她买{{trap/minority_word:粉汤}}。
访谈者：有没有没人管的孩子？
受访者：有。前年一个女婴被丢在{{trap/place:广货街}}的车站，送到我们科，只有四斤二两，脐带都没剪干净。护士长{{han:檀丽}}给她起名叫{{han:宁安安}}，宁陕的宁，{{trap/word:平安}}的安。{{han:檀丽}}她抱着娃喂了一个月的奶粉，夜里娃一哭，谁在班上谁就去哄。后来送到了{{trap/org:安康市儿童福利院}}。{{han:宁安安}}上了户口，身份证号{{id_number@wy2021fwspaced.610923}}，是福利院告诉我们的。
访谈者：后来还有她的消息吗？
受访者：有。福利院的人说{{han:宁安安}}被{{trap/place:安康}}一户人家收养了，养父母都是老师。去年过年他们寄来一张照片，娃穿着红棉袄，胖嘟嘟的。{{han:檀丽}}把照片贴在护士站的柜子里，说这是咱们科的女儿。
访谈者：留守的孩子多吗？
受访者：多。有个男娃{{han:邰小军}}，爷爷给他吃错了药，抽了筋送进来。爸妈都在外头打工。主任{{han:扈振川}}便让社区来人，娃能吃饭了才出院。后来我和护士长一起去他家看过一回，屋里冷得跟冰窖一样。
访谈者：留守孩子家里一般是什么情况？
受访者：多是爷爷奶奶带，老人不识字，药看不懂，一天三次吃成三天一次。我们现在出院的时候，把药分好装在小袋子里，袋子上画太阳、画月亮，早上吃哪袋，晚上吃哪袋，老人一看就懂。
访谈者：重病的孩子呢？
受访者：有个男娃{{han:谯子航}}，在我们这儿查出白血病，转到了{{trap/org:西京医院}}。家里为了给他看病，把山上的老房子都卖了。他妈{{han:党秀芝}}前几天打电话来，说娃化疗掉光了头发，还问{{han:符阿姨}}好不好。我加了她的微信{{wechat:dangxz_ningshan}}，隔几天问一回。
访谈者：医院这边有什么帮扶？
受访者：医务社工{{compound:宗政小琼}}帮困难家庭申请医疗救助，县红十字会的{{compound:濮阳听松}}给重病娃筹过钱。实习护士{{compound:乐正沐禾}}每周给住院的娃讲故事。心理科的大夫{{compound:东方德厚}}也常来，陪娃们搭积木。
访谈者：您觉得这些孩子最缺的是什么？
受访者：缺人陪。病好治，心里的事难治。{{han:邰小军}}出院那天问我，{{han:符阿姨}}，你能不能当我妈。我没敢接话，跑到水房里哭了一场。
访谈者：您自己有孩子吗？
受访者：有个儿子，上初中了。他说我对病房里的娃比对他还好，我说那是因为你有妈在身边，他们好多没有。
访谈者：登记信息请您说一下。
受访者：{{han:邰小军}}家在{{address:宁陕县广货街镇沙洞村二组14号}}，他的身份证{{id_number@my2012quad.610923}}。我电话{{mobile@s434}}，微信{{wechat:wxid_fuxl0923ns}}，娃们出院了有时候在QQ上跟我说话，QQ是{{qq:４８１０２９３７６}}。科室在{{address:宁陕县城关镇长安河路东段18号住院部三楼}}。
访谈者：表上名字写错过吗？
受访者：写错过。{{spaced:乐 正 沐 禾}}被写成四个字分开，{{spaced:邰　小　军}}也是，还有一张把{{spaced:宁 安安}}拆成两截。
访谈者：最后想说什么？
受访者：希望这些娃病好了回家，家里有人等。年轻时候读护校，老师讲{{trap/famous:南丁格尔}}提着灯查房，我就想当护士。说到底，谢谢{{han:檀丽}}带我入的行。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1593,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout200",))


if __name__ == "__main__":
    main()
