# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 122 (tests/pii/holdout122/H961-H968 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 122 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
马鞍山 (Anhui) and 黄石 (Hubei): a Mongolian father from 翁牛特旗 who drives an overhead crane in a 马鞍山 steel mill,
his wife gone back to her parents, his son with him and his daughter with his mother in the gacha; a Kham Tibetan
grandmother from 巴塘 raising two grandchildren in 黄石 whose father died in a mine there and whose Han mother has
remarried; a Uyghur mother from 库车 who sells roast mutton at a night market in 花山区, her son with cerebral palsy
and her husband driving a lorry in Xinjiang; a Hui grandfather from 化隆 who keeps a noodle shop in 黄石港区 and
raises a granddaughter whose parents are both in prison; a Yi mother from 盐源 who sews in a 大冶 garment factory,
her husband in prison, her son with her and her daughter with his mother (clan names before the given name); a Han
township child-protection officer in 阳新 (富池镇) reading out her register; a Han primary-school class teacher in
当涂 who reaches her five cases and their families on WeChat and QQ; and a Han social worker in 含山 handling
事实无人抚养 cases. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names used whole and with a short form after the full name (策登巴雅斯古楞 then 策登,
萨如勒格日乐 then 萨如勒她, 海日罕毕力格 then 海日罕他, 巴德玛乌兰 then 巴德玛也, 伊拉图孟根 then 伊拉图), a Han surname
before a Mongolian given name (鲍策登) and the Han names and nickname of the same people (鲍永胜, 鲍浩然, 老鲍头); Kham
Tibetan names of 巴塘 (斯朗志玛 then 斯朗阿妈, 呷绒翁堆 then 翁堆, 拉翁多吉 then 拉翁他, 松吉卓嘎 then 松吉她, 阿根,
洛绒降初), a Han surname before a Tibetan given name (罗拉翁, the father's Han surname joined by classmates) and the
boy's Han name (罗宇辰); Uyghur given name + father's name with and without the dot (玛依努尔·吐尔逊, 萨迪尔·玉苏甫,
排尔哈提·萨迪尔, 排尔哈提萨迪尔, 巴哈古丽·萨迪尔) and single names and short forms (玛依努尔, 萨迪尔他, 排尔哈提他,
巴哈古丽也, 阿不来提, 热西旦), and the father's name taken for a surname by a clinic card (萨排尔哈提); Han-form Hui names
(冶永福, 冶欣妍, 冶建明, 韩小梅, 马秀芬) beside 经名 used alone (舍尔布, 哈斯耶她, 曼苏尔, 海麦也, 艾布阿訇) and after a Han
surname (冶舍尔布, 喇伊布拉, 韩穆萨); Yi clan + given names (海来金曲, 吉克比古, 吉克日呷, 吉克尔作, 阿苏拉博, 马黑布都,
海来石布, 俄底古木) with the given name alone (金曲, 比古他, 日呷, 尔作她) and the first syllable of the clan taken for a
surname (海金曲, 吉日呷); Han names with common and rare surnames of the region (笪, 濮, 芮, 陶, 邰, 奚, 柯, 明, 费, 伍, 乐,
冶, 邢, 袁, 褚, 俞, 计); surnames that are ordinary words, directly before or after grammar words (向德海向车间,
还建军还借过, 但春梅但凡, 能广才能躲就躲, 有春生有空, 都国强都知道, 乐小红乐呵呵, 被秋云被评过, 让梅英让我, 也金花也是,
就海燕就是, 明天宇明天, 时光明时常, 也春霞也七十多了, 要建平要了/要养, 过玉梅过了年, 跟和晓蕾, 和柯云霞) and given names
that begin or end with such characters (陶家和和奶奶, 邰德才才九岁, 柯志能能帮就帮, 石有能有点); names that contain
words (芮长江, 明天宇, 费心怡, 石长春, 时光明); titles and kin words after names (陶凤英阿姨, 笪秀云老师, 濮文涛大夫,
曹丽琼老师, 但春梅老师, 归海明哲律师; the span is the name only), a surname with only a title or kin word, annotated
whole (笪老师, 芮师傅, 冶爷, 桂警官, 孙奶奶, 伍婆婆, 乐主任, 濮老师, 褚主任, 过嫂), nicknames and local forms of
address, annotated whole (老鲍头, 胖伢他, 菊伢); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和, and a name closing the last sentence of seven transcripts (替我顶班的是还建军。, 最该谢的，是费丽君。,
跑得最多的人，是乐小红。, 还是也金花。, 最放不下心的，是就海燕。, 说这话最多的，是和晓蕾。, 最记挂的，是尹子豪。); names
spaced out character by character in half- and full-width spaces, a dotted name with spaces around the dot
(玛依努尔 · 吐尔逊) and names split in two (策登 巴雅斯古楞, 拉翁 多吉, 吉克 日呷, 冶永 福, 石长 春, 要梦 琪, 宰父 思远);
compound surnames after ordinary words (钟离, 澹台, 公良, 颛孙, 夹谷, 叔孙, 南门, 漆雕, 归海, 子车, 羊舌, 微生, 东郭, 梁丘,
鲜于, 公羊, 亓官, 司寇, 宰父, 仲孙); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:笪秀云}}``, ``{{qq:52739168}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016fwspaced.420222}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 阿姨, 阿妈, 律师) and a
particle, pronoun or verb written directly after a name (说, 也, 都, 就, 她, 他, 能, 要, 还, 和, 才) are outside the
span; a surname with only a title or kin word (笪老师, 冶爷, 伍婆婆, 过嫂) and a nickname or local form of address
(老鲍头, 胖伢, 菊伢) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (鲍永胜, 罗宇辰,
冶永福, 马秀芬) are category han; a Han surname before a non-Han given name (鲍策登, 罗拉翁, 萨排尔哈提, 冶舍尔布,
喇伊布拉, 韩穆萨) and a Yi clan's first syllable before a given name (海金曲, 吉日呷) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout122/make_holdout122.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(122_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "173", "175", "181", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H961: Mongolian father from 翁牛特旗 who drives an overhead crane in a 马鞍山 steel mill; his wife has gone back to
# her parents, his son is with him and his daughter with his mother in the gacha.
DOCS["H961"] = ("family", """\
访谈者：大哥，您是从内蒙古过来的吧？
受访者：赤峰{{trap/place:翁牛特旗}}的，家在{{trap/place:乌丹镇}}北边的嘎查。我叫{{minority/mongolian:策登巴雅斯古楞}}，名字长，厂里工牌上登的是汉名{{han:鲍永胜}}。班组里的人图省事，喊我{{minority/mongolian:鲍策登}}，年纪大的干脆叫{{han:老鲍头}}。来{{trap/place:马鞍山}}第四年了，在钢厂轧钢车间开行车。老家的人还是叫我{{minority/mongolian:策登}}。
访谈者：您爱人呢？
受访者：{{minority/mongolian:萨如勒格日乐}}去年秋天回娘家了。我们吵了好几年，她嫌我一年到头不着家，我嫌她不管孩子，到后来谁也不让谁。{{minority/mongolian:萨如勒}}她走那天，把两个孩子的户口本放在桌上，自己的衣服装了一个编织袋。婚没离，人也不回来，电话打过去是她妈接。
访谈者：孩子们跟谁？
受访者：儿子{{minority/mongolian:海日罕毕力格}}十三岁，跟我在这边，学校名册上用的汉名{{han:鲍浩然}}，读{{school:雨山区银塘小学六年级（4）班}}。闺女{{minority/mongolian:巴德玛乌兰}}才七岁，跟我额吉在嘎查，读{{school:翁牛特旗梧桐花镇中心小学一年级（3）班}}，家里都叫她{{minority/mongolian:巴德玛}}。额吉{{minority/mongolian:敖拉其木格}}六十八了，一只眼睛有白内障，看不清东西。
访谈者：儿子在这边谁照顾？
受访者：我上三班倒，夜班的时候只能让{{minority/mongolian:海日罕}}一个人待在宿舍。隔壁的工友{{han:向德海}}向车间打了报告，让我尽量上白班。班长{{han:芮师傅}}，大名{{han:芮长江}}，把他家的旧电脑给了{{minority/mongolian:海日罕}}上网课。还有个焊工叫{{han:还建军}}，还借过我两千块钱，到现在没催过。社区的儿童主任{{han:陶凤英}}阿姨每周来一趟，看孩子吃的什么、作业写没写。{{han:陶凤英}}说，孩子妈不在身边，可人还在，报不了事实无人抚养，先报困境儿童，每月{{trap/number:六百三十元}}。
访谈者：学校那边呢？
受访者：班主任是{{han:笪秀云}}老师。她这个姓，竹字头底下一个旦，我头一回见。{{han:笪老师}}在QQ上跟我说孩子的事，说{{minority/mongolian:海日罕}}他上课不吭声，下课跟人摔跤。学校的心理老师叫{{compound:钟离若溪}}，区里社工站派来的{{compound:澹台书瑶}}每周带他去{{trap/place:雨山湖}}边上跑步，跑完了陪他说话。
访谈者：闺女在老家怎么样？
受访者：嘎查的儿童主任是{{minority/mongolian:伊拉图孟根}}，{{minority/mongolian:伊拉图}}给闺女报了留守儿童关爱，冬天送来了棉靴。额吉不识字，闺女的作业是{{minority/mongolian:伊拉图}}媳妇帮着看的。{{minority/mongolian:巴德玛}}也乖，早上起来帮奶奶烧{{trap/minority_word:砖茶}}，晚上跟我视频，问妈妈是不是去{{trap/place:赤峰}}打工了。
访谈者：儿子想妈妈吗？
受访者：他大了，不问。可他把他妈的照片设成了手机屏保，我看见了也不说破。去年暑假我带他回去，{{trap/minority_word:祭敖包}}那天他跟着舅舅转了三圈，回来说想在草原上念初中。
访谈者：孩子妈妈那边还联系吗？
受访者：过年的时候她给儿子打过一个电话，说了十来分钟，儿子一直嗯、嗯、嗯，挂了电话把自己关在厕所里半天。我不怪她。她在草原上长大，跟我到这边，住十几平方的宿舍，听不懂人说话，闷得慌。她走之前说过一句，说这里的天太低了。我后来才明白：我们那边一眼望出去几十里不见一个人，这边抬头只看见楼和烟囱。
访谈者：厂里对您怎么样？
受访者：还行。车间知道我家的情况，年底评困难职工，给了三千块慰问金，工会给儿子买了新书包。就是活儿累，行车上不能分神，底下吊的是几吨重的钢卷，一走神就要出人命。去年隔壁班组一个年轻人被钢卷挤断了腿，从那以后我每回上车前都把手机关了，心里默念三遍平安。
访谈者：您自己身体怎么样？
受访者：行车在半空里，一坐八个钟头，下来腰是硬的。车间里热，夏天跟蒸笼一样，我刚来那年中过一回暑。{{han:芮长江}}他说草原上来的人实诚，干活不偷懒。我不喝酒，攒钱。一个月六千多，寄两千给额吉，剩下的给儿子交伙食、买衣服。休息天我给儿子炖羊肉，他说不如奶奶炖的香。宿舍墙上挂着一把{{trap/minority_word:马头琴}}，工友们以为蒙古人个个是{{trap/famous:成吉思汗}}的后代，我说我家祖上就是放羊的。
访谈者：登记表上的信息请您说一下。
受访者：我住{{address:雨山区银塘镇佳山路27号钢厂宿舍3栋508室}}，老家是{{address:翁牛特旗梧桐花镇塔布花嘎查二组7号}}。我身份证{{id_number@my1981spaced.150426}}，儿子的{{id_number@my2012quad.150426}}。我电话{{mobile@plain}}，{{han:陶凤英}}的电话是{{mobile@hyphen}}。我微信叫{{wechat:Tseden_maanshan81}}。儿子有个QQ，跟同学打游戏用的，号码他念了一遍，我让他自己写在我安全帽的内衬上：{{qq:1846205937}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保那张表上我是{{spaced:策登 巴雅斯古楞}}，儿子的体检单上成了{{spaced:海 日 罕 毕 力 格}}，额吉的养老金存折上是{{spaced:敖　拉　其　木　格}}。
访谈者：以后有什么打算？
受访者：等儿子念完小学，想送他回旗里上初中，跟妹妹在一块。下个月我回嘎查看闺女，替我顶班的是{{han:还建军}}。
""")

