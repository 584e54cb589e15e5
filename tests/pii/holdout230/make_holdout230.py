# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 230 (tests/pii/holdout230/H1825-H1832 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
build asserts that no gold string equals a gold or trap string of an earlier set, and that no trap string was gold
in one; set 231, written at the same time, is not an earlier set).

Set 230 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 平塘 and 罗甸
(黔南, Guizhou): a Yi father from 昭觉 who came to 平塘 for a brick kiln, picks tea and raises a son with cerebral
palsy and a boarding-school daughter since their mother left, now in the resettlement community 新坪社区; a Hui
grandmother from 威宁 on a cattle hill of 边阳镇 (罗甸) raising two grandchildren while her son is in prison and
their Buyei mother has remarried; a Uyghur father from 疏附 who grills kebabs at the gate of the telescope's tourist
area in 克度镇, his Buyei wife paralysed by a stroke; a Mongolian grandfather from 乌审旗 who came down to 沫阳镇
(罗甸) when his son, a dragon-fruit grower, died when a sugar-cane lorry overturned on the 红水河 road; a Buyei
儿童主任 of 新坪社区 reading out her list; a clerk of 罗甸's civil-affairs bureau on names and numbers in the rolls;
a Miao teacher of the township boarding school in 克度镇; and the Buyei leader of an early-vegetable cooperative in
沫阳镇 who hires the parents of children in distress and keeps their numbers in his phone.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Yi clan name + given name (瓦扎伍呷, 瓦扎嘎莫), the clan name with a kin word (瓦扎大哥), a Han-looking form of
address made from the clan name (瓦老表), the mother's Han surname before a Yi given name on the roll (罗格布), short
and pet forms (格布, 嘎莫, 莫莫 beside 莫得); Hui 经名 beside the Han names of the same people (赫底彻/纳玉珍,
伊德列斯/纳国栋, 伊莱亚斯/纳嘉言, 再娜拜/纳嘉语) and after a Han surname (纳娜拜); Uyghur given name + father's name
with ·, ‧, ・, . or no dot, spaced dots, a pet form from the last syllable (班班 beside 班上), the Buyei mother's
surname before a Uyghur name (韦伊克巴尔江), a Guizhou pet form (巴尔娃) and a title after part of the name taken for
a surname (塔师傅); Mongolian names with short forms, a part of the name taken for a surname (敖大爷, 敖老汉, beside
敖包 and the Han 敖所长) and the father's Han surname before a Mongolian given name (奇锡林巴特); Han, Buyei and
Miao names with surnames that are words of the region (莫 beside 莫慌, 磨 beside 磨蹭, 母 beside 母亲, 麻 beside 麻烦,
纳 beside 纳闷, 代 beside 代表, 甘 beside 甘蔗, 犹 beside 犹豫) and names holding or meeting 再, 又, 正, 得, 问, 倒,
却, 便, 才, 被, 和, 她, 他, 说 (蒙再旺再三, 岑又强又当, 贲正平正好, 石得福得过, 问潘问英, 黄德秀倒是, 陆小芬却,
杨光彩便, 郎小勇才, 被陆小芬); names that hold a word used nearby as a word (罗甸英 and 罗甸, 蒙雨露 and 雨露计划,
韦丰收 and 丰收); names inside a cooperative's or a guesthouse's name (覃德军蔬菜专业合作社, 蒙秀芳农家乐); a surname
with a title or kin word (岑孃孃, 韦嬢嬢, 班公, 兰阿訇, 吴幺叔, 卯老太, 覃社长), a given name before a kin word
(晓燕姐) and a local nickname (黑牛); compound surnames after ordinary words; names spaced out character by
character in half- and full-width spaces or split in two; and numbers and accounts read out and written the many
ways people do.

Markup, span rules and the checks of the build: see tests/pii/_setkit.py.
Rebuild (deterministic, seeded generator): python tests/pii/holdout230/make_holdout230.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(230_2026_1208)
MINORITY_GROUPS = ('yi', 'hui', 'uyghur', 'mongolian')
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "hui": 10, "uyghur": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183",
                   "185", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1825: Yi father from 昭觉 in 平塘, a son with cerebral palsy and a daughter at boarding school; their mother left.
