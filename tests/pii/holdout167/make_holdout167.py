# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 167 (tests/pii/holdout167/H1321-H1328 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 166, written at the same time, is not
an earlier set).

Set 167 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
汶上 and 金乡 (Shandong): a Mongolian father from 镶黄旗 who sorts garlic in a 金乡 cold store and raises his twin
daughters alone after his wife died; an Amdo Tibetan mother from 同仁 raising her son in 汶上, his Han father killed
in a mine; a Uyghur grandmother from 墨玉 raising two grandsons in 汶上 whose parents are both in prison; a Hui
father from 广河 who runs a halal butcher's stall in 中都街道, his wife disabled after a road accident; a Han
儿童主任 of a village in 鸡黍镇 reading out her list; a Han community worker in 金乡街道 taking calls and WeChat
voice messages during the interview; a Han grandmother in 南旺镇 raising a granddaughter with leukaemia; and a Han
middle-school head teacher in 羊山镇 talking about a boy who lives with his uncle. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole and with a
short form (陶格图孟和 then 陶格图, 都仁塔娜, 乌恩其巴雅尔, 德吉德玛, 宝鲁尔巴图他), twins with a shared first part and
their forms of address (敖登图雅, 敖登萨仁, 大敖登, 小敖登), a Han surname before a Mongolian given name (韩敖登图雅,
韩敖登萨仁, 白巴音吉雅) and the Han name and nickname of the father (韩铁柱, 铁柱子); Amdo Tibetan names of 同仁
(公保措, 南杰东智他, 娘吉加, 德措, 加羊东知, 角巴东主, 尕藏东知, 公保吉) with a short form and a form of address
(尕东他, 小措阿姨), a Han surname before a Tibetan given name (郑南杰) and the Han names and forms of address of the
same family (郑宁远, 郑嫂); Uyghur given name + father's name with the dot (阿米娜汗·巴吾东, 阿卜杜萨拉木·麦麦提,
麦麦提艾力·阿卜杜萨拉木, 穆塔力甫·阿卜杜萨拉木, 排孜丽·麦麦提, 吐尔洪·买买提明, 帕提曼·托合提) and single and short
forms (米娜汗大娘, 小艾力, 穆塔, 穆塔力甫他), the mother's Han surname before a Uyghur given name (戚麦麦提艾力,
戚穆塔力甫) and the Han names of the same boys (戚浩然, 戚浩宇); Han-form Hui names with the 广河 surnames 敏 and 陕
(敏德福, 老敏, 敏师傅, 陕桂兰, 敏嫂, 敏浩杰, 敏雨涵, 敏德禄, 金守仁阿訇) beside 经名 used alone (阿布白克, 苏哈白,
纳迪尔, 麦伊麦乃, 撒里, 纳斯林, 伊尔法尼), 尕- forms (尕纳迪尔, 尕哈木宰他) and a Han surname before a 经名
(敏麦伊麦乃, 陕欧斯曼); Han names with common and rare surnames of the region (郗, 仝, 满, 鹿, 卜, 付, 闵, 寇, 颜, 逯,
訾, 郇, 亓, 燕, 曾, 翟, 邢, 冉, 邵, 司, 展); surnames that are also ordinary words directly before and after grammar
words (和金凤和街道的, 要丽华要我, 能海燕能说会道, 让秀荣让我, 也晓光也帮了, 还桂珍还没等, 还秀云还得, 把春华把孩子,
能金柱能吃, 让国庆让他, 被小龙被他姥姥, 有子有空, 都桂芳都十四了, 才宝军才九岁, 就春梅就住, 向秋菊向他大伯) beside
ordinary words that start with a surname character of the voices (满意, 和面, 能说会道, 敏感) and a Mongolian name
ending in 和 (陶格图孟和); names that contain words (让海洋, 让国庆, 向一鸣, 能海燕, 才雪梅, 展小虎, 小葫芦); titles
and kin words after names (鹿晓彤老师, 付秀荣大姐, 闵雪莹老师, 逯振华老师, 郇桂香老师, 金守仁阿訇, 邵敏华主任, 邢晓雨老师,
还秀云大姐, 燕红霞主任, 米娜汗大娘; the span is the name only), a surname with only a title or kin word, annotated
whole (仝嫂, 郑嫂, 郑大爷, 颜大嫂, 邢大夫, 敏嫂, 敏师傅, 訾大姐, 闵主任, 郗所长, 闵姨, 冉大夫, 司老师, 司姨, 寇主任,
燕警官), nicknames and local forms of address, annotated whole (铁柱子, 老敏, 有子, 小葫芦); names directly before
particles, pronouns and verbs (郗春霞她, 宝鲁尔巴图他, 南杰东智他, 尕东他, 穆塔力甫他, 戚海燕她, 尕哈木宰他, 小葫芦她,
邢晓雨她, 翟永红她, 燕红霞她, 展立业他) and after 叫/是/给/跟/找/让/和 (叫要丽华, 是要丽华陪我, 给才雪芹回, 跟郗所长,
找曾凡卓, 找小艾力, 让展小虎, 和韩敖登萨仁), and names closing the last sentence (谢谢郗春霞。, 最得谢的是就春梅。,
跟展浩楠拉过钩。); names spaced out character by character in half- and full-width spaces (陶 格 图 孟 和,
韩 敖 登 萨 仁, 南　杰　东　智, 穆 塔 力 甫, 麦　伊　麦　乃, 乐 正 清 禾, 闻 人 舒 窈, 微 生 若 岚, 西　门　望　舒,
向　一　鸣, 让　海　洋, 翟　秀　英), a dotted name with spaces around the dot (阿米娜汗 · 巴吾东) and names split in two
(敖登　图雅, 陶格图 孟和, 郑南杰 东智, 麦麦提艾力　阿卜杜萨拉木, 阿布 白克, 能金 柱, 都桂 芳, 展浩 楠, 梁丘 砚秋);
compound surnames after ordinary words (夏侯, 端木, 轩辕, 百里, 呼延, 澹台, 公良, 漆雕, 东郭, 鲜于, 乐正, 公西, 闻人,
羊舌, 司寇, 微生, 壤驷, 梁丘, 西门 after 的/大学生/社工/律师/同事/新来的/督导是/第一书记/心理老师), beside the place 司马镇;
and numbers read out and written the many ways people do (an ID read out in threes and one in groups of 6 4 4 4,
IDs in full width whole and spaced, with hyphens and spaced, two with an X check digit; a QQ number in full-width
digits; a `wxid_` WeChat id; mobiles with `+86` and no space, with `+86-`, with `+86 ` and hyphens or spaces, in
full width whole and spaced, 3-8, 4 3 4 and 7 4).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郗春霞}}``, ``{{qq:50918327}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2011tri.370828}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大姐, 大娘, 阿姨, 阿訇, 主任) and a
particle, pronoun or verb written directly after a name (她, 他, 也, 还, 要, 能, 让, 把, 被, 就, 都, 才, 和) are
outside the span; a surname with only a title or kin word (仝嫂, 郑大爷, 闵主任, 郗所长, 司姨, 燕警官) and a
nickname or local form of address (铁柱子, 老敏, 有子, 小葫芦) are annotated whole. Han-style names of Mongolian,
Tibetan, Uyghur and Hui people (韩铁柱, 郑宁远, 戚浩然, 敏德福, 陕桂兰) are category han; a Han surname before a
non-Han given name (韩敖登图雅, 白巴音吉雅, 郑南杰, 戚麦麦提艾力, 敏麦伊麦乃, 陕欧斯曼) is category minority, and so
are forms of address made from a non-Han name (大敖登, 小措, 米娜汗, 小艾力, 尕纳迪尔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout167/make_holdout167.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(167_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "153", "157", "158", "166", "173", "176", "178", "181",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1321: Mongolian father from 镶黄旗 who sorts garlic in a 金乡 cold store and raises his twin daughters alone.
DOCS["H1321"] = ("family", """\
访谈者：大哥，您在这个冷库干了几年了？
受访者：四年了，天天挑蒜、分级、装网袋。我叫{{minority/mongolian:陶格图孟和}}，老家是{{trap/place:锡林郭勒盟}}{{trap/place:镶黄旗}}。库里的人记不住蒙古名，老板给我起了个汉名叫{{han:韩铁柱}}，挑蒜的大姐们都喊我{{han:铁柱子}}，一个嘎查出来的老乡还叫我{{minority/mongolian:陶格图}}。
访谈者：怎么从草原到{{trap/place:金乡}}来了？
受访者：媳妇{{minority/mongolian:都仁塔娜}}得了尿毒症，透析两年还是走了，看病把草场都押出去了，羊也卖光了。同嘎查的{{minority/mongolian:乌恩其巴雅尔}}先来的这边，说蒜多活多，冷库一年到头要人，我就领着俩闺女过来了。
访谈者：俩闺女多大了？
受访者：双胞胎，九岁。姐姐叫{{minority/mongolian:敖登图雅}}，妹妹叫{{minority/mongolian:敖登萨仁}}，在家就喊{{minority/mongolian:大敖登}}、{{minority/mongolian:小敖登}}。报名的时候老师把我的汉姓加上了，成了{{minority/mongolian:韩敖登图雅}}和{{minority/mongolian:韩敖登萨仁}}，一个班，都在{{school:金乡县金乡街道蒜都小学三年级（2）班}}。
访谈者：您上班的时候谁照看她们？
受访者：放了学先去社区的{{trap/org:儿童之家}}写作业，儿童主任{{han:郗春霞}}管着。{{han:郗春霞}}她给俺家报了困境儿童，俩孩子一人一个月{{trap/number:一千零四十元}}，我还有低保。社区的{{han:和金凤}}和街道民政的{{han:满立国}}一块来核的材料，{{han:满立国}}翻完说齐全，他很{{trap/word:满意}}。班主任{{han:鹿晓彤}}老师给她俩免了午托的钱。街道社工站的{{compound:夏侯语嫣}}每周来辅导一回，同来的大学生{{compound:端木睿}}教她俩画画。
访谈者：老板和工友们呢？
受访者：老板{{han:仝建华}}人厚道，让我早上晚来一个钟头，先把孩子送到学校。老板娘{{han:仝嫂}}过年给俩孩子买了新棉袄。一块挑蒜的{{han:付秀荣}}大姐手快，教我分三级蒜，她说俺手大，一把能抓五头。她过年{{trap/word:和面}}包饺子，总叫上俺爷仨。
访谈者：冷库里的活累不累？
受访者：累是累，比放羊简单。五月新蒜下来，一天干十三四个钟头，按筐算钱，一筐三块五。库里零下三度，穿两层棉袄还冻手。草原上冬天零下三十度我都不怕，这边是湿冷，往骨头缝里钻。组长{{han:卜庆海}}看我实在，让我管一个小组，一个月多给三百。
访谈者：您一个人带俩闺女，做饭洗衣都是您？
受访者：都是我。早上五点起来熬奶茶、煮挂面，给她俩扎辫子。我手笨，扎得歪歪扭扭，{{han:仝嫂}}看不下去，每天早上过来帮着扎。晚上回来洗衣裳、看作业，她俩的作业我看不懂，就拍照片发给{{compound:夏侯语嫣}}，她在微信上一道一道讲。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:大敖登}}算术好，{{minority/mongolian:小敖登}}胆小，刚来那年一句汉话不敢说。班主任让她俩在六一晚会上唱蒙古歌，全校都鼓掌，从那以后同学们都抢着跟她俩玩。有个男孩问她俩是不是骑马上学，她俩回来笑了一晚上。
访谈者：老家还有人吗？
受访者：阿妈{{minority/mongolian:德吉德玛}}七十多了，跟我弟弟{{minority/mongolian:宝鲁尔巴图}}在嘎查放羊。嘎查的儿童主任{{minority/mongolian:白巴音吉雅}}每回打电话都问俩孩子。{{minority/mongolian:宝鲁尔巴图}}他夏天打了草，卖了钱还给我寄。
访谈者：孩子们想家吗？
受访者：想。{{minority/mongolian:大敖登}}会唱{{trap/famous:德德玛}}的歌，{{minority/mongolian:小敖登}}天天问奶奶的{{trap/minority_word:奶豆腐}}啥时候寄来。前年夏天我带她俩回去过一回，她俩穿着{{trap/minority_word:蒙古袍}}在草地上跑，跟小羊羔似的。回来跟同学吹，说她爸会摔跤，其实我就摔过一回，还输了。
访谈者：您自己身体怎么样？
受访者：冷库里零下好几度，一蹲一天，膝盖落下毛病了。老乡劝我回草原算了，可回去了俩孩子上学咋办？这边的学校好，老师也上心。我想着再干几年，把欠的钱还上。晚上睡不着，我就拉一会儿{{trap/minority_word:马头琴}}，琴是从老家背来的，俩闺女听着听着就睡了。有时候拉着拉着想起她俩的妈，就拉不下去了。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:镶黄旗新宝拉格镇巴音呼舒嘎查二组6号}}，这边租的房在{{address:金乡县金乡街道西关社区三巷14号}}。我的身份证{{id_number@my1983spaced.152528}}，大闺女的{{id_number@wy2015hyphen.152528}}。我电话{{mobile@plain}}，{{han:郗春霞}}的{{mobile@s434}}。我的微信{{wechat:taogetu_menghe}}。闺女用我手机登了个QQ，跟同学传作业，号码她拿彩笔写在冰箱门上：{{qq:50918327}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上是{{spaced:陶 格 图 孟 和}}，学校的表上一个是{{spaced:敖登　图雅}}，一个是{{spaced:韩 敖 登 萨 仁}}。冷库的工资条上干脆写成{{spaced:陶格图 孟和}}。
访谈者：您最想说什么？
受访者：俩闺女争气，我就不怕累。真得谢谢{{han:郗春霞}}。
""")

# H1322: Amdo Tibetan mother from 同仁 raising her son in 汶上, his Han father killed in a mine.
DOCS["H1322"] = ("family", """\
访谈者：大姐，您是青海过来的？
受访者：是，{{trap/place:黄南}}{{trap/place:同仁}}的，我们那儿叫{{trap/place:热贡}}。我叫{{minority/tibetan:公保措}}，村里人跟着我男人的姓叫我{{han:郑嫂}}，小孩子们喊我{{minority/tibetan:小措}}阿姨。
访谈者：您爱人是这边的人？
受访者：他叫{{han:郑广田}}，{{trap/place:汶上}}郭楼的。年轻时候到青海的矿上打钻，在同仁认识的我。一九年矿上塌方，他在井下没出来。矿上赔了钱，一半还了他家盖房的账。我带着儿子回了他老家，公公婆婆在这边，孩子有个照应。
访谈者：儿子多大了？
受访者：十一。藏名是他外公{{minority/tibetan:娘吉加}}起的，叫{{minority/tibetan:南杰东智}}，户口上是{{han:郑宁远}}。学校里同学叫他{{minority/tibetan:郑南杰}}，说这样好记。他在{{school:汶上县郭楼镇中心小学五年级（3）班}}。
访谈者：这边谁在帮你们？
受访者：村里的儿童主任叫{{han:要丽华}}，{{han:要丽华}}要我把材料都拿给她，她跑镇上给孩子报了困境儿童，一个月{{trap/number:九百六十元}}。镇民政办的{{han:能海燕}}{{trap/word:能说会道}}，上门把政策讲得明明白白。班主任{{han:闵雪莹}}老师知道他爸的事，每周留他谈一回。镇社工站的{{compound:轩辕沐禾}}给他做了半年心理辅导，另一个社工{{compound:百里知遥}}带他去{{trap/place:南旺}}看运河。
访谈者：公公婆婆呢？
受访者：公公{{han:郑大爷}}腿脚不好，婆婆{{han:让秀荣}}让我别出去打工，说家里有她。我在镇上超市理货，一个月两千八，够娘俩吃穿。超市老板{{han:寇德山}}知道我家的事，排班的时候让我中午回家给公公做饭。
访谈者：孩子在学校适应吗？
受访者：头一年不适应。他在同仁上的是藏汉双语学校，到这边课本不一样，拼音都不会。同学笑他脸蛋红，叫他高原红，他回来躲在被窝里哭。{{han:闵雪莹}}老师在班会上让他讲青海，讲雪山、牦牛、青稞，同学们听完都围着他问，他才慢慢有了朋友。现在语文还差点，数学能考到班里前五。他还报了学校的书法班，写的字贴在走廊里，他拍了照片发给他舅舅看。
访谈者：矿上赔的钱怎么用的？
受访者：赔了{{trap/number:六十八万}}，一半还了账，剩下的存了定期，给孩子上学用，是{{han:要丽华}}陪我去银行办的，存单上写孩子的名字。有亲戚来借，我一分没借。我男人拿命换的钱，得留给孩子。
访谈者：老家那边还联系吗？
受访者：天天视频。我阿爸{{minority/tibetan:娘吉加}}在{{trap/org:隆务寺}}边上放了一辈子羊，妹妹{{minority/tibetan:德措}}在家照顾他。弟弟{{minority/tibetan:加羊东知}}画{{trap/minority_word:唐卡}}，给孩子画了一幅绿度母，挂在床头。村里的儿童主任{{minority/tibetan:角巴东主}}说孩子要是回去上学，那边也能报。
访谈者：孩子知道他爸的事吗？
受访者：知道。出事那天是他爸的工友{{minority/tibetan:尕藏东知}}打的电话。{{minority/tibetan:尕东}}他后来每年都来看孩子，带{{trap/minority_word:糌粑}}和牦牛肉干。{{minority/tibetan:南杰东智}}他不爱说话，可画画好，跟他舅舅学的。在{{trap/place:济宁}}打工的同乡{{minority/tibetan:公保吉}}周末来，俺俩说藏话，孩子在旁边听，他的藏话快忘了。
访谈者：孩子平时想家吗？
受访者：想。他想回去看{{trap/minority_word:六月会}}，看村里的人跳舞。我给他讲{{trap/famous:更敦群培}}的故事，说他也是热贡人，走了好远好远的路。他说他长大也要走远路，可走完了要回来。去年暑假我带他回了一趟同仁，他外公抱着他哭，说长得跟他爸一模一样。
访谈者：您自己呢？
受访者：刚来那两年听不懂这边的话，人家说啥我都笑。婆婆手把手教我擀面条、烙煎饼。现在我说话带汶上味了，回老家我阿妈说我像个山东人。去年我腰扭了，躺了半个月，是婆婆和村里的姐妹轮流来做饭。社工{{compound:轩辕沐禾}}还帮我报了个电脑班，说学会了能去镇上的电商干活，给人家在网上卖煎饼。我学得慢，可是想学。有时候晚上一个人坐着，想起他爸在井下的那一天，心里就堵。我们那儿讲转经、点灯，这边没有寺，我就在院里点一盏酥油灯。
访谈者：登记信息请您说一下。
受访者：老家在{{address:同仁市隆务镇加毛村二社9号}}，这边住{{address:汶上县郭楼镇郑家庄村三组17号}}。我的身份证{{id_number@wy1988fullwidth.632321}}，儿子的{{id_number@my2014quad.370830}}。我电话{{mobile@h38}}，{{han:要丽华}}的{{mobile@plus86}}。我的微信{{wechat:gongbaocuo_regong}}。儿子有个QQ，跟同学下棋用，号码他写在作业本的封皮里：{{qq:736150284}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:公 保 措}}，学校把儿子写成{{spaced:南　杰　东　智}}，还有一张写成{{spaced:郑南杰 东智}}。
访谈者：您最盼什么？
受访者：盼{{minority/tibetan:南杰东智}}好好念书，将来回热贡看看他外公。
""")

# H1323: Uyghur grandmother from 墨玉 raising two grandsons in 汶上; their parents are both in prison.
DOCS["H1323"] = ("family", """\
访谈者：大娘，您从新疆来多久了？
受访者：三年了。我叫{{minority/uyghur:阿米娜汗·巴吾东}}，老家{{trap/place:和田}}{{trap/place:墨玉}}。这边的邻居叫不全，叫我{{minority/uyghur:米娜汗}}大娘，有的干脆叫新疆大娘。
访谈者：怎么到汶上来了？
受访者：儿子{{minority/uyghur:阿卜杜萨拉木·麦麦提}}早年在{{trap/place:济宁}}开烤肉店，娶了这边的姑娘{{han:戚海燕}}。前年两口子帮人开赌场，都判了，儿子七年，媳妇五年。两个孙子没人管，亲家母身体不好，我就从墨玉过来了。
访谈者：孙子们多大？
受访者：大的{{minority/uyghur:麦麦提艾力·阿卜杜萨拉木}}十二，我叫他{{minority/uyghur:小艾力}}；小的{{minority/uyghur:穆塔力甫·阿卜杜萨拉木}}九岁，家里叫{{minority/uyghur:穆塔}}。户口跟妈妈，汉名是{{han:戚浩然}}和{{han:戚浩宇}}。学校的名单上把两样拼在一起，成了{{minority/uyghur:戚麦麦提艾力}}、{{minority/uyghur:戚穆塔力甫}}。大的在{{school:汶上县苑庄镇中学六年级（2）班}}，小的在{{school:苑庄镇中心小学三年级（4）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:也晓光}}也帮了不少，给两个孩子报了服刑人员子女补助，一人一个月{{trap/number:一千一百二十元}}。镇上民政的{{han:颜春晖}}来家里看过三回，给我办了居住证。{{han:戚海燕}}她娘家哥哥{{han:戚海军}}隔几天送一袋面来。{{minority/uyghur:小艾力}}的班主任{{han:逯振华}}老师常打电话。县里法律援助的律师{{compound:呼延翠屏}}帮我问过探视的事，社工{{compound:澹台怀瑾}}每个月带孩子去{{trap/org:山东省女子监狱}}看一回妈妈。
访谈者：孩子们怎么样？
受访者：{{minority/uyghur:穆塔力甫}}他爱哭，想妈妈。大的不哭，可是在学校跟人打架，人家说他爸是坏人。我汉话说不好，去学校跟老师讲，是{{minority/uyghur:吐尔洪·买买提明}}陪我去的，他在济宁开馕店，给我当翻译。
访谈者：您汉话是在哪儿学的？
受访者：年轻时候在墨玉的棉纺厂干过，跟汉族姐妹学了一点。到这边以后，邻居{{han:颜大嫂}}天天来串门，教我说俺、恁，教我蒸馒头。我教她做拉条子，她学会了，说比面条筋道。现在我俩一天不见就想。
访谈者：孩子们去看过爸爸吗？
受访者：儿子在{{trap/place:泰安}}那边服刑，离得远，一年去两回。隔着玻璃，{{minority/uyghur:小艾力}}不说话，光看着他爸。小的趴在玻璃上喊爸爸，喊得我心都碎了。儿子说他在里面学了电焊，出来再不干坏事了。媳妇给两个孩子写信，一个字一个字写，{{han:戚浩然}}念给弟弟听。
访谈者：大孙子打架的事后来怎么样了？
受访者：{{han:逯振华}}老师把打架的几个孩子叫到一起，让他们一人说一句对方的好话。后来那个男孩还来家里找{{minority/uyghur:小艾力}}踢球，我给他们烤了包子。老师说孩子心里憋着气，得有个地方放，就让他当了体育委员。现在他每天早上带着全班跑操，嗓门比谁都大。
访谈者：老家还有亲人吗？
受访者：女儿{{minority/uyghur:排孜丽·麦麦提}}在墨玉，种核桃，她说等孙子们放假接回去住一个月，看看{{trap/place:喀拉喀什河}}。村里的儿童主任{{minority/uyghur:帕提曼·托合提}}每个月打电话问。女儿寄来的核桃仁、葡萄干，我分给左邻右舍，邻居们都说新疆的东西甜。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}我给孙子们打{{trap/minority_word:馕}}，做{{trap/minority_word:抓饭}}，也给邻居送。邻居们头一回吃抓饭，说羊肉炖得烂，米粒一颗是一颗，问我要方子。孙子们最爱我做的{{trap/minority_word:玫瑰花酱}}。晚上给他们讲{{trap/famous:阿凡提}}，讲{{trap/famous:库尔班·吐鲁木}}骑毛驴去北京。{{minority/uyghur:穆塔力甫}}问，他能骑毛驴去监狱看爸爸吗。
访谈者：您一个人带两个孩子，身体吃得消吗？
受访者：腰疼，眼睛也花了。冬天这边冷，屋里潮，我在墨玉没受过这个冷。我睡前给自己揉揉腰，念几句经，第二天又是一天。孙子们见我揉腰，也学着给我捶背。可我不能倒，我倒了两个孩子就散了。村里的{{han:邢大夫}}每个月给我量一回血压，药钱{{han:也晓光}}也帮着报了。
访谈者：登记的信息请您说一下。
受访者：这边住{{address:汶上县苑庄镇戚家村四组21号}}，老家在{{address:墨玉县喀尔赛乡巴格其村三组7号}}。我的身份证{{id_number@wold.653222}}，大孙子的{{id_number@my2012hyphen.370830}}，小的{{id_number@my2015fwspaced.370830}}。我没微信，{{han:也晓光}}的电话{{mobile@spaced}}，{{minority/uyghur:吐尔洪·买买提明}}的电话{{mobile@p86n}}。大孙子有个QQ，说是上网课注册的，号码他写在门框上：{{qq:2093857146}}。
访谈者：名字写得对吗？
受访者：乱。我的名字写成{{spaced:阿米娜汗 · 巴吾东}}，小孙子写成{{spaced:穆 塔 力 甫}}，大的写成{{spaced:麦麦提艾力　阿卜杜萨拉木}}。
访谈者：您最盼什么？
受访者：盼儿子媳妇早点出来，一家人吃一顿抓饭。
""")

# H1324: Hui father from 广河 who runs a halal butcher's stall in 中都街道; his wife is disabled.
DOCS["H1324"] = ("family", """\
访谈者：师傅，您这清真肉摊开了几年了？
受访者：六年了，就在{{trap/place:中都街道}}菜市场东头。我叫{{han:敏德福}}，经名{{minority/hui:阿布白克}}，老家{{trap/place:甘肃}}{{trap/place:广河}}。市场里的人叫我{{han:老敏}}，买肉的小孩叫我{{han:敏师傅}}。
访谈者：怎么到汶上来了？
受访者：广河人做牛羊生意的多，{{trap/place:三甲集}}的牛往全国走。我跟着拉牛的车到了山东，看这边清真肉摊少，就落下了。我们广河人出门，走到哪儿先找清真寺，找着了寺就找着了乡亲。济宁有寺，我心里就不慌了。头几年一个人住在摊子后头的小棚里，后来才把媳妇孩子接过来。
访谈者：家里几口人？
受访者：四口。媳妇{{han:陕桂兰}}，经名{{minority/hui:苏哈白}}，前年骑电动车让货车撞了，腿截了一条，一级残疾。市场里的人叫她{{han:敏嫂}}。儿子{{han:敏浩杰}}，经名{{minority/hui:纳迪尔}}，十三岁，在{{school:汶上县第二实验中学七年级（5）班}}，家里叫他{{minority/hui:尕纳迪尔}}。闺女{{han:敏雨涵}}，经名{{minority/hui:麦伊麦乃}}，八岁，在{{school:中都街道第一小学二年级（3）班}}。学校的回族老师叫她{{minority/hui:敏麦伊麦乃}}。
访谈者：您媳妇出事以后，家里怎么撑过来的？
受访者：难。{{minority/hui:苏哈白}}在医院住了三个月，花了十几万，保险赔了一半。街道的儿童主任{{han:还桂珍}}还没等我开口，就把两个孩子报了困境儿童，一人一个月{{trap/number:七百六十元}}。媳妇拿残疾人两项补贴，是{{trap/org:县残联}}的{{han:訾玉梅}}来家里评的。儿子的班主任{{han:郇桂香}}老师，每天中午让他在学校吃清真的饭盒。
访谈者：孩子妈出事那阵，孩子们怎么样？
受访者：闺女天天做噩梦，半夜喊妈。儿子一下子像长大了，不声不响地给妹妹热饭、洗校服。{{han:郇桂香}}老师发现他上课老打瞌睡，来家里一看，才知道他夜里起来给他妈翻身。老师跟我说，孩子再懂事也是孩子，不能啥都压给他。我听了脸上发烫，后来夜里的活我自己干，不让他起了。
访谈者：还有谁帮过你们？
受访者：{{trap/org:东大寺}}的{{han:金守仁}}阿訇，经名{{minority/hui:撒里}}，来家里念过经，寺里给了五千块。从广河跟我出来的{{minority/hui:尕哈木宰}}在摊上帮工，不要工钱，管饭就行。{{minority/hui:尕哈木宰}}他十九，刀快，剔骨比我利索。老家贩牛的{{minority/hui:陕欧斯曼}}是我媳妇的堂哥，牛钱能欠着。县社工站的{{compound:公良栖梧}}每周来看媳妇，教她用假肢，同事{{compound:漆雕晚晴}}给闺女辅导功课。
访谈者：媳妇现在每天怎么过？
受访者：白天在家坐轮椅，能做点针线，给闺女缝书包。刚出事那阵她不想活了，天天哭，说拖累我。社工{{compound:公良栖梧}}来了十几回，陪她说话，带她去{{trap/org:县康复中心}}练走路。现在她自己能挪到厨房烧水了。她说等假肢用熟了，要来摊上帮我收钱。我说行，摊上的账以后归你管，她笑了，那是出事以后她头一回笑。
访谈者：摊子生意怎么样？
受访者：还行。汶上回民少，可汉族人也爱来买，说清真的肉干净。早上四点去屠宰场拉肉，六点出摊，中午收。下午回家给媳妇做饭、换药。一天能挣个两三百，淡季也就一百多。旁边卖菜的{{han:訾大姐}}心眼好，我去送孩子的时候她帮我照看摊子。
访谈者：孩子们懂事吗？
受访者：懂事。{{minority/hui:纳迪尔}}放学来摊上收钱、称肉，算账比我快。{{minority/hui:麦伊麦乃}}给她妈梳头、倒水。{{minority/hui:尕纳迪尔}}说长大了要当医生，给他妈做一条会走路的腿。有人说我这人太{{trap/word:敏感}}，听不得别人说媳妇，我就是听不得。
访谈者：老家还有人吗？
受访者：老娘{{minority/hui:纳斯林}}在广河，跟我哥{{han:敏德禄}}过，我哥经名{{minority/hui:伊尔法尼}}。{{trap/minority_word:宰牲节}}我们回去过一回，老娘炸了一大锅{{trap/minority_word:油香}}，沏{{trap/minority_word:盖碗茶}}。老娘给孙子讲{{trap/famous:郑和}}下西洋，说咱回回也出过大人物。我哥劝我们回去，说老家有人照应。可回去了媳妇看病不方便，这边医院近，先不回。
访谈者：登记信息请您说一下。
受访者：摊位在{{address:汶上县中都街道西门大街菜市场东区12号}}，家住{{address:汶上县中都街道儒苑小区9号楼1单元502室}}。我的身份证{{id_number@my1980x.622924}}，媳妇的{{id_number@wy1984hyphen.622924}}。我电话{{mobile@s38}}，{{han:还桂珍}}的电话{{mobile@fullwidth}}。我的微信{{wechat:minDF_qingzhen}}，顾客订肉都加这个。儿子有QQ，说跟同学对作业，号码他用记号笔写在肉摊的价目牌背面：{{qq:61472085}}。
访谈者：名字写得对吗？
受访者：不对。媳妇的残疾证上写成{{spaced:陕 桂 兰}}，闺女在学校成了{{spaced:麦　伊　麦　乃}}，我的经名写成{{spaced:阿布 白克}}。
访谈者：您最盼什么？
受访者：盼媳妇能拄着假肢走到摊上来，看我剔一回骨。
""")

# H1325: Han 儿童主任 of a village in 鸡黍镇 (金乡) reading out her list.
DOCS["H1325"] = ("staff", """\
访谈者：{{han:闵主任}}，今天您带着本子来了。
受访者：带来了，俺村困境儿童的名单。我叫{{han:闵凤英}}，在{{trap/place:鸡黍镇}}{{trap/place:范庄村}}当儿童主任第六年。俺这镇名有来历，{{trap/famous:范式}}和{{trap/famous:张劭}}的{{trap/word:鸡黍之交}}，恁听说过吧？俺村一千六百多口人，在册的困境儿童十一个，今天念五户，都是难的。俺一户一户念，恁对着记，哪儿听不清就问。
访谈者：好。
受访者：第一户，{{han:把小燕}}，女，十岁，{{school:鸡黍镇中心小学四年级（1）班}}。她爸{{han:把春华}}前年在工地上摔断了腰，二级残疾，她妈走了没回来。{{han:把春华}}把孩子拉扯到这么大不容易。报了困境儿童，一个月{{trap/number:八百八十元}}。住{{address:金乡县鸡黍镇范庄村二组19号}}，孩子的身份证{{id_number@wy2015.370828}}。
访谈者：第二户？
受访者：第二户，{{han:能金柱}}，男，十三，{{school:鸡黍镇初级中学七年级（4）班}}。他爹{{han:能振军}}偷电缆判了四年，在服刑；他娘改嫁去了{{trap/place:菏泽}}。跟着奶奶{{han:訾桂英}}过。服刑人员子女补助批下来了。{{han:能金柱}}能吃能干，就是不爱念书。住{{address:金乡县鸡黍镇范庄村五组3号}}，奶奶的身份证{{id_number@wold.370828}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:让海洋}}，男，八岁。爹娘开三轮送蒜，在{{trap/place:济宁}}出了车祸，都没了。叔叔{{han:让国庆}}让他住在自己家，孤儿基本生活费一个月{{trap/number:一千四百八十元}}。孩子的身份证{{id_number@my2017hyphen.370828}}，叔叔电话{{mobile@hyphen}}。
访谈者：第四户？
受访者：第四户，{{han:被小龙}}，七岁，娘是精神残疾，爹出去打工五年没音信，算事实无人抚养。{{han:被小龙}}被他姥姥接到{{trap/place:卜集镇}}住了一阵，又送回来了。姥姥{{han:逯秀兰}}也七十多了。住{{address:金乡县鸡黍镇范庄村一组8号}}。
访谈者：第五户？
受访者：第五户，{{han:有金成}}，男，十一，爹娘都在{{trap/place:昆山}}电子厂，跟爷爷过。爷爷{{han:有宝华}}有哮喘，干不了重活，种着三亩蒜，蒜价一跌，一年白干。孩子小名叫{{han:有子}}，{{han:有子}}有空就来儿童之家写作业，写完了帮俺扫院子。
访谈者：这些户谁在跟？
受访者：镇民政办的{{han:郗所长}}总管，材料报县{{trap/org:民政局}}。镇社工站的{{compound:东郭晏清}}跟第一户、第三户，新来的{{compound:鲜于知夏}}跟第四户。县里的督导是{{compound:乐正清禾}}，每季度下来查台账。驻村第一书记{{compound:公西景澄}}帮着跑过{{han:被小龙}}他爹的事。
访谈者：你们是怎么发现这些孩子的？
受访者：一是俺们自己挨家挨户走，二是学校报，三是邻居来说。第四户就是邻居来说的，说孩子大冬天光着脚在村口转。俺去一看，屋里锅是凉的，他娘坐在炕上自己跟自己说话。那天俺把孩子领回家吃了两碗面条，第二天就去镇上报了。
访谈者：有没有让您特别放不下的？
受访者：{{han:让海洋}}。爹娘出事那天他在学校，放学回来家里全是人。他叔叔家也不宽裕，婶子一开始不乐意，是俺跟{{han:郗所长}}去做的工作。现在婶子待他不错，给他织了毛衣。孩子每年清明要去坟上，俺陪着去。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{spaced:把 小 燕}}中间空了格，{{spaced:能金 柱}}分成两截，{{spaced:让　海　洋}}，督导也被写成{{spaced:乐 正 清 禾}}。俺年底再核一遍。
访谈者：您做这个最难的是啥？
受访者：最难的是老人不会用手机，钱到了也不知道，俺得一家一家去说。再一个是孩子不说心里话。{{han:让海洋}}头半年一句话不跟我说，后来我带他去镇上吃了一回羊肉汤，他才开口。现在他见了俺老远就喊，还帮俺扛过两回米，说{{han:闵姨}}你岁数大了别逞能。
访谈者：村里人对这些孩子怎么样？
受访者：大部分心眼好。过年村委会给每个孩子发一身新衣裳、一桶油、一袋面。有个在外头做生意的老板，每年寄两万块钱，专给这些孩子交学杂费，不让说名字。也有说闲话的，说俺净管闲事，俺不理。孩子是村里的孩子，俺不管谁管？这些年俺跑坏了两辆电动车，鞋不知道穿烂了多少双，可看着孩子一年一年长大，心里就踏实。
访谈者：您自己家呢？
受访者：俺男人在镇上开三轮，俺闺女在{{trap/place:济南}}上大学。俺干这个一个月补贴八百，不够跑腿的油钱。俺男人说你图啥，俺说图孩子们见了俺喊一声{{han:闵姨}}。
访谈者：联系方式呢？
受访者：奶奶没手机，打邻居的；{{han:有金成}}他爷爷的电话{{mobile@s74}}。我的电话{{mobile@plus86dash}}，我的工作微信{{wechat:minfy_jishu2019}}。
""")

# H1326: Han community worker in 金乡街道 who takes calls and WeChat voice messages during the interview.
DOCS["H1326"] = ("staff", """\
访谈者：您这儿电话真多。
受访者：一上午二十多个。我叫{{han:亓晓东}}，在{{trap/place:金乡街道}}{{trap/place:南门社区}}管儿童这一块。社区八千多口人，在册的困境儿童二十三个，我一个人跟，每月入户一回，电话、微信天天打。恁先坐，我接一个。……喂，{{han:还秀云}}大姐？对，孩子的补助这个月十号到，恁看看卡。好，挂了。
访谈者：刚才是哪一户？
受访者：{{han:还秀云}}，她外孙{{han:向一鸣}}，十岁，在{{school:金乡县金乡街道实验小学四年级（6）班}}。孩子爸死在工地上，妈改嫁了，{{han:还秀云}}还得带着外孙。她的微信是{{wechat:hxy_nanmen66}}，她不会打字，光发语音。
访谈者：还有哪些户？
受访者：第二户，{{han:都建新}}，他自己是低保户，眼睛不好。孙女{{han:都桂芳}}都十四了，在{{school:金乡县第三中学八年级（1）班}}。孩子有QQ，晚上找不着人就在QQ上喊她，号码是{{qq:3125906478}}。她爷爷的电话{{mobile@p86h}}。
访谈者：第三户？
受访者：第三户，{{han:才雪梅}}，单亲妈妈，有精神残疾，儿子{{han:才宝军}}才九岁，{{school:金乡街道中心小学三年级（5）班}}。……等一下，微信来语音了。是她姐发的，说孩子又没去上学。我给{{han:才雪芹}}回一句。
访谈者：这家现在怎么样？
受访者：{{han:才雪梅}}犯病的时候把家里的碗都摔了，孩子吓得躲到邻居家。我们联系了{{trap/org:济宁市精神卫生中心}}，住了两个月院，回来按时吃药，好多了。她姐下了班就过来看。孩子说，妈妈吃了药就不凶了。
访谈者：您平时怎么跟这些家长联系？
受访者：微信多。{{han:向一鸣}}他舅{{han:向秋生}}在{{trap/place:宁波}}打工，微信是{{wechat:xiangqiusheng_nb}}；{{han:才雪芹}}的微信是{{wechat:wxid_7kq2m9x4ta}}。老人就打电话，他姥姥的电话{{mobile@plus86spaced}}。有的家长只用QQ，第三户孩子的舅舅QQ是{{qq:902648173}}。
访谈者：孩子们放学以后去哪儿？
受访者：社区有个{{trap/org:四点半课堂}}，志愿者轮流来。{{han:都桂芳}}放了学来帮着看小的，她说以后想当老师。{{han:才宝军}}来得最勤，来了先找吃的，我抽屉里常备着饼干。他妈犯病的时候，孩子就在课堂里睡，我给他拼两把椅子。
访谈者：{{han:向一鸣}}现在怎么样？
受访者：这孩子要强，他爸出事以后他不哭，光写作业。上学期他作文写他爸，说全县的楼有一半是他爸盖的。老师拿给我看，我在办公室哭了一场。{{han:还秀云}}年纪大了，血压高，我怕她哪天倒了，孩子就真没人了，正跟街道商量，看能不能让他舅舅回来。……喂，{{han:燕红霞}}主任？好，下午两点开会，我记下了。
访谈者：社区里还有谁一起做？
受访者：主任{{han:燕红霞}}，{{han:燕红霞}}她管大事。我们有个网格员，跑腿的事都找{{han:曾凡卓}}。街道社工站派来的{{compound:闻人舒窈}}带孩子们做小组活动，{{compound:羊舌辰逸}}管心理。我们这儿离{{trap/place:司马镇}}近，那边的社工{{compound:司寇沐晨}}有时也过来帮忙。
访谈者：您的工作里最怕什么？
受访者：最怕半夜来电话。去年冬天十一点多，{{han:都桂芳}}在QQ上说她爷爷摔倒了，我骑电动车过去，打{{trap/hotline:120}}送的医院。那天雪下得大，电动车滑倒了两回，到了医院我裤腿都湿透了。……喂？{{han:向秋生}}啊，孩子这回考了第八，您放心。我对象说我手机比他还忙，吃饭也得回消息。我闺女才五岁，学会了接电话，张口就是：您好，我妈在入户。有急事的家长我都告诉他们，找不着我就打{{trap/hotline:12349}}，那是民政的热线。
访谈者：这么多孩子，您记得住吗？
受访者：记得住。谁家孩子几点放学、谁家老人几点吃药，我手机里都有备忘。电话本上存了三百多个号，一半是家长的。有的老人不认字，我就在他家墙上用大字写上我的电话，一抬头就能看见。去年换手机，我把备忘一条一条抄到新手机上，抄了一个礼拜。有人说我傻，存个云盘就完了，我说我不放心，抄一遍我心里就又过了一遍。
访谈者：登记表上您写了哪些？
受访者：{{han:还秀云}}家在{{address:金乡县金乡街道南门社区后街27号}}，{{han:都建新}}家在{{address:金乡县金乡街道南门社区槐花巷5号}}。{{han:才宝军}}的身份证{{id_number@my2016spaced.370828}}，{{han:都桂芳}}的{{id_number@wy2011x.370828}}。我的电话{{mobile@fws}}，我的工作微信{{wechat:qixd_jxjd}}。
访谈者：表上名字写错过吗？
受访者：错过。{{spaced:向　一　鸣}}，{{spaced:都桂 芳}}，{{spaced:闻 人 舒 窈}}，还有{{spaced:才 宝 军}}，我一个一个改。
""")

# H1327: Han grandmother in 南旺镇 raising her granddaughter, who has leukaemia.
DOCS["H1327"] = ("family", """\
访谈者：大娘，孩子今天在家？
受访者：在家，刚做完化疗回来。我叫{{han:翟秀英}}，在{{trap/place:南旺镇}}住了一辈子。孙女叫{{han:翟梓萱}}，九岁，小名叫{{han:小葫芦}}，{{han:小葫芦}}她生下来圆滚滚的。俺老头子前些年也走了，家里就剩俺娘俩。
访谈者：孩子爸妈呢？
受访者：儿子{{han:翟永刚}}前年在工地上从架子上摔下来，没救过来。媳妇{{han:訾丽娜}}一年后改嫁去了{{trap/place:梁山}}，再没管过孩子。村里说这叫事实无人抚养，我就是孩子的监护人。
访谈者：孩子什么时候查出病的？
受访者：去年秋天，老发烧，脸蜡黄。镇卫生院的{{han:冉大夫}}说赶紧去大医院，到{{trap/org:济宁医学院附属医院}}一查，是白血病。血液科的{{han:邵敏华}}主任说能治，就是花钱多。
访谈者：钱怎么凑的？
受访者：医保报了一大块，大病救助又报了些。村里的儿童主任{{han:就春梅}}就住俺后邻，她给报了困境儿童，一个月{{trap/number:一千三百六十元}}。镇民政办的{{han:就海涛}}跑前跑后，把{{trap/org:临时救助}}也办下来了。村里还有人在{{trap/org:水滴筹}}上给转了。医院的社工{{compound:微生若岚}}帮着申请了基金会的钱，另一个社工{{compound:壤驷明远}}陪孩子画画。算下来花了二十多万，自己掏了五万多，都是借的。
访谈者：孩子治病的时候最难的是什么？
受访者：骨髓穿刺。针那么粗，从后腰扎进去，孩子疼得直喊奶奶。我在外头听着，腿都软了。化疗一个疗程下来头发全掉了，她照镜子哭，说像个小和尚。{{han:邢晓雨}}老师给她买了一顶粉帽子，她天天戴着，睡觉也不摘。
访谈者：孩子上学怎么办？
受访者：休学了。她在{{school:南旺镇中心小学三年级（1）班}}，班主任{{han:邢晓雨}}老师隔三差五来家里给她补课。同学们叠了一千个纸鹤，{{han:邢晓雨}}她一串一串挂在窗户上。孩子怕落下课，在医院也做题，护士都夸她。
访谈者：村里人帮衬吗？
受访者：帮。孩子查出病那年冬天，村里的大喇叭一喊，一上午捐了三万多。后邻家的媳妇天天送一碗热汤。孩子出院回来，左邻右舍都来看，拿鸡蛋、拿奶粉，屋里摆不下，孩子把人家送的东西一样一样记在本子上，说病好了要还。俺这辈子没求过人，这回是真求了，也真有人帮。镇上的{{han:就海涛}}带着县里的人来，问缺啥，俺说啥也不缺，就缺个好身子。他们又给俺办了低保。
访谈者：您一个人照顾，累吧？
受访者：累也得撑着。住院的时候我睡陪护床，一宿醒好几回。孩子的姑{{han:翟永红}}在济宁上班，周末来换我。{{han:翟永红}}她说娘你歇着，我说我歇不住。家里五亩地，前年就包给本家侄子{{han:翟永胜}}了，一年给八百斤麦子。家里还养了几只鸡，下的蛋都给孩子补身子。
访谈者：孩子想她妈吗？
受访者：想，嘴上不说。有一回住院，旁边床的孩子妈妈天天来，她看着人家，半天不吭声。晚上跟我说，奶奶，俺妈知道我病了吗？我说知道，她在外地挣钱给你看病。我撒了谎，心里难受。{{han:訾丽娜}}的电话早就打不通了。
访谈者：孩子平时喜欢什么？
受访者：喜欢听故事。我给她讲{{trap/famous:白英}}老人给{{trap/famous:宋礼}}出主意，在{{trap/place:分水龙王庙}}那儿把汶河的水引到运河里，南边流一半，北边流一半。她说等病好了要去{{trap/place:京杭大运河}}边上看船。她最盼过年，过年能吃饺子，医生说能吃的东西少，饺子得包素的。俺跟她说，等你好了，奶奶给你包一锅肉的，她掰着指头算还有几个疗程，算完了说，奶奶，快了。
访谈者：以后怎么打算？
受访者：医生说再化疗两个疗程，要是配型能找着，就做骨髓移植，得三四十万。{{han:就春梅}}说到时候再想法子，{{trap/org:县红十字会}}也能帮一点。俺就想，俺这把老骨头要是能换，俺换给她。
访谈者：登记信息请您说一下。
受访者：家在{{address:汶上县南旺镇柳林村二组15号}}。我的身份证{{id_number@wold.370830}}，孩子的{{id_number@wy2016fullwidth.370830}}。我电话{{mobile@s38}}，{{han:就春梅}}的{{mobile@plain}}，{{han:翟永红}}的{{mobile@plus86}}。她的微信{{wechat:zhaiyh_jining}}，医院的事都是她在微信上跟医生说。孩子用她姑的旧手机登QQ，跟同学聊天，号码她写在药盒上：{{qq:1857302946}}。
访谈者：表上名字写得对吗？
受访者：不对。医院的单子上孩子是{{spaced:翟 梓 萱}}，救助表上我是{{spaced:翟　秀　英}}，社工写成{{spaced:微 生 若 岚}}。
访谈者：您最想说什么？
受访者：盼{{han:小葫芦}}的病好了，回学校念书。最得谢的是{{han:就春梅}}。
""")

# H1328: Han middle-school head teacher in 羊山镇 (金乡) talking about a boy who lives with his uncle.
DOCS["H1328"] = ("teacher", """\
访谈者：{{han:司老师}}，您带的是哪个班？
受访者：{{school:金乡县羊山镇中学八年级（2）班}}，我当班主任第四年。我叫{{han:司秀梅}}，教数学。{{trap/place:羊山}}这地方出名，{{trap/word:羊山战役}}，{{trap/famous:刘伯承}}在这儿打过仗，俺学生都会讲。今天想说的是俺班的{{han:展浩楠}}。
访谈者：这孩子家里什么情况？
受访者：{{han:展浩楠}}十四岁。他爸{{han:展立民}}吸毒，强制戒毒两回，后来又帮人贩毒，判了七年；他妈早走了，没再联系。孩子跟着大伯{{han:展立业}}过。{{han:展立业}}他自己有三个孩子，种着十几亩蒜，日子也紧。孩子他大娘{{han:郇秀丽}}嘴上厉害，心里不坏。
访谈者：孩子在学校怎么样？
受访者：聪明，数学能考九十多，就是不服管。上学期跟人打架，把同学的头打破了。我找他谈，他说人家骂他爸是大烟鬼。他叫我{{han:司姨}}，不叫老师，我也由着他。
访谈者：您是怎么发现他家的情况的？
受访者：开学第一周，别的孩子都交了资料费，就他没交。我问他，他说大伯说了，让他找他爸要去。我去他大伯家走了一趟，屋里四个孩子挤一张床，他睡在蒜棚边上的小屋里，冬天透风。回来我跟校长说，这孩子得住校。
访谈者：学校和镇上怎么帮他？
受访者：校长{{han:颜振东}}让他住校，住宿费免了，还给他报了营养餐，每天中午一个鸡蛋一盒奶。德育处的{{han:寇主任}}帮他申请了服刑人员子女补助，{{trap/number:一千一百元}}一个月。镇上的儿童主任{{han:向秋菊}}向他大伯讲了政策，补助直接打到孩子卡上。心理老师{{compound:梁丘砚秋}}每周跟他谈一次，县社工站的{{compound:西门望舒}}组织他们去{{trap/place:金乡县城}}看{{trap/org:大蒜博物馆}}。
访谈者：大伯家对他好吗？
受访者：还行。他大伯的小儿子{{han:展小虎}}跟他一个年级，俩人一块儿骑车上学，我让{{han:展小虎}}看着他点，{{han:展小虎}}也护着他。周末回大伯家，他帮着剥蒜、编蒜辫子，一个周末能挣三十块，攒着买篮球鞋。过年的时候他大娘{{han:郇秀丽}}给俩孩子一人买了一双新鞋。
访谈者：孩子有什么爱好？
受访者：爱打篮球，也爱看书，最爱看{{trap/famous:孙膑}}兵法的小人书。他说以后要当兵。我跟他说，当兵得先把初中念完。上个月镇上篮球赛，他投进了最后一个球，全班把他抛起来。他大伯也来看了，站在场边抽烟，一直笑。
访谈者：他爸那边有联系吗？
受访者：一年能打几回电话，孩子不接，说没这个爹。有一回他爸托人捎来一封信，孩子当着我的面撕了，过了两天又来问，老师，那封信还能粘上吗？我一直替他收着，一片一片粘好了。派出所的{{han:燕警官}}每学期来学校讲禁毒，讲完了带他们去{{trap/org:禁毒教育基地}}看展板，又单独跟他聊。他说{{han:燕警官}}的话他听，因为人家不说他爸坏。
访谈者：您带这个班累吗？
受访者：累。班上五十二个学生，留守的二十多个。我自己的孩子在县城上小学，一个礼拜见两回。我对象说我偏心，我说你的孩子有爹有娘，这几个孩子有啥？他就不吭声了。
访谈者：他跟同学处得怎么样？
受访者：现在好了。刚住校的时候，宿舍里丢了五十块钱，有人说是他拿的，他一句话不说，卷起铺盖要走。后来钱在另一个孩子的枕头底下找着了。那天晚上我陪他在操场上坐到熄灯，他说，老师，我就怕别人说我跟我爸一样。我说你是你，你爸是你爸。
访谈者：他大伯家的日子怎么样？
受访者：紧。十几亩蒜，前年蒜价好，挣了点；去年蒜价跌到一块多，白干一年。{{han:展立业}}他跟我说，老师，孩子的学我供，就是别让他跟他爸学。这话我信，他大伯是个实在人，就是嘴笨，心里有话说不出来。
访谈者：您怎么跟家里联系？
受访者：{{han:展立业}}不识字，用语音。他的电话{{mobile@spaced}}，{{han:郇秀丽}}的电话{{mobile@h38}}。孩子有个QQ，号码他写在我本子最后一页，写的是大字：{{qq:４６０９３５８１}}。我的微信{{wechat:sixiumei_ys8}}，家长有事都找我。
访谈者：登记表上写了什么？
受访者：孩子住在{{address:金乡县羊山镇展庄村三组22号}}，身份证{{id_number@my2011tri.370828}}。他大伯的{{id_number@mmid.370828}}。
访谈者：名册上名字有写错的吗？
受访者：有。助学金的表上写成{{spaced:展 浩 楠}}，还有{{spaced:展浩 楠}}，社工写成{{spaced:西　门　望　舒}}，心理老师写成{{spaced:梁丘 砚秋}}。
访谈者：您想说什么？
受访者：孩子的路还长，他爸走歪了，他不能再走歪。我盼着三年后送他进高中，这事儿我跟{{han:展浩楠}}拉过钩。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1321,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout166",))


if __name__ == "__main__":
    main()
