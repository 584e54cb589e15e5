# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 9 (tests/pii/holdout9/H57-H64 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:仝志刚}}``, ``{{qq:3105847269}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, buryat, uyghur, kazakh, hui, dongxiang,
                                   tibetan, yi, manchu) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2011.152526}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大夫, 阿訇, 第一书记) and a
particle, pronoun or verb written directly after a name (说, 的, 家, 也, 她, 他们, 那孩子, 一直) are outside the span.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout9/make_holdout9.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(9_2025_1125)
MINORITY_GROUPS = ("mongolian", "buryat", "uyghur", "kazakh", "hui", "dongxiang", "tibetan", "yi", "manchu")
# Floors from the brief (minority groups counted together where the brief pairs them).
FLOORS = {"minority": 120, "han": 60, "spaced": 25, "compound": 20}
GROUP_FLOORS = {"mongolian+buryat": 15, "uyghur+kazakh": 15, "hui+dongxiang": 15, "tibetan": 15, "yi+manchu": 15}

MOBILE_PREFIXES = ["130", "131", "135", "136", "137", "150", "151", "157", "158", "166", "173", "175", "176", "178",
                "181", "183", "187", "191", "198"]


DOCS: dict[str, tuple[str, str]] = {}

# H57: Mongolian herder's widow, 西乌珠穆沁旗 (巴拉嘎尔高勒镇); husband lost in a blizzard, two children and a mother-in-law.
DOCS["H57"] = ("family", """\
访谈者：阿姨，您家现在几口人？
受访者：四口。我、俩孩子、还有婆婆。我叫{{minority/mongolian:那仁满都呼}}，嫁到这个嘎查二十一年了。孩子他阿爸{{minority/mongolian:苏和巴特尔}}，前年腊月出去找马，赶上{{trap/minority_word:白灾}}，人冻在{{trap/word:冬营盘}}后头的沟里了。{{minority/mongolian:苏和巴特尔}}他走那年才四十三。
访谈者：孩子们多大了？
受访者：小子{{minority/mongolian:额尔很朝格图}}十四，在{{school:西乌珠穆沁旗蒙古族中学初二（4）班}}住校。{{minority/mongolian:额尔很朝格图}}一直不吱声，他阿爸走了以后更闷了，放假回来就骑马往草场上跑，一跑一天。丫头{{minority/mongolian:阿拉腾图雅}}九岁，在{{school:巴拉嘎尔高勒镇第二小学三年级2班}}，{{minority/mongolian:阿拉腾图雅}}她倒是爱说爱笑，就是晚上搂着她阿爸的袍子睡。
访谈者：婆婆身体怎么样？
受访者：婆婆{{minority/mongolian:敖日格勒玛}}七十六了，腿不行。{{minority/mongolian:敖日格勒玛}}说她这辈子送走了老头子，又送走了儿子，命硬。我说额嬷你别这么说。家里的牛羊现在交给小叔子{{minority/mongolian:都仁扎那}}放，{{minority/mongolian:都仁扎那}}家也有一摊子，顾不过来，去年卖了四十多只羊还账。
访谈者：嘎查里谁帮过你们？
受访者：嘎查长{{minority/mongolian:博尔济吉特·那木拉}}，{{minority/mongolian:博尔济吉特·那木拉}}他给报的困境儿童。报表上孩子名字叫人打成了{{spaced:额 尔 很 朝 格 图}}，一个字一个空，旗里退回来重填。苏木的民政助理{{han:仝志刚}}来过三回，{{han:仝志刚}}那边说一个孩子一个月能有{{trap/number:一千二百八}}。还有旗医院的{{han:蔺春风}}大夫，{{han:蔺春风}}说丫头心脏有杂音，得上{{trap/place:锡林郭勒}}盟医院再查。
访谈者：学校老师呢？
受访者：小子的班主任{{han:阚秀梅}}老师，汉族，蒙语说得比我还溜。{{han:阚秀梅}}她每礼拜给我打电话，她手机是{{mobile@spaced}}。丫头的老师{{minority/mongolian:其其格玛那日苏}}，{{minority/mongolian:其其格玛那日苏}}也常上家里来，给丫头带本子带铅笔。
访谈者：有没有社会上的人帮？
受访者：有个基金会的社工{{compound:宇文丹阳}}，还有她同事{{compound:尉迟晓岚}}，俩姑娘开车跑了三百多里来的。{{compound:宇文丹阳}}给小子弄了个心理辅导，一个月视频两回。签到表上{{compound:尉迟晓岚}}写成{{spaced:尉迟 晓岚}}，中间空了一格。驻村的第一书记{{han:扈金山}}，{{han:扈金山}}他们家也是牧区出来的，懂我们。
访谈者：家里的证件号方便说一下吗？登记要用。
受访者：我的是{{id_number@wy1979spaced.152526}}，小子的{{id_number@my2011.152526}}，丫头的{{id_number@wy2016hyphen.152526}}。户口在{{address:西乌珠穆沁旗巴拉嘎尔高勒镇宝日温都尔嘎查3组17号}}，冬天我们搬到镇上租房，住{{address:巴拉嘎尔高勒镇乌珠穆沁大街东段额尔敦小区6号楼1单元302室}}。我手机{{mobile@plain}}，微信{{wechat:nrmdl_xw1979}}。
访谈者：孩子平时跟谁玩？
受访者：小子跟他堂哥{{minority/mongolian:巴图苏和}}好，{{minority/mongolian:巴图苏和}}说要教他{{trap/minority_word:搏克}}，俩人在草地上摔跤，摔得满身是土。小子QQ是{{qq:3105847269}}，他在上头跟同学说话，回家不跟我说。夏天我们骑{{trap/minority_word:乌珠穆沁白马}}去看那达慕，他阿爸以前年年去，小子看一会儿就跑了，说看了难受。
访谈者：您最担心什么？
受访者：担心小子。他爸的{{trap/word:马鞍子}}他天天擦，不让人碰。老人讲{{trap/famous:陶克陶胡}}的故事，说草原上的男人不掉眼泪，可我宁愿他哭出来。邻居{{minority/mongolian:萨仁图雅其木格}}家的姑娘跟他同班，{{minority/mongolian:萨仁图雅其木格}}说小子在学校也不怎么吃饭。我就盼着他能念出去，别跟他阿爸一样，一辈子守着这片草场。
访谈者：您自己怎么撑过来的？
受访者：头一年天天哭，羊也不想管。后来想，孩子们还得吃饭，哭有啥用。冬天镇上租的房子有暖气，可我睡不着，老听见外头刮风，就想他是不是在外头冷。开春回嘎查接羔，一宿起来好几趟，手冻得裂口子，抹点羊油接着干。小叔子说嫂子你歇歇，我说歇了心里更空。去年旗里办培训，教我们做奶食卖，我学会了做奶皮子、奶豆腐，拿到镇上超市去寄卖，一个月能多挣几百。报名表是小子给我填的，他把我名字写成{{spaced:那　仁　满　都　呼}}，中间空的是大格子，说这样好看。邻居家姑娘的名字他也帮着填，写成{{spaced:萨仁图雅 其木格}}，中间空一格，人家也没说啥。我就想，日子难是难，有这俩孩子，还得往前过。等丫头心脏查好了，我带她去旗里照个相，给她阿爸看。
""")

