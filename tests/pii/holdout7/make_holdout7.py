# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 7 (tests/pii/holdout7/H41-H48 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:孟凡琴}}``, ``{{qq:3851027469}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, daur, ewenki, kyrgyz, kazakh, hui,
                                   dongxiang, tu, tibetan, tajik, yi) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012.150722}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 外婆) and a particle,
pronoun or verb written directly after a name (说, 的, 家, 也, 她, 他们, 一直) are outside the span; a person named
only by surname + title (鄂主任, 海阿訇, 锁老师, 太警官, 乌老师) is annotated whole, as in P01-P14.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout7/make_holdout7.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(7_2025_1104)
MINORITY_GROUPS = ("mongolian", "daur", "ewenki", "kyrgyz", "kazakh", "hui", "dongxiang", "tu", "tibetan", "tajik", "yi")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 120, "han": 60, "spaced": 25, "compound": 20}
GROUP_FLOORS = {"mongolian": 15, "kyrgyz+kazakh": 15, "hui": 15, "tibetan+tu": 15, "daur+ewenki": 15}

MOBILE_PREFIXES = ["133", "134", "138", "139", "147", "152", "153", "155", "156", "159", "177", "180", "182", "185",
                "186", "188", "189", "193", "199"]


DOCS: dict[str, tuple[str, str]] = {}

# H41: Daur grandfather, 莫力达瓦 (腾克镇); son killed when a tractor overturned, granddaughter hard of hearing.
DOCS["H41"] = ("family", """\
访谈者：大爷，您先说说家里几口人？
受访者：我叫{{minority/daur:敖拉·德力格尔}}，达斡尔，汉名{{han:敖振山}}。家在{{address:莫力达瓦达斡尔族自治旗腾克镇怪勒村3组27号}}，挨着{{trap/place:嫩江}}。老伴走得早，现在是我带俩孙子。儿子{{minority/daur:敖拉·巴图额尔德尼}}前年秋收翻了拖拉机，叫车扣底下了，{{minority/daur:巴图额尔德尼}}那年才三十四。
访谈者：孩子妈妈呢？
受访者：儿媳妇{{han:孟凡琴}}是{{trap/place:齐齐哈尔}}那边的，守了一年，跟个开饭馆的走了。{{han:孟凡琴}}她过年还往回打个电话，号是{{mobile@hyphen}}，我打过去十回有八回不接。大孙子{{minority/daur:额尔很乌力吉}}十三，小孙女{{minority/daur:苏如雅}}九岁，打小耳朵就背，戴助听器。
访谈者：孩子们在哪儿念书？
受访者：大的在{{school:尼尔基第一中学初一（3）班}}住校，一礼拜回来一趟。户口本上他叫{{minority/daur:敖拉·额尔很乌力吉}}，学校花名册打成了{{spaced:敖 拉 · 额 尔 很 乌 力 吉}}，一个字一个空，老师点名点了两遍。小的在{{school:腾克镇中心学校三年级（2）班}}，班主任{{han:何淑贤}}老师，{{han:何淑贤}}说丫头脑瓜好使，就是耳朵耽误了。
访谈者：平时谁帮衬您？
受访者：屯里的妇女主任{{minority/daur:莫日登·乌兰托娅}}，{{minority/daur:莫日登·乌兰托娅}}一直张罗给丫头换个好助听器。旗里{{trap/org:残疾人联合会}}的{{compound:尉迟海峰}}下来量过耳朵，{{compound:尉迟海峰}}说能申请救助，一副得{{trap/number:八千多}}。管民政的{{han:鄂主任}}也是达斡尔，{{han:鄂主任}}说俩孩子都能按困境儿童报，一人一个月{{trap/number:九百来块}}。
访谈者：出事的那台车，后来怎么说的？
受访者：车是借{{han:郭长海}}家的，{{han:郭长海}}他们家也没钱，赔不起，我也没让赔，都是屯亲。村里给办的手续，我的身份证{{id_number@moldspaced.150722}}，孙子的{{id_number@my2012.150722}}，丫头的{{id_number@wy2016hyphen.150722}}，我都抄在烟盒纸上，揣兜里。
访谈者：孩子们跟谁玩得好？
受访者：丫头跟邻居家{{minority/daur:精奇里•琪琪格玛}}好，俩人一块堆儿上学。{{minority/daur:琪琪格玛}}她奶奶{{minority/daur:沃热·托娅}}会唱{{trap/minority_word:乌钦}}，冬天猫冬，一屋子孩子围着听{{trap/famous:巴尔达奇}}打仗的事。大孙子稀罕打{{trap/minority_word:贝阔}}，就是达斡尔的曲棍球，拿柞木疙瘩削个球，在冰上满世界跑。
访谈者：他在学校有朋友吗？
受访者：有个鄂温克小子叫{{minority/ewenki:涂克冬·巴雅斯呼朗}}，家是{{address:杜拉尔鄂温克民族乡杜拉尔村5组9号}}的，{{minority/ewenki:巴雅斯呼朗}}一直跟他一个宿舍。那孩子他爸{{minority/ewenki:涂克冬•宝音满都}}在林场开铲车，{{minority/ewenki:宝音满都}}说礼拜五顺道把俩孩子一块儿捎回来。大孙子有个QQ，{{qq:3851027469}}，他有话不跟我说，跟他老姑说。
访谈者：老姑在哪儿？
受访者：我闺女{{minority/daur:敖拉·斯琴托雅}}，汉名{{han:敖雪梅}}，在{{trap/place:海拉尔}}做保洁，住{{address:海拉尔区胜利街道团结小区12号楼3单元401室}}。{{han:敖雪梅}}她一个月回不来一趟，天天晚上跟孩子视频，微信是{{wechat:aoxuemei_0722}}。丫头想她老姑想得直哭。
访谈者：屯里还有别的困难孩子吗？
受访者：有。后院{{minority/daur:德都勒·阿木尔}}家俩小子，爹妈都上{{trap/place:大连}}打工去了，跟太奶过。太奶九十了，做饭都费劲，俩小子饿了就上我这儿扒拉一口。村里报上去的名单上老大写成{{spaced:德都勒　阿木尔}}，中间空着，乡里的人还当是姓德。我们达斡尔老辈讲究，谁家孩子都是屯里的孩子，过{{trap/minority_word:库木勒节}}的时候，一块堆儿上甸子采柳蒿芽，回来熬一大锅，孩子们吃得满嘴绿。现在年轻的都走了，屯子里剩下老的小的，一到冬天，一条街见不着几个人影。
访谈者：孩子们过年怎么过？
受访者：过年我杀口猪，给俩孩子一人买身新衣裳。三十晚上包饺子，大孙子擀皮，丫头往里头塞钢镚儿，谁吃着谁有福。年三十那天大孙子给他爸上坟，回来一宿没睡，第二天早上眼睛肿得跟桃似的，我也没吱声，爷俩就那么坐着。
访谈者：您自己身体怎么样？
受访者：七十一了，腿脚还行，就是血压高。地包出去了，一年{{trap/number:一万二}}，加上低保，紧巴巴够吃。我最怕俩孩子念不出来。学校心理老师{{compound:欧阳一鸣}}来家访过，登记表上签的是{{spaced:欧阳 一鸣}}，中间空一格。{{compound:欧阳一鸣}}说大孙子心里憋着事，不吱声，让我多跟他唠嗑。我一个老头子，哪会唠。他爸在的时候爷俩上江里下挂网，打{{trap/word:白鱼}}，打{{trap/word:鳌花}}，一网上来话就多了。我寻思开春领他下江，兴许能唠开。
""")

