# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 8 (tests/pii/holdout8/H49-H56 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:佘春艳}}``, ``{{qq:2790316458}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, manchu, uyghur, kazakh, tibetan, salar,
                                   bonan, yugur, hezhe) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013.210422}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 阿訇) and a particle,
pronoun or verb written directly after a name (说, 的, 家, 也, 她, 他们, 那孩子, 一直) are outside the span; a
person named only by surname + title (逄主任, 撒主任, 郗书记) is annotated whole, as in P01-P14.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout8/make_holdout8.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(8_2025_1118)
MINORITY_GROUPS = ("mongolian", "manchu", "uyghur", "kazakh", "tibetan", "salar", "bonan", "yugur", "hezhe")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 120, "han": 60, "spaced": 25, "compound": 20}
GROUP_FLOORS = {"mongolian": 15, "uyghur+kazakh": 15, "manchu": 15, "tibetan": 15, "salar+bonan+yugur+hezhe": 15}

MOBILE_PREFIXES = ["130", "131", "135", "136", "137", "150", "151", "157", "158", "166", "173", "175", "176", "178",
                "181", "183", "187", "191", "198"]


DOCS: dict[str, tuple[str, str]] = {}

# H49: Manchu grandmother, 岫岩 (Anshan); son in prison after a drunken crash, daughter-in-law remarried, two grandchildren.
DOCS["H49"] = ("family", """\
访谈者：大娘，您先说说家里的情况？
受访者：我是满族，娘家是瓜尔佳氏，老辈子改的汉姓关。我叫{{minority/manchu:瓜尔佳·淑云}}，身份证上是{{han:关淑云}}，今年六十八。家在{{address:岫岩满族自治县偏岭镇二道河子村4组31号}}，门前就是{{trap/place:大洋河}}。老头子走了六年了，现在我领俩孙子过日子。
访谈者：孩子爸妈呢？
受访者：儿子{{han:富德林}}，家谱上写的是{{minority/manchu:富察·德林}}，前年喝完酒开三轮子，把人撞了，判了三年半，在{{trap/place:鞍山}}蹲着呢。{{han:富德林}}他打小就犟，谁说也不听。儿媳妇{{han:佘春艳}}是{{trap/place:清原}}的，出事第二年就走了，{{han:佘春艳}}她在{{trap/place:营口}}又成了家，过年给孩子打个电话，号是{{mobile@spaced}}，平常打过去老关机。
访谈者：俩孩子多大了？
受访者：大孙子{{minority/manchu:富察恒宇}}十一，在{{school:偏岭镇中心小学五年级（2）班}}。{{minority/manchu:富察恒宇}}一直闷着，不爱吱声，回家就趴炕上写作业。小孙女小名叫{{minority/manchu:伊尔哈}}，满语是花儿的意思，{{minority/manchu:伊尔哈}}她才七岁，在{{school:二道河子村小学一年级1班}}。学校花名册把她哥打成{{spaced:富 察 恒 宇}}，一个字一个空，班主任{{han:亓凤霞}}老师给改过来了。{{han:亓凤霞}}说小丫头嘴甜，就是夜里老哭，找她妈。
访谈者：平常谁帮您一把？
受访者：西院的{{minority/manchu:钮祜禄·秀珍}}，{{minority/manchu:钮祜禄·秀珍}}家的儿子在县里开出租，常捎我上医院。村里的妇女主任{{minority/manchu:叶赫那拉・玉洁}}，{{minority/manchu:叶赫那拉・玉洁}}一直张罗给俩孩子报困境儿童，表上她签的是{{spaced:叶赫那拉 · 玉洁}}，点两边都空着。镇上管这事的{{han:逄主任}}来过三趟，{{han:逄主任}}说一人一个月能有{{trap/number:一千零五十}}，{{trap/org:岫岩县民政局}}批下来就打卡上。
访谈者：孩子身体咋样？
受访者：大的没啥毛病，小丫头有哮喘，一换季就犯，憋得小脸煞白。村卫生所的{{minority/manchu:赫舍里·春生}}大夫，{{minority/manchu:赫舍里·春生}}半夜也给开门。看病的本子上我的身份证是{{id_number@wy1956spaced.210323}}，大孙子的{{id_number@my2013.210323}}，丫头的{{id_number@wy2017hyphen.210323}}，都是村会计{{minority/manchu:伊尔根觉罗•桂芬}}给抄的，{{minority/manchu:伊尔根觉罗•桂芬}}那字写得板正。
访谈者：孩子们平时玩啥？
受访者：冬天在炕上抓{{trap/minority_word:嘎拉哈}}，我拿猪后腿骨给攒的，染的红。小丫头小时候睡{{trap/minority_word:悠车子}}，现在还吊在房梁上呢。正月二十五{{trap/minority_word:添仓节}}，家家蒸{{trap/minority_word:黏豆包}}，{{minority/manchu:萨克达·阿林}}老爷子领孩子们唱老歌，讲天女{{trap/famous:佛库伦}}吞红果生孩子的古记儿，孩子们听得直瞪眼。
访谈者：还有别的亲戚能搭把手吗？
受访者：俩孩子的老姑{{han:富丽娜}}在{{trap/place:盖州}}，住{{address:盖州市鼓楼街道西城小区8号楼2单元502室}}，{{han:富丽娜}}她一个月给寄五百，微信是{{wechat:fulina_gz0611}}，丫头想她了就拿我手机跟她视频。我自个儿的手机是{{mobile@plain}}，老年机，就能打电话。
访谈者：学校那边还有谁关心孩子？
受访者：县里派下来的社工{{compound:钟离秋实}}，{{compound:钟离秋实}}说大孙子心里有事，得有人陪他唠。跟她一块来的还有{{compound:上官明哲}}，表上签的{{spaced:上官　明哲}}，中间空一大格。大孙子有个QQ，{{qq:2790316458}}，他跟{{compound:上官明哲}}在上头聊，跟我不说的话跟他说。
访谈者：家里日子靠啥？
受访者：靠低保，再就是秋天上山捡榛子、采蘑菇，一年能卖个两三千。村里{{han:郗书记}}给我找了个活儿，在合作社挑{{trap/word:岫玉}}边角料，按斤算钱。{{han:郗书记}}说大娘你别累着，可不累着哪来的钱。俩孩子一年四季的衣裳鞋，开学的书本费，一样也少不了。
访谈者：您最犯愁的是啥？
受访者：愁我这身子骨。腰不行，去年在{{trap/place:本溪}}做的手术，现在挑不了水。我寻思再熬三年，等{{han:富德林}}出来，孩子有爹了，我就能闭眼了。可他出来能不能学好，谁也说不准。大孙子上回去探监，回来一宿没睡，第二天跟我说，奶，我长大不喝酒。我听了心里跟猫挠似的，这孩子才多大点儿，就寻思这些。老话说得好，有苦不怕，就怕没盼头。我现在的盼头，就是这俩孩子。
访谈者：儿子在里头跟家里有联系吗？
受访者：一个月能写封信。信封上他自个儿把名字写成{{spaced:富 德 林}}，一个字隔老远，跟他小时候写作业一个样。管教{{han:栾振国}}警官挺好，{{han:栾振国}}说他在里头表现不赖，兴许能减刑。大孙子回信都是自己写，写完了不让我看，拿饭粒粘上封口。
""")

