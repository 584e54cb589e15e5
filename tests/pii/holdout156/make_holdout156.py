# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 156 (tests/pii/holdout156/H1233-H1240 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 157, written at the same time, is not
an earlier set).

Set 156 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
新泰 and 肥城 (Shandong): a Mongolian father from 阿鲁科尔沁旗 who drives a coal truck in 新泰 (翟镇), his wife gone
back to her parents and the two children with him; a Kham Tibetan mother from 炉霍 who works in a 肥城 peach cannery
(石横镇), raising a son with epilepsy after her Han husband died; a Kazakh grandmother from 特克斯 raising her dead
son's two daughters in 青云街道, their Han mother remarried and out of reach; a Yi father from 布拖 who ties steel on a
汶阳镇 building site, with his son and his imprisoned brother's son; a Han community worker in 新城街道 reading out
her register; a Han 儿童主任 in 楼德镇 who keeps up with her children and their parents on QQ and WeChat; a Han aunt
in 仪阳街道 raising her imprisoned sister's boy; and a Han village doctor in 石横镇. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (那木斯莱,
浩斯宝音, 斯日古楞娜) and with a short form (巴雅斯古楞图 then 古楞图, 苏伊勒图 then 伊勒图), a Han surname before a
Mongolian given name (包宝力德 on the class list) and the Han names and nickname of the same family (包庆林, 包晓辰,
包大个); Kham Tibetan names of 炉霍 (卓瓦拉姆, 泽仁郎加, 翁加拉姆, 降措洛绒, 呷玛泽仁) with short forms (卓瓦, 郎加也),
a Han surname before a Tibetan given name (尹郎加) and the Han names of the same people (尹嘉木, and the mother called
尹嫂 after her husband); Kazakh given name + father's name with and without the dot (哈丽木·托列根,
坚斯别克·阿斯哈尔, 阿克玛拉尔·坚斯别克, 热依沙·坚斯别克, 热依沙坚斯别克, 帕提玛·吾拉孜汗, 阿斯力别克·波拉提,
波拉提·叶尔肯), single and short forms (哈丽木大娘, 卡丽玛, 阿克玛拉尔, 玛拉尔, 热依沙她, 阿斯力别克他) and the mother's
Han surname before a Kazakh given name (燕玛拉尔); Yi clan names before the given name (吉史克哈, 吉史尔铁, 吉史拉嫫,
吉史子铁, 吉史洛哈, 阿硕务嫫, 勒格石嫫, 瓦扎尔嫫, 沙马伍达, 俄木曲者, 阿尔约嫫, and the clan 马海 that starts with a Han
surname: 马海尔坡, 马海约嫫) with the given name alone as the short form (克哈, 尔铁, 拉嫫, 务嫫, 洛哈他, 约嫫她), a Han
surname before a Yi given name (吉尔铁) and the Han names of Yi people (吉国华, 吉永康, 马小雨, 吉老哥); Han names with
common and rare surnames of the region (张, 王, 李, 刘, 孙, 赵, 禚, 訾, 甄, 厉, 郗, 巩, 扈, 阴, 鹿, 郇, 颜, 仇, 靳, 荆, 宿,
展, 羊, 冉, 谯, 薄, 蔺, 衡, 时, 公); surnames that are also ordinary words, and given names that end with one, next to
grammar words (和庆友和我, 能秀芹能说会道, 向玉珊向街道, 才淑敏才退休, 要海军要我们, 都文静都十三了, 有长顺有高血压,
还立秋还在, 把春雷把闺女, 宋谦让让孩子, 宋知也也不计较, 郑成就就在床上, 韩庆山被判, 公丕亮被法院) beside ordinary
words that start with a surname character of the voices (包子, 要是, 能耐, 宁可, 还是, 公交, 时候, 陶瓷, 黄桃);
names that contain words (甄海河, 郑成就, 宋谦让, 有宝林, 把云朵, 衡建国, 公浩然); titles and kin words after names
(厉春晓老师, 扈秀丽主任, 阴海涛大夫, 颜佩佩老师, 甘立伟大夫, 蔺雪梅老师; the span is the name only), a surname with only
a title or kin word, annotated whole (禚老板, 厉老师, 尹嫂, 扈主任, 时大夫, 宁主任, 仇大姐, 荆大姐, 羊主任, 羊姨, 谯警官,
衡书记, 吉老哥), nicknames (包大个, 石蛋); names directly before particles, pronouns and verbs (布仁其其格她, 甄海河他,
巩立新他, 郇振东说, 宁晓燕说, 还晓磊他, 斯日古楞娜她, 石蛋他, 陶秀梅她, 牛长贵他) and after 叫/是/给/跟/找/让/和, and
names closing the last sentence (回去找布仁其其格。, 多亏了郗玉娟。, 是务嫫。, 找羊丽霞。, 交给陶秀梅。); names spaced out
character by character in half- and full-width spaces, a dotted name with spaces around the dot
(阿克玛拉尔 · 坚斯别克) and names split in two; compound surnames after ordinary words (公冶, 夏侯, 梁丘, 钟离, 上官,
淳于, 闾丘, 皇甫, 东郭, 南宫, 澹台, 万俟, 太史, 宗政, 呼延, 百里, 西门, 独孤, 公孙, 左丘, 欧阳, 诸葛 beside the famous
左丘明); and numbers read out and written the many ways people do (beside a QQ group number that is not anyone's).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:禚立昌}}``, ``{{qq:2094716358}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986tri.513429}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 主任, 大夫, 大娘) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 就, 她, 他, 让, 被) are outside the span; a surname with only a title
or kin word (禚老板, 尹嫂, 仇大姐, 羊姨, 衡书记, 吉老哥) and a nickname (包大个, 石蛋) are annotated whole. Han-style names
of Mongolian, Tibetan and Yi people (包庆林, 尹嘉木, 吉国华, 马小雨) are category han; a Han surname before a non-Han
given name (包宝力德, 尹郎加, 燕玛拉尔, 吉尔铁) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout156/make_holdout156.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(156_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176",
                   "178", "181", "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1233: Mongolian father from 阿鲁科尔沁旗 who drives a coal truck in 新泰 (翟镇); his wife has gone back to her
# parents, the two children are with him.
DOCS["H1233"] = ("family", """\
访谈者：大哥，这辆车是您自己的？
受访者：车是车队的，我给人开，拉煤，从{{trap/org:华丰煤矿}}往电厂送，一天跑两趟。我叫{{minority/mongolian:巴雅斯古楞图}}，老家内蒙古{{trap/place:阿鲁科尔沁旗}}。驾驶证上的汉名是{{han:包庆林}}，车队里都喊我{{han:包大个}}，老家人喊我{{minority/mongolian:古楞图}}。
访谈者：怎么跑到{{trap/place:新泰}}来了？
受访者：那年旗里大旱，草没长起来，羊卖了一多半。同嘎查的{{minority/mongolian:那木斯莱}}先来这边开煤车，打电话说缺司机，我就拖家带口来了，租房住在{{trap/place:翟镇}}。
访谈者：孩子妈妈呢？
受访者：回娘家了。她叫{{minority/mongolian:布仁其其格}}，来了吃不惯煎饼，听不懂话，夜里一个人坐着掉眼泪。前年秋天说回去看看她阿爸，就没再回来，电话也不大接。{{minority/mongolian:布仁其其格}}她不是狠心，是心里憋屈。
访谈者：孩子们都跟着您？
受访者：都跟着我。儿子{{minority/mongolian:宝力德巴雅尔}}十二，上学起了个汉名叫{{han:包晓辰}}，在{{school:翟镇第二小学六年级（2）班}}。花名册上写不下，老师写成{{minority/mongolian:包宝力德}}，他也答应。闺女{{minority/mongolian:伊拉嘎}}八岁，在{{school:翟镇第二小学二年级（4）班}}。{{minority/mongolian:伊拉嘎}}想她妈，睡觉得抱着她妈的{{trap/minority_word:蒙古袍}}。
访谈者：您出车的时候孩子谁管？
受访者：我四点出车，路边买俩{{trap/word:包子}}就走，天黑才回。放了学俩孩子先去房东{{han:翟凤芝}}家，她六十多了，管饭、看作业，一个月我给五百，她只收三百。车队的{{han:和庆友}}和我搭班，孩子发烧他就替我跑一趟。老板{{han:禚立昌}}也讲究，过年多给了一个月工钱。{{han:禚老板}}说，煤车上的人都不容易。
访谈者：补助是谁帮着办的？
受访者：村里的儿童主任{{han:訾红燕}}。孩子妈走了以后她上门登记，说俺家够不上事实无人抚养，先报了困境儿童，一个孩子一个月{{trap/number:六百三十元}}，去年又批了低保。镇民政办的{{han:甄海河}}帮着跑材料，户口不在这边，跑了三趟。{{han:甄海河}}他说，慢是慢，能办。老家嘎查的儿童主任{{minority/mongolian:浩斯宝音}}把户口本、出生证明拍了照发过来。
访谈者：学校那边呢？
受访者：儿子的班主任{{han:厉春晓}}老师常打电话，说孩子上课犯困。后来才知道，他夜里等我回来才睡。{{han:厉老师}}让他在学校午托。镇社工站的{{compound:公冶青禾}}每周来一回，给闺女补拼音，跟她一块来的{{compound:夏侯明澈}}教儿子打篮球。
访谈者：孩子们想家吗？
受访者：想。儿子说这边没有草场，光有煤堆。过年回去一趟，额吉做了{{trap/minority_word:奶豆腐}}，俩孩子一人吃了一碗。腊月二十三{{trap/minority_word:祭火}}，闺女跪在灶前头不起来，说要跟火神要她妈。我小时候听老人讲{{trap/famous:江格尔}}，现在跑夜车，就在电话里讲给儿子听。
访谈者：车队里的人对您怎么样？
受访者：都实在。逢年过节叫我去家里吃饭，一桌子菜，我喝不惯他们的白酒，他们喝不惯我带来的{{trap/minority_word:马奶酒}}。调度{{han:张守信}}排班的时候照顾我，尽量不给我排夜里的长途。有一回下大雪，车堵在高速上一宿，我给儿子打电话，他一个人把妹妹哄睡了，还发语音说，阿爸你慢点开。那天我在驾驶室里坐到天亮，一眼没合。
访谈者：孩子们在这边待惯了吗？
受访者：儿子数学好，作文老写草原，老师说写得有意思。闺女胆小，刚来不敢跟人说话。现在会说新泰话了，张嘴就是“俺娘”“恁咋着”，我听了又好笑又心酸，她嘴里的娘在草原上。
访谈者：孩子妈那边还联系吗？
受访者：联系。每个礼拜我让闺女给她打视频，她接了就哭，不接就是心里过不去。她阿爸身体不好，她在家放羊、挤奶，走不开。我不怪她，要怪就怪我没本事，把她领到这么远的地方。
访谈者：您自己身体怎么样？
受访者：腰不行，一坐十来个钟头。去年冬天下{{trap/place:莲花山}}那个大坡，刹车片冒了烟，差点出事。我要有个好歹，俩孩子咋办？
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:阿鲁科尔沁旗巴彦花镇乌兰哈达嘎查二组7号}}，这边住{{address:新泰市翟镇北王庄村西街15号}}。我的身份证{{id_number@my1984spaced.150421}}，闺女的{{id_number@wy2017fw.150421}}。我电话{{mobile@s434}}，{{han:訾红燕}}的电话{{mobile@hyphen}}。我有微信，叫{{wechat:bayas_meiche84}}。儿子有QQ，说跟同桌打游戏用，号码他拿圆珠笔写在我车的遮阳板上：{{qq:2094716358}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。学校名单上是{{spaced:宝 力 德 巴 雅 尔}}，低保表上我成了{{spaced:巴雅斯　古楞图}}，闺女是{{spaced:伊 拉 嘎}}，她妈写成{{spaced:布 仁 其 其 格}}。
访谈者：您最盼啥？
受访者：盼孩子她妈回来。实在不回来，等攒够了钱，我领着俩孩子回去找{{minority/mongolian:布仁其其格}}。
""")

# H1234: Kham Tibetan mother from 炉霍 who works in a 肥城 peach cannery (石横镇), raising a son with epilepsy
# after her Han husband died.
DOCS["H1234"] = ("family", """\
访谈者：阿佳，您在罐头厂干什么活？
受访者：削桃子、去核，一天站十个钟头。{{trap/word:黄桃}}下来那两个月最忙，手泡得发白。我叫{{minority/tibetan:卓瓦拉姆}}，老家四川{{trap/place:炉霍}}，在{{trap/place:甘孜}}州。厂里的人叫我{{han:尹嫂}}，跟我男人的姓；家里人叫我{{minority/tibetan:卓瓦}}。
访谈者：怎么到{{trap/place:肥城}}来的？
受访者：我男人{{han:尹希军}}以前在我们那边修路，就认识了。一二年跟他回来，他在厂里开叉车，我削桃子。前年夏天他在车间倒下了，脑出血，没救过来。
访谈者：孩子多大了？
受访者：一个儿子，十岁，户口上叫{{han:尹嘉木}}，藏名是我阿妈起的，叫{{minority/tibetan:泽仁郎加}}。我喊他{{minority/tibetan:郎加}}，学校名单上写的是{{minority/tibetan:尹郎加}}，在{{school:石横镇第一小学三年级（5）班}}。他有癫痫，四岁发高烧落下的，一个月抽两三回，抽起来嘴唇发紫。{{minority/tibetan:郎加}}也聪明，就是药吃多了反应慢。
访谈者：谁帮着你们？
受访者：村里的儿童主任{{han:郗玉娟}}给孩子报了困境儿童，又领我去{{trap/org:肥城市残联}}评了残疾证，有两项补贴，加起来一个月{{trap/number:四百九十元}}。我的低保是镇民政所的{{han:巩立新}}来核的，{{han:巩立新}}他说，孩子的药不能断。车间的{{han:扈秀丽}}主任把我调到白班，孩子犯病她准我先走。同车间的{{han:能秀芹}}能说会道，我说不明白的话，她替我去说，她比我有{{trap/word:能耐}}。
访谈者：孩子在哪儿看病？
受访者：{{trap/org:泰安市中心医院}}，神经内科的{{han:阴海涛}}大夫说，控制住了，长大能跟别的孩子一样。每回去复查，{{han:扈主任}}都让厂里的车捎我们一段。夜里孩子一抽，我抱着他往村卫生室跑，{{han:时大夫}}半夜也给开门。镇社工站的{{compound:梁丘语桐}}每月来两回，教孩子认字、画画。律师{{compound:钟离慕远}}帮我跟厂里谈了他爸的工亡赔偿，钱存在孩子名下。
访谈者：孩子在学校犯过病吗？
受访者：犯过两回。头一回在课堂上，同学们吓得直叫，老师把他放平，拿书包垫着头，一边给我打电话。后来学校开了个班会，讲癫痫不传染，同学们才敢跟他玩。现在他同桌{{han:王兴业}}一看他眼神发直，就赶紧举手喊老师。
访谈者：厂里的活累吗？
受访者：累。桃子季一天削一千多斤，手指头上全是口子，泡了糖水钻心地疼。旺季过了就没活，一个月只能开一千多块。{{trap/word:肥桃}}是这边的宝贝，城里人一箱一箱地买，我们削的是做罐头的桃，卖不上价。春天满山桃花，我领着孩子去看，他说跟老家的{{trap/minority_word:格桑花}}一样好看。厂里的会计{{compound:上官怀瑾}}帮我把孩子的医药费单子一张张贴好，拿去报销。
访谈者：您想过带孩子回炉霍吗？
受访者：想过不止一回。可孩子的户口、学籍、病历都在这边，回去看病得跑到{{trap/place:康定}}，一趟就是一天。他爸埋在村后头的坡上，清明我领着孩子去烧纸，孩子给他爸磕头，说爸你放心，我替你照顾阿妈。我站在那儿想，就在这儿过吧。
访谈者：老家还有什么人？
受访者：阿妈{{minority/tibetan:翁加拉姆}}七十了，住在{{trap/place:鲜水河}}边上的村子里。弟弟{{minority/tibetan:降措洛绒}}在{{trap/org:寿灵寺}}出家，每年给孩子念经。表哥{{minority/tibetan:呷玛泽仁}}在{{trap/place:济南}}开藏餐馆，过年接我们去住几天，给孩子吃{{trap/minority_word:糌粑}}、喝酥油茶。
访谈者：回过老家吗？
受访者：他爸走了以后回过一趟。坐火车到{{trap/place:成都}}，再坐一天的车上高原。孩子在车上犯了一回病，同车的人帮我按着。到了家，阿妈抱着他哭，让我留下。可孩子的药在泰安开，学也在这边上，我还是回来了。
访谈者：孩子知道自己是藏族吗？
受访者：知道。他爱看手机里的{{trap/famous:丁真}}，说长大了也回炉霍骑马。我教他跳{{trap/minority_word:锅庄}}，他转两圈就晕，我就不敢让他跳了。婆婆{{han:鹿桂荣}}住村东头，腿脚不好，帮不上大忙，可天天来看孙子，给他蒸桃花馒头。
访谈者：登记信息请您说一下。
受访者：老家在{{address:炉霍县斯木镇泽达村二组9号}}，这边住{{address:肥城市石横镇西程庄村北街21号}}。我的身份证{{id_number@wy1989hyphen.513327}}，儿子的{{id_number@my2015quad.370983}}。我电话{{mobile@plus86}}，{{han:郗玉娟}}的{{mobile@s38}}。我的微信{{wechat:zhuowa_luhuo89}}。儿子有个QQ，电话手表上加的，号码老师写在家校联系本上了：{{qq:3817204965}}。
访谈者：表上的名字写得对吗？
受访者：错的多。残疾证上写成{{spaced:泽 仁 郎 加}}，低保表上我是{{spaced:卓瓦　拉姆}}，阿妈那边写成{{spaced:翁　加　拉　姆}}，他爸的死亡证明上是{{spaced:尹 希 军}}。
访谈者：您最盼什么？
受访者：盼孩子的病别再犯，平平安安长大。这几年多亏了{{han:郗玉娟}}。
""")

# H1235: Kazakh grandmother from 特克斯 raising her dead son's two daughters in 青云街道 (新泰); their Han mother
# remarried and cannot be reached.
DOCS["H1235"] = ("family", """\
访谈者：大娘，您是从新疆来的？
受访者：{{trap/place:伊犁}}{{trap/place:特克斯}}，就是那个{{trap/place:八卦城}}。我叫{{minority/kazakh:哈丽木·托列根}}，这边街坊叫我{{minority/kazakh:哈丽木}}大娘，俩孙女叫我{{trap/minority_word:阿帕}}。
访谈者：怎么到{{trap/place:新泰}}来了？
受访者：我儿子{{minority/kazakh:坚斯别克·阿斯哈尔}}在{{trap/place:喀拉峻}}草原给游客牵马，认识了来旅游的{{han:燕丽萍}}，跟着她到了新泰，在煤矿上干活。一九年井下冒顶，人没了。媳妇过了两年改嫁到{{trap/place:莱芜}}，电话也换了，俩孙女没人管。我就从特克斯过来，在{{trap/place:青云街道}}租了两间房。
访谈者：孙女多大了？
受访者：大的{{minority/kazakh:阿克玛拉尔·坚斯别克}}十三，户口随她妈，本子上写的是{{minority/kazakh:燕玛拉尔}}，在{{school:新泰市第三中学七年级（6）班}}，同学叫她{{minority/kazakh:玛拉尔}}。小的{{minority/kazakh:热依沙·坚斯别克}}九岁，学校的表上没有点，写成{{minority/kazakh:热依沙坚斯别克}}，在{{school:青云街道中心小学三年级（1）班}}。{{minority/kazakh:热依沙}}她夜里还喊爸爸。
访谈者：谁在帮您？
受访者：社区的儿童主任{{han:宁晓燕}}。她说俩孩子爸爸没了，妈妈联系不上，算事实无人抚养，一个孩子一个月{{trap/number:一千一百七十元}}，钱打到我卡上。网格员{{han:向玉珊}}向街道打了报告，给我办了居住证。街道民政的{{han:郇振东}}来了三趟，{{han:郇振东}}说我岁数大了，也能报低保。楼下的{{han:才淑敏}}才退休，天天帮我接小的。
访谈者：学校那边呢？
受访者：大孙女的班主任{{han:颜佩佩}}老师最操心，知道孩子不吃猪肉，让食堂给她单打一份。街道社工站的{{compound:淳于澄心}}每周六来，给大的补数学；志愿者{{compound:闾丘语岚}}领着小的去图书馆。{{minority/kazakh:玛拉尔}}也争气，期中考了班里第五。
访谈者：您在这边习惯吗？
受访者：不习惯。说话大家听不懂，我就比划。这边冬天潮，我的腿疼得厉害。{{han:才淑敏}}她领我去社区诊所扎针，{{han:宁主任}}给我买了护膝。我在家给孩子打{{trap/minority_word:馕}}，烧{{trap/minority_word:奶茶}}，楼上楼下都来尝。
访谈者：老家还有亲人吗？
受访者：有个女儿{{minority/kazakh:卡丽玛}}在特克斯教书，每月寄钱。老姐妹{{minority/kazakh:帕提玛·吾拉孜汗}}给我寄{{trap/minority_word:奶疙瘩}}。古尔邦节那天，我跳{{trap/minority_word:黑走马}}给孙女看，小的说，奶奶，等我长大了，咱回草原骑马。我跟她说，你爸就是在那里碰见你妈的。
访谈者：俩孙女跟您说哈萨克语吗？
受访者：大的会说一些，小的光会听。她们在这边上学，满嘴山东话，回家跟我说话，一半汉话一半比划。我教她们唱哈萨克歌，大的学会了，小的嫌难。想爸爸的时候就翻手机里的照片，照片上他骑着马，穿着{{trap/minority_word:袷袢}}，笑得露出一口白牙。
访谈者：您身体怎么样？
受访者：高血压，腿也不好。去年冬天在楼道里滑倒了，是大孙女把我扶起来，打电话叫的社区。我怕哪天我倒下了，俩孩子又没人管，我{{trap/word:宁可}}自己少吃一口，也得给她们多攒点。{{han:宁晓燕}}说，真有那一天，街道会想办法，叫我别老往坏处想。社区卫生服务站的{{compound:皇甫雁回}}每月上门给我量一回血压，药也是她给开的。
访谈者：孩子妈妈来看过吗？
受访者：来过一回，前年过年，在楼下站了半个钟头，给孩子买了两身新衣裳就走了。大的没下楼，小的跑下去抱着她不撒手。我不恨她，她改嫁到那边又生了一个，也难。可孩子是她身上掉下来的肉，她不该一句话都不留。大的嘴上说不想她，可她妈送的那身衣裳，一回也没舍得穿，叠得板板正正放在柜子里。
访谈者：邻居们对你们好吗？
受访者：好。刚来的时候，有人以为我是外国人，围着看。现在都熟了，谁家包了饺子给我们端一碗，我炸了{{trap/minority_word:包尔萨克}}也挨家送。小区门口修鞋的老头天天跟我打招呼，说大姐，你这汉话比去年强多了。我心里热乎，可一想起儿子，又凉了。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:特克斯县喀拉达拉镇琼库什台村二组5号}}，这边租在{{address:新泰市青云街道平阳小区6号楼2单元301室}}。我的身份证{{id_number@woldfwhyphen.654027}}，大孙女的{{id_number@wy2012.370982}}。我电话{{mobile@h38}}，{{han:宁晓燕}}的电话{{mobile@plus86spaced}}。大孙女的微信叫{{wechat:akmaral_xt0612}}。小的有个QQ，号码她拿彩笔写在我的药盒上：{{qq:57308126}}。
访谈者：名字在表上写得对吗？
受访者：乱七八糟。学校把小的写成{{spaced:热 依 沙}}，大的是{{spaced:阿克玛拉尔 · 坚斯别克}}，我的名字成了{{spaced:哈丽木　托列根}}，她爸的死亡证明上是{{spaced:坚 斯 别 克}}。
访谈者：您最盼什么？
受访者：盼我多活几年，把俩孙女送出去。{{minority/kazakh:阿克玛拉尔}}说她要考到{{trap/place:乌鲁木齐}}去，我等着。
""")

# H1236: Yi father from 布拖 who ties steel on a building site in 汶阳镇 (肥城); his wife died, his son and his
# brother's son (the brother in prison, the mother remarried) are with him, his daughter with his mother.
DOCS["H1236"] = ("family", """\
访谈者：大哥，您在这个工地干了多久？
受访者：两年多了，绑钢筋。我叫{{minority/yi:吉史克哈}}，老家四川{{trap/place:凉山}}{{trap/place:布拖}}。工牌上的汉名是{{han:吉国华}}，工友们叫我{{han:吉老哥}}，老乡叫我{{minority/yi:克哈}}。
访谈者：怎么到{{trap/place:汶阳镇}}来的？
受访者：跟着包工头{{minority/yi:沙马伍达}}出来的，他带了三十多个彝族兄弟，先在{{trap/place:泰安}}，后来到这个楼盘。老板是本地人，叫{{han:要海军}}，{{han:要海军}}要我们戴好安全帽，说{{trap/word:要是}}出了事谁也担不起；工钱按月发，不拖。
访谈者：家里是什么情况？
受访者：老婆{{minority/yi:阿硕务嫫}}前年得肺结核走了。{{minority/yi:务嫫}}走的时候，小的才五岁。儿子{{minority/yi:吉史尔铁}}十一，跟我在这边，读{{school:汶阳镇中心小学四年级（3）班}}。学校给他起了个汉名{{han:吉永康}}，可老师点名老叫他{{minority/yi:吉尔铁}}，家里叫他{{minority/yi:尔铁}}。女儿{{minority/yi:吉史拉嫫}}七岁，在布拖跟她奶奶{{minority/yi:勒格石嫫}}，读{{school:布拖县拖觉镇中心校一年级（2）班}}。
访谈者：孩子们想妈妈吗？
受访者：想。女儿在电话里老问，阿妈去哪儿了。我说去很远的山上放羊了。儿子大，知道他妈没了，不哭，就是不爱说话。晚上他把他妈的照片拿出来看一会儿，再压到枕头底下。他妈走的时候，我在工地上，没赶回去见最后一面，这是我这辈子的亏欠。
访谈者：还有别的孩子吗？
受访者：还有我弟弟的儿子。弟弟{{minority/yi:吉史子铁}}犯了事，判了七年；弟媳{{minority/yi:瓦扎尔嫫}}改嫁了，不管孩子。侄子{{minority/yi:吉史洛哈}}九岁，我带出来了，跟我儿子一个学校，读{{school:汶阳镇中心小学三年级（1）班}}。{{minority/yi:洛哈}}他刚来不会说汉话，谁跟他说话他都笑。
访谈者：孩子们有补助吗？
受访者：有。镇上的儿童主任{{han:仇桂香}}说，侄子爸爸坐牢、妈妈改嫁，够得上事实无人抚养，一个月{{trap/number:一千二百四十元}}；儿子报了困境儿童。{{han:仇大姐}}为这个往布拖打了十几个电话。镇民政办的{{han:桑德胜}}把材料送到{{trap/org:肥城市民政局}}。{{han:靳晓雯}}老师每天中午给{{minority/yi:洛哈}}补汉话。镇社工站的{{compound:东郭思齐}}周末来板房，领着俩孩子写作业；跟她一起来的{{compound:南宫逸舟}}给他们带旧衣服。
访谈者：孩子们在这边过得惯吗？
受访者：住工地的板房，夏天热，冬天冷。儿子会做饭了，我下工回来他把洋芋煮好了。{{trap/minority_word:火把节}}那天，包工头在板房前头烤{{trap/minority_word:坨坨肉}}，老乡们披着{{trap/minority_word:察尔瓦}}围着火跳舞，本地工友也来看。我给孩子们讲{{trap/famous:支格阿鲁}}射太阳的故事。
访谈者：工地上的活危险吗？
受访者：危险。去年一个老乡从脚手架上掉下来，腿摔断了，老板出的医药费。我跟孩子们说，好好念书，别跟爸一样干这个。冬天钢筋冻手，一摸粘下一层皮；夏天板房里四十度，孩子热得睡不着，就在外头铺张席子。
访谈者：孩子们学习跟得上吗？
受访者：跟不上。{{minority/yi:尔铁}}在老家读到三年级，汉字认得少，来了从头学。侄子更难，一开始连上厕所都不会说。老师让班上的同学一人带一个，带{{minority/yi:洛哈}}的是{{han:李春秀}}，一个小闺女，天天领着他。现在俩孩子回家学着同学说话，一张嘴就是“俺”“恁”，我听了直笑。
访谈者：您想过回去吗？
受访者：想过。可回去没活干，地里的洋芋、苦荞卖不上钱。这边一年能往家寄两万多。等楼盖完了，跟着包工头去下一个工地，他去哪儿我去哪儿，俩孩子也跟着转学，这是最愁人的。孩子刚跟同学混熟，一转学又得从头来，{{minority/yi:洛哈}}上回转学哭了一路。我也想过把他们送回布拖，可老家就一个老人，顾不过来两个半大小子。
访谈者：老家那边呢？
受访者：我阿妈七十多了，一个人带{{minority/yi:拉嫫}}。村里的{{trap/minority_word:毕摩}}说要给孩子做个仪式，我寄了两百块回去。乡上的儿童主任{{minority/yi:俄木曲者}}每个月去看一回，给她报了留守儿童，冬天送了棉衣。
访谈者：登记信息请您说一下。
受访者：老家在{{address:布拖县拖觉镇瓦洛村三组6号}}，这边住{{address:肥城市汶阳镇汶阳路88号工地板房2排7号}}。我的身份证{{id_number@my1986tri.513429}}，侄子的{{id_number@my2015hyphen.513429}}。我电话{{mobile@p86h}}，{{han:仇桂香}}的{{mobile@spaced}}。我的微信{{wechat:jishi_kehe86}}。儿子有个QQ，老师让注册的，号码老师用红笔写在他作业本皮上：{{qq:1460928375}}。
访谈者：名字在表上写得对吗？
受访者：不对。学校写成{{spaced:吉 史 尔 铁}}，侄子是{{spaced:吉史　洛哈}}，老婆的死亡证明上是{{spaced:阿 硕 务 嫫}}。
访谈者：您最想说什么？
受访者：把俩孩子供出来。我最对不住的，是{{minority/yi:务嫫}}。
""")

# H1237: Han community worker in 新城街道 (新泰) reading out her register of children in distress.
DOCS["H1237"] = ("staff", """\
访谈者：您手里这个本子是？
受访者：困境儿童台账，{{trap/place:新城街道}}十一个社区的都在上头。我叫{{han:荆美玲}}，在街道社会事务办管民政，大伙叫我{{han:荆大姐}}。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:都文静}}，女，十三，{{school:新泰市新城实验学校七年级（3）班}}。爸爸{{han:都洪涛}}肝硬化，躺了两年；妈妈跟人走了。{{han:都文静}}都十三了，放学回家得给她爸翻身、熬药。住{{address:新泰市新城街道西关社区后街9号}}，身份证{{id_number@wy2012fwspaced.370982}}。低保，加困境儿童{{trap/number:九百一十元}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:有宝林}}，男，十一。爸妈那年在{{trap/place:京沪高速}}上出的车祸。跟着爷爷{{han:有长顺}}过，{{han:有长顺}}有高血压，去年冬天又摔了一跤。孩子在{{school:新城街道东关小学五年级（1）班}}，孤儿基本生活费每月{{trap/number:一千五百二十元}}。爷爷的身份证{{id_number@moldspaced.370982}}，电话{{mobile@s74}}。
访谈者：第三户？
受访者：第三户，{{han:还晓磊}}，男，九岁。爸爸{{han:还立秋}}还在{{trap/org:泰安监狱}}，判的六年；妈妈{{han:邵春霞}}在超市理货，一个人拉扯。服刑人员子女补助是去年批下来的。{{han:还晓磊}}他不爱说话，社工说{{trap/word:还是}}得慢慢来。住{{address:新泰市新城街道青龙路东首27号}}。
访谈者：第四户？
受访者：第四户是哈萨克族孩子，{{minority/kazakh:阿斯力别克·波拉提}}，男，十岁。爸爸{{minority/kazakh:波拉提·叶尔肯}}在新疆，离了婚不来往；妈妈{{han:宿春燕}}右腿截了肢，有残疾证，领两项补贴。{{minority/kazakh:阿斯力别克}}他在{{school:新城街道东关小学四年级（2）班}}，踢球踢得好。身份证{{id_number@my2015.654021}}。
访谈者：第五户？
受访者：第五户，{{han:把春雷}}家。{{han:把春雷}}把闺女撂给奶奶，自己去{{trap/place:昆山}}打工，三年没往家寄一分钱。闺女叫{{han:把云朵}}，七岁，奶奶{{han:展桂兰}}七十三。住{{address:新泰市新城街道南关社区槐荫巷4号}}。
访谈者：这些补助是怎么定下来的？
受访者：家里先申请，社区入户调查，在社区门口公示七天，没人提意见再报街道。街道审完报市里，批下来钱直接打到孩子或者监护人的卡上。每年还得复核一回，家里情况变了，该停的停，该加的加。上个月复核，我和{{han:孙凤岐}}一块儿跑了三十多户，他开车，我填表。
访谈者：入户的时候都看些什么？
受访者：看孩子吃得怎么样、穿得怎么样，睡哪张床，作业有没有人管。有的家里冰箱是空的，我们就从{{trap/org:慈善超市}}领点米面油送过去。过年{{trap/org:团市委}}搞“微心愿”，孩子们把心愿写在卡片上，谁认领谁给买。{{han:都文静}}写的是一盏台灯，她说家里的灯太暗，看书眼睛疼。
访谈者：这些户谁在跟？
受访者：各社区的儿童主任，西关是{{han:盛丽君}}，东关是{{han:聂红玉}}，南关是{{han:燕子娟}}。街道社工站的{{compound:澹台映雪}}跟第一户和第三户，新来的{{compound:万俟思佳}}跟哈萨克族那家，县里的督导叫{{compound:太史文澜}}，每月下来翻一遍台账。材料最后都报到{{trap/org:新泰市民政局}}。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。{{spaced:都 文 静}}中间空了格，{{spaced:还　晓　磊}}是全角的空格，哈萨克族孩子写成{{spaced:阿斯力别克 波拉提}}，社工也被写成{{spaced:万 俟 思 佳}}。年底我们挨个对一遍。
访谈者：联系方式呢？
受访者：{{han:宿春燕}}的电话{{mobile@fullwidth}}，{{han:盛丽君}}的{{mobile@plain}}。我的工作微信{{wechat:jingml_xcjd}}。{{han:还晓磊}}有个QQ，社工加了他，他不开心就在上头留一句话，号码是{{qq:８４６２０１５７３}}。
访谈者：您觉得这几年变化大吗？
受访者：大。以前困难孩子就是发点钱，现在有儿童主任、有社工、有志愿者，一个孩子好几个人盯着。可钱还是那些钱，物价涨了，一个月几百块顶不了大用。我最怕的是孩子们十八岁一过，补助一停，就没人再管了。
访谈者：这些孩子里，您最放不下谁？
受访者：{{han:有宝林}}。爷爷再摔一回，孩子就真没人了。我跟{{han:聂红玉}}商量过，万一有那一天，先找他姑，姑不接就送{{trap/org:儿童福利院}}。孩子知道了，跟我说，{{han:荆大姐}}，我能自己做饭。我听了心里难受。
访谈者：做这个工作最难的是什么？
受访者：最难的是人手。街道就我一个人管这摊，十一个社区，七十多个孩子。有时候一天跑五个小区，晚上回家还得填系统。孩子们有事也可以打{{trap/hotline:12345}}，可他们多半不打，得我们上门去问。我让{{han:刘晓冬}}在各个小区门口贴了联系卡，孩子们一抬头就能看见我的电话。
""")

# H1238: Han 儿童主任 of a village in 楼德镇 (新泰) who keeps up with her children and their parents on QQ and
# WeChat.
DOCS["H1238"] = ("staff", """\
访谈者：{{han:羊主任}}，您跟孩子们平时怎么联系？
受访者：QQ和微信，两样都得用。我叫{{han:羊丽霞}}，在{{trap/place:楼德镇}}当儿童主任第四年了。大人用微信，孩子们爱用QQ。我建了个QQ群，群号{{trap/number:796215083}}，二十多个孩子都在里头。
访谈者：您跟的孩子有哪些？
受访者：先说{{han:韩明远}}，十二岁，{{school:楼德镇中学初一（4）班}}。爸爸{{han:韩庆山}}被判了五年，在{{trap/org:鲁南监狱}}；妈妈{{han:申玉芹}}去{{trap/place:青岛}}打工了。孩子跟着爷爷。{{han:韩明远}}的QQ是{{qq:1739402856}}，半夜还在线，我就在QQ上撵他睡觉。他妈的微信{{wechat:shenyq_qd1985}}，我隔几天跟她说说孩子的情况。
访谈者：还有呢？
受访者：还有一家彝族的。爸爸{{minority/yi:马海尔坡}}在镇上的工地干活，妈妈{{minority/yi:阿尔约嫫}}去年生病死了。闺女{{minority/yi:马海约嫫}}八岁，跟她妈一个名，学校给起了汉名{{han:马小雨}}。我们都叫她{{minority/yi:约嫫}}，{{minority/yi:约嫫}}她会唱彝族歌，在学校联欢会上唱过。她爸不会打字，微信号也没改过，还是{{wechat:wxid_7k2m9q4x1p}}，发来的全是语音，我听不懂就找工地上的{{han:鲍振林}}翻译。
访谈者：有蒙古族的孩子吗？
受访者：有一个。妈妈{{minority/mongolian:斯日古楞娜}}是{{trap/place:通辽}}人，嫁到我们村，男人{{han:邢海亮}}出了工伤，瘫在床上三年了。闺女汉名{{han:邢雅琪}}，蒙古名{{minority/mongolian:苏伊勒图}}，奶奶叫她{{minority/mongolian:伊勒图}}。她家报了低保，他爸领两项补贴。{{minority/mongolian:斯日古楞娜}}她白天在{{trap/org:楼德煤矿}}食堂做饭，孩子放了学就来我这写作业。
访谈者：您都帮他们做些什么？
受访者：报补助、跑手续、看作业，啥都干。孩子生病了，我微信上找镇卫生院的{{han:甘立伟}}大夫；学习跟不上，找{{han:冉晓梅}}老师。镇社工站的{{compound:宗政念初}}每月来一回，心理老师{{compound:呼延晓婷}}给{{han:韩明远}}做过三回辅导。团县委的志愿者{{compound:百里清歌}}暑假给孩子们上了一个月的课。
访谈者：孩子们在群里都说些啥？
受访者：啥都说。谁考了多少分，谁家的狗下了崽，谁想他妈了。有时候半夜还有人发消息，我第二天一早起来挨个回。有一回一个孩子在群里说不想活了，我吓得连夜骑电动车去他家，原来是跟他爷爷吵了架。从那以后我跟孩子们约好，心里有事先私聊我，别憋着。有的孩子不好意思说话，就给我发个表情，一个哭脸，我就知道该去他家看看了。
访谈者：网上有没有骗孩子的？
受访者：有。去年有人冒充游戏客服，哄孩子拿爷爷奶奶的手机扫码，一个孩子让人骗走一千多。我就在群里一遍一遍地发，陌生人加好友别通过，张嘴要钱的一律不理。我给{{han:赵明礼}}打电话，他是镇派出所管社区的，第二周就来学校讲了一课。
访谈者：联系方式您都记着？
受访者：都在手机里。{{han:申玉芹}}的电话{{mobile@p86n}}，{{han:邢海亮}}的{{mobile@s38}}，我自己的{{mobile@fws}}。我的微信{{wechat:yanglixia_ld}}，家长有事都找我。{{han:邢雅琪}}也有QQ，号码是{{qq:65038127}}，她妈怕她乱加人，让我也加上。{{minority/yi:约嫫}}用她爸的手机登QQ，号码她念了一遍，我写在工作本上：{{qq:2381095647}}。
访谈者：这么多账号，会不会弄混？
受访者：弄混过。有一回把{{han:邢海亮}}的消息回给了{{han:申玉芹}}，人家还以为我发错了群。现在我都备注上名字。群里的规矩是不许发孩子的照片，邻镇{{trap/place:羊流镇}}出过事，有人把孩子照片发到网上去了。
访谈者：名单上的名字写对了吗？
受访者：镇上报的名单把彝族孩子写成{{spaced:马 海 约 嫫}}，蒙古族那个写成{{spaced:苏 伊 勒 图}}，社工写成{{spaced:宗政　念初}}。
访谈者：家长们好打交道吗？
受访者：大多数好。也有不好说话的，嫌我管得宽，说自己的孩子自己管。我不跟大人较劲，跟孩子处好了，大人慢慢也就认了。在外地打工的家长最挂心，有的一天问我三回孩子吃饭了没有，我拍张照片发过去，他们就放心了。也有家长好几个月不回一句话的，我照样发，发到他回为止。
访谈者：您自己家里顾得过来吗？
受访者：顾不过来。我男人在矿上，三班倒，儿子在{{trap/place:新泰一中}}住校。我白天在村委会，晚上回家还得抱着手机回消息，我男人说我比镇长还忙。可孩子们找我，我不能不理，有的孩子一天就跟我一个人说话。
访谈者：您做这个图什么？
受访者：啥也不图。孩子们叫我一声{{han:羊姨}}，我就觉得值。我们这儿出过{{trap/famous:羊祜}}那样的人物，我跟孩子们讲，人穷不能志短。有事打{{trap/hotline:12355}}，也可以在QQ上找我，找{{han:羊丽霞}}。
""")

# H1239: Han aunt in 仪阳街道 (肥城) raising her sister's boy; the sister is in prison, the boy's father cannot be
# found.
DOCS["H1239"] = ("family", """\
访谈者：大姐，这孩子是您外甥？
受访者：是俺妹妹的孩子。我叫{{han:陶秀芸}}，在{{trap/place:仪阳街道}}的菜市场卖了二十年菜。俺妹妹叫{{han:陶秀梅}}，前年让人撺掇着搞集资，判了八年，关在{{trap/org:山东省女子监狱}}。孩子他爸{{han:公丕亮}}早就跟她离了。
访谈者：孩子多大了？
受访者：十岁，大名{{han:公浩然}}，小名{{han:石蛋}}，俺娘给起的，说孩子生下来就结实。在{{school:仪阳街道中心小学四年级（6）班}}。{{han:石蛋}}他嘴甜，见了谁都叫。
访谈者：他爸不管吗？
受访者：不管。{{han:公丕亮}}被法院判了每月给八百块抚养费，一分也没给过。我去{{trap/place:济南}}找过他一回，他媳妇堵着门不让进。后来他换了号，人也搬了，再找不着。社区的儿童主任{{han:尚春华}}说，娘在坐牢，爹联系不上，这就是事实无人抚养，帮着报了，一个月{{trap/number:一千二百六十元}}。
访谈者：家里人怎么看？
受访者：俺对象{{han:宋谦让}}让孩子睡俺闺女那屋，闺女搬过来跟我睡。闺女{{han:宋知也}}也不计较，天天晚上教他写作业。俺娘{{han:卢桂荣}}七十八了，眼睛不好，就坐在门口看着他，怕他往{{trap/place:康王河}}边上跑。
访谈者：学校那边呢？
受访者：班主任{{han:蔺雪梅}}老师心细，孩子哪天没精神她就给我发微信。有一回她讲{{trap/famous:蔺相如}}完璧归赵，{{han:公浩然}}举手说，俺娘也是让人骗了。全班都不吭声，{{han:蔺雪梅}}下了课把他叫到办公室，陪他坐了一中午。
访谈者：还有谁帮过你们？
受访者：街道民政办的{{han:薄文杰}}，低保就是他来核的。派出所的{{han:谯警官}}帮着查他爸的下落，查到{{trap/place:临沂}}就断了。街道社工站的{{compound:西门晓岚}}每周来一回，领他做游戏、画画；心理咨询师{{compound:独孤静姝}}给他做过五回辅导。法律援助中心的律师{{compound:公孙彦博}}帮着又去法院申请了强制执行。
访谈者：孩子刚来的时候怎么样？
受访者：不说话，夜里尿床，吃饭的时候把馒头往兜里藏，怕下顿没有。我没骂他，晚上给他留着灯。过了小半年才好。他学习不好，数学考过二十多分，老师说不是笨，是心里装的事太多。这一年跟着表姐学，期末考了七十八，回来举着卷子满院子跑。
访谈者：街坊邻居呢？
受访者：都帮衬。对门的{{han:王秋菊}}下了夜班顺道把他接回来，卖肉的{{han:孙德才}}隔三差五给孩子留块排骨。菜市场的人知道俺家这事，没人在孩子跟前提他娘。
访谈者：孩子去看过妈妈吗？
受访者：去过三回。头一回隔着玻璃，他一句话不说，光哭。{{han:陶秀梅}}她在那边学会了缝纫，说出来以后开个裁缝铺。孩子把他娘的照片夹在语文书里，有一回让同学看见了，他跟人打了一架，摔了俺家一个{{trap/word:陶瓷}}盆。
访谈者：孩子有啥爱好？
受访者：爱踢球，爱鼓捣收音机。放了学抱着个破球在楼下踢，踢到天黑才上楼。有回把人家窗玻璃踢碎了，我领着他去赔不是，人家看他是这种情况，钱也没要。他自己攒了一个月的零花钱，又给人家买了一兜苹果送过去。
访谈者：您自己呢？
受访者：累，也得撑着。早上三点去{{trap/place:泰安}}批菜，下午回来接孩子，赶不上的时候让他自己坐{{trap/word:公交}}回来。{{han:宋谦让}}在{{trap/org:石横特钢}}上三班倒，俺俩见面的时候少。这孩子不能没人管。
访谈者：家里的开销够吗？
受访者：紧巴巴的。菜摊一天挣个百八十，下雨天出不了摊。俺闺女上高中，一年学费加住宿好几千。补助的钱我单独存着，给孩子买衣裳、交资料费，一分不往自家的开销里搁。我跟对象说，这是孩子他娘欠孩子的，咱替她还着。他没说啥，第二天去买了辆旧自行车，修好了给孩子骑着上学。
访谈者：孩子知道他娘的事吗？
受访者：知道个大概。我跟他说，你娘做错了事，在里头改，改好了就回来。他问我，大姨，俺娘还要俺不？我说要，她天天想你。他就去写信，一写写三页，错字连篇，我一个字也不改，原样寄过去。
访谈者：登记信息请您说一下。
受访者：俺家在{{address:肥城市仪阳街道桃园社区12号楼3单元502室}}，孩子原来的家在{{address:肥城市仪阳街道北关村五组14号}}。我的身份证{{id_number@wmidhyphen.370983}}，孩子的{{id_number@my2015spaced.370983}}。我电话{{mobile@plus86dash}}，{{han:尚春华}}的{{mobile@h38}}。我的微信{{wechat:taoxiuyun_caitan}}。孩子有个QQ，说是跟他表姐学英语用，号码他表姐用铅笔写在门框上：{{qq:493016728}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上孩子写成{{spaced:公 浩 然}}，会见登记上他娘是{{spaced:陶秀 梅}}，社工的名字写成{{spaced:西 门 晓 岚}}。
访谈者：您最盼什么？
受访者：盼这几年平平安安过去，等她出来，我把孩子囫囵个交给{{han:陶秀梅}}。
""")

# H1240: Han village doctor in 石横镇 (肥城) talking about the children in distress he looks after.
DOCS["H1240"] = ("staff", """\
访谈者：{{han:时大夫}}，您在村里看病多少年了？
受访者：三十一年了。我叫{{han:时广友}}，在{{trap/place:石横镇}}{{trap/place:衡鱼村}}的卫生室，前后五六个村的大人孩子都找我。刚出来干的{{trap/word:时候}}背着药箱满庄跑，现在岁数大了，骑电动车。
访谈者：村里困难的孩子多吗？
受访者：有几个我一直挂着。头一个是{{han:郑成就}}，九岁，脑瘫，不会走。名是他爷爷起的，盼他有出息。{{han:郑成就}}就在床上躺着，他娘{{han:董玉莲}}天天给他按腿。残疾证一级，两项补贴一个月{{trap/number:三百三十元}}，家里也吃着低保。我隔一天去给他扎一回针。
访谈者：第二个呢？
受访者：第二个是藏族孩子，西程庄{{minority/tibetan:卓瓦拉姆}}的儿子{{minority/tibetan:郎加}}，有癫痫。{{minority/tibetan:卓瓦拉姆}}她男人前年没了，一个人在罐头厂干活。孩子夜里一抽，她就抱着往我这儿跑。我跟{{trap/org:泰安市中心医院}}的{{han:阴海涛}}大夫加了微信，孩子的药怎么调，我问他。孩子他姥娘{{minority/tibetan:翁加拉姆}}从{{trap/place:炉霍}}寄来的藏药，我也替她看过说明。
访谈者：第三个？
受访者：第三个是个闺女，{{han:牛欣蕊}}，十一岁，爹娘都没了，跟着爷爷{{han:牛长贵}}过。闺女耳朵不好，{{trap/org:肥城市残联}}给配了助听器，孤儿基本生活费按月发。{{han:牛长贵}}他八十了，血压高，我每周去量两回。
访谈者：您平时怎么照看这些孩子？
受访者：一个孩子一个本，吃的啥药、啥时候犯的病、量的血压，都记上。冬天感冒的多，我一天跑七八家。有的老人不识字，药怎么吃，我拿红笔在药盒上画道道，一道是早上，两道是晌午。{{han:牛长贵}}眼花，我就把药一顿一顿分好，装在小袋里。
访谈者：您做这行难吗？
受访者：难。挣得不多，半夜有人敲门就得起来。我闺女让我去城里跟她过，我说村里这些孩子离不了我。去年我犯了腰病，在家躺了一个月，是镇卫生院派人来顶的班，孩子们天天托人问我啥时候回来，我听了，腰疼都轻了一半。
访谈者：这些孩子的病，医保能报多少？
受访者：看病种。脑瘫的康复，医保加上残联的救助，能报七八成；癫痫的药办了门诊慢性病，也能报一大半。就怕住院，一住就是几千上万。我帮这几家把慢病卡都办了，每年开春去镇上审一回，材料缺一样都不给过。
访谈者：村里的年轻人呢？
受访者：都出去了，去{{trap/place:泰安}}、去{{trap/place:济南}}打工，村里剩下老的小的。一放寒暑假，留守的孩子满街跑，磕了碰了都往我这儿送。我这卫生室，一半是看病的地方，一半是孩子们的避风港。夏天热，孩子们坐在门口的树底下写作业，我给他们晾上一壶凉白开。谁作业写完了，我奖一块糖，一夏天得买好几斤。
访谈者：您跟哪些人打交道？
受访者：村支书{{han:衡建国}}管报材料，大伙叫他{{han:衡书记}}。儿童主任是{{han:郗玉娟}}，几个村她都跑。镇卫生院家庭医生团队的{{compound:左丘若溪}}一个季度下来一回，给孩子们查体；跟着来的护士{{compound:欧阳芷汀}}教{{han:董玉莲}}怎么给孩子做康复。县里康复中心的{{compound:诸葛景行}}每月来一趟，给{{han:郑成就}}做评估。俺们这儿是{{trap/famous:左丘明}}的老家，{{han:衡书记}}常说，咱村出过大学问的人，孩子们也得念书。
访谈者：这些孩子的家您都熟？
受访者：熟。{{han:郑成就}}家在{{address:肥城市石横镇衡鱼村后街17号}}，{{han:牛长贵}}家在{{address:肥城市石横镇衡鱼村三组32号}}。{{han:郑成就}}的身份证{{id_number@my2016fullwidth.370983}}，{{han:牛长贵}}的{{id_number@moldx.370983}}。{{han:董玉莲}}的电话{{mobile@spaced}}，我的电话{{mobile@plain}}，卫生室门口也贴着。我的微信{{wechat:shigy_cunyi1968}}，药不够了家长就在微信上说。{{han:牛欣蕊}}耳朵不好，不爱打电话，在QQ上跟我说哪儿不舒服，号码她自己写在我的处方本上：{{qq:3920571846}}。
访谈者：孩子们的家里人怎么样？
受访者：不容易。{{han:董玉莲}}三十多岁，头发全白了，她男人在外头打零工，一个月回来一趟。{{minority/tibetan:卓瓦拉姆}}一个人在外乡，话说不利索，有回孩子抽得厉害，她急得光会哭，我让她先别慌，跟我一块儿把孩子侧过身来。这些人家，一个人倒下，一家子就垮了。我能做的不多，就是随叫随到，药别断了，孩子别耽误了。
访谈者：表上的名字写得对吗？
受访者：常写错。残联的表把孩子写成{{spaced:郑 成 就}}，闺女是{{spaced:牛欣 蕊}}，县里来的单子上把卫生院的写成{{spaced:左 丘 若 溪}}。
访谈者：您最盼什么？
受访者：盼{{han:郑成就}}哪天能扶着墙走两步，盼{{minority/tibetan:郎加}}不再抽。我干不动那天，得有人接着管他们。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1233,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout157",))


if __name__ == "__main__":
    main()