# H42: Mongolian camel herder, 阿拉善右旗; his brother lost in a sandstorm, the brother's wife working in 乌海, three children.
DOCS["H42"] = ("family", """\
访谈者：您放了多少年骆驼了？
受访者：打记事起就放。我叫{{minority/mongolian:巴特朝鲁}}，在{{trap/place:巴丹吉林}}边上长大，家在{{address:阿拉善右旗阿拉腾朝格苏木图克木嘎查2组11号}}。圈里有{{trap/number:一百四十峰}}驼，都是双峰的。低保表上把我写成{{spaced:巴特 朝鲁}}，中间空着，苏木上的人说不碍事。
访谈者：家里的孩子是谁家的？
受访者：是我弟弟{{minority/mongolian:乌力吉巴雅尔}}的。{{minority/mongolian:乌力吉巴雅尔}}前年冬天拉驼绒去{{trap/place:雅布赖}}，起了黑风，车翻进沙窝子，人没了。弟媳妇{{minority/mongolian:萨仁格日勒}}受不住，去{{trap/place:乌海}}饭馆打工，说挣了钱就回来，{{minority/mongolian:萨仁格日勒}}她这一走就是两年。她住{{address:乌海市海勃湾区新华街道凤凰岭小区7号楼2单元302}}，微信{{wechat:sarangerel_86}}，发语音十回回一回。三个娃娃：大的{{minority/mongolian:图门吉日嘎拉}}十五，二的叫{{minority/mongolian:朝鲁巴根}}，十一，小丫头{{minority/mongolian:孟根高娃}}六岁，我们都叫她{{minority/mongolian:孟根}}。
访谈者：孩子们在哪儿上学？
受访者：大的在{{school:阿拉善右旗第一中学初三（1）班}}，二的在{{school:额肯呼都格镇蒙古族学校五年级2班}}，都住校。{{minority/mongolian:朝鲁巴根}}说学校的饭吃不惯，想喝{{trap/minority_word:驼奶}}。小的跟着我在草场上，明年该念书了。学校表上把老大打成{{spaced:图 门 吉 日 嘎 拉}}，我问这是啥，老师说电脑上弄的。
访谈者：老大最近怎么样？
受访者：不好。{{minority/mongolian:图门吉日嘎拉}}他爸走了以后话少了，在学校跟人打架，班主任{{compound:宇文秀娟}}打电话叫我去。{{compound:宇文秀娟}}说娃娃半夜在被窝里哭，又不让人看见。学校请了心理老师{{han:鲍春娥}}，{{han:鲍春娥}}老师一礼拜跟他谈一回，她手机{{mobile@plus86}}，我存着呢。老大有个QQ号{{qq:2049381756}}，晚上跟他额吉说话，有时候回一句，有时候不回。
访谈者：生活费从哪里来？
受访者：旗里民政给办了事实无人抚养儿童，一个娃娃一个月{{trap/number:一千一百多}}。嘎查达{{minority/mongolian:额尔敦宝力道}}跑前跑后，{{minority/mongolian:额尔敦宝力道}}他自己也是放驼的，知道我们的难处。苏木的{{han:乔文斌}}来核过户口，老大的身份证号{{id_number@my2010.152922}}，二的{{id_number@my2014spaced.152922}}，小的{{id_number@wy2019x.152922}}，我的是{{id_number@mmid.152922}}。
访谈者：您一个人忙得过来吗？
受访者：忙不过来。老婆子{{minority/mongolian:乌云毕力格图雅}}腰不行，{{minority/mongolian:乌云毕力格图雅}}她一到冬天就在旗医院扎针。剪驼毛的时候叫邻居{{minority/mongolian:宝音仓}}帮忙，{{minority/mongolian:宝音仓}}家的小子{{minority/mongolian:巴特}}也来，那小子手快。旗畜牧站的{{compound:公孙立平}}来给驼打过针，{{compound:公孙立平}}说驼羔子也得跟娃娃一样，打小就看顾好。
访谈者：孩子们喜欢骆驼吗？
受访者：喜欢。母驼不认羔的时候，老人拉{{trap/minority_word:马头琴}}唱{{trap/minority_word:劝奶歌}}，母驼流着泪就认了。小丫头看过一回，回来跟我说，阿爸，母驼哭了。我说人跟驼一样，得有人疼。冬天夜长，我给娃娃们讲{{trap/legend:江格尔}}，讲着讲着二的就睡了，老大还睁着眼。我说你爸小时候也是这样，听到最后一个。
访谈者：孩子们的额吉回来看过吗？
受访者：回来过一趟，过{{trap/minority_word:查干萨日}}的时候。住了三天，给小丫头买了件红袍子，{{minority/mongolian:孟根高娃}}穿上就不脱了。走的那天老大没送，一个人骑摩托上了沙梁子，坐到天黑。嘎查的妇女主任{{minority/mongolian:其木格苏荣}}劝她，说娃娃们离不开额吉。她哭了，说打工的活儿不能丢。我不怪她，她年轻，日子还长。前几天妇女主任来说，旗里有个项目，给没人管的娃娃找爱心妈妈，她自己报了名，表上写的是{{spaced:其 木 格 苏 荣}}，一个字一个空。
访谈者：草场上的日子孩子们习惯吗？
受访者：小的习惯，大的不习惯了。放假回来，老大拿着手机满草场找信号，站在沙梁子上才有一格。我说你看看驼，他说爷爷，驼有啥好看的。可他爸的那峰白公驼，他天天去喂，谁也不让碰。
访谈者：您对以后有什么打算？
受访者：驼不能卖，那是他爸留下的。老大说想考{{trap/place:呼和浩特}}的学校，学兽医，回来给驼看病。我说行，爷爷给你攒着。就是我老了，怕等不到那天。前些年旗里说要禁牧，驼也得圈起来喂，草料贵，一峰驼一冬吃掉好几百块。现在好了，驼奶有人收，一公斤能卖好价钱，日子能过。
""")
# H43: Hui imam's wife, 西吉 (Ningxia); a motherless girl, a boy whose father is in prison, a daughter married into Dongxiang.
DOCS["H43"] = ("family", """\
访谈者：师娘，您先说说您自己吧。
受访者：我叫{{han:苏玉琴}}，经名叫{{minority/hui:麦尔彦}}。掌柜的{{han:海明德}}在村里的寺上当开学阿訇，乡亲们都叫他{{han:海阿訇}}。家就在寺后头，{{address:西吉县兴隆镇单家集村清水组18号}}。我们这搭出门打工的人多，没人管的尕娃娃，{{han:海阿訇}}就叫到寺上念经，我给娃娃们做饭，蒸{{trap/minority_word:馓子}}、炸油饼。
访谈者：现在常在您这儿的有几个孩子？
受访者：常来的五六个。最叫人心疼的是{{minority/hui:海蒂洁}}，九岁，她妈生她弟弟的时候大出血，人没了。她阿达{{han:马福林}}去{{trap/place:新疆}}拾棉花，一年回来一趟，{{han:马福林}}他也没办法，家里欠着账。{{minority/hui:海蒂洁}}跟她太太过，就是奶奶，太太眼睛瞎了一个，娃娃早上起来先给太太倒尿盆，再背上书包走。她学名叫{{han:马雪芹}}，在{{school:单家集小学三年级（1）班}}，老师说{{han:马雪芹}}字写得{{trap/word:胡都}}好。
访谈者：还有别的孩子吗？
受访者：有个男娃经名叫{{minority/hui:穆萨尔}}，学名{{han:杨子龙}}，十二岁。他阿达{{han:杨振武}}贩毒判了十二年，在{{trap/place:银川}}服刑。{{minority/hui:穆萨尔}}他妈{{minority/hui:赛里麦}}改嫁到{{trap/place:固原}}去了，{{minority/hui:赛里麦}}说等娃娃大些再接过去，娃娃嘴上不说，心里有{{trap/word:麻达}}。乡上给办困境儿童的{{han:纳主任}}把表拿来，上面名字打成{{spaced:杨 子 龙}}，{{han:纳主任}}说系统里就这么个样子。娃娃户口在{{address:西吉县兴隆镇玉桥村三组46号}}他爷爷家，身份证号{{id_number@my2013.640422}}。
访谈者：学校里有人管他吗？
受访者：班主任是{{han:锁老师}}，{{han:锁老师}}人好，给娃娃买过棉鞋。县{{trap/org:妇联}}的{{compound:司徒雅琴}}来过两回，{{compound:司徒雅琴}}说娃娃这个岁数最怕学坏，叫我们多看着。她留了手机{{mobile@spaced}}，说有事就打。登记本上她签的是{{spaced:司徒　雅琴}}，中间空得宽。
访谈者：寺上念经的还有哪些孩子？
受访者：还有兄妹俩，哥哥{{minority/hui:伊布拉欣}}，妹妹{{minority/hui:祖白丹}}，他们的阿达妈妈都在{{trap/place:义乌}}做生意，{{minority/hui:伊布拉欣}}一直带着妹妹，像个大人。{{minority/hui:祖白丹}}她爱哭，想妈妈了就趴在我怀里。念经本子上哥哥的名字写成{{spaced:伊 布 拉 欣}}，那是{{han:海阿訇}}写的，他写字爱空着。还有{{minority/hui:叶海亚}}、{{minority/hui:尤努斯}}两个尕娃，是一家的，{{minority/hui:尤努斯}}也才六岁。
访谈者：您自己的孩子呢？
受访者：大儿子{{minority/hui:尔萨克}}在{{trap/place:西安}}开拉面馆，丫头{{minority/hui:素菲娅}}嫁到{{trap/place:东乡}}去了，女婿{{minority/dongxiang:哈木则}}跑大车，亲家母{{minority/dongxiang:阿西娅}}说话我一半听不懂。{{minority/hui:素菲娅}}她的微信是{{wechat:sufeiya_dx2019}}，常给我发孙子的照片。
访谈者：过节的时候孩子们怎么过？
受访者：{{trap/minority_word:古尔邦节}}宰羊，肉分三份，一份给这些没人管的娃娃。炸{{trap/minority_word:油香}}，娃娃们围着锅转。{{han:海阿訇}}给娃娃们讲{{trap/famous:海瑞}}，讲{{trap/famous:马本斋}}，说做人要硬气。支教来的{{compound:独孤永明}}老师也来听过，{{compound:独孤永明}}说这些故事比课本上的好听。
访谈者：寺上的这些娃娃，政府有补贴吗？
受访者：有的有，有的没有。{{minority/hui:海蒂洁}}的困境儿童是今年才批下来的，材料跑了半年，批文上名字打成{{spaced:马　雪　芹}}，全角的空，又去改。{{han:海阿訇}}说，咱不能光等政府，主麻日叫乡亲们散些{{trap/minority_word:乜贴}}，一年下来也有{{trap/number:三四千}}，给娃娃们买书包、买冬衣。女婿跑车路过的时候也捎些洋芋、清油过来。我们这搭人常说，一家有难，一个坊上都帮。
访谈者：孩子们在您这儿吃住吗？
受访者：吃在这儿，住各回各家。早上熬一锅米汤，蒸一锅馍馍，中午做臊子面，晚上就是洋芋菜。掌柜的的那点工钱不够，我养了二十只鸡、两头牛，鸡蛋全给娃娃们吃了。冬天炕烧得热热的，娃娃们写完作业就在炕上睡着了，天黑透了我再一个一个送回去。
访谈者：您最担心的是什么？
受访者：担心{{minority/hui:海蒂洁}}她太太哪天走了，娃娃咋办。还有{{minority/hui:穆萨尔}}，十二三的男娃最难拉扯。我的身份证号是{{id_number@wmid.640422}}，乡上要我当个监护人，我说行，只要娃娃好，嫑说监护人，叫我当个啥都行。我们这搭地薄，靠天吃饭，年轻人都往外跑，剩下的就是老人跟娃娃。有时候我想，这些娃娃长大了会不会记得寺后头这口锅。记不记得都行，只要他们长成好人，走到哪搭都不偷不抢，我跟掌柜的就心安了。天冷了，我又给娃娃们一人缝了一双棉窝窝，明天叫他们来试。
""")

