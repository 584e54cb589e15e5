# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 168 (tests/pii/holdout168/H1329-H1336 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 169, written at the same time, is not
an earlier set).

Set 168 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宁津 and 庆云 (Shandong): a Mongolian grandmother from 东乌珠穆沁旗 raising in 宁津 a granddaughter whose father is in
prison; an Amdo Tibetan father from 泽库 who welds fitness equipment in a 宁津 factory and raises alone a son with a
heart defect; a Hui mother from 和政 who sells beef buns in 庆云, her husband paralysed after a fall at a building
site; a Yi uncle from 布拖 raising his dead sister's two girls in 庆云; a Han 儿童主任 in 津城街道 reading out her
register; a Han social worker in 渤海路街道 who reaches her children on QQ and their families on WeChat; a Han
grandfather in 柴胡店镇 raising a grandson with Down syndrome; and a Han township civil-affairs clerk in 尚堂镇. The
emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian
names used whole (萨日图雅, 哈斯巴特尔, 额尔敦萨如拉, 伊力特, 塔本, 包日其格, 那木拉图) and with a childhood name
(孟根苏和, 苏和巴图), a Han surname before a Mongolian given name (白阿如汉, beside 阿如汉她) and the Han names of the
same family (白志刚, 白梓涵, and the grandmother called 白大婶 after her son's Han surname); Amdo Tibetan names of 泽库
(洛桑东智, 拉吉卓么, 久美嘉措, 才华加, 尕藏卓么, 吉先加, 央金卓么, 吾青加, 赛藏) with a short form (嘉措他), forms of
address made from the Tibetan name (老洛, 小嘉措) and a Han surname taken from the father's name before the Tibetan
given name (洛嘉措); Han-form Hui names (马凤芹, 虎占林他, 虎永福, 虎雅琴, 马德义, 马骏宇, 冶文清阿訇) beside 经名 used
alone (罕黛, 穆萨力, 伊布, 萨迪亚她, 奈赛白, 亚哈雅他, 赫迪洁), a 尕- form (尕伊布) and a Han surname before a 经名
(虎伊布, 虎尔沙); Yi names with the clan name before the given name (海来曲哈, 勒格拉么, 海来以伍, 瓦扎么体,
瓦扎惹作, 瓦扎石各, 吉觉伍哈, 吉尔日色, 吉觉曲嫫, 阿苦么呷, 俄木拉布, 吉子拉古, 阿侯么作, 吉子哈体), the given
name alone as a short form (曲哈, 惹作她, 石各, 曲嫫, 哈体), the Han surname that stands for the clan before the given
name (何曲哈, 王惹作, 王石各) and clan and given name joined by a dot without spaces (瓦扎·惹作, 海来·曲哈, 吉子·哈体)
and with spaces (瓦扎 · 石各, 吉子 · 哈体); Han names with common and rare surnames of the region (郄, 昝, 宓, 巩, 禚,
菅, 褚, 隋, 仉, 乜, 綦, 蒯, 阚, 冀, 邴, 栾, 鞠, 臧, 宫, 芦, 丛, 宿, 邢, 葛, 牛, 薛); surnames that are also ordinary words
directly before and after grammar words (才振海才四十出头, 都玉萍都走了, 都振刚都三年, 和梓航和妹妹和欣悦,
和庆丰和奶奶, 和庆丰和我说, 向立红向街道, 让主任让我们, 让子豪让他爷爷, 能凤霞能干, 也欣妍也是, 把晓云把她,
还立柱还专门, 还雨萌，女孩，还不到, 有翠莲有个闺女, 就海明就住, 被翟警官) and a given name ending in 和 (房永和和她)
beside ordinary words that start with a surname character of the voices (和面, 桑树 beside 桑晓娟, 高兴) and places
that do (和政, 和日, 綦家庄, 马颊河); names that contain words (牛满囤, 向明远, 让福田, 让金宝, 冀长春, 还立柱,
苏立民, 房永和); titles and kin words after names (巩晓慧老师, 隋建勋大夫, 禚春梅老师, 鞠文倩老师, 裴秀丽老师,
岳晓琳老师, 冶文清阿訇, 彤彤姐; the span is the name only), a surname with only a title or kin word, annotated whole
(白大婶, 昝主任, 宓老师, 尤大哥, 牛嫂, 芦大夫, 耿大哥, 侯大姐, 邢大姐, 让主任, 小尹, 尹姐, 翟警官, 丛主任, 綦大嫂,
葛二嫂, 蒯大夫, 老纪, 邴大娘, 冀婶), nicknames and local forms of address, annotated whole (大墩, 小苗儿, 彤彤); names
directly before particles, pronouns and verbs (郄淑芬她, 葛凤兰她, 卢振江说, 牛嫂说, 虎占林他, 萨迪亚她, 亚哈雅他,
惹作她, 綦大嫂说, 冀婶不会) and after 叫/是/给/跟/找/让/和 (叫钟离博文, 叫阿如汉, 是向立红, 给郄淑芬打电话,
跟嘉措同班, 找尹晓彤, 让綦大嫂, 和乜桂荣的手机), and names closing the last sentence (有事就找邢桂霞。,
我得谢谢薛春霞。); names spaced out character by character in half- and full-width spaces (萨 日 图 雅, 白 阿 如 汉,
洛 桑 东 智, 尕　藏　卓　么, 海 来 曲 哈, 吉 觉 曲 嫫, 即 墨 思 彤, 万 俟 子 睿, 颛 孙 沐 阳, 虎 占 林, 萨　迪　亚,
才 思 琪, 向　明　远, 尹　晓　彤, 綦 浩 宇, 桑　晓　娟, 让 子 豪, 还　雨　萌) and names split in two (孟根　苏和,
久美　嘉措, 虎　穆萨力, 和梓 航, 能博 宇, 綦德 厚, 司空 语嫣); compound surnames after ordinary words (钟离, 宗政,
南宫, 濮阳, 申屠, 公冶, 太叔, 仲孙, 即墨, 公羊, 上官, 万俟, 第五, 端木, 呼延, 司空, 颛孙, 夏侯 after
叫/律师/社工/同事/社工站的/副主任/督导/新来的/对口的是), one beside the place 即墨; and numbers read out and written
the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郄淑芬}}``, ``{{qq:1638025947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1988tri.513429}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, s74, s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 姐) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 她, 他, 向, 让, 和) are outside the span; a surname with only a
title or kin word (白大婶, 宓老师, 牛嫂, 冀婶, 老纪, 小尹) and a nickname or local form of address (大墩, 小苗儿, 彤彤)
are annotated whole. Han-style names of Mongolian, Tibetan, Hui and Yi people (白志刚, 白梓涵, 马凤芹, 虎占林, 马骏宇)
are category han; a Han surname before a non-Han given name (白阿如汉, 洛嘉措, 虎伊布, 虎尔沙, 何曲哈, 王惹作) is
category minority, and so are forms of address made from a non-Han name (老洛, 小嘉措, 尕伊布).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout168/make_holdout168.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(168_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "176", "178", "183",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1329: Mongolian grandmother from 东乌珠穆沁旗 raising her granddaughter in 宁津; the girl's father is in prison.
DOCS["H1329"] = ("family", """\
访谈者：大娘，您是从内蒙古过来的？
受访者：{{trap/place:东乌珠穆沁旗}}的，放了一辈子羊。我叫{{minority/mongolian:萨日图雅}}，这边人念不顺，楼里都喊我{{han:白大婶}}，跟的是我儿子的汉姓。
访谈者：您儿子现在……
受访者：在里头。他叫{{minority/mongolian:孟根苏和}}，汉名{{han:白志刚}}，当兵转业留在了{{trap/place:宁津}}，给健身器材厂跑运输，娶了这边的媳妇。前年腊月他喝了酒开夜车，撞了人，判了四年半。家里叫他{{minority/mongolian:苏和巴图}}，打小就犟。媳妇{{han:葛春燕}}过了半年就走了，去了{{trap/place:沧州}}，电话也换了。
访谈者：您是什么时候过来的？
受访者：出事第三天。老伴{{minority/mongolian:哈斯巴特尔}}走得早，家里就我一个。我坐班车到{{trap/place:锡林浩特}}，再坐火车，倒了两回车，两天一夜才到{{trap/place:德州}}。下了车一句话听不懂，是孩子姥姥{{han:葛凤兰}}来接的我。头一个月我天天夜里睡不着，听着外头汽车响，想我的羊。{{han:葛凤兰}}她自己腰也直不起来，把孩子交给我的时候哭了，说大姐，孩子就拜托你了。
访谈者：孙女多大了？
受访者：九岁。她爸起的名叫{{minority/mongolian:阿如汉}}，上户口写的是{{han:白梓涵}}，老师图省事喊她{{minority/mongolian:白阿如汉}}，两个名拼一块儿。在{{school:宁津县第二实验小学三年级（4）班}}。她管我叫{{trap/minority_word:额么格}}，同学们听了直乐。{{minority/mongolian:阿如汉}}她会唱{{trap/minority_word:长调}}，是我教的。
访谈者：孩子在学校受过委屈吗？
受访者：受过。有个男孩说她爸是劳改犯，她把人家推了个跟头。班主任{{han:巩晓慧}}把两家都叫去，没罚她，回头在班上讲，谁家都有难处。打那以后没人再提。回家她问我，她爸是不是坏人。我说你爸做了错事，可他不是坏人。她点点头，把眼泪擦了，第二天照样背着书包上学去了。
访谈者：都有谁帮着你们？
受访者：社区的儿童主任{{han:郄淑芬}}，头一回来就把表带齐了。孩子爸在里头，妈又找不着，算事实无人抚养，每月{{trap/number:一千一百八十元}}，学校还免了餐费。{{han:郄淑芬}}她还给孩子报了课后托管。有事我就给{{han:郄淑芬}}打电话，她半夜也接。街道民政的{{han:昝主任}}来过两趟，看屋里冷，送来个电暖气。社工站有个小伙子叫{{compound:钟离博文}}，礼拜三来陪孩子写作业。还有个律师{{compound:宗政雅楠}}，帮我写了会见的申请。教数学的{{han:宓老师}}给孩子补课，一分钱不要。同桌{{han:贾朵朵}}天天跟她一块儿走。孩子说长大了要像{{trap/famous:拉苏荣}}那样上电视唱歌。
访谈者：老家还有人吗？
受访者：闺女{{minority/mongolian:额尔敦萨如拉}}在嘎查放羊，女婿{{minority/mongolian:伊力特}}开修车铺。秋天他们寄来{{trap/minority_word:风干肉}}和{{trap/minority_word:炒米}}。嘎查达{{minority/mongolian:塔本}}打过电话，儿童主任{{minority/mongolian:包日其格}}也问，孩子户口要不要迁回去。我说不迁，她爸出来还在这边。
访谈者：您自己身体怎么样？
受访者：血压高，膝盖疼。这边冬天潮，不像{{trap/place:乌珠穆沁}}草原上干冷。我早上熬奶茶，孩子喝不惯，爱喝楼下{{han:尤大哥}}家的豆浆。我汉话说不利索，全靠对门的{{han:牛嫂}}。她男人{{han:牛满囤}}开三轮送孩子上学，风雨不误。{{han:牛嫂}}说，大娘，你就当我是你闺女。去年冬天暖气费两千多，社区给减了一半。孩子穿的棉袄是楼里几家凑的，粉的、蓝的都有，她说比商店里买的还暖和。
访谈者：见过儿子吗？
受访者：一季度会见一回，儿童主任陪着去。隔着玻璃，{{han:白志刚}}光哭，说对不起闺女。{{minority/mongolian:阿如汉}}给他唱了半首歌，唱不下去了。回来的车上她一声不吭，到家才趴在我怀里哭。
访谈者：孩子会说蒙古话吗？
受访者：会一点。我跟她说蒙古话，她拿汉话回我。晚上睡觉前我教她数数，从一数到十，她数到五就睡着了。她爸在里头来信，信封上写着她的蒙古名，她认得，拿着信跑遍了一栋楼。嘎查里她表哥{{minority/mongolian:那木拉图}}比她大三岁，礼拜天跟她视频，教她认马，枣红的、青的、海骝的。我跟她说，咱们蒙古人不怕冷不怕苦，就怕忘了自己是谁。社区医院的{{han:芦大夫}}每月上门给我量一回血压，孩子就在旁边学着记数。
访谈者：登记一下信息。
受访者：现住{{address:宁津县津城街道杏林苑小区6号楼1单元302室}}，老家是{{address:东乌珠穆沁旗道特淖尔镇巴彦高勒嘎查二组15号}}。我的身份证{{id_number@wold.152525}}，孩子的{{id_number@wy2016hyphen.371422}}。我电话{{mobile@s434}}，{{han:郄淑芬}}的{{mobile@p86h}}。{{han:巩晓慧}}老师的微信{{wechat:gongxh_ningjin}}。孩子拿我的旧手机登了个QQ，号码她一个字一个字念，我写在挂历背面：{{qq:３０７５１８４２９}}。
访谈者：名字都写对了吗？
受访者：没有。低保表上是{{spaced:萨 日 图 雅}}，学籍卡上是{{spaced:白 阿 如 汉}}，判决书上又写成{{spaced:孟根　苏和}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，带孙女回草原住一夏天，让她看看她爸{{minority/mongolian:孟根苏和}}小时候放羊的地方。
""")

# H1330: Amdo Tibetan father from 泽库 who welds fitness equipment in a 宁津 factory and raises alone a son with a
# heart defect.
DOCS["H1330"] = ("family", """\
访谈者：师傅，您在厂里干什么活？
受访者：电焊。跑步机的架子、单杠、双杠，都从我手里过。我叫{{minority/tibetan:洛桑东智}}，{{trap/place:泽库}}人，老家在{{trap/place:和日}}，那边山上全是刻了经的石头。厂里的人叫我{{minority/tibetan:老洛}}，他们以为洛是我的姓。
访谈者：怎么到宁津来的？
受访者：老婆{{minority/tibetan:拉吉卓么}}前年得病走了。儿子{{minority/tibetan:久美嘉措}}生下来心脏就有毛病，室间隔缺损，大夫说要做手术。老家挣不来钱，同村的{{minority/tibetan:才华加}}在这边干焊工，我就带着儿子来了。刚来那年打电焊没戴好面罩，眼睛肿得睁不开，是老板{{han:褚国良}}开车送我去的医院，还给了我半个月的工钱。
访谈者：孩子现在怎么样？
受访者：八岁了，去年秋天在{{trap/place:济南}}做的手术，心外科的{{han:隋建勋}}大夫主刀。手术前一天夜里他问我，阿爸，我会不会跟阿妈一样，睡着就不醒了。我说不会，自己心里也没底。手术做了六个钟头，我在走廊里转着念经，念了六个钟头。钱是慈善基金出了大半，民政又给了一笔临时救助。
访谈者：现在呢？
受访者：{{minority/tibetan:嘉措}}他能跑能跳了，就是不能累着。在{{school:宁津县宁城街道第一小学二年级（3）班}}，学校把他写成{{minority/tibetan:洛嘉措}}，同学都叫他{{minority/tibetan:小嘉措}}。班主任{{han:禚春梅}}老师把他调到第一排，体育课让他当记分员。住院那阵，护士{{han:芦晓雯}}给他买了个奥特曼，他到现在还搂着睡。
访谈者：您一个人带孩子，上班怎么办？
受访者：我上白班，早七点到晚六点。孩子放了学先去社区，儿童主任{{han:菅丽萍}}看着他写作业。车间主任{{han:卢振江}}不给我排夜班。工友{{han:耿大哥}}家的闺女跟{{minority/tibetan:嘉措}}同班，下雨天他骑电动车把俩孩子一块儿接回来。{{han:卢振江}}说，你那手艺，焊缝跟机器焊的一样。
访谈者：家里还有谁？
受访者：我阿妈{{minority/tibetan:尕藏卓么}}在泽库，七十了，放不动牛了。弟弟{{minority/tibetan:吉先加}}在{{trap/place:麦秀}}林场干活，挖了虫草就寄点钱来。村里的儿童主任{{minority/tibetan:央金卓么}}隔几天去看一回阿妈。寺里的{{trap/minority_word:阿卡}}给孩子念过经。{{trap/minority_word:洛萨}}那天阿妈在视频里给孙子看{{trap/minority_word:切玛盒}}，孩子抱着手机不撒手。我们爷俩还吃{{trap/minority_word:糌粑}}，面是老家寄的，可他现在更爱吃煎饼卷大葱。
访谈者：钱上够用吗？
受访者：我一个月五千多，房租八百，还有手术欠的账。社区给孩子报了重病困境儿童，每月{{trap/number:六百九十元}}。我每个月先还一千块账，剩下的留着给孩子看病。冬天宿舍冷，厂里给我们爷俩换了带暖气的那间，说孩子心脏不好，不能冻着。街道民政的{{han:庞淑娥}}说，欠的钱还能再申请一回大病救助。社工{{compound:南宫静姝}}每月陪我们去{{trap/place:德州}}复查，另一个社工{{compound:濮阳清越}}给孩子补拼音。
访谈者：厂里像您这样的外地人多吗？
受访者：不少，河南的、甘肃的都有，藏族就我们三个：{{minority/tibetan:才华加}}，我，还有一个叫{{minority/tibetan:吾青加}}的。下了班我们凑一块儿喝甜茶，说说老家的事。食堂的师傅{{han:鲍春生}}知道我们不吃鱼，每回做鱼就给我们多打一个鸡蛋。
访谈者：手术以后孩子要注意什么？
受访者：不能感冒，感冒了容易心衰。三个月去德州复查一回，一年去济南一回。{{han:隋建勋}}大夫说，孩子恢复得好，长大了跟别人一样，能上体育课，能考大学。我听了这句话，在医院门口的台阶上坐了半天。
访谈者：孩子想妈妈吗？
受访者：想。他记得他阿妈给他梳辫子。我不会梳，头发就剃短了。有时候他半夜醒了，喊{{trap/minority_word:阿玛}}，我就抱着他坐到天亮。他画画，总画一个戴红头巾的女人牵着一头牦牛，说那是阿妈。同乡{{minority/tibetan:赛藏}}的媳妇来过几回，给他讲{{trap/famous:格萨尔}}的故事，还缝了件小藏袍，六一他穿着上台，跳了一段锅庄。
访谈者：您想过回泽库吗？
受访者：想过。那边海拔高，大夫说孩子的心脏受不了，等他长大了再说。我跟阿妈说，等孩子十八了，我们爷俩回去给你磕头。阿妈在电话里说，不用磕头，回来就行。
访谈者：登记一下信息。
受访者：住{{address:宁津县宁城街道工业园南路17号宿舍3栋108室}}，老家{{address:泽库县和日镇叶贡村二社5号}}。我的身份证{{id_number@my1986spaced.632323}}，儿子的{{id_number@my2017quad.632323}}。我电话{{mobile@plus86}}，{{han:菅丽萍}}的{{mobile@hyphen}}。我的微信{{wechat:luosang_hanjie}}。儿子的QQ是班主任让注册的，号码他用铅笔描在床头墙上：{{qq:58210374}}。
访谈者：名字写得对吗？
受访者：乱。低保表上我是{{spaced:洛 桑 东 智}}，病历上儿子是{{spaced:久美　嘉措}}，阿妈的表写成{{spaced:尕　藏　卓　么}}。
访谈者：您最盼什么？
受访者：盼孩子心脏别再出毛病。{{minority/tibetan:嘉措}}他说，长大了也要学电焊，给我焊一张不会坏的床。
""")

# H1331: Hui mother from 和政 who sells beef buns in 庆云; her husband is paralysed after a fall at a building site.
DOCS["H1331"] = ("family", """\
访谈者：大姐，您这包子铺开了几年了？
受访者：五年了。我叫{{han:马凤芹}}，经名{{minority/hui:罕黛}}，老家{{trap/place:和政}}，{{trap/place:松鸣岩}}底下的庄子。我们那儿的人出来多半开拉面馆，我蒸牛肉包子，在{{trap/place:庆云}}县城卖。牛肉是{{trap/place:沧州}}那边清真屠宰场拉来的，一斤肉配半斤萝卜，葱姜少放，这边人吃着说香。
访谈者：家里什么情况？
受访者：男人{{han:虎占林}}，经名{{minority/hui:穆萨力}}，前年在工地上从架子上摔下来，胸口以下都没知觉了。{{han:虎占林}}他以前是砌墙的大工，一天挣三百，现在整天躺着，脾气也坏了，摔过碗，骂过孩子。我白天出摊，夜里起来三回给他翻身，怕他生褥疮。
访谈者：孩子们呢？
受访者：两个。儿子{{han:虎永福}}十三，经名{{minority/hui:伊布}}，家里叫他{{minority/hui:尕伊布}}，在{{school:庆云县第三中学初一（5）班}}。老师点名叫他{{minority/hui:虎伊布}}，他也应。闺女{{han:虎雅琴}}九岁，经名{{minority/hui:萨迪亚}}，在{{school:庆云县渤海路小学三年级（6）班}}。{{minority/hui:萨迪亚}}她放了学就来铺子里，帮我给包子点红点。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:邵翠娥}}给两个孩子报了困境儿童，每月{{trap/number:七百八十元}}。男人是一级残疾，拿两项补贴，家里也吃上了低保。街道民政的{{han:纪振华}}上门核了两回。{{trap/org:县残联}}送来一张护理床。社工{{compound:申屠佳宁}}每周来给我男人按腿，陪他说话，她同事{{compound:公冶文博}}教闺女画画。寺里的{{han:冶文清}}阿訇常来开导{{minority/hui:穆萨力}}。
访谈者：包子一天能卖多少？
受访者：好的时候五六百个，一个一块五。冬天好卖，夏天差一点。早上来买的多半是上班的、送孩子上学的，也有开大车的司机，一买就是二十个，路上吃。有回下大雪，我以为没人来，结果门口排了一溜，都说就等这一口热乎的。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。凌晨三点起来{{trap/word:和面}}、剁馅，六点出摊，十点回家给男人翻身、擦洗，下午再蒸一锅。我妹子{{minority/hui:奈赛白}}在{{trap/place:临夏}}，每年{{trap/minority_word:古尔邦节}}寄一箱牛肉干来。对门卖烧饼的{{han:侯大姐}}帮我看过好多回摊。城管的{{han:苗建军}}也照顾，说我这摊子干净，早上多摆一会儿不碍事。
访谈者：孩子们懂事吗？
受访者：懂事。{{minority/hui:尕伊布}}放暑假天天替他爸翻身，一个人翻不动，就叫他妹妹搭把手。我唱{{trap/minority_word:花儿}}给他们听，他们笑我跑调。有一回闺女发烧，我走不开，是{{han:侯大姐}}抱着她去的诊所。
访谈者：孩子们在学校受过欺负吗？
受访者：闺女戴头巾，开头有同学笑话。班主任{{han:裴秀丽}}老师在班上讲了回族的讲究，说每个民族都有自己的规矩。后来有个同学叫{{han:齐悦悦}}，天天跟她一块儿吃饭，带的都是素菜。学校食堂没有清真窗口，中午我给两个孩子送饭，一人两个包子一碗汤。斋月里我白天不吃不喝，照样出摊。开斋那天{{han:侯大姐}}端来一碗小米粥，说知道你们有讲究，锅是新买的。我端着碗，半天说不出话。
访谈者：有什么难处？
受访者：铺子是租的，房东{{han:魏长顺}}说明年要涨租。再就是男人，他不想活了，有一回把药都攒起来了，是{{minority/hui:伊布}}发现的。后来{{han:邵翠娥}}请了县医院的心理大夫{{han:靳文涛}}来，一个月一回，他才慢慢缓过来。{{trap/place:马颊河}}边上有个老乡{{minority/hui:虎尔沙}}，也是和政人，隔三差五来陪他下棋，两个人下着下着就说起老家的事。
访谈者：您想过回老家吗？
受访者：想过。可老家没活干，地给了小叔子种，一年给我们捎几袋洋芋，孩子也在这边念惯了书。这边人好，买包子多给一块两块的，说不用找了。我就想着，等男人能坐轮椅了，让他在铺子里帮我收钱，一家人在一块儿。他现在能用手翻书了，让儿子在网上给他找了个修手机的课，说将来坐着也能干活。
访谈者：登记一下信息。
受访者：住{{address:庆云县渤海路街道北海小区8号楼2单元501室}}，铺子在{{address:庆云县中心街西段43号}}。我的身份证{{id_number@wy1983fwspaced.622925}}，男人的{{id_number@mmidx.622925}}。我电话{{mobile@s38}}，{{han:邵翠娥}}的{{mobile@fullwidth}}。我的微信{{wechat:hantai_baozi}}，老顾客订包子都发这个。儿子有个QQ，说是跟老家表哥下棋用的，号码他写在蒸笼盖里面：{{qq:2946081537}}。
访谈者：名字在表上写得对吗？
受访者：残联的表上男人是{{spaced:虎 占 林}}，学校把闺女写成{{spaced:萨　迪　亚}}，低保表上儿子成了{{spaced:虎　穆萨力}}，把他爸的经名安到他头上了。
访谈者：您最盼什么？
受访者：盼男人能坐起来，盼{{minority/hui:尕伊布}}考上大学，别跟他爸一样上架子。
""")

# H1332: Yi uncle from 布拖 raising his dead sister's two girls in 庆云 (clan names before the given name).
DOCS["H1332"] = ("family", """\
访谈者：大哥，您老家在哪儿？
受访者：四川{{trap/place:凉山}}，{{trap/place:布拖}}，{{trap/place:特木里}}那边山上。我叫{{minority/yi:海来曲哈}}，海来是我们家支，后面是我的名字。厂里人叫我{{minority/yi:曲哈}}，工牌上写的是{{minority/yi:何曲哈}}，他们说海来就是何。
访谈者：您怎么到庆云来的？
受访者：跟老乡来的，在{{trap/org:庆云经济开发区}}一家轮胎厂上班，六年了。我老婆{{minority/yi:勒格拉么}}也在厂里，包装车间。厂里的活是硫化，夏天车间四十多度，一个班下来衣服能拧出水。车间班长{{han:臧海波}}人好，知道我家里有两个丫头，从来不让我加夜班。
访谈者：两个孩子是您姐姐的？
受访者：是。我阿姐{{minority/yi:海来以伍}}前年在老家病死了，肺上的病。姐夫{{minority/yi:瓦扎么体}}七年前出去打工，再没回来，电话打不通，人找不到。两个丫头没人管了。我们彝族，舅舅最大，阿姐的孩子就是我的孩子，我回去把她们接来了。
访谈者：孩子们多大？
受访者：大的{{minority/yi:瓦扎惹作}}十二，小的{{minority/yi:瓦扎石各}}八岁，瓦扎是她们爸爸的家支。在老家叫{{minority/yi:惹作}}、{{minority/yi:石各}}，到了这边，老师写成{{minority/yi:王惹作}}、{{minority/yi:王石各}}，说瓦扎就是王。{{minority/yi:惹作}}在{{school:庆云县实验中学七年级（1）班}}，{{minority/yi:石各}}在{{school:庆云镇第二小学二年级（4）班}}。
访谈者：她们习惯吗？
受访者：刚来听不懂汉话，小的哭了一个月，吃不惯馒头，天天要洋芋。现在山东话比我说得好。{{minority/yi:惹作}}她学习好，班主任{{han:鞠文倩}}老师说她写老家的{{trap/minority_word:索玛花}}，全班都没见过。冬天这边冷，屋里没有火塘，两个丫头挤一个被窝。我们住厂里的平房，一间半，丫头们住里间，我跟她们舅妈住外间。开家长会我去，听不太懂，就让大丫头给我翻译。
访谈者：丫头们在学校有朋友吗？
受访者：有。大的同桌叫{{han:栾欣然}}，两个人好得跟亲姐妹似的，周末{{han:栾欣然}}她妈开车带她们去{{trap/place:海岛金山寺}}赶庙会。小的胆小，下了课就站在墙根，老师让班长{{han:滕雨泽}}带她跳皮筋，现在全班数她跳得高。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:宫慧敏}}说，两个孩子爸爸找不着，妈妈没了，算事实无人抚养，每人每月{{trap/number:一千二百六十元}}。户口还在布拖，乡上的干部{{minority/yi:吉觉伍哈}}帮我开了证明寄过来。县民政局的{{han:刘立冬}}跑了好几回才办下来。社工{{compound:太叔晓涵}}教小的认字，另一个社工{{compound:仲孙若谷}}帮我找律师问姐夫失踪的事。房东{{han:都振刚}}都三年没涨房租了。
访谈者：过节呢？
受访者：{{trap/minority_word:火把节}}厂里不放假，我们晚上在宿舍门口点一根蜡烛，就算过了。{{trap/minority_word:彝族年}}我请三天假，杀一只鸡，做{{trap/minority_word:坨坨肉}}。我给丫头讲{{trap/famous:支格阿鲁}}射太阳的故事，讲完她们就睡了。我阿妈{{minority/yi:吉尔日色}}一个人在老家种苦荞，{{minority/yi:勒格拉么}}说，攒够钱就把阿妈也接来。
访谈者：您和您老婆一个月挣多少？
受访者：两个人加起来七千多。房租四百，寄给阿妈五百，剩下的吃饭、给丫头买衣裳、交学校的钱。我不抽烟了，酒也少喝。老乡在一块儿爱喝酒，我跟他们说，我家有两个丫头要念书，喝不起。她们舅妈会绣花，给两个丫头一人做了一条百褶裙，六一穿去学校，老师拍了照片发到家长群里，好多家长问哪儿买的。
访谈者：姐夫那边有消息吗？
受访者：没有。{{han:刘立冬}}帮我在网上发过寻人，派出所也查过，说他最后一回用身份证是在{{trap/place:东莞}}，五年前。丫头们不问她爸，我也不提。过年她们想回老家，火车要坐两天两夜，我说等放暑假，咱们一家人回去看阿嬷。
访谈者：您自己有孩子吗？
受访者：有一个儿子，三岁，放在老家跟阿妈。一家人分两头，我心里也难。可阿姐走的时候拉着我的手，我答应过她。
访谈者：登记一下信息。
受访者：住{{address:庆云县东辛店镇工业路东首二排7号}}，老家{{address:布拖县特木里镇拉果村三组12号}}。我的身份证{{id_number@my1988tri.513429}}，大丫头的{{id_number@wy2013fw.513429}}。我电话{{mobile@plain}}，{{han:宫慧敏}}的{{mobile@s74}}。我的微信{{wechat:hailai_quha88}}。大丫头有个QQ，上网课用的，号码写在她语文书后皮上：{{qq:1638025947}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。户口本上是{{minority/yi:瓦扎·惹作}}，中间一个点；学校表上是{{spaced:瓦扎 · 石各}}，点两边还空着格；劳动合同上我是{{minority/yi:海来·曲哈}}，工资条上又成了{{spaced:海 来 曲 哈}}。
访谈者：您最盼什么？
受访者：盼两个丫头把书念出来。{{minority/yi:惹作}}说要当老师，回布拖教书。
""")

# H1333: Han 儿童主任 in 津城街道 (宁津) reading out her register.
DOCS["H1333"] = ("staff", """\
访谈者：{{han:邢大姐}}，您手里这本是什么？
受访者：困境儿童台账。我叫{{han:邢桂霞}}，在{{trap/place:津城街道}}干儿童主任第六年了。一户一页，我念，您照着记。
访谈者：好。
受访者：第一户，{{han:才思琪}}，女，十一岁，{{school:宁津县第三实验小学五年级（2）班}}。她爸{{han:才振海}}才四十出头，脑出血瘫在床上；她妈{{han:都玉萍}}都走了三年了，去了{{trap/place:天津}}，再没露面。孩子跟奶奶{{han:要秀兰}}过，老太太要强，不愿麻烦人。孩子懂事得让人心疼，作业本正面用完了用反面。住{{address:宁津县津城街道东关村四组9号}}，孩子身份证{{id_number@wy2014tri.371422}}。事实无人抚养，每月{{trap/number:一千零五十元}}，她爸拿两项补贴。
访谈者：第二户？
受访者：兄妹俩，哥哥{{han:和梓航}}和妹妹{{han:和欣悦}}。爸爸{{han:和振东}}因为诈骗在{{trap/place:聊城}}服刑，妈妈精神残疾，住在娘家。俩孩子跟着爷爷{{han:和庆丰}}和奶奶。{{han:和梓航}}在{{school:宁津县城关中学八年级（5）班}}，妹妹在{{school:津城街道中心小学一年级（3）班}}，胆小，见了生人就往爷爷身后躲。住{{address:宁津县津城街道和平街东巷22号}}，哥哥的身份证{{id_number@my2011.371422}}。服刑人员子女补助，每人每月{{trap/number:八百四十元}}。
访谈者：第三户？
受访者：孤儿，{{han:向明远}}，男，十四。爹娘前年在{{trap/place:京沪高速}}上出了车祸。现在跟姑姑{{han:向立红}}过，是{{han:向立红}}向街道递的申请，孤儿基本生活费每月{{trap/number:一千五百二十元}}。他的身份证{{id_number@my2011fwhyphen.371422}}。姑父{{han:房永和}}和她一样是种地的，开始不大乐意，嫌家里挤，后来也把孩子当自个儿的了。孩子爱画画，说要当{{trap/famous:齐白石}}，照着手机里的照片画了一张他爹娘，贴在床头。
访谈者：第四户？
受访者：回族，爸爸{{han:马德义}}尿毒症，一礼拜透析三回。孩子学名{{han:马骏宇}}，经名{{minority/hui:亚哈雅}}，九岁；妈妈经名{{minority/hui:赫迪洁}}，在{{trap/org:清真寺}}边上卖馓子。{{minority/hui:亚哈雅}}他每天放了学先去透析室等他爸。{{minority/hui:赫迪洁}}一个人又卖馓子又照顾病人，去年冬天累得晕在摊子上，是隔壁修车的{{han:冯海鹰}}送的医院。低保全额，孩子算困境儿童。爸爸的身份证{{id_number@mmidfwx.371422}}。
访谈者：您怎么跟这些户联系？
受访者：没手机的我就上门。{{han:要秀兰}}耳朵背，我找她邻居{{han:乜桂荣}}传话。{{han:和庆丰}}有个老人机，号码{{mobile@h38}}。街道里管这块的{{han:让主任}}让我们每季度入户一回，材料报县{{trap/org:民政局}}。社工站的{{compound:即墨思彤}}跟第一户、第三户，她老家就是{{trap/place:即墨}}，姓也是这两个字。另一个社工{{compound:公羊若溪}}跟第二户。
访谈者：这几户里哪家最让您操心？
受访者：第一户。老太太七十六了，孙女洗头洗澡都是自己来，十一岁的孩子会蒸馒头。去年冬天老太太摔了一跤，孩子一个人把她扶到床上，才给我打电话。我去的时候，孩子正蹲在灶前烧火，锅里熬的是小米粥。后来我们给她家装了个一键呼叫，连着我和{{han:乜桂荣}}的手机。
访谈者：您是怎么当上儿童主任的？
受访者：原来在社区管计生，后来计生这块撤了，街道让我兼着干。开头我也不懂，去县里培训了三回，讲政策、讲怎么入户、怎么看孩子的眼神。培训的老师{{han:路晓光}}说，儿童主任就是孩子身边最后一道门。这话我一直记着。街道分管这块的副主任{{compound:上官书亭}}也常说，台账不是给上面看的，是给孩子看的。
访谈者：一个月有补贴吗？
受访者：有，不多，三百块。可看着孩子们一年年长大，心里觉得值。第二户那个哥哥，这回期中考了年级前五十，他爷爷{{han:和庆丰}}和我说这事的时候，嘴都合不上。
访谈者：台账上名字写得对吗？
受访者：不全对。{{spaced:才 思 琪}}中间空了格，{{spaced:向　明　远}}也是；社工的名字写成{{spaced:即 墨 思 彤}}；{{spaced:和梓 航}}断成两截。年底我一户一户核。
访谈者：做这个最难的是什么？
受访者：孩子心里的事。第三户那孩子头半年一句话不说，放学就把自己关屋里。后来{{compound:即墨思彤}}带他去打篮球，他才开口。再就是老人不会用手机，补助到了也不知道，我得挨家去说。有的家长嫌丢人，不愿意报，说我们家不是要饭的。我就跟他们讲，这是孩子该得的，不是施舍。
访谈者：疫情那几年怎么过来的？
受访者：那几年最难。入户进不去，我就隔着门问，把米面油放在门口。第一户老太太不会用手机登记，我每回都替她排队。有一回下大雨，我在她家门口站了一个钟头等她开门，回去就发烧了。
访谈者：您留个联系方式？
受访者：我的电话{{mobile@plus86spaced}}，微信{{wechat:xinggx_jcjd}}。有事就找{{han:邢桂霞}}。
""")

# H1334: Han social worker in 渤海路街道 (庆云) who reaches her children on QQ and their families on WeChat.
DOCS["H1334"] = ("staff", """\
访谈者：{{han:小尹}}，你手机一直在响。
受访者：不好意思，孩子们这会儿放学。我叫{{han:尹晓彤}}，{{trap/place:渤海路街道}}社工站的，跟着二十九个困境儿童。现在的孩子不爱接电话，都在QQ上找我，家长用微信。
访谈者：刚才是谁？
受访者：{{han:能博宇}}，初二的男孩，他爸{{han:能国栋}}因为盗窃判了三年。这孩子QQ签名天天换，今天写的是“没人管我”，我得回他一句。他上礼拜把头发染成了黄的，被老师叫家长，他奶奶来不了，是我去的。他的QQ{{qq:730941582}}，我置顶了。他奶奶{{han:能凤霞}}能干，七十了还在河滩上种菜，可孩子的心事她管不了。
访谈者：您一般怎么回？
受访者：先不讲道理，先问他吃饭没有。孩子们有自己的叫法，{{han:能博宇}}管我叫{{han:尹姐}}，小的叫我{{han:彤彤}}姐。
访谈者：还有哪些孩子？
受访者：一个彝族小姑娘，{{minority/yi:吉觉曲嫫}}，十岁，爸爸在钢丝厂，妈妈{{minority/yi:阿苦么呷}}去年回凉山就没再来。孩子在{{school:庆云县渤海路小学四年级（2）班}}，同学叫她{{minority/yi:曲嫫}}，作业本上她自己写{{spaced:吉 觉 曲 嫫}}。她爸的电话{{mobile@p86n}}。还有个女孩叫{{han:也欣妍}}，也是单亲，她妈{{han:把晓云}}把她放在姥姥家，自己在{{trap/place:乐陵}}打工。{{han:也欣妍}}的QQ是{{qq:2150864739}}，她妈的微信{{wechat:wxid_8k3m5q2v7n}}。
访谈者：家长们都用微信？
受访者：多数用。{{han:能凤霞}}不会打字，用孙子的微信{{wechat:nenghr_2012}}给我发语音，一发就是六十秒。有时候一天能收二百多条消息，手机内存都满了。有的老人连智能机都没有，我就打座机，要不就骑电动车去。
访谈者：这么多消息，您回得过来吗？
受访者：回不过来。晚上十点以后我只看置顶的。上个月{{han:能博宇}}半夜一点在QQ上说他想从{{trap/place:马颊河}}桥上跳下去，我打给他奶奶，又打{{trap/hotline:110}}，跟派出所的{{han:翟警官}}一块儿在桥头找着他。他蹲在桥栏杆边上，穿着拖鞋，冻得直哆嗦，被{{han:翟警官}}一把拉进了警车。我没骂他，把我的羽绒服给他披上，领他去吃了碗馄饨。从那以后，我的工作手机{{mobile@fws}}二十四小时开着。
访谈者：那以后他怎么样了？
受访者：好些了。我们给他找了县医院的心理医生{{han:房静怡}}，两个礼拜去一回。他爸在监狱里给他写了封信，是我念给他听的，他听完没说话，把信叠好夹在英语书里了。这学期他期中考了班里第十九，以前都是倒数。
访谈者：那个彝族小姑娘现在怎么样？
受访者：{{minority/yi:曲嫫}}刚来的时候一句汉话不会，上课就趴着。我们找了个会说彝语的志愿者，在{{trap/org:德州学院}}念书的{{minority/yi:俄木拉布}}，每个礼拜视频给她补课。现在她会用QQ给我发表情包了，一发就是一串小兔子。她爸在钢丝厂三班倒，我跟厂里的{{han:丛主任}}商量，让他尽量上白班。
访谈者：您自己家里呢？
受访者：我儿子四岁，我老公{{han:庄晓明}}跑物流，常不在家。有一回我半夜出去找孩子，把儿子锁在家里，回来他坐在门口哭。我老公说，你管别人家的孩子，自己家的不管。我没吭声，第二天把儿子送到我妈家住了一个礼拜。说实话，干这行的，谁家里没点亏欠。
访谈者：孩子们在QQ上都跟您说什么？
受访者：啥都说。考试没考好的，跟同学闹别扭的，想爸爸妈妈的，还有问我喜欢哪个明星的。有个初三的女孩，半夜给我发她写的诗，写她妈走的那天下雨。我不会写诗，就回她一句，写得好，早点睡。第二天她又发来一首。
访谈者：孩子们的号码您怎么管？
受访者：孩子们的QQ我从不往外给，谁要都不给，家长也一样，得孩子自己点头。家长群里有人乱发链接、发借钱的，我一律踢出去。去年有个骗子冒充学校收资料费，我在群里挨个打电话提醒，才没人上当。
访谈者：站里有人替您吗？
受访者：有两个同事，{{compound:万俟子睿}}管{{minority/yi:曲嫫}}那几个外地孩子，{{compound:第五思齐}}管残疾儿童。督导{{compound:端木怀瑾}}每月来一回，看我们的记录。我还有个小号QQ，专门给孩子们用，号码{{qq:96427051}}，签名写着：有事就说，姐在。
访谈者：名字在你们的表上写对了吗？
受访者：系统里{{spaced:能博 宇}}多了个空格，{{spaced:万 俟 子 睿}}被拆开，同事们都笑他成了四个人；我自己也被写成{{spaced:尹　晓　彤}}。
访谈者：您最想要什么？
受访者：再来一个人。站里经费就那么些，孩子们过生日，蛋糕是我自己掏钱买，一年下来也得两三千。要不然哪天我病了，这二十九个孩子找谁去？找{{han:尹晓彤}}，{{han:尹晓彤}}也只有一个。
""")

# H1335: Han grandfather in 柴胡店镇 (宁津) raising a grandson with Down syndrome.
DOCS["H1335"] = ("family", """\
访谈者：大爷，孩子多大了？
受访者：十岁了，生下来就是{{trap/word:唐氏综合征}}。俺叫{{han:綦德厚}}，{{trap/place:柴胡店}}镇{{trap/place:綦家庄}}的，今年六十八。孩子大名{{han:綦浩宇}}，俺们都叫他{{han:大墩}}，是他奶奶起的，盼他长得结实，他也真长得敦实。
访谈者：孩子爸妈呢？
受访者：他娘{{han:桑晓娟}}坐完月子，一听是这个病，抱回娘家就不要了，后来离了。他爹{{han:綦振杰}}在{{trap/place:天津}}工地上扎钢筋，一年回来一趟，钱也寄得少。老伴{{han:崔玉兰}}前年脑梗走了，就剩俺爷俩。
访谈者：孩子在哪上学？
受访者：{{school:宁津县特殊教育学校培智三年级（1）班}}，住校，礼拜五俺骑三轮去接。一个班八个孩子，三个老师，比普通学校还细心。老师{{han:岳晓琳}}教他系鞋带、数数，教了一年，会数到二十了。{{han:大墩}}见了谁都笑，见了{{han:岳晓琳}}老师就扑上去抱。
访谈者：孩子在家里都干些什么？
受访者：跟着俺。俺喂鸡他撒玉米，俺扫院子他拿个小笤帚跟着扫。他说话不清楚，光会说“爷爷”“吃”“走”，可心里啥都明白。俺血压高，一头晕坐在地上，他就跑去敲{{han:葛二嫂}}家的门，拉着她往俺家走。
访谈者：都有谁帮你们？
受访者：村里的儿童主任是俺侄媳妇，{{han:綦大嫂}}，给孩子办了残疾证，二级，拿两项补贴，又报了困境儿童，一个月{{trap/number:六百三十元}}。镇上民政的{{han:还立柱}}还专门来看过两回，说他爹不管，能算事实无人抚养，正给俺们报着。{{trap/org:县残联}}的{{han:阚凤霞}}给孩子申请了康复训练，康复中心的{{han:蒯大夫}}每礼拜给他做一回语言训练。社工{{compound:呼延梦洁}}隔半月来一趟，教俺咋跟孩子说话，别光吼。
访谈者：康复训练有效果吗？
受访者：有。{{han:蒯大夫}}教他吹蜡烛、吹泡泡，说是练嘴上的劲儿。现在他能说三个字的话了，“爷爷饭”“爷爷走”。大夫说，这样的孩子学得慢，可只要有人教，就一直往前走。
访谈者：一年收入有多少？
受访者：种了六亩地，玉米麦子，一年落个八九千。加上补贴、低保，够俺俩吃穿。就是看病花钱，孩子心脏也不大好，一年得去{{trap/place:德州}}查两回，医保报一多半。
访谈者：村里人怎么看这孩子？
受访者：大多数人好。也有那嘴欠的，管他叫傻子，俺听见了就跟人家急。村支书{{han:老纪}}在大喇叭上说过，谁再欺负这孩子，就是跟全村过不去。打那以后没人敢了。村东头的{{han:邴大娘}}还常给他送煮鸡蛋，一送就是俩。
访谈者：平常谁帮您搭把手？
受访者：邻居{{han:葛二嫂}}，俺去赶集就把孩子放她家。赶上俺下地，就让他坐在地头的树荫底下，给他一把小铲子挖土玩，他能玩一上午。{{han:老纪}}说，有事你就吱声。村里的会计{{han:就海明}}就住俺家后头，孩子的表都是他帮着填的。院里有棵{{trap/word:桑树}}，夏天{{han:大墩}}爬上去摘桑果，吃得满脸紫。秋天他跟着村里的孩子逮{{trap/word:蟋蟀}}，逮着了就给俺看，{{trap/word:高兴}}得直拍手。
访谈者：您担心什么？
受访者：担心俺走了他咋办。俺现在每天早上起来先摸摸胸口，还跳，就接着干。电视上那个指挥乐队的{{trap/famous:胡一舟}}，跟俺孙子一个病，人家有爹娘护着。俺跟{{han:綦振杰}}说了多少回，你是他爹，他不吱声。{{han:綦大嫂}}说，实在不行，将来送{{trap/org:福利院}}。俺听了心里不得劲，一宿没睡着。
访谈者：孩子他娘来看过吗？
受访者：来过一回，前年冬天，站在门口不敢进。孩子不认得她，躲在俺身后。她哭了一场，留下一箱奶走了。俺不怨她，她也年轻，这病搁谁家都是个坎。就是孩子可怜。
访谈者：孩子他爹回来过吗？
受访者：过年回来，住三天就走。{{han:大墩}}不认生，见了他也喊爸爸，往他怀里钻。他爹抱着孩子，眼圈也红。临走塞给俺两千块钱，说爹你受累了。俺不要钱，俺要他常回来看看。俺今年把遗嘱也写了，房子、地都留给孩子，让村里做个见证。
访谈者：登记一下信息。
受访者：家在{{address:宁津县柴胡店镇綦家庄村五组18号}}。俺的身份证{{id_number@my1957hyphen.371422}}，孩子的{{id_number@my2015.371422}}。俺电话{{mobile@spaced}}，他爹的{{mobile@plus86dash}}。俺不会弄微信，{{han:綦大嫂}}的微信是{{wechat:qi_dasao1982}}。他爹不接电话，俺就让{{han:綦大嫂}}在QQ上给他留言，号码俺拿粉笔写在门框上：{{qq:1027364958}}。
访谈者：名字写对了吗？
受访者：残疾证上是{{spaced:綦 浩 宇}}，低保表上俺是{{spaced:綦德 厚}}，离婚判决书上他娘是{{spaced:桑　晓　娟}}。
访谈者：您最盼什么？
受访者：盼俺多活几年，看着{{han:大墩}}学会自个儿吃饭、自个儿穿衣裳。
""")

# H1336: Han township civil-affairs clerk in 尚堂镇 (庆云).
DOCS["H1336"] = ("staff", """\
访谈者：您在镇上管哪一块？
受访者：民政办，低保、特困、孤儿、困境儿童都归我们。我叫{{han:仉文静}}，在{{trap/place:尚堂镇}}干了九年。我把手头这几户跟您说说。
访谈者：好。
受访者：头一户，{{han:还雨萌}}，女孩，还不到六岁。爸爸{{han:还德胜}}吸毒，强制隔离戒毒两年；妈妈{{han:薛丽娜}}跑了，找不着人。孩子跟太奶奶过，太奶奶八十一，眼神不好，穿针都穿不上，可每天早上给孩子梳两个小辫儿。算事实无人抚养，每月{{trap/number:一千零八十元}}。住{{address:庆云县尚堂镇薛家村二组16号}}。孩子的身份证{{id_number@wy2020spaced.371423}}。
访谈者：第二户？
受访者：{{han:让子豪}}，男，十二，{{school:尚堂镇中心小学六年级（2）班}}。爸爸{{han:让金宝}}因为故意伤害在{{trap/org:鲁中监狱}}服刑，还有五年。妈妈改嫁了。{{han:让子豪}}让他爷爷操碎了心，逃学、上网吧。爷爷{{han:让福田}}来镇上哭过。服刑人员子女补助每月{{trap/number:八百二十元}}。爷爷电话{{mobile@s74}}。
访谈者：第三户？
受访者：是彝族，从{{trap/place:昭觉}}来的。爸爸{{minority/yi:吉子拉古}}前年在镇上的铸造厂出了工伤，人没了；妈妈{{minority/yi:阿侯么作}}带着儿子{{minority/yi:吉子哈体}}留在这边，在饭店洗碗。孩子九岁，在{{school:尚堂镇中心小学三年级（5）班}}，同学叫他{{minority/yi:哈体}}。户口本上是{{minority/yi:吉子·哈体}}，学籍表上成了{{spaced:吉子 · 哈体}}。孩子算困境儿童，妈妈的低保我们跟{{trap/place:凉山}}那边对接了半年才办下来。妈妈电话{{mobile@plus86spaced}}。
访谈者：第四户？
受访者：{{han:有翠莲}}有个闺女叫{{han:小苗儿}}，脑瘫，一级，十一岁还不会走，爱听广播，一听见唱歌就咧着嘴笑。{{han:有翠莲}}的男人{{han:冀长春}}在{{trap/place:东营}}油田上干活。孩子拿两项补贴，一个月{{trap/number:二百九十元}}，还有困境儿童的钱。住{{address:庆云县尚堂镇冀庄村四组3号}}，孩子身份证{{id_number@wy2014fullwidth.371423}}。
访谈者：你们怎么发现这些孩子？
受访者：一靠村里的儿童主任报，二靠学校，三靠我们每年两回的排查。排查的时候挨家挨户走，看谁家大人病了、谁家大人不在了、谁家孩子没人管。还有邻居悄悄打电话来，说那家孩子三天没见着大人了。接了电话，当天就得去。
访谈者：办下来以后呢？
受访者：办下来不算完。每个孩子一个档案，半年回访一回，看钱是不是花在孩子身上了。有一户爷爷拿补助钱买酒喝，我们跟村里商量，改成把钱打到孩子的卡上，每月让儿童主任陪着去取，买了什么记个账。冬天我们给每户送了一床新棉被，是县{{trap/org:慈善总会}}拨的。
访谈者：这些户您怎么跟？
受访者：我们办公室三个人：我，{{compound:司空语嫣}}，还有新来的{{compound:颛孙沐阳}}。县民政局对口的是{{compound:夏侯文轩}}，每月来查台账。各村的儿童主任，薛家村是{{han:薛春霞}}，冀庄村是{{han:冀婶}}。{{han:冀婶}}不会用电脑，表都是{{compound:颛孙沐阳}}帮她填。
访谈者：第三户那个孩子现在怎么样？
受访者：{{minority/yi:哈体}}挺皮，上课坐不住，可跑得快，镇上运动会拿了六十米第一。他妈汉话说不好，每回来办事都拿着一张纸，上面是孩子老师替她写的字。我们给她找了个活，在镇敬老院帮厨，比洗碗轻快，离家也近。敬老院的院长{{han:宿长青}}说，她干活实在，一个顶俩。
访谈者：有没有办不下来的？
受访者：有。一户孩子的爸爸在外地打工，就是不管孩子，可也不算失联，按政策够不上事实无人抚养，我们只能先报临时救助，再让村里盯着。还有一户，奶奶怕人笑话，不让报，说家丑不外扬。我去了四趟，{{compound:司空语嫣}}陪着，才把老人说通。
访谈者：这些年有什么变化？
受访者：以前只有孤儿有钱，爹妈一个在一个不在的孩子没人管。现在有了事实无人抚养这一项，服刑的、戒毒的、找不着人的，都能报。可材料难开，一个失联证明，派出所、村委、镇上来回跑，我最多的一户跑了十一趟。镇长{{han:苏立民}}说，跑断腿也得跑，孩子等不起。
访谈者：表上名字写对了吗？
受访者：不对的多。{{spaced:颛 孙 沐 阳}}被拆开，{{spaced:司空 语嫣}}断成两截，{{spaced:让 子 豪}}，还有{{spaced:还　雨　萌}}。
访谈者：联系方式？
受访者：我的电话{{mobile@fullwidth}}，工作微信{{wechat:zhangwj_shangtang}}，QQ{{qq:3184072659}}。
访谈者：做这个工作，您最想说什么？
受访者：钱是国家给的，腿是我们跑的，可真正天天守着孩子的，是村里那些儿童主任。头一户那个小闺女，是{{han:薛春霞}}天天去送饭。我得谢谢{{han:薛春霞}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1329,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout169",))


if __name__ == "__main__":
    main()
