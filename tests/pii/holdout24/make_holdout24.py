# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 24 (tests/pii/holdout24/H177-H184 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 24 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother in
东乌珠穆沁旗 (锡林郭勒) raising two grandchildren whose father is in prison and whose mother died; a Tibetan herder mother in
那曲 whose husband lost both feet to frostbite; a Hui imam in 昌吉 with three families of his mosque (a driver killed on
the road, a prisoner with a wife in a wheelchair, left-behind children of parents at a border port); a Han
grandmother in 运城 raising the left-behind children of her son and her divorced daughter; a Han village doctor in 兴义
(黔西南) going through the health files of children of disabled and absent parents; a Uyghur neighbourhood cadre in 阿图什
(克州) with the orphaned, the prisoner's and the left-behind children of her neighbourhood; a Han Civil Affairs
official in 开鲁县 (通辽) reading the county's roster; and a Han primary-school teacher in 呼兰 (哈尔滨) with the children in
distress of her class. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names alone and after the Han-like syllables 奇, 敖, 白, 包 (奇达布希, 敖其木格, 白那木斯来, 包乌日汗,
白乌力吉巴雅尔), short forms (诺敏高娃 then 高娃她, 白那木斯来 then 那木斯来说, 巴图朝克图 then 巴图), a two-syllable name written before 说 and
after 叫 (达来说, 叫达来), and the Han names of the same people (奇建平, 奇文静); Ü-Tsang Tibetan names (央金卓嘎, 达娃顿珠, 边巴旺久, 洛桑次旦)
with short forms (顿珠他, 边巴那边, 次旦书记, 曲珍她), also written with a space; Hui Han-form names (马永祥, 虎永林, 纳建国, 海春花) beside
经名 used alone (叶海雅, 尤素福, 萨伊德) and after a Han surname (虎尤素福, 纳萨伊德); Uyghur given name + father's name with and
without the dot (米热阿依·吐逊江 and 米热阿依吐逊江) with short forms (艾克拜尔, 努尔艾力, 吐逊江他); Han names with common and rare surnames
(畅, 薛, 卫, 景, 裴, 柴, 荆, 解, 岑, 班, 蒙, 晏, 韦, 隋, 修, 宫, 鞠, 栾, 那, 邵, 佟), titles and kin words, northern nicknames annotated
whole, names that contain or end in words (裴丰收, 柴长安, 宁建设, 韦安康, 宫明亮, 修长海), a name written twice on a form, names
directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames
after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:薛秀娥}}``, ``{{qq:2093657418}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011hyphen.152525}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 院长, 镇长, 局长,
副局长, 校长, 大姐, 婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她,
他, 他们家, 那边, 跟, 和) are outside the span; a nickname (栓柱, 二妮, 满囤) is annotated whole. Han-style names of
Mongolian, Hui and Tibetan people (奇建平, 虎晓军, 纳浩) are category han; a Han surname before a non-Han given name
(包乌日汗, 虎尤素福) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout24/make_holdout24.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(24_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H177: Mongolian grandmother in 东乌珠穆沁旗 (锡林郭勒); her son is in prison, his wife died.
DOCS["H177"] = ("family", """\
访谈者：额嬷，{{trap/minority_word:赛音白努}}！您家里现在几口人？
受访者：三口，我带着两个孙辈。我叫{{minority/mongolian:乌日根图雅}}，今年六十七，娘家婆家都在{{trap/place:东乌珠穆沁旗}}{{trap/place:满都胡宝拉格}}，一辈子没离开过草原。老头子{{minority/mongolian:奇达布希}}前年冬天赶羊遇上白毛风，冻坏了腿，第二年开春就走了。儿子{{minority/mongolian:宝音图}}，汉名{{han:奇建平}}，喝了酒跟人动手，把人打成重伤，判了六年，在{{trap/place:锡林浩特}}服刑。儿媳{{minority/mongolian:包乌日汗}}得了肝病，也走了三年了。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:诺敏高娃}}十三岁，汉名{{han:奇文静}}，家里叫她{{minority/mongolian:高娃}}，在{{school:东乌珠穆沁旗蒙古族中学初一（4）班}}住校。孙子叫{{minority/mongolian:达来}}，九岁，在{{school:乌里雅斯太镇第二小学三年级（1）班}}。{{minority/mongolian:达来}}说他长大要当警察，把坏人都抓起来。他不知道他爸是让警察带走的，我没敢告诉他。
访谈者：大孩子知道爸爸的事吗？
受访者：知道。{{minority/mongolian:高娃}}她去探过两回监，回来一句话也不说，蒙着被子哭。班主任{{han:刘淑珍}}老师打电话来，说孩子上课老走神。学校的心理老师叫{{compound:东方晓雪}}，找她谈了好几回，才慢慢缓过来。
访谈者：您去看过儿子吗？
受访者：去过三回。坐班车进城要五个多钟头，天不亮就得动身。隔着玻璃说话，我耳朵背，就盯着他的嘴看。他瘦了，头发推得短短的，一个劲儿说对不住。我说你别光嘴上说，出来了好好干，把孩子们供出来，就算对得住了。回来的车上我哭了一路，进家门前把脸擦干净，不能让孩子们看见。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:敖其木格}}，前前后后跑了半年，给俩孩子报了事实无人抚养，一人一个月{{trap/number:一千三百五}}。嘎查达{{minority/mongolian:白那木斯来}}把我们家报成了低保户，{{minority/mongolian:那木斯来}}说孩子的事等不得。苏木的民政助理{{han:张海峰}}每季度来一趟，{{han:张海峰}}他说话冲，可办事实在。旗里派来的社工，一个是{{compound:拓跋晓川}}，还有{{compound:赫连思雨}}，假期给孩子们补课。苏木的{{han:陈国良}}书记过年来送过米面。
访谈者：邻居亲戚呢？
受访者：东边的{{minority/mongolian:宝力德}}家是我娘家侄子，打草、剪羊毛都过来帮。{{minority/mongolian:宝力德}}也有三个孩子，日子不宽裕。西边的{{han:王长青}}是汉人，开小卖部，孩子们去买本子，他总少收几块。旗医院的{{han:李桂兰}}大夫每年下来给我量血压。
访谈者：孩子们放假在家做什么？
受访者：孙女帮我挤奶、熬奶茶、做{{trap/minority_word:奶豆腐}}。孙子就爱骑马，{{trap/minority_word:那达慕}}上非要去看摔跤，看完了回来跟我摔。我给他们讲{{trap/famous:忽必烈}}的故事，正月里去祭{{trap/minority_word:敖包}}，求长生天保佑他们的爸爸早点回来。
访谈者：家里的开销够吗？
受访者：草场租出去一半，一年租金八千多；剩下的养三十来只羊、五头牛，还有禁牧补贴。学费不用交，可校服、资料费、过冬的棉鞋，样样要钱。去年孙女的棉鞋开了口，她怕我花钱，自己拿针线缝上，穿了一冬。开春我卖了两只羊，给她买了双新的。她说初中毕业就去打工，我说{{trap/word:奇怪}}了，你爸就是书念得少才走了歪路，你还要学他？她就不吭声了。{{minority/mongolian:达来}}他倒是听话，放了学先写作业，再去圈里添草。
访谈者：您自己身体怎么样？
受访者：腰疼，一到冬天就下不了炕。前年查出来糖尿病，天天打针，嘎查卫生室的大夫教孙女给我打，她手稳。儿童主任说，真有那一天，政府会把孩子管起来，我这心才放下一半。
访谈者：表上要登记地址和号码。
受访者：家在{{address:东乌珠穆沁旗满都胡宝拉格镇额仁高毕嘎查三组11号}}，冬天孩子上学租的房在{{address:乌里雅斯太镇贺斯格乌拉小区5号楼2单元102室}}。我身份证{{id_number@wy1958.152525}}，孙女的{{id_number@wy2011hyphen.152525}}。我电话{{mobile@plain}}，{{minority/mongolian:敖其木格}}的电话{{mobile@s38}}，她的微信{{wechat:aoqimuge_dwq}}。孙女有QQ，号码她自己写在我药盒上了，说想她就找她：{{qq:2093657418}}。
访谈者：名字在表上写得对吗？
受访者：五花八门。低保表上我是{{spaced:乌日根 图雅}}，孙女是{{spaced:诺 敏 高 娃}}，学校把孙子写成{{spaced:达　来}}，老头子的死亡证明上成了{{spaced:奇　达　布　希}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来。{{minority/mongolian:宝音图}}来信说，他在里头学了电焊，出来能找活干。我叫{{minority/mongolian:达来}}给他爸回信，他写了满满一页，说家里的羊下了六只羔。
""")

# H178: Tibetan herder mother in 那曲; her husband lost both feet to frostbite.
DOCS["H178"] = ("family", """\
访谈者：阿佳，您家里几口人？
受访者：六口。我叫{{minority/tibetan:央金卓嘎}}，三十九岁，在{{trap/place:那曲}}{{trap/place:色尼区}}北边放牦牛。丈夫{{minority/tibetan:达娃顿珠}}{{trap/year:2022年}}冬天去找走丢的牛，在雪地里冻了一夜，两只脚都截了，是{{trap/org:县残联}}登记的一级残疾。家里还有他阿妈{{minority/tibetan:桑珠旺姆}}，七十三了，还有三个孩子。
访谈者：孩子们多大？
受访者：大女儿{{minority/tibetan:曲珍拉姆}}十五，在{{school:那曲市第二高级中学高一（3）班}}；老二是儿子，叫{{minority/tibetan:边巴旺久}}，十一岁，家里都叫他{{minority/tibetan:边巴}}。{{minority/tibetan:边巴}}在{{school:罗玛镇完全小学五年级（2）班}}住校。老三{{minority/tibetan:白玛央吉}}六岁，跟着奶奶在家。
访谈者：丈夫受伤以后，家里怎么过？
受访者：全靠政府和亲戚。{{minority/tibetan:顿珠}}他以前是放牧的好手，刚截肢那阵子不吃不喝，说自己成了废人，拖累一家老小。亲戚们轮流来陪他说话，慢慢才缓过来。现在他在家编牛毛绳、缝皮袄，一个月也能挣几百块。他说脚没了，手还在，不能白吃饭。{{minority/tibetan:白玛央吉}}她小，看见别人的爸爸骑摩托，就回来问她爸的脚什么时候长出来。
访谈者：牧场上的活您一个人忙得过来吗？
受访者：忙不过来。八十多头牦牛，挖{{trap/minority_word:虫草}}的季节我带着大女儿上山。夏天转场，村里几户人家轮着帮我赶牛，我哥哥从二十公里外骑摩托过来，一住半个月。挤奶、打酥油、捡牛粪，天天从早忙到黑，有时候坐在帐篷门口就睡着了，醒来小女儿趴在我腿上也睡着了。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:贡桑拉姆}}，给三个孩子报了困境儿童补贴，每人每月{{trap/number:六百八}}。村支书叫{{minority/tibetan:洛桑次旦}}，给我们家报了低保。{{minority/tibetan:次旦}}书记说，有政府在，你别怕。乡里的民政专干是{{minority/tibetan:旦增}}，跟我一个村的。援藏的{{han:周振华}}大夫每个月上来给丈夫换药，县民政局的{{han:孙立伟}}副局长也来过。县社工站的是{{compound:尉迟慧敏}}，跟她搭档的叫{{compound:上官浩宇}}，带来了轮椅和冬衣。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:曲珍拉姆}}学习好，班主任{{han:杨晓梅}}老师说她能考到内地的大学。{{minority/tibetan:曲珍}}她自己想学医，说以后回牧区给老人看病。{{minority/tibetan:边巴}}那边就不行，数学老不及格，老师{{minority/tibetan:巴桑次仁}}说他心思不在书上，老想回家放牛。
访谈者：孩子们的奶奶身体怎么样？
受访者：腿脚还行，就是眼睛花了。她每天早上转{{trap/minority_word:玛尼堆}}，回来打{{trap/minority_word:酥油茶}}，给小孙女讲{{trap/famous:文成公主}}进藏的故事。老人说，她这辈子见过的雪灾多了，熬过去就是春天。
访谈者：过节呢？
受访者：藏历年孩子们挨家挨户去说{{trap/minority_word:扎西德勒}}。{{trap/minority_word:恰青赛马节}}的时候，亲戚开车拉着我们去城里看赛马。丈夫坐在车上看，看着看着就笑了，那是他受伤以后头一回笑。
访谈者：冬天怎么过？
受访者：零下三十多度，风刮起来人都站不住。去年乡里给我们盖了定居房，装了太阳能，孩子们能在灯下写作业了。丈夫坐在炉子边上烧牛粪，听孩子们念课文，汉语听不懂的就让{{minority/tibetan:边巴}}翻给他听。大女儿寒假回来，天不亮就起来挤奶，让我多睡一会儿。
访谈者：看病方便吗？
受访者：不方便。乡卫生院只能看小病，丈夫伤口感染那回，是县医院派车来接的。现在有医保和大病救助，截肢花的十几万，自己只掏了一万多。
访谈者：登记信息说一下。
受访者：家在{{address:色尼区罗玛镇达嘎村四组9号}}，城里亲戚家在{{address:那曲市色尼区浙江中路安居小区7栋1单元302}}。我身份证{{id_number@wy1986spaced.542421}}，丈夫的{{id_number@my1983x.542421}}。电话{{mobile@spaced}}，{{minority/tibetan:贡桑拉姆}}的电话{{mobile@plus86}}，她微信{{wechat:gsangLamu_nq}}。大女儿有QQ，是在学校注册的，说有事就在上面留言，她周末能看到，号码{{qq:481690573}}。
访谈者：孩子们想过爸爸以后怎么办吗？
受访者：大女儿说她以后工作了，要给爸爸装一双假脚，让他能再骑马。丈夫听了，半天没说话，后来出去坐在门口看牛。
访谈者：表上名字写得对吗？
受访者：汉字是别人替我们写的，一张表一个样。我是{{spaced:央金 卓嘎}}，丈夫是{{spaced:达娃　顿珠}}，儿子成了{{spaced:边 巴 旺 久}}，老人写成{{spaced:桑珠 旺姆}}。
访谈者：您最大的心愿呢？
受访者：三个孩子都念完书。我跟他们说，牦牛再多，一场雪就能压死一半，学到的本事雪压不走。
""")

# H179: Hui imam in 昌吉 with three families of his mosque.
DOCS["H179"] = ("community", """\
访谈者：阿訇，您在这个寺里多少年了？
受访者：十六年了。我叫{{han:马永祥}}，经名{{minority/hui:叶海雅}}，在{{trap/place:昌吉}}城东的{{trap/org:清真寺}}当伊玛目。坊上三百多户，大多是早年从{{trap/place:甘肃}}、{{trap/place:宁夏}}迁来的。哪家遇上坎儿，礼拜完了就有人来跟我说，寺管会凑一凑钱；钱解决不了的，我陪着去社区、去{{trap/org:民政局}}。
访谈者：现在哪几家孩子最让您操心？
受访者：三家。头一家是{{han:虎永林}}家。{{han:虎永林}}他跑货车，前年在{{trap/place:哈密}}那边出了事故，人没了。女人{{han:米秀兰}}改嫁到{{trap/place:吐鲁番}}，两个孩子跟着爷爷{{han:虎德明}}。大的{{han:虎晓军}}十三，经名{{minority/hui:尤素福}}，坊上都叫他{{minority/hui:虎尤素福}}；小的{{han:虎玉梅}}九岁，经名{{minority/hui:阿伊莎}}。
访谈者：孩子们上学怎么样？
受访者：{{minority/hui:尤素福}}在{{school:昌吉市第三中学初一（2）班}}，礼拜六来寺里学经。这孩子{{trap/word:虎头虎脑}}的，念经嗓子亮。妹妹在小学，班主任{{han:铁秀梅}}老师常把她带回家吃饭。社区的儿童主任{{han:米春花}}给俩孩子报了孤儿基本生活费，一人一个月{{trap/number:一千四百六}}。
访谈者：第二家呢？
受访者：第二家男人{{han:纳建国}}贩毒，判了九年。女人{{han:海春花}}小时候得过小儿麻痹，坐轮椅。儿子{{han:纳浩}}十岁，经名{{minority/hui:萨伊德}}，他奶奶叫他{{minority/hui:纳萨伊德}}。{{minority/hui:萨伊德}}跟他妈相依为命，放学回来做饭、推他妈出去晒太阳。每回寺里收了{{trap/minority_word:乜贴}}，乡老们商量过，头一份就送到他家。
访谈者：孩子知道爸爸的事吗？
受访者：知道。三年级的时候有同学喊他“毒贩子的儿子”，他把人家书包扔到了房顶上。班主任叫家长，他妈摇着轮椅去了学校，{{han:苏建军}}校长一看，当场就没脾气了。校长后来跟我说，他{{trap/word:纳闷}}这么懂事的孩子怎么会动手，问清楚了，反倒把那几个起哄的训了一顿。
访谈者：第三家呢？
受访者：第三家爹妈在{{trap/place:阿拉山口}}口岸开饭馆，一年回来一次。两个孩子跟奶奶{{han:哈桂英}}过，爷爷{{han:金有德}}前年无常了。孙女叫{{minority/hui:鲁给亚}}，十一岁，孙子{{han:金浩然}}七岁。{{minority/hui:鲁给亚}}也懂事，奶奶血压高，她就记着每天给奶奶拿药。
访谈者：三家的孩子彼此认识吗？
受访者：认识，都在寺里学经。礼拜六下午孩子们进门先道{{trap/minority_word:色俩目}}，学完经我让他们留下来一起吃顿饭、写作业。大的带小的，{{minority/hui:鲁给亚}}给{{han:金浩然}}讲算术题，做完了一块儿去院子里踢毽子。寺管会的账上专门立了一个“孤幼”名目，每一笔进出都贴在寺门口，让大家看得明白。
访谈者：坊上的人怎么看这几家？
受访者：大多数人心善，主麻散了，总有人悄悄往功德箱里塞钱，说给没爹的孩子。也有人嘀咕，说贩毒的人家不该帮。我在讲台上讲过一回：大人的罪，不能让孩子去还。
访谈者：除了寺里，还有谁帮忙？
受访者：乡老{{han:拜文军}}，经名{{minority/hui:尔里}}，他开汽修铺，把虎家的大孙子带到铺子里学手艺，工钱照给，让孩子知道靠手吃饭不丢人。区社工站来了两个，一个叫{{compound:慕容静姝}}，还有{{compound:段干志鹏}}，给孩子们办了读书会。医院的医生{{compound:公孙明月}}给{{minority/hui:萨伊德}}他妈做康复，一分钱没要。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}前一天，我让女人们多炸两锅{{trap/minority_word:馓子}}，装好袋子，我骑电动车一家一家送。{{trap/minority_word:古尔邦节}}宰了牛，肉也分出三份。孩子们缠着我讲古，我就讲{{trap/famous:马本斋}}打鬼子，讲完了他们在院子里排队当兵。
访谈者：登记表要填地址和号码。
受访者：头一家在{{address:昌吉市宁边路街道回民巷17号}}，第二家在{{address:昌吉市延安北路街道和谐家园4号楼3单元201室}}。爷爷的身份证{{id_number@mold.652301}}，{{minority/hui:尤素福}}的{{id_number@my2012fwspaced.652301}}。我电话{{mobile@hyphen}}，儿童主任的{{mobile@p86n}}，她微信{{wechat:mi_chunhua_cj}}。{{minority/hui:萨伊德}}拿他妈手机上QQ，号码是他给我写在经书扉页背面的：{{qq:39157820}}。
访谈者：表上名字写得对吗？
受访者：经名是照着阿拉伯话的音写汉字，一百个人一百个写法。有把大孩子写成{{spaced:虎 尤 素 福}}的，有把我写成{{spaced:马　永　祥}}的，还有{{spaced:纳萨 伊德}}，中间空一格。
访谈者：您最盼什么？
受访者：盼孩子们走正路。{{minority/hui:叶海雅}}这个名字是我爷爷给起的，他说，人活一辈子，要对得起名字，也要对得起邻居家的孩子。
""")

# H180: Han grandmother in 运城 raising the left-behind children of her son and her divorced daughter.
DOCS["H180"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：五口，俺老两口带三个孙孙。俺叫{{han:薛秀娥}}，今年六十五，住在{{trap/place:运城}}{{trap/place:临猗}}乡下。老汉叫{{han:畅满仓}}，腰椎不好，重活干不了。儿子{{han:畅建军}}跟媳妇{{han:卫红霞}}在{{trap/place:苏州}}电子厂，闺女{{han:畅小娟}}离了婚，在{{trap/place:西安}}饭店端盘子。
访谈者：孩子们多大了？
受访者：孙子{{han:畅子轩}}十二，小名叫{{han:栓柱}}；孙女{{han:畅梦瑶}}八岁，小名{{han:二妮}}。闺女的娃叫{{han:贾浩宇}}，七岁，俺们叫他{{han:满囤}}。{{han:栓柱}}在{{school:临猗县北辛乡中心校六年级（2）班}}，{{han:二妮}}跟{{han:满囤}}在{{school:庙上村小学二年级（1）班}}。
访谈者：孩子爸妈多久回来一次？
受访者：过年回来一趟，住不到十天。{{han:畅建军}}说厂里活多，请不下假。{{han:二妮}}也想她妈，每天晚上抱着手机等视频。{{han:满囤}}就可怜了，他爸{{han:贾国平}}离婚以后再没露过面，抚养费一分没给。
访谈者：您一个人带三个，顾得过来吗？
受访者：顾不过来也得顾。鸡叫头遍俺就起来抱{{trap/word:柴火}}、和面、烙饼，把三个娃打发走了，俺再扛上锄头去果园。{{han:栓柱}}都懂事了，放学回来帮俺喂鸡、扫院。{{han:满囤}}野，夏天爱往村东头的水塘跑，俺拿根棍子撵在后头，气都喘不匀。
访谈者：娃们平常跟爸妈怎么联系？
受访者：视频。一到晚上八点，三个娃就围着俺那个旧手机。{{han:二妮}}话多，叽叽喳喳说个不停；外孙就在边上看，他妈忙，十天半月才打一回。有一回视频断了，他一个人蹲在门口哭，俺问他哭啥，他说妈妈是不是不要他了。
访谈者：家里一年收入有多少？
受访者：十亩苹果，年景好能卖三万来块，年景不好一万多。去年开花的时候下了一场冻，减产一半。儿子每个月寄一千五回来，闺女挣得少，有时候寄五百，有时候寄不了。娃们上学不花学费，可书本、衣裳，样样要钱，俺一分钱掰成两半花。
访谈者：村里像您这样带孙孙的多吗？
受访者：多得很。俺们这条巷子十一户，七户是老人带娃，年轻人都出去了。冬天晚上几个老姐妹凑一块儿，一边纳鞋底一边拉家常，谁家娃发烧了，谁家娃考了一百分，一条巷子都知道。{{han:解春雨}}她家也是俩孙子，两家的娃跟亲兄妹一样。远亲不如近邻，这话一点不假。
访谈者：谁帮过您？
受访者：村里的儿童主任{{han:景秋菊}}，俺叫她秋菊妹子，三天两头来。她给{{han:满囤}}报了事实无人抚养，一个月{{trap/number:一千一百八}}。村支书{{han:裴丰收}}书记给俺家报了低保，乡民政所的{{han:柴长安}}所长来核过两回。对门的{{han:解春雨}}大姐帮俺接送娃，村医{{han:宁建设}}给老汉扎针。县社工站有个姑娘叫{{compound:令狐晓霏}}，跟她一块儿来的是{{compound:司马嘉怡}}，给娃们讲故事、辅导作业。孙子的班主任{{han:荆晓燕}}老师知道娃爸妈不在家，每个礼拜给俺打电话。
访谈者：过年过节呢？
受访者：正月里看花灯、闹{{trap/minority_word:威风锣鼓}}，俺带他们去{{trap/place:解州}}关帝庙，给他们讲{{trap/famous:关老爷}}过五关斩六将。外孙听完了，拿根棍子满院子耍大刀。社工姑娘还给娃们讲{{trap/famous:司马光}}砸缸，说遇上事别慌。
访谈者：您身体呢？
受访者：血压高，膝盖疼。{{han:畅满仓}}他比俺还差，去年住了一回院，花了八千多，合作医疗报了一多半。俺跟老汉说，咱俩得撑着，撑到娃们大了。
访谈者：登记表要写地址、号码。
受访者：家在{{address:临猗县北辛乡庙上村三组26号}}，闺女在西安租的房是{{address:雁塔区丈八街道鱼化寨小区9号楼1单元504}}。俺的身份证{{id_number@wy1960.140821}}，外孙的{{id_number@my2017.140821}}。俺电话{{mobile@spaced}}，儿子的电话{{mobile@plus86spaced}}，他微信{{wechat:changjianjun_79}}。孙子有QQ，他说是打游戏用的，俺叫他写给老师，号码他记在墙上：{{qq:1475096382}}。
访谈者：表上名字写得对吗？
受访者：有对的有不对的。学校那张表上是{{spaced:畅 子 轩}}，低保表把俺写成{{spaced:薛　秀　娥}}，社工姑娘在签到表上写成{{spaced:令 狐 晓 霏}}，还有一张把{{spaced:畅梦 瑶}}中间空了一格。
访谈者：您最盼什么？
受访者：盼{{han:畅建军}}跟{{han:卫红霞}}攒够了钱回来，在县城开个小店。俺老了，这三个娃总得有爹妈管。
""")

# H181: Han village doctor in 兴义 (黔西南) with the health files of children of disabled and absent parents.
DOCS["H181"] = ("staff", """\
访谈者：您当村医多少年了？
受访者：二十一年。我叫{{han:岑光荣}}，在{{trap/place:兴义}}{{trap/place:万峰林}}边上的村卫生室。村里布依族多，汉族、苗族也有。我手上有一本困境儿童的健康档案，都是爹妈残疾或者常年不在家的，你问哪家我翻哪页。
访谈者：从头说吧。
受访者：头一户，{{han:韦长生}}，小时候得过小儿麻痹，拄拐。他媳妇{{han:黄金凤}}聋哑，二级残疾。两个娃，哥哥{{han:韦安康}}十岁，妹妹{{han:韦安琪}}六岁。{{han:韦安康}}他有哮喘，一到换季就犯，我每个月上门给他听一回。{{han:黄金凤}}说不了话，就拿本子写，写得一手好字。
访谈者：第二户呢？
受访者：第二户爹妈在{{trap/place:东莞}}打工，五年没回来了。两个娃跟奶奶{{han:陆桂香}}。大的{{han:罗开明}}十三，在{{school:兴义市第八中学初一（5）班}}；小的{{han:罗开心}}九岁。{{han:罗开明}}就是个小大人，奶奶病了他背去{{trap/org:乡卫生院}}。我跟学校的{{han:何丽娟}}老师说了，她给娃申请了寄宿补助。
访谈者：第三户？
受访者：第三户{{han:班国富}}，脑梗以后半边身子不能动，媳妇精神不好，时好时坏。闺女{{han:班小雨}}十一岁，又要上学又要照顾爹妈。{{han:班小雨}}跟我说，她长大要当医生，我说好，到时候你来接我的班。她在学校当{{trap/word:班长}}，老师都夸她。
访谈者：第四户？
受访者：第四户{{han:蒙德胜}}因为盗窃进去了，媳妇跑了，两个娃跟着姑妈{{han:蒙丽芳}}过。{{han:蒙丽芳}}她自己也有三个娃，家里紧。村里的儿童主任{{han:潘翠兰}}给两个娃报了事实无人抚养，一个月一人{{trap/number:一千一百二}}。
访谈者：这些娃的身体总体怎么样？
受访者：营养差是通病。好多娃个子矮、贫血，牙也坏。爹妈残疾的人家，一个月吃不上几回肉；爹妈在外头的，老人舍不得花钱，酸汤泡饭对付一顿。我跟学校商量，给这些娃的营养餐每天多加一个鸡蛋。秋收以后我挨家去教老人做饭，少放盐，多放豆腐。
访谈者：布依族人家跟汉族人家有什么不一样吗？
受访者：差不多。布依族老人有的汉话说不利索，我就用布依话跟他们讲。有些老人信草药，娃发烧先上山扯草熬水，拖上两天才来找我。我不骂他们，就一回回讲，什么病能等，什么病等不得。现在村里的老人都记住了，娃烧到三十九度就往卫生室抱。
访谈者：还有谁帮这些家庭？
受访者：镇卫生院的{{han:晏红梅}}院长，每年安排两回免费体检。村支书{{han:梁永福}}，派出所的{{han:卢志坚}}所长帮{{han:罗开心}}补办了户口。县里社工站来了个姑娘叫{{compound:宇文静怡}}，跟她一起的是医生{{compound:诸葛明轩}}，给娃们做心理辅导。我在卫生院的同事{{compound:欧阳慧琳}}管慢病随访，有啥事我就找{{compound:欧阳慧琳}}。
访谈者：娃们平时怎么过？
受访者：上学，放学帮家里砍柴、喂猪。{{trap/minority_word:三月三}}、{{trap/minority_word:六月六}}村里杀鸡、蒸{{trap/minority_word:五色糯米饭}}，娃们最高兴。社工姑娘给他们讲{{trap/famous:王阳明}}在龙场悟道的故事，说人在难处也能长本事。
访谈者：您觉得最难的是什么？
受访者：山路远，有的寨子要走一个多钟头，药也不全，大病还得往州医院送。全村一千八百多人就我一个村医，白天看病，晚上录系统，半夜还有人敲门。好在现在有家庭医生签约，{{trap/org:县残联}}也给残疾人配了轮椅和助听器。
访谈者：档案上的信息呢？
受访者：{{han:韦长生}}家在{{address:兴义市顶效镇纳省村五组14号}}，{{han:陆桂香}}家在{{address:兴义市桔山街道富康小区2栋3单元601室}}。头一户哥哥的身份证{{id_number@my2014quad.522301}}，第三户当家的{{id_number@mmidhyphen.522301}}。{{han:潘翠兰}}的电话{{mobile@s434}}，她微信也是这个号；姑妈的电话{{mobile@h38}}。我的微信{{wechat:cen_guangrong_cwsh}}。第二户的大孙子有个QQ，他说想跟爹妈留言，号码写在体检表背面，我抄下来了：{{qq:702583146}}。
访谈者：名字有写错的吗？
受访者：有。学校表上有{{spaced:岑 光 荣}}，有{{spaced:韦安 康}}中间空了一格，社工把医生写成了{{spaced:诸　葛　明　轩}}。
访谈者：您最大的心愿？
受访者：娃们都健健康康长大。爹妈不在身边，我这个村医就多看两眼。他们喊我一声“医生伯伯”，我半夜爬起来也不觉得亏。
""")

# H182: Uyghur neighbourhood cadre in 阿图什 (克州).
DOCS["H182"] = ("staff", """\
访谈者：您在社区工作多久了？
受访者：九年了。我叫{{minority/uyghur:热孜万古丽·阿不来提}}，在{{trap/place:阿图什}}市区一个社区当副主任，管民政和妇女儿童。社区里困境儿童有十一个，我说最难的三家。
访谈者：好。
受访者：头一家，{{minority/uyghur:吐逊江·艾买提}}去年得肝癌走了。{{minority/uyghur:吐逊江}}他生前在巴扎上卖{{trap/word:无花果}}，人老实，谁都认识他。他妻子{{minority/uyghur:阿孜古丽·塔依尔}}有类风湿，手指头都变形了，干不了活。两个孩子，儿子{{minority/uyghur:艾克拜尔·吐逊江}}十二岁，我们叫他{{minority/uyghur:艾克拜尔}}；女儿{{minority/uyghur:米热阿依·吐逊江}}八岁，户口本上写的是{{minority/uyghur:米热阿依吐逊江}}，没有点。
访谈者：孩子们在哪儿上学？
受访者：{{minority/uyghur:艾克拜尔}}在{{school:阿图什市第三小学六年级（4）班}}，班主任{{han:高翠萍}}老师说他数学好，就是上课爱睡觉，一问才知道他晚上要给他妈揉手。{{minority/uyghur:米热阿依}}也乖，天天跟着哥哥。社区给两个孩子报了孤儿基本生活费，一人一个月{{trap/number:一千六百二}}。
访谈者：第二家呢？
受访者：第二家男人{{minority/uyghur:麦麦提敏·卡地尔}}偷东西，判了四年。女人跑了，孩子跟奶奶{{minority/uyghur:海丽其汗}}。孙子叫{{minority/uyghur:努尔艾力·麦麦提敏}}，十岁。{{minority/uyghur:努尔艾力}}就是不爱说话，奶奶说他以前可活泼了。片警{{han:刘振华}}常去他家，教他打篮球，现在话多了一点。
访谈者：第三家？
受访者：第三家爹妈在{{trap/place:广州}}卖干果，一年回来一趟。三个孩子跟外公{{minority/uyghur:托乎提·肉孜}}过。老人七十多了，耳朵背。大外孙女{{minority/uyghur:阿迪拉·麦合木提}}十四岁，在{{school:阿图什市第一中学初二（3）班}}，家里的饭都是她做。{{minority/uyghur:阿迪拉}}她说，等妈妈回来，要给妈妈做一回{{trap/minority_word:抓饭}}。
访谈者：这些孩子的心理状况怎么样？
受访者：差别大。爸爸走了的那家，儿子一下子长大了，什么事都自己扛。爸爸坐牢的那家，孩子觉得抬不起头，不愿意跟同学玩。爹妈在外头的那家，老大像个小妈妈，老二老三就黏着她。市里的心理老师每个月来一次，带孩子们做游戏、画画，慢慢地，他们脸上的笑多了。
访谈者：孩子们的亲戚帮得上忙吗？
受访者：帮一些。头一家孩子的舅舅在{{trap/place:喀什}}开修车铺，每个月寄五百块回来。第二家奶奶的女儿嫁到了乡下，农忙一过就来给老人拆洗被褥。最难的是第三家，亲戚都在外地打工，老人一病，三个孩子就没人管，只能社区的人轮流去。去年冬天老人住院，我在他家睡了四个晚上。
访谈者：还有谁帮这些孩子？
受访者：社区书记{{han:陈国栋}}，每个月开一次会，一家一家过。市里社工站派来的，一个叫{{compound:闾丘明哲}}，还有一个是{{compound:漆雕佳琪}}，两个都是内地来的大学生，在社区办了四点半课堂。卫生院的{{minority/uyghur:阿不都热合曼·依明}}大夫每季度给老人孩子体检。
访谈者：社区做这些工作难在哪儿？
受访者：人手少。两千多户，干部就七个，什么都要管。补贴标准年年调，我们得一家一家重新核。有的老人不识字，表都是我们替着填，填完了念给他们听，再按手印。求助热线{{trap/hotline:12355}}我们印成卡片，贴在每家门后，夜里有急事也能打。
访谈者：过节怎么过？
受访者：{{trap/minority_word:诺鲁孜节}}社区煮{{trap/minority_word:诺鲁孜饭}}，请这几家一起来吃。{{minority/uyghur:托乎提·肉孜}}老人会弹琴，给孩子们讲{{trap/famous:萨图克·布格拉汗}}的故事。柯尔克孜族的邻居弹{{trap/minority_word:库姆孜}}，唱{{trap/famous:玛纳斯}}，孩子们听得入迷，一个劲儿喊{{trap/minority_word:亚克西}}。市{{trap/org:妇联}}每年六一给他们送书包。
访谈者：登记信息呢？
受访者：头一家在{{address:阿图什市光明路街道园艺小区6号楼2单元301室}}，第三家在{{address:阿图什市松他克乡阿孜汗村二组18号}}。儿子的身份证{{id_number@my2013tri.653001}}，他妈的{{id_number@wmid.653001}}。我电话{{mobile@plus86dash}}，{{han:陈国栋}}书记的{{mobile@fws}}，他微信{{wechat:chenguodong_atsh}}。{{minority/uyghur:阿迪拉}}有个QQ，学校上网课用，她说号码记不住，就贴在冰箱上：{{qq:2310876945}}。
访谈者：名字表上写得对吗？
受访者：不统一。有的表上是{{spaced:热孜万古丽 · 阿不来提}}，点两边都空着；有的把儿子写成{{spaced:艾 克 拜 尔 · 吐 逊 江}}；还有{{spaced:米热阿依 吐逊江}}，中间空一格；{{spaced:努尔艾力 · 麦麦提敏}}也是。
访谈者：您最大的心愿？
受访者：孩子们健健康康。{{minority/uyghur:吐逊江}}走的时候拉着我的手，说孩子交给社区了。我记着这句话。
""")

# H183: Han Civil Affairs official in 开鲁县 (通辽) reading the county's roster.
DOCS["H183"] = ("staff", """\
访谈者：您今天带的是什么？
受访者：县里困境儿童的花名册，{{trap/year:2024年}}三月更新过的。我叫{{han:邵春林}}，在{{trap/place:开鲁县}}{{trap/org:民政局}}儿童福利股当股长。我照着册子说，有不清楚的你再问。
访谈者：好。
受访者：第一户，{{han:赵春生}}，男，五十八，低保户。儿子{{han:赵立军}}在{{trap/place:通辽}}工地摔死了，儿媳改嫁。孙子{{han:赵宇航}}十岁，按事实无人抚养报的。表上户主栏写的是{{han:赵春生}}，监护人栏又写了一遍{{han:赵春生}}，是乡里的{{han:杜海燕}}主任录的。
访谈者：第二户？
受访者：第二户，蒙古族，{{minority/mongolian:白乌力吉巴雅尔}}，男，四十四，尿毒症，一周透析三次。老婆{{minority/mongolian:包萨其日娜}}在{{trap/place:科尔沁}}打零工。女儿{{minority/mongolian:萨如娜}}十二岁，在{{school:开鲁县蒙古族学校六年级（1）班}}。{{minority/mongolian:萨如娜}}也懂事，周末陪她爸去透析。{{minority/mongolian:白乌力吉巴雅尔}}他们家的低保是全额的。
访谈者：第三户？
受访者：第三户，{{han:吕国庆}}，因为诈骗判了八年。系统里这一格是“{{han:吕国庆}}{{han:吕国庆}}”，名字连着粘了两遍，打印出来才看见。老婆{{han:隋玉兰}}智力残疾，儿子{{han:吕浩}}跟爷爷{{han:吕万和}}过。爷爷七十一了，还在种二十亩玉米。
访谈者：第四户？
受访者：第四户是孤儿，{{minority/mongolian:敖登花}}，十三岁，爸妈前后脚得病走了，跟舅舅{{minority/mongolian:巴图朝克图}}过。{{minority/mongolian:巴图}}自己也有两个孩子。乡里的儿童主任{{han:佟秀兰}}婶三天两头去看她。
访谈者：第五户？
受访者：第五户，{{han:郭振海}}，一级肢体残疾，媳妇去{{trap/place:天津}}打工不回来了。两个孩子{{han:郭子骞}}、{{han:郭子琪}}。他都四十了，还跟着他老娘过。
访谈者：全县在册的困境儿童有多少？
受访者：四百一十多个，孤儿五十来个，事实无人抚养的一百三十多个，剩下的是重病、重残家庭的孩子。这几年有的孩子满了十八岁，有的父母出狱回来了，就退出了。每个月都要对一遍册子，身份证号错一位，钱就打不到卡上。
访谈者：核对的时候最难的是什么？
受访者：我们{{trap/word:白天}}跑村，晚上录系统。路远，全县十二个镇场，最远的村开车要两个钟头。有的老人只会说蒙语，我们带着翻译去。孩子的户口和父母的情况也老变，今年离了，明年又复了，我们得跟着改。
访谈者：这些孩子的钱是怎么发的？
受访者：按月打到监护人的社保卡上。孤儿和事实无人抚养的标准一样，每人每月{{trap/number:一千五百一}}；低保家庭的孩子另外按类别加发。每年我们入户核查两回，看钱是不是花在了孩子身上。有个别监护人拿去买酒，我们就跟村里商量，改由村委会代管，每个月给孩子买米面、交伙食费。
访谈者：还有谁参与这些工作？
受访者：局里{{han:邹立国}}局长每季度听一次汇报。{{han:白振东}}镇长管着全镇二十多户。县社工站有个叫{{compound:公孙宏达}}的，还有{{compound:乐正书瑶}}，常下乡入户。派出所给孩子办户口的是{{compound:巫马子健}}，他办事快。{{compound:公孙宏达}}还给第一户的孙子找了个结对的大学生。
访谈者：孩子们怎么过节？
受访者：腊月里局里挨家送米面和羽绒服，六一给每个孩子买一套新书。{{trap/minority_word:那达慕}}的时候蒙古族学校放假，孩子们去看摔跤、赛马。老人给孩子们讲{{trap/famous:嘎达梅林}}，孩子们都会唱。
访谈者：花名册上的信息呢？
受访者：第一户家在{{address:开鲁县东风镇兴隆地村三组19号}}，第二户家在{{address:开鲁镇新华小区12号楼3单元401室}}。第四户孩子的身份证{{id_number@wy2011fw.150523}}，第三户户主的{{id_number@mmid.150523}}。儿童主任的电话{{mobile@p86h}}，{{han:杜海燕}}的{{mobile@s74}}，微信{{wechat:du_haiyan_kl}}。我的工作微信{{wechat:shaocl_mzj}}。那孩子有个QQ，说是找他在外地的表哥用的，号码我让他写在登记表边上了：{{qq:53867219}}。
访谈者：名字写法都一样吗？
受访者：不一样。有的表上是{{spaced:吕 国 庆}}，有的是{{spaced:隋　玉　兰}}，社工签名签成{{spaced:公 孙 宏 达}}；最长的是{{spaced:白 乌 力 吉 巴 雅 尔}}，一个字一个空；还有{{spaced:敖登 花}}，中间空了一格。上报省里之前，我们得一张一张对过来。
访谈者：您干这行最看重什么？
受访者：一个都不能落下。册子上是一行字，到了家里就是一个孩子一年的饭钱和书钱。
""")

# H184: Han primary-school teacher in 呼兰 (哈尔滨) with the children in distress of her class.
DOCS["H184"] = ("teacher", """\
访谈者：老师，您现在教几年级？
受访者：四年级。我叫{{han:鞠晓红}}，在{{trap/place:呼兰}}教了十五年书，是{{school:呼兰区第四小学四年级（3）班}}的班主任。四十二个孩子里头，有五个在区里的困境儿童名单上，每家我都去过。
访谈者：能说说吗？
受访者：先说{{han:隋浩然}}。他爸{{han:隋立明}}喝多了跟人动刀子，判了五年，他妈改嫁去了外省。孩子归奶奶{{han:隋凤芝}}带，老太太七十了，冬天顶着大烟泡送他上学。{{han:隋浩然}}他过年给他爸写信，一写就是三张纸。
访谈者：第二个？
受访者：第二个{{han:付思雨}}，她妈{{han:孔丽华}}尿毒症，一周透析三回。她爸{{han:付春雷}}在{{trap/place:俄罗斯}}干建筑，一年回来一趟。透析那天孩子中午不回家，揣两个馒头就往医院跑。
访谈者：第三个？
受访者：第三个是孤儿，{{han:尚子涵}}。爸爸在{{trap/place:鹤岗}}煤矿出事没了，妈妈得癌症也走了，现在跟舅舅{{han:修长海}}过。{{han:修长海}}他开出租，起早贪黑。他闺女{{han:修佳琪}}在{{school:呼兰区第一中学初二（6）班}}，给表妹辅导作业比我还上心。
访谈者：第四个？
受访者：第四个叫{{han:宫明亮}}，爸妈都是聋哑人，爸爸{{han:宫德福}}在废品站干活。孩子说话有点晚，可心眼儿好使。学校给他配了个学伴，班长{{han:那雨桐}}。我让{{han:那雨桐}}和{{han:宫明亮}}坐同桌。{{han:那雨桐}}那孩子是满族，热心肠，天天拉着他一块儿做题。
访谈者：第五个？
受访者：第五个是{{han:栾欣怡}}，爸妈离婚，谁都不要她，跟着太姥姥过。街道的儿童主任{{han:富丽娟}}给她报了事实无人抚养，一个月{{trap/number:一千二百五}}。
访谈者：这些孩子在班上有什么不一样？
受访者：有的特别要强，考不好就哭；有的下了课一个人坐着，谁叫也不动。开家长会来的都是爷爷奶奶、太姥姥，有的耳朵背，我就会后留下来，一句一句说。冬天零下三十度，天{{trap/word:那么}}冷，老人骑电动车来接孩子，手冻得通红，我就让他们进教室里等。
访谈者：学校做了哪些事？
受访者：{{han:栾志强}}校长在教师会上拍了板：这几个孩子的午饭学校包了，校服、冬装也由学校出。心理老师是{{compound:澹台思远}}，每周给他们上一节团辅课。区社工站的是{{compound:钟离静雯}}，跟我们一起做家访。我同事{{compound:皇甫子墨}}教美术，带孩子们画画。派出所的{{han:关振宇}}所长给{{han:尚子涵}}办了户口迁移。
访谈者：您带他们去过哪儿？
受访者：带他们去{{trap/place:呼兰河}}边上的萧红故居，给他们讲{{trap/famous:萧红}}小时候跟祖父在后花园的事。{{han:付思雨}}还当真了，说她也想有个后花园，让她妈在里头晒太阳。
访谈者：您自己吃得消吗？
受访者：期末那阵子，又要复习又要家访，我嗓子哑了半个月。我爱人说我把别人的孩子当成自己的了。可这几个孩子除了老师，在学校里还能指望谁？
访谈者：疫情那几年，这些孩子上网课怎么办？
受访者：难。{{han:隋凤芝}}老太太不会用智能手机，是{{han:那雨桐}}她妈每天早上过去帮着打开。{{han:宫明亮}}家里没网，街道给接了宽带，三年免费。{{han:栾欣怡}}跟太姥姥住平房，没有暖气，我把学校一台旧电脑搬过去，又让她白天去社区活动室上课。那段时间我手机从早响到晚，可一个孩子都没掉队。
访谈者：家长的信息您都登记了吗？
受访者：登记了。头一个孩子的奶奶家在{{address:呼兰区兰河街道利民小区8号楼2单元501}}，舅舅家在{{address:呼兰区康金街道东兴村四组33号}}。{{han:尚子涵}}的身份证{{id_number@wy2014spaced.230111}}，老太太的{{id_number@wy1954fullwidth.230111}}。{{han:付春雷}}的电话{{mobile@p86n}}，{{han:修长海}}的{{mobile@plain}}，他微信{{wechat:xiuchanghai_taxi}}。{{han:隋浩然}}有QQ，说想他爸的时候就上去留言，号码是{{qq:1039574826}}。
访谈者：名字表上写得对吗？
受访者：表是家长手写、文员录的，错得不少：{{spaced:那 雨 桐}}、{{spaced:宫　明　亮}}，心理老师成了{{spaced:澹 台 思 远}}，还有{{spaced:尚子 涵}}。
访谈者：您最大的心愿？
受访者：这五个孩子都能顺顺当当升上初中。我{{trap/word:关心}}他们的功课，更想教会他们遇上难处张嘴求人。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=177,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
