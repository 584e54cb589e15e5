# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 6 (tests/pii/holdout6/H33-H40 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:隋丽娟}}``, ``{{qq:2736491085}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (kazakh, yi, tibetan, ewenki, oroqen, uyghur, xibe,
                                   dongxiang, salar, mosuo, mongolian) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016spaced.623027}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 奶奶, 老爷子) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 她, 他们, 那孩子, 一直) are outside the span;
a person named only by surname + title (仇主任, 葛所长, 解老师, 那警官, 邵科长) or by 小 + surname (小万) is
annotated whole, as in P01-P14.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout6/make_holdout6.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(6_2025_0917)
MINORITY_GROUPS = ("kazakh", "yi", "tibetan", "ewenki", "oroqen", "uyghur", "xibe", "dongxiang", "salar", "mosuo",
                   "mongolian")
# Floors from the brief (minority groups: Ewenki and Oroqen are counted together).
FLOORS = {"minority": 120, "han": 60, "spaced": 25, "compound": 20}
GROUP_FLOORS = {"kazakh": 20, "yi": 20, "tibetan": 20, "ewenki+oroqen": 20}

MOBILE_PREFIXES = ["133", "134", "138", "139", "147", "152", "153", "155", "156", "159", "177", "180", "182", "185",
                "186", "188", "189", "193", "199"]


DOCS: dict[str, tuple[str, str]] = {}

# H33: Oroqen hunter's widow, 鄂伦春自治旗; husband drowned through the river ice, son dead of drink, grandson epileptic.
DOCS["H33"] = ("family", """\
访谈者：大娘，您先说说家里的情况吧。
受访者：我叫{{minority/oroqen:葛瓦依尔·乌娜吉}}，汉名叫{{han:葛秀芬}}，低保本上打的是{{spaced:葛　秀　芬}}，中间空老大。家在{{address:鄂伦春自治旗托扎敏乡希日特奇猎民村2组14号}}，一溜砖房，政府给盖的。老头子{{minority/oroqen:魏拉依尔·塔日恒}}是老猎手，年轻时候背着枪进山，十天半拉月不回来。后来禁猎，枪交上去了，人就蔫了，整天喝{{trap/word:白酒}}。前年开春他骑摩托过{{trap/place:甘河}}，冰没冻实，人掉下去就没上来。
访谈者：家里现在还有谁？
受访者：就我跟俩孙子。儿子{{minority/oroqen:都恩}}也是喝酒喝坏的，肝不行，三十六就走了。儿媳妇{{han:隋丽娟}}是汉族，回{{trap/place:加格达奇}}娘家就没再回来，{{han:隋丽娟}}那边又成了家。大孙女{{minority/oroqen:查拉罕}}十二，小孙子{{minority/oroqen:阿吉布}}八岁，有癫痫，一犯病就抽，嘴里吐白沫，吓死个人。
访谈者：孩子们在哪儿上学？
受访者：{{minority/oroqen:查拉罕}}在{{school:阿里河镇第一小学六年级（2）班}}，住她老姑家，{{address:阿里河镇兴安小区3号楼2单元201室}}。她老姑{{minority/oroqen:魏拉依尔·敖嫩}}在镇上卖山货，{{minority/oroqen:魏拉依尔·敖嫩}}说这丫头贼懂事，一分钱不乱花。学校本本上名字写成{{minority/oroqen:魏拉依尔•查拉罕}}，中间是个大圆点；有张表干脆打成{{spaced:魏 拉 依 尔 · 查 拉 罕}}，一个字一个空，老师念了半天。{{minority/oroqen:阿吉布}}在{{school:托扎敏乡民族学校二年级1班}}，犯了病就得接回来。
访谈者：孩子看病方便吗？
受访者：不方便。乡卫生院看不了，得上{{trap/place:大杨树}}，再不行去{{trap/place:加格达奇}}。旗医院有个大夫叫{{compound:第五建平}}，这个姓我头一回听说，{{compound:第五建平}}说孩子得长期吃药，不能断。药钱一个月好几百，民政上给办了困境儿童，一个月{{trap/number:1050元}}。孙子的身份证号{{id_number@my2017.150723}}，我的是{{id_number@woldspaced.150723}}，办啥都得拿着。
访谈者：谁在帮着您？
受访者：乡里管民政的{{han:莫秀梅}}，也是鄂伦春，嫁到乡里的。{{han:莫秀梅}}说有难处就找她，她电话{{mobile@plain}}，我让孙女存手机里了，微信号是{{wechat:moxiumei_tzm}}。第一书记{{han:仇主任}}从旗里下来的，{{han:仇主任}}隔三岔五来瞅一眼。还有个支教的丫头叫{{compound:钟离晓雯}}，{{compound:钟离晓雯}}教{{minority/oroqen:阿吉布}}认字，有天夜里孩子犯病，她跟我一块儿守到天亮。旗里社工站的{{compound:东方慧敏}}也来过，登记表上签的是{{spaced:东 方 慧 敏}}，我还当是俩人。
访谈者：孩子跟妈妈还联系吗？
受访者：大孙女有个QQ，{{qq:2736491085}}，偷着跟她妈说话，我知道，不拦着，当妈的再咋地也是亲妈。她妈的手机早先是{{mobile@hyphen}}，后来换没换我不知道。小的不记得他妈长啥样，天天跟着他姐睡。
访谈者：村里老人还打猎吗？
受访者：不打了，枪都没了。老头子在的时候，冬天还领孩子进山看狍子蹄印，教他们扎{{trap/minority_word:桦皮船}}、搭{{trap/minority_word:撮罗子}}。老辈人讲{{trap/legend:格帕欠}}的故事，一讲讲半宿，我们管这个叫{{trap/minority_word:摩苏昆}}。现在会讲的就剩{{minority/oroqen:柯尔特依尔·耶尔登}}老爷子了，{{minority/oroqen:柯尔特依尔·耶尔登}}一直说要教孩子们，可孩子们都稀罕看手机。
访谈者：孩子犯病的时候怎么办？
受访者：先掐人中，再打{{trap/hotline:120}}，可救护车从旗里过来得俩钟头。邻居{{minority/oroqen:吴恰尔康·白嘎力}}家有车，{{minority/oroqen:吴恰尔康·白嘎力}}他们家半夜送过好几回。护林员{{minority/oroqen:阿其格查依尔·库纳}}也帮我拉过柴火，护林站的值班表上他写的是{{spaced:阿其格查依尔 库纳}}，中间空一格。村医{{han:关玉林}}会扎针，{{han:关玉林}}家的闺女{{han:关晓芸}}在旗医院当护士，孩子住院都是她照应。
访谈者：村里喝酒的人多吗？
受访者：多。下山定居以后，男人们没了营生，就剩喝。老头子那辈人在{{trap/place:大兴安岭}}里跑惯了，住进砖房跟圈起来似的，一到冬天就闷得慌。我年轻时候穿{{trap/minority_word:狍皮}}袍子，零下四十度也不冷，现在孩子们穿羽绒服，狍皮袍子只有过节才拿出来。旗里组织孩子们去{{trap/place:嘎仙洞}}看过，说是老祖宗待过的地方。我跟孙女说，咱的根在山里，可日子得往前过，不能跟你爷你爸似的，一辈子泡在酒里。
访谈者：乡里对猎民有啥照顾？
受访者：有。房子是政府盖的，看病能报一大块，每年还有猎民补贴。乡里办了个手工坊，教我们这些老娘们儿做桦皮盒子、狍皮手套，卖给旅游的。我手慢，一个月做十来个，能挣几百块，给孩子买本子、买药。夏天{{trap/place:阿里河}}来的游客多，坐着大巴来看篝火，孙女在台上唱鄂伦春的歌，人家给她鼓掌，她回来乐了好几天。
访谈者：您自己身体咋样？
受访者：六十七了，腰不好，眼睛也花。就怕哪天我走了，俩孩子咋整。{{trap/minority_word:古伦木沓节}}那天，{{minority/oroqen:查拉罕}}围着篝火跳舞，跳完跟我说，奶，我长大当大夫，给弟弟治病。我说那你可得好好念书，{{trap/word:毕竟}}得有人供。老头子留下一把猎刀挂墙上，小的老去摸，我说等你长大了给你。
""")

