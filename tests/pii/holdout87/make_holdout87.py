# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 87 (tests/pii/holdout87/H681-H688 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 86, written at the same time by another
writer, is not an earlier set).

Set 87 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandfather
from 东乌珠穆沁旗 who keeps the gate of a wire-mesh works in 安平 (衡水) and raises his two grandchildren while his son
is in prison and his daughter-in-law is on dialysis at home; a Tibetan mother from 囊谦 (玉树) in 武强 (衡水), widowed
by her Han husband's liver cancer and crippled by rheumatoid arthritis; a Dongxiang father from 东乡 (临夏) with a
noodle shop in 冀州 (衡水), whose Hui wife died and who raises his brother's orphaned son with his own two children;
a Han mother in 桃城 (衡水) whose husband was half paralysed by a stroke, with three children called by word
nicknames; a Han middle-school homeroom teacher in 武邑 (衡水) going through five pupils in distress and their parents
on WeChat and QQ; a Uyghur mother from 洛浦 (和田) running a noodle shop in 江阴 (无锡) with her two children while her
husband, crippled on the desert road, stays at home; a Han civil-affairs clerk in 景县 (衡水) reading from a case file
(a prisoner's two children, a girl orphaned by a fire); and a Han aunt in 深州 (衡水) raising her dead sister's two
children after their father left. The emphasis is on forms where a replacement might cover only part of a name, in
a mix rather than one trick: Mongolian names of four to seven characters (额日敦巴雅尔, 宁布吉日嘎拉, 乌力更达来,
伊拉拉图雅, 策登其其格) with short forms after the full name (额日敦, 宁布跟他姐, 那仁就闷), a Han surname before a
Mongolian given name (包沃日根) and the Han school name of the same child (包悦宁); Kham Tibetan names (求吉永措,
昂措拉毛, 尼江多杰, 巴丁才旦, 更嘎白措说) with short forms (求吉, 昂措, 多杰, 巴丁说) beside the Han names of the same
people (才秀兰, 谷雨萌, 谷梓豪); Dongxiang Han-form names (汪玉成, 汪永福, 汪子健, 马德清) beside 经名 used alone
(伊德利斯, 穆合麦德他, 则乃布她, 哈蒂玛) and a Han surname before an Arabic name (汪伊德利斯, 汪舒艾卜, 汪艾优卜,
唐舍赫也), and Hui names (海底彻, 何穆尼拉那边, 马则克林雅他, 陈尔玛尼跟); Uyghur given name + father's name with and
without the dot (木沙江·阿布力米提 and 木沙江阿布力米提, 凯丽比努尔·色买提, 阿孜木·色买提) and short forms (凯丽比努尔,
木沙江和, 麦合丽娅, 阿孜木他, 阿布力米提他); Han word nicknames, annotated whole (烧饼, 瓜子她, 哨子也); Han names
with common and rare surnames (甄, 耿, 户, 檀, 纪, 荆, 冀, 郄, 解, 戎, 阎, 边, 智, 靳, 缪, 浦, 祁, 褚), with titles and
kin words (檀志刚所长, 卢怀远大夫, 户淑芬婶, 阎志红书记, 缪建芬主任, 高玉兰大姐, 浦红英阿姨; the span is the name
only), names that contain or end in words (耿满仓, 谷长生, 谷雨萌, 智慧敏, 安国庆, 尹福生, 侯德旺) and a short name that
is a word (彩云), a name written twice (郝秀珍郝秀珍, a signature written again), names directly before particles
and verbs and after 叫/是/给/跟/和/找/让; names spaced out character by character in half- and full-width spaces,
a dotted name with spaces around the dot and names split in two; compound surnames after ordinary words; and numbers
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:甄秀梅}}``, ``{{qq:2471903586}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, dongxiang, hui, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1984quad.131102}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶,
阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 跟,
和, 那边) are outside the span; a word nickname (烧饼, 瓜子, 哨子) and a given name used alone (彩云) are annotated
whole. Han-style names of Mongolian, Tibetan, Dongxiang and Hui people (包悦宁, 才秀兰, 汪玉成, 马彩莲) are category
han; a Han surname before a non-Han given name (包沃日根, 汪伊德利斯, 何穆尼拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout87/make_holdout87.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(87_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "dongxiang", "hui", "uyghur")
# Floors from the brief: at least 10 names of each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "dongxiang": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["132", "137", "139", "147", "153", "156", "159", "167", "172", "175", "177", "184", "186",
                   "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H681: Mongolian grandfather from 东乌珠穆沁旗 in 安平 (衡水); his son is in prison, his daughter-in-law on dialysis.
DOCS["H681"] = ("family", """\
访谈者：大爷，您是从内蒙古过来的吧？先说说家里的情况。
受访者：是，老家在{{trap/place:东乌珠穆沁旗}}，牧区的。我叫{{minority/mongolian:额日敦巴雅尔}}，六十六了，这边的人记不住长名字，就叫我{{minority/mongolian:额日敦}}。我来{{trap/place:安平}}快三年了。儿子{{minority/mongolian:乌力更达来}}前些年做草场围栏的买卖，从这边进铁丝网往旗里卖，后来干脆把家安在了县城。
访谈者：孩子的爸爸妈妈现在呢？
受访者：儿子出事了。前年跟人要账，两个人动了手，他把人打成了重伤，判了三年半，关在{{trap/place:衡水}}。儿媳{{minority/mongolian:伊拉拉图雅}}得了尿毒症，回娘家了，每个礼拜在{{trap/place:锡林浩特}}透析三回。两个孩子离不开学校，我跟老伴就从牧区过来了，住儿子租的房子。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:那仁托雅}}十三，上学用的汉名叫{{han:包悦宁}}，在{{school:安平县第二中学初一（4）班}}。孙子{{minority/mongolian:宁布吉日嘎拉}}八岁，在{{school:安平县城关小学二年级（1）班}}，家里都叫他{{minority/mongolian:宁布}}。{{minority/mongolian:宁布}}跟他姐不一样，嘴甜，楼道里见了谁都喊。{{minority/mongolian:那仁}}就闷，回家进屋写作业，一句话不说。
访谈者：您老伴身体怎么样？
受访者：老伴{{minority/mongolian:策登其其格}}腿不好，做饭还行。她想草原，一到夏天就念叨{{trap/minority_word:那达慕}}。我在一家丝网厂看大门，厂长{{han:张振海}}人厚道，夜班让我少值两个，好回家照看孩子。厂里的会计{{han:尹秀云}}帮我填过好几回表。
访谈者：这几年谁帮过你们？
受访者：社区的儿童主任{{han:甄秀梅}}，头一个上门的就是她。她说两个孩子爸爸服刑、妈妈重病，够事实无人抚养，帮着把材料一样一样备齐，跑了县{{trap/org:民政局}}三趟。现在每人每月{{trap/number:一千二百五}}。街道的民政干事{{han:耿满仓}}也来过，他说户口不在这边，办起来麻烦，后来是跟旗里的{{minority/mongolian:包沃日根}}通了电话，两边一起办的。{{minority/mongolian:包沃日根}}是我远房侄子，在旗民政局上班。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:赵淑敏}}老师年轻，心细，知道孩子爸的事以后，没跟班上任何人说，就是常找她谈心。孙女写过一篇作文叫《我的{{trap/minority_word:额吉}}》，老师念着念着自己哭了。孙子那边是{{han:王庆丰}}老师，冬天总给他留一杯热水。
访谈者：还有别人帮忙吗？
受访者：县里社工站来了两个年轻人，姑娘叫{{compound:慕容秋禾}}，跟她一起来的是{{compound:赫连志鹏}}。{{compound:慕容秋禾}}教孙女画画，孙子就跟着那个小伙子踢球。楼下的{{han:高玉兰}}大姐开早点铺，孩子们上学前常在她那儿喝碗豆腐脑，她从来不收钱。法律援助中心给我儿子派的律师叫{{compound:闾丘思源}}，帮着写过申诉。
访谈者：您跟儿子见面吗？
受访者：一个月能见一回，隔着玻璃打电话。{{minority/mongolian:乌力更达来}}他见了孩子就掉眼泪，说出来以后再也不喝酒了。他媳妇那边，{{minority/mongolian:伊拉拉图雅}}她每天晚上跟孩子视频，脸肿得厉害，还笑着问作业写完没有。她娘家哥哥{{minority/mongolian:雅图孟根}}在牧区放羊，每年秋天卖了羊给我们寄五千块钱。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:白月}}的时候，老伴一大早煮{{trap/minority_word:手把肉}}，熬奶茶，让孩子们给长辈磕头。我给他们讲{{trap/famous:哲别}}射箭的故事，孙子听完拿筷子当箭，满屋子跑。
访谈者：在安平这边生活习惯吗？
受访者：刚来那年不习惯。牧区地方大，这边楼挨着楼，老伴说喘不过气。吃的也不一样，这边爱吃面条、饺子，我们想喝口奶茶还得自己熬。冬天没有牛粪烧，屋里靠暖气，孩子们倒是高兴，说不用半夜起来添火了。慢慢地也就惯了。孙女周末去厂门口的小超市帮忙理货，老板娘给她二十块钱，她一分不花，攒着给她妈买药。我知道了心里难受，又不好说她。
访谈者：钱够用吗？
受访者：紧巴巴的。我看大门一个月两千出头，加上孩子们的补助和低保，房租一交就剩不下多少。去年冬天孙子得了肺炎，住了一个礼拜院，社区帮着申请了临时救助，才没欠下账。
访谈者：登记要写地址、证件和电话。
受访者：这边住在{{address:安平县城关镇丝网路东顺小区7号楼2单元501室}}，老家在{{address:东乌珠穆沁旗道特淖尔镇巴彦呼舒嘎查三组11号}}。我的身份证{{id_number@my1959.152525}}，孙女的{{id_number@wy2012hyphen.152525}}。我电话{{mobile@s434}}，{{han:甄秀梅}}的电话{{mobile@plain}}。儿子原来的微信{{wechat:uligeng_dalai81}}，现在是孙女拿着用。孙女有QQ，说是老师布置作业用的，号码她写在铅笔盒盖上了：{{qq:2471903586}}。
访谈者：表上孩子们的名字写得对吗？
受访者：乱。学校名单上孙子是{{spaced:宁 布 吉 日 嘎 拉}}，孙女是{{spaced:那仁 托雅}}，低保表上把我写成{{spaced:额　日　敦　巴　雅　尔}}，把老伴写成{{spaced:策登 其其格}}。
访谈者：最后您想说什么？
受访者：盼儿子早点出来，盼儿媳能等到肾源。孙女说她要考医学院，将来给她妈治病。
""")

# H682: Tibetan mother from 囊谦 (玉树) in 武强 (衡水), widowed, with rheumatoid arthritis.
DOCS["H682"] = ("family", """\
访谈者：您好，先说说您自己吧。
受访者：我叫{{minority/tibetan:求吉永措}}，老家在{{trap/place:玉树}}{{trap/place:囊谦}}，藏族。上小学的时候老师给起了个汉名，叫{{han:才秀兰}}，户口本上写的还是藏名。{{trap/place:武强}}这边的人叫不惯，都喊我{{minority/tibetan:求吉}}。我男人{{han:谷长生}}是武强人，{{trap/year:二〇一〇年}}地震以后到{{trap/place:结古镇}}盖房子，我们就认识了，后来我跟他回了河北。他在县里的乐器厂做萨克斯，手巧得很。去年春天查出肝癌，八个月人就没了。
访谈者：现在家里几口人？
受访者：四口。我，两个孩子，还有婆婆{{han:齐桂芝}}。大的是姑娘，藏名{{minority/tibetan:昂措拉毛}}，学校里用汉名{{han:谷雨萌}}，十二岁，在{{school:武强县街关镇中学初一（2）班}}。小的是儿子{{minority/tibetan:尼江多杰}}，汉名{{han:谷梓豪}}，九岁，在村里小学念三年级。家里叫姑娘{{minority/tibetan:昂措}}，叫儿子{{minority/tibetan:多杰}}。
访谈者：您自己身体怎么样？
受访者：不好。我有类风湿，手指头都变形了，{{trap/org:县残联}}给评了四级。厂里的活干不了，在家给人串珠子，一天挣二三十块。村里给报了低保，两个孩子算困境儿童，每人每月{{trap/number:七百三十块}}。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:户淑芬}}婶，她跟我婆婆是一个院里长大的。{{han:户淑芬}}她拿着我的残疾证和孩子爸的死亡证明，一趟一趟往乡里跑。乡民政所的{{han:檀志刚}}所长说，孩子们的事不能等。村支书{{han:耿国强}}过年给我们送米送面。县医院的{{han:卢怀远}}大夫给我开的药，能报销一大半。县社工站派来一个姑娘，叫{{compound:宇文若溪}}，每周来辅导孩子功课；还有一个是{{compound:东方予安}}，帮我在网上卖串珠手链。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/tibetan:昂措}}把她爸修过的那把小号擦得亮亮的，挂在墙上。班主任{{han:纪红梅}}老师说，她上课有时候发呆，一问就说没事。{{minority/tibetan:多杰}}还小，晚上非要跟奶奶睡。婆婆也是个苦命人，七十多了，还得反过来照顾我。
访谈者：婆婆身体还行吗？
受访者：血压高，膝盖不好，可每天天不亮就起来给孩子们做饭。她年轻时候在生产队干活，一个人能顶半个男劳力。孩子爸走了以后，她哭了好几个月，后来跟我说，咱娘儿四个拧成一股绳，日子就能过下去。村里有人劝她让我回青海，她说这是她儿媳妇，谁也别想往外撵。我听了这话，心里热乎乎的。
访谈者：钱上够用吗？
受访者：低保加上孩子们的补贴，一个月两千来块。药费是大头，我这病得长期吃药。孩子们在学校免了餐费，{{trap/org:县妇联}}每年开学给送书包、文具。去年冬天煤价涨了，乡里给困难户发了取暖补贴，我们家也有。
访谈者：您老家那边还有人吗？
受访者：阿妈{{minority/tibetan:秋英卓嘎}}在囊谦，七十了，每年五月还上山挖{{trap/minority_word:虫草}}。哥哥{{minority/tibetan:巴丁才旦}}去年秋天来住了一个月，帮我把房顶修了。{{minority/tibetan:巴丁}}说实在不行就回玉树，家里有牛有房子。我想了想，孩子们在这边上学，说的都是河北话，回去跟不上，就留下了。
访谈者：孩子们还会说藏话吗？
受访者：会一点。{{trap/place:衡水}}学院有个玉树来的大学生{{minority/tibetan:更嘎白措}}，放假前常来给姑娘补英语，顺带教姐弟俩说藏话、写藏文。{{minority/tibetan:更嘎白措}}说，名字是阿妈给的，不能忘。
访谈者：过节的时候呢？
受访者：藏历年我在屋里挂{{trap/minority_word:经幡}}，给孩子们打{{trap/minority_word:酥油茶}}，晚上一家人跳{{trap/minority_word:锅庄}}。婆婆也学着喝酥油茶，说就是有点咸。我给孩子们讲{{trap/famous:文成公主}}进藏的故事，儿子问，那她想不想家？村里过年贴{{trap/word:年画}}，我也买几张，说是给孩子他爸看的。
访谈者：登记表上要写住址和电话。
受访者：家在{{address:武强县街关镇东王庄村四组23号}}，老家在{{address:囊谦县香达镇前多村二社8号}}。我身份证{{id_number@wy1987fullwidth.632725}}。我电话{{mobile@plus86}}，婆婆的{{mobile@h38}}。{{compound:宇文若溪}}的微信{{wechat:ruoxi_yw2020}}，孩子们有事就找她。姑娘有个QQ，号码她写在我手机壳里面了：{{qq:815362047}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。学校把姑娘写成{{spaced:昂 措 拉 毛}}，儿子成了{{spaced:尼江 多杰}}，低保表上我是{{spaced:求　吉　永　措}}，婆婆是{{spaced:齐 桂 芝}}。
访谈者：最后您想说什么？
受访者：盼孩子们把书念好。我这双手不中用了，可心里不糊涂，再难也要供他们念下去。
""")

# H683: Dongxiang father from 东乡 (临夏) with a noodle shop in 冀州 (衡水); his Hui wife died, his orphaned nephew lives with him.
DOCS["H683"] = ("family", """\
访谈者：您是东乡族吧？怎么到冀州来的？
受访者：是。我叫{{minority/dongxiang:汪伊德利斯}}，{{minority/dongxiang:伊德利斯}}是经名，身份证上的名字是{{han:汪玉成}}。老家在{{trap/place:东乡}}{{trap/place:锁南}}，十二年前跟老乡出来，在{{trap/place:冀州}}开了个牛肉面馆，就在{{trap/place:衡水湖}}边上。
访谈者：家里现在几口人？
受访者：四口，我和三个娃娃。媳妇{{minority/hui:海底彻}}是{{trap/place:广河}}的回族，汉名叫{{han:马彩莲}}，前年得乳腺癌走了。大的是我侄子{{minority/dongxiang:穆合麦德}}，十四，学校里叫{{han:汪永福}}。他爹是我弟弟{{minority/dongxiang:汪舒艾卜}}，在{{trap/place:宁夏}}的煤矿上出事没了，他娘后来改嫁，娃娃就跟了我。老二是我儿子{{minority/dongxiang:汪艾优卜}}，十二，学名{{han:汪子健}}；老三是丫头{{minority/dongxiang:则乃布}}，九岁，学名{{han:汪雨桐}}。
访谈者：孩子们上学怎么样？
受访者：{{minority/dongxiang:穆合麦德}}在{{school:冀州区第三中学初二（3）班}}，{{minority/dongxiang:则乃布}}在{{school:冀州区信都路小学三年级（2）班}}。{{minority/dongxiang:穆合麦德}}他话少，可懂事，放学先到店里帮我择菜、刷碗。丫头的班主任{{han:荆丽娜}}老师说，{{minority/dongxiang:则乃布}}她画的画都有妈妈。
访谈者：这些年谁帮过你们？
受访者：社区主任{{han:冀春华}}，街道民政的{{han:郄志远}}。侄子的户口还在东乡，孤儿基本生活费得在那边办，一个月{{trap/number:一千四百六}}。老家村里的儿童主任{{han:马德清}}帮着跑的，我阿妈{{minority/dongxiang:哈蒂玛}}在家里按的手印。衡水城里{{trap/org:清真寺}}的{{minority/hui:马则克林雅}}阿訇，每年开斋的时候给娃娃们送衣裳。{{minority/hui:马则克林雅}}他说，没娘的娃娃，坊上都得管。
访谈者：店里忙得过来吗？
受访者：我表弟{{minority/dongxiang:唐舍赫}}在店里拉面，工钱少要一半。{{minority/dongxiang:唐舍赫}}也是东乡人，没成家，娃娃们叫他小爸。隔壁卖牛肉的{{minority/hui:陈尔玛尼}}是回族，每天早上给我留最好的腱子肉，钱月底再算。{{minority/hui:陈尔玛尼}}跟我说，有啥难处就开口。房东{{han:尹福生}}这两年没涨过房租。
访谈者：媳妇娘家还来往吗？
受访者：来往。她姐姐{{minority/hui:何穆尼拉}}在广河，隔几天就给丫头打视频，教她念{{trap/minority_word:清真言}}。{{minority/hui:何穆尼拉}}那边还给丫头寄过两回衣裳。媳妇走的那年，坊上的人给她做了{{trap/minority_word:尔麦里}}，炸了{{trap/minority_word:油香}}，我到现在都记着。
访谈者：您自己身体怎么样？
受访者：腰不好，站一天就疼。区医院的{{han:解玉芬}}大夫说是腰椎间盘突出，叫我少站，可开着店哪能少站。{{minority/hui:海底彻}}在的时候，她管账我拉面；她走了以后，我又当爹又当妈。
访谈者：一个人带三个娃娃，最难的是什么？
受访者：最难的是丫头。丫头越长越像她妈{{minority/hui:海底彻}}，女娃娃大了，有些话不跟我说，跟她大姨说。去年她在学校里肚子疼得直哭，是{{han:荆丽娜}}老师把她领到办公室，给她冲了红糖水，又打电话告诉我。我一个大男人，站在校门口不知道说啥好。还有就是开家长会，三个娃娃三个班，我一个人跑不过来，就让表弟替我去一个。店里一天不开门就少一天的钱，可娃娃们的事比钱要紧。
访谈者：娃娃们在这边习惯吗？
受访者：习惯了。他们说的都是衡水话，回东乡反倒听不懂老人说东乡话了。我阿妈说，娃娃不会说祖先的话不行，暑假我就送他们回去住一个月，跟奶奶学。
访谈者：还有谁帮忙？
受访者：区里社工站来过三个人，领头的叫{{compound:南宫雪晴}}，跟着的两个小伙子是{{compound:夏侯一帆}}和{{compound:公冶明川}}。他们给娃娃们办了个周末课堂，还帮我申请了困境儿童的学习用品。{{trap/minority_word:开斋节}}的时候我在店里做{{trap/minority_word:手抓羊肉}}，请他们来吃，他们吃得满手是油。我给娃娃们讲{{trap/famous:大禹}}分九州，说冀州就是九州头一个，娃娃们说爸你又吹。
访谈者：登记表上要写地址、证件、电话。
受访者：店在{{address:冀州区信都路清河小区北门底商12号}}，老家在{{address:东乡族自治县锁南镇那勒寺村三社17号}}。我身份证{{id_number@my1981spaced.622926}}，侄子的{{id_number@my2011.622926}}。我电话{{mobile@hyphen}}，{{minority/hui:何穆尼拉}}的电话{{mobile@plus86spaced}}。店里收钱的微信{{wechat:wangyucheng_lamian}}。侄子有QQ，他说跟东乡的同学联系，号码写在店里的菜单背面：{{qq:1960348275}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。有的表把儿子写成{{spaced:汪 艾 优 卜}}，把媳妇写成{{spaced:海　底　彻}}，把侄子写成{{spaced:穆合 麦德}}，我是{{spaced:汪伊德 利斯}}。
访谈者：您最盼什么？
受访者：盼三个娃娃都念出来。侄子说想当医生，我说你念，爹卖面也供你。
""")

# H684: Han mother in 桃城 (衡水); her husband was half paralysed by a stroke at 39; three children called by word nicknames.
DOCS["H684"] = ("family", """\
访谈者：大姐，您家里现在什么情况？
受访者：我叫{{han:冯翠霞}}，四十一，家在{{trap/place:桃城区}}。我对象{{han:牛卫东}}前年冬天脑出血，才三十九，抢救过来了，可半边身子不能动，话也说不利索。家里三个孩子，大的十三，二的十岁，小的五岁。婆婆{{han:商桂英}}跟我们一块儿住。
访谈者：孩子们叫什么？
受访者：大儿子{{han:牛浩然}}，小名叫{{han:烧饼}}，生下来脸圆，他爷爷起的。闺女{{han:牛欣悦}}，小名{{han:瓜子}}。小儿子{{han:牛子航}}，我们都叫他{{han:哨子}}，嗓门大，一哭半条街都听得见。{{han:烧饼}}在{{school:衡水市第十中学初一（7）班}}，{{han:瓜子}}在{{school:桃城区人民路小学四年级（3）班}}，{{han:哨子}}上幼儿园中班。
访谈者：孩子爸病了以后，家里靠什么过？
受访者：我在一家做{{trap/word:内画}}鼻烟壶的作坊里打磨瓶子，老板{{han:戎志强}}让我把活带回家干，计件给钱，一个月能挣两千多。孩子他爸原来在{{trap/place:滏阳河}}{{trap/word:边上}}的汽修厂干活，厂里给了两万块钱，说算是心意。{{han:牛卫东}}他自己心里过不去，老说拖累了我们娘儿几个。有一回他趁我上班，把药都攒起来想一口吃了，是{{han:烧饼}}放学回来发现的。那孩子吓得直哆嗦，可还是先打了{{trap/hotline:120}}，又给我打电话。
访谈者：孩子们懂事吗？
受访者：懂事得让人心疼。我上班的时候就让{{han:烧饼}}看着弟弟妹妹。{{han:烧饼}}说他不上补习班了，省下钱给他爸买药。{{han:瓜子}}她每天放学给她爸念报纸，念错了字她爸就笑，一笑她也笑。{{han:哨子}}也知道，吃饭前先给他爸端一碗。婆婆说，这几个孩子是老天爷给的。有什么大事，婆婆都跟我{{trap/word:商量}}着来。
访谈者：谁帮过你们？
受访者：社区书记{{han:阎志红}}和儿童主任{{han:边秀娟}}。{{han:阎志红}}书记逢年过节都来看看；{{han:边秀娟}}她三天两头上门，帮我们申请了低保，三个孩子都算困境儿童，每人每月补{{trap/number:四百五十块}}。区残联的{{han:王建华}}给孩子他爸评了残疾证，一级，送来了轮椅和护理床。市里康复医院的{{han:孙明亮}}大夫每周来家一次，教我给他做康复。社区每天给三个孩子订一袋{{trap/word:牛奶}}，钱是街道出的。社工站有个小伙子叫{{compound:长孙静川}}，每个礼拜带大儿子去打篮球；还有一位女社工是{{compound:淳于婷}}，给闺女辅导作文。
访谈者：孩子们在学校怎么样？
受访者：{{han:烧饼}}的班主任{{han:智慧敏}}老师知道家里的事以后，免了他的资料费，还让班里同学轮流给他补落下的课。老师说这孩子数学好，别耽误了。{{han:瓜子}}的语文老师{{han:甘秋菊}}把她的作文《我给爸爸念报纸》投到了市里的报纸上，登出来了，她爸让我把那张报纸压在玻璃板底下。
访谈者：您自己呢？
受访者：累。晚上孩子们睡了，我还得给他翻身、擦洗，一宿起来好几回。有时候坐在床边上想，我要是也倒下了，这一家子咋办。区里法律援助中心的律师叫{{compound:濮阳明德}}，帮我们跟汽修厂打工伤官司，说那两万块钱太少了，按工伤该赔得多。小叔子{{han:牛卫国}}在{{trap/place:石家庄}}打工，每月给寄一千块钱。{{han:牛卫国}}也不容易，自己也有俩孩子。
访谈者：孩子他爸现在怎么样？
受访者：比刚出院的时候强点了，能扶着墙站一会儿，右手能拿勺子了。康复的大夫说，坚持练还能再好一些。就是脾气大，一着急话说不出来，就拿手拍床。孩子们不怕他，三个轮流给他捏胳膊。
访谈者：过年过节怎么过？
受访者：过年社区送来米面油，学校给孩子们发了新衣裳。孩子他爸坐在轮椅上看孩子们放花，眼泪直往下掉。我给孩子们讲{{trap/famous:董永}}卖身葬父的故事，说人要孝顺。{{han:哨子}}问，那我给我爸干啥？我说你好好吃饭就行。
访谈者：登记要写地址、证件和电话。
受访者：家在{{address:桃城区河东街道红旗小区9号楼3单元202室}}。孩子他爸的身份证{{id_number@my1984quad.131102}}。我的电话{{mobile@spaced}}，{{han:边秀娟}}的电话{{mobile@s38}}。我的微信{{wechat:fengcuixia_1984}}。{{han:烧饼}}有个QQ，说是学校上网课用的，号码他用圆珠笔写在门框上了，我抄给你：{{qq:30571946}}。
访谈者：表上名字写得对吗？
受访者：有写错的。残联的表上把孩子他爸写成{{spaced:牛 卫 东}}，婆婆是{{spaced:商　桂　英}}，闺女那张表上是{{spaced:牛欣 悦}}，社区那张上把儿童主任的名字写成了{{spaced:边 秀 娟}}。
访谈者：最后您想说什么？
受访者：盼孩子他爸能站起来，哪怕拄着拐呢。孩子们都说，等他们长大了，带爸爸去{{trap/place:北京}}看病。
""")

# H685: Han middle-school homeroom teacher in 武邑 (衡水) going through five pupils in distress, their parents on WeChat and QQ.
DOCS["H685"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:靳文静}}，在{{trap/place:武邑}}县城一所初中教语文，是{{school:武邑县第二中学初二（3）班}}的班主任。班上四十六个学生，这学期我摸了一遍底，困境儿童有五个。家长我都加了微信，孩子们多数有QQ，有事就在上面找我。
访谈者：能一个一个说说吗？
受访者：头一个是{{han:刘梦瑶}}，她爸{{han:刘国栋}}吸毒，在强制隔离戒毒所，她妈走了好几年了，她跟奶奶{{han:郭素珍}}过。{{han:刘梦瑶}}她学习好，就是不爱说话，前些天把{{trap/word:刘海}}剪得齐齐的，遮着眼睛。奶奶不会用微信，是孩子的姑姑{{han:刘国华}}加的我，微信号{{wechat:liuguohua_wy0615}}。孩子的QQ我也有，号码是她写在作文本最后一页上的：{{qq:2093581647}}，她晚上十点多还在上面问我题。
访谈者：第二个呢？
受访者：第二个{{han:张博文}}，孤儿，爸妈前年在高速上出了车祸，跟着叔叔{{han:张振河}}过。{{han:张振河}}他开三轮收废品，家里还有两个孩子，婶子{{han:王秀荣}}对他也好。{{han:张博文}}就是倔，跟同学打过两回架，都是因为别人说他没爹没娘。叔叔为了孩子的事里外{{trap/word:张罗}}，孤儿基本生活费是村里的儿童主任帮着办的。
访谈者：第三个？
受访者：第三个{{han:孙嘉豪}}，留守的，爸妈在{{trap/place:北京}}送快递，跟爷爷{{han:孙长顺}}。老人常说，这个{{trap/word:孙子}}比他爹小时候强。孩子他爸{{han:孙立峰}}的微信是{{wechat:sunlifeng_kd88}}，我每周在上面给他发孩子的作业和成绩。孩子的QQ号是他自己报给我的，说老师有事就找他：{{qq:461730285}}。
访谈者：第四个？
受访者：第四个{{han:郭欣怡}}，她爸前年得白血病没了，妈妈{{han:崔小红}}有精神残疾，时好时坏。舅舅{{han:崔志明}}在{{trap/place:清凉店}}镇上开修车铺，隔几天来看一回。{{han:郭欣怡}}的弟弟在{{school:武邑县实验小学三年级（6）班}}，姐弟俩放了学一块儿回家做饭。她妈好的时候，会给她梳头。{{han:郭欣怡}}还有个QQ，过了好几天才加我，号码是她同桌转给我的：{{qq:75208319}}。
访谈者：第五个？
受访者：第五个{{han:李泽宇}}，爸爸{{han:李海生}}在厂里被机器轧断了两条腿，妈妈{{han:范丽君}}在县城饭店洗碗，一天干十二个钟头。{{han:范丽君}}的微信{{wechat:fanlijun_0312}}，她晚上十一点下班才回我消息。{{han:李泽宇}}那孩子说，等他考上高中就去打工，我说你先把高中考上再说。
访谈者：学校做了些什么？
受访者：校长{{han:杜建军}}定了，困境儿童的住宿费、资料费全免。副班主任{{compound:司徒嘉宁}}跟我分了工，一人包几个孩子，每周家访一次。学校的心理老师叫{{compound:钟离悦}}，每个月给这几个孩子做一次团体辅导。县里社工站派来的是{{compound:左丘晓东}}，他在{{trap/org:县妇联}}那边争取了一笔助学金。我还在班上讲过{{trap/famous:匡衡}}凿壁偷光，讲{{trap/famous:孟母}}三迁，孩子们说老师你讲的都是老掉牙的。
访谈者：这些孩子跟别的孩子比，有什么不一样？
受访者：心事重。别的孩子放了学就疯玩，他们得先想家里的事：奶奶的药吃了没有，弟弟接回来没有，晚饭做什么。开家长会的时候，他们家来的多是爷爷奶奶，有的不识字，我就把成绩单一条一条念给老人听。还有就是要强，怕别人可怜他们。我发补助的时候从来不在班上念名字，都是单独叫到办公室，悄悄给。
访谈者：有没有孩子出过事？
受访者：有一回{{han:张博文}}半夜在QQ上给我留言，说活着没意思。我吓坏了，赶紧给他叔叔打电话，又打了{{trap/hotline:12355}}问怎么办。第二天我跟{{compound:钟离悦}}老师一起去他家，坐了一下午。
访谈者：孩子们的资料您都登记了吗？
受访者：登记了。{{han:张博文}}家在{{address:武邑县清凉店镇后刘庄村二街14号}}，他的身份证{{id_number@my2011hyphen.131122}}，申请生活费的时候复印过。{{han:张振河}}的电话{{mobile@plus86dash}}，{{han:郭素珍}}的电话{{mobile@s74}}。
访谈者：名字在表上写得规范吗？
受访者：不规范。有一张表把名字写成了{{spaced:刘 梦 瑶}}、{{spaced:孙　嘉　豪}}，还有{{spaced:郭欣 怡}}、{{spaced:张 博 文}}。我一张一张改过来。
访谈者：最后您想说什么？
受访者：这些孩子我都记着，一个也不能落下。
""")

# H686: Uyghur mother from 洛浦 (和田) running a noodle shop in 江阴 (无锡); her husband, crippled on the road, stays at home.
DOCS["H686"] = ("family", """\
访谈者：您的面馆开了多久了？
受访者：四年了。我叫{{minority/uyghur:凯丽比努尔·色买提}}，老家在{{trap/place:和田}}{{trap/place:洛浦县}}。这边的客人叫不全我的名字，都喊我老板娘，熟的叫我{{minority/uyghur:凯丽比努尔}}。店开在{{trap/place:江阴}}城东，卖{{trap/minority_word:拌面}}、{{trap/minority_word:抓饭}}，还有烤包子。
访谈者：孩子爸爸呢？
受访者：孩子爸{{minority/uyghur:阿布力米提·吐合提尼亚孜}}以前跑运输，五年前在{{trap/place:民丰}}那条沙漠公路上翻了车，腰断了，下半身不能动。他在洛浦跟他妈{{minority/uyghur:图尼莎汗}}过，我婆婆七十了，还得给他翻身擦洗。家里的钱都靠我这个面馆。{{minority/uyghur:阿布力米提}}他心里苦，每次视频都让我别太累。
访谈者：孩子们呢？
受访者：两个孩子跟着我。儿子{{minority/uyghur:木沙江·阿布力米提}}十二岁，学校花名册上写的是{{minority/uyghur:木沙江阿布力米提}}，没有点。他在{{school:江阴市城东实验小学六年级（2）班}}。闺女{{minority/uyghur:麦合丽娅·阿布力米提}}八岁，在同一个学校念二年级。在家我们叫他们{{minority/uyghur:木沙江}}和{{minority/uyghur:麦合丽娅}}。{{minority/uyghur:木沙江}}放了学就到店里来，帮我收碗、擦桌子、记账。{{minority/uyghur:麦合丽娅}}就在后厨的小桌上写作业。
访谈者：当初怎么想到来江阴的？
受访者：我弟弟{{minority/uyghur:阿孜木·色买提}}先来的，在这边的工厂上班，说这边人多，好做生意。孩子爸出事以后，家里的地种不了，还欠着医院的钱，我就跟着来了。{{minority/uyghur:阿孜木}}他帮我找的店面，帮我跟房东{{han:陆根宝}}谈的房租。房东人好，头三个月没收钱。
访谈者：这边谁帮过你们？
受访者：社区的网格员{{han:顾晓燕}}，还有儿童主任{{han:缪建芬}}。{{han:缪建芬}}主任知道我们的情况以后，说孩子爸是重度残疾，两个孩子可以算困境儿童。户口在洛浦，她就跟洛浦那边的村干部{{minority/uyghur:吾拉木·牙生}}打电话、发材料，两边跑了两个月，补贴办下来了，每人每月{{trap/number:一千零五十}}。儿子的班主任{{han:沈丽芬}}老师每周给他补语文。派出所的{{han:蒋文斌}}帮着办了居住证，孩子们在这边上学就方便了。
访谈者：还有别的人帮忙吗？
受访者：有个志愿者{{han:浦红英}}阿姨，是退休老师，每个礼拜二来店里教闺女认字。社工站的{{compound:公孙明轩}}给孩子们组织了夏令营，带他们去看{{trap/place:长江}}。还有个女社工叫{{compound:尉迟雨萱}}，帮我申请了创业补贴。街道办管这块的主任是{{compound:百里承泽}}，过年来店里吃过一回面，说要给我们挂个牌子。
访谈者：过节呢？
受访者：{{trap/minority_word:肉孜节}}的时候我关一天门，做一大锅{{trap/minority_word:油塔子}}，请邻居们吃。弟弟弹{{trap/minority_word:热瓦甫}}，孩子们跳舞。我给孩子们念{{trap/famous:纳瓦依}}的诗，邻居老爷爷给他们讲{{trap/famous:徐霞客}}走遍天下的故事，儿子说他也要走遍天下。
访谈者：一个人开店带孩子，最难的是什么？
受访者：最难的是孩子病了还得开门。去年闺女发高烧，我一边拉面一边看着她，是{{han:顾晓燕}}把她送到医院的。还有就是想家，想孩子爸。晚上关了门，我给他打视频，让孩子们跟他说话。他说看见孩子们胖了，他就高兴。
访谈者：孩子们在这边上学习惯吗？
受访者：刚来的时候不习惯，听不懂江阴话，同学们说话快，儿子回家就哭。老师让班上的小干部带着他，慢慢就好了，现在他跟同学说话，一口江阴腔，我都听不懂了。闺女胆子小，头一年一句话不说，后来学校办了个合唱队，老师把她拉进去，唱着唱着就放开了。学校还免了孩子们的午餐费，一学期省下好几百块。
访谈者：登记表上要写住址、证件和电话。
受访者：店在{{address:江阴市澄江街道虹桥路36号门面}}，住的地方在{{address:澄江街道新桥小区5幢2单元302室}}。我的身份证{{id_number@wy1986x.653224}}，儿子的{{id_number@my2013fwspaced.653224}}。我电话{{mobile@p86n}}，弟弟的{{mobile@fws}}。店里收款的微信{{wechat:kalbinur_lamian}}。儿子有QQ，号码他写在收银台边上的便利贴上了：{{qq:3185026947}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。有的表上儿子是{{spaced:木沙江 · 阿布力米提}}，点两边都空着；闺女写成了{{spaced:麦 合 丽 娅}}；我成了{{spaced:凯丽比努尔 色买提}}；弟弟写成{{spaced:阿　孜　木}}。
访谈者：最后您想说什么？
受访者：盼孩子爸的身体好一点，盼两个孩子念书念出来。儿子说他要考到南京的大学学医，回去给他爸治腿。
""")

# H687: Han civil-affairs clerk in 景县 (衡水) reading from a case file: a prisoner's two children, a fire orphan.
DOCS["H687"] = ("staff", """\
访谈者：您在民政局做什么工作？
受访者：我叫{{han:宋立新}}，在{{trap/place:景县}}{{trap/org:民政局}}儿童福利股，管困境儿童的审核。今天带了一份案卷，是去年办的两户，我照着念。咱们这活一点都不能{{trap/word:马虎}}，一个字错了，钱就发不下去。
访谈者：好，您念吧。
受访者：第一户，户主{{han:魏长河}}，男，三十八岁，因为抢劫判了六年，在{{trap/place:衡水}}服刑。他媳妇{{han:刘翠平}}，智力残疾二级，娘家在{{trap/place:阜城}}，出事以后被她哥{{han:刘翠军}}接回去了。两个孩子，大的{{han:魏子轩}}十岁，在{{school:景县龙华镇中心小学四年级（2）班}}；小的{{han:魏梓涵}}六岁，上学前班。孩子跟奶奶{{han:郝秀珍}}过，老人六十七，有高血压。
访谈者：材料是谁报上来的？
受访者：村里的儿童主任{{han:董桂兰}}报的，乡民政助理{{han:贾树林}}初审。{{han:董桂兰}}她在表后面附了一页说明，写得清清楚楚：父亲服刑，母亲重残，符合事实无人抚养。村支书{{han:温长贵}}签的字。申请人签名那一栏，老太太写的是“{{han:郝秀珍}}{{han:郝秀珍}}”，写了两遍，头一遍歪了，她怕不算数，又在后头工工整整描了一遍。
访谈者：后来呢？
受访者：我们股里入户核查，我跟股长{{han:韩立平}}去的。老太太家三间旧房，屋里收拾得干干净净，墙上贴满了孩子的奖状。大孙子见了我们，先给倒水。孩子的叔叔{{han:魏长江}}在{{trap/place:德州}}打工，说每月给老太太寄五百块，可我们核下来，一年也就寄了两回。最后批了，两个孩子每人每月{{trap/number:一千一百三}}，从{{trap/year:2024年}}一月起发。
访谈者：第二户呢？
受访者：第二户是孤儿，{{han:潘若曦}}，女，八岁。前年冬天家里失火，她爸{{han:潘志明}}、她妈{{han:何秀萍}}都没出来，孩子那天在姥姥家住，躲过去了。现在跟姥姥过，姥姥叫{{compound:皇甫玉珍}}，七十一了。村委会的会计叫{{compound:司马庆丰}}，跑前跑后帮着办的手续。{{compound:司马庆丰}}说，孩子的户口本、死亡证明、火灾认定书，一样都不能少。县里派到村里的第一书记是{{compound:欧阳砚秋}}，她给孩子联系了一家爱心企业，每年资助三千块。
访谈者：这孩子现在怎么样？
受访者：在村里小学念二年级，班主任{{han:马晓琳}}老师说她不爱说话，画画好，画的房子都有好几道门。{{trap/org:乡卫生院}}的大夫每季度给她查一次体。她晚上老做噩梦，我们又通过{{trap/org:县妇联}}请了心理咨询师，一个月去两回。
访谈者：审核的时候最难的是什么？
受访者：最难的是证明。父母一方失联的，要派出所出具查找不到的证明，得等满六个月；服刑的，要监狱的服刑证明，隔着省的得发函去要，一来一回一个多月。老人不识字，我们就上门帮着填，填完了念给他们听，按手印。还有的家里要面子，明明难，就是不愿意报，怕村里人说闲话，儿童主任得一遍一遍去劝。
访谈者：这些案卷平常怎么管？
受访者：一户一个档案盒，表格都是用{{trap/word:宋体}}打印的，签字的地方手写。每年要复核一次，父母出狱了、病好了、孩子满十八了，都要停发。有群众举报的，我们也得核。老百姓有事打{{trap/hotline:12349}}，那是民政的热线。派出所的{{han:田振国}}帮我们核户口，一查一个准。
访谈者：案卷上的住址和号码呢？
受访者：魏家在{{address:景县龙华镇后屯村三街27号}}，孩子妈的娘家在{{address:阜城县崔家庙镇刘老人村五组9号}}，潘家在{{address:景县广川镇董家堡村东街8号}}。身份证号：{{han:魏长河}}的{{id_number@my1987.131127}}，{{han:郝秀珍}}的{{id_number@wy1958.131127}}，{{han:魏子轩}}的{{id_number@my2015hyphen.131127}}，{{han:潘若曦}}的{{id_number@wy2017x.131127}}。孩子们有事就找{{han:董桂兰}}，她的电话{{mobile@p86h}}，她的微信{{wechat:dongguilan_lhz}}。
访谈者：表上名字有写错的吗？
受访者：常有。有一张表把大孙子写成{{spaced:魏 子 轩}}，老太太成了{{spaced:郝　秀　珍}}，姥姥的名字写成了{{spaced:皇 甫 玉 珍}}，还有把孩子爸写成{{spaced:魏长 河}}、把小姑娘写成{{spaced:潘若 曦}}的。系统里对不上，钱就卡住，我们得一张一张找人改。
访谈者：您干这个多少年了？
受访者：九年。我们广川出过{{trap/famous:董仲舒}}，老辈人讲究读书。我就盼这些孩子都能念好书，别因为家里出了事就耽误了。
""")

# H688: Han aunt in 深州 (衡水) raising her dead sister's two children; their father left for 天津.
DOCS["H688"] = ("family", """\
访谈者：您带的是姐姐的孩子？
受访者：对。我叫{{han:侯彩云}}，四十五，家在{{trap/place:深州}}{{trap/place:穆村}}。我姐{{han:侯彩凤}}前年得白血病走了，才四十一。姐夫{{han:田志勇}}在{{trap/place:天津}}又成了家，头半年还寄钱，后来电话也不接了。姐姐临走拉着我的手说，{{han:彩云}}，孩子交给你了。
访谈者：孩子们多大？
受访者：姐姐的闺女{{han:田梓萌}}十一，在{{school:深州市穆村乡中心小学五年级（1）班}}；小子{{han:田浩轩}}七岁，上一年级。我自己还有个闺女{{han:安雨欣}}，在城里念高中，住校。我对象{{han:安国庆}}在衡水的工地上开塔吊，一个月回来两趟。{{han:安国庆}}他一开始不大乐意，说家里添两张嘴，后来看孩子可怜，比我还上心。
访谈者：孩子们的爷爷奶奶呢？
受访者：奶奶{{han:孔凡英}}七十多了，瘫在炕上，自己都顾不了，爷爷早没了。{{han:田志勇}}他不管孩子，我们去法院起诉，要求变更监护人。法律援助的律师叫{{compound:上官明远}}，审这个案子的法官是{{compound:巫马知远}}。判下来，监护人变成了我，{{han:田志勇}}每月得出抚养费一千二，可到现在一分没给。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:祁翠英}}，她说孩子妈没了、爸不管，够事实无人抚养。乡民政所的{{han:褚建波}}帮我把材料报到市里，批下来每人每月{{trap/number:一千一百八}}。村支书{{han:贾二顺}}给孩子们找了个放假回村的大学生辅导作业。市里社工站的{{compound:令狐晚晴}}隔一个月来一趟，给孩子们做心理疏导。
访谈者：孩子们适应吗？
受访者：小的还行，{{han:田浩轩}}都会自己叠被子了，整天跟在我屁股后头喊大姨。大的心思重，{{han:田梓萌}}也不哭，就是不说话，把她妈的照片夹在书里。她班主任{{han:吕晓梅}}老师说，孩子作文里写：我妈变成了一棵桃树。咱深州家家种{{trap/word:蜜桃}}，姐姐生前在果园里干活，孩子就这么想的。乡卫生院的{{han:邵春华}}大夫给两个孩子免费体检，说大的有点贫血。
访谈者：您自己家里的日子呢？
受访者：我种着五亩桃，农忙的时候顾不过来。本家大哥{{han:侯德旺}}开着三轮帮我往城里送桃，他也六十了，腰不好，从来不要一分钱。{{han:侯德旺}}他们家也种桃，自家的还没卖完，先紧着我的。夏天最怕孩子们去村外的大水坑玩，那里不{{trap/word:安全}}，我天天说。
访谈者：过年过节怎么过？
受访者：过年我包一大锅馅的，孩子们围着案板捏。大的给她妈烧纸，小的跪在后头学着磕头。我给孩子们讲{{trap/famous:花木兰}}替父从军，说闺女也能顶门立户，大的听了，第二天就说要学骑自行车。
访谈者：钱上怎么样？
受访者：孩子们的生活费够吃穿，上学的钱学校免了不少。难的是看病，大的贫血得吃药，小的一到换季就咳嗽，一趟一趟往乡里跑。去年秋天桃子价钱不好，一斤才卖一块多，五亩桃刨去化肥、套袋的钱，没剩下几个。我对象说，再难也不能亏着孩子，他在工地上多加几个班就出来了。
访谈者：姐姐在的时候，两家来往多吗？
受访者：多。我们姐儿俩就隔着两条街，小时候一个被窝里睡大的。她病了那一年半，我陪着去了十几趟石家庄，住院的钱是两家凑的，还有村里捐的。她走的那天下着雪，孩子们穿着孝衣在雪地里跪着，我这辈子都忘不了。
访谈者：登记表上要写住址、证件和电话。
受访者：家在{{address:深州市穆村乡北溪村四街19号}}，姐姐原来住在{{address:深州市长江路桃园小区3号楼1单元601室}}，房子现在空着。我的身份证{{id_number@wy1980fwhyphen.131182}}，{{han:田梓萌}}的{{id_number@wy2014spaced.131182}}。我电话{{mobile@plain}}，儿童主任的电话{{mobile@hyphen}}。我的微信{{wechat:houcaiyun_mitao}}。{{han:田梓萌}}有个QQ，说是她妈在的时候帮她申请的，号码写在日记本的第一页：{{qq:2785140396}}。
访谈者：表上名字写得对吗？
受访者：不对的多。法院的判决书上是对的，可村里的表把我写成{{spaced:侯 彩 云}}，把姐姐写成{{spaced:侯彩 凤}}，还把法官的名字写成了{{spaced:巫　马　知　远}}。
访谈者：最后您想说什么？
受访者：盼两个孩子平平安安长大。我不图别的，就图我姐在那边能放心。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=681,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout86",))


if __name__ == "__main__":
    main()
