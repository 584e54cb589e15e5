# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 57 (tests/pii/holdout57/H441-H448 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 56, written at the same time by another
writer, is not an earlier set).

Set 57 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father in
杜尔伯特 (大庆, 黑龙江) whose wife is on dialysis, raising their two children and the daughter of his brother, who
drowned fishing through the ice; a Tibetan grandmother in 左贡 (昌都) raising the children of a son in prison and of
a daughter crippled by a fall; a Hui grandmother in 静宁 (平凉) raising the children of a son with black lung whose
wife left; a Han father in 保靖 (湘西), widowed by leukaemia, whose children go by word nicknames; a Han township
social worker in 会宁 (白银) who reaches children, parents and officials on WeChat and QQ; a Uyghur father in 民丰
(和田) whose wife is treated for cancer in 乌鲁木齐, raising their three children and his dead brother's son; a Han
court clerk in 鹤峰 (恩施) reading from the file of a guardianship case; and a Han mother in 理县 (阿坝) whose husband
works on building sites in 成都, raising a son with cerebral palsy, a daughter and her sister's left-behind boy.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters, alone and after the Han surnames 包 and 吴 (额尔顿陶格陶, 赛音朝克图,
舍冷其其格, 包图门吉日嘎拉, 吴特木其勒) with short forms (陶格陶, 赛音); Tibetan names of 左贡 (贡觉曲措, 洛绒泽仁,
次松拉姆, 白玛群宗, 格列多吉) with short forms (洛绒, 次松), a Han surname before a Tibetan given name (杨多吉) and
Han names of Tibetans (曾文强, 罗建华); Hui Han-form names (苏秀珍, 马志成) beside 经名 used alone (哈吉尔, 尔莎,
罕志) and a Han surname before an Arabic name (马尔莎, 马罕志, 者麦尔彦); Uyghur given name + father's name with and
without the dot (图拉洪·买托合提, 卡米力江·图拉洪, 卡米力江图拉洪) and short forms (图拉洪, 卡米力江, 阿依夏木, 艾尼瓦尔); Han
word nicknames annotated whole; Han names with common and rare surnames, titles and kin words, names that contain
words, names written twice on a form, names directly before particles and verbs and after 叫/是/给/跟/和/找/让;
spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and written the many
ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:苏秀珍}}``, ``{{qq:2390718645}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011spaced.230624}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES), and the birth year
                                   and sex digit match the person where the transcript gives them;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 所长, 老师, 大夫, 医生, 法官,
