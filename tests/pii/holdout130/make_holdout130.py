# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 130 (tests/pii/holdout130/H1025-H1032 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 130 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 黄山 (Anhui) and 宝鸡 (Shaanxi): a Mongolian father from 西乌珠穆沁旗 who guards a scenic-area car park in
黄山区 (汤口镇) after his wife left, his son with him and his daughter with his mother in the gacha; a Kham Tibetan
mother from 德格 who cleans hotel rooms in 屯溪区, her husband in prison, her son with her and her daughter with her
mother in 德格; a Kazakh grandfather from 尼勒克 raising in 渭滨区 the grandson of a son killed on a bridge site, the
boy's Han mother gone; a Yi mother from 喜德 in a 岐山 (蔡家坡) noodle factory, her husband killed in a mine, her son
with her and her daughter with her mother-in-law; a Han village child director (儿童主任) in 歙县 (雄村镇) reading out
her register; a Han township social worker in 凤翔 (横水镇) handling 事实无人抚养 cases; a Han kindergarten teacher in
休宁 (海阳镇) who reaches her pupils' parents on WeChat and QQ; and a Han grandfather in 眉县 (横渠镇) raising twin
granddaughters while his son lies paralysed. The emphasis is on forms where a replacement might cover only part of a
name, in a mix rather than one trick: Mongolian names used whole (塔拉图雅, 娜荷芽, 德力格尔桑, 哈森其其格) and with a
short form after the full name (乌日恒巴雅尔 then 乌日恒, 朝克巴达日胡 then 巴达日胡他, 萨楚拉其其格 then 萨楚拉),
a Han surname before a Mongolian given name (宝乌兰托雅 then 乌兰托雅, 邵伊德日呼 then 伊德日呼) and the Han names of
the same people (宝国梁, 宝子墨); Kham Tibetan names of 德格 (降拥志玛, 四郎泽翁, 布绒泽仁, 格绒雍珍, 泽仁曲珍,
根秋翁修) with short forms (降拥, 布绒, 雍珍她), 向 opening a Tibetan name after 是 (是向秋拉珍), a Han surname
before a Tibetan given name (程拉珍) and a surname-like syllable of a Tibetan name with a kin word (降姐); Kazakh given
name + father's name with a middle dot, a katakana dot and without the dot (居马别克·托列根, 也尔波力·居马别克,
也尔波力・居马别克, 叶斯波拉提·也尔波力, 叶斯波拉提也尔波力, 加汗古丽·卡德尔, 巴依扎克·也尔兰) and single and short
forms (居马别克, 叶斯波拉提他, 加汗古丽, 沙依兰, 巴依扎克), 也 opening a Kazakh name before the particle 也
(也尔波力也是), a Kazakh syllable taken for a surname with a kin word (居爷爷); Yi clan + given name (俄洛么作,
补约拉体, 加拉尔且, 的惹阿作 with the clan that opens on 的, 补约木机, 补约阿妞, 吉吉尔哈, 苏呷阿衣) with short forms
(么作, 木机他, 阿妞, 尔且也) and a Han surname before a Yi given name (罗么作, 卜木机); Han names with common and rare
surnames of the region (汪, 程, 方, 胡, 洪, 叶, 凌, 鲍, 潘, 项, 舒, 汤, 查, 俞, 邵, 戴, 曹 in 黄山; 党, 强, 权, 寇, 苟,
姬, 巨, 员, 豆, 景, 仵, 贾, 惠, 贠, 麻, 齐, 屈, 同 in 宝鸡), surnames that are also ordinary words directly after or
before grammar words (我和和春兰, 向东梅向村里, 要满囤要我们, 让要满囤, 能秀英能, 还志刚还, 才德胜才, 给才德胜,
把建民把, 同秀兰同我, 都叫我都老汉, 齐满有有) and given names ending on a grammar word (汪礼让让孩子), names that
contain words (方向前 beside 方向, 凌晨光, 许多福, 汪洋洋, 向阳阳) and names directly before particles, pronouns and
verbs (汪立诚他, 雷小蓉她, 员建平说, 能建宏他, 大双就) and after 叫/是/给/跟/找/让/和, with titles and kin words
(胡晓岚老师, 寇丽娜老师; the span is the name only), a surname with only a title or kin word, annotated whole (方主任,
洪师傅, 舒经理, 汤老师, 苟婶, 豆姐, 岳老师, 景大夫, 项所长, 姚校长, 鲍阿姨, 屈警官, 景院长, 雷所长, 冯科长, 朱老师,
查奶奶, 孙阿姨, 麻老师, 贠大夫, 都老汉), local forms of address and nicknames, annotated whole (大双, 碎双); names
spaced out character by character in half- and full-width spaces, a dotted name with spaces around the dot and names
split in two; compound surnames after ordinary words (欧阳, 端木, 司马, 宇文, 诸葛, 呼延, 令狐, 第五, 闻人, 长孙, 公孙,
皇甫, 司空, 百里, 夏侯, 濮阳, 尉迟, 轩辕, 东方, 太史, 独孤, 鲜于); names closing the last sentence (最该谢的是叶春娥。,
多亏了宁秀娥。); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:汪立诚}}``, ``{{qq:7306158249}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013fwhyphen.513330}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth/fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 额吉) and a particle, pronoun or verb
written directly after a name (说, 也, 都, 就, 有, 要, 让, 他, 她) are outside the span; a surname with only a title
or kin word (方主任, 苟婶, 豆姐, 都老汉), a syllable of a Tibetan or Kazakh name taken for a surname with a kin word
(降姐, 居爷爷) and a local nickname (大双, 碎双) are annotated whole. Han-style names of minority people (宝国梁,
宝子墨) are category han; a Han surname before a non-Han given name (宝乌兰托雅, 程拉珍, 罗么作, 卜木机, 邵伊德日呼)
is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout130/make_holdout130.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(130_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181", "183",
                   "187", "191"]

DOCS: dict[str, tuple[str, str]] = {}