# H44: Tu mother, 互助 (丹麻镇); husband drinking and gone to work in Lhasa, her dead sister-in-law's two children.
DOCS["H44"] = ("family", """\
访谈者：阿姐，您先说说家里的情况。
受访者：我是土族，名字叫{{minority/tu:拉毛措吉}}，户口上是{{han:祁秀英}}。家在{{address:互助土族自治县丹麻镇东丹麻村四社21号}}，我在镇上的合作社绣{{trap/minority_word:盘绣}}，一个月挣个千数块。掌柜的{{minority/tu:东智加}}在{{trap/place:拉萨}}工地上，一年回来一趟，傢喝上酒就不像个人，电话{{mobile@plain}}，十回打九回不接。
访谈者：家里几个孩子？
受访者：我们自家一个丫头，叫{{minority/tu:才让吉毛}}，十岁，在{{school:丹麻镇中心学校四年级（3）班}}。还有我小姑子的两个。小姑子{{minority/tu:卓玛才吉}}前年得了病走了，女婿{{han:李成虎}}又找了个人，搬到{{trap/place:西宁}}去了，{{han:李成虎}}那边不要娃娃。两个娃娃就到了我家，大的尕娃{{minority/tu:多杰桑周}}十三，尕的丫头{{minority/tu:措毛吉}}七岁。
访谈者：孩子们怎么样？
受访者：{{minority/tu:多杰桑周}}他不说话，放学就蹲在院墙底下。老师{{han:星海英}}打电话说，傢在学校也是一个人。{{han:星海英}}老师是土族，跟娃娃用土话说，娃娃才开口。学校表上的名字写成{{spaced:多 杰 桑 周}}，四个字空开了，娃娃问我阿姑这是我吗。{{minority/tu:措毛吉}}她爱哭，晚上要跟我睡，一睡着就喊阿妈。
访谈者：谁在帮你们？
受访者：镇上的{{han:吕主任}}，{{han:吕主任}}给两个娃娃办了困境儿童。县上{{trap/org:民政局}}的{{compound:慕容晓峰}}下来核过，{{compound:慕容晓峰}}说一个娃娃一个月有{{trap/number:一千零八十}}。尕娃的身份证号{{id_number@my2011hyphen.630223}}，丫头的{{id_number@wy2017.630223}}，我的{{id_number@w.630223}}，都复印了交上去。村里的第一书记{{compound:上官志刚}}也常来，{{compound:上官志刚}}给娃娃们拉来过两袋面。
访谈者：孩子的爷爷奶奶呢？
受访者：娃娃的阿奶在{{trap/place:松多}}，是藏族，叫{{minority/tibetan:更藏拉毛}}，七十多了，{{minority/tibetan:更藏拉毛}}一个人放着二十来头牦牛。她家在{{address:互助县松多藏族乡花园村二社7号}}。阿爷早没了。阿奶的侄子{{minority/tibetan:更登尖措}}在寺里当阿卡，{{minority/tibetan:更登尖措}}说娃娃们放假了到他那儿去住几天。他的名字在寺里的单子上写成{{spaced:更 登 尖 措}}，我认了半天。
访谈者：孩子们放假了做些啥？
受访者：跟着我绣花，丫头们学得快。六月里{{trap/place:丹麻}}有花儿会，我领着去，人山人海。{{trap/minority_word:轮子秋}}转起来，尕娃才笑了一回。老人们唱{{trap/legend:祁家延西}}，唱的是古时候的土族英雄，一唱一晚上。我们这里喝{{trap/minority_word:青稞酒}}，跳{{trap/minority_word:安召}}，娃娃们在圈子里跑。
访谈者：孩子跟爸爸还联系吗？
受访者：尕娃有个QQ，{{qq:1638402957}}，傢偷偷给他阿爸发消息，他阿爸一回也没回过。丫头有时候用我的微信{{wechat:lamaocuo_hz}}给她阿奶{{minority/tibetan:更藏拉毛}}打视频。我跟{{minority/tu:东智加}}说，你不要他们，我要。这话说出来，傢在电话里哭了。
访谈者：家里的地谁种？
受访者：我种。六亩地，种洋芋、油菜，还有一点青稞。农忙的时候，隔壁的{{minority/tu:官却才让}}过来帮忙，{{minority/tu:官却才让}}他自己家里也有病人，还是一大早就来。收了洋芋卖给{{trap/place:威远镇}}的贩子，一斤几毛钱，够娃娃们一学期的本子钱。冬天闲了，我在炕上绣花，丫头们围着看，{{minority/tu:措毛吉}}也拿针，扎了手就哭，{{minority/tu:多杰桑周}}给妹妹吹手，那是我头一回看见他笑。村医说这娃娃心里有伤，得慢慢来，不能急。我说我不急，我有的是工夫等。丫头们的衣裳都是我拿旧衣裳改的，袖子上绣七道彩虹，我们土族的女人家都这样。镇上低保名单上我的名字是{{spaced:祁 秀 英}}，也是空开的，我问了才晓得是我。
访谈者：孩子们平时吃得怎么样？
受访者：吃得饱，吃得不好。早上青稞炒面拌酥油，中午面片子，晚上洋芋。肉一个月吃一回，过节多一点。尕娃长个子了，裤子一年短一截，我给他接了三回裤腿。学校里有营养餐，一天一个鸡蛋一盒奶，丫头说她的奶要留给妹妹，我说你喝，妹妹的有。
访谈者：您对以后有什么想法？
受访者：想叫三个娃娃都念出来。{{minority/tu:才让吉毛}}说要当老师，{{minority/tu:多杰桑周}}啥都不说，我也不逼他。阿门个过都是个过，只要娃娃们不受罪就好。我们土族人说，日子像轮子秋，转上去了也会转下来，转下来了也会再转上去。我就这么个心思，一天一天往前熬，熬到娃娃们长大就好了。
""")
# H45: Kyrgyz boarding-school principal, 阿合奇 (色帕巴依乡); a herder killed in an avalanche, a girl kept home, a Kazakh family.
DOCS["H45"] = ("staff", """\
访谈者：校长，您先介绍一下学校吧。
受访者：我叫{{minority/kyrgyz:阿斯卡尔别克·玛木特}}，柯尔克孜族，在{{trap/place:托什干河}}边上这所寄宿制学校当校长十一年了。学校四百多个学生，一半是牧民的孩子，家离得远，一学期回一次家。困境儿童我们登记了二十三个，我说几个。
访谈者：好的，您说。
受访者：五年级的{{minority/kyrgyz:别克苏丹·托合托逊}}，他爸爸{{minority/kyrgyz:托合托逊}}去年春天在山上放羊，遇上雪崩，人和羊都没找着。妈妈{{minority/kyrgyz:古丽巴努}}改嫁去了{{trap/place:阿图什}}，{{minority/kyrgyz:古丽巴努}}她每个月给孩子打一次电话。孩子跟奶奶过，奶奶家在{{address:阿合奇县色帕巴依乡阿果牧业村3组15号}}。学籍系统里他的名字没有点，写成{{minority/kyrgyz:别克苏丹托合托逊}}，连在一起，八个字。
访谈者：他在学校表现怎么样？
受访者：一开始天天哭，现在好多了。班主任是援疆来的{{compound:夏侯俊杰}}老师，江苏人，{{compound:夏侯俊杰}}晚上陪孩子们在宿舍里读书。还有个心理老师{{compound:闾丘明慧}}，{{compound:闾丘明慧}}说这孩子画的画全是黑色的山，她跟孩子谈了一个学期。
访谈者：还有别的孩子吗？
受访者：六年级的女孩{{minority/kyrgyz:古丽娜孜·吐尔逊别克}}。她爸爸{{minority/kyrgyz:吐尔逊别克}}因为打架伤人判了刑，家里就剩妈妈和四个孩子。去年秋天开学，{{minority/kyrgyz:古丽娜孜}}没来，我带着老师骑摩托去了她家，她妈说家里羊没人放。我说孩子必须上学，这是法律。现在她回来了，在{{school:色帕巴依乡寄宿制学校六年级（2）班}}，成绩全班第三。她的报名表上名字打成了{{spaced:古 丽 娜 孜}}，她爸爸的名字也是{{spaced:吐 尔 逊 别 克}}，一个字一个空。
访谈者：您怎么和家长联系？
受访者：她妈妈不识字，我们找村里的{{minority/kyrgyz:玛依拉·卡德尔}}，{{minority/kyrgyz:玛依拉·卡德尔}}是村妇联主席，手机{{mobile@plus86dash}}。学校有个家长群，我的微信是{{wechat:askarbek_aqq}}。孩子的身份证号{{id_number@wy2013spaced.653023}}，资助办下来一年{{trap/number:两千五}}。
访谈者：学校里有哈萨克族的孩子吗？
受访者：有，不多。三年级的{{minority/kazakh:叶尔波森·努尔兰}}，{{minority/kazakh:叶尔波森}}他爸爸{{minority/kazakh:努尔兰•吾斯曼}}在{{trap/place:库尔勒}}打工出了车祸，腿断了，躺在床上。他姐姐{{minority/kazakh:阿依波丽·努尔兰}}在{{school:阿合奇县高级中学高一（4）班}}，{{minority/kazakh:阿依波丽}}也是我们学校出去的。一家人住{{address:阿合奇镇团结路社区幸福巷9号}}。有一张救助申请上，姐姐的名字写成{{spaced:阿依波丽 · 努尔兰}}，点两边都空着。
访谈者：孩子们在学校有什么活动？
受访者：我们有{{trap/minority_word:库姆孜}}社团，孩子们弹得好。每年请{{trap/minority_word:玛纳斯奇}}来给孩子们唱{{trap/legend:玛纳斯}}，孩子们都知道{{trap/famous:居素普·玛玛依}}老人。{{trap/place:苏木塔什}}那边是驯鹰的地方，男孩子们最爱听鹰的事，戴上{{trap/minority_word:白毡帽}}，个个都像小大人。
访谈者：老师们辛苦吗？
受访者：辛苦。我们的生活老师{{minority/kyrgyz:阿曼古丽}}，一个人管六十个孩子，晚上起来三次看被子。{{minority/kyrgyz:阿曼古丽}}她自己的孩子在县城，一个月见一次。还有门卫{{minority/kyrgyz:卡德尔别克}}老人，{{minority/kyrgyz:卡德尔别克}}一直说这些孩子就是他的孙子。县里教育局的{{han:邵建平}}也来过几次，{{han:邵建平}}说要给我们再派两个生活老师。
访谈者：冬天学校怎么过？
受访者：冬天零下二十多度，宿舍烧暖气，可有些孩子从家里来的时候只穿一双单鞋。去年{{trap/org:县红十字会}}送来一百双棉鞋，不够，我们又找了江苏的企业。{{minority/kyrgyz:古丽娜孜}}给低年级的小妹妹洗头、梳辫子，生活老师说这孩子比大人还细心。放寒假的时候，我们开车把最远的几个孩子送回去，路上要走五个小时，翻两座达坂。有一回车陷在雪里，是{{minority/kyrgyz:卡德尔别克}}老人的儿子{{minority/kyrgyz:努尔别克·卡德尔别克}}骑马来拉的。
访谈者：家长们怎么看上学这件事？
受访者：这几年好多了。以前有的家长说，女孩子念书有什么用，早点嫁人，家里多一份彩礼。现在我们一家一家去讲，乡里也讲，村里也讲，家长慢慢懂了。去年我们学校考上高中的有三十一个，女孩子占了一大半。
访谈者：您对这些孩子有什么希望？
受访者：上学，别回去放羊，别早早嫁人。{{minority/kyrgyz:别克苏丹}}说他长大了当医生，我说好，我等着你。学校的墙上写着一句话：每个孩子都是草原上的一棵树。我们就是浇水的人，浇多少年都行。明年我就退休了，最放心不下的就是这些孩子。
""")

