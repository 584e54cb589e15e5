# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 208 (tests/pii/holdout208/H1649-H1656 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 209, written at the same time, is not
an earlier set).

Set 208 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
漳浦 and 德化 (Fujian): a Uyghur father from 伽师 who grafts trees in a flower-and-tree nursery in 官浔 and looks
after his Minnan wife, paralysed when a tree slid off a truck, and their two children; a Yi grandmother from 布拖
raising in 德化 (浔中) the two children of her son, a former porcelain-factory worker in prison, their mother gone;
a Mongolian mother from 乌审旗 shucking oysters in a fishing village of 六鳌, her Minnan husband drowned fixing the
oyster rafts in a typhoon, her son with an intellectual disability; a Kham Tibetan painter of porcelain figures from
理塘 in a workshop in 龙浔, his Han wife killed on the road, raising his daughter with cerebral palsy and his
orphaned nephew; the Han 儿童主任 of the fishing village reading out her list; a relief officer of the 德化 county
civil-affairs bureau; a mediator of the 六鳌 township judicial office; and the trade-union worker of a porcelain
factory in 德化. The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix
rather than one trick: Uyghur given name + father's name with the middle dot, with U+2027 (‧), U+30FB (・), a full
stop and no dot (托呼提尼亚兹·麦吾兰, 托呼提尼亚兹‧麦吾兰, 托呼提尼亚兹.麦吾兰, 托呼提尼亚兹麦吾兰,
努热麦麦提・胡达白尔迪, 努热麦麦提胡达白尔迪, 热孜宛古丽.托合提, 热孜宛古丽托合提), spaced dots (托呼提尼亚兹 ・ 麦吾兰,
胡达白尔迪 . 吾斯曼, 热 孜 宛 古 丽 · 托 合 提), the affectionate -江 (努尔比耶江) and Minnan forms of address made
from Uyghur names (阿麦, 提仔, 阿宛); Yi clan + given names (勒格日作, 吉克木呷, 阿苦阿牛, 瓦其尔布, 马海日哈, 马海尔作,
阿约达体) with the dot (吉克·日史, 阿约·达体), the Han surname cut from the clan name before the Yi given name on
the school roll (吉日史, 吉布都, 马比尔), given names alone (日史, 布都, 伍哈), the son's Han name (吉志勇) and the
grandmother called after her grandchildren's surname (吉阿嬷); Mongolian names (沙仁格日勒, 达木林扎卜, 帖木尔巴根)
with a Minnan 阿 form (阿沙, 阿沙姐), a childhood name (巴嘎沙仁), the Minnan father's surname before a Mongolian
given name (蔡娜荷芽, 蔡巴雅斯古朗) and forms made from the boy's name (巴雅斯古朗, 阿朗仔, 古朗); Kham Tibetan names
(昂翁降措, 呷玛翁秀, 拥珍拉姆, 呷绒次称, 降拥曲忠, 降央扎巴) with short forms (翁秀, 伍坚), a form of address (老降), a
Han surname before a Tibetan given name (赖伍坚拉姆) and the girl's Han name (赖思琪); Han names with Minnan given
names (施罔市, 柯罔腰, 卢招治, 吴秀治, 来添丁, 蔡水木, 许金塗, 戴阿缎) and rare surnames of the region (粘, 练, 问, 过,
占, 阙, 揭, 佘, 官, 池, 尤, 游, 连, 温, 钱, 童, 来, 纪); surnames and given characters that are grammar words right
before or after grammar words, particles, pronouns and verbs (郑再兴再忙, 庄再发再过, 洪又新又是, 苏正正读, 问德山问了,
过玉珠过了年, 来添丁来得, 连海燕连饭, 钱晓蝶的钱, 钱晓蝶能, 曾得水得空, 苏文和和我, 阙丽华和揭春来, 占建伟却,
徐文炳便, 曾庆华说, 让尤秀英, 纪宝莲喊, 杨添寿倒也, 蔡振河要, 陈妙珠也, 沈美玲都, 黄嘉骏就, 连志豪还, 游丽珍她,
郑金水他, 黄明达他, 苏文禄他, 被苏文禄, 被杨添寿, 佘永胜被判, 把林金桂, 给戴阿缎, 跟堂哥蔡振山); names that contain
words beside the same words used as words (林金桂 / 金桂, 游丽珍 / 游泳, 尤国栋 / 尤其, 池丽娟 / 池塘, 康雪芬 / 康复,
白振兴 / 白瓷, 童丽玉 / 儿童主任, 连海燕 / 海燕, 温炳坤 / 温泉, 粘振华 / 粘土, 练文彬 / 训练, 柯青花 / 青花,
西门振涛 / 西门, 左丘明灿 / 左丘明); names inside place-like or organisation-like phrases (郑金水苗圃, 白振兴瓷雕坊,
“郑碧云手绘”网店); names opening a line (访谈者：翁秀习惯这边吗？, 受访者：连海燕，十二岁) or closing one with no full
stop (…送给康雪芬); a surname with only a title or kin word, annotated whole (吉阿嬷, 涂伯, 蔡嫂, 童姐, 童姨, 蔡支书,
粘股长, 练叔, 柯大姐); local nicknames, annotated whole (乌狮, 乌鱼仔, 阿雯); names spaced out character by
character in half- and full-width spaces and names split in two; compound surnames after ordinary words (上官, 欧阳,
司徒, 端木, 皇甫, 钟离, 申屠, 宇文, 澹台, 长孙, 濮阳, 宗政, 夏侯, 诸葛, 司马, 万俟, 左丘, 梁丘, 独孤, 南宫, 西门, 轩辕);
and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:涂伯}}``, ``{{qq:386205174}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, tibetan, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1981fwhyphen.513334}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 姐) and a particle, pronoun or verb
written directly after a name (再, 又, 正, 问, 过, 来, 连, 能, 得, 和, 却, 便, 说, 喊, 倒, 要, 也, 都, 就, 还, 她, 他, 讲, 被)
are outside the span; a surname with only a title or kin word (吉阿嬷, 涂伯, 蔡嫂, 童姐, 童姨, 蔡支书, 粘股长, 练叔,
柯大姐) and a local nickname (乌狮, 乌鱼仔, 阿雯) are annotated whole. Han-style names of minority people (吉志勇,
赖思琪) and the Yi grandmother's 吉阿嬷 are category han; a Han surname before a non-Han given name (吉日史, 吉布都,
马比尔, 蔡娜荷芽, 蔡巴雅斯古朗, 赖伍坚拉姆) is category minority, and so are forms of address made from a non-Han name
(阿麦, 提仔, 努尔比耶江, 阿宛, 阿沙, 巴嘎沙仁, 阿朗仔, 古朗, 老降).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout208/make_holdout208.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(208_2026_1207)
MINORITY_GROUPS = ('mongolian', 'uyghur', 'tibetan', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "tibetan": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "180", "182", "183", "185",
                   "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1649: Uyghur father from 伽师 who grafts trees in a flower-and-tree nursery in 漳浦 (官浔镇); his Minnan wife was
# crushed by a tree while loading a truck and is paralysed; a son and a daughter.
DOCS["H1649"] = ("family", """\
访谈者：大哥，您在苗圃干了几年了？
受访者：六年了。我叫{{minority/uyghur:麦吾兰·艾海提}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。场里的人学闽南话的叫法，都喊我{{minority/uyghur:阿麦}}，工资表上干脆连着写{{minority/uyghur:麦吾兰艾海提}}。
访谈者：怎么到漳浦来的？
受访者：以前在{{trap/place:厦门}}卖烤肉，认得了我老婆{{han:林金桂}}，她是{{trap/place:官浔}}人，家里种苗木，我就跟她回来了。现在在{{han:郑金水}}苗圃做嫁接，{{han:郑金水}}他人不坏，工钱从来不拖。漳浦的苗木有名，罗汉松、三角梅、香樟，一车一车拉到北方去。嫁接讲手感，刀要快，我在老家给杏树嫁接过，一学就会。
访谈者：家里现在什么情况？
受访者：前年装车，一棵老榕树滑下来，把{{han:林金桂}}压在底下，腰断了，下半身瘫了。她以前在场里专管{{trap/word:金桂}}，一天修两百棵。现在是一级残疾，两项补贴是村里的儿童主任{{han:施罔市}}帮着报的。{{han:施罔市}}讲，孩子这种情况也算困境儿童，又帮我们评了低保，加起来一个月{{trap/number:两千一百出头}}。轮椅、尿垫、药，一个月光这些就一千多，医保报一部分，大病救助又给了{{trap/number:一万二}}。
访谈者：孩子们多大了？
受访者：儿子{{minority/uyghur:托呼提尼亚兹·麦吾兰}}十一岁，在{{school:官浔镇中心小学五年级4班}}；女儿{{minority/uyghur:努尔比耶·麦吾兰}}六岁，上大班。外婆叫外孙{{minority/uyghur:提仔}}，我在家叫女儿{{minority/uyghur:努尔比耶江}}。两个孩子闽南话讲得比我好，维吾尔话倒忘了一半。
访谈者：孩子们懂事吗？
受访者：懂事得叫人心疼。{{minority/uyghur:托呼提尼亚兹}}放学先给他妈翻身、擦背，再写作业。镇卫生院的{{han:蔡淑敏}}医生教过他，两个钟头翻一回，不然要长褥疮，他就拿闹钟定着。班主任{{han:游丽珍}}老师知道了，让他中午在学校把作业写完。{{han:游丽珍}}她还带学校的{{trap/word:游泳}}队，暑假带他去县里学了一个月，不收钱。
访谈者：孩子妈妈现在心情怎么样？
受访者：刚出事那半年，她不吃饭，讲自己是拖累，要我带孩子回新疆，不要管她。我跟她讲，我们维吾尔人讲，家里的火不能灭，人在，火就在。社工来了以后，教她在床上做手工，串珠子、编中国结，拿到镇上去卖，一个月也有两三百。钱不多，她人精神了。现在她在床上管账，哪天交电费、哪天续医保，都是她记着。
访谈者：苗圃的活一年到头都有吗？
受访者：春秋两季最忙，嫁接、起苗、装车，天不亮就干。夏天台风多，要给苗木搭架子、绑绳子，一场风过来，一个月白干。冬天活少，我就去镇上的夜市摆摊烤羊肉串，一晚上能卖两百多串，漳浦人现在也爱吃孜然了。
访谈者：名字在各种表上写得一样吗？
受访者：五花八门。学籍上是{{minority/uyghur:托呼提尼亚兹‧麦吾兰}}，医保卡上点变成了{{minority/uyghur:托呼提尼亚兹.麦吾兰}}，低保系统里点干脆没了，成了{{minority/uyghur:托呼提尼亚兹麦吾兰}}。幼儿园把女儿写成{{spaced:努 尔 比 耶}}，残联的表又写成{{spaced:托呼提尼亚兹 ・ 麦吾兰}}。我自己在居住证上是{{spaced:麦吾兰　艾海提}}。
访谈者：还有谁帮过你们？
受访者：镇民政办的{{han:尤国栋}}，{{trap/word:尤其}}是他，跑了好几趟县里给我老婆办轮椅。县社工站的{{compound:上官婉仪}}每周来给我老婆做康复，她同事{{compound:欧阳碧珊}}陪儿子聊天。隔壁的{{han:来添丁}}来得最勤，下雨天骑三轮车把两个孩子接回来。老板娘{{han:吴秀治}}隔几天就送一锅卤面过来。
访谈者：村里人对你们怎么样？
受访者：刚来的时候，村里人看我像看外国人，小孩跟在后面看。现在谁家做满月、办酒，都叫我去烤羊肉串。村支书{{han:林再添}}讲，我是官浔的女婿，就是官浔人。过年他喊我去村部写春联，我写不来汉字，就在旁边帮着裁红纸。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/uyghur:阿依仙木罕}}七十了，在伽师种杏子。弟弟在{{trap/place:阿克苏}}开大车，每年秋天寄一箱核桃、一箱红枣。{{trap/minority_word:肉孜节}}那天我们视频，我阿妈看见孙子就哭。
访谈者：您一个人撑这个家，累不累？
受访者：累也得撑。早上五点起来烤{{trap/minority_word:馕}}，给老婆弄饭，七点去苗圃。晚上回来弹一会儿{{trap/minority_word:都塔尔}}，给孩子讲{{trap/famous:阿凡提}}的故事，儿子笑，老婆也笑，一天就过去了。有时候半夜醒来，听见她在哭，我就假装睡着，第二天照样烤馕。
访谈者：登记信息请您说一下。
受访者：家在{{address:漳浦县官浔镇溪坂村后厝78号}}，老家{{address:伽师县克孜勒苏乡阿恰勒村3组11号}}。我的身份证{{id_number@my1983spaced.653129}}，儿子的{{id_number@my2014fw.350623}}。我电话{{mobile@s434}}，{{han:施罔市}}的{{mobile@hyphen}}。我微信{{wechat:Mewlan_guanxun}}，儿子有个QQ，号码贴在他妈床头：{{qq:386205174}}。
访谈者：最后还想说什么？
受访者：盼我老婆能坐起来，盼两个孩子把书读出来，长大了回伽师看看杏花。
""")

# H1650: Yi grandmother from 布拖 (凉山) raising in 德化 (浔中镇) the two children of her son, a former porcelain-factory
# worker now in prison; their mother left.
DOCS["H1650"] = ("family", """\
访谈者：阿嬷，您是从四川过来的？
受访者：{{trap/place:凉山}}{{trap/place:布拖}}的。我叫{{minority/yi:勒格日作}}，汉话讲得不好。这边的人跟着孙娃的姓，喊我{{han:吉阿嬷}}。
访谈者：怎么到德化来的？
受访者：儿子{{minority/yi:吉克木呷}}十几年前出来打工，在瓷厂拉坯，厂里登记的汉名叫{{han:吉志勇}}。前年跟老乡喝酒打架，把人打成重伤，判了五年。媳妇{{minority/yi:阿苦阿牛}}跟别个走了，电话打不通。两个娃娃丢在出租屋头，莫得人管，是房东{{han:涂伯}}打电话到村里找的我。我这辈子头一回坐火车，坐了两天一夜，下车连东南西北都分不清。
访谈者：孩子多大了？
受访者：姐姐{{minority/yi:吉克日史}}十二岁，弟弟{{minority/yi:吉克布都}}九岁。户口本上中间有个点，写的{{minority/yi:吉克·日史}}。学校花名册只写一个吉字，姐姐成了{{minority/yi:吉日史}}，在{{school:德化县浔中镇第二小学六年级（3）班}}；弟弟成了{{minority/yi:吉布都}}，在同一个学校读三年级。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:颜秀凤}}，一个字一个字帮我填表，给两个娃娃报了服刑人员子女补助，每人每月{{trap/number:一千零二十}}。县民政局的{{han:粘振华}}来屋头看过，讲房租太贵，又帮我们报了低保。我儿原来厂里的工会干部{{han:柯青花}}，过年送米送油，还给姐姐找了个资助人。社工{{compound:司徒秀钗}}每个礼拜来，陪娃娃写作业；她带来的大学生{{compound:端木俊溪}}教弟弟下象棋。
访谈者：学校那边呢？
受访者：{{minority/yi:日史}}的班主任{{han:郑再兴}}再忙也每个礼拜来一趟，教我用手机看作业。弟弟的老师{{han:池丽娟}}讲，{{minority/yi:布都}}上课坐不住，下课就跑去学校后头的{{trap/word:池塘}}看鸭子。{{han:池丽娟}}跟他讲，字写好了带他去看烧窑。有同学笑他黑，讲他爸是坏人，他跟人打了一架，{{han:池丽娟}}把两个都喊到办公室，一人给了一颗糖。
访谈者：姐姐怎么样？
受访者：姐姐心重。她爸出事那年她十岁，学会了煮饭、洗衣服、给弟弟签作业本。学校开家长会，她自己去，坐在最后一排，老师问家长呢，她讲奶奶不会讲汉话。现在她帮我去超市买东西，去社区拿表，跟人讲价，像个小大人。可有一回半夜我听见她在被子里哭，讲想妈妈。我也莫得办法，只好摸着她的头，唱我们彝家的摇篮歌。她听着听着就睡了，手还攥着我的衣角。第二天起来，眼睛是肿的，照样给弟弟煮面、梳头，背着书包出门。
访谈者：孩子们见过爸爸吗？
受访者：见过一回，视频的。他爸在那头哭，弟弟问爸爸为啥子剃光头。我讲你爸在外头做工。姐姐晓得，不吭声，回来把自己关在屋头。司法所的人讲，{{han:吉志勇}}在里头表现好，可能减刑。房东{{han:涂伯}}听讲了，每个月房租少收两百，讲等我儿出来再补。
访谈者：您想过带孩子们回凉山吗？
受访者：想过。可他们的爸在这边关着，回去了见一面更难。孩子们也在这边读惯了，讲的是德化话，彝话听不懂几句，回去在山上也要受欺负。我儿讲，等他出来了，还回瓷厂做工，一家人在德化过。我就等他。每天早上我对着窗子念几句，求祖先保佑他在里头莫生病、莫跟人打架。
访谈者：您在这边过得惯吗？
受访者：过不惯。这边潮，莫得{{trap/minority_word:苦荞}}，侄儿{{minority/yi:瓦其尔布}}从老家寄荞面来，我做{{trap/minority_word:荞饼}}。{{trap/minority_word:火把节}}那天，同在瓷厂的老乡杀了只鸡，煮{{trap/minority_word:坨坨肉}}，几家人在河边坐到半夜。我给娃娃讲{{trap/famous:支格阿鲁}}射太阳，弟弟拿竹竿当弓，满院子跑。隔壁的{{han:陈妙珠}}也是外地嫁来的，教我腌咸菜，我教她搓荞粑粑，两个人话讲不通，比划着也过得去。
访谈者：您身体怎么样？
受访者：腰疼，眼睛也花了，针都穿不进去。冬天这边不下雪，可屋头冷，我披着{{trap/minority_word:擦尔瓦}}睡。我最怕我先走了，两个娃娃咋个办。{{han:颜秀凤}}讲，真到那一天，政府不会不管。我听了心头才松一点。社区卫生站的{{han:曾得水}}得空就来给我量血压，讲我血压高，要少吃盐、莫熬夜。可娃娃作业不做完，我哪里睡得着。
访谈者：登记信息请您说一下。
受访者：住在{{address:德化县浔中镇土坂村瓷都巷15号}}，老家{{address:布拖县拖觉镇洛古村2组9号}}。我的身份证{{id_number@wold.513429}}，弟弟的{{id_number@my2016tri.513429}}。姐姐有个电话手表，号码{{mobile@s74}}。{{han:颜秀凤}}的微信{{wechat:yanxf_xunzhong}}，姐姐的QQ是{{qq:70318265}}。
访谈者：表上的名字写得对吗？
受访者：乱得很。低保表上我是{{spaced:勒格　日作}}，补助表上弟弟写成{{spaced:吉 克 布 都}}，姐姐又写成{{spaced:吉 日 史}}。
访谈者：最后还想说什么？
受访者：盼我儿早点出来，把两个娃娃接回去，回布拖看{{trap/minority_word:索玛花}}。
""")

# H1651: Mongolian mother from 乌审旗 in a fishing village of 漳浦 (六鳌镇); her Minnan husband drowned fixing the
# oyster rafts in a typhoon; a daughter and a son with an intellectual disability.
DOCS["H1651"] = ("family", """\
访谈者：大姐，您是从内蒙古嫁过来的？
受访者：是，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的。我叫{{minority/mongolian:沙仁格日勒}}，嫁到{{trap/place:六鳌}}十四年了。村里人跟着我男人喊我{{han:蔡嫂}}，老阿婆们讲闽南话，叫我{{minority/mongolian:阿沙}}。
访谈者：怎么嫁到这么远？
受访者：我在{{trap/place:呼和浩特}}读的卫校，毕业去厦门一家医院当护工。他跑海鲜，常来送货，一来二去就认得了。我阿爸不同意，讲海边人靠天吃饭，靠不住。我不听，跟他回了六鳌。头几年日子好，他养蚵、放网，我在镇上诊所打针。
访谈者：您先生……
受访者：前年八月起台风，他半夜开小船出去加固蚵排，船翻了，三天后才找着。他叫{{han:蔡振海}}，从小在海上长大，村里都叫他{{han:乌狮}}。那晚{{han:乌狮}}跟我讲，去去就回。
访谈者：孩子们呢？
受访者：两个。女儿十三，户口上叫{{minority/mongolian:蔡娜荷芽}}，名字是我阿妈起的，在{{school:六鳌中学初一（2）班}}。儿子九岁，叫{{minority/mongolian:蔡巴雅斯古朗}}，智力二级残疾，在{{school:漳浦县特殊教育学校三年级（1）班}}住校。奶奶喊他{{minority/mongolian:阿朗仔}}，他自己只会讲后半截，{{minority/mongolian:古朗}}。
访谈者：现在靠什么过日子？
受访者：诊所的活丢了，要顾孩子。我在码头剖海蛎，一斤两块钱，一天剖一百多斤，手上全是口子。家里评了低保，两个孩子算困境儿童，儿子还有两项补贴，是村里儿童主任{{han:童丽玉}}跑下来的。{{han:童丽玉}}讲，孩子的爸不在了，这些钱不能让别人拿去。
访谈者：剖海蛎一天要干多久？
受访者：天不亮就去。海蛎船四点靠岸，一筐一筐倒在地上，我们坐在小板凳上剖，剖到中午，腰都直不起来。冬天海风吹得手裂开，贴了胶布接着剖。海蛎壳尖，一不小心就扎进肉里，我手上的疤比女儿作业本上的红叉还多。可这活不用求人，剖一斤算一斤，我心里踏实。
访谈者：有人想拿吗？
受访者：有。船是他跟堂哥{{han:蔡振山}}合伙的，出了事，{{han:蔡振山}}讲船是他一个人的，赔的钱一分不给。镇司法所的{{han:练文彬}}调解了三回，才要回来{{trap/number:十八万}}，存成两个孩子的定期。
访谈者：孩子们在学校怎么样？
受访者：女儿懂事，放学帮我剖海蛎。班主任{{han:洪又新}}又是送药膏又是找人捐手套，还让她当了语文课代表。儿子在特教学校，{{compound:皇甫淑卿}}老师喊他{{minority/mongolian:巴雅斯古朗}}，教他系鞋带、认钱，教了一个学期，他会自己买冰棍了。县里社工{{compound:钟离振铎}}每个月来一回，带他去海边捡贝壳。
访谈者：儿子住校，您放心吗？
受访者：头一个月不放心，天天打电话。他不会讲电话，就在那头喊阿妈阿妈。后来老师发视频给我，看他在学校吃饭、叠被子、跟同学玩，我才放下心。礼拜五我骑电动车去县城接他，来回两个钟头，他坐在后面搂着我的腰，一路唱学校教的儿歌，唱得不成调，我听着比什么都好听。路过海边，他一定要下来看船，看到船就讲，阿爸。
访谈者：婆家那边呢？
受访者：婆婆{{han:卢招治}}七十三了，眼睛不好，天天去{{trap/org:天后宫}}拜{{trap/famous:妈祖}}，求她儿子在那边好好的。小叔子{{han:蔡振河}}在{{trap/place:古雷}}石化厂上班，礼拜天回来帮我修屋顶。{{han:蔡振河}}要我别再去码头，讲他养我们，我没答应，他也有一家人要顾。码头收海蛎的{{han:许金塗}}，称秤从来不压我的价。
访谈者：老家的人呢？
受访者：我阿爸{{minority/mongolian:达木林扎卜}}放了一辈子羊，腿坏了。哥哥{{minority/mongolian:帖木尔巴根}}每年冬天寄一箱{{trap/minority_word:炒米}}和风干肉，电话里还是叫我小名{{minority/mongolian:巴嘎沙仁}}。我给孩子讲{{trap/famous:成吉思汗}}，婆婆给他们讲妈祖，两个孩子听得糊里糊涂。去年暑假我带女儿回了一趟乌审旗，她头一回骑马，吓得直叫，下来又吵着还要骑。
访谈者：您想过回内蒙古吗？
受访者：想过。可{{han:乌狮}}埋在这边山上，婆婆又离不开人。我学会了煎海蛎煎，婆婆学会了喝{{trap/minority_word:咸奶茶}}，一家人就这么过。
访谈者：登记信息请您说一下。
受访者：家在{{address:漳浦县六鳌镇虎头山村下坑42号}}，娘家在{{address:乌审旗图克镇查干淖尔嘎查五组12号}}。我的身份证{{id_number@wy1986quad.150626}}，儿子的{{id_number@my2016hyphen.350623}}。我电话{{mobile@plus86}}，{{han:童丽玉}}的{{mobile@fullwidth}}。我的微信{{wechat:Sharen_gerel86}}，女儿的QQ写在她文具盒盖上：{{qq:1573920486}}。
访谈者：表上的名字写得对吗？
受访者：低保表上我是{{spaced:沙 仁 格 日 勒}}，学校把女儿写成{{spaced:蔡　娜　荷　芽}}，儿子写成{{spaced:蔡 巴雅斯古朗}}。
访谈者：最后还想说什么？
受访者：想跟孩子们讲，你们的阿爸是在海上走的，你们的阿妈是草原来的，两边都是家。
""")

# H1652: Kham Tibetan father from 理塘, a painter of porcelain figures in a workshop in 德化 (龙浔镇); his Han wife died
# in a road accident; a daughter with cerebral palsy and his orphaned nephew.
DOCS["H1652"] = ("family", """\
访谈者：师傅，您在这个瓷雕坊干了几年了？
受访者：八年了。我叫{{minority/tibetan:昂翁降措}}，老家{{trap/place:甘孜}}{{trap/place:理塘}}。坊里的师傅念不顺，都喊我{{minority/tibetan:老降}}。我给瓷观音开脸、描金，以前在老家画{{trap/minority_word:唐卡}}，手上的功夫是一样的。开脸最难，眼睛差一根头发丝，菩萨就不慈悲了。
访谈者：怎么到德化来的？
受访者：{{han:白振兴}}老板去理塘收唐卡，看我画得细，喊我来德化学{{trap/word:白瓷}}。在{{han:白振兴}}瓷雕坊我认得了我老婆{{han:赖春梅}}，她是{{trap/place:三班镇}}人，在坊里上釉。
访谈者：家里现在几口人？
受访者：三口。{{han:赖春梅}}前年骑摩托去{{trap/place:戴云山}}那边送货，出了车祸，人没了。女儿跟她妈姓，藏名叫{{minority/tibetan:赖伍坚拉姆}}，学校里用汉名{{han:赖思琪}}，十岁，生下来就是脑瘫，走路要人扶。还有一个是我姐姐的儿子{{minority/tibetan:呷玛翁秀}}，十四岁。
访谈者：姐姐家出了什么事？
受访者：三年前理塘下大雨，山上滑坡，姐姐{{minority/tibetan:拥珍拉姆}}和姐夫{{minority/tibetan:呷绒次称}}都埋在下面了。{{minority/tibetan:翁秀}}那天在学校住校，躲过了。他阿奶{{minority/tibetan:降拥曲忠}}八十了，带不动，我就把娃娃接来德化。他现在领孤儿基本生活费，户口还在理塘，钱是那边发。
访谈者：女儿的情况呢？
受访者：{{minority/tibetan:伍坚}}有两项补贴，困境儿童也报了。民政局的{{han:粘振华}}来屋头看过，讲她是重残，护理补贴能拿足。县医院{{trap/word:康复}}科的{{han:康雪芬}}医生一个礼拜给她做两回训练，{{han:康雪芬}}讲，七岁前练得好，现在{{minority/tibetan:伍坚}}能扶着墙走十几步了。我老婆在的时候，天天抱着她去医院；现在我要上班，接送靠丈母娘{{han:许银花}}，她坐公交车，一手抱孩子一手拎轮椅，司机{{han:吕国辉}}每回都下来帮她抬。
访谈者：您一个人又上班又带两个孩子，顾得过来吗？
受访者：顾不过来也得顾。早上六点起来给女儿穿衣、喂饭，等丈母娘来了我再去坊里。晚上回来，外甥已经把饭煮好了，他不会炒菜，就把咸菜、酸萝卜摆一桌。他十四岁，话少，心里有数。有一回女儿半夜发烧抽筋，是他背着跑到卫生院的，我那天在窑上守夜烧瓷，手机没信号，第二天早上才晓得。
访谈者：德化这边藏族人多吗？
受访者：不多。坊里就我一个，全县我晓得的也就三四个，都是做瓷的。有个从{{trap/place:昌都}}来的，在另一家厂里画釉上彩，过藏历年我们凑在一起喝一顿酒，讲讲家乡话。德化人对我们好，菜市场卖菜的阿婶晓得我女儿的事，每回都多塞一把葱。
访谈者：两个孩子在哪里上学？
受访者：{{minority/tibetan:翁秀}}在{{school:德化县龙浔中学初二（6）班}}，女儿在{{school:德化县特殊教育学校二年级（1）班}}，老师一个礼拜两回送教上门。送教的{{compound:申屠玉蝉}}老师教她用左手拿笔。外甥的班主任{{han:涂建伟}}讲他画画有天分，推荐他去学陶瓷彩绘。美术老师{{han:苏文和}}和我商量，让他礼拜六到坊里来，跟着我描线，他画的第一只瓷碗，现在还摆在我床头。
访谈者：{{minority/tibetan:翁秀}}习惯这边吗？
受访者：头一年不习惯，天天想{{trap/place:毛垭草原}}，想骑马。他讲德化的山太矮，看不到雪山，吃饭也嫌甜。现在跟同学{{han:连志豪}}一起去窑上看烧瓷，{{han:连志豪}}还教他讲闽南话。过年我们在出租屋里跳{{trap/minority_word:锅庄}}，拌{{trap/minority_word:糌粑}}，{{han:白振兴}}一家也来凑热闹。社工{{compound:宇文少棠}}拍了视频，发给他阿奶看。
访谈者：您自己呢？
受访者：白天画佛像，晚上给女儿按腿。手艺活按件算钱，一尊观音开脸{{trap/number:一百二}}，好的时候一个月挣六七千，女儿一住院就全没了。{{trap/famous:仓央嘉措}}写过，借白鹤的翅膀，飞到理塘转一转就回来，我常念给娃娃们听。坊里都拜{{trap/famous:何朝宗}}，老板讲我开的观音脸有几分他的味道。有时候画到半夜，手抖了，就停下来念一会儿经，心静了再画。坊里的师傅们轮流请我们吃饭，中秋还送来一盒月饼，女儿舍不得吃，放到发了霉。
访谈者：登记信息请您说一下。
受访者：住在{{address:德化县龙浔镇宝美村瓷雕街9号2楼}}，老家{{address:理塘县禾尼乡然比村1组7号}}。我的身份证{{id_number@my1981fwhyphen.513334}}，女儿的{{id_number@wy2015quad.350526}}。我电话{{mobile@plus86spaced}}，{{han:粘振华}}的电话{{mobile@h38}}，我微信{{wechat:wxid_lt8n3q5v2k}}。{{minority/tibetan:翁秀}}有个QQ，写在作业本封底：{{qq:２０３９４８１５６７}}。
访谈者：表上的名字写得对吗？
受访者：不对。孤儿证上是{{spaced:呷玛　翁秀}}，低保表上我成了{{spaced:昂 翁 降 措}}，女儿写成{{spaced:赖 伍 坚 拉 姆}}。
访谈者：最后还想说什么？
受访者：等女儿能自己走路了，我带她回理塘看赛马，把我画的头一尊观音送给{{han:康雪芬}}
""")

# H1653: Han 儿童主任 of a fishing village in 漳浦 (六鳌镇) reading out her list.
DOCS["H1653"] = ("staff", """\
访谈者：{{han:童姐}}，今天带来的是什么？
受访者：我们村困境儿童的名单。我叫{{han:童丽玉}}，{{trap/org:虎头山村委会}}的。村里人开玩笑，讲{{trap/word:儿童}}主任姓童，天生做这个的。我原来是妇女主任，五年前兼了这个，一个月补贴四百，镇里讲明年涨到六百。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{minority/mongolian:沙仁格日勒}}，蒙古族，男人前年台风天出海没回来。女儿{{minority/mongolian:蔡娜荷芽}}，儿子{{minority/mongolian:蔡巴雅斯古朗}}智力残疾，两项补贴加困境儿童。孩子阿嬷喊他{{minority/mongolian:阿朗仔}}，我们也跟着喊。
访谈者：第二户？
受访者：第二户是孤儿，{{han:钱晓蝶}}，女，十岁。爸爸{{han:钱添旺}}讨海淹死的，妈妈早几年病死了。孤儿基本生活费每月{{trap/number:一千九百二十}}，打到外婆{{han:柯罔腰}}的卡上。我每个月去看一回，{{han:钱晓蝶}}的钱谁都不能挪。十岁的孩子，{{han:钱晓蝶}}能自己煮饭、洗衣服了。她在{{school:六鳌中心小学四年级2班}}，跟外婆住{{address:六鳌镇虎头山村海墘路3号}}，身份证{{id_number@wy2015.350623}}。
访谈者：第三户？
受访者：户主姓问，问路的问，叫{{han:问德山}}。{{han:问德山}}问了我好几回，孙子算不算事实无人抚养。孙子{{han:问子航}}，爸爸在戒毒所，妈妈改嫁到{{trap/place:泉州}}，一年打不来一个电话。算的，去年批下来了，每月{{trap/number:一千六百八}}。住{{address:六鳌镇虎头山村顶厝巷6号}}，{{han:问德山}}的身份证{{id_number@mmidx.350623}}。
访谈者：还有吗？
受访者：第四户，{{han:过玉珠}}过了年就七十，一个人带三个孙女，{{han:庄雅琳}}、{{han:庄雅馨}}、{{han:庄雅雯}}。女婿{{han:庄再发}}再过一年就出来了，判的是走私，孩子们领服刑人员子女补助。大的在{{school:六鳌中学初二（4）班}}，成绩好，班主任{{han:沈美玲}}都讲她考一中没问题，我给她申请了助学金。
访谈者：第五户？
受访者：{{han:连海燕}}，十二岁，白血病。{{han:连海燕}}连饭都吃不下，化疗三期了，大病救助批了两回。她讲语文课学了{{trap/word:海燕}}，要像它一样飞。她爸{{han:连国强}}在别人船上做工，一个月回来一趟，她妈{{han:颜碧霞}}在{{trap/place:漳州}}的医院陪床。村里捐了一回款，{{han:蔡支书}}带头拿了五千。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:温炳坤}}总负责，礼拜天他还带孩子们去{{trap/word:温泉}}泡脚。社工站派了{{compound:澹台明澈}}跟第二户、第四户，{{compound:长孙丽鹃}}跟第五户，志愿者{{compound:濮阳书航}}每周来给孩子们补英语，驻村干部{{compound:宗政建闽}}管台账。
访谈者：孩子们都有外号吧？
受访者：渔村的孩子哪个没外号。{{han:问子航}}黑黑瘦瘦，水性最好，都叫他{{han:乌鱼仔}}，他就喜欢人家这么叫；{{han:庄雅雯}}最小，大家喊{{han:阿雯}}。
访谈者：您平时怎么跑这些户？
受访者：骑电动车。村里七个自然村，沿着海岸一字排开，从头跑到尾要四十分钟。我一般礼拜三下午跑，先看孤儿，再看生病的，最后看老人带的。上面发了探访表，一户要填三页，看家里有没有吃的、孩子身上有没有伤、作业有没有人管。有一回我看见{{han:过玉珠}}家灶台是冷的，一问，三天没开火了，老人腰闪了起不来，三个孩子吃的是泡面。我赶紧叫了村医，又去镇上买了一袋米、一箱鸡蛋，那个礼拜天天过去煮饭。
访谈者：您自己家里呢？
受访者：我老公也讨海，一年有半年在船上。两个孩子，大的在漳州读卫校，小的读初三。老公讲我管别人的孩子比管自己的还用心，我讲自己的孩子有爸有妈，这些孩子有什么？他就不讲了，出海回来还帮我把米、油送到名单上的几户去。
访谈者：这些孩子里有走出去的吗？
受访者：有。前几年名单上有个男孩，爸妈都没了，跟着叔叔过，后来考上了{{trap/org:集美大学}}航海专业，现在在远洋船上当三副。每年过年回来，都给名单上的孩子每人包一个红包。他讲，{{han:童姨}}，我小时候你给我送过一袋米，我记一辈子。
访谈者：名单上的名字都写对了吗？
受访者：错的多。县里下来的表把{{spaced:钱　晓　蝶}}一个字一个空，{{spaced:问 德山}}拆成两半，社工写成{{spaced:澹 台 明 澈}}，还有{{spaced:连　海　燕}}。我一张一张核，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@spaced}}，微信{{wechat:tongliyu_liuao}}。孩子们有事在QQ上找我，我的QQ是{{qq:482610375}}，{{han:温炳坤}}的QQ是{{qq:60728134}}。
访谈者：干这个最难的是什么？
受访者：最难是台风天。台风一来，我先把名单上的孩子挨家问一遍，哪家屋顶漏，哪家大人还在海上。孤儿那家外婆住在海边，去年我跟{{han:温炳坤}}半夜把祖孙俩接到村部住了三天。
访谈者：最后还想说什么？
受访者：盼这些孩子长大了别再讨海。海给了我们饭吃，也拿走了太多人。
""")

# H1654: Han relief officer of the 德化 county civil-affairs bureau.
DOCS["H1654"] = ("staff", """\
访谈者：{{han:粘股长}}，您在民政局管哪一块？
受访者：社会救助股，低保、特困、孤儿、事实无人抚养都归我们管。我叫{{han:粘振华}}，粘是{{trap/word:粘土}}的粘。德化做瓷离不开粘土，这个姓在这边倒是好记。
访谈者：全县这样的孩子有多少？
受访者：孤儿六十几个，事实无人抚养一百二十多个，困境儿童四百出头。瓷厂多，外地工人多，光{{trap/place:凉山}}来的彝族工人就好几百，他们的孩子也在名单上。
访谈者：能讲几个例子吗？
受访者：可以，名字你们回去要换掉。浔中有一户，爸爸{{minority/yi:吉克木呷}}在服刑，两个孩子跟奶奶过。户口在{{trap/place:布拖}}，按规定该户籍地发，我们跟那边通了好几回电话，最后商量好这边先发。社区的{{han:颜秀凤}}把材料一样一样复印了寄过去。
访谈者：还有别的彝族家庭吗？
受访者：{{trap/place:三班镇}}一户，爸爸{{minority/yi:马海日哈}}前年在工地上摔死了，妈妈{{minority/yi:马海尔作}}在窑上装坯，一个人带三个孩子，住{{address:三班镇奎斗村窑坪巷23号}}。大的{{minority/yi:马海比尔}}十四岁，学校写成{{minority/yi:马比尔}}，在{{school:三班中学初二（3）班}}。孩子算困境儿童，加上低保，一个月两千出头。这家的事，瓷厂工会的{{han:柯青花}}跑得比我们还勤。
访谈者：藏族的呢？
受访者：{{trap/place:龙浔镇}}有个理塘来的画师{{minority/tibetan:昂翁降措}}，女儿{{minority/tibetan:赖伍坚拉姆}}脑瘫，外甥{{minority/tibetan:呷玛翁秀}}是孤儿，钱归理塘发。我打电话过去，接电话的是个藏族干部{{minority/tibetan:降央扎巴}}，汉话讲得比我还标准，两天就把证明传过来了。
访谈者：本地的孩子呢？
受访者：本地多是爸妈离婚、各走各的。{{trap/place:盖德}}有个男孩叫{{han:苏正}}，{{han:苏正}}正读初三，爸爸失联，妈妈改嫁，跟着叔叔过。孩子的补助被{{han:苏文禄}}拿去打牌，我们查出来，把钱改成学校代管。{{han:苏文禄}}他上门来吵，是镇里的调解员{{han:郑丽卿}}劝走的。
访谈者：事实无人抚养怎么认定？
受访者：爸妈两个都要符合条件：一个死亡、失踪，另一个重残、重病、服刑、戒毒之类，证明一样都不能少。{{trap/place:雷峰镇}}的{{han:许梦瑶}}，妈妈失踪三年，派出所开不出证明，我们跟律师{{compound:夏侯文渊}}跑法院申请宣告失踪，拖了大半年。
访谈者：钱是怎么发的？
受访者：一律打到孩子或者监护人的社保卡上，每月十号前到账。我们每个季度跟{{trap/org:县残联}}、{{trap/org:县医保局}}、公安比对一次数据，人死了、户口迁了、大人出狱了，都要及时调整。有一回比对出来，{{trap/place:水口镇}}有个孩子的爸爸早放出来了，家里还在领服刑人员子女补助。镇民政员{{han:黄志铿}}去核，人家讲不晓得要报，我们就停了，多领的没追，孩子确实难。
访谈者：外地孩子跟本地孩子，待遇一样吗？
受访者：原则上按户籍地，外地户口的在这边拿不了本地低保。可孩子在我们这里读书、生病、出事，我们不能看着。县里出了个办法：先用临时救助兜一下，同时帮他们跟老家对接。去年跟凉山、甘孜、新疆那边对接了十几户，有的一个电话就办了，有的材料寄了三回。我们股里的人都会讲一句彝话了，{{trap/minority_word:卡莎莎}}，就是谢谢。
访谈者：股里人手够吗？
受访者：不够。就三个人，我、{{han:郭秋燕}}，还有刚考进来的{{compound:诸葛闽生}}。乡镇靠民政员，村里靠儿童主任。{{trap/place:美湖乡}}的儿童主任{{han:尤秀英}}一个人管六个自然村，一年骑坏两个摩托车轮胎。上个月局长{{han:曾庆华}}下去看，坐她的摩托车后座跑了一天，回来就给乡镇加了预算。{{han:曾庆华}}说，让{{han:尤秀英}}这样的人寒心，我们这些坐办公室的就白干了。
访谈者：系统里的名字会录错吗？
受访者：经常。{{spaced:吉 克 木 呷}}被拆成四个字，{{spaced:马海　比尔}}中间多个空格，{{spaced:许 梦 瑶}}也是。核对靠身份证号，比如这个孩子的，我念一下：{{id_number@wy2010tri.350526}}；三班那个妈妈的是{{id_number@wmidfwspaced.513429}}。
访谈者：群众怎么找你们？
受访者：打我电话{{mobile@fws}}，{{han:郭秋燕}}的{{mobile@plain}}，或者打{{trap/hotline:12349}}。股里有个工作微信{{wechat:dh_minzheng_jz}}，QQ是{{qq:2750618394}}，乡镇的材料都从QQ上传。
访谈者：您干这行多少年了？
受访者：十六年。刚来的时候低保还是手写的台账，一个乡一本，翻得卷了边。现在全在系统里，可孩子还是要一个一个去看。数据能告诉你钱发没发，告诉不了你孩子吃没吃饱。所以我们每年都要下去走两轮，一户一户敲门，看看床，看看灶，看看孩子的眼睛。
访谈者：最后想说什么？
受访者：钱是国家的，腿是我们的。多跑一趟，孩子就少吃一份苦。这话是我们老股长{{han:官德明}}讲的。
""")

# H1655: Han mediator of the township judicial office of 六鳌镇 (漳浦).
DOCS["H1655"] = ("staff", """\
访谈者：{{han:练叔}}，司法所也管孩子的事？
受访者：管。调解的案子一大半跟孩子有关：抚养费、监护权、赔偿款。我叫{{han:练文彬}}，在{{trap/org:六鳌镇司法所}}当调解员十一年了，姓练，{{trap/word:训练}}的练。我们这边调解，先泡茶，茶泡开了，话才讲得开。所里就两个人，案子多的时候一天调三四起，嗓子哑了，含一颗润喉糖接着讲。
访谈者：讲讲您印象最深的。
受访者：头一件是{{minority/mongolian:沙仁格日勒}}家。她男人{{han:蔡振海}}台风天出海没回来，船是跟堂哥{{han:蔡振山}}合伙的。{{han:蔡振山}}一口咬定船是他一个人的，保险赔的钱不肯分。我调了三回，第三回把村里老人{{han:蔡水木}}请来，他当年看着两兄弟签的字，{{han:蔡振山}}才认。钱存成两个孩子的定期，谁也动不了。
访谈者：她一个外地媳妇，不容易。
受访者：不容易。她娘家哥哥{{minority/mongolian:帖木尔巴根}}从内蒙古打电话来，讲要来讨公道，我劝他莫来，来了反倒吵起来。我们所里跟着村里叫她{{minority/mongolian:阿沙}}姐，她做的{{trap/minority_word:手把肉}}我吃过一回，香。
访谈者：第二件呢？
受访者：镇上卖烤肉的{{minority/uyghur:胡达白尔迪·吾斯曼}}跟老婆{{han:方淑贞}}离婚，争儿子。儿子{{minority/uyghur:努热麦麦提·胡达白尔迪}}八岁，在{{school:六鳌中心小学二年级3班}}。{{han:方淑贞}}要孩子改姓方，他爸不肯，讲维吾尔人没有姓，名字后面跟的就是爸爸的名字。
访谈者：后来呢？
受访者：法院判给了妈妈，判决书上写的是{{minority/uyghur:努热麦麦提・胡达白尔迪}}，学籍上没有点，是{{minority/uyghur:努热麦麦提胡达白尔迪}}。我跟两边讲，孩子叫什么不要紧，要紧的是每个礼拜见爸爸。最后讲定：周末{{minority/uyghur:努热麦麦提}}去烤肉摊，爸爸教他做{{trap/minority_word:烤包子}}，每月抚养费{{trap/number:一千二}}。律师{{compound:司马清和}}帮着写的协议。
访谈者：还有别的吗？
受访者：第三件是抢孩子。{{han:杨思涵}}爸妈一起出的车祸，留下她一个，九岁。爷爷{{han:杨添寿}}跟外婆{{han:戴阿缎}}都要她，讲白了争的是孤儿基本生活费和四十多万赔偿款。{{han:杨思涵}}被{{han:杨添寿}}带回{{trap/place:旧镇}}，外婆天天上门哭。那段时间孩子夜里做噩梦，喊爸爸妈妈，外婆抱着她坐到天亮，爷爷那边也整夜不敢关灯。两家人都疼她，可疼的法子不一样。
访谈者：怎么调的？
受访者：先问孩子。孩子讲想跟外婆，外婆会扎辫子。{{han:杨添寿}}倒也讲理，听了这句话，蹲在门口抽了半包烟，讲那就给{{han:戴阿缎}}带，他每月去看。赔偿款交给{{trap/org:漳浦县公证处}}监管，按孩子的需要取。法律援助中心的{{compound:万俟晓岚}}跑前跑后，笔录是我同事{{compound:左丘明灿}}做的，大家老拿{{trap/famous:左丘明}}跟他开玩笑。
访谈者：抚养费的纠纷多吗？
受访者：多。在{{trap/place:厦门}}打工的{{han:占建伟}}离婚三年没给一分钱，儿子{{han:占子豪}}跟着奶奶。我打他电话{{mobile@p86h}}，打了十几回才接。他讲没钱，我讲你是他爸，这个钱躲不掉。后来每月给八百，{{han:占建伟}}却要我写个条子，保证他儿子长大了认他。我讲，认不认是孩子的事，你先把钱给足。还有{{trap/place:佛昙}}嫁过来的{{han:纪宝莲}}，孩子判给她，低保却还在前夫{{han:唐志明}}名下，钱被他拿去买彩票。我跟镇民政办的{{han:温炳坤}}一起，把低保转到她户上。{{han:纪宝莲}}喊我去她家吃饭，我没去，她就托人送来一袋海蛎干。
访谈者：最难的是什么？
受访者：孩子夹在中间。大人吵，孩子听着。我每回调解都把孩子支开，让社工{{compound:梁丘雪贞}}带去外面玩。有个孩子跟我讲，叔叔，你们大人讲的话我都听得见。我到现在都记得。
访谈者：调解不成怎么办？
受访者：调不成就走诉讼，我们帮着联系法律援助。可打官司要时间，孩子等不起。所以能调的尽量调，一回不行两回，两回不行请族里的老人、村里的支书来。我们闽南人讲面子，当着老人的面，话就软了。也有调不成的，去年有一对夫妻为了孩子跟谁，在所里吵到掀桌子，最后还是法院判的。
访谈者：您自己怎么看这份工作？
受访者：累，也值。有的孩子，调解完了好几年，在街上碰到我，还叫我一声{{han:练叔}}。我就晓得，当年那几壶茶没白泡。
访谈者：卷宗上的名字会写错吗？
受访者：常有。{{spaced:努 热 麦 麦 提}}、{{spaced:胡达白尔迪 . 吾斯曼}}、{{spaced:杨　思　涵}}，还有把万俟写成{{spaced:万 俟 晓 岚}}的，一个一个都得改。
访谈者：登记一下联系方式和案子里的信息。
受访者：我手机{{mobile@p86n}}，微信{{wechat:lianwb_liuao}}。外婆家在{{address:漳浦县旧镇镇浯江村后埔巷21号}}，{{minority/uyghur:胡达白尔迪}}的身份证{{id_number@my1985hyphen.653101}}，他的QQ{{qq:9081726354}}，孩子的事都在上面跟他讲。
""")

# H1656: Han trade-union worker of a porcelain factory in 德化.
DOCS["H1656"] = ("staff", """\
访谈者：{{han:柯大姐}}，您在厂里工会管什么？
受访者：困难职工帮扶、金秋助学，职工家里孩子的事也归我。我叫{{han:柯青花}}，我爸在窑上画了一辈子{{trap/word:青花}}，就给我起了这个名。我们{{trap/org:德化县瓷都工艺陶瓷厂}}一千多号人，外地的占一半，四川、贵州、新疆的都有。
访谈者：外地工人的孩子难在哪里？
受访者：难处多。大人三班倒，孩子没人管；户口不在这边，有的补助要回老家办。成型车间以前有个彝族的{{minority/yi:吉克木呷}}，出了事进去了，两个孩子我每年送一回助学金，他老母亲不识字，我们一去就拉着手哭。装窑组的{{minority/yi:阿约达体}}，老婆在包装车间，儿子{{minority/yi:阿约伍哈}}生下来听不见，装了人工耳蜗，两项补贴是我陪他们去{{trap/org:县残联}}办的。工资表上爸爸写成{{minority/yi:阿约·达体}}，社保系统里又成了{{spaced:阿约 达体}}。{{minority/yi:伍哈}}现在会叫妈妈了，在{{school:浔中镇中心幼儿园大二班}}。
访谈者：听说厂里还有维吾尔族女工？
受访者：有。施釉组的{{minority/uyghur:热孜宛古丽·托合提}}，老公前年在{{trap/place:和田}}出车祸走了，她带着女儿{{minority/uyghur:萨伊拉·阿布力米提}}出来打工。工资表上她是{{minority/uyghur:热孜宛古丽.托合提}}，门禁卡上是{{minority/uyghur:热孜宛古丽托合提}}，车间里都叫她{{minority/uyghur:阿宛}}。女儿七岁，在{{school:德化县第三实验小学一年级（5）班}}，单亲、收入低，社区给报了困境儿童。她手巧，施釉又匀又快，一个月能拿五六千，可房租、药费、往老家寄钱，月月见底。厂里食堂给她留了个小灶，让她自己做{{trap/minority_word:拉条子}}，女儿吃了才肯上学。
访谈者：本地工人呢？
受访者：最多的是矽肺，做了二三十年瓷，肺坏了。成型车间的{{han:黄明达}}就是，二期矽肺，{{han:黄明达}}他现在爬两层楼都喘。儿子{{han:黄嘉骏}}读初一，老婆跟人走了，按困境儿童报的。厂医{{compound:独孤明川}}每个月给他复查一回。工会去年给他申请了{{trap/number:八千块}}困难职工救助，钱不多，能顶一阵。
访谈者：矽肺的工人多吗？
受访者：早些年多。那时候车间粉尘大，口罩都不戴，一天下来鼻孔里全是白的。现在厂里装了除尘，年年体检，新得的少了，可老的那批一个一个都冒出来了。他们的孩子最难，爸爸干不了活，家里一下子就塌了。工会跟{{trap/org:县总工会}}要了个名额，每年给这些孩子发{{trap/number:两千块}}助学金，不多，是个心意。
访谈者：还有吗？
受访者：彩绘组的{{han:郑碧云}}，老公{{han:佘永胜}}被判了三年，女儿{{han:佘巧巧}}九岁。{{han:郑碧云}}白天上班，晚上在“{{han:郑碧云}}手绘”网店上卖小瓷杯，供女儿学画，网店微信是{{wechat:zby_shouhui}}。我给{{han:佘巧巧}}报了服刑人员子女补助，又把她推荐给社工{{compound:南宫若兰}}，每个礼拜带她去{{trap/place:屈斗宫}}窑址写生。
访谈者：厂里其他人帮忙吗？
受访者：帮。守{{trap/word:西门}}的保安{{compound:西门振涛}}，名字跟门一样，大家笑他，可孩子们放学都在他岗亭里写作业。包装组的{{han:阙丽华}}和{{han:揭春来}}，一个教维吾尔族的小姑娘认字，一个每天去幼儿园接聋孩子。厂长{{han:颜承宗}}批了个规定，职工孩子放假可以到厂里图书室，还请了退休老师{{han:徐文炳}}来看着。{{han:徐文炳}}便每天下午两点准时到，一坐就是三个钟头，谁的作业不会他都教，一分钱不要。法律顾问{{compound:轩辕志诚}}给打官司的职工免费咨询。
访谈者：暑假怎么办？
受访者：暑假最头疼，车间不能进孩子，窑边四十多度。前年我们跟团县委办了个小候鸟托管班，借的是{{trap/org:浔中镇文化站}}的房子，大学生志愿者来上课。头一年来了三十几个孩子，一半是外地工人的。{{han:黄嘉骏}}就在里头当小组长，管得比老师还凶。
访谈者：您干工会这么多年，最难忘的是什么？
受访者：有一年金秋助学，我去一个工人家里送钱，孩子考上了大学，家里连一张像样的桌子都没有，录取通知书压在饭碗底下。他爸在窑上干了二十年，拿着钱的手一直抖。我回来哭了一路。从那以后我就想，能帮一个是一个。
访谈者：工资表、补助表上的名字写得对吗？
受访者：常错。{{spaced:热 孜 宛 古 丽 · 托 合 提}}一个字一个空，{{spaced:萨 伊 拉}}也是，{{spaced:佘　巧　巧}}、{{spaced:黄 明达}}也有。
访谈者：请您留一下联系方式。
受访者：我电话{{mobile@s38}}，{{han:郑碧云}}的{{mobile@plus86dash}}。工会微信{{wechat:dehua_cichang_gh}}，QQ{{qq:31570948}}。{{han:黄明达}}家在{{address:德化县浔中镇浔中村窑坪路33号}}，他儿子的身份证{{id_number@my2012x.350526}}。
访谈者：最后还想说什么？
受访者：瓷是火里烧出来的，孩子也一样，挨过了那把火，才成器。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1649,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout209",))


if __name__ == "__main__":
    main()