阿訇, 大姐, 婶, 姨, 嬢嬢, 叔) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就,
还, 她, 他, 他们家, 那边, 跟, 和) are outside the span; a word nickname is annotated whole. Han-style names of
Tibetan and Hui people (曾文强, 罗建华, 苏秀珍) are category han; a Han surname before a non-Han given name (杨多吉,
马尔莎, 包图门吉日嘎拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout57/make_holdout57.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(57_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "186", "189", "193",
                   "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H441: Mongolian father in 杜尔伯特 (大庆); his wife is on dialysis, his brother drowned fishing through the ice.
DOCS["H441"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:额尔顿陶格陶}}，户口上的汉名是{{han:吴振海}}，在{{trap/place:杜尔伯特}}{{trap/place:巴彦查干乡}}住了四十多年，屯里人都喊我{{minority/mongolian:陶格陶}}。媳妇{{minority/mongolian:敖敦高娃}}得了尿毒症，一个礼拜去{{trap/place:大庆}}透析三回。家里三个孩子，两个是我的，一个是我哥留下的。
访谈者：您哥哥家出了什么事？
受访者：我哥{{minority/mongolian:塔本巴雅尔}}前年冬天在{{trap/place:连环湖}}上打冬网，冰裂了，人没上来。嫂子{{han:韩玉翠}}回了{{trap/place:齐齐哈尔}}娘家，第二年改了嫁，闺女{{minority/mongolian:萨其日拉}}就留给了我们。{{minority/mongolian:萨其日拉}}也懂事，管我叫阿爸，管她婶叫额吉。
访谈者：您自己的两个孩子呢？
受访者：大儿子{{minority/mongolian:赛音朝克图}}十四，在{{school:杜尔伯特蒙古族中学初二（4）班}}住校；小闺女{{minority/mongolian:舍冷其其格}}九岁，在{{school:巴彦查干乡中心小学三年级（1）班}}。家里喊儿子{{minority/mongolian:赛音}}，{{minority/mongolian:赛音}}他个子比我都高了，周末回来帮我铡草喂牛。小闺女就爱跟着她姐，姐俩睡一个炕。
访谈者：媳妇看病的钱怎么办？
受访者：医保报一大半，剩下的靠借。村支书{{minority/mongolian:包图门吉日嘎拉}}给我们报了低保，一个月{{trap/number:一千一百六}}。乡里民政助理{{han:邰宏伟}}来核了两回，他说侄女能按孤儿报，孤儿基本生活费比低保多。县医院肾内科的{{han:鄂春华}}大夫人好，{{han:鄂春华}}说透析自付的那块能走大病救助，{{trap/org:县残联}}还给我办了个残疾证，我腰上有旧伤。
访谈者：媳妇透析的日子，家里怎么安排？
受访者：礼拜一、三、五坐早上五点的客车进城，我陪着去。家里的牛托给屯里的{{han:汪淑华}}大姐照看，她男人{{han:于德厚}}也帮着饮水、添草。小闺女放学没人管，就去{{han:汪淑华}}家写作业，吃了饭再回来。透析室的护士长{{han:栾丽娜}}知道我们难，每回都给媳妇留个靠窗的床，还把自己闺女穿小的棉袄包好了让我带回来。有一回赶上大雪封路，客车停了，我们两口子在医院走廊上坐了一宿，第二天才搭上拉煤的车回家。
访谈者：村里还有谁帮您？
受访者：儿童主任{{minority/mongolian:满达日娃}}，一个月来两回，给孩子们量身高、看作业。{{minority/mongolian:满达日娃}}说话快，嗓门大，孩子们都怕她又都喜欢她。县社工站来过一个姑娘，叫{{compound:皇甫岚清}}，跟她一块来的是{{compound:拓跋文韬}}，小伙子会拉四胡，{{trap/word:白天}}陪孩子们写作业，晚上给我们拉曲子。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:白淑梅}}老师说他蒙语作文好，就是数学差。小闺女的老师{{han:任秀云}}年轻，教她们唱{{trap/minority_word:好力宝}}。侄女在镇上念初一，{{school:他拉哈镇第二中学初一（2）班}}，她说班里有个同学也没了爸，俩人处得好。
访谈者：过节的时候呢？
受访者：六月{{trap/minority_word:那达慕}}，七月祭{{trap/minority_word:敖包}}，我带孩子们去看摔跤。{{minority/mongolian:赛音}}说长大要当搏克手。晚上我给他们讲{{trap/famous:嘎达梅林}}的故事，讲到他死在河边，小闺女哭了。
访谈者：邻居们怎么样？
受访者：东院{{minority/mongolian:伊德日胡}}家有四轮子，秋天帮我拉苞米；西院是汉族{{han:谷长顺}}，他家的狗天天跟着{{minority/mongolian:舍冷其其格}}上学。村会计{{minority/mongolian:吴特木其勒}}帮我填表，{{trap/word:包括}}低保、医保、残疾证，一填就是半天。
访谈者：登记表上要写住址、证件和电话。
受访者：家在{{address:杜尔伯特县巴彦查干乡新艾力村三组14号}}，媳妇透析的时候在{{trap/place:让胡路区}}租个屋，{{address:让胡路区银浪街道晨曦小区9号楼2单元503室}}。我身份证{{id_number@mmid.230624}}，侄女的{{id_number@wy2011spaced.230624}}。我电话{{mobile@plain}}，媳妇的{{mobile@s434}}。儿子有微信，叫{{wechat:saiyin_chaoketu08}}，QQ号我念一下，他写在门框上了：{{qq:2390718645}}。
访谈者：表上名字写得对吗？
受访者：常出错。学校花名册上是{{spaced:萨 其 日 拉}}，低保本上是{{spaced:额尔顿 陶格陶}}，医院把媳妇写成{{spaced:敖敦 高娃}}，还有一张表写的是{{spaced:舍　冷　其　其　格}}。
访谈者：您最担心什么？
受访者：我腰不行，干不了重活，媳妇的病又离不开人，就怕哪天我也倒了。{{minority/mongolian:敖敦高娃}}她总说，三个孩子读出书来，咱就熬出头了。{{minority/mongolian:赛音朝克图}}想考{{trap/place:哈尔滨}}的学校，我就盼着他考上。
""")

# H442: Tibetan grandmother in 左贡 (昌都); her son is in prison, her daughter was crippled by a fall.
DOCS["H442"] = ("family", """\
访谈者：阿妈啦，您慢慢说，家里现在几口人？
受访者：四口人，我和三个孙辈。我叫{{minority/tibetan:贡觉曲措}}，今年六十八，住在{{trap/place:左贡县}}{{trap/place:东坝乡}}，{{trap/place:玉曲河}}边上。老伴{{minority/tibetan:洛桑顿旦}}走了十年了。儿子{{minority/tibetan:索朗群培}}前年在{{trap/place:昌都}}跟人喝酒打架，把人打伤了，判了四年，在{{trap/place:拉萨}}服刑。儿媳{{minority/tibetan:拉巴卓玛}}去了{{trap/place:芒康}}，又成了家，电话也不接了。
访谈者：孩子们多大了？
受访者：大孙子{{minority/tibetan:洛绒泽仁}}十三岁，在{{school:左贡县中学初一（3）班}}住校。孙女{{minority/tibetan:次松拉姆}}九岁，在{{school:东坝乡小学三年级（2）班}}。还有一个外孙{{minority/tibetan:杨多吉}}，七岁，是我闺女的孩子。闺女{{minority/tibetan:白玛群宗}}嫁给了四川来的木匠{{han:杨国富}}，前年上山挖{{trap/minority_word:虫草}}的时候滚了坡，腰摔坏了，下不了床。女婿在{{trap/place:邦达}}给人盖房子，娃娃就放在我这儿。
访谈者：几个孩子平时谁照顾？
受访者：就是我。大孙子周末回来帮我背水、放牛，家里叫他{{minority/tibetan:洛绒}}。{{minority/tibetan:洛绒}}也知道疼妹妹，把学校发的牛奶省下来带给她。孙女胆子小，晚上要跟我睡，我们叫她{{minority/tibetan:次松}}，{{minority/tibetan:次松}}说梦话都喊阿爸。{{minority/tibetan:杨多吉}}就是调皮，上房揭瓦，他爸回来一趟，他就跟在屁股后头不撒手。
访谈者：村里、乡里谁管这些事？
受访者：村主任{{minority/tibetan:格列多吉}}，他给两个孙辈按事实无人抚养报了上去，一个月每人{{trap/number:一千二百八}}。乡里民政干部{{han:曾文强}}也是藏族，汉话藏话都好，{{han:曾文强}}跑了好几趟{{trap/org:民政局}}才批下来。儿童主任{{minority/tibetan:尼玛拉珍}}每个月来看，给孩子们剪指甲、洗头。村医{{han:罗建华}}隔几天来给闺女换药，他说闺女这腰要去{{trap/place:成都}}做手术才行。
访谈者：学校呢？
受访者：大孙子的班主任是{{han:卢晓霞}}老师，内地来的，她自己掏钱给他买了一双棉鞋。孙女的老师{{minority/tibetan:仁青卓嘎}}说孩子聪明，就是想她爸，上课爱发呆。县里社工站来过两个人，一个是{{compound:慕容思彤}}，还有一个叫{{compound:上官朗}}，给孩子们带了画笔，让他们画家里的人。
访谈者：闺女的病后来怎么样了？
受访者：去年秋天，县医院的{{han:蒋德昌}}大夫帮着联系了{{trap/place:成都}}的医院，女婿{{han:杨国富}}背着她坐了两天的车。手术费十几万，医保报了一半，{{trap/org:县妇联}}和红十字会各给了一点，村里人你五十我一百，又凑了两万多。现在闺女能拄着拐走几步了，就是干不了重活。她躺在床上那一年，三个娃娃轮流给她端水、倒尿盆，孙女才九岁，给她妈梳头梳得可仔细了。
访谈者：您自己身体怎么样？
受访者：腿疼，风湿，走到乡里要歇三回。最怕冬天，孩子们上学走了，屋里就剩我和闺女，火塘一灭，冷得睡不着。寺里的{{minority/tibetan:嘎松}}喇嘛常来看我们，给娃娃们念经祈福，还教{{minority/tibetan:洛绒}}认藏文。
访谈者：孩子们见过爸爸吗？
受访者：去年{{trap/minority_word:藏历年}}前，社工带着我和孙子孙女去了一趟{{trap/place:拉萨}}，隔着玻璃说了半个钟头话。{{minority/tibetan:索朗群培}}他一直哭，说出来以后不喝酒了。回来的路上{{minority/tibetan:洛绒泽仁}}跟我说，阿妈啦，我长大了不喝酒。
访谈者：家里靠什么过日子？
受访者：低保，孩子们的补贴，还有几亩青稞。邻居{{minority/tibetan:达瓦顿珠}}家帮我收庄稼，他老婆{{minority/tibetan:拥措}}常送{{trap/minority_word:酥油}}过来。我每天早上转经，给孩子们打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}。晚上给他们讲{{trap/famous:格萨尔}}的故事，外孙最爱听。
访谈者：要登记一下住址、证件和电话。
受访者：家在{{address:左贡县东坝乡军拥村二组17号}}，女婿在县城租的房子是{{address:旺达镇吉龙小区4栋2单元301室}}。我的身份证{{id_number@wy1957.540327}}，大孙子的{{id_number@my2012quad.540327}}。我不会用手机，有事打女婿的电话{{mobile@hyphen}}，或者村主任的{{mobile@plus86}}。女婿的微信是{{wechat:yangguofu_mujiang}}。大孙子有QQ，号码他写在我本子上：{{qq:1573402896}}。
访谈者：名字在表上写得对吗？
受访者：经常错。有的写{{spaced:洛 绒 泽 仁}}，有的写{{spaced:次松 拉姆}}，把我写成{{spaced:贡觉　曲措}}，把闺女写成{{spaced:白 玛 群 宗}}。
访谈者：您最盼着什么？
受访者：盼儿子早点出来，盼闺女的腰治好，盼三个娃娃都念出书来。
""")

# H443: Hui grandmother in 静宁 (平凉); her son has black lung from the coal pits, his wife left.
DOCS["H443"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：五口。我叫{{han:苏秀珍}}，经名{{minority/hui:哈吉尔}}，家在{{trap/place:静宁县}}{{trap/place:威戎镇}}，离{{trap/place:平凉}}城一百多里。掌柜的{{han:马占福}}前些年就无常了。儿子{{han:马志成}}在{{trap/place:山西}}煤窑上下了八年井，落下尘肺病，如今喘得下不了炕，氧气机一天开到黑。儿媳{{han:杨彩萍}}受不了这个穷，三年前回了娘家，再没回来。三个孙子孙女就跟着我。
访谈者：孩子们多大？
受访者：大孙女{{minority/hui:马尔莎}}十三，在{{school:威戎中学初一（5）班}}；孙子{{minority/hui:马罕志}}十岁，学校里的名字叫{{han:马浩轩}}，在{{school:威戎镇杨桥小学四年级（3）班}}；最小的{{minority/hui:马艾米乃}}六岁，刚上一年级。家里叫大孙女{{minority/hui:尔莎}}，叫孙子{{minority/hui:罕志}}。{{minority/hui:尔莎}}她心细，放学回来先给她爸拍背、倒痰盂，再做作业。{{minority/hui:罕志}}就是不爱说话，考了第一也不吭声。
访谈者：家里的开销怎么办？
受访者：儿子按重残报了低保，我也在低保里头。三个娃娃算事实无人抚养，每月每人{{trap/number:一千一百四}}，是村上的儿童主任{{han:禹彩琴}}跑下来的。乡上民政专干{{han:杨兴旺}}来核过三回，他说政策上能报的都给报了。县医院的{{han:李玉堂}}大夫每个月下乡一趟，给儿子看肺，说这病治不好，只能养着。
访谈者：儿子的病平时怎么照顾？
受访者：他一口气喘不上来，脸就憋成紫的。夜里我不敢睡死，隔一会儿起来看看氧气管子掉了没有。冬天最难熬，屋里得烧炕，烟大了他咳，不烧又冷。去年腊月他住了一回院，是{{trap/org:乡卫生院}}的车拉到县上的，住了二十天，花了一万多，报了七成。那些天家里就剩我和三个娃娃，大孙女每天早上五点起来烧水、熬罐罐茶，把两个碎的叫起来穿衣裳、吃馍馍，一个一个送到学校门口，自己再跑着去上学，迟到了好几回。老师知道了，没批评她，还在班上表扬了她。
访谈者：娃娃们自己说过想要什么吗？
受访者：碎孙女想要个书包，上面画着小猫的那种。孙子想要一双跑鞋，学校开运动会，他穿着布鞋跑八百米，跑了个第二。大孙女啥也不要，她说她要考到{{trap/place:兰州}}去学医，回来给她爸治病。我听了心里酸，这病哪有那么容易治。
访谈者：寺里帮过你们吗？
受访者：帮了。坊上{{trap/org:清真寺}}的{{han:马德明}}阿訇，经名{{minority/hui:舍哈布}}，他把{{trap/minority_word:天课}}的一份给了我们，{{trap/minority_word:开斋节}}还送了面、油和一只羊腿。乡老{{minority/hui:禹赛义德}}家开拖拉机，秋天帮我们拉苹果。隔壁的{{minority/hui:者麦尔彦}}是个寡妇，自己也难，可娃娃们放学进不了门，她就叫到她家吃饭。
访谈者：学校的老师呢？
受访者：{{minority/hui:马尔莎}}的班主任{{han:窦丽娟}}老师，自己掏钱给她订了一份作文报。{{minority/hui:马罕志}}的老师{{han:苏建民}}是回族，常带他去看他爸。县社工站的{{compound:赫连雨萌}}来过好几回，跟她一起的还有{{compound:欧阳弘毅}}，两个人给娃娃们做心理辅导，让{{minority/hui:尔莎}}每天写日记。
访谈者：孩子们的妈妈有消息吗？
受访者：前年{{trap/minority_word:古尔邦节}}，她偷着来学校门口看过一回娃娃，给{{minority/hui:马艾米乃}}买了双红鞋。碎的那个不认得她了，躲在姐姐后头。我不怪她，一个女人家守着个病人，谁都受不了。
访谈者：平时家里谁干活？
受访者：我。六十七了，还种着五亩苹果。摘果子的时候{{minority/hui:苏阿丹}}兄弟俩来帮忙，他们是我娘家侄子。我{{trap/word:马上}}就干不动了，就盼着娃娃们快长大。晚上娃娃们写作业，我给他们讲{{trap/famous:伏羲}}画八卦、{{trap/famous:李广}}射石头的古经，都是我们这一带的老故事。
访谈者：要登记一下住址、证件和电话。
受访者：家在{{address:静宁县威戎镇杨桥村五社23号}}。儿媳娘家在{{address:静宁县城关镇南关小区6号楼1单元402室}}。我的身份证{{id_number@wy1958hyphen.620826}}，儿子的{{id_number@my1985.620826}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@h38}}，她的微信{{wechat:yucaiqin_jingning}}。{{minority/hui:马尔莎}}有个QQ，她说是跟老师交作业的，号码是——她写在墙上了——{{qq:836190274}}。
访谈者：表上名字写得对吗？
受访者：不对的多。低保册子上把我写成{{spaced:苏 秀 珍}}，把{{minority/hui:马罕志}}写成{{spaced:马 罕 志}}，学校的表上有{{spaced:马艾 米乃}}，还有一张表写的是{{spaced:者　麦　尔　彦}}。
访谈者：最后您还想说啥？
受访者：就盼我这老骨头多撑几年，把娃娃们供出来。
""")