# H58: Buryat family, 鄂温克族自治旗 锡尼河西苏木; a grandmother raising three grandchildren, mother working in Hailar, father ill.
DOCS["H58"] = ("family", """\
访谈者：奶奶，您是布里亚特人吧？
受访者：是，我们是从那边过来的布里亚特，老辈子跑到{{trap/place:锡尼河}}落的脚。我叫{{minority/buryat:达希道尔吉玛}}，今年六十九。{{minority/buryat:达希道尔吉玛}}这个名字是喇嘛给起的，我们这儿名字都长。
访谈者：家里孩子什么情况？
受访者：三个孙子孙女。他们爸{{minority/buryat:巴拉金尼玛}}得了尿毒症，一礼拜透析三回。{{minority/buryat:巴拉金尼玛}}也想干活，干不动。他们妈{{minority/buryat:洪格尔玛}}在{{trap/place:巴彦托海}}饭店端盘子，{{minority/buryat:洪格尔玛}}说一个月挣三千，房租就去一千。孩子扔给我。
访谈者：孩子们多大？在哪儿上学？
受访者：老大{{minority/buryat:丹巴达尔扎}}十三，在{{school:鄂温克族自治旗民族中学初一（2）班}}，{{minority/buryat:丹巴达尔扎}}一直想当兽医。老二是丫头，{{minority/buryat:色吉德玛和日勒}}，十岁，{{minority/buryat:色吉德玛和日勒}}她爱唱歌，学校登记的时候写成了{{spaced:色 吉 德 玛 和 日 勒}}，一个字一空，老师说系统里就这么存的。老三{{minority/buryat:策仁扎布都}}才五岁，在苏木幼儿园{{school:锡尼河西苏木中心幼儿园中（1）班}}，{{minority/buryat:策仁扎布都}}说话还有点大舌头。
访谈者：平常谁来帮衬？
受访者：嘎查达{{minority/buryat:苏伦加布}}，{{minority/buryat:苏伦加布}}家的媳妇常给送{{trap/word:牛奶}}。我们这儿人煮{{trap/minority_word:布里亚特包子}}，过{{trap/minority_word:瑟日步节}}的时候，她把孩子都叫到她家去吃。苏木社保所的{{han:昝红英}}，{{han:昝红英}}她帮我把孩子爸的大病救助弄下来了。{{trap/org:旗残联}}的{{han:缑立军}}主任也来过，{{han:缑立军}}说孩子爸能办个二级残疾证。
访谈者：孩子的学习谁管？
受访者：老大的班主任{{han:佴晓燕}}老师，{{han:佴晓燕}}说老大数学好，就是老走神。还有一个支教的大学生{{compound:公孙怀瑾}}，{{compound:公孙怀瑾}}天天晚上在网上给他讲题。老大QQ号{{qq:1296604381}}，他跟{{compound:公孙怀瑾}}在上头聊。
访谈者：家里的信息，能登记一下吗？
受访者：我说你写。我们家在{{address:鄂温克族自治旗锡尼河西苏木好力宝嘎查2组9号}}，孩子妈在镇上租房，住{{address:巴彦托海镇团结小区14号楼3单元501室}}，她手机{{mobile@plus86}}。我身份证号{{id_number@wy1955.150724}}，老大{{id_number@my2012spaced.150724}}，老三{{id_number@my2020x.150724}}。孩子爸的名字本子上写的是{{spaced:巴拉金 尼玛}}，中间空开，医院老弄错。
访谈者：亲戚里还有谁？
受访者：我妹妹的儿子{{minority/buryat:达木丁苏荣}}在旗里开车，{{minority/buryat:达木丁苏荣}}他们有时候拉孩子爸去医院。还有我侄女{{minority/buryat:嘎丽玛·巴德玛}}，在{{trap/place:二连浩特}}做买卖，{{minority/buryat:嘎丽玛·巴德玛}}家的微信是{{wechat:galima_mzl88}}，过年给孩子们寄皮靴子。
访谈者：您自己身体怎么样？
受访者：血压高。旗医院的{{han:隗振东}}大夫，{{han:隗振东}}他让我少吃咸的，我们布里亚特人喝奶茶不放盐哪行。社工{{compound:东方沐禾}}来了一回，{{compound:东方沐禾}}说孩子们心里都苦，得有人陪着说话。我说我这老太太只会讲{{trap/famous:格斯尔}}的故事，孩子们听一百遍了。她笑，说那也好，讲就是陪。
访谈者：您还有什么想说的？
受访者：老大说长大了回来，当兽医，给嘎查的牛看病，不去城里。我就盼着孩子他爸能等到换肾的那天。
访谈者：孩子们平时说布里亚特话吗？
受访者：在家说，出门说汉话、蒙古话，老大还会几句俄语，跟他太爷爷学的。冬天零下四十度，孩子们早上五点多就得起来，我烧上炉子，热好奶茶，把他们一个一个叫醒。老大骑摩托送老二去车站，我不放心，站在门口看着，看不见了才进屋。孩子爸透析完回来脸是灰的，躺一下午，孩子们都不敢大声说话。有一回老二在学校画了张画，画的是一家人骑马，爸爸在最前头，老师看了哭了。旗里来人登记，表上我的名字打成{{spaced:达　希　道　尔　吉　玛}}，一个字一个大空格，我说这是我吗，他们说系统就这样。那个社保所的姑娘也被写成了{{spaced:昝 红 英}}，她自己都笑了。我不怕苦，就怕我哪天躺下了，三个孩子咋办。
访谈者：家里的牲口还有多少？
受访者：剩十二头牛，三匹马。以前有四十多头，孩子爸一病，卖了一大半看病。夏天打草雇人，一天两百，我们雇不起，嘎查的人轮着来帮。秋天把牛赶到{{trap/place:伊敏河}}边上吃草，老大放学回来就去看一眼。我跟孩子们说，牛在，家就在。
""")

