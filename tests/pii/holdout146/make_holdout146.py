# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 146 (tests/pii/holdout146/H1153-H1160 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 146 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
荣成 and 乳山 (Shandong): a Mongolian mother from 额济纳 who mends nets in 石岛, her Han husband, a fisherman, lost at
sea; an Amdo Tibetan grandfather from 河南县 (the Mongolian county in Qinghai) raising in 乳山 the son of his dead son
and of a Han mother who remarried; a Hui father from 民和 who runs a beef-noodle shop in 崖头街道, his son born with a
cleft palate; a Kazakh mother from 青河 who works in a kelp workshop in 夏村镇, her husband in prison in Shandong; a
Han 儿童主任 in 俚岛镇 reading out her register; a Han social worker in 海阳所镇 who keeps up with her cases on WeChat
(and QQ); a Han grandmother in 育黎镇 raising two granddaughters after her son died and their mother went to Korea;
and a Han school doctor in 乳山 (白沙滩镇) talking about a boy nobody looks after. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(阿斯嘎巴图, 珠拉格日乐, 嘎拉达玛, 孟根敖其尔, 满都呼娃, 哈斯敖登, 赛汗图雅她) and with short forms (斯日吉玛 then
斯日吉, 阿斯嘎巴图 then 阿斯嘎), a Han surname before a Mongolian given name (汤阿斯嘎, 汤珠拉: the father's surname
used at school) and the Han names of the same people (汤明浩, and the mother called 汤嫂 after her husband); Amdo
Tibetan names (卡加才让, 更藏东周, 南杰才让, 完玛吉, 娘毛措, 旦正东智, 完德加措阿克, 仁青东珠) with short forms (卡加,
南杰他), a Han surname before a Tibetan given name (宫南杰, after the mother's surname), the Han name of the grandson
(宫旭阳) and the grandfather called 卡大爷 by neighbours who take his first syllable for a surname; Han-form Hui names
(冶明德, 喇海霞, 韩桂芝, 冶晨阳, 冶雨涵, 妥梦瑶, 马国清阿訇) beside 经名 used alone (贾比尔, 热伊汉, 露拜她, 阿尤卜他,
娜吉娃, 海赛尼, 穆斯里木, 穆尼拉) and after a Han surname (喇塔希尔, 冶阿尤卜, 冶贾比尔, 妥哈桑尼); Kazakh given name
+ father's name with and without the dot (阿克孜·沙肯, 叶斯恒·哈比甫, 阿斯哈提·叶斯恒, 阿斯哈提叶斯恒, 阿依然·叶斯恒,
哈比甫·努尔江, 塔丽哈·沙肯, 努尔扎提·叶尔保拉), single and short forms (阿克孜, 叶斯恒他, 阿斯哈提也, 阿依然她) and a
Han "surname" made of the father's first syllable (叶阿依然); Han names with common and rare surnames of the region
(汤, 邹, 丛, 鞠, 柳, 于, 姜, 隋, 宫, 初, 慕, 逄, 谷, 栾, 曲, 车, 滕, 战, 矫, 迟, 荆, 衣, 原, 蔺, 綦, 修, 邵, 连, 邢); surnames
that are also ordinary words, and such words in given names, next to grammar words (才德旺才, 还晓宇还, 也丽娜也,
要海鹏要, 要志军被, 和雪萍和, 都玉凤都, 能宝华能, 向春玲向, 就春生就, 王成就就, 于有才有, 王德川把) beside ordinary
words that start with a surname character of the voices (车间 beside 车洪波, 鞠躬 beside the 鞠 names, 原来 beside
原晓雯, 于是 beside the 于 names, 连忙 beside 连秀芝, 初中 beside 初晴, 第五户 beside 第五思雨); titles and kin words
after names (柳春梅老师, 于秀凤大姐, 初晴老师, 矫玉梅大姐, 向春玲老师, 林海老师, 战晓光大夫, 马国清阿訇, 完德加措阿克;
the span is the name only), a surname with only a title or kin word, annotated whole (汤嫂, 卡大爷, 鞠老板, 慕大夫,
栾主任, 迟校长, 隋所长, 鞠姨, 原姐姐, 蔺主任, 姜大娘, 綦警官, 邢校长, 逄警官), the Jiaodong 嫚 forms of address,
annotated whole (悦嫚, 雨嫚她), beside 小嫚儿 used as an ordinary word; names that contain words (王成就, 孙大海, 林海,
于远洋, 初晴, 于有才, 车洪波); names directly before particles, pronouns and verbs (汤立海他, 南杰他, 阿尤卜他, 叶斯恒他,
赛汗图雅她, 林海他, 姜秀云说, 矫玉梅说, 战晓光说) and after 叫/是/给/跟/找/让/和 (叫南杰才让, 是孙大海, 给都玉凤,
跟悦嫚, 找初晴, 让要海鹏, 和矫玉梅), and names closing the last sentence (他叫叶斯恒。, 是都玉凤。, 这孩子叫于远洋。);
names spaced out character by character in half- and full-width spaces (斯 日 吉 玛, 珠 拉 格 日 乐, 卡 加 才 让,
更 藏 东 周, 阿 斯 哈 提, 司 空 晓 婷, 微　生　凌　云, 轩 辕 梓 萌, 哈 斯 敖 登, 第　五　思　雨, 颛 孙 予 安, 于　远　洋), a
dotted name with spaces around the dot (阿克孜 · 沙肯) and names split in two (斯日吉　玛, 卡加　才让, 南杰 才让,
阿依然　叶斯恒, 也丽 娜, 綦欣 悦, 冶雨 涵, 妥 哈桑尼, 南门 一鸣); compound surnames after ordinary words (端木, 淳于,
万俟, 闻人, 东郭, 宗政, 公良, 羊舌, 司空, 微生, 谷梁, 轩辕, 子车, 亓官, 仲孙, 第五, 西门, 南门, 宰父, 颛孙 after
叫/小伙子/社工/社工站的/的/同事/督导/爸爸/心理老师); and numbers read out and written the many ways people do (an ID
read out in threes, a QQ number in full-width digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:綦玉珍}}``, ``{{qq:2093571846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2014tri.371083}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 大姐, 阿訇, 阿克) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 还, 就, 能, 要, 被, 把, 她, 他) are outside the span; a
surname with only a title or kin word (汤嫂, 卡大爷, 鞠老板, 姜大娘) and a local form of address or nickname (悦嫚,
雨嫚) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (汤明浩, 宫旭阳, 冶明德, 妥梦瑶) are
category han; a Han surname before a non-Han given name (汤阿斯嘎, 宫南杰, 冶阿尤卜, 喇塔希尔, 叶阿依然) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout146/make_holdout146.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(146_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1153: Mongolian mother from 额济纳 who mends nets in 石岛 (荣成); her Han husband, a fisherman, was lost at sea.
DOCS["H1153"] = ("family", """\
访谈者：大姐，您在这网厂补网几年了？
受访者：五年多了。我叫{{minority/mongolian:斯日吉玛}}，内蒙古{{trap/place:额济纳}}来的。厂里的姐妹图省事，叫我{{minority/mongolian:斯日吉}}，码头上的老人随我对象的姓，叫我{{han:汤嫂}}。
访谈者：您爱人是石岛本地人？
受访者：是，叫{{han:汤立海}}，年轻时在额济纳当兵，复员回{{trap/place:石岛}}打鱼，我就跟过来了。前年腊月船在{{trap/place:黄海}}上翻了，七个人回来两个，{{han:汤立海}}他没回来。同船的{{han:才德旺}}才三十八，也没回来。那条船的号是{{trap/number:鲁荣渔58327}}，我到死都记得。
访谈者：孩子们多大了？
受访者：大的{{minority/mongolian:阿斯嘎巴图}}十四，户口上是{{han:汤明浩}}，学校点名叫他{{minority/mongolian:汤阿斯嘎}}，在{{school:石岛实验中学八年级（2）班}}。小的闺女{{minority/mongolian:珠拉格日乐}}八岁，在{{school:石岛湾小学二年级（4）班}}，同学们喊她{{minority/mongolian:汤珠拉}}。她爱画马，说姥姥家的马比石岛的船好看。婆婆{{han:邹桂英}}七十三了，住我们楼下，帮我接孩子。
访谈者：婆婆身体怎么样？
受访者：耳朵背了，手还巧，冬天坐在炕上给孩子们织毛衣、缝书包。出事以后她不大出门，整天对着儿子的照片说话。她跟我说，这个家散不了，有她一口吃的就有孙子们一口。我们娘俩原先话不多，这两年倒像亲娘俩了。
访谈者：出事以后谁帮了你们？
受访者：社区的儿童主任{{han:丛玉娟}}第二天就上门了，给两个孩子报了困境儿童，每人每月{{trap/number:一千一百四十元}}，又帮我办了低保。船东{{han:鞠老板}}先给了一笔钱，剩下的赔偿还在打官司，帮我的是法律援助中心的律师，叫{{compound:端木雅晴}}。她说海上的案子拖得久，让我别急。
访谈者：孩子们缓过来了吗？
受访者：{{minority/mongolian:阿斯嘎}}本来就是个闷葫芦，出事以后更不说话。班主任{{han:柳春梅}}老师说他上课老盯着窗外的海。市社工站派来个小伙子{{compound:淳于明澈}}，每周带他打篮球，他才有了点笑模样。夜里他常常不睡，坐在阳台上看海上的渔火，我不敢劝，就陪他坐着，一坐坐到后半夜。闺女小，问爸爸啥时候回来，我说爸爸在海上迷了路。
访谈者：您跟您爱人是怎么认识的？
受访者：他的部队在{{trap/place:东风航天城}}边上，礼拜天出来买东西，到我家的小卖部买烟。他说的话我听不懂，我说的他也听不懂，比划了大半年。我额吉不乐意，说海边太远，骑马都到不了。后来还是嫁了，一晃十六年。
访谈者：人没找回来，后事是怎么办的？
受访者：按这边的规矩，拿他的衣裳做了个衣冠冢，埋在{{trap/place:槎山}}脚下，婆婆哭晕了两回。我们那边的规矩不一样，我偷偷在海边撒了一把从额济纳带来的沙子，跟他说，你往西走，就到我家了。
访谈者：额济纳那边还有亲人吗？
受访者：我{{trap/minority_word:额吉}}{{minority/mongolian:嘎拉达玛}}六十九了，跟我弟弟{{minority/mongolian:孟根敖其尔}}放骆驼，家在{{address:额济纳旗赛汉陶来苏木孟格图嘎查二组4号}}。去年暑假我带孩子回去，{{minority/mongolian:珠拉格日乐}}骑上骆驼就不肯下来。弟媳{{minority/mongolian:满都呼娃}}领他们去看{{trap/word:胡杨林}}，额吉在{{trap/minority_word:敖包}}前给孩子他爸点了灯，又给孩子们讲{{trap/famous:成吉思汗}}的故事。
访谈者：补网一个月能挣多少？
受访者：按片算，一片{{trap/number:三十五块}}，手快的一天补四五片。刚来的时候我手笨，一天补不完一片，梭子扎手，指头肿得跟胡萝卜似的。婆婆手把手教，打一个结、拽一下，嘴里念叨着“紧点，再紧点，网松了鱼就跑了”。现在我闭着眼都能补。网厂老板{{han:鞠文涛}}照顾我，下雨天让我在棚里干。一起补网的{{han:于秀凤}}大姐教我说这边的话，她管我闺女叫{{trap/word:小嫚儿}}，我起先还以为是给起的外号。
访谈者：孩子们以后想干什么？
受访者：{{minority/mongolian:阿斯嘎}}说要考海事学校，将来当船长，说他爸的船不结实，他要开结实的。我听了心里发紧，不想让他上船。闺女说要回额济纳当兽医，给骆驼看病。两个孩子一个往东一个往西，我夹在中间。
访谈者：登记用的信息麻烦您念一下。
受访者：住{{address:荣成市石岛管理区海湾路27号3单元502室}}。我身份证{{id_number@wy1986spaced.152923}}，{{minority/mongolian:阿斯嘎}}的{{id_number@my2011quad.371082}}。我电话{{mobile@s434}}，{{han:丛玉娟}}的{{mobile@hyphen}}。我微信叫{{wechat:srjm_ejina86}}。{{minority/mongolian:阿斯嘎}}有QQ，说是跟同学对答案用的，号码我让他写在冰箱贴上了：{{qq:2093571846}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:斯 日 吉 玛}}，赔偿协议上成了{{spaced:斯日吉　玛}}，闺女的学籍卡上是{{spaced:珠 拉 格 日 乐}}。
访谈者：您最盼什么？
受访者：盼官司早点了结，带孩子们回额济纳，在敖包上给他爸挂一条{{trap/minority_word:哈达}}。
""")

# H1154: Amdo Tibetan grandfather from 河南县 (the Mongolian county in Qinghai) raising his grandson in 乳山.
DOCS["H1154"] = ("family", """\
访谈者：大爷，您是从青海过来的？
受访者：青海{{trap/place:河南县}}。不是{{trap/place:河南省}}，是黄南那个{{trap/place:河南蒙古族自治县}}，蒙古人、藏人都有，我是藏族。我叫{{minority/tibetan:卡加才让}}，老家人叫我{{minority/tibetan:卡加}}，这边楼里的人不会念，叫我{{han:卡大爷}}。
访谈者：您怎么到乳山来的？
受访者：儿子{{minority/tibetan:更藏东周}}在{{trap/place:威海}}念的大学，毕业留在{{trap/place:乳山}}教书，娶了本地姑娘{{han:宫丽娜}}。孙子的小名是我起的，叫{{minority/tibetan:南杰才让}}。三年前儿子下班骑摩托，在{{trap/place:银滩}}那条路上出了事。第二年{{han:宫丽娜}}改嫁去了{{trap/place:烟台}}，孩子没带走，我就从牧区过来了。
访谈者：孙子现在多大？
受访者：十一岁，户口上叫{{han:宫旭阳}}，随他妈的姓。同学们喊他{{minority/tibetan:宫南杰}}，我喊他{{minority/tibetan:南杰}}。{{minority/tibetan:南杰}}在{{school:乳山市金岭小学五年级（3）班}}，个子在班里最高。
访谈者：孙子知道他爸的事吗？
受访者：知道。出事那天他在学校门口等到天黑。现在他不骑自行车，说摩托、自行车都会摔。{{minority/tibetan:南杰}}他晚上写作业，写着写着就拿出他爸的照片看一会儿，我也不说他。
访谈者：您老伴呢？
受访者：老伴{{minority/tibetan:完玛吉}}走了八年了。她要是还在，两个老的带孩子能轻省些。我一个男人，只会煮肉、熬奶茶，来了以后跟楼下的女人们学蒸馒头，头一锅蒸成了石头。
访谈者：您汉话说得不错。
受访者：年轻时去{{trap/place:西宁}}贩牛羊，学了一点。我们那里说的是安多话，跟拉萨话也不一样，孙子学了几句，说出来像唱歌。乳山人实在，就是说话快，我得让人家说两遍。我字不认得，学校的通知都是孙子念给我听。他的班主任{{han:初晴}}老师年轻，怕我看不懂，回回发语音。我有事就找{{han:初晴}}，她也不嫌烦。
访谈者：生活上有谁帮着？
受访者：社区的儿童主任{{han:姜秀云}}，给孙子报了事实无人抚养，每月{{trap/number:一千二百二十元}}。{{han:姜秀云}}说，他妈活着可是不管，就能这么报。她每个月来一回，进门先看冰箱里有没有菜。市民政局的{{han:隋海波}}来核过一回，坐在沙发上跟我喝了半天茶。街道请了社工，一个叫{{compound:万俟书瑶}}，教孙子写作文；一个叫{{compound:闻人澄心}}，陪我去医院看腿。楼下开超市的{{han:孙大海}}常让孙子去他家吃饭。
访谈者：孩子想老家吗？
受访者：想他爸。老家还有我闺女{{minority/tibetan:娘毛措}}，女婿{{minority/tibetan:旦正东智}}。暑假我带孙子回去，他姑姑给他拌{{trap/minority_word:糌粑}}、泡{{trap/minority_word:曲拉}}，他吃不惯，偷偷喂了狗。寺里的{{minority/tibetan:完德加措}}阿克给他摸顶，讲{{trap/famous:格萨尔}}的故事。他回来跟同学吹，说老家的草原比乳山的海还宽。
访谈者：儿子在这边有朋友吗？
受访者：有个大学同学叫{{minority/tibetan:仁青东珠}}，也是黄南的，在{{trap/place:文登}}一家公司当会计。逢年过节来看孩子，给他带书，教他藏文字母。{{minority/tibetan:仁青东珠}}说，孩子的藏话不能丢，丢了回老家跟亲戚说不上话。我晚上跟孙子说藏话，他白天跟同学说乳山话，两样都会。
访谈者：您住得惯吗？
受访者：头一年住不惯，楼太高，夜里听不见牛叫，只听见汽车。海风是湿的，吹在脸上黏糊糊的。现在惯了，早上去海边走一圈，转着念珠念经，打鱼的人以为我在数钱。放学我在校门口等孙子，别人都是奶奶、姥姥，就我一个老头子戴着毡帽，好认。
访谈者：您自己身体怎么样？
受访者：腿疼，这边潮。上回犯病，是{{han:孙大海}}开车送的医院。我跟孙子说，爷爷老了，你要自己会做饭。他现在会煮面条、炒鸡蛋，还会给我倒药。
访谈者：平常吃饭怎么办？
受访者：我还是想吃肉，这边羊肉贵，楼下超市进了羊排就给我留着。孙子爱吃蛤蜊、虾，我不吃那些，单给他做。他笑我，说爷爷在海边住了三年，还没吃过一口螃蟹。过{{trap/minority_word:洛萨}}的时候，我们爷俩炸{{trap/minority_word:馃子}}给邻居送，邻居回我们饺子。
访谈者：登记的信息请您说一下。
受访者：住在{{address:乳山市城区街道金岭路15号2单元301室}}。我的身份证{{id_number@mold.632324}}，孙子的号我三个三个念：{{id_number@my2014tri.371083}}。我电话{{mobile@s74}}，{{han:姜秀云}}的{{mobile@plus86}}。{{han:初晴}}老师的微信是{{wechat:chuq_jinling_5b}}。孙子有个QQ，跟老家的表哥聊天用，号码抄在门后的挂历上：{{qq:38509176}}。
访谈者：名字在各种本子上写得对吗？
受访者：不对的多。户口本上我是{{spaced:卡 加 才 让}}，医保卡上是{{spaced:卡加　才让}}，儿子的死亡证明上写成{{spaced:更 藏 东 周}}，孙子的藏名写成{{spaced:南杰 才让}}。
访谈者：您最盼什么？
受访者：盼孙子长大成人，回草原给他爸转一转{{trap/minority_word:玛尼堆}}。
""")

# H1155: Hui father from 民和 who runs a beef-noodle shop in 崖头街道 (荣成); his son was born with a cleft palate.
DOCS["H1155"] = ("family", """\
访谈者：老板，您这牛肉面馆开了几年了？
受访者：六年了。我叫{{han:冶明德}}，回族，经名{{minority/hui:贾比尔}}，青海{{trap/place:民和}}人。来{{trap/place:荣成}}是跟着表哥{{minority/hui:喇塔希尔}}，他先在{{trap/place:崖头街道}}开了一家，我跟着学，后来自己盘了这个店。
访谈者：家里几口人？
受访者：我、老婆、两个孩子，还有我母亲。老婆{{han:喇海霞}}，经名{{minority/hui:热伊汉}}，也是民和的，在店里拉面、收钱。母亲{{han:韩桂芝}}，经名{{minority/hui:露拜}}，七十了，在后厨择菜。大的是儿子{{han:冶晨阳}}，经名{{minority/hui:阿尤卜}}，十岁；小的闺女{{han:冶雨涵}}，经名{{minority/hui:娜吉娃}}，六岁。
访谈者：听说儿子身体不大好？
受访者：{{minority/hui:阿尤卜}}他生下来就是唇腭裂，上嘴唇豁着，喝奶都呛。一岁在{{trap/place:西宁}}做了头一次手术，{{trap/org:微笑列车}}出的钱。来荣成以后在市医院又做了两回，主刀的是{{han:慕大夫}}，大名{{han:慕振国}}。现在说话还有点漏风，学校的康复老师{{han:逄丽君}}每周给他练两回发音。
访谈者：孩子刚生下来的时候，你们怎么想的？
受访者：吓坏了。村里的老人说是报应，{{han:喇海霞}}哭了一个月。是县医院的大夫告诉我们，这个病能治，还有基金会管。那时候我们还在民和种几亩旱地，拿不出钱。第一次手术做完，孩子能喝奶了，胖起来了，我才下决心出来挣钱，给他攒后面几回手术的钱。
访谈者：孩子在学校怎么样？
受访者：在{{school:荣成市崖头小学四年级（5）班}}。刚去那年有同学笑他，他回来不吃饭。班主任{{han:谷晓芸}}把那几个孩子叫到办公室，又在班会上讲了一课。现在同学都喊他{{minority/hui:冶阿尤卜}}，把姓跟经名连着叫，他也爱听。
访谈者：闺女呢？
受访者：闺女身体好，就是嘴快，爱替她哥出头。有人学她哥说话，她上去就推人家。我跟她说，你哥的嘴是病，不是错，你要护着他，可不能动手。
访谈者：孩子自己怎么看这个病？
受访者：小时候不懂，照着镜子问我，爸爸，我的嘴为啥跟别人不一样。我说，那是真主给你留的记号，好让爸爸在人堆里一眼找着你。现在大了，不信这个了，可是愿意练，每天晚上对着手机念绕口令，念错了自己笑。康复老师说他进步快，再练一年就跟别人一样了。
访谈者：家里有哪些补助？
受访者：社区儿童主任{{han:宋海英}}说孩子的情况能报困境儿童，每月{{trap/number:九百八十元}}。孩子办了残疾证，语言四级，领残疾人两项补贴。手术的钱是街道民政的{{han:栾主任}}帮着跑的医疗救助。社工站的{{compound:东郭子墨}}来做过家访，另一个社工{{compound:宗政嘉怡}}给闺女报了幼儿园的资助。
访谈者：这边回族多吗？
受访者：不多，几家拉面馆都认识。主麻日我们去{{trap/place:威海}}的{{trap/org:清真寺}}，寺里的{{han:马国清}}阿訇，经名{{minority/hui:海赛尼}}，见了我就叫{{minority/hui:冶贾比尔}}，两个名字连着叫。他常给{{minority/hui:阿尤卜}}讲{{trap/famous:郑和}}下西洋的故事。送牛肉的{{minority/hui:穆斯里木}}从{{trap/place:临夏}}来，肉钱月底才结。{{trap/minority_word:开斋节}}那天我们关店，{{minority/hui:露拜}}她炸{{trap/minority_word:油香}}，给左邻右舍都送一份。
访谈者：您自己累不累？
受访者：累。五点起来熬汤、和面，晚上九点才关门，一年到头只有开斋节歇三天，夜里躺下，腿肚子还在抽筋。{{han:喇海霞}}的腰拉面拉坏了，贴着膏药干。最怕孩子还要开刀，{{han:慕振国}}说十二岁以后要做一次牙槽骨植骨，又是一笔钱。{{minority/hui:喇塔希尔}}说钱不够他先垫上。
访谈者：面馆生意怎么样？
受访者：还行。荣成人爱吃海鲜，头一年不认我们的面，一天卖不了三十碗。后来工地上的工人、跑车的司机吃惯了，现在一天能卖两百来碗。汤是牛骨头熬的，来吃面的汉族客人也说干净。隔壁开海鲜店的{{han:曲忠良}}两口子知道我们的规矩，从不往店里拿他们的东西，下大雪那年，门口的雪都是{{han:曲忠良}}帮着铲的。
访谈者：登记用的信息请您说一下。
受访者：店在{{address:荣成市崖头街道成山大道中段118号}}，住在{{address:荣成市崖头街道观海社区9号楼2单元401室}}。我身份证{{id_number@my1983x.632122}}，儿子的{{id_number@my2015fwhyphen.371082}}。电话{{mobile@plain}}，{{han:宋海英}}的{{mobile@s38}}。店里的微信{{wechat:yemingde_niurou}}，外卖都走这个。儿子有QQ，玩游戏用的，号码他念我记在账本最后一页：{{qq:1507924386}}。
访谈者：名字在表上写得对吗？
受访者：医院的单子上儿子成了{{spaced:阿 尤 卜}}，残联的证上我是{{spaced:冶 明 德}}，幼儿园把闺女写成{{spaced:冶雨 涵}}。
访谈者：您最大的心愿是什么？
受访者：孩子说话清楚，别让人笑话。等他把最后一回手术做完，我想带全家回民和上坟，告诉我爹，他孙子的病治好了。
""")

# H1156: Kazakh mother from 青河 in a kelp workshop in 夏村镇 (乳山); her husband is in prison in Shandong.
DOCS["H1156"] = ("family", """\
访谈者：大姐，海带厂的活累不累？
受访者：累，手泡在盐水里，冬天裂口子。我叫{{minority/kazakh:阿克孜·沙肯}}，新疆{{trap/place:青河}}人，厂里的人叫我{{minority/kazakh:阿克孜}}。来{{trap/place:夏村镇}}三年了，在{{han:车洪波}}的海带加工厂打结、晾晒。
访谈者：怎么来这么远？
受访者：我男人{{minority/kazakh:叶斯恒·哈比甫}}以前开冷藏车，从乳山往新疆拉海鲜。四年前他在这边喝了酒开车，撞死了人，判了七年，关在山东。我带着孩子过来，离他近点，一个月能去会见一回。{{minority/kazakh:叶斯恒}}他在里面学了电焊，说出来再也不开车了。
访谈者：会见是什么样的？
受访者：坐两个钟头的车，到了先登记、排队，隔着玻璃拿电话说话，一个月二十分钟。头一回去，{{minority/kazakh:阿依然}}以为爸爸在玻璃里头出不来，拿手拍玻璃。{{minority/kazakh:叶斯恒}}在那边笑，眼睛是红的。现在孩子们习惯了，头天晚上想好要跟爸爸说什么，一人五分钟，剩下的给我。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:阿斯哈提·叶斯恒}}十二，在{{school:乳山市夏村中学初一（3）班}}，学籍上没有点，写成{{minority/kazakh:阿斯哈提叶斯恒}}。闺女{{minority/kazakh:阿依然·叶斯恒}}九岁，在{{school:夏村镇中心小学三年级（2）班}}。系统里要填姓，老师把她爸名字的头一个字当了姓，写成{{minority/kazakh:叶阿依然}}，我去改了两回没改过来。{{minority/kazakh:阿依然}}她不在乎，说树叶的叶挺好听。
访谈者：谁帮着你们？
受访者：村里的儿童主任{{han:滕晓丽}}，给两个孩子报了服刑人员子女补助，每人每月{{trap/number:八百六十元}}。我是外地户口，低保报不上，她就去镇上跑临时救助。镇民政办的{{han:战国栋}}说按政策能办，跑了三趟办下来了。社工站的{{compound:公良子轩}}每月带孩子们去会见，路上给他们讲题。另一个社工叫{{compound:羊舌安然}}，帮我在手机上学认汉字。
访谈者：海带厂一年到头都有活吗？
受访者：不是。五月收海带最忙，天不亮就得到海边，船一靠岸就往架子上挂，一干十几个钟头。秋冬做加工，打结、切丝、装袋，淡季一个月挣两千来块。我在青河放过羊，没见过海，头一回下海摆弄海带，吐了一整天。老乡{{minority/kazakh:努尔扎提·叶尔保拉}}在{{trap/place:石岛}}的船厂焊船，说等我男人出来，带他去学手艺。
访谈者：厂里的人对你们好吗？
受访者：好。老板{{han:车洪波}}让闺女放学到{{trap/word:车间}}写作业。跟我一个台子干活的{{han:矫玉梅}}大姐教我包饺子，我教她炸{{trap/minority_word:包尔萨克}}。{{han:矫玉梅}}说，等你男人出来了，让他来厂里开叉车。我妹妹{{minority/kazakh:塔丽哈·沙肯}}在{{trap/place:伊宁}}，每个月给我寄一包奶疙瘩。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/kazakh:阿斯哈提}}也懂事了，会见的时候不哭，回来一个人坐在海边。闺女每次都问，爸爸怎么又瘦了。儿子在学校交了个好朋友，周末常来家里，学着吃我烤的馕，说比面包有嚼头。我公公{{minority/kazakh:哈比甫·努尔江}}在青河，七十了，给孙子寄来一把{{trap/minority_word:冬不拉}}，儿子跟着手机学弹，弹{{trap/famous:阿拜}}的诗编的歌。
访谈者：孩子们在这边上学习惯吗？
受访者：儿子汉话好，数学老考第一。闺女刚来的时候一句汉话不会，现在说得比我还溜，还带着乳山口音，跟她爷爷视频，一句哈萨克话夹一句乳山话，爷爷听不懂，笑得直咳嗽。{{minority/kazakh:阿斯哈提}}说将来要考到{{trap/place:济南}}上大学，离爸爸近。
访谈者：您自己想家吗？
受访者：想。青河这会儿该下雪了，牧民们在冬窝子里烧着火墙喝奶茶。这边冬天不下雪光刮风，湿冷往骨头里钻。晚上孩子们睡了，我把手机里存的{{trap/minority_word:阿肯弹唱}}翻出来听，听着听着就睡着了。工钱紧巴巴的，房租一个月四百，还得往他爸的卡上存点钱买东西，好在{{han:车洪波}}过年多发了一个月工资。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}那天厂里放我一天假，我煮了一锅肉，请{{han:滕晓丽}}和{{han:矫玉梅}}来家里吃。她们说这肉比海带好吃多了。
访谈者：登记用的信息麻烦说一下。
受访者：住在{{address:乳山市夏村镇西山后村四组21号}}。我身份证{{id_number@wy1987fullwidth.654325}}，闺女的{{id_number@wy2016spaced.654325}}。我电话{{mobile@plus86dash}}，{{han:滕晓丽}}的{{mobile@fws}}。我微信{{wechat:akz_qinghe_1987}}。儿子的QQ他写在我手背上让我记着：{{qq:876204351}}。
访谈者：名字写法一样吗？
受访者：会见登记本上我是{{spaced:阿克孜 · 沙肯}}，儿子是{{spaced:阿 斯 哈 提}}，闺女是{{spaced:阿依然　叶斯恒}}。
访谈者：最后还想说什么？
受访者：等他出来，一家人回青河，冬天转场的时候，让孩子们跟着爷爷骑马，那时候再看不见海也不要紧。我男人的名字你写上，他叫{{minority/kazakh:叶斯恒}}。
""")

# H1157: Han 儿童主任 in 俚岛镇 (荣成) reading out her register.
DOCS["H1157"] = ("staff", """\
访谈者：您手里这本是什么？
受访者：俚岛镇东墩村的困境儿童台账。我叫{{han:鞠春霞}}，是村里的儿童主任，干了四年。今天念五户，你记。
访谈者：好。
受访者：第一户姓还，还钱的还，{{han:还晓宇}}，男，十岁，{{school:俚岛镇中心完小四年级（2）班}}。爸爸{{han:还建伟}}上了远洋船，三年没回来，电话也打不通；妈妈早走了。{{han:还晓宇}}还跟着奶奶{{han:林秀娥}}过，奶奶八十一了。村里都知道这家难，过年过节有人往门口放一袋面、一桶油，也不留名。按事实无人抚养报的，每月{{trap/number:一千三百一十元}}。孩子身份证{{id_number@my2015hyphen.371082}}。
访谈者：第二户？
受访者：第二户{{han:也丽娜}}，也是的也，女，十三岁，{{school:荣成市第三十一中学七年级（4）班}}。妈妈{{han:也春芳}}尿毒症，一周透析三回，爸爸离婚后去了{{trap/place:韩国}}。{{han:也丽娜}}也不容易，放学回来给她妈做饭。她妈领残疾人两项补贴，孩子按困境儿童保障。住{{address:荣成市俚岛镇东墩村三组16号}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:王成就}}，男，十二岁。前年冬天爸妈出海，船沉在{{trap/place:成山头}}外头。大爷{{han:王德川}}把他接到自己家过。{{han:王成就}}就爱打篮球，大爷说这孩子名字起得好，以后有出息。孤儿基本生活费每月{{trap/number:一千六百七十元}}，打到孩子自己的卡上。身份证{{id_number@my2012fullwidth.371082}}。
访谈者：第四户？
受访者：第四户{{han:要海鹏}}，要求的要，男，八岁。爸爸{{han:要志军}}被判了两年，偷人家的渔网；妈妈在{{trap/place:石岛}}的冷库上班，早出晚归。{{han:要海鹏}}要上二年级了，还不会写自己的名字，{{han:迟校长}}让{{han:要海鹏}}每天放学留下来，老师陪着补半小时。服刑人员子女补助每月{{trap/number:六百八十元}}。
访谈者：{{trap/word:第五户}}呢？
受访者：{{han:和雪萍}}，女，十四岁，跟弟弟{{han:和俊杰}}两个。爸爸脑出血瘫在床上，妈妈{{han:衣红英}}智力残疾。说是孩子跟着爸妈过，其实是{{han:和雪萍}}和她弟弟照顾两个大人。住{{address:荣成市俚岛镇烟墩角村六组8号}}，爸爸的身份证{{id_number@my1978spaced.371082}}。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:隋所长}}总管，材料报到{{trap/org:荣成市民政局}}。网格员{{han:荆海燕}}每周走一遍。镇社工站的{{compound:司空晓婷}}跟第一户、第四户，{{compound:微生凌云}}跟第二户，市里的督导{{compound:谷梁书禾}}每季度下来查台账。学校那头{{han:迟校长}}最上心，{{han:王成就}}见了他老远就{{trap/word:鞠躬}}。
访谈者：台账多久更新一次？
受访者：一个月一回，有变化随时报。哪家大人病了、哪个孩子转学了、哪个补助停了，都得记上。我每月初挨家走一遍，看孩子吃得怎么样、穿得怎么样、作业写没写，冬天还得摸摸炕热不热。俚岛冬天风硬，老房子窗户漏风，我们就找志愿者来钉塑料布。
访谈者：补助都按时到吗？
受访者：基本按时。有一回系统升级，两个月没打钱，{{han:林秀娥}}急得拄着拐棍来村委会问。我跟镇上打了好几个电话，第三个月一起补上了。还有快满十八岁的，补助要停，得提前半年想法子，看能不能接上助学金。
访谈者：您自己家里呢？
受访者：我男人在石岛跑运输，儿子在{{trap/place:威海}}上高中，住校。儿童主任一个月补贴几百块，主要还是种地。有时候半夜哪个孩子家里出了事，我骑着电动车就去，我男人说我比村支书还忙。可是看着这几个孩子一年年长起来，心里踏实。冬天我领他们去{{trap/place:天鹅湖}}看天鹅，最皮的那个追着天鹅跑，一脚踩进泥里，回来冻得直哆嗦，还说明年还去。
访谈者：台账上的名字有写错的吗？
受访者：有。{{spaced:还 晓 宇}}被录成三个字空开，{{spaced:也丽 娜}}断成了两截，社工的名字录成了{{spaced:司 空 晓 婷}}，还有{{spaced:微　生　凌　云}}。
访谈者：联系方式呢？
受访者：奶奶没手机，打邻居的。{{han:也春芳}}的电话{{mobile@spaced}}，{{han:王德川}}的{{mobile@plus86spaced}}。我的工作微信{{wechat:jcy_lidao_etzr}}。{{han:王成就}}有QQ，我加了，号码{{qq:4071859362}}，他在上面管我叫{{han:鞠姨}}。
访谈者：孩子们跟您亲吗？
受访者：亲。{{han:还晓宇}}见了我就问他爸的船啥时候回来，我答不上来。{{han:也丽娜}}学习好，说将来当护士，照顾她妈。{{han:要海鹏}}皮，可是见了我就往我兜里塞糖。
访谈者：做这个最难的是什么？
受访者：大人的事孩子扛。我们村这样的家不少，年轻的都出去了，剩下老的小的，大人一倒，天就塌了。{{han:和雪萍}}十四岁就会给她爸翻身、换尿垫。春游的时候学校带孩子们去成山头看{{trap/famous:秦始皇}}东巡的碑，她没去，说家里离不开人。我跟{{han:衣红英}}的娘家哥哥{{han:衣振海}}商量好，周末他来替两天，让孩子喘口气。
""")

# H1158: Han social worker in 海阳所镇 (乳山) going through the children of her cases on WeChat.
DOCS["H1158"] = ("staff", """\
访谈者：您跟这些家庭平时怎么联系？
受访者：全靠微信。我叫{{han:原晓雯}}，在{{trap/place:海阳所镇}}社工站，手机里存着四十多个家长和孩子。我翻着聊天记录跟你说。
访谈者：好。
受访者：头一个{{han:曲小满}}，九岁，爸妈离了，都在外地打工，跟太姥姥过。太姥姥{{han:曲凤兰}}八十四了，微信是我给注册的，叫{{wechat:qufenglan_hys}}。有一回半夜，{{han:曲小满}}拿太姥姥的手机给我发语音：“{{han:原姐姐}}，俺饿了。”第二天我就给他报了事实无人抚养，每月{{trap/number:一千二百九十元}}。
访谈者：第二个？
受访者：第二个是蒙古族的小男孩{{minority/mongolian:哈斯敖登}}，十岁。他妈{{minority/mongolian:赛汗图雅}}从{{trap/place:通辽}}嫁过来，在海参育苗场干活，去年查出白血病，在{{trap/place:济南}}住院。爸爸{{han:柳建波}}一边跑医院一边打零工，孩子放在姑姑家。{{minority/mongolian:赛汗图雅}}她每天在病房里给我发消息，问孩子吃得好不好。她微信是{{wechat:saihan_ty1988}}。
访谈者：孩子怎么样？
受访者：{{minority/mongolian:哈斯敖登}}话少，可是会画画。他画了一张他妈骑马的画，我拍了发过去，{{minority/mongolian:赛汗图雅}}在病床上看了一晚上。化疗要钱，{{trap/org:乳山市慈善总会}}给了两万，社区又组织了一回捐款。他爸说，等孩子他妈好了，一家人回{{trap/place:科尔沁}}看草原。孩子有个QQ，用他爸的旧手机登，号码他一个数一个数报给我：{{qq:1739420586}}。
访谈者：第三个？
受访者：第三个是回族的小姑娘，{{han:妥梦瑶}}，经名{{minority/hui:穆尼拉}}，八岁。爸爸{{minority/hui:妥哈桑尼}}在渔船上做饭，一出海就是一个月，孩子寄在邻居家。她没手机，爸爸靠岸才跟我视频。
访谈者：第四个？
受访者：第四个小姑娘叫{{compound:轩辕梓萌}}，十三岁。爸爸{{compound:轩辕志军}}搞诈骗判了五年，妈妈改嫁去了{{trap/place:大连}}，她跟爷爷过。她有QQ没微信，号码是全角的，说这样好看：{{qq:３６０８４１２５７９}}。她在QQ上跟我说得多，当面反而不吭声。
访谈者：她现在怎么样？
受访者：去年有一阵她在QQ空间里发些不好的话，我看见了，连夜跟同事去她爷爷家。她哭着说，觉得自己是多余的。后来请了市里的心理咨询师，一个月两回，现在愿意出门了，还进了学校的合唱队。
访谈者：这几家谁在跟？
受访者：站里同事{{compound:子车明哲}}跟第二、第三个，{{compound:亓官雨萱}}跟第四个，督导{{compound:仲孙墨白}}每个月来看一回记录。镇民政办的{{han:蔺主任}}管审批，{{han:蔺振东}}这个人说话慢，办事不慢。
访谈者：用微信联系有什么难处？
受访者：老人不会用，孩子用不好，还有的家长一直不回。{{trap/word:原来}}我以为发了就算通知到了，后来才知道{{han:柳建波}}的手机老欠费，消息他根本收不到。我就跟营业厅说好，每月从站里的小额救助里给他充五十块话费。{{han:妥梦瑶}}她爸在海上没信号，我们在群里约好，靠岸了发个“到”。另外还建了个QQ群备用，群号{{trap/number:582046173}}，是{{trap/org:乳山市团委}}帮忙建的。
访谈者：您一天要回多少条消息？
受访者：忙的时候两三百条。早上七点家长上工前一波，晚上九点孩子写完作业又一波。我给每个孩子都写了备注：爱吃什么、怕什么、最信得过哪个大人。光靠脑子记不住。
访谈者：回族小姑娘那家平时谁照应？
受访者：她爸一出海，孩子就寄在邻居{{han:姜大娘}}家。{{han:姜大娘}}知道回族的规矩，专门买了一口新锅给孩子做饭。孩子管她叫奶奶，她爸靠岸头一件事就是提着牛肉去谢人家。
访谈者：您干社工几年了？
受访者：五年。刚来以为社工就是发东西、搞活动，后来才明白，最要紧的是让孩子知道有个大人在看着他。我手机二十四小时不关，我对象说我嫁给了微信。{{trap/year:2023年}}我们站评了先进，奖金我全给孩子们买了过冬的棉鞋。
访谈者：群里的名字都是真名吗？
受访者：孩子们的群昵称五花八门：{{spaced:轩 辕 梓 萌}}、{{spaced:哈 斯 敖 登}}，{{han:曲小满}}用的是太姥姥的号，显示{{spaced:曲　凤　兰}}，{{han:妥梦瑶}}的爸爸写成{{spaced:妥 哈桑尼}}。
访谈者：登记的信息能念一下吗？
受访者：{{minority/mongolian:哈斯敖登}}的身份证{{id_number@my2015.371083}}，{{compound:轩辕梓萌}}的{{id_number@wy2012x.371083}}。{{han:曲小满}}家在{{address:乳山市海阳所镇凤凰村二组13号}}，{{han:妥梦瑶}}寄住在{{address:乳山市海阳所镇港头村五组7号}}。{{han:柳建波}}的电话{{mobile@p86h}}，{{minority/hui:妥哈桑尼}}在船上用的号{{mobile@h38}}。我的工作微信{{wechat:yxw_hys_sgz}}。
访谈者：您觉得微信管用吗？
受访者：管用，可是替不了上门。太姥姥上个月摔了一跤，在微信里一个字没说，是我去送米才看见的。孩子们记着我，过年{{han:曲小满}}给我发了个两块钱的红包，我没舍得收，截图存着。
""")

# H1159: Han grandmother in 育黎镇 (乳山) raising two granddaughters; her son died and their mother went to Korea.
DOCS["H1159"] = ("family", """\
访谈者：大娘，您带着两个孙女？
受访者：嗯哪。俺叫{{han:綦玉珍}}，六十八了，住{{trap/place:育黎镇}}。俺儿{{han:綦国栋}}前年在{{trap/place:青岛}}工地上摔下来，人没了。媳妇{{han:孔令蓉}}去{{trap/place:韩国}}打工，头一年还往家寄钱，后来电话也打不通了。俺不怨她，一个女人家，男人没了，心也跟着死了。可孩子是她身上掉下来的肉啊，她咋就舍得。
访谈者：孩子们多大？
受访者：大的{{han:綦欣悦}}十二，俺叫她{{han:悦嫚}}，在{{school:乳山市育黎镇中心学校六年级（1）班}}。小的{{han:綦欣雨}}七岁，叫{{han:雨嫚}}，在{{school:育黎镇中心学校一年级（3）班}}。{{han:雨嫚}}她黏人，夜里得搂着俺的胳膊睡。
访谈者：您一个人带两个，顾得过来吗？
受访者：顾不过来也得顾。俺有高血压，早上吃了药再给她们烙饼、熬苞米粥。俩孩子的衣裳是俺在河边的大石头上搓的，洗衣机有，俺舍不得那个电。{{han:悦嫚}}懂事，会烧火、会喂鸡，就是不爱说话。她爸没了以后，她把她爸的安全帽挂在床头。
访谈者：孩子们上学怎么去？
受访者：大的骑自行车驮着小的，路上要过一座桥，俺天天提心吊胆。后来村里给安排了校车，一个月几十块钱，民政上给报。冬天天黑得早，俺拿着手电到村口等着。
访谈者：学习怎么样？
受访者：{{han:悦嫚}}学习好，奖状贴了一面墙，她爸在的时候最爱跟人显摆。小的刚上一年级，拼音学不会，俺不认字，教不了。社工带来的姑娘教她念“a o e”，她学得咯咯笑。
访谈者：有谁帮您？
受访者：村里的儿童主任{{han:都玉凤}}，{{han:都玉凤}}都快把俺家门槛踩破了。她给两个孩子报了事实无人抚养，每人每月{{trap/number:一千零八十元}}，俺自己有低保。镇上民政办的{{han:能宝华}}能办的都给俺办了。大孙女的班主任{{han:向春玲}}向学校申请了免午饭钱。社工{{compound:第五思雨}}每月来一回，跟她一块来的{{compound:西门晓蕾}}教小的认字。隔壁{{han:就春生}}就是个热心人，俺家房顶漏雨是他上去修的。
访谈者：孩子们想妈妈吗？
受访者：想。{{han:雨嫚}}问俺，妈是不是在韩国迷了路。{{han:孔令蓉}}的娘家在{{trap/place:文登}}，俺去找过两回，她娘也说联系不上。派出所的{{han:綦警官}}帮着查过出入境，说人还在那边。
访谈者：家里的收入够花吗？
受访者：俺种着二亩苹果，今年下雹子打了一半。低保加补助，吃饭够了，穿衣裳靠人送。开学买书包、买棉袄，{{han:都玉凤}}去镇上给俺申请了临时救助。俺还在家串海米，一斤挣两块钱手工钱，一天能串五六斤。在韩国干活的同村{{han:宫秀华}}说，她也帮俺打听着孩子她妈。
访谈者：您想过孩子们以后吗？
受访者：想过，想得睡不着。俺要是走了，两个孩子咋办。政策说管到孩子十八岁，上大学还有助学金。俺就盼着多活几年，把小的送进初中。
访谈者：孙女们跟您说心里话吗？
受访者：小的啥都说，大的憋着。{{han:悦嫚}}有一回发烧，烧得说胡话，一直喊爸爸。俺守了她一宿，天亮她醒过来跟俺说，奶奶，你别死。俺说，奶奶不死，奶奶还得看你考大学呢。
访谈者：村里人对你们怎么样？
受访者：都好。过年过节，这家送一捆葱，那家送一篮子鸡蛋。俺家老头子活着的时候是村里的木匠，给好多人家打过柜子，人家都记着。正月十五村里扭秧歌，{{han:雨嫚}}骑在俺脖子上看，一晚上不肯回家。
访谈者：过年怎么过？
受访者：蒸{{trap/word:大饽饽}}，贴{{trap/word:对子}}，俺揉面，两个孙女往饽饽上按红枣，按得歪歪扭扭，俺也不改，那是孩子们的心意。俺给孩子们讲{{trap/famous:戚继光}}打倭寇的故事，{{han:悦嫚}}听得比谁都入神。年三十{{han:都玉凤}}送来两条鲅鱼，俺给{{han:都玉凤}}装了一兜子枣饽饽。
访谈者：您的身体还扛得住吗？
受访者：腰不行了，一弯下去半天直不起来。俺跟{{han:悦嫚}}说，奶奶要是哪天起不来了，你就去找{{han:都玉凤}}，电话俺用红笔写在墙上了。
访谈者：登记的信息请您说一下。
受访者：家在{{address:乳山市育黎镇南寨村三组10号}}。俺的身份证{{id_number@wy1957.371083}}，{{han:綦欣雨}}的{{id_number@wy2017hyphen.371083}}。俺不会用手机，号是孙女记的：{{mobile@s38}}，{{han:都玉凤}}的{{mobile@plain}}。{{han:向春玲}}老师的微信{{wechat:xianglj_yuli}}。大孙女有QQ，说是交作业的，号码她用铅笔描在锅台上了：{{qq:925017384}}。
访谈者：名字在表上写得对吗？
受访者：低保表上俺成了{{spaced:綦 玉 珍}}，孙女写成{{spaced:綦欣 悦}}，社工的名字写成{{spaced:第　五　思　雨}}，俺还以为是第五个人。
访谈者：您最想说什么？
受访者：俺这辈子最感激的，是{{han:都玉凤}}。
""")

# H1160: Han school doctor in 乳山 talking about a boy nobody looks after.
DOCS["H1160"] = ("staff", """\
访谈者：您在学校当校医多久了？
受访者：十年了。我叫{{han:修春华}}，在乳山{{trap/place:白沙滩镇}}中心学校医务室。今天想说的是一个孩子，{{han:于远洋}}，十一岁，{{school:白沙滩镇中心学校五年级（2）班}}。
访谈者：他怎么了？
受访者：去年秋天起，他差不多天天来医务室，说肚子疼。我一摸，手冰凉，一问，早饭没吃，晚饭也没吃。{{trap/word:于是}}我就在抽屉里备了面包和牛奶。
访谈者：家里人呢？
受访者：爸爸{{han:于有才}}有个三轮车，跑{{trap/place:海阳}}那边拉货，一走半个月，喝了酒就不回家。妈妈{{han:邵春梅}}早就走了，听说在{{trap/place:大连}}又成了家。奶奶前年去世，剩他一个人住老屋，老屋在{{address:乳山市白沙滩镇东泓村四组17号}}，院墙塌了半边，冬天连炉子都没人生。大爷{{han:于有福}}家就在后街，说自己三个孩子还养不过来。
访谈者：学校是怎么管的？
受访者：班主任{{han:林海}}老师先发现的，{{han:林海}}他给孩子垫了两个月的饭钱。我们报给了{{han:邢校长}}，校长找了村委的儿童主任{{han:连秀芝}}。{{han:连秀芝}}{{trap/word:连忙}}上门，看见锅里长了毛，被子湿得能拧出水。她按事实无人抚养报了上去，每月{{trap/number:一千一百九十元}}，由她代管。
访谈者：他在班上怎么样？
受访者：成绩中下，可是脑子不笨，手巧。学校科技节，他拿易拉罐做了一条船，得了二等奖。同学们起先不爱跟他玩，嫌他身上有味儿。{{han:林海}}老师让他当了班里的器材管理员，管球、管跳绳，他可上心了，天天头一个到教室。
访谈者：孩子的爸爸知道吗？
受访者：知道，不管。派出所的{{han:逄警官}}找他谈过一回，他说孩子愿意上哪上哪。后来{{han:于有才}}酒驾被抓，拘了十五天，{{han:连秀芝}}趁这个机会把监护的事理清了。
访谈者：孩子现在怎么样？
受访者：好多了。社工{{compound:南门一鸣}}每周三下午陪他写作业，{{compound:宰父文静}}教他做饭。心理老师{{compound:颛孙予安}}说这孩子心里有个坎，就是觉得自己没人要。她让孩子画一棵树，他画的树没有根，光秃秃地立在纸当间，旁边一个人也没有。他现在住在{{address:乳山市白沙滩镇东泓村二组5号}}的姑姥姥家，有人做饭了，来医务室的次数少了。
访谈者：姑姥姥家条件怎么样？
受访者：也不好。{{han:荆桂兰}}七十多了，老伴瘫在床上，自己还种着地。她说孩子可怜，不过是多一双筷子。{{han:连秀芝}}给她家也申请了低保，每周去一趟，帮着收拾。
访谈者：他身体呢？
受访者：体检的时候，身高比同班的矮一截，贫血，还有龋齿。这个年纪本该蹿个子，他一年只长了两公分。我跟食堂说好，中午给他多打一勺菜，周末让他把剩下的馒头带回去。我联系了{{trap/org:乳山市人民医院}}的口腔科，{{han:战晓光}}大夫给他补了四颗牙，没收钱。{{han:战晓光}}说他侄子也在我们学校。
访谈者：医务室平时也管这些事吗？
受访者：按说只管看病、体检、防疫。可孩子肚子疼，不能光给一片药。全校七百多个学生，全镇报上去没人管的孩子有六个。我跟{{han:邢校长}}商量好，医务室柜子里常备面包、牛奶，谁早上没吃就来拿，不登名字，不让孩子难堪。
访谈者：孩子自己说过什么吗？
受访者：有一回他问我，修大夫，人要是没人管，长大了会不会变坏。我说不会，你看有多少人管着你。他掰着指头数，老师、姑姥姥、{{han:连秀芝}}、我，两个社工，还有心理老师，七个人，数完自己先笑了。
访谈者：您最担心的是什么？
受访者：怕他爸哪天又把他领回去。有一回{{han:于有才}}喝醉了，到校门口要带孩子走，被保安拦下了。现在镇上正在走程序，看能不能把监护交给姑姥姥。还担心他上了{{trap/word:初中}}要住校，离开我们这些熟人，能不能照顾好自己，我心里没底。
访谈者：您跟他家里人怎么联系？
受访者：他姑姥姥{{han:荆桂兰}}的电话{{mobile@p86n}}，{{han:连秀芝}}的{{mobile@s74}}。{{han:林海}}老师的微信{{wechat:linhai_bsht_5}}。孩子的QQ是他自己报给我的，他说等他有了手机就上线：{{qq:63085129}}。他的身份证我存在体检档案里：{{id_number@my2014fwspaced.371083}}，他爸的{{id_number@mmid.371083}}。
访谈者：档案上名字写得对吗？
受访者：体检表上写成{{spaced:于　远　洋}}，社工的签名是{{spaced:颛 孙 予 安}}，{{spaced:南门 一鸣}}也断开了。
访谈者：您为什么这么上心？
受访者：我小时候也是奶奶带大的，知道饿肚子上课是什么滋味。孩子上个月跑到医务室，塞给我一个煮鸡蛋，说是姑姥姥给他煮了两个。这孩子叫{{han:于远洋}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1153,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
