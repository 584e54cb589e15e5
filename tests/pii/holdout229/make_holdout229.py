# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 229 (tests/pii/holdout229/H1817-H1824 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name is taken from the earlier sets (the build asserts that no
gold string equals a gold or trap string of an earlier set and that no trap string was gold in one; set 228, written
at the same time, is not an earlier set).

Set 229 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 永善 and 绥江
(昭通, Yunnan: the 金沙江 gorges, the 溪洛渡 and 向家坝 dams, villages resettled when the reservoirs rose and the
county town of 绥江 rebuilt higher up, navel oranges and fish farms): a Hui grandfather of the hills of 茂林 raising
the two children of his son, killed in a coal mine, whose mother remarried far away; a Yi grandmother of 马楠 raising
three orphans; a Tibetan grandmother from 德钦 raising in 绥江 the two children of her dead daughter, their Han
father in prison for electro-fishing in the reservoir; a Kazakh mother from 新源 married to a Han resettler of 绥江
who broke his back building the new county town; the Han 儿童主任 of a resettlement community in 绥江 reading out
her list; an officer of the 绥江 county women's federation; the Han relief clerk of the township of 茂林; and the Han
leader of a maintenance team at the 溪洛渡 dam, himself resettled from a drowned old street, whose team looks after
the children of a dead workmate.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Hui 经名 alone (舍利甫, 茹格耶, 易德力思, 达伍迪, 阿玉舍, 哈笛彻) with short forms (格耶) and forms of address
made from them (舍爷, 小易德), after a Han surname (纳茹格耶, 保尔萨, 撒阿米乃, 撒尤努斯, 虎赛丽麦) and beside the
Han-form names of the same people (纳永清, 纳思湄, 纳思恺); Yi names with their clan names (勒格阿卓, 勒格石者,
勒格诗嫫, 海来阿兹, 阿苦尔布, 吉子莫惹, 阿说阿呷嫫, 吉伍日且), the Han surname of the roll before a Yi given name
(罗阿卓, 罗石者, 吉莫惹, 安阿芝), short forms (石者, 诗嫫, 莫惹) and a doubled pet name (呷呷); Diqing Tibetan names
(斯那央追, 格茸拉措, 农布吹称, 鲁茸格登, 扎史七林, 此里品措) with a short form (央追 before 奶奶), the Han father's
surname before a Tibetan name (幸取追) and forms of address made from Tibetan names (央嬢嬢, 措哥); Kazakh given
name + father's name with the dot as ‧, ・, ·, a full stop or none (阿勒腾莎‧阿曼泰, 叶尔肯・阿曼泰,
加依达尔·托列根, 阿勒腾莎.阿曼泰, 阿勒腾莎阿曼泰, 加依达尔托列根), the father's name alone (阿曼泰), the Han
father's surname before a Kazakh name (胥别克苏尔坦) and forms of address (腾莎, 莎莎姐, 坦娃, 托玛, 加依哥); Han
surnames that are ordinary words beside the words they make (母德钊 and 母亲, 犹海波 and 犹豫, 安志刚 and 安置,
申桂湘 and 申请, 便秀芝 and 便宜, 幸志骞 and 幸好, 税金沙 and 税收); given characters that are grammar words, right
before the same words (卯正兰正好, 龙得才才, 母再兴再, 卯又芬又, 却小凤却, 佘正荣正, 蒲又兰又); names right before
particles, pronouns and verbs (格耶她, 陇金花她, 幸志骞他, 税金沙说, 犹海波他, 幸晓棠她) and after 喊/跟/教/是;
names holding words that stand nearby as words (冉平湖 beside 平湖 and 高峡出平湖, 江水生 beside 江水, 向家炜 beside
向家坝, 左丘明德 beside 左丘明, 税金沙 beside 金沙江, 别克苏尔坦 beside a 别克车); a surname with only a title or
kin word, annotated whole (老纳, 苟嬢嬢, 速阿訇, 罗奶奶, 卯二姐, 申嬢嬢, 冉幺妹, 冉主席, 税干事, 禄副局长, 江班长,
向婆婆, 税叔叔) and local nicknames (浦二娃, 柒娃); names inside shop-like phrases (谯光荣面馆, 蹇德富酒坊); names
closing the last line (是幸晓棠。, 是此里品措。); compound surnames after ordinary words (咨询师, 巡回老师, 支教的,
第一书记, 司法所的, 医生, 康复师, 带队的, 心理老师, 志愿者, 会计, 护士, 法官, 律所的, 督导员, 院长, 社工, 工会主席,
安全员, 团委的, 画师), 申屠 beside 申; rare surnames of the region (纳, 锁, 速, 虎, 撒, 拜, 禄, 苟, 浦, 卯, 者, 陇, 敬,
幸, 便, 谯, 母, 胥, 佘, 犹, 蹇, 却, 冉, 税, 敖, 牟, 甘); names spaced out character by character in half- and
full-width spaces, with spaces around the dot, and split in two; and numbers read out and written the many ways
people do.