# H34: Ewenki reindeer-herding mother, 敖鲁古雅 (根河); divorced from a violent husband, children boarding in town.
DOCS["H34"] = ("family", """\
访谈者：请您先介绍一下您家。
受访者：我叫{{minority/ewenki:固德林·塔季扬娜}}，山上的人都叫我{{minority/ewenki:塔尼娅}}。我们是使鹿的鄂温克，户口在{{address:根河市敖鲁古雅乡猎民新村6栋2号}}，可一年到头多半住在山上的猎民点，跟着{{trap/minority_word:驯鹿}}走。点上六十多头鹿，是我老妈的，老妈不识字，登记证上填的是我，{{spaced:固德林 · 塔季扬娜}}，点两边还空着。老妈叫{{minority/ewenki:索罗共·叶卡捷琳娜}}，八十一了，还能自己进林子找鹿，找着了就摇{{trap/minority_word:鹿铃}}。
访谈者：孩子们跟着您在山上吗？
受访者：不在，山上没学校，也没信号。老大{{minority/ewenki:达莎}}十四，在{{school:根河市第二中学八年级（4）班}}住校；老二{{minority/ewenki:米沙}}十岁，在{{school:根河市第一小学四年级（1）班}}；老三是丫头，大名{{minority/ewenki:阿纳斯塔西娅}}，小名{{minority/ewenki:娜斯佳}}，六岁，在{{school:好里堡幼儿园大（2）班}}。户口本上写的是{{minority/ewenki:布利托天・阿纳斯塔西娅}}，幼儿园名单打成{{spaced:阿 纳 斯 塔 西 娅}}，老师还以为是外国孩子。
访谈者：孩子们的爸爸呢？
受访者：离了。{{minority/ewenki:布利托天·格里沙}}喝上酒就变个人，砸东西、打人。{{minority/ewenki:达莎}}护着弟弟，挨过他一酒瓶子，头上缝了五针。派出所的{{han:葛所长}}给他下了告诫书，他在上头签的是{{spaced:布利托天 · 格里沙}}，点两边都空着。{{minority/ewenki:格里沙}}现在在{{trap/place:满归}}的林场干活，{{trap/word:索性}}不回来了，手机{{mobile@spaced}}，抚养费一分没给过。
访谈者：孩子们在城里谁照看？
受访者：我妹{{minority/ewenki:固德林·卡佳}}，住{{address:根河市好里堡街道森工小区11号楼1单元502}}。{{minority/ewenki:卡佳}}她自己也有俩孩子，五个孩子挤一屋，打地铺。我一个月下山一趟，背着鹿茸、{{trap/minority_word:列巴}}和蓝莓酱，卖了钱给孩子们交伙食费。{{minority/ewenki:米沙}}他想跟我上山，我说你先把书念了，{{trap/word:何必}}跟我遭这个罪。
访谈者：学校那边怎么样？
受访者：{{minority/ewenki:达莎}}的班主任是{{han:文静}}老师，对孩子上心，{{han:文静}}说孩子作文写得好，写的全是山上的事。心理老师是{{compound:长孙若兰}}，孩子挨打以后不说话，是{{compound:长孙若兰}}一对一陪了她一学期。{{minority/ewenki:达莎}}有扣扣，{{qq:1947302856}}，还有个微信{{wechat:dasha_gh2011}}，在上面给我发语音，我下山才听得着。{{han:文静}}老师的电话{{mobile@plus86}}，{{minority/ewenki:娜斯佳}}发烧那回就是她送的医院。
访谈者：山上的日子怎么样？
受访者：苦，也自在。鹿吃苔藓，得常搬点，一年搬七八回。现在住帐篷，老辈人住{{trap/minority_word:希楞柱}}，拿{{trap/minority_word:桦树皮}}围的。林业局派了个技术员叫{{compound:万俟文博}}，他说这个姓念mò qí，我们念不上来，都叫他{{han:小万}}。兽医{{compound:司马振东}}每年来给鹿打针，他说鹿跟孩子一样，得有人疼。点上还有{{minority/ewenki:卡尔他昆·阿廖沙}}一家，{{minority/ewenki:卡尔他昆·阿廖沙}}他们家的鹿跟我家的混着放。
访谈者：您最担心什么？
受访者：老妈老了，鹿没人接。老二稀罕鹿，可念了书就不一定回山了。还有钱。老大的身份证号{{id_number@wy2011hyphen.150785}}，老三的{{id_number@wy2019.150785}}，都记在本上，{{trap/org:根河市民政局}}的{{han:芦主任}}来点上看过，{{han:芦主任}}说俩孩子能算困境儿童，一人一个月{{trap/number:650块}}。
访谈者：孩子们放假了上山吗？
受访者：上。暑假一放，我下山把三个孩子都接上去。从{{trap/place:好里堡}}开车到点上得四个钟头，最后一段路车进不去，得走，老二背着妹妹，老大拎着米面。到了点上，孩子们跟鹿亲得不行，给每头鹿都起了名，有一头白的叫雪球。夜里小咬多，点上烧湿苔藓熏烟。老妈教丫头们熟皮子、缝鹿皮靴子，教老二看蹄印，说哪头鹿走丢了往哪边找。{{trap/place:激流河}}的水拔凉，孩子们也敢下去。一开学又得下山，老三抱着小鹿不撒手，哭得直抽抽。
访谈者：鹿茸好卖吗？
受访者：能卖点钱，可鹿少了，近亲多，鹿崽子不好养。旅游的人多了，有人牵着鹿让人拍照，一回收{{trap/number:二十块}}。我不爱干这个，鹿不是耍的。老妈说，鹿跟着咱们几百年了，咱得对得起它。
访谈者：老大现在还怕她爸吗？
受访者：怕。她说一闻着酒味儿就心慌。学校给她做过几回心理辅导，好点了。她跟我说，妈，你别跟他复婚。我说不复，打死也不复。现在我们娘几个过得清净，就是钱紧点。
访谈者：孩子们知道自己的老根吗？
受访者：知道。老妈给他们讲山神{{trap/legend:白那查}}，说进山先敬酒。{{trap/famous:迟子建}}写的那本书，老大在学校图书馆借了，看完哭了，说写的就是咱家。{{minority/ewenki:娜斯佳}}最小，一直问啥时候能跟姥姥去喂鹿。我跟她说，等开春鹿下崽的时候就带你上山，山上没电，就一块太阳能板，晚上亮一盏灯，你可别嫌黑。
""")

