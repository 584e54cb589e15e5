# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 224 (tests/pii/holdout224/H1777-H1784 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
build asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 225, written at the same time, is not
an earlier set).

Set 224 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
马边 and 峨边 (乐山, Sichuan), two Yi autonomous counties of steep valleys: a Yi grandmother of the tea gardens above
苏坝 raising three grandchildren, her son killed on a night shift at the phosphate works and his wife gone to 浙江;
a Tibetan mother from 道孚 in 沙坪 who embroiders for a Yi embroidery cooperative, her Han husband, a forest guard
of the former logging county, paralysed by a fall on patrol and her son deaf; a Hui grandmother from 鲁甸 who sells
beef jerky in 民建镇, her son in prison and his Han wife gone; a Mongolian grandfather from 陈巴尔虎旗 who came to the
峨边 logging works in 1975 and raises an autistic grandson, the boy's father dead and his Yi mother remarried in
雷波; the Yi 儿童主任 of a high village reading out her list; a Han clerk of the 峨边 civil-affairs bureau who
checks the rolls; a Han teacher of a boarding school in 高卓营; and the Han shift leader of the phosphate works
whose shift pays into a fund for the dead worker's children.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than
one trick: Yi clan + given names (倮伍么且, 阿侯惹机, 吉克曲惹, 马海石莫, 海来约达, 俄木佐且, 勒尔沙甲) with the
clan and given name joined by ‧, ・, a full stop or nothing (阿侯‧惹机, 海来・约达, 吉克.曲惹), short forms (么且
阿嫫, 惹机, 曲惹, 佐且他, 石莫主任, 沙甲), a Han surname taken from the clan before a Yi given name (罗么且, 侯子体),
a reduplicated pet name (体体), a clan with a title (沙马书记) and two spellings of one name (阿说拉且, 阿硕拉且);
Kham Tibetan names (俄色志玛, 洛绒翁修, 泽绒翁青, 斯朗拉姆, 洛让泽批) with forms of address (阿修, 小翁青她) and the
Han father's surname before the boy's Tibetan name (蒲翁修); Hui 经名 in old and new transliterations (茹革叶,
亦思马因, 罕蒂杰, 萨德尔丁, 伊德立斯, 宰娜卜儿她, 阿不都哈里克) beside the Han-form names of the same people, the
teacher's 纳罕蒂杰 and the grandmother's 萨娃; a Mongolian given name with the father's name after it, joined by
·, ・, a full stop, nothing, or a dot with spaces around it (额尔德尼沁达木·嘎日迪布和 ...), the school roll's
胡额尔德尼沁达木, and forms of address from Mongolian names (老敖, 小额); Han names with rare surnames of the region
(冉, 宓, 税, 苟, 禄, 昝, 佘, 蹇, 戢, 蔺, 母, 冷, 来, 从, 幸, 敬, 补, 鲜, 阳, 先, 帅, 正, 所, 问, 便, 连, 牟, 犹, 缪) right
before grammar words and verbs (禄正华正好, 来再旺再忙, 从又琼又细心, 正秀英正在, 问晓红问得, 连秋雁连着, 先明辉先前,
宓德全他, 冷德芬就, 马学兵说) and after them (幸好幸建明, 被门卫邵大爷, 让何岁安, 跟税建华, 把兰志勇); names that hold
a word beside the same word used as a word (收税/税小妹, 敬酒/敬文涛, 补助/补永红, 新鲜/鲜德贵, 冷天/冷德芬, 斯文/
蔺斯文, 母亲/母玉珍, 高山/高山青, 同学/同丽君, 首先/先明辉, 方便/便思远, 所长/所晓军, 犹豫/犹德明, 光宗耀祖/冉耀祖,
岁岁平安/何岁安, 林场/林场长, 索玛花/吉克索玛, 阿西里西/吉伍阿西); a surname with only a title or kin word, annotated
whole (税小妹, 苟老师, 蒲嫂, 林场长, 冷大姐, 鲜叔叔, 先老师, 邵大爷, 冉班长) and local nicknames (红脸敬, 兵娃); names
inside organisation-like phrases (宓德全茶厂, “冯玉莲面馆”); names opening a line and closing the last sentence;
names spaced out in half- and full-width spaces, dotted names with spaces around the dot and names split in two;
compound surnames after ordinary words (欧阳, 上官, 皇甫, 司徒, 夏侯, 宗政, 端木, 长孙, 南宫, 司空, 赫连, 宇文, 澹台,
钟离, 东方); and numbers and accounts written the many ways people do.

Markup: the ``{{...}}`` marks of ``_setkit.MARK`` (see tests/pii/_setkit.py: ``marked_item`` and ``build``).
Person spans are the name only: a title or kinship word after a name (老师, 嬢嬢, 阿嫫, 主任) and a particle, pronoun
or verb written directly after it are outside the span; a surname with only a title or kin word and a local
nickname are annotated whole. Han-style names of Yi, Tibetan, Hui and Mongolian people (侯丽萍, 蒲志强, 沙凤仙,
胡和平) are category han; a Han surname before a non-Han given name (罗么且, 侯子体, 蒲翁修, 纳罕蒂杰, 马宰娜卜儿,
胡额尔德尼沁达木) is category minority, and so are forms of address made from a non-Han name (体体, 沙马书记, 阿修,
小翁青, 萨娃, 老敖, 小额).

Run ``python tests/pii/holdout224/make_holdout224.py`` to rebuild (deterministic: seeded generator).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(224_2026_1208)
MINORITY_GROUPS = ("yi", "tibetan", "hui", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "tibetan": 10, "hui": 10, "mongolian": 10}

