# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 205 (tests/pii/holdout205/H1625-H1632 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 204, written at the same time, is not
an earlier set).

Set 205 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
剑河 and 岑巩 (黔东南, Guizhou): a Mongolian father from 乌审旗 in 革东镇 (剑河), a timber-truck driver who lost a leg,
his Miao wife working at a hot-spring hotel; a Hui grandmother from 化隆 in 思旸镇 (岑巩) who polishes stones in an
inkstone workshop, her son, who ran a noodle shop, in prison and his Han wife gone; a Kham Tibetan mother from 理塘
married into a Miao village of 久仰 (剑河), her husband dead of silicosis, her second child autistic; a Kazakh
grandmother from 青河 in 水尾镇 (岑巩) raising the two children of her daughter and her Han son-in-law, an inkstone
carver, both killed on the road; a Dong 儿童主任 of a village of 南明镇 (剑河) reading out her list; a Tujia
women's federation officer of 水尾镇 taking calls; a Han medical social worker of the county hospital of 剑河; and a
Han primary-school headmaster in 思旸镇 reading his roll. The emphasis is on forms where a replacement might cover
only part of a name, or miss it, in a mix rather than one trick:

* Mongolian names (朝克额日和木, 浩尔沁毕力格, 阿茹汗图雅, 额尔敦格日勒, 巴彦德力黑) with short forms (和木, 浩尔沁,
  茹汗她), forms of address made from the name (朝哥, 朝师傅), the name cut short on a bed card (朝克额日) and the
  Miao mother's surname before the son's Mongolian name on the school roll (邰浩尔沁);
* Hui 经名 used alone beside the Han-form names of the same people (喇存英/赫迪哲, 冶海禄/易德立斯, 冶天佑/叶合亚,
  冶雨桐/麦丽卡, 哈正清/舍热甫, 冶桂琴/则乃蓓, 马兰芬/如凯娅), a Han surname before a 经名 (冶叶合亚, 杨海米乃,
  马侯塞尼), a teacher's clipped form (冶叶合), classmates' and family forms (合亚, 麦麦她) and 侯塞尼他;
* Kham Tibetan names (降泽翁曲, 洛绒邓珍, 四郎昂翁, 泽翁拉措, 呷玛曲措, 降措扎西, 旦增央宗) with short forms and forms of
  address (翁曲, 翁姐, 邓珍, 昂昂, 小拉措, 降舅), the Han father's surname before a Tibetan name (顾邓珍, 石旺久) beside
  the girl's Han name (顾卓雅), and a Dong grandmother's forms for her grandson (久久, 阿久他);
* Kazakh given name + father's name with ·, ‧, ・, ., a hyphen or nothing (扎依达·波拉提, 扎依达‧波拉提,
  扎依达-波拉提, 扎依达波拉提, 托列别尔迪·加肯别克, 托列别尔迪・加肯别克, 托列别尔迪.加肯别克), the given name alone
  (托列别尔迪), the grandchildren's Kazakh names beside their Han names (龙思旸/努尔卡斯木, 龙小茶/阿克努丽娅) and forms
  of address made from the names (扎奶奶, 小努, 阿努);
* Han, Miao, Dong and Tujia people with Han-style names and rare surnames of the region (邰, 麻, 姜, 喇, 冶, 粟, 滚,
  禄, 敖, 冉, 刁, 瞿, 蒲, 应, 其, 从, 过, 来, 龚); Miao names (榜略, 吴榜妹) and Dong teknonyms (乃美, 萨满, 公满);
  surnames and given characters that are words right before or after grammar words and verbs (滚正发正在, 舒正阳正是,
  龙得寿得过, 粟再兴再过, 杨又兰又来, 龙又华又会, 从慧敏从来, 过秋实过来, 来雨萱来学校, 田应菊应该, 其美玲其实,
  耿秋菊便, 应老四才, 田再发还是, 顾老者倒是, 龙得寿却, 罗德昌也, 粟明霞讲, 天一亮邰玉仙就要, 杨妹兰要不要, 吴燕飞能,
  杨九妹九月; 都是滚小满, 让冉春兰, 把滚正发, 被杨正国, 给杨九妹, 跟徒弟蒋砚农, 问杨妹兰, 喊皇甫蓁蓁);
* names that contain words, and those words or the surname's word nearby (温泉旺 beside 剑河温泉, 彭光荣 beside
  光荣退休, 田禾苗 beside 禾苗, 麻友德 beside 麻烦, 滚正发 beside 滚水, 刁雨晴 beside 刁难, 万秀莲 beside 万一, 龙正芳
  beside 正好); names inside organisation-like phrases (罗德昌砚台作坊, 田再发茶场); names opening a turn and closing
  the last line (是田禾苗。);
* titles and kin words after names (龙正芳老师, 粟明霞老师, 哈正清阿訇, 公良雪岑法官, 濮阳启明主任; the span is the
  name only) and surnames with only a kin word or a local nickname, annotated whole (姜嬢嬢, 顾老者, 喇奶奶, 谭妈妈,
  应老四);
* names spaced out character by character in half- and full-width spaces (朝 克 额 日 和 木, 冶 叶 合 亚, 降 泽 翁 曲,
  努 尔 卡 斯 木, 宗　政　泽　远, 杨 海 米 乃, 梁 丘 若 木, 马 侯 塞 尼, 左 丘 云 舒, 赫　迪　哲, 龙　小　茶, 应　小　荷, ...),
  a dotted name with spaces around the dot (扎依达 · 波拉提) and names split in two (邰 浩尔沁, 阿茹汗　图雅, 冶 天佑,
  四郎　昂翁, 朝克 额日和木, 从 慧敏, 马 兰芬, 吴 得金, 来　雨萱);
* compound surnames after ordinary words (司徒, 夏侯, 钟离, 端木, 上官, 宇文, 皇甫, 申屠, 宗政, 南宫, 公良, 濮阳, 梁丘,
  左丘, 司空 after 的/同事/社工/还有个/书记/请/喊/找/叫/老师/副校长/是);
* numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:姜嬢嬢}}``, ``{{qq:3148062597}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, tibetan, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@woldfwspaced.654325}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 法官, 主任) and a particle,
pronoun or verb written directly after a name (正在, 得过, 再过, 又来, 从来, 过来, 应该, 其实, 便, 才, 倒是, 却, 也, 讲,
就要, 要不要, 能, 她, 他) are outside the span; a surname with only a kin word (姜嬢嬢, 喇奶奶, 谭妈妈), 顾老者, 应老四
and the Dong teknonyms (乃美, 萨满, 公满) are annotated whole. Han-style names of Hui, Tibetan, Kazakh-family and
Mongolian-family people (喇存英, 冶海禄, 冶天佑, 顾卓雅, 龙思旸, 龙小茶, 马兰芬, 马正祥) and the Hui grandmother's 喇奶奶
are category han; a Han surname before a non-Han given name (邰浩尔沁, 冶叶合亚, 冶叶合, 杨海米乃, 马侯塞尼, 顾邓珍,
石旺久) is category minority, and so are forms of address made from a non-Han name (朝哥, 朝师傅, 翁姐, 降舅, 扎奶奶,
小努, 阿努, 小拉措, 昂昂, 久久, 阿久, 麦麦).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout205/make_holdout205.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(205_2026_1207)
MINORITY_GROUPS = ('mongolian', 'hui', 'tibetan', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "tibetan": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "170", "178", "180", "182", "183",
                   "185", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1625: Mongolian father from 乌审旗 in 剑河 (革东镇), a former truck driver who lost a leg; his Miao wife works
# at a hot-spring hotel; two children.
DOCS["H1625"] = ("family", """\
访谈者：大哥，听说你是从内蒙古过来的？
受访者：对头，{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的。我叫{{minority/mongolian:朝克额日和木}}，我阿妈喊我{{minority/mongolian:和木}}，寨子里的人念不顺，都喊我{{minority/mongolian:朝哥}}。在{{trap/place:剑河}}住了九年了。
访谈者：怎么到剑河来的？
受访者：我老婆{{han:邰玉仙}}是{{trap/place:革东}}的苗族，年轻时在{{trap/place:包头}}的厂里打工，我在那边跑煤车，就认得了。她苗名叫{{han:榜略}}，汉名是进厂那年自己取的。结了婚她想家，我说那就过来嘛，南边暖和。
访谈者：您这腿是……
受访者：前年冬天帮人拉木头，在{{trap/place:清水江}}边的弯道上翻了车，左腿从膝盖往下锯掉了。残疾证二级，两项补贴加起来一个月{{trap/number:两百一十块}}。现在我在屋头修手机、修电饭锅，好的时候一天挣几十块，差的时候一分都莫得。
访谈者：孩子们多大了？
受访者：两个。儿子{{minority/mongolian:浩尔沁毕力格}}十岁，学校嫌名字长，户口又跟他妈落的，花名册上写成{{minority/mongolian:邰浩尔沁}}，在{{school:剑河县革东镇中心小学四年级2班}}。女儿{{minority/mongolian:阿茹汗图雅}}七岁，在{{school:革东镇八郎小学一年级（1）班}}。{{minority/mongolian:茹汗}}她爱唱，苗歌蒙古歌都会两句。
访谈者：家里靠什么过？
受访者：靠她妈。{{han:邰玉仙}}在{{trap/org:剑河温泉}}的酒店做客房，一个月两千六。酒店老板{{han:温泉旺}}晓得我们家的事，只给她排白班，好回来煮饭。
访谈者：哪些人帮过你们？
受访者：村里的儿童主任{{han:姜春妹}}，我们跟着娃娃喊她{{han:姜嬢嬢}}，是她上门给两个娃娃报的困境儿童，每人每月{{trap/number:六百二十元}}。镇民政办的{{han:麻友德}}来核了三回，材料{{trap/word:麻烦}}得很，他一回都没嫌烦。班主任{{han:龙正芳}}老师{{trap/word:正好}}住我们寨子，天天顺路带{{minority/mongolian:浩尔沁}}去学校。县社工站的{{compound:司徒青蔓}}每个月来一回，给{{minority/mongolian:茹汗}}带绘本；她同事{{compound:夏侯一舟}}帮我申请了假肢，{{trap/org:县残联}}出了大头。
访谈者：装了假肢以后呢？
受访者：能走了，就是走不远，一落雨残肢就疼。去年端午寨子里划龙舟，我站在岸上看，{{minority/mongolian:浩尔沁}}说爸爸你腿好了我们一起划。我没讲话，转过身去了。隔壁的{{han:顾老者}}倒是看得开，拍拍我肩膀，说娃娃懂事就好。
访谈者：孩子们在学校怎么样？
受访者：儿子数学好，就是犟。有同学笑他爸是跛子，他跟人打了一架。{{han:龙正芳}}把两个娃娃喊到办公室，一个一个听他们讲，最后是那个同学先道的歉。
访谈者：儿子喜欢什么？
受访者：喜欢马。寨子里哪有马嘛，只有耕田的水牛，他就骑在水牛背上，喊驾驾驾，把放牛的老人家笑得不行。学校开运动会，他跑八百米拿了第一，回来讲，爸爸，我们蒙古人的腿就是长。我听了心头又高兴又酸。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/mongolian:额尔敦格日勒}}七十三了，跟我弟弟{{minority/mongolian:巴彦德力黑}}在牧区。每年秋天弟弟寄一箱{{trap/minority_word:奶皮子}}和风干肉下来，{{minority/mongolian:茹汗}}一见就抢。我给娃娃讲{{trap/famous:嘎达梅林}}，他妈就讲{{trap/famous:仰阿莎}}，两个娃娃说蒙古的英雄和苗家的姑娘都好。
访谈者：你们夫妻俩还好吗？
受访者：吵也吵，可她没走。出事那年有人劝她改嫁，{{han:榜略}}说，人是我自己挑的，腿没了也是我男人。过{{trap/minority_word:苗年}}她给我穿新衣裳，我学{{trap/minority_word:搏克}}手进场的鹰步，一只脚跳，娘仨笑得直不起腰。
访谈者：岳母那边帮得上吗？
受访者：帮得上。岳母{{han:吴榜妹}}六十八了，天天过来喂猪、煮{{trap/minority_word:酸汤鱼}}，娃娃放学先到她那边写作业。她舅舅{{han:邰光耀}}在{{trap/place:凯里}}开货车，农忙的时候回来帮我们收谷子。我一只脚下不得田，心头过意不去，就帮寨子里的人修手机不收钱，算还个人情。
访谈者：平时一天怎么过？
受访者：早上六点起来，拄着拐给娃娃煮面条，天一亮{{han:邰玉仙}}就要去酒店。娃娃们走了，我就坐在门口修东西，中午一个人随便吃点。下午四点多娃娃们回来，屋头就热闹了。晚上儿子教我认他课本上的字，我教他写蒙古文的名字，他写得歪歪扭扭的，还拿去给同学看。
访谈者：有没有想过回内蒙古？
受访者：想过。那边有草场有亲戚，可她在这边有工作，娃娃们讲的都是剑河话，回去反倒要重新学。我这个腿，回去放不了羊，也开不了车。就在这里，守着她们娘仨。
访谈者：登记信息请您说一下。
受访者：家在{{address:剑河县革东镇八郎村四组27号}}。我身份证{{id_number@my1983fw.150626}}，儿子的{{id_number@my2014quad.522629}}。我电话{{mobile@s434}}，{{han:邰玉仙}}的{{mobile@hyphen}}。我微信叫{{wechat:Chogt-Erhem83}}。儿子的QQ是他表哥帮着弄的，{{qq:１７６４０３２９８}}，我记不住，写在墙上。
访谈者：表上名字写得对吗？
受访者：哪里对哦。低保表上我是{{spaced:朝 克 额 日 和 木}}，学校把儿子写成{{spaced:邰 浩尔沁}}，女儿写成{{spaced:阿茹汗　图雅}}。
访谈者：您最盼什么？
受访者：盼两个娃娃把书读出来。我这辈子就这样了，他们的路还长。
""")

# H1626: Hui grandmother from 化隆 in 岑巩 (思旸镇); her son, who ran a noodle shop, is in prison, his Han wife
# left; she raises a grandson and a granddaughter.
DOCS["H1626"] = ("family", """\
访谈者：奶奶，您是青海人？
受访者：{{trap/place:化隆}}的，{{trap/place:黄河}}边上。我叫{{han:喇存英}}，经名{{minority/hui:赫迪哲}}。来{{trap/place:岑巩}}六年了，街上的人都喊我{{han:喇奶奶}}。
访谈者：怎么到岑巩来的？
受访者：跟儿子来的。我儿子{{han:冶海禄}}，经名{{minority/hui:易德立斯}}。我们化隆人出来开{{trap/word:拉面}}馆的多，他在{{trap/place:思旸镇}}开了一家，我帮着揉面。媳妇{{han:谭芷菁}}是岑巩本地人，嫁过来也跟着学，两口子生了一儿一女。
访谈者：后来呢？
受访者：前年夏天，几个喝醉的在店里闹，吃了不给钱还掀桌子，{{minority/hui:易德立斯}}跟他们打起来，把一个打成了重伤。判了五年，关在{{trap/place:都匀}}。{{han:谭芷菁}}等了半年，说熬不住了，去{{trap/place:宁波}}打工，再没回来。面馆也关了。
访谈者：两个孩子多大？
受访者：孙子{{han:冶天佑}}，经名{{minority/hui:叶合亚}}，十一岁，在{{school:岑巩县思旸镇第一小学五年级（3）班}}。老师念不全，点名喊{{minority/hui:冶叶合}}，同学们干脆喊他{{minority/hui:合亚}}。孙女{{han:冶雨桐}}，经名{{minority/hui:麦丽卡}}，八岁，在{{school:思旸一小二年级6班}}，我们在家喊她{{minority/hui:麦麦}}。{{minority/hui:麦麦}}她晚上还哭着要妈妈。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:田应菊}}，{{han:田应菊}}{{trap/word:应该}}是跑得最多的，帮两个娃娃报了服刑人员子女的补助，每人每月{{trap/number:五百八}}，我也吃上了低保。县妇联的{{han:宋金翎}}过年送来两件棉衣。司法所的{{compound:钟离晓禾}}帮我们办了视频会见，社工{{compound:端木青萍}}每个星期来给{{minority/hui:合亚}}补作业。
访谈者：孩子们怎么样？
受访者：孙子变了，以前爱笑，现在一放学就关门。有人骂他爸是劳改犯，他拿砖头砸人家玻璃。班主任{{han:杨又兰}}又来了三回家访，{{han:杨又兰}}说，娃娃心头有气，要有人听他讲。
访谈者：您自己怎么挣钱？
受访者：在{{han:罗德昌}}砚台作坊帮人打磨石头，一天八十块，手上全是口子，冬天裂开流血。{{han:罗德昌}}也是苦过来的人，娃娃放学可以到作坊写作业。礼拜五我炸{{trap/minority_word:油香}}在街口卖，汉族邻居也来买。
访谈者：平时吃饭怎么办？
受访者：学校食堂有猪肉，娃娃不吃，中午我就送饭过去，一个饭盒装米饭，一个装炒洋芋和牛肉。下雨天路滑，我一手打伞一手提饭盒，走二十分钟。斋月里我白天不吃不喝，照样去作坊，娃娃们还小，我不让他们封斋，可孙子偷偷学我，一天不喝水，放学回来嘴皮都干裂了，我心疼得骂了他一顿。
访谈者：做礼拜方便吗？
受访者：岑巩没得寺，要去{{trap/place:凯里}}。寺里的{{han:哈正清}}阿訇，经名{{minority/hui:舍热甫}}，晓得我们家的事，从{{trap/minority_word:乜贴}}里拿了两千块给娃娃交书本费。我给娃娃讲{{trap/famous:马本斋}}，讲他娘是咋个教他做人的。
访谈者：媳妇娘家那边还来往吗？
受访者：来往。亲家母{{han:谭桂珍}}住在{{trap/place:天马镇}}，隔个把月来一趟。头一回她提了块腊肉，我们回族不吃，她脸都红了，后来就改带鸡蛋和糍粑。她讲，女儿做得不对，娃娃还是她的外孙。她跟我一样，都是苦命人。
访谈者：您身体怎么样？
受访者：血压高，膝盖也不好。社区医生{{han:禄晓川}}每个月上门量一回，开的药我舍不得吃，隔一天吃一颗，被他骂了好几回。我要是倒下了，两个娃娃就真没人管了。
访谈者：邻居们怎么样？
受访者：好。对门开米粉店的{{han:黄明珠}}每天早上给娃娃留两碗素粉，专门另起一口锅，不放猪油。楼下的{{han:石光富}}骑三轮车送娃娃上学，一分钱不收。孙女在家说化隆话，出门说岑巩话，比本地娃娃还溜，我听着都混了。
访谈者：儿子在里面怎么样？
受访者：一个月打一回亲情电话，说在里面学电工，表现好能减刑。{{minority/hui:麦麦}}问爸爸在哪里，我说在外地挣钱。老家还有个女儿{{han:冶桂琴}}，经名{{minority/hui:则乃蓓}}，在{{trap/place:西宁}}，每个月给我打三百。
访谈者：孙子现在好些了吗？
受访者：好些了。社工带他去打篮球，出了汗，话也多了。上个月考试数学考了八十六，回来把卷子贴在门背后，讲等他爸出来给他看。我不识字，可我晓得八十六是好分数，那天晚上我多炸了一锅油香，给对门、楼下都送了一碗。
访谈者：登记信息请您说一下。
受访者：住在{{address:岑巩县思旸镇龙江社区新街巷19号}}，老家是{{address:化隆县群科镇下滩村四社6号}}。我身份证{{id_number@wold.630224}}，孙子的{{id_number@my2013hyphen.522626}}。我电话{{mobile@s74}}，{{han:田应菊}}的{{mobile@plain}}。我不会打字，微信是孙子帮开的，叫{{wechat:Hedizhe_1945}}。孙子的QQ他自己记得，{{qq:2405817936}}。
访谈者：表上名字写得对吗？
受访者：低保表上把我写成{{spaced:赫　迪　哲}}，孙子写成{{spaced:冶 叶 合 亚}}，还有张写成{{spaced:冶 天佑}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人在一起过{{trap/minority_word:开斋节}}。
""")

# H1627: Kham Tibetan mother from 理塘 married into a Miao village of 久仰 (剑河); her husband died of silicosis;
# three children, the second autistic.
DOCS["H1627"] = ("family", """\
访谈者：阿姐，您是从四川嫁过来的？
受访者：{{trap/place:甘孜}}{{trap/place:理塘}}的。我叫{{minority/tibetan:降泽翁曲}}，寨子里的人喊我{{minority/tibetan:翁曲}}，婆家的姑嫂喊我{{minority/tibetan:翁姐}}。
访谈者：怎么嫁到剑河来的？
受访者：我男人{{han:顾金宝}}是{{trap/place:久仰}}的苗族，年轻时跟老板到理塘修电站，在我们村租房子。我阿爸不同意，说太远了，我还是跟他走了。{{trap/famous:仓央嘉措}}写过，白鹤借我翅膀，飞到理塘就回。我是飞出来就回不去了。
访谈者：您丈夫……
受访者：走了两年了，尘肺。他在{{trap/place:浙江}}的石场打了十几年石头，回来就咳血，{{trap/org:黔东南州人民医院}}说是三期。{{han:顾金宝}}走的时候，小的才两岁。
访谈者：几个孩子？
受访者：三个。大的是姑娘，{{minority/tibetan:洛绒邓珍}}，十三岁，汉名{{han:顾卓雅}}，学籍上又写成{{minority/tibetan:顾邓珍}}，在{{school:剑河县久仰镇民族中学七年级（4）班}}住校。老二是儿子，{{minority/tibetan:四郎昂翁}}，九岁，自闭症，在{{school:剑河县特殊教育学校培智三班}}。老三{{minority/tibetan:泽翁拉措}}，四岁，在家跟我。
访谈者：老二的病怎么发现的？
受访者：两岁还不会喊阿妈，叫他也不回头，光是坐着转碗。残疾证办下来是精神二级，两项补贴每月{{trap/number:一百八十元}}。现在{{minority/tibetan:昂昂}}会喊阿妈了，会自己穿鞋，就是一听见放炮就捂着耳朵叫。特教学校的{{han:粟明霞}}老师教了他两年，{{han:粟明霞}}讲他画画有天分，画的牦牛跟真的一样。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:万秀莲}}，她讲{{trap/word:万一}}哪天我病倒了，娃娃们咋个办，就把三个都报了困境儿童。家里吃低保，一个月{{trap/number:一千一百四}}。镇民政办的{{han:于德沅}}说，老大住校的生活费也能申请补助。社工{{compound:上官砚溪}}每个月来，陪老二做训练；还有个{{compound:宇文和风}}，是大学生志愿者，周末给{{minority/tibetan:邓珍}}补英语。
访谈者：您平时做什么工作？
受访者：在村里的{{trap/minority_word:锡绣}}合作社绣花，按件算钱，一个月一千多。合作社的{{han:邰秋凤}}手把手教我，苗家的花样跟我们藏家的不一样，我绣着绣着，把八宝吉祥也绣进去了，{{han:邰秋凤}}说好看，拿去{{trap/place:贵阳}}卖得还快些。
访谈者：老大在学校怎么样？
受访者：成绩好，想考凯里的高中。班主任{{han:姜德仁}}老师讲，她作文写她阿爸，全班都哭了。她一个星期回来一回，回来就帮我带弟弟妹妹，晚上在灯下写作业写到十一点。
访谈者：丈夫看病欠了钱吗？
受访者：欠了七万多。他得的是职业病，可石场老板早跑了，打官司都找不到人。{{trap/org:法律援助中心}}的{{han:肖云帆}}帮我们跑了一年，最后拿回来三万。剩下的账，我慢慢还。
访谈者：婆家还有人吗？
受访者：婆婆{{han:杨九妹}}七十了，不会讲汉话，跟我讲话一半靠比划。她心疼娃娃，天不亮就背着{{minority/tibetan:小拉措}}去坡上摘菜。{{han:杨九妹}}九月摔了一跤，是我背她下的坡。
访谈者：老二平时怎么过？
受访者：他要一样的东西一样的路。早上穿哪双鞋、吃哪个碗，都不能换，换了就哭，哭起来一两个钟头停不下来。去学校要走田埂那条路，修路改了道，他在路口站了半天不肯走。我最怕的是我老了，他咋个办。他姐姐讲，阿妈你莫怕，以后我养他。我听了又想笑又想哭，她自己才十三岁。
访谈者：理塘那边呢？
受访者：我阿妈{{minority/tibetan:呷玛曲措}}还在。我哥{{minority/tibetan:降措扎西}}每年五月挖虫草，卖了钱给我打五千。娃娃们喊他{{minority/tibetan:降舅}}，去年他来剑河，带了{{trap/minority_word:糌粑}}和一条{{trap/minority_word:哈达}}，给{{han:杨九妹}}戴上，老人家高兴得哭。
访谈者：家里还过藏族的节吗？
受访者：过。藏历新年我在堂屋供一碗青稞酒，点一盏灯，给娃娃们换上我阿妈寄来的藏装。大女儿会唱两首理塘的歌，是视频里外婆教的。寨子里的人来看热闹，讲这个藏族媳妇屋头跟我们苗家的不一样，可大家吃起肉来都一样。
访谈者：您在这边习惯吗？
受访者：潮，衣服晒三天都不干。酸汤吃了十年，现在离不得了。寨子里过{{trap/minority_word:吃新节}}，我带姑娘们跳{{trap/minority_word:锅庄}}，苗家的嬢嬢们也跟着跳。
访谈者：登记信息请您说一下。
受访者：家在{{address:剑河县久仰镇摆伟村二组18号}}，娘家在{{address:理塘县禾尼乡然日卡村3号}}。我身份证{{id_number@wy1988spacedx.513334}}，老二的{{id_number@my2015tri.522629}}。我电话{{mobile@fullwidth}}，{{han:万秀莲}}的{{mobile@s38}}。我微信是{{wechat:wengqu_litang}}。老大住校，QQ号{{qq:802461937}}，周末才上。
访谈者：表上名字写得对吗？
受访者：错的多。残疾证上老二是{{spaced:四郎　昂翁}}，低保表上我是{{spaced:降 泽 翁 曲}}，老大学校又写成{{spaced:顾 卓 雅}}。
访谈者：最想说什么？
受访者：等娃娃们大了，我想带他们回理塘转一转，看看他们阿妈长大的地方。
""")

# H1628: Kazakh grandmother from 青河 in 岑巩 (水尾镇) raising two grandchildren orphaned when her daughter and her
# Han son-in-law, an inkstone carver, died in a road accident.
DOCS["H1628"] = ("family", """\
访谈者：阿姨，您从新疆过来几年了？
受访者：三年了。我是{{trap/place:阿勒泰}}{{trap/place:青河}}的，叫{{minority/kazakh:扎依达·波拉提}}。这边的人记不住，娃娃的同学都喊我{{minority/kazakh:扎奶奶}}。
访谈者：怎么到岑巩来的？
受访者：我女儿{{minority/kazakh:阿依卡尔}}嫁到这边。女婿{{han:龙又华}}是{{trap/place:水尾镇}}人，年轻时在{{trap/place:可可托海}}的矿上干活，跟我女儿认得的。后来两口子回了岑巩，在镇上开砚台作坊，{{han:龙又华}}又会雕又会磨，{{trap/word:思州石砚}}卖到了北京。
访谈者：后来出了什么事？
受访者：三年前秋天，两口子开车去{{trap/place:铜仁}}送货，在山路上跟大货车撞了，两个都没了。我接到电话，在{{trap/place:乌鲁木齐}}转了两回飞机才赶到。
访谈者：孩子们呢？
受访者：两个，都成了孤儿。哥哥{{han:龙思旸}}，哈萨克名{{minority/kazakh:努尔卡斯木}}，十二岁，在{{school:岑巩县水尾镇中心小学六年级（2）班}}。他爸讲{{trap/place:思旸}}是岑巩的老名字，就拿来给他起名。妹妹{{han:龙小茶}}，采茶那个月生的，哈萨克名{{minority/kazakh:阿克努丽娅}}，八岁，在{{school:水尾小学二年级乙班}}。我喊她{{minority/kazakh:阿努}}，她跟我睡，半夜还喊妈妈。
访谈者：爷爷那边呢？
受访者：爷爷{{han:龙得寿}}七十一了，还在作坊里磨石头。{{han:龙得寿}}得过一回中风，手抖，细活雕不了了。我们两个老的，一个讲哈萨克话，一个讲岑巩话，全靠娃娃翻译。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:冉春兰}}，头一个上门来的，给两个娃娃报了孤儿基本生活费，每人每月{{trap/number:一千三百六}}。镇妇联的{{han:谭明霜}}帮我办居住证，过年给娃娃送书包。县社工站的{{compound:皇甫蓁蓁}}每个月来陪{{minority/kazakh:阿努}}画画，她同事{{compound:申屠岚屿}}带哥哥打篮球。班主任{{han:敖玉蝉}}老师把自己女儿穿小的棉衣拿来，说莫嫌弃。
访谈者：砚台作坊还开着吗？
受访者：开着，是{{han:龙得寿}}跟徒弟{{han:蒋砚农}}在撑。{{han:蒋砚农}}是我女婿的师弟，每个月把卖砚台的钱分一半给娃娃，说是他师兄的份。哥哥周末也去作坊，跟爷爷学刻字，刻的第一方砚台上是他妈妈的名字，我看了一晚上没睡着。
访谈者：孩子们难过的时候怎么办？
受访者：哥哥不哭，憋着。有一回同学{{han:姚俊熙}}说他是没爹没妈的，两个打了一架，{{han:敖玉蝉}}老师把两个娃娃喊去，讲了一个中午。后来{{han:姚俊熙}}反倒成了他最好的朋友，天天喊他去家里吃饭。妹妹爱哭，哭完了就抱着她妈的照片睡。
访谈者：您在这边办事难吗？
受访者：难。汉字我只认得几个，表都是让{{han:冉春兰}}帮我填的。去银行取钱，柜台的{{han:周晓蔓}}看我不会说，就跟我比划，一来二去成了熟人，现在我一进门她就喊阿姨。
访谈者：您在这边习惯吗？
受访者：热，潮，吃不来辣。我炸{{trap/minority_word:包尔萨克}}，煮奶茶，爷爷也爱喝。山上的{{trap/word:茶山}}一层一层的，跟我们那边的草场不一样，看久了也好看。我教{{han:龙小茶}}跳{{trap/minority_word:黑走马}}，给哥哥讲{{trap/famous:江布尔}}的诗。
访谈者：孩子们还会说哈萨克话吗？
受访者：哥哥会一点，妹妹只会喊奶奶、喝茶、睡觉这几句。我怕他们忘了，每天晚上教一个词，教了就写在墙上的纸上，汉字一行，哈萨克字一行。他们也教我岑巩话，我学会了讲莫得、晓得、咋个办，学得不像，娃娃们笑得在床上打滚。
访谈者：第一个冬天怎么过的？
受访者：冷，是湿冷，钻到骨头里。屋里没有暖气，我把从青河带来的毡子铺在床上，三个人挤着睡。妹妹问我，奶奶，这里的冬天为什么不下雪，妈妈讲过新疆的雪有那么厚。我说等你长大了，奶奶带你回去看。她就天天趴在窗户上等雪，等到开春也没等来。
访谈者：老家还有人吗？
受访者：老伴{{minority/kazakh:加肯别克}}前年走了。儿子{{minority/kazakh:托列别尔迪·加肯别克}}在青河放羊，每年夏天来一趟，想把娃娃接回新疆。{{minority/kazakh:托列别尔迪}}说那边有草场有亲戚，{{han:龙得寿}}却舍不得，娃娃们也不想走。
访谈者：登记信息请您说一下。
受访者：家在{{address:岑巩县水尾镇砚山村三组12号}}。我身份证{{id_number@woldfwspaced.654325}}，哥哥的{{id_number@my2012fwhyphen.522626}}，妹妹的{{id_number@wy2016spaced.522626}}。我电话{{mobile@plus86spaced}}，{{han:冉春兰}}的{{mobile@h38}}。我的微信是儿子开的，{{wechat:wxid_zaida0158q}}。哥哥打游戏有个QQ，{{qq:58230417}}。
访谈者：表上名字写得对吗？
受访者：乱得很。居住证上是{{minority/kazakh:扎依达‧波拉提}}，医保卡上连成{{minority/kazakh:扎依达波拉提}}，户口本上儿子是{{minority/kazakh:托列别尔迪・加肯别克}}，低保表又是{{minority/kazakh:托列别尔迪.加肯别克}}。学校把哥哥写成{{spaced:努 尔 卡 斯 木}}，妹妹写成{{spaced:龙　小　茶}}，还有一张是{{spaced:扎依达 · 波拉提}}。
访谈者：您最盼什么？
受访者：盼他们长大，回青河看看他们妈妈出生的毡房。
""")

# H1629: Dong 儿童主任 of a village of 南明镇 (剑河) reading her list; called after her daughter by Dong custom.
DOCS["H1629"] = ("staff", """\
访谈者：姚主任，你们寨子有多少困境儿童？
受访者：十一个，都记在这个本本上。我叫{{han:姚银翠}}，是{{trap/place:南明镇}}一个侗寨的儿童主任。按我们侗家的老规矩，有了娃娃就跟着娃娃喊，寨子里都喊我{{han:乃美}}。
访谈者：您念几个给我们听听。
受访者：第一个，{{han:滚小满}}，女，九岁，爹妈在{{trap/place:温州}}鞋厂，四年没回来过。爷爷{{han:滚正发}}正在县医院住着，上个月倒{{trap/word:滚水}}烫了脚。奶奶我们跟着娃娃喊{{han:萨满}}，眼睛看不清，家里都是{{han:滚小满}}煮饭喂猪。报的事实无人抚养，每月{{trap/number:一千二百二}}。她在{{school:南明镇中心小学三年级（5）班}}，身份证{{id_number@wy2015fwspaced.522629}}，家住{{address:剑河县南明镇高培村五组8号}}。
访谈者：第二个？
受访者：{{han:从慧敏}}，女，十二岁。她妈精神残疾，爸爸{{han:从德林}}在{{trap/place:凯里}}打零工。{{han:从慧敏}}{{trap/word:从来}}不叫苦，周末背她妈去镇上拿药。低保有，她妈两项补贴也有。
访谈者：第三个？
受访者：{{han:过秋实}}，男，八岁。爸爸偷电缆进去了，判了三年，妈妈跟人走了，报的服刑人员子女。去年{{trap/word:过年}}，{{han:过秋实}}过来问我，{{han:乃美}}，我爸过年回不回来？我不晓得咋个答，抱着他哭了一场。
访谈者：第四个？
受访者：{{minority/tibetan:石旺久}}，男，十岁。他妈{{minority/tibetan:旦增央宗}}是{{trap/place:日喀则}}人，跟他爸{{han:石银林}}在{{trap/place:拉萨}}打工认得的，前年肝病走了。他在广东，一年回一趟。娃娃跟奶奶过，奶奶喊他{{minority/tibetan:久久}}。{{minority/tibetan:阿久}}他嗓子好，{{trap/minority_word:侗族大歌}}唱得比寨子里的娃娃还好。
访谈者：还有呢？
受访者：第五个，{{han:粟再兴}}，男，十三岁。他妈是哑巴，爸爸在砖厂被机器轧断了手。{{han:粟再兴}}再过两年初中毕业，想去读卫校，说以后回寨子当医生。第六个是两姊妹，{{han:陆美芹}}、{{han:陆美兰}}，爹妈离了婚都不管，跟八十一岁的外婆住在{{address:南明镇高培村二组15号}}，房子漏雨，去年才修好。
访谈者：谁跟您一起管这些娃娃？
受访者：驻村第一书记{{compound:宗政泽远}}，州里派下来的，是他开车把{{han:滚正发}}送去住院的。老人家我们跟着孙女喊{{han:公满}}，出院那天拉着他的手不放。县社工站的{{compound:南宫雨禾}}一个月来两趟，带娃娃们在{{trap/minority_word:鼓楼}}里做游戏、讲安全。镇民政办的{{han:耿秋菊}}管审批，材料差一样，{{han:耿秋菊}}便退回来。学校里{{han:欧光明}}老师管留守儿童之家，晚上陪住校的娃娃。
访谈者：您自己怎么跟娃娃们联系？
受访者：寨子有个微信群，娃娃拿爷爷奶奶的手机给我发语音。{{han:滚小满}}天天发，{{han:乃美}}，今天我考了九十分。{{han:从慧敏}}不爱讲，有事就在QQ上打字，她的QQ是{{qq:3148062597}}。
访谈者：娃娃们跟爹妈联系吗？
受访者：联系，就是少。打工的爹妈一个月打一两回视频，讲不到几句就要上班。有的娃娃接了电话不讲话，挂了又哭。我跟那些爹妈讲，你们少寄点东西不要紧，多打个电话，问问娃娃作业写完没有、饭吃了没有，比寄一双新鞋强。有几个听进去了，现在每个星期天晚上都打。
访谈者：寨子里的人帮不帮？
受访者：帮。过{{trap/minority_word:萨玛节}}摆{{trap/minority_word:百家宴}}，一家出一个菜，先端给这几个娃娃。
访谈者：这些娃娃您是怎么发现的？
受访者：一靠走，二靠问。我每个月把全寨一百多户走一遍，看哪家屋头只有老的小的，哪家的烟囱几天不冒烟。学校的老师也给我打电话，讲哪个娃娃几天没来上课，哪个娃娃衣服一个星期没换。还有就是娃娃自己来找我，在鼓楼边上等着，也不讲话，我一看就晓得有事。填表最恼火，一个娃娃要十几样材料，户口本、死亡证明、判决书，少一样都报不上去。
访谈者：您当儿童主任几年了？
受访者：七年了。一个月补贴几百块，跑一趟县里来回要两个钟头车。我男人{{han:吴岩保}}开始嫌我管闲事，讲别人家的娃娃关你哪样事。后来寨子里谁家娃娃半夜发烧，他骑摩托就送，比我还积极。夏天娃娃们爱在{{trap/minority_word:风雨桥}}上写作业，凉快，我就搬个凳子坐在边上，谁不会的我教，我教不来的打电话问学校的老师。
访谈者：电话你们都有吗？
受访者：有，我念，你记。{{han:从德林}}{{mobile@spaced}}，{{han:石银林}}{{mobile@p86n}}，我自己的{{mobile@fws}}。我工作微信{{wechat:Yaoyc-nanming}}。
访谈者：县里表上的名字写得对吗？
受访者：错的不少。{{spaced:滚 小 满}}一个字一个空，第一书记写成了{{spaced:宗　政　泽　远}}，{{spaced:从 慧敏}}也分开了，还有{{spaced:石 旺 久}}。
访谈者：干这个最难的是什么？
受访者：最难的是娃娃们想爹妈，我变不出来。我能做的，就是让他们晓得寨子里有人管他们。
""")

# H1630: Tujia women's federation officer of 水尾镇 (岑巩): the Kazakh grandmother, a Hui mother who fled
# violence, a girl kept from school.
DOCS["H1630"] = ("staff", """\
访谈者：谭主席，妇联也管困境儿童？
受访者：管。我叫{{han:谭明霜}}，土家族，在{{trap/place:水尾镇}}妇联干了八年。全镇困境儿童一百零几个，女娃娃占一半多，哪家哪户我心里都有本账。
访谈者：最近在忙哪一家？
受访者：{{minority/kazakh:扎奶奶}}家。新疆来的哈萨克族老人，女儿女婿出车祸走了，一个人带两个外孙。开头她汉话只会几句，全靠外孙{{minority/kazakh:小努}}翻译。她证件上的名字五花八门，我们电脑打不出那个点，系统里录成{{minority/kazakh:扎依达-波拉提}}，银行又不认，跑了三趟。
访谈者：后来办下来了吗？
受访者：办下来了。{{han:冉春兰}}开村里的证明，我跑县里，社工{{compound:皇甫蓁蓁}}帮着翻材料。孤儿基本生活费、教育资助都落实了。妹妹{{minority/kazakh:阿克努丽娅}}现在见了我就喊{{han:谭妈妈}}，还教我跳她们的舞。
访谈者：还有哪些家庭？
受访者：有一家，当妈的叫{{han:马兰芬}}，经名{{minority/hui:如凯娅}}，宁夏{{trap/place:西吉}}嫁过来的回族。男人{{han:杨正国}}喝了酒就打人，去年冬天她被{{han:杨正国}}打断两根肋骨，半夜打{{trap/hotline:12338}}，转到我这里。我们连夜把她和两个娃娃接到县里的{{trap/org:反家暴庇护站}}，法院的{{compound:公良雪岑}}法官三天就发了人身安全保护令。
访谈者：孩子们呢？
受访者：大的是姑娘，十一岁，她妈给起的经名{{minority/hui:海米乃}}，学校花名册上写成{{minority/hui:杨海米乃}}。小的是儿子{{han:杨佳乐}}，五岁。现在娘仨在县城租房子，{{minority/hui:如凯娅}}在茶厂炒茶，娃娃报了困境儿童。{{han:马兰芬}}说，头一回睡了个安稳觉。
访谈者：还有吗？
受访者：还有控辍保学。有个女娃娃叫{{han:应小荷}}，十四岁，她爸{{han:应老四}}要她去{{trap/place:东莞}}进厂。我跟村妇联主席{{han:其美玲}}上门三回，{{han:其美玲}}{{trap/word:其实}}才二十三，比{{han:应小荷}}大不了几岁，两个人一讲就哭了。最后{{han:应老四}}才松了口，娃娃回学校读初二了。
访谈者：妇联还做哪些跟儿童有关的事？
受访者：每年暑假给女娃娃上防性侵的课，请{{compound:公良雪岑}}来讲，讲得娃娃们都敢举手问。还有春蕾计划，去年全镇资助了十九个女娃娃，一人一年{{trap/number:一千五}}。{{han:应小荷}}也报上了，她拿到钱头一件事是给她妈买了双胶鞋。
访谈者：她妈妈怎么样？
受访者：她妈{{han:蒲秀芝}}是个老实人，一辈子没出过镇，男人讲哪样就是哪样。我去她家，她一直给我倒茶，不敢讲话。后来她悄悄跟我讲，她自己小学都没读完，不想女儿也这样。
访谈者：那位哈萨克族奶奶现在适应了吗？
受访者：慢慢适应了。开头她不出门，怕讲话别人听不懂。我们镇上搞了个妇女之家，我请她来教大家做奶茶、炸馓子，她一下子来了精神，讲了一下午新疆的事。现在街上卖菜的都认得她，看见她就多给一把葱。两个娃娃也开朗了，哥哥还当了班上的体育委员。
访谈者：家暴的事多吗？
受访者：比以前少了，可还有。好多是男人在外面打工不顺，回来喝了酒就拿老婆娃娃出气。以前女人挨了打不敢讲，怕丢人，怕离了婚娃娃没人管。现在我们在每个村都贴了电话，村里的妇联主席也培训过，看到哪家不对就报。最难的是女人自己不肯走，打了还回去，我们劝一回两回没用，要劝十回八回。娃娃看在眼里，有的半夜不敢睡，有的到学校打别人。
访谈者：您自己是怎么干上妇联的？
受访者：我原来在村小代课，后来考了乡镇的岗位。我爸是老村支书{{han:谭德厚}}，从小看他帮人调解家务事，吵架的、打架的、闹离婚的，半夜都来敲门。他讲，妇女娃娃的事不是小事。我就记住了。
受访者：喂，{{han:冉春兰}}啊？{{minority/kazakh:扎奶奶}}又去医院了？好，我喊{{compound:皇甫蓁蓁}}过去陪。……不好意思，接个电话。
访谈者：没关系。您平时怎么联系这些家庭？
受访者：电话、微信、上门。我电话{{mobile@plus86dash}}，微信{{wechat:Tan_mingshuang}}，妇联办公室的QQ{{qq:693027184}}。{{han:马兰芬}}的新号码是{{mobile@p86h}}，她男人不晓得，你们千万莫外传。她们住{{address:岑巩县思旸镇新兴路茶厂宿舍2栋301}}，大姑娘的身份证{{id_number@wy2013x.522626}}，她妈的{{id_number@wy1989quad.640422}}。
访谈者：表上名字写得对吗？
受访者：经常错。{{spaced:杨 海 米 乃}}一个字一个空，{{spaced:马 兰芬}}分成两截，还有{{spaced:应　小　荷}}。
访谈者：干这个累吗？
受访者：累。有时候半夜还在接电话，我男人都嫌我，讲你干脆嫁给妇联算了。我讲，妇联管的就是你们这些男人。可看着娃娃们一个个回到学校，心里踏实。
""")

# H1631: Han medical social worker of the county hospital of 剑河 on the children behind her patients.
DOCS["H1631"] = ("staff", """\
访谈者：您在医院做医务社工多久了？
受访者：四年了。我叫{{han:刁雨晴}}，{{trap/org:剑河县人民医院}}医务社工部就我和一个同事。我这个姓少，有的家属听了以为我要{{trap/word:刁难}}他们，其实我是来帮忙的。
访谈者：住院的困境儿童多吗？
受访者：不少，一个住院的娃娃后面常常是一个难的家。前年骨科来了个内蒙古的货车司机{{minority/mongolian:朝克额日和木}}，翻车锯了腿。护士们念不来，都喊他{{minority/mongolian:朝师傅}}，床头卡上只写了{{minority/mongolian:朝克额日}}四个字。他躺着不吃饭，问我两个娃娃以后咋个办。我跟他老婆{{han:邰玉仙}}一起填了困境儿童的表，又联系{{trap/org:县残联}}评残。出院那天儿子{{minority/mongolian:浩尔沁}}跑来接，他哭得像个娃娃。
访谈者：还有哪些孩子？
受访者：去年腊月烧伤科收了个苗族娃娃{{han:潘宝九}}，四岁，半夜掉进{{trap/minority_word:火塘}}，右手和半边脸都烧了。爸妈在{{trap/place:义乌}}打工，跟奶奶{{han:杨妹兰}}过。{{han:杨妹兰}}背着他走了两个钟头山路才搭上车。治疗要五六万，合作医疗报了一半多，我帮着申请了医疗救助和临时救助，又在{{trap/org:水滴筹}}上筹了两万。烧伤科的{{compound:濮阳启明}}主任说手指要做三次整形，{{compound:濮阳启明}}自己掏钱给娃娃买了压力衣。
访谈者：他现在怎么样？
受访者：手能握笔了，脸上还留着疤。我问{{han:杨妹兰}}要不要办残疾评定，她怕娃娃以后被人笑，不肯。后来是村里的儿童主任{{han:顾水英}}去做通的工作，评了有两项补贴，对娃娃读书有好处。
访谈者：您也接触过藏族家庭？
受访者：久仰那个藏族阿姐{{minority/tibetan:降泽翁曲}}，带老二{{minority/tibetan:四郎昂翁}}来做康复评估。她讲汉话带着理塘口音，我讲剑河话，两个人比划了半天，最后是大女儿{{minority/tibetan:邓珍}}打电话来当的翻译。{{minority/tibetan:翁曲}}讲，娃娃他爸就是在这个医院走的，她一进门腿都是软的。
访谈者：还有让您印象深的吗？
受访者：有个十二岁的姑娘{{han:吴燕飞}}，先天性心脏病，爸爸在外面打工摔死了，妈妈改嫁，跟着大伯{{han:吴老庚}}过。我们联系了基金会的免费手术，送到贵阳去做。手术那天{{han:吴老庚}}在手术室外面蹲了六个钟头，一口水都没喝，出来的医生讲顺利，他才站起来，腿都麻了。现在{{han:吴燕飞}}能跑能跳，上个月还给我寄了张贺卡。
访谈者：您自己怎么想做社工的？
受访者：我是{{trap/place:锦屏}}人，大学读的社会工作。我小时候也是留守儿童，跟着外婆长大。实习时带我的老师{{han:夏雪鸿}}讲，医院里最缺的不是药，是有人陪。我就回来了。
访谈者：您跟同事怎么分工？
受访者：我同事叫{{compound:梁丘若木}}，管成人那头，我管儿童和孕产妇，忙起来谁有空谁上。我们跟县社工站的{{compound:司徒青蔓}}常联系，娃娃出院了，由她们接着上门。
访谈者：社工部是怎么运转的？
受访者：每天早上我先看各科的入院登记，哪个娃娃是留守的、哪个家属没来、哪个交不起钱，护士站会标出来。我一个科一个科地走，先跟家属聊，再跟医生对病情，然后看能申请哪样救助。有的要找民政，有的要找残联，有的要找基金会，一个娃娃往往要打十几个电话。晚上回家还要写记录，不写下来，过几天就忘了哪个娃娃办到哪一步。
访谈者：最难的是什么？
受访者：钱。有的家长把娃娃抱来，交不起押金，站在收费窗口哭。我就讲，你先莫哭，我给你找路子。实在找不到，我就打{{trap/hotline:12320}}问政策，再不行就去求院长。
访谈者：爸妈不在身边，手术签字怎么办？
受访者：这是最头疼的。留守的娃娃来了，跟着的是爷爷奶奶，有的不识字，有的根本不是监护人。急诊的先救，能等的就打视频给爸妈，让他们在那边写委托书拍照发过来，再补邮寄。有一回娃娃的爸爸在船上打鱼，信号时有时无，我们等了一整夜才联系上。现在我们跟民政、村委会都说好了，实在找不到人，由儿童主任出证明，先走程序再说。
访谈者：这些孩子的资料您怎么存？
受访者：一个娃娃一个档案袋。{{han:潘宝九}}的身份证{{id_number@my2020fw.522629}}，家住{{address:剑河县太拥镇展莱村一组3号}}，他奶奶的电话{{mobile@hyphen}}。他们家我也存了，{{han:邰玉仙}}后来在{{trap/org:剑河温泉}}上班，住{{address:革东镇温泉路酒店员工宿舍B栋205}}。
访谈者：联系方式能留一个吗？
受访者：我手机{{mobile@plain}}，有事也可以找{{compound:梁丘若木}}。社工部的微信{{wechat:jhrmyy_shegong}}，家长群的群主QQ是{{qq:2760491853}}。
访谈者：表上名字有写错的吗？
受访者：多。医保系统里是{{spaced:潘 宝 九}}，有一张把{{minority/mongolian:朝克额日和木}}写成{{spaced:朝克 额日和木}}，我们科室的排班表上还有{{spaced:梁 丘 若 木}}。
""")

# H1632: Han headmaster of 思旸镇第一小学 (岑巩) reading the roll of children in distress.
DOCS["H1632"] = ("staff", """\
访谈者：彭校长，学校里困境儿童有多少？
受访者：二十六个，全校一千一百多个学生。我叫{{han:彭光荣}}，在{{trap/org:思旸镇第一小学}}当了六年校长，明年就{{trap/word:光荣}}退休了。
访谈者：您手上是花名册？
受访者：对，困境儿童的花名册，每学期核一回。第一页，{{school:思旸一小五年级三班}}的{{han:冶天佑}}，回族，爸爸在服刑，跟奶奶过。学籍上是{{minority/hui:冶叶合亚}}，{{han:杨又兰}}老师嫌长，点名喊{{minority/hui:冶叶合}}，同学喊他{{minority/hui:合亚}}。他妹妹在二年级。{{han:喇奶奶}}每天中午送饭来，回族娃娃吃不惯食堂的菜。
访谈者：第二个呢？
受访者：{{minority/hui:马侯塞尼}}，也是化隆来的回族，四年级。他爸{{han:马正祥}}开拉面馆，去年查出肝癌，妈妈早走了。{{minority/hui:侯塞尼}}他每天放学去店里帮忙，作业都是在灶台边写的。报的是重病家庭的困境儿童，身份证{{id_number@my2015hyphenx.522626}}。
访谈者：还有呢？
受访者：{{han:吴得金}}，{{school:岑巩县思旸镇第一小学六年级（1）班}}，去年{{han:吴得金}}得了白血病，在{{trap/org:贵州省人民医院}}化疗。全校老师捐了{{trap/number:三万四千二}}，心理老师{{compound:左丘云舒}}每个月去贵阳看他一回。他的身份证{{id_number@my2013spaced.522626}}。
访谈者：有没有家里没大人的？
受访者：有。{{han:来雨萱}}，{{school:思旸镇一小三年级（4）班}}，爸妈都在{{trap/place:福建}}，跟八十岁的太婆住。{{han:来雨萱}}来学校从来不迟到，天不亮就起来给太婆煮稀饭。她家在{{address:岑巩县思旸镇马家寨村七组40号}}。还有{{han:田禾苗}}，名字是她爸起的，讲田里的{{trap/word:禾苗}}一年比一年高。她爸爸在{{han:田再发}}茶场摘茶摔断了腰，躺了一年，妈妈一个人撑着。{{han:田再发}}还是她大伯，茶场给了三万块赔偿。
访谈者：学校怎么帮他们？
受访者：营养午餐全免，住校的生活补助优先。副校长{{compound:司空砚冰}}管台账，一个娃娃一页，谁哪天过生日都写着。每个月我们派老师家访，{{han:来雨萱}}家路远，是{{compound:司空砚冰}}骑摩托去的。
访谈者：有没有来不了学校的？
受访者：有两个，我们送教上门。一个是{{han:瞿明月}}，脑瘫，九岁，住{{address:岑巩县思旸镇大坪村三组9号}}。每个星期二，{{han:龚红梅}}老师和{{han:宁远帆}}老师轮流去她家上课，走山路要一个钟头。{{han:瞿明月}}不会讲话，可一听见老师的摩托声就笑。
访谈者：冬天孩子们穿得暖吗？
受访者：县里的爱心企业送棉衣，{{han:罗德昌}}砚台作坊每年捐一批文具，他讲他小时候也是穿补丁衣服读的书。我们老师好多也是山里出来的，晓得这些娃娃难在哪里。{{han:杨又兰}}带两个班的语文，晚上还陪住校生，自己的娃娃丢给她婆婆带。
访谈者：孩子们心里的事怎么发现？
受访者：学校有个心理咨询室，每个星期开三个下午。班主任每个月给困境儿童填一张表，看睡觉、吃饭、交朋友有没有变化。画画最管用，有个娃娃画全家福只画了自己和一条狗，老师一问，才晓得他爸妈三年没回来过。我们还在每个班放了个悄悄话信箱，不想当面讲的就写纸条，心理老师每天开一回。
访谈者：爸妈在外地的，学校怎么联系？
受访者：每个班建了家长群，开学、考试、放假都发通知。有的家长在厂里上夜班，半夜回我们的消息，我们也回，晓得他们不容易。期末我们让娃娃给外地的爸妈写一封信，老师拍照发到群里，好多家长在群里讲，看了在车间里哭。
访谈者：住校的孩子多吗？
受访者：四年级以上的困境儿童差不多都住校，星期天下午来，星期五下午回。宿舍一间八个人，生活老师晚上查两回房。有的娃娃周末回去家里也没人，我们就让他留在学校，食堂给他单独开火，值班老师陪着。有一回大年三十，一个娃娃的爷爷住院，没地方去，是我把他领回家吃的年饭。他吃着吃着就哭了，讲好久没吃过这么多菜。
访谈者：跟民政那边怎么对接？
受访者：县民政局有个{{han:舒正阳}}，专门管我们这片，学校发现一个报一个。{{han:舒正阳}}正是从学校出去的，懂娃娃。
访谈者：联系方式？
受访者：我电话{{mobile@s38}}，家长QQ群{{qq:730514862}}，我微信{{wechat:peng-guangrong-sy1}}。{{han:马正祥}}的电话{{mobile@plus86}}。他住院那阵，{{minority/hui:侯塞尼}}的作业是我拿手机拍给他爸看的，他爸躺在病床上一个字一个字地看，看完了回一句，谢谢校长。
访谈者：名册上名字写得对吗？
受访者：县里下来的表错了不少：{{spaced:马 侯 塞 尼}}，{{spaced:左 丘 云 舒}}，{{spaced:吴 得金}}，{{spaced:来　雨萱}}。名册最后一个名字，是{{han:田禾苗}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1625,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout204",))


if __name__ == "__main__":
    main()