DOCS["H1825"] = ("family", """\
访谈者：{{minority/yi:瓦扎大哥}}，您是从凉山过来的？
受访者：{{trap/place:昭觉}}的。我叫{{minority/yi:瓦扎伍呷}}，来{{trap/place:平塘}}十六年了。寨子上的人以为我姓瓦，都喊我{{minority/yi:瓦老表}}，我也就应了。
访谈者：怎么到平塘来的？
受访者：年轻时在{{trap/place:都匀}}砖厂打工，认得了我老婆{{han:罗甸英}}。她爹是从{{trap/place:罗甸}}搬过来的，就给她起了这么个名。我跟她回了{{trap/place:塘边镇}}，在坡上种苞谷，帮人采茶。那几年苦是苦，一家人在一起，晚上围着火塘烧洋芋，也安逸。
访谈者：孩子们多大了？
受访者：儿子{{minority/yi:瓦扎格布}}十三，生下来就是脑瘫，走不得路，学校花名册上跟他妈姓，写{{minority/yi:罗格布}}，同学喊他{{minority/yi:格布}}。女儿{{minority/yi:瓦扎嘎莫}}十岁，在{{school:平塘县塘边镇中心小学四年级（3）班}}住校，老师喊她{{minority/yi:莫莫}}。
访谈者：孩子妈妈呢？
受访者：儿子查出病那年，{{han:罗甸英}}哭了大半年，后来说去{{trap/place:浙江}}打工，一走就没回来，电话也换了。{{trap/word:莫得}}哪个晓得她在哪里。她妈{{han:罗顺芝}}过年来看过两回外孙，一提起女儿就抹眼泪，说是她没教好。
访谈者：这些年谁帮了你们？
受访者：头一个是儿童主任{{han:岑茂琼}}，她跑了好多趟，儿子办了残疾人两项补贴，两个娃娃报了困境儿童，一家人吃低保。县民政局的{{han:蒙光荣}}下来核过，{{han:蒙光荣}}倒是没为难我，只让我补了张证明。{{trap/org:县残联}}的{{compound:濮阳静宜}}送来一把轮椅，社工{{compound:宗政可馨}}每个月来给儿子做康复。
访谈者：搬到安置点习惯吗？
受访者：前年坡上的老房子要垮，政府让我们搬到{{trap/place:新坪社区}}。楼房干净，就是没得火塘，冬天冷得很。社区照顾我们，分了一楼，轮椅推得出门。楼下就是卫生室，儿子半夜抽筋，我背下去就有人看。寨子上的老邻居搬在同一栋楼，晚上还是凑在楼下摆龙门阵，说说坡上的事。
访谈者：白天儿子谁照顾？
受访者：我去茶厂，楼下的{{han:韦嬢嬢}}帮我看着，中午喂他吃饭。{{han:韦嬢嬢}}自己也是一个人带孙孙，给她钱她不要。茶厂老板{{han:母德华}}，姓母，{{trap/word:母亲}}的母，晓得我家的事，让我晚去早回。县康复中心的{{han:犹德馨}}医生每礼拜来给儿子扳腿，不收钱，一点都没{{trap/word:犹豫}}。
访谈者：儿子平时做些哪样？
受访者：他手不灵，话说得慢，可脑子清楚。他爱听收音机，最爱听天气预报，哪里下雨哪里出太阳，他都记得。妹妹回来，他就考她全国的省会，考不倒就笑。社区儿童之家有台电脑，志愿者{{han:蒙晓苇}}教他咬着笔点屏幕，学了一个月，会打自己的名字了。
访谈者：女儿怎么样？
受访者：{{minority/yi:嘎莫}}懂事，礼拜五回来就给哥哥洗脚、擦身子。班主任{{han:陆小芬}}说她数学好，{{han:陆小芬}}却担心她太闷，不爱跟同学耍。有一回同学笑她是{{trap/place:凉山}}来的，她跟人打了一架，被{{han:陆小芬}}喊去办公室，回来一句话都不说。她说长大要当医生，回来给哥哥看病。我不识字，辅导不了作业，就每天晚上打电话问她吃饭没有、冷不冷。她在电话里用彝话跟我讲，怕同学听见笑她。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/yi:勒尔阿妞}}七十多了，在昭觉跟我弟弟{{minority/yi:瓦扎日者}}过。每年{{trap/minority_word:火把节}}她都打视频，问孙孙吃上{{trap/minority_word:坨坨肉}}没有。去年{{minority/yi:瓦扎日者}}寄来一件{{trap/minority_word:查尔瓦}}，女儿披着去上学。我给她讲{{trap/famous:支格阿鲁}}射太阳，她说她也要当英雄。
访谈者：补助够用吗？
受访者：吃饭够，看病不够。低保、两项补贴、困境儿童的钱加起来，一家三口饿不着。可儿子的尿不湿、药，一个月就要几百。茶厂的工钱拿来交电费、给女儿买本子。我不喝酒，不抽烟，一分一分地省，过年给两个娃娃各买一身新衣服，自己穿旧的。
访谈者：您自己身体呢？
受访者：腰杆痛。采茶季一天一百块，冬天去{{trap/place:克度镇}}工地上搬砖。夜里睡不着就想，我要是倒了，两个娃娃咋个办。老家说要请{{trap/minority_word:毕摩}}来做个仪式，我没钱，也就算了。
访谈者：登记的信息请您说一下。
受访者：现在住{{address:平塘县平湖街道新坪社区7栋2单元101}}，老家{{address:昭觉县竹核乡木渣洛村三组11号}}。我的身份证{{id_number@my1983tri.513431}}，儿子的{{id_number@my2012fwhyphen.522727}}。电话{{mobile@s434}}，{{han:岑茂琼}}的{{mobile@plain}}。女儿用我手机开了个QQ，号码是{{qq:3158027649}}，我的微信{{wechat:wazawuga_83}}。
访谈者：表上名字写得对吗？
受访者：乱的。低保表上是{{spaced:瓦 扎 伍 呷}}，学校把女儿写成{{spaced:瓦扎　嘎莫}}，我老婆写成{{spaced:罗 甸英}}。
访谈者：最后还想说哪样？
受访者：盼女儿把书读出来。儿子这辈子走不得路，有个妹妹靠得住，我也放心了。要谢的人多，头一个是{{han:岑茂琼}}。
""")

