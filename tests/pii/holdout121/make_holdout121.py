# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 121 (tests/pii/holdout121/H953-H960 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 120, written at the same time, is not
an earlier set).

Set 121 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
宣城 and 铜陵 (Anhui): a Mongolian mother from 乌拉特前旗 who works in a 宣城 paper mill, her husband a herder killed
in a snowstorm, her daughter with her and her son with his grandmother in the gacha; an Amdo Tibetan grandfather
from 泽库 (和日镇) raising three grandchildren while his son works in a 铜陵 copper smelter; a Kazakh mother from
塔城 who cleans offices in 铜官区 and raises a daughter with epilepsy, her Han husband in prison; a Yi father from
美姑 on a road crew in 旌德 (宣城), his wife dead and his two children with his mother; a Han widow in 义安区 whose
husband died in an accident at the smelter; a Han community worker in 宣州区 (西林街道) reading out her list; a Han
middle-school class teacher in 泾县 (茂林) going through her four cases; and a Han aunt in 枞阳 (浮山) raising the two
children of her late sister, whose husband is in prison. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names used whole (哈斯毕力格, 呼和吉雅她, 哈斯塔娜) and
with short and fond forms (萨础拉图 then 萨础也, 钢宝力道 then 钢宝, 巴彦孟克 then 巴彦他, 图雅娜 then 娜娜), a Han
surname before a Mongolian given name (奇敖登格日勒 on a factory badge, 奇巴彦孟克 in a school register) and the Han
name and factory form of address of the same people (奇悦彤, 敖姐); Amdo Tibetan names of 泽库 (豆格才让 then 豆格阿爷,
娘本加 then 娘本, 卡先加 then 卡先他, 吉毛太 called 卓卓, 切吉草, 桑杰拉毛, 拉加草, 才项多杰 then 才项) and a Han surname
before a Tibetan given name (何娘本, 何卡先) beside the Han nickname 小何; Kazakh given name + father's name with the
dot (库丽夏·叶尔波拉提, 马吾列提·卡德尔别克, 叶尔波拉提·沙力克, 巴丽汗·努尔江) and short forms (库丽夏, 马吾列提他,
巴丽汗), a Han surname before a Kazakh given name (都艾丽达) beside the same girl's Han name (都佳怡) and her Kazakh
name alone (艾丽达她); Yi clan + given names (吉史伍牛, 吉史友呷, 吉史布果, 阿苦以作, 曲莫伍果, 阿西日莫, 阿苦尔且,
俄木约哈, 马海阿木, 瓦其伍支她, 马海尔且) with the given name alone (伍牛, 友呷, 布果她) and the first syllable of the
clan taken for a surname (吉友呷, 马尔且) beside Han names of the same man (吉国平, 吉哥); Han names with common and
rare surnames of the region (汪, 詹, 贡, 檀, 佘, 阮, 章, 疏, 操, 光, 宛, 查, 翟, 项, 钱, 左, 盛, 管); surnames that are
ordinary words, directly after or before grammar words (和国栋和我说, 能秀兰能说会道, 才文斌才调来, 要永刚要他,
也红梅也是, 都志强都进去, 有庆丰有良心, 就卫东就住在, 把德旺把我男人, 被桂芝被她儿子, 向守仁向来, 我让让家豪,
还雨彤, 都晓雯都十四了, 就春兰就住在, 也志国也来过) and given names that end in or contain such characters
(朱家和和妹妹, 胡有为有时候, 光永福, 有庆丰); names that contain words (朱家和, 胡有为, 光永福, 钱立新, 钱德宝);
titles and kin words after names (贡慧琴老师, 韩永霞老师, 钱雅琴老师, 左振华大夫, 江晓东老师, 宛桂芬阿姨, 管秀凤阿姨,
左晓燕老师; the span is the name only), a surname with only a title or kin word, annotated whole (敖姐, 吉哥, 老佘,
檀老师, 翟老师, 汪主任), nicknames and local forms of address, annotated whole (小何, 铜娃也, 杰伢也; 娜娜 and 卓卓
are minority); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, and a name closing
the last sentence (最该谢的人是汪晓娟。, 最放心不下的是卓卓。, 最该谢的，是有庆丰。, 第一个冲进去的是把德旺。,
头一个要谢的，是就春兰。); names spaced out character by character in half- and full-width spaces (敖 登 格 日 勒,
豆 格 才 让, 桑　杰　拉　毛, 都 艾 丽 达, 吉 史 伍 牛, 阿 苦 以 作, 马 海 尔 且, 淳 于 嘉 宁, 太 史 文 骞, 西 门 语 桐,
闻 人 志 远, 图　雅　娜, 阮　秀　琴, 让　家　豪, 疏　雨　晴), a dotted name with spaces around the dot
(库丽夏 · 叶尔波拉提) and names split in two (哈斯 毕力格, 巴彦　孟克, 娘本 加, 库丽夏 叶尔波拉提, 吉史　友呷,
吉史 布果, 左丘 思齐, 朱家 和); compound surnames after ordinary words (濮阳, 申屠, 夏侯, 宗政, 公冶, 端木, 呼延, 南宫,
淳于, 百里, 东门, 轩辕, 独孤, 左丘, 太史, 西门, 第五, 公西, 司空, 万俟, 闻人); and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和国栋}}``, ``{{qq:2840617395}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013tri.340706}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fw, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 阿姨, 阿爷) and a particle,
pronoun, adverb or verb written directly after a name (说, 也, 都, 就, 她, 他, 和, 能, 有, 要, 才, 把, 被, 向来) are
outside the span; a surname with only a title or kin word (檀老师, 翟老师, 汪主任, 老佘, 吉哥, 敖姐) and a nickname or
local form of address (小何, 铜娃, 杰伢) are annotated whole. Han-style names of Mongolian, Tibetan, Kazakh and Yi
people (奇悦彤, 都佳怡, 吉国平, 沙建明) are category han; a Han surname (or a clan syllable taken for one) before a
non-Han given name (奇敖登格日勒, 奇巴彦孟克, 何娘本, 何卡先, 都艾丽达, 吉友呷, 马尔且) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout121/make_holdout121.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(121_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176", "181",
                   "183", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H953: Mongolian mother from 乌拉特前旗 who works in a 宣城 paper mill; her husband, a herder, died in a snowstorm;
# her daughter is with her, her son with his grandmother in the gacha.
DOCS["H953"] = ("family", """\
访谈者：大姐，您在纸厂做的是什么活？
受访者：复卷车间，把大卷的纸切成小卷，再打包。我叫{{minority/mongolian:敖登格日勒}}，老家在{{trap/place:乌拉特前旗}}，{{trap/place:乌拉山}}北边的牧区。工牌上登记的是{{minority/mongolian:奇敖登格日勒}}，跟的是公公家的汉姓。厂里人嫌名字长，都喊我{{han:敖姐}}。
访谈者：怎么从内蒙古到{{trap/place:宣城}}来了？
受访者：前年冬天刮{{trap/word:白毛风}}，我男人{{minority/mongolian:哈斯毕力格}}骑摩托出去找羊，再没回来。三天后他哥{{minority/mongolian:萨础拉图}}带着嘎查的人，在一个雪窝子里找到他，人已经冻硬了。羊死了一大半，还欠着买草料的钱。同嘎查的姐妹{{minority/mongolian:哈斯塔娜}}嫁到了宣城，说这边纸厂招人、包吃住，我就带着女儿来了。
访谈者：孩子们现在在哪儿？
受访者：女儿{{minority/mongolian:图雅娜}}十四，跟着我，在{{school:宣州区双桥中学八年级（5）班}}，学校给起了个汉名叫{{han:奇悦彤}}，我还是叫她{{minority/mongolian:娜娜}}。儿子{{minority/mongolian:巴彦孟克}}九岁，跟奶奶{{minority/mongolian:呼和吉雅}}在嘎查，读{{school:乌拉特前旗第三小学三年级（2）班}}，花名册上写成{{minority/mongolian:奇巴彦孟克}}。{{minority/mongolian:巴彦}}他想爸爸，晚上抱着他爸的{{trap/minority_word:蒙古袍}}睡。
访谈者：老家那边谁在帮？
受访者：{{trap/minority_word:嘎查达}}{{minority/mongolian:钢宝力道}}给报了低保，两个孩子没了父亲，按困境儿童每人每月{{trap/number:一千零八十元}}。{{minority/mongolian:钢宝}}还把我家剩下的羊代养着，不要钱。苏木的儿童主任{{han:韩美荣}}一个月去看一回奶奶，入冬拉去一车煤。旗民政局的{{han:白春岐}}来核过材料。奶奶七十二了，眼睛不好，{{minority/mongolian:呼和吉雅}}她还天天给孙子熬奶茶、补书包。{{minority/mongolian:萨础}}也常去帮着干活。
访谈者：您男人出事那天，是什么情形？
受访者：那天早上天还好好的，他说去北边的草场把羊赶回来，中午就回。下午风就起来了，雪横着走，对面站个人都看不见。羊自己跑回来一半，他没回来。我跟奶奶站在门口喊，嗓子都喊哑了。找到他的时候，他怀里还揣着给儿子买的奶糖。那以后我一听见刮风就心慌。
访谈者：宣城这边呢？
受访者：车间主任{{han:和国栋}}和我说，家里有事就开口，他把我从夜班调到了白班，好让我晚上看着女儿写作业。同班组的{{han:能秀兰}}能说会道，教我说宣城话，我教她熬奶茶。刚来的时候车间里机器响，我听不懂话，总是慢半拍，被组长说过好几回，是{{han:能秀兰}}一个动作一个动作教我，三个月就跟上了。社区的儿童主任{{han:汪晓娟}}帮{{minority/mongolian:图雅娜}}办了转学，又帮我申请了临时救助。区社工站的{{compound:濮阳若岚}}每月来一次，同来的社工{{compound:申屠皓月}}给女儿补英语。班主任{{han:贡慧琴}}老师说，{{han:奇悦彤}}数学在班上排前五。
访谈者：女儿适应吗？
受访者：头半年不行，吃不惯米饭，哭着要回草原。班上有个女同学叫{{han:詹可欣}}，天天拉着她去食堂。现在好了，周末还带我去爬{{trap/place:敬亭山}}，给我背{{trap/famous:李白}}的诗，什么“相看两不厌”。她说放暑假要带弟弟来看{{trap/word:宣纸}}是怎么造出来的。
访谈者：您自己身体怎么样？
受访者：车间又湿又热，纸屑乱飞，我鼻炎犯了一冬天。一个月拿四千二，寄两千回去。晚上睡不着，就在手机上听{{trap/minority_word:乌力格尔}}，听着听着像是回了家。宿舍没有空调，夏天我跟女儿把席子铺在地上睡。冬天倒比草原好过，就是湿，被子总是潮的。我隔几天煮一锅羊肉面，宿舍里的姐妹都来吃。
访谈者：跟儿子怎么联系？
受访者：每天晚上八点视频。奶奶不会用手机，是{{minority/mongolian:钢宝}}的媳妇教会的。儿子在视频里给我看他的作业，看他喂的小羊羔。有一回他问我，阿妈你是不是不要我了，我在宿舍楼道里哭了好久。{{han:奇悦彤}}就拿过手机，给弟弟讲学校里的事，讲了一个钟头，把他讲笑了才挂。
访谈者：登记表上的信息请您说一下。
受访者：老家{{address:乌拉特前旗额尔登布拉格苏木哈拉图嘎查三组9号}}，这边住{{address:宣州区经济开发区纸厂职工宿舍3栋106室}}。我的身份证{{id_number@wy1986spaced.150823}}，儿子的{{id_number@my2016.150823}}。我电话{{mobile@s434}}，{{minority/mongolian:哈斯塔娜}}的{{mobile@hyphen}}。我的微信叫{{wechat:aodeng_wlt1986}}。女儿有QQ，号码她念了两遍，我用眉笔记在工资条背面：{{qq:2840617395}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我成了{{spaced:敖 登 格 日 勒}}，她爸写成{{spaced:哈斯 毕力格}}，学校表上女儿是{{spaced:图　雅　娜}}，儿子是{{spaced:巴彦　孟克}}。
访谈者：最后还想说什么？
受访者：等儿子小学毕业，我想把他也接来。女儿说，在宣城最该谢的人是{{han:汪晓娟}}。
""")

# H954: Amdo Tibetan grandfather from 泽库 raising three grandchildren while his son works in a 铜陵 copper smelter.
DOCS["H954"] = ("family", """\
访谈者：阿爷，家里现在几口人？
受访者：我，还有三个孙子孙女。我叫{{minority/tibetan:豆格才让}}，六十八了，家在{{trap/place:泽库}}县{{trap/place:和日镇}}，放了一辈子牦牛。村里年轻人都叫我{{minority/tibetan:豆格}}阿爷。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿媳{{minority/tibetan:切吉草}}五年前生老三的时候大出血，没救过来。儿子{{minority/tibetan:娘本加}}在安徽{{trap/place:铜陵}}的炼铜厂上班，去了三年了。厂里工牌上写的是{{minority/tibetan:何娘本}}，随了他舅舅家的汉姓，工友们又叫他{{han:小何}}。
访谈者：三个孩子多大？
受访者：老大是丫头，{{minority/tibetan:桑杰拉毛}}，十三，在{{school:泽库县民族中学初一（3）班}}住校。老二是儿子，{{minority/tibetan:卡先加}}，十岁，在{{school:和日镇寄宿制小学四年级（2）班}}，汉语老师点名叫他{{minority/tibetan:何卡先}}，我们叫他{{minority/tibetan:卡先}}。老三是丫头，{{minority/tibetan:吉毛太}}，六岁，家里叫她{{minority/tibetan:卓卓}}，还没上学。
访谈者：孩子们的妈妈走的时候，您是怎么撑过来的？
受访者：那年冬天最难。老三刚生下来没奶吃，我抱着她挨家挨户去讨，村里有奶的媳妇都喂过她。儿子在县医院守了他媳妇三天，回来一句话不说，坐在帐房外头一直坐到天亮。过了一个月，他说要出去打工，家里欠了医院两万多，我没拦他。
访谈者：您一个人带三个，怎么过的？
受访者：天不亮起来{{trap/minority_word:煨桑}}、烧茶，给{{minority/tibetan:卓卓}}梳头。{{minority/tibetan:卡先}}他调皮，放学不回家，跑到河滩上扔石头。老大懂事，周末回来替我挤奶、背牛粪。夏天搬到夏季草场，{{minority/tibetan:吉毛太}}跟着我住帐房，晚上听我讲{{trap/famous:格萨尔}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{minority/tibetan:拉加草}}给我家报了低保，三个孩子没了妈，算困境儿童，每人每月{{trap/number:九百六十元}}。乡里的民政干部{{han:才文斌}}才调来半年，已经上门三趟了。县民政局的{{han:马桂芝}}帮老大申请了助学金。老大的班主任{{han:韩永霞}}老师每个礼拜给我打个电话。县社工站的{{compound:夏侯晨阳}}每月来一回，给老大做心理辅导。隔壁的{{minority/tibetan:才项多杰}}有摩托，帮我把老大送到县城的学校。{{minority/tibetan:才项}}说，阿爷你别操心，有我呢。
访谈者：儿子在那边怎么样？
受访者：炉前工，热，一个班十二个钟头。班长{{han:要永刚}}要他多喝水，不许他抽烟。铜陵社区的社工{{compound:宗政沐阳}}帮他办了居住证，还带他去医院看了胃。厂里的工友{{han:檀建华}}家就在{{trap/place:铜官区}}，过年请他去家里吃饭。他一个月寄回来三千五。去年{{trap/minority_word:洛萨}}回来过一次，给孩子们带了{{trap/word:白姜}}和点心，{{minority/tibetan:卓卓}}抓着阿爸的衣服不放。
访谈者：孩子们想爸爸吗？
受访者：想。老三问阿爸在哪里，我指着东边说，在太阳出来的地方。老二在本子上画了一个大炉子，说爸爸在炉子旁边。老大学习好，藏文、汉语都是班上前几名，说以后要当医生，给阿爷治腿。老二不爱念书，喜欢骑马，去年在乡里的赛马会上跑了第三，老师说他聪明，就是坐不住。
访谈者：儿子在铜陵习惯吗？
受访者：刚去的时候吃不惯米饭，天天吃方便面，又热，身上起了一片一片的疹子。后来厂里食堂的师傅给他单做面片。他说铜陵到处是山，山里都是铜，跟我们这里山上都是草不一样。他在电话里学安徽话给孩子们听，孩子们笑得在炕上打滚。
访谈者：冬天怎么过？
受访者：冬天零下二十几度，牛粪要攒够一冬天的。村里给我们拉了一车煤，是{{minority/tibetan:才项多杰}}帮我卸的。孩子们的棉衣是县里的社工送来的，老三那件是粉色的，她天天穿着不肯脱。
访谈者：您自己身体怎么样？
受访者：膝盖里有水，乡卫生院的{{trap/minority_word:曼巴}}说要去{{trap/place:西宁}}做手术，可我走了孩子们没人管。{{minority/tibetan:娘本}}说明年回来，我说你先挣钱。
访谈者：登记信息请您说一下。
受访者：家在{{address:泽库县和日镇东科日村三社17号}}，儿子住{{address:铜官区金口岭街道冶炼厂职工宿舍12栋305室}}。我的身份证{{id_number@mold.632323}}，老二的{{id_number@my2014hyphen.632323}}。儿子的电话{{mobile@spaced}}，{{minority/tibetan:拉加草}}的{{mobile@plus86}}。儿子的微信{{wechat:niangbenjia_tl}}。老二有个QQ，是他阿爸给注册的，号码写在他的藏文课本封皮上：{{qq:3917052846}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我是{{spaced:豆 格 才 让}}，儿子是{{spaced:娘本 加}}，学校把老大写成{{spaced:桑　杰　拉　毛}}，老二是{{spaced:何 卡 先}}。
访谈者：最后还想说什么？
受访者：盼儿子早点回来。三个孩子，最放心不下的是{{minority/tibetan:卓卓}}。
""")

# H955: Kazakh mother from 塔城 who cleans offices in 铜官区 and raises a daughter with epilepsy; her Han husband is
# in prison.
DOCS["H955"] = ("family", """\
访谈者：大姐，您在这栋写字楼做保洁多久了？
受访者：两年多了，早上六点到，六层楼的地和厕所都归我。我叫{{minority/kazakh:库丽夏·叶尔波拉提}}，老家{{trap/place:塔城}}，离{{trap/place:巴克图口岸}}不远。楼里的人都叫我{{minority/kazakh:库丽夏}}。物业主管{{han:也红梅}}也是外地嫁过来的，最照顾我。
访谈者：怎么到铜陵来了？
受访者：我男人{{han:都志强}}是铜陵人，以前在塔城的工地上开吊车，我们在那边认识的。女儿两岁那年，一家人回了他老家。三年前他喝了酒开车撞了人，判了五年，{{han:都志强}}都进去三年了。
访谈者：女儿多大了？
受访者：十岁，户口上叫{{han:都佳怡}}，我阿帕给她起的哈萨克名字叫{{minority/kazakh:艾丽达}}，学校的老师把两个拼在一起，喊她{{minority/kazakh:都艾丽达}}。她在{{school:铜官区朝阳小学四年级（3）班}}。{{minority/kazakh:艾丽达}}她五岁开始犯癫痫，一犯就倒在地上抽，嘴里吐白沫。现在每天吃两回{{trap/word:丙戊酸钠}}，一个月还是要犯一两回。
访谈者：犯病的时候谁在身边？
受访者：我上班的时候没人。班主任{{han:钱雅琴}}老师学会了怎么处理，让她侧躺，看着表，超过五分钟就打{{trap/hotline:120}}。有一回在课堂上犯了，是同桌{{han:疏子墨}}跑去叫的老师。市人民医院神经内科的{{han:左振华}}大夫说，等她大一点可以考虑做手术。
访谈者：同学们知道她的病吗？
受访者：开始不知道。第一次在教室里犯病，有几个同学吓哭了，回去跟家长说，有家长来学校要求给她换班。{{han:钱雅琴}}老师开了一次班会，讲癫痫是怎么回事，发病的时候该怎么帮忙。后来同学们都不怕了，还轮流陪她上厕所。她最好的朋友就是{{han:疏子墨}}，两个人放学一起走。
访谈者：有哪些帮助？
受访者：社区的儿童主任{{han:章慧敏}}给女儿报了服刑人员子女的补助，每月{{trap/number:七百四十元}}，又帮她办了残疾证，两项补贴都拿上了。我们家也评上了低保，街道民政的{{han:汤振宇}}来入户看过两回。区社工站的{{compound:公冶欣悦}}每周二陪女儿写作业，另一个社工{{compound:端木子航}}帮我去监狱办了会见。{{trap/org:铜陵学院}}有个哈萨克族大学生{{minority/kazakh:马吾列提·卡德尔别克}}，是社工找来的志愿者，给女儿补数学，陪她说哈萨克语。{{minority/kazakh:马吾列提}}他寒假回{{trap/place:伊犁}}，还给女儿带回来一包{{trap/minority_word:库尔特}}。
访谈者：老家那边呢？
受访者：我阿爸{{minority/kazakh:叶尔波拉提·沙力克}}七十了，阿帕{{minority/kazakh:居玛古丽}}腿不好。哥哥{{minority/kazakh:别尔克江}}在村里放羊，每个月给我转五百块钱。村里的儿童主任{{minority/kazakh:巴丽汗·努尔江}}常去看两个老人。{{minority/kazakh:巴丽汗}}说，实在撑不住就回塔城，村里也能照顾。
访谈者：孩子知道爸爸的事吗？
受访者：知道。每个月能通一次亲情电话，{{minority/kazakh:艾丽达}}在电话里跟她爸说，爸爸你别哭。我去会见过两回，{{han:都志强}}瘦了，说出来以后再不喝酒，要在铜陵开个卖馕的小店。
访谈者：您刚来铜陵的时候呢？
受访者：话听不懂，饭吃不惯，这边的冬天又湿又冷，比塔城的干冷难受。他爸那时候还在，周末带我去{{trap/place:天井湖}}边上走，说等攒够了钱就在铜陵买房。后来出了事，房子没买成，钱都赔给人家了。写字楼里上班的人大多客气，有个小姑娘知道我女儿的病，给她买过一个防摔的头盔；也有人嫌我拖地挡路，我就等他们下班再拖。
访谈者：您一个人在这边怎么样？
受访者：苦。一个月两千八，房租六百，药钱四百。楼里上班的人有时候把不穿的衣服、零食给我。保洁组的{{han:宛桂芬}}阿姨下午替我的班，让我去接孩子。婆婆{{han:吕凤仙}}住在{{trap/place:义安区}}乡下，周末把孙女接过去住两天，{{han:吕凤仙}}说孙女就是她的命。
访谈者：登记信息请您说一下。
受访者：租的房在{{address:铜官区西湖新村14栋2单元401室}}，老家在{{address:塔城市也门勒乡喀浪古尔村三组8号}}。我身份证{{id_number@wy1987quad.654201}}，女儿的{{id_number@wy2015fwhyphen.340705}}。我电话{{mobile@h38}}，{{han:章慧敏}}的电话{{mobile@plain}}。我微信{{wechat:kulixia_tacheng}}。女儿有个QQ，上网课用的，号码老师抄在她联系本第一页上：{{qq:１６０５８３７２４９}}。
访谈者：名字在表上写对了吗？
受访者：银行卡上我是{{spaced:库丽夏 叶尔波拉提}}，监狱的会见登记上是{{spaced:库丽夏 · 叶尔波拉提}}，医院病历上女儿写成{{spaced:都 艾 丽 达}}。
访谈者：最后还想说什么？
受访者：盼女儿的病好，盼她爸早点出来。一家人团圆了，我就带{{minority/kazakh:艾丽达}}回塔城看她姥姥。
""")

# H956: Yi father from 美姑 on a road crew in 宣城 (旌德); his wife died, his children are with his mother in 美姑.
DOCS["H956"] = ("family", """\
访谈者：大哥，您在这个修路队干了多久？
受访者：两年了，修{{trap/place:旌德}}山里的一段县道。我叫{{minority/yi:吉史伍牛}}，{{trap/place:美姑}}人。前两个字是我们的{{trap/minority_word:家支}}，后两个字{{minority/yi:伍牛}}是我的名字。工地上记工资用的汉名是{{han:吉国平}}，汉族兄弟叫我{{han:吉哥}}，老乡还是叫我{{minority/yi:伍牛}}。
访谈者：家里什么情况？
受访者：老婆{{minority/yi:阿苦以作}}前年得肺结核走了，在{{trap/place:西昌}}的医院住了两个月，钱花光了，人也没留住。两个孩子在老家跟我阿妈{{minority/yi:曲莫伍果}}，我出来挣钱还债。她病了一年多，开始以为是感冒，咳了半年才去医院，查出来已经很重了。住院的钱是跟亲戚一家一家借的，有的借五百，有的借两千。她走的时候儿子十一，女儿才六岁。
访谈者：孩子多大？
受访者：儿子{{minority/yi:吉史友呷}}十三，在{{school:美姑县民族中学七年级（6）班}}住校，学校的名单上写成{{minority/yi:吉友呷}}，家里叫他{{minority/yi:友呷}}。女儿{{minority/yi:吉史布果}}八岁，在{{school:美姑县拉木阿觉乡中心校二年级（1）班}}，我们叫她{{minority/yi:布果}}。{{minority/yi:布果}}她每回打电话都问，{{trap/minority_word:阿达}}什么时候回来过{{trap/minority_word:彝族年}}。
访谈者：老家谁在帮？
受访者：村里的儿童主任{{minority/yi:阿西日莫}}给两个孩子报了困境儿童，每人每月{{trap/number:一千一百二十元}}，阿妈有低保。乡里的民政助理{{han:沙建明}}也是彝族，帮我们跑了县里的材料。儿子的班主任{{han:罗春艳}}老师把他的伙食费免了。老婆的哥哥{{minority/yi:阿苦尔且}}帮阿妈种{{trap/word:苦荞}}和洋芋。县社工站的{{compound:呼延雪婷}}每月进村一回，给孩子们送书包和冬衣。家里请{{trap/minority_word:毕摩}}给老婆做过法事，我出来前也请他给孩子们念了平安。
访谈者：修路队这边呢？
受访者：包工头{{han:有庆丰}}有良心，工钱从来不拖，知道我家里的事，每年先给我预支一万寄回去。安全员{{han:就卫东}}就住在我们隔壁工棚，下雨天不让我们上山。一起出来的老乡{{minority/yi:俄木约哈}}跟我一个工棚。做饭的{{han:管秀凤}}阿姨是本地人，知道我们吃不惯，隔几天炖一锅肉，说是给我们做{{trap/minority_word:坨坨肉}}。镇上的工会干部{{compound:南宫晓峰}}来工地发过防暑药，还帮我问了孩子转学的事。
访谈者：修路的活累不累？
受访者：累。夏天在山上打石头、铺沥青，太阳晒得皮都掉了。我们美姑人山路走惯了，工头说我们干活比机器还稳。有一回下大雨，山上的石头滚下来，把一台挖机砸坏了，幸好人都跑开了。从那以后{{han:就卫东}}天天早上先上山看一遍，才让我们上去。
访谈者：跟孩子们怎么联系？
受访者：儿子住校，周末回家才能用手机。每个礼拜六晚上视频，女儿在那头唱学校教的歌，儿子给我念他的成绩。奶奶在旁边不说话，就看着我笑。我跟儿子说，你好好读书，以后不要像阿爸一样出来修路。
访谈者：过彝族年回去吗？
受访者：去年回去了，坐了两天一夜的车。我跟{{minority/yi:俄木约哈}}一起走的，他家在隔壁乡。到家那天，女儿在村口等着，看见我就跑，跑到跟前又不敢抱，半年没见，认生了。我给阿妈买了一件新的{{trap/minority_word:查尔瓦}}，她舍不得穿，挂在墙上。
访谈者：您身体怎么样？
受访者：腰不好，搬石头搬的。去年在工地上扭了一下，躺了半个月，{{han:有庆丰}}照发我一半工钱。晚上疼得睡不着，就想孩子们。
访谈者：想过把孩子接过来吗？
受访者：想过。{{han:管秀凤}}说镇上的小学能收，可我们住工棚，工地一年换一个地方。{{minority/yi:友呷}}说他不来，要在家照顾奶奶和妹妹。十三岁的娃娃，话说得像个大人，我听了心里难受。晚上睡不着，我就在手机上看老家{{trap/minority_word:火把节}}的视频，给工友们讲{{trap/famous:支格阿鲁}}射太阳的故事。
访谈者：登记信息请您说一下。
受访者：老家在{{address:美姑县拉木阿觉乡觉洛村二组14号}}，这边住{{address:旌德县白地镇县道改建项目部工棚3号房}}。我的身份证{{id_number@my1986tri.513436}}，儿子的{{id_number@my2012x.513436}}。我电话{{mobile@s74}}，{{minority/yi:阿西日莫}}的{{mobile@p86n}}。我的微信{{wechat:jishiwuniu_mg}}。儿子用他舅舅的旧手机上QQ，号码他发语音念了一遍，我让工友写在安全帽里头：{{qq:572049183}}。
访谈者：名字在表上写对了吗？
受访者：工资表上我是{{spaced:吉 史 伍 牛}}，低保表把老婆写成{{spaced:阿 苦 以 作}}，学校表上儿子是{{spaced:吉史　友呷}}，女儿是{{spaced:吉史 布果}}。
访谈者：最后还想说什么？
受访者：等路修通了，我想回美姑。这两年最该谢的，是{{han:有庆丰}}。
""")

# H957: Han widow in 义安区 whose husband died in an accident at the copper smelter; she raises two children and
# looks after her mother-in-law.
DOCS["H957"] = ("family", """\
访谈者：大姐，家里现在是什么情况？
受访者：我叫{{han:阮秀琴}}，住在{{trap/place:义安区}}{{trap/place:顺安镇}}。我男人{{han:佘德明}}原来在冶炼厂当炉前工，三年前炉子出了事故，铜水溅出来，送到医院就不行了，那年他四十一。
访谈者：出事那天您是怎么知道的？
受访者：那天他上夜班，凌晨三点多厂里打电话来，说{{han:老佘}}受伤了。我骑电瓶车赶到医院，他已经进了抢救室。早上六点，医生出来跟我摇头。我到现在还记得走廊里的灯，白得吓人。婆婆是第二天才知道的，听完就倒下了，中风就是那次落下的。
访谈者：孩子们呢？
受访者：两个。女儿{{han:佘雨菲}}十六，在{{school:义安区第一中学高一（7）班}}住校；儿子{{han:佘子豪}}十一，在{{school:顺安镇中心小学五年级（4）班}}。儿子生下来那天他爸在厂里上班，给起了个小名叫{{han:铜娃}}，{{han:铜娃}}也知道这名字是他爸起的。婆婆{{han:江凤英}}七十六，中风以后半边身子不能动，也跟着我过。
访谈者：女儿知道以后呢？
受访者：她那时候读初一，是班主任把她从学校送回来的。她没哭，在她爸灵前跪了一夜。后来好几个月，{{han:佘雨菲}}半夜起来做题，一直做到天亮。我知道她心里难受，又不肯说。
访谈者：事故以后厂里怎么处理的？
受访者：算工亡，给了一次性补助，两个孩子每月有供养亲属抚恤金，每人{{trap/number:一千三百四十元}}，拿到十八岁。车间的老师傅{{han:把德旺}}把我男人从炉子边上拖出来，自己胳膊也烫伤了。工会的{{han:檀建英}}陪我跑了三个月手续。厂里请的律师{{compound:淳于嘉宁}}，把工亡待遇一条一条给我算清楚。我男人的徒弟{{han:章小军}}，每到清明都来给他师傅烧纸。抚恤金够孩子们吃穿读书，婆婆看病要自己贴一些。厂里每年过年派人来送米送油，我男人的工友们还凑了两万块钱给我，我一笔一笔记在本子上。
访谈者：社区和学校帮了些什么？
受访者：社区的儿童主任{{han:陶慧芳}}把两个孩子报成困境儿童，婆婆有残疾证，拿两项补贴。镇民政办的{{han:钱立新}}帮我们申请过低保，后来抚恤金算进收入，低保停了，他又去区{{trap/org:民政局}}问，给孩子们换成了临时救助。女儿的班主任{{han:江晓东}}老师带她们班去{{trap/place:大通}}看过{{trap/word:江豚}}，回来她写了一篇作文，说她爸也像江豚，不声不响。儿子的班主任{{han:檀老师}}每天放学把他留下来写完作业。区社工站的{{compound:百里静怡}}每周来一次，她同事{{compound:东门浩然}}陪儿子打乒乓球。
访谈者：邻居们呢？
受访者：对门的{{han:被桂芝}}被她儿子接去南京住了，走之前把钥匙留给我，让我帮着浇花。楼下开小卖部的{{han:丁国富}}，孩子放学没人接，就在他店里等我。{{han:丁国富}}他从来不收孩子们的零食钱。他老婆{{han:唐翠娥}}常端一碗菜上来，说是做多了。
访谈者：您现在做什么工作？
受访者：在镇上一家腌姜的作坊切姜，一个月两千五。早上给婆婆擦身、喂饭，再去上班。作坊老板{{han:朱长林}}让我中午回家一趟，给婆婆翻身。晚上回来，{{han:铜娃}}已经把米淘好了。
访谈者：孩子们怎么样？
受访者：女儿要强，说要考{{trap/org:合肥工业大学}}学冶金，要弄明白她爸是怎么出事的。儿子话少，去年在学校跟人打架，老师打电话给我，我在作坊里哭了一下午。后来社工给他报了个书法班，写得还行。婆婆爱听{{trap/word:黄梅戏}}，孙女就用手机放{{trap/famous:严凤英}}的《天仙配》给她听。
访谈者：您对以后有什么打算？
受访者：等女儿考上大学、儿子上了初中，我想去学个护工，给婆婆护理也方便。我跟孩子们说，你们爸爸在天上看着呢，日子要往前过。
访谈者：登记信息请您说一下。
受访者：家在{{address:义安区顺安镇新村路15号2栋302室}}，婆婆的老房子在{{address:义安区钟鸣镇清泉村五组21号}}。我的身份证{{id_number@wy1983hyphen.340706}}，儿子的{{id_number@my2013tri.340706}}。我电话{{mobile@p86h}}，{{han:陶慧芳}}的{{mobile@s38}}。女儿的微信{{wechat:SheYufei-2008}}。儿子有个QQ，号码他用彩笔写在冰箱上的日历里：{{qq:80536192}}。
访谈者：名字在表上写对了吗？
受访者：抚恤金的表上我男人写成{{spaced:佘 德 明}}，我是{{spaced:阮　秀　琴}}，律师的名字打成了{{spaced:淳 于 嘉 宁}}。
访谈者：最后还想说什么？
受访者：我男人出事那天，第一个冲进去的是{{han:把德旺}}。
""")

# H958: Han community worker (儿童主任) in 宣州区 (西林街道) reading out her list of children in distress.
DOCS["H958"] = ("staff", """\
访谈者：您今天带的是什么名单？
受访者：我们社区困境儿童的台账。我叫{{han:詹玉霞}}，在{{trap/place:宣州区}}{{trap/place:西林街道}}的一个社区当儿童主任，兼着民政专干。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:向子睿}}，男，十岁，{{school:宣州区西林小学四年级（1）班}}。爸爸{{han:向国辉}}盗窃判了四年，妈妈走了联系不上。孩子跟爷爷{{han:向守仁}}过，{{han:向守仁}}{{trap/word:向来}}不肯麻烦人，是学校报上来我们才知道。住{{address:宣州区西林街道梅园巷7号}}，孩子的身份证{{id_number@my2015.341802}}。服刑人员子女补助每月{{trap/number:六百八十元}}。
访谈者：第二户？
受访者：第二户是孤儿，姓还，{{trap/word:还钱}}的还，叫{{han:还雨彤}}，女，九岁。爸妈前年在高速上出了车祸，现在跟外婆{{han:梅淑珍}}过，外婆说她家祖上跟{{trap/famous:梅尧臣}}是一家。孤儿基本生活费每月{{trap/number:一千五百二十元}}。{{han:还雨彤}}在{{school:宣州区第二小学三年级（3）班}}，住{{address:宣州区西林街道府山路41号3栋201室}}，身份证{{id_number@wy2016fwspaced.341802}}。
访谈者：第三户？
受访者：第三户是事实无人抚养，{{han:让家豪}}，男，十二岁，{{school:宣州区第六中学七年级（2）班}}。爸爸在强制隔离戒毒，妈妈精神残疾，常年住院。孩子跟姑妈{{han:让春芳}}住，姑妈自己在菜场卖鱼。我让{{han:让家豪}}每天放学到社区来写作业。他的身份证{{id_number@my2013spaced.341802}}。
访谈者：第四户？
受访者：第四户是彝族，从{{trap/place:凉山}}来的。爸爸{{minority/yi:马海阿木}}在修路队从坡上摔下来，腰断了，拿残疾人两项补贴。妈妈{{minority/yi:瓦其伍支}}在菜市场帮人杀鸡。孩子叫{{minority/yi:马海尔且}}，八岁，学校写成{{minority/yi:马尔且}}，在{{school:西林小学二年级（4）班}}。{{minority/yi:瓦其伍支}}她普通话说不好，每次来都是儿子翻译。住{{address:宣州区西林街道叠翠小区9栋1单元102室}}。
访谈者：第五户？
受访者：第五户，{{han:汤若溪}}，女，七岁。妈妈{{han:沈桂兰}}视力一级残疾，爸爸在外地打工，两年没回来了。{{han:沈桂兰}}她一个人摸着墙给孩子做饭。孩子才七岁，就会帮妈妈穿针、倒水。我找{{han:盛建平}}商量过，给她家装了一个会说话的电饭煲，还申请了一根盲杖。
访谈者：你们是怎么发现这些孩子的？
受访者：一是学校报，二是邻居说，三是我们每季度入户排查。像第三户，是孩子在学校饿晕了，老师打电话给我，我才知道他家里没有大人。找到以后先看孩子缺什么：缺钱的报救助，缺人照顾的找亲戚，心里有事的请社工上门。每个孩子一个档案，半年评估一次。我们社区就两个人管这些，加上低保、残疾、养老，一天跑下来腿都是软的。
访谈者：这些户都是谁在跟？
受访者：街道民政的{{han:盛建平}}总负责，区社工站派了三个社工：{{compound:轩辕佳琪}}跟第三户，{{compound:独孤雨辰}}跟第一户和第二户，新来的{{compound:左丘思齐}}跟彝族那一户。区里的督导叫{{compound:太史文骞}}，每月查一次台账。{{han:让家豪}}最听{{compound:轩辕佳琪}}的话。
访谈者：这些孩子里，有没有让您特别放不下的？
受访者：第四户那个彝族孩子。他爸摔伤以后脾气变了，喝了酒就骂人。孩子夜里跑到社区门口坐着，不敢回家。我们请{{compound:左丘思齐}}上门做了半年家庭辅导，现在好多了。孩子说，长大了要回凉山当老师。还有第二户的小姑娘，外婆年纪大了，万一外婆走了，孩子跟谁，我们心里都没底。
访谈者：台账上的名字写对了吗？
受访者：错得多。{{spaced:还 雨 彤}}、{{spaced:让　家　豪}}被打印成一个字一个空，彝族孩子写成了{{spaced:马 海 尔 且}}，督导的名字变成了{{spaced:太 史 文 骞}}，还有一张写成{{spaced:左丘 思齐}}。
访谈者：联系方式呢？
受访者：{{han:向守仁}}的电话{{mobile@fws}}，{{han:梅淑珍}}的{{mobile@plus86dash}}，{{han:让春芳}}的{{mobile@plus86spaced}}。我的工作微信{{wechat:zhanyx_xilin}}。
访谈者：做这个工作最难的是什么？
受访者：最难的是大人不肯开口。{{han:向守仁}}那样的老人，宁可自己饿着也不来社区。还有就是孩子们的心事，我们不是专业的，只能多去几趟。有事也可以打{{trap/hotline:12345}}。
""")

# H959: Han middle-school class teacher in 泾县 going through the four pupils in distress of her class.
DOCS["H959"] = ("teacher", """\
访谈者：{{han:翟老师}}，您带的是哪个班？
受访者：{{school:泾县茂林中学八年级（4）班}}，我当班主任第八年。我叫{{han:翟慧玲}}，教数学。班上四十一个学生，留守的一半，最要操心的有四个。
访谈者：您说说。
受访者：第一个，{{han:胡有为}}，十四岁。爸妈离婚以后都出去了，爸爸在{{trap/place:宁波}}又成了家，妈妈没了音信。他跟太婆过，太婆八十三了。{{han:胡有为}}有时候一个礼拜不说一句话，作文却写得好，写他太婆年轻时在纸槽边捞纸。他不用微信，只上QQ，号码写在数学书的扉页上：{{qq:405827163}}。
访谈者：第二个呢？
受访者：第二个{{han:朱家和}}，爸爸{{han:朱国胜}}非法采砂判了三年，妈妈{{han:项丽萍}}在杭州做保姆。{{han:朱家和}}和妹妹{{han:朱家欣}}跟爷爷奶奶过，妹妹在{{school:茂林镇中心小学三年级（2）班}}。镇上的儿童主任{{han:吴丽华}}给兄妹俩报了服刑人员子女补助。他妈的微信是{{wechat:xianglp_hz}}，我每周跟她说一回孩子的情况。
访谈者：第三个？
受访者：第三个是孤儿，{{han:查子轩}}。爸爸在{{trap/place:青弋江}}里电鱼出了事，妈妈后来生病走了。他跟叔叔{{han:查建林}}住在{{trap/place:查济}}那边，叔叔开农家乐，婶婶{{han:王秀娥}}对他不错。孤儿基本生活费每月{{trap/number:一千六百三十元}}，打到他自己的卡上。他的QQ是{{qq:2937410586}}，半夜还在线，我就在QQ上催他睡觉。
访谈者：第四个？
受访者：第四个是女生{{han:都晓雯}}，听力二级残疾，戴助听器。妈妈{{han:程丽君}}也有肢体残疾，母女俩都拿两项补贴。{{han:都晓雯}}都十四了，还不太敢跟同学说话，怕别人笑她说话的声音。
访谈者：留守的孩子多，您平时怎么顾得过来？
受访者：顾不过来也得顾。我每天早上七点到教室，先看看谁没来、谁脸色不对。中午在办公室吃饭，下午放学留半小时，谁想说话就来找我。晚上批完作业，再在微信、QQ上一个一个回消息。山里人家散，一家跟一家隔着几里路。去年冬天我去{{han:胡有为}}家，屋里冷得跟外面一样，太婆给我烧了一盆炭火，自己舍不得烤。有时我和{{han:吴丽华}}一起去家访，她骑摩托带我，山路上颠得人骨头都散了。
访谈者：孩子们有什么爱好？
受访者：{{han:朱家和}}爱打篮球，个子窜得快。{{han:查子轩}}会画画，画的老房子、石桥在县里比赛拿了二等奖。{{han:都晓雯}}喜欢看书，一个学期借了三十多本。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:宛振东}}定了一对一，每个困难学生配一个老师。德育处{{han:汪主任}}管助学金，四个孩子都评上了。心理老师是去年新来的，叫{{compound:西门语桐}}，每周给他们做一次团体辅导。县社工站派来的{{compound:第五嘉豪}}常来，县团委的{{compound:公西若涵}}送来过一批书包。上个月我带他们去{{trap/place:云岭}}的{{trap/org:新四军军部旧址}}，又去{{trap/place:桃花潭}}，给他们讲{{trap/famous:汪伦}}送李白的故事。
访谈者：您跟家长怎么联系？
受访者：{{han:胡有为}}的太婆不识字，我每两周去一趟，她家在{{address:泾县茂林镇潘村三组19号}}。{{han:查建林}}的电话{{mobile@plus86}}，{{han:吴丽华}}的电话{{mobile@spaced}}。{{han:程丽君}}家在{{address:泾县茂林镇茂林村铜山路23号}}，她的身份证{{id_number@wy1982quad.341823}}，{{han:都晓雯}}的{{id_number@wy2011x.341823}}，评补贴的表上要填。我自己的微信是{{wechat:zhaihl_maolin}}，家长们有事都找我。
访谈者：班上有没有同学欺负他们？
受访者：有过。有人学{{han:都晓雯}}说话，她躲在厕所里哭了一节课。我没有只罚那几个孩子，把他们叫到办公室一个一个谈，又开了一次班会，讲每个人家里都可能遇到难处。现在班上没人再笑她了，还有女生主动跟她坐同桌。
访谈者：您自己家里呢？
受访者：我老公在县城上班，女儿读小学。周末我也常回学校，老公说我管别人的孩子比管自己的还上心。我说我女儿有爸妈在身边，这几个没有。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上把{{spaced:胡 有 为}}空了格，{{spaced:朱家 和}}分成两截，县里下发的名单把心理老师写成了{{spaced:西 门 语 桐}}。
访谈者：还有什么想说的？
受访者：希望这几个孩子都能读完初中，别十五六岁就去打工。孩子们心里有事，我跟他们说，可以打{{trap/hotline:12355}}，也可以直接来办公室找{{han:翟老师}}。
""")

# H960: Han aunt in 枞阳 raising the two children of her late sister, whose husband is in prison.
DOCS["H960"] = ("family", """\
访谈者：大姐，两个孩子是您什么人？
受访者：我亲妹妹的。我叫{{han:操美华}}，住在{{trap/place:枞阳}}{{trap/place:浮山}}脚下的村里。妹妹{{han:操美云}}前年得白血病走了，妹夫{{han:疏建军}}开设赌场，判了六年。两个孩子没人管，我就接过来了。
访谈者：您妹妹生病那段时间呢？
受访者：她在合肥住了八个月院，我去陪了四个月。化疗的时候头发掉光了，她还跟我开玩笑，说省得梳头了。骨髓配型我跟她没配上。{{han:操美云}}走的那天拉着我的手，说把两个孩子交给你了。
访谈者：刚把孩子接过来的时候呢？
受访者：丫头整夜整夜睡不着，抱着她妈的照片。儿子天天问妈妈什么时候回来，我不知道怎么跟他说。是社工来了以后，带他们画画、做游戏，慢慢才跟他们讲明白。那半年我自己也瘦了十几斤。
访谈者：孩子们多大？
受访者：大的是丫头，{{han:疏雨晴}}，十二，在{{school:枞阳县浮山中学初一（5）班}}。小的是儿子，{{han:疏俊杰}}，八岁，在{{school:浮山镇中心小学二年级（3）班}}，我们叫他{{han:杰伢}}。{{han:杰伢}}也不大记得他妈了，就记得妈妈会唱{{trap/word:黄梅调}}。
访谈者：您家里本来几口人？
受访者：我男人{{han:光永福}}，一个儿子在{{trap/place:芜湖}}读大学。{{han:光永福}}在{{trap/place:长江}}边的船厂焊船，一个月回来一趟。家里多了两张嘴，他没说过一个不字。
访谈者：得到了哪些帮助？
受访者：村里的儿童主任{{han:就春兰}}就住在我家后头，她给两个孩子报了事实无人抚养，每人每月{{trap/number:一千四百六十元}}。镇民政办的{{han:也志国}}也来过两回，把材料送到县里。丫头的班主任{{han:左晓燕}}老师说，孩子的妈不在了，学费、住宿费都免。县社工站的{{compound:司空雅文}}每月来一回，跟她一起来的{{compound:万俟浩宇}}教儿子下象棋。律师{{compound:闻人志远}}帮我办了监护的手续，没收一分钱。
访谈者：孩子们怎么样？
受访者：丫头懂事，放学回来就做饭、喂鸡，我叫她歇着，她说小姨你别{{trap/word:操心}}。就是不爱说话，成绩掉了。儿子皮，去年在{{trap/place:白荡湖}}边上玩水，差点出事，是邻居{{han:钱德宝}}把他拉上来的。从那以后我一步都不敢{{trap/word:疏忽}}。
访谈者：孩子们在学校呢？
受访者：丫头的成绩慢慢又上来了，上学期得了个三好学生，奖状拿回来贴在她妈的照片旁边，说这是{{trap/word:光荣}}的事，要让妈看见。儿子在学校跟{{han:钱德宝}}的孙子最好，两个人天天一起上学，一起放牛。
访谈者：孩子爸爸那边呢？
受访者：{{han:疏建军}}在监狱里写信回来，说对不起两个孩子。丫头不看，儿子让我念给他听。孩子奶奶{{han:檀秀英}}七十九了，住在{{trap/place:横埠}}老屋，隔些日子拎一篮鸡蛋来看孙子。
访谈者：家里开销够吗？
受访者：紧。两个孩子的补贴加上我们两口子的工钱，吃穿是够的，就是丫头上初中以后，资料费、伙食费一下子多了。{{han:光永福}}说，再苦也不能让孩子们缺了念书的钱。过年我给两个孩子各买了一身新衣裳，丫头舍不得穿，叠好放在她妈的箱子里。儿子现在叫我妈，是他自己改的口，头一回叫的时候，我在灶屋里哭了一场。丫头还是叫小姨，她说妈只有一个，我也不怪她。
访谈者：您自己呢？
受访者：我在镇上的服装厂踩缝纫机，一个月三千。累是累，看着两个孩子一天天长大，心里踏实。村里老人常说，我们这地方出过{{trap/famous:左光斗}}那样的好官，做人要对得起良心。我妹妹走前拉着我的手，我答应过她。
访谈者：登记信息请您说一下。
受访者：家在{{address:枞阳县浮山镇会宫村四组12号}}，孩子奶奶家在{{address:枞阳县横埠镇横山村七组5号}}。我的身份证{{id_number@wy1979fullwidth.340722}}，丫头的{{id_number@wy2012hyphen.340722}}。我电话{{mobile@hyphen}}，{{han:就春兰}}的{{mobile@s74}}。丫头的微信{{wechat:wxid_7kq2m9fz4t}}。她还有个QQ，跟同学对作业用，号码写在她的语文书背面：{{qq:１９３６０４７２５}}。
访谈者：名字在表上写对了吗？
受访者：低保表上我写成了{{spaced:操 美 华}}，丫头是{{spaced:疏　雨　晴}}，律师的名字印成了{{spaced:闻 人 志 远}}。
访谈者：最后还想说什么？
受访者：两个孩子能有今天，头一个要谢的，是{{han:就春兰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=953,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout120",))


if __name__ == "__main__":
    main()