# H962: Kham Tibetan grandmother from 巴塘 raising two grandchildren in 黄石; their father died in a mine there and
# their Han mother has remarried.
DOCS["H962"] = ("family", """\
访谈者：阿妈，您从哪里来的？
受访者：四川{{trap/place:巴塘}}，{{trap/place:金沙江}}边上。我叫{{minority/tibetan:斯朗志玛}}，汉话说不好，你慢慢问。这边的人叫我{{minority/tibetan:斯朗}}阿妈，也有叫我藏族奶奶的。
访谈者：您怎么到{{trap/place:黄石}}来的？
受访者：我儿子{{minority/tibetan:呷绒翁堆}}在这边挖矿，在{{trap/place:铁山区}}一个小矿上，九年了。前年井下塌方，{{minority/tibetan:翁堆}}没出来。他媳妇是这边人，叫{{han:程晓燕}}，办完事就走了，去外地嫁了人。两个孙子没人管，村里让我过来，我就来了，到今天快两年。
访谈者：两个孩子多大？
受访者：哥哥{{minority/tibetan:拉翁多吉}}十二，上学的名字是{{han:罗宇辰}}，他爸在矿上用的汉姓是罗。班上的同学喊他{{minority/tibetan:罗拉翁}}，两样拼在一起，他也答应。{{minority/tibetan:拉翁}}读{{school:下陆区团城山小学六年级（2）班}}。妹妹{{minority/tibetan:松吉卓嘎}}九岁，读{{school:下陆区团城山小学三年级（5）班}}，我叫她{{minority/tibetan:松吉}}。{{minority/tibetan:松吉}}她胆子小，晚上要抱着我睡。
访谈者：矿上赔了钱吗？
受访者：赔了，钱存在孩子名下，每个月取一点。是社工站请的律师{{compound:公良俊豪}}帮着打的官司，打了一年。矿上的工头{{han:能广才}}能躲就躲，最后还是法院判下来的。
访谈者：现在谁在帮你们？
受访者：社区的儿童主任{{han:费丽君}}，两个孩子的困境儿童补贴是她跑下来的，每人每月{{trap/number:七百一十元}}，我的低保也是她报的。街道民政的{{han:明国华}}来核过两回，一回带了米，一回带了油。社工{{compound:颛孙明月}}每周六来，教妹妹认字，给哥哥讲题。班主任{{han:但春梅}}但凡孩子有一点不对，就打电话给{{han:费丽君}}，因为我看不懂微信上的字。
访谈者：孩子们适应吗？
受访者：哥哥话少，心里有事。他爸出事那天他在学校，下午才知道。{{minority/tibetan:拉翁}}他现在天天去看矿上那条路，我不让去，他还是去。楼下的小胖子叫{{han:胖伢}}，跟他同班，放学两个人一起走，{{han:胖伢}}他妈有时候留他吃饭。这边的人管小孩叫{{trap/word:细伢}}，我学了好久才学会。
访谈者：孩子们在学校怎么样？
受访者：哥哥数学好，老师说他脑子灵，就是作文写不出来，一写就写他爸。有一回作文题目是《我的爸爸》，他交了白卷，老师没罚他，放学把他留下来，陪他坐了一个钟头。妹妹爱唱歌，学校合唱队要了她，她在台上唱我们那边的歌，底下的老师都说好听。她回来问我，阿妈，爸爸听得见吗？我说听得见，山上的风会带过去。
访谈者：您去过矿上吗？
受访者：去过一回，就是出事那天。山上挖得一个洞一个洞的，到处是灰，车子一过什么都看不见。我在井口坐了一夜，人抬上来的时候，我已经认不出来了。后来区里派了心理咨询师{{compound:夹谷清妍}}来家里，陪我们说话，教哥哥睡不着的时候怎么喘气。我再没去过矿上，孙子想去，我拦着，他就一个人去，站在路口看。我不怪他，我自己夜里也常梦见那个井口。
访谈者：您自己过得惯吗？
受访者：过不惯。夏天太热，湿，晚上睡不着。这边吃米饭，我想吃{{trap/minority_word:糌粑}}，托老家寄青稞面来，自己炒。我男人{{minority/tibetan:阿根}}走得早，一个人带大三个孩子，没想到老了还要带孙子。老家还有个侄子{{minority/tibetan:洛绒降初}}，每个月给我打电话，说阿妈你回来吧，草场上的房子空着。我说孙子在这里念书，走不开。
访谈者：孩子们说藏话吗？
受访者：哥哥会听，会说一点；妹妹只会说{{trap/word:扎西德勒}}。晚上我给他们唱{{trap/minority_word:巴塘弦子}}，讲{{trap/famous:格萨尔王}}，哥哥说他长大了要回巴塘，把他爸的骨灰送到山上去。{{minority/tibetan:翁堆}}的骨灰现在还放在我屋里，用哈达包着。
访谈者：登记信息请您说一下。
受访者：我说不清楚，孙子帮我念。我们住{{address:下陆区团城山街道新下陆路88号4栋2单元301室}}，老家是{{address:巴塘县夏邛镇茶雪村三组12号}}。我的身份证{{id_number@wold.513335}}，哥哥的{{id_number@my2012hyphen.420204}}。我电话{{mobile@s38}}，{{han:费丽君}}的是{{mobile@plus86}}。{{han:但春梅}}老师的微信是{{wechat:danchunmei_xl}}。哥哥有QQ，老师让注册的，号码他写在我药盒子背面：{{qq:52739168}}。
访谈者：名字写得对吗？
受访者：不对的多。低保本上我是{{spaced:斯 朗 志 玛}}，哥哥的作业本上有人写{{spaced:拉翁 多吉}}，妹妹是{{spaced:松　吉　卓　嘎}}。
访谈者：您最想说什么？
受访者：等{{minority/tibetan:松吉}}小学毕业，我就带两个孩子回去一趟。这两年最该谢的，是{{han:费丽君}}。
""")