# H59: Uyghur school cook, 伽师县 (Kashgar prefecture); children of migrant parents eating at her canteen.
DOCS["H59"] = ("staff", """\
访谈者：您在学校食堂干了几年？
受访者：七年了。我叫{{minority/uyghur:再娜甫·吐尔地}}，在{{trap/place:伽师}}县城边上的小学当厨师，天天给四百多个娃娃做饭。{{minority/uyghur:再娜甫·吐尔地}}这个名字娃娃们叫不全，都叫我{{trap/word:阿娜}}，就是妈妈。
访谈者：您说有几个孩子让您放心不下？
受访者：有一个小丫头，{{minority/uyghur:努尔曼古丽·艾合买提}}，十岁，在{{school:伽师县第三小学四年级（3）班}}。她爸妈去{{trap/place:五家渠}}打工，{{minority/uyghur:努尔曼古丽·艾合买提}}跟着爷爷，爷爷瘫在床上。她天天最后一个来吃饭，把{{trap/minority_word:馕}}揣兜里带回去给爷爷。登记表上她名字写成{{spaced:努尔曼古丽 艾合买提}}，中间就一个空格，没有点。
访谈者：还有呢？
受访者：还有兄弟俩，哥哥{{minority/uyghur:吾买尔江•艾沙}}十二，弟弟{{minority/uyghur:艾克拜尔•艾沙}}八岁。他们妈走了，爸爸{{minority/uyghur:艾沙·买合木提}}在{{trap/place:阿克苏}}摘棉花，一年回来一趟。{{minority/uyghur:吾买尔江•艾沙}}一直护着弟弟，打饭先给弟弟打。{{minority/uyghur:艾克拜尔•艾沙}}他们家在{{address:伽师县卧里托格拉克镇英买里村4组26号}}，房子漏雨。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:帅国庆}}，{{han:帅国庆}}说先让娃娃吃饱。副校长{{minority/uyghur:阿不都外力·肉孜}}，{{minority/uyghur:阿不都外力·肉孜}}他每天中午站在食堂门口看谁没来。援疆的老师{{compound:长孙明远}}，{{compound:长孙明远}}教数学，带兄弟俩补课。还有{{compound:慕容芷若}}，是心理老师，{{compound:慕容芷若}}说哥哥心里压的事太多。
访谈者：您自己家呢？
受访者：我男人{{minority/uyghur:买买提依明·阿西木}}开{{trap/minority_word:馕铺}}，打馕卖。{{minority/uyghur:买买提依明·阿西木}}他每天多打二十个，给我带到学校。我女儿{{minority/uyghur:帕丽旦木}}十五，{{minority/uyghur:帕丽旦木}}也帮我洗菜。
访谈者：孩子们的情况有人登记吗？
受访者：村里的第一书记{{han:檀志远}}，{{han:檀志远}}那边管登记。小丫头的身份证号是{{id_number@wy2015.653129}}，兄弟俩的{{id_number@my2013hyphen.653129}}和{{id_number@my2017fullwidth.653129}}。书记让我有事打他电话{{mobile@hyphen}}，村委会的{{minority/uyghur:热依汗古丽}}也留了号，{{mobile@plain}}，{{minority/uyghur:热依汗古丽}}她会说汉话。
访谈者：这些孩子爸妈怎么联系？
受访者：小丫头她妈在五家渠，住{{address:五家渠市人民路街道光明小区9号楼2单元402室}}，微信{{wechat:nmgl_wlmq2019}}，我有时候给她发娃娃吃饭的照片。兄弟俩的爸爸不会用微信，就打电话。
访谈者：孩子们平时有什么高兴的事？
受访者：过{{trap/minority_word:肉孜节}}的时候学校发新衣服。我给他们做{{trap/minority_word:抓饭}}，多放羊肉。老师讲{{trap/famous:纳斯尔丁·阿凡提}}骑毛驴的故事，娃娃们笑得饭都喷出来。班上有个小子{{minority/uyghur:图尔荪江}}，{{minority/uyghur:图尔荪江}}爱画画，把我画成胖胖的样子，我贴在灶台边上。
访谈者：还有什么让您难受的？
受访者：有个丫头叫{{minority/uyghur:米日班古丽}}，{{minority/uyghur:米日班古丽}}她奶奶过世了，一个人在家。班主任{{han:暴玉兰}}老师，{{han:暴玉兰}}她接到自己家住了一个月。我做饭做了七年，知道哪个娃娃吃得多吃得少，吃得少的，心里有事。
访谈者：食堂的饭，孩子们吃得惯吗？
受访者：吃得惯。礼拜一拉条子，礼拜二抓饭，礼拜三包子，礼拜四汤饭，礼拜五米饭炒菜。娃娃们排着队进来，小的够不着窗口，我就弯着腰递给他们。冬天早上冷，我五点半就来了，先烧水，给住校的娃娃们泡奶茶。有的娃娃早上不吃饭就来，我看脸色就知道，偷偷多给一个鸡蛋。校长说不能偏心，我说饿着肚子哪有力气念书，他就不说了。表格上登记我的名字，写成{{spaced:再 娜 甫 · 吐 尔 地}}，一个字一个空，连点都空开了。校长的名字也被学生写成{{spaced:帅　国　庆}}，贴在墙上，他看了哈哈笑。我没念过几年书，可我知道，这些娃娃吃好了，长高了，以后就有出息。
访谈者：您觉得学校还缺点什么？
受访者：缺个洗澡的地方。住校的娃娃一个礼拜洗不上一回澡，头发里都是土。冬天食堂后头的锅炉房热，娃娃们下了晚自习就围着锅炉站一会儿，说暖和。我跟校长说过，他说报上去了，等钱下来。还缺能说话的大人。爸妈都不在跟前，娃娃们有话憋着，憋久了就不吃饭、不说话。我能做的，就是饭做热乎点，多跟他们说两句。
""")

