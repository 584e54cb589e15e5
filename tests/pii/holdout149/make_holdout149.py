# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 149 (tests/pii/holdout149/H1177-H1184 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 148, written at the same time, is not
an earlier set).

Set 149 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
瑞金 (Jiangxi) and 宁国 (Anhui): a Mongolian grandmother from 达茂 raising her grandson in 九堡镇 (瑞金) after her
daughter died and the boy's Han father remarried in 厦门; an Amdo Tibetan father from 壤塘 who works in a
bamboo-shoot plant in 宁国 and raises his two girls after his wife died; a Kazakh mother from 木垒 who packs navel
oranges in 象湖镇, her Han husband gone to 东莞 and not heard of since; a Yi father from 会理 who lost three fingers
on a quarry in 港口镇 and raises his son and daughter after his wife went back to 凉山; a Han community worker in
西津街道 reading out her list; a Han 儿童主任 in 沙洲坝镇 who keeps up with the children on QQ and with their parents
on WeChat; a Han uncle in 中溪镇 raising the boy of his dead sister, whose father is in prison; and a Han village
doctor in 壬田镇. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names used whole (苏布达格日乐, 布和巴雅尔, 额尔德木巴雅尔, 满都呼图雅, 伊德日格乐, 达丽玛说)
and with a short form after the full name (吉日格乐图雅 then 吉日格乐), a Han surname before a Mongolian given name
(赖苏和, the father's surname put before the boy's Mongolian name at school), a Hakka nickname made from a Mongolian
name (苏和牯他) and the Han name of the same boy (赖俊岚); Amdo Tibetan names of 壤塘 (泽郎俄尔, 然木措, 甲央俄色他,
斯基卓玛, 嘎玛措, 更登泽郎, 三木旦) with short forms and a nickname (俄尔, 斯基也, 措措), the Han surname of a Gyalrong
family before a Tibetan given name (周俄尔, 周斯基) and the Han name of a Tibetan girl (周雨萌); Kazakh given name +
father's name with the dot (玛合帕丽·努尔旦, 努尔旦·哈布力, 多斯别克·努尔旦) and single and short forms (玛合帕丽,
阿合江他, 沙依娜, 克孜尔古丽, 阿丽米拉), a Han surname before a Kazakh given name (揭阿合江, 揭沙依娜, after the Han
father) and a Hakka nickname (娜妹也); Yi names with the clan name before the given name (吉克子石, 吉克石且,
吉克阿莫, 沙马日呷, 马海拉则, 阿约伍沙, 勒格伍各, 吉伍尔布) with the given name alone as a short form (子石, 阿莫她),
the clan syllable made a Han-style surname (吉子石, 马拉则) and the Han names of Yi people (吉永福, 吉文昊, 吉雨欣);
Han names with common and rare surnames of the region (赖, 钟, 曾, 谢, 揭, 阙, 幸, 华, 温, 兰, 衷, 危, 凌, 汪, 程, 查,
储, 方, 俞, 詹, 舒, 章, 郎, 笪, 宛, 洪); surnames that are also ordinary words, and given names that start or end
with such a word, next to grammar words (我和和秀芬, 跟和长青, 向可馨向老师, 都文涛都十三了, 黄有财有低保,
曾宪有有空, 有小满, 章也青也在, 郎家能，能不能, 胡礼让让我们, 才德全才上任, 还长生还没吃, 要海燕要求, 黄成就就住)
beside ordinary words that start with a surname character of the voices (赖床, 谢谢, 程序, 方便, 幸好, 查询, 温度,
曾经, 洪水, 郎中, 危险); names that contain words (黄成就, 幸福生, 黄有财, 江海舟, 还长生); titles and kin words
after names (谢晓珺老师, 方丽雯老师, 章小玲老师, 凌春燕老师, 宗政皓宇老师, 濮阳素琴医生; the span is the name only),
a surname with only a title or kin word, annotated whole (满婶, 汪老板, 查姐, 储校长, 章老师, 华姐, 宛老师, 阙姨, 危伯,
清嫂), Hakka and local nicknames, annotated whole (满牯, 旺牯, 兰细妹, 墨伢); names directly before particles,
pronouns and verbs (赖秀梅她, 程秀琴她, 揭国荣他, 詹红兵他, 叶春霞她, 肖冬梅她, 揭炳南他, 朱丽清说, 许美玉说) and
after 叫/是/给/跟/找/让/和 (叫吉日格乐图雅, 是钟满英, 给凌小龙, 跟和长青, 找许美玉, 让温俊杰, 和亓官若兰), and names
closing the last sentence (他外公叫布和巴雅尔。, 谢谢朱丽清。, 谢谢章老师。, 还是清嫂。); names spaced out character by
character in half- and full-width spaces (吉 日 格 乐 图 雅, 泽 郎 俄 尔, 揭 沙 依 娜, 吉 克 子 石, 斯 基 卓 玛,
第 五 佳 禾, 梁 丘 星 澜, 乐　正　明　轩, 司 空 念 慈, 濮 阳 素 琴, 向　可　馨, 揭　梦　瑶), a dotted name with spaces
around the dot (玛合帕丽 · 努尔旦) and names split in two (呼日勒　苏和, 苏布达 格日乐, 斯基　卓玛, 多斯别克　努尔旦,
马海　拉则, 吉克 石且, 都文 涛, 洪宝 根); compound surnames after ordinary words (呼延, 百里, 夏侯, 端木, 闻人, 南宫,
澹台, 公冶, 第五 read out as the fifth household of a list, 东门, 万俟, 左丘, 梁丘, 公良, 乐正, 鲜于, 司空, 宗政,
濮阳, 太史, 亓官, 羊舌, 西门 after 社工/志愿者/律师/同事/督导/的/是/和/专家); and numbers read out and written the
many ways people do (an ID read out in threes, QQ numbers in full-width digits, a mobile with +86 and no space).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:赖秀梅}}``, ``{{qq:2870461539}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fullwidth.513230}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生) and a particle, pronoun or verb
written directly after a name (说, 也, 都, 就, 有, 向, 才, 还, 要, 让, 她, 他) are outside the span; a surname with only
a title or kin word (满婶, 汪老板, 查姐, 储校长, 宛老师, 阙姨, 危伯, 清嫂) and a nickname or local form of address (满牯,
旺牯, 兰细妹, 墨伢; made from a Mongolian, Tibetan or Kazakh name: 苏和牯, 措措, 娜妹) are annotated whole. Han-style
names of Mongolian, Tibetan and Yi people (赖俊岚, 周雨萌, 吉永福, 吉文昊, 吉雨欣) are category han, and so are the Han
nicknames; a Han surname before a non-Han given name (赖苏和, 周俄尔, 周斯基, 揭阿合江, 揭沙依娜, 吉子石, 马拉则) and a
nickname made from a non-Han name are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout149/make_holdout149.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(149_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178", "181",
                   "183", "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1177: Mongolian grandmother from 达茂 raising her grandson in 瑞金 (九堡镇) after her daughter died and the boy's
# Han father remarried in 厦门.
DOCS["H1177"] = ("family", """\
访谈者：奶奶，您是从内蒙古过来的？
受访者：是，{{trap/place:达茂旗}}的，在{{trap/place:包头}}北边。我叫{{minority/mongolian:吉日格乐图雅}}，这边的邻居念不来，就跟着孩子喊我外婆，老家的人叫我{{minority/mongolian:吉日格乐}}。前年冬天到{{trap/place:瑞金}}来的，来带外孙。
访谈者：孩子的爸爸妈妈呢？
受访者：我女儿{{minority/mongolian:苏布达格日乐}}在包头钢厂食堂做饭，认识了这边的{{han:赖建斌}}，嫁过来生了孩子。三年前她得了白血病，没治好。{{han:赖建斌}}后来去了{{trap/place:厦门}}，又成了家，一年打不了两回电话，钱也不寄。孩子的爷爷奶奶早不在了，我不来，孩子就没人管。
访谈者：外孙多大了？
受访者：九岁。蒙古名是他妈起的，叫{{minority/mongolian:呼日勒苏和}}，户口上的汉名叫{{han:赖俊岚}}。学校里点名叫他{{minority/mongolian:赖苏和}}，两个名拼在一起。隔壁的老表学客家人的叫法，喊他{{minority/mongolian:苏和牯}}。他在{{school:瑞金市九堡镇中心小学三年级（2）班}}，早上爱{{trap/word:赖床}}，喊三遍才起。
访谈者：您一个人带他，难不难？
受访者：难。话不通，菜也吃不惯，这边什么都放辣椒。我早上给他烧{{trap/minority_word:奶茶}}，泡{{trap/minority_word:炒米}}，他不爱喝，要喝豆浆。头一年全靠{{minority/mongolian:达丽玛}}，她也是包头人，嫁到{{trap/place:于都}}二十年了，隔一两个月坐车过来给我当翻译。{{minority/mongolian:达丽玛}}说，阿姨你别哭，孩子在哪儿长大都是你的孩子。
访谈者：这边谁在帮你们？
受访者：孩子的姑姑{{han:赖秀梅}}住在镇上，常送菜来，{{han:赖秀梅}}她男人{{han:曾凡旺}}骑摩托送孩子上学。村里的儿童主任是{{han:钟满英}}，大家叫她{{han:满婶}}，{{han:满婶}}给孩子报了困境儿童，每月{{trap/number:一千一百三十元}}，我也办了低保。镇民政所的{{han:刘建勇}}来过三回，说孩子爸爸不给抚养费，可以去法院告他。社工站的{{compound:呼延晓川}}每周来一回，查作业、讲故事；大学生志愿者{{compound:百里南星}}暑假教他打乒乓球。班主任{{han:谢晓珺}}老师冬天给他织了一条围巾，我不会写字，只会说{{trap/word:谢谢}}。
访谈者：老家那边还有谁？
受访者：老伴{{minority/mongolian:布和巴雅尔}}在嘎查放羊，腿不好。儿子{{minority/mongolian:额尔德木巴雅尔}}和儿媳{{minority/mongolian:满都呼图雅}}在白云鄂博的矿上打工。嘎查长{{minority/mongolian:伊德日格乐}}打电话来问过，说孩子要是回去，嘎查也能给办。可孩子的户口在这边，学也在这边上。老伴在电话里说，今年草场下了雨，草长得好，我听了心里就痒，想回去看看。
访谈者：孩子想妈妈吗？
受访者：想。他妈留下一件{{trap/minority_word:蒙古袍}}，他晚上抱着睡。我给他讲{{trap/famous:江格尔}}，他听不懂，学校老师带他们去看红井，讲{{trap/famous:毛主席}}挖井的事，他回来讲给我听，我也听不太懂。{{minority/mongolian:苏和牯}}他现在说的是客家话，跟我说的是普通话，蒙古话只会喊{{trap/minority_word:额吉}}。
访谈者：您身体怎么样？
受访者：血压高，腰也弯了。这边夏天潮，被子晒不干。去年冬天我在菜地里摔了一跤，是{{han:曾凡旺}}背我去的{{trap/org:九堡镇卫生院}}。医生说骨头没断，让我少干活。我躺了半个月，孩子自己煮面条，还端到我床前。那时候我想，这孩子懂事了，他妈要是看得到就好了。
访谈者：孩子在学校怎么样？
受访者：成绩中等，数学好，语文差。开家长会我听不懂，{{han:谢晓珺}}老师就把要说的话写在纸上，让孩子回来念给我听。有一回同学笑他没有妈妈，他把人家的书包扔进了池塘，我去学校给人家赔了一个新的。回来的路上他一句话不说，走到村口才哭，说奶奶我想回包头。我也想回去，可他在这边读书，我走不了。
访谈者：钱够用吗？
受访者：低保加补贴，一个月两千出头，够吃饭。老伴每年卖了羊寄一点过来。我在屋后种了点菜，学着腌酸菜、晒萝卜干，这边的人都这么吃。冬天没有暖气，屋里比外面还冷，我把带来的羊皮褥子铺在孩子床上，他说比电热毯还暖和。
访谈者：登记信息请您说一下。
受访者：我住在{{address:瑞金市九堡镇坪山村四组15号}}，老家是{{address:达尔罕茂明安联合旗石宝镇新宝力格嘎查三组8号}}。我的身份证{{id_number@wy1961spaced.150223}}，孩子的{{id_number@my2016hyphen.360781}}。我电话{{mobile@s38}}，{{han:赖秀梅}}的{{mobile@plain}}。微信是{{minority/mongolian:达丽玛}}给我弄的，叫{{wechat:tuya_damao61}}。孩子有个QQ，上网课用，他一个数一个数念，我写在日历背面：{{qq:2870461539}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:吉 日 格 乐 图 雅}}，学校把孩子写成{{spaced:呼日勒　苏和}}，还有一张写的{{spaced:赖 苏 和}}，我女儿的死亡证明上是{{spaced:苏布达 格日乐}}。
访谈者：您最盼什么？
受访者：盼孩子长大。等他大了，带他回草原，让他骑一骑他外公的马，他外公叫{{minority/mongolian:布和巴雅尔}}。
""")

# H1178: Amdo Tibetan father from 壤塘 who works in a bamboo-shoot plant in 宁国 (西津街道) and raises his two girls
# after his wife died.
DOCS["H1178"] = ("family", """\
访谈者：大哥，您在这个笋厂干了多久了？
受访者：三年多了。我叫{{minority/tibetan:泽郎俄尔}}，{{trap/place:阿坝}}{{trap/place:壤塘}}人。我们家祖上是{{trap/minority_word:嘉绒}}那边的，有个汉姓，姓周，所以厂里的人叫我{{minority/tibetan:周俄尔}}，老乡叫我{{minority/tibetan:俄尔}}。
访谈者：怎么到宁国来的？
受访者：老婆{{minority/tibetan:然木措}}四年前得包虫病走了。家里几亩青稞地，养不活两个丫头。县里搞劳务输出，把我介绍到{{trap/place:宁国}}来，剥笋、煮笋、装罐，一个月四千多。表弟{{minority/tibetan:甲央俄色}}跟我一起来的，{{minority/tibetan:甲央俄色}}他在包装车间。
访谈者：两个女儿多大？
受访者：大的{{minority/tibetan:斯基卓玛}}十二岁，在{{school:宁国市西津小学五年级（3）班}}，学校名册上写的是{{minority/tibetan:周斯基}}。小的八岁，藏名叫{{minority/tibetan:嘎玛措}}，上户口的时候起了个汉名叫{{han:周雨萌}}，在{{school:宁国市西津小学二年级（1）班}}，家里叫她{{minority/tibetan:措措}}。{{minority/tibetan:斯基}}也懂事，放学先去接妹妹，回来还烧饭。
访谈者：厂里对你们怎么样？
受访者：老板{{han:汪国栋}}，大家喊{{han:汪老板}}，他把厂门口一间房子便宜租给我们。车间主任{{han:程秀琴}}教我用煮笋的机器，机器上的{{trap/word:程序}}我看不懂，她就贴了一张画给我。{{han:程秀琴}}她女儿跟{{minority/tibetan:斯基}}一个班。
访谈者：社区和学校呢？
受访者：社区的{{han:查慧敏}}，我们叫她{{han:查姐}}，帮两个丫头转学、办了课后托管。低保是老家办的，村里的{{minority/tibetan:更登泽郎}}帮我跑的，每月{{trap/number:八百六十元}}打到卡上。大女儿的班主任{{han:方丽雯}}老师说有事随时打电话，什么时候都{{trap/word:方便}}。{{han:储校长}}给两个丫头免了午饭钱。社工{{compound:夏侯书畅}}每个月带她们去一次图书馆，志愿者{{compound:端木清禾}}教小的弹琴。
访谈者：两个丫头刚来的时候习惯吗？
受访者：不习惯。宁国夏天又闷又热，小的身上起了一身痱子，晚上哭着要回家。老家学校是藏语汉语一起上，这边全是普通话，还带本地口音。大的头一个学期考了倒数，回来把卷子藏在床底下。{{han:方丽雯}}老师知道了，每天放学留她半个钟头，一个字一个字教。第二学期她考了班上第十八名，拿着卷子跑到厂里给我看，满手都是墨水。
访谈者：您一个人当爸又当妈，难在哪儿？
受访者：扎辫子。她们阿妈在的时候天天给她们扎，我手笨，扎不好，大的就自己学，还给妹妹扎。女孩子长大的事我也不懂，是{{han:程秀琴}}带大的去买的东西，跟她讲的。做饭我只会煮面片、炒土豆，两个丫头吃了三年，没说过一句不好吃。过年厂里放假，别人都回家，我们三个在屋里包包子，给她们阿妈点一盏灯。
访谈者：孩子们想家吗？
受访者：想。想吃{{trap/minority_word:糌粑}}，想喝奶奶打的{{trap/minority_word:酥油茶}}。过{{trap/minority_word:洛萨}}的时候我带她们回去过一次，坐了三天车。我舅舅{{minority/tibetan:三木旦}}在寺里当{{trap/minority_word:阿卡}}，给两个丫头一人系了一根红绳。小的把奶奶寄来的照片贴在床头，每天晚上跟照片说话。她在车上问我，阿妈是不是在山上。我说是，在看着你。晚上我给她们讲{{trap/famous:格萨尔王}}，大的说她听过一百遍了，还是坐在旁边听，听到打仗的地方比妹妹还起劲。
访谈者：您自己呢？
受访者：笋厂春天最忙，一天干十四个钟头，手泡在水里，裂口子。夏天没有鲜笋，厂里做笋干、腌笋，活少了，钱也少了一半。去年肺上出毛病，在{{trap/org:宁国市人民医院}}住了十天，是{{minority/tibetan:甲央俄色}}他替我接送孩子。出院那天，两个丫头在医院门口等我，小的手里拿着一朵路边摘的花。
访谈者：以后打算怎么办？
受访者：再干几年，攒点钱，等大的上了初中再看。老家在修路，县里也有了工厂，要是那边有活，我就带她们回去。可大的说她想在这边读高中，说这边的学校好，我听她的。她们阿妈走的时候说，要让丫头们读书，我记着这句话。
访谈者：登记信息请您说一下。
受访者：这边住在{{address:宁国市西津街道津河路118号院2栋301室}}，老家在{{address:壤塘县宗科乡加斯满村二组9号}}。我的身份证{{id_number@my1984.513230}}，大女儿的{{id_number@wy2013fullwidth.513230}}。电话{{mobile@hyphen}}，{{han:查姐}}的{{mobile@plus86}}。我的微信{{wechat:zelang_rangtang84}}。{{minority/tibetan:斯基卓玛}}有个QQ，跟老家的同学聊天，号码她用藏文和数字写在门背后：{{qq:1046827395}}。
访谈者：表上的名字写对了吗？
受访者：没有。社区的表上我是{{spaced:泽 郎 俄 尔}}，大的写成{{spaced:斯基　卓玛}}，小的写成{{spaced:嘎 玛 措}}，还有一张写的是{{spaced:周 雨 萌}}。
访谈者：您最盼什么？
受访者：盼两个丫头读书读出去，不要像我这样剥笋。
""")

# H1179: Kazakh mother from 木垒 who works in a navel-orange packing house in 象湖镇 (瑞金); her Han husband went
# to 东莞 and has not been heard of since.
DOCS["H1179"] = ("family", """\
访谈者：大姐，您在这个果厂做什么？
受访者：选果、打蜡、装箱。{{trap/place:象湖镇}}的脐橙十一月到一月最忙，一天站十二个钟头。我叫{{minority/kazakh:玛合帕丽·努尔旦}}，老家{{trap/place:木垒}}，在{{trap/place:天山}}北边。厂里的人叫不全，叫我{{minority/kazakh:玛合帕丽}}。
访谈者：怎么到瑞金来的？
受访者：孩子爸爸{{han:揭国荣}}以前在木垒修公路，我们认识了，一三年结的婚，一八年跟他回了瑞金。前年他说去{{trap/place:东莞}}打工，走了就没消息，电话是空号。派出所立了案，也没找到。{{han:揭国荣}}他妈{{han:阙春娣}}说，就当他死了。
访谈者：孩子们呢？
受访者：儿子{{minority/kazakh:阿合江}}十岁，户口上是{{minority/kazakh:揭阿合江}}，在{{school:瑞金市象湖镇第三小学四年级（2）班}}。女儿{{minority/kazakh:沙依娜}}六岁，户口上是{{minority/kazakh:揭沙依娜}}，在{{school:象湖镇第三小学一年级（4）班}}。奶奶叫她{{minority/kazakh:娜妹}}，{{minority/kazakh:娜妹}}也学会了客家话。
访谈者：奶奶帮你带吗？
受访者：{{han:阙春娣}}七十一了，眼睛不好，可心好，每天给两个孩子煮饭。儿子生她的气，说她把爸爸藏起来了，她就哭。{{minority/kazakh:阿合江}}他脾气像他爸，倔。
访谈者：果厂的活是什么样的？
受访者：果子从山上拉下来，倒在传送带上，我们站在两边挑。烂的、有疤的挑出去，好的按大小分，打蜡、贴标、装箱。手一直泡在水里，冬天冷得钻心，戴了手套也没用，一天下来腿都是肿的。计件的，一箱几毛钱，手快的一天能挣两百多，我刚来的时候一天只挣六十。{{han:华姐}}说不要急，手熟了就快了，现在我一天能挣一百五。
访谈者：孩子爸爸走了以后，家里变了吗？
受访者：变了。{{minority/kazakh:阿合江}}以前爱笑，现在不爱说话，一听见摩托车响就跑到门口看。女儿那时候才四岁，不太记得爸爸了，看见照片还问这是谁。我晚上等孩子睡了，一个人坐着，想他到底去了哪里，是不是出了事。两年了，没有消息。我不恨他，我就想知道他是活着还是死了，好跟孩子有个交代。
访谈者：谁帮了你们？
受访者：社区的儿童主任{{han:朱丽清}}给两个孩子报了困境儿童，每月{{trap/number:九百七十元}}，我们娘几个也有了低保。{{han:朱丽清}}说，孩子爸爸失联满两年，可以去法院申请宣告失踪。法律援助中心的律师{{compound:闻人思齐}}帮我写了材料。社工{{compound:南宫语棠}}每周六带孩子做手工。果厂老板{{han:幸福生}}知道我家的事，让我中午回去给孩子做饭，{{trap/word:幸好}}有他。组长{{han:华姐}}，大名{{han:华月娥}}，教我挑果，哪个是一级果，哪个有疤。质检员{{han:要海燕}}要求严，一个果子有一点疤都不让过。
访谈者：老家那边呢？
受访者：我阿爸{{minority/kazakh:努尔旦·哈布力}}在木垒放羊，我阿妈{{minority/kazakh:克孜尔古丽}}有糖尿病。弟弟{{minority/kazakh:多斯别克·努尔旦}}每年秋天寄一箱奶疙瘩过来，孩子们拿来当糖吃。阿妈打电话总问我什么时候回去，她不知道孩子爸爸的事，我没敢说，怕她血压高。{{trap/place:赣州}}有个哈萨克姐妹叫{{minority/kazakh:阿丽米拉}}，在那边卖{{trap/minority_word:馕}}，过{{trap/minority_word:纳吾肉孜节}}我们两家一起过。
访谈者：孩子们习惯这边吗？
受访者：儿子说这边的冬天不下雪，不算冬天。女儿在这边出生的，什么都习惯。我教他们叫我{{trap/minority_word:阿帕}}，他们在外面还是叫妈妈。我给他们弹{{trap/minority_word:冬不拉}}，唱{{trap/famous:阿拜}}的歌，儿子说难听，女儿跟着唱。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，老师说他脑子灵，就是字写得丑。女儿刚上一年级，拼音学不会，我也不会，教不了她。我下班回来，她常常已经趴在桌上睡着了，作业本上湿了一片。社区请的大学生每周来两回，帮她读拼音。
访谈者：您自己呢？
受访者：手冻裂了，腰也疼。果季一过就没活，我就去饭店洗碗。前年冬天我发高烧，是{{minority/kazakh:阿丽米拉}}从赣州赶过来照顾了我三天，还给孩子们炸了{{trap/minority_word:包尔萨克}}。我不想回去，孩子的户口、学校都在这边。
访谈者：登记信息请您说一下。
受访者：住在{{address:瑞金市象湖镇绵江路西巷7号}}，老家是{{address:木垒县东城镇沈家沟村三组12号}}。我的身份证{{id_number@wy1989hyphen.652328}}，儿子的{{id_number@my2014.360781}}。电话{{mobile@s74}}，{{han:朱丽清}}的{{mobile@fullwidth}}。我的微信叫{{wechat:mahepali_mulei}}，儿子有个QQ，跟老家的表哥打游戏，号码写在作业本封面上：{{qq:59038176}}。
访谈者：名字在表上写得对吗？
受访者：五花八门。社区表上我是{{spaced:玛合帕丽 · 努尔旦}}，女儿是{{spaced:揭 沙 依 娜}}，儿子是{{spaced:阿 合 江}}，我弟弟寄东西的单子上写的{{spaced:多斯别克　努尔旦}}。
访谈者：最后还想说什么？
受访者：谢谢社区，谢谢{{han:朱丽清}}。
""")

# H1180: Yi father from 会理 who works on a quarry in 港口镇 (宁国), three fingers lost in an accident; his wife went
# back to 凉山 and he raises his son and daughter.
DOCS["H1180"] = ("family", """\
访谈者：大哥，您在这个石场干几年了？
受访者：五年了。我是{{trap/place:会理}}的彝族，叫{{minority/yi:吉克子石}}，前两个字是家支，后两个字是名字。老板登记的时候写成了{{minority/yi:吉子石}}，工友们叫我{{minority/yi:子石}}，汉名叫{{han:吉永福}}，是读小学时老师给起的。
访谈者：手是怎么伤的？
受访者：前年放完炮去清石头，上面滚下来一块，右手压了，三个指头没了。老板{{han:俞建平}}赔了钱，后来评了四级残疾，会理那边给我发两项补贴。现在我在{{trap/place:港口镇}}这个石场看地磅，钱少了一半。
访谈者：石场的活危险吗？
受访者：危险。放炮的时候人要躲到两百米外，有时候石头飞得比人还远。粉尘大，一天下来鼻孔里都是灰，咳出来的痰是黑的。我受伤以前一天能挣三百，现在看地磅一天一百二。老板说我一只手干不了活，本来不要我了，是{{han:詹红兵}}替我说了话。
访谈者：孩子妈妈呢？
受访者：{{minority/yi:沙马日呷}}在我受伤以后回了{{trap/place:凉山}}，说这日子过不下去，去年听说又嫁了。两个孩子跟着我。儿子{{minority/yi:吉克石且}}十一岁，学校的名字叫{{han:吉文昊}}，在{{school:宁国市港口镇中心小学四年级（1）班}}。女儿{{minority/yi:吉克阿莫}}七岁，我们叫她{{minority/yi:阿莫}}，学名{{han:吉雨欣}}，在{{school:港口镇中心小学一年级（3）班}}。{{minority/yi:阿莫}}她天天问妈妈什么时候回来。
访谈者：谁带你们出来的？
受访者：表哥{{minority/yi:马海拉则}}，他先在这边干，工友们叫他{{minority/yi:马拉则}}。一起的还有{{minority/yi:阿约伍沙}}、{{minority/yi:勒格伍各}}，都是会理的，晚上轮流帮我看孩子。我住院那一个月，两个孩子是{{minority/yi:马海拉则}}家里的嫂子带的。
访谈者：这边有谁帮你们？
受访者：镇上的儿童主任{{han:舒秀芳}}把两个孩子报成了困境儿童，每月{{trap/number:一千零四十元}}。民政办的{{han:鲍立群}}来我们工棚看过，说工棚太潮，帮我们找了镇上的公租房。儿子的班主任{{han:章小玲}}老师晚上给他补语文，{{han:章老师}}说他算数快。工伤的官司是法律援助的律师{{compound:澹台一鸣}}帮我打的，打了一年多。社工{{compound:公冶沐阳}}带两个孩子去{{trap/place:青龙湾}}看过一回水。石场的{{han:詹红兵}}是个好人，{{han:詹红兵}}他让我在磅房里给孩子搭了张桌子写作业。
访谈者：孩子们过得怎么样？
受访者：儿子话少，在学校被人笑，笑他爸少了三个指头。他跟人打了一架，{{han:章老师}}把两个都叫到办公室，后来那个同学来我家道了歉，现在两个人成了好朋友，星期天一起去河边钓鱼。女儿爱唱歌，会唱{{trap/famous:阿诗玛}}。过{{trap/minority_word:火把节}}的时候，我们几家在工棚外面烧火，做{{trap/minority_word:坨坨肉}}，孩子们披着{{trap/minority_word:擦尔瓦}}转圈。老家的叔叔{{minority/yi:吉伍尔布}}是{{trap/minority_word:毕摩}}，说等孩子大了回去给他们做个仪式。
访谈者：孩子们平时谁管？
受访者：早上我送他们到校门口再去石场，中午在学校吃。放学他们走到磅房来，在那张桌子上写作业，写完了我们一起回公租房。我认的字不多，作业看不懂，只能看他们写没写完。{{minority/yi:阿莫}}写字慢，一个字写半天，哥哥就在旁边催她。星期天我带他们去镇上买一块猪肉、一把青菜，回来煮一锅，够吃两天。
访谈者：孩子妈妈还联系吗？
受访者：过年打过一个电话，跟孩子们说了几句就哭了。儿子不接，躲到门外去。我不怪她，我的手成了这样，她一个女人在这里也没着落。我只跟孩子们说，你们阿妈没有不要你们，是大人的事。
访谈者：您的手现在还疼吗？
受访者：阴天下雨就疼，像有虫子在骨头里爬。夜里疼醒了，我就坐起来抽根烟，看着两个孩子睡觉，看一会儿就不疼了。医生说要做康复，可康复要去县城，一次一百多，我去了两回就没去了。
访谈者：您想回去吗？
受访者：想，可回去没活干。这边孩子能上学，老师也好。我就怕我的手再出事，两个孩子就没人了。
访谈者：登记信息请您说一下。
受访者：公租房在{{address:宁国市港口镇山门路6号公租房3栋104室}}，老家在{{address:会理县鹿厂镇大梁子村五组21号}}。我的身份证{{id_number@my1986quad.513425}}，儿子的{{id_number@my2013spaced.513425}}。电话{{mobile@s434}}，{{han:舒秀芳}}的{{mobile@p86h}}。我的微信{{wechat:jike_zishi86}}，儿子用我的旧手机上QQ，号码是他自己念给我的，我写在磅房的墙上：{{qq:381920574}}。
访谈者：名字在表上对吗？
受访者：乱。残疾证上是{{spaced:吉 克 子 石}}，工资单上是{{spaced:马海　拉则}}代领的，女儿的表上写成{{spaced:吉 克 阿 莫}}，儿子是{{spaced:吉克 石且}}。
访谈者：最后想说什么？
受访者：谢谢{{han:舒秀芳}}，谢谢{{han:章老师}}。我的手废了，心没废。
""")

# H1181: Han community worker in 西津街道 (宁国) reading out her list of children in distress.
DOCS["H1181"] = ("staff", """\
访谈者：您手上是哪个名单？
受访者：我们社区的困境儿童台账。我叫{{han:查慧敏}}，在{{trap/place:西津街道}}做了八年社区工作，孩子们叫我{{han:查姐}}。我一户一户念，您记。
访谈者：好。
受访者：第一户，{{han:和梓骞}}，男，十岁，{{school:宁国市津河小学四年级（2）班}}。爸爸{{han:和长青}}前年工地上摔下来，瘫在床上；妈妈走了。我跟{{han:和长青}}的姐姐谈过，孩子现在跟姑姑过，我和{{han:和秀芬}}每个月对一次账。住{{address:宁国市西津街道河沥东路33号2单元501室}}，孩子身份证{{id_number@my2015tri.341881}}。
访谈者：第二户？
受访者：第二户，{{han:向可馨}}，女，九岁，爸爸判了刑，在{{trap/place:合肥}}服刑。{{han:向可馨}}向老师借过好几回作业本，她奶奶说家里连本子都买不起。服刑人员子女补助每月{{trap/number:六百八十元}}。她奶奶{{han:向桂兰}}的电话{{mobile@plain}}。
访谈者：第三户？
受访者：第三户，{{han:都文涛}}，男，{{han:都文涛}}都十三了，个子还没他妹妹高，营养跟不上。爸妈都是聋哑人，办了残疾证，拿两项补贴。他在{{school:宁国市西津初级中学七年级（4）班}}。住{{address:宁国市西津街道竹林巷17号}}。
访谈者：第四户？
受访者：第四户，{{han:黄成就}}，男，八岁，名字是他爷爷起的，想他有出息。{{han:黄成就}}就住在他爷爷家，爸爸吸毒，在戒毒所。他爷爷{{han:黄有财}}七十多了，{{han:黄有财}}有低保，每天骑三轮车收废品，孩子放了学就坐在车斗里跟着。孩子身份证{{id_number@my2017hyphen.341881}}。
访谈者：第五户？
受访者：第五户是孤儿，{{compound:第五佳禾}}，女，十二岁。她姓第五，又正好排在第五户，我每回念到这儿自己都想笑。她爸妈出车祸走了，跟外婆{{han:俞秀菱}}过。孤儿基本生活费每月{{trap/number:一千五百四十元}}。她的身份证{{id_number@wy2012x.341881}}。
访谈者：第六户？
受访者：第六户是藏族的一家，爸爸{{minority/tibetan:泽郎俄尔}}在笋厂，两个女儿，{{minority/tibetan:周斯基}}和{{han:周雨萌}}，妈妈病故了。户口在{{trap/place:四川}}，低保在那边办，我们这边给做关爱。
访谈者：这家您常去吗？
受访者：常去。她们爸爸有时候上夜班，两个孩子晚上自己在家，我怕出事，每周去两回，看看门锁好没有、煤气关了没有。大的很懂事，作业写完了还教妹妹。
访谈者：还有别的吗？
受访者：还有两户是留守的。{{han:章也青}}也在这个名单上，十一岁，爸妈在{{trap/place:杭州}}打工，跟爷爷过。还有{{han:郎家能}}，能不能算困境儿童，我们还在评估，他妈妈有精神病。
访谈者：这些孩子是怎么发现的？
受访者：有的是学校报上来的，有的是邻居说的，也有家长自己来社区问的。{{han:都文涛}}那户是我入户走访碰到的，大冬天孩子穿着拖鞋在门口洗碗，我进门一看，爸妈比划着说话，才知道是聋哑人。回来我翻了政策，给他们报了两项补贴，又报了困境儿童。第一个月钱到账那天，他妈妈拉着我的手比划了半天，我看懂了，是谢谢。
访谈者：您平时怎么跟这些家庭联系？
受访者：能打电话的打电话，能上门的就上门。老人多，不会用微信，我就每个月跑一趟。暑假社区开个小课堂，请大学生来辅导作业。过年社区给每户送一桶油、一袋米，还有孩子们的新书包。有些孩子的爸妈在外地，我就在视频里让他们看看孩子，让他们放心。
访谈者：这么多户，您怎么跟？
受访者：我跟同事{{compound:东门雨薇}}分片，她跟前三户，我跟后面的。街道民政科的{{han:胡礼让}}让我们每月报一次台账，县里督导{{compound:万俟立诚}}每季度下来抽查。社工站派来的{{compound:左丘芷若}}给{{han:和梓骞}}做个案，孩子以前不说话，现在会跟她开玩笑了。有时候要{{trap/word:查询}}户口、核对收入，一个人要跑好几个单位。
访谈者：台账上的名字都写对了吗？
受访者：有错的。{{spaced:第 五 佳 禾}}被系统拆开了；{{spaced:向　可　馨}}中间全是空格；{{spaced:都文 涛}}；藏族孩子写成了{{spaced:斯 基 卓 玛}}。年底要一起改。
访谈者：联系方式呢？
受访者：我的工作微信{{wechat:zhahm_xijin2016}}，{{han:俞秀菱}}的电话{{mobile@spaced}}，{{han:胡礼让}}的电话{{mobile@plus86dash}}。{{han:黄成就}}的QQ是他爷爷的手机注册的：{{qq:７４０２９１６５８}}。
访谈者：这份工作最难的是什么？
受访者：最难的是孩子心里的事。钱的事好办，政策都有，孩子心里的结，要一点一点解。有个孩子跟我说，{{han:查姐}}，你比我妈还亲，我听了心里不是滋味。孩子要的不是我，是他自己的爸妈。下回开会，我还要把{{han:郎家能}}报上去。
""")

# H1182: Han 儿童主任 in 沙洲坝镇 (瑞金) who keeps up with the children on QQ and with their parents on WeChat.
DOCS["H1182"] = ("staff", """\
访谈者：您当儿童主任几年了？
受访者：六年了。我叫{{han:阙晓红}}，{{trap/place:沙洲坝镇}}元太村的。我们村离{{trap/place:红井}}不远，{{trap/famous:毛泽东}}住过的地方，来参观的人多，可村里的困难孩子也不少。
访谈者：您跟孩子们怎么联系？
受访者：孩子们用QQ，大人用微信。我手机上一个QQ、两个微信，一个私人的，一个工作的。工作微信是{{wechat:quexh_szb}}，家长有事都找这个。
访谈者：为什么孩子们用QQ不用微信？
受访者：孩子们说微信是大人用的，QQ上有游戏，有空间，好玩。我就跟着他们用。我跟他们说，QQ上有陌生人加你，要你钱、要你照片，千万别理。去年真有个孩子被骗了，说是给游戏充值，把他奶奶的养老钱转走了八百块。我带他去派出所报了案，钱没追回来。后来我在群里天天发防骗的提醒，孩子们嫌我烦，说主任你又来了。
访谈者：先说说哪个孩子？
受访者：先说{{han:温俊杰}}，十二岁，{{school:瑞金市沙洲坝学校六年级（3）班}}。爸爸{{han:温冬生}}因为盗窃判了四年，妈妈改嫁去了{{trap/place:福建}}。{{han:温俊杰}}跟着爷爷{{han:温石发}}。孩子的QQ是{{qq:2057319846}}，他晚上睡不着就给我发一个月亮。过年我带他去监狱见过他爸一回，他爸让他好好读书，他点头，一句话没说。爷爷不会用手机，我就加了他小叔{{han:温春林}}的微信{{wechat:wenchunlin_1988}}。天冷了我就在群里提醒，注意{{trap/word:温度}}，别让孩子穿单衣。
访谈者：第二个？
受访者：第二个是{{han:曾梓涵}}，女，七岁，脑瘫，四肢都不灵。{{trap/word:曾经}}送到赣州做康复，现在在家。残疾人两项补贴每月{{trap/number:二百四十元}}，加上困境儿童的补贴。她妈妈{{han:肖冬梅}}在家照顾她，{{han:肖冬梅}}她的微信是{{wechat:xdm_zeng_2016}}，我每周在微信上跟她视频一次。{{han:曾梓涵}}的爸爸{{han:曾宪有}}在工地上，{{han:曾宪有}}有空就回来。
访谈者：第三个？
受访者：第三个是个孤儿，叫{{han:有小满}}，男，十岁，姓有，大家都以为我写错了。他爸妈都是肝病走的，现在跟舅舅{{han:邱长根}}过，舅舅家里也穷。孤儿基本生活费按月打到孩子卡上。{{han:有小满}}的QQ{{qq:839106572}}，他喜欢在QQ空间里写日记，写他想吃他妈包的艾米果，说以后要当医生，治肝病。村里的人叫他{{han:满牯}}。
访谈者：第四个？
受访者：第四个是留守的，{{han:兰细妹}}，九岁，爸妈在{{trap/place:深圳}}，她跟奶奶过。学校里老师叫她{{han:兰思琪}}，那是她的大名，{{han:兰细妹}}是小名。她奶奶耳朵背，我打电话她听不见，只好跑过去。奶奶种了几亩脐橙，果子熟了，{{han:兰细妹}}放学就去果园里帮着摘。{{han:兰思琪}}的QQ号她一个一个数字写给我：{{qq:３０６８１５２９４７}}。
访谈者：谁跟您一起做？
受访者：镇上社工站的{{compound:梁丘星澜}}每月来两次，她同事{{compound:公良秋实}}带孩子们做手工。学校心理老师是{{compound:乐正明轩}}，去年才分来的。镇民政办的{{han:衷建华}}管审核，我把材料报给{{han:衷建华}}，他再报到{{trap/org:瑞金市民政局}}。孩子们有个QQ群，群号{{trap/number:714026385}}，里面都是我们村的孩子。
访谈者：平时多久去一趟孩子家？
受访者：每个孩子每月至少一趟，{{han:曾梓涵}}家一周一趟。下雨天路滑，我骑电动车摔过两回，膝盖上到现在还有疤。去了也不光是问，看看孩子吃的什么、睡的什么床、作业写了没有，有时候帮老人挑水、晒被子。我让{{han:温俊杰}}每次考完试都把卷子拍给我，他考好了我就在QQ上给他发个大拇指。
访谈者：您家里人支持吗？
受访者：我老公开始有意见，说我一天到晚拿着手机，不是回这个就是回那个。后来他跟我去了一趟{{han:曾梓涵}}家，看到孩子躺在床上一动不能动，回来就不说话了。现在他有空就帮村里的孩子修自行车。我女儿读高中，她说长大了也要当社工。
访谈者：名单上的名字写对了吗？
受访者：错了几个。{{spaced:温 俊 杰}}被写开了，{{spaced:曾　梓　涵}}是全角空格，{{spaced:梁 丘 星 澜}}被当成了梁姓，{{spaced:乐　正　明　轩}}也一样。
访谈者：联系电话呢？
受访者：我的电话{{mobile@p86n}}，{{han:肖冬梅}}的{{mobile@h38}}，{{han:邱长根}}的{{mobile@spaced}}。{{han:温俊杰}}的身份证{{id_number@my2013.360781}}，{{han:有小满}}的{{id_number@my2015fwspaced.360781}}。
访谈者：您觉得最难的是什么？
受访者：最难是孩子半夜发QQ来说想爸爸，我不知道怎么回。后来我就回一句：明天放学来我家吃饭。第二天他真来了，吃了两碗。走的时候他跟我说，{{han:阙姨}}，你做的饭跟我妈做的一个味道。
""")

# H1183: Han uncle in 中溪镇 (宁国) raising the boy of his dead sister; the boy's father is in prison.
DOCS["H1183"] = ("family", """\
访谈者：大叔，这孩子是您外甥？
受访者：是，我姐的儿子。我叫{{han:洪宝根}}，在{{trap/place:中溪镇}}种山核桃。我姐{{han:洪秀莲}}前年得乳腺癌走了，孩子他爸{{han:笪永强}}因为赌博欠债，去抢人家的钱，判了七年，关在{{trap/place:宿州}}。孩子没人要，我就接过来了。
访谈者：孩子多大了？
受访者：十一岁，叫{{han:笪子墨}}，我们喊他{{han:墨伢}}，在{{school:宁国市中溪中心小学五年级（2）班}}。{{han:墨伢}}话少，喜欢画画，画得好。他妈在的时候天天送他去学画，现在没钱学了，{{han:宛老师}}免费教他，说这孩子有灵气。
访谈者：孩子刚来的时候怎么样？
受访者：天天晚上做噩梦，喊妈妈。我睡他隔壁，听见了就过去拍拍他。他不吃饭，一碗饭扒两口就放下。我妈说孩子心里苦，让他慢慢来。我们也不逼他，他想画就让他画。有一天他画了一张画，一个女人站在山核桃树底下，他说那是他妈。我把那张画贴在堂屋墙上，到现在还在。
访谈者：家里其他人呢？
受访者：我老婆{{han:叶春霞}}开始不乐意，说自己家两个孩子都顾不过来。后来{{han:叶春霞}}她也心软了，给孩子买新衣服比给自己孩子买得还多。我妈{{han:程桂仙}}八十了，{{han:程桂仙}}就让孩子睡她屋里。
访谈者：补助都办了吗？
受访者：办了。一个走了，一个坐牢，镇上说这叫事实无人抚养儿童，每月{{trap/number:一千二百九十元}}。是村里儿童主任{{han:许美玉}}跑的，她先拿来一张表，叫我签字，又找派出所开证明。镇民政办的{{han:江海舟}}来家里看过，说材料齐了。我不识几个字，有什么表格都找{{han:许美玉}}。{{han:许美玉}}说，要是{{han:笪永强}}出来了，还得重新审。
访谈者：家里经济怎么样？
受访者：紧。山核桃一年卖三四万，好年景多一点，差年景少一点。我家两个孩子，一个读高中、一个读初中，再加上他，三个读书的。补助到了我一分不动，给他存着，买书、买画笔、交资料费。我老婆在镇上开个小卖部，也就够个油盐钱。去年山核桃价钱掉了，我去县城工地上干了两个月小工。
访谈者：还有谁帮过？
受访者：县里法律援助的律师{{compound:鲜于文韬}}帮我办了监护人变更，以后孩子的事我能签字了。社工{{compound:司空念慈}}每个月来，带孩子去看过一次他爸，隔着玻璃，孩子一句话都没说，回来在车上哭了一路。学校的{{compound:宗政皓宇}}老师管心理辅导。
访谈者：村里对你们怎么样？
受访者：好。村支书{{han:才德全}}才上任一年，听说了我家的事，过年带着米和油上门，还说孩子以后上高中、上大学，村里帮着找助学金。谁家杀了年猪，都给孩子留一碗。有一回孩子发烧，我在山上，是隔壁的{{han:还长生}}还没吃晚饭就骑车送他去了卫生院。我回来要给他钱，他说你这是骂我。
访谈者：孩子知道他爸的事吗？
受访者：知道。他说不想他爸，可他把他爸寄来的信都藏在枕头底下。我看过一封，他爸写：儿子，爸爸对不起你。字写得歪歪扭扭。有一回他问我，舅舅，我爸出来了还会要我吗。我说会的，可你要是愿意，就一直住舅舅家。他爸那边的亲戚，一个都没来过。
访谈者：您自己忙得过来吗？
受访者：山核桃打下来那一个月最忙，天不亮上山，天黑才下来。孩子放学就去他舅妈的小卖部写作业。晚上他坐在门口看我剥山核桃，有时候也帮着剥，手指头染得黑黑的。{{trap/word:洪水}}那年我们家的路冲断了，孩子在学校住了一个礼拜，是{{han:宛老师}}管的饭。我常跟他说，{{trap/famous:李白}}来过我们宣城，写过敬亭山，你也画一画我们这里的山。
访谈者：登记信息请您说一下。
受访者：家在{{address:宁国市中溪镇石门村七组26号}}，孩子户口也迁过来了。我的身份证{{id_number@mmid.341881}}，孩子的{{id_number@my2014x.341881}}。我电话{{mobile@plus86spaced}}，{{han:许美玉}}的电话{{mobile@fws}}。我的微信{{wechat:hongbg_shanhetao}}，孩子有个QQ，说跟同学交作业，号码他写在我的账本最后一页：{{qq:65172089}}。
访谈者：表上的名字有错吗？
受访者：有。监狱寄来的单子上孩子写成{{spaced:笪 子 墨}}，我的名字写成{{spaced:洪宝 根}}，社工的名字写成了{{spaced:司 空 念 慈}}，我以为是个和尚。
访谈者：您对孩子有什么盼头？
受访者：盼他好好读书，把画画下去。他妈临走前拉着我的手说，哥，{{han:墨伢}}交给你了。我答应过她的。我这个人没什么本事，就一句话，孩子在我家一天，就有他一碗饭。我叫{{han:洪宝根}}，说话算数。
""")

# H1184: Han village doctor in 壬田镇 (瑞金) on the children in distress of his villages.
DOCS["H1184"] = ("staff", """\
访谈者：您在村卫生室多少年了？
受访者：三十一年了。我叫{{han:危志华}}，{{trap/place:壬田镇}}凤岗村的村医，老人还叫我{{trap/word:郎中}}，小孩叫我{{han:危伯}}。
访谈者：您接触的困境孩子多吗？
受访者：多。先说{{han:凌小龙}}，十岁，先天性心脏病，做过一次手术，还要做第二次。他爸{{han:凌火生}}在外面打工摔断了腰，家里全靠他妈{{han:宋金秀}}，她一个人种了六亩烟叶，累得腰都直不起来。手术钱是大病救助加上{{trap/org:中华慈善总会}}出的。{{han:凌小龙}}在{{school:瑞金市壬田镇中心小学四年级（3）班}}，体育课都不能上。
访谈者：第二个？
受访者：第二个是{{han:揭梦瑶}}，女，六岁，唐氏综合征，二级智力残疾，领残疾人两项补贴。孩子不会说话，可认得我，见了我就笑，伸手要糖。她爸妈离了婚，都不要她，现在跟爷爷奶奶，按事实无人抚养在报。爷爷{{han:揭炳南}}今年七十八，有{{trap/word:危险}}的时候，比如孩子发烧抽筋，他半夜抱着孩子跑来敲我的门，鞋都穿反了。
访谈者：第三个？
受访者：第三个是{{han:幸家旺}}，十三岁，在{{school:壬田中学七年级（2）班}}。爸爸{{han:幸金发}}跟人打架伤了人，判了三年，妈妈跑了。孩子跟着奶奶，奶奶有高血压，我每周给她量一回。孩子以前常打架，村里人叫他{{han:旺牯}}，说他野。现在好些了，班主任{{han:凌春燕}}老师管得严。他现在放了学常到卫生室来，帮我扫地、递东西，说以后也想当医生。
访谈者：这些孩子常生什么病？
受访者：感冒发烧、拉肚子最多，夏天有人被蛇咬。困境家庭的孩子病了常常拖，大人不在家，老人不当回事，拖成肺炎才送来。还有牙，好多孩子一口虫牙，爷爷奶奶惯着，天天给零食吃。我现在每学期去学校讲一次课，教孩子们刷牙、洗手，讲怎么防溺水。孩子们听得认真，回家还教他们奶奶。
访谈者：孩子们怕打针吗？
受访者：怕，一进门就哭。我抽屉里常备着糖，打完一人一颗。{{han:旺牯}}小时候打针，三个大人按都按不住，现在他给小的讲，打针不疼，忍一下就过去了。
访谈者：谁在跟这些孩子？
受访者：村里的儿童主任是{{han:华秀清}}，大家喊她{{han:清嫂}}，{{han:清嫂}}每户每月至少跑一趟。镇卫生院的{{compound:濮阳素琴}}医生每季度下来给孩子们体检。社工站的{{compound:太史家骏}}和{{compound:亓官若兰}}轮流来，志愿者{{compound:羊舌静姝}}在暑假开了个课堂。市里的儿科专家{{compound:西门晓苇}}来义诊过，给{{han:凌小龙}}看了片子。
访谈者：您自己做些什么？
受访者：量体温、打针、送药，有时候就是去坐坐。这些孩子家里大人不在，有个熟人去看看也好。我给每家留了电话，{{han:揭炳南}}他不识字，我把电话写成大字贴在他床头。孩子病了我先看，看不了就叫车送{{trap/org:瑞金市人民医院}}。
访谈者：有没有让您难过的？
受访者：有。去年冬天{{han:揭梦瑶}}肺炎，烧到四十度，她爷爷抱着她走了两里路来卫生室。我一边打针一边想，这孩子要是有爸妈在，不至于这样。
访谈者：当村医挣得多吗？
受访者：不多。公共卫生补助加上看病的钱，一个月三千来块。我儿子在{{trap/place:广州}}，叫我过去带孙子，我没去。我走了，这些老人孩子找谁呢。晚上十二点有人敲门，我也得起来。
访谈者：这些年村里变化大吗？
受访者：大。路修好了，房子也盖新了，可年轻人都出去了，村里剩下老人和孩子。以前村小学有两百多个学生，现在并到镇上，村里的学校空着。孩子们每天坐校车去镇上，早上六点半就要出门。我看着这些孩子长大，有的考上了大学，有的出去打工，也有的走了歪路。我不求他们个个有出息，只求他们平平安安。
访谈者：登记的联系方式呢？
受访者：卫生室在{{address:瑞金市壬田镇凤岗村上屋组23号}}，{{han:揭炳南}}家在{{address:壬田镇凤岗村下屋组8号}}。{{han:揭梦瑶}}的身份证{{id_number@wy2019.360781}}，{{han:揭炳南}}的{{id_number@mold.360781}}。我的电话{{mobile@plus86}}，{{han:清嫂}}的{{mobile@hyphen}}。我的微信{{wechat:weizh_cunyi1970}}，{{han:幸家旺}}的QQ{{qq:１９５８２０７３６}}。
访谈者：名单上的名字有错吗？
受访者：有。{{spaced:濮 阳 素 琴}}被写开了，{{spaced:太 史 家 骏}}也是，{{spaced:揭　梦　瑶}}是全角空格。
访谈者：您还有什么想说的？
受访者：我年纪大了，再干几年就干不动了。村里得有个年轻医生接班，这些孩子不能没人管。去年来了个实习的，干了三个月走了。我现在最放心不下的是这些孩子，最放心的，还是{{han:清嫂}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1177,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout148",))


if __name__ == "__main__":
    main()