# H1826: Hui grandmother from 威宁 on a cattle hill of 边阳镇 (罗甸), her son in prison, the children's Buyei mother
# remarried.
DOCS["H1826"] = ("family", """\
访谈者：奶奶，您家在这坡上住了多少年了？
受访者：三十多年喽。我汉名{{han:纳玉珍}}，经名{{minority/hui:赫底彻}}，娘家在{{trap/place:威宁}}。年轻时跟老汉来{{trap/place:罗甸}}贩牛，就在{{trap/place:边阳镇}}这个坡上落了脚，整个寨子就我们一户回民。
访谈者：老汉呢？
受访者：走了四年了。他叫{{han:纳光祖}}，肺上的病，咳了十几年，舍不得去医院。他在的时候养了二十几头牛，他病了，一头一头卖，卖得只剩三头。
访谈者：现在家里有哪些人？
受访者：我，还有两个孙孙。儿子{{han:纳国栋}}，经名{{minority/hui:伊德列斯}}，前年跟人争草场打架，把人打成重伤，判了五年，关在都匀。儿媳{{han:班秀琴}}是布依族，{{han:班秀琴}}她等了一年，回娘家改嫁了，娃娃一个都没带。
访谈者：孩子们多大？
受访者：孙子经名{{minority/hui:伊莱亚斯}}，学名{{han:纳嘉言}}，十一岁。孙女经名{{minority/hui:再娜拜}}，八岁，我们喊她{{minority/hui:娜拜}}，老师图省事写成{{minority/hui:纳娜拜}}，全班都跟着喊。孙子在{{school:罗甸县边阳镇第一小学五年级（2）班}}，孙女在{{school:边阳镇第一小学二年级（1）班}}。
访谈者：上学远吗？
受访者：远。下坡走一个钟头才到公路，再坐校车。下雨天路滑，{{han:纳嘉言}}牵着妹妹走，鞋子裹得像两坨泥巴。村支书{{han:陆德全}}找人把最陡那截路打了水泥，娃娃们才少摔了跤。
访谈者：山上冬天冷吗？
受访者：冷，风大，老木房四面漏风。去年危房改造，给换了瓦，糊了墙，装了个铁炉子，娃娃们冬天写作业手不冻了。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:磨春兰}}，做事从来不{{trap/word:磨蹭}}，听说我家的事当天就上门，给两个娃娃报了服刑人员子女补助，每人每月{{trap/number:一千一百五十元}}，我自己吃低保。县民政局的{{han:粟文韬}}下来入户，一页一页帮我填表。司法所的{{compound:申屠晏清}}带娃娃去看过他们爸一回，{{minority/hui:娜拜}}回来三天不说话。
访谈者：娃娃在学校吃饭方便吗？
受访者：食堂不是清真的。{{minority/hui:伊莱亚斯}}他中午就啃我炸的{{trap/minority_word:油香}}，就着白开水。后来班主任{{han:冉冬梅}}晓得了，在教师灶上单给两个娃娃炒一份素菜，{{han:冉冬梅}}说娃娃要长身体，不能光啃饼子。
访谈者：做礼拜呢？
受访者：坡上没得寺，{{trap/minority_word:开斋节}}才下县城。寺里的{{han:兰阿訇}}，经名{{minority/hui:阿卜都拉}}，每回都给娃娃塞一把糖。我妹子{{minority/hui:赫力麦}}在威宁，过节寄些枸杞桂圆来，教{{minority/hui:娜拜}}泡{{trap/minority_word:盖碗茶}}。{{han:兰阿訇}}跟我说，娃娃的爸犯了错，娃娃没得错，莫在娃娃面前叹气。
访谈者：您身体怎么样？
受访者：风湿，腿痛得恼火。镇卫生院的{{han:瞿世兰}}医生每个月骑摩托上坡来给我打针。有一回翻到沟里，{{han:瞿世兰}}她爬起来拍拍灰接着走，我心头过意不去。派出所的{{han:敖所长}}过路也进来看一眼，问娃娃有没有人欺负。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。{{minority/hui:伊莱亚斯}}他嘴硬，说不想，夜里偷偷哭。他爸每个月打一回亲情电话，头一句就问娃娃成绩。{{han:纳国栋}}在电话里说，出来了再也不跟人争了。他妈过年偷偷来过一回，给两个娃娃买了鞋，坐了半个钟头就走了，怕那边的男人晓得。有时候我也{{trap/word:纳闷}}，日子咋个就过成这样。可看到两个孙孙，又觉得还熬得下去。
访谈者：孙子读书怎么样？
受访者：算数好，去年得了张奖状，贴在堂屋墙上，牛进来都要看一眼。他说以后要当兽医，给人看牛，不收钱。
访谈者：娃娃在学校受过欺负吗？
受访者：受过。有同学说他爸是劳改犯，{{minority/hui:伊莱亚斯}}跟人打了一架，脸上挂了彩。{{han:冉冬梅}}老师没骂他，把两个娃娃叫到一起，让他们各讲各的。后来那个同学还来我家看过牛，两个成了好朋友。
访谈者：钱够用吗？
受访者：紧巴巴的。低保一个月五百多，娃娃的补助打到卡上，我一分不动，留着给他们交书本费、买衣服。三头牛是家底，去年卖了一头小的，给孙女补了牙。斋月里我封斋，娃娃还小，不让他们封，早上照样吃饭上学。
访谈者：登记的信息请您说一下。
受访者：家在{{address:罗甸县边阳镇懂王村岩脚组8号}}。我的身份证{{id_number@wold.520526}}，孙子的{{id_number@my2013spaced.522728}}。我电话{{mobile@h38}}，{{han:磨春兰}}的{{mobile@p86n}}。孙子上网课有个QQ，号码写在门背后：{{qq:２０４８６１７３５９}}。他还给我开了个微信，叫{{wechat:hedice_na}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:纳　玉　珍}}，孙子写成{{spaced:伊　莱　亚　斯}}，儿子写成{{spaced:纳 国栋}}。
访谈者：最后还想说哪样？
受访者：盼儿子早点出来，把两个娃娃领回去。这几年，最该谢的是{{han:磨春兰}}。
""")

# H1827: Uyghur father from 疏附 who grills kebabs at the tourist gate in 克度镇 (平塘); his Buyei wife had a stroke.
DOCS["H1827"] = ("family", """\
访谈者：老板，您这烤肉摊在景区门口摆了几年了？
受访者：五年了。我叫{{minority/uyghur:塔力甫江·买合苏提}}，{{trap/place:喀什}}{{trap/place:疏附}}人。街上的人念不全，都喊我{{minority/uyghur:塔师傅}}，游客还以为我姓塔。
访谈者：怎么到克度来的？
受访者：{{trap/org:中国天眼}}建好以后游客多，老乡说这边烤肉好卖，我就来了。在这里认得了我老婆{{han:韦金秀}}，她是克度本地的布依族，原来在景区门口卖{{trap/minority_word:五色糯米饭}}。
访谈者：孩子们多大？
受访者：女儿{{minority/uyghur:米赫日班}}十二，儿子{{minority/uyghur:伊克巴尔江}}八岁，都在镇上住校。女儿在{{school:克度镇中心学校五年级（2）班}}，同学嫌名字长，取最后一个字，喊她{{minority/uyghur:班班}}，她{{trap/word:班上}}一半是布依族娃娃。儿子的花名册跟妈妈姓，写成{{minority/uyghur:韦伊克巴尔江}}，{{han:龙再菊}}老师喊他{{minority/uyghur:巴尔娃}}。
访谈者：孩子妈妈身体怎么样？
受访者：前年冬天脑出血，命捡回来了，半边身子动不得，话也说不清。{{han:韦金秀}}她原来最爱笑，现在一天到晚坐在窗子边。残联评了一级，有两项补贴；两个娃娃报了困境儿童，是镇上的儿童主任{{han:卢顺妹}}跑下来的。每天早上我给她擦身、喂药，卫生院的{{han:岑玉梅}}医生教我给她按腿，说按得勤，手指头就不会蜷起来。
访谈者：还有谁帮过你们？
受访者：老婆的弟弟{{han:韦金龙}}在都匀开车，每个月回来一趟，帮他姐姐洗澡。民政办的{{han:石德昌}}说我摆摊收入不稳，给我们家办了低保。县社工站派了{{compound:端木一凡}}，每礼拜来陪我老婆做康复，她同事{{compound:钟离霁月}}给娃娃补作业。隔壁{{han:蒙秀芳}}农家乐的老板娘就是她本人，天天给我们端一碗酸汤。景区管理处的{{han:潘经理}}把我的摊位从最边上挪到了大门口。
访谈者：生意怎么样？
受访者：旺季一天卖两三百串，淡季几十串。游客进景区不准带手机，说是怕干扰那口大锅，出来头一件事就是找手机，第二件就是找吃的。我早上烤{{trap/minority_word:馕}}，中午烤肉，晚上收摊回去给老婆喂饭。礼拜五去学校把两个娃娃接回来，礼拜天再送去。暑假两个娃娃在摊子上帮忙，{{minority/uyghur:班班}}收钱，一分都不会算错，还会做饭了，礼拜六给全家做{{trap/minority_word:抓饭}}，胡萝卜放得比米还多。
访谈者：一个人又摆摊又照顾老婆，忙得过来吗？
受访者：忙不过来也得忙。夜里她要翻两回身，我睡不了整觉，白天在摊子上站着都能打瞌睡。下雨天没游客，我就在家陪她，给她放喀什的歌，她听不懂，可听着听着会笑。有时候她想说话，说不出来，急得直拍床，我就拿块写字板给她，她用左手一笔一笔地写，写得歪歪扭扭，我一看就晓得。
访谈者：这边的人对你们好吗？
受访者：好。街上卖米粉的、卖菜的，哪家做了好吃的都端一碗来。布依族的酸汤我也会做了，娃娃们说比他们妈妈做的还酸。我一个新疆人，在这里有了家，有了亲戚，过年老婆娘家一屋子人，热闹得很。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:再依乃普}}在疏附，我哥{{minority/uyghur:艾尔肯·买合苏提}}种棉花。{{trap/minority_word:肉孜节}}他们寄来一块{{trap/minority_word:艾德莱斯}}绸，{{minority/uyghur:米赫日班}}做了条裙子，同学都围着看。我给娃娃讲{{trap/famous:阿凡提}}，也讲{{trap/famous:南仁东}}，一个人在山里跑了十几年，就为这口大锅。{{minority/uyghur:伊克巴尔江}}说他长大要来天眼上班。
访谈者：娃娃们在学校怎么样？
受访者：{{han:龙再菊}}老师每个礼拜五给我打电话，说女儿作文写得好，儿子爱哭，想妈妈。我听了也想哭。学校管吃管住，比跟着我在摊子上强，我就是怕他们在外头受委屈不跟我说。
访谈者：证件上的名字都一样吗？
受访者：不一样，烦得很。营业执照上是{{minority/uyghur:塔力甫江‧买合苏提}}，女儿身份证上是{{minority/uyghur:米赫日班・塔力甫江}}，儿子的医保卡是{{minority/uyghur:伊克巴尔江.塔力甫江}}，学校又写成{{minority/uyghur:伊克巴尔江塔力甫江}}。低保表上把我写成{{spaced:塔　力　甫　江}}，女儿写成{{spaced:米 赫 日 班 · 塔 力 甫 江}}，儿子写成{{spaced:伊克巴尔江 ・ 塔力甫江}}。办一样事要解释半天，{{minority/uyghur:塔力甫江}}就是我，娃娃名字后头跟的是爸爸的名字。
访谈者：登记的信息请您说一下。
受访者：摊子在{{address:平塘县克度镇天文大道东段27号}}，老家在{{address:疏附县托克扎克镇阿亚克喀拉亚村3组16号}}。我的身份证{{id_number@my1985fwspaced.653121}}，女儿的{{id_number@wy2013hyphen.522727}}。我电话{{mobile@plus86spaced}}，{{han:韦金龙}}的{{mobile@s38}}。微信叫{{wechat:Talipjan_kawap}}，女儿有个QQ，{{qq:61874032}}。
访谈者：您最盼什么？
受访者：盼老婆能再开口喊我一声，盼两个娃娃把书读出来。
""")