# H444: Han father in 保靖 (湘西), widowed by leukaemia; his children go by word nicknames.
DOCS["H444"] = ("family", """\
访谈者：彭师傅，您先说说家里的情况。
受访者：我叫{{han:彭德兵}}，四十二，家在{{trap/place:保靖县}}{{trap/place:葫芦镇}}，{{trap/place:酉水}}边上。原先在{{trap/place:浙江}}鞋厂打工，一年回来一趟。前年我屋里的{{han:向春梅}}查出白血病，我辞了工回来守着她，在{{trap/place:吉首}}州医院住了八个月，还是没留住。现在家里就我、我娘，还有三个伢儿。
访谈者：三个孩子多大了？
受访者：老大{{han:彭树林}}十四，小名叫{{han:桐子}}，在{{school:保靖县民族中学初二（6）班}}；老二{{han:彭金凤}}十一，我们喊她{{han:金瓜}}；满崽{{han:彭树安}}七岁，小名{{han:斑鸠}}，跟他姐姐在一个学校，在{{school:葫芦镇中心完小一年级（2）班}}。{{han:桐子}}说他不读了，要出去打工养家，我没让。{{han:金瓜}}也倔，她妈走的那天一滴眼泪没掉，晚上躲在被窝里哭。{{han:斑鸠}}就还小，问他妈去哪里了，我说去{{trap/place:张家界}}看山了。
访谈者：您母亲身体怎么样？
受访者：我娘{{han:田秀英}}七十了，眼睛不好，还天天喂猪、煮饭。{{han:田秀英}}她嘴硬，说只要她还动得了，伢儿们就饿不着。我腰有毛病，重活做不了，在镇上给人砌墙，一天挣个一百来块。
访谈者：谁帮过你们家？
受访者：多得很。村支书{{han:龙建军}}给我们评了低保，三个伢儿每人每月{{trap/number:四百五}}的困境儿童补贴也是他报的。儿童主任是{{han:石金花}}婶，她隔几天来一回，给伢儿们洗衣服、补书包。镇民政办的{{han:梁国庆}}来核过，他说老大读高中的学费可以申请雨露计划。州医院血液科的{{han:符家兴}}医生，我屋里的住院那阵，他帮着申请了大病救助，少花了好几万。县里社工站派来的是{{compound:宇文思源}}，他同事{{compound:诸葛晓芸}}也常来，给老二做心理辅导，陪她说她妈的事。
访谈者：学校呢？
受访者：{{han:桐子}}的班主任{{han:宋春香}}老师，晓得我们家的事以后，把他安排在学校吃免费的午饭。老二的班主任是{{han:滕光荣}}，是个男老师，教她写毛笔字。镇完小的校长{{han:石光明}}说，只要伢儿愿意读，学校就不会让他掉队。
访谈者：亲戚们呢？
受访者：我姨妹{{han:向玉莲}}在{{trap/place:长沙}}打工，每个月给伢儿们寄两百块。她男人{{han:彭长生}}跟我是一个寨子的，过年回来给伢儿们买新衣服。隔壁的{{han:麻老三}}会杀猪，腊月里帮我把年猪杀了，熏了一挂腊肉。{{han:向阳花}}是村里的老赤脚医生，{{han:斑鸠}}发烧那回，我半夜去找{{han:向阳花}}，她披着衣服就来了。
访谈者：您爱人走了以后，家里日子怎么过的？
受访者：头半年我整个人是懵的，欠了医院和亲戚七万多块钱，晚上睡不着就坐在门槛上抽烟。是我娘骂醒了我，她说你要倒了，三个伢儿哪个管。后来我把欠的钱一笔一笔记在本子上，砌墙挣了钱就先还一点，到今年还剩两万多。家里的两亩稻田租给了别人，换点谷子吃，菜是我娘自己种的，一年到头不用买。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:赶秋节}}伢儿们去看爬刀梯，过年寨子里跳{{trap/minority_word:摆手舞}}。我给他们讲{{trap/famous:沈从文}}写的那些吊脚楼、渡船的事，我们这里就是他书里的样子。{{han:金瓜}}说她长大要写书，把她妈写进去。我听了心里不好受，{{trap/word:向来}}都是她妈给伢儿们讲故事，现在轮到我这个粗人了。
访谈者：平时您怎么带三个孩子？
受访者：早上五点起来煮饭，送满崽上学，再去工地。晚上回来检查作业，我文化低，数学题看不懂，{{han:桐子}}就帮弟弟妹妹讲。{{han:金瓜}}会做饭了，炒个白菜、煎个鸡蛋，端给她奶奶先吃。有一回{{han:斑鸠}}跟人打架，人家说他没妈，他哭着回来，我抱着他坐到半夜。屋里的一走，这个家就像少了根大梁，好在伢儿们都懂事。
访谈者：要登记住址、证件和电话。
受访者：家在{{address:保靖县葫芦镇木芽村四组11号}}，我娘以前在县城帮人带孩子，住在{{address:迁陵镇酉水小区3栋2单元501室}}。我身份证{{id_number@my1983.433125}}，老大的{{id_number@my2011hyphen.433125}}。我电话{{mobile@s74}}，{{han:石金花}}婶的电话{{mobile@plus86dash}}。我微信叫{{wechat:pengdebing1983}}。{{han:桐子}}用的QQ号，他说学校交作业要用，号是{{qq:１８２０６３４５９７}}。
访谈者：表上的名字写得对吗？
受访者：常写错。有的表上写成{{spaced:彭 树 林}}，有的写{{spaced:彭金 凤}}，我屋里的名字在死亡证明上写的是{{spaced:向　春　梅}}。
访谈者：最后还想说什么？
受访者：就盼着三个伢儿平平安安长大，读出书来，不要像我这样一辈子下苦力。
""")

