# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 90 (tests/pii/holdout90/H705-H712 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 91, written at the same time by another
writer, was not seen).

Set 90 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 周口: a Mongolian
father from 巴林左旗 who works at a brick kiln in 沈丘, with a wife on dialysis, a son with him and a daughter left
behind with her grandmother; a Tibetan mother from 理塘 in 郸城, whose Han husband lost his legs on a road job and who
also raises the orphaned son of her sister; a Hui grandfather in 太康 raising the children of his son (in prison for a
fight) and of his daughter-in-law (back at her mother's with depression), and feeding an orphan of the mosque
quarter; a Han mother in 扶沟 who works in the vegetable greenhouses, with a husband paralysed by a fall from
scaffolding and three children called by word nicknames; a Han primary-school teacher in 西华 going through six
children in distress of her class and reaching their parents and carers on WeChat and QQ; a Kazakh father from 新源
who works in a flour mill in 项城, a widower with his two children and the nephew whose father is in prison; a Han
court clerk in 鹿邑 reading from the file of a guardianship case; and a Han grandmother in 川汇 raising her
granddaughter after her son died of leukaemia and his wife left. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven characters (照日格巴图,
宝力德花, 木仁达来, 阿拉腾乌日罕, 赛罕高娃, 额尔德尼毕力贡) with short forms after the full name (照日格, 木仁), a Han
surname before a Mongolian given name (包朝鲁门) and the Han name of a Mongolian (包永昌); Kham Tibetan names (呷绒拉吉,
泽仁洛布, 生龙降泽, 呷玛拉措, 四郎邓珠, 阿称翁姆) with short forms (拉吉, 生龙, 呷玛), a Han surname before a Tibetan
given name (孙泽仁) and a Tibetan's Han name (汪秀卓); Hui Han-form names (穆长禄, 穆浩然, 海桂英, 哈玉萍) beside 经名
used alone (买赫穆德, 阿迪里, 勒比哈) and Han surname + 经名 (海赛娜 then 赛娜, 沙努海, 丁哈三); Kazakh given name +
father's name with and without the dot (叶尔包森·努尔别克, 叶尔包森努尔别克, 阿依布比·叶尔包森, 塔力哈提叶尔包森) and
short forms (叶尔包森, 包森, 塔力哈提, 阿依布比); Han word nicknames, annotated whole (樱桃, 铜锤, 枣核, 棉花糖, 栓牢);
Han names with common and rare surnames, titles and kin words, names that contain or end in words (郑满仓, 葛长河,
苏红旗, 聂长顺, 史国庆), a name written twice on a form, names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郑满仓}}``, ``{{qq:2739150486}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012spacedx.513334}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 审判员,
律师, 大姐, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 还, 她, 他,
那边) are outside the span; a word nickname (樱桃, 铜锤) is annotated whole. Han-style names of Mongolian, Tibetan
and Hui people (包永昌, 汪秀卓, 穆长禄) are category han; a Han surname before a non-Han given name (包朝鲁门, 孙泽仁,
海赛娜) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout90/make_holdout90.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(90_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "137", "139", "152", "155", "156", "159", "165", "177", "180", "182", "185", "186",
                   "189", "193", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H705: Mongolian father from 巴林左旗 who works at a brick kiln in 沈丘 (周口); his wife is on dialysis, his son is
# with them, his daughter is left behind with her grandmother.
DOCS["H705"] = ("family", """\
访谈者：师傅，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:照日格巴图}}，身份证上的汉名是{{han:包永昌}}，老家在{{trap/place:巴林左旗}}，{{trap/place:林东}}北边的一个嘎查。六年前跟着老乡来了{{trap/place:沈丘}}，在{{han:郑满仓}}的砖窑上装窑出窑。窑上的人嫌我名字长，喊我{{minority/mongolian:照日格}}就算喊全了。
访谈者：家里几口人？
受访者：四口。老婆{{minority/mongolian:宝力德花}}前年查出尿毒症，在县医院一个礼拜透析三回。儿子{{minority/mongolian:木仁达来}}十一岁，跟着我们在{{school:沈丘县槐店镇第三小学五年级（2）班}}念书，学校里都叫他{{minority/mongolian:木仁}}。闺女{{minority/mongolian:阿拉腾乌日罕}}八岁，留在老家跟她奶奶{{minority/mongolian:赛罕高娃}}，算留守的。{{minority/mongolian:宝力德花}}她天天想闺女，透析回来就跟闺女视频。
访谈者：您爱人的病花钱多吗？
受访者：多。透析一回四百多，医保报一大半，剩下的也扛不住。窑主{{han:郑满仓}}他先借给我一万，说不要利息。社区的{{han:王桂枝}}主任帮我们在这边办了临时救助，又跟老家那边联系，{{minority/mongolian:宝力德花}}的低保在旗里办下来了，一个月{{trap/number:八百六十块}}。闺女按困境儿童报的，是嘎查的儿童主任{{minority/mongolian:额尔德尼毕力贡}}一趟一趟往{{trap/org:旗民政局}}跑的。
访谈者：孩子在这边上学习惯吗？
受访者：刚来不习惯，口音重，同学笑他。班主任{{han:黄秀琴}}老师把他叫到讲台上，让他教全班说{{trap/minority_word:赛白努}}，从那以后同学们都跟他玩了。{{minority/mongolian:木仁}}也争气，期中考了全班第六。校长{{han:司春雷}}给他免了午饭钱，还申请了一套冬衣。
访谈者：窑上的活累吗？
受访者：累，夏天窑里五十多度。跟我一个班的有{{han:朱天佑}}，还有{{minority/mongolian:包朝鲁门}}，他也是我们旗的，比我早来两年。{{minority/mongolian:包朝鲁门}}他会开铲车，一个月多挣一千。{{han:朱天佑}}说我们俩是草原来的窑工。
访谈者：还有谁帮过你们？
受访者：镇上社工站的{{compound:拓跋青禾}}，还有一个姑娘叫{{compound:乐正秋岚}}，每个月来出租屋看一回，帮{{minority/mongolian:木仁}}补英语。县医院肾内科的{{han:闫春华}}大夫给我老婆减了些检查费。
访谈者：老家的闺女怎么样？
受访者：她奶奶七十一了，腿不好。{{minority/mongolian:赛罕高娃}}一个人放着二十几只羊，还要接送孙女。闺女在{{school:林东镇第二小学二年级（1）班}}，班主任{{minority/mongolian:格根花}}老师说孩子上课老走神，画的画里总有一个砖窑。今年{{trap/minority_word:那达慕}}的时候我回去了一趟，闺女抱着我的腿不撒手。她奶奶给她讲{{trap/famous:嘎达梅林}}的故事，她听着就睡着了。
访谈者：您想过把闺女接来吗？
受访者：想过。这边房子小，一家人挤一间，老婆又要透析，我白天在窑上，没人管她。{{han:王桂枝}}主任说，等明年{{minority/mongolian:木仁达来}}上了初中，可以申请住校，到时候再把闺女接来。
访谈者：窑上的日子一天是怎么过的？
受访者：早上五点起来，先给老婆熬小米粥，把药分好放在桌上，再骑电动车去窑上。中午在窑上吃大锅饭，馒头就白菜。下午三点以后窑里最热，人进去待不了十分钟就得出来喝水。晚上七点回来，儿子已经把饭做好了，他会炒土豆丝，会下挂面。吃完饭我给老婆擦身子，儿子在小桌上写作业。有时候我累得坐着就睡着了，醒过来一看，儿子给我盖了件衣裳。老家讲究喝{{trap/minority_word:奶茶}}、吃{{trap/minority_word:手把肉}}，到了这边，一年也吃不上几回肉。{{trap/word:包子}}倒是常吃，一块钱三个。儿子说这边的{{trap/word:白馍}}比老家的{{trap/minority_word:炒米}}好吃，我说你是忘本了，他就笑。
访谈者：登记表要填地址和号码。
受访者：我们在这边租的房子是{{address:沈丘县槐店镇南关社区三组14号}}，老家在{{address:巴林左旗哈拉哈达镇巴彦锡力嘎查二组6号}}。我身份证{{id_number@m.150422}}，我老婆的{{id_number@wspaced.150422}}。我电话{{mobile@spaced}}，{{han:郑满仓}}的电话{{mobile@plain}}。老婆的微信是儿子给弄的，叫{{wechat:bolidhua_1984}}。儿子有个QQ，说跟老家同学联系用，号码他写在墙上的挂历上了：{{qq:2739150486}}。
访谈者：儿子知道家里的难处吗？
受访者：知道。他放了学不跟同学去玩，先回来看他妈。他妈透析完没力气，他就给她捶腿，讲学校里的事。有一回学校发了两个苹果，他一个没吃，揣回来给他妈。老师跟我说，这孩子心事重，让我多跟他说说话。可我一回来就累得不想张嘴，想想也对不住孩子。
访谈者：名字在表上写得对吗？
受访者：乱。透析室的单子上写的是{{spaced:宝 力 德 花}}，学校表上儿子是{{spaced:木仁 达来}}，窑上的工资表把我写成{{spaced:照日格 巴图}}，还有一张写成{{spaced:照　日　格　巴　图}}。
访谈者：最后想说点什么？
受访者：盼老婆能等到肾源，盼两个孩子念书念出来，别再跟我一样烧砖。
""")

# H706: Tibetan mother from 理塘 in 郸城 (周口); her Han husband lost his legs on a road job, she also raises the
# orphaned son of her sister.
DOCS["H706"] = ("family", """\
访谈者：阿佳，您先说说家里的情况。
受访者：我叫{{minority/tibetan:呷绒拉吉}}，老家{{trap/place:理塘}}，在{{trap/place:毛垭坝}}草原上长大。嫁到{{trap/place:郸城}}办户口要写汉名，我就写了{{han:汪秀卓}}。村里人叫我{{minority/tibetan:拉吉}}，叫惯了。老公{{han:孙国旺}}十年前在我们那边修路，认识的。前年他在工地上被压断了两条腿，现在坐轮椅。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:泽仁洛布}}十二岁，上学的名字叫{{minority/tibetan:孙泽仁}}，在{{school:郸城县宁平镇第一初级中学初一（4）班}}。闺女{{minority/tibetan:呷玛拉措}}七岁，在村小读一年级，我们叫她{{minority/tibetan:呷玛}}。还有一个是我姐姐的儿子{{minority/tibetan:生龙降泽}}，他爸妈前年在{{trap/place:康定}}出车祸走了，孤儿，我接过来了。{{minority/tibetan:生龙}}就跟我亲生的一样。
访谈者：家里靠什么过日子？
受访者：我在镇上的制衣厂踩缝纫机，一个月两千多。{{han:孙国旺}}他在家编筐，一个卖十来块。村支书{{han:孙金锁}}给我们报了低保，县里给{{minority/tibetan:生龙降泽}}办了孤儿基本生活费，一个月{{trap/number:一千五百六}}。{{trap/org:县残联}}给老公配了轮椅。村里的儿童主任{{han:邵玉凤}}婶隔几天就来，帮我看孩子写作业。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:泽仁洛布}}个子高，体育老师{{han:杨东升}}让他练跳高。班主任{{compound:欧阳晓禾}}老师说他数学好，就是不爱说话。{{minority/tibetan:呷玛}}胆子大，开学第一天就跟同桌{{han:李梓涵}}打了一架，后来两个人好得天天一起走。
访谈者：理塘那边还有谁？
受访者：我阿妈{{minority/tibetan:阿称翁姆}}，七十了，还在放牦牛。我弟弟{{minority/tibetan:四郎邓珠}}在县城开藏餐馆，每年虫草季给孩子们寄钱。{{minority/tibetan:四郎邓珠}}说让{{minority/tibetan:生龙}}回去读书，我舍不得。孩子说他想回去看{{trap/minority_word:赛马节}}，我就答应他明年暑假带他回去。
访谈者：您平时怎么跟孩子们讲老家？
受访者：晚上给他们打{{trap/minority_word:酥油茶}}，讲{{trap/famous:格萨尔}}的故事，还有{{trap/famous:仓央嘉措}}写{{trap/place:理塘}}的那首诗。{{minority/tibetan:呷玛拉措}}她学会了跳{{trap/minority_word:锅庄}}，在村里的晚会上跳过，村里人都给她鼓掌。
访谈者：谁还帮过你们？
受访者：镇社工站的{{compound:宇文楚瑶}}，她跟同事{{compound:段干思源}}每个月来一次，给老公做康复训练，教他怎么从床上挪到轮椅上。镇卫生院的{{han:姬红霞}}大夫来家里给他换药。厂里的{{han:赵建伟}}组长知道我家的事，让我早走一个钟头接孩子。
访谈者：您刚来郸城的时候习惯吗？
受访者：不习惯。这边夏天热，我在老家没见过那么热的天，头一年中了两回暑。吃的也不一样，这边天天吃面条、蒸馍，我想吃{{trap/minority_word:糌粑}}，就托{{minority/tibetan:四郎邓珠}}从老家寄{{trap/minority_word:青稞}}面来。说话也听不懂，婆婆说的话我只能听懂一半。婆婆在的时候对我好，教我擀面条，还教我种菜。后来婆婆走了，老公又出了事，我一个人撑着这个家，有时候半夜坐在院子里哭。村里的女人们知道了，轮流来陪我说话，帮我收麦子。现在我能说几句河南话了，孩子们说我说得比他们还像。我在院子里挂了{{trap/minority_word:经幡}}，村里人没见过，问这是啥，我说是保佑一家平安的。
访谈者：登记信息说一下。
受访者：家在{{address:郸城县宁平镇孙楼村四组11号}}。{{minority/tibetan:生龙降泽}}户口原来在{{address:理塘县甲洼镇下坝村二组7号}}，转过来了。我身份证{{id_number@w.513334}}，{{minority/tibetan:生龙降泽}}的{{id_number@my2012spacedx.513334}}。我电话{{mobile@hyphen}}，{{han:邵玉凤}}的电话{{mobile@s434}}。我的微信{{wechat:lhakyi_litang88}}，{{minority/tibetan:泽仁洛布}}用我的旧手机上QQ，号码是{{qq:1583026947}}。
访谈者：您爱人现在心情怎么样？
受访者：刚出事那年，他天天不说话，饭也不吃，说自己是废人，拖累了我。社工一趟一趟来跟他聊，又介绍他跟县里几个坐轮椅的人认识，他们有的开网店，有的修电器。他现在编筐编出了名，镇上的饭店都来订，一个月能挣七八百。晚上他教孩子们下象棋，{{minority/tibetan:生龙}}他下得最好，有时候把他姑父都赢了。我看着他们爷几个在灯底下下棋，心里就踏实了。
访谈者：表上名字写得对吗？
受访者：不对的多。厂里的工资表写的是{{spaced:呷 绒 拉 吉}}，学校花名册上是{{spaced:泽仁 洛布}}，还有一张把我外甥写成{{spaced:生　龙　降　泽}}。{{minority/tibetan:四郎邓珠}}寄钱的单子上成了{{spaced:四郎 邓珠}}。
访谈者：您最大的心愿？
受访者：盼老公的腿能少疼点，三个孩子都能把书念出来，念出来了回{{trap/place:理塘}}也好，留在{{trap/place:郸城}}也好，都行。
""")

# H707: Hui grandfather in 太康 (周口) raising the two children of his son (in prison for a fight) and of his
# daughter-in-law (gone back to her mother's with depression); he also looks after an orphan of the mosque quarter.
DOCS["H707"] = ("family", """\
访谈者：大爷，您身体还硬朗吧？
受访者：还中。我叫{{han:穆长禄}}，经名{{minority/hui:买赫穆德}}，今年七十三，住在{{trap/place:太康}}县城东关的回民街。老伴{{han:金素芝}}走了五年了。儿子{{han:穆建岭}}跟人打架伤了人，判了四年，在{{trap/place:许昌}}服刑。儿媳{{minority/hui:海赛娜}}得了抑郁症，回{{trap/place:周口}}娘家养着。两个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：孙子大名{{han:穆浩然}}，经名{{minority/hui:阿迪里}}，十二岁，在{{school:太康县城关回族镇第二小学六年级（3）班}}。孙女{{han:穆雨桐}}，经名{{minority/hui:勒比哈}}，九岁，在同一个学校三年级。{{minority/hui:勒比哈}}她嘴甜，见了谁都叫。{{minority/hui:阿迪里}}也懂事，放了学先去{{trap/org:清真寺}}跟{{han:马德广}}阿訇念一会儿经，再回来写作业。
访谈者：孩子知道爸爸的事吗？
受访者：知道。有回班上一个娃说他爸是劳改犯，他哭着跑回来了。我去找了班主任{{han:娄玉兰}}老师，她在班会上讲了一回，说谁家都有难处。{{han:娄玉兰}}老师还每个礼拜给孙子补一回数学，不收钱。
访谈者：儿媳妇还回来吗？
受访者：好的时候回来住两天，给孩子们洗洗衣裳。{{minority/hui:赛娜}}她娘家妈{{han:海桂英}}也七十了，也是一身病。{{han:海桂英}}说，闺女的病一时半会好不了，孩子们就拜托我了。
访谈者：家里怎么过日子？
受访者：我在街口卖牛肉，一天能挣个几十块。社区给我们报了低保，两个孩子按困境儿童每月每人有{{trap/number:六百四十块}}。社区的{{han:哈玉萍}}主任跑的手续，跑了{{trap/org:县民政局}}三趟。寺里散{{trap/minority_word:乜贴}}的时候也给我们家留一份。寺管会的{{minority/hui:沙努海}}常来送面送油，他说都是一个坊上的，不能看着孩子饿着。
访谈者：您刚才说还照看一个孩子？
受访者：坊上有个孤儿，叫{{minority/hui:丁哈三}}，十四岁，他爸妈在{{trap/place:郑州}}开拉面馆，煤气中毒一起走了。他跟着奶奶，奶奶眼睛瞎了。我每天晌午叫他来家吃饭。{{minority/hui:丁哈三}}他手巧，我的三轮车坏了都是他修。县里给他办了孤儿基本生活费。
访谈者：还有谁帮过你们？
受访者：县社工站有个{{compound:公孙婉宁}}，还有{{compound:濮阳子墨}}，他们在寺旁边办了个四点半课堂。镇卫生院的{{han:白凤鸣}}大夫给我量血压。律师{{compound:司徒振邦}}帮我儿子申请了法律援助。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}那天我领着孩子们去寺里礼拜，回来炸{{trap/minority_word:馓子}}。{{trap/minority_word:古尔邦节}}给他们做新衣裳。晚上我给他们讲{{trap/famous:海瑞}}当清官的故事，讲{{trap/famous:赛典赤}}的故事，{{minority/hui:阿迪里}}最爱听。孩子们{{trap/word:白天}}上学，晚上跟我睡一个屋，我说话他们都听。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难的是孩子生病。去年冬天孙女半夜里烧到三十九度多，我背着她往县医院跑，跑到半路实在跑不动了，是街上开出租的{{han:沙金海}}看见了，拉着我们去的，没要钱。还有就是孩子的功课，我只念过三年书，孙子的数学题我一道也不会。现在社区办了晚托班，大学生志愿者教他们写作业，孙子的成绩上去了。再有就是钱，卖牛肉挣的钱刚够吃喝，孩子们一开学，校服、资料费、书包，哪样都得花钱。我跟孩子们说，咱穷是穷，可不能让人看不起，{{trap/word:穆斯林}}讲的是干干净净做人。
访谈者：登记表要填住址和号码。
受访者：家在{{address:太康县城关回族镇东关回民街38号}}，儿媳娘家在{{address:周口市川汇区荷花路街道清真寺街17号}}。我身份证{{id_number@my1952.411627}}，孙子的{{id_number@my2012fullwidth.411627}}。我电话{{mobile@plus86}}，{{han:哈玉萍}}主任的电话{{mobile@h38}}。{{han:娄玉兰}}老师的微信{{wechat:louyulan_tk}}。孙子有个QQ，说是老师布置作业用的，号码他写在我记账的本子上：{{qq:90471856}}。
访谈者：孙女平时跟谁亲？
受访者：跟她妈亲。{{minority/hui:勒比哈}}每个礼拜天都要坐公交去周口看她妈，给她妈梳头，陪她说话。她妈精神好点了，就给她包饺子。孩子回来跟我说，爷爷，我妈今天笑了。我听了，心里也亮堂了。
访谈者：表上名字写得统一吗？
受访者：不统一。经名是各写各的，有把孙子写成{{spaced:阿 迪 里}}的，有把儿媳写成{{spaced:海 赛 娜}}的。我的低保表上是{{spaced:穆长 禄}}，孙女的学籍表上是{{spaced:穆　雨　桐}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好做人。我老了，能看着孙子孙女长大就知足了。
""")

# H708: Han mother in 扶沟 (周口) who works in the vegetable greenhouses; her husband was paralysed by a fall from
# scaffolding in 郑州; three children called by word nicknames.
DOCS["H708"] = ("family", """\
访谈者：大姐，您家里几个孩子？
受访者：三个。我叫{{han:吕凤琴}}，在{{trap/place:扶沟}}{{trap/place:吕潭}}这边的蔬菜大棚里打工。孩子他爸{{han:葛拴柱}}前年在{{trap/place:郑州}}工地上从架子上掉下来，腰摔坏了，下半身不能动。大闺女{{han:葛欣蕊}}十四，小名叫{{han:樱桃}}；二小子{{han:葛浩宇}}十一，小名{{han:铜锤}}；老三是个闺女，{{han:葛可馨}}，六岁，我们都叫她{{han:枣核}}。
访谈者：孩子爸现在怎么样？
受访者：天天在床上躺着，我早上去大棚前给他翻身、接尿。{{han:葛拴柱}}他脾气越来越坏，摔过碗。{{han:樱桃}}说她爸以前不这样，是疼的。县医院的{{han:菅志国}}大夫说要坚持康复，{{trap/org:县残联}}给配了个康复床。
访谈者：三个孩子谁照看？
受访者：{{han:樱桃}}照看。她在{{school:扶沟县吕潭镇初级中学初二（2）班}}，放了学先回来做饭，给她爸喂饭，再辅导弟弟妹妹。{{han:铜锤}}也懂事，周末跟我去大棚里摘{{trap/word:黄瓜}}。{{han:枣核}}还小，就知道黏着她姐。{{han:铜锤}}在{{school:吕潭镇中心小学五年级（1）班}}，班主任{{han:扈春燕}}老师说他上课老打瞌睡，后来才知道他晚上帮我给他爸翻身。
访谈者：有人帮你们吗？
受访者：村支书{{han:葛长河}}给我们报了低保，一个月{{trap/number:一千零八十}}。村里的儿童主任是{{han:刘改花}}婶，她跑了好几趟，把三个孩子报成困境儿童。{{han:刘改花}}也是苦命人，男人早没了，她一个人把两个孩子拉扯大。镇上社工站的{{compound:令狐文琴}}每个月来，还有{{compound:东方子轩}}，给孩子们带书带本子。大棚老板{{han:王金良}}知道我家难，让我下午早走一个钟头。
访谈者：孩子们学习怎么样？
受访者：{{han:葛欣蕊}}学习好，班主任说她能考上{{trap/place:扶沟}}高中。可她跟我说想去{{trap/place:郑州}}打工，让弟弟妹妹念书。我骂了她一顿，{{han:刘改花}}婶也来劝，说国家有助学金。{{han:樱桃}}哭了一夜，第二天照样去上学了。
访谈者：您自己身体呢？
受访者：腰也不好，大棚里潮。有时候累得不想动，一看三个孩子，还得撑着。邻居{{han:葛秀梅}}大姐常给我送馍，她说一个{{trap/word:葛家}}的，不帮你帮谁。{{han:铜锤}}说长大了要当医生，给他爸治腰。我给孩子们讲{{trap/famous:孟母}}三迁的故事，说咱穷，可书得念。
访谈者：过年过节呢？
受访者：去年过年没买新衣裳，是{{han:葛秀梅}}给三个孩子一人扯了一身布。{{han:枣核}}穿上新衣裳在院里转圈，她爸在床上看着笑了，那是他摔伤以后头一回笑。
访谈者：大棚里的活是怎么干的？
受访者：早上六点进棚，先放风，再打杈、绑蔓、摘果，中午在棚边上啃个馍。棚里一年四季都是湿的，夏天五十度，冬天外头零下，棚里穿单衣。一天八个钟头，一个月两千四。我最怕的是下雨天，棚膜漏水，得爬上去补，有一回我从棚顶上滑下来，把脚崴了，一瘸一拐干了半个月。孩子他爸吃的中药里有{{trap/word:葛根}}，我每回去县城抓药，来回得两个钟头。{{trap/place:贾鲁河}}边上的地都盖了大棚，我们村的女人差不多都在棚里干活。
访谈者：要登记住址和号码。
受访者：家在{{address:扶沟县吕潭镇葛庄村二组19号}}。孩子姥姥家在{{address:扶沟县城关镇桐丘路幸福小区5号楼2单元302室}}。我身份证{{id_number@whyphen.411621}}，孩子爸的{{id_number@mx.411621}}。我电话{{mobile@s38}}，{{han:刘改花}}婶的电话{{mobile@plain}}。我的微信{{wechat:lvfengqin_fg}}。{{han:樱桃}}有个QQ，说是跟同学问作业的，号码你记一下：{{qq:3401572968}}。
访谈者：孩子他爸自己怎么想？
受访者：他说他对不住我们娘几个。有一回他偷偷攒了一把安眠药，被大闺女发现了，哭着全扔到茅坑里了。那以后我不敢让他一个人待着，白天让他姐来陪，晚上我陪。镇卫生院的大夫说他是抑郁了，给开了药，社工也来跟他聊。现在好一些了，能坐在轮椅上剥花生，剥一斤挣两毛钱，他说好歹也是挣钱。二小子说等他长大挣了钱，给他爸买个电动轮椅。
访谈者：孩子们的名字在表上写得对吗？
受访者：有的不对。低保表上写成{{spaced:葛 拴 柱}}，学校表上是{{spaced:葛欣 蕊}}，社工那张表把老三写成{{spaced:葛　可　馨}}。
访谈者：您最盼什么？
受访者：盼孩子爸能坐起来，盼三个孩子都能念出去，不用再跟我一样在大棚里熬。
""")

# H709: Han primary-school teacher in 西华 (周口) going through the children in distress of her class and how she
# reaches their parents and carers on WeChat and QQ.
DOCS["H709"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:郜晓燕}}，在{{trap/place:西华}}{{trap/place:逍遥镇}}教书，是{{school:西华县逍遥镇中心小学四年级（3）班}}的班主任。班上四十二个孩子，有六个是困境儿童，家长大多在外地，平时全靠微信和QQ联系。
访谈者：能说说这几个孩子吗？
受访者：头一个是{{han:苗子墨}}，爸爸{{han:苗新民}}因为盗窃进去了，妈妈走了，跟着奶奶{{han:范翠英}}过。奶奶不会用智能手机，{{han:苗子墨}}他自己用奶奶的老年机给我发QQ，号码是{{qq:2861049375}}。有一回半夜十二点他给我发消息，说奶奶摔倒了，我赶紧给村里的{{han:苗振山}}打电话，人送到卫生院才没出事。
访谈者：第二个呢？
受访者：{{han:杜欣彤}}，爸妈在{{trap/place:昆山}}电子厂，一年回来一次，孩子跟姥爷{{han:杜守田}}。她妈{{han:吴艳丽}}的微信是{{wechat:wuyanli_kunshan}}，每天晚上九点准时发语音问作业。{{han:杜欣彤}}都十岁了，还天天想她妈，作文写的都是《我的妈妈在远方》。
访谈者：第三个？
受访者：第三个是孤儿，{{han:聂浩然}}，爸爸得肝癌走了，妈妈改嫁了，跟叔叔{{han:聂广田}}过。{{han:聂广田}}他自己有三个孩子，日子也紧。我在家长群里看见他的微信名叫{{wechat:nieguangtian_1979}}，平时不大说话，孩子开家长会他总坐最后一排。县里给{{han:聂浩然}}办了孤儿基本生活费，是村里的儿童主任{{han:赵素英}}跑的。
访谈者：第四个、第五个？
受访者：第四个{{han:苏梦雪}}，妈妈精神分裂，爸爸{{han:苏红旗}}在{{trap/place:杭州}}送快递。{{han:苏红旗}}说他一个月回不来一次，孩子的事都托付给我。他的QQ是{{qq:1037269485}}，微信{{wechat:suhongqi_kd}}。第五个{{han:秦一帆}}，爸爸在矿上砸断了胳膊，妈妈{{han:陈巧玲}}一个人撑着，在镇上卖{{trap/word:胡辣汤}}。{{han:陈巧玲}}她凌晨三点起来熬汤，孩子六点自己来上学。
访谈者：第六个呢？
受访者：第六个是蒙古族孩子，{{minority/mongolian:查干高娃}}，跟她爸从内蒙来的，她爸在这边养牛。她在班上话不多，但唱歌好听。她爸的微信{{wechat:chagan_baba77}}。
访谈者：学校能做什么？
受访者：校长{{han:史国庆}}定了规矩，困境儿童午饭全免，每个人配一个结对老师。我跟数学老师{{compound:尉迟佳音}}分了六个孩子，一人三个。县里派来的社工{{compound:诸葛雨晨}}每两周来一次，带孩子们做游戏。{{compound:尉迟佳音}}老师还给{{han:苗子墨}}买了个闹钟，说让他自己学会起床。
访谈者：家长群里都是谁？
受访者：多半是爷爷奶奶、姥姥姥爷。有的不会打字，发语音；有的连语音也不会，我就一个个打电话。{{han:范翠英}}奶奶每次都说，老师，我不识字，孩子就交给你了。我听了心里酸。我们给这几个孩子建了档，写他们吃饭、睡觉、情绪，每个月跟家长在微信上对一次。
访谈者：您平时怎么跟孩子们谈心？
受访者：每周三下午有一节心理课，我让孩子们在纸条上写一句心里话，不用写名字，放进讲台上的小箱子里。有的写想妈妈，有的写怕奶奶死，有的写想要一双新球鞋。我一张一张看，看完了再想办法。春天我们带孩子们去{{trap/place:女娲城}}研学，去镇上的{{trap/word:苗圃}}种树，每个孩子种一棵，挂上自己的名字牌。那几个困境儿童种得最认真，天天跑去浇水。学校门口贴着县里的求助热线{{trap/number:12345}}，我教孩子们背下来，遇到事就打。
访谈者：家长的信息登记了吗？
受访者：登记了。{{han:范翠英}}家在{{address:西华县逍遥镇苗庄村三组8号}}，{{han:聂广田}}家在{{address:西华县逍遥镇北街社区15排6号}}。{{han:苗子墨}}的身份证{{id_number@my2014.411622}}。{{han:杜守田}}的电话{{mobile@fullwidth}}，{{han:陈巧玲}}的电话{{mobile@p86n}}。{{han:秦一帆}}用他妈的手机上QQ，说想老师了就找我，号码是{{qq:64318925}}。
访谈者：名字写法有出入吗？
受访者：有。教育局的表是手填的，有写成{{spaced:苗 子 墨}}的，有把{{spaced:杜欣 彤}}中间空一格的。蒙古族那个孩子写成了{{spaced:查　干　高　娃}}，社工的名字被写成{{spaced:诸 葛 雨 晨}}。
访谈者：您最想说什么？
受访者：这些孩子不缺聪明，缺的是有人陪。我们当老师的能多陪一会儿，就多陪一会儿。逢年过节我在群里给家长们发红包，钱不多，就是让他们知道学校惦记着孩子。
""")

# H710: Kazakh father from 新源 who works in a flour mill in 项城 (周口); his wife died of a stroke, his two children
# and his nephew (whose father is in prison) live with him.
DOCS["H710"] = ("family", """\
访谈者：您是怎么来到项城的？
受访者：我叫{{minority/kazakh:叶尔包森·努尔别克}}，老家{{trap/place:新源}}，{{trap/place:那拉提}}下面的一个村。前年老婆{{minority/kazakh:阿依古丽·哈力木}}脑溢血走了，家里的草场也承包出去了。一个在{{trap/place:伊犁}}当兵时认识的战友{{han:袁建营}}，是{{trap/place:项城}}人，他说这边面粉厂缺人，我就带着孩子来了。厂里的人喊我{{minority/kazakh:叶尔包森}}喊不顺嘴，就叫我{{minority/kazakh:包森}}。
访谈者：孩子们多大？
受访者：儿子{{minority/kazakh:塔力哈提叶尔包森}}十三岁，我们叫他{{minority/kazakh:塔力哈提}}，在{{school:项城市第二初级中学初一（5）班}}。闺女{{minority/kazakh:阿依布比·叶尔包森}}九岁，在{{school:项城市光武路小学三年级（2）班}}。还有我哥哥的儿子{{minority/kazakh:胡安别克}}，十岁，他爸{{minority/kazakh:加肯·努尔别克}}犯了事，在{{trap/place:乌鲁木齐}}服刑，他妈早就走了，我就把他也带来了。
访谈者：孩子们适应这边吗？
受访者：刚来的时候吃不惯，想吃{{trap/minority_word:包尔萨克}}，想喝奶茶。现在{{minority/kazakh:阿依布比}}她爱吃{{trap/word:袁家}}面馆的烩面了，会说河南话了，说"中"。{{minority/kazakh:塔力哈提}}他个子高，体育老师{{han:赵振华}}让他进了篮球队。{{minority/kazakh:胡安别克}}胆子小，刚来的时候一句话不说，他的班主任{{han:陈丽萍}}老师天天陪他吃午饭。
访谈者：厂里的活累吗？
受访者：扛面袋子，一袋五十斤，一天扛几百袋。车间主任{{han:袁国栋}}人好，知道我家里没女人，让我上白班，晚上能回家给孩子做饭。厂长{{han:卢金宝}}给我们家在厂里分了一间宿舍。
访谈者：有谁帮过你们？
受访者：街道的{{han:袁丽娟}}主任给三个孩子报了困境儿童，{{minority/kazakh:胡安别克}}按事实无人抚养，一个月{{trap/number:一千二百四}}。社区社工站的{{compound:慕容清远}}，还有{{compound:赫连思彤}}，每个礼拜来辅导孩子作业。新源那边村里的儿童主任{{minority/kazakh:古丽巴哈尔·托列吾汗}}也常打电话来，问孩子们好不好，帮着把档案转过来。
访谈者：孩子们想老家吗？
受访者：想。{{minority/kazakh:阿依布比}}晚上抱着她妈的照片睡。{{trap/minority_word:纳吾鲁孜节}}我给他们煮{{trap/minority_word:纳吾鲁孜饭}}，弹{{trap/minority_word:冬不拉}}，唱她妈以前唱的歌。我给他们讲{{trap/famous:阿拜}}的诗，讲{{trap/famous:袁世凯}}是项城人，孩子们听得直笑。我爸{{minority/kazakh:努尔别克·托合提}}还在新源放羊，说等孩子们放暑假就回去。
访谈者：您一个人带三个孩子，家务怎么办？
受访者：早上我五点起来烧奶茶，砖茶是老家亲戚寄来的。大儿子负责叫弟弟妹妹起床，闺女的头发长，自己梳不好，隔壁的大姐天天早上给她扎辫子。中午孩子们在学校吃，晚上我回来做饭，我只会做抓饭和拉条子，孩子们吃腻了，就去街口买烩面。周末我带他们去城边上的麦地里跑一跑，闺女说这边的麦地没有{{trap/place:那拉提}}的草原大。我跟孩子们说，在老家这个时候该喝{{trap/minority_word:马奶子}}了，他们就吵着要回去。
访谈者：登记表要写住址和号码。
受访者：我们住在{{address:项城市光武街道面粉厂家属院3号楼2单元101室}}，老家是{{address:新源县那拉提镇阿尔善村二组15号}}。我身份证{{id_number@mfwspaced.654025}}，{{minority/kazakh:塔力哈提}}的{{id_number@my2012.654025}}。我电话{{mobile@plus86spaced}}，{{han:袁建营}}的电话{{mobile@spaced}}。我的微信{{wechat:Yerbosyn_Nurbek}}。{{minority/kazakh:塔力哈提}}有个QQ，说是篮球队的群，号码他用圆珠笔写在我手背上了：{{qq:2590183746}}。
访谈者：孩子们的妈妈走的时候，孩子们怎么样？
受访者：{{minority/kazakh:阿依布比}}才七岁，不懂，天天问妈妈啥时候从医院回来。大儿子懂了，一个月没说话。我那时候也垮了，天天喝酒。是我爸把我骂醒的，他说你再这样，三个孩子就真成没人管的了。后来我就戒了酒，带着孩子出来了。到了这边，厂里的人、学校的老师、社区的人都帮我们，孩子们慢慢开朗了。去年过年，工友请我们去家里吃饺子，闺女学着包，包得歪歪扭扭，大家都夸她包得好。
访谈者：表上名字对吗？
受访者：不对的多。学校表上儿子是{{spaced:塔力哈提 叶尔包森}}，闺女是{{spaced:阿 依 布 比}}，我在厂里的花名册上是{{spaced:叶尔包森 · 努尔别克}}，点两边都空着。低保单子上又写成{{minority/kazakh:叶尔包森努尔别克}}，没有点。
访谈者：您最想说什么？
受访者：谢谢项城的人。孩子们没了妈，可这边的人对他们好，他们就不孤单。
""")

# H711: Han court clerk in 鹿邑 (周口) reading from the file of a guardianship case (a father in prison, a mother
# who died of cancer, two children fought over by their grandparents and an aunt).
DOCS["H711"] = ("staff", """\
访谈者：您今天带的是什么卷宗？
受访者：一个指定监护人的案子。我叫{{han:孔德云}}，在{{trap/org:鹿邑县人民法院}}当书记员六年了。这个案子是{{trap/year:二〇二三年}}立的，我照着卷宗念，你记。
访谈者：好。
受访者：被监护人两个，姐姐{{han:谯梦瑶}}，十三岁，在{{school:鹿邑县真源中学初一（8）班}}；弟弟{{han:谯梦阳}}，八岁，在{{school:鹿邑县太清宫镇中心小学二年级（2）班}}。他们的爸爸{{han:谯振江}}，因为非法拘禁判了七年，在{{trap/place:新乡}}服刑。妈妈{{han:任丽娟}}去年得宫颈癌走了。
访谈者：谁申请的？
受访者：申请人是孩子的爷爷{{han:谯德厚}}，身份证{{id_number@my1953.411628}}，住{{address:鹿邑县太清宫镇谯楼村五组23号}}。被申请人是孩子的姨{{han:任丽萍}}，身份证{{id_number@wspacedx.411628}}，住{{address:鹿邑县真源街道老君台社区紫气小区7号楼1单元402室}}。{{han:任丽萍}}她说姐姐临走前把孩子托付给她了，{{han:谯德厚}}那边说孩子是谯家的根。申请书最后一页签名，老人写了两遍，“{{han:谯德厚}}{{han:谯德厚}}”，头一遍写歪了。
访谈者：法院怎么处理的？
受访者：审判员是{{compound:上官立新}}，人民陪审员一个是{{compound:西门秀兰}}，一个是{{han:栗国强}}。{{compound:上官立新}}审判员先让县妇联和民政局的人去做了调查。民政局的{{han:王淑芳}}科长写了报告，说爷爷七十二了，有高血压，奶奶{{han:吴凤霞}}瘫痪在床；孩子的姨在县城开超市，条件好些。县{{trap/org:法律援助中心}}给孩子指派了律师{{compound:长孙慧茹}}，她单独跟两个孩子谈过。
访谈者：孩子们自己怎么说？
受访者：{{han:谯梦瑶}}说想跟姨过，能在县城上学；{{han:谯梦阳}}哭着说要跟爷爷。{{compound:长孙慧茹}}律师在意见书里写，姐弟俩不宜分开。最后调解的结果是孩子跟姨在县城上学，周末回{{trap/place:太清宫}}看爷爷，爷爷和姨共同监护。{{han:谯振江}}在狱里写了信，同意调解。
访谈者：卷宗里还有别的材料吗？
受访者：有村委会的证明，是{{han:谯文斌}}书记签的；有派出所的户籍证明，{{han:邸国良}}所长签的；有学校的证明，班主任{{han:张玉洁}}老师写的，说{{han:谯梦瑶}}成绩在班里前十。还有孩子妈生前的住院记录，县医院{{han:陈广福}}主任的签字。孩子爷爷的号码是{{mobile@hyphen}}，{{han:任丽萍}}的是{{mobile@plus86dash}}，微信{{wechat:renliping_chaoshi}}。{{han:谯梦瑶}}留了个QQ，说以后有事找法官，号码登记在卷宗最后一页：{{qq:3620814957}}。两个孩子的身份证，姐姐{{id_number@wy2011spaced.411628}}，弟弟{{id_number@my2016hyphen.411628}}。
访谈者：这种案子多吗？
受访者：这两年多起来了。父母一方服刑、一方去世的，或者父母都在外头打工不管孩子的，亲戚之间为了监护权、为了孩子名下的补助闹到法院。我们庭一年能有十来件。每件案子都要去村里、学校走访，有时候一天跑三个乡。书记员的活就是记，开庭记、走访记、调解记，一个案子的卷宗有一指厚。有一回调解到半夜，老人家哭，孩子也哭，{{compound:上官立新}}审判员自己掏钱给孩子们买了方便面。{{trap/org:县妇联}}的同志也常来，坐在调解室里陪孩子。
访谈者：名字写法上有问题吗？
受访者：有。手写的表格上有写成{{spaced:谯 梦 瑶}}的，有写成{{spaced:谯　德　厚}}的，还有把{{spaced:任丽 萍}}中间空一格的。审判员的名字在送达回证上成了{{spaced:上 官 立 新}}，陪审员成了{{spaced:西　门　秀　兰}}。
访谈者：判决以后，孩子们过得怎么样？
受访者：上个月我们回访了一次。姐姐在县城的学校住校，期中考了年级第三十名，她姨给她报了个画画班。弟弟每个周末都回爷爷家，跟爷爷去地里拔草、喂鸡。老人说，孩子回来一趟，他能高兴一个礼拜。两家人原来见面不说话，现在过年还互相走动。这样的结果，我们做书记员的看着也欣慰。卷宗归档以后，这个案子在我们庭里被当成了调解的例子。
访谈者：您办这种案子有什么感受？
受访者：大人的事，最后都落到孩子身上。我们县是{{trap/famous:老子}}故里，老人家说“上善若水”，判这种案子，就得像水一样，顺着孩子。孩子们的事，法院判完了也不算完，我们每半年回访一次。法律援助的热线{{trap/number:12348}}，我都写在判决书后面了。
""")

# H712: Han grandmother in 川汇 (周口) raising her granddaughter after her son died of leukaemia and his wife left.
DOCS["H712"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：两口，我跟孙女。我叫{{han:岳桂兰}}，今年六十八，住在{{trap/place:川汇区}}{{trap/place:沙颍河}}边上的老街。儿子{{han:聂文涛}}{{trap/year:二〇二一年}}得白血病走了，才三十四。儿媳{{han:邢晓倩}}办完丧事就走了，说去{{trap/place:上海}}打工，后来电话也不接了。孙女{{han:聂欣然}}那年才七岁，小名叫{{han:棉花糖}}。
访谈者：孙女现在怎么样？
受访者：十岁了，在{{school:周口市川汇区七一路小学四年级（5）班}}。{{han:棉花糖}}也懂事，知道奶奶腰不好，放学回来先把菜择了。她爱画画，画的都是她爸。{{han:聂欣然}}她们班主任{{han:张海云}}老师说，孩子作文写得好，就是一写到爸爸就哭。
访谈者：您老伴呢？
受访者：老伴{{han:聂长顺}}前年也走了，心脏病。他在的时候蹬三轮拉货，他一走，家里就靠我了。我在菜市场帮人卖菜，一天五十块。
访谈者：谁帮过你们？
受访者：社区的{{han:陈玉梅}}主任，她给孙女报了事实无人抚养，一个月{{trap/number:一千四百五十}}，我还有低保。社区的儿童主任叫{{han:冯小荷}}，年轻闺女，一礼拜来两回，帮孙女检查作业。区社工站的{{compound:皇甫婉清}}给孙女做心理辅导，跟她搭档的是{{compound:巫马志远}}，两个人还带孙女去{{trap/place:关帝庙}}看过庙会。对门的{{han:柴秀云}}姨，孙女放学我还没回来，就在她家写作业。
访谈者：儿媳妇还管孩子吗？
受访者：不管。有一回过年发来二百块钱红包，孙女没收，说不要她的钱。我说那是你妈，她说她没有妈。我听了心里跟刀割一样。{{han:邢晓倩}}她娘家在{{trap/place:商水}}，她妈{{han:杭玉珍}}倒是通情达理，逢年过节来看看孙女，给她买身衣裳。
访谈者：您身体怎么样？
受访者：腰椎间盘突出，一阴天就疼。区医院的{{han:卞建华}}大夫给我做理疗，减了一半的钱。我最怕的是哪天我不在了，孙女咋办。{{han:陈玉梅}}主任说，真到那一天，政府会管，让我别瞎想。
访谈者：孙女平时跟谁玩？
受访者：跟楼下{{han:岳春旺}}家的孙子，叫{{han:栓牢}}，俩人一起上学一起回来。{{han:栓牢}}他奶奶也是一个人带孙子，我们俩老婆子常在一块儿说话。孙女的同桌{{compound:夏侯可欣}}常来家里玩，她妈是{{compound:夏侯晓梅}}，在区妇联上班，帮我们申请过{{trap/org:春蕾计划}}。
访谈者：您给孙女讲过她爸爸的事吗？
受访者：讲过。她爸小时候在河边捉鱼，掉下去过一回。我还给她讲{{trap/famous:伏羲}}画八卦、{{trap/famous:女娲}}补天，她最爱听，说长大要去{{trap/place:淮阳}}看{{trap/place:太昊陵}}。
访谈者：您平时一天是怎么过的？
受访者：早上五点起来做饭，给孙女煮个鸡蛋，送她上学，再去菜市场。中午回来歇一会儿，下午接着卖。孙女放学先去对门写作业，我六点收摊回来做晚饭。晚上她写作业，我就在边上纳鞋底，她写完了念课文给我听。我不识字，她念什么我都说好。冬天屋里冷，我们俩挤一个被窝，她给我暖脚，说奶奶你的脚比冰还凉。我有时候想，要是她爸还在，她该多享福。{{trap/place:沙颍河}}上的船一过，汽笛一响，她就说那是她爸在跟她打招呼。
访谈者：要登记住址和号码。
受访者：家在{{address:周口市川汇区七一路街道老街社区9号院2排5号}}。儿子原来在{{address:川汇区搬口乡大王庄村一组27号}}有套老房子，租出去了。我的身份证{{id_number@wy1957.411602}}，孙女的{{id_number@wy2015.411602}}。我电话{{mobile@s74}}，{{han:冯小荷}}的电话{{mobile@fws}}。{{han:冯小荷}}的微信{{wechat:fengxiaohe_sq}}，孙女用我的手机加了她。孙女有个QQ，说是学校让注册的，上网课用，号码她写在冰箱门上：{{qq:71650328}}。
访谈者：孙女想她妈妈吗？
受访者：嘴上说不想，心里想。有一回我看见她在手机上翻她妈以前发的照片，一张一张看，看完了又偷偷删了，怕我看见难受。我跟她说，想就想，不丢人。她扑到我怀里哭了一场，哭完了说，奶奶，我以后考到上海去，去找她问问为啥不要我。我说中，你考，奶奶供你。
访谈者：表上孙女的名字写对了吗？
受访者：有写错的。低保表上是{{spaced:聂　欣　然}}，学校表上是{{spaced:聂欣 然}}。社工的名字我总记不住，表上写的是{{spaced:皇 甫 婉 清}}。
访谈者：您最大的心愿？
受访者：看着{{han:棉花糖}}考上大学。我就是这个心愿，别的不想了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=705,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
