# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 200 (tests/pii/holdout200/H1585-H1592 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 201, written at the same time, is not
an earlier set).

Set 200 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
丹寨 and 麻江 (黔东南, Guizhou): a Mongolian father from 乌审旗 who runs the cold store of a blueberry farm in 宣威镇
and raises alone an autistic son and a small daughter since his Miao wife died; a Kham Tibetan mother from 理塘 in a
relocation settlement of 丹寨, her Miao husband in prison; a Hui grandfather from 西吉 with a beef stall at the
market of 下司, raising two grandchildren whose parents (his son and a Shui daughter-in-law) died on the road; a
Kazakh mother from 特克斯 who works at a paper-making workshop of 石桥 (南皋), her Han husband paralysed; the Miao
儿童主任 of a village of 排调镇 going through her ledger; a Han social-assistance officer of the civil-affairs bureau
of 丹寨; the Han resident psychologist of the township school of 宣威镇; and the Shui accountant of a village
committee in 南皋 reading out his ledger. The emphasis is on forms where a replacement might cover only part of a
name, or miss it, in a mix rather than one trick:

* short forms, nicknames and forms of address made from non-Han names, in the region's speech (陶格哥, 巴老表,
  巴大哥, 朗朗, 宗嬢, 拥宗阿姐, 拥宗嫂, 邓珠崽, 达娜姐, 达娜妹, 别克崽, 波拉特, 艾卜, 凯耶, 阿依嫂) and from Han names
  (仙嬢), and local nicknames annotated whole (岩松崽, 铁锤崽);
* a Han surname before a non-Han given name (奇孛日勒岱 with the 奇 of 乌审旗, 潘曲西, 虎泽娜卜, 简居勒都孜, 撒穆阿孜,
  龙特古斯) beside the Han-style names of the same families (奇小蓝, 虎晓雯, 虎晓宇, 简思娜, 丁沐溪);
* Kazakh given name + father's name with the dot in every form people type (阿依达娜·叶尔兰, 叶尔兰‧托合塔尔,
  阿斯哈尔・别克, 阿依达娜・叶尔兰, 阿依达娜.叶尔兰) and without it (努尔兰叶尔兰, 阿依达娜叶尔兰), spaced dots
  (阿依达娜 ・ 叶尔兰, 阿 依 达 娜 ‧ 叶 尔 兰) and a space instead of the dot (阿依达娜 叶尔兰);
* surnames and given characters that are ordinary or grammar words next to the same or other grammar words (欧正华正好,
  龙再兴再忙, 石又兰又帮, 吴耶榜也, 龙乃冬才, 余妮香和她妈, 韦明珍倒, 陆春花却, 吴得福得了, 杨得水得了, 应秀琴应该,
  钱玉凤代领 beside 这个钱), and names next to words made of their surname (文光荣 / 文化, 奇 / 奇怪, 管春梅 / 管不了,
  简国平 / 简单, 顾家兰 / 顾不过来, 犹秀芝 / 犹豫, 撒永福 / 撒手, 田秀珍 / 田里, 伞老师 / 雨伞, 万俟岚汐 / 万一,
  司空沐阳 / 司空见惯, 独孤青岚 / 孤独, 左丘明月 / 左丘明, 蒙光福 / 蒙在鼓里);
* names directly before particles, pronouns and verbs (余德安让, 金映霞跟, 余妮香她妈, 简小梅她, 卯春燕讲) and after
  被/问/喊/叫/是/找 (被铁锤崽, 问余妮香, 喊我仙嬢, 找杨光前); a name closing a line with no stop (我头一个就去找杨光前);
* names inside organisation-like phrases where the name is the person's (王兴祥古法纸坊, 吴秀银银饰坊);
* a surname with only a title or kin word, annotated whole (龙嬢嬢, 潘奶, 虎老汉, 蒙老太, 邰股长, 禄校长, 伞老师,
  蒙会计, 韦家奶奶, 潘老者, 吴老幺); rare surnames of the region (卯, 邰, 粟, 宾, 娄, 犹, 勾, 禄, 伞, 敖, 蒙, 韦, 应, 钱);
* names spaced out character by character in half- and full-width spaces and names split in two (巴彦 陶格陶,
  奇 孛日勒岱, 曲西 拉姆, 虎 存良, 别克　波拉特, 丁 沐溪, 万俟 岚汐, 钱 小满); compound surnames after ordinary words
  (司徒, 端木, 上官, 宇文, 夏侯, 钟离, 皇甫, 南宫, 澹台, 赫连, 濮阳, 万俟, 乐正, 东门, 司空, 独孤, 申屠, 拓跋, 左丘, 鲜于,
  梁丘, 公良); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:潘奶}}``, ``{{qq:2370148659}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1989fwhyphen.654127}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇) and a particle, pronoun or verb