# H35: Tibetan grandmother, 夏河 (Gannan); son killed on the road selling caterpillar fungus, granddaughter's heart.
DOCS["H35"] = ("family", """\
访谈者：阿奶，您先说说家里的情况。
受访者：我叫{{minority/tibetan:周毛吉}}，今年七十一了，家在{{address:夏河县桑科镇加格村二社17号}}，草场上放着四十几头牦牛。儿子{{minority/tibetan:尕藏东智}}前年挖了虫草，开车去{{trap/place:合作}}卖，路上翻到沟里，人没了。死亡证明上名字打成{{spaced:尕 藏 东 智}}，一个字一个空，保险公司说对不上，又跑了三趟。儿媳妇{{minority/tibetan:拉毛卓玛}}在{{trap/place:兰州}}的宾馆洗床单，一年回来一趟。
访谈者：家里几个娃娃？
受访者：三个。大孙子{{minority/tibetan:完么才旦}}十二，在{{school:拉卜楞镇第二小学六年级（2）班}}，学校的本子上写成{{spaced:完么 才旦}}，中间空一格；孙女{{minority/tibetan:李毛措}}九岁，心脏不好，在{{school:桑科镇中心小学三年级1班}}；尕孙子{{minority/tibetan:久美多杰}}五岁，在家里跟着我。{{minority/tibetan:李毛措}}她名字头一个字是李，汉族老师当她姓李，喊她“{{minority/tibetan:毛措}}”。
访谈者：孙女的心脏看过吗？
受访者：看过。{{trap/place:夏河}}的医院看不了，藏医院的{{minority/tibetan:尼玛}}大夫给开了藏药，说还是得去兰州开刀。兰州的大夫是{{compound:尉迟慧琳}}，{{compound:尉迟慧琳}}说娃娃的病能治，先心病有救助，钱报了一大半。医院的单子上孙女写成{{spaced:李　毛　措}}，中间空着大格。娃娃的身份证号{{id_number@wy2016spaced.623027}}，我让{{minority/tibetan:完么才旦}}抄在经书的夹页里。我的是{{id_number@wy1954.623027}}，低保折子上也是这个。
访谈者：娃娃们的阿妈常回来吗？
受访者：不常。{{minority/tibetan:拉毛卓玛}}在那边住{{address:兰州市城关区雁滩街道南河小区8号楼3单元602室}}，跟人合租。她的电话{{mobile@fullwidth}}，晚上才接。娃娃们想她了，大孙子就拿我的手机给她发视频。他自己有个QQ，{{qq:3185047296}}，是学校的{{han:解老师}}教他弄的。
访谈者：学校的老师怎么样？
受访者：好得很。{{han:解老师}}是{{trap/place:临夏}}人，说娃娃数学攒劲，就是不爱言传。{{han:解老师}}的微信号是{{wechat:xielaoshi_lbl}}，有啥事她在上面说。还有个支教的小伙子叫{{compound:公冶明远}}，从{{trap/place:天水}}来的，周末给娃娃们补课。{{trap/word:解放}}前我们这儿没有学校，现在娃娃们都念书，没麻达。
访谈者：村里谁帮着您？
受访者：村支书{{minority/tibetan:更登嘉措}}，他给我们报了低保，电话{{mobile@plus86}}写在我家门板上。镇上的干部{{minority/tibetan:道吉才让}}管困境儿童，{{minority/tibetan:道吉才让}}说一个娃娃一个月有{{trap/number:一千二}}。侄子{{minority/tibetan:贡保扎西}}在{{trap/place:拉卜楞寺}}当{{trap/minority_word:阿卡}}，{{minority/tibetan:贡保扎西}}也常来，帮我挤奶、打酥油。邻居是东乡族，开铺子的{{minority/dongxiang:伊斯哈格}}，汉名叫{{han:马正清}}，{{han:马正清}}他们家的三轮车送孙女去过好几回医院。他媳妇{{minority/dongxiang:海迪彻}}给娃娃们缝过棉袄。
访谈者：您一个人带三个娃娃，累吗？
受访者：累也得带。早上起来先{{trap/minority_word:煨桑}}，再烧茶、拌{{trap/minority_word:糌粑}}，娃娃们吃了上学。{{minority/tibetan:久美多杰}}一直跟着我转经，转一圈一个钟头。我腿不好，{{han:康大夫}}说是风湿，叫我少去河边。他在镇卫生院，汉族，藏话说得比我孙子还好。
访谈者：冬天草场上怎么过？
受访者：冷得很，零下二十几度。牛粪饼子得提前攒，垒成墙。尕孙子跟着我捡牛粪，小手冻得通红。牦牛要是冻死一头，一年的钱就没了。去年雪大，镇上送来了草料和面粉，{{trap/org:夏河县民政局}}的人还给娃娃们送了棉鞋。我们吃的是{{trap/minority_word:曲拉}}、酥油、牦牛肉，菜少得很，娃娃们在学校才吃得上青菜。
访谈者：娃娃们会说藏话吗？
受访者：会。家里说藏话，学校里学汉话、学藏文。大孙子能写藏文了，晚上给我念经书上的字，我听着心里亮堂。老人们讲，{{trap/place:大夏河}}的水是从雪山上下来的，喝了这水的娃娃有福气。
访谈者：娃娃们的阿爸走的时候，娃娃们知道吗？
受访者：知道。那些天家里来了好多人，寺里的阿卡们来念经，念了四十九天。大孙子一句话也不说，半夜起来坐在门口。孙女那时候小，天天问阿爸啥时候回来，现在她不问了，给阿爸点酥油灯。我跟娃娃们说，阿爸去了好地方，你们好好的，他就高兴。
访谈者：娃娃们的将来呢？
受访者：我不识字，就想娃娃们念书。{{minority/tibetan:完么才旦}}说长大当老师，{{minority/tibetan:李毛措}}说要当大夫，给阿奶看腿。{{trap/minority_word:香浪节}}的时候一家人去草滩上搭帐篷，娃娃们跳{{trap/minority_word:锅庄}}，我给他们讲{{trap/legend:格萨尔}}的故事。那时候我就想，他们的阿爸要是还在多好。我老了，就盼着看见大孙子考上学，看见孙女的病好利索。低保本上我的名字打成{{spaced:周 毛 吉}}，可我自己一个字也不认得。
""")

