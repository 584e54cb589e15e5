# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 223 (tests/pii/holdout223/H1769-H1776 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
build asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 222, written at the same time, is not
an earlier set).

Set 223 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
珙县 and 筠连 (宜宾, Sichuan), in their Sichuan speech (娃儿, 屋头, 晓得, 没得, 咋个, 孃孃, 遭, 帮到): a Yi father from
美姑 who lost a leg in a roof fall in a coal pit of 巡场 and whose wife went back to 凉山; a Uyghur mother from
阿瓦提 who picks tea in 沐爱镇, her Han husband in prison after a fight over a small coal pit; a Mongolian
grandmother from 科尔沁 raising in 洛表镇, below the hanging coffins, two grandchildren whose parents died in a road
crash, and nursing their paralysed Han grandfather; a Kham Tibetan grandfather from 炉霍 raising in a tea village
of 高坪苗族乡 the children of his daughter, who went off to work and cannot be reached, their Han father drowned in
a flooded coal pit; the Miao 儿童主任 of that tea village reading out her list of Han, Miao and Tibetan families; an
officer of the women's federation of 珙县 (春蕾 grants, the 12338 line); a social worker of the township station of
沐爱镇, answering the phone and QQ during the interview; and the Han dormitory keeper of a boarding middle school in
底洞镇.

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Yi clan name + given name (吉伍么哈, 沙马伍果, 吉伍日铁, 吉伍衣果, 曲比伍嫫, 瓦扎格妞, 瓦扎拉铁, 俄木子且,
马海日火) with the clan name used alone as a form of address (吉伍大哥) or taken for a Han name (马海), short forms
(么哈哥, 格妞, 子且他), a nickname (衣衣) and a Han surname before the Yi given name on the ID card and the school
roll (吉么哈, 王格妞); Uyghur given name + father's name with ·, ‧, ・, . and no dot (热孜万古丽·阿卜拉,
阿卜拉‧吐尔洪, 买买提明・阿卜拉, 努尔买买提.阿西木, 努尔买买提阿西木, 阿卜杜瓦依提吐尔逊), forms of address made
from them (热孜姐, 瓦依提江) and the Han father's surname before the daughter's name (税米娜); Mongolian names with
no surname (敖斯尔玛, 格日勒萨仁, 阿古拉达来, 苏勒德玛, 巴图朝鲁, 乌兰和木其格), a grandmother called 敖婆婆 after
her name (minority, though 敖 is also a Han surname, as in 敖小渠), the Han father's surname before the boy's name
(帅达来), given name + father's name (巴图朝鲁·苏和满达) and the second part of a name used as address (和木其格);
Kham Tibetan names (仁真郎加, 洛绒翁青, 仁增拉吉, 格绒曲措, 洛绒向秋) with the elder taken for a man surnamed 郎
(郎老辈子), the Han father's surname before the boy's name (蔺扎西) and a diminutive (小拉吉); Han-style names of
minority children (吉鹏程, 吉小燕, 税敏, 税浩宇, 帅梓恒, 帅晓雯, 蔺思远, 蔺小雨, 王诗梦); rare surnames of 宜宾 (母,
税, 谯, 蹇, 卿, 冉, 苟, 帅, 缪, 昝, 佘, 蔺, 幸, 辜, 粟, 雍, 敬, 宿, 阳, 阴, 巩, 晋, 蒲); names whose last character
begins the next word or is repeated after them (蹇正英正月, 冉又兰又, 卿再福再, 苟得贵得, 管德兴管得严), names
before 他/她/讲 (母朝全他, 税家和他, 古秀芝她, 兰茶花她, 司徒岱川他, 皇甫丽华她, 司空晴她, 敬婷讲, 帅才讲, 子且他)
and after 跟/被/把/喊/问/教 (跟熊桂花, 被粟警官, 把韩小军, 喊我敖婆婆, 问我陶雨欣, 教苏勒德玛); names that hold a
word with the word nearby as a trap (易安全 / 安全, 兰茶花 / 茶花, 龙荣光 / 光荣榜, 辜小川 / 辜负, 阴德明 / 阴天,
母孃孃 / 母亲, 宿孃孃 / 宿舍, 蹇正英 / 正月) and a name that is a word (帅才); a surname with only a title or kin
word, annotated whole (冉孃孃, 谯老师, 巩师傅, 粟大姐, 税大爷, 雍警官, 帅老汉, 蒲医生, 昝股长, 母孃孃, 佘老板,
粟支书, 古主任, 古孃孃, 敬姐, 粟警官, 苟婆婆, 税师傅, 宿孃孃; compound: 夏侯姐姐, 欧阳老师); names inside a
shop's or a works' name (母朝全小卖部, 卿再福茶厂); names opening a line (宿孃孃，..., 兰德成，..., 俄木子且，...) and
closing the last one with no stop (莫忘了蹇正英); names spaced out character by character in half- and full-width
spaces (吉　伍　么　哈, 米 娜 古 丽, 敖 斯 尔 玛, 仁　真　郎　加, 司 马 文 韬, 欧 阳 茗 溪, 马　海　日　火), dotted
names with spaces around the dot (热孜万古丽 · 阿卜拉, 吉伍 · 衣果, 努尔买买提 . 阿西木, 瓦 依 提 ‧ 吐 尔 逊) and
names split in two (吉伍 么哈, 帅 达来, 蔺 扎西, 乌兰　和木其格, 苟 雨涵, 雍 建华); compound surnames after ordinary
words (乡上司马文韬, 部长皇甫丽华, 才来的闻人晓菡, 校长宇文建军, 校医东方晓蓉, 督导司空晴, 叫钟离骁, 社工端木汐瑶,
派的夏侯雨晴, 那天，申屠岷生); and numbers and accounts read out and written the many ways people do.

Person spans are the name only: a title or kin word after a name (老师, 哥, 姐, 姐姐, 大哥) and a pronoun, particle
or verb written right after it are outside the span; a surname with only a title or kin word and a form of address
made of a surname-like part and a kin word (郎老辈子, 敖婆婆) are annotated whole. A Han surname before a non-Han
given name is category minority, and so are forms of address made from a non-Han name; Han-style names of minority
people are category han.

