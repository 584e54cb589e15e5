# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 32 (tests/pii/holdout32/H241-H248 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 33, written side by side, is not an
earlier set).

Set 32 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 镶黄旗 (锡林郭勒) raising the two children of her son, in prison for a drunken fight, whose wife divorced him; a
Tibetan father in 若尔盖 (阿坝) whose wife was paralysed in a motorbike crash, with their three children and the son
of his brother, killed with his wife on the road near 松潘; a Bonan knife-smith in 积石山 (临夏) who lost two fingers,
with a wife on dialysis, a Dongxiang neighbour in prison for drugs whose wife left, and a Hui orphan girl next door;
a Han mother in 宿州 (安徽) with lupus whose husband works nights in a 苏州 factory, raising her children and the son
of her husband's brother, in prison; a Han teacher at a village school in 田阳 (百色) going through the Zhuang
children in distress of her class, with the parents' WeChat and QQ; a Uyghur fruit farmer in 阿克苏 whose wife has
kidney failure, raising his dead brother's son; a Han juvenile prosecutor in 松山区 (赤峰) reading three cases from
her file; and a Han grandfather in 白城 (吉林) raising two grandsons whose father died in a factory blast and whose
mother remarried. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather
than one trick: Mongolian names of four to six characters (塔娜格日勒, 胡和巴特尔, 特古斯巴雅拉, 阿拉坦苏和,
敖其尔巴特, 阿拉腾巴干) with short forms (胡和他 whose first syllable is the surname 胡, 巴雅拉都, 托雅, 巴干他) and a
Han surname before a Mongolian name (包苏日娜她); Amdo Tibetan names (俄尔坚措, 仁青卓玛她, 更藏让丁他, 达瓦桑姆,
格尔登加他们班) with short forms (更藏跟, 桑姆就) and Han names of Tibetans (杨俊峰, 汪德清也, 杨秀芝); Bonan, Dongxiang
and Hui Han-form names (韩福海, 马玉环, 韩志鹏, 妥晓梅) beside 经名 alone (达吾底, 舍尔拜努, 马尔萨) and a Han surname
before an Arabic name (韩优素夫, 韩赛丽玛, 韩哈比布, 汪达吾提, 唐法蒂麦, 汪叶尔孤拜, 马哈丽达) with short forms (优素夫就,
赛丽玛也, 达吾提他, 叶尔孤拜跟, 哈丽达她); Han nicknames that are words, annotated whole (芝麻也, 墩墩都, 油条他, 拴柱他,
二柱都); Zhuang names with the prefixes 特, 妚, 达 and teknonyms with 卜 and 乜 (农特壮, 特壮跟, 卜特壮, 乜特壮,
黄妚凤, 妚凤她, 陆达梅, 达梅她) beside the Han names of Zhuang people (农建壮, 陆海军, 班小龙他 beside the trap 班长,
零佳怡就); Uyghur given name + father's name with and without the dot (阿不力米提·肉孜 and 阿不力米提肉孜,
阿依谢姆·阿不力米提 and 阿依谢姆阿不力米提) and short forms (伊力亚斯他, 伊力亚斯和, 麦合木提江, 买买提江也, 吐尔逊古丽);
Han names with common and rare surnames, titles and kin words (孙丽敏老师, 苗春来大夫, 蒋玉凤婶, 韦志坚校长, 孔德江,
闫桂珍大姐), names that contain words (武建设, 陆海军, 牛满仓, 于长岭, 邱长顺他), a name written twice in a case file
(韩宇泽韩宇泽), names directly before particles and verbs and after 叫/是/给/跟/找/让; spaced, dotted and split names;
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:武建设}}``, ``{{qq:52093718}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, bonan, dongxiang, hui, zhuang,
                                   uyghur) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012hyphen.152528}}``,
                                   ``{{mobile@h38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.py`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 校长, 阿訇, 警官, 大姐,
婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 跟, 和, 她, 他, 他们家,
那边) are outside the span; a nickname (芝麻, 墩墩, 油条, 拴柱, 二柱) and a Zhuang name with its prefix (特壮, 妚凤,
达梅, 卜特壮, 乜特壮) are annotated whole. Han-style names of Tibetan, Bonan, Hui and Zhuang people (杨俊峰, 韩福海,
马桂芳, 农建壮) are category han; a Han surname before a non-Han given name (包苏日娜, 韩优素夫, 汪达吾提, 农特壮) is
category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout32/make_holdout32.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(32_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "bonan", "dongxiang", "hui", "zhuang", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices (the Bonan father's Dongxiang and
# Hui neighbours counted together).
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "bonan": 10, "dongxiang+hui": 10, "zhuang": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "145", "152", "155", "159", "177", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H241: Mongolian grandmother in 镶黄旗 (锡林郭勒); her son is in prison, his wife divorced him and left.
DOCS["H241"] = ("family", """\
访谈者：额吉，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:塔娜格日勒}}，今年六十三，在{{trap/place:镶黄旗}}北边放了一辈子羊。老伴前些年得肝病走了。儿子{{minority/mongolian:胡和巴特尔}}喝了酒跟人打架，把人打成重伤，判了七年，关在{{trap/place:锡林浩特}}。儿媳{{minority/mongolian:乌日汗图雅}}跟他离了婚，回了{{trap/place:正蓝旗}}娘家，两年没来过一个电话。两个孙辈就跟着我这个老婆子。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:萨仁托雅}}十三，在{{school:镶黄旗蒙古族学校初一（2）班}}住校；孙子{{minority/mongolian:特古斯巴雅拉}}八岁，在{{school:新宝拉格镇第一小学二年级（3）班}}。家里都叫他{{minority/mongolian:巴雅拉}}。{{minority/mongolian:巴雅拉}}都八岁了，晚上还要搂着我睡，说怕黑。{{minority/mongolian:托雅}}懂事，周末回来就帮我挤牛奶、熬{{trap/minority_word:奶茶}}，还给弟弟检查作业。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。{{minority/mongolian:胡和}}他进去那年，{{minority/mongolian:托雅}}才十岁，在法院门口哭得站不住。小的以为他爸在外地打工。每年我带他们去监狱会见一次，坐大巴要四个钟头。他爸隔着玻璃跟孩子说，好好念书，别学他。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:包苏日娜}}，她给两个孩子报了事实无人抚养，一人一个月{{trap/number:一千三百九}}。{{minority/mongolian:包苏日娜}}她隔三岔五就骑摩托来看看，冬天还给拉过两车牛粪。嘎查达{{minority/mongolian:阿拉坦苏和}}给我家报了低保。苏木的民政助理{{han:邢振国}}来入户核过好几回，{{han:邢振国}}说今年还给孩子们申请了{{trap/org:旗民政局}}的临时救助。旗医院的{{han:苗春来}}大夫给我看过腿，说是老寒腿，开了膏药。旗里社工站派了两个年轻人，一个叫{{compound:拓跋嘉宁}}，还有{{compound:赫连沐阳}}，每月来一趟，带孙子画画、做游戏。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:孙丽敏}}老师常打电话跟我说孩子在学校的情况。她说孩子作文写得好，写过一篇《我的额吉》，写的就是我。孙子的老师是{{han:李海英}}，年轻姑娘，说孩子上课爱发呆，她就让他坐第一排。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:敖其尔巴特}}家有辆皮卡，孩子开学、放假都是他给接送。西边住着个汉族人家，男的叫{{han:邱长顺}}，开小卖部，孩子去买东西常常不收钱。{{han:邱长顺}}他老婆{{han:丁玉兰}}还教孙女织毛衣。
访谈者：您身体怎么样？
受访者：血压高，腿也疼。去年冬天闹{{trap/minority_word:白毛风}}，羊圈塌了一角，我一个人扛不动木头，是嘎查达叫了几个年轻人来修的。我就怕哪天我倒下了，两个孩子没人管。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候，我给孩子们煮{{trap/minority_word:手把肉}}，孙子最爱啃羊棒骨。夏天嘎查办{{trap/minority_word:那达慕}}，孙子跟着去看摔跤。晚上我给他们讲{{trap/famous:巴拉根仓}}的故事，俩孩子笑得在炕上滚来滚去。
访谈者：家里的收入靠什么？
受访者：靠那几十只羊，还有草原补奖。禁牧以后羊不能多养，我就把草场租出去一半，一年收点租金。低保和孩子们的补贴按月打到卡上，我不识几个汉字，取钱都是孙女陪着去苏木的信用社。孩子们的衣服多半是亲戚给的旧衣裳，我改改就穿。去年冬天，旗里给我们家换了新的取暖炉，屋里暖和多了，孙子再也不冻手了。
访谈者：孩子们心里有没有什么变化？
受访者：孙女大了，心事重。她爸出事那阵子，她在学校里不跟人说话，吃饭也一个人。后来社工给她们几个情况差不多的孩子办了个小组，一起画画、说话，她才慢慢开朗了。孙子还小，就是爱问，问他爸在里面吃什么、冷不冷。我就说，政府管饭，冷不着。
访谈者：表上要登记地址和号码。
受访者：家在{{address:镶黄旗新宝拉格镇巴彦塔拉嘎查二组14号}}，冬天孩子上学，我在镇上租房，是{{address:新宝拉格镇团结小区5号楼1单元202室}}。我的身份证{{id_number@wy1962.152528}}，孙女的{{id_number@wy2012hyphen.152528}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@h38}}，她的微信{{wechat:surina_bayantala}}。孙女有个QQ，说跟同学讨论作业用，她抄在冰箱贴上了，是——{{qq:2741958306}}。
访谈者：孩子们的妈妈还管他们吗？
受访者：不管了。头一年过年还寄过一次钱，后来电话也换了。孙女给她发过几回微信，一直没回。我跟孙女说，你妈也有难处，别记恨。孩子嘴上答应，心里咋想我也不知道。我就多疼她们一点，早上给煮一碗奶，出门给揣两块奶豆腐，让她们知道家里有人惦着。
访谈者：孩子们的名字表上写得对吗？
受访者：不太对。学校名单上把我写成{{spaced:塔 娜 格 日 勒}}，孙子写成{{spaced:特古斯 巴雅拉}}，低保表上孙女是{{spaced:萨　仁　托　雅}}。儿童主任在签到表上成了{{spaced:包 苏日娜}}。
访谈者：您最盼什么？
受访者：盼孩子们好好念书，盼他们爸早点出来，改好了，回家放羊。我老了，就这点念想。
""")

# H242: Tibetan father in 若尔盖 (阿坝); his wife was paralysed in a motorbike crash, his brother and sister-in-law died.
DOCS["H242"] = ("family", """\
访谈者：大哥，您先介绍一下家里吧。
受访者：我叫{{minority/tibetan:俄尔坚措}}，身份证上的汉名是{{han:杨俊峰}}，四十一岁，在{{trap/place:若尔盖}}唐克那边放牦牛。老婆{{minority/tibetan:仁青卓玛}}前年冬天坐摩托去县城，路上翻了车，伤了脊椎，下半身瘫了，整天躺在床上。家里三个娃娃，还有我哥哥留下的一个。
访谈者：您哥哥家出了什么事？
受访者：我哥{{minority/tibetan:罗让丹巴}}和嫂子去年秋天在{{trap/place:松潘}}那段山路上出了车祸，两口子都没了。他们的儿子{{minority/tibetan:更藏让丁}}十一岁，我就接过来养。{{minority/tibetan:更藏让丁}}他刚来的时候一句话也不说，晚上蒙着被子哭。现在好些了，{{minority/tibetan:更藏}}跟我家几个娃娃处得像亲兄弟。
访谈者：您自己的孩子呢？
受访者：大姑娘{{minority/tibetan:达瓦桑姆}}十四，在{{school:若尔盖县中学初二（3）班}}住校；儿子{{minority/tibetan:格尔登加}}十岁，在{{school:唐克镇寄宿制小学四年级（2）班}}，堂哥在同一个学校读五年级；小女儿{{minority/tibetan:拉毛吉措}}五岁，在家陪她阿妈。{{minority/tibetan:桑姆}}就是家里的半个大人，放假回来给她阿妈擦身子、翻身、喂饭，一声不吭。
访谈者：您爱人现在怎么样？
受访者：{{minority/tibetan:仁青卓玛}}她心里苦，有时候一整天不说话。县医院的{{han:张永亮}}大夫说她不光是腿的事，心里也病了，叫我们多陪她说话。我跟她说，{{trap/word:何必}}想那么多，有我在。州里的康复中心来过人，给她配了个轮椅，现在能推出去晒晒太阳了。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:尕玛拉姆}}，她给我哥的娃娃办了孤儿基本生活费，一个月{{trap/number:一千六百五}}；{{minority/tibetan:尕玛拉姆}}还给我家三个娃娃报了困境儿童补贴，因为他们阿妈是一级残疾。村支书{{minority/tibetan:俄修杰布}}给我家报了低保。乡上的民政干部{{han:汪德清}}来了好几回，{{han:汪德清}}也是藏族，藏话说得好。{{trap/org:县残联}}给我老婆办了残疾证。县社工站的{{compound:慕容婉晴}}跟她同事{{compound:上官景行}}每个月进一趟牧场，给娃娃们带书，陪我老婆聊天。
访谈者：孩子们在学校怎么样？
受访者：大姑娘的班主任是{{han:王晓琴}}老师，她说孩子想考{{trap/place:成都}}的藏文中学，可她又怕自己走远了家里没人管。{{minority/tibetan:格尔登加}}他们班的{{minority/tibetan:泽让措}}老师说，这孩子数学好，就是爱打架。有一回别人笑他阿妈是瘫子，他就动了手。
访谈者：邻居们帮忙吗？
受访者：帮。隔壁{{minority/tibetan:贡保才旦}}家放牧的时候顺带把我家的牛也看着。他老婆{{han:杨秀芝}}是汉名，人是藏族，常给我老婆送{{trap/minority_word:酸奶}}。挤奶的季节，他们家的姑娘还来帮我挤。
访谈者：过节的时候呢？
受访者：夏天{{trap/minority_word:香浪节}}，一家人去{{trap/place:花湖}}边上搭帐篷。我背着老婆坐到草地上，娃娃们跑着玩。{{trap/minority_word:藏历年}}的时候我给他们讲{{trap/famous:米拉日巴}}的故事，说人吃得了苦，就能修成正果。
访谈者：日子上最难的是什么？
受访者：冬天。雪大的时候草场上的路断了，娃娃们回不来，我老婆要吃药，得去镇上拿。去年我骑着马走了一天才到。现在县里在镇上给我们家分了套安置房，冬天就搬下来住，离学校、医院都近。
访谈者：您一个人又放牧又照顾病人，忙得过来吗？
受访者：忙不过来也得忙。天不亮起来挤奶、烧茶，给老婆翻身擦洗，再把牛赶到山坡上。中午回来做饭，下午去镇上给娃娃们买东西。亲戚们轮流来帮一把，县里也给我们安排了护理补贴，每个月请个人来帮两天。我最怕的是自己病倒，家里就没有顶梁柱了。有时候夜里睡不着，就出去看看牛，看看星星，想想明天的事。
访谈者：请说一下登记信息。
受访者：家在{{address:若尔盖县唐克镇索格藏村二组11号}}，镇上的房子是{{address:唐克镇幸福家园小区3栋2单元302室}}。我身份证{{id_number@my1984spaced.513232}}，侄子的{{id_number@my2014.513232}}。我的电话{{mobile@plus86}}，{{minority/tibetan:尕玛拉姆}}的{{mobile@plain}}，她的微信{{wechat:gamalamu_tangke}}。大姑娘有个QQ，号码写在她课本的封皮里，我翻出来给你：{{qq:508316274}}。
访谈者：娃娃们的阿妈能做些什么吗？
受访者：她手还能动，就在床上捻毛线、缝补衣服。小女儿整天趴在她身边，她教小的念经、数数。大姑娘放假回来，母女俩能说一晚上的话。我看着她们，心里就踏实一些。县里的医生说，要是坚持做康复，以后也许能扶着东西站一会儿，我们就一天一天地练。
访谈者：表上的名字写对了吗？
受访者：写法多。有的表上是{{spaced:俄 尔 坚 措}}，有的是{{spaced:达瓦 桑姆}}，侄子写成{{spaced:更　藏　让　丁}}，我的汉名也被拆成了{{spaced:杨 俊 峰}}。
访谈者：您最大的心愿是什么？
受访者：盼老婆能坐起来，盼四个娃娃都念出书来。不管多难，我一个也不会丢下。
""")

# H243: Bonan father in 积石山 (临夏), a knife-smith who lost two fingers, with a wife on dialysis; Dongxiang and Hui neighbours.
DOCS["H243"] = ("family", """\
访谈者：大哥，您是保安族吧？先说说家里的情况。
受访者：对，我们{{trap/place:大河家}}这一片保安族多。我叫{{han:韩福海}}，经名{{minority/bonan:达吾底}}，寺里的人都叫我{{minority/bonan:达吾底}}，四十五岁。以前在作坊里打腰刀，前年叫砂轮崩了，右手少了两个指头，重活干不成了。老婆{{han:马玉环}}，经名{{minority/bonan:舍尔拜努}}，得了尿毒症，一个礼拜去{{trap/place:临夏}}透析两回。家里三个娃娃。
访谈者：孩子们多大？
受访者：老大{{minority/bonan:韩优素夫}}十五，学校里的名字是{{han:韩志鹏}}，在{{school:积石山县保安族中学初三（1）班}}。老二是丫头，{{minority/bonan:韩赛丽玛}}，十二岁，在{{school:大河家镇中心小学六年级（2）班}}。老三{{minority/bonan:韩哈比布}}才六岁。{{minority/bonan:优素夫}}就说要退学去打工，我没让。{{minority/bonan:赛丽玛}}也懂事，放学回来就做饭，她妈透析回来累得躺着，都是她端水喂药。
访谈者：谁在帮你们家？
受访者：村里的儿童主任{{han:妥晓梅}}，她给三个娃娃报了困境儿童的补贴，一人一个月{{trap/number:一千零八十}}，还帮我们家申请了低保。村支书{{han:何国荣}}跑到县上给我老婆办了大病救助。{{han:何国荣}}说，透析的钱报了以后自己出得不多了。乡上民政干事{{han:冶文军}}每个季度来一回。县医院肾内科的{{han:沙海燕}}大夫把透析排在礼拜二、礼拜五，不耽误丫头上学。县里的社工{{compound:闾丘雅竹}}给娃娃们上心理课，跟她一起来的叫{{compound:乐正一鸣}}，教{{minority/bonan:哈比布}}认字。
访谈者：邻居们呢？
受访者：东边是东乡族的一家，男人{{minority/dongxiang:汪达吾提}}贩毒，判了十五年。女人{{minority/dongxiang:唐法蒂麦}}跟人去了{{trap/place:新疆}}，两个娃娃扔给奶奶{{han:唐桂花}}。大的{{minority/dongxiang:汪叶尔孤拜}}十三，小的丫头{{minority/dongxiang:汪阿米乃}}九岁。{{minority/dongxiang:达吾提}}他进去以后，家里连买煤的钱都没有，我们几家凑了些。{{minority/dongxiang:叶尔孤拜}}跟我家老大在一个班，两个人一起上学，一起回来。
访谈者：还有别的孩子吗？
受访者：西边回族人家{{han:马桂芳}}，老人带着孙女{{minority/hui:马哈丽达}}。丫头的爹妈在{{trap/place:拉萨}}开饭馆，出车祸都没了，{{minority/hui:哈丽达}}就成了孤儿，一个月拿孤儿基本生活费。{{minority/hui:哈丽达}}她念书好，墙上贴满了奖状。寺里的{{han:马占禄}}阿訇常叫她去学经，逢年过节给她家送面送油。{{minority/hui:马尔萨}}是阿訇的儿子，在县城开出租车，丫头生病了都是他送医院。
访谈者：你们平时怎么照应这几家？
受访者：{{trap/org:清真寺}}里开了个小课堂，放学后娃娃们去写作业、念经。{{trap/minority_word:开斋节}}炸了{{trap/minority_word:油香}}，先给这几家送。我虽然手不好，还能给邻居家修修门窗。娃娃们一起长大，谁家的都是自家的。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:马晓东}}老师说他物理好，想考{{trap/place:兰州}}的技校学汽修。丫头的老师{{han:韩春兰}}说她性子闷，就是不爱跟人说话。我们这儿的人爱唱{{trap/minority_word:花儿}}，老师让她在学校的联欢会上唱了一段，回来她高兴了好几天。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}宰一只羊，肉分三份，一份留给自己，一份给亲戚，一份给这几家没爹妈管的娃娃。老人们讲{{trap/famous:大禹}}在{{trap/place:积石山}}导河的故事，娃娃们听得入神。
访谈者：您的手伤了以后，家里靠什么过日子？
受访者：低保、娃娃们的补贴，还有我在村里的公益岗位，一个月几百块钱，管着村里的路灯和水管。原先打腰刀一年能挣三四万，现在一把也打不了了。我教{{minority/bonan:优素夫}}打过几回，他说不学，要念书，我想也对。老婆透析的日子，我就骑三轮送她去县里坐车，{{minority/bonan:韩哈比布}}坐在车斗里，一路数路边的羊。亲戚们也帮，可谁家都不宽裕。
访谈者：请说一下登记的信息。
受访者：我家在{{address:积石山县大河家镇梅坡村三社8号}}，{{han:唐桂花}}家在{{address:大河家镇梅坡村三社10号}}。我身份证{{id_number@my1980x.622927}}。我的电话{{mobile@hyphen}}，{{han:妥晓梅}}的微信{{wechat:tuoxiaomei_dhj}}。老大有个QQ，说学校让交作业用，我叫他写在墙上的日历背面了，我给你念：{{qq:1563094827}}。
访谈者：东乡族那家的娃娃现在怎么样？
受访者：奶奶腿脚不好，大的那个十三岁就当家了，做饭、喂鸡、送妹妹上学。村里给他们报了事实无人抚养，一个月按时打到奶奶卡上。我老婆透析回来有力气的时候，也给那个小丫头梳梳头、洗洗衣裳。娃娃们都一样，没有谁家的分别。
访谈者：表上名字写得对吗？
受访者：经名各写各的。有的表上是{{spaced:韩 优 素 夫}}，有的是{{spaced:赛丽 玛}}，我老婆写成{{spaced:舍　尔　拜　努}}。
访谈者：您最盼什么？
受访者：盼老婆能排上换肾，盼娃娃们念出书来，别跟我一样打一辈子铁。
""")

# H244: Han mother in 宿州 (安徽) with lupus; her husband works in a 苏州 factory; she also raises her husband's brother's son.
DOCS["H244"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：五口，常在家的四口。我叫{{han:葛素琴}}，三十九，家在{{trap/place:埇桥区}}乡下。我得的是红斑狼疮，前年查出来的，每个月要去{{trap/place:宿州}}市医院拿药，不能晒太阳，不能累着。男人{{han:周德胜}}在{{trap/place:苏州}}一个电子厂上夜班，一年回来两趟。
访谈者：孩子们呢？
受访者：大丫头{{han:周雨涵}}十三，小名叫{{han:芝麻}}，在{{school:埇桥区大店镇中学初一（4）班}}。{{han:芝麻}}也知道疼人，我住院那一个月，她带着弟弟过，饭做糊了也不吭声。儿子{{han:周浩宇}}八岁，小名{{han:墩墩}}，生下来就胖。{{han:墩墩}}都上二年级了，在{{school:大店镇中心小学二年级（1）班}}，还不会自己系鞋带。
访谈者：您说常在家四口，还有一个呢？
受访者：是我侄子。我男人的弟弟{{han:周德兵}}偷电缆被抓，判了六年，弟媳{{han:张晓丽}}改嫁去了{{trap/place:蚌埠}}。孩子{{han:周子轩}}十岁，小名叫{{han:油条}}，就放在我这儿。{{han:油条}}他刚来那阵子尿床，夜里哭着要他妈。{{han:张晓丽}}那边一年就打两回电话。现在好多了，跟{{han:墩墩}}睡一个被窝。
访谈者：您一个人病着带三个孩子，谁帮过你们？
受访者：村里的儿童主任{{han:蒋玉凤}}婶，她给{{han:油条}}报了事实无人抚养，一个月{{trap/number:一千一百三}}，给我家报了低保。{{han:蒋玉凤}}说，像我这病算重病，也能享受救助。村支书{{han:黄德旺}}他们家就在前头，我住院那回，是他开车送的。镇民政所的{{han:陈建军}}来核过几回，他人细心，一项一项跟我讲政策。市医院风湿科的{{han:陈红梅}}大夫给我看病，说这病得长年吃药，可是控制好了能跟常人一样。区里的社工{{compound:东方若澜}}每周来一回，有时候带着个小伙子叫{{compound:公孙浩然}}，给孩子们辅导作业。还有个律师叫{{compound:司空明远}}，是{{trap/org:法律援助中心}}派的，帮{{han:油条}}他妈把抚养费的事跟法院说清楚了。
访谈者：孩子们在学校怎么样？
受访者：{{han:芝麻}}的班主任{{han:方静怡}}老师说她数学好，就是上课老犯困，因为晚上要照顾弟弟。{{han:油条}}的老师{{han:武建设}}，岁数大了，说孩子打架，一问是别人笑话他爸坐牢。老师说了那几个孩子一顿，后来没人提了。
访谈者：孩子爸爸多久打一次电话？
受访者：天天晚上视频。{{han:周德胜}}说厂里想让他当组长，多挣几百块钱。我跟他说，钱挣不完，身体要紧。{{han:墩墩}}就扒着手机问他爸啥时候回来，他爸说过年。
访谈者：过年的时候呢？
受访者：他回来就买{{trap/minority_word:符离集烧鸡}}，孩子们最爱吃。初二回娘家，我娘家在{{trap/place:灵璧}}，老辈人爱讲{{trap/famous:虞姬}}的故事。孩子们去看{{trap/minority_word:泗州戏}}，{{han:油条}}也跟着哼。
访谈者：您生病以后，家里的活谁干？
受访者：能干的我还是自己干，就是不能下地晒太阳。地里的麦子租给了村里的大户，一年给点租金。洗衣做饭都在屋里，不出门也{{trap/word:方便}}，孩子们放学回来帮着收拾。最难的是我犯病的时候，关节疼得下不了床，发烧不退，得赶紧去医院。去年夏天犯了一回，在医院住了二十多天，三个孩子是大丫头领着过的。我男人要请假回来，厂里不批，他就辞了工回来，回苏州以后又重新找的厂子。那一阵子钱花得厉害，亲戚们凑了一些，村里又给报了临时救助。
访谈者：孩子们知道您的病吗？
受访者：知道个大概。大丫头上网查过，查完了偷偷哭，第二天就把家里的窗帘都换成了厚的，说妈不能见太阳。两个小的不懂，只知道妈妈每天要吃一把药。我跟他们说，妈妈的病能控制住，你们好好念书，妈就高兴。
访谈者：请说一下登记信息。
受访者：家在{{address:埇桥区大店镇葛湖村东队18号}}，我男人在苏州住的是{{address:吴中区木渎镇金枫新村17幢502室}}。{{han:油条}}的身份证{{id_number@my2015spaced.341302}}。我电话{{mobile@plain}}，我男人的{{mobile@plus86dash}}，他的微信{{wechat:zhoudesheng_sz}}。{{han:芝麻}}有个QQ，她拿本子记着，是{{qq:927406158}}。
访谈者：您娘家能帮上忙吗？
受访者：我娘家妈六十多了，农忙的时候来住几天，帮我做做饭。我哥在合肥打工，逢年过节给孩子们买点东西。最帮得上忙的还是村里，谁家有事，喊一声都来。我常跟孩子们说，人家帮过咱的，要记一辈子。
访谈者：表上名字写得对吗？
受访者：有的不对。学校把{{han:周雨涵}}写成{{spaced:周 雨 涵}}，低保表上我是{{spaced:葛　素　琴}}，还有张表把{{han:周子轩}}写成{{spaced:周子 轩}}。
访谈者：您最盼什么？
受访者：盼我这病别再加重，盼孩子们长大了{{trap/word:高高兴兴}}的。{{trap/word:周末}}我能带他们出去转转，就知足了。
""")

# H245: Han teacher at a village school in 田阳 (百色) going through the Zhuang children in distress of her class, with the parents' WeChat and QQ.
DOCS["H245"] = ("teacher", """\
访谈者：滕老师，您教的是哪个班？
受访者：我叫{{han:滕雅琴}}，在{{trap/place:田阳}}的村小教了十五年书，现在是{{school:田阳区那满镇新立小学四年级（2）班}}的班主任。班上三十六个孩子，差不多都是壮族，家长多是{{trap/word:农民}}，二十个孩子的爹妈在{{trap/place:广东}}打工。这学期摸排下来，有六个算困境儿童。家长大多不在身边，我跟他们都是在微信、QQ上联系。
访谈者：能一个一个说说吗？
受访者：头一个是{{minority/zhuang:农特壮}}，户口本上叫{{han:农建壮}}。村里人管他爸叫{{minority/zhuang:卜特壮}}，管他妈叫{{minority/zhuang:乜特壮}}，壮话就是“{{minority/zhuang:特壮}}他爸”“{{minority/zhuang:特壮}}他妈”的意思。他爸大名{{han:农志刚}}，在{{trap/place:东莞}}工地上摔伤了腰，回来躺着；他妈前年走了，再没回来。{{minority/zhuang:特壮}}跟奶奶{{han:黄桂兰}}过。他爸的微信是{{wechat:nzg_dongguan88}}，我每个礼拜给{{han:农志刚}}发孩子的作业照片。
访谈者：第二个呢？
受访者：第二个是女孩，{{minority/zhuang:黄妚凤}}，爸爸在{{trap/place:右江}}里电鱼淹死了，妈妈改嫁到{{trap/place:靖西}}。{{minority/zhuang:妚凤}}跟外婆{{han:覃丽萍}}，外婆不识字，家长群里是她舅舅{{han:覃永军}}替着回消息，舅舅的QQ是{{qq:3108265947}}。{{minority/zhuang:妚凤}}她唱山歌好听，去年县里比赛拿了二等奖。
访谈者：第三个？
受访者：第三个{{minority/zhuang:陆达梅}}，爸爸{{han:陆海军}}有癫痫，发病就倒，干不了活；妈妈{{han:李春花}}一个人种芒果。{{minority/zhuang:达梅}}放学要帮家里套袋、摘果，作业常常做到半夜。她妈的微信是{{wechat:lichunhua_mango}}，头像是一棵芒果树。
访谈者：还有呢？
受访者：第四个叫{{han:班小龙}}，他爸{{han:班德明}}跟人合伙贩卖野生动物，判了三年，妈妈在外面打工。{{han:班小龙}}他在班上是个{{trap/word:班长}}，管得住人，就是回家没人管。跟爷爷{{han:班永福}}过，爷爷七十多了。第五个是孤儿，{{han:零佳怡}}，爸妈得病先后走了，跟着叔叔{{han:零志勇}}，一个月拿{{trap/number:一千二百二}}的孤儿基本生活费。{{han:零佳怡}}就是不爱说话，作文写得好。第六个{{han:蓝海波}}，妈妈精神上有病，爸爸在{{trap/place:深圳}}送外卖。他爸的QQ号写在我本子上，是{{qq:52093718}}，微信{{wechat:lanzhiqiang_sz}}。
访谈者：谁在帮这些孩子？
受访者：学校的{{han:韦志坚}}校长，他定了规矩，困境儿童的午餐费、住宿费全免。村里的儿童主任{{han:岑美玲}}，每个月入户一次，给孩子们办补贴、送衣服。她的微信{{wechat:cenmeiling_nm}}，家长有事都找她。镇上社工站来了两个，一个叫{{compound:巫马晓晴}}，一个叫{{compound:段干子豪}}，每周五下午来给孩子们上课。还有个支教的大学生，名字挺少见，叫{{compound:南宫书瑶}}，带孩子们打篮球。
访谈者：孩子们跟爸妈怎么联系？
受访者：礼拜五下午学校的电脑房开放，孩子们用QQ跟爸妈视频。{{minority/zhuang:特壮}}每回都问他爸腰好了没有。{{minority/zhuang:达梅}}她妈不会用QQ，我就用自己的手机给她俩视频。我的QQ是{{qq:1472608395}}，家长们都加了。
访谈者：过节呢？
受访者：{{trap/minority_word:三月三}}学校放假，孩子们回家做{{trap/minority_word:五色糯米饭}}，抛{{trap/minority_word:绣球}}。我给他们讲{{trap/famous:布洛陀}}造天地的故事，也讲{{trap/famous:韦拔群}}闹革命。
访谈者：留守的孩子平时放学以后谁管？
受访者：多数是爷爷奶奶。老人会做饭、会种地，可作业辅导不了，手机也不太会用。学校办了个“留守儿童之家”，放学后留一个钟头，老师轮流值班，孩子们在那里写作业、看书。芒果收的季节，很多孩子请假回家帮忙，我就把作业拍照发到家长群里，让他们晚上补上。有的家长一个学期都不回一次群消息，我只能隔一段时间打电话，打不通就托村干部去家里看看。
访谈者：家长的信息您都登记了吗？
受访者：登记了。{{han:黄桂兰}}家在{{address:田阳区那满镇新立村那坡屯22号}}。{{han:零佳怡}}的身份证是{{id_number@wy2014.451021}}。{{han:农志刚}}的电话{{mobile@spaced}}，{{han:岑美玲}}的电话{{mobile@plain}}。
访谈者：您自己压力大吗？
受访者：大。一个班三十六个孩子，二十个家长不在身边，有事都找我。半夜有家长打电话，说孩子奶奶病了，问我能不能帮着送医院。我也是当妈的人，家里孩子也小，有时候顾了这头顾不了那头。可一想到这些孩子，心就软了，能帮一把是一把。
访谈者：名字写法有出入吗？
受访者：有。学籍上是{{spaced:农 建 壮}}，有的表写成{{spaced:黄　妚　凤}}，还有{{spaced:零佳 怡}}。
访谈者：您最想说的是什么？
受访者：这些孩子缺的不是聪明，是有人在身边。我能做的，就是让他们在学校里有人管、有人疼。
""")

# H246: Uyghur father in 阿克苏, a fruit farmer whose wife has kidney failure; his brother's children live with him.
DOCS["H246"] = ("family", """\
访谈者：大哥，您先介绍一下自己和家里。
受访者：我叫{{minority/uyghur:阿不力米提·肉孜}}，四十三岁，在{{trap/place:阿克苏}}城边上种苹果、红枣。老婆{{minority/uyghur:布合丽其汗·卡斯木}}肾衰竭，一个礼拜去地区医院透析三回。我们有两个孩子，还有我弟弟的一个。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:伊力亚斯·阿不力米提}}十二岁，在{{school:阿克苏市第十小学六年级（3）班}}。我们叫他{{minority/uyghur:伊力亚斯}}。女儿{{minority/uyghur:阿依谢姆·阿不力米提}}九岁，在同一个学校三年级；学校名单上没有点，写的是{{minority/uyghur:阿依谢姆阿不力米提}}。{{minority/uyghur:伊力亚斯}}他每天早上先送妹妹再去自己班上，放学{{minority/uyghur:伊力亚斯}}和妹妹一起回家。
访谈者：您弟弟家怎么了？
受访者：我弟弟{{minority/uyghur:吾斯曼·肉孜}}在{{trap/place:库车}}跑运输，前年车翻到沟里，人没了。弟媳{{minority/uyghur:米日阿依·托乎提}}改嫁到{{trap/place:温宿}}，孩子{{minority/uyghur:麦合木提江·吾斯曼}}留给了我们。{{minority/uyghur:麦合木提江}}十岁，在同一个学校读四年级。他话少，我老婆透析回来，他就给她倒水、捶腿。他说长大要当医生，给大妈治病。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:葛晓芸}}，她是汉族，在我们社区干了八年。她给{{minority/uyghur:麦合木提江}}办了孤儿基本生活费，一个月{{trap/number:一千七百一}}。社区书记{{minority/uyghur:买买提江·尼亚孜}}给我们家报了低保。{{minority/uyghur:买买提江}}也是急性子，知道我老婆要透析，第二天就把大病救助的表拿来了。地区医院的{{han:张立新}}大夫给我老婆排透析，还说要给她登记换肾。社工站来过两个年轻人，一个姑娘叫{{compound:西门若兰}}，一个小伙子叫{{compound:百里浩宇}}，他们带孩子们去图书馆看书。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{minority/uyghur:热娜古丽·沙比尔}}老师说他数学好，就是有时候上课打瞌睡，因为夜里他妈疼得睡不着，他也跟着醒。学校的心理老师{{han:陈静}}每礼拜找他谈一次。女儿爱跳舞，学校搞联欢的时候她跳了一段，跳得好。
访谈者：邻居们帮忙吗？
受访者：帮。隔壁的{{minority/uyghur:吐尔逊古丽·买提尼亚孜}}，我们叫她{{minority/uyghur:吐尔逊古丽}}，每天多打两个{{trap/minority_word:馕}}给我们送来。对门的汉族大哥{{han:焦宝山}}开三轮车，我老婆去医院，他常常顺路捎上。{{han:焦宝山}}他说，都是一个院子住了二十年的人。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}我们宰一只羊，请邻居们来吃{{trap/minority_word:抓饭}}。孩子们听老人弹{{trap/minority_word:都塔尔}}，我给他们讲{{trap/famous:纳斯尔丁}}的笑话，女儿笑得停不下来。
访谈者：日子上最难的是什么？
受访者：钱。透析有医保，可吃的药、来回的车费都得自己出。果园去年遭了冻，苹果卖不上价。村里给我们家安排了公益岗位，我一个月在社区扫街，多了份收入。
访谈者：您白天要干活，又要照顾病人，孩子们谁管？
受访者：大的管小的。儿子十二岁，能做简单的饭，会煮面条、热馕。早上我先送老婆去医院，孩子们自己锁门上学。放学后社区有个“四点半课堂”，大学生志愿者帮着辅导作业，我六点多去接。晚上一家人围着桌子吃饭，我老婆透析完脸色发黄，可她还是要问每个孩子今天学了什么。她说，她躺着也要看着孩子们长大。
访谈者：请说一下登记的信息。
受访者：家在{{address:阿克苏市依干其乡果园村4组27号}}。我身份证{{id_number@my1982hyphen.652901}}，侄子的{{id_number@my2015quad.652901}}。我电话{{mobile@s38}}，{{han:葛晓芸}}的微信{{wechat:gexiaoyun_aks}}。儿子的QQ是学校让注册的，他说号码记在练习本最后一页，是{{qq:2098734615}}。
访谈者：孩子们的婶婶还来看孩子吗？
受访者：来过两回，给孩子带了新衣服和书包，坐一会儿就走。侄子送她到路口，回来一句话也不说。我老婆把他搂在怀里，说你就是我们家的儿子。侄子晚上跟我儿子睡一张床，两个人说悄悄话，说着说着就睡着了。我知道他心里难受，可我不知道该怎么劝，就多带他去果园干活，干累了，就不想了。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{minority/uyghur:阿不力米提肉孜}}，没有点；学校把儿子写成{{spaced:伊力亚斯 · 阿不力米提}}，点两边空着；侄子写成{{spaced:麦 合 木 提 江}}，我老婆写成{{spaced:布合丽其汗 卡斯木}}，我弟弟的死亡证明上是{{spaced:吾斯曼 · 肉孜}}。
访谈者：您最大的愿望是什么？
受访者：老婆能换上肾，三个孩子都念出书来。
""")

# H247: Han juvenile prosecutor in 松山区 (赤峰) going through three cases of her file.
DOCS["H247"] = ("staff", """\
访谈者：您在检察院做未成年人检察多久了？
受访者：七年了。我叫{{han:田丽娜}}，在{{trap/place:松山区}}的{{trap/org:区人民检察院}}未检部门。我们办的案子，孩子有的是嫌疑人，有的是被害人，家里多半都有难处。我手上这本卷宗有三个孩子，我一个一个说。
访谈者：好。
受访者：第一个，{{han:韩宇泽}}，男，十五岁，{{trap/year:2023年}}秋天偷了六辆电动车。父亲{{han:韩立军}}因为诈骗在服刑，母亲{{han:郭艳丽}}在{{trap/place:北京}}做保姆，孩子跟奶奶{{han:韩淑珍}}过。老人七十六，耳朵背，孩子晚上出去一夜不回来她都不知道。笔录上他的名字被书记员打了两遍，“{{han:韩宇泽}}{{han:韩宇泽}}”，后来改过来了。我们对他做了附条件不起诉，考察期六个月，让{{han:韩宇泽}}每周来一次，跟心理咨询师{{compound:司马书琴}}聊天。
访谈者：他现在怎么样？
受访者：回学校了，在{{school:松山区第六中学初二（7）班}}。班主任{{han:李建新}}老师说他上课不睡觉了。{{han:韩淑珍}}她说，孙子现在晚上九点前准到家。我们给这一家申请了司法救助，一次{{trap/number:八千元}}，又联系民政，按事实无人抚养给孩子报了补贴。
访谈者：第二个呢？
受访者：第二个是被害人，{{han:苏梦琪}}，女，十三岁。她爸{{han:苏志宏}}喝了酒就打她，打断过她的胳膊。她妈{{han:刘凤霞}}前些年病死了。派出所的{{compound:尉迟国栋}}警官接的报警，我们支持民政部门向法院申请撤销了她爸的监护资格。现在孩子由姑姑{{han:苏丽娟}}照顾，姑姑家也不宽裕，{{han:苏丽娟}}她自己还有两个孩子。
访谈者：孩子还好吗？
受访者：刚来的时候不敢跟男人说话。我们请了{{trap/org:市妇联}}的{{han:张文静}}老师陪她，慢慢才肯开口。学校的心理老师也每周跟她谈一次。法律援助律师{{compound:皇甫文杰}}帮她把抚养费的事也一起办了。
访谈者：第三个？
受访者：第三个是蒙古族孩子，{{minority/mongolian:阿拉腾巴干}}，男，十四岁，家是{{trap/place:翁牛特旗}}的，打架把同学打伤了。他爸{{minority/mongolian:哈斯巴根}}酒驾撞死了人，在监狱里；他妈{{minority/mongolian:乌兰其木格}}有类风湿，干不了重活。{{minority/mongolian:巴干}}他其实是替妹妹出头，别的孩子笑话他妹妹的爸爸是杀人犯。我们跟双方家长调解，对方也原谅了。
访谈者：你们还做了什么？
受访者：我们部门的主任{{han:孔德江}}定了规矩，每个案子结了都要回访。我跟同事{{compound:欧阳舒婷}}每个月分头去这三家。{{compound:欧阳舒婷}}她会说蒙语，跟{{minority/mongolian:乌兰其木格}}说话方便。我们还跟{{trap/org:团区委}}的{{han:刘建平}}一起，在学校办法治课，讲{{trap/famous:包拯}}断案的故事，孩子们爱听。
访谈者：这些孩子的家长配合吗？
受访者：不一定。有的家长一听是检察院就害怕，电话不接，门也不开。我们就找社区、找学校的老师一起上门，慢慢讲清楚我们是来帮孩子的。也有家长把错都推到孩子身上，说这孩子天生就坏。我们就请家长一起上亲职教育课，教他们怎么跟孩子说话。办一个案子，往往要跟好几个部门打交道：公安、法院、民政、教育、团委、妇联，哪一头都不能落下。
访谈者：卷宗里的信息怎么登记？
受访者：按表格来。{{han:韩宇泽}}的身份证{{id_number@my2010.150404}}，住{{address:松山区向阳街道新城社区8号楼3单元501室}}。{{han:苏梦琪}}的身份证{{id_number@wy2012spaced.150404}}，姑姑家在{{address:松山区穆家营子镇七家村五组6号}}。{{minority/mongolian:阿拉腾巴干}}的身份证{{id_number@my2011hyphen.150426}}，家住{{address:翁牛特旗乌丹镇和平街道红光小区2号楼1单元102室}}，他妈的身份证{{id_number@wy1984x.150426}}。{{han:苏丽娟}}的电话{{mobile@hyphen}}，奶奶的电话{{mobile@p86n}}，{{han:韩宇泽}}的微信{{wechat:hyz_2010chifeng}}。{{han:苏梦琪}}有个QQ，说只跟我一个人聊，号码记在卷宗的背面：{{qq:643815072}}。
访谈者：这几个孩子以后还要跟进吗？
受访者：要。案子结了，孩子的事没结。我们跟民政、学校建了个联络群，孩子有什么变化，老师、社工、儿童主任都在群里说。每年寒暑假前我们都去做一次{{trap/word:关爱}}家访，看看孩子的学习、吃住，也看看家长有没有再犯老毛病。孩子们慢慢信任我们了，有的有心事还会主动打电话来。
访谈者：表上的名字有问题吗？
受访者：有。手写的登记表上是{{spaced:韩 宇 泽}}、{{spaced:苏　梦　琪}}，蒙古族孩子被写成{{spaced:阿 拉 腾 巴 干}}，我同事也被写成{{spaced:欧 阳 舒 婷}}。他爸在看守所的登记表上是{{spaced:哈斯 巴根}}。
访谈者：您做这行最大的感受？
受访者：孩子犯了错，背后总有大人的错。我们能做的是把孩子往回拉一把。遇到问题可以打{{trap/hotline:12309}}，检察院有人接。
""")

# H248: Han grandfather in 白城 (吉林) raising two grandsons; their father died in a factory blast, their mother remarried.
DOCS["H248"] = ("family", """\
访谈者：大爷，您家里现在几口人？
受访者：三口，我跟两个孙子。我叫{{han:于长岭}}，今年六十七，在{{trap/place:白城}}{{trap/place:洮北区}}边上种了一辈子地。老伴前年脑出血走了。儿子{{han:于海峰}}在{{trap/place:松原}}的化工厂上班，{{trap/year:2022年}}腊月车间爆炸，人没了。儿媳{{han:白晓红}}第二年改嫁去了{{trap/place:长春}}，孩子留给我了。
访谈者：两个孙子多大？
受访者：大孙子{{han:于子航}}十二，家里叫他{{han:拴柱}}；小孙子{{han:于子墨}}九岁，叫{{han:二柱}}。{{han:拴柱}}在{{school:洮北区平台镇中心校六年级（1）班}}，{{han:二柱}}在同一个学校读三年级。{{han:二柱}}都九岁了，还老问他爸啥时候下班回来。{{han:拴柱}}他知道，不说，晚上一个人蹲在院子里抽鼻子。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:白玉芹}}，她给俩孩子报了事实无人抚养，一个月一人{{trap/number:一千二百四}}。{{han:白玉芹}}也是苦命人，男人走得早。村支书{{han:宫长林}}给我报了低保，冬天还给送了两吨煤。镇民政办的{{han:房建军}}来入户，核了三回，说手续齐了。厂里赔了一笔钱，他帮我存成了孩子的教育款，谁也不能动。社工站来的{{compound:长孙语桐}}跟{{compound:东郭明轩}}，带孩子们去县里的图书馆，还教我用手机视频。
访谈者：孩子们在学校怎么样？
受访者：大孙子的班主任{{han:初晓燕}}老师说，他以前考第一，现在掉到中间了。老师每礼拜留他补一次课，不收钱。小孙子他们班的{{han:赵文华}}老师，年纪大，说孩子上课爱画画，画的都是他爸。
访谈者：您身体怎么样？
受访者：腰不好，血压也高。{{trap/org:乡卫生院}}的{{han:王德福}}大夫每个月来给我量血压。我就怕我哪天不行了，俩孩子咋整。我跟大孙子说，爷爷要是不在了，你得管着弟弟。
访谈者：邻居们呢？
受访者：东院{{han:牛满仓}}，跟我一起长大的，他开拖拉机，我家的地都是他帮着种、帮着收。{{han:牛满仓}}说，你就管好孩子，地里的事别操心。西院{{han:闫桂珍}}大姐常给孩子们包饺子、做{{trap/minority_word:大碴子粥}}。她家孙女{{han:闫思雨}}跟{{han:二柱}}一个班，俩孩子天天一块儿上学。
访谈者：孩子妈妈还来看孩子吗？
受访者：过年来过一回，给孩子们买了衣服。{{han:白晓红}}她哭着说对不起孩子，我说你也有你的难处。她现在那边又生了个孩子，顾不上。孩子们管她叫妈，也不记恨她。
访谈者：冬天怎么过？
受访者：东北冬天长，叫{{trap/minority_word:猫冬}}。我家这{{trap/word:房子}}还是儿子结婚那年翻盖的，墙厚，烧上炕就暖和。我腌一缸{{trap/word:白菜}}，孩子们放了寒假就在炕上写作业。晚上我给他们讲{{trap/famous:孙悟空}}大闹天宫，二孙子听着就睡了。过年的时候带他们去{{trap/place:查干湖}}看{{trap/minority_word:冬捕}}，孩子们看得直蹦。
访谈者：家里收入靠什么？
受访者：十几亩地，种玉米。低保一个月几百，孩子们的补贴也按月打到卡上。厂里赔的钱存着给孩子念书，平时不敢动。有啥难事我就找{{han:白玉芹}}，她门儿清。我自己还能干点零活，秋天去给人家扒苞米，一天能挣一百来块钱。孩子们懂事，不跟人家比吃比穿，大孙子的鞋破了，自己用胶粘上接着穿，我看着心里不是滋味。
访谈者：孩子们的爸爸走了以后，他们变了吗？
受访者：变了。大孙子以前爱说爱笑，现在回家就钻屋里写作业，问啥都说没事。小的倒是跟以前差不多，就是夜里老做梦，喊爸爸。学校的心理老师来过两回，跟大孙子在操场上走了好几圈，回来他跟我说，爷爷，我想考大学，考到外地去，把你也接过去。我听了又高兴又心酸。
访谈者：请说一下登记信息。
受访者：家在{{address:洮北区平台镇永胜村三社21号}}。我身份证{{id_number@my1958fw.220802}}。我电话{{mobile@plain}}，{{han:白玉芹}}的{{mobile@s74}}。大孙子的QQ，老师让记下来的，他写在作业本上了——在这儿——{{qq:80547316}}。
访谈者：您有没有想过让孩子妈妈把孩子接走？
受访者：想过。可她那边也是租房子住，新男人也不一定乐意。孩子们也不愿意走，说要陪着爷爷。我寻思，只要我还能动，就让他们在我身边，在老家念完小学、初中，再说以后的事。村里人都说我有福，俩孙子都孝顺，我就盼着他们长大成人。
访谈者：表上名字写得对吗？
受访者：有错的。学校把大孙子写成{{spaced:于 子 航}}，小孙子写成{{spaced:于　子　墨}}，我成了{{spaced:于长 岭}}。社工的名字写成{{spaced:长 孙 语 桐}}。
访谈者：您最大的心愿是什么？
受访者：把俩孩子供出来。我这把老骨头，能撑一年是一年。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=241,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
