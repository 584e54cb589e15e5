# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 162 (tests/pii/holdout162/H1281-H1288 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 163, written at the same time, is not
an earlier set).

Set 162 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
昌邑 and 乐陵 (Shandong): a Mongolian mother from 苏尼特左旗 who sews car-seat covers in a workshop in 奎聚街道
(昌邑), her husband in a wheelchair since a loader overturned at a salt works; a Kham Tibetan father from 石渠 who
unloads jujubes at a factory in 乐陵 and raises his son alone since his wife died; a Kazakh grandfather from 吉木乃
raising his two granddaughters in 都昌街道 (昌邑) after his son died on the road and their Han mother remarried in
青岛; a Yi mother from 喜德 who winds silk at a mill in 柳疃镇 (昌邑), her husband killed on a building site, her
daughter with her and her son with her mother in 喜德; a Han community worker in 市中街道 (乐陵) reading out her list;
a Han 儿童主任 in 围子街道 (昌邑) who keeps up with the children on QQ and their parents on WeChat; a Han uncle in
饮马镇 (昌邑) raising the daughter of his sister, who is in prison; and a Han village doctor in 朱集镇 (乐陵) who
looks after sick and disabled children. The emphasis is on forms where a replacement might cover only part of a
name, in a mix rather than one trick: Mongolian names of 苏尼特 used whole (额布勒塔娜, 巴德玛花, 鄂日乐, 乌日古娜)
and with short forms and a nickname (乌吉莫格日勒 then 乌吉莫, 赛因毕力格 then 赛因他, 查苏图雅 then 查苏也, 桑吉玛
then 桑吉, 吉格米德 then 小米德), a Han surname before a Mongolian given name (宝吉格米德) beside the Han names and the
form of address of the same family (宝志刚, 宝欣悦, 宝嫂); Kham Tibetan names of 石渠 (四郎夺吉, 向秋麦朵 whose first
syllable is the surname 向, 更呷彭措, 昂翁生龙, 秋英拉姆, 呷日多吉) with short forms and a nickname (更呷他, 麦朵她,
老四 made from 四郎), a Han surname before a Tibetan given name (向更呷, the mother's first syllable made a surname by
the school) and the Han name of the same boy (向沐阳), beside a legendary hero whose name holds the father's (杨四郎);
Kazakh given name + father's name with the dot, with another dot (江娜尔•叶尔肯) and with spaces around it
(卡力玛 · 叶尔肯), single and short forms (木拉提, 卡力玛, 江娜尔她, 托克塔尔汗, 腾古丽, 沙依拉西, 达尔汗) and a nickname
made from the given name (巴大爷), a Han surname before a Kazakh given name (禚江娜尔, the mother's surname on the
kindergarten list) and the Han name of the elder girl (禚雨萱); Yi clan + given name (沙马尔呷, 俄木拉且, 俄木依莫,
俄木日体, 海来日古, 吉伍石且, 勒格尔作, 马海伍沙, 阿的曲则), a given name used alone (日体他) and a Han surname taken
from the clan before the given name (沙尔呷, 吴依莫) beside the Han form of address and the Han name of the same people
(沙姐, 吴欣怡); Han names with common and rare surnames of the region (仉, 鹿, 解, 修, 车, 官, 昝, 郜, 门, 檀, 靳, 禚,
滕, 訾, 宫, 卜, 邴, 隗, 甄, 房, 樊, 胥, 邸, 冉, 鲍, 綦, 蔺, 苑, 冷, 牟, 迟, 鞠, 巩, 岳, 郝, 商, 谭, 姜); surnames that are
also ordinary words, and given names that end in one, next to grammar words (和桂芝和她老伴, 也春红也是, 才红梅才二十九,
能凤芝能干, 还玉梅还在, 让把春雨把表带回去, 都玉珍 then 都五十了, 有凤兰有空, 要春霞要她, 向德福向俺要, 邸德厚才是,
还晓静还小, 冉小雨被) beside ordinary words that start with a surname character of the voices (车间 beside 车秀娥,
解决 beside 解振东, 房子 beside 房小满, 姜窖, 有才 beside 邸有才); names that contain words (甄美丽, 才红梅, 把春雨,
房小满, 邸有才, 要明山, 岳长水, 鞠长岭); titles and kin words after names (修春梅大夫, 郜凤霞大姐, 檀雪莹老师,
宫晓彤老师, 滕卫华大夫, 邴晓雪老师; the span is the name only), a surname with only a title or kin word, annotated
whole (宝嫂, 沙姐, 隗厂长, 胥所长, 胥二嫂, 郜老师, 宫校长, 綦主任, 仉老汉, 都姐, 迟大姐, 谭老师, 巩老太, 门主任, 岳支书),
Shandong pet names and forms of address, annotated whole (妍妍, 小檬, 迟老三); names directly before particles,
pronouns and verbs (赛因他, 更呷他, 麦朵她, 车秀娥她, 江娜尔她, 日体他, 樊德江他, 岳长水他, 靳大壮他, 迟老三他) and after
叫/是/给/跟/找/让/和 (叫赛因毕力格, 是宝志刚, 给小米德, 跟商玉兰, 找慕容安澜, 让把春雨, 鲍文硕和鲍文涛), and names
closing the last sentence (头一个要去谢的是鹿晓岚。, 头一个是和桂芝。, 最该谢的是迟凤英。, 是樊秀云。); names spaced
out character by character in half- and full-width spaces (乌 吉 莫 格 日 勒, 宝 吉 格 米 德, 四 郎 夺 吉, 向 秋 麦 朵,
巴 依 木 拉 提, 禚 江 娜 尔, 沙 马 尔 呷, 俄 木 拉 且, 呼 延 春 和, 更 呷 彭 措, 皇 甫 晓 燕, 诸 葛 晴 川, 东 方 念 慈,
檀　浩　宇, 迟　欣　妍, 商　子　轩), a dotted name with spaces around the dot (卡力玛 · 叶尔肯) and names split in two
(查苏　图雅, 赛因 毕力格, 更呷　彭措, 沙依 拉西, 俄木　日体, 房小 满, 还晓 静, 南宫　向晨, 要春 霞, 岳美 琪); compound
surnames after ordinary words (淳于, 即墨, 夏侯, 上官, 公孙, 轩辕, 司马, 欧阳, 令狐, 呼延, 端木, 宗政, 皇甫, 南宫,
慕容, 诸葛, 万俟, 东方), beside a famous man of one of them (东方朔); and numbers read out and written the many ways
people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:仉德旺}}``, ``{{qq:38164027}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1986tri.152523}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 大姐) and a particle, pronoun or
verb written directly after a name (他, 她, 也, 才, 都, 还, 能, 要, 向, 和, 被, 有, 把, 说) are outside the span; a
surname with only a title or kin word (宝嫂, 胥所长, 巩老太, 都姐) and a Shandong pet name or form of address (妍妍,
小檬, 迟老三) are annotated whole, and so are nicknames made from a non-Han name (老四, 小米德, 巴大爷; category
minority). Han-style names of Mongolian, Tibetan, Kazakh and Yi people (宝志刚, 宝嫂, 向沐阳, 禚雨萱, 沙姐, 吴欣怡) are
category han; a Han surname before a non-Han given name (宝吉格米德, 向更呷, 禚江娜尔, 沙尔呷, 吴依莫) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout162/make_holdout162.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(162_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "135", "138", "139", "150", "152", "157", "159", "175", "182", "183", "187", "188",
                   "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1281: Mongolian mother from 苏尼特左旗 who sews car-seat covers in a workshop in 奎聚街道 (昌邑); her husband is in
# a wheelchair since a loader overturned at a salt works.
DOCS["H1281"] = ("family", """\
访谈者：大姐，您在这个作坊里做什么活？
受访者：缝汽车座套，真皮的、亚麻的都做。我叫{{minority/mongolian:乌吉莫格日勒}}，老家在{{trap/place:苏尼特左旗}}。作坊里的人嫌我名字长，喊我{{minority/mongolian:乌吉莫}}，也有跟着我男人的姓喊{{han:宝嫂}}的。来{{trap/place:昌邑}}四年了，作坊在{{trap/place:奎聚街道}}，老板{{han:仉德旺}}是本地人。{{han:仉德旺}}说我的针脚比{{trap/word:车间}}里谁都匀。
访谈者：您爱人怎么了？
受访者：我男人叫{{minority/mongolian:赛因毕力格}}，身份证上的汉名是{{han:宝志刚}}。以前在{{trap/place:查干淖尔}}的盐场开铲车，一八年铲车侧翻，压坏了腰椎，现在坐轮椅。{{minority/mongolian:赛因}}他手还巧，在家帮我剪线头、翻座套。
访谈者：孩子们多大？
受访者：俩。闺女{{minority/mongolian:查苏图雅}}十三，学名{{han:宝欣悦}}，在{{school:昌邑市潍水路中学初一（5）班}}；儿子{{minority/mongolian:吉格米德}}九岁，花名册上写的{{minority/mongolian:宝吉格米德}}，同学叫他{{minority/mongolian:小米德}}，在{{school:奎聚街道东环路小学三年级（2）班}}。{{minority/mongolian:查苏}}也懂事，放学先给她爸翻身擦背，再写作业。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:鹿晓岚}}给俩孩子报了困境儿童，我男人有残疾证，拿两项补贴，合下来一个月{{trap/number:一千零七十元}}。街道民政上的{{han:解振东}}入户核过三回，说{{trap/word:解决}}不了的就往市里报。社工站的{{compound:淳于梦瑶}}每周来给{{minority/mongolian:小米德}}补语文，跟她一块儿来的还有{{compound:即墨清和}}，教闺女画画。我男人的康复是{{trap/org:昌邑市人民医院}}的{{han:修春梅}}大夫在管。
访谈者：作坊里的人对您怎么样？
受访者：好着呢。组长{{han:车秀娥}}知道我家离不开人，让我把活拿回家做，按件算钱。作坊夏天闷得很，七八台缝纫机一起响，说话得喊；冬天手冻裂了，皮子划一下就出血，我缠上胶布接着缝。缝沙发套的{{han:官玉芹}}给孩子织过毛衣。我妹妹{{minority/mongolian:桑吉玛}}前年来住了半年，帮我照看她姐夫，{{minority/mongolian:桑吉}}走的时候俩孩子哭了一路。
访谈者：想家吗？
受访者：想。春天我老梦见{{trap/minority_word:敖包}}，梦见我额吉挤奶。过年我做{{trap/minority_word:奶豆腐}}，孩子们不爱吃，爱吃这边的{{trap/word:煎饼}}卷大葱。我男人喝两口酒就唱{{trap/famous:成吉思汗}}的歌，唱着唱着就不唱了。
访谈者：您一天干多少活？
受访者：早上六点起来给男人擦洗，七点送孩子，回来就踩缝纫机，一个座套八块钱，一天做二十来个。晚上孩子睡了我还得做，眼睛熬得通红。{{han:车秀娥}}她说你别拼命，我说不拼不行，房租一个月九百。
访谈者：您爱人在家一天怎么过？
受访者：他闲不住。早上我走了，他就摇着轮椅到窗户跟前，把我拿回来的座套一个个翻过来，线头剪干净。中午自己热饭，热不了就饿着等我。刚出事那年他不想活，把药攒起来，让闺女发现了。闺女哭着给社区打电话，人家半夜跑过来，陪他坐到天亮。后来社区给他找了个在网上看监控的活，一个月挣几百块，他说总算不是光吃闲饭了。
访谈者：老家那边还有人吗？
受访者：婆婆{{minority/mongolian:额布勒塔娜}}在嘎查里，八十了，一个人守着几十只羊。她不会说汉话，每回视频都是闺女给翻译。去年夏天我带孩子回去了一趟，{{minority/mongolian:小米德}}头一回骑马，摔下来又爬上去，他奶奶笑得合不拢嘴。嘎查达{{minority/mongolian:鄂日乐}}说，你们在外头要是过不下去了，就回来，草场还给你们留着。
访谈者：您想过回去吗？
受访者：想过。可回去了孩子上学远，我男人看病也远，这边医院近，康复也方便。再说座套这活老家没有。作坊里还有个从{{trap/place:锡林浩特}}嫁过来的{{minority/mongolian:巴德玛花}}，我们俩说蒙古话，别人听不懂，还当我们在说他们坏话。
访谈者：登记表上的信息请您说一下。
受访者：这边租的房在{{address:昌邑市奎聚街道文山社区利民路17号2单元101室}}，老家在{{address:苏尼特左旗满都拉图镇巴彦乌拉嘎查二组8号}}。我的身份证{{id_number@wy1986tri.152523}}，我男人的{{id_number@my1983fwhyphen.152523}}。我电话{{mobile@s434}}，{{han:鹿晓岚}}的电话{{mobile@hyphen}}。闺女有QQ，班里传作业用，号码她拿红笔写在我的剪线板上：{{qq:５０７３９１８２６}}。我的微信{{wechat:ujim_zuotao86}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。低保表上我成了{{spaced:乌 吉 莫 格 日 勒}}，闺女写成{{spaced:查苏　图雅}}，儿子是{{spaced:宝 吉 格 米 德}}，我男人被写成{{spaced:赛因 毕力格}}。
访谈者：您最盼什么？
受访者：盼孩子们念出书来，别像我这样一辈子低着头踩缝纫机。闺女说她想当医生，给她爸治腰；儿子说想开大车，跑遍全中国，回苏尼特把奶奶接来。我男人说，等他能自己推着轮椅上街了，头一个要去谢的是{{han:鹿晓岚}}。
""")

# H1282: Kham Tibetan father from 石渠 who unloads jujubes at a factory in 乐陵, raising his son alone since his
# wife died.
DOCS["H1282"] = ("family", """\
访谈者：大哥，您在枣厂干了多久了？
受访者：三年多，专门卸车、扛枣包。我叫{{minority/tibetan:四郎夺吉}}，老家{{trap/place:石渠}}，在{{trap/place:雅砻江}}的源头上。厂里的人念不顺我的名，都喊我{{minority/tibetan:老四}}，老板{{han:昝庆丰}}开玩笑叫我{{trap/famous:杨四郎}}，说我一个人顶俩。
访谈者：怎么想到来{{trap/place:乐陵}}？
受访者：孩子他妈{{minority/tibetan:向秋麦朵}}前年得了包虫病，在{{trap/place:成都}}住了半年院，还是走了。治病借了二十来万。同村的{{minority/tibetan:昂翁生龙}}在这边枣厂干过，说卸车按吨算钱，我就带着儿子来了。
访谈者：儿子多大了？
受访者：十岁，叫{{minority/tibetan:更呷彭措}}，我喊他{{minority/tibetan:更呷}}。学籍上要有汉姓，老师就拿他妈名字的头一个字，给他写成{{minority/tibetan:向更呷}}，汉名叫{{han:向沐阳}}。在{{school:乐陵市枣城路小学四年级（3）班}}。{{minority/tibetan:更呷}}他刚来一句汉话不会，现在一张嘴就是“俺”“恁”。
访谈者：您上班的时候孩子谁管？
受访者：房东{{han:和桂芝}}和她老伴，住楼下。{{han:和桂芝}}把孩子接回家吃饭，教他包包子。社区的儿童主任{{han:郜凤霞}}大姐给我们报了低保，孩子算困境儿童，每月另有{{trap/number:六百八十元}}。街道民政的{{han:门德良}}跑了好几趟，把石渠那边的证明调过来。班主任{{han:檀雪莹}}老师每天留{{minority/tibetan:更呷}}补半小时拼音。社工站派来的叫{{compound:夏侯嘉禾}}，每周带他去{{trap/org:乐陵市图书馆}}看书；法律援助的律师{{compound:上官芷若}}帮我要回过一回欠薪。
访谈者：老家还有谁？
受访者：我阿妈{{minority/tibetan:秋英拉姆}}七十了，跟我弟弟{{minority/tibetan:呷日多吉}}放牦牛。冬天零下三十度，她天天去转{{trap/minority_word:玛尼堆}}。她的腿冬天疼，弟弟骑摩托带她去乡卫生院，一趟要走两个钟头。孩子想奶奶，视频里一见面就哭。
访谈者：孩子过得怎么样？
受访者：他爱跳{{trap/minority_word:锅庄}}，六一在学校台上跳了一段。他想他妈，晚上攥着他妈的{{trap/minority_word:嘎乌}}睡。{{minority/tibetan:麦朵}}她走的时候他才七岁。我给他讲{{trap/famous:格萨尔}}的故事，他问格萨尔王能不能把妈妈找回来，我答不上来。
访谈者：您一个人带孩子，最难的是什么？
受访者：做饭。在老家都是他妈做，我就会烧茶、煮肉。刚来那阵子天天下挂面，孩子吃得脸都黄了。房东大娘看不下去，手把手教我炒土豆丝、擀面条。现在我会做七八个菜了，孩子最爱吃西红柿炒鸡蛋。还有开家长会，老师说的话我一半听不懂，回来问孩子，孩子说爸你别管了，我自己知道。
访谈者：孩子跟同学处得怎么样？
受访者：开始不好。有同学说他身上有酥油味，他跟人打了一架。{{han:檀雪莹}}老师没罚他，让他在班会上讲石渠，讲草原上的帐篷、牦牛，讲冬天的雪能埋到膝盖。讲完了同学们都围着他问，从那以后就有朋友了。他最好的朋友叫{{han:甄一鸣}}，俩人放了学一块儿去枣林里逮蚂蚱。
访谈者：您有什么打算？
受访者：先把债还了。一个月挣四千多，寄回去两千，还欠十来万。{{minority/tibetan:昂翁生龙}}说，等虫草价好了，让我回去挖两季。可我走了孩子怎么办？只能先在这儿干着。
访谈者：过年怎么过？
受访者：去年过{{trap/minority_word:藏历年}}，我跟儿子在出租屋里点了一盏酥油灯，煮了一锅牛肉。楼下的老两口端来一盘饺子，说山东人过年得吃饺子。孩子一手拿饺子一手拿肉，笑得跟他妈在的时候一样。初三厂里开工，我扛着枣包想，要是他妈看见了多好。
访谈者：枣厂的活累吗？
受访者：累。秋天收{{trap/word:金丝小枣}}的时候一天卸八车，腰都直不起来。冬天没有枣卸，厂里让我们去冷库搬货，一箱四十斤，一天搬几百箱。我不嫌累，累了晚上睡得香，就不想他妈了。我们那里海拔四千多，这边空气厚，刚来的时候睡不醒。工友{{han:靳大壮}}教我骑电动车，{{han:靳大壮}}他媳妇给孩子补过裤子。
访谈者：登记信息请您说一下。
受访者：我们住{{address:乐陵市市中街道枣乡社区兴隆街26号}}，老家是{{address:石渠县尼呷镇色须村二组14号}}。我的身份证{{id_number@my1984quad.513332}}，儿子的{{id_number@my2015fw.513332}}。我电话{{mobile@p86h}}，{{han:郜凤霞}}的{{mobile@plain}}。我的微信{{wechat:sonamdorje_zao}}，老板{{han:昝庆丰}}的微信是{{wechat:zqf-jinsizao}}。儿子的QQ是同桌帮他申请的，号码抄在他语文书的封皮里：{{qq:38164027}}。
访谈者：名字在表上写得对吗？
受访者：对不上。低保表上我是{{spaced:四 郎 夺 吉}}，儿子写成{{spaced:更呷　彭措}}，他妈的死亡证明上是{{spaced:向 秋 麦 朵}}。
访谈者：最后还想说什么？
受访者：等孩子大了，带他回石渠给他妈磕个头。这几年，要谢的人里头，头一个是{{han:和桂芝}}。
""")

# H1283: Kazakh grandfather from 吉木乃 raising his two granddaughters in 都昌街道 (昌邑); his son died on the road
# and the girls' Han mother remarried in 青岛.
DOCS["H1283"] = ("family", """\
访谈者：大爷，您从新疆过来多久了？
受访者：两年。我叫{{minority/kazakh:巴依木拉提·托列吾}}，老家{{trap/place:吉木乃}}，在{{trap/place:萨吾尔山}}底下放羊。楼里的人叫不全，喊我{{minority/kazakh:巴大爷}}，也有叫{{minority/kazakh:木拉提}}的。
访谈者：怎么到{{trap/place:都昌街道}}来了？
受访者：我儿子{{minority/kazakh:叶尔肯·巴依木拉提}}在{{trap/place:克拉玛依}}开货车，娶了昌邑的姑娘{{han:禚丽娜}}。前年冬天他在路上翻了车，人没了。{{han:禚丽娜}}带着俩孩子回了娘家，去年又嫁到{{trap/place:青岛}}，孩子没带走。亲家母{{han:滕玉珍}}腰不好，带不动，我就过来了。
访谈者：两个孙女多大？
受访者：大的{{minority/kazakh:卡力玛·叶尔肯}}十二，读{{school:都昌街道文昌小学六年级（4）班}}，学校给她起了汉名{{han:禚雨萱}}。小的{{minority/kazakh:江娜尔•叶尔肯}}六岁，在{{school:都昌街道实验幼儿园大（2）班}}，名单上跟着她妈写成{{minority/kazakh:禚江娜尔}}。{{minority/kazakh:江娜尔}}她夜里还找妈妈，{{minority/kazakh:卡力玛}}就搂着她睡。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:也春红}}也是个热心人，给俩孩子报了事实无人抚养，一个孩子一个月{{trap/number:一千二百二十元}}，钱打到我卡上。街道民政办的{{han:訾玉龙}}要了三回材料，吉木乃的户口本是我大儿子{{minority/kazakh:托克塔尔汗·巴依木拉提}}寄过来的。班主任{{han:宫晓彤}}老师常给大的留饭。社工站的{{compound:公孙晓萌}}教我用手机交电费，她同事{{compound:轩辕诗涵}}带俩孩子去{{trap/place:潍河}}边上放风筝。
访谈者：您在这边习惯吗？
受访者：不习惯。楼房憋得慌，没有羊，也没有马。我就去河边走，一走一下午。我老伴{{minority/kazakh:沙依拉西}}要是还在，她会做{{trap/minority_word:奶疙瘩}}，孩子们爱吃。过节我给孙女们做{{trap/minority_word:巴塔}}，就是念祝福。
访谈者：孩子们的妈妈还来看她们吗？
受访者：一年来两回，过年一回，开学一回，每回待不了半天。她也难，新找的男人不让她带孩子过去。大的心里有气，她妈来了她躲在屋里不出来；小的不懂，抱着她妈的腿不让走。我跟大的说，你妈也是没办法，你别恨她。
访谈者：您平常怎么带两个孩子？
受访者：早上我熬奶茶，这边买不到好砖茶，是老乡从网上给买的。我送小的去幼儿园，大的自己走。中午我在家炖羊肉，晚上检查作业，我汉字认得少，就看她们写满了没有。大的哪天不高兴，我就给她讲她爸小时候的事，讲他十岁就能一个人把羊群赶回家。
访谈者：老家还有亲人吗？
受访者：大儿子{{minority/kazakh:托克塔尔汗}}在吉木乃种地，闺女{{minority/kazakh:腾古丽}}嫁到了{{trap/place:布尔津}}。他们劝我回去，把俩孩子也带回去。可孩子在这儿上学，户口也在这儿，她姥姥也舍不得。我想好了，等大的上了初中再看。
访谈者：邻居们对您怎么样？
受访者：好。对门的老两口包了饺子就给我们送一碗，我炖了羊肉也给他们端过去。楼下开小卖部的说我们新疆人实在，孩子买东西老给多抓一把糖。刚来的时候我不会坐公交车，坐错了好几回，都是路上的人把我送回来的。山东人热心，跟我们哈萨克人一样，来了客人要端出家里最好的东西。
访谈者：孩子们在学校怎么样？
受访者：大的会弹{{trap/minority_word:冬不拉}}，是她爸教的。{{han:宫晓彤}}老师让她在元旦晚会上弹，她弹完跑到厕所里哭。小的爱画马，画了一墙。大的学习中上，数学差一点，我教不了，就让她周末去社区的课堂上问老师。小的胆子大，在幼儿园跟男孩子摔跤，老师说她跟个假小子似的。{{minority/kazakh:卡力玛}}说长大了要当老师，教我认汉字。在潍坊读书的老乡{{minority/kazakh:达尔汗}}周末来看我们，给孩子们讲{{trap/famous:阿拜}}的诗。
访谈者：您身体怎么样？
受访者：血压高，膝盖也不行了，上五楼要歇两回。社区卫生站的{{han:滕卫华}}大夫每月给我量一回。我最怕的是我走了，俩孩子怎么办。我给自己定了规矩，每天早上走一万步，得活到小的十八岁。{{han:滕玉珍}}说，到那时候她再难也要接着带。
访谈者：登记表上的信息请您说一下。
受访者：住{{address:昌邑市都昌街道丰收社区北海路42号5号楼2单元302室}}，老家{{address:吉木乃县托斯特乡阔斯阿尕希村三组6号}}。我的身份证{{id_number@mold.654326}}，大孙女的{{id_number@wy2013hyphen.654326}}。我的电话{{mobile@plus86spaced}}，{{han:也春红}}的{{mobile@s38}}。我的微信是孙女给弄的，{{wechat:wxid_k7m2q9t4ba}}。大的有QQ，号码她用彩笔写在冰箱贴上了：{{qq:2950481637}}。
访谈者：名字在表上写得对吗？
受访者：五花八门。医保卡上我是{{spaced:巴 依 木 拉 提}}，大孙女写成{{spaced:卡力玛 · 叶尔肯}}，小的是{{spaced:禚 江 娜 尔}}，她奶奶的死亡证明上是{{spaced:沙依 拉西}}。
访谈者：您最盼什么？
受访者：盼俩孩子平平安安长大，有空回吉木乃看看她爸。
""")

# H1284: Yi mother from 喜德 who winds silk at a mill in 柳疃镇 (昌邑); her husband fell to his death on a building
# site, her daughter is with her and her son with her mother in 喜德.
DOCS["H1284"] = ("family", """\
访谈者：大姐，您在丝绸厂做哪道工序？
受访者：络丝，把生丝绕到筒子上。我叫{{minority/yi:沙马尔呷}}，老家{{trap/place:喜德}}，在{{trap/place:凉山}}。厂里的汉族姐妹叫我{{han:沙姐}}，车间主任{{han:卜庆军}}点名的时候喊{{minority/yi:沙尔呷}}，把家支名的头一个字当了姓。
访谈者：家里是什么情况？
受访者：我男人{{minority/yi:俄木拉且}}前年在{{trap/place:成都}}的工地上从脚手架上摔下来，没救过来。包工头跑了，赔偿到现在没拿全。两个孩子：闺女{{minority/yi:俄木依莫}}十一，跟着我在{{trap/place:柳疃镇}}，读{{school:柳疃镇中心小学五年级（3）班}}，学校名单上写的是{{minority/yi:吴依莫}}，按“俄木”的音给的汉姓，汉名叫{{han:吴欣怡}}。儿子{{minority/yi:俄木日体}}七岁，留在喜德跟我阿妈{{minority/yi:海来日古}}，读{{school:喜德县光明镇小学一年级（2）班}}。{{minority/yi:日体}}他在电话里喊{{trap/minority_word:阿嫫}}，问我什么时候回去。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:单秀丽}}给闺女报了困境儿童，每月{{trap/number:七百四十元}}，还帮我去{{trap/org:昌邑市法律援助中心}}，那边的律师{{compound:司马骁}}帮我告包工头。喜德村里的儿童主任{{minority/yi:吉伍石且}}隔几天去看{{minority/yi:日体}}一回，给他报了留守儿童关爱。我表哥{{minority/yi:马海伍沙}}在{{trap/place:西昌}}，跑前跑后帮我收材料。班主任{{han:邴晓雪}}老师知道她爸的事，让她当了图书管理员。镇社工站的{{compound:欧阳砚冰}}每周来一回，还有个男社工{{compound:令狐嘉懿}}教她打乒乓球。
访谈者：厂里的人呢？
受访者：带我来的老乡{{minority/yi:勒格尔作}}也在络丝车间，她比我早来三年。汉族姐妹里{{han:有凤兰}}有空就帮我接孩子，{{han:隗厂长}}过年给我们彝族工人放了五天假。
访谈者：想家吗？
受访者：想。{{trap/minority_word:火把节}}的时候我跟老乡在宿舍门口点了一把火，唱了半宿。这时候我们那边漫山遍野都是{{trap/minority_word:索玛花}}，这边只有麦子。我阿妈托人捎来{{trap/minority_word:苦荞}}，我给闺女煮茶。闺女爱听{{trap/famous:支格阿鲁}}射太阳的故事，讲一百遍也听。我们那里的老人{{minority/yi:阿的曲则}}说过，孩子离了家也不能忘了自己的家谱。
访谈者：您一个人带孩子难不难？
受访者：难。三班倒，上夜班的时候闺女一个人在宿舍，我把门反锁上，心里怕得很。{{han:单秀丽}}知道了，让闺女夜里去她家睡。{{minority/yi:吴依莫}}嘴上不说，作业本上写“我想爸爸”。
访谈者：络丝这活累不累？
受访者：累眼睛。丝细得跟头发一样，断了要马上接上，一个人看四十个锭子。夏天车间里四十来度，丝怕干，不能开风扇，汗顺着裤腿往下淌。刚来的时候我一个班接不完，主任让老工人带我。现在我一个月能挣四千五，计件的。厂里管住，我跟闺女住一间，八个平方，放一张上下铺。
访谈者：闺女在这边上学习惯吗？
受访者：头一年不习惯，听不懂山东话，也不爱说话。{{han:邴晓雪}}老师给她找了个同桌，叫{{han:姜语桐}}，天天拉着她玩。现在闺女说话带山东口音了，回喜德的时候表姐们笑话她。她数学好，语文差，作文老写她爸。
访谈者：赔偿的事怎么样了？
受访者：打了一年多官司，判下来了，包工头要赔四十多万，可他跑了，执行不到。律师说只能等。我男人的骨灰还在老家，按我们的规矩要请{{trap/minority_word:毕摩}}做一场，要花好几万，我还没攒够。我阿妈说，不急，人走了也要等活着的人缓过来。
访谈者：您跟儿子怎么联系？
受访者：每天晚上下了班打视频。喜德那边信号不好，我阿妈要抱着手机站到院坝里才看得清。儿子晒得黑黑的，门牙掉了两颗，一笑漏风。他说要个有奥特曼的书包，我买了寄回去，他背着睡觉都不肯摘。我阿妈说他想我想得厉害，半夜起来摸我睡过的枕头。明年他上二年级，我想把他接过来，可宿舍住不下，要在外头租房，一个月又是几百块。
访谈者：登记信息请您说一下。
受访者：我们住{{address:昌邑市柳疃镇青乡路丝绸厂宿舍3排8号}}，老家{{address:喜德县光明镇觉呷村四组17号}}。我的身份证{{id_number@wy1990fwspaced.513432}}，闺女的{{id_number@wy2014.513432}}。我电话{{mobile@fws}}，{{han:单秀丽}}的{{mobile@h38}}。我的微信{{wechat:shama_erga_xd}}。闺女的QQ是她班主任帮着注册的，号码写在她的铅笔盒盖里头：{{qq:716028394}}。
访谈者：名字在表上写得对吗？
受访者：都不一样。厂里的工资条上我是{{spaced:沙 马 尔 呷}}，儿子在老家的表上写成{{spaced:俄木　日体}}，闺女的学籍卡是{{spaced:吴 依 莫}}，我男人的死亡证明上是{{spaced:俄 木 拉 且}}。
访谈者：最后还想说什么？
受访者：想把儿子接过来一起过，一家人不能老分着。
""")

# H1285: Han community worker in 市中街道 (乐陵) reading out her list of children in distress.
DOCS["H1285"] = ("staff", """\
访谈者：您手里这个本子是什么？
受访者：俺们社区的困境儿童台账。俺叫{{han:甄美丽}}，在{{trap/place:市中街道}}干了九年社区，管民政这一块。俺一户一户给你念。
访谈者：好，您念。
受访者：第一户，{{han:才红梅}}才二十九，男人{{han:房玉林}}贩卖假药判了四年，在{{trap/org:鲁北监狱}}。孩子{{han:房小满}}六岁，{{school:乐陵市实验幼儿园中（1）班}}。报的服刑人员子女补助，每月{{trap/number:九百二十元}}。住{{address:乐陵市市中街道兴隆社区后街9号}}，{{han:才红梅}}的身份证{{id_number@wy1995spaced.371481}}。她在{{trap/word:房子}}里开了个小卖部，白天能看孩子。
访谈者：第二户？
受访者：第二户是藏族，{{minority/tibetan:四郎夺吉}}，在枣厂卸车，媳妇{{minority/tibetan:向秋麦朵}}得病没了。儿子{{minority/tibetan:更呷彭措}}十岁，学校写的{{minority/tibetan:向更呷}}。低保加困境儿童。他爸实在，每回来社区都扛一袋枣。
访谈者：第三户？
受访者：第三户，奶奶{{han:能凤芝}}能干，七十三了还种二亩地。儿子儿媳一个车祸没了，一个改嫁，俩孙子事实无人抚养：大的{{han:把春雨}}十一，{{school:市中街道第二小学五年级（2）班}}；小的{{han:把春阳}}八岁。俺每回都让{{han:把春雨}}把表带回去，{{han:能凤芝}}不识字。住{{address:乐陵市市中街道胜利社区把家胡同4号}}，奶奶身份证{{id_number@wy1952.371481}}，大孙子的{{id_number@my2014x.371481}}。
访谈者：第四户？
受访者：第四户，{{han:还玉梅}}还在{{trap/place:天津}}打工，一年回来一趟，孩子跟外公{{han:樊德江}}过。孩子叫{{han:檀浩宇}}，脑瘫，二级残疾，拿两项补贴。{{han:樊德江}}他耳朵背，电话打不通就找他邻居{{han:胥二嫂}}。住{{address:乐陵市市中街道富民社区纬二路17号}}，孩子的身份证{{id_number@my2012hyphen.371481}}。
访谈者：第五户？
受访者：第五户，{{han:邸小婉}}，十四，孤儿，拿孤儿基本生活费每月{{trap/number:一千五百六十元}}，跟着姑姑{{han:邸秀芹}}。孩子学习好，{{school:乐陵市第二中学八年级（6）班}}。
访谈者：这些户谁在跟？
受访者：街道民政办的{{han:胥所长}}总负责，材料报{{trap/org:乐陵市民政局}}。社工站跟第一户、第三户的是{{compound:呼延春和}}，跟第四户的是新来的{{compound:端木佳音}}。督导叫{{compound:宗政子墨}}，每月来查台账。
访谈者：台账上名字都写对了吗？
受访者：错不少。{{spaced:才 红 梅}}中间空了格，{{spaced:房小 满}}，社工写成{{spaced:呼 延 春 和}}，藏族那户写成{{spaced:更 呷 彭 措}}，{{spaced:檀　浩　宇}}用的全角空格。年底俺们一块儿核。
访谈者：联系方式呢？
受访者：{{han:才红梅}}的电话{{mobile@p86n}}。俺的工作微信{{wechat:zmli_shizhong9}}。{{han:邸小婉}}有QQ，号码她写在台账封底：{{qq:1047385962}}。有急事打{{trap/hotline:12345}}。
访谈者：这些户都是怎么发现的？
受访者：有的是自己来报，有的是学校、派出所转过来，还有的是俺们入户排查出来的。第五户就是，她爸妈前后脚没的，她姑姑不知道有孤儿这项政策，俺去她家串门才看见孩子穿的鞋露着脚指头。回来俺就跑手续，跑了一个多月，批下来那天她姑姑非要给俺磕头，俺赶紧拉起来。
访谈者：钱发下来以后，你们还管吗？
受访者：管。钱只是一头。俺们每季度入户一回，看孩子吃得咋样、学习咋样，有没有人欺负。{{han:把春雨}}去年在学校跟人打架，班主任{{han:郜老师}}给俺打电话，俺去了才知道，是有人笑话他没爹没娘。俺跟那个孩子的家长谈了一下午。第四户孩子的康复，俺们跟{{trap/org:乐陵市残联}}对接，每个礼拜有车接送。
访谈者：您一个人管这么多户，忙得过来吗？
受访者：忙不过来也得忙。社区就四个人，俺还管着低保、残疾人、老年人优待，一个礼拜有三天在外头跑。俺骑个电动车，车筐里装着台账、印泥、复印件，走到哪户，就在哪户的炕沿上填表。有一年下大雪，俺去{{han:能凤芝}}家，摔了一跤，台账掉进雪窝里，回来拿吹风机一页一页吹干的。
访谈者：有没有让您特别惦记的孩子？
受访者：{{han:房小满}}。他才六岁，不知道他爸去哪了，老问他娘，他爸是不是在外头挣钱给他买大飞机。他娘不知道咋说，俺们请社工教她，等孩子大点了再慢慢告诉他。还有藏族那户的孩子，没了娘，他爸一天干十来个钟头，孩子放了学就在楼下等，一等等到天黑。俺跟学校商量，让他在学校写完作业再回家。
访谈者：干这活最难的是啥？
受访者：难在人心。有的老人要面子，不肯报，说不要政府的钱，丢人；有的孩子怕同学知道，不让俺去学校。俺就下了班去，穿便服，跟孩子说俺是你娘的老同学。
""")

# H1286: Han 儿童主任 in 围子街道 (昌邑) who keeps up with children and their parents far away on QQ and WeChat.
DOCS["H1286"] = ("staff", """\
访谈者：您平时怎么跟这些孩子联系？
受访者：孩子用QQ，家长用微信。俺叫{{han:都玉珍}}，都五十了，为了这活学会了打字。在{{trap/place:围子街道}}当儿童主任第六年，片里困境儿童十一个，重点的有四家。
访谈者：您是怎么当上儿童主任的？
受访者：俺原来在村里当妇女主任，{{trap/year:二〇一九年}}上头要求每个村、每个社区都得有儿童主任，俺就兼上了。头一年啥也不懂，去市里培训了三回，学了啥叫困境儿童、啥叫事实无人抚养、材料咋准备。培训的老师说，儿童主任就是孩子的娘家人，俺记到现在。
访谈者：平常一天怎么过？
受访者：早上先看一遍QQ和微信，看哪个孩子夜里发了消息。上午入户，下午在社区整材料，晚上回家做饭，吃完饭再回消息。俺手机里建了个群，十一个孩子都在里头，谁过生日，俺就在群里发个红包，一块钱也是个意思。
访谈者：重点的四家，您说说。
受访者：头一家，{{han:冉小雨}}，女，十三，{{school:围子街道初级中学初一（3）班}}。她爸{{han:冉建军}}在{{trap/place:烟台}}跑船，她妈精神不好，在家也管不了她。她的QQ号是她自己念给俺的，俺一个数一个数记的：{{qq:580173294}}。她爸的微信{{wechat:ranjj_yantai}}，俺每个礼拜给他发语音说孩子的事。{{han:冉小雨}}被同学欺负过一回，是俺去学校找的{{han:宫校长}}。这孩子画画好，去年画了一张她爸的渔船，得了街道的奖。
访谈者：第二家呢？
受访者：第二家是哥俩，{{han:鲍文硕}}和{{han:鲍文涛}}，爹妈离婚，谁也不要，跟奶奶{{han:綦桂兰}}过。奶奶没有微信，俺加的是他们大姑{{han:鲍秀云}}，她的微信号{{wechat:baoxiuyun-wz}}。{{han:鲍文涛}}爱打游戏，他的QQ：{{qq:3058716249}}，晚上十一点还在线，俺就在QQ上撵他睡觉。
访谈者：第三家？
受访者：第三家是孤儿，{{han:还晓静}}，十岁。她爸妈在{{trap/place:潍坊}}出车祸没了，现在跟着舅舅{{han:蔺志国}}。舅舅对她不赖，舅妈{{han:苑秀娟}}有点嫌弃。{{han:还晓静}}还小，啥事都往心里搁，每天放学先去舅舅的菜摊上帮着卖菜。俺让她加了俺的QQ，她夜里给俺发“姨我睡不着”。她的QQ是{{qq:42691587}}。
访谈者：第四家？
受访者：第四家，{{han:仉海涛}}，十二，他爸{{han:仉国强}}因为盗窃在服刑，他妈在{{trap/place:青岛}}打工。孩子跟爷爷{{han:仉老汉}}过。爷爷七十多了，还骑三轮车去集上卖大葱。他妈{{han:冷秀英}}的微信是{{wechat:wxid_r3n8v2x6pq}}，她一个月给孩子打一回钱。
访谈者：谁跟您一块儿做？
受访者：街道民政办的{{han:綦主任}}管审批，报到{{trap/org:昌邑市民政局}}。社工站的{{compound:皇甫晓燕}}跟第一家，另一个社工叫{{compound:南宫向晨}}，跟第三家。心理咨询是站里请的{{compound:慕容安澜}}。{{trap/org:团市委}}给四个孩子送过书包。
访谈者：您自己的联系方式呢？
受访者：俺的电话{{mobile@plus86dash}}，微信{{wechat:duyuzhen_wzjd}}，QQ是闺女帮着申请的，号码{{qq:７３０５８４１６２}}。
访谈者：名单上的名字都对吗？
受访者：不全对。{{spaced:冉 小 雨}}中间空了格，{{spaced:还晓 静}}断成两截，{{spaced:皇 甫 晓 燕}}，{{spaced:南宫　向晨}}是全角空格。
访谈者：您觉得这活难在哪？
受访者：孩子跟你熟了才肯说话。有一回{{han:仉海涛}}在QQ上跟俺说他想他爸，俺陪他聊到半夜。俺自己的闺女说，娘你跟人家孩子比跟俺还亲。俺说，俺闺女有娘，他们没有。
访谈者：用QQ、微信联系，有没有不方便的地方？
受访者：有。孩子们的QQ一会儿换一个号，今天加了，明天就找不着了。家长们在外头干活，白天不看手机，俺发的语音半夜才回。还有的家长不识字，俺只能发语音、发照片。{{han:冉建军}}在船上没信号，一出海就是半个月，俺攒着一肚子话等他靠岸。
访谈者：您遇到过急事吗？
受访者：有一回夜里十二点，{{han:还晓静}}在QQ上给俺发了一句“我不想活了”。俺鞋都没穿好就往她舅舅家跑，一边跑一边给{{han:蔺志国}}打电话。到了一看，孩子在被窝里哭，说舅妈骂她是扫把星。俺陪她坐到天亮，第二天找{{compound:慕容安澜}}给她做了心理疏导，又找她舅舅舅妈谈了一回。现在她舅妈也改了不少。
访谈者：四个孩子里，现在谁最让您放心？
受访者：{{han:鲍文硕}}。他今年考上了{{trap/org:昌邑一中}}，开学那天俺去送的，他说以后要当警察。
访谈者：家长呢？
受访者：家长难找。有的换了手机号，有的不回微信。{{han:冷秀英}}一开始也不回，后来俺给她拍了孩子的奖状，她回了一句“谢谢{{han:都姐}}”，又发了个哭的表情。
""")

# H1287: Han uncle in 饮马镇 (昌邑) raising the daughter of his sister, who is in prison; the girl's father is gone.
DOCS["H1287"] = ("family", """\
访谈者：大哥，孩子是您外甥女？
受访者：是，俺妹妹的闺女。俺叫{{han:要明山}}，在{{trap/place:饮马镇}}种大姜。俺妹妹{{han:要春霞}}前年因为帮人洗钱判了五年，在{{trap/org:省女子监狱}}。孩子她爹{{han:迟国栋}}，俺妹妹出事以后就没影了，电话停机，谁也找不着。
访谈者：孩子多大？
受访者：九岁，叫{{han:迟欣妍}}，俺们叫她{{han:妍妍}}。在{{school:饮马镇中心小学三年级（4）班}}。{{han:妍妍}}刚来的时候天天哭，夜里尿床，现在好多了。
访谈者：您家里几口人？
受访者：俺，俺媳妇{{han:牟桂芳}}，俺闺女{{han:要小檬}}，再加上{{han:妍妍}}。俺媳妇一开始不乐意，说咱自己的孩子还顾不过来。后来看孩子可怜，对她比对俺闺女还好。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:迟大姐}}，大名{{han:迟凤英}}，是孩子她爹的本家，可她不护短。她给孩子报了事实无人抚养，每月{{trap/number:一千一百八十元}}。镇民政的{{han:向德福}}向俺要了三回证明，才批下来。镇社工站的{{compound:诸葛晴川}}每个月来一趟，她带来的实习生叫{{compound:万俟晓柔}}，给{{han:妍妍}}补英语。学校的{{han:谭老师}}每天让她在教室写完作业再走。
访谈者：孩子见过妈妈吗？
受访者：见过两回，{{han:迟凤英}}陪着去的。隔着玻璃，{{han:要春霞}}要她好好念书，孩子点头，出来就哭了。回来的路上她一句话不说，到家就钻进被窝里。第二天又跟没事人一样，背着书包上学去了，俺知道她心里苦。
访谈者：孩子她爹那边呢？
受访者：一点音信没有。孩子她爷爷{{han:迟老三}}说他跟这个儿子断了，孙女他也不管。{{han:迟老三}}他这话说得绝，可过年偷偷塞给孩子二百块钱。
访谈者：您种姜收入怎么样？
受访者：看年成。前年姜价好，一亩挣一万多；去年一斤一块多，白忙活。姜卖不上价的年头，俺就去{{trap/place:潍坊}}的工地上打零工，一天二百。俺媳妇在镇上的服装厂钉扣子，一个月两千来块。孩子的补助钱俺一分不动，存在一张卡上，等她娘出来，连卡带孩子一块儿交给她。俺在{{trap/word:姜窖}}里干了二十年，腰也坏了。邻居{{han:鞠长岭}}有空就来帮俺下窖。
访谈者：孩子平常有啥爱好？
受访者：爱画画。俺家墙上贴满了她的画，俺们村的小学没有美术老师，是镇上的老师一个礼拜来教一回。她画了一个大房子，里头有她妈、俺、她舅妈，还有{{han:要小檬}}，就是没她爹。学校{{trap/org:少年宫}}的老师说她有天分。
访谈者：孩子知道妈妈为啥进去吗？
受访者：知道个大概。俺没瞒她，跟她说你娘犯了错，在里头改，改好了就回来。学校里有孩子说她娘是劳改犯，她回来问俺啥叫劳改犯，俺说就是在里头学好的人。{{han:谭老师}}知道了，在班里开了个会，从那以后没人再说了。
访谈者：您媳妇现在怎么看这事？
受访者：她嘴硬心软。冬天给孩子织毛裤，一织就是两条，一条给俺闺女，一条给{{han:妍妍}}，一样的颜色，谁也不偏。{{han:小檬}}比{{han:妍妍}}大四岁，姐妹俩睡一个屋，有时候也吵，吵完了又好了。她管俺叫舅，管俺媳妇叫舅妈，有时候叫顺嘴了，也跟着俺闺女叫爸。头一回叫的时候俺愣了半天没答应，她自己臊得跑了。俺媳妇说，孩子想叫啥就让她叫啥吧。
访谈者：孩子身体怎么样？
受访者：瘦，吃饭挑。刚来那阵子一顿就吃半个馒头，俺媳妇变着法给她做，蒸包子、摊鸡蛋饼、炖鸡汤。现在长了一截，脸也圆了。去年冬天她得了肺炎，在镇卫生院挂了一个礼拜吊瓶，俺媳妇在床边守了七天。
访谈者：社工帮了哪些忙？
受访者：{{compound:诸葛晴川}}帮孩子给她娘写信，一个月一封，还教俺怎么跟孩子说话，说别老问她想不想娘，越问越难受。镇上新来的蒙古族社工{{minority/mongolian:乌日古娜}}会拉马头琴，暑假带孩子们排了个节目。
访谈者：登记表上的信息请您说一下。
受访者：俺家在{{address:昌邑市饮马镇鞠家庄村五组12号}}。俺的身份证{{id_number@my1979fullwidth.370786}}，孩子的{{id_number@wy2016tri.370786}}。俺电话{{mobile@fullwidth}}，{{han:迟凤英}}的{{mobile@s38}}。俺闺女帮俺弄了个微信{{wechat:ymlhuangjiang}}。{{han:妍妍}}有个QQ，跟她妈学校里写信用的，号码{{qq:59106432}}。
访谈者：名字在表上写得对吗？
受访者：有错的。镇上的表把俺写成{{spaced:要 明 山}}，孩子是{{spaced:迟　欣　妍}}，社工写成{{spaced:诸 葛 晴 川}}，俺妹妹的判决书复印件上又是{{spaced:要春 霞}}。
访谈者：您最盼啥？
受访者：盼俺妹妹早点出来。孩子问，舅，俺娘啥时候回来？俺说快了，其实还有三年。这两年最该谢的是{{han:迟凤英}}。
""")

# H1288: Han village doctor in 朱集镇 (乐陵) who looks after children with disabilities and illness in her villages.
DOCS["H1288"] = ("staff", """\
访谈者：您在村卫生室干了多少年？
受访者：二十六年。俺叫{{han:邸有才}}，别看名字像个爷们，俺是女的，俺爹说闺女家也得{{trap/word:有才}}。俺爹{{han:邸德厚}}才是老村医，当了一辈子赤脚医生，俺十几岁就跟着他背药箱，后来去{{trap/place:德州}}卫校念了两年，回来接了他的班。那会儿{{trap/place:朱集镇}}还没有卫生院的新楼。俺管着五个村，有病的孩子都在俺本子上。
访谈者：有哪些孩子？
受访者：头一个，{{han:巩浩然}}，十一，癫痫，一个月犯一回。他爹{{han:巩宝山}}在{{trap/place:德州}}开大车，他娘走了。孩子跟奶奶{{han:巩老太}}。每回犯病，奶奶先给俺打电话，俺骑着电动车过去。俺给他奶奶写了张纸，贴在门后头：犯病了别往嘴里塞东西，让孩子侧躺着，看表，超过五分钟就打电话。
访谈者：第二个？
受访者：第二个是{{han:岳美琪}}，七岁，先天性心脏病，做过一回手术，钱是{{trap/org:红十字会}}和{{trap/org:慈善总会}}凑的。她娘{{han:郝桂霞}}是智力残疾，她爹{{han:岳长水}}腿有残疾，全家拿两项补贴和低保。{{han:岳长水}}他每天推着三轮车送闺女上学。有一回半夜他打电话，说孩子嘴唇发紫，俺在电话里教他让孩子半坐着、解开衣裳，一边叫救护车，车来之前孩子缓过来了。俺教他用听诊器听孩子的心，他学得比谁都认真。
访谈者：第三个？
受访者：第三个最揪心，{{han:商子轩}}，十岁，自闭症，不说话。这孩子不让人碰，一碰就叫，可他认俺，俺给他量体温他不躲。他爱排积木，一排排得老长，颜色一点不乱。他爹{{han:商庆国}}在服刑，他娘去了外地。孩子跟着姑姑{{han:商玉兰}}。{{trap/org:德州市康复中心}}给他做康复训练，一个礼拜去两回，是镇上的儿童主任{{han:樊秀云}}开车送。
访谈者：第四个？
受访者：第四个是个小姑娘，{{han:靳晓蕾}}，十三，一型糖尿病，每天打四针胰岛素。她爹{{han:靳国旺}}打工，她娘病死了。孩子自己会打针，打完就上学。她爹一个月回来一回，每回都给俺捎一包点心，说大夫你多费心。{{han:靳晓蕾}}也争气，考了班里第二。
访谈者：这些孩子的补贴都按时发吗？
受访者：按时，打到卡上。就是有的老人不会取，俺们帮着取。{{han:巩老太}}老把卡藏在枕头底下，一回找不着了，急得直哭，最后在米缸里翻出来。两项补贴一年一审，俺得帮他们准备残疾证、收入证明，跑镇上、跑市里。
访谈者：您一年能歇几天？
受访者：没数过。大年初一俺还出过诊，{{han:商子轩}}那回发高烧抽搐，俺跟{{han:商玉兰}}把孩子抱上车往县医院送。俺老伴说你这辈子就是给别人家孩子活的。俺说，这些孩子喊俺一声大夫奶奶，值了。
访谈者：您最担心哪个？
受访者：{{han:靳晓蕾}}。这个病一辈子离不了药，她爹在外头顾不上，药钱一个月好几百，医保报一部分，长年累月也是个坑。她说长大了要当医生，自己给自己治。
访谈者：这些年村里有啥变化？
受访者：以前村里孩子多，打预防针一排排站着，哭成一片。现在孩子少了，有病的孩子反倒显眼了，哪家有个病孩子，一家人都跟着熬。好在政策比以前多，镇上、市里都有人管，俺这个村医也算有了帮手。
访谈者：谁跟您一起管这些孩子？
受访者：镇民政的{{han:门主任}}，俺们村的{{han:岳支书}}。县里派来的社工叫{{compound:东方念慈}}，还有{{compound:淳于子健}}，俩人一个礼拜来一回，陪孩子做游戏，教家长咋跟孩子说话。{{compound:东方念慈}}说她祖上跟{{trap/famous:东方朔}}是一家，俺也不懂。
访谈者：您怎么记这些孩子的事？
受访者：本子上记，手机上也记。{{han:巩浩然}}的身份证{{id_number@my2014quad.371481}}，{{han:商子轩}}的{{id_number@my2015fwhyphen.371481}}。{{han:巩宝山}}电话{{mobile@plus86}}，{{han:商玉兰}}的{{mobile@h38}}。俺的微信{{wechat:dyc_cunyi_zhuji}}。{{han:靳晓蕾}}的QQ，她自己念给俺的，俺记在药柜门上：{{qq:3261907458}}。有急事打{{trap/hotline:120}}。
访谈者：这些孩子住哪？
受访者：头一个孩子家在{{address:乐陵市朱集镇后巩家村二组15号}}，第二个家在{{address:乐陵市朱集镇岳家寨村三组7号}}，第三个跟姑姑住{{address:乐陵市朱集镇商家村一组21号}}。
访谈者：名字在表上写得对吗？
受访者：有错的。{{spaced:巩 浩 然}}，{{spaced:商　子　轩}}，社工写成{{spaced:东 方 念 慈}}，还有{{spaced:岳美 琪}}。
访谈者：您干这活最难的是啥？
受访者：俺不是专科大夫，有的病俺看不了，只能往县里转。可这些孩子离不开人。俺常说，俺就是个看门的，把着这道门，有事先喊俺。最该说一声谢谢的，是{{han:樊秀云}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1281,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout163",))


if __name__ == "__main__":
    main()
