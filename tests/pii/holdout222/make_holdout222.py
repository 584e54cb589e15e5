# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 222 (tests/pii/holdout222/H1761-H1768 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
build asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 223, written at the same time, is not
an earlier set).

Set 222 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 巧家 and 彝良
(昭通, Yunnan): a Hui grandmother from 鲁甸 married into 洛泽河 who raises the two children of her son, in prison
for a fight, his Han wife gone; a Nuosu Yi father from 布拖 who built the 白鹤滩 dam, stayed in a resettlement
estate of 巧家 and raises a daughter with cerebral palsy and a son since his Han wife died; a Khampa Tibetan
mother from 奔子栏 (德钦) in the same estate whose Han husband fell at the dam site and is paralysed; a Kazakh
aunt from 富蕴 married in 小草坝 (彝良) who raises the two children of her dead sister, their Han father in prison
for drugs; the Miao 儿童主任 of the resettlement estate walking it building by building; a Hui officer for
orphans at the 彝良 civil-affairs bureau reading from his notebook; the Han disability-federation clerk of 药山镇
going through her files; and a Han bamboo-shoot dealer in 海子镇 raising his dead brother's son.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix: Hui 经名
alone (索菲叶, 安优卜, 鲁盖雅, 扎克里耶, 海木宰, 赛非丁, 哈利勒) beside the Han names of the same people, after a
Han surname (海鲁盖雅, 拜阿米乃, 马赛倪白) and as a nickname (小扎); Nuosu names with the clan name and without it,
linked father to child (吉伍日哈, 吉伍哈嫫, 吉伍哈布, 哈嫫, 哈布), a Han surname before a Yi given name (吉哈布,
普沙则), 日哈哥; Khampa names in the 迪庆 spellings (吹称卓嘎, 格茸吉称, 此里央初, 扎史都吉, 阿主农布) with the
Han father's surname before them (敖吉称, 敖央初) and forms of address made from them (称姐, 称娃); Kazakh given
name + father's name with ·, ‧, ・, a full stop or nothing between, where the father is Han the father's Han
given name (加恩别克‧德彪, 萨勒塔娜特.德彪, 萨勒塔娜特德彪), the Han surname before the given name (瞿加恩) and
forms of address (依拉嬢, 小加恩); a Kazakh name in a restaurant's name (巴合提江新疆餐厅) and Han names in a shop's
(禄丰登竹笋收购站, 谷兴贵小卖部); rare surnames of the region (拜, 锁, 蹇, 阚, 苟, 卯, 者, 陇, 邰, 瞿, 税, 伏, 敖,
种, 脱, 却, 便, 母, 字, 普, 禄, 撒, 冉, 黑, 柏, 缪) and surnames or given characters that are ordinary or grammar
words right before grammar words, particles, pronouns and verbs (海正龙正在, 却晓燕却, 便秀清便是, 普又芬又,
古得胜得过, 种玉兰种了, 撒文忠也, 邹翠兰都, 阮桂芹要强, 阚明昊还, 古得胜倒是, 代雨欣才, 笋娃能, 安小兵再,
保安祥说话, 被柏德志, 苏局长让, 讲给便嬢嬢, 问字光辉, 喊的锁桂仙, 把代雨欣, 给龙沁雯, 跟萨勒塔娜特); names
that hold a word with the word beside them (保安祥 / 保安, 吉安心 / 安心, 白鹤翔 / 白鹤滩, 禄丰登 / 五谷丰登)
and surnames beside words that start with them (拜年, 锁门, 患者, 项目, 脱贫, 代表, 冷却, 安置, 母亲,
方便, 普通, 撒谎, 长孙, 西门); a surname with only a title or kin word (拜老奶, 者会计, 项嬢嬢, 便嬢嬢, 母孃孃,
苏局长, 撒老板, 杨家婆, 阚二嬢) and a local nickname (笋娃); names opening a turn and closing a line with no full
stop; names spaced out character by character in half- and full-width spaces (海　鲁　盖　雅, 吹　称　卓　嘎,
马　赛　倪　白, 加 恩 别 克 · 德 彪), split in two (海 梦杰, 此里 央初, 热依拉汗　哈斯木汗, 龙沁 雯); compound
surnames after ordinary words (夏侯, 宗政, 赫连, 东方, 上官, 司徒, 鲜于, 申屠, 钟离, 公良, 濮阳, 宇文, 太叔, 欧阳,
公羊, 闻人, 长孙, 司空, 南宫, 西门, 拓跋); and numbers read out and written the many ways people do.

Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 嬢嬢) and a particle,
pronoun or verb written directly after it are outside the span; a surname with only a title or kin word and a
local nickname are annotated whole. Han-style names of Hui, Yi, Tibetan and Kazakh people (拜凤仙, 海梦琪, 吉宏发,
吉安心, 瞿子豪, 脱宏彬) are category han; a Han surname before a non-Han given name and forms of address made from a
non-Han name are category minority.