# H445: Han township social worker in 会宁 (白银) who reaches children, parents and officials on WeChat and QQ.
DOCS["H445"] = ("staff", """\
访谈者：柴老师，您在镇上的社工站做了多久？
受访者：三年多了。我叫{{han:柴慧芳}}，在{{trap/place:会宁县}}{{trap/place:郭城驿镇}}的社工站，镇上登记的困境儿童有四十几个，我手机里建了个微信群，孩子家长、村干部、老师都在里头，有事就在群里喊。
访谈者：能说几个您跟得最紧的孩子吗？
受访者：头一个是{{han:牛雨轩}}，十一岁。他爸{{han:牛永胜}}偷电缆，判了三年，关在{{trap/place:兰州}}；他妈{{han:党小红}}去了{{trap/place:新疆}}摘棉花，再没回来。孩子跟着爷爷{{han:牛德仁}}过，老人七十六了，耳朵背，打电话听不见，我就加了{{han:牛雨轩}}的QQ，他每个礼拜五用爷爷的老手机上一回，号码是{{qq:2804617359}}。有一回他在QQ上跟我说，老师，我爷爷摔了，我一看赶紧给村主任{{han:靳宝山}}打电话，他骑着摩托十分钟就到了。
访谈者：第二个呢？
受访者：第二个是{{han:魏嘉豪}}，十三岁，在{{school:郭城驿中学初一（4）班}}。他妈{{han:汪翠兰}}前年中风，半边身子动不了；他爸{{han:魏国平}}在外头打工，一年回来一次。家里的事全靠这个娃娃，做饭、给他妈翻身、喂药。{{han:魏国平}}他不会打字，都是发语音，我的微信里存了他几百条语音。他的微信号叫{{wechat:weiguoping_1979}}。{{han:魏嘉豪}}自己也有QQ，他说——我记在本子上了——号是{{qq:1692084375}}。
访谈者：第三个？
受访者：第三个是{{han:景天宇}}，九岁，爸妈出车祸都没了，他是孤儿，跟着大伯{{han:景长福}}。孤儿基本生活费一个月{{trap/number:一千五百七}}，{{han:景长福}}他一分不动，全存在孩子的卡上。孩子在{{school:郭城驿镇红堡子小学三年级（1）班}}，班主任{{han:姚丽萍}}老师说他不爱说话，画画很好。她在群里发过他画的一张画，画的是他妈妈，我看了半天说不出话。
访谈者：您跟镇上、县上怎么配合？
受访者：镇民政办主任{{han:权志刚}}管审批，儿童主任的事归{{han:曹彩霞}}，她的微信是{{wechat:caocaixia_gcy}}，村里的儿童主任有啥不会的都去找{{han:曹彩霞}}。派出所的{{han:冯建明}}所长管户口，{{han:牛雨轩}}落户的时候出了点问题，所长亲自跑了一趟。县里的督导是{{compound:司马文静}}，同事还有{{compound:宇文嘉懿}}和{{compound:东方晨曦}}，三个人每个月来镇上一次，跟我一起入户。
访谈者：这些孩子最缺的是什么？
受访者：缺人说话。{{han:魏嘉豪}}跟我说，他在学校不敢说家里的事，怕人看不起。我们在学校搞了个小组，每礼拜二下午，让这些孩子一起画画、玩游戏。{{han:牛雨轩}}也来，头两回坐在角落不动，第三回自己举手讲了一个{{trap/famous:匡衡}}凿壁偷光的故事，讲完了全班给他鼓掌。我们{{trap/place:会宁}}人穷，可都看重念书，老辈人常说，再穷不能穷了娃娃的书。
访谈者：疫情那几年怎么联系孩子们？
受访者：见不了面，全靠手机。好多孩子家里没有智能手机，我就跟镇上的移动营业厅商量，借了十几部旧手机给他们上网课。有个老人不会开机，我在电话里一步一步教，教了一个钟头。那时候群里天天有人问，菜买不上了，药吃完了，我就一家一家记下来，托村干部送过去。最怕的是半夜手机响，一响就是哪个孩子家出了事。有一回凌晨两点，一个孩子在QQ上说他奶奶喊不醒了，我打了{{trap/hotline:120}}又打给村干部，还好送得及时，老人救过来了。
访谈者：您自己觉得最难的是什么？
受访者：人手少，一个人跟四十几个孩子，跑不过来。镇上到最远的村子四十多里山路，下雨天车上不去，我就走。有的家长不信任，说你们社工就是来拍照的。{{han:汪翠兰}}那边一开始也不让我进门，我去了七回，第八回她让她儿子给我倒了杯水。
访谈者：档案里要登记住址、证件和电话。
受访者：头一个孩子的爷爷家在{{address:会宁县郭城驿镇红堡子村三社8号}}。{{han:魏嘉豪}}家在镇上，{{address:郭城驿镇祖厉小区2号楼1单元301室}}。{{han:景天宇}}的身份证{{id_number@my2016.620422}}，他大伯的{{id_number@mmidspaced.620422}}。我的工作电话{{mobile@p86h}}，村主任的电话{{mobile@plain}}。{{han:姚丽萍}}老师的微信是{{wechat:yaoliping_art}}。
访谈者：名字录入系统的时候有问题吗？
受访者：有。系统里有的孩子被写成{{spaced:牛 雨 轩}}，有的被写成{{spaced:魏嘉 豪}}，督导的名字写成了{{spaced:司　马　文　静}}。还有一次那个孤儿娃娃成了{{spaced:景 天 宇}}，大伯拿着单子来问我，这是不是他侄儿。
访谈者：最后您想说什么？
受访者：这些孩子不是谁家的负担，是咱们大家的孩子。
""")