# H1828: Mongolian grandfather from 乌审旗 in 沫阳镇 (罗甸) raising two grandchildren; his son died on the 红水河 road.
DOCS["H1828"] = ("family", """\
访谈者：老人家，您是从内蒙古来的？
受访者：{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的。我叫{{minority/mongolian:图门敖其尔}}，这边人以为我姓敖，都喊我{{minority/mongolian:敖大爷}}。
访谈者：怎么到罗甸来的？
受访者：我儿子{{minority/mongolian:宝音那顺}}，汉名{{han:奇志雄}}，在{{trap/place:呼和浩特}}读农校，跟同学{{han:卯金花}}好上了。她是{{trap/place:沫阳镇}}的苗族，毕业了两个回来种{{trap/word:火龙果}}，十几亩，红心的。
访谈者：后来出了什么事？
受访者：前年秋天，他帮人拉{{trap/word:甘蔗}}，车在{{trap/place:红水河}}边的弯道上翻了，人没了。{{han:卯金花}}她守了一年，嫁到{{trap/place:惠水}}去了，两个娃娃留给我。老伴{{minority/mongolian:乌日罕巴达玛}}有心脏病，下不来，我一个人来了。
访谈者：孙子孙女多大？
受访者：孙女{{minority/mongolian:哈斯古嘎}}十一，同学喊她{{minority/mongolian:古嘎}}；孙子{{minority/mongolian:锡林巴特}}七岁，学名写成{{minority/mongolian:奇锡林巴特}}，跟他爸姓奇。孙女在{{school:罗甸县沫阳镇中心小学五年级（4）班}}，孙子在{{school:沫阳镇中心小学一年级（2）班}}。
访谈者：您一个人怎么带？
受访者：难。我不会种火龙果，也听不懂这边话。村里的儿童主任{{han:莫丽萍}}头一回来就跟我说，{{trap/word:莫慌}}，手续我来跑。两个娃娃报了事实无人抚养，审了三个月，每人每月{{trap/number:一千二百七十元}}。合作社的{{han:覃德军}}让我在地里看水泵，一个月两千，离家近。孙女的班主任{{han:贲正平}}正好住我们寨子，{{han:贲正平}}每天骑车带她上学。
访谈者：儿子那片火龙果地呢？
受访者：我种不来，租给合作社了，一年租金五千多，刚好够两个娃娃的学杂费。开花的时候是夜里开，白花花一片，孙女说那是她爸种的月亮。我每回走到地边，都要站一会儿。
访谈者：娃娃们习惯吗？
受访者：孙女像她妈，会说苗话，也学了几句蒙古话。孙子脾气犟，像他爸。过年我煮{{trap/minority_word:手把肉}}，他一个人吃半斤。我给他们拉{{trap/minority_word:马头琴}}，讲{{trap/famous:成吉思汗}}，孙子问草原上有没有火龙果。去年{{trap/minority_word:那达慕}}，老伴在视频里给他们看赛马，{{minority/mongolian:古嘎}}哭着说想奶奶。这边的菜辣，我吃不惯，孙女就单给我炒一盘不放辣的，她外婆{{han:卯老太}}笑我是个娃娃。
访谈者：您怎么跟娃娃们说他们爸爸的事？
受访者：孙女大了，瞒不住，她晓得。孙子小，头半年天天问爸爸什么时候回来。我跟他说，你爸变成天上的星星了，草原上的老人都这么说。他就每天晚上趴在窗子上数星星，说哪颗最亮哪颗就是爸爸。
访谈者：孩子们的妈妈还来看吗？
受访者：来。{{trap/minority_word:苗年}}的时候来一趟，带些糍粑、腊肉，给两个娃娃一人买一双鞋。孙女跟她亲，孙子躲着不出来，说她不要我们了。我跟孙子讲，你妈也难，她还年轻，不能守一辈子。她走的时候在门口站了好半天，我看见她在抹眼泪。
访谈者：孙子在学校怎么样？
受访者：头一年不开口，老师问话他就低着头。后来学校搞运动会，他跑了个第一，同学们围着他喊，他才笑了。现在话多了，回来教我说罗甸话，我学得慢，他就笑我。冬天这边湿冷，屋里没暖气，比草原上零下三十度还难熬，我给两个娃娃一人买了个电热毯。
访谈者：还有谁帮你们？
受访者：县民政局的{{han:粟文韬}}来核过两回。镇上的社工{{compound:司空柳溪}}带孙女画画，{{compound:司空柳溪}}说娃娃画里头老是一条河，河边一辆翻了的车。学校的心理老师{{compound:夏侯若竹}}每礼拜找她谈一回。隔壁{{han:吴幺叔}}教我种菜，他说我种的白菜像草原上的草，东一棵西一棵。
访谈者：您身体怎么样？
受访者：血压高，腿也不行了。村医{{han:黎明贵}}隔几天来量一回，说我不能累着。我怕的不是死，是死了两个娃娃没人管。我跟{{han:莫丽萍}}说过，我要是走了，娃娃的事要麻烦她。
访谈者：老家那边呢？
受访者：侄儿{{minority/mongolian:额尔敦巴干}}每年卖了羊给我们打钱。老伴说，等娃娃大些，就带回乌审旗祭{{trap/minority_word:敖包}}。
访谈者：登记信息请您说一下。
受访者：住{{address:罗甸县沫阳镇八吉村上寨组19号}}，老家{{address:乌审旗嘎鲁图镇巴音温都尔嘎查二社6号}}。我身份证{{id_number@mold.150626}}，孙子的{{id_number@my2018fwspaced.522728}}。电话{{mobile@plus86dash}}，{{han:莫丽萍}}的{{mobile@fullwidth}}。孙女有个QQ，是{{qq:730164925}}；侄儿给我开了个微信，叫{{wechat:tumen_ochir_uxin}}。
访谈者：表上名字写对了吗？
受访者：低保表上我是{{spaced:图 门 敖 其 尔}}，孙女写成{{spaced:哈斯　古嘎}}，孙子写成{{spaced:奇 锡林巴特}}。
访谈者：您还想说哪样？
受访者：我七十了，不晓得还能带几年。只盼两个娃娃长大，回草原看看他们爸出生的地方。
""")

