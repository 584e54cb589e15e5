# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 116 (tests/pii/holdout116/H913-H920 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 116 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
衡阳 (Hunan) and 景德镇 (Jiangxi): a Mongolian father from 正蓝旗 who glazes porcelain in a 景德镇 workshop while his
mother keeps his deaf daughter, his wife dead of liver disease; an Amdo Tibetan mother from 玛曲 who works in a 衡阳
restaurant kitchen, her husband dead of altitude sickness on a road crew in 果洛; a Uyghur grandfather from 喀什 who
sells dried fruit at a 衡阳 night market and raises a grandson whose father is in prison; a Hui widow from 西吉 who
runs a beef-noodle stall in 珠山区, her husband killed on the road and her daughter epileptic; a Han township child
director in 衡南 reading out her register; a Han village teacher in 耒阳 in touch with pupils on WeChat and QQ; a Han
porcelain painter in 浮梁 raising her dead sister's two children; and a Han social worker in 乐平 handling 事实无人抚养
cases. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names used whole (朝克巴达拉夫, 其其格苏日, 吉仁太, 其格其她, 浩日瓦, 纳木吉勒, 包音达来, 德力黑)
and with short and fond forms (巴达拉夫, 苏日, 松迪娃), a Han surname before a Mongolian given name (白巴达拉夫 on the
workshop's contract, 包德力黑 on the household register) and the Han name and nickname of the same man (白志宏,
白大个); Amdo Tibetan names (才旦卓么, 华青加, 多杰扎西, 嘉央东智, 央金措, 索南草, 科加) with short forms (卓么,
嘉央他), a Han surname before a Tibetan given name (杨卓么 on the health certificate, 王华青 on the road crew's
contract) and the Han form of address of a Tibetan (杨妹子); Uyghur given name + father's name with the dot
(吐鲁洪·牙合甫, 阿地力江·阿卜杜萨拉木, 阿卜杜萨拉木·吐鲁洪), single names (祖力胡马尔, 帕提古丽, 热扎克, 约麦尔) and
short and fond forms (吐鲁洪大叔, 阿卜杜萨拉木, 阿地力江, 江江); Hui religious names (经名) alone (再乃卜, 奥玛尔,
安萨尔, 佐海拉她, 拉比娅, 伊丽亚斯阿訇, 苏福言, 海丽曼她) and after a Han surname (海再乃卜, 单奥玛尔, 海赛里姆,
马法赫德), beside the Han names of the same people (海凤莲, 海姐, 单志义, 单浩然, 单雨桐, 马建成, 马芷晴); Han names with
common and rare surnames of the region (涂, 詹, 余, 让, 旷, 向, 邝, 谌, 伍, 有, 廖, 佘, 才, 饶, 要, 汪, 冯, 阳, 都, 能,
阙, 谭, 鄢, 凌, 聂, 宾, 匡, 资, 还, 梁, 蔡, 邹, 伏, 宁, 揭, 和, 危, 桂, 闵, 幸, 熊, 邬, 甘, 游); surnames that are
ordinary words, directly after or before grammar words (让秋菊让我, 跟让秋菊, 我向向老板开口, 有桂香有空, 有有桂香,
才淑芬才把, 要金花要我, 都若兰都是, 谭谦让让着, 旷也也是, 我找还秋妹, 还秋妹还, 梁有能能吃苦, 和美和和乐,
都丽萍都替, 能小虎能跑, 让小满让我, 要晓星要强), and given names with such characters (余也青也, 旷也, 谢向前向,
梁有能, 邹就敏就, 邹就明, 邝丽华被, 要子健被); names that contain words (谭谦让, 谢向前, 梁有能, 和美, 和乐, 凌秋实,
能一帆, 让小满, 让小雪, 要光明, 旷满堂); titles and kin words after names (詹雨蘅老师, 谌美玲老师, 伍佩兰老师,
汪晓筠老师, 蒋丽芳老师, 鄢慧君老师, 吐鲁洪大叔, 伊丽亚斯阿訇; the span is the name only), a surname with only a title
or kin word, annotated whole (向老板, 海姐, 阳主任, 鄢大夫, 都老倌, 凌家娭毑, 资老师, 揭师傅, 幸老师), nicknames and
local forms of address, annotated whole (白大个, 杨妹子, 敏妹子, 明伢子, 妍妹, 小幸; 江江, 松迪娃 are minority); names
directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和 (是谌美玲背着, 我给闵国华说, 让江江给,
跟让小满说), and a name closing the last sentence of every transcript (麻烦让秋菊。, 是向冬生。, 有廖春芝。,
谢谢才淑芬。, 还是旷也。, 是蔡思源。, 谢谢都丽萍。, 是熊国强。); names spaced out character by character in half-
and full-width spaces (朝 克 巴 达 拉 夫, 才 旦 卓 么, 阿 地 力 江, 祖　力　胡　马　尔, 海 再 乃 卜, 单 奥 玛 尔,
包 德 力 黑, 乐 正 知 微, 公 冶 文 澜, 第 五 青 禾, 濮 阳 素 心, 南 宫 曼 青, 轩 辕 明 霞, 其　格　其, 华　青　加,
谭　谦　让, 梁　有　能, and two-character names 和 美, 和　乐), a dotted name with spaces around the dot
(吐鲁洪 · 牙合甫) and names split in two (其其格 苏日, 嘉央 东智, 阿卜杜萨拉木 吐鲁洪, 单浩 然); compound surnames after
ordinary words (欧阳, 上官, 夏侯, 端木, 百里, 申屠, 闻人, 司空, 仲孙, 钟离, 公冶, 乐正, 濮阳, 太史, 第五, 皇甫, 南宫,
慕容, 轩辕, 呼延, 拓跋 after 的/同事/社工/实习生/心理老师/律师/督导/大学生/大夫/心理医生/咨询师); and numbers read
out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:让秋菊}}``, ``{{qq:71520394}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013tri.430422}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大叔, 阿訇) and a particle, pronoun or
verb written directly after a name (说, 也, 她, 他, 就, 被, 才, 都, 还, 要, 让, 能, 向, 有, 和) are outside the span; a
surname with only a title or kin word (向老板, 海姐, 阳主任, 鄢大夫, 都老倌, 凌家娭毑, 揭师傅) and a nickname or local
form of address (白大个, 杨妹子, 敏妹子, 明伢子, 妍妹, 小幸) are annotated whole. Han-style names of Mongolian,
Tibetan and Hui people (白志宏, 白大个, 杨妹子, 海凤莲, 海姐, 单志义, 单浩然, 单雨桐, 马建成, 马芷晴) are category han; a
Han surname before a non-Han given name (白巴达拉夫, 包德力黑, 杨卓么, 王华青, 海再乃卜, 单奥玛尔, 海赛里姆, 马法赫德) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout116/make_holdout116.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(116_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176",
                   "178", "181", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H913: Mongolian father from 正蓝旗 who glazes porcelain in a 景德镇 workshop; his mother keeps his daughter.
DOCS["H913"] = ("family", """\
访谈者：师傅，您手上全是釉，要不先洗洗？
受访者：洗不掉的，指甲缝里都是。我在{{trap/place:老厂}}边上一个作坊里施釉，干了五年了。我叫{{minority/mongolian:朝克巴达拉夫}}，{{trap/place:正蓝旗}}人。作坊的合同上写的是{{minority/mongolian:白巴达拉夫}}，我爷爷那辈随过一个汉姓白，身份证上的汉名叫{{han:白志宏}}。{{trap/place:景德镇}}人嫌蒙古名字长，老板喊我{{minority/mongolian:巴达拉夫}}，拉坯的师傅们干脆叫我{{han:白大个}}。
访谈者：怎么从草原到景德镇来了？
受访者：那几年旱，草场一年不如一年，羊卖不上价，给媳妇看病又欠了债。旗里一个老乡在这边学做瓷，说作坊缺能吃苦的人，我就来了。先在{{trap/org:雕塑瓷厂}}扛泥，后来跟{{han:涂永年}}学施釉，荡釉、浸釉、吹釉，学了两年才出师。{{han:涂永年}}说我手稳，是马背上练出来的。作坊里烧{{trap/word:白釉}}的大缸最难弄，釉厚一分就流，薄一分就露胎，我现在闭着眼都能吹匀。
访谈者：您爱人呢？
受访者：媳妇{{minority/mongolian:其其格苏日}}前年走了，肝上的病，查出来到走，四个月。家里人都叫她{{minority/mongolian:苏日}}，她嗓门大，在草场那头喊一声，这头都听得见。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/mongolian:吉仁太}}十三，跟我在这边，在{{school:珠山区陶阳中学七年级（3）班}}。闺女{{minority/mongolian:其格其}}九岁，留在旗里跟我阿妈过，在{{school:正蓝旗第二小学三年级（1）班}}。我阿妈{{minority/mongolian:浩日瓦}}七十一了，腿不好，还得挤奶、做饭、送{{minority/mongolian:其格其}}上学。{{minority/mongolian:其格其}}她生下来右耳就听不见，去年又查出左耳也在退，戴上了助听器。
访谈者：孩子办了哪些补助？
受访者：旗里都给办了。嘎查的儿童主任{{minority/mongolian:纳木吉勒}}骑着摩托跑苏木，闺女办了听力残疾证，残疾人两项补贴每月{{trap/number:二百八十五元}}；媳妇没了，家里又进了低保。苏木的民政助理{{han:韩宝柱}}上门核的，说娃妈没了、爸在外地，按困境儿童登记，一个季度回访一次。这边社区的儿童主任{{han:让秋菊}}，姓让，礼让的让。我跟{{han:让秋菊}}说了家里的事，{{han:让秋菊}}让我把儿子的学籍转过来，又给他报了免费午餐。
访谈者：儿子在这边习惯吗？
受访者：开头不习惯，吃不惯米粉，说话同学听不懂。班主任{{han:詹雨蘅}}老师让他在班会上讲草原，他讲{{trap/minority_word:那达慕}}、讲套马，同学都围着他问。社工站的{{compound:欧阳棠溪}}每个礼拜带他去{{trap/place:陶溪川}}画画，她同事{{compound:上官鸿羽}}教他拉坯。现在他捏的小马都能进窑烧了。
访谈者：您跟闺女怎么联系？
受访者：每天晚上视频。闺女听不清，我就打字，她回我一串表情。我阿妈不会用手机，是我弟{{minority/mongolian:包音达来}}帮着弄的，他在{{trap/place:上都镇}}开修车铺，隔两天回去看看。我最怕冬天，白毛风一刮，阿妈一个人带着娃，煤烧完了都没人送。
访谈者：作坊的活儿累吗？
受访者：累在腰上。一天弯着腰吹几百个坯，釉粉吸进嗓子，老咳嗽。老板{{han:余国柱}}人不坏，让我住作坊阁楼，不收房钱。老板娘{{han:余也青}}也好，儿子放学就在她那儿写作业。她说景德镇做瓷的祖师爷是{{trap/famous:童宾}}，为了烧成龙缸跳进了窑里，她讲一回，我儿子就听一回。
访谈者：过年回去吗？
受访者：回。坐火车到{{trap/place:北京}}，再坐大巴到{{trap/place:锡林浩特}}，路上两天。闺女见了我，先不说话，抱着我的腿不放。我给她带青花小碗，她摆了一窗台。
访谈者：您阿妈身体还撑得住吗？
受访者：撑不住也得撑。去年冬天她摔了一跤，手腕骨折，打着石膏还给闺女梳头。我说阿妈我回去吧，她说你回来吃啥，娃的助听器电池一个月就得一百多。我在电话里哭，她在那头骂我，说{{minority/mongolian:巴达拉夫}}你是男人。嘎查的{{minority/mongolian:纳木吉勒}}知道了，隔天就送来两车煤，又叫卫生室的大夫上门换药。
访谈者：儿子想家吗？
受访者：想。他想他妈，也想草原。夜里睡不着，就拿手机翻他妈的照片，翻到一张他妈骑马的，看半天。我跟他说，等放暑假，咱爷俩回去给你妈上坟，再去{{trap/place:金莲川}}看花。他点头，也不说话。
访谈者：登记信息请您说一下。
受访者：这边住{{address:珠山区新厂街道老厂社区窑前巷9号}}，旗里的家在{{address:正蓝旗上都镇哈登台嘎查三组6号}}。我身份证{{id_number@my1984spaced.152530}}，闺女的{{id_number@wy2016.152530}}。我电话{{mobile@s434}}，{{han:让秋菊}}的{{mobile@hyphen}}。我微信叫{{wechat:chogba_youshang}}，儿子的QQ是他写在我烟盒上的，我抄进了本子：{{qq:71520394}}。
访谈者：表上的名字都写对了吗？
受访者：差远了。低保表上我是{{spaced:朝 克 巴 达 拉 夫}}，闺女的残疾证上是{{spaced:其　格　其}}，媳妇的死亡证明上成了{{spaced:其其格 苏日}}，儿子的学籍卡上是{{spaced:吉 仁 太}}。
访谈者：最后还想说点什么？
受访者：等闺女大一点，我想接她来景德镇，这边医院好，能配好点的助听器。到时候还得麻烦{{han:让秋菊}}。
""")

# H914: Amdo Tibetan mother from 玛曲 who works in a 衡阳 restaurant kitchen; her husband died of altitude sickness on a road crew.
DOCS["H914"] = ("family", """\
访谈者：大姐，后厨这么热，您歇会儿再说。
受访者：没事，习惯了。我在{{trap/place:衡阳}}这家{{trap/org:湘江饭店}}洗菜、切配，两年了。我叫{{minority/tibetan:才旦卓么}}，甘南{{trap/place:玛曲}}人，藏族。健康证上写的是{{minority/tibetan:杨卓么}}，我阿爸那辈有个汉姓杨。店里的姐妹叫我{{minority/tibetan:卓么}}，老板叫我{{han:杨妹子}}。
访谈者：您爱人的事，能说说吗？
受访者：他叫{{minority/tibetan:华青加}}，在{{trap/place:果洛}}修路，开压路机，筑路队的合同上写的是{{minority/tibetan:王华青}}。前年九月，工地在四千六百米的垭口上，他感冒了还硬撑着干，夜里喘不上气，送到{{trap/place:玛多}}县医院人就没了，大夫说是高原肺水肿。玛曲也是高原，他在那上面长大，谁想到会得这个病。那天是工头{{minority/tibetan:多杰扎西}}打的电话，我听了半天才听明白。
访谈者：他为什么跑那么远去修路？
受访者：家里牛羊少，草场分到户以后，一家就那么几百亩。{{minority/tibetan:华青加}}说修路挣得多，一个月八九千，干两年就能在县城给娃买房。他走的那天早上，我给他装了一袋{{trap/minority_word:糌粑}}，他说工地上有食堂，不要，我硬塞给他了。后来工头把他的东西寄回来，那袋糌粑还在，一口没动。
访谈者：怎么到衡阳来了？
受访者：筑路公司是衡阳的。赔偿谈下来以后，公司管后勤的{{han:旷国梁}}说，你一个人在牧场上带两个娃太难，到衡阳来，我给你找个活儿。他把我介绍给了他表哥，就是这家店的老板{{han:向冬生}}，大家都叫{{han:向老板}}。刚来没地方住，我向{{han:向老板}}开口，他把店后头放杂物的屋子腾给了我。他家后院种了一排{{trap/word:向日葵}}，闺女视频的时候最爱看。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:嘉央东智}}十三，跟我来了衡阳，在{{school:珠晖区粤汉中学七年级（5）班}}，我们在家叫他{{minority/tibetan:嘉央}}。他爸在的时候，天天骑摩托带他去看赛马。{{minority/tibetan:嘉央}}他来了以后半年不说话，放学就坐在后门口，看人家杀鱼。闺女{{minority/tibetan:央金措}}七岁，在玛曲跟她奶奶{{minority/tibetan:索南草}}过，在{{school:玛曲县尼玛镇第一小学一年级（2）班}}。她叔叔{{minority/tibetan:科加}}在{{trap/place:阿万仓}}放牦牛，隔几天去看一回。
访谈者：补助是怎么办的？
受访者：户口在玛曲，低保是村里报的，两个娃按困境儿童登记，每人每月{{trap/number:九百八十元}}。这边社区的儿童主任{{han:邝丽华}}帮了大忙，娃转学、打疫苗、办居住证，都是她陪着跑的。{{han:邝丽华}}被我问烦了也不恼，一件一件写在纸上给我。区里的社工{{compound:夏侯静言}}每个礼拜来一回，带着实习生{{compound:端木若溪}}，陪{{minority/tibetan:嘉央}}下棋、写作业。
访谈者：学校怎么样？
受访者：班主任{{han:谌美玲}}老师人细心。儿子汉字写不好，她每天放学留他半个钟头。她说{{trap/place:石鼓书院}}是老早的学堂，周末带全班去看，儿子回来跟我说，阿妈，我也想念好书。去年冬天他发烧，是{{han:谌美玲}}背着他去的诊所。学校还请了心理老师{{compound:百里星河}}，每两个礼拜跟他单独聊一回。
访谈者：您在衡阳过得惯吗？
受访者：开头吃不惯辣，现在离不开了。{{trap/word:鱼粉}}一碗六块，儿子一顿吃两碗。想家的时候，我在屋里打一壶酥油茶，给儿子讲{{trap/famous:格萨尔}}的故事。店里炒菜的大师傅{{han:伍德旺}}教我做湘菜，说等我学会了，回玛曲开个饭馆。我说玛曲的人吃不了这么辣。
访谈者：闺女呢，您想她吗？
受访者：天天想。她奶奶眼睛不好，梳头梳不齐，闺女视频的时候辫子老是歪的。她问我，阿妈，你啥时候回来。我说等你哥考上高中。她就掰着指头算，还有几年。她奶奶打电话来说，{{minority/tibetan:央金措}}把学校发的牛奶攒着，说要寄给阿妈喝。
访谈者：登记信息请您说一下。
受访者：这边住{{address:珠晖区广东路街道湘江社区向家巷14号}}，玛曲的家在{{address:玛曲县尼玛镇秀玛村二组8号}}。我身份证{{id_number@wy1987hyphen.623025}}，儿子的{{id_number@my2012quad.623025}}。我电话{{mobile@plain}}，{{han:邝丽华}}的{{mobile@plus86spaced}}。我微信是{{wechat:zhuome_maqu87}}，儿子的QQ他念一个数，我写一个数：{{qq:480317269}}。
访谈者：表上的名字都写对了吗？
受访者：不对的多。低保表上我是{{spaced:才 旦 卓 么}}，死亡证明上他是{{spaced:华　青　加}}，儿子的学籍卡上成了{{spaced:嘉央 东智}}，闺女的疫苗本上是{{spaced:央 金 措}}。
访谈者：最后还想说点什么？
受访者：在衡阳遇到的都是好人。要说最想谢的，是{{han:向冬生}}。
""")

# H915: Uyghur grandfather from 喀什 who sells dried fruit at a 衡阳 night market; his grandson's father is in prison.
DOCS["H915"] = ("family", """\
访谈者：大爷，您这摊子一晚上能卖多少？
受访者：好的时候卖三四百，下雨天一斤都卖不出去。葡萄干、{{trap/minority_word:巴旦木}}、无花果干，都是我侄子从{{trap/place:喀什}}发过来的。我叫{{minority/uyghur:吐鲁洪·牙合甫}}，夜市上的人叫我{{minority/uyghur:吐鲁洪}}大叔，小孩子叫我新疆爷爷。摊子在{{trap/place:雁峰区}}{{trap/place:华新夜市}}第三排。
访谈者：家里谁跟您一起？
受访者：孙子。他叫{{minority/uyghur:阿地力江·阿卜杜萨拉木}}，十岁，我们叫他{{minority/uyghur:阿地力江}}，学校里的同学叫他{{minority/uyghur:江江}}。他在{{school:雁峰区白沙洲小学四年级（3）班}}。晚上他在摊子后面的小马扎上写作业，写完了帮我称秤，算账比我快。
访谈者：孩子的爸爸妈妈呢？
受访者：他爸是我儿子，{{minority/uyghur:阿卜杜萨拉木·吐鲁洪}}，在衡阳开过烤肉店。三年前跟人合伙收了一批来路不明的手机，判了四年，关在湖南的监狱里。他妈{{minority/uyghur:祖力胡马尔}}回了喀什，第二年就嫁人了，再没来过电话。我老伴{{minority/uyghur:帕提古丽}}走得早，家里就剩我和这个娃。
访谈者：您为什么留在衡阳，不回喀什？
受访者：娃在这边上的学，汉话说得比维吾尔话好，回去跟不上。他爸在湖南服刑，一个月能去看一回，回了喀什就见不着了。我跟{{minority/uyghur:阿卜杜萨拉木}}说，你好好改造，娃我给你带着。
访谈者：谁在帮你们？
受访者：夜市的管理员{{han:有桂香}}，姓有，有没有的有。{{han:有桂香}}有空就过来帮我看摊，我去上厕所、去进货，都托给她。社区的儿童主任{{han:廖春芝}}给娃报了服刑人员子女补助，每月{{trap/number:一千零二十元}}，我也进了低保。区民政局的{{han:佘志远}}来家里核过，看了判决书，说材料齐全。司法所给我们找了法律援助，律师{{compound:申屠明澈}}帮着问儿子能不能减刑。学校的心理老师{{compound:闻人予安}}每个礼拜跟{{minority/uyghur:阿地力江}}聊一回。
访谈者：孩子知道爸爸的事吗？
受访者：知道。有一回同学说他爸是坏人，他跟人打了一架，脸上挂了彩。班主任{{han:伍佩兰}}老师把两个娃叫到办公室，讲了一下午道理，又打电话给我，说大叔您别急。{{han:伍佩兰}}她后来在班会上讲{{trap/famous:阿凡提}}的故事，让{{minority/uyghur:江江}}给同学们讲新疆，他讲得眉飞色舞，回来说，爷爷，他们都想吃馕。
访谈者：探视的时候孩子去吗？
受访者：去。坐两个钟头的车，隔着玻璃说二十分钟。{{minority/uyghur:阿卜杜萨拉木}}见了娃就哭，娃倒不哭，给他爸念自己的作文。出来以后娃跟我说，爷爷，我爸瘦了。我说是，里头吃不上咱们的抓饭。
访谈者：夜市上一晚上怎么过？
受访者：下午四点出摊，先把三轮车推过去，摆好筐子、插上价牌，五点就来人了。衡阳人爱吃甜，葡萄干卖得最好，核桃要剥开了才有人买。夜里十二点收摊，娃早在摊子后头的纸箱上睡着了，我把{{minority/uyghur:阿地力江}}抱上三轮，一路推回家。冬天冷，我给他裹上我的大衣，他在车上说梦话，说的全是维吾尔话。
访谈者：夜市上还有老乡吗？
受访者：有一个，{{minority/uyghur:热扎克}}，{{trap/place:和田}}人，在我隔壁卖烤包子。{{minority/uyghur:热扎克}}会弹{{trap/minority_word:热瓦普}}，收了摊弹两首，娃跟着唱。我弟弟{{minority/uyghur:约麦尔}}在喀什{{trap/place:艾提尕尔}}边上开干果店，货就是他发的，一年给我们寄两回羊肉。{{trap/minority_word:古尔邦节}}那天，我在夜市上请大家吃{{trap/minority_word:抓饭}}，{{han:有桂香}}吃了三碗。
访谈者：登记信息请您说一下。
受访者：我们租的房在{{address:雁峰区白沙洲街道雁城社区7栋2单元105室}}，喀什的家在{{address:喀什市浩罕乡库木巴格村五组31号}}。我身份证{{id_number@moldfwspaced.653101}}，娃的{{id_number@my2015.653101}}。我电话{{mobile@spaced}}，{{han:廖春芝}}的{{mobile@s74}}。我侄子帮我开了个微信，叫{{wechat:turhun_ganguo}}，娃有个扣扣，号码写在作业本封皮上：{{qq:3184072596}}。
访谈者：表上的名字都写对了吗？
受访者：哪有写对的。低保表上我是{{spaced:吐鲁洪 · 牙合甫}}，娃的补助表上是{{spaced:阿 地 力 江}}，他爸的判决书送达回证上成了{{spaced:阿卜杜萨拉木 吐鲁洪}}，娃他妈在户口本上是{{spaced:祖　力　胡　马　尔}}。
访谈者：最后还想说点什么？
受访者：我七十三了，就盼着儿子早点出来，把娃接过去。在这之前，娃我带着，有{{han:有桂香}}，有{{han:廖春芝}}。
""")

# H916: Hui widow from 西吉 who runs a beef-noodle stall in 珠山区 (景德镇).
DOCS["H916"] = ("family", """\
访谈者：{{han:海姐}}，您这面摊早上几点出？
受访者：五点半。我叫{{han:海凤莲}}，宁夏{{trap/place:西吉}}人，回族，经名叫{{minority/hui:再乃卜}}。寺里的登记本上写的是{{minority/hui:海再乃卜}}，这条街上的人不管这些，都叫我{{han:海姐}}。摊子就在{{trap/place:珠山区}}{{trap/place:里市渡}}菜场门口，卖牛肉拉面、牛肉炒粉，景德镇人爱吃炒粉，一大{{trap/word:海碗}}八块钱。
访谈者：怎么从西吉到景德镇来了？
受访者：孩子他爸先来的。他叫{{han:单志义}}，经名{{minority/hui:奥玛尔}}，十年前跟着老乡来这边开拉面馆，后来自己盘了个摊子。前年腊月，天没亮他骑三轮去{{trap/place:竟成镇}}拉牛肉，在桥上被一辆拉瓷土的大车撞了，人当场就没了。寺里给他站{{trap/minority_word:者那则}}，送葬的单子上写的是{{minority/hui:单奥玛尔}}。他姓单，念善，不是{{trap/word:单位}}的那个单，来这边十年，没几个人念对。
访谈者：家里现在几口人？
受访者：我和两个娃。儿子经名{{minority/hui:安萨尔}}，学名{{han:单浩然}}，十二，在{{school:珠山区瓷都小学六年级（2）班}}。闺女经名{{minority/hui:佐海拉}}，学名{{han:单雨桐}}，六岁，上幼儿园大班。{{minority/hui:佐海拉}}她有癫痫，一个月犯一两回，犯起来嘴唇发紫，我抱着她往医院跑。西吉老家还有个婆婆{{minority/hui:拉比娅}}，八十了，跟着小叔子过。
访谈者：补助都办下来了吗？
受访者：办了。社区的儿童主任{{han:才淑芬}}，姓才，人才的才。那时候我啥都不懂，是{{han:才淑芬}}才把路给我指清楚的：先办低保，再给两个娃报困境儿童，每人每月{{trap/number:八百四十元}}，闺女的病申请了医疗救助。区民政局的{{han:饶建平}}来摊子上核过情况，吃了一碗面，硬塞给我十块钱。菜场的管理员{{han:要金花}}要我把摊位费停了，说等娃大了再交。
访谈者：清真寺那边呢？
受访者：寺里的{{minority/hui:伊丽亚斯}}{{trap/minority_word:阿訇}}每个{{trap/minority_word:主麻}}都问我缺啥，寺里凑了六千块给闺女看病。他跟我说，{{minority/hui:再乃卜}}，你要挺住，娃们还小。我娘家兄弟{{minority/hui:海赛里姆}}在西吉种地，一年来两回，来了就帮我揉面。西吉的老乡{{minority/hui:苏福言}}在这边贩牛，给我的牛肉比市价便宜两块。
访谈者：两个娃怎么样？
受访者：儿子懂事得早。他爸走的那天，他一句话没说，第二天早上四点爬起来帮我和面。班主任{{han:汪晓筠}}老师说他上课老打瞌睡，问清楚了，就跟我商量，早上不许他出摊。社工{{compound:司空若萱}}和她的督导{{compound:仲孙若兰}}隔一个礼拜来一回，带{{minority/hui:安萨尔}}去{{trap/place:御窑厂}}看古瓷，回来他给我讲{{trap/famous:郑和}}下西洋带的就是景德镇的青花。闺女小，不大记得她爸，看见骑三轮的人就喊爸爸。
访谈者：在景德镇这些年，您习惯吗？
受访者：习惯了。景德镇人和气，来吃面的老街坊都叫得出我两个娃的名字。头几年我一句本地话听不懂，是{{minority/hui:奥玛尔}}一句一句教我的。现在他不在了，我跟娃们说西吉话，他们回我景德镇话。过{{trap/minority_word:开斋节}}，我炸一锅{{trap/minority_word:馓子}}，给左邻右舍每家送一盘，卖瓷器的{{han:冯桂枝}}年年等着吃。
访谈者：您一个人撑这个摊，累吗？
受访者：累也得撑。早上三点起来熬汤，牛骨头熬四个钟头，汤才清。中午收了摊，送闺女去医院复查，下午备第二天的料。夜里娃睡了，我坐在门口想他爸，想着想着天就亮了。下雨天没人出来吃面，一天卖不到二十碗，牛肉放不住，我就煮了分给菜场里搬货的人。有人劝我回西吉，说一个女人在外头不容易。我说娃在这边念书，他爸也埋在这边的回民公墓里，我走了，谁给他上坟。
访谈者：登记信息请您说一下。
受访者：摊子后头租了一间房，{{address:珠山区里市渡街道建国社区太白园巷22号}}，西吉的家在{{address:西吉县兴隆镇单家集村四组17号}}。我身份证{{id_number@wy1985fw.640422}}，闺女的{{id_number@wy2019hyphen.640422}}。我电话{{mobile@plus86}}，{{han:才淑芬}}的{{mobile@s38}}。儿子拿我的手机注册了微信，叫{{wechat:wxid_ansaer0913}}。社区的学习群要QQ，儿子的号码是{{qq:２７０５８１９３}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上我是{{spaced:海 再 乃 卜}}，闺女的病历上是{{spaced:佐　海　拉}}，送葬的单子上他是{{spaced:单 奥 玛 尔}}，儿子的学籍上成了{{spaced:单浩 然}}。
访谈者：最后还想说点什么？
受访者：盼闺女的病能治好，盼儿子好好念书。还想谢谢{{han:才淑芬}}。
""")

# H917: Han township child director in 衡南 reading out her register.
DOCS["H917"] = ("staff", """\
访谈者：{{han:阳主任}}，今天念的是哪本册子？
受访者：{{trap/place:冠市镇}}的困境儿童台账，我们叫一人一档。我叫{{han:阳秋萍}}，在镇上当儿童督导员，也兼着{{trap/place:荷叶塘村}}的儿童主任。{{trap/place:衡南}}的村子隔着{{trap/place:耒水}}，有的户要坐渡船过去。册子上十四个娃，今天念六户。
访谈者：您念吧。
受访者：第一户，{{han:都若兰}}，女，十一岁，{{school:衡南县冠市镇中心小学五年级（1）班}}。爸爸{{han:都春生}}在{{trap/place:东莞}}工地上摔死了，妈妈改嫁去了{{trap/place:郴州}}，电话不接。跟爷爷过，村里都喊她爷爷{{han:都老倌}}。{{han:都若兰}}都是自己洗衣、自己扎辫子，按事实无人抚养报的，每月{{trap/number:一千一百四十元}}。
访谈者：第二户？
受访者：第二户，男娃{{han:能一帆}}，九岁，在{{school:冠市镇荷叶塘小学三年级（2）班}}。爸爸{{han:能建湘}}吸毒，强制隔离戒毒两年；妈妈{{han:阙桂英}}在{{trap/place:长沙}}洗碗，一个月寄五百块回来。跟外婆过。我去找娃他爸签字，是在戒毒所隔着铁窗签的。老师说这娃学习{{trap/word:能力}}不差，就是上课坐不住。
访谈者：第三户？
受访者：第三户是两兄妹，哥哥{{han:要子健}}十四，妹妹{{han:要子琪}}八岁，姓要，要饭的要，娃在学校没少被人拿这个姓取笑。{{han:要子健}}被同学起了外号，跟人打过两回架。爸爸{{han:要光明}}卖假药判了五年，妈妈{{han:谷春蓉}}有精神病，时好时坏。两个娃报的服刑人员子女补助，我跟学校的{{han:蒋丽芳}}老师说好了，娃再打架先给我打电话。
访谈者：第四户？
受访者：第四户，{{han:谭谦让}}，男，十二岁，脑瘫，走路要扶墙，肢体二级残疾。名字是他爷爷起的，盼他谦让。{{han:谭谦让}}让着妹妹，有好吃的先给妹妹。爸爸{{han:谭德旺}}在砖厂被机器轧断了手，妈妈走了。一家拿低保，{{han:谭谦让}}拿残疾人两项补贴，护理补贴和生活补贴加起来每月{{trap/number:二百六十五元}}。镇卫生院的{{han:鄢大夫}}每个月上门给他做康复。
访谈者：第五户？
受访者：第五户是孤儿，{{han:凌秋实}}，女，十岁。爸妈前年坐摩的出了车祸，一起没了。跟奶奶过，奶奶是我们村里的老接生，半个村都是她接的，我们都喊她{{han:凌家娭毑}}。{{han:凌秋实}}领散居孤儿基本生活费，每月{{trap/number:一千四百五十元}}，钱打到她自己的卡上，奶奶一分不动。
访谈者：第六户？
受访者：第六户，{{han:旷也}}，男，七岁，叫{{han:旷也}}是他妈起的，说也好也不好，都是命。{{han:旷也}}也是没了爸，他爸{{han:旷满堂}}在{{trap/place:衡阳}}送外卖，电动车翻进了沟里。他妈{{han:聂小娥}}改嫁到{{trap/place:祁东}}，带走了一个小的，把他留给了爷爷。
访谈者：做儿童主任，您最难的是什么？
受访者：最难的是跑。冠市镇十九个村，一半在河那边，渡船一天只开四趟，赶不上就得绕三十里路。我骑电动车，夏天晒得脱皮，冬天手冻得捏不住刹车。更难的是娃的心事。有的娃见了我就躲，有的娃拉着我不让走。我包里常备着几包饼干、几支铅笔，进门先给娃，话就好说了。我儿子在县城读高中，一个月见一回，他笑我说，妈，你对村里的娃比对我还上心。
访谈者：这些户您多久去一趟？
受访者：每户一个月至少一趟，有事随时去。去年涨大水，{{han:都老倌}}家的土屋泡了，我跟村支书{{han:宾卫东}}划着船把爷孙俩接出来，在村部住了半个月。县民政局儿童福利股的{{han:匡志平}}每季度下来抽查，县妇联的{{compound:钟离皓月}}送过两回书包，县社工站的{{compound:公冶文澜}}和她同事{{compound:乐正知微}}专门跟困境儿童，{{compound:乐正知微}}教{{han:能一帆}}下象棋，娃现在会摆当头炮了。
访谈者：登记信息呢？
受访者：都家住{{address:衡南县冠市镇荷叶塘村七组12号}}，娃的身份证{{id_number@wy2013tri.430422}}。谭家住{{address:衡南县冠市镇渡口村二组5号}}，{{han:谭谦让}}的{{id_number@my2012fwhyphen.430422}}。我电话{{mobile@h38}}，县里股长的{{mobile@p86n}}。我微信{{wechat:yangqp_guanshi}}，各村的儿童主任都在我群里。
访谈者：台账上的名字有写错的吗？
受访者：有。民政系统里是{{spaced:凌 秋 实}}、{{spaced:谭　谦　让}}，社工站的名单把人家写成了{{spaced:乐 正 知 微}}，还有{{spaced:公 冶 文 澜}}。
访谈者：最后您想说什么？
受访者：册子上这些娃，一个都不能掉。我最挂心的，还是{{han:旷也}}。
""")

# H918: Han village teacher in 耒阳 who keeps in touch with pupils and families on WeChat and QQ.
DOCS["H918"] = ("teacher", """\
访谈者：{{han:资老师}}，您在村小教了几年了？
受访者：九年了。我叫{{han:资月娥}}，在{{school:耒阳市导子乡大塘完小五年级（2）班}}当班主任，还带六年级的数学。{{trap/place:耒阳}}这边的娃，爸妈多在{{trap/place:广州}}、{{trap/place:东莞}}打工，我班上三十一个人，二十三个留守。最难的有五个，我一个一个说。
访谈者：好。
受访者：头一个叫{{han:谢向前}}，十一岁。{{han:谢向前}}向我要QQ的时候说，老师，我想我妈了就跟你说话，行不行。他妈在深圳进了传销，两年没音讯，他爸在煤矿上得了尘肺病，躺在床上吸氧。娃的QQ是{{qq:60293718}}，夜里十一点还亮着，我催他睡，他说在给爸爸查药。后来我找{{han:还秋妹}}，她是村里的儿童主任，{{han:还秋妹}}还专门去矿上要了证明，给他家报了低保，娃按困境儿童登记了。
访谈者：第二个？
受访者：第二个是女娃{{han:梁有能}}，名字是她爷爷起的，说女娃也要有能耐。爸爸{{han:梁德海}}酒驾撞死了人，判了六年，妈妈改嫁。她跟姑姑过，姑姑的微信{{wechat:liang_guguyy}}，我每个礼拜把娃的作业拍给她看。{{han:梁有能}}能吃苦，早上五点起来喂猪，走四里山路来上学，从没迟到过。
访谈者：第三个？
受访者：第三个叫{{han:蔡思源}}，男娃，跟{{trap/famous:蔡伦}}一个姓，同学都笑他是造纸的后人。他爸妈离了婚，各自成了家，谁都不要他，是事实无人抚养。他跟八十岁的太奶奶住，太奶奶耳朵聋，我跟他说话全靠QQ，他的号是{{qq:９１４２６０５３７}}，全角的，他说是从网吧的电脑上抄来的。
访谈者：第四个？
受访者：第四个是两姐弟，姐姐{{han:邹就敏}}十二，弟弟{{han:邹就明}}九岁，名字只差一个字，村里人嫌分不清，叫姐姐{{han:敏妹子}}，叫弟弟{{han:明伢子}}。爸爸在广州跑摩的被车撞了，瘫在床上，妈妈在{{trap/place:耒阳}}城里做保姆。{{han:邹就敏}}就像个小大人，弟弟的家长会都是她来开。她妈的微信是{{wechat:wxid_zoumama5520}}，有事我在上面说。
访谈者：第五个？
受访者：第五个{{han:罗雨珩}}，女娃，先天性心脏病，做过两次手术。爸爸在外面打工，妈妈{{han:贺春娇}}在家带她，拿残疾人两项补贴和大病救助。市中心医院的心内科大夫{{compound:皇甫听澜}}答应，第三次手术的钱帮她申请基金。{{han:罗雨珩}}在QQ上给我发她画的画，号码{{qq:2751903846}}，画的全是医院的走廊。
访谈者：您自己家里呢？
受访者：我男人在城里开货车，儿子上初中，住校。我一个人住在学校宿舍里，晚上改完作业，就一个一个点开娃们的头像看。有时候一晚上回四五十条消息，眼睛花了，第二天上课还得打起精神。有人问我图啥，我说不图啥，这些娃的爸妈不在身边，我多回一句，他们就少哭一回。
访谈者：学校和村里怎么帮这些娃？
受访者：校长{{han:伏建勋}}定了规矩，一个老师包两个娃，每月家访。乡里管民政的{{han:宁德胜}}，一有政策就转到我们群里。县里的心理老师{{compound:濮阳素心}}每学期来两回，团县委的{{compound:太史雁行}}带着大学生暑假来支教，有个大学生{{compound:第五青禾}}到现在还在QQ上教{{han:谢向前}}英语。我们班有个家长群，群号{{trap/number:726015384}}，是发通知的，娃们的私事我从不在群里说。有急事打{{trap/hotline:12355}}。
访谈者：您平时带他们做什么？
受访者：周末带他们去{{trap/place:蔡伦纪念园}}，讲{{trap/famous:杜甫}}晚年死在{{trap/place:耒阳}}的船上。我的微信{{wechat:ziyuee_laiyang}}，QQ{{qq:1503726948}}，娃们半夜找我，我都回。
访谈者：登记信息呢？
受访者：{{han:谢向前}}家在{{address:耒阳市导子乡大塘村十一组3号}}，女娃的姑姑家在{{address:耒阳市导子乡石湾村四组26号}}。{{han:谢向前}}的身份证{{id_number@my2013.430481}}，{{han:梁有能}}的{{id_number@wy2013spaced.430481}}。我电话{{mobile@p86h}}，{{han:还秋妹}}的{{mobile@fws}}。
访谈者：名册上的名字有写错的吗？
受访者：有。补助表上是{{spaced:谢 向 前}}、{{spaced:梁　有　能}}，支教的名单上成了{{spaced:第 五 青 禾}}、{{spaced:濮 阳 素 心}}。
访谈者：最后您想说什么？
受访者：这几个娃，我想都送进初中、送进高中。最让我放心不下的，是{{han:蔡思源}}。
""")

# H919: Han porcelain painter in 浮梁 raising her sister's two children.
DOCS["H919"] = ("family", """\
访谈者：{{han:揭师傅}}，您画瓷画了多少年？
受访者：二十年了，十五岁学的青花分水。我叫{{han:揭春妍}}，{{trap/place:浮梁}}人，在{{trap/place:湘湖}}一家作坊画青花，一天画七八十个碗。作坊里的人叫我{{han:揭师傅}}，老家的人还叫我小名{{han:妍妹}}。
访谈者：您妹妹的两个孩子，是怎么到您家来的？
受访者：我妹{{han:揭春梅}}前年得乳腺癌没了，三十四岁。妹夫{{han:和永健}}在她病着的时候就不大回家，人一走，他把两个娃往我这儿一送，说去{{trap/place:温州}}打工挣钱，就再没回来过，电话换了，一年多没音讯。
访谈者：两个孩子多大？
受访者：姐姐{{han:和美}}十二，弟弟{{han:和乐}}八岁，名字是我妹起的，她说盼一家人和睦、快乐。我跟{{han:和美}}和{{han:和乐}}说，你们妈在天上看着呢。姐姐在{{school:浮梁县第二中学七年级（4）班}}，弟弟在{{school:浮梁县湘湖小学二年级（3）班}}。
访谈者：孩子们现在怎么样？
受访者：姐姐心事重。她妈走的时候她在床边，一滴眼泪都没掉，后来半年里每天夜里哭醒。班主任{{han:鄢慧君}}老师发现她作文里写想死，吓得给我打电话，我连夜去学校接她。县里的心理医生{{compound:南宫曼青}}给她做了一年辅导，现在好些了。弟弟不懂事，老问他爸啥时候回来，我说快了，他就站在村口等班车。
访谈者：弟弟呢？
受访者：弟弟调皮，上树掏鸟窝，下河摸鱼，一身泥回来。他不记仇，也不记事，今天哭明天就忘了。就是夜里尿床，医生说是心里的事，慢慢会好。我给他买了个小闹钟，半夜响一回，叫他起来。
访谈者：有人帮你们吗？
受访者：村里的儿童主任{{han:都丽萍}}。是她跟我说，两个娃妈没了、爸失联一年多，可以按事实无人抚养儿童报。{{han:都丽萍}}都替我想到了，派出所的失联证明是她陪我去开的，报上去两个月就批了，每个娃每月{{trap/number:一千一百一十元}}。县民政局的{{han:危家骏}}来家里核过，看了我的户口本，说我是娃的亲姨，算委托照护人。乡里的社工{{compound:慕容雁初}}每个月来两回，带{{han:和乐}}做手工。
访谈者：您一个人带两个娃，顾得过来吗？
受访者：我男人{{han:桂长青}}在{{trap/place:瑶里}}的景区开观光车，他没二话，把家里最亮堂的屋子给了两个娃。我自己的闺女{{han:桂小禾}}十岁，跟表姐表弟处得跟亲姐弟一样，三个娃挤一张床看电视。我给{{han:闵国华}}说了家里的事，他是作坊老板，让我把坯子带回家画，按件算钱，不用天天坐班。
访谈者：青花分水难学吗？
受访者：难。一支笔蘸五种浓淡的料，头浓、正浓、二浓、淡、影淡，差一点颜色就糊。我跟师傅学的时候，师傅说，心静笔才稳。我妹走以后那半年，我心不静，画废了好多坯。后来姐姐坐在我旁边看我画，一看一下午，说姨，我也想学。我就教她勾线，她的手比我当年还稳。
访谈者：画瓷能挣多少？
受访者：看活儿。画一个{{trap/word:青花}}碗三块，画一个{{trap/word:玲珑}}杯五块，一个月三四千。我们这儿的{{trap/word:高岭土}}是出了名的，{{trap/place:高岭村}}就在山那边，外国人都来看。作坊里常来游客，导游讲{{trap/famous:白居易}}写过浮梁买茶的诗，游客就拿手机拍我画碗。
访谈者：孩子的爸爸，您还找过吗？
受访者：找过。托了温州的老乡，说在一个鞋厂见过他，再去就没了。姐姐说，姨，不找了，他不要我们，我们也不要他。我听了心里难受，她才十二岁。
访谈者：登记信息请您说一下。
受访者：家在{{address:浮梁县湘湖镇进坑村三组18号}}。{{han:和美}}的身份证{{id_number@wy2013plain.360222}}，{{han:和乐}}的{{id_number@my2017fwspaced.360222}}。我电话{{mobile@fullwidth}}，儿童主任的{{mobile@spaced}}。我微信{{wechat:jiechunyan_qinghua}}，{{han:和美}}的QQ是她在我画碗的草稿纸上写的：{{qq:53917082}}。
访谈者：表上的名字写得对吗？
受访者：有错的。补助表上是{{spaced:和 美}}、{{spaced:和　乐}}，我妹的死亡证明上是{{spaced:揭 春 梅}}，心理医生的名字在单子上写成了{{spaced:南 宫 曼 青}}。
访谈者：最后还想说点什么？
受访者：我画了二十年碗，没想到最后要画的是这两个娃的日子。我想对我妹说，两个娃我带着，放心。也想谢谢{{han:都丽萍}}。
""")

# H920: Han social worker in 乐平 who handles 事实无人抚养 cases.
DOCS["H920"] = ("staff", """\
访谈者：{{han:幸老师}}，您在社工站做了几年？
受访者：六年了。我叫{{han:幸芷若}}，{{trap/place:乐平}}人，在{{trap/org:乐平市社会工作服务站}}专门跟事实无人抚养的个案。站里的人叫我{{han:小幸}}，{{trap/word:幸好}}我们站长{{han:熊国强}}不嫌我年轻，把最难的几个案子都交给了我。今天说四个。
访谈者：您说。
受访者：头一个在{{trap/place:涌山镇}}。男娃{{han:能小虎}}，十岁，爸爸{{han:能振华}}三年前在{{trap/place:浙江}}偷电瓶车被抓，后来又犯了事，加刑了。妈妈是{{trap/place:内蒙古}}人，蒙古族，叫{{minority/mongolian:德力黑}}，嫁过来以后跟村里人处不来，娃四岁的时候回了老家，后来联系不上了。我们托内蒙古那边的民政找过{{minority/mongolian:德力黑}}，说人在{{trap/place:通辽}}，不愿意回来。村里的户口本上她登的是{{minority/mongolian:包德力黑}}，小名{{minority/mongolian:松迪娃}}。{{han:能小虎}}能跑能跳，就是不说话，一说话就结巴。他跟着二伯过，二伯{{han:能振东}}自己也有三个娃。
访谈者：第二个呢？
受访者：第二个在{{trap/place:众埠镇}}，两姐妹，姐姐{{han:让小满}}十三，妹妹{{han:让小雪}}九岁，姓让，我们这里少见。爸爸{{han:让国平}}在{{trap/place:福建}}跑货车，出车祸死了；妈妈改嫁后不管，这就是事实无人抚养里头父亲死亡、母亲不履行抚养义务的。我跟{{han:让小满}}说，你的事你可以做主，你不想见你妈就不见。{{han:让小满}}让我别告诉她妹妹，她妈在{{trap/place:九江}}又生了一个。
访谈者：第三个？
受访者：第三个是回族娃，在城里{{trap/place:洎阳街道}}。爸爸{{minority/hui:马法赫德}}，学名{{han:马建成}}，{{trap/place:临夏}}人，在乐平开过拉面馆，前年因为贩毒进去了，判了十五年。妈妈是本地人，叫{{han:程秀云}}，重度抑郁，住在精神病院。娃经名{{minority/hui:海丽曼}}，学名{{han:马芷晴}}，十一岁，在{{school:乐平市第十小学五年级（4）班}}。{{minority/hui:海丽曼}}她奶奶在临夏，说要把她接回去，娃不肯，说要等她妈出院。
访谈者：第四个？
受访者：第四个{{han:要晓星}}，男，十四岁，在{{school:乐平市第三中学八年级（1）班}}。爸妈都在外头，说是在{{trap/place:广东}}，三年没回来，也没寄过钱，户籍上人在，找不到人。派出所的{{han:邬建明}}帮我们查了一年，出具了失联证明，这才报上去。{{han:要晓星}}要强，从不跟人说家里的事，成绩在年级前十。
访谈者：您自己怎么走上这一行的？
受访者：我小时候也是留守的，爸妈在{{trap/place:义乌}}做小生意，我跟外婆长大。上大学学了社会工作，毕业回了乐平。头一年跟个案，一个娃当着我的面把作业本撕得粉碎，说你们都是来拍照的。我在他家门口坐了三个晚上，第四天他给我倒了一杯水。从那以后我就知道，这活儿急不得。
访谈者：这些个案是怎么跟进的？
受访者：一个娃一个计划。市民政局儿童福利科的{{han:甘丽娜}}管审批，材料到她那儿不过夜。每个镇有儿童主任，涌山镇是{{han:游春燕}}，众埠镇是{{han:詹木生}}。站里的督导{{compound:轩辕明霞}}每月跟我过一遍案子，心理咨询师{{compound:呼延晚舟}}给几个娃做沙盘，新来的同事{{compound:拓跋清扬}}跟着我跑户。我们每季度带娃们去看一回{{trap/place:乐平古戏台}}，看{{trap/word:赣剧}}，娃们最爱看武戏。
访谈者：您觉得最难的是什么？
受访者：最难的是认定。爸妈一方失联，得派出所出证明，查一年才算数；服刑的要判决书，进了戒毒所的要决定书。材料齐了，钱就下来了。钱好办，心难办。这些娃最怕的是又一次被人扔下，所以我答应过的事，一件都不能黄。
访谈者：登记信息呢？
受访者：虎娃家在{{address:乐平市涌山镇桥头村五组8号}}，两姐妹家在{{address:乐平市众埠镇界首村二组33号}}。{{han:能小虎}}的身份证{{id_number@my2014hyphen.360281}}，{{han:要晓星}}的{{id_number@my2010x.360281}}。我电话{{mobile@plus86dash}}，{{han:甘丽娜}}的{{mobile@s434}}。我的微信{{wechat:xingzr_shegong}}，个案的家长有事都在上面找我。{{han:要晓星}}的QQ号是{{qq:1386205947}}，他只肯在QQ上跟我说话。
访谈者：表上的名字有写错的吗？
受访者：有。系统里是{{spaced:能 小 虎}}、{{spaced:让　小　满}}，娃他妈在户口本上成了{{spaced:包 德 力 黑}}，督导的名字在培训名单上是{{spaced:轩 辕 明 霞}}。
访谈者：最后您想说什么？
受访者：我最想让这些娃知道，总有人不会走。头一个要谢的，是{{han:熊国强}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=913,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