# H446: Uyghur father in 民丰 (和田); his wife is treated for cancer in 乌鲁木齐, his brother died on the desert road.
DOCS["H446"] = ("family", """\
访谈者：大哥，您家里现在是什么情况？
受访者：我叫{{minority/uyghur:图拉洪·买托合提}}，四十五岁，家在{{trap/place:民丰县}}{{trap/place:萨勒吾则克乡}}，种红枣，也放几只羊。老婆{{minority/uyghur:塔吉古丽·库尔班}}去年查出乳腺癌，在{{trap/place:乌鲁木齐}}做了手术，现在每个月去化疗一次。家里有四个孩子，三个是我的，一个是我弟弟的。
访谈者：您弟弟家怎么了？
受访者：我弟弟{{minority/uyghur:萨迪克·买托合提}}开大车，前年春天在沙漠公路上碰上沙尘暴，车翻了，人没救过来。弟媳{{minority/uyghur:米日班·阿卜力克木}}后来嫁到了{{trap/place:于田}}，孩子{{minority/uyghur:艾尼瓦尔·萨迪克}}就跟着我。{{minority/uyghur:艾尼瓦尔}}他十二岁，懂事，从来不跟我要东西。
访谈者：您自己的孩子呢？
受访者：老大{{minority/uyghur:卡米力江·图拉洪}}十四，在{{school:民丰县第二中学初二（1）班}}住校；老二{{minority/uyghur:阿依夏木·图拉洪}}十岁，在{{school:萨勒吾则克乡中心小学四年级（3）班}}；老三{{minority/uyghur:比拉力}}六岁，上学前班。{{minority/uyghur:卡米力江}}说他长大要当医生，给他妈治病。{{minority/uyghur:阿依夏木}}会做饭了，会打馕坑里的{{trap/minority_word:馕}}，她妈不在家，就是她给弟弟们做饭。
访谈者：您老婆看病，孩子们谁照顾？
受访者：她去化疗我得陪着，一去就是十来天。家里就托给村里的儿童主任{{minority/uyghur:古力巴哈尔}}，她每天晚上来看一眼，给孩子们检查作业。邻居{{minority/uyghur:阿尔斯兰·热合曼}}家的女人也帮着做饭。{{minority/uyghur:阿尔斯兰}}是我小时候的朋友，我们一起放过羊。
访谈者：政府给了哪些帮助？
受访者：村支书{{minority/uyghur:尼加提·吾斯曼}}给我们家报了低保。侄子按孤儿报的，孤儿基本生活费每个月{{trap/number:一千四百三}}，乡里的民政干事{{minority/uyghur:麦热姆古丽}}跑了好几趟县{{trap/org:民政局}}。驻村工作队的{{han:郑海滨}}队长帮我们联系了{{trap/place:乌鲁木齐}}医院的{{han:于晓红}}大夫，化疗的钱大部分走了大病保险。县社工站有两个年轻人常来，一个叫{{compound:乐正怀瑾}}，一个是{{compound:巫马晴岚}}，带孩子们去县城的图书馆。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:卡米力江}}的班主任{{minority/uyghur:茹先古丽}}老师，她说孩子学习好，就是老走神，想他妈。援疆的{{han:孙立群}}老师教他数学，晚上给他开小灶。侄子读五年级，他的老师{{han:钱玉婷}}从{{trap/place:天津}}来的，给他买了一双运动鞋。
访谈者：家里的收入靠什么？
受访者：十二亩红枣地，好年景能卖三万多，差的年景一万多。枣子要打药、修枝、浇水，我一个人忙不过来，老婆生病以后，农忙的时候村里组织了几个年轻人来帮忙。我还在乡里的合作社打零工，晒枣、分拣，一天一百二。两个大的放了假也去帮忙，手上扎的都是刺。去年冬天羊病死了两只，我心疼了好几天，那是准备给老婆看病的钱。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，亲戚们都来，做{{trap/minority_word:抓饭}}，宰一只羊。我给孩子们讲{{trap/famous:阿凡提}}的故事，讲{{trap/place:尼雅}}古城，说沙子底下埋着一座城。{{minority/uyghur:比拉力}}不信，说沙子里只有骆驼刺。
访谈者：您老婆现在怎么样？
受访者：化疗的时候吐得厉害，头发掉光了，包着头巾。她心疼钱，说别治了，我说你不能丢下四个孩子。{{minority/uyghur:塔吉古丽·库尔班}}她最放心不下的是{{minority/uyghur:艾尼瓦尔}}，说这孩子没了爸，我们不能让他再受委屈。
访谈者：要登记一下住址、证件和电话。
受访者：家在{{address:民丰县萨勒吾则克乡喀帕克阿斯干村3组26号}}，县城的房子是{{address:尼雅镇团结小区5号楼2单元402室}}。我身份证{{id_number@my1980.653227}}，侄子的{{id_number@my2012fw.653227}}。我电话{{mobile@s38}}，老婆电话{{mobile@fws}}。{{minority/uyghur:卡米力江}}的微信是{{wechat:kamil_tulahun09}}，他还有QQ，号码他拿小刀刻在我手机壳后面，我给你念：{{qq:3071546928}}。
访谈者：名字在表上写得对吗？
受访者：经常不一样。户口本上是{{minority/uyghur:卡米力江图拉洪}}，没有点；学校的表上写的是{{spaced:卡米力江 · 图拉洪}}，低保表上把我老婆写成{{spaced:塔吉古丽 库尔班}}，{{minority/uyghur:艾尼瓦尔}}被写成{{spaced:艾 尼 瓦 尔}}，还有一张写成{{spaced:阿　依　夏　木}}。
访谈者：您最大的心愿是什么？
受访者：老婆的病好起来，四个孩子都念出书来。
""")