# H50: Mongolian nurse at a township clinic, 科尔沁左翼中旗 (Tongliao); the children of a herder who died of cancer.
DOCS["H50"] = ("staff", """\
访谈者：您在卫生院干了多少年？
受访者：十九年了。我叫{{minority/mongolian:都兰其木格}}，科尔沁蒙古人，汉名{{han:包秀荣}}，在{{trap/place:舍伯吐}}卫生院当护士。我们这片嘎查的孩子，打预防针、看病，十个有八个是我抱过的。
访谈者：您说的那户人家是什么情况？
受访者：孩子爸叫{{minority/mongolian:孟和吉日嘎拉}}，放牛的，前年查出肝癌，{{minority/mongolian:孟和吉日嘎拉}}他硬挺着不上市里看，拖到最后才去。住院本上名字打成{{spaced:孟 和 吉 日 嘎 拉}}，一个字一个空。人走了，留下俩孩子。孩子妈{{han:韩桂香}}改嫁到{{trap/place:扎鲁特}}去了，{{han:韩桂香}}她也难，后男人不让往回领孩子。
访谈者：孩子现在谁带？
受访者：跟爷爷{{minority/mongolian:那木斯来道尔吉}}过，老爷子七十四了，眼睛有{{trap/word:白内障}}。家在{{address:科尔沁左翼中旗舍伯吐镇哈日乌苏嘎查2组18号}}，三间土房。大小子{{minority/mongolian:和希格巴雅尔}}十二，在{{school:舍伯吐镇蒙古族学校六年级（1）班}}住校，{{minority/mongolian:和希格巴雅尔}}那孩子一直不哭，就是不吃饭，瘦得跟柴火棍似的。小丫头{{minority/mongolian:乌仁高娃}}八岁，{{minority/mongolian:乌仁高娃}}也就到我腰这么高，天天跟着爷爷放牛。
访谈者：孩子的病是您一直在跟吗？
受访者：丫头先天心脏有个孔，得做手术。旗医院的{{compound:万俟秀娟}}大夫给联系的{{trap/org:旗红十字会}}，{{compound:万俟秀娟}}说手术钱能报一大半。还有对口帮扶的广东医生{{han:冼志鹏}}，{{han:冼志鹏}}他们医院有个基金，能再补点。我把丫头的身份证号报上去了，{{id_number@wy2016.150521}}，爷爷的是{{id_number@my1950hyphen.150521}}，小子的{{id_number@my2012fullwidth.150521}}。
访谈者：嘎查里谁帮着照应？
受访者：嘎查达{{minority/mongolian:宝力高}}，{{minority/mongolian:宝力高}}他一礼拜去看一回，给拉过两车玉米秸。会计{{minority/mongolian:包·额尔敦仓}}，户口的事都是{{minority/mongolian:包·额尔敦仓}}跑的。小学的蒙语老师{{han:白金花}}，{{han:白金花}}常给丫头补课。丫头跟同班的{{minority/mongolian:那顺都仁}}好，{{minority/mongolian:那顺都仁}}家也是爹妈在外头打工，俩丫头搭伴放学。
访谈者：孩子们平时有什么乐子？
受访者：老爷子会拉{{trap/minority_word:四胡}}，晚上一拉，俩孩子就趴他腿上听。讲得最多的是{{trap/famous:孝庄}}娘娘，说她就是咱科尔沁的姑娘。过年嘎查里跳{{trap/minority_word:安代}}，小丫头转得最欢。平常吃{{trap/minority_word:炒米}}泡奶茶，一天两顿，肉一个月见不着几回。
访谈者：您怎么跟外头联系这家？
受访者：我给老爷子留了我的手机{{mobile@plus86}}，他有事就让小子打。苏木上的社工{{compound:公孙若愚}}也管这家，{{compound:公孙若愚}}的微信是{{wechat:gongsun_ry2019}}，丫头住院那阵子天天在群里报平安。大小子有个QQ是{{qq:613580247}}，他爸走了以后，他在QQ空间里写日记，{{compound:公孙若愚}}偷着看了，说写得人心疼。
访谈者：孩子妈那边还有来往吗？
受访者：有一回她偷着回来，给丫头买了双皮鞋。签字的时候她写的是{{spaced:韩　桂　香}}，字一个一个隔得老远，手直哆嗦。她现在住{{address:扎鲁特旗鲁北镇团结街道文化小区3号楼1单元201室}}，我去送过一回药，她搂着丫头哭了一下午。临走她说，护士姐，孩子你多看着点。我说你放心，你不说我也看着。
访谈者：这样的孩子在您那儿多吗？
受访者：不少。年轻人都上外头打工了，嘎查里剩下老的小的。东头{{minority/mongolian:阿拉坦花}}家俩孩子，妈跑了，爹在工地摔断了腿，{{minority/mongolian:阿拉坦花}}她是孩子的奶奶，一个人种三十亩地。我们卫生院的院长{{han:吴宝山}}说，这样的户得建个档，{{han:吴宝山}}让我挨家挨户登记，登记完了一共十七个孩子。
访谈者：您自己是怎么想的？
受访者：我也是打小没妈，跟着奶奶长大的，知道那滋味。我们老人说，草场上的孩子是大伙的孩子。我就盼着丫头手术顺当，小子能考上旗里的高中，别跟他爸似的一辈子跟在牛屁股后头转。
访谈者：大小子在学校那边呢？
受访者：学校的学籍系统里，他名字成了{{spaced:和 希 格 巴 雅 尔}}，一个字一个空，老师说系统就那样。生活老师{{han:韩玉梅}}晚上查宿舍，看他蒙着被子哭，{{han:韩玉梅}}就坐在床边陪他，一坐坐到半夜。
访谈者：谢谢您，还有要补充的吗？
受访者：就一句，这些孩子不缺人可怜，缺的是有人长长久久地管。今天来一拨，明天来一拨，拍完照就走了，孩子们心里更空。
""")
# H51: Uyghur grandmother, 和田县 (巴格其镇); her son on dialysis, the daughter-in-law gone, two grandchildren.
DOCS["H51"] = ("family", """\
访谈者：阿娜，您慢慢说，家里几口人？
受访者：我嘛，{{minority/uyghur:帕提古丽·肉孜}}，六十五岁了。家在{{address:和田县巴格其镇阿亚克巴格其村3组27号}}，院子里有一棵老桑树，还有一个{{trap/minority_word:馕坑}}。老头子{{minority/uyghur:司马义·巴拉提}}前些年走掉了。现在家里我一个，两个孙子，还有一个病病的儿子。
访谈者：儿子是什么病？
受访者：尿毒症嘛。儿子{{minority/uyghur:阿卜力克木·司马义}}，以前在{{trap/place:吐鲁番}}开车，挣的钱亚克西。后来腰疼，脸肿掉了，一查就是这个病。现在一个礼拜三次去县医院透析，{{minority/uyghur:阿卜力克木}}他自己骑电动车去，回来就躺下，饭也吃不下。{{minority/uyghur:阿卜力克木}}说，妈妈，我对不起你。我说你说的什么话嘛。
访谈者：孩子妈妈呢？
受访者：媳妇{{minority/uyghur:阿米娜·吾布力}}，离掉了，回{{trap/place:墨玉}}她娘家，又嫁掉了。离婚的纸上写的是{{spaced:阿米娜 · 吾布力}}，点点两边空空的。她也可怜，我不说她坏话。过节的时候她来看孩子，带两个{{trap/minority_word:油塔子}}。
访谈者：两个孩子多大？
受访者：大的巴郎子{{minority/uyghur:麦麦提敏}}，十三岁，在{{school:和田县第二中学初一（5）班}}，本子上写全名{{minority/uyghur:麦麦提敏阿卜力克木}}，点点没有。老师点名单上打成{{spaced:麦 麦 提 敏}}，一个字一个空，{{minority/uyghur:麦麦提敏}}说同学笑他。小的丫头子{{minority/uyghur:布维热比耶}}九岁，在{{school:巴格其镇中心小学三年级（2）班}}，{{minority/uyghur:布维热比耶}}她眼睛不好，戴眼镜，看黑板看不清楚。
访谈者：学校老师怎么样？
受访者：丫头子的老师{{minority/uyghur:再努尔古丽}}，{{minority/uyghur:再努尔古丽}}老师亚克西，下雨天把丫头子送回来。汉族老师{{han:仉晓梅}}教国语，{{han:仉晓梅}}说丫头子写字好看。巴郎子的班主任是{{compound:司空浩然}}，{{compound:司空浩然}}老师说巴郎子数学好，以后能考内地的高中班。大家说这些事{{trap/word:司空见惯}}了，可我们家的巴郎子不一样，他懂事得很。
访谈者：村里谁帮您？
受访者：驻村工作队的{{han:郄建军}}，{{han:郄建军}}队长帮我们办了低保，还有困境儿童的钱，一个孩子一个月{{trap/number:一千一百块}}。村医{{minority/uyghur:艾山江・依明}}，{{minority/uyghur:艾山江・依明}}给儿子量血压，一个礼拜来两次。邻居{{minority/uyghur:吐尔逊阿依买买提}}，{{minority/uyghur:吐尔逊阿依买买提}}她会做{{trap/minority_word:艾德莱斯}}裙子，给丫头子做了一条，丫头子高兴得转圈圈。
访谈者：家里的证件都在谁那里？
受访者：都在{{han:郄建军}}那里复印了。我的身份证{{id_number@wy1959spaced.653221}}，儿子的{{id_number@my1987.653221}}，巴郎子的{{id_number@my2011x.653221}}。我不识字，他念给我听，我记不住。我的电话{{mobile@hyphen}}，巴郎子的电话手表号{{mobile@plain}}。工作队的{{compound:东方晴川}}加了巴郎子的微信，{{wechat:Mmtm_hotan2011}}，给他发学习的东西。
访谈者：孩子们平时做什么？
受访者：礼拜天去{{trap/minority_word:巴扎}}，丫头子要吃烤包子，巴郎子帮我卖核桃。晚上我给他们讲{{trap/famous:毛拉再丁}}的故事，倒骑毛驴的那个，他们笑得肚子疼。{{trap/place:玉龙喀什河}}发水的时候，巴郎子跟着大人去捡石头，说捡到好玉就给爸爸看病。我说傻孩子，玉哪有那么好捡的。
访谈者：您最担心什么？
受访者：担心我走掉了，两个孩子怎么办。儿子的病是看不好的，医生说要换肾，换肾的钱我们哪里有。我的姐姐的女儿{{minority/uyghur:古再丽努尔·阿西木}}在{{trap/place:喀拉喀什}}，说以后孩子她管。{{minority/uyghur:古再丽努尔·阿西木}}自己也有三个孩子，我不好意思。胡达保佑，让我多活几年，看着巴郎子长大。
访谈者：家里的钱够用吗？
受访者：不够嘛。低保一个月几百，透析的钱报一大半，自己还要掏。我在家里打{{trap/minority_word:桑皮纸}}，卖给旅游的人，一张十块。丫头子的作业本上，{{han:仉晓梅}}老师的名字她写成{{spaced:仉　晓　梅}}，一个字空一个，{{han:仉老师}}笑了，说没关系。我的低保本上，名字印的是{{spaced:帕提古丽 · 肉孜}}，点点两边空空的，跟媳妇的一样。
访谈者：孩子们想爸爸妈妈吗？
受访者：想嘛，怎么不想。巴郎子晚上睡觉前去他爸爸屋里看一看，看爸爸睡着了没有，盖好被子再出来。丫头子想妈妈，说妈妈的头发香香的。我老了，头发白了，没有香味了，丫头子还是搂着我睡。院子里的桑树今年结了很多桑子，丫头子爬上去摘，摘下来先给爸爸吃。
""")

