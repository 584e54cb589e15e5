# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 195 (tests/pii/holdout195/H1545-H1552 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 194, written at the same time, is not
an earlier set).

Set 195 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, four in 黎平
(黔东南, Guizhou: Dong villages with drum towers, the airport town, fir forests) and four in 商南 (商洛, Shaanxi:
tea on the 丹江, the 金丝峡 gorge, migrant-worker families): a Yi mother from 美姑 who married into a Dong village of
岩洞镇, her Dong husband paralysed by a rolling fir log; a Mongolian grandfather from 乌审旗 raising in 商南 the two
children of his son, who drowned saving pupils in the 丹江, their Han mother in prison; a Kham Tibetan father from
理塘 who drives an apron bus at the 黎平 airport, his Dong wife mentally ill and their son autistic; a Hui
grandmother from 同心 in 富水镇 (商南) caring for a daughter on dialysis and a granddaughter whose Han father is in
prison; the Dong 儿童主任 of a village in 岩洞镇 going through her list; the section head for child welfare of the
商南 county civil-affairs bureau; a nurse of the 富水镇 health centre; and a volunteer of a children's charity
foundation from 贵阳 visiting the children she pairs with donors in 黎平. The emphasis is on forms where a
replacement might cover only part of a name, or miss it, in a mix rather than one trick:

* Yi names (clan + given name: 的惹格嫫, 吉伍阿西莫, 沙马尔坡, 沙马阿支嫫) with a clan name that begins with a
  grammar word (的惹, after 叫 and 媳妇), the father-son linkage of names (的惹拉哈, 的惹哈布), short forms and forms
  of address (格嫫, 嫫嫂, 西莫, 尔坡他, 阿支妹), Yi given names of children alone (诺嫫, 古日) and after their Dong
  father's surname (滚诺嫫, 杨伍沙);
* Dong teknonyms built on a Tibetan boy's name (补尼珠, 乃尼珠, 公尼珠, 萨尼珠: father, mother, grandfather and
  grandmother of 尼珠, one of them opening a quoted sentence) and on a Dong nickname (萨岩崽), the mother's Dong
  surname before the Tibetan name (陆尼珠), a form of address (泽哥), Amdo names with 草 and 卓么 (旦正草,
  德吉卓么) and a Han surname before a Tibetan given name (周更登);
* a Mongolian given name + father's name written with ·, ・, ‧, . and no dot (图布兴·赛罕扎布, 图布兴・赛罕扎布,
  图布兴‧赛罕扎布, 图布兴.赛罕扎布, 图布兴赛罕扎布) and with spaced dots (图布兴 ・ 赛罕扎布, 图 布 兴 · 赛 罕 扎 布),
  the Han mother's surname before it (屈图布兴) and forms of address (敖爷, and 兴娃, a 商南-style nickname);
* Hui 经名 (宰乃蓓, 赛乃麦, 如给亚, 吾拜德, 买苏德, 阿里甫) beside Han-form names with Hui surnames (妥桂香,
  妥雪琴, 马成骥, 马永骞, 撒国强), a pet name (麦儿) and a reduplicated one (亚亚), a Han surname before a 经名
  (同如给亚, 撒阿里甫);
* Han names with surnames and given characters that are ordinary or grammar words, next to grammar words, particles,
  pronouns and verbs (滚再金再也, 欧又兰又跑, 石正英正好, 吴问秋问, 龙得胜得了, 禄爱萍却, 陆德才倒, 被阮局长,
  跟杨秀才, 党卫民他, 石正英她) and beside the same words used as words (滚 and 滚烫/滚下来, 户秋菊 and 户口,
  屈玉兰 and 委屈, 妥桂香 and 妥了, 党卫民 and 党员, 撒国强 and 撒谎, 员小军 and 员工, 强志刚 and 强调, 同心怡 and
  同学/同心同德/同心, 杨秀才 and 秀才, 吴光耀 and 光耀门楣); surnames with only a title or kin word (石老师, 寇老师,
  冷老师, 邴老师, 昝老师, 贺婆, 潘萨, 潘家奶奶, 冷婶, 雒姐, 雒姨, 阮局长) and local nicknames (岩崽, 金崽, 陆老大,
  吴老四, 兰姑); names inside shop- and garden-like phrases (贺满仓茶园, 杨春菱米粉店, 吴德昌油茶店); a bare given
  name before a kin word (锦瑜姐姐); names closing the last line (是阮巧云。, 谢谢兰姑。, 喊雒姨。);
* compound surnames after ordinary words (澹台, 宗政, 万俟, 夹谷, 闻人, 东方, 钟离, 赫连, 宇文, 长孙, 梁丘, 鲜于,
  左丘 beside the famous 左丘明, 南宫, 公羊, 诸葛 beside 诸葛亮, 乐正, 司空);
* names spaced out character by character in half- and full-width spaces (的 惹 格 嫫, 额 尔 德 尼 敖 其 尔,
  诺　敏　珠　拉, 泽 翁 夺 吉, 吉 伍 阿 西 莫, 沙 马 尔 坡, 赫 连 玉 枝, 宇　文　锦　瑜, 宰　乃　蓓, 滚　再　金) and names
  split in two (滚 诺嫫, 屈　玉兰, 贡秋 尼珠, 妥 桂香, 杨 伍沙, 同　建峰, 寇 欣悦, 贡秋　尼珠);
* numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:贺婆}}``, ``{{qq:3308174526}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2016quad.522631}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 股长, 叔叔, 姐) and a particle,
pronoun or verb written directly after a name (再, 又, 正, 问, 得, 她, 他, 讲, 说, 也, 就, 才, 还) are outside the span;
a surname with only a title or kin word (石老师, 贺婆, 潘萨, 雒姨) and a local nickname (岩崽, 金崽, 兰姑) are
annotated whole. Han-style names of minority people (妥桂香, 妥雪琴, 撒国强, 马永骞) are category han; a Han surname
before a non-Han given name (滚诺嫫, 杨伍沙, 陆尼珠, 屈图布兴, 周更登, 同如给亚) is category minority, and so are forms
of address made from a non-Han name (嫫嫂, 敖爷, 兴娃, 泽哥, 补尼珠, 萨尼珠, 亚亚, 阿支妹).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout195/make_holdout195.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(195_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'hui', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "172", "178", "180", "182", "183",
                   "185", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1545: Yi mother from 美姑 married into a Dong village of 岩洞镇 (黎平); her husband was paralysed by a rolling fir
# log.
DOCS["H1545"] = ("family", """\
访谈者：{{minority/yi:格嫫}}，你是从凉山嫁过来的？
受访者：嗯，{{trap/place:美姑}}的。我叫{{minority/yi:的惹格嫫}}，彝族。寨子上的人讲不来彝话，都喊我{{minority/yi:嫫嫂}}。
访谈者：怎么嫁到黎平来的？
受访者：十七岁出去打工，在{{trap/place:温岭}}的鞋厂认得我男人{{han:滚再金}}，侗家，{{trap/place:岩洞}}这边的。他这个姓怪得很，滚，{{trap/word:滚烫}}的滚。我阿爸{{minority/yi:的惹拉哈}}开头不答应，讲侗家太远，是我哥{{minority/yi:的惹哈布}}帮我讲的话。我们彝族父子连名，我哥名字的头一个字，就接阿爸名字的尾巴。
访谈者：头一回来寨子是什么感觉？
受访者：怕。山比我们那边矮，树比我们那边密，满山都是杉木，雾一起来，对面寨子就看不见了。吃的也不惯，侗家爱吃酸，酸汤、酸肉、腌鱼，我吃一口就皱眉头。后来惯了，现在一顿没有酸的还吃不下饭。
访谈者：您爱人现在怎么样？
受访者：瘫在床上。前年冬月上山砍杉木，坡陡，一根木头{{trap/word:滚下来}}，砸断了他的腰。{{han:滚再金}}再也站不起来了，{{trap/org:黎平县人民医院}}的{{han:姚文彬}}医生讲是脊髓伤，评了一级残疾。刚出事那阵，他饭都不吃，讲自己是废人，拖累我们娘几个。是他堂哥{{han:滚再银}}天天来陪他讲话，讲了大半年，他才肯吃饭。
访谈者：孩子几个？
受访者：两个。姑娘九岁，户口上叫{{han:滚春燕}}，彝名{{minority/yi:诺嫫}}，在{{school:岩洞镇中心小学三年级（2）班}}。班主任{{han:石正英}}正好是我们寨子的，{{han:石老师}}喊她{{minority/yi:滚诺嫫}}，两个名字拼一起，同学都跟着喊。儿子{{minority/yi:古日}}五岁，汉名{{han:滚小龙}}，在村里上幼儿园。
访谈者：家里靠什么过？
受访者：靠政府，靠寨子。儿童主任{{han:欧又兰}}又跑乡里又跑县里，给两个娃娃报了困境儿童，一个月{{trap/number:一千一百五}}。残疾人两项补贴也办下来了，加上低保，一家四口就靠这些。镇民政所的{{han:杨光禄}}来核过两回，{{han:杨光禄}}讲我们是重残家庭，娃娃该报。
访谈者：谁照顾您爱人？
受访者：我。翻身、擦洗、接屎接尿，一天不得歇。县残联派了个康复师，叫{{compound:澹台沐雨}}，每个礼拜来给他按腿；跟她一起来的社工{{compound:宗政安禾}}教我咋个防褥疮。我在寨子边的油茶厂打零工，一天八十块，走得开就去，走不开就算。厂里老板{{han:陆永旺}}晓得我家的事，活路随我挑。
访谈者：孩子们怎么样？
受访者：姑娘懂事，放学回来先给她爸喂饭，再写作业，夜里她爸喊一声，她比我先醒。小的还不懂，只晓得在{{trap/minority_word:鼓楼}}底下跟人耍。隔壁{{han:潘萨}}七十多了，天天帮我看小的，{{han:潘萨}}是侗话，就是{{han:潘家奶奶}}。有一回小的发烧，我在厂里走不开，是她背着娃走了两里路去村卫生室。
访谈者：姑娘晓得家里的难处吗？
受访者：晓得，晓得得太早了。有一回学校要交二十块钱买课外书，她不跟我讲，自己上山捡了三天菌子，拿到街上卖。我晓得以后打了她两下，打完我自己哭了，她反过来给我擦眼泪，讲阿妈莫哭，我不买书也能考第一。
访谈者：冬天怎么过？
受访者：冷。山里冬天湿，被子盖不热，他躺着不动，脚冰得跟石板一样。我烧一盆炭放床边，一夜起来添两回，怕他冻着，又怕炭气熏着。
访谈者：彝族的节还过吗？
受访者：过。{{trap/minority_word:火把节}}那天我杀只鸡，煮{{trap/minority_word:坨坨肉}}，给娃娃讲{{trap/famous:支格阿鲁}}射太阳的故事。寨子里还有个从{{trap/place:昭觉}}嫁来的{{minority/yi:吉伍阿西莫}}，我们两个用彝话摆{{trap/word:龙门阵}}，娃娃一句都听不懂。我阿妈托人捎来一件{{trap/minority_word:查尔瓦}}，我男人冷了就盖着。
访谈者：想过回凉山吗？
受访者：想过。可他这个样子走不得，娃娃也在这边读书。我哥讲撑不住就回去，家里有荞地。我讲再看嘛。侗家人待我好，{{trap/minority_word:侗族大歌}}我也学会了两首，寨子里办酒，她们喊我去唱，我就去唱。
访谈者：登记的信息请您说一下。
受访者：家在{{address:黎平县岩洞镇归德村上寨23号}}，娘家在{{address:美姑县巴普镇觉洛村三组11号}}。我身份证{{id_number@wy1992spaced.513436}}，{{han:滚再金}}的{{id_number@my1988.522631}}，姑娘的{{id_number@wy2016quad.522631}}。我电话{{mobile@s38}}，{{han:欧又兰}}的{{mobile@plain}}。我微信叫{{wechat:Gemo_Meigu92}}，姑娘用我手机上网课，QQ是{{qq:3308174526}}。
访谈者：表上名字写得对吗？
受访者：乱。低保表写成{{spaced:的 惹 格 嫫}}，残联那张写成{{minority/yi:的惹・格嫫}}，学校把姑娘写成{{spaced:滚 诺嫫}}，把她爸写成{{spaced:滚　再　金}}。
访谈者：最后想说什么？
受访者：盼他少受点罪，盼两个娃娃好好长大，莫像我十七岁就出门。要谢的人多，头一个是{{han:欧又兰}}，再一个是{{han:石老师}}。
""")

# H1546: Mongolian grandfather from 乌审旗 raising in 商南 the two children of his son, who drowned saving pupils;
# their Han mother is in prison.
DOCS["H1546"] = ("family", """\
访谈者：大爷，听口音您不是商南本地人？
受访者：不是，内蒙古{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的，挨着{{trap/place:毛乌素}}沙地。我叫{{minority/mongolian:额尔德尼敖其尔}}，这边人念不顺，街坊都喊我{{minority/mongolian:敖爷}}。
访谈者：怎么到商南来的？
受访者：投奔儿子来的。儿子{{minority/mongolian:赛罕扎布}}在{{trap/place:西安}}念的体育学院，认得了商南姑娘{{han:屈玉兰}}，毕业就留在{{trap/place:湘河}}中学教体育。前年七月，两个学生在{{trap/place:丹江}}里耍水，叫水卷走了，{{minority/mongolian:赛罕扎布}}跳下去，学生推上岸了，他没上来。
访谈者：学校那边后来怎么说？
受访者：湘河中学的校长{{han:禄建军}}带着老师来过好几回，学校捐了两万，县里给报了见义勇为。救上来的两个娃，一个叫{{han:阮浩然}}，一个叫{{han:阮浩宇}}，是堂兄弟。每年清明，{{han:阮浩然}}他妈领着两个娃来上坟，跪在坟前头不起来。我讲起来吧，你们好好念书，他就没白跳那一回。
访谈者：孩子的妈妈呢？
受访者：{{han:屈玉兰}}后来跟人卖啥茶叶保健品，其实是非法集资，判了五年。她也是叫人哄了，可法律不认这个。我不怪她，就是两个娃跟着受{{trap/word:委屈}}。
访谈者：两个孩子多大了？
受访者：孙子{{minority/mongolian:图布兴}}十一，孙女{{minority/mongolian:诺敏珠拉}}七岁。我们那边有的人家名字后头带父名，孙子户口本上是{{minority/mongolian:图布兴·赛罕扎布}}，学籍上成了{{minority/mongolian:图布兴.赛罕扎布}}，医保卡上连点都没有，{{minority/mongolian:图布兴赛罕扎布}}一长串。老师嫌长，跟他妈的姓喊他{{minority/mongolian:屈图布兴}}，同学更省事，叫他{{minority/mongolian:兴娃}}。孙子在{{school:商南县城关第二小学五年级（4）班}}，孙女在{{school:城关第二小学二年级（1）班}}。
访谈者：现在都有谁在帮你们？
受访者：社区儿童主任{{han:户秋菊}}，先帮我把俩娃的{{trap/word:户口}}从湘河迁到城关，又报了事实无人抚养，一个娃一月{{trap/number:一千三百六}}。我是外省户口，好些表填不成，县民政局的{{han:党卫民}}股长一趟趟给上头打电话，{{han:党卫民}}他讲，监护人是爷爷，户口在哪儿不要紧。
访谈者：孩子们适应得怎么样？
受访者：孙子话少。他爸出事那天他就在河边，到现在夜里还惊醒。班主任{{han:寇海燕}}发现他上课发呆，请县里的心理老师{{compound:万俟芷汀}}给他做辅导。{{han:寇老师}}讲，这娃心里压着事，嫑逼他。孙女憨，天天缠着我讲草原，讲{{trap/famous:成吉思汗}}，讲{{trap/minority_word:搏克}}。
访谈者：孙子现在还去河边吗？
受访者：不去。他爸出事以后，他见了水就躲，学校组织去河边搞活动，他一个人在车上坐着不下来。心理老师讲慢慢来，莫硬拉。今年夏天他自己跟我讲，爷，我想学游泳，我爸会游，我也要会。我一听，眼泪就下来了。
访谈者：您平时怎么带两个孩子？
受访者：早上五点半起来，熬一锅稀饭，蒸几个馍。我一个放羊的，啥都是这几年学的，孙女嫌我扎的辫子丑，我就对着手机一遍一遍学。晚上孙子写作业，我看不懂，就坐旁边陪着，他写到几点我坐到几点。冬天商南湿冷，比我们那边零下二十度还难受，冷到骨头缝里。
访谈者：您自己身体呢？
受访者：血压高，腿也不利索。社区卫生站的护士{{han:阚丽萍}}半个月来量一回血压，叫我少吃盐。老伴{{minority/mongolian:朝鲁玛}}在乌审旗守着羊，走不开，一年来一回，来了就给娃们熬奶茶、泡{{trap/minority_word:炒米}}。过{{trap/minority_word:查干萨日}}她打视频，孙女学着磕头，磕得额头通红。
访谈者：街坊对你们怎样？
受访者：好。隔壁{{han:贺婆}}天天给孙女扎辫子，{{han:贺婆}}她老汉{{han:贺满仓}}种茶，春上领我们上山采茶，{{han:贺满仓}}茶园就在河对面。他讲{{trap/place:商南}}茶是丹江水养的，泡出来是甜的。社工{{compound:夹谷念慈}}每月来一趟，带孙子去{{trap/place:金丝峡}}爬山，孙子回来头一回笑了。
访谈者：补助的钱怎么花？
受访者：一分一分记着。娃们的衣裳鞋子、学校的资料费、孙女的牛奶，剩下的存起来，给他俩念大学用。我自己有老伴那边寄的一点，够吃饭。
访谈者：孩子妈妈那边能见着吗？
受访者：每月能视频会见一回。孙女问妈啥时候回来，{{han:屈玉兰}}就哭。法律援助中心派的律师叫{{compound:闻人若兰}}，帮着问过减刑，说她在里头表现好。
访谈者：登记的信息请您说一下。
受访者：住在{{address:商南县城关街道莲花巷19号}}，老家{{address:乌审旗嘎鲁图镇巴音高勒嘎查三社8号}}。我的身份证{{id_number@mold.150626}}，孙子的{{id_number@my2014fwspaced.611023}}。我电话{{mobile@p86n}}，{{han:户秋菊}}的{{mobile@s74}}。我微信{{wechat:Erdeni_Ochir56}}。孙子有个QQ，写在他文具盒盖子里头：{{qq:4172903586}}。
访谈者：表上名字写得对吗？
受访者：五花八门。低保表写成{{spaced:额 尔 德 尼 敖 其 尔}}，孙女写成{{spaced:诺　敏　珠　拉}}，孙子一张写成{{spaced:图布兴 ・ 赛罕扎布}}，一张写成{{minority/mongolian:图布兴‧赛罕扎布}}，那个点小得跟芝麻一样，他妈还叫写成了{{spaced:屈　玉兰}}。
访谈者：您最盼什么？
受访者：盼俩娃长大成人。他爸是为救娃没的，我得把他的娃拉扯大，这就是我在商南的事。
""")

# H1547: Kham Tibetan father from 理塘 who drives an apron bus at the 黎平 airport; his Dong wife is mentally ill and
# their son autistic.
DOCS["H1547"] = ("family", """\
访谈者：您是藏族？
受访者：是，四川{{trap/place:甘孜}}{{trap/place:理塘}}的。我叫{{minority/tibetan:泽翁夺吉}}，在{{trap/org:黎平机场}}开摆渡车。机场的同事图省事，都喊我{{minority/tibetan:泽哥}}。
访谈者：怎么到黎平来的？
受访者：年轻时给收{{trap/minority_word:虫草}}的老板开车，跑到{{trap/place:凯里}}，在集市上认得了卖侗布的{{han:陆银翠}}，就跟着她落了脚。侗家有个规矩，有了娃以后寨子里不喊大人的名字，喊娃娃的爸、娃娃的妈。我儿子叫{{minority/tibetan:尼珠}}，寨子里就喊我{{minority/tibetan:补尼珠}}，喊她{{minority/tibetan:乃尼珠}}，她爸妈就是{{minority/tibetan:公尼珠}}、{{minority/tibetan:萨尼珠}}。我刚来的时候听不懂，还以为他们喊的是别个。
访谈者：家里现在什么情况？
受访者：难。{{han:陆银翠}}生完娃那年得了精神分裂，时好时坏，犯病了认不得人，评了精神二级残疾。州医院的{{han:潘国栋}}医生讲，药不能停，一停就犯。有一回她自己把药停了，半夜跑出去，我跟寨子里的人打着电筒找到天亮，在{{trap/place:八舟河}}边的草棚里找到她，浑身是露水。
访谈者：孩子呢？
受访者：儿子八岁，户口上跟他妈姓，叫{{minority/tibetan:陆尼珠}}，藏名全称{{minority/tibetan:贡秋尼珠}}。三岁还不开口，{{trap/place:贵阳}}的医院查出来是孤独症。现在在{{school:黎平县特殊教育学校一年级（2）班}}，班主任{{han:邴晓岑}}一个人带六个娃。{{han:邴老师}}讲，娃娃会认字了，就是不肯看人的眼睛。
访谈者：有哪些帮扶？
受访者：娘俩都有残疾证，两项补贴都在领。儿子算困境儿童，每月{{trap/number:九百二十元}}。跑这些的是街道民政办的{{han:嵇文涛}}，{{han:嵇文涛}}跑了好几趟州里，材料一样一样帮我补。村里的儿童主任{{han:姚佩兰}}隔几天来看一回，进门就讲：“{{minority/tibetan:补尼珠}}，你莫一个人扛。”
访谈者：您上班的时候谁照看？
受访者：岳母{{han:杨美香}}，寨子里都喊她{{minority/tibetan:萨尼珠}}，七十了，眼睛还好使。我上早班五点出门，她过来守着。机场车队的队长{{han:龙建坤}}照顾我，尽量给我排早班，下午好回来接娃。康复老师{{compound:东方晓露}}每个礼拜二来，教儿子认卡片；社工{{compound:钟离溪岚}}带他去河边看鸭子。{{compound:钟离溪岚}}讲，这娃娃不是不懂，是不晓得咋个讲。
访谈者：邻居们呢？
受访者：好得很。隔壁的{{han:龙得胜}}得了空就来帮我劈柴，他家{{han:金崽}}大两岁，天天牵着我儿子的手在寨子里走，{{trap/minority_word:风雨桥}}上走一圈，{{trap/minority_word:鼓楼}}底下坐一会儿。机场路口{{han:杨春菱}}米粉店的老板娘，每回都给娃娃多加一勺肉。
访谈者：孩子平时在家做什么？
受访者：排积木，排得整整齐齐，一个颜色一排，谁碰乱了他就哭，哭得整个寨子都听得见。他怕吵，飞机起飞的声音他不怕，寨子里放鞭炮他就捂着耳朵往床底下钻。他妈好的时候，一家三口坐在门口看飞机，他一架一架数，数到天黑，那是我最高兴的时候。
访谈者：孩子妈妈现在怎么样？
受访者：这半年还稳。早上我给她把药分好，放在一个小盒子里，一格一格写上早中晚。她好的时候会给娃娃缝侗布衣裳，针脚密得很，寨子里的老人都夸。犯病的时候就不认得我，骂我是外头来的，叫我回自己家去。我不跟她计较，病嘛。
访谈者：老家还有亲人吗？
受访者：阿妈在理塘，哥哥放牦牛。我每年{{trap/minority_word:洛萨}}打视频，儿子看见牦牛就拍手。阿妈托人捎来一条{{trap/minority_word:哈达}}，我挂在娃娃床头。{{trap/famous:仓央嘉措}}写过理塘，讲借白鹤的翅膀飞一趟就回来，我唱给儿子听，他听不懂，可一听就安静。
访谈者：钱够用吗？
受访者：紧。一个月三千多，她吃药一个月四百，儿子康复还要自己贴一部分。我想过回理塘，可她离不开她妈，娃娃也离不开这个寨子。我不能走，我走了这个家就散了。
访谈者：您自己累吗？
受访者：累。有时候夜里坐在门口抽烟，想理塘的草场，想我阿爸。可天一亮，娃娃要吃饭，她要吃药，我要上班，就没工夫想了。
访谈者：登记的信息请您说一下。
受访者：家在{{address:黎平县高屯街道罗溪村四组12号}}，老家{{address:理塘县禾尼乡然日卡村二组6号}}。我身份证{{id_number@my1986hyphen.513334}}，儿子的{{id_number@my2017fw.522631}}。我电话{{mobile@spaced}}，{{han:姚佩兰}}的{{mobile@plus86dash}}。我微信{{wechat:Dorje_Litang86}}，机场同事拉我进了个QQ群，我QQ是{{qq:2759014863}}。
访谈者：表上名字写得对吗？
受访者：不对。有一张写成{{spaced:泽 翁 夺 吉}}，一张把儿子写成{{spaced:贡秋 尼珠}}，还有一张写成{{minority/tibetan:贡秋·尼珠}}，中间加个点，把她写成{{spaced:陆　银　翠}}。
访谈者：最后想说什么？
受访者：谢谢寨子里的人。要是哪天我不在了，盼娃娃也有人牵着走。
""")

# H1548: Hui grandmother from 同心 in 富水镇 (商南); her daughter is on dialysis and her Han son-in-law in prison.
DOCS["H1548"] = ("family", """\
访谈者：阿奶，您是宁夏来的？
受访者：是，{{trap/place:同心}}县的。我叫{{han:妥桂香}}，经名{{minority/hui:宰乃蓓}}。这边人没见过姓妥的，头一回听还当我讲“{{trap/word:妥了}}”。
访谈者：怎么到商南来的？
受访者：闺女{{han:妥雪琴}}，经名{{minority/hui:赛乃麦}}，早年在{{trap/place:西安}}{{trap/place:回坊}}的泡馍馆端碗，认得了商南的{{han:同建峰}}，嫁到{{trap/place:富水}}来了。我头几年不答应，嫌远，嫌吃食不一样。后来外孙女生下来，胖乎乎的，我也就认了。我喊闺女{{minority/hui:麦儿}}，她小时候就这么叫。
访谈者：家里出了什么事？
受访者：三年前{{han:同建峰}}在河南的矿上跟人打架，把人打成重伤，判了六年，关在{{trap/place:渭南}}。闺女一急一累，肾坏了，现在一个礼拜透析三回。我老伴{{han:马成骥}}，经名{{minority/hui:吾拜德}}，前年归真了，我就一个人从同心过来了。来的时候坐了两天车，在西安倒车，一句商南话都听不懂。
访谈者：外孙女多大？
受访者：十岁，汉名{{han:同心怡}}，经名是我请老家阿訇起的，叫{{minority/hui:如给亚}}，我喊她{{minority/hui:亚亚}}。她爸姓同，{{trap/word:同学}}们拿她名字说笑，讲“{{trap/word:同心同德}}”。在{{school:商南县富水镇中心小学四年级（3）班}}，班主任{{han:冷文娟}}喊她{{minority/hui:同如给亚}}，讲两个名字都是她的，都要叫。{{han:冷老师}}还专门跟食堂讲了，给娃单打一份素菜。
访谈者：谁在帮你们？
受访者：村里儿童主任{{han:阮巧云}}，给娃报了服刑人员子女补助，每月{{trap/number:八百九十块}}。闺女透析算大病，{{han:阮巧云}}又去报了低保和大病救助，表一张一张替我填，填完念给我听。县民政局的{{han:党卫民}}下来核过，讲我们这户要重点帮。镇卫生院的护士{{han:雒春芳}}，闺女每回透析回来她都来看，顺手给我量血压。社工{{compound:赫连玉枝}}开车带{{minority/hui:亚亚}}去渭南看她爸，一年两回。
访谈者：您闺女透析的时候您做什么？
受访者：在走廊里等。一回四个钟头，我坐在椅子上念经，念累了就跟别的病人家属拉家常。那里头都是熟面孔，谁家今天没来，大家心里就咯噔一下。闺女出来脸是白的，腿是软的，我扶着她坐车回来，到家先叫她躺下，再去做饭。
访谈者：外孙女懂这些吗？
受访者：懂。她放学回来先进她妈屋里看一眼，摸摸她妈的手，凉了就去灌个热水袋。作业写完了，她给她妈捶腿，一边捶一边讲学校的事。她妈讲，这娃是{{trap/minority_word:胡大}}给我的，没有她我早撑不住了。
访谈者：孩子见了爸爸怎么样？
受访者：头一回去，隔着玻璃，娃不敢认，躲在我身后头。她爸在那边哭，拿手拍玻璃。第二回就好了，娃把考试卷子贴在玻璃上给他看，九十六分。回来的路上她问我，外婆，我爸是坏人吗？我讲，他做了错事，可他还是你爸，等他出来，叫他好好做人。
访谈者：您一个人照顾两个，吃得消吗？
受访者：吃不消也得吃。早上送娃上学，回来给闺女熬汤，下午陪她坐车去县城透析，一趟一个多钟头。邻居{{han:冷婶}}心好，我不在的时候她帮着看屋。{{han:冷婶}}讲，你们吃{{trap/minority_word:清真}}，我不敢给娃乱喂，就给她剥鸡蛋。
访谈者：您自己身体呢？
受访者：腰腿疼，血压高。护士叫我按时吃药，我老忘，娃就给我记着。我不敢病，我一病这个家就塌了。
访谈者：老家还有人吗？
受访者：儿子{{han:马永骞}}，经名{{minority/hui:买苏德}}，在同心种枸杞，也难，四个娃。外甥{{han:撒国强}}在西安回坊卖{{trap/minority_word:油香}}，经名{{minority/hui:阿里甫}}，坊上人叫他{{minority/hui:撒阿里甫}}。{{han:撒国强}}这娃实在，从不{{trap/word:撒谎}}，每月给我们寄五百块。
访谈者：平常过得怎么样？
受访者：苦是苦。{{trap/minority_word:开斋节}}我炸{{trap/minority_word:馓子}}，给{{han:冷婶}}家也端一盘。{{minority/hui:亚亚}}问我，宁夏在哪达，我讲在黄河边上，有{{trap/place:须弥山}}，等你爸出来了咱一家回去看。娃又问，那我妈的病呢？我答不上来。医生讲要换肾，要排队，要钱，三样都难。
访谈者：登记的信息请您说一下。
受访者：家在{{address:商南县富水镇茶坊村五组33号}}，老家{{address:同心县豫海镇城东村二队14号}}。我身份证{{id_number@woldx.640324}}，外孙女的{{id_number@wy2015tri.611023}}。我电话{{mobile@h38}}，{{han:阮巧云}}的{{mobile@fullwidth}}。闺女的微信{{wechat:sainaimai_fs}}，娃的QQ写在作业本皮上：{{qq:1839270564}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表写成{{spaced:妥 桂香}}，一张写成{{spaced:宰　乃　蓓}}，学校把娃写成{{spaced:同 心 怡}}，社工那张倒是对的，就是把她自己写成了{{spaced:赫 连 玉 枝}}。
访谈者：您还想说什么？
受访者：盼闺女的肾能换上，盼娃她爸早点出来。这些年帮得最多的，是{{han:阮巧云}}。
""")

# H1549: Dong 儿童主任 of 归德村 (岩洞镇, 黎平) going through her list.
DOCS["H1549"] = ("staff", """\
访谈者：欧主任，您当儿童主任几年了？
受访者：五年了。我叫{{han:欧又兰}}，{{trap/place:归德}}寨子的侗家。寨子上的人不喊我主任，都喊{{han:兰姑}}。我原先在村里管计生，后来计生撤了，就叫我管娃娃。
访谈者：今天您带了名单来？
受访者：带了，全村困境儿童九个，我一户一户讲。头一户，{{han:滚再金}}家。男的上山砍木头砸瘫了，媳妇{{minority/yi:的惹格嫫}}是凉山嫁来的彝族，两个娃，一个九岁一个五岁。两项补贴、低保、困境儿童，该办的都办了。她一个人撑一个家，比男人还硬。
访谈者：第二户呢？
受访者：第二户是{{han:岩崽}}，学名{{han:吴光耀}}，十二岁。老祖讲取这个名，是盼他{{trap/word:光耀门楣}}。他爸{{han:吴老四}}贩毒，关在{{trap/place:都匀}}，他妈跑广东去了，再没音信。娃跟老祖过，老祖八十三，寨子里都喊她{{han:萨岩崽}}。算事实无人抚养，每月{{trap/number:一千二百六}}。{{han:岩崽}}成绩好，就是犟，最服{{trap/famous:吴勉}}，讲侗家要有骨头。去年他跟人打架，把人家鼻子打出血，是我领着他去赔的礼，回来一路不讲话，走到寨门口才讲：“{{han:兰姑}}，我错了。”
访谈者：第三户？
受访者：第三户也是彝族媳妇，{{minority/yi:吉伍阿西莫}}，{{trap/place:昭觉}}来的。男人{{han:杨秀才}}，书只念到三年级，名字是他爷爷取的，盼他当个{{trap/word:秀才}}。儿子七岁，耳朵听不见，在{{school:黎平县特殊教育学校二年级（1）班}}住校，花名册上写的是{{minority/yi:杨伍沙}}。{{minority/yi:西莫}}讲，在凉山娃娃跟爸的家支，在侗寨跟爸的姓，都一样。礼拜五我跟{{han:杨秀才}}去县城接娃，娃一上车就比划，讲学校里的事。
访谈者：还有吗？
受访者：第四户是孤儿，{{han:陆金雁}}，十四。爸妈前年去浙江的路上出了车祸，都没了，跟大伯{{han:陆老大}}过。孤儿基本生活费每月{{trap/number:一千六百九十元}}，在{{school:岩洞镇中学八年级（2）班}}。她会唱{{trap/minority_word:琵琶歌}}，去年还上了州里的台子。第五户{{han:龙正兴}}家，男的风湿瘫了，女的智力残疾，三个娃：{{han:龙小梅}}、{{han:龙小菊}}、{{han:龙小川}}，老三在{{school:岩洞镇中心小学一年级（3）班}}。剩下几户是重残的娃，我就不一个一个讲了。
访谈者：这些孩子平时谁看着？
受访者：大多是老人。寨子里年轻人都出去了，浙江、广东，留下的都是老的小的。我每个礼拜挨家走一遍，看娃娃吃的啥、穿的啥、作业做没做。哪家老人病了，我先把娃领到我屋里吃两天饭。去年冬天一连落了七天雨，有户老人摔断了腿，两个娃在我屋里住了一个月。
访谈者：孩子们信得过您吗？
受访者：开头不信，以为我是来查他们的。后来晓得我是来帮忙的，有事就来找我，鞋子破了、被人欺负了，都来讲。有个娃半夜敲我的门，讲他奶奶喊不醒了，我跑过去，是煤气中毒，送到镇上才救回来。
访谈者：谁在帮您？
受访者：县民政局儿童股的{{han:吴问秋}}问得最细，一个季度下来一趟。基金会的{{compound:宇文锦瑜}}给{{han:岩崽}}找了个资助人。县里派的社工，一个是{{compound:长孙凌霜}}，一个跟她搭伙的{{compound:梁丘晓峰}}，跟着我入户。学校那头有{{han:石老师}}，{{han:石正英}}她心细，哪个娃没吃早饭她都晓得。
访谈者：寨子里怎么照顾这些孩子？
受访者：侗家讲一家有事全寨帮。{{trap/minority_word:鼓楼}}里开会，哪家有难处当众摆出来。{{han:岩崽}}家的屋漏了，后生们一人扛一根杉木，两天就修好了。过{{trap/minority_word:侗年}}，各家送糯米、送{{trap/minority_word:酸鱼}}，一户不落。老人讲{{trap/famous:萨岁}}保佑寨子，我讲萨岁管不到低保，低保还得我去跑。
访谈者：您自己家里呢？
受访者：男人在{{trap/place:从江}}修路，一个月回来一趟。我两个娃都大了，一个在凯里读卫校，一个在广东打工。有时候忙到半夜，男人打电话来，我讲我在{{han:岩崽}}家，他就晓得又是那个娃。
访谈者：名单上的名字写得对吗？
受访者：错的多。县里的系统把{{spaced:吉 伍 阿 西 莫}}拆成五个字，把{{spaced:杨 伍沙}}中间空一格，还有人把我写成{{spaced:欧　又　兰}}。年底我一张一张对，错一个字钱就下不来。
访谈者：这几户的信息您念一下。
受访者：{{han:岩崽}}家在{{address:岩洞镇归德村下寨9号}}，身份证{{id_number@my2013tri.522631}}。{{han:陆金雁}}住她大伯家，{{address:岩洞镇归德村鼓楼坪6号}}，身份证{{id_number@wy2011fwhyphen.522631}}，{{han:陆老大}}的电话{{mobile@p86h}}。我电话{{mobile@hyphen}}，微信{{wechat:ouyoulan_gd}}。{{han:陆金雁}}有个QQ，是{{qq:１５０６２８４７３９}}。
访谈者：干这个最难的是什么？
受访者：最难的是娃娃的心。钱能跑下来，心要一点点焐。{{han:岩崽}}过年写了张卡片给我，上面写：谢谢{{han:兰姑}}。
""")

# H1550: section head for child welfare of the 商南 county civil-affairs bureau.
DOCS["H1550"] = ("official", """\
访谈者：党股长，您分管哪一块？
受访者：儿童福利。我叫{{han:党卫民}}，在{{trap/org:商南县民政局}}儿童福利股，在民政上干了二十年，前八年管救灾，后十二年管娃娃。姓党，{{trap/word:党员}}的党，头一回见面的人都笑，问我是不是天生的{{trap/word:党员}}。
访谈者：全县困境儿童有多少？
受访者：孤儿、事实无人抚养、服刑人员子女、重残的娃，加起来四百出头。集中供养孤儿每月{{trap/number:一千八百四}}，散居的{{trap/number:一千三百六}}，事实无人抚养跟散居孤儿一个标准。钱不算多，难的是把人找全。商南年轻人都出去打工了，西安的、河南的、广东的，娃留在屋里跟爷婆，爷婆一病一走，娃就悬了。
访谈者：有什么难办的个案？
受访者：多。城关有一户蒙古族，爷爷{{minority/mongolian:额尔德尼敖其尔}}，街坊都喊{{minority/mongolian:敖爷}}。儿子救落水学生没了，儿媳{{han:屈玉兰}}在服刑。俩娃报事实无人抚养，头一道坎是名字。孙子户口本上是{{minority/mongolian:图布兴·赛罕扎布}}，我们系统里那个点打不进去，换成{{minority/mongolian:图布兴・赛罕扎布}}也不认，最后录成{{minority/mongolian:图布兴赛罕扎布}}，跟学籍又对不上，钱卡了三个月。
访谈者：后来怎么解决的？
受访者：我去省厅开会，当面问的，回来打了个报告。还有监护人的事，老汉是外省户口，按规定要做监护评估，是社区的{{han:户秋菊}}跟我一起去的。{{han:户秋菊}}讲，娃跟爷亲，换谁都不行。
访谈者：其他个案呢？
受访者：{{trap/place:富水}}有一户回族，外婆{{han:妥桂香}}从宁夏来，闺女透析，女婿{{han:同建峰}}服刑。外孙女{{han:同心怡}}，经名{{minority/hui:如给亚}}，服刑人员子女补助是我们批的。{{han:妥桂香}}她不识字，签字按手印，每回我都念给她听。{{trap/place:赵川}}有个甘南来的媳妇{{minority/tibetan:旦正草}}，男人在矿上出事没了，她自己又查出乳腺癌。大的{{minority/tibetan:周更登}}跟他爸姓周，在{{school:赵川镇中心小学六年级（2）班}}，小的叫{{minority/tibetan:德吉卓么}}。她住院那阵，是村里的{{han:员秀琴}}帮着带的娃。
访谈者：有没有差点漏掉的？
受访者：有。{{trap/place:过风楼}}有个娃叫{{han:强小磊}}，爸妈都在外头，跟爷爷过。爷爷去年冬天走了，娃一个人在屋里住了二十多天，自己煮挂面吃。是学校老师{{han:强志刚}}家访发现的，{{han:强志刚}}跟娃是本家，当天就把娃领回自己屋里。娃后来进了县里的托管中心，今年考了全班第三。我后来在会上{{trap/word:强调}}，每个村每个月要把留守娃过一遍，爷婆病了、走了，当天就报。这事我们股被{{han:阮局长}}点了名，{{han:阮局长}}讲，再漏一个，我这个股长就别干了。
访谈者：补助怎么发放？
受访者：社会化发放，每月十号前打到一卡通上。我们每季度跟银行对一回，看钱是不是到了监护人手里。前年查出来有个村的娃，钱叫他叔取走了，娃一分没见着。我们跟镇上一起上门，把卡换了，钱也追回来了，那个叔后来还来局里闹。
访谈者：除了钱还做什么？
受访者：心理辅导、助学、监护评估，还有每年两回的体检。去年开始，县里跟基金会合作，给每个困境儿童建了一本成长档案，一年一页，从几岁记到十八岁。暑假还搞托管，把没人管的娃聚到一起，有吃有住有人教，家长放心，娃也不乱跑。
访谈者：股里几个人？
受访者：三个。我，{{compound:鲜于冬梅}}，还有个新考进来的叫{{compound:左丘明漪}}，跟写《左传》的{{trap/famous:左丘明}}就差一个字。去年督查台账不齐，{{compound:鲜于冬梅}}熬了半个月才补齐。
访谈者：系统里名字的问题多吗？
受访者：多得很。录成啥样的都有：{{spaced:图 布 兴 · 赛 罕 扎 布}}每个字中间一个空，{{spaced:同　建峰}}中间一个大空，{{spaced:旦 正 草}}也拆开了。我们要求一律照户口本录，可户口本上的点，系统不认。省厅讲下半年系统升级，能录点了，我们等着。
访谈者：老百姓怎么找到你们？
受访者：打{{trap/hotline:12349}}，或者找村里的儿童主任。我们商南古时候是{{trap/famous:商鞅}}的封地，山大沟深，一个村翻两架梁，光靠我们跑不过来。全县一百多个儿童主任，一半是兼职的，一个月补贴三百，我心里过意不去。
访谈者：这几户的信息您念一下。
受访者：赵川那户在{{address:商南县赵川镇店坊村二组15号}}，娃他妈的身份证{{id_number@wmidfw.623026}}，大娃的{{id_number@my2012hyphen.611023}}。{{han:员秀琴}}的电话{{mobile@s434}}。我电话{{mobile@plus86}}，微信{{wechat:dangwm-shangnan}}，儿童主任的QQ群是我建的，我QQ{{qq:865204317}}。
访谈者：您干这行最看重什么？
受访者：一个娃都不能漏。漏一个，那个娃的日子就塌了。我干这行十二年，送走了好多满十八岁的娃，有的考上大学回来看我，有的打工寄来一箱苹果，我就觉得值了。
""")

# H1551: nurse of the 富水镇 health centre (商南).
DOCS["H1551"] = ("staff", """\
访谈者：雒护士，您在镇卫生院几年了？
受访者：十六年了。我叫{{han:雒春芳}}，{{trap/org:富水镇卫生院}}的护士，公卫也归我管。这个雒字好多人不认得，念成“各”，念成“落”，病人喊我{{han:雒姐}}，娃娃们喊{{han:雒姨}}。我是{{trap/place:试马}}人，卫校毕业分到这儿，一干就没挪窝。
访谈者：您接触的困境儿童多吗？
受访者：多。接种、体检、慢病随访，都要上门。先讲{{han:妥桂香}}家，宁夏来的回族老人。她闺女{{han:妥雪琴}}透析，我每礼拜去看一回内瘘。外孙女{{minority/hui:亚亚}}懂事得很，我一去她就倒水。老人血压一百七，不爱吃药，后来我跟娃讲，你给外婆记着，一天一片，她拿个本子天天画勾，比我们的随访表还齐。
访谈者：还有哪些？
受访者：有一户彝族，{{trap/place:凉山}}来的{{minority/yi:沙马尔坡}}在镇上石料厂开铲车，媳妇去年生二胎大出血，没救过来。留下个姑娘{{minority/yi:沙马阿支嫫}}，六岁，儿子早产，才三斤六两。{{minority/yi:尔坡}}他一个大男人，抱着娃不晓得咋弄，是我去教他冲奶粉、拍嗝、洗澡。头一个月我隔天去一趟，娃长到五斤，我才松了口气。村里人记不住彝名，管姑娘叫{{minority/yi:阿支妹}}。
访谈者：他们有什么帮扶？
受访者：早产儿住院花了三万多，医保报一半，剩下的{{trap/org:商洛市慈善协会}}给了一部分。镇民政办的{{han:员小军}}给两个娃报了困境儿童，厂里的{{trap/word:员工}}又凑了四千。姑娘在{{school:富水镇中心小学一年级（2）班}}，我让{{compound:南宫沁月}}医生给她查过，心脏有杂音，要复查。厂老板{{han:屈长栓}}讲，只要人在厂里一天，工钱一分不少他的。
访谈者：还有别的孩子吗？
受访者：有个白血病的女娃，{{han:寇欣悦}}，九岁，在{{trap/org:西安市儿童医院}}化疗，回来我给她做导管维护。化疗一个疗程两万多，大病医保报七成，剩下的靠亲戚借、靠网上筹。她爸{{han:寇建国}}在外头打工，她妈{{han:禄爱萍}}守着。{{han:禄爱萍}}却从来不哭，说哭了娃也跟着怕。娃头发掉光了，不肯出门，是她同桌{{han:贺沁瑶}}天天放学来给她讲班上的事。还有个唇腭裂的男娃，十年前放在卫生院门口，院长{{han:贺长岐}}报了警，后来送到福利院，取名{{han:党福生}}，做了三次手术，现在说话清清楚楚。
访谈者：您怎么发现这些孩子的？
受访者：多半是打疫苗的时候。哪个娃老是爷爷奶奶带来，哪个娃几年没来打针，我就记下来，回头问村里。有个娃四岁了一针没打，一问，爸妈都在外头，奶奶瘫在床上，娃是自己在屋里长大的。
访谈者：卫生院对这些孩子有什么特别的？
受访者：建了专门的健康档案，困境儿童每年免费体检一回，打疫苗优先，看病挂号不收钱。重残的娃我们上门做康复指导，教家长咋样按摩、咋样翻身。镇上就两个公卫护士，我跟另一个轮着跑，一个月下来，电瓶车要充二十回电。
访谈者：家里支持您吗？
受访者：支持也埋怨。我男人在{{trap/place:宝鸡}}打工，孩子上初中住校，屋里就我一个人，倒也自在。有时候夜里出诊回来十二点，婆婆在门口等着，给我留一碗热面。她讲，你管人家的娃，谁管你？我讲，人家的娃也是娃。
访谈者：这些孩子的家长您都熟？
受访者：熟。彝族那个爸爸每回来打针都带一包{{trap/minority_word:苦荞茶}}，讲是他阿妈从{{trap/place:布拖}}寄的。{{han:贺长岐}}退休了，还常来问{{han:党福生}}咋样。县妇幼的{{compound:公羊晓蕾}}每季度下来一趟，跟我一起做儿童体检，哪个娃矮了、瘦了，都记在本子上。
访谈者：您工作上最怕什么？
受访者：怕半夜电话。有一回石料厂那个早产的娃发烧抽筋，他爸抱着娃跑到卫生院，鞋都跑掉一只。那晚我陪到天亮，打{{trap/hotline:120}}转到县医院。还有一回是{{han:寇欣悦}}，血小板低，流鼻血止不住，{{han:禄爱萍}}抱着娃在门口喊我，我给她塞了棉球，一路按到县城。
访谈者：这几户的信息您念一下。
受访者：石料厂那户住{{address:商南县富水镇石料厂家属院2排5号}}，当爸的身份证{{id_number@my1990fw.513431}}，电话{{mobile@fws}}，微信{{wechat:Shama_Erpo90}}。{{han:寇欣悦}}的身份证{{id_number@wy2016spaced.611023}}，她妈妈的电话{{mobile@plus86spaced}}，QQ是{{qq:709318425}}。
访谈者：表上名字写得对吗？
受访者：彝族的名字最容易错，有人写成{{spaced:沙 马 尔 坡}}，有人把{{spaced:寇 欣悦}}中间空一格，我自己也叫人写成过{{spaced:雒　春　芳}}。
访谈者：最后想说什么？
受访者：娃娃的病能治，家里的难也能过去，就怕没人管。石料厂那个早产的娃一岁多了，会走路了，见了我就伸手要抱。最高兴的是那些娃长大了，在街上碰见，老远就喊{{han:雒姨}}。
""")

# H1552: volunteer of a children's charity foundation from 贵阳, visiting the children she pairs with donors in 黎平.
DOCS["H1552"] = ("staff", """\
访谈者：您是哪个基金会的？
受访者：{{trap/org:黔心儿童基金会}}，在{{trap/place:贵阳}}。我叫{{compound:宇文锦瑜}}，管黔东南的一对一资助，一个月有半个月在{{trap/place:黎平}}跑。娃娃们喊我{{han:锦瑜}}姐姐，喊不来复姓。
访谈者：一对一资助是怎么做的？
受访者：先由村里的儿童主任和学校报名单，我们上门核实，看家里几口人、靠什么吃饭、娃娃读书怎么样，拍照、填表，回去放到平台上，等资助人来认。认了以后，每学期一千五到三千，钱直接打到监护人卡上，我们每学期回访一次，看钱是不是用在娃身上。
访谈者：资助人能见到孩子吗？
受访者：资助人是自己在平台上选的，我们只管审核。有的资助人要娃娃的照片，我们只给背影，不给正脸，也不写学校和村名，就是怕娃娃被人认出来。有的资助人想来看娃，我们得先问监护人同不同意，来的时候我全程陪着。
访谈者：钱怎么保证用在孩子身上？
受访者：每学期回访，看书本、看衣裳、看饭桌。有一家的钱被爷爷拿去买了酒，我们跟村里一起做工作，后来改成把钱打到学校，由学校统一买学习用品和校服。
访谈者：您在黎平资助了哪些孩子？
受访者：二十三个，我讲几个。头一个在机场边上，{{minority/tibetan:陆尼珠}}，藏族爸爸，侗族妈妈，孤独症。他爸{{minority/tibetan:泽翁夺吉}}开摆渡车，寨子里按侗家规矩喊他{{minority/tibetan:补尼珠}}。我们给娃对接了康复训练的钱，一年一万二。他爸讲，就怕哪天娃娃走丢了，我们又给娃配了个定位手表。
访谈者：第二个呢？
受访者：{{trap/place:岩洞}}的{{han:滚春燕}}，彝名{{minority/yi:诺嫫}}，爸爸瘫了。资助人是{{trap/place:深圳}}的一个会计，叫{{compound:诸葛子恒}}，每学期寄书，还写信。娃回信写“{{compound:诸葛子恒}}叔叔”，把诸葛写成了“猪哥”，人家笑了好久，讲比{{trap/famous:诸葛亮}}还亮。
访谈者：第三个？
受访者：{{han:岩崽}}，{{han:欧又兰}}推荐的。{{han:欧又兰}}讲这娃聪明，就是没人管。我们给他配了个大学生志愿者{{compound:乐正晓禾}}，每周视频辅导数学。{{han:岩崽}}第一回视频，盯着屏幕半天不讲话，最后问：“你们为哪样要帮我？”
访谈者：您怎么回答的？
受访者：我讲，因为有人帮过我。我小时候也是留守的，在{{trap/place:凯里}}跟外婆过，初中是{{han:昝德坤}}老师资助的。{{han:昝老师}}不让我还钱，讲你以后帮别人就算还了。我大学学的社工，毕业就进了基金会。
访谈者：还有吗？
受访者：{{trap/place:肇兴}}有对双胞胎，{{han:陆金桥}}、{{han:陆银桥}}，爸爸在外头出了事，妈妈改嫁，跟爷爷过。两个娃在{{school:肇兴镇中心小学四年级（1）班}}，每天过{{trap/minority_word:风雨桥}}去上学。{{han:陆金桥}}讲长大要修桥，{{han:陆银桥}}讲要当医生。爷爷{{han:陆德才}}倒还硬朗，就是背驼了，天不亮就上山割漆。肇兴来耍的游客多，寨子里的娃放学就去给游客唱歌，唱一首给十块，爷爷不让他俩去，讲穷也要穷得有骨气。
访谈者：一个人跑这么多家，忙得过来吗？
受访者：有同事。{{compound:司空念真}}管财务，每笔钱都要对账到人。去年有个资助人的钱打错了户，是{{compound:司空念真}}一笔一笔追回来的。{{trap/famous:黎平会议}}纪念馆门口有家{{han:吴德昌}}油茶店，我们常在那里开会，老板晓得我们做啥，从来不收钱。
访谈者：最难的是什么？
受访者：是资助人断了。有的资助人认了两年，生意不好就停了，娃娃还在等信。我们只好再找人接上，接不上的，基金会先垫着。还有就是娃娃大了，不愿意别人晓得他是受资助的，照片不肯拍，信不肯写。我们不勉强，娃娃的脸面要紧。
访谈者：资助名单上的信息您念一下。
受访者：{{han:陆德才}}家在{{address:黎平县肇兴镇纪堂村上寨47号}}，爷爷的身份证{{id_number@moldquad.522631}}，电话{{mobile@h38}}。{{han:陆金桥}}有个QQ，{{qq:２０４８６１７３９５}}，爷爷用微信收钱，微信号是{{wechat:wxid_k7p3n9q2x5}}。我的电话{{mobile@plain}}，工作微信{{wechat:yuwenjy-qianxin}}，QQ是{{qq:3591046278}}。
访谈者：名单上名字有写错的吗？
受访者：有。我自己就被写成过{{spaced:宇　文　锦　瑜}}，{{spaced:贡秋　尼珠}}中间空了一大格，{{spaced:陆 金 桥}}也是。打{{trap/hotline:12355}}来问资助的人，常把我们基金会当成骗子。
访谈者：这份工作您打算干多久？
受访者：干到干不动为止。家里催我回贵阳找个稳当工作，我讲这就是稳当工作，娃娃们等着我去，我不去他们就白等了。
访谈者：最后想说什么？
受访者：资助一个娃不难，难的是一直陪着。我跟这些娃娃讲，你们长大了，也去帮别的娃，这个事就一直传下去。我最想感谢的是{{han:欧又兰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1545,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout194",))


if __name__ == "__main__":
    main()
