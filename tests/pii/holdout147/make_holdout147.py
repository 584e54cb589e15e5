# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 147 (tests/pii/holdout147/H1161-H1168 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 146, written at the same time, is not
an earlier set).

Set 147 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
寿光 and 青州 (Shandong): a Mongolian father from 阿拉善左旗 who tends cucumber greenhouses in 孙家集 (寿光) and
raises his two girls alone after his wife died; a Kham Tibetan mother from 泽库 who sorts vegetables at a wholesale
market in 圣城街道, her husband, a lorry driver, killed on the road, her son with epilepsy with her and her daughter
with her mother in 泽库; a Uyghur grandmother from 且末 raising her grandson in 弥河镇 after her daughter died and
the boy's Han father went to prison; a Yi father from 宁蒗 who works in a flower nursery in 黄楼街道 with his son
while his wife, paralysed by a fall, and his daughter stay with his mother in 宁蒗; a Han community worker in 羊口镇
reading out her list; a Han 儿童主任 in 邵庄镇 who keeps up with the children on QQ and with their parents on
WeChat; a Han uncle in 王府街道 who keeps a car-repair shop and raises the boy of his dead brother; and a Han village
doctor in 稻田镇. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than
one trick: Mongolian names used whole (敖登托雅, 宝力德图门, 巴雅尔玛, 珠拉玛) and with short forms and a nickname
(高勒达来 then 高勒, 阿拉坦苏荣 then 苏荣嘎她), a Han surname before a Mongolian given name (韩高勒, 韩苏荣, 栾格日勒)
and Han-style names of the same people (韩振川, the little girl 兰兰也); Tibetan names of 泽库 (完德卓么, 多杰东智,
拉旦加, 卓么吉, 久美加, 看卓吉) with short forms (完德, 拉旦) and a name that starts with a word-surname character
directly before the same character (才让卓么才从县医院出来), a Han surname before a Tibetan given name (王拉旦);
Uyghur given name + father's name with and without the dot (托乎提汗·库尔班, 阿依努尔汗·库尔班, 阿克木·库尔班,
阿克木库尔班, 依拉木·吐尔逊, 库尔班·司马义 whose father's name holds the compound surname 司马) and single and short
forms (托乎提汗大娘, 努尔汗, 阿克木他, 克里木江, 苏皮汗, 如则江 then 如则他, 玛依拉汗, 伊卜拉音江), a Han surname
before a Uyghur given name (孙克里木) and the Han name of the same boy (孙立恒); Yi names with the clan name before the
given name (阿苏惹古, 补约么么, 海来五各她, 阿苏日拉, 阿苏尔各, 罗洪拉惹, 勒格阿妞, 俄木依火, 金古伍各, 阿西阿呷)
with the given name alone as a short form (惹古, 么么她, 日拉他, 尔各她, 拉惹他, 依火说), the clan syllable dropped to
make a Han-style surname (苏日拉) or a Han surname put before a Yi given name (房阿呷), and the Han names of a Yi
father (苏永福, 老苏); Han names with common and rare surnames of the region (逄, 綦, 隋, 栾, 滕, 郇, 禚, 仉, 邴, 衣,
宫, 臧, 阚, 仇, 訾, 牟, 初, 丛, 冀, 展, 鞠); surnames that are also ordinary words next to grammar words (有德顺有辆三轮,
有德顺他, 向玉洁向镇上反映, 向宝山向亲戚借, 才欣怡才九岁, 都玉霞都半年, 都德胜都没顾上, 也思彤也要强, 能海波能跑,
要振东要求, 还有还宇航, 把晓丽把孩子, 我让让晓辉, 我和和建民, 和博文) beside ordinary words that start with such a
surname character (也许, 还有, 要强, 向日葵, 韩国 beside the 韩 names, 展览 beside the 展 names); titles and kin words
after names (逄秀云大姐, 滕晓静老师, 郇立军大夫, 桑红霞老师, 展丽娜老师, 宫雅琴老师, 阚秀华老师, 东郭春娜大夫; the
span is the name only), a surname with only a title or kin word, annotated whole (滕老师, 郇大夫, 展老师, 仉警官,
宫老师, 鞠所长, 隋校长, 阚老师, 訾大夫, 訾爷爷, 冀阿姨), nicknames and forms of address, annotated whole (兰兰, 苏荣嘎,
鹏鹏, 老苏); names that contain words (也长河, 向宝山, 能海波, 还宇航, 展鹏程, 訾洪亮, 有德顺); names directly before
particles, pronouns and verbs and after 叫/是/给/跟/找/让/和 (叫金古伍各, 是王立功, 给崔玉芬, 跟初明宇家, 找阚秀华,
让拉旦, 和左丘明辉), and names closing the last sentence (是王立功。, 是老板孟繁军。, 还是綦秀兰。, 就怕是还宇航。,
我弟弟叫展国梁。); names spaced out character by character in half- and full-width spaces (高 勒 达 来, 都 兰 其 其 格,
完 德 卓 么, 拉　旦　加, 阿 苏 惹 古, 补　约　么　么, 栾 格 日 勒, 淳　于　雅　宁, 百 里 晴 岚, 公 羊 晓 雪,
东　郭　春　娜, 孙　立　恒, 房　诗　琪), a dotted name spaced out with the dot (托 乎 提 汗 · 库 尔 班), a dotted name
with spaces around the dot (阿依努尔汗 · 库尔班) and names split in two (阿拉坦　苏荣, 多杰 东智, 阿克木 库尔班,
苏日 拉, 才欣 怡, 臧美 玲, 初明 宇); compound surnames after ordinary words (东方, 公冶, 诸葛, 皇甫, 夏侯, 尉迟, 第五,
南宫, 淳于, 欧阳, 闻人, 百里, 左丘, 公羊, 轩辕, 仲孙, 东郭, 申屠, 濮阳 after 叫/的/律师/社工/同事/志愿者/大伯/和/老师);
and numbers read out and written the many ways people do (an ID read out in threes, a QQ number in full-width
digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:逄秀云}}``, ``{{qq:2865013947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1983tri.152921}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 大姐, 大娘) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 才, 向, 能, 要, 她, 他) are outside the span; a surname with only a
title or kin word (滕老师, 郇大夫, 鞠所长, 訾爷爷, 冀阿姨) and a nickname or form of address (兰兰, 苏荣嘎, 鹏鹏, 老苏)
are annotated whole. Han-style names of Mongolian, Uyghur and Yi people (韩振川, 孙立恒, 苏永福, 老苏, 兰兰, 刘子睿)
are category han; a Han surname before a non-Han given name (韩高勒, 韩苏荣, 栾格日勒, 王拉旦, 孙克里木, 苏日拉,
房阿呷) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout147/make_holdout147.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(147_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "134", "135", "137", "138", "150", "151", "153", "157", "158", "166", "176", "178", "182",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1161: Mongolian father from 阿拉善左旗 who tends cucumber greenhouses in 寿光 (孙家集) and raises two girls alone.
DOCS["H1161"] = ("family", """\
访谈者：大哥，听说您是从内蒙古来的？
受访者：{{trap/place:阿拉善左旗}}的，家里原先放骆驼。我叫{{minority/mongolian:高勒达来}}，名字长，大棚老板{{han:隋洪涛}}记不住，给我起了个汉名叫{{han:韩振川}}，棚区的人图省事，喊我{{minority/mongolian:韩高勒}}。来{{trap/place:寿光}}第四年了，在孙家集给人管三个黄瓜棚。
访谈者：怎么想到来种菜？
受访者：孩子她妈{{minority/mongolian:敖登托雅}}得了尿毒症，透析两年，前年秋天走了，欠下十来万。草场禁牧，骆驼卖了也不够还账。同嘎查的{{minority/mongolian:宝力德图门}}先来的寿光，说一个棚一年能落下三四万，我就把两个丫头带来了。
访谈者：种菜这活您以前会吗？
受访者：一点不会。我们那儿是戈壁，连棵葱都难种活。头一年黄瓜得了霜霉病，叶子一片片发黄，半个棚的瓜都毁了，我蹲在地头不知道咋办。是{{han:隋洪涛}}手把手教的，啥时候放风，啥时候浇水，啥药兑多少，我拿个小本子记，记了满满两本。现在棚区里有人拿不准，还来找我问。
访谈者：两个孩子多大了？
受访者：大的{{minority/mongolian:阿拉坦苏荣}}十三，家里叫她{{minority/mongolian:苏荣嘎}}，学校花名册跟着我的汉姓，写成{{minority/mongolian:韩苏荣}}，在{{school:孙家集街道中心小学六年级（2）班}}。小的{{minority/mongolian:都兰其其格}}都八岁了，还离不开人，小名叫{{han:兰兰}}，在{{school:孙家集街道中心小学二年级（4）班}}。
访谈者：您一个人带两个孩子，顾得过来吗？
受访者：顾不过来。棚里早上五点拉帘子放风，傍晚再放下来，中间打药、绑蔓、摘瓜。{{minority/mongolian:苏荣嘎}}她放学先去接妹妹，回来淘米煮饭，手上烫过好几个泡。{{han:兰兰}}也懂事，自己洗袜子。大的爱看{{trap/word:韩国}}电视剧，看完了教妹妹唱里面的歌。
访谈者：孩子们在学校跟得上吗？
受访者：大的刚来时听不懂这边的话，同学说“恁”“俺”，她以为是骂人，现在她说山东话比我还溜。小的数学不行，一做应用题就哭。晚上我从棚里回来，她已经趴在桌上睡着了，作业本上全是眼泪印子。我没念过几年书，帮不上，只能第二天早上给她签个字。
访谈者：有谁帮着你们？
受访者：户口不在这边，低保得回老家办，是嘎查的儿童主任{{minority/mongolian:巴雅尔玛}}替我跑的。两个孩子算困境儿童，每人每月{{trap/number:一千零六十元}}。这边街道的儿童主任{{han:逄秀云}}大姐给孩子报了课后托管，民政办的{{han:綦建波}}来看过两回。大的班主任{{han:滕晓静}}老师每周给我打电话，{{han:滕老师}}说{{minority/mongolian:韩苏荣}}作文写骆驼，全班没一个见过骆驼的。社工站的{{compound:东方晴雯}}每月来一趟，同来的志愿者{{compound:公冶子墨}}给小的补拼音。隔壁棚的{{han:有德顺}}有辆三轮，下雨天替我去接孩子。
访谈者：老板对您怎么样？
受访者：{{han:隋洪涛}}人厚道，工钱按月给，最冷那几天让我们住进他家偏房。他常说，冬暖式大棚是{{trap/famous:王乐义}}那辈人琢磨出来的，咱们是沾了光。他媳妇{{han:郑玉娥}}给两个丫头织过毛衣。
访谈者：孩子们想家吗？
受访者：想。去年暑假回了一趟，{{han:兰兰}}骑上骆驼就不肯下来。我{{trap/minority_word:额吉}}{{minority/mongolian:珠拉玛}}七十四了，一个人守着几峰骆驼，给孩子们煮驼奶、讲{{trap/famous:成吉思汗}}的故事。{{minority/mongolian:宝力德图门}}开车送我们去{{trap/place:巴彦浩特}}坐火车，大的哭了一路。
访谈者：您自己身体怎么样？
受访者：腰上有劳损，棚里又闷又湿。有回打药没戴口罩，晕在棚里，是{{han:有德顺}}他把我拖出来的。我跟自己说，{{minority/mongolian:高勒}}你不能倒，倒了两个丫头就没人管了。
访谈者：您想过再成个家吗？
受访者：有人给介绍过，是本地一个离了婚的大姐，我没去见。两个丫头的妈走了才两年，大的到现在还把她妈的手机留着，天天充电，没事就翻里面的照片。我要是领个人回去，她心里过不去，我心里也过不去。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:阿拉善左旗吉兰泰镇查干布拉格嘎查二组16号}}，这边住{{address:寿光市孙家集街道前姚疃村菜棚区北排9号}}。身份证我念，你记：{{id_number@my1983tri.152921}}，大的{{id_number@wy2013hyphen.152921}}。我电话{{mobile@s434}}，{{han:逄秀云}}的{{mobile@plus86spaced}}。我微信叫{{wechat:gaole_alsz83}}。大的有个QQ，说跟同学对作业，号码她拿圆珠笔写在棚门的木框上：{{qq:2865013947}}。
访谈者：各种表上的名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:高 勒 达 来}}，学校把小的写成{{spaced:都 兰 其 其 格}}，大的又成了{{spaced:阿拉坦　苏荣}}。
访谈者：您最盼什么？
受访者：盼两个丫头把书念出来。我这辈子跟骆驼、跟黄瓜打交道，她们不能再这样。等她们大了，带回去看看额吉，再赶一回{{trap/minority_word:那达慕}}。
""")

# H1162: Kham Tibetan mother from 泽库 who sorts vegetables at a wholesale market in 圣城街道 (寿光); her husband, a
# lorry driver, died on the road; her son has epilepsy, her daughter is with her mother in 泽库.
DOCS["H1162"] = ("family", """\
访谈者：阿佳，您在这个市场干多久了？
受访者：三年了，在{{trap/place:圣城街道}}的蔬菜批发市场分拣，把西红柿、彩椒挑好装箱。我叫{{minority/tibetan:完德卓么}}，青海{{trap/place:泽库}}人。市场里的人叫不全，都喊我{{minority/tibetan:完德}}。
访谈者：怎么到寿光来的？
受访者：我男人{{minority/tibetan:多杰东智}}开大货车，从寿光往{{trap/place:西宁}}拉菜。前年腊月在{{trap/place:日月山}}下坡的地方翻了车，人没了。车队老板{{han:王立功}}是寿光人，说你来这边吧，孩子看病方便，我给你找个活。
访谈者：孩子是什么情况？
受访者：儿子{{minority/tibetan:拉旦加}}十岁，三岁那年发高烧，落下了癫痫，家里叫他{{minority/tibetan:拉旦}}。{{han:王立功}}他老娘认他当干孙子，街坊就跟着喊{{minority/tibetan:王拉旦}}。{{minority/tibetan:拉旦}}在{{school:寿光市圣城街道建新街小学四年级（3）班}}，犯病的时候会一下子倒在地上，所以学校让我留了两个电话。女儿{{minority/tibetan:卓么吉}}六岁，留在泽库跟我阿妈{{minority/tibetan:才让卓么}}。
访谈者：孩子的病怎么治？
受访者：{{trap/org:寿光市人民医院}}神经内科的{{han:郇立军}}大夫给他调的药，一天两回，不能断。{{han:郇大夫}}说按时吃药，长大了可能就好了。有一阵子药钱凑不上，我就让{{minority/tibetan:拉旦}}隔一天吃一回，结果他在课堂上犯了病。班主任{{han:桑红霞}}老师把他抱到医务室，一直守到我来。
访谈者：孩子犯病的时候您怎么办？
受访者：头一回在这边犯病，我吓傻了，抱着他哭。后来{{han:郇大夫}}教我：让他侧躺，解开领口，别往嘴里塞东西，看着表，超过五分钟就打急救电话。现在我兜里总揣着一张卡片，写着他的病和吃的药，万一我不在，别人也知道怎么弄。市场里的人也都知道了，有回他在菜堆边上犯病，分拣的大姐们围过来，把纸箱子拆开给他垫在头底下。
访谈者：都有哪些人帮过你们？
受访者：社区儿童主任{{han:孟凡静}}给儿子报了困境儿童，每月{{trap/number:九百八十五元}}，又帮他把病报了门诊慢特病，药费能报一大半。街道民政的{{han:谭振宇}}跑了几趟，我的低保也批下来了。社工站有个姑娘叫{{compound:诸葛晓桐}}，每周三下午来陪儿子写作业。律师{{compound:皇甫明川}}帮我跟保险公司要赔偿，要了两年才要下来。
访谈者：在泽库的女儿呢？
受访者：我阿妈七十了，{{minority/tibetan:才让卓么}}才从县医院出来，腿脚还行，每天转{{trap/minority_word:玛尼堆}}，回来给{{minority/tibetan:卓么吉}}熬奶茶、拌{{trap/minority_word:糌粑}}。我弟弟{{minority/tibetan:久美加}}在{{trap/place:和日镇}}上开小卖部，隔几天就送一趟面和油。村里的儿童主任{{minority/tibetan:看卓吉}}给女儿报了留守儿童关爱，冬天送来了棉鞋。
访谈者：女儿想您吗？
受访者：想。每天晚上视频，她不说话，就把脸贴在屏幕上。上回她问我，阿妈你是不是不要我了，只要哥哥。我在电话这头哭，不敢让她看见，把手机扣在桌上。我阿妈说，孩子小，过两年就懂了。
访谈者：孩子在这边习惯吗？
受访者：开始不习惯，听不懂山东话。后来他在班会上跳{{trap/minority_word:锅庄}}，大家围着拍手，就好了。他最爱听我讲{{trap/famous:格萨尔}}王的故事，说长大了要骑马，回草原上放牦牛。{{han:孟凡静}}说，孩子笑了，当妈的就能喘口气。
访谈者：您自己呢？
受访者：分拣按箱算钱，一天站十个钟头，一个月三千出头。活分季节，夏天西红柿下来，一天要挑四五百箱，腰都直不起来；冬天菜少，一天才挣几十块。晚上回来给儿子数药，数完了再跟阿妈视频。藏历年回不去，{{han:王立功}}他媳妇{{han:杨春霞}}包了饺子叫我们去吃。
访谈者：您想过回老家吗？
受访者：想过。可老家看这个病要去西宁，坐车六七个钟头，一来一回就是两天。在这边，医院离我们住的地方骑电动车十分钟。为了孩子，我先在这边待着，等他长大了，病好了，我们再回草原上去。他爸的骨灰还在老家，我每年都想回去给他点一盏酥油灯。
访谈者：登记信息请您说一下。
受访者：老家在{{address:泽库县和日镇叶贡村三社21号}}，这边租的房在{{address:寿光市圣城街道菜农公寓4号楼2单元502室}}。我的身份证{{id_number@wy1988spaced.632323}}，儿子的{{id_number@my2016fullwidth.632323}}。我电话{{mobile@h38}}，{{han:孟凡静}}的{{mobile@plain}}。我的微信是{{wechat:wande_zeku88}}。儿子有QQ，是{{compound:诸葛晓桐}}帮他注册的，号码他一个数一个数念，我写在药盒背面：{{qq:3057629148}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。医院把我写成{{spaced:完 德 卓 么}}，学校把儿子写成{{spaced:拉　旦　加}}，低保表上男人的名字成了{{spaced:多杰 东智}}。
访谈者：最后想说什么？
受访者：盼儿子的病别再犯，攒够钱把女儿接来。这些年帮我们最多的，是{{han:王立功}}。
""")

# H1163: Uyghur grandmother from 且末 raising her grandson in 弥河镇 (青州); her daughter died, the boy's Han father
# is in prison and his Han grandmother lies ill.
DOCS["H1163"] = ("family", """\
访谈者：大娘，您从新疆过来多久了？
受访者：两年多了。我叫{{minority/uyghur:托乎提汗·库尔班}}，{{trap/place:且末}}县的，在{{trap/place:车尔臣河}}边上种了一辈子红枣。这边的人叫不全，都喊我{{minority/uyghur:托乎提汗}}大娘。
访谈者：怎么到青州来了？
受访者：我女儿{{minority/uyghur:阿依努尔汗·库尔班}}嫁给了{{trap/place:弥河镇}}的{{han:孙广杰}}，他早年在且末收玉石，认识了我女儿。前年女儿骑电动车出了车祸，人没了。{{han:孙广杰}}跟人合伙卖假玉，被判了四年。孩子的奶奶{{han:崔玉芬}}中风躺在床上，没人管孩子，我就坐了三天火车过来了。
访谈者：您一个人在这边，语言不通怎么办？
受访者：刚来的时候，去超市买盐都不会说，拿手比划。邻居家的媳妇教我说“多少钱”“谢谢”，我现在会说一点了。孙子在学校学了拼音，回来教我认字，我教他说维吾尔话，他说奶奶你是我的学生，我也是你的学生。
访谈者：孙子多大了？
受访者：九岁。我给他起的名字叫{{minority/uyghur:克里木江}}，户口本上是{{han:孙立恒}}，同学们两个名字凑一块儿，喊他{{minority/uyghur:孙克里木}}。{{minority/uyghur:克里木江}}在{{school:青州市弥河镇中心小学三年级（1）班}}，班主任{{han:展丽娜}}老师对他好，{{han:展老师}}说他算数是班里头一个。
访谈者：您跟孩子怎么过日子？
受访者：我烤{{trap/minority_word:馕}}，做{{trap/minority_word:抓饭}}，他爱吃。他最爱我拉的拉条子，一回能吃两大盘。青州的煎饼他也爱吃，他说一个新疆一个山东，两样都是他的家。我汉话说不好，去学校开家长会，是他给我当翻译。奶奶那边我也天天去，给{{han:崔玉芬}}擦身子、喂饭。亲家说，{{minority/uyghur:托乎提汗}}比亲闺女还亲。
访谈者：都有谁帮你们？
受访者：村里的儿童主任{{han:向玉洁}}，{{han:向玉洁}}向镇上反映了，给孙子报了服刑人员子女补助，每月{{trap/number:一千一百二十元}}。镇民政的{{han:禚凯}}帮我办了居住证。社工站的{{compound:夏侯晴川}}每周来教我认字，她同事{{compound:尉迟晓澜}}带孙子去了{{trap/org:青州博物馆}}。派出所的{{han:仉警官}}也常来转转。城里开馕店的{{minority/uyghur:依拉木·吐尔逊}}每礼拜送一袋面来，他媳妇{{minority/uyghur:苏皮汗}}给孩子缝了一件{{trap/minority_word:艾德莱斯}}绸的小坎肩。
访谈者：孩子想妈妈吗？
受访者：想。晚上抱着他妈的照片睡。他问我，{{minority/uyghur:努尔汗}}妈妈在天上能看见我吗？我说能。去监狱会见，{{han:孙广杰}}隔着玻璃哭，说对不起孩子。
访谈者：您跟孩子的爸爸还有来往吗？
受访者：有。他是犯了错，可他是孩子的爸爸。每个月我带孩子去会见一回，坐两趟公交。孩子把考试卷子拿给他看，他隔着玻璃一道一道看，看完了说，比爸爸小时候强。出来以后孩子问我，爸爸什么时候回家，我说等你再长高一截。
访谈者：新疆那边还有亲人吗？
受访者：儿子{{minority/uyghur:阿克木·库尔班}}在且末种枣、养羊，他身份证上没有点，写成{{minority/uyghur:阿克木库尔班}}。我老伴{{minority/uyghur:库尔班·司马义}}走了十年了。{{minority/uyghur:阿克木}}他每个月打钱来，{{trap/minority_word:古尔邦节}}在视频里弹{{trap/minority_word:都塔尔}}，孙子跟着跳。我给孙子讲{{trap/famous:阿凡提}}骑毛驴的故事，他笑得在炕上打滚。
访谈者：孩子在学校有人欺负他吗？
受访者：开始有。有孩子说他长得不一样，说他妈是外国人。他回来不吭声，夜里在被窝里哭。{{han:展老师}}知道了，开了一次班会，让他给同学们讲新疆，讲沙漠里的胡杨，讲且末的红枣有多甜。第二天他带了一包红枣去学校，分给全班，从那以后就没人说了。
访谈者：孩子的奶奶身体怎么样？
受访者：{{han:崔玉芬}}右边身子不能动，说话也不清楚，可心里明白。我给她喂饭的时候，她拉着我的手掉眼泪。两个老婆子，一个说维吾尔话，一个说青州话，谁也听不懂谁，心里都明白。
访谈者：登记信息请您说一下。
受访者：这边住{{address:青州市弥河镇北张庄村五街38号}}，老家在{{address:且末县琼库勒乡托格拉克村二组7号}}。我的身份证{{id_number@wold.652825}}，孙子的{{id_number@my2017quad.370781}}。我电话{{mobile@s74}}，{{han:向玉洁}}的{{mobile@p86h}}。我的微信是孙子给弄的：{{wechat:tohtihan_qm}}。孙子还有个QQ，号码他念一遍我记不住，他就写在我手背上：{{qq:762048135}}。
访谈者：名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:托 乎 提 汗 · 库 尔 班}}，女儿的死亡证明写成{{spaced:阿依努尔汗 · 库尔班}}，学校花名册把孙子写成{{spaced:孙　立　恒}}，儿子那边写成{{spaced:阿克木 库尔班}}。
访谈者：您有什么心愿？
受访者：盼{{han:孙广杰}}早点出来，把孙子交给他，我回且末去，回车尔臣河边上看看。
""")

# H1164: Yi father from 宁蒗 who works in a flower nursery in 黄楼街道 (青州) with his son; his wife, paralysed by a
# fall, and his daughter are with his mother in 宁蒗.
DOCS["H1164"] = ("family", """\
访谈者：大哥，您是云南来的？
受访者：{{trap/place:宁蒗}}的，{{trap/place:小凉山}}彝族。我叫{{minority/yi:阿苏惹古}}，前头两个字是家支。花圃老板{{han:孟繁军}}叫我{{minority/yi:惹古}}，身份证上的汉名是{{han:苏永福}}，工友们都喊我{{han:老苏}}。在{{trap/place:黄楼街道}}这个花圃干了三年，种蝴蝶兰、红掌。
访谈者：花圃的活您是怎么学会的？
受访者：在老家我种洋芋、苦荞，没见过兰花。{{han:孟繁军}}说，兰花跟娃娃一样，冷了不行，热了不行，水多了烂根，水少了打蔫。冬天夜里要起来三回看温度计，我怕睡过头，就把闹钟塞在枕头底下。头一年冬天冻死了十几盆，我心疼得睡不着，老板没让我赔，说谁都有头一回。现在老板出门进货，一走就是好几天，花圃的钥匙就交给我。
访谈者：家里什么情况？
受访者：我老婆{{minority/yi:补约么么}}前年上山砍柴摔下来，腰断了，下半身动不了，在老家由我阿妈{{minority/yi:海来五各}}照顾。{{minority/yi:么么}}她办了一级残疾证，两项补贴加起来一个月{{trap/number:两百八十元}}。
访谈者：孩子们呢？
受访者：儿子{{minority/yi:阿苏日拉}}十一，跟我在青州，读{{school:青州市黄楼街道花园小学五年级（2）班}}。学校电脑里要填姓，老师把家支的头一个字去掉，写成{{minority/yi:苏日拉}}。我们在家叫他{{minority/yi:日拉}}。女儿{{minority/yi:阿苏尔各}}七岁，在老家跟奶奶，读{{school:宁蒗县跑马坪乡阿布村小学一年级（3）班}}。{{minority/yi:尔各}}她每天晚上要跟我视频，问阿妈的腰好了没有。
访谈者：您多久跟家里通一回电话？
受访者：天天打。老家山上信号不好，我阿妈要走到村口的核桃树底下才打得通。{{minority/yi:补约么么}}在电话里不哭，光问我吃饭了没有、儿子听话不听话。挂了电话，我一个人在板房里坐半天。
访谈者：您一个人带儿子，顾得过来吗？
受访者：花圃的活不算重，就是夜里要守温度。{{han:孟繁军}}让我们住在花圃边上的板房里，儿子放学就过来写作业。{{minority/yi:日拉}}他喜欢花，给每盆兰花都起了名字。老板娘{{han:邴桂兰}}中午多做一碗饭给他。
访谈者：儿子在学校习惯吗？
受访者：开始不习惯，他说老师讲话太快，听不懂。同学们问他是不是外国人，他不知道怎么回答。后来老师让他给全班讲彝族的节日，他讲得可好了，还教大家唱了一首彝族歌。现在他有好几个好朋友，周末一块到花圃来，帮着给花浇水。
访谈者：有哪些人帮你们？
受访者：把我带出来的是表哥{{minority/yi:罗洪拉惹}}，他先在寿光种菜，后来到这边。{{minority/yi:拉惹}}他普通话好，替我跟学校说事。街道的儿童主任{{han:衣晓燕}}说，父母一方重残的孩子算困境儿童，给儿子报上了，每月{{trap/number:八百九十元}}。民政办的{{han:能海波}}能跑，三趟就把手续办齐了。班主任{{han:宫雅琴}}老师，{{han:宫老师}}每天晚上在微信上问作业写完没有。社工{{compound:第五文杰}}带儿子去过{{trap/place:云门山}}，他同事{{compound:南宫月琴}}教我怎么申请临时救助。老家村里的儿童主任{{minority/yi:勒格阿妞}}隔几天就去看我老婆和女儿。
访谈者：过节呢？
受访者：{{trap/minority_word:火把节}}回不去，我们几个彝族老乡在花圃后头点一堆火，吃{{trap/minority_word:坨坨肉}}。{{minority/yi:阿苏日拉}}披着他阿妈织的{{trap/minority_word:查尔瓦}}跳舞。工友{{minority/yi:俄木依火}}弹月琴，{{minority/yi:依火}}说他想家想得睡不着。我给儿子讲{{trap/famous:支格阿鲁}}射太阳的故事。过{{trap/minority_word:彝族年}}的时候，老板给我们放了两天假，还买了一只羊让我们自己杀，大家围着吃了一晚上。
访谈者：老婆的病怎么样？
受访者：{{minority/yi:补约么么}}躺了两年，身上生过疮。县里给送了轮椅，现在能坐起来剥苦荞了。我每个月寄一千五回去。我阿妈七十了，{{minority/yi:海来五各}}她背都弯了，还要照顾一个瘫的、一个小的。
访谈者：您想过回老家吗？
受访者：想。可回去挣不到钱，老婆吃药、女儿上学都要钱。在这边一个月能挣四千多，省着点花，能寄回去一半。等儿子小学毕业，再看吧。
访谈者：登记信息请您说一下。
受访者：老家在{{address:宁蒗县跑马坪乡阿布村二社11号}}，这边住{{address:青州市黄楼街道花卉产业园东区7号板房}}。我的身份证{{id_number@my1986.530724}}，儿子的{{id_number@my2015fwhyphen.530724}}。我电话{{mobile@hyphen}}，{{han:衣晓燕}}的{{mobile@fws}}。我的微信{{wechat:asu_regu86}}。儿子有QQ，跟同学玩游戏用，号码他抄在板房墙上的日历背面：{{qq:１５８９０３２７６}}。
访谈者：名字写得对吗？
受访者：都不对。低保表上我成了{{spaced:阿 苏 惹 古}}，老婆是{{spaced:补　约　么　么}}，儿子是{{spaced:苏日 拉}}。
访谈者：最后想说什么？
受访者：等女儿大一点，接到青州来，一家人不分开。帮我们最多的，是老板{{han:孟繁军}}。
""")

# H1165: Han community worker in 羊口镇 (寿光) reading out her list of children in distress.
DOCS["H1165"] = ("staff", """\
访谈者：您手里是什么名单？
受访者：社区的困境儿童名单，今年新调过的。我叫{{han:綦美华}}，在{{trap/place:羊口镇}}渔港社区干了六年。社区一千多户，打鱼的、晒盐的、在厂里上班的都有，名单上现在是十一个孩子，留守的还有四十多个，都在我心里装着。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:逄子轩}}，男，十岁，{{school:羊口镇渔港小学四年级（1）班}}。他爸{{han:逄立强}}前年出海，船在{{trap/place:莱州湾}}翻了，人没找着；他妈改嫁去了{{trap/place:东营}}，再没回来。孩子跟奶奶{{han:綦秀兰}}过，按事实无人抚养报的，每月{{trap/number:一千五百二十元}}。住{{address:寿光市羊口镇渔港社区海风路16号}}，孩子的身份证{{id_number@my2016spaced.370783}}。{{han:逄子轩}}的QQ是他在电话里念给我的：{{qq:41068259}}。
访谈者：第二户？
受访者：第二户，{{han:才欣怡}}，女，{{han:才欣怡}}才九岁，在{{school:羊口镇实验小学三年级（2）班}}。她爸{{han:才德海}}偷渔船上的柴油，判了三年半；她妈{{han:都玉霞}}在外地打工，{{han:都玉霞}}都半年没来电话了。孩子跟姥姥过，报的是服刑人员子女补助。
访谈者：第三户？
受访者：第三户，{{minority/mongolian:栾格日勒}}，女，十二岁，在{{school:羊口镇初级中学七年级（4）班}}。她妈{{minority/mongolian:斯琴其木格}}是{{trap/place:锡林郭勒}}嫁过来的，前年得病走了；她爸{{han:栾志国}}在盐场晒了二十年盐，落下尘肺，干不了重活。爷俩都在低保里，孩子的困境儿童补贴也批了。住{{address:寿光市羊口镇盐田村三排7号}}。
访谈者：这孩子现在怎么样？
受访者：{{trap/word:要强}}。她妈走的时候她十岁，现在做饭洗衣都是她。她妈教过她几句蒙古话，她怕忘了，每天睡觉前念一遍。去年暑假{{han:栾志国}}带她回了一趟草原，回来她给我看照片，一片一片的草，说那是她妈长大的地方。
访谈者：第四户？
受访者：第四户是孤儿，叫{{compound:淳于雅宁}}，女，十四岁。爸妈开三轮去赶集，在{{trap/place:羊临路}}上出了车祸，都没了。现在跟大伯{{compound:淳于建军}}过，孤儿基本生活费每月{{trap/number:一千八百六十元}}。大伯的身份证{{id_number@mmidhyphen.370783}}，电话{{mobile@spaced}}。
访谈者：第五户？
受访者：第五户，{{han:和博文}}，男，七岁。他妈{{han:向美萍}}智力残疾，他爸{{han:和建民}}腿有残疾，两口子都领两项补贴。我和{{han:和建民}}说过好几回，孩子上学不能断。住{{address:寿光市羊口镇北岭村六组25号}}。
访谈者：名单多久调一回？
受访者：每季度调一回。有的孩子满了十八就出名单了，有的家里情况变了，比如爸爸出狱了、妈妈找回来了，补贴就停。去年有个孩子，他妈在外地又成了家，回来要接他走，孩子不愿意，哭着抱住奶奶的腿。我们只能尊重监护人，可那几天我一闭眼就是那孩子的脸。
访谈者：入户的时候您一般看些什么？
受访者：看孩子吃没吃饱、穿没穿暖，家里有没有书桌，被子厚不厚。羊口这边风大，冬天海风吹得人站不住，有的老房子窗户漏风，我们就找志愿者来糊窗户、换玻璃。还看大人的状态，老人身体怎么样，有没有喝酒的，有没有打孩子的。有一家孩子身上有伤，我们报了派出所，后来换了监护人。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:鞠所长}}总负责。社工站的{{compound:欧阳梓萱}}跟第一户和第四户，新来的{{compound:闻人秋菊}}跟第二户。渔港小学的{{han:隋校长}}最上心，冬天给{{han:逄子轩}}买了棉鞋。
访谈者：您一个人跟这么多户，忙得过来吗？
受访者：忙不过来也得忙。白天入户，晚上填表，系统里一个孩子要填三十多项，错一个字就退回来。我家里也有个上初中的闺女，我跟她说，妈妈管的这些孩子，比你难多了，你得体谅。她现在周末跟着我去入户，给小的讲故事。
访谈者：其他联系方式呢？
受访者：{{han:綦秀兰}}的电话{{mobile@plus86dash}}，{{han:栾志国}}的{{mobile@fullwidth}}。我的工作微信{{wechat:qimeihua_ygk}}。
访谈者：名单上的名字都对吗？
受访者：错的不少。县里系统把{{spaced:逄 子 轩}}三个字空开了，{{spaced:淳　于　雅　宁}}也是，还有{{spaced:才欣 怡}}、{{spaced:栾 格 日 勒}}。年底我们对着户口本再核一遍。
访谈者：做这个工作最难的是什么？
受访者：难在孩子心里的事。钱和物，我们跑一跑总能要来；孩子心里的窟窿，谁也填不上。{{han:逄子轩}}到现在还天天放了学去码头，等他爸的船，一等就是到天黑，谁劝都不走。我去劝过，社工也劝过，他就坐在石头上看海，一句话不说。最后能把他领回家的，还是{{han:綦秀兰}}。
""")

# H1166: Han 儿童主任 in 邵庄镇 (青州) who keeps up with the children on QQ and with their parents on WeChat.
DOCS["H1166"] = ("staff", """\
访谈者：听说您跟孩子们主要在网上联系？
受访者：对，孩子们用QQ，家长们用微信，我一个手机开两个号，晚上十一点还在回。我叫{{han:冀春燕}}，{{trap/place:邵庄镇}}的儿童主任，管着四个村二十三个孩子。
访谈者：您挑几个说说吧。
受访者：先说{{han:也思彤}}，十三岁，姓也，{{trap/word:也许}}的也。爸妈离婚以后各自成了家，谁都不管她，跟爷爷{{han:也长河}}过，镇上按事实无人抚养给她报了，每月{{trap/number:一千四百七十元}}。{{han:也思彤}}也要强，在{{school:邵庄镇初级中学八年级（2）班}}考前十。她的QQ是{{qq:2376104598}}，半夜常给我发一句“睡不着”。她爸{{han:也建新}}的微信{{wechat:yejx_qingzhou}}，我一个月催他一回抚养费，他回个“收到”就没下文了。
访谈者：网上联系有什么难处？
受访者：孩子们在网上愿意说，见了面反倒不吭声。可网上也有不好的东西，有人在QQ上加孩子，说带他们刷单挣钱，其实是骗子。我每个月在群里讲一回防骗，把骗子的套路截图发出来。家长那边，有的不会打字，只会发语音，一条六十秒，我一条一条听，听到半夜。有的在外地工地上，信号不好，消息隔两天才回。
访谈者：下一个？
受访者：{{han:让晓辉}}，十五岁，男孩。他爸在石料厂砸断了腰，瘫在床上，他妈{{han:丛淑珍}}在{{trap/place:济南}}当保姆。我让{{han:让晓辉}}每周把作业拍给我，他嫌烦，可还是拍。他在QQ上不爱说话，发来的都是表情包，号码念给你：{{qq:905173862}}。他妈的微信{{wechat:congsz_jinan}}，我每周跟她说一回孩子的情况。
访谈者：他爸现在怎么样？
受访者：躺了两年，脾气越来越坏，摔碗、骂人。{{han:让晓辉}}放学回家先给他爸翻身、擦身子，再做饭，作业常常写到夜里十二点。有一回他在QQ上跟我说，阿姨我真想跑了算了。我吓了一跳，第二天一早就去了他家，跟他在村口坐了一上午。后来镇上给他爸申请了护理补贴，又找了个护工每周来两回，孩子才喘过口气来。
访谈者：还有呢？
受访者：{{trap/word:还有}}个小姑娘{{han:房诗琪}}，九岁。她妈是{{trap/place:凉山}}的彝族，叫{{minority/yi:金古伍各}}，生下她第三年回了老家，再没回来。她妈给她起的彝名叫{{minority/yi:阿西阿呷}}，奶奶念不顺，喊她{{minority/yi:房阿呷}}。她爸{{han:房志军}}开铲车，活重，顾不上她。{{han:房诗琪}}在{{school:邵庄镇中心小学三年级（3）班}}，没有QQ，我就跟她爸在微信上说，他的微信{{wechat:fzj_chanche82}}。
访谈者：这些孩子您是怎么发现的？
受访者：村里人告诉，学校报上来，我们自己入户。镇上给这些孩子建了个QQ群，群号{{trap/number:615032987}}，每周五晚上我在群里讲个故事，讲完了让他们说说这一礼拜的事，谁考了几分，谁跟谁闹别扭了，谁家的狗下了崽，七嘴八舌，热闹得很。
访谈者：有谁跟您一起做？
受访者：镇社工站的{{compound:百里晴岚}}和{{compound:左丘明辉}}，一个做心理，一个带课外活动。{{compound:百里晴岚}}说{{han:也思彤}}画的画全是黑的，要多陪。镇民政办的{{han:要振东}}要求我们每个月上门一次，表格他来填。
访谈者：您自己家里支持您干这个吗？
受访者：开始不支持。我男人说，一个月补贴几百块，天天往外跑，家里的活谁干。后来有一回他跟我去了{{han:也长河}}家，看见爷孙俩吃的是咸菜就馒头，回来一句话没说，第二天拉了一车煤送过去。现在他比我还上心。
访谈者：还有让您放心不下的吗？
受访者：还有{{han:还宇航}}，十一岁，白血病，还在{{trap/org:齐鲁医院}}住着。化疗掉光了头发，视频的时候戴个小帽子，还跟我开玩笑，说{{han:冀阿姨}}你看我像不像个小和尚。他妈{{han:谭晓云}}辞了工陪床，低保和大病救助都办了。{{han:还宇航}}在病房里用QQ跟我聊，号码他一个字一个字打给我：{{qq:1240863579}}。{{han:谭晓云}}的电话{{mobile@plus86}}，我的电话{{mobile@s38}}。
访谈者：家访最远去哪？
受访者：最远的是{{han:也长河}}家，住{{address:青州市邵庄镇石峪村北岭六组30号}}，山路开车四十分钟。老人不识字，身份证是我替他念的：{{id_number@mold.370781}}。
访谈者：名字在表上有写错的吗？
受访者：有。{{spaced:也 思 彤}}、{{spaced:房　诗　琪}}、{{spaced:百 里 晴 岚}}，都被空开了，我一个一个改回来。
访谈者：最后您想说什么？
受访者：这些孩子缺的不光是钱，是有人惦记。有人问个作业，有人记着他的生日，过年有人给他发个红包，哪怕五块钱，他也知道这世上有人想着他。半夜手机一响，我就怕是{{han:还宇航}}。
""")

# H1167: Han uncle in 王府街道 (青州) who keeps a car-repair shop and raises the son of his dead brother.
DOCS["H1167"] = ("family", """\
访谈者：大哥，孩子是您侄子？
受访者：亲侄子。我叫{{han:展国栋}}，在{{trap/place:王府街道}}开个修车铺。我弟弟{{han:展国梁}}前年在工地上从架子上掉下来，没救过来。弟媳{{han:把晓丽}}把孩子往我这儿一放，就去了{{trap/place:济南}}，听说又成了家，电话也换了。
访谈者：孩子多大了？
受访者：十二，叫{{han:展鹏程}}，家里都叫他{{han:鹏鹏}}，在{{school:青州市王府街道偶园小学六年级（1）班}}。{{han:鹏鹏}}他爸走的时候他十岁，哭了一个礼拜，后来就不哭了，也不大说话。
访谈者：您弟弟出事以后，工地上怎么说？
受访者：包工头跑了，没签合同，一分钱赔偿都要不来。我去劳动监察大队跑了十几趟，最后打官司，赔了二十来万，法院判下来存在孩子名下，等他满了十八再取。这钱是他爸拿命换的，谁也不能动。
访谈者：您是怎么把他接过来的？
受访者：我媳妇{{han:臧美玲}}说，咱不管谁管。街道的儿童主任{{han:仇丽君}}告诉我，孩子爸没了，妈联系不上，能按事实无人抚养报，每月{{trap/number:一千五百九十元}}。法律援助中心的律师{{compound:公羊晓雪}}帮我办了监护，跑了半年。{{han:仇丽君}}说，{{han:把晓丽}}要是回来，还得她签字，可到今天也没见人影。
访谈者：孩子在您家过得怎么样？
受访者：我闺女{{han:展雨桐}}比他大两岁，俩人处得跟亲姐弟一样。{{han:展雨桐}}就是嘴厉害，{{han:鹏鹏}}考不好她就训他。我修车，满手油，他放学就蹲在铺子里看，说长大了也修车。铺子里的小徒弟{{minority/uyghur:如则江}}是喀什来的，{{minority/uyghur:如则}}他教孩子拧螺丝，俩人说说笑笑。我说你可别学修车，先把书念好。
访谈者：孩子刚来的时候怎么样？
受访者：刚来那半年，夜里老做噩梦，喊他爸。我就搬了张床睡在他屋里，他一喊，我就拍拍他。他不敢一个人上厕所，不敢关灯。有一回他问我，大爷，你会不会也死了。我说大爷身体好着呢，还得看你娶媳妇。他这才笑了。
访谈者：学校那边呢？
受访者：班主任{{han:阚秀华}}老师每周给我发他的作业情况。学校的心理老师{{compound:轩辕宏亮}}每两周找他谈一回。{{han:阚老师}}说，孩子作文写他爸，全班都掉了泪。有回他跟同学打架，把人家鼻子打出了血，我找{{han:阚秀华}}谈了一下午，才知道是人家先骂他没爹。街道社工站的{{compound:仲孙立伟}}周末带一帮孩子去{{trap/place:偶园街}}看老房子，讲{{trap/famous:范仲淹}}在青州当官、{{trap/famous:李清照}}在青州住了十来年的事，还带他们看了个{{trap/word:展览}}。
访谈者：您家里压力大吗？
受访者：大。铺子一个月挣五六千，两个孩子上学，我娘还有糖尿病。{{han:臧美玲}}在超市理货，一个月两千八。有回孩子半夜烧到四十度，邻居{{han:都德胜}}都没顾上穿袜子，开车把我们送到医院。
访谈者：有没有想过放弃？
受访者：没想过。累是累，可这是我弟弟的根。我娘说，你弟弟在那边看着呢。去年孩子过生日，许愿的时候闭着眼说，希望大爷大娘长命百岁。我媳妇躲到厨房里哭了。我蹲在院子里抽了半包烟，心想，这个孩子，我得给他养成个人。
访谈者：孩子现在学习怎么样？
受访者：中不溜。数学还行，英语差，一背单词就犯困。我给他报了个辅导班，一个月六百，{{han:仇丽君}}知道了，帮我找了社区的大学生志愿者，周末免费来辅导，辅导班就退了。他说长大了想当警察，专抓那些欠了工钱就跑的包工头。
访谈者：孩子的奶奶还在吗？
受访者：在，我娘七十六了，跟我们一块住。我弟弟走的那天，她一下子就垮了，半个月没下床。现在好多了，天天在院里择菜、喂鸡，孩子放学，她第一个迎出去。她老跟孩子说，你爸小时候也是这么淘，爬树掏鸟窝，摔断过胳膊。孩子就爱听他爸小时候的事，一晚上能问十几遍。
访谈者：孩子想他妈吗？
受访者：嘴上不说。有一回我看见他在QQ上给他妈发消息，发了十几条，一条也没回。他的QQ是{{qq:3186470259}}，我也加了，偷偷看他空间，写的都是“我没事”“我很好”。
访谈者：登记信息请您说一下。
受访者：住{{address:青州市王府街道南营社区东关路西胡同12号}}。我的身份证{{id_number@my1978.370781}}，孩子的{{id_number@my2014fwspaced.370781}}。我电话{{mobile@p86n}}，{{han:仇丽君}}的{{mobile@spaced}}。我的微信{{wechat:zhangd_xiuche}}。
访谈者：名字在表上写得对吗？
受访者：有错的。民政的表上孩子成了{{spaced:展 鹏 程}}，律师的名字写成{{spaced:公 羊 晓 雪}}，我媳妇是{{spaced:臧美 玲}}。
访谈者：最后想说什么？
受访者：我就想让孩子好好长大，对得起我弟弟。我弟弟叫{{han:展国梁}}。
""")

# H1168: Han village doctor in 稻田镇 (寿光) on the sick and disabled children of the village.
DOCS["H1168"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：二十六年。我叫{{han:訾洪亮}}，{{trap/place:稻田镇}}西营村卫生室的，村里人都叫我{{han:訾大夫}}。困境儿童的事，村里的儿童主任常来找我，哪个孩子有病、吃什么药，我心里有本账。
访谈者：您说几个孩子吧。
受访者：头一个是{{han:初明宇}}，九岁，脑瘫，不会走，说话也不清楚。他妈{{han:郇秀娟}}一天到晚守着，他爸在外地跑车。孩子有残疾证，两项补贴一个月{{trap/number:二百六十元}}，镇上又给报了困境儿童。我每礼拜去给他按一回腿。{{han:初明宇}}他见了我就笑，嘴里喊{{han:訾爷爷}}。他妈说，孩子就认两个人，一个是她，一个是我。这孩子生下来缺氧，在保温箱里待了二十天，出院的时候大夫就说可能有后遗症。头几年他家到处求医，{{trap/place:北京}}、{{trap/place:济南}}都去过，花光了积蓄。现在县康复中心每周给他做两回康复，路费镇上给报。
访谈者：第二个呢？
受访者：第二个是个闺女，{{han:向梦琪}}，十一岁，先天性心脏病，前年在{{trap/org:潍坊市人民医院}}做的手术。她爸{{han:向宝山}}向亲戚借了八万，还是不够，是村委会帮着在网上筹的。现在恢复得不错，在{{school:稻田镇西营小学五年级（3）班}}。
访谈者：她手术以后还要注意什么？
受访者：不能剧烈跑跳，不能感冒，每半年去潍坊复查一回，一趟下来车费、检查费就得小一千，家里都是借着钱去的。学校体育课她只能在边上看，她说不难受，可我知道她心里难受。她最想参加学校的运动会，我说等你再养两年，到时候我去给你加油。
访谈者：第三个？
受访者：第三个是一对双胞胎，{{han:牟子康}}、{{han:牟子宁}}，七岁。爸爸{{han:牟志成}}吸毒，关在戒毒所；妈妈跑了。奶奶{{han:宋桂芝}}带着，她有高血压，药是我送上门的。两个孩子报的是事实无人抚养。
访谈者：奶奶一个人带两个，吃得消吗？
受访者：吃不消也得吃。她七十一了，每天早上五点起来做饭，送两个孙子上学，回来再去地里拔草。血压一高，头晕得站不住，有回晕倒在院子里，是{{han:牟子宁}}跑来卫生室喊的我。七岁的孩子，跑了一里多地，鞋都跑掉了一只。
访谈者：村里还有少数民族的孩子吗？
受访者：有一个。村西头{{han:刘振海}}娶了个新疆媳妇，叫{{minority/uyghur:玛依拉汗}}，前年得肝病走了。孩子户口上叫{{han:刘子睿}}，他妈在世时叫他{{minority/uyghur:伊卜拉音江}}，现在没人这么叫了。
访谈者：那孩子现在谁管？
受访者：跟着他爸和爷爷奶奶。{{han:刘振海}}在大棚里打工，人老实，就是不会带孩子。孩子他妈走的时候他才五岁，现在上二年级了，有时候还拿着他妈的照片来问我，{{han:訾爷爷}}，我妈妈是哪里人。我就在手机地图上给他找新疆，找他姥姥家，告诉他那边有{{trap/place:天山}}，有葡萄沟。
访谈者：谁跟您一起管这些孩子？
受访者：镇卫生院的{{compound:东郭春娜}}大夫每季度下来体检，县康复中心的{{compound:申屠凯}}给{{han:初明宇}}做康复评估，镇社工站的{{compound:濮阳志刚}}管双胞胎的个案。村里的儿童主任叫{{han:初凤英}}，跟{{han:初明宇}}家是本家，{{han:初凤英}}就住他家后头。
访谈者：当村医这些年，您最难的是什么？
受访者：最难的是看着孩子受罪，自己使不上劲。村医能看的是头疼脑热，大病得往城里送。可有的家里连路费都拿不出来，我就先垫上，垫了好几千，有的到现在也没还，我也不要了。还有就是老人不懂，孩子发烧给捂被子，捂出抽风来才来找我。我这些年在村里办讲座，讲怎么给孩子退烧、怎么防溺水，一年讲四回。
访谈者：您平时怎么跟他们联系？
受访者：急事打电话，不急的发微信。{{han:郇秀娟}}的电话{{mobile@s434}}，{{han:宋桂芝}}没手机，有事打我这里。我的微信{{wechat:zihl_xiying}}。{{han:向梦琪}}有个QQ，每天给我发她数的心跳，号码是{{qq:5820317946}}。我跟家长们说，半夜有急事先打{{trap/hotline:120}}，再打我电话{{mobile@fullwidth}}。
访谈者：登记信息请您说一下。
受访者：{{han:初明宇}}家在{{address:寿光市稻田镇西营村前街21号}}，孩子的身份证{{id_number@my2017x.370783}}。双胞胎家在{{address:寿光市稻田镇西营村五组8号}}，{{han:牟子康}}的身份证{{id_number@my2019hyphen.370783}}。
访谈者：名字在表上有写错的吗？
受访者：有。{{spaced:东　郭　春　娜}}、{{spaced:初明 宇}}、{{spaced:牟 子 宁}}，都是录系统的时候弄的。
访谈者：最后您想说什么？
受访者：咱寿光出过{{trap/famous:贾思勰}}，把种地的学问写成了书。我没那本事，就想把村里这几个孩子看好。卫生室门口那排{{trap/word:向日葵}}，是{{han:向梦琪}}种的。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1161,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout146",))


if __name__ == "__main__":
    main()
