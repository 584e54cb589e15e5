# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 150 (tests/pii/holdout150/H1185-H1192 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 151, written at the same time, is not
an earlier set).

Set 150 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
胶州 and 邹城 (Shandong): a Mongolian mother from 科右中旗 who sews gloves in a 胶东街道 workshop while her husband
lies in hospital; an Amdo Tibetan grandfather from 碌曲 raising his two grandsons in 邹城 after their parents left;
a Hui father from 同心 who runs a lamb-soup stall in 李哥庄镇 after his wife died; a Yi mother from 盐源 in a 太平镇
coal-washing yard, her husband in prison; a Han 儿童主任 in 香城镇 reading out her register; a Han social worker in
钢山街道 who keeps up with the children on QQ and with their parents on WeChat; a Han aunt in 九龙山街道 raising the
twins of her dead brother; and a Han head teacher in 胶西镇 talking about a girl who stopped coming. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole and with short forms (布仁白乙 then 白乙他, 毕力衮达来 then 毕力衮), a Han surname before a Mongolian given
name (韩布仁, 韩哈森, 白嘎拉森, 包伊日贵) and the Han name of the mother (包玉琢, 包嫂); Amdo Tibetan names (完玛闹吾,
尕藏道智, 索南加措, 更登达吉, 措毛草, 华旦草, 切排) with short forms (道智, 达吉他) and the mother's Han surname before
the boys' Tibetan names (孔加措, 孔达吉); Han-form Hui names (锁占福, 把玉兰 after the particle 把, 锁明杰, 海秀珍)
beside 经名 used alone (阿卜杜勒凯里木, 凯里木, 鲁给雅, 麦丽彦她, 法图买, 哈桑尼) and after a Han surname (锁萨利赫,
虎哈姆宰, 杨叶海亚, 马哈桑尼); Yi names with the clan name before the given name (瓦扎日嫫, 俄木史布, 俄木尔古,
俄木衣火, 瓦扎木呷, 依火史呷, 沙马日体, 海来伍嫫, 吉伍阿牛, 吉伍拉嫫), the given name alone (史布他, 衣火她), the
clan syllable made a surname (瓦日嫫, 吴尔古, 吉阿牛), dotted with and without spaces (瓦扎·日嫫, 俄木·史布,
瓦扎 · 日嫫) and the Han name of a Yi girl (吴思雨); Han names with common and rare surnames of the region (孟, 孔,
颜, 仉, 逄, 綦, 法, 栾, 隋, 鞠, 修, 匡, 冷, 宫, 矫, 初, 衣, 邴, 蔺, 展, 姬, 籍, 逯, 郝); surnames that are also
ordinary words and given names that start or end with one, next to grammar words (跟向彩凤, 我和和美琦, 都丽芸都,
还把把玉兰, 能玉琴能, 要晓红老师要, 孟庆有有, 郝也平也, 还凤英还, 孔成就就, 孟谦让让, 才丽娜才, 要长海要强);
names that contain words (孔成就, 孟谦让, 向晨光, 姜春雷, 姜春雨, 綦洪涛); titles and kin words after names (the span
is the name only), a surname with only a title or kin word, annotated whole (包嫂, 匡大夫, 栾大娘, 仉大娘, 修老师,
逯大夫, 邴主任, 颜书记, 逄奶奶, 籍主任, 蔺老师, 宗大嫂, 初校长, 法主任), Shandong nicknames, annotated whole
(雨妮, 雷子); names directly before particles, pronouns and verbs (白乙他, 冷春燕她, 鞠文斌他, 隋红霞她, 史布他,
吉伍阿牛他, 冷长青他, 雨妮她, 雷子他, 綦欣彤她) and after 叫/是/给/跟/找/让/和 (叫都丽芸, 是韩哈森, 给雨妮, 跟要长海,
找冷长青, 让颜书记, 和海来伍嫫), and names closing the last sentence (谢栾大娘。, 谢谢仉大娘。, 谢的是逄奶奶。,
对得起俺哥姜宏伟。, 她叫綦欣彤。); names spaced out character by character in half- and full-width spaces and names
split in two; compound surnames after ordinary words (淳于, 公冶, 颛孙, 左丘, 钟离, 申屠, 漆雕, 谷梁, 轩辕, 司马, 东方, 宇文,
慕容, 南宫, 夏侯, 上官, 诸葛, 公孙); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:孟有田}}``, ``{{qq:903517246}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014tri.370883}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 护士) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 还, 就, 有, 让, 要, 能, 她, 他) are outside the span; a
surname with only a title or kin word (包嫂, 栾大娘, 修老师, 初校长) and a nickname or local form of address (雨妮,
雷子) are annotated whole. Han-style names of Mongolian, Hui and Yi people (包玉琢, 锁占福, 把玉兰, 吴思雨) are
category han; a Han surname before a non-Han given name (韩布仁, 孔加措, 锁萨利赫, 吴尔古) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout150/make_holdout150.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(150_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "178", "181",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1185: Mongolian mother from 科右中旗 who sews gloves in a 胶东街道 workshop; her husband fell from scaffolding
# and lies in hospital.
DOCS["H1185"] = ("family", """\
访谈者：大姐，您在这个手套车间干多久了？
受访者：快两年了。我是{{trap/place:科右中旗}}来的蒙古族，叫{{minority/mongolian:乌日嘎玛}}，身份证上的汉名是{{han:包玉琢}}，车间里都喊我{{han:包嫂}}。老板{{han:逄振海}}说我缝的劳保手套针脚最齐。
访谈者：怎么到{{trap/place:胶州}}来了？
受访者：孩子他爸{{minority/mongolian:布仁白乙}}先来的，在{{trap/place:胶东街道}}的工地上绑钢筋，去年我带俩孩子也过来了。四月里他从架子上摔下来，腰椎骨折，到现在还躺在医院。{{minority/mongolian:白乙}}他醒过来头一句问的是工钱。工友们喊他{{minority/mongolian:韩布仁}}，他户口上姓韩。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:哈森高娃}}十二，在{{school:胶东街道大店小学六年级（2）班}}，花名册上写的是{{minority/mongolian:韩哈森}}。儿子{{minority/mongolian:毕力衮达来}}八岁，在{{school:胶州市第二十实验小学二年级（4）班}}，我们叫他{{minority/mongolian:毕力衮}}。{{minority/mongolian:毕力衮}}就爱蹲在车间门口看叉车。
访谈者：医院那边谁照顾？
受访者：我下了班去陪床，白天请不起护工。骨科的{{han:匡大夫}}说还得再做一次手术。护士{{han:冷春燕}}心眼好，{{han:冷春燕}}她下了夜班还帮我给他翻身。包工头{{han:綦国梁}}先垫了三万，剩下的说要等{{trap/org:劳动仲裁}}。{{minority/mongolian:白乙}}也急，说躺着比干活还累。
访谈者：孩子有谁帮着照看？
受访者：社区的儿童主任{{han:宫晓丽}}给俩孩子报了困境儿童，每人每月{{trap/number:一千零五十元}}，又帮我们申请了临时救助。街道社工站的{{compound:淳于雅静}}每周来一趟，她同事{{compound:公冶书言}}给闺女补英语。隔壁的{{han:栾大娘}}下午接{{minority/mongolian:毕力衮}}放学。车间里我跟{{han:向彩凤}}一个组，她教我用电动缝纫机。
访谈者：老家还有人吗？
受访者：我额吉{{minority/mongolian:斯琴达来}}七十了，一个人在嘎查放几头牛。我们{{trap/place:科尔沁}}人爱听{{trap/minority_word:乌力格尔}}，她在视频里给孩子们说{{trap/minority_word:好来宝}}，讲{{trap/famous:僧格林沁}}打仗的故事。过年她寄来一箱{{trap/minority_word:奶豆腐}}，车间里分着吃了。同嘎查的{{minority/mongolian:白嘎拉森}}在{{trap/place:青岛}}开出租，{{minority/mongolian:包伊日贵}}在港口开吊车，他俩轮着去医院替我。
访谈者：您一个月挣多少？
受访者：计件，一双手套两毛五，一天缝四百来双，一个月三千出头。房租五百，剩下的给孩子交饭钱、给他买药。白天车间，晚上医院，有时趴在床边就睡着了。工友{{han:法秀云}}说，{{minority/mongolian:乌日嘎玛}}你可不能倒下。
访谈者：工地那边的赔偿怎么说？
受访者：包工头说他也是给人干活的，上头的公司不认账。{{han:宫晓丽}}帮我找了{{trap/org:司法所}}，司法所的{{han:鞠文斌}}说这是工伤，得先做工伤认定。材料一大摞，都是闺女帮我一张一张拍了照发过去的。{{han:鞠文斌}}他说，大姐你别怕，该给的钱一分也少不了。我汉字认得少，他就发语音一条一条跟我讲。
访谈者：孩子们还会说蒙古话吗？
受访者：闺女会说，儿子只会听。我在家跟他们说蒙古话，他们回我汉话。我给他们起的都是蒙古名，闺女的名字是玉的意思，儿子的名字是结实的意思，我想让他们记着自己是哪里来的。
访谈者：孩子们知道爸爸的伤有多重吗？
受访者：闺女知道，她十二了，瞒不住。头一回去医院，她站在病房门口不敢进，后来天天放学先去医院，给她爸念课文、削苹果，回家再写作业。小的不懂，以为他爸就是睡觉，趴在床边问爸爸你咋还不起来。有一回他在车间里把手套摞成一座小山，说这是给爸爸搭的梯子，让他顺着梯子下来。车间的人听了都不吭声，我躲到厕所里哭了一场。
访谈者：您自己在这边过得惯吗？
受访者：吃的不惯。这边爱吃海货，我们那里吃牛羊肉、喝奶茶，刚来那阵我闻见鱼腥味就想吐。冬天海风湿冷，往骨头缝里钻，比草原上的白毛风还难受。可是人好，车间里的大姐们知道我家的事，谁家包了饺子都给我们端一碗，过年老板还给俩孩子发了压岁钱。
访谈者：登记的信息请您说一下。
受访者：我们租在{{address:胶东街道前店口社区幸福路27号东屋}}，老家是{{address:科右中旗巴彦呼舒镇哈吐布其嘎查四组8号}}。我的身份证{{id_number@wy1986spaced.152222}}，儿子的{{id_number@my2018hyphen.152222}}。我手机{{mobile@s434}}，{{han:宫晓丽}}的{{mobile@plain}}。我微信叫{{wechat:urgamaa_jz0412}}。闺女有个QQ，她念一个数我写一个，写在手心上：{{qq:２７０４１８３９６}}。
访谈者：名字在表上写得对吗？
受访者：医院单子上是{{spaced:布仁 白乙}}，学校把闺女写成{{spaced:哈 森 高 娃}}，把儿子写成{{spaced:毕力衮　达来}}，低保表上我是{{spaced:乌　日　嘎　玛}}。
访谈者：您最盼什么？
受访者：盼他能站起来走路。要说谢谁，头一个得谢{{han:栾大娘}}。
""")

# H1186: Amdo Tibetan grandfather from 碌曲 raising his two grandsons in 邹城; his son went south and cannot be
# reached, the boys' Han mother remarried.
DOCS["H1186"] = ("family", """\
访谈者：阿爷，您是从哪里来的？
受访者：甘肃{{trap/place:碌曲}}，{{trap/place:郎木寺}}那边放牛的。我叫{{minority/tibetan:完玛闹吾}}，汉话说不好，你慢慢问。
访谈者：怎么到{{trap/place:邹城}}来了？
受访者：儿子{{minority/tibetan:尕藏道智}}十几年前出来打工，在这边煤矿上干，娶了本地的媳妇{{han:孔凡荣}}，生了两个娃娃。前年矿上裁人，{{minority/tibetan:道智}}跟人去了南方，说挣了钱就回来，到现在电话打不通。{{han:孔凡荣}}她后来也走了，改嫁到{{trap/place:济宁}}，娃娃没人管。社区把电话打到碌曲，我坐了两天两夜的火车过来，那是我头一回坐火车。
访谈者：孙子们多大？
受访者：大的{{minority/tibetan:索南加措}}十一岁，学校里跟他妈姓，叫{{minority/tibetan:孔加措}}，在{{school:邹城市第七实验小学五年级（3）班}}。小的{{minority/tibetan:更登达吉}}七岁，我叫他{{minority/tibetan:达吉}}，老师叫他{{minority/tibetan:孔达吉}}，在{{school:千泉街道唐王小学一年级（2）班}}。{{minority/tibetan:达吉}}他晚上还尿床，哭着要阿妈。
访谈者：您一个人带两个，难不难？
受访者：难。我不认得汉字，作业看不懂，饭也只会煮面片、拌{{trap/minority_word:糌粑}}。娃娃们吃不惯，大的说爷爷的{{trap/minority_word:曲拉}}像嚼石头。楼下的{{han:仉大娘}}教我炒菜，她说她这个姓少，是{{trap/famous:孟母}}娘家那个姓。她还教我用洗衣机，我学了三回才会。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:颜淑梅}}跑了好几趟，给两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千二百五}}。她说{{minority/tibetan:道智}}找不着、{{han:孔凡荣}}不管，就算事实无人抚养。街道民政的{{han:郝立新}}给我办了居住证。大的班主任叫{{han:都丽芸}}，{{han:都丽芸}}都快成他第二个妈了，放了学留他补课。社工{{compound:颛孙浩宇}}每个礼拜来，还有个姑娘叫{{compound:左丘晓雯}}，给小的念故事书。小的班主任{{han:和美琦}}年轻，我和{{han:和美琦}}说不通话，就比划，她就笑。
访谈者：老家还有谁？
受访者：老伴{{minority/tibetan:措毛草}}前年走了。女儿{{minority/tibetan:华旦草}}在碌曲放牛，冬天给我们寄{{trap/minority_word:酥油}}。侄子{{minority/tibetan:切排}}在郎木寺当{{trap/minority_word:阿卡}}，在电话里给娃娃们念经。到了{{trap/minority_word:香浪节}}我想回去，娃娃们离不开，回不去。
访谈者：孩子们在学校怎么样？
受访者：大的聪明，数学考了九十八，跑步也快。就是不爱说话，同学问他爸爸呢，他转身就跑。小的胆子大，跟谁都说藏话，同学听不懂就笑他，他也跟着笑。开家长会我去了，一句也听不懂，老师说完了拉着我的手说，阿爷，娃娃好着呢。
访谈者：儿子在这边的时候是什么样的人？
受访者：{{minority/tibetan:道智}}小时候在草原上放牛，十七岁跟着村里人出来，先在{{trap/place:西宁}}干工地，后来到了这边的煤矿，下井挖煤。他能吃苦，每个月往家寄钱，老家的新房子就是他挣的。娶了媳妇以后回来得少了，两三年回一趟，村里人都跑来看汉族媳妇。谁知道矿上一裁人，他就变了，喝酒、打牌，跟媳妇天天吵。走的那天晚上他给我打电话，说阿爸我对不起你，我没听懂，第二天人就找不着了。
访谈者：平常吃穿怎么办？
受访者：社区过节发米面油，衣服是学校和社区捐的，大的穿小了给小的穿。娃娃们爱吃饺子，我学不会包，{{han:仉大娘}}包好了冻在冰箱里，我煮就行。我教娃娃们熬奶茶，他们说比超市卖的好喝。
访谈者：您想儿子吗？
受访者：想。我在手机上给他发语音，他不回。晚上我给娃娃们讲{{trap/famous:格萨尔}}的故事，说爸爸出去打仗了，会回来的。大的说爷爷骗人。{{minority/tibetan:索南加措}}十一岁，什么都懂了。
访谈者：您自己身体怎么样？
受访者：这边不缺氧，我睡得好，就是夏天热得受不了，一动一身汗。腿上有老寒病，阴天就疼。我七十一了，就怕哪天我也倒了，两个娃娃又没人管。我跟大的说过，爷爷要是不行了，你就去找社区的阿姨，他点点头，把社区的电话背得滚瓜烂熟。
访谈者：登记信息请您说一下。
受访者：我念不好，这是{{han:颜淑梅}}给我写在本子上的。住{{address:千泉街道唐王社区北沙河路16号2单元101室}}，老家{{address:碌曲县玛艾镇红科村三社5号}}。我的身份证{{id_number@my1955tri.623026}}，大孙子的{{id_number@my2015quad.370883}}。我的电话{{mobile@h38}}，{{han:颜淑梅}}的{{mobile@p86h}}。大孙子有个QQ，老师让加的，号码他用铅笔写在门框上：{{qq:581937264}}。他妈以前的微信是{{wechat:kongfanrong_0537}}，现在把我们拉黑了。
访谈者：名字在表上写得对吗？
受访者：{{han:颜淑梅}}说，救助表上大的写成{{spaced:索 南 加 措}}，我成了{{spaced:完玛 闹吾}}，小的写成{{spaced:更登　达吉}}。
访谈者：最后还想说什么？
受访者：谢谢政府，谢谢{{han:仉大娘}}。
""")

# H1187: Hui father from 同心 who runs a lamb-soup stall in 李哥庄镇; his wife died of cancer two years ago.
DOCS["H1187"] = ("family", """\
访谈者：师傅，您这羊汤摊子摆了几年了？
受访者：五年了，就在{{trap/place:李哥庄镇}}大集边上。我叫{{han:锁占福}}，回族，宁夏{{trap/place:同心}}人，经名叫{{minority/hui:阿卜杜勒凯里木}}，寺里的人叫我{{minority/hui:凯里木}}。这边做帽子、做假发的厂子多，工人早上爱喝一碗热汤，一碗十五，加肉二十。
访谈者：家里几口人？
受访者：就我跟两个娃娃。娃娃他妈{{han:把玉兰}}，经名{{minority/hui:鲁给雅}}，前年冬天查出来肺癌，三个月人就没了。你们这边的人听见姓把都笑，我们{{trap/place:韦州}}那边姓把的多得很。我还把{{han:把玉兰}}的照片挂在汤锅后头的墙上，天天看着她。
访谈者：孩子们多大？
受访者：儿子{{han:锁明杰}}十三，在{{school:李哥庄镇初级中学七年级（2）班}}，礼拜天去寺里学经，阿訇叫他{{minority/hui:锁萨利赫}}。闺女{{han:锁雨涵}}九岁，经名{{minority/hui:麦丽彦}}，在{{school:李哥庄镇纪家庄小学三年级（1）班}}。{{minority/hui:麦丽彦}}她天天放学来摊上帮我剥蒜、擦桌子。
访谈者：这两年他们是怎么过来的？
受访者：{{minority/hui:鲁给雅}}走的时候，{{minority/hui:麦丽彦}}才七岁，晚上抱着她妈的盖头睡觉。儿子不哭，就是不爱回家，放了学在网吧门口转悠。是学校的{{han:修老师}}把他领回来的。{{han:修老师}}说，孩子心里堵着，你得跟他说话。我一个卖汤的，嘴笨，不会说，就给他盛汤，多放肉。
访谈者：谁帮过你们？
受访者：镇上的儿童主任{{han:隋红霞}}给两个娃娃报了困境儿童，每人每月{{trap/number:九百八十元}}；民政办的{{han:鞠德胜}}说我这摊子收入不稳，帮我申请了低保。{{han:隋红霞}}她还带闺女去{{trap/org:妇幼保健院}}查了视力，配了眼镜。镇社工站的{{compound:钟离思琪}}每礼拜来一回，同事{{compound:申屠晓凯}}陪儿子打篮球。城里寺里的{{han:沙文华}}阿訇常来摊上坐坐，他说，{{minority/hui:凯里木}}，娃娃比汤要紧。
访谈者：老家那边呢？
受访者：丈母娘{{han:海秀珍}}七十多了，经名{{minority/hui:法图买}}，在同心跟小舅子过。{{trap/minority_word:古尔邦节}}我带娃娃回去过一回，丈母娘给闺女缝了新盖头，煮了{{trap/minority_word:手抓羊肉}}。同村的{{minority/hui:虎哈姆宰}}也在胶州，在{{trap/place:胶州湾}}边上的冷库搬货；{{minority/hui:杨叶海亚}}在城里开拉面馆，我进羊骨头都找他。娃娃他外爷以前给我们讲{{trap/famous:马本斋}}，我现在讲给儿子听。
访谈者：摊子一天能挣多少？
受访者：好的时候两三百，下雨天一碗都卖不出去。早上三点起来熬汤，羊骨头要熬六个钟头，汤白了才好喝，十点收摊，下午去批发市场进货。冬天手上全是裂口子。邻摊摊煎饼的{{han:于桂芬}}看我顾不过来，常替我看着闺女，{{trap/word:于是}}闺女也学会了摊煎饼。
访谈者：孩子们在学校吃饭怎么办？
受访者：学校食堂没有清真窗口，{{han:修老师}}跟校长说了，中午让闺女回摊上吃。儿子住校，我每个礼拜天给他炖一锅牛肉，装在饭盒里带去，热一热就能吃。有一回同宿舍的孩子把他的饭盒拿去吃了，他跟人打了一架，{{han:修老师}}把两个孩子叫到一块儿，讲了回民的规矩，那个孩子还给他道了歉。
访谈者：孩子们跟妈妈的娘家还来往吗？
受访者：来往。丈母娘每个礼拜跟闺女视频，问她吃得好不好、礼拜做了没有。小舅子在同心种枸杞，秋天寄一箱来，闺女拿去学校分给同学。我想过把娃娃送回同心上学，可是娃娃说，妈妈埋在这边的回民公墓，我们走了谁去看她。
访谈者：摊子上的客人对你们怎么样？
受访者：好。这边的人实在，说话直，心眼好。熟客都知道我家的事，喝完汤多放两块钱，说给闺女买本子。有个开出租的大哥天天早上来喝一碗，下雨天就顺路把闺女捎到学校去。闺女说她长大了要开一家大饭店，让我当大厨。
访谈者：您自己呢？
受访者：腰不行，蹲久了站不起来。晚上娃娃们睡了，我一个人坐在摊子后头，想她。有人给我说媒，我没去见，娃娃们心里那道坎还没过去。
访谈者：登记信息请您说一下。
受访者：我们租在{{address:李哥庄镇纪家庄村五区19号}}，老家在{{address:同心县韦州镇南关村二队7号}}。我的身份证{{id_number@my1981fwhyphen.640324}}，闺女的{{id_number@wy2017.640324}}。我电话{{mobile@spaced}}，{{han:隋红霞}}的{{mobile@fullwidth}}。我的微信是{{wechat:suozhanfu_yangtang}}，收钱码也是这个号。儿子有个QQ，他写在汤摊价目牌的背面：{{qq:1308564729}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:锁 占 福}}，闺女写成{{spaced:麦 丽 彦}}，社工的签名被打成了{{spaced:钟 离 思 琪}}。
访谈者：您最盼什么？
受访者：盼娃娃们念出书来，别像我一样熬一辈子汤。
""")

# H1188: Yi mother from 盐源 who works in a coal-washing yard in 太平镇; her husband is in prison in 凉山.
DOCS["H1188"] = ("family", """\
访谈者：大姐，您在洗煤厂做什么活？
受访者：看皮带、捡矸石，一天十个钟头。我是四川{{trap/place:盐源}}的彝族，叫{{minority/yi:瓦扎日嫫}}。我们彝族人名字前头是家支，后头才是自己的名。厂里的汉族姐妹图省事，叫我{{minority/yi:瓦日嫫}}。来{{trap/place:太平镇}}三年了，老板{{han:颜宝山}}是本地人，工钱按月给，不拖。
访谈者：孩子爸爸呢？
受访者：他叫{{minority/yi:俄木史布}}，前年回老家喝了酒跟人打架，把人打伤了，判了四年，关在{{trap/place:凉山}}。{{minority/yi:史布}}他不喝酒的时候是个好人，一喝就管不住自己。劳动合同上我的名字是{{minority/yi:瓦扎·日嫫}}，他从里头写信回来，信封上是{{minority/yi:俄木·史布}}，字是别人替他写的。
访谈者：孩子们呢？
受访者：儿子{{minority/yi:俄木尔古}}十岁，在{{school:太平镇中心小学四年级（3）班}}，学校的名册写成{{minority/yi:吴尔古}}，老师说俄木念快了像吴。闺女{{minority/yi:俄木衣火}}七岁，在{{school:太平镇北徐小学一年级（1）班}}，老师给她起了个汉名叫{{han:吴思雨}}。{{minority/yi:衣火}}她胆子小，在学校一天说不了一句话，回到宿舍才跟我叽叽喳喳。
访谈者：您是怎么来山东的？
受访者：哥哥先来的，说这边洗煤厂缺人，管吃管住。那时候孩子他爸还没出事，我们一家四口一起坐的火车，从{{trap/place:西昌}}坐到济宁，坐了三十多个钟头。娃娃们头一回见平原，说山东怎么没有山。其实这边也有山，就是矮，山上不长松树，长的是柿子树和花椒。
访谈者：娃娃们知道爸爸的事吗？
受访者：儿子知道，闺女只知道爸爸在很远的地方干活。去年{{han:孟庆芳}}带我们去做视频会见，闺女对着屏幕喊{{trap/minority_word:阿达}}，她爸在那头哭得说不出话。回来的路上儿子一直不吭声，晚上跟我说，阿妈，等我长大了不喝酒。
访谈者：谁在帮你们？
受访者：镇上的儿童主任{{han:孟庆芳}}，给两个娃娃报了服刑人员子女补助，一人一个月{{trap/number:八百六十元}}。她说{{minority/yi:史布}}出来以前，这个钱都有。{{han:孟庆芳}}还帮我找了{{trap/org:法律援助中心}}，问减刑的事。儿子的班主任{{han:要晓红}}老师要他每天写三行日记，写不出来就画画。社工站的{{compound:漆雕晴川}}每个月来家访，她带来的实习生{{compound:谷梁一帆}}教闺女画画、跳绳。厂里的会计{{han:能玉琴}}能说会道，帮我跟老板说好了，下午四点放我去接孩子。
访谈者：厂里的老乡多吗？
受访者：有几个。我哥哥{{minority/yi:瓦扎木呷}}在这边开装载机，工钱一半寄回去给我阿妈{{minority/yi:依火史呷}}。{{minority/yi:沙马日体}}和{{minority/yi:海来伍嫫}}两口子也在厂里。{{trap/minority_word:火把节}}那天老板放了半天假，我们在宿舍后头烤{{trap/minority_word:坨坨肉}}，披着{{trap/minority_word:查尔瓦}}跳舞，汉族工友都来看热闹。晚上我给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事，他们听了一遍又一遍。
访谈者：孩子们在这边习惯吗？
受访者：儿子习惯了，山东话说得比我好，同学叫他去家里吃煎饼卷大葱，他回来说辣。闺女想老家，想外婆，老说要回去看{{trap/place:泸沽湖}}。我说等你爸出来，我们一家人一起回去。她就掰着手指头数，还有几个火把节。
访谈者：娃娃们上学顺当吗？
受访者：开头不顺当。儿子刚来的时候听不懂老师的话，考试考了个倒数，回来把卷子藏在床底下。后来{{han:要晓红}}老师放了学给他补拼音，一个礼拜补三回，不收钱。现在他语文能考八十多了，还当上了小组长，回来神气得很。厂里三班倒，我上白班，儿子放了学自己带着妹妹写作业。
访谈者：您身体怎么样？
受访者：煤灰大，咳嗽，晚上咳得睡不着。厂里发口罩，戴着喘不上气。镇卫生院的{{han:逯大夫}}说我肺上有阴影，让我去城里拍片子，我还没去，怕花钱，也怕查出个啥来。{{han:颜宝山}}说明年换新设备，灰能小一点。我最怕我也病倒了，两个娃娃怎么办。老家的{{trap/minority_word:毕摩}}在电话里说，我家今年会顺一点。
访谈者：登记信息请您说一下。
受访者：住在{{address:太平镇北徐村洗煤厂宿舍3排6号}}，老家是{{address:盐源县卫城镇甲米村二组11号}}。我的身份证{{id_number@wy1989fullwidth.513423}}，儿子的{{id_number@my2016x.513423}}。我的电话{{mobile@s74}}，{{han:孟庆芳}}的{{mobile@plus86dash}}。我的微信叫{{wechat:wazha_rimo89}}，是{{han:孟庆芳}}帮我注册的。儿子有个QQ，他用粉笔写在宿舍门后头：{{qq:4063291857}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:瓦扎 · 日嫫}}，救助名单上儿子是{{spaced:俄 木 尔 古}}，闺女是{{spaced:俄木　衣火}}，学校把社工写成了{{spaced:漆 雕 晴 川}}。
访谈者：最后还想说什么？
受访者：盼{{minority/yi:史布}}早点出来，一家人在一起。
""")

# H1189: Han 儿童主任 (and township child supervisor) in 香城镇 reading out her register.
DOCS["H1189"] = ("staff", """\
访谈者：您今天带来的是什么本子？
受访者：困境儿童台账。我叫{{han:姬秀云}}，在{{trap/place:香城镇}}当儿童督导员，也兼着俺村的儿童主任。我一户一户念，你照着记。
访谈者：好。
受访者：第一户，{{han:孟有田}}，男，九岁，{{school:香城镇中心小学三年级（2）班}}。他爸{{han:孟庆有}}有尿毒症，一个礼拜透析两回；他妈{{han:郝也平}}也不好，腰椎间盘突出，干不了重活。住{{address:香城镇东顾村三街14号}}，孩子身份证{{id_number@my2017.370883}}。全家吃低保，孩子另有困境儿童补贴。
访谈者：第二户？
受访者：第二户是孤儿，{{han:还玉婷}}，女，十二岁。她爸前年在{{trap/place:峄山}}脚下的公路上出了车祸，她妈早些年就离了婚，再没露面。现在跟奶奶{{han:还凤英}}过，{{han:还凤英}}还在地里种花生。孤儿基本生活费一个月{{trap/number:一千六百八}}。家住{{address:香城镇北龙河村六组22号}}，孩子身份证{{id_number@wy2014tri.370883}}，奶奶的{{id_number@wy1953.370883}}。
访谈者：第三户？
受访者：第三户，{{han:孔成就}}，男，十四岁，{{school:香城镇初级中学八年级（1）班}}。他爸{{han:孔繁军}}偷电缆判了六年，他妈改嫁去了{{trap/place:枣庄}}。{{han:孔成就}}就这么跟着爷爷过，爷爷七十八了。服刑人员子女补助今年批下来了。
访谈者：第四户？
受访者：第四户是回族，从甘肃{{trap/place:临夏}}来的。孩子他爸{{han:马福禄}}原先在矿上，去年井下冒顶砸断了腿，评了三级残疾，拿残疾人两项补贴。孩子经名叫{{minority/hui:哈桑尼}}，学籍上写的是{{minority/hui:马哈桑尼}}，在{{school:香城镇中心小学五年级（4）班}}。住{{address:香城镇香城村西街8号}}，他爸身份证{{id_number@my1984hyphen.622921}}。
访谈者：第五户？
受访者：第五户，{{han:孟谦让}}，男，七岁，脑瘫，也拿残疾人两项补贴。他妈{{han:仉美华}}辞了工在家守着，{{han:孟谦让}}让他妈一宿起来三四回。他爸在{{trap/place:日照}}跑货车，一个月回来一趟。孩子爱听收音机里的评书，一听就笑。
访谈者：你们是怎么发现这些孩子的？
受访者：一是村里报，二是学校报，三是我们自己挨家挨户走。每年开春和秋后各排查一遍，看谁家大人病了、谁家大人不在了、谁家孩子没人管。有的是邻居悄悄来跟我说的。前年有个孩子在姥姥家住了一年，姥姥走了以后才被我们发现，我到现在想起来都后怕。找着了先评估，缺钱的报救助，缺人照顾的找亲戚，心里有疙瘩的请社工上门。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:邴主任}}总管，材料报到市{{trap/org:民政局}}。村支书{{han:颜书记}}帮着跑腿。镇社工站派了三个人：{{compound:轩辕晓川}}跟第一户和第三户，{{compound:司马雨彤}}跟第二户，新来的{{compound:东方沐岚}}跟第五户。市里的督导叫{{compound:南宫书媛}}，每个月下来查一回台账。
访谈者：台账上名字都对吗？
受访者：错的不少。{{spaced:还 玉 婷}}中间空了格；{{spaced:孟　有　田}}也是；{{spaced:孔成 就}}断成了两截；社工也被写成{{spaced:轩 辕 晓 川}}。年底一个一个核。
访谈者：这些钱是怎么发到孩子手上的？
受访者：都是打卡，一户一张卡。孤儿的生活费打到监护人的卡上，我们每季度去看一回，看钱是不是花在孩子身上。有的老人不会取钱，我就陪着去镇上的{{trap/org:农商银行}}。第三户的爷爷有一回把卡弄丢了，补办跑了三趟，最后还是让{{han:颜书记}}开车拉着去的。
访谈者：您干这个多少年了？
受访者：七年了。刚开始就是个兼职，一个月补贴几百块。现在全镇一百三十多个孩子都在我本子上，哪家孩子几月生日，哪家老人吃啥药，我都记得。俺对象说我魔怔了，我说你不懂，这些孩子要是没人记着，就真没人管了。
访谈者：哪一户您最放不下？
受访者：第二户那个闺女。她奶奶七十多了，还得下地，闺女放了学先去地里帮着拔草，作业都是晚上趴在灶台上写的。前些天她跟我说，姑，我想考师范，将来回来当老师。我听了心里酸。
访谈者：家里人支持您干这个吗？
受访者：开头不支持。俺婆婆说，人家的孩子你操那么多心干啥。后来她跟着我去了一趟第五户，看见那孩子躺在床上冲她笑，回来就不说了，还给那孩子织了一件毛衣。现在我下乡晚了，她就把饭给我热在锅里。
访谈者：联系方式呢？
受访者：{{han:还凤英}}没手机，打邻居家的；{{han:仉美华}}的电话{{mobile@fws}}，{{han:马福禄}}的电话{{mobile@plus86spaced}}。我的工作微信是{{wechat:jixiuyun_xcz}}，家长有事都找我。夜里有急事也可以打{{trap/hotline:12345}}。
""")

# H1190: Han social worker in 钢山街道 who keeps up with the children on QQ and with their parents on WeChat.
DOCS["H1190"] = ("staff", """\
访谈者：您平时怎么跟这些孩子联系？
受访者：孩子们用QQ，家长用微信，两个我都开着，手机一天充三回电。我叫{{han:才丽娜}}，姓才，{{trap/word:才能}}的才，在{{trap/place:钢山街道}}社工站。我们{{han:籍主任}}老说，{{han:才丽娜}}才来两年，QQ里就加了两百多个孩子。
访谈者：您跟得最紧的是哪几个？
受访者：头一个是{{han:栾宇航}}，十四，在{{school:邹城市第四中学八年级（6）班}}。他爸判了刑，他妈去了{{trap/place:上海}}，他跟奶奶过，我们都叫她{{han:逄奶奶}}。他半夜一两点还在QQ上给我发消息，号码{{qq:903517246}}，昵称叫{{trap/word:孤独的狼}}。有一回他发了一句“活着没意思”，我吓坏了，连夜跟派出所的{{han:颜警官}}上门，那孩子坐在楼顶上，我陪他坐到天亮。他家住{{address:钢山街道平阳寺社区古城路33号3单元402室}}。
访谈者：后来呢？
受访者：后来我们给他找了心理医生，一个月看两回。现在好多了，还跟我开玩笑。他妈的微信是{{wechat:luan_ma_sh2019}}，我每个礼拜五晚上跟她语音，说说孩子这礼拜的事。她在上海做保洁，一听孩子出事就哭，说过年一定回来。
访谈者：第二个？
受访者：第二个是女孩{{han:宫雨萱}}，十二岁，妈妈{{han:邢海燕}}在{{trap/place:苏州}}的电子厂，爸爸跟人跑了，她跟姥姥过。她的QQ是她自己用全角打给我的，我就照着存：{{qq:３１６８０２５７９}}。她妈的微信{{wechat:xinghaiyan_sz}}，我拉了个小群，我、她妈、班主任{{han:向晨光}}，孩子有啥事群里说。{{han:向晨光}}也是个年轻老师，半夜还在群里回消息。
访谈者：第三个？
受访者：第三个是彝族孩子{{minority/yi:吉伍阿牛}}，十岁。爸妈从凉山来，在矿上打零工，他爸去年被矿车轧伤了脚。学籍上写的是{{minority/yi:吉阿牛}}。{{minority/yi:吉伍阿牛}}他汉话说得慢，在QQ上打字倒利索，号码是{{qq:2750931684}}。他姐姐{{minority/yi:吉伍拉嫫}}十四岁，不上学了，在家带弟弟妹妹，我正跟她爸妈做工作，让她回学校。
访谈者：还有吗？
受访者：还有一个{{han:鞠海洋}}，九岁，妈妈是聋哑人，爸爸在外地。他妈只会打字，不会说话，我跟她全靠微信，她的微信叫{{wechat:juma_2016xx}}。孩子的舅舅{{han:冷长青}}有空就来看看，家里有事他妈就找{{han:冷长青}}，可{{han:冷长青}}他自己也有三个孩子，顾不太过来。
访谈者：您是怎么干上这一行的？
受访者：我大学学的就是社会工作，毕业回了老家。刚来的时候啥也不懂，头一回入户，那家孩子躲在门后头不出来，我在门口站了半个钟头。后来我学会了，先不问家里的事，先跟孩子玩，玩熟了他自己就说了。QQ上也一样，孩子们不爱跟大人说话，可是爱打字，打着打着就把心里话说出来了。有的话，他们跟爸妈都没说过。
访谈者：有没有让您特别难受的事？
受访者：有。去年冬天，一个孩子的QQ头像突然变成了黑的，签名改成“再见”。我打电话打不通，跑到他家，门锁着。最后在网吧找着了他，他说就是想吓唬吓唬他爸。我当时腿都软了，回来哭了一晚上。
访谈者：站里还有谁？
受访者：{{han:籍主任}}管全面，另外有三个社工：{{compound:宇文思楠}}跟学校对接，{{compound:慕容一苇}}管心理个案，{{compound:南宫子墨}}管物资。还有个志愿者叫{{compound:夏侯嘉怡}}，大学生，暑假来帮忙辅导作业。
访谈者：QQ和微信上联系，有什么难处？
受访者：难处多。孩子们夜里不睡觉，我也不敢关机。有的家长换了号不告诉我，一找找半个月。还有骗子冒充社工给家长发链接，我只好在群里一遍一遍提醒，钱的事只认社区，不认网上。孩子们有事也可以打{{trap/hotline:12355}}，那是青少年热线。
访谈者：孩子们的家长好联系吗？
受访者：看人。在外地打工的，白天在厂里不让看手机，只有夜里十点以后能说上话。有的爷爷奶奶不会用微信，我就打电话，一句话说三遍。还有的家长不想让人知道家里的事，我加他微信，他不通过，我就去家门口等。等的次数多了，人家也就开门了。
访谈者：联系方式请您说一下。
受访者：我的工作手机{{mobile@p86n}}，{{han:籍主任}}的{{mobile@hyphen}}，我的工作微信{{wechat:cailina_gangshan}}。{{minority/yi:吉伍阿牛}}的身份证我这里也有：{{id_number@my2016fw.513423}}。
访谈者：名字有写错的时候吗？
受访者：常有。系统里把{{spaced:宇 文 思 楠}}拆开了，{{spaced:吉 伍 阿 牛}}也是，{{spaced:栾宇 航}}断成两截，{{spaced:宫　雨　萱}}全是空格。
访谈者：最后您想说什么？
受访者：这份活累，可是看着孩子一天天好起来，值。我最想谢的是{{han:逄奶奶}}。
""")

# H1191: Han aunt in 九龙山街道 raising the twins of her brother, who died in a road accident; their mother left.
DOCS["H1191"] = ("family", """\
访谈者：大姐，俩孩子都是您带着？
受访者：是俺哥的一对双胞胎。俺叫{{han:姜秀荣}}，住在{{trap/place:九龙山街道}}。俺哥{{han:姜宏伟}}前年冬天在高速上出了车祸，人当场就没了。嫂子{{han:隋丽丽}}办完丧事回了娘家，后来听说去了{{trap/place:烟台}}，再没回来过，电话也换了。
访谈者：孩子们多大了？
受访者：今年九岁，一男一女。闺女{{han:姜春雨}}，俺叫她{{han:雨妮}}；小子{{han:姜春雷}}，俺叫他{{han:雷子}}。名字是俺哥起的，说生的那天先下雨后打雷。俩人都在{{school:九龙山街道中心小学三年级（5）班}}。{{han:雨妮}}她爱哭，{{han:雷子}}他爱打架，一个班里天天有事。
访谈者：您家里还有谁？
受访者：俺对象{{han:要长海}}，在厂里看大门。{{han:要长海}}{{trap/word:要强}}了一辈子，没想到老了老了还得帮人养孩子，可他嘴上不说，俩孩子的家长会都是他去开。俺娘叫{{han:向桂枝}}，八十了，瘫在床上，俺跟{{han:要长海}}两口子一边伺候老的，一边拉扯小的。俺自己的闺女在{{trap/place:济南}}上大学，放了假回来帮俺，给俩孩子辅导功课，比俺强多了。
访谈者：谁帮你们办的手续？
受访者：街道的儿童主任{{han:展晓燕}}。她说俺哥没了，嫂子联系不上，俩孩子算事实无人抚养，一人一个月{{trap/number:一千三百二}}。可得先把监护权转到俺名下，{{han:展晓燕}}给俺找了律师{{compound:上官文渊}}，官司打了小半年。法院判下来那天，{{compound:上官文渊}}请俺吃了碗面。社工站的{{compound:诸葛若兰}}每礼拜来，给{{han:雨妮}}做心理辅导；她同事{{compound:夏侯清扬}}带{{han:雷子}}去踢球，说让他把劲儿使在球上。
访谈者：孩子们在学校怎么样？
受访者：班主任{{han:蔺晓萌}}老师对他俩上心。上学期{{han:雷子}}跟同学打架，把人家鼻子打出了血，{{han:蔺老师}}没先告状，先问他为啥。他说人家骂他没爹没娘。俺听了，在学校走廊里就哭了。{{han:雨妮}}学习好，作文写她爸，老师在班上念了，全班都哭。
访谈者：俩孩子性格一样吗？
受访者：不一样。{{han:雨妮}}心细，知道俺累，放学回来先给她奶奶倒水、擦脸，再写作业。{{han:雷子}}皮，上树掏鸟窝，下河摸鱼，俺整天提心吊胆。可他知道护着妹妹，有人欺负{{han:雨妮}}，他头一个冲上去。俺哥小时候就这样护着俺。
访谈者：钱够用吗？
受访者：紧。俩孩子的补贴是给孩子的，俺一分不敢动，给他们买衣裳、交学费、报兴趣班。俺娘的药一个月四五百，俺对象的工资一半都搭进去了。去年{{han:雷子}}摔断了胳膊，医药费花了六千多，街道给报了一大半。俺寻思等俩孩子大了，能自己照顾自己了，俺也就松口气了。人家说{{trap/famous:孟母三迁}}是为了孩子，俺搬不起家，就想让俩孩子在这儿好好念书。
访谈者：您自己呢？
受访者：俺在超市理货，一个月两千八，加上低保和补贴，紧紧巴巴够过。最难的是夜里，俺娘要翻身，{{han:雨妮}}做噩梦哭醒了要找爸爸，俺一宿起来好几回。有时候累得在超市仓库里坐着就睡着了，班长看见了也不说俺。楼下的{{han:宗大嫂}}中午给俩孩子热饭，有时候还把他俩领到她家睡午觉。
访谈者：俩孩子放了学都干啥？
受访者：{{han:雨妮}}去{{trap/org:少年宫}}学舞蹈，是公益班，不要钱；{{han:雷子}}跟着社工踢球。礼拜天俺带他俩去给他爸上坟，{{han:雷子}}跪在坟前头说，爸，俺这回考了九十分。俺在后头站着，眼泪止不住。他姥姥在{{trap/place:莱芜}}，身子也不好，过年打个电话，寄一袋子花生来，别的也顾不上。
访谈者：孩子们问过妈妈吗？
受访者：问过。{{han:雷子}}说，俺妈是不是不要俺了。俺说你妈有难处。其实俺也恨她，可是当着孩子的面不能说。去年过年，{{han:隋丽丽}}托人捎来两身新衣裳，没留电话。俩孩子抱着衣裳看了半天，谁也没穿。俺没念过几年书，可俺知道，孩子不能没人疼。
访谈者：登记信息请您说一下。
受访者：俺家住{{address:九龙山街道凤凰社区南苑小区11号楼2单元301室}}，俺哥的老房子在{{address:九龙山街道西关村后街9号}}，空着。俺的身份证{{id_number@wy1974hyphen.370883}}，闺女的{{id_number@wy2017quad.370883}}。俺电话{{mobile@s38}}，{{han:展晓燕}}的{{mobile@plus86}}。俺的微信叫{{wechat:jiangxiurong_72}}。俩孩子上网课用一个QQ，号码贴在冰箱上：{{qq:1746309285}}。
访谈者：名字在表上写得对吗？
受访者：低保表上把小子写成了{{spaced:姜 春 雷}}，俺是{{spaced:姜秀 荣}}，社工的名字写成{{spaced:诸 葛 若 兰}}。
访谈者：您最盼什么？
受访者：盼俩孩子好好长大，对得起俺哥{{han:姜宏伟}}。
""")

# H1192: Han head teacher in 胶西镇 talking about a girl of her class who stopped coming to school.
DOCS["H1192"] = ("teacher", """\
访谈者：{{han:衣秀清}}老师，您说的这个学生是怎么回事？
受访者：我是{{school:胶西镇中学八年级（4）班}}的班主任，教数学，在{{trap/place:胶西}}教了十九年。班上有个女生叫{{han:綦欣彤}}，从上个月开始就不来了。
访谈者：您去找过她吗？
受访者：找了三回。她家在{{address:胶西镇苑戈庄村四区12号}}。她爸{{han:綦洪涛}}前年酒驾撞了人，判了四年；她妈{{han:矫春霞}}有精神病，不犯病的时候能做饭，犯了病就往外跑。奶奶{{han:初桂兰}}七十多，眼睛快看不见了。{{han:綦欣彤}}她是家里唯一能干活的人。
访谈者：她不上学做什么？
受访者：去{{trap/place:李哥庄}}的假发厂钩头发，一天挣六七十，钩一顶要好几天，手指头上全是口子。她才十四，厂里本来不能要。我跟镇上的{{trap/org:劳动监察}}反映了，厂子把她辞了，她又去了一个小作坊，在家里接活。
访谈者：学校怎么帮她？
受访者：{{han:初校长}}发了话，一个都不能落下。德育处的{{han:法主任}}跟我一块儿去她家，给她讲{{trap/word:义务教育法}}，她低着头不吭声。学校的心理老师{{compound:公孙梦溪}}给她写了一封长信，托同桌带过去。镇社工站的{{compound:轩辕志鹏}}和{{compound:淳于子涵}}去她家评估了两回，说她妈得先住院治疗，不然孩子走不开。镇上的儿童主任{{han:宫美华}}给她报了服刑人员子女补助，又给她妈办了残疾证。
访谈者：班上的同学呢？
受访者：她同桌{{han:法晓晴}}跟她最好，每天放学把笔记拍了发给她。还有{{han:逄梓涵}}，班长，组织全班给她写了一张卡片。班上有个从{{trap/place:通辽}}转来的蒙古族男生，叫{{minority/mongolian:特日棍巴雅尔}}，大家叫他{{minority/mongolian:特日棍}}，他说他表姐也是初二不念了，后来又回去念了，现在在读大学。{{minority/mongolian:特日棍}}说这话的时候，全班都看着我。
访谈者：她以前是个什么样的学生？
受访者：安静，爱看书，作文写得好。初一的时候她写过一篇《我的妈妈》，写她妈不犯病的时候给她扎辫子，扎得可好看了。我在班上念了，她趴在桌子上不抬头。那时候她爸还在家，脾气虽然不好，家里总算有个顶事的。她爸出事以后，她就像变了个人，上课老走神，作业交不齐。我找她谈过几回，她就说老师我没事。现在想想，那时候她就在硬撑着。
访谈者：像她这样的学生，班上还有吗？
受访者：班上四十二个人，留守的十几个，爸妈离了婚的七八个。可是像她这样一个人扛一个家的，就她一个。镇上每学期都要搞{{trap/word:控辍保学}}，排查下来，全镇今年不来上学的有三个，她是其中一个。村里的{{han:矫支书}}说，她家的事他也难办，只能先把低保保住。
访谈者：您自己是怎么想的？
受访者：我教书十九年了，送走了好几届，有考上大学的，也有初中没念完就进厂的。每回有孩子不来了，我心里就跟少了一块似的。我也是农村出来的，我娘不识字，是我的班主任{{han:隋秋华}}老师一趟一趟跑到我家，把我从地里拉回了学校。我现在就想着，我也得这么跑。
访谈者：您觉得她会回来吗？
受访者：我不知道。上回去，她在炕上给她妈梳头，她妈一直在笑，她一直在哭。她说，老师，我走了谁管俺妈。我答不上来。她家离学校七里地，以前天天骑自行车来，下雨天也没迟到过。她以前数学考过全班第一，我跟她说，你回来，老师给你补，落下的都能补上。她点了点头，可到现在还没来。
访谈者：她爸知道她不上学了吗？
受访者：知道。{{han:宫美华}}帮着联系了监狱，她爸在亲情电话里跟她说，闺女，你回学校，家里的事等我出来。她在电话这头一句话没说，挂了电话蹲在地上哭。我在旁边，也跟着掉眼泪。
访谈者：接下来打算怎么办？
受访者：{{han:宫美华}}在联系{{trap/org:精神卫生中心}}，争取让她妈住院，费用民政能报一部分。她奶奶那边，村委会安排了邻居{{han:逄大娘}}白天去看看。只要家里能腾出手来，我就去接她。
访谈者：联系方式呢？
受访者：{{han:綦欣彤}}有个旧手机，号码{{mobile@hyphen}}，她的QQ是{{qq:64072981}}，我每天晚上在QQ上给她发当天的作业。她的身份证我有，办补助时登记的：{{id_number@wy2012spaced.370281}}。{{han:宫美华}}的电话{{mobile@fws}}，我的微信{{wechat:yixiuqing_math}}。
访谈者：名册上的名字有写错的吗？
受访者：有。补助表上写成了{{spaced:綦 欣 彤}}，她妈写成了{{spaced:矫春 霞}}，心理老师的名字打成了{{spaced:公 孙 梦 溪}}。
访谈者：最后您想说什么？
受访者：我还是想把她找回来。她叫{{han:綦欣彤}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1185,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout151",))


if __name__ == "__main__":
    main()
