# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 28 (tests/pii/holdout28/H209-H216 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 28 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 民政局,
社区/村委会/嘎查, 学校, 儿童主任, 社工), in eight new voices: a Torgut Mongolian camel herder in 阿拉善左旗 whose wife
died of liver disease, with three children; an Amdo Tibetan mother in 玛沁 (果洛) whose husband was killed by a
landslide while digging caterpillar fungus, with four children (one with a heart defect) and an old mother-in-law; a
Hui grandmother in 平凉 raising the children of her son, killed in a coal mine at 华亭, and the son of her mentally
ill daughter; a Han father in 光山 (信阳) back from fifteen years on 苏州 building sites to his mother, paralysed by a
stroke, his two children and his crippled brother's daughter; a Han primary-school teacher in 上饶 going through the
five children in distress of her class and how she reaches their families on WeChat and QQ; a Uyghur carpet weaver
in 和田 with a husband crippled in a road accident, three children and the two orphans of her sister; a Han
household-registration police officer in 扎鲁特旗 (通辽) reading from the forms of a boy without a household
registration, two orphans, a prisoner's daughter and an adoption; and a Han grandfather in 牡丹江 raising the two
children of his son, who is in prison, and of a daughter-in-law who went to Korea. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (巴图吉日嘎拉, 乌日罕其木格, 宝鲁尔其木格, 阿拉腾敖都, 牧仁吉日嘎拉, 图布信巴雅尔) with short forms after the
full name (宝鲁尔她, 敖都他, 牧仁, 苏伊拉图) and the Khorchin surname 包 before a Mongolian name (包苏伊拉图); Amdo
Tibetan names (完德卓玛, 久美旦增, 达哇卓玛, 班玛仁增, 更尕措, 尕藏加) with short forms (久美他, 班玛, 达哇也) and the Han
names of Tibetans (李德清, 马得福); Hui Han-form names (锁桂兰, 海生贵, 海永平, 纳秀芳, 拜文忠, 摆春花, 哈永录) beside
经名 used alone (阿以舍, 欧斯曼, 赫蒂彻, 祖拜尔, 穆罕麦德, 撒里哈) and a Han surname before an Arabic name (海优素甫 then
优素甫, 纳法图麦, 拜哈桑); Uyghur given name + father's name with and without the dot (茹仙古丽·图尔迪 and
茹仙古丽图尔迪, 阿布都克尤木·肉孜买买提 and 阿布都克尤木肉孜买买提, 玉素音·阿卜力米提) and short forms (克尤木,
玉素音他, 肉孜买买提 beside the festival 肉孜节, 热依拉); Han names with common and rare surnames, with titles and kin
words, names that contain or end in words (张国庆, 靳春来, 胡光明, 柯长江, 郑家和, 于长林, 邹大庆), nicknames that are
words, annotated whole (豆芽, 秤砣, 锅巴), a WeChat name that is a real name, a name written twice on a form
(齐秀娟齐秀娟), names directly before particles and verbs (秤砣他, 豆芽也, 汪红霞都, 余建华那边, 付家旺他们家, 胡光明说)
and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:詹德胜}}``, ``{{qq:2957103846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011spaced.152921}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边, 和, 跟) are
outside the span; a nickname that is a word (豆芽, 秤砣, 锅巴) is annotated whole. Han-style names of Mongolian,
Tibetan and Hui people (罗成山, 李德清, 马得福, 海宏亮, 马志清) are category han; a Han surname before a non-Han given
name (包苏伊拉图, 海优素甫, 纳法图麦, 拜哈桑) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout28/make_holdout28.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(28_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "185", "186", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H209: Torgut Mongolian father in 阿拉善左旗; his wife died of liver disease, three children.
DOCS["H209"] = ("family", """\
访谈者：大哥，您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:巴图吉日嘎拉}}，土尔扈特人，家在{{trap/place:阿拉善左旗}}{{trap/place:吉兰泰}}往南的戈壁上，养着四十多峰骆驼。孩子他妈{{minority/mongolian:乌日罕其木格}}前年得肝病走了，才三十九岁。留下三个孩子：大闺女{{minority/mongolian:宝鲁尔其木格}}十四，儿子{{minority/mongolian:阿拉腾敖都}}十岁，老小{{minority/mongolian:牧仁吉日嘎拉}}刚满六岁。
访谈者：孩子们平时谁照看？
受访者：大的在{{school:阿拉善左旗蒙古族中学初二（3）班}}住校，老二在{{school:吉兰泰镇第二小学四年级（1）班}}，也住校。老小跟着我，我去找骆驼就把他放在邻居{{minority/mongolian:其布日苏荣}}家。她男人是嘎查的会计，叫{{han:罗成山}}，也是蒙古族，户口上写的是汉名。
访谈者：孩子妈妈生病那几年，家里怎么撑过来的？
受访者：她在{{trap/place:银川}}住了两回院，一回就三四万。我卖了二十峰骆驼，还欠着亲戚的钱。嘎查达{{minority/mongolian:朝格图孟和}}看我们家实在不行，开会给报了低保，一个月{{trap/number:一千零八十}}。苏木的民政助理{{han:达丽华}}来核了两趟，政策上能{{trap/word:达到}}的都给办了。
访谈者：孩子们知道妈妈的病吗？
受访者：大的知道。{{minority/mongolian:宝鲁尔}}她那时候十二，放假就在医院陪床，给她妈擦身子、端尿盆。她妈走了以后，孩子一个礼拜没说话，成绩也掉下来了。学校的生活老师{{han:张国庆}}说，她常一个人坐在宿舍楼梯上。班主任{{minority/mongolian:斯琴巴雅尔}}老师打电话给我，说孩子晚上躲在被窝里哭。
访谈者：后来呢？
受访者：旗里社工站来了人。一个姑娘叫{{compound:宇文晓玥}}，跟她一起来的小伙子叫{{han:靳春来}}。{{compound:宇文晓玥}}每个月去学校找她谈一回，带她画画、写日记。现在好多了，期中考了全班第六。
访谈者：儿子呢？
受访者：老二小时候发烧烧坏了左耳朵。旗医院的{{minority/mongolian:伊德木扎布}}大夫说要配助听器，一个七八千。嘎查的儿童主任{{minority/mongolian:毕力格图雅}}跑到{{trap/org:旗残联}}，给申请下来了，一分钱没花。{{minority/mongolian:敖都}}他戴上以后跟我说：“阿爸，我听见骆驼嚼草的声音了。”
访谈者：老小呢？
受访者：{{minority/mongolian:牧仁}}还不懂事，天天问他{{trap/minority_word:额吉}}去哪儿了，我说去{{trap/place:巴彦浩特}}了。他就趴在窗台上看路。我哥{{minority/mongolian:达来扎布}}说把老小接到他家去，我舍不得。孩子他妈走的时候拉着我的手，说三个孩子一个都不能给人。
访谈者：还有谁帮过你们？
受访者：前面井上的{{minority/mongolian:恩克巴图}}，骆驼走丢了他骑摩托帮我找，一找就是两天。汉族邻居{{han:郭福堂}}也好，他们家种沙葱，秋天给我们送一麻袋。旗里的{{minority/mongolian:策登道尔吉}}是我老婆的舅舅，孩子们的学费有一半是他出的。
访谈者：骆驼现在还能挣钱吗？
受访者：比前些年强。驼奶有人收，一斤能卖二十多，驼绒一年剪一回。可这几年旱，草长不起来，骆驼瘦，奶也少。我一个人顾不过来，早上挤完奶送老小去嘎查的幼儿园，中午还得去井上饮骆驼。幼儿园的{{han:王守业}}老师是个男老师，人实在，孩子哭了他就抱着，一抱一上午。冬天孩子们放假回来，三个人挤在一铺炕上，我给他们熬{{trap/minority_word:奶茶}}、煮肉，那几天是一年里最热闹的时候。
访谈者：过节怎么过？
受访者：冬天有{{trap/minority_word:骆驼节}}，我带儿子去看赛骆驼。五月祭{{trap/minority_word:敖包}}，一家人去磕头。过年我给孩子们讲{{trap/famous:渥巴锡}}带着我们祖上从伏尔加河回来的故事，儿子听了就说长大要当兵。
访谈者：您自己身体怎么样？
受访者：腰不行，骑了一辈子骆驼。有时候夜里想，孩子他妈要是在，家里就不是这个样子。可日子还得过，三个孩子都得念出来。
访谈者：表上要登记地址和号码。
受访者：家在{{address:阿拉善左旗吉兰泰镇乌兰布和嘎查三组11号}}，冬天孩子们在城里住我姐家，{{address:巴彦浩特镇吉祥小区5号楼2单元302室}}。我身份证{{id_number@m.152921}}，大闺女的{{id_number@wy2011spaced.152921}}。我电话{{mobile@s434}}。微信是大闺女给弄的，{{wechat:tuerhute_bt83}}。她有QQ，号码写在她书皮上了，我念给你：{{qq:2957103846}}。
访谈者：名字在表上都写对了吗？
受访者：有错的。低保表上我给写成{{spaced:巴 图 吉 日 嘎 拉}}，老婆写成{{spaced:乌日罕　其木格}}，闺女是{{spaced:宝鲁尔 其木格}}。学校把老二写成{{spaced:阿　拉　腾　敖　都}}，我看了半天才认出来。
访谈者：最后您想说点什么？
受访者：盼三个孩子都平平安安的。{{minority/mongolian:宝鲁尔}}说想当大夫，我说那就好好念。
""")

# H210: Amdo Tibetan mother in 玛沁 (果洛); her husband died digging caterpillar fungus, her third child has a heart defect.
DOCS["H210"] = ("family", """\
访谈者：阿姐，先说说家里的情况吧。
受访者：我叫{{minority/tibetan:完德卓玛}}，家在{{trap/place:玛沁县}}{{trap/place:大武镇}}往东的牧区，离县城六十公里。我男人{{minority/tibetan:尼玛才让}}前年五月上山挖{{trap/minority_word:虫草}}，山坡塌了，人没找回来。家里四个孩子，还有他阿妈{{minority/tibetan:更尕措}}，七十三了。
访谈者：孩子们多大了？
受访者：老大{{minority/tibetan:久美旦增}}十三，在{{school:玛沁县民族寄宿制中学初一（2）班}}；老二{{minority/tibetan:达哇卓玛}}十岁，在{{school:大武镇第一寄宿制小学四年级（3）班}}；老三{{minority/tibetan:班玛仁增}}七岁，生下来心脏就有毛病；最小的{{minority/tibetan:秀毛措}}才三岁，跟着我。学校给老大起过一个汉名，叫{{han:李德清}}，{{minority/tibetan:久美}}他不爱用，说那不是他。
访谈者：老三的病是怎么治的？
受访者：{{minority/tibetan:班玛}}生下来嘴唇就是紫的。县医院说治不了，让去{{trap/place:西宁}}。省心血管病医院的{{han:郝立军}}大夫给做的手术，有个慈善项目，我们没花多少钱。乡上的民政干部{{han:严红梅}}帮我们报了大病救助，来回的车费也给报了。孩子也争气，手术后第三天就下地了。
访谈者：男人走了以后，家里靠什么？
受访者：有六十多头{{trap/word:牦牛}}，我一个人放不过来，托给他弟弟{{minority/tibetan:尕藏加}}一起放，他在外面跑车，驾驶证上用的汉名是{{han:马得福}}。牧委会主任{{minority/tibetan:俄日多杰}}给我们报了低保，四个孩子都算困境儿童，每个月有补贴，一人{{trap/number:六百五}}。儿童主任{{minority/tibetan:德吉卓玛}}隔几天骑摩托来一趟，看孩子们吃得怎么样，衣服够不够。
访谈者：孩子们在学校怎么样？
受访者：老大学习好，他的班主任{{han:韩春燕}}老师说他数学在年级里排前十。就是脾气倔，有一回跟同学打架，因为人家说他没有阿爸。藏文老师{{minority/tibetan:索南旺姆}}把他叫到办公室，跟他说了一下午。老二跳{{trap/minority_word:锅庄}}跳得好，学校表演都让她站头一个。{{minority/tibetan:达哇}}也懂事，放假回来就给奶奶捶背、打酥油。
访谈者：老人家身体怎么样？
受访者：{{minority/tibetan:更尕措}}她眼睛不好，天天转经。去年她一定要去转{{trap/place:阿尼玛卿}}，我拦不住，让她小儿子开车陪着去。{{trap/org:乡卫生院}}的{{han:祁永胜}}大夫说她是白内障，要去州上做手术，她不去，说怕看不见了就回不来。
访谈者：还有谁帮过你们？
受访者：州上社工站的姑娘，叫{{compound:公孙雪莹}}，汉族，会说几句藏话。{{compound:公孙雪莹}}给孩子们办了助学金，还教老二用手机查作业。邻居家的小伙子{{minority/tibetan:昂秀}}每年帮我们剪牛毛，一分钱不要。寺里的老阿卡给孩子们讲{{trap/famous:格萨尔}}的故事，老大听得最入迷。
访谈者：您一个人带四个孩子，最难的是什么？
受访者：冬天。零下三十度，牛粪得一筐一筐背回来，孩子们在县城上学，我在草原上，两头跑。有一回大雪封了路，我三个礼拜没见着老大，打电话他说阿妈你别来，路上危险。县教育局资助中心的{{han:李宝山}}来学校看过他，给他申请了一个爱心企业的助学金，一年两千。我不识字，表都是{{han:严红梅}}帮着填的。她跟我说，阿姐，政策上有的，你都该拿，不丢人。
访谈者：过年怎么过？
受访者：{{trap/minority_word:藏历年}}的时候，亲戚们都来。我姐姐从{{trap/place:甘德}}过来，给孩子们带新袍子。奶奶给孩子们讲{{trap/famous:文成公主}}进藏的故事，讲了一辈子也讲不烦。
访谈者：登记表要填地址和号码。
受访者：牧区的家在{{address:玛沁县东倾沟乡扎西科村三社16号}}，冬天孩子们上学，我在县城租房。我的身份证{{id_number@wy1988.632621}}，老三的{{id_number@my2018quad.632621}}。我的电话{{mobile@spaced}}，他弟弟的{{mobile@p86n}}。我微信号是{{wechat:wande_zm0521}}。老大有QQ，他说跟同学传作业用，号码是……在他本子上，{{qq:1684027359}}。
访谈者：孩子们放假回来都做什么？
受访者：帮我放牛、捡牛粪、打酥油。老大还教老二、老三认汉字，晚上点着太阳能的灯写作业。
访谈者：孩子们的名字在表上写得对吗？
受访者：经常不对。有一张表把我写成{{spaced:完　德　卓　玛}}，把老大写成{{spaced:久美 旦增}}，老二写成{{spaced:达 哇 卓 玛}}。医院的单子上老三是{{spaced:班玛 仁增}}，中间空一格，差点对不上。
访谈者：您现在最盼什么？
受访者：盼{{minority/tibetan:班玛}}身体好起来，盼老大考上西宁的高中。他阿爸在的时候说过，要让孩子们走出草原去看看。
""")

# H211: Hui grandmother in 平凉; her son died in a coal mine at 华亭, her daughter is mentally ill.
DOCS["H211"] = ("family", """\
访谈者：奶奶，您身体还好吧？咱们慢慢说。
受访者：好着哩。我叫{{han:锁桂兰}}，经名{{minority/hui:阿以舍}}，今年六十八，家在{{trap/place:平凉}}城东，离{{trap/org:清真寺}}不远。老汉{{han:海生贵}}前些年走了。儿子{{han:海永平}}，经名{{minority/hui:欧斯曼}}，在{{trap/place:华亭}}的煤矿上下井，三年前矿上冒顶，人没出来。
访谈者：孩子们现在跟着谁？
受访者：跟着我。儿媳{{han:纳秀芳}}过了一年改嫁到{{trap/place:固原}}去了，娃娃没带走。大孙子{{minority/hui:海优素甫}}十二了，上学用的名字是{{han:海宏亮}}；孙女{{minority/hui:赫蒂彻}}九岁，学名{{han:海小梅}}。在家里我们只叫经名，{{minority/hui:优素甫}}、{{minority/hui:赫蒂彻}}，叫惯了。
访谈者：他们上学怎么样？
受访者：{{minority/hui:优素甫}}在{{school:平凉市第七中学初一（5）班}}，他的班主任{{han:米立新}}老师说娃娃聪明，就是不交作业。孙女在{{school:东关回民小学三年级（2）班}}，爱唱歌，{{minority/hui:赫蒂彻}}她一唱，我心里的苦就散了一半。
访谈者：孩子们有补贴吗？
受访者：有。社区的儿童主任{{han:兰玉凤}}说爹没了、妈改嫁了不管，算事实无人抚养，给报到{{trap/org:区民政局}}，一个娃娃一个月{{trap/number:一千三百六}}。社区书记{{han:哈永录}}也来过，他说{{minority/hui:欧斯曼}}的赔偿款得给娃娃们存着，谁也不能动。我说存折我从来不放柜子里，出门{{trap/word:锁门}}也不放心，一直揣在怀里。
访谈者：您还有个女儿？
受访者：有。女儿{{han:海桂香}}脑子有病，时好时坏。女婿{{minority/hui:拜哈桑}}去{{trap/place:新疆}}摘棉花，一走三年不回来。女儿的娃娃{{minority/hui:祖拜尔}}八岁，也跟着我。{{minority/hui:祖拜尔}}他胆子小，见生人就躲到我身后。女儿住院是区医院的{{han:拜文忠}}大夫管的，他是我们坊上的人，{{han:拜文忠}}说这病得一直吃药，停了就犯。
访谈者：寺里帮你们吗？
受访者：帮。阿訇{{han:马志清}}，经名{{minority/hui:穆罕麦德}}，每回散{{trap/minority_word:乜贴}}都先想着我们。开斋的时候坊上的女人们来帮我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}。隔壁的{{minority/hui:纳法图麦}}天天端一{{trap/word:海碗}}面过来，说多做了一点。其实哪是多做了，是她心疼娃娃。
访谈者：有没有社工来过？
受访者：来过。一个是{{compound:闾丘思雨}}，一个叫{{han:摆春花}}，都是年轻姑娘。{{compound:闾丘思雨}}给外孙找了个心理老师，一个礼拜做一回游戏。{{han:摆春花}}她教我用手机视频，我现在能跟{{trap/place:固原}}的儿媳视频了，让娃娃们看看他妈。
访谈者：孩子们想他们的妈妈吗？
受访者：想。{{minority/hui:赫蒂彻}}晚上睡觉要抱着她妈留下的一件旧衣裳。儿媳也不是狠心的人，她在那边又生了一个，男人家里不让她管这边的娃娃。每年开斋节前她偷偷寄两身新衣裳来，我也不拦着，娃娃们有妈惦记着总是好的。区上{{trap/org:妇联}}的{{han:杨秀英}}来讲过，说以后娃娃们大了，愿意去看他妈就去，我说那是自然的。
访谈者：您给孩子们讲故事吗？
受访者：讲。我不识字，只会讲老辈人说的，{{trap/place:泾河}}龙女和{{trap/famous:柳毅}}的故事，还有{{trap/place:崆峒山}}上神仙的事。孙子听了就笑，说奶奶这是迷信。
访谈者：您自己身体呢？
受访者：腿疼，膝盖里像有针扎。夜里孙女给我揉，揉着揉着她就睡着了。我还能动，能给娃娃们做饭、{{trap/word:纳鞋底}}，就是怕哪一天动不了了。
访谈者：表上要登记地址和号码。
受访者：家在{{address:崆峒区东关街道新民小区4号楼3单元501室}}，女儿原来住在{{address:华亭市安口镇南川村三组22号}}。我的身份证{{id_number@woldhyphen.620802}}，孙子的{{id_number@my2013fullwidth.620802}}。我的手机用的是儿子原来的号，一直没换，{{mobile@h38}}，社区儿童主任的电话{{mobile@plus86}}。孙子有QQ，他说跟同学问题目用的，写在门后头了，{{qq:30581749}}。{{han:兰玉凤}}的微信是{{wechat:lanyufeng_kt}}，有事我让孙子发。
访谈者：您一个人带三个娃娃，钱够用吗？
受访者：紧巴巴的。补贴加上低保，吃饭是够了，穿的用的就得省。我在家门口摆个小摊卖鞋垫、卖{{trap/word:白面}}馍馍，一天挣个二三十。娃娃们也知道省，孙子的鞋破了自己拿针缝，不跟我要新的。
访谈者：名字在表上写得对吗？
受访者：老是写错。孙子的表上是{{spaced:海 优 素 甫}}，我是{{spaced:锁 桂 兰}}，孙女是{{spaced:赫蒂 彻}}，还有一张把女婿的名字写错了一个字。
访谈者：您最盼什么？
受访者：盼娃娃们念成书，别像他爹那样下井。{{minority/hui:撒里哈}}是我的老姊妹，她说娃娃们都是真主给的，饿不着。我信。
""")

# H212: Han father in 光山 (信阳) back from migrant work; his mother had a stroke, his brother is crippled.
DOCS["H212"] = ("family", """\
访谈者：您是今年才从外面回来的？
受访者：回来快半年了。我叫{{han:詹德胜}}，在{{trap/place:苏州}}工地上干了十五年钢筋。我娘{{han:易秀芝}}去年冬天中风，半边身子不能动，家里两个娃娃没人管，我只能回来。
访谈者：孩子们的妈妈呢？
受访者：跟我离了。{{han:晏小琴}}她在{{trap/place:无锡}}的厂里，又成了家，一年打两回电话。大的是闺女{{han:詹雨涵}}，十三，小名{{han:豆芽}}，生下来瘦瘦的，她奶奶就这么叫上了。小的是儿子{{han:詹子豪}}，九岁，小名{{han:秤砣}}，生下来八斤六两，沉。
访谈者：您不在家那几年，孩子们怎么样？
受访者：都是我娘带。{{han:秤砣}}他从小就不爱说话，去年学校老师打电话，说孩子在课堂上哭，问他也不说。{{han:胡光明}}老师是他班主任，{{han:胡光明}}说这孩子怕是心里有事，让带去看看。镇卫生院的{{han:柯长江}}大夫说是抑郁，让去{{trap/place:信阳}}看。
访谈者：现在好些了吗？
受访者：好些了。学校的心理老师{{han:刘桂英}}每个礼拜找他聊一回，县里社工站还派了个姑娘来，叫{{compound:司马秀英}}，说起来跟{{trap/famous:司马光}}是一个姓，娃娃们听了都笑。{{compound:司马秀英}}她带{{han:秤砣}}去河边捡石头、画画，慢慢地肯说话了。
访谈者：闺女呢？
受访者：{{han:豆芽}}也懂事，放学回来先给她奶奶翻身、喂饭，再写作业。她在{{school:泼陂河镇中学初一（4）班}}，{{han:豆芽}}说想考到县高中去。弟弟在{{school:泼陂河镇中心小学三年级（2）班}}。
访谈者：家里还有谁需要照顾？
受访者：我弟{{han:詹国富}}，前年在{{trap/place:上海}}从脚手架上摔下来，两条腿不行了，老婆也走了。他闺女小名{{han:锅巴}}，七岁，现在也跟着我。{{han:锅巴}}还小，天天问她妈啥时候回来。我一个人带三个娃娃、一个瘫在床上的老娘，还有个坐轮椅的弟弟。
访谈者：村里给了哪些帮助？
受访者：村支书{{han:程大勇}}说，这一家子都得兜着。{{han:程大勇}}给我娘和我弟报了低保，我弟的残疾证是{{trap/org:县残联}}来人上门办的。儿童主任{{han:汪红霞}}都来了好几回，她把{{han:锅巴}}报了事实无人抚养，一个月{{trap/number:一千二百五}}。镇上民政所的{{han:余建华}}那边也给批了临时救助，{{trap/word:余下}}的就靠我自己了。
访谈者：邻居们呢？
受访者：隔壁{{han:付家旺}}他们家，农忙的时候帮我插秧。他家老二跟{{han:秤砣}}一个班，天天喊他一起上学。后湾的{{han:涂春旺}}开了个茶叶厂，让我去帮工，一天一百二，离家近，中午还能回来给我娘喂饭。
访谈者：您在外面那些年，跟孩子们怎么联系？
受访者：一个礼拜打一回视频。工地上信号不好，我得爬到塔吊底下去打。{{han:秤砣}}小时候还肯叫爸，后来就不吭声了，光看着我。我心里清楚，娃娃跟我生分了。那几年挣的钱是不少，盖了两层楼，可楼里没人。现在回来了，晚上我给他们烧饭，过年还给{{han:豆芽}}买了件新羽绒服。{{han:豆芽}}洗碗，{{han:锅巴}}抹桌子，一家人坐在一起吃，我觉得比啥都强。工友{{han:陈海峰}}还在苏州，老打电话劝我回去，说工钱涨了，我没去。
访谈者：您以后有什么打算？
受访者：不出去了。在家门口干点活，少挣点，娃娃们有人管。人家说我{{trap/word:胡乱}}回来是犯傻，我不这么想。{{trap/place:大别山}}里的人讲究个孝字，{{trap/famous:邓颖超}}大姐也是从光山出去的，人家说她小时候也苦。
访谈者：表上要登记地址和号码。
受访者：家在{{address:光山县泼陂河镇詹湾村五组14号}}。我身份证{{id_number@mhyphen.411522}}，{{han:秤砣}}的{{id_number@my2016tri.411522}}。我电话{{mobile@plus86dash}}，我弟的{{mobile@s38}}。我微信{{wechat:zhandesheng_gs}}。{{han:豆芽}}有个QQ，她说是交作业的，号码她抄在日历上了，{{qq:2203957164}}。
访谈者：您娘现在怎么样？
受访者：能坐起来了，话说不清楚，可心里明白。我给她擦身子，她就掉眼泪，意思是拖累我了。我说娘，你拉扯我那些年，我还没还完呢。镇卫生院的家庭医生一个月来量一回血压，开的药能报一大半。
访谈者：名字在表上写对了吗？
受访者：医院把我娘写成{{spaced:易 秀 芝}}，低保表上我弟是{{spaced:詹　国　富}}，学校名单上闺女是{{spaced:詹雨 涵}}。我说写得再怪也是我家的人。
访谈者：最后您想说什么？
受访者：欠娃娃们的，得慢慢还。
""")

# H213: Han primary-school teacher in 上饶 (江西) going through the five children in distress of her class.
DOCS["H213"] = ("staff", """\
访谈者：老师您好，您班上有多少困境儿童？
受访者：我叫{{han:祝慧敏}}，在{{trap/place:上饶}}市{{trap/place:信州区}}教小学，当了十一年班主任，现在带{{school:信州区水南街小学四年级（2）班}}，四十六个孩子，登记在册的困境儿童有五个。我一个一个说吧。
访谈者：好。
受访者：第一个是{{han:徐梓轩}}。他爸{{han:徐国平}}前年开货车去{{trap/place:义乌}}，路上出了车祸，人没了。他妈后来走了，联系不上。{{han:徐梓轩}}他爷爷{{han:徐长根}}七十多了，在菜市场门口修鞋，带着他过。爷爷不会打字，微信都是语音，他的微信号还是我帮着注册的，{{wechat:xuchanggen1951}}。
访谈者：孩子怎么样？
受访者：成绩中等，就是不合群。{{trap/year:2023年}}冬天他穿着一件露胳膊肘的{{trap/word:毛衣}}来上学，我们数学老师{{compound:欧阳晓雯}}看见了，第二天就从家里拿了件她儿子的羽绒服。这事我们没声张，{{compound:欧阳晓雯}}说孩子要面子。
访谈者：第二个呢？
受访者：第二个是{{han:叶欣悦}}，留守的。爸爸{{han:叶春华}}和妈妈{{han:郑美娟}}在义乌摆摊卖袜子，一年回来一次。她妈的微信名就是真名{{han:郑美娟}}，头像是跟闺女的合照。我有事就在微信上跟她说，她的微信号{{wechat:meijuan_yw0716}}。{{han:叶欣悦}}就是想妈妈，周日晚上视频完了常哭。
访谈者：第三个？
受访者：第三个是{{han:毛思远}}，妈妈{{han:黄丽云}}尿毒症，一个礼拜透析三回。爸爸{{han:毛建平}}在城里开网约车，早出晚归。{{han:毛思远}}还小，放学自己去医院陪他妈，在病床边上写作业。他爸的QQ我也加了，他说微信消息多看不过来，QQ号是{{qq:415098273}}。
访谈者：第四个？
受访者：第四个是{{han:童雨桐}}，孤儿，爸妈都不在了，跟奶奶{{han:童桂香}}住在乡下。{{trap/org:区民政局}}给她发孤儿基本生活费，一个月{{trap/number:一千六百八}}。社区儿童主任{{han:戴金花}}每个月上门一次。我有事就找{{han:戴金花}}，她的电话{{mobile@fws}}。{{han:童雨桐}}跟我说，她的{{trap/word:童年}}就是跟奶奶在菜地里过的。
访谈者：第五个呢？
受访者：{{han:郑浩然}}，爸爸{{han:郑家和}}眼睛瞎了，妈妈在酒店做保洁。{{han:郑家和}}他原来是木匠，眼睛是干活被木屑扎坏的。家里低保是去年批下来的。学校让{{han:郑浩然}}当了图书管理员，他很高兴。
访谈者：学校里还有谁参与？
受访者：心理老师{{han:饶丽萍}}，每个礼拜给这五个孩子上一次小组课。体育老师是{{compound:上官文杰}}，他带{{han:徐梓轩}}练跑步，孩子跑出了全区第三。校医是{{compound:诸葛睿远}}，有个孩子有一回在学校晕倒，是他背着去的医院。校长{{han:吴永红}}说，这几个孩子的事就是学校的事。区里社工站的{{compound:皇甫静怡}}也来，给孩子们办了个周末读书会。
访谈者：您平时怎么跟家长联系？
受访者：主要是微信和QQ。{{han:童桂香}}没手机，我打村里的电话。{{han:叶春华}}的微信是{{wechat:Ye_chunhua88}}，他的电话{{mobile@p86h}}。孩子们有的也有QQ，{{han:徐梓轩}}的QQ号他写在我给他的本子第一页，我抄下来了：{{qq:1059482736}}。我自己的工作QQ是{{qq:３８２６１０５７}}。
访谈者：孩子们的资料怎么登记？
受访者：资助申请要身份证号。{{han:童雨桐}}的{{id_number@wy2015fwspaced.361102}}，{{han:徐梓轩}}的{{id_number@my2014.361102}}。{{han:童雨桐}}家在{{address:广丰区洋口镇童家村二组19号}}，{{han:毛思远}}家在{{address:信州区水南街道滨江小区8栋1单元502室}}。
访谈者：这些孩子的事，您怎么跟别的孩子和家长说？
受访者：不说。困境儿童的名单只有我、校长和心理老师知道，补助直接打到家长卡上，不在班里念。家访我都是放学以后一个人去，不穿学校的衣服，不让邻居看出来。有一回一个家长在群里问，为啥有的孩子能免午餐费，我私下打电话跟她讲了政策，她就不问了。孩子最怕的是被人当成可怜的，我们得护着他们这点面子。青少年热线{{trap/hotline:12355}}我也写在了教室后墙上。年级组长{{han:周桂荣}}常说，帮孩子要像给花浇水，别把花冲倒了。
访谈者：表上名字写得规范吗？
受访者：有时候乱。区里那张表把同事写成{{spaced:欧 阳 晓 雯}}，把校医写成{{spaced:诸 葛 睿 远}}，孩子里有{{spaced:童　雨　桐}}，我都一个个改过来。
访谈者：您自己怎么看这份工作？
受访者：班上的孩子们给我写过一张卡片，上面写着“{{trap/word:祝福}}老师”。我们带他们去{{trap/place:三清山}}春游，讲{{trap/famous:辛弃疾}}在{{trap/place:带湖}}住过的事，讲{{trap/famous:方志敏}}写的《可爱的中国》。孩子们苦，可他们心里都是亮的。
""")

# H214: Uyghur mother in 和田; her husband was crippled in a road accident, she also raises her dead sister's children.
DOCS["H214"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：我叫{{minority/uyghur:茹仙古丽·图尔迪}}，家在{{trap/place:和田县}}，离{{trap/place:和田}}市二十公里，家里种核桃、织地毯。丈夫{{minority/uyghur:肉孜买买提·托乎提}}三年前开三轮车去{{trap/place:墨玉}}送核桃，被大车撞了，两条腿都不能走了。
访谈者：孩子们多大了？
受访者：我有三个孩子。老大{{minority/uyghur:阿布都克尤木·肉孜买买提}}十二岁，我们叫他{{minority/uyghur:克尤木}}；老二{{minority/uyghur:阿依谢姆古丽}}九岁；老三{{minority/uyghur:萨迪克江}}六岁。还有我妹妹的两个孩子。
访谈者：您妹妹的孩子？
受访者：妹妹{{minority/uyghur:布海丽且姆·图尔迪}}前年得病走了，她丈夫{{minority/uyghur:阿卜力米提}}早就离了，去了{{trap/place:乌鲁木齐}}，不管孩子。两个孩子，男孩{{minority/uyghur:玉素音·阿卜力米提}}十岁，女孩{{minority/uyghur:热依拉·阿卜力米提}}七岁。{{minority/uyghur:玉素音}}他跟{{minority/uyghur:克尤木}}一个班，两个人像亲兄弟。
访谈者：五个孩子上学怎么样？
受访者：两个男孩都在{{school:和田县巴格其镇第二小学五年级（1）班}}，班主任是{{minority/uyghur:努尔曼古丽·热合曼}}老师，她说{{minority/uyghur:克尤木}}就是数学好，语文差一点。老二在同一个学校读三年级，妹妹家的小女儿上一年级，老三在镇上的幼儿园。
访谈者：家里靠什么生活？
受访者：核桃一年卖一万多，我白天织地毯，一平米给{{trap/number:三百五}}。村里报了低保，妹妹的两个孩子是孤儿，{{trap/org:县民政局}}每个月给孤儿基本生活费。驻村工作队的第一书记{{han:杨振川}}跑了好几趟手续，{{han:杨振川}}他是从{{trap/place:江苏}}来的，说话我听不太懂，可人好。
访谈者：您丈夫现在怎么样？
受访者：{{minority/uyghur:肉孜买买提}}在家躺着，有时候坐轮椅到院子里晒太阳。乡卫生院的{{han:朱立伟}}大夫每个月来一次，教我给他按腿。县医院的{{minority/uyghur:艾克拜尔·托合提}}大夫说还得做一次手术，钱从大病救助里出。他说他没用了，我说你在家，孩子们就有爸爸。
访谈者：还有谁帮过你们？
受访者：村里的儿童主任{{minority/uyghur:热依拉·买合甫热提}}，她隔几天来看孩子们。{{minority/uyghur:海沙尔·玉素音}}是我们的邻居，他开馕坑，每天给孩子们送{{trap/minority_word:馕}}。学校的校长{{han:蔡红英}}给五个孩子都申请了营养餐和助学金。县里社工站的{{compound:巫马晴川}}来过三回，给孩子们带了书和彩笔，{{compound:巫马晴川}}还教{{minority/uyghur:热依拉}}画画。
访谈者：孩子们吃饭、看病怎么办？
受访者：学校中午有营养餐，一个礼拜有两顿肉，孩子们回来都说好吃。看病有医保，村卫生室的{{han:张玉兰}}大夫是从河南来的，在这儿十几年了，孩子们发烧咳嗽都找她，半夜敲门她也开。去年冬天老三得了肺炎，是她连夜送到县医院的。援疆的{{han:王春生}}老师给孩子们补国语，一个礼拜三个晚上，一分钱不收。我跟孩子们说，这些人的好，你们要记一辈子。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，亲戚们都来。孩子们最喜欢听{{trap/famous:阿凡提}}的故事，老三听一遍就能讲给别人听。我还给他们讲{{trap/famous:库尔班大叔}}骑毛驴去北京的事。
访谈者：您最难的是什么时候？
受访者：我妹妹走的那天晚上。她拉着我的手说，姐姐，两个孩子交给你了。我说你放心。那以后我就没睡过一个整觉，五个孩子，一个躺着的丈夫，地毯织到半夜。可孩子们懂事，老二放学就帮我缠线，老大给他爸端水喂药。
访谈者：登记表要写地址和号码。
受访者：家在{{address:和田县巴格其镇阿热勒村3组27号}}，妹妹以前住在{{address:和田市古江巴格街道团结新村7号楼2单元401室}}。我的身份证{{id_number@wy1987.653221}}，老大的{{id_number@my2013fwhyphen.653221}}。我的电话{{mobile@s74}}，儿童主任的{{mobile@plus86spaced}}。老大用我的手机上QQ，号码是{{qq:2601847395}}。我的微信号{{wechat:ruxianguli_ht}}。
访谈者：名字在表上写得对吗？
受访者：有写对的，有写错的。我的名字有的写{{minority/uyghur:茹仙古丽图尔迪}}，中间没点，有的写成{{spaced:茹仙古丽 · 图尔迪}}。老大在学校名单上是{{minority/uyghur:阿布都克尤木肉孜买买提}}，户口本上是{{spaced:阿布都克尤木 · 肉孜买买提}}，还有一张写成{{spaced:玉 素 音 · 阿 卜 力 米 提}}。
访谈者：您最盼什么？
受访者：盼孩子们都念成书，当老师、当大夫，回来给村里人看病。
""")

# H215: Han household-registration police officer in 扎鲁特旗 (通辽) reading from the forms of children without a
# household registration, orphans and a prisoner's daughter.
DOCS["H215"] = ("staff", """\
访谈者：您在派出所管户籍多少年了？
受访者：九年。我叫{{han:孔德昭}}，在{{trap/place:扎鲁特旗}}{{trap/place:鲁北镇}}派出所户籍室。我们这儿蒙古族多，名字长，表上写错一个字，孩子上学、看病、领补贴都卡住。我拿几份表给你说。
访谈者：好。
受访者：头一份是个没户口的孩子，{{minority/mongolian:包苏伊拉图}}，九岁，家里叫他{{minority/mongolian:苏伊拉图}}。他爸{{minority/mongolian:图布信巴雅尔}}，在嘎查放牛，喝酒把腿摔坏了。他妈{{han:齐秀娟}}是从外省来的，孩子两岁那年走了。孩子是在家里生的，没有出生证明，一直上不了户。嘎查的儿童主任{{minority/mongolian:孟根吉雅}}找到所里，说孩子九岁了还没户口，上学都是借读。
访谈者：后来怎么解决的？
受访者：按规定做亲子鉴定，{{trap/org:旗民政局}}给出的钱。{{minority/mongolian:图布信巴雅尔}}他不识字，表是我一个字一个字念着让他按手印的。难的是找孩子他妈，我们通过{{trap/org:旗公安局}}在外省找到了{{han:齐秀娟}}，她回来签了个字。她在表上把名字写了两遍，{{han:齐秀娟}}{{han:齐秀娟}}，说怕我们认不清她的字。{{minority/mongolian:苏伊拉图}}上户口那天，所长{{han:贾海鹰}}给孩子买了个书包。
访谈者：第二份呢？
受访者：第二份是两个孤儿，哥哥{{han:董浩天}}，十二岁，妹妹{{han:董浩月}}，八岁。他爸{{han:董立军}}在{{trap/place:霍林郭勒}}的露天矿开车，翻车没了，他妈早就病死了。{{han:董浩天}}和{{han:董浩月}}跟着姥姥{{han:崔玉芝}}，户口得从他爸那边迁到姥姥的户上。{{han:崔玉芝}}她七十一，跑一趟所里得坐两个钟头车，我们就上门去办。旗民政局的{{han:赵淑云}}跟着一起去的，当场把孤儿基本生活费的表也填了，一个孩子一个月{{trap/number:一千五百八}}。
访谈者：第三份？
受访者：第三份是个小姑娘，{{compound:令狐欣然}}，十岁。她爸{{compound:令狐国栋}}因为诈骗判了六年，在里面。她妈是蒙古族，叫{{minority/mongolian:娜仁满都拉}}，想给孩子改成她的姓，说孩子在学校被人叫骗子的闺女。改名得父母双方同意，我们去监狱找{{compound:令狐国栋}}签字，他签了，说对不起闺女。她说，等孩子大了让她自己选。
访谈者：还有别的吗？
受访者：还有一份收养的。{{compound:尉迟晓光}}和丈夫{{han:贺永福}}没孩子，收养了一个被遗弃的女婴，起名叫{{han:贺念恩}}。收养登记在民政，户口在我们这儿。同事是{{compound:赫连子墨}}，去年分来的，跟着我办的这一件。他说，头一回觉得户口本上一个名字这么重。
访谈者：没户口的孩子多吗？
受访者：比前些年少多了。{{trap/year:2019年}}全旗搞过一次清查，挨家挨户问，查出来四十多个。有的是超生没敢报，有的是爹妈没领结婚证，有的像头一个孩子这样，生在家里、妈又走了。现在政策宽了，只要能证明亲子关系，就能先落户，别的手续慢慢补。我们最怕的是孩子一直藏着，等到要上初中、要考试了才来，那时候耽误的就不是一天两天了。
访谈者：这些孩子上学怎么样？
受访者：头一个孩子现在在{{school:鲁北镇第三小学三年级（2）班}}，班主任{{han:吕桂荣}}说，他学得快，就是蒙语比汉语好。{{han:董浩天}}在{{school:扎鲁特旗第一中学初一（4）班}}。他们嘎查那边的人爱听{{trap/minority_word:乌力格尔}}，老人们讲{{trap/famous:嘎达梅林}}，还讲{{trap/famous:孝庄}}是我们科尔沁出去的。
访谈者：表上具体登记了什么？
受访者：你看这份。{{minority/mongolian:包苏伊拉图}}，身份证号{{id_number@my2016.150526}}，地址{{address:扎鲁特旗格日朝鲁苏木白音高勒嘎查二组15号}}。{{han:董浩天}}的{{id_number@my2012quad.150526}}，姥姥{{id_number@woldx.150526}}，住在{{address:鲁北镇兴安小区6号楼2单元201室}}。电话：{{minority/mongolian:娜仁满都拉}}的{{mobile@plain}}，{{han:崔玉芝}}家的{{mobile@hyphen}}。所里户籍室的工作微信是{{wechat:lubei_huji2019}}，群众有事可以加。{{compound:令狐欣然}}有个QQ，她妈说孩子在上面跟同学说话，号是……她写在户口本的塑料皮里了，{{qq:3162048597}}。
访谈者：表上名字写错的情况多吗？
受访者：太多了。有人把{{minority/mongolian:图布信巴雅尔}}写成{{spaced:图　布　信　巴　雅　尔}}，一个字一个格。孩子他妈被写成{{spaced:齐 秀 娟}}，小姑娘被写成{{spaced:令 狐 欣 然}}，像四个人。还有把孩子写成{{spaced:包苏伊 拉图}}的。电脑里只认连着写的，我都得一个个改过来。
访谈者：您觉得这份工作最要紧的是什么？
受访者：耐心。来办事的人不识字的多，我们多跑一趟，孩子就少耽误一年。有事打{{trap/hotline:12345}}也能转到我们这儿。
""")

# H216: Han grandfather in 牡丹江 raising his son's two children; the son is in prison, their mother went to Korea.
DOCS["H216"] = ("family", """\
访谈者：大爷，您家里现在几口人？
受访者：四口，我、老伴，还有俩孙辈。我叫{{han:于长林}}，今年六十九，在{{trap/place:牡丹江}}城边上住，原来是林业局的工人。老伴{{han:宫玉珍}}有糖尿病，眼睛快看不见了。儿子{{han:于振海}}前年跟人合伙倒腾木材，赔了钱，后来跟人动了刀，判了七年，在{{trap/place:哈尔滨}}那边服刑。
访谈者：孩子们的妈妈呢？
受访者：儿媳{{han:姜丽娜}}，儿子进去第二年去{{trap/place:韩国}}打工，头半年还往家寄钱，后来电话也不接了。{{trap/word:于是}}这俩孩子就全落我们老两口身上了。孙女{{han:于佳琪}}十四，孙子{{han:于浩宇}}八岁。
访谈者：孩子们知道爸爸的事吗？
受访者：孙女知道。{{han:于佳琪}}她那年十二，法院开庭她非要去，看见她爸戴着手铐，回来哭了一宿。孙子小，我们跟他说他爸在外地干活。{{han:于浩宇}}也不傻，有一回问我：爷爷，我爸干活的地方为啥不让打电话？
访谈者：他们上学怎么样？
受访者：{{han:于佳琪}}在{{school:牡丹江市第十二中学初二（5）班}}，成绩原来是前十，出事那年掉到三十多名。班主任{{han:宫晓燕}}老师天天找她谈，后来学校请了个心理老师，叫{{compound:乐正嘉禾}}，一个礼拜一回。孙子上二年级，他们老师说孩子爱画画，画的都是一家四口，没有他妈。
访谈者：都有谁帮过你们？
受访者：社区的儿童主任{{han:曲凤霞}}，两个孩子的事她最上心。{{han:曲凤霞}}给俩孩子报了困境儿童，每人每月{{trap/number:五百二}}，我老两口有低保。区里司法所的{{han:滕建军}}也来过，说服刑人员的孩子有帮扶政策。{{han:滕建军}}也帮我们联系了监狱，一个季度能去会见一回。监狱那边的管教叫{{han:刘春雨}}，人挺好，会见的时候让孙女多说了十分钟。
访谈者：还有社工吗？
受访者：有。区里社工站的{{compound:慕容秋实}}和{{compound:漆雕文博}}，两个年轻人，一个女的一个男的。{{compound:慕容秋实}}给孙女找了个大学生辅导功课，{{compound:漆雕文博}}带孙子去{{trap/place:镜泊湖}}夏令营，孩子回来高兴了好几天。
访谈者：邻居们呢？
受访者：楼下的{{han:邹大庆}}是我老同事，冬天帮我们扛煤、修暖气。{{han:邹大庆}}都七十了，爬五楼比我还快。社区里的{{han:綦德旺}}开小卖店，孩子们去买东西他常常不要钱，说记账，可从来没要过，还老给{{han:于浩宇}}塞根冰棍。
访谈者：儿子在里面怎么样？
受访者：一个月能写一封信。头一年信里光说对不起，后来说在里面学了电焊，考了证，出来能找活干。孙女每回都回信，写得比他长。孙子不会写几个字，就画画夹在信里。有一回会见，儿子隔着玻璃看着孙子，半天说不出话，就拿手在玻璃上比划孩子的个头。回来的路上孙女跟我说，爷爷，我不恨他了。区民政局的{{han:孙占魁}}说，等儿子出来，社区可以帮着找工作，我心里才算有了个盼头。
访谈者：您给孩子们讲什么？
受访者：讲老辈的事。我给孙子讲{{trap/famous:杨子荣}}打虎上山，讲{{trap/place:海林}}那边的林海雪原；给孙女讲{{trap/famous:冷云}}她们八个女兵跳江的故事。孙女说，爷爷，她们那么难都不怕，我也不怕。我听了心里不是滋味。
访谈者：您身体怎么样？
受访者：腰椎不好，冬天路滑不敢出门。老伴晚上起夜，我得扶着。她那眼睛，熬{{trap/word:姜汤}}都分不清糖和盐了。我最怕的是我俩哪天倒下了，孩子们咋办。儿子还有五年才出来。
访谈者：登记表要填地址和号码。
受访者：家在{{address:东安区五星街道林业小区9号楼4单元502室}}，孩子们的户口原来在他妈娘家，{{address:宁安市渤海镇东兴村三组12号}}，去年迁过来了。孙女的身份证{{id_number@wy2011fwhyphen.231002}}，孙子的{{id_number@my2017tri.231002}}。我的电话{{mobile@plus86spaced}}。孙女的微信是{{wechat:yujiaqi_mdj}}，QQ号她说给我写在墙上挂历背面了，{{qq:1547302689}}。
访谈者：表上名字写对了吗？
受访者：监狱的会见单上把孙女写成{{spaced:于 佳 琪}}，把儿子写成{{spaced:于振 海}}。社工的名字被学校写成{{spaced:慕 容 秋 实}}，还有{{spaced:漆　雕　文　博}}，孩子问我这是几个人。
访谈者：您最盼什么？
受访者：盼儿子好好改造，早点出来。盼两个孩子别记恨他爸，日子总得往前过。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=209,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
