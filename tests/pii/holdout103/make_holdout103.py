# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 103 (tests/pii/holdout103/H809-H816 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 102, written at the same time by another
writer, is not an earlier set).

Set 103 is about children in distress (困境儿童) and the help they get, in eight new voices, all of them in the
Li and Miao hill country of central Hainan (琼中, 五指山): a Mongolian couple from 镶黄旗 who tap rubber on a farm in
琼中, raising their daughter and the orphaned son of the husband's brother; an Amdo Tibetan nurse from 玛曲 (甘南) at
a hospital in 五指山 who fosters the daughter of her brother, who is in prison; a Uyghur father from 伽师 who sells
dried fruit in 五指山, his wife on dialysis, raising his dead brother's son with his own two children; a Hui woman
of the fishing village 回辉 (三亚), her husband lost at sea, who moved to 琼中 with her three children; a Li mother in a
village of 琼中 whose husband is in prison; a Han social worker at a boarding school in 五指山 who reaches pupils'
parents on WeChat and QQ; a Han township civil-affairs officer in 琼中 reading from his case register; and a Miao
grandfather in 琼中 raising a grandson with cerebral palsy. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names (满都呼巴雅尔, 赛罕图雅, 阿迪雅图, 格日勒满都呼)
with a short form after the full name (朝鲁孟其其格 then 朝鲁孟), a Han surname before a Mongolian given name (白塔娜)
and the Han names of the same people (包红英, 白雅琴, 白振宇, 白师傅, 老白); Amdo Tibetan names (华毛吉, 完么草,
当周草, 尼玛草, 桑杰加) with short forms (周加才让 then 周加, 俄合保才让 then 俄合保), a Han surname before a Tibetan
given name (杨本加) and the Han name of a Tibetan (杨海萍, 小杨); Uyghur given name + father's name with and without
the dot (斯迪克·阿不都热依木, 斯迪克阿不都热依木, 阿里木·沙地克, 阿里木沙地克, 阿斯耶斯迪克) and short forms (斯迪克,
巴哈尔古丽, 阿斯耶, 奥布力, 艾则麦提, 祖力皮亚), a father's name holding a word (苏力坦·玉米提); Han-form Hui names of
回辉 (海秀英, 蒲建海, 海德才, 哈金花, 海文光) beside 经名 alone (杰米莱, 纳斯尔, 萨拉赫, 法尔哈, 叶尔古柏) and after
the surnames 蒲 and 海 (蒲伊德里斯, 蒲凯里麦, 蒲扎伊德, 海阿斯玛); Li names in Han form with the surnames 符, 王, 黄,
吉, 卓 and 亚-nicknames (符秀花 = 亚花, 卓金英 = 亚英, 亚保, 王亚六, 卓亚金, 陈亚娇); Miao names with 盘, 蒋, 邓, 李 and a
given name used alone (盘金旺 then 金旺); a surname with only a title or kin word, annotated whole (白师傅, 老白, 小杨,
海老板, 吉婶, 老卓, 卓老师, 羊老师, 邢阿姨, 邓副县长, 盘大哥, 蒋婶, and the nickname 老买); Han names with titles and
kin words, names that contain words (王海珠, 邓长寿, 吉光明, 盘春来, 李山林, 蒋秋月), names directly before particles and
verbs and after 叫/是/给/跟/和/找/让; names spaced out, dotted names with spaces around the dot and names split in two;
compound surnames after ordinary words; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:符秀花}}``, ``{{qq:2716039485}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1981spaced.152528}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 校长, 阿訇,
大姐, 阿姨) and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 他, 她, 他们家, 那边) are
outside the span. A surname with only a title or kin word and no given name (白师傅, 吉婶, 老卓, 小杨) is annotated
whole, as are nicknames (亚花, 亚保, 老买). Han-style names of Mongolian, Tibetan, Hui, Li and Miao people (包红英,
杨海萍, 海秀英, 符秀花, 盘德贵) are category han; a Han surname before a non-Han given name (白塔娜, 杨本加, 蒲伊德里斯,
海阿斯玛) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout103/make_holdout103.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(103_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "133", "136", "139", "147", "153", "155", "178", "186", "189", "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H809: Mongolian couple from 镶黄旗 tapping rubber on a farm in 琼中; they raise their daughter and an orphaned nephew.
DOCS["H809"] = ("family", """\
访谈者：大姐，您从内蒙古那么远来海南，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:朝鲁孟其其格}}，身份证上的汉名是{{han:包红英}}，老家在{{trap/place:锡林郭勒}}的{{trap/place:镶黄旗}}。二〇一六年跟着老乡来{{trap/place:琼中}}，在{{trap/place:阳江农场}}包了三百多棵胶树割胶。我男人叫{{minority/mongolian:满都呼巴雅尔}}，农场的人记不住，都喊他{{han:白师傅}}。{{han:白师傅}}他以前在草原上骑马放羊，现在半夜两点就戴着头灯进胶林。
访谈者：家里几个孩子？
受访者：两个，一个是我们自己的，一个是他哥哥的。闺女{{minority/mongolian:赛罕图雅}}十四岁，上学用的名字是{{han:白雅琴}}，在{{school:琼中中学初二（6）班}}住校。侄子{{minority/mongolian:阿迪雅图}}十岁，在{{school:阳江学校四年级（2）班}}，学校里叫他{{han:白振宇}}。他爸{{minority/mongolian:格日勒满都呼}}前年冬天在{{trap/place:新宝拉格镇}}拉草，车翻在雪窝里，人没了。他妈{{minority/mongolian:白塔娜}}后来改嫁到{{trap/place:二连浩特}}，孩子就送到我们这儿来了。
访谈者：孩子刚来适应吗？
受访者：不适应。热，蚊子多，他浑身起包，晚上哭着要回去找{{trap/minority_word:额木格}}，就是奶奶。{{minority/mongolian:阿迪雅图}}也听不懂海南话，班上有同学学他口音。班主任{{han:陈秀娟}}老师把他的座位调到前头，让班长{{han:王梓琪}}带着他玩。现在他比我们说得还溜。
访谈者：这些年谁帮过你们？
受访者：老家嘎查的儿童主任{{minority/mongolian:宝日勒岱图雅}}给孩子报了孤儿，每月{{trap/number:一千六百五}}打到卡上。手续是他堂哥{{minority/mongolian:照日格图那顺}}在旗里跑的，材料一样一样寄过来。这边农场社区的{{han:符春兰}}主任帮着办了居住证，学校给{{minority/mongolian:阿迪雅图}}申请了寄宿生活补助。农场卫生所的{{han:黄振华}}大夫看我手指关节肿，说是类风湿，开药只收成本价。社区还请来县里的社工，一个叫{{compound:公孙美华}}，跟她一起来的是{{compound:闾丘宏亮}}，{{compound:公孙美华}}每个月给孩子们上一次课。
访谈者：割胶的活累吗？
受访者：累。跟我们一个队的{{han:王亚雄}}是黎族，割胶是他手把手教的，他说胶刀要斜着下，深了伤树，浅了不出胶。队长{{han:吴海滨}}他们家就住隔壁，下雨天不能割胶，他就叫我们过去喝茶。{{han:吴海滨}}说，你们北方人能吃苦。农场还有个蒙古族媳妇{{minority/mongolian:苏布达其其格}}，嫁给了本地人，她常来我家说说蒙古话。
访谈者：您身体怎么样？
受访者：手不行了，早上起来攥不住胶刀。{{minority/mongolian:朝鲁孟}}是我小名，{{han:老白}}一着急就这么喊，{{minority/mongolian:朝鲁孟}}你歇着，我一个人割。可三百棵树，一个人割到天亮也割不完。
访谈者：孩子们过得怎么样？
受访者：闺女懂事，周末回来帮我收胶水。她说以后要考到{{trap/place:呼和浩特}}念大学，再回{{trap/place:镶黄旗}}当老师。侄子想家，过年我给他煮{{trap/minority_word:手把肉}}，给他穿{{trap/minority_word:蒙古袍}}，讲{{trap/famous:巴拉根仓}}的故事，他才笑。去年春节他跟我说，{{trap/word:白糖}}糕没有奶豆腐好吃。
访谈者：农场的日子跟草原上比怎么样？
受访者：差得远。草原上一眼望出去几十里，这里胶林密，进去了看不见天。刚来那年夏天，{{minority/mongolian:满都呼巴雅尔}}中了暑，在胶林里晕倒了，是一起割胶的人发现的，抬到卫生所打了两天吊针。台风一来，胶树一倒一大片，一年的收成就没了。老家还有四十只羊，托{{minority/mongolian:照日格图那顺}}代管，每年卖几只，把钱打过来，够孩子们的学费和路费。
访谈者：孩子们跟老家还有联系吗？
受访者：有。{{minority/mongolian:赛罕图雅}}每个礼拜跟她奶奶视频，用蒙古话说，她怕自己忘了。侄子的妈妈{{minority/mongolian:白塔娜}}过年打过一次电话，孩子接了，叫了一声妈，就把电话递给我了，跑到胶林里坐了半天。每年清明，我们在胶林边上朝北摆一碗奶茶，让孩子给他爸磕个头。他不哭，就是磕完了很久不说话。
访谈者：登记表上要写地址和号码。
受访者：农场的房子是{{address:琼中县阳江农场五队职工宿舍3排8号}}，老家是{{address:镶黄旗新宝拉格镇巴彦塔拉嘎查二组17号}}。我的身份证{{id_number@wy1981spaced.152528}}，侄子的{{id_number@my2015hyphen.152528}}。我电话{{mobile@s38}}，{{minority/mongolian:满都呼巴雅尔}}的{{mobile@plus86}}。闺女给我注册了微信，叫{{wechat:chlm_xhq1981}}，她自己有个QQ，说是跟老家同学联系用的，号码是{{qq:2716039485}}。
访谈者：表上名字写得对吗？
受访者：老出错。社区的表把我写成{{spaced:朝 鲁 孟 其 其 格}}，一个字一个格；男人成了{{spaced:满都呼 巴雅尔}}，中间空着；侄子写成{{spaced:阿　迪　雅　图}}，闺女是{{spaced:白 雅 琴}}。
访谈者：最后您还想说什么？
受访者：就盼两个孩子把书念好。草原远，胶林也是家。
""")

# H810: Amdo Tibetan nurse from 玛曲 (甘南) at a hospital in 五指山 who fosters her brother's daughter.
DOCS["H810"] = ("family", """\
访谈者：您是怎么从甘南到五指山来的？
受访者：我叫{{minority/tibetan:华毛吉}}，汉名叫{{han:杨海萍}}，老家在{{trap/place:玛曲}}。高中毕业那年赶上海南的护理专业对口招生，就来了，毕业后留在{{trap/place:五指山}}的市医院当护士，到现在十一年了。科里的人都叫我{{han:小杨}}。
访谈者：您带着的这个孩子是谁？
受访者：是我哥哥的闺女{{minority/tibetan:完么草}}，今年十岁。我哥{{minority/tibetan:周加才让}}在{{trap/place:合作}}跟人打架，把人打成重伤，判了六年。嫂子{{minority/tibetan:娘毛}}走了，嫁到{{trap/place:碌曲}}去了。我阿妈{{minority/tibetan:当周草}}七十三了，在牧场上自己都顾不过来，孩子就让我接到海南来了。
访谈者：手续是怎么办的？
受访者：麻烦得很。村里的儿童主任{{minority/tibetan:尼玛草}}先给她报了事实无人抚养，村长{{minority/tibetan:桑杰加}}盖的章，县{{trap/org:民政局}}批下来，每个月{{trap/number:一千四百二}}。这边社区的儿童主任{{han:吉丽娟}}帮着签了委托照护协议，学校那边是市教育局{{han:云海鹏}}科长给协调的，插班到{{school:五指山市第一小学四年级（3）班}}。
访谈者：孩子适应吗？
受访者：刚来时一句普通话也说不清，整天不出声。班主任{{han:林晓薇}}老师每天放学留她半小时，教她认字。{{minority/tibetan:完么草}}她脑子灵，一个学期就赶上了。同桌{{han:邢雨彤}}下课拉着她跳皮筋，她现在话可多了。
访谈者：孩子想爸爸吗？
受访者：想。{{minority/tibetan:周加}}每个月能打一次电话，五分钟。孩子拿着电话不说话，就哭。我跟她说，{{minority/tibetan:周加}}阿爸在里面好好改造，出来就接你。我自己心里也难受，我哥小时候背着我过河，过{{trap/minority_word:藏历年}}给我买花头巾。
访谈者：医院里的同事帮您吗？
受访者：帮得多。护士长{{han:邢美玲}}给我排班尽量排白班，让我能接孩子。心内科的{{han:羊文超}}大夫知道了，给孩子买了一套字典。儿科医生{{compound:上官红梅}}给孩子补种了疫苗。科主任{{han:云建波}}说，有困难就说，别一个人扛。我们医院的医务社工{{compound:慕容晓静}}还给孩子做了心理评估，她同事{{compound:漆雕晓峰}}带她参加了周末的绘画班。
访谈者：您丈夫呢？
受访者：我男人{{han:黄志勇}}是本地人，在医院开救护车。{{han:黄志勇}}他话少，可孩子的家长会都是他去。他说，多一双筷子的事。婆婆一开始不太乐意，后来看孩子勤快，也疼她了。
访谈者：老家还有谁关心孩子？
受访者：我表哥{{minority/tibetan:俄合保才让}}在{{trap/place:郎木寺}}当阿卡，常托人捎酥油和糌粑来。{{minority/tibetan:俄合保}}说，等孩子放暑假接她回去住一个月。我弟弟{{minority/tibetan:杨本加}}在海口上大学，周末坐大巴过来陪她写作业。
访谈者：孩子在这边过得怎么样？
受访者：她喜欢海，可五指山离海远，去年我们带她去了一趟{{trap/place:三亚}}，她在沙滩上跑了一下午。她说海跟{{trap/place:黄河}}不一样，黄河是黄的，海是蓝的。晚上我给她念{{trap/famous:仓央嘉措}}的诗，她也跟着背几句。
访谈者：做护士又带孩子，时间怎么安排？
受访者：难。夜班的时候，孩子就送到婆婆家。有一回我下了夜班去接她，她在婆婆家门口坐着等我，手里攥着一朵路边摘的花，说是给我的。那一刻我觉得累也值了。医院里好多病人是黎族、苗族的老人，说话我听不懂，孩子周末跟着我上班，反倒学会了几句黎话，给我当翻译。{{minority/tibetan:完么草}}说，姑姑，我以后也要在医院上班，帮听不懂话的人。
访谈者：孩子会回玛曲吗？
受访者：暑假回。去年她回去住了一个月，跟着{{minority/tibetan:当周草}}放牦牛，晒得黑黑的回来。走的时候抱着奶奶不撒手。我跟我哥说好了，等他出来，孩子愿意跟谁就跟谁。{{minority/tibetan:周加}}在电话里说，姑姑是孩子的第二个阿妈。
访谈者：要登记地址和号码。
受访者：我住{{address:五指山市通什镇福安小区4栋2单元503室}}，老家是{{address:玛曲县欧拉秀玛乡秀玛村二社11号}}。孩子的身份证{{id_number@wy2015.623025}}，我的{{id_number@wy1990x.623025}}。我的电话{{mobile@hyphen}}，{{han:吉丽娟}}的电话{{mobile@spaced}}。我的微信{{wechat:huamaoji_wzs}}，孩子用我的旧手机上QQ，跟她老家的堂姐聊天，号码我让她写在冰箱上了，是{{qq:1847295036}}。
访谈者：孩子的名字在表上写得对吗？
受访者：经常错。学校写成{{spaced:完 么 草}}，协议上把我哥写成{{spaced:周加 才让}}，还有把我写成{{spaced:华　毛　吉}}的，我表哥在捐款单上成了{{spaced:俄 合 保 才 让}}。
访谈者：您最大的心愿呢？
受访者：盼我哥早点出来，一家人团圆。孩子好好念书，长大想当护士就当护士，想当老师就当老师。
""")

# H811: Uyghur father from 伽师 who sells dried fruit in 五指山; his wife on dialysis, his dead brother's son with his own two children.
DOCS["H811"] = ("family", """\
访谈者：大哥，您的干果摊在这儿摆了几年了？
受访者：七年了。我叫{{minority/uyghur:斯迪克·阿不都热依木}}，老家{{trap/place:伽师}}，在{{trap/place:五指山}}的农贸市场卖葡萄干、{{trap/minority_word:巴旦木}}、核桃、{{trap/place:伽师}}的新梅。市场里的人都叫我{{minority/uyghur:斯迪克}}，有的叫我{{han:老买}}，说新疆人都姓买，我也不纠正他们。
访谈者：家里几口人？
受访者：老婆{{minority/uyghur:巴哈尔古丽·吐拉克}}，两个孩子，还有我哥哥的儿子。老婆前年查出尿毒症，现在一个礼拜去市医院透析三次。{{minority/uyghur:巴哈尔古丽}}她身体好的时候跟我一起看摊，现在站一会儿就头晕。
访谈者：孩子们呢？
受访者：大的是闺女{{minority/uyghur:阿斯耶·斯迪克}}，十二岁，在{{school:五指山市第二小学六年级（5）班}}。小的是儿子{{minority/uyghur:奥布力·斯迪克}}，八岁，跟姐姐一个学校，二年级。侄子{{minority/uyghur:艾则麦提·塔依尔}}十一岁，我哥{{minority/uyghur:塔依尔·阿不都热依木}}三年前拉货去{{trap/place:阿图什}}，在路上翻了车，人没了。嫂子{{minority/uyghur:米热班}}改嫁了，孩子跟着我。
访谈者：侄子在这边上学吗？
受访者：上，在{{school:五指山市第二小学五年级（1）班}}。{{minority/uyghur:艾则麦提}}他数学好，就是汉字写得慢。班主任{{han:符丽珍}}老师每天给他布置十个生字，他写完了拍照发到老师手机上。{{minority/uyghur:阿斯耶}}也帮弟弟们改作业，她说她是家里的小老师。
访谈者：这几年谁帮了你们？
受访者：社区的儿童主任{{han:羊秋菊}}，她是黎族，心好。她帮侄子报了孤儿基本生活费，老家{{trap/org:伽师县民政局}}审的，钱打到卡上，一个月{{trap/number:一千三百九}}。我老婆的大病救助是医院的社工{{compound:宇文秀梅}}帮着申请的，报了一大半。市场管理处的{{han:邢振东}}主任给我免了半年摊位费。老家村里的支书{{minority/uyghur:苏力坦·玉米提}}也常打电话问，他说{{minority/uyghur:斯迪克}}你在外头不容易，家里的地他找人帮我种着。
访谈者：市场里还有新疆老乡吗？
受访者：有，卖烤肉的{{minority/uyghur:阿里木·沙地克}}，也是{{trap/place:喀什}}人。我去医院陪老婆的时候，摊子就让{{minority/uyghur:阿里木沙地克}}帮我看着。隔壁卖椰子的{{han:王海珠}}大姐给孩子们送椰子水，说孩子们热得脸都红了。
访谈者：孩子们喜欢这里吗？
受访者：喜欢，就是想吃{{trap/minority_word:抓饭}}。这边买不到好羊肉，我就用鸡肉做，孩子们也吃得香。{{minority/uyghur:奥布力}}最小，他说海南冬天不下雪，没意思。{{trap/minority_word:古尔邦节}}的时候我们四个人在出租屋里过，我给他们讲{{trap/famous:香妃}}的故事，说她身上有沙枣花的香味。
访谈者：您自己身体呢？
受访者：腰不好，天天搬货。可我不能倒，我倒了四个人就没人管了。老婆说回{{trap/place:伽师}}吧，老家有亲戚。我说这里医院近，透析方便，孩子也在这边念书，先不回。
访谈者：孩子们在学校被欺负过吗？
受访者：刚来的时候有。有个男孩学{{minority/uyghur:奥布力}}说话，他回家哭了。第二天{{han:符丽珍}}老师叫全班同学尝我们家的葡萄干，让{{minority/uyghur:阿斯耶}}讲新疆的故事，讲{{trap/place:喀什}}的老城、{{trap/place:伽师}}的瓜田。讲完了，同学们都围着问。现在那个男孩跟我儿子是最好的朋友，放学一起在我摊子边上写作业。
访谈者：生意好做吗？
受访者：淡季难。夏天天热，干果不好卖，游客也少。冬天好一点，北方来过冬的老人多，一买就是几斤。我还在网上卖，{{minority/uyghur:巴哈尔古丽}}在家里帮我回消息、打包，这样她也不觉得自己没用。一个月挣的钱，除了房租、透析自付的部分，能剩一点给孩子们买衣服。
访谈者：表上要写地址和号码。
受访者：我们租的房子在{{address:五指山市通什镇番茅村二组9号}}，老家在{{address:伽师县巴仁镇阿热买里村3组21号}}。我的身份证{{id_number@my1978spaced.653129}}，侄子的{{id_number@my2014fullwidth.653129}}。我的电话{{mobile@plain}}，老婆没有手机。我收钱用微信，{{wechat:sidike_ganguo}}，闺女的QQ号是她自己写给你的，写在这张纸上了：{{qq:3095172846}}。
访谈者：表上的名字对吗？
受访者：乱。户口本是{{minority/uyghur:斯迪克·阿不都热依木}}，医保卡上是{{minority/uyghur:斯迪克阿不都热依木}}，没有点。学校把闺女写成{{minority/uyghur:阿斯耶斯迪克}}，侄子在花名册上是{{spaced:艾 则 麦 提 · 塔 依 尔}}，儿子成了{{spaced:奥布力 · 斯迪克}}。老婆的透析单上是{{spaced:巴哈尔古丽 吐拉克}}。
访谈者：您最盼什么？
受访者：盼老婆能排上换肾，盼三个孩子都念出来。闺女说她长大当医生，给妈妈治病。
""")

# H812: Hui fisherman's family of 三亚's 回辉 village who moved to 琼中 after the father was lost at sea.
DOCS["H812"] = ("family", """\
访谈者：阿姐，您家原来是打鱼的？
受访者：是，我们是{{trap/place:三亚}}{{trap/place:回辉村}}的回族，祖祖辈辈打鱼。我叫{{han:海秀英}}，经名叫{{minority/hui:杰米莱}}。我男人{{han:蒲建海}}，经名{{minority/hui:纳斯尔}}，前年台风前出海，船翻了，人没找回来。{{han:蒲建海}}他水性好，村里都不信他会出事。
访谈者：后来怎么来了琼中？
受访者：我弟弟{{han:海德才}}在{{trap/place:营根镇}}开清真餐馆，他说姐你一个人带三个孩子在村里太难，过来吧，我帮你。他的经名叫{{minority/hui:萨拉赫}}，店里人都叫他{{han:海老板}}。{{han:海老板}}那边缺人手，我就在店里洗碗、包饺子，一个月给我两千五。
访谈者：孩子们多大？
受访者：大儿子{{minority/hui:蒲伊德里斯}}十四，汉名{{han:蒲国栋}}，在{{school:琼中县民族中学初二（3）班}}；二闺女{{minority/hui:蒲凯里麦}}十岁，汉名{{han:蒲亚妹}}；小的{{han:蒲俊海}}六岁，在幼儿园。{{minority/hui:蒲凯里麦}}在{{school:营根镇中心学校四年级（4）班}}，班上就她一个戴盖头的，老师也尊重。
访谈者：孩子爸爸走后有什么补助？
受访者：没找到人，开始不能算死亡，什么都报不了。后来{{trap/org:三亚市民政局}}按事实无人抚养给三个孩子报了，每人每月{{trap/number:一千五百四}}。村里的{{han:哈金花}}阿姨跑前跑后，她是村里的儿童主任。来了琼中以后，社区的{{han:王晓霞}}帮我们转了学籍，还有{{compound:令狐志刚}}律师帮我们申请了宣告死亡，说是{{trap/org:法律援助中心}}派来的，一分钱没收。
访谈者：孩子们怎么样？
受访者：{{minority/hui:蒲伊德里斯}}他像他爸，话少，放了学就来店里帮舅舅端面。他说要考海洋大学，以后造不翻的船。{{han:蒲国栋}}这个名字是学校用的，家里都叫他经名。小闺女天天问爸爸什么时候回来，我不知道怎么说。婆婆{{minority/hui:法尔哈}}在{{trap/place:回辉村}}，八十了，每天站在码头往海上看。
访谈者：在琼中做礼拜方便吗？
受访者：不方便。这边没有{{trap/org:清真寺}}，主麻日我弟弟开车带我们回{{trap/place:三亚}}，两个多小时。回辉的{{han:海文光}}阿訇每次都给孩子们念经，说你们的爸爸是{{trap/minority_word:舍希德}}。村里人说我们回辉人的先人里出过{{trap/famous:海瑞}}，孩子听了很自豪。开斋节的时候家家炸{{trap/minority_word:馓子}}，我们也在店门口摆一桌，请街坊吃。
访谈者：亲戚们帮您吗？
受访者：帮。我男人的堂弟{{minority/hui:蒲扎伊德}}还在打鱼，每次回来都给孩子们送{{trap/word:海鲜}}。他媳妇{{minority/hui:海阿斯玛}}给闺女缝了两条新盖头。邻居{{han:哈德英}}大姐把她儿子的旧书都给了我们老大。老人们常说，一家有难，全村来帮。
访谈者：孩子们的舅舅待他们怎么样？
受访者：跟亲爹一样。他自己有两个孩子，五个孩子吃饭，一张桌子坐不下，就分两桌。过节他给每个孩子发一样的红包，谁也不多谁也不少。
访谈者：孩子们适应琼中吗？
受访者：慢慢适应了。琼中是山区，{{minority/hui:蒲伊德里斯}}刚来时说闷得慌，每天放学都往河边跑。后来他舅舅给他买了辆旧自行车，他周末骑到山上的茶园去帮工，挣的钱交给我。我说你留着买书，他不要。小闺女爱唱歌，学校让她在六一的时候上台唱了一首回辉话的歌，老师们都说没听过。我在后台听着，眼泪止不住。
访谈者：您自己呢？
受访者：晚上一闭眼就是那天的海。我弟弟{{han:海德才}}说，姐，日子还得往前过。我现在每天五点起来，先做礼拜，再去店里和面。店里的客人有汉族，有黎族，都说我们的牛肉面好吃。我想攒点钱，以后自己开个小店，让孩子们有个自己的家。
访谈者：请说一下住址和号码。
受访者：老家是{{address:三亚市天涯区回辉村三组45号}}，现在租在{{address:琼中县营根镇新兴小区6栋1单元202室}}。我的身份证{{id_number@wy1984.460200}}，闺女的{{id_number@wy2015x.460200}}。我的电话{{mobile@plus86spaced}}，我弟弟的{{mobile@h38}}，他店里用的微信是{{wechat:haidecai_qingzhen}}。老大的QQ我记不住，他写在饭店的点菜本上了，说是{{qq:2683041957}}。
访谈者：表上名字写对了吗？
受访者：好几个写错的。老大写成{{spaced:蒲 伊 德 里 斯}}，闺女成了{{spaced:蒲凯 里麦}}，我写成了{{spaced:海　秀　英}}。经名是音译，写法各不一样，{{minority/hui:叶尔古柏}}阿訇跟我说，只要身份证号对上就行。
访谈者：您最大的心愿？
受访者：三个孩子平平安安。大海把他爸带走了，我不想孩子们再去海上。
""")

# H813: Li mother in a village of 琼中 whose husband is in prison.
DOCS["H813"] = ("family", """\
访谈者：阿姐，您说说家里的情况吧。
受访者：我叫{{han:符秀花}}，黎族，村里人都叫我{{han:亚花}}。家在{{trap/place:红毛镇}}的山里，离{{trap/place:黎母山}}不远。我男人{{han:卓文强}}，小名{{han:亚保}}，前年跟人去山里偷砍沉香树，被抓了，判了四年，在{{trap/place:海口}}的监狱里。
访谈者：家里还有谁？
受访者：两个孩子，一个婆婆。闺女{{han:卓金英}}十一岁，我们叫她{{han:亚英}}；儿子{{han:卓明光}}七岁。婆婆{{han:王玉娘}}七十多了，眼睛看不清，可每天还织{{trap/minority_word:黎锦}}卖钱。{{han:卓金英}}在{{school:红毛镇中心学校五年级（2）班}}，{{han:卓明光}}在同一个学校读一年级。
访谈者：孩子知道爸爸的事吗？
受访者：知道。{{han:亚英}}她在学校被人说过，回来哭。班主任{{han:黄燕飞}}老师知道了，在班会上讲了，后来没人再说。{{han:黄燕飞}}也常来家访，给孩子带练习本。儿子小，只知道爸爸去很远的地方干活了。
访谈者：家里靠什么过日子？
受访者：种橡胶、{{trap/minority_word:山兰稻}}，养几头{{trap/word:黄牛}}。村里给报了低保，两个孩子有困境儿童补贴，一个月加起来{{trap/number:一千一百八}}。村里的儿童主任大家都叫{{han:吉婶}}，{{han:吉婶}}她三天两头来看，孩子病了是她骑摩托送到镇卫生院的。村支书{{han:王亚六}}说，要是{{han:亚保}}出来了，村里帮他找活干，让他别再走歪路。
访谈者：您男人在里面还好吗？
受访者：还好，说在里面学了电焊。每个月我带孩子去海口看他一回，坐四个钟头的车。司法所的{{han:卓文华}}所长帮我们办了会见，还说出来以后有帮教。{{han:亚保}}的堂哥{{han:老卓}}在镇上开摩托修理铺，会见那天都是{{han:老卓}}开车送我们去车站。
访谈者：还有谁帮忙？
受访者：县里的社工来过几次，女的叫{{compound:巫马俊慧}}，说是从海口来的，她同事{{compound:段干欣妍}}教孩子们画画。镇卫生院的{{han:吉文雄}}医生给婆婆配了眼药水，说可以去县里做白内障手术，还把我们介绍给县医院的眼科大夫{{compound:端木秀华}}，{{trap/org:县残联}}能补一半。妇联的{{han:符玉莲}}大姐给闺女申请了春蕾助学金。
访谈者：孩子们的学习怎么样？
受访者：闺女成绩好，语文考过全班第一，老师让她当了学习委员。儿子刚上一年级，拼音老记不住，我识字不多，教不了他。村里有个大学生暑假回来办了个补习班，不收钱，儿子去了一个月，回来会念儿歌了。我跟孩子们说，你们爸爸没读书才走错路，你们一定要读。去年开学，学校免了他们的作业本钱和校服钱，还发了一袋大米。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:三月三}}村里跳{{trap/minority_word:竹竿舞}}，孩子们最高兴。婆婆说这天穿新衣{{trap/word:吉利}}，给他们讲{{trap/famous:黄道婆}}的故事，说她当年在崖州跟我们黎族学的纺织。{{han:亚英}}听了说要跟奶奶学织锦。婆婆也说，黎锦不能在咱家断了。
访谈者：您自己呢？
受访者：一个人扛着，累是累，可看着孩子就有劲。晚上下雨，屋里漏，{{han:王亚六}}支书带人来给修了屋顶，换了新瓦。现在不漏了。我想等{{han:亚保}}出来，一家人在一起，孩子们就不会低人一头。
访谈者：孩子在家帮您干活吗？
受访者：帮。{{han:卓金英}}每天放学回来先喂猪，再做饭，她踩着小板凳炒菜。割胶的季节，天不亮我就进林子，她起来给弟弟穿衣服，送他去学校。儿子调皮，放学了去河里摸鱼，回来一身泥，被他姐骂一顿。我心疼闺女，她才十一岁，就跟大人一样了。有时候我想，要是她爸在家，她也能像别的孩子一样玩。
访谈者：村里人怎么看你们家？
受访者：大多数人好。也有人背后说，说我男人是贼。我不吭声，就好好干活，心里憋屈了就去找{{han:吉婶}}，她说，嘴长在别人身上，日子是自己过的。村里办酒席，总有人给我们家端一碗肉回来。我们黎族人讲，一个寨子就是一家人。
访谈者：表上要写地址和号码。
受访者：家在{{address:琼中县红毛镇什寒村二组6号}}。我的身份证{{id_number@wy1987.469030}}，闺女的{{id_number@wy2014spaced.469030}}。我电话{{mobile@fullwidth}}，{{han:吉婶}}的电话{{mobile@plus86dash}}。闺女用我的手机加了老师的微信，我的微信名字是拼音{{wechat:fuxiuhua_hm}}。
访谈者：名字在表上写得对吗？
受访者：有错的。低保表上写成{{spaced:符 秀 花}}，我男人写成{{spaced:卓　文　强}}，闺女写成{{spaced:卓金 英}}。儿子的名字也被录成了{{spaced:卓 明 光}}。
访谈者：最后您想说什么？
受访者：盼孩子们读书，别像他们爸爸一样。{{han:吉婶}}说，日子会好的。
""")

# H814: Han social worker at a boarding school in 五指山; pupils and parents on WeChat and QQ.
DOCS["H814"] = ("staff", """\
访谈者：您在学校做社工多久了？
受访者：三年。我叫{{han:谭雅婷}}，是{{trap/org:市民政局}}购买服务派到{{trap/place:毛阳镇}}这所寄宿制学校的驻校社工。全校九百多个学生，一半以上是黎族、苗族，登记的困境儿童有四十一个。家长大多在外打工，找他们主要靠微信和QQ。
访谈者：能说几个孩子吗？
受访者：{{school:毛阳中学初一（4）班}}的{{han:王春妮}}，妈妈前年喝农药走了，爸爸{{han:王光荣}}在{{trap/place:东莞}}打工。她爸不用微信，只上QQ，号码{{qq:1570928364}}，我每周五晚上在QQ上跟他说孩子这一周的情况。{{han:王春妮}}她成绩中等，就是不爱吃饭，宿管阿姨说她常把饭倒掉。
访谈者：还有呢？
受访者：{{school:毛阳中学初二（1）班}}的{{han:陈家豪}}，爸爸工地上摔断了脊椎，瘫在床上，妈妈{{han:李小红}}在{{trap/place:三亚}}酒店做保洁。他妈的微信是{{wechat:lxh_sanya0521}}，每天晚上十点下班了才回我。{{han:陈家豪}}他打过架，被记了警告，后来我带他参加了篮球队，现在是队长。
访谈者：有没有少数民族的孩子？
受访者：多。{{school:毛阳中学初一（2）班}}的{{minority/uyghur:祖力皮亚·伊米提}}，是维吾尔族，爸爸{{minority/uyghur:伊米提·买提肉孜}}在镇上卖烤肉，妈妈去世了。{{minority/uyghur:祖力皮亚}}她普通话比同学还好，就是想家，想{{trap/place:喀什}}的奶奶。她爸的QQ是店里收外卖用的，我加的时候他说号码印在烤肉摊的招牌上：{{qq:2038475169}}。还有苗族的{{han:邓金秀}}，{{school:毛阳中学初三（5）班}}，爸妈都在外面，跟着外婆。她外婆不识字，我就跟她舅舅{{han:邓长寿}}联系，他的微信{{wechat:dengchangshou88}}。
访谈者：您平时怎么做？
受访者：每个困境儿童建一个档案，一学期至少家访一次。心理老师{{compound:申屠海燕}}跟我一起做小组，同事{{compound:司空静怡}}负责联系家长。校长{{han:符振邦}}很支持，给我们腾了一间屋子做社工站。校长说，孩子在学校的时间比在家长，学校就是家。
访谈者：还有别的个案吗？
受访者：{{han:黎永康}}，初二，爸爸在监狱，妈妈改嫁，跟着爷爷{{han:黎德胜}}。爷爷七十多了，手机只能接电话。{{han:黎永康}}他自己有QQ，我们常在QQ上聊，他说不想读了，要去{{trap/place:海口}}学修车，我劝了一个学期。他的QQ是{{qq:954072813}}。{{han:黎德胜}}的电话{{mobile@s434}}。还有{{han:吴小娟}}，父母都有精神残疾，她是家里唯一能做饭的人。{{han:吴小娟}}也爱画画，去年在市里得了奖。
访谈者：家长们好联系吗？
受访者：难。有的换了号也不说，有的一年不回一次消息。{{han:吴小娟}}的姑姑{{han:吴美兰}}算是最上心的，微信号{{wechat:wml_wzs_1979}}，她在{{trap/place:五指山}}市区开粉店，每个月来看孩子一次。{{han:王光荣}}有一回在QQ上跟我说，他对不起闺女，我就把闺女的作文拍给他看。
访谈者：学校老师怎么配合？
受访者：班主任是第一道关。初一的{{han:卓老师}}、初二的{{han:羊老师}}都会第一时间告诉我孩子的变化。上学期来实习的社工学生，我交给{{compound:赫连晓光}}带，他跟男生处得好。生活老师{{han:邢阿姨}}晚上查寝，哪个孩子哭了，她会给我发消息。我的工作微信是{{wechat:tanyating_sw}}，家长和老师都加了。
访谈者：寄宿学校的孩子最缺什么？
受访者：缺有人说话。一个礼拜回一次家，有的一个月才回一次，回去家里也只有老人。晚上熄灯以后，有的孩子躲在被子里哭。我们在每层宿舍设了一个“悄悄话信箱”，孩子们把想说的写在纸条上投进去，我第二天一个一个回。有个孩子写，希望爸爸过年能回来，不要给钱，只要人。我把这张纸条拍下来，在QQ上发给了他爸爸，他爸爸那年真的回来了。
访谈者：QQ群和微信群您都管吗？
受访者：管。每个年级有一个家长QQ群，一个家长微信群，群里的消息我每天晚上都看一遍，有家长问孩子的事，我尽量当天回。{{han:陈家豪}}的班级QQ群是我建的，群里有个家长说要找我私聊，加了才发现是孩子的舅舅，号码{{qq:1196730485}}。
访谈者：孩子们的名字登记有问题吗？
受访者：有。学籍表上{{han:王春妮}}成了{{spaced:王 春 妮}}，维吾尔族孩子写成{{spaced:祖力皮亚 · 伊米提}}，苗族孩子写成{{spaced:邓　金　秀}}，还有心理老师的名字被打成{{spaced:申 屠 海 燕}}。
访谈者：您最大的感受是什么？
受访者：这些孩子需要的不是可怜，是有人一直在。我常跟他们讲{{trap/famous:愚公}}移山的故事，一天挖一点，山总会挪开。
""")

# H815: Han township civil-affairs officer in 琼中 reading from his case register.
DOCS["H815"] = ("staff", """\
访谈者：您今天带来的是什么？
受访者：镇上困境儿童的台账。我叫{{han:钟国雄}}，在{{trap/place:湾岭镇}}管民政，干了九年。我一户一户念，您记。
访谈者：好。
受访者：第一户，户主{{han:黄德昌}}，男，六十三，孙子{{han:黄宇航}}，九岁，在{{school:湾岭学校三年级（2）班}}。孩子爸爸前年肝癌走了，妈妈改嫁到{{trap/place:万宁}}。按事实无人抚养报的，镇上把{{trap/word:符合}}条件的都报上去了，一个月{{trap/number:一千二百六}}。住址{{address:琼中县湾岭镇大坡村四组15号}}，{{han:黄德昌}}的身份证{{id_number@my1962.469030}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:李晓蔓}}，十三岁，父母都没了，跟姑妈{{han:李春妹}}过。{{han:李春妹}}她自己也是低保户，男人腿残。孩子在{{school:琼中县第二中学初一（5）班}}。住址{{address:琼中县湾岭镇思河村一组22号}}，孩子身份证{{id_number@wy2012hyphen.469030}}。
访谈者：第三户？
受访者：第三户，{{compound:欧阳志勋}}，男，四十一，尿毒症，两个娃娃跟着他。他是外地来的，原先在镇上做木工。{{compound:欧阳志勋}}说，他最怕的是娃娃没人管。大娃娃{{compound:欧阳雨涵}}在湾岭学校五年级，小的三岁。住址{{address:琼中县湾岭镇幸福小区2栋1单元302室}}，{{compound:欧阳志勋}}的身份证{{id_number@my1984x.469030}}。
访谈者：第四户？
受访者：第四户，妈妈{{han:陈亚娇}}服刑，爸爸跑了，三个娃娃跟外婆{{han:林桂香}}。大的{{han:陈思涵}}、二的{{han:陈思源}}、小的{{han:陈思航}}。{{han:林桂香}}也说，她带不动了，我们正在联系县{{trap/org:儿童福利院}}。外婆身份证{{id_number@woldquad.469030}}，电话{{mobile@plain}}。
访谈者：这么多户，您一个人跑得过来吗？
受访者：跑不过来。镇上有儿童督导员{{han:冯丽萍}}，十二个村各有一个儿童主任，像大坡村的{{han:曾秀娥}}、思河村的{{han:王亚娣}}，都是村里的媳妇。县社工站派了{{compound:皇甫明轩}}和{{compound:尉迟晓云}}，还有实习生{{compound:东方雅琪}}，她们一周来两天。我们还跟{{trap/org:妇联}}、团委合作，给娃娃们办了暑期班。
访谈者：登记的时候最容易出什么错？
受访者：名字。村里报上来的表是手写的，有的写成{{spaced:黄 宇 航}}，有的写成{{spaced:李　晓　蔓}}，{{spaced:欧 阳 志 勋}}一个字一个格，还有{{spaced:陈亚 娇}}、{{spaced:林桂 香}}这种中间空一格的。复姓最容易录错，{{spaced:皇　甫　明　轩}}在系统里曾经被录成姓皇。
访谈者：还有什么要补充的？
受访者：还有一户新报的，{{han:吉光明}}，黎族，出车祸高位截瘫，老婆{{han:卓亚金}}在县城超市上班，儿子{{han:吉家宝}}八岁。{{han:吉光明}}他不想拖累家里，想过轻生，是{{han:曾秀娥}}发现了，连夜打电话给我。我们去了三个人，陪他说了一晚上话。现在{{han:吉家宝}}报了困境儿童，{{han:吉光明}}报了重度残疾人护理补贴。住址{{address:琼中县湾岭镇鸭坡村六组9号}}，{{han:卓亚金}}的电话{{mobile@p86h}}，微信也是这个号。
访谈者：这些娃娃里，您最挂心的是哪个？
受访者：第四户的老大。她十四岁，妈妈进去以后，她就不怎么说话了，成绩从前十掉到后面。我们请县里的心理老师给她做了几次辅导，又让村里的儿童主任每周去一趟。上个月她给我写了张纸条，说叔叔，我想考卫校。我把纸条夹在台账里，每次翻到都看一眼。这样的娃娃，你帮她一把，她就能站起来；你不管，她可能就走上她妈妈的老路。
访谈者：这些家庭的情况多久核一次？
受访者：一季度一次，大事随时报。上个月{{han:林桂香}}摔了一跤，腿骨折，三个娃娃没人做饭，是{{han:冯丽萍}}连夜把娃娃们接到她家住了一个礼拜。我们马上给外婆报了临时救助，又找福利院商量。我跟他们说，先别急着送，能在家里养就在家里养，政府帮着补。娃娃离了家，再好的地方也不是家。
访谈者：您工作有什么难处？
受访者：材料多，人少。一个娃娃一套表，每个季度要更新。我办公室墙上贴着一句话：{{trap/word:黄金}}有价，娃娃无价。上回县里开会，{{han:邓副县长}}说，宁可多跑一趟，不能漏掉一个。镇里的民政服务热线是{{trap/number:12349}}，我的手机{{mobile@s38}}，工作微信{{wechat:zgx_wanling}}。
访谈者：最后呢？
受访者：这些娃娃长大了，能有个样子，我这九年就没白干。
""")

# H816: Miao grandfather in 琼中 raising a grandson with cerebral palsy.
DOCS["H816"] = ("family", """\
访谈者：阿公，您身体还好吧？
受访者：还行，就是腰不好。我叫{{han:盘德贵}}，苗族，六十七岁，住在{{trap/place:上安乡}}的苗村里。老伴{{han:蒋桂花}}去年走了。儿子{{han:盘文福}}在{{trap/place:广州}}工地上打工，儿媳{{han:邓秀凤}}生了孩子第二年就走了，再没回来。孙子{{han:盘金旺}}九岁，生下来就是脑瘫。
访谈者：孩子现在怎么样？
受访者：走不了路，说话含糊。{{han:盘金旺}}他脑子不糊涂，我说什么他都懂。他一笑，我一天的累都没了。我早上给他擦身子、喂饭，抱他到门口晒太阳，看鸡，看狗，看过路的人。
访谈者：孩子上学吗？
受访者：上不了学校，县里{{school:琼中县特殊教育学校送教上门二年级（1）班}}的老师每周来两次。{{han:李山林}}老师说，{{han:金旺}}认得一百多个字了。{{han:李山林}}也教我给孩子做康复，掰腿、按手。还有个女老师{{han:蒋秋月}}，她每次来都带着卡片，跟{{han:金旺}}一起唱苗歌。
访谈者：补助都有哪些？
受访者：孩子有残疾证，一级，每个月有残疾儿童康复补贴和困境儿童补贴，加起来{{trap/number:一千零八十}}。我是低保户。村里的儿童主任{{han:李金凤}}帮着办的，她说，阿公，你别跑了，我跑。乡里的{{han:邓志远}}是专管残疾人的，{{han:邓志远}}跟{{trap/org:县残联}}说了，给孩子配了一台轮椅。村支书{{han:蒋明山}}给我们家修了坡道，轮椅能推出门。
访谈者：儿子回来吗？
受访者：过年回来。{{han:盘文福}}也难，一个人打工，寄回来的钱刚够孩子吃药。他说要把孩子接去广州，我说那边谁带？他在工地，孩子一个人在出租屋里怎么行。{{han:盘文福}}说，那就辛苦你了，爸。
访谈者：村里人帮您吗？
受访者：帮。隔壁{{han:盘大哥}}每天帮我挑水。{{han:盘春来}}是我堂侄，开三轮车，孩子去县医院都是他送。{{han:蒋婶}}做了{{trap/minority_word:五色饭}}就送一碗来。乡卫生院的{{han:邓福生}}医生每个月上门一次，给孩子量体重。还有县社工站的{{compound:令狐晓梅}}，她跟{{compound:长孙海涛}}一起来，帮我申请了居家托养。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:盘皇节}}村里杀猪，唱歌，孙子听见芦笙就拍手。我给他讲{{trap/famous:盘古}}开天的故事，讲我们苗家从哪里来。他听不全，可他喜欢听。
访谈者：村里开会的时候，大家怎么说你们家的事？
受访者：都说要帮。{{han:蒋明山}}那边开了个会，定下来每年冬天给我们家送一车柴，村里的年轻人轮流送。{{han:邓志远}}都说了好几回，要给孩子申请去海口做一次康复评估，名额下来了就通知我。去县医院要走一个钟头的{{trap/word:盘山路}}，孩子晕车，吐一路，我就抱着他，一路唱苗歌给他听。
访谈者：孩子的妈妈还有消息吗？
受访者：没有。听人说在外省又成了家。我不怪她，孩子这个样子，年轻人吓怕了。可孩子总要知道有个妈。我把她留下的一张照片放在孩子床头，孩子看着照片会笑。村里老人说，苗家的孩子是山养大的，山在，孩子就在。我信这句话，也靠这句话撑着。
访谈者：您最担心什么？
受访者：我走了以后孩子怎么办。{{han:李金凤}}说可以进县里的福利院，可我舍不得。我想再撑十年，撑到孩子大一点。
访谈者：您一天是怎么过的？
受访者：天一亮起来煮粥，喂孩子，喂鸡。上午背他到屋后的菜地，让他坐在竹椅上看我种菜。中午做饭，下午给他按腿，按一个钟头。晚上他睡了，我再去山上看看那几亩槟榔。以前老伴在，两个人轮着，现在就我一个。有时候腰疼得起不来，{{han:盘春来}}就过来帮我抱孩子上床。{{han:金旺}}他晚上睡不好，一翻身就哭，我一夜要起来三四回。
访谈者：您自己看病怎么办？
受访者：能拖就拖。去年高血压犯了，头晕，{{han:邓福生}}医生非要我去县里检查，说我倒了孩子怎么办。我去了，开了药，现在每天吃一片。
访谈者：要登记地址和号码。
受访者：家在{{address:琼中县上安乡什育村三组8号}}。我的身份证{{id_number@my1958hyphen.469030}}。我电话{{mobile@s74}}，儿子的{{mobile@plus86}}，儿子的微信{{wechat:panwenfu_gz}}。
访谈者：表上的名字写对了吗？
受访者：有的不对。残联的表写成{{spaced:盘 金 旺}}，低保表写成{{spaced:盘　德　贵}}，还有写成{{spaced:盘金 旺}}的。社工姑娘在签字栏写的是{{spaced:令 狐 晓 梅}}。
访谈者：您还想说什么？
受访者：谢谢政府，谢谢这些好人。孩子能活着，能笑，我就知足了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=809,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout102",))


if __name__ == "__main__":
    main()