# H36: Kazakh boarding-school teacher, 特克斯 (Ili); imprisoned father, a girl pulled out to be married, herders' children.
DOCS["H36"] = ("staff", """\
访谈者：请您介绍一下您的学校。
受访者：我叫{{minority/kazakh:阿依努尔·赛力克}}，哈萨克族，在{{trap/place:特克斯}}县喀拉达拉镇的寄宿制学校教语文，当了十六年班主任。学生一大半是牧民的孩子，爸妈夏天上{{trap/place:喀拉峻}}放牧，孩子全托在学校，一个月回一次家。
访谈者：班上有哪些困难的孩子？
受访者：{{minority/kazakh:叶尔达吾列提}}，十三岁，在{{school:喀拉达拉镇寄宿制学校七年级（2）班}}。他爸{{minority/kazakh:胡安德克}}打架伤人判了五年，妈妈回了{{trap/place:昭苏}}娘家，他跟着奶奶{{minority/kazakh:库兰}}。答题卡上要写全名{{minority/kazakh:叶尔达吾列提·胡安德克}}，格子写不下；报名系统里又被人打成{{spaced:叶 尔 达 吾 列 提}}，一个字一个空格，分数差点对不上。
访谈者：奶奶能照顾他吗？
受访者：{{minority/kazakh:库兰}}七十多了，住{{address:特克斯县喀拉达拉镇琼库什台村4组7号}}，冬天一个人烧炉子。孩子周末回去劈柴、挑水，礼拜天晚上再走二十里回学校。奶奶的身份证号{{id_number@wold.654027}}，孩子的是{{id_number@my2012hyphen.654027}}，申请补贴的时候我都复印了。
访谈者：还有别的孩子吗？
受访者：{{minority/kazakh:加依娜古丽}}，十五岁。去年她爸{{minority/kazakh:托合塔尔}}要让她退学嫁人，说彩礼都收了。我跟校长{{han:雷振华}}去了她家三趟，又叫了派出所的人，{{han:雷振华}}说这是犯法的，她爸才松了口。学籍卡上她是{{minority/kazakh:加依娜古丽•托合塔尔}}，中间一个黑圆点。现在她在{{school:特克斯县第一中学初三（4）班}}，想考{{trap/place:伊宁}}的卫校。她有个qq，{{qq:2648193057}}，不想嫁人的事就是在上面跟我说的。
访谈者：牧民的孩子想家吗？
受访者：想。{{minority/kazakh:别克扎提}}和{{minority/kazakh:阿克达娜}}是兄妹，{{minority/kazakh:别克扎提}}他们兄妹俩有时候两个月见不着爸妈。{{minority/kazakh:阿克达娜}}那孩子夜里哭，宿管{{minority/kazakh:沙勒塔纳特}}就抱着她睡。花名册上哥哥写成{{spaced:别克扎提 ・ 哈依拉提}}，点两边空着，{{minority/kazakh:哈依拉提}}是他们爸爸。{{minority/kazakh:哈依拉提}}的手机{{mobile@plus86dash}}，山上信号时有时无。
访谈者：学校怎么跟家长联系？
受访者：建了群。{{minority/kazakh:沙勒塔纳特}}的微信号{{wechat:saltanat_tks}}，家长有事先找她。我的VX是{{wechat:aynur_kldl76}}。援疆来的{{compound:欧阳明轩}}教数学，还有{{compound:公孙婉清}}教音乐，他说孩子们算数快，就是汉语的应用题看不懂。广西来的{{han:覃老师}}教英语，{{han:覃老师}}的电话{{mobile@spaced}}，孩子们都叫她“英语妈妈”。
访谈者：孩子们的汉语怎么样？
受访者：刚来的时候一句汉语不会，现在都能说。一开始有孩子把“爸爸”写成“巴巴”，我笑，他们也笑。今年班上三个孩子去县里参加演讲比赛，那个想考卫校的女孩拿了二等奖，她现在住她姑姑家，{{address:特克斯县特克斯镇乌孙路社区12号楼3单元301}}，离一中近。我跟家长们说，学好了汉语，孩子们才能走出去，走出去了再回来，草原才有人管。
访谈者：寄宿制学校一天怎么过？
受访者：早上七点起床，跑操，吃早饭，晚上九点半熄灯。一个宿舍住十二个孩子，上下铺。小的刚来不会叠被子，夜里尿床，生活老师半夜起来换床单。冬天{{trap/place:特克斯河}}边上风大，宿舍里有暖气，比牧场上的毡房暖和。周五下午家长骑摩托来接，一辆摩托坐三个孩子，我看着都害怕。县城就是{{trap/place:八卦城}}，街道是圆的，孩子们头一回进城都迷路。一到春天转场，好几个孩子请假跟家里赶羊，我得一家一家打电话，把他们叫回来。
访谈者：您自己的孩子呢？
受访者：我儿子在{{trap/place:石河子}}上大学，学农业。他小时候也住校，我在别的学校当老师，一个礼拜才见他一回。所以我知道这些孩子心里是什么滋味。
访谈者：有没有孩子让您特别担心？
受访者：{{minority/kazakh:佳娜尔}}，九岁，耳朵听不清，在{{school:喀拉达拉镇寄宿制学校三年级（1）班}}。她妈走了，爸爸{{minority/kazakh:木拉提别克}}在{{trap/place:阿拉山口}}开大车。{{minority/kazakh:佳娜尔}}一直坐第一排，老师说话她看嘴。她爸说攒够了钱给孩子配助听器。体检表上把她写成{{spaced:佳　娜　尔}}，全角的空格。
访谈者：孩子们平时有什么乐子？
受访者：弹{{trap/minority_word:冬不拉}}。放了暑假回到牧场，骑马玩{{trap/minority_word:姑娘追}}，看大人{{trap/minority_word:叼羊}}。学校早饭是{{trap/minority_word:馕}}和奶茶，孩子们吃得香。我常给他们念{{trap/historical:阿拜}}的《箴言》，他说人要学知识、学手艺。{{minority/kazakh:叶尔达吾列提}}说他以后要当律师，给他爸那样的人说话。
""")