# H963: Uyghur mother from 库车 who sells roast mutton in 花山区; her son has cerebral palsy, her husband drives a
# lorry in Xinjiang.
DOCS["H963"] = ("family", """\
访谈者：大姐，您这个烤肉摊摆了多久了？
受访者：五年了，就在{{trap/place:花山区}}这条夜市上。我叫{{minority/uyghur:玛依努尔·吐尔逊}}，老家{{trap/place:库车}}。夜市上的人都叫我{{minority/uyghur:玛依努尔}}，叫不全的喊我新疆大姐。
访谈者：家里几口人？
受访者：四口。我男人{{minority/uyghur:萨迪尔·玉苏甫}}在新疆跑大车，一年回来一回，钱寄过来。儿子{{minority/uyghur:排尔哈提·萨迪尔}}十岁，脑瘫，走路要扶，说话也不清楚。女儿{{minority/uyghur:巴哈古丽·萨迪尔}}七岁，健康，就是嘴巴厉害。
访谈者：为什么带儿子到这边？
受访者：库车那边做康复要去{{trap/place:乌鲁木齐}}，太远。我表哥{{minority/uyghur:阿不来提}}在{{trap/place:马鞍山}}开饭店，说这边有康复中心，离得近，还能摆摊。我就带着两个孩子过来了。{{minority/uyghur:萨迪尔}}他同意，说你去，我挣钱。
访谈者：康复做得怎么样？
受访者：好一点了。以前坐不住，现在能扶着墙走十几步。康复中心的{{han:濮文涛}}大夫说，坚持做，十五岁以前还能进步。康复师叫{{compound:叔孙浩宇}}，小伙子很耐心，{{minority/uyghur:排尔哈提}}他最喜欢这个叔叔。中心的卡上把儿子写成了{{minority/uyghur:萨排尔哈提}}，把他爸名字的头一个字当成了姓，我去改了两回没改过来。
访谈者：有哪些补助？
受访者：社区儿童主任{{han:夏玉琴}}帮儿子办了残疾证，一级，领残疾人两项补贴，护理补贴加生活补贴，一个月{{trap/number:五百八十元}}。{{han:夏玉琴}}还帮我们申请了困境儿童，说孩子爸不在身边也算。区{{trap/org:残联}}送了一个轮椅。社工站的{{compound:南门静怡}}每个月来一次，帮我填表，我汉字写不好。
访谈者：摆摊的时候孩子们怎么办？
受访者：晚上六点出摊，十一点收。儿子在出租屋里，女儿陪着他写作业。楼下的{{han:孙奶奶}}每天晚上上来看两回，有时候给他们端一碗馄饨。房东{{han:有春生}}有空就帮我把炉子推到路口。城管队的{{han:都国强}}都知道我家的事，从来不赶我。
访谈者：孩子们上学怎么样？
受访者：儿子在{{school:花山区特殊教育学校二年级（2）班}}，老师上门接送。女儿在{{school:花山区金家庄小学一年级（5）班}}，学习好，老师说她普通话比我还标准。{{minority/uyghur:巴哈古丽}}也会跳舞，六一在学校跳了一支{{trap/minority_word:赛乃姆}}，老师录了视频发给我。
访谈者：儿子平时在家做什么？
受访者：爱看动画片，一看就笑。手不太听话，遥控器按不准，妹妹就帮他换台。两个人也吵，妹妹嫌他慢，他急了就哭。我跟妹妹说，哥哥不是慢，是身体不听他的话。她现在懂了，出门会扶着哥哥，下楼梯走在他前面，一步一步倒着走，怕他摔。康复中心的志愿者{{compound:漆雕沐阳}}送过他一套积木，他能一个人搭半个钟头。
访谈者：摆摊的收入够吗？
受访者：好的时候一晚上卖三四百，下雨天一分钱没有。冬天生意好，夏天人都去吃小龙虾了。房租一个月八百，康复有一部分钱要自己出，{{minority/uyghur:萨迪尔}}寄来的钱大半花在儿子身上。我自己不买衣服，去年过节买了一条新头巾，还是女儿挑的颜色。
访谈者：您自己累吗？
受访者：累。早上买肉、穿串、发面，下午把儿子送去康复，晚上出摊。腰疼，手上全是烫的疤。想家的时候，就给我妈{{minority/uyghur:热西旦}}打视频，她在库车给我们烤{{trap/minority_word:馕}}，说寄过来都硬了。过{{trap/minority_word:古尔邦节}}那天我不出摊，{{minority/uyghur:阿不来提}}一家来，我们做抓饭，儿子吃了两碗。
访谈者：儿子知道自己的病吗？
受访者：知道一点。他问我，妈妈我什么时候能跑。我说你好好练，练好了带你回库车，去看{{trap/place:天山神秘大峡谷}}。他笑，笑起来跟他爸一样。{{minority/uyghur:排尔哈提}}最爱听{{trap/famous:阿凡提}}的故事，一个故事听十遍也不烦。
访谈者：登记表上的信息请您说一下。
受访者：我们住{{address:花山区金家庄街道湖东路156号6栋1单元201室}}，老家{{address:库车市乌恰镇托万克乌恰村四组21号}}。我的身份证{{id_number@wy1986fw.652923}}，儿子的{{id_number@my2015hyphen.652923}}。我电话{{mobile@fws}}，{{han:夏玉琴}}的是{{mobile@s434}}。收钱的微信是{{wechat:Mayinur_kuqa86}}。女儿有个QQ，上网课用，号码她画在我收钱的二维码牌子背面：{{qq:１９３０５７６２４８}}。
访谈者：名字在表上写得对吗？
受访者：不一样。学校名单上儿子没有点，写成{{minority/uyghur:排尔哈提萨迪尔}}；我的残疾人家属登记表上是{{spaced:玛依努尔 · 吐尔逊}}，女儿的本子上是{{spaced:巴 哈 古 丽}}，儿子的康复档案上是{{spaced:排 尔 哈 提}}。
访谈者：最后想说什么？
受访者：感谢这边的人。我最想让儿子自己走到夜市上，看他妈烤的肉。{{minority/uyghur:玛依努尔}}这个名字，我妈说是月亮的光。
""")