# H1025: Mongolian father from 西乌珠穆沁旗 who guards a scenic-area car park in 黄山区 (汤口镇); his wife left, his
# son is with him and his daughter with his mother in the gacha.
DOCS["H1025"] = ("family", """\
访谈者：大哥，这个停车场您守了几年了？
受访者：三年多了。我是内蒙古{{trap/place:西乌珠穆沁旗}}的牧民，叫{{minority/mongolian:乌日恒巴雅尔}}。工友们念不顺，都喊我{{minority/mongolian:乌日恒}}，身份证上的汉名是{{han:宝国梁}}。这是{{trap/place:汤口镇}}景区的换乘停车场，我守夜班，收费、巡车，还得看着别让人在车边上烧烤。
访谈者：怎么从草原到了黄山？
受访者：前年放马摔断了三根肋骨，羊卖了一大半治病。老婆{{minority/mongolian:塔拉图雅}}嫌日子苦，跟一个贩羊绒的走了，听说去了{{trap/place:二连浩特}}，电话早就停了。以前来我们嘎查骑马的游客{{han:汪立诚}}在景区上班，{{han:汪立诚}}他说停车场缺个守夜的，包吃包住，我就带着儿子来了。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:朝克巴达日胡}}十岁，在{{school:黄山区汤口中心小学四年级（2）班}}，学校登记的汉名是{{han:宝子墨}}。我在家叫他{{minority/mongolian:巴达日胡}}，{{minority/mongolian:巴达日胡}}他爱跑，天天追着大巴车跑。女儿{{minority/mongolian:萨楚拉其其格}}十四，留在老家读{{school:西乌珠穆沁旗蒙古族中学初二（3）班}}，跟奶奶过。奶奶叫{{minority/mongolian:宝乌兰托雅}}，嘎查的人都叫她{{minority/mongolian:乌兰托雅}}{{trap/minority_word:额吉}}。
访谈者：两边都有谁在帮？
受访者：嘎查的儿童主任{{minority/mongolian:娜荷芽}}给两个孩子报了困境儿童，每人每月{{trap/number:一千零五十}}，打到奶奶的卡上。嘎查达{{minority/mongolian:德力格尔桑}}给奶奶办了低保。这边社区的儿童主任{{han:叶春娥}}帮儿子办了借读，还领着我去{{trap/org:黄山区民政局}}申请了临时救助。景区管委会的{{han:方主任}}把我夜班的工钱涨了三百，停车场的{{han:洪师傅}}白天替我接孩子。社工站的{{compound:欧阳澄宇}}每周来一回，他同事{{compound:端木知夏}}给儿子补语文。
访谈者：儿子在这边上学习惯吗？
受访者：刚来听不懂老师说话，{{han:胡晓岚}}老师把他的座位挪到第一排，放学留他认字。班上有孩子笑他是放羊的，他回来哭了一晚上。现在好了，{{minority/mongolian:巴达日胡}}也会说几句徽州话，还当了体育委员。
访谈者：女儿呢？
受访者：{{minority/mongolian:萨楚拉}}懂事，周末回家替奶奶挤奶、捡牛粪。她想考{{trap/place:锡林浩特}}的高中，以后当兽医。奶奶眼睛不好，是{{minority/mongolian:娜荷芽}}帮她在手机上跟我们视频。
访谈者：孩子的妈妈还联系吗？
受访者：不联系了。头一年过年她往儿子的电话手表上打过一回，说了两句就挂了。儿子那天一句话没说，把手表摘下来塞到了枕头底下。女儿嘴硬，说不想她，可她妈走的时候留下的那条蓝围巾，她到现在冬天还围着。我不在孩子面前说她的坏话，大人的事是大人的事。
访谈者：停车场的活累吗？
受访者：不算累，就是熬人。旺季一晚上进出七八百辆车，大巴车排到公路上去，司机们急了就按喇叭、骂人。我刚来的时候普通话说不利索，收费找错过钱，自己贴了两百多。淡季一晚上来不了几辆车，我就在亭子里看儿子的作业，错字用红笔圈出来，第二天让他改。管委会给我们发了军大衣，可山里的潮气还是往骨头里钻，一下雨腰就疼。
访谈者：停车场的同事们呢？
受访者：跟我换班的是{{han:潘德水}}，本地人，五十多了，每天早上来接班都给我带两块{{trap/word:毛豆腐}}，说黄山人冬天离不开这个。我请他喝过一回咸奶茶，他喝了一口就皱眉头，说茶里怎么能放盐。
访谈者：家里欠的账呢？
受访者：治病借了五万多，还了一半。我一个月挣四千出头，留一千给儿子和自己吃饭，剩下的都打回去。奶奶说不用寄那么多，她有低保，草场租出去也有点钱。可老大明年要上高中，住校、资料，哪样不要钱。
访谈者：您自己呢？
受访者：夜里山上冷，雾大，车灯照过去白茫茫一片。值班亭里放着一把{{trap/minority_word:马头琴}}，没车的时候拉两下。游客说{{trap/famous:徐霞客}}讲过黄山归来不看岳，我说我们草原上的天比山还大。儿子想家了，我就给他泡{{trap/minority_word:炒米}}，放一块{{trap/minority_word:奶豆腐}}。
访谈者：登记的信息请说一下。
受访者：老家在{{address:西乌珠穆沁旗巴彦花镇乌兰哈拉嘎查二组15号}}，这边住{{address:黄山区汤口镇寨西村景区职工宿舍3栋112室}}。我的身份证{{id_number@my1982quad.152526}}，儿子的{{id_number@my2015spaced.152526}}。我电话{{mobile@s434}}，{{han:叶春娥}}的{{mobile@plain}}。女儿的微信叫{{wechat:sachula_xw2011}}。儿子有个QQ，号码他用记号笔写在值班亭的窗框上：{{qq:7306158249}}。
访谈者：表上的名字写得对吗？
受访者：乱的。低保表上我是{{spaced:乌 日 恒 巴 雅 尔}}，儿子是{{spaced:朝克　巴达日胡}}，奶奶写成{{spaced:宝 乌 兰 托 雅}}，社工的签名{{spaced:欧　阳　澄　宇}}我也认了半天。
访谈者：最后想说什么？
受访者：等儿子大一点就回草原。这边山好人也好，最该谢的是{{han:叶春娥}}。
""")

