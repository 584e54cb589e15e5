# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 137 (tests/pii/holdout137/H1081-H1088 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 136, written at the same time, is not
an earlier set).

Set 137 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
福清 and 南安 (Fujian): a Mongolian father from 巴林右旗 who works nights at a glass factory in 福清 (城头镇), his wife
gone home to 大板 and his two children with him; a Kham Tibetan grandfather from 乡城 raising in 南安 (仑苍镇) the
granddaughter his dead daughter had with a 南安 man who remarried and left her; a Uyghur mother from 墨玉 who sells
roasted corn in 融城街道 and raises alone a son born with a cleft palate; a Yi father from 雷波 who runs a saw in a
南安 stone-cutting yard (水头), his wife ill with tuberculosis at home, his son and deaf daughter with him; a Han
community worker in 龙田 reading out her register; a Han children's officer (儿童主任) in 水头镇 going through her
WeChat chats with parents who work away; a Han grandmother in 江阴镇 whose son is in prison and whose daughter-in-law
went to Japan; and a Han township doctor in 官桥 going through the sick children she is the contracted doctor of.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Baarin Mongolian names used whole (乌日其木格, 巴音孟克, 额日登朝鲁, 毕力格达来, 哈斯朝鲁) and with short forms
(斯钦毕力格 then 斯钦, 乌日其木格 then 乌日她, 伊如汗 then 伊如, 巴日斯图 then 巴日斯), a Han surname before a
Mongolian given name (白斯钦 on the shift roster, 白巴日斯 on the school list) and the Han names of the same people
(白志勇, 白佳琪, 白哥); Kham Tibetan names of 乡城 (甲央邓珠, 仁青拥措, 吉村拉姆, 洛桑邓珠, 此里翁姆, 益西拉措,
格绒降措) with short forms (甲央, 吉村), a Han surname before a Tibetan given name (黄吉村, the father's surname added
by the teacher) and the Han name of the same girl (黄欣妍), a name opening with 才 before the adverb 才
(是才旺拉措才把…) and one opening with 向 after the preposition 向 (我向向巴邓珠借了); Uyghur given name + father's
name with the dot (依力米努尔·买托合提, 艾买提江·沙拉买提, 阿孜古丽·图尔迪), with spaces around the dot
(艾买提江 · 沙拉买提), with neither (艾买提江沙拉买提) and split by a space (依力米努尔 买托合提), the parts used alone
(米努尔, 艾买提江他, 沙拉买提, 买托合提) and single names (艾合麦提, 海力其汗, 努拉洪, 依明), a Han surname before a
Uyghur given name (林古再丽, after her Han husband); Yi names of 雷波 with the clan name before the given name
(俄木日洛, 吉伍尔呷嫫, 俄木约布, 俄木阿合, 阿硕曲木, 马黑木干, 井曲木呷, 莫色阿芝, 吉伍木果) and the given name alone as
the family uses it (日洛, 尔呷她, 约布, 阿合她), a Han surname before a Yi given name (吴日洛 on the pay sheet) and the
Han names of the same man (吴志飞, 老吴), the clan and given name dotted (俄木·日洛) and dotted with spaces
(俄木 · 约布); Han names with common and rare surnames of the region (翁, 俞, 薛, 念, 游, 卓, 魏, 阮, 戴, 洪, 傅, 吕,
潘, 施, 郭, 江, 蔡, 尤, 柯, 严, 池, 詹, 佘, 连, 庄, 许, 粘); surnames that are also ordinary words directly after or
before grammar words (跟和玉仙和, 向德才才, 都振华都, 还志明还, 也春梅也, 有文辉有空, 要凤英要, 能美凤能干,
我把把老师, 把秀英老师) and given names that end in such a word (向德才才, 林谦让让, 许成就就); names that contain
words (洪亮, 林谦让, 许成就, 向德才); titles and kin words after names (念秀英老师, 吕碧霞老师, 卓明辉医生,
把秀英老师, 庄雅婷老师, 阿琼姨, 阿桂嫂; the span is the name only); a surname with only a title or kin word,
annotated whole (白哥, 游阿婆, 傅主任, 苏法官, 阮队长, 念老师, 老吴, 薛所长, 江阿姨, 蔡主任, 尤警官, 把老师,
薛医生, 傅医生, 詹阿嬷, 粘主任); Fuqing 依- forms and Minnan 阿- and -仔 forms of address, annotated whole (依香,
依兰, 依悦, 依豪, 依福, 阿琼, 阿忠, 阿炳, 阿燕仔, 蔡仔, 阿柳, 阿桂); names directly before particles, pronouns and
verbs (乌日她, 俞建华他, 黄建伟他, 艾买提江他, 尔呷她, 阿合她, 翁丽娜她) and after 叫/是/给/跟/找/让/和 (叫也春梅,
是才旺拉措, 写给詹阿嬷, 跟和玉仙, 找严秀春, 让莫色阿芝, 和益西拉措); a name closing the last sentence
(看看她阿婆此里翁姆。, 谢谢戴丽芬。, 是依香。, 还得靠依悦。, 我叫艾买提江。); names spaced out character by
character in half- and full-width spaces (斯 钦 毕 力 格, 巴 音 孟 克, 甲 央 邓 珠, 吉　村　拉　姆, 艾 买 提 江,
俄 木 日 洛, 吉　伍　尔　呷　嫫, 司 空 明 辉, 仲 孙 若 曦, 羊 舌 晓 燕, 南 宫 若 彤, 向　子　墨, 也　春　梅, 林　玉　兰)
and names split in two (巴日斯 图, 仁青 拥措, 都晓 琳, 连子 轩); compound surnames after ordinary words (申屠,
端木, 钟离, 闻人, 濮阳, 乐正, 公良, 谷梁, 公孙, 太史, 司空, 欧阳, 轩辕, 仲孙, 即墨, 羊舌, 微生, 夏侯, 公冶, 南宫,
东郭, 司马 after 的/叫/派了/师傅/社工/同事/同来的/新来的/心理老师/律师/康复师/特教老师/和); and numbers read out and written
the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:翁秀琴}}``, ``{{qq:2906174385}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2018tri.653222}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 姨, 嫂) and a particle, pronoun or
verb written directly after a name (她, 他, 也, 都, 还, 才, 就, 要, 能, 有空, 让) are outside the span; a surname with
only a title or kin word (白哥, 傅主任, 念老师, 把老师, 詹阿嬷) and a local form of address or nickname (依香, 依豪,
阿忠, 阿燕仔, 蔡仔) are annotated whole. Han-style names of Mongolian, Tibetan and Yi people (白志勇, 白佳琪, 黄欣妍,
吴志飞, 老吴) are category han; a Han surname before a non-Han given name (白斯钦, 白巴日斯, 黄吉村, 林古再丽, 吴日洛) is
category minority. A dotted name without spaces is minority; with spaces around the dot, spaced.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout137/make_holdout137.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(137_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1081: Mongolian father from 巴林右旗 who works nights at a glass factory in 福清; his wife went home to 大板 and
# left him the two children.
DOCS["H1081"] = ("family", """\
访谈者：大哥，听口音您是北方来的？
受访者：赤峰{{trap/place:巴林右旗}}的，家在{{trap/place:查干沐沦河}}边的嘎查。我叫{{minority/mongolian:斯钦毕力格}}，厂里嫌长，叫我{{minority/mongolian:斯钦}}，排班表上干脆写{{minority/mongolian:白斯钦}}。身份证上的汉名是{{han:白志勇}}，福清师傅都喊我{{han:白哥}}。在{{trap/place:福清}}这家玻璃厂四年了，夜班看退火炉。
访谈者：孩子妈妈呢？
受访者：{{minority/mongolian:乌日其木格}}去年秋天回{{trap/place:大板}}了，说这边潮，身上老起疹子，其实是跟我吵够了。{{minority/mongolian:乌日}}她走的时候一个孩子都没带，电话也不接。
访谈者：孩子多大了？
受访者：闺女{{minority/mongolian:伊如汗}}十二，学名{{han:白佳琪}}，在{{school:福清市城头镇后洋小学六年级（4）班}}。儿子{{minority/mongolian:巴日斯图}}八岁，我们叫他{{minority/mongolian:巴日斯}}，学校名单上写成{{minority/mongolian:白巴日斯}}，在{{school:后洋小学二年级（3）班}}，生下来就有哮喘，一换季就喘。
访谈者：您上夜班，孩子谁管？
受访者：晚上是{{minority/mongolian:伊如}}管弟弟，作业、洗澡都是她。社区的儿童主任{{han:翁秀琴}}隔两天来敲一回门。她说我们算困境儿童，可户口在内蒙古，低保得回旗里办。我阿爸{{minority/mongolian:巴音孟克}}七十了，拿着材料跑了三趟苏木，嘎查达{{minority/mongolian:额日登朝鲁}}又帮着送到{{trap/org:旗民政局}}，批下来每月{{trap/number:七百九十元}}。
访谈者：厂里呢？
受访者：车间主任{{han:俞建华}}人实在，{{han:俞建华}}他把我排成固定夜班，{{trap/word:白天}}我能去开家长会。人事的{{han:薛丽芳}}给我开了收入证明。同班组的浙江师傅{{compound:申屠立峰}}教我开叉车。表哥{{minority/mongolian:毕力格达来}}也在这个厂，当初就是他叫我来的。
访谈者：在玻璃厂干活累吗？
受访者：累不怕，怕热。退火炉边上夏天五十多度，一个班下来衣服能拧出水。我们草原上的人，零下三十度不怕，就怕这个闷热。工资一个月六千出头，寄三千回去给阿爸还债，剩下的交房租、买菜、给孩子买药。我不喝酒，在这边喝酒，一个月就白干了。
访谈者：孩子的哮喘{{trap/word:要紧}}吗？
受访者：去年冬天最吓人。半夜两点他喘不上气，嘴唇都紫了，我在厂里，是闺女打的{{trap/hotline:120}}。十一岁的孩子，抱着弟弟在楼下等车，鞋都没穿。我赶到医院，她坐在走廊上，手里还攥着弟弟的喷雾。从那以后我把喷雾放在三个地方，门口、床头、书包里。
访谈者：闺女这么小就管家，她自己怎么说？
受访者：她说不累。可我看她手机里的备忘录，写着“周一弟弟喷雾剩一半，周三交午餐费，周五爸爸发工资”。十二岁的孩子，心里装着一个家。有时候我下夜班回来，看见她趴在桌上睡着了，作业本压在胳膊底下，灯还亮着。我给她盖上衣服，自己坐在门口抽烟，一根接一根，想不明白日子怎么过成了这样。
访谈者：还有谁帮过你们？
受访者：社区请的社工{{compound:端木雨萱}}每周六给两个孩子补课，她同事{{compound:钟离思涵}}陪{{minority/mongolian:巴日斯}}去医院复查。班主任{{han:念秀英}}老师看{{minority/mongolian:伊如汗}}上课打瞌睡，一问才知道她夜里要管弟弟，就给我们报了课后托管。楼下开小卖部的{{han:游阿婆}}，放学先让两个孩子在她店里写作业。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/mongolian:巴日斯}}抱着他妈留下的{{trap/minority_word:蒙古袍}}睡觉。闺女嘴上不说，手机里天天放{{trap/famous:德德玛}}的歌。过{{trap/minority_word:白月}}那天我们三个跟阿爸视频拜年，阿爸在那头唱{{trap/minority_word:长调}}，儿子在这头跟着哼。
访谈者：孩子妈妈那边，您还找过她吗？
受访者：找过。她哥{{minority/mongolian:哈斯朝鲁}}在大板开修车铺，我托他带话。他说妹妹在{{trap/place:赤峰}}的饭馆洗碗，不想回来。我不怪她，刚来那年我们挤在十平米的屋里，墙上长霉，被子永远是潮的，她是草原上长大的，受不了。可孩子是她生的，过年打个电话总行吧。
访谈者：孩子们会说蒙古语吗？
受访者：闺女会一点，是她阿妈教的；儿子只会数数、会喊阿爸。我晚上给他们念蒙古文课本，念着念着自己先睡着了。我怕他们在这边长大，把根忘了。暑假想带他们回去住一个月，看看草场、骑骑马，可来回车票要三千多，还得请假，一年一年就拖下来了。
访谈者：登记表上的信息麻烦您说一下。
受访者：老家是{{address:巴林右旗查干沐沦苏木乌兰敖都嘎查二组9号}}，这边租在{{address:福清市城头镇后洋村新厝里27号}}。我的身份证{{id_number@my1981spaced.150423}}，闺女的{{id_number@wy2013.150423}}。我电话{{mobile@s434}}，{{han:翁秀琴}}的是{{mobile@plain}}。{{minority/mongolian:伊如}}用我的旧手机上微信，号是{{wechat:yiru_baarin13}}。儿子有个QQ，跟同学打游戏，号码他拿蜡笔写在床头墙上：{{qq:2906174385}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:斯 钦 毕 力 格}}，学校把闺女写成{{spaced:伊　如　汗}}，儿子的病历上是{{spaced:巴日斯 图}}，我阿爸被写成{{spaced:巴 音 孟 克}}。
访谈者：您最盼什么？
受访者：盼孩子们身体好，盼哪天能打通{{minority/mongolian:乌日其木格}}的电话。
""")

# H1082: Kham Tibetan grandfather from 乡城 raising in 南安 (仑苍镇) the granddaughter his dead daughter had with a
# 南安 man who remarried and left her.
DOCS["H1082"] = ("family", """\
访谈者：阿爷，您是从四川过来的？
受访者：甘孜{{trap/place:乡城}}的，康巴人。我叫{{minority/tibetan:甲央邓珠}}，村里人叫我{{minority/tibetan:甲央}}。六十八了，前年第一次坐飞机，到{{trap/place:南安}}来带孙女。
访谈者：孙女的爸妈呢？
受访者：我女儿{{minority/tibetan:仁青拥措}}在{{trap/place:香格里拉}}的酒店当服务员，认识了来做石材生意的{{han:黄建伟}}，嫁到南安来了。三年前她得肝病走了。{{han:黄建伟}}他第二年又娶了一个，去了{{trap/place:厦门}}，孩子丢给他老娘。他老娘{{han:洪玉珠}}七十五，中风躺在床上，自己都要人管。村委会打电话到乡城，说孩子没人带，我就来了。
访谈者：孙女多大了？
受访者：九岁。户口上叫{{han:黄欣妍}}，藏名是她妈起的，叫{{minority/tibetan:吉村拉姆}}，我叫她{{minority/tibetan:吉村}}。老师图顺口，喊她{{minority/tibetan:黄吉村}}，她也答应。{{minority/tibetan:吉村}}在{{school:南安市仑苍镇美林小学三年级（2）班}}。
访谈者：你们靠什么过日子？
受访者：村里的儿童主任{{han:戴淑华}}说，孩子爸爸不管，妈妈死了，算事实无人抚养，帮我们报上去，每月{{trap/number:一千五百八十元}}。村委会的{{han:傅主任}}跑了三趟{{trap/org:镇民政办}}。{{han:黄建伟}}那边一分钱不给，法院的{{han:苏法官}}说要去执行。我在乡城有低保，家里的牦牛交给儿子{{minority/tibetan:洛桑邓珠}}放。
访谈者：您一个人带孩子，习惯吗？
受访者：热，太热了。我在高原上住了六十多年，到这里一动就出汗。闽南话一句不会，孙女给我当翻译。邻居{{han:阿琼}}姨每天早上送一碗面线糊，她儿子{{han:洪亮}}在镇上开车，孩子半夜发烧是他送去医院的。
访谈者：您平时怎么照顾孩子？
受访者：早上六点起来烧茶，我喝{{trap/minority_word:酥油茶}}，孙女喝牛奶。她不吃{{trap/minority_word:糌粑}}，要吃面线，我就学着煮。送她上学要走二十分钟，路上她教我说闽南话，“多谢”“食饱未”，我学得慢。下午我在门口晒太阳、转经筒，邻居老人过来跟我比划，谁也听不懂谁，就是笑。晚上她写作业，我看不懂汉字，就坐在旁边陪着。
访谈者：开家长会您去吗？
受访者：去。坐在一群年轻爸妈中间，老师讲的我一半听不懂，就拿手机录下来，回家让孙女翻译。有一回老师表扬她作文写得好，写的是外公。她念给我听，念到一半我们两个都哭了。
访谈者：您身体怎么样？
受访者：血压有点高，这边医生说是吃得太咸。在老家顿顿喝茶都放盐，这边的医生让我少放。膝盖也疼，湿气重，一下雨就上不了楼。可我不能病，我病了孙女就真没人管了。卫生院每个季度给老人量一次血压，我每回都去，医生说我比刚来的时候好多了。我跟孙女说，阿爷要活到你考上大学那天。
访谈者：学校里怎么样？
受访者：班主任{{han:吕碧霞}}老师知道她没妈，中午留她在办公室吃饭。她字写得好，就是数学差。镇社工站的{{compound:闻人雅婷}}每周来一回，同来的{{compound:濮阳慧敏}}教她画画。她画了我们乡城的{{trap/minority_word:白藏房}}，老师贴在墙上了。
访谈者：孩子想妈妈吗？
受访者：想。她妈手机里有很多照片，她一张一张翻。我跟她讲她妈小时候在{{trap/place:硕曲河}}边放羊，讲{{trap/famous:格萨尔}}王的故事。过{{trap/minority_word:藏历年}}那天，我给她穿上她妈的{{trap/minority_word:藏装}}，跳了一段{{trap/minority_word:弦子}}。
访谈者：老家还有谁？
受访者：老伴{{minority/tibetan:此里翁姆}}腿不好；儿子{{minority/tibetan:洛桑邓珠}}和媳妇{{minority/tibetan:益西拉措}}放牛、捡松茸。村里的儿童主任是{{minority/tibetan:才旺拉措}}，是{{minority/tibetan:才旺拉措}}才把乡城那边的证明开好寄过来的。路费不够，我向{{minority/tibetan:向巴邓珠}}借了三千块，他是我放牛时候的伙伴。
访谈者：您打算一直在南安吗？
受访者：我弟弟{{minority/tibetan:格绒降措}}劝我回去，说高原上的人在低处待久了要生病。可孙女在这里上学，户口在这里，她奶奶也在这里。我想等她小学毕业再说。
访谈者：孙女的奶奶那边呢？
受访者：{{han:洪玉珠}}躺在床上，说话不清楚了。我每天下午带孙女过去坐一会儿，孙女给她喂水、擦脸。两个老人语言不通，一个说闽南话，一个说藏话，就拉着手坐着。她哭，我也跟着难受。
访谈者：登记的信息麻烦您说一下。
受访者：这边住{{address:南安市仑苍镇美林村后厝23号}}，老家是{{address:乡城县青德镇仲德村三组7号}}。我的身份证{{id_number@my1957.513336}}，孙女的{{id_number@wy2016hyphen.350583}}。我电话{{mobile@hyphen}}，{{han:戴淑华}}的{{mobile@plus86}}。{{han:戴淑华}}的微信{{wechat:daishuhua_mlc}}，她说有事就找她。孙女有QQ，上网课用，号码她拿笔写在我的药盒上：{{qq:58120934}}。
访谈者：名字在表上写对了吗？
受访者：错的多。救助表上我是{{spaced:甲 央 邓 珠}}，孙女写成{{spaced:吉　村　拉　姆}}，女儿的死亡证明上是{{spaced:仁青 拥措}}。
访谈者：您最想要的是什么？
受访者：等孙女大一点，带她回乡城，看看她妈长大的地方，看看她阿婆{{minority/tibetan:此里翁姆}}。
""")

# H1083: Uyghur mother from 墨玉 who sells roasted corn in 融城街道 (福清) and raises alone a son born with a cleft
# palate; his father left.
DOCS["H1083"] = ("family", """\
访谈者：大姐，您这烤玉米摊摆了多久了？
受访者：快三年了，就在{{trap/place:融城}}老街口。我叫{{minority/uyghur:依力米努尔·买托合提}}，名字长，这边人叫我{{minority/uyghur:米努尔}}，学生们喊我新疆阿姨。老家是和田{{trap/place:墨玉}}的。
访谈者：孩子呢？
受访者：一个儿子，{{minority/uyghur:艾买提江·沙拉买提}}，七岁，生下来就是唇腭裂，说话漏风。他爸{{minority/uyghur:沙拉买提}}嫌丢人，四年前跟别人走了，到现在没消息。我一个人带着{{minority/uyghur:艾买提江}}出来，老乡说福建有好医生。
访谈者：孩子的病治了吗？
受访者：治了两回。先补嘴唇，后补上腭，在{{trap/org:协和医院}}做的，钱是{{trap/org:红十字会}}的项目出的。主刀的{{han:卓明辉}}医生说还要做语音训练。训练老师叫{{compound:乐正可欣}}，每周两次，{{minority/uyghur:艾买提江}}他最喜欢她。
访谈者：谁帮你们办的补贴？
受访者：社区的儿童主任{{han:魏丽娟}}。她帮孩子办了残疾证，说影响说话，能拿残疾人两项补贴，又报了困境儿童，一个月{{trap/number:一千零六十元}}。街道民政的{{han:游国平}}来家里看过，说我们住得太挤。城管的{{han:阮队长}}不赶我的摊，还给我找了个有屋檐的地方。
访谈者：孩子上学了吗？
受访者：上一年级了，在{{school:福清市融城第五小学一年级（6）班}}。班主任{{han:念老师}}不许同学笑他。有个男孩学他说话，{{han:念老师}}把那孩子的家长叫来了。
访谈者：孩子说话有进步吗？
受访者：有。以前他说“妈妈”是“拔拔”，现在清楚了。老师让他对着镜子吹纸条、吹泡泡，他在摊子后面也吹，吹得满地是纸。有一回他回家问，妈妈，我的嘴是不是很丑。我说不丑，你嘴上那道线是医生画的，是勇敢的记号。他信了，第二天去学校跟同学也这么说。
访谈者：生意怎么样？
受访者：看天。冬天好，学生放学买一根暖手，一天能卖一百多根；夏天没人吃烤的，我就改卖煮玉米。一根五块，一天挣一百来块。房租八百，语音训练一节课一百，一半是{{trap/org:残联}}补的。
访谈者：冬天摆摊冷不冷？
受访者：福建的冬天不算冷，可是湿，风往骨头里钻。墨玉是干冷，穿厚点就行。最难的是下雨天，炉子点不着，玉米卖不出去，一天的饭钱就没了。有一回街上查摊，别的摊子都跑了，我推着炉子跑不动，孩子在后面帮我推。后来才知道，是那个队长让人去别处查，故意放我们一马。
访谈者：孩子的爸爸会回来吗？
受访者：不知道，我也不等了。孩子问起来，我就说爸爸在很远的地方干活。等他大了，我再告诉他。
访谈者：孩子在这边有朋友吗？
受访者：有两个，一个是隔壁卖鱼丸的阿婆的孙子，一个是班上的女孩。他们放学来摊子上找他，我给每人烤一根玉米，不收钱。三个孩子一边吃一边跑，他笑得嘴都合不上，那道疤也不管了。
访谈者：这边有老乡吗？
受访者：有几个。卖羊肉串的{{minority/uyghur:艾合麦提}}是墨玉的，没少帮我搬炉子。还有个姐姐嫁给了福清人，街坊叫她{{minority/uyghur:林古再丽}}，她教我说福清话，我教她打{{trap/minority_word:馕}}。
访谈者：老家还有谁？
受访者：我{{trap/minority_word:阿娜}}{{minority/uyghur:海力其汗}}六十多了，在墨玉种核桃。村干部{{minority/uyghur:努拉洪}}每年帮她领补贴。我弟弟{{minority/uyghur:依明}}在{{trap/place:喀什}}开出租。{{trap/minority_word:古尔邦节}}我们没回去，阿娜在视频里给孙子看她做的{{trap/minority_word:抓饭}}。我{{trap/minority_word:阿塔}}{{minority/uyghur:买托合提}}走得早，阿娜一直让我回去。在墨玉，一个女人带着孩子，人家说闲话；在这边没人认识我，倒是自在。卖干果的大姐{{minority/uyghur:阿孜古丽·图尔迪}}也是一个人带孩子，我们两个有事就互相照应。
访谈者：您一个人摆摊，累吗？
受访者：累。早上五点去批发市场拉玉米，晚上十点收摊，下雨天没生意。孩子放学就坐在摊子后面写作业，烤炉烫，我怕他碰。有一回他说，妈妈，我长大了当医生，给别的小朋友补嘴巴。我在炉子边上哭了。电视里放{{trap/famous:迪丽热巴}}的剧，他说那个姐姐跟妈妈一个地方的。
访谈者：登记信息请您说一下。
受访者：租的房在{{address:福清市融城街道后埔巷14号2楼}}，老家{{address:墨玉县喀尔赛乡阿克墩村五组31号}}。我的身份证{{id_number@wy1990fw.653222}}，儿子的{{id_number@my2018tri.653222}}。我的电话{{mobile@spaced}}，{{han:魏丽娟}}的{{mobile@fullwidth}}。我的微信{{wechat:minur_kaoyumi}}，收钱也用它。儿子有个QQ，跟语音老师视频用，号码老师写在他练习本封面上：{{qq:641087235}}。
访谈者：名字写法一样吗？
受访者：不一样。学校名单上是{{spaced:艾买提江 · 沙拉买提}}，还有张表写成{{spaced:艾 买 提 江}}，病历上没有点，连着写{{minority/uyghur:艾买提江沙拉买提}}，残疾证上我是{{spaced:依力米努尔 买托合提}}。
访谈者：您最盼什么？
受访者：盼他说话清楚，别人都听得懂。等他大了，让他自己站起来跟人说：我叫{{minority/uyghur:艾买提江}}。
""")

# H1084: Yi father from 雷波 who runs a saw in a stone-cutting yard in 南安 (水头); his wife has tuberculosis at home,
# his son and deaf daughter are with him.
DOCS["H1084"] = ("family", """\
访谈者：老乡，您在这个石材厂做什么？
受访者：切石头，开大锯。我是凉山{{trap/place:雷波}}的彝族，叫{{minority/yi:俄木日洛}}，前两个字是家支，后两个字是名字，家里人叫我{{minority/yi:日洛}}。老板记不住，工资表上写{{minority/yi:吴日洛}}，工友都喊我{{han:老吴}}。身份证上还有个汉名{{han:吴志飞}}，是上学时老师起的。
访谈者：家里几口人？
受访者：老婆{{minority/yi:吉伍尔呷嫫}}得了肺结核，在雷波老家吃药，干不了重活，我就把两个孩子带出来了。{{minority/yi:尔呷}}她一个人在家，我每个月寄一千五回去。
访谈者：孩子们多大？
受访者：儿子{{minority/yi:俄木约布}}十一岁，在{{school:南安市水头镇溪后小学四年级（1）班}}，同学叫他{{minority/yi:约布}}。女儿{{minority/yi:俄木阿合}}六岁，耳朵听不见，在{{school:南安市启聪学校一年级（2）班}}住校。
访谈者：女儿的耳朵怎么回事？
受访者：生下来就这样。在老家没钱看，来了以后，厂里的会计{{han:戴丽芬}}带我们去{{trap/place:泉州}}的医院，医生说能配助听器，还能申请人工耳蜗。村里的儿童主任{{minority/yi:阿硕曲木}}在雷波帮她办了残疾证，两项补贴一个月{{trap/number:二百二十元}}。
访谈者：这边谁在帮你们？
受访者：社区的儿童主任{{han:潘雅芳}}帮儿子办了入学，又给女儿联系了启聪学校。老板{{han:戴文彬}}把厂里一间板房给我们住，不收钱。社工{{compound:公良玉洁}}每周来教女儿手语，我也跟着学。还有个社工叫{{compound:谷梁佳怡}}，她给{{minority/yi:约布}}辅导作业。
访谈者：厂里还有老乡吗？
受访者：有七八个。{{minority/yi:马黑木干}}是我老表，{{minority/yi:井曲木呷}}跟我一个乡。过{{trap/minority_word:火把节}}我们在溪边烤{{trap/minority_word:坨坨肉}}，跳{{trap/minority_word:达体舞}}，本地工友{{han:阿忠}}也来跳。
访谈者：开大锯危险吗？
受访者：危险。锯片转起来比人还高，水一直冲着，声音大得耳朵嗡嗡响。去年一个湖南来的工友，手指被夹掉两根。我干活的时候不想别的事，想家了就停下来，抽根烟再干。一块大板切下来两个钟头，一个月挣七千多。老板按时发工资，从来不拖，这在外面很难得。
访谈者：女儿学手语学得怎么样？
受访者：比我快。她先学会了“爸爸”“哥哥”“吃饭”，后来学会了“想妈妈”，在视频里比给她妈看，她妈在那头哭。{{minority/yi:尔呷}}不会手语，就让{{minority/yi:莫色阿芝}}教，{{minority/yi:莫色阿芝}}是村里的，以前在{{trap/place:西昌}}的聋哑学校做过饭，会一点。
访谈者：孩子习惯这边吗？
受访者：儿子开始不习惯，听不懂闽南话，也吃不惯稀饭。现在会说几句“呷饭”了。他最爱听我讲{{trap/famous:支格阿鲁}}射太阳的故事。女儿比划着问，阿妈什么时候来。{{minority/yi:阿合}}她一想妈妈就把助听器摘了，不肯听人说话。
访谈者：您自己呢？
受访者：石粉大，戴两层口罩还是咳。{{han:潘雅芳}}说厂里每年要体检，我去查了，肺上有点阴影，医生让我半年复查。我不敢倒，我倒了，家里三个人都没人管。老婆吃了八个月的药，医生说再吃四个月就好了。她哥{{minority/yi:吉伍木果}}常去看她，还请了{{trap/minority_word:毕摩}}来家里做了一场。等她病好了，我想把她也接过来。
访谈者：儿子在学校怎么样？
受访者：数学好，老师说他脑子灵，就是作文写不够字数。有一回老师让写“我的家乡”，他写了{{trap/place:马湖}}，写了山上的杜鹃，写了阿妈做的{{trap/minority_word:荞饼}}。老师让他在班上念，他念到阿妈那里就停了，站着不说话。老师让他坐下，下课把他叫到办公室，给了他一个面包。
访谈者：您想过回雷波吗？
受访者：想过。可回去没活干，种{{trap/minority_word:苦荞}}、种土豆，一年挣不了几个钱。孩子在这边能上学，女儿能治耳朵。等他们大了，我再回去放羊。
访谈者：您跟老婆怎么联系？
受访者：每天晚上视频，信号不好，画面一卡一卡的。她在那头咳，我在这头听着心里发紧。两个孩子抢着跟她说话，女儿比手语，儿子当翻译。挂了电话，儿子会问我，阿妈的病什么时候好。我说快了，过了火把节就好了。
访谈者：登记信息请您说一下。
受访者：这边住{{address:南安市水头镇溪后村四组18号}}，老家{{address:雷波县上田坝镇阿布村二组5号}}。我的身份证{{id_number@my1984hyphen.513437}}，女儿的{{id_number@wy2019fwspaced.513437}}。我电话{{mobile@h38}}，{{han:潘雅芳}}的{{mobile@plus86dash}}。我的微信{{wechat:erm_riluo84}}，是儿子帮我注册的。儿子有个QQ，跟老家的同学聊天，号码他用粉笔写在板房门背后：{{qq:3092718546}}。
访谈者：名字在表上写得对吗？
受访者：对不上。工资表上有的写{{minority/yi:俄木·日洛}}，有的写成{{spaced:俄 木 日 洛}}；儿子在学校是{{spaced:俄木 · 约布}}；我老婆在医院的单子上是{{spaced:吉　伍　尔　呷　嫫}}。
访谈者：最后想说什么？
受访者：谢谢老板，谢谢社工，谢谢{{han:戴丽芬}}。
""")

# H1085: Han community worker in 龙田 (福清) reading out her register of children in distress.
DOCS["H1085"] = ("staff", """\
访谈者：您手上这本是什么？
受访者：{{trap/place:龙田镇}}困境儿童的台账。我叫{{han:施美娟}}，在镇社工站，跟民政办一起管这一块。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:和思雨}}，女，十岁，在{{school:龙田镇中心小学四年级（2）班}}。她妈{{han:和玉仙}}是{{trap/place:丽江}}嫁过来的，爸爸{{han:郑国辉}}前年在码头摔断了腰，瘫在床上，拿残疾人两项补贴。上个月我跟{{han:和玉仙}}和她婆婆坐下来算账，一家四口就靠低保。住{{address:福清市龙田镇后埔村三组16号}}，孩子身份证{{id_number@wy2015quad.350181}}。
访谈者：第二户？
受访者：第二户，{{han:向子墨}}，男，十三岁，孤儿，在{{school:龙田中学初一（5）班}}。爸妈在{{trap/place:渔溪}}出车祸走了，跟着爷爷{{han:向德才}}。{{han:向德才}}才六十出头，眼睛快瞎了，我向他讲了三遍孤儿基本生活费怎么领，每月{{trap/number:一千九百二十元}}。孩子身份证{{id_number@my2012fwhyphen.350181}}。
访谈者：第三户？
受访者：第三户，{{han:都晓琳}}，女，八岁。爸爸{{han:都振华}}都进去三年了，帮人办偷渡，判了七年；妈妈改嫁去了{{trap/place:福州}}。奶奶带她，村里叫奶奶{{han:依香}}，大名{{han:林秋香}}。服刑人员子女补助每月{{trap/number:八百七十元}}。住{{address:福清市龙田镇东营村七组5号}}，孩子身份证{{id_number@wy2017x.350181}}。
访谈者：第四户？
受访者：第四户是事实无人抚养，{{han:翁家豪}}，男，六岁。妈妈{{han:卓雪芬}}吸毒，强制戒毒两年；爸爸{{han:翁志坚}}在{{trap/place:日本}}打黑工，五年没寄过钱。跟着姑姑{{han:翁丽娜}}，{{han:翁丽娜}}她自己也有三个孩子。住{{address:福清市龙田镇上楼村二组41号}}，姑姑的身份证{{id_number@wmid.350181}}。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:薛所长}}总负责，材料报到{{trap/org:市民政局}}。儿童主任，后埔村是{{han:郭淑娇}}，东营村是{{han:江阿姨}}。站里同事{{compound:公孙晓薇}}跟第一户、第三户，新来的{{compound:太史文轩}}跟第二户。市里的督导叫{{compound:司空明辉}}，每月来查台账。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。有的表写成{{spaced:和 思 雨}}，有的是{{spaced:向　子　墨}}，{{spaced:都晓 琳}}分成了两截；督导也被写成{{spaced:司 空 明 辉}}。年底要一起核一遍。
访谈者：这些孩子是怎么找出来的？
受访者：一是村里的儿童主任报上来，二是学校发现，三是我们自己入户排查。每年春秋两季，我们跟村干部挨家挨户走一遍，看哪家大人病了、哪家大人不在了、哪家孩子没人管。龙田出国的人多，好多孩子跟着老人长大，大人在外面挣了钱，孩子不缺吃穿，缺的是有人说话。真正困难的，是大人出了事的那些。
访谈者：您自己怎么撑下来的？
受访者：站里就三个人，跟着八十多个孩子，有时候一个礼拜跑六个村。压力大了我就去海边走一走。市里每个月请心理老师{{compound:欧阳清妍}}给我们做一次督导，大家把心里话说出来，哭一场，第二天接着干。
访谈者：补贴是怎么发的？
受访者：按月打到卡上。孤儿和事实无人抚养的，钱打到孩子自己的卡，监护人代管，我们每半年查一次账，看钱是不是花在孩子身上。有个叔叔拿侄子的钱去买彩票，我们跟村委会一起找他谈，后来换了监护人。低保按户发，每年复核，收入超了就退出。有的家长怕退出，不敢去打工，我们就帮他们算账，打工挣的比低保多。
访谈者：这些孩子以后怎么办？
受访者：满十八岁补贴就停了，我们最操心的是这个坎。读得上书的，帮着申请助学金；读不上的，帮着找技校、找工作。去年有个孤儿考上了{{trap/org:福建师范大学}}，开学那天站里的人一起送他去车站。他说以后回龙田当老师。
访谈者：做这个最难的是什么？
受访者：难在大人不配合。{{han:卓雪芬}}出来以后不让我们进门，说孩子是她的，不要人管；{{han:都振华}}在里面写信来，怪我们把他家的事说出去。还有就是孩子不开口。{{han:翁家豪}}头三个月一句话都不跟我说，后来我每回带一本绘本去，他才肯坐到我旁边。{{han:向子墨}}也是，他爸妈出事那天他就坐在后排，活下来了，现在上学宁可走四十分钟也不坐车。这半年他愿意坐我的电动车了，抱着我的腰，一句话不说。
访谈者：联系方式呢？
受访者：{{han:和玉仙}}的电话{{mobile@p86h}}，{{han:郭淑娇}}的{{mobile@s74}}。我的工作微信{{wechat:shimj-longtian}}。{{han:向子墨}}有QQ，说不开心就在上面留言，号码他写在我工作证背面：{{qq:70531846}}。有急事也可以打{{trap/hotline:12349}}。
访谈者：最后还有什么要补充的吗？
受访者：这些孩子能走到今天，多亏了老人。我最佩服的，是{{han:依香}}。
""")

# H1086: Han children's officer (儿童主任) of a village in 水头镇 (南安) going through her WeChat chats with parents
# who work away.
DOCS["H1086"] = ("staff", """\
访谈者：{{han:蔡主任}}，听说您跟家长都是微信联系？
受访者：对，我是{{trap/place:水头镇}}下面一个村的儿童主任，叫{{han:蔡雅玲}}。村里大人多半在{{trap/place:石狮}}、{{trap/place:晋江}}打工，孩子留给老人。我手机里有个家长群，三十几个人，我翻给你看。
访谈者：好。
受访者：这个头像是茶壶的，是{{han:还志明}}，在{{trap/place:贵阳}}卖石材。他儿子{{han:还嘉宇}}九岁，在{{school:南安市水头镇朴里小学三年级（4）班}}，跟奶奶过，奶奶去年中风。我前天发的消息，{{han:还志明}}还没回。他微信是{{wechat:hzm_guiyang_stone}}，电话{{mobile@spaced}}。
访谈者：下一个呢？
受访者：这个叫{{han:也春梅}}，在泉州鞋厂，离了婚，女儿{{han:吕晨曦}}跟外婆。{{han:也春梅}}也想把孩子接过去，可是厂里宿舍不让住。她的微信{{wechat:yechunmei0415}}。{{han:吕晨曦}}自己有个QQ，上次她在QQ上跟我说外婆打她，号码她当面报给我的：{{qq:3857206194}}。
访谈者：外婆打她？
受访者：后来查清楚了，是外婆老糊涂了。我找了{{trap/org:派出所}}的{{han:尤警官}}和妇联的{{han:阿柳}}一起上门，给外婆申请了护理，孩子周末到我家住。
访谈者：群里还有谁？
受访者：{{han:有文辉}}有空就往群里发红包，人不坏，就是不管孩子。他两个孩子，大的{{han:有佳怡}}十二，小的{{han:有俊杰}}七岁，妈妈跑了，算事实无人抚养，补贴刚批下来。{{han:有文辉}}的电话{{mobile@plus86spaced}}。还有{{han:要凤英}}要我帮她问低保，她丈夫在工地上摔死了，儿子{{han:洪子轩}}在{{school:水头中学初二（3）班}}。{{han:要凤英}}的微信叫{{wechat:wxid_k7m2p9x4ra}}。
访谈者：孩子们自己呢？
受访者：大一点的都加了我。{{han:洪子轩}}的QQ是{{qq:52903716}}，他不爱说话，就给我发表情。我们这边叫孩子都叫小名，{{han:阿炳}}、{{han:阿燕仔}}、{{han:蔡仔}}，叫大名他们反倒不理。
访谈者：镇里谁在管？
受访者：镇民政办的{{han:柯建国}}，每月收我们的台账。镇社工站派了{{compound:轩辕晓峰}}来跟个案，律师{{compound:仲孙若曦}}帮{{han:要凤英}}打工伤官司。学校的心理老师叫{{compound:即墨书瑶}}。
访谈者：家长们一般什么时候找您？
受访者：半夜。白天他们在车间、在工地，手机不让带。晚上十一二点，消息一条接一条，有的是语音，一说就是五十九秒。有个爸爸在{{trap/place:新疆}}跑石材，每天晚上问一遍儿子吃了没有、作业写了没有，我就拍一张孩子写作业的照片发过去。他说看着照片才睡得着。
访谈者：有没有家长不理您的？
受访者：有。有的换了号，有的把我拉黑了。拉黑了我就去找他家老人要新号码，再不行就找他在外面的老乡，南安人在外面都是一帮一帮的，总能找到。去年有个妈妈三年没回来，我托老乡带了一封孩子写的信过去，她过年就回来了，现在在镇上的{{trap/org:石材城}}上班。
访谈者：孩子们平时有什么活动？
受访者：暑假我们在村里的{{trap/org:儿童之家}}办夏令营，请大学生来上课。{{han:还嘉宇}}学会了下象棋，{{han:吕晨曦}}跳绳一分钟一百八。我们还带孩子们去看了{{trap/famous:郑成功}}的纪念馆。
访谈者：您自己有孩子吗？
受访者：有，一个上初中，一个上小学。我老公在{{trap/place:广州}}做石材，一年回来两趟，我自己也是留守的老婆，所以家长说什么我都懂。有时候晚上回完消息，我去孩子房间看一眼，两个都睡了。我就想，那些在外面的爸妈，这个时候也想看一眼自己的孩子，看不到。
访谈者：这份工作有补贴吗？
受访者：有一点，一个月几百块，跟村里的其他活一起算。钱不多，可孩子们见了我都叫阿姨，大人在外面打电话来说一声谢谢，就值了。
访谈者：群里的家长之间会互相帮忙吗？
受访者：会。有人家里老人住院，别的家长就在群里凑钱，几十几百地转。谁家孩子过生日，大家一起发红包。谁家老人不会用手机，邻居家的孩子就帮着拍视频。这个群开始是我拉来通知事情的，现在倒像一个大家庭，谁家有事，半夜都有人回。
访谈者：名单上的名字都对吗？
受访者：群名片都是自己改的，乱得很。{{han:还志明}}叫{{spaced:还 志 明}}，{{han:也春梅}}写成{{spaced:也　春　梅}}，社工群里把律师打成{{spaced:仲 孙 若 曦}}。
访谈者：您的联系方式呢？
受访者：我的电话{{mobile@fws}}，微信就是{{wechat:caiyl_shuitou}}。{{han:柯建国}}的电话{{mobile@p86n}}。我们村委会在{{address:南安市水头镇朴里村中山街12号}}，平时我都在二楼。
访谈者：当儿童主任，您觉得最要紧的是什么？
受访者：是回消息。家长在外面，晚上十一点才下班，发一句“孩子今天怎么样”，我得回。哪天我不回了，他们就真的没人问了。
""")

# H1087: Han grandmother in 江阴镇 (福清) raising the two children of her son, who is in prison; their mother went
# to Japan.
DOCS["H1087"] = ("family", """\
访谈者：阿嬷，您带着几个孙？
受访者：两个。我叫{{han:林玉兰}}，六十九了，住在{{trap/place:江阴镇}}。村里同辈的都叫我{{han:依兰}}。老头子前年走了。儿子{{han:林建斌}}跟人跑船走私冻品，判了六年，在监狱里。儿媳{{han:陈美玉}}去{{trap/place:日本}}打工，头一年还寄钱，后来电话也打不通了。
访谈者：孙子孙女多大？
受访者：大的孙女{{han:林欣悦}}十三，我叫她{{han:依悦}}，在{{school:福清市江阴中学初一（2）班}}。小的孙子{{han:林子豪}}八岁，{{han:依豪}}皮得很，天天往海边跑，我追都追不上。
访谈者：您一个人带两个，辛苦吗？
受访者：辛苦也要带。早上五点起来煮稀饭，送他们上学，再去滩涂挖{{trap/word:海蛎}}。{{han:依悦}}懂事，放学会帮我剥蛎、晒衣服。
访谈者：有谁帮您？
受访者：村里的儿童主任{{han:严秀春}}，三天两头上来看。她帮两个孙报了服刑人员子女补助，一个月{{trap/number:一千一百四十元}}，我自己有低保。村支书{{han:林谦让}}让人把我家漏雨的屋顶补了。镇民政的{{han:池永福}}来核过两回，他说孙女的户口要迁。学校的班主任{{han:把秀英}}老师人好，我把{{han:把老师}}的电话抄在门后，有事就打。镇社工站的{{compound:羊舌晓燕}}每个月来一次，同她一起来的{{compound:微生若兰}}教孙子写字。
访谈者：孩子们想爸妈吗？
受访者：想啊。{{han:依悦}}每个月给她妈发微信，发十条回一条。{{han:依豪}}嘴上不说，上个月偷偷拿我的钱坐车去福州，说要去看他爸，在车站被{{han:严秀春}}和派出所的人截住了。那天我吓得腿都软了。
访谈者：孙子为什么老往外跑？
受访者：他爸以前是讨海的，带他坐过船。他说要去海边等爸爸的船回来。我跟他说，你爸不在船上，在里面。他不信，说阿嬷骗人。有一回涨潮，他在礁石上差点被水冲走，是渔民把他拉上来的。从那以后，我天天放学去校门口等，牵着他的手回家。八岁了还要牵着，别的孩子笑他，他也不撒手。
访谈者：您平时吃些什么？
受访者：稀饭、咸菜、海蛎煎。肉一个礼拜吃两回，给孙子多夹几块。孙女说她不爱吃肉，其实是留给弟弟。过节的时候{{han:严秀春}}送一袋米、一桶油来，说是镇上发的，我知道有一半是她自己掏的钱。
访谈者：孙女读书怎么样？
受访者：好，回回考前几名，奖状贴了半面墙。她说以后要当律师，帮她爸这样的人。我说你爸是犯了法的。她说那就帮别的人。晚上她写作业写到十一点，我就坐在旁边补网，陪着。孙子就不行了，作业写三行就跑，老师天天在群里点他的名。
访谈者：儿媳还联系吗？
受访者：前年过年打过一次电话，说在{{trap/place:东京}}的餐馆洗碗，签证过期了，不敢回来，回来就出不去了。她让我别告诉孩子她哭了。孙女接过电话，叫了一声妈，那边就没声音了。我们江阴这边出去的人多，像她这样的不止一个。
访谈者：隔壁邻居呢？
受访者：隔壁的{{han:依福}}有辆三轮，孙子发烧是他{{trap/word:连夜}}送去卫生院的。卫生院的{{han:薛医生}}说{{han:依豪}}有鼻炎，药要长期吃。对面的{{han:阿桂}}嫂天天送菜过来。
访谈者：过年过节怎么过？
受访者：我最盼过年，两个孙都在身边。年三十我做{{trap/word:光饼}}，包{{trap/word:海蛎饼}}，给孙们讲{{trap/famous:戚继光}}打倭寇的故事，福清的光饼就是那时候来的。
访谈者：去监狱看过儿子吗？
受访者：去过一次，{{han:严秀春}}陪我去的，坐了三个钟头的车。{{han:林建斌}}瘦了好多，隔着玻璃叫我阿嬷，我眼泪止不住。他说出来以后要好好做人，要回来养孩子。法律援助的律师{{compound:夏侯若琳}}帮我们问过减刑的事。
访谈者：您身体怎么样？
受访者：腰不好，血压高，每个月去卫生院拿药。挖海蛎要蹲一上午，站起来眼前发黑。我最怕哪天倒下了，两个孙没人管。我跟{{han:依悦}}说过，阿嬷要是有什么事，你就去找{{han:严秀春}}。她记住了，还用笔写在墙上。
访谈者：登记表要写些什么？
受访者：家在{{address:福清市江阴镇浔东村六组22号}}。我的身份证{{id_number@wy1956.350181}}，{{han:林子豪}}的{{id_number@my2017quad.350181}}。我不识字，电话是孙女帮我写的：{{mobile@s38}}，{{han:严秀春}}的{{mobile@hyphen}}。孙女有QQ，号码她用粉笔写在灶台边上：{{qq:1840693527}}。{{han:严秀春}}的微信是{{wechat:yanxiuchun_jy}}。
访谈者：名字写得对吗？
受访者：有错的。学校把孙女写成{{spaced:林 欣 悦}}，低保表上我是{{spaced:林　玉　兰}}，社工的签名是{{spaced:羊 舌 晓 燕}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼儿子早点出来。我老了，不知道还带得了几年，往后这个家，还得靠{{han:依悦}}。
""")

# H1088: Han township doctor in 官桥 (南安) going through the children in distress she is the contracted doctor of.
DOCS["H1088"] = ("doctor", """\
访谈者：{{han:傅医生}}，您在卫生院管哪些孩子？
受访者：我叫{{han:傅丽清}}，在{{trap/place:官桥镇}}卫生院做全科，也是镇里困境儿童的签约医生。我手上有十九个孩子，病重的五个，我一个一个说。
访谈者：好。
受访者：第一个，{{han:能俊熙}}，男，七岁，脑瘫，坐不住，说话含糊。妈妈{{han:能美凤}}{{trap/word:能干}}，一个人带他跑康复，爸爸在{{trap/place:缅甸}}做玉石生意，联系不上。孩子有残疾人两项补贴，每月{{trap/number:二百八十元}}。康复师{{compound:公冶书恒}}每周三上门，教{{han:能美凤}}怎么给他拉筋。
访谈者：第二个？
受访者：第二个女孩{{han:詹诗涵}}，十岁，癫痫，一个月犯两回。爸爸{{han:詹国梁}}酒驾撞了人，判了三年；妈妈{{han:佘丽珊}}在{{trap/place:石狮}}的服装厂，一个月回来一次。孩子跟奶奶{{han:詹阿嬷}}，奶奶不识字，药盒上我画了太阳月亮。她在{{school:南安市官桥镇竹园小学四年级（3）班}}，班主任{{han:庄雅婷}}老师知道怎么急救。
访谈者：第三个？
受访者：第三个是孤儿，{{han:连子轩}}，十二岁，先天性心脏病，去年在{{trap/org:厦门大学附属心血管病医院}}做了手术，钱是医保加大病救助。跟伯伯{{han:连志成}}过，孤儿基本生活费每月{{trap/number:一千七百元}}。{{han:连子轩}}就读{{school:官桥中学初一（4）班}}，他体育课不能跑，老师就让他记分。
访谈者：第四个？
受访者：第四个{{han:柯晓雯}}，六岁，自闭症，妈妈{{han:苏碧云}}带着她，爸爸跑了，算事实无人抚养。{{han:苏碧云}}就靠低保，晚上去鞋厂剪线头。县里派的特教老师{{compound:南宫若彤}}每周来两回。
访谈者：第五个？
受访者：第五个男孩{{han:许成就}}，十一岁，白血病在化疗，就住在{{address:南安市官桥镇竹园村三组17号}}。爸爸{{han:许志勇}}工伤瘫了，妈妈{{han:黄淑芬}}照顾两个病人。{{han:许成就}}就盼着回学校。{{trap/org:红十字会}}和镇里的{{han:粘主任}}帮他们募了八万多。
访谈者：谁跟您一起做？
受访者：护士长{{han:尤丽珍}}管随访登记，院长{{han:李文渊}}批的上门经费。镇社工站的{{compound:东郭晨阳}}和{{compound:司马婧怡}}管补贴申请。
访谈者：签约医生具体做些什么？
受访者：每个月上门一次，量身高体重，看吃药的情况，跟家长讲要注意的事，重的孩子两个礼拜去一次。我们镇山多，有的村开车要四十分钟，下雨路滑，我骑电动车摔过两回。最难的不是跑路，是说服家长。有的奶奶觉得孩子抽风是中了邪，要去庙里求符，不肯按时吃药。我就一趟一趟去说，把药量写给{{han:詹阿嬷}}看，画在日历上，吃一次画一个圈。
访谈者：孩子们怕您吗？
受访者：开始怕，看见白大褂就哭。后来我不穿白大褂了，口袋里装几颗糖。现在他们远远看见我的电动车就喊，阿姨来了。{{han:连子轩}}最乖，每次都把心率本准备好，一天记三次，字写得比大人还工整。
访谈者：这些家长最难的是什么？
受访者：是钱，也不全是钱。大病有医保、有救助，报下来还要自己出一部分，一个家就掏空了。更难的是人。孩子病了，大人就得有一个不能上班。{{han:能美凤}}原来在鞋厂当组长，孩子确诊以后辞了职，一天跑两家康复机构。她说她要是倒了，孩子就完了。我能做的，就是把补贴、救助的路都给她找齐，让她少跑几趟。
访谈者：您自己有撑不住的时候吗？
受访者：有。去年一个孩子没了，白血病，九岁，我给他看了三年，他叫我阿姨。那天我在卫生院的楼梯上坐了一个钟头，后来站起来，接着去下一家。我们这行，哭完了还得干。
访谈者：镇里还有哪些部门在管这些孩子？
受访者：民政办管补贴，残联管残疾证和康复，学校管上学，妇联管家里的事，我们卫生院管看病。每个季度开一次联席会，各家把手上的孩子对一遍，谁漏了，谁的补贴断了，当场找人去办。以前各管各的，现在好多了，一个孩子至少有三个人盯着。
访谈者：记录上的名字写对了吗？
受访者：老系统里是空格隔开的，{{spaced:能 俊 熙}}、{{spaced:詹　诗　涵}}、{{spaced:连子 轩}}，还有特教老师{{spaced:南 宫 若 彤}}。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plain}}，卫生院值班的微信{{wechat:gq_wsy_zhiban}}。{{han:能美凤}}的电话{{mobile@plus86}}。{{han:能俊熙}}的身份证{{id_number@my2018hyphen.350583}}，{{han:许成就}}的{{id_number@my2014plain.350583}}。{{han:连子轩}}有QQ，他用这个跟我报心率，号码他念给我：{{qq:938174602}}。
访谈者：做这份工作您最怕什么？
受访者：怕夜里电话响。上个月{{han:詹诗涵}}犯病，我赶到的时候她已经醒了，奶奶在旁边{{trap/word:念佛}}。我站在门口，手还在抖。可第二天她照样去上学，说{{han:傅医生}}别怕。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1081,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout136",))


if __name__ == "__main__":
    main()
