# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 66 (tests/pii/holdout66/H513-H520 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; sets 64, 65 and 67, written at the same time
by other writers, are not earlier sets).

Set 66 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 镇赉 (白城, 吉林) raising two grandchildren whose father is in prison and whose mother went home ill, a Tibetan
father in 山南 (西藏), widowed in childbirth and lamed by a fall, with three children and his old mother, a Hui
father in 寻甸 (昆明, 云南) whose wife is paralysed by a stroke and who also keeps his imprisoned brother's son, a Han
grandmother in 府谷 (榆林) raising three grandchildren whose father was crushed in a coal mine and whose mother left,
a Han village doctor in 旬邑 (咸阳) who keeps up with his patients' children, their relatives and the officials on
WeChat and QQ, a Uyghur mother in 乌鲁木齐 whose family comes from 托克逊 and whose husband died on the road, a Han
civil-affairs officer in 延安 reading out a case file, and a Han father in 靖边 (榆林) who keeps sheep and whose wife
is mentally ill. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than
one trick: Mongolian names of four to seven characters with short forms after the full name and a Han surname
before a Mongolian given name; Tibetan names of two parts with short forms and the Han names of Tibetans; Hui
Han-form names, 经名 alone and a Han surname before an Arabic name; Uyghur given name + father's name with and
without the dot and short forms; Han names with common and rare surnames (折, 拓, 惠, 党, 景, 文, 屈, 纳, 保, 赛),
titles and kin words, names that contain or end in words, word nicknames (annotated whole), names directly before
particles and verbs and after 叫/是/给/跟/和/的/找/让, names at the end of a sentence, names written twice on a
form; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup (that of ``_setkit``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:...}}``, ``{{qq:...}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's; ``.region`` is the six-digit
                                   area code of an ID number; the shapes are those of ``_setkit`` (ID_SHAPES,
                                   MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶,
姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边)
are outside the span; word nicknames (annotated whole) are category han. Han-style names of Mongolian, Tibetan, Hui
and Uyghur people are category han; a Han surname before a non-Han given name is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout66/make_holdout66.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(66_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "135", "137", "147", "150", "153", "156", "166", "171", "176", "178", "183",
                   "187", "191", "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H513: Mongolian grandmother in 镇赉 (白城, 吉林); her son is in prison, his wife went home ill.
DOCS["H513"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：三口，我跟俩孙辈。我叫{{minority/mongolian:乌云格日乐}}，今年六十三，户口本上还有个汉名，叫{{han:韩淑贤}}。老头子{{minority/mongolian:额尔登朝克图}}前年冬天在{{trap/place:嫩江}}上打鱼，冰窟窿没看见，人就没了。我们家在{{trap/place:镇赉}}县城西边的蒙古族乡，屯子里一多半是蒙古族。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{minority/mongolian:陶格套胡}}喝了酒跟人打架，把人打坏了，判了三年，关在{{trap/place:白城}}。{{minority/mongolian:陶格}}他小时候可老实了，后来跟着一帮人学坏了。儿媳{{minority/mongolian:温都日娜}}得了类风湿，手指头都变形了，回娘家治病去了，一年回不来两趟。
访谈者：孙子孙女多大了？
受访者：孙子{{minority/mongolian:查干苏鲁克}}十二，学名{{han:韩宇澄}}，在{{school:镇赉县第三中学初一（4）班}}住校；孙女{{minority/mongolian:额尔德木图雅}}八岁，在乡里的小学念二年级。家里都叫孙子{{minority/mongolian:苏鲁克}}。{{minority/mongolian:苏鲁克}}也懂事，礼拜天回来先去井边挑水，再去喂那几头牛。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。孙子去看过他爸一回，是乡里的民政助理{{han:邵振林}}开车拉着去的。回来一道上不吭声，到家了跟我说，奶奶，我爸瘦了。{{minority/mongolian:陶格}}说出来以后好好干活，把俩孩子供出来。我就信他这一回。
访谈者：这几年都谁帮过你们？
受访者：村支书{{minority/mongolian:包苏日塔拉}}给我报了低保，俩孩子按事实无人抚养报上去了，一人一个月{{trap/number:一千三百九}}。{{minority/mongolian:苏日塔拉}}书记说，这是国家给孩子的钱，一分也不能挪。村里的儿童主任{{han:隋桂琴}}大姐隔三岔五来一趟，孙女的头发都是她给剪的。{{trap/org:县民政局}}派来的社工，一个叫{{compound:拓跋砚秋}}，跟他一块来的是{{compound:闾丘望舒}}，俩年轻人给孙子补数学。还有{{trap/org:县妇联}}的{{compound:长孙佳音}}，给孙女申请了助学金。
访谈者：孩子在学校怎么样？
受访者：孙子的班主任是{{minority/mongolian:乌恩巴雅尔}}老师，教数学，他说孩子脑子好使，就是心思重。孙女的老师{{han:曲丽娟}}说，孩子上课爱走神，画画倒是好。{{minority/mongolian:额尔德木图雅}}她画的都是马，画完了就说，等爸爸回来骑马带她去{{trap/place:莫莫格}}看仙鹤。
访谈者：您身体怎么样？
受访者：腰腿疼，血压也高。乡卫生院的{{han:孙德旺}}大夫每个月来给我量一回，药是他从{{trap/org:乡卫生院}}捎来的。我妹妹{{minority/mongolian:赛音吉雅}}住在前屯，农忙的时候过来帮我掰苞米。后院{{minority/mongolian:诺日布桑}}家有四轮子，秋天帮我把苞米拉回来，一分钱不要。小卖部的{{han:于长海}}也好，赊账从来不催。
访谈者：冬天家里怎么过？
受访者：冬天最难。屋里烧炕，一冬得两车苞米秆子，还得买一吨煤。去年腊月下大雪，道都封了，孙女半夜发烧，我抱着她深一脚浅一脚走到村部，是值班的人开车送到乡里的。打那以后我就把退烧药、感冒药都备在柜里。孙子放寒假回来，天天早上起来扫雪，扫完了自家院子还去给后院的老太太扫。我说你咋这么勤快，他说奶奶，爸不在家，我就是家里的男人。我听了心里又酸又热乎。
访谈者：孩子们跟妈妈还联系吗？
受访者：联系。儿媳妇隔几天打个视频，手肿着还给孩子们织毛袜子。她说等病好一点就回来，回来就不走了。我不怪她，她也是没法子。孙女每回挂了电话都要问，妈妈的手啥时候能好。我说快了，开春就好了。
访谈者：过年过节呢？
受访者：正月里屯里祭{{trap/minority_word:敖包}}，我带孩子们去磕头。腊月我炒{{trap/minority_word:炒米}}、做{{trap/minority_word:奶豆腐}}，孩子们最爱吃。晚上我给他们讲{{trap/famous:嘎达梅林}}，老头子在的时候爱拉四胡说{{trap/minority_word:乌力格尔}}，一说一宿。
访谈者：要登记一下住址和证件。
受访者：家在{{address:镇赉县哈吐气蒙古族乡白音套海村三组14号}}。儿媳妇在白城租的房子是{{address:洮北区新华街道铁西小区3号楼2单元502室}}。我身份证{{id_number@wy1963.220821}}，孙女的{{id_number@wy2017spaced.220821}}。我电话{{mobile@plain}}，{{minority/mongolian:苏日塔拉}}书记的电话{{mobile@hyphen}}。{{han:隋桂琴}}的微信是{{wechat:suiguiqin_htq}}。孙子的QQ是在学校机房申的，号码写在他作业本皮上，我念给你：{{qq:1573094826}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。学校表上孙女是{{spaced:额 尔 德 木 图 雅}}，孙子是{{spaced:查干 苏鲁克}}，低保本上我成了{{spaced:乌　云　格　日　乐}}，儿子的判决书上是{{spaced:陶格 套胡}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:陶格套胡}}早点出来，盼孩子们念书念出去。我这把老骨头，能多撑一年是一年。
""")

# H514: Tibetan father in 山南 (西藏); his wife died in childbirth, he was lamed by a fall.
DOCS["H514"] = ("family", """\
访谈者：大哥，家里的情况您先说说。
受访者：我叫{{minority/tibetan:次仁旺堆}}，四十六岁，家在{{trap/place:山南}}{{trap/place:扎囊}}的村子里，种青稞，养了几头牦牛。老婆{{minority/tibetan:达瓦卓嘎}}前年生老三的时候大出血，送到{{trap/place:泽当}}的医院没救过来。我去年修房子从梯子上摔下来，右手使不上劲，地里的活干不动了。
访谈者：孩子们多大？
受访者：三个。大女儿{{minority/tibetan:德庆白姆}}十五，在{{school:山南市第二高级中学高一（3）班}}，家里叫她{{minority/tibetan:白姆}}。老二是儿子，{{minority/tibetan:洛追坚参}}，十一岁，在{{school:扎塘镇中心小学五年级（2）班}}，我们叫他{{minority/tibetan:洛追}}。老三{{minority/tibetan:次珍央宗}}两岁多，叫{{minority/tibetan:次珍}}，白天我阿妈带。
访谈者：阿妈身体好吗？
受访者：阿妈{{minority/tibetan:尼玛拉宗}}七十二了，腿不好，还天天转经。{{minority/tibetan:尼玛拉宗}}她一边摇{{trap/minority_word:转经筒}}一边哄小的，小的一哭她就唱歌。
访谈者：谁帮你们最多？
受访者：村里的儿童主任{{minority/tibetan:米玛卓嘎}}，她给三个孩子报了事实无人抚养，一个人一个月{{trap/number:一千五百六}}。村主任{{minority/tibetan:强巴群培}}给我们家报了低保。乡里的民政干部是{{minority/tibetan:格桑旺久}}，他阿爸是四川来的汉族木匠，所以他身份证上写的是{{han:彭建康}}。援藏的{{han:蒋海涛}}大夫是湖南人，每个月下乡给我看手，还给{{minority/tibetan:次珍}}打了疫苗。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:白姆}}学习好，援藏老师{{han:谭雅琴}}说她能考到内地去。可她说要退学回来种地，让弟弟妹妹念书，我骂了她一顿。{{han:谭雅琴}}老师也到家里来劝，说上学不花钱，还有助学金。{{minority/tibetan:洛追}}就是贪玩，放学跟着{{minority/tibetan:罗布顿珠}}家的孩子去河边抓鱼，我说了多少回也不听。{{minority/tibetan:洛追}}他说，阿爸，我长大了开挖掘机。
访谈者：亲戚们呢？
受访者：阿妈的弟弟{{minority/tibetan:阿旺罗布}}在{{trap/place:桑耶寺}}当僧人，过年回来给孩子们带些钱。孩子的舅舅{{minority/tibetan:白玛次旦}}在{{trap/place:拉萨}}开货车，他说姐姐不在了，这几个孩子他管到底。县里的社工站也来过，姑娘叫{{compound:尉迟雪松}}，跟她一起来的还有{{compound:上官念慈}}和{{compound:漆雕清和}}，给孩子们带来了书包和彩笔。{{trap/org:县民政局}}的{{han:汪建新}}局长也来过一回。
访谈者：家里的地和牦牛谁管？
受访者：地是亲戚们帮着种，春天播种、秋天收青稞，邻居们一家出一个人，半天就干完了。我们这里就是这样，谁家有难处，大家一起帮。牦牛我请了一个放牧的人，一年给他两头小牛。我手不行，就在家里做饭、照看小的，学着编筐卖钱。大女儿放假回来，早上挤奶、打酥油，下午背着妹妹去地里给人家送水。她才十五岁，干活跟大人一样，我心里过意不去。
访谈者：孩子们生病了怎么办？
受访者：先找村医，村医看不了就去乡卫生院，再不行去泽当。看病有合作医疗，报得多，自己掏的不多。去年老三得肺炎，在医院住了十天，是驻村工作队的干部开车送的，走的时候还给孩子买了奶粉。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:望果节}}的时候村里转地头，孩子们穿上新衣服跟着跑。{{trap/minority_word:藏历新年}}阿妈做{{trap/minority_word:卡赛}}，打{{trap/minority_word:酥油茶}}，见了人就说{{trap/minority_word:扎西德勒}}。晚上阿妈给孩子们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事，讲到{{trap/place:雍布拉康}}，孩子们说要去看看。
访谈者：晚上孩子们做什么？
受访者：大的辅导老二写作业，小的在炕上玩。家里通了电，有了电视，孩子们最爱看动画片，看完了才肯睡。
访谈者：请说一下登记信息。
受访者：家在{{address:扎囊县扎塘镇德吉林村四组11号}}。大女儿在泽当住的是她姨家，{{address:乃东区泽当镇湖南路幸福小区2号楼1单元301室}}。我身份证{{id_number@my1980x.540521}}，大女儿的{{id_number@wy2010fwspaced.540521}}。电话{{mobile@plus86spaced}}，{{minority/tibetan:米玛卓嘎}}的电话{{mobile@s434}}，她的微信{{wechat:mimazhuoga_zn}}。大女儿有QQ，说是在学校查成绩用的，号码写在她床头的墙上：{{qq:2083165974}}。
访谈者：孩子们想妈妈吗？
受访者：想。小的不记得妈妈，大的记得。{{minority/tibetan:德庆白姆}}把她妈的一串松石项链一直戴着，睡觉也不摘。
访谈者：表上的名字对吗？
受访者：不太对。学校把老二写成{{spaced:洛　追　坚　参}}，大女儿写成{{spaced:德 庆 白 姆}}，低保表上我是{{spaced:次仁 旺堆}}，阿妈成了{{spaced:尼玛 拉宗}}。
访谈者：最后您想说什么？
受访者：我手坏了，就指望孩子们念书。只要他们肯念，我卖了牦牛也供。
""")

# H515: Hui father in 寻甸 (昆明); his wife is paralysed by a stroke, his brother is in prison.
DOCS["H515"] = ("family", """\
访谈者：大哥，您先介绍一下自己和家里。
受访者：我叫{{han:纳永昌}}，经名{{minority/hui:努尔丁}}，四十二岁，家在{{trap/place:寻甸}}{{trap/place:柯渡}}，村里一多半是回族。媳妇{{han:沙金凤}}，经名{{minority/hui:阿尼赛}}，前年中风，半边身子动不了。我原先在{{trap/place:昆明}}跑货运，她病了我就回来了，在村里打点零工。
访谈者：家里几个孩子？
受访者：自己的三个，还有一个侄子。大姑娘{{minority/hui:纳宰娜白}}十四，学名{{han:纳丽琼}}，在{{school:寻甸县民族中学初二（3）班}}；儿子{{minority/hui:纳苏哈伊布}}十岁，在村小念四年级，家里都叫他{{minority/hui:苏哈伊布}}；小姑娘{{minority/hui:纳鲁格娅}}五岁，在幼儿园。侄子{{minority/hui:纳尔撒}}九岁，是我弟弟{{han:纳永寿}}的儿子。
访谈者：您弟弟怎么了？
受访者：他吸毒，又帮人运毒，判了八年。弟媳妇早跑了，娃娃就跟着我。{{minority/hui:纳尔撒}}他刚来的时候晚上尿床，不敢说话，现在好多了，跟{{minority/hui:苏哈伊布}}一起上学一起放学，两个人好得跟亲兄弟一样。
访谈者：媳妇的病怎么治？
受访者：在县医院住了两个月，现在回家躺着。镇卫生院的{{han:李学仁}}大夫每礼拜来给她扎针，他说慢慢练能扶着墙走。{{minority/hui:阿尼赛}}她心里急，老哭，说拖累了一家人。大姑娘放学回来给她擦身子、喂饭，比大人还细心。
访谈者：谁帮过你们？
受访者：村支书{{han:赛永强}}给我家报了低保，侄子按事实无人抚养报的，一个月{{trap/number:一千二百六}}。儿童主任{{han:金丽芳}}大姐给孩子们买过冬衣，跑{{trap/org:县民政局}}跑了好几趟。{{trap/org:清真寺}}的{{han:马有福}}阿訇，经名{{minority/hui:扎卡里亚}}，每回散乜贴都给我家留一份。乡老{{han:保兴华}}他们家送来两袋大米。县里社工站来了两个人，一个姑娘是{{compound:慕容知夏}}，小伙子叫{{compound:段干若谷}}，每个月来给孩子们上一次课。
访谈者：孩子们在学校怎么样？
受访者：大姑娘的班主任{{han:杨秀琼}}老师说，她数学好，就是请假多。班主任给她申请了寄宿生补助。{{minority/hui:苏哈伊布}}的老师{{han:丁春梅}}，也是回族，常常把他留下来补课。
访谈者：亲戚们呢？
受访者：岳母经名{{minority/hui:罕丽麦}}，七十了，住在{{trap/place:嵩明}}，隔一阵来帮着洗洗涮涮。我表哥{{minority/hui:保阿丹}}在{{trap/place:昆明}}开牛肉馆，侄子的书包、鞋都是他买的。村里的{{minority/hui:哈西姆}}大爹也常来坐坐，他说，好好带娃娃，这是善功。
访谈者：您现在的收入靠什么？
受访者：在村里给人家盖房子、拉砖，一天一百来块，不是天天有活。家里种了三亩烤烟，今年烟叶的价钱还行。媳妇吃药一个月要四五百，合作医疗报一部分。大姑娘说她想去昆明读职中，学护理，以后能照顾她妈。我说你先把初中念好，以后的事以后再说。侄子刚来的时候老问他爸啥时候回来，我说等你长到我这么高，你爸就回来了。他现在天天量身高，在门框上画道道。
访谈者：侄子的妈妈还联系吗？
受访者：不联系了。听说在外省又成了家。娃娃也不问了，就是过节的时候看别的娃娃有妈带着去寺里，他会站在门口看半天。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:圣纪节}}、{{trap/minority_word:开斋节}}村里最热闹，寺里炸{{trap/minority_word:油香}}，娃娃们都去。阿訇给他们讲{{trap/famous:郑和}}下西洋、{{trap/famous:赛典赤}}治云南的故事。我跟娃娃们说，咱穷是穷，{{trap/word:保险}}我也给你妈交上了，日子总会好。
访谈者：媳妇现在能做些什么？
受访者：能坐起来了，右手还能拿勺子。她坐在门口剥豆子、择菜，说不能光躺着吃闲饭。村里的妇女们常来陪她说话，有的教她用左手绣花。她绣了一对枕套，说等大姑娘出嫁的时候用。我说娃娃才十四，你想得倒远。她就笑了，这是她病了以后头一回笑。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:寻甸县柯渡镇清水沟村五组23号}}，弟弟原先住在{{address:金所街道龙泉小区7幢2单元402室}}。我身份证{{id_number@my1983.530129}}，侄子的{{id_number@my2016hyphen.530129}}。我电话{{mobile@spaced}}，{{han:金丽芳}}大姐的{{mobile@p86n}}，她的微信是{{wechat:jinlifang_kedu}}。大姑娘有个QQ，说班上交作业用，号码是——她写给我了，在这儿：{{qq:40781659}}。
访谈者：表上名字写得对吗？
受访者：常写错。经名是音译的，学校表上侄子写成{{spaced:纳 尔 撒}}，儿子成了{{spaced:纳苏 哈伊布}}，我媳妇是{{spaced:沙　金　凤}}。
访谈者：您最盼什么？
受访者：盼媳妇能站起来，盼{{han:纳永寿}}出来以后改好，把他儿子接回去。
""")

# H516: Han grandmother in 府谷 (榆林); her son was crushed in a coal mine, his wife left.
DOCS["H516"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：五口。我，瘫在炕上的儿子，仨孙子孙女。我叫{{han:郝凤莲}}，今年六十七，家在{{trap/place:府谷}}东边的山里，离{{trap/place:黄河}}不远。儿子{{han:苏满仓}}前年在{{trap/place:神木}}的煤窑上叫顶板砸了，腰断了。儿媳妇{{han:贾改梅}}伺候了半年，受不了，跟人走了，到现在也不知道在哪。
访谈者：孩子们多大了？
受访者：大孙女{{han:苏晓敏}}十四，小名叫{{han:枣花}}；孙子十一，叫{{han:门墩}}；小孙子七岁，叫{{han:存根}}，是他爷爷起的，说是给苏家存个根。{{han:枣花}}在{{school:府谷县第二中学初二（6）班}}，{{han:门墩}}跟{{han:存根}}在村里的小学。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也得顾。早上四点起来给儿子翻身、擦洗，再给娃娃们熬米汤。{{han:枣花}}说她不念了，回来帮我，我拿笤帚疙瘩撵她回学校。{{han:门墩}}也懂事，放了学就去坡上拔猪草。{{han:存根}}就是个淘气鬼，见天跟{{han:刘黑虎}}家的娃娃上树掏鸟窝。
访谈者：都谁帮过你们？
受访者：村主任{{han:折生旺}}，他给我家报了低保，又给儿子办了残疾证。派出所的{{han:乔占元}}所长上门给儿子换了身份证，一趟也没让我跑。{{han:折生旺}}说，娃娃们的事就是村里的事。儿童主任{{han:高俊梅}}婶三天两头来看，{{han:高俊梅}}她给娃娃们报了事实无人抚养，一人一个月{{trap/number:一千一百四}}。镇上的民政干部{{han:王东升}}来核过两回，拿个本本记。县上社工站来了个后生，叫{{compound:令狐清扬}}，说话慢声细气的，跟他一块的女娃娃是{{compound:赫连晴川}}，后来又来了个{{compound:东方若木}}。他们轮着给{{han:枣花}}辅导功课。
访谈者：儿子的病呢？
受访者：镇卫生院的{{han:张海生}}大夫每个月来一回，给儿子换药，说这病得慢慢养，光褥疮就治了半年。县医院的{{han:贺建明}}主任说，要是能去西安做康复，兴许能坐起来，可哪来的钱。{{han:苏满仓}}他自己也难受，半夜里我听见他捂着被子哭。
访谈者：亲戚们呢？
受访者：我娘家兄弟{{han:郝存德}}他们家在{{trap/place:麻镇}}，秋天送来两袋洋芋、一袋{{trap/word:黄米}}。儿子的姑姑{{han:苏玉梅}}那边日子也紧，过年给娃娃们一人买了一身衣裳。隔壁的{{han:折玉兰}}也常过来，帮我给儿子翻身。
访谈者：家里的收入靠什么？
受访者：有六亩坡地，种谷子、糜子、{{trap/word:高粱}}、洋芋，一年下来也卖不了几个钱。儿子出事以后，煤窑上给了一笔钱，看病花得差不多了。村里给安排了一个公益岗位，扫村道，一个月五百。镇上给了个电话{{trap/hotline:12349}}，说老人有急事就打。养了几只鸡，鸡蛋舍不得吃，攒着给儿子补身子。最难的是冬天，窑里冷，儿子躺着不能动，我半夜起来添炭，一晚上要起来三四回。
访谈者：娃娃们跟他爸亲吗？
受访者：亲。孙子放学回来先到炕边上跟他爸说话，说学校里的事。{{han:存根}}都知道给他爸端水喂药。他爸听着听着就笑了，说娃娃比他强。
访谈者：过年过节呢？
受访者：正月十五村里{{trap/minority_word:转九曲}}，娃娃们提着灯笼跟着转。我给娃娃们讲{{trap/famous:折太君}}的故事，说咱府谷出过女将军，穷人家的娃娃也能有出息。娃娃们爱听{{trap/minority_word:信天游}}，{{han:门墩}}还会唱两句。我跟他们说，日子再难也不能{{trap/word:折腾}}，一步一步来。
访谈者：娃娃们在学校受过欺负吗？
受访者：受过。有娃娃笑话孙子没妈，说他妈跟人跑了。孙子跟人打了一架，脸上挂了彩回来。我去学校找老师，老师把两个娃娃叫到一起说开了，后来倒成了好朋友。大孙女要强，考试回回前三名，奖状贴在窑掌上，她爸躺着一抬眼就能看见。
访谈者：登记表要写地址、证件和电话。
受访者：家在{{address:府谷县孤山镇高家畔村二组9号}}。我身份证{{id_number@wy1958.610822}}，{{han:枣花}}的{{id_number@wy2011quad.610822}}。我电话{{mobile@s38}}，{{han:高俊梅}}的电话{{mobile@plus86dash}}。{{han:门墩}}有个QQ，是学校老师给申的，他说想他妈了就在上头找，号码我让他写在墙上了：{{qq:965203718}}。
访谈者：娃娃们的妈妈来找过吗？
受访者：来过一回电话，说在{{trap/place:包头}}饭馆洗碗，问娃娃们好不好，没说回来。大孙女接的电话，挂了以后一个人在院里坐到半夜。
访谈者：表上的名字写得对吗？
受访者：有错的。学校把大孙女写成{{spaced:苏 晓 敏}}，低保本上我是{{spaced:郝　凤　莲}}，还有一张表上儿子写成了{{spaced:苏满 仓}}。
访谈者：您最盼什么？
受访者：盼娃娃们念成书，盼{{han:苏满仓}}能坐起来。我活一天，就给他们做一天饭。
""")

