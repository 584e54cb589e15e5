# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 227 (tests/pii/holdout227/H1801-H1808 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
voices and places were chosen as ones not used in sets 3-225, and the script asserts that no gold string equals a
gold or trap string of any earlier answer_key.csv / traps.csv, or a name in names.csv, and that no trap string was
gold in an earlier set; set 226, written at the same time, is not an earlier set).

Set 227 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
盐津 and 大关 (昭通, Yunnan) and in the Southwestern Mandarin of the region (莫得, 啥子, 咋个, 哪点, 屋头, 嬢嬢,
眼泪包起): a Yi grandmother of a cliff village in 上高桥乡 raising two grandchildren, her son killed in a coal pit in
镇雄 and his wife gone back to 美姑; a Hui black-goat farmer of 兴隆乡, a widower with a deaf daughter at the special
school in 昭通 and a small son; the Han 儿童主任 of the highest village of 上高桥乡 reading out her list; a Uyghur
mother from 墨玉 who sells naan in 盐井镇, her Han husband in prison; the Han vice-chair of the 盐津 women's
federation answering the phone; a Tibetan grandfather from 德钦 raising two grandchildren in the tea hills of
天星镇, his daughter dead in childbirth and the Han son-in-law gone; the Han relief clerk of 豆沙镇 reading out his
ledger; and the Han foreman of a bamboo-shoot plant in 翠华镇 talking about his workers' children.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick, with Han names a little over half of the persons: Yi names of the hills (沙马尔嫫, 吉伍莫果, 吉伍者且,
阿约伍呷嫫, 曲比木且) with short forms (莫果, 者且), the school roll's Han surname before the Yi given name (吉莫果), a
form of address made from it (果嫫) and the grandmother's Han name and kin form (沙秀芝, 沙嬢嬢); Hui 经名 beside the
Han-form names of the same people (撒永祥 / 伊赫桑, 锁桂珍 / 库勒苏姆, 撒梦瑶 / 鲁凯雅, 马国骥 / 赛买德), a Han
surname before a 经名 (撒鲁凯雅, 马纳菲赛) and forms of address made from 经名 (伊哥, 凯丫); Uyghur given name +
father's name with ·, ‧, ・, a full stop and no dot (热孜宛古丽·吐尔洪, 吐尔洪‧阿不都卡迪尔, 艾尔肯・吐尔洪,
努尔麦麦提.沙吾尔, 热孜宛古丽吐尔洪), spaced dots (热孜宛古丽 ・ 吐尔洪, 艾尔肯 · 吐尔洪), the children's Han
surname before a Uyghur given name (时阿孜古丽), short forms (阿孜, 卡哈) and forms of address (小宛, 宛嬢嬢); Tibetan
names of 德钦 (农布七林, 斯那央宗, 达瓦拉宗, 阿称拉木) with the grandfather's form of address (布爷, also the first word
of a turn) and the Han father's surname before the children's Tibetan names (冉此尔, 冉拉宗); rare surnames of the
region (卯, 蹇, 犹, 禄, 陇, 斗, 冉, 苟, 敖, 岑, 覃, 昝, 牟, 母, 缪, 官, 申, 幸, 锁, 撒, 纳, 胥, 扈); surnames that are
ordinary words right before a word that starts with them (卯兴芝卯足了劲, 犹春梅 … 犹豫, 申德贵 … 申请, 商丽萍商量,
万金花 … 万一, 安国珍安排, 温晓琴 … 温和, 斗金凤 … 斗地主, 司空雅琴 … 司空见惯, 长孙砚舟 … 长孙) and names that
contain words used nearby as words (幸福来 … 幸福, 宁可心 … 宁可, 余春笋 … 雨后春笋, 郎便民 … 便民服务中心); given
characters that are grammar words, right before the same word (冉又林又, 敖正香正在, 岑再兴再, 兰正坤正好, 禄文才能);
names right before 也, 都, 就, 才, 还, 要, 把, 给, 跟, 能, 得, 却, 倒, 说, 讲, 她, 他 and after 被, 让, 跟, 和, 问, 喊;
names inside organisation-like phrases where the name is the person's (商丽萍爱心工作室, 苏德厚商店); a surname with
only a title or kin word, annotated whole (撒大哥, 卯主任, 卯妹, 卯孃孃, 蹇股长, 禄大爹, 官婆婆, 冉婆婆, 锁婆婆, 凤妈妈,
商主席, 商孃孃, 牟会计, 晋师傅, 祁师傅, 冯老板, 蒲校长, 扈警官, 尚婆婆; 申屠老师 with a compound surname); a name
closing a transcript with no full stop (卡哈); names spaced out character by character in half- and full-width
spaces and names split in two; compound surnames after ordinary words (司空, 欧阳, 皇甫, 万俟, 左丘, 上官, 诸葛,
夏侯, 端木, 澹台, 南宫, 宗政, 司马, 长孙, 申屠); names read out right before a mobile with no separator; and numbers
and accounts read out and written the many ways people do.