# H964: Hui grandfather from 化隆 who keeps a noodle shop in 黄石港区 and raises a granddaughter whose parents are
# both in prison.
DOCS["H964"] = ("family", """\
访谈者：老人家，您这拉面馆开了几年了？
受访者：十一年。我们{{trap/place:化隆}}人出来，十家有八家开拉面馆。我叫{{han:冶永福}}，姓冶，{{trap/word:冶金}}的冶，经名{{minority/hui:舍尔布}}。在{{trap/place:黄石港区}}这条街上，街坊都叫我{{han:冶爷}}。
访谈者：孙女跟您过？
受访者：跟我和她奶奶过。孙女学名{{han:冶欣妍}}，经名{{minority/hui:哈斯耶}}，十一岁。她爸是我儿子{{han:冶建明}}，经名{{minority/hui:曼苏尔}}，前年跟人贩毒，判了十二年。她妈{{han:韩小梅}}也跟着进去了，判了七年。两个人都在里面，孩子就剩我们两个老的。
访谈者：孩子知道吗？
受访者：知道。开始瞒着，说爸妈去{{trap/place:海东}}打工了。后来学校里有人说，她回来哭了一晚上。{{minority/hui:哈斯耶}}她问我，爷爷，我爸是不是坏人。我说你爸走错了路，心不坏。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:乐小红}}乐呵呵的，一来店里就帮着端碗。她给孙女报了服刑人员子女的补助，说父母都在服刑，算事实无人抚养，每月{{trap/number:一千一百五十元}}。街道民政办的{{han:邢立冬}}把材料送到区{{trap/org:民政局}}，一个月就批了。学校的班主任{{han:被秋云}}被评过市里的优秀班主任，她这个姓我头回听说。她对孩子好，午饭让孩子回店里吃，说食堂没有清真的。
访谈者：她爸妈那边能联系上吗？
受访者：监狱里一个月能打一回亲情电话。管教{{han:桂警官}}人不错，{{minority/hui:曼苏尔}}想女儿，他就多给两分钟。法律援助中心的{{compound:归海明哲}}律师帮我们问过减刑。区社工站的{{compound:子车佳宁}}每两个月带孩子去会见一次，坐三个钟头的车。{{han:冶建明}}在玻璃那边哭，说爸对不起你。
访谈者：孙女跟您说心里话吗？
受访者：说得少。她跟她奶奶亲，晚上跟奶奶睡，有话都跟奶奶说。有一回她奶奶告诉我，孩子在学校被人骂是劳改犯的女儿，她没还嘴，回来把书包里的书全撕了。第二天我去学校找老师，老师把那个孩子的家长叫来，当面道了歉。从那以后她在学校好一点了，回来也肯讲学校的事了。
访谈者：店里生意怎么样？
受访者：还可以，一碗牛肉面十二块，一天卖两三百碗。房租涨了两回，原来一年三万，现在四万五。早上来吃面的多是上班的，中午是学生，晚上是开出租车的师傅下了班来吃一碗。老顾客都知道我家的事，有的多给钱，我不要，他们把钱压在碗底下就走。
访谈者：奶奶身体怎么样？
受访者：她经名{{minority/hui:海麦}}，汉名{{han:马秀芬}}，糖尿病，眼睛也不好，在后厨剥蒜、择菜。{{minority/hui:海麦}}也心疼孩子，晚上给她梳头、洗衣服。我七十了，早上四点起来和面、拉面，手还稳，就是腰不行了。
访谈者：店里还有谁帮忙？
受访者：我侄子{{minority/hui:喇伊布拉}}从老家来的，在店里拉面，一个月我给他四千。送牛肉的{{minority/hui:韩穆萨}}，每回多给我留一块好肉，钱月底再算。寺里的{{minority/hui:艾布}}阿訇常来坐，给孩子讲做人的道理。这边清真寺的名单上登的是{{minority/hui:冶舍尔布}}，姓跟经名连着写。
访谈者：孩子在学校怎么样？
受访者：{{minority/hui:哈斯耶}}成绩中等，数学好，语文差一点。她在{{school:黄石港区红旗桥小学五年级（3）班}}，老师说她上课爱发呆，一下课就趴在桌上。社工给她报了书法班，不要钱，她现在每天写一张。去年{{trap/minority_word:开斋节}}，她用毛笔给她爸写了一封信，我托{{han:桂警官}}转进去了。
访谈者：您以后怎么打算？
受访者：能干一天是一天。孙女大了，要上初中，钱要多准备。{{minority/hui:曼苏尔}}出来还有十年，那时候我八十了，不知道还在不在。我跟{{minority/hui:喇伊布拉}}说过，我要是倒了，店给你，你替我把孩子看到十八岁。过节的时候我们喝{{trap/minority_word:三炮台}}，吃{{trap/minority_word:馓子}}，孩子最爱听{{trap/famous:郑和}}下西洋的故事，她说她也想坐大船。星期天下午店里人少，我带她去{{trap/place:磁湖}}边上走一走，她说湖比老家的黄河宽。
访谈者：登记表上的信息请您说一下。
受访者：店在{{address:黄石港区花湖大道243号}}，住店后头{{address:黄石港区江北路6号2栋103室}}。我的身份证{{id_number@my1955.632127}}，孙女的{{id_number@wy2014tri.632127}}。我的电话{{mobile@s74}}，{{han:乐小红}}的{{mobile@p86h}}。我的微信是{{wechat:yeyongfu_lamian}}，收钱用的。孙女有个QQ，跟同学说话，号码她用粉笔写在店里的小黑板角上：{{qq:2605847391}}。
访谈者：名字写得对吗？
受访者：有错的。补助的表上孙女写成了{{spaced:冶 欣 妍}}，我的名字写成{{spaced:冶永 福}}，她奶奶的经名写成{{spaced:海 麦}}。
访谈者：最后您想说什么？
受访者：谢谢政府，谢谢社区。孩子没爹妈在身边，可她有这么多人照看，我心里踏实了。这几年跑得最多的人，是{{han:乐小红}}。
""")

