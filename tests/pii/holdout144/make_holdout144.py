# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 144 (tests/pii/holdout144/H1137-H1144 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 144 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
龙口 and 莱州 (Shandong): a Mongolian father from 乌拉特后旗 who shells scallops in a 龙口 seafood plant, his wife
dead of cancer, his daughter with him and his son with his sister in the banner; an Amdo Tibetan mother from 曲麻莱
who sews vermicelli sacks in 北马镇, married to a Han lorry driver, raising a son with a kidney disease; a Uyghur
grandfather from 英吉沙 who bakes nang in 东莱街道 and raises two granddaughters, his son lost at sea and their
mother gone back and remarried; a Hui father from 积石山 who runs a hand-pulled noodle stall in 沙河镇, his wife in
prison for illegal fund-raising; a Han 儿童主任 in 朱桥镇 reading out her register; a Han social worker in 三山岛街道
who reads out her WeChat chats; a Han grandmother in 芦头镇, speaking Jiaodong dialect, whose son is in prison; and
a Han head teacher in 土山镇 talking about a girl of her class left with nobody. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (满都呼宝音,
图门其其格, 斯仁达格瓦) and with short forms (敖日布扎布 then 敖日布, 德格金其其格 then 德格金, 特木勒朝克图 then
特木勒他), a Han surname before a Mongolian given name (巴雅如罕, the school taking the father's work-card surname)
and the Han names of the same people (巴永刚, 老巴); Amdo Tibetan names (娘吉措毛 then 娘吉, 更求才让 then 更求,
拉毛才措, 桑杰扎巴他, 尕藏索南, 南杰多杰), a Han surname before a Tibetan given name (于更求) and the Han names of the
son and the mother (于泽宸, 于嫂); Uyghur given name + father's name with and without the dot (伊斯坎代尔·沙迪克,
沙迪克江·伊斯坎代尔, 祖菲娅·沙迪克江, 艾米拉·沙迪克江, 艾米拉沙迪克江, 布佐热·吾斯曼, 托乎提·买买提), single names and
short forms (祖菲娅她, 艾米拉, 玛依拉木她, 则丽哈, 沙迪克江 at the end of the last sentence), the first syllable of
the father's name taken as a surname (沙艾米拉) and a Han-style form of address (老伊); Han-form Hui names (马守成,
韩秀蓉, 马子豪, 马若曦, 韩德瑞, 马长青) beside 经名 used alone (阿丹木, 哈芙索, 伊萨哈格他, 玛丽哈她, 海里里, 亚古白,
齐娜, 舍尔巴奴) and after a Han surname (马伊萨哈格, 马亚古白), and forms of address (马哥, 老马, 韩阿訇); Han names
with common and rare surnames of the region (栾, 鞠, 隋, 衣, 逄, 矫, 蔺, 战, 曲, 綦, 滕, 毕, 初, 修, 麻, 柳, 宫, 慕, 盖,
邵, 迟, 吕, 郝, 仉, 尉, 原, 柴, 孔, 仇, 丛); surnames that are also ordinary words, and such words in given names, next
to grammar words (都兴盛都, 有桂兰有空, 向翠屏向街道, 能秀梅能说会道, 要振川要我, 就德全就在, 把玉洁把奶奶,
被文斌被判, 和家宝和他奶奶, 是让翠萍，她让我, 还立军还, 曲有才才退下来, 也晴，也是); titles and kin words after
names (鞠晓燕老师, 栾桂荣主任, 曲红霞老师, 仉晓丽老师, 滕美玲老师, 秀云嫂子; the span is the name only), a surname
with only a title or kin word, annotated whole (老巴, 衣姐, 于嫂, 丛所长, 宫警官, 马哥, 老马, 韩阿訇, 柳所长, 慕大姐,
盖大姨, 慕主任, 綦老师, 孙大夫, 邹老师, 柴所长, 孔会计, 老伊), nicknames and local forms of address, annotated whole
(萌嫚, 墩儿, 王老三, 吕家二嫂); names that contain words (就明亮, 都兴盛, 曲有才, 马守成, 马长青, 于海棠, 王振海 then
振海他) beside ordinary words that start with a surname character of the voices (衣服, 于是, 矫情, 向日葵, 要是, 孙子,
初中, 麻烦, 盖章, 姜汤, 王八, 原来, 柴火, 也许); names directly before particles, pronouns and verbs (特木勒他,
衣美华她, 蔺兆峰他, 祖菲娅她, 玛丽哈她, 麻永顺他, 滕美玲她, 仇思语她, 能秀梅说) and after 叫/是/给/跟/找/让/和
(叫于更求, 是和永强, 给向翠屏, 跟蔺兆峰, 找武建民, 让于海棠, 和仇思语), and names closing the last sentence
(是衣姐。, 是能秀梅。, 是邵天翊。, 是吕家二嫂。, 是仇思语。); names spaced out character by character in half- and
full-width spaces (敖 日 布 扎 布, 娘 吉 措 毛, 拉　毛　才　措, 沙 迪 克 江, 伊 萨 哈 格, 左 丘 嘉 怡, 鲜　于　晴　川,
乐 正 芷 萱, 东　门　若　楠, 漆 雕 雨 晨, 公 羊 静 姝, 也 晴), a dotted name with spaces around the dot
(伊斯坎代尔 · 沙迪克) and names split in two (特木勒 朝克图, 德格金　其其格, 更求 才让, 艾米拉　沙迪克江, 玛丽　哈,
哈芙 索, 左丘 嘉怡, 让翠 萍, 王振 海, 夹谷 晨曦); compound surnames after ordinary words (濮阳, 夏侯, 太史, 南宫,
公冶, 申屠, 公西, 呼延, 羊舌, 仲孙, 梁丘, 鲜于, 太叔, 左丘, 乐正, 微生, 东门, 漆雕, 公羊, 夹谷 after 会计/的/一块来的/
律师/站长/同事/叫/小伙子/心理老师); and numbers read out and written the many ways people do (IDs read out in threes
and in 6 4 4 4, full-width, spaced or hyphenated; mobiles in many groupings; QQ numbers in full-width digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:衣美华}}``, ``{{qq:2864019375}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1955fwspaced.653123}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 主任, 大夫, 嫂子) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 她, 他, 的) are outside the span; a surname with only a
title or kin word (衣姐, 于嫂, 马哥, 韩阿訇, 盖大姨, 孙大夫) and a nickname or local form of address (萌嫚, 墩儿,
王老三, 吕家二嫂, 老伊, 老巴) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui people
(巴永刚, 于泽宸, 马守成, 韩秀蓉) are category han; a Han surname before a non-Han given name (巴雅如罕, 于更求,
沙艾米拉, 马伊萨哈格, 马亚古白) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout144/make_holdout144.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(144_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "178", "181", "183",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1137: Mongolian father from 乌拉特后旗 who shells scallops in a 龙口 seafood plant; his wife died of cancer, his
# daughter is with him and his son with his sister in the banner.
DOCS["H1137"] = ("family", """\
访谈者：大哥，您手上这么多口子，是剥扇贝划的？
受访者：是，扇贝壳边上跟刀一样快，一天剥四五百斤，手上没块好皮。我叫{{minority/mongolian:敖日布扎布}}，从内蒙古{{trap/place:乌拉特后旗}}来，厂里工牌上的汉名是{{han:巴永刚}}，车间里都喊我{{han:老巴}}，老乡还叫我{{minority/mongolian:敖日布}}。来{{trap/place:龙口}}第三年了。
访谈者：怎么想到来海边剥扇贝？
受访者：老婆{{minority/mongolian:德格金其其格}}得了胃癌，在{{trap/place:巴彦淖尔}}治了一年，又去{{trap/place:包头}}化疗，前年腊月走了，家里欠了二十多万。是同苏木的{{minority/mongolian:满都呼宝音}}把我带出来的，他比我早来一年，过年回去说剥扇贝按斤算钱，手快的一个月七八千，我就动了心，把剩下的四十只羊卖了，带着闺女过来了。
访谈者：孩子们多大？
受访者：闺女{{minority/mongolian:雅如罕}}十二，跟着我，在{{school:龙口市东江街道第三小学六年级（4）班}}。学校照我工牌上的姓，把她写成{{minority/mongolian:巴雅如罕}}，同学们也这么叫。儿子{{minority/mongolian:特木勒朝克图}}八岁，留在老家跟他大姑{{minority/mongolian:图门其其格}}，在{{school:巴音宝力格镇蒙古族学校二年级（1）班}}。家里都叫他{{minority/mongolian:特木勒}}，{{minority/mongolian:特木勒}}他每天晚上八点准打视频，要看姐姐。
访谈者：儿子在老家过得怎么样？
受访者：他大姑家也养羊，他放了学就骑着小马去圈羊，晒得跟煤球一样黑。大姑说他算术不行，蒙古文作文倒写得好，老师拿到班上念过。他大姑自己有三个孩子，再添他一个，一家六口挤两间土房。
访谈者：孩子妈妈走了以后，孩子们怎么样？
受访者：闺女夜里哭了小半年，现在不哭了，话也少了。她妈走前给她缝过一件{{trap/minority_word:蒙古袍}}，小了也不肯脱。儿子小，问他大姑，妈妈是不是去{{trap/place:呼和浩特}}看病了。
访谈者：孩子妈妈生病那一年，家里怎么过的？
受访者：我在医院陪床，羊托给{{minority/mongolian:满都呼宝音}}帮着放。{{minority/mongolian:德格金其其格}}疼得整夜睡不着，拉着我的手说，孩子们要念书，别让闺女十几岁就嫁人。家里人都叫她{{minority/mongolian:德格金}}，她走那天下大雪，闺女在门口站了一宿。出殡那天{{minority/mongolian:满都呼宝音}}拍着我说，{{minority/mongolian:敖日布}}，孩子还小，你得挺住。
访谈者：这边有谁帮你们？
受访者：社区的儿童主任{{han:栾桂荣}}来过好几趟，帮闺女办的转学，又找学校免了午饭钱。困境儿童的补贴是老家报的，嘎查达{{minority/mongolian:斯仁达格瓦}}跑的手续，每月{{trap/number:一千一百二十元}}，打到他大姑卡上。闺女的班主任{{han:鞠晓燕}}老师每天放学留她写完作业，等我下班去接。车间主任{{han:隋振东}}知道我家的事，只给我排白班。
访谈者：剥扇贝怎么算钱？
受访者：按斤算，剥出来的扇贝丁一斤一块二，手快的大嫂一天挣三百，我刚来一天挣不到八十。车间里一百来号人，多是本地大嫂，就我一个大老爷们坐在里头，她们笑我手笨，笑完了又教我。旺季从秋天到过年，早上四点进车间，剥到下午三点；淡季去冷库搬货，钱少一点。
访谈者：厂里的人对您怎么样？
受访者：都实在。组长{{han:衣美华}}，大伙叫她{{han:衣姐}}，一上午能剥三百斤，是她手把手教我下刀。我刚来那个月剥坏的比剥好的多，{{han:衣美华}}她一分钱也没扣我。我{{trap/word:衣服}}湿透了，她从家里拿干的给我换。仓库的{{han:都兴盛}}都五十了，天天帮我把筐扛上车。会计{{compound:濮阳子健}}帮我把工资卡绑到老家信用社，每月直接还贷款。
访谈者：闺女在学校适应吗？
受访者：头一学期难，这边说话快，她听不懂，还有人学她口音。后来开运动会，她跑八百米拿了第一，{{han:鞠晓燕}}老师在班上说，{{minority/mongolian:雅如罕}}是草原上跑出来的，从那以后有人找她玩了。街道社工站的{{compound:夏侯梦蝶}}每周三来给她辅导作文，一块来的{{compound:太史俊达}}教她下象棋。
访谈者：您自己呢？
受访者：腰疼，一坐十个钟头，冬天也是泡冷水。想好了，再干两年把账还上就回去。{{minority/mongolian:满都呼宝音}}说他也想回，草原上的{{trap/minority_word:那达慕}}我们三年没赶上了。闺女想她妈了，我就给她讲{{trap/famous:成吉思汗}}小时候的故事，讲着讲着她就睡了。
访谈者：登记表上的信息请您说一下。
受访者：老家是{{address:乌拉特后旗巴音宝力格镇乌兰布拉格嘎查二组7号}}，这边住{{address:龙口市东江街道海岱村水产厂宿舍3排12号}}。我的身份证{{id_number@my1983spaced.150825}}，闺女的{{id_number@wy2014.150825}}。我手机{{mobile@plain}}，{{han:栾桂荣}}主任的{{mobile@s434}}。闺女有微信，叫{{wechat:yaruhan_lk2014}}。她还有个QQ，号码是拿圆珠笔写在我饭盒盖上的：{{qq:2864019375}}。
访谈者：名字在表上都写对了吗？
受访者：没一张对的。补贴表上我是{{spaced:敖 日 布 扎 布}}，学校把儿子写成{{spaced:特木勒 朝克图}}，闺女写成{{spaced:雅　如　罕}}，我老婆写成{{spaced:德格金　其其格}}。
访谈者：最后还想说什么？
受访者：这三年，最对得住我的是{{han:衣姐}}。
""")

# H1138: Amdo Tibetan mother from 曲麻莱 who sews vermicelli sacks in 北马镇; her Han husband drives a lorry, her
# son has a kidney disease.
DOCS["H1138"] = ("family", """\
访谈者：阿姐，您缝的这是什么袋子？
受访者：粉丝袋子。{{trap/place:北马镇}}家家做粉丝，一捆一捆往外发，袋口要人缝。我一天缝两千多个，一个两分钱。我叫{{minority/tibetan:娘吉措毛}}，青海{{trap/place:曲麻莱}}人，阿妈叫我{{minority/tibetan:娘吉}}。镇上的人嫌藏名拗口，随我男人叫我{{han:于嫂}}。
访谈者：怎么从青海嫁到山东来了？
受访者：我男人{{han:于金海}}开大货车，跑{{trap/place:西宁}}那条线，有一年冬天车坏在我们乡上，在我家住了半个月。{{trap/word:于是}}第二年我就跟他来了。他现在还跑车，一个月在家不到五天。
访谈者：刚来的时候习惯吗？
受访者：不习惯。这边夏天潮，身上起疙瘩，海里的东西一闻就想吐。话也听不懂，胶东话比普通话还难。婆婆心好，教我擀面条、蒸饽饽，我教她打酥油茶，她嫌咸，喝两口就放下了。头两年我天天想回去，怀上孩子以后才定下心来。
访谈者：孩子呢？
受访者：一个儿子，十岁，藏名是我阿妈起的，叫{{minority/tibetan:更求才让}}，我叫他{{minority/tibetan:更求}}，户口上的名字是{{han:于泽宸}}。班上同学给他起了个名，姓用他爸的，名用藏名，叫{{minority/tibetan:于更求}}，喊着喊着老师也这么叫了。{{minority/tibetan:更求}}在{{school:北马镇中心小学四年级（2）班}}。他七岁那年查出来肾病综合征，脸肿得眼睛都睁不开。
访谈者：您男人怎么看孩子的病？
受访者：他心疼，可他得挣钱。货车是贷款买的，一个月还四千多，停一天亏一天。他每回出车前都给儿子录一段视频，让儿子睡前看。有一回他在{{trap/place:格尔木}}拉货，车陷在雪里两天，电话打不通，我一宿一宿睡不着。
访谈者：治病花了多少？
受访者：前前后后十几万。先在{{trap/org:龙口市人民医院}}，后来转到{{trap/org:烟台毓璜顶医院}}，肾内科的{{han:蔺兆峰}}大夫说这个病要吃好几年激素，不能感冒，不能累着。{{han:蔺兆峰}}他每回都把药量写在纸上，怕我看不懂。
访谈者：孩子病了以后，您的活怎么办？
受访者：住院那阵子就不干了，一住一个月。出院了在家里缝，一边缝一边看着他吃药。激素不能断，一天三回，我在墙上画格子，吃一回打一个勾。{{minority/tibetan:更求}}怕打针，一见护士就往我身后躲。他舅舅{{minority/tibetan:南杰多杰}}在老家的寺里当{{trap/minority_word:阿卡}}，每回打电话都说给外甥念了经，让他别怕。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:逄淑英}}帮我们报了重病儿童的救助，每月{{trap/number:九百八十元}}，又报了低保。镇民政办的{{han:战立波}}上门核过两回，说药费还能再走一道医疗救助。车间老板{{han:矫玉芬}}让我把活拿回家缝，好照看孩子。她这人不{{trap/word:矫情}}，说话冲，心是热的。隔壁的{{han:有桂兰}}有空就过来替我看孩子。镇社工站的{{compound:南宫若岚}}每月来一回，教儿子记吃药的本子；{{compound:公冶秋菊}}带他去{{trap/place:屺坶岛}}看过一回海。
访谈者：老家那边呢？
受访者：我阿妈{{minority/tibetan:拉毛才措}}六十八了，还在放牦牛。我弟弟{{minority/tibetan:桑杰扎巴}}挖了{{trap/minority_word:虫草}}就给我寄钱，说给外甥看病。{{minority/tibetan:桑杰扎巴}}他自己的房子还漏雨。村里的{{minority/tibetan:尕藏索南}}帮阿妈办了高龄补贴。阿妈在电话里老问，{{minority/tibetan:娘吉}}，孩子的脸消肿了没有。她每年托人捎来{{trap/minority_word:曲拉}}和{{trap/minority_word:酥油}}，儿子不能多吃，就尝一小块。
访谈者：儿子知道自己的病吗？
受访者：知道。他说等好了要回去看{{trap/place:黄河}}的源头。激素吃得脸圆圆的，有同学叫他大月亮，他回来一声不吭。班主任{{han:曲红霞}}老师在班上讲了这个病，说谁再起外号就找她。
访谈者：儿子在学校有朋友吗？
受访者：有两个，一个是同桌，一个是前街的小子，三个人放了学一块儿写作业。体育课他不能跑，老师让他当记分员，他记得可认真了。去年学校开联欢会，他穿着藏袍跳了一段{{trap/minority_word:锅庄}}，同学们都鼓掌，回来高兴得一宿没睡。
访谈者：您想家吗？
受访者：想。晚上缝袋子的时候放{{trap/famous:才旦卓玛}}的歌，我阿妈年轻时也爱唱。儿子跟着学，唱得跑调。我男人说，等孩子病好了，全家回一趟青海，给阿妈献条{{trap/minority_word:哈达}}。
访谈者：登记信息请您说一下。
受访者：家在{{address:龙口市北马镇南吕家村五街16号}}，老家是{{address:曲麻莱县约改镇岗当村三社9号}}。我的身份证{{id_number@wy1987hyphen.632726}}，儿子的{{id_number@my2016x.370681}}。我电话{{mobile@h38}}，{{han:逄淑英}}的{{mobile@plus86}}。我男人的微信{{wechat:yujinhai_xn0971}}，儿子上网课用一个QQ：{{qq:1907453826}}。
访谈者：名字在表上写得对吗？
受访者：救助表上我是{{spaced:娘 吉 措 毛}}，儿子写成{{spaced:更求 才让}}，阿妈是{{spaced:拉　毛　才　措}}。
访谈者：最后还想说什么？
受访者：盼儿子的病快点好。{{minority/tibetan:更求才让}}说他长大要当大夫，跟{{han:蔺兆峰}}一样。
""")

# H1139: Uyghur grandfather from 英吉沙 who bakes nang in 东莱街道 and raises two granddaughters; his son was lost
# at sea and the girls' mother has gone back and remarried.
DOCS["H1139"] = ("family", """\
访谈者：大爷，您这馕是自己打的？
受访者：自己打的，手艺是从{{trap/place:英吉沙}}带来的，馕坑是在这边找人砌的。我叫{{minority/uyghur:伊斯坎代尔·沙迪克}}，市场上的人嫌长，叫我{{han:老伊}}。我在{{trap/place:东莱街道}}卖{{trap/minority_word:馕}}和{{trap/minority_word:烤包子}}，五年了。
访谈者：您带着两个孙女？
受访者：是。我儿子{{minority/uyghur:沙迪克江·伊斯坎代尔}}前年跟渔船出海，在{{trap/place:渤海}}上翻了船，人到今天没找着。儿媳妇{{minority/uyghur:布佐热·吾斯曼}}回了{{trap/place:喀什}}，后来改嫁了，电话也不接。两个孙女就跟着我。
访谈者：儿子出事以后，您是怎么过来的？
受访者：头一个月我天天到码头上等，一条船一条船地问。船东赔了一点钱，说人没找着，不能算死，只能算失踪。派出所的人跟我讲，失踪满两年可以去法院申请宣告死亡，我不想申请，我心里觉得他还活着。大孙女那时候才八岁，夜里抱着她爸的棉袄睡。
访谈者：孙女多大？
受访者：大的{{minority/uyghur:祖菲娅·沙迪克江}}十岁，在{{school:龙口市东莱街道实验小学四年级（5）班}}，家里叫她{{minority/uyghur:祖菲娅}}。小的{{minority/uyghur:艾米拉·沙迪克江}}七岁，在{{school:东莱街道实验小学一年级（3）班}}。学校的表格没地方写点，写成{{minority/uyghur:艾米拉沙迪克江}}；老师图省事，拿她爸名字的头一个字当姓，叫她{{minority/uyghur:沙艾米拉}}。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道，小的只知道爸爸出海了。{{minority/uyghur:祖菲娅}}她每天放学要到海边站一会儿。{{minority/uyghur:艾米拉}}问我，{{trap/minority_word:古丽}}是什么意思，我说是花，她说那她跟姐姐都是花。
访谈者：孩子们吃饭、上学谁管？
受访者：我管。早上五点起来和面、烧馕坑，六点半把两个孩子送到学校门口，再回来出摊。中午她们在学校吃，学校免了饭钱。晚上收了摊，给她们做拌面、煮奶茶。{{minority/uyghur:艾米拉}}挑食，不吃胡萝卜，她姐姐就把自己碗里的肉拨给她。周末两个孩子帮我收钱，大的算账比我还快，顾客都夸她。
访谈者：有谁帮你们？
受访者：社区的儿童主任{{han:向翠屏}}向街道打了报告，给两个孩子报了事实无人抚养儿童，每人每月{{trap/number:一千三百五十元}}。{{han:向翠屏}}她头一回来我家，看见阳台上种的{{trap/word:向日葵}}，说跟英吉沙的一样高。街道民政的{{han:丛所长}}跑了三趟派出所，开了失踪的证明。派出所的{{han:宫警官}}帮我们找过船东。学校的{{han:姜雅琴}}老师每周给大的补一回数学。
访谈者：两个孩子在学校怎么样？
受访者：大的成绩好，语文考过全班第二，就是不爱说话。小的刚上一年级，拼音老念不准，{{han:姜雅琴}}老师每天中午单独教她十分钟。班上同学过生日分蛋糕，都给她俩留一块，带回来让我也尝尝。
访谈者：老乡们呢？
受访者：龙口维吾尔族少，有个{{minority/uyghur:托乎提·买买提}}在开发区卖羊肉，每礼拜给我留一块羊排。他老婆{{minority/uyghur:玛依拉木}}会裁{{trap/minority_word:艾德莱斯}}绸，给两个孩子各做了一条裙子。过{{trap/minority_word:古尔邦节}}，我们就在他家吃{{trap/minority_word:抓饭}}。{{minority/uyghur:玛依拉木}}她说，两个丫头的妈不在跟前，她就算半个妈。
访谈者：您在这边生意怎么样？
受访者：还行。本地人开始不认馕，说像烧饼，吃过一回就来买第二回。一个馕卖五块，烤包子三块，一天能卖两百来个。冬天海风大，馕坑不好烧，我就在摊子上搭塑料布。最难的是下雨天，孩子放学没人接，我收了摊往学校跑，浑身湿透。
访谈者：社工来过吗？
受访者：来过。{{compound:申屠雨桐}}每周来陪孩子写作业，同来的小伙子{{compound:公西朗}}教大的弹{{trap/minority_word:都塔尔}}，琴是我妹妹{{minority/uyghur:则丽哈}}从老家寄来的。
访谈者：您身体怎么样？
受访者：七十一了，血压高，腿也不行。打馕要站着，一站一上午。我最怕我走了，两个孩子没人管。我教大的记住了，真有事就给{{han:向翠屏}}打电话。她说，真到那一天，国家不会不管。晚上我给孩子们讲{{trap/famous:阿曼尼沙汗}}的故事，讲我们的{{trap/minority_word:十二木卡姆}}。
访谈者：登记信息请说一下。
受访者：住在{{address:龙口市东莱街道府前社区文化巷8号2单元301室}}，老家是{{address:英吉沙县芒辛镇喀拉巴什村四组21号}}。我的身份证{{id_number@my1955fwspaced.653123}}，大孙女的{{id_number@wy2016tri.653123}}。电话{{mobile@spaced}}，{{han:向翠屏}}的{{mobile@p86h}}。我的微信是孙女给注册的，{{wechat:iskandar_nang1955}}。大的用我手机上QQ，号码是老师用全角写在作业本上的：{{qq:４７１０３９８２６}}。
访谈者：名字写对了吗？
受访者：补助表上我是{{spaced:伊斯坎代尔 · 沙迪克}}，大孙女是{{spaced:祖 菲 娅}}，小的是{{spaced:艾米拉　沙迪克江}}，我儿子写成了{{spaced:沙 迪 克 江}}。
访谈者：最后还想说什么？
受访者：盼两个孙女长大成人，也盼着{{minority/uyghur:沙迪克江}}哪天能回来。
""")

# H1140: Hui father from 积石山 who keeps a hand-pulled noodle stall in 沙河镇; his wife is in prison.
DOCS["H1140"] = ("family", """\
访谈者：{{han:马哥}}，您这面摊开了几年了？
受访者：六年了。我叫{{han:马守成}}，经名{{minority/hui:阿丹木}}，甘肃{{trap/place:积石山}}人，老家在{{trap/place:大河家}}，黄河边上。来{{trap/place:莱州}}是投奔我表哥，在{{trap/place:沙河镇}}汽车站对面支了个拉面摊，早上卖牛肉面，晚上卖炒拉条。
访谈者：家里几口人？
受访者：我，两个娃娃。娃他妈{{han:韩秀蓉}}，经名{{minority/hui:哈芙索}}，前年进去了，判了三年半。她在一个亲戚的公司管账，公司拉人存钱，是非法集资，她也跟着判了。现在在{{trap/org:山东省女子监狱}}。
访谈者：孩子们多大？
受访者：儿子学名{{han:马子豪}}，经名{{minority/hui:伊萨哈格}}，十二岁，在{{school:莱州市沙河镇中心小学六年级（1）班}}。班上有个同学的爷爷是阿訇，听见我叫经名，就叫他{{minority/hui:马伊萨哈格}}，全班都跟着叫。闺女学名{{han:马若曦}}，经名{{minority/hui:玛丽哈}}，八岁，在{{school:沙河镇中心小学二年级（3）班}}。{{minority/hui:玛丽哈}}她天天问，妈妈的班什么时候上完。
访谈者：您跟孩子们怎么说的？
受访者：跟大的说了实话，小的还瞒着。{{minority/hui:伊萨哈格}}他气他妈，一年没去会见。后来{{han:韩阿訇}}给他讲，做错事的人也是你妈，他才肯去。{{han:韩阿訇}}大名{{han:韩德瑞}}，经名{{minority/hui:海里里}}，在寺里领拜，常来摊上坐。
访谈者：您带孩子去看过她妈妈吗？
受访者：去过三回，到{{trap/place:济南}}要坐四个多钟头车。头一回{{minority/hui:玛丽哈}}隔着玻璃喊妈，{{minority/hui:哈芙索}}哭得说不出话，就拿手掌贴着玻璃。管教说她在里头表现好，在缝纫车间干活，还学了电脑。她托人带出来一封信，让儿子好好念书，说出来以后再也不碰别人的钱了。回来的路上两个娃娃都不说话，闺女靠着我睡着了。
访谈者：有谁帮你们？
受访者：镇上的儿童主任{{han:能秀梅}}能说会道，帮两个娃娃报了服刑人员子女补助，每人每月{{trap/number:七百六十元}}。镇民政办的{{han:要振川}}要我补了一张房租合同，低保就批下来了。儿子的班主任{{han:仉晓丽}}老师把他安排在第一排，放学多留他半小时。法律援助中心的律师{{compound:呼延昊天}}帮我问过减刑的事。镇社工站的{{compound:羊舌佳琪}}每月陪闺女画一回画，{{compound:仲孙浩然}}带儿子打篮球。
访谈者：拉面的手艺是跟谁学的？
受访者：跟我阿大学的，我们那边的男人差不多都会。一团面要揉半个钟头，摔、抻、拉，九扣能拉出头发丝那么细。这边的人开始吃不惯，嫌辣子多，我就少放辣子多放肉。老主顾都叫我{{han:老马}}，有的干脆喊我{{minority/hui:阿丹木}}，说经名好记。
访谈者：莱州的回族乡亲多吗？
受访者：不多。我表哥{{han:马长青}}，经名{{minority/hui:亚古白}}，在城里卖牛羊肉，大家叫他{{minority/hui:马亚古白}}。他老婆{{minority/hui:齐娜}}每礼拜来给闺女梳头、洗衣裳。老家打电话来的是我阿娘，经名{{minority/hui:舍尔巴奴}}，七十了，说想孙子。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。凌晨四点起来和面、熬汤，晚上九点收摊。下雨天摊子出不了，一天就白搭。去年冬天下大雪，摊子的棚子压塌了，表哥叫了几个老乡连夜给我搭起来，第二天照样出摊。{{han:能秀梅}}说，{{trap/word:要是}}再难，就给娃娃申请临时救助。
访谈者：孩子们在学校怎么样？
受访者：儿子个子窜得快，篮球打得好，就是上课坐不住，{{han:仉晓丽}}老师说他一节课要转八回笔。闺女爱唱，老师让她在六一会上领唱，她把她妈教的一首歌唱了，台下好几个家长抹眼泪。中午学校的饭菜他们不吃，我早上出摊前给装好馍馍、煮鸡蛋和一小罐牛肉。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}前一天我就歇了摊，跟娃娃一起炸{{trap/minority_word:油香}}，闺女管撒芝麻，撒得满地都是。第二天一早去{{trap/org:莱州清真寺}}，回来给邻居挨家送一碗。晚上泡{{trap/minority_word:盖碗茶}}，我唱两句老家的{{trap/minority_word:花儿}}，给儿子讲{{trap/famous:郑和}}下西洋，他听说那个大航海家也是回回，高兴了好几天。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:莱州市沙河镇汽车站东侧商业街5号}}，住在{{address:莱州市沙河镇路宋村九巷14号}}。我的身份证{{id_number@my1986quad.622927}}，儿子的{{id_number@my2014hyphen.370683}}。我电话{{mobile@s74}}，{{han:能秀梅}}的{{mobile@plus86dash}}。我的微信{{wechat:mashoucheng_lamian}}，{{han:马长青}}的是{{wechat:yagubai-niuyangrou}}。儿子玩一个QQ，号码写在面案边的墙上：{{qq:52608917}}。
访谈者：名字写对了吗？
受访者：补助表上我是{{spaced:马 守 成}}，儿子的经名写成{{spaced:伊 萨 哈 格}}，闺女是{{spaced:玛丽　哈}}，娃他妈的经名写成{{spaced:哈芙 索}}。
访谈者：最后想说什么？
受访者：等娃他妈出来，一家人回积石山看看我阿娘。这些年最该谢的，是{{han:能秀梅}}。
""")

# H1141: Han 儿童主任 in 朱桥镇 (莱州) reading out her register of children in distress.
DOCS["H1141"] = ("staff", """\
访谈者：您手里这个本子是什么？
受访者：困境儿童台账。我叫{{han:綦丽萍}}，是{{trap/place:朱桥镇}}的儿童主任，管着镇上十四个村。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:滕子墨}}，男，九岁，{{school:朱桥镇中心小学三年级（4）班}}。他爸{{han:滕建伟}}在石材厂切板子，前年让石板砸了，人没了；他妈{{han:毕春艳}}第二年改嫁去了{{trap/place:滕州}}，再没回来。孩子跟奶奶{{han:孙桂枝}}过，奶奶逢人就说，这个{{trap/word:孙子}}是她的命根子。住{{address:莱州市朱桥镇西由家村三街27号}}。孩子的身份证{{id_number@my2017.370683}}。报的事实无人抚养，每月{{trap/number:一千二百六十元}}。
访谈者：第二户？
受访者：第二户，{{han:把玉洁}}，女，十三岁，在{{school:朱桥镇初级中学七年级（2）班}}。她爸{{han:被文斌}}被判了四年，打架伤了人；她妈{{han:宋雅楠}}在{{trap/place:青岛}}打工。{{han:把玉洁}}把奶奶照顾得好好的，奶奶瘫在炕上三年了。服刑人员子女补助，低保也有。她家在{{address:朱桥镇后吕村六巷9号}}，她的身份证{{id_number@wy2013spaced.370683}}。
访谈者：第三户？
受访者：第三户是孤儿，{{compound:左丘嘉怡}}，女，十一岁。爸妈开三轮车去赶集，在国道上出了车祸，两个人都没了。现在跟大姨{{han:初凤霞}}过，她大姨还在{{trap/word:初中}}食堂做饭。孤儿基本生活费每月{{trap/number:一千八百五十元}}。{{compound:左丘嘉怡}}的身份证{{id_number@wy2015fwhyphen.370683}}，住{{address:朱桥镇朱桥村南街41号}}。
访谈者：第四户？
受访者：第四户，{{han:就明亮}}，男，七岁，脑瘫，走路要人扶。他爸{{han:就德全}}就在镇上开三轮送货，他妈{{han:修丽君}}是听力残疾。两口子都有残疾证，拿残疾人两项补贴。{{han:就明亮}}送到{{trap/org:莱州市特殊教育学校}}去了，一礼拜接回来一回。他爸的身份证{{id_number@mmidx.370683}}，电话{{mobile@plus86spaced}}。
访谈者：第五户？
受访者：第五户是留守，{{han:麻天佑}}，男，十岁，在{{school:朱桥镇中心小学四年级（1）班}}。爸妈在{{trap/place:烟台}}开发区的厂里，跟爷爷{{han:麻永顺}}过。{{han:麻永顺}}他七十六了，耳朵背，孩子放学回来他也听不见，我说他也不改，老说没那么{{trap/word:麻烦}}。
访谈者：这些孩子是怎么报上来的？
受访者：多半是村里网格员先知道。谁家大人住院了、被带走了、出门几年不回来，网格员一报，我就带着表上门。学校也报，班主任看孩子老不交伙食费、校服脏了没人洗，就给我打电话。上门先看孩子吃住，再问有没有亲戚能搭把手，最后才填表。每个孩子一个牛皮纸袋，半年复核一回，满十八岁销号。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:柳所长}}总负责，材料报到市{{trap/org:民政局}}。西由家村的网格员是{{han:宫淑华}}，后吕村是{{han:慕大姐}}。镇社工站的{{compound:梁丘若兮}}跟第一户、第三户，新来的{{compound:鲜于晴川}}跟第二户。市里的督导叫{{compound:太叔昭明}}，每季度下来查一回台账。
访谈者：名字在表上都写对了吗？
受访者：对不上的不少。{{compound:左丘嘉怡}}一张表写成{{spaced:左 丘 嘉 怡}}，一张写成{{spaced:左丘 嘉怡}}；{{spaced:滕　子　墨}}；{{spaced:就 明 亮}}；同事也被写成{{spaced:鲜　于　晴　川}}。等复核的时候一张一张改。
访谈者：您做儿童主任最难的是什么？
受访者：最难的是大人不让管。有的老人觉得报了困境儿童丢人，门都不让进；有的亲戚想要补贴，不想要孩子。第一户那个小子，他爸出事以后半年没吭声，我每回去都帮他奶奶剥花生，剥着剥着他就凑过来了，现在老远见了我就喊姨。
访谈者：补贴发下去以后，您还管吗？
受访者：管。钱到了卡上，得看是不是花在孩子身上。有一户的补贴让孩子他叔拿去买了化肥，我上门说了三回，后来让镇上把卡交给孩子奶奶管。每学期开学，我还到学校问问孩子的成绩，看看饭卡里有没有钱。
访谈者：镇上这样的孩子多吗？
受访者：人数没以前多，可一户比一户难缠。以前多是爹妈打工去了，现在多是大人病了、进去了、离了婚两头都不要孩子的。我们镇上石材厂多，切板子、吊石头出事的也多。前年有个闺女，她爸出了工伤瘫在床上，她一个人给她爸翻身、做饭，半年没去上学，还是她同学的妈跟我说的。从那往后，赶集的时候我都在集上转转，跟卖菜的大嫂拉拉呱，能听出不少事。
访谈者：联系方式呢？
受访者：{{han:孙桂枝}}没有手机，打邻居家的；{{han:初凤霞}}的电话{{mobile@fws}}。我的工作微信{{wechat:qiliping_zhuqiao}}。{{han:把玉洁}}有个QQ，说有事就在上面留言：{{qq:3720958146}}。有急事也可以打{{trap/hotline:12349}}。
""")

# H1142: Han social worker in 三山岛街道 (莱州) who keeps up with her cases on WeChat and reads out her chats.
DOCS["H1142"] = ("staff", """\
访谈者：您平时跟这些家庭怎么联系？
受访者：全靠微信。我叫{{han:盖晓琳}}，在{{trap/place:三山岛街道}}社工站，跟着九户困境儿童。我把聊天记录翻给你看，一个一个说。
访谈者：好。
受访者：这个头像是大海的，是{{han:和永强}}，他儿子{{han:和家宝}}和他奶奶过。{{han:和永强}}在{{trap/org:三山岛金矿}}井下干活，一个月回来两趟。孩子妈妈前年病死了，孩子有癫痫。他的微信{{wechat:heyongqiang_jinkuang}}，昨天晚上十一点还给我发语音，问孩子的药能不能报。{{han:和家宝}}在{{school:三山岛街道中心小学五年级（3）班}}。
访谈者：下一个？
受访者：这个是{{han:让翠萍}}，她让我帮她闺女{{han:栾雨欣}}申请助学金。她男人{{han:栾海龙}}跑船，前年在外海出了事，腿截了，现在拿残疾人两项补贴。{{han:栾海龙}}截了腿以后脾气大，在家摔碗，闺女吓得不敢回家，在同学家住了一个礼拜。我上门跟他谈了两回，又托人给他找了个补渔网的活儿，坐着就能干，人才慢慢缓过来。她的微信{{wechat:rangcuiping1982}}。{{han:栾雨欣}}自己有QQ，号码{{qq:915386024}}，她说心里闷了就在上面找我。
访谈者：这一位呢？
受访者：这个备注是{{han:盖大姨}}，大名{{han:盖淑珍}}，是我本家，七十三了，一个人带两个外孙。{{trap/word:盖章}}的事她弄不明白，材料都是我跑。大外孙{{han:邵天翊}}十三，二外孙{{han:邵天朗}}九岁。他们的爸爸{{han:邵国梁}}因为盗窃在服刑，妈妈走了没音信。{{han:盖淑珍}}不会打字，都发语音，一条五十九秒。她的电话{{mobile@p86n}}。
访谈者：两个外孙现在怎么样？
受访者：老大叛逆，老二黏人。老大跟他姥姥顶嘴，一句话不对就摔门出去，在海边一坐半宿。老二晚上非得搂着姥姥睡，他爸被带走那天他在跟前，吓着了，到现在听见警笛就哭。我给老二约了心理老师，给老大找了个事做，周末跟着志愿者去{{trap/place:海北嘴}}捡垃圾，他倒挺乐意。
访谈者：学校那边您也联系？
受访者：联系。{{han:邵天翊}}的班主任{{han:滕美玲}}老师，每周五在微信上跟我说孩子这一周怎么样。她的微信{{wechat:tengmeiling_yw}}。{{han:邵天翊}}有一回三天没上学，{{han:滕美玲}}她给我打电话，我们俩在网吧找着他的。后来他QQ上跟我说，他就是想他爸。他的QQ写出来是全角的，{{qq:３０８６５１７２４９}}。
访谈者：你们站里几个人？
受访者：三个。站长{{compound:乐正芷萱}}，同事{{compound:微生子昂}}，还有我。每个月街道的{{han:慕主任}}开一回会，跟街道民政、派出所一起过一遍台账。市里请的心理老师叫{{compound:东门若楠}}，一个月来两回。
访谈者：微信群呢？
受访者：有个群叫“三山岛关爱儿童”，九户家长、几个老师、网格员都在里头。网格员{{han:于海棠}}在群里最勤快，谁家有事她头一个知道。她说，有的老人不会用微信，她就一家一家去念通知。群里也有人乱发广告，我就踢出去。群是{{trap/year:二〇二三年}}春天建的，到现在发了快五百条通知。
访谈者：用微信有什么难处吗？
受访者：有。一个是老人不会用，语音一发一长串，听三遍才听明白。一个是有的家长爱往朋友圈发孩子的照片，连校服上的校名都露着，我就私下劝，孩子的事别往外发。还有说话得注意，有回我在群里表扬了一个孩子，另一个孩子的奶奶就不高兴，说我偏心。后来表扬都私聊，批评更得私聊。
访谈者：晚上那么多消息，您怎么分轻重？
受访者：先看是谁发的。孩子发的先回，老人发的打电话回，喝了酒的大人第二天早上再回。真要出事的，孩子离家、犯病、挨打，我就直接打{{trap/hotline:110}}，或者让{{han:于海棠}}先上门。我手机里存着{{trap/org:三山岛派出所}}值班室的电话，比存我妈的还早。
访谈者：您这样随叫随到，累不累？
受访者：累。晚上十点以后的消息最多，都是大人喝了酒、孩子哭了、老人病了。我跟站长说，我这手机二十四小时不能关。去年冬天{{han:和家宝}}半夜犯病，是我跟{{han:和永强}}视频，一边打{{trap/hotline:120}}一边教他奶奶把孩子侧过来。
访谈者：登记信息您念一下。
受访者：第一户家在{{address:莱州市三山岛街道西北庄村八街33号}}，第三户家在{{address:三山岛街道仓南村二巷7号}}。{{han:和家宝}}的身份证{{id_number@my2015fw.370683}}。我的工作微信{{wechat:gaixiaolin_ssd}}，电话{{mobile@s38}}。
访谈者：名字在表上写对了吗？
受访者：表上把{{spaced:和 家 宝}}隔开了，{{spaced:让翠 萍}}也断成两截，站长被写成{{spaced:乐 正 芷 萱}}，市里的心理老师是{{spaced:东　门　若　楠}}。
访谈者：最后还想说什么？
受访者：想让这些孩子知道，半夜发消息也有人回。我最放心不下的，是{{han:邵天翊}}。
""")

# H1143: Han grandmother in 芦头镇 (龙口), speaking Jiaodong dialect, raising the two children of her son in prison.
DOCS["H1143"] = ("family", """\
访谈者：大娘，这俩孩子都是您带着？
受访者：是，俺孙女跟俺孙子。俺叫{{han:姜桂芬}}，六十九了，{{trap/place:芦头镇}}大吕家村的。老头子前年秋天脑梗走了，剩俺一个。俺儿{{han:王振海}}那年喝了酒开车，把人撞了，当时害怕跑了，第三天自己去投的案，判了五年，{{han:振海}}他在{{trap/place:潍坊}}服刑。俺儿媳妇{{han:迟晓燕}}回了{{trap/place:招远}}娘家，后来又成了家，逢年过节打个电话。
访谈者：孩子们多大了？
受访者：大的是个嫚儿，{{han:王梓萌}}，十二了，俺们这块儿都叫她{{han:萌嫚}}，念{{school:芦头镇中心小学六年级（2）班}}。小的是小子，叫{{han:王梓航}}，八岁，小名{{han:墩儿}}，长得敦敦实实的，念{{school:芦头镇中心小学二年级（4）班}}。
访谈者：家里靠什么过日子？
受访者：俺有二亩苹果、一亩樱桃。春天疏花、套袋，秋天摘果，俺一个人干不过来，就雇两个工。果子卖不上价，一年落个万把块钱。再加上低保和孩子的补助，吃饭够了，穿衣裳靠亲戚给。
访谈者：您一个人种果园，忙得过来吗？
受访者：摘果的时候雇村里的人帮工，一天一百五。{{trap/org:龙口市妇联}}的人来过一回，带了一帮大学生帮俺套袋，一上午套了三百多棵。嫚儿放了暑假也上坡，她手巧，套得比俺还快。就是坡陡，俺不敢叫小的上去。
访谈者：谁帮着报的补助？
受访者：村里的儿童主任{{han:吕凤芹}}，论辈分俺叫她{{han:吕家二嫂}}。她给俩孩子报了服刑人员子女的补助，俩孩子一个月一共{{trap/number:一千四百四}}。镇上民政的{{han:郝春雷}}下来核过一回，看了俺家的房子，说这个条件该报。村卫生室的{{han:还立军}}还隔三差五上门给俺量血压，不收钱。老支书{{han:曲有才}}才退下来，他说退了也管，化肥是他帮着拉的。镇社工站的{{compound:漆雕雨晨}}一个月来一趟，跟她一块来的{{compound:呼延梦琪}}教嫚儿画画。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道，小的俺跟他说他爸上外地干活了。去年开学，班上有个小子说{{han:墩儿}}他爸是蹲大狱的，俩人在操场上打起来，{{han:墩儿}}脸上挠了三道。嫚儿的班主任{{han:綦老师}}去小的班上说了一回，说大人的事不能算在孩子头上，以后就没人说了。
访谈者：孩子们跟爸爸怎么联系？
受访者：写信。监狱一个月能打一回亲情电话，十分钟，俩孩子抢着说，说不完。{{han:萌嫚}}每月给她爸写一封信，写她考了多少分，写果园里的樱桃熟了。她爸回信，字歪歪扭扭的，说在里头学了电焊，出来能挣钱。{{han:墩儿}}不会写几个字，就画，画个房子、画棵苹果树，树底下四个小人。
访谈者：孩子他妈还管孩子吗？
受访者：管得少。她那边又生了一个，日子也紧巴。过年给俩孩子一人转二百块钱，视频里问问学习。嫚儿跟她妈说话客客气气的，挂了电话就上西屋去哭。小的不大记得他妈长么样了，问他想不想妈，他说想吃奶奶包的鲅鱼饺子。
访谈者：邻居们呢？
受访者：东邻的{{han:王老三}}，大名{{han:王德录}}，开个三轮，孩子发烧都是他拉着上卫生院。卫生院的{{han:孙大夫}}说{{han:墩儿}}有哮喘，药得长吃，一变天俺就给他熬{{trap/word:姜汤}}。西邻的{{han:秀云}}嫂子，蒸了包子就给俺端一盘来。
访谈者：过年怎么过？
受访者：年三十蒸大饽饽，枣饽饽、花饽饽，点上红点，供上{{trap/famous:灶王爷}}。俺给孩子们讲{{trap/famous:徐福}}领着童男童女出海的事，说他就是俺这块儿的人。{{han:萌嫚}}说等她爸出来，全家上海边看看。
访谈者：您身体怎么样？
受访者：腰不好，血压高。去年夏天在果园里晕了一回，是{{han:萌嫚}}跑去叫的{{han:王老三}}。打那以后俺兜里揣着药，孩子书包里也揣着一张纸，上头写着俺吃的药。
访谈者：登记表要写些什么？
受访者：家在{{address:龙口市芦头镇大吕家村北街15号}}。俺的身份证{{id_number@wy1957.370681}}，{{han:王梓航}}的{{id_number@my2018fwspaced.370681}}。电话是嫚儿帮俺写在纸上的：{{mobile@fullwidth}}，{{han:吕凤芹}}的{{mobile@spaced}}，她的微信叫{{wechat:lvfengqin_lutou}}。嫚儿有个QQ，跟同学对作业用，号码她拿铅笔描在炕头墙上：{{qq:68130924}}。
访谈者：名字在表上写对了吗？
受访者：也有写岔的。学校名单上孙女成了{{spaced:王 梓 萌}}，低保表上俺是{{spaced:姜　桂　芬}}，俺儿写成{{spaced:王振 海}}，社工闺女签名签的是{{spaced:漆 雕 雨 晨}}。俺不识字，都是嫚儿念给俺听的。
访谈者：您最盼什么？
受访者：盼俺儿早点出来，把这个家接过去。那个{{trap/word:王八}}羔子，俺骂了他三年，夜里还是睡不着想他。这些年帮俺最多的，是{{han:吕家二嫂}}。
""")

# H1144: Han head teacher in 土山镇 (莱州) on a girl of her class left with nobody to raise her.
DOCS["H1144"] = ("teacher", """\
访谈者：{{han:邹老师}}，您说的这个孩子是哪个班的？
受访者：我班上的，{{school:莱州市土山镇初级中学八年级（1）班}}。我叫{{han:邹雅静}}，教数学，当班主任第七年。孩子叫{{han:也晴}}，也是我们镇上的，今年十四。
访谈者：她家里是什么情况？
受访者：没人了。她爸{{han:也国强}}在{{trap/place:莱州湾}}养海参，前年冬天下池子，心梗，人就没了。她妈{{han:尉秋菊}}早年就跟她爸离了，去了{{trap/place:大连}}，电话是空号。奶奶去年走了，爷爷早就没有。现在{{han:也晴}}一个人住在奶奶留下的老屋里，吃饭在她三姑{{han:也凤兰}}家，三姑家也困难，男人瘫在床上。
访谈者：学校怎么发现的？
受访者：她有一阵子天天迟到，校服领子黑了也没人洗。我去家访，屋里冷锅冷灶，她拿开水泡饼子吃。我回来跟校长{{han:谭志远}}说了，校长当天就给{{trap/org:土山镇人民政府}}打了电话。{{trap/word:原来}}我们以为她奶奶走了以后有三姑管，哪想到三姑自己都顾不过来。
访谈者：后来呢？
受访者：镇上的儿童主任{{han:原秀娟}}跑了半个月，给她报了事实无人抚养儿童，每月{{trap/number:一千五百九十元}}，三姑签的监护协议。镇民政办的{{han:柴所长}}说，钱直接打到孩子名下的卡上，三姑不能动。村里的{{han:孔会计}}帮着把老屋的电线换了。学校给她免了住宿费，让她住校，周末再回三姑家。
访谈者：她一个人住老屋，安全吗？
受访者：我们也怕。老屋是土坯的，冬天漏风，门闩是根木棍，我头一回去，灶前连一把{{trap/word:柴火}}都没有。住校以后好多了，周末回三姑家。假期最难，三姑家屋小，她有时候还回老屋住，我跟{{han:原秀娟}}商量好，假期里隔两天去看一眼，村里的网格员也帮着盯。去年寒假她发烧，一个人躺了一天，是邻居大娘看见烟囱没冒烟，过去敲门才知道。
访谈者：她爸走的时候，她怎么样？
受访者：那阵子她天天往海边跑，坐在她爸的参池边上不动。后来参池让人承包了，她就不去了。她把她爸的一件旧棉袄带到学校，冬天就穿着，袖子长出一大截。我想给她买件新的，她不要，说穿着这个暖和。
访谈者：她在学校怎么样？
受访者：成绩中上，数学好。就是不爱说话，跟同学也不近。班上有个女生叫{{han:仇思语}}，跟她一个宿舍，{{han:仇思语}}她天天拉着{{han:也晴}}去食堂，周末还叫她上自己家吃饭。现在班上她就和{{han:仇思语}}说得上话。心理老师{{compound:公羊静姝}}每两周给她做一次辅导，镇社工站的{{compound:夹谷晨曦}}带她参加过一回夏令营。
访谈者：您平时怎么跟她联系？
受访者：她没有微信，有个QQ，是我帮她注册的，号码{{qq:2509471836}}。晚上她有时候在QQ上问我题，问完了说一句老师晚安。她三姑的微信是{{wechat:yefenglan_tushan}}，她三姑父叫{{han:武建民}}，电话{{mobile@hyphen}}，有事我先找{{han:武建民}}。{{han:原秀娟}}的电话{{mobile@plus86}}，我存着。我的微信{{wechat:zouyajing_shuxue}}，家长都加这个。
访谈者：她爸那边还有亲戚吗？
受访者：有个堂叔{{han:也宏伟}}，在{{trap/place:平度}}开货车，过年给她寄过五百块钱。{{han:也宏伟}}说等她考上高中，学费他出一半。孩子自己记着，说以后要还。
访谈者：您最担心什么？
受访者：担心她念完初中就不念了。她私下跟我说，三姑家够难的了，她想去{{trap/place:青岛}}进电子厂，管吃管住，一个月还能往三姑家寄钱。我跟她说，你数学这么好，再念几年能上{{trap/org:烟台大学}}。我把我自己念书的事讲给她听，我也是山沟里出来的，我爹是打石头的。
访谈者：班上别的孩子知道她的事吗？
受访者：知道一点。有一回班里做成长手册，要贴全家福，她交了一张她跟奶奶的合影，后排一个男生笑了一声。她没吭声，我看见她把照片又收回书包里了。后来我把那一页改成“我和我最重要的人”，谁都能贴。她贴的还是奶奶，那个男生贴的是他家的狗，全班都笑了，她也笑了。
访谈者：登记表上的信息您说一下。
受访者：孩子住在{{address:莱州市土山镇海沧村西街22号}}，三姑家在{{address:土山镇海沧村东三巷3号}}。孩子的身份证{{id_number@wy2012plain.370683}}，三姑的{{id_number@wmidspaced.370683}}。助学金表上要写监护人，写的是{{han:也凤兰}}。
访谈者：名字在表上写对了吗？
受访者：市里下发的名单把孩子写成{{spaced:也 晴}}，把我写成{{spaced:邹　雅　静}}，心理老师是{{spaced:公 羊 静 姝}}，社工是{{spaced:夹谷 晨曦}}。
访谈者：最后您还想说什么？
受访者：{{trap/word:也许}}她长大了就忘了我们，那也不要紧。我就想让她知道，这世上还有人惦记她。她最该谢的，是{{han:仇思语}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1137,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