# H1829: Buyei 儿童主任 of the resettlement community 新坪社区 (平塘) reading out her list.
DOCS["H1829"] = ("staff", """\
访谈者：{{han:岑孃孃}}，您手上这本是什么？
受访者：我们{{trap/place:新坪社区}}的困境儿童台账。我叫{{han:岑茂琼}}，布依族，原来在{{trap/place:掌布镇}}教过几年村小，搬到{{trap/word:安置点}}以后当了儿童主任，娃娃们还是喊我孃孃。
访谈者：您是怎么当上儿童主任的？
受访者：搬下来那年，社区要选个懂娃娃、会说布依话的，大家推了我。我原来教过书，认得字，会填表。头一年啥都不懂，一张表填错三回，都是街道的人手把手教。现在全社区的娃娃，哪家几口人、谁在外面打工、谁生病，我闭着眼睛都说得出来。台账我一户一户念给你听。
访谈者：好。
受访者：第一户，{{minority/yi:瓦扎伍呷}}，彝族，老婆走了，儿子{{minority/yi:瓦扎格布}}脑瘫，女儿{{minority/yi:瓦扎嘎莫}}住校。两项补贴、困境儿童、低保都有了。
访谈者：第二户？
受访者：第二户是孤儿，{{han:麻晓雯}}，苗族，十二岁。爸妈在浙江电子厂打工，一个病死，一个在车间出事没了。跟姑妈{{han:麻正英}}过，住{{address:平塘县平湖街道新坪社区12栋1单元502}}，孤儿基本生活费每月{{trap/number:一千五百八十元}}。{{han:麻晓雯}}从来不给人添{{trap/word:麻烦}}，{{han:麻正英}}说她连生病都不吭声。身份证{{id_number@wy2012quad.522727}}。
访谈者：第三户？
受访者：第三户布依族，一对双胞胎，{{han:班远航}}和{{han:班远帆}}，九岁。妈妈跑了，爸爸{{han:班德鸿}}强制戒毒两年，算事实无人抚养，跟爷爷过，我们都喊{{han:班公}}。住{{address:新坪社区9栋3单元201}}，两个都在{{school:平塘县第三小学三年级（5）班}}。大的身份证{{id_number@my2016.522727}}。
访谈者：还有吗？
受访者：第四户汉族，{{han:郎小勇}}，十岁，先天听力残疾。他妈{{han:郎秀梅}}一个人带，在扶贫车间缝衣服，电话{{mobile@spaced}}。{{han:郎小勇}}才装上人工耳蜗那天，头一回听见他妈喊他，哭得停不下来。
访谈者：这些户都是谁在跟？
受访者：街道民政办的{{han:代主任}}总负责，他也是人大{{trap/word:代表}}，说话管用。社工站派了{{compound:欧阳沁竹}}跟第二户、第四户，{{compound:上官禾穗}}跟第三户，还有个学心理的{{compound:公羊晓禾}}，每礼拜六在儿童之家陪娃娃们做游戏。县里的{{han:粟文韬}}每个季度下来抽查。
访谈者：平时怎么发现这些娃娃？
受访者：搬下来的一千多户，我一栋一栋地敲门。{{han:麻晓雯}}就是敲门敲出来的，她姑妈以为孤儿的钱要交什么费，不敢报。我侄儿{{han:岑又强}}又当网格员又当司机，跟我一起跑。
访谈者：搬下山以后，娃娃们有什么变化？
受访者：上学近了，以前走两个钟头山路，现在走十分钟。可大人在城边找活难，好多又出去打工，娃娃丢给老人。老人不会用电梯，不会交电费，娃娃就当家。楼道里一到晚上，七八个娃娃蹲着写作业，因为家里没人。我们就把儿童之家开到晚上九点，志愿者{{han:蒙晓苇}}轮流来守。
访谈者：儿童之家都做些什么？
受访者：写作业、看书、下棋，礼拜六做手工、唱歌。社区腾了两间屋，墙上贴着娃娃们画的画，有的画坡上的老房子，有的画新楼。放学以后最热闹，三四十个娃娃挤在里头，我就怕哪个磕着碰着。
访谈者：有没有想报报不上的？
受访者：有。有的娃娃爸妈都在，可一年到头不着家，钱也不寄，这种够不上事实无人抚养，只能报困境儿童或者找临时救助。还有的大人怕丢脸，宁愿不要钱也不让报。我一家一家去讲，讲到人家愿意为止，讲不通的就先盯着，逢年过节多去两趟。
访谈者：社区里谁帮您最多？
受访者：每栋楼有个楼长，七栋的{{han:潘问英}}最热心，哪家娃娃几天没出门，哪家大人半夜吵架，她都来跟我说。我有事也先问{{han:潘问英}}，她比我还清楚。
访谈者：娃娃们过节呢？
受访者：{{trap/minority_word:六月六}}社区办活动，布依族娃娃穿民族服装唱歌，苗族娃娃吹{{trap/minority_word:芦笙}}。{{han:班公}}把两个孙孙的衣服补了又补，说再穿一年。
访谈者：名单上名字都写对了吗？
受访者：错的多。系统里把{{spaced:上 官 禾 穗}}录得一个字一个空，{{spaced:麻　晓　雯}}也是，{{spaced:班 远航}}、{{spaced:郎 小 勇}}都错了，还把{{spaced:瓦扎 伍呷}}拆成两截。年底我一张一张核。
访谈者：您的联系方式？
受访者：电话{{mobile@hyphen}}，微信{{wechat:cenmq_xinping}}。大点的娃娃有事就在QQ上找我，我的QQ是{{qq:1267093845}}。
访谈者：干这个最难的是什么？
受访者：搬下山的人，地没了，活不好找，大人一出事，娃娃就落下了。钱不多，事多，我自己两个娃娃也顾不上，老公说我是别人家的孃孃。可看到{{han:郎小勇}}能听见了，我就觉得值。
""")