# H46: Tajik village doctor, 塔什库尔干 (提孜那甫乡); a girl with a heart defect, orphans of a road accident, a Kyrgyz shepherd boy.
DOCS["H46"] = ("staff", """\
访谈者：大夫，您在这里行医多少年了？
受访者：二十二年。我叫{{minority/tajik:米尔扎·夏迪克}}，塔吉克族，村里人都叫我{{minority/tajik:米尔扎}}大夫。卫生室在{{address:塔什库尔干塔吉克自治县提孜那甫乡莫尔村2组}}，海拔三千多米，孩子们最常见的是心脏的病和高原的病。
访谈者：您照顾的困境儿童有哪些？
受访者：最重的是一个女孩，{{minority/tajik:古丽巴哈尔·阿米尔}}，八岁，先天性心脏病。她爸爸{{minority/tajik:阿米尔·吾布力}}去年在{{trap/place:红其拉甫}}的路上出了车祸，走了。妈妈{{minority/tajik:赛努尔}}身体也不好，{{minority/tajik:赛努尔}}她一个人带三个孩子。我给{{minority/tajik:古丽巴哈尔}}联系了{{trap/place:喀什}}的医院，手术费民政和慈善各出一半。医院的单子上她的名字打成{{spaced:古 丽 巴 哈 尔}}，一个字一个空，还打错了一个，我去改了两回。
访谈者：手术做了吗？
受访者：做了，今年三月。带孩子去喀什的是乡里的{{han:库主任}}，{{han:库主任}}他是汉族，在塔县二十年了。孩子的身份证号{{id_number@wy2016fullwidth.653131}}，妈妈的{{id_number@wmid.653131}}，我都记在本子上，现在每个月我去她家测一次心率。她家在{{address:提孜那甫乡莫尔村4组32号}}。
访谈者：还有别的孩子吗？
受访者：还有一家三个孤儿。爸爸{{minority/tajik:努尔买买提}}和妈妈{{minority/tajik:热依拉古丽}}冬天去{{trap/place:喀什}}买东西，车翻到河里了。老大{{minority/tajik:夏姆西亚}}十五岁，在{{school:塔什库尔干县中学初三（2）班}}，{{minority/tajik:夏姆西亚}}她放假就回来做饭，像个妈妈。老二{{minority/tajik:阿克塔吉}}十一岁，老三{{minority/tajik:努尔古丽巴努}}才五岁。三个孩子现在跟叔叔{{minority/tajik:沙迪克・吐尔逊}}过，{{minority/tajik:沙迪克・吐尔逊}}一直说，哥哥的孩子就是我的孩子。
访谈者：这些孩子的学校怎么样？
受访者：老二在{{school:提孜那甫乡中心小学五年级（1）班}}，班主任是{{compound:令狐海燕}}，从{{trap/place:北京}}援疆来的，{{compound:令狐海燕}}老师给孩子们带了好多书。她的QQ是{{qq:4127093856}}，孩子们有问题就找她。{{minority/tajik:阿克塔吉}}喜欢吹{{trap/minority_word:鹰笛}}，吹得很好，学校表演的时候他的名字写成{{spaced:阿 克 塔 吉}}，他说老师把他的名字拆开了。
访谈者：有柯尔克孜族的孩子吗？
受访者：有一个。{{minority/kyrgyz:托合提别克・沙吾提}}，十三岁，给人放牦牛，没上学。他爸爸{{minority/kyrgyz:沙吾提}}从{{trap/place:乌恰}}过来打零工，后来人不见了。{{minority/kyrgyz:托合提别克}}他现在住在牧场主{{minority/tajik:吾斯曼江}}家，{{minority/tajik:吾斯曼江}}说给他吃给他住，可孩子得上学啊。我给县里打了电话，管这个事的是{{compound:东方立新}}，{{compound:东方立新}}说马上去看。
访谈者：高原上看病最难的是什么？
受访者：路远。冬天大雪封山，孩子半夜发烧，我骑摩托去，最远的一家要走两个小时。有一回给{{minority/tajik:夏姆西亚}}的妹妹看病，雪没过膝盖，我背着药箱走进去的。村里的妇女不太会说普通话，我跟她们说塔吉克语，再翻成汉语写在本子上给乡里看。乡卫生院的{{han:蒲建国}}大夫每个月上来一次，说要把孩子们的健康档案都建起来。档案里{{minority/tajik:努尔古丽巴努}}的名字写成{{spaced:努 尔 古 丽 巴 努}}，我说你这样写，系统里找不到。孩子们喝的是雪水和河水，一到春天就闹肚子，去年乡里打了井，好多了。冬天吃的是牦牛肉、酥油和馕，缺菜，我叫家长多买点{{trap/word:胡萝卜}}。
访谈者：孩子们的学习怎么样？
受访者：孩子们都聪明，就是家里没人辅导。牧民的孩子从小放羊，夏天跟着大人上夏牧场，一走两三个月，回来课就跟不上。现在都住校了，好多了。我有空就去学校给孩子们讲卫生课，讲怎么洗手，怎么刷牙，孩子们笑我说话像念经。
访谈者：您自己的家人呢？
受访者：我老婆{{minority/tajik:祖丽皮亚}}在卫生室帮我，儿子在{{trap/place:乌鲁木齐}}上大学。我的电话{{mobile@plain}}，微信{{wechat:mirza_tzn1978}}，孩子们的家长都有。春天{{trap/minority_word:引水节}}、{{trap/minority_word:肖公巴哈尔节}}，孩子们跳鹰舞，我最高兴。老人讲{{trap/legend:公主堡}}的故事，说我们是汉日天种，孩子们听得眼睛都亮了。我父亲也是村医，他说，在高原上当大夫，腿比药重要。我现在五十岁，腿还好，还能再走十年。我最大的愿望，是有一天村里的孩子当了大夫，回来接我的班，不用再去喀什、去乌鲁木齐看病。
""")
# H47: Korean-Chinese social worker, 延吉; children left with grandparents while parents work in Korea, a grandmother with dementia.
DOCS["H47"] = ("staff", """\
访谈者：您在社工站做了几年了？
受访者：六年了。我叫{{han:玄美善}}，朝鲜族，在{{trap/org:延吉市北山街道社会工作服务站}}。我们这片的孩子，爸爸妈妈十个里有四五个在{{trap/place:韩国}}打工，孩子跟爷爷奶奶过。现在跟进的困境儿童有十九个。
访谈者：能讲讲具体的孩子吗？
受访者：比如{{han:禹成哲}}，十二岁，爸爸{{han:禹光日}}在{{trap/place:首尔}}工地上摔伤了，回不来，妈妈{{han:卢贤淑}}跟别人走了，{{han:卢贤淑}}她已经三年没联系。孩子跟奶奶住{{address:延吉市北山街道丹英社区6号楼1单元302室}}。奶奶{{han:琴顺子}}有老年痴呆，有一次把煤气开着忘了关，是{{han:禹成哲}}他放学回来闻到的。
访谈者：那后来怎么办的？
受访者：我们申请了事实无人抚养，{{han:禹成哲}}一个月能领{{trap/number:一千二百元}}。孩子在{{school:延吉市第五中学初一（2）班}}，班主任{{han:池秀敏}}老师，{{han:池秀敏}}每天放学给奶奶打电话报平安。孩子的身份证号{{id_number@my2012.222401}}，奶奶的{{id_number@wold.222401}}。学校的名单上名字写成{{spaced:禹 成 哲}}，系统里又是{{spaced:禹　成　哲}}，全角的空格，{{han:池老师}}说她改不过来。
访谈者：还有哪些孩子？
受访者：姐弟俩，姐姐{{han:崔恩惠}}十五，弟弟{{han:崔恩宇}}九岁。爸爸{{han:崔光洙}}喝酒，打妈妈，妈妈去了{{trap/place:仁川}}再没回来。{{han:崔光洙}}他们家住{{address:延吉市建工街道新兴社区民主街21号}}，我们去的时候桌上全是酒瓶子，孩子吃的是{{trap/minority_word:辣白菜}}拌饭。派出所的{{han:太警官}}给他下了家庭暴力告诫书，{{han:太警官}}说再打就拘留。姐姐用QQ{{qq:2860394175}}跟我聊天，她说想考{{trap/org:延边大学}}，离开这个家。
访谈者：学校那边配合吗？
受访者：配合。弟弟在{{school:延吉市新兴小学三年级（4）班}}，心理老师是{{compound:南宫秀妍}}，{{compound:南宫秀妍}}也是朝鲜族，她给孩子做沙盘。她的名字在排班表上写成{{spaced:南 宫 秀 妍}}，四个字都空开了，孩子们以为是两个人。我的同事{{compound:皇甫承浩}}负责男孩子的小组，{{compound:皇甫承浩}}带他们踢足球，还有{{compound:西门智贤}}管登记，跟我们一起家访的是街道的{{han:朴主任}}。
访谈者：您怎么跟家长联系？
受访者：在韩国的家长都用微信和{{trap/app:KakaoTalk}}。{{han:禹光日}}的手机是{{mobile@plus86spaced}}，他换了韩国号以后还留着这个。我的工作微信是{{wechat:xuanms_yj2018}}，家长都加了。有个妈妈{{han:表英兰}}，在{{trap/place:釜山}}的饭店做工，每个月给女儿{{han:千佳恩}}寄钱，{{han:表英兰}}说等攒够了钱就回来开个{{trap/minority_word:冷面}}馆。{{han:千佳恩}}跟外婆{{han:金福善}}过，{{han:金福善}}外婆做的{{trap/minority_word:打糕}}可好吃了。
访谈者：孩子们怎么看父母出国打工？
受访者：大一点的孩子懂，小的不懂。{{trap/minority_word:秋夕}}那天，一个小女孩问我，老师，为什么别人的{{trap/minority_word:阿爸基}}回来了，我的不回来。我不知道怎么回答。我们搞了个小组活动，叫孩子们写信，{{han:崔恩惠}}念了{{trap/famous:尹东柱}}的诗，念着念着哭了。{{compound:独孤美英}}是我们请的志愿者，{{compound:独孤美英}}在旁边也哭了。
访谈者：您做这份工作，家里支持吗？
受访者：支持。我爱人{{han:郑哲洙}}是中学老师，他说你管别人家的孩子，自己家的也别忘了。我们站里六个人，最年轻的是{{han:南喜善}}，刚毕业，她老家在{{trap/place:和龙}}，也是跟奶奶长大的，所以特别懂这些孩子。每个月我们给孩子们过一次集体生日，做{{trap/minority_word:米肠}}，唱朝鲜族的歌，孩子们跳{{trap/minority_word:长鼓舞}}。有个男孩叫{{han:都贤宇}}，平时一句话不说，生日那天抱着我哭了。签到表上他写的是{{spaced:都 贤 宇}}，他说这样写好看。
访谈者：孩子们的爷爷奶奶身体怎么样？
受访者：大部分都七十多了，有高血压、糖尿病，还有的看不清东西。冬天路滑，老人摔一跤就起不来，孩子才十来岁，只能打电话找我们。我们给每家装了一个紧急呼叫的按钮，一按就到站里。去年一年按了四十多回，有一回半夜两点，是一个小姑娘按的，她奶奶犯了心脏病。
访谈者：您觉得最需要什么？
受访者：需要有人在孩子身边。钱能寄回来，人寄不回来。{{han:玄美善}}我自己的孩子，也是我妈带大的。这几年回国的家长多了一些，有的在延吉开了店，把孩子接回身边。可也有的一走就是十年，孩子都不认得了。我们能做的，就是在孩子身边多站一站，让他们知道有人看着他们长大，有人记得他们的生日。
""")

