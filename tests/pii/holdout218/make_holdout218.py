# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 218 (tests/pii/holdout218/H1729-H1736 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the build
asserts that no gold string equals a gold or trap string of an earlier set and that no trap string was gold in one;
set 219, written at the same time by another writer, is not an earlier set).

Set 218 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 施秉 and 黄平
(黔东南, Guizhou): a Yi mother from 昭觉 married into a Miao family of 杨柳塘镇, raising a daughter and a son while
her husband serves five years for a fight; a Hui grandfather from 西吉 who runs a beef-noodle shop in the old walled
town of 旧州 and raises the two children his divorced son left; a Mongolian widow from 乌审旗 in 施秉 城关镇 with a
son with cerebral palsy and a daughter; a Uyghur naan baker from 疏附 in 新州镇, widowed, with a daughter with a heart
defect and a son; a Miao 儿童主任 of a hill village of 牛大场镇 reading out her ledger; a clerk of the 黄平 county
civil-affairs bureau who keeps the files of children without carers; a township welfare and family-planning officer
of 重安镇 among Gejia families; and the dispatcher of a rafting company on 杉木河, whose boatman drowned saving a
tourist.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick, with Han names a little over half of the persons:
* Yi names of 凉山 (吉觉乌芝嫫, 吉觉木体, 阿苏么哈, 俄底曲洛, 木乃尔西) with short forms (乌芝, 木体, 曲洛, 尔西), a
  nickname not made from the name (四川嫂, category han), the Miao or Han father's surname before a Yi given name
  (邰沙呷, 邰约铁, 麻伍呷, 王子格 beside the book 小王子) and forms of address made from Yi names (铁娃, 沙妹, 子格);
* Hui 经名 (伊迪热斯, 宰娜芭, 撒利合, 萨吾黛, 阿尤甫, 哈妮帕, 萨尔娃, 耶尔库布) beside the Han-form names of the
  same people (海永寿, 海国林, 海思雨, 海浩铭, 海芸香, 马晓蕾), after a Han surname (马阿力夫, 海萨吾黛, 马萨尔娃) and
  as a pet form (黛黛);
* Mongolian names (查干苏布达, 萨如拉其格, 敖其尔苏和, 查干朝日格, 哈斯乌日根, 朝克温都苏) with short forms (布达,
  朝日格, 吉日格) and forms of address that look like Han ones (苏姐, 吉格儿, 老朝), and a Han surname before a
  Mongolian given name (宋吉日格勒);
* Uyghur given name + father's name with the dots ·, ‧, ・ and . and with none (胡达别尔迪・沙吾提,
  佐合热姆・胡达别尔迪, 沙木沙克‧胡达别尔迪, 艾则孜巴依·沙吾提, 胡达别尔迪.沙吾提, 胡达别尔迪沙吾提,
  阿布都瓦力热合曼, 热合曼‧吾斯曼), the mother's or grandmother's Han surname before a Uyghur name (吴佐合热姆,
  罗阿布都瓦力), and forms of address (胡大哥, which reads like a Han surname with 大哥, 小沙克, 瓦瓦, 卡斯哥);
* Han and Miao names with rare surnames of the region (邰, 卯, 粟, 滚, 禄, 麻, 母, 冉, 佘, 敖, 岑, 聂, 蒙, 过, 从, 门,
  信, 将, 应, 谈, 代) and surnames or given characters that are ordinary or grammar words right before or after
  grammar words and their look-alikes (冷国富冷起脸, 邰再芬再忙, 滚正明正是, 杨得贵得了, 龙又春又是, 罗银花却,
  廖德兵倒是, 被聂永刚, 让张水生, 问过小龙; 从瑞芬 beside 从来, 门秀芝 beside 进门, 将明芬 beside 将来, 信德芳 beside
  信不过, 应丽君 beside 应该, 谈国良 beside 谈心, 麻春燕 beside 麻烦, 母桂英 beside 父母, 滚正明 beside 滚烫,
  蒙秋萍 beside 蒙古族); names that contain words with the words near them (杨白云 and 白云, 邓雪莲 and 天山雪莲,
  张水生 and 水性, 罗金弓 and 弓箭, 龙杉杉 and 杉木河, 海永寿 and 大海);
* names inside shop, fund and works names (海永寿清真牛肉粉, 胡达别尔迪馕店, 龙家栋助学金, 冷国富砖厂); names
  opening a turn or closing the last sentence (最记挂的，还是石慧慧。);
* surnames with a title or kin word and local nicknames, annotated whole (海老汉, 潘大嫂, 麻大嬢, 春嬢, 佘师傅, 岑局长,
  谈干部, 潘老人家, 廖幺妹, 粟老三, 粟老五, 吴老满, 杨铁锤, 石大炮);
* names spaced out character by character in half- and full-width spaces (吉 觉 乌 芝 嫫, 宋　吉　日　格　勒,
  朝　克　温　都　苏, 澹 台 霁 川), dotted names with spaces around the dot (佐合热姆 · 胡达别尔迪,
  阿布都瓦力 ‧ 热合曼) and names split in two (海 永寿, 邰约 铁, 萨如拉 其格, 胡达别尔迪　沙吾提, 罗　招娣,
  赫连 晓梅, 龙 杉杉);
* compound surnames after ordinary words (司徒, 上官, 端木, 南宫, 欧阳, 皇甫, 司空, 钟离, 宇文, 夏侯, 澹台, 司马, 赫连,
  乐正, 闻人, 万俟, 轩辕, 拓跋);
* numbers and accounts read out and written the many ways people do (every ID and mobile shape of ``_setkit``, QQ
  numbers in full-width digits, WeChat ids with hyphens and underscores).

Markup, the number shapes and what the build checks and prints: tests/pii/_setkit.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(218_2026_1207)
MINORITY_GROUPS = ('yi', 'hui', 'mongolian', 'uyghur')
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "hui": 10, "mongolian": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "139", "147", "152", "155", "156", "159", "178", "180", "182",
                   "183", "185", "186", "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1729: Yi mother from 昭觉 (凉山) married into a Miao family of 杨柳塘镇 (施秉); her husband is in prison.
