# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 158 (tests/pii/holdout158/H1249-H1256 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; sets 156, 157 and 159, written at the same
time, are not earlier sets).

Set 158 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
蒙阴 and 平邑 (Shandong): a Mongolian mother from 扎鲁特旗 who sorts peaches in a 蒙阴 packing shed, her husband
killed by a roof fall in a mine; an Amdo Tibetan grandfather from 同仁 raising two grandsons in 平邑 (保太镇) after
their parents left for the south and stopped answering the phone; a Hui father from 海原 who runs a beef-noodle stall
at the market of 常路镇, raising a girl alone after his wife died; a Yi mother from 昭觉 picking honeysuckle in
地方镇, her husband paralysed by a fall from scaffolding (clan names before the given name, short forms); a Han
community worker in 蒙阴街道 reading out her list; a Han 儿童主任 in 仲村镇 who keeps up with her children on QQ and
WeChat; a Han uncle in 野店镇 raising his dead brother's twins; and a Han village doctor in 流峪镇. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole (伊日贵其木格, 萨日古楞, 索米亚, 阿迪亚苏荣) and with short forms after the full name (诺日金花 then 诺日金 and
the nickname 小诺, 玛希巴特尔 then 玛希他, 阿纳尔图雅 then 阿纳尔她, 阿穆古楞 then 阿穆), a Han surname before a
Mongolian given name (鲍阿纳尔, 鲍阿穆古楞, the dead father's Han surname on the school list) and a Han nickname of
the father (鲍大个); Amdo Tibetan names (木洛尖措 then 木洛大爷, 周先卓玛 then 周先, a first syllable that reads like
the Han surname 周, 才让本加才十一, 本加加入了, 多日南杰 then 多日, also an ordinary word, 交巴才让, 银巴卓玛,
昂本扎西, 拉毛加, 德吉措), a Han surname before a Tibetan given name (颜本加, 颜多日) and the Han names of the same
boys (颜子墨, 颜子豪); Han-form Hui names (虎治林, 撒玉兰, 虎若曦, 海德成, 者海龙, 妥占海阿訇, 马梓晨, 丁淑华, a Hui
surname that is a grammar word: 把秀兰把她的摊子) beside 经名 used alone (阿德南, 伊丽法, 宰丽哈, 瓦利德, 马力克说,
努拉尼, 胡寨法, 萨布尔) and after a Han surname (虎宰丽哈, 马萨布尔), and nicknames (老虎, an ordinary word, and
小虎妞); Yi names with the clan name before the given name (吉尔伍芝, 阿侯克哈, 阿侯么妞, 阿侯木各, 沙玛曲者,
俄木阿支嫫, 马海此哈), given names alone after the full name (伍芝, 克哈他, 么妞, 木各, 此哈说), the clan name cut to
a Han surname (侯木各), and a dotted name without and with spaces (吉尔·伍芝, 吉尔 · 伍芝); Han names with common and
rare surnames of the region (公, 厉, 卞, 逯, 颜, 蔺, 仉, 满, 禚, 郯, 尹, 麻, 鲁, 薄, 鞠, 秦, 郝, 冀, 甄, 伊, 亓, 颛, 伏,
褚, 卜, 甘, 鄢, 訾, 冷, 薛, 房, 柏, 卢, 仲, 尉, 仇, 蒋); surnames that are also ordinary words, and given names that
start or end with such a word, next to grammar words (和安然和奶奶, 还小满还在, 有晓雪有个哥哥有晓峰, 有桂琴有空,
是向秀云向镇上, 向东方向着, 要明亮要上初三, 都晓雪都会, 能月梅能认, 能家兴能吃, 能家兴被, 卜德才才来, 厉也平也,
蒋就成就住, 我让让春霞) beside ordinary words that start with a surname character of the voices (公平, 颜色, 孙子,
麻烦, 金银花, 和气, 要紧, 厉害, 甘心, 冷库, 房子); names that contain words (和安然, 满天星, 向东方, 要明亮, 还小满,
满长河); titles and kin words after names (卞晓燕老师, 郯丽君老师, 尹秀梅老师, 鞠晓雯老师, 向东方老师, 訾秀云老师,
柏丽华老师, 仲丽君大夫, 妥占海阿訇, 木洛大爷; the span is the name only), a surname with only a title or kin word,
annotated whole (仉所长, 伊科长, 冀大姐, 亓警官, 颛老师, 颛姨, 卜主任, 鄢所长, 蒋先生, 蒋爷爷), nicknames and local
forms of address, annotated whole (小诺, 鲍大个, 老虎, 小虎妞, 兴子, 旺子, 三嫚, 冷老三); names directly before
particles, pronouns and verbs (蔺秀娥她, 把秀兰她, 褚天佑他, 房振宇他, 周先她, 马力克说) and after
叫/是/给/跟/找/让/和, and a name closing the last sentence (他叫仇玉山。); names spaced out character by character in
half- and full-width spaces, a dotted name with spaces around the dot and names split in two; compound surnames
after ordinary words (钟离, 公孙, 太史, 南宫, 澹台, 濮阳, 夏侯, 申屠, 公冶, 拓跋, 宇文, 司空, 呼延, 宗政, 仲孙 beside
the place 仲村镇, 东郭, 梁丘, 闻人, 端木, 百里, 漆雕); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:能家兴}}``, ``{{qq:3162047958}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984tri.513431}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 大爷) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 才, 就, 能, 要, 还, 有, 向, 把, 和, 她, 他) are outside the
span; a surname with only a title or kin word (仉所长, 冀大姐, 颛姨, 蒋爷爷) and a nickname or local form of address
(小诺, 鲍大个, 老虎, 兴子, 三嫚, 冷老三) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people
(颜子墨, 虎治林, 把秀兰) are category han; a Han surname before a non-Han given name (鲍阿纳尔, 颜本加, 虎宰丽哈,
马萨布尔) and a Yi clan name cut to a Han surname (侯木各) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout158/make_holdout158.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(158_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178", "181", "187",
                   "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1249: Mongolian mother from 扎鲁特旗 who sorts peaches in a 蒙阴 packing shed; her husband died in a mine.
DOCS["H1249"] = ("family", """\
访谈者：大姐，这棚里分的是什么桃？
受访者：黄桃，做罐头的。{{trap/place:蒙阴}}家家种桃，一到八月分拣棚就缺人。我叫{{minority/mongolian:诺日金花}}，老家{{trap/place:扎鲁特旗}}，棚里的人念不顺，都叫我{{minority/mongolian:诺日金}}，老板{{han:公茂田}}干脆喊我{{minority/mongolian:小诺}}。
访谈者：您怎么到山东来的？
受访者：跟着孩子他爸来的。他叫{{minority/mongolian:玛希巴特尔}}，身份证上随了汉姓，矿上的人都叫他{{han:鲍大个}}。他在山里的金矿下井，前年腊月井下冒顶，{{minority/mongolian:玛希}}他再没上来。矿上赔的钱还了家里的账，剩下的存着给孩子念书。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:阿纳尔图雅}}十二，在{{school:蒙阴县第二实验小学六年级（4）班}}；儿子{{minority/mongolian:阿穆古楞}}九岁，在{{school:蒙阴县第二实验小学三年级（1）班}}。学校的名单跟着他爸的汉姓，写成{{minority/mongolian:鲍阿纳尔}}和{{minority/mongolian:鲍阿穆古楞}}。{{minority/mongolian:阿纳尔}}她懂事，放学就来棚里帮我折纸箱。儿子淘，班主任{{han:卞晓燕}}老师一礼拜给我打两回电话。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:厉春红}}，她跑了三趟{{trap/org:县民政局}}，两个孩子办上了困境儿童生活补贴，一人一月{{trap/number:一千零六十元}}，俺娘仨也吃上了低保。{{han:厉春红}}说，孩子没了爹，政府得兜着。街道社工站的{{compound:钟离晓棠}}每礼拜来给闺女补英语，跟她一块来的{{compound:公孙若汐}}带儿子画画。矿上工会的{{han:逯长青}}替我跑的赔偿，跑了大半年。
访谈者：老家还有人吗？
受访者：婆婆{{minority/mongolian:伊日贵其木格}}在{{trap/place:鲁北镇}}，腿脚不好。俺娘家嫂子{{minority/mongolian:萨日古楞}}隔三差五过去看她。放暑假我带孩子们回去，赶上{{trap/minority_word:那达慕}}，儿子非要看摔跤。婆婆给他们熬{{trap/minority_word:奶茶}}、泡{{trap/minority_word:炒米}}，一个劲儿问山东冷不冷。
访谈者：分桃子累吗？
受访者：站一天腰直不起来。老板娘{{han:公丽霞}}心眼好，让俺下午四点先走，去接{{minority/mongolian:阿穆}}。棚里有人说俺是外地来的，抢了本地人的活，{{han:公丽霞}}就骂回去，说干活还分哪的人，这不{{trap/word:公平}}。
访谈者：您跟孩子他爸是怎么认识的？
受访者：在{{trap/place:通辽}}念卫校的时候，他在学校对面修摩托车，天天找借口来借打气筒。结婚以后草场小，养不了几只羊，他听老乡说山东的矿上挣得多，一个人先来了，干了三年，前年开春才把俺娘仨接过来。那时候闺女念四年级，儿子刚上一年级。他下井一个月能挣八九千，还跟俺说，再干五年就回去盖房子。
访谈者：孩子们在这边上学跟得上吗？
受访者：闺女在老家念的是蒙古语授课，来了这边语文跟不上，头一年考了四十多分，回家哭。她在老家的同学{{minority/mongolian:索米亚}}天天晚上跟她视频，教她背古诗，两个小闺女对着手机念“床前明月光”，一个蒙古腔，一个山东腔。现在她语文能考八十多了。{{minority/mongolian:阿迪亚苏荣}}是老家嘎查的儿童主任，每年开学都给她寄蒙文的课外书，怕她把自己的话忘了。
访谈者：出事那天您在哪儿？
受访者：在冷库挑苹果。矿上来了两个人，站在冷库门口不说话，我一看他们的脸就知道了。我扔下筐就往矿上跑，跑掉了一只鞋。到了井口，他们不让我下去，说人还在里头挖。挖了一天一夜，挖出来的时候，他手里还攥着矿灯。
访谈者：孩子们想爸爸吗？
受访者：想。闺女把她爸的照片夹在语文书里。儿子问我，爸爸是不是回草原放羊去了，我说是。夜里他睡着了，我一个人在院子里坐到半夜。
访谈者：桃季过了干什么？
受访者：桃季就三个来月，过了就去冷库挑苹果、剥栗子，冬天在家门口的服装厂钉扣子，一件两毛。钱不多，可离家近，孩子放学能看见我。矿上请的律师{{compound:太史嘉言}}说，赔偿款里有一笔是给孩子的抚养费，谁也不能动，我就一分没花，存在闺女名下。
访谈者：过年怎么过？
受访者：头一个年没过，俺娘仨在出租屋里吃了顿饺子，谁也没吃几个。第二年社区来送年货，一桶油、一袋面，还有两身新衣裳。闺女穿上新衣裳在镜子前头转圈，转着转着哭了，说爸爸看不见。今年我想带他们回草原过年，婆婆说，羊都给你们留着呢。
访谈者：登记表上的信息请您说一下。
受访者：俺们租的房在{{address:蒙阴县蒙阴街道叠翠路47号院2号楼1单元301室}}，老家是{{address:扎鲁特旗鲁北镇巴彦塔拉嘎查二组15号}}。我的身份证{{id_number@wy1986spaced.150526}}，闺女的{{id_number@wy2013fw.150526}}。我电话{{mobile@s38}}，{{han:厉春红}}的{{mobile@hyphen}}。闺女有微信，叫{{wechat:anaer_tuya0712}}。儿子有个QQ，他念一个数我写一个，写在桃箱子上了：{{qq:3162047958}}。
访谈者：名字在表上写得对吗？
受访者：补贴表上我成了{{spaced:诺 日 金 花}}，赔偿书上他爸是{{spaced:玛希 · 巴特尔}}，学校把闺女写成{{spaced:阿纳尔　图雅}}。
访谈者：您最盼什么？
受访者：盼孩子们念出书去。{{minority/mongolian:玛希}}他下井前说过，要让两个孩子都上大学。
""")

# H1250: Amdo Tibetan grandfather from 同仁 raising two grandsons in 平邑 after their parents left for the south.
DOCS["H1250"] = ("family", """\
访谈者：大爷，您是从青海过来的？
受访者：{{trap/place:黄南}}{{trap/place:同仁}}，{{trap/place:热贡}}那边，画{{trap/minority_word:唐卡}}的地方。我叫{{minority/tibetan:木洛尖措}}，村里人记不住，都叫我{{minority/tibetan:木洛}}大爷。
访谈者：怎么到{{trap/place:平邑}}来了？
受访者：闺女{{minority/tibetan:周先卓玛}}在{{trap/place:西宁}}打工，认识了平邑的{{han:颜庆国}}，嫁过来了。村里人叫她{{minority/tibetan:周先}}，还以为她姓周。前年两口子去{{trap/place:东莞}}进厂，去年开始电话打不通，钱也不寄了。亲家母{{han:孙桂芝}}瘫在床上，两个外孙没人管，我就从同仁过来了。
访谈者：两个外孙多大？
受访者：大的{{minority/tibetan:才让本加}}才十一，小的{{minority/tibetan:多日南杰}}八岁。户口上随他爸，叫{{han:颜子墨}}、{{han:颜子豪}}，班上的同学喊他们{{minority/tibetan:颜本加}}、{{minority/tibetan:颜多日}}。{{minority/tibetan:本加}}在{{school:平邑县保太镇中心小学五年级（2）班}}，{{minority/tibetan:本加}}加入了学校的鼓号队，天天在院子里敲。小的在{{school:平邑县保太镇中心小学二年级（3）班}}，画画爱用大红的{{trap/word:颜色}}，说像老家寺里的柱子。
访谈者：爸妈联系不上，孩子们的生活怎么办？
受访者：村里的儿童主任{{han:蔺秀娥}}带我去派出所开了失联的证明，{{han:仉所长}}亲自签的字。又报到镇上，民政办的{{han:满玉芹}}说这叫事实无人抚养，两个孩子每人每月{{trap/number:一千一百八十元}}。村支书{{han:禚明亮}}给俺把漏雨的屋顶修了。{{han:蔺秀娥}}她每礼拜来一趟，帮我看孩子的作业，我不认汉字。
访谈者：学校那边呢？
受访者：班主任{{han:郯丽君}}老师知道孩子的事，放学留他们写完作业再走。县社工站的{{compound:南宫望舒}}每月来一回，{{compound:澹台语嫣}}给小的做心理辅导，说他老做噩梦。
访谈者：老家还有人吗？
受访者：儿子{{minority/tibetan:交巴才让}}在热贡画唐卡，每月给我打五百块钱。我想家，想{{trap/org:隆务寺}}的桑烟，想{{trap/minority_word:六月会}}。在这边吃不上{{trap/minority_word:糌粑}}，我就拿炒面拌酥油，外孙们也跟着吃。
访谈者：您跟外孙们说话能说通吗？
受访者：开头说不通。我说安多话，他们说平邑话，我只会几句汉话，吃饭、睡觉、上学。小的听不懂就哭，大的给我们两头翻。现在好了，我学了几句山东话，会说“俺”，会说“拉呱”，他们也学了几句藏话，会叫阿尼。老伴{{minority/tibetan:银巴卓玛}}走了五年了，她要是在，孩子们能多学点。在{{trap/place:临沂}}卖藏药的老乡{{minority/tibetan:昂本扎西}}一个月来一回，跟孩子们讲{{trap/famous:格萨尔}}的故事，两个孩子听得不睡觉。
访谈者：一天是怎么过的？
受访者：早上五点起来，先给亲家母翻身、擦洗，再熬稀饭，叫孩子们起来。送他们到村口坐校车，回来喂鸡、扫院子。下午去地里看看，俺们种了二亩花生，是亲家公在的时候种的。晚上孩子们写作业，我就坐在旁边转经筒，一句一句地念。他们说姥爷念经像唱歌。
访谈者：您自己身体怎么样？
受访者：七十一了，膝盖疼，上坡费劲。这边的医生说是老寒腿，山东的冬天潮，比同仁还难受。我最怕自己倒下，两个孩子又没人管了。
访谈者：您想过带孩子们回同仁吗？
受访者：想过。可户口在这边，学籍在这边，亲家母也离不开人。回去了，孩子们听不懂老师讲课，老家的学校要用藏话、用汉话，他们两样都半吊子。我跟儿子商量过，等亲家母百年以后再说。儿子说，阿爸你岁数大了，别硬撑。我说，我撑不动了再叫你。
访谈者：孩子们问过爸妈的事吗？
受访者：大的不问，他心里明白。小的天天问，阿妈什么时候回来。我就说在{{trap/place:广东}}挣大钱，过年就回来。过了两个年了，他不信了，就不问了。有一回我看见他在作业本背面画了一个女人，旁边写着“妈妈”，我把那张纸撕下来，夹在我的经书里了。
访谈者：亲家母那边怎么样？
受访者：她中风三年了，半边身子不能动，话也说不清。我一个老头子照顾她，起先她不好意思，哭，不让我碰。后来她闺女从外地打电话来，跟她说了半天，她才肯了。现在我给她喂饭，她会用好的那只手拍拍我的胳膊，见了两个{{trap/word:孙子}}就笑。两家人说不上一句完整的话，可日子就这么过下来了。
访谈者：登记信息请您说一下。
受访者：住在{{address:平邑县保太镇东岭村三组22号}}，老家是{{address:同仁市隆务镇加吾村一社7号}}。我的身份证{{id_number@my1954.632321}}，大外孙的{{id_number@my2014quad.371326}}。我电话{{mobile@plain}}，{{han:蔺秀娥}}的电话{{mobile@s74}}。我儿子的微信是{{wechat:jiaoba_regong88}}。大外孙有个QQ，号码他用粉笔写在门框上了：{{qq:2906315847}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。补贴表上我是{{spaced:木 洛 尖 措}}，大外孙写成{{spaced:才让　本加}}，小的写成{{spaced:多 日 南 杰}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:周先}}她打个电话回来。孩子不能没有娘，{{minority/tibetan:多日}}夜里还喊阿妈。
""")

# H1251: Hui father from 海原 who runs a beef-noodle stall in 常路镇, raising a girl alone.
DOCS["H1251"] = ("family", """\
访谈者：师傅，您这牛肉面是哪儿的做法？
受访者：{{trap/place:海原}}的做法，汤要清，面要筋。我叫{{han:虎治林}}，经名{{minority/hui:阿德南}}，在{{trap/place:常路镇}}赶集摆摊六年了。集上的人都叫我{{han:老虎}}，小孩子见了我还躲。
访谈者：家里几口人？
受访者：就我跟闺女。孩子她妈{{han:撒玉兰}}，经名{{minority/hui:伊丽法}}，前年尿毒症走了，透析了一年多，家里的钱都花光了。闺女学名{{han:虎若曦}}，经名{{minority/hui:宰丽哈}}，今年九岁，在{{school:蒙阴县常路镇中心小学三年级（2）班}}。老师点名图省事，连着念成{{minority/hui:虎宰丽哈}}，同学们叫她{{han:小虎妞}}。
访谈者：您怎么从海原到了蒙阴？
受访者：跟着老乡出来的。同村的{{han:海德成}}，经名{{minority/hui:胡寨法}}，十多年前在{{trap/place:临沂}}开了个牛肉面馆，我在他店里拉了四年面。后来他说，常路镇赶集的人多，没有一家清真的面摊，你去试试。我就借了两万块钱，买了口大锅，在集上支起了棚子。头一年赔钱，第二年才有了回头客。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也得顾。早上四点起来熬汤，六点叫{{minority/hui:宰丽哈}}起来吃饭，送到校门口再出摊。学校没有清真灶，她中午只吃米饭青菜。班主任{{han:尹秀梅}}老师知道了，天天给她带一个煮鸡蛋。
访谈者：有哪些人帮你们？
受访者：镇民政办的{{han:麻德胜}}给俺办了低保，一点不嫌{{trap/word:麻烦}}，闺女算困境儿童，一个月{{trap/number:八百八十元}}。社区的儿童主任{{han:鲁玉霞}}隔一礼拜来家一趟，帮闺女洗头、剪指甲，这些我一个大男人弄不好。隔壁卖羊汤的{{han:把秀兰}}把她的摊子让出一半给我摆桌子，{{han:把秀兰}}她也是回族，老家{{trap/place:西吉}}，跟海原挨着。县社工站的{{compound:濮阳晓晴}}每月来一回，她同事{{compound:夏侯宇辰}}教我在手机上给闺女申请了助学金。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}不出摊，我带闺女坐车去{{trap/place:临沂}}城里的{{trap/org:清真寺}}。寺里的{{han:妥占海}}阿訇，经名{{minority/hui:瓦利德}}，摸着闺女的头念了半天。卖牛肉的{{minority/hui:马力克}}每礼拜从临沂给我捎牛腱子，他汉名叫{{han:者海龙}}，{{minority/hui:马力克}}说钱不急。俺娘在海原，经名{{minority/hui:努拉尼}}，七十多了，每回视频都给孙女看她炸的{{trap/minority_word:油香}}。
访谈者：集上的生意怎么样？
受访者：逢五逢十是大集，一天能卖二百多碗，平常也就七八十碗。来吃面的多是赶集的老人、拉货的司机，还有镇上中学的老师。一碗十二块，加肉十八。有的老人吃不起肉，我就多给舀两勺汤。有人说我傻，我说谁家没有个难处，俺闺女她妈治病那会儿，也是别人帮着俺。
访谈者：封斋的时候也出摊吗？
受访者：出。天不亮吃一口，一整天不吃不喝，守着一锅滚汤，闻着自家的面香。集上的人不懂，劝我吃一口，我说这是俺们的规矩。闺女还小，不用封斋，可她非要跟我一起，封了半天就饿得直哭，我让她开了，她还不高兴。
访谈者：闺女病了怎么办？
受访者：去年冬天她半夜发烧到三十九度八，我抱着她跑到镇卫生院，值班的大夫给她打了退烧针。那天我一夜没合眼，天亮还得出摊，不出摊就没钱。{{han:鲁玉霞}}知道了，第二天把闺女接到她家住了三天。我心里过意不去，给她送了一袋牛肉，她说啥也不收。
访谈者：闺女想妈妈吗？
受访者：想。{{minority/hui:宰丽哈}}晚上抱着她妈的盖头睡。她说长大了要当医生，给人看肾病。集上的人都说，{{han:老虎}}这闺女随她娘，心细。
访谈者：您想过回海原吗？
受访者：想过。海原那边旱，一年种不出几斗粮食，可那是老家，俺娘在那儿。闺女在这边上学好，老师好，同学也好，回去了她得从头适应。我跟俺娘商量，等闺女念完小学再说。俺娘说，你别管我，把孩子顾好。她七十多了，一个人住，我哥隔三天去看她一回。我心里愧得慌，当儿子的不在跟前。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:蒙阴县常路镇常路村农贸市场东排18号}}，住在{{address:蒙阴县常路镇东洼村二组26号}}。我的身份证{{id_number@my1981hyphen.640522}}，闺女的{{id_number@wy2016x.371328}}。我电话{{mobile@plus86}}，{{han:鲁玉霞}}的{{mobile@spaced}}。我的微信{{wechat:huzhilin_niuroumian}}，买面的熟客都加了。闺女的QQ是老师让注册的，上网课用，号码贴在冰箱门上：{{qq:57063918}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:虎 治 林}}，闺女写成{{spaced:宰　丽　哈}}，她妈的死亡证明上是{{spaced:撒玉 兰}}。
访谈者：最后想说什么？
受访者：{{minority/hui:阿德南}}这个名字是俺爷爷起的，他说人要有骨气。我不求别的，把闺女拉扯大。
""")

# H1252: Yi mother from 昭觉 working in a 地方镇 honeysuckle field (clan names before the given name).
DOCS["H1252"] = ("family", """\
访谈者：大姐，这是在摘{{trap/word:金银花}}？
受访者：是，{{trap/place:地方镇}}这一片都种这个，花骨朵要赶在开之前摘。我叫{{minority/yi:吉尔伍芝}}，{{trap/place:凉山}}{{trap/place:昭觉}}人，家支在前、名字在后，地里的人只叫我{{minority/yi:伍芝}}。
访谈者：怎么来的山东？
受访者：孩子他爸{{minority/yi:阿侯克哈}}先出来的，在{{trap/place:临沂}}的工地扎钢筋。前年从架子上摔下来，腰断了，现在躺在出租屋里。{{trap/org:县残联}}给办了一级残疾证，两项补贴都有。{{minority/yi:克哈}}他以前是村里唱歌最好的，现在一天说不了几句话。
访谈者：孩子们呢？
受访者：两个。闺女{{minority/yi:阿侯么妞}}十三，在{{school:平邑县地方镇初级中学七年级（2）班}}；儿子{{minority/yi:阿侯木各}}九岁，在{{school:平邑县地方镇中心小学三年级（3）班}}。学校嫌名字长，把家支砍了一半，写成{{minority/yi:侯木各}}。{{minority/yi:么妞}}也懂事，礼拜天跟我下地，一天能摘四十斤。{{minority/yi:木各}}在学校跟人打架，班主任{{han:鞠晓雯}}老师领着他去给人家赔不是。
访谈者：从昭觉出来，路上走了多久？
受访者：两天两夜。先坐车到{{trap/place:西昌}}，再坐火车到{{trap/place:成都}}，又换车到临沂。俺没出过远门，汉话也说不利索，一路上攥着他爸写的纸条，问了不知道多少人。到了这边，地里的活不难，难的是话。刚来的时候老板说啥俺都点头，后来才知道好多话俺听岔了。现在孩子们给我当翻译，他们的平邑话比我说得好多了。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:向秀云}}，是{{han:向秀云}}向镇上打的报告，两个孩子算困境儿童，每人每月{{trap/number:九百二十元}}，家里也有了低保。镇民政办的{{han:薄海燕}}来核过两回。地头的老板{{han:满德旺}}工钱从不拖，还让俺把孩子带到地头的棚子里写作业。县社工站的{{compound:申屠晓露}}每月来，{{compound:公冶文轩}}给儿子补数学。
访谈者：老乡多吗？
受访者：同村的{{minority/yi:沙玛曲者}}把俺带来的，她男人也在地方镇。昭觉老家还有俺娘{{minority/yi:俄木阿支嫫}}，七十了，一个人守着老屋。过{{trap/minority_word:火把节}}的时候，{{minority/yi:沙玛曲者}}煮一锅{{trap/minority_word:坨坨肉}}，几家人凑在一起，孩子们围着火堆跳。我给孩子们讲{{trap/famous:支格阿鲁}}射太阳的故事，儿子听得眼都不眨。
访谈者：地里的活怎么算钱？
受访者：按斤算，一斤花骨朵两块五。摘早了不行，摘晚了开了花也不行，得一朵一朵看着掐。一季下来能挣七八千，再加上他爸的补贴和低保，一家四口够吃了。同乡的{{minority/yi:马海此哈}}腿脚快，一天能摘六十斤，{{minority/yi:此哈}}说他在老家摘花椒练出来的。
访谈者：您一个人累不累？
受访者：累。早上五点下地，十一点回去给他爸翻身、做饭，下午再去。夏天太阳毒，脸晒得脱皮。{{minority/yi:克哈}}有时候冲我发火，我知道他心里苦，不跟他计较。
访谈者：住的地方怎么样？
受访者：租的老房子，两间屋，一个月二百。房东是个老太太，儿女都在城里，她说有人住着房子不塌。屋里冬天冷，镇上给俺们送了一个电暖气，孩子们写作业的时候开着，睡觉就关了，电费贵。院子里种了点土豆、白菜，老家带来的苦荞种子也撒了一把，长出来了，孩子们说没有老家的好吃。
访谈者：孩子们还会说彝话吗？
受访者：闺女会，儿子说得少了。在家我跟他们说彝话，出了门他们就说平邑话。儿子有一回跟我说，阿妈你别在学校门口说彝话，同学笑。我听了心里难受，可也没骂他。{{han:鞠晓雯}}老师知道了，让他在班会上教同学们说彝话的“你好”，同学们都学，后来他就不怕了。
访谈者：孩子他爸现在怎么样？
受访者：每礼拜镇卫生院的大夫来给他做一回康复，教他练胳膊。他能自己坐起来吃饭了，还能在床上编竹筐，一个筐卖十五块。他说等腰好一点，要去学修手机。我说你先把身子养好。{{compound:拓跋清和}}是县残联派来的康复师，她说只要坚持练，有希望拄着拐走几步。
访谈者：登记信息请您说一下。
受访者：住在{{address:平邑县地方镇后沟村四组11号}}，老家是{{address:昭觉县竹核乡木渣洛村二组5号}}。我的身份证{{id_number@wy1988fwhyphen.513431}}，孩子他爸的{{id_number@my1984tri.513431}}。我电话{{mobile@h38}}，{{han:向秀云}}的{{mobile@plus86dash}}。闺女有微信，叫{{wechat:muniu_zhaojue}}。儿子的QQ号他念了两遍，俺记在花筐的竹片上：{{qq:408271639}}。
访谈者：名字写得对吗？
受访者：银行卡上是{{minority/yi:吉尔·伍芝}}，中间一个点；低保表上是{{spaced:吉尔 · 伍芝}}，点两边空着。闺女在学校名单上成了{{spaced:阿 侯 么 妞}}，他爸的残疾证上是{{spaced:阿侯　克哈}}。
访谈者：您最盼什么？
受访者：盼他爸能坐起来，盼{{minority/yi:么妞}}念完初中再念高中，别跟我一样不识字。
""")

# H1253: Han community worker in 蒙阴街道 reading out her list.
DOCS["H1253"] = ("staff", """\
访谈者：您手里这个本子是什么？
受访者：困境儿童的台账。我叫{{han:秦淑贞}}，在{{trap/place:蒙阴街道}}{{trap/org:城东社区居委会}}管这一块。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:和安然}}，男，十岁，在{{school:蒙阴县第一实验小学四年级（3）班}}。他爸{{han:和振江}}偷电缆判了四年，在监狱里；他妈走了没回来。{{han:和安然}}和奶奶{{han:郝凤英}}过，孩子{{trap/word:和气}}，见人就笑，住{{address:蒙阴街道东关村五组9号}}。孩子的身份证{{id_number@my2015.371328}}，服刑人员子女补助每月{{trap/number:七百六十元}}。
访谈者：第二户？
受访者：第二户，{{han:还小满}}，女，六岁，{{han:还小满}}还在上幼儿园大班。她爸{{han:还长贵}}去年在{{trap/place:孟良崮}}下面的盘山路上翻了车，人没了；她妈{{han:冀玉芬}}有癫痫，二级残疾，拿两项补贴。住{{address:蒙阴街道南关社区花园巷12号}}，她妈的身份证{{id_number@wy1989spaced.371328}}，电话{{mobile@p86n}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:有晓雪}}，女，十三岁。爸妈前年煤气中毒，都没救过来，{{han:有晓雪}}有个哥哥{{han:有晓峰}}在外地当兵。她字写得好，临的是{{trap/famous:王羲之}}的帖。现在跟姑姑{{han:有桂琴}}过，孤儿基本生活费每月{{trap/number:一千六百五十元}}。{{han:有桂琴}}有空就去学校看她，她在{{school:蒙阴县第三中学初一（4）班}}。孩子的身份证{{id_number@wy2011fullwidth.371328}}。
访谈者：第四户？
受访者：第四户，{{han:满天星}}，女，八岁，名字是她爷爷起的。她爸{{han:满长河}}吸毒进了戒毒所，她妈改嫁去了{{trap/place:日照}}，算事实无人抚养。跟爷爷{{han:满德山}}过，住{{address:蒙阴街道北坦村三组30号}}，爷爷的身份证{{id_number@my1948.371328}}。
访谈者：第五户？
受访者：第五户是回族，{{han:马梓晨}}，男，十二岁，经名{{minority/hui:萨布尔}}，清真寺的人叫他{{minority/hui:马萨布尔}}。他爸在外地打工跟人跑了，他妈{{han:丁淑华}}腿有残疾，在家糊纸盒。他在{{school:蒙阴县第二中学初一（1）班}}，成绩是年级前十。娘俩吃低保，孩子算困境儿童。
访谈者：你们是怎么发现这些孩子的？
受访者：一是各村儿童主任报上来，二是学校发现，三是我们自己入户排查。每年春秋两季，我们跟着网格员挨家挨户走一遍，看谁家大人病了、谁家大人不在了、谁家孩子没人管。有的是邻居悄悄告诉我们的，有的是孩子自己在学校里说漏了嘴。
访谈者：这些户都是谁在跟？
受访者：街道民政科的{{han:伊科长}}总负责，材料报到{{trap/org:县民政局}}。各村的儿童主任，东关是{{han:甄丽萍}}，北坦是{{han:冀大姐}}。社工站的{{compound:宇文若禾}}跟第一户、第三户，新来的{{compound:司空若雨}}跟第二户，督导叫{{compound:呼延思齐}}，每月下来查一回台账。派出所的{{han:亓警官}}隔一阵子去看看第四户的小闺女，跟她说穿制服的不都是来抓人的。
访谈者：台账上名字有写错的吗？
受访者：错的不少。{{spaced:和 安 然}}在县里的表上中间空了格；{{spaced:还　小　满}}也是；{{spaced:有晓 雪}}被拆成两截；同事{{spaced:宇 文 若 禾}}的名字也被写开了，{{spaced:司　空　若　雨}}同样。年底我们一起核一遍。
访谈者：有没有让您特别放不下的？
受访者：第四户那个小闺女。她爸被带走那天她就在家，现在见了穿制服的就往床底下钻。我们请了县里的心理老师，一个月来两回。她爷爷说，这半年夜里能睡整觉了。
访谈者：入户的时候都看些什么？
受访者：先看孩子，看吃得饱不饱、穿得暖不暖、身上有没有伤。再看屋里，有没有床、有没有桌子、冬天有没有炉子。最后跟大人说话，问难处。第二户她妈犯病的时候孩子最危险，我们给她家装了个一键呼叫的电话，一按就打到社区。第四户的爷爷七十八了，我们跟学校说好，孩子放学先去托管班，晚上七点爷爷再去接。托管班管一顿晚饭，孩子说比家里的好吃。
访谈者：您自己顶得住吗？
受访者：有时候顶不住。一个人跟着二十多户，白天跑村，晚上写材料，还得应付各种检查。去年有一回，我在第四户坐着，听那个小闺女讲她爸被带走的那天，回来路上骑着电动车就哭了。第二天我跟{{han:伊科长}}说想换岗，他没批，说你再干一年，孩子们认你。我想想，也是，就又干下来了。
访谈者：联系方式呢？
受访者：{{han:郝凤英}}没手机，打她邻居的；{{han:有桂琴}}的电话{{mobile@s434}}，{{han:满德山}}的{{mobile@fws}}。我的工作微信是{{wechat:qinsz_chengdong}}。{{han:有晓雪}}有QQ，说不开心就在上面留言，号码是{{qq:1846093275}}。
访谈者：做这个最难的是什么？
受访者：孩子不肯开口。{{han:还小满}}她头两个月一句话不跟我说，后来我每回去都带一本绘本，她才慢慢肯说了。
""")

# H1254: Han 儿童主任 in 仲村镇 who keeps up with her children on QQ and WeChat.
DOCS["H1254"] = ("staff", """\
访谈者：{{han:颛老师}}，大家都这么叫您？
受访者：我不是老师，是{{trap/place:仲村镇}}的儿童主任，叫{{han:颛丽娜}}，村里人客气。我手上跟着九个孩子，大的上初中了，微信、QQ比我用得溜，我就在上头跟他们说话。
访谈者：说几个给我听听。
受访者：先说{{han:要明亮}}，十四岁，{{han:要明亮}}要上初三了。他爸{{han:要长顺}}在{{trap/place:费县}}一个石料厂出事没了，他妈{{han:伏秀琴}}精神不好。他白天不说话，晚上十一点在QQ上找我，号码{{qq:２９０５７１６４８３}}，头像是一只狗。他爱看{{trap/famous:诸葛亮}}的故事，说那是咱临沂出的人。我跟他说早点睡，他回我一个“嗯”。
访谈者：还有呢？
受访者：{{han:都晓雪}}，女，十二，{{han:都晓雪}}都会自己做饭了。爸妈在{{trap/place:宁波}}打工，跟奶奶过。她妈的微信{{wechat:duma_ningbo1985}}，每礼拜我把孩子的情况发过去。她在{{school:平邑县仲村镇中心小学六年级（1）班}}，班主任{{han:向东方}}老师跟我一个群。
访谈者：{{han:向东方}}是男老师？
受访者：男的，{{han:向东方}}向着孩子，家长们都服他。再一个是{{han:褚天佑}}，九岁，他爸{{han:褚大勇}}在监狱，还有三年。{{han:褚天佑}}他不用手机，我找他奶奶{{han:能月梅}}，{{han:能月梅}}能认几个字，会发语音，她微信叫{{wechat:nengyuemei_zc}}。
访谈者：您怎么发现孩子有事的？
受访者：看朋友圈，看QQ空间。有个闺女叫{{han:满小蝶}}，半夜发了一句“活着没意思”，我一看就打电话给她姑{{han:满桂芝}}，连夜去了。后来镇上请了{{compound:宗政雨眠}}，县里心理中心的，一个礼拜给她做一回咨询。社工站的{{compound:仲孙慧敏}}也常来，她的QQ是{{qq:735260194}}，孩子们有事也找她。
访谈者：您一天在手机上花多少时间？
受访者：说不清，早上睁眼先看QQ，晚上睡觉前再看一遍。九个孩子，一人一个对话框，谁发了啥我都得回。我男人说我手机比孩子还亲。手机屏幕摔裂了两回，换屏的钱都是我自己掏的，我也不心疼。可孩子们跟爹娘都说不上话，跟我能说，我就不能不接着。有的孩子不爱打字，就发表情，一个哭脸、一个太阳，我得猜。猜不准就打电话，电话不接就骑电动车去家里看。
访谈者：有没有少数民族的孩子？
受访者：有一个藏族小姑娘，她妈是{{trap/place:甘南}}的，嫁到俺村，叫{{minority/tibetan:拉毛加}}，后来得病没了。闺女叫{{minority/tibetan:德吉措}}，跟她爸过，她爸在外地跑车，一走半个月。{{minority/tibetan:德吉措}}想她妈，就在QQ空间里贴她妈唱歌的视频。
访谈者：补助这些谁管？
受访者：镇民政办的{{han:卜主任}}，大名{{han:卜德才}}，{{han:卜德才}}才来半年，材料我交给他，他报到县里。{{han:满小蝶}}是孤儿，每月{{trap/number:一千五百元}}；{{han:褚天佑}}是服刑人员子女，每月{{trap/number:六百二十元}}。去年{{trap/org:团县委}}给孩子们送了一批书包。
访谈者：家长们配合吗？
受访者：大部分配合，也有嫌我多事的。有个孩子他爹在外地，我在微信上跟他说孩子成绩掉得{{trap/word:厉害}}，他回我一句“你管好你自己”，就把我拉黑了。我没生气，换了个号再加他，加了三回他才通过。后来他过年回来，提着两箱牛奶来找我，说他不懂事。孩子的事就是这样，大人拧着，最后苦的是孩子。
访谈者：有没有哪个孩子让您后怕的？
受访者：有。去年腊月，一个孩子在QQ上给我发了一张照片，是水库边上的冰面，啥话也没说。我一看就慌了，一边骑车往水库跑，一边给他奶奶打电话。到了那儿，他坐在坝上，冻得脸都紫了。我把他搂在怀里，他说他就是想他爸了，想看看他爸以前钓鱼的地方。那天晚上我给{{han:要明亮}}他们几个大点的孩子挨个打了电话，嘱咐他们有事先找我，千万别一个人往外跑。
访谈者：联系方式您都存着？
受访者：都存着。{{han:要明亮}}他妈的电话{{mobile@plus86spaced}}，{{han:满桂芝}}的{{mobile@spaced}}。我自己的微信{{wechat:zhuanlina_ertong}}，QQ是{{qq:3309571826}}，镇上每个孩子都有。{{han:能月梅}}家在{{address:平邑县仲村镇大石村二组14号}}，{{han:满小蝶}}的姑家在{{address:平邑县仲村镇西楼村七组3号}}。{{han:满小蝶}}的身份证{{id_number@wy2012plain.371326}}，{{han:褚天佑}}的{{id_number@my2016hyphen.371326}}。
访谈者：表上名字有错的吗？
受访者：有。{{spaced:要 明 亮}}被空开了，{{spaced:都晓 雪}}成了两截，社工{{spaced:仲 孙 慧 敏}}被写得一个字一个空，心理老师{{spaced:宗政 雨眠}}也被拆开了。
访谈者：您觉得这活最{{trap/word:要紧}}的是什么？
受访者：孩子找你，你得在。半夜两点的QQ，我也回。孩子们都知道，有事就找{{han:颛姨}}。
""")

# H1255: Han uncle in 野店镇 raising his dead brother's twins.
DOCS["H1255"] = ("family", """\
访谈者：大哥，这两个孩子是您的？
受访者：俺侄子，双胞胎。我叫{{han:能守山}}，{{trap/place:野店镇}}的，种了八亩桃。我兄弟{{han:能守林}}前年冬天拉桃去{{trap/place:临沂}}，半道上跟大货车撞了，没救过来。弟妹{{han:甘翠英}}办完丧事就走了，说去{{trap/place:苏州}}打工，再没回来，电话也换了。
访谈者：孩子们多大？
受访者：十岁。老大{{han:能家兴}}，老二{{han:能家旺}}，村里人分不清，叫他俩{{han:兴子}}、{{han:旺子}}。{{han:能家兴}}能吃，一顿两个煎饼；{{han:能家旺}}瘦，挑食。两个都在{{school:蒙阴县野店镇中心小学四年级（2）班}}，老师排座位把他俩拆开了。
访谈者：您家里还有谁？
受访者：俺媳妇{{han:褚秀英}}，俺自家闺女{{han:能小穗}}上高中住校。媳妇一开始有意见，说自家也不宽裕，后来看俩孩子可怜，待他们比待闺女还亲。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:公维芳}}，她说孩子爹没了、娘找不着，算事实无人抚养，领我去派出所报了失联，又跑镇上。镇民政所的{{han:鄢所长}}批得快，俩孩子每人每月{{trap/number:一千一百二十元}}。撞车赔钱的官司，是{{trap/org:县法律援助中心}}的律师{{compound:东郭明哲}}帮着打的，跟他一块来的{{compound:梁丘思远}}跑了好几趟交警队。班主任{{han:訾秀云}}老师给俩孩子都申请了助学金。邻居{{han:厉也平}}也帮衬，俺下地，他把孩子接到他家吃饭。
访谈者：官司打下来了吗？
受访者：打下来了，大货车的保险公司赔了四十多万，法院判的钱一半存到俩孩子名下，到十八岁才能取。俺一分没碰。俺兄弟死得冤，俺不{{trap/word:甘心}}，可钱是孩子的。村里有人说闲话，说俺图兄弟的赔偿款，俺不跟他们掰扯。孩子吃的、穿的、上学的钱，都是俺桃园里挣的。
访谈者：孩子们想爸妈吗？
受访者：想。{{han:旺子}}夜里哭，说梦见他爸开着三轮回来了。{{han:兴子}}不哭，就是不爱说话，一放学就蹲在他爸那辆三轮车旁边，拿块破布擦了又擦。清明上坟，俩孩子跪在坟前，谁拉也不起来。
访谈者：桃园忙的时候怎么办？
受访者：俩孩子帮着套袋、摘桃，{{han:能家兴}}被桃毛扎得一胳膊红疙瘩，也不吭声。收桃的贩子{{han:冷老三}}看孩子可怜，每斤多给两毛。今年{{trap/word:冷库}}的价压得低，俺还是咬牙卖了，孩子们要交资料费。
访谈者：两个孩子性子一样吗？
受访者：不一样。老大闷，心里有事不说，考试考砸了就自己躲到桃园里坐着。老二嘴甜，见人就叫，村里的老太太都喜欢他，给他塞糖。开家长会，老师说老大数学好，老二作文好，俩孩子要是能合成一个就好了。俺听了笑，笑完了又想起他们爹，他爹小时候也是这样，数学好，不爱说话。
访谈者：您自己呢？
受访者：腰不好，年轻时在{{trap/place:莱芜}}下过煤窑。我就怕自己倒了，三个孩子谁管。俺兄弟走的那天，我在医院跟他说，你放心，俩孩子我给你拉扯大。
访谈者：孩子们问过他们娘吗？
受访者：问过。老二问，娘是不是不要俺们了。我说你娘在外头挣钱，挣够了就回来。老大在旁边听着，一句话不说，晚上我起夜，看见他坐在床上，手里拿着他娘的照片。俺媳妇说，孩子心里明白着呢，咱别糊弄他们。我想想也是，等他们再大两岁，我把实话告诉他们。
访谈者：村里人怎么看？
受访者：大多数人说俺仁义。过年的时候，村里好几家给孩子送压岁钱，小卖部的老板娘每回都多塞两根冰棍。{{compound:闻人书影}}是镇上派来的驻村干部，她把俩孩子的事报到县里，县里给他们一人发了一套冬衣。
访谈者：往后有什么打算？
受访者：桃园还得干，俺就会种桃。想再包两亩地，种点早熟的品种，六月就能下来，价钱好。等俩孩子上了初中，得去县城住校，花钱的地方多。俺媳妇说，实在不行她去城里的饭店刷碗，一个月也有两千多。俺说先不急，走一步看一步，反正不能让孩子们念不起书。
访谈者：登记信息请您说一下。
受访者：家在{{address:蒙阴县野店镇北晏子村六组18号}}。我的身份证{{id_number@my1976x.371328}}，{{han:能家旺}}的{{id_number@my2015fwspaced.371328}}。我电话{{mobile@fullwidth}}，{{han:公维芳}}的{{mobile@p86h}}。闺女给我注册了微信，叫{{wechat:nengshoushan_tao}}。俩孩子合用一个QQ，号码写在作业本背面：{{qq:96420573}}。
访谈者：名字写得对吗？
受访者：补助表上写成{{spaced:能 家 兴}}、{{spaced:能　家　旺}}，律师的名片上印着{{spaced:东 郭 明 哲}}，俺们还以为是两个人。
访谈者：您最盼什么？
受访者：盼孩子他娘回来看一眼。不图别的，孩子想娘。
""")

# H1256: Han village doctor in 流峪镇.
DOCS["H1256"] = ("staff", """\
访谈者：大夫，您在这个卫生室多少年了？
受访者：二十六年。{{trap/place:流峪镇}}这一片的孩子，打针吃药都找我。村里人都知道{{han:蒋就成}}就住在卫生室后头，半夜敲门也开。老人们还按老规矩叫我{{han:蒋先生}}。
访谈者：村里有哪些孩子您放心不下？
受访者：头一个是{{han:薛朵朵}}，七岁，生下来就是脑瘫，不会走。她爸{{han:薛长海}}在{{trap/place:日照}}码头扛活，她妈{{han:让春霞}}在家守着。我让{{han:让春霞}}每礼拜带孩子去{{trap/org:县康复中心}}做两回康复，车费是{{trap/org:县残联}}报的。{{han:朵朵}}有残疾证，两项补贴都有，也算困境儿童。
访谈者：第二个呢？
受访者：第二个是{{han:房振宇}}，十一岁，孩子自己好好的，爸妈都是聋哑人，{{han:房振宇}}从小给爹娘当嘴，去银行、去镇上办事都是他比划着说。一家三口挤在两间老{{trap/word:房子}}里，下雨天屋里摆三个盆。他在{{school:平邑县流峪镇中心小学五年级（1）班}}，班主任{{han:柏丽华}}老师说这孩子懂事得叫人心疼。
访谈者：第三个？
受访者：第三个是个闺女，{{han:卢思雨}}，十二，癫痫，一个月犯一两回。爸妈离了，她妈{{han:冀春红}}去了{{trap/place:青岛}}，她跟姥姥过，姥姥叫她{{han:三嫚}}。{{han:三嫚}}在{{school:平邑县流峪镇初级中学七年级（3）班}}，犯病那回是同学背着跑到我这儿的。县医院儿科的{{han:仲丽君}}大夫给她调了药，这半年好多了。
访谈者：您平时怎么照看这些孩子？
受访者：每个月上门一回，量身高、称体重，看看吃的药够不够。{{han:薛朵朵}}的腿得天天按，我教她妈按哪几个地方，一天两回，一回半个钟头。春天打疫苗，我挨家通知，有的老人记不住，我就在他家门上贴张纸。冬天孩子们爱感冒，我就把板蓝根分成一小包一小包，谁家有发烧的先吃上，再来找我。
访谈者：还有谁在帮这些孩子？
受访者：镇上的儿童主任{{han:尉秀梅}}，每个月跟我对一回孩子的情况。{{trap/org:县妇联}}的{{compound:端木清野}}来过，给{{han:薛朵朵}}送了一辆轮椅。残联派来的康复师叫{{compound:百里星澜}}，每礼拜来一趟，教{{han:让春霞}}给孩子按腿。社工{{compound:漆雕书瑶}}给{{han:房振宇}}找了个手语班，让他爹娘也去学。
访谈者：这几家的大人怎么样？
受访者：难。{{han:让春霞}}一个人守着一个不会走的孩子，一年到头出不了门，人瘦得脱了相。我跟她说，你得顾着点自己，你倒了孩子怎么办。{{han:房振宇}}他爹娘手巧，会编筐、会做豆腐，可是听不见、说不出，出去找活没人要。{{han:卢思雨}}的姥姥七十多了，眼睛花了，药盒上的字看不清，我就用红笔在盒子上画圈，早上一个圈，晚上两个圈。老太太记性差，我隔三天去数一回药片，少了多了心里就有数。
访谈者：您自己是怎么当上村医的？
受访者：跟俺师父学的。十八岁那年俺娘病了，镇上的卫生院看不好，是师父一副一副药给调好的。俺就跟着他背药箱，一背就是六年。后来去县卫校进修了两年，考了乡村医生的证。师父走的时候把他的听诊器给了我，我现在还用着。这些年村里的年轻人都出去了，剩下的是老人和孩子，我有啥事就跟{{han:尉秀梅}}商量，她管孩子，我管病，俩人搭伙。
访谈者：看病的钱够吗？
受访者：不够。合作医疗报一部分，剩下的靠救助。{{han:卢思雨}}的药一个月三百多，姥姥拿不出来，{{han:尉秀梅}}给报了临时救助，批下来{{trap/number:二千元}}。我这儿的诊费，这几个孩子都不收。
访谈者：您这么多年最难忘的是什么？
受访者：{{han:房振宇}}八岁那年，他爸夜里犯了急病，说不出话，是他摸黑跑了二里地来敲我的门，一边哭一边比划。我背着药箱跟他去，他在前头打着手电，一路上回头看我跟没跟上。那回要是晚半个钟头，他爸就没了。从那以后，我跟他说，有事就来找{{han:蒋爷爷}}。现在他个子窜到我肩膀了。
访谈者：登记信息请您说一下。
受访者：{{han:薛朵朵}}家在{{address:平邑县流峪镇蒋家庄村二组8号}}，{{han:卢思雨}}的姥姥家在{{address:平邑县流峪镇杨家峪村五组21号}}。{{han:薛朵朵}}的身份证{{id_number@wy2018tri.371326}}，{{han:让春霞}}的{{id_number@wy1990fullwidth.371326}}。{{han:让春霞}}的电话{{mobile@plain}}，{{han:尉秀梅}}的{{mobile@s74}}。我的微信{{wechat:jiangjiucheng_wsh}}，孩子们家长有事就在上头找我。{{han:房振宇}}有QQ，他跟我打字比打电话方便，号码是{{qq:4170362958}}。
访谈者：名字在表上写得对吗？
受访者：有错的。{{spaced:薛 朵 朵}}、{{spaced:房　振　宇}}，还有{{spaced:端 木 清 野}}，都给空开了。
访谈者：干了这么多年，您图什么？
受访者：孩子们好了，比啥都强。这话是俺师父说的，他叫{{han:仇玉山}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1249,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout159", "holdout156", "holdout157"))


if __name__ == "__main__":
    main()