# H52: Salar mother, 循化 (街子镇); husband runs a noodle shop in the south and sends little, a sick father-in-law; a Bonan knife-smith uncle in 积石山.
DOCS["H52"] = ("family", """\
访谈者：您先说说自己吧。
受访者：我是撒拉人，经名叫{{minority/salar:赛乃白}}，户口上是{{han:韩秀梅}}。家在{{address:循化撒拉族自治县街子镇三兰巴海村2社15号}}，离{{trap/place:骆驼泉}}走路十来分钟。娃们的阿大{{han:韩乙四夫}}在{{trap/place:厦门}}开{{trap/word:拉面}}馆，{{han:韩乙四夫}}他一年回来一趟，钱么寄得少，店里生意不好。
访谈者：家里几个娃娃？
受访者：三个。大的儿子{{minority/salar:阿卜杜哈力克}}十四，在{{school:循化县第一中学初二（2）班}}，{{minority/salar:阿卜杜哈力克}}他一直说不念了，要跟他阿大去拉面馆。老二丫头{{minority/salar:索菲耶}}十一，{{minority/salar:索菲耶}}她在{{school:街子镇中心学校五年级（3）班}}。尕的一个才四岁，在家里跟着我。学校的表上把娃阿大写成{{spaced:韩 乙 四 夫}}，一个字一个空，{{han:酆丽君}}老师问我这是啥意思，我说就是我们撒拉的名字。{{han:酆丽君}}老师是{{trap/place:陇南}}来的，人好得很。
访谈者：家里还有老人吗？
受访者：公公{{minority/salar:穆罕麦德尔撒}}，七十多了，中风了，半个身子动不了，我天天给他擦身子。{{minority/salar:穆罕麦德尔撒}}年轻时候在{{trap/place:积石峡}}上放过木筏子，说起来还高兴。清真寺的{{minority/salar:苏莱曼}}阿訇常来看他，{{minority/salar:苏莱曼}}给他念经，还给娃娃们讲{{trap/famous:尕勒莽}}牵着白骆驼从{{trap/place:撒马尔罕}}过来的事。
访谈者：谁帮您管娃娃？
受访者：村里的{{han:撒主任}}，{{han:撒主任}}给我们报了困境儿童，说大儿子的书本费能免掉。镇上妇联的{{compound:第五春燕}}，{{compound:第五春燕}}阿姐来过两趟，给丫头带了书包。我的电话是{{mobile@plus86dash}}，她说有啥难处就打给她，她的电话{{mobile@spaced}}，我存在手机上了。丫头有个QQ，{{qq:1846203957}}，跟城里的同学说话用。
访谈者：娘家那边呢？
受访者：我阿舅在{{trap/place:大河家}}，是保安人，打{{trap/minority_word:保安腰刀}}的，经名{{minority/bonan:达乌德}}，户口上叫{{han:妥永福}}。{{minority/bonan:达乌德}}阿舅的刀打得好，刀把上镶银子，一把能卖几百。他家住{{address:积石山保安族东乡族撒拉族自治县大河家镇梅坡村4社9号}}。舅妈{{minority/bonan:努尔妮萨}}，{{minority/bonan:努尔妮萨}}她身体不好，也常给我们拿洋芋。表弟{{minority/bonan:伊德里斯}}跟着学打刀，{{minority/bonan:伊德里斯}}说要收我的大儿子当徒弟。我不愿意，我要娃念书。
访谈者：证件的事办好了吗？
受访者：办了。我的身份证{{id_number@wy1988.632225}}，大儿子的{{id_number@my2010hyphen.632225}}，丫头的{{id_number@wy2013.632225}}，{{han:撒主任}}拿去复印了。阿大那边的店，我也说不清在哪，他微信是{{wechat:Hanyisifu_xm}}，我有事就给他发语音。
访谈者：平时娃们有啥高兴的事？
受访者：{{trap/minority_word:圣纪节}}的时候，炸油香，穿新衣裳，娃们高兴。丫头爱唱{{trap/minority_word:宴席曲}}，跟她阿奶学的，嗓子亮得很。我就盼着大儿子把书念下去，别跟他阿大一样，十几岁就出去揉面，一辈子在外头。娃们没阿大在身边，心里苦，嘴上不说，我看着心疼。
访谈者：公公的病谁在看？
受访者：镇卫生院的{{han:冶秀英}}大夫，{{han:冶秀英}}也是撒拉人，一礼拜来一回，给公公扎针。县医院的{{han:马尕勒}}大夫说公公这个病要长期吃药，一个月药钱四五百。医保本上公公的名字打成了{{spaced:穆罕麦德 尔撒}}，中间空了一格，{{han:马尕勒}}大夫说不影响报销。我白天干地里的活，晚上给公公翻身，一晚上起来三四回，娃娃们作业我也顾不上看，大儿子的作业都是丫头盯着写。
访谈者：大儿子为啥不想念书了？
受访者：他说念书没用，村里念完高中的也是出去开拉面馆，不如早点去挣钱，给家里减轻负担。我跟他说，你阿大就是没念书，才一辈子站在灶台跟前。他不吭声。有一回他半夜偷着给他阿大打电话，说要去{{trap/place:厦门}}，他阿大在电话里把他骂了一顿，说你给我好好念。那是他阿大头一回骂他，骂完了自己在电话那头也哭了。我们家的篱笆楼是他阿爷盖的，娃说等他挣了钱，要把楼重新盖起来，给阿奶住。
访谈者：您自己身体还好吗？
受访者：还行，就是累。早上五点起来做饭，喂牛，收拾公公，送娃娃，下地，晚上再收拾。有时候累得坐下就睡着了。可我不敢病，我病了这一家子就散了。
""")

