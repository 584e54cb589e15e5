# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 12 (tests/pii/holdout12/H81-H88 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 12 is about children in distress (困境儿童) in south-western, southern and north-western China, in eight new
voices: a Naxi grandmother in 玉龙 (白沙镇) whose son died on a building site and whose Mosuo daughter-in-law left,
a Zhuang village child director (儿童主任) in 东兰 (隘洞镇, 河池) with three families, a Miao primary-school teacher
in 雷山 (西江镇, 黔东南), a Pan Yao father in 金秀 (罗香乡) whose wife died, a Tujia child director in a relocation
community of 来凤 (恩施) with the children of migrant parents, a Kyrgyz herder in 阿合奇 (色帕巴依乡) raising his
drowned brother's children with his Tajik wife, a Lahu village doctor in 澜沧 (竹塘乡) with Lahu children and a Wa
family from 西盟, and a Hakka migrant worker in 东莞 (长安镇) with his mother in 梅县 (雁洋镇). The emphasis is on
forms where a replacement might cover only part of a name, in a mix: Han surnames that are also words (和, 莫, 农,
蒙, 向, 田, 盘, 房, 党, 从, 於, 利, 幸, 古, 练, 巫, 卜) directly beside that word used as a word (我和和雪松, 杨和平和,
向向德贵), Naxi, Zhuang and Yao names of a Han surname before a non-Han given name (和阿土, 莫特勇, 蒙达凤, 盘三妹,
赵四妹, 房三) and Zhuang teknonyms (乜特凡, 卜达美), Miao father-son linked names and their links (金里, 里当, 当故,
金里当故, 杨金里), Kyrgyz and Tajik given + father's name with and without a middle dot, Lahu names with 扎/娜 and Wa
names with 岩/叶/尼/艾, short forms after a long name, names that are words (田野, 向阳, 燕子), nicknames (阿乐, 阿锋,
阿添), names directly before particles and verbs, spaced and split names, and compound surnames after ordinary
words.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和雪松}}``, ``{{qq:2087461935}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (naxi, mosuo, tibetan, zhuang, miao, yao, kyrgyz,
                                   tajik, lahu, wa, dai) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.530721}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 书记, 所长, 婶, 伯, 爷爷,
奶奶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他们, 那边) are
outside the span. Han-style names of Naxi, Zhuang, Miao, Yao, Tujia and Kyrgyz people (和玉秀, 韦秋菊, 杨秀芸, 盘德兴,
田茂英) and nicknames built on a Han given name (阿乐, 阿锋, 燕子) are category han; a Han surname before a non-Han
given name (和阿土, 莫特勇, 杨金里, 盘三妹, 李扎发, 魏岩改) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout12/make_holdout12.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(12_2026_1205)
MINORITY_GROUPS = ("naxi", "mosuo", "tibetan", "zhuang", "miao", "yao", "kyrgyz", "tajik", "lahu", "wa", "dai")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 80, "han": 90, "spaced": 25, "compound": 20, "address": 12, "school": 10, "qq": 8,
          "wechat": 8, "mobile": 12, "id_number": 12}
GROUP_FLOORS = {"miao": 12, "yao+zhuang": 12, "kyrgyz+tajik": 12, "lahu+wa": 12}
TRAP_FLOOR = 60

MOBILE_PREFIXES = ["135", "136", "137", "150", "151", "157", "158", "166", "173", "175", "176", "181", "183", "187",
                   "188", "191", "198"]


DOCS: dict[str, tuple[str, str]] = {}