# H447: Han court clerk in 鹤峰 (恩施) reading from the file of a guardianship case.
DOCS["H447"] = ("staff", """\
访谈者：您在法院做书记员多久了？
受访者：七年。我叫{{han:钟晓筠}}，在{{trap/place:鹤峰县}}人民法院，跟着少年庭的{{compound:欧阳静川}}法官。今天带了一个卷宗，是去年办的撤销监护人资格的案子，名字我照卷里念，你们登记的时候再改。
访谈者：好，您说。
受访者：申请人是县{{trap/org:民政局}}，被申请人是孩子的父亲{{han:覃志猛}}，三十九岁。他喝了酒就打孩子，两个孩子身上都有伤。孩子的母亲{{han:唐秀娥}}前年受不了，跑到{{trap/place:广东}}去了，一直联系不上。案卷里的两个孩子，姐姐{{han:覃思雨}}十岁，在{{school:鹤峰县容美镇第二小学四年级（2）班}}，弟弟{{han:覃思远}}七岁，在同一个学校读一年级。
访谈者：这个案子是怎么发现的？
受访者：是{{han:覃思雨}}的班主任{{han:龚丽华}}老师发现的。她看见孩子胳膊上青一块紫一块，问了半天，孩子才说是她爸打的。{{han:龚丽华}}就报给了学校，学校报给了派出所和村委会。村里的儿童主任{{han:田翠英}}第二天就上门了，把两个孩子接到她家住了一个礼拜。检察院管未成年人的是{{compound:上官若楠}}检察官，她也来了，支持民政局起诉。
访谈者：开庭的时候呢？
受访者：{{han:覃志猛}}他不服，说是管教孩子。{{compound:欧阳静川}}法官问他孩子几年级、哪天生日，他一个都答不上来。孩子的奶奶{{han:向菊香}}出庭作证，说她儿子从小就犟，喝了酒谁都不认。最后判了撤销他的监护人资格，指定奶奶当监护人，民政局和村委会协助。
访谈者：卷里还有谁？
受访者：社工机构派了{{compound:司徒嘉言}}做社会观护，写了二十多页的报告；心理咨询师是{{compound:慕容芷晴}}，给两个孩子做了八次辅导。法律援助的律师叫{{han:邓继华}}，替孩子说话。还有孩子的姑姑{{han:覃春燕}}，她在{{trap/place:恩施}}城里开早餐店，答应每个月给孩子们寄五百块钱。村支书{{han:黎正权}}写了情况说明，说这家人在村里是出了名的难。
访谈者：你们去过孩子家里吗？
受访者：去过，开庭前法官带着我们去做了一次社会调查。那个家在半山腰，车开不上去，走了四十分钟。屋里只有一张床，被子是黑的，灶上的锅里还剩着半锅冷饭，墙上贴着姐姐的几张奖状，被烟熏得发黄。我们问孩子平时吃什么，弟弟说吃方便面，姐姐赶紧拉他的衣服，不让他说。回来的路上，法官一句话都没说，到了车上才说，这个案子要快。
访谈者：卷宗里的材料有什么特别的吗？
受访者：有。被申请人签收的地方他签了两遍，写的是{{han:覃志猛}}{{han:覃志猛}}，大概是喝了酒。奶奶不会写字，按的手印，名字是{{han:田翠英}}替她写的，写成了{{spaced:向 菊 香}}。送达回证上孩子母亲的名字写的是{{spaced:唐　秀　娥}}。社工的报告里把自己名字打成了{{spaced:司 徒 嘉 言}}，把心理咨询师写成{{spaced:慕　容　芷　晴}}。法官助理{{han:谭明轩}}校对的时候才发现。
访谈者：卷里登记的身份信息呢？
受访者：{{han:覃志猛}}的身份证号{{id_number@my1986hyphen.422828}}，住址{{address:鹤峰县容美镇屏山村二组16号}}；{{han:向菊香}}的身份证{{id_number@woldspaced.422828}}，也住那里；{{han:覃思雨}}的{{id_number@wy2014.422828}}。孩子母亲在广东的暂住地写的是{{address:东莞市长安镇锦厦新村5巷12号}}。姑姑的住址{{address:恩施市舞阳坝街道金桂小区7栋1单元603室}}。{{han:向菊香}}留的电话{{mobile@hyphen}}，是邻居家的；{{han:覃春燕}}的电话{{mobile@plus86spaced}}，微信是{{wechat:qinchunyan_zaocan}}。
访谈者：判决以后孩子们怎么样？
受访者：回访了三次。{{han:覃思远}}胖了，{{han:覃思雨}}她成绩上来了，期末考了全班第五。奶奶说，现在家里清静了，娃娃们睡得着觉了。{{han:覃志猛}}去了外地打工，判决书里说他还要付抚养费，到现在付了两个月。{{han:邓继华}}律师说要是再不付，就申请强制执行。
访谈者：办这种案子，您有什么感受？
受访者：难受。我自己也有孩子，整理卷宗的时候看那些照片，手都抖。我们鹤峰人讲究"{{trap/word:田间}}地头都是亲"，可有的大人连自己的孩子都不疼。{{trap/famous:孟母}}三迁是为了孩子，现在有的父母一迁就把孩子丢了。好在村里、学校、民政、检察院、我们法院，一环套一环，把孩子接住了。
访谈者：最后您还想说什么？
受访者：孩子的事，早发现一天就少受一天罪。老师、邻居看见了，就打{{trap/hotline:12355}}，或者直接找村里。
""")