DOCS["H1729"] = ("family", """\
访谈者：嬢嬢，听口音你不是施秉本地的？
受访者：不是，我是凉山{{trap/place:昭觉}}的彝族。我叫{{minority/yi:吉觉乌芝嫫}}，寨子上的人念不顺，都喊我{{minority/yi:乌芝}}，背后也有人喊我{{han:四川嫂}}。
访谈者：怎么嫁到这边来的？
受访者：那年在{{trap/place:宁波}}电子厂打工，认得了我男人{{han:邰德旺}}。他是{{trap/place:杨柳塘}}的苗家，我就跟他回来了。我{{trap/minority_word:阿嫫}}哭了三天，说嫁那么远，{{trap/minority_word:火把节}}都回不来。
访谈者：孩子们多大了？
受访者：大的姑娘户口上叫{{han:邰思琪}}，彝名{{minority/yi:沙呷}}，十一岁，在{{school:施秉县杨柳塘镇中心小学五年级（2）班}}，老师点名都喊{{minority/yi:邰沙呷}}。小的儿子{{minority/yi:邰约铁}}，八岁，在{{school:杨柳塘镇屯上小学二年级（4）班}}，同学喊他{{minority/yi:铁娃}}。
访谈者：孩子爸爸呢？
受访者：前年喝了酒跟人打架，把人打成重伤，判了五年，关在{{trap/place:凯里}}。{{han:邰德旺}}他进去那天，{{minority/yi:约铁}}追着警车跑了好远。
访谈者：这两年怎么过来的？
受访者：恼火得很。我在{{han:冷国富}}砖厂搬砖，一天一百二。{{han:冷国富}}冷起脸来吓人，心倒不坏，下雨天不扣钱。村里的儿童主任{{han:卯秀兰}}晓得了，跑到屋头来填表，报了服刑人员子女补助，两个娃娃每月各{{trap/number:九百八十块}}。镇民政办的{{han:将明芬}}又帮我报了低保，她说{{trap/word:将来}}娃娃读高中还有助学金。
访谈者：婆家那边帮忙吗？
受访者：婆婆七十多了，腿不好。大姑子{{han:邰再芬}}再忙也每个礼拜来一回，帮我背谷子。她男人{{han:粟老三}}会开车，娃娃半夜发烧都是他送到镇卫生院。
访谈者：学校那边呢？
受访者：{{minority/yi:沙呷}}的班主任{{han:顾楠楠}}老师好，给她申请了营养餐，还让她管班上的图书角。{{minority/yi:沙妹}}她爱看书，回来讲给弟弟听。学校请了个社工{{compound:司徒沐晴}}，每个月找两个娃娃谈心。驻村第一书记{{compound:上官柏舟}}过年给我们送了一袋米一桶油。
访谈者：你自己身体还好吗？
受访者：腰杆疼，搬砖搬的。镇卫生院说是腰肌劳损，要歇。我歇不得，歇一天少一百二。晚上娃娃睡了，我拿热水袋捂一捂，第二天照样去。累狠了，就想起凉山的山，比这边的高，比这边的冷，可那时候我是阿嫫的姑娘，啥子都不用操心。
访谈者：老家那边还有人吗？
受访者：我哥{{minority/yi:吉觉木体}}在昭觉养羊，每年托人带{{trap/minority_word:苦荞}}和腊肉来。{{minority/yi:木体}}说我要是过不下去就回凉山。我不回，娃娃在这边读惯了书。同乡{{minority/yi:阿苏么哈}}嫁在{{trap/place:黄平}}，隔段时间打电话来，两个人用彝话摆龙门阵。
访谈者：你一个人在砖厂做活路，娃娃放学谁管？
受访者：姐姐管弟弟。四点半放学，姐弟两个走四十分钟山路回来，先把猪喂了，再烧火煮饭。我六点多到家，饭已经在锅里了。有一回下大雨，山上滚石头下来把路堵了，两个娃娃在半坡的岩洞里躲了一个钟头，我打着电筒去找，找到的时候弟弟冷得直打抖，姐姐把自己的衣服脱给他披着。那天晚上我一夜没睡着。
访谈者：补助的钱够用吗？
受访者：紧巴巴的。两个娃娃的补助加低保，一个月两千出头，房子是婆家的老木房，不要房租。读书不要学费，就是资料费、校服、鞋子，一开学就是几百块。我自己舍不得买，一件{{trap/minority_word:擦尔瓦}}从凉山带过来穿到现在。
访谈者：村里人对你们怎么样？
受访者：刚开始有人说闲话，说男人坐牢的屋头，娃娃莫跟他们耍。后来晓得我们是老实人，也就不说了。寨子上杀年猪，会给我们端一碗肉来。我过{{trap/minority_word:彝族年}}，也做{{trap/minority_word:坨坨肉}}送给邻居，他们吃了说比腌鱼还香。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/yi:约铁}}问我爸爸啥子时候回来，我说等你读三年级。每个月去探一回监，要坐两个钟头的车。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事，说爸爸犯了错，改好了就回来。探监是隔着玻璃拿电话讲，姐姐不哭，给她爸念她考了多少分；弟弟哭，哭完了问他爸在里头有没有肉吃。出来的路上姐姐跟我说，阿嫫，我长大要当律师。
访谈者：登记的信息请您说一下。
受访者：家在{{address:施秉县杨柳塘镇屯上村四组19号}}，老家{{address:昭觉县碗厂乡阿并洛村三组17号}}。我的身份证{{id_number@wy1988spaced.513431}}，{{minority/yi:沙呷}}的{{id_number@wy2014quad.522623}}。我电话{{mobile@s74}}，{{han:卯秀兰}}的{{mobile@h38}}。我微信叫{{wechat:Wuzhi_Zhaojue88}}，{{minority/yi:沙呷}}用我手机开了个QQ，号码抄在作业本封皮上：{{qq:41863205}}。
访谈者：表上的名字写得对吗？
受访者：五花八门。低保表上写的{{spaced:吉 觉 乌 芝 嫫}}，学校花名册写{{spaced:邰　沙　呷}}，补助表上又写成{{spaced:邰约 铁}}。
访谈者：您最盼的是什么？
受访者：盼娃娃读出书来，莫像我这样大字不识几个。等{{han:邰德旺}}出来，一家人好好过日子。
""")

