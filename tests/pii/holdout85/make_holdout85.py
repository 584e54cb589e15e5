# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 85 (tests/pii/holdout85/H665-H672 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 84, written at the same time by another
writer, is not an earlier set).

Set 85 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
镶黄旗 who milks cows at a dairy in 内丘 (邢台) while his wife is on dialysis and his brother's son, whose father is in
prison, stays with his old mother at home; a Tibetan grandmother from 拉孜 in 广宗 (邢台) raising the two children of
her dead daughter and of a Han son-in-law in prison; a Hui grandmother in 南和 (邢台) whose son lost both legs to a
harvester and whose daughter-in-law left; a Han mother in 平乡 (邢台) who assembles children's bikes, with a husband
paralysed by a fall and three children called by word nicknames; a Han primary-school teacher in 威县 (邢台) going
through six pupils in distress and their parents on WeChat and QQ; a Uyghur grandfather from 墨玉 selling naan in
常熟 (苏州) with the two children of his son, killed on the road; a Han court clerk in 清河 (邢台) reading from the
file of a case that took custody from a father on drugs; and a Han grandmother in 沙河 (邢台) raising her grandson
after her son died at a glass works. The emphasis is on forms where a replacement might cover only part of a name,
in a mix rather than one trick: Mongolian names of four to seven characters (旭日干巴特尔, 额日和木图雅,
阿拉木斯其其格, 巴音吉日嘎拉, 宝鲁尔其其格) with short forms after the full name (旭日干, 阿拉木斯, 明干他淘), a Han
surname before a Mongolian given name (韩嘎日迪, 白孟和吉雅, 包呼斯楞图) and the Han school names of the same children
(包晓宁, 包晓川); Ü-Tsang Tibetan names (索朗曲宗, 普布次珍, 拉姆普赤, 扎西旺杰, 次仁巴珠, 桑珠旺堆, 尼玛仓决) with
contracted short forms (索曲, 拉普, 扎旺跟他爷爷) beside the Han names of the same children (耿雪晴, 耿家旺); Hui
Han-form names (沙凤兰, 穆建江, 穆子航, 海国良, 马淑琴) beside 经名 used alone (鲁格燕, 伊姆兰他, 法帖麦她, 萨里木) and
a Han surname before an Arabic name (穆伊姆兰, 哈宰乃白 written right before 天天, 金阿丹, 马伊勒亚斯); Uyghur given
name + father's name with and without the dot (奥布力喀斯木·吾甫尔江 and 奥布力喀斯木吾甫尔江, 吾甫尔江·买提库尔班,
布阿依谢姆·卡迪尔) and short forms (库尔班大叔, 喀斯木他, 海沙尔也, 卡迪尔江力气大); Han word nicknames, annotated
whole (车铃说, 轱辘也, 糖瓜她, 轱辘那孩子, 虎头说); Han names with common and rare surnames (籍, 訾, 邸, 巩, 冉, 耿,
芦, 滑, 缪, 浦, 褚, 栗, 翟, 阚), with titles and kin words (贾玉芹主任, 邱得福书记, 韩庆林所长, 柴玉凤大姐,
阚凤琴婶子, 顾秀芬阿姨; the span is the name only), names that contain or end in words (郝长生, 吕满仓, 邱得福,
宁家欢, 张满良, 李德顺), a name written twice (武桂英武桂英, a signature written again), names directly before
particles and verbs and after 叫/是/给/跟/和/找/让; names spaced out character by character in half- and full-width
spaces, dotted names with spaces around the dot and names split in two; compound surnames after ordinary words; and
numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:籍彩霞}}``, ``{{qq:3071846259}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014tri.540225}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 校长, 律师,
科长, 股长, 警官, 阿訇, 大姐, 婶子, 阿姨, 大叔, 奶奶) and a particle, pronoun or verb written directly after a name (说,
的, 家, 也, 都, 就, 还, 她, 他, 跟, 和, 那边) are outside the span; a word nickname (车铃, 轱辘, 糖瓜, 虎头) is
annotated whole. Han-style names of Mongolian, Tibetan and Hui people (包晓宁, 耿雪晴, 沙凤兰) are category han; a
Han surname before a non-Han given name (韩嘎日迪, 穆伊姆兰) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout85/make_holdout85.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(85_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "145", "152", "155", "159", "165", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H665: Mongolian father from 镶黄旗 working at a dairy in 内丘 (邢台); wife on dialysis, brother in prison.
DOCS["H665"] = ("family", """\
访谈者：先说说您和家里的情况吧。
受访者：我叫{{minority/mongolian:旭日干巴特尔}}，厂里人图省事叫我{{minority/mongolian:旭日干}}，老家在{{trap/place:锡林郭勒}}的{{trap/place:镶黄旗}}。前年跟一个老乡来了{{trap/place:内丘}}，在县城西边一家奶牛场的挤奶车间上班，三班倒。老婆{{minority/mongolian:额日和木图雅}}得了红斑狼疮，肾也坏了，一个礼拜去{{trap/place:邢台}}透析两回。{{minority/mongolian:额日和木图雅}}她不让我跟孩子们说她病得多重。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:阿拉木斯其其格}}十二，上学登记的汉名叫{{han:包晓宁}}，在{{school:内丘县第二实验小学六年级（3）班}}。儿子{{minority/mongolian:明干苏和}}八岁，汉名{{han:包晓川}}，在同一个学校念二年级。家里都叫闺女{{minority/mongolian:阿拉木斯}}，叫儿子{{minority/mongolian:明干}}。{{minority/mongolian:明干}}他淘，{{minority/mongolian:阿拉木斯}}就管着他，跟个小大人一样。
访谈者：为什么把家搬到内丘来？
受访者：草场承包出去了，在旗里找不着活。牧场老板{{han:尚红军}}是来旗里收过牛的，他说这边缺会伺候牛的人。我同乡{{minority/mongolian:韩嘎日迪}}也在这儿，{{minority/mongolian:韩嘎日迪}}他先来的，帮我们租了房。一个月挣五千来块，透析自己还得掏一部分。
访谈者：老家还有什么人？
受访者：我额吉{{minority/mongolian:都仁其其格}}七十三了，一个人在嘎查。我弟弟{{minority/mongolian:乌日查呼}}前年喝了酒跟人打架，把人打成重伤，判了四年，在{{trap/place:呼和浩特}}服刑。他儿子{{minority/mongolian:巴音吉日嘎拉}}十岁，妈妈早走了，就跟着我额吉。嘎查的儿童主任{{minority/mongolian:白孟和吉雅}}给{{minority/mongolian:巴音吉日嘎拉}}报了事实无人抚养，每月{{trap/number:一千五百八}}，嘎查达{{minority/mongolian:包呼斯楞图}}冬天给老人送煤。老邻居{{minority/mongolian:森德玛}}奶奶天天过去看一眼。
访谈者：在内丘这边谁帮过你们？
受访者：社区的儿童主任{{han:贾玉芹}}，她跑了好几趟{{trap/org:县民政局}}，把我老婆的大病救助办下来了。透析室的{{han:邸海涛}}大夫说，等着配型。护士{{minority/mongolian:宝鲁尔其其格}}也是蒙古族，{{trap/place:通辽}}人，见了我老婆就说蒙语，她心里能宽一点。县里社工站有个姑娘叫{{compound:拓跋嘉禾}}，跟她一起来的是{{compound:宗政晓岚}}，两个人给孩子们补功课。{{compound:拓跋嘉禾}}说她的姓是鲜卑的，闺女听了还去查书。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:岳晓梅}}老师说，她语文好，就是上课爱走神，惦记她妈。儿子的老师{{han:巩立华}}给他申请了午餐补助。校长{{han:冉国胜}}来过家里一趟，看我们屋里冷，第二天送来一个电暖气。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}我们不回去，路费贵。老婆在床上给孩子们煮{{trap/minority_word:奶茶}}，泡上{{trap/minority_word:炒米}}，就算过年了。老板给了一箱牛奶。孩子们去爬{{trap/place:鹊山}}，回来跟我讲{{trap/famous:扁鹊}}给人看病的故事，说长大了要当大夫，给妈妈治病。
访谈者：您自己最难的时候是什么？
受访者：夜班下来，早上四点还得给老婆熬粥，送孩子上学，再去医院。有一回我在车间里站着睡着了，差点叫牛踢了。{{minority/mongolian:旭日干}}我这人不爱求人，可这两年真是谁帮一把都记着。
访谈者：老婆看病的钱怎么解决的？
受访者：一开始最难。旗里的医保在内丘不能直接报，得先垫钱，拿着单子回旗里报。透析一次四百多，一个月下来好几千，我工资全搭进去还不够。后来社区帮着办了异地就医备案，现在在邢台能直接结算了，自己掏的少了一大半。旗里又给报了大病救助，嘎查的乡亲们凑了一万多块钱，用微信转过来的。我嘴笨，过年给他们每家寄了一箱这边的苹果。
访谈者：孩子们平时谁照顾？
受访者：我上夜班的时候，闺女带着弟弟睡。早上她自己热奶，给弟弟梳头，送到学校门口再去自己班上。她才十二岁，干的是大人的活。我也想过把孩子送回旗里给{{trap/minority_word:额吉}}带，可老人已经带着一个孙子，腿也不好，再添两个扛不住。再说孩子们也不愿意离开妈妈，说要在这儿陪她。周末我带他们去牧场看牛犊，儿子最高兴，给每头牛犊都起了蒙古名字。
访谈者：登记表要填地址和号码。
受访者：租的房在{{address:内丘县内丘镇鹊山小区4号楼2单元302室}}，老家在{{address:镶黄旗新宝拉格镇巴音查干嘎查三组11号}}。闺女的身份证{{id_number@wy2013hyphen.152528}}。我电话{{mobile@s38}}，{{han:贾玉芹}}主任的电话{{mobile@p86n}}，我的微信{{wechat:xurigan_nainiu84}}。闺女有个QQ，说班里交作业用，号码她写在冰箱门上了：{{qq:3071846259}}。
访谈者：表上名字写得对吗？
受访者：常错。医院把我老婆写成{{spaced:额 日 和 木 图 雅}}，学校把闺女写成{{spaced:阿拉木斯 其其格}}，还有一张表上我是{{spaced:旭　日　干　巴　特　尔}}。
访谈者：您最盼什么？
受访者：盼老婆配上型，换了肾，一家人回{{trap/place:镶黄旗}}去。孩子们念好书，别像我这样只会挤奶。
""")

# H666: Tibetan grandmother from 拉孜 in 广宗 (邢台); her daughter died, her Han son-in-law is in prison.
DOCS["H666"] = ("family", """\
访谈者：阿妈，您怎么从{{trap/place:拉孜}}到{{trap/place:广宗}}来了？
受访者：我叫{{minority/tibetan:索朗曲宗}}，老家的人都叫我{{minority/tibetan:索曲}}。我女儿{{minority/tibetan:普布次珍}}嫁给了广宗的小伙子{{han:耿志勇}}，他早些年在{{trap/place:日喀则}}修路，认识了我女儿。前年{{minority/tibetan:普布次珍}}心脏病走了，女婿去年开车撞死了人，又跑了，判了五年。两个外孙没人管，我就来了。
访谈者：孩子们多大？
受访者：大的是外孙女{{minority/tibetan:拉姆普赤}}，十一岁，户口上的汉名是{{han:耿雪晴}}，在{{school:广宗县第一小学五年级（4）班}}。我们藏族人爱把名字缩成两个字，在家叫她{{minority/tibetan:拉普}}。小的是外孙{{minority/tibetan:扎西旺杰}}，七岁，汉名{{han:耿家旺}}，在家叫{{minority/tibetan:扎旺}}。{{minority/tibetan:扎旺}}跟他爷爷学了一口广宗话，{{minority/tibetan:拉普}}还会说藏话。
访谈者：孩子的爷爷呢？
受访者：爷爷{{han:耿振堂}}七十了，有哮喘，种着五亩地。{{han:耿振堂}}他心好，我不会说汉话的时候，他比划着教我。孩子的姑姑{{han:耿素梅}}在{{trap/place:石家庄}}打工，过年回来给孩子们买衣服。
访谈者：您的家人呢？
受访者：我儿子{{minority/tibetan:次仁巴珠}}在拉孜种青稞，每年托人捎{{trap/minority_word:糌粑}}和{{trap/minority_word:风干肉}}来。侄女{{minority/tibetan:达瓦仓决}}在拉萨读大学，暑假来这边住了一个月，给{{minority/tibetan:拉姆普赤}}补习。我们村的村长{{minority/tibetan:桑珠旺堆}}帮我把户口证明寄过来，不然这边办不了手续。
访谈者：这边谁帮过你们？
受访者：村里的儿童主任{{han:宫秀娥}}，她带着我去乡里，给两个孩子办了事实无人抚养，一人一个月{{trap/number:一千二百四}}。乡民政所的{{han:芦海军}}来核了两回。{{trap/place:邢台}}有个藏族姑娘{{minority/tibetan:尼玛仓决}}嫁到这边，{{han:宫秀娥}}找到了她，每回办事她来给我翻译。{{minority/tibetan:尼玛仓决}}说，阿妈你别怕，这是政策。县里社工站的{{compound:轩辕书瑶}}和{{compound:梁丘婉清}}每月来一次，给孩子们带绘本。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:拉普}}的班主任{{han:訾红丽}}老师说她数学好，就是不爱说话，同学叫她小藏族，她哭过一回。{{han:訾红丽}}老师在班上开了个会，讲{{trap/place:西藏}}的雪山，讲{{trap/minority_word:藏历新年}}，后来同学们抢着跟她玩。{{minority/tibetan:扎旺}}上一年级，老师说他坐不住，可唱歌好听。
访谈者：过节的时候呢？
受访者：藏历年我做{{trap/minority_word:切玛}}，熬{{trap/minority_word:酥油茶}}，爷爷也跟着喝。{{trap/place:拉孜}}人爱跳{{trap/minority_word:堆谐}}，我教{{minority/tibetan:拉姆普赤}}跳。爷爷给孩子们讲{{trap/place:沙丘}}宫，说{{trap/famous:赵武灵王}}饿死在那儿，{{trap/famous:秦始皇}}也死在那儿，孩子们听得一愣一愣的。
访谈者：您在这边住得惯吗？
受访者：不惯也得惯。我不识汉字，孩子的作业签字都是外孙女替我签，她写得比我好看。这边夏天热，我头一年中了暑，是乡卫生院的{{han:常淑萍}}大夫给我挂的水。吃的也不一样，我学着擀面条，孩子们还是爱吃我做的{{trap/minority_word:土巴}}。最怕的是我老了，说不定哪天就走了，两个孩子又没人管了。
访谈者：孩子们的爸爸那边还联系吗？
受访者：监狱一个月能打一回电话。孩子的爸爸在电话里哭，说对不起孩子，对不起我女儿。外孙女不愿意接，外孙小，抢着跟爸爸说话，说他考了一百分。我不怪他，他是犯了错，可他以前对我女儿好，对我也好。等他出来了，孩子还是要跟着爸爸的。我跟孩子们说，你们爸爸在里面学好了，出来就是好人。
访谈者：您的生活费从哪里来？
受访者：我在拉孜有低保，一年回去一趟办认证。这边村里照顾，在村办的小厂里给我找了个活，缝手套，一个月挣七八百块。再加上两个孩子的补贴，吃饭穿衣够了。就是孩子上学的钱、看病的钱，得省着花。去年外孙摔断了胳膊，住了五天院，医保报了大半，剩下的是村里人凑的。
访谈者：登记信息请说一下。
受访者：家在{{address:广宗县冯家寨乡耿家庄村五组18号}}，拉孜老家在{{address:拉孜县曲下镇索布村二组6号}}。我的身份证{{id_number@wy1961.540225}}，{{minority/tibetan:拉姆普赤}}的{{id_number@wy2014tri.540225}}。{{han:宫秀娥}}的电话{{mobile@h38}}，我儿子的{{mobile@plus86}}。{{minority/tibetan:尼玛仓决}}的微信{{wechat:nyima_cangjue}}。外孙女有QQ，跟她舅舅视频用，号码是{{qq:2096357184}}。
访谈者：表上名字写得对吗？
受访者：乱。学校表上是{{spaced:拉 姆 普 赤}}，低保表上我是{{spaced:索　朗　曲　宗}}，外孙写成{{spaced:扎西 旺杰}}。女儿死亡证明上写成{{spaced:普布　次珍}}，派出所让改了两回。
访谈者：您最盼什么？
受访者：盼两个孩子好好长大。等他爸出来，我就回拉孜，死也要死在家乡。
""")

# H667: Hui grandmother in 南和 (邢台); her son lost his legs, his wife left, two grandchildren.
DOCS["H667"] = ("family", """\
访谈者：大娘，先说说您家里的情况。
受访者：我叫{{han:沙凤兰}}，经名{{minority/hui:鲁格燕}}，今年六十六，住在{{trap/place:南和}}城东的回民村。老头子{{han:穆德全}}走了六年了。儿子{{han:穆建江}}前年秋天开收割机，叫机器绞了两条腿，现在坐轮椅，是一级残疾。儿媳{{han:白玉霞}}去{{trap/place:北京}}做保洁，头一年还寄钱，后来电话也不接了，去年办了离婚。俩孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{han:穆子航}}十岁，经名{{minority/hui:伊姆兰}}；孙女{{han:穆雨涵}}六岁，经名{{minority/hui:法帖麦}}。寺里的花名册上孙子写的是{{minority/hui:穆伊姆兰}}。{{han:穆子航}}在{{school:南和区回民小学四年级（1）班}}，{{minority/hui:法帖麦}}上幼儿园大班。{{minority/hui:伊姆兰}}他懂事，放了学先给他爸端水，再写作业。
访谈者：您儿子现在怎么样？
受访者：{{han:穆建江}}他心里苦，头半年不说话，光抽烟。{{trap/org:清真寺}}的{{han:海国良}}阿訇来劝他，阿訇的经名叫{{minority/hui:萨里木}}，他跟我儿子说，腿没了手还在，人还在。后来{{trap/org:县残联}}给他配了轮椅，村里让他在村口看个小卖部，一个月能挣几百块。
访谈者：还有谁帮过你们？
受访者：村里的儿童主任{{han:马淑琴}}，也是回民，她给俩孩子报了困境儿童补贴，一个月{{trap/number:六百八十块}}，我们家也吃上了低保。区民政局的{{han:米振江}}科长来家里核过。邻居{{minority/hui:哈宰乃白}}天天端一碗汤过来，她说咱一个坊的，不帮谁帮。她男人{{minority/hui:金阿丹}}开着三轮带我去赶集。区里社工站的{{compound:东郭宇航}}常来，跟他搭档的{{compound:羊舌俊峰}}教孙子下象棋。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:白淑娟}}老师对他好，知道他不吃猪肉，食堂给他单打饭，每周三还给回民孩子做一回牛肉面，孙子说比家里的好吃。学校的校长给他免了课本费。孙女在幼儿园，老师{{han:沙丽君}}说她爱画画，画的都是她妈。{{minority/hui:法帖麦}}她问我，妈妈啥时候回来，我不知道咋答。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给左邻右舍都送。{{trap/minority_word:古尔邦节}}寺里宰牛，给困难户分肉，我们家也有一份。孙女最爱听{{trap/famous:穆桂英}}挂帅，她说她姓穆，是穆桂英家的。我笑她，说那是戏里的。
访谈者：您身体怎么样？
受访者：腿疼，血压高。有一回我在院里摔了，是孙子跑去叫的{{minority/hui:金阿丹}}，把我送到乡卫生院，大夫给我缝了三针。我就怕我倒下了，这一家子咋过。{{han:沙凤兰}}我活了六十多年，没像这两年这么发愁过。
访谈者：儿子的病花了多少钱？
受访者：前前后后十几万。头一年在{{trap/place:邢台}}住院截肢，合作医疗报了一半，剩下的借了一圈亲戚。寺里的乡老们组织大家出{{trap/minority_word:乜贴}}，凑了三万多，我要给他们磕头，阿訇把我拉起来，说这是应该的。现在还欠着四万多块，慢慢还。儿子说等小卖部挣了钱，先还寺里那边的。
访谈者：孙子孙女平时跟您说心里话吗？
受访者：孙子不爱说，心里有事就去寺里坐着。孙女话多，晚上睡觉前搂着我的胳膊，说奶奶你别老，你老了谁给我梳头。我一听眼泪就下来了。我跟她说，奶奶不老，奶奶要看着你出嫁。每天晚上我们祖孙三个一块做小净、礼拜，做完了心里就静了。
访谈者：亲戚们帮得上吗？
受访者：我娘家兄弟{{han:沙永贵}}在{{trap/place:沧州}}，每年秋后送一车白菜、一袋面。儿子的表哥{{minority/hui:马伊勒亚斯}}在寺里当满拉，常来给孙子讲经。孙女的干妈{{minority/hui:扎伊乃白}}在县城开牛肉面馆，孩子们去了就给下面。
访谈者：登记表要填地址和号码。
受访者：家在{{address:南和区和阳镇东关回民村三组21号}}，儿媳在北京的住处是{{address:丰台区卢沟桥乡大瓦窑村北区7排14号}}。我的身份证{{id_number@wy1959.130527}}，{{han:穆建江}}的{{id_number@my1982spaced.130527}}。我电话{{mobile@plain}}，儿童主任的{{mobile@s434}}，她的微信{{wechat:mashuqin_nanhe}}。孙子拿他爸的手机玩，说有个QQ，号码他写在小卖部的账本上了：{{qq:81503726}}。
访谈者：表上的名字写得对吗？
受访者：不太对。寺里登记把孙子写成{{spaced:穆 伊 姆 兰}}，区里的表把我写成{{spaced:沙　凤　兰}}，还有把儿子写成{{spaced:穆建 江}}的。社工小伙子的名字也被写成{{spaced:东 郭 宇 航}}。
访谈者：您最盼什么？
受访者：盼孙子孙女念书念出来，别受人欺负。儿子能自己过日子，我闭眼也安心了。
""")

# H668: Han mother in 平乡 (邢台) who assembles children's bikes; husband bedridden, three children with word nicknames.
DOCS["H668"] = ("family", """\
访谈者：您先说说家里的情况。
受访者：我叫{{han:籍彩霞}}，在{{trap/place:平乡}}一个童车厂装车，一天装八十来辆。男人{{han:秦卫东}}前年在工地上从脚手架上摔下来，伤了脊椎，下半身不会动，天天在床上躺着。家里仨孩子，婆婆{{han:孟翠娥}}帮着看。
访谈者：孩子们多大？都叫什么？
受访者：大闺女{{han:秦嘉怡}}十三，小名{{han:车铃}}，她爸在童车厂干过，随口起的。二小子{{han:秦浩宇}}十岁，小名{{han:轱辘}}，整天在村里滚来滚去闲不住。老三{{han:秦诗雨}}四岁，生在腊月二十三小年那天，她奶奶给起了个小名叫{{han:糖瓜}}。{{han:车铃}}说她是老大，得管着弟弟妹妹。{{han:轱辘}}也知道心疼他爸，给他爸翻身、擦背。{{han:糖瓜}}她小，天天跟着奶奶屁股后头转。
访谈者：男人受伤以后，家里怎么过？
受访者：工地的包工头跑了，是县里法律援助中心的{{han:郝长生}}律师帮着打的官司，赔了一部分。{{han:秦卫东}}他心里憋屈，有时候半夜喊疼。我白天上班，晚上回来给他按腿。婆婆七十一了，高血压，她从来不说累。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:焦秀云}}，仨孩子的困境儿童补贴都是她报的，一人一个月{{trap/number:三百六}}，我们家也进了低保。村里的{{han:邱得福}}书记给我们家修了个坡，轮椅能推出门晒太阳。厂里老板{{han:吕满仓}}让我上长白班，不用倒夜班。工友{{han:宁家欢}}跟我一条线，我家有事她替我顶着，厂里有啥通知，我都让{{han:宁家欢}}帮我记着。镇上民政办的每季度入户一回。{{trap/org:县残联}}给我男人配了护理床。厂里的会计{{compound:公良淑敏}}帮我填了好多表，县社工站的{{compound:亓官明哲}}常来，教老二做手工。
访谈者：孩子们上学怎么样？
受访者：{{han:车铃}}在{{school:平乡县第二中学初一（5）班}}，班主任{{han:韦春丽}}老师说她作文写得好，写过一篇《我爸的腰》，老师看哭了。{{han:轱辘}}在{{school:平乡镇中心小学四年级（3）班}}，他们班{{han:路玉敏}}老师说他聪明，就是字写得跟狗爬似的。{{han:车铃}}都说了，她长大当大夫，给她爸把腰治好。
访谈者：您一天怎么安排？
受访者：五点起，做饭，给男人接尿、擦身子，送{{han:糖瓜}}去幼儿园，七点进厂。中午在厂里吃，晚上六点回来。{{han:轱辘}}那孩子放学先去接妹妹，老大在家做饭。说实话我心里{{trap/word:焦急}}的时候多，{{trap/word:宁可}}自己累死，也不想让孩子们退学。
访谈者：厂里的活累吗？
受访者：累。童车的零件都是小件，一天坐十个钟头，手指头磨得全是口子。旺季的时候一天装一百多辆，赶订单赶到半夜。计件挣钱，装一辆一块二，一个月能拿四千来块。我也想过出去打工，挣得多，可家里离不开人，男人得翻身，孩子得有人管，只能在家门口干。
访谈者：男人现在的情况怎么样？
受访者：县医院的大夫说，脊椎伤到这个程度，站起来难了。我们每天给他做康复，抬腿、拉胳膊，怕他肌肉萎缩。他脾气变得急，有时候冲我和孩子发火，发完了又自己哭。村里有个跟他一样瘫了的，后来学了编筐，一个月也能挣点钱，我想等他心气顺了，也让他学点手艺。
访谈者：孩子们有没有因为家里的事受委屈？
受访者：有。大闺女上初中住校，一个礼拜回来一趟，生活费一百块，她从来不多要，同学买零食，她就在旁边看着。老二在学校跟人打过架，人家说他爸是瘫子，他不干。老师把两家家长叫去，人家家长也挺通情理，让孩子道了歉。
访谈者：亲戚们呢？
受访者：我娘家在{{trap/place:广宗}}，我哥跑运输，每回路过给捎点菜。小姑子{{han:秦丽平}}在{{trap/place:天津}}，过年给孩子们买新衣服。邻居{{han:阚凤琴}}婶子会针灸，常来给我男人扎两针。婆婆爱讲{{trap/famous:孟姜女}}哭长城，老三听一回哭一回。
访谈者：登记信息请您说一下。
受访者：家在{{address:平乡县油召乡秦家屯村二街12号}}，厂子在{{address:平乡县河古庙镇工业园区童车路26号}}。我身份证{{id_number@wy1987spaced.130532}}，我男人的{{id_number@my1985x.130532}}。我电话{{mobile@hyphen}}，{{han:焦秀云}}的{{mobile@plus86dash}}，她微信{{wechat:jiaoxiuyun_cw}}。{{han:车铃}}有个QQ，说是班级群用，号码是{{qq:1730648295}}。
访谈者：表上的名字对吗？
受访者：有错。学校表上把大闺女写成{{spaced:秦 嘉 怡}}，我男人写成{{spaced:秦卫 东}}。社工小伙子名字写成{{spaced:亓　官　明　哲}}。
访谈者：您最盼的是什么？
受访者：盼男人能坐起来，盼仨孩子有出息。{{han:轱辘}}跟我说，妈，等我长大挣钱了，你就不用装车了。
""")

# H669: Han primary-school teacher in 威县 (邢台) going through six pupils in distress and their parents on WeChat and QQ.
DOCS["H669"] = ("teacher", """\
访谈者：老师，您先介绍一下自己。
受访者：我叫{{han:冯晓蕾}}，在{{trap/place:威县}}城南一所小学教语文，是{{school:威县第三实验小学四年级（2）班}}的班主任。班上四十四个孩子，困境儿童有六个，家长大多是在微信上联系，有的孩子自己用QQ跟我说话。
访谈者：能一个一个说说吗？
受访者：头一个{{han:邵梓涵}}，爸爸{{han:邵国峰}}搞非法集资，判了六年，妈妈改嫁了。她跟奶奶{{han:滑翠兰}}过，奶奶不会用手机，有事都是她大伯在微信上回我，他微信叫{{wechat:shaoguodong_77}}。{{han:邵梓涵}}她作文里从来不写爸爸。
访谈者：第二个呢？
受访者：第二个{{han:牛思远}}，孤儿，爸妈去年在{{trap/place:石家庄}}出车祸一块走了，跟着大伯{{han:牛建朋}}。大伯自己也有俩孩子，开个修车铺。孩子有QQ，晚上想爸妈了就给我发消息，号码他写在我的备课本封皮上：{{qq:2735018694}}。孩子也说过，老师你别告诉我大伯我哭了。
访谈者：第三个？
受访者：第三个{{han:魏子墨}}，留守，爸妈在{{trap/place:天津}}送外卖，跟着爷爷{{han:魏金锁}}。爷爷七十多了，每天骑电动车接送。{{han:魏子墨}}就爱玩手机游戏，他妈{{han:高秀颖}}从天津给我发微信，一天问三回，她微信号{{wechat:gaoxiuying_tj}}。
访谈者：第四个？
受访者：第四个{{han:田欣蕊}}，妈妈乳腺癌，在{{trap/place:邢台}}化疗，爸爸在家种{{trap/word:梨}}。{{han:田欣蕊}}说她妈头发掉光了，她把自己的辫子剪了，要给妈妈做假发。我听了心里酸得不行。
访谈者：第五个？
受访者：第五个{{han:申浩然}}，爸妈都是聋哑人，爸爸{{han:申立强}}在县城修鞋。我跟他就打字聊微信，他的微信是{{wechat:shenliqiang_xiuxie}}。孩子的妹妹在{{school:威县第三实验小学一年级（4）班}}，兄妹俩都会手语，家长会上{{han:申浩然}}给他爸翻译。
访谈者：第六个？
受访者：第六个{{han:苗可馨}}，爸爸{{han:苗春旺}}得了脑梗，坐轮椅，妈妈在超市上班。{{han:苗可馨}}跟我说，老师，我要是考了一百分，我爸就能站起来。孩子有QQ，是她妈给申的，号码{{qq:9046137285}}。
访谈者：学校里都做了哪些事？
受访者：我们校长定了规矩，困境儿童午餐免费，每人一个老师结对。副校长{{compound:长孙秋实}}管这一块，心理老师{{compound:司马雨农}}每周给几个孩子上一节团体课。我结对的是{{han:牛思远}}和{{han:邵梓涵}}。县里的儿童主任{{han:柴玉凤}}大姐跟我们对接，把名单报到{{trap/org:县民政局}}，孩子家里出了急事我就找{{han:柴玉凤}}。{{han:牛思远}}拿的是孤儿基本生活费，一个月{{trap/number:一千六百五}}。
访谈者：这些孩子在班上跟别的孩子处得好吗？
受访者：大部分好。刚开始有孩子嘴欠，说谁谁没爸没妈，我在班会上讲了一回，讲每个家都有难处，讲完了好几个孩子哭了。现在班上有“小帮手”，成绩好的孩子结对帮学习差的。下雨天有家长开车顺路捎孩子，冬天班里凑钱给没有棉鞋的孩子买鞋，都是家长们在群里自己张罗的，我没开口。
访谈者：家长群里的信息您怎么管？
受访者：困境儿童的情况我从来不在大群里说，都是一对一私聊。有一回一个家长把孩子的低保材料拍照发到群里问我怎么填，我赶紧让她撤回了，怕别人看见孩子的家底。
访谈者：家长在微信上都说些什么？
受访者：什么都说。有问作业的，有借钱的，有半夜哭的。{{han:魏子墨}}的妈妈有一回凌晨两点给我发语音，说孩子爷爷住院了，她回不来。我第二天一早去医院，把孩子接到我家住了三天。我爱人给孩子做饭，孩子走的时候抱着他不撒手。
访谈者：您自己压力大吗？
受访者：大。有时候也想撂挑子。可一看孩子们的眼睛，就撂不下。我跟他们讲{{trap/famous:孔融}}让梨，讲完了{{han:魏子墨}}就把他的苹果分给了同桌。
访谈者：家长的信息登记了吗？
受访者：登记了。{{han:滑翠兰}}家在{{address:威县七级镇前魏家寨村四组9号}}，{{han:苗春旺}}家在{{address:威县洺州镇幸福家园小区11号楼3单元602室}}。{{han:牛思远}}的身份证{{id_number@my2015quad.130533}}。他大伯电话{{mobile@spaced}}，我的工作QQ是{{qq:50382916}}，家长都加了。
访谈者：孩子们的名字在表上写得对吗？
受访者：县里的表是手填的，把{{han:田欣蕊}}写成{{spaced:田欣 蕊}}。副校长的名字被写成{{spaced:长 孙 秋 实}}，还有一张写成{{spaced:司 马 雨 农}}。
访谈者：最后您想说什么？
受访者：这些孩子不比别人差，就是家里遭了事。我们多看一眼，他们就少受一点委屈。
""")

# H670: Uyghur grandfather from 墨玉 selling naan in 常熟 (苏州) with the two children of his dead son.
DOCS["H670"] = ("family", """\
访谈者：大叔，您在{{trap/place:常熟}}多少年了？
受访者：七年了。我叫{{minority/uyghur:买提库尔班·吾甫尔}}，家是{{trap/place:和田}}{{trap/place:墨玉}}县的，在这边菜市场门口打{{trap/minority_word:馕}}卖。这边的人叫我{{minority/uyghur:库尔班}}大叔，小孩叫我馕爷爷。老伴{{minority/uyghur:祖力胡马尔·买合苏提}}腿不好，在墨玉老家看着几亩核桃地。两个孙子孙女跟着我住。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/uyghur:吾甫尔江·买提库尔班}}前年骑电动车送馕，在路口叫渣土车撞了，没救过来。{{minority/uyghur:吾甫尔江}}他走的时候才三十四。儿媳{{minority/uyghur:布阿依谢姆·卡迪尔}}回了和田，后来又嫁了人，一年打两回电话。
访谈者：孩子们多大？
受访者：孙子{{minority/uyghur:奥布力喀斯木·吾甫尔江}}十二岁，我们叫他{{minority/uyghur:喀斯木}}；孙女{{minority/uyghur:海沙尔古丽·吾甫尔江}}八岁，叫她{{minority/uyghur:海沙尔}}。{{minority/uyghur:喀斯木}}在{{school:常熟市虞山街道中心小学六年级（5）班}}，{{minority/uyghur:海沙尔}}在{{school:常熟市虞山街道中心小学二年级（1）班}}。学校的花名册上孙子写成{{minority/uyghur:奥布力喀斯木吾甫尔江}}，没有点，老师念半天念不下来。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:顾秀芬}}，她帮两个孩子在这边办了困境儿童的补贴，一个月一人{{trap/number:一千二百八}}，还给我办了居住证。街道的{{han:陆建华}}跑了两趟交警队，帮着要赔偿。房东{{han:缪根宝}}两年没涨房租。派出所的{{han:浦志刚}}警官常来店门口坐坐，说有事找他。社工站有个姑娘叫{{compound:西门雅琪}}，还有个志愿者是{{compound:钟离桂香}}，周末教孩子们写作业，{{compound:西门雅琪}}还带孩子们去{{trap/place:尚湖}}看荷花。
访谈者：老家那边呢？
受访者：村里的干部{{minority/uyghur:排尔哈提·吐拉克}}给孩子们报了低保，每年打电话问。老伴的弟弟{{minority/uyghur:卡迪尔江·买合苏提}}去年来常熟帮我打馕，{{minority/uyghur:卡迪尔江}}力气大，一早上能打两百个。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:喀斯木}}他数学好，班主任{{han:钱晓燕}}老师说能考上好初中。{{minority/uyghur:海沙尔}}也爱跳舞，学校联欢会上跳了一段，她穿的是她奶奶寄来的{{trap/minority_word:艾德莱斯}}裙子。有同学问她为什么不吃食堂的肉，{{han:钱晓燕}}老师就让食堂给她单做。
访谈者：馕铺的生意怎么样？
受访者：还行。这边的人开始不认识馕，后来吃惯了，早上排队买。一个卖四块，一天卖三四百个，除了房租、面粉、煤气，一个月落下四五千。孙子放假的时候在店里帮我收钱，他算账比我快，手机扫码也是他教我的。有个老太太每天都来买两个，说她孙子在新疆当兵，吃着馕就想起孙子。
访谈者：孩子们想回墨玉吗？
受访者：孙女想奶奶，天天晚上跟奶奶视频，说等放暑假回去摘核桃。孙子不太想回去，他的朋友都在这边，说话也是一口常熟腔了。我跟他说，家乡不能忘，维吾尔话不能忘。每个礼拜天晚上我教他们认维吾尔文，他们的奶奶在视频里检查。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}关一天店，做{{trap/minority_word:抓饭}}，请房东和孩子们的{{han:顾秀芬}}阿姨来吃。{{trap/minority_word:古尔邦节}}去{{trap/place:苏州}}的{{trap/org:清真寺}}礼拜。{{han:顾秀芬}}带孩子们去{{trap/place:虞山}}，说这山上葬着画画的{{trap/famous:黄公望}}，孙子回来就在本子上画山。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：早上三点起来和面，五点生{{trap/minority_word:馕坑}}，七点送孩子上学，还得看摊子。孙女发烧那次，我一个人抱着她去医院，话说不清楚，是一个护士帮着挂的号。{{minority/uyghur:买提库尔班}}我这把年纪，最怕的是倒下。
访谈者：登记表要写地址和号码。
受访者：住在{{address:常熟市虞山街道琴川小区15幢2单元401室}}。我的身份证{{id_number@mold.653222}}，孙子的{{id_number@my2013fwspaced.653222}}。我电话{{mobile@plus86spaced}}，儿童主任的{{mobile@fullwidth}}，她的微信{{wechat:guxiufen_qinchuan}}。孙子有个QQ，跟他妈妈视频用，号码他写在馕铺的墙上：{{qq:3658201947}}。
访谈者：表上名字对吗？
受访者：各写各的。补贴表上是{{spaced:买提库尔班 · 吾甫尔}}，点两边都空着；孙女写成{{spaced:海 沙 尔 古 丽}}；孙子写成{{spaced:奥布力喀斯木 吾甫尔江}}，中间空了一格。
访谈者：您最大的心愿是什么？
受访者：孩子们念好书，长大了回和田也好，留在常熟也好，做个有用的人。
""")

# H671: Han court clerk in 清河 (邢台) reading from a guardianship case file.
DOCS["H671"] = ("staff", """\
访谈者：您在法院做什么工作？
受访者：我叫{{han:郝静怡}}，是{{trap/org:清河县人民法院}}的书记员，跟民事审判庭。今天带的是去年一个撤销监护人资格的案子，卷宗我念着说，名字都按卷上的写法。
访谈者：好，您说。
受访者：申请人是孩子的姥姥{{han:武桂英}}，六十三岁。被申请人是孩子的父亲{{han:邢建强}}，三十八岁，吸毒，喝了酒打孩子，现在在强制隔离戒毒所。孩子的母亲{{han:董丽娜}}四年前外出打工就没了音讯，前年我们院已经宣告失踪。两个孩子，哥哥{{han:邢雨泽}}九岁，妹妹{{han:邢雨萱}}六岁。
访谈者：案子是怎么来的？
受访者：是学校发现的。{{han:邢雨泽}}在{{school:清河县第五实验小学三年级（2）班}}，班主任{{han:路秀敏}}老师看见孩子胳膊上有烟头烫的疤，报给了派出所。派出所的{{han:韩庆林}}所长跟{{trap/org:县民政局}}、{{trap/org:县妇联}}一块去了家里，孩子饿得在邻居家捡剩饭。民政局儿童福利股的{{han:栗丽华}}股长先把俩孩子送到姥姥家临时照料。
访谈者：开庭的时候都有谁？
受访者：审判长是{{compound:上官思远}}，陪审员有{{compound:令狐悦然}}和{{han:褚振国}}，检察院派了{{compound:巫马志强}}出庭支持。姥姥请不起律师，法律援助中心指派的律师叫{{compound:宇文嘉琪}}。县社工站的{{compound:段干秋菊}}做了社会调查，写了二十多页的报告。
访谈者：被申请人来了吗？
受访者：戒毒所押着来的。{{han:邢建强}}他在庭上说他改，又说孩子是他的，谁也别想带走。{{compound:宇文嘉琪}}律师把照片一张张摆出来，他就不吭声了。姥姥在庭上哭得说不出话，笔录上我记了一句，她说孩子身上的疤是烫在她心上。
访谈者：判决怎么判的？
受访者：撤销{{han:邢建强}}的监护人资格，指定姥姥为两个孩子的监护人，孩子的舅舅{{han:董立新}}每月帮着出生活费。民政局给俩孩子按事实无人抚养发补贴，一人一个月{{trap/number:一千四百二十元}}。村里的儿童主任每月去看一回。
访谈者：这种案子一般怎么审？
受访者：不公开审理，孩子不出庭。开庭前合议庭要看社会调查报告，要听孩子的意见。哥哥九岁，能说清楚话，我们在法院的家事调解室里跟他谈，屋里摆着玩具和绘本，社工陪着，我做记录。孩子说他想跟姥姥过，说姥姥家有热饭吃。问他想不想爸爸，他低着头不说话，过了好半天说了一句，爸爸不喝酒的时候好。
访谈者：判决以后，法院还做了什么？
受访者：判决书送达以后，我们给村委会、学校、民政局都发了司法建议，请他们跟踪孩子的情况。法官还给被申请人写了一封信，告诉他戒毒出来以后，只要改好了，可以申请恢复监护人资格。院里每半年回访一次，回访记录也装进卷宗里。姥姥年纪大了，我们还跟县里协调，让民政把她纳入了低保。
访谈者：卷宗里的材料有什么特别的？
受访者：名字写法乱。申请书最后，姥姥签了两遍名，笔录上记的是“申请人{{han:武桂英}}{{han:武桂英}}”，她说第一遍写歪了。送达回证上被申请人写成{{spaced:邢 建 强}}。社会调查报告封面上社工名字写成{{spaced:段 干 秋 菊}}，合议庭名单上陪审员写成{{spaced:令　狐　悦　然}}，审判长也写成了{{spaced:上 官 思 远}}，律师那一栏写成{{spaced:宇文 嘉琪}}。书记员核对的时候一个个标出来。
访谈者：卷里的身份和地址信息呢？
受访者：{{han:武桂英}}的身份证{{id_number@wy1962.130534}}，{{han:邢建强}}的{{id_number@my1987hyphen.130534}}，{{han:邢雨萱}}的{{id_number@wy2019fwhyphen.130534}}。姥姥家住{{address:清河县连庄镇董家庄村三组15号}}，被申请人原住{{address:清河县葛仙庄镇羊绒小区6号楼1单元402室}}。姥姥的电话{{mobile@hyphen}}，舅舅{{han:董立新}}的{{mobile@p86h}}，他的微信{{wechat:donglixin_yangrong}}。{{han:邢雨泽}}后来用姥姥的手机申了个QQ，社工让附在回访记录后面，号码{{qq:1597304862}}。
访谈者：孩子们现在怎么样？
受访者：回访过两次。{{han:邢雨萱}}长胖了，{{han:邢雨泽}}还是怕大声说话的男人。姥姥家在村里开了个{{trap/word:羊绒}}加工的小作坊，舅舅两口子一起干。哥哥说他最喜欢看{{trap/famous:武松}}打虎，他要当武松，保护妹妹和姥姥。
访谈者：这种案子多吗？
受访者：不多，一年一两件。每一件都得小心，孩子的事，判错了就是一辈子。我们院跟民政、妇联、学校建了个联络群，有孩子出事，我这边第一个知道。
""")

# H672: Han grandmother in 沙河 (邢台) raising her grandson after her son died at a glass works.
DOCS["H672"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：就我跟孙子俩。我叫{{han:翟秀荣}}，今年六十七，家在{{trap/place:沙河}}西边山根底下。老头子{{han:栗福来}}走得早。儿子{{han:栗志伟}}在{{trap/word:玻璃}}厂上班，三年前窑炉出事，人没了。儿媳{{han:郭晓燕}}第二年改嫁到{{trap/place:邯郸}}，孩子留给了我。
访谈者：孙子多大了？
受访者：孙子{{han:栗子轩}}十一岁，在{{school:沙河市新城镇中心小学五年级（3）班}}。家里叫他{{han:虎头}}，生下来脑袋就大，他爷爷给起的。孩子也知道奶奶不容易，放了学就帮我喂鸡。他的同桌{{han:贺雨晨}}家也是单亲，两个孩子好得跟亲兄弟一样。
访谈者：儿子走了以后，您是怎么过来的？
受访者：头一年天天哭。厂里赔了一笔钱，我存起来给孙子念书。村里的儿童主任{{han:杜彩云}}来了好几趟，给孙子报了事实无人抚养的补贴，一个月{{trap/number:一千一百六}}，我也进了低保。镇上民政的{{han:贺建坤}}说，有困难就打他电话。{{han:杜彩云}}她比我闺女还亲，下雨天开车来接孩子。孙子有啥心事也愿意跟{{han:杜彩云}}说。
访谈者：孩子想妈妈吗？
受访者：想。他妈一年来看两回，每回待半天。走的时候{{han:虎头}}就站在村口，不说话，看着车走远了才回来。班主任{{han:燕丽霞}}老师跟我说，孩子在学校写作文，题目是《我的妈妈》，他交了白卷。后来学校的心理老师{{compound:东方亦可}}找他谈了好几回，才慢慢好了。
访谈者：还有谁帮您？
受访者：村支书{{han:张满良}}帮我把房顶修了。邻居{{han:李德顺}}两口子家里有车，孙子病了就送医院，{{han:李德顺}}那边的闺女还给孙子辅导过功课。镇卫生院的大夫每月上门给我量血压。市里社工站的社工叫{{compound:太叔文涛}}，跟他一起来的还有{{compound:仲孙立新}}，俩人带孩子们去爬{{trap/place:太行山}}，讲{{trap/famous:愚公}}移山。{{compound:太叔文涛}}说，奶奶，孙子的事您别一个人扛。
访谈者：儿子出事以后，厂里怎么处理的？
受访者：厂里赔了六十来万，一半给了儿媳，一半留给孙子，存在银行里，镇上帮着办的，孙子十八岁以前谁也不能动。{{trap/org:市总工会}}的人来过，又给了两万块困难补助。儿子的同事们每年清明都来坟上看看，有个小伙子每年开学给孙子买一书包文具。
访谈者：孙子在学校怎么样？
受访者：学习中不溜，就是爱画画。他画的房子都有烟囱，冒着烟，说是他爸在屋里做饭。学校给他免了课后服务费，老师说他手巧，让他参加了剪纸兴趣班，剪的窗花贴满了我家窗户。过年的时候我们祖孙俩包饺子，他包的饺子一个个立着，比我包的还好看。
访谈者：您一个月的花销够吗？
受访者：低保加上孙子的补贴，一个月两千来块，够吃够喝。我在院里种点菜，养了十几只鸡，鸡蛋自己吃，多了拿到集上卖。就是孙子越长越大，吃得多，穿得费，鞋一年得买三双。
访谈者：您身体怎么样？
受访者：腰疼，眼睛也花了。去年冬天摔了一跤，手腕骨折，是镇上的干部开车送我去的市医院，{{han:刘振岭}}大夫给我打的石膏。那一个多月，孙子给我端水端饭，还学着擀面条。秋天山上的{{trap/word:栗树}}结了果，他一个人能背半筐下来。
访谈者：亲戚们呢？
受访者：我闺女{{han:栗志红}}在{{trap/place:石家庄}}当保姆，每月给我打五百块。她男人是我娘家侄子，人老实。孙子的舅舅在邯郸，过年给孙子买了一身新衣裳。老头子的兄弟{{han:栗福全}}就住后街，{{han:栗福全}}他也八十了，走路拄棍，还天天过来看一眼。
访谈者：登记表要填地址和电话。
受访者：家在{{address:沙河市新城镇栗家庄村西街八组17号}}。我的身份证{{id_number@wy1958.130582}}，孙子的{{id_number@my2014fullwidth.130582}}。{{han:杜彩云}}的电话{{mobile@spaced}}，她微信{{wechat:ducaiyun_xincheng}}。孙子有个QQ，说是网课用的，号码他写在我的老年卡背面了：{{qq:61930482}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。学校那张把孙子写成{{spaced:栗　子　轩}}，低保本上我是{{spaced:翟 秀 荣}}，还有一张把我写成{{spaced:翟秀 荣}}。社工的名字写成{{spaced:太 叔 文 涛}}，我还以为是两个人。
访谈者：您最盼什么？
受访者：盼{{han:虎头}}长大成人，念个大学。我走了以后，他有个依靠。{{han:虎头}}说，奶奶，等我挣了钱，带你去北京看天安门。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=665,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout84",))


if __name__ == "__main__":
    main()