# H53: Hezhe fisherman's widow, 同江 (街津口); husband drowned on the river, two children, a son at boarding school.
DOCS["H53"] = ("family", """\
访谈者：大姐，您家是哪年出的事？
受访者：前年开江的时候。我们家是赫哲族，打鱼的。我叫{{minority/hezhe:尤克勒·凤琴}}，尤克勒是我们的哈拉，就是老姓，户口上写{{han:尤凤琴}}。家在{{address:同江市街津口赫哲族乡渔业村3组22号}}，出门就是{{trap/place:黑龙江}}。我男人{{minority/hezhe:毕勒达启·长顺}}，汉名{{han:毕长顺}}，那天早上下江起挂网，风大浪大，船翻了，人三天以后才捞上来。
访谈者：他出事时跟谁一起？
受访者：跟他一块下江的是{{minority/hezhe:傅特哈·宝林}}，{{minority/hezhe:傅特哈·宝林}}抱着油桶漂到岸边，捡了条命。后来他上我家磕头，说对不住。死亡证明上，乡里写的是{{spaced:毕勒达启 · 长顺}}，点两边空着，派出所说没事，能用。{{han:毕长顺}}他水性好着呢，可那江开起来不认人。
访谈者：孩子们多大了？
受访者：俩。小子小名{{minority/hezhe:阿吉格}}，赫哲话就是小的意思，学名{{han:毕海涛}}，十三，在{{school:同江市第二中学初一（4）班}}住校，家谱上是{{minority/hezhe:毕勒达启·海涛}}。班主任{{han:訾秀梅}}老师说{{minority/hezhe:阿吉格}}他课上老走神，一到礼拜五就往江边跑。学籍卡上打成了{{spaced:毕 勒 达 启 · 海 涛}}，一个字一个空，连那个点都单着。丫头{{minority/hezhe:莎日尼}}八岁，在{{school:街津口赫哲族乡中心校二年级（1）班}}，{{minority/hezhe:莎日尼}}她胆小，不敢一个人睡，天天搂着我。
访谈者：您现在靠什么过？
受访者：船卖了，网也卖了。我在乡里的鱼皮作坊干活，做{{trap/minority_word:鱼皮衣}}、鱼皮画，卖给游客，一个月{{trap/number:一千八九}}。旅游的时候还给人家做{{trap/minority_word:塔拉哈}}，就是生鱼片拿火燎一燎，拌上野葱。{{trap/minority_word:大马哈鱼}}下来那阵子活多，冬天就没啥活了。
访谈者：谁帮过你们？
受访者：村主任{{minority/hezhe:卢伊勒·德山}}，{{minority/hezhe:卢伊勒·德山}}他给孩子报了事实无人抚养……不对，是困境儿童，说我一个人带也算。边防派出所的{{compound:司马俊峰}}，{{compound:司马俊峰}}每回巡江路过都进屋坐坐，给丫头带本子。乡卫生院的{{han:厍大夫}}给我看腰，{{han:厍大夫}}说是累的。民政那边要证件，我的身份证{{id_number@wy1984.230881}}，小子的{{id_number@my2011spaced.230881}}，丫头的{{id_number@wy2016.230881}}。
访谈者：孩子们有人说说话吗？
受访者：隔壁{{minority/hezhe:葛依克勒・玉霞}}大姨会唱{{trap/minority_word:伊玛堪}}，{{minority/hezhe:葛依克勒・玉霞}}一唱就是一晚上，唱古时候的英雄打妖怪，丫头听着听着就睡着了。大姨还教丫头唱{{trap/famous:乌苏里船歌}}，那是{{trap/famous:郭颂}}唱出名的。{{trap/minority_word:乌日贡}}大会的时候，小子还划过{{trap/minority_word:快马子}}船，拿了第二。
访谈者：亲戚那边呢？
受访者：我妹子{{minority/hezhe:尤克勒·凤霞}}在{{trap/place:佳木斯}}，住{{address:佳木斯市向阳区西林街道光复小区5号楼3单元301室}}，小子放假就上她那儿待几天。我妹子的电话是{{mobile@plus86spaced}}，微信是{{wechat:youfengxia_jms}}。我自己的手机{{mobile@fullwidth}}，前年换的，以前那个掉江里了。小子有QQ，{{qq:902745316}}，他跟他小姨在上头说话。县里来的心理老师{{compound:东方若溪}}也加了他，{{compound:东方若溪}}说孩子心里的疙瘩得慢慢解。
访谈者：您以后有什么打算？
受访者：不让小子打鱼了。他爷爷打鱼，他爹打鱼，打到江里去了。我让他念书，考出去，上{{trap/place:哈尔滨}}也行，上哪儿都行。可他跟他爹一样，看见江就挪不动步。有时候我半夜醒了，听见江上冰裂的动静，咔咔的，心就揪起来。这江养了我们赫哲人多少辈子，也收走了我男人。我们老辈讲，江里有江神，我不信这个，可每年开江的时候，我还是去江边磕个头。
访谈者：学校那边跟您说过啥？
受访者：{{han:訾秀梅}}老师打过好几回电话。她家访那回在我家本子上留了名，写的是{{spaced:訾 秀 梅}}，字跟字隔得挺开。她说小子作文写他爹打鱼，写江上的太阳，写得可好了，拿到县里得了奖。奖状我贴墙上了，小子回来一看，给揭下来塞柜子里了。
访谈者：您想过搬到城里去吗？
受访者：想过，可离不开江。我们赫哲人，离了江就跟鱼离了水一样。再说城里租房子贵，我那点钱不够。丫头说长大了要当老师，回村里教书，教赫哲话。现在会说赫哲话的人没几个了，都是七八十岁的老人。
""")

