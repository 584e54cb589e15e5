# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 29 (tests/pii/holdout29/H217-H224 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 28, written at the same time by another
writer, is not an earlier set).

Set 29 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 阿巴嘎旗 (锡林郭勒) raising the two children of her son, killed in a blizzard on the road, whose wife remarried; a
Tibetan aunt in 德钦 (迪庆, 云南) raising her sister's three children (the sister died of a haemorrhage, the father
is in prison); a Hui father in 大厂 (廊坊, 河北) whose wife has uraemia, with his own two children and a nephew whose
parents are in prison and away; a Han mother in 达州 (四川) with a leg crippled by polio whose husband works in a
浙江 shoe factory, with three children and a neighbour's left-behind boys; a Han village doctor in 六安 (安徽) going
through the children in distress among his patients and the WeChat and QQ groups he keeps with their families; a
Kazakh mother in 尼勒克 (伊犁) whose husband lost both legs to frostbite, with four children; a Han legal-aid lawyer
in 乌兰浩特 (兴安盟) reading from the file of a guardianship case; and a Manchu grandmother in 岫岩 (辽宁) raising
two grandchildren whose father is in prison and whose mother died. The emphasis is on forms where a replacement
might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters with
short forms after the full name and after a Han surname; Khams Tibetan names of two parts with short forms, and the
Han names of Tibetans; Hui Han-form names beside 经名 used alone and after a Han surname; Han nicknames that are
words, names directly before verbs and particles; names of patients, relatives and officials given as WeChat and QQ
names; Kazakh given name + father's name with and without the dot, and short forms; names written twice and spaced
out on the forms of a case file; Manchu clan name + given name with and without the dot beside the Han names of
Manchus; Han names with common and rare surnames, titles and kin words; spaced, dotted and split names; compound
surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:秦晓丽}}``, ``{{qq:...}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh, manchu) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.152522}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶, 姨, 律师, 法官) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边) are outside the span; a nickname that is a word (冬瓜, 秤砣) is annotated whole. Han-style names
of Mongolian, Tibetan, Hui, Kazakh and Manchu people are category han; a Han surname before a non-Han given name is
category minority, and so is a Manchu clan name before a given name.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout29/make_holdout29.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(29_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh", "manchu")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10, "manchu": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "152", "155", "156", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H217: Mongolian grandmother in 阿巴嘎旗 (锡林郭勒); her son died in a blizzard, his wife remarried.
DOCS["H217"] = ("family", """\
访谈者：{{trap/minority_word:额吉}}，您家现在几口人？
受访者：三口，我跟两个孙辈。我叫{{minority/mongolian:哈斯其木格}}，今年六十七，在{{trap/place:阿巴嘎旗}}{{trap/place:别力古台镇}}往北的嘎查放了一辈子羊。老伴{{minority/mongolian:达木丁巴雅尔}}五年前得肝病走了。儿子{{minority/mongolian:额尔德尼毕力格}}前年腊月去{{trap/place:锡林浩特}}拉草料，路上起了{{trap/word:白毛风}}，车翻进沟里，人没救回来。儿媳{{han:秦晓丽}}是汉族，第二年改嫁去了{{trap/place:多伦}}，两个孩子留给了我。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:宝日胡朝克图}}十三，在{{school:阿巴嘎旗蒙古族寄宿学校初一（2）班}}住校；孙女{{minority/mongolian:敖敦其其格}}八岁，在{{school:别力古台镇第二小学二年级（3）班}}。家里喊孙子{{minority/mongolian:宝日胡}}，喊孙女{{minority/mongolian:敖敦}}。孙子就像个小大人，放假回来先去圈里看羊，再给我挑水。小的爱哭，想她爸了就抱着她爸的马鞍子不撒手。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：知道。{{minority/mongolian:额尔德尼}}走的那天，孙子在学校，是班主任{{han:韩淑英}}老师开车送他回来的。他一滴眼泪没掉，夜里我听见他蒙着被子哭。
访谈者：这两年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:孟根图雅}}，她跑苏木、跑旗里，给俩孩子报了孤儿基本生活费，一人一个月{{trap/number:一千六百二}}。{{minority/mongolian:孟根图雅}}都是骑摩托来，冬天戴个狐皮帽子，进门先摸孩子的手凉不凉。嘎查达{{han:包永胜}}给我报了低保。苏木民政助理{{han:宋海涛}}一年来核三回。旗民政局派来的社工是个姑娘，叫{{compound:拓跋雅琳}}，跟她一块儿来的还有{{compound:段干明轩}}，小伙子会修太阳能。去年还有个支教的老师叫{{compound:漆雕文博}}，给孙子补过英语。
访谈者：邻居呢？
受访者：东边{{minority/mongolian:白苏布达}}家，男人叫{{minority/mongolian:门德巴雅尔}}，打草的时候把我家的草也打了，捆好码在棚里。西边的{{han:邢桂芹}}婶是汉人，嫁过来三十年了，蒙古话说得比我孙子还好。她儿子{{han:邢长河}}在旗里开车，谁家娃娃病了，半夜一个电话就来。
访谈者：您身体怎么样？
受访者：腿疼，眼花。苏木卫生院的{{minority/mongolian:乌日图那斯图}}大夫给我配了膏药，说是老寒腿。旗医院的{{han:庄慧敏}}大夫也来义诊过，给我量了血压，说得少吃咸的。可我们牧区人哪天离得了咸{{trap/minority_word:奶茶}}呢。
访谈者：牧区的日子跟从前比怎么样？
受访者：变了不少。以前一家一户放牧，草场大，羊也多；现在禁牧休牧，羊只能圈着喂，草料钱一年比一年贵。我一个老婆子拉不动草捆，就把一半的草场租给了嘎查里的合作社，一年拿四千多块钱租金。旗里给我们装了风光互补的电，冬天屋里有电暖气，孩子们写作业不冻手了。孙子说他们学校有暖气，有澡堂子，比家里强，我听了心里又高兴又难受。
访谈者：孩子们放假回来都做些什么？
受访者：孙子帮我喂羊、铡草，晚上教妹妹写蒙古文。孙女画画，画她爸骑着摩托回来，画完了贴在墙上。我不识字，就听他们念课文，念错了我也听不出来，光觉得好听。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}那天，我给孩子们煮{{trap/minority_word:手把肉}}，摆{{trap/minority_word:奶豆腐}}。夏天嘎查祭{{trap/minority_word:敖包}}，孙子跟着去赛马。晚上我给他们讲{{trap/famous:忽必烈}}的故事，孙女听着听着就睡了。
访谈者：登记表上要填地址、证件号和电话。
受访者：家在{{address:阿巴嘎旗洪格尔高勒镇萨如拉图雅嘎查三组11号}}，冬天孩子上学，我在旗里租了个房，在{{address:别力古台镇额尔敦小区5号楼2单元102室}}。我的身份证{{id_number@wy1957x.152522}}，孙子的在学校那儿，我没带。我电话{{mobile@plain}}，{{minority/mongolian:孟根图雅}}的电话{{mobile@s434}}，她的微信是{{wechat:mengen_tuya85}}。孙子有个QQ，说跟同学对作业用，号码他写在炕柜门上了，我念给你：{{qq:2709538146}}。
访谈者：孩子们妈妈还来看吗？
受访者：{{han:秦晓丽}}她过年打个电话，寄过一回棉衣。孙女接电话只会哭。我不怪她，她还年轻，总不能守着。
访谈者：亲戚里还有谁能搭把手？
受访者：老伴的弟弟{{minority/mongolian:图布信}}在{{trap/place:二连浩特}}跑运输，每年开春来给我剪羊毛。我的侄女{{minority/mongolian:包阿拉坦}}在旗医院当护士，孙女看病都找她。
访谈者：表上名字写得对吗？
受访者：不对的多。学校名单上孙子成了{{spaced:宝 日 胡 朝 克 图}}，孙女是{{spaced:敖　敦　其　其　格}}，我是{{spaced:哈斯其木 格}}，老伴的名字在户口本上是{{spaced:达木丁 巴雅尔}}。
访谈者：最后您想说什么？
受访者：盼孩子们念书念出去。孙子说要当兽医，孙女说要当老师，我说好，额吉替你们守着这群羊。
""")

# H218: Tibetan aunt in 德钦 (迪庆, 云南) raising her dead sister's three children; their father is in prison.
DOCS["H218"] = ("family", """\
访谈者：阿佳，先说说您家的情况吧。
受访者：我叫{{minority/tibetan:农布拉宗}}，四十二岁，家在{{trap/place:德钦}}县城往{{trap/place:奔子栏}}去的路边上，种点青稞、核桃，养几头犏牛。我妹妹{{minority/tibetan:央金此姆}}前年生小的时候大出血，在{{trap/place:香格里拉}}的医院没抢救过来。妹夫{{minority/tibetan:格茸都吉}}喝了酒跟人打架，把人打成重伤，判了六年，在{{trap/place:昆明}}服刑。三个娃娃就到了我家。
访谈者：孩子们多大？
受访者：老大是男孩，叫{{minority/tibetan:扎史次称}}，十四岁，学校里的汉名叫{{han:肖文斌}}，在{{school:德钦县民族中学初二（3）班}}。老二是姑娘，{{minority/tibetan:此里央珍}}，九岁，在{{school:升平镇中心完小三年级（1）班}}。小的{{minority/tibetan:斯那培楚}}才两岁，我们都叫他{{minority/tibetan:培楚}}，{{minority/tibetan:培楚}}还不会说整句话，只会喊阿佳。{{minority/tibetan:扎史次称}}我们平时叫{{minority/tibetan:扎史}}，这孩子从来不跟我要零花钱。{{minority/tibetan:此里央珍}}家里叫她{{minority/tibetan:央珍}}，她天天跟我睡一个被窝。
访谈者：您自己也有孩子吧？
受访者：有两个，都在{{trap/place:大理}}念书。我男人{{han:和建忠}}是纳西族，在县里开车，一个月回来两三趟。五个娃娃加上我婆婆，开销大，我就去{{trap/place:飞来寺}}那边给客栈洗床单。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:鲁茸卓玛}}，她帮我把三个娃娃报成事实无人抚养，一个月一人{{trap/number:一千四百六}}。村委会的{{han:李志明}}书记帮我家报了低保。乡上的民政助理{{han:马丽芬}}每个季度上门，她说得细，连娃娃的鞋码都记在本子上。县里社工站的{{compound:巫马晓婷}}和{{compound:皇甫子轩}}来过几趟，给老大做心理辅导，还有一个叫{{compound:闾丘嘉禾}}的教老二画画。
访谈者：孩子们在学校怎么样？
受访者：{{han:肖文斌}}他学习中等，就是爱打篮球。班主任{{han:谷秀梅}}老师跟我说，这孩子心重，他爸的事谁也不让提。老二的班主任叫{{minority/tibetan:次仁拉措}}，是从{{trap/place:奔子栏}}嫁到县城的，她说老二嗓子好，会唱山歌，也会跳{{trap/minority_word:弦子}}，学校开联欢会让她领舞。
访谈者：孩子们去看过爸爸吗？
受访者：去过一回。是县司法局的{{han:孙德林}}带着去的，路费是他们出的。{{minority/tibetan:格茸都吉}}隔着玻璃哭，说出来以后再也不喝酒了。老大一句话没说，回来路上问我，姨妈，六年是多少天。
访谈者：谁在生活上照顾得最多？
受访者：我婆婆{{minority/tibetan:阿主拉姆}}，七十一了，每天早上打{{trap/minority_word:酥油}}、烧{{trap/minority_word:糌粑}}，背着小的去转经。邻居{{han:王丽仙}}大姐是汉族，开小卖部，娃娃们去买本子从来不收钱。村医{{han:郎玉珍}}常来给小的打疫苗。
访谈者：家里的地和牛谁来管？
受访者：地是我跟婆婆种，青稞一年收一季，够吃，卖不了几个钱。核桃这几年价钱跌了，一斤才几块。犏牛三头，早上我挤完奶再去客栈，中午回来做饭，下午再去。老大放假就替我上山放牛，他说山上安静，想事情方便。有一回他在山上待到天黑还不回来，我打着电筒找，他坐在石头上看{{trap/place:梅里雪山}}，说他阿妈以前带他来过这儿。
访谈者：您自己累吗？
受访者：累，可不敢病。我要是倒下了，五个娃娃和一个老人谁管？有时候半夜醒了睡不着，就起来念经，念着念着天就亮了。
访谈者：过节的时候呢？
受访者：藏历年我们跳{{trap/minority_word:锅庄}}，娃娃们穿上新衣服去{{trap/place:东竹林寺}}磕头。婆婆讲{{trap/famous:格萨尔}}的故事，老二听了就拿根棍子当马骑。
访谈者：请说一下登记的信息。
受访者：家在{{address:德钦县奔子栏镇书松村二社17号}}，妹妹家原来的房子在{{address:德钦县升平镇阿东村四组8号}}，一直锁着。我的身份证{{id_number@wy1982.533422}}，老大的{{id_number@my2010hyphen.533422}}。我电话{{mobile@spaced}}，{{minority/tibetan:鲁茸卓玛}}的电话{{mobile@h38}}。老大有微信，说是跟他爸的律师联系用的，叫{{wechat:zhashi_cicheng}}。老二用我手机玩QQ，号码我记不住，她写在作业本第一页了，你看这儿：{{qq:58162047}}。
访谈者：表上名字写得对吗？
受访者：不太对。户口本上老大是{{spaced:扎 史 次 称}}，学校登的是{{spaced:肖　文　斌}}；老二写成了{{spaced:此里 央珍}}，我的名字有的写{{spaced:农　布　拉　宗}}。
访谈者：您最大的心愿是什么？
受访者：想让三个娃娃都念完书，等他们爸出来，一家人能好好的。我跟娃娃们说，你们阿妈在天上看着呢。
""")

# H219: Hui father in 大厂 (廊坊, 河北); his wife has uraemia, his brother is in prison and the brother's wife away.
DOCS["H219"] = ("family", """\
访谈者：刘师傅，您先说说家里的情况。
受访者：我叫{{han:刘振江}}，经名{{minority/hui:侯赛因}}，四十五，在{{trap/place:大厂}}开了个牛肉铺子。媳妇{{han:金秀岚}}，经名{{minority/hui:海力麦}}，三年前查出尿毒症，一个礼拜在{{trap/place:燕郊}}透析三回。{{han:金秀岚}}她说透析完浑身没劲儿，回来就躺着。家里两个孩子，还有我哥的孩子。
访谈者：您哥哥家怎么了？
受访者：我哥{{han:刘振河}}跟人合伙倒腾二手车，骗了人家钱，判了七年。嫂子{{han:白春霞}}去{{trap/place:北京}}给人当住家保姆，一个月回来一趟。侄子{{han:刘浩铭}}十一岁，就跟着我们过，他的经名叫{{minority/hui:乌斯曼}}，家里人都这么喊。{{minority/hui:乌斯曼}}就是犟，跟我闺女吵了架，饭都不吃。
访谈者：您自己的两个孩子呢？
受访者：儿子{{han:刘子墨}}十四，经名{{minority/hui:穆吉布}}，在{{school:大厂回族自治县第二中学初二（4）班}}。闺女{{han:刘梓悦}}九岁，经名{{minority/hui:鲁格娅}}，跟侄子一个学校，在{{school:大厂镇回民小学四年级（2）班}}，侄子在五年级。{{minority/hui:鲁格娅}}和{{minority/hui:乌斯曼}}天天一块儿上学，一块儿挨老师说。我让闺女把零花钱分一半给{{minority/hui:乌斯曼}}，她嘴上不乐意，还是给了。
访谈者：这几年谁帮了你们？
受访者：头一个是社区的儿童主任{{han:马凤琴}}，她把侄子按事实无人抚养报上去了，每个月{{trap/number:一千二百九}}。{{han:马凤琴}}也是回族，跟我媳妇是一个村出来的。我媳妇的大病救助是{{trap/org:县民政局}}的{{han:杨长顺}}科长给跑下来的。{{trap/org:清真寺}}的{{han:沙永海}}阿訇每个主麻都叫人送点{{trap/minority_word:油香}}来，寺里管事的乡老{{han:哈德明}}还给侄子交过一学期的饭费。
访谈者：孩子们学习怎么样？
受访者：儿子数学好，班主任{{han:米淑芳}}老师说他能考上{{trap/place:廊坊}}的好高中。侄子不行，上课走神。学校心理老师{{compound:司马静怡}}每周找他聊一回，还有个实习的，叫{{compound:上官浩然}}，带他打乒乓球，他这才有点笑模样。
访谈者：孩子的妈妈透析，钱够吗？
受访者：不够也得够。铺子一天挣个二三百，透析报完了一个月自己还得掏一千多。我媳妇的表妹{{minority/hui:金法图麦}}在{{trap/place:夏垫镇}}开饭馆，隔三岔五送点钱来，说是借的，从来不要。我们大厂的回民讲究互相帮，谁家有事，坊上都知道。
访谈者：侄子去看过他爸吗？
受访者：去过两回，是司法所的{{han:王金栋}}所长帮着联系的。回来以后他问我，叔，我爸出来还认得我吗。我说认得，你长多高他都认得。
访谈者：铺子的生意怎么样？
受访者：凑合。大厂的牛羊肉有名，北京、燕郊来买的人多，可开铺子的也多。我每天三点起来去屠宰场拉肉，七点开门，晚上九点关门。媳妇透析那几天，铺子就交给我堂弟看着。三个孩子放学回来就在铺子后头写作业，写完了帮我剔骨头、打包装，闺女收钱比我还利索。
访谈者：您自己身体吃得消吗？
受访者：腰椎间盘突出，站久了疼。可没法歇，一歇这一大家子就断了顿。我跟孩子们说，你们爹是头老牛，拉得动，你们就管念书。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:开斋节}}我们炸馓子，三个孩子都换上新衣服跟我去寺里。{{trap/minority_word:古尔邦节}}宰牛，肉分三份，一份给穷人。媳妇身子好一点的时候，给孩子们讲{{trap/famous:常遇春}}的故事，说回回人也有大将军。
访谈者：有没有别的亲戚？
受访者：我老舅{{minority/hui:白伊德里斯}}，八十了，在{{trap/place:潮白河}}边上住。他常说，这几个孩子都是咱刘家的根。还有我媳妇的姐姐{{minority/hui:金素福燕}}，她在北京{{trap/place:牛街}}，给孩子们寄过书包。
访谈者：登记表要填地址、身份证和电话。
受访者：家在{{address:大厂回族自治县大厂镇南辛庄村三街42号}}，嫂子在北京住的是{{address:朝阳区双桥东路常营小区6号楼3单元503室}}。我的身份证{{id_number@my1979.131028}}，侄子的{{id_number@my2013fw.131028}}。我电话{{mobile@hyphen}}，媳妇电话{{mobile@plus86dash}}，她的微信叫{{wechat:Hailimai_Jin0309}}。侄子有QQ，说是他爸进去之前给他申的，号码是{{qq:3152806749}}。
访谈者：表上的名字写得对吗？
受访者：错过两回。侄子的名字在救助表上是{{spaced:刘 浩 铭}}，我媳妇写成了{{spaced:金秀 岚}}，我老舅在寺里的名册上是{{spaced:白 伊 德 里 斯}}。
访谈者：最后您想说什么？
受访者：就盼着媳妇能排上换肾，我哥早点出来。孩子们好好念书，不走歪道，我这当爹又当叔的，也就心安了。
""")

# H220: Han mother in 达州 (四川), lame from polio; her husband works in a shoe factory in 浙江.
DOCS["H220"] = ("family", """\
访谈者：大姐，您家里几口人？
受访者：五口。我叫{{han:冉素琼}}，三十九，小时候得过小儿麻痹，左腿不得力。屋头在{{trap/place:达州}}{{trap/place:宣汉}}的山上。男人{{han:蒲国兵}}在{{trap/place:温州}}鞋厂打工，一年回来一趟。三个娃儿，两个大的是双胞胎，小的是女娃子。
访谈者：孩子们叫什么？
受访者：双胞胎一个叫{{han:蒲宇航}}，一个叫{{han:蒲宇峰}}，十二岁，在{{school:宣汉县胡家镇中心校六年级（2）班}}。屋头喊大的{{han:冬瓜}}，喊小的{{han:秤砣}}，从小胖嘟嘟的。{{han:冬瓜}}都晓得帮我挑水了，{{han:秤砣}}也会喂猪，两兄弟放学回来一个割草一个烧火。我让{{han:秤砣}}看着妹妹，他比哥哥细心。女娃子叫{{han:蒲思甜}}，七岁，小名{{han:豆芽}}，瘦得跟根葱一样，{{han:豆芽}}就是挑嘴。
访谈者：您男人多久回来一次？
受访者：过年回来。{{han:蒲国兵}}他说厂里计件，回来一趟少挣好几千。娃儿想他，就跟他视频，{{han:豆芽}}一看到她爸就哭。
访谈者：还帮着照顾别人家的孩子？
受访者：隔壁{{han:唐春林}}两口子都在{{trap/place:瑞安}}，两个儿子扔给奶奶。奶奶前年中风，话都说不清，两个娃儿就天天在我屋头吃饭。大的{{han:唐嘉乐}}十岁，小的{{han:唐嘉庆}}六岁，小名{{han:水牛}}。{{han:唐春林}}那边每个月打八百块钱过来，那娃儿吃得多，八百块哪够，我也不好意思说。
访谈者：有谁帮过你们？
受访者：村上的儿童主任{{han:杜秀兰}}，她给我办了残疾人两项补贴，又给唐家两个娃儿登记成留守儿童，一学期有{{trap/number:五百块}}的补助。村支书{{han:蒋德明}}帮我家报了低保，他就是嘴巴厉害，心是好的。镇上民政办的{{han:何家富}}来看过几回，给我们送了两床棉絮。
访谈者：学校那边呢？
受访者：双胞胎的班主任{{han:符晓燕}}老师好，娃儿作业没做完，她留下来陪到天黑。{{han:唐嘉乐}}在{{school:胡家镇中心校四年级（1）班}}，他们班的{{han:邓良才}}老师是个老教书匠，年年家访。学校请了心理老师，叫{{compound:长孙慧琳}}，她说留守的娃儿要多夸，我{{trap/word:向来}}不会夸人，就跟她学。县上社工站还有一个叫{{compound:尉迟国庆}}的来搞过活动。
访谈者：您腿不方便，地里的活怎么办？
受访者：请人，换工。屋后头{{han:胥大山}}他们家帮我犁地，我帮他家缝补衣裳。{{han:胥大山}}说，你一个女人家拉扯五个娃儿，我们帮点是应该的。夏天热，我坐在院坝里打{{trap/word:蒲扇}}，看娃儿写作业，心头也安逸。
访谈者：您男人在那边过得怎么样？
受访者：他住厂里的宿舍，八个人一间，夏天热得睡不着。活是计件的，一天站十一二个钟头，手上全是胶水烫的疤。他舍不得花钱，一顿饭不超过十块，挣的钱每个月十号准时打回来。去年他胃出血住了一回院，怕我着急，出院了才跟我说。我在电话里骂他，骂完了又哭。
访谈者：您腿不好，平时怎么接送孩子？
受访者：学校在山下，走路要四十分钟。天晴的时候三个娃儿自己走，下雨天路滑，我就拄着拐送到垭口，看着他们下去。村上给我们这些路远的娃儿申请了校车，今年秋天就通了，我心头一块石头才落了地。
访谈者：过年怎么过？
受访者：杀年猪，熏腊肉。男人回来那几天，娃儿些高兴得跟过年一样，本来就是过年嘛。他给娃儿讲{{trap/famous:元稹}}在{{trap/place:通川}}做官的故事，是他在厂里听工友说的。
访谈者：登记表要写地址和电话。
受访者：屋头在{{address:宣汉县胡家镇石门村五组18号}}，男人在温州住的是{{address:瓯海区娄桥街道古岸头村西路9号302}}。我身份证{{id_number@wy1985.511722}}，{{han:蒲思甜}}的{{id_number@wy2017.511722}}。我电话{{mobile@s38}}，男人电话{{mobile@plus86}}。男人的微信{{wechat:puguobing_wz}}。{{han:冬瓜}}用我的旧手机耍QQ，他说是跟他爸留言的，号码：{{qq:1386025947}}。
访谈者：表上名字写得对吗？
受访者：乡上的表上大的写成{{spaced:蒲　宇　航}}，{{han:唐嘉乐}}写成{{spaced:唐 嘉 乐}}，我是{{spaced:冉素 琼}}。
访谈者：您最大的心愿是什么？
受访者：盼男人在屋头附近找个活路，一家人{{trap/word:何必}}分两处。娃儿们念书争气，莫像我们这辈，一辈子打工。
""")

# H221: Han village doctor in 六安 (安徽) and the children in distress among his patients, their WeChat and QQ.
DOCS["H221"] = ("staff", """\
访谈者：储医生，您在村卫生室多少年了？
受访者：二十六年。我叫{{han:储德华}}，在{{trap/place:金寨}}山里的卫生室，一个村两千多口人，看病、打针、建健康档案都是我。村里困境的娃娃我心里有本账，他们家的大人基本都在我微信里。
访谈者：能说说这些孩子吗？
受访者：头一个是{{han:汪小禾}}，九岁。她妈{{han:程桂荷}}有癫痫，三天两头犯，她爸{{han:汪德胜}}五年前去{{trap/place:苏州}}打工，再也没回来。娃娃跟外婆{{han:程玉珍}}过。{{han:程玉珍}}她微信名就是自己的名字，头像是外孙女，有事就给我发语音：储医生，{{han:桂荷}}又犯了。
访谈者：第二个？
受访者：第二个{{han:操子轩}}，十一岁，他爸{{han:操明亮}}得了白血病，在{{trap/place:合肥}}住院，他妈{{han:阚玉兰}}在医院陪护。娃娃跟爷爷过，爷爷也七十多了。{{han:操明亮}}的微信名就是他的大名，他在病房里给我发化验单，让我帮着看。说句实话，这家人真让人{{trap/word:操心}}。
访谈者：第三个？
受访者：第三个是孤儿，{{han:詹雨菲}}，爸妈在{{trap/place:梅山水库}}边上出车祸走了，跟爷爷{{han:詹长林}}过。{{han:詹长林}}都快八十了，高血压、糖尿病，一个月我上门两趟，给他量血压、拿药。孙女在{{school:金寨县梅山镇第二小学五年级（3）班}}，成绩是全班第一。她有个QQ，头像是一朵向日葵，名字叫“{{han:菲菲}}”，她说那是她妈起的小名，号码是{{qq:624809173}}。
访谈者：还有吗？
受访者：还有七八个留守的，爸妈都在{{trap/place:宁波}}、{{trap/place:上海}}打工，跟着爷爷奶奶。老人们不会用微信的，我就打电话，一家一家问。夏天最怕娃娃下塘洗澡，我在村广播里一天喊三遍。
访谈者：村里谁管这些孩子的事？
受访者：儿童主任{{han:晏翠华}}，她建了个微信群，叫“村里的娃娃”，群里有家长、老师，也有我。村支书{{han:涂家和}}也在群里，他发个通知，大家就都知道了。镇民政办的{{han:黄春生}}在QQ群里收材料，孤儿基本生活费、事实无人抚养，都是他办。{{han:黄春生}}说，这两年{{trap/org:县民政局}}抓得紧，一个娃娃都不能落。县社工站的{{compound:慕容思雨}}和{{compound:公孙亦辰}}每个月进村，给娃娃们上课。
访谈者：您在群里怎么称呼大家？
受访者：群里都改了备注，备注是真名加村组，比如“{{han:阚玉兰}}-七组”。有的人自己起的微信名怪得很，我不认得，就问{{han:晏翠华}}。{{han:晏翠华}}跟我说那是孩子的一个姑姑，在外头打工，进群是想看看侄女。
访谈者：孩子们的病您怎么管？
受访者：{{han:汪小禾}}有点贫血，我让她外婆每天煮个鸡蛋。{{han:操子轩}}他爸的病要配型，{{trap/org:乡卫生院}}的{{han:毕春来}}院长帮着联系了省里的医院。{{han:詹雨菲}}上回发烧，半夜两点她爷爷给我打电话，我打着手电走了四里山路。
访谈者：登记表上要写地址、身份证和电话。
受访者：{{han:詹长林}}家在{{address:金寨县梅山镇大湾村七组23号}}，{{han:程玉珍}}家在{{address:金寨县梅山镇汪冲村三组6号}}。{{han:詹雨菲}}的身份证{{id_number@wy2014x.341524}}，{{han:操明亮}}的{{id_number@mhyphen.341524}}。{{han:晏翠华}}的电话{{mobile@plain}}，她微信号是{{wechat:yancuihua_dawan}}。我的微信{{wechat:chudehua1970}}，电话就不用写了，全村都知道。{{han:操子轩}}有QQ，说是他爸住院以后跟他爸视频用的，他写在药盒上给我：号码——你看这儿——{{qq:2290537816}}。
访谈者：这些孩子的病，跟家里的情况有关系吗？
受访者：有关系。大人不在身边，娃娃吃饭就凑合，方便面、辣条当饭，贫血的、龋齿的多。老人自己也有病，顾不上。我每学期去学校给娃娃们体检一回，量身高体重、查视力，有问题的就在本子上标红，跟家长说。家长在外地的，我就把体检单拍照发到微信上，让他们知道娃娃长多高了。有个爸爸在工地上看到照片，回了我一句：储医生，我娃比我走的时候高了一个头。
访谈者：您觉得最难的是什么？
受访者：看着娃娃们受苦，帮不上大忙。我就是个村医，只能看个头疼脑热，{{trap/famous:华佗}}再世也治不了穷。卫生健康热线{{trap/hotline:12320}}我贴在卫生室门口，谁都能打。可大家信我，有事先找我，我就觉得这二十多年没白干。
访谈者：表上名字写得一致吗？
受访者：不一致。救助表上那个小姑娘写成{{spaced:汪 小 禾}}，她爷爷写成了{{spaced:詹　长　林}}，儿童主任自己签字签的是{{spaced:晏翠 华}}。
""")

# H222: Kazakh mother in 尼勒克 (伊犁); her husband lost both legs to frostbite; four children.
DOCS["H222"] = ("family", """\
访谈者：大姐，您家里现在什么情况？
受访者：我叫{{minority/kazakh:巴合提努尔·吐尔逊别克}}，三十八岁，家在{{trap/place:尼勒克}}县{{trap/place:喀什河}}边上的定居点。丈夫{{minority/kazakh:赛力克·阿曼太}}前年冬天在{{trap/minority_word:冬窝子}}找跑散的马，遇上暴风雪，在雪里困了一夜，两条腿冻坏了，在{{trap/place:伊宁}}截了肢。他现在坐轮椅，重活一点干不了。{{minority/kazakh:赛力克}}他以前是村里最能干的牧人，现在整天不说话。
访谈者：孩子们多大？
受访者：四个。老大{{minority/kazakh:阿尔曼·赛力克}}十五，在{{school:尼勒克县第二中学初三（2）班}}住校；老二是姑娘，{{minority/kazakh:阿克那尔·赛力克}}，十二；老三{{minority/kazakh:叶尔哈那提·赛力克}}九岁，他俩都在{{school:乌赞镇寄宿制小学六年级（1）班}}和三年级；老四{{minority/kazakh:托米丽斯}}才五岁，在村里的幼儿园。家里叫老大{{minority/kazakh:阿尔曼}}，老二叫{{minority/kazakh:阿克那尔}}。老大就是懂事，周末回来替他爸推轮椅、挤马奶。{{minority/kazakh:阿克那尔}}也是，学校发的牛奶自己不喝，带回来给妹妹。我常跟{{minority/kazakh:阿克那尔}}说，你是姐姐，要帮妈妈。
访谈者：这两年谁帮过你们？
受访者：村里的儿童主任{{minority/kazakh:古丽孜巴·马合沙提}}，她给四个孩子都登记了，丈夫是一级残疾，孩子们按困境儿童每月{{trap/number:一千零八十}}。她跑了好几趟乡上，每回回来都跟我说进度。村支书{{minority/kazakh:加尔肯别克·沙依兰}}给我们家报了低保，工作队的{{han:贺永强}}队长帮我们申请了轮椅和护理补贴。乡卫生院的{{han:邱海燕}}大夫每个月来给丈夫换药。{{trap/org:县残联}}的{{han:白志鹏}}来家里量过门，说要给我们改一个坡道。
访谈者：孩子们在学校怎么样？
受访者：老大数学好，班主任{{han:倪春霞}}老师说他能考到{{trap/place:乌鲁木齐}}的内高班。老二跳舞好，她的老师{{minority/kazakh:阿依达娜·叶尔肯}}说要带她去{{trap/place:伊犁}}州里比赛。学校的社工{{compound:令狐雨晴}}常找老大谈，说他心里压着事；还有县社工站的{{compound:诸葛明辉}}，教老二用电脑。
访谈者：孩子们的爷爷奶奶呢？
受访者：公公{{minority/kazakh:阿曼太·胡尔曼}}七十多了，还在山上放几十只羊。他说，只要他还能骑马，孙子们就有肉吃。我娘家哥哥{{minority/kazakh:努尔兰别克吐尔逊别克}}在{{trap/place:唐布拉}}开毡房接待游客，夏天让老大去帮忙，一个暑假能挣两千多。
访谈者：丈夫现在怎么样？
受访者：刚截肢那半年，他天天喝酒，不跟人说话，孩子们都怕他。后来县里来了个康复师，教他用轮椅、练胳膊的劲，他慢慢缓过来了。现在他在家里编马鞭、做马鞍子，手艺好，{{trap/place:那拉提}}那边的牧民来订，一个能卖三四百。他说，腿没了，手还在，不能让老婆一个人扛。
访谈者：家里的牲口还有多少？
受访者：马卖了，留了两头奶牛、二十几只羊。夏天我带着老三老四上夏牧场，老大老二放假也来。冬天就在定居点圈养，草料是乡上补贴一部分，自己买一部分。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾肉孜节}}我煮{{trap/minority_word:纳吾肉孜饭}}，炸{{trap/minority_word:包尔萨克}}。村里办{{trap/minority_word:阿肯弹唱}}，丈夫让老大推他去听，听着听着就哭了。晚上我给孩子们讲《少女{{trap/famous:吉别克}}》，老四听不懂，可是喜欢听。
访谈者：您自己身体呢？
受访者：腰不好，挤奶挤多了。夏天去山上打草、冬天喂牲口都是我。邻居{{han:马德林}}是回族，开个小卖部，买东西从来给我们抹零头。他儿子{{han:马小骏}}帮我们拉过两回草料。
访谈者：登记表要写地址和号码。
受访者：家在{{address:尼勒克县乌赞镇阿克塔斯村二组14号}}，冬窝子在{{address:尼勒克县克令乡萨尔布拉克村五组3号}}。我的身份证{{id_number@wy1986spaced.654028}}，丈夫的身份证在乡上办残疾证的时候留了复印件。我的电话{{mobile@plus86spaced}}，{{minority/kazakh:古丽孜巴}}的电话{{mobile@hyphen}}，她微信{{wechat:Gulziba_M}}。{{minority/kazakh:阿尔曼}}有QQ，他说是学校组织网课用的，号码他写在日历背面：{{qq:73905128}}。
访谈者：名字写得都一样吗？
受访者：不一样。户口本上丈夫是{{minority/kazakh:赛力克·阿曼太}}，低保卡上是{{minority/kazakh:赛力克阿曼太}}，没有点；学校把老二写成{{spaced:阿 克 那 尔 · 赛 力 克}}，把老大写成{{spaced:阿尔曼 · 赛力克}}，我在表上是{{spaced:巴合提努尔　吐尔逊别克}}，还有把老三写成{{spaced:叶尔哈那提 赛力克}}的。
访谈者：您最大的心愿是什么？
受访者：孩子们都念书，老大当医生，给他爸那样的人治病。丈夫说，马会老，人会老，孩子们念的书不会老。
""")

# H223: Han legal-aid lawyer in 乌兰浩特 (兴安盟) reading from the file of a guardianship case.
DOCS["H223"] = ("staff", """\
访谈者：您先介绍一下自己。
受访者：我叫{{han:隋立新}}，在{{trap/place:乌兰浩特}}的{{trap/org:法律援助中心}}做律师，做了十一年，这几年接的多是未成年人的案子。今天带的是一个撤销监护人资格的卷宗，当事人同意我讲，我把名字和号码念给你，你们自己处理。
访谈者：好，这是个什么案子？
受访者：申请人是两个孩子的姥姥，{{minority/mongolian:包塔拉格日乐}}，蒙古族，六十四岁，户籍在{{trap/place:科右前旗}}。被申请人是孩子的父亲{{han:柴国梁}}，四十一岁，酗酒，喝多了就打孩子。孩子的母亲{{minority/mongolian:白塔米尔}}{{trap/year:2022年}}得胃癌去世。两个孩子，大的{{han:柴锦程}}十二岁，在{{school:乌兰浩特市第六中学初一（3）班}}；小的{{han:柴锦玥}}八岁，上二年级。
访谈者：事情是怎么发现的？
受访者：是学校报的。{{han:柴锦程}}冬天穿着单鞋来上学，脸上有伤，班主任{{han:于春华}}老师问了半天，他才说是他爸打的。{{han:于春华}}就报给了学校，学校报了派出所，派出所的{{han:乔德胜}}所长带人去了家里。孩子他爸当时喝得站都站不稳。
访谈者：之后呢？
受访者：民政局先把两个孩子临时安置到姥姥家，儿童福利科的{{han:鞠丽娟}}科长跟了全程。盟里的{{trap/org:妇联}}也派了人。检察院支持起诉，承办的检察官叫{{compound:赫连晓东}}，他写的支持起诉意见书有二十多页。社工是{{compound:东方婉清}}，她给两个孩子做了心理评估，同去的还有实习社工{{compound:澹台雨萱}}。
访谈者：卷宗里有什么特别的地方？
受访者：有。村委会出的证明上，被申请人的名字写了两遍，“{{han:柴国梁}}{{han:柴国梁}}”，是打字的人粘贴多了，我们还专门去补了一份。姥姥的名字在几份材料里写法不一样：有的是{{spaced:包塔拉 格日乐}}，有的是{{spaced:包 塔 拉 格 日 乐}}，户口本上是{{minority/mongolian:包塔拉格日乐}}，村里人喊她{{minority/mongolian:塔拉}}。{{minority/mongolian:塔拉}}她说，孩子她爸以前不这样，是从妈没了以后才喝上的。
访谈者：孩子们现在怎么样？
受访者：在姥姥家。姥爷{{minority/mongolian:白巴特尔仓}}前年也走了，家里就靠姥姥的低保和孩子们的事实无人抚养补贴，每人每月{{trap/number:一千五百七}}。舅舅{{han:白永清}}在{{trap/place:阿尔山}}开出租，一个月给寄一千。{{han:柴锦玥}}晚上还尿床，{{compound:东方婉清}}说是吓的，要慢慢来。
访谈者：法院怎么判的？
受访者：{{trap/year:2023年}}秋天开的庭，审判长是{{compound:司徒振华}}法官，合议庭还有{{han:秦少峰}}、{{han:陶雪梅}}两位。判决撤销父亲的监护人资格，指定姥姥为监护人，父亲每月付抚养费八百元。宣判那天，大孩子跟他爸说，爸，你把酒戒了，我就回来看你。
访谈者：这种案子一般要办多久？
受访者：快的三四个月，慢的一年多。取证最难：邻居不愿意作证，怕得罪人；孩子小，说不清楚，问多了又怕伤着他。我们跟检察院、妇联一起，先做社会调查，找学校、村委会、卫生院一家一家谈，再请心理咨询师陪着孩子做询问，全程录像，只问一次。孩子的伤情是医院出的诊断，派出所有出警记录，这些都是证据。
访谈者：父亲那边怎么说？
受访者：他开始不认，说打孩子是管教。后来在庭上看到孩子画的画，一个大人拿着酒瓶子，两个小人躲在桌子底下，他就不说话了。
访谈者：卷宗里的身份信息呢？
受访者：姥姥住在{{address:科右前旗归流河镇永丰村四组19号}}，{{han:柴国梁}}原来的住址是{{address:乌兰浩特市和平街道五一小区3号楼2单元401室}}。姥姥的身份证号{{id_number@wy1960.152221}}，{{han:柴国梁}}的{{id_number@my1982spaced.152201}}，{{han:柴锦程}}的{{id_number@my2011quad.152201}}，小的还没办身份证，用的是户口本。姥姥的电话{{mobile@s434}}，舅舅{{han:白永清}}的电话{{mobile@p86h}}，他的微信号是{{wechat:baiyongqing_aes}}。{{han:柴锦程}}有个QQ，他说他爸打他那天就是在QQ上跟同学说的，号码在证据目录第七页，是{{qq:1067384952}}。
访谈者：表上其他名字写法呢？
受访者：申请书上两个孩子写成{{spaced:柴　锦　程}}和{{spaced:柴 锦 玥}}，检察官的名字被写成{{spaced:赫连 晓东}}，审判长签字是{{spaced:司 徒 振 华}}。我们律师最怕这种，差一个字，后面的手续就办不下来。
访谈者：做这类案子，您有什么感受？
受访者：撤销监护是最后一步，谁也不愿意走。可孩子不能等。像{{trap/famous:狄仁杰}}断案那样的故事孩子们爱听，可我们办案靠的是证据，一份一份攒。法律援助热线{{trap/hotline:12348}}，谁遇上这种事都可以打。
""")

# H224: Manchu grandmother in 岫岩 (辽宁) raising two grandchildren; their father is in prison, their mother died.
DOCS["H224"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：三口，我带着俩孙子孙女。我叫{{han:佟淑贤}}，七十了，满族，老姓{{trap/minority_word:佟佳}}，家谱上写的是{{minority/manchu:佟佳·淑贤}}。家在{{trap/place:岫岩}}东边山沟里，种点苞米，养几箱蜂。老伴{{han:关德福}}前年脑出血走了，他家老姓{{trap/minority_word:瓜尔佳}}，谱上写{{minority/manchu:瓜尔佳·德福}}。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:关振岳}}开大车，前年酒后开车{{trap/word:肇事}}，把人撞没了，判了五年，在{{trap/place:鞍山}}服刑。儿媳{{han:孙丽娜}}那年也在车上，没救过来。俩孩子就剩我这个奶奶了。
访谈者：孩子们多大？
受访者：孙子{{han:关一鸣}}十三，在{{school:岫岩满族自治县第三初级中学初一（5）班}}；孙女{{han:关悦然}}七岁，在{{school:岫岩镇第二小学一年级（2）班}}。续谱的时候老辈人给他们写上了{{minority/manchu:瓜尔佳·一鸣}}、{{minority/manchu:瓜尔佳·悦然}}。孙子就是闷，有啥事憋在心里；{{han:关悦然}}还小，天天问她爸啥时候回来。
访谈者：这两年谁帮你们？
受访者：村里的儿童主任{{han:何玉兰}}，她给俩孩子报了事实无人抚养，一个月一人{{trap/number:一千三百四}}。她也是满族，谱上叫{{minority/manchu:赫舍里·玉兰}}，跟我是老姐们儿。村支书叫{{han:那长海}}，有啥难处我就找{{han:那长海}}。镇民政的{{han:肇立军}}给我办了低保，还帮着申请了孙女的助学金。社工站有个姑娘叫{{compound:宇文静娴}}，还有个老师是{{compound:呼延志刚}}，每个月来一回，陪孙子下棋。县医院来义诊的是{{compound:欧阳晓岚}}大夫，给我开了治腰疼的药。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:鄂春燕}}老师说，孩子成绩往下掉，上课老走神，可作文写得好，写他爷爷养蜂。孙女的老师{{han:富丽君}}挺{{trap/word:关心}}她，冬天给她带过手套。
访谈者：孩子们去看过爸爸吗？
受访者：去过一回，镇司法所的{{han:白振国}}开车拉我们去的。{{han:关振岳}}他隔着玻璃一个劲儿哭，说对不起他妈，对不起孩子。孙子一句话不说，出来在车上才哭。
访谈者：邻居们呢？
受访者：隔壁{{minority/manchu:叶赫那拉·桂芝}}老太太八十多了，剪纸剪得好，教孙女剪{{trap/minority_word:嬷嬷人}}。她的汉名叫{{han:那桂芝}}。{{minority/manchu:叶赫那拉·桂芝}}说，咱满族的孩子，啥苦都吃得。后院{{han:赫长顺}}家帮我收苞米，他媳妇{{han:赫秀云}}常给孩子们送{{trap/minority_word:萨其马}}。
访谈者：家里还有别的老人的说法吗？
受访者：我婆家最早的老祖宗，谱上只写满文名字，叫{{minority/manchu:乌勒登额}}，说是跟着{{trap/famous:皇太极}}打过仗的。{{minority/manchu:乌勒登额}}底下传了十一辈。我娘家那边有个舅爷叫{{minority/manchu:他塔喇·春生}}，谱上也这么写，他在{{trap/place:丹东}}教书，孩子们的学费他帮过两回。
访谈者：家里的收入靠什么？
受访者：靠蜂蜜和低保。我养了十二箱蜂，好年景一年能摇三百多斤蜜，卖给城里来收的，一斤二十来块。苞米地租出去了，我一个人种不过来。孙子放假帮我看蜂箱，挨过好几回蜇，脸肿得跟馒头似的，也不哭。村里搞了个合作社，收我们的山货，去年给我分了六百块钱红利。
访谈者：您身体怎么样？
受访者：腰不行，心脏也不好，一到冬天就喘。我就怕哪天一口气上不来，俩孩子咋整。镇里说，万一我不行了，孩子可以去县里的儿童福利院，可我不乐意，我想让他们在家。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:颁金节}}村里唱戏，过年贴挂钱、包饺子，孩子们玩{{trap/minority_word:嘎拉哈}}。孙女说等她爸回来，要给他包一碗酸菜馅的。
访谈者：登记表要写地址和号码。
受访者：家在{{address:岫岩满族自治县药山镇北沟村六组8号}}，儿子原来在城里住{{address:岫岩镇东北街福兴小区7号楼1单元502室}}。我的身份证{{id_number@wold.210323}}，孙子的{{id_number@my2012fwspaced.210323}}，孙女的还没办。我电话{{mobile@fullwidth}}，{{han:何玉兰}}电话{{mobile@s38}}，她的微信是{{wechat:heyulan_yaoshan}}。孙子有个QQ，他说是他爸进去以前给他注册的，我看不明白，号码写在墙上挂历后面呢：{{qq:4701852396}}。
访谈者：名字写得一样吗？
受访者：不一样。家谱上我是{{minority/manchu:佟佳·淑贤}}，低保卡上成了{{minority/manchu:佟佳淑贤}}；孙子在学校是{{spaced:关 一 鸣}}，谱单上写成{{spaced:瓜尔佳 · 一鸣}}；隔壁老太太写成过{{spaced:叶 赫 那 拉 · 桂 芝}}。
访谈者：您最大的心愿是什么？
受访者：等儿子出来，一家人团圆。我就盼着多活几年，把俩孩子供出来。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=217,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout28",))


if __name__ == "__main__":
    main()