# H1730: Hui grandfather from 西吉 (Ningxia) who runs a beef-noodle shop in 旧州 (黄平) and raises two grandchildren
# left by his divorced son.
DOCS["H1730"] = ("family", """\
访谈者：老人家，这家牛肉粉馆是您开的？
受访者：是嘛，开了十一年喽。我叫{{han:海永寿}}，经名{{minority/hui:伊迪热斯}}，宁夏{{trap/place:西吉}}人。旧州街上都喊我{{han:海老汉}}，招牌上写的是“{{han:海永寿}}清真牛肉粉”。
访谈者：怎么从宁夏来到黄平的？
受访者：早些年跟老乡{{minority/hui:马阿力夫}}出来寻活路，他在{{trap/place:凯里}}开拉面馆。我看{{trap/place:旧州}}有古城墙、老街，游客多，就租了这间铺面。
访谈者：现在家里谁在？
受访者：老伴{{minority/hui:宰娜芭}}前年走了，脑溢血。儿子{{han:海国林}}，经名{{minority/hui:撒利合}}，跟媳妇离了，跑到{{trap/place:广州}}送外卖，三年没回来，电话也打不通。媳妇改嫁到{{trap/place:浪洞}}去了。丢下两个孙娃子，就我一个老汉带。
访谈者：两个孩子多大？
受访者：孙女{{han:海思雨}}，经名{{minority/hui:萨吾黛}}，十岁，在{{school:黄平县旧州镇中心小学四年级（1）班}}。老师嫌经名长，点名喊{{minority/hui:海萨吾黛}}，我在屋里喊她{{minority/hui:黛黛}}。孙子{{han:海浩铭}}，经名{{minority/hui:阿尤甫}}，七岁，在{{school:旧州镇第二小学一年级（3）班}}。
访谈者：谁帮你们办的补助？
受访者：社区的儿童主任{{han:门秀芝}}。她头一回来，一{{trap/word:进门}}就掏本本，我当她是卖保险的。{{han:门秀芝}}她跑了四趟，给两个娃报了事实无人抚养，一个娃每月{{trap/number:一千一百四十元}}。县民政局的{{han:信德芳}}来核过两回，问东问西，我说你{{trap/word:信不过}}就看我的账本。后来她倒跟我说，老人家莫怄气，规矩就是这样。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:萨吾黛}}读书好，语文老师{{han:晏秋芸}}夸她作文写得好。她写过一篇《我的爷爷》，写我半夜起来熬牛骨汤，{{han:晏秋芸}}念给全班听，念到一半自己掉了眼泪。小的{{minority/hui:阿尤甫}}调皮，坐不住，学校的社工{{compound:端木槿年}}每个礼拜陪他下一盘棋。食堂管事的{{han:潘大嫂}}专门给两个娃单炒一个不放猪油的菜。
访谈者：铺子一天的生意怎么样？
受访者：旺季游客多，一天卖两百来碗；淡季就靠街坊，七八十碗。一碗粉十二块，除去牛肉、米粉、房租、水电，一天落一百来块。孙女放学帮我收碗，孙子帮我剥蒜，剥一碗给他五毛。有回孙子把五毛五毛攒了一个学期，给我买了个保温杯，说爷爷早上熬汤冷，喝口热水。我拿着那个杯子，在灶后头站了半天。
访谈者：您身体怎么样？
受访者：血压高，六十七了，早上四点起来熬汤，手抖。镇卫生院的{{compound:南宫立新}}大夫说我再这么熬要出事。我不熬咋个办，铺子一关，娃娃们吃哪样？我最怕的是我走了，两个娃咋个办。闺女远在宁夏，自己也一屋子娃娃。社区说过实在不行还有{{trap/org:儿童福利院}}，我说只要我还站得起来，娃娃就不进福利院。
访谈者：老家还有亲人吗？
受访者：有个闺女{{han:海芸香}}，经名{{minority/hui:哈妮帕}}，嫁在西吉，每年{{trap/minority_word:开斋节}}寄一箱{{trap/minority_word:馓子}}和{{trap/minority_word:油香}}来，两个娃抢着吃。晚上关了铺子，我教他们念几句经，孙女教我认字，说爷爷你连自己名字都写不周正。旧州城墙上的月亮大，我们三个坐在门口吃西瓜，那时候我就觉得，这日子也还过得去。
访谈者：孩子们跟爸爸还有联系吗？
受访者：去年腊月打回来一回，说在广州过得不好，欠了人家的钱。孙女接的电话，一句话没说，把电话递给我就进屋了。我骂了他一顿，骂完了又给他转了五百块。当老子的，嘴上狠，心里还是软。孙女后来跟我说，爷爷，你莫给他钱，你留着看病。十岁的娃娃说这种话，我听着心里像刀割。旧州人厚道，对门卖糍粑的老两口天天给娃娃塞一个，游客听说了我们的事，有的多放二十块钱在桌上就跑了。
访谈者：孩子们想爸爸妈妈吗？
受访者：想也不说。{{minority/hui:黛黛}}把她爸的照片夹在字典里。孙子问我广州有没有{{trap/word:大海}}，他爸是不是坐船走了。我跟他们讲，我们海家出过{{trap/famous:海瑞}}，做人要清清白白，穷也不丢人。
访谈者：登记信息请您说一下。
受访者：铺子在{{address:黄平县旧州镇西上街47号}}，老家在{{address:西吉县兴隆镇单家集村五组12号}}。我的身份证{{id_number@my1958.640422}}，孙女的{{id_number@wy2015tri.522622}}。我电话{{mobile@plus86}}，{{han:门秀芝}}的{{mobile@spaced}}。我微信叫{{wechat:Jiuzhou-Hai1958}}，孙女有个QQ，号码写在她书包带子上：{{qq:５３０７２１８６４}}。
访谈者：表上名字写得对吗？
受访者：写岔了好几回。低保表上我是{{spaced:海 永寿}}，学校写成{{spaced:海 萨 吾 黛}}，还有张表把我写成{{spaced:伊　迪　热　斯}}。
访谈者：您最想说什么？
受访者：我老了，只求胡大多给我几年，把两个娃送进高中。
""")

