# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 173 (tests/pii/holdout173/H1369-H1376 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 172, written at the same time, is not
an earlier set).

Set 173 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
曹县 and 嘉祥 (Shandong): a Mongolian grandfather from 库伦旗 raising twin grandsons in 曹县 after their mother left
and their father took to long-haul driving; an Amdo Tibetan mother from 玛曲 who sews Tibetan-style stage costumes
in a 大集镇 workshop and raises her daughter alone after her husband died on the road; a Uyghur father from 麦盖提
who sells dried fruit in 嘉祥, his wife half paralysed by a stroke; a Hui grandmother from 积石山 raising in 嘉祥 a
granddaughter whose father is in prison; a Han 儿童主任 in 倪集街道 reading out her list; a Han community worker in
嘉祥街道 taking calls and WeChat voice messages during the interview; a Han aunt in 纸坊镇 raising her brother's son
after the brother died in a quarry blast; and a Han middle-school head teacher in 梁宝寺镇 talking about a girl who
lives with her blind grandmother. The emphasis is on forms where a replacement might cover only part of a name, in
a mix rather than one trick: Mongolian names used whole (其木格萨仁, 乌兰娜仁, 格根托娅, 宝力道那仁, 达赖巴根) and
with a short form (门德毕力格 then 门德他, 希日布毕力格 then 希日布也), a Han surname before a Mongolian given name
(白特古斯, the grandfather's Han surname joined to his Mongolian name; 白门德 as a teacher reads the roll) and the
Han names and nicknames of the same family (白永昌, 白大爷, 白志军, 白子谦, 白子诺, 金蛋, 银蛋); Amdo Tibetan names of
玛曲 (仁增拉毛, 仁青东智, 贡保东珠, 娘毛草, 卓尕吉, 桑吉加, 道吉卓玛, 昂青加, 华尔旦), forms of address made from them
(小仁增, 小娘毛) and the father's first syllable made a surname by the school (仁娘毛草); Uyghur given name + father's
name with the dot (塔西甫拉提·肉孜尼亚孜, 布维佐热·阿不力米提, 艾力克木·塔西甫拉提, 买提肉孜·卡德尔,
曼苏尔·买提肉孜, 热汗古丽·吾守尔) and without it (艾力克木塔西甫拉提), short forms (塔西, 塔西哥, 佐热, 艾力克木,
塔西甫拉提, 努尔曼姑她), a form of address (小努尔曼) and a Han surname before a Uyghur short name (曾克木: in 嘉祥
everyone is a 曾, say the classmates); Han-form Hui names (马凤莲, 马永财, 马若溪, 冶成海, 沙守仁阿訇) beside 经名 used
alone (哈迪策阿奶, 伊迪勒斯, 伊玛乃她, 再乃拜, 优苏甫) and after a Han surname (马伊玛乃, 冶苏菲燕, 冶尔沙); Han names
with common and rare surnames of the region (晁, 郜, 靳, 訾, 亓, 解, 仵, 殷, 郝, 宓, 冉, 曾, 仲, 桑, 袁, 毋, 邸, 伊, 芦,
时, 逯, 甄, 昝, 颜, 卜, 闵, 阚, 连, 邵); surnames that are also ordinary words directly after and before grammar
words (也桂芝也是, 才玉凤才从, 被立新被城管, 把永胜把腿, 把俊杰把家里的, 还海鹰啊？还在, 还小宇还烧, 要长庚？要是要,
有志伟，有空, 由凤霞啊，由你闺女, 和美云和俺, 能建国能干, 就春苗就住, 连淑芳连着, 不让让桂兰, 向天赐向来) and as the
first character of a given name (冉向前向俺保证), beside places, ordinary words and famous names that start with a surname
character of the voices (曾子路 and 曾子 beside 曾凡荣, 曾经, 伊尹 beside 伊振华, 芦笋 beside 芦文静, 第五户 beside
第五晴岚, 要强, 能干, 向来, 连着); names that contain words (冉向前, 向天赐, 芦文静, 闵文静, 时浩然, 要长庚, 还海鹰);
titles and kin words after names (殷淑华老师, 逯红梅老师, 宓桂英大娘, 仵秀兰大姐, 沙守仁阿訇, 令狐清越大夫; the span
is the name only), a surname with only a title or kin word, annotated whole (白大爷, 甄老师, 甄所长, 昝校长, 颜姐,
曾大嫂, 靳老师, 邵校长, 桑姨); nicknames, annotated whole (金蛋, 银蛋, 前前); names directly before particles,
pronouns and verbs (晁丽娜她, 訾长河他, 解春燕她, 亓建华他, 仲丽娟她, 曾晓丽她, 伊振华他, 让桂兰她, 冉庆春也,
被立新说) and after 叫/是/给/跟/找/让/和 (叫冉向前, 是卜庆霞, 找闵文静, 跟向天赐, 给佐热, 让让桂兰, 叫他马永财), and
names closing the last sentence (还有亓建华。, 直接找桑秀荣。, 或者找闵文静。, 俺兄弟冉德海。, 是闵思琪。); names
spaced out character by character in half- and full-width spaces, a dotted name with spaces around the dot and
names split in two; compound surnames after ordinary words (濮阳, 淳于, 东门, 公冶, 宗政, 欧阳, 端木, 公羊, 申屠,
漆雕, 诸葛, 太史, 西门, 第五, 仲孙, 颛孙, 夹谷, 宰父, 令狐, 澹台, 南宫, 尉迟); and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:也桂芝}}``, ``{{qq:3906271458}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016tri.371721}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 大娘, 大姐, 阿奶, 哥) and a
particle, pronoun or verb written directly after a name (说, 也, 他, 她, 才, 被, 把, 还, 要, 和, 能, 就, 连, 向) are
outside the span; a surname with only a title or kin word (白大爷, 甄老师, 颜姐, 桑姨) and a nickname (金蛋, 银蛋,
前前) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui people (白永昌, 白子谦, 马凤莲,
马若溪) are category han; a Han surname before a non-Han given name (白特古斯, 白门德, 仁娘毛草, 曾克木, 马伊玛乃,
冶苏菲燕) is category minority, as are forms of address made from a non-Han name (小仁增, 小娘毛, 小努尔曼).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout173/make_holdout173.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(173_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "176", "178", "182",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1369: Mongolian grandfather from 库伦旗 raising twin grandsons in 曹县 after their mother left.
DOCS["H1369"] = ("family", """\
访谈者：大爷，听口音您是北边来的？
受访者：内蒙古{{trap/place:库伦旗}}的，{{trap/place:通辽}}底下。我叫{{minority/mongolian:阿古拉特古斯}}，户口本上的汉名是{{han:白永昌}}，这边街坊都叫我{{han:白大爷}}。居委会的表上又写成{{minority/mongolian:白特古斯}}，汉名蒙名各取了一半。来{{trap/place:曹县}}第四年了，给儿子看一对双胞胎孙子。
访谈者：孩子的妈妈呢？
受访者：走了。儿子{{minority/mongolian:巴音额尔德尼}}在这边板材厂干活，厂里人叫他{{han:白志军}}，娶了本地姑娘{{han:晁丽娜}}。孩子三岁那年，{{han:晁丽娜}}她跟一个拍视频卖{{trap/word:汉服}}的跑了，手机号也换了。儿子想不开，跟车跑长途去了，一趟拉到{{trap/place:乌鲁木齐}}，一个月回来两天。我老伴{{minority/mongolian:其木格萨仁}}前年没了，家里就剩我一个，就过来了。
访谈者：孙子们叫什么？
受访者：大的叫{{minority/mongolian:门德毕力格}}，小的叫{{minority/mongolian:希日布毕力格}}，我喊他俩{{minority/mongolian:门德}}、{{minority/mongolian:希日布}}。学校用汉名，{{han:白子谦}}、{{han:白子诺}}，都在{{school:曹县磐石街道第二小学三年级（4）班}}。同学给起了外号，一个{{han:金蛋}}，一个{{han:银蛋}}。新来的老师点名念成{{minority/mongolian:白门德}}，俺孙子也答应。
访谈者：家里靠什么过？
受访者：儿子一个月打回来两千来块，不固定。社区儿童主任{{han:靳秋萍}}上门三回，说俩孩子的妈找不着、报了失踪，爸一个人挣不够，算困境儿童，一人一个月{{trap/number:一千一百八十块}}，去年批下来了。街道民政办的{{han:郜德贵}}帮着写的情况说明。社工叫{{compound:濮阳书琴}}，每周三来教孩子写作业；跟她一块来的大学生{{compound:淳于晓岚}}在{{trap/place:赤峰}}念过书，会说几句蒙古话。
访谈者：您一个人怎么带两个孩子？
受访者：早上六点起来熬小米粥，煮鸡蛋，一人一个。七点送到学校门口，俩人一个背蓝书包，一个背红书包，不然老师分不清。中午在学校吃托管饭，晚上我接回来。这边的菜我做不好，孩子们爱吃煎饼卷大葱，我学了半年才摊得圆。周末我带他们去河边放风筝，他俩一个往东跑，一个往西跑，我追不上，就站着喊。
访谈者：孩子们在学校怎么样？
受访者：班主任{{han:甄老师}}说{{minority/mongolian:门德}}他坐不住，{{minority/mongolian:希日布}}也爱哭。有一回同学笑他们没妈，俩人跟人打了一架，一个脑门上起了个包，一个衣裳扯烂了，回来还不让我告诉他爸。{{han:甄老师}}没罚他们，把我叫去教全班跳{{trap/minority_word:安代舞}}，孩子们都爱学，后来就没人笑了。
访谈者：孩子们身体好吗？
受访者：{{minority/mongolian:门德}}壮实，{{minority/mongolian:希日布}}生下来就小，有哮喘，一换季就咳。{{trap/org:县人民医院}}的大夫让常备着喷雾，一个月二百多块，医保报一半。去年冬天他半夜喘不上气，是楼上的志愿者{{compound:东门少卿}}开车送的急诊。我不会开车，在老家只会骑马。
访谈者：邻居们呢？
受访者：对门住着{{han:也桂芝}}，{{han:也桂芝}}也是一个人带孙子，我出门她给看着。楼下开小卖部的{{han:訾长河}}，孩子要啥先赊着。{{han:訾长河}}他说，{{han:白大爷}}你是草原上来的客，不能亏着。
访谈者：老家还有人惦记吗？
受访者：有。我妹妹{{minority/mongolian:乌兰娜仁}}每年秋天寄两箱{{trap/minority_word:炒米}}。嘎查的儿童主任{{minority/mongolian:格根托娅}}在微信上问孩子，说回去上学也能报补助。嘎查达{{minority/mongolian:宝力道那仁}}说草场给我留着，外甥{{minority/mongolian:达赖巴根}}替我看着那几头牛。
访谈者：您想老家吗？
受访者：想。想{{trap/minority_word:奶茶}}，想{{trap/place:大青沟}}的林子。晚上我给孙子唱{{trap/famous:嘎达梅林}}，他俩听不懂，跟着哼。我跟他们说，你爷爷的爷爷骑马，你们骑电动车，都一样是往前走。有时候夜里睡不着，我坐在阳台上抽烟，看着楼下的路灯，想我们嘎查的星星，那边的星星低，伸手就能够着。
访谈者：您自己身体呢？
受访者：腰不行，是腰间盘突出，阴天下雨疼得弯不下去，给孩子洗衣裳都得坐个小板凳。这岁数，就怕哪天躺下了，俩孩子没人管。{{han:靳秋萍}}说真到那一步，街道会想办法，让我别愁。
访谈者：登记表上的信息请说一下。
受访者：这边住{{address:曹县磐石街道柳林社区5号楼2单元301室}}，老家是{{address:库伦旗额勒顺镇哈日干吐嘎查二组7号}}。我的身份证{{id_number@my1953spaced.150524}}，大孙子的{{id_number@my2016tri.371721}}。我电话{{mobile@plain}}，儿子的{{mobile@s434}}。儿子微信叫{{wechat:bayin_erdeni_cx}}，{{han:靳秋萍}}的微信是{{wechat:jinqp_panshi}}。大孙子拿我的旧手机注册了个QQ，说上网课用，号码他拿铅笔写在门框上了：{{qq:3906271458}}。
访谈者：名字在表上写得对吗？
受访者：乱七八糟。低保表上我成了{{spaced:阿 古 拉 特 古 斯}}，学校名单上是{{spaced:门德　毕力格}}，儿子被写成{{spaced:巴音 额尔德尼}}，医保卡上我的汉名又成了{{spaced:白　永　昌}}，我去办事得带三个本子对着看。
访谈者：您最盼什么？
受访者：盼俩孙子长大了回{{trap/place:库伦}}看看。这俩孩子是我的金子银子，也是{{minority/mongolian:巴音额尔德尼}}的命。
""")

# H1370: Amdo Tibetan mother from 玛曲 who sews stage costumes in a 曹县 workshop and raises her daughter alone.
DOCS["H1370"] = ("family", """\
访谈者：阿佳，您在这个作坊做了多久了？
受访者：三年了，专门缝{{trap/minority_word:藏袍}}样式的演出服。我叫{{minority/tibetan:仁增拉毛}}，老家{{trap/place:玛曲}}，{{trap/place:阿万仓}}那边的牧民。作坊里的姐妹叫我{{minority/tibetan:小仁增}}。老板{{han:亓建华}}在网上看见我阿妈缝的袍子，问我愿不愿意来{{trap/place:大集镇}}，说这边一年要卖几十万套演出服。
访谈者：孩子的爸爸呢？
受访者：没了。孩子爸爸{{minority/tibetan:仁青东智}}五年前骑摩托去{{trap/place:合作}}，路上出了事。那时闺女才三岁。草场归了他哥哥{{minority/tibetan:贡保东珠}}，草场证上写的是{{spaced:贡 保 东 珠}}。我一个人守不住，就带着闺女出来了。走的那天我舅舅{{minority/tibetan:华尔旦}}骑马送到公路边上，说草原上的女人到哪儿都饿不死。
访谈者：闺女叫什么？
受访者：{{minority/tibetan:娘毛草}}，八岁了，在{{school:曹县大集镇中心小学二年级（3）班}}。学校报名要填姓，老师把她爸名字的头一个字当了姓，写成{{minority/tibetan:仁娘毛草}}，她现在自己也这么写。同学们叫她{{minority/tibetan:小娘毛}}。
访谈者：您是怎么学会缝演出服的？
受访者：我阿妈就是缝袍子的，我从小在帐篷里看着。这边的袍子不用真{{trap/minority_word:氆氇}}，水獭皮边也是人造的，一套卖一百多块，网上卖到全国，连{{trap/place:拉萨}}的学校都来订过。老板出样子，我改领口、改袖子，让它像我们那边的。旺季的时候连着一个月加班到夜里十一点，闺女就在作坊的布堆上睡着了，我缝完一件，看她一眼，再缝一件。
访谈者：作坊里的人对你们怎么样？
受访者：好。缝纫机挨着我的是{{han:解春燕}}，{{han:解春燕}}她教我用电脑绣花机。管裁剪的{{han:仵秀兰}}大姐家里有个跟我闺女一样大的，两个孩子常在一块写作业。{{han:才玉凤}}才从{{trap/place:临沂}}来，说她奶奶也信佛，常问我转经的事。{{han:亓建华}}他知道我一个人，赶货的时候让我把闺女带到作坊，给她一张小桌子。
访谈者：有谁帮你们办补助？
受访者：镇上的儿童主任{{han:郝玉翠}}，她说{{minority/tibetan:娘毛草}}是单亲、爸爸没了，报了困境儿童，一个月{{trap/number:九百六十块}}，我自己也有了低保。县里社工站的{{compound:公冶明月}}每月来一趟，帮闺女补语文，还带来一个志愿者{{compound:宗政婉清}}，是学医的，给我们量血压。县妇联的{{compound:欧阳慕白}}送来过一台二手缝纫机。班主任{{han:殷淑华}}老师说，{{minority/tibetan:娘毛草}}画画好，让她参加了县里的比赛，拿了二等奖。
访谈者：老家还有亲人吗？
受访者：我阿妈{{minority/tibetan:卓尕吉}}，今年六十八，跟我弟弟{{minority/tibetan:桑吉加}}在草原上。弟弟放着六十几头牦牛，打了{{trap/minority_word:酥油}}就寄过来。阿妈在视频里给闺女讲{{trap/famous:格萨尔}}的故事，闺女听一半就睡着了。村里的儿童主任{{minority/tibetan:道吉卓玛}}每回打电话都问闺女长高了没有。在{{trap/place:菏泽}}开车的老乡{{minority/tibetan:昂青加}}，过年捎我们娘俩回去。
访谈者：闺女适应吗？
受访者：刚来的时候不说话，吃不惯煎饼，想阿奶。有一回她在学校把糌粑拿出来吃，同学问她吃的是不是土，她哭着回来，第二天不肯去。{{han:殷淑华}}老师知道了，让我带了一袋糌粑去班上，教孩子们拌着酥油吃，孩子们都说香，从那以后她才有了朋友。现在会说“中”，会说“俺”，回家跟我说{{trap/word:杠赛来}}，我都听不懂。她说长大了要当设计师，给{{trap/place:黄河首曲}}的姑娘们做新衣裳。
访谈者：过年回老家吗？
受访者：回。{{trap/minority_word:洛萨}}的时候作坊放假，我们坐三天车回去。闺女一下车就往羊圈里跑，追着小羊羔喊。她忘了好多藏话，阿妈教她，她教阿妈说“中”。回来的时候阿妈往我们包里塞满了{{trap/minority_word:曲拉}}和风干肉，闺女在火车上分给一车厢的人吃。
访谈者：您自己呢？
受访者：一天坐十来个钟头，肩膀疼，眼睛也花。旺季一个月能挣六千，淡季两千。有时候想回去，可闺女在这边上学，回去了没这么好的学校。这两年穿汉服的年轻人多了，作坊的活一年比一年多，老板说要给我涨工钱，让我带两个徒弟。
访谈者：登记信息请您说一下。
受访者：租的房子在{{address:曹县大集镇丁楼村东街9号}}，老家是{{address:玛曲县阿万仓镇贡赛尔村三社11号}}。我的身份证{{id_number@wy1990hyphen.623025}}，闺女的{{id_number@wy2017fw.623025}}。我电话{{mobile@hyphen}}，{{han:郝玉翠}}的{{mobile@plus86}}。我的微信是{{wechat:renzeng_lhamo_mq}}，闺女用我的手机上QQ，跟老家的表姐说话，号码她用彩笔写在我的布料本上：{{qq:２８５０６１７３９}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上是{{spaced:仁 增 拉 毛}}，学校写成{{spaced:仁　娘　毛　草}}，我男人的死亡证明上是{{spaced:仁青 东智}}。
访谈者：最后还想说什么？
受访者：想谢谢{{han:郝玉翠}}，还有{{han:亓建华}}。
""")

# H1371: Uyghur father from 麦盖提 who sells dried fruit in 嘉祥; his wife is disabled.
DOCS["H1371"] = ("family", """\
访谈者：大哥，您这干果摊摆了多久了？
受访者：六年了，就在{{trap/place:嘉祥}}老百货楼跟前。我叫{{minority/uyghur:塔西甫拉提·肉孜尼亚孜}}，老家{{trap/place:麦盖提}}，{{trap/place:叶尔羌河}}边上。这边人叫不全，都叫我{{minority/uyghur:塔西}}，卖菜的大姐们喊我{{minority/uyghur:塔西}}哥。
访谈者：怎么会到嘉祥来？
受访者：我十八岁出来，先在{{trap/place:济宁}}一家新疆饭馆烤肉，烤了五年。后来攒了点钱，看嘉祥这边没人卖干果，就过来摆了个摊。刚来的时候城管赶，顾客也少，一天卖不了一百块。慢慢的人认识我了，过年过节有单位成箱订，日子才好起来。
访谈者：家里几口人？
受访者：四口。老婆{{minority/uyghur:布维佐热·阿不力米提}}，前年得了脑梗，左边身子不能动，说话也不清楚。儿子{{minority/uyghur:艾力克木·塔西甫拉提}}十二岁，在{{school:嘉祥县实验小学六年级（2）班}}；闺女{{minority/uyghur:努尔曼姑}}七岁，在{{school:嘉祥县萌山小学一年级（5）班}}。学校的表格格子短，儿子被写成{{minority/uyghur:艾力克木塔西甫拉提}}，中间的点没了。
访谈者：孩子们在学校叫什么？
受访者：儿子的同学说，在嘉祥都姓曾，给他起名叫{{minority/uyghur:曾克木}}，他也认。闺女叫{{minority/uyghur:小努尔曼}}，班上的小姑娘都爱摸她的辫子。{{minority/uyghur:努尔曼姑}}她回家学人家说{{trap/word:俺娘}}，我老婆听了直笑。
访谈者：谁帮着照顾孩子妈妈？
受访者：白天我出摊，楼下的{{han:宓桂英}}大娘过来看一眼，给{{minority/uyghur:佐热}}喂口水。社区儿童主任{{han:曾凡荣}}给两个孩子报了困境儿童，一人一个月{{trap/number:一千零四十块}}。我老婆办了残疾证，一级，两项补贴都有。街道民政的{{han:冉庆春}}帮着跑的手续，医院开证明跑了四趟，{{han:冉庆春}}也没嫌烦。社工站的{{compound:端木梓川}}每周来给我老婆做康复，另一个社工{{compound:公羊恩泽}}带儿子去图书馆。
访谈者：孩子妈妈现在怎么样？
受访者：能扶着墙走几步了，是康复社工教的。她以前在老家是跳{{trap/minority_word:刀郎舞}}的，现在连杯子都端不稳，一个人的时候就哭。{{minority/uyghur:艾力克木}}懂事，放学先给他妈按胳膊，再写作业。他说长大了当医生，把他妈治好。每个礼拜二我带她去县医院做针灸，来回坐公交，她在车上靠着我睡，我就想起她年轻时候在{{trap/place:叶尔羌河}}边上跳舞的样子。
访谈者：生意怎么样？
受访者：卖{{trap/minority_word:巴旦木}}、葡萄干、核桃，都是表哥{{minority/uyghur:买提肉孜·卡德尔}}从老家发过来的。冬天好卖，夏天差。表哥的儿子{{minority/uyghur:曼苏尔·买提肉孜}}暑假来帮过我一个月。隔壁卖煎饼的{{han:被立新}}被城管说过几回，我俩常常一块挪摊。{{han:被立新}}说，{{minority/uyghur:塔西}}，你这核桃比{{trap/place:济宁}}批发市场的好。他闺女考上大学那年，我送了他两箱红枣。
访谈者：一天能卖多少？
受访者：好的时候三四百，不好的时候几十块。房租一个月八百，老婆的药一个月一千多，剩下的刚够吃饭、给孩子交钱。冬天冷，我在摊子边上生个小炉子，烤几个馕，自己吃，也分给隔壁的。{{minority/uyghur:努尔曼姑}}放了学就坐在摊子后头写作业，有人来买东西，她先跑过去问要多少。有人问我为什么不回老家，我说孩子在这边上学，学校好，老师也好，回去了又得从头来。
访谈者：孩子们会不会想老家？
受访者：想。儿子要回去看{{trap/minority_word:麦西来甫}}，闺女想奶奶烤的{{trap/minority_word:馕}}。老家村里的儿童主任{{minority/uyghur:热汗古丽·吾守尔}}每年打电话问，说孩子们的户口还在村里。我给孩子们讲{{trap/famous:阿凡提}}的故事，他们给我讲{{trap/famous:曾子}}杀猪，说是老师教的，说话要算数。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。早上五点起来给老婆擦身子、喂饭，七点送孩子，八点出摊，晚上八点收摊。过{{trap/minority_word:肉孜节}}那天我不出摊，给邻居们送{{trap/minority_word:馓子}}。邻居们也给我们送饺子，问清楚了是素馅的才端过来，我心里热乎。
访谈者：登记信息请您说一下。
受访者：住{{address:嘉祥县嘉祥街道建设北路68号3排5户}}，老家是{{address:麦盖提县央塔克乡托万克艾日克村四组22号}}。我的身份证{{id_number@my1982quad.653127}}，老婆的{{id_number@wy1985hyphen.653127}}，儿子的{{id_number@my2013fwspaced.653127}}。我电话{{mobile@s38}}，{{han:曾凡荣}}的电话{{mobile@spaced}}。我微信是{{wechat:tashi_ganguo_jx}}，儿子有QQ，号码他写在我进货的纸箱上：{{qq:1749305826}}。
访谈者：名字在表上写得对吗？
受访者：有错。残疾证上我老婆是{{spaced:布维佐热 · 阿不力米提}}，学校把闺女写成{{spaced:努 尔 曼 姑}}，低保表上我是{{spaced:塔西甫拉提 肉孜尼亚孜}}。
访谈者：您最盼什么？
受访者：盼老婆能自己走路，盼孩子们念书念出去。{{minority/uyghur:塔西甫拉提}}这个名字，是我爷爷在叶尔羌河边上给起的。
""")

# H1372: Hui grandmother from 积石山 raising in 嘉祥 a granddaughter whose father is in prison.
DOCS["H1372"] = ("family", """\
访谈者：阿奶，您从哪里来的？
受访者：甘肃{{trap/place:积石山}}，{{trap/place:大河家}}那边，老辈人说{{trap/famous:大禹}}就是从我们那里导的河。我叫{{han:马凤莲}}，经名{{minority/hui:哈迪策}}，庄子里的人都叫我{{minority/hui:哈迪策}}阿奶。
访谈者：怎么到嘉祥来了？
受访者：儿子{{han:马永财}}，经名{{minority/hui:伊迪勒斯}}，十几年前跑出来开牛肉面馆，落在{{trap/place:嘉祥}}，娶了本地媳妇{{han:曾晓丽}}，生了个尕丫头。前年儿子跟人打架，把人捅伤了，判了七年，在{{trap/place:济南}}坐牢。媳妇改嫁了，丫头没人管，我就过来了。
访谈者：孙女多大了？
受访者：十岁，学名{{han:马若溪}}，经名是我起的，叫{{minority/hui:伊玛乃}}。学校的老师叫不惯，叫她{{minority/hui:马伊玛乃}}。她在{{school:嘉祥县第三实验小学四年级（1）班}}。{{minority/hui:伊玛乃}}她懂事，放学先回来给我烧水，再写作业。
访谈者：您一个人带着，有人帮吗？
受访者：有哩。社区的儿童主任{{han:仲丽娟}}给丫头报了服刑人员子女的补助，一个月{{trap/number:八百七十块}}。我上了岁数，也给我办了低保。{{han:仲丽娟}}她隔一个礼拜就来看，问丫头吃得饱不饱。律师{{compound:申屠远航}}帮我们问过儿子减刑的事，社工{{compound:漆雕安然}}每月陪丫头去监狱会见一回。
访谈者：您身体怎么样？
受访者：腿疼，血压高，晚上睡不着。嘉祥的冬天比我们那里潮，骨头缝里疼。丫头晚上给我捶腿，捶着捶着就趴在我身上睡着了。我不会说这边的话，去医院看病都是丫头领着，她给大夫说，再给我翻成我们的话。
访谈者：丫头在学校吃饭方便吗？
受访者：学校食堂没有清真的，老师让她中午回来吃。我腿不好，走不到学校，是隔壁拉面馆的{{minority/hui:冶苏菲燕}}给送饭。她男人{{han:冶成海}}帮我扛面扛米，他们的闺女{{minority/hui:再乃拜}}跟我丫头一个班，两个尕丫头好得跟姊妹一样。{{minority/hui:再乃拜}}她阿妈的名字难写，学校家长群里打成了{{spaced:冶 苏 菲 燕}}，她说看着像别人。
访谈者：这边的回民多吗？
受访者：不多。开面馆的几家是{{trap/place:临夏}}来的，都常来往。城里清真寺的{{han:沙守仁}}阿訇，经名{{minority/hui:优苏甫}}，礼拜天给丫头教阿拉伯字母。从{{trap/place:循化}}来的{{minority/hui:冶尔沙}}开牛肉铺，过节给我们送一块肉。
访谈者：儿子那边怎么样？
受访者：一个月打一回电话。{{minority/hui:伊迪勒斯}}在电话里哭，说对不起他娘，对不起丫头。我说你好好改造，出来了好好做人。丫头不叫他爸，叫他{{han:马永财}}，说他不管她。我心里疼。去年秋天社工带我们去会见了一回，隔着玻璃，丫头一句话不说，出来了在车上哭了一路。监狱里的心理老师{{compound:诸葛语默}}后来给丫头写了一封信。
访谈者：丫头念书怎么样？
受访者：好着哩。奖状贴了一墙，我不认识字，一张一张让她念给我听。礼拜天她去寺里学经，回来给我念，她念得比我好。老师说她语文好，作文写过她阿爸，写他以前给她拉面，面拉得跟头发一样细。我听了半天没言喘。
访谈者：丫头的妈妈还来看吗？
受访者：过年来过一回，带了一件羽绒服。{{han:曾晓丽}}她也难，新男人不让她来。丫头把羽绒服压在箱子底下，不穿。我跟她说，你妈也是你妈，衣裳穿上，别冻着。她不听，倔得跟她阿爸一样。
访谈者：您想老家吗？
受访者：想哩。想{{trap/place:黄河}}边上的杏树，想庄子里的清真寺。我们那里一到夏天满山满洼都是唱花儿的，这边听不见。这边吃的东西我也不惯，面是白的，馍是甜的，我自己蒸花卷，搁上胡麻油和香豆，丫头说比店里的好吃。丫头说等她爸出来了，一家人回去，她要到黄河边上看羊皮筏子。我说好，阿奶等着。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，给邻家都送。丫头爱听我唱{{trap/minority_word:花儿}}，学得快。这边的人也好，{{han:曾大嫂}}年年给我们送一筐自家地里的大蒜，我回她一碗{{trap/minority_word:酿皮}}。
访谈者：登记信息请说一下。
受访者：住{{address:嘉祥县嘉祥街道呈祥路22号院4排2户}}，老家是{{address:积石山县大河家镇康吊村五社16号}}。我的身份证{{id_number@wy1957.622927}}，丫头的{{id_number@wy2015.370829}}。我不识字，电话是丫头写的：{{mobile@h38}}，{{han:仲丽娟}}的{{mobile@fws}}。丫头有个QQ，老师让上网课用的，号码她写在我的药盒子上：{{qq:72950318}}。{{han:仲丽娟}}的微信是{{wechat:zhonglj_jxjd}}。
访谈者：名字写得对吗？
受访者：低保表上我是{{spaced:马 凤 莲}}，丫头的经名写成{{spaced:伊 玛 乃}}，儿子的判决书上写着{{spaced:马永 财}}。
访谈者：您最大的心愿？
受访者：盼我的{{minority/hui:伊迪勒斯}}早点出来，接回去。我老了，陪不了{{minority/hui:伊玛乃}}几年。
""")

# H1373: Han 儿童主任 in 倪集街道 (曹县) reading out her list.
DOCS["H1373"] = ("staff", """\
访谈者：您今天带来的是什么？
受访者：困境儿童台账。我叫{{han:桑秀荣}}，在{{trap/place:倪集街道}}当儿童主任第六年了。我一户一户念，恁记着。
访谈者：好。
受访者：第一户，{{han:袁梓航}}，男，九岁，{{school:曹县倪集街道中心小学三年级（2）班}}。他爸{{han:袁建堂}}开车撞了人跑了，判了四年；他妈{{han:毋翠平}}回了{{trap/place:东明}}娘家，不回来。跟着奶奶过，住{{address:曹县倪集街道袁庄村二组14号}}。孩子身份证{{id_number@my2016quad.371721}}，服刑人员子女补助每月{{trap/number:六百三十块}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:邸欣悦}}，女，十二岁。爸妈前年在{{trap/place:宁波}}打工，煤气中毒，一块走的。现在跟着大爷{{han:邸振国}}，住{{address:曹县倪集街道邸楼村四组3号}}。孩子的身份证{{id_number@wy2013hyphen.371721}}，孤儿基本生活费一个月{{trap/number:一千五百二十块}}，钱打到她自己的卡上。
访谈者：第三户？
受访者：第三户，{{han:把俊杰}}，男，十一岁。这个姓少见，庄上就他一家。他爸{{han:把永胜}}把腿砸断了，在家躺着，残疾三级；他娘智力残疾。{{han:把俊杰}}把家里的三只羊喂得肥肥的，学习一点没耽误，在{{school:倪集街道初级中学七年级（1）班}}。两项补贴、低保都有。
访谈者：第四户？
受访者：第四户，{{han:伊雨桐}}，女，七岁，先天性心脏病，做过两回手术。她爸{{han:伊振华}}在外边打零工，她娘走了。{{han:伊振华}}他说他祖上跟{{trap/famous:伊尹}}是一家，俺也不知道真假。住{{address:曹县倪集街道伊堂村一组8号}}，孩子身份证{{id_number@wy2018spaced.371721}}。
访谈者：还有吗？
受访者：{{trap/word:第五户}}是姐弟俩，姐姐{{han:芦文静}}十三，弟弟{{han:芦文斌}}八岁。他爸{{han:芦海涛}}常年喝酒，把家里能卖的都卖了，后来走丢了，找了两年没找着；他妈离婚以后再没音信，算事实无人抚养。姐弟俩跟着姥姥{{han:时秀英}}，姥姥种着二亩{{trap/word:芦笋}}，有时候犯糊涂，出门忘了回家的路。{{han:芦文静}}一边上学一边管弟弟、管姥姥，去年冬天冻得手上全是口子。住{{address:曹县倪集街道芦集村三组21号}}。她有个QQ，说是跟班上同学交作业用的，号码写在台账后头：{{qq:1850392746}}。
访谈者：这么多户，您都记得住？
受访者：记得住。哪家孩子几月几号生日，哪家奶奶吃啥药，俺都记在本上。每月十号以前补助到账，俺挨个打电话问到了没有。逢年过节街道发米发面，俺骑着三轮一家一家送，送完了天都黑透了。俺家掌柜的说俺比村支书还忙。
访谈者：你们怎么发现这些孩子的？
受访者：一是村里报，二是学校报，三是俺自己挨家挨户走。每年春秋两季排查一遍，看谁家大人病了、走了、进去了。有的是邻居悄悄跟俺说的。{{han:芦文静}}就是她班主任{{han:逯红梅}}老师发现的，说孩子冬天穿单鞋，饭卡里一分钱没有。
访谈者：这些孩子谁在跟着？
受访者：街道民政办的{{han:甄所长}}总管，材料报到县{{trap/org:民政局}}。县里派来的社工站有三个人，{{compound:太史星澜}}跟第一户，{{compound:西门雨晴}}跟第二户，新来的{{compound:第五晴岚}}跟第三户、第四户。中心小学的{{han:昝校长}}也管得上心。
访谈者：这几户现在最缺什么？
受访者：缺人。钱有政策兜着，饿不着冻不着，可孩子身边没个大人说说话。奶奶姥姥们年纪大了，管得了吃穿，管不了心里。{{han:袁梓航}}在学校跟人打架，问他为啥，他说人家说他爸是逃犯。俺去学校找老师，又找那个孩子的家长，说了一下午，两个孩子才握了手。回来的路上他跟俺说，{{han:桑姨}}，俺爸出来了还能认得俺不？俺说能，你长多高他都认得。
访谈者：台账上的名字写对了吗？
受访者：错的多。{{spaced:邸 欣 悦}}被写成三个字中间空着，{{spaced:把 俊 杰}}也是；社工{{spaced:第 五 晴 岚}}被人当成了编号，{{spaced:西门 雨晴}}也分成了两截。
访谈者：您自己的联系方式？
受访者：我电话{{mobile@p86n}}，微信{{wechat:sang_xiurong_nj}}。{{han:邸振国}}的电话{{mobile@s74}}，{{han:毋翠平}}的电话是{{mobile@plus86spaced}}，打了也不接。{{han:邸欣悦}}有个QQ，她说有啥心事在上面跟我说，号码是{{qq:2718093564}}。
访谈者：做这个最难的是什么？
受访者：最难是孩子不吭声。{{han:袁梓航}}半年不跟我说话，后来我每回去都带一本连环画，讲{{trap/famous:商汤}}在俺{{trap/place:曹县}}建都的故事，他才肯搭理我。有的老人不会用手机，钱到了卡上也不知道，我得一家一家去说。忙是忙，可看着孩子们一年一年长起来，心里{{trap/word:得劲}}。我自己的身份证{{id_number@wmid.371721}}也登记在册，有事直接找{{han:桑秀荣}}。
""")

# H1374: Han community worker in 嘉祥街道 taking calls and WeChat messages during the interview.
DOCS["H1374"] = ("staff", """\
访谈者：您先忙，电话一直在响。
受访者：没事，俺这一天就这样。我叫{{han:颜红霞}}，{{trap/place:嘉祥街道}}社区的网格员，困境儿童这一块归我。（接电话）喂，{{han:还海鹰}}啊？还在医院？你家{{han:还小宇}}还烧不烧？中，明天我去。
访谈者：是个困境儿童家里？
受访者：对，{{han:还海鹰}}是奶奶，一个人带孙子。孩子他爸在{{trap/place:梁山}}的石料场出了事，没了，他妈改嫁走了，几年没个音信，派出所出了失联证明，办的是事实无人抚养。孩子在{{school:嘉祥县第一实验小学五年级（3）班}}，家住{{address:嘉祥县嘉祥街道曾子路西段17号}}。（微信语音）“{{han:颜姐}}，俺是{{han:卜庆霞}}，俺闺女的身份证号给你发过去了。”你看，她发来了：{{id_number@wy2012fwhyphen.370829}}。
访谈者：{{han:卜庆霞}}家是什么情况？
受访者：她男人{{han:卜振江}}尿毒症，一礼拜透析三回，她在超市上班，闺女{{han:卜雨桐}}十三，家里吃低保，闺女算困境儿童。上个月透析的钱接不上，俺在群里发了个倡议，街坊们你五十我一百，凑了四千多。{{han:卜庆霞}}拿着钱哭，说这辈子还不上。俺说谁家还没个难处。
访谈者：这么多事，您怎么记？
受访者：全在手机里。谁的电话都存着，{{han:卜庆霞}}的是{{mobile@plus86dash}}，{{han:还海鹰}}的是{{mobile@fullwidth}}。（接电话）{{han:要长庚}}？要是要低保的材料，你找{{han:闵文静}}，她在街道三楼。对，闵是门字里头一个文。
访谈者：{{han:要长庚}}家是什么情况？
受访者：他是爷爷，老两口带俩孙女，孙女她爸在监狱，她妈跑了。大孙女{{han:要佳宁}}十三，在{{school:嘉祥县第四中学七年级（4）班}}，小的{{han:要佳琪}}六岁。{{han:要长庚}}{{trap/word:要强}}，以前不肯申请，说丢人，我劝了半年。
访谈者：您跟家长们都加了微信？
受访者：加了。俺们建了个群，叫“小树苗”。{{han:卜庆霞}}的微信{{wechat:buqingxia_1986}}，{{han:要长庚}}用他孙女的，叫{{wechat:wxid_7k3m9q2x5p}}。谁家缺啥在群里喊一声，志愿者{{compound:仲孙可欣}}就送过去。街道请的心理老师叫{{compound:颛孙语桐}}，周末在{{trap/org:青少年宫}}给孩子们上团体课。卖干果的{{minority/uyghur:塔西}}家也在群里，他老婆瘫着，俺们轮流去看。
访谈者：又有电话？
受访者：（接电话）{{han:由凤霞}}啊，由你闺女陪着来就中，带上户口本、残疾证，还有孩子的出生证明，下午三点以前到，过了三点窗口就关了。……她家孩子是脑瘫，今年该办两项补贴了，材料跑了三趟还差一样。
访谈者：这些孩子里您最挂念谁？
受访者：（又来语音）“{{han:颜姐}}，俺{{han:有志伟}}，有空来俺家一趟不？”……就是他。{{han:有志伟}}十五岁，他爸有精神病，他妈改嫁了，他跟着太奶奶。有时候三天不去上学，在网吧里。我去找过八回。他的身份证{{id_number@my2010x.370829}}，我记得比我自己的还熟。
访谈者：他后来怎么样了？
受访者：现在好点了，在{{school:嘉祥县职业中专一年级（2）班}}学汽修。老师{{han:卜振东}}说他手巧。他有个QQ，天天半夜发说说，号码{{qq:813064297}}。
访谈者：您一天要接多少个电话？
受访者：少说四五十个。有问政策的，有吵架的，有半夜孩子发烧不知道上哪个医院的。俺手机从来不敢静音，睡觉也放在枕头边上。去年有一回半夜两点，一个孩子打电话说他爷爷倒在地上叫不醒，俺一边打{{trap/hotline:120}}一边往那跑，幸亏去得早。
访谈者：您家里人支持您吗？
受访者：俺家那口子开始有意见，说俺下了班比上班还忙。后来他跟着俺去了一趟{{han:有志伟}}家，看见一个八十多的老太太守着一个半大小子，屋里连个电视都没有，锅里是前一天的剩饭，回来就不吭声了，第二天拉了一车旧家具送过去。
访谈者：您这工作累吗？
受访者：累，一个月工资两千八。可是想想这些孩子，{{han:有志伟}}要是没人管，就完了。俺{{trap/word:曾经}}想过不干了，俺对象说俺是{{trap/famous:曾子}}他老人家派来的，一日三省，天天操心别人家的孩子。
访谈者：您做这个几年了？
受访者：五年了。刚开始啥也不懂，以为就是填表。第一回入户，进门看见一个小闺女蹲在地上给她瘫在床上的娘喂饭，饭是凉的，屋里一股味。俺出来在车上哭了一场。从那以后俺就知道了，这不是填表的活，是跟人打交道的活，得把人放在心上。
访谈者：表上的名字有写错的吗？
受访者：多了去。{{spaced:还　小　宇}}写成三个格，{{spaced:要 佳 宁}}也是，心理老师的名字成了{{spaced:颛 孙 语 桐}}，孩子们以为是四个人。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，微信{{wechat:yanhx_wangge_jx}}。有事找我，或者找{{han:闵文静}}。
""")

# H1375: Han aunt in 纸坊镇 raising the son of her brother, who died in a quarry.
DOCS["H1375"] = ("family", """\
访谈者：大姐，孩子是您侄子？
受访者：是俺兄弟的儿子，叫{{han:冉向前}}，十岁。我叫{{han:冉桂芹}}，嫁到{{trap/place:纸坊镇}}二十年了。俺兄弟{{han:冉德海}}在{{trap/place:青山}}的石料场干活，三年前放炮出了事，人没了。孩子他娘{{han:丁玉霞}}第二年改嫁到{{trap/place:金乡}}，把孩子撂下了。
访谈者：这名字有意思。
受访者：他爷爷起的，说往前走，不回头。{{han:冉向前}}向俺保证过，要考到{{trap/place:济宁}}的高中。他在{{school:纸坊镇中心小学四年级（2）班}}。俺在家叫他{{han:前前}}，他嫌这名字像小闺女，不让在外头喊。
访谈者：家里还有谁？
受访者：俺男人{{han:曾宪立}}，在镇上的{{trap/org:石雕厂}}刻石狮子；俺自己有俩闺女，大的{{han:曾雨涵}}，小的{{han:曾雨萱}}。五口人挤在三间屋里，{{han:前前}}跟他姑父睡一间，俺娘儿仨挤一间。
访谈者：孩子有补助吗？
受访者：有。村里的儿童主任{{han:和美云}}和俺是老同学，是她跑的。孩子他爸没了，他娘改嫁不管，算困境儿童，也进了低保，孩子一个月{{trap/number:一千一百二十块}}。镇民政办的{{han:能建国}}{{trap/word:能干}}，材料一回就批了。学校的{{han:靳老师}}说孩子数学好。县里的社工{{compound:夹谷砚舟}}每两周来一回，还带来个学心理的，叫{{compound:宰父晴川}}。镇卫生院的{{compound:令狐清越}}大夫每年给孩子查一回体。
访谈者：孩子爸爸是怎么出的事？
受访者：俺这地方出石头，家家有人干石料。那天点了炮，有一个哑炮没响，俺兄弟过去看，它就响了。老板赔了二十来万，他娘拿走一半，剩下一半{{han:和美云}}帮着存成了定期，写的孩子名。俺不动，等他上大学用。
访谈者：孩子刚到您家的时候怎么样？
受访者：不说话，光哭，晚上尿床。他爸出事那天他正在学校，回到家一屋子人，他挤进去看了一眼就跑出来了，在麦地里坐到天黑，是他姑父背回来的。头半年他天天问，俺爸啥时候回来，俺不知道咋答。后来学校请了心理老师来，领着他画画，画了好多张，张张都有一个人在山上。俺把这些画收在柜子里，一张也没扔，等他长大了给他看。现在好多了，会笑了，吃饭也多了，比刚来的时候长了一头。
访谈者：他想他妈吗？
受访者：想，嘴上不说。去年过年{{han:丁玉霞}}来过，给了二百块钱，坐了不到半个钟头。孩子在门口站了一下午。俺家{{han:曾宪立}}跟孩子说，你娘有她的难处。
访谈者：您自己的孩子怎么想？
受访者：大闺女懂事，说{{han:前前}}就是俺亲弟弟，学校里有人欺负他，她拎着书包就去找人家算账。她的奖状上老师写错了，成了{{spaced:曾 雨 涵}}，她还挺高兴，说像明星签名。小闺女有时候吃醋，说娘偏心。俺有啥办法，一碗水端平吧。买衣裳三个孩子一人一件，吃饺子一人一碗，谁也不多谁也不少。俺男人说俺偏的是侄子，俺说俺偏的是俺兄弟。俺娘活着的时候就说，你兄弟从小跟在你屁股后头长大的，你得替俺看着他，俺没看住，就看住他儿子吧。
访谈者：孩子平时喜欢什么？
受访者：喜欢跟他姑父学刻石头，刻了个小老虎，摆在他爸的照片跟前。老师带他们去{{trap/landmark:武氏祠}}看过汉画像石，回来他说长大了要当考古的。他跟{{han:向天赐}}{{trap/word:向来}}最要好，俩人放了学就往山上跑。俺怕他们去石料场玩，说了多少回，那地方吃人。
访谈者：您自己累不累？
受访者：咋不累。早上四点起来去石料场给工人做饭，一天挣八十；中午回来喂猪喂鸡，下午去地里；晚上三个孩子的作业，俺看不懂，就让大闺女辅导。有时候累得坐着就睡着了。可一想俺兄弟走的时候才三十二，俺就觉得俺这点累不算啥。
访谈者：有没有想过以后？
受访者：想过。等孩子上了初中，俺想让他住校，学校的老师比俺强。{{han:靳老师}}说只要他肯学，考个好高中没问题。俺就盼着他念出去，别再干石头这一行，俺家已经搭进去一条命了。
访谈者：登记信息请说一下。
受访者：俺家在{{address:嘉祥县纸坊镇冉家庄村三组19号}}。我的身份证{{id_number@wy1983.370829}}，孩子的{{id_number@my2015fwhyphen.370829}}。我电话{{mobile@plain}}，俺男人的{{mobile@s74}}，{{han:和美云}}的{{mobile@hyphen}}。俺大闺女帮我弄了微信，叫{{wechat:ranguiqin_zf}}。孩子有个QQ，说是学校让注册的，号码写在他书包里头：{{qq:３０６１９５８４７２}}。
访谈者：名字在表上写得对吗？
受访者：低保表上孩子是{{spaced:冉 向 前}}，俺兄弟的死亡证明上是{{spaced:冉德 海}}，社工写成了{{spaced:夹 谷 砚 舟}}，俺还以为是个村名。
访谈者：您最盼什么？
受访者：盼孩子好好的，对得起俺兄弟{{han:冉德海}}。
""")

# H1376: Han middle-school head teacher in 梁宝寺镇 on a girl who lives with her blind grandmother.
DOCS["H1376"] = ("teacher", """\
访谈者：您说的这个学生是什么情况？
受访者：我是{{school:梁宝寺镇初级中学八年级（1）班}}的班主任，叫{{han:仲伟岐}}。这个学生叫{{han:闵思琪}}，十四岁。她爸{{han:闵庆林}}在{{trap/org:梁宝寺煤矿}}下井，她六岁那年出了事故，人没了。她妈拿了赔偿款走了，再没回来。她跟着奶奶过，奶奶眼睛看不见。
访谈者：奶奶是全盲？
受访者：全盲，青光眼耽误了。奶奶叫{{han:让桂兰}}，俺这边让姓也有，不多。家里的事全靠孩子，孩子不让{{han:让桂兰}}下地，连扫院子都抢着干。{{han:闵思琪}}早上五点起，给奶奶做饭、放好药，再骑车来学校。{{han:让桂兰}}她摸着墙能在院里走，出了门就不行。
访谈者：家里的条件怎么样？
受访者：三间老瓦房，墙上裂着缝，下雨天屋里得摆盆。去年镇上危房改造，给翻修了屋顶，{{han:连淑芳}}还找人给院里铺了一条水泥路，奶奶摸着走不会再绊倒。家里唯一的电器是一台收音机，奶奶白天听戏，孩子晚上听英语。冬天屋里冷，学校给申请了一个电暖器，孩子舍不得开，说电费贵，非得等奶奶咳嗽了才插上。
访谈者：孩子在学校怎么样？
受访者：成绩一直前十。去年期中掉到二十多名，我去家访才知道奶奶摔了一跤，她一个人送医院、陪床，一个礼拜没睡好觉。班上的{{han:就春苗}}就住她家隔壁，两个人一块上学。{{han:就春苗}}她妈{{han:阚淑芬}}常给送点菜。
访谈者：有哪些补助？
受访者：孩子算事实无人抚养，每月{{trap/number:一千四百九十块}}；奶奶有残疾证，一级视力残疾，两项补贴都有，低保也有。镇上儿童主任{{han:连淑芳}}{{trap/word:连着}}跑了三趟县里办的。学校给她免了住宿费，{{han:邵校长}}还安排她中午在食堂帮忙，管饭。县社工站的{{compound:澹台听雪}}每月来一回，陪孩子说说话；她同事{{compound:南宫子健}}学过盲文，教奶奶摸盲文。县残联的{{compound:尉迟向晚}}给奶奶送了一根导盲杖。
访谈者：孩子的心情怎么样？
受访者：她不爱说，作文里写。上学期写了一篇《我是奶奶的眼睛》，我念给全班听，好几个孩子哭了。{{han:闵思琪}}说她想考{{trap/place:济宁}}的卫校，学护理，将来能照顾奶奶。
访谈者：奶奶自己怎么看这个孙女？
受访者：我去家访，奶奶拉着我的手不放，说这孩子是她的命。奶奶年轻的时候是村里唱{{trap/word:梆子}}的，眼睛坏了以后就不唱了。孩子过生日那天，奶奶摸着给她擀了一碗长寿面，面切得宽一根窄一根，孩子一边吃一边掉眼泪。奶奶说，我看不见你，可我知道你长高了，你说话的声音往上走了。
访谈者：她妈妈联系过她吗？
受访者：前年打过一个电话，说在{{trap/place:临沂}}又成了家。孩子接了，说了一句“你好好过吧”，就挂了。那天晚自习她在走廊里站了很久，我没去打扰，后来给她递了一杯热水。
访谈者：您跟奶奶怎么联系？
受访者：奶奶不会用手机，我打给邻居，就是{{han:就春苗}}家。{{han:阚淑芬}}的电话{{mobile@fullwidth}}，{{han:连淑芳}}的{{mobile@spaced}}。孩子有个QQ，号码她写在作业本背面：{{qq:7420581963}}，周末我在QQ上给她讲题。她的微信是用奶奶身份证注册的，叫{{wechat:nainai_deyanjing14}}。
访谈者：班上其他同学对她怎么样？
受访者：都好。有个男生{{han:时浩然}}以前笑她奶奶是瞎子，我没骂他，让他蒙上眼睛在教室里走一圈，他走了两步就撞了桌子，后来天天帮{{han:闵思琪}}搬凳子。全班还轮流去她家，周六帮着扫院子、挑水、给奶奶读报纸，奶奶最爱听天气预报。
访谈者：您自己为这个孩子做了哪些事？
受访者：也没做啥。周末给她补补数学，天冷了给她买了件棉袄，跟她说是学校发的，不然她不要。她要强，不想让人可怜。有一回我看她鞋底掉了，用胶布缠着，我说你这鞋该换了，她说还能穿，走路的时候把脚往后藏。我第二天跟教育局的助学项目申请了一笔钱，给她换了鞋，还买了一个暖手宝给奶奶。
访谈者：登记信息请说一下。
受访者：她家在{{address:嘉祥县梁宝寺镇闵楼村二组11号}}。孩子的身份证{{id_number@wy2011.370829}}，奶奶的{{id_number@woldtri.370829}}。我自己的电话{{mobile@s434}}，有事可以直接找我。
访谈者：名字有写错的吗？
受访者：有。补助的表上是{{spaced:闵 思 琪}}，奶奶写成{{spaced:让　桂　兰}}，社工的名字打成了{{spaced:澹 台 听 雪}}，县里还以为是两个人。
访谈者：最后还想说什么？
受访者：这孩子不容易。{{trap/famous:孔子}}说有教无类，俺当老师的，能做的就是不让她掉队。我最佩服的，是{{han:闵思琪}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1369,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout172",))


if __name__ == "__main__":
    main()