# H1830: clerk of 罗甸's civil-affairs bureau on names and numbers in the rolls.
DOCS["H1830"] = ("staff", """\
访谈者：您在民政局管哪一块？
受访者：儿童福利这一块。我叫{{han:粟文韬}}，{{trap/place:罗甸}}本地人，在{{trap/org:罗甸县民政局}}干了六年。全县的孤儿、事实无人抚养、困境儿童，系统里的信息都要过我的手。
访谈者：一年到头主要忙什么？
受访者：新申请的要入户核，老的每年复核两回，看大人的情况变没变，娃娃满没满十八。钱是按月打到卡上的，名字、号码错一个字就打不出去，退回来又要重新走一遍。
访谈者：孤儿、事实无人抚养、困境儿童，怎么区分？
受访者：父母都不在了是孤儿；一个不在了，另一个失联、服刑、重残这些，算事实无人抚养，钱跟孤儿差不多。家里困难、大人重病重残或者娃娃自己残疾的，算困境儿童。老百姓分不清，都说是国家给娃娃的钱，我们就一样一样给他们讲。标准每年都在调，去年孤儿基本生活费又涨了，我们连夜改系统。
访谈者：最头疼的是什么？
受访者：名字。基层报上来的表，名字写得五花八门。{{trap/place:边阳镇}}那户回族，孙女经名{{minority/hui:再娜拜}}，学校写{{minority/hui:纳娜拜}}，户口上又是{{han:纳嘉语}}，三个名字一个人。她哥{{minority/hui:伊莱亚斯}}也一样，户口上叫{{han:纳嘉言}}。奶奶经名{{minority/hui:赫底彻}}，表上却填在民族那一栏。后来我专门去请教{{han:兰阿訇}}，才晓得经名是怎么回事。
访谈者：还有呢？
受访者：沫阳镇那个蒙古族老人，镇上报来写{{minority/mongolian:敖老汉}}，村里写{{minority/mongolian:敖大爷}}，孙子一会是{{minority/mongolian:锡林巴特}}，一会是{{minority/mongolian:奇锡林巴特}}。我下去核了一趟，老人拿出身份证，我才晓得{{minority/mongolian:图门敖其尔}}是一个名字，不是姓敖。
访谈者：复姓呢？
受访者：更容易错。{{trap/place:逢亭镇}}有个孤儿叫{{compound:皇甫朝曦}}，系统录成了姓皇，跟舅舅住{{address:逢亭镇边外村新寨组4号}}。给娃娃做评估的社工叫{{compound:宇文桐舟}}，也被录成姓宇。我们股里新来的{{compound:诸葛文清}}，名字天天被人念错。
访谈者：号码呢？
受访者：号码也乱。上个月{{trap/place:罗悃镇}}报了个事实无人抚养的娃娃，叫{{han:伍思琪}}，爸爸{{han:伍国华}}病死了，妈妈失联，跟奶奶{{han:伍兴珍}}过，住{{address:罗甸县罗悃镇罗暮村坡脚组23号}}，在{{school:罗悃镇中心小学三年级（2）班}}。奶奶在电话里三个三个地念，我一个个记：{{id_number@wy2013tri.522728}}。奶奶自己的号码尾数是X，{{id_number@woldx.522728}}，她念成叉，村干部{{han:蒙再旺}}再三跟我核了才对上。
访谈者：电话号码也这样？
受访者：也是。交上来的表，有的写全角带空格，{{mobile@fws}}；有的前头加{{mobile@p86h}}这种；{{han:伍兴珍}}的号码她念成四个三个四个，{{mobile@s434}}。我都要改成一样的。
访谈者：基层报表的人配合吗？
受访者：大多配合。{{trap/place:龙坪镇}}民政办的{{han:黎晓燕}}报表最认真，大家都喊{{han:晓燕}}姐。有一回我把表退回去让她重填，{{han:黎晓燕}}她二话没说，当天就送来了。{{trap/place:沫阳镇}}的{{han:甘主任}}不一样，他那边种{{trap/word:甘蔗}}的多，农忙时候报表总是拖，被我跟{{han:甘主任}}讲了几回才好些。
访谈者：股里几个人？
受访者：三个。股长{{han:陆德江}}管审批，{{compound:诸葛文清}}管台账，我跑下面。月底忙不过来，三个人都住在办公室，吃泡面。{{han:陆德江}}他常说，表上是一个名字，后头是一个娃娃。
访谈者：跨县的娃娃怎么办？
受访者：麻烦。有的户口在我们县，人在外县读书；有的外县搬来，户口没迁。钱跟着户口走，人跟着大人走，中间就容易断。我们跟{{trap/place:平塘}}、{{trap/place:惠水}}的民政局建了个群，哪个娃娃搬走了、搬来了，在群里说一声，两边一起盯着，不让娃娃掉到缝里去。
访谈者：系统里录错了会怎样？
受访者：钱就发不下去。有人把名字一个字一个空地录：{{spaced:皇 甫 朝 曦}}、{{spaced:宇　文　桐　舟}}、{{spaced:诸 葛 文 清}}，还有{{spaced:伍　思琪}}，跟身份证一比对就报错。有一回一个娃娃三个月没拿到钱，就是因为名字中间多了个空格，奶奶以为政府不管了，哭着跑到局里来。那天我在大厅里给她道了半天歉。
访谈者：下乡多吗？
受访者：多。一个月有一半时间在村里，全县十来个乡镇，坡陡路远，一天跑两三户就不错了。有的户在山顶上，车开不上去，只能走路，一走一个多钟头。到了人家里，老人拉着你的手不放，要留你吃饭，吃了饭还要塞一口袋红薯。
访谈者：您觉得这份工作值吗？
受访者：值。钱不多，可每个月十号钱打出去，我心里就踏实一回。我小时候也是跟奶奶长大的，晓得那种日子。
访谈者：您的联系方式？
受访者：工作微信{{wechat:suwentao_ld}}，QQ是{{qq:92736105}}。有急事打{{trap/hotline:12345}}也能转到我们这里。
""")

