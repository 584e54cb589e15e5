# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 16 (tests/pii/holdout16/H113-H120 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 16 is about children in distress (困境儿童) in northern, north-western and south-western China, in eight new
voices: a Khorchin Mongolian grandmother in 科左中旗 (通辽) raising two grandchildren whose father drinks and whose
mother left, a Pumi village cadre and child director in 兰坪 (河西乡) with two orphans, the children of a prisoner
and a disabled Naxi mother, and left-behind children, a Jino teacher at the boarding school of 基诺山 (景洪) with a
Jino boy whose father was killed by a falling rubber tree, the son of a mentally ill mother and a Dai boy, a Hui
mother in 西吉 (固原) whose husband was paralysed by a fall on a building site, a Han coal-miner's widow in 临县
(吕梁) raising three children among her own and her husband's large family, a Han village child director in 张北
(张家口) reading her cases out of her ledger, a Han grandfather in 开州 (重庆) raising left-behind grandchildren, and
a Han Civil Affairs caseworker in 宁城县 (赤峰) reviewing relief cases with a colleague. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Khorchin Mongolian names alone
and after the Han surnames 包, 白, 韩, 吴 (娜日苏, 图门朝克图 then 朝克图, 包乌云娜, 韩巴图孟和, 吴萨仁托雅) beside the
Han names of the same people; Pumi names in transliteration, bare and after a Han surname, with short forms (格茸农布,
此里农布 then 此里, 拉木品初 then 品初, 杨鲁若, 胡尔车); Jino father-son linked names (布鲁腰, 腰先, 先者, 先妞) and a
Han surname before a Jino name (白先者); Hui Han-form names with the surnames 马, 杨, 海, 纳 and Arabic-style names
after them (杨尔萨, 杨哈桑, 纳伊斯哈格, 马叶海亚); Han names with common and rare surnames, with titles and kin words,
names that contain words, nicknames, a name written twice on a form, names directly before particles and verbs and
after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read
out and written the many ways people do (3-4-4, 3-8 and 7-4 groups, hyphens, +86 with and without a space, full-width
digits, ID numbers in 6-8-4 and 6-4-4-4 groups, X check digits, QQ numbers a few words after the cue).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:贾桂莲}}``, ``{{qq:2740583169}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, pumi, jino, hui, dai) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016quad.150521}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number. Besides
                                   the shapes of ``_setkit`` (plain, x, spaced, hyphen, fullwidth; plus86, plus86dash,
                                   plus86spaced) this set writes IDs as ``quad`` (6 4 4 4), ``quadx``, ``spacedx``,
                                   ``hyphenx``, ``fwx`` (full-width with Ｘ) and ``fwspaced`` (full-width 6 8 4), and
                                   mobiles as ``s38`` (3 8), ``s74`` (7 4), ``h38`` (3-8), ``p86h`` (+86 3-4-4 with
                                   hyphens), ``p86n`` (+86 and no space) and ``fws`` (full-width 3 4 4);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶,