# H60: Kazakh veterinarian's family, 尼勒克县 (Ili); the vet died of brucellosis, his wife and four children, a fostered nephew.
DOCS["H60"] = ("family", """\
访谈者：大姐，您丈夫以前是兽医？
受访者：是，乡兽医站的。他叫{{minority/kazakh:也尔肯别克·哈斯木}}，{{minority/kazakh:也尔肯别克·哈斯木}}给牲口打针打了二十年，最后得了布病，前年没了。我叫{{minority/kazakh:古丽森·阿合买提}}，在{{trap/place:喀什河}}边上长大的。
访谈者：家里几个孩子？
受访者：四个自己的，还有一个侄子。大儿子{{minority/kazakh:叶森波拉提}}十六，在{{school:尼勒克县第一中学高一（7）班}}，{{minority/kazakh:叶森波拉提}}说不念了要回来放羊，我不让。二丫头{{minority/kazakh:阿依达娜·也尔肯别克}}十三，{{minority/kazakh:阿依达娜·也尔肯别克}}她学习好。三小子{{minority/kazakh:努尔达吾列提}}十岁，{{minority/kazakh:努尔达吾列提}}他们班在{{school:尼勒克县乌拉斯台乡寄宿制学校四年级1班}}。老小{{minority/kazakh:玛依拉}}四岁。侄子{{minority/kazakh:哈力别克・吾拉孜别克}}，他爸妈离了，{{minority/kazakh:哈力别克・吾拉孜别克}}一直跟着我。
访谈者：家里靠什么过日子？
受访者：三十几只羊，还有低保。夏天转到{{trap/place:唐布拉}}的夏牧场，孩子们骑马，我挤马奶做{{trap/minority_word:克咪斯}}卖。乡里的干部{{han:嵇文斌}}，{{han:嵇文斌}}说孩子们能申请困境儿童补助，还有孤儿的那个。民政上的{{han:粟晓雯}}来核的，{{han:粟晓雯}}她也是骑马上来的，路不好走。
访谈者：谁帮着照看孩子？
受访者：我弟弟{{minority/kazakh:阿斯哈尔别克}}，{{minority/kazakh:阿斯哈尔别克}}家在乡上。还有孩子他爸的同事，兽医站站长{{compound:令狐建业}}，{{compound:令狐建业}}年年开学给孩子们买书包。县医院的{{compound:司徒慧琳}}大夫给我们全家查了布病，{{compound:司徒慧琳}}说都没事，我才放心。
访谈者：孩子们的登记信息您带了吗？
受访者：带了。我的身份证号{{id_number@wy1982hyphen.654028}}，大儿子的{{id_number@my2009.654028}}，二丫头的{{id_number@wy2012spaced.654028}}。家在{{address:尼勒克县乌拉斯台乡阔克托别村3组14号}}，我手机{{mobile@plus86spaced}}。大儿子有微信，{{wechat:yesenbolat09}}，QQ是{{qq:2468013579}}。
访谈者：孩子们想爸爸吗？
受访者：想。老二把她爸的名字写在本子第一页，写成{{spaced:也 尔 肯 别 克}}，一个字一个字分开写，说这样写得慢，能多想一会儿。三小子跟人打架，因为人家说他没爸。班主任{{han:蒿春燕}}老师，{{han:蒿春燕}}她把那个孩子叫去说了。我们这儿讲{{trap/famous:阿勒帕米斯}}的故事，说英雄的儿子也是英雄，我就给孩子们讲。
访谈者：以后有什么打算？
受访者：老大想考{{trap/place:伊犁}}的师范，回来当老师。我想让侄子也念出来。他爸{{minority/kazakh:吾拉孜别克}}在{{trap/place:精河}}打零工，名字本子上写成{{spaced:吾拉孜 别克}}，一年打一回电话。邻居{{minority/kazakh:沙吾列·吐尔洪}}，{{minority/kazakh:沙吾列·吐尔洪}}常来弹{{trap/minority_word:冬不拉}}，孩子们跟着唱，唱着唱着就笑了。
访谈者：您丈夫走了以后，谁帮您放羊？
受访者：我自己放，大儿子放假回来帮一把。春天接羔的时候最累，一宿一宿不睡觉，小羊生下来冻得发抖，我抱到屋里，放在炉子边上烤。转场的时候要赶着羊走三天，孩子们骑马跟着，小的坐在我前头。路上下雨，帐篷漏水，孩子们挤在一块儿睡，也不喊冷。民政的人来登记，表上二丫头的名字写成{{spaced:阿依达娜 · 也尔肯别克}}，点两边都空着，我也不知道对不对。我自己的名字写成{{spaced:古 丽 森 · 阿 合 买 提}}，一个字一个空，看着像别人的名字。我男人在的时候，什么事都是他办，现在我得学着跑乡里、跑县里，学着签字、按手印。日子是这样，人得往前走。
访谈者：孩子们上学远吗？
受访者：远。寄宿学校离我们冬窝子四十多公里，礼拜五下午我骑摩托去接，礼拜天下午再送回去。路上要过一条河，春天发水的时候过不去，就得绕到乡上。老三晕车，坐一回吐一回，我就让他骑摩托坐我后头，抱着我的腰。他说阿妈你身上有羊的味道，我说那是咱家的味道。大儿子懂事，周末回来先去看羊，再去看他爸的坟，一个人坐半天。
访谈者：您对以后有什么盼头？
受访者：盼着孩子们都念出来，有一个当大夫的，有一个当老师的。我不盼他们当兽医了，太苦，也危险。可老三说他就要当兽医，跟他爸一样给牲口看病。我说那你得先把书念好，他点头，说阿妈你放心。
""")