# H37: Yi social worker, 宁蒗 (Lijiang); an imprisoned father, a girl promised for a bride price, an orphan, a Mosuo girl.
DOCS["H37"] = ("staff", """\
访谈者：请您先说说您的工作。
受访者：我叫{{minority/yi:俄底阿果}}，彝族，在宁蒗县社工站干了四年。我们这儿是{{trap/place:小凉山}}，山高路远，困境儿童一个乡就有几十个。我一个月要跑十几个村子，骑摩托，路烂得很，雨季常常整不过去。登记表上他们把我写成{{spaced:俄　底　阿　果}}，全角的空格。
访谈者：您跟的个案里，哪个最难？
受访者：{{minority/yi:沙马尔布}}，十一岁。他阿达{{minority/yi:沙马拉哈}}贩毒判了十年，阿妈{{minority/yi:阿苏莫色}}改嫁去了{{trap/place:盐源}}，娃娃跟着奶奶{{minority/yi:金古么么}}，家在{{address:宁蒗县跑马坪乡沙力村委会大村小组15号}}。{{minority/yi:金古么么}}不会说汉话，我去了就坐在火塘边给她翻译。学校花名册上把娃娃写成{{spaced:沙 马 尔 布}}，四个字隔开，资助款打不进去，我跑{{trap/org:县教育局}}改了两回。
访谈者：这个孩子现在怎么样？
受访者：{{minority/yi:沙马尔布}}在{{school:跑马坪乡中心完小五年级（3）班}}，住校。同学笑他阿达是坐牢的，他跟人打了好几架。班主任{{han:潘国强}}说娃娃聪明，就是心里憋着火。{{han:潘国强}}他们学校有个支教老师叫{{compound:澹台若曦}}，{{compound:澹台若曦}}每周跟他谈一回，还教他吹{{trap/minority_word:口弦}}。娃娃的身份证号{{id_number@my2014.530724}}，奶奶的{{id_number@woldx.530724}}，办事实无人抚养要用。{{minority/yi:沙马拉哈}}在里头来过一封信，说对不起娃娃。
访谈者：还有别的个案吗？
受访者：{{minority/yi:吉克石呷}}，十四岁。她阿达{{minority/yi:吉克伍各}}要把她嫁出去，彩礼说好了{{trap/number:十八万}}。我跟派出所的{{han:区警官}}一起去的，{{han:区警官}}这个姓念ōu，不念qū。{{minority/yi:吉克伍各}}先是骂我们，后来才答应让娃娃回学校。现在{{minority/yi:吉克石呷}}在{{school:宁蒗县民族中学初二（7）班}}，一直住校，周末也不敢回家。她妹妹{{minority/yi:吉克阿芝}}十岁，跟着她。县里的表上把姐姐写成{{spaced:吉克 石呷}}，中间空了一格。
访谈者：山里的娃娃怎么跟您联系？
受访者：有手机的不多。{{minority/yi:吉克石呷}}借宿舍同学的手机登Q号，{{qq:1739462058}}，有事就给我留言。我的电话{{mobile@plain}}，贴在每家的门板上。我的微信号是{{wechat:edi_aguo93}}，家长们加了也不大会用。
访谈者：还有孤儿吗？
受访者：有。{{minority/yi:阿侯约达}}，父母都是生病走的，他跟着叔叔{{minority/yi:阿侯克惹}}，住{{address:宁蒗县西川乡瓦尔村委会阿依小组22号}}。{{minority/yi:阿侯克惹}}家里也穷，娃娃冬天只有一双胶鞋。去年县上的爱心人士送来了棉衣，{{minority/yi:阿侯约达}}舍不得穿。村里的名单上写的是{{spaced:阿侯 约达}}。
访谈者：这边吸毒的问题还多吗？
受访者：比前些年少多了。前些年好多年轻人出去打工，沾上了毒，回来就家破人亡，留下的娃娃最可怜。现在{{trap/org:县禁毒办}}天天宣传，村里有禁毒协会，家支里的老人出来说话，谁家沾毒，整个家支都丢脸。我们跟学校一起给娃娃们上禁毒课，一年上了{{trap/number:两百多节}}。娃娃们在学校吃营养餐，早上一个鸡蛋，中午有肉，个子比前几年高了一截。
访谈者：娃娃们放假了做什么？
受访者：放牛、放羊、背柴、挖洋芋，能干的活都干。暑假我们在村里办夏令营，教娃娃们画画、唱歌，昆明的大学生也来当志愿者。娃娃们最喜欢跳{{trap/minority_word:达体舞}}，一跳就是一晚上，跳得板扎得很。
访谈者：永宁那边呢？
受访者：那边摩梭人多，情况不一样。我同事{{minority/tibetan:格茸此里}}是{{trap/place:迪庆}}的藏族，{{minority/tibetan:格茸此里}}负责{{trap/place:永宁}}。他跟的一个摩梭小姑娘叫{{minority/mosuo:达史拉措}}，阿妈{{minority/mosuo:独支玛}}在丽江打工，娃娃跟着舅舅过。{{minority/mosuo:达史拉措}}她说想跟阿妈去{{trap/place:泸沽湖}}边上开客栈。
访谈者：您为什么当社工？
受访者：我自己也是留守娃娃。小时候阿达阿妈去{{trap/place:昆明}}打工，我跟着奶奶，十二岁才头一回坐班车进县城。大学学的社会工作，毕业那年县里招社工，我就回来了。我跟娃娃们说，我能走出去，你们也能，走出去了，还要回来。
访谈者：您自己怎么看这份工作？
受访者：累，也值。我说彝话，娃娃们就信我，老人们也肯跟我说心里话。有时候走到半路下大雨，我就在人家屋里住一晚，听老人讲古，第二天接着走。我们老人讲{{trap/legend:石尔俄特}}找阿达的故事，娃娃们听了，说他们也要去找阿达。我们站里就四个人，一人管两三个乡，车是站长自己的。站长{{compound:司徒文斌}}说，{{trap/minority_word:苏尼}}给人驱病，我们给娃娃们驱心里的病。过年的时候我带了{{trap/minority_word:荞粑粑}}去奶奶家，娃娃说{{trap/word:吉利}}，明年要考第一。
""")