# H1026: Kham Tibetan mother from 德格 who cleans hotel rooms in 屯溪区; her husband is in prison, her son is with
# her and her daughter with her mother in 德格.
DOCS["H1026"] = ("family", """\
访谈者：阿佳，您在这家酒店做什么？
受访者：做客房，一天收拾十六七间。我叫{{minority/tibetan:降拥志玛}}，老家在{{trap/place:德格}}，{{trap/place:金沙江}}边上。领班叫我{{minority/tibetan:降拥}}，客人看了工牌，以为我姓降，喊我{{han:降姐}}。
访谈者：您怎么到屯溪来的？
受访者：带我出来的是{{minority/tibetan:向秋拉珍}}，我表姐。她嫁给了屯溪人{{han:程建松}}，街坊都叫她{{minority/tibetan:程拉珍}}。我男人{{minority/tibetan:四郎泽翁}}前年为了挖{{trap/minority_word:虫草}}的草山跟邻村人打架，把人打残了，判了六年，关在{{trap/place:雅安}}。家里没了劳力，我就跟着表姐来了{{trap/place:屯溪}}。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:布绒泽仁}}十二，跟我在这边，读{{school:屯溪区黎阳小学五年级（4）班}}，同学都叫他{{minority/tibetan:布绒}}。女儿{{minority/tibetan:格绒雍珍}}七岁，跟我阿妈{{minority/tibetan:泽仁曲珍}}在老家，读{{school:德格县更庆镇中心小学一年级（3）班}}。{{minority/tibetan:雍珍}}她爱哭，每回视频都问阿爸什么时候回家。
访谈者：这边谁在帮你们？
受访者：社区的儿童主任{{han:江秀琴}}帮儿子报了服刑人员子女补助，每月{{trap/number:七百三十元}}，还帮我申请了临时救助。儿子的班主任{{han:汤老师}}每天放学把他留到六点，等我下班去接。酒店的{{han:舒经理}}把我的班排在白天，说夜班不{{trap/word:舒服}}，孩子也没人管。领班{{han:凌雪芬}}教我铺床角、叠毛巾，{{han:凌雪芬}}说我干活比本地人还细。法律援助的律师{{compound:司马思齐}}帮我们写了减刑申请，区社工站的{{compound:宇文听澜}}每月陪儿子跟他阿爸视频会见一次。老家村里的儿童主任{{minority/tibetan:根秋翁修}}给女儿报了留守儿童关爱，冬天送来了棉鞋。
访谈者：酒店的活累吗？
受访者：累，主要是腰。一间房要换床单、被套，擦卫生间，吸地，十六七间做下来腰都直不起来。旺季退房都挤在中午，领班在对讲机里一遍一遍地催。我刚来的时候不认识汉字，清洁剂分不清，把刷马桶的拿去擦了镜子，被客人投诉了。后来领班在瓶子上给我画了图，我才记住。一个月三千二，管一顿午饭。
访谈者：女儿在老家好吗？
受访者：阿妈身体还行，就是年纪大了。冬天屋里烧牛粪取暖，烟大，女儿老咳嗽。村里的儿童主任每个月去看一回，帮阿妈取补助、买药。女儿上学要走四十分钟山路，冬天天不亮就出门。我最想的就是把她接过来，可这边房租贵，我一个人顾不过来两个。
访谈者：孩子的爸爸怎么样？
受访者：一个月能打一回亲情电话。{{minority/tibetan:四郎泽翁}}他在电话里不大说话，光听儿子念课文。他以前是村里跳{{trap/minority_word:弦子}}跳得最好的，现在说自己没脸见孩子。去年我坐了两天车去看过他一回，隔着玻璃，他瘦得我差点认不出来。我跟儿子说，你阿爸做错了事，在里面还账，还完了就回来。
访谈者：儿子知道爸爸的事吗？
受访者：知道，瞒不住。刚来的时候同学问他爸爸在哪里，他说在老家放牦牛。后来班主任找我，说孩子在日记里写，梦见阿爸被关在一个黑屋子里。社工来了以后，陪他画画、下棋，让他把心里的话写成信寄给阿爸。阿爸回了一封，字歪歪扭扭的，儿子把信夹在课本里，天天带着。
访谈者：儿子在这边习惯吗？
受访者：开始不习惯，饭太甜，天太潮，身上起疹子。后来{{han:程建松}}带他去{{trap/place:新安江}}边上钓鱼，他就喜欢上了这里。他在班上讲{{trap/famous:格萨尔}}的故事，同学都围着听。{{minority/tibetan:布绒}}也交了个好朋友，叫{{han:向阳阳}}，两个人天天一起走。
访谈者：屯溪这边的藏族人多吗？
受访者：不多，我知道的就三四家。过年的时候我们聚在表姐家，打一桶{{trap/minority_word:酥油茶}}，跳一会儿锅庄，孩子们在旁边看动画片。表姐夫不会跳，就在边上拍手、倒茶。他待我们好，儿子的家长会他去开过两回，老师以为他是孩子的舅舅。{{minority/tibetan:向秋拉珍}}说，人走得再远，心里的经堂不能塌。
访谈者：登记信息请您说一下。
受访者：这边租的房在{{address:屯溪区昱东街道铁路新村4栋2单元301室}}，老家在{{address:德格县更庆镇然木村三组27号}}。我的身份证{{id_number@wy1989tri.513330}}，儿子的{{id_number@my2013fwhyphen.513330}}。我电话{{mobile@h38}}，{{han:江秀琴}}的电话{{mobile@p86h}}。我的微信{{wechat:jiangyong_dege0312}}。儿子有QQ，号码他写在纸条上，塞在我工作服口袋里：{{qq:２８４６０９１７５}}。
访谈者：表上名字写得对吗？
受访者：不全对。补助表上我是{{spaced:降 拥 志 玛}}，儿子写成{{spaced:布绒　泽仁}}，女儿在老家的表上是{{spaced:格　绒　雍　珍}}，表姐成了{{spaced:向秋 拉珍}}。
访谈者：最后想说什么？
受访者：等{{minority/tibetan:四郎泽翁}}出来，一家人回德格过{{trap/minority_word:藏历年}}。
""")