# H61: Hui shopkeeper, 同心县 (Ningxia) 豫海镇; his Dongxiang in-laws' children from 东乡族自治县 staying with him.
DOCS["H61"] = ("family", """\
访谈者：马师傅，您这铺子开了多久了？
受访者：十五六年了，卖杂货带收羊毛。我经名叫{{minority/hui:叶尔孤白}}，身份证上是{{han:马万福}}，街上都叫我{{han:马万福}}他们家老大。
访谈者：您家里现在带着亲戚的孩子？
受访者：我媳妇是东乡人，她哥哥{{han:汪尕西木}}在工地上摔了，{{han:汪尕西木}}瘫了，嫂子{{minority/dongxiang:拉比亚}}一个人顾不过来，就把俩娃娃送到我这儿。大的丫头{{minority/dongxiang:海丽且}}十二，{{minority/dongxiang:海丽且}}她在{{school:同心县豫海回民小学六年级（4）班}}。小的儿子{{minority/dongxiang:尕尔乃}}九岁，在{{school:豫海镇第四小学三年级（2）班}}，{{minority/dongxiang:尕尔乃}}一直尿床，夜里想他妈。
访谈者：孩子们老家在哪儿？
受访者：在{{address:东乡族自治县锁南镇达板村5社22号}}，山顶上，吃水都难。他们的爷爷{{minority/dongxiang:伊斯玛尔}}，{{minority/dongxiang:伊斯玛尔}}说话只会东乡话，我听不懂，我媳妇翻。东乡娃娃名字也有经名，丫头经名{{minority/dongxiang:宰娜卜}}，{{minority/dongxiang:宰娜卜}}这个是阿訇起的。
访谈者：这边谁帮着你们？
受访者：清真寺的{{minority/hui:伊萨尼}}阿訇，{{minority/hui:伊萨尼}}说每个主麻收的{{trap/minority_word:乜贴}}拿一点给娃娃们。社区的{{han:巩淑芳}}主任，{{han:巩淑芳}}给报了困境儿童，一个人一个月{{trap/number:九百八}}。学校的{{han:冶玉梅}}老师，{{han:冶玉梅}}她是撒拉族嫁过来的，对丫头好。还有{{trap/org:县妇联}}的{{compound:皇甫慧心}}，{{compound:皇甫慧心}}她来家里看了两回。
访谈者：您家自己几口人？
受访者：我媳妇{{minority/hui:法蒂玛}}，汉名叫{{han:汪秀英}}，{{minority/hui:法蒂玛}}身体不好，有胃病。我儿子{{minority/hui:穆斯塔法}}在{{trap/place:宝鸡}}念大学，{{minority/hui:穆斯塔法}}他放假回来给表妹表弟辅导作业。丫头{{minority/hui:阿依莎}}十七，{{minority/hui:阿依莎}}也帮我看铺子。
访谈者：孩子们的信息我登记一下。
受访者：丫头的身份证号{{id_number@wy2013.622926}}，小子的{{id_number@my2016spaced.622926}}。我们家在{{address:同心县豫海镇清真大寺南巷7号}}，我手机{{mobile@fullwidth}}，微信{{wechat:mawanfu_tx66}}。孩子妈的手机{{mobile@plus86dash}}，她不识字，只会接。
访谈者：孩子们过得习惯吗？
受访者：刚来不习惯，吃不惯{{trap/minority_word:羊杂碎}}，想家里的{{trap/minority_word:手抓羊肉}}。现在好了，丫头跟隔壁的{{minority/hui:萨里哈}}玩得好，{{minority/hui:萨里哈}}她们家开{{trap/word:牛肉面}}馆。我隔壁还有个{{compound:欧阳文澜}}，南方来的老板，收枸杞，{{compound:欧阳文澜}}给小子买了个足球。
访谈者：孩子们将来怎么打算？
受访者：丫头想当医生。我跟她讲，咱们回回有句老话，学问就算在中国也要去求。她舅舅在东乡那边有个朋友，叫{{minority/dongxiang:穆萨·哈三}}，{{minority/dongxiang:穆萨·哈三}}是村医，说丫头要是念出来了，回东乡去，山上缺大夫。我说行，先念书。古尔邦节的时候她爸来了一趟，坐轮椅，看着娃娃们，一句话不说光掉泪。
访谈者：铺子的生意怎么样？
受访者：一般般。现在都网上买，来铺子的少了，就是乡里来的老人还来。早上五点多开门，晚上十点关，中间就吃两顿。礼拜五去寺里礼拜，铺子让丫头看着。娃娃们放学就来铺子里写作业，坐在羊毛袋子上，我给他们拿个板凳当桌子。冬天冷，我生个炉子，娃娃们围着炉子写，写完了帮我数钱找零。我儿子放假回来教他们，作业本上写着他的名字{{spaced:穆 斯 塔 法}}，一个字一个空，说是老师让写大点。妇联那个女干部签字，写成{{spaced:皇甫 慧心}}，中间空一格。我跟娃娃们说，你们爸爸身体不行了，可你们有舅舅，有舅妈，有这个家。丫头听了点头，小子不说话，只往我怀里钻。
访谈者：两个孩子跟您家的孩子处得好吗？
受访者：好着呢。我丫头拿她们当亲妹妹亲弟弟，给丫头梳头，给小子洗衣服。刚来的时候小子不吃我们这边的面，嫌硬，我媳妇就照着东乡的做法给他擀长面，浇上洋芋汤。小子吃了一大碗，说跟他妈做的一样。我媳妇背过身就哭了。晚上礼拜完，我教娃娃们念几句经，念完了让他们给爸爸祈祷。
访谈者：您觉得政府的帮扶够吗？
受访者：补助是按时打过来的，够娃娃们吃穿。就是看病费钱，丫头去年阑尾炎开刀，花了七八千，报了一半。我不想总伸手，自己能干就自己干。娃娃们的舅舅那边，每个月我媳妇打电话过去，让娃娃们跟他说几句，他听着就行。
""")