# H38: Uyghur neighbourhood cadre, 哈密 (伊州区); a widow's three children, a father in drug rehabilitation, a Kazakh family.
DOCS["H38"] = ("staff", """\
访谈者：请您介绍一下您的社区。
受访者：我叫{{minority/uyghur:古再丽努尔·沙吾提}}，维吾尔族，在{{trap/place:哈密}}伊州区一个社区当居委会主任。社区里维吾尔族、汉族、哈萨克族、回族都有，一千八百多户，登记的困境儿童十七个。
访谈者：哪家的情况最让您操心？
受访者：{{minority/uyghur:热孜宛古丽}}家。她男人{{minority/uyghur:麦麦提依明}}前年心脏病走了，留下三个孩子：大儿子{{minority/uyghur:伊力亚尔}}十三，二丫头{{minority/uyghur:祖丽胡玛尔}}十岁，最小的{{minority/uyghur:艾合买提江}}六岁。{{minority/uyghur:热孜宛古丽}}她在巴扎上卖{{trap/minority_word:烤包子}}，一天挣不了几个钱。家住{{address:哈密市伊州区东河街道团结路社区3巷28号}}，老房子，冬天漏风。去年秋天社区找了几个志愿者，给她家换了窗户、糊了墙，孩子们帮着搬砖和泥，干得可起劲了。她说这辈子没想到有人来帮她修房子，拉着我的手哭了半天。
访谈者：孩子们上学怎么样？
受访者：{{minority/uyghur:伊力亚尔}}在{{school:哈密市第八中学七年级（3）班}}，爱踢球。学籍上写全名{{minority/uyghur:伊力亚尔•麦麦提依明}}，有张表又打成{{spaced:伊力亚尔 • 麦麦提依明}}，点两边空着。班主任{{han:常青}}是男老师，{{han:常青}}说这巴郎子脑子快。{{minority/uyghur:祖丽胡玛尔}}在{{school:伊州区第五小学四年级2班}}，名字长，老师在作业本上写成{{spaced:祖　丽　胡　玛　尔}}，一个字占一格。
访谈者：家里的收入呢？
受访者：低保一个月{{trap/number:七百多}}，加上孩子们的补贴。社区民警{{han:那警官}}帮她申请过临时救助，{{han:那警官}}说手续他来跑。她的身份证号{{id_number@wy1986.650502}}，她不认汉字，表都是我替她填。她的手机{{mobile@spaced}}，白天在巴扎上听不见。
访谈者：还有哪些家庭？
受访者：{{minority/uyghur:帕尔哈提}}家。{{minority/uyghur:帕尔哈提}}吸毒，送去强制隔离戒毒了，老婆跑了，丫头{{minority/uyghur:阿迪莱}}跟着爷爷{{minority/uyghur:吐尔地阿洪}}。老人八十了，耳朵背，孩子放学回来先给爷爷做饭。{{minority/uyghur:阿迪莱}}一直说她不想长大，长大了就得离开爷爷。她有个企鹅号{{qq:962184375}}，晚上在上面跟我说话。
访谈者：社区里的哈萨克族家庭呢？
受访者：有一家从{{trap/place:巴里坤}}搬来的，男人{{minority/kazakh:努尔江·叶尔肯}}在工地上摔断了腿，{{minority/kazakh:努尔江·叶尔肯}}他们家三个孩子，住{{address:伊州区丽园街道光明路社区7号楼2单元102室}}，老大{{minority/kazakh:阿依别克}}十五岁就辍学去洗车。网格员{{han:冀红梅}}跟我去劝了好几回，{{han:冀红梅}}家的儿子跟{{minority/kazakh:阿依别克}}以前是同班。登记簿上她的名字签成{{spaced:冀 红 梅}}。
访谈者：社区里都有谁在做这些事？
受访者：网格员还有{{han:鲍晓东}}，{{han:鲍晓东}}那边管东片。我同事{{compound:濮阳丽娜}}是社工，从{{trap/place:西安}}来的，她每周给孩子们上心理课，她的vx是{{wechat:puyang_lina}}。律师是{{compound:上官子豪}}，帮孩子们打过抚养费的官司。社区医生{{han:庞新民}}说{{minority/uyghur:艾合买提江}}贫血，他每个月给孩子送铁剂。
访谈者：你们是怎么发现这些孩子的？
受访者：入户。社区分了八个网格，网格员每个月每家都要走一遍，谁家孩子没上学，谁家大人住院了，谁家吵架了，都要记下来。有时候是学校报上来，有时候是邻居来说。哈密人热心，一条巷子里谁家有事大家都知道。夏天葡萄架底下，老人们喝茶，孩子们写作业；{{trap/minority_word:哈密瓜}}熟了，邻居们就往困难的孩子家里送。冬天我们给每家送煤，{{trap/org:街道办事处}}再给孩子们买羽绒服。
访谈者：你们怎么跟孩子们联系？
受访者：大儿子有个QQ号{{qq:3029571846}}，他说有事找我比找他妈方便。{{han:冀红梅}}的微信号{{wechat:jihongmei_hm}}，家长们有事先找她。我们还有个{{trap/org:社区儿童之家}}，放学后孩子们在那儿写作业。
访谈者：孩子们的学习谁辅导？
受访者：社区有个四点半课堂，大学生志愿者、退休老师轮着来，带头的是师范学院的大学生{{han:蒋雨欣然}}，{{han:蒋雨欣然}}她自己也是在这个社区长大的。夏天哈密热得很，四十度，孩子们在活动室里写作业，有空调。冬天放了假，我们带孩子们去{{trap/place:天山}}脚下滑雪，有的孩子长这么大没出过伊州区，第一次看见那么大的雪山，高兴得直叫。我们还跟{{trap/org:区图书馆}}借了两百本书，放在活动室里，谁都能拿回家看，看完了再还回来。
访谈者：有高兴的事吗？
受访者：有。{{trap/minority_word:肉孜节}}的时候社区办{{trap/minority_word:麦西来甫}}，孩子们跳舞，{{minority/uyghur:祖丽胡玛尔}}跳得最好，大家都说{{trap/minority_word:亚克西}}。我给他们讲{{trap/historical:麻赫穆德·喀什噶里}}编词典的故事，说他走了好多地方，学了好多话，孩子们说他们也要走出去。
""")

