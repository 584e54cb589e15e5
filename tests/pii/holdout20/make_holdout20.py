# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 20 (tests/pii/holdout20/H145-H152 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 20 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 巴林左旗 (赤峰) raising the two children of her son and daughter-in-law who work in 北京, a Jiarong Tibetan village
doctor near 马尔康 (阿坝) with an orphaned brother and sister, a prisoner's children and an Amdo family lamed by a
fall, a Hui community worker in 牛街 (北京) with three urban Hui families, a Han township social worker in 临泉
(阜阳) with left-behind children, a Yi child director (儿童主任) in 武定 (楚雄) where most Yi have Han-style names, a
Uyghur primary-school teacher in 库车 (阿克苏) going through the children in distress of her class, a Han
household-registration police officer (户籍警) in 林西县 (赤峰) reading out registration records, and a Tujia
grandmother in 桑植 (张家界) raising three grandchildren. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names alone (斯日古冷, 布和朝鲁, 阿茹罕, 诺日布, 敖特根)
and after the Han-like syllables 韩, 吴, 海, 白 (韩达木林 then 达木林, 吴满都呼, 海兰其其格, 白音达来) with the Han
names of the same people (韩玉芝, 韩雪晴); Jiarong names (斯郎泽仁, 泽旺多登, 王姆措, 阿基, 尔玛卓, 杨初, 罗尔伍,
斯满, 甲斯满) and Amdo ones (更登才让 then 才让, 尕藏华旦, 泽仁拉姆, 索南杰布), several beginning with a Han surname
character, also written with a space (斯郎 泽仁, 尕藏 华旦), and Han names of Tibetans (杨志华, 高秀英); Han-form Hui
names (马子轩, 沙文博, 米雪婷, 铁慧敏, 纳红梅) with the 经名 beside them and used alone (易司哈格, 海里麦, 舍里夫,
鲁给燕, 赛力麦); Han names with common and rare surnames (昝, 展, 鹿, 窦, 倪, 起, 自, 毕, 施, 普, 鞠, 隋, 尚, 覃, 瞿,
谷 ...), with titles and kin words, names that contain or end in words (刘长河, 张德才, 鲁光荣, 窦长江, 倪春雨,
刘晨阳, 谷雨晴), nicknames and local forms of address annotated whole (铁蛋, 大妮, 春伢儿, 桃妹儿), a given name
before a kin word (德贵幺爹 -> 德贵); Yi names with and without a Han-like surname (阿朵嫫 then 阿朵, 阿诺, 者拉玛,
鲁阿果); Uyghur given + father's name with and without the dot (伊力夏提·玉素甫, 伊力夏提玉素甫, 托乎提·司马义 whose
father's name looks like the compound surname 司马) and short forms (热合曼, 伊力夏提, 古丽娜扎尔); a name written
twice in a register (王翠英王翠英); names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced,
dotted and split names; compound surnames after ordinary words (a whole 公孙 family in a register); and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:倪晓静}}``, ``{{qq:28715460}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012hyphen.150422}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number. The
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth; mobiles
                                   plain, spaced, hyphen, plus86, plus86dash, plus86spaced, s38, s74, h38, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长, 院长,