# H1831: Miao teacher of the township boarding school in 克度镇 (平塘).
DOCS["H1831"] = ("staff", """\
访谈者：{{han:龙老师}}，您在这所寄宿学校教了多少年？
受访者：十二年了。我叫{{han:龙再菊}}，{{trap/place:者密镇}}的苗族，在{{trap/place:克度镇}}中心学校当班主任，晚上还兼生活老师。学校离{{trap/org:天眼景区}}十几公里，游客多，可我们的娃娃大多没进去过。
访谈者：学校里困境儿童多吗？
受访者：我带的{{school:平塘县克度镇中心学校五年级（2）班}}四十二个人，住校三十六个，困境儿童七个。先说{{minority/uyghur:米赫日班}}，新疆娃娃，妈妈瘫了，爸爸在景区门口烤肉。同学喊她{{minority/uyghur:班班}}，她也答应。弟弟{{minority/uyghur:伊克巴尔江}}在{{school:克度镇中心学校一年级（3）班}}，头一个月夜夜哭，{{minority/uyghur:班班}}半夜跑过去哄他。
访谈者：还有哪些？
受访者：{{han:石得福}}得过脑膜炎，反应慢，爸妈在{{trap/place:广东}}打工，四年没回来，跟八十岁的太公过，算事实无人抚养。{{han:蒙雨露}}她爸在监狱，她报了服刑人员子女补助，她哥读职校拿的是{{trap/word:雨露计划}}的钱。{{han:韦晓蔓}}和{{han:韦晓雪}}两姐妹，妈妈精神残疾，爸爸走了，姐姐管妹妹，比大人还操心。
访谈者：住校的娃娃晚上怎么样？
受访者：头几个礼拜最难。小的想家，熄了灯就哭，一个哭，一屋子跟着哭。有的尿床，不敢说，早上把床单塞到床底下。宿管{{han:罗幺妹}}发现了，悄悄拿去洗，晒在她自己屋后头，不让同学看见。我每天晚上九点查一遍寝，十二点再查一遍，谁踢了被子就给谁盖上。
访谈者：住校的娃娃有补助吗？
受访者：有，寄宿生生活补助一个学期几百块，直接打到饭卡上，困境儿童还另外有。娃娃们的衣服、鞋子，很多是外面捐的，我们挑合身的发下去，不合身的改一改。
访谈者：您小时候也住校吗？
受访者：住过。我是在乡里读的初中，一个礼拜回一次家，背一罐酸菜、一袋米，吃到礼拜五酸菜都长了白毛。那时候没人管我们想不想家，哭了就蒙在被子里哭。所以现在我对这些娃娃心软，晓得他们夜里在想什么。
访谈者：周末怎么办？
受访者：有家长来接的走，没人接的我送。{{han:石得福}}的太公走不动，我骑摩托把他送到{{address:克度镇金星村翁井组12号}}，一路上他都不说话，到门口才喊一声{{han:龙老师}}再见。有一回下大雨，路冲断了，我们在半路的小卖部躲了两个钟头，他把书包里的半个馒头掰了一半给我。
访谈者：学校还做了些什么？
受访者：{{han:侯校长}}让食堂给困境儿童多打一份菜，晚上加个馒头。心理老师{{compound:澹台秋禾}}每礼拜给他们上团体辅导，支教的{{compound:南宫晴岚}}教他们打篮球，音乐老师{{compound:梁丘若蘅}}把几个不爱说话的娃娃拉进了合唱队，{{han:韦晓蔓}}都敢上台领唱了。县社工站的{{compound:端木一凡}}跟{{han:石得福}}结了对子，每个月来一回。
访谈者：您是苗族，过节带娃娃们做什么？
受访者：{{trap/minority_word:苗年}}我带他们吹芦笙，煮{{trap/minority_word:酸汤鱼}}。{{minority/uyghur:米赫日班}}教大家跳新疆舞，{{minority/uyghur:伊克巴尔江}}在旁边拍手，{{han:韦晓雪}}跟着学，跳得最起劲。
访谈者：班上这个新疆女娃学习怎么样？
受访者：好得很，语文作文写过她爸的烤肉摊，写得全班都流口水。就是心重，她妈病了以后，她每个礼拜五都第一个冲出校门，说要回去给妈妈按腿。
访谈者：家长联系得上吗？
受访者：难。我手机里存着{{minority/uyghur:塔力甫江}}的{{mobile@plus86}}，{{han:石得福}}太公家的{{mobile@h38}}，{{han:蒙雨露}}妈妈{{han:姚春兰}}的{{mobile@s74}}。学籍上的身份证也要核，{{han:石得福}}的{{id_number@my2013quad.522727}}，{{han:蒙雨露}}的{{id_number@wy2014hyphen.522727}}。
访谈者：娃娃们怎么找您？
受访者：周末用爷爷奶奶的手机上QQ，我的QQ是{{qq:40971326}}，{{han:蒙雨露}}的QQ是{{qq:３６１０８７２５９４}}。家长多用微信，我的是{{wechat:longzaiju_kd}}。我住{{address:克度镇航天路学校教师周转房2栋305}}，娃娃半夜发烧就来敲门。
访谈者：学籍上名字有错的吗？
受访者：有。{{spaced:石 得 福}}、{{spaced:蒙　雨露}}，新疆娃娃写成{{spaced:伊 克 巴 尔 江}}，老师也被写成{{spaced:澹 台 秋 禾}}。
访谈者：有没有辍学的？
受访者：前几年有，初一初二的娃娃跟着亲戚跑去{{trap/place:浙江}}打工。现在控辍保学抓得紧，一个都不能少，哪个娃娃三天没来，我就要往家里跑。去年学校组织去天眼科普，好多娃娃是头一回进去，{{minority/uyghur:米赫日班}}说她爸天天在门口，她也是头一回进去，站在观景台上半天不说话。
访谈者：最放心不下的是哪个？
受访者：一个个都放心不下。有个娃娃跟八十岁的太公过，太公哪天走了，他就真成一个人了。硬要说，最放心不下的是{{han:石得福}}。
""")

