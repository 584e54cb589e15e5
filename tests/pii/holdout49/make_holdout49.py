# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 49 (tests/pii/holdout49/H377-H384 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 48, written at the same time by another
writer, is not an earlier set).

Set 49 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
扎赉诺尔 (呼伦贝尔) who lost three fingers in the pit and whose wife died of liver disease, with three children; a
Tibetan grandmother in 当雄 (拉萨) raising three grandchildren whose father died in an avalanche and whose mother
remarried in 那曲; a Hui grandfather in 湟源 (西宁) raising three grandchildren whose father is in prison and whose
mother died in childbirth; a Han mother in 潮州 whose husband was paralysed by a stroke, with three children known
by nicknames; a Han township nurse in 岷县 (定西) following three families on WeChat and QQ (a mother on dialysis, a
father who fell from scaffolding, an orphan with his uncle); a Uyghur father in 叶城 (喀什), widowed and lamed by
diabetes; a Han police officer in 土默特左旗 (呼和浩特) reading out the file of an abandonment and custody case; and
a Han grandmother in 漳县 (定西) raising a grandson whose mother left and whose father works in 新疆. The emphasis
is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of
four to seven characters (嘎拉桑道尔吉, 娜布其格日勒, 青格乐图布信, 德力格尔其木格) with short forms after the full
name (嘎拉桑这辈子, 恩克, 青格乐就皮) and Tumed Mongolian names after the surname 云 (云其其格图雅, 云那仁满都拉);
Tibetan names (白玛曲宗, 嘎玛单增 then 嘎玛也, 洛松旺扎 then 洛松他, 次仁琼达, 普布顿珠) and the Han name of a
Tibetan (蒲志勇); Hui Han-form names beside 经名 (韩占福 / 焦海尔, 马桂兰 / 罕迪哲, 韩永明 / 扎卡利亚, 马德禄 /
胡赛尼) and Han surname + Arabic name (韩伊勒雅斯 then 伊勒雅斯就, 马卡里姆 then 卡里姆他); Uyghur given name +
father's name with and without the dot (阿克木江·买提热依木 and 阿克木江买提热依木, then 阿克木江; 阿布都沙拉木·赛买提
then 阿布都沙拉木) and short forms (米热古丽她); Han nicknames that are words, annotated whole (番薯, 橄榄都, 米粿,
狗蛋也) and names as WeChat and QQ show them (老苟, 强娃, 丽丽); Han names with common surnames above all and rare
ones (逯, 亢, 覃, 佘, 辜, 蔺, 苟, 后, 令, 景), with titles and kin words (the span is the name only), names that
contain words (高有才, 杨红旗, 张天福, 赵春来, 汪永红), a name written twice on a form (郝志刚郝志刚), names directly
before particles and verbs and after 叫/是/给/跟/和/的/找/让 (给老苟, 跟郝宇航, 和阿斯玛, 找汪永红, 让汪建平); spaced, dotted and split names; compound surnames after
ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:许丽娇}}``, ``{{qq:50316287}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014x.150121}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长,
队长, 阿訇, 婶, 姨, 姐) and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她,
他, 他们家, 那边) are outside the span; nicknames and WeChat/QQ names are annotated whole. Han-style names of
Mongolian, Tibetan and Hui people (包桂荣, 蒲志勇, 韩占福, 韩志成) are category han; a Han surname before a non-Han
given name (云其其格图雅, 韩伊勒雅斯, 马卡里姆) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout49/make_holdout49.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(49_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H377: Mongolian father in 扎赉诺尔 (呼伦贝尔); lost three fingers in the pit, his wife died of liver disease.
DOCS["H377"] = ("family", """\
访谈者：大哥，先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:嘎拉桑道尔吉}}，今年四十六，在{{trap/place:扎赉诺尔}}的矿上下了二十年井。前年井下片帮，右手三个指头没了，活是干不成了。老伴{{minority/mongolian:娜布其格日勒}}前年秋天走的，肝上的病，从查出来到人没了不到半年。家里就剩我和三个孩子。
访谈者：孩子们多大了？
受访者：老大{{minority/mongolian:恩克巴雅尔}}十五，上初三；老二{{minority/mongolian:青格乐图布信}}十一，名字长，同学都喊他{{minority/mongolian:青格乐}}；小闺女{{minority/mongolian:乌兰苏布达}}六岁，上幼儿园大班。{{minority/mongolian:恩克}}懂事，他妈走了以后，早上是他给妹妹梳头、热{{trap/minority_word:奶茶}}。{{minority/mongolian:青格乐}}就皮，上个月跟同学打架，把人家鼻子打出血了。
访谈者：孩子们在哪儿上学？
受访者：老大在{{school:扎赉诺尔区第一中学初三（5）班}}，班主任{{han:孙丽蓉}}老师隔三岔五打电话问家里缺啥。老二在{{school:扎赉诺尔区蒙古族学校五年级（2）班}}，班主任是{{compound:上官雪漫}}老师，她说{{minority/mongolian:青格乐}}脑子灵，就是坐不住。小的那个幼儿园，{{han:刘晓蕾}}园长给免了保育费。
访谈者：这两年谁帮过你们？
受访者：出事那天是班长{{han:李国忠}}把我背上来的，{{han:李国忠}}他现在还常来坐坐。社区的{{han:张海军}}主任头一个上门，帮我把低保报上了。社区的儿童主任叫{{minority/mongolian:乌日更娜}}，是我老伴小时候的同学，三个孩子的事她都记在本子上。区{{trap/org:民政局}}的{{han:高有才}}科长来核过两回，说三个孩子能按困境儿童领补贴，一个人一个月{{trap/number:四百八十元}}。矿上工会的{{han:杨红旗}}给孩子们争取了助学金。楼下的{{han:陈玉兰}}婶常把小闺女接过去吃饭。
访谈者：亲戚们呢？
受访者：孩子姥姥{{minority/mongolian:德力格尔其木格}}在{{trap/place:海拉尔}}，七十多了，腿不好，每年暑假把小闺女接过去住一个月。我弟弟{{minority/mongolian:布仁特古斯}}在{{trap/place:满洲里}}开出租，一个月给寄五百。他媳妇{{han:包桂荣}}也是蒙古族，心眼好，孩子们的棉衣都是她买的。
访谈者：您的手现在怎么样？
受访者：阴天就疼。区医院的{{han:赵春来}}大夫说神经伤了，只能养着。有个蒙医{{minority/mongolian:白那木吉拉}}给我扎过针，说是活血。社工站的小伙子叫{{compound:宇文嘉禾}}，帮我申请了残疾证，{{trap/org:区残联}}给了一辆电动三轮，我现在拉点零活。
访谈者：孩子们心里怎么样？
受访者：{{minority/mongolian:乌兰苏布达}}老问妈妈啥时候回来。我带她去{{trap/place:呼伦湖}}边上，跟她说妈妈变成天上的星星了。老大不说话，有一回我看他半夜坐在他妈照片跟前。老大跟我说，爸，我不念了，出去挣钱。我跟他说，你妈要是在，第一个不答应。
访谈者：家里的开销怎么安排？
受访者：低保加上三个孩子的补贴，一个月三千出头。房子是矿上的老楼，不用交房租，冬天的取暖费社区给减了一半。老大住校，一个礼拜两百块生活费，我让他别省着，他还是一天只吃两顿。我拉零活好的时候一天能挣一百多，冬天零下三四十度，就没人叫车了。最怕孩子生病，去年小闺女肺炎住了十天院，报完还自己掏了两千多，是跟矿上的老伙计借的。
访谈者：您自己有没有想过再找个伴？
受访者：有人给说过。我想等孩子们大一点再说，怕后妈待他们不好，也怕人家嫌我这只手。
访谈者：过节的时候呢？
受访者：夏天{{trap/place:呼伦贝尔}}办{{trap/minority_word:那达慕}}，老二非要去看摔跤。正月初一过{{trap/minority_word:白月}}，我们去祭{{trap/minority_word:敖包}}，给孩子们讲{{trap/famous:成吉思汗}}小时候放羊的事，说人啥苦都能吃。
访谈者：表上要登记地址、证件和电话。
受访者：我们现在住{{address:扎赉诺尔区第三街道矿工小区7号楼3单元502室}}，孩子姥姥家在{{address:海拉尔区建设街道巴彦托海社区12号楼1单元201室}}。我的身份证{{id_number@my1979spaced.150703}}。我电话{{mobile@s434}}，{{han:张海军}}主任的{{mobile@plain}}，他微信{{wechat:zhanghj_zln}}。老大有个QQ，说是跟他妈以前聊天用的，号码他写在他妈那张照片背面了，我念给你：{{qq:2718046395}}。
访谈者：名字在表上写得对吗？
受访者：不太对。学校的表上老二写成{{spaced:青 格 乐 图 布 信}}，小闺女写成{{spaced:乌　兰　苏　布　达}}。低保表上老大是{{spaced:恩克 巴雅尔}}，我是{{spaced:嘎拉桑 道尔吉}}，医院单子上还把我老伴写成{{spaced:娜布其 格日勒}}。
访谈者：最后您还想说点什么？
受访者：我就盼三个孩子平平安安念完书。{{minority/mongolian:嘎拉桑}}这辈子没出息，孩子们得比我强。
""")

# H378: Tibetan grandmother in 当雄 (拉萨); her son died in an avalanche, his wife remarried in 那曲.
DOCS["H378"] = ("family", """\
访谈者：阿妈啦，您家里几口人？
受访者：四口人，我和三个孙子孙女。我叫{{minority/tibetan:白玛曲宗}}，今年六十七，一辈子在{{trap/place:当雄}}放牦牛。儿子{{minority/tibetan:索朗多布杰}}三年前冬天去{{trap/place:念青唐古拉}}山那边找走散的牛，遇上雪崩，人到开春才找到。儿媳{{minority/tibetan:德庆旺姆}}第二年嫁到{{trap/place:那曲}}去了，孩子留给了我。
访谈者：三个孩子多大？
受访者：大孙子{{minority/tibetan:嘎玛单增}}十四，孙女{{minority/tibetan:次仁琼达}}十岁，小孙子{{minority/tibetan:次旦朗杰}}七岁。家里都叫大的{{minority/tibetan:嘎玛}}。{{minority/tibetan:嘎玛}}也快跟我一样高了，放假回来就上山赶牛，比他爸小时候还能干。
访谈者：孩子们在哪儿上学？
受访者：{{minority/tibetan:嘎玛单增}}考上了{{school:拉萨市第二中学初二（3）班}}，住校，一个月回来一回。孙女在{{school:当雄县当曲卡镇完全小学四年级（1）班}}，班主任{{han:何丽萍}}老师是四川人，孙女说她讲话好听。小的在{{school:当雄县宁中乡小学一年级（2）班}}，他们老师叫{{minority/tibetan:琼吉央宗}}，年轻，刚从{{trap/place:拉萨}}分来。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:达娃央宗}}，她帮我把三个孩子报成了事实无人抚养，每人每月有{{trap/number:一千一百五}}。驻村工作队的{{han:王建川}}队长给我们家申请了低保，还帮着修了牛圈。{{han:王建川}}说，他老家在四川也有个孙子这么大。乡里管民政的{{minority/tibetan:洛松旺扎}}来家里核过，{{minority/tibetan:洛松}}他说话慢，一句一句给我翻成藏话讲政策。县{{trap/org:民政局}}的{{han:谢红梅}}局长过{{trap/minority_word:藏历年}}还来送过米和{{trap/minority_word:酥油}}。县城开小卖部的{{han:黄德清}}是四川人，孩子们的本子和笔常是他送的，{{han:黄德清}}他媳妇{{han:罗秀琼}}还教孙女织毛衣。
访谈者：您身体怎么样？
受访者：膝盖不行，放不动牛了，牛交给我侄子{{minority/tibetan:普布顿珠}}帮着放。他是村医，汉名叫{{han:蒲志勇}}，在{{trap/place:成都}}读的卫校。{{trap/org:乡卫生院}}的{{han:冯志刚}}大夫一个月来量一回血压，说我血压太高，不让我喝太咸的{{trap/minority_word:酥油茶}}。
访谈者：孩子们想妈妈吗？
受访者：孙女想。{{minority/tibetan:德庆旺姆}}过年打个电话来，{{minority/tibetan:次仁琼达}}就躲到牛圈后面哭。小的记不得了，他只认我。大的不提，我听他跟同学说，他有奶奶就够了。
访谈者：平常你们怎么过？
受访者：早上我打{{trap/minority_word:酥油茶}}，孩子们吃了{{trap/minority_word:糌粑}}上学。夏天{{trap/minority_word:当吉仁赛马节}}，{{minority/tibetan:次旦朗杰}}就骑在他哥肩上看赛马。晚上我给他们讲{{trap/famous:格萨尔}}王的故事，讲{{trap/famous:文成公主}}进藏走了多少天。我们也去{{trap/place:纳木错}}转湖，替他爸磕头。
访谈者：家里的收入靠什么？
受访者：牦牛剩下二十几头，一年卖两三头，再加上草场补贴、低保和孩子们的钱。挖虫草的季节，我侄子带着大孙子上山，挖得好能卖几千块。冬天最难，牛要补饲料，家里烧的是牛粪，孩子们放学回来就去捡。房子是安居工程盖的，两间，冬天屋里也冷，政府去年给装了太阳能暖房，孙女说在暖房里写作业手不冻了。
访谈者：还有谁常来？
受访者：县里社工站来过两个人，一个叫{{compound:慕容若溪}}，还有{{compound:司马振宇}}，带孙女画画，给小的讲故事。{{compound:慕容若溪}}说，孩子心里的苦要让他说出来。
访谈者：孩子们将来您怎么打算？
受访者：大孙子说想考到内地去读高中，以后当老师。我说好，你去，奶奶在家等你。孙女喜欢唱歌，学校里过六一她上台唱了一首，县里的老师说她嗓子好。小的还不懂事，就知道跟着牛跑。我只怕我哪天走了，三个孩子没人管。驻村的干部说，就算我不在了，政府也会管，让我放心。
访谈者：表上要写地址、证件和电话。
受访者：家在{{address:当雄县宁中乡曲才村二组14号}}，大孙子周末住我侄女家，在{{address:拉萨市城关区夺底路幸福家园4栋2单元301室}}。我的身份证{{id_number@wy1958.540122}}，孙女的{{id_number@wy2015hyphen.540122}}。我电话{{mobile@plain}}，{{minority/tibetan:达娃央宗}}的{{mobile@spaced}}，她微信{{wechat:dawa_yz_dx}}。大孙子有个QQ，学校老师让家长加的，号码贴在柜子门上——我拿过来——{{qq:903716482}}。
访谈者：名字写得对吗？
受访者：乱。户口本上我是{{spaced:白 玛 曲 宗}}，低保表把大孙子写成{{spaced:嘎玛 单增}}，学校的表上孙女是{{spaced:次　仁　琼　达}}。
访谈者：您最大的心愿是什么？
受访者：{{trap/year:二〇二二年}}我病了一场，那时候就想，我得多活几年，把三个孩子送大。
""")

# H379: Hui grandfather in 湟源 (西宁); his son is in prison, the son's wife died, a daughter's boy is deaf.
DOCS["H379"] = ("family", """\
访谈者：爷爷，您先说说家里的情况吧。
受访者：我叫{{han:韩占福}}，经名{{minority/hui:焦海尔}}，今年七十一，住在{{trap/place:湟源}}城边上。老伴{{han:马桂兰}}，经名叫{{minority/hui:罕迪哲}}。我们有一个儿子一个丫头。儿子{{han:韩永明}}，经名{{minority/hui:扎卡利亚}}，前年在牛羊市场上跟人动了刀子，判了六年，在{{trap/place:西宁}}服刑。儿媳妇{{han:喇玉芬}}生老三的时候大出血，没救过来。三个孙子孙女就跟着我们老两口。
访谈者：孩子们多大了？
受访者：大孙子十三，经名{{minority/hui:舒爱布}}，上学的名字叫{{han:韩志成}}；孙女十岁，经名{{minority/hui:阿斯玛}}，学校里叫{{han:韩小燕}}；老三才五岁，叫{{minority/hui:韩伊勒雅斯}}，家里喊{{minority/hui:伊勒雅斯}}。{{minority/hui:伊勒雅斯}}就跟在我屁股后头，我去{{trap/org:清真寺}}他也去。
访谈者：上学怎么样？
受访者：{{han:韩志成}}在{{school:湟源县第二中学初一（4）班}}，班主任{{han:孔令芳}}老师说他数学好。{{han:韩小燕}}在{{school:湟源县城关第一小学四年级（3）班}}，{{han:李秀珊}}老师常给她带点吃的。{{minority/hui:阿斯玛}}也懂事，放学回来就帮她奶奶择菜。
访谈者：这几年谁帮过你们？
受访者：寺里的{{han:冶明轩}}阿訇最操心，他跟乡老们商量，每年{{trap/minority_word:开斋节}}给我们家送面送油。社区主任{{han:祁永禄}}给我们报了低保，他说有事给他打电话，他{{trap/word:马上}}就来。三个娃娃按事实无人抚养报上去，每人每月{{trap/number:一千二百六}}。司法所的{{han:周建邦}}所长说，我儿子在里面表现好，能减刑。县{{trap/org:民政局}}来过一个干部，叫{{compound:皇甫立新}}，说话和气。
访谈者：您女儿家呢？
受访者：丫头{{han:韩玉娥}}嫁到{{trap/place:湟中}}，女婿{{minority/hui:马卡里姆}}跑运输。他们的儿子耳朵听不见，{{trap/org:县残联}}给配了助听器。{{minority/hui:卡里姆}}他一个人挣钱，两边都顾，逢年过节还给我们拉一车煤。
访谈者：邻居们呢？
受访者：隔壁{{han:马德禄}}，经名{{minority/hui:胡赛尼}}，他家的丫头跟我孙女同岁，天天和{{minority/hui:阿斯玛}}一起上学。{{han:马德禄}}他兄弟开{{trap/minority_word:盖碗茶}}馆，孙子放学去帮着洗碗，人家给五块钱，他攒起来给他妹妹买本子。
访谈者：您老两口身体呢？
受访者：我心脏不好，{{trap/org:县医院}}的{{han:鲁文斌}}大夫说要放支架，我没去，舍不得钱。老伴腰疼，还天天炸{{trap/minority_word:油香}}卖。社区医生{{compound:公孙慧}}隔一个月来一回，给我们量血压。
访谈者：家里的日子怎么维持？
受访者：低保、三个娃娃的钱，加上老伴卖油香，一个月将近四千。我年轻时候贩过牛羊，现在跑不动了。三个娃娃正长身体，一个月光面就要吃两袋。冬天烧煤，一吨煤八百多，社区给发了两吨。大孙子的校服、书本是学校给的。我心里最过不去的是，我儿子做下的事，让娃娃在学校里抬不起头。有个同学说他爸是劳改犯，他回来一晚上没吃饭。
访谈者：您想过以后吗？
受访者：想过。我七十多了，还能再带几年？丫头说，要是我们老两口不在了，她把娃娃接过去。可她家也不宽裕，女婿一个人挣钱。
访谈者：孩子想爸爸吗？
受访者：想。去年我带大孙子去看他爸，隔着玻璃，两个人都不说话，就哭。回来的路上过{{trap/place:日月山}}，孙子说，爷爷，我长大了不跟人打架。我跟他讲{{trap/famous:郑和}}下西洋的故事，说咱们回回也出过大人物，你好好念书。
访谈者：寺里和坊上还做了些什么？
受访者：坊上有个助学的会，每年{{trap/minority_word:古尔邦节}}以后开一次，谁家娃娃考上了，大家凑点钱。大孙子去年期末考了全班第三，会上给了他五百块，他拿回来交给他奶奶，一分没花。老伴给他缝了个布包，让他装书。阿訇还让他礼拜五去寺里帮着扫院子，说娃娃手上有活，心里就不乱想。
访谈者：表上要登记地址和号码。
受访者：家在{{address:湟源县城关镇西街村三社21号}}。我的身份证{{id_number@my1954.630123}}，大孙子的{{id_number@my2012fw.630123}}。我电话{{mobile@hyphen}}，{{han:祁永禄}}主任的{{mobile@plus86}}，他的微信是{{wechat:qiyongshou_hy}}。大孙子有个QQ，跟他爸的管教民警留的，号码是{{qq:1640283957}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。学校的表上是{{spaced:韩 志 成}}，低保表上老三是{{spaced:韩　伊　勒　雅　斯}}，我是{{spaced:韩占 福}}。
访谈者：您还有什么想说的？
受访者：我就盼儿子早点出来。{{han:韩永明}}不是坏人，就是脾气急。{{trap/year:二〇二七年}}他就出来了，那时候大孙子该上高中了。
""")

# H380: Han mother in 潮州; her husband is paralysed by a stroke, three children known by nicknames.
DOCS["H380"] = ("family", """\
访谈者：阿姐，先说说您家里的情况。
受访者：我叫{{han:许丽娇}}，在{{trap/place:潮州}}湘桥区住。老公{{han:林泽鸿}}三十八岁那年中风，半边身子不会动，整天坐在轮椅上。家里三个孩子，大的叫{{han:林俊豪}}，我们都叫他{{han:番薯}}；二的是女孩，{{han:林佳纯}}，小名{{han:橄榄}}；小的{{han:林嘉乐}}，五岁，小名{{han:米粿}}。
访谈者：孩子们怎么样？
受访者：{{han:番薯}}十四，说要去{{trap/place:汕头}}学修车，早点赚钱。我不肯，我讲你书要读完。{{han:橄榄}}都十一了，会煮饭，会帮她爸擦身。{{han:米粿}}就是黏人，我去上班他哭，他也不知道他爸为什么不能抱他。
访谈者：孩子们在哪里读书？
受访者：{{han:番薯}}在{{school:潮州市湘桥区城南中学初二（7）班}}，班主任{{han:詹佩玲}}老师很好，{{han:詹佩玲}}也知道我家的事，学费都帮我们申请减免。{{han:橄榄}}在{{school:湘桥区昌黎路小学五年级（2）班}}，小的在街道幼儿园。
访谈者：您在做什么工？
受访者：在凤新一间厂做陶瓷，一个月两千多。以前我们做{{trap/minority_word:工夫茶}}具，现在厂里订单少，做一日歇一日。居委的{{han:蔡秀娥}}姐帮我报了低保，一个月{{trap/number:九百一十元}}。街道社工站的{{han:翁晓婷}}每个礼拜来，{{han:翁晓婷}}她带{{han:橄榄}}去图书馆，还帮我老公申请了残疾补贴。
访谈者：您先生的病呢？
受访者：{{trap/org:市中心医院}}的{{han:谢宏伟}}医生讲，要坚持做康复，{{trap/word:许多}}人做得好能自己走路。康复科有个医生叫{{compound:欧阳绮文}}，上门教我怎样帮他练手。{{han:林泽鸿}}说他拖累我们，有一次不吃饭。我讲，你是孩子的爸，你在就好。
访谈者：还有谁帮过你们？
受访者：隔壁{{han:佘淑贞}}姨，孩子放学没人看，都去她那里。{{trap/org:区妇联}}的{{han:郑少芬}}主任帮大的找了一个助学的项目，一个学期一千五。还有同事{{compound:司徒嘉敏}}，下班顺路帮我买菜。{{han:辜文杰}}他们家开粿条店，常叫孩子过去吃一碗。
访谈者：过年过节呢？
受访者：元宵带孩子们去{{trap/place:牌坊街}}看{{trap/minority_word:英歌舞}}，{{han:番薯}}他们班有同学在里面跳。我给他们讲{{trap/famous:韩愈}}来潮州驱鳄鱼的故事，讲{{trap/place:韩江}}为什么叫韩江。老人讲，做人要像{{trap/word:陈皮}}，越放越香。
访谈者：家里一个月的开销怎么算？
受访者：房子是租的，一个月八百。低保、我的工钱，加上残疾补贴，一个月三千多一点。老公的药一个月要四五百，康复的钱医保能报一部分。三个孩子读书不用学费，但是资料费、校服、午饭，还是要钱。我下班回来先帮老公翻身，再煮饭，十一点以后才能洗衫。有时候真想坐在地上哭一场，可是哭完还是要起身。
访谈者：您娘家能帮上吗？
受访者：我阿妈七十多了，种一点菜，每个礼拜让我弟送一次过来。我弟在食品厂做工，也有两个孩子，帮不了多少。
访谈者：孩子们心里苦吗？
受访者：苦。{{han:橄榄}}作文写过，“我的爸爸坐在轮椅上，但他是世界上最好的爸爸。”老师拿给我看，我躲在厕所哭了半日。大的有一次跟人家打架，因为人家笑他爸是“瘫子”。
访谈者：孩子们以后您怎么打算？
受访者：大的读完初中，想让他去读职校，学个手艺，电工或者修车，他自己也喜欢。女孩子读书好，我想让她读到大学，再难也要供。小的还小，等他读小学了，我想去找一份工钱高一点的工，夜班也行。老公讲等他好一点了，可以在家里穿珠子、糊纸盒，一个月也能挣几百块。我讲，你先把身体养好，钱的事慢慢来。
访谈者：表上要写地址和号码。
受访者：屋企在{{address:湘桥区西湖街道新桥小区9栋2单元603房}}，我娘家在{{address:潮安区庵埠镇文里村四片18号}}。我的身份证{{id_number@wy1986fwspaced.445102}}。我手机{{mobile@s74}}，{{han:翁晓婷}}的{{mobile@plus86spaced}}，她微信{{wechat:wengxt_chaozhou}}。大的有个QQ，他说同学录上有，号码抄在我这个本子最后一页——你看——{{qq:50316287}}。
访谈者：表上的名字写对没有？
受访者：不大对。学校名单写成{{spaced:林 俊 豪}}，医院单子上我老公是{{spaced:林泽 鸿}}，社工站签到本上还有{{spaced:欧　阳　绮　文}}。
访谈者：您最大的愿望？
受访者：{{han:林泽鸿}}能自己站起来。{{trap/word:谢谢}}你们来听我讲这些。
""")

# H381: Han township nurse in 岷县 (定西); three families she follows on WeChat and QQ.
DOCS["H381"] = ("worker", """\
访谈者：您在卫生院做什么？
受访者：我叫{{han:景晓燕}}，在{{trap/place:岷县}}的一个{{trap/org:乡卫生院}}当护士，离梅川镇不远，十二年了。镇上有几户困境儿童的家，院长让我管他们的随访。山里路远，平常我们都用微信和QQ联系。
访谈者：先说说第一家。
受访者：第一家娃娃叫{{han:苟志强}}，九岁。他妈{{han:后玉霞}}尿毒症，一个礼拜去{{trap/place:定西}}透析两回。他爸{{han:苟建军}}在{{trap/place:新疆}}摘棉花，一年回来一回。他的微信名就叫“{{han:老苟}}”，我有事就给{{han:老苟}}发语音。{{han:后玉霞}}说，{{trap/word:后来}}她透析完坐班车回来，娃娃就在车站等着。
访谈者：孩子上学怎么样？
受访者：{{han:苟志强}}在{{school:梅川镇中心小学三年级（2）班}}，班主任{{han:董丽君}}老师建了个QQ群。{{han:苟志强}}的QQ昵称是“{{han:强娃}}”，号码在群里，{{qq:2096473815}}。镇上民政办的{{han:杨海龙}}给他们家报了低保，娃娃按困境儿童每月{{trap/number:一千一百三}}。
访谈者：第二家呢？
受访者：第二家是{{han:包永刚}}家。他前年在工地上从脚手架上掉下来，腰摔断了。女儿{{han:包晓丽}}十二，跟奶奶{{han:令桂花}}过，她妈跑了。{{han:包晓丽}}的微信名叫“{{han:丽丽}}”，头像是一棵{{trap/word:杨树}}。她说作业做完了会给我发消息，我也隔几天问问她奶奶的血压。我去的时候她奶奶总要塞给我两个{{trap/word:包子}}。村医{{han:石永福}}每天上门给他翻身换药。
访谈者：第三家？
受访者：第三家的娃娃叫{{han:雷浩宇}}，十一岁，爸妈在{{trap/place:兰州}}打工时出了车祸，都没了。现在跟他大伯{{han:雷建平}}过。{{han:雷建平}}他们家也穷，种了几亩{{trap/word:当归}}，今年价钱不好。村里的儿童主任{{han:汪春梅}}给他报了孤儿基本生活费，一个月{{trap/number:一千五百九}}。
访谈者：县上有哪些人帮忙？
受访者：县{{trap/org:民政局}}的{{han:康振东}}科长一年下来两回，{{trap/org:县残联}}的{{han:侯志明}}给{{han:包永刚}}办了残疾证，送了轮椅。县医院的医生{{compound:令狐建东}}帮透析的那个妈妈联系了肾移植的配型。我同事{{compound:漆雕慧敏}}也跟着我跑，她会拍照，帮娃娃们申请了一个公益项目，一个娃娃一年两千。县上的社工叫{{compound:闾丘亦凡}}，他把这三家都录进了系统。
访谈者：孩子们平时怎么样？
受访者：{{han:雷浩宇}}不爱说话，就喜欢去{{trap/place:洮河}}边上坐着。六月{{trap/place:二郎山}}{{trap/minority_word:花儿会}}，我带他去听，他跟着哼了几句。那个女娃学习好，想考{{trap/place:岷县}}一中。她奶奶说，{{trap/word:康复}}了她爸就能出去干活了。
访谈者：随访的时候您主要做什么？
受访者：量体温、看伤口、问吃饭睡觉，再看看娃娃有没有按时上学。有的家里大人不识字，医院开的单子看不懂，我就一张一张给他们讲。透析的费用、大病救助、临时救助，哪个能报，我都帮着打听。山路下雨就滑，我骑电动车摔过两回，院里给配了一辆旧面包车。有时候一趟跑下来天就黑了，回到家我自己的娃娃都睡了。
访谈者：您觉得最难的是什么？
受访者：是娃娃们心里的事。大人病了，娃娃就跟着担惊受怕，有的晚上睡不着，有的在学校打架。我们护士不懂这些，只能多陪着说说话。
访谈者：随访表上要登记什么？
受访者：地址、证件、电话。{{han:包永刚}}家在{{address:岷县梅川镇马莲滩村二社15号}}。{{han:后玉霞}}的身份证{{id_number@wy1988spaced.621126}}，{{han:雷浩宇}}的{{id_number@my2013.621126}}。{{han:令桂花}}的电话{{mobile@spaced}}，{{han:雷建平}}的{{mobile@h38}}，他的微信{{wechat:leijp_minxian}}。我的工作微信{{wechat:jingxy_mcwsy}}。
访谈者：这几家现在怎么样了？
受访者：{{han:后玉霞}}在等配型，透析还得做下去，娃娃的成绩倒是往上走了。包家的男人能坐起来了，村上给他找了个在家编笤帚的活，一个月挣四五百。{{han:雷浩宇}}今年过了十一岁生日，学校给他买了个蛋糕，班上同学唱生日歌，他哭了。这些事我都记在随访本上，年底要交到县上。
访谈者：名字登记上有问题吗？
受访者：有。系统里那个男娃被打成{{spaced:雷 浩 宇}}，女娃写成{{spaced:包晓 丽}}，我那个同事在签到表上是{{spaced:漆 雕 慧 敏}}。
访谈者：您最大的感受？
受访者：这些娃娃身上的担子太重了，我们能做的就是多跑几趟。
""")

# H382: Uyghur father in 叶城 (喀什); his wife died of kidney failure, he lost a leg to diabetes.
DOCS["H382"] = ("family", """\
访谈者：大哥，请先介绍一下您家里。
受访者：我叫{{minority/uyghur:买提热依木·吾斯曼}}，今年四十四，家在{{trap/place:叶城}}县城东边的村子。老婆{{minority/uyghur:热依拉·阿不力米提}}肾不好，透析了三年，前年冬天走了。我自己有糖尿病，去年左脚烂了，在{{trap/place:喀什}}截了肢。家里三个孩子，最大的十三。
访谈者：孩子们叫什么？
受访者：老大是儿子，{{minority/uyghur:阿克木江·买提热依木}}，我们叫他{{minority/uyghur:阿克木江}}；老二是女儿，{{minority/uyghur:再努尔·买提热依木}}，九岁；老三{{minority/uyghur:艾孜买提·买提热依木}}，六岁，家里叫他{{minority/uyghur:艾孜买提}}。户口本上老大写的是{{minority/uyghur:阿克木江买提热依木}}，中间没有点，办事的人老问是不是写错了。
访谈者：孩子们上学怎么样？
受访者：{{minority/uyghur:阿克木江}}在{{school:叶城县第三中学初一（2）班}}，班主任{{han:钟雪梅}}老师是汉族，对他很好，冬天给他买了棉鞋。{{minority/uyghur:再努尔}}在{{school:叶城县第六小学三年级（4）班}}，她的老师叫{{minority/uyghur:米热古丽·肉孜}}，{{minority/uyghur:米热古丽}}她每个礼拜给老二补课。{{minority/uyghur:艾孜买提}}就在村里幼儿园。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/uyghur:古丽娜尔·阿不都克热木}}，她帮我把三个孩子报了困境儿童，每人每月{{trap/number:六百二十元}}，我家也有低保。驻村工作队的{{han:唐志勇}}队长帮我申请了假肢，{{han:唐志勇}}还给老大找了一个助学金。县{{trap/org:民政局}}的{{han:覃立武}}每年来两次。乡卫生院的{{minority/uyghur:阿布都沙拉木·赛买提}}大夫每个月给我查血糖，{{minority/uyghur:阿布都沙拉木}}说不能吃那么多{{trap/minority_word:馕}}了。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/uyghur:托合提·吾斯曼}}在{{trap/place:莎车}}开修车铺，收麦子的时候回来帮我。他媳妇{{minority/uyghur:阿米娜·托乎提}}给孩子们做饭、洗衣服。邻居{{minority/uyghur:肉孜托合提}}家有拖拉机，我家的地是他帮着种的。老婆的妈妈在{{trap/place:和田}}，年纪大了，来不了。
访谈者：家里的地种什么？
受访者：种{{trap/word:葡萄}}和{{trap/word:巴旦木}}，三亩多。前年老婆住院，{{trap/word:葡萄}}没人管，全烂在架子上了。现在合作社帮着收，一年能卖八九千。
访谈者：孩子们心里怎么样？
受访者：{{minority/uyghur:再努尔}}想妈妈，晚上抱着她妈的围巾睡。{{minority/uyghur:阿克木江}}像个大人，早上起来先烧茶，再送弟弟去幼儿园。{{trap/minority_word:肉孜节}}的时候，他带弟弟妹妹去给邻居拜节。我给他们讲{{trap/famous:阿凡提}}的故事，他们笑，我心里就好受一点。
访谈者：您现在怎么干活？
受访者：装了假肢以后能慢慢走了，可是走远了腿就磨破。合作社给我安排了一个看大棚的活，一个月一千五。老大放学回来就帮我浇水，我不让他干，他说爸你歇着。低保和孩子们的补贴加起来，一个月三千多，吃饭够了。最难的是看病，我的胰岛素一个月四百多，医保报一部分。去年冬天老二发高烧，我腿不方便，是邻居用摩托车把她送到乡卫生院的。
访谈者：还有谁来过？
受访者：县里的社工，一个叫{{compound:长孙沐阳}}，一个叫{{compound:东方博远}}，他们给孩子们做心理辅导。{{compound:东方博远}}会弹{{trap/minority_word:都塔尔}}，弹得还不错。
访谈者：孩子们以后想做什么？
受访者：老大说想当医生，他说要是早点有好医生，他妈就不会走。老二喜欢画画，学校的墙上贴过她画的一棵杏树。老三天天说要开拖拉机。我不懂那么多，就想让他们多念书，别像我一样只会种地。晚上他们写作业，我坐在边上听，心里踏实。
访谈者：表上要填地址、证件和电话。
受访者：家在{{address:叶城县城东村四组27号}}，我弟弟在莎车的铺子楼上住，{{address:莎车县团结路阳光小区8号楼1单元302室}}。我的身份证{{id_number@my1981hyphen.653126}}，老大的{{id_number@my2012tri.653126}}。我电话{{mobile@plus86dash}}，我弟弟的{{mobile@s38}}，他微信{{wechat:tohti_osman_yc}}。{{minority/uyghur:阿克木江}}有个QQ，说是班上同学都有，号码写在课本的皮上，我拍下来了——{{qq:3280651947}}。
访谈者：名字在表上写得对吗？
受访者：常出错。学校的表上老大写成{{spaced:阿克木江 · 买提热依木}}，残联的表上我是{{spaced:买提热依木 吾斯曼}}，老二写成{{spaced:再 努 尔}}，卫生院的单子上大夫是{{spaced:阿布都沙拉木 · 赛买提}}，{{minority/uyghur:米热古丽}}老师在家长群里是{{spaced:米 热 古 丽}}。
访谈者：您最大的心愿？
受访者：三个孩子都念完书，有一个能当医生。
""")

# H383: Han police officer in 土默特左旗 (呼和浩特) with the file of an abandonment and custody case.
DOCS["H383"] = ("official", """\
访谈者：您手上这个案子是什么情况？
受访者：我是{{trap/place:察素齐}}{{trap/org:派出所}}的民警，叫{{han:乔振国}}。这个案子是{{trap/year:二〇二三年}}三月报过来的。父亲{{han:郝志刚}}酒驾撞死了人，判了四年，在{{trap/place:呼和浩特}}服刑。母亲{{han:闫丽娜}}在他判了以后就走了，电话停机，到现在找不到。两个孩子，哥哥{{han:郝宇航}}十岁，妹妹{{han:郝欣悦}}六岁，跟着爷爷{{han:郝俊山}}过，去年冬天爷爷也脑溢血走了。
访谈者：孩子后来谁管？
受访者：邻居{{han:赵金花}}发现俩孩子三天没吃热饭，打的{{trap/hotline:110}}。我们去了，屋里冷得跟冰窖一样。先送到了旗{{trap/org:民政局}}的临时照料点，后来由民政局代理监护。哥哥跟我说，叔叔，我能照顾妹妹。我心里真不是滋味。
访谈者：卷里都有哪些人？
受访者：我念给你。监护人登记：奶奶那边的亲戚，姑姑{{han:郝翠平}}，住{{trap/place:包头}}，身体不好；姥姥{{minority/mongolian:云其其格图雅}}，土左旗的蒙古族，七十五了。嘎查的儿童主任{{minority/mongolian:云那仁满都拉}}写了情况说明，她签字签的是蒙文加汉文。旗民政局经办人{{han:逯建华}}，复核人{{compound:尉迟雅君}}。法律援助律师是{{compound:赫连博涛}}。笔录是我同事{{compound:拓跋文昊}}做的，见证人叫{{compound:乐正嘉树}}。
访谈者：那个母亲找到了吗？
受访者：查了。{{han:闫丽娜}}的身份证{{id_number@wy1990spaced.150121}}，最后一次住店记录在{{trap/place:鄂尔多斯}}。她以前用的手机{{mobile@plain}}已经停机，微信{{wechat:yanlina_1990}}也不回。我们给她发过协查，她现在在哪儿，谁也说不上。
访谈者：两个孩子现在呢？
受访者：哥哥在{{school:土默特左旗察素齐镇第二小学四年级（3）班}}，妹妹在镇上幼儿园。哥哥的班主任{{han:亢丽霞}}老师说，孩子上课老走神。学校的心理老师叫{{compound:巫马星辰}}，每周给他做一次辅导。孩子的爷爷留下的房子在{{address:土默特左旗察素齐镇东街村五组33号}}，现在空着；姑姑家在{{address:包头市青山区富强路团结小区11号楼4单元602室}}。
访谈者：卷里的证件号码呢？
受访者：{{han:郝志刚}}的身份证{{id_number@my1986hyphen.150121}}，{{han:郝宇航}}的{{id_number@my2014x.150121}}。姑姑的电话{{mobile@p86h}}，姥姥家是{{minority/mongolian:云那仁满都拉}}帮着联系的，她电话{{mobile@fws}}，微信{{wechat:yunnaren_mdl}}。哥哥有个QQ，是他爸出事前给注册的，号码写在他作业本的封皮里面，我们取证时抄下来了：{{qq:1957302846}}。
访谈者：卷里的名字有什么问题？
受访者：多了。{{han:郝志刚}}在判决书签收单上签了两遍名，写成“{{han:郝志刚}}{{han:郝志刚}}”。监护申请表是手填的，爷爷写成{{spaced:郝 俊 山}}，哥哥写成{{spaced:郝　宇　航}}，姥姥写成{{spaced:云　其　其　格　图　雅}}，复核人栏是{{spaced:尉 迟 雅 君}}，律师那栏是{{spaced:赫连 博涛}}。
访谈者：孩子们现在的生活谁照看？
受访者：民政局把他们安排在家庭寄养点，寄养的是一对五十多岁的夫妻，自己的孩子都在外地。每个月民政给寄养费，学校那边我们打了招呼，老师知道情况。我每个礼拜去看一次，带点水果。妹妹一开始晚上总哭，要找爷爷，现在好些了，会叫寄养的阿姨“妈妈”了。
访谈者：孩子有没有别的亲人愿意接？
受访者：姥姥说愿意，可她自己也靠低保过。她家的{{minority/mongolian:巴图吉日嘎勒}}，是孩子的舅舅，在{{trap/place:大青山}}那边放羊，说秋天把俩孩子接过去住。{{minority/mongolian:巴图吉日嘎勒}}他话不多，就一句，只要我有一口吃的。
访谈者：这种案子你们一般怎么处理？
受访者：先保证孩子安全，吃住有着落，然后找能监护的亲属。找不到或者亲属没能力，就由民政部门长期监护，孩子可以申请事实无人抚养的补贴。我们派出所负责查人、取证，民政那边做评估，法院最后确定监护人。这个案子里，母亲下落不明，父亲在服刑，爷爷过世，只能一家一家问亲戚。走访了十一家，有愿意的，也有躲着不见的。
访谈者：您自己怎么看这个案子？
受访者：大人犯的错，让孩子扛。我们这儿老人讲{{trap/famous:王昭君}}出塞是为了两边太平，我跟{{han:郝宇航}}说，你也是你家的顶梁柱。有时候下了班我去看看他们，给妹妹带点{{trap/word:云片糕}}。
""")

# H384: Han grandmother in 漳县 (定西) raising a grandson whose mother left; the son works in 新疆.
DOCS["H384"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：就我和孙子两个。我叫{{han:贾凤莲}}，今年六十九，{{trap/place:漳县}}盐井镇的。老汉{{han:汪德海}}五年前得肺病走了。儿子{{han:汪建平}}在{{trap/place:新疆}}工地上开挖掘机，一年回来一回。儿媳妇{{han:牛小霞}}，孙子两岁那年跟人走了，再没回来过。孙子叫{{han:汪子轩}}，小名{{han:狗蛋}}，今年十岁。
访谈者：孙子怎么样？
受访者：{{han:狗蛋}}也懂事也犟。{{han:狗蛋}}就爱问，奶奶，我妈是不是不要我了。我说你妈在外头挣钱。他不信，他说{{han:牛小霞}}早就不是我妈了。我听了心里跟刀割一样。
访谈者：孩子在哪儿上学？
受访者：在{{school:漳县盐井镇中心小学四年级（2）班}}，班主任是{{han:汪丽娟}}老师，{{han:汪丽娟}}说娃娃数学好，作文差。学校的校长{{compound:西门振华}}还给他免了午饭钱。放学回来他就趴在炕上写作业，写完去喂鸡。
访谈者：这几年谁帮过你们？
受访者：村上的{{han:汪永红}}书记，他跟我们是一个汪家，{{han:汪永红}}都跑了好几趟，帮我把低保报上了，有啥事我就让孙子去找{{han:汪永红}}。低保一个月{{trap/number:四百二十元}}。儿童主任{{han:苟秀兰}}说{{han:狗蛋}}这个情况能报困境儿童，又多了一个月{{trap/number:二百六十元}}。镇上民政办的{{han:包文斌}}来核过，拿个本子记了半天。{{han:包文斌}}那边说，明年县里还有一个助学的项目。
访谈者：亲戚们呢？
受访者：我丫头{{han:汪秀琴}}嫁到{{trap/place:武山}}，一个月来一回，给我们拿面拿油。她男人{{han:蔺国栋}}在{{trap/place:兰州}}跑出租，过年给娃娃买新衣裳。隔壁的{{han:马翠英}}婶子，我腰疼下不了炕，她就来给我们做饭。村医{{han:张天福}}，每个月给我量血压，{{han:张天福}}也说我得少干活。
访谈者：您身体怎么样？
受访者：腰不行，腿也疼。{{trap/org:县医院}}的医生{{compound:钟离雅静}}说我这是骨质增生，开了膏药。我最怕的是我哪天倒下了，娃娃咋办。{{han:汪建平}}说他过两年就回来，可工地上的钱也不好要，去年还欠着他八千。
访谈者：孩子的妈妈联系过吗？
受访者：没有。听人说在{{trap/place:天水}}又成了家。我不恨她，年轻人过不下去也难。可娃娃想妈，夜里说梦话喊妈。我跟他讲{{trap/famous:王宝钏}}寒窑十八年的戏，他说奶奶你就是{{trap/famous:王宝钏}}。
访谈者：平常你们吃什么？
受访者：{{trap/word:馍馍}}、{{trap/word:浆水面}}、{{trap/word:搅团}}，娃娃最爱吃我做的{{trap/word:搅团}}。过年杀一只鸡，他爸回来就包饺子。
访谈者：一个月的开销够吗？
受访者：紧巴巴的。低保、娃娃的补贴，再加上他爸隔几个月寄回来的钱，够吃饭。地我种不动了，包给了别人，一年给我五百斤麦子。冬天烧炕要煤，村上给发了一吨。最怕娃娃生病，去年他出水痘，我背着他走了六里路去卫生院，回来我自己也病了半个月。
访谈者：孩子放学后做什么？
受访者：写作业、喂鸡、给我捶背。村里跟他一样的娃娃多，爸妈都在外头打工，放了学一伙一伙在场上耍。学校办了个留守儿童之家，礼拜六开门，有电脑能跟爸妈视频。
访谈者：还有谁来过？
受访者：县上社工站来了两个女娃，一个叫{{compound:公羊书瑶}}，还有{{compound:澹台静怡}}。{{compound:公羊书瑶}}教他画画，{{han:狗蛋}}画了一张他爸开挖掘机，贴在墙上。
访谈者：您对孩子有什么担心？
受访者：怕他学坏。村里有几个大一点的娃娃不念书了，整天耍手机。我不识字，管不了他的作业，就盯着他别跟那些娃娃混。他爸打电话，我就让{{han:汪建平}}多说说他。有一回低保的钱晚了，我不会弄，是娃娃帮我打的{{trap/hotline:12345}}。
访谈者：表上要登记地址和号码。
受访者：家在{{address:漳县盐井镇汪家坪村三社6号}}，我丫头家在{{address:武山县城关镇新华小区2号楼1单元501室}}。我的身份证{{id_number@wy1956.621125}}，孙子的{{id_number@my2015quad.621125}}。我电话{{mobile@plain}}，儿子电话{{mobile@hyphen}}，他微信{{wechat:wangjp_xj1990}}。娃娃有个QQ，是他爸给注册的，说想他了就在QQ上说，号码他爸写在墙上的挂历上，我念——{{qq:4108763952}}。
访谈者：表上的名字写对了吗？
受访者：错过。低保表上把我写成{{spaced:贾 凤 莲}}，学校把娃娃写成{{spaced:汪子 轩}}，社工的签到本上是{{spaced:公 羊 书 瑶}}和{{spaced:澹　台　静　怡}}。
访谈者：您最大的心愿？
受访者：我就盼{{han:汪子轩}}好好念书，长大了别像他爸一样在外头吃苦。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=377,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout48",))


if __name__ == "__main__":
    main()