# H54: Khampa Tibetan village head, 理塘 (禾尼乡); three orphans whose parents died on the road home from the caterpillar-fungus season.
DOCS["H54"] = ("staff", """\
访谈者：村长，您先介绍下村里的情况嘛。
受访者：要得。我叫{{minority/tibetan:格绒泽仁}}，当村长八年了。我们村在山上，一百二十几户，夏天挖{{trap/minority_word:虫草}}，冬天放牦牛。{{minority/tibetan:格绒泽仁}}这个名字，村里有三个，大家都喊我村长，不会搞错。
访谈者：您说的三个娃娃是怎么回事？
受访者：前年六月，娃娃的阿爸{{minority/tibetan:四郎扎巴}}和阿妈{{minority/tibetan:阿珍拉姆}}挖完虫草回来，摩托车在山路上翻下去了，两个人都莫得了。{{minority/tibetan:四郎扎巴}}是我的表弟。三个娃娃，老大{{minority/tibetan:尼玛邓珠}}十四岁，老二{{minority/tibetan:达瓦志玛}}十一岁，老幺{{minority/tibetan:白玛拥措}}才五岁。
访谈者：娃娃们现在谁在管？
受访者：跟奶奶{{minority/tibetan:曲珍卓嘎}}住，{{minority/tibetan:曲珍卓嘎}}七十多了，耳朵背。家在{{address:理塘县禾尼乡然古村2组14号}}。老大{{minority/tibetan:尼玛邓珠}}在{{school:理塘县民族中学初二（2）班}}住校，学籍上打成{{spaced:尼 玛 邓 珠}}，一个字一个空，他自己笑得不得了。老二在{{school:禾尼乡中心小学五年级（1）班}}，{{minority/tibetan:达瓦志玛}}她成绩好，作文写过她阿妈，老师拿去念，全班都哭了。花名册上写的是{{spaced:达瓦 志玛}}，中间空一格。
访谈者：老幺呢？
受访者：{{minority/tibetan:白玛拥措}}小，还没上学，天天跟着奶奶转经。她叔叔{{minority/tibetan:洛绒降措}}在寺里当喇嘛，{{minority/tibetan:洛绒降措}}一个月下山两回，给娃娃们带{{trap/minority_word:酥油}}，帮奶奶打{{trap/minority_word:酥油茶}}。他说等老幺大了，送她去县城念书，不能像她阿妈一样不识字。
访谈者：政府这边帮了些啥子？
受访者：乡上的干部{{minority/tibetan:呷绒翁姆}}跑前跑后，三个娃娃都报了孤儿，一个月一人{{trap/number:一千六百多}}。驻村第一书记{{han:甯志远}}是{{trap/place:雅安}}来的，{{han:甯志远}}给老大联系了{{trap/place:康定}}的一个资助人，一年给三千。支教的老师{{compound:宇文嘉怡}}教老二画画，{{compound:宇文嘉怡}}说这个女娃娃聪明得很。我把娃娃的证件都报上去了，奶奶的身份证{{id_number@wy1951hyphen.513334}}，老大的{{id_number@my2010.513334}}，老二的{{id_number@wy2013spaced.513334}}，老幺的{{id_number@wy2019.513334}}。
访谈者：娃娃们平时怎么联系外面？
受访者：老大有个QQ，{{qq:3318047562}}，在学校机房上。我的手机{{mobile@plain}}，老师有事打给我，我再骑摩托去跟奶奶讲。老二的班主任{{minority/tibetan:泽仁央宗}}，{{minority/tibetan:泽仁央宗}}老师的微信是{{wechat:zryz_litang88}}，她常发照片给我看，老二在学校跳{{trap/minority_word:弦子}}，跳得好看。
访谈者：娃娃们心里怎么样？
受访者：老大不爱说话。{{trap/minority_word:赛马节}}的时候他骑他阿爸的马，跑了第三，下来一个人蹲在草坝子上哭。我没喊他，让他哭。我们理塘人都会背{{trap/famous:仓央嘉措}}那首诗，洁白的仙鹤，把翅膀借给我，不飞远方，到理塘转一转就回来。老大说，阿爸阿妈要是仙鹤就好了，转一转就回来了。我听了，眼泪就下来了。
访谈者：您最担心啥子？
受访者：担心奶奶。奶奶要是走了，三个娃娃就真莫得人了。我跟老婆商量好了，真到那一天，老幺就到我家来。晚上奶奶给娃娃们讲{{trap/famous:阿古顿巴}}的故事，讲他怎么捉弄坏头人，三个娃娃笑成一团，那是一天里最好的时候。
访谈者：娃娃们看病方便不？
受访者：不方便，到县医院要开两个钟头车。老幺去年高原肺水肿，半夜送下去的，县医院的{{han:蒯建平}}医生守了一晚上，{{han:蒯建平}}说再晚一个钟头就危险了。住院单子上把我的名字打成{{spaced:格 绒 泽 仁}}，一个字一个空，护士还问我是不是外国人。我说我是理塘的，土生土长的康巴人。
访谈者：村里像这样的娃娃多不多？
受访者：有几个。有的是阿爸阿妈出去打工了，有的是离婚了，跟着爷爷奶奶。挖虫草那一个多月，大人都上山了，村里就剩下老人和娃娃，学校放虫草假，娃娃们也跟着上山。我跟乡上说了好几回，要办个托管的地方，夏天把娃娃们集中起来，有人看着，有饭吃，乡上说在想办法。我们康巴人讲义气，一家有难，全村帮忙，可光靠帮忙不行，娃娃们要念书，要走出去，要有自己的本事。
""")