# H1731: Mongolian widow from 乌审旗 in 施秉 城关镇 with a son with cerebral palsy and a daughter.
DOCS["H1731"] = ("family", """\
访谈者：大姐，听说您是从内蒙古来的？
受访者：鄂尔多斯{{trap/place:乌审旗}}的，蒙古族。我叫{{minority/mongolian:查干苏布达}}，这边人念着拗口，就喊{{minority/mongolian:布达}}，菜市场卖菜的干脆喊我{{minority/mongolian:苏姐}}。
访谈者：怎么到施秉来的？
受访者：在{{trap/place:呼和浩特}}读大专时认得我爱人{{han:宋建林}}，他是施秉人，毕业我就跟他回来了。他在{{trap/place:云台山}}景区当讲解员，前年查出肝癌，半年就走了。
访谈者：孩子们情况怎么样？
受访者：两个。儿子{{minority/mongolian:宋吉日格勒}}，十二岁，脑瘫，走路要人扶，话也说不清。我在屋里喊他{{minority/mongolian:吉日格}}，他奶奶喊他{{minority/mongolian:吉格儿}}。女儿户口上叫{{han:宋雅晴}}，蒙古名{{minority/mongolian:萨如拉其格}}，九岁，在{{school:施秉县城关第二小学三年级（5）班}}。
访谈者：儿子的病是怎么发现的？
受访者：八个月还不会翻身，头也抬不起来，我们抱到贵阳一查，说是脑瘫，生的时候缺了氧。那时候他爸还在，两个人抱着娃娃在医院门口哭。后来他爸说，哭没得用，治，砸锅卖铁也治。这些年康复花了十几万。他走的时候最放心不下的就是这个儿子，拉着我的手说，辛苦你了。
访谈者：儿子能上学吗？
受访者：上特教学校，在{{school:施秉县特殊教育学校培智二年级（1）班}}，我天天推轮椅送。班主任{{han:舒明霞}}老师有耐心，一个字一个字教他念。{{minority/mongolian:吉日格}}他最爱听{{trap/minority_word:马头琴}}，手机上一放就笑。
访谈者：家里靠哪些补助？
受访者：一家三口都吃低保。儿子办了一级残疾证，残疾人两项补贴每月加起来{{trap/number:三百三十块}}。社区儿童主任{{han:禄小芹}}帮我们报了困境儿童，一个算重残，一个算单亲困难。{{han:禄小芹}}她还给儿子联系了{{trap/place:凯里}}的康复中心，一周两回，车费社区报。康复中心的{{han:蒙德海}}医生说，坚持做下去，十五岁前能自己走几步。
访谈者：您一天是怎么过的？
受访者：五点半起来给儿子翻身、换尿片，做早饭，七点送女儿上学，八点推儿子去学校，再去上班。中午回来喂饭，下午接两个，晚上给儿子做一个钟头的康复操，拉腿、压腿，他疼得叫，我也心疼，可不做不行。九点多两个都睡了，我才坐下来吃口东西。
访谈者：您自己上班吗？
受访者：在{{trap/place:舞阳河}}边一家客栈做前台。老板{{han:滚正明}}正是看我一个人难，才让我上半天班拿全天的钱，中午回去给儿子喂饭。喂饭要一口一口吹凉，{{trap/word:滚烫}}的他不晓得躲。旺季客栈住满了，半夜还有人来敲门问房。工资一个月{{trap/number:两千八}}，加上低保和补贴，三个人吃饭够了，就是儿子的药贵，一个月要六七百。
访谈者：婆家那边帮得上吗？
受访者：婆婆{{compound:欧阳桂枝}}七十多了，帮我接送女儿。她说{{minority/mongolian:布达}}你莫哭，你一哭娃娃也跟着哭。社工站派了个小伙子叫{{compound:皇甫乔木}}，每个月来教我给儿子做康复操。
访谈者：娘家那边呢？
受访者：阿爸{{minority/mongolian:敖其尔苏和}}在{{trap/place:毛乌素}}沙地边上放羊，姐姐{{minority/mongolian:查干朝日格}}每年寄{{trap/minority_word:炒米}}和奶皮子来。{{minority/mongolian:朝日格}}说接我们回去，可儿子离不开康复中心。贵阳有个蒙古族老乡{{minority/mongolian:哈斯乌日根}}，过年给娃娃们寄新衣服。
访谈者：施秉的日子过得惯吗？
受访者：刚来吃不惯酸汤，受不了这里的潮气，被子总是湿的。我们那边是沙地，天高，一眼望出去几十里；这里全是山，出门就爬坡。他走的那年冬天，我抱着儿子坐在河边，想回去算了。可回去了，儿子的康复谁管？再说他爸埋在这里，我走了，清明谁给他上坟。
访谈者：女儿怎么样？
受访者：懂事得很，放学回来先给哥哥擦脸。{{han:宋雅晴}}她说长大要当医生，把哥哥治好。我给她唱{{trap/famous:嘎达梅林}}，她跟着学，唱得比我还像。
访谈者：登记信息请您说一下。
受访者：家在{{address:施秉县城关镇舞阳河东路三巷6号}}，娘家{{address:乌审旗嘎鲁图镇沙日塔拉嘎查三组11号}}。我的身份证{{id_number@wy1986hyphen.150626}}，儿子的{{id_number@my2012fw.522623}}。我电话{{mobile@plus86dash}}，{{han:禄小芹}}的{{mobile@s38}}。我微信{{wechat:Subuda_Uxin}}，女儿有个QQ，号码她自己拿圆珠笔记在手背上：{{qq:2098736415}}。
访谈者：各种表上名字写对了吗？
受访者：没有一张全对的。残疾证上写的{{spaced:宋　吉　日　格　勒}}，低保表上我是{{spaced:查 干 苏 布 达}}，学校又把女儿写成{{spaced:萨如拉 其格}}，社区的表上把我婆婆写成{{spaced:欧阳 桂枝}}。
访谈者：您最担心什么？
受访者：担心我老了以后儿子咋个办。现在能做的，就是多挣点钱，把两个娃娃带大。
""")