# H39: Xibe mother, 察布查尔; husband paralysed by a stroke, her sister's abandoned son, Kazakh neighbours.
DOCS["H39"] = ("family", """\
访谈者：请您先说说家里的情况。
受访者：我叫{{han:佟桂香}}，锡伯族，家在{{address:察布查尔锡伯自治县纳达齐牛录乡纳达齐村2组31号}}。我们锡伯人是{{trap/historical:乾隆}}年间从{{trap/place:盛京}}西迁过来的。我男人{{han:吴振江}}跑长途，前年在{{trap/place:霍尔果斯}}口岸卸货的时候中了风，半边身子动不了。家谱上他写的是{{minority/xibe:吴扎拉·乌尔衮}}，他爷爷起的；残疾证上又打成{{spaced:吴 振 江}}，一个字一个空。
访谈者：家里几个孩子？
受访者：两个，还有个外甥。闺女{{minority/xibe:伊兰珠}}十四，在{{school:察布查尔县第一中学八年级（3）班}}；儿子{{minority/xibe:富勒浑}}十岁，在{{school:纳达齐牛录乡中心小学四年级2班}}。上学用汉名，闺女叫{{han:吴佳琪}}，儿子叫{{han:吴佳诚}}，在家叫锡伯名。外甥{{han:郭子墨}}九岁，他爸妈离了，谁也不要，就放我这儿了。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来也得顾。地里种着二十亩水稻，我阿玛{{minority/xibe:安佳·托克托布}}七十了，还帮我放水。{{minority/xibe:安佳·托克托布}}年轻时候射箭，现在在乡里教孩子们，儿子也跟着学，手上磨的全是茧子。春天放水、夏天拔草、秋天收割，样样离不开人，农忙的时候我一天睡不了五个钟头。孩子们放了学也下地，闺女给我送饭，儿子赶鸭子，外甥跟在后头捡稻穗。
访谈者：您丈夫现在怎么样？
受访者：在家躺着，话也说不清。{{han:吴振江}}说他成了废人，拖累一家子，有回把药都扔了。康复科的{{han:永红梅}}大夫每礼拜来扎针，{{han:永红梅}}说好好练能拄拐走。他的身份证号{{id_number@my1979spaced.654022}}，残疾证下来了，二级。
访谈者：外甥那边谁管？
受访者：他妈是我妹妹{{han:佟桂芳}}，在{{address:霍尔果斯市亚欧北路街道丝路小区6号楼2单元301室}}打工，跟了个新的，说孩子跟着不方便。{{han:佟桂芳}}那边一个月给五百，有时候也不给，表上她签的名是{{spaced:佟　桂　芳}}。孩子他爸{{han:郭建业}}在{{trap/place:奎屯}}，电话打不通，原来的号是{{mobile@plus86spaced}}。{{trap/org:乡妇联}}的{{han:扎春林}}来过，{{han:扎春林}}说这种情况能报事实无人抚养。外甥的身份证号{{id_number@my2016fullwidth.654022}}。
访谈者：孩子们在学校怎么样？
受访者：{{minority/xibe:伊兰珠}}学习好，班主任是{{compound:独孤婉婷}}，{{compound:独孤婉婷}}说她作文拿过奖。{{minority/xibe:伊兰珠}}她有个Q号{{qq:2381956047}}，还有威信{{wechat:ilanju_2011}}。{{han:郭子墨}}他在学校不说话，老师{{han:何佳慧}}找我谈过，说孩子画画老画一个人。{{han:何佳慧}}的电话{{mobile@hyphen}}，微信号就是她手机号。
访谈者：家里的开销怎么办？
受访者：二十亩地一年能收{{trap/number:两万来块}}，他爸有残疾补贴，两个孩子和外甥都报了困境儿童。药钱贵，降压药加康复一个月就得八九百。乡里给报了低保，{{trap/org:县残联}}送了个轮椅。我晚上去镇上的饭馆洗碗，挣点零花，就想让孩子们{{trap/word:安心}}念书。闺女拿了奖状回来，上头的名字打成{{spaced:吴　佳　琪}}，她爸看了半天才认出来。
访谈者：孩子们会说锡伯话吗？
受访者：会。在家说锡伯话，在学校说汉话、学英语，哈萨克话、维吾尔话也能说几句。闺女在学校学锡伯文，回来给她爸念报纸，她爸听着就流眼泪。
访谈者：邻居们帮忙吗？
受访者：帮。隔壁是哈萨克族{{minority/kazakh:哈孜别克}}家，{{minority/kazakh:哈孜别克}}农忙的时候开拖拉机帮我收稻子，他老婆{{minority/kazakh:阿依波塔}}给孩子们送奶疙瘩。还有从{{trap/place:伊宁}}来的志愿者，跟{{compound:宇文浩然}}一起，每周给孩子们补课。我跟他们说，学习得{{trap/word:扎实}}。
访谈者：您对将来有什么打算？
受访者：先把孩子们供出来。闺女说想考师范，回来当老师；儿子说要当兽医。外甥不说话，我问他，他说想跟着姨。我听了心里难受，这孩子是把我当妈了。他来我家的时候才六岁，半夜哭着找妈，我抱着他在院子里转，转到天亮。现在他叫我姨，有时候叫错了，叫成妈，他自己脸红，我当没听见。我男人要是能站起来，这个家就好了。
访谈者：孩子们知道锡伯族的事吗？
受访者：知道。{{trap/minority_word:西迁节}}的时候，乡里跳{{trap/minority_word:贝伦舞}}，蒸{{trap/minority_word:发糕}}，{{minority/xibe:安佳·托克托布}}给孩子们讲{{trap/historical:图伯特}}带人挖大渠的故事。{{minority/xibe:富勒浑}}说长大了要当射箭运动员，{{trap/word:永远}}不让人欺负他姐。正月十六{{trap/minority_word:抹黑节}}，孩子们拿锅底灰往人脸上抹，外甥那天笑得最欢。
""")