# H62: former nun, now a village teacher, 若尔盖县 (阿坝州) 唐克镇; children of herders, some orphaned.
DOCS["H62"] = ("staff", """\
访谈者：老师，听说您以前出过家？
受访者：是，十几岁进的尼姑寺，当了八年{{trap/minority_word:觉姆}}，后来还俗念了师范。我叫{{minority/tibetan:索南吉毛}}，现在在{{trap/place:唐克}}的村小教藏文和数学。{{minority/tibetan:索南吉毛}}这个名字，村里人还是叫我阿尼，改不过来。
访谈者：您班上有哪些孩子让您操心？
受访者：有个孤儿，{{minority/tibetan:东主才让}}，十一岁，他阿爸阿妈车祸没了，跟舅舅过。{{minority/tibetan:东主才让}}他一直不说话，上课看窗外的{{trap/place:黄河九曲第一湾}}。他在{{school:若尔盖县唐克镇中心小学五年级（1）班}}，学籍表上名字打成{{spaced:东 主 才 让}}，一个字一个空格。他舅舅{{minority/tibetan:仁青加华}}放牦牛，{{minority/tibetan:仁青加华}}家在{{address:若尔盖县唐克镇索格藏村3组11号}}。
访谈者：还有呢？
受访者：姐妹俩，姐姐{{minority/tibetan:拉毛才华}}十三，妹妹{{minority/tibetan:卓玛本加}}九岁。{{minority/tibetan:拉毛才华}}她阿妈出家了，阿爸在外头挖{{trap/word:贝母}}，一年回不来几天。{{minority/tibetan:卓玛本加}}说想阿妈，我说阿妈在寺里给你念经呢。姐姐在{{school:若尔盖县中学初一（3）班}}住校，名字写成{{spaced:拉毛 才华}}，中间空一格。
访谈者：谁在帮这些孩子？
受访者：乡里的{{han:晏光明}}副乡长，{{han:晏光明}}说给孤儿办了每月的基本生活费。县民政局的{{han:郦丹青}}，{{han:郦丹青}}她来核实过。还有{{trap/place:德阳}}来的志愿者{{compound:司空辰逸}}，{{compound:司空辰逸}}带孩子们画画。村医{{minority/tibetan:尕藏华青}}，{{minority/tibetan:尕藏华青}}每个月给孩子们量身高体重。
访谈者：您自己家里呢？
受访者：我阿妈{{minority/tibetan:才让吉}}七十多了，{{minority/tibetan:才让吉}}在家转经、晒{{trap/minority_word:牛粪饼}}。我弟弟{{minority/tibetan:完德三知}}在县里开出租，{{minority/tibetan:完德三知}}说孩子们进城看病他拉。
访谈者：孩子们的信息能给我们吗？
受访者：这是{{minority/tibetan:东主才让}}的身份证号，{{id_number@my2014.513232}}，他舅舅的{{id_number@mmid.513232}}。姐妹俩的{{id_number@wy2012hyphen.513232}}、{{id_number@wy2016x.513232}}。我手机{{mobile@spaced}}，微信{{wechat:sonamkyi_zoige}}。姐姐有QQ，{{qq:1597534862}}，她在上面跟她阿妈留言，阿妈用寺里的手机看。
访谈者：孩子们喜欢什么？
受访者：喜欢跳{{trap/minority_word:锅庄}}，喜欢听{{trap/famous:米拉日巴}}的故事。过年的时候家家做{{trap/minority_word:蕨麻米饭}}，我带孩子们去{{minority/tibetan:旦知措}}家吃，{{minority/tibetan:旦知措}}是{{minority/tibetan:东主才让}}的舅妈，人好。学校的{{han:谯永红}}校长，{{han:谯永红}}说明年给村小再派个老师来，我就能多顾几个孩子了。
访谈者：您为什么还俗当老师？
受访者：在寺里我给人念经，现在我教孩子念书，都是修行。只要孩子们不哭，我就觉得对了。
访谈者：冬天这里上学难吗？
受访者：难。草原上零下三十度，孩子们早上骑马或者走路来，脸冻得紫红。村小只有两间教室，一个炉子，烧牛粪。我早上六点来生火，孩子们来的时候屋里就暖和了。中午学校给一顿饭，有的孩子一天就这一顿热的。我还俗的时候，寺里的老阿尼说，你去教孩子吧，那也是功德。我刚开始不会教数学，自己晚上看书学。县里来人检查，名单上我的名字写成{{spaced:索　南　吉　毛}}，全是大空格，我说没事，能认出来就行。副乡长的名字也被写成{{spaced:晏 光 明}}，他还笑我们村小的打字员手抖。孩子们毕业的时候，我送每人一条哈达，说你们走多远，都记着草原。
访谈者：孩子们的家长您都见过吗？
受访者：大多数见过。牧民们夏天在山上的夏季牧场，冬天才下来，我就骑摩托上山去找，一找一整天。有的家长不识字，我把孩子的成绩念给他们听，他们听了就笑，给我倒一碗酸奶，非让我喝完再走。有的家长说女娃娃念书没用，早点嫁人，我就坐在帐篷里跟他们说，说到天黑。说通了一家，我就高兴好几天。
访谈者：孩子们毕业以后去哪儿？
受访者：大部分去县里上初中，住校。有的念完初中就回家放牧了，女娃娃回去得更多。我每年都去县中学看他们，带点糌粑和奶渣。有个女娃娃考上了德阳的藏文中学，走的那天全村人都来送，她阿妈哭得站不住。我跟她说，你是草原的女儿，走到哪都别忘了回来。她说老师我一定回来，回来跟您一样教书。
""")