# H1027: Kazakh grandfather from 尼勒克 raising his grandson in 渭滨区; his son was killed on a bridge site and the
# boy's Han mother has gone.
DOCS["H1027"] = ("family", """\
访谈者：大爷，您从新疆过来多久了？
受访者：快三年了。我叫{{minority/kazakh:居马别克·托列根}}，老家在{{trap/place:尼勒克}}，在{{trap/place:喀什河}}边上放了一辈子羊。楼里的人叫不全，喊我{{minority/kazakh:居马别克}}，院子里的小娃娃叫我{{han:居爷爷}}。
访谈者：怎么到了宝鸡？
受访者：儿子{{minority/kazakh:也尔波力·居马别克}}在{{trap/place:渭滨区}}的桥梁厂当焊工，娶了本地姑娘{{han:雷小蓉}}。前年他在工地上从桥墩上摔下来，人没了。{{han:雷小蓉}}她过了半年就走了，说去{{trap/place:西安}}打工，后来电话不接，人也找不着。孙子没人管，我就坐了两天两夜的火车过来了。
访谈者：孙子多大了？
受访者：九岁，叫{{minority/kazakh:叶斯波拉提·也尔波力}}，户口本上没有点，写成{{minority/kazakh:叶斯波拉提也尔波力}}。在{{school:渭滨区清姜路小学三年级（2）班}}，同学们叫他{{minority/kazakh:叶斯波拉提}}。{{minority/kazakh:叶斯波拉提}}他像他爸，爱摔跤。他爸小时候在老家摔跤拿过第一，{{minority/kazakh:也尔波力}}也是我教出来的。
访谈者：孙子知道他爸爸的事吗？
受访者：知道。出事那天他在学校，是老师把他送到医院的，他见了他爸最后一面。头半年他夜里老哭，尿床，我一个老汉不知道怎么办，就抱着他唱老家的歌。现在好些了，有时候还问我，爸爸在天上能不能看见他摔跤。我说能，你摔赢了，他就在天上笑。
访谈者：孩子的妈妈一直没有消息吗？
受访者：没有。她娘家在{{trap/place:陈仓区}}，我去找过两回，她妈说女子去了外地，不知道在哪里。我不怪她，她年轻，男人没了，一个人扛不住。可孙子是她生的，总该打个电话。派出所也帮着找过，说人可能在南方，手机号早停了。
访谈者：老伴呢？
受访者：老伴{{minority/kazakh:加汗古丽·卡德尔}}在老家，带着小女儿{{minority/kazakh:沙依兰}}的两个娃娃。{{minority/kazakh:加汗古丽}}腿不好，每天晚上跟孙子视频，给他看老家的{{trap/minority_word:毡房}}和新下的马驹子。小女婿在{{trap/place:伊宁}}开出租，一年回来两趟。老伴说，等孙子放了暑假就让他回去住一个月，骑骑马，晒晒太阳。
访谈者：这边谁在帮你们？
受访者：社区的儿童主任{{han:党秀珍}}为孙子的事跑了四趟民政局，给他办了事实无人抚养，每月{{trap/number:一千一百八}}。{{han:党秀珍}}是老{{trap/word:党员}}了，又给我报了高龄补贴。街道民政的{{han:强国栋}}来家里核过两回，说妈妈失联要派出所出证明，是片警{{han:权振海}}帮着开的。孙子的班主任{{han:寇丽娜}}老师每周五给我打电话。社工{{compound:诸葛远帆}}说他老家在{{trap/place:五丈原}}，跟{{trap/famous:诸葛亮}}是一家子，孙子听得眼睛都直了。另一个社工{{compound:呼延秋白}}周末带他去{{trap/place:渭河}}边上踢球，督导{{compound:令狐远舟}}每季度来看一回。
访谈者：孙子在学校怎么样？
受访者：成绩中等，体育好，跑步、跳远都是班上第一。{{han:寇丽娜}}老师让他当了体育委员，他可神气了。就是不爱写字，作业老拖。有一回同学说他没爹没妈，他把人家推倒了。老师叫我去学校，我汉话说不全，是{{han:党秀珍}}陪我去的。回来我没骂他，跟他说，你爸在的时候，摔跤赢了也要把人扶起来。
访谈者：邻居们呢？
受访者：对门的{{han:苟婶}}常端饭过来，她做的{{trap/word:臊子面}}孙子能吃两碗。{{han:苟婶}}的孙女{{han:苟欣然}}上初中，每天晚上给孙子辅导作业。老乡{{minority/kazakh:巴依扎克·也尔兰}}在{{trap/place:金台区}}开馕坑，{{minority/kazakh:巴依扎克}}隔几天送两个馕来。
访谈者：您在这边习惯吗？
受访者：不习惯也得习惯。楼太高，我住六楼，膝盖疼。这边没有草场，我就去{{trap/place:秦岭}}脚下看人家放羊。我不认汉字，孙子的作业本我看不懂，学校的通知都是{{han:党秀珍}}念给我听。吃饭也是个难处，我只会煮肉、烧奶茶，孙子嫌咸。后来我跟楼下饭馆的老板学炒菜，现在会做西红柿炒鸡蛋、土豆丝，孙子说比他妈做的差一点。周末我煮一锅羊肉，冻在冰箱里，一个礼拜慢慢吃。
访谈者：登记信息请说一下。
受访者：这边住{{address:渭滨区清姜街道桥梁厂家属院5栋2单元602室}}，老家是{{address:尼勒克县喀拉托别乡阔克托别村三组8号}}。我的身份证{{id_number@my1955hyphen.654028}}，孙子的{{id_number@my2016fullwidth.610302}}。我电话{{mobile@plus86}}，{{han:党秀珍}}的{{mobile@s38}}。孙子的QQ是他爸留下的，号码贴在他爸照片的背面：{{qq:59318046}}。{{han:党秀珍}}的微信{{wechat:dangxz_qingjiang}}，社区的群是她建的。
访谈者：名字在表上写得对吗？
受访者：乱。孙子的学籍表上是{{spaced:叶斯波拉提 · 也尔波力}}，医院的卡上我是{{spaced:居 马 别 克}}，儿子的死亡证明写成{{minority/kazakh:也尔波力・居马别克}}，老伴成了{{spaced:加汗古丽 卡德尔}}。
访谈者：最后想说什么？
受访者：等孙子长大了，带他回尼勒克，看看他爸小时候放羊的山。
""")