# H1732: Uyghur naan baker from 疏附 in 新州镇 (黄平), widowed, with a daughter with a heart defect and a son.
DOCS["H1732"] = ("family", """\
访谈者：师傅，您这馕坑一天能打多少个馕？
受访者：三百个嘛，多的时候五百。我叫{{minority/uyghur:胡达别尔迪・沙吾提}}，{{trap/place:喀什}}{{trap/place:疏附}}的。街上的人记不住我名字，都喊{{minority/uyghur:胡大哥}}，招牌上写的“{{minority/uyghur:胡达别尔迪}}馕店”。
访谈者：怎么到黄平来的？
受访者：二〇一二年跟表哥{{minority/uyghur:尼亚孜巴克}}出来，先在{{trap/place:贵阳}}，后来到{{trap/place:新州镇}}。在这里认得了我老婆{{han:吴金翠}}，她是{{trap/place:谷陇}}的苗族，在菜场卖酸汤。
访谈者：您爱人现在……
受访者：前年走了，白血病，在贵阳的医院住了八个月，钱花完了，人没留住。丢下两个娃娃。
访谈者：打馕的生意好做吗？
受访者：刚来的时候没人买，这边人不晓得馕是哪样，我就切成小块请大家尝。后来学校的娃娃放学都来买，说像大饼干，两块钱一个。现在每天打芝麻的、洋葱的、肉的三种，肉馕卖得最好。冬天馕坑旁边暖和，街坊老人都来坐着烤火，摆龙门阵。
访谈者：孩子们多大？
受访者：姑娘{{minority/uyghur:佐合热姆・胡达别尔迪}}，十岁，户口随她妈上的，本本上写成{{minority/uyghur:吴佐合热姆}}。儿子{{minority/uyghur:沙木沙克‧胡达别尔迪}}，六岁半。姑娘在{{school:黄平县新州镇第一小学四年级（6）班}}，儿子在{{school:新州镇第三小学一年级（1）班}}，老师喊他{{minority/uyghur:小沙克}}。
访谈者：一个人打馕又带孩子，忙得过来吗？
受访者：忙不过来嘛。早上五点起来揉面，姑娘六点起来给弟弟穿衣服。{{minority/uyghur:佐合热姆}}她才十岁，像个小大人。隔壁卖米粉的{{han:廖幺妹}}天天帮我送儿子上学，{{han:廖幺妹}}说她反正顺路。
访谈者：补助办了吗？
受访者：办了。社区的儿童主任{{han:从瑞芬}}上门来，{{trap/word:从来}}不嫌我汉话说不好，一句一句问。两个娃娃报了困境儿童，我们家吃了低保。街道的{{han:代兰英}}又帮姑娘申请了大病救助，姑娘心脏不好，先天的，要做手术。{{han:代兰英}}讲，手术钱医保报七成，剩下的{{trap/org:县慈善总会}}想办法。去年暑假在贵阳做的手术，我在医院走廊睡了十四天，手术那天在外面等了六个钟头。医生出来说好了，我蹲在地上哭，旁边一个苗族大姐递给我一张纸巾。现在姑娘能跑能跳了，就是体育课要少跑两圈。社区请的律师{{compound:司空怀瑾}}帮我把监护的手续也理清楚了。
访谈者：孩子们在学校习惯吗？
受访者：习惯。姑娘的班主任是{{han:邓雪莲}}老师，名字跟我们的{{trap/word:天山雪莲}}一样。{{han:邓雪莲}}给姑娘买了新书包。学校搞民族团结活动，姑娘跳{{trap/minority_word:赛乃姆}}，全校都给她拍手。{{minority/uyghur:沙木沙克}}跟着姐姐学，转圈转得摔了跟头。他说长大也要开馕店，开一个比爸爸的大十倍的。晚上我揉面，他就在旁边拿一小坨面捏小马、捏小羊，放进馕坑烤，第二天拿去学校给同学看。
访谈者：您一个人带孩子，最难的是什么？
受访者：姑娘长大了，有些事我当爸爸的不会讲。她头一回来月事，吓得在厕所里哭，我在门外急得团团转，最后是隔壁的大姐进去教她的。后来社区专门请人来给姑娘上了一课。我这才晓得，当妈的事，当爸的也要学。有人给我介绍过对象，我不想，娃娃的妈还在我心里，找个后妈，娃娃受委屈我不放心。
访谈者：老家还有亲人吗？
受访者：阿妈在疏附，七十了，视频里看见孙子孙女就哭，说长这么大了还没抱过一回。弟弟{{minority/uyghur:艾则孜巴依·沙吾提}}在{{trap/place:乌鲁木齐}}开出租车，每年{{trap/minority_word:肉孜节}}寄{{trap/minority_word:巴旦木}}和葡萄干来。{{minority/uyghur:艾则孜巴依}}说，哥哥你回来吧。我不回，我老婆埋在这边山上。
访谈者：孩子们会说维吾尔语吗？
受访者：会一点，说得最好的是苗话，跟外婆学的。外婆{{han:潘老人家}}住谷陇，放假就把娃娃接去。我给娃娃讲{{trap/famous:阿凡提}}骑毛驴的故事，儿子笑得在床上打滚。
访谈者：登记信息请您说一下。
受访者：馕店在{{address:黄平县新州镇兴隆街85号}}，老家{{address:疏附县托克扎克镇阿亚格曼干村3组27号}}。我的身份证{{id_number@my1987fwhyphen.653121}}，姑娘的{{id_number@wy2015x.522622}}。我电话{{mobile@p86n}}，{{han:从瑞芬}}的{{mobile@fws}}。我微信{{wechat:nang_Hudaberdi}}，姑娘上网课有个QQ：{{qq:16049358}}。
访谈者：表上名字都写对了吗？
受访者：哪里对。一张写{{minority/uyghur:胡达别尔迪.沙吾提}}，一张写{{minority/uyghur:胡达别尔迪沙吾提}}，一张写{{spaced:胡达别尔迪　沙吾提}}。学校把姑娘写成{{spaced:佐合热姆 · 胡达别尔迪}}，儿子写成{{spaced:沙　木　沙　克}}。
访谈者：您最想说什么？
受访者：我就想把馕打好，把两个娃娃养大。谢谢{{han:从瑞芬}}，谢谢{{han:邓雪莲}}老师。
""")

# H1733: Miao 儿童主任 of a hill village of 牛大场镇 (施秉) reading out her ledger.
DOCS["H1733"] = ("staff", """\
访谈者：{{han:麻大嬢}}，您当儿童主任几年了？
受访者：五年喽。我叫{{han:麻春燕}}，{{trap/place:牛大场}}镇{{trap/place:高坡岭}}村的苗家，寨子上都喊我{{han:春嬢}}。寨子在山顶顶上，种{{trap/word:太子参}}，年轻人都出去打工了，剩下老的小的。这些娃娃的情况，我闭起眼睛都背得出来。
访谈者：台账上有多少孩子？
受访者：十四个，我一个一个念嘛。第一户{{han:吴老满}}家的两个，{{han:吴小兵}}和{{han:吴小芳}}，爹妈在{{trap/place:东莞}}，爷爷瘫在床上，报的事实无人抚养。第二户，{{han:石光炳}}的孙女{{han:石慧慧}}，妈跑了，爸在{{trap/place:福建}}烧砖。
访谈者：这些孩子您都常去看吗？
受访者：{{han:石慧慧}}，那个妹崽最让人心疼，九岁就会煮饭喂猪。第三户{{han:邰安安}}是孤儿，跟大伯{{han:邰学文}}过，领孤儿基本生活费，一个月{{trap/number:一千四百八}}。{{han:邰学文}}说这钱他一分不动，全存起给娃娃读书。
访谈者：还有哪些情况？
受访者：第四户{{han:杨白云}}家住半山腰，早上{{trap/word:白云}}就在脚底下飘。{{han:杨白云}}的爸爸{{han:杨得贵}}得了尘肺病，喘不上气，残疾人两项补贴给他办了。第五户，{{han:过春旺}}在{{trap/place:浙江}}坐牢，儿子{{han:过小龙}}跟奶奶，报了服刑人员子女补助。有人问{{han:过小龙}}你爸呢，他就低起头不讲话。
访谈者：有少数民族的家庭吗？
受访者：有，第六户{{minority/yi:俄底曲洛}}，凉山嫁过来的彝族，男人去年病死了，她带三个娃娃。大的{{minority/yi:麻伍呷}}跟我一个姓，喊我嬢嬢。{{minority/yi:曲洛}}她汉话说得少，表都是我帮她填。第七户，{{trap/word:父母}}都在外头，外婆{{han:母桂英}}带两个外孙，{{han:母桂英}}七十八了，眼睛也不好。
访谈者：您平时怎么走访？
受访者：寨子散，这家在坡顶，那家在沟底，摩托车都骑不上去，要走路。一个月走一遍，鞋子都要走烂一双。去年下雨路滑，我摔了一跤，膝盖到现在还疼。每到一家，看娃娃吃得饱不饱、穿得暖不暖、作业做了没有，再跟老人摆一摆，有哪样困难记在本子上，回来报到镇里。屋顶漏雨的，镇里危房改造给修了；娃娃要配眼镜的，县里有个公益项目免费配。最难的是娃娃心里的事，爹妈不在身边，话都憋在肚子里。我跟学校商量，每个礼拜五下午让娃娃们用村委会的电脑跟爹妈视频一回。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也要忙。村医{{compound:钟离秋生}}帮我看娃娃的病；驻村干部{{compound:宇文佳怡}}帮我录系统；镇民政办的{{han:粟红梅}}每个季度来抽查。我怕{{trap/word:麻烦}}人家，可一个人真跑不赢。我男人在{{trap/place:广东}}打工，我自己两个娃娃也是留守的。人家说我管别人的娃娃，自己的没管好，我听了也难过，可总要有人做这个事。
访谈者：钱是怎么发的？
受访者：打到监护人的一卡通上，每个月十号前到账。有的老人不会取，我陪着去镇上的信用社取，取了当面数清楚。有个老人非要拿钱给我买烟，我说我不抽烟，她硬塞给我一包糖。现在村里通了网，钱到没到账，手机上也能查了。
访谈者：孩子们过年怎么过？
受访者：过年是留守娃娃最欢喜的时候，爹妈都回来了。可过完年爹妈一走，娃娃就要病一场、哭几天。有个妹崽去年追着班车跑了半里路，鞋子都跑掉一只。现在村委会楼上搞了个儿童之家，有书、有电视、有乒乓球台，周末娃娃们都来耍，我给他们煮汤圆、讲故事。
访谈者：这些孩子上学怎么样？
受访者：大多在{{school:施秉县牛大场镇中心小学三年级（1）班}}和{{school:牛大场镇中学七年级（4）班}}。学校的{{compound:夏侯明德}}老师每周把留守娃娃集中起来辅导作业。{{han:吴小芳}}她作文写得好，写她爹妈过年回来那三天。
访谈者：有没有让您印象最深的？
受访者：{{han:邰安安}}。去年{{trap/minority_word:苗年}}，她跑来抱着我说，{{han:春嬢}}，我没得妈，你当我妈嘛。我当场就哭了。后来每回我去她家，她都先跑出来接我，把家里最好的一个苹果留给我，我不吃她就不放我走。
访谈者：登记信息能说一下吗？
受访者：村委会在{{address:施秉县牛大场镇高坡岭村二组1号}}，{{han:邰学文}}家在{{address:高坡岭村六组23号}}。{{han:邰安安}}的身份证{{id_number@wy2013spaced.522623}}，{{han:母桂英}}的{{id_number@wy1947tri.522623}}。我电话{{mobile@fullwidth}}，{{han:粟红梅}}的{{mobile@s434}}，{{compound:宇文佳怡}}的{{mobile@p86h}}。我的微信{{wechat:MaChunyan_gpl}}，{{han:石慧慧}}上网课有个QQ：{{qq:307519482}}。
访谈者：系统里名字有录错的吗？
受访者：有。{{spaced:邰 安 安}}中间多了空格，{{spaced:宇　文　佳　怡}}也是，{{spaced:过 小 龙}}也是，{{han:母桂英}}录成了{{spaced:母 桂英}}。
访谈者：最后您想说什么？
受访者：这些娃娃命苦，我能做的就是多跑几趟。最记挂的，还是{{han:石慧慧}}。
""")

