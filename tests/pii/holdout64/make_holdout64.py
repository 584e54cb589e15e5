# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 64 (tests/pii/holdout64/H497-H504 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 65, written at the same time by another
writer, has a higher number and is not an earlier set).

Set 64 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 前郭尔罗斯 (松原, 吉林) raising the two children of her son, dead of liver cancer, whose widow remarried in 长春;
a Tibetan father in 稻城 (甘孜) whose wife was half paralysed by a stroke and whose youngest daughter has cerebral
palsy; a Hui father in 孟村 (沧州, 河北) who lost three fingers in a pipe-fittings press, whose wife is on dialysis
and who also raises the son of his imprisoned brother; a Han grandmother in 绥德 (榆林, 陕西) raising three
grandchildren with word nicknames, their father in prison and their mother gone; a Han village doctor in 汉阴
(安康, 陕西) with the children of silicosis patients and of a depressed mother, and the patients, relatives and
officials he reaches on WeChat and QQ; a Uyghur mother from 岳普湖 in 乌鲁木齐 whose husband was paralysed by a
fall from scaffolding; a Han civil-affairs officer in 渭南 reading from a case file (a prisoner's son, an orphan, the
son of a deaf father and a mother with an intellectual disability); and a Han coal-truck driver in 神木 (榆林),
widowed, with two children and an orphaned nephew. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names of four to seven characters (阿日贡格日勒,
满都呼吉日嘎拉, 苏雅拉达来, 青格勒图雅, 萨如拉图雅) with a short form (苏雅拉达来 then 苏雅拉说) and a Han surname
before a Mongolian name (白达古拉, 包额尔登桑); Kham Tibetan names (斯朗泽仁, 秋吉拥措, 向秋拉姆, 多吉泽批,
四郎拥宗, 登珠批措) with short forms (向秋拉姆 then 向秋, 四郎拥宗 then 拥宗她) and the Han names of Tibetans
(杨永寿, 杨小龙); Hui Han-form names (吴宝林, 刘淑敏, 哈桂兰, 米振国, 沙玉山) beside 经名 used alone (努尔丁,
阿妮赛, 穆阿兹, 扎伊娜, 安纳斯, 阿吉兹, 纳西尔, 海乃菲) and a Han surname before an Arabic name (丁卡里麦); Uyghur
given name + father's name with and without the dot (比拉里·买吾兰, 比拉里买吾兰, 热孜亚·托乎提) and short forms
(买吾兰他, 比拉里, 努扎艾提就, 米合热阿依还); Han word nicknames annotated whole (碾盘, 枣花, 糜穗); Han names with
common surnames and the rare ones of the voices' regions (拓, 惠, 折, 霍, 艾, 覃, 冉, 檀, 邝, 党, 同, 雒, 员, 拜, 寇,
来, 强), with titles and kin words (哈桂兰大姐, 马凤兰婶, 廖家和书记, 同丽萍主任, 拜建国所长; the span is the name
only), names that contain or end in words (张守业, 吕长河, 杨春风, 廖家和, 薛长河), a name written twice on a form
(党秀娥党秀娥), names directly before particles and verbs (吕长河他, 张守业那边, 拓海军他们家, 廖家和都, 柯长林他,
邵丽娜她, 郝二虎他们) and after 叫/是/给/跟/找/让; spaced, dotted and split names; compound surnames after ordinary
words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:党秀娥}}``, ``{{qq:2096318475}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013spaced.220721}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, fwspaced, quad;
                                   mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, fullwidth, s38, s74,
                                   s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶,