# H1028: Yi mother from 喜德 in a noodle factory at 蔡家坡 (岐山); her husband was killed in a mine, her son is with
# her and her daughter with her mother-in-law.
DOCS["H1028"] = ("family", """\
访谈者：大姐，您在这个面厂做什么？
受访者：压面、切面、装袋，一天站十个钟头。我是{{trap/place:凉山}}{{trap/place:喜德}}的彝族，叫{{minority/yi:俄洛么作}}，俄洛是家支，{{minority/yi:么作}}是名字。厂里的工牌上写的是{{minority/yi:罗么作}}，老板说俄洛念快了就是罗。
访谈者：怎么来到{{trap/place:岐山}}的？
受访者：男人{{minority/yi:补约拉体}}前年在{{trap/place:攀枝花}}的矿上出了事，人没了。赔的钱还了盖房的账，就剩不下什么了。老乡{{minority/yi:加拉尔且}}在{{trap/place:蔡家坡}}的面厂干了好几年，说老板{{han:姬振发}}厚道，我就带着儿子来了。女儿太小，留给婆婆{{minority/yi:的惹阿作}}带。
访谈者：孩子们多大了？
受访者：儿子{{minority/yi:补约木机}}十一，在{{school:岐山县蔡家坡镇第三小学四年级（1）班}}，学校把他登记成{{minority/yi:卜木机}}，同学叫他{{minority/yi:木机}}。{{minority/yi:木机}}他数学好，就是汉字写得歪。女儿{{minority/yi:补约阿妞}}六岁，在{{school:喜德县光明镇中心校学前（2）班}}。我跟{{minority/yi:的惹阿作}}说好了，等{{minority/yi:阿妞}}上了一年级就接过来。
访谈者：两边谁在帮你们？
受访者：老家村里的儿童主任{{minority/yi:吉吉尔哈}}给女儿报了困境儿童，每月{{trap/number:八百六十元}}，婆婆也进了低保。这边社区的儿童主任{{han:巨秀芳}}帮儿子转了学，又找镇上民政的{{han:员建平}}问能不能在这边申请。{{han:员建平}}说户口不在这边，只能申请临时救助，他跑了三回把钱批下来了。儿子的班主任{{han:岳老师}}给他免了课后服务费。县社工站的{{compound:第五念慈}}每周来一回，教儿子写字，她同事{{compound:闻人嘉禾}}带他去{{trap/place:周公庙}}秋游。
访谈者：面厂的活怎么样？
受访者：压面机声音大，一天下来耳朵嗡嗡响。面粉飞得到处都是，口罩戴一天，摘下来里面是白的。一个月三千五，计件，干得多拿得多。刚来那年手被切面刀划了一道口子，缝了六针，老板出的医药费，还让我歇了半个月，工钱照发。厂里二十几个人，有六个是凉山来的，住一排宿舍，过年一起杀鸡、喝酒。
访谈者：儿子在这边上学习惯吗？
受访者：刚来的时候不会说普通话，只会说彝话，同学笑他，他就不去学校，躲在宿舍里。班主任带着两本画书上门，一句一句教他念。现在他普通话比我好，回来还纠正我，说妈妈你又把吃饭说成七饭了。他想当医生，说他爸出事的时候矿上没有医生，要是有，他爸就不会死。
访谈者：车间里的人对您怎么样？
受访者：车间的{{han:豆巧玲}}管我们一条线，大家喊她{{han:豆姐}}。{{han:豆姐}}教我调臊子，说{{trap/word:擀面皮}}和臊子面是岐山的两张脸。老板娘{{han:姬秋霞}}过年给我们包了红包。{{minority/yi:尔且}}也照顾我，下夜班送我回宿舍。
访谈者：孩子想老家吗？
受访者：想。儿子问我，{{trap/minority_word:阿达}}是不是变成山上的{{trap/minority_word:索玛花}}了。我给他讲{{trap/famous:支格阿鲁}}射太阳的故事，他听着听着就睡了。女儿在视频里给我看婆婆给她缝的{{trap/minority_word:披毡}}。婆婆六十多了，还在地里种荞子、土豆，喂两头猪，不会用手机。每个星期天我打给村里的儿童主任，她去婆婆家，举着手机让我看看女儿。
访谈者：在这边过彝族的节吗？
受访者：过。十一月过年的时候，老乡们凑钱买一头猪，在宿舍后面杀了，煮一大锅肉，喝酒、唱歌。{{han:姬振发}}给我们放两天假，还送了两箱啤酒。儿子跟着大人转圈跳舞，跳完了拿我的手机给他爸的号码打电话，那头没有人，他就对着电话说了好多话才挂。我在旁边听着，一句话都说不出来。
访谈者：您自己身体呢？
受访者：手腕疼，面厂里潮。去医院是{{han:景大夫}}看的，说是腱鞘炎，让我少提重东西。可不提哪来的钱？厂里给我们交了工伤保险，是老板的侄子{{han:姬永刚}}帮着办的，我才敢放心干。
访谈者：登记信息请说一下。
受访者：老家在{{address:喜德县光明镇瓦吾村二组9号}}，这边住{{address:岐山县蔡家坡镇渭工路面粉厂宿舍2排7号}}。我的身份证{{id_number@wy1991x.513432}}，儿子的{{id_number@my2014hyphen.513432}}。我电话{{mobile@fws}}，{{han:巨秀芳}}的{{mobile@hyphen}}。儿子有个QQ，号码他刻在文具盒盖子里面：{{qq:63190275}}。我没有微信，{{han:豆姐}}的微信是{{wechat:douqiaoling_qs}}，有事发到她那里。
访谈者：名字在表上写得对吗？
受访者：不对。补助表上我是{{spaced:俄 洛 么 作}}，儿子是{{spaced:补约　木机}}，婆婆写成{{spaced:的 惹 阿 作}}，还有一张把女儿写成{{spaced:补　约　阿　妞}}。
访谈者：最后想说什么？
受访者：等女儿接过来，我想在蔡家坡租个小房子，娘儿三个住在一起。想让两个孩子都读出来。{{minority/yi:补约拉体}}走的时候，最放心不下的就是他们。
""")

