# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 36 (tests/pii/holdout36/H273-H280 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 37, written at the same time, is a later
set and is not read).

Set 36 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
乌拉特中旗 (巴彦淖尔) whose wife lost both legs to frostbite and diabetes, with three children; a Tibetan mother in
道孚 (甘孜) whose husband fell from a roof and who raises her own children and her dead sister's son; a Hui
grandmother in 临潭 (甘南) raising the children of her son, who is in prison, and of her daughter, who works in
拉萨; a Han grandfather in 天门 (湖北) raising four grandchildren whose parents work in 广州 and 温州; a Han teacher in
西昌 (凉山) with Yi pupils whose parents she reaches on WeChat and QQ; a Kazakh mother in 哈巴河 (阿勒泰) widowed
when her husband drowned in the 额尔齐斯河; a Han social worker in 多伦 (锡林郭勒) reading out a case file; and a
Han mother in 松原 (吉林) whose husband is in prison for a fight. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters with short
forms, Tibetan names of 道孚 with their short forms and Han names, Hui Han-form names and 经名 with a Han surname
before an Arabic name, Yi clan name + given name, Kazakh given name + father's name with and without the dot and
short forms; Han names with common and rare surnames, titles and kin words, nicknames that are words, names that
contain words, a name written twice, names directly before particles and verbs and after 叫/是/跟/和;
spaced, dotted and split names; compound surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郑桂荣}}``, ``{{qq:3016842759}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's; ``.region`` is the six-digit
                                   area code of an ID number; the shapes are those of ``_setkit`` (ID_SHAPES,
                                   MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 大姐, 婶, 姨,
阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家,
那边) are outside the span; a nickname that is a word (annotated whole) is category han. Han-style names of
Mongolian, Tibetan, Hui, Yi and Kazakh people are category han; a Han surname before a non-Han given name is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout36/make_holdout36.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(36_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "165", "177", "180", "182", "185", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H273: Mongolian father in 乌拉特中旗 (巴彦淖尔); his wife lost both legs, three children.
DOCS["H273"] = ("family", """\
访谈者：大哥，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:额尔德木图雅布}}，汉名叫{{han:韩福全}}，嘎查里都喊我{{minority/mongolian:雅布}}。家在{{trap/place:乌拉特中旗}}北边的{{trap/place:巴音杭盖}}，离{{trap/place:巴彦淖尔}}市里三百多里。媳妇{{minority/mongolian:乌仁其其格}}前年冬天放羊迷了路，冻坏了两条腿，又有糖尿病，最后两条腿都截了。现在她坐轮椅，家里家外就靠我。
访谈者：孩子们呢？
受访者：三个。大闺女{{minority/mongolian:苏德毕力格查娜}}十五，在{{school:乌拉特中旗蒙古族中学初三（2）班}}住校，我们叫她{{minority/mongolian:查娜}}。{{minority/mongolian:查娜}}就懂事，周末回来先给她妈擦身子。二儿子{{minority/mongolian:巴图敖其尔}}十一，小儿子{{minority/mongolian:阿拉腾希古日}}才五岁。{{minority/mongolian:巴图敖其尔}}也想退学放羊，我没让。
访谈者：这两年谁帮过你们？
受访者：嘎查的儿童主任{{han:郝秀琴}}跑得最多。{{han:郝秀琴}}都是骑摩托来，一来就问孩子吃得咋样。她给三个孩子报了困境儿童补贴，每人每月{{trap/number:一千一百二}}。嘎查达{{minority/mongolian:包达来呼和}}给我家报了低保，又帮着申请了残疾人两项补贴。苏木的民政助理{{han:闫长河}}来核过，他说{{trap/org:旗民政局}}批得快。
访谈者：孩子妈妈看病怎么办的？
受访者：在{{trap/place:临河}}做的手术，主刀的是{{han:牛建疆}}大夫。手术费是大病救助报了一大半，剩下的是{{trap/org:旗红十字会}}和嘎查的人凑的。邻居{{minority/mongolian:哈斯额尔德尼}}一家拿了两千，{{han:刘玉梅}}婶给了五百。还有我的老同学{{minority/mongolian:乌日根达来图}}，在{{trap/place:海流图}}开修车铺，每个月给孩子们寄奶粉钱。
访谈者：学校那边呢？
受访者：大闺女的班主任{{han:孛桂兰}}老师，给她申请了助学金。二儿子在{{school:海流图镇第二小学五年级（4）班}}，老师是{{han:武志鹏}}，他说孩子数学好，就是作业老不写完，回家得喂羊。旗里社工站的{{compound:拓跋沁舒}}来家里做过评估，跟她一起来的叫{{compound:赫连子骞}}。{{compound:拓跋沁舒}}说要给小儿子找个幼儿园。
访谈者：你们平时怎么过节？
受访者：正月里过{{trap/minority_word:白节}}，孩子们给长辈敬{{trap/minority_word:哈达}}。夏天嘎查办{{trap/minority_word:那达慕}}，二儿子去摔跤。我给他们讲{{trap/famous:嘎达梅林}}的故事，说人得有骨气。媳妇以前唱长调好听，现在不唱了，{{minority/mongolian:乌仁其其格}}她说腿没了，心也空了。
访谈者：家里现在最难的是什么？
受访者：冬天。羊要喂，媳妇要翻身，小的还得有人看着。我一个人转不开，就让小儿子跟着我进羊圈。去年卖了四十只羊，把欠的药费还上了。如今就剩八十多只，明年还想再减，草场也不够了。有一回我去旗里开证明，回来晚了，小的自己把炉子生着了，烟呛了一屋子，吓得我再不敢把他一个人放家里。
访谈者：孩子们自己怎么看家里的事？
受访者：大闺女心重。她妈刚截肢那阵，她半夜爬起来看她妈还喘不喘气。老二嘴上不说，把他的压岁钱全塞进他妈的药盒里。小的还不懂，见他妈坐轮椅，就爬上去要她推着转圈，他妈笑了，这是那阵子她头一回笑。我跟孩子们说，你妈腿没了，咱们就是她的腿。
访谈者：嘎查里别的人家怎么看？
受访者：都帮。剪羊毛的时候，左邻右舍来了十几个人，一天就剪完了。接羔那阵子，我整宿整宿守着，{{minority/mongolian:哈斯额尔德尼}}他儿子来替我守下半夜。春天种饲草，旗里的农牧局给了种子，苏木的干部来教怎么种。我以前觉得求人丢脸，现在想通了，人活着谁都有难的时候，等孩子们长大了，再去帮别人。
访谈者：孩子妈妈现在能做点什么？
受访者：她手巧，坐在轮椅上做奶食、缝蒙古袍，嘎查的妇女们拿去旗里卖，一个月能挣个几百块。她说自己能挣钱了，心里就亮堂些。去年冬天她给三个孩子各缝了一件新袍子，针脚比以前还细。
访谈者：旗里的医院还管后续吗？
受访者：管。假肢是旗残联给配的，{{han:牛建疆}}大夫托人从{{trap/place:呼和浩特}}订的，她现在扶着拐能在屋里走几步。卫生院的{{han:闫桂芳}}护士每个月来给她测血糖、换药。
访谈者：表上要登记地址和号码。
受访者：家在{{address:乌拉特中旗巴音杭盖嘎查三组14号}}，冬天媳妇在旗里住她姐家，{{address:海流图镇团结小区5号楼2单元402室}}。我身份证{{id_number@mmid.150824}}，媳妇的{{id_number@wmidspaced.150824}}。我电话{{mobile@plain}}，大闺女用的电话{{mobile@s434}}。她微信是{{wechat:chana_sdblg09}}，QQ号她说给老师交作业的，号码在她书包里——{{qq:1958306427}}。
访谈者：名字在表上写对了吗？
受访者：不对的多。低保表上把我写成{{spaced:额尔德木图 雅布}}，学校把大闺女写成{{spaced:苏 德 毕 力 格 查 娜}}，把老二写成{{spaced:巴图　敖其尔}}。
访谈者：最后您想说点什么？
受访者：盼孩子们念出书来。大闺女说想当护士，回来照顾她妈。
""")

# H274: Tibetan mother in 道孚 (甘孜); her husband fell from a roof, she raises her dead sister's son too.
DOCS["H274"] = ("family", """\
访谈者：阿佳，家里现在几口人？
受访者：六口。我叫{{minority/tibetan:呷绒拥措}}，上学时老师给起的汉名叫{{han:杨翠蓉}}。男人{{minority/tibetan:格绒泽翁}}前年给人家盖{{trap/minority_word:崩科}}房子，从房顶上掉下来，腰摔断了，下半身不能动。我们家在{{trap/place:道孚}}县城往{{trap/place:八美}}去的路上，离{{trap/place:康定}}两百多公里。
访谈者：孩子们多大了？
受访者：大女儿{{minority/tibetan:降央曲宗}}十四，在{{school:道孚县民族中学初二（3）班}}住校，家里叫她{{minority/tibetan:曲宗}}。儿子{{minority/tibetan:泽仁彭措}}九岁。还有我妹妹的儿子{{minority/tibetan:洛绒翁加}}，十二岁。我妹妹{{minority/tibetan:呷玛央宗}}三年前生病走了，娃娃的爸爸在{{trap/place:成都}}打工，再没回来，{{minority/tibetan:洛绒翁加}}就跟了我。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{han:罗秀珍}}，她是汉族，在我们村嫁了二十年，藏话说得跟我们一样。{{han:罗秀珍}}她帮{{minority/tibetan:洛绒翁加}}报了孤儿基本生活费，每月{{trap/number:一千四百九}}。乡上的民政专干叫{{minority/tibetan:四郎降泽}}，家里人叫他{{minority/tibetan:降泽}}，{{minority/tibetan:降泽}}跑了好几趟{{trap/org:县民政局}}，把我们家低保也办下来了。村支书{{han:泽绍华}}帮着申请了残疾人补贴。
访谈者：孩子爸爸现在怎么样？
受访者：在床上躺着。县医院的{{han:邓国庆}}大夫说，得长期做康复。{{minority/tibetan:格绒泽翁}}说他拖累了一家人，脾气越来越坏。活佛来家里念过经，给他讲{{trap/famous:格萨尔王}}的故事，他才好一点。社工站来了个姑娘叫{{compound:上官若琳}}，每个月来教他做康复。跟她一起来的还有{{compound:欧阳知远}}，给娃娃们带书。
访谈者：学校呢？
受访者：儿子在{{school:道孚县第二完全小学三年级（1）班}}，老师是{{han:蒋玉梅}}，她说{{minority/tibetan:彭措}}也爱画画，画的都是牦牛。外甥的班主任是{{han:何明亮}}，他给娃娃补课不收钱。大女儿的老师{{han:冉兴荣}}说，{{minority/tibetan:曲宗}}她成绩好，考{{trap/place:康定}}的高中没问题。
访谈者：家里收入靠什么？
受访者：挖{{trap/minority_word:虫草}}，一年能挣一万多。还有几头牦牛，打{{trap/minority_word:酥油}}、做{{trap/minority_word:糌粑}}自己吃。{{trap/minority_word:转山会}}的时候我背着卖点手工，娃娃们就在家照看他爸。我姑姑{{minority/tibetan:益西拉珍}}住在镇上，有事我就把小的送她那。{{minority/tibetan:益西拉珍}}她自己也不容易，腿上有风湿。
访谈者：您一个人怎么照顾这么多人？
受访者：天不亮就起来，先给男人翻身、擦洗，再烧茶、做早饭。大女儿在家的时候帮我，她不在，外甥就帮着喂牛。儿子小，可他会给他爸读课本，他爸听着听着就睡着了。晚上我缝补衣服，常常到半夜。有时候累得坐在门槛上就睡过去了，醒了天都亮了。
访谈者：您男人的康复有进展吗？
受访者：有一点。社工教的那些动作，我每天帮他做两回，现在手能抬起来了，能自己端碗。县里残联送了一张轮椅，天好的时候我推他到院子里晒太阳。他看着娃娃们在院子里跑，脸上才有点笑。他以前是村里最好的木匠，谁家盖房子都请他，现在村里人盖房子还来问他怎么弄，他说着说着就来劲了。
访谈者：外甥跟你们处得好吗？
受访者：好。刚来的时候不说话，夜里哭着找他妈。我就跟他睡一个被窝，给他讲他妈小时候的事。现在他叫我阿妈，跟我的两个娃娃就像亲兄妹一样。过年的时候，我们一家去寺里给他妈点灯，他磕了好多头。
访谈者：村里还有别的人帮你们吗？
受访者：有。隔壁的{{han:邓秀兰}}大姐每年帮我们收青稞，她男人开拖拉机把粮食拉回来。乡小学退休的{{han:冉德福}}老师每个礼拜来给外甥补数学，一分钱不要。还有县里的志愿者，过年送来米、油和新被子。我不会说谢谢的汉话，就给他们倒酥油茶，他们喝一碗，我就再倒一碗。
访谈者：登记表要写地址和号码。
受访者：家在{{address:道孚县鲜水镇呷拉村二组16号}}，我妹妹原先租的房子是{{address:鲜水镇团结路康桑小区3栋1单元202室}}。我身份证{{id_number@wmid.513326}}，外甥的{{id_number@my2012hyphen.513326}}。我的电话{{mobile@hyphen}}，{{han:罗秀珍}}的电话{{mobile@plus86}}。我的微信是女儿给弄的，叫{{wechat:gerong_wengmu}}。大女儿有QQ，她说号码是{{qq:2074518396}}。
访谈者：名字登记对了吗？
受访者：不太对。学校有写成{{spaced:降 央 曲 宗}}的，低保表上我男人是{{spaced:格绒　泽翁}}，户口上外甥写成了{{spaced:洛 绒 翁 加}}。
访谈者：您最盼什么？
受访者：盼男人能坐起来，盼三个娃娃都上大学。
""")

# H275: Hui grandmother in 临潭 (甘南); her son is in prison, her daughter works in 拉萨.
DOCS["H275"] = ("family", """\
访谈者：奶奶，您家里现在几个娃娃？
受访者：四个，都是孙子外孙。我叫{{han:马桂香}}，经名{{minority/hui:宰乃甫}}，家在{{trap/place:临潭}}城关，离{{trap/place:合作}}一百多里。儿子{{han:敏德成}}跟人合伙贩牛，叫人骗了钱，一着急打伤了人，判了四年，在{{trap/place:兰州}}服刑。儿媳妇走了，两个娃娃留给我。闺女{{han:敏秀芳}}跟女婿{{han:丁文山}}在{{trap/place:拉萨}}开饭馆，她的两个娃娃也放在我这。
访谈者：孩子们多大？
受访者：孙子{{minority/hui:敏伊斯哈目}}十三，学名{{han:敏国栋}}，在{{school:临潭县第一中学初一（5）班}}。孙女{{minority/hui:敏麦穆乃}}十岁，我们叫{{minority/hui:麦穆乃}}。外孙{{minority/hui:丁撒里哈}}九岁，外孙女{{minority/hui:丁鲁给耶}}六岁。{{minority/hui:麦穆乃}}和外孙在{{school:城关镇回民小学四年级（6）班}}一个班。
访谈者：儿子的事孩子们知道吗？
受访者：大的知道。{{minority/hui:伊斯哈目}}说他爸是糊涂了，不是坏人。有一回同学笑话他，他不吭声，回来趴在炕上哭。我去学校找了{{han:丁明轩}}老师，老师在班上说了，谁家都有难处。
访谈者：谁帮过你们？
受访者：{{trap/org:清真寺}}的{{han:穆占林}}阿訇，他经名{{minority/hui:海姆宰}}，{{minority/hui:海姆宰}}阿訇每个月都让乡老们给我家送面、送油。社区的儿童主任{{han:拜玉琴}}给孙子孙女报了事实无人抚养，每人每月{{trap/number:一千二百八}}。{{han:拜玉琴}}也常来，帮我去{{trap/org:县民政局}}跑手续。社区书记{{han:杨守仁}}那边给办了低保。县里的社工{{compound:司马晴川}}来过三回，她同事是{{compound:皇甫思远}}，小伙子给娃娃们补英语。
访谈者：您身体怎么样？
受访者：腿疼，心口也不舒服。乡卫生院的{{han:冶凤霞}}大夫说是心脏的毛病，叫我少操心。我咋能少操心？四个娃娃要吃要穿要上学。邻居{{minority/hui:马苏莱曼}}家的媳妇常来帮我蒸馍，她男人{{han:马进福}}给我家拉过两车煤。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}，我给娃娃们炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，寺里散{{trap/minority_word:乜贴}}，阿訇给娃娃们讲{{trap/famous:穆罕默德}}圣人小时候也是孤儿的故事。{{minority/hui:敏伊斯哈目}}听了就说，奶奶，我以后也要帮没爹妈的娃娃。
访谈者：闺女那边呢？
受访者：闺女在{{trap/place:拉萨}}一年回来一趟，每个月寄一千块。{{han:丁文山}}他人老实，就是挣得少。外孙女心思{{trap/word:敏感}}，想她妈，晚上哭，我就抱着她拍。
访谈者：您一个人怎么顾得过来四个？
受访者：顾不过来也得顾。早上五点起来做礼拜，然后擀面、烧茶，把大的送出门，再给小的穿衣服。中午去学校门口等着，晚上一个一个看作业，我不识字，就看写满了没有。夜里外孙女尿炕，我起来换褥子，一夜醒好几回。邻居们看我可怜，有的送来旧衣裳，有的帮我把麦子拉到磨坊去磨。
访谈者：孙子去看过他爸吗？
受访者：去过一回，坐了一天的班车到{{trap/place:兰州}}。隔着玻璃说话，儿子一句话没说完就哭了，孙子倒没哭，回来的路上一直看窗外。回到家他跟我说，奶奶，我不恨我爸，我就想他早点回来。我听了心里跟刀子割一样。
访谈者：坊上的人怎么看你们家？
受访者：大多数人好，也有说闲话的，说坐牢的人家娃娃学不好。我说娃娃有啥错，大人的事不能算到娃娃头上。阿訇在主麻日也讲过，说帮扶孤儿是大善功，以后说闲话的就少了。
访谈者：娃娃们的学习谁管？
受访者：我不识字管不了。寺里有个年轻的满拉叫{{han:敏学忠}}，晚上来给娃娃们讲作业。{{han:敏学忠}}他自己也是小时候没了爹的，知道这滋味。学校的{{han:丁明轩}}老师也常打电话问，说{{minority/hui:麦穆乃}}的字写得好，让她当了小组长。外孙上课爱说话，老师罚他站，他回来还不服气，我说老师是为你好。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:临潭县城关镇西街村三社21号}}，闺女在{{trap/place:拉萨}}租的房是{{address:城关区北京中路阳光花园7号楼3单元501室}}。我身份证{{id_number@wold.623021}}。我电话{{mobile@spaced}}，闺女电话{{mobile@plus86spaced}}，她微信{{wechat:minxiufang_ls}}。孙子玩QQ，号码他写在墙上了，我念：{{qq:3205816749}}。
访谈者：名字都登记对了吗？
受访者：经名写法各不一样。学校有写成{{spaced:敏 伊 斯 哈 目}}的，外孙写成{{spaced:丁撒 里哈}}，我在花名册上是{{spaced:马　桂　香}}。
访谈者：您还想说什么？
受访者：盼儿子早点出来，一家人团团圆圆的。
""")

# H276: Han grandfather in 天门 (湖北) raising four grandchildren; their parents work in 广州 and 温州.
DOCS["H276"] = ("family", """\
访谈者：爹爹，您一个人带几个伢？
受访者：四个。我叫{{han:熊德汉}}，六十九了，老伴{{han:龚桂珍}}前年中风走了。我们屋在{{trap/place:天门}}{{trap/place:竟陵}}往北的{{trap/place:汪场}}，靠着{{trap/place:汉江}}。儿子{{han:熊志华}}和儿媳{{han:龚春燕}}在{{trap/place:广州}}做服装，姑娘{{han:熊小莉}}跟女婿{{han:涂国平}}在{{trap/place:温州}}鞋厂。四个伢都丢给我。
访谈者：孩子们叫什么？
受访者：儿子的两个，大的{{han:熊子豪}}，屋里都叫他{{han:藕节}}，十二；小的{{han:熊雨萱}}，叫{{han:菱角}}，八岁。姑娘的两个，{{han:涂佳怡}}十岁，小名{{han:米粒}}；{{han:涂浩然}}六岁，叫{{han:秤杆}}。{{han:藕节}}他长得胖，{{han:菱角}}就瘦，{{han:米粒}}也瘦，{{han:秤杆}}最皮。
访谈者：上学怎么样？
受访者：{{han:藕节}}在{{school:汪场镇中学初一（4）班}}，班主任是{{han:喻春风}}老师，她说伢作文写得好。{{han:菱角}}和{{han:米粒}}在{{school:汪场镇中心小学二年级（3）班}}和四年级。小学的{{han:汪家和}}老师管得严，{{han:汪家和}}说过几回，说伢们家里没大人管，作业签字都是我签，我又认不得几个字。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:余长青}}，{{han:余长青}}都是晚上来，白天她要下地。她跟镇里说了，把四个伢都报成留守儿童，又帮我申请了临时救助，一次给了{{trap/number:两千四}}。镇民政所的{{han:肖国强}}所长来屋里看过，说我年纪大了，可以报个低保。县里社工站有个姑娘叫{{compound:诸葛晓岚}}，还有{{compound:宇文博涛}}，两个人每个礼拜来给伢们辅导作业。
访谈者：您身体还行吗？
受访者：腰不好，血压也高。镇卫生院的{{han:彭德明}}大夫给我开药，说莫累着。隔壁{{han:胡桂英}}婶看我忙不过来，常把{{han:秤杆}}接到她屋里吃饭。她男人{{han:鲁长生}}那边也帮我打过农药。
访谈者：孩子们跟爸妈联系多吗？
受访者：一个礼拜打一回视频。{{han:熊志华}}说过年回来，年年说，年年回不来。{{han:熊小莉}}就好点，去年回来住了半个月。{{han:菱角}}想她妈想得哭，{{han:龚春燕}}在电话里也哭。
访谈者：平时伢们做什么？
受访者：放学回来帮我摘棉花、喂鸡。我给他们讲{{trap/famous:陆羽}}的故事，说他也是没爹没妈，被庙里的和尚捡回去养大的，后来写了《茶经》。{{han:藕节}}听了说，爹爹，那我长大也写本书。屋里做{{trap/word:蒸菜}}，{{han:米粒}}最爱吃{{trap/word:胡萝卜}}。
访谈者：四个伢，一天怎么安排？
受访者：早上五点半起来煮稀饭、炒个菜，六点半喊伢们起床。大的自己走，小的三个我骑三轮车送。送完了去田里，中午回来热饭，下午接人，晚上烧水给他们洗澡。伢们睡了我才能坐一下，抽根烟，看会儿电视。有时候困得在椅子上就睡着了，半夜冻醒了再上床。
访谈者：伢们之间相处得好吗？
受访者：吵是天天吵，打也打，可外人欺负哪一个，四个都上。有一回村里大伢抢了小的书包，老大一个人追出去半里路把书包夺了回来，脸上挂了彩也不哭。我又气又心疼，给他上了药，跟他说下回莫打架，喊爹爹去。
访谈者：您最担心的是什么？
受访者：我怕我哪天倒下了，伢们没人管。前年冬天我在田埂上摔了一跤，躺了半个月，是隔壁婶子帮我做的饭。那半个月我天天想，我要是走了，这四个伢咋办。我跟儿子说过，他说再干两年就回来，在镇上开个店。我就盼着这一天。
访谈者：伢们的外婆那边呢？
受访者：外婆{{han:涂秀莲}}在{{trap/place:岳口}}，七十多了，腿不好，来不了。她有时候托人带些腌菜、腊鱼过来。亲家公{{han:龚长林}}前年走了，亲家母一个人守着屋，种点菜。过年我带伢们去看她，她屋在{{address:天门市岳口镇新堤村三组9号}}，伢们一去她就笑得合不拢嘴。
访谈者：表上要登记地址、证件和电话。
受访者：屋在{{address:天门市汪场镇毛湖村五组27号}}。我身份证{{id_number@mold.429006}}。我电话{{mobile@plain}}，儿子的电话{{mobile@h38}}，他微信{{wechat:xiong_zhihua1988}}。{{han:藕节}}有QQ，他说号码是——你等我找一下，写在日历上——{{qq:875063291}}。
访谈者：表上名字有写错的吗？
受访者：有。学校名单把{{han:涂佳怡}}写成{{spaced:涂 佳 怡}}，低保表上我是{{spaced:熊德 汉}}，儿媳写成了{{spaced:龚　春　燕}}。
访谈者：您最大的心愿？
受访者：伢们平平安安长大，儿子姑娘能回来一个。
""")

# H277: Han teacher in 西昌 (凉山) with Yi pupils; she reaches their parents on WeChat and QQ.
DOCS["H277"] = ("staff", """\
访谈者：您带的班上困境儿童多吗？
受访者：多。我叫{{han:卢婉清}}，在{{trap/place:西昌}}城郊一所小学教书，{{school:西昌市川兴镇中心小学六年级（2）班}}的班主任。班上四十六个娃娃，彝族占一大半，爸妈出去打工的、单亲的、没爹没妈的，十几个。
访谈者：您说几个具体的吧。
受访者：头一个是{{minority/yi:吉克伍呷}}，十二岁。她爸{{minority/yi:吉克拉博}}在{{trap/place:昆明}}工地上摔死了，妈妈改嫁去了{{trap/place:昭觉}}。{{minority/yi:伍呷}}跟奶奶过，奶奶不会说汉话。我跟她家联系靠她叔叔，叔叔的微信名就叫{{minority/yi:吉克木乃}}，微信号是{{wechat:jike_munai83}}。{{minority/yi:伍呷}}也乖，每天早上走一个钟头山路来上学。
访谈者：她的补助怎么办的？
受访者：村里的儿童主任{{han:宋丽蓉}}给报了事实无人抚养，每月{{trap/number:一千二百五}}。{{han:宋丽蓉}}跟我说，奶奶把钱都存着，说留给孙女读大学。
访谈者：第二个呢？
受访者：第二个是{{minority/yi:阿苏日火}}，男孩，他爸{{minority/yi:阿苏拉达}}吸毒，进了戒毒所；他妈{{minority/yi:沙马阿芝}}有病，在{{trap/org:州医院}}透析。{{minority/yi:日火}}说他不想上学了，要去打工给他妈治病。我找了学校的心理老师{{han:晏春梅}}，又找了镇上社工站的{{compound:澹台沐月}}，她跟{{compound:令狐思源}}两个人去他家做过家访。他妈QQ上叫“{{minority/yi:沙马阿芝}}”，QQ号{{qq:1386027594}}，我有事就在QQ上留言，她透析完了回我。
访谈者：第三个？
受访者：{{minority/yi:海来阿呷}}，十一岁，爸妈都在{{trap/place:东莞}}电子厂，她跟外公{{minority/yi:曲比石者}}。外公七十多了，放羊。{{minority/yi:阿呷}}就是学习跟不上，上课老打瞌睡，一问才知道，早上四点起来喂猪。她爸微信上叫{{minority/yi:海来日哈}}，我跟他说了几回，他说过年回来。
访谈者：还有别的吗？
受访者：还有{{han:马文俊}}，也是彝族，家里起的汉名，他爸妈离了婚，都不要他，跟着姑姑{{han:马秀英}}过。{{han:马文俊}}他画画好，去年在{{trap/place:凉山}}州里得了奖。还有一对姐弟，{{minority/yi:俄底依莫}}和{{minority/yi:俄底尔古}}，妈妈在牢里。弟弟在{{school:川兴镇中心小学三年级（1）班}}，班主任是{{han:苟德芳}}老师。
访谈者：学校怎么帮这些孩子？
受访者：营养午餐是国家的，每天一个鸡蛋一盒奶。校长{{han:敖志强}}给困境儿童每学期多发一套校服。{{trap/minority_word:火把节}}放假的时候，我们让住得远的孩子在学校住着。{{trap/minority_word:彝族年}}我去家访，吃{{trap/minority_word:坨坨肉}}，喝{{trap/minority_word:燕麦酒}}，孩子们教我跳{{trap/minority_word:达体舞}}。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。
访谈者：您跟家长联系有困难吗？
受访者：有。很多家长不识字，只能发语音。{{trap/year:2020年}}以后家家有了智能手机，才方便些。{{minority/yi:伍呷}}的叔叔手机号{{mobile@plain}}，{{minority/yi:海来日哈}}的号码{{mobile@plus86dash}}。儿童主任的QQ是{{qq:2716594083}}，她说微信老掉线，QQ稳当。{{han:苟德芳}}老师的微信号是{{wechat:goudefang_xc}}，我们俩建了一个家长群。
访谈者：您自己家里支持您做这些吗？
受访者：我爱人开始不太理解，说你一个月工资才几千块，还老往学生家里贴钱。后来他跟我去了一趟山里家访，看见娃娃们住的土房子，屋顶透风，一家人睡一张床，回来就不说了，还主动给娃娃们买了棉鞋。我们自己的孩子在城里上初中，周末也跟我去学校，给小同学们讲故事。
访谈者：这些孩子毕业以后呢？
受访者：我最担心的就是这个。小学毕业了要去镇上读初中，住校，一个月回一次家。有的娃娃上了初一就不念了，跟着亲戚出去打工，才十三四岁。我去年带的那届，有三个没去报到，我一家一家去找，找回来两个。还有一个女孩子，家里给她说了亲，我跟村干部、派出所一起去做工作，总算把她劝回了学校。现在她初二了，成绩还不错，过年给我发了个语音，说老师谢谢你。
访谈者：学校里还有谁跟您一起做这些？
受访者：副校长{{han:晏国华}}管资助，每学期把困境儿童的名单报给教育局。食堂的{{han:苟秀英}}阿姨，看哪个娃娃吃不饱，就多给盛一勺。还有去年来支教的大学生，给娃娃们上音乐课、美术课，走的时候娃娃们送到村口，哭成一片。
访谈者：名册上的名字有问题吗？
受访者：有。彝文名字译成汉字各写各的，{{minority/yi:吉克伍呷}}在花名册上是{{spaced:吉克 伍呷}}，{{minority/yi:俄底尔古}}写成{{spaced:俄 底 尔 古}}，{{minority/yi:阿苏日火}}写成{{spaced:阿　苏　日　火}}。
访谈者：您最想说的是什么？
受访者：这些娃娃不笨，就是缺人管。有人管一管，他们就能走出大山。
""")

# H278: Kazakh mother in 哈巴河 (阿勒泰); her husband drowned in the 额尔齐斯河, three children.
DOCS["H278"] = ("family", """\
访谈者：大姐，您先介绍一下自己和家里吧。
受访者：我叫{{minority/kazakh:加米拉·哈力别克}}，三十八岁，在{{trap/place:哈巴河}}县城边上住。男人{{minority/kazakh:叶尔波拉提·吾拉孜别克}}三年前春天去{{trap/place:额尔齐斯河}}边上找走丢的马，冰化了，人掉下去就没上来。家里剩我和三个孩子，还有他妈妈。
访谈者：孩子们多大了？
受访者：大女儿{{minority/kazakh:阿依扎达·叶尔波拉提}}十四，户口本上没有点，写成{{minority/kazakh:阿依扎达叶尔波拉提}}。{{minority/kazakh:阿依扎达}}在{{school:哈巴河县高级中学初二（1）班}}住校。儿子{{minority/kazakh:别克哈孜}}十岁，小女儿{{minority/kazakh:努尔沙拉}}五岁。{{minority/kazakh:别克哈孜}}就跟他爸一样，爱马，放学回来先去马圈。
访谈者：他走了以后，谁帮过你们？
受访者：村里的儿童主任{{minority/kazakh:古丽努尔·托列根}}，我们叫她{{minority/kazakh:古丽努尔}}。{{minority/kazakh:古丽努尔}}她给三个孩子报了困境儿童补贴，每人每月{{trap/number:九百五}}，又给我报了低保。驻村工作队的{{han:邵红梅}}队长帮我找了份活，在村里的{{trap/org:乡卫生院}}打扫卫生。{{trap/org:县民政局}}的{{han:苗振东}}科长来家里核过情况。
访谈者：婆婆身体怎么样？
受访者：七十六了，眼睛白内障，手术是{{trap/place:阿勒泰}}地区医院的{{han:柏文杰}}大夫做的，不要钱，是救助项目。婆婆天天给孩子们讲他们爷爷的事，讲{{trap/famous:阿拜}}的诗。她就疼{{minority/kazakh:努尔沙拉}}，走哪抱哪。
访谈者：孩子们在学校怎么样？
受访者：大女儿的班主任{{han:殷秀兰}}老师说她数学好，想考{{trap/place:乌鲁木齐}}的高中。儿子的老师是{{minority/kazakh:古丽巴合提}}，{{minority/kazakh:古丽巴合提}}也是寡妇，她最懂我们。学校社工{{compound:慕容晓雯}}每个月找儿子谈一次，她说孩子心里有事不说。县里来的志愿者还有一个叫{{compound:长孙一舟}}的，教孩子们下象棋。
访谈者：亲戚们呢？
受访者：我哥哥{{minority/kazakh:叶尔兰·哈力别克}}在{{trap/place:布尔津}}，每年冬天给我们送两只羊。男人的弟弟{{minority/kazakh:达吾列提·吾拉孜别克}}，我们叫{{minority/kazakh:达吾列提}}，{{minority/kazakh:达吾列提}}他在牧场，夏天把儿子带去转场，教他骑马。邻居{{han:任国富}}是汉族，帮我修过好几回屋顶。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:纳吾热孜节}}我们煮{{trap/minority_word:纳吾热孜饭}}，{{trap/minority_word:古尔邦节}}宰羊，给邻居们送肉。孩子们穿新衣服，给婆婆磕头。我做{{trap/minority_word:包尔萨克}}，大女儿帮着揉面。{{minority/kazakh:阿依扎达}}说，妈妈，等我挣钱了，你就不用扫地了。
访谈者：冬天日子怎么过？
受访者：冬天长，雪大，零下三十多度。煤是村里给的，一冬天要烧四吨。早上我先起来生炉子，把奶茶烧上，再叫孩子们起床。儿子要去给马添草，我不让他去，他非要去，说这是他爸留下的马。夜里风大，屋顶的铁皮哗哗响，小女儿害怕，就钻到我被窝里来。
访谈者：您自己难过的时候怎么办？
受访者：刚开始那一年，我天天哭，不想吃饭，也不想见人。是婆婆拉着我的手说，孩子们还看着你呢。我就想，我要是倒了，这个家就散了。后来我去乡卫生院上班，跟人说说话，心里就慢慢好了。现在我晚上给孩子们弹冬不拉，唱他们爸爸爱唱的歌，孩子们跟着唱，唱着唱着，我们都笑了。
访谈者：孩子们以后有什么打算？
受访者：大女儿想当医生，说要是当年有人会救，她爸就不会没了。儿子说要当兽医，回牧场给牛羊看病。小的还小，她说要当老师，跟她哥哥的老师一样。
访谈者：您在卫生院工作怎么样？
受访者：挺好。院长{{han:邵建华}}知道我家的情况，让我早上晚点来，先把孩子送上学。护士{{han:苗春燕}}教我认字，我现在能看懂药盒上的汉字了。工资一个月两千出头，加上低保和补贴，够孩子们吃穿。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:哈巴河县萨尔布拉克镇齐巴尔村二组18号}}。我身份证{{id_number@wmidhyphen.654324}}，大女儿的{{id_number@wy2011fw.654324}}。我电话{{mobile@fullwidth}}，{{minority/kazakh:古丽努尔}}的电话{{mobile@s38}}。大女儿的微信{{wechat:aizada_0311}}，QQ她说号码是她生日加几个数——{{qq:４１９６０２７３}}。
访谈者：名字在表上写对了吗？
受访者：有的写点，有的不写。学校写成{{spaced:阿依扎达 · 叶尔波拉提}}，低保表上我是{{spaced:加米拉　·　哈力别克}}，儿子写成{{spaced:别 克 哈 孜}}。
访谈者：您最想说的？
受访者：我一个人也能把孩子们带大。只要他们好好念书，我再苦也不怕。
""")

# H279: Han social worker in 多伦 (锡林郭勒) reading out a case file.
DOCS["H279"] = ("staff", """\
访谈者：您在社工站负责哪些个案？
受访者：我叫{{han:綦雅婷}}，在{{trap/place:多伦}}县社工站，管全县的困境儿童个案。我把手上的档案给你念几个，名字号码都按表上的念。
访谈者：好。
受访者：头一份，儿童{{han:訾浩宇}}，男，十一岁。父亲{{han:訾建军}}前年在{{trap/place:锡林浩特}}跑运输出车祸去世，母亲{{han:房秀云}}改嫁，现在跟奶奶{{han:訾桂荣}}过。申请表上监护人一栏写的是{{han:訾桂荣訾桂荣}}，老人写了两遍，怕写得不清楚。{{han:訾浩宇}}的身份证{{id_number@my2014.152531}}，奶奶的{{id_number@woldspaced.152531}}。家庭住址{{address:多伦县大北沟镇黑山嘴村三组11号}}。
访谈者：孩子现在怎么样？
受访者：在{{school:多伦县第三小学五年级（3）班}}，班主任{{han:房立新}}老师说他上课不说话。{{han:訾浩宇}}就爱画车，画的都是他爸的大货车。孤儿基本生活费批下来了，每月{{trap/number:一千五百六}}，{{trap/org:县民政局}}的{{han:王海波}}股长签的字。
访谈者：第二份呢？
受访者：第二份，{{han:逯欣怡}}，女，九岁。父亲{{han:逯永刚}}在{{trap/place:多伦}}湖边打鱼，冬天掉进冰窟窿，救上来截了肢，二级残疾；母亲{{han:郜春霞}}有精神病。孩子跟着父母，实际是她在照顾他们。{{han:郜春霞}}她发病的时候打孩子，邻居{{han:李翠屏}}报的警。我们跟派出所的{{han:陈立军}}所长一起去的，后来把孩子临时安置在她大姨{{han:郜春兰}}家。住址{{address:多伦县淖尔镇滨湖小区4号楼1单元302室}}。{{han:逯永刚}}的身份证{{id_number@mmidx.152531}}，电话{{mobile@p86n}}。
访谈者：第三份？
受访者：第三份，{{han:庞子轩}}，男，七岁，父母都在{{trap/place:北京}}打工，一年回来一次。跟爷爷{{han:庞德山}}过，爷爷有哮喘。{{han:庞德山}}说他还能动，不用管，可孩子上回发烧三天，没人送医院。村里儿童主任{{han:张秀英}}发现了，背着孩子去了{{trap/org:镇卫生院}}。孩子的叔叔{{han:庞海峰}}在县城，我们让他签了委托照护协议，表上他的名字也是{{han:庞海峰庞海峰}}，签一遍，印刷体又写一遍。{{han:庞海峰}}的身份证{{id_number@mhyphen.152531}}，微信{{wechat:panghaifeng_dl}}。
访谈者：你们站里几个人？
受访者：五个。站长{{compound:闾丘文博}}，督导是{{compound:尉迟晓彤}}，还有社工{{compound:公孙雨桐}}、{{compound:段干立群}}。{{compound:尉迟晓彤}}是从{{trap/place:张家口}}请来的，每个月来一次。表格上有人把督导写成了{{spaced:尉 迟 晓 彤}}，把站长写成{{spaced:闾丘 文博}}。
访谈者：表上的名字还有别的问题吗？
受访者：有。{{han:訾浩宇}}在学校系统里是{{spaced:訾 浩 宇}}，{{han:逯欣怡}}在医保上是{{spaced:逯　欣　怡}}，{{han:郜春霞}}在残联的表上是{{spaced:郜 春 霞}}，{{han:庞子轩}}在户籍表上写成了{{spaced:庞子 轩}}。我们对表的时候一个一个改。
访谈者：您怎么联系这些家庭？
受访者：打电话、发微信。奶奶的电话{{mobile@spaced}}，{{han:郜春兰}}的电话{{mobile@hyphen}}。我工作微信{{wechat:qiyating_sw}}，QQ是{{qq:2850471936}}，有的家长只会用QQ。
访谈者：一个个案从头到尾要多长时间？
受访者：快的三个月，慢的好几年。先是入户评估，看孩子吃住怎么样、上学怎么样、有没有人打骂。然后跟民政、学校、村委会一起开个会，定个计划，谁管什么写清楚。再就是每个月回访，看计划落实了没有。孩子满了十八岁，或者家里情况好了，才能结案。有的家庭结了案，过一年又出事，我们又得重新开。
访谈者：你们跟其他部门合作得怎么样？
受访者：大部分时候挺顺。民政局管钱，教育局管上学，卫健委管看病，残联管残疾人的补贴，妇联管家暴。难的是有的事几家都管，又几家都不管，我们就得一家一家跑，把人凑到一张桌子上来。去年我们建了个联席会议，每季度开一次，好多了。
访谈者：您做这行最难的是什么？
受访者：看着孩子难，帮不上。{{trap/place:多伦诺尔}}这地方冬天长，零下三十度，有的家里连煤都烧不起。我们就跟{{trap/org:县红十字会}}要棉被，跟{{trap/org:县残联}}要轮椅。谁家孩子出了事，打{{trap/hotline:12345}}或者青少年热线{{trap/hotline:12355}}都能转到我们这，给每家送两袋煤。有个老人跟我说，{{trap/famous:康熙}}爷当年在这会盟，我们这儿也算有名的地方，可孩子们还是苦。
访谈者：最后您想说什么？
受访者：个案做不完，可每做成一个，心里就踏实一点。
""")

# H280: Han mother in 松原 (吉林); her husband is in prison for a fight.
DOCS["H280"] = ("family", """\
访谈者：大姐，您家的情况能说说吗？
受访者：能。我叫{{han:栾淑华}}，家在{{trap/place:松原}}{{trap/place:宁江区}}。孩子他爸{{han:仇志刚}}前年在饭店跟人喝酒打起来，把人打成重伤，判了五年，在{{trap/place:长春}}服刑。家里剩我，两个孩子，还有婆婆{{han:于翠娥}}。
访谈者：孩子们多大了？
受访者：闺女{{han:仇欣悦}}十三，在{{school:松原市第四中学初一（7）班}}；儿子{{han:仇博文}}八岁，在{{school:宁江区实验小学二年级（5）班}}。{{han:仇欣悦}}也知道她爸的事，有一回班上有人说她爸是劳改犯，她把人推倒了。班主任{{han:初丽君}}老师找我，我哭着跟老师说了家里的事。{{han:初丽君}}都没批评她，还给她申请了助学金。
访谈者：您怎么维持生活？
受访者：我在{{trap/place:查干湖}}边的鱼馆帮厨，一个月两千八。婆婆有高血压，{{han:于翠娥}}她每天给孩子们做饭，接送小的。社区主任{{han:白金凤}}帮我们报了低保，又把两个孩子报成困境儿童，每人每月{{trap/number:六百八}}。{{han:白金凤}}那边还帮我找了个律师，叫{{compound:东方明哲}}，说能帮孩子申请司法救助，他{{trap/year:2023年}}帮过一家跟我们一样的。
访谈者：孩子们去看过爸爸吗？
受访者：去过两回。{{han:仇志刚}}他在里面表现好，减了几个月刑。他是{{trap/year:2024年}}进去的。他跟儿子说，爸爸错了，你别学爸爸。{{han:仇博文}}就哭，回来好几天不说话。监狱里的{{han:石长城}}管教说，孩子来看对他改造有好处。
访谈者：还有谁帮过你们？
受访者：我娘家弟弟{{han:栾金宝}}，{{han:栾金宝}}就在{{trap/place:前郭}}种地，秋收了给我们拉米。我大姐{{han:栾淑芬}}在{{trap/place:哈尔滨}}，过年给孩子们买衣服。对门的{{han:赵春旺}}叔、{{han:孙玉兰}}姨都好，孩子放学没人，就在他们家写作业。区里的社工{{compound:上官明玥}}，还有社工站的{{compound:欧阳晨露}}，给闺女做心理辅导。街道的{{han:刘满仓}}主任过年给送米面油。
访谈者：您自己有什么难处？
受访者：累。有时候夜里睡不着，想他还有三年才出来。孩子们的学费、补课费都要钱。{{trap/word:白条}}我打了好几张，都是找亲戚借的。我跟孩子们说，咱们不偷不抢，穷不丢人。婆婆给孩子们讲{{trap/famous:岳飞}}的故事，说要精忠报国，不能走歪路。
访谈者：孩子们跟爸爸通信吗？
受访者：通。闺女每个月给他写一封信，写学校的事、考试的分数、家里的事。他回信写得歪歪扭扭，可每封都写满两张纸。儿子不会写字，就画画，画一家四口手拉手，画他爸穿着警服，说他爸是去当警察了。我没跟他说破，等他大点再说。
访谈者：您对以后有什么打算？
受访者：我想再攒点钱，开个小吃摊，自己当老板，时间自由，能多陪陪孩子。社区说可以给我申请创业贷款，利息国家贴一部分。婆婆说她能帮我包饺子、炸丸子。等他出来了，我们两口子一起干，把日子过起来。我跟他说过，出来了要是再喝酒打架，这个家就不要了，他在信里发了誓。
访谈者：孩子们在学校有没有受到歧视？
受访者：刚出事那阵有，现在好多了。老师在班上开过班会，讲谁家都有难处，不能笑话人。闺女的同桌家里也是单亲，两个孩子成了好朋友，互相借作业看，周末一起去图书馆。
访谈者：婆婆跟您处得怎么样？
受访者：好。她说她儿子对不起我，她替他还。我上夜班，她就搂着两个孩子睡。她自己也有病，舍不得吃药，药钱都省下来给孩子交补课费。小区里的{{han:郎秀珍}}大姐是护士，隔三岔五来给她量血压。楼下开超市的{{han:付春来}}，我赊账他从来不催。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:松原市宁江区民乐街道和平小区9号楼4单元501室}}，婆婆原来住{{address:前郭县王府站镇长龙村四组23号}}。我身份证{{id_number@wmidfwspaced.220702}}，闺女的{{id_number@wy2013.220702}}。我电话{{mobile@plain}}，婆婆的{{mobile@fws}}。闺女的微信{{wechat:xinyue_qiu2013}}，QQ是{{qq:3617205948}}，她说QQ上都是同学。
访谈者：表上名字写对了吗？
受访者：低保表把我写成{{spaced:栾 淑 华}}，把闺女写成{{spaced:仇欣 悦}}，把婆婆写成{{spaced:于　翠　娥}}，孩子他爸那栏是{{spaced:仇 志 刚}}。
访谈者：您最盼什么？
受访者：盼他早点出来，孩子们好好长大，一家人再也不分开。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=273,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