Markup: the inline marks of ``tests/pii/_setkit.py`` (``MARK``, ``marked_item``); the minority group after the slash
is only counted. Person spans are the name only (a title, kin word, particle, pronoun or verb after it is outside);
a surname with only a title or kin word and a form of address made from a non-Han name are annotated whole; a Han
surname before a non-Han given name is minority; Han-style names of Yi, Hui and Tibetan people (沙秀芝, 禄文才,
陇凤英, 撒永祥, 马国骥, 冉俊杰) are han. Run ``python tests/pii/holdout227/make_holdout227.py`` to rebuild
(deterministic); what the build checks and prints: ``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(227_2026_1208)
MINORITY_GROUPS = ('yi', 'hui', 'uyghur', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "hui": 10, "uyghur": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "159", "172", "178", "182", "183", "188", "195", "198",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1801: Yi grandmother of a cliff village in 上高桥乡 (大关) raising two grandchildren; her son died in a coal pit
# in 镇雄 and his wife went back to 美姑 and remarried.
DOCS["H1801"] = ("family", """\
访谈者：阿奶，您家在这山顶上住了多少年了？
受访者：一辈子了。我叫{{minority/yi:沙马尔嫫}}，身份证上的汉名是{{han:沙秀芝}}。{{trap/place:上高桥}}这边的汉族人喊不来，都喊我{{han:沙嬢嬢}}。
访谈者：家里现在几口人？
受访者：就我和两个孙孙。老倌{{minority/yi:吉伍尔日且}}走了十年了。儿子{{minority/yi:吉伍日火}}前年在{{trap/place:镇雄}}挖煤，洞子塌了，人没得了。媳妇{{minority/yi:阿约伍呷嫫}}办完丧事就回{{trap/place:美姑}}娘家，后头嫁了人，电话也打不通了。
访谈者：两个孩子多大了？
受访者：大的是孙女{{minority/yi:吉伍莫果}}，十二岁；小的是孙子{{minority/yi:吉伍者且}}，八岁。学校花名册把孙女写成{{minority/yi:吉莫果}}，同学都喊她{{minority/yi:果嫫}}。她在{{school:大关县上高桥乡中心小学六年级（2）班}}，弟弟在{{school:岩脚村小学二年级（1）班}}。
访谈者：上学远吗？
受访者：远得很。我们寨子挂在崖子上，下山要爬四百多步石梯子，外头人叫{{trap/word:天梯}}。{{minority/yi:莫果}}每天五点半起来，背着弟弟的书包，牵着{{minority/yi:者且}}下山，要走一个多钟头。落雨天石梯子滑，我在屋头心都是悬起的。
访谈者：事实无人抚养是怎么办下来的？
受访者：难。要证明娃娃的妈联系不上。村上的儿童主任{{han:卯兴芝}}{{trap/word:卯足了劲}}帮我们跑，跑了三趟美姑，找到她娘家的村委会开了证明，材料交上去又等了两个月，去年腊月钱才到卡上，一个娃娃一个月{{trap/number:一千一百八}}。乡民政所的{{han:蹇股长}}上来核过两回，爬到半坡歇了三气。我不识字，卡是孙女拿着，她比我会算。
访谈者：孙女懂事吗？
受访者：懂事得叫人心疼。放学回来先喂猪，再煮饭，弟弟的衣裳也是她洗。有一回她跟我说，阿奶，我不读了，我出去打工养你。我打了她一巴掌，打完我自己哭了。学校的{{han:犹春梅}}老师说她成绩好，作文拿过奖，写的就是她阿达。{{han:犹春梅}}做事从来不{{trap/word:犹豫}}，{{minority/yi:莫果}}的校服、鞋子都是她买的。
访谈者：还有谁帮过你们？
受访者：县上社工站的{{compound:司空雅琴}}每个月上山一回，教{{minority/yi:者且}}认字，{{compound:司空雅琴}}还给我带降压药。前年搞危房改造，政府出钱，村里人帮工，把土墙房换成了两间砖房。去年冬天我在坡上摔了一跤，是隔壁{{han:禄大爹}}把我背回来的。{{han:禄大爹}}也是彝族，他儿子{{han:禄文才}}能吃苦，在{{trap/place:昆明}}打工，过年给两个娃娃买了新衣裳，儿媳{{han:陇桂芬}}隔三岔五送点菜来。
访谈者：孩子们想爸爸妈妈吗？
受访者：想嘛。{{minority/yi:者且}}小，问我{{trap/minority_word:阿达}}哪天回来，我说你阿达上天了。孙女不问，晚上抱着她{{trap/minority_word:阿嫫}}留下的{{trap/minority_word:查尔瓦}}睡。{{trap/minority_word:火把节}}那天，寨子里的{{trap/minority_word:毕摩}}{{minority/yi:曲比木且}}来念经，给两个娃娃拴了红线。我给他们讲{{trap/famous:支格阿鲁}}射太阳，{{minority/yi:者且}}听得眼睛都不眨。
访谈者：家里靠什么过？
受访者：我有低保，种点苦荞、洋芋，喂了两头猪。学校中午有营养餐，有肉有蛋，{{minority/yi:者且}}说学校的饭比屋头的好吃，我听了又高兴又难过。孙女的外公{{minority/yi:阿约拉且}}在美姑，每年托人带点{{trap/minority_word:坨坨肉}}来。冬天山上凝冻，火塘一天到晚不敢熄，两个娃娃就围着火塘写作业。
访谈者：孩子们生病了怎么办？
受访者：小病在村卫生室拿药，大病要下山到乡卫生院。去年冬天孙子发烧抽筋，半夜里是村上的人打着电筒把他背下山的，走了两个钟头。医生说再晚点就危险了。现在有医保，住院报得多，我心里踏实一点。
访谈者：彝族的节日你们还过吗？
受访者：过。彝年杀一头猪，分一半给帮过我们的人家。火把节娃娃们最高兴，举着火把满坡跑。我老了跳不动，就坐在门口看，看着看着就想起我儿子小时候，也是这样跑。
访谈者：上面的人来看过你们吗？
受访者：来过。县上的干部过年送过米和油，还跟娃娃照了相。我跟他们说，莫得啥子要求，就是路修一下，石梯子太陡，娃娃天天爬，我怕哪天出事。他们说在规划了，我等着。孙女说她以后要当老师，回寨子里教书，我说好，你当了老师，寨子里的娃娃就不消爬梯子下山读书了。
访谈者：登记信息请您说一下。
受访者：家在{{address:大关县上高桥乡岩脚村三组17号}}。我的身份证{{id_number@wold.530624}}，{{minority/yi:莫果}}的{{id_number@wy2013quad.530624}}。我不会用手机，电话是{{han:卯兴芝}}帮我存的：{{mobile@s434}}。孙女的QQ是{{han:犹春梅}}帮她注册的，{{qq:4081726395}}。
访谈者：名字在表上写得对吗？
受访者：乱的。低保表上我是{{spaced:沙 马 尔 嫫}}，孙女写成{{spaced:吉伍　莫果}}，孙子写成{{spaced:吉 伍 者 且}}。
访谈者：您最担心什么？
受访者：怕我哪天走了，两个娃娃咋个办。{{han:卯兴芝}}说，真到那天政府会管，叫我莫想多了。可我夜里睡不着，还是要想。我只盼两个娃娃把书读出来，莫像他阿达一样钻洞子。
""")

# H1802: Hui black-goat farmer of 兴隆乡 (盐津), a widower with a deaf daughter and a small son.
DOCS["H1802"] = ("family", """\
访谈者：{{han:撒大哥}}，您这一圈羊有多少只？
受访者：黑山羊，七十来只。我叫{{han:撒永祥}}，经名{{minority/hui:伊赫桑}}。{{trap/place:兴隆乡}}的回民兄弟嫌经名长，都喊我{{minority/hui:伊哥}}。羊是帮扶项目给的二十只母羊起的家，放在竹林底下的坡上，一年卖得到两三万。
访谈者：家里的情况能说说吗？
受访者：老婆{{han:锁桂珍}}，经名{{minority/hui:库勒苏姆}}，前年得肝癌走了，在{{trap/org:昭通市第一人民医院}}住了四个月，大病医保报了一半，还借了十几万。{{minority/hui:库勒苏姆}}走的时候，小的才七岁。
访谈者：两个孩子呢？
受访者：大的是丫头，{{han:撒梦瑶}}，经名{{minority/hui:鲁凯雅}}，十三岁，耳朵听不见，三岁那年发高烧烧坏的。她在{{school:昭通市特殊教育学校七年级（1）班}}，住校，半个月回来一趟。老师喊她{{minority/hui:撒鲁凯雅}}，同学打手语喊她{{minority/hui:凯丫}}。小的是儿子{{han:撒浩宇}}，经名{{minority/hui:宰努拉}}，九岁，在{{school:盐津县兴隆乡中心小学三年级（4）班}}。
访谈者：丫头上学怎么去？
受访者：我骑摩托送她到县城车站，坐班车到昭通，要三个多钟头。头一年她不肯去，抱着车站的柱子哭。客运站的{{han:晋师傅}}认得我们了，每回都让她坐在司机后头，到了昭通打电话告诉我。
访谈者：有哪些补助？
受访者：丫头有残疾证，听力二级，两项补贴都有。我家是低保户，乡上又给两个娃娃报了困境儿童。是村上的儿童主任{{han:万金花}}跑的，她说{{trap/word:万一}}哪样材料不齐，钱就下不来，一样一样帮我核。县残联的{{han:母俊峰}}给丫头配了助听器，{{trap/org:盐津县妇联}}的{{han:商丽萍}}{{trap/word:商量}}着给她找了个资助人。
访谈者：丫头在学校怎么样？
受访者：好。她手巧，绣花绣得好，拿过全市的奖，说以后要当绣娘。班主任{{han:缪春妍}}老师教她开口说话，现在能喊爸爸了。那天她在视频里喊了一声，我蹲在羊圈头哭了半天。
访谈者：儿子呢？
受访者：{{minority/hui:宰努拉}}调皮，放学就往{{trap/place:白水江}}边上跑，去年夏天差点遭水冲走，是收羊的{{han:纳国兴}}把他拉上来的。我跟{{minority/hui:宰努拉}}讲，你再去河边，我把你关在羊圈头。{{han:纳国兴}}说，娃娃没得妈，你莫打他。现在他放学跟{{han:纳国兴}}的孙子{{han:纳俊熙}}一路走，两个互相管着。
访谈者：做礼拜方便吗？
受访者：乡上有个小寺，寺里的{{han:马俊德}}阿訇，经名{{minority/hui:纳西木}}，每年{{trap/minority_word:开斋节}}都来看两个娃娃。岳母{{han:锁婆婆}}七十多了，炸{{trap/minority_word:油香}}给娃娃吃，教{{minority/hui:鲁凯雅}}看图认经文。
访谈者：一个人养羊又带孩子，顾得过来吗？
受访者：顾不过来也要顾。早上四点起来割草，送儿子下坡读书，再赶羊上山。下雨天羊圈漏，我一晚上起来三回。社工{{compound:万俟岚清}}说我这是“造血”，我听不懂，反正羊多了，娃娃就有书读。
访谈者：羊好卖吗？
受访者：好卖。黑山羊有名气，宜宾、重庆的老板开车来收，活羊一斤二十几块。就是怕生病，去年一场羊痘死了八只，我心疼得几夜睡不着。乡上的兽医来打了疫苗，现在好了。
访谈者：丫头回来的时候怎么跟您交流？
受访者：打手语。我学得慢，她就写在本子上给我看，字写得工工整整，比我写得好。她跟弟弟打手语吵架，两个比划得飞快，我一句都看不懂，只晓得又在抢电视遥控器。
访谈者：家里欠的钱还了吗？
受访者：还了一半。亲戚的钱不催，可我心里过不去。每卖一回羊，先拿一点出来还账，剩下的给娃娃交生活费。丫头读书不要学费，可住校吃饭、来回车费，一个月也要几百块。
访谈者：儿子成绩怎么样？
受访者：一般，数学好，语文差，作文老是写不满。老师说他聪明，就是坐不住。我说坐不住也要坐，你姐姐听不见都读得好，你耳朵好好的，还读不好？
访谈者：想过出去打工吗？
受访者：想过，走不开。我走了，儿子哪个管？丫头回来哪个接？守着这几十只羊，饿不死，娃娃也在身边。
访谈者：登记信息请您说一下。
受访者：家在{{address:盐津县兴隆乡石笋村六组8号}}。我的身份证{{id_number@my1981hyphen.530623}}，丫头的{{id_number@wy2011fw.530623}}。我电话{{mobile@h38}}，{{han:万金花}}的{{mobile@p86n}}。我微信叫{{wechat:sayongxiang_goat}}，儿子的QQ{{qq:2750318469}}。
访谈者：名字在表上写得对吗？
受访者：不对。补贴表上丫头写成{{spaced:撒 梦 瑶}}，我写成{{spaced:伊赫 桑}}，还有张表把她经名写成{{spaced:鲁　凯　雅}}。
访谈者：您最盼什么？
受访者：盼丫头以后能自己挣饭吃，儿子莫再往河边跑。她妈走的时候拉着我的手，就交代了这两句。
""")

# H1803: Han 儿童主任 of the highest village of 上高桥乡 (大关) reading out her list.
DOCS["H1803"] = ("staff", """\
访谈者：{{han:卯主任}}，您这个村在山顶上？
受访者：半山腰到山顶都是，{{trap/place:上高桥乡}}最高的一个村，三百多户，一半是彝族。我叫{{han:卯兴芝}}，当儿童主任五年了。名单在这个本本上，我一家一家念。
访谈者：好。
受访者：头一家，彝族，{{minority/yi:沙马尔嫫}}，七十一，带两个孙孙，{{minority/yi:吉伍莫果}}和{{minority/yi:吉伍者且}}，事实无人抚养。阿奶汉话说不全，我一去她就拉着我喊{{han:卯妹}}，要杀鸡给我吃。
访谈者：第二家？
受访者：第二家是孤儿，{{han:申小满}}，女，十岁。爸妈在{{trap/place:昆明}}打工，出车祸一起走了，跟爷爷{{han:申德贵}}过。孤儿基本生活费是我帮着{{trap/word:申请}}的，每月{{trap/number:一千四百五}}。{{han:申德贵}}他不识字，签字按手印，{{han:申小满}}才十岁，就会给爷爷煮饭。孩子在{{school:上高桥乡中心小学四年级（3）班}}，身份证{{id_number@wy2015spaced.530624}}，家住{{address:上高桥乡岩脚村一组2号}}。
访谈者：第三家？
受访者：第三家，{{han:冉又林}}，男，九岁，脑瘫。爸妈在{{trap/place:浙江}}，一年回来一趟。{{han:冉又林}}又住院了，上个礼拜刚接回来。两项补贴都有，奶奶{{han:官婆婆}}背他上下学，背了三年。家在{{address:大关县上高桥乡岩脚村七组4号}}，身份证{{id_number@my2016hyphen.530624}}。
访谈者：第四家？
受访者：第四家是服刑人员子女。爸爸{{han:苟德明}}偷电缆，判了三年，妈妈跑了。两个娃娃{{han:苟思雨}}、{{han:苟思远}}跟奶奶{{han:敖正香}}，{{han:敖正香}}正在地头挖洋芋，你们上去就看得到。
访谈者：还有吗？
受访者：第五家，{{han:幸福来}}，男，十一岁，名字是他爷爷起的，盼家里转运。可这娃娃的日子哪点谈得上{{trap/word:幸福}}：爸爸喝醉了从石梯子上摔下去，妈妈改嫁到{{trap/place:彝良}}。他跟大姨妈{{han:斗金凤}}住，{{han:斗金凤}}人勤快，她男人就晓得{{trap/word:斗地主}}，输了钱回来骂娃娃。
受访者：第六家是新添的，{{han:母玉翠}}，一个人带三个娃娃，男人在工地上摔成了植物人，躺在{{trap/org:大关县人民医院}}。大的{{han:敖家旺}}就在乡中学住校，小的两个跟着她。这家我还在跑，材料交到乡上了。
访谈者：这些孩子都谁在跟？
受访者：乡民政所的{{han:蹇股长}}总管，社工站派了{{compound:司空雅琴}}跟吉伍家、申家，还有个{{compound:欧阳苒芊}}跟冉家、苟家。大学生志愿者{{compound:皇甫子谦}}暑假来教娃娃们画画，{{han:幸福来}}画了一张全家福，里头有他爸。
访谈者：平时怎么上门？
受访者：一个月至少走一遍，看娃娃吃得饱不饱、穿得暖不暖、有没有辍学。夏天防溺水，冬天防烤火中毒，火塘边上睡的我都要提醒。儿童主任一个月补贴几百块，摩托车油钱都不够。到吉伍家要爬一个钟头，到冉家要下一道沟。{{han:冉又林}}的妈打电话来，我把娃娃的情况讲给她听，她在那头哭。我说哭有啥子用，过年回来看看娃娃。
访谈者：村里人怎么看这些孩子？
受访者：大多数人心好。也有人说闲话，说哪个哪个又领国家的钱了。我就跟他们讲，你屋头娃娃要是爹妈都不在了，你也盼有人管。{{han:斗金凤}}跟我说，她宁愿自己少吃一口，也不让娃娃受气。
访谈者：最难的是什么？
受访者：最难是材料。一个娃娃要户口本、身份证、死亡证明、判决书，缺一样都报不上。有的爹妈在外头失联了，要去派出所开证明，派出所又说要村上先出证明，来来回回跑。这两年好一点，上头说能简化的简化。
访谈者：冬天山上怎么样？
受访者：冷，雪凝冻，路封了就上不来。去年腊月封了半个月，我打电话挨家挨户问，米够不够，炭够不够。有一家没得炭了，我喊村上的拖拉机绕路送了一车去。开春了我又一家一家去看，哪个娃娃脚上长了冻疮，我拿药去。
访谈者：您自己家里呢？
受访者：我男人在村里开拖拉机，两个娃娃一个读高中一个读初中，都住校。我白天跑这些娃娃，晚上回去还要喂猪煮饭。男人说我管别人家的娃娃比管自家的还上心，我说自家的有爹有妈，怕啥子。可有时候半夜想起哪个娃娃没吃饭，我还是睡不着。
访谈者：名单上的名字写得对吗？
受访者：错的多。县上的表把{{spaced:吉　伍　莫　果}}写成一个字一个空，{{spaced:申 小 满}}也是，{{spaced:敖 正香}}写成两截。{{minority/yi:吉莫果}}、{{minority/yi:者且}}两个，有的表写彝名，有的表写汉名，对都对不上。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，{{han:蹇股长}}的{{mobile@fws}}。我微信{{wechat:maoxz_yanjiao}}，QQ是{{qq:61839027}}。
访谈者：干这个您觉得值吗？
受访者：值。上个月{{han:申小满}}考了全班第一，跑来跟我说：{{han:卯孃孃}}，我长大也要当儿童主任。我眼泪包起，说你要当就当大官，帮更多的娃娃。
""")

# H1804: Uyghur mother from 墨玉 who sells naan in 盐井镇 (盐津); her Han husband is in prison.
DOCS["H1804"] = ("family", """\
访谈者：大姐，您这个馕摊摆了几年了？
受访者：六年了。我叫{{minority/uyghur:热孜宛古丽·吐尔洪}}，老家{{trap/place:和田}}{{trap/place:墨玉}}。这条街上的人喊不全，都喊我{{minority/uyghur:小宛}}，买馕的娃娃喊我{{minority/uyghur:宛嬢嬢}}。
访谈者：怎么到盐津来的？
受访者：我男人{{han:时建军}}是盐津人，十年前在和田工地上开挖机，我们就认得了。他说他老家有盐井、有竹子、有一条大河，我就跟着来了。头一年我听不懂盐津话，买菜都靠比划，现在吵架都吵得赢。
访谈者：他现在……
受访者：关起的。前年帮老乡拉货，车上有违禁的东西，他说他不晓得，法院判了四年半，关在{{trap/place:昭通}}。
访谈者：孩子们呢？
受访者：两个。丫头十一岁，户口上叫{{minority/uyghur:时阿孜古丽}}，我们喊她{{minority/uyghur:阿孜}}，在{{school:盐津县盐井镇第一小学五年级（2）班}}。儿子七岁，汉名{{han:时浩南}}，维吾尔名字是他外公起的，叫{{minority/uyghur:卡哈尔曼}}，我喊他{{minority/uyghur:卡哈}}。他在{{school:盐井镇城关小学一年级（5）班}}，到现在还以为他爸在昆明开车。
访谈者：有哪些人帮你们？
受访者：社区的儿童主任{{han:温晓琴}}，{{han:温晓琴}}人{{trap/word:温和}}得很，给两个娃娃报了服刑人员子女补助，一个月{{trap/number:八百八十块}}。县妇联的{{han:商丽萍}}帮我申请了低保，还找律师{{compound:左丘砺锋}}帮我男人写了申诉。司法所的{{compound:上官濯缨}}带我们去监狱视频会见，社工{{compound:诸葛霁川}}每个礼拜来陪丫头写作业。
访谈者：会见的时候孩子们说什么？
受访者：丫头不说话，就哭。儿子在屏幕里看见他爸穿的那身衣裳，问为啥子爸爸穿得跟别人一样。{{han:时建军}}说是厂里的工作服，儿子就信了。出来以后丫头跟我说，妈，我晓得爸爸在哪里，你莫瞒我。
访谈者：她在学校怎么样？
受访者：遭人笑过，说她爸是劳改犯，说她是外地人。她哭着回来，说不想读了。班主任{{han:母海燕}}把那几个娃娃喊去，讲了一节课。{{han:母海燕}}说，{{minority/uyghur:阿孜}}是盐津的娃娃，哪个都不许欺负。后来那几个娃娃还来买我的馕，喊我嬢嬢。
访谈者：一个人摆摊带孩子，顾得过来吗？
受访者：顾不过来。早上五点起来揉面，烧馕坑，七点送娃娃上学。隔壁卖{{trap/word:乌骨鸡}}的{{han:安国珍}}{{trap/word:安排}}她儿子帮我看摊子。公公{{han:时德才}}七十了，腿脚不好，还能帮我接一下{{minority/uyghur:卡哈}}。房东{{han:官德寿}}晓得我难，两年没涨过房租。盐津雨多，馕摊支在屋檐下，一落雨生意就差一半。
访谈者：老家那边呢？
受访者：我阿爸{{minority/uyghur:吐尔洪‧阿不都卡迪尔}}在墨玉种核桃，哥哥{{minority/uyghur:艾尔肯・吐尔洪}}每年寄一箱核桃、一箱红枣来。昭通有个老乡{{minority/uyghur:努尔麦麦提.沙吾尔}}卖烤肉，过{{trap/minority_word:肉孜节}}喊我们去吃{{trap/minority_word:抓饭}}。丫头会弹一点{{trap/minority_word:都塔尔}}，我给她讲{{trap/famous:阿凡提}}的故事，她笑得在床上打滚。
访谈者：馕在这边好卖吗？
受访者：开头不好卖，盐津人没吃过，说像锅盔。我就切成小块给人尝，后来学生娃娃最喜欢，放学一窝蜂来买。我还学着做了辣椒馅的，盐津人爱吃辣，卖得比原味的还好。一个馕三块，一天卖两百来个。
访谈者：孩子们说维吾尔语吗？
受访者：丫头会说一点，儿子只会几句。在家我跟他们说维吾尔话，他们回我盐津话。我阿爸视频的时候，丫头能跟他说上几句，儿子只会喊外公，喊完就跑了。
访谈者：您自己想家吗？
受访者：想。和田干，这边湿，头两年我身上起疹子，医生说是水土不服。想家的时候我就做一锅抓饭，放胡萝卜、放羊肉，满屋子都是老家的味道。
访谈者：补助够用吗？
受访者：不够也要够。房租四百，两个娃娃的伙食、书本，还要给男人存点钱，他在里头买东西要用。我一分一分算着花。他说出来以后跟我一起摆摊，再也不帮人拉货了。我说你先把烟戒了再说。
访谈者：登记信息请您说一下。
受访者：住在{{address:盐津县盐井镇滨江路老盐仓巷14号}}，老家{{address:墨玉县喀尔赛乡阿克萨依村2组31号}}。我的身份证{{id_number@wy1988fwhyphen.653222}}，丫头的{{id_number@wy2014tri.530623}}。电话{{mobile@plus86}}，{{han:温晓琴}}的{{mobile@s74}}。我的微信{{wechat:Rizwan_nang88}}，丫头的QQ是{{qq:２０９４８１７３６}}。
访谈者：名字在表上写得对吗？
受访者：低保表上写的是{{minority/uyghur:热孜宛古丽吐尔洪}}，银行卡上是{{minority/uyghur:热孜宛古丽.吐尔洪}}，学校的表写成{{spaced:热孜宛古丽 ・ 吐尔洪}}，丫头写成{{spaced:时 阿 孜 古 丽}}。
访谈者：您最盼什么？
受访者：盼男人早点出来，一家四口回和田看我阿爸。两个娃娃里头，我最放心不下的是{{minority/uyghur:卡哈}}
""")

# H1805: Han vice-chair of the 盐津 county women's federation, answering the phone during the interview.
DOCS["H1805"] = ("staff", """\
访谈者：{{han:商主席}}，您在妇联管儿童这一块？
受访者：我是副主席，叫{{han:商丽萍}}，管家庭和儿童工作。补助是民政发，我们管帮扶、管心理、管找资助人。县上给我挂了块牌子，叫“{{han:商丽萍}}爱心工作室”，其实就我带三个人。
访谈者：您重点跟的孩子有多少？
受访者：八十几个。每年开学前我们跟{{trap/org:盐津县民政局}}对一遍名单，看哪家新出了事。上个月{{trap/place:庙坝镇}}有个娃娃，爸爸出车祸，妈妈跑了，是学校的{{han:蒲校长}}先报上来的。你看我这手机，一天到晚响。
受访者：喂，{{han:万金花}}啊？{{minority/hui:鲁凯雅}}的助听器到了？好，你喊{{minority/hui:伊哥}}明天下来拿。……兴隆乡的儿童主任，说的是撒家那个聋哑丫头。
访谈者：资助人怎么找？
受访者：靠企业，靠在外头的盐津人。{{trap/place:水富}}有个老板{{han:晋长河}}，一个人资助了十二个娃娃。我们建了个微信群叫“{{trap/org:盐津爱心妈妈}}”，一百多个妈妈，每人结对一个娃娃，一个月至少视频一回，过生日送个礼物，娃娃开家长会爹妈去不了的，爱心妈妈去。有个{{han:凤春燕}}，是{{trap/org:盐津县人民医院}}的护士，结对的是{{minority/uyghur:时阿孜古丽}}，娃娃喊她{{han:凤妈妈}}。{{han:凤春燕}}也学会打馕了。
受访者：喂，{{compound:诸葛霁川}}？你到监狱了？好，你帮{{minority/uyghur:小宛}}把会见的表填了，她汉字写不全。……我们的社工，娃娃们老问她是不是{{trap/famous:诸葛亮}}的后人。
访谈者：这些孩子里，最让您揪心的是哪个？
受访者：{{trap/place:豆沙镇}}的{{han:宁可心}}，十四岁，爸爸病死了，妈妈嫁到{{trap/place:宜宾}}，跟外婆过。去年她割过手腕，是同桌{{han:蒲星妤}}发现的，{{han:蒲星妤}}给我发QQ，我半夜开车上去。她外婆说，我{{trap/word:宁可}}自己饿死，也要供她读书。现在{{han:宁可心}}在{{school:盐津县第一中学八年级（7）班}}，住{{address:盐津县豆沙镇石门村二组19号}}，心理老师{{compound:夏侯雪莹}}每周找她谈一回。
访谈者：这种事多吗？
受访者：多。留守的、单亲的，心里有事不说。干我们这行，这种事{{trap/word:司空见惯}}，可每回我还是睡不着，半夜爬起来看手机，怕漏了哪个娃娃的消息。
受访者：喂？哪个？哦，{{han:禹德琨}}，{{han:蒲星妤}}学校管德育的。……好，让{{han:蒲星妤}}跟{{han:宁可心}}坐一桌，莫调开。
访谈者：妇联还做些什么？
受访者：暑假办“{{trap/org:春蕾班}}”，给女娃娃补课。{{trap/org:县检察院}}的{{han:梅国庆}}检察官每学期来讲一堂防性侵的课，讲完娃娃们围着他问东问西。还有个热线{{trap/hotline:12338}}，妈妈们有事可以打。去年有个奶奶打过来，说孙女遭继父打，我们跟派出所的{{han:扈警官}}连夜去的。
访谈者：爱心妈妈怎么挑？
受访者：自愿报名，我们要看人，要家访，还要签承诺书，不能今天热明天冷。娃娃最怕的就是有人来了又走，走了就不回来。有个妈妈结对一年就不理了，娃娃天天问，我只好自己顶上去，一直顶到现在。
访谈者：心理辅导怎么做？
受访者：先交朋友，再谈心。社工带娃娃画画、做游戏，画出来的东西看得出心里的事。有个娃娃画的屋头没有门，社工问他为啥子，他说门关起来爹妈就回不来了。我听了半天说不出话。
访谈者：您觉得这几年变化大吗？
受访者：大。以前困境儿童这个词都没有，娃娃爹妈不在了，就是亲戚看着办。现在有儿童主任、有社工、有补助，哪个娃娃出了事，一个电话就有人管。可人手还是少，山又高，有的村一个儿童主任要管几十个娃娃。
访谈者：妇联的钱从哪里来？
受访者：一部分是上头的项目，一部分是社会上捐的。每一笔都要登记，捐给哪个娃娃、买了啥子，都要在群里公示。有的人捐钱不要名字，我们就写爱心人士。
访谈者：表上的名字有写错的吗？
受访者：多得很。你看这张，{{spaced:宁 可 心}}，{{spaced:热 孜 宛 古 丽}}，维吾尔族大姐的哥哥写成{{spaced:艾尔肯 · 吐尔洪}}，还有把社工写成{{spaced:诸　葛　霁　川}}的。
访谈者：您的联系方式？
受访者：我电话{{mobile@spaced}}，微信{{wechat:shanglp-yjfl}}，QQ{{qq:1357924086}}。{{han:凤春燕}}的电话也给你，{{mobile@p86h}}，她微信{{wechat:wxid_fcy7q2m9k4}}。{{han:蒲星妤}}那个QQ我也存着，{{qq:2649051387}}，娃娃们有事找她比找我还快。{{han:宁可心}}的身份证我这里也有，{{id_number@wy2012quad.530623}}。
访谈者：干这个最难的是什么？
受访者：最难是人手。三个人管八十几个娃娃，还要写材料、迎检查。可{{han:宁可心}}上个月给我发了一句：{{han:商孃孃}}，我想当医生。我就觉得，再累也值。
""")

# H1806: Tibetan grandfather from 德钦 raising two grandchildren in the tea hills of 天星镇 (大关); his daughter died
# in childbirth and the Han son-in-law left for 浙江 with a new family.
DOCS["H1806"] = ("family", """\
访谈者：{{minority/tibetan:布爷}}，您是从迪庆来的？
受访者：{{trap/place:德钦}}的，{{trap/place:梅里雪山}}脚下。我叫{{minority/tibetan:农布七林}}，六十六了。{{trap/place:天星镇}}这边的人喊不来，都喊我{{minority/tibetan:布爷}}。
访谈者：怎么到大关来的？
受访者：我姑娘{{minority/tibetan:斯那央宗}}在{{trap/place:香格里拉}}的饭店打工，认得了大关来的{{han:冉启富}}，嫁过来了。五年前生第二个娃娃，大出血，人没了。{{han:冉启富}}后头去浙江打工，又成了家，电话也不接。两个娃娃没人管，我就从雪山上下来了。
访谈者：两个孩子多大了？
受访者：大的是孙子，汉名{{han:冉俊杰}}，藏名是寺里的喇嘛起的，叫{{minority/tibetan:此尔}}。学校里都喊他{{minority/tibetan:冉此尔}}，他也答应。小的是孙女{{minority/tibetan:达瓦拉宗}}，五岁，她阿妈就是生她那回走的，幼儿园老师喊她{{minority/tibetan:冉拉宗}}。孙子在{{school:大关县天星镇中心小学四年级（1）班}}。
访谈者：您一个人带两个孩子？
受访者：一个人。老伴{{minority/tibetan:阿称拉木}}前年在德钦走了，儿子{{minority/tibetan:斯那此里}}在老家放牦牛、捡松茸，顾不到这边。亲家母{{han:冉婆婆}}隔两天来帮我洗一回衣裳，她也七十多了，膝盖不好，走一趟要歇好几气。
访谈者：这边的路好走吗？
受访者：不好走。茶园在坡上，一层一层像梯子，背篓背起爬上去。我们德钦的山高，可没得这么陡。落雨天泥巴路滑，我背着孙女摔过一回，膝盖到现在还肿。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:陇凤英}}，她是彝族，跟我一样汉话说得慢，心热得很，再忙{{han:陇凤英}}都要一个月来两回。她给两个娃娃报了事实无人抚养，一个娃娃一个月{{trap/number:一千二百六}}，我自己也有低保。社工{{compound:端木鹭汀}}每个月来，帮我跑手续，我不识汉字，表都是她填的，她还给我开了个微信，{{wechat:wxid_nbql51x8e3}}。班主任{{han:兰正坤}}正好住在我们寨子下头，天天顺路带孙子上学。
访谈者：您在这边做什么活？
受访者：春天采茶，一天采得到十来斤鲜叶，茶厂的{{han:冯老板}}按斤收。四五月笋子出来，我去{{trap/place:翠华镇}}的笋厂剥笋壳，按斤算钱，一天七八十块。车间的{{han:祁师傅}}照顾我，让我坐着剥。
访谈者：孩子们习惯这边吗？
受访者：孙子习惯了，大关话说得比我还溜，同学{{han:兰小虎}}天天来喊他去河边捉螃蟹。孙女小，晚上闹着要吃{{trap/minority_word:糌粑}}，我给她弹{{trap/minority_word:弦子}}，唱德钦的歌，她就睡了。我给{{minority/tibetan:此尔}}讲{{trap/famous:仓央嘉措}}的诗，他说听不懂，可他喜欢听。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:此尔}}问我阿妈在哪点，我说在{{trap/place:卡瓦格博}}上，变成雪了。去年{{han:陇凤英}}带我们去{{trap/place:昭通}}照了张全家福，{{minority/tibetan:达瓦拉宗}}说少了阿妈。志愿者{{compound:澹台沐霖}}把她阿妈的照片修进去了，挂在堂屋头。
访谈者：德钦和这边有什么不一样？
受访者：啥子都不一样。德钦冷，这边潮；德钦的山上长松茸，这边的山上长竹子。刚来那年我吃不惯辣子，现在一顿不吃辣还不习惯了。大关的茶好，高山上雾大，今年春茶一斤鲜叶卖得到二三十块。
访谈者：您身体怎么样？
受访者：高原上下来，头两年老是头晕，膝盖也不行了，爬茶园要拄棍子。镇卫生院的医生每个月来量一回血压，给我开了药。我最怕我病倒了，两个娃娃没人管。我跟孙子说，阿爷要是哪天起不来了，你就去找儿童主任。
访谈者：女婿后来联系过吗？
受访者：去年过年打过一回电话，说那边的老婆又生了一个，日子也难。他寄了五百块钱，说对不起两个娃娃。我没说啥子，钱拿去给孙子交了书本费。孙子问是哪个打的电话，我说是你爸，他就不说话了。
访谈者：孙女身体好吗？
受访者：生下来就没得奶吃，是喝米汤长大的，瘦，三天两头感冒。幼儿园的老师心好，天冷了给她多穿一件，中午还让她在教室里睡一会儿。孙子会说一点藏话，孙女不会，我教她唱歌，调子都对，就是词不晓得啥子意思。
访谈者：登记信息请您说一下。
受访者：家在{{address:大关县天星镇茶园村四组23号}}，老家{{address:德钦县奔子栏镇日堆村三社6号}}。我的身份证{{id_number@my1959.533422}}，孙子的{{id_number@my2015x.530624}}。我电话{{mobile@s38}}，{{han:陇凤英}}的{{mobile@plus86spaced}}。孙子打游戏有个QQ：{{qq:73915820}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:农 布 七 林}}，孙子写成{{spaced:冉 此尔}}，孙女写成{{spaced:达瓦　拉宗}}。
访谈者：您最盼什么？
受访者：盼两个娃娃长大，我带他们回德钦，给他们阿妈点一盏灯，让他们看看阿妈小时候放羊的那片草坡。
""")

# H1807: Han relief clerk of 豆沙镇 (盐津) reading out his ledger and answering the phone.
DOCS["H1807"] = ("staff", """\
访谈者：您在镇上管社会救助多少年了？
受访者：九年了。我叫{{han:牟成林}}，{{trap/place:豆沙镇}}民政办的，低保、特困、临时救助、困境儿童都从我手上过。镇上的人喊我{{han:牟会计}}，其实我不是会计。
访谈者：您这本台账能念几户吗？
受访者：念嘛。第一户，{{han:岑再兴}}，男，十二岁，爸爸在{{trap/place:横江}}里打鱼淹死了，妈妈走了，跟着爷爷{{han:岑德渊}}。{{han:岑再兴}}再过一年上初中，要住校，爷爷一个人在屋头我们不放心。身份证{{id_number@my2013hyphen.530623}}，事实无人抚养，每月{{trap/number:一千一百五十元}}。
访谈者：第二户？
受访者：第二户是回族，{{han:马国骥}}，经名{{minority/hui:赛买德}}，年轻时在{{trap/place:老盐井}}挑卤水，后头下煤洞把腿压断了，一级肢体残疾，两项补贴都有。老婆改嫁了，丫头{{minority/hui:纳菲赛}}跟着他，学校花名册写的{{minority/hui:马纳菲赛}}，在{{school:盐津县豆沙镇中心小学三年级（1）班}}。住{{address:豆沙镇石门社区关河路59号}}，就在{{han:苏德厚}}商店后头。{{minority/hui:赛买德}}的身份证{{id_number@mmidspaced.530623}}。
访谈者：第三户？
受访者：第三户姐弟两个，{{han:郎雪艳}}、{{han:郎便民}}。爸爸吸毒进去了，妈妈也进去了，两个都是服刑人员子女。{{han:郎便民}}倒是懂事，才十岁，会煮饭。他们跟大伯{{han:郎德贵}}过，住{{address:豆沙镇长滩村八组41号}}。我让{{han:郎雪艳}}把补助卡交给大伯娘保管，{{han:郎雪艳}}不肯，怕被大伯娘用了。
访谈者：钱的事闹过矛盾？
受访者：闹过。去年她大伯娘{{han:覃凤仙}}把两个娃娃的钱拿去买了化肥，被{{han:郎雪艳}}告到学校。班主任{{han:韦德琼}}喊我去，我跟{{han:覃凤仙}}讲，这个钱是娃娃的，你莫动。{{han:覃凤仙}}却说她养娃娃也要花钱。后头改成每个月我陪{{han:郎雪艳}}去{{trap/org:农村信用社}}取。
访谈者：第四户？
受访者：第四户，{{han:禄幺妹}}，女，十五岁，读初二，爸爸瘫在床上，妈妈精神不好，她一个人又读书又照顾两个大人。镇中学的校长{{compound:南宫砚池}}给她免了住宿费，让她周末回家。
访谈者：第五户？
受访者：第五户是刚报上来的，{{han:尚文斌}}，男，七岁，爸爸病死了，妈妈{{han:胥红梅}}跟人走了，跟着{{han:尚婆婆}}。材料还在走程序：入户调查、村上评议、公示七天，没得异议才报县上。{{han:尚婆婆}}问我为啥子要这么久，我说钱是公家的，一分都要对得上。
访谈者：有没有人对评议有意见？
受访者：有。去年有人写信告，说{{han:郎德贵}}家有车还领补助。我们去查，车是他帮人开的，不是他的。查清楚了，我在村民会上讲了一遍，{{han:郎德贵}}当场就哭了。
访谈者：这么多户，您一个人怎么跑？
受访者：跑不过来也要跑。镇上就我和{{han:卢小勇}}两个人，{{han:卢小勇}}还兼着退役军人的事，{{han:卢小勇}}得空就跟我下村。社工站派来的{{compound:宗政明月}}帮了大忙，她做个案，我做台账，遇到事情先问{{compound:宗政明月}}。
受访者：喂？{{han:岑德渊}}？……你慢慢讲，{{han:岑再兴}}咋个了？……好，我马上过来。
访谈者：出什么事了？
受访者：娃娃跟人打架，学校喊家长。老人走不动，喊我去。我们这行就是这样，啥子都要管。镇上{{trap/org:便民服务中心}}的人都说我是半个爹。
访谈者：低保和困境儿童补助能一起领吗？
受访者：能。低保按家庭算，困境儿童补助按娃娃算。有的人搞不清，以为领了这个就不能领那个，不敢报。我每年下村宣传，在村委会门口摆张桌子，哪个来问我就跟哪个讲。
访谈者：临时救助多吗？
受访者：多。房子垮了、突发大病、出了车祸，先给一笔临时救助救急，最多的一回给了五千。去年关河涨水，冲了几户人家，我们连夜把娃娃们转到学校里住。
访谈者：这几年有什么变化？
受访者：以前台账是手写的，一本一本摞起，现在都录进系统了，县上一点就看得到。可系统也有毛病，名字里有个生僻字就打不出来，只好用拼音代替，到银行又对不上。我儿子读初三，他说爸爸你天天管别人家的娃娃，我的家长会你一回都没来过。我听了也不好受。
访谈者：台账上的名字都对吗？
受访者：乱得很。系统里{{spaced:马 纳 菲 赛}}，{{spaced:郎　便　民}}，还有{{spaced:岑再 兴}}，一个名字三个写法，{{spaced:尚 文斌}}也错过。
访谈者：您的联系方式？
受访者：我手机{{mobile@hyphen}}，{{han:卢小勇}}的{{mobile@plain}}。工作微信{{wechat:mucl_doushazhen}}，{{han:卢小勇}}的微信{{wechat:luxy-1987dsz}}。{{han:郎雪艳}}有个QQ，有事就找我，{{qq:836015472}}。
访谈者：最后想说什么？
受访者：想说给上头听：镇上民政办要多几个人。这些娃娃的事，一件都拖不得。
""")

# H1808: Han foreman of a bamboo-shoot processing plant in 翠华镇 (大关) talking about his workers' children.
DOCS["H1808"] = ("staff", """\
访谈者：{{han:祁师傅}}，您在这个笋厂干了多久？
受访者：十一年了，管剥壳车间。我叫{{han:祁永松}}，厂子在{{trap/place:翠华镇}}，收的是{{trap/place:罗汉坝}}那一片的筇竹笋，剥壳、煮、切片、装袋。车间一百多号人，大半是女工，娃娃的事天天有。
访谈者：女工家里一般什么情况？
受访者：大多是附近村里的，男人出去打工，她们在厂里做，一个月三千上下。笋季忙的时候从早上六点做到晚上十点，娃娃放学没人管，就在厂门口耍。去年一个娃娃爬到煮笋的锅边上，差点出事，我才跟老板讲，要给娃娃找个地方。
访谈者：困难职工家的孩子多吗？
受访者：多。这是我报给{{trap/org:大关县总工会}}的名单。头一个，{{han:余春笋}}，她生在三月，她妈说{{trap/word:雨后春笋}}长得快，就给她取了这个名。男人前年在{{trap/place:豆沙关}}跑车翻下了崖，她一个人带儿子{{han:邵子航}}，娃娃白血病，在{{trap/org:昆明市儿童医院}}化疗。{{han:余春笋}}她白天剥笋，晚上去医院守着。
访谈者：厂里怎么帮她？
受访者：老板{{compound:司马建川}}给她预支了三万，工友们捐了一万多。镇上给娃娃报了困境儿童，大病救助也批了。会计{{compound:欧阳黛岚}}帮她整报销单，一张一张贴。
访谈者：第二个？
受访者：第二个是藏族老者，{{minority/tibetan:农布七林}}，我们喊他{{minority/tibetan:布爷}}。笋季来剥壳，手脚比年轻人还快。他带两个外孙，大的放假跟着来厂里，坐在笋堆边上写作业。{{minority/tibetan:布爷}}说孙子以后要读大学，我说要得，厂里给他出路费。
访谈者：第三个？
受访者：第三个，{{compound:长孙砚舟}}，煮笋的师傅。他是他们家的{{trap/word:长孙}}，下头三个弟妹都是他供出来的。老婆跑了，留个丫头{{compound:长孙沐瑶}}，九岁，有癫痫，残疾证办下来了。
访谈者：第四个？
受访者：第四个，{{han:昝菊芳}}，男人在{{trap/place:广东}}进了厂，三年没得音信，她带一儿一女，还要养瘫在床上的婆婆。儿子{{han:缪天佑}}在{{school:大关县民族中学九年级（4）班}}，丫头{{han:缪天晴}}在{{school:翠华镇第二小学二年级（6）班}}。我问{{han:昝菊芳}}要不要报事实无人抚养，她说男人没死，报不上。后头镇上的{{han:钟晓兰}}跟她讲，失联满两年就能报，{{han:钟晓兰}}还帮她跑派出所开了证明。
访谈者：第五个？
受访者：第五个，{{han:伍小红}}，她自己就是在{{trap/org:大关县福利院}}长大的，现在带着个脑瘫的儿子{{han:伍乐乐}}过，两项补贴都有。{{han:伍小红}}要强，从不跟人诉苦，工友{{han:蒋菊仙}}跟她一个班，中午帮她回去给娃娃喂饭。
访谈者：厂里还有哪些帮扶？
受访者：暑假开了个四点半课堂，就在车间楼上，工人的娃娃放学来写作业。大学生志愿者{{compound:申屠筱筠}}来教了两个月，娃娃们喊她{{compound:申屠老师}}，有个娃娃问{{compound:申屠筱筠}}是不是姓申，她笑了半天。
访谈者：厂里的活累吗？
受访者：累。剥笋壳要蹲着，一蹲就是一天，女工们腰都不好。煮笋的锅边上四十多度，夏天汗水把衣裳湿透。可附近没得别的厂，能在家门口挣钱，又顾得到娃娃，大家都珍惜。
访谈者：老板支持这些吗？
受访者：支持。老板也是穷人家出来的，小时候爹死得早，靠他妈在山上挖笋把他拉扯大。他说厂子挣了钱，要给困难工人的娃娃留一份。每年开学，厂里给每个困难职工的娃娃发五百块助学金。
访谈者：笋季过了呢？
受访者：笋季一过，厂里只留三四十个人做包装，其他的回家种地，收入少一半。那几个月最难，我跟老板说，给困难职工多排几天班。平时缺个正经托管的地方，四点半课堂只有暑假有人教，要是镇上能派个社工来就好了。
访谈者：电话本能念一下吗？
受访者：念嘛，你记。{{han:余春笋}}{{mobile@s74}}，{{han:昝菊芳}}{{mobile@fullwidth}}，{{compound:长孙砚舟}}{{mobile@plus86dash}}。{{minority/tibetan:布爷}}的手机老是没电，有事打他孙子的QQ，{{qq:４７２０９１８３６}}。我自己{{mobile@s434}}，微信{{wechat:qi_yongsong_zhusun}}。
访谈者：名单上的名字写得对吗？
受访者：工会的表上把{{spaced:长 孙 砚 舟}}写得一个字一个空，{{spaced:昝 菊芳}}写成两截，{{spaced:农布　七林}}也是，{{spaced:伍　小　红}}也是。
访谈者：登记信息呢？
受访者：厂子在{{address:大关县翠华镇工业园区竹笋加工厂3号车间}}，{{han:昝菊芳}}家在{{address:翠华镇新华村五组12号}}。{{han:余春笋}}的身份证{{id_number@wy1990quad.530624}}，娃娃的{{id_number@my2016fwspaced.530624}}。
访谈者：最后您想说什么？
受访者：我们这个厂，靠竹子吃饭。竹子一节一节往上长，娃娃也一样，要有人扶一把。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1801,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout226",))


if __name__ == "__main__":
    main()
