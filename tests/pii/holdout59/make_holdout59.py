# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 59 (tests/pii/holdout59/H457-H464 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 58, written at the same time by another
writer, is not an earlier set).

Set 59 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 博乐 (博尔塔拉) whose son died at the wheel on the road to 精河 and whose daughter-in-law left, raising two
grandchildren; a Tibetan yak herder grandfather in 杂多 (玉树) whose son is in prison in 西宁 and whose
daughter-in-law died in childbirth; a Hui grandmother in 霍城 (伊犁) whose son died at the 霍尔果斯 border port, whose
husband is paralysed and whose daughter-in-law is on dialysis; a Han father in 泸溪 (湘西) laid low by silicosis,
whose wife left and whose three children go by word nicknames; a Han village doctor in 咸丰 (恩施) who keeps in touch
with patients, relatives and officials on WeChat and QQ; a Uyghur grandfather in 阿瓦提 (阿克苏) whose son is on
dialysis and whose daughter-in-law left after the divorce; a Han police officer in 建始 (恩施) reading from the file of
a boy found sleeping at the bus station (father in prison, mother gone, grandmother in hospital); and a Han
grandmother in 五峰 (宜昌) raising three grandchildren while her divorced son ties steel in 深圳. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to seven characters (斯仁其木格, 铁木尔巴特, 苏日嘎拉图, 巴音吉日嘎拉图, 宝音额日和木, 哈日查盖) with short forms after the
full name (查汗珠拉 then 珠拉, 苏日嘎拉图 then 苏日嘎他们班, 包诺敏达来 then 诺敏达来说); Kham Tibetan names of two parts
(才仁求培, 尕松求措, 江永达哇, 白玛央金, 巴才仁增老师) with short forms (昂文扎多 then 扎多调皮, 松保才旺 then 松保) and
the Han name of a Tibetan (杨旭东); Hui Han-form names (苏桂香, 马建福, 韩德福阿訇, 马占彪说) beside 经名 used alone
(哈力麦, 哲麻力, 达悟德, 苏麦耶, 比俩里说) and a Han surname before an Arabic name (马哈毕布 then 哈毕布也, 马哈伦,
丁比俩里, 金阿米乃老师, 海撒利哈); Uyghur given name + father's name with and without the dot (托乎提·艾则孜,
阿卜杜克依木·艾则孜江 and 阿卜杜克依木艾则孜江, 帕尔哈提吐逊) with short forms (克依木, 如克亚木, 买吐送他, 艾则孜江他,
库尔班尼沙, 托乎提大叔); Han word nicknames annotated whole (柚柚, 铁砣也, 泥猴就); Han names with common surnames and the
rare ones of the voices' regions (符, 麻, 粟, 瞿, 滕, 冉, 牟, 覃, 庹, 谭, 吕, 颜, 焦), with titles and kin words
(马振江书记, 王德山大夫, 焦国胜所长, 韩丽芸大姐, 田凤娥婶子, 向晓红姨, 谭桂枝大姐; the span is the name only), names
that contain or end in words (向光荣, 石开明, 谭明亮, 杜长江, 李满仓, 向家和, 周春风, 王秋生, 邓开山, 吴兴旺), a name
written twice on a form (吕金秀吕金秀), names directly before particles and verbs (向光荣他们家, 田凤娥那边, 冯春兰都,
庹振东就, 向德旺还, 黄德芬那儿, 吴兴旺家, 王思语和, 杨少武跟) and after 叫/是/给/跟/找/让 (找丁晓燕, 让谭桂枝); names
spaced out character by character in half- and full-width spaces, dotted names with spaces around the dot
(托乎提 · 艾则孜, 阿 依 提 拉 · 库 尔 班) and names split in two (斯仁 其木格, 江永 达哇, 艾则孜江 托乎提, 谭小 琴);
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:符长根}}``, ``{{qq:2718904365}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012hyphen.652701}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, quad, tri, fullwidth,
                                   X; mobiles plain, spaced, hyphen, s434, s74, s38, h38, fullwidth, plus86,
                                   plus86dash, plus86spaced, p86h);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (书记, 主任, 老师, 大夫, 医生, 所长, 警官, 队长,
阿訇, 喇嘛, 大姐, 婶子, 姨, 大叔) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 和, 跟, 她, 他, 他们家, 那边, 那儿) are outside the span; a word nickname (柚柚, 铁砣, 泥猴) is annotated whole.
Han-style names of Tibetan and Hui people (杨旭东, 苏桂香, 马文韬) are category han; a Han surname before a non-Han
given name (包诺敏达来, 马哈毕布, 丁比俩里, 金阿米乃) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout59/make_holdout59.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(59_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "135", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H457: Mongolian grandmother in 博乐 (博尔塔拉); her son died on the road, his wife left, two grandchildren.
DOCS["H457"] = ("family", """\
访谈者：奶奶，您慢慢说，先说说家里的情况。
受访者：我叫{{minority/mongolian:斯仁其木格}}，今年六十八，{{trap/place:博尔塔拉}}的蒙古族，一辈子住在{{trap/place:博乐}}城西边的牧业村。老头子{{minority/mongolian:钢特木尔}}前年冬天走了，心脏病。儿子{{minority/mongolian:铁木尔巴特}}开大车，去年开春在去{{trap/place:精河}}的路上翻了车，人当场就没了。儿媳{{han:刘晓蓉}}是汉族，丧事办完过了半年，说去{{trap/place:奎屯}}打工，后来就再没回来。两个孩子就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:查汗珠拉}}十三，我们叫她{{minority/mongolian:珠拉}}；孙子{{minority/mongolian:苏日嘎拉图}}九岁，家里喊{{minority/mongolian:苏日嘎}}。大的在{{school:博乐市第七中学初一（5）班}}住校，小的在{{school:小营盘镇中心小学三年级（2）班}}。小的说他长大也要开大车，跟他爸一样，我听了心里就揪一下。
访谈者：现在家里靠什么过？
受访者：村里给报了低保。孩子们的妈虽说活着，可找不着人，村委会的{{han:马振江}}书记跑了好几趟派出所，开了失联证明，才按事实无人抚养批下来，表是村里的会计{{minority/mongolian:巴音吉日嘎拉图}}帮我填的，每人每月{{trap/number:一千二百六}}。我还有二十来只羊，托给侄子{{minority/mongolian:阿木古朗}}放。{{minority/mongolian:阿木古朗}}他人实在，卖了羊羔一分不少给我拿来。
访谈者：平时谁来看你们？
受访者：村里的儿童主任{{minority/mongolian:孟克吉雅}}，隔几天就来。{{minority/mongolian:孟克吉雅}}说话快，手脚也快，进门先看炉子，再看作业。市里社工站派了两个年轻人，一个是{{compound:闾丘景行}}，还有{{compound:赫连思齐}}。姑娘给孙女补英语，小伙子带孙子踢球。民政局的{{han:韩丽芸}}大姐也来过，给孩子们送了棉衣。她说开春再来看。
访谈者：学校里呢？
受访者：孙女的班主任是{{han:周玉洁}}老师，她说孩子作文好，写她爷爷骑马、写{{trap/place:赛里木湖}}边上的{{trap/minority_word:那达慕}}。{{minority/mongolian:苏日嘎}}他们班的{{han:杨春雷}}老师年轻，有一回孩子跟同学打架，{{han:杨春雷}}也没骂他，把他叫到办公室，问他是不是想爸爸了。孩子一下就哭了。
访谈者：亲戚们帮忙吗？
受访者：我妹妹{{minority/mongolian:塔布斯琴}}在{{trap/place:温泉县}}，她家也不宽裕，可每年秋天都送来两袋面。她儿子{{minority/mongolian:包诺敏达来}}在州医院当护士，孩子病了我就打电话问他。{{minority/mongolian:诺敏达来}}说，姨妈，有啥事你就喊我。邻居{{minority/mongolian:宝音额日和木}}家的小子{{minority/mongolian:哈日查盖}}跟{{minority/mongolian:苏日嘎}}一般大，两个天天在一起。
访谈者：过节怎么过？
受访者：祭{{trap/minority_word:敖包}}的时候，侄子骑摩托带孩子们去。过年我煮手把肉，炸{{trap/minority_word:包尔萨克}}。孙女会唱{{trap/famous:江格尔}}里的几段，是她爷爷教的。
访谈者：您身体怎么样？
受访者：腿疼，血压也高。乡卫生院的{{han:王德山}}大夫每月来给我量一回，说奶奶你不能累着。可我不干谁干？早上五点起来烧奶茶，给孙女装上馍馍，送她去坐班车。
访谈者：日子上最难的是什么时候？
受访者：冬天。{{trap/place:阿拉套山}}那边的风一刮，羊圈的门都冻住了。去年腊月孙子半夜发烧，村里没车，我背着他走到公路上拦车，到了市医院天都亮了。还有开学的时候，{{trap/word:包括}}校服钱、资料费、住校的伙食费，一下子要好几百，我就去卖两只羊。孙女懂事，从来不跟同学比穿的，放假回来就帮我挤奶、扫羊圈，还教弟弟写字。我跟她说，你只管念书，家里的事有奶奶。
访谈者：孩子们想妈妈吗？
受访者：小的想，夜里抱着他妈留下的一件毛衣睡。大的嘴上不说，可她把她妈的照片夹在课本里。我也打听过，有人说在饭馆里见过她，我托人去找，没找着。找着了又能咋样，她还年轻，总得过自己的日子。
访谈者：表上要填地址和号码。
受访者：家在{{address:博乐市小营盘镇乌兰达坂村二组17号}}，孩子们的妈原先在城里租的房子是{{address:博乐市青得里街道丽景小区5号楼2单元402室}}。我的身份证{{id_number@wy1957.652701}}，孙女的{{id_number@wy2012hyphen.652701}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@plus86}}。孙女有个QQ，说是交作业的，号码她写在门后头的日历上——我念给你：{{qq:2718904365}}。社工姑娘的微信是{{wechat:lvqiu_jx2019}}。
访谈者：孩子们会说蒙古话吗？
受访者：大的会，小的听得懂不会说。我跟他们说蒙古话，他们跟我说汉话，一家人两样话。我怕他们把根忘了，晚上给他们唱{{trap/minority_word:长调}}，讲草原上的事。
访谈者：名字在表上写对了吗？
受访者：乱得很。学校的表上写的是{{spaced:查 汗 珠 拉}}，低保本上孙子是{{spaced:苏　日　嘎　拉　图}}，我自己是{{spaced:斯仁 其木格}}，儿子的死亡证明上写成{{spaced:铁木尔 巴特}}。
访谈者：最后您想说什么？
受访者：我就盼着多活几年，把两个孩子送出去。{{minority/mongolian:珠拉}}说要考师范，回来当老师。
""")

# H458: Tibetan grandfather in 杂多 (玉树); his son is in prison, his daughter-in-law died in childbirth.
DOCS["H458"] = ("family", """\
访谈者：爷爷，您身体还好吗？我们就在屋里聊。
受访者：好着呢。我叫{{minority/tibetan:才仁求培}}，七十一了，一辈子在{{trap/place:杂多}}放牦牛，家在{{trap/place:扎青乡}}，离{{trap/place:澜沧江}}的源头不远。老伴{{minority/tibetan:求措巴毛}}前年得胃病走了。儿子{{minority/tibetan:江永达哇}}跟人打架，把人打伤了，判了六年，关在{{trap/place:西宁}}。儿媳{{minority/tibetan:文德卓玛}}生老三的时候大出血，没救过来，老三也没保住。剩下两个孩子跟着我。
访谈者：孩子们叫什么？多大了？
受访者：孙女{{minority/tibetan:尕松求措}}十二岁，孙子{{minority/tibetan:昂文扎多}}八岁，我们喊他{{minority/tibetan:扎多}}。孙女在{{school:杂多县民族寄宿制中学初一（2）班}}，孙子在{{school:扎青乡寄宿制小学二年级（1）班}}，两个都住校。
访谈者：家里靠什么？
受访者：{{trap/year:2010年}}地震，房子塌了，是政府帮着重盖的。牦牛还有二十几头，挤奶、打酥油卖一点。夏天挖{{trap/minority_word:虫草}}，今年我腿不行，是侄子{{minority/tibetan:松保才旺}}帮着挖的。{{minority/tibetan:松保才旺}}上学时起的汉名叫{{han:杨旭东}}，在县上开出租。乡里给报了低保，两个孩子父亲服刑、母亲去世，按事实无人抚养，每人每月{{trap/number:一千四百五}}。乡民政助理{{han:祁振邦}}跑的手续，他是{{trap/place:湟中}}来的汉族，藏话说得比我孙子还好。
访谈者：孩子爸爸那边呢？
受访者：去年秋天我带孩子们去探监，坐了两天车。儿子隔着玻璃哭，说对不起阿爸，对不起孩子。监狱的{{han:马国良}}警官人好，多给了十分钟。回来路上孙子问我，阿爸啥时候回来，我说等你上了初中。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:白玛央金}}，她在县上读过高中，啥表都是她帮着填。她也常给孩子们打电话。州里的社工来了两回，一个叫{{compound:尉迟舒禾}}，跟她一起的是{{compound:长孙婉宁}}。她们给孙女带来一箱书。寺里的{{minority/tibetan:土丁桑周}}喇嘛每年给孩子们念经祈福，也给点钱。县医院的{{han:许德明}}大夫给我看腿，说是关节炎，让少受凉。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:尕松求措}}她学习好，班主任{{minority/tibetan:巴才仁增}}老师说她考过全年级第三。就是不爱说话，怕同学知道她爸坐牢。{{minority/tibetan:扎多}}调皮，生活老师{{han:吴淑珍}}说他晚上老哭，想奶奶。
访谈者：过年过节呢？
受访者：{{trap/minority_word:藏历年}}我们在家煨桑、转{{trap/minority_word:玛尼堆}}。赛马节的时候带孩子们去县城看热闹。我给他们讲{{trap/famous:格萨尔}}的故事，小的最爱听，听完了拿根棍子当马骑。
访谈者：放牧的活谁帮您？
受访者：我自己放，腿疼就骑摩托。夏天上山，冬天下到冬窝子。去年冬天雪大，冻死了三头小牛，我坐在雪地里哭了一场。乡上发了饲草，{{trap/org:县农牧局}}的人来看过，说今年给牦牛上保险，死了能赔一点。孩子们放假回来，孙女帮我挤奶、打酥油，孙子赶牛，跑得比狗还快。
访谈者：孩子们想爸爸吗？
受访者：想。孙女每个月给她爸写一封信，写满两页，写学校、写牛、写她奶奶留下的那只猫。她爸回信少，字也歪歪扭扭。孙子不会写几个字，就在信纸上画一头牦牛、画一顶帐篷，说这是家。我看了，心里像刀割一样。
访谈者：家里别的亲戚呢？
受访者：我弟弟{{minority/tibetan:江永土登}}住在县城，{{minority/tibetan:松保才旺}}就是他儿子。{{minority/tibetan:松保}}每回来县城都带{{minority/tibetan:扎多}}吃顿饭，给他买双鞋。孙女的舅舅{{minority/tibetan:文德多杰}}在{{trap/place:囊谦}}，一年来一回，送些酥油和肉。
访谈者：孩子们住校，生活上怎么样？
受访者：学校管吃管住，一个礼拜回来一趟，路远的一个月回来一趟。我们家离学校六十多公里，冬天路上全是冰。乡上有个校车，礼拜五送，礼拜天接。孙女说学校的饭好吃，就是想家里的{{trap/minority_word:糌粑}}和酸奶。我每回给她装一小袋{{trap/minority_word:曲拉}}，让她分给同学。
访谈者：表上要登记号码和地址。
受访者：家在{{address:杂多县扎青乡格赛村三社8号}}，冬天孩子放假住我弟弟家，在县城。我身份证{{id_number@my1954.632722}}，孙女的{{id_number@wy2013spaced.632722}}。我不会用手机，电话是儿童主任帮我办的：{{mobile@s434}}。她自己的{{mobile@hyphen}}，微信叫{{wechat:baima_yangjin88}}。孙女有QQ，号码是——她写在我这个本子上了——{{qq:1938275046}}。
访谈者：表上名字写得对吗？
受访者：不对的多。学校的表上孙女是{{spaced:尕 松 求 措}}，我在低保本上是{{spaced:才　仁　求　培}}，儿子的判决书上是{{spaced:江永 达哇}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，孩子们好好念书。{{minority/tibetan:尕松求措}}说要当医生，回{{trap/place:玉树}}给老人看病。
""")

# H459: Hui grandmother in 霍城 (伊犁); her son died at the border port, his wife is on dialysis.
DOCS["H459"] = ("family", """\
访谈者：奶奶，您说说家里的事吧。
受访者：我叫{{han:苏桂香}}，经名叫{{minority/hui:哈力麦}}，今年六十六，家在{{trap/place:霍城}}{{trap/place:清水河镇}}，祖上是从甘肃迁过来的。老汉{{han:马占鳌}}在{{trap/org:清真寺}}当过乡老，去年中风，昏了三天才{{trap/word:苏醒}}过来，瘫在炕上了。儿子{{han:马建福}}，经名{{minority/hui:哲麻力}}，前年在{{trap/place:霍尔果斯}}口岸开大车，出了车祸，人没了。儿媳{{han:韩秀娥}}得了尿毒症，一个礼拜去{{trap/place:伊宁}}透析两回。三个孙子孙女就靠我。
访谈者：孩子们多大了？
受访者：老大{{minority/hui:马哈毕布}}十四，上学用的名字是{{han:马文韬}}；老二孙女{{minority/hui:苏麦耶}}十岁；老三{{minority/hui:马哈伦}}六岁，刚上学前班。{{minority/hui:哈毕布}}在{{school:霍城县第三中学初二（4）班}}，孙女在{{school:清水河镇回民小学四年级（1）班}}。{{minority/hui:哈毕布}}也懂事，放学回来先给他爷爷翻身。
访谈者：家里怎么过？
受访者：村委会给我们报了低保，儿子走了以后，三个孩子按困境儿童报了补贴，每人每月{{trap/number:六百八}}。{{trap/org:县残联}}给老汉办了残疾证，有一点护理补贴。村里的儿童主任{{han:丁晓燕}}跑的手续。{{han:丁晓燕}}她自己也是回族，说话和气，来了先问孩子吃饭没有。娃娃们有啥事也都找{{han:丁晓燕}}。
访谈者：寺里帮不帮？
受访者：帮。掌教的{{han:韩德福}}阿訇，经名{{minority/hui:达悟德}}，每年开斋节前送米面油来。坊上的{{han:杨少武}}跟{{han:金玉珍}}两口子，娃娃的学费他们出了一年。寺里还有个年轻满拉{{minority/hui:丁比俩里}}，晚上给{{minority/hui:哈毕布}}讲数学。{{minority/hui:比俩里}}说，娃娃脑子好，就是心思重。
访谈者：孩子们学校里呢？
受访者：{{minority/hui:苏麦耶}}的班主任{{minority/hui:金阿米乃}}老师，也是坊上的人，每天中午给她热饭。大孙子的班主任是汉族，{{han:郭海峰}}老师，他跟我说娃娃物理考了全班第一，想考{{trap/place:伊宁}}的高中。县里社工站的两个年轻人也来过，一个叫{{compound:公孙德厚}}，小伙子；跟他来的是{{compound:上官秋池}}，姑娘家。{{compound:上官秋池}}给孙女扎了两根辫子，娃娃高兴了好几天。
访谈者：儿媳现在怎么样？
受访者：瘦得不成样子。{{han:韩秀娥}}她娘家在{{trap/place:察布查尔}}，她哥{{han:韩守仁}}来过几回，说等着换肾，要排队。州医院的{{han:穆雪芳}}大夫说，透析不能断。来回车钱一回八十，都是村里给报一部分。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，我炸{{trap/minority_word:馓子}}、{{trap/minority_word:油香}}，给寺里送一盘，给邻居送一盘。老汉躺着也要孩子们给他念经。我给娃娃们讲{{trap/famous:郑和}}下西洋，说咱回回人里出过大人物。
访谈者：您一个人照顾这么多人，忙得过来吗？
受访者：忙不过来也得忙。早上五点起来做礼拜，烧茶，做饭，给老汉擦身子、喂饭。送走两个上学的，再带着小的去地里。家里种了八亩玉米，村里的年轻人帮着收，不要钱。晚上孩子们写作业，我在边上纳鞋底，有时候坐着就睡着了。大孙子看我累，说奶奶我不上学了，{{trap/word:马上}}去口岸上打工。我拿笤帚打了他一顿，说你爸就是没念书才去开大车的，你要念。
访谈者：邻居们怎么看？
受访者：都帮。对门的汉族老两口，过年给孩子们包饺子，知道我们吃清真，专门买了新锅。孩子们跟他们孙子一起上学，一起回来，跟亲兄弟一样。夏天他们开车去{{trap/place:惠远古城}}赶集，也捎上我们家小的。
访谈者：亲戚呢？
受访者：我娘家侄女{{minority/hui:海撒利哈}}在{{trap/place:乌鲁木齐}}，一年寄两回钱。老汉的兄弟{{han:马占彪}}腿也不好，帮不上啥。{{han:马占彪}}说，嫂子，有事你吱声。
访谈者：登记表要填地址和号码。
受访者：家在{{address:霍城县清水河镇东梁村四组21号}}，儿媳透析住的是她哥家，{{address:伊宁市解放路街道金穗小区7号楼3单元501室}}。我身份证{{id_number@wy1959.654023}}，大孙子的{{id_number@my2011quad.654023}}。我电话{{mobile@plain}}，{{han:丁晓燕}}的{{mobile@s38}}，她微信{{wechat:dingxy_qsh}}。{{minority/hui:哈毕布}}玩QQ，号他说是{{qq:40918273}}，让老师加他。
访谈者：孩子们的身体怎么样？
受访者：小的三天两头感冒，大的有鼻炎。乡卫生院的大夫说，家里潮，要通风。去年冬天煤不够，寺里拉来一车，村里又给补了一车，才算熬过来。老汉常说，这辈子欠下的人情，娃娃们长大了要还。
访谈者：名字写得对吗？
受访者：经名没个准，各写各的。花名册上老大写成{{spaced:马 哈 毕 布}}，老二写成{{spaced:苏　麦　耶}}，我自己是{{spaced:苏桂 香}}，{{minority/hui:比俩里}}他在寺里的登记本上是{{spaced:丁 比俩里}}。
访谈者：您最盼什么？
受访者：盼儿媳的病能好，盼{{minority/hui:哈毕布}}考上高中。
""")

# H460: Han father in 泸溪 (湘西), laid low by silicosis; his wife left; three children with word nicknames.
DOCS["H460"] = ("family", """\
访谈者：符师傅，您先说说家里。
受访者：我叫{{han:符长根}}，四十四岁，家在{{trap/place:泸溪}}{{trap/place:浦市镇}}下面的村里。以前在{{trap/place:广东}}打风钻，打了十二年，得了矽肺，现在走几步就喘。老婆{{han:张玉莲}}前年跟人走了，电话也换了。三个孩子跟着我，我妈{{han:麻凤仙}}七十了，也在帮着带。
访谈者：孩子们多大？
受访者：大的女儿{{han:符雨晴}}，十三，我们喊她{{han:柚柚}}；老二儿子{{han:符家旺}}，十岁，小名{{han:铁砣}}；老三{{han:符小满}}，七岁，小名{{han:泥猴}}，一天到晚在河边泥里滚。{{han:柚柚}}在{{school:泸溪县浦市镇中学初一（3）班}}，两个小的在{{school:浦市镇中心完小四年级（2）班}}和一年级。
访谈者：您这病怎么治？
受访者：县医院的{{han:石开明}}大夫说是二期，要洗肺，一回好几千。{{trap/org:县残联}}帮我评了残，{{trap/org:民政局}}给报了低保。镇民政办的{{han:滕建业}}说孩子们{{trap/word:符合}}条件，可以按困境儿童报补贴，一个月{{trap/number:五百五}}。{{han:滕建业}}他跑了四趟才批下来。
访谈者：村里怎么帮？
受访者：村支书{{han:向光荣}}，人跟他的名字一样，实在。{{han:向光荣}}他们家有台三轮，我去县医院都是他送。儿童主任{{han:粟春燕}}，每个礼拜来看孩子作业。{{han:粟春燕}}说大的字写得好，让她去参加县里的书法比赛。隔壁{{han:田凤娥}}婶子，我出门看病，三个孩子就在她家吃饭。{{han:田凤娥}}那边也难，她男人瘫了。
访谈者：孩子们怎么样？
受访者：{{han:柚柚}}说她长大要当护士，给我治病。{{han:铁砣}}也听话，会烧火做饭了。{{han:泥猴}}就是淘气，前天把邻居家的鸭子赶到河里去了。他们班主任{{han:瞿兰芳}}老师来家访，说小的聪明，就是坐不住。她跟我说，孩子想妈妈，不要在他面前说他妈的坏话。
访谈者：您自己还能干点活吗？
受访者：重活干不了。我在家编竹篮子，一个卖十五块，赶场天拿到{{trap/place:浦市}}去卖。我妈种点菜，养了十几只鸡。孩子们放学回来，大的做饭，老二喂鸡，老三去河边扯猪草——在河滩上翻{{trap/word:石头}}捉螃蟹，翻着翻着就下河去了，所以叫他{{han:泥猴}}。我喘得厉害的时候，晚上只能坐着睡，三个孩子轮流给我捶背。我这个人{{trap/word:向来}}不求人，可为了孩子，这几年脸都豁出去了。
访谈者：您最担心什么？
受访者：怕我哪天喘不上气，孩子们没人管，我妈年纪也大了。我跟{{han:向光荣}}说过，真到那一天，托他帮着找个好人家，或者送到县里的儿童福利院，只要孩子们能念书就行。他说你莫说丧气话，好好治。
访谈者：孩子们上学远不远？
受访者：远。大的在镇上住校，一个礼拜回来一趟。两个小的每天走四十分钟山路，下雨天路滑，我不放心，就拄着棍子送到半路。有一回老二在路上摔了，膝盖上全是血，他没哭，一瘸一拐走到学校，老师打电话我才知道。我这个当爹的，心里难受。
访谈者：社会上有人帮吗？
受访者：州里的社工站来过，一个叫{{compound:司马远航}}，还有个姑娘是{{compound:巫马若溪}}。他们带孩子们去{{trap/place:吉首}}看了一回科技馆。{{compound:司马远航}}说明年暑假办个夏令营，让三个都去。还有一个老板，{{han:梁德茂}}，在镇上开砂场的，每年给三个孩子一人一千块钱。
访谈者：三个孩子之间怎么样？
受访者：好。大的像个小妈妈，给弟弟剪指甲、洗衣服。老二护着老三，学校里有人欺负老三，他就冲上去。有一回镇上发了两个苹果，老二一个没吃，揣回来给我和他奶奶。
访谈者：孩子妈妈还联系吗？
受访者：不联系。{{han:张玉莲}}她娘家在{{trap/place:辰溪}}，她妹妹{{han:张玉萍}}偶尔打电话来问。我也不恨她，跟着我这个病人，日子是苦。
访谈者：过节呢？
受访者：过年杀不起猪了，我妈做点腊肉、{{trap/minority_word:社饭}}。正月里村里唱{{trap/minority_word:辰河高腔}}，孩子们挤在台子底下看。我给他们讲{{trap/famous:沈从文}}的故事，说他也是湘西人，写书写出了名。
访谈者：登记要地址和号码。
受访者：家在{{address:泸溪县浦市镇铁山村五组12号}}，孩子他妈原先在县城租的房子是{{address:泸溪县白沙镇沅江小区3栋2单元401室}}。大女儿的身份证{{id_number@wy2012x.433122}}。我电话{{mobile@h38}}，{{han:向光荣}}的电话{{mobile@plus86dash}}，微信{{wechat:xiangguangrong66}}。大的有QQ，号码她拿粉笔写在墙上了，是{{qq:3507719824}}。
访谈者：名字在表上有错吗？
受访者：有。低保本上我是{{spaced:符 长 根}}，学校报名表上老三是{{spaced:符　小　满}}，老二写成{{spaced:符家 旺}}。
访谈者：您最大的心愿？
受访者：多活几年，看三个孩子长大。
""")

# H461: Han village doctor in 咸丰 (恩施) who keeps in touch with patients, relatives and officials on WeChat and QQ.
DOCS["H461"] = ("village_doctor", """\
访谈者：冉医生，您在村卫生室干了多少年了？
受访者：二十一年了。我叫{{han:冉从武}}，{{trap/place:咸丰}}{{trap/place:唐崖镇}}人，村里老老少少的病都找我看。这几年困境儿童的事，镇上让我们村医也帮着盯，哪家孩子病了、哪家大人出了事，我心里有本账。现在都用微信，{{trap/org:乡卫生院}}建了个群，村干部、儿童主任、学校老师都在里头。
访谈者：您手上最操心的是哪几家？
受访者：头一家是{{han:牟桂兰}}，七十三了，带着两个外孙。女儿{{han:秦晓玲}}嫁到{{trap/place:来凤}}，女婿{{han:覃大勇}}贩毒判了十年，女儿受不住，喝药走了。两个孩子，{{han:覃子豪}}十一，{{han:覃欣怡}}八岁。{{han:牟桂兰}}她不会用智能机，有事都是外孙拿外婆的老人机给我打，号码是{{mobile@spaced}}。孩子自己有QQ，号是{{qq:2093847165}}，他妹妹半夜发烧，他就在QQ上给我留言。
访谈者：孩子们上学呢？
受访者：外孙在{{school:唐崖镇中心小学五年级（3）班}}，班主任{{han:谭明亮}}老师也在群里。{{han:谭明亮}}说孩子数学好，就是上课老走神。妹妹在村小读二年级。
访谈者：第二家呢？
受访者：第二家男人{{han:黄德春}}在{{trap/place:浙江}}工地上被钢管砸断了腿，回来坐了轮椅。女人{{han:邓翠平}}在镇上饭馆洗碗，一个月一千八。三个娃娃，{{han:黄诗琪}}、{{han:黄俊杰}}，还有个小的才三岁。{{han:黄德春}}他脾气大，娃娃们怕他。他的微信是{{wechat:hdc_1979_xf}}，每天晚上给我发语音问药怎么吃。
访谈者：第三家？
受访者：第三家是留守的，爹妈在{{trap/place:东莞}}电子厂，三个孩子跟着爷爷{{han:向德旺}}。{{han:向德旺}}还有高血压、糖尿病，药都是我送上门。老大{{han:向梦瑶}}十四，懂事，用她妈的旧手机加了我微信，叫{{wechat:mengyao_0915}}，每个月提醒我去给爷爷量血压。她妈{{han:杨小芹}}在东莞也常给我留言，QQ我记在本子上——翻一下——是{{qq:1520384976}}，她说厂里白天不让拿手机，只能下了班用电脑登。
访谈者：跟干部们怎么联系？
受访者：镇民政办的{{han:覃志华}}说，哪家有事先在群里说。{{han:覃志华}}的电话{{mobile@hyphen}}，微信是{{wechat:qinzhihua_mzb}}。儿童主任{{han:龚秀梅}}也在群里，她QQ我存着，号码我念给你听，是{{qq:894736215}}——她说QQ上传表格方便。村主任{{han:庹振东}}就不爱打字，都发语音。他也是个热心人，{{han:黄德春}}的轮椅就是他跑{{trap/org:县残联}}要来的。县里社工站派了两个人，一个是{{compound:欧阳晓棠}}，还有{{compound:皇甫靖川}}，两人隔一个月来一趟，给孩子们做心理辅导。
访谈者：孩子们的病多不多？
受访者：营养不良的多，蛀牙的多，这些{{trap/word:熊孩子}}糖当饭吃。{{han:覃欣怡}}去年得了肺炎，半夜烧到四十度，我背着跑到镇上。他家老二摔断了胳膊，是我打的夹板。{{han:向梦瑶}}她来月经肚子疼，不好意思跟爷爷说，在微信上问我，我就让{{han:谭桂枝}}大姐去教她。
访谈者：疫苗、体检这些呢？
受访者：都是我在管。哪家孩子该打哪针，我本子上记着，到日子就在群里喊。留守的孩子，爷爷奶奶记不住，我就上门去接。学校每年体检一回，查出来近视的、贫血的，名单发给我，我再一家一家去说。有的老人不信，说孩子能吃能睡，有啥病，我就得磨嘴皮子。
访谈者：过节呢？
受访者：我们土家族{{trap/minority_word:过赶年}}，比汉族早一天。村里跳{{trap/minority_word:摆手舞}}，孩子们都去。我给他们讲{{trap/famous:李时珍}}尝百草，{{han:覃子豪}}说他长大也要当医生。
访谈者：村医管这些事，镇上给补贴吗？
受访者：给一点，一年几百块，主要是良心活。我们这里山高，一个组跟一个组隔着一道梁，上门一趟来回两个钟头。我自己的儿子在外地读大学，我老婆说你管别人家的孩子比管自己的还上心。我说，自己的孩子有爹妈，他们没有。
访谈者：登记要填地址和号码。
受访者：卫生室在{{address:咸丰县唐崖镇黄泥塘村三组6号}}。我的电话{{mobile@plain}}。外婆的身份证{{id_number@wy1952.422826}}，外孙的{{id_number@my2014fullwidth.422826}}。
访谈者：表上名字写得对吗？
受访者：有写错的。医保卡上外孙是{{spaced:覃 子 豪}}，外婆是{{spaced:牟　桂　兰}}，学校表上把向家老大写成了{{spaced:向梦 瑶}}。
访谈者：您最大的体会？
受访者：有了微信，半夜有人找得到我，这就是村医的用处。
""")

# H462: Uyghur grandfather in 阿瓦提 (阿克苏); his son is on dialysis, his daughter-in-law left after the divorce.
DOCS["H462"] = ("family", """\
访谈者：爷爷您好，我们聊聊孩子们的事。
受访者：好。我叫{{minority/uyghur:托乎提·艾则孜}}，七十岁，家在{{trap/place:阿瓦提县}}{{trap/place:乌鲁却勒镇}}，种了一辈子棉花。老伴{{minority/uyghur:图尔荪古丽·肉孜}}腿不好。儿子{{minority/uyghur:艾则孜江·托乎提}}得了尿毒症，在{{trap/place:阿克苏}}地区医院透析。儿媳{{minority/uyghur:阿依提拉·库尔班}}离了婚，回了{{trap/place:柯坪}}娘家。三个孙子孙女跟着我们老两口。
访谈者：孩子们叫什么？
受访者：老大{{minority/uyghur:阿卜杜克依木·艾则孜江}}，十二岁，我们叫他{{minority/uyghur:克依木}}；老二孙女{{minority/uyghur:如克亚木·艾则孜江}}，九岁，叫{{minority/uyghur:如克亚木}}；老三{{minority/uyghur:伊敏江}}，五岁。学校名单上没有点，写的是{{minority/uyghur:阿卜杜克依木艾则孜江}}。大的在{{school:阿瓦提县第二小学六年级（3）班}}，孙女在{{school:乌鲁却勒镇中心小学三年级（1）班}}，小的上幼儿园。
访谈者：家里的日子怎么过？
受访者：三十亩棉花地，我干不动了，包给邻居{{minority/uyghur:买吐送·肉孜}}种，一年给八千。{{minority/uyghur:买吐送}}他是好人，每年还多给两袋面。村里给报了低保，孩子们按困境儿童，每人每月{{trap/number:五百八十}}。驻村工作队的{{han:庞建军}}队长帮着办的，他跑{{trap/org:县民政局}}跑了三趟。{{han:庞建军}}说，{{minority/uyghur:托乎提}}大叔，你放心。村里的儿童主任是{{minority/uyghur:库尔班尼沙·阿卜力米提}}，我们叫她{{minority/uyghur:库尔班尼沙}}，她每个礼拜来一趟。
访谈者：孩子爸爸的病怎么样？
受访者：一个礼拜透析三回。{{minority/uyghur:艾则孜江}}他才三十六，瘦得只剩骨头。地区医院肾内科的{{han:罗春娟}}大夫说，等肾源，得等。大孙子周末跟着去医院，给他爸端水、擦身子。护士{{minority/uyghur:阿米娜古丽}}看孩子可怜，给他买过饭。
访谈者：学校呢？
受访者：{{minority/uyghur:克依木}}的班主任{{minority/uyghur:热孜万古丽·艾买尔}}老师说他数学好，让他当了学习委员。孙女爱唱歌，音乐老师{{han:汪丽蓉}}说她嗓子亮。学校的心理老师是{{compound:南宫静怡}}，每个礼拜找孩子聊一回。地区社工站也来过，一个叫{{compound:令狐嘉言}}的小伙子，给孩子们带了书包。
访谈者：亲戚呢？
受访者：女儿{{minority/uyghur:阿依努尔·托乎提}}嫁到{{trap/place:温宿}}，一个月回来一趟，给孩子们洗衣服、炸馓子。我侄子{{minority/uyghur:帕尔哈提吐逊}}在县城开修车铺，他每回来都给孩子们带点吃的。
访谈者：孩子们学国语怎么样？
受访者：比我强多了。大孙子国语说得好，在学校演讲比赛上得了奖，奖状贴在墙上。我不识字，家里来了通知，都是他念给我听。他念完了还给我讲，哪个表要签字，哪个要按手印，比我这个爷爷还懂事。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，邻居们都来。我们这儿是刀郎人的地方，过节跳{{trap/minority_word:刀郎麦西热甫}}。我给孩子们讲{{trap/famous:阿曼尼莎汗}}的故事，说她收集木卡姆，是了不起的女人。
访谈者：您老伴身体怎么样？
受访者：她腿肿，走不了远路，在家做饭、看小的。每天早上她打馕，孩子们揣两个去上学。她常说，要是儿子的病能好，她少活十年也愿意。我们老两口一辈子没出过远门，去看儿子，坐班车两个钟头，下了车找不着医院，是工作队的人带着去的。
访谈者：孩子们放学回来做什么？
受访者：大孙子先写作业，写完了去地里帮邻居拾棉花，一公斤给一块钱，他攒着给他爸买水果。孙女给奶奶捶腿。小的满院子追鸡。晚上一家人坐在炕上吃饭，就是少了他们的爸爸妈妈。
访谈者：登记要地址和号码。
受访者：家在{{address:阿瓦提县乌鲁却勒镇英巴格村2组15号}}，儿子在阿克苏租的房子是{{address:阿克苏市南城街道团结新村12号楼2单元301室}}。我的身份证{{id_number@my1955.652928}}，孙女的{{id_number@wy2016fullwidth.652928}}。儿童主任的电话{{mobile@p86h}}，微信{{wechat:kurbannisa_ab}}。大孙子有个QQ，号码写在作业本皮上，我拿给你看——{{qq:3157094826}}。
访谈者：名字在表上写得对吗？
受访者：有的对有的不对。低保本上我是{{spaced:托乎提 · 艾则孜}}，儿子是{{spaced:艾则孜江 托乎提}}，孙子是{{spaced:克 依 木}}，孙女写成{{spaced:如　克　亚　木}}，儿媳的离婚书上是{{spaced:阿 依 提 拉 · 库 尔 班}}。
访谈者：您最盼什么？
受访者：盼儿子等到肾，孩子们好好念书，别像我一样不识字。
""")

# H463: Han police officer in 建始 (恩施) reading from the file of a boy found sleeping at the bus station.
DOCS["H463"] = ("police", """\
访谈者：邓警官，您手上这个案子能说说吗？名字我们都会处理。
受访者：可以。我叫{{han:邓启明}}，{{trap/place:建始县}}公安局{{trap/place:高坪镇}}派出所的，干了十六年。去年腊月，汽车站的保安打电话说，有个男孩在候车室睡了三个晚上。我去一看，孩子叫{{han:黄子涵}}，十二岁，问他家在哪，他不说。
访谈者：后来呢？
受访者：我们查了户籍。他爸{{han:黄德贵}}盗窃，在{{trap/place:恩施}}服刑，还有两年。他妈{{han:谭小琴}}前年去{{trap/place:浙江}}打工，再没回来。孩子一直跟奶奶{{han:吕金秀}}过，奶奶秋天摔了一跤，住了院，孩子就没人管了。卷宗上是这么写的：孩子{{han:黄子涵}}，十二岁，还没办身份证；父亲{{han:黄德贵}}，{{id_number@mspaced.422822}}；母亲{{han:谭小琴}}，{{id_number@whyphen.422822}}；奶奶{{han:吕金秀}}，{{id_number@woldtri.422822}}。户籍地址{{address:建始县高坪镇石垭子村六组19号}}。
访谈者：卷宗上的字写得清楚吗？
受访者：不清楚。有些是手写的，奶奶不识字，是邻居{{han:向春来}}代签的，签名栏里写成了{{han:吕金秀}}{{han:吕金秀}}，写了两遍。询问笔录上孩子的名字写成{{spaced:黄 子 涵}}，救助站的登记表上他爸是{{spaced:黄　德　贵}}，他妈写成{{spaced:谭小 琴}}。邻居说他字写得丑，对不住。
访谈者：孩子在车站那几天怎么过的？
受访者：他说白天在街上转，饿了就去面馆门口等，有人吃剩的他就端过来吃。晚上候车室有暖气，他就缩在最后一排椅子上。兜里有二十块钱，是奶奶住院前给的，他一直没舍得花。问他为啥不去找姑姑，他说怕姑姑嫌弃。我听了半天没说出话来。
访谈者：孩子怎么安置的？
受访者：{{han:焦国胜}}所长当天就让我专门跟这个案子。先送到县{{trap/org:救助管理站}}，站长{{han:熊正国}}亲自接的。{{han:熊正国}}他跟孩子睡了一个屋，怕他跑。后来{{trap/org:民政局}}按事实无人抚养给孩子报了补贴，每月{{trap/number:一千三百五}}。镇综治办的{{han:杜长江}}帮着{{trap/word:张罗}}，联系了孩子的姑姑{{han:黄德芬}}，{{han:黄德芬}}那儿地方小，她在镇上开小卖部，还是答应先带着。
访谈者：还有谁参与？
受访者：检察院未检科的检察官是{{compound:诸葛岚清}}，她来做了一次心理疏导。法律援助中心的律师叫{{compound:慕容振宇}}，帮孩子跟他爸在监狱里视频了一回。我们所里的同事{{compound:令狐秀云}}是女警，孩子跟她说的话比跟我多。{{compound:令狐秀云}}也给孩子买了棉鞋，想得比我{{trap/word:周到}}。县里社工站的{{compound:尉迟修远}}后来接了个案，每两个礼拜去一次。
访谈者：卷宗里的表格还有别的问题吗？
受访者：有。检察院那边的回执上，检察官的名字打成了{{spaced:诸 葛 岚 清}}，每个字中间一个空格，是系统导出来的。救助站的表上孩子的出生日期写错了一年，我们又去户籍科开了证明才改过来。
访谈者：孩子上学呢？
受访者：他在{{school:高坪镇中心小学六年级（4）班}}，班主任{{han:冯春兰}}老师说，孩子以前成绩中等，奶奶住院后就不来了。{{han:冯春兰}}都急哭了，说她去家里找过两回没找着。现在孩子回去上学了。村里的儿童主任{{han:向红英}}每个礼拜去姑姑家看一眼。
访谈者：像这样的孩子多吗？
受访者：不少。上个月还有一个，{{han:颜华清}}家的丫头，她妈有精神病，她爸在{{trap/place:广州}}，丫头在路边捡瓶子卖。{{han:颜华清}}也是没办法，他一个人在外头挣钱。我们联系了{{trap/org:县妇联}}，给她报了春蕾计划。
访谈者：这一类案子，派出所一般怎么处理？
受访者：先保证孩子安全，再查监护人，通知民政、学校、村里。够条件的，民政那边会评估要不要申请撤销监护资格，另外指定监护人。我们所今年办了七起，大部分是父母外出、老人管不了的。{{trap/hotline:12345}}、{{trap/hotline:110}}接到线索都会转过来。
访谈者：登记还要什么？
受访者：姑姑家地址是{{address:建始县高坪镇花坪社区幸福小区2栋1单元202室}}，她电话{{mobile@plus86spaced}}。{{han:杜长江}}的电话{{mobile@s74}}。孩子的QQ，我们调取的时候看了，号码是{{qq:2461093857}}，他在上面跟他妈留过言，他妈一直没回。{{han:黄德芬}}的微信叫{{wechat:huangdefen_xmb}}。
访谈者：孩子后来跟他爸见过吗？
受访者：视频过一回。{{han:黄德贵}}他在那头哭，说出来好好做人。孩子没哭，就说了一句：爸，你早点回来。
访谈者：您怎么看这个案子？
受访者：孩子没错。{{trap/famous:包公}}断案讲个公道，我们能做的，就是别让孩子再在车站过夜。
""")

# H464: Han grandmother in 五峰 (宜昌) raising three grandchildren; her son works in 深圳, his wife left.
DOCS["H464"] = ("family", """\
访谈者：婆婆，您一个人带三个孙子，辛苦吧？
受访者：辛苦也得带。我叫{{han:邓菊英}}，今年六十四，家在{{trap/place:五峰}}{{trap/place:渔洋关镇}}上面的山里头。老头子{{han:王昌富}}前年得肝癌走了。儿子{{han:王建林}}在{{trap/place:深圳}}工地上扎钢筋，一年回来一趟。媳妇{{han:田小芬}}跟他离了，嫁到{{trap/place:宜昌}}去了。三个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：老大孙女{{han:王思语}}，十四岁，在{{school:五峰县渔洋关镇初级中学初二（5）班}}；老二孙子{{han:王秋生}}，十岁，在{{school:渔洋关镇中心小学四年级（1）班}}；老三孙女{{han:王小雨}}，六岁，在{{school:渔洋关镇幼儿园大（2）班}}。
访谈者：三个孩子一天怎么过？
受访者：早上六点我就喊他们起来，大的自己骑车去镇上，两个小的我送到路口坐校车。白天我去茶园摘茶，{{trap/word:田坎}}上种点菜，一天能挣七八十块，{{trap/place:采花乡}}那边的茶厂收。晚上回来做饭，三个孩子抢着洗碗。大孙女管弟弟妹妹写作业，谁不听话她就罚站，比我还凶。
访谈者：儿子寄钱回来吗？
受访者：寄，一个月一千五，有时候工钱拿不到就寄不了。{{han:王建林}}也难，四十岁的人了，住工棚。他过年回来，三个孩子围着他转，他走那天{{han:王小雨}}追着车跑了好远。
访谈者：谁来帮过你们？
受访者：村里的儿童主任{{han:覃玉凤}}，她跟我说孩子们是留守儿童加单亲，能报困境儿童补贴，每人每月{{trap/number:四百二}}。{{han:覃玉凤}}都是一个月来两回，来了就帮孩子检查作业。村支书{{han:向家和}}给我们家评了低保。{{han:向家和}}他们家就在坡下面，下雨天路滑，他骑摩托送孩子们去坐校车。镇民政办的{{han:李满仓}}来核过两回。
访谈者：学校里呢？
受访者：{{han:王思语}}的班主任{{han:周春风}}老师，人好，孩子在学校哭了，她就打电话给我。{{han:周春风}}说孩子作文写得好，写她妈，写得全班都哭了。{{han:王秋生}}他们班的{{han:陈玉林}}老师，说孩子上课爱讲话，可数学好。县里派来的社工，一个叫{{compound:漆雕文远}}，还有个女的是{{compound:段干思琪}}。{{compound:漆雕文远}}带着{{han:王秋生}}他们打篮球。
访谈者：孩子们有没有生病的时候？
受访者：有。去年小孙女得了水痘，浑身起疹子，我一个人背着她下山，走了一个多钟头才到镇卫生院。大孙女那回在学校发烧，老师送回来，我又不会开车，是坡下的{{han:向晓红}}姨骑摩托送的。我们这山上，就怕夜里有人生病。
访谈者：孩子妈妈还来看吗？
受访者：来过一回，带了衣服。{{han:田小芬}}那边又生了个孩子，也顾不上。{{han:王思语}}和弟弟都不肯见她，躲到{{han:吴兴旺}}家去了——{{han:吴兴旺}}是我隔壁，他家媳妇{{han:熊二妹}}对孩子们好。{{han:熊二妹}}也是留守的，她男人在外头。
访谈者：您身体怎么样？
受访者：腰疼，眼睛也花了。村卫生室的{{han:谭德宝}}医生隔几天来给我量血压。我就怕我倒了，三个孩子咋办。我娘家弟弟{{han:邓开山}}说，姐，你倒了有我。
访谈者：过年过节呢？
受访者：我们土家族过年杀年猪，做{{trap/minority_word:合渣}}，唱{{trap/minority_word:薅草锣鼓}}。我给孩子们讲{{trap/famous:屈原}}投江，说要学他有骨气。孙子说他要当兵。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:五峰县渔洋关镇枫竹坪村四组11号}}，儿子在深圳住的是{{address:深圳市宝安区福永街道凤凰新村8栋3单元602室}}。我的身份证{{id_number@wy1961spaced.420529}}，大孙女的{{id_number@wy2011.420529}}。我电话{{mobile@fullwidth}}，儿子电话{{mobile@plus86}}。大孙女有QQ，她说班上同学都有，号码我让她写在日历上，{{qq:1183096472}}。儿童主任的微信{{wechat:qinyufeng_ertong}}。
访谈者：儿子以后怎么打算？
受访者：他说再干两年，攒点钱回来，在镇上找个活，守着孩子。我也不知道他说的是真是假，可我信他。他小时候就是个说话算数的人。
访谈者：表上名字写得对吗？
受访者：有错的。孙子的名字被写成{{spaced:王 秋 生}}，我自己是{{spaced:邓　菊　英}}，社工姑娘的名字在签到表上写成{{spaced:段　干　思　琪}}，小孙女写成{{spaced:王小 雨}}。
访谈者：您最盼什么？
受访者：盼儿子找个好活，盼孩子们长大有出息。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=457,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout58",))


if __name__ == "__main__":
    main()