# H517: Han village doctor in 旬邑 (咸阳) with his patients' children, on WeChat and QQ.
DOCS["H517"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：二十三年。我叫{{han:景文斌}}，{{trap/place:旬邑}}北边一个村的卫生室就我一个人。村里的困境娃娃，我手上有七八个，差不多每家的大人都加了我微信，有啥事先在微信上问我。
访谈者：能说几家吗？
受访者：头一家，{{han:屈建社}}，腿是小儿麻痹落下的，走路拄拐。老婆{{han:文巧玲}}有癫痫，一犯病就倒。两个娃娃，{{han:屈思雨}}十二，{{han:屈思源}}八岁。她一犯病，{{han:屈思雨}}就给我发语音，我骑上摩托就去。大娃在{{school:旬邑县城关中学初一（2）班}}，小的在镇上念小学。
访谈者：他们家谁帮得上？
受访者：娃娃的舅舅{{han:文长青}}在{{trap/place:咸阳}}打工，隔一阵给娃娃转点钱。村支书{{han:秦永利}}给报了低保，两个娃娃算困境儿童，一人一个月{{trap/number:六百五}}。{{han:秦永利}}他们家跟这家是老亲戚。
访谈者：第二家呢？
受访者：第二家是孤儿，{{han:邓佳怡}}，十岁。她爸在{{trap/place:彬州}}的矿上出事没了，她妈后来得乳腺癌也走了。现在跟着爷爷{{han:邓守田}}。老人的微信是我给注册的，叫{{wechat:dengshoutian1951}}，他只会发语音。孩子的孤儿基本生活费是镇上民政办的{{han:党红艳}}给办的，{{han:党红艳}}也把我拉进了镇上的困境儿童群。
访谈者：您在群里都做些什么？
受访者：谁家娃娃发烧了、谁家老人血压高了，在群里一说，我就去。群主是儿童主任{{han:赵春风}}，她的微信是{{wechat:zcf_xunyi_et}}。有个{{compound:东方亦舒}}，是县社工站的，也在群里，她跟{{compound:公孙望岳}}一起做个案，县医院下来义诊的还有{{compound:上官景澄}}大夫。另外还有{{trap/org:县残联}}的{{han:师国栋}}，给娃娃他爸换了一副新拐。
访谈者：第三家呢？
受访者：第三家爹妈在{{trap/place:西安}}打工，娃娃{{han:侯新宇}}跟奶奶{{han:吕桂兰}}过。娃娃有哮喘，一到冬天就犯。他跟我加了QQ，号码是——他在我处方本背面写的——{{qq:3120674589}}，半夜喘不上气了就在QQ上叫我。{{han:吕桂兰}}她不会用手机，我把电话写在她门背后：{{mobile@plain}}。
访谈者：娃娃的爹妈知道吗？
受访者：知道。他爸{{han:侯建斌}}的微信是{{wechat:houjianjun_xa}}，我隔三岔五给他发娃娃的情况。他说过年回来，就是一直没回来。
访谈者：还有别的吗？
受访者：还有一家，爸爸{{han:郑长安}}在监狱，妈妈改嫁了，娃娃{{han:郑小北}}跟他大伯过。娃娃在QQ上跟我说话比跟他大伯多，他的QQ是{{qq:771590342}}。他大伯{{han:郑长海}}人老实，就是不会跟娃娃说话。我给镇上的{{han:惠芳芳}}说了，她是学校的心理老师，现在每个礼拜找娃娃谈一回。
访谈者：您一个人管这么多家，忙得过来吗？
受访者：忙不过来也得管。早上七点开门，上午看病，下午下乡。摩托车一年要跑一万多公里，坏了就自己修。冬天路上结冰，摔过好几回。我老婆说我是给别人家当医生，自己家的事一样不管。我说村里就我一个医生，我不去谁去。好在现在有了微信，很多事在手机上就能问，娃娃们拍个照片给我，我先看看要不要紧，要紧了再去。
访谈者：娃娃们自己会找您吗？
受访者：会。大点的娃娃有啥不舒服，自己在手机上给我留言，有的还问我作业。我说我是看病的，不是教书的，他们就笑。
访谈者：您自己觉得难的是什么？
受访者：难的是药钱。有的家交不起，我就先垫上，年底再说。镇卫生院的{{han:田满囤}}院长说我是赔本干，我说村里人看病，不能光算钱。过年时候村{{trap/word:文化}}广场上唱{{trap/minority_word:秦腔}}，我在台底下转一圈，哪家老人咳嗽了我都听得见。
访谈者：这几家的登记信息呢？
受访者：{{han:屈建社}}家在{{address:旬邑县张洪镇西头村四组16号}}，{{han:邓守田}}家在{{address:旬邑县城关街道豳风小区5号楼3单元201室}}。{{han:邓佳怡}}的身份证{{id_number@wy2015.610429}}，{{han:屈建社}}的{{id_number@mmidhyphen.610429}}。{{han:党红艳}}的电话{{mobile@h38}}。我的电话{{mobile@fws}}，谁家有事都能找到我。
访谈者：这些名字在表上都对吗？
受访者：不全对。有的表上写成{{spaced:邓 佳 怡}}，有的是{{spaced:屈　思　雨}}，社工的签名写成了{{spaced:东 方 亦 舒}}，还有把{{han:邓守田}}写成{{spaced:邓守 田}}的。
访谈者：您最盼什么？
受访者：盼这些娃娃长大了身体好好的，别再找我看病。{{trap/famous:公刘}}在这儿开过荒，咱这地方的人，苦也能扛。
""")

# H518: Uyghur mother in 乌鲁木齐 from 托克逊; her husband died on the road.
DOCS["H518"] = ("family", """\
访谈者：大姐，您慢慢说，说您家里的情况。
受访者：我叫{{minority/uyghur:阿斯古丽·塔依尔}}，三十九岁，家是{{trap/place:托克逊}}的，现在住在{{trap/place:乌鲁木齐}}。我丈夫{{minority/uyghur:艾则麦提·牙库甫}}开大车拉葡萄干，前年冬天在{{trap/place:吐鲁番}}到{{trap/place:达坂城}}那段路上翻了车，人没了。三个孩子都跟着我。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:尼加提·艾则麦提}}十三，在{{school:乌鲁木齐市第十六中学初一（5）班}}；女儿{{minority/uyghur:阿吉古丽·艾则麦提}}十岁，在{{school:沙依巴克区青峰路小学四年级（2）班}}；小儿子{{minority/uyghur:凯赛尔}}四岁，在社区幼儿园。{{minority/uyghur:尼加提}}他爸走了以后话少了，{{minority/uyghur:阿吉古丽}}倒是天天缠着我。
访谈者：您现在做什么工作？
受访者：在{{trap/place:二道桥}}一家饭馆打馕，一个月两千多。我自己有乙肝，不能太累。社区给我报了低保，三个孩子按困境儿童，每人每月{{trap/number:九百二}}。社区的{{minority/uyghur:吐逊阿依}}大姐帮我跑的手续，网格员{{han:孟晓黎}}也常来家里看看。
访谈者：孩子在学校怎么样？
受访者：{{minority/uyghur:尼加提}}学习好，班主任{{han:蔡慧敏}}老师说他物理考全班第一。{{han:蔡慧敏}}老师知道他家的事，每天中午多给他打一份饭。{{minority/uyghur:阿吉古丽}}爱跳舞，学校的{{minority/uyghur:帕旦木}}老师教她，说她下礼拜去区里比赛。
访谈者：亲戚们呢？
受访者：我哥{{minority/uyghur:依力亚尔·塔依尔}}还在托克逊种地，每年秋天送来一车哈密瓜和葡萄。{{minority/uyghur:依力亚尔}}他说，妹妹，孩子们放假就到我这儿来，地里有活干，也有吃的。我阿妈{{minority/uyghur:阿瓦汗}}七十了，在老家跟哥哥过。我公公{{minority/uyghur:牙库甫·祖农}}也走了，婆婆{{minority/uyghur:海力且木}}腿不好，住在小叔子{{minority/uyghur:玉山江·牙库甫}}家。{{minority/uyghur:玉山江}}每个月给孩子们转五百块钱。
访谈者：还有谁帮过你们？
受访者：区里的社工站有个姑娘，叫{{compound:巫马知微}}，还有个小伙子是{{compound:宇文书翰}}，他们给{{minority/uyghur:尼加提}}找了个大学生，礼拜六给他补英语。{{trap/org:区民政局}}的{{han:卢海波}}科长来过两回。街道医院的{{han:姚雪芹}}大夫给我看肝，药费能报一大半。清真寺的{{minority/uyghur:穆塔里甫}}阿訇常说，帮孤儿寡母是最大的善事。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：最难的是晚上。孩子们睡了，我一个人坐着，想起他爸就睡不着。房租一个月一千二，是最大的开销。社区帮我申请了公租房，排了一年多，明年就能住进去。小的老问爸爸去哪了，我说爸爸去很远的地方拉货了。大的知道，他不说，就是晚上偷偷看他爸的照片。我上班的时候，小的放在幼儿园，大的放学接他，给他热饭吃。
访谈者：您回老家吗？
受访者：每年暑假回去一趟，孩子们在舅舅的葡萄地里跑，晒得黑黑的，回来就高兴好几天。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}我做{{trap/minority_word:抓饭}}、烤{{trap/minority_word:薄皮包子}}，孩子们的叔叔也来。晚上我给他们讲{{trap/famous:阿凡提}}的故事，小的笑得在地毯上打滚。{{minority/uyghur:凯赛尔}}说，等他长大了买毛驴，跟阿凡提一样。
访谈者：孩子们在城里习惯吗？
受访者：刚来的时候不习惯，大的说城里的学校太大，同学说话快，他听不懂。现在好了，普通话说得比我好，回家还教我认字。女儿爱唱歌，学校的合唱团也让她去了。{{minority/uyghur:凯赛尔}}还小，在幼儿园交了好几个朋友，有汉族的，有哈萨克族的，天天回来说这个说那个。我看着他们，心里就踏实一点。
访谈者：登记表要写住址和号码。
受访者：我们住在{{address:沙依巴克区红庙子街道西山路和谐小区9号楼2单元601室}}，老家在{{address:托克逊县夏乡南湖村3组27号}}。我的身份证{{id_number@wy1986.650422}}，大儿子的{{id_number@my2012tri.650422}}。我电话{{mobile@plus86}}，{{minority/uyghur:吐逊阿依}}大姐的电话{{mobile@spaced}}，她微信{{wechat:tuxunayi_hmz}}。{{minority/uyghur:尼加提}}有QQ，说是跟同学讨论作业的，号码他写在冰箱上了：{{qq:1036582947}}。
访谈者：表上的名字写法一样吗？
受访者：不一样。低保卡上我是{{minority/uyghur:阿斯古丽塔依尔}}，没有点；学校表上大儿子是{{spaced:尼 加 提 · 艾 则 麦 提}}，女儿是{{spaced:阿吉古丽 · 艾则麦提}}，我丈夫的死亡证明上是{{spaced:艾则麦提 牙库甫}}。
访谈者：您最大的愿望是什么？
受访者：孩子们好好念书，{{minority/uyghur:尼加提}}说要当医生，我说阿妈等着你。
""")

# H519: Han civil-affairs officer in 延安 reading out a case file.
DOCS["H519"] = ("staff", """\
访谈者：您今天带的是哪个个案？
受访者：一个三个孩子的事实无人抚养个案。我叫{{han:拓海燕}}，在{{trap/place:延安}}{{trap/place:宝塔区}}民政局儿童福利科。我照着卷宗念，你记。
访谈者：好。
受访者：户主{{han:贺建业}}，男，三十八，{{trap/year:2022年}}因盗窃被判五年，在{{trap/place:铜川}}服刑。妻子{{han:冯彩霞}}，前年肝癌去世。三个孩子：大的{{han:贺思琪}}，十三岁；老二{{han:贺天明}}，十岁；老三{{han:贺小满}}，六岁。监护人一栏写的是爷爷，“{{han:贺德胜}}{{han:贺德胜}}”，是村文书{{han:白春生}}填表的时候写重了。
访谈者：爷爷身体怎么样？
受访者：七十一了，有老慢支，一到冬天就喘。奶奶{{han:艾秀英}}前年也走了。{{han:贺德胜}}说，他一闭眼，三个娃娃就没人管了。所以我们给孩子们按事实无人抚养办了，每人每月{{trap/number:一千二百四}}，还给爷爷报了低保。
访谈者：还有别的亲戚吗？
受访者：孩子的姑姑{{han:贺建芳}}嫁到{{trap/place:安塞}}，她说愿意接老三过去，老二她顾不上。舅舅{{han:冯建川}}在{{trap/place:子长}}开小卖部，每学期给三个娃娃交资料费。卷宗里还有一份姑姑的委托书，写的是{{spaced:贺 建 芳}}，签名又是{{han:贺建芳}}，字迹是一个人的。
访谈者：这个个案是怎么发现的？
受访者：是学校报上来的。老大有一阵子不去上学，班主任去家访，发现爷爷病在炕上，三个孩子靠邻居接济吃饭。学校给镇上打了电话，镇上又报到我们科。我们第二天就去了，窑里冷得像冰窖，三个孩子挤在一个炕上。当天就送了米面油和被褥，又启动了临时救助。后来一步一步办了事实无人抚养认定，评估、公示、审批，前后一个多月。
访谈者：现在孩子们的情况怎么样？
受访者：好多了。老大回到学校，成绩慢慢上来了；老二还是不爱说话，我们请了心理老师；老三上了幼儿园，吃得胖了。
访谈者：谁在跟这个个案？
受访者：社工{{compound:欧阳书翰}}是主要的个案社工，他的督导是{{compound:司马惠宁}}，法律援助律师是{{compound:公孙砚池}}。镇上的儿童督导员{{han:惠小军}}每个月入户一回，村里的儿童主任{{han:刘改莲}}姨天天都去。学校那边，{{han:贺思琪}}在{{school:宝塔区第四中学初一（7）班}}，班主任{{compound:呼延平}}老师给她申请了营养餐。老二在{{school:河庄坪镇中心小学四年级（1）班}}，老师{{han:薛丽娅}}说这孩子心事重。
访谈者：孩子们跟爸爸有联系吗？
受访者：一个月一次视频会见，是{{trap/org:区司法局}}联系的。{{han:贺建业}}他在那头哭，说对不起娃娃。{{han:贺天明}}就是不吭声，挂了以后跑到坡上坐了一下午。
访谈者：卷宗里还有什么？
受访者：还有一份家访记录，写了家里的情况：三孔窑洞，一孔塌了半边，{{trap/org:镇政府}}今年给修了。孩子们过年在院里剪窗花，老三爱听奶奶在世时讲的{{trap/famous:张思德}}的故事。{{trap/word:党员}}干部结对帮扶的是{{han:拓志刚}}，他每个月去一趟。
访谈者：爷爷同意分开吗？
受访者：一开始不同意，说娃娃是贺家的根，哪能送人。我们去了四趟，跟老人坐在炕头上慢慢说：姑姑接老三是暂时的，户口不动，补贴照发，周末还能回来。后来老人点了头，说只要娃娃们好，他就认。我们还请了村里的老支书做见证，写了一份协议，三方都按了手印。孩子们有什么事，让他们打{{trap/hotline:12345}}，或者直接找我们科。
访谈者：登记信息您念一下。
受访者：家在{{address:宝塔区河庄坪镇李家洼村三组7号}}，姑姑家在{{address:安塞区真武洞街道南关小区4号楼2单元302室}}。{{han:贺德胜}}的身份证{{id_number@mold.610602}}，{{han:贺建业}}的{{id_number@my1986spaced.610602}}，{{han:贺思琪}}的{{id_number@wy2012fullwidth.610602}}，{{han:贺小满}}的{{id_number@my2019x.610602}}。姑姑电话{{mobile@s74}}，{{han:刘改莲}}的电话{{mobile@p86h}}，她的微信{{wechat:liugailian_hzp}}。
访谈者：表上的名字还有什么问题？
受访者：老多了。申请表上有写{{spaced:贺　天　明}}的，有写{{spaced:贺小 满}}的；社工签名写成{{spaced:欧　阳　书　翰}}；结对干部那栏是{{spaced:拓 志 刚}}。我们得一张一张改过来。
访谈者：您做这行最难的是什么？
受访者：最难的是劝。爷爷不想把娃娃分开，姑姑只要小的，谁都有难处。我跟老人说，分开了也是一家人，逢年过节都回来。
""")

# H520: Han father in 靖边 (榆林) who keeps sheep; his wife is mentally ill.
DOCS["H520"] = ("family", """\
访谈者：大哥，您先说说家里的情况。
受访者：我叫{{han:马存福}}，四十五，在{{trap/place:靖边}}南边的山里放羊，有一百多只。老婆{{han:艾爱琴}}生了老三以后精神上出了毛病，好的时候能做饭，犯病了就往外跑。去年跑到{{trap/place:张家畔}}，找了两天才找回来。
访谈者：孩子们多大？
受访者：三个。大的女儿{{han:马玉娟}}十五，在{{school:靖边县第三中学初三（2）班}}；老二儿子{{han:马强强}}十二，在{{school:杨桥畔镇中心小学六年级（4）班}}；老三{{han:马引弟}}六岁，在村里上幼儿园。{{han:马玉娟}}也懂事，礼拜天回来就替我看羊。{{han:马强强}}就是淘，跟着{{han:李铁锤}}家的娃娃下河摸鱼，我打过他两回。
访谈者：老婆的病怎么治？
受访者：在{{trap/place:榆林}}精神病院住过三个月，现在吃药。镇卫生院的{{han:强海军}}大夫每个月来给她送药、量血压，{{han:强海军}}说药不能断，一断就犯。她犯病的时候谁也不认得，认得的就是老三，一见小的她就安生了。
访谈者：谁帮过你们？
受访者：村支书{{han:兰贵生}}给我家报了低保，老婆办了精神残疾证，二级。孩子们算困境儿童，每人每月{{trap/number:八百三}}。儿童主任{{han:贺彩琴}}婶每个礼拜来一趟，给{{han:马引弟}}洗头、剪指甲。她说，娃娃没妈照看，咱村里就是她妈。镇上的民政干事{{han:薛宏伟}}给我们家跑了临时救助。县里的社工站来了俩人，一个是{{compound:皇甫晨曦}}，另一个叫{{compound:乐正云帆}}，去年还有个叫{{compound:赫连若水}}的姑娘，给大女儿做心理辅导。{{trap/org:县残联}}的{{han:井小龙}}给老婆办了免费服药。
访谈者：羊能卖多少钱？
受访者：好年景一只能卖一千多，去年羊价跌了，卖了{{trap/number:六百八}}一只。羊圈是{{trap/org:县畜牧局}}给补贴盖的。冬天草料贵，我就找{{han:张进财}}，跟他们家合着买。{{han:张进财}}他们家也是放羊的，他媳妇{{han:白玉娥}}常给我家送{{trap/word:白面}}馍馍。
访谈者：您一个人又放羊又照看家，怎么顾得过来？
受访者：顾不过来。早上天不亮起来给老婆熬药、给娃娃们做饭，然后赶着羊上山，中午回来一趟，看老婆在不在家。有时候她跑出去了，我就{{trap/word:马上}}把羊圈上，满山去找。大女儿住校，我就让{{han:马强强}}放学回来和{{han:马引弟}}一起帮我饮羊、铡草。最怕的是下雨天，羊跑散了，人也找不见。去年夏天发大水，冲走了我六只羊，我在河滩上找了一夜。
访谈者：老婆娘家的人帮忙吗？
受访者：她娘家在内蒙那边，离得远，她妈来住过一个月，走的时候哭着说对不起我。我说这不怪谁，病是病。
访谈者：孩子们的学习呢？
受访者：大女儿的班主任{{han:冯晓峰}}老师说，她能考上高中，就是她老说要出去打工挣钱。我说你念，爸爸卖羊也供你。老二的老师{{han:惠丽娜}}说他数学好，就是字写得丑。
访谈者：您自己身体怎么样？
受访者：腰不好，放羊放了二十多年，风里雨里的，落下了病根。去年冬天犯了一回，在炕上躺了半个月，羊是邻居们轮着帮我放的。那半个月大女儿请了假回来，做饭、喂羊、看她妈，瘦了一圈。我躺在炕上看着，心里难受，就想着再难也得撑住，不能让娃娃们替我扛。
访谈者：过年过节呢？
受访者：正月里村里闹秧歌、转{{trap/minority_word:九曲黄河阵}}，娃娃们跟着转。我带他们去{{trap/place:统万城}}看过一回，给他们讲{{trap/famous:赫连勃勃}}筑城的故事，娃娃们听得瞪眼睛。
访谈者：登记表要写住址和证件。
受访者：家在{{address:靖边县杨桥畔镇马家沟村六组12号}}。大女儿住校前在她姨家住，{{address:靖边县张家畔街道长城小区2号楼3单元401室}}。我身份证{{id_number@my1980fwhyphen.610824}}，大女儿的{{id_number@wy2010hyphen.610824}}。我电话{{mobile@s434}}，{{han:贺彩琴}}的电话{{mobile@fullwidth}}，她微信{{wechat:hecaiqin_yqp}}。老二有QQ，他说打游戏的，我叫他写给老师了，号码是{{qq:2591704836}}。大女儿也有一个QQ，就在本子上：{{qq:58306127}}。
访谈者：名字在表上写得对吗？
受访者：有写错的。残疾证上老婆写成{{spaced:艾 爱 琴}}，学校名单上老二是{{spaced:马　强　强}}，低保本上我是{{spaced:马存 福}}，社工的签名是{{spaced:皇 甫 晨 曦}}。
访谈者：您最盼什么？
受访者：盼老婆病好，盼娃娃们念出去。我这辈子就跟羊打交道了，娃娃们别再跟我一样。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=513,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout64", "holdout65", "holdout67"))


if __name__ == "__main__":
    main()