# H965: Yi mother from 盐源 who sews in a 大冶 garment factory; her husband is in prison, her son is with her and
# her daughter with her husband's mother in 盐源. Yi names are clan name + given name.
DOCS["H965"] = ("family", """\
访谈者：大姐，您是彝族吧？
受访者：是，四川{{trap/place:盐源}}的彝族。我叫{{minority/yi:海来金曲}}，我们彝族先说家支，后说自己的名字。厂里的人叫不惯，工牌上给我写成{{minority/yi:海金曲}}，把家支的头一个字当了姓。车间里的大姐们叫我{{minority/yi:金曲}}。来{{trap/place:大冶}}的服装厂四年了，踩缝纫机，做童装。
访谈者：家里什么情况？
受访者：我男人{{minority/yi:吉克比古}}前年在老家跟人运毒，判了九年，关在{{trap/place:西昌}}那边。{{minority/yi:比古}}他以前不这样，是在外面打工认识了坏人。两个孩子我一个人带不过来，儿子跟我出来，女儿留在老家，跟她奶奶{{minority/yi:阿苏拉博}}过。
访谈者：孩子们多大？
受访者：儿子{{minority/yi:吉克日呷}}十岁，在{{school:大冶市东岳路街道第二小学四年级（1）班}}。学校的表上写成{{minority/yi:吉日呷}}，老师说三个字好记。我在家叫他{{minority/yi:日呷}}。女儿{{minority/yi:吉克尔作}}七岁，在{{school:盐源县卫城镇中心校一年级（4）班}}。{{minority/yi:尔作}}她奶奶六十五了，还要上山放羊、种洋芋。
访谈者：谁在帮你们？
受访者：厂里的线长{{han:让梅英}}让我少加班，早点去接孩子。同一条线上的{{han:也金花}}也是带着孩子出来打工的，我们两家轮流接送。老板{{han:柯志能}}能帮就帮，在宿舍楼里给我们母子腾了一个单间。社区的儿童主任{{han:石秋菊}}给儿子报了服刑人员子女的补助，每月{{trap/number:八百六十元}}，{{han:石秋菊}}她还常来宿舍看作业。老家村里的儿童主任{{minority/yi:马黑布都}}给女儿报了困境儿童，冬天送来了棉被。县里的社工{{compound:羊舌晓晨}}每个月去看一次女儿，拍了照片发给我。这边社工站的{{compound:微生雅婷}}教儿子画画。
访谈者：儿子在这边适应吗？
受访者：开始不会说汉话，同学笑他，他跟人打架。班主任{{han:曹丽琼}}老师把他叫到办公室，没骂他，一个字一个字教他认。{{han:曹丽琼}}说，{{minority/yi:日呷}}聪明，就是心里憋着气。后来他当了体育委员，跑步跑了全校第二。
访谈者：您想家吗？
受访者：想。过{{trap/minority_word:火把节}}的时候最想，老家杀鸡宰羊，小孩子举着火把满山跑。我哥哥{{minority/yi:海来石布}}在老家放羊，隔几天就去看我女儿。厂里还有个盐源老乡叫{{minority/yi:俄底古木}}，下了班我们两个说彝话，唱{{trap/minority_word:朵洛荷}}，唱着唱着就哭了。山上开{{trap/minority_word:索玛花}}的时候，女儿在视频里给我看，一坡一坡的红。
访谈者：女儿在老家好吗？
受访者：奶奶身体还行，就是年纪大了，管不住孩子。女儿上学要走四十分钟山路，下雨天路滑，摔过好几回。村里说等她上三年级，可以去镇上寄宿。我不放心，可也没有别的办法。每天晚上九点我收了工给她打视频，她已经睡着了，奶奶把手机对着她的脸让我看，看一会儿我就挂了。
访谈者：厂里的活累吗？
受访者：累。一天坐十一个钟头，腰和脖子都疼，手指头被针扎过好多回，旺季一个月只休两天。可比在老家种地强，种一年洋芋挣不到这边一个月的钱。我想再干几年，攒点钱，回盐源县城开个小裁缝铺，把女儿接到身边。
访谈者：孩子爸爸那边呢？
受访者：一年能去看一回，路远，坐车要两天。{{minority/yi:吉克比古}}在里面学了缝纫，说出来跟我一起做衣服。女儿在视频里问，阿爸什么时候回来。我说等{{minority/yi:尔作}}上初中。老辈人讲{{trap/famous:支格阿鲁}}射太阳的故事，我讲给儿子听，他说他也要当英雄，我说你先把字认全了。
访谈者：您一个人在这边难吗？
受访者：难。计件工资，一个月四千上下，赶货的时候干到半夜。儿子生病那回，是{{han:也金花}}背他去的诊所。我不会用手机上的字，交学费、填表都是{{han:石秋菊}}教我。大冶这边夏天太热，我们山上长大的人受不了，儿子身上起了一身痱子。
访谈者：登记信息请您说一下。
受访者：这边住{{address:大冶市东岳路街道新冶大道71号服装厂宿舍2栋215室}}，老家{{address:盐源县卫城镇沙坝村五组16号}}。我的身份证{{id_number@wy1990.513423}}，儿子的{{id_number@my2014fwhyphen.513423}}。我电话{{mobile@h38}}，{{han:石秋菊}}的是{{mobile@plus86dash}}。我的微信{{wechat:haijinqu_dy90}}。儿子有QQ，上网课用，号码他用圆珠笔写在我手背上，我又抄在了工牌后面：{{qq:3391748025}}。
访谈者：名字在表上写得对吗？
受访者：乱的。补助表上我是{{spaced:海 来 金 曲}}，儿子的作业本上有人写{{spaced:吉克 日呷}}，女儿在老家的表上是{{spaced:吉　克　尔　作}}。
访谈者：最后想说什么？
受访者：盼男人早点出来，一家人在一起。这四年，替我看了最多回孩子的，还是{{han:也金花}}。
""")