# H1029: Han village child director in 歙县 (雄村镇) reading out her register.
DOCS["H1029"] = ("staff", """\
访谈者：您今天带的是什么本子？
受访者：村里的困境儿童登记册。我叫{{han:鲍月娥}}，是{{trap/place:雄村镇}}竹源村的儿童主任，干了六年了。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:方向前}}，男，十一岁，{{school:雄村镇中心小学五年级（2）班}}。爸爸{{han:方建林}}前年在{{trap/place:杭州}}的工地上出事走了，妈妈{{han:和春兰}}是云南嫁过来的，后来回了娘家，再没露面。孩子跟爷爷{{han:方德旺}}过。我和{{han:和春兰}}打过十几回电话，都没人接。孩子办了事实无人抚养，每月{{trap/number:一千二百三}}。身份证{{id_number@my2014.341021}}，住{{address:歙县雄村镇竹源村上村组21号}}。
访谈者：第二户呢？
受访者：第二户，{{han:汪洋洋}}，女，八岁，{{school:雄村镇中心小学二年级（1）班}}。爸爸{{han:汪礼让}}偷电缆判了四年，在{{trap/place:宿州}}服刑；妈妈是凉山的彝族，叫{{minority/yi:苏呷阿衣}}，孩子两岁那年就走了。现在跟奶奶{{han:程桂香}}过，奶奶有糖尿病。每回亲情电话，{{han:汪礼让}}让孩子把考试分数念给他听。服刑人员子女补助每月{{trap/number:五百二十元}}，住{{address:歙县雄村镇竹源村下坑组8号}}，奶奶的电话{{mobile@spaced}}。这一户是邻居悄悄告诉我的，那阵子奶奶病了，孩子一个礼拜没去上学，在家给奶奶烧饭。
访谈者：第三户？
受访者：第三户是孤儿，{{han:许多福}}，男，九岁。爸妈前年开车出了车祸，都没了。跟外婆过，外婆叫{{han:向东梅}}，{{han:向东梅}}向村里借了两间房。孤儿基本生活费每月{{trap/number:一千五百四}}。孩子的身份证{{id_number@my2016fwspaced.341021}}，住{{address:歙县雄村镇竹源村后山组3号}}。
访谈者：第四户？
受访者：第四户，{{han:凌晨光}}，男，七岁，{{school:雄村镇中心小学一年级（3）班}}。爸爸{{han:凌有根}}去年从屋顶上摔下来，高位截瘫，{{han:凌有根}}有残疾证，一级，两项补贴都拿。孩子才七岁，每天放学先给他爸翻身、喂水，再写作业。妈妈{{han:潘巧云}}在镇上超市收银，天不亮就得出门，电话{{mobile@plus86spaced}}。
访谈者：还有吗？
受访者：第五户是留守的，{{han:曹雨萱}}，女，十岁，爸妈在{{trap/place:温州}}的鞋厂，跟爷爷{{han:曹金水}}过。孩子去年被狗咬了，爷爷七十多了，背着她走了三里路到卫生院。我们给她报了留守儿童关爱，每学期送文具、书包。
访谈者：报上去要多久能批下来？
受访者：快的一个月，慢的三个月。审批{{trap/word:程序}}多，户口本、身份证、死亡证明、判决书、残疾证，一样一样复印，少一样就退回来。老人不识字，我替他们跑，镇上、县里来回坐班车。第一户的妈妈失联，要派出所出证明，前前后后跑了五趟。批下来那天，孩子爷爷拉着我的手不放，说闺女你比我亲生的还亲。
访谈者：除了钱，孩子们还缺什么？
受访者：缺人陪。爷爷奶奶能给口饭吃，可作业辅导不了，心里的事也说不到一块。村里办了个儿童之家，放学后孩子们来写作业、看书，周末有大学生志愿者来上课。第四户的孩子最爱来，说这里有人跟他说话。
访谈者：这些户都是谁在跟？
受访者：镇民政办的{{han:项所长}}总负责，材料报到县{{trap/org:民政局}}，批得慢了就找{{han:项所长}}催。镇社工站的{{compound:长孙予安}}跟第一户和第三户，{{compound:公孙芷若}}跟第二户，县里的督导叫{{compound:皇甫嘉树}}，每月下来翻一回台账。学校那边是{{han:姚校长}}，孩子在学校有什么事，他头一个打给我。
访谈者：您做儿童主任有报酬吗？
受访者：有一点补贴，一个月几百块。我本来是村里的妇女主任，两样一起干。我自己也有两个孩子，大的在县城读高中，小的上初中。我男人{{han:江国平}}在屯溪开货车，家里的事多半靠我婆婆。有时候忙到夜里十点才到家，孩子都睡了。可每回听这几个孩子喊我{{han:鲍阿姨}}，我就觉得值。
访谈者：哪一户您最放不下？
受访者：第一户。那孩子自从爸爸走了就不大说话，作文里写：爸爸走了，我找不到{{trap/word:方向}}了。他名字里就有这两个字，老师看了都哭。我每礼拜去看他一回，给他带本书，他现在肯跟我说几句了。我们歙县出过{{trap/famous:陶行知}}，学校门口写着他的话，我常领孩子去念。
访谈者：名字在表上写得对吗？
受访者：错的多。{{spaced:方 向 前}}空了格，{{spaced:汪　洋　洋}}也是，孩子妈妈写成{{spaced:苏 呷 阿 衣}}，{{spaced:凌晨 光}}分成了两截，督导的名字写成{{spaced:皇 甫 嘉 树}}。
访谈者：您的联系方式呢？
受访者：我的电话{{mobile@s74}}，微信{{wechat:wxid_b7k2m9q4xs}}。{{han:方向前}}有QQ，我加了，他不开心就在上面给我留言，号码是{{qq:3150874926}}。夜里孩子出了急事，也可以打{{trap/hotline:12345}}。
""")

# H1030: Han township social worker in 凤翔 (横水镇) handling 事实无人抚养 cases.
DOCS["H1030"] = ("staff", """\
访谈者：您在社工站主要做什么？
受访者：跟事实无人抚养的娃。我叫{{han:仵丽萍}}，在{{trap/place:凤翔区}}{{trap/place:横水镇}}社工站，全镇这样的娃有十一个，我手上跟着七个。今天说三个。
访谈者：好。
受访者：头一个姓要，这个姓少见。娃叫{{han:要佳怡}}，十岁，在{{school:横水镇第一小学四年级（2）班}}。她爸{{han:要建军}}贩毒判了十二年，她妈跟人跑了，四年没音信。爷爷{{han:要满囤}}七十三，{{han:要满囤}}要我们帮他写申请，说他字认不全。他腿脚不好，每天拄着拐送娃到村口坐校车，下雨天就让娃在家里等，我们跟学校说好了，这种天不算旷课。我让{{han:要满囤}}按了手印，派出所的{{han:屈警官}}出了失联证明，区民政局批了下来，每月{{trap/number:一千二百六}}。娃的身份证{{id_number@wy2015.610322}}，家在{{address:凤翔区横水镇西街村五组14号}}。
访谈者：第二个呢？
受访者：第二个，爸爸两年前得肝癌走了，妈妈{{han:能秀英}}是智力残疾二级。{{han:能秀英}}能自己做饭、洗衣服，可管不了娃的学习，也管不住钱。娃{{han:田子航}}现在归舅舅{{han:能建宏}}照看，{{han:能建宏}}他在{{trap/org:西凤酒厂}}上班，三班倒。娃在{{school:横水镇初级中学七年级（3）班}}，身份证{{id_number@my2012quad.610322}}。
访谈者：第三个？
受访者：第三个最麻烦，爸妈都在服刑。爸爸{{han:还志刚}}、妈妈{{han:贾秀梅}}一起开赌场，一个判了六年，一个判了三年，{{han:还志刚}}还欠着人家八万。娃{{han:还欣悦}}八岁，跟姑姑{{han:还秀芬}}过，住{{address:凤翔区横水镇东社村二组6号}}。
访谈者：事实无人抚养是怎么认定的？
受访者：简单说，就是爸妈都在，可都养不了娃：一个服刑、一个失联，或者一个重残、一个去世，都算。要村里、镇上、区里三级审，判决书、失联证明、残疾证，缺一样都不行。批下来以后，娃每月的钱跟孤儿差不多，看病、上学还有救助。可好多老人不知道有这个政策，我们就一个村一个村去讲，在村委会门口贴告示，逢集的时候摆桌子。
访谈者：照看娃的亲戚愿意吗？
受访者：大多愿意，可也有难处。第二个娃的舅舅自己有两个娃，房子小，三个娃挤一张床。第三个娃的姑姑开小卖部，忙起来顾不上，娃放学就坐在柜台后面写作业。我们每月上门一回，看娃吃得咋样、睡得咋样，跟亲戚签照料协议，写清楚谁管吃、谁管学习。
访谈者：村里干部配合吗？
受访者：配合。西街村的支书{{han:把建民}}把三户的材料都替我们收齐了。东社村的妇女主任叫{{han:同秀兰}}，{{han:同秀兰}}同我一起上门，她说话老人听。娃生了病，镇卫生院的{{han:景院长}}给开绿色通道。
访谈者：这些是怎么办下来的？
受访者：镇民政办的{{han:雷所长}}管审核，区民政局的{{han:冯科长}}管审批。我们站里{{compound:司空晏清}}跑材料，{{compound:百里星遥}}做心理评估，督导{{compound:夏侯一诺}}每月来一回。团区委派来的志愿者{{compound:濮阳青禾}}给三个娃辅导功课。有的手续要跑十几趟，光{{han:要佳怡}}她妈的失联证明就开了两个月。{{han:要佳怡}}学习好，年年拿奖状，就是不爱笑。
访谈者：您觉得最难的是什么？
受访者：娃不说话。{{han:还欣悦}}头三个月一个字都不跟我说，后来我带她去{{trap/place:东湖}}喂鱼，她才开口，问我她妈是不是坏人。东湖是{{trap/famous:苏轼}}在凤翔做官时修的，我给她讲这个，她听得可认真。我跟她说，大人犯了错，跟娃没关系。还有就是我们自己也扛不住，听多了娃的事，晚上睡不着，站里每月请督导给我们做一回减压。上个月我们又带三个娃去看了{{trap/word:泥塑}}，{{han:田子航}}捏了一个马，说要送给他妈。
访谈者：这些娃以后怎么办？
受访者：满了十八岁就不算了，可只要还在上学，补助能延到上完学。我们最操心的是初中毕业这一段，有的娃不想念了，想出去打工。我就一趟一趟上门，给他们讲职校、讲助学金，能劝回来一个是一个。
访谈者：联系方式怎么登记？
受访者：{{han:要满囤}}没有手机，打他邻居的。{{han:能建宏}}的电话{{mobile@p86n}}，{{han:还秀芬}}的{{mobile@fullwidth}}。我的工作微信{{wechat:wuliping_hs2019}}。{{han:要佳怡}}有个QQ，说是上网课用的，号码写在她作业本的背面：{{qq:1482057396}}。
访谈者：表上的名字写得对吗？
受访者：老出错。{{spaced:要 佳 怡}}让人空了格，{{spaced:还　欣　悦}}也是，督导写成了{{spaced:夏 侯 一 诺}}，还有一张把{{spaced:能秀 英}}分成两截。
访谈者：最后想说什么？
受访者：盼这些娃有一天不用再填这些表，能跟别的娃一样，放学回家有人喊吃饭。我干这个六年了，送走了两个考上大学的，一个在西安读护理，一个在{{trap/place:杨凌}}学农，过年都回来看我。
""")