MOBILE_PREFIXES = ["130", "136", "139", "152", "155", "156", "159", "178", "180", "182", "183", "188", "193",
                   "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1777: Yi grandmother of the tea-garden valleys above 苏坝 (马边) raising three grandchildren; her son died in a
# night-shift accident at the phosphate works, his wife went to work in 浙江 and cannot be reached.
DOCS["H1777"] = ("family", """\
访谈者：阿嫫，您屋头现在几个人？
受访者：四个，我和三个孙孙。我叫{{minority/yi:倮伍么且}}，户口本上是{{minority/yi:罗么且}}，寨子头的人都喊我{{minority/yi:么且}}阿嫫。屋在{{trap/place:苏坝}}后头的山上，坡陡得很，茶园一梯一梯挂在岩上，背一背鲜叶下山要走两个钟头。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/yi:阿侯惹机}}前年在{{trap/org:磷化厂}}上夜班出了事，人没得了。死亡证明上写的{{minority/yi:阿侯‧惹机}}，中间打了个点点。他那个班的班长{{han:冉耀祖}}来屋头坐了一晚上，一句话都说不出来。媳妇{{minority/yi:吉木乌且}}第二年跟老乡去{{trap/place:浙江}}进厂，{{minority/yi:乌且}}也年轻，电话一换，再也打不通了。
访谈者：三个孩子多大了？
受访者：大的{{minority/yi:阿侯么呷}}，十二岁，学校给她取了个汉名叫{{han:侯丽萍}}，在{{school:马边彝族自治县苏坝镇中心小学六年级2班}}。老二是儿子，九岁，花名册上写的{{minority/yi:侯子体}}，我们喊他{{minority/yi:体体}}，在{{school:苏坝镇中心小学三年级（4）班}}。幺女{{minority/yi:阿侯拉莫}}六岁，在村头{{trap/word:一村一幼}}的点上读学前班。
访谈者：您一个人带三个，靠什么过？
受访者：靠茶园噻。春天采明前茶，一斤鲜叶卖二三十块，我眼睛花了，手脚慢，{{minority/yi:么呷}}放了学就来帮我采。下半年没得茶采，这两年茶叶价钱好，镇上收茶的老板开车到垭口，一车一车拉走。我去{{han:宓德全}}茶厂捡黄片，一天六十块。{{han:宓德全}}他晓得我屋头的事，秤上从来不克扣。
访谈者：有哪些人帮你们？
受访者：村上的儿童主任{{minority/yi:马海石莫}}，她跑了好多趟，给三个娃娃办了事实无人抚养，一个娃一个月{{trap/number:一千一百八}}，我另外有低保。县{{trap/org:民政局}}下来核的是个年轻女娃，姓税，她笑起说莫看她姓税，她又不{{trap/word:收税}}，寨子头都喊她{{han:税小妹}}。学校的{{han:苟老师}}晚上给老二补拼音，县上的社工{{compound:欧阳霁川}}每个月爬一回山。
访谈者：孩子们想爸爸吗？
受访者：想。老二不爱说话，放牛的时候一个人坐在他阿达坟边上。{{trap/minority_word:毕摩}}来给他阿达做过送灵，他问我阿达去哪里了，我说去祖先那里了，跟{{trap/famous:支格阿鲁}}在一起。大的懂事，晚上搂起幺妹睡，幺妹一哭她就吹{{trap/minority_word:口弦}}哄她。
访谈者：孩子们平时住校吗？
受访者：大的住校，礼拜五下午走路回来，要走一个半钟头。礼拜天下午又背起一口袋洋芋和{{trap/minority_word:苦荞}}粑粑回学校。她说学校一个礼拜有两回肉，比屋头吃得好，我听了心头又高兴又难受。老二跟幺女在村小和幼教点，天天回来。落雨天路滑，我送到垭口就走不动了，是邻居{{han:兰德秀}}家的大娃娃牵起走下去的。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:彝族年}}我们杀不起猪，{{han:宓德全}}送了半边猪肉来，我煮了{{trap/minority_word:坨坨肉}}，三个娃娃吃得满嘴油。{{trap/minority_word:火把节}}那天幺女穿起她阿嫫留下的百褶裙，裙子长了，拖到地上，她也不肯脱。我看到就想起她阿嫫，也不晓得{{minority/yi:乌且}}在外头过得好不好。
访谈者：孩子读书的费用呢？
受访者：学费不要，书本不要，中午吃营养餐。就是衣服鞋子费钱，山路费鞋，一年两双都不够穿。冬天冷，我把老汉留下的{{trap/minority_word:查尔瓦}}改小了给老二披起。去年{{trap/org:县妇联}}送了三件羽绒服，是{{han:税小妹}}亲自背上山来的，走拢的时候裤脚全是泥巴。
访谈者：厂里赔了钱吗？
受访者：赔了，存起的，是孙孙读书的钱。{{trap/org:县法律援助中心}}的律师{{compound:上官沐辰}}帮我们打的官司，我不认得汉字，都是她一句一句翻给我听。{{han:冉耀祖}}说，哪个敢打这个钱的主意，他第一个不答应。
访谈者：您自己身体怎么样？
受访者：腰杆痛，膝盖也痛，落雨天起不来床。村医{{han:禄正华}}正好住隔壁，隔几天来给我贴膏药，不收钱。我只求多活几年，把幺女也送进中学。去年冬天我咳了一个多月，夜里咳得睡不着，三个娃娃轮到起来给我烧开水。我跟他们说，阿嫫是老了，不是病了。
访谈者：登记表上的信息麻烦您说一下。
受访者：我说不来，叫{{minority/yi:么呷}}念。
受访者：家在{{address:马边彝族自治县苏坝镇凉风村4组11号}}。阿嫫的身份证{{id_number@wold.511133}}，我的是{{id_number@wy2013hyphen.511133}}。阿嫫莫得手机，有事打{{minority/yi:马海石莫}}嬢嬢的{{mobile@s38}}。我有个QQ，老师让注册的，号码是{{qq:3071942658}}。
访谈者：表上的名字写得对不对？
受访者：不对的多。低保表上阿嫫写成{{spaced:倮 伍 么 且}}，我阿达写成{{spaced:阿侯 惹机}}，幺妹写成{{spaced:阿　侯　拉　莫}}。
访谈者：最后您还想说啥子？
受访者：娃娃些读得出书，我死了也闭得上眼睛。这几年，莫得哪个比得上{{minority/yi:马海石莫}}。
""")

# H1778: Tibetan mother from 道孚 (甘孜) in 沙坪 (峨边), married to a Han forest guard of the former logging
# county who broke his back on patrol; her son is deaf; she embroiders for a Yi embroidery cooperative.
DOCS["H1778"] = ("family", """\
访谈者：大姐，听说您是从甘孜嫁过来的？
受访者：{{trap/place:道孚}}的。我叫{{minority/tibetan:俄色志玛}}，这边的人记不住，就喊我藏族嫂子，也有跟到我男人的姓喊{{han:蒲嫂}}的。
访谈者：怎么到峨边来了？
受访者：我男人{{han:蒲建川}}以前在林业局砍木头，后来{{trap/word:天保工程}}不准砍了，他就当了护林员。那年他去{{trap/place:康定}}学防火，在{{trap/place:新都桥}}认得的我。我跟到他到了{{trap/place:峨边}}，一晃十四年了。
访谈者：您爱人现在怎么样？
受访者：瘫了。前年冬天巡山，在{{trap/place:黑竹沟}}那边一脚踩滑，滚下去二十几米，腰杆断了。{{trap/word:林场}}的场长姓林，大家都喊他{{han:林场长}}，是他带起人抬了一夜才抬出来。现在胸口以下都没知觉，床都下不了。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/tibetan:洛绒翁修}}十一岁，户口上叫{{han:蒲志强}}，学校的老师同学都喊他{{minority/tibetan:蒲翁修}}。他耳朵听不见，三岁那年发高烧烧坏的，戴助听器。女儿{{han:蒲雨欣}}七岁，藏名叫{{minority/tibetan:泽绒翁青}}，{{minority/tibetan:小翁青}}她最黏她阿爸，放学回来先爬到床上给阿爸擦脸。
访谈者：他们在哪里读书？
受访者：{{minority/tibetan:阿修}}在{{school:峨边彝族自治县沙坪镇第二小学五年级（3）班}}，{{minority/tibetan:小翁青}}在{{school:沙坪二小一年级1班}}。班主任{{han:昝玉蓉}}老师专门把{{minority/tibetan:阿修}}调到第一排，上课对到他说，让他看得到嘴巴。
访谈者：家里开销怎么办？
受访者：我在{{trap/org:彝绣合作社}}绣花，按件算钱，一个月一千五六。合作社的头头是彝族，叫{{minority/yi:吉克索玛}}，她教我绣{{trap/word:索玛花}}、绣羊角纹，说我们藏族女人的手巧，一学就会。男人是一级残疾，两项补贴都有，一家人吃低保。儿子听力残疾二级，也有补贴。
访谈者：还有哪些人帮你们？
受访者：社区的儿童主任{{han:佘春燕}}，给两个娃娃报了困境儿童，一个娃一个月{{trap/number:九百八}}。县{{trap/org:残联}}的{{han:蹇明亮}}帮儿子换了新助听器，七千多，公家出了大头。社工{{compound:皇甫望舒}}每个礼拜来陪我男人说话，怕他想不开。在{{trap/org:大渡河电站}}上班的老乡{{minority/tibetan:斯朗拉姆}}，过年给我们送{{trap/minority_word:糌粑}}和牦牛肉。男人的幺兄弟{{han:蒲建林}}在{{trap/place:金口河}}开货车，隔一两个月来帮我把男人背下楼晒太阳。
访谈者：您爱人心情怎么样？
受访者：不好。他以前一天要在山上走几十里，现在只看得到窗子外头那棵树。有一回他把一瓶药都倒了，是{{minority/tibetan:小翁青}}发现的，哭起跑来喊我。{{compound:皇甫望舒}}来了以后，教他用手机在网上卖我绣的东西，拍照、回消息都是他，他才慢慢有点笑脸。他说他现在是合作社的网管。
访谈者：您自己累不累？
受访者：累也莫得法。早上五点起来给男人翻身、接尿，送两个娃娃上学，回来绣花，中午又给男人翻身。晚上绣到十二点，眼睛花了。我们藏族有句话，山再高，顶上也有路。我就这样想。
访谈者：医药费报得了多少？
受访者：住院那回花了十一万，医保报了一大半，{{trap/org:县红十字会}}给了五千，林业上的老同事凑了两万。现在每个月药钱、尿不湿、护理垫要七八百，这些报不了。
访谈者：儿子在学校跟得上吗？
受访者：跟得上一些。他看嘴巴认字，作文写得好，写他阿爸在山上看到过大熊猫的脚板印。就是下课没得人跟他耍，有娃娃在他背后喊他聋子，他听不到，别个就笑。有一回{{han:昝玉蓉}}老师把那几个娃娃喊到办公室，让他们把耳朵捂起听她讲了一节课，听完了个个都不笑了。现在班上有两个娃娃跟到他学手语。
访谈者：女儿呢？
受访者：女儿嘴巴甜，藏话、彝话、汉话都会说。她在合作社跟到我耍，那些彝族嬢嬢都喜欢她，教她唱{{trap/minority_word:阿惹妞}}。她说长大了要当医生，把阿爸的腰杆治好，把哥哥的耳朵治好。我听了就转过去抹眼泪。
访谈者：老家那边呢？
受访者：阿妈还在道孚，七十了。我哥哥{{minority/tibetan:洛让泽批}}放牦牛，每年{{trap/minority_word:洛萨}}打视频来，喊我带娃娃回去过年。我说走不脱，男人离不得人。
访谈者：登记表上的信息麻烦您说一下。
受访者：家在{{address:峨边彝族自治县沙坪镇新场村三组21号}}。男人的身份证{{id_number@mmidquad.511132}}，{{minority/tibetan:阿修}}的{{id_number@my2014fwhyphen.511132}}。我电话{{mobile@plus86}}，{{han:佘春燕}}的{{mobile@hyphen}}。我卖绣品的微信是{{wechat:Zhima_Ebian_xiu}}。
访谈者：表上的名字写得对吗？
受访者：错得多。合作社的花名册把我写成{{spaced:俄　色　志　玛}}，学校把儿子写成{{spaced:洛绒 翁修}}，残联的表上又是{{spaced:蒲 翁 修}}。
访谈者：您最盼什么？
受访者：盼男人坐得起来，盼儿子听得见。等娃娃大了，一家人回去转一回{{trap/place:贡嘎山}}。
""")

# H1779: Hui grandmother from 鲁甸 (昭通) who married into 马边 forty years ago and sells beef jerky at the market of
# 民建镇; her son is in prison for a fight, his Han wife left; she raises a granddaughter and a grandson.
DOCS["H1779"] = ("family", """\
访谈者：奶奶，您是回族？
受访者：是，{{trap/place:昭通}}{{trap/place:鲁甸}}的回族。我叫{{han:沙凤仙}}，经名{{minority/hui:茹革叶}}。十九岁嫁到{{trap/place:马边}}，四十年了，在{{trap/place:民建镇}}菜市场门口卖{{trap/minority_word:牛干巴}}和荞粑粑。
访谈者：现在跟谁一起住？
受访者：跟两个孙孙。我老汉{{han:纳德润}}走了八年了。儿子{{han:纳学明}}，经名{{minority/hui:亦思马因}}，三年前在烧烤摊上跟人打架，把人打成重伤，判了六年，关在{{trap/org:嘉州监狱}}。媳妇是汉族，叫{{han:苟丽蓉}}，判了的第二年就走了，说去{{trap/place:成都}}打工，电话停了，再没回来过。
访谈者：两个孙孙多大了？
受访者：孙女{{han:纳语桐}}，经名{{minority/hui:罕蒂杰}}，十岁，班上老师喊她{{minority/hui:纳罕蒂杰}}，两个名字拼起喊。孙子{{han:纳浩宇}}七岁，经名{{minority/hui:萨德尔丁}}，我喊他{{minority/hui:萨娃}}。{{minority/hui:罕蒂杰}}在{{school:马边彝族自治县民建镇第一小学四年级（2）班}}，{{minority/hui:萨娃}}在{{school:民建一小一年级5班}}。
访谈者：孩子知道爸爸的事吗？
受访者：{{minority/hui:罕蒂杰}}晓得，{{minority/hui:萨娃}}还以为他阿爸在外头跑车。每半年我带孙女去监狱会见一回，隔着玻璃拿电话说话。儿子在里头哭，说对不起妈，对不起娃娃。狱警{{compound:司徒海峰}}人好，那回多给了我们五分钟。
访谈者：会见回来孩子怎么样？
受访者：每回回来都要难过好几天。孙女把她阿爸写的信压在枕头底下，晚上拿出来看，看一遍哭一遍。信上说，等他出来了，要在马边开个清真馆子，让两个娃娃天天吃牛肉面。我跟他说，你先出来再说。
访谈者：谁在帮你们？
受访者：社区的{{han:来再旺}}，{{han:来再旺}}再忙也每个月来一趟，给两个娃娃办了服刑人员子女补助，一个娃一个月{{trap/number:一千零四十}}，我还有低保。孙女的班主任{{han:从又琼}}又细心又严，作业差一个字都要重写。去年冬天孙子得肺炎住院，{{han:从又琼}}跟同事凑了两千块，提起水果到医院来。社工站的{{compound:夏侯蕴秋}}每个礼拜给孙女辅导一回作业，陪她说说话。
访谈者：做礼拜方便吗？
受访者：马边没得清真寺，要去{{trap/place:乐山}}。寺里的阿訇{{han:沙文清}}，经名{{minority/hui:伊德立斯}}，每回{{trap/minority_word:开斋节}}都托人给我们捎{{trap/minority_word:油香}}来。马边的回族少得很，十几户。卖牛肉的{{minority/hui:马宰娜卜儿}}跟我是老乡，{{minority/hui:宰娜卜儿}}她教孙女念经、炸油香。我跟孙孙讲{{trap/famous:赛典赤}}在云南修水利的故事，讲我们的老祖先从好远的地方来。
访谈者：钱够用吗？
受访者：紧巴巴的。牛干巴一斤卖八十，一天卖得脱两三斤，还要自己去{{trap/place:沐川}}拉牛肉，自己腌，自己晾。住的房子是{{han:冷德芬}}的，她晓得我难，一年只收两千。{{trap/word:冷天}}我腿痛，摆不了摊，{{han:冷德芬}}就喊两个孙孙去她屋头吃饭，她晓得我们不吃大肉，专门给娃娃炒鸡蛋、煮洋芋。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:罕蒂杰}}成绩好，数学考过全班第一，就是怕人家问她阿爸。有个同学说她阿爸是劳改犯，她回来一晚上不说话。{{han:从又琼}}晓得了，在班上讲了一堂课，说哪个都可能犯错，娃娃没得错。{{minority/hui:萨娃}}调皮，上课坐不住，跟同桌{{han:冉浩然}}一天要吵三回架，下课又好得穿一条裤子。
访谈者：学校吃饭方便吗？
受访者：学校食堂没得清真窗口，营养餐有时候是大肉，孙女就只吃米饭和青菜。后来校长晓得了，专门让食堂给两个娃娃单独打一份鸡蛋、豆腐，我心头感激得很。
访谈者：您一个人怎么忙得过来？
受访者：忙不过来也要忙。早上五点起来烧水，给娃娃煮面条，送到学校门口，我再去摆摊。中午收摊回来煮饭，下午又去。晚上娃娃做作业，我在灯底下切牛肉、抹盐巴、挂起来晾。一年到头，就开斋节那天歇一天。有时候累得在摊子后头打瞌睡，钱被人拿走了都不晓得。
访谈者：您自己身体怎么样？
受访者：六十好几了，血压高，腿上静脉曲张，站久了肿得发亮。我不敢倒，我倒了两个娃娃咋办？我跟{{minority/hui:亦思马因}}说，你在里头好好改造，早一天出来，早一天接你的娃娃。
访谈者：登记信息麻烦您说一下。
受访者：住在{{address:马边彝族自治县民建镇河滨路37号附2号}}，老家在{{address:鲁甸县龙头山镇光明村七社14号}}。我身份证{{id_number@wold.530621}}，孙女的{{id_number@wy2015fw.511133}}。我电话{{mobile@fullwidth}}，{{han:来再旺}}的{{mobile@s74}}。我的微信{{wechat:shafengxian_ganba}}，孙女拿我手机加了老师。她还有个QQ：{{qq:９８６４０２５１７}}。
访谈者：表上的名字写得对吗？
受访者：会见单上把我儿子写成{{spaced:纳 学明}}，学校把孙女写成{{spaced:纳 罕 蒂 杰}}，补助表上我是{{spaced:茹　革　叶}}。
访谈者：最后还想说什么？
受访者：娃娃们喊得最多的，除了奶奶，就是{{han:来再旺}}。
""")

# H1780: Mongolian grandfather from 陈巴尔虎旗 (呼伦贝尔), recruited to the 峨边 logging works in 1975, now retired in
# 新林镇; his son, a forest guard, died of liver cancer, the boy's Yi mother remarried in 雷波; the grandson is
# autistic.
DOCS["H1780"] = ("family", """\
访谈者：老人家，听说您是蒙古族？
受访者：是，{{trap/place:呼伦贝尔}}{{trap/place:陈巴尔虎旗}}的。我叫{{minority/mongolian:敖其巴日}}，汉名{{han:胡和平}}，林场的老伙计都喊我{{minority/mongolian:老敖}}。一九七五年招工到{{trap/org:峨边林业局}}，在{{trap/place:大渡河}}上放木头，一干就是二十几年，后来不砍树了，又当了十年护林员。
访谈者：您当年怎么从草原到了四川？
受访者：那时候年轻，听说南方林区招工，管吃管住，一个月三十几块，就跟到几个老乡上了火车。坐了五天五夜，下车一看，山比天还高，树比房子还粗，我吓了一跳。头一年吃不惯辣椒，天天拉肚子，是食堂的{{han:冷大姐}}给我单独蒸馒头。后来在这边成了家，就不想走了。
访谈者：现在家里还有谁？
受访者：就我和孙子。老伴{{minority/mongolian:图雅格日勒}}前年走了。儿子{{minority/mongolian:嘎日迪布和}}，身份证上叫{{han:胡建林}}，接我的班当护林员，四十一岁得了肝癌，去年也走了。儿媳是彝族，叫{{minority/yi:阿硕日莫}}，改嫁去了{{trap/place:雷波}}，一年来看一回。
访谈者：孙子多大了？
受访者：十岁，叫{{minority/mongolian:额尔德尼沁达木}}。按我们老家的规矩，名字后头跟他阿爸的名，学校的表上写的{{minority/mongolian:额尔德尼沁达木·嘎日迪布和}}，医院的卡上是{{minority/mongolian:额尔德尼沁达木・嘎日迪布和}}，银行卡上打成{{minority/mongolian:额尔德尼沁达木.嘎日迪布和}}，户口本上又没得点，写成{{minority/mongolian:额尔德尼沁达木嘎日迪布和}}。学校花名册图省事，写的{{minority/mongolian:胡额尔德尼沁达木}}。
访谈者：孩子身体怎么样？
受访者：孤独症。三岁还不会说话，带到{{trap/place:成都}}查出来的。现在会说一些了，就是不看人眼睛，一着急就拿脑壳撞墙。他有残疾证，两项补贴都有。他阿爸走了，阿妈不管，镇上给报了事实无人抚养，一个月{{trap/number:一千二百五}}。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:戢晓梅}}，啥子手续都是她跑。特教学校送教上门的{{compound:宗政悦}}老师，一个礼拜来两回，教{{minority/mongolian:额尔德尼沁达木}}认字、扣扣子、自己上厕所。{{trap/org:乐山市残疾人康复中心}}的{{compound:端木砚舟}}每年给他做一回评估。林场的老同事{{han:禄国富}}隔三岔五来陪我喝两杯，{{han:禄国富}}他也是一个人。
访谈者：孩子在哪里上学？
受访者：{{school:峨边彝族自治县新林镇中心小学三年级（1）班}}，随班就读。老师喊他{{minority/mongolian:小额}}，同学也跟到喊。班主任{{han:蔺斯文}}人{{trap/word:斯文}}，说话细声细气，他就不怕她。{{han:蔺斯文}}说他算术好，一百以内的加减一口就出来了，就是不肯举手。
访谈者：您一个人带他，难不难？
受访者：难。他晚上不睡觉，在屋头转圈圈，转到两三点。我七十了，血压高，腿也不行，跟不上他。有一回他自己跑出去，顺着公路走了五六里，是开班车的{{han:母德勇}}看到了，把他拉回来的。从那以后我把门闩安高了，他够不到。
访谈者：您自己的生活呢？
受访者：林场退休，一个月退休金两千多，够吃。就是怕我走了孙子咋办。{{han:戢晓梅}}说以后可以进{{trap/org:儿童福利院}}，我听了一晚上没睡着。我跟她说，我们蒙古人说，草原上的小马，要跟到大马跑。她说她晓得，会一直跟到。
访谈者：老家还有人吗？
受访者：弟弟{{minority/mongolian:巴拉珠尔扎布}}在草原上放羊，每年寄{{trap/minority_word:奶皮子}}和{{trap/minority_word:炒米}}来。我给孙子拉{{trap/minority_word:马头琴}}，他一听就不闹了，趴在我腿上听。我给他讲{{trap/famous:嘎达梅林}}，他听不懂，可他喜欢我唱。
访谈者：孙子有没有喜欢做的事？
受访者：喜欢看水。在大渡河边上一坐就是半天，数漂下来的树叶子。他还喜欢火车，墙上贴满了火车的图片。{{compound:宗政悦}}老师说，等他再大点，带他去坐一回火车，从{{trap/place:峨眉}}坐到成都。
访谈者：孩子妈妈还来看他吗？
受访者：来，去年{{trap/minority_word:火把节}}来的，带了一件新衣服。他不认得她，躲在我背后。她哭了，我也不怪她，她年轻，日子还长。
访谈者：登记信息请您说一下。
受访者：住在{{address:峨边彝族自治县新林镇林业局老职工宿舍5栋1单元3楼1号}}。我身份证{{id_number@my1954tri.150725}}，孙子的{{id_number@my2015x.511132}}。我电话{{mobile@p86n}}，{{han:戢晓梅}}的{{mobile@s434}}。{{compound:宗政悦}}老师的微信是{{wechat:zz_songjiao-ebian}}，她隔天在上面发孙子的训练视频。
访谈者：表上的名字写得对吗？
受访者：不一样的多。有一张写成{{spaced:额尔德尼沁达木 · 嘎日迪布和}}，有一张写成{{spaced:额 尔 德 尼 沁 达 木 · 嘎 日 迪 布 和}}，还有把我写成{{spaced:敖其　巴日}}的，把我儿子写成{{spaced:嘎　日　迪　布　和}}的。
访谈者：您最盼什么？
受访者：盼孙子会自己过日子。我走了以后，他能自己煮一碗面，自己锁门，自己去领补助，我就放心了。
""")

# H1781: Yi 儿童主任 of 凉风村, a high Yi village above 苏坝 (马边), reading out her list.
DOCS["H1781"] = ("staff", """\
访谈者：{{minority/yi:石莫}}主任，您手上这个本子是什么？
受访者：我们村的困境儿童台账。我叫{{minority/yi:马海石莫}}，在{{trap/place:凉风村}}当儿童主任五年了。村子在山顶顶上，一百四十几户，全是彝族，下山赶场要走三个钟头。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{minority/yi:倮伍么且}}阿嫫屋头，三个孙孙，阿达在厂头出事走了，阿嫫联系不上，事实无人抚养。钱打到阿嫫的卡上，{{han:税小妹}}上个月又来核过一回。
受访者：第二户，{{minority/yi:吉克曲惹}}，男，十三岁，孤儿，阿达阿嫫都是得病走的。跟大伯{{minority/yi:吉克尔都}}过，大伯自己也有五个娃娃。{{minority/yi:曲惹}}在{{school:高卓营乡寄宿制学校初一（2）班}}，学校表上写的{{minority/yi:吉克.曲惹}}，身份证{{id_number@my2012spaced.511133}}，孤儿基本生活费一个月{{trap/number:一千四百五}}。
受访者：第三户，{{minority/yi:海来约达}}，男，九岁，阿达在里头，阿嫫跑了，跟阿普过。学校表上又写成{{minority/yi:海来・约达}}。服刑人员子女补助。住{{address:苏坝镇凉风村2组6号}}，阿普莫得手机，打隔壁{{han:阳德春}}的电话{{mobile@spaced}}。
受访者：第四户，{{minority/yi:俄木佐且}}，男，十一岁，小时候得了小儿麻痹，脚杆一长一短。阿达阿嫫在{{trap/place:宁波}}打工，两项补贴有。{{minority/yi:佐且}}他成绩好，说长大要当医生。
受访者：第五户，{{minority/yi:日火阿依}}，女，八岁，阿嫫生她的时候大出血走了，阿达在{{trap/place:西昌}}工地上，三年莫得音信。跟姑妈过，姑父是汉族，叫{{han:幸建明}}，{{trap/word:幸好}}{{han:幸建明}}人厚道，把这个女娃当亲闺女。住{{address:苏坝镇凉风村5组3号}}，{{han:幸建明}}的电话{{mobile@h38}}。
访谈者：这些户的补助都到了吗？
受访者：到了，都打到一卡通上。村支书{{minority/yi:沙马此尔}}跟我每个月十五号挨家问一遍，{{minority/yi:沙马书记}}不识字，我念，他听。驻村第一书记{{han:敬文涛}}是{{trap/place:乐山}}城里下来的，彝族人爱{{trap/word:敬酒}}，{{han:敬文涛}}喝不得，一杯就脸红，寨子头的人就喊他{{han:红脸敬}}。
访谈者：平时还有谁一起做？
受访者：镇上包村的干部{{han:补永红}}，莫看她姓补，{{trap/word:补助}}政策她最清楚，哪个文件哪一条都背得出来。社工站派了两个，一个叫{{compound:长孙映雪}}，一个叫{{compound:南宫叙白}}，每个月轮到上山。学校那边是{{han:先明辉}}老师跟我对接，{{han:先明辉}}先前在我们村小教过书，娃娃他都认得。村医{{han:禄正华}}每季度给娃娃些量身高、称体重。
访谈者：村上的娃娃读书远不远？
受访者：远。村小只有一到三年级，两个老师，一个是{{han:宋文彬}}，一个是支教来的小姑娘{{han:谭雪}}。四年级以上就要下山去镇上住校，礼拜五回来，礼拜天又走，大的帮小的背口袋。路上有一段是悬崖，去年才修了护栏。
访谈者：村上有儿童之家吗？
受访者：有，去年修的，在村委会楼上一间屋。礼拜六开门，{{compound:长孙映雪}}带娃娃些画画、唱歌、读绘本。县上送了两百本书，{{han:鲜德贵}}捐了一台电视。{{han:鲜德贵}}是苏坝街上卖{{trap/word:新鲜}}蔬菜的，娃娃们都喊他{{han:鲜叔叔}}。暑假还有{{trap/org:西南民族大学}}的学生来支教，带头的也是{{han:谭雪}}，她教娃娃说普通话，娃娃教她说彝话。
访谈者：您自己家里呢？
受访者：我有三个娃娃，男人在{{trap/place:成都}}送外卖。我白天放羊、种{{trap/minority_word:苦荞}}和{{trap/minority_word:燕麦}}，晚上打起电筒填表。儿童主任一个月补贴几百块，跑一趟镇上车费都要三十。可娃娃们喊我{{minority/yi:石莫}}嬢嬢，我就舍不得丢。
访谈者：最难的是什么？
受访者：最难是娃娃心头的事。有的娃娃阿达阿嫫都不在，晚上一个人睡，怕黑，怕狗，又不敢说。我去了就陪他们坐一会儿，摆摆龙门阵，问他们吃饭没有，作业写没有。还有就是冬天，山上下雪，路封了，材料送不下去，我背起背篼走下山，一走四个钟头。去年有个娃娃半夜发高烧，我跟他阿普两个轮换背，背到镇卫生院天都亮了。
访谈者：这几年村里变化大吗？
受访者：大。通了水泥路，通了网，娃娃在屋头就能跟外头打工的阿达阿嫫视频。以前好多女娃娃十五六岁就嫁人，现在少了，读完初中的一年比一年多。我跟她们说，读了书，才走得出这座山。
访谈者：台账上的名字有写错的吗？
受访者：多得很。汉字是别个帮我们写的，同一个人三种写法。{{spaced:日　火　阿　依}}，{{spaced:吉 克 · 曲 惹}}，{{spaced:海来 约达}}，还有{{spaced:俄 木 佐 且}}，我都要拿身份证一个一个对。
访谈者：您的联系方式？
受访者：电话{{mobile@plus86dash}}，微信{{wechat:Mahai-Shimo_lf}}。{{compound:南宫叙白}}的微信是{{wechat:ngxb_shegong}}，她的电话{{mobile@fws}}。
""")

# H1782: Han clerk of the 峨边 county civil-affairs bureau who checks and pays the allowances.
DOCS["H1782"] = ("staff", """\
访谈者：您在民政局具体管什么？
受访者：我叫{{han:帅晓琳}}，{{trap/org:峨边县民政局}}社会事务股的，管全县困境儿童的审核和发放。股里就三个人，股长{{han:正秀英}}正在{{trap/place:成都}}培训，还有个{{compound:司空砺锋}}，去年才考进来。
访谈者：全县有多少困境儿童？
受访者：在册的四百多个。孤儿三十几个，事实无人抚养的一百六十几个，其余是低保家庭的、重残的、服刑人员子女。每个月我要在系统里核一遍：户籍、学籍、低保、残疾证，四样对不上，钱就发不下去。
访谈者：最常对不上的是什么？
受访者：名字。彝族名字没得统一的汉字写法，户口上是{{minority/yi:阿说拉且}}，学籍上是{{minority/yi:阿硕拉且}}，残联又写成{{spaced:阿说 拉且}}，系统就认成三个人。{{trap/place:新林镇}}有个蒙古族娃娃，户口上叫{{minority/mongolian:额尔德尼沁达木嘎日迪布和}}，学籍上是{{minority/mongolian:胡额尔德尼沁达木}}，我专门跑了一趟，跟他爷爷坐了一下午才弄清楚。沙坪那个藏族妈妈也是，她儿子户口上叫{{han:蒲志强}}，学校报上来的是{{minority/tibetan:蒲翁修}}。
访谈者：这种怎么处理？
受访者：请派出所开证明，说是同一个人。{{trap/org:沙坪派出所}}的{{trap/word:所长}}叫{{han:所晓军}}，很配合，{{trap/word:所以}}我们股里都说，户口的事找{{han:所晓军}}就对了。
访谈者：能举几个例子吗？
受访者：{{trap/place:毛坪镇}}的{{han:冉秋桂}}婆婆，七十三了，带三个孙女，儿子吸毒进去了，媳妇跑了，她一个人捡废品供三个娃娃读书，住{{address:峨边彝族自治县毛坪镇红花村六组9号}}，房子是危房改造才修起的。{{trap/place:宜坪乡}}有个娃娃叫{{han:便思远}}，这个姓少见，写起是{{trap/word:方便}}的便，要念“骈”，念错了他就不理你。{{trap/place:金岩乡}}的{{han:连秋雁}}连着三年都是重点户，妈妈精神残疾，爸爸在外头，她自己还要带弟弟{{han:连海波}}。
访谈者：这些钱的标准是多少？
受访者：散居孤儿一个月一千四百多，事实无人抚养的跟散居孤儿一样，困境儿童分几档，最少的一个月两百。钱是省里、市里、县里一起出，县里财政紧，有时候要等。分管的副局长{{han:佘志刚}}每回开会都说，别的可以等，娃娃的钱不能等。
访谈者：新的困境儿童是怎么发现的？
受访者：主要靠儿童主任报、学校报。有的娃娃两边都漏了，比如去年{{trap/place:黑竹沟镇}}有个小女娃叫{{han:缪思琪}}，爸爸死了，妈妈智力残疾，她九岁就在屋头煮饭、喂猪，是送快递的{{han:郎志坤}}发现的，打{{trap/hotline:12345}}转到我们这里。
访谈者：您平时怎么跟各村联系？
受访者：靠电话和微信群。全县一百多个儿童主任，我手机上都存起的。你看，{{trap/place:勒乌乡}}的{{minority/yi:瓦其日莫}}，电话{{mobile@s434}}；{{trap/place:大堡镇}}的{{han:问晓红}}，{{han:问晓红}}问得最细，一张表要打三个电话来问；{{trap/place:杨村乡}}的{{han:牟德胜}}，七十岁的人了还在干，{{han:牟德胜}}说他要干到走不动为止，他的电话是{{mobile@plain}}。
访谈者：审核里遇到过什么难事？
受访者：去年有个蒙古族妈妈，叫{{minority/mongolian:萨如拉图娅}}，从{{trap/place:鄂尔多斯}}嫁过来的，男人{{han:犹德明}}在电站上班，出了事故，公司拖着不认工伤。她{{trap/word:犹豫}}了半年才来找我们，两个娃娃差点断了顿。我们先给报了临时救助，再帮她找了律师。她女儿{{minority/mongolian:阿拉坦托雅}}今年考上了县中。
访谈者：发放上出过问题吗？
受访者：出过。有一户的钱被娃娃的舅舅取走了，拿去买了摩托车。我跟社工站站长{{compound:赫连晨曦}}一起上门追回来，改成了娃娃婆婆的卡。还有一户，身份证号录错了一位，钱打到了别人的户头上，退回来耽误了三个月。从那以后我录号码都念两遍，比如这个娃娃，{{id_number@wy2016quad.511132}}，念一遍，对一遍；他婆婆的{{id_number@woldfwspaced.511132}}，也是念两遍。
访谈者：您自己觉得这个工作怎么样？
受访者：累，可有意思。我老家在{{trap/place:五渡镇}}，小时候也是跟着婆婆长大的，晓得这些娃娃心头的滋味。{{han:正秀英}}常说，表上的每一个名字都是一个活人。我一直记到。
访谈者：群众一般打哪些电话？
受访者：民政服务热线{{trap/hotline:12349}}，未成年人保护热线{{trap/hotline:12355}}，还有股里的座机。我工作微信是{{wechat:ebmz_shuaixl}}，工作QQ{{qq:2718065394}}，{{compound:司空砺锋}}的QQ是{{qq:５４０３７１９２８６}}。
访谈者：名单上把名字写错的多吗？
受访者：多。有张表把我都写成{{spaced:帅　晓　琳}}，把股长写成{{spaced:正 秀英}}，还有一张把社工站站长写成{{spaced:赫 连 晨 曦}}。
访谈者：最后想说什么？
受访者：希望县上给儿童主任涨点补贴。他们比我们辛苦多了，一个人管两三个村，比如{{minority/yi:瓦其日莫}}。
""")

# H1783: Han teacher of a township boarding school in 高卓营 (马边), class teacher of a first-year junior-middle
# class and in charge of the boys' dormitory.
DOCS["H1783"] = ("staff", """\
访谈者：{{han:先老师}}，您在这个学校教了几年了？
受访者：九年了。我叫{{han:先明辉}}，{{trap/word:首先}}说明一下，这个姓是真的，我们{{trap/place:犍为}}老家一个湾都姓先。我在{{trap/org:高卓营乡寄宿制学校}}教语文，当{{school:高卓营乡寄宿制学校初一（2）班}}的班主任，还管男生宿舍。
访谈者：学校有多少学生？
受访者：六百多，八成是彝族娃娃，从一年级到初三。一半以上是留守的，爸妈在{{trap/place:广东}}、浙江打工，还有四十几个是困境儿童，孤儿、事实无人抚养、爸妈服刑的都有。礼拜天下午娃娃些背起洋芋、酸菜、{{trap/minority_word:荞面}}馍馍走拢，礼拜五下午又走回去，远的要走四个钟头。
访谈者：您班上有这样的孩子吗？
受访者：有七个。{{minority/yi:吉克曲惹}}是孤儿，跟大伯过。{{minority/yi:曲惹}}被同学欺负过一回，有人说他是没人要的娃娃，他把人家的铺盖甩到楼下去了。我没骂他，晚上把他喊到办公室，给他煮了一碗面，他吃着吃着就哭了。后来他跟我说，{{han:先老师}}，我阿达以前也给我煮面。
受访者：{{han:罗小兵}}，大家喊他{{han:兵娃}}，汉族，爸爸在里头，妈妈改嫁了，跟爷爷过。{{han:兵娃}}把作业本撕了叠飞机，我罚他抄课文，他抄得比哪个都工整。有一回他翻墙出去上网，被门卫{{han:邵大爷}}逮个正着，{{han:邵大爷}}没告诉我，自己把他领回来，陪他在门卫室坐到天亮。
受访者：{{minority/yi:沙马有格}}，女娃，阿嫫死了，阿达在外头，她每个礼拜五都不想回家，说屋头冷清。还有个{{han:何岁安}}，爸妈出车祸都走了，那回他也在车上，捡了一条命，他爷爷说取这个名字就是求个{{trap/word:岁岁平安}}。我让{{han:何岁安}}当了生活委员，他做事比哪个都细。
访谈者：宿舍里怎么管？
受访者：一间屋住十二个，上下铺。晚上九点半熄灯，我跟生活老师{{minority/yi:吉伍阿西}}一间一间点名。她会唱{{trap/minority_word:阿西里西}}，娃娃想家睡不着，她就在走廊上唱，唱完一屋都睡着了。冬天冷，学校给每个娃娃发了电热毯，是{{trap/org:县团委}}募来的。半夜有娃娃发烧，我背起去找校医{{han:母玉珍}}，{{han:母玉珍}}比娃娃的{{trap/word:母亲}}还操心，一晚上起来看三回。
访谈者：学校还有哪些人帮这些孩子？
受访者：校长{{han:高山青}}是{{trap/word:高山}}上长大的，晓得这些娃娃苦，他让食堂给困境儿童多打一份菜，不声张。数学老师{{han:同丽君}}跟娃娃们处得好，{{trap/word:同学}}们有事都先找她。心理老师{{compound:宇文青禾}}每个礼拜三开一个小组，让娃娃画自己的家。有个娃娃画了一座房子，门口站了一个人，他说是他婆婆，阿达阿嫫他不画。县上的社工{{compound:澹台知夏}}每个月来做一回家访，跟村上的儿童主任一起走。
访谈者：周末留校的孩子多吗？
受访者：有十几个，屋头没人，或者路太远。礼拜六我带他们洗衣服、打篮球，冬天还带他们去河坝里烤洋芋，礼拜天煮一大锅面，大家围起吃。有个娃娃跟我说，{{han:先老师}}，我觉得学校比屋头好。我听了又高兴又心酸。学校的{{trap/org:乡村少年宫}}礼拜天也开，娃娃们学口弦、学彝绣、学画画。
访谈者：跟家长怎么联系？
受访者：班上有个家长微信群，可好多爷爷奶奶不会用，我就一个一个打电话。{{han:兵娃}}的爷爷{{han:罗德富}}耳朵背，我要扯起喉咙喊，他的电话是{{mobile@plus86spaced}}。{{minority/yi:沙马有格}}的阿达在{{trap/place:东莞}}，电话{{mobile@p86h}}，十回有八回打不通。
访谈者：课上都教些什么？
受访者：语文课讲{{trap/famous:李白}}的《峨眉山月歌》，娃娃们问{{trap/place:峨眉山}}离这里有好远，我说坐车四个钟头，好多娃娃连{{trap/place:乐山}}都没去过。去年我带班上的娃娃去了一趟{{trap/place:沙湾}}，看{{trap/famous:郭沫若}}故居，{{han:罗小兵}}说，原来大人物也是小地方出来的。我还教他们写信，给外头打工的爸妈写，好多娃娃一个字没写，先哭了。
访谈者：登记信息麻烦您说一下。
受访者：学校在{{address:马边彝族自治县高卓营乡新街村1组38号}}，{{han:罗小兵}}家在{{address:高卓营乡大院村3组15号}}，他的身份证{{id_number@my2012hyphen.511133}}。班上的QQ群是我建的，我的QQ{{qq:1508297463}}，{{minority/yi:吉克曲惹}}也有一个，{{qq:39048175}}。我的微信{{wechat:xianmh_gaozhuoying}}。
访谈者：作业本上名字写得怎么样？
受访者：娃娃们爱把名字拆开写，{{spaced:罗 小 兵}}，{{spaced:沙　马　有　格}}，还有把我写成{{spaced:先 明辉}}的。
访谈者：最后您想说什么？
受访者：我就一个愿望，这些娃娃读完初中，莫早早出去打工。能读高中的，我砸锅卖铁也帮他读。上一届有一个考起了{{trap/org:马边中学}}，我高兴得请全班吃了一回{{trap/minority_word:坨坨肉}}。
""")

# H1784: Han shift leader of the yellow-phosphorus shop of the phosphate works in 马边; a Yi worker of his shift died
# in a night-shift accident, and his shift pays into a fund for the children of its workers.
DOCS["H1784"] = ("worker", """\
访谈者：{{han:冉班长}}，您在磷化厂干了多少年了？
受访者：十六年了。我叫{{han:冉耀祖}}，名字是我老汉取的，盼我{{trap/word:光宗耀祖}}。现在是{{trap/org:马边磷化厂}}黄磷车间三班的班长，手下二十三个人，一半是彝族。
访谈者：听说您班上出过事？
受访者：前年腊月，夜班，{{minority/yi:阿侯惹机}}在电炉边上清渣，出了事故，送到{{trap/org:县人民医院}}人就不行了。二十九岁，三个娃娃。那晚是我跟{{han:税建华}}两个把他抬上车的，{{han:税建华}}一路都在喊他的名字。
访谈者：后来呢？
受访者：厂里赔了钱，安全员{{compound:夏侯卫疆}}被撤了职。我心头过不去，天天想，要是那晚我多看一眼……我跟班上的人商量，每个月每人拿一百块，帮{{minority/yi:惹机}}的三个娃娃。他妈{{minority/yi:倮伍么且}}不要，说欠不起人情，我说这不是人情，是兄弟。
访谈者：班上还有别的工人家里困难吗？
受访者：有。{{han:马学兵}}是回族，{{trap/place:昭通}}来的，经名{{minority/hui:阿不都哈里克}}，他女儿{{han:马晓蔓}}脑瘫，十二岁了还不会走路，有残疾证，两项补贴都有。他老婆要在屋头守着娃娃，一家就靠他一个人。{{han:马学兵}}说，等女儿大点要送她去{{trap/org:乐山市特殊教育学校}}。
受访者：{{han:兰志勇}}，离了婚，两个娃娃跟着他，他上夜班的时候娃娃没人管，我就把{{han:兰志勇}}调到了白班。他大儿子{{han:兰浩}}在{{school:马边中学初三4班}}，成绩好，班上的人都说，{{han:兰浩}}要是考起大学，大家凑钱供。
受访者：{{minority/yi:勒尔沙甲}}，彝族，老婆前年得病走了，他阿妈带两个娃娃在{{trap/place:美姑}}。{{minority/yi:沙甲}}一个月寄回去三千，自己住工棚，吃泡面，一件工衣穿三年。
访谈者：厂里有什么帮扶吗？
受访者：工会有困难职工帮扶，一年一两千。工会主席{{han:代秀芝}}每年春节带起米和油上门，娃娃读书的她还帮到申请{{trap/org:总工会}}的助学金。人事科的{{compound:钟离问渠}}帮{{han:马学兵}}把女儿的材料跑齐了，残疾证、低保、补贴一样没落下。
访谈者：您自己家里呢？
受访者：我老婆{{han:冯玉莲}}在厂门口开了个面馆，门口的牌子就写的“{{han:冯玉莲}}面馆”。班上的人下了夜班都去吃，阿侯家的娃娃来了，她一分钱不收。我儿子{{han:冉子豪}}在{{school:民建镇第一小学六年级（1）班}}，他跟阿侯家的大女娃一个年级，两个人在QQ上一起做作业。
访谈者：您班上的人怎么联系？
受访者：班组有个微信群。你看这是排班表：白班{{han:税建华}}、{{han:兰志勇}}、{{han:马学兵}}、{{han:宋明贵}}；夜班是我、{{minority/yi:勒尔沙甲}}、{{han:黄德栓}}、{{han:颜小川}}。{{han:颜小川}}才二十岁，刚从{{trap/place:宜宾}}的技校出来，{{han:黄德栓}}带他。捐款的账是{{han:代秀芝}}记的，大家微信转给她，她的微信是{{wechat:daixz_ghui2019}}。
访谈者：钱是怎么给到孩子们的？
受访者：每个月十号，我跟{{han:税建华}}骑摩托上山，交给{{minority/yi:马海石莫}}，她当到阿嫫的面点清楚，再签字。有时候山上落雪，摩托上不去，就走路，来回七个钟头。{{han:宋明贵}}说我傻，我说，傻就傻，{{minority/yi:惹机}}那晚要是我在他那个位置，他也会这样待我的娃娃。
访谈者：车间的活累不累？
受访者：累，也危险。黄磷要泡在水底下存，一见空气就着火，电炉边上一千多度，夏天进去一趟，衣服拧得出水来。三班倒，夜班最熬人，凌晨三四点眼睛都睁不开。班上好多是山上下来的彝族娃娃，读书少，肯吃苦，我教他们认仪表、写交接班记录，他们教我说彝话。{{trap/minority_word:彝族年}}我们班轮流请假，他们回去杀猪，回来给我带一块腊肉。
访谈者：您觉得这些孩子最缺什么？
受访者：缺大人。钱，政府给一点，我们凑一点，饿不到。可没得爸妈在身边，娃娃心头是空的。我每个月上山，就是要那三个娃娃晓得，他们阿达的兄弟伙还在。
访谈者：厂里现在安全吗？
受访者：好多了。出事以后换了新设备，每班开工前都要点名、查劳保。新来的安全员{{compound:东方晚樵}}天天在车间转，哪个不戴面罩他就扣钱。我们班两年没出过事。
访谈者：登记信息麻烦您说一下。
受访者：厂在{{address:马边彝族自治县劳动镇工业园区磷化路8号}}，我屋在{{address:民建镇桥头街56号附1号}}。{{han:马晓蔓}}的残疾证号就是身份证号，{{id_number@wy2012fw.511133}}。我电话{{mobile@s38}}，班组QQ群是{{han:兰浩}}帮忙建的，我的QQ{{qq:2264739015}}，{{han:兰浩}}的{{qq:１７３０５８４２６}}。
访谈者：名字在表上写错过吗？
受访者：工资表上把我写成{{spaced:冉 耀祖}}，把{{minority/yi:沙甲}}写成{{spaced:勒 尔 沙 甲}}，安全员写成{{spaced:夏侯 卫疆}}。
访谈者：最后还想说什么？
受访者：我只想说，这些娃娃不是哪一家的，是大家的。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1777,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout225",))


if __name__ == "__main__":
    main()