# H63: Yi grandmother, 布拖县 (凉山州) 特木里镇; son dead of AIDS, daughter-in-law gone, four grandchildren.
DOCS["H63"] = ("family", """\
访谈者：阿妈，您家里几个娃娃？
受访者：四个孙孙。我儿子{{minority/yi:阿的莫色}}，前些年在外头染了病，{{minority/yi:阿的莫色}}他回来第二年就走了。媳妇{{minority/yi:俄木拉哈}}也有病，{{minority/yi:俄木拉哈}}回娘家{{trap/place:美姑}}那边去了，再没回来。我叫{{minority/yi:曲比阿果}}，六十三了，汉话说不好，你莫笑。
访谈者：孙孙们多大了？
受访者：老大{{minority/yi:阿的日哈}}十四，在{{school:布拖县民族中学初二（5）班}}，{{minority/yi:阿的日哈}}一直说要出去打工，我不准。老二{{minority/yi:阿的伍呷}}十一，老三{{minority/yi:阿的阿支}}八岁，两个在{{school:特木里镇中心校三年级（1）班}}和五年级，{{minority/yi:阿的阿支}}她爱哭。老四是个幺儿，{{minority/yi:阿的子拉}}，四岁，在{{trap/org:一村一幼}}。
访谈者：您家在哪个村？
受访者：{{address:布拖县特木里镇依撒村2组13号}}，搬了新房子，{{trap/word:易地搬迁}}的。以前住山上，土墙房子，跟羊住一块。
访谈者：哪些人帮过你们？
受访者：村里的{{han:笪文华}}第一书记，{{han:笪文华}}给娃娃们办了孤儿补助。乡上的{{minority/yi:吉色尔布}}，{{minority/yi:吉色尔布}}也是我们彝族，他来翻译。县妇联的{{compound:诸葛婉清}}，{{compound:诸葛婉清}}说要给老三找个资助。防艾的社工{{compound:上官雨桐}}，{{compound:上官雨桐}}每个月来给我媳妇打电话，劝她吃药。登记的时候社工把我儿子名字写成{{spaced:阿 的 莫 色}}，一个字隔一个字。
访谈者：您家娃娃们读书怎么样？
受访者：老大的班主任{{han:禚建平}}老师，{{han:禚建平}}说老大聪明，就是不来。老三的老师{{minority/yi:依火么作}}，{{minority/yi:依火么作}}她天天送老三回来。老师们拿本子登记，把老二写成{{spaced:阿的 伍呷}}，说家支和名字分开写。
访谈者：您记得娃娃们的号吗？
受访者：我记不住，本子上有。老大{{id_number@my2011.513429}}，老三{{id_number@wy2017spaced.513429}}，我的{{id_number@wold.513429}}。书记的电话{{mobile@plain}}，老大的{{mobile@hyphen}}，他有微信，{{wechat:adirha2011}}，还有QQ{{qq:3346718250}}。
访谈者：您自己身体怎么样？
受访者：腰疼，背不动柴。家族里的{{minority/yi:罗洪阿支}}，{{minority/yi:罗洪阿支}}{{trap/word:常常}}来帮我背洋芋。娃娃们的外公{{minority/yi:俄木日各}}也来，{{minority/yi:俄木日各}}喝了{{trap/minority_word:杆杆酒}}就哭，说对不起我们家。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:火把节}}的时候娃娃们{{trap/word:高兴}}，穿新衣服，吃{{trap/minority_word:苦荞粑粑}}。我给他们讲{{trap/famous:阿依阿芝}}的故事，说女娃娃要聪明。{{trap/minority_word:毕摩}}来念过经，说家里的灾过去了。{{han:禚建平}}老师说莫信这个，要信读书。我说都信。
访谈者：您最想要的帮助是什么？
受访者：想要老大回学校。他说出去打工挣钱给我修房子，我说房子政府修了，你回去读书。娃娃们的爸爸走得早，我怕他们也跟着走歪了。
访谈者：您平时一个人怎么照顾四个娃娃？
受访者：天不亮就起来，先烧火煮洋芋，给老大老二装上，他们要走一个多钟头的山路去学校。然后喂猪、喂鸡，背着老四去地里。中午回来给老四弄饭，下午又去地里。晚上娃娃们回来，我看他们写字，我不认字，就看着。老三问我，阿妈，我阿妈啥时候回来？我说快了，其实我也不晓得。登记的人来了好几回，本子上把我的名字写成{{spaced:曲 比 阿 果}}，一个字一个空，又把媳妇名字写成{{spaced:俄木 拉哈}}，中间空开。我问他们写对了没有，他们说对的。我只晓得，只要娃娃们肯读书，我这把老骨头就还能撑几年。
访谈者：地里种些啥？
受访者：洋芋、苦荞、燕麦，还有几分地种花椒。花椒是书记让种的，说能卖钱。去年卖了{{trap/number:两千多}}，给娃娃们买了书包和鞋子。老二穿新鞋舍不得，拿在手上走到学校再穿。我看了心里难受，又觉得娃娃懂事。羊还有七只，老大放假回来放。山上风大，娃娃们脸都是红的，手上全是口子，我拿猪油给他们抹。
访谈者：村里有没有别的老人跟您一样带孙孙？
受访者：有，好几家。我们几个老婆婆有时候凑在一块，一个看娃娃，别的去地里。哪家有事，别家就帮着看。娃娃们在一块玩，打打闹闹，也不那么孤。书记说要办个老年人的互助点，我说好，我们这些老骨头，互相搭把手，日子就能过下去。
""")

