# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 175 (tests/pii/holdout175/H1385-H1392 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 174, written at the same time, is not
an earlier set).

Set 175 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
灌云 and 涟水 (Jiangsu): a Kazakh mother from 富蕴 who peels shrimp in a 灌云 fish-processing plant and raises alone a
son with cerebral palsy after her Han husband died; a Hui father from 西吉 who runs a beef-noodle shop in 涟水, his
wife's leg lost to a lorry; an Amdo Tibetan grandfather from 碌曲 raising in 灌云 a granddaughter whose parents
divorced and left; a Mongolian aunt from 正蓝旗 raising in 涟水 the twin boys of her late sister, their father
missing; a Han 儿童主任 of a community in 伊山镇 reading out her list; a Han community worker in 涟城街道 answering the
phone and QQ during the interview; a Han grandfather in 燕尾港镇 raising a grandson whose father died at sea; and a
Han village doctor in 高沟镇 talking about a girl who lives with her blind grandfather. The emphasis is on forms where
a replacement might cover only part of a name, in a mix rather than one trick: Kazakh given name + father's name
with the dot (阿克玛热勒·托合达尔, 托合达尔·卡德尔汗, 塔斯铁米尔·托合达尔, 库丽孜拉·哈布丁) and short, single and pet
forms (阿克玛, 塔斯铁米尔, 库丽孜拉, 赛乌列, 叶尔沙提他, 叶尔沙提江, and 叶沙提 as the late father said it), a Han
surname before a Kazakh given name (卞叶尔沙提) and the Han name of the same boy (卞安康); Han-form Hui names (田守礼,
海玉兰, 田子健, 田雨萱, 苏桂英, 金守信阿訇) beside 经名 used alone (易德勒斯, 塞丽麦她, 尤奴斯, 爱伊莎她, 叶儿孤白,
祖来哈) and after a Han surname (田尤奴斯, 田亚古伯, 海萨妮娅); Amdo Tibetan names (桑杰东主, 央宗吉, 南吉草她,
桑吉卓么, 闹日加, 万玛南杰, 拉考加) with a short form and forms of address (南吉她, 小南吉, 老桑杰), a Han surname
before a Tibetan given name (仇南吉) and the Han name of the same girl (仇雨晴); Mongolian names (莎仁图雅 then 莎仁,
那仁花, 那顺巴雅尔, 那顺朝鲁, 吉日格乐玛, 达来巴图, 巴特孟和) with forms of address (大那顺他, 二那顺), a Han surname
before a Mongolian given name (臧巴雅尔, 臧朝鲁) and the Han names of the twins (臧子航, 臧子帆); Han names with common
and rare surnames of the region (卞, 蒯, 侍, 嵇, 葛, 吕, 佴, 戚, 仇, 缪, 臧, 佘, 笪, 管, 惠, 封, 仲, 郜, 宦, 盛, 乔, 汤,
薛, 戴); surnames that are also ordinary words directly after and before grammar words (也秀兰也是, 能德贵能说,
找和凤琴, 和凤琴和, 向立平向县里, 被被凤英说了一顿, 让春生让我, 把秀梅把我, 还玉琴还给, 都有才都十三了, 才小满才十五,
就红霞就住, 我让让国良, 有长青有三个, 有巧云有空, 要德厚要面子, 要小芹 beside the trap 要强) and as the first or
last character of a given name (都有才, 嵇要强要强得很, 徐家和和他妹妹, 陈礼让让村委会); names that contain words
(卞安康, 管子豪, 嵇要强, 惠望海, 惠海生, 惠长水, 向晚晴, 才小满, 有长青, 陈礼让); titles and kin words after names
(蒯文静老师, 吕桂琴主任, 金守信阿訇, 佴丽华老师, 还玉琴老师, 陈礼让书记, 莎仁大姐, 闻人子恒律师, 微生砚秋大夫; the
span is the name only), a surname with only a title or kin word, annotated whole (嵇厂长, 戚大姐, 侍老师, 缪警官, 吕姐,
嵇所长, 汤科长, 佴校长, 乔阿姨, 惠老大, 管老板, 封老师, 薛大夫, 薛伯伯, 谷师傅, 宦师傅, 朱二嫂, 仇奶奶, 孟大妈, 要三爷),
nicknames, annotated whole (锚子, 小黑子, 朱大个子, 小和子); names directly before particles, pronouns and verbs
(锚子他, 朱大个子他, 小黑子他, 塞丽麦她) and after 叫/是/给/跟/找/让/和 (叫卞安康, 是和凤琴, 找和凤琴, 给南吉草,
跟锚子说, 跟把秀梅说, 让让国良, 叫封老师), and names closing the last sentence (谢谢蒯文静。, 得谢谢能德贵。,
多亏了被凤英。, 去问还玉琴。, 对得起惠海生。, 她叫要小芹。); names spaced out character by character in half- and
full-width spaces, a dotted name spaced out whole (阿 克 玛 热 勒 · 托 合 达 尔) and one with spaces around the dot
only (阿克玛热勒 · 托合达尔), and names split in two (阿克玛热勒 托合达尔, 仇南 吉, 那顺 巴雅尔, 才小 满); compound
surnames after ordinary words (夏侯, 轩辕, 公良, 呼延, 百里, 钟离, 赫连, 东方, 微生, 梁丘, 羊舌, 东郭, 漆雕, 淳于, 宗政,
司空, 闻人, 太叔, 南门, 仲孙, 左丘); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:都有才}}``, ``{{qq:2964051837}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (kazakh, hui, tibetan, mongolian) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwspaced.320723}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, fullwidth, plus86, plus86dash,
                                   plus86spaced, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 主任, 阿訇, 书记, 大姐, 律师, 大夫) and a
