# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 128 (tests/pii/holdout128/H1009-H1016 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 128 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
新余 (Jiangxi) and 三明 (Fujian): a Mongolian grandmother from 科尔沁右翼中旗 raising her grandson in 渝水区 after his
father died in a steel-mill accident and his mother remarried; a Kham Tibetan father from 甘孜 who lays bricks on a
三明 building site with his son, his wife gone home with their daughter; a Uyghur mother from 和田 selling dried fruit
in 分宜 with her three children, her husband in prison in 南昌; a Yi father from 布拖 in a 永安 furniture factory with
his eldest son, his deaf wife and the two younger children at home; a Han village child director in 沙县 (夏茂镇)
reading out her register; a Han township social worker in 仙女湖 (欧里镇) handling 孤儿基本生活费 cases; a Han
special-education teacher in 大田 who reaches the families of her four cases on WeChat and QQ; and a Han uncle in 尤溪
(洋中镇) raising the two children of his dead sister, whose father is missing. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (都兰托雅,
图拉嘎巴特尔他, 希日塔娜, 嘎拉珠叔叔) and with short forms after the full name (僧格达来 then 僧格, 额勒森巴雅尔 then
额勒森他 and 额勒), a Han surname before a Mongolian given name (白额勒森, the father's Han surname on the school roll)
and the Han names of the same people (白凤英, 白婆婆, 白永刚, 白宇澄); Kham Tibetan names (泽郎昂翁, 登真银珠她,
邓珠降村 which starts with a Han surname character, 秋吉拉姆, 更呷泽仁, 此称志玛, 鸟金多吉) with short forms (昂翁 and
昂翁哥, 降村他, 秋吉她, 银珠), a Han surname before a Tibetan given name (邢昂翁, the foreman's surname on the pay roll,
and 邢降村) and a Han name given by a teacher (甘小川); Uyghur given name + father's name with the dot, without it and
with a bullet for the dot (茹仙古丽·艾拜都拉, 吾拉音·托合提, 艾克白尔·吾拉音, 艾克白尔吾拉音, 买买提明·卡德尔,
吾拉音•托合提) and single and short forms (茹仙, 吾拉音他, 艾克, 艾克白尔他, 比力克孜, 阿尔祖妮萨 then 阿尔祖, 萨乃姆她),
a Han surname before a Uyghur given name (吴阿尔祖, after the sound of the father's name); Yi names with the clan name
before the given name (吉觉铁哈, 补约么作她, 吉觉达洛, 吉觉子果, 吉觉友哈, 立立阿甲, 井曲克各, 吉觉拉惹, 补约比尔) and
short forms (铁哈, 达洛他, 子果她, 友哈他), the clan's first character used as a Han surname (吉达洛, and the Han
workmates' 吉师傅); surnames that are ordinary words, directly after or before grammar words (对门的才大姐, 叫也小燕，也是,
也小燕她, 有丽珍有, 还玉兰还, 给还玉兰, 让让文娟, 把秀云把, 就玉莲就, 跟和巧云说, 才红英才, 要春生要, 是都建华，都,
能婶, 向天乐, 向天晴) and as the first character of a given name (詹能发能, 郑和顺); Han names with common and rare
surnames of the region (敖, 揭, 晏, 袁, 龚, 简, 邹, 鄢, 严, 付, 习, 帅, 况, 漆, 熊, 傅, 万, 彭 in 新余; 官, 游, 詹, 巫,
邱, 饶, 邢, 涂, 童, 池, 温, 赖, 卢, 颜, 乐, 杜, 纪, 卓, 汤, 柯, 潘 in 三明), names that contain words (揭晓岚, 童年华,
范文明, 付清华, 严冬梅, 游子龙, 乐天华, 郑和顺, 简明杰), with titles and kin words (揭晓岚老师, 池雅婷老师, 范文明老师,
让文娟老师, 晏美华老师, 温秋菊阿姨, 欧阳嘉木律师; the span is the name only), a surname with only a title or kin word,
annotated whole (白婆婆, 才大姐, 邹婶, 鄢嫂, 习老师, 吉师傅, 官主任, 魏主任, 饶老师, 官姨, 万警官, 敖股长, 杜校长, 乐姐,
能婶), nicknames and local forms of address, annotated whole (阿乐仔, 小晴, 小帅, 满崽, 简老倌, 安妹仔, 阿志他), names
directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和 (找柯春兰, 和巫金花), and a name closing the
last sentence (最该谢的，还是我老婆汤美华。); names spaced out character by character in half- and full-width spaces,
a dotted name with spaces around the dot (茹仙古丽 · 艾拜都拉) and names split in two; compound surnames after
ordinary words (欧阳, 司空, 呼延, 夏侯, 澹台, 端木, 南宫, 闾丘, 钟离, 宗政, 公冶, 闻人, 申屠, 上官, 皇甫, 司徒, 令狐,
东方, 长孙, 诸葛); and numbers (ID, mobile, QQ, WeChat) read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:揭晓岚}}``, ``{{qq:2906418375}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013fwspaced.513328}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, spacedx, hyphen, fullwidth,
                                   quad, tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 律师, 阿姨, 叔叔, 哥) and a particle,
