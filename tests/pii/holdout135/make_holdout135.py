# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 135 (tests/pii/holdout135/H1065-H1072 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 134, written at the same time, is not
an earlier set).

Set 135 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
张家港 and 宜兴 (Jiangsu): a Mongolian mother from 科尔沁左翼后旗 who cleans ships in a 张家港 dockyard, her husband
gone to the coal mines and never heard of again, her daughter and her hard-of-hearing son with her; an Amdo Tibetan
father from 玛沁 who fires kilns at a 宜兴 pottery works (丁蜀镇), raising two daughters after his Han wife died; a
Hui grandmother from 临夏 raising in 杨舍镇 a grandson whose parents are both in prison, beside her younger son's
noodle shop; a Yi father from 昭觉 in a 宜兴 cable plant (官林), his wife dead, his son with him and his daughter with
his mother in 昭觉; a Han community worker in 金港 reading out her list; a Han children's officer (儿童主任) in 丁蜀镇
going through her WeChat chats with parents who work away; a Han aunt in 锦丰 raising her brother's son while the
brother is in prison and the mother missing; and a Han rehabilitation therapist in 和桥 going through her cases.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Khorchin Mongolian names used whole (额尔登挂, 朝勒门, 苏日图, 塔日根) and with a short form (敖木巴雅尔 then 敖木他),
a Han surname before a Mongolian given name (包登挂, 白宝日勒岱) and the Han names of the same people (包金荣, 包浩宇),
a dotted name with and without spaces (乌仁娜·敖木巴雅尔, 乌仁娜 · 敖木巴雅尔); Amdo Tibetan names of 玛沁 (切忠加,
旦正措, 周毛, 索南东智, 德卓她) with short forms (切忠, 正措她), 才 opening a name before the adverb 才 (是同乡才让南加才
把我介绍进厂的), a Han surname before a Tibetan given name (韩旦正措, the mother's surname added by the school) and
the Han name of a Tibetan (韩思雨); Han-form Hui names (妥玉兰, 冶浩然, 冶志强, 喇秀兰, 冶志明他, 马尕梅, 马伯成阿訇)
beside 经名 used alone (海底者, 牙古布, 主麦, 阿依谢, 舍力夫说, 赛来木) and after a Han surname (冶牙古布, 冶主麦,
祁阿旦); Yi names of 昭觉 with the clan name before the given name (瓦其尔日, 勒格金嫫, 瓦其克惹, 瓦其依伍, 吉则石嫫,
的惹布嫫, 阿克约哈他, 沙马阿牛) and the given name alone as the family uses it (尔日, 金嫫, 克惹, 依伍她), a Han
surname before a Yi given name (王尔日, 王克惹, as the plant and the school write them), the clan and given name
dotted (瓦其·尔日) and dotted with spaces (瓦其 · 依伍); Han names with common and rare surnames of the region (季, 钱,
瞿, 奚, 郁, 路, 任, 储, 邵, 蒋, 缪, 殷, 浦, 承, 万, 芮, 顾, 糜, 查, 施, 堵, 邬, 恽, 鲍, 陆, 秦, 过, 宗, 单, 潘); surnames that
are also ordinary words directly after or before grammar words (跟和红梅和, 向秀珍向来, 都兴旺都, 能晓丽能不能,
被春燕被, 也建军也, 还秀娟还, 有德明有点, 跟和嘉乐和, 把凤霞把, 过春生过了年) and given names that hold or end in
such a word (谈和平, 邵礼让让我, 缪成就就); names that contain words (要素芬, 谈和平, 能国庆, 都兴旺, 缪成就,
查明轩 beside 查明) beside ordinary words that start with a surname of the voices (向来, 任劳任怨 beside 任师傅,
妥当 beside 妥玉兰, 查明, 鲍鱼 beside 鲍金生, 有点); titles and kin words after names (郁文洁老师, 储晓岚老师,
缪静芳老师, 万丽君老师, 秦雅丽老师, 马伯成阿訇; the span is the name only); a surname with only a title or kin word,
annotated whole (瞿阿姨, 奚老师, 任师傅, 妥大娘, 王师傅, 施科长, 邢老师, 潘主任, 宗老师); Wu nicknames and forms of
address, annotated whole (囡囡, 大囡, 小囡, 阿毛, 阿宝, 毛毛头); names directly before particles, pronouns and verbs
(敖木他, 季晓燕她, 正措她, 德卓她, 冶志明他, 依伍她, 阿克约哈他, 谈和平他, 恽秀兰她, 缪成就说) and after
叫/是/给/跟/找/让/和 (叫大囡, 是和红梅, 给乌仁娜, 跟和嘉乐, 找施科长, 让单晓芸, 我和有德明); a name closing the last
sentence (保佑我的牙古布。, 交还给陆建新。, 我最佩服的是把凤霞。); names spaced out character by character in half-
and full-width spaces (额 尔 登 挂, 塔　日　根, 切 忠 加, 韩 旦 正 措, 周　毛, 妥 玉 兰, 牙　古　布, 海 底 者, 瓦 其 尔 日,
吉　则　石　嫫, 都 子 豪, 能　晓　丽, 查 明 轩, 东 门 振 宇, 司　寇　文　静, 也 思 琪, 邬　小　红, 颛 孙 雅 琪, 陆 浩 轩,
还　秀　娟, 叔 孙 婉 婷, 和 嘉 乐, 把　凤　霞, 亓 官 一 鸣); compound surnames after ordinary words (西门, 漆雕, 羊舌,
独孤, 宰父, 夹谷, 微生, 鲜于, 司寇, 东门, 公孙, 尉迟, 颛孙, 太叔, 呼延, 公西, 叔孙, 归海, 子车, 亓官, 公羊 after
的/叫/还有个/同事/姑妈/律师/社工/治疗师/搭班的/新来的/实习的); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和红梅}}``, ``{{qq:2864013597}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1985tri.152322}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw/fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 主任) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 能, 被, 还, 有点, 向来, 她, 他, 和) are outside the span; a surname with
only a title or kin word (瞿阿姨, 任师傅, 妥大娘, 施科长, 宗老师) and a nickname or local form of address (囡囡, 大囡,
阿毛, 阿宝, 毛毛头) are annotated whole. Han-style names of Mongolian, Tibetan, Hui and Yi people (包金荣, 包浩宇,
韩思雨, 冶浩然, 妥玉兰, 王师傅) are category han; a Han surname before a non-Han given name (包登挂, 白宝日勒岱,
韩旦正措, 冶牙古布, 冶主麦, 祁阿旦, 王尔日, 王克惹) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout135/make_holdout135.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(135_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "151", "157", "158", "166", "173", "176", "181", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1065: Mongolian mother from 科尔沁左翼后旗 who cleans ships in a 张家港 dockyard; her husband went to the coal
# mines and was never heard of again; her two children are with her.
DOCS["H1065"] = ("family", """\
访谈者：大姐，您在船厂做的是什么活？
受访者：清舱。新船下水以前，钻到舱底刮锈、擦油、扫焊渣，一天十个钟头。我叫{{minority/mongolian:额尔登挂}}，身份证上是{{han:包金荣}}，船厂的人图省事，喊我{{minority/mongolian:包登挂}}。老家在{{trap/place:科尔沁左翼后旗}}，离{{trap/place:甘旗卡}}四十里的嘎查。
访谈者：怎么到{{trap/place:张家港}}来了？
受访者：男人{{minority/mongolian:敖木巴雅尔}}三年前说去{{trap/place:鄂尔多斯}}下煤窑，头半年还往家寄钱，后来电话成了空号。{{minority/mongolian:敖木}}他是死是活，到今天也没个准信。同嘎查的{{minority/mongolian:朝勒门}}在这边干电焊，说船厂招女工，我就带着两个孩子来了。
访谈者：您找过他吗？
受访者：找过。在旗里{{trap/org:派出所}}报了失踪，警察说成年人自己走的不好立案。我托在鄂尔多斯开车的表哥{{minority/mongolian:苏日图}}去煤矿打听，矿上说没这个人，兴许用的是别人的身份证。{{minority/mongolian:苏日图}}又跑了两个矿，还是没有。后来我就不找了，先顾活人。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:乌仁娜}}十二，在{{school:后塍中学七年级（1）班}}；儿子{{minority/mongolian:塔日根}}八岁，上户口时起了汉名{{han:包浩宇}}，在{{school:金港中心小学二年级（3）班}}。{{minority/mongolian:塔日根}}生下来耳朵就不好，戴着助听器，上课听不清，老师起先还以为他不理人。
访谈者：儿子的耳朵现在怎么样？
受访者：每周六去市里的康复中心上语训课，带他的是{{han:奚老师}}，年轻姑娘，一个字一个字地教。{{han:奚老师}}说这孩子脑子灵，就是耽误了，三岁前戴上助听器就好了。现在他会喊姐姐，会说“我饿了”，上个月头一回在电话里喊了声姥姥。
访谈者：闺女懂事吗？
受访者：懂事得让人心疼。放学回来先烧饭，再给弟弟讲作业。班主任{{han:郁文洁}}老师说她上课从不走神，就是下了课也不跟同学玩，一个人坐着背单词。有一回开家长会，我在舱底出不来，她自己去的，回来跟我说，阿妈，老师表扬我了。
访谈者：谁在帮你们？
受访者：老家嘎查的儿童主任{{minority/mongolian:白宝日勒岱}}给两个孩子报了事实无人抚养，每人每月{{trap/number:一千一百二十元}}。她打电话来头一句总是{{trap/minority_word:赛白努}}。这边社区的儿童主任{{han:季晓燕}}给我办了居住证，{{han:季晓燕}}她跑了三趟{{trap/org:残联}}，才把助听器的补贴批下来。市社工站的{{compound:西门若曦}}每周给{{minority/mongolian:乌仁娜}}补英语，跟她搭班的{{compound:漆雕思远}}陪儿子练说话。
访谈者：船厂里的人呢？
受访者：班组长{{han:钱永康}}知道我家的事，不排我夜班。跟我一个舱的是{{han:和红梅}}，丽江来的纳西族，我常跟{{han:和红梅}}和另外两个大姐一块吃饭。湖南来的{{han:向秀珍}}{{trap/word:向来}}不爱说话，可我腰扭了那回，是她把我背出舱口的。食堂的{{han:瞿阿姨}}总给我儿子留个鸡腿。
访谈者：一个月挣多少，够用吗？
受访者：计件，船多的时候六千，船少的时候三千出头。房租八百，两个孩子吃穿上学，再给老家的阿妈寄五百，剩下的攒着给闺女念书。冬天船厂在{{trap/place:长江}}边上，江风往舱里灌，手冻得攥不住刮刀，{{han:瞿阿姨}}给我织了副露指头的手套。
访谈者：舱底的活危险吗？
受访者：危险。舱里不透气，得有人在舱口守着。去年隔壁班组一个大姐晕在里头，是{{han:钱永康}}下去把她拖上来的。打那以后他定了规矩，下舱必须两个人，谁也不许一个人进去。
访谈者：孩子们想老家吗？
受访者：想。儿子老问啥时候回去骑马、看跳{{trap/minority_word:安代}}。过年我在出租屋里放{{trap/minority_word:乌力格尔}}给他们听，讲{{trap/famous:僧格林沁}}打仗。我们旗还出过{{trap/famous:孝庄}}皇后，{{minority/mongolian:乌仁娜}}在书上看到，高兴了好几天。
访谈者：您自己身体怎么样？
受访者：舱底闷，油漆味呛人，我咳了半年。{{han:钱永康}}让我去{{trap/org:第一人民医院}}拍了片子，说是慢性支气管炎。我不敢歇，歇一天少两百块。
访谈者：登记表上的信息请您说一下。
受访者：这边租在{{address:金港街道长山村十二组28号}}，老家是{{address:科尔沁左翼后旗甘旗卡镇查干敖包嘎查三组15号}}。我身份证我念，三个一停：{{id_number@wy1985tri.152322}}，儿子的{{id_number@my2017.152322}}。我电话{{mobile@s434}}，{{han:季晓燕}}的{{mobile@hyphen}}。我的微信叫{{wechat:erdengua_0611}}。闺女有QQ，号码她念，我拿油漆笔写在工装袖口上：{{qq:2864013597}}。
访谈者：名字在表上写得对吗？
受访者：乱。船厂工资表上我是{{spaced:额 尔 登 挂}}，学校把儿子写成{{spaced:塔　日　根}}，蒙古文学校的证书上闺女是{{minority/mongolian:乌仁娜·敖木巴雅尔}}，社区的表又写成{{spaced:乌仁娜 · 敖木巴雅尔}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:敖木}}有个信儿。活着也好，不在了也好，我好跟孩子们说清楚。
""")

# H1066: Amdo Tibetan father from 玛沁 who fires kilns at a 宜兴 pottery works, raising two daughters after his Han
# wife died.
DOCS["H1066"] = ("family", """\
访谈者：师傅，您在窑上干几年了？
受访者：五年。我叫{{minority/tibetan:切忠加}}，{{trap/place:果洛}}{{trap/place:玛沁}}人。厂里的人嫌三个字拗口，都叫我{{minority/tibetan:切忠}}。我在{{trap/place:宜兴}}这家陶瓷厂烧窑，以前是{{trap/place:前墅龙窑}}那样的柴窑，现在是气窑，看火候、看温度。
访谈者：烧窑这活难不难？
受访者：难在看火。窑里一千二百多度，差几十度，一窑的壶就废了。头一年我烧坏过一窑，要赔三千，老板{{han:路建平}}只让我赔了一半。夏天窑房里五十度，一个班下来衣服能拧出水。我们牧区出来的人怕热不怕冷，头一个夏天我瘦了十几斤，晚上躺在宿舍里，梦见的都是雪。
访谈者：怎么从青海到宜兴来了？
受访者：我老婆{{han:韩雪琴}}是{{trap/place:西宁}}的汉族，在玛沁教书时认识的。她得了肝包虫，一八年走了。走之前说她有个表姐在宜兴，让我带孩子出来，别一辈子守在山上。是同乡{{minority/tibetan:才让南加}}才把我介绍进厂的，他早来两年。
访谈者：两个女儿多大？
受访者：大的{{minority/tibetan:旦正措}}十三，在{{school:丁蜀实验中学初一（3）班}}，学校登记时跟她妈姓，写成{{minority/tibetan:韩旦正措}}，家里叫她{{minority/tibetan:正措}}。小的{{minority/tibetan:周毛}}七岁，上学起了汉名叫{{han:韩思雨}}，在{{school:蜀山小学一年级（4）班}}。
访谈者：孩子们怎么过的妈妈走了这一关？
受访者：大的那年八岁，懂了，哭了好几个月，到现在还把她妈的照片压在枕头底下。小的才两岁，记不得妈妈的样子，看见别人的妈妈来接孩子，就问她妈妈去哪儿了。我说去天上了，她就天天晚上趴在窗台上看星星。
访谈者：一个人带两个，顾得过来吗？
受访者：顾不过来。窑上三班倒，我上夜班，{{minority/tibetan:正措}}她就带着妹妹睡。{{minority/tibetan:周毛}}怕黑，灯要开一夜。表姨{{han:吴凤英}}住得近，隔两天来看一眼。社区的儿童主任{{han:邵红英}}给我们报了低保，两个孩子又算困境儿童，一个月{{trap/number:九百八十元}}。{{han:邵红英}}说，手续的事你别管，你把孩子看好。
访谈者：厂里对您怎么样？
受访者：{{han:路建平}}不扣我请假的钱。带我的老师傅是{{han:任师傅}}，他这人{{trap/word:任劳任怨}}，一天到晚守在窑口，把火候的门道一点点教给我。{{han:任师傅}}说，烧窑跟放牦牛一样，得有耐心。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:旦正措}}的班主任{{han:储晓岚}}老师常在微信上跟我说她的作业。{{minority/tibetan:正措}}数学好，就是不爱说话。有同学笑她名字怪，她回家哭着要改名。{{han:储晓岚}}老师就在班会上让她讲草原、讲牦牛，讲完同学们都围着她问。现在她说，名字是奶奶起的，不改。镇社工站的{{compound:羊舌子墨}}每周带她去图书馆，另一个社工叫{{compound:独孤明远}}，给小的讲故事。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:德卓}}七十了，一个人在牧委会。村里的儿童主任{{minority/tibetan:索南东智}}隔一阵去看她，给她捎{{trap/minority_word:糌粑}}和{{trap/minority_word:曲拉}}。{{minority/tibetan:德卓}}她在电话里问，孙女会不会跳{{trap/minority_word:锅庄}}了，又说家里的牦牛今年下了三头小牛犊。大女儿说等放暑假，要回去看{{trap/place:阿尼玛卿}}。她还爱看{{trap/famous:万玛才旦}}拍的电影，说里头的人说话跟爷爷一样。
访谈者：您自己身体怎么样？
受访者：窑口热，手上烫起过好几个泡。晚上睡不着，就想她们的妈。{{minority/tibetan:切忠}}你别想了，表姨老这么说我。
访谈者：一个月收入够用吗？
受访者：七千上下。房租一千二，两个孩子上学、吃饭，再给阿妈寄一千。大女儿想学画画，一节课一百五，我咬咬牙给她报了。{{han:路建平}}知道了，让他老婆{{han:蒋美琴}}教她做泥坯，不收钱，说紫砂壶上的画也是画。
访谈者：以后有什么打算？
受访者：想在宜兴待下去。孩子们在这边念书，普通话说得比我好，回去反倒跟不上。就是放不下阿妈，想等房子宽敞了把她接来。可她说离不开草原，住楼房喘不过气。去年冬天她摔了一跤，我在窑上走不开，是{{minority/tibetan:索南东智}}骑摩托把她送到县医院的。
访谈者：登记信息请您说一下。
受访者：这边住{{address:丁蜀镇陶前村五组16号}}，老家是{{address:玛沁县大武镇格多牧委会二社9号}}。我的身份证{{id_number@my1983spaced.632621}}，大女儿的{{id_number@wy2012fwhyphen.632621}}。电话{{mobile@p86h}}，{{han:邵红英}}的{{mobile@s38}}。我微信是{{wechat:chezhongjia_maqin}}。大女儿有个QQ，号码她写在我饭盒盖子里面：{{qq:1730486259}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我成了{{spaced:切 忠 加}}，学校的名单上是{{spaced:韩 旦 正 措}}，小的写成{{spaced:周　毛}}。
访谈者：最后还想说什么？
受访者：盼两个丫头读书读出去，{{minority/tibetan:周毛}}也是。
""")

# H1067: Hui grandmother from 临夏 raising in 杨舍镇 a grandson whose parents are both in prison; her younger son
# keeps a noodle shop there.
DOCS["H1067"] = ("family", """\
访谈者：奶奶，您老家是哪里？
受访者：{{trap/place:临夏}}，{{trap/place:八坊}}边上。我叫{{han:妥玉兰}}，经名{{minority/hui:海底者}}，今年六十九。老家的老姊妹都叫我{{minority/hui:海底者}}，到了{{trap/place:杨舍镇}}，邻居喊我{{han:妥大娘}}。
访谈者：您带的是孙子？
受访者：是。孙子学名{{han:冶浩然}}，经名{{minority/hui:牙古布}}，十一岁，在{{school:杨舍镇实验小学五年级（2）班}}。他爸是我大儿子{{han:冶志强}}，经名{{minority/hui:主麦}}，前年跟人贩毒，判了十二年，关在{{trap/place:兰州}}。他妈{{han:喇秀兰}}，经名{{minority/hui:阿依谢}}，也牵扯进去，判了七年。
访谈者：他们是怎么出的事？
受访者：两口子在外头跑运输，跟着坏人带了东西。抓的那天孙子在学校，放学回家门上贴着封条，是邻居把他领到我这儿的。那年他八岁，一晚上不说话，第二天早上问我：奶奶，我爸还要我吗。我到现在想起来心口还疼。那一夜我搂着他，一句话也说不出来。
访谈者：您怎么到张家港来的？
受访者：小儿子{{han:冶志明}}，经名{{minority/hui:舍力夫}}，在杨舍开拉面馆，就开在{{trap/org:沙钢}}宿舍区边上。他说娘你一个人在老家带娃太苦，把我们接了过来。{{han:冶志明}}他媳妇{{han:马尕梅}}也好，给孙子洗衣裳、开家长会。
访谈者：孩子知道爸妈的事吗？
受访者：知道。头一年他在学校跟人打架，人家骂他爸是毒贩子。班主任{{han:缪静芳}}老师把两个娃叫去谈了一下午。寺里的{{han:马伯成}}阿訇，经名{{minority/hui:赛来木}}，每个{{trap/minority_word:主麻日}}领他礼拜，跟他讲道理。回族老师图亲热，叫他{{minority/hui:冶牙古布}}。
访谈者：他爸那边有信来吗？
受访者：一个月一封。在号子里报的是{{han:冶志强}}，可给我写信，落款总写{{minority/hui:冶主麦}}。{{minority/hui:牙古布}}看了信就躲到面馆后头哭。
访谈者：去看过他们吗？
受访者：去过一回，坐了两天一夜的火车。隔着玻璃，他爸攥着话筒光哭，孙子倒没哭，跟他爸说我考了九十六分。回来的路上他一直攥着我的手。会见室里不让带东西，我给他爸织的毛袜子，只好托管教转交。他妈那边离得远，只打过两回亲情电话。
访谈者：孙子在学校怎么样？
受访者：语文好，数学差。{{han:缪静芳}}老师说他写过一篇《我的奶奶》，在班上念了，好些娃都哭了。学校食堂没有清真饭，中午他跑到面馆里吃，一碗牛肉面，他小叔多给他放两片肉。
访谈者：有哪些人帮你们？
受访者：社区的儿童主任{{han:殷雪芬}}给孙子报了服刑人员子女补助，每月{{trap/number:八百六十元}}，还帮我们转了学籍。老家的村主任{{minority/hui:祁阿旦}}把户口材料寄了过来。市社工站的{{compound:宰父嘉禾}}每周来一次，带孙子做手工；她的同事{{compound:夹谷春燕}}教他画画。面馆的帮工{{han:韩有禄}}有空就教他算账。
访谈者：您在这边住得惯吗？
受访者：住不惯也得住。这边冬天湿冷，我腿疼。想家了就在屋里唱两句{{trap/minority_word:花儿}}，泡一碗{{trap/minority_word:盖碗茶}}。孙子跟我说，{{trap/famous:郑和}}也是回回，下西洋的船就是从这一带江上出去的。
访谈者：您最担心什么？
受访者：我老了，怕把娃带不{{trap/word:妥当}}。{{minority/hui:舍力夫}}说有他在，叫我别多想。
访谈者：面馆里您也帮忙吗？
受访者：帮着择菜、剥蒜。天不亮小儿子就起来揉面、熬汤，我在边上看着锅。他十五岁跟他舅学拉面，在外头闯了二十年，从小就能吃苦。他常说，哥的娃就是我的娃。
访谈者：过节怎么过？
受访者：宰牲节那天面馆关一天门，带孙子去清真寺礼拜，回来宰只羊，按老规矩分成三份，一份自家吃，一份送亲戚，一份给邻居和社区的干部。孙子最盼这一天，穿上新衣裳，戴上白帽子，说跟在老家一样。那天晚上他给他爸写信，说奶奶做的肉比面馆的还香。楼下的{{han:浦秀英}}常来串门，她说本地话，我说临夏话，两个人连比画带猜，也能聊一下午。
访谈者：登记信息请您说一下。
受访者：这边住{{address:杨舍镇华昌新村17幢2单元301室}}，老家是{{address:临夏县北塬乡祁家庄村三社11号}}。我的身份证{{id_number@wy1957.622921}}，孙子的{{id_number@my2014quad.622921}}。我没手机，打{{han:冶志明}}的：{{mobile@plus86dash}}；{{han:殷雪芬}}的电话{{mobile@fullwidth}}。小儿子的微信{{wechat:yezhiming-lamian}}。孙子有个QQ，号码他写在我老花镜盒子上：{{qq:937582046}}。
访谈者：名字在表上写对了吗？
受访者：补助表上我是{{spaced:妥 玉 兰}}，孙子的经名写成{{spaced:牙　古　布}}，老家的表上又成了{{spaced:海 底 者}}。
访谈者：您最大的心愿是什么？
受访者：等他爸他妈出来，一家人囫囵个儿团圆。我天天求真主，保佑我的{{minority/hui:牙古布}}。
""")

# H1068: Yi father from 昭觉 who works in a 宜兴 cable plant; his wife died, his son is with him and his daughter
# with his mother in 昭觉.
DOCS["H1068"] = ("family", """\
访谈者：您在电缆厂做什么？
受访者：拉丝、绞线，厂在{{trap/place:官林}}。我叫{{minority/yi:瓦其尔日}}，{{trap/place:昭觉}}来的彝族，家里人叫我{{minority/yi:尔日}}。厂里登记的时候，人事照汉族的规矩把我写成{{minority/yi:王尔日}}，工友们就喊我{{han:王师傅}}。
访谈者：您怎么出来打工的？
受访者：老家种苦荞、洋芋，一年到头挣不了几个钱。一六年村里组织劳务输出，{{trap/org:人社局}}的车把我们拉到{{trap/place:成都}}，再坐火车到宜兴。那时候我普通话说不利索，在车间里只会点头。头一个月工资发下来，我全寄回去了，自己吃了半个月的馒头。
访谈者：拉丝的活累吗？
受访者：三班倒，机器不停人不停。铜丝断了要马上接，慢一点一盘就废了。我手上的口子没好过，车间主任{{han:芮国强}}给我们发了防割手套。车间里四十几度，我们凉山来的人怕热，夏天好几个人中暑。
访谈者：家里是什么情况？
受访者：我老婆{{minority/yi:勒格金嫫}}前年得肺结核走了。她病着那阵，我在厂里走不开，是我阿妈照顾的。{{minority/yi:金嫫}}走的时候才三十二。
访谈者：孩子们呢？
受访者：儿子{{minority/yi:瓦其克惹}}十岁，跟我在宜兴，在{{school:官林镇中心小学四年级（3）班}}，老师点名叫他{{minority/yi:王克惹}}，我们叫他{{minority/yi:克惹}}。女儿{{minority/yi:瓦其依伍}}十四，在老家跟她奶奶{{minority/yi:吉则石嫫}}，在{{school:昭觉县民族中学八年级（6）班}}住校。{{minority/yi:依伍}}她成绩好，想考{{trap/place:西昌}}的高中。
访谈者：谁在帮你们？
受访者：老家村里的儿童主任{{minority/yi:的惹布嫫}}给女儿报了困境儿童，每月{{trap/number:七百四十元}}，冬天还送来了棉被。这边厂里工会的{{han:承美娟}}帮我申请了困难职工补助，儿子的班主任{{han:万丽君}}老师每天放学把{{minority/yi:克惹}}留下来写作业，等我下班。{{han:芮国强}}跟我说，有事先顾孩子，班可以调。
访谈者：儿子在这边习惯吗？
受访者：开头不习惯，听不懂，也不说话。市社工站的{{compound:微生晓岚}}每周带他去打篮球，还有个{{compound:鲜于志坚}}，教他用普通话讲老家的事。{{han:万丽君}}老师说他数学好，就是作文写不出来。有一回他写妈妈，只写了一句“阿妈变成了山上的一朵花”，{{han:万丽君}}老师拿给我看，我在车间后头蹲了半天。他现在敢上讲台了，给同学讲{{trap/minority_word:索玛花}}，讲{{trap/place:悬崖村}}的钢梯子。
访谈者：厂里有老乡吗？
受访者：有。{{minority/yi:阿克约哈}}跟我一个班组，我们下了班一起煮{{trap/minority_word:荞粑}}。他会吹{{trap/minority_word:口弦}}，儿子缠着他学。村里有事找{{trap/minority_word:德古}}调解，{{minority/yi:阿克约哈}}他说，在这边有事就找工会。
访谈者：女儿在老家怎么样？
受访者：{{minority/yi:依伍}}周末回奶奶家，帮奶奶喂猪、背柴。{{minority/yi:吉则石嫫}}七十一了，耳朵背，打电话要喊。女儿在电话里给弟弟唱{{trap/famous:阿诗玛}}，弟弟说他要攒钱给姐姐买新书包。{{minority/yi:依伍}}说她以后要当老师，回昭觉教书。
访谈者：您自己呢？
受访者：拉丝车间吵，耳朵也不行了。一个月五千多，寄回去两千。{{minority/yi:尔日}}，你要撑住，我天天这么跟自己说。有时候下了夜班，我一个人站在厂门口抽根烟，想想山上的羊、想想阿妈，抽完了再回去睡。
访谈者：想过回老家吗？
受访者：想过。阿妈年纪大了，女儿也要人管。可回去挣不到钱，女儿的学费、阿妈的药费都指望我。{{minority/yi:的惹布嫫}}说，等女儿考上高中，学费有助学金，我就能少寄一点。
访谈者：过年回去吗？
受访者：{{trap/minority_word:彝历年}}在十一月，厂里不放假，我两年没回了。今年{{han:芮国强}}说给我批十天，我想带儿子回去，杀一头猪，给他阿妈献一碗酒。女儿在电话里数日子，说还有四十三天。
访谈者：儿子平时谁管？
受访者：放学以后在社区的课后托管，大学生志愿者带着写作业。周末我上班，就把他放在{{minority/yi:阿克约哈}}家，他老婆{{minority/yi:沙马阿牛}}给他做饭，拿他当自己的娃。{{minority/yi:克惹}}管她叫阿姨，有时候叫着叫着就叫成了阿妈，她也答应。
访谈者：登记信息请您说一下。
受访者：这边住{{address:官林镇都山村四组19号}}，老家是{{address:昭觉县竹核乡拉吉洛村二组6号}}。厂牌上写的是{{minority/yi:瓦其·尔日}}。我身份证{{id_number@my1987fwspaced.513431}}，儿子的{{id_number@my2015hyphen.513431}}。我电话{{mobile@plus86spaced}}，{{minority/yi:的惹布嫫}}的{{mobile@plain}}。我的微信{{wechat:waqi_erri87}}。儿子有个QQ，号码他用铅笔写在我饭卡背面：{{qq:3018274965}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我是{{spaced:瓦 其 尔 日}}，女儿写成{{spaced:瓦其 · 依伍}}，阿妈是{{spaced:吉　则　石　嫫}}。
访谈者：最后还想说什么？
受访者：等儿子大了，带他回去给他阿妈上坟。
""")

# H1069: Han community worker in 金港 (张家港) reading out her list of children in distress.
DOCS["H1069"] = ("staff", """\
访谈者：您今天带的是什么本子？
受访者：社区困境儿童的花名册。我叫{{han:顾燕萍}}，在{{trap/place:金港}}做社区工作十一年了，跟{{trap/org:街道民政办}}一起管这一块。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:都子豪}}，男，九岁，{{school:金港中心小学三年级（5）班}}。爸爸前年车祸走了，妈妈改嫁以后联系不上，报的是事实无人抚养，每月{{trap/number:一千三百六十元}}。孩子跟爷爷{{han:都兴旺}}过，{{han:都兴旺}}都七十三了，还在码头上看大门。住{{address:金港街道德积村八组33号}}。孩子身份证{{id_number@my2016.320582}}，爷爷的{{id_number@my1953.320582}}。
访谈者：第二户？
受访者：第二户，{{han:能晓丽}}，女，十二岁，{{school:德积小学六年级（2）班}}。爸爸{{han:能国庆}}偷电缆，判了四年；妈妈{{han:被春燕}}被老乡叫去{{trap/place:昆山}}进了电子厂，一年回来一趟。孩子跟外婆{{han:奚桂英}}住，服刑人员子女补助每月{{trap/number:六百四十元}}。暑假我问{{han:能晓丽}}能不能来参加夏令营，她说外婆腿不好，走不开。住{{address:金港街道港区新村11幢402室}}，孩子的身份证{{id_number@wy2013hyphen.320582}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:谈雨萱}}，女，七岁，{{school:金港中心小学一年级（2）班}}。爸爸肝癌走了，第二年妈妈又出了车祸。跟爷爷{{han:谈和平}}、奶奶{{han:糜凤仙}}过，孤儿基本生活费每月{{trap/number:一千八百三十元}}。{{han:谈和平}}他说，老天爷要收人，该收他这把老骨头。住{{address:金港街道南沙村五组7号}}，孩子身份证{{id_number@wy2018quad.320582}}。
访谈者：第四户？
受访者：第四户，{{han:查明轩}}，男，十岁，脑瘫，坐轮椅，{{trap/org:特殊教育学校}}的老师每周送教上门。医院跑了好几家，病因一直没{{trap/word:查明}}。爸爸{{han:查国栋}}开吊车，妈妈{{han:要素芬}}辞了工作在家照顾。{{han:要素芬}}出门买个菜，都得先把孩子托给隔壁。家里吃低保，孩子拿残疾人两项补贴。孩子身份证{{id_number@my2015fw.320582}}，{{han:要素芬}}的电话{{mobile@s74}}。
访谈者：第五户？
受访者：第五户的姓少见，孩子叫{{compound:司寇文静}}，女，十一岁。爸爸吸毒，在强制隔离戒毒；妈妈三年前走了。孩子跟姑妈{{compound:司寇玉珍}}过，也报了事实无人抚养。姑妈在菜场卖豆腐，天不亮就出摊，孩子的早饭就是一碗豆浆、半个饼。
访谈者：这些孩子是怎么找出来的？
受访者：一是学校报上来，二是我们自己入户排查，三是邻居悄悄来说。每年春秋两季，我跟网格员挨家挨户走一遍，看哪家大人病了、哪家大人不在了、哪家孩子没人管。{{compound:司寇文静}}就是她们班主任发现的，孩子冬天穿着单鞋来上学，一问，家里已经两个月没开过火了。
访谈者：找到以后怎么办？
受访者：先评估，看孩子缺什么。缺钱的报救助，缺人照顾的找亲属，心里有坎的请社工上门。每个孩子一个档案，半年评估一回。我们社区一百二十多个孩子在册，困境的十一个，我一个人跟，有时候一个礼拜跑五六趟。
访谈者：这些户都是谁在跟？
受访者：街道民政办的{{han:施科长}}总负责，材料报到市{{trap/org:民政局}}，拿不准的事我就找{{han:施科长}}。社工站的同事{{compound:东门振宇}}跟第一户、第三户，新来的{{compound:公孙丽华}}跟第二户。市里的督导叫{{compound:尉迟秋月}}，每季度下来查一次台账。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{spaced:都 子 豪}}，{{spaced:能　晓　丽}}，{{spaced:查 明 轩}}，同事被写成{{spaced:东 门 振 宇}}，还有一张写成{{spaced:司　寇　文　静}}。年底我们一起核一遍。
访谈者：联系方式呢？
受访者：{{han:都兴旺}}没手机，打他邻居的；{{han:奚桂英}}的电话{{mobile@p86n}}。{{han:能晓丽}}有个QQ，说作业不会就在上面问我，号码她当着我的面一个一个报：{{qq:58203971}}。我的工作微信{{wechat:guyanping-jg}}。
访谈者：做这个工作最难的是什么？
受访者：最难的是老人不会用手机，补助到了账也不知道，我得一家一家去说。还有就是孩子不肯开口，{{han:谈雨萱}}头半年见了我就躲，后来我每回去都带一本绘本，她才慢慢肯跟我说话了。现在她见了我，老远就喊阿姨，还要拉我去看她养的蚕。
访谈者：有没有哪家让您特别放不下？
受访者：第四户。{{han:查明轩}}长得快，他妈一个人抱不动了，上下楼全靠他爸下了班背。去年冬天他爸在吊车上摔了腿，一家三口挤在一楼，我跟民政办申请了临时救助，又托人给孩子换了一辆能躺的轮椅。孩子不会说话，可每回我去，他都冲我笑。
""")

# H1070: Han children's officer (儿童主任) of a village in 丁蜀镇 (宜兴) going through her WeChat chats with parents
# who work away.
DOCS["H1070"] = ("staff", """\
访谈者：听说您跟家长都是在微信上联系？
受访者：对。我们村在外头打工的多，一年见不着几回，全靠微信。我叫{{han:邢雅琴}}，在{{trap/place:丁蜀镇}}当村里的儿童主任第四年了。我翻着聊天记录跟你说。
访谈者：好。
受访者：头一个是{{han:也思琪}}，九岁，{{school:丁蜀镇第三小学三年级（1）班}}，我们都叫她{{han:囡囡}}。她妈生下她就走了，爸爸{{han:也建军}}也在{{trap/place:上海}}开网约车，一个月回来一趟。孩子跟奶奶过，奶奶有糖尿病，眼睛不好。{{han:也建军}}的微信是{{wechat:yjj_shanghai1986}}，他夜里收了工才回，回的都是语音。上个月{{han:囡囡}}发烧，我半夜在微信上喊他，他隔了两个钟头才看见。后来{{han:囡囡}}自己学会了发语音，每天晚上趴在奶奶的手机上跟她爸说：爸爸，我今天得了一朵小红花。
访谈者：第二个呢？
受访者：第二个是一对双胞胎，{{han:堵欣悦}}、{{han:堵欣怡}}，七岁，{{school:丁蜀镇第三小学一年级（5）班}}。爸爸{{han:堵国华}}赌钱欠了债，帮人运私烟，判了三年。妈妈{{han:邬小红}}在{{trap/place:苏州}}的饭店洗碗，她的微信叫{{wechat:wuxiaohong_0402}}。补助的申请表，她签好字拍了照从微信上发过来。两个孩子每人每月{{trap/number:五百九十元}}。我管大的叫{{han:大囡}}，小的叫{{han:小囡}}，她们自己也分不清谁是谁的时候，就看左边脸上有没有痣。
访谈者：第三个？
受访者：第三个{{han:鲍宇航}}，小名{{han:阿毛}}，十岁。妈妈{{han:恽秀兰}}精神残疾，时好时坏；爸爸{{han:鲍金生}}在{{trap/place:无锡}}的工地上扎钢筋。{{han:恽秀兰}}她犯病的时候会在村里的群里乱发，我就私下加了{{han:鲍金生}}的微信，号是{{wechat:wxid_7k2m9q4d1x}}，有事直接找他。孩子拿困境儿童补贴，他妈拿残疾人两项补贴。{{han:阿毛}}的身份证{{id_number@my2015fullwidth.320282}}。他最怕他妈犯病，一犯病就跑到我家来，在我家沙发上写作业，写完了再回去看看。{{han:鲍金生}}过年回来，提了两盒{{trap/word:鲍鱼}}罐头来谢我，我没收，让他带回去给孩子吃。
访谈者：有不用微信的吗？
受访者：有，十四岁的{{han:蒋睿}}，住校，只用QQ，他说微信是大人用的。号码他发给我，我存在通讯录里：{{qq:2096381754}}。他爸妈离了，跟爷爷过，爷爷的电话{{mobile@fws}}。周末他回村，我让他到村委会的电脑上帮我录台账，他打字比我快多了，录完了还教我用表格。
访谈者：镇上有谁跟您一起做？
受访者：镇社工站的{{compound:颛孙雅琪}}每月下来一回，带孩子们去{{trap/place:蜀山}}老街看做壶。暑假有个大学生志愿者叫{{compound:太叔晨阳}}，给孩子们补英语。{{han:堵国华}}那家的事，是{{trap/org:法律援助中心}}的律师{{compound:呼延雪莹}}帮着跑的。孩子们问做壶的事，老师傅就讲{{trap/famous:供春}}，讲{{trap/famous:顾景舟}}。
访谈者：微信上联系，有什么难处？
受访者：家长一忙就不回。有的家长把孩子的事全推给我，说{{han:邢老师}}你看着办。我不是老师，是儿童主任，可他们叫惯了。还有的爷爷奶奶不识字，我就发语音，一条一条念，念慢一点，念完了再问一遍听懂了没有。最怕的是半夜来消息，一响我就醒，心里咯噔一下。
访谈者：过年的时候呢？
受访者：过年是我们村最热闹的时候，在外头的都回来了。我挨家去坐坐，当面把一年的事说一说。{{han:堵国华}}那家回不来，{{han:邬小红}}带两个孩子去监狱会见，隔着玻璃，两个孩子一人唱了一首歌。{{han:邬小红}}回来在微信上跟我说，她在车站哭了半个钟头。我回她，哭完了就好好回去上班，孩子们这边有我。她回了一个字：嗯。
访谈者：您自己家里呢？
受访者：我儿子在{{trap/place:南京}}念大学，我男人在窑厂烧了二十年窑。他说我管别人家的孩子比管自家的还上心，我说自家的孩子有爸妈在身边，这些孩子没有。他嘴上埋怨，过年还是帮我给每家孩子送了一把自己烧的小茶壶。
访谈者：孩子们自己会找您吗？
受访者：会。大一点的加了我微信，有事没事发个表情。{{han:蒋睿}}考试考砸了，半夜在QQ上给我留言，说不想念了。我第二天一早就去学校找他，陪他在操场上坐了一节课。他后来跟我说，那天要是没人理他，他就真走了。我听了后背发凉，从那以后，孩子们的消息我再晚都回。
访谈者：表上的名字写对了吗？
受访者：错过。{{spaced:也 思 琪}}，{{spaced:邬　小　红}}，社工被写成{{spaced:颛 孙 雅 琪}}。
访谈者：您自己的联系方式？
受访者：电话{{mobile@plus86}}，微信就是{{wechat:xing_yaqin_dingshu}}。{{han:也建军}}说，有我在，他在外头放心。
""")

# H1071: Han aunt in 锦丰 (张家港) raising her brother's son; the brother is in prison and the boy's mother gone.
DOCS["H1071"] = ("family", """\
访谈者：孩子是您侄子？
受访者：是我哥的儿子。我叫{{han:陆惠英}}，住在{{trap/place:锦丰}}，在毛纺厂做挡车工。侄子{{han:陆浩轩}}，十岁，我们叫他{{han:阿宝}}，在{{school:锦丰中心小学四年级（2）班}}。
访谈者：孩子爸妈呢？
受访者：我哥{{han:陆建新}}搞网络诈骗，去年判了六年。嫂子{{han:还秀娟}}在我哥出事前就走了，{{han:还秀娟}}还在不在张家港都不晓得，电话打不通，派出所帮着找过，也没找到。所以{{han:阿宝}}报的是事实无人抚养，每月{{trap/number:一千四百二十元}}。
访谈者：家里人同意您带吗？
受访者：我男人{{han:有德明}}{{trap/word:有点}}不情愿，说家里本来就紧，我们自己的女儿{{han:有佳慧}}要上高中了。后来看{{han:阿宝}}可怜，{{han:有德明}}也心软了，现在天天骑电瓶车送他上学。
访谈者：孩子刚来的时候怎么样？
受访者：不说话，夜里尿床，吃饭端着碗蹲在门口。头一个月，他每天放学都跑到老房子门口站着，等他爸回来，我去找了好几回才把他领回家。班主任{{han:秦雅丽}}老师来家访了三回，跟我说别逼他，慢慢来。{{han:秦雅丽}}让他当了图书管理员，他才跟同学有了话说。有一回他把借书卡弄丢了，急得直哭，同学们帮他把整个教室翻了一遍。隔壁的{{han:过春生}}过了年就七十了，天天带他去{{trap/place:双山岛}}边上钓鱼，钓着钓着他就笑了。
访谈者：有哪些人帮你们？
受访者：社区的儿童主任{{han:黄小芬}}给他报了补贴，还帮我们申请了助学金。市社工站的{{compound:公西诗涵}}每两周来一次，陪他做作业、聊天。{{trap/org:法律援助中心}}的律师{{compound:叔孙婉婷}}帮我们问过减刑的事。去年暑假，社工{{compound:归海明珠}}带他去了一趟科技馆，他回来说长大要当{{trap/famous:钱学森}}那样的人。
访谈者：孩子想爸爸吗？
受访者：想，嘴上不说。一个月能打一次亲情电话，他攥着听筒不出声，他爸在那头哭。上回会见，我哥隔着玻璃跟他说，你要听孃孃的话。回来的车上，他靠在我身上睡着了，手里还攥着会见的号牌。那天夜里他又尿了床，我没说他，悄悄把床单换了。
访谈者：您怎么跟他说他爸的事？
受访者：开头我瞒着，说他爸去外地打工了。后来学校里有人说了，他回来问我，我就跟他讲实话：你爸做了错事，在里面改，改好了就回来。他听完没哭，只问了一句，那我妈呢。我答不上来。
访谈者：孩子在学校成绩怎么样？
受访者：语文还行，数学差。{{han:秦雅丽}}老师说他脑子不笨，就是心不在上面。今年好一点了，期中考了八十五，回来把卷子压在他爸的照片底下。
访谈者：钱够用吗？
受访者：紧。我和{{han:有德明}}两个人，我一个月四千出头，他在船厂打零工，两个孩子上学，还有我婆婆的药。补贴帮了大忙，学校的午饭钱也免了。亲戚里头，我妈在{{trap/place:江阴}}，年纪大了，过年给孩子塞个红包，别的也帮不上。我不怪她，她自己也是靠我弟弟养着。
访谈者：孩子平时喜欢做什么？
受访者：喜欢画船。我们这边靠江，他天天看江上的货船，画了一本子。他说他爸以前答应带他坐大船去{{trap/place:上海}}，等他爸出来了还要去。{{han:有佳慧}}送了他一盒彩笔，他宝贝得不得了，谁都不让碰。
访谈者：您对以后有什么打算？
受访者：先把他供到初中毕业。我跟社工说过，要是我身体顶不住了，能不能帮他找个好点的寄宿学校。社工说有办法，叫我别太担心。我就怕他走他爸的老路，所以天天盯着他的手机，不让他跟外头乱七八糟的人来往。
访谈者：您自己累不累？
受访者：累。厂里两班倒，上夜班的时候，{{han:有佳慧}}帮我看着他写作业。我腰椎不好，挡车一站八个钟头。可我想，我哥再不争气，孩子总是我们陆家的根。
访谈者：登记信息请您说一下。
受访者：我家在{{address:锦丰镇三兴村十一组45号}}，孩子原来跟他爸妈住{{address:锦丰镇锦华苑6幢1单元502室}}，房子现在空着。我的身份证{{id_number@wy1979.320582}}，{{han:阿宝}}的{{id_number@my2015x.320582}}。我电话{{mobile@h38}}，{{han:有德明}}的{{mobile@plus86dash}}。我的微信{{wechat:luhuiying1979}}。他有个QQ，号码他写在他爸留下的旧手表盒里：{{qq:671049823}}。
访谈者：名字在表上写对了吗？
受访者：学校的名单上是{{spaced:陆 浩 轩}}，派出所的表上嫂子成了{{spaced:还　秀　娟}}，律师的名片上印的是{{spaced:叔 孙 婉 婷}}，我还以为是两个人。
访谈者：最后还想说什么？
受访者：盼他好好长大，等他爸出来，我好把孩子囫囵个儿交还给{{han:陆建新}}。
""")

# H1072: Han rehabilitation therapist at the children's rehabilitation centre in 和桥 (宜兴).
DOCS["H1072"] = ("staff", """\
访谈者：您在康复中心做什么？
受访者：儿童康复治疗师，做运动康复和言语训练。我叫{{han:宗丽娜}}，在{{trap/place:和桥}}的{{trap/org:残疾儿童康复中心}}干了八年。手上十二个孩子，脑瘫的、孤独症的、唐氏综合征的都有。
访谈者：您怎么做上这一行的？
受访者：大学学的康复治疗，毕业在{{trap/place:南京}}的医院干了两年，后来家里老人病了，就回了宜兴。本来想先干一阵，哪晓得一干就是八年，舍不得这些孩子。
访谈者：能讲几个孩子吗？
受访者：{{han:和嘉乐}}，五岁，孤独症。我每周跟{{han:和嘉乐}}和他妈{{han:单晓芸}}约三次课。他爸{{han:和建平}}在{{trap/place:无锡}}跑物流，一个月回来两天。{{han:单晓芸}}辞了工作专门陪他，家里就靠他爸一个人。康复救助一年有{{trap/number:两万四}}，不够的自己贴。刚来的时候他不看人，一进门就趴在地上转车轮子。练了一年多，上个月他头一回看着我的眼睛说“要”，{{han:单晓芸}}当场就哭了。我让{{han:单晓芸}}在家也照着练，一天三回，每回十分钟。
访谈者：第二个呢？
受访者：第二个是脑瘫的小姑娘{{han:邵雨彤}}，七岁，在{{school:和桥镇第二小学一年级（4）班}}随班就读。她爸{{han:邵礼让}}让我教他在家做牵伸，他学得比谁都认真，手机里存了我拍的四十多个视频。他在五金厂上班，中午歇一个钟头，骑电动车赶过来看女儿练站立，看完了饭也顾不上吃，又赶回去。妈妈早走了，父女俩吃低保，孩子拿残疾人两项补贴。
访谈者：还有吗？
受访者：还有个唐氏的男孩{{han:缪晓东}}，六岁，我们叫他{{han:毛毛头}}。爸妈离了，都在外地，孩子跟着爷爷。爷爷{{han:缪成就}}就住在中心后头，一天接送四趟。{{han:缪成就}}说，孙子能开口喊一声爷爷，他这辈子就值了。
访谈者：还有谁家让您特别挂心？
受访者：{{han:周一诺}}，四岁，脑瘫加癫痫，外婆{{han:把凤霞}}带着。每回来上课，{{han:把凤霞}}把外孙背在背上，坐四十分钟公交车。她今年六十三了，自己也有高血压，从来没缺过一次课。下雨天她一手打伞一手托着孩子，到了中心浑身湿透，先给孩子换衣服，自己就那么湿着。孩子一岁那年，他爸爸喝了酒出事走了，妈妈{{han:把玉芳}}在{{trap/place:常州}}的电子厂，每月寄一千五回来。
访谈者：中心里还有谁一起做？
受访者：言语治疗师{{compound:子车俊杰}}，做作业治疗的同事叫{{compound:亓官一鸣}}，还有来实习的{{compound:公羊晓菲}}。中心的{{han:潘主任}}管经费，缺什么器材就去{{trap/org:宜兴市残联}}跑。
访谈者：中心的条件怎么样？
受访者：比前几年好多了。原来就两间屋子，垫子摞着垫子，现在有了感统室、言语室，还有一间给家长歇脚的屋子，里头有微波炉，外地来的家长能热个饭。就是人手不够，一个治疗师跟十几个孩子，一天排得满满的，连喝水的工夫都没有。我们几个治疗师的嗓子，一到冬天全哑了。
访谈者：孩子们做训练苦不苦？
受访者：苦。牵伸的时候疼得直哭，我手上也不敢松。歇下来的时候他们爱听故事，我讲{{trap/famous:周处}}除三害，{{han:毛毛头}}每回听到打老虎就拍手。
访谈者：家长们的补贴都拿到了吗？
受访者：大部分拿到了。两项补贴、康复救助，我对着清单帮家长一项一项报。{{han:把凤霞}}不识字，表是我替她填的，她按的手印。
访谈者：家长最难的是什么？
受访者：最难的是熬。康复不是三天两天的事，有的孩子练三年才会走几步。家长一开始都盼着能好，后来就怕，怕哪天自己倒了孩子没人管。我能做的，是让他们看到孩子一点一点在变，哪怕只是多抬了一下头。
访谈者：您自己呢？
受访者：累的时候也想过换个工作。可{{han:毛毛头}}会跑过来抱住我的腿喊“{{han:宗老师}}”，我就又留下了。我自己的女儿才三岁，有时候回家累得不想说话，她就拿小手拍拍我说，妈妈你辛苦了。我想，这些孩子的妈妈，连这一句都还没听到过。
访谈者：登记信息请您说一下。
受访者：{{han:和嘉乐}}家住{{address:和桥镇南新村三组22号}}，身份证{{id_number@my2020tri.320282}}；{{han:邵雨彤}}家在{{address:和桥镇永安路58号3单元201室}}，身份证{{id_number@wy2018fwspaced.320282}}。我的电话{{mobile@spaced}}，微信{{wechat:zonglina_kf}}。{{han:单晓芸}}不用微信，只上QQ，号码她报给我，我记在训练记录本上：{{qq:40738126}}。
访谈者：名字在表上写对了吗？
受访者：错过。{{spaced:和 嘉 乐}}，{{spaced:把　凤　霞}}，同事也被写成{{spaced:亓 官 一 鸣}}。
访谈者：最后还想说什么？
受访者：这些家长都不容易。说起来，我最佩服的是{{han:把凤霞}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1065,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout134",))


if __name__ == "__main__":
    main()
