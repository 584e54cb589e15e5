# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 68 (tests/pii/holdout68/H529-H536 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 68 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 通榆 (白城, 吉林) raising two grandchildren after her son died when his hay cart turned over and his widow
remarried, with her husband bedridden after a stroke; a Tibetan father in 岗巴 (日喀则), crippled by Kashin-Beck
disease, whose wife died in childbirth on the way to hospital; a Hui father in 巍山 (大理, 云南) who lost a leg
driving a lorry and whose wife is on dialysis; a Han grandmother in 吴起 (延安) raising three grandchildren who go by
word nicknames while their father is in prison for stealing crude oil; a Han village doctor in 镇原 (庆阳, 甘肃) who
keeps up with the families of his patients on WeChat and QQ; a Uyghur mother from 温宿 (阿克苏) who runs a noodle
shop in 石家庄 while her husband is on dialysis; a Han civil-affairs officer in 绥芬河 (黑龙江) reading from a case
file; and a Han soybean farmer in 讷河 (齐齐哈尔) who lost three fingers to a harvester, with a mentally ill wife and
a son with cerebral palsy. The emphasis is on forms where a replacement might cover only part of a name, in a mix
rather than one trick: Mongolian names of four to seven characters (额尔敦其木德, 巴音那木拉, 满达呼其其格,
岱钦巴雅尔, 都仁其木格, 扎拉嘎胡) with short forms after the full name (满达呼也, 岱钦在, 那木拉走的), a Han surname
before a Mongolian given name (包特古斯, 白朝克图) and the Han name of a Mongolian (包秀梅); Tibetan names (次旦平措,
达瓦央宗, 白玛拉琼, 土登伦珠, 贡觉旺姆, 仓决卓玛) with short forms (拉琼, 伦珠就, 坚参书记), a Han surname before a
Tibetan given name (陈达娃, 王平措) and the Han name of a Tibetan (李安康); Hui Han-form names (纳绍华, 纳兴旺,
马玉芬) beside 经名 used alone (穆赫塔尔, 伊斯哈奇他, 赫蒂哲还, 扎伊德, 赛莉麦) and a Han surname before an Arabic
name (沙尔撒阿訇, 纳苏莱曼他, 纳叶海亚, 马阿米乃); Uyghur given name + father's name with and without the dot
(穆太力普·吐拉克, 祖力皮卡尔·穆太力普 and 祖力皮卡尔穆太力普) and short forms (阿瓦古丽她, 祖力皮卡尔就,
穆太力普他, 艾斯卡尔说); Han word nicknames annotated whole (山杏也, 葫芦就, 雀儿跟); Han names with common and
rare surnames (折, 呼, 訾, 巩, 慕, 豆, 席, 郄, 甄, 栾, 初, 鞠, 那, 字), titles and kin words, names that contain
words or places (折有福, 纳兴旺, 杜长春, 隋国庆, 王大庆, 杨丰年), a name written twice on a form (宫秀珍宫秀珍),
names directly before particles and verbs (强秀梅都, 那桂琴那阵子, 呼彩霞那边, 慕思源和) and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:薛凤娥}}``, ``{{qq:1386250947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016spaced.220822}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶,
姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边)
are outside the span. Han-style names of Mongolian, Tibetan and Hui people (包凤琴, 李平安, 纳绍华) are category
han; a Han surname before a non-Han given name (包朝格图, 陈达娃, 马苏莱曼) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout68/make_holdout68.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(68_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "133", "135", "139", "145", "152", "155", "157", "159", "166", "177", "180", "185",
                   "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H529: Mongolian grandmother in 通榆 (白城, 吉林); son killed when his hay cart turned over, widow remarried,
# husband bedridden after a stroke.
DOCS["H529"] = ("family", """\
访谈者：奶奶，您家里现在都有谁？
受访者：我叫{{minority/mongolian:额尔敦其木德}}，今年六十七，住在{{trap/place:通榆}}县西边的嘎查。老头子{{minority/mongolian:包特古斯}}前年脑梗，半边身子不好使，天天在炕上躺着。儿子{{minority/mongolian:巴音那木拉}}三年前秋天拉草翻了车，人没了。儿媳{{minority/mongolian:塔本花}}守了一年，后来改嫁去了{{trap/place:乌兰浩特}}。两个孩子就跟着我过。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:满达呼其其格}}十三，孙子{{minority/mongolian:岱钦巴雅尔}}九岁。家里叫小名，一个叫{{minority/mongolian:满达呼}}，一个叫{{minority/mongolian:岱钦}}。{{minority/mongolian:满达呼}}也懂事，周末回来先给她爷爷翻身、擦身子，再写作业。她在{{school:通榆县蒙古族中学初一（2）班}}住校，{{minority/mongolian:岱钦}}在{{school:通榆县第三小学三年级（4）班}}，天天我去接。
访谈者：孩子爸爸走了以后，日子靠什么过？
受访者：靠政府，也靠大伙儿。{{minority/mongolian:那木拉}}走的那年冬天，嘎查的儿童主任{{minority/mongolian:白朝克图}}就上门了，说两个孩子的妈改嫁了不管，算事实无人抚养，一个月一人{{trap/number:一千二百八}}。老头子有残疾证，家里又吃上了低保。乡里民政助理{{han:韩立秋}}跑了好几趟{{trap/org:县民政局}}，材料都是她帮着弄的。他说，有啥难处就给他打电话，半夜也行。
访谈者：那时候您一个人怎么撑过来的？
受访者：头一年最难。儿子刚走，老头子又倒下了，我{{trap/word:白天}}伺候他，晚上搂着两个孩子睡，一宿一宿睡不着。地租出去了，一年收两千多块钱的租子。羊卖了一大半，剩下十几只，开春下了羔再卖。那时候孙子天天问爸爸啥时候回来，我说爸爸去很远的地方放牛了。孙女大，知道是咋回事，不哭，就是不爱说话，整天闷着头干活。我心里难受，又不能在孩子面前哭，就出去喂羊的时候偷偷抹眼泪。后来嘎查的人轮着来帮忙，有人帮着拉水，有人帮着劈柴，这日子才算一天天过下来了。
访谈者：孩子妈妈还来看孩子吗？
受访者：来过两回。{{minority/mongolian:塔本花}}她那边又生了个小的，婆家不乐意她往回跑。过年打个电话，{{minority/mongolian:岱钦}}接了就哭，{{minority/mongolian:满达呼}}不接，说没这个妈。我说你别这么说，大人有大人的难处。
访谈者：家里还有别的亲戚帮忙吗？
受访者：有个闺女，汉名叫{{han:包秀梅}}，蒙古名{{minority/mongolian:孟根花}}，嫁到{{trap/place:白城}}了，在市场上卖{{trap/minority_word:奶豆腐}}。{{han:包秀梅}}她每个月回来一趟，给老头子擦洗，给孩子们买衣裳。老头子的表弟{{minority/mongolian:扎拉嘎胡}}在{{trap/place:向海}}那边放牛，秋天给送一车草料。
访谈者：学校那边怎么样？
受访者：孙女的班主任{{minority/mongolian:都仁其木格}}老师是蒙古族，对她特别上心，给她申请了助学金。孙子的班主任{{han:孟庆丰}}老师说孩子上课爱走神，有一回在作业本上画了辆车，车翻了。老师吓一跳，找了学校的心理老师{{han:谷晓萌}}跟他聊。校长{{han:杜长春}}也来家里看过，拿了两袋米。
访谈者：您自己身体怎么样？
受访者：腰不好，血压高。{{trap/org:乡卫生院}}的{{minority/mongolian:博日布和}}大夫每个月来给老头子量血压，顺带给我也量。县里社工站来过两个年轻人，一个叫{{compound:令狐雅琪}}，还有一个是{{compound:拓跋慧琳}}，给老头子做康复，教孩子们做手工。那姑娘说话软和，孙子跟她最亲。
访谈者：过节的时候呢？
受访者：夏天嘎查祭{{trap/minority_word:敖包}}，{{trap/minority_word:那达慕}}上孙子去看摔跤。晚上我给他们讲{{trap/famous:成吉思汗}}小时候没了爹，跟着额吉挖野菜过日子的故事。我说，没了爹的孩子也能长成大人。冬天我蒸{{trap/word:包子}}，蒸一锅让孩子们带回学校吃。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:通榆县包拉温都蒙古族乡乌兰花嘎查二组17号}}，闺女家在{{address:白城市洮北区幸福小区6号楼2单元301室}}。我的身份证{{id_number@wy1958.220822}}，{{minority/mongolian:岱钦巴雅尔}}的{{id_number@my2016spaced.220822}}。我电话{{mobile@spaced}}，{{minority/mongolian:白朝克图}}的{{mobile@plus86}}，他微信{{wechat:chaoketu_bai79}}。孙女有个QQ，说跟同学交作业用，号码让她写在日历上了：{{qq:1386250947}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上我成了{{spaced:额 尔 敦 其 木 德}}，一个字一个空；老头子写成{{spaced:包　特古斯}}；孙女是{{spaced:满达呼 其其格}}，学校又写成{{spaced:满　达　呼　其　其　格}}。
访谈者：您最大的心愿是什么？
受访者：盼{{minority/mongolian:满达呼}}考上大学，{{minority/mongolian:岱钦}}长大了有口饭吃。我活一天，就给他们做一天饭。孩子们的爸爸在地下看着呢，我得替他把孩子拉扯大，不能让人说这两个孩子没人管。
""")

# H530: Tibetan father in 岗巴 (日喀则), crippled by Kashin-Beck disease; his wife died in childbirth.
DOCS["H530"] = ("family", """\
访谈者：您家里几口人？
受访者：五口。我叫{{minority/tibetan:次旦平措}}，四十六岁，家在{{trap/place:岗巴}}县的一个村子，祖祖辈辈放{{trap/minority_word:岗巴羊}}。我得了大骨节病，手指头伸不直，膝盖也肿，重活干不了。老婆{{minority/tibetan:达瓦央宗}}前年冬天生老三的时候大出血，在去{{trap/place:日喀则}}的路上走了。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/tibetan:白玛拉琼}}十四，在{{school:日喀则市上海实验学校初二（3）班}}住校；儿子{{minority/tibetan:土登伦珠}}十岁，在{{school:岗巴县完全小学四年级（1）班}}；小的{{minority/tibetan:贡觉旺姆}}两岁，她奶奶带着。家里叫{{minority/tibetan:拉琼}}、{{minority/tibetan:伦珠}}。{{minority/tibetan:拉琼}}说她放假回来就替我放羊，我不让，叫她好好念书。
访谈者：那天晚上的事您还记得吗？
受访者：记得，一辈子忘不了。那天下大雪，路上的雪埋到小腿。老婆肚子疼得厉害，村里的卫生员说得马上送县里。我们借了邻居的车，开到半路车陷在雪里出不来，等救护车来的时候，人已经不行了。孩子保住了，就是小的这个。那以后我的病更重了，一到冬天膝盖疼得下不了炕。大女儿那年才十二，就开始做饭、喂羊、照顾妹妹，手上全是冻疮。
访谈者：孩子的奶奶身体怎样？
受访者：阿妈{{minority/tibetan:普布琼达}}七十三了，腿脚还行，就是眼睛花。她每天早上转经、煨桑，回来给孩子们打{{trap/minority_word:酥油茶}}、捏{{trap/minority_word:糌粑}}。小的离不开她，晚上要摸着奶奶的辫子才睡得着。
访谈者：谁帮过你们家？
受访者：村里的儿童主任{{minority/tibetan:仓决卓玛}}，她跑乡里、跑县里，给三个孩子办了事实无人抚养，一人一个月{{trap/number:一千四百六}}。她自己也有三个孩子，还常来我家看缺啥。村支书{{minority/tibetan:洛桑坚参}}给我们报了低保，{{minority/tibetan:坚参}}书记说，放心，有党和政府在。乡卫生院的{{minority/tibetan:陈达娃}}大夫，他爸是汉族，妈是藏族，每个月来看我的腿。{{trap/org:县残联}}给我办了残疾证。包村的干部{{han:罗立军}}帮我把羊卖了个好价钱，乡长{{minority/tibetan:王平措}}还给家里拉来了一车牛粪饼。
访谈者：学校那边呢？
受访者：{{minority/tibetan:拉琼}}的班主任是上海来的援藏老师{{han:汤伟明}}，他说{{minority/tibetan:拉琼}}数学好，将来能考到内地西藏班。{{minority/tibetan:伦珠}}就是贪玩，他的老师{{minority/tibetan:达娃次仁}}来家访过两回。县里援藏的干部{{compound:欧阳立新}}，跟{{compound:上官雨涵}}一起，给孩子们送了冬衣和书。
访谈者：亲戚们帮忙吗？
受访者：我弟弟{{minority/tibetan:尼玛坚赞}}在{{trap/place:拉萨}}开出租，汉名叫{{han:李安康}}，乘客都这么叫他。{{han:李安康}}他每个月给孩子们寄五百块。老婆的姐姐{{minority/tibetan:索朗玉珍}}在{{trap/place:亚东}}，过年来住几天，给小的缝新衣服。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历年}}杀一只羊，{{trap/minority_word:望果节}}孩子们去看赛马。我给孩子们讲{{trap/famous:松赞干布}}娶公主的故事，儿子问公主是不是也坐车来的。大家见面就说{{trap/minority_word:扎西德勒}}，孩子们也跟着喊。
访谈者：您的病能治吗？
受访者：治不好，只能缓着。县里的医生说这个病跟水土有关系，现在村里都改喝自来水了，孩子们这一辈就不会得了。我吃着药，天暖和的时候还能放放羊，天冷了就在家里捻毛线。
访谈者：家里的收入够用吗？
受访者：紧，但饿不着。低保、孩子们的补贴，加上卖羊毛的钱，一年下来一万多块。孩子们上学不花钱，住校吃饭都是国家管。就是我的药贵，一个月三四百。冬天牛粪要备足，不然屋里冷，小的容易咳嗽。我跟孩子们说，我们家现在难，可是有这么多人帮，你们长大了也要帮别人。
访谈者：登记信息请说一下。
受访者：家在{{address:岗巴县岗巴镇吉汝村二组9号}}，大女儿学校附近我表哥家在{{address:日喀则市桑珠孜区珠峰小区4号楼1单元502室}}。我的身份证{{id_number@my1979.540234}}，{{minority/tibetan:土登伦珠}}的{{id_number@my2015hyphen.540234}}。我电话{{mobile@h38}}，{{minority/tibetan:仓决卓玛}}的电话{{mobile@s434}}，她微信{{wechat:cangjue_zm0621}}。大女儿有QQ，学校里注册的，号码她念，我记在烟盒上了：{{qq:２７４８０１９６３}}。
访谈者：名字在表上写得对吗？
受访者：我们藏族名字写法多。我有时候是{{spaced:次 旦 平 措}}，有时候是{{spaced:次旦 平措}}；儿子写成{{spaced:土　登　伦　珠}}；大女儿成了{{spaced:白玛 拉琼}}。
访谈者：您最盼什么？
受访者：孩子们念书念出去，别像我一样一辈子守着羊。{{minority/tibetan:达瓦央宗}}走之前说，孩子要念书。我就记着这句话。
""")

# H531: Hui father in 巍山 (大理, 云南), who lost a leg driving a lorry; his wife is on dialysis.
DOCS["H531"] = ("family", """\
访谈者：您家的情况能说说吗？
受访者：我叫{{han:纳绍华}}，经名{{minority/hui:穆赫塔尔}}，四十三岁，{{trap/place:巍山}}县{{trap/place:永建}}的回族。原来跑运输，往{{trap/place:下关}}、{{trap/place:昆明}}拉货，前年在山路上翻了车，左腿截了，现在拄拐。老婆{{han:马玉芬}}尿毒症，一个礼拜去{{trap/place:大理}}透析三回。家里两个孩子，还有我爹。
访谈者：孩子们叫什么？
受访者：儿子{{han:纳志远}}，经名{{minority/hui:伊斯哈奇}}，十三岁，在{{school:巍山县第二中学初一（5）班}}。女儿{{han:纳静怡}}，经名{{minority/hui:赫蒂哲}}，八岁，在{{school:永建镇回辉登小学二年级（1）班}}。家里都叫经名。{{minority/hui:伊斯哈奇}}他懂事，放学先去清真寺念经，回来给他妈捶背。{{minority/hui:赫蒂哲}}还小，天天问妈妈啥时候不去医院。
访谈者：您父亲身体怎样？
受访者：我爹{{han:纳兴旺}}，经名{{minority/hui:扎伊德}}，七十一了，年轻时赶过{{trap/word:马帮}}，腰板还硬。他天天做饭，晚上在院子里{{trap/word:纳凉}}，给孙子讲{{trap/famous:赛典赤}}修水利的老话。他说，人这一辈子，难处是过得去的。
访谈者：出事以后家里怎么过的？
受访者：刚出事那阵子，家里像塌了天。车是贷款买的，车没了，债还在。老婆那时候已经在透析，一个月光路费就好几百。我躺在医院里想，这个家怕是撑不住了。后来坊上的人凑了钱，亲戚们也借了一些，才把医药费交上。出院以后我装了假肢，刚开始走一步疼一步，现在能慢慢走了，在家门口摆了个修鞋的摊子，一天挣几十块。孩子们放学回来帮我收摊，儿子说等他长大了开车拉我去看病。
访谈者：谁帮你们家？
受访者：坊上的人。{{trap/org:清真寺}}的{{minority/hui:沙尔撒}}阿訇每个礼拜来看一回，{{trap/minority_word:开斋节}}、{{trap/minority_word:圣纪节}}炸了{{trap/minority_word:油香}}就让人送过来。邻居{{minority/hui:纳苏莱曼}}开小卖部，孩子们放学在他店里写作业，{{minority/hui:纳苏莱曼}}他说写完了才准吃辣条。村里的儿童主任{{han:杨琼芝}}给两个孩子办了困境儿童补贴，一个月一人{{trap/number:六百八十}}，家里也吃上了低保。乡里民政上的{{han:蒋文华}}帮着跑{{trap/org:县民政局}}。
访谈者：孩子妈妈的病怎么样？
受访者：透析把家底掏空了。大理医院的{{han:苏丽萍}}大夫帮我们申请了大病救助，报了一大半。老婆的经名叫{{minority/hui:赛莉麦}}，坊上的女人都喊她{{minority/hui:赛莉麦}}姐，轮流陪她去透析。我表哥{{minority/hui:纳叶海亚}}在昆明开牛肉馆，每个月寄一千块。表嫂{{minority/hui:马阿米乃}}会照顾病人，来住过一个月。坊上的{{minority/hui:马法蒂麦}}大姐也常来帮着洗衣裳。
访谈者：学校那边呢？
受访者：女儿的班主任{{han:罗丽琼}}老师，每个礼拜给我打电话。儿子的班主任{{han:字建平}}老师帮他申请了营养餐。县社工站有个{{compound:诸葛子墨}}，常来给孩子们辅导功课，还有个姑娘叫{{compound:东方逸凡}}，带来的书包都是新的。
访谈者：孩子们心里怎么想？
受访者：儿子嘴上不说，心里憋着。有一回我听见他在房里哭，问他咋了，他说同学笑他爹是瘸子。我跟他说，爹的腿是为了这个家丢的，不丢人。第二天他在班上讲了，老师说全班都鼓了掌。女儿小，不太懂，就是怕妈妈走了不回来。每回她妈去透析，她都站在门口看着车走远，晚上车灯一亮就跑出去接。我看着心疼，可也没办法，只能让她知道妈妈一定会回来。
访谈者：坊上对你们家怎么看？
受访者：都是好心人。回回讲究互相帮，谁家有难处，寺里一说，大家都出钱出力。我现在腿不好，也尽量帮别人，谁家鞋坏了拿来，我不收钱。
访谈者：登记信息说一下吧。
受访者：家在{{address:巍山县永建镇小围埂村五组23号}}，老婆透析时住在她姐家，{{address:大理市下关镇泰安小区9幢2单元401室}}。我的身份证{{id_number@my1982.532927}}，{{han:纳志远}}的{{id_number@my2012quad.532927}}。我电话{{mobile@hyphen}}，{{han:杨琼芝}}的电话{{mobile@p86n}}，她微信{{wechat:yangqz_yongjian}}。儿子有个QQ，说要问作业，号码是——我找一下，在手机备忘录里——{{qq:593018274}}。
访谈者：表上的名字都对吗？
受访者：经名是音译的，各人写各的。我表哥有时候写成{{spaced:纳 叶 海 亚}}，邻居写成{{spaced:纳　苏　莱　曼}}，我自己成了{{spaced:纳绍 华}}，女儿成了{{spaced:赫 蒂 哲}}。
访谈者：您最想要什么？
受访者：盼老婆能换上肾，孩子们好好念书。{{minority/hui:穆赫塔尔}}这个名字是阿訇起的，意思是被选中的人，我不能倒。
""")

# H532: Han grandmother in 吴起 (延安); son in prison for stealing crude oil, three grandchildren with word nicknames.
DOCS["H532"] = ("family", """\
访谈者：大娘，家里几口人？
受访者：五口，我、老汉，还有三个孙孙。我叫{{han:薛凤娥}}，六十五了，住在{{trap/place:吴起}}县{{trap/place:洛河}}边上的村里。老汉{{han:折有福}}六十九，腰椎不好，拄个棍儿。儿子{{han:折建军}}跟人去偷油，让抓了，判了五年，在{{trap/place:延安}}服刑。儿媳{{han:呼彩霞}}那年就走了，回了{{trap/place:志丹}}她娘家，再没回来。
访谈者：孩子们多大？
受访者：大孙女{{han:折晓丽}}，小名{{han:山杏}}，十四；孙子{{han:折浩天}}，小名{{han:葫芦}}，十一；小孙女{{han:折梦琪}}，小名{{han:雀儿}}，七岁。{{han:山杏}}在{{school:吴起县第二中学初二（6）班}}住校，{{han:葫芦}}在{{school:吴起县洛源小学五年级（3）班}}，{{han:雀儿}}跟她哥一个学校，上一年级。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{han:山杏}}也不说，就是学习更用功了。{{han:葫芦}}就爱跟人打架，谁说他爸是贼他就上拳头。小的说她想妈妈，我说你妈好着呢。{{han:折建军}}他在里头写信回来，叫娃娃们听奶奶的话。{{han:呼彩霞}}那边一个电话也没有。
访谈者：儿子是怎么走到这一步的？
受访者：我们这搭山里到处是油井，早些年有人偷着拉油卖，来钱快。儿子在外头打工没挣下钱，回来跟着几个后生去拉，第二回就叫公安逮住了。他爹气得犯了病，在炕上躺了半个月。我去看守所看他，他隔着玻璃哭，说妈我对不住你，对不住娃娃。我说你在里头好好改，娃娃有我。这话说出去了，我就得做到。
访谈者：谁帮你们？
受访者：村支书{{han:訾宏伟}}给报了低保，三个孙孙按事实无人抚养，每人每月{{trap/number:一千一百五}}。儿童主任{{han:强秀梅}}隔三岔五来，{{han:强秀梅}}都快成我们家的人了。镇上民政办的{{han:宗玉林}}跑前跑后，材料交了三回才批下来。他老{{trap/word:强调}}一句话：娃娃一个都不能落下。村医{{han:郝家旺}}给老汉扎针，一分钱不要。
访谈者：学校的老师呢？
受访者：大孙女的班主任{{han:白海燕}}老师，给她减了住宿费。孙子的班主任{{han:冯振东}}老师说娃娃聪明，就是心里有气，让县上的心理老师跟他聊。社工站的{{compound:司马婉婷}}每个月来一趟，跟她一块儿来的是{{compound:赫连慧敏}}，给娃娃们教{{trap/minority_word:剪纸}}、打{{trap/minority_word:腰鼓}}。
访谈者：亲戚们呢？
受访者：我妹子{{han:薛凤琴}}在{{trap/place:靖边}}，她给娃娃们买衣裳。邻家{{han:党二虎}}他们家开三轮，娃娃上学下雨了就捎一程。隔壁{{han:胡秀兰}}婶常端一碗饭过来。老汉他侄儿在油田上班，过年给孙孙们压岁钱。
访谈者：过年怎么过？
受访者：蒸{{trap/word:白面}}馍馍，剪窗花。我给娃娃们讲{{trap/famous:花木兰}}替爹从军，说女娃娃也能顶门立户。小孙女就说，我长大也要当兵。村里闹秧歌，{{han:葫芦}}就跟在后头扭，扭得满头大汗。
访谈者：冬天家里冷吗？
受访者：烧炭。民政上给送了两吨，他亲自拉来的。被子是{{trap/org:妇联}}给的，新的，孙孙们盖着暖和。我{{trap/word:折叠}}好放在炕头上，天冷了再拿。
访谈者：您老汉身体咋样？
受访者：腰疼得厉害，阴天下雨就下不了炕。县医院说要做手术，得几万块，我们拿不出来，先吃着药。他心里着急，说自己成了累赘，我说你在炕上坐着，娃娃们回来有个爷爷喊，就是顶用了。我让{{han:葫芦}}天天给他爷爷捶腿。
访谈者：您一天是怎么过的？
受访者：天不亮起来生火，熬小米稀饭，蒸馍。送小的两个上学，回来给老汉做饭、喂鸡、收拾院子。后晌去地里锄草，种点洋芋、玉米。天黑了娃娃们回来，我看着写作业，我不识字，就看他们写没写满。礼拜五大孙女回来，我给她洗头，她给我捶腰。一天下来腰疼得直不起来，可躺在炕上听着娃娃们喘气，心里就踏实了。
访谈者：登记表要写住址和号码。
受访者：家在{{address:吴起县吴起街道南沟村三组14号}}，{{han:薛凤琴}}家在{{address:靖边县张家畔镇幸福里小区3号楼1单元502室}}。我的身份证{{id_number@wy1960.610626}}。我电话{{mobile@s74}}，{{han:强秀梅}}的微信{{wechat:qiangxm_wuqi}}。大孙女有个QQ，说是老师让下载的，号码我叫她写在墙上了，你看那儿：{{qq:46209318}}。
访谈者：表上的名字写得对吗？
受访者：有错的。老汉成了{{spaced:折 有 福}}，儿媳成了{{spaced:呼　彩　霞}}，我是{{spaced:薛凤 娥}}。社工姑娘签名是{{spaced:司 马 婉 婷}}，我还当成两个人。
访谈者：您最盼啥？
受访者：盼儿子早些出来，好好做人。盼{{han:山杏}}考上大学，{{han:葫芦}}学门手艺，{{han:雀儿}}平平安安长大。
""")

# H533: Han village doctor in 镇原 (庆阳, 甘肃) who keeps up with his patients' families on WeChat and QQ.
DOCS["H533"] = ("doctor", """\
访谈者：您在村卫生室干了多少年？
受访者：二十二年。我叫{{han:巩志刚}}，在{{trap/place:镇原}}县一个村卫生室当村医。村里青壮年都出去打工了，留下老人和娃娃。我手机里存着一百多个病人家属的微信，还有几个娃娃的QQ，有事他们就在上头找我。
访谈者：您说说这些困境家庭的孩子。
受访者：头一家，{{han:慕春生}}得了肺结核，在{{trap/place:西峰}}住院，老婆{{han:豆红霞}}跟人去了{{trap/place:银川}}。两个娃娃{{han:慕思源}}和{{han:慕思雨}}跟着奶奶{{han:路桂英}}。{{han:路桂英}}不会用微信，我就加了娃娃姑姑{{han:慕春燕}}的微信{{wechat:muchunyan_qy}}，有啥事给她说。{{han:慕春生}}他每回打电话都问娃娃吃得咋样。
访谈者：第二家呢？
受访者：第二家，{{han:席长林}}在砖厂让机器压了腰，瘫在床上；媳妇{{han:闫小梅}}精神残疾。儿子{{han:席晓东}}十三，在{{school:镇原县城关中学初一（3）班}}。{{han:席晓东}}他有个QQ，晚上给他爸翻身的时候不会弄，就在QQ上问我。号码是——你等我翻一下——{{qq:2830571946}}。他大伯在{{trap/place:西安}}打工，每月寄钱。
访谈者：第三家？
受访者：第三家是孤儿，{{han:何雨萌}}，爹妈在煤矿上出了事，跟外爷{{han:张德利}}过。老人有哮喘，我隔两天去一趟。{{han:何雨萌}}她学习好，奖状贴了一墙，在{{school:镇原县屯字镇中心小学六年级（1）班}}。她用外爷的手机上QQ，号码{{qq:73925816}}，周末跟我说她外爷咳得厉害不厉害。
访谈者：这些事谁管？
受访者：村支书{{han:赵新民}}，儿童主任{{han:王翠萍}}姨，包村干部{{han:李丰年}}。{{han:王翠萍}}她建了个微信群，叫“困境娃娃”，镇上的{{compound:皇甫永康}}也在群里，还有社工{{compound:慕容晓岚}}。{{compound:慕容晓岚}}说，群里有人说话，娃娃们就不孤单。县医院儿科有个医生是{{compound:公孙振华}}，娃娃们看病我就在群里给他说。乡卫生院的{{han:雷振宇}}院长每季度来查一回。
访谈者：您在微信上都管些什么？
受访者：啥都管。谁家娃娃发烧了，半夜在群里喊一声，我就提着药箱去。老人不会看药盒上的字，我拍个照片，用语音一句一句给他们说早上吃几片、晚上吃几片。外头打工的爹妈想知道娃娃长高了没有，我去量了，拍个照发过去。有时候一天回几百条消息，老婆说我抱着手机比抱孙子还亲。可是你不回不行，这些娃娃身边没个大人，手机那头就是他们的依靠。去年冬天有个娃娃煤烟中毒，就是在QQ上给我发了一句“叔叔我头疼”，我赶过去把窗子打开，把人背出来，才没出大事。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。卫生室就我一个，还要管全村的慢病随访、打疫苗、填报表。老婆帮我看门，我出诊的时候她给人拿药。镇上说明年给村里再派一个年轻医生，我就盼着这一天。
访谈者：您自己怎么跟家属联系？
受访者：微信和电话。{{han:豆红霞}}虽然走了，还加着我的微信{{wechat:douhongxia1990}}，偶尔问娃娃身体咋样。{{han:张德利}}的电话{{mobile@plain}}，我自己的{{mobile@plus86dash}}，微信{{wechat:gzg_cunyi}}。{{han:慕思源}}也有QQ，他说在{{trap/place:庆阳}}城里上补习班用，号码是他爸住院前给办的：{{qq:1049276385}}。
访谈者：这些娃娃的身体情况怎么样？
受访者：营养跟不上的多，个子矮，贫血。老人做饭就是面条、洋芋，肉一个礼拜吃不上一回。我每学期给他们量身高体重，记在本子上，不够的就报给学校，学校给加个鸡蛋、加袋牛奶。还有几个娃娃牙坏得厉害，我联系了县医院的口腔科，一起拉去看了一回。
访谈者：村里过节热闹吗？
受访者：端午节女人们缝{{trap/minority_word:香包}}，娃娃们戴着上学。老人说我们这儿是{{trap/famous:岐伯}}的老家，医学的根在{{trap/place:董志塬}}。{{trap/word:路口}}那家卖{{trap/word:豆腐}}的，过年给几个娃娃家一家送一板。
访谈者：登记信息要写住址。
受访者：{{han:路桂英}}家在{{address:镇原县屯字镇路塬村四组11号}}。{{han:何雨萌}}的身份证{{id_number@wy2013x.621027}}。
访谈者：表上的名字对吗？
受访者：经常错。低保表把{{spaced:席　长　林}}写得一个字一空，{{spaced:路桂 英}}中间空着，{{spaced:慕 春 生}}也是。社工的签名我看成了{{spaced:皇 甫 永 康}}四个字分开，还以为是四个人。
访谈者：您最担心什么？
受访者：怕娃娃们心里憋出病来。身上的病我能看，心里的病我看不了。有的娃娃一个礼拜不说一句话，我就陪他们坐一会儿，说说学校的事，说说他们爹妈小时候的事。
""")

# H534: Uyghur mother from 温宿 (阿克苏) who runs a noodle shop in 石家庄; her husband is on dialysis.
DOCS["H534"] = ("family", """\
访谈者：您的店开了几年了？
受访者：七年了。我叫{{minority/uyghur:热依汗古丽·托乎提}}，老家{{trap/place:阿克苏}}{{trap/place:温宿}}县的，在{{trap/place:石家庄}}开了个拌面馆，卖{{trap/minority_word:拉条子}}、{{trap/minority_word:烤包子}}。丈夫{{minority/uyghur:穆太力普·吐拉克}}去年查出尿毒症，一个礼拜在医院透析三次，干不了活。店里就我一个人撑着，还有两个孩子。
访谈者：孩子们多大？
受访者：女儿{{minority/uyghur:阿瓦古丽·穆太力普}}十二，儿子{{minority/uyghur:祖力皮卡尔·穆太力普}}八岁，女儿在{{school:长安区建安路小学六年级（2）班}}，儿子在同一个学校上二年级。{{minority/uyghur:阿瓦古丽}}她放了学就来店里收碗、擦桌子，写作业在后厨的小桌上。{{minority/uyghur:祖力皮卡尔}}就爱在门口看车，有一回跑到马路上去了，把我吓坏了。
访谈者：孩子爸爸的病怎么样？
受访者：医生说要换肾，排队呢。{{minority/uyghur:穆太力普}}他不想拖累我们，说要回阿克苏去，我说你走哪儿我们都跟着。医院的{{han:武卫东}}大夫帮着申请了大病救助，报了一大半。
访谈者：店里的生意怎么样？
受访者：还行，就是累。早上五点起来和面、拉面、炒菜，中午学生和工地上的人多，忙得脚不沾地。下午三点歇一会儿，我就去医院给丈夫送饭。晚上十点关门，回家还要看孩子作业。房租一个月四千，菜钱、肉钱、水电，一个月下来剩不了多少，全贴在透析上了。有时候累得站着都能睡着，可是一看两个孩子，又有劲儿了。女儿说，妈妈你别太累，等我长大了开一个大饭店，你当老板娘，坐着收钱就行。
访谈者：孩子们在这边上学习惯吗？
受访者：刚来的时候不习惯，普通话说不好，同学笑她。现在好了，女儿的普通话比我好多了，还当了班里的语文课代表。儿子在这边长大的，说话跟石家庄的孩子一样。就是想老家，想爷爷奶奶，每年暑假我们回去一趟，坐火车要四十多个小时，孩子们一路上都趴在窗户上看。
访谈者：谁帮过您？
受访者：社区书记{{han:贾丽红}}，她给两个孩子办了困境儿童补贴，每月一人{{trap/number:九百五}}，我们家还办了临时救助。网格员{{han:郄宝山}}常来店里吃面，吃完了非要给钱。房东{{han:赵金锁}}那边房租减了一半。女儿的班主任{{han:甄雪梅}}老师，人{{trap/word:耿直}}，有话就说，她说孩子成绩好，还帮着申请了助学金。
访谈者：老家还有谁？
受访者：我爸{{minority/uyghur:托乎提·巴拉提}}、我妈{{minority/uyghur:加马丽}}在温宿种苹果，公公{{minority/uyghur:吐拉克·依米提}}在{{trap/place:库车}}。我弟弟{{minority/uyghur:买尔旦·托乎提}}秋天寄来两箱核桃、一箱红枣。老乡{{minority/uyghur:艾斯卡尔·玉素甫}}在石家庄开烤肉店，{{minority/uyghur:艾斯卡尔}}他每个礼拜来帮我和面，{{minority/uyghur:艾斯卡尔}}说老乡就是亲人。
访谈者：您一个人在这边，有没有想过回阿克苏？
受访者：想过。可是丈夫在这边看病方便，孩子们也在这边上学，回去又得从头来。这边的街坊对我们好，我给老主顾多加一勺肉，他们也常帮我。去年冬天店里水管冻裂了，几个老主顾半夜跑来帮着修，一分钱没要。我跟孩子们说，人家对咱好，咱要记着。
访谈者：社工来过吗？
受访者：来过。区里社工站的{{compound:长孙佳慧}}，还有志愿者叫{{compound:尉迟宏亮}}，给孩子们补课，带他们去看{{trap/place:赵州桥}}。老师说桥是{{trap/famous:李春}}修的，一千四百年了。{{minority/uyghur:祖力皮卡尔}}回来说，以后他也要修桥。他还爱听{{trap/famous:赵子龙}}的故事，说他是石家庄的英雄。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}店里关一天，我炸馓子，请街坊吃。{{han:贾丽红}}书记也来，还拿了一箱牛奶。
访谈者：登记信息说一下。
受访者：店在{{address:长安区建设北大街乐安小区2号楼底商6号}}，住在{{address:长安区育才街道和平东路26号院3号楼2单元501室}}。老家在{{address:温宿县佳木镇托万克佳木村3组18号}}。我的身份证{{id_number@wy1986spaced.652922}}，{{minority/uyghur:阿瓦古丽·穆太力普}}的{{id_number@wy2013fw.652922}}。我电话{{mobile@s38}}，社区书记的微信{{wechat:jialihong_sq}}。{{minority/uyghur:阿瓦古丽}}有QQ，说是老师建的群，号码她写在店里的菜单背面：{{qq:3170529486}}。
访谈者：表上的名字写得对吗？
受访者：经常不对。女儿成了{{spaced:阿 瓦 古 丽}}，丈夫有时候是{{spaced:穆太力普 · 吐拉克}}，点两边空着；我是{{spaced:热依汗古丽 托乎提}}，没有点。儿子的学籍卡上写的是{{minority/uyghur:祖力皮卡尔穆太力普}}，连在一起。
访谈者：您最盼什么？
受访者：盼{{minority/uyghur:穆太力普}}早点换上肾，孩子们好好长大。店能开下去，一家人在一起就好。
""")

# H535: Han civil-affairs officer in 绥芬河 (黑龙江) reading from a case file.
DOCS["H535"] = ("staff", """\
访谈者：您手上这个卷宗是什么案子？
受访者：一个困境儿童的个案，牵扯三家。我叫{{han:栾洪涛}}，在{{trap/place:绥芬河}}{{trap/org:市民政局}}儿童福利科。我照着卷宗念，你记。
访谈者：好。
受访者：第一家，孩子叫{{han:初可欣}}，女，十岁，在{{school:绥芬河市第一小学四年级（2）班}}。哥哥{{han:初可凡}}十四，在{{school:绥芬河市第二中学初二（4）班}}。父亲{{han:初振江}}，因为走私判了六年，在{{trap/place:牡丹江}}服刑，身份证{{id_number@my1983spaced.231081}}。母亲{{han:修丽娜}}{{trap/year:2019年}}病故。现在的监护人是奶奶{{han:宫秀珍}}，七十二岁，身份证{{id_number@wy1953x.231081}}，住址{{address:绥芬河市阜宁镇建兴村三组21号}}。卷宗里奶奶的名字录了两遍，“{{han:宫秀珍}}{{han:宫秀珍}}”，是街道录系统的时候多粘了一次。
访谈者：奶奶一个人带两个孩子？
受访者：对。{{han:初可凡}}他懂事，上{{trap/word:初中}}以后就会做饭了。奶奶有糖尿病，街道的儿童主任{{han:孙秀娟}}大姐每礼拜去一回，帮她打胰岛素。{{han:初振江}}他在里头表现好，来信说想减刑早点出来。
访谈者：这个案子是怎么到您手上的？
受访者：是学校报上来的。那年冬天孩子连着三天没去上学，班主任到家一看，奶奶低血糖晕在炕上，两个孩子守着不知道咋办，屋里炉子也灭了。班主任叫了救护车，又给街道打电话，街道报到我们科。我们去了一看，家里米缸见底了，孩子们穿的还是秋天的衣服。当天就给办了临时救助，第二个礼拜把事实无人抚养的材料报上去。后来又查出来孩子她爸名下那套房子让人占了，这才有了后面的官司。卷宗一共八十七页，我一页一页都看过。
访谈者：第二家呢？
受访者：第二家，{{han:鞠立国}}，在{{trap/place:俄罗斯}}干木材让树砸了，高位截瘫。老婆{{han:邹美华}}在口岸上给人{{trap/word:修理}}手机，一个人挣钱。儿子{{han:鞠天宇}}十二，身份证{{id_number@my2013fwspaced.231081}}，家在{{address:绥芬河市绥芬河镇和平小区5号楼3单元401室}}。他妈说，{{han:鞠天宇}}都不敢带同学回家。
访谈者：第三家？
受访者：第三家是孤儿，{{han:丛雪晴}}，十一岁，身份证{{id_number@wy2014tri.231081}}，爹妈跑运输出了车祸。跟舅舅{{han:曲永胜}}过，家在{{address:东宁市三岔口镇高安村二组8号}}。{{han:曲永胜}}他自己有俩孩子，日子紧，我们给{{han:丛雪晴}}办了孤儿基本生活费。
访谈者：绥芬河这边困境儿童多吗？
受访者：全市登记在册的有一百多个。边境城市，做边贸的多，出事的也多，有的是父母在外头出了意外，有的是犯了事进去了，还有的是父母离了婚都不管。我们科四个人，一人包几十个孩子，每个月都要入户。冬天零下三十度，村里的路车开不进去就走着去，眉毛上都结霜。可是进了门，看见孩子有热饭吃、有厚衣服穿，心里就踏实了。
访谈者：这个案子谁在跟？
受访者：科里的{{han:于洪峰}}主任挂帅，派出所的{{han:隋国庆}}所长给孩子们落户口。社工{{compound:闾丘志伟}}每月家访，法律援助的律师是{{compound:漆雕婉清}}，帮{{han:初可欣}}他们家打了一场官司，把她爸名下的房子保住了。心理咨询师叫{{compound:乐正永刚}}，还有个实习的{{compound:巫马思琪}}。我们还给孩子们讲{{trap/famous:杨靖宇}}的故事，大孩子听得最认真。
访谈者：孩子们现在怎么样？
受访者：好多了。大孩子考试进了年级前五十，小的参加了学校的合唱队，过年的时候在街道的联欢会上唱了歌。奶奶的糖尿病也稳住了，街道给她配了个血糖仪，每天测一回。第二家的孩子还是不爱说话，社工说要慢慢来。我们每个季度开一次个案会，学校、街道、派出所、医院都来人，一家一家过，看还缺什么。
访谈者：联系方式都在卷宗里吗？
受访者：在。{{han:宫秀珍}}的电话{{mobile@p86h}}，有事找{{han:孙秀娟}}也行，她的电话{{mobile@fws}}，她的微信{{wechat:sunxj_sfh}}。{{han:鞠天宇}}有个QQ，在卷宗第十七页，他自己写的：{{qq:60381729}}。有事也可以打{{trap/hotline:12345}}。
访谈者：表上的名字有问题吗？
受访者：有。奶奶在一张表上是{{spaced:宫 秀 珍}}，孩子是{{spaced:初　可　欣}}，还有{{spaced:鞠天 宇}}。社工签名是{{spaced:闾 丘 志 伟}}，律师是{{spaced:漆　雕　婉　清}}，机器读不出来。我们年底统一改。
访谈者：您做这行最难的是什么？
受访者：难的是不能替孩子们把日子过了。只能帮一把，剩下的路他们得自己走。可是只要我们在，他们走得就不会太孤单。每年开春，我都把卷宗从头翻一遍，看看哪个孩子又长了一岁，哪个孩子该升学了，哪个孩子的补贴该调了。
""")

# H536: Han soybean farmer in 讷河 (齐齐哈尔), three fingers lost to a harvester; mentally ill wife, son with
# cerebral palsy.
DOCS["H536"] = ("family", """\
访谈者：您家种多少地？
受访者：六十来亩，大部分种{{trap/word:大豆}}，剩下种点{{trap/word:高粱}}。我叫{{han:关振山}}，四十八，在{{trap/place:讷河}}乡下。前年秋收，我修收割机让链子绞了右手，三个手指头没了。老婆{{han:那桂琴}}这几年精神上出了毛病，犯病的时候谁也不认，在{{trap/place:齐齐哈尔}}住过两回院。家里两个孩子，大的脑瘫。
访谈者：孩子们的情况呢？
受访者：儿子{{han:关宏博}}十五，脑瘫，在{{school:讷河市特殊教育学校培智三年级（1）班}}，会说简单的话，会自己吃饭了。女儿{{han:关晓禾}}十一，在{{school:讷河市第三小学五年级（2）班}}。{{han:关晓禾}}也懂事，放学回来先给她哥擦口水，再喂鸡。{{han:那桂琴}}那阵子犯病，{{han:关晓禾}}就搂着她妈睡。
访谈者：手伤了以后地里的活怎么办？
受访者：刚伤的那年最难。秋天豆子熟了，地里一片黄，我一只手干不了，眼看着豆荚炸在地里。那些天我天天蹲在地头抽烟，老婆又犯了病，半夜里光着脚往外跑，我追出去二里地才拽回来。闺女那时候才九岁，一个人在家看着她哥。现在想想，那一年是咋熬过来的都不知道。后来村里人看不下去了，几家人开着收割机过来，两天就把豆子收完了，钱一分没要。
访谈者：谁帮你们？
受访者：村支书{{han:苑春林}}给报了低保，{{han:关宏博}}有重度残疾护理补贴。儿童主任{{han:谭秀芬}}婶给两个孩子办了困境儿童，一个月一人{{trap/number:一千零八十}}。镇民政的{{han:付立明}}跑了好几趟{{trap/org:县残联}}，给{{han:关宏博}}配了轮椅。{{han:谭秀芬}}说，你{{trap/word:关心}}地里的活，孩子的事有我们。
访谈者：现在地里谁帮着种？
受访者：我大舅哥{{han:那永福}}帮着种。合作社的{{han:杨丰年}}把我家的豆子收了，价钱给得公道，当场{{trap/word:付款}}。邻居{{han:王大庆}}他们家有拖拉机，春天帮我翻地。我爹{{han:关喜贵}}七十了，还能喂牲口。
访谈者：孩子们上学怎么样？
受访者：儿子的康复老师{{han:郭文博}}，每个礼拜给他做训练，现在能扶着墙走几步了。闺女的班主任{{han:邵春燕}}老师给她免了午饭钱。县里社工站来过三个，一个是{{compound:段干思成}}，一个是{{compound:宇文春雨}}，还有一个小伙子叫{{compound:东方宏宇}}。{{compound:宇文春雨}}教{{han:关晓禾}}画画，她画了一片豆地，地头站着她爸她妈和她哥。
访谈者：您老婆的病是怎么得的？
受访者：说不清。医生说跟遗传有关，也跟受刺激有关。儿子生下来查出脑瘫那年，她天天哭，后来就不对劲了，有时候一个人对着墙说话，有时候半夜起来做饭。头几年我不懂，以为她是累的，拖了两年才去看。现在按时吃药，好多了，能认人，能干活，就是不能断药，一断就犯。
访谈者：儿子的康复花钱多吗？
受访者：多。一年光康复训练就得两三万，好在国家有残疾儿童康复救助，报了大头，自己掏几千。早些年没这个政策的时候，我带他去省城看病，一趟就把一年的豆钱花光了。现在每天早上我背他去坐校车，晚上再去接，他看见我就笑，喊爸爸。医生说再练几年，说不定能自己走路。
访谈者：孩子妈妈的病呢？
受访者：{{han:那桂琴}}在吃药，镇卫生院的{{han:赵春和}}大夫每月来送药，看着她吃。她好的时候能做饭，还给孩子们织毛衣。大舅哥说，他妹子年轻时候是村里最能干的。
访谈者：秋天收成怎么样？
受访者：今年好，一亩打了三百多斤。我给孩子们讲{{trap/famous:神农}}尝百草、教人种五谷，说种地是老祖宗传下来的。{{trap/place:嫩江}}边上的黑土，插根筷子都能发芽。
访谈者：登记信息说一下吧。
受访者：家在{{address:讷河市老莱镇永丰村二组15号}}。我的身份证{{id_number@my1977hyphen.230281}}，{{han:关宏博}}的{{id_number@my2010plain.230281}}。我电话{{mobile@plus86spaced}}，{{han:谭秀芬}}的电话{{mobile@s434}}，她微信{{wechat:tanxiufen_nh}}。闺女有个QQ，她说学校让交作业用的，号码她用铅笔写在我的本子上了：{{qq:52817064}}。
访谈者：表上的名字对吗？
受访者：有不对的。我成了{{spaced:关 振 山}}，老婆成了{{spaced:那　桂　琴}}，儿子成了{{spaced:关宏 博}}。社工的签名也被写成{{spaced:宇 文 春 雨}}和{{spaced:段　干　思　成}}。
访谈者：您最盼什么？
受访者：盼{{han:关宏博}}能自己走路，{{han:关晓禾}}考上大学。地是种不完的，孩子们得有出路。我这只手废了，可另一只手还能干，能干一天就给孩子们攒一天。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=529,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