pronoun or verb written directly after a name (他, 她, 也, 就, 还, 有, 才, 把, 要, 都, 能, 说) are outside the span; a
surname with only a title or kin word (白婆婆, 吉师傅, 官姨, 能婶) and a nickname or local form of address (阿乐仔,
满崽, 简老倌, 安妹仔) are annotated whole. Han-style names of Mongolian and Tibetan people (白凤英, 白宇澄, 甘小川) are
category han; a Han surname before a non-Han given name (白额勒森, 邢昂翁, 邢降村, 吴阿尔祖, 吉达洛) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout128/make_holdout128.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(128_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "157", "158", "166", "173", "176", "181", "183",
                   "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1009: Mongolian grandmother from 科尔沁右翼中旗 raising her grandson in 渝水区 (新余) after his father died in a
# steel-mill accident and his mother remarried.
DOCS["H1009"] = ("family", """\
访谈者：奶奶，听说您是从内蒙古过来的？
受访者：是，{{trap/place:科尔沁右翼中旗}}的，我们自己叫科右中旗。我叫{{minority/mongolian:都兰托雅}}，户口本上的汉名是{{han:白凤英}}，楼里的人都喊我{{han:白婆婆}}。今年六十八，来{{trap/place:渝水区}}快两年了。
访谈者：怎么到新余来的？
受访者：不是想来，是没办法。我大儿子{{minority/mongolian:僧格达来}}，汉名{{han:白永刚}}，中专毕业就进了{{trap/org:新余钢铁}}，在这边成了家。前年腊月转炉出了事故，钢水喷出来，他跟两个工友都没救过来。我在嘎查接到电话，腿一软就坐在了地上。
访谈者：孩子的妈妈呢？
受访者：媳妇{{han:敖丽萍}}是本地人，出事以后守了半年，去年嫁到{{trap/place:樟树}}去了。{{han:敖丽萍}}她说带着孩子嫁不出去，就把孩子留给了我。一年打两回电话，寄过一回衣服。
访谈者：孙子多大了？
受访者：十岁。蒙古名{{minority/mongolian:额勒森巴雅尔}}，是我起的，上户口用汉名{{han:白宇澄}}。学校点名册上又写成{{minority/mongolian:白额勒森}}，他爸的姓加上蒙古名的前半截。我在家叫他{{minority/mongolian:额勒森}}，他爸{{minority/mongolian:僧格}}在的时候喊他{{minority/mongolian:额勒}}。他在{{school:渝水区钢城第三小学四年级（2）班}}。
访谈者：孩子现在怎么样？
受访者：{{minority/mongolian:额勒森}}他话少，他爸走了半年没笑过，晚上抱着他爸那顶安全帽睡。班主任{{han:揭晓岚}}老师心细，放学留他写完作业再走，还让班长{{han:晏可欣}}跟他坐一桌。上学期期末成绩{{trap/word:揭晓}}那天，他数学考了九十六，{{han:揭晓岚}}专门打电话告诉我。
访谈者：孩子知道他爸是怎么走的吗？
受访者：知道。出事那天厂里来了好多人，他躲在门后面全听见了。头几个月他一听到救护车响就捂耳朵，半夜坐起来喊爸爸。社区请了心理老师{{han:龚慧敏}}，一个月来两回，陪他画画、捏泥巴。有一回他画了一座蒙古包，门口站着三个人，说是爸爸、奶奶和他自己。我看了半天，没敢问他妈妈去哪儿了。
访谈者：有哪些人在帮你们？
受访者：社区儿童主任{{han:袁小英}}来过好多回，给孙子报了困境儿童，每月{{trap/number:一千二百六十元}}。区民政局的{{han:晏春生}}来核过材料。钢厂工会的{{han:简志勇}}替我们跑工伤赔偿，法律援助中心的律师叫{{compound:欧阳嘉木}}，赔偿款存在孙子名下，要等他十八岁。街道社工站的姑娘{{compound:司空晓棠}}每个礼拜来陪孙子下棋，她同事{{compound:呼延知遥}}给他补语文。对门的{{han:才大姐}}见我不舒服就过来帮忙，楼下{{han:邹婶}}教我做本地菜，辣得我直流眼泪。
访谈者：跟老家还联系吗？
受访者：天天联系。小儿子{{minority/mongolian:图拉嘎巴特尔}}在老家种玉米、养牛，他媳妇{{minority/mongolian:希日塔娜}}在嘎查当儿童主任。{{minority/mongolian:图拉嘎巴特尔}}他想让我们回去，可孙子说他爸埋在这边，他不走。大儿子的同乡{{minority/mongolian:嘎拉珠}}也在钢厂，过节就来看我们，孙子叫他{{minority/mongolian:嘎拉珠}}叔叔。
访谈者：生活上习惯吗？
受访者：不习惯。这边夏天闷，冬天屋里比外面还冷。我天天熬{{trap/minority_word:奶茶}}，孙子喝不惯，他爱吃这边的米粉。过年我给他做{{trap/minority_word:炒米}}，讲{{trap/famous:成吉思汗}}的故事。他问我，电视上唱歌的{{trap/famous:腾格尔}}是不是咱们那边的人，我说是，他高兴了好几天。
访谈者：您身体怎么样？
受访者：血压高，膝盖也不行，上六楼要歇两回。我最怕我倒下了孙子没人管。我跟{{han:袁小英}}说过，我要有个三长两短，孩子就托给你们了。
访谈者：赔偿的事办到哪一步了？
受访者：厂里按工亡赔了，一次性的钱存在孙子名下，每个月还有一笔供养亲属抚恤金，发到他十八岁。{{compound:欧阳嘉木}}律师说，这钱谁都不能动，他妈也不能。{{han:敖丽萍}}那边来问过一回，律师跟她讲清楚了，她就没再来。我不图这个钱，就图孙子以后念得起书。
访谈者：平时跟谁说蒙古话？
受访者：没人说。孙子只会几句，{{trap/minority_word:赛百努}}、{{trap/minority_word:巴雅尔拉}}。我一个人在家就听{{trap/minority_word:长调}}，听着听着就掉眼泪。{{minority/mongolian:嘎拉珠}}来了，我们才能痛痛快快说一回。
访谈者：登记信息请您说一下。
受访者：这边住{{address:渝水区袁河街道钢苑小区9栋2单元602室}}，老家是{{address:科尔沁右翼中旗巴彦呼舒镇哈日道布嘎查三组7号}}。我身份证{{id_number@wy1957spaced.152222}}，孙子的{{id_number@my2015.360502}}。我电话{{mobile@s434}}，{{han:袁小英}}的{{mobile@hyphen}}，她微信是{{wechat:yuanxy_gangyuan}}。孙子有个QQ，跟同学下棋用的，他一个数一个数念给我，我写在挂历背面：{{qq:2906418375}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:都 兰 托 雅}}，孙子在学校是{{spaced:额勒森　巴雅尔}}，医保卡上是{{spaced:白 宇 澄}}。
访谈者：您最盼什么？
受访者：盼孙子平平安安长大。明年夏天带他回科右中旗，到他爸小时候转过的{{trap/minority_word:敖包}}上看看。
""")

# H1010: Tibetan father from 甘孜 who lays bricks on a 三明 building site; his wife went home with their daughter.
DOCS["H1010"] = ("family", """\
访谈者：师傅，您是从四川过来的？
受访者：{{trap/place:甘孜}}的，{{trap/place:雅砻江}}边上。我叫{{minority/tibetan:泽郎昂翁}}，工地上的人叫我{{minority/tibetan:昂翁}}，年纪小的喊我{{minority/tibetan:昂翁}}哥。来{{trap/place:三明}}砌砖三年了。
访谈者：家里几口人？
受访者：老婆{{minority/tibetan:登真银珠}}，两个娃娃。儿子{{minority/tibetan:邓珠降村}}十二，女儿{{minority/tibetan:秋吉拉姆}}七岁。原来一家四口都在这边，去年秋天她阿妈病重，{{minority/tibetan:登真银珠}}带着女儿回了老家，说照顾完阿妈就来，到现在没来。她在电话里说三明太潮，身上老起疹子，不想来了。儿子跟着我。
访谈者：您跟老婆还常联系吗？
受访者：每天晚上打一回。{{minority/tibetan:登真银珠}}她说老家分了草场，她阿妈离不开人，让我也回去。可我回去了，一年挣不到一万块，两个娃娃读书怎么办？我们在电话里吵过好几回，吵完了都不说话，就那么拿着手机听着。她弟弟{{minority/tibetan:更呷泽仁}}劝她，说男人在外面不容易。
访谈者：儿子在这边上学吗？
受访者：在{{school:三元区列东第二小学六年级（4）班}}。学籍上写的是{{minority/tibetan:邓珠降村}}，老师叫他{{minority/tibetan:降村}}。报名那天老师说，甘孜来的就姓甘，四川来的名字里就放个川字，给他起了个汉名{{han:甘小川}}。工地花名册要填姓，工头{{han:邢国栋}}把他自己的姓安给了我，写成{{minority/tibetan:邢昂翁}}，工资条上也是这个。儿子的同学跟着喊他{{minority/tibetan:邢降村}}，他也应。
访谈者：您上工的时候儿子怎么办？
受访者：我早上六点上工，晚上七点才收。{{minority/tibetan:降村}}他自己起床、自己热饭。有一回下大雨他发烧，我不知道，是社区儿童主任{{han:温秋菊}}上门看见，背他去了诊所。{{han:温秋菊}}她后来帮我们报了困境儿童，每月{{trap/number:八百六十元}}，又叫社工站每周来两回。社工{{compound:夏侯青岚}}给他辅导作业，另一个叫{{compound:澹台知秋}}，带他去{{trap/place:麒麟山公园}}打球。
访谈者：工地上的人对您怎么样？
受访者：好。{{han:邢国栋}}预支过两回工资让我寄回家。一起砌砖的{{han:涂长春}}是{{trap/place:宁化}}人，教我说客家话，我教他说{{trap/minority_word:扎西德勒}}。管材料的{{han:童年华}}说，他小时候也是跟着爹妈在工地上长大的，常给儿子带零食。
访谈者：女儿在老家好吗？
受访者：在{{school:甘孜县城关第二完全小学一年级（3）班}}。外婆家在{{address:甘孜县呷拉乡色德村二组16号}}。村里的儿童主任{{minority/tibetan:此称志玛}}常去看她，帮她报了留守儿童的补助。我哥{{minority/tibetan:鸟金多吉}}在山上放牦牛，挖了{{trap/minority_word:虫草}}就给娃娃们买衣服。
访谈者：您想家吗？
受访者：想。收工以后在板房里跟女儿视频，她给我跳{{trap/minority_word:锅庄}}，给我看外婆打的{{trap/minority_word:酥油}}。{{minority/tibetan:秋吉}}她说阿爸你又黑了。我给儿子讲{{trap/famous:格萨尔王}}的故事。这边买不到{{trap/minority_word:糌粑}}，我拿面粉炒了冒充。
访谈者：儿子想回甘孜吗？
受访者：想，又不想。他说回去了没有篮球场，可是想妹妹，想外婆家的狗。暑假我送他回去住了二十天，他天天跟着舅舅上山看牦牛，回来晒得跟我一样黑。开学前在车站他哭了，问我什么时候一家人住在一起。我答不上来。
访谈者：儿子在学校怎么样？
受访者：开始听不懂老师的口音，老被同学笑。班主任{{han:池雅婷}}老师让他在班会上讲{{trap/place:贡嘎山}}、讲牦牛，同学们就服了。{{han:池雅婷}}说他跑得快，让他进了田径队。
访谈者：砌砖这活累吗？
受访者：累。三明夏天热，楼顶上四十多度，一天要砌一千多块砖，手上的口子结了疤又裂开。去年脚手架上掉下来半块砖，砸在我旁边工友的安全帽上，帽子裂了，人没事。那以后我每天早上都跟儿子说一遍，阿爸要是出了事，你就去找{{han:温秋菊}}阿姨。他听了不说话，把我的安全帽擦得干干净净。这个楼盖完了还有下一个，工头说跟着他有活干，我就怕哪天干不动了。三十九了，腰已经不太好，下雨天就疼。
访谈者：周末你们怎么过？
受访者：带他去菜市场，他学会了用三明话跟卖菜的讲价。{{han:童年华}}他老婆有时候叫我们去家里吃饭，做一桌子菜，辣椒放得少，怕我们吃不惯，其实我们那边也吃辣。
访谈者：登记信息请您说一下。
受访者：我们住{{address:三元区荆西街道富兴路工地生活区3排12号}}。我身份证{{id_number@my1987hyphen.513328}}，儿子的{{id_number@my2013fwspaced.513328}}。我电话{{mobile@plus86}}，她在老家的电话{{mobile@s38}}。我的微信{{wechat:zelang_angweng84}}。儿子用我的旧手机注册了个QQ，号码他用粉笔写在板房门后：{{qq:50813627}}。
访谈者：名字在表上写得对吗？
受访者：工资表上写成{{spaced:泽 郎 昂 翁}}，学校写成{{spaced:邓珠 降村}}，她的医保单上是{{spaced:登　真　银　珠}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:银珠}}带着女儿回来，一家人在一起。
""")

# H1011: Uyghur mother from 和田 selling dried fruit in 分宜; her husband is in prison in 南昌.
DOCS["H1011"] = ("family", """\
访谈者：大姐，您这干果摊摆了几年了？
受访者：五年了，就在{{trap/place:分宜}}县城菜市场门口。我叫{{minority/uyghur:茹仙古丽·艾拜都拉}}，老家在{{trap/place:和田}}。这边的人记不住长名字，叫我{{minority/uyghur:茹仙}}，隔壁卖豆腐的{{han:鄢嫂}}叫我妹子。
访谈者：怎么到分宜来的？
受访者：我男人{{minority/uyghur:吾拉音·托合提}}先来的，跟着老乡在江西卖{{trap/minority_word:切糕}}，后来在这儿开了干果摊。三年前他跟人合伙卖假{{trap/word:和田玉}}，被抓了，判了七年，关在{{trap/place:南昌}}。{{minority/uyghur:吾拉音}}他每个月写一封信，说对不起我跟孩子。
访谈者：您去监狱看过他吗？
受访者：去过三回。坐大巴到南昌，再换公交，来回一整天。第一回我带着三个孩子，小的不认得她爸，躲在我身后不出来。他隔着玻璃哭，说出来以后再也不干坏事。现在一个月视频会见一回，时间是司法局帮着约的。
访谈者：孩子们多大？
受访者：三个。大儿子{{minority/uyghur:艾克白尔·吾拉音}}十三，学校的表上没有点，写成{{minority/uyghur:艾克白尔吾拉音}}，同学叫他{{minority/uyghur:艾克}}。他在{{school:分宜县第二中学七年级（5）班}}。二女儿{{minority/uyghur:比力克孜}}九岁，在{{school:分宜县城东小学三年级（3）班}}。小女儿{{minority/uyghur:阿尔祖妮萨}}五岁，我们叫她{{minority/uyghur:阿尔祖}}。幼儿园的表要填姓，老师把她爸名字的头一个音当成姓，写成{{minority/uyghur:吴阿尔祖}}，她自己也跟着这么说。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。有同学说他爸是骗子，他跟人打了一架。{{minority/uyghur:艾克白尔}}他现在话少了，放了学就来摊上帮我称秤。二的以为她爸在新疆做生意。小的记不清她爸的样子，看着照片喊{{trap/minority_word:达达}}。
访谈者：您一天怎么过？
受访者：早上六点起来做饭，送小的去幼儿园，七点半出摊，晚上八点收。中午大儿子放学过来看摊，我回去给小的喂饭。下雨天没人买，我就坐在摊子后面教{{minority/uyghur:比力克孜}}写维吾尔文，她说班上同学都不认得，以后她要当老师教他们。幼儿园的{{han:晏美华}}老师对{{minority/uyghur:阿尔祖}}好，午睡的时候陪着她，她才不哭了。晚上三个孩子挤在一张床上，我给他们讲老家的葡萄架，讲{{trap/place:玉龙喀什河}}发大水的时候，河滩上能捡到白石头。
访谈者：有哪些人在帮你们？
受访者：社区儿童主任{{han:严冬梅}}帮三个孩子报了服刑人员子女的补助，每人每月{{trap/number:七百三十元}}，还帮我申请了低保。县司法局的{{han:付清华}}每个季度来一回，帮我们跟监狱约视频会见。大儿子的班主任{{han:习老师}}每周给我发一次孩子的情况。菜市场管理处的{{han:鄢卫东}}把摊位费给我免了一半，{{han:鄢卫东}}他说，你一个女人带三个娃不容易。社工站的{{compound:端木清妍}}每周二来给二女儿讲故事，她同事{{compound:南宫月笙}}带大儿子去打篮球。法律援助中心的{{compound:闾丘采薇}}帮我问过他减刑的事，说表现好能早两年出来。
访谈者：这边有老乡吗？
受访者：有几家。在新余卖烤肉的{{minority/uyghur:买买提明·卡德尔}}帮我从车站搬货，他老婆{{minority/uyghur:萨乃姆}}给两个女儿编辫子。{{minority/uyghur:萨乃姆}}她说等{{trap/minority_word:古尔邦节}}带孩子们去她家吃{{trap/minority_word:抓饭}}。
访谈者：生意怎么样？
受访者：冬天好，夏天差。{{trap/minority_word:巴旦木}}、红枣、葡萄干都是老家亲戚发过来的。有个老人跟我说，分宜出过一个大官叫{{trap/famous:严嵩}}，我说我们新疆有{{trap/famous:阿凡提}}，他笑了半天。
访谈者：孩子们在学校吃饭方便吗？
受访者：县城中学的食堂有清真窗口，一个星期开三天，其余日子大儿子就吃素菜，或者我早上给他带{{trap/minority_word:馕}}和鸡蛋。二女儿不挑，说食堂阿姨炒的米粉好吃。
访谈者：您想过回和田吗？
受访者：想过。老家还有我阿妈和两个弟弟，阿妈七十了，每回视频都问我什么时候回去。可孩子们在这边上学，他爸也在江西，我走了，他出来找不到我们。我跟{{han:严冬梅}}说，等他出来那天，我要带着三个孩子站在监狱门口接他。
访谈者：登记信息请您说一下。
受访者：住{{address:分宜县分宜镇钤山路菜市场后院2栋105室}}，老家是{{address:和田县拉依喀乡喀什塔什村3组21号}}。我身份证{{id_number@wy1986fullwidth.653221}}，大儿子的{{id_number@my2012hyphen.653221}}。我电话{{mobile@plain}}，{{han:严冬梅}}的{{mobile@p86h}}。我的微信{{wechat:ruxian_ganguo}}。大儿子有个QQ，他写在我账本的扉页上：{{qq:１７４０５２６８９３}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:茹仙古丽 · 艾拜都拉}}，学校名单上大儿子是{{spaced:艾 克 白 尔}}，二女儿写成{{spaced:比力克孜　吾拉音}}，我男人在监狱的信封上是{{minority/uyghur:吾拉音•托合提}}。
访谈者：您最盼什么？
受访者：盼他早点出来，带孩子们回和田看看{{trap/place:昆仑山}}。
""")

# H1012: Yi father from 布拖 who works in a 永安 furniture factory; his deaf wife and two younger children are at home.
DOCS["H1012"] = ("family", """\
访谈者：阿哥，您在家具厂做什么活？
受访者：打磨、刷漆。我叫{{minority/yi:吉觉铁哈}}，{{trap/place:布拖}}来的彝族，我们是{{trap/minority_word:阿都}}人。彝族先说家支再说名字，厂里的人嫌长，叫我{{minority/yi:铁哈}}，汉族工友叫我{{han:吉师傅}}，把家支头一个字当了姓。来{{trap/place:永安}}四年了。
访谈者：家里什么情况？
受访者：老婆{{minority/yi:补约么作}}是聋哑人，听不见也说不出，有残疾证，在老家领两项补贴。三个娃娃：大儿子{{minority/yi:吉觉达洛}}十三，女儿{{minority/yi:吉觉子果}}十岁，小儿子{{minority/yi:吉觉友哈}}六岁。老大跟我在这边，两个小的在老家，跟着他们妈妈和{{trap/minority_word:阿普}}。
访谈者：老大在这边上学吗？
受访者：在{{school:永安市第三中学七年级（2）班}}。学校说要有个姓，就写成{{minority/yi:吉达洛}}，老师和同学都叫他{{minority/yi:达洛}}。{{minority/yi:达洛}}他数学好，作文差，汉字老写错。班主任{{han:范文明}}老师让他每天多写一篇日记，说要讲{{trap/word:文明}}礼貌，先得会写这四个字。
访谈者：老家两个小的呢？
受访者：{{minority/yi:子果}}在{{school:布拖县特木里镇中心校四年级（1）班}}，{{minority/yi:友哈}}他在村里的{{trap/org:幼教点}}。村里的儿童主任{{minority/yi:立立阿甲}}每周去家里看一回，她会手语，能跟我老婆说上话。乡上管民政的{{minority/yi:井曲克各}}帮两个小的报了困境儿童，每月{{trap/number:六百九十元}}。我的家支兄弟{{minority/yi:吉觉拉惹}}帮着种{{trap/minority_word:苦荞}}和洋芋，老婆的哥哥{{minority/yi:补约比尔}}隔几天送一回柴。
访谈者：厂里的人呢？
受访者：老板{{han:赖金水}}人不坏，知道我家里难，住宿费不收。车间主任{{han:池建林}}教我开砂光机，说这机器吃手，要小心。我刚来的时候在喷漆车间，味道大，戴着口罩还是呛，晚上咳得睡不着。去年体检，医生说肺上有点阴影，要少碰油漆，{{han:池建林}}就把我调去打磨，钱少一点，我也认了。永安这边社区的儿童主任{{han:卢美玲}}给老大办了转学，又找了社工。社工{{compound:钟离溪亭}}每周来一回，还有个男社工叫{{compound:宗政书怀}}，带他去{{trap/place:桃源洞}}爬山。
访谈者：过节回家吗？
受访者：{{trap/minority_word:彝族年}}回去一次，{{trap/minority_word:火把节}}回不去。过年家里杀猪，吃{{trap/minority_word:坨坨肉}}，请{{trap/minority_word:毕摩}}来做仪式。我给老大讲{{trap/famous:支格阿鲁}}射太阳的故事，他说老师讲的是{{trap/famous:后羿}}。彝族年的时候出门的人都回来了，家支的男人聚在一起喝酒，商量谁家娃娃上学缺钱，大家凑一凑。厂里也有七八个老乡，布拖、普格来的都有，下了班在宿舍里说彝话，喝一点酒，不敢多喝，第二天要上工。
访谈者：您老婆跟您怎么联系？
受访者：视频。她看得见我，用手比划，我就懂。女儿在旁边给她翻译，{{minority/yi:子果}}她手语比我好。{{minority/yi:补约么作}}她最担心老大在外面学坏。
访谈者：老婆的补贴是怎么办下来的？
受访者：她是听力言语二级残疾，领困难残疾人生活补贴和重度残疾人护理补贴，一个月两百多。手续是{{minority/yi:井曲克各}}帮着跑的，每一张表{{minority/yi:立立阿甲}}都跟她比划着讲清楚，她才按的手印。
访谈者：老大在永安交到朋友了吗？
受访者：交到了。同桌是本地孩子，叫{{han:邢浩南}}，两个人周末一起去河边钓鱼。{{minority/yi:达洛}}他教人家唱{{trap/minority_word:阿惹妞}}，人家教他说永安话。开家长会那天我请不下假，是{{han:卢美玲}}替我去的，回来跟我说，老师夸他了。
访谈者：您一个月挣多少？
受访者：五千出头，计件的，干得多拿得多。自己留一千，剩下的打回家。老家搬进了安置房，自己要出一部分钱，我还差两万，老板说年底先给我预支一点。
访谈者：以后打算一直在永安吗？
受访者：不知道。老大说喜欢这边，想在这边读高中。可两个小的还在老家，他们阿妈听不见，家里的事都靠她一个人比划着办。我想再干两年，攒够了钱就回布拖，在县城找个活，把三个娃娃都带在身边。{{minority/yi:吉觉拉惹}}也说，娃娃离了爹妈，心就野了。
访谈者：登记信息请您说一下。
受访者：这边住{{address:永安市燕西街道吉山村工业区家具厂宿舍3栋208室}}，老家是{{address:布拖县特木里镇则洛村四组11号}}。我身份证{{id_number@my1983quad.513429}}，老大的{{id_number@my2012x.513429}}。我电话{{mobile@plus86dash}}，{{minority/yi:立立阿甲}}的电话{{mobile@fws}}。我的微信号是一串乱码，厂里文员帮注册的：{{wechat:wxid_mq7k2r9t4b}}。老大的QQ写在我工作服的领子里：{{qq:62053917}}。
访谈者：名字在表上写得对吗？
受访者：工资表上我是{{spaced:吉 觉 铁 哈}}，老婆的残疾证上是{{spaced:补约　么作}}，老大的学籍卡上是{{spaced:吉觉 达洛}}。
访谈者：最后还想说什么？
受访者：想让老大好好读书，以后别像我一样，靠一双手吃饭还吃不饱。
""")

# H1013: Han village child director in 沙县 (夏茂镇) reading out her register.
DOCS["H1013"] = ("staff", """\
访谈者：您今天带来的是登记册？
受访者：对。我叫{{han:官秀英}}，是{{trap/place:沙县区}}{{trap/place:夏茂镇}}溪尾村的儿童主任，兼着妇女主任，村里人都叫我{{han:官主任}}。册子上一共七个孩子，我一个一个念，你记。
访谈者：好。
受访者：第一个，{{han:游子龙}}，男，十一岁，孤儿。爸妈在外地开{{trap/word:沙县小吃}}，前年回来过年，路上出了车祸，两个人都没了。现在跟爷爷{{han:游长发}}过，领孤儿基本生活费，每月{{trap/number:一千五百八十元}}。在{{school:夏茂镇中心小学五年级（3）班}}，身份证{{id_number@my2014.350427}}。这孩子爱打{{trap/word:游戏}}，爷爷管不住，我每个礼拜去收一回手机。
访谈者：第二个？
受访者：第二个叫{{han:也小燕}}，也是跟老人过的，女，九岁。她爸吸毒进了戒毒所，她妈跑了，一直联系不上，算事实无人抚养儿童，这是{{trap/word:官方}}的叫法，村里人听不懂。她跟姑婆{{han:邓桂香}}住，在{{address:沙县区夏茂镇溪尾村五组23号}}。姑婆七十九了，耳朵背，{{han:也小燕}}她放了学还要烧饭。
访谈者：第三个？
受访者：第三个{{han:詹能发}}，男，十三岁，服刑人员子女。他爸{{han:詹永福}}偷电缆判了四年，他妈在{{trap/place:厦门}}打工，很少回来。{{han:詹能发}}能吃苦，周末去镇上的{{trap/word:扁肉}}店洗碗，一天挣四十。他在{{school:夏茂中学七年级（1）班}}，他的QQ我加了，号码是他拿粉笔写在我家院墙上的：{{qq:38150726}}。
访谈者：第四个？
受访者：第四个是残疾孩子，{{han:肖一诺}}，女，八岁，脑瘫，坐轮椅。她爸{{han:肖德旺}}在家种烟，她妈{{han:罗冬英}}在镇上超市收银。领两项补贴，还有困境儿童的补助。住{{address:沙县区夏茂镇溪尾村二组8号}}，身份证{{id_number@wy2017hyphen.350427}}。{{han:罗冬英}}说想送她去区里的康复中心，我在帮她问。
访谈者：第五、第六个呢？
受访者：是一对兄妹，哥哥{{han:向天乐}}十岁，妹妹{{han:向天晴}}七岁。爸爸前年上山砍竹子摔死了，妈妈{{han:有丽珍}}有精神病，{{han:有丽珍}}有时候清醒，有时候连孩子都不认得。兄妹俩其实是外婆{{han:巫金花}}在带，我常和{{han:巫金花}}一起给他们洗头。村里人叫哥哥{{han:阿乐仔}}，叫妹妹{{han:小晴}}。
访谈者：第七个？
受访者：第七个{{han:邱一鸣}}，留守儿童，六岁。爸妈在{{trap/place:福州}}送外卖，爷爷奶奶带。他下半年上小学，我已经帮他报了名。
访谈者：这些孩子平时谁在帮？
受访者：镇民政办的{{han:魏主任}}管补助的审核，材料报到区{{trap/org:民政局}}。镇社工站的{{compound:公冶若兰}}每月下来两次，跟我一户一户走。区里的督导叫{{compound:闻人初夏}}，每季度来查台账。学校那边是{{han:饶老师}}在对接。我们沙县出过理学家{{trap/famous:罗从彦}}，{{han:饶老师}}常拿他的故事讲给孩子们听。
访谈者：村里这样的孩子多吗？
受访者：比以前多。年轻人都出去开小吃店了，全国各地都有我们沙县人，孩子就留给老人。册子上这七个是最难的，留守的还有四十多个，没登记在这本上。我跟镇里说过，一个儿童主任管不过来，镇里说再派一个大学生来帮我，到现在还没来。
访谈者：您平时都做些什么？
受访者：每个月至少上门一回，看孩子吃得怎么样、睡得怎么样、有没有去上学，回来填表，录进系统。补助没到账，我去镇上问；孩子病了，我帮着联系卫生院。村里有个{{trap/org:儿童之家}}，周末我开门，让孩子们来写作业、看书，有个孩子来得最勤，说家里没网，其实是来蹭空调。有的老人不会取钱，我陪着去镇上的信用社，教他们按密码。有个奶奶把密码写在卡背面，我说这样不行，她说不写她记不住。
访谈者：有没有哪个孩子让您特别操心？
受访者：{{han:也小燕}}。她才九岁，烧饭、洗衣、给姑婆擦身子，什么都会。有一回她发高烧，还撑着去上学，是班主任看她脸红得不对，送到卫生院一量，三十九度八。她跟我说，阿姨，我不能病，我病了姑婆就没人管了。我听了心里像刀割。
访谈者：台账上名字都写对了吗？
受访者：不全对。{{spaced:游 子 龙}}中间空了格，{{spaced:也　小　燕}}也是，{{spaced:詹能 发}}分成了两截，连社工也被写成{{spaced:公 冶 若 兰}}。年底要一起改。
访谈者：联系方式呢？
受访者：我的电话{{mobile@spaced}}，工作微信{{wechat:guanxy_xiwei}}。{{han:游长发}}的身份证{{id_number@mold.350427}}。{{han:邓桂香}}没手机，打她侄子的{{mobile@h38}}。
访谈者：做儿童主任最难的是什么？
受访者：一个人顾不过来。七个孩子分在五个组，我骑电动车一圈跑下来要两个钟头，下雨天路滑，摔过两回。可孩子们一见我就喊{{han:官姨}}，我就觉得值。
""")

# H1014: Han township social worker in 仙女湖区 (欧里镇) handling orphans' basic living allowance cases.
DOCS["H1014"] = ("staff", """\
访谈者：您在哪个站工作？
受访者：{{trap/place:仙女湖区}}{{trap/place:欧里镇}}社会工作服务站。我叫{{han:帅丽君}}，镇上的人叫我{{han:小帅}}，说我这个姓{{trap/word:帅气}}。站里就我和同事{{compound:申屠望舒}}两个人，全镇领孤儿基本生活费和事实无人抚养补贴的孩子一共六个，都归我们跟。
访谈者：您一个一个说说？
受访者：第一个{{han:熊可馨}}，女，十二岁。爸爸肝癌，妈妈车祸，三年里两个人都走了。现在跟舅舅{{han:况建平}}过，住{{address:仙女湖区欧里镇沙江村三组19号}}。她是散居孤儿，每月{{trap/number:一千四百九十元}}，直接打到她自己的卡上。她在{{school:欧里镇中学八年级（2）班}}，班主任{{han:让文娟}}老师每周给我发一回她的情况，学校有什么事，校长就让{{han:让文娟}}直接打给我。
访谈者：舅舅对她好吗？
受访者：好。{{han:况建平}}他自己有两个孩子，开摩的，家里不宽裕，外甥女的钱一分没动过。{{han:熊可馨}}成绩好，说要考{{trap/org:新余一中}}。
访谈者：第二个？
受访者：第二个{{han:漆思远}}，男，九岁。他爸在{{trap/place:仙女湖}}上打鱼，船翻了，人一直没找到；他妈改嫁到外省，手机停了，联系不上，算事实无人抚养，补贴参照孤儿标准发。奶奶{{han:还玉兰}}带他，{{han:还玉兰}}还有哮喘，一到冬天就喘不上气，我给{{han:还玉兰}}送过两回药。孩子的身份证{{id_number@my2016.360502}}，奶奶的{{id_number@wold.360502}}。
访谈者：申请麻烦吗？
受访者：麻烦。他爸要先到法院申请宣告死亡，他妈要派出所出失联的证明，然后村委会评议，镇里审核，区民政局审批，最后还要{{trap/word:公示}}七天。他妈那一份证明，派出所的{{han:万警官}}帮我们跑了三回。
访谈者：孤儿基本生活费是怎么发的？
受访者：散居孤儿和集中养育的标准不一样，每年会调一次。钱按月打到孩子自己的卡上，监护人不能随便取，我们每个季度查一回流水，看钱是不是花在孩子身上。{{han:况建平}}每个月把收据拿给我看，买了什么衣服、交了什么资料费，一笔一笔记在本子上。
访谈者：有没有监护人把钱挪用的？
受访者：有过。前两年别的村有个叔叔，把侄子的钱拿去还赌债。我们发现以后跟村委会一起找他谈，钱追回来了，监护人也换成了孩子的姑姑。所以现在查得严，宁可多跑几趟。大的孩子自己也知道这笔钱，{{han:熊可馨}}说，这是她爸妈留给她的。其实是国家发的，我没纠正她，她愿意这么想，就让她这么想吧。
访谈者：第三个呢？
受访者：是姐弟俩，住{{address:仙女湖区观巢镇上湾村二组6号}}。妈妈病故，爸爸{{han:把国强}}赌钱欠债，打伤了人，在服刑。姐姐{{han:把秀云}}十四，弟弟{{han:把小军}}八岁，家里叫他{{han:满崽}}。{{han:把秀云}}把弟弟带得干干净净，每天早上先送{{han:满崽}}去{{school:观巢镇中心小学二年级（4）班}}，再骑车去镇上读初中。我女儿也上初中，老说我管别人的孩子比管她还多。周末我下村就把她带上，她跟{{han:把秀云}}成了好朋友，两个人趴在一张桌子上写作业。
访谈者：第四到第六个呢？
受访者：第四个{{han:傅星辰}}，男，五岁，被遗弃的，一直没找到父母，在区{{trap/org:儿童福利院}}集中养育。第五、第六个是兄弟俩，{{han:简明杰}}和{{han:简明浩}}，爸妈在{{trap/place:东莞}}打工时煤气中毒，一起走了，跟爷爷过，村里人叫他爷爷{{han:简老倌}}。他们住{{address:仙女湖区河下镇港背村七组31号}}。
访谈者：谁在帮您？
受访者：区民政局儿童福利股的{{han:敖股长}}管审批，材料不全她就打电话提醒。观巢镇的儿童督导员{{han:彭春花}}对接那对姐弟。区里的法律援助律师{{compound:上官雪融}}帮简家兄弟办了监护公证，心理咨询师{{compound:皇甫景行}}每月给孩子们做一次团体辅导。暑假我们带孩子们去湖边，给他们讲{{trap/famous:毛衣女}}的传说。
访谈者：联系方式？
受访者：我的电话{{mobile@plus86spaced}}，工作微信{{wechat:shuailj_oulizhan}}。{{han:况建平}}的电话{{mobile@s74}}。{{han:熊可馨}}有QQ，说不开心就在上面找我，号码她写在我工作证背面：{{qq:781430652}}。
访谈者：台账上名字写对了吗？
受访者：有错的：{{spaced:熊 可 馨}}，{{spaced:把秀 云}}，{{spaced:简　明　杰}}，连同事都被写成{{spaced:申 屠 望 舒}}。
访谈者：您做这行几年了？
受访者：四年。大学学的社会工作，毕业回了老家。开始村里人不知道社工是干什么的，以为我是来收钱的，门都不给开。现在好了，老远看见我就喊我进屋喝茶，有什么事也愿意跟我说。
访谈者：做这个工作，您最大的感受是什么？
受访者：钱按时发下去，事情就解决了一半；另一半，是有人陪着他们长大。
""")

# H1015: Han special-education teacher in 大田 who reaches the families of her four cases on WeChat and QQ.
DOCS["H1015"] = ("teacher", """\
访谈者：您带的是哪个班？
受访者：{{school:大田县特殊教育学校四年级（2）班}}，我当班主任第六年。我叫{{han:乐天华}}，家长们都叫我{{han:乐姐}}，教语文，也教{{trap/word:手语}}。班上九个孩子，四个听障，三个自闭症，两个脑瘫，家里最难的有四个，我一个一个说。
访谈者：好。
受访者：第一个{{han:颜子谦}}，男，十一岁，听障。爸爸{{han:颜国富}}在{{trap/place:泉州}}搞装修，从架子上摔断了腰，现在在家躺着；妈妈走了。奶奶{{han:就玉莲}}带他，{{han:就玉莲}}就住在学校后面，天天来接。孩子领残疾人两项补贴，还有困境儿童的补助，每月加起来{{trap/number:一千零八十元}}。他爸只会用QQ，号码{{qq:2748105396}}，我每周五晚上在QQ上给他发孩子的视频。
访谈者：第二个？
受访者：第二个{{han:田小禾}}，女，九岁，自闭症，不说话，只画画。她爸{{han:田永春}}在{{trap/place:均溪镇}}开货车，她妈{{han:和巧云}}一个人带她，还要照顾瘫在床上的婆婆。我跟{{han:和巧云}}说，孩子画的东西你都留着。{{han:田小禾}}画过一座{{trap/word:土堡}}，画得跟真的一样。她妈的微信是{{wechat:heqiaoyun-dt}}，每天晚上我跟她对一遍孩子的情况。
访谈者：第三个？
受访者：第三个{{han:郑和顺}}，男，十二岁，脑瘫，坐轮椅。名字是爷爷起的，爷爷说要学{{trap/famous:郑和}}，走得远。他爸在服刑，妈妈改嫁了，爷爷{{han:郑发水}}七十多，背着他上下楼。康复师{{compound:司徒沐阳}}每周给他做两回康复，县残联的{{compound:令狐惊鸿}}帮他申请了一辆电动轮椅。他用学校的平板加了我的QQ，号码是{{qq:４０８１９６２７}}，晚上常给我发一个笑脸。
访谈者：第四个？
受访者：第四个{{han:涂嘉禾}}，女，十岁，听障，还有轻度智力残疾。爸爸去年在山上伐木被树砸死了，妈妈{{han:才红英}}才三十出头，一个人打两份工。家在{{address:大田县均溪镇许思坑村三组14号}}，离学校远，{{han:涂嘉禾}}住校，周末我送她回去。她的身份证{{id_number@wy2015tri.350425}}，{{han:才红英}}的{{id_number@wy1994fwhyphen.350425}}。
访谈者：{{han:涂嘉禾}}的助听器是怎么回事？
受访者：去年她的助听器掉进水沟里泡坏了，一个要好几千，她妈妈拿不出来。我跟残联打了报告，两个月后给配了新的。她戴上以后头一回听清我喊她的名字，愣了一下，然后笑了。那天放学，她站在校门口，把路过的汽车声、鸟叫声一样一样比划给我看。
访谈者：学校怎么帮这些孩子？
受访者：{{han:杜校长}}定了规矩，每个困难学生有一个老师包干。不能来校的孩子我们送教上门，我每周三下午去一户。学校跟县里的{{trap/org:残联}}一起给家长办过培训，教怎么做康复。家长有事可以打{{trap/hotline:12385}}。
访谈者：送教上门是怎么做的？
受访者：每周三下午，我和另一个老师开车下乡，给不能来学校的孩子上课。有个孩子住在山上，车开不上去，要走四十分钟。我们带上绘本、积木、康复用的小球，一次上两个钟头，教孩子认字、认颜色，也教家长怎么给孩子按摩。
访谈者：您为什么来教特殊教育？
受访者：我弟弟{{han:乐天明}}小时候发高烧，耳朵就听不见了。那时候县里没有特教学校，他在普通学校坐最后一排，什么都听不懂，读到三年级就不读了。我考师范的时候就想，以后要教像他这样的孩子。现在他在三明一家汽修厂上班，手语打得比我还快。
访谈者：孩子们毕业以后去哪里？
受访者：这是家长最愁的。听障的孩子可以去读职高，学烹饪、学美发；自闭症和脑瘫的孩子出路少。{{han:郑发水}}老跟我说，他走了以后孙子怎么办，我只能说政府会管，我们也会管。学校每年六月办一回义卖，孩子们的画和手工拿到街上卖，钱给家里最难的孩子。去年{{han:田小禾}}的一幅画卖了三百块，她妈妈拿着钱哭了。
访谈者：您跟家长怎么联系？
受访者：多半在微信群里，几个不在群里的我单独加。我的微信{{wechat:yuetianhua_tj}}，电话{{mobile@fullwidth}}，{{han:才红英}}的电话{{mobile@p86n}}。{{han:颜子谦}}的家住{{address:大田县均溪镇玉田路67号2幢301室}}，他奶奶不识字，我就每两周上门一回。
访谈者：名册上名字有写错的吗？
受访者：有。补贴名单上是{{spaced:颜 子 谦}}，{{spaced:田　小　禾}}，{{spaced:郑和 顺}}，残联发的表把{{compound:令狐惊鸿}}写成了{{spaced:令 狐 惊 鸿}}。
访谈者：有什么想说的？
受访者：我给孩子们讲{{trap/famous:海伦·凯勒}}，他们听不见，就看我比划。我想让他们知道，听不见、走不了，也能把日子过好。
""")

# H1016: Han uncle in 尤溪 (洋中镇) raising the two children of his sister, who died; their father is missing.
DOCS["H1016"] = ("family", """\
访谈者：大哥，这两个孩子是您的外甥？
受访者：外甥女和外甥。我叫{{han:纪长生}}，在{{trap/place:尤溪}}{{trap/place:洋中镇}}种{{trap/word:金柑}}。我妹妹{{han:纪秀凤}}前年得红斑狼疮走了，才三十四岁。妹夫{{han:卓文斌}}去{{trap/place:厦门}}打工，头半年还寄钱，后来电话停了，人找不到，派出所立了失踪。
访谈者：您妹妹生病那几年是怎么过来的？
受访者：红斑狼疮要一直吃激素，她脸都肿了。前前后后在三明、福州住了好几回院，花了十几万，妹夫挣的钱全填进去了，我也借给他们四万。最后那回在福州，她拉着我的手说，哥，两个孩子你帮我看着。我说你放心。
访谈者：孩子们多大了？
受访者：外甥女{{han:卓可安}}十一岁，我们叫她{{han:安妹仔}}，在{{school:洋中镇中心小学五年级（1）班}}。外甥{{han:卓承志}}七岁，在{{school:洋中镇中心小学一年级（3）班}}，小名{{han:阿志}}。{{han:阿志}}他不记得他爸长什么样，他姐记得，不肯说。
访谈者：您家里怎么安排的？
受访者：我老婆{{han:汤美华}}对两个孩子比对我们儿子还上心。{{han:汤美华}}她每天五点起来做饭，孩子咳嗽就给他们熬{{trap/word:汤药}}。我儿子{{han:纪浩然}}在县里读高中，放假回来给两个孩子补课。他妈的照片摆在堂屋，外甥女每天放学先给她妈上一炷香，说是{{trap/word:纪念}}。
访谈者：孩子们的爸爸一直没消息？
受访者：一点都没有。我去厦门找过两回，他原来住的城中村，房东说他欠了三个月房租走了。派出所帮着查过，说人还活着，在外省用过身份证，可就是不回来，也不接电话。他爸妈早不在了，只有一个姐姐在{{trap/place:南平}}，也说联系不上。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:柯春兰}}帮两个孩子报了事实无人抚养儿童，每人每月{{trap/number:一千三百二十元}}。镇民政办的{{han:潘建新}}跑了好几趟派出所，开他们爸爸失联的证明。村支书{{han:要春生}}要我别硬撑，有困难就说。外甥女的班主任是{{han:都建华}}，都五十多了，还天天给她补数学。隔壁{{han:能婶}}常送菜过来。县社工站的{{compound:东方既白}}每月来一回，带外甥女做手工；法律援助的律师{{compound:长孙蕴之}}帮我办了监护；学校的心理老师{{compound:诸葛鹤鸣}}给外甥看过几回。
访谈者：孩子们现在怎么样？
受访者：外甥女懂事得早，放学帮她舅妈喂鸡、洗碗。学校墙上写着追求{{trap/word:卓越}}，她说那是她家的姓。外甥夜里还会哭，喊妈妈。{{han:卓可安}}就搂着他睡。有一回我看见她在本子上写，妈妈你为什么不带我走。我把本子放回去，装作没看见，晚上跟{{han:汤美华}}说了，两个人一夜没睡。后来社工来陪她聊了好几回，她才慢慢肯说话。
访谈者：钱够用吗？
受访者：补贴加上种金柑，紧一点，饿不着。外甥女的资料费、校服费学校给减了。去年冬天外甥得了肺炎，住了一个礼拜院，医保报了一大半，剩下的{{han:柯春兰}}帮我申请了临时救助。收金柑的时候两个孩子都来帮忙，外甥女会挑果子，大的小的分得清清楚楚；外甥就坐在筐边上吃，吃得满嘴都是。我老婆说别让他吃了，上火。我说让他吃，他妈在的时候最爱吃这个。
访谈者：您自己吃得消吗？
受访者：吃不消也得吃。老婆腰不好，我也五十了。我最怕孩子他爸哪天回来要把孩子带走，又怕他永远不回来。
访谈者：孩子们平时去哪儿玩？
受访者：带他们去过{{trap/place:联合梯田}}，春天灌满了水，一层一层亮晶晶的，外甥女说像镜子。还去县城看了{{trap/famous:朱熹}}出生的地方，外甥女在那儿站了好久，说长大要当老师，教小孩子读书。外甥说他要当警察，去厦门把他爸抓回来。我听了不知道该笑还是该哭。
访谈者：孩子们叫您什么？
受访者：叫舅舅。外甥小时候学不会，叫我舅舅伯，现在改不过来，村里人听了都笑。我不在意，叫什么都行，只要他们肯叫。
访谈者：登记信息请您说一下。
受访者：家在{{address:尤溪县洋中镇后楼村六组9号}}。我身份证{{id_number@my1975fwhyphen.350426}}，外甥女的{{id_number@wy2014tri.350426}}，外甥的{{id_number@my2018spacedx.350426}}。我电话{{mobile@plain}}，{{han:柯春兰}}的电话{{mobile@hyphen}}。我的微信{{wechat:ji_changsheng75}}。外甥女有QQ，号码她用铅笔写在我的记账本上：{{qq:953027184}}。
访谈者：名字在表上写得对吗？
受访者：低保表上外甥女是{{spaced:卓 可 安}}，我妹妹是{{spaced:纪秀 凤}}，社工被写成{{spaced:东 方 既 白}}。
访谈者：您最想谢谁？
受访者：这两年要谢的人多，有事我就找{{han:柯春兰}}。最该谢的，还是我老婆{{han:汤美华}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1009,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