# H81: Naxi grandmother, 玉龙纳西族自治县 白沙镇; her son died on a building site, his Mosuo wife left; two grandsons.
DOCS["H81"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：就三口，我跟两个孙子。我叫{{han:和玉秀}}，七十一了，纳西族。我们村在{{trap/place:玉龙雪山}}脚下，离{{trap/place:白沙}}街子三里路。老伴{{han:和正昌}}前年走了。儿子{{han:和建勋}}在{{trap/place:丽江}}古城给客栈盖房子，从架子上摔下来，没救过来。
访谈者：孩子的妈妈呢？
受访者：儿媳妇是{{trap/place:泸沽湖}}那边的摩梭人，叫{{minority/mosuo:格若拉措}}。{{minority/mosuo:格若拉措}}她在儿子走后半年就回了娘家，后来听说去{{trap/place:昆明}}打工了。{{minority/mosuo:拉措}}也打过两回电话，说挣够了钱就来接孩子，我不信，也不跟孩子说。
访谈者：两个孩子多大了？
受访者：大的叫{{han:和雪松}}，十二岁，在{{school:玉龙县白沙镇中心完小六年级（2）班}}；小的叫{{han:和嘉木}}，八岁，在{{school:玉龙县白沙镇中心完小二年级（3）班}}。我{{trap/word:和}}{{han:和雪松}}说好了，他管弟弟，我管他俩。{{han:和雪松}}都会自己烤{{trap/minority_word:饵块}}了。小的纳西小名叫{{minority/naxi:阿嘎若}}，{{minority/naxi:阿嘎若}}一哭就要找阿妈。
访谈者：村里谁在帮你们？
受访者：村委会主任{{han:和耀先}}，{{han:和耀先}}他是看着我儿子长大的，给两个孩子报了事实无人抚养，一个月{{trap/number:一千三百五}}。有事我就找{{han:和耀先}}。儿童主任{{han:木丽芬}}也是纳西族，{{han:木丽芬}}每个礼拜来翻作业本。{{trap/org:县民政局}}派的社工叫{{compound:欧阳沁}}，她跟同事{{compound:司徒嘉禾}}来过三回，给小的做游戏治疗。
访谈者：学校的老师怎么说？
受访者：班主任{{han:杨和平}}老师说{{han:和雪松}}作文写得好，写过一篇《我的奶奶》，在全校念了。{{han:杨和平}}{{trap/word:和}}教小的那个班的{{han:牛红艳}}老师都说，孩子缺的不是钱，是有人听他们说话。
访谈者：亲戚们常来吗？
受访者：大孙子的干爹是{{trap/place:香格里拉}}来的藏族，叫{{minority/tibetan:鲁茸东周}}，在古城卖{{trap/minority_word:牦牛肉干}}。{{minority/tibetan:东周}}每个月来一趟，带孩子去{{trap/place:黑龙潭}}喂鱼。我侄女{{han:和秋兰}}在{{trap/place:大研}}开米线馆，{{han:和秋兰}}家的孩子跟孙子同岁，礼拜天两个在一起写作业。村里的老{{trap/minority_word:东巴}}{{minority/naxi:和阿土}}教孙子写{{trap/minority_word:东巴文}}，孙子说{{minority/naxi:阿土}}爷爷写的字像画。
访谈者：孩子们有开心的时候吗？
受访者：有。{{trap/minority_word:三朵节}}村里跳{{trap/minority_word:阿丽哩}}，两个都去跳。晚上我给他们讲{{trap/famous:阿普三多}}骑白马护着村子，讲{{trap/famous:丁巴什罗}}降魔。小的问，{{trap/famous:阿普三多}}能不能把阿妈找回来？
访谈者：登记要用的信息方便说吗？
受访者：你写。家在{{address:玉龙县白沙镇新善村五组23号}}。我身份证{{id_number@wy1954.530721}}，大孙子{{id_number@my2013spaced.530721}}。我电话{{mobile@plain}}。大孙子用我的旧手机，微信{{wechat:hxs_yulong13}}；他还有个QQ，说是他爸在的时候申请的，号码抄在冰箱门上：{{qq:2087461935}}。
访谈者：表上孩子们的名字写对了吗？
受访者：错的多。大孙子写成{{spaced:和 雪 松}}，儿媳妇在低保本上是{{spaced:格 若 拉 措}}，一个字一个空。{{compound:欧阳沁}}说系统里还有写成{{spaced:格若　拉措}}的，中间一个大空格，她跑了两趟才改过来。
访谈者：您身体还行吗？
受访者：腿不好，{{trap/org:镇卫生院}}的{{han:和建梅}}大夫说是风湿，阴天就疼。我就怕哪天起不来了。我跟{{han:和秋兰}}说好了，我要是走了，两个孩子跟她。大孙子听见了，说奶奶你{{trap/word:莫}}乱讲，我长大了养你。
访谈者：冬天怎么过？
受访者：烧火塘。晚上三个人围着火塘坐，大的写作业，小的剥核桃，我纺麻线。大的有时候问我，奶奶，爸爸在天上冷不冷。我说不冷，你爸在{{trap/place:玉龙雪山}}上看着你们呢。小的听了就跑到门口，对着雪山喊爸爸。喊完了回来，趴在我腿上睡着了。
访谈者：孩子们跟妈妈还有联系吗？
受访者：大的偷偷加了他妈的微信，我知道，没说破。有一回他给他妈发了一张拿奖状的照片，他妈回了个大拇指，他高兴了一个礼拜。小的不记得他妈长什么样了，看见电视里穿{{trap/minority_word:百褶裙}}的摩梭女人就说那是阿妈。我心里难受，也只能说，等你长大了自己去{{trap/place:泸沽湖}}找。
访谈者：家里靠什么过日子？
受访者：我有一点养老金，孩子有补贴，地里种了玉米、洋芋，养了两头猪。夏天捡菌子卖给{{trap/place:古城}}的饭馆，一年能卖两三千块。侄女常拿米线馆剩下的肉给孩子们打牙祭。村里人心好，谁家杀猪都给我们送一块。
访谈者：您对孩子们有什么盼头？
受访者：盼他们念书。我这辈子不识字，只会唱{{trap/minority_word:纳西古乐}}里的几句调子。大的说要考到{{trap/place:昆明}}去念大学，当工程师，盖不会塌的房子。我说好，你盖好了，奶奶第一个去住。
""")

# H82: Zhuang village child director (儿童主任), 东兰县 隘洞镇 (河池); three families, Zhuang names beside Han ones.
DOCS["H82"] = ("staff", """\
访谈者：您是哪一年当上儿童主任的？
受访者：二〇一九年。我叫{{han:韦秋菊}}，壮族。寨子里的老人按老规矩叫我{{minority/zhuang:乜特凡}}，就是{{minority/zhuang:特凡}}他妈的意思，{{minority/zhuang:特凡}}是我儿子。我们村在{{trap/place:红水河}}边上，归{{trap/place:隘洞镇}}管，一千四百多人，困境儿童十一个。
访谈者：能说几家吗？
受访者：头一家姓莫。孩子爸{{han:莫振林}}欠了赌债去偷摩托车，判了五年，孩子妈去{{trap/place:广东}}再没回来。两个孩子跟着奶奶{{han:黄杏英}}过。大的丫头户口上叫{{han:莫丽娟}}，壮名叫{{minority/zhuang:达娟}}，十三岁，在{{school:东兰县隘洞镇初级中学初一（4）班}}。小的叫{{minority/zhuang:莫特勇}}，九岁，他都不肯去学校，说同学笑他爸是小偷。奶奶跟他说，{{minority/zhuang:莫特勇}}{{trap/word:莫}}哭，{{trap/word:莫}}理他们。
访谈者：第二家呢？
受访者：第二家姓农，是孤儿。爸爸{{han:农永光}}在矿上得了尘肺病走了，妈妈{{han:陆金凤}}前年出车祸。孩子叫{{han:农小满}}，十一岁，跟着大伯{{han:农永康}}过。{{han:农永康}}他们家{{trap/word:农活}}多，{{han:农小满}}放了学就去{{trap/word:田里}}帮忙。孩子一个月领{{trap/policy:孤儿基本生活费}}{{trap/number:一千六百多}}，大伯一分不动，都存着给他念书。
访谈者：第三家？
受访者：第三家姓蒙，留守的。爸妈在{{trap/place:东莞}}电子厂。孩子{{han:蒙俊杰}}十岁，在{{school:东兰县隘洞镇中心小学四年级（2）班}}，跟着太婆过。太婆九十一了，耳朵背，冬天太婆跟{{han:蒙俊杰}}{{trap/word:蒙}}着一床被子看电视。孩子妈叫{{minority/zhuang:蒙达凤}}，户口本上就是壮名。{{minority/zhuang:蒙达凤}}说明年回来，说了三年了。
访谈者：谁跟您一起做这些事？
受访者：村支书{{han:覃振宇}}，{{han:覃振宇}}也是壮族，他说孩子的事不能拖。镇上的儿童督导员是{{han:岑丽萍}}大姐，说话快，办事也快。县里社工站派了{{compound:长孙晓岚}}，还有{{compound:濮阳明轩}}，{{compound:长孙晓岚}}给莫家小子做了半年辅导。教壮文的老师{{han:陆志高}}，寨子里都叫他{{minority/zhuang:卜达美}}，因为他丫头叫{{minority/zhuang:达美}}。{{minority/zhuang:达美}}跟{{minority/zhuang:达娟}}是一个班的，两个丫头好得穿一条裤子。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:三月三}}放假，寨子里抛{{trap/minority_word:绣球}}、敲{{trap/minority_word:铜鼓}}，家家蒸{{trap/minority_word:五色糯米饭}}。老人唱山歌，唱{{trap/famous:刘三姐}}，讲{{trap/famous:莫一大王}}赶山的故事，讲{{trap/famous:布洛陀}}造天地。农家那孩子记性好，老人唱一遍他就会了。
访谈者：登记的信息能说一下吗？
受访者：能。莫家在{{address:东兰县隘洞镇那烈村弄怀屯17号}}，丫头的身份证{{id_number@wy2012.451224}}。农家在{{address:东兰县隘洞镇那烈村拉甫屯5号}}，孩子的户口本在大伯那儿。蒙家孩子妈的电话{{mobile@plus86}}，她的微信{{wechat:mengdafeng_dg}}。我电话{{mobile@spaced}}，QQ也用，是我儿子给申请的，号码{{qq:1539068247}}。
访谈者：孩子们的名字在系统里出过错吗？
受访者：出过。{{minority/zhuang:莫特勇}}在学籍上成了{{spaced:莫 特 勇}}，{{han:农小满}}在低保系统里是{{spaced:农　小　满}}，一个字一个大空格。孩子妈在厂里的工牌上写的是{{spaced:蒙达 凤}}，我看了都认不出来。
访谈者：您自己家里顾得过来吗？
受访者：顾不过来也得顾。我男人在{{trap/place:南宁}}开货车，{{minority/zhuang:特凡}}在县城读高中。每天早上我先去莫家，看{{minority/zhuang:莫特勇}}出门没有，再去地里。有一回他躲在{{trap/word:甘蔗地}}里不去上学，我找了一上午。他说，阿姨，我爸回来了我就去。我说你爸回来要看你的奖状，你没有奖状他多难过。第二天他就去了。
访谈者：儿童主任平常都做些什么？
受访者：每个月把十一个孩子的家都走一遍，看吃的、穿的、住的，拍照片，填表，往镇上报。{{trap/word:农忙}}的时候大人顾不上，孩子们放了学就在路边玩，我最怕他们去{{trap/place:红水河}}里游泳，每年夏天都要一家一家去讲。{{trap/org:村委会}}给我配了一辆电动车，我骑坏了两个电瓶。县里来的社工在表上也被写成{{spaced:长 孙 晓 岚}}，她笑着说这下人家以为她是四个人。
访谈者：孩子们的身体怎么样？
受访者：大多还好。{{trap/place:巴马}}那边来的医疗队每年来体检一回，说有两个孩子贫血，{{trap/org:乡卫生院}}给开了药。莫家丫头长得快，衣服一年就小了，我把我儿子小时候的衣服改了给她。她不嫌，穿上还转圈给奶奶看。
访谈者：您觉得这份工作值吗？
受访者：值。钱不多，一个月几百块补贴。可是孩子们见了我就喊阿姨，老远就跑过来。有个孩子在作文里写，我有两个妈妈，一个在广东，一个在村里。我看了哭了一晚上。有人欺负孩子，我就让家长打{{trap/hotline:12338}}，也打给我。
""")

# H83: Miao teacher, 雷山县 西江镇 (黔东南); Miao father-son linked names, Miao names after a Han surname, Han names.
DOCS["H83"] = ("staff", """\
访谈者：老师，您先说说自己。
受访者：我是苗族，汉名叫{{han:杨秀芸}}，苗名叫{{minority/miao:务冷}}，后一个字是我阿爸的名，我们苗家是子父连名。我在{{trap/place:西江}}教书十五年了，现在带{{school:雷山县西江镇第二小学五年级（1）班}}。
访谈者：班上困境儿童多吗？
受访者：三十八个学生，九个。先说一个小子。他阿爸叫{{minority/miao:里当}}，他爷爷叫{{minority/miao:当故}}，连起来就是{{minority/miao:金里当故}}。学籍上他叫{{minority/miao:杨金里}}。{{minority/miao:里当}}前年在{{trap/place:浙江}}的隧道里出了事，人没了，孩子妈改嫁到{{trap/place:凯里}}。孩子就跟着爷爷过，爷爷七十多了，还在山上种稻子。
访谈者：还有呢？
受访者：一个丫头{{minority/miao:榜松}}，学籍上是{{minority/miao:吴榜松}}。她阿爸{{minority/miao:松往}}打架伤了人，在{{trap/place:都匀}}坐牢，阿妈跑了。{{minority/miao:榜松}}都是自己梳头、自己洗衣裳，还要管妹妹{{minority/miao:香松}}。{{minority/miao:香松}}才六岁，天天哭着要阿妈。
访谈者：有父母生病的孩子吗？
受访者：有一对兄妹，哥哥{{minority/miao:九保}}，妹妹{{minority/miao:妮保}}。他们阿爸{{minority/miao:保耶}}从脚手架上摔下来瘫了，阿妈{{minority/miao:唐阿略}}一个人种田、喂猪。{{minority/miao:保耶}}家里{{trap/word:务农}}，一年就靠几亩田。哥哥在{{school:雷山县第二中学初一（6）班}}住校，周末回来给他阿爸翻身。
访谈者：学校和村里怎么帮他们？
受访者：校长{{han:潘正钊}}给这九个孩子都办了住校，饭钱不要。村支书{{han:文光耀}}，{{han:文光耀}}就跑民政，给没了阿爸的孩子报了孤儿，一个月{{trap/number:一千四百八}}。镇上的儿童督导员叫{{han:龙雪梅}}，她也是苗族，苗名叫{{minority/miao:榜九}}，{{minority/miao:榜九}}说话温温和和的，孩子们都喜欢她。还有省里来支教的{{compound:诸葛清岚}}跟她同事{{compound:太史远航}}，给孩子们上英语课。
访谈者：孩子们过节的时候呢？
受访者：{{trap/minority_word:苗年}}的时候寨子里吹{{trap/minority_word:芦笙}}、跳{{trap/minority_word:铜鼓舞}}，姑娘们戴{{trap/minority_word:银角}}。丫头没有银饰，督导员把自己年轻时候的借给她戴。老人们坐在{{trap/minority_word:吊脚楼}}上唱古歌，唱{{trap/famous:蝴蝶妈妈}}，唱{{trap/famous:仰阿莎}}。孩子们听得入迷，{{minority/miao:金里}}说他长大了要去{{trap/place:雷公山}}上当护林员。
访谈者：登记的信息能说一下吗？
受访者：没了阿爸那孩子家在{{address:雷山县西江镇羊排村三组46号}}，爷爷的身份证{{id_number@my1951.522634}}。{{minority/miao:榜松}}家在{{address:雷山县西江镇南贵村六组12号}}，她的身份证{{id_number@wy2014fullwidth.522634}}。我电话{{mobile@plus86dash}}，微信{{wechat:wuleng_xijiang}}。学校跟家长联系也用QQ，我的是{{qq:2746103958}}。
访谈者：学籍系统里名字好登记吗？
受访者：难。苗名一个人有好几种写法，{{minority/miao:金里当故}}在系统里被打成{{spaced:金 里 当 故}}，一个字一个空；{{minority/miao:唐阿略}}在医保上是{{spaced:唐　阿　略}}。{{minority/miao:九保}}的名字前头有人加了个姓，成了{{minority/miao:杨九保}}，跟{{minority/miao:杨金里}}差一个字，两个孩子的补贴发混过一回。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人说话。哥哥一个礼拜跟我说不了十句话。我让{{minority/miao:九保}}当护旗手，他高兴了好几天。{{minority/miao:妮保}}画了张画，画的是她阿爸站起来了，在田里犁田。我把画贴在教室后面，她每天下课都去看。
访谈者：住校的孩子周末怎么过？
受访者：周末不回家的，我带着他们洗衣服、晒被子，下午去{{trap/place:白水河}}边上走走。学校食堂周末不开，我就在宿舍楼下的小灶上给他们煮{{trap/minority_word:酸汤鱼}}，孩子们吃得满头大汗。支教老师的名字在学校的值班表上写成{{spaced:诸 葛 清 岚}}，孩子们就叫她诸葛老师。
访谈者：家长会怎么开？
受访者：难开。一半孩子的爸妈在{{trap/place:广东}}、{{trap/place:浙江}}，爷爷奶奶不会说汉话，我就用苗话讲一遍，再用汉话讲一遍。有的老人走两个钟头山路来，坐在教室后面，听不懂也不走，说来了就是给孩子撑腰。开完会我送他们到寨门口，天都黑了。
访谈者：您自己家里呢？
受访者：我男人在{{trap/place:凯里}}开车，女儿在县城念初中。我们家也是留守的，我白天管别人的孩子，晚上跟自己的孩子打电话。女儿说妈妈你偏心，我说你有妈，他们有的没有。
访谈者：孩子们毕业以后去哪儿？
受访者：大多去县里念初中，住校。也有念完初中就跟着亲戚去{{trap/place:广东}}打工的，我最怕这个。去年毕业的一个丫头，十五岁就进了厂，过年回来头发染成黄的，见了我低着头不说话。我跟她说，回来念书还来得及，她哭了，说家里等着她的钱。我能做的，就是让眼前这些孩子多念几年书。
""")

# H84: Yao father, 金秀瑶族自治县 罗香乡; his wife died, three children; Pan Yao names with birth-order numbers and 妹.
DOCS["H84"] = ("family", """\
访谈者：大哥，您家几口人？
受访者：四口，我跟三个娃娃。我叫{{han:盘德兴}}，排行老四，寨子里都叫我{{minority/yao:盘四}}。这个名字比我身份证上的名字好使，镇上的人也这么叫。我们寨子在{{trap/place:圣堂山}}后面，离{{trap/place:金秀}}县城六十多里山路。
访谈者：孩子的妈妈呢？
受访者：走了，宫颈癌，去年三月。她叫{{minority/yao:赵四妹}}，{{minority/yao:赵四妹}}跟我从小认识，十八岁嫁过来的。她走的时候最小的才四岁。
访谈者：三个孩子多大？
受访者：老大丫头{{minority/yao:盘三妹}}，十四，在{{school:金秀瑶族自治县民族中学初二（5）班}}住校。{{minority/yao:盘三妹}}也是放假回来就做饭，背着小的上山。老二是小子，学名{{han:盘志勇}}，家里叫他{{minority/yao:盘五}}，十岁，在{{school:金秀县罗香乡中心小学四年级（3）班}}。老三丫头{{minority/yao:盘桂妹}}，五岁，在乡里的幼儿园。
访谈者：您以前在外面打工？
受访者：在{{trap/place:佛山}}做瓷砖，做了八年。她病了我就回来了，现在在山上收{{trap/word:八角}}、砍毛竹，一天七八十块。{{trap/word:房子}}是老的，漏雨，乡里给报了危房改造。
访谈者：谁在帮你们？
受访者：村支书{{minority/yao:房三}}，大名叫{{han:房德林}}，{{han:房德林}}他帮我跑的民政，家里报了低保，三个娃娃一个月加起来{{trap/number:两千一百多}}。村里的儿童主任是茶山瑶，叫{{han:苏金莲}}，娃娃们都喊她{{han:苏金莲}}姨，她隔两天就来看看小的。她说丫头心事重，请县里的社工来了两趟，社工叫{{compound:申屠静怡}}，跟她来的是{{compound:梁丘子墨}}。{{compound:申屠静怡}}给丫头买了个日记本，说心里有话就写下来。
访谈者：亲戚们呢？
受访者：孩子他舅{{minority/yao:赵二}}在{{trap/place:柳州}}开三轮，他每个月寄五百块来。孩子的外婆{{minority/yao:邓五妹}}七十多了，住在隔壁寨子，她会{{trap/minority_word:瑶绣}}，教丫头绣花。寨子里的老师公{{minority/yao:盘法胜}}给我{{trap/minority_word:度戒}}过，他说小子十二岁也该度戒了。我{{trap/word:房子}}后面那家{{minority/yao:房三妹}}，她男人也死了，两家的孩子一起上学。
访谈者：孩子们在学校怎么样？
受访者：丫头的班主任{{han:邝美华}}老师说丫头数学好，就是不爱说话。小子的老师{{han:庞建春}}说{{minority/yao:盘五}}上课不吭声，下课跟人打架，我去学校领了他两回。乡卫生院的{{han:邓晓丹}}大夫给小的看过病，说孩子缺营养。{{minority/yao:盘桂妹}}还小，天天问阿妈去哪儿了，我说去{{trap/place:桂林}}打工了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:盘王节}}寨子里杀猪，跳{{trap/minority_word:黄泥鼓}}，老人唱{{trap/famous:盘王}}大歌，讲{{trap/famous:盘古}}开天地。丫头端着{{trap/word:盘子}}给客人添菜，跟她妈以前一模一样，我看着就难受。
访谈者：登记要用的信息能说一下吗？
受访者：家在{{address:金秀县罗香乡龙坪村六冲屯8号}}。我身份证{{id_number@mmid.451324}}，丫头{{id_number@wy2011spaced.451324}}。我电话{{mobile@plain}}，孩子他舅的{{mobile@hyphen}}。丫头在学校用同学的手机加了个微信，{{wechat:pansanmei_lx}}，她妈的旧QQ我们没注销，里头有她妈的照片，号码{{qq:3360817249}}。
访谈者：表上的名字有没有写错过？
受访者：写错过。丫头在学校写成{{spaced:盘 三 妹}}，她妈的死亡证明上是{{spaced:赵　四　妹}}，我的名字在低保本上成了{{spaced:盘德 兴}}，中间空一格。民政的人说名字对不上不能发钱，我又跑了一趟。
访谈者：以后有什么打算？
受访者：先把三个娃娃养大。{{minority/yao:盘五}}跟着我上山，会认{{trap/word:八角}}树了。我不想再出去打工，出去了孩子就没人管了。{{minority/yao:盘三妹}}说她考上高中就去县城，让我别送，我说我一定送。
访谈者：山里的日子怎么样？
受访者：苦。早上五点起来煮{{trap/minority_word:油茶}}，三个娃娃喝了去上学，小的送到幼儿园，我再上山。砍一天毛竹，肩膀都磨破了。晚上回来，丫头已经把饭煮好了，菜是她在{{trap/word:房前}}屋后种的。吃了饭我检查作业，我自己念到初二，现在小子的数学我都不会了。
访谈者：孩子们身体好吗？
受访者：小的常感冒，去年冬天烧到四十度，半夜我背着她走了两个钟头山路到{{trap/org:乡卫生院}}。大的壮实，就是心里的病。她妈走了以后她一次也没哭过，我倒宁愿她哭出来。社工说这叫憋着，要慢慢来。
访谈者：小的还记得妈妈吗？
受访者：记得一点。她妈以前每天晚上给她唱瑶歌，现在她睡不着就让丫头唱。丫头唱不全，唱两句就自己编，小的也听不出来，听着听着就睡了。我在门外听着，心里跟刀割一样。
""")

# H85: Tujia community worker in a relocation community (易地搬迁安置社区), 来凤县 (恩施); left-behind children.
DOCS["H85"] = ("staff", """\
访谈者：您在社区做什么工作？
受访者：我叫{{han:田茂英}}，土家族，在{{trap/place:来凤}}县城边上的搬迁安置社区当儿童主任。社区住了六百多户，都是从山里搬下来的，年轻人在{{trap/place:宁波}}、{{trap/place:温州}}打工，留守的孩子一百二十多个。
访谈者：您说几个孩子吧。
受访者：先说{{han:向小溪}}，一个丫头，十岁。{{han:向小溪}}她爸妈在宁波的鞋厂，一年回来一回。她跟爷爷{{han:向德贵}}过，{{han:向德贵}}耳朵聋，孩子的家长会都是我去开。我{{trap/word:向}}{{han:向德贵}}比划了好几回，他才明白孩子要交保险。
访谈者：还有呢？
受访者：一个小子叫{{han:田野}}，十二岁，在{{school:来凤县翔凤镇第三小学六年级（2）班}}。{{han:田野}}他爸在温州工地上，妈妈离婚走了，他跟着奶奶{{han:田桂香}}，{{han:田桂香}}{{trap/word:种田}}、喂猪，一个人顶两个。{{han:田野}}都是自己骑车上学，放学去{{trap/word:田坎}}上找奶奶。{{han:田桂香}}婶腰不好，我给她申请了临时救助。
访谈者：有父母生病的吗？
受访者：有。{{han:冉学军}}尿毒症，在{{trap/place:恩施}}透析，他媳妇是苗族，{{trap/place:台江}}嫁过来的，叫{{minority/miao:邰务香}}，{{minority/miao:邰务香}}一个人在超市上班养家。两个孩子，大的{{han:冉丹丹}}在{{school:来凤县第二中学初二（4）班}}，小的{{han:冉小龙}}六岁。孩子的外婆从台江来帮了半年，她只会说苗话，孩子们叫她{{minority/miao:雅榜}}，{{minority/miao:雅榜}}走的时候小的哭了一路。
访谈者：社区里还有谁在帮忙？
受访者：社区书记{{han:谭家和}}，{{han:谭家和}}他原来是村支书，跟着大家一起搬下来的。社区医生{{han:彭开云}}大夫每个月给留守老人和孩子量血压、看牙。派出所的{{han:覃立新}}所长管户口，孩子转学都要找他。民政上管儿童的是{{han:黄春燕}}，大家叫她{{han:燕子}}，{{han:燕子}}说话直，心热。大学生志愿者有{{compound:令狐雨桐}}，跟她同学{{compound:宇文博远}}，暑假办了个四点半课堂。
访谈者：孩子们喜欢社区的活动吗？
受访者：喜欢。过年跳{{trap/minority_word:摆手舞}}，{{han:小溪}}跳在最前头。她奶奶生前会织{{trap/minority_word:西兰卡普}}，留了一床给她。老人讲{{trap/famous:八部大王}}、讲{{trap/famous:廪君}}的故事，还唱{{trap/minority_word:哭嫁歌}}，孩子们听了笑，说哭着嫁人干什么。
访谈者：登记的信息能说一下吗？
受访者：{{han:向小溪}}家在{{address:来凤县翔凤镇白岩坪安置小区7栋2单元501室}}，她身份证{{id_number@wy2015hyphen.422827}}。{{han:田野}}家在{{address:来凤县翔凤镇白岩坪安置小区3栋1单元202室}}，他爸的电话{{mobile@spaced}}。{{han:冉学军}}的身份证{{id_number@mmidx.422827}}，{{minority/miao:邰务香}}的微信{{wechat:taiwuxiang_lf}}。我的电话{{mobile@plus86}}，社区的QQ群我是群主，我自己的号是{{qq:1807263549}}。
访谈者：名字在系统里出过错吗？
受访者：出过。{{minority/miao:邰务香}}在医保上是{{spaced:邰 务 香}}，{{han:冉丹丹}}在学籍上写成{{spaced:冉　丹　丹}}，志愿者的登记表上{{compound:令狐雨桐}}成了{{spaced:令 狐 雨 桐}}，一个字一个空。我们社区的表{{trap/word:向来}}是手写的，最容易错。
访谈者：您做这个工作最难的是什么？
受访者：是孩子们盼爸妈。{{han:向小溪}}每天晚上七点守着手机等视频，她妈那边加班，常常打不通。她就坐在社区门口的台阶上，说等一会儿，再等一会儿。我陪她坐着，后来她趴在我腿上睡着了。
访谈者：搬下来以后，孩子们适应吗？
受访者：开头不适应。山里的孩子在寨子里野惯了，下来了住楼房，不敢下楼，怕迷路。爷爷奶奶也不习惯，在楼下的空地上种菜，被物业说了好几回。后来社区在后山划了一块地给老人种，大家才安心。孩子们在社区的{{trap/org:儿童之家}}写作业、看书、下棋，周末我们组织去{{trap/place:酉水}}边上捡垃圾，孩子们可高兴了。
访谈者：跟在外打工的父母怎么联系？
受访者：每个月搞一次视频家长会，爸妈在宁波、温州、{{trap/place:苏州}}，一个一个连线。有的爸妈下了夜班还在车间里，背后机器轰轰响。孩子们把这个月的作业、奖状举给他们看。有个爸爸看着看着就哭了，说丫头都长这么高了。
访谈者：社区里出过危险的事吗？
受访者：出过。前年夏天两个小子偷偷去河里游泳，一个差点淹着，幸亏有个钓鱼的大爷把他拉上来了。从那以后，每年暑假前我们都请{{trap/org:县消防救援大队}}的人来讲安全课，在河边立了牌子，{{han:谭家和}}书记带着网格员轮流去巡河。孩子们现在见了我就说，阿姨，我们不去河里。
""")

# H86: Kyrgyz herder, 阿合奇县 色帕巴依乡; raising his drowned brother's two children; Tajik wife from 塔什库尔干.
DOCS["H86"] = ("family", """\
访谈者：大哥，您怎么称呼？
受访者：我叫{{minority/kyrgyz:吐尔干别克·萨德尔}}，柯尔克孜族，放了一辈子羊，大家叫我{{minority/kyrgyz:吐尔干别克}}。我们的牧场在{{trap/place:托什干河}}边上，离{{trap/place:阿合奇}}县城一百多公里。
访谈者：您带着几个孩子？
受访者：四个，两个是我的，两个是我弟弟的。我弟弟{{minority/kyrgyz:阿散别克·萨德尔}}前年冬天转场，连人带马掉进冰河里了。他媳妇{{minority/kyrgyz:布茹丽·卡德尔}}第二年改嫁到{{trap/place:阿图什}}，孩子留下了。大的小子{{minority/kyrgyz:阿扎马提·阿散别克}}十三岁，在{{school:阿合奇县第二中学初一（3）班}}住校；丫头{{minority/kyrgyz:古丽加依娜·阿散别克}}十岁，在{{school:阿合奇县色帕巴依乡中心小学四年级（1）班}}。{{minority/kyrgyz:阿扎马提}}说他要当兽医，{{minority/kyrgyz:古丽加依娜}}她想当老师。
访谈者：您自己的孩子呢？
受访者：我老婆是塔吉克族，{{trap/place:塔什库尔干}}人，叫{{minority/tajik:比比努尔•夏迪克}}。我们的小子{{minority/kyrgyz:铁木尔别克}}八岁，丫头{{minority/kyrgyz:朱勒德孜}}五岁。{{minority/tajik:比比努尔}}对四个孩子一样好，给丫头梳辫子，一梳就是四个。
访谈者：谁在帮你们？
受访者：乡里的民政助理{{minority/kyrgyz:阿依曼·托合托逊}}，{{minority/kyrgyz:阿依曼}}就给我弟弟的两个孩子办了孤儿，一个月{{trap/number:一千八百多}}。村里的儿童主任是{{minority/kyrgyz:阿勒玛•朱马}}，她每个月骑摩托上来一趟。学校的班主任{{han:巩晓燕}}是从{{trap/place:阿克苏}}来的，{{han:巩晓燕}}也说小子学习好，就是晚上睡不着。援疆的老师{{compound:端木清扬}}还有{{compound:呼延晓峰}}给孩子们带来了书和球鞋。驻村工作队的{{compound:公孙明哲}}帮我们把羊圈修好了。
访谈者：塔吉克那边的亲戚呢？
受访者：老婆的哥哥{{minority/tajik:巴合提亚尔·夏迪克}}在{{trap/place:红其拉甫}}当护边员，{{minority/tajik:巴合提亚尔}}每年夏天把孩子们接去{{trap/place:帕米尔}}，教他们吹{{trap/minority_word:鹰笛}}。他媳妇{{minority/tajik:古丽米娜・阿克木}}做的{{trap/minority_word:牦牛酸奶}}，孩子们一次能喝两碗。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。丫头有时候问，{{trap/place:托什干河}}里的水那么凉，爸爸冷不冷。我给他们弹{{trap/minority_word:库姆孜}}，唱{{trap/famous:玛纳斯}}，说你爸跟{{trap/famous:玛纳斯}}一样是英雄。我们这儿的{{trap/minority_word:玛纳斯奇}}老人说，唱的人记着，英雄就没走。{{minority/kyrgyz:阿扎马提阿散别克}}在作文里写，我爸是托什干河的英雄，老师给了满分。
访谈者：登记要用的信息能说一下吗？
受访者：家在{{address:阿合奇县色帕巴依乡阿克布隆村二组15号}}，冬窝子在山里没有门牌。我身份证{{id_number@my1972.653023}}，丫头{{id_number@wy2015x.653023}}。我电话{{mobile@plain}}，{{minority/kyrgyz:阿依曼}}的电话{{mobile@plus86spaced}}。小子在学校用微信，{{wechat:azamat_aheqi12}}，还有个QQ，他说QQ不常上，号你记一下：{{qq:2593816407}}。
访谈者：表上名字写得对吗？
受访者：不一样。小子在学校表上是{{spaced:阿 扎 马 提}}，丫头在户口本上是{{spaced:古 丽 加 依 娜 · 阿 散 别 克}}，一个字一个空。我的名字在合作社的本子上写成{{spaced:吐尔干别克 · 萨德尔}}，点两边空着。老婆的医保卡上是{{spaced:比 比 努 尔}}，她自己都认不出来。
访谈者：冬天怎么过？
受访者：冬天转到山里，零下三十度，孩子们在学校住。我骑马下来接他们，一来一回两天。路上丫头靠在我怀里睡，小子骑他爸的那匹{{trap/word:白马}}。我跟他说，这匹马认路，你爸教过它。
访谈者：孩子们在学校住，想家吗？
受访者：想。丫头第一年哭了一个月，老师天天给我打电话。后来她跟同宿舍的塔吉克丫头好上了，两个人柯尔克孜话、塔吉克话混着说。小子在学校踢足球，是校队的，去{{trap/place:阿克苏}}比过赛。他说他爸以前也踢球，我说你爸是{{trap/minority_word:叼羊}}叼得好，拿过第一。
访谈者：您家里的收入怎么样？
受访者：一百多只羊，合作社里分一点红，我冬天还去县城打零工。两个孩子的孤儿补贴我一分不动，存在卡里，等他们上大学用。老婆说，弟弟的孩子就是我们的孩子，吃的穿的一样。我们家墙上挂着一只{{trap/minority_word:猎鹰}}的照片，那是我阿爸年轻时候养的，{{trap/place:阿合奇}}人都爱鹰。
访谈者：您最担心的是什么？
受访者：担心我老了。我五十三了，腰不好，骑马骑久了就疼。我跟老婆说，我们再干十年，把四个孩子都送出去。小子说他当了兽医就回来，给全乡的羊看病。我说好，那时候我就坐在毡房门口，看你骑着摩托车上山。
""")

# H87: Lahu village doctor, 澜沧拉祜族自治县 竹塘乡; Lahu children, a Wa family from 西盟, a Dai nurse.
DOCS["H87"] = ("staff", """\
访谈者：您在村卫生室干了多久了？
受访者：十九年。我是拉祜族，叫{{minority/lahu:扎发}}，身份证上是{{minority/lahu:李扎发}}。我们拉祜族男的叫扎什么，女的叫娜什么，寨子里同名的多，看病的本子上都得写上阿爸的名字。我们村在{{trap/place:澜沧}}县城西边，{{trap/place:竹塘}}乡的山梁上。
访谈者：村里困境儿童多吗？
受访者：十三个。最让我操心的是{{minority/lahu:扎迫}}家。{{minority/lahu:扎迫}}吸毒，关在{{trap/place:普洱}}的戒毒所，他媳妇{{minority/lahu:娜列}}改嫁到{{trap/place:孟连}}。两个孩子跟着奶奶{{minority/lahu:娜莫}}过。丫头{{minority/lahu:娜妥}}十一岁，在{{school:澜沧县竹塘乡中心完小五年级（2）班}}；小子{{minority/lahu:扎戈}}七岁，身子弱，一个月要来卫生室两三回。我给{{minority/lahu:扎戈}}{{trap/word:扎针}}，他不哭，就是攥着他姐的手。{{minority/lahu:娜妥}}她比奶奶还能干，砍柴、喂猪、做饭都会。
访谈者：还有呢？
受访者：还有一家佤族，是从{{trap/place:西盟}}搬过来的。孩子爸{{minority/wa:岩改}}前年病死了，孩子妈{{minority/wa:叶欧}}也有病，在吃药。户口上孩子爸写的是{{minority/wa:魏岩改}}。三个孩子：老大{{minority/wa:艾索}}十四，在{{school:澜沧县第三中学初二（1）班}}；老二{{minority/wa:尼嘎}}十岁；老三是丫头，叫{{minority/wa:叶娥}}，五岁。{{minority/wa:艾索}}说他不念了，要去打工养妈妈，我跟他舅舅{{minority/wa:岩丁}}劝了他三天。{{minority/wa:岩丁}}那边在西盟种茶，说孩子念书的钱他出一半。
访谈者：卫生室和乡里怎么帮他们？
受访者：{{trap/org:乡卫生院}}的护士{{minority/dai:玉腊}}是傣族，每个月上来给{{minority/wa:叶欧}}送药、抽血。她说孩子妈按时吃药就能活得长。院长{{han:胡振邦}}帮着申请了大病救助。乡里的儿童督导员{{han:石春兰}}，{{han:石春兰}}也是拉祜族，给两家的孩子都报了孤儿和事实无人抚养，一个{{trap/number:一千四百六}}，一个{{trap/number:一千二百八}}。{{trap/org:县疾控中心}}派来的医生{{compound:司马雨晴}}跟同事{{compound:闻人书瑶}}给孩子们做了体检。
访谈者：孩子们过节开心吗？
受访者：{{trap/minority_word:扩塔节}}的时候跳{{trap/minority_word:芦笙舞}}，{{minority/lahu:娜莫}}奶奶跳得最好。老人讲{{trap/famous:厄莎}}从葫芦里把人放出来，唱{{trap/famous:牡帕密帕}}。佤族那家过{{trap/minority_word:新米节}}，孩子妈身体好的时候会跳{{trap/minority_word:甩发舞}}，跟孩子们讲{{trap/famous:司岗里}}，说人是从{{trap/word:岩洞}}里走出来的。
访谈者：登记的信息能说一下吗？
受访者：{{minority/lahu:扎迫}}家在{{address:澜沧县竹塘乡大坪掌村老寨组29号}}，小子的{{id_number@my2018fullwidth.530828}}。佤族那家在{{address:澜沧县竹塘乡大坪掌村新寨组3号}}，老大的{{id_number@my2011hyphen.530828}}。我的电话{{mobile@plain}}，微信{{wechat:zhafa_lancang}}，卫生室报表用QQ传，号是{{qq:1942637085}}。
访谈者：名字登记有没有麻烦？
受访者：麻烦得很。{{minority/lahu:娜妥}}在学籍上写成了{{spaced:娜 妥}}，{{minority/wa:尼嘎}}写成了{{spaced:尼　嘎}}，我的名字在新农合上是{{spaced:李 扎 发}}。{{minority/wa:魏岩改}}的死亡证明上写成了{{spaced:魏 岩改}}，{{minority/wa:叶欧}}去领补助，人家说对不上。
访谈者：您最担心的是什么？
受访者：担心孩子爸出来以后又吸。丫头说，她爸出来了她就不念书了，回家管着他。我说你管不住的，你念你的书，你爸有我们管。
访谈者：村卫生室平常忙吗？
受访者：忙。全村八百多人就我一个村医，白天看病、打疫苗，晚上还要填健康档案。山上的寨子远，老人走不动，我就背着药箱上去，一去一天。以前老人看病先要杀鸡问卦，问完了才来找我，耽误了不少。我一家一家讲，讲了十几年，现在好多了。
访谈者：孩子们的营养怎么样？
受访者：学校有营养餐，比以前好多了。放假的时候就差，有的家里一天两顿，一顿是苞谷饭。我跟{{trap/org:乡政府}}说了，假期给困境儿童送米送油。去年冬天发了棉被、棉衣，孩子们穿上新衣服，一个个站得笔直让我拍照。
访谈者：您自己的孩子呢？
受访者：两个，都在{{trap/place:普洱}}念书。我媳妇在家种茶、养猪。她说我管全村的孩子，自己的孩子倒是她一个人管。我说等我退休了，天天陪你。
访谈者：孩子们有什么愿望？
受访者：丫头想当护士，说长大了跟我一起在卫生室干。佤族那家老大想学开车，说开车能挣钱，还能拉他妈去县医院看病。老二想要一个足球，去年六一乡里送了一个，他抱着睡了一个礼拜。小的还不懂事，说想要一双红皮鞋。我记在本子上了，今年过年给她买。
""")

# H88: Han migrant worker in 东莞 (长安镇) and his mother in 梅州 (梅县区), Hakka; his two left-behind children.
DOCS["H88"] = ("family", """\
访谈者：您在东莞做什么工作？
受访者：在{{trap/place:长安镇}}的五金厂做冲压，十一年了。我叫{{han:古春生}}，{{trap/place:梅县}}人，客家人。我老婆{{han:练秀珍}}在{{trap/place:厚街}}的鞋厂，我们俩一个月见两回。两个孩子在老家跟我阿姆过。
访谈者：孩子们多大了？
受访者：大的丫头{{han:古晓彤}}，十二，在{{school:梅县区雁洋镇中心小学六年级（1）班}}；小的小子{{han:古家乐}}，七岁，在{{school:梅县区雁洋镇中心小学一年级（3）班}}。小子我们都叫他{{han:阿乐}}，{{han:阿乐}}就爱看动画片，一看就忘了吃饭。
访谈者：家里的事您母亲说得清楚吗？我们也跟她通个电话。
受访者：（奶奶接过电话）我叫{{han:曾月娥}}，六十九了。{{trap/word:曾经}}我也在深圳做过工，后来腰坏了。两个孩子听话，大的会做饭，小的调皮。老头子{{han:古添福}}前年中风，瘫在床上，我一个人顾三个。村里的儿童主任{{han:利丽珍}}，{{han:利丽珍}}三天两头来看。隔壁的{{han:阿添}}伯帮我挑水，他是老头子的堂弟，大名叫{{han:古添寿}}。
访谈者：学校的老师呢？
受访者：（奶奶）丫头的班主任{{han:巫秋萍}}老师，{{han:巫秋萍}}说丫头作文写得好，写她爸在东莞，写得老师都哭了。校长{{han:幸志明}}说孩子的午饭学校包了。镇卫生院的{{han:卜建平}}大夫给老头子量血压，一个礼拜来一回。
访谈者：（又换回父亲）厂里的同事帮过您吗？
受访者：帮过。同事{{han:廖锋}}，我们都叫他{{han:阿锋}}，{{han:阿锋}}他也是梅州的，老婆孩子也在老家。河南来的{{han:党建军}}说，他家孩子在{{trap/place:信阳}}跟着姥姥，{{han:党建军}}每天晚上跟我一起在宿舍楼下打视频。车间主任{{han:黄金海}}，广东人，{{han:黄金海}}他说话快，但是人好，孩子病了准我请假。宿管阿姨{{han:水桂兰}}也常帮我们收快递。{{trap/word:老细}}说今年订单少，加班少了，钱也少了。
访谈者：孩子们想你们吗？
受访者：想。{{han:阿乐}}每回视频都问，爸爸你什么时候回来，我说过年。丫头不问，她知道问了也没用。有一回她在电话里说，爸，我们班有个同学的妈妈回来了，在学校门口开了个小卖部。我听了一晚上睡不着。
访谈者：社会上有谁帮过孩子们？
受访者：有个基金会的志愿者{{compound:夏侯雅琴}}，跟她同事{{compound:皇甫嘉懿}}，给留守孩子办了暑期班。她每周给丫头打一次电话。{{han:从文斌}}老师是城里来支教的，教孩子们打乒乓球。镇上的社工{{han:於春梅}}也来过，说{{han:阿乐}}有点多动，要多陪。
访谈者：登记要用的信息能说一下吗？
受访者：家在{{address:梅县区雁洋镇长教村塘背屋12号}}。我身份证{{id_number@my1986.441403}}，丫头{{id_number@wy2013spaced.441403}}。我电话{{mobile@plus86dash}}，我阿姆的电话{{mobile@spaced}}。在东莞住厂里宿舍，{{address:东莞市长安镇锦厦社区振安路168号宿舍B栋507房}}。我微信{{wechat:guchunsheng_ca}}，丫头的QQ是她自己申请的，写在她课本后面，{{qq:3107659482}}。
访谈者：表上名字有出过错吗？
受访者：丫头在学籍上是{{spaced:古 晓 彤}}，我阿姆在医保上是{{spaced:曾　月　娥}}，小子在疫苗本上是{{spaced:古家 乐}}。那个志愿者的名字在活动表上也写成了{{spaced:夏 侯 雅 琴}}。
访谈者：以后打算回去吗？
受访者：想。等攒够了钱，在镇上开个小五金店，天天接孩子放学。我阿姆在电话里说，你们两口子一天做十二个{{trap/word:钟头}}，身体要紧。
访谈者：您母亲一个人带两个孩子，还照顾老人，吃得消吗？
受访者：（奶奶）吃不消也要吃。早上五点起来煮粥，给老头子擦身、喂药，再叫两个孩子起床。丫头帮我晾衣服，小的帮我喂鸡。下午我去田里种点青菜，晚上丫头辅导小的写作业，写不完就哭。我不识几个字，帮不上。{{trap/word:幸好}}村里有个四点半课堂，大学生帮着看作业。
访谈者：过年的时候呢？
受访者：（奶奶）过年最热闹。儿子媳妇腊月二十八回来，带一大包东西，两个孩子跟着他们寸步不离。我们这里过年要做{{trap/local_word:酿豆腐}}、{{trap/local_word:盐焗鸡}}，年初一去{{trap/local_word:围龙屋}}拜祖公。初六他们又走了，小的追着车跑，丫头站在门口不说话。走了以后，小的要发两天烧。
访谈者：丫头快上初中了，有什么打算？
受访者：想让她去梅州城里念初中，那边的学校好一点，可是要住校，她奶奶一个人顾不过来小的。丫头自己说她留在镇上，帮奶奶。十二岁的孩子，想得比我还多。我跟她说，你念你的书，家里的事爸爸来想办法。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS, first=81, trap_floor=TRAP_FLOOR)


if __name__ == "__main__":
    main()