The markup (``{{han:…}}``, ``{{minority/yi:…}}``, ``{{mobile@s434}}``, ``{{trap/word:…}}``) is that of tests/pii/_setkit.py.
Rebuild (deterministic, seeded generator): ``python tests/pii/holdout222/make_holdout222.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(222_2026_1208)
MINORITY_GROUPS = ('hui', 'yi', 'tibetan', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"hui": 10, "yi": 10, "tibetan": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "178", "180", "182", "183", "185", "188",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1761: Hui grandmother from 鲁甸, married into 洛泽河 (彝良), raising two grandchildren; her son is in prison and
# his Han wife is gone.
DOCS["H1761"] = ("family", """\
访谈者：老奶，这家是您当家？
受访者：是我当家。我叫{{han:拜凤仙}}，经名{{minority/hui:索菲叶}}，娘家在{{trap/place:鲁甸}}，嫁到{{trap/place:洛泽河}}四十多年了。寨子里大人娃娃都喊我{{han:拜老奶}}，过年来{{trap/word:拜年}}的排成串。
访谈者：两个孙子都是您一个人带？
受访者：就是我。老倌{{han:海元寿}}在煤窑上遭砸了，走了九年。儿子{{han:海正龙}}，经名{{minority/hui:安优卜}}，前年跟人打架，把人打成重伤，判了五年。{{han:海正龙}}正在里头学做面点，信上说出来要开个馆子。媳妇{{han:苟小琴}}是汉族，男人一进去她就去{{trap/place:义乌}}了，电话打不通。
访谈者：孩子们多大了？
受访者：大的是孙女{{han:海梦琪}}，经名{{minority/hui:鲁盖雅}}，十三岁，在{{school:彝良县第二中学七年级（4）班}}。班主任{{han:蹇丽华}}老师点名就喊{{minority/hui:海鲁盖雅}}，说两个名字都要记着。小的是孙子{{han:海梦杰}}，经名{{minority/hui:扎克里耶}}，八岁，在{{school:洛泽河镇中心小学二年级（3）班}}，同学喊他{{minority/hui:小扎}}。
访谈者：现在领哪些补助？
受访者：村里的儿童主任{{han:锁桂仙}}来了三回，说爸爸服刑、妈妈找不着，算事实无人抚养，每个娃娃每月{{trap/number:一千三百九}}，我自己吃低保。她走的时候还交代，出门要{{trap/word:锁门}}，娃娃的证件莫乱放。镇民政所的{{han:保安祥}}以前在镇政府当{{trap/word:保安}}，后来考进去的，材料都是他跑的。{{han:保安祥}}说话慢，办事板扎。
访谈者：还有哪个帮过你们？
受访者：县社工站派了{{compound:夏侯珮瑶}}，一个月来一回，跟{{minority/hui:鲁盖雅}}谈心；她同事{{compound:宗政云翠}}教{{minority/hui:扎克里耶}}认字。隔壁的{{han:阚二嬢}}就住一墙之隔，天天喊小的过去吃饭。清真寺的{{han:纳兴华}}阿訇，经名{{minority/hui:海木宰}}，{{trap/minority_word:圣纪}}的时候给娃娃们送{{trap/minority_word:油香}}，还在坊上给我们募了两千块。
访谈者：孩子们晓得爸爸的事吗？
受访者：大的晓得，小的只晓得爸爸在昆明打工。{{minority/hui:鲁盖雅}}她有一回在学校跟人吵，人家骂她爸是劳改犯，她哭着回来，三天不去上学。{{han:蹇丽华}}老师上门来，坐在火塘边跟她说了一下午，她才肯去。我给她讲{{trap/famous:赛典赤}}在云南修水利的故事，跟她说回族人要争气。
访谈者：去看过您儿子吗？
受访者：去过两回。头一回是我自己去的，坐车到昭通，再坐一夜的车到昆明，下了车认不得路，蹲在车站哭。后头是社工站帮着申请的远程视频会见，在镇司法所的电脑上看。娃娃他爸瘦了一圈，头发剃光了，一见小的就背过身去抹眼泪。小的问他，爸爸你咋个不回家，他说等你长到桌子这么高就回来。小的回来天天量个子，在门框上画道道。
访谈者：娃娃们吃饭方便吗？
受访者：大的在县城住校，学校有清真灶，一个礼拜回来一趟，背一袋洋芋、一罐油辣子走。小的中午在镇上吃营养餐，老师晓得我们是回族，单独给他打一份。我每天早上五点起来蒸粑粑、煮洋芋，送小的到路口坐校车。
访谈者：家里的收入靠哪样？
受访者：就靠低保和娃娃的补助，还有两亩坡地，种包谷洋芋。老倌在的时候养过几头牛，后来卖了给他看病。去年村里搞产业帮扶，发了两只羊给我养，我眼睛不好，羊跑了都追不上，是小的放学去坡上找回来的。
访谈者：您身体还撑得住吗？
受访者：老火得很。腿上有风湿，下雨天走不动。低保加两个娃娃的钱，刚够吃穿。去年冬天我在院坝里摔了一跤，是{{minority/hui:鲁盖雅}}背着弟弟去喊的{{han:锁桂仙}}。
访谈者：大的现在怎么样？
受访者：懂事得太早了。十三岁的姑娘，放学回来先喂羊，再给弟弟洗衣裳，夜里趴在灶门前写作业。我跟她说，你莫管家里，把书读好。她说奶奶你一个人咋个整得过来。我听了心里头酸。
访谈者：娘家那边还有人吗？
受访者：兄弟{{han:拜国明}}在鲁甸养牛，{{han:拜国明}}他每年{{trap/minority_word:开斋节}}宰一头牛，分一腿给我们。侄女{{minority/hui:拜阿米乃}}在{{trap/place:昆明}}读卫校，放假回来给两个娃娃补课。
访谈者：登记的信息请您说一下。
受访者：家在{{address:彝良县洛泽河镇大坪村五组21号}}，我娘家在{{address:鲁甸县桃源乡拖姑村三社8号}}。我身份证{{id_number@wold.530621}}，{{minority/hui:鲁盖雅}}的{{id_number@wy2012quad.530628}}。我不会用手机，电话是{{han:锁桂仙}}帮我存的：{{mobile@s434}}，{{han:保安祥}}的{{mobile@hyphen}}。大的有个QQ，写在她语文书封皮上：{{qq:3018472659}}；微信是她姑妈帮她开的，叫{{wechat:Ruqaya_hai2012}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:拜 凤 仙}}，学校把大的写成{{spaced:海　鲁　盖　雅}}，把小的写成{{spaced:海 梦杰}}。
访谈者：您最盼哪样？
受访者：大的说她想当护士，像她表姐一样，我说要得，你读到哪里奶奶就供到哪里。再就是盼{{han:海正龙}}早点出来，一家人团圆。我这辈子，就欠一个团圆。
""")

# H1762: Yi (Nuosu) father from 布拖 across the Jinsha River who built the dam and stayed in 巧家; his Han wife
# died, his daughter has cerebral palsy.
DOCS["H1762"] = ("family", """\
访谈者：大哥，您是从江对面过来的？
受访者：是，{{trap/place:布拖}}的彝族。彝话名字叫{{minority/yi:吉伍日哈}}，身份证上的汉名是{{han:吉宏发}}。来巧家十五年了，先在{{trap/org:白鹤滩水电站}}工地上扛钢筋，工友们都喊我{{minority/yi:日哈哥}}。
访谈者：怎么在巧家安的家？
受访者：在工地上认得了我老婆{{han:邰春芳}}，她是蒙姑本地人，在食堂打饭。她家老房子后来淹在{{trap/place:金沙江}}底下，我们跟着搬进安置区。{{han:邰春芳}}前年得乳腺癌走了，才三十六。
访谈者：她走的时候您怎么过来的？
受访者：那半年我是糊涂的。白天去工地，夜里回来两个娃娃哭，一个要妈，一个要人抱。我们彝族人讲，男人不能在人前哭，我就躲在楼道里哭。是她娘家的人一家一家轮着来帮，她姨妈搬过来住了三个月，我才缓过气来。
访谈者：孩子们呢？
受访者：两个。大的女娃，汉名{{han:吉安心}}，彝名{{minority/yi:哈嫫}}，十一岁，生下来就是脑瘫，站不起来。她妈起这个汉名，是盼她一辈子过得{{trap/word:安心}}。小的男娃{{minority/yi:吉伍哈布}}，九岁，在{{school:巧家县蒙姑镇中心小学三年级（2）班}}，花名册上写的是{{minority/yi:吉哈布}}。我们彝族讲父子连名，两个娃娃的名字都接着我名字里的哈字。
访谈者：女儿能上学吗？
受访者：去不了学校，学籍挂在{{school:巧家县特殊教育学校四年级（1）班}}，{{han:卯春艳}}老师一个礼拜送教上门两回。{{han:卯春艳}}她教{{minority/yi:哈嫫}}认颜色、捏勺子，现在她会自己喊{{trap/minority_word:阿达}}了。
访谈者：领了哪些补助？
受访者：大的有残疾证，一级，镇残联的{{han:母永芬}}帮我们办了两项补贴，一个月加起来{{trap/number:两百四}}，家里吃低保。{{han:母永芬}}说，重度的{{trap/word:患者}}还能申请康复救助。县医院康复科的{{han:瞿晓蓓}}医生一个月来一回，给她扳腿。村上的会计姓者，我们喊{{han:者会计}}，{{han:者会计}}跟我说，表格填错一个字都要退回来。
访谈者：小的怎么样？
受访者：{{minority/yi:哈布}}调皮，上课坐不住，可放学晓得推姐姐出来晒太阳。班主任{{han:陇芳琼}}老师说他算术还可以，就是作业本老是忘在家里，书包里塞的全是弹珠。他跟姐姐说彝话，跟同学说巧家话，两样都溜。有一回同学笑他姐姐是瘫子，他跟人打了一架，回来脸上挂着彩，也不说为哪样。
访谈者：您现在做哪样工作？
受访者：电站修好了，活路少了。我跟车跑运输，帮人装卸，一天一百五。出门的时候，大的交给她姨妈{{han:邰春兰}}。工友{{compound:赫连文涛}}开货车，有时候顺路捎我一段。
访谈者：搬进安置区以后怎么样？
受访者：有好有不好。老房子在江边，种甘蔗、种芒果，院坝宽，娃娃在地上爬都不怕。现在住七楼，有电梯，停电就老火了，我背着她一步一步爬。好的是离医院近，离学校近，小的走路十分钟就到。安置区还有个儿童之家，星期六开门，小的在里头看书、下棋，回来跟姐姐讲。
访谈者：女儿平常一天怎么过？
受访者：早上我给她穿衣裳、喂饭，她吃得慢，一顿饭要喂四十分钟。上午她姨妈推她下楼晒太阳，下午做康复，扳腿、站架子，她疼得哭，我也跟着难过。夜里她要翻三回身，我睡不了一个整觉。去年县残联发了一辆轮椅，比原先那辆轻多了，小的推着她在楼下转圈，两个笑得嘎嘎的。
访谈者：老家还有亲人吗？
受访者：阿嫫{{minority/yi:俄底伍呷}}在布拖，七十多了。姐夫{{minority/yi:沙马尔古}}在{{trap/place:宁南}}，过{{trap/minority_word:火把节}}就开车过江来接我们。阿嫫杀鸡做{{trap/minority_word:坨坨肉}}，请{{trap/minority_word:毕摩}}给大的念经。我晓得念经治不好，可阿嫫心里好过。我给娃娃们讲{{trap/famous:支格阿鲁}}射太阳，{{minority/yi:哈布}}听一回就要拿弹弓去射。
访谈者：最难的是哪样？
受访者：大的一天比一天重，我一个人抱她上下床、洗澡，腰都闪了。怕的是我哪天倒了，两个娃娃哪个管。我想过把她送到昆明的康复机构，可一想到她看不见我要哭，又舍不得。法律援助的律师{{compound:东方瑾瑜}}来安置区讲过一回监护，叫我早点想好。
访谈者：登记信息请您说一下。
受访者：家在{{address:巧家县白鹤滩镇金沙安置区7栋2单元302}}。我身份证{{id_number@my1979spaced.513429}}，{{minority/yi:哈嫫}}的{{id_number@wy2014x.530622}}。我电话{{mobile@plus86}}，{{han:母永芬}}的{{mobile@s38}}。我微信叫{{wechat:Rihha_butuo}}，小的拿我手机注册了个QQ：{{qq:56093184}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:吉 伍 日 哈}}，学校把小的写成{{spaced:吉伍　哈布}}，康复救助表上大的写成{{spaced:吉 安 心}}。
访谈者：您最盼哪样？
受访者：盼{{minority/yi:哈嫫}}有一天能自己坐稳，自己端碗吃饭。盼{{minority/yi:哈布}}读出书来，莫像我扛一辈子钢筋。等他大了，我带他回布拖，让阿嫫看看这个孙子长成哪样了。
""")

# H1763: Khampa Tibetan mother from 奔子栏 (德钦) in the same resettlement estate of 巧家; her Han husband fell at
# the dam site and is paralysed.
DOCS["H1763"] = ("family", """\
访谈者：阿佳，您是从迪庆来的？
受访者：{{trap/place:德钦}}{{trap/place:奔子栏}}的。我叫{{minority/tibetan:吹称卓嘎}}，这边人念不顺，楼上楼下的嬢嬢们干脆喊我{{minority/tibetan:称姐}}。
访谈者：怎么嫁到巧家来的？
受访者：我男人{{han:敖光富}}年轻时在{{trap/place:香格里拉}}开车拉木料，住在我们家隔壁。我们奔子栏也在金沙江边上，他说他家在下游，喝的是一条江的水。后来我就跟他下来了。
访谈者：您男人现在怎么样？
受访者：瘫了。三年前在电站工地上从架子上摔下来，腰断了，胸口以下没知觉。工伤赔了一笔，治病花得差不多了。{{han:敖光富}}他一级残疾，两项补贴都有，家里吃低保，两个娃娃算困境儿童，每人每月{{trap/number:六百五十块}}。
访谈者：工伤的事后来怎么处理的？
受访者：头半年最难。施工队是外包的，老板说他自己不小心，不肯认。我一个女人家，汉字认不全，抱着一袋子单据到处跑。后头是县总工会的人帮着打官司，认定了工伤，赔了二十几万。钱一到手就还了借的，剩下的存着，一分都不敢乱花。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:格茸吉称}}十二岁，学校里写{{minority/tibetan:敖吉称}}，在{{school:巧家县白鹤滩镇第三小学六年级（2）班}}，同学喊他{{minority/tibetan:称娃}}。女儿{{minority/tibetan:此里央初}}七岁，写成{{minority/tibetan:敖央初}}，在{{school:巧家县白鹤滩镇第三小学一年级（5）班}}。{{minority/tibetan:央初}}她爱唱，{{minority/tibetan:吉称}}不爱说话，放学就守着他爸，翻身、擦洗。
访谈者：谁在帮你们？
受访者：安置区的儿童主任{{han:项芸秀}}，苗族，一个礼拜来两回。{{han:项芸秀}}跟我说有个康复{{trap/word:项目}}能报，她帮我填。{{minority/tibetan:吉称}}的班主任{{han:白鹤翔}}老师，家就在淹掉的{{trap/place:白鹤滩}}老街上，他晓得搬家的苦，经常送{{minority/tibetan:吉称}}回来。挂包干部{{compound:上官会琼}}帮我们申请了临时救助，社工{{compound:司徒雨桐}}教我给男人按摩腿。
访谈者：您自己做哪样工作？
受访者：在安置区门口的菜市场帮人卖菜，一天六十块，中午跑回来给他翻身。我们藏族人吃{{trap/minority_word:糌粑}}，这边买不到青稞面，我阿爸{{minority/tibetan:扎史都吉}}每年托人寄一袋下来。我哥哥{{minority/tibetan:阿主农布}}在{{trap/org:松赞林寺}}旁边开客栈，说要接两个娃娃去读书，我舍不得。
访谈者：女儿呢？
受访者：{{minority/tibetan:央初}}要好带些，爱唱爱跳，学校过六一让她领舞。她说长大要当医生，给她爸治腿。我说要得，阿妈等你。
访谈者：儿子在学校怎么样？
受访者：原先成绩中上，他爸摔了以后掉下来了。夜里要起来帮他爸翻身，白天上课打瞌睡。老师来家访，看见这个样子，没有骂他，跟我商量，夜里那一回我来，让娃娃睡整觉。现在好点了，上学期数学考了八十几分，拿回来给他爸看，他爸看了半天，一句话都没说，眼睛红了。
访谈者：孩子们习惯吗？
受访者：{{minority/tibetan:央初}}在这边生的，只会说巧家话。{{minority/tibetan:吉称}}小时候在奔子栏住过，还记得雪山。他问我，阿妈，{{trap/place:卡瓦格博}}是不是还在那里。我说在，一直在。过年我教两个娃娃跳{{trap/minority_word:弦子}}，他爸躺在床上拍手打拍子。藏历年我在阳台上{{trap/minority_word:煨桑}}，楼下的人以为着火了，跑上来看，后来也习惯了。
访谈者：您一个人撑这个家，累不累？
受访者：累也不敢说。早上五点起来烧茶、煮饭，给他接尿、擦身子，送女儿上学，再去菜市场。夜里娃娃睡了，我坐在阳台上念一会儿经，望着江水往下淌，心里就静了。我们奔子栏的老人讲，江水流到哪里，家就在哪里。我现在信这句话了。
访谈者：您男人心情怎么样？
受访者：刚瘫的时候不想活，不吃药。县医院的{{han:伏建国}}医生跟他说了一个钟头，又喊同样瘫了的{{han:税德兵}}来看他。{{han:税德兵}}坐着轮椅来的，在网上卖花椒，一个月挣三千。后来{{han:敖光富}}也学着用手机接单，帮人卖核桃。现在他一天能卖出去十几单，有了事做，脾气也好了，会跟娃娃开玩笑了。
访谈者：登记信息请您说一下。
受访者：住在{{address:巧家县白鹤滩镇金沙安置区12栋1单元601}}，老家{{address:德钦县奔子栏镇书松村三组8号}}。我身份证{{id_number@wfwspaced.533422}}，{{han:敖光富}}的{{id_number@mtri.530622}}。我电话{{mobile@fullwidth}}，{{han:项芸秀}}的{{mobile@spaced}}。我微信{{wechat:Zhuoga-Benzilan}}，儿子有QQ，号码是{{qq:４０８１６２７３５}}。
访谈者：名字在表上写得对吗？
受访者：补贴表上我是{{spaced:吹　称　卓　嘎}}，儿子写成{{spaced:敖 吉 称}}，女儿写成{{spaced:此里 央初}}。
访谈者：您最盼哪样？
受访者：盼我男人能坐起来，哪怕坐轮椅也好。盼两个娃娃平平安安长大，一家人回奔子栏看一回雪山，给阿爸磕个头。
""")

# H1764: Kazakh aunt from 富蕴 married in 小草坝 (彝良), raising the two children of her dead sister, whose Han
# husband is in prison.
DOCS["H1764"] = ("family", """\
访谈者：嬢嬢，您是新疆来的？
受访者：{{trap/place:富蕴}}来的，哈萨克族。我叫{{minority/kazakh:热依拉汗·哈斯木汗}}，前头是我的名字，后头是我阿爸的名字。在彝良，街坊都喊我{{minority/kazakh:依拉嬢}}，娃娃们喊{{minority/kazakh:热依拉汗}}嬢嬢。
访谈者：怎么到彝良来的？
受访者：我们姐妹两个，都嫁给了彝良人。那些年彝良的男人去{{trap/place:可可托海}}矿上打工，我男人{{han:熊德林}}是一个，我妹夫{{han:瞿德彪}}是一个。后来矿上不要人了，两家一起回来。现在我男人在{{trap/place:小草坝}}帮人种{{trap/word:天麻}}。
访谈者：妹妹家的孩子怎么跟着您？
受访者：我妹妹{{minority/kazakh:努尔克孜・哈斯木汗}}前年肝上的病走了。{{han:瞿德彪}}他在她病的时候去贩毒，想挣医药费，遭抓了，判了七年，关在{{trap/org:昭通监狱}}。两个娃娃没人管，就到我家来了。
访谈者：孩子们叫什么？
受访者：哥哥{{minority/kazakh:加恩别克‧德彪}}，十二岁；妹妹{{minority/kazakh:萨勒塔娜特.德彪}}，九岁。按我们哈萨克的规矩，后头跟的是他爸的名字。户口上没有点，妹妹写成{{minority/kazakh:萨勒塔娜特德彪}}，哥哥上的是汉名{{han:瞿子豪}}。老师两个都要记，干脆喊他{{minority/kazakh:瞿加恩}}，同学喊{{minority/kazakh:小加恩}}。哥哥在{{school:彝良县角奎镇第一小学六年级（3）班}}，妹妹在{{school:小草坝镇中心小学三年级（1）班}}。
访谈者：他们领了哪些补助？
受访者：爸爸服刑、妈妈没了，村里的儿童主任{{han:种玉兰}}跑了一个月，报下来事实无人抚养，每人每月{{trap/number:一千三百九十块}}。{{han:种玉兰}}种了半辈子天麻，人实在。县民政局的{{han:脱宏彬}}下来核过，说{{trap/word:脱贫}}户的政策也能叠上。服刑人员子女的助学金，是司法局的{{compound:鲜于永福}}帮着申请的。
访谈者：孩子们习惯吗？
受访者：{{minority/kazakh:萨勒塔娜特}}小，习惯得快，一口彝良话，辣子比我还能吃。{{minority/kazakh:加恩别克}}心重，晓得他爸在哪里。班主任{{han:晏永梅}}老师说他上课不说话，作文写得好。有一回他写他妈，{{han:晏永梅}}把作文拿来给我看，我认不得汉字，是{{minority/kazakh:加恩别克}}一句一句念给我听的。
访谈者：去看过他们爸爸吗？
受访者：一年去两回，坐车到昭通，要大半天。妹妹每回都哭，隔着玻璃拿手贴着她爸的手。哥哥不哭，也不说话，出来以后在车上问我，嬢嬢，七年是好多天。我说两千五百多天。他就拿个本子，过一天划一道。我晓得他心里想他爸，又恨他爸，两样搅在一起，说不出来。
访谈者：家里一下多了两个孩子，住得下吗？
受访者：挤。我自己还有一个儿子，读初三，四个娃娃两间屋。男人在堂屋搭了个板子睡。钱也紧，天麻收的时候还好，一斤卖几十块；收完了就靠他打零工。好在两个娃娃的补助按月到，学校又免了伙食费，饿不着。
访谈者：您自己习惯这边吗？
受访者：头几年不习惯。这边一年到头下雨，衣裳晾不干，我想我们富蕴的太阳想得哭。吃的也不一样，这边顿顿辣子、酸菜，我在家里还是煮奶茶，拿这边的茶叶煮，味道差一点。现在也惯了，我会做洋芋饭，娃娃们说比他们奶奶做的还香。
访谈者：学校那边帮了什么？
受访者：学校免了伙食费，还请心理老师找哥哥谈过几回。妹妹的班主任一个礼拜给我打一回电话，说她上课爱举手。哥哥住校，礼拜五我去镇上接，路上给他买一碗凉粉，他一口一口吃得慢，说这是一个礼拜最好的时候。
访谈者：您男人对孩子们好吗？
受访者：好。{{han:熊德林}}他嘴笨，可天麻卖了钱，先给两个娃娃买鞋。我婆婆{{han:邹翠兰}}都七十了，还帮着带，教妹妹包包子。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/kazakh:哈斯木汗}}还在富蕴放羊，每年夏天打视频来，让两个娃娃看羊群。在{{trap/place:昆明}}开{{minority/kazakh:巴合提江}}新疆餐厅的老乡，过年送来一箱{{trap/minority_word:包尔萨克}}，娃娃们抢着吃。我给他们讲{{trap/famous:库尔曼加孜}}拉琴的故事，哥哥说他长大也要学。
访谈者：登记信息请您说一下。
受访者：家在{{address:彝良县小草坝镇朝天马村四组17号}}，老家在{{address:富蕴县库额尔齐斯镇阔克塔斯村二组3号}}。我身份证{{id_number@w.654322}}，{{minority/kazakh:加恩别克}}的{{id_number@my2013fwhyphen.530628}}。我电话{{mobile@p86h}}，{{han:种玉兰}}的{{mobile@s74}}。我的微信{{wechat:Reyila_Fuyun}}，哥哥用我手机挂了个QQ：{{qq:2709318645}}。
访谈者：表上名字写得对吗？
受访者：乱得很。助学金表上哥哥是{{spaced:加 恩 别 克 · 德 彪}}，妹妹是{{spaced:萨勒塔娜特 · 德彪}}，我是{{spaced:热依拉汗　哈斯木汗}}。
访谈者：您最盼哪样？
受访者：盼{{han:瞿德彪}}出来以后好好做人，两个娃娃还有个爸爸。也盼哥哥考上昭通一中，妹妹莫生病。等他们大了，我带他们回富蕴，去他们妈妈的坟上，告诉她，两个娃娃我给她养大了。
""")

# H1765: Miao 儿童主任 of the 金沙 resettlement estate in 白鹤滩镇 (巧家), walking the estate building by building.
DOCS["H1765"] = ("staff", """\
访谈者：主任，我们从哪栋走起？
受访者：从7栋走。我叫{{han:项芸秀}}，苗族，娘家在{{trap/place:彝良}}{{trap/place:龙街}}，嫁到巧家，安置区建好我就当儿童主任，四年了。小区里的娃娃都喊我{{han:项嬢嬢}}。
访谈者：这栋住的是？
受访者：三楼是{{minority/yi:日哈哥}}家，布拖过来的彝族，老婆没了，大的{{minority/yi:哈嫫}}脑瘫。你看楼道这个扶手，是去年申请{{trap/word:项目}}装的，方便他抱娃娃上下楼。
访谈者：下一家？
受访者：12栋六楼，{{minority/tibetan:称姐}}家，男人瘫在床上。{{minority/tibetan:称娃}}懂事得很，放学先回来给他爸翻身。这家有事你直接问{{minority/tibetan:吹称卓嘎}}本人，她汉话说得好。
访谈者：这栋呢？
受访者：9栋一楼，孤儿，{{han:代雨欣}}，女，十岁。爸妈原先在江边种甘蔗，搬上来以后去{{trap/place:宁波}}打工，前年出车祸，两个都没了。跟家公{{han:税明发}}过，家公七十三。娃娃在{{school:巧家县白鹤滩镇第三小学四年级（6）班}}，住{{address:巧家县白鹤滩镇金沙安置区9栋1单元102}}，孤儿基本生活费每月{{trap/number:一千三百九十元}}。身份证{{id_number@wy2015hyphen.530622}}。她家公以前是村里的人大{{trap/word:代表}}，现在耳朵背了。
访谈者：还有哪家？
受访者：15栋，苗族人家，跟我一个寨子出来的。娃娃叫{{han:古得胜}}，{{han:古得胜}}得过两回县里的作文奖。爸爸{{han:古正文}}在广东工地上摔死了，妈妈{{han:杨春蓉}}改嫁去了{{trap/place:镇雄}}，后来电话也打不通，娃娃算事实无人抚养，跟奶奶{{han:韩翠英}}过，住{{address:巧家县白鹤滩镇金沙安置区15栋3单元201}}。
访谈者：这栋呢？
受访者：18栋，{{han:却晓燕}}，自闭症，八岁。姓却，{{trap/word:冷却}}的却。{{han:却晓燕}}却不笨，拼图拼得比大人快。妈妈{{han:阚丽娟}}一个人带，爸爸跑了。两项补贴是镇残联的{{han:母永芬}}办的。
访谈者：您平时怎么跟这些孩子？
受访者：每家一个月至少走两回。安置区三百多户，困境儿童二十一个，留守的四十几个。社工站派了{{compound:申屠欣悦}}和{{compound:钟离建荣}}，{{trap/org:昭通学院}}的志愿者{{compound:公良春桃}}周末来辅导作业。
访谈者：入户的时候主要看什么？
受访者：看吃的、住的、读书的，看大人在不在家。冰箱里有没有菜，床上的被子够不够厚，作业本写了没有。夏天最怕的是水，金沙江蓄水以后江面宽了，娃娃们喜欢跑到江边耍。我每个礼拜在群里发一回防溺水的话，放假前挨家挨户签安全承诺书。去年有两个娃娃偷偷下水，被钓鱼的老倌吼上来，我吓得一夜没睡着。第二天社工{{compound:钟离建荣}}就来给娃娃们上了一堂防溺水课。
访谈者：台账怎么记？
受访者：一户一张表，每个月走访记一笔，哪样问题、报给哪个、解决了没有，都要写。年底县里来查，翻到哪页问哪页。我字写得丑，我儿子帮我在电脑上做了个表格，我拿手机拍照传上去。
访谈者：孩子们有地方玩吗？
受访者：安置区建了个儿童之家，两间屋，有图书、有乒乓球台。星期六我开门，志愿者来讲故事、教画画。{{han:古得胜}}倒是最爱来，一来就帮我摆凳子、扫地。{{han:代雨欣}}才来的时候胆子小，在门口站着不敢进，现在跟{{han:却晓燕}}成了好朋友，两个人一起拼图。
访谈者：这些人家以前住哪里？
受访者：都是江边的老百姓，电站蓄水，村子淹了，搬上来的。老房子有院坝，能养鸡种菜，现在住楼房，老人不习惯。{{han:税明发}}天天坐在楼下，望着江那边。
访谈者：遇到过什么难事？
受访者：去年9栋那个女娃半夜发烧，她家公不会打电话，是楼下{{han:谷兴贵}}小卖部的老板来敲我的门，我跟他把{{han:代雨欣}}背到医院。还有{{han:古得胜}}，他妈回来要拿走补助的卡，我喊县民政局的{{han:缪国富}}一起去说，卡才留在奶奶手里。
访谈者：您自己家呢？
受访者：我男人{{han:陶正华}}在电站做后勤，儿子读初中。我一天到晚在外面跑，男人说我是安置区的人，不是他家的人。我婆婆说我嫁到巧家来是替别人养娃娃的，我笑，我说都是娃娃。
访谈者：名单上的名字写得对吗？
受访者：错的不少。{{spaced:代　雨　欣}}给写成一个字一个空，{{spaced:古 得 胜}}也是，还有{{spaced:却 晓燕}}，县里下来的社工名单把{{spaced:申 屠 欣 悦}}也写开了。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，{{han:缪国富}}的{{mobile@h38}}。我工作微信{{wechat:xiangyx_jinsha}}，安置区娃娃群用的是我的QQ：{{qq:714250938}}。
访谈者：最后想说什么？
受访者：搬来的人要在这里扎根，娃娃就是根。老人守着江那边的老房子，心还没搬过来；娃娃们在这边读书、交朋友，以后这里就是他们的老家。我每天跑一圈，就是看看这些根扎住了没有。
""")

# H1766: Hui officer for orphans at the 彝良 county civil-affairs bureau, reading from his notebook.
DOCS["H1766"] = ("official", """\
访谈者：股长，您在民政局管孤儿这块多久了？
受访者：七年了。我叫{{han:脱宏彬}}，彝良县民政局儿童福利股的。姓脱，{{trap/word:脱贫}}的脱，这个姓回族彝族里头都有，我是回族。刚进局里那年，{{han:苏局长}}让我带一个小本子下乡，说娃娃讲的话要一句一句记下来，我到现在还记。
访谈者：县里现在有多少孤儿？
受访者：散居孤儿一百零几个，集中供养在{{trap/org:彝良县儿童福利院}}的十几个，事实无人抚养儿童三百出头。散居孤儿每月{{trap/number:一千三百九十元}}，事实无人抚养跟散居孤儿一个标准。
访谈者：一个孩子从申请到拿到钱，要走哪些路？
受访者：监护人或者村里的儿童主任提出来，村委会入户调查、公示，报乡镇审核，再报到我们这里确认。我们要看死亡证明、失联证明、服刑的判决书，一样都不能少。确认了以后，钱从下个月起打到孩子名下的卡上。每年还要复核一回，大了的、情况变了的，该停的停，该调的调。那年彝良地震以后，我们跟着老同志一家一家排查，一下登记了二十几个没了爹妈的娃娃。
访谈者：彝良山大，下乡难吗？
受访者：难。有的寨子车开到半坡就上不去了，要走一两个钟头。雨季塌方，一趟去不成就去两趟。有一回我在{{trap/place:奎香}}那边的山上走迷了，天黑了才摸到人家，娃娃的奶奶煮了一锅洋芋给我吃，我到现在都记得。
访谈者：您手上最近在办哪些？
受访者：我翻本子给你念。头一个，{{han:安小军}}、{{han:安小兵}}两兄弟，彝族，{{trap/place:树林乡}}的。爸妈那年遇上山体滑坡，都没了，跟奶奶{{han:陇秀莲}}住。村里原先想把他们{{trap/word:安置}}到福利院，奶奶不肯。{{han:安小军}}十四，在{{school:彝良县树林乡中学八年级（2）班}}；{{han:安小兵}}再过两个月满九岁。
访谈者：第二个？
受访者：第二个在{{trap/place:小草坝}}，哈萨克族的两个娃娃，{{minority/kazakh:加恩别克}}跟{{minority/kazakh:萨勒塔娜特}}。妈妈没了，爸爸{{han:瞿德彪}}在服刑，娃娃跟姨妈{{minority/kazakh:热依拉汗}}过。材料是村里的{{han:种玉兰}}报上来的。我下去核，姨妈认字不多，表是{{minority/kazakh:加恩别克}}替她填的，一笔一划。
访谈者：第三个？
受访者：第三个在{{trap/place:洛泽河}}，回族，{{han:海梦琪}}、{{han:海梦杰}}姐弟。爸爸服刑，妈妈失联满六个月，派出所出了证明。她们奶奶{{han:拜凤仙}}快八十了。上回去，大的{{minority/hui:鲁盖雅}}给我倒茶，一句话不说。
访谈者：核查的时候难在哪里？
受访者：难在失联两个字，要派出所、村委会、学校都出证明。有个案子，妈妈报的是失联，其实在{{trap/place:东莞}}又成了家，被{{han:柏德志}}举报了。{{han:柏德志}}是娃娃的大伯，想要那份钱。查清楚以后，补助还是娃娃的，监护人换成了奶奶。
访谈者：局里还有谁跟您一起？
受访者：{{han:苏局长}}分管，我们股就三个人：我、{{han:禄会芝}}，还有{{han:禄会芝}}带的徒弟{{han:宁伟}}。下乡一趟几天，乡镇的儿童督导员配合，洛泽河那边是督导员{{compound:濮阳丽仙}}，跑得最勤。购买服务的社工有{{compound:宇文开芬}}、{{compound:太叔子墨}}，还有个刚毕业的{{compound:欧阳禾苗}}。
访谈者：您自己为什么愿意干这个？
受访者：我也是奶奶带大的。我爹在煤窑上出的事，那年我八岁，我妈改了嫁，奶奶一个人把我拉扯大。那时候没得这些补助，奶奶给人家背煤、洗衣裳，供我读完了中专。所以我下乡看见那些跟着老人过的娃娃，就像看见我自己。有的同事嫌这个股事多、钱少，我不嫌。
访谈者：这些孩子长大以后呢？
受访者：十八岁以后还在读书的，生活费接着发。去年{{han:阚明昊}}还考上了昆明的大学，头一个回来看我们。他在{{trap/org:罗炳辉将军纪念馆}}当过讲解员，讲{{trap/famous:罗炳辉}}小时候放牛的事，讲得比我们都好。他说毕业了要回彝良当老师。
访谈者：今天要报的信息您念一下？
受访者：好。{{han:安小军}}的身份证{{id_number@my2011tri.530628}}，奶奶{{han:陇秀莲}}的{{id_number@woldspaced.530628}}，家在{{address:彝良县树林乡大洼村二组6号}}。奶奶没得手机，联系她邻居{{han:黑永寿}}，电话{{mobile@s38}}。我手机{{mobile@plus86spaced}}，工作微信{{wechat:tuohb_ylmz}}，QQ是{{qq:1302957846}}。群众有事也可以打{{trap/hotline:12345}}。
访谈者：表上名字有写错的吗？
受访者：多得很。{{spaced:安 小 军}}三个字分开写，{{spaced:陇　秀莲}}，哈萨克娃娃写成{{spaced:萨 勒 塔 娜 特}}，回族娃娃写成{{spaced:鲁 盖 雅}}。
访谈者：最后您想说什么？
受访者：孤儿的事，一个都不能漏。钱是小事，要紧的是有个大人管着、问着。本子上每个名字都是一个娃娃，哪个娃娃落下了，就是我们没做到。要谢的，头一个是村里的儿童主任，像{{han:种玉兰}}
""")

# H1767: Han clerk of the township disability federation in 药山镇 (巧家), going through her files.
DOCS["H1767"] = ("staff", """\
访谈者：您在镇残联做了几年？
受访者：六年了，专职委员。我叫{{han:母永芬}}，姓母，{{trap/word:母亲}}的母。我们{{trap/place:药山镇}}姓母的人家不少，外头人听了都笑。
访谈者：您手上有多少户？
受访者：全镇持证的一千一百多人，娃娃四十几个。两项补贴，一样是困难残疾人生活补贴，一样是重度残疾人护理补贴，我一户一户报。每个月还要核一回，人走了的、搬走了的要停，新办证的要加，错一个，钱就发错一家。
访谈者：能说几个您跟的孩子吗？
受访者：我翻档案。头一个是安置区的{{minority/yi:吉伍哈嫫}}，脑瘫一级。她爸我们都喊{{minority/yi:日哈哥}}，评残那天他抱着娃娃在医院排了一上午队，{{minority/yi:哈嫫}}一声没哭。
访谈者：第二个？
受访者：第二个在{{trap/place:药山}}上，彝族，娃娃汉名{{han:普兴旺}}，彝名{{minority/yi:沙则}}，聋，十岁。他妈{{minority/yi:阿西伍果}}是{{trap/place:金阳}}嫁过来的，汉话说不来，我跟她讲话靠{{minority/yi:沙则}}比手势。学校花名册写的是{{minority/yi:普沙则}}，在{{school:巧家县药山镇中心小学四年级（3）班}}。他爸{{han:普文德}}在外头打工，一年回来一回。
访谈者：第三个？
受访者：第三个姓便，{{trap/word:方便}}的便，念pián。{{han:便秀清}}便是娃娃的家婆，我们喊{{han:便嬢嬢}}。外孙女{{han:龙沁雯}}眼睛生下来就不好，低视力，二级。妈妈{{han:便春丽}}在昆明打工，爸爸{{han:龙兴平}}另外成了家。政策我讲给{{han:便嬢嬢}}听，她记不住，我就写在纸上，贴在她家门背后。
访谈者：还有吗？
受访者：还有{{han:普又芬}}家。{{han:普又芬}}又是一个人带娃娃，男人在矿上出事，瘫了两年也走了。儿子{{han:禄小川}}一条腿短，肢体四级，在{{trap/word:普通}}学校念书，没去特校。
访谈者：评残有什么难处？
受访者：头一个是路远。药山上到县城，{{han:禄小川}}家要走两个钟头山路再坐车。第二个是手续多，要照片、户口本、医院的诊断，少一样都不行，老人不晓得，白跑一趟。后来我们请县医院眼科的{{han:冉秀华}}医生下乡来评，一天评了二十几个。第三个是怕。有的老人觉得办了残疾证，娃娃一辈子抬不起头，我要上门讲好几回。
访谈者：除了补贴，还能帮哪些？
受访者：七岁以下的娃娃可以申请康复救助，到定点机构做训练，钱大部分国家出。大一点的娃娃要辅具，轮椅、助听器、盲杖，我们报上去，县残联统一配。还有送教上门，特校的老师一个礼拜来一两回。办事情不难，难的是家里人不晓得有这些，晓得了也不敢来问。我下村就背个包，里头装着表格、印泥、政策单子，碰到人就讲。
访谈者：有没有家里不愿意办的？
受访者：有。前年有个妈妈，娃娃三岁了还不会坐，她一直藏在屋里，不让人看，说怕人家讲她家遭了报应。我去了三趟，头两趟门都没让进。第三趟我带着村上的专委{{han:字光辉}}去，他自己也是拄拐的，他跟她讲，残疾不丢人，不管才丢人。她哭了，第二天就抱着娃娃来镇上了。
访谈者：谁跟您一起做？
受访者：镇上就我一个专职，村里有残疾人专职委员。有拿不准的我就问{{han:字光辉}}，他在村上干了十几年，哪家哪户都清楚。县残联派过一个康复师叫{{compound:公羊雪松}}，上门教家长做训练；还有手语老师{{compound:闻人嘉怡}}，一个月来给{{minority/yi:沙则}}上两回课。
访谈者：您自己家里呢？
受访者：我男人在县城开出租，女儿读高二。我一个礼拜有四天在村里跑，回家饭都是男人煮。女儿说，妈，你管那么多娃娃，咋个不管管我。我说你手脚齐全，他们比你难。她嘴上不服，去年寒假还跟我下村，帮{{han:龙沁雯}}念了一下午的书。
访谈者：孩子们现在怎么样？
受访者：{{minority/yi:沙则}}戴上了助听器，会喊阿嫫了，{{minority/yi:阿西伍果}}抱着他哭了一场。县残联给{{han:龙沁雯}}配了放大镜，她拿着看书，成绩中等。{{han:禄小川}}跑不快，可是跳绳跳得好，去年拿了全镇第三。
访谈者：登记信息请您说一下。
受访者：那个聋娃娃家在{{address:巧家县药山镇杉树村三组11号}}，{{han:便秀清}}家在{{address:巧家县药山镇温泉村六组2号}}。{{han:普兴旺}}的身份证{{id_number@my2015spaced.530622}}，{{han:便秀清}}的{{id_number@wmidquad.530622}}。我电话{{mobile@fws}}，{{han:字光辉}}的{{mobile@p86n}}。我工作微信{{wechat:wxid_mu7yf2q4kd}}，QQ{{qq:67301958}}。
访谈者：表上名字写错过吗？
受访者：经常。有张表把{{spaced:普 又 芬}}写开了，{{spaced:阿 西 伍 果}}也是，还有一张写成{{spaced:龙沁 雯}}。
访谈者：最后您想说什么？
受访者：娃娃们喊我{{han:母孃孃}}，我听了心里热。这些年帮我最多的，是{{han:字光辉}}。
""")

# H1768: Han bamboo-shoot dealer in 海子镇 (彝良) raising his dead brother's son; his partner is Hui.
DOCS["H1768"] = ("family", """\
访谈者：老板，今年笋子收得怎么样？
受访者：还可以，今年雨水匀。我叫{{han:禄丰登}}，名字是我老汉起的，他盼的是{{trap/word:五谷丰登}}。在{{trap/place:海子镇}}收笋子十二年了，门口那块牌子，{{han:禄丰登}}竹笋收购站，就是我。
访谈者：听说您在带侄儿？
受访者：是。我兄弟{{han:禄丰林}}三年前上山挖笋子，下雨路滑，滚下岩子，人没了。弟媳{{han:苏翠芬}}头一年还打电话，后来去了{{trap/place:四川}}，换了号，再联系不上。派出所开了失联证明，娃娃算事实无人抚养。
访谈者：孩子多大？
受访者：十一岁，叫{{han:禄一鸣}}，生在笋子季节，我们喊他{{han:笋娃}}。我老汉说他是家里的{{trap/word:长孙}}，疼得很。{{han:笋娃}}在{{school:彝良县海子镇中心小学五年级（4）班}}，班主任{{han:邹明翠}}老师说他算账快。
访谈者：孩子领补助吗？
受访者：领，每月一千多。村里的儿童主任{{han:阮桂芹}}帮我们跑的，{{han:阮桂芹}}要强，为这个跑了五趟乡上。县民政局的{{han:脱宏彬}}下来核的，说我这个大伯当监护人要签字。
访谈者：笋子生意好做吗？
受访者：辛苦。我们这里是筇竹笋，五月到九月出，要上高山挖，天不亮就上去，背一背篓下来。鲜笋当天就要收、要剥、要煮，隔一夜就老了。我收了烤干、真空装袋，卖到外头。价钱好的年份一斤鲜笋七八块，差的年份三四块。山上雾大路滑，每年都听说有人摔着，我兄弟就是这么没的。
访谈者：孩子平时谁管？
受访者：上学的时候住校，礼拜五我骑摩托去接。放假跟着我在站上，我婆娘管吃管穿，我管他作业。他爷爷奶奶七十多了，住在老房子里，他隔两天就跑过去看一回，帮爷爷劈柴。他爸的坟在笋山下面，清明我带他去，他跪在那里半天不起来。
访谈者：收购站请了哪些人？
受访者：剥{{trap/word:笋壳}}的都是寨子里的妇女，二十几个，剥一斤给五毛。里头好几个带着困境娃娃。回族的{{minority/hui:马赛倪白}}，男人死了，三个娃娃，大的叫{{minority/hui:哈利勒}}。苗族的{{han:杨家婆}}带两个孙子，儿子媳妇都在外头。
访谈者：您合伙人是？
受访者：{{han:撒文忠}}，回族，经名{{minority/hui:赛非丁}}。{{han:撒文忠}}人直，从不{{trap/word:撒谎}}，秤给得足。他管收，我管卖。笋子卖到{{trap/place:成都}}，成都的客商{{compound:长孙洪亮}}一年来三回，还有{{trap/place:重庆}}的老板{{compound:司空德寿}}。
访谈者：{{han:撒老板}}家里呢？
受访者：{{han:撒文忠}}也是苦出身，小时候跟着他爹挑笋子卖，走到镇上天才亮。他家三个姑娘，都读书，大的在昆明读研究生，他说这辈子最值的就是供姑娘读书。
访谈者：困境娃娃的家长在站上干活，有什么难处？
受访者：娃娃没人带。有的妇女背着娃娃剥笋子，有的把娃娃锁在家里。我在站上隔了一间屋，摆几张桌子，大的带小的写作业，{{han:杨家婆}}在那间屋里看着，我按天给她钱。
访谈者：您怎么帮这些孩子？
受访者：放暑假让大点的娃娃来站上帮忙，按天给钱，不让他们上山。去年{{minority/hui:哈利勒}}在站上干了一个月，挣了一千二，给他妈买了个手机。{{han:笋娃}}能算账，也来帮我记账。镇社工站的{{compound:南宫兴菊}}办过一回笋乡夏令营，我出了两千块。学校{{trap/word:西门}}外头那截路是我们几个老板凑钱打的水泥，校长{{compound:西门春燕}}说要给我们挂个牌，我说莫挂。
访谈者：孩子跟您亲吗？
受访者：亲。就是想他妈。有一回他问我，大伯，我妈是不是不要我了。我讲不出话，只说你妈在外头挣钱。夜里他睡了，我一个人在站上抽了半包烟。我婆娘{{han:谢龙珍}}对他比对自家姑娘还好。
访谈者：孩子以后想做什么？
受访者：他说要当老师，回海子镇教书。我说当老师好，不用上山挖笋子。他说大伯，你收了一辈子笋子，我以后帮你把笋子卖到网上去。我听了高兴，嘴上还是说，你先把书读好。县里电商中心的{{compound:拓跋卫红}}来站上教过直播，他坐在旁边看得比哪个都认真。
访谈者：登记信息请您说一下。
受访者：站在{{address:彝良县海子镇街上村二组39号}}，家在{{address:海子镇大湾村七组14号}}。{{han:禄一鸣}}的身份证{{id_number@my2014fw.530628}}，我的{{id_number@mmidhyphen.530628}}。我电话{{mobile@plus86dash}}，{{han:阮桂芹}}的{{mobile@spaced}}。微信{{wechat:lufengshou_sun}}，收购站的扣扣是{{qq:913058246}}。
访谈者：表上名字写得对吗？
受访者：乡上的表把娃娃写成{{spaced:禄　一　鸣}}，合伙人写成{{spaced:撒 文 忠}}，{{spaced:马　赛　倪　白}}也写开了，客商的发票上还写着{{spaced:长 孙 洪 亮}}。
访谈者：您最盼哪样？
受访者：盼娃娃读出去。这个站以后交不交给他，看他自己，反正这份家当，我心里早定了，留给{{han:笋娃}}
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1761,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout223",))


if __name__ == "__main__":
    main()