# H1031: Han kindergarten teacher in 休宁 (海阳镇) who reaches the parents of her pupils in distress on WeChat and QQ.
DOCS["H1031"] = ("teacher", """\
访谈者：{{han:朱老师}}，您带的是哪个班？
受访者：{{school:休宁县海阳镇第二幼儿园大班（3）班}}，三十一个孩子。我叫{{han:朱晓露}}，教了九年幼儿园。班上有四个孩子家里比较难，家长多半不在身边，我主要靠微信和QQ跟他们联系。
访谈者：您说说。
受访者：第一个是{{han:查思琪}}，六岁，爸妈在{{trap/place:上海}}送外卖，跟外婆过。她画画好，教室墙上那张全家福就是她画的，她把爸妈画在了一辆电动车上。她妈{{han:俞晓芬}}的微信是{{wechat:yuxf_shanghai88}}，每天晚上九点准时发语音，问孩子吃了几碗饭。外婆不识字，接送卡上写的是{{han:查奶奶}}，手机也不会用。
访谈者：第二个呢？
受访者：第二个叫{{minority/mongolian:邵伊德日呼}}，五岁。妈妈{{minority/mongolian:哈森其其格}}是{{trap/place:通辽}}人，在上海打工时认识了他爸{{han:邵建新}}。前年他爸因为诈骗判了五年，在{{trap/place:宣城}}服刑，妈妈回了内蒙古。孩子现在跟奶奶过，他爸在里面每个月能写一封信，奶奶让我念给孩子听。班上的小朋友都叫他{{minority/mongolian:伊德日呼}}。{{minority/mongolian:哈森其其格}}的微信{{wechat:hasen_tongliao}}，她在视频里给孩子唱{{trap/minority_word:长调}}，孩子听着就不哭了。
访谈者：第三个？
受访者：第三个{{han:才一诺}}，五岁，有先天性心脏病。爸爸{{han:才德胜}}在工地上打工，{{han:才德胜}}才三十出头，头发白了一半。他不用微信，只用QQ，号码{{qq:80517362}}，我每周在QQ上给{{han:才德胜}}留言，说孩子的情况。孩子明年要去上海做手术，{{trap/org:县慈善总会}}答应出一部分钱。家里申请了低保，孩子的身份证{{id_number@my2020fwspaced.341022}}，住{{address:休宁县海阳镇秀阳路齐云小区9栋1单元402室}}。
访谈者：第四个？
受访者：第四个{{han:戴晨希}}，六岁，爸妈离了婚，谁都不管，跟太奶奶过。爸爸{{han:戴建平}}在{{trap/place:宁波}}，只有QQ能找到，号码{{qq:2609471835}}，一个月回一两条。太奶奶八十六了，眼睛看不清，孩子的衣服常常反着穿来。{{han:戴晨希}}每天是邻居{{han:俞秀兰}}顺路送来的。
访谈者：园里怎么帮这些孩子？
受访者：园长{{compound:尉迟南乔}}给四个孩子免了保育费。县{{trap/org:妇幼保健院}}的医生{{compound:东方慕白}}每学期来给他们体检，心理老师{{compound:轩辕明澈}}每周给他们上一次绘本课。镇上的儿童主任{{han:程慧娟}}把四家都列进了关爱名单。班级QQ群号{{trap/number:736208159}}，有的家长不在群里，我就一个一个私聊。
访谈者：在微信上跟家长沟通，难在哪里？
受访者：难在隔着屏幕。家长看不见孩子，只能靠我的照片和视频。我每天中午孩子午睡的时候拍几张发过去，吃饭的、画画的、跟小朋友玩的。有的家长回得快，有的两三天才回一句。有一回一个孩子在园里发烧，我在微信上打了十几个语音没人接，最后在QQ上留言，他爸半夜才回，说在工地上手机没电了。
访谈者：孩子们平时表现怎么样？
受访者：第二个孩子刚来的时候天天哭，要找妈妈，抱着书包不撒手。我让他妈妈录了一段语音，每天午睡前放给他听，放了两个月才慢慢不哭了。第三个孩子不能跑跳，户外活动的时候我让他当小裁判，给别的小朋友吹哨子，他可高兴了。第四个孩子特别懂事，午饭吃不完会偷偷装进口袋，说要带回去给太奶奶。我看见了心里难受，后来每天让食堂多打一份让他带走。
访谈者：园里其他老师帮您吗？
受访者：帮。配班的{{han:汪小敏}}老师管生活，保育员{{han:孙阿姨}}中午给孩子们擦汗、换衣服。{{han:汪小敏}}说我把手机当成了第二个班，一天到晚捧着。园里规定上课不能看手机，我就课间看，午睡的时候回。
访谈者：平时这么多消息，您怎么顾得过来？
受访者：顾不过来也得顾。我每天晚上{{trap/word:查看}}一遍所有家长的留言，十一点前一条条回完。我们休宁出过{{trap/famous:戴震}}，我跟孩子们讲他小时候爱问为什么，{{han:戴晨希}}说他也姓戴，高兴了好几天。
访谈者：花名册上的名字有写错的吗？
受访者：有。接送卡上写成{{spaced:邵 伊 德 日 呼}}，体检表上是{{spaced:查　思　琪}}，低保表把{{spaced:才一 诺}}分成了两截，园长的名字被写成{{spaced:尉　迟　南　乔}}。
访谈者：您自己的联系方式呢？
受访者：我的电话{{mobile@plus86dash}}，微信{{wechat:zhuxl_haiyang}}。{{han:程慧娟}}的电话{{mobile@s38}}。
访谈者：最后想说什么？
受访者：这几个孩子明年就上小学了。我最怕的是到了小学没人像现在这样盯着他们。我已经跟小学的老师打了招呼，把四个孩子的情况都写成了材料，到时候交给他们的班主任。
""")