# H1734: clerk of the 黄平 county civil-affairs bureau who keeps the files of children without carers.
DOCS["H1734"] = ("staff", """\
访谈者：您在民政局具体管什么？
受访者：儿童福利股，管全县事实无人抚养儿童的认定和台账。我叫{{han:应丽君}}，股里就我和{{compound:澹台霁川}}两个人，二百一十几个娃娃的档案都在我们两台电脑里。
访谈者：认定一个孩子要走哪些程序？
受访者：村里儿童主任发现了报上来，乡镇核实，公示五天，我们审批。按理{{trap/word:应该}}二十个工作日办完，可遇到爹妈联系不上的，要派出所出证明、法院出文书，拖两三个月的都有。
访谈者：事实无人抚养和孤儿有什么区别？
受访者：孤儿是爹妈都不在了；事实无人抚养是爹妈还在，可一个都管不了，比如一个服刑、一个失联，或者一个重残、一个病故。保障标准跟孤儿差不多，按月发基本生活费，还有教育、医疗的政策。难就难在证明，人不在了好证明，人找不着难证明。满了十八岁就停发，要是还在读书，可以延到大学毕业。去年有两个考上了大学，一个读师范，一个读护理，读师范的那个姑娘说，毕业了要回黄平教书。
访谈者：最难办的是哪一类？
受访者：一方服刑、一方失联的。{{trap/place:谷陇}}有个维吾尔族娃娃叫{{minority/uyghur:阿布都瓦力热合曼}}，他爸{{minority/uyghur:热合曼‧吾斯曼}}在{{trap/place:新疆}}服刑，他妈是{{trap/place:一碗水}}乡的，改嫁以后电话换了。外婆{{han:罗招娣}}带他，学校花名册跟外婆姓，写的{{minority/uyghur:罗阿布都瓦力}}，外婆在家喊他{{minority/uyghur:瓦瓦}}。为找他妈，{{trap/org:一碗水乡派出所}}跑了三趟。
访谈者：后来办下来了吗？
受访者：办下来了，每月{{trap/number:一千一百四十元}}，外婆也算有个依靠。{{minority/uyghur:阿布都瓦力}}今年读三年级，在{{school:黄平县谷陇镇中心小学三年级（2）班}}，成绩中等，爱踢球。
访谈者：城区也有这样的孩子吗？
受访者：有。回族姑娘{{minority/hui:萨尔娃}}，汉名{{han:马晓蕾}}，她爸{{minority/hui:耶尔库布}}欠了一屁股债跑了，她妈病故。班主任{{han:冉慧敏}}发现她天天不吃早饭，{{han:冉慧敏}}问了才晓得家里断粮了，马上报给社区。食堂的{{han:佘师傅}}每天多给她留一个鸡蛋。
访谈者：档案里名字常出错吗？
受访者：常出。系统里一个字都错不得，基层报上来五花八门：有写成{{spaced:阿布都瓦力 ‧ 热合曼}}的，有把{{minority/hui:马萨尔娃}}拆成{{spaced:马 萨 尔 娃}}的，还有把{{han:罗招娣}}写成{{spaced:罗　招娣}}的。连我们自己报上去的，都被写成过{{spaced:澹 台 霁 川}}。我们一个个对户口本。
访谈者：上个月批下来几个？
受访者：六个。{{han:杨秋葵}}、{{han:廖新民}}、{{han:金小虎}}三个是{{trap/place:重安}}的；{{han:龙又春}}又是一碗水的，她哥哥{{han:龙又林}}去年就批了；还有{{han:文桂花}}的孙子{{han:文俊杰}}。{{han:文桂花}}硬是不肯报，怕丢脸，最后被{{han:聂永刚}}劝通了，他是镇上管民政的。
访谈者：一年要下乡几次？
受访者：规定是每个季度抽查一遍，实际上一年跑四十几趟。远的乡镇开车要两个钟头，再走一段山路。到了家里，看娃娃在不在、监护人在不在、钱是不是用在娃娃身上。有的老人把钱存起来一分不动，娃娃穿得破破烂烂，我们还要劝老人该花就花。也认定错过一个：那个娃娃的爸爸报的失联，后来发现人在外省好好地打工，只是不想认这个娃娃。我们停了补助，追回了钱，找到他爸，让他把抚养的责任担起来。
访谈者：你们和哪些部门配合？
受访者：{{trap/org:县检察院}}管监护，{{trap/org:团县委}}派志愿者，{{trap/org:县残联}}管残疾娃娃。检察院的{{compound:司马黛青}}专门办未成年人的案子，团县委的{{han:敖小川}}暑假带大学生下乡陪娃娃。我们{{han:岑局长}}说明年再给股里添一个人。
访谈者：群众有事怎么找你们？
受访者：打{{trap/hotline:12345}}，或者打{{trap/hotline:12349}}。有时候晚上十点还有人打我手机。
访谈者：方便留个联系方式吗？
受访者：办公室在{{address:黄平县新州镇府前路19号民政局三楼308室}}。我的电话{{mobile@plain}}，{{compound:澹台霁川}}的{{mobile@plus86spaced}}。股里的工作微信{{wechat:hp_ertong-fuli2}}，工作QQ{{qq:2836105749}}。
访谈者：刚才说的孩子，信息能核一下吗？
受访者：{{minority/uyghur:阿布都瓦力}}的身份证{{id_number@my2016fwspaced.522622}}，外婆{{han:罗招娣}}的{{id_number@wmid.522622}}，住{{address:黄平县谷陇镇岩英村三组14号}}。{{minority/hui:萨尔娃}}的{{id_number@wy2012.522622}}。
访谈者：最后您想说什么？
受访者：这些娃娃在表上是一行字，在家里是一条命。我们多核一遍，他们就少等一天。有一回去一碗水回访，一个娃娃跑出来喊我阿姨，手里捧着奖状，说考了全班第三。那天开了两个钟头的车，回来的路上我一直在笑。
""")