# H55: Kazakh herder, 木垒 (英格堡乡); his nephew froze in a blizzard on the spring move, the nephew's widow working in 昌吉, two children left with him.
DOCS["H55"] = ("family", """\
访谈者：大哥，您家现在养多少牲口？
受访者：羊两百来只，马十几匹，牛七八头。我叫{{minority/kazakh:加尔肯·别克波拉提}}，哈萨克，在{{trap/place:英格堡}}的山里放了一辈子羊。冬天在{{trap/minority_word:冬窝子}}，开春就{{trap/minority_word:转场}}，往山上赶。家里的房子在{{address:木垒哈萨克自治县英格堡乡月亮地村3组17号}}，冬天老婆带着娃娃住那里。
访谈者：您说的两个孩子是谁家的？
受访者：是我侄子{{minority/kazakh:叶森别克}}的。前年三月转场，半路上起了{{trap/word:风搅雪}}，{{minority/kazakh:叶森别克}}一个人在后面赶羊，找到他的时候人已经冻硬了，羊也死了一半。他是我大哥的儿子，我大哥走得早，我把他拉扯大的，又看着他走了。{{minority/kazakh:加尔肯}}我这辈子没哭过几回，那回哭了。
访谈者：孩子妈妈呢？
受访者：侄媳妇{{minority/kazakh:巴合提努尔·托列}}，{{minority/kazakh:巴合提努尔}}她去{{trap/place:昌吉}}打工了，在饭馆洗碗，住{{address:昌吉市延安北路街道世纪花园小区6号楼2单元402室}}。她一个女人家，带不了两个娃娃，我说娃娃放我这里。{{minority/kazakh:巴合提努尔}}一个月寄八百，过节回来。她电话{{mobile@plus86}}，有时候打不通，饭馆里忙。
访谈者：孩子们多大？在哪上学？
受访者：男娃{{minority/kazakh:阿斯哈尔}}十二岁，在{{school:英格堡乡寄宿制学校六年级（2）班}}，{{minority/kazakh:阿斯哈尔}}他一礼拜回来一次，一回来就骑马上山，拉都拉不住。学校的单子上写成{{spaced:阿 斯 哈 尔}}，一个字一个空。女娃{{minority/kazakh:加娜尔古丽}}九岁，全名{{minority/kazakh:加娜尔古丽·叶森别克}}，也在那个学校上三年级，{{minority/kazakh:加娜尔古丽}}她爱唱歌，弹{{trap/minority_word:库布孜}}，是她奶奶教的。
访谈者：学校老师怎么说？
受访者：女娃的老师{{minority/kazakh:古丽巴合提・沙肯}}，{{minority/kazakh:古丽巴合提・沙肯}}说女娃想爸爸，画画老画一个骑马的人。男娃的班主任{{han:逯国庆}}是汉族，{{han:逯国庆}}老师家访来过两回，骑着摩托上的山，路上还摔了一跤。他说男娃数学好，就是作文不写，一写就写他爸爸。
访谈者：村里乡里谁在帮？
受访者：村里的主任{{minority/kazakh:马合沙提}}，{{minority/kazakh:马合沙提}}帮我们报了事实无人抚养儿童，一个娃娃一个月{{trap/number:一千二百多}}。乡卫生院的{{han:綦红梅}}大夫，{{han:綦红梅}}每年给娃娃们体检，说女娃有点贫血。县里民政局的{{compound:轩辕志强}}来登记过，表上签的是{{spaced:轩辕 志强}}，中间空着，{{compound:轩辕志强}}说以后每个季度来一趟。
访谈者：证件这些都齐吗？
受访者：齐了。我的身份证{{id_number@my1964.652328}}，男娃的{{id_number@my2012hyphen.652328}}，女娃的{{id_number@wy2015.652328}}。我的手机{{mobile@spaced}}，山上信号不好，要爬到山梁上才能打。男娃有个微信{{wechat:Asihar_mulei12}}，是他妈给弄的，跟他妈视频用。
访谈者：孩子们平时怎么过？
受访者：夏天上山，喝{{trap/minority_word:马奶子}}，吃{{trap/minority_word:奶疙瘩}}，男娃跟着我放羊，女娃跟着她奶奶挤奶。晚上毡房里点上灯，老婆子给娃娃们讲{{trap/famous:霍尔赫特}}的故事，说他是世上第一个弹琴的人，到哪里都躲不开死，最后坐在河上弹琴。女娃听了问，爸爸是不是也在河上弹琴。我不知道怎么回答。
访谈者：您以后有什么打算？
受访者：我老了，六十了，腿也不行了，再放几年羊就放不动了。羊要卖掉一些，给娃娃们存点钱念书。男娃想当兽医，说要给牲口看病，也要给人看病。女娃想当老师。我们哈萨克人说，一个娃娃是一家人的，也是一个阿乌勒的。{{minority/kazakh:叶森别克}}走了，娃娃还有我们，还有整个村子。{{minority/kazakh:马合沙提}}说以后乡里要盖新的寄宿学校，那就好了，娃娃们冬天不用走那么远的路。
访谈者：男娃在学校有要好的人吗？
受访者：有，跟{{han:逯国庆}}老师好。{{han:逯老师}}给他写了一张卡片，上面签名是{{spaced:逯　国　庆}}，一个字空一格，男娃夹在课本里，谁也不让碰。还有个同学{{minority/kazakh:叶尔兰·阿合买提}}，{{minority/kazakh:叶尔兰·阿合买提}}家也在月亮地，俩人放假一块儿骑马。
访谈者：冬天孩子们怎么上学？
受访者：冬天雪大，从冬窝子到学校要骑两个钟头的马。有一年雪没过了马肚子，我把男娃送到学校，回来的路上差点迷了路。现在学校住宿了，一礼拜接送一次，好多了。老婆子每回都给娃娃带一包包子和油饼，让他们在学校饿了吃。
""")