# H48: Han truck driver from 赤峰 (翁牛特旗), wife dead of cancer, two children with his mother-in-law; the mother-in-law speaks too.
DOCS["H48"] = ("family", """\
访谈者：邢师傅，您先说说您的情况。
受访者：我叫{{han:邢志刚}}，跑大车的，拉煤，{{trap/place:赤峰}}到{{trap/place:唐山}}，一趟三天。媳妇{{han:单丽萍}}前年得癌走了，俩孩子扔给丈母娘。家在{{address:翁牛特旗乌丹镇北街社区新华小区4号楼2单元501室}}，一年到头我在家待不了一个月。
访谈者：孩子们多大了？
受访者：大的丫头{{han:邢雨桐}}十四，在{{school:翁牛特旗第一中学初二（5）班}}；小的小子{{han:邢沐晨阳}}七岁，大名是他妈起的，四个字，在{{school:乌丹第三小学一年级（2）班}}。报名的时候老师打成了{{spaced:邢 沐 晨 阳}}，一个字一空，我也没吱声。丫头身份证号{{id_number@wy2011.150426}}，小子的{{id_number@my2018hyphen.150426}}，我的{{id_number@mspaced.150404}}，户口是{{trap/place:松山区}}的。
访谈者：孩子们怎么样？
受访者：丫头懂事，可不爱说话，她妈走了以后就跟锁了门似的。班主任{{han:冮桂荣}}老师，{{han:冮桂荣}}这个姓念gāng，不念江，她说丫头上课老走神。小子淘，跟人干仗，老师找了好几回。我跑车，心里老惦记，晚上在服务区给丫头打电话，她的QQ是{{qq:1759204836}}，我跟她在上面唠。
访谈者：谁在帮你们？
受访者：社区的{{han:韩丽娜}}，{{han:韩丽娜}}说俩孩子能办困境儿童。车队老板{{compound:呼延国栋}}人不赖，{{compound:呼延国栋}}让我少跑夜车。还有跟车的{{compound:长孙宏伟}}，我们俩轮着开，{{compound:长孙宏伟}}家的媳妇还给孩子织过{{trap/word:毛衣}}。
访谈者：大娘，您也说两句？
受访者：我是他丈母娘，叫{{han:单桂珍}}，六十六了。闺女走了，我能咋整，俩孩子得有人管。我腰间盘突出，一犯病下不了炕，丫头就给我熬粥、给她弟弟洗衣服。我们楼下住着蒙古族的{{minority/mongolian:阿拉坦图雅}}，{{minority/mongolian:阿拉坦图雅}}她常上来帮我。她男人{{minority/mongolian:哈斯额尔敦}}在旗医院，{{minority/mongolian:哈斯额尔敦}}给我扎过针。她家小子{{minority/mongolian:苏和特木尔}}跟我外孙一个班，{{minority/mongolian:苏和特木尔}}他们俩天天一块儿上学。小学老师{{han:乌老师}}也常打电话。
访谈者：大娘，您身体这样，还有别人能帮忙吗？
受访者：我儿子{{han:单卫东}}在{{trap/place:天津}}打工，{{han:单卫东}}他们家也难。我的低保本上名字印成{{spaced:单　桂　珍}}，全是空格。街道的{{compound:端木晓光}}来送过米面，{{compound:端木晓光}}说有事打{{trap/hotline:12345}}，我说你那电话我记不住，你留个手机，她写了{{mobile@spaced}}。她在表上签的是{{spaced:端木 晓光}}。
访谈者：孩子们跟您在电话里都说啥？
受访者：小子问我啥时候回来，给他带啥。丫头啥也不问，就说爸你慢点开，别疲劳驾驶。有一回我在{{trap/place:承德}}那段赶上大雪，高速封了，在车里蹲了两宿，她一宿给我发了十几条消息。跟我一个车队的{{minority/yi:吉克伍沙}}出过事，是凉山来的彝族小伙，车翻沟里了，人没了，他家俩孩子跟我家的一般大。打那以后丫头就怕我跑夜车。
访谈者：大娘，孩子们的姥爷呢？
受访者：老头子走得早，在{{trap/place:元宝山}}煤矿干了一辈子，得的尘肺。我一个人把俩闺女拉扯大，现在又拉扯外孙子。小子他老姨{{han:单丽娟}}在{{trap/place:沈阳}}，{{han:单丽娟}}她每个月给打五百块钱，说是给孩子买奶。丫头的生日本上，她妈给写的名字是{{spaced:邢 雨 桐}}，一个字一个空，那是她妈的字，丫头当宝贝似的收着。
访谈者：大娘，丫头在家帮您干活吗？
受访者：帮，干得比我还利索。早上五点起来，先给我熬药，再做饭，把她弟弟叫起来，穿衣裳、洗脸，送到学校门口，自己再骑车上学。晚上写作业写到十一点。我跟她说，你是孩子，别把自己当大人。她说姥姥，我妈不在了，我不当谁当。我听了心里刀剜似的。
访谈者：邢师傅，您有什么打算？
受访者：想换个活儿，不跑长途了，可跑车一个月能挣{{trap/number:八九千}}，别的活儿挣不来。我的手机{{mobile@plain}}，微信{{wechat:xingzg_wd1982}}，丫头老师有啥事就找我。我就盼着丫头能说说话，笑一笑。她妈在的时候，她是个{{trap/word:高兴}}了就唱的孩子。等小子上了初中，我就不跑了，回来开个修车铺，守着俩孩子，也让老太太歇歇。跑了十几年车，腰也坏了，眼睛也花了，钱没攒下几个，就攒下一身病。可只要孩子们好好的，我这车没白跑。
""")



def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS)


if __name__ == "__main__":
    main()