# H1735: township welfare and family-planning officer of 重安镇 (黄平) among Gejia families.
DOCS["H1735"] = ("staff", """\
访谈者：您在镇上管哪些事？
受访者：社会事务办，计生、民政、残联的事都往我这里堆。我叫{{han:谈国良}}，在{{trap/place:重安镇}}干了十六年，跟老百姓{{trap/word:谈心}}谈得最多的就是留守娃娃。
访谈者：镇上困境儿童多吗？
受访者：七十几个，{{trap/minority_word:革家}}寨子占一小半。{{trap/place:枫香寨}}有一家最揪心：{{han:罗银花}}六十五了，儿子儿媳前年在{{trap/place:沪昆高速}}上出车祸，两个都没了，丢下孙子{{han:罗金弓}}和孙女{{han:罗芳芳}}。
访谈者：孩子们的补助办了吗？
受访者：两个都认定了孤儿，领孤儿基本生活费，一个月{{trap/number:一千五百一十元}}。{{han:罗银花}}却不肯要，说政府的钱拿了心慌。是我跟村支书{{han:廖德兵}}去做了三回工作，{{han:廖德兵}}倒是会讲，说这是娃娃的钱不是你的，她才按了手印。领钱那天，她拿着存折看了半天，说这辈子头一回有人按月给她家送钱。
访谈者：革家有什么讲究？
受访者：革家姑娘戴{{trap/minority_word:红缨帽}}，衣服上绣{{trap/minority_word:弓箭}}，说祖上是射太阳的{{trap/famous:后羿}}。{{han:罗银花}}做了一辈子{{trap/minority_word:蜡染}}，孙子名字里带个弓字，是他爷爷起的。{{han:罗金弓}}他射箭准，寨子里比赛拿过头名。
访谈者：革家的娃娃跟别的娃娃有什么不一样？
受访者：没什么不一样，就是老人守规矩守得紧。过年过节要穿盛装，姑娘从小学绣花、学画蜡，男娃学射箭。爹妈在外面打工的多，老人带着，规矩倒是一代传一代。寨子周围一层一层的梯田，秋收的时候，老人背着娃娃下田，娃娃就在田坎上看大人打谷子。现在学校也开了蜡染课，请寨子里的老人去教。
访谈者：孩子们上学呢？
受访者：{{han:罗金弓}}在{{school:黄平县重安镇中心小学六年级（3）班}}，{{han:罗芳芳}}在{{school:重安镇枫香小学一年级（2）班}}。班主任{{han:杨春柳}}老师每个礼拜家访一回。
访谈者：镇上还有别的民族的家庭吗？
受访者：有个彝族媳妇{{minority/yi:木乃尔西}}，从凉山{{trap/place:美姑}}嫁过来，男人{{han:王成柱}}在工地摔断了腰，一级残疾。儿子随爸姓，叫{{minority/yi:王子格}}，九岁，最爱看{{trap/word:小王子}}那本书，老师喊他{{minority/yi:子格}}。{{minority/yi:尔西}}她在镇上餐馆洗碗，一家人靠低保和两项补贴过。
访谈者：您跟两个孩子聊过吗？
受访者：聊过。妹妹小，不大懂事，问她爸妈去哪里了，她说在天上射太阳。哥哥懂事，不爱说话，放学就去后山练射箭，一箭一箭地射，射到天黑。我问他想不想爸妈，他说想，想也没用，要听奶奶的话。{{trap/place:贵阳}}有个大学老师来寨子里研究蜡染，看了老人家的手艺，把她的作品拿到城里去卖，一张能卖好几百。
访谈者：计生这块还管吗？
受访者：管，现在主要是计生特殊家庭和独生子女奖励。特殊家庭就是独生子女死亡或者伤残的，镇上有十一户。有户人家独儿子在{{trap/place:深圳}}工地出事没了，两个老人天天坐在门口，我去得多了，老人把我当儿子，杀鸡留我吃饭。逢年过节我们送米送油，坐下来陪他们说说话。镇计生协的{{compound:赫连晓梅}}跟我一个办公室，她管台账，我跑路。县妇幼保健院的{{compound:乐正安琪}}每季度下来给娃娃们体检。驻村队员{{compound:闻人晚舟}}帮老人们把手机都调成了大字。
访谈者：这些年变化大吗？
受访者：大。以前寨子里没有路，娃娃读书要走两个钟头，现在通了公路，有校车接送。补助也一年比一年高。可有些东西钱解决不了，爹妈不在身边，娃娃心里空。有年冬天下凝冻，路全封了，我听说有个娃娃的奶奶病了，家里没吃的，就扛了一袋米走了三个钟头上山。到了门口，娃娃正蹲在灶边烧包谷吃，看见我愣了半天，才喊了一声叔叔。
访谈者：有没有难处？
受访者：难处多。有的老人不识字，政策讲十遍记不住。有一回我把政策念给{{han:罗银花}}听，她听完问我：{{han:谈干部}}，你就说我该按哪个手印？我笑了，她也笑了。还有的老人把补助钱借给亲戚，娃娃的学费倒拿不出来，我们只好一家一家去讲。
访谈者：登记信息能说一下吗？
受访者：{{han:罗银花}}家在{{address:黄平县重安镇枫香寨村三组16号}}，{{minority/yi:木乃尔西}}家在{{address:重安镇江边街78号}}。{{han:罗银花}}的身份证{{id_number@wy1960fwhyphen.522622}}，{{minority/yi:王子格}}的{{id_number@my2016quad.522622}}。我电话{{mobile@hyphen}}，{{han:廖德兵}}的{{mobile@plus86}}。我微信{{wechat:TanGuoliang_cz}}，{{han:罗金弓}}有个QQ：{{qq:1738260594}}。
访谈者：名字录得对吗？
受访者：系统里{{spaced:木　乃　尔　西}}、{{spaced:罗 金 弓}}都录成了带空格的，还有人把{{compound:赫连晓梅}}写成{{spaced:赫连 晓梅}}。
访谈者：最后您想说什么？
受访者：革家人有句老话，箭要射得远，弓要拉得满。娃娃们就是箭，我们这些人就是拉弓的手。
""")