# H966: Han township child-protection officer (儿童督导员) in 阳新 (富池镇) reading out her register.
DOCS["H966"] = ("staff", """\
访谈者：您今天带的是什么本子？
受访者：困境儿童台账。我叫{{han:柯美玲}}，在{{trap/place:阳新县}}{{trap/place:富池镇}}民政办当儿童督导员，村里人叫我们儿童主任。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:明天宇}}，男，十一岁，{{school:富池镇中心小学五年级（3）班}}。爸爸三年前在工地上摔死了，妈妈改嫁去了外省，电话打不通，算事实无人抚养。跟爷爷{{han:明德厚}}过，爷爷七十四。住{{address:阳新县富池镇港下村二组15号}}。{{han:明天宇}}的身份证{{id_number@my2014.420222}}，爷爷的{{id_number@my1951.420222}}。{{han:明天宇}}明天要去县医院复查眼睛，我陪他去。
访谈者：第二户？
受访者：第二户，{{han:费心怡}}，女，九岁，在{{school:富池镇港下小学三年级（2）班}}。爸爸{{han:费家旺}}因为盗窃判了六年，妈妈走了没回来。跟奶奶{{han:伍桂香}}过，村里都叫她{{han:伍婆婆}}。住{{address:阳新县富池镇郭家岭村六组9号}}，孩子的身份证{{id_number@wy2016fwspaced.420222}}。服刑人员子女补助每月{{trap/number:九百八十元}}，这户的各项{{trap/word:费用}}都是我帮着报的。
访谈者：第三户？
受访者：第三户是孤儿，{{han:石长春}}，男，十四岁，{{school:阳新县第三中学八年级（5）班}}。爸爸病死了，妈妈前年喝农药走的。现在跟叔叔{{han:石有能}}过，{{han:石有能}}有点残疾，在{{trap/place:网湖}}边上养鱼。孩子的孤儿基本生活费每月{{trap/number:一千五百二十元}}，直接打到他卡上。住{{address:阳新县富池镇曹家湾村三组27号}}，身份证{{id_number@my2011x.420222}}。
访谈者：第四户？
受访者：第四户，{{han:袁菊香}}，女，十二岁，脑瘫，残疾人两项补贴都拿。妈妈智力残疾，爸爸{{han:袁振华}}在外面打零工。{{han:袁振华}}他每个月回来一趟，钱给得少。孩子小名叫{{han:菊伢}}，村里人都这么叫。住{{address:阳新县富池镇袁家畈村一组4号}}。
访谈者：第五户？
受访者：第五户，{{han:就海燕}}，女，十三岁，初一。姓就，很少见，全镇就她家一户。{{han:就海燕}}就是我们上个月刚排查出来的：爸妈离了婚，各自成了家，谁都不要她，她跟着八十岁的太奶奶过。
访谈者：这些孩子是怎么报上来的？
受访者：多半是我们自己走出来的。我每个月骑电动车把六个村转一圈，进门先看灶台冷不冷、床上有没有被子，再问孩子几点睡、早饭吃没吃。学校老师发现谁老迟到、谁饭钱交不上，也会打电话给我。我们镇挨着江，以前好多人家打鱼，禁渔以后上岸出去打工，出去的大人多了，留下的孩子也多了。
访谈者：报上来以后怎么办？
受访者：先看缺什么。缺钱的走救助，缺人照顾的找亲戚，心里有坎的请社工上门。每个孩子一个档案袋，半年回访一次。我一个人管六个村，一百四十多个孩子，电动车一年要换两块电瓶。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:乐主任}}总负责，材料报到县{{trap/org:民政局}}。港下村的村委{{han:邢春生}}，郭家岭村是{{han:柯云霞}}，上门走访我常和{{han:柯云霞}}一起去。镇社工站的{{compound:东郭雨萱}}跟第一户、第五户，县里的督导叫{{compound:梁丘志远}}，每月下来查一次台账，他说话直，{{compound:梁丘志远}}说台账不对就打回来重做。
访谈者：台账上的名字写对了吗？
受访者：错了好几处。{{spaced:明 天 宇}}中间空了格；{{spaced:费　心　怡}}是全角的空；{{spaced:石长 春}}分成了两截；督导的名字被写成了{{spaced:东 郭 雨 萱}}。年底我们要一起核一遍。
访谈者：哪个孩子您最放不下？
受访者：{{han:就海燕}}。她话少，成绩好，作文写她太奶奶的手。她说长大了要当护士。上个月我带她去县城看了一场{{trap/word:采茶戏}}，她看得眼睛都不眨。我们这边的{{trap/word:阳新布贴}}，她太奶奶会做，她也学着缝了一个荷包给我。
访谈者：联系方式呢？
受访者：{{han:伍婆婆}}没有手机，打隔壁的。{{han:明德厚}}的电话{{mobile@spaced}}。我的工作微信{{wechat:kemeiling_fuchi}}。{{han:石长春}}有QQ，我加了他，他有事就在上面留言，号码是{{qq:748210369}}。有事也可以打{{trap/hotline:12349}}。
访谈者：做这个最难的是什么？
受访者：老人不识字，补助到了也不知道，要一家一家上门讲清楚。还有就是孩子心里的事，不是给钱就能解决的。我讲多了，他们都说{{trap/word:明白}}，其实没明白。做了五年，最放不下心的，是{{han:就海燕}}。
""")