# H1032: Han grandfather in 眉县 (横渠镇) raising twin granddaughters while his son lies paralysed.
DOCS["H1032"] = ("family", """\
访谈者：大爷，这两个女子是双胞胎？
受访者：是，一模一样，外人分不清。我姓都，叫{{han:都长顺}}，村里人都叫我{{han:都老汉}}。住在{{trap/place:眉县}}{{trap/place:横渠镇}}，种了一辈子{{trap/word:猕猴桃}}。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:都建勇}}四年前在园子里搭架子，从架子上摔下来，腰断了，下半身不能动。媳妇{{han:秦小红}}伺候了一年，走了，去了{{trap/place:咸阳}}，再没回来。老伴前年也走了，就剩我一个老汉，带着一个瘫子、两个碎女子。
访谈者：孩子们多大？
受访者：八岁，在{{school:横渠镇中心小学二年级（3）班}}。大的叫{{han:都佳宁}}，小的叫{{han:都佳安}}，屋里叫{{han:大双}}、{{han:碎双}}。{{han:大双}}就爱说话，{{han:碎双}}蔫，受了委屈也不吭声。
访谈者：两个女子性子像谁？
受访者：{{han:大双}}像她爸，嘴快，手也快，在学校当小组长。{{han:碎双}}像她妈，心细，会给她爸倒水、递药，她爸一咳嗽她就跑过去。两个人也打架，为一根头绳能吵半天，吵完了又睡一个被窝。去年{{han:碎双}}出水痘，{{han:大双}}非要跟她睡，结果也出了，两个人一起请了一礼拜假。
访谈者：家里有哪些补助？
受访者：儿子是一级肢体残疾，两项补贴都有。村里的儿童主任{{han:宁秀娥}}给两个女子报了困境儿童，每人每月{{trap/number:六百四十元}}，又给我们报了低保。镇上民政的{{han:惠建新}}来核过，说我年纪大，又给我加了高龄补贴。两个女子的班主任{{han:麻老师}}给她们申请了营养餐和助学金。
访谈者：平时谁帮您？
受访者：隔壁的{{han:齐满有}}，{{han:齐满有}}有辆三轮，我腿不行了，娃去镇上看病都是他拉。卫生院的{{han:贠大夫}}每月上门给儿子换导尿管。村上的支书{{han:屈满仓}}过年给我们送米送面，夏天带人来帮我摘果子。县社工站的{{compound:太史敬之}}每两周来一回，跟他一起的{{compound:独孤晚晴}}教女子们画画，还有个志愿者{{compound:鲜于思源}}，暑假带她们去{{trap/place:太白山}}脚下参加研学营。
访谈者：孩子们知道妈妈的事吗？
受访者：知道。{{han:碎双}}问过我，妈是不是嫌我们。我说不是，你妈是累了。{{han:大双}}把她妈的照片夹在书里，谁也不让看。前年过年她妈寄回来两件毛衣，没留地址，两个女子穿到袖子短了还不肯脱。儿子年轻时想去{{trap/word:都市}}里闯，现在天天躺着看手机，跟两个女子说话也少了。
访谈者：两个女子的学习谁管？
受访者：我没念过几年书，辅导不了。儿子躺在床上倒是能教，两个女子写完作业拿到他床边，他一道一道看，错了就让重做。他说这是他现在唯一能干的事。有时候教着教着就发火，嫌女子笨，女子哭，他也哭，我在外头听着心里不是滋味。
访谈者：家里的日子怎么过？
受访者：园子一年能收两千多斤猕猴桃，以前一斤卖三四块，这两年行情不好，一块多。补助加起来一个月两千出头，够吃饭，看病就紧了。儿子身上长过褥疮，住了一回院，花了一万多，报了七成。两个女子的衣裳多是亲戚家娃穿剩下的，她们也不嫌，说旧衣裳软和。过年社工给她们一人买了一件红棉袄，两个人穿上在院子里转圈，我看着就笑了。
访谈者：儿子现在怎么样？
受访者：刚出事那两年想不开，不吃饭，跟谁都不说话。后来村上给他申请了轮椅，社工隔三差五来陪他说话，还教他在网上卖猕猴桃。他现在每年能帮村里卖出去好几千斤，自己也挣一点。他说，爸，等女子考上大学，我坐着轮椅也要去送。
访谈者：您自己身体呢？
受访者：七十一了，血压高，膝盖疼。园子里的活干不动了，租给了{{han:齐满有}}的侄子。学校教娃背{{trap/famous:张载}}的横渠四句，{{han:都佳宁}}背得最溜。我最怕的是我先走了，一个瘫子两个碎女子咋办。{{han:宁秀娥}}说，真有那一天，政府管。
访谈者：登记信息说一下。
受访者：住{{address:眉县横渠镇崖下村四组17号}}。我的身份证{{id_number@my1954.610326}}，儿子的{{id_number@my1990spaced.610326}}，{{han:都佳宁}}的{{id_number@wy2017fw.610326}}。我没手机，{{han:宁秀娥}}的电话{{mobile@plus86dash}}，儿子的{{mobile@spaced}}。儿子的微信{{wechat:dujianyong_mx}}。{{han:都佳宁}}有QQ，老师让注册的，号码写在门背后：{{qq:471950362}}。
访谈者：名字在表上写得对吗？
受访者：错过。我写成了{{spaced:都 长 顺}}，小女子是{{spaced:都　佳　安}}，社工的名字也被写成{{spaced:鲜 于 思 源}}。
访谈者：最后想说什么？
受访者：我这辈子没求过人，这几年求了不少。两个女子能长大，多亏了{{han:宁秀娥}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1025,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