Markup: see tests/pii/_setkit.py (``{{category:literal}}``, ``{{minority/group:literal}}``, ``{{category@format.region}}``,
``{{trap/kind:literal}}``). Person spans are the name only; a surname with only a title or kin word and a local
nickname are annotated whole; a Han surname before a non-Han given name, and forms of address made from a non-Han
name, are category minority. Rebuild (deterministic): ``python tests/pii/holdout229/make_holdout229.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(229_2026_1208)
MINORITY_GROUPS = ("hui", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"hui": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "159", "172", "178", "182", "183", "188", "195", "198",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1817: Hui grandfather in the hills of 茂林 (永善) raising the two children of his son, killed in a coal mine.
DOCS["H1817"] = ("family", """\
访谈者：老人家，您贵姓？
受访者：姓纳，叫{{han:纳永清}}，经名{{minority/hui:舍利甫}}。我们是{{trap/place:永善}}山上的回回，寨子在{{trap/place:茂林}}后山，一坡洋芋一坡苞谷。寨子里的小伙子喊我{{minority/hui:舍爷}}，赶街的汉族老表喊我{{han:老纳}}。老辈人讲我们纳家是{{trap/famous:赛典赤}}的后人，我也说不清。
访谈者：家里现在几口人？
受访者：就我跟两个孙孙，老伴走了六年了。儿子{{han:纳春林}}前年在贵州挖煤，顶板垮下来，{{trap/minority_word:无常}}了。煤老板赔了些钱，埋人、还账，剩下的存起来给娃娃读书。儿媳妇{{han:锁桂菡}}守了一年，回了{{trap/place:鲁甸}}娘家，后来听说嫁到{{trap/place:宁夏}}去了，电话也换了，过年都不打一个。
访谈者：孙子孙女多大了？
受访者：大的是孙女，十二岁，经名{{minority/hui:茹格耶}}，户口上写{{han:纳思湄}}，在{{school:永善县茂林镇中心小学六年级（2）班}}。班主任{{han:禄晓燕}}老师嫌两个名字麻烦，连起来喊她{{minority/hui:纳茹格耶}}，全班都跟着喊。小的是孙子，九岁，经名{{minority/hui:易德力思}}，户口上写{{han:纳思恺}}，生下来耳朵就不好，戴助听器，在{{school:茂林镇中心小学三年级1班}}。同学喊他{{minority/hui:小易德}}，他听不清，光晓得笑。
访谈者：上学远吗？
受访者：远。从寨子走到镇上要一个多钟头，下雨天路烂得很。我拄着棍子送到垭口，再让隔壁的{{han:浦二娃}}骑摩托带下去。现在大的住校了，一个礼拜回来一回，小的还是天天跑。
访谈者：这几年哪些人在帮你们？
受访者：头一个是村上的儿童主任{{han:苟德英}}，我们喊她{{han:苟嬢嬢}}。她上门看了三回，给两个娃娃报了事实无人抚养，一个娃一个月{{trap/number:一千二百五}}。小的是二级听力残疾，{{han:苟嬢嬢}}又帮着办了残疾证，两项补贴也下来了。镇民政办的{{han:税金沙}}来核过两回，{{han:税金沙}}说老者你莫怕麻烦，材料差哪样他来补。村主任{{han:浦德高}}把我家的危房改造也报上去了，去年换了瓦。
访谈者：学校那边呢？
受访者：{{han:禄晓燕}}老师好，晓得孙女要回家煮饭，放学不留她扫地。学校免了午饭钱，食堂给回族娃娃单独留了一个灶。县里请的心理咨询师{{compound:司徒若岚}}，每个月来跟{{minority/hui:格耶}}她说一回话。小的那边，特教巡回老师{{compound:端木沁柔}}教他看口型，助听器坏了，也是她托人拿到{{trap/place:昆明}}去修的。
访谈者：寺里帮得上忙吗？
受访者：帮得上。寺里的{{han:速阿訇}}，经名{{minority/hui:达伍迪}}，{{trap/minority_word:主麻}}日让两个娃娃去学经，不收钱。寺上炸{{trap/minority_word:油香}}，{{han:速阿訇}}就喊小的去端一盆回来。隔壁{{minority/hui:保尔萨}}是我堂侄，跑运输，他媳妇{{han:虎菊仙}}隔三岔五给两个娃娃洗衣裳。
访谈者：您自己身体怎么样？
受访者：气管不好，一到冬天就喘。去年腊月喘得下不了床，是孙女跑下坡去喊的村医{{han:浦光祥}}，半夜打着电筒上来，打了三天吊针。我最怕哪天我也{{trap/minority_word:无常}}了，两个娃娃咋个整。{{han:苟嬢嬢}}说，有政策，不会没人管，我听了心头才松一点。
访谈者：助听器贵吗？
受访者：贵。一只就要四千多，他两只耳朵都要戴。头一副是{{trap/org:县残联}}送的，用了三年，去年掉进水沟里泡坏了，他吓得不敢回家，在坡上蹲到天黑。我找到他，没骂他，我晓得他怕我心疼钱。后来残联又给换了一副，说是有个康复项目，娃娃十四岁以前都管。
访谈者：冬天怎么过？
受访者：山上冷，十一月就下凌。屋头烧煤炉子，两个娃娃挤在炉子边写作业，我在旁边剥苞谷。孙女写完了就帮弟弟检查，她念一句，弟弟看着她的嘴跟一句。我听不懂她们念的哪样，就坐在边上看，看着看着心头就热乎。
访谈者：您年轻时做什么？
受访者：赶马。从茂林驮盐巴、驮布下{{trap/place:金沙江}}边，一趟走三天。那时候路窄，马掉下岩去我都见过。现在通了公路，娃娃们坐车上学，比我们那时候好多了。
访谈者：孩子们想妈妈吗？
受访者：咋个不想。大的嘴硬，说不想，可她把她妈留下的花盖头收在箱子底，过{{trap/minority_word:开斋节}}才拿出来戴。小的不会说，就拿他妈的照片给人看，逢人就指。她们外婆{{minority/hui:阿玉舍}}在鲁甸，托人带过两回{{trap/minority_word:馓子}}上来。
访谈者：登记的信息请您说一下。
受访者：家在{{address:永善县茂林镇清河村十一组8号}}。我的身份证{{id_number@moldspaced.530625}}，孙女的{{id_number@wy2013fw.530625}}。我老年机是{{mobile@s74}}，{{han:苟嬢嬢}}的{{mobile@h38}}，她微信{{wechat:gdy_maolin-ertong}}。{{minority/hui:格耶}}借{{han:苟嬢嬢}}的手机上网课，开了个QQ：{{qq:830157264}}。
访谈者：表上名字写得对吗？
受访者：不大对。低保表把我写成{{spaced:纳 永清}}，学校把孙女写成{{spaced:茹　格　耶}}，孙子写成{{spaced:易 德 力 思}}。
访谈者：您最盼什么？
受访者：盼两个娃娃念得出书，莫像他爹钻煤洞。托靠主，我再撑几年，等{{han:纳思湄}}考上高中。
""")

# H1818: Yi grandmother of the 马楠 hills (永善) raising three orphans.
DOCS["H1818"] = ("family", """\
访谈者：阿妈，您是哪个民族？
受访者：彝族。我叫{{minority/yi:勒格阿卓}}，户口本上写的是{{minority/yi:罗阿卓}}，坡底下的汉族喊我{{han:罗奶奶}}。家在{{trap/place:马楠}}的高山上，站在门口望得见江，过了江就是{{trap/place:雷波}}，我娘家在那边。从寨子走到乡上，要翻两道梁子。
访谈者：家里几口人？
受访者：我跟三个孙孙。我儿子{{minority/yi:勒格伍沙}}，汉名{{han:罗文采}}，前年开三轮车拉{{trap/minority_word:苦荞}}下山，连人带车翻到沟头去了。儿媳妇{{minority/yi:海来阿兹}}早两年就病死了，肚子疼，拖到乡卫生院已经晚了。那时候最小的才三岁，还在吃奶。
访谈者：三个孩子多大了？
受访者：大的{{minority/yi:勒格石者}}，十三岁，学校花名册上写{{minority/yi:罗石者}}，在{{school:永善县民族中学七年级（4）班}}，住校。老二是女娃，叫{{minority/yi:勒格诗嫫}}，十岁，在{{school:马楠乡中心小学四年级2班}}。老三六岁，刚上学前班，我们喊他{{minority/yi:呷呷}}。
访谈者：现在哪些人在帮你们？
受访者：村上的儿童主任{{han:卯正兰}}，{{han:卯正兰}}{{trap/word:正好}}是坡底下那个村的，彝话也会说几句。她把三个娃娃都报成孤儿，每人每月{{trap/number:一千五百六}}，县民政局直接打到卡上。乡上管民政的{{han:者德明}}也是彝族，他讲我们彝家的娃娃再穷也要念书。教大的数学的是{{han:龙得才}}，{{han:龙得才}}才来一年，就爬了三趟我们这个坡。大学生支教的{{compound:夏侯沐岚}}教老二唱歌，驻村第一书记{{compound:濮阳明远}}帮我们把土墙房改成了砖房，厕所也修了。
访谈者：钱是怎么用的？
受访者：卡放在{{han:卯正兰}}那里，我要用钱就喊她陪我去乡上取。买米买油，给娃娃买衣裳、买本子。大的在县城住校，一个月要四百块生活费，剩下的存着。{{han:者德明}}说这是娃娃的钱，大人不能乱动，我记着的。
访谈者：孩子们在学校怎么样？
受访者：大的读书不行，爱打篮球，{{han:龙得才}}说他个子高，以后可以去当兵。老二成绩好，考过全乡第三，回来还教{{minority/yi:呷呷}}认字。班主任{{han:敬玉秀}}讲她心重，她妈死的时候她七岁，记得事，夜里会哭。{{han:敬玉秀}}就让她当语文课代表，让她忙起来。
访谈者：您会说汉话吗？
受访者：会一点点，说不好。跟学校老师说话，都是大的给我翻。开家长会我听不懂，就坐在后头，老师讲完了，{{han:卯二姐}}再用彝话给我讲一遍。
访谈者：娃娃们周末做什么？
受访者：大的回来帮我背柴、挑水，一背就是一上午。老二带着老三去坡上放羊，顺便捡菌子，捡得多了拿到街上卖，卖来的钱她自己攒着，说要买一个书包给弟弟。我说你的书包也烂了，她说她的还能背。
访谈者：冬天冷吗？
受访者：冷，山上下雪，路都封了。房子改成砖房以后好多了，以前土墙漏风，一家人围着火塘睡。现在政府还发了被子、发了烤火的电炉，就是电费贵，我舍不得开，等娃娃写作业的时候才开一会儿。
访谈者：家里的地谁种？
受访者：我种。洋芋、苞谷、{{trap/minority_word:苦荞}}，养两头猪、十几只鸡。{{trap/minority_word:火把节}}杀只鸡，{{trap/minority_word:彝族年}}杀头猪，做{{trap/minority_word:坨坨肉}}给娃娃吃。我哥{{minority/yi:阿苦尔布}}在雷波，每年过江来帮我挖一回洋芋，走的时候留了一件{{trap/minority_word:查尔瓦}}给大的。
访谈者：孩子们的衣服鞋子够吗？
受访者：够了。以前一个娃娃一双鞋，烂了就打光脚。现在学校发校服，妇联过年也送棉衣，{{trap/org:马楠乡中心小学}}还收到过外地寄来的书包。我就是怕他们跟别人比，山上的娃娃，莫要比吃比穿，要比读书。
访谈者：您身体怎么样？
受访者：腿疼，爬坡爬不动了。去年请{{trap/minority_word:毕摩}}来家里做过一回，也请村医{{han:陇金花}}打过针。{{han:陇金花}}她说是风湿，要少沾冷水，可山上哪里不沾冷水。
访谈者：孩子们想爸妈吗？
受访者：想。{{minority/yi:呷呷}}小，问我阿爸咋个还不回来。我就给他讲{{trap/famous:支格阿鲁}}射太阳的故事，讲着讲着他就睡了。{{minority/yi:诗嫫}}不问，她把她妈的银耳坠包在手帕里，压在枕头底下。
访谈者：登记的信息请您说一下。
受访者：家在{{address:永善县马楠乡火草坪村五组16号}}。我的身份证是{{id_number@woldtri.530625}}，{{minority/yi:石者}}的{{id_number@my2012quad.530625}}。我不会用手机，有事打{{han:卯正兰}}的电话{{mobile@plus86dash}}。{{han:龙得才}}老师的微信是{{wechat:LongDC_mananxx}}。{{minority/yi:石者}}借同学的手机上QQ，号码{{qq:1093857264}}，他写在我的药盒子上。
访谈者：表上的名字写得对吗？
受访者：我不识字，{{han:卯正兰}}说写错了好几张：一张写成{{spaced:罗 阿 卓}}，一张把老二写成{{spaced:勒　格　诗　嫫}}，大的写成{{spaced:勒格 石者}}，老三的{{minority/yi:勒格木呷}}倒是没错。
访谈者：您最盼什么？
受访者：盼三个娃娃长大，莫像他们阿爸，莫走夜路翻车。
""")

# H1819: Tibetan grandmother from 德钦 raising in 绥江 the two children of her dead daughter; their Han father is in
# prison for electro-fishing in the reservoir.
DOCS["H1819"] = ("family", """\
访谈者：阿妈，您是从哪里来的？
受访者：{{trap/place:德钦}}，{{trap/place:梅里雪山}}脚下。我叫{{minority/tibetan:斯那央追}}，绥江这边的人念不来，大人喊我{{minority/tibetan:央嬢嬢}}，小娃娃喊{{minority/tibetan:央追}}奶奶。
访谈者：怎么到绥江来了？
受访者：我姑娘{{minority/tibetan:格茸拉措}}在{{trap/place:香格里拉}}的宾馆做服务员，认得了来旅游的{{han:幸志骞}}，嫁到这边来。女婿家是移民，老房子在江边，{{trap/place:向家坝}}蓄水的时候淹了，一家人搬到新县城，在库湾里养网箱鱼。前年{{minority/tibetan:格茸拉措}}得了肝病，在{{trap/org:绥江县人民医院}}住了两个月，没熬过去。
访谈者：孩子爸爸呢？
受访者：{{han:幸志骞}}他在库区里电鱼，被抓了，判了两年半。{{trap/word:幸好}}还有我，不然两个娃娃咋个办。亲家公{{han:幸德懋}}中过风，话都说不清，亲家母{{han:甘月芬}}要守鱼塘，顾不上娃娃。
访谈者：两个孩子多大？
受访者：大的是姑娘，十一岁，我给她起的名叫{{minority/tibetan:取追}}，学校写成{{minority/tibetan:幸取追}}，户口上是{{han:幸雨桐}}，在{{school:绥江县中城镇第一小学五年级（3）班}}。小的是儿子，七岁，叫{{minority/tibetan:农布吹称}}，户口上是{{han:幸嘉乐}}，心脏有毛病，生下来就有，在{{school:中城镇第二小学一年级6班}}。
访谈者：哪些人在帮你们？
受访者：社区的儿童主任{{han:申桂湘}}，我跟着娃娃喊她{{han:申嬢嬢}}。服刑人员子女补助、事实无人抚养，都是她一趟一趟跑下来的，{{trap/word:申请}}表是她帮我填的，我只会按手印。司法所的{{compound:上官沁怡}}帮我们办了视频会见，每个月一回，要先加她的微信{{wechat:sfs-sgqy_suijiang}}约时间。
访谈者：学校那边呢？
受访者：大的班主任是{{han:便秀芝}}老师。她说她姓便，{{trap/word:便宜}}的便，我学了好多天才念对。{{han:便秀芝}}她晓得家里的事，从来不在班上讲，还让班上的{{han:甘小雨}}跟她坐同桌。小的上体育课不能跑，体育老师{{han:谯永芳}}就让他记分、吹哨子，他高兴得很。
访谈者：孩子的病怎么样了？
受访者：要开刀。昭通做不了，要去{{trap/place:昆明}}。县残联的{{han:母红英}}帮我们问了慈善项目，手术费能报大半，心外科医生{{compound:东方霁川}}说等他八岁做最好。我不识汉字，在大医院里找不到门，{{han:母红英}}说到时候她陪我去。
访谈者：老家还有人吗？
受访者：有。老伴{{minority/tibetan:鲁茸格登}}在德钦放牦牛，走不开。儿子{{minority/tibetan:扎史七林}}每年托人带{{trap/minority_word:糌粑}}和酥油下来。在{{trap/org:溪洛渡电站}}上班的{{minority/tibetan:此里品措}}是我们德钦老乡，放假来看我们，帮我跟医生说话。
访谈者：您在这边过得惯吗？
受访者：热，潮。吃不惯鱼，可女婿家就是养鱼的，顿顿是鱼。头一年我连电梯都不敢坐，楼下的{{han:冉幺妹}}天天陪我上下楼。晚上娃娃睡了，我一个人跳一会儿{{trap/minority_word:弦子}}，跳完了想{{minority/tibetan:格茸拉措}}。我给{{minority/tibetan:取追}}讲{{trap/famous:卡瓦格博}}的故事，她说长大了要回去看雪山。
访谈者：您平时怎么跟学校联系？
受访者：我不会看手机上的字，老师发的通知都是大的念给我听。开家长会，我就带着小的一起去，坐在最后一排。老师讲完了，会单独走过来，慢慢地跟我说一遍，说娃娃哪里好、哪里要管。我听得懂一半，剩下的回家问大的。
访谈者：平时吃穿够吗？
受访者：够。低保、补助加起来，吃饭不愁。就是小的看病花钱，一个月复查一回，来回车费、药费，我一分一分算着用。
访谈者：女婿家的鱼塘现在谁管？
受访者：亲家母守着，请了一个帮工。库区不准网箱了，要往岸上搬，搬一回要好几万，她愁得头发都白了。鱼卖不出价钱，饲料又涨，一年到头挣不了几个钱。我帮不上忙，只能在家煮饭、洗衣裳、接送娃娃。
访谈者：孩子们会说藏话吗？
受访者：大的会几句，是我一句一句教的。小的不肯学，说同学听不懂。我也不逼他。我就盼着他病好了，带他回德钦住一个夏天，去看看他妈小时候放羊的草坝子，他自己就想学了。
访谈者：孩子们去看过爸爸吗？
受访者：去过一回。小的隔着玻璃喊爸爸，{{han:幸志骞}}哭得抬不起头。大的一句话不说，回来的车上才哭。
访谈者：登记的信息请您说一下。
受访者：住在{{address:绥江县中城镇金江社区安置小区11栋2单元102}}。我的身份证{{id_number@wold.533422}}，大的{{id_number@wy2014fwhyphen.530626}}。{{han:申桂湘}}的电话{{mobile@plain}}，{{minority/tibetan:此里品措}}的{{mobile@p86h}}。大的有个QQ，是{{han:便秀芝}}老师帮她开的：{{qq:７４０２９１８３}}。
访谈者：表上的名字对吗？
受访者：补助表上我是{{spaced:斯　那　央　追}}，大的写成{{spaced:幸 取 追}}，她妈的死亡证明上写成{{spaced:格茸 拉措}}。
访谈者：最后还想说什么？
受访者：盼女婿早点出来，好好做人。我总有一天要回德钦，娃娃要交给他。
""")

# H1820: Kazakh mother from 新源 married to a Han resettler of 绥江 who broke his back building the new county town.
DOCS["H1820"] = ("family", """\
访谈者：大姐，您是新疆人？
受访者：{{trap/place:伊犁}}{{trap/place:新源}}的，家在{{trap/place:那拉提}}草原边上。我叫{{minority/kazakh:阿勒腾莎‧阿曼泰}}，{{minority/kazakh:阿曼泰}}是我爸的名字。这边人嫌长，喊我{{minority/kazakh:腾莎}}，果园里的大姐些喊我{{minority/kazakh:莎莎姐}}。
访谈者：怎么嫁到绥江来了？
受访者：我男人{{han:胥长河}}是绥江的移民，老家在江边，水涨起来房子淹了，他出去打工，在新源修隧道，我们就认得了。结婚以后他要回来照顾他妈{{han:甘月英}}，我跟着来了，住进了{{trap/org:金江社区}}的安置房。那年他在新县城的工地上搭架子，从四楼摔下来，腰断了，现在下半身没知觉，坐轮椅。
访谈者：孩子们呢？
受访者：两个。儿子十二岁，我给他起名{{minority/kazakh:别克苏尔坦}}，跟他爸姓，学校写成{{minority/kazakh:胥别克苏尔坦}}，在{{school:绥江县中城镇第二小学六年级（1）班}}，同学喊他{{minority/kazakh:坦娃}}。姑娘八岁，叫{{minority/kazakh:托玛丽斯}}，我们喊她{{minority/kazakh:托玛}}，在{{school:中城镇金江小学二年级三班}}。
访谈者：家里靠什么过？
受访者：我在{{trap/org:脐橙合作社}}的分拣厂上班，一个月两千多，橙子下来的时候天天加班。合作社的老板{{han:谯德胜}}人好，让我中午回去给男人翻身。一起分拣的{{han:冉小芳}}教我说绥江话，{{han:冉小芳}}她说我现在说得比她还地道。{{han:胥长河}}有一级残疾证，两项补贴都拿着。社区的{{han:申桂湘}}帮我们报了低保，两个娃娃算重残家庭的困境儿童。康复师{{compound:皇甫沅芷}}每个礼拜上门，教{{han:胥长河}}练手劲。社工站带队的{{compound:宇文鹤汀}}，放暑假带两个娃娃去江边夏令营。
访谈者：孩子们在学校怎么样？
受访者：儿子爱踢球，就是脾气急，有同学笑他爸是瘫子，他冲上去就打。班主任{{han:佘雯婧}}把他喊到办公室，跟他说，你爸是修新县城摔的，你该骄傲。打那以后他不打架了。学校的心理老师{{compound:司马瑾瑜}}也找他谈过两回，说这个娃娃心里憋着气，要有个地方让他说出来。{{minority/kazakh:托玛}}她乖，回家就给她爸读课文。
访谈者：老家还有人吗？
受访者：我爸前年过世了，我妈{{minority/kazakh:胡安古丽}}一个人在新源。我哥{{minority/kazakh:叶尔肯・阿曼泰}}去年开着他那辆旧{{trap/word:别克车}}，从新疆开了五天才到，带了一大袋{{trap/minority_word:包尔萨克}}，还有两根{{trap/minority_word:马肠子}}。他儿子{{minority/kazakh:叶尔博森}}跟{{minority/kazakh:别克苏尔坦}}一样大，两个在江边比谁跑得快。我哥走的时候给两个娃娃做了{{trap/minority_word:巴塔}}，就是祝福。
访谈者：您男人现在怎么样？
受访者：身上长过褥疮，烂得见骨头，我天天给他翻身、擦洗，现在好了。他心里苦，头一年不想活，把药藏起来，被我发现了。我跟他说，你死了，两个娃娃就没有爸了，我一个新疆女人在这里咋个办。他哭了一晚上，后来就好了，现在在网上帮人卖脐橙，一个月也能挣几百块。
访谈者：您刚来的时候习惯吗？
受访者：不习惯。吃不惯辣，听不懂话，下雨天一下就是半个月，被子都是潮的。我们那边冬天零下三十度，这里冬天不下雪，可冷到骨头里。现在习惯了，也会做酸菜鱼了，就是每年{{trap/minority_word:肉孜节}}的时候想家，想我妈煮的肉。
访谈者：两个孩子会说哈萨克话吗？
受访者：听得懂，说得少。我在家跟他们说哈萨克话，他们回我汉话。儿子去年在视频里跟他外婆说了一整句，外婆高兴得哭了。我想等他们大一点，暑假送回新源住一个月，学骑马，学说话，不能把根忘了。
访谈者：想回新疆吗？
受访者：想。可{{han:胥长河}}离不开人，他妈也老了。我跟娃娃说，等你们长大了，带你们去看马，看{{trap/minority_word:阿肯弹唱}}。男人夜里疼得睡不着，我就给他唱我们那边的歌，他听不懂，听着听着倒睡着了。
访谈者：登记的信息请您说一下。
受访者：住{{address:绥江县中城镇金江社区安置小区7栋2单元302}}，娘家在{{address:新源县那拉提镇阿尔善村三组21号}}。我身份证{{id_number@wy1988hyphen.654025}}，儿子的{{id_number@my2013spaced.530626}}。我电话{{mobile@plus86}}，{{han:胥长河}}的{{mobile@spaced}}，我哥在新疆的{{mobile@fullwidth}}。我微信{{wechat:Altynsha_Nalati88}}。儿子的QQ号是{{qq:2718405936}}。
访谈者：表上的名字写得对吗？
受访者：各写各的。低保表上是{{minority/kazakh:阿勒腾莎阿曼泰}}，没有点；残联的表写成{{minority/kazakh:阿勒腾莎.阿曼泰}}，点打成了句点；我哥的暂住证上是{{spaced:叶 尔 肯 ・ 阿 曼 泰}}，我的医保卡上是{{spaced:阿勒腾莎 · 阿曼泰}}。
访谈者：最后想说什么？
受访者：谢谢帮过我们的人。我把他们的名字都记在本子上，一个一个念给娃娃听，让他们长大了记得还。我们哈萨克人说，一个人的福气是大家给的。
""")

# H1821: Han 儿童主任 of a resettlement community in 绥江 (中城镇) reading out her list.
DOCS["H1821"] = ("staff", """\
访谈者：您当儿童主任多久了？
受访者：五年。我叫{{han:申桂湘}}，{{trap/org:金江社区}}的。我原来是{{trap/place:绥江}}老县城的人，老县城淹到水底下去了，一家人搬上来住安置房。社区两千多户，一大半是移民。你要的名单我带来了，一户一户跟你念。
访谈者：好。
受访者：第一户，{{han:母德钊}}家。母是{{trap/word:母亲}}的母。他儿子儿媳在{{trap/place:水富}}出车祸，都没了，留下一对姐弟，姐姐{{han:母思琪}}十岁，在{{school:绥江县中城镇第一小学四年级（2）班}}；弟弟{{han:母思源}}七岁，在{{school:中城镇第一小学一年级（3）班}}，两个都报的孤儿。住{{address:中城镇金江社区安置小区3栋1单元601}}。{{han:母德钊}}的身份证{{id_number@mold.530626}}，姐姐的{{id_number@wy2015spaced.530626}}。{{han:母德钊}}他七十六了，还在楼下摆摊卖{{trap/word:脐橙}}，弟弟放学就蹲在摊子边写作业。
访谈者：第二户？
受访者：第二户，{{han:胥长河}}，摔断了腰坐轮椅。媳妇是哈萨克族，{{minority/kazakh:阿勒腾莎}}，两个娃娃{{minority/kazakh:胥别克苏尔坦}}、{{minority/kazakh:托玛丽斯}}，重残家庭的困境儿童。{{minority/kazakh:阿勒腾莎}}能干，分拣厂的活、屋里的活都是她一个人。
访谈者：第三户？
受访者：第三户，{{han:犹海波}}，男孩，十四岁。犹是{{trap/word:犹豫}}的犹。他爸{{han:犹光荣}}在监狱，他妈跑了，跟着奶奶{{han:蹇桂珍}}过，报的服刑人员子女补助。{{han:犹海波}}他成绩好，在{{school:绥江县第一中学八年级（5）班}}，作文得过全县一等奖，写的就是他奶奶。{{han:蹇桂珍}}的电话{{mobile@s434}}，孩子的QQ是{{qq:３０９４７１８２６５}}，半夜有时候找我说话。
访谈者：第四户？
受访者：第四户姓安，{{trap/word:安置}}的安。户主{{han:安志刚}}，彝族，从{{trap/place:新滩}}山上易地搬迁下来的，在网箱养鱼场打工。小女儿{{minority/yi:安阿芝}}五岁，脑瘫，两项补贴办下来了，康复是{{compound:澹台清漪}}老师在做。住{{address:中城镇金江社区安置小区9栋3单元203}}。{{han:安志刚}}的媳妇{{han:陇春燕}}也要上班，白天娃娃就送到社区的儿童之家。
访谈者：第五户？
受访者：{{minority/tibetan:央嬢嬢}}家，藏族奶奶带两个外孙，服刑人员子女。
访谈者：这些户都谁在跟？
受访者：我跟网格员{{han:却小凤}}分着跑，{{han:却小凤}}却总说她跑得比我多。大学生志愿者{{compound:南宫晓蕾}}周末来辅导作业，退休教师{{han:卯又芬}}又主动来教娃娃写毛笔字。社区书记{{han:甘新城}}管钱管章，材料交上去，他签字从来不拖。
访谈者：平时怎么发现这些孩子？
受访者：靠走，楼上楼下一家一家敲门。去年有个娃娃，他爸{{han:母再兴}}再没回来过，出去打工就断了音信，他妈在外地，娃娃跟着八十岁的太婆，住{{address:中城镇金江社区安置小区14栋1单元402}}。是楼下开{{han:谯光荣}}面馆那家发现的，喊我过去一看，家里连米都没有。后来报了事实无人抚养，{{han:谯光荣}}他老婆到现在还天天给娃娃端一碗面上去。
访谈者：儿童之家平时做什么？
受访者：放学以后娃娃们来写作业，周末有志愿者来上课，画画、唱歌、讲安全。暑假最要紧的是防溺水，库区水深，年年都有娃娃出事。我们把江边能下水的地方都插了牌子，每个礼拜巡两回，看到娃娃在水边耍就喊回来。
访谈者：移民孩子跟别的孩子有什么不同？
受访者：老人多，娃娃多，年轻人少。年轻人都出去打工了，留下的娃娃跟着爷爷奶奶。有的老人连楼都不会下，电梯坏了就在屋头关着。娃娃没人管作业，也没人管心里的事，有的一天到晚抱着手机。
访谈者：这个活有多少补贴？
受访者：儿童主任有一点补贴，几百块，跟社区的工资一起发。钱不多，可这个活离不开人。有一回半夜一点，{{han:犹海波}}在QQ上说他奶奶摔倒了，喊不醒，我披着衣服就跑过去，打{{trap/hotline:120}}送到医院，守到天亮。第二天他跟我说谢谢，我说你莫谢，你把书读好就是谢我了。
访谈者：孩子们怎么联系您？
受访者：大一点的加我QQ，{{han:母思琪}}也有一个，是她爷爷的老手机登的，号码{{qq:20583716}}。她不爱说话，可每天晚上九点准时给我发一个晚安，哪天没发，我就要上楼去看一眼。
访谈者：名单上的名字都写对了吗？
受访者：错的多。县里下来的表把{{spaced:母 思 琪}}写得一个字一个空，{{spaced:犹　海　波}}也是，{{spaced:胥 别 克 苏 尔 坦}}更不用说，连康复老师都写成了{{spaced:澹 台 清 漪}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@hyphen}}，{{han:却小凤}}的{{mobile@s38}}，我工作微信{{wechat:shengx-jinjiang}}。
访谈者：这个工作难在哪里？
受访者：难在人心。移民搬上来，老房子、老邻居都没了，大人心里空，娃娃也跟着野。我自己也是移民，晓得那个滋味。有时候站在江边看，我们老家那条街就在底下，三十几米深。
""")

# H1822: officer of the 绥江 county women's federation.
DOCS["H1822"] = ("staff", """\
访谈者：{{han:冉主席}}，您在县妇联管哪一块？
受访者：儿童和家庭这块。我叫{{han:冉平湖}}，我爸是老水利，年轻时候把{{trap/famous:高峡出平湖}}念得顺口，就给我起了这个名。没想到几十年后，{{trap/place:向家坝}}真把金沙江拦成了{{trap/word:平湖}}，老县城都在湖底下。
访谈者：妇联跟困境儿童有什么关系？
受访者：关系大。民政管钱，我们管人，特别是女娃娃。我们有{{trap/org:春蕾计划}}，有儿童之家，有爱心妈妈结对，还有{{trap/hotline:12338}}维权热线。去年热线上接到一个电话，是{{trap/place:会仪镇}}一个初中女娃娃打的，说她爸要她退学嫁人。
访谈者：热线一般都是谁打？
受访者：大人多，娃娃少。娃娃打进来的，多半是在家里挨了打，或者被人欺负了不敢说。我们接到以后先稳住，问清楚在哪里、身边有没有大人，再跟派出所、学校、村上一起去。
访谈者：后来呢？
受访者：女娃娃叫{{minority/yi:吉子莫惹}}，彝族，十五岁，学校花名册上写{{minority/yi:吉莫惹}}。我跟镇上的{{han:敖高峡}}连夜赶过去，她爸{{minority/yi:吉子拉铁}}喝了酒，说彩礼都收了。我们跟他讲了一晚上，又请寨子里的老人来劝，彩礼退了。现在她在{{school:绥江县第一中学高一（7）班}}，春蕾计划供她读到高中毕业，结对的爱心妈妈是{{han:税晓雯}}。
访谈者：还有别的例子吗？
受访者：有个回族女娃娃{{minority/hui:虎赛丽麦}}，她妈带着她改嫁，后爸喝醉了打她。学校老师{{han:蒲又兰}}又是拍照又是报警，我们跟公安一起上门，把娃娃接到她舅舅{{han:拜德元}}家，报了事实无人抚养。{{han:拜德元}}他自己也有三个娃娃，我们又给他家报了临时救助。
访谈者：妇联的人手够吗？
受访者：不够，靠巾帼志愿者。名单我念几个：会计{{compound:万俟晓芸}}，电话{{mobile@plus86spaced}}；护士{{compound:赫连沁雪}}，{{mobile@fws}}；退休法官{{compound:左丘明德}}，{{mobile@p86n}}，我们跟他开玩笑，说他是{{trap/famous:左丘明}}的后人。还有个直播卖脐橙的{{han:幸晓棠}}，{{han:幸晓棠}}她粉丝多，帮我们募过好几回款。律所的{{compound:钟离文博}}，免费给我们打过三个抚养费的官司。
访谈者：平时怎么联系？
受访者：有个微信群，群主是我，微信{{wechat:wxid_r7m2k9p4x6}}，副群主是{{han:敖高峡}}，他的微信{{wechat:aogx-huiyi_mz}}。女娃娃些爱用QQ，{{minority/yi:莫惹}}的QQ是{{qq:51730926}}，她有事先找我，再找她班主任{{han:谷正芬}}。
访谈者：{{minority/yi:吉子莫惹}}家的情况您能说一下吗？
受访者：家在{{address:绥江县会仪镇大坪村四社12号}}，她的身份证{{id_number@wy2009x.530626}}，尾数是个叉。她妈{{minority/yi:阿说阿呷嫫}}前年过世，她爸现在也改了，去年还来妇联送了一面锦旗，上头写的再造之恩，我说这四个字太重了，我们担不起。
访谈者：爱心妈妈结对是怎么做的？
受访者：一个爱心妈妈结一个娃娃，每个月至少去看一回，打两回电话，过生日买个蛋糕，开家长会能去就去。我们不要她们出多少钱，要的是娃娃心里晓得有个人惦着她。有个女娃娃跟我说，她十三岁才头一回过生日，吹蜡烛的时候哭得说不出话。
访谈者：这些年女娃娃辍学的多吗？
受访者：比以前少多了。控辍保学，老师一家一家去劝，谁家娃娃没来上学，第二天村干部就上门。可早婚早育在山上还有，我们每年开学前都要下去走一圈，把十四五岁的女娃娃一个一个对一遍。
访谈者：妇联的钱从哪里来？
受访者：有上面拨的项目钱，也有社会上募的。春蕾计划一个女娃娃一年资助一千到两千，看读到哪个阶段。我们跟几家企业签了协议，{{trap/org:向家坝电厂}}每年给一笔，脐橙合作社卖一箱橙子捐一块钱。钱每一笔都要公示，贴在妇联门口，也发在群里。
访谈者：家长愿意接受吗？
受访者：大部分愿意，也有嫌丢人的。有个爸爸说，我家娃娃不是要饭的。我们就不说资助，说是奖学金，成绩好才有。他这才收下。
访谈者：您觉得最难的是什么？
受访者：最难的是让大人转过弯来。女娃娃读书，在有些寨子里还是新鲜事。我们下乡，一坐就是一晚上，磨到人家点头为止。还有就是人手，全县的困境儿童六百多个，妇联连我在内四个人，只能靠社会上的人一起来。团县委的{{han:谯小军}}、{{trap/org:县残联}}的{{han:母红英}}，我们常常一起下乡。
访谈者：表上的名字有写错的吗？
受访者：有。志愿者名单把{{spaced:万　俟　晓　芸}}写成四个字隔开，春蕾表上把女娃娃写成{{spaced:吉子 莫惹}}，连我都被写成{{spaced:冉 平湖}}。
访谈者：最后想说什么？
受访者：娃娃的事，不是哪一家的事。这些年最让我佩服的，是{{han:幸晓棠}}。
""")

# H1823: Han relief clerk of the township of 茂林 (永善).
DOCS["H1823"] = ("staff", """\
访谈者：{{han:税干事}}，您在镇上管什么？
受访者：社会救助，低保、特困、临时救助，还有困境儿童的摸底。我叫{{han:税金沙}}，税是{{trap/word:税收}}的税，我爸在{{trap/place:金沙江}}上撑过船，就给我起了这个名。在{{trap/org:茂林镇民政办}}干了八年。
访谈者：你们镇上困境儿童有多少？
受访者：在册的四十七个。孤儿六个，事实无人抚养二十一个，剩下的是重病、重残、服刑人员家庭的。台账我带来了，念几户你听。
访谈者：好。
受访者：清河村{{han:纳永清}}家，回族，两个孙孙，{{minority/hui:纳茹格耶}}、{{han:纳思恺}}，你们见过了。新田村{{han:撒文斌}}家，也是回族，{{han:撒文斌}}去年打架伤了人，判了三年，媳妇{{minority/hui:哈笛彻}}一个人带三个娃娃。大的{{minority/hui:撒阿米乃}}，户口上叫{{han:撒晓琴}}，在{{school:茂林镇中学九年级（2）班}}；二的{{minority/hui:撒尤努斯}}，小的还在吃奶。报的服刑人员子女补助，大的身份证我念一下：{{id_number@wy2011quad.530625}}。住{{address:茂林镇新田村六组5号}}。
访谈者：还有吗？
受访者：高山上{{minority/yi:阿苦依作}}，十一岁，爹妈出去打工，几年联系不上，跟着七十岁的爷爷{{minority/yi:阿苦拉哈}}，报的事实无人抚养。爷爷的身份证{{id_number@moldtri.530625}}，住{{address:茂林镇高坪村二组33号}}。
访谈者：汉族家庭呢？
受访者：双胞胎{{han:佘子涵}}、{{han:佘子轩}}，妈妈{{han:蹇玉梅}}重度精神残疾，爸爸{{han:佘正荣}}正在戒毒所。孩子的身份证{{id_number@my2016fwspaced.530625}}。街上那家{{han:蹇德富}}酒坊就是他们外公开的，外公管吃，我们管补助。还有{{han:牟小燕}}，九岁，骨癌，在昆明化疗，大病救助、临时救助都报了，{{han:牟小燕}}她妈在医院守着，她爸{{han:牟国强}}在浙江打工还债。
访谈者：困境儿童的补助标准是多少？
受访者：孤儿和事实无人抚养的，按我们这里的标准，每人每月一千多一点，分散供养的和机构养的不一样。别的困境儿童，低保家庭的按低保走，再加一点分类施保。标准年年在调，我们每年一月份都要重新核一遍。
访谈者：核的时候最麻烦的是什么？
受访者：证明。父母失联要派出所出证明，服刑要监狱出判决书，重残要残联的证，一样差了都报不上去。有的人家连户口本都找不到，我就先带着去补户口。山上的老人不识字，表格我填，他们按手印，再拍照片存档，一户的材料有时候一寸多厚。
访谈者：摸底是怎么做的？
受访者：一靠村上的儿童主任报，二靠学校报，三靠我们自己走。村上报得最勤的是清河村，管得最细的是{{han:苟德英}}。她本子上连哪个娃娃缺哪件衣裳都记着。学校报上来的也准，老师天天见娃娃，哪个瘦了、哪个不说话了，一眼就看得出来。
访谈者：补助发下去以后您还管吗？
受访者：管。每季度抽查一遍，看钱是不是花在娃娃身上。有一户的钱被亲戚拿去还了赌债，我跟{{trap/org:茂林派出所}}去要回来，改成打到娃娃外婆的卡上。县上派来的督导员{{compound:司空景澜}}、镇卫生院的院长{{compound:轩辕海涛}}，每回下村都跟着我跑，驻镇的社工{{compound:申屠霁雯}}管心理疏导，哪个娃娃不说话了，我就喊她去。民政局分管的{{han:禄副局长}}也来过两回。
访谈者：镇上的孩子们过年怎么过？
受访者：腊月里我们要把困境儿童家挨个走一遍，送米、送油、送棉衣。{{trap/org:县慈善总会}}每年给每个娃娃一个红包，两百块。有一年大雪封山，车上不去，我们背着东西走了四个钟头，到{{trap/place:高坪}}的时候天都黑了，那个彝族娃娃的爷爷烧了一锅洋芋等我们。
访谈者：您觉得这些年变化大吗？
受访者：大。我刚来的时候，一个镇的困境儿童名单就是一张纸，好多娃娃根本没报上来。现在有系统了，一个娃娃一个档，学校、村上、民政、残联都能看到。就是系统里的名字老出错，还得靠人一个一个去核，这个活电脑替不了。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，办公室微信{{wechat:shuijs_maolin2016}}。娃娃们有事也找我，大的那个回族姑娘QQ是{{qq:417302958}}。
访谈者：表上的名字有写错的吗？
受访者：多。上面系统里把{{spaced:撒 阿 米 乃}}拆成四个字，{{spaced:阿　苦　依　作}}也是，{{spaced:佘 子 涵}}写成三个空格，连我也被写成了{{spaced:税 金沙}}。一个字错了，卡就打不进去，我得一张一张去改。
访谈者：这个工作最怕什么？
受访者：最怕漏。一个娃娃漏报了，一年就少一万多块钱。所以我宁可多跑，被人骂啰嗦也要跑。我老婆{{han:浦丽君}}说我在家的时间还没在村里多，我说等这批娃娃长大了再说。
""")

# H1824: Han leader of a maintenance team at the 溪洛渡 dam, resettled from a drowned old street; his team looks after
# the children of a dead workmate.
DOCS["H1824"] = ("staff", """\
访谈者：{{han:江班长}}，您在坝上干什么？
受访者：{{trap/org:溪洛渡电站}}的检修班，我带十二个人，管闸门和廊道。我叫{{han:江水生}}，原来是{{trap/place:桧溪}}老街上的人。修电站那几年{{trap/word:江水}}一年比一年高，老街整个淹了，我们搬到{{trap/place:溪洛渡街道}}的移民小区，我就进了电站，从学徒干到班长。
访谈者：您说班上有个工友家里出了事？
受访者：{{han:向家炜}}，跟我干了七年。他姓向，我们老开玩笑说{{trap/place:向家坝}}是他家修的。前年下夜班骑摩托回家，在盘山路上跟一辆拉{{trap/word:脐橙}}的货车撞了，人当场就没了。他媳妇{{han:卯春梅}}早几年就跟他离了，去了浙江，再没管过娃娃。
访谈者：孩子们现在谁带？
受访者：奶奶带，我们喊{{han:向婆婆}}。两个娃娃，大的{{han:向梓沫}}十一岁，在{{school:永善县溪洛渡街道第三小学五年级（4）班}}；小的{{han:向小柒}}六岁，在上幼儿园。街道的儿童主任{{han:敖春兰}}给报了事实无人抚养，一个月{{trap/number:一千四百八}}。{{han:向婆婆}}的身份证{{id_number@woldfwhyphen.530625}}，住{{address:永善县溪洛渡街道金沙移民小区12幢4号}}。向家的老房子原来在{{address:桧溪镇老街下河坝17号}}，早就在水底下了，{{han:向婆婆}}还是喜欢念那个门牌。
访谈者：两个孩子过得怎么样？
受访者：比刚出事那阵好多了。大的那时候天天哭，不吃饭，成绩一下掉到倒数。现在又上来了，考了班上第八。小的还不太懂事，以为他爸出远门了，看见穿工作服的就喊爸爸，喊得我们心里难受。
访谈者：你们班上怎么帮？
受访者：每人每个月凑一百，我每月十号送过去。工会主席{{compound:乐正明辉}}帮我们跟电站报了结对助学，安全员{{compound:公良子健}}教{{han:向梓沫}}下象棋，电站团委的{{compound:闻人砚冰}}寒暑假带她去图书馆。小的爱画画，画师{{compound:宗政书华}}每个礼拜六免费教他。
访谈者：班上还有少数民族的工友吗？
受访者：有。{{minority/tibetan:此里品措}}是德钦来的，我们喊他{{minority/tibetan:措哥}}，{{minority/tibetan:措哥}}会唱，年会上一开口全场都静了。{{minority/kazakh:加依达尔托列根}}是新疆来的，工牌上写的是{{minority/kazakh:加依达尔·托列根}}，大家喊他{{minority/kazakh:加依}}哥，{{minority/kazakh:加依}}他力气大，一个人能扛一根钢管。还有彝族的{{minority/yi:吉伍日且}}，他跟{{han:向梓沫}}讲彝族的故事，讲{{trap/famous:阿诗玛}}。副班长{{han:税德华}}是我们这批移民里最年轻的，他跟{{han:向小柒}}最亲，{{han:柒娃}}喊他{{han:税叔叔}}。
访谈者：你们检修班平时忙吗？
受访者：汛期最忙。六月到九月，金沙江来水大，闸门要一扇一扇地查，廊道里潮得很，一下去就是七八个钟头。枯水期就检修机组，一台一台地拆、洗、装。我们班年纪最大的五十三，最小的二十四，大部分是移民，家都在水底下。所以班上的人心齐，谁家有事，一喊就到。
访谈者：您自己家呢？
受访者：我女儿在读大学，老婆{{han:甘秀琴}}在移民小区开了个小卖部，娃娃们放学都去她那里写作业。我跟两个娃娃说，你爸不在了，我们这十几个叔叔就是你爸。我老家的房子也在水底下，每年清明我还是要坐船到那片水面上烧一回纸。
访谈者：出事以后，电站怎么处理的？
受访者：不算工伤，是下班路上出的事，按交通事故走。对方货车有保险，赔了一笔，存在娃娃名下，十八岁以后才能取。电站工会给了慰问金，班上又凑了一万多。钱是一回事，要紧的是有人一直管，不能热闹一阵就散了。
访谈者：您跟孩子们说过他们爸爸的事吗？
受访者：说过。大的问我，她爸最后一天上班干了哪样。我跟她说，那天在廊道里查渗水，她爸爬到最里头，出来一身泥，还跟我们开玩笑。她听完笑了一下，又哭了。后来她在作文里写，我爸爸是守大坝的人，大坝不倒，我家就不倒。老师把作文拿给我看，我在车里坐了半个钟头才开回去。
访谈者：孩子们的联系方式您有吗？
受访者：有。{{han:向婆婆}}的电话{{mobile@s38}}，我的{{mobile@hyphen}}，我微信{{wechat:jiangss_xiluodu}}。{{han:向梓沫}}有个QQ，号码{{qq:6153820947}}，她说作文写好了先发给我看。
访谈者：表上的名字有写错的吗？
受访者：有。电站的花名册把{{spaced:加依达尔 · 托列根}}写得中间空一格，{{spaced:此 里 品 措}}一个字一个空，{{spaced:向　家　炜}}的死亡证明上也是，我的工牌上还是{{spaced:江 水生}}。助学表上大的写成了{{spaced:向 梓沫}}，钱差点打不进去。
访谈者：最后想说什么？
受访者：大坝修得再高，也挡不住人家里的难处。我们能帮一把是一把，直到两个娃娃长大。那天我在他坟前说过，放心，有我们。头一个答应的，是{{minority/tibetan:此里品措}}。
""")
def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1817,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout228",))


if __name__ == "__main__":
    main()