# H967: Han primary-school class teacher in 当涂 who reaches the pupils in distress of her class and their families
# on WeChat and QQ.
DOCS["H967"] = ("teacher", """\
访谈者：{{han:濮老师}}，您带的是哪个班？
受访者：{{school:当涂县姑孰镇第二小学四年级（6）班}}，我叫{{han:濮慧敏}}，教数学，当班主任第七年。班上五十一个孩子，困难的有五个，家长多半在外面，我跟他们主要在微信和QQ上说事。
访谈者：一个一个说吧。
受访者：第一个{{han:陶家和}}，十岁。爸妈离婚以后谁都不管，他跟奶奶住。{{han:陶家和}}和奶奶住在{{trap/place:丹阳湖}}边上的老房子里，奶奶用的老人机，看不了微信，我就跟他叔叔{{han:陶志红}}联系，叔叔的微信是{{wechat:taozhihong_dt}}。{{han:陶家和}}他爱画画，上学期画的螃蟹拿了县里的二等奖。
访谈者：第二个？
受访者：第二个是女孩，{{han:和晓蕾}}，爸爸在杭州送快递，妈妈生了二胎以后跟着去了。我跟{{han:和晓蕾}}的妈妈{{han:奚秀兰}}每周语音一次，她的微信是{{wechat:xixiulan_0826}}。孩子的QQ是她自己申请的，号码她念给我，我记在点名册上：{{qq:60813927}}。有同学{{trap/word:奚落}}她穿得旧，她回家哭了。
访谈者：第三个？
受访者：第三个{{han:邰德才}}，男孩。爸爸{{han:邰国兵}}打架伤了人，在服刑。妈妈在外地，一年打两回电话。{{han:邰德才}}才九岁，就会给爷爷做饭了。镇上的儿童主任{{han:芮国庆}}给他报了服刑人员子女补助。孩子有个QQ，晚上十点还在线，我就在QQ上催他睡觉，号码是{{qq:2081946537}}。
访谈者：第四个？
受访者：第四个是孤儿，{{han:丁梦瑶}}，爸妈前年在{{trap/place:石臼湖}}上翻了船。跟姑妈{{han:丁秀芹}}过，姑妈家在{{address:当涂县黄池镇杨桥村四组18号}}。她的孤儿基本生活费每月{{trap/number:一千四百八十元}}。{{han:丁秀芹}}她自己也有两个孩子，微信名字叫{{wechat:dingxiuqin1979}}，我们常在上面说孩子的事。
访谈者：第五个？
受访者：第五个{{han:唐子墨}}，有癫痫，一个月犯一两回，在班上犯过一次，同学们吓坏了。我跟他妈{{han:夏婷婷}}说好，她把药放在我抽屉里。{{han:夏婷婷}}在南京做保洁，电话是{{mobile@p86n}}，她说有事先打电话，别发消息，她干活的时候看不到。
访谈者：这些孩子跟同学处得好吗？
受访者：多数还好。我们这边管小孩叫{{trap/word:小把戏}}，小把戏说话不过脑子，谁家爸爸坐牢、谁家妈妈跑了，传得比大人还快。我开过两次班会，讲每家都有难处，讲着讲着有几个孩子哭了，说自己家也一样。后来我在讲台边挂了个“悄悄话信箱”，谁有心事就写张纸条投进去，我每周五下午一张一张回。五个孩子里有三个写过，有的只写一句：老师，我想我妈。
访谈者：家长回消息及时吗？
受访者：看人。有的秒回，有的三天不回。在工地、在流水线上的，白天手机要交上去，晚上十点以后才有空。我就把要紧的事攒到晚上一起发，用语音说，不打字，他们听着方便。有个妈妈跟我说，她每天最盼的就是我发的孩子照片，存了几百张，一张都舍不得删。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:邢雨晨}}定了一对一，每个困难孩子配一个老师。心理老师叫{{compound:鲜于佳琪}}，每周给他们上一次团体课。县社工站的{{compound:公羊博文}}常来，带他们去{{trap/place:青山}}上看{{trap/famous:李太白}}的墓，给他们讲诗。暑假来支教的大学生叫{{compound:亓官清扬}}，走的时候孩子们都哭了。
访谈者：吃饭穿衣有补助吗？
受访者：有营养餐，每天一盒奶一个鸡蛋。困难的孩子免了午餐费和课后服务费。冬天县里一家企业捐了羽绒服，孩子们穿上新衣服拍了张合影，我发在家长群里，好几个家长说谢谢，说得我鼻子发酸。
访谈者：您自己跟家长联系辛苦吗？
受访者：辛苦。晚上批完作业，在微信、QQ上一个一个回，常常到十二点。我老公说我比管自己孩子还上心。我自己的微信是{{wechat:pu_huimin_math}}，家长都加了，QQ也留了，号码{{qq:１５７４３８２９０}}，有的老人只会用QQ。我的电话{{mobile@plus86spaced}}，家长会上都写在黑板上了。
访谈者：名册上的名字有写错的吗？
受访者：有。补助的表上{{spaced:陶 家 和}}被空了格，{{spaced:邰　德　才}}是全角的，社工站的表上把心理老师写成{{spaced:鲜 于 佳 琪}}。
访谈者：最后想说什么？
受访者：希望他们都能读完书，别早早出去打工。我跟孩子们讲，路是能走出去的。说这话最多的，是{{han:和晓蕾}}。
""")

