# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 104 (tests/pii/holdout104/H817-H824 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 104 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童
补贴, 残疾儿童康复补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工, 司法所), in eight new voices, all of them in 六盘水
(Guizhou): a Mongolian mother from 翁牛特旗 (赤峰) married to a coal miner of 水城 who was crushed underground, a Khams
Tibetan father from 巴塘 (甘孜) who works on building sites in 盘州 with his three motherless children, a Uyghur couple
from 莎车 with a noodle shop in 钟山区 who raise the orphans of the husband's brother beside their deaf daughter, a
Hui grandfather in 水城 whose son is in prison, a Yi grandmother in a mountain village of 水城 raising three
grandchildren, a Han school counsellor at a 盘州 middle school who reaches pupils and parents on WeChat and QQ, a Han
village civil-affairs assistant (民政协理员) in 六枝 reading from her forms, and a Buyei grandfather in 六枝 raising
the four grandchildren of children who work in 浙江. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names of three to six characters (苏日雅, 萨日娜图雅,
孟根陶日格, 乌日根苏雅, 额尔敦必勒格 then 必勒格) beside the Han names of the same people (白素芹, 杨振宇) and 白大姐;
Khams Tibetan names (格绒四郎, 拥忠卓嘎, 泽翁尼玛, 四郎曲培, 益西曲宗, 呷绒拉姆) with short forms (泽仁康珠 then 康珠,
降初多吉 then 降初) and Han names of Tibetans (郭永福, 老郭, 郭雪梅); Uyghur given name + father's name with and
without the dot (米吉提江·吐尔洪, 米吉提江吐尔洪, 古再努尔·吐尔洪, 古再努尔吐尔洪, 买合木提·托合提) and short forms
(买合木提, 米吉提江他, 古再努尔, 艾孜麦提), a market nickname annotated whole (阿买); Han-form Hui names (马德盛, 马永林,
沙桂芳, 沐春燕, 沐阿訇) beside 经名 alone (哈希姆, 萨利迈, 雅哈亚, 伊斯梅尔) and after a Han surname (马法图麦, 海塔里克,
丁努尔丁, 马阿里夫), with a nickname cut from the 经名 (图麦); Yi clan name + given name (加拉伍沙, 海来尔体, 海来尔哈,
海来依呷 then 依呷, 海来木果 then 木果, 海来阿西, 加拉木呷, 俄木石者), an 阿- name (阿果) and Han-form names of Yi
people (陇正芬, 陇国华, 禄光荣, 安国英); Buyei grandchildren with Han names (岑, 韦, 王, 罗, 陆) and nicknames that are
words (门槛, 粑粑, 石磨, annotated whole); Han names with common and rare surnames (卯, 母, 浦, 资, 查, 桂, 雍, 晏, 蔺,
郎, 岑), with titles and kin words (龙海燕老师, 罗应梅主任, 余国强大夫, 丁建平所长, 王正清书记, 桂美玲大姐, 周德旺大哥;
the span is the name only), a surname with only a title or kin word, annotated whole (白大姐, 老郭, 谢书记, 老蔺, 雍老师,
晏婶, 邓姨, 金老师, 沐阿訇, 余大夫, 苏老师, 陇二嫂, 范主任, 潘老汉, 邹所长, 蔡所长, 岑老倌, 罗老师, 伍大夫, 小韦),
names that contain or end in words (杨小满, 禄光荣, 吕光明, 岑雨露, 郭永福, 罗新春, 尉迟忠厚, 漆雕永年), a name
written twice on a form, names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and
split names; compound surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:岑德光}}``, ``{{qq:2730561948}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwhyphen.520203}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, s74, s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 大姐, 大哥) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 跟, 和, 她, 他, 他们家, 那边) are
outside the span; a surname with only a title or kin word and no given name (白大姐, 老郭, 谢书记, 晏婶, 小韦) points
to one person in a small place and is annotated whole, as are nicknames (阿买, 图麦, 门槛, 粑粑, 石磨). Han-style names
of Mongolian, Tibetan, Hui, Yi and Buyei people (白素芹, 郭永福, 马德盛, 陇正芬, 岑德光) are category han; a Han
surname before a non-Han given name (马法图麦, 海塔里克, 丁努尔丁) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout104/make_holdout104.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(104_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "132", "137", "145", "152", "156", "159", "172", "177", "180", "182", "185", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H817: Mongolian mother from 翁牛特旗 (赤峰) in 六盘水; her husband, a coal miner, was crushed underground.
DOCS["H817"] = ("family", """\
访谈者：大姐，听口音您不是贵州人吧？
受访者：不是，我老家在{{trap/place:翁牛特旗}}，{{trap/place:赤峰}}下面一个嘎查。我叫{{minority/mongolian:萨日娜图雅}}，嫁到{{trap/place:六盘水}}十四年了。矿上的人嫌我名字长，都喊我{{han:白大姐}}，后来办居住证，我自己起了个汉名叫{{han:白素芹}}。当年在{{trap/place:包头}}的饭馆打工，认识了我男人{{han:杨德礼}}，就跟着他回了{{trap/place:水城}}。
访谈者：您爱人受伤是怎么回事？
受访者：{{trap/year:2023年}}冬天井下冒顶，{{han:杨德礼}}他被埋在底下，腰椎断了两节，下半身没了知觉，现在只能坐轮椅。矿上赔的钱一大半花在医院了。他以前爱喝两口、爱唱山歌，现在一天说不上几句话，夜里疼得睡不着就盯着天花板。
访谈者：工伤那边是怎么处理的？
受访者：拖了一年多。矿上先说是他自己违规，不认工伤，我一个外地女人，话都说不利索，跑了几趟人社局都不知道找哪个窗口。后来我打了{{trap/hotline:12348}}，是{{trap/org:法律援助中心}}的律师帮我们写的材料，申请了工伤认定，又做了伤残鉴定，定的是一级。现在每个月有伤残津贴，看病能报一部分，可是护理全靠我一个人。
访谈者：家里几个孩子？
受访者：三个。老大是儿子，蒙古名{{minority/mongolian:额尔敦必勒格}}，户口上的名字是{{han:杨振宇}}，家里叫他{{minority/mongolian:必勒格}}。{{minority/mongolian:必勒格}}今年十五，在{{school:钟山区第九中学初三（2）班}}。老二是姑娘，叫{{minority/mongolian:苏日雅}}，十一岁，在{{school:红岩街道第二小学五年级（4）班}}。老三{{han:杨小满}}才五岁，在矿区幼儿园。
访谈者：孩子们知道爸爸的情况吗？
受访者：知道。{{minority/mongolian:必勒格}}说不念了，要去矿上顶他爸的班，我气得打了他一巴掌，打完自己哭了半夜。班主任{{han:龙海燕}}老师听说了，专门来家里坐了一下午。{{han:龙海燕}}说孩子在年级排前二十，丢了太可惜，让他先把中考考完再说。
访谈者：这两年谁帮过你们？
受访者：社区儿童主任{{han:罗应梅}}给三个孩子都建了档，{{han:罗应梅}}主任说这是她该做的，报了困境儿童，一人一个月{{trap/number:六百二十元}}。低保是社区的{{han:谢书记}}帮着跑下来的，一个月{{trap/number:一千一百四}}。矿上工会的{{han:老蔺}}也常来，他是{{han:杨德礼}}的师傅，大名{{han:蔺文斌}}，逢年过节提一袋米、一桶油。区{{trap/org:残联}}给我男人配了轮椅，办了残疾证。市里社工站来过一个姑娘叫{{compound:慕容可岚}}，跟她同事{{compound:拓跋浩宇}}一起，每个礼拜六给{{minority/mongolian:苏日雅}}补英语，还教我在手机上交医保。
访谈者：老家那边呢？
受访者：我哥{{minority/mongolian:孟根陶日格}}在嘎查放羊，去年卖了二十只羊，把钱给孩子们交了学费。我{{trap/minority_word:额吉}}七十多了，每个礼拜跟外孙视频。嫂子{{minority/mongolian:乌日根苏雅}}寄来{{trap/minority_word:炒米}}和{{trap/minority_word:奶豆腐}}，三个孩子抢着吃。我跟孩子们讲{{trap/famous:阿兰豁阿}}折箭的故事，一支箭好折，五支箭捆在一起就折不断，兄妹要抱成团。
访谈者：您自己靠什么收入？
受访者：我在矿区门口那排{{trap/word:杨树}}底下摆个早点摊，卖米粉和烤洋芋，一天挣个六七十块。早上五点出摊，八点收了回来给他翻身、擦洗、按腿。邻居{{han:刘大姐}}帮我看着小的。最难的是我男人发脾气，有一回把碗摔了，说他是个废人，拖累我们娘几个。我说你在，这个家就在。
访谈者：登记表要填地址和号码。
受访者：家在{{address:钟山区红岩街道矿区新村7栋3单元402室}}，我娘家在{{address:翁牛特旗乌丹镇赛罕塔拉嘎查三组14号}}。我身份证{{id_number@wy1984spaced.150426}}，{{minority/mongolian:必勒格}}的{{id_number@my2010.520201}}。我电话{{mobile@plain}}，{{han:罗应梅}}的{{mobile@hyphen}}。我微信叫{{wechat:Saruna_Tuya84}}，是儿子给我弄的。{{minority/mongolian:苏日雅}}有个QQ，说是老师布置作业用的，她把号码写在冰箱门上了：{{qq:2730561948}}。
访谈者：表上名字写得对吗？
受访者：常常写错。学校名单上儿子是{{spaced:额 尔 敦 必 勒 格}}，姑娘是{{spaced:苏日 雅}}，我在矿上的表上成了{{spaced:萨　日　娜　图　雅}}，还有一张写成{{spaced:萨日娜 图雅}}。
访谈者：孩子们对蒙古族的东西还知道多少？
受访者：知道得不多。我在家跟他们说蒙古话，大的能听懂一半，小的只会说“赛音白努”。我给姑娘缝了一件小蒙古袍，她穿着去学校参加民族团结的活动，同学们都围着看，她回来高兴了好几天。
访谈者：孩子们平时在家怎么过？
受访者：放了学先做作业，做完了大的给爸爸读报纸，小的趴在他轮椅边上玩。我男人现在就爱听儿子念新闻，听着听着就睡着了。礼拜天我带他们去河边走走，推着轮椅，一家人慢慢走，也算出门了。
访谈者：您最大的心愿是什么？
受访者：盼我男人的腰能好一点，盼儿子考上高中。等孩子们大了，带他们回{{trap/place:赤峰}}看看草原，看看他们的舅舅{{minority/mongolian:孟根陶日格}}。
""")

# H818: Khams Tibetan father from 巴塘 (甘孜) on building sites in 盘州, his three children with him.
DOCS["H818"] = ("family", """\
访谈者：大哥，您是哪里人？
受访者：{{trap/place:甘孜}}州{{trap/place:巴塘}}的，家在{{trap/place:金沙江}}边上。我叫{{minority/tibetan:格绒四郎}}，出来打工以后包工头给我登记了个汉名叫{{han:郭永福}}，工地上都喊我{{han:老郭}}。我在{{trap/place:盘州}}这边工地上扎钢筋，干了四年了。
访谈者：孩子们跟着您？
受访者：跟着。他们阿妈{{minority/tibetan:拥忠卓嘎}}前年得肝病走了，老家只剩我阿爸，七十多了，还要放几头牦牛，带不了娃娃。我就把三个娃娃都带出来了。大的姑娘{{minority/tibetan:泽仁康珠}}十四，学校登记的汉名是{{han:郭雪梅}}，我们喊她{{minority/tibetan:康珠}}。老二是儿子{{minority/tibetan:降初多吉}}，十岁，家里叫{{minority/tibetan:降初}}。老三{{minority/tibetan:呷绒拉姆}}七岁。
访谈者：孩子们在哪里上学？
受访者：{{minority/tibetan:康珠}}在{{school:盘州市第七中学初二（3）班}}，两个小的在红果第三小学，一个四年级，一个一年级。班主任{{han:雍老师}}对大姑娘很好，大名叫{{han:雍晓丽}}，知道她没有阿妈，冬天给她送了一件羽绒服。{{minority/tibetan:降初}}他刚来的时候汉话说不好，同学笑他，哭着回来说要回{{trap/place:巴塘}}。现在好了，数学考了九十六。
访谈者：您一个人又上班又带孩子，顾得过来吗？
受访者：顾不过来。早上六点上工，{{minority/tibetan:康珠}}就起来给弟弟妹妹煮面条、送他们上学。中午我在工地吃盒饭，晚上七八点才回到租的房子。有一回小的发烧，是隔壁的{{han:晏婶}}背着去的社区医院。工地老板{{han:蒋海军}}是她侄儿，人还厚道，{{han:蒋海军}}都说了，我家娃娃有事，我随时可以请假。
访谈者：有哪些帮助？
受访者：社区儿童主任{{han:邓丽华}}上门登记过，说外地户口也能报困境儿童，帮我们跑了好几趟，娃娃们都喊她{{han:邓姨}}。三个娃娃的学费免了，每学期还有{{trap/number:六百二十五块}}的生活补助。老家乡上的民政干部{{minority/tibetan:泽翁尼玛}}在电话上帮着开了证明，证明娃娃阿妈已经过世。区里社工站的{{compound:令狐沁雪}}和{{compound:皇甫一凡}}每个月来一次，带娃娃们去图书馆。社工说大姑娘画画好，要给她报个美术班。
访谈者：老家那边还有什么人？
受访者：我弟弟{{minority/tibetan:四郎曲培}}在{{trap/place:康定}}开出租车，每年{{trap/minority_word:藏历年}}接娃娃们回去住半个月。娃娃的姨妈{{minority/tibetan:益西曲宗}}在县医院当护士，{{minority/tibetan:康珠}}跟她最亲，有啥心事都跟她说。回去的时候我阿爸带他们转{{trap/minority_word:玛尼堆}}，晚上大家围着火跳{{trap/minority_word:弦子}}，阿爸还给他们讲{{trap/famous:阿古顿巴}}的故事。
访谈者：在这边住得惯吗？
受访者：刚来的时候不惯，{{trap/place:盘州}}雨多，潮，娃娃们身上起疹子。吃的也不一样，我们想吃{{trap/minority_word:糌粑}}，这边买不到青稞面，是老家寄过来的。现在娃娃们爱吃这边的羊肉粉，比我还惯了。
访谈者：工地上的活稳定吗？
受访者：不稳定。一个楼盘做完了就得等下一个，有时候一歇就是一个多月，没有进项。去年有个老板跑了，欠了我们班组七个月的工钱，是劳动监察大队帮着要回来的，只要回来一半。我最怕的是自己出事，我要是摔了，三个娃娃就没人管了，所以安全带我天天系着，别人笑我胆小我也系。
访谈者：孩子们没有阿妈，心里的事跟谁说？
受访者：大的跟她姨妈在电话里说，有时候一说一个钟头。小的两个跟我说，可我一个男人不会哄，只会给他们买零食。学校有个心理老师，每个月找大姑娘谈一次，说她心里压着事，太要强了，让我别总叫她管弟弟妹妹，也让她去玩一玩。我听了就想，是我把她当大人用了。后来礼拜天我就自己做饭，让{{minority/tibetan:康珠}}去同学家写作业、看电视，她回来话多了，脸上也有笑了。
访谈者：登记的信息能说一下吗？
受访者：现在租的房子在{{address:盘州市红果街道两河社区锦华小区3栋1单元502室}}，老家在{{address:巴塘县夏邛镇扎金村二组9号}}。我身份证{{id_number@my1983fullwidth.513335}}，大姑娘的{{id_number@wy2011x.513335}}。我电话{{mobile@s38}}，{{han:邓丽华}}的{{mobile@plus86}}。我的微信{{wechat:GeRong_SiLang83}}。{{minority/tibetan:康珠}}有QQ，号码她写在我烟盒上了，我念给你：{{qq:1563820974}}。
访谈者：表上名字写得对吗？
受访者：工地花名册上我是{{spaced:格 绒 四 郎}}，学校表上姑娘是{{spaced:泽仁 康珠}}，儿子是{{spaced:降　初　多　吉}}，小的是{{spaced:呷绒 拉姆}}。
访谈者：您以后打算怎么办？
受访者：等{{minority/tibetan:康珠}}初中毕业，想送她回{{trap/place:甘孜}}读卫校，跟她姨妈学护士。我再干几年，攒点钱回去把老房子修一修。娃娃们的阿妈说过，要让娃娃们都识字，我答应过她。
""")

# H819: Uyghur couple from 莎车 with a noodle shop in 钟山区, raising the orphans of the husband's brother.
DOCS["H819"] = ("family", """\
访谈者：您二位的面馆开了多久了？
受访者：（丈夫）七年了。我叫{{minority/uyghur:买合木提·托合提}}，老家{{trap/place:莎车}}，{{trap/place:叶尔羌河}}边上的村子。这是我老婆{{minority/uyghur:阿依先木·库尔班}}。我们在{{trap/place:钟山区}}开了这家拌面馆，街坊都叫我{{han:阿买}}。
访谈者：家里几个孩子？
受访者：（妻子）四个。我们自己两个，还有他哥哥的两个。他哥哥{{minority/uyghur:吐尔洪·托合提}}四年前在{{trap/place:喀什}}开货车出了事，人没了，那是{{trap/year:2021年}}的事。嫂子改嫁去了{{trap/place:和田}}。两个娃娃没人管，{{minority/uyghur:买合木提}}说，我哥的娃娃就是我的娃娃，就接到贵州来了。
访谈者：孩子们多大？
受访者：（丈夫）侄子{{minority/uyghur:米吉提江·吐尔洪}}十三岁，侄女{{minority/uyghur:古再努尔·吐尔洪}}九岁。我自己的大女儿{{minority/uyghur:努尔曼古丽·买合木提}}十二，耳朵听不见，是先天的；儿子{{minority/uyghur:艾孜麦提}}八岁。
访谈者：孩子们在哪里上学？
受访者：（妻子）{{minority/uyghur:米吉提江}}刚来的时候一句汉话不会，在{{school:荷城第五小学六年级（2）班}}插班，老师{{han:周红英}}每天放学给他多补半个钟头拼音。侄女{{minority/uyghur:古再努尔}}在同一个学校读三年级，她胆子小，半年不敢开口，现在当了小组长。我女儿在{{school:六盘水市特殊教育学校四年级（1）班}}住校，学手语，她的老师说她手巧，剪纸剪得最好。
访谈者：孩子们的生活费怎么办？
受访者：（丈夫）我们这个{{trap/word:买卖}}，一天卖一百来碗，房租、羊肉、面粉一扣，剩得不多。社区的网格员{{han:黄丽娇}}知道我们的情况以后，帮侄子侄女报了事实无人抚养，每人每月{{trap/number:一千二百八}}。老家的户口要开证明，是村里的{{minority/uyghur:吐尔逊·买买提}}书记帮着跑的{{trap/org:莎车县民政局}}。我女儿是听力残疾，市{{trap/org:残联}}给配了助听器，还有残疾儿童康复补贴。
访谈者：还有谁帮过你们？
受访者：（妻子）房东{{han:周德旺}}大哥，一年房租给我们少了两千。社工站的{{compound:上官清漪}}每个礼拜三来，跟志愿者{{compound:欧阳晗煦}}一起陪娃娃们写作业。{{minority/uyghur:米吉提江}}他数学不好，她就拿面馆的碗给他讲分数，一碗分两半、分四份，他一下就懂了。
访谈者：孩子们想老家吗？
受访者：（丈夫）想。{{trap/minority_word:古尔邦节}}我们关一天门，炸{{trap/minority_word:馓子}}、做{{trap/minority_word:抓饭}}，打视频给老家的奶奶看。我在店里放{{trap/minority_word:十二木卡姆}}，跟娃娃们说这是我们{{trap/place:莎车}}的宝贝。奶奶在电话里给他们讲{{trap/famous:阿曼尼莎汗}}的故事，侄女听了说长大也要写歌。
访谈者：您二位最难的是什么？
受访者：（妻子）最难的是钱和时间。早上五点起来和面，晚上十点才关门，娃娃们写作业就在店里最里面那张桌子上。我女儿听不见，一个人待着容易哭，我就一边拉面一边跟她打手语。{{minority/uyghur:艾孜麦提}}还小，有时候跟哥哥打架，我吼两句又心疼。{{han:阿买}}他说，苦几年，娃娃们念出来就好了。
访谈者：街坊们对你们怎么样？
受访者：（丈夫）好得很。刚开店的时候有人不敢进来，怕吃不惯，后来吃的人多了，都成了熟客。隔壁修鞋的大爷每天中午来吃一碗，娃娃放学晚了，他就坐在门口替我们看着。去年冬天侄女半夜肚子疼，是对门开药店的两口子开车送到医院的，挂号费都是他们先垫的。我跟娃娃们说，人家对我们好，我们要记一辈子。
访谈者：娃娃们的民族习惯在这边能保持吗？
受访者：（妻子）能。牛羊肉我们只在回族开的店里买，钟山区有清真寺，礼拜五他去做主麻。娃娃们在学校吃饭，学校专门给他们打了清真的菜。我教女儿用手语念经，她比划得比我们念得还认真。
访谈者：登记表上的信息呢？
受访者：（丈夫）家在{{address:钟山区荷城街道民族小区2栋1单元301室}}，老家在{{address:莎车县阿瓦提镇巴格其村5组27号}}。我身份证{{id_number@my1985hyphen.653125}}，侄子的{{id_number@my2012.653125}}。我电话{{mobile@spaced}}，我老婆的{{mobile@s434}}，微信是{{wechat:Mahmut_Shache85}}。侄子有个QQ，他说是班上同学拉他进群用的，号码是{{qq:84615207}}。
访谈者：名字在表上写得一样吗？
受访者：（丈夫）不一样。学校写侄子是{{minority/uyghur:米吉提江吐尔洪}}，没有点；低保卡上侄女是{{minority/uyghur:古再努尔吐尔洪}}，也没有点；社区表上是{{spaced:米吉提江 · 吐尔洪}}，点两边空着。我女儿在特校写成{{spaced:努 尔 曼 古 丽}}，儿子写成{{spaced:艾孜 麦提}}，我自己写成{{spaced:买合木提 · 托合提}}。
访谈者：您最大的盼头是什么？
受访者：（妻子）盼娃娃们都念出书来。{{minority/uyghur:古再努尔}}说要当医生，我说好，当了医生先给你妹妹治耳朵。
""")

# H820: Hui grandfather in 水城 whose son is in prison, raising two grandchildren.
DOCS["H820"] = ("family", """\
访谈者：老人家，您家里现在几口人？
受访者：四口，我、老伴，还有两个孙娃。我叫{{han:马德盛}}，经名叫{{minority/hui:哈希姆}}，今年六十八，在{{trap/place:水城}}城边上住了一辈子。老伴{{han:丁玉珍}}，经名{{minority/hui:萨利迈}}。我们家就挨着{{trap/org:清真寺}}，一天五番拜，我能去的都去。
访谈者：孩子们的父母呢？
受访者：儿子{{han:马永林}}，经名{{minority/hui:雅哈亚}}，四年前跟人合伙拉煤，为了一笔欠账跟人动了刀子，判了七年，关在{{trap/place:贵阳}}。儿媳{{han:沙桂芳}}等了一年多，后来去了{{trap/place:昆明}}，听说又成了家。两个孙娃就是我们老两口带。
访谈者：孙子孙女多大？
受访者：孙子{{han:马浩东}}十三，经名{{minority/hui:伊斯梅尔}}，在{{school:水城区第三中学初一（5）班}}。孙女{{minority/hui:马法图麦}}九岁，在{{school:双水街道民族小学三年级（2）班}}，家里喊她{{han:图麦}}。{{han:图麦}}她嘴甜，见了谁都喊，寺里的老人都喜欢她。
访谈者：孩子知道爸爸的事吗？
受访者：知道。{{han:马浩东}}他刚知道那阵子，一个礼拜不说话，在学校跟人打架。班主任{{han:金老师}}来家访，大名{{han:金玉蓉}}，她跟我说娃娃心里憋着火，让我莫打他。后来司法所的{{han:丁建平}}所长带着娃娃去监狱看了一回他爸，父子俩隔着玻璃哭。回来以后{{minority/hui:伊斯梅尔}}好多了，晚上还跟我去寺里做礼拜。
访谈者：有哪些人帮过你们？
受访者：社区儿童主任{{han:沐春燕}}给两个孙娃报了事实无人抚养，{{han:沐春燕}}还常来家里看，一人一个月{{trap/number:一千三百六}}。寺里的{{han:沐阿訇}}号召大家散{{trap/minority_word:乜贴}}，{{trap/minority_word:开斋节}}给我们送了米、面、清油。邻居{{minority/hui:海塔里克}}在菜场卖牛肉，隔三岔五留两斤给我们。区里社工站来过两回，一个叫{{compound:司马雨桐}}，还有一个是{{compound:东方瑞霖}}，教孙娃上网课，还帮老伴申请了慢性病门诊。
访谈者：您自己身体怎样？
受访者：有糖尿病，一天打两针胰岛素。{{minority/hui:萨利迈}}她腿不好，上不了坡。孙子懂事，放学回来就挑水、劈柴。我跟他说，你爸走错了路，你不能走错。我给他讲{{trap/famous:赛典赤}}治理云南的故事，告诉他咱们回回人要讲信用、做正事。
访谈者：儿媳还联系孩子吗？
受访者：逢年过节打个电话，{{han:沙桂芳}}她也苦，一个女人家。孙女接电话就哭，挂了电话又笑，问我妈妈什么时候回来。我说等你长高了。
访谈者：孩子的叔叔姑姑呢？
受访者：女儿{{han:马桂仙}}嫁到{{trap/place:威宁}}，在{{trap/place:草海}}边上开饭馆，暑假接两个孙娃去住。女婿{{minority/hui:丁努尔丁}}是个实在人，给孙子买了一辆自行车。我弟弟的儿子{{minority/hui:马阿里夫}}在{{trap/place:义乌}}做外贸，每年寄两千块回来，说给娃娃们买书。
访谈者：孙子孙女平时谁管功课？
受访者：我念过几年书，那{{trap/word:丁点}}墨水，孙子的作业我看不懂了。社区办了个四点半课堂，大学生志愿者教他们写作业，放学先去那里，六点我去接。孙女爱画画，老师说她有天分，社区给她报了免费的兴趣班。她画的第一张画是我们一家五口，她爸站在最边上，手里拿着一把锁。我看了半天没说出话来。
访谈者：去监狱探视方便吗？
受访者：不方便。坐大巴到贵阳要四个钟头，再转车，来回一天，还得提前预约。我一年去两回，带着孙子。每回去，{{minority/hui:雅哈亚}}都问娃娃成绩，问他奶奶的腿。他在里面学了电焊，说出来以后不再跟那些人来往，找个正经活干。我信他一回。
访谈者：登记信息能说一下吗？
受访者：家在{{address:水城区双水街道回民巷二组16号}}，女儿家在{{address:威宁县草海镇建设小区5栋2单元201室}}。我身份证{{id_number@my1957.520221}}，孙女的{{id_number@wy2016quad.520221}}。我电话{{mobile@plus86dash}}，儿童主任的电话{{mobile@h38}}，她说微信也是这个号。孙子的微信是社工帮着注册的，叫{{wechat:mhd_Ismail2011}}。他还有个QQ，写在作业本封皮背面，我戴上眼镜念给你：{{qq:3051947628}}。
访谈者：表上的名字都对吗？
受访者：不全对。孙女在学校写成{{spaced:马 法 图 麦}}，社区表上写成{{spaced:马法 图麦}}。我老伴的经名被写成{{spaced:萨 利 迈}}，我的写成{{spaced:哈希 姆}}。
访谈者：您最盼什么？
受访者：盼{{han:马永林}}早点出来，好好做人。盼两个孙娃把书念成，{{han:马浩东}}说要考警校，我说你考，爷爷供你。
""")

# H821: Yi grandmother in a mountain village of 水城 raising three grandchildren.
DOCS["H821"] = ("family", """\
访谈者：阿奶，您家里现在几口人？
受访者：四口，我跟三个孙娃。我叫{{minority/yi:加拉伍沙}}，汉名叫{{han:陇正芬}}，今年六十五，住在{{trap/place:水城}}南边的山上，离乡场要走一个半钟头。老头子{{minority/yi:海来尔体}}走了十年了。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/yi:海来尔哈}}，汉名{{han:陇国华}}，前年开三轮车拉洋芋，在{{trap/place:乌蒙山}}的弯道上翻下去了。儿媳{{han:禄小英}}去{{trap/place:浙江}}打工，头一年还寄钱，后来电话就打不通了，听说在那边另成了家。
访谈者：三个孙娃多大了？
受访者：大孙女{{minority/yi:海来依呷}}十三，学校的名字是{{han:陇佳慧}}，在{{school:水城区玉舍中学初一（2）班}}住校。孙子{{minority/yi:海来木果}}十岁，在{{school:玉舍镇中心完小四年级（3）班}}，小孙女{{minority/yi:阿果}}七岁，在同一个学校读一年级。{{minority/yi:依呷}}她最懂事，礼拜五回来就背柴、喂猪，晚上还给弟弟妹妹洗脚。
访谈者：日子怎么过？
受访者：种几亩洋芋、苞谷，喂两头猪、一群鸡。村里给我们报了低保，三个孙娃按事实无人抚养，每人每月{{trap/number:一千二百六}}。是儿童主任{{han:安国英}}一趟一趟跑乡上帮着办的，她说{{trap/org:民政局}}要儿媳失联的证明，她又去派出所开。{{han:安国英}}她也是彝族，我们说彝话她都懂。
访谈者：还有谁帮过你们？
受访者：村支书{{han:禄光荣}}，给我家修了厕所，换了新瓦。{{trap/org:乡卫生院}}的{{han:余大夫}}每季度上山给我量血压，大名{{han:余国强}}，{{han:余国强}}大夫说我血压高，要按时吃药。村里的{{trap/minority_word:毕摩}}{{minority/yi:俄木石者}}说，我儿子走得不好，要给他念经，钱是他自己垫的。县里社工站的{{compound:诸葛晓燕}}带着{{compound:公孙瀚林}}上山来过三回，给孙娃带了衣服和字典，还给{{minority/yi:木果}}修好了自行车。{{minority/yi:木果}}跟在他后面转了一下午。
访谈者：孩子们在学校怎么样？
受访者：大孙女成绩好，班主任{{han:苏老师}}说她能考到城里的高中。孙子就是贪玩，上课爱讲话，可他放学回来会把鸡赶进圈、把门拴上，像个小男人。小的{{minority/yi:阿果}}跟着我，晚上不抱着我不睡觉。
访谈者：山上上学远吗？
受访者：远。以前娃娃们天不亮就打着手电筒下山，下雨天泥巴糊到膝盖，到学校鞋子都是湿的。{{trap/year:二〇二二年}}村里修了水泥路，乡里又开了校车，早上七点在村口接，下午五点送回来，我才放心一点，{{trap/word:安全}}是头一件事。学校中午有营养餐，一个鸡蛋一盒奶，孙子回来说比家里吃得好，我听了又高兴又难过。
访谈者：您自己身体怎样？
受访者：腰不好，年轻时背苞谷背坏的，阴雨天疼得起不来。眼睛也花了，针都穿不上，孙女的衣服破了要等她自己回来补。去年冬天我感冒发烧，在床上躺了三天，是{{minority/yi:依呷}}请了假回来守着我，给我烧水、煮稀饭。我跟她说学习要紧，她说阿奶要紧。
访谈者：过年过节呢？
受访者：{{trap/minority_word:火把节}}的时候村里点火把、斗牛，孙娃们跟着跑一晚上。{{trap/minority_word:彝族年}}杀一头猪，做{{trap/minority_word:荞粑}}。我给他们讲{{trap/famous:奢香}}夫人修驿道的故事，说女人也能做大事。{{minority/yi:依呷}}听了说她也要做大事，要当老师回来教山里的娃娃。
访谈者：孩子们的舅舅姑姑呢？
受访者：女儿{{minority/yi:海来阿西}}嫁到{{trap/place:威宁}}，每年收了洋芋寄一点钱来。娘家侄子{{minority/yi:加拉木呷}}在{{trap/place:六盘水}}城里开挖机，过年来接孙娃们下山看灯。邻居{{han:陇二嫂}}看我腰疼，常帮我去乡场上背米。
访谈者：登记信息能说一下吗？
受访者：家在{{address:水城区玉舍镇海坪村五组31号}}。我身份证{{id_number@wy1960.520221}}，大孙女的{{id_number@wy2012spaced.520221}}。我不会用手机，电话是儿童主任帮着记的：我的{{mobile@s74}}，她的{{mobile@fullwidth}}。{{han:安国英}}的微信{{wechat:anguoying_hp}}。{{minority/yi:依呷}}有个QQ，说是学校老师让建的，号码在她作业本第一页：{{qq:2698104357}}。
访谈者：表上的名字写对了吗？
受访者：写乱了。学校表上大孙女是{{spaced:海 来 依 呷}}，孙子是{{spaced:海来 木果}}，低保本上我写成{{spaced:加　拉　伍　沙}}，户口本上又是{{han:陇正芬}}，一个人三个名字。
访谈者：您最担心什么？
受访者：担心我哪天走不动了。我跟大孙女说，你是大姐，要把弟弟妹妹带好。她说阿奶你莫说这种话。我就不说了，心里还是想。
""")

# H822: Han school counsellor at a 盘州 middle school; pupils and parents reached on WeChat and QQ.
DOCS["H822"] = ("teacher", """\
访谈者：您在学校负责哪一块？
受访者：我是{{trap/place:盘州}}一所初中的心理老师，叫{{han:卯丽娟}}，兼着学校“留守儿童之家”的管理员。全校两千多学生，在册的困境儿童和留守儿童一百三十多个，我重点跟的有十几个。家长大多在外地，能找到的路子就是微信和QQ。
访谈者：能举几个例子吗？
受访者：{{school:盘州市第四中学初二（6）班}}的{{han:聂思远}}，爸爸在{{trap/place:昆明}}工地，妈妈跟人走了，他跟着奶奶。上学期老逃课，去镇上网吧。我加了他爸爸的微信{{wechat:nie_jianbo1979}}，一开始不回，后来我每天发孩子的作业照片过去，他才慢慢回话。{{han:聂思远}}他现在不逃课了，周末还来留守儿童之家帮忙。
访谈者：还有呢？
受访者：还有{{han:母欣怡}}，{{school:盘州市第四中学初一（3）班}}的，爸爸{{han:母德强}}在监狱服刑，妈妈在{{trap/place:广州}}打工。孩子开学第一周就在厕所里哭，班主任{{han:浦红梅}}发现了，带她来找我。她不爱当面说话，就在QQ上跟我聊，号码是她写在作文本最后一页的，我一直留着：{{qq:3186402759}}。孩子说，她最怕同学知道她爸的事。
访谈者：这些家长好联系吗？
受访者：难。{{han:敖俊杰}}的爸爸去世了，妈妈{{han:吕春花}}是智力残疾，家里只有奶奶能接电话。{{han:敖俊杰}}在{{school:盘州市第四中学初三（1）班}}，想读职校学汽修。奶奶说家里拿不出钱，我找了政教处的{{han:范主任}}，帮他申请了雨露计划。他舅舅{{han:吕光明}}在{{trap/place:温州}}，微信是{{wechat:lvguangming_wz}}，我每个月跟他说一回孩子的情况。
访谈者：学校里还有谁一起做？
受访者：同事{{compound:宇文雪松}}管学籍，他最清楚哪个孩子的户口有问题，跟我一起去过好几家。体育老师{{compound:长孙翊宸}}带着几个男孩子练篮球，说出一身汗就不去网吧了。校长{{han:资德明}}批了一间空教室给留守儿童之家，放了电脑和视频设备，孩子们能跟爸妈视频。
访谈者：有没有特别难的个案？
受访者：有一个女孩叫{{compound:尉迟芊芊}}，初二的，妈妈病死了，爸爸{{compound:尉迟忠厚}}在{{trap/place:宁波}}，又成了家，不太管她。她在QQ空间里写过想死的话，是她同桌{{han:查梦洁}}看到了告诉我的。我当天晚上就联系了她爸，又请县{{trap/org:妇联}}和社区的儿童主任{{han:桂美玲}}大姐一起去家里。后来她爸回来了一趟，带她去医院做了评估。现在她每周来我这里一次，我们画画、聊天。我也把省里的心理援助热线{{trap/hotline:12356}}写在她的本子上了。
访谈者：留守儿童之家平时做些什么？
受访者：中午和放学后开门，孩子们可以来写作业、看书、跟家里视频。每个月过一次集体生日，蛋糕是爱心企业捐的。我们还请了退休老教师来辅导功课，请派出所的民警来讲防诈骗、防溺水。寒暑假之前，我会把每个孩子假期住在哪里、谁照看、电话多少都核一遍，放假了每周打一轮电话，哪个孩子联系不上，我就找村里的儿童主任去看。
访谈者：家长们怎么看这些工作？
受访者：大多数是感激的，也有不理解的。有的家长，特别是一些{{trap/word:母亲}}不在身边的家庭，觉得孩子有吃有穿就够了，心理问题是矫情。我就把孩子写的日记、画的画拍给他们看，很多家长看了就不说话了，有的在微信上给我发一长串语音，说对不起孩子。也有的爸爸过年回来，专门带着孩子到学校来，说谢谢老师。
访谈者：老师们自己压力大吗？
受访者：大。班主任要上课、要管纪律，还要管这些孩子的心。{{han:浦红梅}}她有一回跟我说，晚上做梦都是孩子在哭。我们就每月开一次小会，互相倒倒苦水。
访谈者：您是怎么记录这些孩子的？
受访者：一个孩子一个档案，家长的联系方式都在上面。{{han:聂思远}}奶奶住{{address:盘州市两河街道岩脚村三组12号}}，电话{{mobile@spaced}}。{{han:母欣怡}}妈妈的电话{{mobile@p86h}}，微信{{wechat:xinyima_GZ1986}}。{{han:敖俊杰}}的QQ是他自己报的，说这个号只在晚上上线，{{qq:90517362}}。{{compound:尉迟芊芊}}爸爸的微信{{wechat:ycgd_ningbo}}，他一般晚上十点以后才回。
访谈者：孩子的名字在系统里都对吗？
受访者：不对的多。学籍系统里有{{spaced:尉 迟 芊 芊}}，有{{spaced:敖俊 杰}}，还有把{{han:母欣怡}}写成{{spaced:母　欣　怡}}的。改一个名字要跑三个部门。
访谈者：您最想对这些孩子说什么？
受访者：你们不是没人要的孩子。学校就是你们的家，老师就在这里。
""")

# H823: Han village civil-affairs assistant (民政协理员) in 六枝 reading from her forms.
DOCS["H823"] = ("staff", """\
访谈者：您手上拿的是什么表？
受访者：困境儿童的入户调查表和复核表。我叫{{han:付小芹}}，是{{trap/place:六枝}}特区一个乡的民政协理员，说白了就是帮民政所跑腿：入户、填表、拍照、录系统。这个月要复核五户，我一户一户念。
访谈者：好，您念。
受访者：第一户，户主{{han:郎启明}}，男，六十七，孙子{{han:郎浩铭}}十岁。孩子爸爸{{han:郎志国}}前年肺癌走了，妈妈{{han:熊春艳}}离家五年没有音讯，按事实无人抚养报的。签字那一栏老人不放心，自己又签了一遍，连成了“{{han:郎启明}}{{han:郎启明}}”。住址{{address:六枝特区落别乡河坝村四组18号}}。老人身份证{{id_number@my1958.520203}}，孩子的户口还在他妈那边，正在迁。
访谈者：第二户呢？
受访者：第二户户主叫{{compound:闾丘国富}}，我们乡就他一家姓这个，四十二岁，腿是在砖厂压断的，二级肢体残疾，残疾证是{{trap/org:特区残联}}办的。老婆{{han:谢永芬}}跑了，两个娃娃一个读初一，一个读三年级。他家的表我填了三次，头一次把户主写成{{spaced:闾 丘 国 富}}，系统不认，退回来了。{{compound:闾丘国富}}他自己笑，说这个姓太难写。住址{{address:六枝特区落别乡新寨村二组7号}}，身份证{{id_number@my1983spaced.520203}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:雷雨晴}}，十一岁，爸妈前后得病走了，跟着姑妈{{han:雷秀珍}}，她和她男人待孩子像亲生的。姑父叫{{compound:漆雕永年}}，外省人，在我们这里承包茶山。孤儿基本生活费一个月{{trap/number:一千四百五}}，打到姑妈卡上。{{han:雷雨晴}}她在{{school:落别乡中心小学五年级（2）班}}，班主任是{{compound:乐正红霞}}。孩子身份证{{id_number@wy2014fwhyphen.520203}}。
访谈者：第四户？
受访者：第四户，{{han:潘志杰}}，坐牢，判了五年，老婆{{han:杨再芬}}精神残疾，在家里犯病就砸东西。两个娃娃跟爷爷{{han:潘老汉}}，大名{{han:潘德才}}。{{han:潘志杰}}家的情况是司法所的{{han:邹所长}}转过来的。大娃娃{{han:潘晓龙}}在{{school:六枝特区第五中学初二（1）班}}，老实，成绩中等；小的{{han:潘晓雪}}六岁。住址{{address:六枝特区岩脚镇茶园小区6栋2单元302室}}，是他们租的廉租房。孩子爷爷的身份证{{id_number@my1952tri.520203}}，是他一个数一个数报的，我三个一组记下来。
访谈者：第五户？
受访者：第五户户主是{{compound:巫马春燕}}，女，三十五，乳腺癌晚期，丈夫早年在煤矿出事走了，女儿{{han:秦思琪}}十二岁，跟的是前夫的姓。{{compound:巫马春燕}}说她走了以后孩子交给她妹妹。乡卫生院的{{compound:段干守仁}}医生每周上门给她换药。她现在最放心不下的是女儿以后的学费，我跟她说，孩子符合条件的话，助学金、生活补助都会有的。她的身份证{{id_number@wy1990quad.520203}}。
访谈者：这些表要交给谁？
受访者：交民政所的{{han:蔡所长}}审核，再报特区{{trap/org:民政局}}。同事{{han:王丽瑶}}管系统录入，她说最怕的是名字。表是手写的，有的写成{{spaced:雷 雨 晴}}，有的写成{{spaced:潘晓 龙}}，有的把姑父写成{{spaced:漆　雕　永　年}}，还有写成{{spaced:巫 马 春 燕}}的，系统一查就对不上身份证。
访谈者：入户的时候都看些什么？
受访者：看娃娃住的地方漏不漏雨，床上有没有被子，灶上有没有米，书包里有没有书。还要问娃娃吃得饱不饱，有没有人打他、骂他。像{{han:郎启明}}他们家，老人怕说穷了丢面子，什么都说好，我就去灶房里揭开锅看。拍照也有讲究，娃娃的脸不能拍，只拍房子和证件。表上每一栏都要有人签字按手印，监护人不识字的，就请村干部在旁边作证。
访谈者：您每户多长时间跑一次？
受访者：一个月至少一次，{{trap/word:雷雨}}天路滑，骑摩托车摔过两回，村里人笑我是{{trap/famous:穆桂英}}。电话我都存着：第一户老人的{{mobile@fws}}，{{han:雷秀珍}}的{{mobile@p86n}}，{{han:潘德才}}不会用手机，有事打他邻居家的座机。我的微信{{wechat:fuxiaoqin_lb}}，村里人有事就发语音，急事让他们打{{trap/hotline:12345}}也行。{{han:潘晓龙}}有QQ，说有事找我就发消息，他把号码写在我本子上了：{{qq:53708164}}。
访谈者：做这个工作最大的感受呢？
受访者：表上一个名字，后面就是一家人。填错一个字，钱就打不下去，娃娃就要饿肚子，所以我宁愿多跑一趟。
""")

# H824: Buyei grandfather in 六枝 raising grandchildren whose parents work in 浙江.
DOCS["H824"] = ("family", """\
访谈者：老人家，您是布依族吧？
受访者：是，我们寨子都是{{trap/minority_word:布依族}}，在{{trap/place:六枝}}{{trap/place:牂牁江}}边上。我叫{{han:岑德光}}，今年七十一，寨子里的人都喊我{{han:岑老倌}}。老伴{{han:韦秀英}}还在，就是耳朵背。
访谈者：孙娃们的爸妈在哪里？
受访者：儿子{{han:岑家旺}}和儿媳{{han:罗金花}}在{{trap/place:浙江}}{{trap/place:义乌}}，一个在袜子厂，一个在饰品厂，三年没回来了。女儿{{han:岑桂仙}}嫁给{{han:陆文忠}}，两口子在{{trap/place:温州}}做鞋，他们的娃娃也放在我这里。一共四个孙娃，我跟老伴带。
访谈者：孩子们多大？
受访者：大孙子{{han:岑俊豪}}十二，小名叫{{han:门槛}}，小时候整天坐在门口等他妈。{{han:门槛}}他在{{school:六枝特区毛口乡中心小学六年级（1）班}}。孙女{{han:岑雨露}}九岁，小名{{han:粑粑}}，白白胖胖的。外孙{{han:陆子航}}十岁，我们喊{{han:石磨}}，因为生下来就重。外孙女{{han:陆欣妍}}六岁，在乡里的幼儿园。
访谈者：您二老带四个孩子，辛苦吗？
受访者：辛苦。我有风湿，天一变就腿疼。早上我煮饭，老伴喂猪，大孙子带着弟弟妹妹走四里路去上学。{{han:石磨}}就是调皮，在学校跟人打架，老师{{han:罗老师}}打电话来，我赶过去赔了人家二十块。这娃娃其实心好，回来就给外婆捶背。
访谈者：孩子们想爸妈吗？
受访者：想。{{han:粑粑}}每天晚上要拿我的手机跟她妈视频，{{han:罗金花}}那边在流水线上，有时候接不了，娃娃就哭着睡着了。过年他们回不来，寄了新衣服和鞋子。{{han:岑家旺}}也说厂里今年加了工资，明年争取回来一趟。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:韦丽娟}}，她把四个孙娃都登记成留守儿童，定期上门。她说，娃娃爸妈都在外地，家里有什么事先找她。寨子里都叫她{{han:小韦}}，{{han:小韦}}人勤快，我们有事就找{{han:韦丽娟}}。村支书{{han:王正清}}书记帮我报了低保，一个月{{trap/number:八百七十元}}。{{trap/org:乡卫生院}}的{{han:伍大夫}}给我看风湿，不收挂号费。县里社工站的{{compound:赫连书朗}}和{{compound:欧阳梦溪}}暑假来寨子里办夏令营，教娃娃们唱歌、画画、讲安全，还给孙女扎了两根小辫子。
访谈者：寨子里过什么节？
受访者：{{trap/minority_word:六月六}}最热闹，杀鸡、包粽子，寨子里吹唢呐、唱{{trap/minority_word:八音坐唱}}。{{trap/minority_word:三月三}}做{{trap/minority_word:花米饭}}，五种颜色，孙女最爱吃。我给娃娃们讲{{trap/famous:布杰}}射太阳的故事。{{han:门槛}}会背{{trap/famous:岑参}}的诗，说跟我们是一个姓，我说那是古时候的人，跟我们不沾边。
访谈者：孩子们学习怎么样？
受访者：{{han:门槛}}成绩好，班主任{{han:罗新春}}说他作文写得好，写过一篇《我的爷爷》，我让他念给我听，我听哭了。{{han:石磨}}就是数学不行，{{han:陆文忠}}在电话里骂他，我说莫骂，慢慢来。
访谈者：您自己还干得动活吗？
受访者：还种着两亩田、一片茶，寨子里的年轻人{{trap/word:陆续}}都出去了，采茶的时候请剩下的妇女帮忙，一天给八十块。农忙时候大孙子也帮着插秧，他插得比我还直。乡里有个合作社收茶叶，价钱还公道，一年下来能卖几千块，够娃娃们的书本费和衣服钱。
访谈者：您担心孩子们什么？
受访者：最担心的是水。寨子挨着江，夏天娃娃们爱去江边耍，每年都听说哪里又淹了人。我跟他们讲，哪个去江边耍，我就打断哪个的腿。学校也发了告家长书，村里在江边立了牌子，还安排人巡。再一个是手机，大的那个拿着手机就不放，说要打上{{trap/word:王者}}，打到半夜，我又不会管，只好每天晚上把手机收到我枕头底下。
访谈者：登记信息能说一下吗？
受访者：家在{{address:六枝特区毛口乡者斗村三组11号}}，儿子在义乌租的房子是{{address:义乌市稠城街道宗泽小区12幢402室}}。我身份证{{id_number@my1954.520203}}，{{han:岑俊豪}}的{{id_number@my2013spaced.520203}}。我电话{{mobile@plain}}，{{han:岑家旺}}的电话{{mobile@plus86}}，他的微信{{wechat:cenjiawang_yw}}。大孙子有个QQ，是他爸帮他弄的，号码他自己背给我听，{{qq:41829063}}。
访谈者：表上的名字写得对吗？
受访者：有错的。学校表上孙子写成{{spaced:岑 俊 豪}}，外孙写成{{spaced:陆子 航}}，还有写我是{{spaced:岑　德　光}}的。
访谈者：您最盼什么？
受访者：盼娃娃们的爸妈早点回来，一家人坐在一起吃顿饭。我老了，不知道还能带几年。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=817,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