particle, pronoun or verb written directly after a name (他, 她, 也, 都, 就, 才, 有, 能, 要, 还, 把, 让, 和, 说) are
outside the span; a surname with only a title or kin word (嵇厂长, 吕姐, 惠老大, 薛伯伯, 要三爷) and a nickname (锚子,
小黑子, 朱大个子, 小和子) are annotated whole, and so are forms of address made from a non-Han name (叶尔沙提江, 老桑杰,
小南吉, 大那顺, 二那顺), which are category minority. Han-style names of Kazakh, Hui, Tibetan and Mongolian people
(卞安康, 田守礼, 海玉兰, 苏桂英, 仇雨晴, 臧子航) are category han; a Han surname before a non-Han given name
(卞叶尔沙提, 田尤奴斯, 海萨妮娅, 仇南吉, 臧巴雅尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout175/make_holdout175.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(175_2026_1207)
MINORITY_GROUPS = ("kazakh", "hui", "tibetan", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"kazakh": 10, "hui": 10, "tibetan": 10, "mongolian": 10}

MOBILE_PREFIXES = ["133", "135", "136", "138", "139", "150", "151", "152", "157", "158", "177", "181", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1385: Kazakh mother from 富蕴 who works in a 灌云 fish-processing plant and raises alone a son with cerebral palsy.
DOCS["H1385"] = ("family", """\
访谈者：大姐，您是哪年来灌云的？
受访者：一四年，跟孩子他爸一块来的。我是新疆{{trap/place:富蕴}}人，老家在{{trap/place:可可托海}}底下的冬窝子。我叫{{minority/kazakh:阿克玛热勒·托合达尔}}，车间里的姐妹嫌长，喊我{{minority/kazakh:阿克玛}}，老板干脆喊“新疆大姐”。现在在城南一个水产厂剥虾仁、挑海蜇皮。
访谈者：孩子爸爸是本地人？
受访者：是。{{han:卞德旺}}那几年在矿上开铲车，我们在{{trap/place:额尔齐斯河}}边上认识的。他说{{trap/place:灌云}}挨着海，虾吃不完，我就跟他回来了。一九年他查出肝癌，拖了十一个月，走了。
访谈者：他家里还有人吗？
受访者：有个婆婆{{han:孙玉珍}}，七十六了，住在{{trap/place:杨集镇}}老屋，耳朵背，我一个月带孩子去看她一回。小叔子{{han:卞德兴}}在{{trap/place:南京}}送外卖，过年回来给孩子买双鞋，也就这样了。他们家的人都说{{han:卞德旺}}命苦，我说命苦的是孩子。
访谈者：孩子现在多大？
受访者：儿子{{minority/kazakh:叶尔沙提}}十岁，生的时候缺氧，脑瘫，左手左脚不听使唤，说话也慢。学校名册上是{{minority/kazakh:卞叶尔沙提}}，他爸的姓放前头。他爸还给起了个汉名叫{{han:卞安康}}，说图个平安。我在家喊他{{minority/kazakh:叶尔沙提江}}，{{minority/kazakh:叶尔沙提}}他一听就笑。
访谈者：他上学吗？
受访者：上，在{{school:灌云县特殊教育学校三年级（2）班}}，学校有车接。康复中心的{{han:蒯文静}}老师一个礼拜给他做三回训练，现在扶着墙能走十几步了。
访谈者：他一天是怎么过的？
受访者：早上六点四十校车到楼下，司机{{han:谷师傅}}下车帮我把他抱上去。下午四点回来，我要是还没到家，楼下小卖部的{{han:朱二嫂}}先看着。晚上做一个钟头康复操，拉筋疼得他直叫，叫完了又让我再来一遍。他爱听我唱歌，我阿妈{{minority/kazakh:赛乌列}}教我的那几首他都会哼。他爸在的时候念不好他的名字，老喊{{minority/kazakh:叶沙提}}，少一个字，孩子也答应。
访谈者：厂里的活累不累？
受访者：累。冬天手泡在冰水里，指头全是裂口。剥一斤虾仁两块四，我一天四十来斤。班长{{han:侍红梅}}知道我家的事，让我下午三点先走去接孩子。{{han:嵇厂长}}说计件的，少干少拿，别的不扣。车间里还有个{{han:也秀兰}}，{{han:也秀兰}}也是一个人带孩子，男人欠了赌债跑了。我俩换着班，谁家孩子有事，另一个顶上。去年冬天厂里评先进，班长把我报上去，奖了五百块，我给孩子买了个带轮子的学步车。
访谈者：补助都办了吗？
受访者：办了。社区儿童主任{{han:吕桂琴}}上门登记的，孩子算困境儿童，又有残疾证，一个月{{trap/number:一千零八十块}}，另有残疾人两项补贴。县{{trap/org:残联}}给配了个站立架。社工站的{{compound:夏侯晓彤}}每月来一趟，跟她来的大学生{{compound:轩辕铭川}}给孩子读绘本。民政上的{{han:葛志军}}帮我把户口迁过来，原先是新疆户口，好多补助报不上。
访谈者：老家那边呢？
受访者：阿爸{{minority/kazakh:托合达尔·卡德尔汗}}七十二了，还在放羊。阿妈前年走了，我没赶上回去。弟弟{{minority/kazakh:塔斯铁米尔·托合达尔}}每年卖了羊给我打三千块。阿爸老说，回来吧，{{trap/minority_word:阿吾勒}}里的人帮你带。可孩子做康复在这边，回去连个训练的地方都没有。{{minority/kazakh:塔斯铁米尔}}说等他攒够钱，来{{trap/place:连云港}}看外甥。
访谈者：这边有老乡吗？
受访者：有一个，{{minority/kazakh:库丽孜拉·哈布丁}}，也嫁到这边，在{{trap/place:海州}}开馕坑。{{trap/minority_word:纳吾热孜节}}两家凑一块，{{minority/kazakh:库丽孜拉}}弹{{trap/minority_word:冬不拉}}，我炸{{trap/minority_word:包尔萨克}}，孩子听见琴声就拍手。
访谈者：您自己有什么难处？
受访者：最怕自己病。去年腰扭了，躺了五天，是车间里那个姐妹天天过来做饭。孩子大了，抱不动了，上下楼全靠背。我跟他说，{{minority/kazakh:叶尔沙提江}}，你要自己走，妈妈背不动你了。
访谈者：登记的信息请您说一下。
受访者：我们住{{address:灌云县伊山镇振兴路东巷17号3排4户}}，老家是{{address:富蕴县可可托海镇阿克布拉克村二组8号}}。我身份证{{id_number@wy1987tri.654322}}，孩子的{{id_number@my2014hyphen.654322}}。电话{{mobile@s434}}，{{han:吕桂琴}}主任的{{mobile@plain}}。我微信叫{{wechat:akmaral_fuyun87}}。孩子有个QQ，上网课用的，号码他用蜡笔写在床头：{{qq:2964051837}}。
访谈者：名字在表上写得对吗？
受访者：错的多。残疾证上我是{{spaced:阿 克 玛 热 勒 · 托 合 达 尔}}，学校一张表写成{{spaced:叶　尔　沙　提}}，低保表上他爸写成{{spaced:卞 德 旺}}，还有一张把我拆成{{spaced:阿克玛热勒 托合达尔}}。
访谈者：最后还想说什么？
受访者：他走第一步那天，我给阿爸打视频，阿爸哭了，说要谢谢{{han:蒯文静}}。
""")

# H1386: Hui father from 西吉 who runs a beef-noodle shop in 涟水; his wife lost a leg in an accident.
DOCS["H1386"] = ("family", """\
访谈者：老板，您这拉面馆开几年了？
受访者：六年了。进门的都当我是兰州来的，其实我是宁夏{{trap/place:西吉}}人，{{trap/place:六盘山}}脚下。我叫{{han:田守礼}}，经名{{minority/hui:易德勒斯}}。来{{trap/place:涟水}}以前在{{trap/place:昆山}}给人拉了五年面。
访谈者：怎么想到出来的？
受访者：老家山多地少，十年九旱，种洋芋一年落不下几个钱。村里的年轻人都往外跑，拉面的、跑车的。我十七岁就跟着表哥出来学手艺，先在{{trap/place:兰州}}学了三年，一根面拉出九窝，师傅才让出师。
访谈者：家里几口人？
受访者：四口。媳妇{{han:海玉兰}}，经名{{minority/hui:塞丽麦}}，前年骑电动车让渣土车刮倒，右腿截了，评的一级残疾。{{minority/hui:塞丽麦}}她坐在柜台后头收钱，生客都看不出来。大的是儿子，学名{{han:田子健}}，经名{{minority/hui:尤奴斯}}，十二岁，在{{school:涟水县实验小学六年级（3）班}}；小的闺女{{han:田雨萱}}，经名{{minority/hui:爱伊莎}}，七岁，在{{school:涟城街道中心小学一年级（4）班}}。班上同学图省事，把哥哥喊成{{minority/hui:田尤奴斯}}。
访谈者：媳妇出事以后，店怎么撑下来的？
受访者：关了三个月门，我在医院陪床。房东{{han:能德贵}}把房租免了，{{han:能德贵}}能说，心也软，他说开张了再算。我兄弟{{minority/hui:田亚古伯}}从西吉过来帮我揉面，干了半年，家里洋芋要挖又回去了。
访谈者：有谁帮你们？
受访者：社区儿童主任是{{han:和凤琴}}，我有事就找{{han:和凤琴}}，{{han:和凤琴}}和街道民政的{{han:向立平}}一块来的，把俩孩子报了困境儿童，每人每月{{trap/number:七百二十块}}。媳妇的两项补贴是{{han:向立平}}向县里递的材料。淮安{{trap/org:清真寺}}的{{han:金守信}}阿訇，经名{{minority/hui:叶儿孤白}}，主麻日都打电话来问。社工站的{{compound:公良书禾}}每礼拜给闺女补拼音，康复师{{compound:呼延静怡}}上门教我媳妇用假肢，律师{{compound:百里云舟}}帮我们跟渣土车老板打官司。
访谈者：孩子们怎么样？
受访者：儿子懂事了，放学就来端面、擦桌子。他想学拉面，我不让，我说你给我好好念书，将来当医生，给你妈做一条好腿。班主任{{han:佴丽华}}老师说他作文写他妈，全班都哭了。闺女胆小，她妈出事那天她在车后座，脸上擦破了，现在听见大车喇叭还打哆嗦。{{minority/hui:爱伊莎}}她晚上要跟她妈睡。
访谈者：媳妇现在心情怎么样？
受访者：头一年天天哭，说自己成了废人，饭也不吃。{{compound:呼延静怡}}带她去康复中心，认识了几个跟她一样的，话才慢慢多了。现在她拿手机学着记账，进多少牛肉、卖多少碗，都是她记。她表妹{{minority/hui:海萨妮娅}}在{{trap/place:固原}}开裁缝店，隔几天打视频，两个人一聊就是一个钟头。{{minority/hui:塞丽麦}}说，腿没了，手还在，嘴也还在。
访谈者：吃饭的事学校方便吗？
受访者：食堂没清真窗口，老师准孩子中午回店里吃。过{{trap/minority_word:古尔邦节}}我关门三天，媳妇坐着轮椅炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，让儿子给左邻右舍送。隔壁卖烧饼的{{han:戚大姐}}每回都还一篮鸡蛋。
访谈者：老家还有人吗？
受访者：老娘{{han:苏桂英}}跟着我兄弟，经名{{minority/hui:祖来哈}}，七十了，每年秋天给孩子们寄枸杞、寄风干的羊肉。她说日子再紧，{{trap/minority_word:乜贴}}不能少。老爹前些年走了，坟在村后的山坡上。我兄弟{{minority/hui:田亚古伯}}说，等孩子们大了带回去上个坟，认认老家的路。
访谈者：您自己呢？
受访者：凌晨四点起来熬汤，一百多斤牛骨头。一天站十五六个钟头，腰直不起来。有一回我在后厨累晕了，是{{minority/hui:尤奴斯}}打的{{trap/hotline:120}}。我跟他说，你是男子汉，家里有事你先顶着。
访谈者：生意怎么样？
受访者：一天两百来碗，一碗十二块，刨去房租、牛肉、煤气，挣个辛苦钱。熬上汤就{{trap/word:和面}}，一揉四十斤。老主顾都知道，我家一{{trap/word:海碗}}面给的牛肉多。对面工地上的{{han:宦师傅}}天天来吃，吃完了帮我把煤气罐扛进后厨。
访谈者：登记的信息请您说一下。
受访者：店在{{address:涟水县涟城街道安东北路88号}}，人住店后头；老家是{{address:西吉县兴隆镇沙岗村三组26号}}。我身份证{{id_number@my1983spaced.640422}}，媳妇的{{id_number@wy1986fwhyphen.640422}}。电话{{mobile@h38}}，{{han:和凤琴}}的{{mobile@plus86}}。我微信{{wechat:tianshouli_lamian}}。儿子有QQ，号码他拿粉笔写在面案子边的墙上：{{qq:81735294}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上媳妇成了{{spaced:海 玉 兰}}，学校表上儿子是{{spaced:尤　奴　斯}}，街道的表上我的经名写成{{spaced:易 德 勒 斯}}，我兄弟成了{{spaced:田 亚 古 伯}}。
访谈者：您最盼什么？
受访者：盼媳妇的假肢装好，能站起来去淮安的寺里礼一回拜。这店能开下来，得谢谢{{han:能德贵}}。
""")

# H1387: Amdo Tibetan grandfather from 碌曲 raising in 灌云 a granddaughter whose parents divorced.
DOCS["H1387"] = ("family", """\
访谈者：阿爷，听说您是从甘南来的？
受访者：{{trap/place:碌曲}}，{{trap/place:尕海}}边上放牦牛的。我叫{{minority/tibetan:桑杰东主}}，这边人念不顺，楼下的老头都喊我{{minority/tibetan:老桑杰}}。来{{trap/place:灌云}}三年了，汉话还说不利索，你听不懂就问。老家还有四十多头牦牛，都交给儿子了。
访谈者：怎么到这么远来了？
受访者：十几年前，灌云人{{han:仇海军}}在我们那儿修公路，跟我女儿{{minority/tibetan:央宗吉}}好上了，后来回他老家成了家，生了个丫头。前年两个人离了，女儿去{{trap/place:成都}}打工，{{han:仇海军}}又找了一个，跟着去了{{trap/place:苏州}}。丫头的奶奶瘫在床上，没人管，我就下来了。
访谈者：孩子奶奶现在呢？
受访者：{{han:仇奶奶}}去年冬天走了。走之前拉着我的手，说亲家，丫头就交给你了。她闺女{{han:仇海霞}}在{{trap/place:板浦}}开小超市，逢年过节来送点东西，她也难，自己两个孩子。我跟{{han:仇海军}}不是{{trap/word:仇人}}，可他这个当爹的，一年到头不来看一眼孩子，我心里有气。
访谈者：刚来的时候过得惯吗？
受访者：过不惯。这边冬天不下雪，可冷得往骨头里钻，屋里也没炉子。头一个冬天我把老家带来的羊皮袄给孙女盖上，她嫌膻，我就自己穿着睡。我一辈子没见过海，头一回看见螃蟹，不知道从哪下嘴。楼下的{{han:孟大妈}}教我蒸馒头，我教她打酥油茶，她说咸，我说你们的虾酱也咸。
访谈者：孙女多大了？
受访者：十一岁。藏名是我起的，{{minority/tibetan:南吉草}}。户口上叫{{han:仇雨晴}}，学校新来的老师点名，把两个拼一块，喊成{{minority/tibetan:仇南吉}}。我喊她{{minority/tibetan:小南吉}}。她在{{school:灌云县实验小学五年级（6）班}}，{{minority/tibetan:南吉草}}她数学好，上回考了九十八。
访谈者：她在学校习惯吗？
受访者：刚来那年有同学笑她脸蛋红，叫她“高原红”。{{han:侍老师}}在班上讲了一回青藏高原，讲牦牛、讲雪山，还让{{minority/tibetan:小南吉}}上去唱了一首藏歌，后来就没人笑了。连云港有个学海洋的藏族大学生{{minority/tibetan:拉考加}}，礼拜天来陪我说藏话，{{minority/tibetan:拉考加}}还给孙女补英语，一分钱不要。
访谈者：您一个人带她，话能说通吗？
受访者：难。我的汉话是在{{trap/place:合作}}卖{{trap/minority_word:酥油}}学的，这边的话更听不懂。老师打电话，都是孙女给我翻。有回我没给她穿够衣服，被{{han:被凤英}}说了一顿。{{han:被凤英}}是社区的儿童主任，她给孩子报了事实无人抚养，一个月{{trap/number:一千三百二十块}}。为这个，{{han:被凤英}}跑了三趟{{trap/org:民政局}}，又打电话到成都找孩子妈签字，才批下来。我的低保是{{han:让春生}}跑下来的，{{han:让春生}}让我按了六回手印。
访谈者：还有谁帮你们？
受访者：班主任{{han:侍老师}}每礼拜给我发语音，说得慢，我能听懂一半，剩下的一半孙女给我翻。社工{{compound:钟离子衿}}带孙女去图书馆，另一个社工{{compound:赫连嘉木}}教我用手机。法律援助的{{compound:东方怀远}}帮我们打官司，判孩子她爸每月给六百块抚养费，到现在给了四回。
访谈者：老家的人呢？
受访者：老伴{{minority/tibetan:桑吉卓么}}走了五年。儿子{{minority/tibetan:闹日加}}在家放牛，冬天寄{{trap/minority_word:曲拉}}和风干肉来，电话里老说阿爸你回来吧，我说等丫头长大了。侄子{{minority/tibetan:万玛南杰}}在{{trap/place:郎木寺}}当{{trap/minority_word:阿卡}}，每年给{{minority/tibetan:南吉草}}寄一串念珠。
访谈者：孙女想妈妈吗？
受访者：想。{{minority/tibetan:央宗吉}}一个月打两回视频，{{minority/tibetan:南吉}}她说完话就躲进{{trap/word:被子}}里哭。她过生日那天，她妈寄来一条红裙子，她穿着睡了一夜，第二天不肯脱，非要穿去学校。我给她讲{{trap/famous:格萨尔}}，她给我讲{{trap/famous:孙悟空}}，说{{trap/place:花果山}}就在连云港，秋游去过。我说等你放假，阿爷带你回尕海看{{trap/minority_word:香浪节}}，跳{{trap/minority_word:锅庄}}。
访谈者：您身体怎么样？
受访者：这边潮，膝盖疼。喝不上酥油茶，早上就拌{{trap/minority_word:糌粑}}，孙女嫌味重，吃她的包子。去年在{{trap/org:县人民医院}}做了白内障手术，是{{compound:赫连嘉木}}陪我去的，签字的时候我只会写藏文，医生说也行。
访谈者：登记信息请您说一下。
受访者：住在{{address:灌云县伊山镇人民西路23号院5号楼402室}}，老家是{{address:碌曲县尕海镇秀哇村二组17号}}。我的身份证{{id_number@moldquad.623026}}，孙女的{{id_number@wy2013fwspaced.320723}}。我电话{{mobile@fullwidth}}，{{han:被凤英}}的{{mobile@s74}}。微信是社工给注册的，{{wechat:sangjie_luqu_ye}}。孙女有QQ，号码她拿红笔写在挂历背面：{{qq:537206148}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:桑 杰 东 主}}，学校把孙女写成{{spaced:南　吉　草}}，还有一张写成{{spaced:仇 雨 晴}}，点名册上又是{{spaced:仇南 吉}}。
访谈者：最后还想说什么？
受访者：孙女长大了要考大学，我想看着。这几年多亏了{{han:被凤英}}。
""")

# H1388: Mongolian aunt from 正蓝旗 raising in 涟水 the twin boys of her late sister.
DOCS["H1388"] = ("family", """\
访谈者：大姐，您是内蒙古人？
受访者：{{trap/place:锡林郭勒}}{{trap/place:正蓝旗}}的，家离{{trap/landmark:元上都遗址}}骑马半天。我叫{{minority/mongolian:莎仁图雅}}，这边大家都叫我{{minority/mongolian:莎仁}}。来{{trap/place:涟水}}两年了，给我妹妹带俩孩子。
访谈者：妹妹她……
受访者：妹妹{{minority/mongolian:那仁花}}在{{trap/place:南京}}读大学的时候认识了涟水的{{han:臧德海}}，嫁过来了，一八年生了一对双胞胎。前年她查出白血病，半年人就没了。{{han:臧德海}}办完丧事说去{{trap/place:上海}}工地挣钱，走了就没了音信。派出所的{{han:缪警官}}立了案，到现在也没找着。
访谈者：孩子爷爷奶奶呢？
受访者：爷爷{{han:臧广财}}八十了，住在{{trap/place:红窑镇}}乡下，奶奶走得早。老爷子自己都要人照顾，哪带得动两个。他跟我说，闺女，{{han:臧德海}}对不起你们家。我说不怪你。每回去看他，他都塞给孩子一人二十块钱，攥得皱巴巴的。
访谈者：您在老家是做什么的？
受访者：在{{trap/place:上都镇}}小学教蒙语，教了十四年。妹妹走了以后我请了长假，后来干脆辞了。我爱人{{minority/mongolian:达来巴图}}在家守着草场，一年来涟水两回，他一进门，俩孩子就骑到他脖子上不下来。有人说我傻，说我没{{trap/word:把握}}带好别人的孩子，我说这不是别人的孩子，是我妹妹的。
访谈者：两个孩子叫什么？
受访者：大的{{minority/mongolian:那顺巴雅尔}}，小的{{minority/mongolian:那顺朝鲁}}，名字是我{{trap/minority_word:额吉}}起的。上户口用的汉名是{{han:臧子航}}、{{han:臧子帆}}。学校花名册上又写成{{minority/mongolian:臧巴雅尔}}、{{minority/mongolian:臧朝鲁}}，开家长会老师一喊，我愣了半天。在家我就喊{{minority/mongolian:大那顺}}、{{minority/mongolian:二那顺}}。俩人在{{school:涟水县第一实验小学一年级（3）班}}。
访谈者：您一个人带双胞胎？
受访者：一个人。早上送，中午接，下午送，晚上教拼音，比放一群羊还累。{{minority/mongolian:大那顺}}他脾气急，{{minority/mongolian:二那顺}}爱哭，两个一打架，我只能一手拎一个。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:那顺巴雅尔}}爱画马，班主任把他的画贴在教室后墙上。{{minority/mongolian:那顺朝鲁}}爱唱歌，会唱好几首长调，都是我教的。运动会上俩人跑接力，一个摔倒了，另一个跑回去把他拉起来一块跑，全场都给他们拍手。家里挂着我妹妹的{{trap/minority_word:马头琴}}，俩孩子不会拉，天天拿布擦。
访谈者：孩子生过病吗？
受访者：去年冬天两个一块出水痘，这个好了那个又起，折腾了一个月。我一宿一宿不敢睡，{{han:把秀梅}}半夜骑电动车送来退烧药，社区医院的{{compound:微生砚秋}}大夫上门看了两回。那时候我就想，要是我妹妹在就好了，她学的是护理，什么都懂。
访谈者：有谁帮你们？
受访者：社区儿童主任{{han:把秀梅}}，第一回来就把要交的材料一样样列在纸上，{{han:把秀梅}}把我当自家妹子。俩孩子算事实无人抚养，每人每月{{trap/number:一千一百九十块}}。街道民政的{{han:佘建国}}给我办了临时救助。他还帮我问了落户的事，说孩子在这儿上学，我就能把户口迁过来。班主任{{han:还玉琴}}老师，{{han:还玉琴}}还给他俩免费补课。社工{{compound:梁丘书意}}每月来家访，志愿者{{compound:羊舌诗涵}}带他们去{{trap/place:五岛湖}}公园放风筝，风筝是他们自己糊的，画的是一匹马。
访谈者：老家那边呢？
受访者：额吉{{minority/mongolian:吉日格乐玛}}七十三了，腿脚不好，来不了。她寄来{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}，小的一回吃半盒。我弟弟{{minority/mongolian:巴特孟和}}在嘎查放马，说等孩子放暑假，接他们回去看{{trap/minority_word:那达慕}}，他还答应教他们骑马。
访谈者：孩子们问起爸爸妈妈吗？
受访者：问。我就说妈妈变成天上的星星了。爸爸呢，我说不知道。我不会撒谎，孩子一问就掉眼泪。有一回小的问，姨妈你会不会也走，我说不会，姨妈哪也不去。我给他们讲{{trap/famous:忽必烈}}在上都的故事，他们听着听着就睡了。他们问{{trap/famous:成吉思汗}}是不是我们家亲戚，我说是全蒙古人的老祖宗。
访谈者：登记信息请您说一下。
受访者：我们住{{address:涟水县涟城街道金桂园小区6幢1单元302室}}，我户口在{{address:正蓝旗上都镇乌兰敖包嘎查一组5号}}。我身份证{{id_number@wy1982hyphen.152530}}，大的{{id_number@my2018quad.320826}}，小的跟他哥就差最后几位。电话{{mobile@plus86dash}}，{{han:把秀梅}}的{{mobile@spaced}}。我微信{{wechat:sarantuya_zlq82}}。俩孩子共一个QQ，号码写在他们的小黑板上：{{qq:1058372946}}。
访谈者：名字都写对了吗？
受访者：没有。低保表上我是{{spaced:莎 仁 图 雅}}，俩孩子写成{{spaced:那顺 巴雅尔}}和{{spaced:那 顺 朝 鲁}}，他爸写成{{spaced:臧　德　海}}。
访谈者：您最盼什么？
受访者：盼孩子他爸哪天回个信。孩子们天天问，我答不上来，只好说去问{{han:还玉琴}}。
""")

# H1389: Han 儿童主任 of a community in 伊山镇 reading out her list.
DOCS["H1389"] = ("staff", """\
访谈者：{{han:吕姐}}，您这本子上记了多少户？
受访者：十一户，十四个孩子。我叫{{han:吕桂琴}}，{{trap/place:伊山镇}}{{trap/place:振兴社区}}的儿童主任，干了六年。我照着本子念，你记。本子是我自己订的，红皮的，这是第三本，前两本锁在社区柜子里。
访谈者：好。
受访者：第一户，{{han:都有才}}，男，十三，{{school:灌云县伊山中学七年级（5）班}}。爸爸{{han:都国柱}}偷电缆，判了四年，在{{trap/org:洪泽湖监狱}}；妈妈走了，跟爷爷{{han:都长福}}过。{{han:都有才}}都十三了，个子还没我高。家在{{address:灌云县伊山镇大庄村四组11号}}，身份证{{id_number@my2011quad.320723}}。服刑人员子女补助，每月{{trap/number:八百六十块}}。
访谈者：第二户？
受访者：{{han:向晚晴}}，女，九岁，{{school:伊山镇中心小学三年级（1）班}}。妈妈难产走的，爸爸{{han:向建华}}精神残疾二级，犯病就往外跑。{{han:向晚晴}}{{trap/word:向来}}不哭不闹，可上回家访，她把一学期的奖状都藏在床底下，说怕她爸撕。两项补贴、困境儿童都办了。她奶奶{{han:许桂珍}}的身份证{{id_number@woldspaced.320723}}。
访谈者：第三户？
受访者：名字长，你慢点写：{{minority/kazakh:卞叶尔沙提}}，男，十岁，脑瘫，妈妈{{minority/kazakh:阿克玛热勒·托合达尔}}是新疆哈萨克族，爸爸去世了。康复中心的老师跟着做训练。
访谈者：第四户？
受访者：{{han:才小满}}，女，十五，在{{school:灌云县中等专业学校一年级（3）班}}学护理。爸妈离了，都不要她，算事实无人抚养。{{han:才小满}}才十五，周末在{{trap/place:大伊山}}景区卖水。她跟姑姑{{han:才玉芹}}住在{{address:灌云县伊山镇胜利东路132号4排2户}}。
访谈者：第五户？
受访者：{{han:管子豪}}，男，七岁，一年级。爸爸{{han:管恒亮}}在工地上摔成高位截瘫，妈妈{{han:笪玉梅}}在超市理货。住{{address:灌云县伊山镇侍庄村二组6号}}。
访谈者：第六户？
受访者：{{han:嵇要强}}，男，十一，{{school:伊山镇第三小学五年级（4）班}}。爸爸酒驾撞了人，判了三年；妈妈在{{trap/place:无锡}}打工，一年回来一趟，跟奶奶{{han:杜桂香}}过。名字起得对，{{han:嵇要强}}要强得很，去年全镇作文比赛拿了一等奖，写的是他奶奶。住{{address:灌云县伊山镇小伊村七组30号}}，身份证{{id_number@my2013hyphen.320723}}。
访谈者：第七户？
受访者：{{han:徐家和}}，男，六岁，还有个妹妹{{han:徐家乐}}，四岁。爸妈都是聋哑人，在{{trap/place:苏州}}的电子厂，俩孩子跟外公{{han:戴长林}}，外公在菜市场门口修鞋。我们都喊他{{han:小和子}}，{{han:徐家和}}和他妹妹每天在社区儿童之家待到天黑，外公收了摊才来接。
访谈者：这些孩子平时谁去看？
受访者：我，还有镇社工站。站长{{compound:东郭怀瑾}}跟第一户、第五户，社工{{compound:漆雕子言}}跟第二户，新来的{{compound:淳于晓棠}}跟第四户。镇民政办的{{han:嵇所长}}每季度带我们过一遍。
访谈者：每户您多久去一次？
受访者：一个月至少一回，最困难的两个礼拜一回。去之前先打电话，老人耳朵背，常常要打三四遍。去了看孩子吃的什么、睡哪张床、作业写没写，回来都记在本子上，镇里每季度抽查。
访谈者：有没有让您特别揪心的？
受访者：第二户那个丫头。她爸犯病那回，把家里的锅碗全砸了，孩子躲在{{trap/place:向阳小区}}门口的花坛后头冻了半宿，是我跟{{compound:漆雕子言}}找着的。后来让她奶奶接过去住，她爸住院那三个月，孩子胖了两斤。学校搞{{trap/word:才艺}}展示，她弹了一首电子琴，是站长教的。
访谈者：镇上还有什么帮扶？
受访者：每年六一，{{trap/org:县妇联}}和{{trap/org:团县委}}送一批书包、文具。暑假社工站办夏令营，带孩子去{{trap/place:潮河湾}}看湿地。有爱心企业认捐，一个孩子一年两千，第一户、第五户都结上了对子。我跟孩子们说，收了人家的东西要写封信谢谢人家，字写歪了不要紧。
访谈者：表上的名字有写错的吗？
受访者：多了。{{spaced:都 有 才}}被空了格，{{spaced:向　晚　晴}}也是，{{spaced:卞 叶 尔 沙 提}}更乱，站长签名成了{{spaced:东 郭 怀 瑾}}，还有一张写成{{spaced:才小 满}}，第三户的妈妈成了{{spaced:阿克玛热勒 · 托合达尔}}。年底我们对一遍。
访谈者：您怎么联系这些家？
受访者：老人打电话，孩子加我QQ，{{qq:2380674195}}；年轻家长加我微信{{wechat:lvguiqin_zxsq}}。{{han:才玉芹}}的电话{{mobile@hyphen}}，我存着。
访谈者：干这个最难的是什么？
受访者：最难的是大人。第二户的爸爸犯病的时候拿着菜刀站在门口，我只好喊派出所。第一户的爷爷七十八了，补助到账不会取，每回都是我陪着去{{trap/org:农商行}}。本子最后一页写着每个孩子的生日，到了那天我买个蛋糕送去。蛋糕不贵，孩子吹蜡烛的时候，我比他们还高兴。上个月是{{han:都有才}}。
""")

# H1390: Han community worker in 涟城街道 answering the phone and QQ during the interview.
DOCS["H1390"] = ("staff", """\
访谈者：您手机一直在响，要不要先接？
受访者：不用，你问你的，我边接边说。我叫{{han:乔丽萍}}，在{{trap/place:涟城街道}}社会事务办管困境儿童，一百零几个孩子，就我跟{{han:汤科长}}两个人。——喂？是{{han:就红霞}}吧？对，你把你儿子的身份证再念一遍……{{id_number@my2014tri.320826}}，我念一遍你听，对吧？好。
访谈者：这是哪户？
受访者：{{han:就红霞}}就住我们街道，家在{{address:涟水县涟城街道淮河路和平巷9号}}，男人去年在工地出事没了，她自己有癫痫。儿子{{han:盛子轩}}十岁，在{{school:涟水县第二实验小学四年级（3）班}}。她不会用微信，有事在QQ上留言，QQ是{{qq:３７１９５０８２６}}。——等下，QQ响了，是{{minority/hui:尤奴斯}}，拉面馆那家的儿子，问他妹妹的补助哪天到。我回他：下礼拜三。——喂，{{han:田守礼}}？假肢的发票？你拍照发我QQ，原件让孩子放学捎过来。{{minority/hui:塞丽麦}}的假肢能报一部分，残联那边我去说。
访谈者：孩子自己跟您联系？
受访者：大一点的都这样，大人不识字，孩子替家里跑。还有个{{han:让国良}}，十四，爸妈在外头打工，跟奶奶。我让{{han:让国良}}每礼拜报一回平安，他就礼拜天晚上在QQ上发个“在”，他的QQ是{{qq:4281906357}}。——喂，{{minority/mongolian:莎仁}}大姐？双胞胎的材料？我跟{{han:把秀梅}}说过了，她明天送……不客气。
访谈者：为什么这么多人用QQ？
受访者：老年机装不了微信，孩子们的电话手表、学习机倒能上QQ。好多孩子先加了我，再把爷爷奶奶的事一条条打给我。有个{{han:朱桂芳}}，七十多了，孙子{{han:小黑子}}三天两头逃学，跑去{{trap/place:五岛湖}}钓鱼。{{han:小黑子}}他自己在QQ上跟我说，阿姨，我奶奶又哭了，我明天去上学。你说我气不气，又心疼。
访谈者：材料怎么报？
受访者：按县里的文件，{{trap/number:涟民发〔2023〕17号}}，困境儿童一年复核一次。我把材料理好，同事{{han:佘建国}}开车送到{{trap/org:县民政局}}，远一点的就邮寄，邮编{{trap/number:223400}}我都背下来了。——喂，{{han:佴校长}}？对，那孩子这学期的午餐费免了，表我下午送过去。
访谈者：您跟家长平时怎么联系？
受访者：电话、微信、QQ，哪样都有。年纪大的只会打电话，我把号码抄在大字本上。{{han:有长青}}有三个孙子，都是他带，他的电话{{mobile@s38}}，我设成了快捷键。{{han:就红霞}}那个号老停机，我就记了她妹妹{{han:盛玉芬}}的：{{mobile@plus86spaced}}。{{han:让国良}}的身份证最后一位是X，系统老输不进去：{{id_number@my2010x.320826}}。年轻点的加我工作微信{{wechat:wxid_lcjd7x2k9q}}，群里发通知。
访谈者：街道里还有谁一起管？
受访者：{{han:汤科长}}管审批。社工机构派了{{compound:宗政思衡}}和{{compound:司空若岚}}，每人跟三十来个孩子。法律上的事找{{compound:闻人子恒}}律师，他每月来坐半天。
访谈者：哪一户最难办？
受访者：{{han:有长青}}家。儿子儿媳在{{trap/place:昆山}}离了婚，谁也不回来，三个孙子全靠他。去年他胆结石住院，三个孩子没人管，我跟{{compound:司空若岚}}轮流去他家做饭，做了九天。最小的那个抱着我喊妈，我没敢应。
访谈者：您干这个多久了？
受访者：七年。原先在超市当会计，一七年考进街道，以为是坐办公室，没想到天天在外头跑，电动车都骑坏了两辆。
访谈者：家里人支持吗？
受访者：我爱人开出租，晚上回来看我还在回消息，说你这是把街道的孩子都当自家的了。女儿上初三，有回跟我赌气，说妈你QQ上的孩子比我还多。那天晚上我关了手机，陪她写了两个钟头作业。第二天一开机，四十多条消息。
访谈者：这么多孩子，您怎么记得住？
受访者：记不住就写。我手机里给每个孩子建了个备忘，名字、学校、爸妈在哪。表上的名字常错，{{spaced:盛 子 轩}}，{{spaced:让　国　良}}，{{spaced:就 红 霞}}，社工都被写成{{spaced:宗 政 思 衡}}，我得一个个改。
访谈者：最怕接到什么电话？
受访者：半夜的。上个月两点钟{{han:让国良}}的奶奶打来，说孩子烧到四十度，我打了{{trap/hotline:120}}，跟车去了{{trap/org:县人民医院}}。科长说，你又不是他家里人。我说，他家现在就我能跑。
访谈者：您自己的联系方式？
受访者：工作电话{{mobile@p86h}}，QQ{{qq:693820514}}，微信{{wechat:qiaoliping_lc}}。{{trap/hotline:12345}}转过来的事，最后也都到我这儿。
访谈者：最后还想说什么？
受访者：这活儿累，可孩子们在QQ上喊一声{{han:乔阿姨}}，我就觉得值。
""")

# H1391: Han grandfather in 燕尾港镇 raising a grandson whose father died at sea.
DOCS["H1391"] = ("family", """\
访谈者：大爷，您家就在港边上？
受访者：出门就是{{trap/place:灌河}}口，{{trap/place:燕尾港}}的老渔民了。我叫{{han:惠长水}}，六十八，打了四十年鱼。港上的人都喊我{{han:惠老大}}，早先我是船老大。
访谈者：孙子的爸爸是……
受访者：我儿子{{han:惠海生}}。二一年腊月，他跟着{{han:管老板}}的船出{{trap/place:黄海}}，碰上大风，船翻了，四个人捞上来两个，他没找着。媳妇{{han:颜秀娥}}第二年改嫁去了{{trap/place:盐城}}，逢年过节打个电话。
访谈者：那回船上还有谁？
受访者：掌舵的是{{han:管老板}}的侄子{{han:管春雷}}，活下来了；还有个外号{{han:朱大个子}}的，抱着泡沫箱漂了六个钟头，叫{{trap/org:渔政站}}的船捞上来。{{han:朱大个子}}他后来再也不出海，在港上摆摊卖烤鱿鱼。另一个是{{trap/place:射阳}}人，跟我儿子一样，没找着。
访谈者：孙子多大？
受访者：十岁，大名{{han:惠望海}}，他爸起的，说望着海就有饭吃。小名叫{{han:锚子}}，{{han:锚子}}他打小在船上爬。现在在{{school:燕尾港镇中心小学四年级（2）班}}。自打他爸出事，他不肯再上船，也不肯吃鱼。
访谈者：家里靠什么过？
受访者：船老板赔了{{trap/number:六十二万}}，钱放在孩子名下，我一分不动，留着他上大学。村里给报了低保，镇上说这是{{trap/word:惠民}}政策，我说惠是我的姓，他们都笑。孩子算事实无人抚养，他妈改嫁不管，每月有{{trap/number:一千三百六十块}}。我还帮人补网，一天挣个七八十。补网的活看季节，开海前最忙，休渔的时候就闲下来。
访谈者：都有谁帮过你们？
受访者：村里的儿童主任{{han:有巧云}}，{{han:有巧云}}有空就来，帮孩子拆洗被子。镇民政办的{{han:仲伟成}}每季度来一回，补助的事他跟我讲了三遍我才弄懂。孩子的班主任{{han:封晓燕}}，我们都叫{{han:封老师}}，她给孩子找了心理老师{{compound:太叔雨泽}}。志愿者{{compound:南门若曦}}每礼拜六来教孩子游泳，孩子说学会了就不怕海了。
访谈者：孩子现在怎么样？
受访者：头一年夜里老做噩梦，喊爸爸。{{compound:太叔雨泽}}每礼拜给他做一回沙盘，他摆的全是船，船上都有个小人。今年好点了，肯跟同学去滩上捡{{trap/word:海蛎子}}，还说长大了要进{{trap/org:海事局}}，大风天不让船出海。
访谈者：您跟孩子说他爸爸的事吗？
受访者：说。他爸小时候也是跟着我在船上长大的，十二岁就会摇橹。我跟{{han:锚子}}说，你爸是好样的。港边有块碑，刻着出海没回来的人，{{han:惠海生}}三个字是我描的红。
访谈者：您身体怎么样？
受访者：老寒腿，阴天就疼。最怕哪天我也不在了，孩子没人管。他姑姑{{han:惠海燕}}在{{trap/place:连云港}}开小饭店，说真到那一天，她接过去。
访谈者：有没有想过搬走？
受访者：想过。他姑姑说搬到市里去，上学好一点。可我在港上住了一辈子，离了海睡不着觉。再说孩子他爸的碑在这儿，逢年过节总得有人去烧张纸。等孩子上初中再说吧。
访谈者：港上的人怎么看这些事？
受访者：出海的人都拜{{trap/famous:妈祖}}。{{trap/place:开山岛}}上守岛的{{trap/famous:王继才}}，港上人都知道，我跟孙子讲过，一个人守一个岛三十二年，人得有个念想。
访谈者：您年轻时候打鱼是什么样？
受访者：那时候是木船，靠风靠橹，一出去七八天。河口的浪急，老辈人说宁走十里滩，不过一道坎。我十六岁上船，跟着我爹学看云、看水色。现在都是铁壳船，有卫星电话，可海还是那个海，该出事还是出事。我儿子出海前一天还跟我说，爸，这趟回来就不干了，去厂里上班。话说了，人没回来。
访谈者：孩子平时跟谁玩？
受访者：港上孩子多，放了学一帮一帮在堤上跑。他不大合群，爱一个人坐在码头看船进出。学校兴趣班教画画，他画的海是灰的，老师问他怎么不画蓝的，他说他爸走那天海就是灰的。老师在电话里跟我说这话，我半天没出声。
访谈者：登记信息请您说一下。
受访者：家在{{address:灌云县燕尾港镇港南村五组19号}}。我身份证{{id_number@my1956.320723}}，孙子的{{id_number@my2014fw.320723}}。我电话{{mobile@plus86}}。我没微信，{{han:有巧云}}的微信是{{wechat:youqiaoyun_gn}}，电话{{mobile@spaced}}。孙子有个QQ，学校让注册的，号码写在他那本{{trap/title:海底两万里}}的扉页上：{{qq:720539184}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:惠 长 水}}，孙子是{{spaced:惠　望　海}}，心理老师写成{{spaced:太 叔 雨 泽}}。
访谈者：最后还想说什么？
受访者：等孩子会游泳了，我带他去看他爸的碑。我这把年纪，就图孩子平安，对得起{{han:惠海生}}。
""")

# H1392: Han village doctor in 高沟镇 talking about a girl who lives with her blind grandfather.
DOCS["H1392"] = ("staff", """\
访谈者：{{han:薛大夫}}，您在村卫生室干了多少年？
受访者：二十三年了。我叫{{han:薛振华}}，{{trap/place:高沟镇}}{{trap/place:杨口村}}卫生室的村医，连带着做公卫，村里哪家有病人我心里都有本账。你要问的那个丫头，叫{{han:要小芹}}。
访谈者：她家是什么情况？
受访者：爷爷{{han:要德厚}}，七十一，青光眼耽误了，两只眼全瞎了，年轻时在镇上拉二胡、说书，村里小辈都喊他{{han:要三爷}}。丫头的爸爸{{han:要文军}}前些年开大车出车祸没了，妈妈{{han:郜丽丽}}回了四川娘家，再没回来。丫头八岁起就跟爷爷两个人过。
访谈者：丫头的妈妈联系过吗？
受访者：前年打过一回电话，说在{{trap/place:宜宾}}又成了家，有了个儿子。丫头接了电话一句话没说，挂了以后去菜园里拔了一下午草。那以后再没打来，丫头也不提。
访谈者：她现在多大？
受访者：十三，在{{school:涟水县高沟中学七年级（2）班}}。{{han:要小芹}}{{trap/word:要强}}，成绩在班上前五。她同桌{{han:就小雨}}就住隔壁村，天天骑车带她上学，下雨天两个人合披一件雨衣。家里那张桌子是我从卫生室搬过去的旧办公桌，她在上面写作业，爷爷在旁边剥花生。早上五点起来给爷爷烧稀饭，把药按顿分好，放在爷爷摸得着的地方。
访谈者：爷爷的病您管着？
受访者：管着。高血压、糖尿病，一个月我上门量两回。{{han:要德厚}}要面子，不肯让人扶，有回摔进门口的沟里，是丫头把他拖上来的。后来那条沟用水泥板盖上了，是{{han:陈礼让}}书记出的钱。
访谈者：还有谁帮她们？
受访者：{{han:陈礼让}}让村委会给报了低保和事实无人抚养，丫头每月{{trap/number:一千二百三十块}}，爷爷有盲人证，拿两项补贴。{{trap/org:春蕾计划}}每年给丫头一千块助学金，是班主任帮着报的。村里的儿童主任{{han:卜凤兰}}隔天去一趟。镇社工站的{{compound:仲孙若宁}}每月来给丫头做辅导，县{{trap/org:残联}}的{{compound:左丘念真}}给爷爷送了一根会说话的盲杖。
访谈者：她爷爷还拉二胡吗？
受访者：拉。晚上丫头写作业，他在院子里拉{{trap/title:二泉映月}}，说写这曲子的{{trap/famous:华彦钧}}也是瞎子。村里老人讲{{trap/famous:韩信}}的故事，他能说上一晚上。
访谈者：您怎么当上村医的？
受访者：我爹就是赤脚医生，背个药箱走村串户。我卫校毕业回来接他的班，一晃二十多年。村里年轻人都出去了，剩下的多是老人孩子，谁家半夜有事都来敲卫生室的门。像{{han:要德厚}}这样的，我一个礼拜不去看一眼，心里就不踏实。
访谈者：丫头有没有什么心事？
受访者：她怕爷爷哪天不在了。有一回她来卫生室问我，{{han:薛伯伯}}，眼睛瞎了还能治吗？我说治不好了，她就蹲在门口哭。
访谈者：爷爷知道她这么辛苦吗？
受访者：知道。老头眼瞎心不瞎，夜里听见丫头咳嗽，摸着墙过去给她掖被角。他跟我说，我这个老废物，拖累孩子了。我说你是她唯一的亲人，有你在，她就有个家。他拉二胡的时候，丫头就坐在门槛上听，一听半个钟头。
访谈者：丫头平时吃得好吗？
受访者：不好。爷孙俩一个月就那点钱，菜是自己种的，肉一个礼拜吃一回。丫头瘦，一米五几，才七十来斤。去年冬天她贫血晕倒在操场上，送到镇卫生院一查，血红蛋白才八十多。打那以后我每个月给她送一瓶补铁的药，不收钱。
访谈者：以后怎么办？
受访者：丫头要是考上县中得住校，爷爷一个人在家我不放心。村里商量好了，到时候让隔壁的婶子每天送两顿饭，我每天早上过去看一眼。钱的事，镇上说可以申请临时救助。路能走通，就是得一步一步走。
访谈者：您平时怎么跟她联系？
受访者：她用爷爷的老人机，号码{{mobile@fws}}。她自己有QQ，学校上网课用，号码她拿圆珠笔写在我的处方笺背面：{{qq:3046187592}}。我的电话{{mobile@p86n}}，贴在她家墙上，字写得老大。我微信是{{wechat:xuezhenhua_ggz}}。
访谈者：登记信息呢？
受访者：她家在{{address:涟水县高沟镇杨口村六组21号}}。丫头身份证{{id_number@wy2011spaced.320826}}，爷爷的{{id_number@my1953.320826}}。
访谈者：表上的名字对吗？
受访者：爷爷在残疾证上成了{{spaced:要 德 厚}}，丫头学校表上是{{spaced:要　小　芹}}，社工写成{{spaced:仲 孙 若 宁}}。
访谈者：最后还想说什么？
受访者：高沟出酒，{{trap/org:今世缘}}的厂子就在镇上，可这丫头家一年到头闻不着酒香，只闻着药味。我能做的就是多跑几趟。她说长大了要当医生，先给爷爷治眼睛。这丫头，我看着长大的，她叫{{han:要小芹}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1385,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout174",))


if __name__ == "__main__":
    main()