Markup: the inline marks of ``_setkit.MARK`` / ``_setkit.marked_item`` (tests/pii/_setkit.py). Run
``python tests/pii/holdout223/make_holdout223.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(223_2026_1208)
MINORITY_GROUPS = ('yi', 'uyghur', 'mongolian', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "uyghur": 10, "mongolian": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "172", "178", "180", "182", "183",
                   "186", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1769: Yi father from 美姑 who lost a leg in a roof fall in a coal pit of 巡场 (珙县); his wife went back to 凉山.
DOCS["H1769"] = ("family", """\
访谈者：{{minority/yi:吉伍}}大哥，您是哪年到珙县来的？
受访者：一二年，快十三年了。我叫{{minority/yi:吉伍么哈}}，老家{{trap/place:凉山}}{{trap/place:美姑}}，身份证上写的{{minority/yi:吉么哈}}。矿上的人图省事，都喊我{{minority/yi:么哈}}哥。
访谈者：怎么到巡场来下井的？
受访者：老乡{{minority/yi:阿苏克布}}先下来的，他说{{trap/place:芙蓉矿区}}工钱现结，不拖。我在老家种洋芋、放羊，一年到头见不到几个现钱，就带起婆娘娃儿来了。婆娘叫{{minority/yi:沙马伍果}}，在矿上食堂洗碗，一个月一千八。头几年苦是苦，一家人在一起，过得去。
访谈者：后来出了什么事？
受访者：前年腊月井下冒顶，一坨石头砸到我左腿上。是班长{{han:母朝全}}把我拖出来的，{{han:母朝全}}他自己也遭砸断两根指头。送到{{trap/org:矿务局总医院}}，腿没保住，锯了，现在是二级肢体残疾。工伤赔偿拖了一年多，是矿上工会的{{han:晋华明}}帮我一趟一趟跑下来的，钱拿去还了住院欠的账，剩得不多。
访谈者：孩子妈妈呢？
受访者：她守了我半年，回凉山去了，听说又嫁了人。我不怪她，她才二十几岁，跟到我这个瘸子守一辈子，划不来。走那天她把两个娃儿的衣服洗干净，叠好放在柜子头，一句话没说。
访谈者：刚出事那阵，孩子们怎么过的？
受访者：我在医院躺了四十几天，两个娃儿没人管。是{{han:冉孃孃}}把他们接到她屋头吃住，白天送去学校，晚上盯到做作业。儿子那阵子不讲话，放学就坐在楼梯口等我，等到天黑。出院那天他跑过来抱我，摸到我空空的裤腿，哭得喘不过气。
访谈者：两个孩子多大了？
受访者：儿子{{minority/yi:吉伍日铁}}，汉名{{han:吉鹏程}}，十一岁，读{{school:珙县巡场镇矿区小学五年级（4）班}}。女儿{{minority/yi:吉伍衣果}}，汉名{{han:吉小燕}}，八岁，读{{school:巡场镇矿区小学二年级（1）班}}，屋头都喊她{{minority/yi:衣衣}}。小的懂事，她妈走了以后，扫地、洗碗都是她，站在板凳上煮面条。
访谈者：家里现在靠什么过？
受访者：靠政府，靠好人。社区儿童主任{{han:蹇正英}}{{trap/word:正月}}里就把表拿来了，两个娃儿报了困境儿童，每人每月{{trap/number:一千二百三十块}}。我有残疾人两项补贴，一家人还吃低保。残联评残那天，{{compound:申屠岷生}}背起仪器爬了我们这六楼。
访谈者：申请这些难不难？
受访者：难在跑。我腿不方便，材料又多，户口本、残疾证、医院证明、学校证明，样样要复印。{{han:蹇正英}}看我爬楼梯费力，就自己拿起材料去镇上交，交了还打电话跟我讲办到哪一步了。头一笔钱到账那天，我给两个娃儿一人买了一双新鞋。
访谈者：学校那边呢？
受访者：儿子的班主任是{{han:谯老师}}，{{han:谯老师}}晓得我们的情况，把午饭钱免了，还让他当了劳动委员。社工站派的{{compound:夏侯雨晴}}每个礼拜三来辅导作业，小的最黏她，一进门就喊{{compound:夏侯姐姐}}。
访谈者：您自己现在做点什么？
受访者：装了假肢，走得慢，下楼梯要扶墙。假肢是{{trap/org:县残联}}免费配的，{{han:巩师傅}}来给我调了三回。白天在{{han:母朝全}}小卖部帮他守店，一天给我五十块。他说不是可怜我，是拿两根指头换来的兄弟。
访谈者：你们还过彝族的节吗？
受访者：过。{{trap/minority_word:火把节}}那天杀只鸡，煮一锅{{trap/minority_word:坨坨肉}}，跟老乡两家人一起吃。{{trap/minority_word:彝族年}}回不去，就在屋头给老家打个电话。我给娃儿讲{{trap/famous:支格阿鲁}}射太阳的故事，{{minority/yi:吉伍日铁}}说他长大不下井，要当医生，给爸爸做一条真腿。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/yi:曲比伍嫫}}在美姑种{{trap/minority_word:苦荞}}，七十多了，每年托人带一袋荞面下来。她喊我回去，我说娃儿在这边读书，回去就断了。
访谈者：您现在最担心什么？
受访者：担心娃儿读书。儿子脑瓜子灵，数学好，我怕供不起。我自己没读过几天书，汉字认不到几个，娃儿的作业帮不上，只晓得坐到旁边看他写。还担心我这条好腿，医生讲一条腿用久了也要出毛病。
访谈者：邻居们呢？
受访者：楼下{{han:冉孃孃}}经常端菜上来。她男人{{han:苟得贵}}得了尘肺，天天咳，自己都顾不过来，还帮我接过娃儿。这栋楼住的都是矿上的，哪家没得点难处，互相帮到起。
访谈者：请说一下登记信息。
受访者：住{{address:珙县巡场镇白庙社区煤机宿舍5栋2单元601}}，老家{{address:美姑县巴普镇觉洛村三组8号}}。我身份证{{id_number@my1986tri.513436}}，儿子的{{id_number@my2014fw.511526}}。我电话{{mobile@s74}}，{{han:蹇正英}}的{{mobile@p86h}}。微信是{{wechat:moha_meigu86}}。儿子玩的QQ，他拿圆珠笔写在我假肢上：{{qq:4172905386}}。
访谈者：表上的名字写对了吗？
受访者：乱得很。低保表上是{{spaced:吉　伍　么　哈}}，残疾证上写成{{spaced:吉伍 么哈}}，学校花名册把女儿写成{{spaced:吉伍 · 衣果}}。
访谈者：最后还想说什么？
受访者：我这条命是{{han:母朝全}}拖出来的，两个娃儿是大家帮到养的。我跟娃儿讲，以后有出息了，莫忘了{{han:蹇正英}}
""")

# H1770: Uyghur mother from 阿瓦提 who married a Han man of 沐爱镇 (筠连) and picks tea; her husband is in prison.
DOCS["H1770"] = ("family", """\
访谈者：大姐，您是从新疆哪里来的？
受访者：{{trap/place:阿克苏}}{{trap/place:阿瓦提}}的。我叫{{minority/uyghur:热孜万古丽·阿卜拉}}，名字长，茶山上的人喊我{{minority/uyghur:热孜}}姐，娃儿们喊我新疆孃孃。
访谈者：怎么嫁到筠连来的？
受访者：在{{trap/place:义乌}}饰品厂打工，认得了我男人{{han:税家和}}，他是{{trap/place:沐爱镇}}人。我爸{{minority/uyghur:阿卜拉‧吐尔洪}}开头不同意，嫌远，说四川人吃得辣，你受不了。我还是跟他来了，在这茶山上一住十二年，现在辣椒比他还吃得。
访谈者：孩子爸爸现在在哪里？
受访者：在{{trap/org:雷马屏监狱}}。前年为小煤窑分钱的事跟人打架，把人打成重伤，判了五年。{{han:税家和}}他脾气犟，可对娃儿是真的好。出事前他在山背后挖煤，一身黑回来，先洗手才抱娃儿。
访谈者：出事以后，村里人怎么看你们？
受访者：开头有人指指点点，说是劳改犯屋头的。我不怕人讲，怕娃儿听到难受。女儿那阵子不想去学校，班主任来家里坐了一晚上，跟她讲爸爸做错了事，但爸爸还是爸爸。后来慢慢就好了，茶山上的人该喊我采茶照样喊。
访谈者：两个孩子呢？
受访者：女儿{{minority/uyghur:米娜古丽}}，户口上叫{{han:税敏}}，十二岁，读{{school:筠连县沐爱镇中心小学六年级（2）班}}，同学都喊她{{minority/uyghur:税米娜}}。儿子{{minority/uyghur:阿不都外力江}}，户口上叫{{han:税浩宇}}，七岁，读{{school:沐爱镇大坪村小一年级（3）班}}。
访谈者：家里有哪些补助？
受访者：娃儿是服刑人员子女，村上的儿童主任{{han:冉又兰}}帮我报的。{{han:冉又兰}}又跑镇上又跑县上，表填错一回就重跑一回。每个娃儿每月{{trap/number:九百八十块}}，我们家还吃低保。镇社工站的{{compound:欧阳茗溪}}每月来一趟，女儿有啥子心事只跟她讲，不跟我讲。
访谈者：去探视过吗？
受访者：去过两回，坐车坐得屁股疼，天不亮就走，天黑才到屋。儿子隔着玻璃喊爸爸，{{han:税家和}}一个大男人哭得像个娃儿。狱警{{han:雍警官}}人好，多给了我们十分钟。他每个月写封信回来，字歪歪扭扭的，女儿念给弟弟听。
访谈者：您自己靠什么挣钱？
受访者：采茶。春茶一天挣一百多，在{{han:卿再福}}茶厂按斤算钱。{{han:卿再福}}再忙也先把工钱给我结了。冬天没茶采，我就打{{trap/minority_word:馕}}卖，赶场天一早上卖四五十个。茶厂的{{han:粟大姐}}教我认茶，啥子是明前茶，啥子是{{trap/word:毛峰}}，现在我一摸就晓得。
访谈者：您自己身体怎么样？
受访者：腰不好，采茶一弯就是一天。去年查出来胆结石，疼起来在地上打滚，是{{han:粟大姐}}骑摩托把我送到镇卫生院的。做手术那几天，两个娃儿住在{{han:冉又兰}}屋头，她煮的饭娃儿说比我煮的好吃。
访谈者：孩子们想爸爸吗？
受访者：想。儿子晚上睡觉要抱着他爸的旧衣裳，说有爸爸的味道。女儿嘴上不讲，每个月把考试卷子拍照寄过去，说让爸爸在里头也高兴一下。我算过日子，还有两年零四个月。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}我做{{trap/minority_word:抓饭}}，请{{han:冉又兰}}和隔壁的{{han:税大爷}}来吃。{{han:税大爷}}是我男人的堂叔，在{{trap/org:镇税务所}}管了一辈子账。我跟娃儿讲{{trap/famous:阿凡提}}倒骑毛驴，他们笑得在床上打滚。
访谈者：老家有人来看过吗？
受访者：我哥{{minority/uyghur:买买提明・阿卜拉}}去年来过，背了一箱核桃红枣。我爸身体不好，走不得远路，只在视频里看过两个外孙，他讲等孙女考上大学，他坐飞机来。在{{trap/place:宜宾}}开烤肉店的{{minority/uyghur:努尔买买提.阿西木}}是老乡，过年喊我们去他店里吃饭，娃儿们吃得满嘴油。
访谈者：孩子在学校怎么样？
受访者：{{minority/uyghur:米娜古丽}}成绩好，班主任{{han:敬婷}}讲她作文写得好，写的就是她爸爸。{{han:敬婷}}老师还给她买过一双运动鞋。儿子调皮，有人笑他长得不一样，他就跟人打架，我说了好多回也不听。
访谈者：请说一下登记信息。
受访者：住{{address:筠连县沐爱镇大坪村四组19号}}，娘家在{{address:阿瓦提县拜什艾日克镇库木村二组33号}}。我身份证{{id_number@wy1990fwhyphen.652928}}，女儿的{{id_number@wy2013x.511527}}。电话{{mobile@plus86dash}}，{{han:冉又兰}}的{{mobile@s38}}。我微信{{wechat:Reziwan_Muai}}。女儿有个QQ，号码贴在她文具盒盖子里头：{{qq:８６０３１９４２７}}。
访谈者：表上的名字写得对吗？
受访者：不对的多。低保表上写成{{spaced:热孜万古丽 · 阿卜拉}}，学校写成{{spaced:米 娜 古 丽}}，还有张表把我哥写成{{spaced:买买提明　阿卜拉}}。
访谈者：最后还想说什么？
受访者：等{{han:税家和}}出来，一家人好好过。茶山上的人对我好，我不走了。我的四川话讲得不好，娃儿们笑我，我也跟到笑。
""")

# H1771: Mongolian grandmother from 科尔沁 (通辽) raising in 洛表镇 (珙县) two grandchildren orphaned by a road crash.
DOCS["H1771"] = ("family", """\
访谈者：婆婆，您是从内蒙古来的？
受访者：{{trap/place:通辽}}{{trap/place:科尔沁}}的。我叫{{minority/mongolian:敖斯尔玛}}，这边人念不来，跟到娃儿喊我{{minority/mongolian:敖婆婆}}，好多人还以为我姓敖。
访谈者：怎么到洛表来的？
受访者：我女儿{{minority/mongolian:格日勒萨仁}}在{{trap/place:鄂尔多斯}}煤矿当会计，认得了下井的{{han:帅永刚}}，跟他回了{{trap/place:洛表}}。前年腊月两口子骑摩托从{{trap/place:麻塘坝}}回来，在弯道上遭大车撞了，两个都没救过来。我接到电话，坐了两天两夜的火车，到的时候人已经烧了。
访谈者：孩子们多大了？
受访者：哥哥{{minority/mongolian:阿古拉达来}}，户口上是{{han:帅梓恒}}，学校里都喊{{minority/mongolian:帅达来}}，十岁，读{{school:珙县洛表镇中心校四年级（1）班}}。妹妹{{minority/mongolian:苏勒德玛}}，汉名{{han:帅晓雯}}，六岁，读{{school:洛表镇中心校一年级（2）班}}。出事那年妹妹才四岁，到现在还以为爸妈在外头打工。
访谈者：孩子们知道爸妈的事吗？
受访者：哥哥晓得。出事那天他在学校，是{{han:佘晓蔓}}老师把他领回来的。他一直不哭，到了晚上抱着他妈的衣裳睡。妹妹小，问了半年妈妈啥时候回来，后来不问了，画画的时候就画四个人，爸爸、妈妈、哥哥、她。
访谈者：孩子爷爷奶奶呢？
受访者：爷爷{{han:帅老汉}}中过风，瘫在床上，奶奶早走了。我就从草原上下来了，一个人管三个：两个娃儿，一个病人。他讲的话我听不懂，我讲的他也听不懂，两个老的比划，娃儿在中间翻译。村卫生室的{{han:蒲医生}}每个礼拜来给他换一回尿管。
访谈者：有哪些补助？
受访者：两个娃儿算孤儿，每人每月{{trap/number:一千五百九十块}}孤儿基本生活费，按月打到卡上，我不会取，都是村上的人陪我去信用社。村上的儿童主任{{han:缪秋娣}}帮到办的，县民政局的{{han:昝股长}}下来核过。车祸赔偿是法律援助中心的{{compound:司徒岱川}}帮我们打的官司，{{compound:司徒岱川}}他一分钱没收。开大车的{{han:苟明亮}}屋头也穷，赔了一半，剩下的还在扯。
访谈者：您一个人照顾三个，累不累？
受访者：累。早上五点起来给{{han:帅老汉}}翻身、擦洗，再煮早饭送娃儿。白天洗衣服、种点菜，下午接娃儿，晚上还要给老汉喂饭。我腰杆不好，有时候翻不动他，就去喊隔壁来帮忙。我们那边说，草原上的女人不怕苦，可我也是六十九的人了。
访谈者：学校那边呢？
受访者：{{minority/mongolian:阿古拉达来}}的班主任{{han:佘晓蔓}}每周给我打个电话。食堂的{{han:母孃孃}}晓得娃儿没了{{trap/word:母亲}}，每顿给他多舀一勺肉。社工{{compound:端木汐瑶}}教{{minority/mongolian:苏勒德玛}}画画，她画的全是马，说是外婆讲的草原。
访谈者：您在这边过得惯吗？
受访者：不惯。山高，雾大，顿顿吃辣，我血压也高。我熬{{trap/minority_word:奶茶}}，妹妹喝，哥哥嫌咸。带他们去看过{{trap/place:僰人悬棺}}，娃儿问人咋个挂到崖上去的，我也说不清。我拉不来{{trap/minority_word:马头琴}}，就给他们唱{{trap/famous:嘎达梅林}}，唱着唱着自己哭了。头一年冬天冷得很，屋头没得暖气，湿冷湿冷的，比我们那边零下二十度还难受。
访谈者：村里人对你们怎么样？
受访者：都好。赶场天有人塞给我一把菜，有人送一块腊肉。这边的人讲话快，我听不懂，他们就放慢了讲，还比划。过年有人来屋头坐，说你一个外地老婆婆，把人家的娃儿当自己的养，不容易。我说不是人家的，是我女儿的。
访谈者：老家还有人吗？
受访者：儿子{{minority/mongolian:巴图朝鲁}}在通辽养牛，想接我们回去。可{{han:帅老汉}}还在，娃儿的户口、学校都在这边。{{minority/mongolian:巴图朝鲁}}他每个月寄五百块，微信上的名字是{{minority/mongolian:巴图朝鲁·苏和满达}}。{{minority/mongolian:苏和满达}}是他爸，我老伴，走了八年了。
访谈者：邻居们呢？
受访者：好。隔壁{{han:易安全}}跑摩的，两个娃儿上学放学都是他接送，一分钱不要，他说{{trap/word:安全}}第一。{{han:易安全}}的婆娘教我腌咸菜，我教她煮{{trap/minority_word:手把肉}}。
访谈者：请说一下登记信息。
受访者：住{{address:珙县洛表镇麻塘村五组12号}}，老家{{address:通辽市科尔沁区敖力布皋镇二组6号}}。我身份证{{id_number@wy1956.150502}}，孙子的{{id_number@my2015quad.511526}}。我电话{{mobile@fws}}，{{han:缪秋娣}}的{{mobile@hyphen}}。儿子给我开了个微信，叫{{wechat:Aosierma_Keerqin}}。孙子的QQ他用铅笔写在门背后：{{qq:56018274}}。
访谈者：表上的名字写得对吗？
受访者：低保表上是{{spaced:敖 斯 尔 玛}}，学校写成{{spaced:帅 达来}}，妹妹写成{{spaced:苏　勒　德　玛}}。
访谈者：最后还想说什么？
受访者：我六十九了，只求多活几年，把两个娃儿送出大山。哥哥说要考到内蒙古去读大学，去看看他妈长大的地方。我说好，外婆等你。
""")

# H1772: Tibetan grandfather from 炉霍 raising in a tea village of 高坪苗族乡 (筠连) the children of his daughter, who
# went off to work and cannot be reached; their Han father died in a small coal pit.
DOCS["H1772"] = ("family", """\
访谈者：大爷，您是从甘孜下来的？
受访者：{{trap/place:炉霍}}的，{{trap/place:鲜水河}}边上。我叫{{minority/tibetan:仁真郎加}}，寨子头的人听我名字后头两个字，以为我姓郎，都喊我{{minority/tibetan:郎老辈子}}。我也不改，喊啥子都答应。
访谈者：怎么到筠连来的？
受访者：我女儿{{minority/tibetan:洛绒翁青}}在{{trap/place:康定}}读卫校，认得了筠连的{{han:蔺国富}}，嫁到这茶山上来了。{{han:蔺国富}}在山背后的小煤窑挖煤，四年前透水，人没上来。煤窑老板{{han:佘老板}}赔了些钱，后来窑子封了，人也跑了。
访谈者：孩子妈妈呢？
受访者：{{minority/tibetan:洛绒翁青}}说出去打工还账，去了{{trap/place:东莞}}，头一年还打电话，后来就打不通了。村上报了事实无人抚养，两个娃儿归我带。我也托人在东莞找过，派出所也帮着查，一直没消息。那年我六十一，坐了一天的车下来，下车就吐了。这边的山跟我们那边不一样，矮，绿，雾罩罩的。
访谈者：您当初为什么愿意下来？
受访者：女儿的娃儿，就是我的娃儿。我们那边讲，牦牛都晓得护小的，人咋个能不管。老伴身体不好，走不得远路，只有我来。来了才晓得难，可来了就不走了。乡卫生院给我办了慢病卡，拿药便宜些。
访谈者：孩子多大了？
受访者：孙子{{minority/tibetan:蔺扎西}}，户口上叫{{han:蔺思远}}，十三岁，在{{school:筠连县高坪苗族乡中学七年级（3）班}}住校，一个礼拜回来一回。孙女{{minority/tibetan:仁增拉吉}}，汉名{{han:蔺小雨}}，九岁，读{{school:高坪苗族乡中心小学三年级（4）班}}。我喊她{{minority/tibetan:小拉吉}}，她教我讲四川话，我教她讲藏话。
访谈者：孙子住校，您放心吗？
受访者：开头不放心。他十一岁就去住校，一个礼拜才回来一回，我怕他吃不饱，怕人欺负他。后来{{han:古秀芝}}带我去学校看了一回，宿舍干干净净，食堂顿顿有肉，我才放心。周末他回来，就帮我劈柴、挑水，话不多，活路做得多。
访谈者：谁在帮你们？
受访者：儿童主任{{han:古秀芝}}，苗族，{{han:古秀芝}}她一个月来三四回，帮我填表、拿药。村上的{{han:粟支书}}把我们的危房改了，换了瓦。学校的{{han:幸梦瑶}}老师晓得娃儿的事，她说要让娃儿有点{{trap/word:幸福}}感，给孙女买了个书包。县医院康复科的{{compound:上官靖雯}}每季度下乡，给我看风湿，针灸了几回，好了一点。
访谈者：您身体怎么样？
受访者：膝盖肿，这边潮得很，一下雨就走不动。我不会采茶，是娃儿的幺爸{{han:蔺国强}}教的，他在{{trap/place:珙县}}矿上，过年才回来，回来就给两个娃儿买新衣裳。采一季春茶能挣两千多，够娃儿一学期的零花。
访谈者：生活上习惯吗？
受访者：吃不惯辣。头一年我连米饭都吃不惯，现在一顿能吃两碗，早上还是要吃一碗{{trap/minority_word:糌粑}}，{{minority/tibetan:蔺扎西}}吃不惯，妹妹爱吃。过年我跳{{trap/minority_word:锅庄}}，寨子头的苗族娃儿也跟到跳，{{han:古秀芝}}还拿手机录下来发到群里。{{minority/tibetan:小拉吉}}喜欢听{{trap/famous:容中尔甲}}唱歌，一放就跟着哼。
访谈者：孩子们问过妈妈吗？
受访者：问。{{minority/tibetan:小拉吉}}问妈妈是不是不要我们了，我说妈妈在外头挣钱。孙子大了，不问了，就是话少，周末回来一个人坐在茶地边上。
访谈者：您会用手机吗？
受访者：只会接电话。打视频是孙女帮我按，跟老伴讲几句，她在那头就哭。汉字我认不到，表上要签字，我就写藏文，乡上的人看不懂，后来{{han:古秀芝}}教我写了自己的汉名，三个字学了一个礼拜。
访谈者：春节怎么过？
受访者：{{han:蔺国强}}回来，三个大人两个娃儿，也算团圆。他炒几个菜，我打一壶{{trap/minority_word:酥油茶}}，娃儿一样吃一点。初一早上我给两个娃儿一人系一根红绳，保佑平安。过完年他一走，屋头又冷清了。
访谈者：老家还有亲人吗？
受访者：老伴{{minority/tibetan:格绒曲措}}在炉霍守房子，一个人放几头牦牛。儿子{{minority/tibetan:洛绒向秋}}在{{trap/place:色达}}教书，每年寄一回钱。
访谈者：请说一下登记信息。
受访者：住{{address:筠连县高坪苗族乡茶园村七组21号}}，老家{{address:炉霍县斯木镇瓦达村3组14号}}。我身份证{{id_number@my1960spaced.513327}}，孙子的{{id_number@my2012fwspaced.511527}}。我电话{{mobile@plus86}}，{{han:古秀芝}}的{{mobile@spaced}}。孙子住校，有个QQ，他给我记在手机壳里头：{{qq:2039561748}}。微信是儿子帮我开的：{{wechat:Renzhen_Langjia}}。
访谈者：表上的名字写得对吗？
受访者：残疾证上写成{{spaced:仁　真　郎　加}}，学校把孙子写成{{spaced:蔺 扎西}}，孙女写成{{spaced:仁 增 拉 吉}}，我老伴写成{{spaced:格绒 曲措}}。
访谈者：最后还想说什么？
受访者：我老了，就想多活几年，看到{{minority/tibetan:小拉吉}}长大。等孙子考出去，我就回炉霍看看老伴，看看鲜水河。
""")

# H1773: Miao 儿童主任 of a tea village in 高坪苗族乡 (筠连) reading out her list of Han, Miao and Tibetan children.
DOCS["H1773"] = ("staff", """\
访谈者：{{han:古主任}}，您当儿童主任几年了？
受访者：五年了。我叫{{han:古秀芝}}，苗族，就在这{{trap/place:茶园村}}长大的。寨子头的娃儿不喊我主任，喊我{{han:古孃孃}}。儿童主任一个月补贴{{trap/number:三百五十块}}，不够跑路的油钱，可这事总要有人做。
访谈者：您是怎么当上儿童主任的？
受访者：原来我在村上当妇女主任，五年前乡上说每个村要有个儿童主任，村支书就点了我，说你心细，娃儿们也认得你。头一年我啥子都不懂，去{{trap/place:筠连县城}}培训了三天，回来照到本子一家一家摸底，哪家有残疾人、哪家大人在坐牢、哪家娃儿没上户口，都要弄清楚。
访谈者：村里有多少困境儿童？
受访者：在册的九个，分五家，我翻本子给你念。头一家是{{minority/tibetan:郎老辈子}}屋头，孙子{{minority/tibetan:蔺扎西}}、孙女{{minority/tibetan:仁增拉吉}}，事实无人抚养，每人每月{{trap/number:一千四百六十块}}。{{minority/tibetan:郎老辈子}}汉话讲不好，表都是我代填的，签字他就画个圈。
访谈者：第二家呢？
受访者：苗族，{{han:龙荣光}}家。{{han:龙荣光}}年轻时候在{{trap/place:贵州}}挖煤，上过矿上的{{trap/word:光荣榜}}，后来遭压断了腰，一级残疾，两项补贴都有。三个娃儿，大的{{han:龙艳秋}}在乡中学住校，老二{{han:龙春林}}、老三{{han:龙春雨}}读小学。他婆娘{{han:熊桂花}}一个人种茶，苦得很，我跟{{han:熊桂花}}讲过好多回，莫一个人扛，有事就喊我。
访谈者：第三家？
受访者：{{han:兰德成}}，七十二了，带孙女{{han:兰茶花}}。娃儿她爸出车祸走了，妈改嫁到{{trap/place:云南}}去了。名字是爷爷取的，说她生那天坡上{{trap/word:茶花}}开了。{{han:兰茶花}}她读{{school:高坪苗族乡中心小学五年级（1）班}}，考试回回前三名，作业本拿回来爷爷看不懂，就拿给我看。
访谈者：第四家？
受访者：{{han:辜秀英}}，精神残疾，时好时坏，犯病的时候满坡跑。娃儿{{han:辜小川}}九岁，跟外婆过。{{han:辜小川}}懂事得很，他说长大了莫{{trap/word:辜负}}外婆。他妈清醒的时候也晓得心疼娃儿，给他缝书包，缝得歪歪扭扭的。
访谈者：第五家？
受访者：{{han:韩德兵}}在服刑，婆娘跑了，娃儿{{han:韩小军}}才七岁，跟幺爸{{han:韩德华}}过。幺爸自己也有三个娃儿，我就常把{{han:韩小军}}接到儿童之家吃晚饭。娃儿不爱讲话，吃饭的时候埋起脑壳吃，吃完就帮我洗碗。
访谈者：有没有办不下来的？
受访者：有。{{han:韩小军}}他妈跑了以后一直联系不上，要证明失联，派出所要出证明，跑了三个月才办下来。那三个月娃儿没得补助，我就自己掏钱给他买米。还有{{han:熊桂花}}，想去茶厂做工又走不开，我在帮她问乡上有没有公益岗位。
访谈者：您自己家里呢？
受访者：我也有两个娃儿，一个读初中，一个读小学。有时候我家娃儿吃醋，说妈妈管别人家的娃儿比管我们还多。我说别人家的娃儿没得妈管，你们有。
访谈者：这些都靠您一个人跑吗？
受访者：乡上{{compound:司马文韬}}每个季度下来核一遍，乡社工站的{{compound:赫连岫}}管心理这块。我男人{{han:马国钦}}在茶厂开车，跑远的地方就载我去。下雨天路烂，摩托上不去，就走路，一家一家走完要大半天。
访谈者：平时怎么照看？
受访者：每个月挨家走一遍，看娃儿吃得饱不饱，作业做没做，屋头漏不漏雨。爷爷眼睛花了，我就给他念通知。大的住校想家，周末我去接她。过{{trap/minority_word:苗年}}的时候村上吹{{trap/minority_word:芦笙}}，我把几家娃儿都喊来吃一顿团年饭。最难的是系统，样样要录到手机上，字又小，常常录到半夜。有一回把一个娃儿的出生年月录错了，补助停了两个月，我跑到乡上去改，改好了补发，我才松口气。
访谈者：村里的娃儿们喜欢儿童之家吗？
受访者：喜欢。儿童之家就是村委会旁边一间屋，放了些书、几张桌子、一台旧电视。放学以后娃儿们都来，做作业、看书、下棋。我煮一锅面条，哪个饿了就吃。有回乡上来检查，看到一屋子娃儿，问我哪些是困境儿童，我说都是娃儿，莫分。
访谈者：请念一下登记信息。
受访者：{{han:兰茶花}}的身份证{{id_number@wy2013hyphen.511527}}，{{han:辜小川}}的{{id_number@my2016fwhyphen.511527}}。{{han:龙荣光}}家在{{address:筠连县高坪苗族乡茶园村五组2号}}，{{han:兰德成}}家在{{address:茶园村三组6号}}。我电话{{mobile@s434}}，{{compound:司马文韬}}的{{mobile@plain}}。我微信{{wechat:gu_xiuzhi_cy}}，儿童之家的QQ是{{qq:3150872694}}。
访谈者：表上的名字出过错吗？
受访者：常出。系统把{{han:兰茶花}}录成{{spaced:兰 茶花}}，把{{han:辜小川}}写成{{spaced:辜　小　川}}，乡上的{{compound:司马文韬}}还遭写成{{spaced:司 马 文 韬}}。
访谈者：最后还想说什么？
受访者：这几个娃儿，我不管哪个管？
""")

# H1774: Han officer of the county women's federation of 珙县 on 春蕾 grants, the 12338 line and the girls she follows.
DOCS["H1774"] = ("staff", """\
访谈者：您在县妇联管哪一块？
受访者：家庭和儿童工作部，管{{trap/org:春蕾计划}}，管困境女童。我叫{{han:敬丽君}}，部里的年轻人都喊我{{han:敬姐}}。在妇联干了十九年，从{{trap/place:珙泉镇}}跑到{{trap/place:罗渡苗族乡}}，全县的路都走熟了。
访谈者：今年春蕾资助了哪些孩子？
受访者：全县报上来四十几个，每人每年{{trap/number:一千五百元}}，我念几个你听。巡场镇的{{minority/yi:吉伍衣果}}，爸爸在矿上伤了腿；洛表镇的{{minority/mongolian:苏勒德玛}}，父母车祸走了；底洞镇的{{minority/yi:瓦扎格妞}}，彝族，汉名{{han:王诗梦}}，学校花名册上又写成{{minority/yi:王格妞}}。
访谈者：这些孩子您都见过吗？
受访者：都见过。{{minority/yi:格妞}}最让我放心不下，十三岁，一个人照顾她爸，烧火、煮饭、喂猪。她爸{{minority/yi:瓦扎拉铁}}尘肺三期，喘不上气，一年住三回院。我头一回去，娃儿正蹲在灶门前吹火，脸上全是灰，看到生人就往屋后头躲。
访谈者：资助的钱怎么发？
受访者：直接打到娃儿的卡上，不经大人的手。以前有过钱被大人拿去打牌的，后来我们改了，学费交给学校，生活费一个月一个月给，还要娃儿自己签字。{{minority/yi:格妞}}头一回签字，手抖得写不稳，说从来没有人给过她钱。后来她把第一个月的生活费拿去给她爸买了药。
访谈者：妇联除了资助还做什么？
受访者：守{{trap/hotline:12338}}热线，给女娃儿上防性侵的课。去年{{han:苟雨涵}}的事就是热线接到的：她继父喝了酒打她，她妈{{han:阳桂芬}}不敢报。我们跟派出所{{han:粟警官}}一起上的门，把{{han:苟雨涵}}接到外婆家，又帮她报了困境儿童，转到{{school:珙县孝儿镇中心小学六年级（5）班}}读书。那个男的被{{han:粟警官}}带走的时候还在骂。热线啥子都有：有当妈的问离了婚娃儿归哪个，有婆婆打来讲媳妇跑了孙子咋个办，也有女娃儿自己偷偷打来，讲屋头的事又不敢讲完。接到这种电话，我们第二天就跟乡镇联系，莫让它断了线。夜里的电话多，我们几个轮流守。
访谈者：有没有大人站出来的例子？
受访者：有。上罗镇有个蒙古族媳妇{{minority/mongolian:乌兰和木其格}}，男人在矿上走了，她开了个竹编作坊，招了六个困境女童的妈妈，篮子现在卖到{{trap/place:成都}}去了。{{minority/mongolian:乌兰和木其格}}她自己也带着个娃儿，镇上的人都喊她{{minority/mongolian:和木其格}}。我们把作坊的竹篮子放到{{trap/org:母亲邮包}}的义卖里头，一回卖了八百多个。
访谈者：部里人手够吗？
受访者：不够。部长{{compound:皇甫丽华}}，加上我，还有才来的{{compound:闻人晓菡}}，三个人管全县。{{compound:皇甫丽华}}她常说，我们宜宾出过{{trap/famous:赵一曼}}，妇联的人莫怕吃苦。乡镇的妇联主席都是兼职，像巡场的{{han:辜春梅}}，又管妇联又管调解，一个人当三个人用。我们三个一年下乡两百多天，车是借的。
访谈者：困境女童和男孩比，有什么不一样？
受访者：女娃儿更难。屋头一出事，头一个辍学的往往是女娃儿，要在屋头煮饭、带弟弟妹妹。还有早早就被说婆家的，十五六岁就出去打工。我们跟教育局一起盯辍学，一个都不能掉。
访谈者：您下乡一般怎么走？
受访者：坐班车到乡镇，再搭摩的进村，有的地方摩的都进不去，就走路。有一回去一个苗寨，下大雨，路垮了，我在老乡屋头住了一晚，第二天才出来。
访谈者：女孩子们自己怎么说？
受访者：那个彝族女娃说想当护士，{{han:苟雨涵}}想当警察，说要像{{han:粟警官}}那样。听到这些，我就觉得这份工作值。有个女娃，初中毕业她爸要她去{{trap/place:广东}}打工，我跑了三趟才说通，后来她考上了{{trap/org:宜宾学院}}。去年她毕业回来当老师，给我发了条短信，就一句话：{{han:敬姐}}，我回来了。
访谈者：请说一下联系方式和登记信息。
受访者：妇联在{{address:珙县珙泉镇人民路103号}}三楼。那个彝族女娃家在{{address:珙县底洞镇沙坝村六组17号}}，身份证{{id_number@wy2012spaced.511526}}；{{han:苟雨涵}}的{{id_number@wy2013hyphenx.511526}}。我电话{{mobile@plus86spaced}}，{{compound:皇甫丽华}}的{{mobile@h38}}。我微信{{wechat:jinglijun_gx}}，{{minority/mongolian:乌兰和木其格}}作坊收订单的QQ是{{qq:１２７６０５９３８}}。
访谈者：表上的名字出过错吗？
受访者：出过。那个彝族女娃的表上写成{{spaced:瓦 扎 格 妞}}，作坊登记写成{{spaced:乌兰　和木其格}}，还有一张把{{han:苟雨涵}}写成{{spaced:苟 雨涵}}。
访谈者：最后还想说什么？
受访者：女娃儿也要读书。这句话我讲了二十年，还要讲下去。这些娃儿长大了，有的当了护士，有的当了老师，有的还在外头打工，不管做啥子，只要她们自己做得了主，我就觉得没白跑。
""")

# H1775: Han social worker of the township station of 沐爱镇 (筠连), answering the phone and QQ during the interview.
DOCS["H1775"] = ("staff", """\
访谈者：{{compound:欧阳老师}}，社工站有几个人？
受访者：三个。我叫{{compound:欧阳茗溪}}，站长{{han:雍建华}}，还有个小伙子叫{{compound:钟离骁}}。娃儿们不喊老师，喊我{{han:茗溪}}姐姐。站是前年才建起来的，三个人管全镇十四个村。
访谈者：你们主要跟哪些孩子？
受访者：全镇困境儿童三十一个，重点跟十个。（电话响）不好意思，我接一下。喂，{{han:冉又兰}}啊？……要得，下午我过来。……是大坪村的儿童主任，她说{{minority/uyghur:阿不都外力江}}在学校跟人打架，人家骂他爸是劳改犯。
访谈者：社工跟儿童主任怎么分工？
受访者：儿童主任管摸底、报材料，我们管个案和心理。像{{han:冉又兰}}那边发现哪个娃儿不对劲，就喊我们去。我们做评估，做计划，一个月跟进一回，有的要两回。说起来简单，做起来就是一趟一趟地跑，一个电话一个电话地打。
访谈者：您打算怎么处理？
受访者：先跟他妈{{minority/uyghur:热孜}}姐说，再跟学校说，打架的两个娃儿都要谈，光骂我们这边的娃儿没得用。他姐姐{{minority/uyghur:米娜古丽}}懂事，QQ上跟我讲了好多，她QQ名就是汉名{{han:税敏}}。他们家在宜宾有个老乡{{minority/uyghur:努尔买买提阿西木}}，上个月还来站上给娃儿们烤过一回肉。{{minority/uyghur:米娜古丽}}头三回一句话不讲，第四回我带了彩笔去，她画了一个人站在高墙里头，画完就哭了。从那以后她才跟我讲心里话。
访谈者：其他孩子呢？
受访者：{{han:苟家俊}}，十岁，读{{school:沐爱镇中心小学四年级（3）班}}，他妈在{{trap/org:戒毒所}}，爸不晓得在哪，跟奶奶过。我们都喊他奶奶{{han:苟婆婆}}，{{han:苟婆婆}}七十八了，眼睛看不清，药都是我分好装在盒子里。她种了一辈子地，现在连药名都认不到了。还有个苗族女娃{{han:陶雨欣}}，脑瘫，她妈{{han:熊朝芬}}背着她上下学，背了六年，腰都背弯了。
访谈者：（QQ提示音）您先看。
受访者：是县里的督导{{compound:司空晴}}，问我{{han:陶雨欣}}的残疾评定办好没有。{{compound:司空晴}}她比我还急。评定要到{{trap/org:宜宾市第一人民医院}}去做，娃儿坐不得长途车，我们在想办法请医生下来。
访谈者：晚上也有孩子找您吗？
受访者：有。有回半夜十二点，{{han:苟家俊}}拿他奶奶的手机发QQ给我，说奶奶喊不醒。我跟站长打起电筒跑过去，是低血糖，喂了糖水才醒。从那以后我手机不敢关机，站长说我把自己当成了娃儿的家长，我说差不多。我是{{trap/place:筠连}}城边上的，大学在{{trap/place:成都}}读的社会工作，毕业本来想留成都，我妈身体不好就回来了。回来也好，讲的是本地话，娃儿们不生分。
访谈者：站里经费够吗？
受访者：紧。站长{{han:雍建华}}为这个跑了好几趟{{trap/org:县民政局}}。我们给娃儿搞了个{{trap/org:四点半课堂}}，{{compound:钟离骁}}教数学，我教画画，{{han:苟家俊}}画的全是他妈。有时候也想不干了，工资低，事情多，可一想到这几个娃儿，又舍不得。
访谈者：做社工最难的是什么？
受访者：最难的是看着娃儿受苦又帮不上。像那个脑瘫的女娃，康复要去市里，一个礼拜三回，她妈背不动，我们找了志愿者轮流开车送，送了半年，志愿者也累了。钱可以申请，人手申请不来。
访谈者：你们怎么看效果？
受访者：县里有个表，要打分，出勤、成绩、心理量表。我其实不太看分数，我看娃儿笑不笑，跟不跟我打招呼。那个打架的娃儿，上学期见到我就躲，这学期会跑过来喊姐姐了，我觉得这就是效果。
访谈者：站上平时都做些什么活动？
受访者：周末开兴趣班，寒暑假办夏令营，请派出所来讲防溺水，请卫生院来讲卫生。每个月还有一次家长会，来的多是爷爷奶奶，我们就讲慢点，讲土话。
访谈者：请说一下登记信息。
受访者：站在{{address:筠连县沐爱镇新街社区兴隆路48号}}，{{han:苟家俊}}家在{{address:沐爱镇金星村二组7号}}，身份证{{id_number@my2015plain.511527}}，{{han:陶雨欣}}的{{id_number@wy2013fwspaced.511527}}。我电话{{mobile@p86n}}，{{han:冉又兰}}的{{mobile@s74}}，微信{{wechat:ranyoulan_dp}}。站上微信{{wechat:wxid_m4q8z2k7r1}}，我的QQ{{qq:20487315}}，那个苗族女娃她妈用的QQ{{qq:1839026475}}。
访谈者：表上的名字出过错吗？
受访者：多。我的名字遭写成{{spaced:欧 阳 茗 溪}}，{{han:苟家俊}}写成{{spaced:苟　家　俊}}，那个老乡写成{{spaced:努尔买买提 . 阿西木}}，站长写成{{spaced:雍 建华}}。
访谈者：最后还想说什么？
受访者：社工没得啥子本事，就是多跑几趟，多听几句。娃儿们长大了记不记得我们不要紧，记得有人管过他们就够了。
""")

# H1776: Han dormitory keeper of a boarding middle school in 底洞镇 (珙县), on the boys she looks after.
DOCS["H1776"] = ("staff", """\
访谈者：{{han:宿孃孃}}，您管这栋宿舍几年了？
受访者：八年了。我姓宿，{{trap/word:宿舍}}的宿，大名{{han:宿桂兰}}。新生来了都以为“{{han:宿孃孃}}”就是管宿舍的孃孃，其实是我的姓。开头我还解释，后来就不解释了，喊啥子都一样。以前我在{{trap/org:芙蓉公司}}的食堂煮饭，食堂关了，就到学校来了。
访谈者：住校的困境孩子多吗？
受访者：男生楼三十几个，有十来个屋头有难处。彝族娃儿多，爸妈在矿上。{{minority/yi:马海日火}}在{{school:珙县底洞镇中学八年级（2）班}}，花名册上只写了{{minority/yi:马海}}两个字，新来的老师还以为他是汉族。他爸在井下遭瓦斯熏了，躺在{{trap/org:宜宾市第二人民医院}}，他妈在医院守，娃儿一个人在学校。
访谈者：还有呢？
受访者：{{minority/yi:俄木子且}}，十四岁，妈死了，爸在{{trap/place:西昌}}打工，一年不回来。我们喊他{{minority/yi:子且}}，{{minority/yi:子且}}他晚上睡不着，爱到我值班室坐，一坐坐到{{trap/word:熄灯}}。维吾尔族的{{minority/uyghur:阿卜杜瓦依提吐尔逊}}，他爸{{minority/uyghur:吐尔逊・买买提}}在宜宾开拉面馆，前年车祸瘫了。{{minority/uyghur:瓦依提江}}周末回不去，就在宿舍洗全楼的拖把。
访谈者：汉族孩子里呢？
受访者：{{han:敖小渠}}，爸妈离了婚，哪个都不要他，他跟幺爷爷过，幺爷爷八十了，拄着拐棍来开过一回家长会；{{han:苟家乐}}，孤儿，吃孤儿基本生活费；还有{{han:帅才}}，他爸在坐牢，{{han:帅才}}讲他爸是出去打工了，我也不拆穿。这些娃儿放假最难，别人盼放假，他们怕放假。星期五下午别人家长来接，这几个娃儿站在走廊上看，我就喊他们来帮我搬东西，莫让他们一直看。
访谈者：这些孩子的生活费够吗？
受访者：紧巴巴的。{{han:苟家乐}}的孤儿基本生活费打到他姑妈卡上，一个月给他两百，他一个礼拜只舍得用四十。那个彝族娃儿他爸一年寄不了几回钱，学校把他列进了困境儿童，伙食费免了，还发了一床棉被。
访谈者：学校怎么照顾这些孩子？
受访者：德育处的{{han:管德兴}}管得严，晚上十点熄灯，哪个没回来他都要找。校长{{compound:宇文建军}}给这几个娃儿免了住宿费，校医{{compound:东方晓蓉}}每个月给他们量身高体重。县社工站的{{compound:夏侯雨晴}}也来过，给他们做心理辅导。食堂的{{han:税师傅}}打饭手不抖，给这几个娃儿多打半勺。寒暑假学校还安排老师上门看一回。
访谈者：您自己怎么照顾他们？
受访者：冬天给他们烘鞋，生病了熬姜汤，衣服破了我补。有个娃儿发烧那回，我背他到镇医院，{{han:管德兴}}打的伞。{{han:苟家乐}}过生日没人记得，我买了个小蛋糕，全寝室的娃儿给他唱歌，他躲到被子里哭。我给他们讲{{trap/famous:黄庭坚}}在宜宾写字的故事，莫说写字，能把作业写完我就高兴了。
访谈者：孩子们晚上想家吗？
受访者：想。熄灯以后，常常听到被窝里头有人哭，我就假装没听到，过一阵去给他掖一下被子。{{minority/uyghur:瓦依提江}}有一回半夜发烧说胡话，讲的是维吾尔话，我一句听不懂，就握着他的手坐到天亮。有个初一的娃儿，开学头一个礼拜天天哭，我就让他晚上到值班室写作业，写完了再回去睡，一个月以后就好了。
访谈者：您一天怎么安排？
受访者：早上六点开门，娃儿们起床、洗漱，我挨个寝室看一遍被子叠没叠好。白天打扫卫生、收衣服，哪个娃儿生病了，送去校医那里。晚上九点半查寝，十点熄灯，十一点再转一圈，看哪个没睡着。一年到头，天天如此。
访谈者：孩子们毕业了还联系您吗？
受访者：有的联系。前年毕业的一个娃儿，在宜宾读技校，过年给我带了一盒茶叶，说是他自己第一个月工钱买的。我舍不得喝，到现在还放在柜子里。
访谈者：您自己家里呢？
受访者：我男人{{han:阴德明}}以前也下井，退了，一到{{trap/word:阴天}}腿就疼，在屋头带孙子。我一个礼拜回去一回，他说我把学校当屋了。我说这些娃儿比孙子还离不得我。
访谈者：请说一下登记信息。
受访者：学校在{{address:珙县底洞镇新华路2号}}，{{minority/yi:子且}}家在{{address:巡场镇新村社区棚户区9号}}，身份证{{id_number@my2011tri.513436}}；{{han:敖小渠}}的{{id_number@my2010quad.511526}}。我电话{{mobile@spaced}}，{{han:管德兴}}的{{mobile@s38}}。维吾尔族娃儿他爸的微信{{wechat:Tursun_lamian}}，{{han:苟家乐}}用我的手机上QQ，号{{qq:６０３８１９２７５}}。
访谈者：名单上名字写对了吗？
受访者：墙上的名单把{{minority/yi:马海日火}}写成{{spaced:马　海　日　火}}，把{{minority/uyghur:瓦依提江}}写成{{spaced:瓦 依 提 ‧ 吐 尔 逊}}，{{han:敖小渠}}写成{{spaced:敖 小渠}}。
访谈者：最后还想说什么？
受访者：娃儿们喊我一声孃孃，我就把他们当自己屋头的。只要还走得动，我就守到这栋楼。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1769,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout222",))


if __name__ == "__main__":
    main()