# H448: Han mother in 理县 (阿坝) whose husband works on building sites in 成都.
DOCS["H448"] = ("family", """\
访谈者：大姐，您家里几口人？
受访者：六口，常在家的是五口。我叫{{han:蒲晓蓉}}，三十七，家在{{trap/place:理县}}{{trap/place:杂谷脑镇}}。我男人{{han:何建军}}在{{trap/place:成都}}工地上绑钢筋，一年回来两三趟。家里有公公婆婆，两个娃娃，还有我妹妹的儿子。
访谈者：孩子们的情况呢？
受访者：女儿{{han:何雨欣}}十二岁，在{{school:理县中学初一（2）班}}。儿子{{han:何宇航}}九岁，生下来就是脑瘫，走路要扶着，话也说不清楚，每个礼拜去县上的康复中心两回。我妹妹{{han:蒲晓琴}}两口子也在{{trap/place:成都}}打工，她儿子{{han:陈子轩}}七岁，放在我这里，说是放一年，一放就放了四年。
访谈者：您一个人照顾这么多人，怎么顾得过来？
受访者：顾不过来也得顾。公公{{han:何德福}}前年中风，半边身子不灵便，婆婆{{han:余桂兰}}身体还行，帮我做饭。早上我先送{{han:何宇航}}去康复中心，再回来送两个大的上学。{{han:何雨欣}}也懂事，放学回来就带着弟弟做康复操，扶着他在院坝里走。{{han:陈子轩}}就是皮，有一回爬到核桃树上下不来，喊得全村都听见了。
访谈者：您爱人多久打一次电话？
受访者：天天晚上视频。{{han:何建军}}他累了一天，话不多，就是看看娃娃。工地上包工头欠了半年的工钱，他去找了{{trap/org:劳动监察大队}}才要回来一半。我妹妹那边也难，{{han:蒲晓琴}}她在饭馆端盘子，一个月休两天，想儿子了就打视频，一打就哭。
访谈者：谁帮过你们家？
受访者：社区书记{{han:余家和}}帮我们把{{han:何宇航}}的残疾证办了下来，每个月有护理补贴，还评了低保。社区的儿童主任是{{han:杨桂英}}嬢嬢，她每个礼拜都来，{{han:陈子轩}}的留守儿童档案也是她建的。康复中心的老师叫{{compound:长孙婉清}}，教得耐心，儿子现在能自己拿勺子吃饭了。县社工站的{{compound:尉迟少卿}}每学期来做一次家访，给两个大的讲安全。{{trap/org:县残联}}还给儿子送了一辆轮椅。
访谈者：儿子的康复花销大吗？
受访者：大。康复中心一个月两千多，报一部分，剩下的自己出。以前我们还带他去{{trap/place:成都}}的大医院做过针灸，一趟下来车费、住宿、吃饭就是好几千。我男人在工地上挣的钱，大半都花在儿子身上了。有人劝我别治了，说脑瘫治不好。我不信，他三岁才会坐，五岁才会站，现在能扶着墙走十几步，这就是盼头。晚上他睡着了，我看着他，心里想，只要他一天比一天好一点，再苦我也认。
访谈者：地震那年对你们家有影响吗？
受访者：{{trap/number:2008年}}我还在娘家，房子塌了一半，我妈就是那年走的。后来重建，家家都住上了新房子。我们这里的人都经历过那一遭，谁家有难处，大家都帮。隔壁的{{han:王秀芬}}姨每年{{trap/minority_word:羌年}}都给娃娃们送腊肉、送苹果。我给娃娃们讲{{trap/famous:大禹}}治水的故事，说大禹就生在我们这一带，娃娃们听得可认真了。
访谈者：外甥想他爸妈吗？
受访者：想。刚来那年，他天天晚上哭，抱着他妈留下的一件衣服睡觉。现在好些了，可每回视频挂了，他都要一个人坐在门口发一会儿呆。过年他爸妈回来十几天，走的那天早上，他躲到柴房里不出来，怕看见他们走。我跟妹妹说，钱挣得差不多了就回来，娃娃小的时候就这几年，错过了就补不回来了。
访谈者：孩子们学习怎么样？
受访者：{{han:何雨欣}}成绩好，班主任{{han:韩志刚}}老师说她能考到{{trap/place:成都}}的高中去。她说要学医，以后给弟弟治病。{{han:陈子轩}}刚上一年级，字认不全，我晚上陪他写作业，写到十点。
访谈者：要登记一下住址、证件和电话。
受访者：家在{{address:理县杂谷脑镇沙金村二组9号}}。我男人在成都租的房子是{{address:郫都区犀浦街道安居小区12栋3单元204室}}。儿子的身份证号{{id_number@my2016x.513222}}，残疾证上也是这个号。我电话{{mobile@plus86}}，我男人的{{mobile@s38}}，他微信是{{wechat:hejianjun_gangjin}}。{{han:何雨欣}}用QQ跟她爸聊天，号码是她爸给注册的：{{qq:2745091386}}。
访谈者：表上名字有写错的吗？
受访者：有。康复中心的表上把儿子写成了{{spaced:何 宇 航}}，学校把我外甥写成{{spaced:陈子 轩}}。
访谈者：您最大的愿望是什么？
受访者：盼我男人早点回来，在县城找个活，一家人在一起。
""")


def main() -> None:
    # Set 56 is being written at the same time by another writer: it is not an earlier set.
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=441,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout56",))


if __name__ == "__main__":
    main()