# H1832: Buyei leader of an early-vegetable cooperative in 沫阳镇 (罗甸) who hires parents of children in distress.
DOCS["H1832"] = ("staff", """\
访谈者：{{han:覃社长}}，您这合作社种些什么？
受访者：早熟蔬菜，豇豆、四季豆、辣椒、番茄，冬天种，春节前卖到{{trap/place:广州}}。我叫{{han:覃德军}}，布依族，{{trap/place:沫阳镇}}人。门口牌子上的{{han:覃德军}}蔬菜专业合作社，就是拿我名字起的，三百多户入股。
访谈者：合作社是怎么办起来的？
受访者：我原来在广州批发市场帮人卖菜，晓得那边冬天缺菜，我们这里冬天暖和，红水河边上种什么都早熟。十年前回来，挨家挨户去说，头一年只有十几户敢跟我干，赚了钱，第二年就来了一百多户。
访谈者：听说您专门招困难家庭的家长？
受访者：是。家里有困境儿童的，我优先招，活轻点、离家近，大人不用出去打工，娃娃就有人管。我自己小时候就是留守的，爸妈在外头，我跟着外婆，晓得那个滋味。看水泵的{{minority/mongolian:敖大爷}}，真名{{minority/mongolian:图门敖其尔}}，内蒙古来的，儿子拉甘蔗翻车没了，留下两个孙孙。他孙女{{minority/mongolian:古嘎}}放假来地里帮忙，会算账。
访谈者：还有哪些人？
受访者：分拣车间的{{han:黄德秀}}，男人在{{trap/place:红水河}}里打鱼淹死了，三个娃娃，大的在{{school:罗甸县第二中学八年级（3）班}}。{{han:黄德秀}}倒是要强，从来不哭穷。打包的{{han:杨光彩}}是苗族，儿子{{han:杨岩松}}自闭症，两项补贴办下来了，{{han:杨光彩}}便把儿子带到车间角落，一边干活一边看着。还有{{han:姚翠兰}}，男人判了刑，她一个人带两个女儿。
访谈者：合作社还帮了些什么？
受访者：每年拿两万块出来，给工人的娃娃交学费、买校服。今年豇豆{{trap/word:丰收}}，组长{{han:韦丰收}}笑说名字起得好，带头捐了一千。驻村的{{compound:赫连青山}}帮我们对接{{trap/org:罗甸县农业农村局}}，农技员{{compound:拓跋雁回}}教大家打药不伤人。{{compound:赫连青山}}还拉了个群，谁家娃娃病了，大家凑钱。
访谈者：放假的时候娃娃们在哪里？
受访者：都在地头。大人摘豆，娃娃在田坎上跑，又怕晒又怕蛇咬。去年我把冷库旁边的空房收拾出来，摆了桌子、书架，请会计{{han:岑蔓菲}}的女儿放暑假来教他们写作业，大家叫它地头书屋。中午一人一碗粉，合作社出钱。
访谈者：工人的娃娃您都认得？
受访者：认得。{{han:黄德秀}}家老二小名{{han:黑牛}}，天天在地头追鸡，{{han:黑牛}}被他妈追着打，满地跑。{{han:姚翠兰}}的大女儿{{han:彭雪晴}}成绩好，我跟她讲，考上大学合作社出路费。
访谈者：合作社一年卖多少？
受访者：好的年份一千多万，差的年份也有六七百万。冬天最忙，豇豆一天要摘几十吨，冷库里的车排到半夜。广州那边要货急，我们就连夜装车，工人们轮班，家里有娃娃的排白班，晚上回去能陪娃娃吃饭、看作业。
访谈者：自闭症那个娃娃现在怎么样？
受访者：比刚来时好多了。刚来那阵，车间里机器一响他就捂耳朵尖叫，他妈只好把他锁在屋里。后来我们在车间角落隔了个小间，铺了垫子，他在里头摆豆子，一颗一颗排成行，能摆一下午。县康复中心的{{compound:万俟子衿}}老师说，这也是一种训练，让他妈莫急，慢慢来。
访谈者：工人的联系方式您都有？
受访者：都有，手机里一张表。{{han:黄德秀}}{{mobile@plain}}，{{han:杨光彩}}{{mobile@s38}}，{{han:姚翠兰}}{{mobile@h38}}。{{minority/mongolian:敖大爷}}不会用手机，留的是他孙女的。合作社的微信{{wechat:qindejun_shucai}}，我自己的{{wechat:wxid_7h3k9m2p5r}}，QQ{{qq:813526074}}。
访谈者：村里的儿童主任跟你们有来往吗？
受访者：常来。{{han:莫丽萍}}每个月来合作社一趟，看看工人家的娃娃，哪个补助该年审了，哪个该换证了，她都记着，工人们在地里走不开，她就把表拿到地头来填。
访谈者：政府给这些娃娃的补助够吗？
受访者：吃饭够，读书紧。娃娃越大花钱越多，上了高中一年好几千。所以我说，光靠补助不行，大人得有活干，有收入，家才撑得住。我们合作社能做的，就是让大人在家门口挣钱，娃娃放学回来，家里有人。
访谈者：登记一下地址和证件？
受访者：冷库在{{address:罗甸县沫阳镇八吉村蔬菜基地1号冷库}}，办公室在{{address:沫阳镇沫阳大道东段45号}}。{{han:杨岩松}}的身份证{{id_number@my2014.522728}}，{{han:黄德秀}}大女儿的{{id_number@wy2011spaced.522728}}。
访谈者：名字写错过吗？
受访者：分红表上常错，{{spaced:赫　连　青　山}}、{{spaced:覃 德军}}、{{spaced:图门 敖其尔}}，都是我一个个改的。
访谈者：最后想说什么？
受访者：种菜看天，带娃娃看人。大人有活干，娃娃才有人管。这些年帮我最多的，是驻村的{{compound:赫连青山}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1825,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout231",))


if __name__ == "__main__":
    main()