姨, 嬢嬢, 幺爸) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span. Han-style names of Mongolian, Pumi, Naxi, Jino, Dai and Hui people (韩雪莹, 熊金花,
和丽梅, 沙玉琼, 刀玉芳, 海兰英) and nicknames built on Chinese words are category han; a Han surname before a
non-Han given name (包乌云娜, 杨鲁若, 白先者, 杨尔萨) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout16/make_holdout16.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(16_2026_1205)
MINORITY_GROUPS = ("mongolian", "pumi", "jino", "hui", "dai")
# Floors from the brief (minority groups counted together where the brief pairs them).
GROUP_FLOORS = {"mongolian": 10, "pumi+jino": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "137", "139", "147", "152", "155", "156", "159", "175", "177", "180", "182", "185",
                   "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}


# H113: Khorchin Mongolian grandmother in 科左中旗 (通辽); her son drinks, her daughter-in-law left.
DOCS["H113"] = ("family", """\
访谈者：奶奶，您先说说家里几口人。
受访者：就我跟两个孙子。我叫{{minority/mongolian:吴萨仁托雅}}，身份证上是{{han:吴秀荣}}，六十八了，娘家在{{trap/place:奈曼旗}}，嫁到{{trap/place:科左中旗}}四十多年。老头子{{minority/mongolian:韩巴图孟和}}前年冬天脑梗走了。儿子{{minority/mongolian:韩额尔敦仓}}在{{trap/place:通辽}}给人开铲车，喝酒喝坏了胃，挣的钱一多半看了病。儿媳{{han:李春燕}}跟他离了，回了铁岭娘家，孩子就撂给我了。
访谈者：两个孩子多大？
受访者：孙女{{minority/mongolian:娜日苏}}十四，汉名叫{{han:韩雪莹}}，在{{school:科左中旗保康第三中学初二（4）班}}住校。孙子{{minority/mongolian:图门朝克图}}九岁，汉名{{han:韩志远}}，在{{school:花吐古拉镇中心校三年级（1）班}}。家里都喊他{{minority/mongolian:朝克图}}，{{minority/mongolian:朝克图}}他淘得很，就{{minority/mongolian:娜日苏}}说他他才听。
访谈者：孩子们想爸爸妈妈吗？
受访者：小的天天问。{{trap/word:白天}}跟同学疯，晚上抱着他爸的旧棉袄睡。大的不吭声，她妈来电话她也不接。班主任{{han:吴丽娟}}老师跟我说，孩子作文里写“我家只有奶奶”，她看了直掉眼泪。
访谈者：孩子爸爸多久回来一次？
受访者：说是一个月回来一趟，其实两三个月才见着人。回来就喝，喝多了就哭，说对不住他爹，对不住俩孩子。孙女看见他那样，扭头就回屋，门一关一晚上不出来。去年腊月他喝得吐了血，是嘎查的人帮着送到旗医院的。大夫说再喝命就没了，他这半年算是少喝了点。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:包乌云娜}}，{{minority/mongolian:包乌云娜}}跑了三趟旗{{trap/org:民政局}}，给俩孩子办下来事实无人抚养的补助，一个孩子一个月{{trap/number:一千三百六}}。嘎查达{{minority/mongolian:敖日其楞}}秋天给拉了两车玉米秸。苏木的{{han:白树林}}每个季度来核一回，{{han:白树林}}也会说蒙语，跟我唠得来。卫生院的{{han:包德胜}}大夫上门给我量血压。旗里社工站派了个姑娘，叫{{compound:长孙语嫣}}，跟她一起来的是{{compound:拓跋思远}}，俩人礼拜六给孙子补数学。
访谈者：邻居们呢？
受访者：东院{{minority/mongolian:宝音都仁}}家的牛跟我家的在一个圈，他顺手替我添草。西院{{minority/mongolian:乌日根高娃}}说孩子衣裳小了，就把她外孙穿剩的拿过来。还有{{minority/mongolian:图布信毕力格}}他们家，过年杀猪总给我割一条肉。
访谈者：孙女住校，花销大吗？
受访者：伙食一个月三百来块，学校给困难学生免了住宿费。她懂事，一个礼拜就花几十块，剩下的攒着，过年给弟弟买了双棉鞋。有一回她来了例假，不懂，吓得给我打电话哭。我老婆子说不明白，还是社工那姑娘去学校跟她讲的，给她买了东西。这些事当奶奶的想不到，有人帮一把，心里就踏实多了。
访谈者：孩子们平常爱干什么？
受访者：{{minority/mongolian:朝克图}}爱摔跤，去年苏木{{trap/minority_word:那达慕}}拿了少年组第三，奖了个搪瓷盆。{{minority/mongolian:娜日苏}}爱听{{trap/minority_word:好来宝}}，她爷爷在世时常拉四胡唱{{trap/famous:嘎达梅林}}。正月里我带他们去祭{{trap/minority_word:敖包}}，求老天保佑孩子们平平安安。
访谈者：您身体怎么样？
受访者：腰不行，冬天离不开热炕。一冬天得烧两吨煤，去年是苏木给送的取暖煤，省了我一千多块。去年摔了一跤，是孙女请假回来伺候我。我就怕哪天我躺下了，俩孩子没人管。儿童主任说有政策兜着，叫我别瞎想。
访谈者：登记表上要写地址、证件号、电话，您说我记。
受访者：家在{{address:科左中旗花吐古拉镇哈日干图嘎查三组17号}}。儿子租的房在{{address:科尔沁区和平街道富康小区9号楼3单元502室}}。我的身份证{{id_number@wy1957.150521}}，{{han:韩志远}}的是{{id_number@my2016quad.150521}}，派出所的人就是四个四个念的。我电话{{mobile@s38}}，儿子的{{mobile@p86h}}，他微信{{wechat:Erdun_cang1986}}。孙女有个QQ，她写在我老年机后盖里头了，你看：{{qq:2740583169}}。
访谈者：名字都对得上吗？
受访者：对不上的多。学校名单上孙女是{{spaced:娜 日 苏}}，孙子是{{spaced:图　门　朝　克　图}}，一个字一个空。低保本上写成{{spaced:韩 雪 莹}}，嘎查的表把儿童主任写成{{spaced:包乌云 娜}}，社工姑娘签到成了{{spaced:长 孙 语 嫣}}。
访谈者：最后，您最盼什么？
受访者：盼儿子把酒戒了，盼俩孩子念出书来。{{minority/mongolian:娜日苏}}说要考{{trap/place:呼和浩特}}的大学，当大夫，回来给奶奶看腰。我说奶奶等着，你念到哪儿，奶奶供到哪儿。
""")

# H114: Pumi village cadre and child director in 兰坪 (河西乡): two orphans, a prisoner's children, left-behind children.
DOCS["H114"] = ("staff", """\
访谈者：您在村里负责哪些工作？
受访者：我是村委会副主任，也是儿童主任。我叫{{han:熊金花}}，普米族，普米名字叫{{minority/pumi:拉木品初}}，寨子里的老人都喊我{{minority/pumi:品初}}。我们村在{{trap/place:兰坪}}河西乡，四百来户，普米族占一大半，还有白族、傈僳族。登记在册的困境儿童九个，我说三家。
访谈者：好。
受访者：头一家是孤儿。爹{{minority/pumi:格茸农布}}前年上山捡{{trap/word:松茸}}，从岩子上摔下来没了；娘{{han:杨秀珍}}得的肝癌，第二年也走了。留下两个娃，哥哥{{minority/pumi:此里农布}}十二岁，妹妹{{minority/pumi:尼玛拉初}}八岁。现在跟爷爷{{minority/pumi:杨鲁若}}过，{{minority/pumi:杨鲁若}}七十五了，还要上山放羊。哥哥在{{school:兰坪县河西乡中心完小六年级（2）班}}，{{han:李玉兰}}老师说这娃娃上课不吭声，作业本却写得干干净净。{{minority/pumi:尼玛拉初}}她认生，见了生人就躲到哥哥{{minority/pumi:此里}}背后。
访谈者：爷爷一个人带得过来吗？
受访者：带得辛苦。老人家早上五点起来煮猪食，再给娃娃热饭，天不亮就把妹妹送到村小。晚上娃娃写作业，他坐在火塘边抽烟，一句话不说。有一回我去，看见他对着儿子的相片掉眼泪，见我进门赶紧抹了。我跟他说，阿爷你莫一个人扛，有啥子难处就喊我。后来砍柴、背水这些重活，村里的年轻人轮着帮他干。
访谈者：第二家呢？
受访者：第二家，娃娃他爹{{minority/pumi:给若次尔}}贩毒判了七年，关在{{trap/place:昆明}}；娘{{han:和丽梅}}是纳西族，腿有残疾，拄拐。大的叫{{minority/pumi:吉若拉姆}}，小的叫{{han:和志鹏}}，随娘姓。我们给报了低保，{{trap/org:县残联}}给娘配了轮椅。大姑娘十五了，初中毕业想出去打工，我跟她娘劝了三个晚上，总算让她去读了职中。
访谈者：孩子们知道爸爸在哪里吗？
受访者：大的知道，小的只晓得爹在外头。去年司法所组织亲情会见，我陪娘仨坐了一天班车去的。隔着玻璃，当爹的一句话说不出来，光是哭。回来的路上小的问我，阿姨，爹是不是犯了大错？我说犯了错就要改，改好了就回家。那晚上他抱着我的胳膊睡着了。
访谈者：第三家呢？
受访者：第三家是留守的，爹妈在浙江电子厂，娃娃{{minority/pumi:胡尔车}}十岁、{{minority/pumi:胡独支}}六岁，跟外婆{{minority/pumi:鲁茸拉姆}}住。{{minority/pumi:鲁茸拉姆}}只会说普米话，电话里跟女儿讲不清，都是外孙翻给她听。
访谈者：村里谁和您一起做这些？
受访者：村支书{{han:杨正福}}，乡民政办的{{han:和建军}}，乡里的督导员{{han:熊春梅}}大姐。乡卫生院的{{han:曹永康}}大夫每月来给老人娃娃看病。县社工站来的社工叫{{compound:巫马静怡}}，她同事{{compound:段干俊杰}}是学心理的。{{compound:巫马静怡}}说话轻声细气，娃娃们都爱跟着她。
访谈者：普米族的娃娃有什么讲究吗？
受访者：娃娃满十三岁要过成年礼，男娃穿裤子，女娃穿裙子。哥哥明年就满十三，没爹没娘，谁给他穿裤子？爷爷说他来，我说村里一起办。过{{trap/minority_word:吾昔节}}全寨子跳{{trap/minority_word:搓蹉}}，请{{trap/minority_word:韩规}}念经，我叫几家娃娃都去，热热闹闹的，就不那么想爹妈了。
访谈者：娃娃们上学远吗？
受访者：远。村小只到三年级，四年级以上要去乡里住校，山路走两个多钟头。礼拜天下午大娃娃背着米和腌菜下山，礼拜五再爬上来。下雨天路滑，我们村委会就开车去接。学校有营养餐，一天一个鸡蛋一盒奶，娃娃们说比家里吃得好。
访谈者：钱上面够吗？
受访者：孤儿每人每月{{trap/number:一千二百八}}，直接打到卡上，老人一分不动，说留着娃娃读书。地里种些苞谷洋芋，养两头猪。松茸季节娃娃放学也跟着上山，一斤能卖几十块。
访谈者：信息表要登记住址、证件号码和电话。
受访者：孤儿家在{{address:兰坪县河西乡箐花村三组21号}}，留守那家在{{address:兰坪县河西乡玉狮村五组8号}}。{{minority/pumi:此里农布}}的身份证{{id_number@my2012hyphen.533325}}，{{minority/pumi:杨鲁若}}的是{{id_number@mold.533325}}。我手机{{mobile@spaced}}，{{han:和丽梅}}的手机{{mobile@h38}}，她微信就是这个号。我的微信是{{wechat:Pinchu-Xiong}}。{{minority/pumi:胡尔车}}拿他爹的旧手机上QQ，号码写在练习本最后一页，我抄下来了：{{qq:１５８２０４７３６}}。
访谈者：表上的名字有错的吗？
受访者：多得很，普米名字是音译，各家写法都不一样。学籍上把妹妹录成{{spaced:尼 玛 拉 初}}，把哥哥录成{{spaced:此　里　农　布}}，还有把爷爷写成{{spaced:杨鲁 若}}的。社工站花名册上成了{{spaced:巫 马 静 怡}}。
访谈者：您最大的心愿呢？
受访者：娃娃们都能读出去，再回来。{{trap/place:怒江}}峡谷的路难走，可书读进肚子里，谁也拿不走。
""")

# H115: Jino teacher at the boarding school of 基诺山 (景洪); a rubber tapper's orphans, a sick mother's son, a Dai boy.
DOCS["H115"] = ("teacher", """\
访谈者：您在基诺山教书多少年了？
受访者：十九年了。我叫{{han:沙玉琼}}，基诺族，寨子里的老人还喊我的基诺名字{{minority/jino:者妞}}。我在{{trap/place:基诺山}}的民族小学带寄宿生，全校两百多个娃娃，爹妈不在身边的占了一半。
访谈者：有哪些孩子让您放心不下？
受访者：先说{{minority/jino:先者}}。我们基诺族是父子连名，爷爷叫{{minority/jino:布鲁腰}}，爹叫{{minority/jino:腰先}}，到他就叫{{minority/jino:先者}}，妹妹叫{{minority/jino:先妞}}。报名要有个汉姓，学籍上写的是{{minority/jino:白先者}}。{{minority/jino:腰先}}前年割胶，被倒下的{{trap/word:橡胶}}树砸了，送到{{trap/place:景洪}}没救过来；娃娃的妈{{han:刀玉芳}}是傣族，后来改嫁去了{{trap/place:勐腊}}。兄妹俩跟着爷爷，老人说他眼睛花了，割不动胶了。哥哥在{{school:景洪市基诺山民族小学五年级（2）班}}，{{minority/jino:先妞}}在{{school:景洪市基诺山民族小学一年级（3）班}}。
访谈者：孩子现在怎么样？
受访者：刚出事那半年，他也不哭也不闹，就是夜里尿床。十一岁的娃娃，早上偷偷把床单拿去洗，怕同学笑。生活老师发现了告诉我，我没声张，每天半夜叫他起来一回，过了一学期才好。现在他当了班上的劳动委员，扫地抢着干。
访谈者：周末孩子们怎么过？
受访者：离家近的礼拜五下午走路回寨子，远的要等家长骑摩托来接。没人接的就留在学校，我跟生活老师轮流值班，带他们洗衣服、看电视、去茶地里捡菌子。有的娃娃一个月都接不到爹妈一个电话，礼拜天晚上就趴在窗户上看着山路。我们学校装了亲情电话，每个娃娃一个礼拜可以免费打二十分钟，排队的时候一个比一个安静。
访谈者：第二个呢？
受访者：第二个是{{minority/jino:切布}}。他爹{{minority/jino:木拉切}}在勐腊的香蕉地打工，一年回来一趟；他妈{{han:何春兰}}有精神病，犯起病来半夜在寨子里喊。孩子才十一岁，会煮饭、喂猪，周末回家头一件事是看他妈吃没吃药。{{trap/org:乡卫生院}}的{{han:周德华}}大夫每月上门送药，{{han:周德华}}说病稳住了，孩子才能安心念书。
访谈者：还有吗？
受访者：还有个傣族娃娃{{minority/dai:岩温龙}}，跟外婆{{minority/dai:玉罕香}}过，爹妈离婚后都去了广东。{{minority/dai:岩温龙}}他不爱说话，下课一个人蹲在篮球架底下看蚂蚁。外婆只会说傣话，我就请会傣话的{{minority/dai:玉旺}}老师跟我一起去家访。
访谈者：谁跟您一起照顾这些孩子？
受访者：校长{{han:张永福}}，乡民政的{{han:白建华}}，村里的儿童主任{{minority/jino:白腊妞}}。{{minority/jino:白腊妞}}说这几个娃娃她天天挂在心上。学校的心理老师叫{{compound:皇甫心怡}}，县医院还有个医生{{compound:左丘文博}}，每学期来给孩子们体检。{{compound:皇甫心怡}}给哥哥做了半年沙盘，他才肯开口说他爹。
访谈者：补助都落实了吗？
受访者：落实了，乡民政跟学校对过好几回名单。兄妹俩办了孤儿基本生活费，一人一个月{{trap/number:一千四百二}}，爷爷也进了低保。第二个娃娃家报了低保，他妈办了残疾证。学校免了住宿费，一天三顿在食堂吃。周末不回家的娃娃，我就带回自己家，煮一锅鸡肉烂饭。
访谈者：寨子里过节孩子们参加吗？
受访者：参加。{{trap/minority_word:特懋克节}}寨子里敲{{trap/minority_word:太阳鼓}}，跳{{trap/minority_word:大鼓舞}}。{{minority/jino:布鲁腰}}给孩子们讲{{trap/famous:阿嫫小白}}造天造地的古话，娃娃们围着火塘听到半夜，第二天上课个个打瞌睡。
访谈者：表上要登记住址、证件号码和联系方式。
受访者：兄妹俩家在{{address:景洪市基诺山乡巴来村二组14号}}，{{minority/jino:切布}}家在{{address:景洪市基诺山乡洛科新寨三组9号}}。{{minority/jino:白先者}}的身份证{{id_number@my2013spaced.532801}}，{{han:何春兰}}的是{{id_number@wmidfwspaced.532801}}，她证上的数字是全角打的。我电话{{mobile@plus86}}，{{minority/jino:木拉切}}的{{mobile@s74}}，他用微信多，微信号{{wechat:wxid_7k2m9qx4tz}}。我的QQ是老号，八位数，周末娃娃们拿家长手机找我：{{qq:61839205}}。
访谈者：名字登记有出错的吗？
受访者：有。学籍系统里成了{{spaced:白 先 者}}，医保卡上爷爷是{{spaced:布　鲁　腰}}，体检表把心理老师写成{{spaced:皇 甫 心 怡}}，低保名单上傣族娃娃断成了{{spaced:岩温 龙}}。
访谈者：您最想跟外面的人说什么？
受访者：山里的娃娃不比城里的笨，就是缺个人陪。哥哥说长大要开拖拉机，把爷爷的胶水拉到镇上卖，我说那你先把数学学好。
""")

# H116: Hui mother in 西吉 (固原); her husband was paralysed by a fall on a building site in 银川.
DOCS["H116"] = ("family", """\
访谈者：大姐，您家里现在是什么情况？
受访者：我叫{{han:海兰英}}，回族，经名叫{{minority/hui:海蒂彻}}，今年三十九。家在{{trap/place:西吉}}县的山里头，离{{trap/place:固原}}城一百来里。掌柜的叫{{han:杨德俭}}，寺里都叫他{{minority/hui:杨尔萨}}，前年在{{trap/place:银川}}工地上从脚手架上摔下来，腰断了，下半身瘫着，炕都下不了。
访谈者：孩子几个？
受访者：三个。老大是儿子，{{minority/hui:杨哈桑}}，学名{{han:杨子骞}}，十五了，在{{school:西吉县第三中学初三（2）班}}。老二是丫头，{{han:杨雪娟}}，十二。老三{{minority/hui:杨穆萨}}七岁，在{{school:将台堡镇明台小学一年级（2）班}}。{{minority/hui:哈桑}}他懂事，放了学先给他爸翻身、擦洗，再写作业，晚上十一点才睡。
访谈者：出事以后，工地上赔了吗？
受访者：包工头跑了。县里的法律援助中心给找了个律师，叫{{compound:公冶明哲}}，年轻人，跑前跑后打了一年官司，赔了十二万。交了医药费、还了借的钱，剩不下几个。{{minority/hui:杨尔萨}}说是他拖累了一家人，有段时间饭都不吃，我跟孩子们轮着劝。
访谈者：这两年谁帮过你们？
受访者：村里的儿童主任{{han:纳文英}}，{{han:纳文英}}说我们家够条件，帮着跑手续，一家五口都进了低保，一个月{{trap/number:两千一百多}}。镇上民政的{{han:马进财}}来家里看过三回，{{trap/org:县残联}}给掌柜的配了轮椅和气垫床。寺里的{{minority/hui:纳伊斯哈格}}阿訇每到{{trap/minority_word:开斋节}}就把乡亲们的{{trap/minority_word:天课}}分一份送来，米、面、清油都有。村医{{minority/hui:马叶海亚}}一个礼拜来一趟，给掌柜的换药、看褥疮。县里社工站来过个女娃，叫{{compound:呼延子涵}}，她带丫头做手工、画画，说孩子心里憋着东西。
访谈者：您自己靠什么挣钱？
受访者：村里有个扶贫车间，给南方的厂子缝手套、钉扣子，按件算钱，一个月能挣一千来块。我早上把掌柜的收拾好，婆婆看着，我去车间干到中午，回来做饭、喂牛，下午再去。地里种了十几亩洋芋和胡麻，忙不过来就雇人。一天下来腰跟断了一样，可看着三个娃娃，不敢倒下。
访谈者：掌柜的现在怎么样？
受访者：比刚回来的时候强多了。刚回来那阵，他脾气大，摔碗砸东西，说不想活了。后来康复医院的大夫教我们给他做按摩、练胳膊，他能自己坐起来吃饭了，还学着在手机上给人看羊的行情。他说等老大念出书来，他就能闭眼了。我说你胡说，你还要看孙子呢。
访谈者：婆家娘家能帮上吗？
受访者：婆婆{{minority/hui:海鲁格耶}}七十多了，跟我们住，能帮着烧火做饭。我娘家哥{{han:海正清}}在固原城里开拉面馆，过年给孩子们买新衣裳，老大的学费也是他出的，我想着让{{han:海正清}}把老大带到城里念高中。隔壁{{minority/hui:马赛乃白}}嫂子，农忙的时候过来帮我收洋芋。
访谈者：丫头怎么样？
受访者：丫头心重。她爸出事那天她在学校，回来看见她爸躺在炕上，哭了一晚上。后来她就不爱说话，成绩往下掉。班主任{{han:海玉珍}}老师找我谈了几回，说孩子在日记里写，怕她爸死了。社工女娃来了以后，丫头慢慢开朗了些，现在跟着{{han:海玉珍}}学写毛笔字。
访谈者：你们平时过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}宰不起羊，就炸些{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，端给邻居，也给掌柜的端一碗到炕头。老三问过我，妈妈，大海是啥样的？我说妈也没见过。他说等他长大了，带爸爸去看{{trap/word:海边}}。
访谈者：表上要填住址、证件号码、电话，您念我写。
受访者：家在{{address:西吉县将台堡镇明台村四组23号}}，我哥的面馆楼上是{{address:原州区南关街道清河小区7号楼1单元302室}}。掌柜的身份证{{id_number@mmidspacedx.640422}}，末尾是个叉。{{minority/hui:杨穆萨}}的是{{id_number@my2018hyphen.640422}}。我手机上的数字是全角的，你照着抄：{{mobile@fws}}。{{han:纳文英}}的电话{{mobile@p86n}}，她微信{{wechat:nawenying_xj}}。老大的QQ是他自己申的，他说妈你记着，有事找不到我就发这个：{{qq:3316058427}}。
访谈者：证件上的名字都对吗？
受访者：有不对的。医院的单子上把掌柜的写成{{spaced:杨 德 俭}}，学校的名单上老大成了{{spaced:杨 哈 桑}}，低保本上我是{{spaced:海　兰　英}}，寺里的登记本写成了{{spaced:纳 伊 斯 哈 格}}，{{spaced:杨子 骞}}是考试的准考证上断开的。
访谈者：您现在最盼的是什么？
受访者：盼掌柜的能坐起来，盼娃娃们把书念成。{{trap/place:六盘山}}那边修了路，去城里方便了，{{minority/hui:哈桑}}说他考上高中就住到他舅舅家去。
""")

# H117: Han coal-miner's widow in 临县 (吕梁) raising three children; nicknames and a large family.
DOCS["H117"] = ("family", """\
访谈者：大嫂，您先说说家里的情况。
受访者：我叫{{han:贾桂莲}}，四十一了，{{trap/place:临县}}人。男人叫{{han:薛满仓}}，在{{trap/place:吕梁}}山里的小煤窑上下井，{{trap/number:2019年}}腊月窑里透水，他跟另外两个人没上来。丢下三个娃娃，大闺女{{han:薛晓琴}}小名{{han:俊俊}}，那年十二；二小子{{han:薛福顺}}，小名{{han:拴拴}}，八岁；小闺女{{han:薛小梅}}才三岁，小名{{han:丑丑}}，是她爷爷起的，说名字丑了好养。
访谈者：出事以后窑上赔了吗？
受访者：赔了，前后拖了一年多。窑主不认账，是县里安监的{{han:宿文斌}}跑来给我们作证，又请了个律师叫{{compound:闾丘振华}}，这才拿到{{trap/number:八十六万}}。钱一多，事就多。大伯子{{han:薛满堂}}说钱该归老人，小叔子{{han:薛满库}}说他也出过力，闹得一家人几年不说话。最后是村里支书{{han:闫志刚}}出面，把钱大头给娃娃存了定期，谁也动不了。
访谈者：现在婆家跟您来往吗？
受访者：婆婆{{han:郝秀英}}还跟我好，公公{{han:薛保田}}前年走了。{{han:郝秀英}}那边一有好吃的就叫二小子过去。{{han:薛满堂}}那边到现在见了面也不招呼。小叔子媳妇{{han:任翠兰}}人不赖，偷偷给{{han:丑丑}}织过毛衣。
访谈者：娘家呢？
受访者：娘家哥{{han:贾富贵}}在{{trap/place:太原}}开出租，{{han:贾富贵}}也不宽裕，可每年开学给娃娃们一人五百块。我妈{{han:霍改莲}}八十了，眼睛不行，嘴上老念叨外孙女。我姐{{han:贾桂英}}嫁在{{trap/place:碛口}}，{{trap/place:黄河}}边上，农忙的时候过来帮我收枣。
访谈者：三个孩子现在怎么样？
受访者：{{han:俊俊}}也懂事得早，十六了，在{{school:临县第一中学高一（7）班}}，学习拔尖，就是不爱说话，她爸出事那天她正考试。{{han:拴拴}}他调皮，迷{{trap/word:武术}}，天天在院里翻跟头，说长大要当武打明星。{{han:丑丑}}就黏我，晚上非要攥着我的手才睡得着。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:樊玉梅}}，{{han:樊玉梅}}都是晚上来，说白天怕我忙。她给三个娃娃报了困境儿童，又报了低保，{{trap/org:妇联}}给大闺女办了春蕾助学。镇上卫生院的{{han:师长青}}大夫每年给娃娃们体检，我这血压也是他给看的。{{han:拴拴}}的班主任{{han:温晓燕}}老师家访过两回，说孩子聪明，就是坐不住。县里社工站的{{compound:乐正思琪}}每个月来一趟，陪大闺女说说话。
访谈者：孩子们还记得爸爸吗？
受访者：大的记得清清楚楚，小的就记得照片。每年清明我带他们上坟，大闺女跪在那儿不起来，二小子拿着他爸的矿灯不撒手，那是窑上后来送回来的。小闺女问我，爸爸在土里冷不冷？我说不冷，爸爸盖着被子呢。回来的路上我三个都搂着，一句话也说不出来。
访谈者：您想过再成个家吗？
受访者：村里有人给说过，我没应。一是怕娃娃们受委屈，二是怕人家惦记那笔钱。我跟娃娃们说，妈就守着你们，等你们都成家了，妈再歇。
访谈者：您一个人怎么挣钱？
受访者：给镇上的饭店洗碗，一天八十块。冬天{{trap/word:温度}}低，水冰得手裂口子，掌柜的{{trap/word:师傅}}心好，让我戴着手套干。过年村里闹{{trap/minority_word:伞头秧歌}}，我带娃娃们去看，二小子跟在后头扭得最欢。
访谈者：您最发愁的是什么？
受访者：发愁大闺女念大学的钱够不够，发愁二小子到了十几岁学坏，村里好几个没爹的后生都跟着人在外头混。我自己没念过几天书，娃娃的作业辅导不了，只能看着他们写完了签个字。夜里睡不着，就坐起来纳鞋底，纳到天亮。
访谈者：表上要填住址、证件号和电话。
受访者：家在{{address:临县城庄镇薛家塔村二组15号}}，我哥在太原住{{address:杏花岭区巨轮街道新建北路小区4号楼2单元601室}}。我身份证{{id_number@wy1984hyphen.141124}}，{{han:薛福顺}}的是{{id_number@my2011fullwidth.141124}}。我电话{{mobile@plain}}，我哥的{{mobile@plus86dash}}，他微信{{wechat:jiafugui_ty}}。大闺女的QQ她写在家里挂历背面，我找找，喏：{{qq:1672094385}}。
访谈者：表格上名字写对了吗？
受访者：低保本上二小子是{{spaced:薛 福 顺}}，我是{{spaced:贾　桂　莲}}，学校的名单把大闺女写成{{spaced:薛晓 琴}}，社工姑娘的签名成了{{spaced:乐 正 思 琪}}。
访谈者：最后您还想说什么？
受访者：村里老人常说{{trap/famous:刘胡兰}}十五岁就不怕死，我跟大闺女说，咱也不怕难。钱是娃娃们的爸拿命换的，一分都得花在念书上。
""")

# H118: Han village child director in 张北 (张家口) reading her cases out of her ledger.
DOCS["H118"] = ("staff", """\
访谈者：您做儿童主任几年了？
受访者：五年。我叫{{han:尚春梅}}，是{{trap/place:张北}}县这个村的妇女主任，兼着儿童主任。村子在{{trap/place:坝上}}，冬天零下三十度，年轻人都去{{trap/place:张家口}}、北京打工了。台账上困境儿童七个，我翻着本子给你说。
访谈者：好。
受访者：头一个，{{han:田梦琪}}，女，十岁，在{{school:张北县第二小学四年级（3）班}}。爸{{han:田建军}}偷电缆判了四年，妈{{han:陈小燕}}回了娘家再没露面。孩子跟奶奶{{han:王凤英}}过，奶奶说她七十了，能供到哪天算哪天。第二个，{{compound:欧阳子墨}}，男，八岁，爸{{compound:欧阳德胜}}开三轮出车祸，一条腿截了；妈{{han:赵淑琴}}是智力残疾，自己都照顾不了。孩子也跟着奶奶。第三个，{{han:康佳怡}}，女，十三岁，爹妈前年一个肝癌一个车祸，都没了，是孤儿，现在跟舅舅{{han:孙志勇}}住，{{han:孙志勇}}他自己有两个孩子。第四、第五是双胞胎，{{han:高思雨}}和{{han:高思语}}，爸妈在北京送快递，跟爷爷{{han:高守仁}}过，俩孩子在{{school:张北县油篓沟中心小学二年级（1）班}}。
访谈者：这些孩子您多久去看一次？
受访者：一个月至少一趟，天冷了两趟。先看吃的、穿的、炕热不热，再问学习。田家那孩子一见我就扑过来，问她妈啥时候来。我不敢骗她，就说妈妈有难处。双胞胎的爷爷耳朵背，我跟他说话得趴在他耳朵边上喊。
访谈者：孩子们最缺的是什么？
受访者：缺人说话。老人能管吃管穿，可孩子心里想啥，老人问不出来。欧阳家那孩子有一阵子在学校不吭声，作业也不交，老师以为他懒。后来才知道，他爸截肢以后天天喝酒骂人，孩子吓得不敢回家，放了学就在村口小卖部门口蹲着。我们跟他爸谈了好几回，又请社工上门，他爸现在把酒戒了，在村里看大门。
访谈者：冬天怎么过？
受访者：坝上的冬天长，十月就烧炕，一直烧到来年五月。一户一冬天得三四吨煤，我们跟镇上申请了取暖补贴，每户一千块。大雪封路的时候，我跟书记开着村里的皮卡挨家挨户送面送菜。
访谈者：谁跟您一起做？
受访者：村书记{{han:王建民}}，镇民政所的{{han:冯志国}}所长，学校的{{han:李晓燕}}老师，卫生院的{{han:康宝山}}大夫。县社工站我们对接的是{{compound:上官沐晴}}，她同事还有{{compound:东方明轩}}，去年{{compound:令狐晓丹}}也来过。她给那个孤儿做了一年的心理辅导。
访谈者：补助都有哪些？
受访者：孤儿基本生活费一个月{{trap/number:一千五百五}}，事实无人抚养的跟孤儿一样。头两个都是按事实无人抚养报的。{{trap/org:县残联}}给孩子他爸装了假肢。双胞胎家不够条件，我们给报了留守儿童关爱，冬天送煤、送羽绒服。村里人说国家这几年{{trap/word:建设}}得好，路通到家门口了，孩子们上学也近了。
访谈者：您在台账上是怎么记的？
受访者：一人一页，姓名、学校、监护人、电话、住址都得写全。田家住{{address:张北县油篓沟乡西坊村三组11号}}，{{han:康佳怡}}她舅舅家住{{address:张北县城关镇华苑小区5号楼2单元402室}}。{{han:田梦琪}}的身份证{{id_number@wy2015quad.130722}}，{{han:王凤英}}的是{{id_number@woldx.130722}}。奶奶的电话{{mobile@hyphen}}，{{han:孙志勇}}的电话{{mobile@p86h}}，他微信{{wechat:sunzhiyong_zb}}。{{han:康佳怡}}自己有QQ，她在作业本上给我写了，说阿姨有事就找我：{{qq:2593816047}}。我自己的微信{{wechat:ShangCM_1983}}，QQ是{{qq:５０３７２９１６}}。
访谈者：登记的时候出过错吗？
受访者：出过。一回录系统，把孩子录成了{{han:田梦琪}}{{han:田梦琪}}，名字重了两遍，退回来重录。残联的表上是{{spaced:欧　阳　子　墨}}，学校名单上{{spaced:田 梦 琪}}，社工站签到表是{{spaced:上 官 沐 晴}}，还有把舅舅家的外甥女断成{{spaced:康佳 怡}}的。
访谈者：村里人怎么看这些孩子？
受访者：大多数人心善，谁家杀猪都给孩子们送一碗。也有嘴碎的，说谁家孩子他爸是劳改犯。我在村民大会上讲过，孩子没犯错，谁再当着孩子的面说，我就上门找他。
访谈者：这些年您最{{trap/word:高兴}}的是什么？
受访者：{{han:康佳怡}}考上了县一中，她说要学医。孩子们心里苦，可他们都没被压垮。老戏里唱{{trap/famous:穆桂英}}挂帅，我跟女孩子们说，咱女的也能顶起一片天。有啥事拨{{trap/number:12345}}，也能找到人。
""")

# H119: Han grandfather in 开州 (重庆) raising three left-behind grandchildren; dialect kin words and nicknames.
DOCS["H119"] = ("family", """\
访谈者：老人家，屋头现在几个人？
受访者：四个，我跟三个孙娃子。我叫{{han:程德厚}}，六十八了，{{trap/place:开州}}山里头的。老伴{{han:向素芬}}前年中风，去年冬月走了。儿子{{han:程建波}}两口子在{{trap/place:东莞}}鞋厂，女儿{{han:程建英}}在{{trap/place:上海}}做家政，娃娃都丢给我。
访谈者：三个孩子多大？
受访者：大孙子{{han:程子豪}}，小名{{han:莽娃}}，十一岁，长得墩墩实实的。孙女{{han:程欣悦}}，喊她{{han:悦悦}}，八岁。外孙{{han:刘一鸣}}，小名{{han:冬娃}}，冬月生的，六岁，他老汉儿{{han:刘国强}}在工地上摔伤了腰，回来躺了半年，又出去了。{{han:莽娃}}他在{{school:开州区临江镇中心小学五年级（2）班}}，两个小的在村小。
访谈者：您一个人带三个，忙得过来吗？
受访者：忙不过来也要忙。早上五点半起来煮面，一人一个荷包蛋，送两个小的到村小，再回来喂猪、挖地。{{han:冬娃}}就爱哭，他婆婆走了以后，晚上要挨着我睡，一翻身就醒。{{han:悦悦}}乖，会帮我扫地、洗碗。{{han:莽娃}}最操心，去年跟着大娃子去河边耍水，差点出事，我拿竹块子打了他一顿，打完了我自己躲到灶屋哭。
访谈者：孩子爸妈多久回来一次？
受访者：过年回来一趟，住个十来天就走。{{han:程建波}}说，爸，再干两年就回来，在镇上买套房子。我说你莫光想房子，娃娃长大了就不认你了。走的那天孙女抱着她妈的腿不松手，她妈一边哭一边掰开。
访谈者：孩子们跟爸妈怎么联系？
受访者：礼拜天晚上打视频。信号不好，要爬到屋后头的坡上才打得通，三个娃娃挤在一起，一人说两句。大孙子说着说着就不说了，把手机塞给妹妹，自己跑到一边去。我晓得他是心头难受，十一岁的男娃娃，不好意思在人前头哭。有一回视频完了，他问我，爷爷，我爸是不是不要我们了？我说哪个说的，你爸在外头挣钱，是为了你们读书。
访谈者：您身体吃得消吗？
受访者：腰杆痛，膝盖也痛，下雨天更恼火。去年秋天挖红苕闪了腰，躺了一个礼拜，是邻居帮我煮的饭。我就怕哪天我倒下了，三个娃娃咋个办。
访谈者：亲戚里谁帮衬？
受访者：幺爸{{han:程建华}}在{{trap/place:主城}}开出租，月月给我转五百块钱，他还给大孙子买了个学习机。嬢嬢{{han:程建英}}说等她在上海站稳了，就把{{han:冬娃}}接过去读书。
访谈者：村里、学校帮了哪些？
受访者：村里的儿童主任{{han:易小琴}}，{{han:易小琴}}都是骑摩托来，一个月跑两三趟，给三个娃娃办了留守儿童的档案，外孙他老汉儿受伤那阵还帮着申请了临时救助。村支书{{han:陈光明}}书记帮我把房子的漏雨补了。大孙子的班主任{{han:张晓梅}}老师，每个礼拜给我打电话说娃娃在学校的表现。乡卫生院的{{han:冉家和}}大夫上门给我看过几回关节。学校还有个支教的老师叫{{compound:公孙瑞雪}}，教娃娃们画画，县里社工站的{{compound:司马静姝}}跟{{compound:尉迟文轩}}暑假来办过夏令营。
访谈者：孩子们平时玩什么？
受访者：耍水我是不准了，河沟里年年淹死人。他们在院坝里跳房子、斗鸡，{{han:莽娃}}还会背{{trap/famous:刘伯承}}元帅的故事，说刘伯承就是我们开州人。我跟他们摆{{trap/famous:张飞}}庙的龙门阵，{{trap/place:长江}}边上那个。过年的时候煮一锅{{trap/word:火锅}}，三个娃娃吃得满嘴油，那是一年里最热闹的几天。
访谈者：表上要填住址、证件号、电话。
受访者：屋头在{{address:开州区临江镇竹溪村六组18号}}，女儿在上海住{{address:闵行区七宝镇新叶小区11号楼1单元702室}}。我的身份证{{id_number@moldspaced.500154}}，{{han:程子豪}}的是{{id_number@my2014quadx.500154}}。我电话{{mobile@spaced}}，儿子的电话{{mobile@s38}}，微信{{wechat:cjb_dongguan88}}。{{han:莽娃}}用他爸留下的旧手机上QQ，号码抄在门背后，我念给你：{{qq:2846107395}}。
访谈者：表上名字对不对？
受访者：有错的。医保卡上{{spaced:程　子　豪}}，中间空了好宽。支教老师的证书上写成{{spaced:公 孙 瑞 雪}}，幼儿园的表上外孙成了{{spaced:刘一 鸣}}。
访谈者：您最盼啥子？
受访者：盼娃娃们{{trap/word:平安}}长大，盼他们爸妈早点回来。我这把老骨头，能撑一天是一天，哪天撑不住了，我跟娃娃们说过，就去找{{han:易小琴}}嬢嬢。
""")

# H120: Han Civil Affairs caseworker in 宁城县 (赤峰) reviewing relief cases with a colleague.
DOCS["H120"] = ("staff", """\
访谈者：您今天在忙什么？
受访者：年底复核。我叫{{han:于淑华}}，在{{trap/place:宁城县}}{{trap/org:民政局}}儿童福利股，跟我一起的是{{han:邢立新}}，我们俩把全县的孤儿、事实无人抚养儿童的档案一本一本过。桌上这一摞是大城子镇的，我们边看边说，你听着就行。
访谈者：好的。
受访者：头一本，{{han:佟欣然}}，女，十二岁，孤儿。爸是{{trap/number:2021年}}冬天煤气中毒走的，妈早就不在了。现在跟姑姑{{han:佟丽华}}过，在{{school:宁城县大城子镇第一小学六年级（2）班}}。{{han:邢立新}}说这孩子去年考了全镇第三，姑姑把她当亲闺女养。生活费一个月{{trap/number:一千六百五}}，按时发了，没问题。第二本是个蒙古族孩子，{{minority/mongolian:呼和朝鲁}}，男，十一岁。他妈{{minority/mongolian:宝力道·诺敏花}}，身份证上就是这么写的，带个点；他爸{{han:王国臣}}酒驾撞死了人，判了六年，在{{trap/place:赤峰}}服刑。{{minority/mongolian:诺敏花}}她有类风湿，手脚变形，干不了重活，孩子按事实无人抚养报的。{{han:邢立新}}问，孩子他舅{{minority/mongolian:巴图额尔敦}}不是在{{trap/place:喀喇沁旗}}开饭馆吗？我说人家自己有三个孩子，每个月贴补两百，算不上抚养。
访谈者：这种情况怎么认定？
受访者：看父母双方。一方服刑，另一方重残或者重病，就够事实无人抚养。残疾证、判决书、诊断书都得有，缺一样都批不下来。{{minority/mongolian:诺敏花}}的残疾证是去年才办下来的，{{trap/org:县残联}}的{{han:刘明辉}}跑了两趟才给她评上二级。
访谈者：还有哪些？
受访者：第三本，{{han:杨天佑}}，男，九岁，爸妈离婚以后都去了外地，两三年没音信，跟爷爷{{han:杨万春}}过。{{han:杨万春}}都八十一了。{{han:邢立新}}说这家得再核一下，村里有人反映孩子他妈在天津又成了家。我说成了家也得有人管孩子，找不到人就按失联报，派出所出了证明的。村里的儿童主任{{han:赵桂芹}}说，孩子成天跟着爷爷放羊，身上的衣服一冬天就那一件。
访谈者：有没有核下来不合格的？
受访者：有。去年有一户，报的是父母双残，下去一看，孩子他爸在县城开着门市，残疾证是早些年办的，腿早好了。我们把情况报上去，停了补助，孩子转成了重点关注，让村里盯着。家长来局里闹过，说我们断了孩子的活路。我跟他说，钱是给真正没人管的孩子的，你有手有脚，孩子该你管。后来他自己也不吭声了。
访谈者：这些孩子除了钱还需要什么？
受访者：需要人。我们给每个孩子都配了一个联系人，村里的儿童主任打头，学校的班主任跟上，一个月至少见一面。假期里社工站办托管班，路远的孩子我们派车接。有的孩子一年到头没人给过生日，社工就在托管班里给他们过，一个蛋糕分十几个人，孩子们高兴得跟过年一样。
访谈者：复核的时候最怕什么？
受访者：最怕漏了，也怕错了。漏了一个孩子，孩子就少一年的钱；报错了一个，审计查出来，村里、镇里、我们都得担责任。所以每一本都得见人、见房、见证件。镇上的民政助理{{han:孙海涛}}每季度入户一回，照片、签字都得有。
访谈者：你们股里几个人？
受访者：四个，我们俩，还有同事{{compound:钟离婉清}}和新来的{{compound:西门俊峰}}。下乡的时候我们跟{{compound:赫连雨萱}}那个社工站一起去，她们做心理评估。{{compound:钟离婉清}}蒙语好，蒙古族的人家都是她去。
访谈者：档案里的信息都规范吗？
受访者：不规范的多。{{han:佟欣然}}家在{{address:宁城县大城子镇瓦南村四组13号}}，{{minority/mongolian:呼和朝鲁}}家在{{address:宁城县八里罕镇八里罕村二组7号}}。孩子的身份证{{id_number@my2013.150429}}，他妈的是{{id_number@wy1984.150429}}。他舅的电话{{mobile@p86n}}，微信{{wechat:BatuErdun_kl}}。{{han:佟丽华}}的电话{{mobile@s74}}。{{han:佟欣然}}有个QQ，姑姑说孩子在学校被人欺负的时候是用它找的老师，号码抄在档案袋上了：{{qq:2109574386}}。名字也乱，有的表上是{{spaced:宝力道 · 诺敏花}}，点两边空着；他舅在户口本上是{{minority/mongolian:巴图·额尔敦}}，到了表上又成了{{spaced:巴图 · 额尔敦}}；有的是{{spaced:呼 和 朝 鲁}}，一个字一个空；还有{{spaced:佟　欣　然}}，{{spaced:杨天 佑}}。我们股里说，这些都得改成跟户口本一样的。
访谈者：做这行您最大的感受是什么？
受访者：一本档案就是一个孩子的命。{{trap/minority_word:乌兰牧骑}}来镇上演出那天，{{minority/mongolian:呼和朝鲁}}坐在第一排，看得眼睛都亮了。我那天就想，钱发到位了，孩子还得有人陪着长大。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=113,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