written directly after a name (正, 再, 又, 也, 才, 和, 倒, 却, 得, 应该, 代, 让, 跟, 讲, 她) are outside the span; a surname
with only a title or kin word (龙嬢嬢, 潘奶, 虎老汉, 邰股长, 蒙会计) and a local nickname (岩松崽, 铁锤崽) are annotated
whole. Han-style names of minority people (奇小蓝, 虎存良, 虎晓雯, 简思娜, 丁沐溪, 马存孝) are category han; a Han
surname before a non-Han given name (奇孛日勒岱, 潘曲西, 虎泽娜卜, 简居勒都孜, 撒穆阿孜, 龙特古斯) is category minority,
and so are forms of address made from a non-Han name (陶格哥, 巴老表, 宗嬢, 邓珠崽, 别克崽, 阿依嫂).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout200/make_holdout200.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(200_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'hui', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "178", "182", "183", "185", "186",
                   "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1585: Mongolian father from 乌审旗 who runs the cold store of a blueberry farm in 宣威镇 (麻江) and raises alone
# an autistic son and a small daughter since his Miao wife died.
DOCS["H1585"] = ("family", """\
访谈者：大哥，听口音您不是本地人？
受访者：不是，我是内蒙古{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的，蒙古族，叫{{minority/mongolian:巴彦陶格陶}}。基地上的人嫌长，喊我{{minority/mongolian:陶格哥}}，苗族大姐们学本地话喊{{minority/mongolian:巴老表}}，我都应。
访谈者：咋个到{{trap/place:麻江}}来的？
受访者：以前在{{trap/place:毛乌素}}沙地边上种沙柳，后来跟老板{{han:欧正华}}出来搞蓝莓。{{han:欧正华}}正好在{{trap/place:宣威镇}}包了三百亩地，缺个管冷库的，我就来了，一晃九年。
访谈者：家里几口人？
受访者：现在三口。我老婆{{han:杨略香}}是宣威本地的苗族，前年得了宫颈癌，在{{trap/org:黔东南州人民医院}}住了半年，还是走了。留下两个娃，大的儿子{{minority/mongolian:孛日勒岱}}，十二岁；小的姑娘{{minority/mongolian:萨如朗}}，七岁，我们喊她{{minority/mongolian:朗朗}}。她妈给她起了个汉名叫{{han:奇小蓝}}，说是蓝莓的蓝。
访谈者：姓奇？
受访者：我们乌审旗姓奇的多，户口本上就随了这个姓。儿子在花名册上也写成{{minority/mongolian:奇孛日勒岱}}。
访谈者：儿子是什么情况？
受访者：孤独症，四岁才查出来。不说话，不看人，一天到晚排瓶盖。他在{{school:麻江县特殊教育学校培智三班}}，送教的{{han:卯春燕}}老师一个礼拜还上门两回。寨子里有人讲这娃{{trap/word:奇怪}}，{{han:卯春燕}}讲他不怪，就是活在自己的世界里。
访谈者：康复在哪里做？
受访者：在{{trap/place:凯里}}的康复中心，一个礼拜去两回，来回车费六十。那边的老师{{han:邰晓芸}}讲，这种娃娃要抓紧十二岁以前，过了就难了。我听了一晚上睡不着。现在他会拉着我的手去拿水杯了，这在以前想都不敢想。
访谈者：姑娘呢？
受访者：{{minority/mongolian:朗朗}}在{{school:宣威镇中心学校一年级（2）班}}，懂事得很，会给哥哥系鞋带。班主任{{han:龙再兴}}再忙也要打个电话来问。她妈走的时候她才五岁，现在晚上还要抱着她妈的围腰睡。
访谈者：哪些人帮了你们？
受访者：村里的儿童主任{{han:潘碧莲}}，给两个娃报了困境儿童，又帮我办了低保。儿子有残疾证，两项补贴一个月{{trap/number:八百六十块}}。镇民政办的{{han:文光荣}}来核过三回，他自己讲{{trap/word:文化}}不高，表格倒填得比哪个都细。社工站的{{compound:司徒蓝溪}}每个月带儿子做一回康复，她同事{{compound:端木芷汀}}给姑娘补拼音。
访谈者：您一个人上班带娃，咋个安排？
受访者：冷库三班倒，老板照顾我，只排白班。早上六点送姑娘上学，儿子交给隔壁{{han:龙嬢嬢}}，她不要钱，只要我帮她挑几棵蓝莓苗。下午四点收工去接。晚上儿子不睡，在屋里转圈，我就陪着转，有时候累得坐在门槛上就睡着了。
访谈者：出过什么事吗？
受访者：去年八月，{{minority/mongolian:孛日勒岱}}半夜自己开门跑出去了。我醒来屋里空的，腿都软了。村支书{{han:杨通海}}在群里一喊，半个寨子打着电筒上坡找，最后是{{han:吴老幺}}在蓝莓地的水塘边找到的，娃娃蹲在那里看月亮，一声不吭。第二天{{han:杨通海}}就给我家门上挂了个铃铛，门一开就响。
访谈者：老家还有人吗？
受访者：阿妈{{minority/mongolian:敖敦苏荣}}七十三了，一个人在嘎查放羊。哥哥{{minority/mongolian:嘎鲁迪巴雅尔}}开大车，过年给我们寄{{trap/minority_word:手把肉}}和炒米。阿妈在视频里讲，儿子，你把两个娃带回来，草原上养得活，羊肉管够。可儿子离不开康复，这边老师熟了，换个地方又要从头来。
访谈者：孩子们晓得老家吗？
受访者：姑娘晓得。过{{trap/minority_word:查干萨日}}我给她穿蒙古袍，讲{{trap/famous:成吉思汗}}的故事；她外婆过{{trap/minority_word:苗年}}又给她戴银角。她讲她一半是草原一半是大山。{{minority/mongolian:孛日勒岱}}听不懂，可一听到马头琴就安静下来，我就天天给他放。
访谈者：钱够用吗？
受访者：紧。我一个月四千二，低保、补贴加起来一千多。儿子的药、康复的车费、姑娘的校服，样样都要钱。年底{{han:欧正华}}多发我一个月，说是奖金，我晓得是照顾。
访谈者：想过再成个家吗？
受访者：有人给我介绍过，是镇上一个离了婚的大姐，人好。可一听我家有个这样的娃，就不来往了。我不怪她，换了哪个都要想一想。我现在只想把两个娃带好，别的不去想了。冷库里零下十八度，进去一趟出来，脑壳反倒清醒，想着想着也就想通了。
访谈者：登记信息请您说一下。
受访者：住{{address:麻江县宣威镇光明村蓝莓基地职工宿舍2楼6号}}，老家是{{address:乌审旗图克镇乌兰什巴台嘎查二社19号}}。我身份证{{id_number@mquad.150626}}，儿子的{{id_number@my2013tri.522635}}。我电话{{mobile@s434}}，{{han:潘碧莲}}的{{mobile@p86h}}。微信{{wechat:Bayan_Mj0626}}。姑娘的电话手表绑了个QQ：{{qq:73918264}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上我是{{spaced:巴彦 陶格陶}}，阿妈的写成{{spaced:敖 敦 苏 荣}}，儿子写成{{spaced:奇 孛日勒岱}}，姑娘那张写成{{spaced:萨 如 朗}}。
访谈者：您最盼什么？
受访者：盼儿子哪天喊我一声阿爸。{{minority/mongolian:萨如朗}}讲她先替哥哥喊，一天喊十回。
""")

# H1586: Kham Tibetan mother from 理塘 in a relocation settlement of 丹寨; her Miao husband is in prison.
DOCS["H1586"] = ("family", """\
访谈者：阿姐，您是从哪里嫁到丹寨来的？
受访者：四川{{trap/place:甘孜}}{{trap/place:理塘}}。我叫{{minority/tibetan:洛绒拥宗}}，小区里的大姐们喊我{{minority/tibetan:拥宗阿姐}}，小娃娃跟着本地人喊{{minority/tibetan:宗嬢}}。
访谈者：咋个认得您爱人的？
受访者：他叫{{han:潘光勇}}，{{trap/place:排调镇}}的苗族，十年前在理塘修公路，在我家隔壁租房子。我阿爸{{minority/tibetan:呷玛降初}}不同意，讲苗家太远了，翻好多座山都走不到。我还是跟他来了{{trap/place:丹寨}}。
访谈者：他现在……
受访者：在里头。前年跟人喝酒打架，把人打成重伤，判了三年半，关在{{trap/place:都匀}}。排调的老房子是危房，搬迁的时候分到县城安置区，我们娘三个就住在那里。
访谈者：孩子们多大？
受访者：姑娘十岁，藏名{{minority/tibetan:曲西拉姆}}，学校花名册写成{{minority/tibetan:潘曲西}}，在{{school:丹寨县龙泉镇第三小学四年级（3）班}}。儿子六岁，叫{{minority/tibetan:格桑邓珠}}，我们喊他{{minority/tibetan:邓珠崽}}，他阿婆给他起了个小名叫{{han:岩松崽}}，在城北幼儿园上大班。
访谈者：孩子们晓得爸爸的事吗？
受访者：姑娘晓得。学校里有人讲她爸是劳改犯，{{minority/tibetan:曲西拉姆}}哭着回来，一晚上不吃饭。班主任{{han:金映霞}}老师晓得了，把那几个娃娃喊到办公室，又在班会上讲，哪个都不准再提。{{han:金映霞}}跟我讲，娃娃心里的疙瘩要慢慢化。儿子还小，我只跟他讲阿爸在外面学手艺。
访谈者：哪些人在帮你们？
受访者：社区的儿童主任{{han:娄红梅}}帮两个娃报了服刑人员子女补助，一个月{{trap/number:九百二十块}}，又把我们纳进了低保。司法所的{{han:余德安}}每季度带我们去都匀会见一回。县社工站派了{{compound:上官沅芷}}，每个礼拜来陪姑娘写作业，还有个男社工{{compound:宇文砚舟}}，教儿子搭积木。
访谈者：会见是咋个去的？
受访者：{{han:余德安}}开司法所的车，早上七点从县城走，十点多到。娃娃隔着玻璃拿电话讲，只有二十分钟。头一回姑娘一句话都讲不出来，光哭。上回{{minority/tibetan:邓珠崽}}隔着玻璃喊阿爸，他哭了，我也哭了。{{han:余德安}}让我们多写信，讲写信比打电话好，能留着看。
访谈者：您自己做什么工作？
受访者：在{{trap/org:万达小镇}}扫地，一个月两千四。早上五点出门，下午三点下班，刚好接儿子。他阿婆{{han:潘奶}}在排调老家，七十多了，腿不好，逢场天才下来看一回孙子，背一背篓青菜、一坛酸汤。楼下的{{han:吴秀银}}在小镇开了家{{han:吴秀银}}银饰坊，我上早班的时候，是她帮我把儿子送到幼儿园门口。
访谈者：在这边习惯吗？
受访者：头两年不习惯，吃不得辣，听不懂苗话。现在会打酸汤了，也会讲几句丹寨话。想家的时候我就捏{{trap/minority_word:糌粑}}，给娃娃们念{{trap/famous:仓央嘉措}}写理塘的那首诗，白鹤借我翅膀，不飞远方……姑娘背得比我熟，还在作文里写，讲她阿妈是从白鹤飞过的地方来的。过{{trap/minority_word:洛萨}}的时候，我在小区广场上跳{{trap/minority_word:锅庄}}，苗族嬢嬢们也跟着跳。
访谈者：安置区的日子怎么样？
受访者：房子是新的，有自来水，娃娃上学近。就是楼上楼下都不认得，刚来那年过年，一栋楼就我们家没亮灯。后来{{han:娄红梅}}把我拉进楼栋的群，谁家包粽粑都喊我们一份。安置区有个“四点半课堂”，放学以后有大学生志愿者守着娃娃写作业，我下班晚，姑娘就在那里等我。冬天天黑得早，娃娃们一个跟一个坐在楼下台阶上，看见我从路口拐过来，姑娘就牵着弟弟跑过来，讲阿妈今天老师表扬我了。那个时候我就觉得，再苦也值得。六一节学校演节目，姑娘跳了一段藏族舞，袖子是我连夜拿旧床单改的。她跳完在台上找我，我在最后一排使劲招手，她就笑了。那是她爸出事以后，我头一回看她笑得那么开心。
访谈者：老家那边呢？
受访者：阿爸前年走了。哥哥{{minority/tibetan:四郎多登}}在{{trap/org:长青春科尔寺}}当喇嘛，每年托人带虫草下来给娃娃换学费。妹妹{{minority/tibetan:降央卓嘎}}在{{trap/place:康定}}开民宿，叫我带娃回去住，我讲等{{han:潘光勇}}出来再讲。
访谈者：登记信息请您说一下。
受访者：住{{address:丹寨县龙泉镇城北安置区7栋2单元301}}，老家{{address:理塘县奔戈乡格木村二组11号}}。我的身份证{{id_number@wy1991spaced.513334}}，姑娘的{{id_number@wy2015fw.522636}}。电话{{mobile@hyphen}}，{{han:娄红梅}}的{{mobile@fws}}。我微信{{wechat:Yongzom-Litang}}，姑娘玩的QQ号码是她自己念给我的：{{qq:482915037}}。
访谈者：名字写对了吗？
受访者：补助表上我是{{spaced:洛 绒 拥 宗}}，姑娘写成{{spaced:曲西 拉姆}}，儿子那张干脆写成{{spaced:潘　邓　珠}}。
访谈者：您最盼什么？
受访者：盼{{han:潘光勇}}早点出来，一家人回理塘看一回赛马节。姑娘讲要骑马给她阿爸看。
""")

# H1587: Hui grandfather from 西吉 with a beef stall at the market of 下司 (麻江), raising two grandchildren orphaned
# when their parents (his son and a Shui daughter-in-law) died on the road.
DOCS["H1587"] = ("family", """\
访谈者：老人家，您这牛肉摊摆了多少年了？
受访者：十一年了。我叫{{han:虎存良}}，经名{{minority/hui:乎赛尼}}，老家宁夏{{trap/place:西吉}}。{{trap/place:下司}}街上的人都喊我{{han:虎老汉}}，娃娃们怕我这个姓，我讲莫怕，我是卖牛肉的，不咬人。
访谈者：咋个来了麻江？
受访者：儿子{{han:虎明堂}}先来的，在{{trap/place:凯里}}跟老乡学拉面，后来娶了这边的水族姑娘{{han:蒙秀英}}，就在下司安了家。我跟老伴跟过来帮他们带娃，在农贸市场租了个摊子卖牛肉。
访谈者：孩子们的爸妈……
受访者：前年腊月，两口子骑摩托去凯里进货，在{{trap/place:清水江}}大桥上被货车撞了，一个都没留住。留下两个娃，姑娘{{han:虎晓雯}}十三，经名{{minority/hui:泽娜卜}}；小子{{han:虎晓宇}}九岁，经名{{minority/hui:舒阿依卜}}，长得{{trap/word:虎头虎脑}}。
访谈者：现在谁照顾他们？
受访者：就我们老两口。老伴{{minority/hui:朱莱哈}}腿脚不好，在家做饭。我五点起来去屠宰场拉肉，七点出摊。两个娃报了孤儿，基本生活费一人一个月{{trap/number:一千四百七}}，是镇上的儿童主任{{han:粟玉珍}}跑下来的。{{han:粟玉珍}}跑了好多趟，我数不清。
访谈者：孩子们在哪里读书？
受访者：姑娘在{{school:麻江县下司中学七年级（4）班}}，老师都喊她{{minority/hui:虎泽娜卜}}，姓跟经名连着念。小子在{{school:下司镇中心小学三年级（1）班}}，同学喊他{{minority/hui:艾卜}}。
访谈者：孩子们还好吗？
受访者：姑娘话少了。她爸妈出事那天，她在家等着吃饭，等到半夜。现在每天放学先到摊子上，帮我收钱、称肉，不让我一个人守着。班主任{{han:顾家兰}}讲她成绩没掉，就是不笑。班上五十多个娃，{{han:顾家兰}}一个人{{trap/word:顾不过来}}，就请镇上的社工找她谈。小子倒是心大，天天在市场里跑，哪个摊子的嬢嬢都给他塞吃的。有一回他拿了人家一个橘子没给钱，我打了他手板心，打完我自己躲到冷库后头哭。他爸小时候我也这么打过，现在想打都打不着了。
访谈者：做礼拜方便吗？
受访者：下司没有寺，主麻日要去凯里。寺里的{{han:马存孝}}阿訇，经名{{minority/hui:艾布伯克}}，晓得我们家的事，{{trap/minority_word:开斋节}}给娃娃们送了新衣服。他老婆{{minority/hui:哈莉玛}}教姑娘念经、炸{{trap/minority_word:油香}}。
访谈者：还有哪个帮过你们？
受访者：市场管理员{{han:粟大明}}，摊位费给我免了一半。隔壁卖酸汤鱼的{{han:石又兰}}又帮我看摊又帮我接娃，{{han:石又兰}}跟我讲，{{han:虎老汉}}你莫倒下，两个娃靠你。县社工站的{{compound:夏侯雨桐}}每个月来一回，带小子去凯里做心理辅导；还有个{{compound:钟离晓航}}，帮我们打官司，货车那边赔的钱就是他帮着要回来的。
访谈者：赔的钱咋个用？
受访者：一分没动，存在两个娃名下，{{han:粟玉珍}}帮我办的监护存单，要等他们十八岁才取得出来。老家的侄儿{{minority/hui:苏福牙}}叫我们回西吉，那边有寺，有亲戚。可娃娃的爸妈埋在这边山上，姑娘不肯走。每个礼拜五下午她都要上山去坐一会儿，带一把野花，回来眼睛红红的，也不跟我讲话。我不拦她，我晓得她心里有话，只能跟她爸妈讲。
访谈者：您身体吃得消吗？
受访者：六十七了，血压高，扛半边牛腿上三轮车，手都发抖。去年冬天摔了一跤，在{{trap/org:麻江县人民医院}}躺了五天，摊子是隔壁卖酸汤鱼的两口子帮我守的，钱一分不少交给我。那几天姑娘请了假，天天给我送饭，我心里难受，又舍不得撵她回学校。斋月里我白天不吃不喝，照样出摊，姑娘也跟着封斋，我讲你还小，莫封，她不听，讲她要替她爸妈封。天黑开斋，祖孙三个围着一碗牛肉汤，谁也不讲话，就那么吃。
访谈者：娃娃们晓得自己是哪里人吗？
受访者：小子问过我，爷爷，我们是回族还是水族？我讲，你爸是回族，你妈是水族，你两样都是。他外婆{{han:蒙老太}}住在{{trap/place:三都}}，过{{trap/minority_word:端节}}接他们去吃鱼包韭菜。我给娃娃们讲{{trap/famous:马本斋}}打鬼子的故事，{{minority/hui:舒阿依卜}}听了讲长大要当兵。
访谈者：登记信息请您说一下。
受访者：住在{{address:麻江县下司镇农贸市场后街14号}}，老家{{address:西吉县火石寨乡红旗村五组3号}}。我身份证{{id_number@mold.640422}}，姑娘的{{id_number@wy2012x.522635}}。我电话{{mobile@plain}}，{{han:粟玉珍}}的{{mobile@s38}}。姑娘有个QQ：{{qq:１６０４７２８３５}}。微信是姑娘帮我开的，叫{{wechat:hu_cunliang_niurou}}。
访谈者：名字在表上写得对吗？
受访者：孤儿证上姑娘写成{{spaced:虎 泽 娜 卜}}，小子写成{{spaced:舒 阿 依 卜}}，我的写成{{spaced:虎 存良}}。
访谈者：您最盼什么？
受访者：盼我多活几年，活到小子十八岁。{{han:虎老汉}}莫得别的本事，就会卖牛肉，卖到他们长大。
""")

# H1588: Kazakh mother from 特克斯 who works at a paper-making workshop of 石桥 (南皋, 丹寨); her Han husband is
# paralysed after a fall from scaffolding.
DOCS["H1588"] = ("family", """\
访谈者：大姐，您在纸坊做了几年了？
受访者：三年多。我叫{{minority/kazakh:阿依达娜·叶尔兰}}，身份证上就这么写，中间一个点。纸坊里的人记不住，喊我{{minority/kazakh:达娜姐}}，老板娘喊我{{minority/kazakh:达娜妹}}。
访谈者：老家在哪里？
受访者：新疆{{trap/place:伊犁}}{{trap/place:特克斯}}，就是那个{{trap/place:八卦城}}。我在{{trap/place:喀拉峻}}草原上长大的，会骑马，不会种田。
访谈者：咋个到丹寨来的？
受访者：我男人{{han:简国平}}以前在新疆修铁路，我们在特克斯认得的。结婚以后他带我回{{trap/place:南皋}}，讲这边山好水好。哪晓得四年前他在工地上从架子上摔下来，腰断了，下半身瘫了，一级残疾。
访谈者：家里现在靠什么？
受访者：靠我在纸坊挣的两千多，加上低保。男人有两项补贴，一个月{{trap/number:一千一百六}}。这些事讲起来{{trap/word:简单}}，办起来难，都是村里的会计和民政的人帮我跑的。
访谈者：孩子们呢？
受访者：两个。姑娘九岁，哈萨克名字叫{{minority/kazakh:居勒都孜}}，她爸给起的汉名叫{{han:简思娜}}，学校花名册上又写成{{minority/kazakh:简居勒都孜}}，在{{school:丹寨县南皋乡中心小学三年级（2）班}}。儿子五岁，叫{{minority/kazakh:别克波拉特}}，在村里上幼儿园，大家喊他{{minority/kazakh:波拉特}}，他姑姑喊他{{minority/kazakh:别克崽}}。
访谈者：孩子们过得好吗？
受访者：姑娘像个大人。她爸不能动，她放学回来给他翻身、擦背、倒尿袋。班主任{{han:管春梅}}老师讲她上课打瞌睡，来家访才晓得娃娃晚上要起来两回。{{han:管春梅}}讲这样不行，帮我们申请了困境儿童，又请了社工来。家里的事她{{trap/word:管不了}}，就在学校给姑娘开小灶补课。
访谈者：社工帮了什么？
受访者：{{compound:皇甫云帆}}每个礼拜来两回，教我男人做康复，教姑娘咋个照顾她爸又不累垮自己。{{compound:南宫蔓青}}带儿子去县里查了听力，原来他不讲话是耳朵有问题，现在戴上助听器了，会喊阿妈了。
访谈者：您男人现在怎么样？
受访者：脾气变了。刚瘫那年他天天骂人，摔碗，讲不如死了算了。有一回他把药全倒在地上，是姑娘一粒一粒捡起来的。后来村医{{han:杨再文}}每个礼拜来给他扎针，又教他用手撑着坐起来。他现在会在床上编竹篮了，编一个卖三十块，他讲他也能挣钱了。赶场天我把竹篮挂在纸坊门口，游客看见了都问，有个贵阳来的老师一口气买了五个。
访谈者：您在纸坊做什么？
受访者：捞纸、晒纸。纸坊是{{han:王兴祥}}家的，门口挂的牌子就叫{{han:王兴祥}}古法纸坊，用构皮做纸，讲是从{{trap/famous:蔡伦}}那时候传下来的。老板娘{{han:潘务香}}心好，晓得我家的情况，准我中午回去给男人喂饭。
访谈者：老家还有亲人吗？
受访者：阿爸{{minority/kazakh:叶尔兰‧托合塔尔}}，阿妈{{minority/kazakh:卡丽帕}}，都在特克斯。哥哥{{minority/kazakh:努尔兰叶尔兰}}放马。表弟{{minority/kazakh:阿斯哈尔・别克}}在{{trap/place:贵阳}}开馕坑，过年送来{{trap/minority_word:包尔萨克}}和{{trap/minority_word:马肠子}}。
访谈者：想回新疆吗？
受访者：想。阿爸讲，你带娃娃回来，草原上有我们。可男人离不开，他在床上，我不能丢下。姑娘也讲，阿妈，我们守着阿爸。我晓得她是怕，怕她一走，这个家就散了。九岁的娃娃，心思比我还重。有时候半夜我醒过来，看见她坐在她爸床边，拿扇子给他赶蚊子，自己靠着墙睡着了。我把她抱回床上，她迷迷糊糊还讲，阿妈，阿爸要喝水。我给娃娃们讲草原上{{trap/minority_word:叼羊}}的事，儿子听了就趴在床上，骑他爸的腿当马。
访谈者：婆家那边帮得上吗？
受访者：婆婆走得早，公公{{han:简德林}}七十八，自己都要人照顾。小姑子{{han:简小梅}}嫁在{{trap/place:扬武镇}}，农忙过了就回来住几天，帮我洗被子、腌酸菜，娃娃们最喜欢她，{{han:简小梅}}她一来，家里就热闹了。寨子里的人也好，哪家杀猪都给我们端一碗血旺来，晓得我们不吃猪肉，后来就改成送鸡蛋、送青菜。
访谈者：登记信息请您说一下。
受访者：家在{{address:丹寨县南皋乡清江村三组22号}}，纸坊在{{address:南皋乡石桥村上寨组4号}}。我身份证{{id_number@wy1989fwhyphen.654127}}，姑娘的{{id_number@wy2016quad.522636}}。我电话{{mobile@plus86}}，{{han:管春梅}}老师的{{mobile@s74}}。我的微信{{wechat:Aidana_Tekes89}}，姑娘用她爸的手机上QQ：{{qq:3051746928}}。
访谈者：名字写得对吗？
受访者：不对。残联那张表写成{{spaced:阿依达娜 ・ 叶尔兰}}，银行卡上是{{minority/kazakh:阿依达娜.叶尔兰}}，姑娘的写成{{spaced:居 勒 都 孜}}，儿子的写成{{spaced:别克　波拉特}}。
访谈者：您最盼什么？
受访者：盼男人能坐起来，坐上轮椅，推出去晒太阳。{{minority/kazakh:居勒都孜}}讲她长大要当医生，治好她阿爸。
""")

# H1589: Miao 儿童主任 of 羊告村 (排调镇, 丹寨) going through her ledger.
DOCS["H1589"] = ("staff", """\
访谈者：主任，您今天带了个本本来？
受访者：困境儿童的台账。我叫{{han:王乃仙}}，苗族，在{{trap/place:排调镇}}羊告村当儿童主任七年了，寨子里的小娃娃都喊我{{han:仙嬢}}。我一户一户跟你讲。
访谈者：好。
受访者：头一户，{{han:吴耶榜}}，男，十三岁，在{{school:排调镇中学七年级（2）班}}。他爹{{han:吴往九}}出去打工七八年，电话打不通，人找不到；他妈改嫁到{{trap/place:榕江}}去了。跟爷爷过，爷爷八十一。我们报的事实无人抚养，一个月{{trap/number:一千二百一}}。{{han:吴耶榜}}也懂事，放学就上坡砍柴。
访谈者：第二户？
受访者：第二户，{{han:余妮香}}，女，九岁，脑瘫，坐不稳。她妈{{han:田秀珍}}是汉族，嫁过来的，白天在{{trap/word:田里}}，晚上守娃。娃娃的两项补贴办下来了，县{{trap/org:残联}}还送了个站立架。她爹{{han:余光祥}}在浙江打工，每个月寄钱回来。{{han:余妮香}}和她妈两个，一个月难得出一回寨门。我每回去都要问{{han:余妮香}}她妈，夜里睡得着不？她讲睡不着也要睡，明天还要背娃娃去做康复。我听了鼻子发酸，就帮着把猪喂了再走。
访谈者：第三户？
受访者：第三户是{{han:潘光勇}}家，现在搬到县城安置区了，户口还在我们寨。他在里头服刑，老婆是藏族，叫{{minority/tibetan:洛绒拥宗}}，我们喊不来，都喊她{{minority/tibetan:拥宗嫂}}。两个娃，姑娘{{minority/tibetan:潘曲西}}，儿子{{minority/tibetan:格桑邓珠}}，服刑人员子女补助是我跟{{han:娄红梅}}一起交的材料。{{han:潘奶}}还在寨子里住，我三天两头去看她。
访谈者：还有吗？
受访者：第四户，{{han:龙乃冬}}，男，十一岁，孤儿。爹妈都是病走的，哪样病你们莫写。娃娃跟大伯{{han:龙正发}}过，大伯人老实，把侄儿当亲崽养。{{han:龙乃冬}}才十一岁，就会喂牛、煮猪潲。孤儿基本生活费每个月{{trap/number:一千五百九}}，住{{address:丹寨县排调镇羊告村下寨组45号}}，身份证{{id_number@my2014hyphen.522636}}。
访谈者：第五户？
受访者：第五户是汉族，{{han:罗世贵}}家。他自己尿毒症，一个礼拜透析三回，老婆跑了，崽{{han:罗小川}}十岁，在{{school:排调镇中心小学四年级（1）班}}。有一回娃娃被{{han:铁锤崽}}几个笑他爹是药罐罐，回来哭了一晚上。寨子里老人讲这娃命硬，像{{trap/word:石头}}一样，我讲命硬不硬，都要有人管。他家住{{address:排调镇羊告村河边组7号}}，离卫生院近，透析的车是镇上派的。
访谈者：您平时咋个去看这些娃？
受访者：一个月至少走一遍，远的那户在坡顶上，走路要一个钟头。我背个包，装点作业本、感冒药、卫生巾，姑娘大了有些话不好跟爷爷讲。去{{han:吴耶榜}}家要过一条溪，涨水的时候是这娃下来背我过去，我一个大人要娃娃背，心里不是滋味。
访谈者：这些户哪个在跟？
受访者：镇民政办的{{han:杨光前}}总负责。社工站派了{{compound:澹台婉清}}跟头一户、第四户；大学生志愿者{{compound:赫连朔风}}暑假来给娃娃们补课。县里还有个心理咨询师{{compound:濮阳栖梧}}，来看过{{han:龙乃冬}}两回。
访谈者：寨子里过节，这些娃娃咋个过？
受访者：过{{trap/minority_word:鼓藏节}}，家家杀猪，我就领着这些娃娃挨家吃，哪家都不会撵。{{han:吴耶榜}}会吹{{trap/minority_word:芦笙}}，{{han:余妮香}}坐在轮椅上看{{trap/minority_word:锦鸡舞}}，笑得口水都出来。老人给他们摆{{trap/famous:蝴蝶妈妈}}的古，讲苗家是从枫树心里生出来的。
访谈者：当儿童主任难在哪里？
受访者：人少事多。我还是村里的妇女主任，还管医保、管防溺水。夏天一放假，我天天沿着河边喊，哪个娃娃下河洗澡就撵回去。前年隔壁寨子淹死了一个，我到现在想起来都怕，所以宁愿讨人嫌，也要喊。我屋头那个讲我是倒贴钱做事。可看到{{han:龙乃冬}}考了全班第三，我就觉得值。
访谈者：寨子里的人咋个看这些娃？
受访者：以前有人讲闲话，讲没爹没妈的娃娃野，莫跟他们耍。我就在寨子的火塘边一家一家摆，讲这些娃娃哪个不是我们看着生下来的，他爹他妈不在，寨子就是他的屋。现在好了，哪家办酒都喊他们去坐，过年还有人给他们封红包。老话讲，一个寨子养一个娃，我们苗家本来就是这样过来的。
访谈者：台账上名字都写对了吗？
受访者：错的多。{{spaced:吴 耶 榜}}写成三个字分开，{{spaced:余　妮　香}}也是，藏族那个姑娘写成{{spaced:潘 曲 西}}，社工的名字都写成了{{spaced:澹 台 婉 清}}。
访谈者：您的联系方式？
受访者：电话{{mobile@plus86dash}}，微信{{wechat:wangnx_yanggao}}，QQ是{{qq:2370148659}}，寨子里大点的娃娃都有，有哪样事半夜也找得到我。
访谈者：最后还想讲哪样？
受访者：这些娃娃都是寨子的娃娃。哪家有事，我头一个就去找{{han:杨光前}}
""")

# H1590: Han social-assistance officer of the county civil-affairs bureau of 丹寨.
DOCS["H1590"] = ("staff", """\
访谈者：您在民政局做社会救助多少年了？
受访者：十二年了。我叫{{han:宾国梁}}，在{{trap/org:丹寨县民政局}}社会救助股，股里连我三个人，股长是{{han:邰股长}}，还有个小姑娘{{han:犹秀芝}}。低保、特困、临时救助、孤儿、事实无人抚养，全县的台账都在我们这里。
访谈者：困境儿童全县有多少？
受访者：纳进来的四百多个。孤儿五十几个，事实无人抚养一百三十多个，其他的是重残重病、父母服刑、父母重残的。散居孤儿和事实无人抚养一个月{{trap/number:一千四百五十元}}，按月打到一卡通。
访谈者：这些钱是咋个核的？
受访者：村里报，乡镇审，我们批。现在有大数据比对，车辆、房产、工商，哪一项对不上，系统就亮红灯。{{han:犹秀芝}}一点不{{trap/word:犹豫}}，一条一条打电话核。有一回比对出{{trap/place:兴仁镇}}一户有辆小车，一问是娃娃舅舅借她名字买的，她跑到车行去拍了购车合同才解开。
访谈者：少数民族的孩子多吗？
受访者：苗族、水族最多，还有外省嫁过来、来打工的。名字最麻烦。南皋那个哈萨克族媳妇，身份证上是{{minority/kazakh:阿依达娜·叶尔兰}}，残联系统里变成了{{minority/kazakh:阿依达娜・叶尔兰}}，打的是日文那个点；银行那边干脆没有点，{{minority/kazakh:阿依达娜叶尔兰}}。三个系统三个样，钱就卡住了，她姑娘{{minority/kazakh:简居勒都孜}}的补贴拖了两个月才到。
访谈者：后来咋个解决的？
受访者：我把三张表打出来，跟她村里的会计{{han:蒙光福}}一起去银行，把户名改过来。会计讲，他管账二十年，头一回碰到一个点卡住钱的。
访谈者：还有别的例子吗？
受访者：县城有个回族娃娃，经名{{minority/hui:穆阿孜}}，花名册写成{{minority/hui:撒穆阿孜}}。他爸{{han:撒永福}}开拉面馆，去年心梗，一下就{{trap/word:撒手}}走了；他妈{{minority/hui:哈菲扎}}回了{{trap/place:临夏}}，再没来过。娃娃跟着姑妈{{han:撒秀兰}}过，报的事实无人抚养，在{{school:丹寨县第一小学二年级（5）班}}，住{{address:丹寨县龙泉镇东湖路37号2楼}}。
访谈者：还有吗？
受访者：兴仁镇有个蒙古族媳妇{{minority/mongolian:朝鲁门花}}，精神残疾，男人在外面打工，娃娃叫{{minority/mongolian:龙特古斯}}，在{{school:兴仁镇中心小学六年级（2）班}}，我们按父母重残报的，家在{{address:兴仁镇岩英村四组12号}}。她娘家在{{trap/place:科尔沁}}，哥哥{{minority/mongolian:阿拉坦希日布}}来过一回，讲要接她回去治病。
访谈者：服刑人员子女呢？
受访者：全县二十几个。城北安置区那家，爸爸是苗族，妈妈是理塘来的藏族{{minority/tibetan:洛绒拥宗}}，姑娘{{minority/tibetan:曲西拉姆}}十岁。判决书要我们自己去调，{{han:邰股长}}跑了两趟{{trap/place:都匀}}。现在跟{{trap/org:县司法局}}建了个群，哪个进去了、屋头有没有娃，那边先告诉我们。
访谈者：社工站帮得上吗？
受访者：帮得上。站长{{compound:万俟岚汐}}常讲，{{trap/word:万一}}哪个娃掉出了兜底网，就是我们的责任。他们派{{compound:乐正筱禾}}专门跟服刑人员子女，派{{compound:东门晓岚}}跟残疾儿童。
访谈者：临时救助呢？
受访者：那是救急的。去年冬天{{trap/place:雅灰乡}}一户烤火把房子烧了，娃娃{{han:杨秀朵}}烧伤了手。村里半夜打电话来，{{han:犹秀芝}}第二天一早就带着棉被、米面上去了，临时救助当天批、当天打。她妈{{han:王妹往}}拉着我们的手，一句汉话讲不出来，就一直点头。
访谈者：每年都要重新审吗？
受访者：要。低保一年一审，困境儿童也要年审。娃娃满了十八岁，或者爹妈出狱了、回来了，就要停发。停发也要讲道理，不能一句话就断。有个娃娃刚满十八，考上了{{trap/org:黔东南民族职业技术学院}}，我们就帮他转成助学的，不让他断了粮。
访谈者：您觉得最难的是什么？
受访者：“事实无人抚养”这几个字。爹妈失联的，要派出所出证明，有的爹在外面躲债，一听是民政找就挂电话。{{trap/place:扬武镇}}有个娃娃叫{{han:杨得水}}，他爹{{han:杨三保}}失联六年，我们登了报、找了公安，才认定下来。{{han:杨得水}}得了补助那天，他奶奶拉着我的手不放。
访谈者：身份证一般咋个核？
受访者：一个数一个数念。比方{{han:杨得水}}，{{id_number@my2011fwspaced.522636}}，我念一遍，她念一遍，两个人对上了才往系统里敲。撒家那个娃{{id_number@my2017spacedx.522636}}，尾数是个叉，最容易错。
访谈者：系统里名字还有什么毛病？
受访者：空格。有的乡镇录的时候一个字敲一个空格，{{spaced:阿 依 达 娜 ‧ 叶 尔 兰}}就这么进了系统，{{spaced:撒 穆阿孜}}、{{spaced:龙 特 古 斯}}也是。复姓也遭殃，{{spaced:万俟 岚汐}}被拆成了两截。
访谈者：群众咋个找你们？
受访者：打{{trap/hotline:12349}}，民政服务热线。我手机{{mobile@plus86spaced}}，{{han:犹秀芝}}的{{mobile@fullwidth}}。股里的工作QQ是{{qq:1726394058}}，微信{{wechat:dz_mzj_jiuzhu}}。
""")

# H1591: Han resident psychologist of the township school of 宣威镇 (麻江).
DOCS["H1591"] = ("staff", """\
访谈者：您在宣威镇中心学校驻校几年了？
受访者：三年了。我是县里派下来的心理老师，叫{{han:伞晓蕾}}。娃娃们喊我{{han:伞老师}}，下雨天还有调皮的举着{{trap/word:雨伞}}在走廊上喊我，我听见了也笑。全校一千二百多个学生，留守的、单亲的、家里有人坐牢的，加起来两百多。
访谈者：您一般咋个发现要帮的孩子？
受访者：三个办法。一是每学期做筛查量表，二是班主任报，三是我在心理室门口挂了个悄悄话信箱。一年级的{{minority/mongolian:萨如朗}}，就是班主任{{han:龙再兴}}报上来的。她妈妈去年走了，她画画只用黑色。
访谈者：她现在怎么样？
受访者：好多了。我陪她做了一学期沙盘，她在沙盘里摆一个蒙古包、一座苗寨，中间隔一条河，讲河这边是阿爸，那边是阿妈。全班都喊她{{minority/mongolian:朗朗}}，她自己在画上写{{han:奇小蓝}}。她爸{{minority/mongolian:巴彦陶格陶}}每回来接都蹲下来跟她讲蒙古话，基地上的人喊他{{minority/mongolian:巴大哥}}，开家长会坐在最前排。上个月她的画里头一回有了太阳。
访谈者：还有哪些孩子让您记挂？
受访者：初二有个回族姑娘{{han:丁沐溪}}，经名{{minority/hui:鲁凯耶}}，同学喊她{{minority/hui:凯耶}}。妈妈生病走了，爸爸{{han:丁存礼}}在街上开拉面馆。她有一阵不去食堂，一天只吃一个馍，我还以为是节食，一问才晓得食堂没有清真窗口，她不好意思讲。后来{{han:禄校长}}专门给她留了一个灶。她爸跟我讲，{{minority/hui:鲁凯耶}}从小{{trap/word:孤独}}惯了，有话只跟她奶奶{{minority/hui:麦斯吾黛}}讲。
访谈者：家里有人服刑的孩子呢？
受访者：六年级有个男娃{{han:勾晓东}}，他爹因为诈骗进去了。娃娃在班上被人喊骗子的崽，跟人打架打破了头。我让他每个礼拜三来心理室下棋。有一回他讲，{{han:伞老师}}，我爹出来我不认他。我没劝，只讲你可以生气。后来他妈{{han:敖桂仙}}来学校，娘俩在心理室坐了一下午，出来的时候眼睛都是红的。
访谈者：留守的呢？
受访者：有个水族娃娃{{han:韦小树}}，爹妈都在{{trap/place:佛山}}，跟奶奶过，半夜在QQ上给我发“活着好累”。我吓得马上打给班主任{{han:敖春丽}}，{{han:敖春丽}}骑摩托车连夜上了寨子。娃娃没事，就是想他妈。第二天我跟他妈视频，让她每天晚上九点给娃娃打个电话，哪怕讲两句。他妈在电话那头哭，讲她在厂里一天站十二个钟头，回到宿舍倒头就睡，不晓得娃娃心里这么苦。现在每天九点，娃娃都守着奶奶的手机等。
访谈者：您咋个跟其他部门配合？
受访者：有危机的娃娃我填转介单，交给县里。县教育局的督导{{compound:司空沐阳}}，这种事他是{{trap/word:司空见惯}}了，来学校跟我一起评估。社工站的{{compound:独孤青岚}}、{{compound:申屠子墨}}负责入户，今年又来了个{{compound:拓跋岚岫}}，专门做家长课堂，教爷爷奶奶咋个跟孙子讲话，莫一开口就是骂。有个奶奶听完讲，我骂了一辈子，原来娃娃是越骂越不讲。
访谈者：转介单上要写什么？
受访者：名字、班级、身份证、监护人电话。比方{{han:韦小树}}，{{school:宣威镇中心学校五年级（3）班}}，身份证{{id_number@my2014.522635}}，监护人是他奶奶{{han:韦家奶奶}}，电话{{mobile@h38}}。{{han:勾晓东}}，{{school:宣威镇中心学校六年级（1）班}}，身份证{{id_number@my2013fwx.522635}}，住{{address:麻江县宣威镇翁保村新寨组21号}}。
访谈者：心理室平时做些什么？
受访者：中午开放，娃娃们来玩沙盘、画画、打沙袋。有的什么都不讲，就坐着，我也不问，陪着坐就是了。山里的娃娃不习惯讲心里话，大人也没教过，难过了就憋着，憋久了要么打人，要么伤自己。我教他们给情绪起名字，生气是红的，难过是蓝的，害怕是灰的，每天早上在门口的情绪温度计上贴一颗星。每个班我选两个“心灵委员”，{{han:龙雨桐}}、{{han:石安琪}}这样细心的娃娃，同学不对劲了先来告诉我。
访谈者：您的联系方式？
受访者：学生也可以打{{trap/hotline:12355}}青少年热线。我手机{{mobile@p86n}}，QQ{{qq:915638027}}，娃娃们半夜找我都用这个。微信{{wechat:San_xiaolei-xinli}}。心理室在{{address:宣威镇中心学校综合楼302}}。
访谈者：孩子们的名字您都记得？
受访者：记得，他们自己写的我也记得。{{han:韦小树}}在画上写{{spaced:韦　小　树}}，一个字一个空；{{minority/hui:鲁凯耶}}写成{{spaced:丁 沐溪}}；还有娃娃把督导的名字写成{{spaced:司 空 沐 阳}}，贴在沙盘边上。
访谈者：您最大的心愿是什么？
受访者：每个学校都有个心理老师。我一个人跑三所学校，一个礼拜只能在这里待三天。剩下那两天，娃娃们有事只能在QQ上留言，我晚上回到家一条一条回，回到十二点是常事。
""")

# H1592: Shui accountant of the village committee of 清江村 (南皋, 丹寨) reading out his ledger.
DOCS["H1592"] = ("staff", """\
访谈者：您在村委会管账多少年了？
受访者：二十年了。我叫{{han:蒙光福}}，水族，爷爷那辈从{{trap/place:三都}}搬过来的。寨子里老老小小都喊我{{han:蒙会计}}，喊惯了，名字反倒没人喊。
访谈者：低保和补贴的钱是咋个发的？
受访者：现在都打到一卡通，不经我们的手。我管的是台账：哪个该领、领了好多、到没到账。每个月十五号以后，我拿着本子挨家问一遍。老人不会看短信，我就陪他们到{{trap/org:农村信用社}}打流水。
访谈者：村里有几个困境儿童？
受访者：九个，我念给你听。头一个，{{han:韦秀禾}}，女，八岁，孤儿，跟外婆过，基本生活费一个月{{trap/number:一千四百五十块}}。外婆{{han:陆满妹}}七十六，耳朵背，钱到了没有都是我去讲给她听。
访谈者：第二个？
受访者：第二个、第三个是姐弟，{{han:韦明珍}}和{{han:韦明桂}}，都在{{school:南皋乡中心小学五年级（1）班}}，弟弟跳了一级，跟姐姐坐前后桌。他们妈帮人取钱，犯了帮信罪，判了一年；爹在{{trap/place:浙江}}，一年寄不了几回钱。{{han:韦明珍}}倒懂事，弟弟的作业都是她守着写。
访谈者：第四个？
受访者：简家的，哈萨克族媳妇那家。姑娘{{minority/kazakh:居勒都孜}}，儿子{{minority/kazakh:别克波拉特}}。男人{{han:简国平}}瘫在床上，媳妇在石桥纸坊做工，寨子里都喊她{{minority/kazakh:阿依嫂}}。她家的钱最麻烦，户名上那个点银行打不出来，我在本子上记的是{{spaced:阿依达娜 叶尔兰}}，中间空一格。
访谈者：第五个？
受访者：{{han:钱玉凤}}家的孙子{{han:钱小满}}，七岁。他爹强戒，他妈跑了。这个钱是{{han:钱玉凤}}代领的，我每回都要她按手印。还有{{han:吴得福}}，十四岁，{{han:吴得福}}得了白血病，在贵阳化疗，按重病儿童报的。
访谈者：化疗的钱够吗？
受访者：哪里够。医保报了大头，剩下的还要七八万。村里捐了一回，支书带头拿了两千，我拿了一千，寨子里最穷的{{han:潘老者}}也拿了五十块来，讲是卖鸡蛋攒的。娃娃他妈在医院陪床，一天吃一顿，瘦得只剩一把骨头。我把捐款一笔一笔记在本子上，谁捐了好多，用在哪里，贴在村委会门口，哪个都可以来看。
访谈者：您一个会计，为啥管这么细？
受访者：我小时候也是没爹的。我爹在我六岁那年上山砍树，被树压死了，是寨子里一家一碗饭把我喂大的。那时候没有低保，没有孤儿费，过年连一件新衣服都没有。现在国家有这个政策，钱要是到不了娃娃手上，我对不起那些喂过我饭的人。所以每个娃娃的钱，我都要一笔一笔对，对不上我睡不着。我屋头的讲我是操心的命，我讲命就是这个命。
访谈者：这些钱会不会被挪用？
受访者：有过。前几年有个娃娃的孤儿费被他大伯领去打牌，是{{han:应秀琴}}发现的，{{han:应秀琴}}应该算我们村的监督员，退休的老师。我们开了会，把卡改到外婆名下。
访谈者：村里还有哪些人帮这些孩子？
受访者：儿童主任{{han:陆春花}}，跑得最多，工资最少，{{han:陆春花}}却从来不嫌。支书{{han:韦光远}}管大事。社工{{compound:左丘明月}}每个月来一回，我们开玩笑讲她是{{trap/famous:左丘明}}的后人。还有两个志愿者，{{compound:鲜于冬青}}和{{compound:梁丘雨霏}}，暑假来办夏令营。去年县团委又派了个{{compound:公良砚秋}}，带娃娃们去县城看了一回电影，好多娃娃是头一回进电影院，看完出来还舍不得走，在门口站了半天。
访谈者：水族过节这些娃娃咋个过？
受访者：过{{trap/minority_word:端节}}、{{trap/minority_word:卯节}}，家家摆长桌宴，我们喊这些娃娃坐头一桌。寨子里的{{trap/minority_word:水书}}先生给他们写吉祥话。有些老人被{{trap/word:蒙在鼓里}}，还以为这些娃娃家里有人管，我就一家一家去讲，讲清楚了，哪家都肯帮一把。
访谈者：登记信息您方便讲吗？
受访者：{{han:韦秀禾}}家在{{address:丹寨县南皋乡清江村二组6号}}，身份证{{id_number@wy2017hyphen.522636}}；{{han:钱玉凤}}家在{{address:清江村五组17号}}，娃娃的身份证她收在箱子底，下回我去抄。我电话{{mobile@s434}}，{{han:陆春花}}的{{mobile@hyphen}}。我微信{{wechat:mengguangfu_kuaiji}}，村委会QQ群管理员是我，QQ{{qq:60831947}}；{{han:陆春花}}的微信{{wechat:luchunhua-qj}}。
访谈者：账本上名字写对了吗？
受访者：{{spaced:左　丘　明　月}}写成了四个字分开，{{spaced:鲜 于 冬 青}}也是，还有{{spaced:简 居勒都孜}}、{{spaced:钱 小满}}。
访谈者：最后还想讲什么？
受访者：钱是小事，名字写对、娃娃找得到，才是大事。这九个娃娃，哪个我都晓得住在哪里，哪个爱吃哪样，哪个怕狗。等他们长大了，走出去了，记不记得我这个会计不要紧，记得寨子就行。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1585,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout201",))


if __name__ == "__main__":
    main()