# H1736: dispatcher of a rafting company on 杉木河 (施秉) whose boatman drowned saving a tourist.
DOCS["H1736"] = ("staff", """\
访谈者：您在漂流公司做什么？
受访者：调度。哪条船几点下水、哪个船工跟哪条船，都是我排。我叫{{han:蒙秋萍}}，在{{trap/place:杉木河}}漂流干了九年，对讲机一天不离手。
访谈者：您说想聊聊一个同事的孩子？
受访者：嗯。我们船工{{han:龙家栋}}，前年六月涨大水，他跳下去救一个游客，游客救上来了，他被冲走了，第三天才在下游找到。留下两个娃娃，大的{{han:龙杉杉}}，名字是他照着河起的，小的{{han:龙小满}}。
访谈者：孩子们的妈妈呢？
受访者：早几年就去了{{trap/place:佛山}}，再没回来。两个娃娃跟奶奶{{han:潘银秀}}，{{han:潘银秀}}七十多了，还种两亩包谷。社区报了事实无人抚养，民政那边很快就批了。
访谈者：漂流季一般从什么时候到什么时候？
受访者：五月到十月。旺季一天要放两千多人下水，船工八十几个，一个都不能出差错。每条船出发前我要看天、看水位，上游放不放水，要打电话问。水涨过警戒线，哪怕游客排着队骂，也要停。出了那件事以后，公司规定所有船工每年考两回救生证。
访谈者：出事那天是怎么回事？
受访者：上午还好好的，中午上游下了暴雨，水一下子涨了一米多，浑得跟泥浆一样。我在对讲机里喊所有船靠岸，大部分都靠了，就一条船卡在石头上，一个游客掉了下去。他就在旁边那条船上，二话不说跳了下去。我在对讲机里听见有人喊“人被冲走了”，腿一软就坐在了地上。
访谈者：公司做了什么？
受访者：公司赔了钱，保险也赔了，钱都存进两个娃娃的账户，由社区和奶奶一起管，满十八岁再取。县里给他评了{{trap/word:见义勇为}}，证书挂在奶奶家堂屋正中间。被救的那个游客是{{trap/place:重庆}}人，每年六月都来一趟，给娃娃带东西，在河边站半天。老板{{compound:万俟东升}}又拿出{{trap/number:二十万}}，设了个“{{han:龙家栋}}助学金”，每学期发一回。船工们轮流，每个月去看一趟，帮奶奶挑水劈柴。
访谈者：船工都是本地人吗？
受访者：多半是{{trap/place:马号}}、城关的苗家汉家，也有外地的。安全员{{minority/mongolian:朝克温都苏}}是{{trap/place:呼伦贝尔}}的蒙古族，大家喊他{{minority/mongolian:老朝}}。我姓蒙，可我不是{{trap/word:蒙古族}}，{{minority/mongolian:老朝}}老拿这个笑我。{{minority/mongolian:老朝}}他每个礼拜天去教{{han:龙杉杉}}游泳，说河边长大的娃娃，不会水不行。
访谈者：还有别人帮忙吗？
受访者：码头上卖烤串的{{minority/uyghur:艾力卡斯木}}，{{trap/place:伊宁}}来的，大家喊他{{minority/uyghur:卡斯哥}}，娃娃们一去他就塞两串。社工站的{{compound:轩辕素秋}}每月来做一回心理辅导。船工{{compound:拓跋啸川}}是{{han:龙家栋}}的徒弟，过年把两个娃娃接到他家吃年饭。
访谈者：今天排班表上都有谁？
受访者：我念给你听嘛。头一批八点半：三号船{{han:杨铁锤}}，{{han:杨铁锤}}是外号，真名{{han:杨光富}}；五号船{{han:吴金宝}}跟他侄儿{{han:吴小林}}；七号船{{han:石大炮}}；九号船{{compound:拓跋啸川}}。第二批十点：{{han:邰春生}}、{{han:粟老五}}、{{han:张水生}}。{{han:张水生}}{{trap/word:水性}}最好，名字没起错，公司让{{han:张水生}}带新来的船工。
访谈者：孩子们现在怎么样？
受访者：{{han:龙杉杉}}十一岁，在{{school:施秉县城关第一小学五年级（4）班}}，{{han:龙小满}}在{{school:城关第一小学一年级（5）班}}。{{han:龙小满}}说长大了也要当船工，奶奶不让，说河把她爸带走了。我跟她讲，{{trap/famous:徐霞客}}当年也走过这边的水路，河是好河，是那场大水太凶。暑假两个娃娃常来码头，大的坐在调度室看我排船，问这个按钮做哪样的；小的跟着船工跑来跑去，大家都宠她，给她买冰棍。我看着就想起他们爸爸在的时候，也是这样把小的扛在肩上，在码头上走来走去。
访谈者：奶奶身体怎么样？
受访者：腰不好，去年还摔了一跤。社区给她办了高龄补贴，又给两个娃娃申请了营养餐。我们船工里有会木工的，给她家打了两张新床。
访谈者：联系方式能留一下吗？
受访者：公司在{{address:施秉县马号镇杉木河景区游客中心旁8号}}，奶奶家在{{address:施秉县城关镇白塘村五组9号}}。{{han:潘银秀}}的身份证{{id_number@wy1952x.522623}}，{{han:龙杉杉}}的{{id_number@wy2014fw.522623}}。我电话{{mobile@p86h}}，{{minority/mongolian:朝克温都苏}}的{{mobile@spaced}}。调度室微信{{wechat:shanmuhe_diaodu01}}，{{han:龙杉杉}}的QQ是{{qq:６２０４８１７３}}。
访谈者：表上名字都对吗？
受访者：保险单上把{{minority/mongolian:朝克温都苏}}写成{{spaced:朝　克　温　都　苏}}，把{{compound:拓跋啸川}}写成{{spaced:拓 跋 啸 川}}，助学金名单上{{han:龙杉杉}}写成了{{spaced:龙 杉杉}}。
访谈者：最后您想说什么？
受访者：每年六月涨水，我拿着对讲机就心慌。只盼这条河年年平平安安，船工个个都回得来。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1729,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout219",))


if __name__ == "__main__":
    main()