科长, 队长, 院长, 师傅) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她,
他, 他们家, 那边, 跟, 和) are outside the span; a word nickname (碾盘, 枣花, 糜穗) is annotated whole. Han-style names
of Mongolian, Tibetan and Hui people (白桂芹, 杨永寿, 吴宝林) are category han; a Han surname before a non-Han given
name (白达古拉, 丁卡里麦) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout64/make_holdout64.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(64_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "133", "136", "137", "139", "147", "152", "153", "155", "156", "159",
                   "177", "180", "182", "185", "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H497: Mongolian grandmother in 前郭尔罗斯 (松原); her son died of liver cancer, his widow remarried in 长春.
DOCS["H497"] = ("family", """\
访谈者：奶奶，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:阿日贡格日勒}}，六十七了，户口本上的汉名是{{han:白桂芹}}。家在{{trap/place:前郭}}北边的屯子里，离{{trap/place:查干湖}}二十来里地。老头子{{minority/mongolian:满都呼吉日嘎拉}}走了六年了。儿子{{minority/mongolian:那日苏图}}前年得肝癌没了，才三十八。儿媳{{han:于桂平}}守了一年，后来改嫁到{{trap/place:长春}}，俩孩子就留给我了。
访谈者：孩子们多大了？
受访者：孙子{{minority/mongolian:苏雅拉达来}}十二，在{{school:前郭县蒙古族小学六年级（2）班}}，家里喊他{{minority/mongolian:苏雅拉}}。孙女{{minority/mongolian:青格勒图雅}}九岁，在{{school:八郎镇中心小学三年级（1）班}}。{{minority/mongolian:苏雅拉}}说他长大要去{{trap/place:松原}}学开车，挣钱给奶奶盖砖房。{{minority/mongolian:青格勒图雅}}她胆小，晚上得搂着我睡。
访谈者：孩子爸爸走了以后，谁帮过你们？
受访者：村里的儿童主任{{minority/mongolian:白达古拉}}，她替我跑乡里，俩孩子报了事实无人抚养，每人每月{{trap/number:一千二百六}}。村支书{{han:包振禄}}给我们报了低保，过年还拎来一袋面。乡里的民政助理{{han:吕长河}}说，材料不用您跑，我替您送。{{han:吕长河}}他一个月来一趟，回回在本子上记。{{trap/org:县民政局}}的{{han:付秀云}}科长也来看过两回。
访谈者：孩子的叔叔、姑姑呢？
受访者：叔叔{{minority/mongolian:特日格勒}}在{{trap/place:哈拉毛都}}种地，秋天开着四轮车来给我拉玉米秆。{{minority/mongolian:特日格勒}}也不会说好听的，孩子的鞋子、书包都是他买。姑姑{{minority/mongolian:萨如拉图雅}}在县城饭店后厨洗碗，周末接俩孩子去她家洗澡。她男人{{han:韩国富}}跑出租，顺道捎孩子回来。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任是{{minority/mongolian:那仁高娃}}。她说孙子数学好，就是不爱吱声。{{minority/mongolian:那仁高娃}}会说蒙语，孙子跟她最亲，放了学还跟{{minority/mongolian:那仁高娃}}学拉琴。孙女的班主任{{han:房丽杰}}老师给她垫过资料费，我后来去还，{{han:房丽杰}}说啥也不要。学校还有个心理老师{{han:宫雪梅}}，每个礼拜找孩子聊一回。
访谈者：有社工来过吗？
受访者：来过。县社工站的小伙子叫{{compound:拓跋嘉言}}，跟他一起来的姑娘是{{compound:赫连书宁}}。{{compound:赫连书宁}}教孩子们画画，孙女画了一张{{trap/minority_word:敖包}}，贴在炕头上。还有一回来了个大学生，给孙子修好了自行车。
访谈者：过节的时候呢？
受访者：腊月去湖边看{{trap/minority_word:冬捕}}，孩子们最爱看大网从冰眼里拽出来，鱼在冰面上直蹦。夏天乡里办{{trap/minority_word:那达慕}}，孙子去摔跤。我给他们讲{{trap/famous:孝庄}}的故事，说她是科尔沁的姑娘；也讲{{trap/famous:僧格林沁}}打仗。晚上他们缠着我唱{{trap/minority_word:乌力格尔}}，孙女学得比我还像。
访谈者：邻居们呢？
受访者：东院{{minority/mongolian:包额尔登桑}}家有拖拉机，春天顺手把我家的地也种了。西院的{{han:张守业}}是汉族，冬天帮我扒炕、掏烟囱。{{han:张守业}}那边有啥好吃的，准给孩子端一碗过来。
访谈者：您身体怎么样？
受访者：老寒腿，血压也高。乡卫生院的{{han:潘玉兰}}大夫每月来量一回血压。她说我得养着，可我哪养得起，地里的活、灶上的活、俩孩子的事，全是我一个人。
访谈者：日子上最难的是什么时候？
受访者：冬天。屯子里的路一冻就滑，孙女上学得走二里地到路口等校车，我天不亮就起来烧炕、热饭，送她到路口再回来喂鸡。去年腊月我摔了一跤，手腕子肿了半个月，是孙子给我端水端饭。儿子看病那两年把家底都花光了，还欠着亲戚四万多。地租出去一半，一年的租金刚够还利息。孩子们开学要买校服、交伙食费，我就卖两头猪。秋天腌两缸{{trap/word:白菜}}，一冬天就靠它下饭。有时候半夜睡不着，想他爸要是在，这个家也不至于这样。可一看俩孩子睡得香，我就想，熬吧，熬到他们长大就好了。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:前郭县八郎镇巴彦塔拉村四社23号}}，孩子姑姑住{{address:前郭镇胜利街道华城小区5号楼3单元402室}}。我身份证{{id_number@wold.220721}}，孙子的{{id_number@my2013spaced.220721}}。我电话{{mobile@plain}}，孩子叔叔的{{mobile@s38}}。孙女班主任建了个群，{{han:房丽杰}}的微信是{{wechat:fanglijie_blz}}。孙子有QQ，号码他让我记在挂历背面了，你看，{{qq:2096318475}}。
访谈者：孩子们想妈妈吗？
受访者：孙女想。她妈改嫁以后头一年还回来过两趟，给孩子买了新衣裳，后来那边又生了一个，就不怎么来了。孙女把她妈的照片夹在语文书里，有一回让同学看见了，问她这是谁，她说是我姑。回来跟我说，我听了心里难受。孙子嘴硬，说不想，可他妈打电话来，他拿着手机躲到仓房后头去接，一说就是半个钟头。
访谈者：表上的名字写得对吗？
受访者：乱。学校表上孙子是{{spaced:苏 雅 拉 达 来}}，孙女是{{spaced:青　格　勒　图　雅}}；低保表上我成了{{spaced:阿日贡 格日勒}}，老头子是{{spaced:满都呼 吉日嘎拉}}。
访谈者：您最盼什么？
受访者：盼俩孩子好好念书，别像他爸那样累坏了身子。孙子说，考上大学就回来当兽医。
""")

# H498: Tibetan father in 稻城 (甘孜); his wife was half paralysed by a stroke, the youngest has cerebral palsy.
DOCS["H498"] = ("family", """\
访谈者：您家里几口人？
受访者：六口。我叫{{minority/tibetan:斯朗泽仁}}，四十五岁，家在{{trap/place:稻城}}县城南边的村子，种青稞，养二十几头牦牛。汉名叫{{han:杨永寿}}，是当年上学时老师给起的。老婆{{minority/tibetan:秋吉拥措}}前年冬天脑溢血，命保住了，半边身子不能动，说话也不清楚。
访谈者：孩子们呢？
受访者：三个。大女儿{{minority/tibetan:向秋拉姆}}十四，在{{school:稻城县中学初二（3）班}}住校，我们喊她{{minority/tibetan:向秋}}。儿子{{minority/tibetan:多吉泽批}}十岁，在镇上的小学念四年级，学校名单上用的是汉名{{han:杨小龙}}。小的{{minority/tibetan:仁真旺姆}}五岁，生下来就是脑瘫，走不了路。还有我阿妈{{minority/tibetan:白玛曲珍}}，七十三了，眼睛不好。
访谈者：孩子妈妈现在谁照顾？
受访者：白天阿妈看着，晚上我给她翻身。{{minority/tibetan:向秋}}放假回来就替我，给妈妈喂饭、擦身子，比我细心。{{minority/tibetan:多吉泽批}}也懂事，放学了就去背水。小女儿爱笑，谁抱她她都笑。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:四郎拥宗}}。{{minority/tibetan:拥宗}}她跑了好几趟乡里，给小女儿办了残疾证，又报了困境儿童，每月{{trap/number:一千一百八}}。{{trap/org:县残联}}送来了轮椅。村支书{{minority/tibetan:登珠批措}}给我们家报了低保。乡里的民政专干是汉族，叫{{han:王文斌}}，他说你家的事我记着呢。县医院康复科的{{han:邓晓蓉}}大夫每个月来村里一回，教阿妈给小女儿按腿。
访谈者：还有谁？
受访者：{{trap/place:成都}}来的社工，一个叫{{compound:诸葛蕴舒}}，一个叫{{compound:尉迟景和}}。{{compound:诸葛蕴舒}}是姑娘，会说几句藏话，给孩子们带了书和彩笔。{{compound:尉迟景和}}帮我修好了太阳能。
访谈者：孩子们在学校怎么样？
受访者：大女儿的班主任{{han:龚丽萍}}老师说，{{minority/tibetan:向秋拉姆}}能考到{{trap/place:康定}}的高中。可{{minority/tibetan:向秋}}说要回家放牛，让弟弟念书，我骂了她一顿。儿子的老师{{minority/tibetan:甲央曲珍}}是我们乡的人，她说这娃娃画画好。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/tibetan:洛桑尼玛}}在{{trap/place:亚丁}}景区牵马，旺季一天能挣三四百，每月给孩子们拿点钱。孩子的舅舅{{minority/tibetan:扎西翁加}}在{{trap/place:桑堆}}捡{{trap/minority_word:松茸}}，松茸下来的时候给我们送一筐。
访谈者：一家人的日子怎么过？
受访者：青稞一年收一季，够吃，钱主要靠挖虫草和卖牦牛。老婆病了以后，虫草季我走不开，只能请亲戚上山，挖到的分人家一半。小女儿每个月要去县里做康复，来回一百多公里，包车一趟三百，乡里后来给报了一部分路费。家里的地也种不过来，邻居们轮流来帮我犁。冬天最冷的时候零下二十多度，老婆怕冷，我就把牛粪炉子烧得旺旺的，一晚上起来添三回。大女儿心疼我，说爸你别熬坏了，我说你好好念书就是帮我了。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}的时候，阿妈点{{trap/minority_word:酥油灯}}，带孩子们去转{{trap/minority_word:白塔}}。村里跳{{trap/minority_word:锅庄}}，儿子跳得最欢。阿妈给他们讲{{trap/famous:米拉日巴}}的故事，讲{{trap/place:仙乃日}}、{{trap/place:央迈勇}}、{{trap/place:夏诺多吉}}三座神山。
访谈者：登记一下信息。
受访者：家在{{address:稻城县金珠镇呷拥村二组8号}}。我身份证{{id_number@my1980.513337}}，大女儿的{{id_number@wy2011fw.513337}}。我电话{{mobile@plus86}}，{{minority/tibetan:四郎拥宗}}的电话{{mobile@hyphen}}，她微信{{wechat:slyongzong_dc}}。大女儿有QQ，号码写在她床头的木板上，我念给你：{{qq:1573092846}}。
访谈者：小女儿的康复有效果吗？
受访者：有一点。刚开始她脖子都立不住，现在能自己坐一会儿了，手也能抓东西。康复的老师说，小娃娃的病越早练越好，让我们别泄气。家里的事多，我有时候顾不上给她练，阿妈就一边念经一边给她揉腿，一揉就是一个钟头。大女儿放假回来，带着妹妹在院子里晒太阳，教她认颜色。
访谈者：名字在表上写得对吗？
受访者：不一样。有写{{spaced:斯朗 泽仁}}的，中间空一格；有把老婆写成{{spaced:秋 吉 拥 措}}的；儿子成了{{spaced:多　吉　泽　批}}；阿妈在医保卡上是{{spaced:白玛 曲珍}}。
访谈者：您最大的心愿？
受访者：老婆能自己坐起来，小女儿能站起来，大的两个念书念出去。县里说明年要在乡上办康复点，到时候小女儿就不用跑那么远了。我一个人的力气有限，可只要人还在，家就散不了。
""")

# H499: Hui father in 孟村 (沧州) who lost three fingers in a press; wife on dialysis; his brother's son in his care.
DOCS["H499"] = ("family", """\
访谈者：大哥，先说说家里的情况。
受访者：我叫{{han:吴宝林}}，经名{{minority/hui:努尔丁}}，今年四十三，家在{{trap/place:孟村}}县城西边的村里。以前在管件厂开冲床，前年右手让机器轧了，三根手指头没了，重活干不了。我媳妇{{han:刘淑敏}}，经名{{minority/hui:阿妮赛}}，尿毒症，一个礼拜去{{trap/place:沧州}}透析三回。
访谈者：孩子们呢？
受访者：俩孩子。大的儿子{{han:吴浩哲}}十三，经名{{minority/hui:穆阿兹}}，在{{school:孟村回族自治县第二中学初一（4）班}}；闺女{{han:吴梓涵}}九岁，经名{{minority/hui:扎伊娜}}，在{{school:辛店镇回民小学三年级（2）班}}。还有我哥的儿子，也跟着我过。
访谈者：您哥哥家怎么了？
受访者：我哥{{han:吴宝成}}开车撞了人跑了，判了六年。嫂子{{han:米秀芝}}回了{{trap/place:黄骅}}娘家，后来又走了一家。侄子{{han:吴天佑}}，经名{{minority/hui:安纳斯}}，十一了。{{minority/hui:安纳斯}}他不爱说话，可跟我闺女好，俩人一块儿写作业。
访谈者：谁帮过你们？
受访者：头一个是寺里。{{trap/org:清真寺}}的{{han:丁长福}}阿訇，经名{{minority/hui:阿吉兹}}，领着乡老们给我们家凑了一万二，散{{trap/minority_word:乜贴}}的时候又给留了一份。乡老{{han:沙玉山}}，经名{{minority/hui:纳西尔}}，他们家开饭馆，孩子们放了学就去那儿吃饭，不收钱。村里的儿童主任{{han:哈桂兰}}给侄子报了事实无人抚养，每月{{trap/number:一千三百五}}；我们家报了低保，{{han:哈桂兰}}大姐是真上心。村支书{{han:米振国}}跑县里给我媳妇办了大病救助。{{han:米振国}}也说了，有难处就去村委会找他。
访谈者：学校呢？
受访者：儿子的班主任{{han:杨春风}}老师，年轻，{{han:杨春风}}说孩子作文写得好，学校免了他的住宿费。闺女的老师{{han:白玉婵}}把自家孩子的羽绒服给了我闺女。
访谈者：社工来过吗？
受访者：县里社工站来过，一个叫{{compound:公孙念慈}}，还有一个是{{compound:宇文浩川}}。{{compound:公孙念慈}}给孩子们办了个读书角。{{trap/org:县妇联}}送来过米面油。
访谈者：家里日子怎么安排？
受访者：早上我给孩子们做饭，{{trap/word:米饭}}、炒白菜，一只手切菜慢。媳妇透析回来没劲儿，就躺在{{trap/word:沙发}}上。侄子{{minority/hui:安纳斯}}跟我儿子{{minority/hui:穆阿兹}}练{{trap/word:八极拳}}，我们孟村人都练这个，说是{{trap/famous:吴钟}}老祖宗传下来的。{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，先给寺里送。
访谈者：媳妇的病花了多少钱？
受访者：透析一回四百多，医保报了大头，自己一个月还得掏一千来块，再加上吃药、打针，我那点伤残补助全搭进去了。前年做内瘘手术，借了亲戚两万，到今天还没还上。我现在在村口的修车铺帮人看摊，一只手能干点轻活，一天挣个五六十。媳妇说她拖累了这个家，有一回想不开，是闺女搂着她哭，她才缓过来。我跟她说，你在，孩子们就有妈，这比啥都强。医生说她年轻，换肾成功的希望大，我们已经在省里的医院排上号了，就等配型。
访谈者：亲戚们呢？
受访者：我老丈人{{han:刘德顺}}在{{trap/place:天津}}卖牛肉，逢年过节给孩子们寄钱。媳妇的妹妹{{han:刘淑霞}}常来帮着洗洗涮涮，她经名叫{{minority/hui:海乃菲}}，我们家里都叫经名。{{minority/hui:海乃菲}}那边也不宽裕，可一来就不空手。寺里女学教经的{{minority/hui:丁卡里麦}}隔几天来一趟，教闺女念经。
访谈者：登记表要写地址和号码。
受访者：家在{{address:孟村县辛店镇前吴村五组12号}}，侄子他妈原来住{{address:黄骅市骅中街道盛华小区3号楼1单元502室}}。我身份证{{id_number@my1982.130930}}，媳妇的{{id_number@wy1984spaced.130930}}。我电话{{mobile@plus86dash}}，{{han:哈桂兰}}的{{mobile@s434}}。班主任的微信{{wechat:ycf_mengcun2}}。儿子用我的旧手机上QQ，号他抄在作业本皮上了：{{qq:3561082947}}。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子今年开始自己洗衣服，还说要去饭馆端盘子挣钱，我没让。闺女每天放学先去看她妈，给她妈倒水、捶背，再写作业。侄子刚来的时候夜里老哭，现在好多了，管我叫爹。我跟三个孩子说，咱家穷，可不能让人瞧不起，念书、做人都得正。
访谈者：名字在表上写对了吗？
受访者：经名是音译，各写各的。有把媳妇的经名写成{{spaced:阿 妮 赛}}的，把我写成{{spaced:吴　宝　林}}的；侄子在花名册上是{{spaced:吴天 佑}}，儿子的经名写成了{{spaced:穆　阿　兹}}。
访谈者：您最盼什么？
受访者：媳妇能排上换肾。配型的事我天天惦记，手机一响就以为是医院来的。再一个就是孩子们好好念书，别像我这样靠一双手吃饭，手没了就啥也没了。
""")

# H500: Han grandmother in 绥德 (榆林) raising three grandchildren with word nicknames; father in prison, mother gone.
DOCS["H500"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：四口，我和三个孙子孙女。我叫{{han:李翠娥}}，六十九了，在{{trap/place:绥德}}城东的沟里住窑洞。老汉{{han:贺存福}}前年走了。儿子{{han:贺建军}}跟人打架把人打成重伤，判了七年。媳妇{{han:霍彩霞}}说去{{trap/place:鄂尔多斯}}打工，一走三年，电话也打不通了。
访谈者：孩子们多大？叫什么？
受访者：大孙子{{han:贺子轩}}十三，小名叫{{han:碾盘}}，生得敦实。二孙女{{han:贺梦瑶}}十岁，小名{{han:枣花}}，生在枣树开花的时候。小孙女{{han:贺雨欣}}六岁，小名{{han:糜穗}}。{{han:碾盘}}在{{school:绥德县第三中学初一（5）班}}，{{han:枣花}}在镇上的小学念四年级，{{han:糜穗}}还在村里上学前班。
访谈者：孩子们知道爸爸的事吗？
受访者：大的两个知道，{{han:糜穗}}还小，问起来我就说她爸在外头开车。大孙子说他这辈子不打架，长大要当警察。{{han:枣花}}就是爱哭，一想她妈就哭。
访谈者：村里谁帮过你们？
受访者：村主任{{han:拓海军}}，他给我们家报了低保，三个娃娃都报了事实无人抚养，每人每月{{trap/number:一千零六十}}。{{han:拓海军}}他们家就在坡底下，下了雪他拿铁锨给我们铲路。儿童主任{{han:惠彩琴}}隔几天来一回，给{{han:糜穗}}扎小辫。{{han:惠彩琴}}那边还给娃娃们找了一家爱心企业，一年给一回学习用品。镇上民政办的{{han:高志飞}}也来过，说老人家你放心，有政府呢。
访谈者：学校怎么样？
受访者：大孙子的班主任{{han:霍丽娟}}老师对娃娃好，叫他当了劳动委员。二孙女的老师{{han:折秀梅}}说她字写得好看。{{han:折秀梅}}也是苦出身，她说娃娃不能因为家里的事抬不起头。学校灶上的{{han:薛长河}}师傅，每回多给他打一勺菜。
访谈者：社工来过吗？
受访者：县里社工站有个女娃叫{{compound:巫马清禾}}，跟她来的后生是{{compound:段干立诚}}。{{compound:巫马清禾}}教娃娃们剪窗花，{{han:糜穗}}剪了一只小羊，贴在窑窗上。暑假还有大学生志愿者来给娃娃们补过课。
访谈者：过年的时候呢？
受访者：正月里城里闹秧歌、打{{trap/word:腰鼓}}，大孙子也跟着打。我给娃娃们唱{{trap/word:信天游}}，讲米脂的婆姨绥德的汉，讲{{trap/famous:吕布}}和{{trap/famous:貂蝉}}，讲{{trap/famous:扶苏}}埋在咱绥德。{{han:枣花}}就问，那{{trap/famous:蒙恬}}将军呢？
访谈者：一家子的开销怎么够？
受访者：低保加上娃娃们的补贴，一个月两千来块，吃饭够了，穿衣念书就紧。我在坡上种了两亩谷子、一亩洋芋，自己吃。秋天去枣林里帮人打枣，一天给八十，打一个月能挣两千多。大孙子上中学住校，一礼拜回来一趟，我给他烙十几个饼子带上，他说学校的饭吃不饱。冬天窑里冷，烧炭一个冬天得两吨，村里给送了一吨，剩下的自己买。去年村里的路{{trap/word:拓宽}}了，政府还给窑洞做了加固，墙上再不掉土了，娃娃们睡得踏实。
访谈者：您身体怎么样？
受访者：腰不好，眼也花了。村医{{han:艾国平}}每月来给我量血压。邻家的{{han:常金山}}他们家种的洋芋多，年年给我们送两袋子；他婆姨{{han:马凤兰}}婶常给娃娃们做鞋。我这把老骨头，能多撑一年是一年。
访谈者：表上要填地址和号码。
受访者：家在{{address:绥德县四十里铺镇后沟村二组9号}}，媳妇娘家在{{address:米脂县银州街道东街小区4号楼2单元301室}}。我的身份证{{id_number@wold.610826}}。电话我不会用，写{{han:惠彩琴}}的吧，{{mobile@spaced}}。{{han:碾盘}}有个QQ，说是跟他妈联系用的，号码是，你等等我找找……在这儿，{{qq:41872503}}。媳妇的微信{{wechat:huocaixia1990}}，早就不回了。
访谈者：娃娃们跟他爸还有联系吗？
受访者：一年能去探视一回。去年秋天{{han:拓海军}}开车拉着我们祖孙四个去的，隔着玻璃说了二十分钟话。{{han:枣花}}一直哭，她爸也哭，说对不住娃娃。回来的路上大孙子一句话也不说，到家写了一封信，让我下回带给他爸。信上写的啥我不识字，他也不让我看，说是男人之间的话。
访谈者：名字写得对吗？
受访者：学校表上写成{{spaced:贺 梦 瑶}}、{{spaced:贺　雨　欣}}，低保表上我是{{spaced:李翠 娥}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，媳妇回来，一家子团团圆圆。他在里头表现好，去年减了半年刑，管教来信说他学了电焊，出来能找个活干。我就怕我这身子骨等不到那一天，娃娃们没人管。盼娃娃们念书，别走他爸的路。
""")

# H501: Han village doctor in 汉阴 (安康): children of silicosis patients and of a depressed mother, on WeChat and QQ.
DOCS["H501"] = ("doctor", """\
访谈者：您当村医多少年了？
受访者：二十六年。我叫{{han:沈德明}}，在{{trap/place:汉阴}}县城西边一个村的卫生室。我们这儿的男人早些年去外头打隧道、打风钻，好多人得了{{trap/word:尘肺}}，回来就干不动了。他们的娃娃，我心里都有本账。病人、家属、村干部，平时都在微信、QQ上联系，我手机里有个群叫“尘肺病人之家”。
访谈者：能说几个家庭吗？
受访者：头一家，{{han:柯长林}}，尘肺三期，喘得下不了床，一天要吸十几个钟头的氧。老婆{{han:覃秀兰}}在{{trap/place:安康}}城里当保姆，一个月回来一趟。儿子{{han:柯思远}}十二，在{{school:汉阴县城关镇第二小学六年级（4）班}}；闺女{{han:柯思甜}}八岁，在村小。{{han:柯长林}}他微信头像就是俩娃娃的照片，半夜喘不上气就给我发语音。{{han:覃秀兰}}也加了我微信，{{wechat:qinxiulan_baomu}}，她说娃娃有个头疼脑热先找我。
访谈者：第二家呢？
受访者：第二家男人{{han:冉光贵}}去年尘肺走了，四十七岁。老婆{{han:阮桂香}}改嫁去了{{trap/place:西安}}，丢下一个儿子{{han:冉小渝}}，十岁，跟奶奶{{han:吴德芳}}过。奶奶有糖尿病，胰岛素是我给打。{{han:冉小渝}}拿他奶奶的手机上QQ，晚上跟他妈视频，QQ号他写给我了：{{qq:1728405936}}。村里的儿童主任{{han:沈春梅}}给他报了事实无人抚养，每月{{trap/number:一千一百二}}。
访谈者：第三家？
受访者：第三家{{han:檀志华}}在{{trap/place:东莞}}进厂，媳妇{{han:汪丽君}}生完二胎得了抑郁症，有一回在河边站了半天，是我把她劝回去的。大闺女{{han:檀一诺}}九岁，家里的事全靠她。我给{{han:汪丽君}}开了转诊单，去县医院找{{han:邹明华}}大夫。她男人那边我也打了电话，让他回来一趟。他的QQ我存着，昵称就是他的大名{{han:檀志华}}，不常上，号是{{qq:2540917683}}。
访谈者：干部们怎么帮？
受访者：村支书{{han:廖家和}}，低保、大病救助都是他跑下来的。{{han:廖家和}}都六十了，骑个摩托满山跑。镇上开会，{{han:廖家和}}书记回回替这几家说话。镇上民政办的{{han:黄晓芸}}每个月在群里发政策。镇卫生院的{{han:陈建业}}院长给这几家娃娃建了健康档案。县上派来两个社工，一个叫{{compound:上官岚溪}}，一个是{{compound:令狐志远}}。{{compound:上官岚溪}}的微信是{{wechat:shangguan_lx}}，有事我就找她。{{trap/org:县红十字会}}给尘肺病人的娃娃发过助学金。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。我背着药箱走村串户，{{trap/word:黄连}}、{{trap/word:柴胡}}、{{trap/word:杜仲}}我都认得，可尘肺这病，{{trap/famous:华佗}}再世也没办法，只能吸氧、止咳，少受点罪。我老婆{{han:邝春兰}}说，我把别人家的娃娃看得比自家的还重。
访谈者：娃娃们怎么样？
受访者：{{han:柯思远}}学习好，想当医生。{{han:檀一诺}}懂事得让人心疼，放学了先烧饭、后写作业，村小的{{han:何文静}}老师常给她补课。{{han:冉小渝}}爱画画，在镇上比赛得过奖，支教的老师叫{{compound:东方知远}}，说这娃娃有天分。
访谈者：尘肺病人家里，娃娃们最难的是什么？
受访者：最难的是看着大人一天天不行了。{{han:柯思远}}跟我说，他夜里不敢睡死，怕他爸一口气上不来。这些娃娃早早就学会了换氧气瓶、量血氧，比好些大人都熟练。家里的钱全花在药上，娃娃们的衣服都是亲戚给的旧的。前几年县里给尘肺病人办了专门的救助，每人每年能报一部分药费，制氧机也是免费发的，日子比以前好些。可大人的病好不了，娃娃们心里那块石头就落不了地。我能做的就是常去看看，跟娃娃们说说话，让他们知道有人惦记着。半夜谁家大人喘不上来，我先去，再打{{trap/hotline:120}}。
访谈者：登记一下吧。
受访者：头一家在{{address:汉阴县城关镇月亮湾村六组18号}}，他奶奶家在{{address:汉阴县涧池镇双坪村三组7号}}。{{han:冉小渝}}的身份证{{id_number@my2015.610921}}。{{han:沈春梅}}的电话{{mobile@h38}}，我的电话{{mobile@fullwidth}}，我的微信{{wechat:shendeming_cunyi}}。
访谈者：您觉得还缺什么？
受访者：缺人。村里年轻人都出去了，留下的是老的、病的、小的。娃娃们的心里话没人听，大人顾不上，老人听不懂。我想着要是村里有个固定的地方，放学以后娃娃们能去写作业、有人陪着说说话，就好了。这事我跟镇上提过，说是明年建儿童之家。我这个卫生室旁边有间空房，我说先借给娃娃们用，桌子板凳我自己掏钱买。
访谈者：表上名字写得对吗？
受访者：尘肺登记表上把{{spaced:柯 长 林}}写开了，{{spaced:冉光 贵}}中间空了一格，社工姑娘签名成了{{spaced:上　官　岚　溪}}。
""")

# H502: Uyghur mother from 岳普湖 in 乌鲁木齐; her husband was paralysed by a fall from scaffolding.
DOCS["H502"] = ("family", """\
访谈者：大姐，您是什么时候来乌鲁木齐的？
受访者：我叫{{minority/uyghur:热孜亚·托乎提}}，三十八岁，老家在{{trap/place:岳普湖}}，十年前跟丈夫来了{{trap/place:乌鲁木齐}}。丈夫{{minority/uyghur:买吾兰·艾山}}在工地上当架子工，前年从七楼的架子上掉下来，腰椎断了，下半身不能动。{{minority/uyghur:买吾兰}}他以前多能干，现在连翻身都要人帮。
访谈者：孩子们呢？
受访者：三个。大儿子{{minority/uyghur:比拉里·买吾兰}}十三，在{{school:乌鲁木齐市第一百三十六中学初一（2）班}}；女儿{{minority/uyghur:努扎艾提·买吾兰}}十岁，在附近的小学念四年级；小的{{minority/uyghur:米合热阿依·买吾兰}}五岁，在社区幼儿园。{{minority/uyghur:比拉里}}放学回来先给他爸擦身子，再写作业。{{minority/uyghur:努扎艾提}}就爱唱歌。{{minority/uyghur:米合热阿依}}还小，老问爸爸什么时候站起来。
访谈者：家里靠什么过？
受访者：我在{{trap/place:二道桥}}一家{{trap/minority_word:馕}}坑打工，早上五点去，下午两点回来。社区给我们报了低保，三个孩子都是困境儿童，每人每月{{trap/number:八百四十}}。社区主任{{minority/uyghur:米日班·喀斯木}}帮我们跑的手续。网格员{{han:邵丽娜}}一个礼拜来两回，{{han:邵丽娜}}她是汉族，维吾尔话说得好，孩子们叫她姐姐。{{trap/org:区残联}}给我丈夫配了轮椅和气垫床。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/uyghur:托乎提·喀迪尔}}在老家种棉花，七十了。我哥哥{{minority/uyghur:阿西木·托乎提}}管着家里的地，秋天卖了棉花给我们寄钱。丈夫还有个弟弟，叫{{minority/uyghur:赛买提·艾山}}。他在{{trap/place:喀什}}开出租，一年来看一回，每回塞给孩子们几百块。
访谈者：您一个人又打工又照顾丈夫，忙得过来吗？
受访者：忙不过来也得忙。早上四点起来给丈夫翻身、接尿，给孩子们煮好奶茶，五点到馕坑。下午回来洗衣服、做饭，晚上还得给丈夫按腿，医生说不按肌肉就萎缩了。房子是租的，一个月一千二，社区帮着申请了公租房，明年能排上。最怕的是丈夫生褥疮，有一回烂了一大块，我们去医院换了半个月的药。他心里也苦，有一阵子不吃饭，说不想拖累我们。大儿子就坐在床边给他念课文，念着念着他就吃了。
访谈者：学校怎么样？
受访者：大儿子的班主任{{minority/uyghur:帕丽达·司马义}}老师说，孩子数学好，就是上课打瞌睡，因为晚上要起来帮他爸翻身。老师给他申请了免费午餐。女儿的音乐老师{{han:邱雪莲}}给她报了合唱团，她在台上唱歌的时候我哭了。
访谈者：社工来过吗？
受访者：来过。社工站的姑娘叫{{compound:慕容晚晴}}，她每回都带个小伙子一起来。{{compound:慕容晚晴}}每个月来给丈夫做康复，教他用手撑着坐起来。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}的时候我做{{trap/minority_word:抓饭}}，邻居{{minority/uyghur:阿尔祖古丽·吐逊}}送来一盘{{trap/minority_word:烤包子}}。我给孩子们讲{{trap/famous:阿曼尼莎汗}}的故事，说她整理了{{trap/minority_word:十二木卡姆}}。女儿说，她长大也要唱木卡姆。
访谈者：登记一下信息。
受访者：家在{{address:沙依巴克区雅山街道幸福小区6号楼2单元501室}}，老家在{{address:岳普湖县岳普湖镇阿其克村5组21号}}。我的身份证{{id_number@wy1987.653128}}，丈夫的{{id_number@my1984quad.653128}}。我电话{{mobile@s74}}，{{han:邵丽娜}}的{{mobile@p86n}}，她的微信{{wechat:shaolina_wgy}}。大儿子有QQ，老师说上网课要用，号码是他自己背给我的：{{qq:940357162}}。
访谈者：孩子们跟老家还常联系吗？
受访者：常联系。每个礼拜天晚上跟我阿爸视频，孩子们用维吾尔话跟爷爷说学校的事。暑假我带他们回去住一个月，在地里摘杏子、拾棉花。大儿子说老家的星星比城里亮，他长大了要回去给爷爷盖新房子。
访谈者：名字写法一样吗？
受访者：户口本上是{{minority/uyghur:比拉里·买吾兰}}，医保卡上是{{spaced:比拉里 · 买吾兰}}，学校系统里成了{{minority/uyghur:比拉里买吾兰}}，没有点。小女儿在幼儿园写成{{spaced:米 合 热 阿 依}}，女儿成了{{spaced:努　扎　艾　提}}，我在低保表上是{{spaced:热孜亚 · 托乎提}}，丈夫成了{{spaced:买吾兰 艾山}}。
访谈者：您最大的心愿是什么？
受访者：丈夫能坐上轮椅自己出门晒太阳。社区说明年给楼道装个坡道，到时候他就能自己下楼了，他说他要去楼下的棋摊跟老人们下棋。孩子们好好念书，大儿子说要当医生，给他爸治腰。
""")

# H503: Han civil-affairs officer in 渭南 reading from a case file: a prisoner's son, an orphan, a deaf father's son.
DOCS["H503"] = ("official", """\
访谈者：您今天带来的是什么材料？
受访者：一卷困境儿童的个案。我叫{{han:雷振宏}}，在{{trap/place:渭南}}市{{trap/org:民政局}}儿童福利科。这卷里是三个娃娃，我一家一家说。
访谈者：好。
受访者：第一个娃娃叫{{han:党梓豪}}，男，十一岁，{{trap/place:临渭区}}人。父亲{{han:党卫东}}因为诈骗判了八年，母亲{{han:屈丽娟}}二〇二一年离家，至今下落不明。现在跟奶奶{{han:党秀娥}}过。卷里奶奶的名字写了两遍，“{{han:党秀娥}}{{han:党秀娥}}”，是乡上录系统的时候粘重了。娃娃的身份证{{id_number@my2014.610502}}，奶奶的{{id_number@woldhyphen.610502}}，家住{{address:临渭区阳郭镇西庄村五组14号}}。{{han:党梓豪}}在{{school:临渭区阳郭镇中心小学五年级（2）班}}。
访谈者：怎么帮的？
受访者：认定了事实无人抚养，每月{{trap/number:一千四百一}}，从{{trap/year:2022年}}五月起发。村里的儿童主任{{han:同丽萍}}每月家访，记录一式两份。{{han:同丽萍}}主任说，奶奶腿脚不好，娃娃的家长会都是她去开。检察院来了个{{compound:司马文清}}，给娃娃做过两回心理疏导。奶奶{{trap/word:同意}}了，我们才把娃娃的情况报上去。
访谈者：第二个呢？
受访者：第二个是孤儿，{{han:来欣悦}}，女，九岁，{{trap/place:华州}}人。父母{{trap/year:2023年}}在高速上出车祸，一起走了。监护人是叔叔{{han:来永强}}，他在{{trap/place:西安}}开装修公司，条件还行，婶子{{han:员晓燕}}对娃娃也好。孤儿基本生活费每月{{trap/number:一千八百七}}，{{han:来永强}}说这钱给娃娃存着，一分不动。娃娃的身份证{{id_number@wy2016fwspaced.610503}}，叔叔的{{id_number@mmidx.610503}}，家住{{address:华州区华州街道少华路金港小区8号楼1单元602室}}。娃娃跟叔叔一家去了西安，转学的手续我们帮着办的。
访谈者：第三个？
受访者：第三个{{han:雒子涵}}，男，七岁，{{trap/place:蒲城}}人。父亲{{han:雒宏伟}}聋哑，母亲{{han:强小梅}}智力残疾二级，家里靠低保和残疾人两项补贴过。{{han:雒宏伟}}他会手语，我们请了{{trap/org:县残联}}的手语老师{{compound:长孙雅静}}来帮着沟通。娃娃在{{school:蒲城县罕井镇中心小学一年级（3）班}}，老师说他很乖。
访谈者：办一个个案要多长时间？
受访者：快的一个月，慢的半年。先是村里发现、上报，镇上入户核查，我们再审核、公示，每一步都要签字、拍照、留档。最难的是找不着人的，像第一个娃娃的母亲，按规定要公安出具查找不到的证明，光这一项就跑了两个多月。批下来以后也不是就完了，每季度要回访，看钱是不是花在娃娃身上，娃娃上学、吃饭、看病有没有着落。监护人不尽责的，我们要约谈，严重的还要报给法院撤销监护资格。这两年上面一直{{trap/word:强调}}兜底保障，我们科人少，一个人要管一百多个娃娃。
访谈者：参与的人都有谁？
受访者：区里社工站的{{compound:欧阳书简}}做的评估，镇民政所的{{han:拜建国}}所长管入户核查，派出所的{{han:寇文博}}给娃娃补办了户口。我们科里都是{{trap/word:党员}}，每个人包几户，{{trap/word:雷打不动}}每月走一遍。
访谈者：联系方式呢？
受访者：{{han:党秀娥}}的电话{{mobile@hyphen}}，{{han:来永强}}的{{mobile@plus86spaced}}，{{han:同丽萍}}的微信{{wechat:tonglp_yangguo}}。娃娃有个QQ，是他爸进去之前给注册的，卷里第十二页记着：{{qq:736025814}}。有事也可以打{{trap/hotline:12345}}。
访谈者：卷里的名字写法一致吗？
受访者：不一致，这正是我要说的。手填的表上，有的写成{{spaced:党 梓 豪}}，有的写成{{spaced:来　欣　悦}}；监护人签字是{{spaced:来永 强}}；评估表上社工成了{{spaced:欧　阳　书　简}}；还有{{spaced:屈丽 娟}}。
访谈者：这些娃娃现在怎么样？
受访者：{{han:党梓豪}}成绩中等，就是跟人不说话，老师说他在班上总是一个人坐在最后一排。孤儿那个娃娃在西安适应得不错，叔叔给她报了舞蹈班。第三个娃娃最小，爸妈说不了话，娃娃说话也晚，我们给他联系了语言训练，一个礼拜两次，钱是残联出的。
访谈者：您怎么看这些娃娃？
受访者：娃娃没有错，大人的事不该算到娃娃头上。我干这行九年了，见过的娃娃有几百个，有的后来考上了大学，回来看我，说叔叔当年你给我办的那张表我还留着。我们这儿出过{{trap/famous:司马迁}}、{{trap/famous:白居易}}，我跟娃娃们说，念书能改命。
""")

# H504: Han coal-truck driver in 神木 (榆林), widowed, with two children and an orphaned nephew.
DOCS["H504"] = ("family", """\
访谈者：大哥，您跑的是什么车？
受访者：拉煤的半挂。我叫{{han:乔建平}}，四十一了，家在{{trap/place:神木}}城南的村里。平常从{{trap/place:大柳塔}}那边的矿上装煤，往{{trap/place:包头}}送，一趟来回两天，一个月在家待不了几个晚上。
访谈者：家里谁带孩子？
受访者：我妈{{han:张桂花}}带。媳妇{{han:折丽娜}}前年宫颈癌走了，才三十六。一儿一女，儿子{{han:乔梓航}}十二，在{{school:神木市第七中学初一（3）班}}；闺女{{han:乔一然}}八岁，在{{school:滨河新区第三小学二年级（4）班}}。还有我外甥{{han:武浩宇}}，十岁，也跟着我们过。
访谈者：外甥怎么也在您家？
受访者：我妹妹{{han:乔建梅}}的男人{{han:武志勤}}在煤矿井下出事没了。妹妹后来去{{trap/place:府谷}}再嫁了，那边的男人不要娃娃，我就把{{han:武浩宇}}接过来了。{{han:乔建梅}}也隔三岔五打电话，可娃娃跟她生分了。
访谈者：您跑车的时候孩子们谁管？
受访者：我妈管，她七十了，有高血压。{{han:乔梓航}}和妹妹都懂事，放学了哥哥做饭，妹妹扫地。我让{{han:乔梓航}}管着他俩的作业。{{han:武浩宇}}调皮，上回跟同学打架，班主任{{han:温丽华}}老师打电话到我车上，我在服务区听着，心里难受。
访谈者：有哪些帮扶？
受访者：{{han:武浩宇}}报了事实无人抚养，每月{{trap/number:一千六百四}}，是村里的儿童主任{{han:杨春燕}}跑下来的。{{han:杨春燕}}说我这边是单亲，俩娃娃也能报困境儿童。镇上民政办的{{han:贺文礼}}来我家核过两回。车队的{{han:高海龙}}队长知道我家情况，尽量给我排近的活。{{han:高海龙}}说了，娃娃开家长会那天你就歇着。
访谈者：车队的同事呢？
受访者：都是好弟兄。{{han:郝二虎}}、{{han:王存喜}}他们几个凑了三千块给我媳妇看病。{{han:苏海平}}也是单亲，我俩在路上换着开，聊的都是娃娃。还有个跑长途的叫{{compound:上官振东}}，他媳妇在城里开托管班，娃娃们放学去那儿写作业，一个月只收个饭钱。
访谈者：社工来过吗？
受访者：来过，一个叫{{compound:欧阳沁禾}}，跟她一起的是{{compound:闾丘承志}}。他们给外甥做了心理辅导，说娃娃心里有疙瘩。{{compound:欧阳沁禾}}每个月打电话问我。
访谈者：跑车这一行，收入怎么样？
受访者：前几年煤价高的时候一个月能落一万多，这两年不行了，扣了油钱、过路费、车贷，一个月也就五六千。车是贷款买的，还有两年才还完。跑夜路最怕犯困，我就给自己定规矩，开四个钟头必须停下来睡一觉。媳妇走的那年，我一个人在车上哭过好几回，想着不干了，回家守着娃娃。可不干了拿啥养活他们？我妈说，你去吧，家里有我。去年冬天路上下大雪，我在服务区困了三天，闺女打电话问我是不是不要她们了，我听了心里跟刀割一样。
访谈者：孩子们平时玩什么？
受访者：夏天我带他们去{{trap/place:红碱淖}}看鸟。我妈给他们讲{{trap/famous:佘太君}}、{{trap/famous:杨六郎}}，说杨家将就是咱这儿出来的。儿子就问我，爸你开车累不累，我说不累。其实累，{{trap/word:折腾}}一趟下来腰都直不起来。
访谈者：登记一下信息。
受访者：家在{{address:神木市西沟街道贺家川村二组31号}}，妹妹在府谷住{{address:府谷县府谷镇新区华府小区2号楼1单元1102室}}。外甥的身份证{{id_number@my2015spaced.610881}}，我的{{id_number@my1984fw.610881}}。我电话{{mobile@p86h}}，我妈的{{mobile@fws}}。{{han:杨春燕}}的微信{{wechat:ycy_xigou2024}}。儿子有个QQ，号码是……他写在我车里遮阳板上了，{{qq:3082719465}}。
访谈者：孩子们的学习谁管？
受访者：没人管。我妈不识字，我在路上，只能晚上打视频看看作业。儿子的数学还行，语文差，老师说他作文写不长。闺女倒是爱看书，托管班里的书她都快看完了。外甥最叫人操心，作业老不写，我说他，他就顶嘴，说你又不是我爸。我气过了，想想也可怜，就不说了。
访谈者：名字写法对吗？
受访者：学校把我闺女写成{{spaced:乔 一 然}}，外甥写成{{spaced:武　浩　宇}}，社工的名字签成了{{spaced:欧 阳 沁 禾}}，我在车队的表上是{{spaced:乔建 平}}。
访谈者：您最大的心愿？
受访者：别出事，平平安安的。我在路上见过太多翻车的，每回看见都想，我要是也那样，三个娃娃咋办。再干几年，攒够钱在城里买套小房子，娃娃们上学近，我妈也不用再爬坡了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=497,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
