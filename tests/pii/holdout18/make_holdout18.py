# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 18 (tests/pii/holdout18/H129-H136 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 18 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 克什克腾旗 (浩来呼热苏木, 赤峰) raising her imprisoned son's two children and her daughter's girl, an Ü-Tsang
Tibetan mother in 拉孜 (日喀则) on dialysis whose husband died on a road job, a Hani village child director in 元阳
(新街镇, 红河) going through an orphan, a prisoner's son and left-behind children, a Jingpo mother in 盈江 (卡场镇,
德宏) whose husband is in prison, with her Lisu sister-in-law and Lisu neighbours, a Hui community worker in 沙甸
(个旧) with a miner's orphans, a mother on dialysis and a father in rehab, a Han Minnan grandmother in 晋江 (泉州)
raising three left-behind grandchildren, a Han village child director in 敖汉旗 (四家子镇, 赤峰) reading her cases
out of her ledger, and a Uyghur neighbourhood cadre in 鄯善 (吐鲁番) with Uyghur and Han families. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names alone
and after the surname-like 包, 白, 宝, 韩, 吴 (包斯日古楞, 吴德力格尔, 韩娜仁花, 白敖日格勒, 吴宝力高) with a pet name
(胡格吉勒图 then 胡格都) and the Han names of the same people; Ü-Tsang Tibetan names of two and four characters, many
of them day-of-week names (普布卓玛, 拉巴顿珠, 米玛仓决 then 仓决, 达瓦, 米玛, 旺堆啦), also written with a space;
Hani father-son linked names (白普者, 白者收, 白收沙; 普者, 者收, 收沙 bare) with a Han surname (李然咪, 卢都咪,
马诺批, 朱然都 then 然都) and a nickname (黑娃); Jingpo clan + birth-order names (勒排锐双, 木然麻途, 木然麻干 then
麻干, 诺崩, 锐南, 排早腊, 岳么当, 孔锐香, 董诺勇) beside the word 木然, and Lisu names with 阿/余/蜂/褚 and Christian
names (蜂腊妹, 余阿普, 褚约拿, 蜂以利亚 then 以利亚, 以斯帖); Yunnan Hui names with 马/纳/白/沙/哈/赛/撒 beside 经名
(马哈姆宰 then 哈姆宰, 哈苏来曼 then 苏来曼, 阿丽麦, 哈蒂麦); Uyghur given name + father's name with and without
the dot (阿迪力·艾尔肯, 阿迪力艾尔肯) and short forms; Han names with common and rare southern surnames, titles and
kin words, Minnan forms of address (阿琴, 阿萱, 阿珠, 轩仔, 乐仔, 老柯, annotated whole), names that contain words
(张丰收, 吴国庆, 蔡来福, 苏天赐), a name written twice in a ledger, names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out
and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:于桂琴}}``, ``{{qq:2718406395}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hani, jingpo, lisu, hui, uyghur)
                                   is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2010quadx.540225}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number. Besides
                                   the shapes of ``_setkit`` (plain, x, spaced, hyphen, fullwidth; plus86, plus86dash,
                                   plus86spaced) this set writes IDs as ``quadx`` (6 4 4 4 with an X), ``tri`` (6 3 3 3
                                   3, read out three by three), ``fw`` (full-width) and ``fwspaced`` (full-width 6 8 4),
                                   and mobiles as ``s38`` (3 8), ``s74`` (7 4), ``s434`` (4 3 4), ``h38`` (3-8),
                                   ``p86n`` (+86 with no space) and ``fws`` (full-width 3 4 4);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 科长,
