# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 198 (tests/pii/holdout198/H1569-H1576 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 199, written at the same time, is not
an earlier set).

Set 198 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
诏安 and 云霄 (漳州, Fujian; green-plum orchards, a seafood-drying coast, the mangrove reserve at the mouth of the
漳江): a Uyghur father from 伽师 who bakes 馕 at the night market of 云霄, his Minnan wife paralysed by a stroke; a
Hui grandmother from 同心 raising in 诏安 (南诏镇) the two children of her son, who is in prison for a fight in his
noodle shop; a Yi mother from 布拖 who married a Hakka man of 官陂 and raises their three children with his mother
since he died carrying green plums down a mountain road; a Mongolian grandfather from 乌审旗 who turns squid on a
drying yard of 陈岱 and raises a grandson with cerebral palsy (his daughter dead, her Minnan husband lost at sea);
the Minnan 儿童主任 of a fishing village of 梅岭镇 reading out her register; a Hakka township social worker of
东厦镇 who takes children to the mangroves; the Minnan music teacher of the 梅岭 primary school talking about her
choir; and a county public-security officer for household registration in 云霄 talking about children with no
hukou and names that do not match. The emphasis is on forms where a replacement might cover only part of a name,
or miss it, in a mix rather than one trick: Uyghur given name + father's name with every dot (阿不都瓦依提·肉孜,
阿不都瓦依提‧肉孜, 阿热孜江・阿不都瓦依提, 苏菲耶木.阿不都瓦依提, 米合热阿依·艾山), with none (阿热孜江阿不都瓦依提,
米合热阿依艾山) and with spaces around an ASCII dot (米合热阿依 . 艾山), the given names alone and forms of address
made from them (阿瓦, 阿瓦馕坑, 热孜仔); a Han surname before a non-Han given name (方苏菲耶木, 吴帕孜力, 冶纳西白,
马法里黛, 郑敖敦胡雅格, 蔡沁达穆尼, 余体布, and the compound surname of 官陂 before a Yi name: 张廖阿木); Hui 经名
used alone (赫黛婕, 苏海卜, 纳西白, 塔勒哈, 欧贝德, 法里黛) beside the Han names of the same people (锁月琴, 冶永平,
冶思彤, 冶思远, 马芮瑶) and a nickname (塔仔); Yi names of 凉山 (加拉惹嫫 with 加拉·惹嫫, 俄底尔布, 吉吉阿依, 阿苏拉则,
and 马海阿果, whose clan name begins with the Han surname 马) with short forms (惹嫫嫂, 依嘎, 阿体) and Hakka forms of
address made from them (阿木牯, 果妹); Mongolian names of 乌审旗 and 赤峰 (都格尔苏荣, 阿如汉其木格, 敖敦胡雅格,
朝克巴达尔, 乌云达日玛, 沁达穆尼) with Minnan forms of address (阿格尔, 胡雅仔); Han names with surnames of the region,
rare ones among them (粘, 佘, 练, 甯, 揭, 卓, 游, 汤, 詹, 涂, 官, 锁, 冶); surnames and given characters that are
grammar words or ordinary words next to grammar words and verbs (于振邦又, 从晓雯从来, 来凤娇来找, 来家祥来了,
时秀兰也, 问子涵问我, 詹正阳正在, 涂志坚却, 汤秀玉倒是, 揭所长便, 锁姆锁得, 官文杰被, 官文杰讲, 江月娥能讲,
跟甯老师, 喊一声阿体); names that contain words and the same words near them (何必成 and 何必, 钟青梅 and 青梅,
过海生 and 过海 and 过年, 练美珠 and 练习, 从晓雯 and 从来, 问子涵 and 问题, 锁姆 and 锁门); names inside place- and
organisation-like phrases where the name is the person's (阿瓦馕坑, 蔡万福晒场, 翁添财渔排); names at the start of
a line (翁佳慧是领唱) and closing the last sentence (最要谢的，是许碧云。); titles and kin words after names (吴丽蓉
老师, 罗慧敏老师, 何雪芬老师, 方晓鸥老师; the span is the name only); a surname with only a title or kin word,
annotated whole (詹医生, 方阿嬷, 林婶, 锁姆, 沈伯, 翁伯, 涂警官, 甯老师, 赖医生, 粘老师, 练老师, 戴股长, 沈校长,
汤警官, 揭所长); a local nickname, annotated whole (猴仔); names spaced out character by character in half- and
full-width spaces and names split in two; compound surnames after ordinary words (欧阳, 司徒, 上官, 端木, 张廖,
范姜, 夏侯, 张简, 申屠, 诸葛, 皇甫, 钟离, 南宫, 赫连, 司马, 澹台, 宇文, 濮阳); and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:锁姆}}``, ``{{qq:62850193}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, uyghur, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013fwx.350622}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 嫂) and a particle, pronoun or verb
written directly after a name (也, 又, 却, 倒, 便, 正, 能, 被, 讲, 问, 她, 他) are outside the span; a surname with
only a title or kin word (锁姆, 林婶, 翁伯, 揭所长) and a local nickname (猴仔) are annotated whole. Han-style names
of Hui people and of the children of Mongolian and Uyghur parents (锁月琴, 冶永平, 马积善, 郑海川, 蔡雅琪, 吴嘉伟) are
category han; a
Han surname before a non-Han given name (方苏菲耶木, 冶纳西白, 郑敖敦胡雅格, 张廖阿木) is category minority, and so
are forms of address made from a non-Han name (阿瓦, 热孜仔, 塔仔, 阿木牯, 果妹, 阿体, 阿格尔, 胡雅仔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout198/make_holdout198.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(198_2026_1207)
MINORITY_GROUPS = ('mongolian', 'hui', 'uyghur', 'yi')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183",
                   "185", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1569: Uyghur father from 伽师 who sells 馕 and 烤包子 at the night market of 云霄 (云陵镇); his Minnan wife had a
# stroke at thirty-six and two children go to school in the town.
DOCS["H1569"] = ("family", """\
访谈者：{{minority/uyghur:阿瓦}}大哥，您这个馕摊摆了几年了？
受访者：七年了。我叫{{minority/uyghur:阿不都瓦依提·肉孜}}，老家{{trap/place:喀什}}{{trap/place:伽师}}。夜市上的人念不来，都喊我{{minority/uyghur:阿瓦}}，还有人喊新疆仔。
访谈者：怎么到云霄来了？
受访者：在{{trap/place:厦门}}打工认得我老婆{{han:方玉珊}}，她是{{trap/place:云霄}}人，就跟她回来了。开头在{{trap/place:漳江}}边上卖烤肉，后来自己砌了个馕坑，摊子就叫“{{minority/uyghur:阿瓦}}馕坑”，招牌是小舅子{{han:方志坚}}帮我写的。
访谈者：您爱人身体不好？
受访者：前年中风，才三十六岁。半边身子不能动，话也讲不清，评了二级残疾，两项补贴都办了。{{trap/org:云霄县医院}}康复科的{{han:詹医生}}说要天天练，我早上出摊前扶她在院子里走两圈。丈母娘{{han:方阿嬷}}七十了，白天帮我看着她。
访谈者：孩子几个？
受访者：两个。儿子{{minority/uyghur:阿热孜江}}十二岁，女儿{{minority/uyghur:苏菲耶木}}八岁。我们维吾尔人没有姓，名字后面跟爸爸的名字，儿子全名就是{{minority/uyghur:阿热孜江・阿不都瓦依提}}。老师嫌长，都喊他{{minority/uyghur:热孜仔}}。女儿的学籍卡被人写成{{minority/uyghur:方苏菲耶木}}，跟了她妈的姓，改了两回都没改过来。
访谈者：孩子们在哪里上学？
受访者：儿子在{{school:云霄县云陵中心小学六年级（4）班}}，女儿在{{school:云霄县实验小学二年级（2）班}}。{{minority/uyghur:苏菲耶木}}她爱唱歌，进了合唱团。班主任{{han:吴丽蓉}}老师对两个孩子都好，下雨天开车送儿子回家。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:汤淑贞}}，她把两个孩子报成困境儿童，每人每月{{trap/number:七百二十块}}，我们家也进了低保。民政所的{{han:何必成}}上门核了三回，我说{{trap/word:何必}}跑这么多回，他笑说规矩就是这样。社工{{compound:欧阳巧玲}}每个礼拜来陪我老婆做康复，她同事叫{{compound:司徒映禾}}，给儿子补英语。
访谈者：一个人又出摊又照顾病人，顾得过来吗？
受访者：顾不过来也得顾。下午三点生火，夜里十二点收摊，回去还要给老婆翻身。儿子懂事，放学先去菜市场买菜，回来煮饭。隔壁卖四果汤的{{han:林婶}}给我们留汤，说孩子在长身体。{{han:林婶}}她老公{{han:林金狮}}帮我修过两回三轮车，没收一分钱。
访谈者：老家还有人吗？
受访者：我爸{{minority/uyghur:肉孜·吐拉克}}在伽师种石榴，弟弟{{minority/uyghur:吐拉洪江}}每年寄一箱{{trap/minority_word:巴旦木}}来。孩子们没回过新疆，只在视频里见过爷爷。我给他们讲{{trap/famous:阿凡提}}骑毛驴的故事，女儿笑得在床上打滚。
访谈者：在云霄习惯吗？
受访者：习惯了。我学会了剥海蛎，还会讲几句闽南话。每年城里拜{{trap/famous:陈元光}}，游神从我摊子门口过，我也跟着看热闹。就是夏天太湿，馕坑边上像蒸笼。老婆以前在摊子上收钱，现在只能坐在轮椅上看我忙。她哭，我说你别哭，你在家我就有劲。
访谈者：孩子们心里怎么想？
受访者：女儿小，不太懂。儿子心重，作文里写“我爸爸的手被馕坑烫得全是疤”，{{han:吴丽蓉}}老师拿给我看，我一个大男人在学校走廊里哭了。
访谈者：夜市生意怎么样？
受访者：看天。晴天一晚上能卖两百个馕、一百多个烤包子，下雨天就卖三五十个。本地人开头不敢吃，说羊肉膻，我就少放孜然，多放洋葱，慢慢也吃惯了。有个老阿伯天天来买两个，说配稀饭正好。挣的钱一半交房租和药费，剩下的存着给孩子读书。
访谈者：您爱人现在恢复得怎么样？
受访者：比刚出院好多了。那时候勺子都拿不住，现在能扶着墙走到门口，能说“饭”“水”“回家”几个字。康复科让她每天捏球、念字，女儿就坐在床边陪她念，一个字一个字教，像教小孩一样。有一回她念出了女儿的名字，我们三个抱在一起哭。
访谈者：孩子们讲什么话？
受访者：三种话都讲。在家跟我讲维吾尔话，跟他妈讲闽南话，在学校讲普通话。儿子闽南话比我好，帮我跟批发市场的老板讲价。女儿会唱闽南歌，也会唱我们的歌，我教她的头一首，是我妈当年教我的。
访谈者：登记信息请您说一下。
受访者：家住{{address:云霄县云陵镇享堂路菜市场后巷9号}}，老家在{{address:伽师县江巴孜乡托万克村3组17号}}。我的身份证{{id_number@my1983tri.653129}}，老婆的{{id_number@wy1987.350622}}。我电话{{mobile@s434}}，{{han:汤淑贞}}的{{mobile@fullwidth}}。我微信{{wechat:Awa_nangkeng}}，儿子的QQ是他自己念的：{{qq:3470215986}}。
访谈者：表上的名字写得对吗？
受访者：低保证上是{{minority/uyghur:阿不都瓦依提‧肉孜}}，医保卡上女儿是{{minority/uyghur:苏菲耶木.阿不都瓦依提}}，还有张表把儿子写成{{spaced:阿 热 孜 江}}。
访谈者：您最盼什么？
受访者：盼老婆能自己走路，盼两个孩子读书，将来比他爸有出息。
""")

# H1570: Hui grandmother from 同心 (Ningxia) raising in 诏安 (南诏镇) her son's two children; the son, who ran a
# noodle shop, is in prison for a fight, and the children's Minnan mother went to work in 广州.
DOCS["H1570"] = ("family", """\
访谈者：阿奶，您是从宁夏过来的？
受访者：{{trap/place:同心}}的。我叫{{han:锁月琴}}，经名{{minority/hui:赫黛婕}}。这边邻居念不来，都喊我{{han:锁姆}}，说“姆”就是闽南话的阿姨。
访谈者：怎么到诏安来的？
受访者：儿子{{han:冶永平}}在{{trap/place:南诏镇}}汽车站对面开拉面馆，开了八年。我老汉{{han:冶长河}}走了以后，我就过来帮他带娃娃。
访谈者：儿子现在……
受访者：在里头。前年几个喝醉的人来店里闹，砸了碗，还推了他媳妇，他拿擀面杖打断了人家一条腿，判了三年半。他经名叫{{minority/hui:苏海卜}}，{{minority/hui:苏海卜}}从小脾气就冲，我说过他多少回。
访谈者：孩子妈妈呢？
受访者：媳妇{{han:沈雅琴}}是诏安本地人，出事以后回了娘家，后来去{{trap/place:广州}}打工，一年寄两回钱。两个娃娃跟着我。
访谈者：孩子多大？
受访者：孙女十一岁，汉名{{han:冶思彤}}，经名{{minority/hui:纳西白}}，在{{school:诏安县南诏中心小学五年级（3）班}}，老师点名叫她{{minority/hui:冶纳西白}}。孙子七岁，经名{{minority/hui:塔勒哈}}，汉名{{han:冶思远}}，在{{school:诏安县城关小学一年级（5）班}}，同学都叫他{{minority/hui:塔仔}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:许碧云}}，帮两个娃娃报了服刑人员子女补助，一个月{{trap/number:六百四十块}}，又给我报了低保。司法所的{{han:涂警官}}带我们去视频会见，一个月一回。律师{{compound:上官瑞祥}}是法律援助的，说我儿子表现好能减刑。社工站的{{compound:端木晴}}每礼拜来给{{minority/hui:纳西白}}补作业。
访谈者：拉面馆还开吗？
受访者：关了，我一个老婆子拉不动面。隔壁卖鱼丸的{{han:沈伯}}帮我把店面转给了{{trap/place:化隆}}来的老乡{{minority/hui:韩欧贝德}}，{{minority/hui:欧贝德}}每月给我一千块转让钱，逢年过节还送牛肉来。
访谈者：孩子们习惯吗？
受访者：孙女懂事，早上自己梳头，还给弟弟系鞋带，讲闽南话比我讲普通话还溜。孙子想他爸，晚上问我，阿奶，我爸啥时候回来？我说等你上三年级。学校食堂没有清真饭，{{han:许碧云}}跟校长{{han:黄锦堂}}说了，给两个娃娃单独打鸡蛋和素菜。
访谈者：做礼拜方便吗？
受访者：不方便，诏安没有清真寺，最近的在{{trap/place:漳州}}城里。过节我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给邻居都送一盘，{{han:沈伯}}说比他们的麻花还香。我给孙子讲{{trap/famous:马本斋}}打鬼子，他拿根筷子当枪在屋里跑。
访谈者：您来诏安以前在老家做什么？
受访者：种地，种枸杞，养几只羊。同心那边旱，一年下不了几场雨，吃水要拉。我一辈子没出过宁夏，头一回坐火车坐了两天一夜，一下车热得喘不上气，满街都是骑摩托的，讲的话一句也听不懂。
访谈者：现在能听懂闽南话了吗？
受访者：能听懂几句，“食饭”“阿嬷”“去叨位”，说不来。去菜市场都带着孙女当翻译。市场上的人都认得我，说那个戴白帽子的阿奶又来了，称菜都多给一把葱。这边人白天不{{trap/word:锁门}}，我一个人带娃娃害怕，出门锁三道，邻居笑，说{{han:锁姆}}锁得比派出所还严。
访谈者：孩子们的功课谁管？
受访者：我不识字，管不了。孙女自己做，做完了给弟弟检查。老师在群里发的通知，孙女念给我听，要交钱要签字的，她拿去找{{han:许碧云}}。
访谈者：您身体怎么样？
受访者：糖尿病，腿也肿。儿子进去以后，我一夜一夜睡不着。老家的女儿{{han:冶兰英}}要接我们回同心，可娃娃在这边上学，户口也在这边，回去又得重来。我想着等他出来，一家人再商量。晚上睡不着，我就起来做礼拜，求真主让儿子在里头平平安安，出来好好做人。
访谈者：孙女有什么心事吗？
受访者：她不说，都憋在心里。有一回学校开家长会，别人都是爸爸妈妈去，她不让我去，说我听不懂。后来老师打电话来，我才知道她在会上一个人坐着。回来我没问，她给我倒了碗水，说阿奶，我以后考上大学，带你坐飞机回同心。
访谈者：孩子们看过爸爸吗？
受访者：视频看过。孙子对着屏幕喊爸爸，{{minority/hui:苏海卜}}他在那头哭。孙女不说话，回来在本子上画了一个拉面碗，碗边写着“等爸爸”。
访谈者：登记信息请您说一下。
受访者：住在{{address:诏安县南诏镇东城路128号二楼}}，老家{{address:同心县豫海镇清水河村五队12号}}。我身份证{{id_number@wold.640324}}，孙女的{{id_number@wy2014fwhyphen.350624}}。我电话{{mobile@h38}}，{{han:许碧云}}的{{mobile@plus86}}。孙女有个QQ，老师让注册的：{{qq:５０７３８２９１６}}。我的微信是孙女给开的，叫{{wechat:suoyueqin1951}}。
访谈者：表上的名字写得对吗？
受访者：补助表上孙女写成{{spaced:纳 西 白}}，孙子写成{{spaced:塔　勒　哈}}，我写成{{spaced:锁 月琴}}。
访谈者：最后您想说什么？
受访者：盼儿子早点出来，把拉面馆再开起来，娃娃放学回来有碗热面吃。这几年最要谢的，是{{han:许碧云}}。
""")

# H1571: Yi mother from 布拖 (凉山) who married a Hakka man of 官陂 (诏安); he died on a mountain road carrying green
# plums to the cooperative, and she raises their three children with his mother.
DOCS["H1571"] = ("family", """\
访谈者：阿姐，您是从凉山嫁过来的？
受访者：是嘞，{{trap/place:布拖}}的，彝族。我叫{{minority/yi:加拉惹嫫}}，前头两个字是家支，{{minority/yi:惹嫫}}才是名字。嫁到{{trap/place:官陂}}十四年了，村头的客家人都喊我{{minority/yi:惹嫫}}嫂。
访谈者：怎么认识您爱人的？
受访者：在{{trap/place:东莞}}电子厂，一条线上。他叫{{compound:张廖荣华}}，官陂人，姓两个字，我头一回听还以为他姓张。前年五月他开三轮车往合作社送{{trap/word:青梅}}，山路上翻了车，人就没了。
访谈者：孩子们呢？
受访者：三个。大女儿{{compound:张廖雨欣}}十三，在{{school:诏安县官陂中学七年级（2）班}}。儿子十岁，学名{{minority/yi:张廖阿木}}，{{minority/yi:阿木}}是我起的彝名，他阿婆嫌不好叫，喊他{{minority/yi:阿木牯}}。他在{{school:官陂镇中心小学四年级（1）班}}。小女儿{{minority/yi:依果}}五岁，上幼儿园，阿婆喊她{{minority/yi:果妹}}。
访谈者：家里靠什么过？
受访者：低保，三个娃娃每个月还有困境儿童的钱，一个{{trap/number:五百八}}。村里的儿童主任{{han:江月娥}}能讲普通话，都是她帮我跑的，我汉字认不全，表都是她填。镇民政办的{{han:詹振华}}也来过，坐在门槛上跟婆婆讲客家话，我一句都听不懂。县里社工{{compound:范姜美琪}}每个月来，教大女儿做手账，陪儿子打篮球。
访谈者：婆婆对您好吗？
受访者：好。婆婆叫{{han:游四妹}}，七十一了，嘴硬心软。刚嫁来的时候她嫌我是外省人，现在天天跟我讲，{{minority/yi:惹嫫}}啊，你莫走，你走了这个家就散了。我说我不走，要走我早走了。
访谈者：青梅园还种吗？
受访者：种，八亩。合作社的{{han:钟青梅}}种了一辈子{{trap/word:青梅}}，她教我剪枝、疏果。摘果的时候我背个背篓上坡，一天摘两百斤。{{han:钟青梅}}她说我是山里长大的，爬坡比本地媳妇还快。
访谈者：您刚嫁过来的时候习惯吗？
受访者：不习惯。我们布拖在山上，冷，吃荞麦、洋芋，这边顿顿米饭，菜里还爱放糖。客家话我听了三年才听懂一半。头一年冬天我穿着棉袄，婆婆笑我，说这里冬天不落雪。我想家，一个人坐在坡上朝西边哭，男人找上来，也不劝，就坐在边上陪我。
访谈者：男人走了以后，家里谁拿主意？
受访者：我拿。婆婆讲，你是这个家的当家人。头几个月我天天哭，后来想，哭不来钱。我把青梅园接过来，跟合作社签了收购合同，又去镇上的蜜饯厂做季节工，腌梅子，一天八十块。
访谈者：孩子们怎么样？
受访者：大女儿懂事，成绩好，班主任{{han:罗慧敏}}老师说她能考到县一中。儿子调皮，爸爸走后有半年不讲话，{{han:甯老师}}天天放学留他打球，慢慢才好了。小女儿啥子都不晓得，问爸爸去哪里了，我说去{{trap/place:九侯山}}上看青梅了。大女儿住校，伙食费学校减了一半，{{han:罗慧敏}}老师还把她女儿穿小的校服送过来。
访谈者：孩子们讲彝话吗？
受访者：大女儿会听不会讲，儿子会讲几句，小女儿只会喊“{{trap/minority_word:阿嫫}}”。我教他们唱彝族的歌，婆婆教他们唱客家山歌，两个老师，一个家。
访谈者：您现在最操心什么？
受访者：操心儿子。他爸走后，他跟人打过两回架，人家讲他没爸。{{han:甯老师}}把他叫到操场上，让他投一百个球，投完了再讲话。现在他跟{{han:甯老师}}最亲，讲长大也要当体育老师。小女儿身体弱，一换季就咳，卫生院去得比幼儿园还勤。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/yi:加拉铁哈}}在布拖放羊，哥哥在{{trap/place:西昌}}打工。我表姐也在东莞，当年就是她带我出来的。过{{trap/minority_word:火把节}}我给娃娃们做{{trap/minority_word:坨坨肉}}，披上{{trap/minority_word:查尔瓦}}，给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。婆婆看着也笑，说这个比客家的擂茶还热闹。
访谈者：您自己身体怎么样？
受访者：腰不好，背背篓背坏的。{{trap/org:官陂镇卫生院}}的{{han:赖医生}}说要歇，我歇不下来。有一回在坡上晕倒了，是邻居{{han:游添丁}}把我背下来的。
访谈者：登记信息请您说一下。
受访者：家在{{address:诏安县官陂镇新坎村下楼12号}}，老家{{address:布拖县特木里镇拉达村二组8号}}。我身份证{{id_number@w.513429}}，儿子的{{id_number@my2015spaced.350624}}。我电话{{mobile@plain}}，{{han:江月娥}}的{{mobile@s38}}。大女儿有QQ，号码贴在她书桌上：{{qq:2158043697}}。我微信是她帮我弄的，叫{{wechat:Remo_Butuo88}}。
访谈者：表上的名字写得对吗？
受访者：医院的单子写{{minority/yi:加拉·惹嫫}}，中间点了个点；低保表写{{spaced:加拉　惹嫫}}，学校把儿子写成{{spaced:张 廖 阿 木}}，女儿写成{{spaced:张　廖　雨　欣}}。
访谈者：最后还想说什么？
受访者：盼三个娃娃都读出书，哪天带他们回布拖，让他们外公看看，他的外孙长这么高了。
""")

# H1572: Mongolian grandfather from 乌审旗 who turns squid on a drying yard of 陈岱 (云霄) and raises his grandson
# with cerebral palsy: his daughter died of cancer and her Minnan husband was lost at sea.
DOCS["H1572"] = ("family", """\
访谈者：阿伯，听说您是从内蒙古来的？
受访者：{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的，蒙古族。我叫{{minority/mongolian:都格尔苏荣}}，名字长，{{trap/place:陈岱}}晒鱿鱼的人念不全，都喊我{{minority/mongolian:阿格尔}}。
访谈者：怎么到云霄来了？
受访者：我女儿{{minority/mongolian:阿如汉其木格}}在{{trap/place:包头}}读卫校，认得了在那边当兵的{{han:郑水旺}}，后来就嫁到这边来了。前年她得了乳腺癌，走了。女婿是讨海的，去年台风前出海，船翻了，到现在人也没找着。老伴走得早，我一个人在草原上，就下来带外孙。
访谈者：外孙多大？
受访者：九岁。户口上叫{{han:郑海川}}，蒙古名是我起的，叫{{minority/mongolian:敖敦胡雅格}}，学校花名册写成{{minority/mongolian:郑敖敦胡雅格}}，村里的娃娃都喊他{{minority/mongolian:胡雅仔}}。{{minority/mongolian:敖敦胡雅格}}生下来缺氧，左腿不利索，走路要穿支具。
访谈者：他在哪里上学？
受访者：{{school:云霄县陈岱中心小学三年级（3）班}}。班主任{{han:何雪芬}}老师让他坐第一排，上下楼有同学扶着。体育课他跑不了，{{han:何雪芬}}就让他当计时员，他高兴得很。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:汤宝珠}}，给外孙报了事实无人抚养，一个月{{trap/number:一千一百五}}，残疾人两项补贴也办了。镇民政办的{{han:于振邦}}又帮我申请了临时救助。县残联的{{han:卢佩玲}}联系了{{trap/place:漳州}}的康复中心，每个暑假去练一个月。社工{{compound:夏侯晴岚}}教我用手机查钱到没到。
访谈者：您在这边做什么活？
受访者：在{{han:蔡万福}}晒场翻鱿鱼，一天一百二。{{han:蔡万福}}人实在，让我早上九点再去，先送外孙上学。海边太阳毒，我晒得比在草原上还黑。亲家母{{han:汤秀玉}}倒是有心，腿脚不好，隔几天还过来给外孙送一碗鱼丸汤。
访谈者：您在草原上是做什么的？
受访者：放了一辈子羊，最多的时候三百多只。后来草场禁牧，羊卖了，我在旗里给人看过仓库。头一回到海边，看见这么多水，腿都软了。我们那里一盆水要洗脸、洗脚，再端去饮羊。
访谈者：翻鱿鱼是什么活？
受访者：鱿鱼剖开，摊在竹排上晒，隔一个钟头翻一回，太阳大两天就干。下雨要抢着收，一排一排往棚里搬，我跑不快，老板就让我管翻，不让我搬。手泡得发白，晚上回去痒得睡不着。
访谈者：外孙的康复练得怎么样？
受访者：比去年好。去年走十步就要歇，现在能从家里走到村口的小卖部。每天晚上我让他扶着床沿蹲起二十下，他嫌累就哭，我也心疼，可康复中心的老师说不练腿就弯了。练完了我给他讲草原上的马，他就不哭了。
访谈者：村里人对你们怎么样？
受访者：好。讨海人讲义气，女婿出事以后，船老大们凑了两万块送过来。隔壁阿婶天天喊外孙去她家吃饭，过年还给他包红包。我不会讲闽南话，他们不会讲普通话，就比划，比划着比划着也就懂了。
访谈者：孩子想爸爸妈妈吗？
受访者：想。他妈的照片放在床头，他每天睡前摸一下。他爸没找着，他老说爸爸在海上迷路了，等{{trap/famous:妈祖}}把他送回来。我不知道怎么跟他讲。
访谈者：孩子喜欢什么？
受访者：喜欢鸟。{{trap/org:漳江口红树林保护区}}的护林员{{han:庄国梁}}每个礼拜天带他去看白鹭。他在本子上画了三十几种鸟，每只都要写上名字，字不会写就让我念，我也不认得，我们俩就一起查。他说长大要当护林员，我说好，{{han:庄国梁}}说他认鸟比大人还快。
访谈者：老家还有人吗？
受访者：儿子{{minority/mongolian:朝克巴达尔}}在乌审旗放羊，{{minority/mongolian:巴达尔}}说把外甥接回去，可回去看病难，康复中心要跑几百里。老朋友{{minority/mongolian:色楞道尔吉}}每年寄{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}来，外孙拌着稀饭吃。我给他讲{{trap/famous:成吉思汗}}，讲{{trap/place:毛乌素}}的沙子，他说没见过沙漠，只见过沙滩。
访谈者：您身体怎么样？
受访者：七十一了，血压高。最怕哪天倒了，孩子没人管。{{han:汤宝珠}}说真到那一天，政府会管。我信她，可我还想多撑几年，看着他自己能走稳。
访谈者：登记信息请您说一下。
受访者：住在{{address:云霄县陈岱镇溪口村海堤路33号}}，老家{{address:乌审旗嘎鲁图镇萨如拉嘎查三组6号}}。我身份证{{id_number@mold.150626}}，外孙的{{id_number@my2016fwspaced.350622}}。我电话{{mobile@spaced}}，{{han:汤宝珠}}的{{mobile@p86n}}。{{han:卢佩玲}}帮我开了微信，叫{{wechat:Dugar_wushen}}。外孙用平板上网课，QQ是{{qq:1068253974}}。
访谈者：名字在表上写得对吗？
受访者：补助表上我是{{spaced:都 格 尔 苏 荣}}，女儿的死亡证明写成{{spaced:阿如汉　其木格}}，外孙写成{{spaced:郑 敖敦胡雅格}}。
访谈者：最后您想说什么？
受访者：等外孙长大，我想带他回一趟乌审旗，骑一回马。他腿不好，我牵着马走。
""")

# H1573: Minnan 儿童主任 of a fishing village of 梅岭镇 (诏安) reading out her register.
DOCS["H1573"] = ("staff", """\
访谈者：沈主任，今天带来的是台账？
受访者：是啦，我们村的困境儿童台账。我叫{{han:沈素琴}}，在{{trap/place:梅岭镇}}下寮村做儿童主任五年了。村里大半是讨海人，查埔出海，查某在家剖鱼、晒虾干。我一户一户念，你记。
访谈者：好。
受访者：头一户，孤儿两个。姐姐{{han:翁佳慧}}十二岁，弟弟{{han:翁佳豪}}九岁。爸爸{{han:翁添财}}三年前起风浪的时候去收网，没回来；妈妈{{han:卓美凤}}去年肝癌走了。两个囝仔跟阿公过，阿公我们叫{{han:翁伯}}，七十四了还在码头补网。孤儿基本生活费每人每月{{trap/number:一千二百九}}。姐姐在{{school:诏安县梅岭中心小学六年级（2）班}}，弟弟在{{school:梅岭中心小学三年级（1）班}}。住{{address:诏安县梅岭镇下寮村海墘路23号}}，姐姐身份证{{id_number@wy2013quad.350624}}。
访谈者：第二户？
受访者：第二户是彝族。爸爸{{minority/yi:俄底尔布}}在冰厂做工，右手被机器绞了，评了三级残疾。妈妈{{minority/yi:吉吉阿依}}回了{{trap/place:昭觉}}，再没回来。两个囝仔，哥哥{{minority/yi:俄底体布}}十岁，妹妹{{minority/yi:俄底依嘎}}七岁。上户口那年给他们家登了个汉姓余，学校就写{{minority/yi:余体布}}，同学都叫他{{minority/yi:阿体}}。他爸讲要回凉山，又怕囝仔回去没书读。两个都报了困境儿童，一人{{trap/number:六百八}}。
访谈者：第三户？
受访者：第三户姓过，{{trap/word:过年}}的过。户主{{han:过海生}}以前开船{{trap/word:过海}}去{{trap/place:东山}}拉货，前年帮人运走私冻品，判了四年。老婆{{han:来凤娇}}，也是个怪姓，来去的来，{{han:来凤娇}}来找我哭过两回，讲一个人带不动。女儿{{han:过晓琳}}八岁，服刑人员子女补助，一个月{{trap/number:五百六}}。住{{address:梅岭镇下寮村后港巷7号}}，{{han:来凤娇}}的电话{{mobile@hyphen}}。
访谈者：第四户？
受访者：第四户是{{han:时秀兰}}，{{han:时秀兰}}也是苦命人，老公跑船病死了，儿子{{han:佘子健}}是孤独症，十一岁还不太会讲话，两项补贴都有。她白天在{{han:翁添财}}渔排的旧码头剖鱼，一斤五毛。
访谈者：讨海人家的孩子，最难的是什么？
受访者：大人一出海就是十天半个月，有的两口子一起跟船，囝仔丢给阿公阿嬷。阿公阿嬷不识字，作业没人看，生病了也不知道。台风季最怕，船没回来，一村人都站在码头上等。那几年出事的船多，村里的孤儿、单亲的一下子多了好几个。
访谈者：您是怎么当上儿童主任的？
受访者：村委会选的，讲我嘴巴会讲，脚跑得勤。我以前在镇上的水产厂做质检，会写字，会用电脑。刚当那年什么都不懂，一张表填三遍。现在闭着眼睛都知道哪一户几口人、哪个囝仔几月生日。过年村里给每户送一袋米一桶油，{{trap/org:诏安县慈善总会}}送书包和棉被。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:涂明辉}}总负责，社工{{compound:张简雅惠}}跟头一户和第二户，她同事{{compound:申屠敬之}}跟第四户，教{{han:佘子健}}认图片。还有个厦大来的志愿者叫{{compound:诸葛沛然}}，暑假来给囝仔补课。
访谈者：您跟学校怎么配合？
受访者：每学期开学，我把名单送到学校，班主任心里有数。哪个囝仔几天没去上学，学校就打电话给我，我骑摩托去家里看。有一回一个囝仔逃学去码头帮人卸鱼，一天挣三十块，讲要给阿嬷买药。我把他带回学校，晚上又去跟他阿嬷讲，药钱我来想办法，后来从临时救助里报了。
访谈者：钱都按时到吗？
受访者：都打到一卡通。每个月十号我挨家问一遍，阿公阿嬷不会看短信，我就陪他们去{{trap/org:农村信用社}}打流水。{{han:翁伯}}讲，钱是小事，囝仔有人管才是大事。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大的知道，不爱听。{{han:翁佳慧}}跟我讲，阿姨，你莫在我同学面前讲。我讲你放心，我嘴很紧。她现在进了学校合唱团，{{han:粘老师}}讲她声音好听。
访谈者：名单上的名字写得对吗？
受访者：错的多。县里下来的表把{{spaced:俄 底 尔 布}}拆开了，{{spaced:吉吉　阿依}}中间空一格，还有{{spaced:过 海生}}、{{spaced:翁　佳　慧}}。错一个字钱就下不来，我年底一张一张对。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，{{han:涂明辉}}的{{mobile@s74}}。我工作微信{{wechat:shensuqin-ml}}。{{han:翁佳慧}}有QQ，她写在我本子上：{{qq:804917352}}。
访谈者：您自己家呢？
受访者：我老公也讨海，一出去十几天。两个囝仔在县城读书，我有时候一天跑五六家，回到家九点了。人家讲我傻，我讲，囝仔无人管，会变坏。能管一个是一个。我阿母以前也是这样，村里谁家囝仔没饭吃，她就盛一碗送过去。
""")

# H1574: Hakka township social worker from 秀篆 (诏安), married into 云霄, at the social-work station of 东厦镇
# beside the mangrove reserve.
DOCS["H1574"] = ("staff", """\
访谈者：{{han:练老师}}，您是客家人？
受访者：系，{{trap/place:秀篆}}人，嫁到云霄来的。我姓练，{{trap/word:练习}}的练，叫{{han:练美珠}}，在{{trap/place:东厦镇}}社工站做了四年。涯讲话客家腔重，你莫笑。
访谈者：您手上跟了多少个孩子？
受访者：二十三个，困境儿童十七个，六个留守的。每个月每家起码走一趟。
访谈者：您怎么会来做社工的？
受访者：涯以前在{{trap/place:厦门}}的工厂做文员，嫁过来以后考了社工证。头一年什么都不懂，跟着老社工跑，看到一个阿婆带着三个孙子住在漏雨的屋里，回来哭了一晚。那时候就想，这个事总要有人做。
访谈者：能讲几个吗？
受访者：竹塔村有个女孩，妈妈是蒙古族，叫{{minority/mongolian:乌云达日玛}}，{{trap/place:赤峰}}人，嫁给村里养蚝的{{han:蔡振渠}}。两人离了婚，她回了内蒙古，{{han:蔡振渠}}去{{trap/place:汕头}}又娶了一个。女孩蒙古名{{minority/mongolian:沁达穆尼}}，户口上是{{han:蔡雅琪}}，学校点名叫{{minority/mongolian:蔡沁达穆尼}}，跟着阿嬷{{han:吴玉枝}}过。{{minority/mongolian:沁达穆尼}}跟我讲，她记不住阿姆的样子了，只记得阿姆唱过一首{{trap/title:鸿雁}}。她阿姆偶尔在QQ上跟她讲几句，号码{{minority/mongolian:沁达穆尼}}背得出来：{{qq:62850193}}。
访谈者：她有补助吗？
受访者：事实无人抚养还在办，要妈妈那边出证明。赤峰那边的嘎查书记{{minority/mongolian:巴达玛扎布}}帮我们跑了，县民政局儿童福利股的{{han:戴股长}}讲材料齐了就批。她在{{school:云霄县东厦中心小学四年级（3）班}}，班主任{{han:方晓鸥}}老师很照顾她。
访谈者：还有呢？
受访者：还有兄弟俩，{{han:官文杰}}、{{han:官文豪}}，爸爸吸毒进了戒毒所，妈妈跑了，跟着叔公{{han:官水木}}过。{{han:官水木}}六十几了，在红树林边上挖蛏。{{han:官文杰}}被同学笑过，打了一架，{{han:官文杰}}讲他不怕。我让志愿者{{han:从晓雯}}每礼拜给他补数学，{{han:从晓雯}}{{trap/word:从来}}不迟到。
访谈者：平时做些什么活动？
受访者：每个月带细人仔去{{trap/org:漳江口红树林保护区}}认鸟，护林员{{han:庄国梁}}讲解，白鹭、黑脸琵鹭，细人仔都认得。{{trap/org:闽南师范大学}}的学生也来，{{compound:皇甫子睿}}教他们画鸟，{{compound:钟离暮雪}}带他们唱歌。{{minority/mongolian:蔡沁达穆尼}}画了一只大雁，讲大雁会飞到草原上去。
访谈者：红树林这个活动是怎么想出来的？
受访者：细人仔在家就是看电视、玩手机，不出门。我想，家门口这么大一片红树林，为什么不带他们去看？头一回去，潮水退了，滩涂上全是招潮蟹，举着一只大钳子，细人仔追着跑，一身泥，笑得比过年还开心。现在他们自己记鸟的名字，画在本子上，年底办了个小画展。
访谈者：家里大人支持吗？
受访者：开头不支持，讲去海边危险，又讲耽误干活。我一家一家去讲，答应接送，出了事我负责。后来看着细人仔话变多了，阿公阿嬷也肯了，有的还跟着来。志愿者队长{{compound:南宫若琳}}建了个家长群，她的微信{{wechat:nangong_ruolin}}，谁家有事都在群里喊。
访谈者：做社工难在哪里？
受访者：难在人少。我们站三个人，管全镇。同事{{han:方雅婷}}休产假，剩下的{{han:涂志坚}}却还兼着养老的事。工资一个月三千出头，跟在厦门差不多，可涯心里踏实。涯有时候一天骑电动车跑四十公里，食饭都在车上。有回下大雨，在堤上摔了一跤，手机进水，{{han:戴股长}}找了我一下午。
访谈者：孩子们有什么变化吗？
受访者：有。那对兄弟刚来的时候，哥哥一句话不讲，弟弟见人就躲。现在哥哥当了小组长，带着小的认鸟，弟弟敢站在台上讲他画的白鹭。学校老师讲，兄弟俩上课举手了。这些变化钱买不来，要时间，要有人一直陪着。县里的督导{{compound:赫连冬梅}}每个月来看一次个案，她讲这就叫陪伴。
访谈者：您觉得什么最管用？
受访者：有人一直在。细人仔不怕穷，怕没人理。{{han:吴玉枝}}讲，{{han:练老师}}一来，{{minority/mongolian:沁达穆尼}}就肯讲话。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86dash}}，站里值班电话{{mobile@s38}}。微信{{wechat:lianmeizhu_hakka}}。{{han:官水木}}不会用手机，有事打{{han:官文杰}}的QQ：{{qq:１７３０５８２９４}}。兄弟俩住{{address:云霄县东厦镇竹塔村埭头路15号}}，{{han:官文杰}}身份证{{id_number@my2012plain.350622}}，{{han:官文豪}}的{{id_number@my2015quad.350622}}。
访谈者：表上的名字有写错的吗？
受访者：有。{{spaced:乌　云　达　日　玛}}写得一个字一个空，{{spaced:蔡 沁达穆尼}}、{{spaced:官 文 杰}}也是，还有张表写成{{spaced:钟 离 暮 雪}}。
访谈者：最后想讲什么？
受访者：希望县里多给几个社工。我阿姆讲，人心肉做的，你对细人仔好，细人仔记得。
""")

# H1575: Minnan music teacher of the central primary school of 梅岭镇 (诏安) about the children in distress in her
# choir.
DOCS["H1575"] = ("staff", """\
访谈者：{{han:粘老师}}，听说您的合唱团里有好几个困境儿童？
受访者：有七个。我叫{{han:粘雅诗}}，在镇中心小学教音乐，带合唱团六年了。唱歌不要钱，所以家里难的囝仔我都拉进来。
访谈者：您是怎么想到组这个合唱团的？
受访者：刚分来那年，我发现班上有个孩子一节课都不抬头，后来才知道她爸爸出海没回来。我想，数学语文我帮不上，唱歌总可以。就在音乐教室门口贴了张纸，想唱的放学来。头一天来了四个，后来一传十，现在三十几个。县文化馆的老师{{compound:司马卓然}}每学期来两回，帮我们排和声。
访谈者：排练有什么难处？
受访者：基础差，有的连简谱都不认得，我就一句一句教，用手比高低。讨海人家的孩子，潮水好的时候要帮家里赶海，请假的多，凑不齐人。我就把排练挪到退潮晚的日子。
访谈者：能说说是哪些孩子吗？
受访者：{{han:翁佳慧}}是领唱，六年级。她妈妈走的那个月，她站在队里一句都不唱，嘴都不张。我没逼她，让她帮我发谱子。过了一个学期，有一天排《{{trap/title:天乌乌}}》，她自己开口了，我在钢琴后面哭得看不清谱。
访谈者：还有呢？
受访者：彝族的{{minority/yi:俄底依嘎}}，{{school:梅岭中心小学二年级（4）班}}，会弹{{trap/minority_word:口弦}}，小小一片竹子含在嘴边，声音像蜜蜂。她爸爸手残了，妈妈回凉山了，哥哥{{minority/yi:俄底体布}}每天放学来接，站在门口等，{{minority/yi:依嘎}}喊一声{{minority/yi:阿体}}就跑出去了。
访谈者：有回族的孩子吗？
受访者：有。{{minority/hui:法里黛}}，汉名{{han:马芮瑶}}，{{school:梅岭中心小学四年级（2）班}}，花名册上写{{minority/hui:马法里黛}}。她爸爸{{han:马积善}}在镇上开拉面馆，前年查出尿毒症，一礼拜透析三次，店是她表叔{{minority/hui:马尔沙德}}帮着看。{{minority/hui:法里黛}}嗓子亮，唱高音一点不费力。她跟我讲，老师，我们回族的{{trap/minority_word:花儿}}也好听，下回唱给你听。
访谈者：其他孩子呢？
受访者：有个男孩{{han:许家乐}}，大家叫他{{han:猴仔}}，瘦，爬树快，爸爸妈妈都在服刑，跟外婆住。{{han:猴仔}}刚来的时候不肯站队，我就让他打鼓，他一打鼓就安静了。还有{{han:问子涵}}，姓问，{{trap/word:问题}}的问，她爸爸尘肺病躺在床上。{{han:问子涵}}问我，老师，唱歌能不能挣钱给我爸买药？我不知道怎么答。还有个男孩{{han:詹正阳}}正在变声，高音唱不上去就急得哭，我让他改唱低声部，现在他是低声部最稳的一个。
访谈者：孩子们唱些什么歌？
受访者：什么都唱。闽南童谣、客家山歌、彝族的歌、回族的歌，还有课本上的。我让每个孩子教大家一首自己家的歌，大家跟着学，唱得歪歪扭扭，可笑得开心。去年县里比赛，我们把几首拼成一首，叫《我们的海》，评委讲没听过这样的。
访谈者：家长来看演出吗？
受访者：来得少。讨海的、服刑的、躺在床上的，来不了。比赛那天台下坐的多半是阿公阿嬷，有的听不懂普通话，可每一首都拍手拍得最响。
访谈者：学校怎么支持？
受访者：{{han:沈校长}}让合唱团的孩子中午留校吃饭，不收钱。钢琴伴奏是县城来支教的{{compound:澹台栖梧}}，她自己掏钱给七个孩子买了演出服。镇里的社工{{compound:张简雅惠}}也常来听排练，哪个孩子这几天不对劲，她第二天就上门。
访谈者：您觉得唱歌对这些孩子有什么用？
受访者：有地方站，有人听。{{minority/hui:法里黛}}讲，唱歌的时候忘了她爸在医院。{{han:猴仔}}讲，打鼓的时候没人敢笑他。去年六一我们去县里比赛，拿了二等奖，{{han:翁佳慧}}抱着奖状跑回去给{{han:翁伯}}看，{{han:翁伯}}在码头上补网，手上全是鱼鳞，也不擦就接过去了。
访谈者：您自己家呢？
受访者：我老公在{{trap/place:东山}}的渔港做冷库，女儿才三岁。有时候排练晚了，我就把女儿带到音乐教室，她坐在钢琴底下玩，合唱团的姐姐们抢着抱她。
访谈者：演出的节目单是怎么印的？
受访者：打字的同事爱在名字中间加空格，说好看。印出来是{{spaced:俄 底 依 嘎}}、{{spaced:马　法　里　黛}}、{{spaced:问 子 涵}}、{{spaced:许　家乐}}，家长拿去还以为印错了。
访谈者：家长怎么联系您？
受访者：我电话{{mobile@fws}}，微信{{wechat:nianyashi_music}}，QQ{{qq:2906417385}}。{{han:马积善}}的电话{{mobile@plus86spaced}}，他家拉面馆在{{address:诏安县梅岭镇新街口路6号}}。{{han:许家乐}}报学平险的身份证是{{id_number@my2014fwspaced.350624}}。
访谈者：最后您想说什么？
受访者：这些囝仔不缺嗓子，缺的是有人听他们唱。我能做的，就是每个礼拜二、礼拜四下午把音乐教室的门开着。
""")

# H1576: county public-security officer for household registration at the 云陵 police station (云霄).
DOCS["H1576"] = ("staff", """\
访谈者：{{han:汤警官}}，您在户籍窗口干了多久？
受访者：十一年了。我叫{{han:汤鸿彬}}，在{{trap/org:云陵派出所}}户籍室。困境儿童要办补助，头一关是户口，民政、社工经常带着孩子来找我。
访谈者：最常见的是什么问题？
受访者：一是没户口，二是名字对不上。先讲没户口的。去年{{trap/place:列屿镇}}有个男孩，八岁了还是黑户。妈妈{{han:韩晓蓓}}是外省人，没领结婚证，生了孩子就走了；爸爸{{han:戴木生}}讨海，前年在海上出了事。孩子跟奶奶{{han:林秋月}}过，连出生证明都找不着。我们让奶奶跟孩子做了亲缘鉴定，才落了户，起名{{han:戴念恩}}。{{han:戴念恩}}有了户口，才报上事实无人抚养。
访谈者：黑户的孩子多吗？
受访者：这几年少了，可每年还有几个。多半是大人没领证，或者生在外地没报。有的爸妈都不管，阿公阿嬷不懂，以为上学的时候再报也一样。等到要报补助、要上初中，才发现系统里根本没这个人。有个女孩上到三年级了，学籍一直是借读，考试成绩都没地方录。
访谈者：落户要多久？
受访者：材料齐的话，一个礼拜。不齐的，半年一年都有。最难的是找不到爸妈，要亲缘鉴定，要村里证明，要民政出意见。我们现在跟民政、妇联建了个联办的群，谁手上有这样的孩子，发到群里，大家一起想办法。可我们不能为了快就不核，一个孩子落错了户，以后一辈子都麻烦。
访谈者：名字对不上呢？
受访者：少数民族的最容易错。维吾尔族的名字中间有个点，叫间隔号，系统里要打成{{minority/uyghur:阿热孜江·阿不都瓦依提}}这样。学校报上来的，有打英文句号的，有打成日文那种点的，还有干脆不打，写成{{minority/uyghur:阿热孜江阿不都瓦依提}}的。一个点不一样，民政系统就对不上，钱发不下来。他爸{{minority/uyghur:阿不都瓦依提·肉孜}}为这个跑了我这里三趟，{{minority/uyghur:阿瓦}}说他卖了七年馕，头一回知道一个点这么要紧。
访谈者：还有别的例子吗？
受访者：有个维吾尔族妈妈叫{{minority/uyghur:米合热阿依·艾山}}，嫁给{{trap/place:火田镇}}的{{han:吴顺昌}}，生了个儿子。两口子离了，她回了{{trap/place:阿克苏}}，{{han:吴顺昌}}他去年病死了。孩子户口上叫{{han:吴嘉伟}}，他妈给他起的名字叫{{minority/uyghur:帕孜力}}，学校同学都喊他{{minority/uyghur:吴帕孜力}}。离婚判决书上他妈写成{{spaced:米合热阿依 . 艾山}}，结婚证上又是{{minority/uyghur:米合热阿依艾山}}，我对了半天才敢认是一个人。
访谈者：蒙古族和彝族呢？
受访者：蒙古族的名字不用点，就是长。陈岱有个男孩户口上叫{{han:郑海川}}，外公给他起了蒙古名，学校写{{minority/mongolian:郑敖敦胡雅格}}，外公想把户口也改过来。改名要有理由，材料还在走。外公{{minority/mongolian:都格尔苏荣}}，窗口电脑一格放不下，打出来成了{{spaced:都格尔 苏荣}}。彝族的，有对在茶厂做工的夫妻，{{minority/yi:阿苏拉则}}和{{minority/yi:马海阿果}}，孩子{{minority/yi:阿苏吉布}}户口还在{{trap/place:美姑}}，要迁过来才能在这边报困境儿童。
访谈者：改名字难吗？
受访者：未成年人改名，要监护人申请，要讲清楚理由。少数民族恢复本民族的名字，这个理由是有的，可要父母双方同意。父母一个不在了，一个找不着，就要走别的程序，慢。我跟外公讲，不急，名字在孩子心里，户口本上慢慢来。
访谈者：您跟民政怎么配合？
受访者：民政局的{{han:来家祥}}每个月来对一次名单，{{han:来家祥}}来了就坐一上午。社工站的{{han:练美珠}}带孩子来拍照，孩子怕闪光灯，她就抱着。所里{{han:揭所长}}便定了规矩，困境儿童的户口当天能办的当天办。同事{{compound:宇文晓东}}管系统，{{compound:濮阳静}}管档案。
访谈者：名字还有别的写法吗？
受访者：多了。有的表把{{spaced:戴　念　恩}}空开，有的把{{spaced:阿 苏 拉 则}}、{{spaced:吴　帕　孜　力}}一个字一个空。我们只认户口本。
访谈者：这些孩子的证件号您能核一下吗？
受访者：我念，你记。{{han:戴念恩}}{{id_number@my2016hyphen.350622}}，{{han:吴嘉伟}}{{id_number@my2013fwx.350622}}，他奶奶{{han:林秋月}}{{id_number@woldspaced.350622}}，{{minority/yi:阿苏吉布}}{{id_number@my2017tri.513436}}。户籍室的工作手机{{mobile@s434}}，{{han:来家祥}}的{{mobile@plain}}。{{han:林秋月}}家住{{address:云霄县列屿镇港头村后埕路6号}}。
访谈者：您印象最深的是哪个孩子？
受访者：还是那个黑户的男孩。落户那天，奶奶带他来拍照，孩子不知道什么叫户口，问我，叔叔，我是不是现在才算生出来？我一下子答不上来，后来跟他讲，你早就生出来了，我们现在才把你写上。
访谈者：最后您想说什么？
受访者：名字是孩子的。写错一个字，补助就卡住，孩子就少一口饭。我们这边多核一遍，不费事。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1569,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout199",))


if __name__ == "__main__":
    main()