# H56: Han kindergarten teacher, 萨拉齐 (土默特右旗, Baotou); children in her class whose parents are dead, in prison or far away.
DOCS["H56"] = ("staff", """\
访谈者：{{han:邬老师}}，您在幼儿园教了几年？
受访者：十一年了。我叫{{han:邬晓燕}}，土生土长的{{trap/place:萨拉齐}}人，在镇上的幼儿园带大班。我们园里一百八十几个娃娃，家里有难处的，我心里都有个数。
访谈者：您班上有几个这样的孩子？
受访者：五六个。最叫人心疼的是{{minority/mongolian:特日格乐图}}，蒙古族小子，六岁，他妈前年生病没了，他爸{{minority/mongolian:阿木尔巴图}}在{{trap/org:包钢}}上倒班，{{minority/mongolian:阿木尔巴图}}他一倒夜班，娃娃就没人管，跟他奶奶{{minority/mongolian:吉日木图雅}}过。{{minority/mongolian:吉日木图雅}}不大会说汉话，我们园里有事跟她说不清，还得找人翻。花名册上{{minority/mongolian:特日格乐图}}那名字打成{{spaced:特 日 格 乐 图}}，一个字一个空，电脑系统认不了。
访谈者：还有别的孩子吗？
受访者：有个裕固族丫头，叫{{minority/yugur:萨尔吉娅}}，老家是{{trap/place:肃南}}的。她爸{{minority/yugur:贺郎格·苏勒德}}在这边工地上开塔吊，{{minority/yugur:贺郎格·苏勒德}}说贺郎格是他们家的老部落名。她妈{{han:安秀兰}}跟人跑了，{{minority/yugur:萨尔吉娅}}她不哭不闹，就是不跟别的娃娃耍，一个人蹲在墙根底下。报名表上她爸签的是{{spaced:贺郎格 · 苏勒德}}，点两边都空着。
访谈者：汉族孩子里呢？
受访者：{{han:郜永强}}家的小子，{{han:郜永强}}前年打架伤了人，判了五年。娃娃跟他妈{{han:眭丽萍}}过，{{han:眭丽萍}}在超市当收银员，一个月两千多，早上七点就得上班，娃娃六点半就送来，园里门还没开，娘俩就圪蹴在门口等。还有个丫头叫{{han:薛子墨涵}}，四个字的名儿，她爸妈都在{{trap/place:呼市}}打工，跟爷爷{{han:田有才}}过。{{han:田有才}}他老汉七十了，接娃娃骑个三轮，冬天冻得脸红圪蛋蛋的。
访谈者：园里怎么帮这些孩子？
受访者：我们园长{{compound:司马红英}}，{{compound:司马红英}}给这几个娃娃免了伙食费，一个月省下{{trap/number:三百八}}。副园长是满族，叫{{minority/manchu:他塔喇·雅琪}}，{{minority/manchu:他塔喇·雅琪}}她常自己掏钱给娃娃买衣裳。还有个配班老师{{compound:濮阳静怡}}，老家是河南{{trap/place:濮阳}}的，{{compound:濮阳静怡}}跟我轮着给娃娃们洗澡剪指甲。
访谈者：孩子家里的信息都有登记吗？
受访者：有，街道要的。{{minority/mongolian:特日格乐图}}的身份证号{{id_number@my2018.150221}}，{{minority/yugur:萨尔吉娅}}的{{id_number@wy2018hyphen.150221}}，她爸的{{id_number@my1989spaced.620721}}，都在我这儿登着。{{han:眭丽萍}}的电话{{mobile@hyphen}}，{{minority/yugur:贺郎格·苏勒德}}的手机{{mobile@plus86spaced}}。家长群是我建的，我的微信{{wechat:wuxiaoyan_slq}}，QQ是{{qq:1592063847}}。{{han:田有才}}家住{{address:土默特右旗萨拉齐镇新建街道利民小区12号楼3单元602室}}，我去家访过三回。
访谈者：孩子们在园里开心吗？
受访者：开心的时候多。过年园里排节目，我们教娃娃唱{{trap/minority_word:爬山调}}，扭{{trap/minority_word:二人台}}，{{minority/mongolian:特日格乐图}}他还唱了一首蒙古歌，唱得一屋子家长都抹眼泪。中午吃{{trap/word:稍美}}，娃娃们抢着吃。我们班签到表上有家长把我名字写成{{spaced:邬　晓　燕}}，一个字空一格，我都留着，怪好玩的。
访谈者：您最难受的是什么时候？
受访者：接娃娃的时候。别的娃娃都是爸妈来接，这几个娃娃要么爷爷奶奶，要么等到最后没人来。{{minority/yugur:萨尔吉娅}}有一回等到七点，她爸在工地上走不开，我把她领回家吃的饭。她跟我说，{{han:邬老师}}，你能当我妈吗。我说，老师就是你在园里的妈。说完我跑厕所哭了一场。有难处的家长我都让打{{trap/hotline:12356}}，那是心理热线，可人家哪有那个心思打。
访谈者：园里的老师们怎么分工？
受访者：园长管钱，我们管娃娃。园长在补助的表上签名，签成了{{spaced:司马 红英}}，姓和名中间空一格，街道的人还以为是两个人。有时候我也想，我这点力气能帮几个娃娃，可看见娃娃们早上跑进来喊{{han:邬老师}}，又觉得值了。
访谈者：家长们会跟您说心里话吗？
受访者：会。有的家长接娃娃的时候站在门口跟我说半个钟头，说着说着就哭了。我也不会劝，就听着。我们这地方，{{trap/place:阴山}}脚下，{{trap/place:大黑河}}边上，早些年家家种地，现在年轻人都进城了，娃娃们扔给老人。老人心疼娃娃，可管不了学习，也管不了心里头的事。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS)


if __name__ == "__main__":
    main()