阿訇, 婶, 奶奶, 幺爹) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他,
他们家, 那边) are outside the span; a nickname or local form of address (铁蛋, 大妮, 春伢儿, 桃妹儿) is annotated
whole. Han-style names of Mongolian, Tibetan, Hui, Yi and Tujia people (韩玉芝, 杨志华, 马子轩, 普玉兰, 覃桂香) are
category han; a Han surname or surname-like syllable before a non-Han given name (韩达木林, 吴满都呼, 鲁阿果) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout20/make_holdout20.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(20_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H145: Mongolian grandmother in 巴林左旗 (赤峰); her son and daughter-in-law work in 北京.
DOCS["H145"] = ("family", """\
访谈者：奶奶，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:斯日古冷}}，户口本上的汉名是{{han:韩玉芝}}，今年六十七，住在{{trap/place:巴林左旗}}{{trap/place:林东镇}}往北三十里的嘎查。老头子叫{{minority/mongolian:韩达木林}}，放了一辈子牛。儿子{{minority/mongolian:布和朝鲁}}和儿媳{{minority/mongolian:海兰其其格}}在{{trap/place:北京}}打工，儿子开快递车，儿媳在宾馆收拾房间，一年就回来一趟。两个孙辈撂给我们老两口了。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:阿茹罕}}十二，学校里用汉名{{han:韩雪晴}}，在{{school:巴林左旗蒙古族实验学校六年级（2）班}}。孙子{{minority/mongolian:诺日布}}八岁，汉名{{han:韩宇轩}}，在{{school:林东第三小学二年级（4）班}}。{{minority/mongolian:阿茹罕}}就跟个小大人似的，早上给弟弟梳头、热奶茶，自己再跑着去赶校车。冬天天不亮校车就到路口，她五点半起来烧水，把弟弟的棉袄在炉子边上烤热了再叫他起。
访谈者：孩子爸妈多久跟孩子联系一次？
受访者：每个礼拜视频。儿媳妇一看见孩子就哭，孩子倒反过来劝她。{{minority/mongolian:布和朝鲁}}说等攒够了钱就回来买车跑运输，可北京房租贵，挣的一大半交了房租，寄回来的不多。
访谈者：孩子们想爸妈吗？
受访者：想。过年前一个月，孙子天天掰着指头数日子。去年腊月二十八他爸妈才到家，火车票难买，在{{trap/place:赤峰}}又倒了一趟大巴。孩子见了他爸，先躲在我身后不吭声，过了半天才凑上去拉他爸的手。正月初六他们又走了，孙子追着车跑出去老远，回来哭到半夜。孙女大一点，不哭，可一连好几天吃不下饭。
访谈者：家里的收入靠什么？
受访者：二十几头牛，十五亩玉米地。老头子前年查出肺气肿，重活干不了了。嘎查的儿童主任{{minority/mongolian:吴满都呼}}给两个孩子登记成留守儿童，学校每学期减免伙食费。嘎查达{{minority/mongolian:白音达来}}说，{{minority/mongolian:达木林}}他这个病能办慢性病卡，报了以后药钱省一半。苏木的民政助理{{han:王建国}}来核过我们家的低保，去年批下来了，一个月{{trap/number:六百八十}}。
访谈者：还有谁帮过你们？
受访者：前院的{{minority/mongolian:敖特根}}还开着四轮车帮我们拉草。镇卫生院的{{han:于海军}}大夫每个月下来给老头子量血压、送药。旗里社工站来了两个年轻人，一个叫{{compound:宇文晓彤}}，跟她一起来的是{{compound:赫连志远}}。{{compound:宇文晓彤}}教孙女用电脑查资料，小伙子给孙子补数学。孙女的班主任{{han:郭丽萍}}老师隔三差五打电话来，说孩子作文写得好。孙子的班主任{{han:孙红霞}}也说，{{minority/mongolian:诺日布}}上课坐得住了。
访谈者：孩子们在家帮着干活吗？
受访者：帮。孙子放学回来去井上打水，拿小桶一趟一趟拎。冬天下雪，俩孩子跟着爷爷去给牛添草。开春接羔的时候，孙女半夜跟我起来看母牛，小牛落了地，她拿干草给擦身子，比我还利索。我腿不好，做饭的时候孙女就在灶边烧火。她说长大了当医生，给爷爷治病。
访谈者：您自己的身体呢？
受访者：血压高，腰腿疼，一到阴天就下不了炕。每个月有一百多块的养老金，看病有医保，住院能报一大半。我就怕哪天我倒下了，两个孩子没人管。儿童主任跟我说，真到那一步，政府会管，让我别多想。可我心里还是放不下，晚上睡不着就起来给孩子们缝补衣裳。
访谈者：过年过节呢？
受访者：正月里过{{trap/minority_word:查干萨日}}，我做{{trap/minority_word:奶豆腐}}，拌{{trap/minority_word:炒米}}。夏天祭{{trap/minority_word:敖包}}，孙子跟着他爷爷去，回来说明年要去看摔跤。晚上我给他们讲老辈人的故事，讲{{trap/famous:耶律阿保机}}在这儿建都，讲{{trap/famous:萧太后}}骑马打仗，孙女说她在书上见过{{trap/place:辽上京}}的图。
访谈者：最难的是什么时候？
受访者：去年冬天{{trap/word:白毛风}}刮了三天，老头子去牛圈看牛，摔了一跤，腿上缝了七针。那阵子我一个人喂牛、做饭、接送孩子，夜里累得睡不着。是{{minority/mongolian:吴满都呼}}帮我们找了邻居轮流来喂牛。
访谈者：表上要填地址、号码。
受访者：家在{{address:巴林左旗林东镇巴彦尚德嘎查三组11号}}，儿子他们在北京住的是{{address:朝阳区金盏乡东窑村北区4排9号}}。我的身份证{{id_number@wy1958.150422}}，孙女的{{id_number@wy2012hyphen.150422}}。我的电话{{mobile@plain}}，{{minority/mongolian:海兰其其格}}的电话{{mobile@s38}}，她的微信叫{{wechat:hailan_bj0316}}。孙女有个QQ，说是老师建的群要用，她把号码抄在日历背面了：{{qq:28715460}}。
访谈者：表上的名字写得对吗？
受访者：不大对。学校的表上孙女是{{spaced:阿 茹 罕}}，我的写成{{spaced:斯日 古冷}}，老头子的低保本上是{{spaced:韩 达木林}}。儿媳在北京办居住证，人家给写成{{spaced:海 兰 其 其 格}}。
访谈者：您最盼的是什么？
受访者：盼儿子他们早点回来。孩子还小，离不开爹妈。
""")

# H146: Jiarong Tibetan village doctor near 马尔康 (阿坝): orphans, a prisoner's children, an Amdo family.
DOCS["H146"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：二十二年。我叫{{minority/tibetan:斯郎泽仁}}，汉名{{han:杨志华}}，嘉绒藏族，在{{trap/place:马尔康}}下面的村卫生室当村医。卫生室两间房，我一个人管四个组三百多口人。村里困境娃娃的事，我跟得多。
访谈者：能说说是哪几家吗？
受访者：头一家是孤儿。娃娃的爸爸{{minority/tibetan:泽旺多登}}前年在{{trap/place:梭磨河}}边修路，碰上塌方，没出来。妈妈{{minority/tibetan:王姆措}}得了包虫病，我陪她去{{trap/place:成都}}做了手术，还是没留住。剩下哥哥{{minority/tibetan:阿基}}十三，妹妹{{minority/tibetan:尔玛卓}}九岁，跟着奶奶{{minority/tibetan:杨初}}过。老人七十三了，耳朵背，腿也不利索。
访谈者：孩子们上学吗？
受访者：上。{{minority/tibetan:阿基}}在{{school:马尔康市第二中学初一（4）班}}住校，妹妹在松岗的小学念三年级。兄妹按孤儿报的，一人一个月{{trap/number:一千六百多}}，是村里的儿童主任{{han:高秀英}}跑的手续。她也是藏族，汉话、嘉绒话都说得好。{{han:高秀英}}她每个礼拜去看一回老人，帮着洗衣服。
访谈者：第二家呢？
受访者：第二家男人{{minority/tibetan:罗尔伍}}喝了酒跟人打架，把人打成重伤，判了六年，在{{trap/place:雅安}}服刑。女人{{minority/tibetan:斯满}}受了刺激，一阵好一阵坏，犯病的时候我去给她打针。儿子{{minority/tibetan:更登才让}}十一岁，家里叫他{{minority/tibetan:才让}}。{{minority/tibetan:才让}}就是话少，跟我说过一回，说不想见他爸。女儿{{minority/tibetan:卓玛青}}六岁，在乡上的幼儿园。
访谈者：这家谁在帮？
受访者：村支书{{minority/tibetan:甲斯满}}给报了低保，又找县{{trap/org:妇联}}给娃娃联系了一对一资助。乡卫生院的{{han:周明德}}院长每个季度派人下来给女人送药。县社工站来的两个年轻人，一个叫{{compound:长孙宏宇}}，一个是{{compound:慕容婉清}}，每个月来一回，陪娃娃们画画、打篮球，姑娘还教小妹妹认字。
访谈者：第三家呢？
受访者：第三家是从{{trap/place:壤塘}}搬下来的安多人，男人{{minority/tibetan:尕藏华旦}}在{{trap/place:金川}}的工地上摔坏了腰，一直躺着。女人{{minority/tibetan:泽仁拉姆}}一个人种地、挖药，养两个娃娃。大的叫{{minority/tibetan:索南杰布}}，小的是{{han:杨小梅}}，上户口的时候随了干妈的姓。当妈的说，娃娃有个汉名，以后出去读书方便。
访谈者：您是医生，最操心什么？
受访者：娃娃们的身体。这几年查出包虫病的娃娃少了，可山里的娃娃牙不好、贫血的多。县医院的{{han:冯德胜}}大夫每年来村里给娃娃们体检一回，查出问题就转到县上。我跟他说，钱的事找民政，先把病看了。
访谈者：娃娃们吃得怎么样？
受访者：比以前好。学校有营养午餐，家里主要是洋芋、酸菜、玉米馍馍，肉一个礼拜吃一回。孤儿那两个娃娃，奶奶做不动饭了，哥哥周末回来就自己烧火煮面，给妹妹和奶奶端上桌。我去的时候看见锅里就是一把挂面一个鸡蛋，心里难受，回来跟村上说了，村上每个月给他们家送一袋米一桶油。冬天我还从卫生室拿些维生素给娃娃们吃，怕他们缺。
访谈者：娃娃们心里呢？
受访者：大的那个男娃不爱说话，爸妈都没了，他觉得自己是家里的男人了，什么都扛着。我跟他说，你还是个娃娃，有事就来找叔叔。他点点头，可从来不来。社工说这样的娃娃要慢慢来，不能逼。
访谈者：您平时怎么出诊？
受访者：骑摩托。最远的一个组在半山腰上，路是这几年才硬化的，以前下雨就走不了，只能背着药箱爬上去。冬天路上结冰，我摔过好几回。几家困境娃娃我每个月至少走一趟，量个体温，看看吃得怎么样，有没有咳嗽。老人们不会用手机，有事就让邻居家的娃娃跑来卫生室喊我。夜里来喊的也有，娃娃发高烧，我就打着手电筒去。
访谈者：娃娃们平时怎么过？
受访者：放学了帮家里背柴、喂猪。过{{trap/minority_word:转山会}}的时候，大人娃娃都去跳{{trap/minority_word:锅庄}}。老人们在{{trap/minority_word:碉楼}}底下给娃娃们讲{{trap/famous:莎罗奔}}跟{{trap/famous:乾隆}}打仗的老故事，学校老师带娃娃们读{{trap/famous:阿来}}写我们这边的书。秋天{{trap/word:金川雪梨}}熟了，村里人给这几家各送一筐。
访谈者：登记表要写什么？
受访者：头一家在{{address:马尔康市松岗镇直波村二组14号}}，第三家在{{address:金川县勒乌镇新街村五组8号}}。{{minority/tibetan:杨初}}的身份证{{id_number@wy1952.513229}}。我电话{{mobile@hyphen}}，{{han:高秀英}}的电话{{mobile@plus86}}，她的微信{{wechat:gaoxiuying_sg}}。哥哥有QQ，是学校老师让申请的，他说号码背不下来，写在手背上给我看：{{qq:1630582947}}。
访谈者：表上名字写得一样吗？
受访者：不一样。有的写{{spaced:斯郎 泽仁}}，中间空一格；孩子爸在判决书上是{{spaced:罗 尔 伍}}；{{spaced:尕藏 华旦}}也是分开写的；低保表上是{{spaced:泽 仁 拉 姆}}。
访谈者：您最大的心愿呢？
受访者：娃娃们健健康康的，能念书就念出去。
""")

# H147: Hui community worker in 牛街 (北京) with three urban Hui families.
DOCS["H147"] = ("community", """\
访谈者：您在社区做了多少年？
受访者：十五年了。我叫{{han:白淑琴}}，经名{{minority/hui:阿米娜}}，在{{trap/place:牛街}}的一个社区居委会管民政，也兼着儿童主任。我们这片回民多，老住户里有几家孩子日子难，我心里一直挂着。
访谈者：能说说吗？
受访者：头一家姓马。孩子爸爸{{han:马德顺}}原来在{{trap/place:广安门}}开清真小馆，前年脑出血，半边身子瘫了。孩子妈妈{{han:杨淑芬}}受不了，离婚走了。两个孩子跟着奶奶{{han:金秀兰}}。哥哥{{han:马子轩}}十四，经名{{minority/hui:易司哈格}}，在{{school:北京市回民中学初二（3）班}}；妹妹{{han:马思雨}}八岁，经名{{minority/hui:海里麦}}，在{{school:西城区回民实验小学二年级（1）班}}。奶奶管孙女叫{{minority/hui:海里麦}}，管孙子叫{{minority/hui:易司哈格}}，不叫学名。
访谈者：这家的生活怎么保障？
受访者：{{han:马德顺}}他评了一级残疾，家里吃低保，孩子们按困境儿童每人每月有{{trap/number:一千四百五}}的补贴。街道民政科的{{han:铁慧敏}}科长跑了好几趟{{trap/org:民政局}}，把护理补贴也批下来了。哥哥也懂事，放学先回家给他爸翻身，再写作业。
访谈者：第二家呢？
受访者：第二家是孤儿。{{han:沙文博}}十二，经名{{minority/hui:舍里夫}}。爸爸{{han:沙建民}}和妈妈{{han:哈玉洁}}三年前出车祸，一起走的。孩子现在跟着大伯{{han:沙建华}}，大伯开出租车，早出晚归。{{minority/hui:舍里夫}}他周末去{{trap/org:牛街礼拜寺}}学阿文，寺里的{{han:杨国良}}阿訇说这孩子记性好。
访谈者：孩子心情怎么样？
受访者：刚出事那年一句话不说。学校的心理老师{{han:纳红梅}}陪了他一年，我们社区又请了社工站的{{compound:巫马晨曦}}，她跟同事{{compound:段干思远}}每两个礼拜来做一次活动。现在好多了，上回还在社区的{{trap/minority_word:圣纪}}活动上念了一段。社工说，这孩子心里有数。
访谈者：第三家呢？
受访者：第三家是{{han:米长顺}}家。他因为贩毒进去了，判了八年。媳妇{{han:穆晓燕}}，经名{{minority/hui:鲁给燕}}，得了抑郁症，一个人在家不出门。闺女{{han:米雪婷}}十岁，经名{{minority/hui:赛力麦}}。孩子跟她姥姥{{han:海淑贞}}住，老人七十八了，还得照顾闺女。
访谈者：孩子们在学校怎么样？
受访者：哥哥成绩中等，就是爱打篮球，老师说他在球场上才像个孩子。妹妹小，爱画画，画的都是她爸爸以前开的小馆，门口挂着清真的牌子。孤儿那孩子成绩最好，数学竞赛拿过区里的奖，他大伯把奖状贴在墙上最显眼的地方。第三家的闺女{{minority/hui:赛力麦}}内向，在学校不怎么说话，回到社区跟小孩们在一块儿就活泼了。她妈那边，我们陪着去医院开了药，每个月复诊一次，社区的志愿者轮流陪着去，这半年她能下楼买菜了。
访谈者：这几家住得怎么样？
受访者：挤。马家是老楼，一室一厅，奶奶跟孙女睡里屋，哥哥跟他爸睡外屋，写作业就趴在饭桌上。孤儿那孩子的大伯家也就五十来平米，给孩子隔了个小间。我们社区跟街道申请过公租房，排着队呢。暑假社区办了个托管班，请大学生志愿者来辅导功课，几个孩子天天来，中午在社区食堂吃饭，不用回家对付。
访谈者：邻里之间呢？
受访者：老街坊都帮。{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}，大家炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，先给这几家送。{{trap/minority_word:主麻}}日散了以后，老太太们在寺门口凑{{trap/minority_word:乜贴}}，也有给这几家的。孩子们爱听老人讲{{trap/famous:马本斋}}打鬼子的事，还有{{trap/famous:郑和}}下西洋。
访谈者：您平时怎么跟这些家庭联系？
受访者：天天见。我上班从{{trap/word:马路}}对面过来，顺路就去看看老人。我跟老人们说，夜里有急事就打我手机，打不通就打{{trap/hotline:12345}}。冬天储{{trap/word:白菜}}的时候，社区的志愿者帮他们搬上楼。孩子作业不会，楼上退休的{{han:丁文海}}老师给讲。他还跟{{minority/hui:赛力麦}}说，有不会的题就敲门。
访谈者：登记信息呢？
受访者：马家在{{address:西城区牛街西里二区5号楼3单元402}}，米家在{{address:西城区广内街道枣林前街31号院4号楼506}}。{{han:金秀兰}}的身份证{{id_number@wold.110104}}，{{han:沙文博}}的{{id_number@my2012x.110102}}。我的电话{{mobile@plus86dash}}，孩子大伯的微信是{{wechat:sha_jianhua_taxi}}。哥哥有QQ，用来跟同学对作业，他在我本子上写了：{{qq:2049315867}}。
访谈者：名字写法统一吗？
受访者：不统一。有的表上是{{spaced:马 子 轩}}，有的把经名写成{{spaced:易 司 哈 格}}；{{spaced:沙文 博}}中间空一格；我自己在签到本上被写成{{spaced:白　淑　琴}}。
访谈者：您最盼什么？
受访者：盼孩子们都平平安安长大，将来回来看看老街坊。
""")

# H148: Han township social worker in 临泉 (阜阳) with left-behind children.
DOCS["H148"] = ("staff", """\
访谈者：您在镇上做社工多久了？
受访者：四年。我叫{{han:倪晓静}}，在{{trap/place:临泉县}}一个镇的社工站，专门跟留守儿童。我们镇外出打工的多，年轻人都去了{{trap/place:上海}}、{{trap/place:苏州}}、{{trap/place:宁波}}，一个村一两百个孩子跟着爷爷奶奶。我挑几个说说。
访谈者：好。
受访者：头一个是{{han:张子墨}}，十岁，小名叫{{han:铁蛋}}。爸爸{{han:张卫东}}在上海工地上扎钢筋，妈妈{{han:葛春芳}}在饭店洗碗，两口子过年才回来。孩子跟着爷爷{{han:张德才}}过。{{han:张德才}}他们家五亩地，老人还得种。{{han:铁蛋}}就是爱跑，前年夏天一个人跑到{{trap/place:泉河}}边洗澡，差点出事，把我们吓坏了。
访谈者：后来呢？
受访者：后来村里的儿童主任{{han:牛桂兰}}婶挨家挨户讲防溺水，还在河边立了牌子，上面写着求助热线{{trap/hotline:12355}}。{{han:牛桂兰}}说，留守的孩子，大人不在跟前，我们就得多看一眼。暑假我们在村小办了个托管班，上午写作业，下午做手工、看电影，孩子们有地方去，就不往河边跑了。
访谈者：第二个呢？
受访者：第二家姓刘。爸爸{{han:刘长河}}赌博欠了一屁股债，又打伤了人，判了三年。妈妈{{han:王秀梅}}去苏州进了电子厂，起先还寄钱，后来电话都换了。两个孩子，姐姐{{han:刘思琪}}十三，弟弟{{han:刘浩宇}}九岁，跟着奶奶{{han:鹿桂英}}。{{han:刘长河}}那边我们也去监狱找过，让他给孩子写信，他写了两封，孩子一直夹在书里。
访谈者：孩子们怎么样？
受访者：姐姐学习好，在{{school:临泉县第二中学初一（7）班}}，班主任{{han:昝丽丽}}老师说她能考上一中，还让{{han:刘思琪}}当了班上的图书管理员。弟弟在{{school:杨桥镇中心小学三年级（2）班}}，调皮。奶奶要给姐姐剪个{{trap/word:刘海}}，孩子哭着不让剪，说同学会笑话。我跟她说留长头发也好看，她才笑了。
访谈者：第三个？
受访者：第三个是{{han:葛晓雨}}，十二，家里都叫她{{han:大妮}}。她爸{{han:葛建设}}前年在宁波工地上掉下来，人没了，她妈{{han:倪春雨}}改嫁去了外省。{{han:葛晓雨}}也说不恨她妈，就是想。孩子跟着爷爷{{han:葛长贵}}过，镇民政办的{{han:窦长江}}主任给她办了事实无人抚养，一个月{{trap/number:一千二百五}}。那回我们去找{{han:窦长江}}，他当天就把材料收了。
访谈者：学校那边呢？
受访者：校长{{han:李向东}}说，学校给{{han:大妮}}免了住宿费和伙食费。镇卫生院的{{han:展红梅}}大夫每学期给留守孩子体检，查出孩子贫血，开了补铁的药。我同事{{compound:欧阳婷}}每个礼拜五去学校给孩子们上团体课，还有{{compound:东方明辉}}，从合肥来的实习生，教孩子们打鼓。她说这几个孩子最盼的就是周五。
访谈者：爷爷奶奶带孩子有什么难处？
受访者：老人年纪大，种地、做饭、接送，一天下来累得直不起腰。作业辅导不了，孩子问一道题，老人说我又不识字。生病了也不敢跟在外头的儿女说，怕他们分心。我们每回去都先问老人身体，再问孩子学习。有个奶奶跟我说，你们来一趟，比吃药还管用。
访谈者：孩子们平时跟爸妈怎么联系？
受访者：视频。有的爷爷奶奶不会用手机，我们站里有台电脑，孩子们轮流过来跟爸妈说话，{{han:张子墨}}都是头一个来。当爹的在那头看见儿子，头一句就问作业写完没有。我跟他说，你先问问孩子冷不冷、吃得好不好。
访谈者：您觉得最难的是什么？
受访者：大人不在，孩子心里的事没人听。还有就是手机，爷爷奶奶管不住，有的孩子一放学就抱着手机打游戏，打到半夜。我们跟学校一起给家长开会，教老人怎么设置时间，可老人眼花，学不会。我们给每个孩子建了档，每个月家访一次。过年爸妈回来，我们办个家长会，请他们吃碗{{trap/word:格拉条}}，坐下来听听孩子说什么。有个老师给孩子们讲{{trap/famous:欧阳修}}在{{trap/place:颍州}}当官的故事，说人家四岁没了爹，照样成了大文豪。
访谈者：登记信息呢？
受访者：{{han:张德才}}家在{{address:临泉县杨桥镇李营村后庄组23号}}，刘家奶奶住在{{address:临泉县城关街道阳光花园7栋1单元302室}}。{{han:葛晓雨}}的身份证{{id_number@wy2013.341221}}，{{han:鹿桂英}}的{{id_number@woldspaced.341221}}。{{han:张卫东}}的电话{{mobile@spaced}}，{{han:牛桂兰}}婶的{{mobile@h38}}，她的微信{{wechat:niuguilan_lq}}。{{han:刘思琪}}有个QQ，说想跟我说悄悄话就用这个，号码她拿铅笔写在我本子最后一页：{{qq:930164825}}。
访谈者：表上名字对吗？
受访者：不全对。有的写成{{spaced:张 子 墨}}，有的写成{{spaced:刘思 琪}}，还把我同事写成了{{spaced:欧 阳 婷}}。
访谈者：最后想说什么？
受访者：盼在外头的爸妈多往家里打个电话。
""")

# H149: Yi child director (儿童主任) in 武定 (楚雄); most Yi have Han-style names, the old have Yi names.
DOCS["H149"] = ("staff", """\
访谈者：您当儿童主任几年了？
受访者：六年。我叫{{han:普玉兰}}，彝族，在{{trap/place:武定}}山里一个村当儿童主任，也是村里的妇女主任。我们村一百多户，大多是彝族，名字跟汉族一样，老人们还有彝族名字。困境儿童有九个，我挑三家说。
访谈者：好。
受访者：头一家姓罗。孩子爸爸{{han:罗永福}}得了尿毒症，一个礼拜三次去县医院透析。孩子妈妈{{han:李春梅}}前年走了，再没回来。两个孩子跟着奶奶，奶奶没有汉名，大家叫她{{minority/yi:阿朵嫫}}，我们小辈叫{{minority/yi:阿朵}}奶奶。姐姐{{han:罗佳怡}}十三，在{{school:武定县民族中学初一（5）班}}；弟弟{{han:罗佳宇}}八岁，在{{school:插甸镇中心完小二年级（3）班}}。
访谈者：这家靠什么生活？
受访者：低保，加上两个孩子的困境儿童补贴，一人一个月{{trap/number:六百元}}。{{han:罗永福}}他透析的钱大病医保报了大半，剩下的是乡上民政助理{{han:毕建新}}帮着申请的临时救助。{{minority/yi:阿朵嫫}}她七十岁了，还种着两亩苦荞，喂一头猪。{{han:罗佳怡}}也心疼奶奶，周末回来就去{{trap/word:施肥}}、背柴。
访谈者：第二家呢？
受访者：第二家是孤儿，{{han:起文斌}}，十一岁。他爸{{han:起正华}}在矿上出了事，妈妈前一年得病走了。孩子跟着姑妈{{han:起桂芬}}过，姑父{{minority/yi:鲁阿果}}用的是彝族老辈的名字，汉话说不了几句，可对孩子好。{{minority/yi:鲁阿果}}说，哥哥不在了，这孩子就是我儿子。
访谈者：孩子怎么样？
受访者：刚来那阵天天哭，晚上要抱着他爸的衣服睡。县里社工站的{{compound:漆雕明轩}}每个月来陪他，跟他一起来的还有{{compound:乐正雨桐}}，两个人带他去{{trap/place:狮子山}}爬山，讲{{trap/famous:建文帝}}躲在山上当和尚的故事。孩子说，他长大了也要去外面看看。
访谈者：第三家？
受访者：第三家{{han:张正清}}，眼睛看不见，二级视力残疾。媳妇{{han:自秀英}}有智力残疾。闺女{{han:张晓燕}}九岁，彝名叫{{minority/yi:阿诺}}，在家大家都叫{{minority/yi:阿诺}}。{{minority/yi:阿诺}}她从六岁起就牵着她爸去赶集，烧火做饭样样会。村支书{{han:鲁光荣}}说这孩子太苦了，给她家报了低保，又找{{trap/org:县残联}}给她爸配了盲杖。
访谈者：还有谁参与？
受访者：乡卫生院的{{han:施红艳}}大夫每季度来给几家孩子体检，小姑娘贫血，她每回都带补铁的药来。学校的{{han:李玉仙}}老师给{{minority/yi:阿诺}}补课。村里的{{trap/minority_word:毕摩}}{{minority/yi:者拉玛}}也说，过{{trap/minority_word:火把节}}的时候，要给这几家的孩子念经祈福。{{minority/yi:者拉玛}}他八十多了，还记得每个孩子的生日。
访谈者：村里的困境儿童是怎么找出来的？
受访者：挨家挨户走。每年开学前我跟村委会一起把全村的孩子过一遍，看谁家爸妈出去打工了，谁家大人病了、残了、进去了。有的家里不愿意说，觉得丢人，我就多去几趟，坐下来跟老人一起剥苞谷，慢慢就说了。找出来以后报到乡上，乡上再报到县{{trap/org:民政局}}。每个孩子一张卡，上面写着监护人、补贴、上学情况，我每个月更新一回。
访谈者：您自己家里呢？
受访者：我也有两个孩子，一个在{{trap/place:楚雄}}读卫校，一个在镇上读初中。老公在家种烤烟。他说我管别人家的孩子比管自己家的还上心，我说自己家的孩子有爹有妈，那几个没有。
访谈者：孩子们上学远吗？
受访者：远。村小只有一到三年级，四年级以上要去镇上的完小住校，走山路一个半钟头。雨季最怕，路上塌方，我们就组织家长轮流接送。学校有营养餐，一天一个鸡蛋一盒奶，孩子们比前几年长高了。礼拜五下午放学，我在村口等着，一个一个数着回来，数齐了才放心。有的孩子回家没人做饭，我就叫到我家吃，我家里人也习惯了，饭多煮一锅。
访谈者：过节的时候呢？
受访者：火把节全村跳{{trap/minority_word:左脚舞}}，孩子们穿上新衣服一起跳。老人们讲{{trap/famous:阿诗玛}}的故事。我做{{trap/minority_word:荞粑粑}}给他们带回家。夏天{{trap/word:李子}}熟了，谁家树上的都让孩子们摘。
访谈者：登记信息呢？
受访者：罗家在{{address:武定县插甸镇大村村委会小麦地组17号}}。{{han:罗佳怡}}的身份证{{id_number@wy2012.532329}}，{{minority/yi:阿朵嫫}}的{{id_number@wy1955fullwidth.532329}}。我的电话{{mobile@plus86spaced}}。我的微信{{wechat:puyulan_wd}}。姐姐有QQ，她说是班主任让大家注册的，号码抄在了我的记事本上：{{qq:2716043958}}。
访谈者：表上名字有写错的吗？
受访者：有。{{spaced:起 文 斌}}，{{spaced:鲁阿 果}}，还有{{spaced:阿　朵　嫫}}，把社工写成了{{spaced:漆 雕 明 轩}}。
访谈者：您最盼的是什么？
受访者：孩子们都能把书读出来，走出大山。
""")

# H150: Uyghur primary-school teacher in 库车 (阿克苏) and the children in distress of her class.
DOCS["H150"] = ("teacher", """\
访谈者：老师，您在这所学校教了多少年？
受访者：十四年了。我叫{{minority/uyghur:米娜瓦尔·艾力}}，在{{trap/place:库车}}城边的一所小学教语文，现在带{{school:库车市乌恰镇第三小学四年级（2）班}}。我们班四十二个孩子，有六个是困境儿童，我一个个家访过。
访谈者：能说说吗？
受访者：头一个是{{minority/uyghur:阿布都热合曼·吐尔洪}}，十岁，我们都叫他{{minority/uyghur:热合曼}}。他爸爸{{minority/uyghur:吐尔洪·卡斯木}}前年开三轮车拉货，在{{trap/place:渭干河}}桥上翻了车，没救过来。妈妈{{minority/uyghur:热依拉·阿木提}}查出白血病，在{{trap/place:乌鲁木齐}}化疗。孩子现在跟外婆住。
访谈者：孩子状态怎么样？
受访者：变化很大。以前是班上最爱笑的，现在上课老走神。{{minority/uyghur:热合曼}}他作文里写，妈妈的头发掉光了，他想把自己的头发剪下来给妈妈。我读的时候，眼泪止不住。学校的心理老师{{han:许文静}}每周陪他画画。
访谈者：第二个呢？
受访者：第二个是女孩，{{minority/uyghur:古丽娜扎尔·艾山}}，九岁。爸爸{{minority/uyghur:艾山·吾守尔}}和妈妈{{minority/uyghur:阿依努尔·肉孜}}在乌鲁木齐开干果店，一年回来两趟。孩子跟奶奶{{minority/uyghur:帕夏汗}}过。{{minority/uyghur:帕夏汗}}她眼睛不好，孩子的作业签字是邻居帮着签的。{{minority/uyghur:古丽娜扎尔}}就爱唱歌，{{trap/minority_word:古尔邦节}}的时候在社区舞台上唱了一首，弹的{{trap/minority_word:都塔尔}}是她爷爷留下的。
访谈者：第三个？
受访者：第三个{{minority/uyghur:伊力夏提·玉素甫}}，十一岁，户口本上没有点，写的是{{minority/uyghur:伊力夏提玉素甫}}。他爸{{minority/uyghur:玉素甫·托乎提}}因为诈骗判了五年，妈妈改嫁走了。孩子跟爷爷{{minority/uyghur:托乎提·司马义}}和叔叔{{minority/uyghur:艾尔肯·托乎提}}过。{{minority/uyghur:伊力夏提}}他在班上跟人打过架，因为有人说他爸是骗子。
访谈者：学校和村里怎么帮这些孩子？
受访者：校长{{minority/uyghur:艾合买提江·热西提}}定了规矩，困境儿童的营养餐和校服全免。社区的儿童主任{{han:王丽娟}}是汉族，在这儿长大的，维吾尔语说得跟我们一样。{{han:王丽娟}}她给三个孩子都报了困境儿童补贴，每人每月{{trap/number:一千零五十}}。市里社工站的{{compound:轩辕梦琪}}，跟同事{{compound:尉迟嘉树}}，每个月来学校开一次小组活动。
访谈者：孩子们喜欢这些活动吗？
受访者：喜欢。上个月他们带孩子们去看了{{trap/place:克孜尔千佛洞}}，讲{{trap/famous:鸠摩罗什}}从{{trap/place:龟兹}}出发去长安的故事。有个孩子回来以后说，他长大要当导游。{{compound:轩辕梦琪}}还给每个孩子发了一本日记本。
访谈者：您家访时看到什么？
受访者：家家不一样。奶奶家里干干净净，{{trap/minority_word:馕坑}}还是热的，她一定要我吃了{{trap/minority_word:抓饭}}再走。第三个孩子的叔叔在{{trap/minority_word:巴扎}}上做干果{{trap/word:买卖}}，早出晚归，孩子放学一个人在家。我跟他叔叔说，让孩子放学来学校的托管班。
访谈者：孩子们的普通话怎么样？
受访者：现在都好。低年级的孩子在家说维吾尔语，在学校说普通话，两种话都会。爷爷奶奶那辈不大会说普通话，家访的时候我当翻译。困境儿童里有的孩子因为家里的事，一段时间不愿开口，我们不逼他，先让他画，画完了再让他讲。{{han:许文静}}老师说，孩子愿意讲了，心结就开了一半。
访谈者：家长会怎么开？
受访者：困境儿童的家长会我们单独开。能来的是爷爷奶奶、外公外婆，有的只会说维吾尔语，有的一个字不识，我就用维吾尔语一句一句讲，讲孩子这学期哪门课进步了，哪门还差。在外地的爸爸妈妈，我们拉了个视频会，让他们在手机上看孩子表演。冬天学校的暖气烧得早，孩子们中午在学校吃热饭，下午四点半以后还有老师陪着写作业。
访谈者：登记信息呢？
受访者：头一个孩子外婆家在{{address:库车市乌恰镇英买里村2组31号}}，{{minority/uyghur:帕夏汗}}家在{{address:库车市新城街道天山花园小区3号楼2单元501室}}。{{minority/uyghur:热合曼}}的身份证{{id_number@my2014hyphen.652923}}，奶奶的{{id_number@woldx.652923}}。我的电话{{mobile@p86n}}，{{han:王丽娟}}的{{mobile@hyphen}}，她的微信{{wechat:wanglijuan_kc}}。{{minority/uyghur:伊力夏提}}有QQ，说是打游戏用的，我让他写给我，号码写在作业本封面上：{{qq:3561802947}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。有的写{{spaced:伊力夏提 · 玉素甫}}，点两边空着；有的写{{spaced:古 丽 娜 扎 尔}}，有的写{{spaced:帕夏 汗}}；还有把我写成{{spaced:米　娜　瓦　尔}}的。
访谈者：您最盼什么？
受访者：盼孩子们的爸爸妈妈都能回来，孩子们不用再哭着写作文。
""")

# H151: Han household-registration police officer (户籍警) in 林西县 (赤峰) reading out registration records.
DOCS["H151"] = ("staff", """\
访谈者：您在派出所管户籍多少年了？
受访者：十一年。我叫{{han:尚立军}}，在{{trap/place:林西县}}一个乡镇派出所当户籍警。县{{trap/org:民政局}}这两年排查困境儿童，要我们核户口，我把几户的记录念一下，都是我经手的。
访谈者：好。
受访者：第一户，户主{{han:鞠长海}}，男，{{trap/year:二〇一九年}}在煤矿出事故死亡，户口已注销。妻子{{han:隋凤琴}}改嫁到{{trap/place:巴林右旗}}，户口迁走了。留下儿子{{han:鞠浩宇}}，{{trap/year:二〇一三年}}生，现在跟奶奶{{han:于桂香}}一个户口本。{{han:鞠浩宇}}他在{{school:林西县第二小学五年级（3）班}}，按孤儿报的。奶奶的身份证是{{id_number@wold.150424}}，孩子的是{{id_number@my2013spaced.150424}}。
访谈者：第二户呢？
受访者：第二户，户主是{{compound:公孙德福}}，七十二，腿脚不好。儿子{{compound:公孙建军}}离婚后去{{trap/place:大连}}打工，三年没回来，孙女叫{{compound:公孙雨萱}}，十岁，跟着爷爷过。我们联系上孩子她爸，他说挣不着钱，回不来。孙女的户口本上，名字登记成了{{spaced:公 孙 雨 萱}}，系统里多了空格，办补贴的时候对不上，是我去改的。
访谈者：第三户？
受访者：第三户是个没户口的孩子，{{han:邢佳琪}}，八岁。她爸{{han:邢志远}}因为盗窃在监狱服刑，妈妈叫{{compound:司马春燕}}，外地人，生孩子的时候没办出生证。孩子一直跟着外婆{{han:马玉珍}}过，上学都成问题。我们跟民政、医院一起，做了亲子鉴定，去年给孩子落了户。{{han:邢佳琪}}她拿到户口本那天，抱着外婆哭了。
访谈者：没户口的孩子落户难吗？
受访者：以前难，现在政策放开了，没有出生证的可以做亲子鉴定，父母找不到的，民政出证明也能落。难的是材料，有的孩子连在哪个医院生的都说不清，我们就一家一家医院去查档案。落了户，孩子才能上学籍、办医保、领补贴。所以我们所里有一条：困境儿童的户口，能上门办的就上门办，不让老人来回跑。
访谈者：还有吗？
受访者：第四户是蒙古族，户主{{minority/mongolian:阿木尔吉雅}}，女，丈夫{{han:白振江}}前年得胃癌走了。两个孩子，大的{{minority/mongolian:朝格吉乐玛}}十四，小的{{han:白宇航}}九岁。{{minority/mongolian:阿木尔吉雅}}她自己有糖尿病，干不了重活。登记表上她的名字被写成{{spaced:阿 木 尔 吉 雅}}，闺女的名字也有两种写法。
访谈者：第五户？
受访者：第五户最乱。户主{{han:王翠英}}，系统里显示成“{{han:王翠英}}{{han:王翠英}}”，是以前手工录入的时候重复了。她儿子{{han:刘振山}}前年开车出事没了，儿媳是{{compound:闾丘丽娜}}，精神残疾，在县医院住着。孙子{{han:刘晨阳}}十二岁，跟着奶奶。
访谈者：这些家庭谁在帮？
受访者：所里{{han:尹国华}}所长定了，困境儿童落户、改名、迁户口，一律当天办。乡里的儿童主任{{han:姜桂芝}}婶挨家挨户去摸底，她跟我说哪家孩子没户口，我就去核。县民政局的{{compound:拓跋晓东}}管这一块，跟我们对接。乡上{{trap/word:林业站}}的人也帮着送过柴火。
访谈者：核户口的时候最难的是什么？
受访者：名字对不上。老户口本上有的写错字，有的写成繁体，有的名字中间空了。儿童主任说，名字对不上，钱就下不来。孩子走失、挨打的，我们跟学校说，先打{{trap/hotline:110}}。我们所里常说，户籍警要像{{trap/famous:包公}}那样铁面，可心要热。
访谈者：登记信息呢？
受访者：{{compound:公孙德福}}家在{{address:林西县大井镇东山村四组19号}}，第五户在{{address:林西县林西镇兴隆街东方小区6号楼2单元202室}}。{{han:邢佳琪}}的身份证号是去年新编的，{{id_number@wy2016hyphen.150424}}。{{han:姜桂芝}}婶的电话{{mobile@plain}}，{{compound:公孙建军}}的电话{{mobile@plus86}}，他的微信{{wechat:gongsun_jj_dl}}。{{han:刘晨阳}}的QQ是他奶奶让我记的，说孩子老在网上跟人聊，号码{{qq:85031947}}。
访谈者：表上还有哪些写法问题？
受访者：{{spaced:鞠 浩 宇}}、{{spaced:邢　佳　琪}}，还有把孩子她妈写成{{spaced:司马 春燕}}的，中间隔开了。
访谈者：这些孩子您后来还见过吗？
受访者：常见。镇子小，孩子们上学放学从所门口过，见了我喊叔叔。{{han:鞠浩宇}}今年个子蹿上来了，跟他奶奶一边高。没户口的那个小姑娘，落户以后头一回用自己的名字报名参加学校的朗诵比赛，得了二等奖，她外婆特意拿着奖状到所里给我们看。户籍档案这些年从手写本换成了电脑，又换了两回系统，每换一回都有名字出错的，我们就一本一本对。
访谈者：您做这行最大的体会？
受访者：一个户口，就是孩子的一条路。
""")

# H152: Tujia grandmother in 桑植 (张家界) raising three grandchildren.
DOCS["H152"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：六口，常在屋里的就我跟三个孙伢儿。我叫{{han:覃桂香}}，土家族，今年六十八，住在{{trap/place:桑植}}山里头。老头子前年得肝病走了。儿子{{han:向德明}}跟媳妇{{han:钟丽华}}在{{trap/place:义乌}}的厂里做事，一年回来一回。女儿{{han:向翠平}}得了乳腺癌，在{{trap/place:长沙}}住院化疗；女婿{{han:谷建波}}前几年出去打工就联系不上了。
访谈者：孩子们多大？
受访者：大孙子{{han:向春林}}十二，我们喊他{{han:春伢儿}}；孙女{{han:向思桃}}七岁，喊{{han:桃妹儿}}。外孙女{{han:谷雨晴}}十岁。{{han:春伢儿}}在{{school:桑植县第四中学初一（2）班}}住校，两个妹儿在村小读一年级和四年级。
访谈者：日子怎么过？
受访者：靠种点苞谷、{{trap/word:谷子}}，养两头猪。儿子每个月寄一千块回来，不够就借。村里的儿童主任{{han:田红英}}给{{han:谷雨晴}}报了事实无人抚养，一个月{{trap/number:一千一百八}}。{{han:田红英}}她说，{{han:谷建波}}那边她托人找过，找不到人。
访谈者：儿子媳妇在外面做什么？
受访者：在义乌做袜子，儿子开机器，媳妇打包。两个人一个月挣得不少，可吃住都要钱，还要还我们盖屋欠的账。他们说再干两年就回来，说了好几个两年了。孙女小，不认得她妈了，去年过年她妈回来，孩子躲在我身后喊阿姨，她妈当场就哭了。
访谈者：孩子们平时吃什么？
受访者：苞谷饭、洋芋、青菜，腊月杀了年猪，熏一挂腊肉，慢慢吃到夏天。学校中午有营养餐，孩子们说比屋里吃得好。我年纪大了，做的菜没味道，大孙子回来就自己下厨，炒个辣椒炒蛋，两个妹妹抢着吃。
访谈者：孩子们懂事吗？
受访者：懂事。{{han:桃妹儿}}也晓得帮我烧火，{{han:春伢儿}}放假回来挑水、砍柴。{{han:谷雨晴}}她最想她妈，晚上躲在被窝里偷偷打电话。我跟她讲，你妈是去治病，好了就回来。
访谈者：孩子们上学远不远？
受访者：远。从屋里到村小要走四十分钟山路，下雨天路滑，我打着伞送到坳上，再看着她们下坡。大孙子在县里住校，礼拜五坐班车回来，车只到乡上，剩下的路他自己走，天黑了我就拿手电筒去路口等。我们住的是老{{trap/minority_word:吊脚楼}}，木板缝里透风，冬天孩子们手上生冻疮，村里给我们换了新窗户，今年好多了。
访谈者：女儿的病怎么样了？
受访者：做了手术，还在化疗。她打电话来从来只说好，不说疼。外孙女懂事，每天放学回来先问我，妈妈今天打电话了没有。我跟她说打了，妈妈说想你。其实有时候没打，我就是哄她。社工妹子说，孩子大了，有些事要慢慢跟她讲，不能一直瞒着。
访谈者：谁帮你们最多？
受访者：村支书{{han:钟长林}}，他把我们家报了低保。乡卫生院的{{han:瞿明亮}}医生每个月来给我量血压，顺便看看孩子。县社工站的{{compound:诸葛静怡}}，还有{{compound:上官子晴}}，两个妹子每个月进山一回，给孩子们带书、带文具。大孙子的班主任{{han:符晓梅}}老师人好，他发烧那回，是她背到医院去的。隔壁的{{han:彭德贵}}，孩子们喊他{{han:德贵}}幺爹，帮我们修过屋顶。
访谈者：您自己身体怎么样？
受访者：腰不好，{{trap/word:田坎}}上摔过两回。我{{trap/word:向来}}不求人，可三个孩子要吃饭、要读书，不求不行。女儿化疗的钱是她单位跟{{trap/org:县慈善总会}}凑的，{{han:向德明}}也寄了一些。
访谈者：过年过节呢？
受访者：过年跳{{trap/minority_word:摆手舞}}，孙子跟着大人跳。我给他们讲{{trap/famous:向王天子}}的故事，还有{{trap/famous:贺龙}}两把菜刀闹革命。孙女最喜欢看我织{{trap/minority_word:西兰卡普}}，说长大了要跟我学。村里嫁姑娘还{{trap/minority_word:哭嫁}}，孩子们跑去看热闹。
访谈者：登记信息呢？
受访者：家在{{address:桑植县人潮溪镇龙潭坪村三组12号}}，女儿在长沙租的房子是{{address:雨花区洞井街道桃花塅小区9栋1单元703}}。{{han:谷雨晴}}的身份证{{id_number@wy2014.430822}}，我的{{id_number@wy1957hyphen.430822}}。我的电话{{mobile@s74}}，{{han:向德明}}的电话{{mobile@fws}}，他的微信{{wechat:xiangdeming_yw}}。大孙子有个QQ，老师说要用来交作业，他写在我的老年机后盖里头：{{qq:60295184}}。
访谈者：表上名字对吗？
受访者：有写错的。{{spaced:谷　雨　晴}}、{{spaced:覃桂 香}}，把社工妹子写成了{{spaced:诸 葛 静 怡}}。
访谈者：您最盼什么？
受访者：盼{{han:向德明}}他们早点回来，在{{trap/place:张家界}}找个事做，孩子们跟着爹妈过。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=145,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