# H40: juvenile prosecutor, 乌海; a theft with conditional non-prosecution, online grooming, a Yi boy in a coal-washing plant.
DOCS["H40"] = ("staff", """\
访谈者：请您介绍一下您的工作。
受访者：我叫{{han:邝雅文}}，在{{trap/place:乌海}}一个区检察院的未检部门，专门办未成年人的案子，干了六年。科里三个人，{{han:邵科长}}带着我和{{han:严冬}}，{{han:严冬}}是从{{trap/place:巴彦淖尔}}调过来的。{{trap/hotline:12309}}转过来的线索，我们也得一条条核。
访谈者：哪个案子印象最深？
受访者：一个十五岁的男孩，{{han:贾天赐}}，偷了三辆电动车。他爸{{han:贾永富}}在{{trap/place:鄂尔多斯}}的煤矿上，一年回来一次，妈妈改嫁了。孩子跟奶奶住{{address:乌海市海勃湾区新华街道凤凰岭社区9号楼3单元402室}}。我们做了附条件不起诉，又给他爸发了督促监护令。{{han:贾永富}}说他以为给钱就行了。卷宗封面上孩子的名字打成{{spaced:贾 天 赐}}，我让内勤改了。{{han:贾天赐}}他现在在{{school:乌海市第六中学初三（2）班}}，考验期满了，表现还行。他的身份证号{{id_number@my2010.150302}}。
访谈者：有没有孩子是受害人的案子？
受访者：有。一个初二的女孩，{{han:苗可馨悦}}，网上有个成年人加了她扣扣，骗她拍照片。那人叫{{han:焦某某}}，女孩的QQ是{{qq:1486027395}}，{{han:焦某某}}先用{{qq:583920164}}，被拉黑以后又换了个号{{qq:3791046528}}来找她，还有个微信小号{{wechat:wxid_7k2m9p4x1q}}，{{trap/historical:司马昭}}之心，谁都看得出来。是班主任{{han:辛老师}}发现{{trap/word:苗头}}不对，强制报告给了派出所。出事以后孩子被送到姥姥家住了一个月，{{address:鄂托克旗阿尔巴斯苏木赛乌素嘎查2组11号}}。{{han:苗可馨悦}}她妈{{han:吕淑华}}来的时候{{trap/word:焦急}}得说不出话。询问笔录上孩子的名字写成{{spaced:苗 可 馨 悦}}，我们给孩子申请了司法救助，{{trap/number:三万元}}。
访谈者：孩子是受害人，办案的时候怎么保护她？
受访者：一站式取证，只问一次，不让孩子一遍遍说。询问的时候女检察官、心理老师在场，家长陪着。我们跟医院合作建了个询问室，墙刷成粉的，放着玩具，孩子进去不害怕。案子办完了还要回访，看孩子上学怎么样、夜里睡得好不好。
访谈者：外地来的家庭多吗？
受访者：多，乌海是煤城。有一家彝族，从{{trap/place:凉山}}来的，男人{{minority/yi:瓦扎拉博}}在洗煤厂干活，儿子{{minority/yi:瓦扎日火}}十四岁，没上学，也跟着进了厂。劳动监察查到的时候，{{minority/yi:瓦扎日火}}说要挣钱给阿妈治病。厂里的名册上写成{{spaced:瓦扎 日火}}，身份证上是{{minority/yi:瓦扎·日火}}。现在他在{{school:乌达区第三中学初一（5）班}}，社工{{compound:亓官静怡}}每周去看他，{{compound:亓官静怡}}说{{minority/yi:瓦扎拉博}}也想通了。他们住{{address:乌海市乌达区三道坎街道矿工新村14栋6号}}。
访谈者：还有哪些？
受访者：一家撒拉族，从{{trap/place:循化}}来开拉面馆，老板{{minority/salar:艾比布拉}}，营业执照上写的是{{spaced:艾 比 布 拉}}。他闺女{{minority/salar:阿米乃}}十二岁，在学校被几个大孩子堵着要钱，{{minority/salar:艾比布拉}}来报的案。店里的伙计{{minority/dongxiang:哈赛尼}}是东乡族，十六了，{{minority/dongxiang:哈赛尼}}那天把孩子护在身后。那几个孩子的家长我们都约谈了，{{trap/word:严重}}的一个送了专门学校。{{minority/salar:艾比布拉}}的V信{{wechat:aibibula_xh88}}，有事他在上面说。还有法院的{{compound:太叔雅楠}}法官，我们一起给家长上家庭教育指导课。
访谈者：强制报告落实得怎么样？
受访者：比以前好多了。医院、学校、宾馆、网吧都有报告义务，去年全市报上来{{trap/number:四十多条}}线索，有三条立了案。我们还在学校里设了检察官信箱，孩子们有话不敢跟家长说，可以写纸条投进来。
访谈者：未成年人犯罪多吗？
受访者：盗窃、打架多，这两年帮着网络诈骗跑分的也多。有的孩子把自己的银行卡借给别人，一张卡给{{trap/number:五百块}}，结果成了帮信罪。我们一学期去学校讲二十多场法治课。{{trap/place:乌海湖}}边上有个青少年法治教育基地，孩子们去了都说比课堂上有意思。
访谈者：你们跟哪些部门一起做？
受访者：公安、法院、民政、教育、妇联、团委都有。我们牵头建了个联席会，每季度开一次，哪个孩子的事谁管，写在纸上。监护不力的家长，我们发督促监护令，再请家庭教育指导师一对一上课，上完了还要考。有的家长不服气，说孩子是我的，我想咋管就咋管，我们就把法条一条条念给他听。
访谈者：您自己怎么看这份工作？
受访者：办这些案子，心里不好受。{{han:邵科长}}常说，孩子犯了错，大人的错更大。有人笑我们是{{trap/legend:包青天}}，其实我们更像家长。那个偷车的孩子去年给我发短信，说他考上了职高，要学汽修。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS)


if __name__ == "__main__":
    main()