校长, 阿訇, 长老, 大姐, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都,
就, 还, 他, 他们家, 那边, 啦) are outside the span; a Minnan form of address (阿琴, 阿萱, 阿珠, 轩仔, 乐仔, 老柯) is
annotated whole, as set 17 annotates 阿坤 and 杰仔; 阿嬷 and 阿公 said to or of a grandparent are traps. Han-style
names of Mongolian, Hani, Dai, Hui and Uyghur-area people (包秀英, 李秀芬, 刀丽华, 纳丽芬) and nicknames built on
Chinese words (黑娃) are category han; a Han surname before a non-Han given name (包斯日古楞, 李然咪, 马哈姆宰, 蜂以利亚)
is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout18/make_holdout18.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(18_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hani", "jingpo", "lisu", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hani": 10, "jingpo": 10, "lisu": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "170", "177", "180", "182", "185", "186",
                   "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H129: Mongolian grandmother in 克什克腾旗 (浩来呼热苏木, 赤峰); her son is in prison, his wife left.
DOCS["H129"] = ("family", """\
访谈者：奶奶，您先说说家里几口人吧。
受访者：四口人，我和三个孩子。我叫{{minority/mongolian:包斯日古楞}}，户口上的汉名是{{han:包秀英}}，今年六十八。家在{{trap/place:克什克腾旗}}{{trap/place:浩来呼热苏木}}，离{{trap/place:经棚镇}}九十里地。老伴{{minority/mongolian:吴德力格尔}}前年冬天脑梗走了。儿子{{minority/mongolian:宝音贺希格}}在{{trap/place:赤峰}}喝了酒跟人打架，把人打伤了，判了五年。儿媳{{han:韩丽娟}}跟他离了，回了{{trap/place:林西}}娘家，一年打一回电话。
访谈者：孩子们都多大了？
受访者：大孙女{{minority/mongolian:斯琴格日乐}}十四，汉名{{han:包思琪}}，在{{school:克什克腾旗第二中学初二（5）班}}住校。孙子{{minority/mongolian:胡格吉勒图}}九岁，在镇上念三年级，我们都喊他{{minority/mongolian:胡格}}。{{minority/mongolian:胡格}}都九岁了还尿炕，大夫说是心里有事，想他爸。还有个外孙女{{minority/mongolian:韩娜仁花}}，五岁，是我闺女{{han:包玉兰}}的。闺女在{{trap/place:呼和浩特}}饭店里洗碗，孩子她爸是镇上的{{han:韩志勇}}，两个人早分开了，孩子也扔给我了。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：大的知道。她说她爸不是坏人，是酒害的。去年秋天嘎查的儿童主任{{han:王彩霞}}领着她去监狱看了一回，来回车票都是{{han:王彩霞}}掏的。回来路上孩子一句话没说，到家就给她爸写信。他在里头学了电焊，说出来了好好干。小的两个还不懂，问起来我就说爸爸在外头干活。
访谈者：家里靠什么过日子？
受访者：靠低保，再就是二十来只羊。嘎查达{{minority/mongolian:白敖日格勒}}帮着报的低保。苏木的民政助理{{han:刘建军}}来核过两回，把两个孙辈按事实无人抚养儿童报到旗{{trap/org:民政局}}，每人每月{{trap/number:一千一百五}}。外孙女的户口不在我这儿，还没办下来，{{han:刘建军}}说他再去跑跑。
访谈者：钱够用吗？
受访者：紧巴巴的。冬天光烧煤就得两千多，孙女住校一个月生活费三百。羊不敢多卖，卖了明年就没有羔子了。去年孙女的校服、孙子的棉鞋，都是旗里的爱心人士送的。我有糖尿病，每天打针，药费报一部分，剩下的从低保里抠。今年旗里给嘎查的困难户发了两吨煤，算是解了急。
访谈者：还有谁帮过你们？
受访者：邻居{{minority/mongolian:哈斯高娃}}家的小子有车，孩子半夜发烧都是他拉去旗医院。儿科的{{han:杨振华}}大夫不收挂号费。旗里社工站来过两个姑娘，一个叫{{compound:皇甫秋菊}}，跟她一起的是{{compound:拓跋婉婷}}。{{compound:皇甫秋菊}}说话慢声细语，孙子就爱跟她说话，尿炕的事也是她想的法子，晚上少喝水，早上起来画个小红花。孙女的班主任{{han:张丽萍}}老师每个礼拜给我打一回电话。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候嘎查给送米面油。夏天{{trap/place:达里湖}}边上办{{trap/minority_word:那达慕}}，孙子看{{trap/minority_word:搏克}}看得眼都不眨，说长大也要摔跤。我给他们讲{{trap/famous:忽必烈}}的故事，讲老辈人怎么赶着车搬家。孩子们最爱吃我做的{{trap/minority_word:奶豆腐}}，说是{{trap/word:宝贝}}。
访谈者：您身体怎么样？
受访者：腿疼，眼也花了。最怕我哪天躺下了，三个孩子没人管。{{minority/mongolian:斯琴格日乐}}懂事，放假回来抢着干活，还给妹妹梳辫子，晚上搂着弟弟睡。
访谈者：孩子们的学习呢？
受访者：大孙女成绩在班里前十，老师说好好念能考上好高中。她住校，一个礼拜回来一趟，进门先问我血糖高不高。孙子念书费劲，字写得歪歪扭扭，我也辅导不了，就让他姐姐礼拜天给他讲。外孙女还没上幼儿园，天天跟在我屁股后头，我去羊圈她也去，我去井边她也去。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:克什克腾旗浩来呼热苏木查干诺尔嘎查三组8号}}，闺女原来租的房在{{address:经棚镇锦绣小区4号楼2单元302室}}。我身份证{{id_number@wy1957.150425}}，大孙女的{{id_number@wy2011spaced.150425}}。我电话{{mobile@plain}}，{{han:王彩霞}}的{{mobile@s38}}。闺女的微信是{{wechat:baoyulan_0823}}。孙女用我手机上QQ，说号码她记在本子上了，我念给你：{{qq:2718406395}}。
访谈者：表上名字有写错的吗？
受访者：有。学校名单上孙子是{{spaced:胡 格 吉 勒 图}}，低保表上我是{{spaced:包斯日 古楞}}，医院的病历上孙女写成{{spaced:斯琴　格日乐}}。
访谈者：您最大的心愿是什么？
受访者：盼儿子早点出来，一家人团圆。盼孩子们念出书来，别走他爸的路。
""")

# H130: Ü-Tsang Tibetan mother in 拉孜 (日喀则); her husband died on a road job, she is on dialysis.
DOCS["H130"] = ("family", """\
访谈者：阿佳，您家里现在是什么情况？
受访者：我叫{{minority/tibetan:普布卓玛}}，今年三十九，家在{{trap/place:日喀则}}{{trap/place:拉孜县}}的一个村子里。孩子他爸{{minority/tibetan:边巴次仁}}三年前在{{trap/place:阿里}}修路，车翻到沟里，人没了。我自己肾不好，每个礼拜去{{trap/place:日喀则}}透析两回。家里三个孩子。
访谈者：孩子们多大？叫什么？
受访者：老大{{minority/tibetan:拉巴顿珠}}，礼拜三生的，十五岁，在{{school:拉孜县中学初三（2）班}}。老二是丫头，{{minority/tibetan:米玛仓决}}，礼拜二生的，十二岁，在{{school:拉孜县完全小学六年级（3）班}}。小的{{minority/tibetan:达瓦}}七岁，礼拜一生的，刚上一年级。我们这儿孩子多半按生的那天起名字，一个村里叫{{minority/tibetan:达瓦}}的、叫{{minority/tibetan:米玛}}的有十几个，喊的时候前头加个大小。
访谈者：孩子他爸走了以后，谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:次仁拉姆}}，她一听说就来了，帮我把三个孩子的材料交到乡里。乡里的民政专干{{minority/tibetan:平措旺堆}}跑县{{trap/org:民政局}}，三个孩子按父亲死亡、母亲重病报了困境儿童，每人每月{{trap/number:一千二百六}}，我也吃上了低保。村支书{{minority/tibetan:旺堆}}啦给我们家修了院墙，冬天还送牛粪饼。
访谈者：看病的钱怎么办？
受访者：透析大部分能报。县医院有个援藏的大夫叫{{compound:诸葛文涛}}，{{trap/place:山东}}来的，他帮我申请了大病救助。乡卫生院的{{minority/tibetan:白玛玉珍}}大夫每个月来家里给我量血压。{{compound:诸葛文涛}}大夫回去以后还给孩子们寄过书。
访谈者：您去透析的时候，孩子们谁管？
受访者：老大管。礼拜二、礼拜五天不亮我就坐班车走，晚上才回来。老大早上起来烧茶、熬粥，把两个小的送到学校，中午再跑回来喂牛。他说他是家里的男人了。我听了难受，他才十五岁。有时候我透析完头晕，在车站坐半天才能走，回到家一看，饭已经在锅里热着了。
访谈者：孩子们在学校怎么样？
受访者：老大成绩中等，爱踢球。班主任是援藏的{{han:孙德明}}老师，还有藏文老师{{minority/tibetan:洛桑群培}}，两个人轮流给他补课。老二学习好，想考{{trap/place:拉萨}}的高中。同学都叫她{{minority/tibetan:仓决}}，她说长大当医生，给阿妈治病。
访谈者：亲戚们呢？
受访者：我妹妹{{minority/tibetan:巴桑普赤}}嫁在{{trap/place:萨迦}}，农忙的时候过来帮我收青稞。孩子他叔叔在{{trap/place:江孜}}开出租，每个月给孩子们寄点钱。
访谈者：过年过节呢？
受访者：{{trap/minority_word:藏历新年}}村里人送来{{trap/minority_word:卡赛}}和{{trap/minority_word:青稞酒}}。夏天过{{trap/minority_word:望果节}}，孩子们跟着转田地。我给他们讲{{trap/famous:米拉日巴}}的故事，说苦日子熬过去就好了。
访谈者：还有谁来过？
受访者：县里社工站来过一个姑娘，叫{{compound:公孙玉洁}}，汉族，会说几句藏话，教{{minority/tibetan:达瓦}}画画。县{{trap/org:妇联}}的{{han:周建华}}也来过，给孩子们带了冬衣。乡里的{{han:刘志军}}书记过年来慰问，说有困难就找乡里。
访谈者：登记表要填地址和号码。
受访者：家在{{address:拉孜县曲下镇达那村二组17号}}，我透析的时候在{{trap/place:日喀则}}租的房子是{{address:桑珠孜区吉林路幸福小区3号楼1单元202室}}。我身份证{{id_number@wy1986.540225}}，老大的{{id_number@my2010quadx.540225}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@plus86}}。我的微信{{wechat:pubu_zhuoma86}}。老大有QQ，号码他用粉笔写在门背后了，我抄给你：{{qq:1953082746}}。
访谈者：表上名字写得对吗？
受访者：不一样。户口本上我是{{spaced:普　布　卓　玛}}，中间空着格；学校把老大写成{{spaced:拉巴 顿珠}}，老二写成{{spaced:米 玛 仓 决}}。
访谈者：孩子们心里怎么样？
受访者：老二刚开始老做噩梦，夜里哭醒，喊她爸。县里的心理老师来过两回，陪她画画、说话，现在好些了。小的那个还不太懂，问爸爸去哪了，老大就说去很远的地方修路了。每年乡里要重新核一次低保，儿童主任帮我把透析的单子都收着，一张不落，到时候一起交上去。
访谈者：最后您想说什么？
受访者：我就盼着身体撑住，把三个孩子供出来。老大说他初中毕业就去打工，让弟弟妹妹念书，我不答应。他爸在的时候就说，咱家没念过书的人，孩子们一定要念出来。我跟老大说，你念你的书，阿妈还能撑。村里人也劝他，说现在念书不花什么钱，国家还给补助，念出来了回来给村里干事。他听进去了，这学期成绩往前走了十几名。
""")

# H131: Hani village child director in 元阳 (新街镇, 红河) going through the children of her book.
DOCS["H131"] = ("child_director", """\
访谈者：您当儿童主任几年了？
受访者：五年了。我叫{{minority/hani:李然咪}}，汉名叫{{han:李秀芬}}，是{{trap/place:元阳县}}{{trap/place:新街镇}}一个村的儿童主任。村里困境儿童有十一个，我本子上一个一个记着，每个月至少上门一趟。
访谈者：您说说几家吧。
受访者：头一家是孤儿。爷爷叫{{minority/hani:白普者}}，爸爸叫{{minority/hani:白者收}}，孙子叫{{minority/hani:白收沙}}。我们哈尼人是父子连名，爸爸名字后面那个字给儿子当头一个字，所以{{minority/hani:普者}}的儿子是{{minority/hani:者收}}，{{minority/hani:者收}}的儿子是{{minority/hani:收沙}}。孩子他爸前年得肝病死了，妈妈{{minority/hani:卢都咪}}改嫁到{{trap/place:绿春}}去了。孩子今年十岁，跟着爷爷过。
访谈者：孩子现在怎么样？
受访者：孩子在{{school:新街镇中心小学四年级（2）班}}，学习一般，放学就去田里帮爷爷。爷爷七十多了，背驼得厉害，还要护着那几块梯田，说是祖上传下来的，不能荒。我跟{{han:杨国华}}一起给孩子报了孤儿基本生活费，他是乡里的民政专干，一个月{{trap/number:一千三百五}}。{{han:杨国华}}还说钱直接打到孩子的卡上，谁也动不了。
访谈者：第二家呢？
受访者：第二家爸爸在里头，贩毒判了十年。妈妈{{han:高丽芬}}腿有残疾，走路拄拐。儿子{{minority/hani:马诺批}}十三岁，村里人都叫他{{han:黑娃}}，说他随他爸，长得黑。{{han:黑娃}}他脾气倔，在学校跟人打架，说别人骂他爸。{{school:元阳县第三中学初一（4）班}}的班主任{{han:陈志勇}}老师找了我好几回。
访谈者：您怎么帮他？
受访者：县里社工站派来一个社工，叫{{compound:闾丘宏伟}}，他每个月来一趟，带{{han:黑娃}}去县城图书馆，跟他下象棋。还有驻村工作队的{{compound:尉迟建军}}，他给孩子找了辆旧自行车。孩子现在好多了，上个月还给他妈洗了回脚。
访谈者：第三家？
受访者：第三家是留守的。爸爸{{minority/hani:朱龙然}}、妈妈{{han:白春梅}}去{{trap/place:佛山}}打工，两个孩子跟奶奶过。大的{{minority/hani:朱然都}}十二，家里叫他{{minority/hani:然都}}；小的是丫头，{{han:朱晓梅}}，八岁。孩子也懂事，奶奶摔了腿，他背着奶奶下山去乡卫生院。
访谈者：村里还有谁帮忙？
受访者：村医{{han:高建伟}}隔几天就去看那个奶奶。村委会把三家都报了低保。学校的{{han:李文斌}}校长给留守的孩子开了晚自习，管一顿晚饭。
访谈者：您做这个有补贴吗？
受访者：一个月有几百块补贴，不多。我也不是图钱，自己小时候爸妈也出去打工，我跟着奶奶长大，知道没人管的滋味。县里每年培训两回，教我们怎么看出孩子受了欺负、怎么往上报，还教怎么跟孩子说话，不能光问学习。以前我觉得孩子有吃有穿就行，培训以后才知道，孩子心里的事比吃穿还要紧。有个孩子半年不说话，我以为是性子闷，后来才知道在学校被人欺负，到现在我还后悔没早点发现。
访谈者：您平时怎么走访？
受访者：村子在半山上，一家和一家隔着梯田，走一圈要大半天。雨季路滑，我穿着胶鞋拄根棍子走。到了人家里先看孩子吃的什么、睡的什么，书包里作业写了没有，再问老人身体。有什么事记在本子上，月底报到乡里。村里建了儿童之家，周末我在那儿守着，孩子们来看书、看动画片，有的孩子在那儿一待就是一整天，不想回家。
访谈者：村里过节的时候呢？
受访者：过{{trap/minority_word:十月年}}摆{{trap/minority_word:长街宴}}，我让这几家孩子坐在前头。{{trap/minority_word:昂玛突}}祭寨神，{{trap/minority_word:苦扎扎}}荡秋千，孩子们都去。老人们说，祖辈在{{trap/place:哀牢山}}上开梯田，跟{{trap/famous:愚公}}移山一样，一代一代接着干。田埂上种的{{trap/word:李子}}熟了，我就摘一篮给孩子们送去。
访谈者：登记表要填地址和号码。
受访者：头一家在{{address:元阳县新街镇箐口村三组24号}}，{{han:黑娃}}家在{{address:南沙镇东园小区2幢1单元501室}}。头一家孩子的身份证{{id_number@my2015.532528}}。我电话{{mobile@hyphen}}，{{han:高丽芬}}的{{mobile@s74}}。我的微信{{wechat:lirm_ertong}}。{{han:黑娃}}有个QQ，号码他写在我本子最后一页：{{qq:3240957816}}。
访谈者：名字登记有什么问题？
受访者：汉字写法不统一。花名册上有写{{spaced:白 收 沙}}的，有写{{spaced:马　诺　批}}的，还有写成{{spaced:朱然 都}}的。
访谈者：最后您还想说什么？
受访者：这些孩子比别人家的早懂事，我就盼他们别早早出去打工，多念几年书。念出来了，不管去哪儿，都记着回来看看寨子。
""")

# H132: Jingpo mother in 盈江 (卡场镇, 德宏); her husband is in prison, her Lisu in-laws and neighbours help.
DOCS["H132"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：五口。我叫{{minority/jingpo:勒排锐双}}，景颇族，家在{{trap/place:盈江县}}{{trap/place:卡场镇}}的寨子里。孩子他爸{{minority/jingpo:木然麻途}}前些年跟人去{{trap/place:缅甸}}那边运东西，被抓了，判了十二年。我一个人带三个孩子，还有婆婆。
访谈者：孩子们叫什么？
受访者：老大是儿子，{{minority/jingpo:木然麻干}}，十四岁，“麻”就是老大的意思。老二{{minority/jingpo:木然诺崩}}，十一岁，“诺”是老二。老三是丫头，{{minority/jingpo:木然锐南}}，七岁。家里就喊{{minority/jingpo:麻干}}、{{minority/jingpo:诺崩}}、{{minority/jingpo:锐南}}。
访谈者：孩子们知道爸爸的事吗？
受访者：老大知道。去年我带他去探监，他爸隔着玻璃哭了，孩子脸上一副{{trap/word:木然}}的样子，一句话都没说。回来以后他就不怎么笑了。
访谈者：孩子们心里怎么样？
受访者：老大要强，不愿意别人知道他爸的事。学校开家长会我去，他让我坐在最后头。老二没心没肺，天天跟着同学满山跑。丫头最黏我，我晚上去地里，她就坐在地头等。我有时候想，要是我也倒下了，这几个孩子咋办。寨子里的老人说，你倒不了，你是这个家的柱子。
访谈者：婆婆那边呢？
受访者：婆婆心疼孙子，可她也老了，耳朵背，眼睛看不清，有时候把盐当成糖放。她整天念叨她儿子，说是她没管好。我劝她，不怪你，是他自己走错了路。去年镇上组织义诊，给婆婆查出白内障，说能免费做手术，就是得去州里住几天。我一个人走不开，是嫂子陪着去的。手术做完，婆婆说又能看清孙子的脸了，高兴得哭了一场。
访谈者：家里靠什么过？
受访者：种了十几亩甘蔗，还有一片茶地。甘蔗砍下来拉到糖厂，一年能卖一万出头，刨去化肥、雇人的钱，剩不下多少。婆婆七十多了，只能在家烧火看门、喂喂鸡。农忙的时候老大请假回来帮着砍甘蔗，我心疼他耽误课，可一个人实在砍不完。
访谈者：上学怎么样？
受访者：老大在{{school:盈江县第二中学初二（3）班}}住校，班主任{{han:刀丽华}}老师是傣族，对他好，还替他交过一回伙食费。老二在镇上念五年级，丫头刚上一年级。雨季山路塌方，孩子们上学得绕远，镇上派车接过几回。
访谈者：谁帮过你们？
受访者：寨子里的儿童主任{{minority/jingpo:排早腊}}帮我报了低保，三个孩子按父母一方服刑报了困境儿童，每月{{trap/number:九百八十}}。镇上的民政助理{{han:段志明}}来过三回，每回都说不{{trap/word:麻烦}}。村医{{minority/jingpo:孔锐香}}常来给婆婆量血压。邻居{{minority/jingpo:董诺勇}}家有拖拉机，砍甘蔗的时候帮我们拉。学校的{{minority/jingpo:岳么当}}老师教景颇文，周末给孩子们补课。
访谈者：娘家那边呢？
受访者：我娘家在{{trap/place:苏典}}，那边傈僳族多。我嫂子{{minority/lisu:蜂腊妹}}是傈僳族，信基督，教名叫{{minority/lisu:以斯帖}}，礼拜天带丫头去教堂唱诗。哥哥{{minority/lisu:余阿普}}农闲的时候来帮我犁田。教堂的{{minority/lisu:褚约拿}}长老给孩子们发过书包。
访谈者：寨子里还有跟您家一样难的吗？
受访者：有。傈僳族的{{minority/lisu:蜂恒扒}}前年得病走了，留下两个孩子，男孩叫{{minority/lisu:蜂以利亚}}，女孩叫{{minority/lisu:蜂娜此}}，跟奶奶{{minority/lisu:阿此妹}}过。{{minority/lisu:以利亚}}跟我家{{minority/jingpo:诺崩}}同班，两个人天天一起走山路去上学。县里社工站的{{compound:宇文婧}}给这两家都建了档。
访谈者：平时有什么活动？
受访者：正月{{trap/minority_word:目瑙纵歌}}，寨子里的人围着跳，孩子们也去。老人们讲{{trap/famous:宁贯杜}}的故事。傈僳族过{{trap/minority_word:阔时节}}，{{minority/lisu:以利亚}}他们会唱歌。山上有{{trap/word:孔雀}}，孩子们去看过一次。
访谈者：登记表要填地址和号码。
受访者：家在{{address:盈江县卡场镇吾帕村三组11号}}，{{minority/lisu:蜂恒扒}}家在{{address:苏典乡勐嘎村五组6号}}。我身份证{{id_number@wy1984spaced.533123}}，我电话{{mobile@plus86dash}}，嫂子的电话{{mobile@fullwidth}}，她的微信{{wechat:esther_feng77}}。老大学校让留QQ，他写在我手机壳里面：{{qq:2086513947}}。
访谈者：表上名字写得对吗？
受访者：有写成{{spaced:勒 排 锐 双}}的，也有写成{{spaced:木然 麻干}}的，社工的表上写成{{spaced:宇　文　婧}}。
访谈者：您最盼什么？
受访者：盼孩子他爸好好改造，早点回家。孩子们能读书就一直供。老大说想当老师，回寨子里教景颇文。我说好，阿妈卖甘蔗也供你。
""")

# H133: Hui community worker in 沙甸 (个旧, 红河); a miner's orphans, a sick mother, a father in rehab.
DOCS["H133"] = ("community", """\
访谈者：您在社区做儿童这块多久了？
受访者：六年了。我叫{{han:纳丽芬}}，经名{{minority/hui:阿丽麦}}，在{{trap/place:个旧}}{{trap/place:沙甸}}的社区当儿童主任，兼着网格员。我们这儿几乎家家是回族，{{trap/org:清真寺}}跟社区挨着，有事一起商量。社区书记{{han:纳光荣}}说，娃娃的事是头等事。
访谈者：手上最操心的是哪几家？
受访者：头一家，爸爸{{han:马占林}}在{{trap/place:大屯}}那边的矿上出了事，人没了。妈妈{{minority/hui:白宰娜卜}}后来嫁到{{trap/place:开远}}去了。留下两个娃娃，哥哥{{minority/hui:马哈姆宰}}，学名{{han:马俊杰}}，十三岁；妹妹{{minority/hui:马赛丽玛}}，学名{{han:马婷婷}}，九岁。两个娃娃跟外公{{han:白志清}}过，外公腿有残疾，靠卖米线养着他们。
访谈者：孩子们知道爸爸的事吗？
受访者：知道。{{minority/hui:哈姆宰}}跟他爸最亲，出事那年半年没怎么开口。{{school:沙甸中学初一（2）班}}的班主任{{han:沙秀珍}}老师每天放学留他一会儿，陪他写作业。寺里的{{han:马文昌}}阿訇也常叫他去学经，说念经能让心静下来。{{han:沙秀珍}}说他现在作文写得好，写的都是他爸。
访谈者：他们拿到了哪些补助？
受访者：两个娃娃报了孤儿基本生活费，每人每月{{trap/number:一千四百五}}，外公吃低保。开斋的时候坊上散{{trap/minority_word:乜贴}}，先给他们家。外公的米线摊子是社区帮着在菜市场门口找的位置，不收摊位费。早上五点他就起来泡米线、熬汤，兄妹俩起来帮着端碗，吃了早点再去上学。
访谈者：第二家呢？
受访者：第二家妈妈{{minority/hui:哈阿伊舍}}得了尿毒症，一个礼拜透析三回。爸爸{{han:哈永明}}在外面跑运输，一年回来两趟。儿子{{minority/hui:哈苏来曼}}十一岁，在{{school:沙甸区第一小学五年级（4）班}}，家里都叫他{{minority/hui:苏来曼}}。{{minority/hui:苏来曼}}他每天早上给他妈熬粥，再去上学。
访谈者：第三家？
受访者：第三家爸爸{{han:赛德华}}吸毒，进了{{trap/org:戒毒所}}，妈妈{{han:撒红英}}在{{trap/place:义乌}}摆摊，娃娃跟奶奶。娃娃叫{{minority/hui:赛萨利赫}}，八岁，奶奶{{minority/hui:哈蒂麦}}七十了，眼睛看不清。娃娃还小，不知道他爸在哪儿，问起来奶奶就说在外头打工。
访谈者：除了社区，还有谁帮忙？
受访者：县里社工站的{{compound:漆雕明月}}每月来一次，给娃娃们做小组活动。她同事{{compound:巫马晓光}}会修电器，给奶奶修好了电饭锅。卫生院的{{han:金国华}}大夫上门给{{minority/hui:哈阿伊舍}}看病。坊上的{{han:白玉琴}}大姐隔三岔五送菜。
访谈者：社区里的人怎么看这几家？
受访者：大多数人心好。寺里开会的时候，乡老们说，孤儿是托付给整个坊上的，谁家都有份。也有人背后说戒毒那家，我就跟他们讲，娃娃没错，不能让娃娃抬不起头。我们还组织了几个大学生，寒暑假给这几家娃娃补课，补完课一起去寺里吃饭。
访谈者：您自己做这些，难在哪儿？
受访者：难在一个人顾不过来。社区两千多户，网格上的事、防疫的事、低保复核的事都压在几个人身上。娃娃的事又不能等，半夜接到电话也得去。好在坊上的人愿意搭把手，谁家有车谁去送，谁家有空谁去陪，我就负责把事情记清楚、报上去。有时候累得不想说话，回家我男人给我端碗汤，我喝完倒头就睡，第二天接着跑。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:圣纪节}}的时候寺里办饭，几家娃娃都去吃。{{trap/minority_word:古尔邦节}}炸{{trap/minority_word:油香}}，我先给这几家送。阿訇给娃娃们讲{{trap/famous:赛典赤}}治理云南的事，说做人要公道。夏天晚上大家坐在寺门口{{trap/word:纳凉}}，娃娃们在旁边玩{{trap/word:沙子}}。
访谈者：登记表要填地址和号码。
受访者：{{han:白志清}}家在{{address:个旧市沙甸区白沙村四组19号}}。哥哥的身份证{{id_number@my2012hyphen.532501}}，外公的{{id_number@moldx.532501}}。我电话{{mobile@plus86spaced}}，{{han:撒红英}}的微信{{wechat:sa_hongying_yw}}。哥哥有QQ，说跟同学约着学习，号码是{{qq:985163042}}。
访谈者：表上名字写得规范吗？
受访者：经名是音译，写法多。有写成{{spaced:马 哈 姆 宰}}的，有把娃娃写成{{spaced:哈苏 来曼}}的，奶奶在名册上是{{spaced:哈　蒂　麦}}。
访谈者：您最盼什么？
受访者：盼娃娃们长大都有出息，别学坏，常回坊上看看。哥哥说他想考医学院，回来给外公治腿，给坊上的老人看病。我说好，你考上了，学费坊上大家一起凑。
""")

# H134: Han Minnan grandmother in 晋江 (泉州) raising three left-behind grandchildren.
DOCS["H134"] = ("family", """\
访谈者：{{trap/kin_word:阿嬷}}，您带几个孙子？
受访者：三个。我叫{{han:庄秀琴}}，厝边都叫我{{han:阿琴}}，七十一了，住在{{trap/place:晋江}}乡下。老伴{{han:柯水生}}前年走了，村里人都叫他{{han:老柯}}。儿子{{han:柯建明}}跟儿媳{{han:洪丽芳}}在{{trap/place:上海}}开小超市，过年才回来。女儿{{han:柯美玉}}在{{trap/place:菲律宾}}做保姆，女婿{{han:卓志远}}跑船，外孙也放在我这儿。
访谈者：孩子们多大了？
受访者：孙子{{han:柯子轩}}十二，我们叫他{{han:轩仔}}；孙女{{han:柯雨萱}}九岁，叫{{han:阿萱}}；外孙{{han:卓家乐}}六岁，叫{{han:乐仔}}。{{han:轩仔}}在{{school:晋江市陈埭镇第二中心小学六年级（3）班}}，{{han:阿萱}}在同一个学校三年级，{{han:乐仔}}上幼儿园大班。
访谈者：孩子们跟爸妈联系多吗？
受访者：每礼拜视频一回。{{han:阿萱}}也哭，{{han:乐仔}}就不哭，他说他妈长什么样他都快忘了。{{han:柯子轩}}他最犟，他爸在视频里说他两句，他就把手机扣了。{{han:洪丽芳}}说过年回来要带他去{{trap/place:上海}}住一阵。
访谈者：平常一天怎么过？
受访者：五点多起来煮粥，送两个大的上学，再把小的送到幼儿园。回来去菜市场，洗衣服，下午三点多又去接。晚上三个孩子写作业，我看不懂，只能坐在边上陪着。孙子的作业要家长签字，我不识字，就画个圈。老师知道我们家的情况，也不说什么。夜里小的要起来尿尿，我睡不踏实，一晚上醒好几回。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:戴秀云}}，三个孩子都建了留守儿童的档，她每个月来两回。村书记{{han:苏天赐}}说要给我报临时救助，我说我有低保就够了。学校的{{han:龚雅琪}}老师给{{han:轩仔}}补数学，不收钱。{{han:郑国栋}}医生是村卫生所的，我血压高，他隔几天来量一回。
访谈者：邻居们呢？
受访者：隔壁{{han:阿珠}}那边开早餐店，早上三个孩子的早饭都是她包了，孩子们都喊她{{han:阿珠}}姨。对门{{han:蔡来福}}说，有事喊一声，他骑摩托送孩子去镇上。{{han:蔡来福}}他老婆{{han:郑秀治}}会做{{trap/dialect_word:面线糊}}，孩子们爱吃。
访谈者：还有别的人来过吗？
受访者：镇上的社工来过，一个叫{{compound:欧阳淑贞}}，还有一个是{{compound:司马建峰}}。{{compound:欧阳淑贞}}会讲闽南话，跟孩子们玩得来，表上把她写成{{spaced:欧 阳 淑 贞}}。还有个大学生志愿者叫{{compound:东方雅楠}}，暑假教孩子们画画。我让{{han:轩仔}}跟着她学，他画了一张全家福，把他爸妈画在最中间。
访谈者：平时过节呢？
受访者：七月{{trap/dialect_word:普度}}，家家{{trap/dialect_word:拜拜}}，我带孩子们去宫里看戏。{{trap/dialect_word:阿公}}在的时候常给孩子们讲{{trap/famous:郑成功}}的故事，还带他们去{{trap/place:洛阳桥}}看过。台风来了下大雨，村口发{{trap/word:洪水}}，我把三个孩子都拢在楼上。
访谈者：您身体吃得消吗？
受访者：腰不好。有时候做着饭就要坐一下。我这辈子苦惯了，就怕孩子们学坏。现在的孩子离不开手机，我不让玩，他们就躲到被窝里玩。儿子在电话里说我管不住，我说你回来管。说完又后悔，他们在外面也不容易，开个小店起早贪黑，一年到头舍不得休息一天。
访谈者：孩子们平时听话吗？
受访者：大的叛逆了，小的还好。孙女最贴心，知道我腰疼，放学回来先把米淘了。外孙胆子小，晚上不敢一个人上厕所，要我在门口站着。三个孩子有时候也吵架，为了一个遥控器能吵半天。我就把电视关了，让他们去院子里帮我择菜。吵完了一会儿又好了，大的给小的剥虾，小的给大的递拖鞋，我看着心里也暖。
访谈者：登记表要填地址和号码。
受访者：家在{{address:晋江市陈埭镇岸兜村五组32号}}，儿子在{{trap/place:上海}}住的是{{address:松江区泗泾镇泗通路98弄12号602室}}。我身份证{{id_number@wy1954spaced.350582}}，{{han:轩仔}}的{{id_number@my2013.350582}}。我电话{{mobile@h38}}，儿子的微信{{wechat:kejm_sh2016}}，儿媳的微信{{wechat:hong_lifang88}}。{{han:轩仔}}打游戏用的QQ，他说是他爸给他注册的：{{qq:3571904628}}。
访谈者：名字在表上写得对吗？
受访者：有一张表把我写成{{spaced:庄 秀 琴}}，把孙女写成{{spaced:柯　雨　萱}}，外孙写成{{spaced:卓家 乐}}。
访谈者：您最盼什么？
受访者：盼儿子儿媳早点回来，一家人在一起吃饭。儿子说再干两年，攒够了钱就回晋江开店，不出去了。我天天算着日子，就怕等不到那一天。
""")

# H135: Han village child director in 敖汉旗 (四家子镇, 赤峰) reading her cases out of her ledger.
DOCS["H135"] = ("child_director", """\
访谈者：您把本子上的情况给我们念一念吧。
受访者：好。我叫{{han:于桂琴}}，{{trap/place:敖汉旗}}{{trap/place:四家子镇}}一个村的儿童主任，干了四年。本子上一共九个孩子，我挑几个说，都是照本子念的。
访谈者：第一个？
受访者：第一户，户主{{han:王立新}}，下肢瘫痪，媳妇{{han:刘淑芬}}跑了。孩子{{han:王浩宇}}，十二岁，在{{school:四家子镇中心小学六年级（2）班}}。{{han:王浩宇}}他爷爷{{han:王德顺}}七十六，瘸着腿种{{trap/word:小米}}。报了低保，孩子按父母重残报了困境儿童，每月{{trap/number:一千零二十}}。
访谈者：第二个？
受访者：第二户是孤儿，{{han:孙雅静}}，十五岁，爸爸{{han:孙长胜}}{{trap/year:2021年}}在{{trap/place:大连}}工地上出事没了，妈妈早就病死了。孩子跟大姑{{han:孙玉梅}}过。{{han:孙雅静}}在{{school:敖汉旗新惠第一中学初三（6）班}}，成绩在年级前二十。表上她的名字写成了{{spaced:孙　雅　静}}，中间空着格，我改了两回系统里还是那样。
访谈者：第三个？
受访者：第三户，{{han:杜春来}}，在{{trap/place:北京}}打工，媳妇{{han:邢晓红}}得了精神病，住在旗里的医院。两个孩子{{han:杜欣怡}}、{{han:杜子豪}}跟奶奶{{han:张凤英}}。{{han:杜欣怡}}也懂事，九岁就会做饭。有事我就找{{han:宫振国}}，他是村书记，给{{han:杜春来}}他们家申请了临时救助。
访谈者：第四个？
受访者：第四户是蒙古族，{{minority/mongolian:白音那木拉}}，爸爸{{minority/mongolian:吴宝力高}}在监狱，妈妈{{han:李秀云}}改嫁了，孩子跟爷爷过。孩子汉名{{han:吴国庆}}，在镇上念五年级。爷爷耳朵背，打电话得喊。
访谈者：第五个？
受访者：第五户，{{han:宫晓雪}}，本子上写成“{{han:宫晓雪}}{{han:宫晓雪}}”，是我录的时候手一抖重复了。她爸{{han:宫志强}}出车祸成了植物人，妈妈{{han:高凤霞}}在家伺候。{{han:宫晓雪}}十岁，在镇二小念四年级。{{han:高凤霞}}婶一个人又种地又伺候人，我每回去都帮她翻翻身。
访谈者：您一个月走访几回？
受访者：每户至少两回，有事随叫随到。村里九个孩子，分在五个自然村，我骑电动车挨家走。冬天冷，手冻得握不住车把，就推着走。到了看看孩子吃得怎么样，炕热不热，作业写没写，有病的老人我顺手给量个血压。回来把情况记在本子上，一户一页，月底交到镇上。有的孩子见了我就跑过来拉着手，问我下回啥时候来。也有的孩子不爱说话，我就陪着坐一会儿，帮着喂喂鸡，慢慢地也就跟我亲了。
访谈者：镇上、旗里谁帮过这些孩子？
受访者：镇上民政助理是{{han:张丰收}}，旗{{trap/org:民政局}}的{{han:李永平}}科长，{{trap/org:乡卫生院}}的{{han:刘海峰}}大夫，派出所的{{han:赵振东}}所长给孩子们办户口。旗里社工站来过三个人，一个是{{compound:上官晓燕}}，一个叫{{compound:长孙浩然}}，还有{{compound:慕容红梅}}。{{compound:上官晓燕}}说她小时候也是留守儿童，表上把她写成{{spaced:上 官 晓 燕}}，把{{compound:长孙浩然}}写成{{spaced:长　孙　浩　然}}。学校有个心理老师叫{{compound:赫连春燕}}，专门给{{han:孙雅静}}做辅导。{{trap/org:旗残联}}给{{han:王立新}}送了轮椅。
访谈者：孩子们平时有什么活动？
受访者：暑假村里开了儿童之家，孩子们写作业、看书。旗里的大学生志愿者来住了半个月，教孩子们唱歌、做手工，走的时候孩子们追着车跑。中秋节镇上给每个孩子送了月饼，过年村里给每户贴对联、送米面。我给他们讲{{trap/famous:萧太后}}的故事，讲咱这儿{{trap/place:兴隆洼}}八千年前就有人种地了。
访谈者：表上的地址和号码呢？
受访者：{{han:王立新}}家{{address:四家子镇牛汐河村三组15号}}，{{han:杜春来}}家{{address:新惠镇惠州小区11号楼3单元201室}}。{{han:王浩宇}}身份证{{id_number@my2013spaced.150430}}，{{han:孙雅静}}的{{id_number@wy2010fwspaced.150430}}。我电话{{mobile@s434}}，{{han:高凤霞}}电话{{mobile@fws}}。我的微信{{wechat:ertongzhijia_yu}}。{{han:孙雅静}}有QQ，她说有事找她发QQ：{{qq:1620384957}}。
访谈者：名字登记上还有啥问题？
受访者：{{han:杜子豪}}在学校系统里是{{spaced:杜 子 豪}}，{{minority/mongolian:白音那木拉}}有时写成{{spaced:白音那木 拉}}。求助热线{{trap/hotline:12349}}也抄在本子最后一页。
访谈者：您最大的感受？
受访者：这些孩子缺的不光是钱，是有人问一声。我自己也是农村长大的，知道孩子啥时候最难熬：下雨天别人家有人送伞，过年别人家有人回来，开家长会别人家有人去。这些时候我尽量在。本子记满了一本又一本，我都留着，等孩子们长大了，翻出来给他们看看，当年有多少人惦记着他们。
""")

# H136: Uyghur neighbourhood cadre in 鄯善 (吐鲁番) with Uyghur and Han families.
DOCS["H136"] = ("community", """\
访谈者：您在社区管儿童这块多久了？
受访者：七年了。我叫{{minority/uyghur:热依拉·托乎提}}，在{{trap/place:鄯善县}}县城一个社区当干部。我们社区维吾尔族、汉族、回族都有，困境儿童十四个。
访谈者：先说维吾尔族的一家吧。
受访者：爸爸{{minority/uyghur:艾尔肯·吐尔洪}}拉葡萄干去{{trap/place:乌鲁木齐}}，路上翻车没了。妈妈{{minority/uyghur:米热古丽·阿西木}}有红斑狼疮，干不了重活。儿子{{minority/uyghur:阿迪力·艾尔肯}}十三岁，我们叫他{{minority/uyghur:阿迪力}}；女儿{{minority/uyghur:努尔曼古丽·艾尔肯}}九岁。儿子在{{school:鄯善县第一中学初一（5）班}}，学习好，数学竞赛拿过奖。他爸在的时候最疼这个儿子。
访谈者：他们家拿了哪些补助？
受访者：两个孩子按事实无人抚养报了，每人每月{{trap/number:一千三百六}}，妈妈吃低保。社区的{{han:孙建平}}主任帮着办的手续，县{{trap/org:民政局}}的{{han:张玉梅}}审的。妈妈的药一个月要六七百，报销以后还得自己掏两百多。
访谈者：汉族的呢？
受访者：有一家，爸爸{{han:赵永福}}在煤矿干了二十年，得了尘肺病，喘不上气。妈妈{{han:钱丽娜}}走了，不知道去了哪儿。两个孩子{{han:赵晨阳}}和{{han:赵晨曦}}，一个十一一个八岁，在{{school:鄯善县第二小学五年级（3）班}}和三年级。{{han:赵永福}}说，他走了以后孩子们就交给我们了。我听着心里难受。
访谈者：还有别的吗？
受访者：还有一家，爷爷{{minority/uyghur:库尔班·尼亚孜}}、奶奶{{minority/uyghur:吐逊古丽·阿西木}}带着孙子{{minority/uyghur:玉苏普江·买吾兰}}。孩子爸爸喝酒喝死了，妈妈改嫁去了{{trap/place:库尔勒}}。{{minority/uyghur:玉苏普江}}才六岁，天天问他妈啥时候回来。邻居回族的{{han:马秀兰}}大姐常接他去她家吃饭。
访谈者：您平时怎么照看这些孩子？
受访者：我们社区分了网格，一个干部包几户，我包的就是这三家。每个礼拜去一回，看看家里有没有吃的，孩子有没有按时上学。夏天{{trap/place:吐鲁番}}热，四十多度，老人孩子中暑的多，我们给每家送了风扇。冬天又冷，给他们家换了电暖气，电费社区补一半。孩子放学没人管的，就到社区的儿童之家写作业，有志愿者辅导。孩子们的情况我都记在手机上，哪家孩子几号复查、哪家老人该续药，到了日子就提醒。有一回半夜两点，尘肺病那家的孩子打电话说他爸喘不上气，我跟社区医生赶过去，叫了救护车，一直守到天亮。
访谈者：谁帮过这些孩子？
受访者：县里社工站的{{compound:段干若琳}}、{{compound:令狐振宇}}每个月来一次，给孩子们做小组活动。学校的{{han:周雪芹}}老师给{{minority/uyghur:阿迪力}}补课，{{han:周雪芹}}也是从小没了爸的。社区医生{{minority/uyghur:依力哈木·艾合买提}}每礼拜去{{han:赵永福}}家量一回血氧。
访谈者：平时有什么活动？
受访者：{{trap/minority_word:肉孜节}}的时候社区给几家送{{trap/minority_word:抓饭}}和馓子。周末带孩子们去{{trap/place:坎儿井}}、{{trap/place:火焰山}}玩，汉族孩子给维吾尔族孩子讲{{trap/famous:孙悟空}}借芭蕉扇，维吾尔族孩子讲{{trap/famous:纳斯尔丁}}的笑话。去{{trap/minority_word:巴扎}}的时候小孙子总要买个气球。
访谈者：登记表上的地址和号码呢？
受访者：这家在{{address:鄯善县鄯善镇楼兰路团结巷27号}}，{{han:赵永福}}家在{{address:鄯善镇新城小区6号楼1单元302室}}。儿子的身份证{{id_number@my2012fw.650421}}，妈妈的{{id_number@wy1985tri.650421}}。我的电话{{mobile@s74}}，{{han:赵永福}}的{{mobile@spaced}}，孩子妈妈的微信{{wechat:mihrigul_0412}}。儿子有QQ，说是跟竞赛老师联系用的：{{qq:２９４７０３１５８}}。{{han:赵晨阳}}也有个QQ小号，他说写作业用：{{qq:46819027}}。
访谈者：名字登记上有问题吗？
受访者：有。户口上是{{minority/uyghur:阿迪力艾尔肯}}，没点；学校写的是{{spaced:阿迪力 · 艾尔肯}}，有的表上又写成{{spaced:阿 迪 力 · 艾 尔 肯}}。爷爷在低保表上是{{spaced:库尔班 · 尼亚孜}}，{{han:赵晨阳}}在医保系统里是{{spaced:赵 晨 阳}}。
访谈者：您最大的感受？
受访者：孩子们不分民族，都一样需要人疼。这些年我最大的体会是，光送东西不够，得常去、常问，孩子们才信你。有的孩子一开始见了我就躲，去了十几回，现在老远就喊我阿姨，把作业本拿给我看。我们社区今年又招了两个年轻干部，我带着他们一家一家去认门，教他们先跟老人喝茶说话，再问孩子的事。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=129,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