# H64: Manchu township official, 宽甸满族自治县 (Dandong) 青山沟镇; the children on his list.
DOCS["H64"] = ("staff", """\
访谈者：您在镇里管儿童这块多久了？
受访者：五年。我是满族，老姓{{trap/minority_word:舒穆禄}}，汉姓舒，叫{{han:舒德厚}}，镇里都叫我{{han:舒德厚}}他们那个管孩子的。族谱上我写的是{{minority/manchu:舒穆禄·德厚}}。
访谈者：现在名单上有多少孩子？
受访者：困境儿童十九个，留守的一百多。先说一家，孩子爸{{minority/manchu:佟佳·长海}}，{{minority/manchu:佟佳·长海}}他前年上山采{{trap/minority_word:刺嫩芽}}摔下来了，瘫了。孩子妈走了。俩孩子，大的{{han:佟雨萱}}十二，在{{school:宽甸满族自治县青山沟镇中心小学六年级（3）班}}，{{han:佟雨萱}}一直是班长。小的{{han:佟浩然}}七岁。
访谈者：还有吗？
受访者：有个孩子叫{{minority/manchu:马佳·春燕}}，{{minority/manchu:马佳·春燕}}她爸在{{trap/place:凤城}}坐牢，她妈改嫁了，跟姥姥过。姥姥{{minority/manchu:索绰罗•桂琴}}八十了，{{minority/manchu:索绰罗•桂琴}}家在{{address:宽甸满族自治县青山沟镇虎塘沟村6组35号}}。孩子学籍上名字写成{{spaced:马 佳 · 春 燕}}，字中间都空着，点也空着。
访谈者：镇上怎么帮他们？
受访者：每月补助，还有结对。结对的干部有{{han:靳长城}}，{{han:靳长城}}说他包三家。还有{{han:扈秋菊}}，{{han:扈秋菊}}她是妇联的。学校的{{compound:第五明德}}老师，{{compound:第五明德}}家访跑得最多。县里还派了个社工{{compound:钟离思远}}，{{compound:钟离思远}}带孩子们做手工，剪{{trap/minority_word:满族剪纸}}。
访谈者：少数民族的老姓，现在孩子们还用吗？
受访者：有的用。一个小子叫{{minority/manchu:董鄂恒宇}}，没加点，{{minority/manchu:董鄂恒宇}}他爷爷非让这么写。还有个丫头{{minority/manchu:完颜・晓萌}}，{{minority/manchu:完颜・晓萌}}也是单亲。她本子上签{{spaced:完颜 ・ 晓萌}}，点两边留空。还有{{minority/manchu:西林觉罗·玉芬}}，是个老太太，带着外孙子，{{minority/manchu:西林觉罗·玉芬}}说外孙子夜里做噩梦。
访谈者：名单上的信息能看一下吗？
受访者：这是{{han:佟雨萱}}的，{{id_number@wy2012.210624}}；{{minority/manchu:马佳·春燕}}的，{{id_number@wy2014hyphen.210624}}；她姥姥的{{id_number@wold.210624}}。孩子他爸的手机{{mobile@plus86}}。我办公室在{{address:宽甸满族自治县青山沟镇政府院内2号楼203室}}，电话{{mobile@spaced}}，微信{{wechat:shudehou_qsg}}。
访谈者：这些孩子最缺什么？
受访者：缺人陪。镇卫生院的{{han:岑桂香}}大夫，{{han:岑桂香}}每月给孩子们看一回，说{{han:佟浩然}}有点营养不良。还有{{han:仝幸福}}老师，{{han:仝幸福}}说孩子们放学了没处去，就在学校多留一个钟头。我们这儿冬天有{{trap/minority_word:冰猴}}，学校搞{{trap/minority_word:珍珠球}}比赛，还讲{{trap/famous:萨布素}}将军的故事，孩子们爱听。
访谈者：您自己怎么看这份工作？
受访者：我们满族老话说，一家有事百家帮。这话不是书上的，是我奶奶说的。她叫{{minority/manchu:乌雅·淑珍}}，{{minority/manchu:乌雅·淑珍}}她养了九个孩子，自己的三个，别人的六个。我干这个，算是接她的班。
访谈者：冬天山里的孩子上学怎么办？
受访者：我们这儿山多，村子散，有的孩子家离学校二十多里。冬天雪大，路封了，就住校。镇上给住校生补生活费，一天十几块。有个孩子他爷爷每礼拜天赶着驴车送他来，爷孙俩在路上走两个钟头。我去他家看过，三间老房子，炕是凉的，老头舍不得烧柴。回来我就跟镇长说，给这家拉两车柴火。老太太那张表上，名字被写成{{spaced:西林觉罗 · 玉芬}}，点两边空着。结对干部的名字签成了{{spaced:靳　长　城}}，大空格，他说是手机打字打的。我们干这个工作，表多，会多，可最要紧的是往孩子家跑，跑多了，孩子就认你了。
访谈者：这些孩子里，您最惦记谁？
受访者：最惦记那个姥姥带的丫头。老太太耳朵背，眼睛也花了，做饭经常糊锅。丫头十岁，放学回去先把炉子生上，再给姥姥热饭，写作业写到半夜。她跟我说，叔，我不累，我就怕姥姥走了。我听了半天没说出话来。回去以后我跟镇里商量，给老太太申请了居家养老的服务，有事打{{trap/hotline:12349}}，每礼拜有人上门两回。丫头现在说话多了，脸上也有笑了。
访谈者：镇上还打算做些什么？
受访者：想在村里办儿童之家，放学了孩子们有地方去，有人看着写作业。房子有了，是村里的老学校，就缺人。我们在找退休的老师，一个月给点补贴。有两个已经答应了，开春就能开门。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), FLOORS, GROUP_FLOORS)


if __name__ == "__main__":
    main()