# H968: Han social worker in 含山 handling 事实无人抚养 cases.
DOCS["H968"] = ("staff", """\
访谈者：您在社工站主要做什么？
受访者：事实无人抚养儿童的个案。我叫{{han:汤静宜}}，在{{trap/place:含山县}}社工站，{{trap/place:环峰镇}}、{{trap/place:运漕镇}}两个镇的个案都归我。事实无人抚养，就是爸妈还在，可是一个重病、一个服刑、一个失联，实际上没人养孩子。
访谈者：能说几个个案吗？
受访者：名字我按台账念。第一个是{{han:尹子豪}}，十二岁，爸爸{{han:尹德胜}}因为诈骗判了八年，妈妈失联三年了。跟爷爷{{han:尹长发}}过，住{{address:含山县环峰镇凌家滩路43号}}。孩子的身份证{{id_number@my2013spaced.340522}}，在{{school:含山县环峰第三小学六年级（2）班}}。每月基本生活补贴{{trap/number:一千三百九十元}}。
访谈者：第二个？
受访者：第二个两姐妹，姐姐{{han:时雨桐}}十岁，妹妹{{han:时雨萱}}六岁。爸爸{{han:时光明}}尿毒症，一周透析三回，{{han:时光明}}时常昏过去；妈妈有精神残疾，二级。两个孩子跟外婆{{han:也春霞}}过，{{han:也春霞}}也七十多了，一只手抖。住{{address:含山县运漕镇双塘村五组31号}}。姐姐的身份证{{id_number@wy2015tri.340522}}。
访谈者：第三个？
受访者：第三个{{han:要梦琪}}，女，十四岁，在{{school:含山县运漕中学八年级（1）班}}。爸爸前年车祸走了，妈妈{{han:计红英}}改嫁以后不联系。我们找了半年，打了十几个电话才找到{{han:计红英}}，她说没有能力，也没有{{trap/word:计划}}接孩子。现在孩子跟大伯{{han:要建平}}要了监护，住在他家。{{han:要建平}}要养自己三个孩子，也不容易。
访谈者：什么样的孩子算事实无人抚养？
受访者：简单说，爸妈两头都指望不上：一头是死亡、失踪、服刑、重病重残，另一头也是这几种之一，或者联系不上。认定要村里、镇上、县里一级一级审，有的要派出所开证明，有的要医院开诊断。我们就是帮着跑这些，跑下来一个孩子，快的一个月，慢的半年。
访谈者：你们具体怎么帮？
受访者：先评估，再定计划：缺钱的报救助，缺人照顾的找亲属，缺心理支持的我们上门做。每个孩子半年评估一次。我们站里四个人：站长{{han:俞国平}}，同事{{compound:司寇文轩}}跟第一个，新来的{{compound:宰父思远}}跟第三个，县里的督导叫{{compound:仲孙若岚}}，每月来一次。镇民政办的{{han:褚主任}}把材料报到县{{trap/org:民政局}}。
访谈者：孩子们现在怎么样？
受访者：{{han:尹子豪}}最难，开始不说话，后来我带他去爬{{trap/place:褒禅山}}，给他讲{{trap/famous:王安石}}写的那篇游记，他说他也想走到山洞最里面去看看。{{han:时雨桐}}懂事，会照顾妹妹，她说长大了要当医生，治好她爸。{{han:要梦琪}}在学校被人欺负过，{{han:褚主任}}去学校找过校长。
访谈者：他们的亲属好找吗？
受访者：有的难找。{{han:过玉梅}}是{{han:尹子豪}}的舅妈，在外地打工，过年才回来。我们在电话里跟她说了孩子的事，{{han:过玉梅}}过了年就来接孩子去住一段时间。她是外姓嫁进来的，村里人叫她{{han:过嫂}}。
访谈者：联系方式呢？
受访者：{{han:尹长发}}的电话{{mobile@s38}}，{{han:也春霞}}的{{mobile@hyphen}}，{{han:要建平}}的{{mobile@plain}}。我的工作微信{{wechat:tangjy_hanshan}}。{{han:要梦琪}}有QQ，她说心里有事就在上面留言，号码是{{qq:4206915738}}。
访谈者：你们自己压力大吗？
受访者：大。有一回我去一户人家，孩子一个人在家，锅里是三天前的剩饭，已经馊了，他还在吃。我蹲在灶台边上哭了一场，回来连夜写报告，第二个月他就领上了补贴。钱到了也不算完，我们每季度上门一次，看钱是不是花在孩子身上。有的监护人拿去打牌，我们就跟村里商量，改成直接给学校交餐费、给孩子买衣服。孩子满了十八岁，我们还帮着联系读书或者找工作。
访谈者：名字在台账上有写错的吗？
受访者：有。{{spaced:尹 子 豪}}中间空了格，{{spaced:时　雨　桐}}是全角的，{{spaced:要梦 琪}}分成两截，督导写成了{{spaced:仲 孙 若 岚}}，同事成了{{spaced:宰父 思远}}。
访谈者：您做这个工作最大的感受？
受访者：孩子要的不只是钱，是有个人把他们放在心上。过年前我们去送年货，{{trap/place:昭关}}那边一个老人给我讲{{trap/famous:伍子胥}}一夜白头的故事，我想，我们这些孩子也在过他们的关。最记挂的，是{{han:尹子豪}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=961,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
