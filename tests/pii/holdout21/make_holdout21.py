# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 21 (tests/pii/holdout21/H153-H160 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 21 is about children in distress (困境儿童) and the help they get, in eight new voices: a Chahar Mongolian
herder father in 正蓝旗 (锡林郭勒) whose wife is on dialysis, a Khampa Tibetan mother in 香格里拉 (迪庆) whose
husband is in prison and whose eldest son has epilepsy, a Han grandmother in 清苑 (保定) raising the three
left-behind grandchildren of a son whose wife has cancer, a Miao mother in 山江镇 (凤凰, 湘西) whose husband lost a
leg in a quarry, a Han migrant father from 蕲春 (湖北) working in 深圳 whose wife died and whose two children are at
home, a Han Civil Affairs official in 红山区 (赤峰) going through the district's roster, a Uyghur neighbourhood
cadre in 天山区 (乌鲁木齐) with urban Uyghur and Kazakh families, and a Han teacher in 白马井镇 (儋州) with the
children of fishermen. The emphasis is on forms where a replacement might cover only part of a name, in a mix
rather than one trick: Chahar Mongolian names of four to seven characters, alone and after the Han-like syllables
包 and 宝 (包朝格吉勒图, 宝那木吉拉, 包额尔德木图), with short forms (朝格, 萨茹拉) and the Han name of the same man
(包志刚); Diqing Tibetan names (格茸拉姆, 鲁茸农布, 扎史平措, 七林永宗, 此里卓嘎) with short forms (平措, 永宗, 农布)
and written with a space (格茸 拉姆, 扎史　平措); Miao names beside the Han names of the same people (麻秀莲 and
仰香, 龙永贵 and 代久, 龙小燕 and 榜妮) and a Han surname before a Miao name (麻仰香, 石代保, 吴榜金, 龙略耶); Uyghur
and Kazakh given name + father's name with and without the dot (阿依努尔·麦麦提江, 阿依努尔麦麦提江, 叶尔江·托勒汗,
叶尔江托勒汗) and short forms (伊力夏提, 托勒汗, 阿娜尔, 哈那提); Han names with common and rare surnames (王, 李,
张, 刘, 陈, 杨, 赵, 林; 郄, 甄, 籍, 邸, 别, 喻, 晏, 涂, 佟, 符, 羊, 吉, 云 ...), with titles and kin words, names that
contain words (甄满仓, 甄长河, 郭建设, 王春来, 符大潮, 谢天明), 和 as a surname (和建华), northern nicknames that are
words and Danzhou forms of address annotated whole (麦穗, 栓子, 二妞, 老甄, 刘二嫂, 海仔, 阿莲, 老符), a name written
on WeChat and a name written twice in a ledger (张文涛张文涛), names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out
and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郄秀珍}}``, ``{{qq:2805716439}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, miao, uyghur, kazakh) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011hyphen.152530}}``,
                                   ``{{mobile@s74}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.ID_SHAPES`` and ``_setkit.MOBILE_SHAPES``;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 科长, 所长, 大姐,
婶子) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他, 那边, 跟,
和) are outside the span; a nickname (麦穗, 栓子, 二妞, 海仔), a form of address made of 老 + surname (老甄, 老符),
阿 + given name (阿莲) or surname + kin word with no given name (刘二嫂) is annotated whole. Han-style names of
Mongolian, Tibetan, Miao and Naxi people (包志刚, 和央央, 麻秀莲, 龙永贵, 和建华) are category han; a Han surname
before a non-Han given name (包朝格吉勒图, 麻仰香, 吴榜金) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout21/make_holdout21.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(21_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "miao", "uyghur", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "miao": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["131", "135", "137", "139", "145", "153", "156", "158", "171", "176", "180", "184", "187",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H153: Chahar Mongolian herder father in 正蓝旗 (锡林郭勒); his wife is on dialysis.
DOCS["H153"] = ("family", """\
访谈者：大哥，先说说家里几口人吧。
受访者：四口人。我叫{{minority/mongolian:包朝格吉勒图}}，户口本上的汉名是{{han:包志刚}}，嘎查里的人都喊我{{minority/mongolian:朝格}}。我们家在{{trap/place:正蓝旗}}北边的草场上，离{{trap/place:上都镇}}一百二十里。媳妇{{minority/mongolian:萨茹拉其其格}}前年查出尿毒症，一个礼拜去{{trap/place:锡林浩特}}透析两回。大闺女{{minority/mongolian:额尔敦高娃}}十四，小儿子{{minority/mongolian:特日格勒图}}九岁。
访谈者：孩子们在哪儿上学？
受访者：闺女在{{school:正蓝旗蒙古族中学初二（4）班}}住校，儿子在{{school:上都镇第二小学三年级（1）班}}。{{minority/mongolian:额尔敦高娃}}说她长大要当大夫，给她{{trap/word:额吉}}治病。儿子还小，他额吉一去透析，他就蹲在门口等车回来，天黑了也不进屋。
访谈者：看病花了多少钱？
受访者：头一年花了十二万，报了一半多。透析一回四百来块，一个月{{trap/number:三千二}}。我卖了四十只羊，还欠着亲戚的钱。{{minority/mongolian:萨茹拉}}心疼钱，老说不去了，我说不去不行。路远，冬天下了雪，车走不动，我们就前一天去城里，在亲戚家住一宿。
访谈者：这两年谁帮过你们？
受访者：嘎查的儿童主任是{{han:韩淑芬}}，她跑前跑后给两个孩子报了困境儿童，每人每月补贴{{trap/number:六百二}}。嘎查达{{minority/mongolian:宝音满都拉}}给我们报了低保。苏木民政助理{{han:邸建军}}来核过两回，{{han:邸建军}}说话直，说你们这种情况早该报。{{trap/org:旗民政局}}的{{han:范玉洁}}科长还送来一袋面一桶油。旗医院肾内科的{{han:乔文亮}}大夫帮着申请了大病救助，又教我媳妇怎么管住嘴，少喝水，少吃咸。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:乌力吉木仁}}家有四轮车，我陪媳妇去透析的时候，他就帮我饮羊。{{minority/mongolian:乌力吉木仁}}他媳妇{{han:白桂香}}常给孩子们做饭。西边的{{minority/mongolian:阿拉坦格日勒图}}也来帮着剪羊毛。我表哥{{minority/mongolian:宝那木吉拉}}在{{trap/place:多伦}}开修车铺，每回来都给{{minority/mongolian:特日格勒图}}塞钱。草原上就是这样，谁家有难处，大家都搭把手。
访谈者：学校那边怎么样？
受访者：闺女的班主任{{minority/mongolian:敖登托娅}}老师对她好，知道她周末要回来做饭，作业就少布置点。儿子的老师{{han:包晓燕}}也常打电话问。旗社工站来过两个人，一个叫{{compound:东方雅茹}}，另一个是{{compound:赫连志强}}。{{compound:东方雅茹}}跟闺女谈了好几回，闺女说心里的话跟她能说。社工还给儿子找了个大学生，周末在网上给他讲数学。
访谈者：孩子们平时做什么？
受访者：放假就帮我放羊、挤奶、拾牛粪。儿子爱听老人讲{{trap/famous:忽必烈}}在{{trap/place:元上都}}的故事，{{trap/word:查干萨日}}的时候给长辈磕头，{{trap/word:那达慕}}上看摔跤看得不想回家。闺女会做{{trap/word:奶豆腐}}，她额吉教的。她额吉身子弱，坐不住，就坐在炕上一句一句地教。
访谈者：低保和补贴是怎么申请下来的？
受访者：先是嘎查开会评，评上了在嘎查委员会门口贴出来公示七天，没人有意见才往苏木报，苏木再往旗里报。材料要了一大摞：户口本、病历、透析的发票、两个孩子的学籍证明。我不会写汉字，表都是儿童主任帮着填的。钱是打到卡上的，每个月十号左右到，我拿了钱先给媳妇买药，剩下的给孩子交伙食费。
访谈者：孩子们心里怎么想？
受访者：闺女嘴上不说，心里装着事。有一回我半夜起来看羊，见她还在灯下坐着，问她干啥，她说在算家里欠了多少钱。我心里难受得不行。儿子倒是爱说，说等他长大了买一辆大车，天天拉着额吉去看病，不用再求人。
访谈者：登记的材料您念一下吧。
受访者：家在{{address:正蓝旗上都镇额很乌苏嘎查三组12号}}。媳妇的身份证{{id_number@wy1982spaced.152530}}，闺女的{{id_number@wy2011hyphen.152530}}。我的电话{{mobile@plain}}，媳妇的{{mobile@spaced}}。我的微信{{wechat:chaoge_1979}}，嘎查主任让我加的。闺女有个QQ，她说是班主任让申请的，号码写在作业本皮上，你记：{{qq:2805716439}}。
访谈者：材料上名字写得对吗？
受访者：不全对。医院的单子上把我写成{{spaced:朝 格 吉 勒 图}}，又有一张写成{{spaced:包 · 朝格吉勒图}}。闺女的学籍卡上是{{spaced:额　尔　敦　高　娃}}。媳妇的名字给拆成了{{spaced:萨茹拉 其其格}}，医保不认，{{minority/mongolian:萨茹拉其其格}}她自己跑了三趟才改过来。
访谈者：往后有什么打算？
受访者：等媳妇排上肾源就好了。大夫说要等，有的人等了三四年。我跟她说，等得起，羊还在，草还在，孩子也一天天大了。{{minority/mongolian:朝格}}我没别的本事，就是把羊放好，把俩孩子供出来。
""")

# H154: Khampa Tibetan mother in 香格里拉 (迪庆); her husband is in prison, her eldest son has epilepsy.
DOCS["H154"] = ("family", """\
访谈者：{{trap/word:阿佳}}，您先说说家里的情况。
受访者：我叫{{minority/tibetan:格茸拉姆}}，家在{{trap/place:香格里拉}}{{trap/place:小中甸}}那边。丈夫{{minority/tibetan:鲁茸农布}}三年前跟人打架，把人打伤了，判了六年，关在{{trap/place:昆明}}。家里三个孩子：老大{{minority/tibetan:扎史平措}}十三岁，有癫痫；老二是姑娘，叫{{minority/tibetan:七林永宗}}，十岁；老三{{minority/tibetan:斯那都吉}}才六岁。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：老大知道。{{minority/tibetan:平措}}他懂事，从来不在学校说。小的两个只知道阿爸在外面干活。去年我带他去看过一回，坐了一天的车。{{minority/tibetan:鲁茸农布}}见了儿子就哭，说出来以后一定好好干。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{minority/tibetan:斯那拉初}}，她给三个孩子都报了困境儿童，每月每人能领几百块。村委会{{han:和建华}}主任帮我们办了低保。{{han:和建华}}他是纳西族，藏话说得比我还好。乡里的民政干事{{han:孙丽萍}}每个季度来一次，每回都问老大吃药的事，还帮我把三个孩子的医保都续上了。村里开会评低保的时候，有人说我丈夫是犯了法的人，不该给，是主任站出来说，犯法的是大人，孩子没有错。
访谈者：老大的病怎么治？
受访者：在{{trap/org:州医院}}看的，{{han:李永刚}}大夫开的药，一个月吃药一百八十块，报了以后自己出一半。{{minority/tibetan:扎史平措}}发病的时候会倒在地上，有一回在学校倒在操场上，是体育老师{{han:杨国庆}}把他抱到卫生室的。
访谈者：孩子们在哪儿上学？
受访者：老大在{{school:香格里拉市第二中学初一（2）班}}住校，老二在{{school:小中甸镇中心完小四年级（3）班}}。老二的班主任{{han:和秀梅}}老师给她找了一个城里的资助人，一年给一千五。学校还有个社工，叫{{compound:尉迟静姝}}，每个礼拜跟老大谈一回。
访谈者：亲戚们呢？
受访者：我阿妈{{minority/tibetan:此里卓嘎}}六十多了，帮我带老三。我弟弟{{minority/tibetan:松诺次里}}在{{trap/place:独克宗古城}}开车拉客，每月给我五百。丈夫的姐姐{{minority/tibetan:农布拉姆}}也帮着种青稞。{{minority/tibetan:七林永宗}}跟她姑妈最亲，放假就去她家住。
访谈者：您一个人带三个孩子，家里的地怎么种？
受访者：家里有六亩地，种青稞和土豆，还养了两头牦牛、十几只猪。春天犁地，以前是孩子他爸干，现在我请人犁，一天给一百五。秋天挖土豆，学校放农忙假，老大老二都回来帮忙。忙不过来的时候，村里的妇女们就来换工，今天帮我家，明天我去帮她家。松茸季节我上山捡菌子，好的年份能卖五六千块，孩子们的学费就靠它了。
访谈者：孩子们想爸爸吗？
受访者：想。老二每次写作文都写阿爸。有一回老师让写“我的家”，她写阿爸在很远的地方干活，等她长大了去接他回家。老师看了哭，打电话问我，我才把实话告诉了老师。老师说她会保密，不会让别的孩子知道。监狱那边每个月可以打一次亲情电话，三个孩子抢着说话，十分钟一下就过去了。
访谈者：平时家里过节吗？
受访者：过。{{trap/word:格冬节}}去{{trap/place:松赞林寺}}看跳神，端午跟大家去赛马场，晚上跳{{trap/word:锅庄}}。老三最爱听老人讲{{trap/famous:格萨尔王}}的故事，还会唱几句{{trap/word:弦子}}。我做{{trap/word:酥油茶}}，孩子们就着{{trap/word:糌粑}}吃。
访谈者：登记的资料您念一下吧。
受访者：家在{{address:香格里拉市小中甸镇联合村尼史村民小组27号}}。老大的身份证{{id_number@my2012spaced.533401}}，老二的{{id_number@wy2015x.533401}}。我的电话{{mobile@hyphen}}，我弟弟的{{mobile@plus86}}。村里建了个微信群，我的微信{{wechat:gerong_lamu88}}。老大有个QQ，说是跟同学打游戏用，号码他自己抄在药盒上了：{{qq:1937064825}}。
访谈者：名字在材料上写得对吗？
受访者：老有错。有的写{{spaced:格茸 拉姆}}，中间空一格；老二的名字写成了{{spaced:七 林 永 宗}}，一个字一个格；老大的写成{{spaced:扎史　平措}}。{{minority/tibetan:永宗}}自己的作业本上写的又是汉名{{han:和央央}}，是她班主任起的。
访谈者：往后有什么打算？
受访者：还有三年。等{{minority/tibetan:农布}}出来，一家人就团圆了。他在里面学了木工，说出来以后给人做藏式家具，不再喝酒了。我信他一回。我只想三个孩子都念完书，老大的病能治好，别让人看不起。
""")

# H155: Han grandmother in 清苑 (保定) raising three left-behind grandchildren.
DOCS["H155"] = ("family", """\
访谈者：大娘，您家里现在几口人？
受访者：我跟老头子，再加仨孙子孙女。我叫{{han:郄秀珍}}，老头子叫{{han:甄满仓}}，村里人都喊他{{han:老甄}}。儿子{{han:甄长河}}跟儿媳妇{{han:籍春霞}}在{{trap/place:天津}}搞装修，一年回来一趟。儿媳妇前年查出来乳腺癌，做了手术还得化疗，两口子挣的钱都搭进去了。
访谈者：孩子们多大了？
受访者：大孙女{{han:甄雨桐}}十二，小名{{han:麦穗}}；二孙子{{han:甄浩博}}九岁，我们喊他{{han:栓子}}；老三{{han:甄雨萌}}五岁，小名{{han:二妞}}。{{han:麦穗}}懂事，放了学就做饭。{{han:栓子}}就是皮，上房揭瓦。{{han:二妞}}都上幼儿园了，还天天想她妈，晚上抱着她妈的衣裳睡。
访谈者：您和老伴身体怎么样？
受访者：都不中用了。老头子有心脏病，干不了重活，前年还下过一次病危通知。我腰椎间盘突出，弯不下腰，地里的活全指着雇人。家里六亩地，种麦子种玉米，一年刨去化肥种子，剩不下几个钱。老头子闲不住，在村口给人修自行车，一天挣个十块八块的，够买个菜。
访谈者：谁帮过你们家？
受访者：村里的儿童主任是{{han:刘凤英}}，论辈分我得喊她婶。{{han:刘凤英}}婶子给仨孩子报了困境儿童，还给我们报了低保。村支书{{han:籍永旺}}逢年过节来送米送面，说有难处就找他。乡里民政所的{{han:王建业}}所长来过一回，他说要把儿媳妇的病报大病救助。镇上卫生院的{{han:赵立新}}大夫每个月给老头子量血压。
访谈者：孩子们上学怎么样？
受访者：大孙女在{{school:清苑区臧村镇中学初一（5）班}}，班主任是{{han:张秋菊}}老师。{{han:张秋菊}}也是留守娃出身，对大孙女特别上心。二孙子在{{school:臧村镇东王力小学三年级（2）班}}，老师{{han:李宏伟}}说他脑子灵，就是坐不住。学校还有个心理老师，叫{{compound:欧阳婧雯}}，来家里看过一回，跟{{han:栓子}}下了半天跳棋。
访谈者：亲戚们帮吗？
受访者：我闺女{{han:甄玉霞}}嫁到{{trap/place:满城}}了，隔几天回来帮我洗洗涮涮。闺女女婿{{han:郭建设}}开个小卖部，孩子们的本子笔都从他那儿拿。后院的{{han:刘二嫂}}也帮着看孩子，我去{{trap/place:保定}}给老头子拿药，就把{{han:二妞}}搁她家。
访谈者：孩子爸妈多久联系一回？
受访者：天天打视频。{{han:甄长河}}他话少，就问学习。儿媳妇在电话里哭，孩子们也哭。我就说，哭啥，{{trap/famous:孟母}}三迁那么难也把孩子拉扯大了。
访谈者：孩子们放了学都干啥？
受访者：大的写完作业就做饭，擀面条、熬粥，啥都会。二的喂鸡喂兔子，有时候跟村里的孩子去河沟里摸鱼，我老怕他出事。小的跟着我，我上哪儿她上哪儿。晚上三个孩子挤在一个炕上，大的给小的讲故事，讲着讲着都睡了。我看着她们，心里又疼又高兴。
访谈者：孩子们出过远门吗？
受访者：去年暑假，县{{trap/org:妇联}}出钱，组织村里的留守娃去{{trap/place:白洋淀}}坐船看荷花。仨孩子头一回坐船，回来说了好几天。二的说长大了要去天津找他爸，跟他爸一块儿干装修。学校发的表上有一栏{{trap/word:籍贯}}，大的问我咱家籍贯咋写，我说就写{{trap/place:河北}}{{trap/place:清苑}}，咱祖祖辈辈都在这儿。
访谈者：有些登记材料，您给念念。
受访者：家在{{address:清苑区臧村镇东王力村前街18号}}。我的身份证{{id_number@wold.130608}}，大孙女的{{id_number@wy2013spaced.130608}}。我的电话{{mobile@s38}}，儿子的{{mobile@plain}}。儿子两口子在天津租的房子在{{address:天津市西青区杨柳青镇柳霞小区6号楼1单元301}}。儿子的微信{{wechat:zhen_changhe}}，儿媳妇的微信我记不住，写在本子上了，是{{wechat:chunxia_0722}}。大孙女有个QQ，说是学校上网课用的，号码她给我写在挂历上了，我念：{{qq:1586304927}}。
访谈者：表上名字有写错的吗？
受访者：有。老头子的名字写成了{{spaced:甄 满 仓}}，儿媳妇的写成{{spaced:籍　春　霞}}，中间都空着。乡里说年底要把表上的信息再{{trap/word:甄别}}一遍，错了的都改过来。
访谈者：您最发愁啥？
受访者：就怕自己老了。去年冬天我摔了一跤，{{han:麦穗}}扶着我走到卫生院。那会儿我想，这丫头长大了。{{trap/number:一千二百六}}的生活费，够她们吃喝了，就是盼着她妈的病快好，两口子早点回来，一家人在一块儿过个团圆年。
""")

# H156: Miao mother in 山江镇 (凤凰, 湘西); her husband lost a leg in a quarry.
DOCS["H156"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:麻秀莲}}，苗名叫{{minority/miao:仰香}}，寨子里老人都喊我{{minority/miao:麻仰香}}。男人叫{{han:龙永贵}}，苗名{{minority/miao:代久}}，前年在石场放炮，炸断了一条腿，现在拄拐。家里两个娃：大的{{han:龙小燕}}，苗名{{minority/miao:榜妮}}，十一岁；小的{{han:龙浩}}，苗名{{minority/miao:代雄略}}，六岁。
访谈者：孩子爸爸受伤以后，家里怎么过？
受访者：难。石场老板赔了四万就跑了。{{minority/miao:代久}}他在家编竹篮，一个卖二十块。我在{{trap/place:凤凰}}古城的银饰店里打零工，一个月{{trap/number:一千八}}。{{han:龙永贵}}说他成了废人，喝了酒就骂自己，{{han:龙小燕}}吓得躲到她外婆家。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:吴金花}}，她也是苗族，说苗话。{{han:吴金花}}给两个娃报了困境儿童，又帮我们报了低保，有啥难处我就去找{{han:吴金花}}。村支书{{minority/miao:石代保}}带人来给我们修了屋顶。镇上民政办的{{han:田志刚}}来核的情况，{{han:田志刚}}说娃他爸可以办残疾证。{{trap/org:县残联}}的{{han:杨丽君}}大姐给他申请了一副假肢，装上以后他能下地了。
访谈者：孩子爸爸现在心情好些了吗？
受访者：比刚出事那会儿好多了。刚出事那半年，他整天躺着，不吃不喝，说活着拖累我们。是村里的老支书天天来陪他坐，跟他说寨子里也有断了腿的人，照样养猪种地，把娃供出了大学。后来他学编竹篮、编背篓，手艺越来越好，游客来了还有人专门找他买。现在他每天早上坐在门口编，娃放学回来就给娃讲以前打猎的事。
访谈者：家里的收入够用吗？
受访者：紧巴巴的。低保一个月几百，两个娃的补贴加起来一千出头，我打零工一千八，他编篮子赶场天能卖几百。地里种点稻谷和辣椒，够自己吃。最怕的是生病，去年小的得了肺炎，住了一个礼拜院，花了三千多，报完自己还出了一千。
访谈者：孩子们读书怎么样？
受访者：{{minority/miao:榜妮}}在{{school:山江镇中心完小五年级（2）班}}，班主任是{{han:施春燕}}老师。{{han:施春燕}}也是苗族，知道{{minority/miao:榜妮}}家里的事，就让她当了班里的图书管理员。小的在镇上幼儿园读大班，老师是{{han:麻丽}}。{{trap/org:县妇联}}来了个社工叫{{compound:拓跋思琪}}，每月来一趟，教{{minority/miao:榜妮}}画画。
访谈者：孩子们在家说苗话还是汉话？
受访者：在家说苗话，在学校说普通话。大的两样都说得好，还能给她外婆当翻译。小的刚上幼儿园那阵子听不懂老师的话，哭了一个多月，现在回来倒给我们教普通话了。我们这一辈苗话好、汉字认得少，去镇上办事，表都看不懂，多亏了村里的干部一样一样给我们念，一样一样帮着填。
访谈者：亲戚们呢？
受访者：我妈{{minority/miao:吴榜金}}七十了，还上山砍柴。我姐{{han:麻秀英}}嫁到{{trap/place:花垣}}，每回来都带一背篓腊肉。男人的堂哥{{minority/miao:龙略耶}}在{{trap/place:吉首}}打工，他说等娃大了带出去。寨子里的{{minority/miao:耶努}}跟{{minority/miao:西略}}两兄弟也常来帮着挑水。
访谈者：寨子里过节热闹吗？
受访者：热闹。{{trap/word:苗年}}杀猪，{{trap/word:四月八}}去赶场，秋天有{{trap/word:赶秋}}。{{minority/miao:榜妮}}穿上{{trap/word:银饰}}跳{{trap/word:苗鼓}}，跳得好看。老人们给娃讲{{trap/famous:仰阿莎}}的故事，也讲{{trap/famous:沈从文}}写的{{trap/famous:翠翠}}。村口的{{trap/place:沱江}}，我小时候天天去洗衣裳。
访谈者：登记的材料请您念一下。
受访者：家在{{address:凤凰县山江镇老家寨村三组21号}}。我的身份证{{id_number@wy1987.433123}}，大的{{id_number@wy2014fullwidth.433123}}。我的电话{{mobile@spaced}}，男人的{{mobile@plus86dash}}。我的微信{{wechat:mxl_yangxiang}}，银饰店老板让我建的。男人不用微信，他用QQ跟石场的老工友聊天，号码他写在拐杖上贴的胶布上：{{qq:907356184}}。
访谈者：名字写得对吗？
受访者：有错的。娃她爸的名字写成了{{spaced:龙 永 贵}}，我的写成了{{spaced:麻　仰　香}}，苗名跟汉名混着用，办事的人也糊涂。
访谈者：您最大的心愿？
受访者：{{minority/miao:代雄略}}他老问，阿爸的腿还能长出来吗。我就盼两个娃好好念书，别像我们一样吃没文化的亏。等他们长大了，走出大山去看看，再回来把寨子建得更好，我跟他爸这辈子就值了。
""")

# H157: Han migrant father from 蕲春 (湖北) working in 深圳; his two children are at home with his mother.
DOCS["H157"] = ("family", """\
访谈者：师傅，您在{{trap/place:深圳}}干了几年了？
受访者：十一年了，在{{trap/place:宝安}}的电子厂当班长。我叫{{han:熊德旺}}，老家{{trap/place:湖北}}{{trap/place:蕲春}}。孩子他妈{{han:程晓丽}}前年走了，白血病，三十四岁。两个孩子在老家跟我妈{{han:汪桂枝}}过，大的{{han:熊梓萌}}十二，小的{{han:熊子骞}}八岁。
访谈者：孩子们知道妈妈的事吗？
受访者：知道。大的那时候守在病床边，她妈走的那天她一声没哭，回来就病了一场。{{han:熊子骞}}还小，到现在还以为他妈在{{trap/place:武汉}}看病。
访谈者：您跟孩子们怎么联系？
受访者：天天视频。大的用我妈的手机，我妈的微信名就叫“{{han:汪桂枝}}”，头像是俩孙子。{{han:熊梓萌}}自己有个QQ，名字叫“萌萌的小熊”，号码她发给我了，我存着：{{qq:2470918563}}。小的在学校用电话手表，号码是{{mobile@s74}}。
访谈者：您一年回去几次？
受访者：过年回去一次，清明给孩子妈上坟再回去一次。厂里忙，请假扣钱，来回车票也贵。去年中秋我没回去，小的在视频里问我为啥别人的爸爸都回来了，我说厂里赶货，他就不说话了，把手机给了他奶奶。那天晚上我在宿舍楼顶坐到半夜。后来视频里我老跟他说{{trap/word:别怕}}，爸爸在呢。他最喜欢{{trap/word:熊猫}}，我答应他明年暑假带他去看。我们老家是{{trap/famous:李时珍}}的家乡，我跟他说，好好念书，将来也当个好大夫。
访谈者：想过把孩子接到深圳来吗？
受访者：想过，办不成。这边房租一个月一千五，我一个人上班，下了班还得加班，谁给他们做饭？上学也难，没有居住证积分，公办学校进不去，私立的一学期好几千。我们厂里的老乡差不多都这样，孩子放老家，一年见一回。有个老乡的孩子在老家不念书了，跟着人跑出去，到现在都找不着，我一想起来就害怕。
访谈者：老家谁在帮你们？
受访者：村里的儿童主任{{han:涂美华}}，是我初中同学。{{han:涂美华}}把两个孩子报了困境儿童，一个月每人补{{trap/number:九百二}}。村支书{{han:别文斌}}也常去看我妈。{{trap/word:别人}}说他官不大，可{{han:别文斌}}做事是真靠得住。镇民政办的{{han:喻国庆}}帮着办了低保。县里的社工站派了个女社工，叫{{compound:乐正雨欣}}，{{compound:乐正雨欣}}每个月去一趟，带{{han:熊子骞}}去镇上图书馆。
访谈者：学校那边呢？
受访者：大的在{{school:蕲春县漕河镇第二初级中学初一（6）班}}，班主任{{han:晏春兰}}老师，她的微信号是{{wechat:yanchunlan_qc}}。{{han:晏春兰}}说我闺女语文好，作文写她妈，全班都哭了。小的在{{school:漕河镇北门小学二年级（3）班}}，班主任{{han:童建平}}，男老师。{{han:童建平}}他有一回把我儿子领回自己家吃了晚饭。
访谈者：厂里有没有帮过您？
受访者：有。我们车间主任{{han:何志军}}给我批了一个月假回去办丧事。工会的{{han:邓丽娜}}大姐发动全厂捐了三万多。同事{{compound:司马俊杰}}还有{{compound:公孙晓峰}}天天陪我喝酒，怕我想不开。{{compound:公孙晓峰}}也是{{trap/place:黄冈}}人，过年跟我一起坐车回。
访谈者：您母亲身体怎么样？
受访者：七十一了，高血压。我妹妹{{han:熊春燕}}嫁在隔壁村，{{han:熊春燕}}她隔两天回去一趟，帮着洗衣做饭。我舅舅{{han:汪长发}}也住得近，孩子有个头疼脑热，就是他骑摩托送到卫生院。
访谈者：请把登记的材料念一下。
受访者：老家是{{address:蕲春县漕河镇大同村六组15号}}，我在深圳住{{address:宝安区福永街道凤凰社区兴业小区7栋502}}。我的身份证{{id_number@my1984hyphen.421126}}，大的{{id_number@wy2012.421126}}。我的电话{{mobile@plus86spaced}}。我的微信{{wechat:xiongdw_84}}，微信名字就是我的真名。
访谈者：材料上名字有写错的吗？
受访者：有。大的名字给写成了{{spaced:熊 梓 萌}}，我妈的写成{{spaced:汪 桂 枝}}。我自己的写成了{{spaced:熊德 旺}}，打印的时候断开了。
访谈者：您有什么打算？
受访者：再干两年就回去。孩子没了妈，爹再不在身边，不行。厂里老乡说{{trap/place:武穴}}那边有厂招人，我想回去试试。钱少点不要紧，能天天看着孩子放学回家，能给他们做顿热饭，比啥都强。
""")

# H158: Han Civil Affairs official in 红山区 (赤峰) going through the district's roster of children in distress.
DOCS["H158"] = ("official", """\
访谈者：您好，您管着全区的困境儿童，能按台账给我们讲讲吗？
受访者：行，我叫{{han:佟丽荣}}，在{{trap/org:红山区民政局}}儿童福利科。全区登记的孤儿、事实无人抚养儿童和困境儿童一共三百来个，我挑几户说。台账上名字我一般写两遍，一遍打印一遍手写，所以你看这一行就是{{han:张文涛}}{{han:张文涛}}。
访谈者：这个孩子是什么情况？
受访者：{{han:张文涛}}十岁，爸爸吸毒进了{{trap/org:戒毒所}}，妈妈走了，跟奶奶{{han:张淑华}}过。按事实无人抚养报的，每月{{trap/number:一千三百八}}。{{han:张淑华}}她腿脚不好，社区主任{{han:赵春艳}}那边每周去一趟。孩子在{{school:红山区第十五小学四年级（5）班}}，班主任是{{han:那宏伟}}。{{han:那宏伟}}老师是满族，人实在。
访谈者：下一户呢？
受访者：{{han:李立新}}、{{han:李立红}}兄妹，爸爸在{{trap/place:赤峰}}监狱服刑，妈妈精神病。兄妹俩跟姑姑{{han:李秀兰}}住在{{address:红山区西屯街道长青小区9号楼3单元201室}}。哥哥在{{school:赤峰第九中学初二（1）班}}，去年期末考了全班第三。社工站派了{{compound:宇文佳蓓}}跟进，{{compound:宇文佳蓓}}说这孩子心思重，不爱说话。
访谈者：有没有孤儿？
受访者：有。{{han:王春来}}，十三岁，爸妈都在车祸里走了，跟舅舅{{han:刘长海}}过。{{han:王春来}}她学习好，想考{{trap/place:呼和浩特}}的大学。{{han:刘长海}}自己也是低保户，我们给他报了临时救助。这孩子的资料：身份证{{id_number@wy2012x.150402}}，舅舅电话{{mobile@h38}}。
访谈者：还有别的类型吗？
受访者：重残儿童也多。{{han:宋佳琪}}，九岁，脑瘫，妈妈{{han:宋玉洁}}一个人带。{{han:宋玉洁}}以前在{{trap/place:元宝山}}的厂里上班，孩子病了就辞了。{{trap/org:区残联}}的{{han:孔德明}}主任给孩子办了康复救助。还有一个蒙古族孩子{{minority/mongolian:苏和毕力格}}，爸爸{{minority/mongolian:包额尔德木图}}得了肝癌，妈妈{{han:宝丽霞}}打零工。家在{{address:红山区文钟镇岗子村五组16号}}。
访谈者：一户困境儿童从发现到拿上补贴，要走哪些步骤？
受访者：先是村里、社区的儿童主任摸排，发现了就报街道的儿童督导员；督导员上门核实，填申请表，收集户口本、残疾证、判决书、死亡证明这些材料；街道初审以后报到我们科，我们再入户抽查，公示，批了以后下个月开始发。快的一个月，慢的两三个月，卡就卡在材料上。比如爸爸失联的，要派出所出具查找不到的证明，有的派出所不愿开，我们就得一趟一趟去协调。
访谈者：发了钱以后还管吗？
受访者：管。每个孩子每季度至少见一面，看看钱是不是花在孩子身上，孩子有没有辍学，有没有生病。有的监护人拿了钱去喝酒打牌，我们发现了就约谈，不改的就换监护人。{{trap/year:2023年}}换了两个，去年又换了一个。老百姓有事找不着人，打{{trap/hotline:12345}}也能转到我们科。我们这儿是{{trap/word:红山文化}}的发源地，我常跟下面的人说，文化再老，也得先把眼前的孩子照顾好。
访谈者：您这儿谁跟您一起干？
受访者：科里四个人：科长{{han:邢国华}}，我，还有{{compound:诸葛文静}}和新来的{{compound:慕容浩然}}。街道的儿童督导员是{{compound:皇甫秋月}}，她跑得最勤。我们还请了{{trap/org:赤峰市妇联}}的志愿者。
访谈者：台账上的名字都对吗？
受访者：总出错。打印的表上有{{spaced:张 文 涛}}，有{{spaced:李　立　新}}，还有把复姓拆开的{{spaced:诸葛 文静}}、{{spaced:皇 甫 秋 月}}、{{spaced:宇 文 佳 蓓}}。蒙古族名字最容易错，{{spaced:苏和 毕力格}}就是打成了两截。孩子奶奶的名字，派出所的户籍上写的是{{spaced:张 淑 华}}。
访谈者：这些信息您怎么登记？
受访者：每户一张表，身份证号、电话、住址都要填全。{{han:宋佳琪}}的身份证{{id_number@wy2016fwspaced.150402}}，表上就是这么写的，全角的数字。联系电话：{{han:李秀兰}}{{mobile@fullwidth}}。脑瘫孩子的妈妈不常接电话，说康复的家长群都在QQ上，号码我存在手机备忘录里了：{{qq:2261903587}}。科里的工作微信{{wechat:hsmz_ertong}}，我个人的{{wechat:tonglj_0416}}。有的孩子只留了QQ，{{han:李立新}}的QQ号他写在表的背面，我看看，是{{qq:89304671}}。
访谈者：您干这行最大的体会？
受访者：一户一户跑下来，才知道{{trap/word:高兴}}的事少，难事多。老话说{{trap/famous:范仲淹}}先天下之忧而忧，我们够不上，能把手上这几百个孩子顾好就行。
""")

# H159: Uyghur neighbourhood cadre in 天山区 (乌鲁木齐) with urban Uyghur and Kazakh families.
DOCS["H159"] = ("cadre", """\
访谈者：您好，请先介绍一下您自己和社区的情况。
受访者：我叫{{minority/uyghur:帕孜来提·吾拉音}}，在{{trap/place:天山区}}一个社区当委员，管民政和儿童这一块，大家叫我{{minority/uyghur:帕孜来提}}就行。我们社区挨着{{trap/place:二道桥}}，维吾尔族、哈萨克族、汉族、回族都有。登记在册的困境儿童十一个，我说几家。
访谈者：好的。
受访者：头一家，爸爸{{minority/uyghur:麦麦提江·阿不都拉}}去年出车祸走了，妈妈{{minority/uyghur:努尔尼沙·买买提}}有肾病，一周透析两次。两个孩子，儿子{{minority/uyghur:伊力夏提·麦麦提江}}十四岁，女儿{{minority/uyghur:阿依努尔·麦麦提江}}九岁。{{minority/uyghur:伊力夏提}}他放学就去{{trap/place:大巴扎}}帮人搬货，我们劝了好几回。他妈妈说，儿子是心疼她。
访谈者：他们得到了哪些帮助？
受访者：低保办了，两个孩子按困境儿童每月各领补贴。{{trap/org:区民政局}}的{{han:周海燕}}科长来核过，{{han:周海燕}}说透析的钱可以走大病救助。社区书记{{han:张慧敏}}联系了医院，{{trap/org:自治区人民医院}}的{{minority/uyghur:迪力夏提}}大夫给她排了固定的床位。女儿在{{school:天山区第十六小学三年级（4）班}}，学校的表上写的是{{minority/uyghur:阿依努尔麦麦提江}}，中间没有点。班主任{{han:马晓梅}}老师说，{{minority/uyghur:阿依努尔}}跳舞最好，{{trap/word:古尔邦节}}学校演出她领舞。
访谈者：还有哪些家庭？
受访者：第二家是哈萨克族。爸爸{{minority/kazakh:托勒汗·沙尔山}}在{{trap/place:南山}}放牧时从马上摔下来，瘫了；妈妈{{minority/kazakh:加依达尔}}在市场卖奶茶。大女儿{{minority/kazakh:阿娜尔·托勒汗}}十五岁，在{{school:乌鲁木齐市第十四中学初三（2）班}}；儿子{{minority/kazakh:叶尔江·托勒汗}}十岁，学校名单上写成{{minority/kazakh:叶尔江托勒汗}}。{{minority/kazakh:托勒汗}}他以前会弹{{trap/word:冬不拉}}，现在手也不太灵了。{{minority/kazakh:阿娜尔}}说要考医学院，回来给她爸治病。{{minority/kazakh:叶尔江}}也跟着说要当医生。
访谈者：他们的亲戚帮忙吗？
受访者：孩子的舅舅{{minority/kazakh:哈那提·别克苏丹}}在{{trap/place:昌吉}}，每个月送一回肉。{{minority/kazakh:哈那提}}家也不宽裕。孩子的姑姑{{minority/kazakh:萨依兰}}在{{trap/place:阿勒泰}}，{{trap/word:纳吾肉孜节}}会接两个孩子去住几天。
访谈者：第三家呢？
受访者：奶奶{{minority/uyghur:热比古丽}}带孙子{{minority/uyghur:木合塔尔·艾则孜}}。爸妈离婚了，爸爸在外地打工，几年没回来，妈妈改嫁了，按事实无人抚养报的，每月{{trap/number:一千六百四}}。{{minority/uyghur:木合塔尔}}十二岁，爱踢球。隔壁的{{minority/uyghur:艾克热木·阿不力孜}}是体育老师，周末带他训练。社工站的{{compound:闾丘静怡}}每周来一次给他辅导功课，另一个社工叫{{han:王俊杰}}。
访谈者：社区平时给这些孩子办什么活动？
受访者：寒暑假办“四点半课堂”，请退休老师和大学生志愿者来辅导作业，孩子们放了学有个地方去。每个月过一次集体生日，蛋糕是辖区里的面包店捐的。{{trap/word:肉孜节}}前后我们挨家送米面油，冬天送煤送棉衣。还跟{{trap/org:区妇联}}一起办了亲子读书会，家长不识字的，我们就让孩子读给家长听。
访谈者：最难办的是什么？
受访者：是孩子心里的事。有的孩子爸爸走了，一年多一句话都不说；有的孩子在学校被同学笑话，回来就不想上学了。钱能解决的事好办，心里的伤要慢慢捂。我们请了心理老师，一个一个地谈。
访谈者：资料是怎么登记的？
受访者：第一家住{{address:天山区和平南路街道团结路幸福小区8号楼2单元502室}}，第二家住{{address:天山区延安路街道胜利巷17号}}。{{minority/uyghur:伊力夏提·麦麦提江}}的身份证{{id_number@my2011fw.650102}}，{{minority/kazakh:托勒汗·沙尔山}}的{{id_number@mmidspaced.650102}}。电话：{{minority/kazakh:加依达尔}}{{mobile@plain}}，{{minority/uyghur:热比古丽}}{{mobile@p86n}}。{{minority/kazakh:阿娜尔}}有QQ，她说平时跟同学用这个号交作业：{{qq:1649027385}}。她舅舅的微信{{wechat:hanat_bksd}}。
访谈者：名字写法会不会有问题？
受访者：多得很。有的写成{{spaced:阿 依 努 尔 · 麦 麦 提 江}}，每个字空一格；有的写成{{spaced:托勒汗 · 沙尔山}}，点两边带空格；{{spaced:叶 尔 江 · 托 勒 汗}}也是一个字一个格。一家子的名字在不同系统里写法都不一样，办事就卡住。
访谈者：您做这份工作有什么体会？
受访者：像{{trap/famous:阿凡提}}故事里讲的，聪明不如用心。家家都有难处，我们多跑两趟，孩子就少受点苦。
""")

# H160: Han teacher in 白马井镇 (儋州, 海南) with the children of fishermen.
DOCS["H160"] = ("teacher", """\
访谈者：老师，您班上有多少困境儿童？
受访者：我叫{{han:符晓慧}}，在{{school:儋州市白马井镇中心学校五年级（3）班}}当班主任。班上四十二个孩子，一大半是渔民家的。困境儿童班上登记了三个，加上我结对帮扶的两个，一共五个。
访谈者：能具体说说吗？
受访者：第一个是{{han:符海生}}，十一岁。他爸爸{{han:符大潮}}前年出海遇上台风，船翻了，人到现在没找着。妈妈{{han:羊秀梅}}后来去{{trap/place:海口}}打工，很少回来。他跟{{trap/word:阿公}}{{trap/word:阿婆}}过，村里人都叫他{{han:海仔}}。{{han:海仔}}就是不爱说话，上课老望着窗外的海。
访谈者：他们家得到了什么帮助？
受访者：村委会的{{han:吉春花}}主任给他报了事实无人抚养，每月有{{trap/number:一千二百五}}。{{han:吉春花}}她自己也是渔民的女儿，知道这种苦。镇民政办的{{han:邢志远}}来家里核过，说阿公年纪大了，{{trap/word:符合}}条件，可以一起报低保。学校请了社工站的{{compound:令狐思远}}来做辅导，{{compound:令狐思远}}跟{{han:海仔}}一起去海边捡贝壳，慢慢地他才肯开口。
访谈者：第二个孩子呢？
受访者：{{han:陈家乐}}，十岁。爸爸{{han:陈振东}}在船上被缆绳打断了腿，瘫在床上；妈妈{{han:云少华}}在码头剖鱼，一天挣七八十。{{han:陈家乐}}他每天早上四点起来帮妈妈搬鱼筐，来学校就打瞌睡。我跟校长{{han:谢天明}}商量，中午让{{han:陈家乐}}在办公室睡一会儿。{{trap/org:市残联}}的医生叫{{compound:长孙若曦}}，给他爸爸做了残疾评定。
访谈者：还有呢？
受访者：{{han:黎小妹}}和她弟弟{{han:黎小东}}，爸妈都在{{trap/place:广东}}的海鲜厂，一年回来一次，跟外婆{{han:陈亚莲}}过。{{han:陈亚莲}}七十五了，眼睛看不清，姐姐就帮外婆穿针。村里人喊外婆{{han:阿莲}}婆，{{han:阿莲}}她年轻的时候也是织网的好手。弟弟读二年级，班主任是{{compound:漆雕雅琳}}。
访谈者：最后一个？
受访者：{{han:林家豪}}，十岁，爸爸因为非法捕捞被判了刑，妈妈跑了，跟伯父{{han:林永福}}。{{han:林永福}}他说，等弟弟出来，孩子一定交回去。给孩子辅导功课的志愿者叫{{compound:巫马志诚}}，还有一个是{{compound:段干文博}}，都是{{trap/place:海南大学}}的学生。
访谈者：渔民家的孩子有什么特别的难处？
受访者：一是大人常年在海上，一出去十天半个月，孩子没人管；二是靠天吃饭，{{trap/word:休渔期}}三个多月没有收入，家里一下就紧了；三是出海危险，每年台风季节，班上总有几个孩子心神不定，听见打雷就往窗外看。我们学校跟镇上商量，台风天渔船回港以前，让孩子们留在学校，等大人来接。
访谈者：学校还做了什么？
受访者：办了留守儿童之家，有电话、有电脑，孩子们可以跟爸妈视频。每个老师结对两三个困境孩子，每周谈一次心，每月家访一次。放暑假我们组织孩子们学游泳，海边的孩子，不会水可不行。
访谈者：本地人之间怎么称呼？
受访者：男的年纪大了叫“老”加姓，年纪小的叫“某仔”，女的叫“阿”加名。{{han:海仔}}的大伯，码头上都喊他{{han:老符}}，{{han:老符}}隔几天就来学校问侄子的成绩。
访谈者：请把登记材料念一下。
受访者：第一个孩子家在{{address:儋州市白马井镇海头村渔港路三巷9号}}，第二个孩子家在{{address:白马井镇新英湾村四队23号}}。{{han:羊秀梅}}的身份证{{id_number@wy1986fwhyphen.460400}}，{{han:陈家乐}}的{{id_number@my2015quad.460400}}。第二个孩子妈妈的电话{{mobile@p86h}}，{{han:林永福}}的{{mobile@fws}}。孩子妈妈只留了微信{{wechat:yangxm_hk2019}}，还有QQ，她说号码在她QQ签名里，我抄下来了：{{qq:3520874196}}。我自己的微信{{wechat:fxh_teacher5}}。
访谈者：名字登记有错吗？
受访者：{{spaced:令 狐 思 远}}被系统写成了空格分开的，{{spaced:漆　雕　雅　琳}}也是。孩子妈妈的名字还被写成了{{spaced:羊 秀 梅}}。
访谈者：您怎么看这些孩子？
受访者：{{trap/famous:苏东坡}}当年被贬到{{trap/place:儋州}}，在这里办学，教出了海南第一个举人。海边的孩子苦，可只要有人拉一把，他们也能走出去。{{trap/word:军坡节}}的时候，{{han:海仔}}第一次上台唱了{{trap/word:调声}}，我在台下都哭了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=153,
          trap_floor=BRIEF_TRAP_FLOOR,
          written_with=("holdout20",))  # (written side by side with set 20)


if __name__ == "__main__":
    main()
