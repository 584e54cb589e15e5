# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 26 (tests/pii/holdout26/H193-H200 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 26 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder
grandfather in 乌拉特后旗 (巴彦淖尔) raising two grandchildren whose father is in prison and whose mother is on
dialysis; a Tibetan mother in 噶尔 (阿里) whose husband lost a leg in a truck crash; a Hui community worker in 兴庆区
(银川) going through three families of her community (orphans of a father dead of cancer, a prisoner's son with a
mentally disabled mother, children of noodle-shop parents); a Han grandmother in 魏县 (邯郸) raising the left-behind
children of her son and her divorced daughter; a Han village child director (儿童主任) in 郧阳 (十堰) going through
her cases; a township cadre in 焉耆 (巴州) telling of a Uyghur-Hui family whose father died and whose mother is
disabled; a Han social worker in 东胜区 (鄂尔多斯) with children of several banners; and a Han teacher in 水城
(六盘水) with the left-behind children of her class. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Mongolian names alone and after a Han surname-like syllable (白, 韩,
奇, 敖) with short forms and the Han names of the same people; Tibetan names of two parts with short forms (美朵 after
仁增美朵, 晋美 after 晋美朗杰, 央拉 before the honorific 啦) and names written with a space; Hui Han-form names beside
their 经名 and a Han surname before an Arabic-style name (马欧麦尔 beside 马小龙 and 欧麦尔); Uyghur given name +
father's name with and without the dot and short forms; Han names with common surnames above all and some rare ones (卯, 操, 靳, 冀, 苟,
母), with titles and kin words, northern nicknames, names that contain ordinary words, names written twice on a form,
names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; spaced, dotted and split names;
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:郭秀芝}}``, ``{{qq:4093716528}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.150825}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, s74, s434, h38, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇,
大姐, 婶子, 姨, 队长, 啦) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还,
她, 他, 他们家, 那边, 跟, 和) are outside the span; a northern nickname (三妮, 憨蛋, 锁柱) and 老 + surname (老靳) are
annotated whole, as the earlier sets annotate 老魏 and 大壮. Han-style names of Mongolian, Tibetan, Hui and Uyghur
people (白振林, 马小龙, 马占祥) are category han; a Han surname before a non-Han given name (白呼和勒玛, 奇嘎日迪,
马欧麦尔, 韩胡赛因) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout26/make_holdout26.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(26_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "137", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H193: Mongolian herder grandfather in 乌拉特后旗 (巴彦淖尔); his son is in prison, the son's wife on dialysis.
DOCS["H193"] = ("family", """\
访谈者：大爷，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:朝格吉勒图}}，六十七了，户口本上的汉名是{{han:白振林}}，在{{trap/place:乌拉特后旗}}北边放了一辈子羊。老伴{{minority/mongolian:白呼和勒玛}}前年冬天心脏病走了。儿子{{minority/mongolian:特古勒德尔}}喝了酒跟人争草场，把人打成重伤，判了四年，要到{{trap/year:2027年}}才能出来。儿媳{{minority/mongolian:韩图门吉雅}}得了尿毒症，回{{trap/place:五原}}娘家养病去了。家里就剩我跟两个孙辈。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:额尔登其其格}}十二，上学用的汉名叫{{han:白雅楠}}，在{{school:乌拉特后旗蒙古族学校六年级（1）班}}住校。孙子{{minority/mongolian:浩斯巴雅尔}}八岁，在{{school:巴音宝力格镇第二小学二年级（3）班}}。家里都叫他{{minority/mongolian:浩斯}}，{{minority/mongolian:浩斯}}就爱跟着我去看羊。{{minority/mongolian:额尔登其其格}}她懂事，放假回来就挤奶、熬茶，还给弟弟洗衣裳。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：知道。那孩子是个直性子，平常三棍子打不出一句话，就是一喝酒管不住自己。孙女去年跟我去监狱看了一回，回来两天没说话。她的班主任{{han:武丽娟}}老师知道了，专门找她谈了几回，还让班里的{{han:赵梦瑶}}跟她同桌，两个孩子现在好得很。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:乌云塔娜}}，年轻，腿勤。她说孩子爸在服刑、妈重病，够事实无人抚养的条件，帮着填表报到苏木，苏木又报到{{trap/org:旗民政局}}，批下来每人每月{{trap/number:一千三百六}}。嘎查达{{minority/mongolian:奇嘎日迪}}给我们家报了低保。苏木的民政助理{{han:郝俊峰}}也来过好几趟，每回都把表一句一句念给我听。旗医院的{{han:周春林}}大夫给我看腰，看完还不收挂号费。
访谈者：社工来过吗？
受访者：来过。旗里的社工站来了两个人，一个叫{{compound:拓跋云舒}}，跟她一起来的是{{compound:赫连思远}}。{{compound:拓跋云舒}}给孙女带了一箱书，小伙子帮孙子补算术，说孩子脑子灵，就是坐不住。
访谈者：邻居们呢？
受访者：东边邻居家的儿子开大车，每回进城都问我捎不捎东西。西边是汉人{{han:田长顺}}，种葵花的，冬天开着三轮车帮我拉草料。{{han:田长顺}}也说，远亲不如近邻。孙女的干妈{{minority/mongolian:敖其其格玛}}在镇上开小卖部，孩子们的本子、铅笔都从她那儿拿，她从来不记账。
访谈者：孩子们想妈妈吗？
受访者：想。孩子他妈一个礼拜透析三回，孙子每个礼拜天跟他妈打视频。{{minority/mongolian:图门吉雅}}那边说不了几句就哭，孙子就把手机递给我，跑到羊圈后头去。
访谈者：平常过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候，我给孩子们煮{{trap/minority_word:手把肉}}，泡{{trap/minority_word:炒米}}。晚上给他们讲{{trap/famous:苏和的白马}}，讲马头琴是怎么来的。孙子听完说，等他长大也要养一匹白马。
访谈者：您自己身体怎么样？
受访者：腰不好，腿也不利索，冬天膝盖疼得睡不着。去年秋天骑摩托去找走散的羊，在沟里摔了一跤，躺了半个月，是孙女请了假回来给我做饭。我跟她说，你念你的书，爷爷死不了。她就哭，说爷爷要是也不在了，她跟弟弟去哪儿。那天晚上我一宿没睡着，想着得多活几年，起码看着孙子上了初中。
访谈者：日子上最难的是什么时候？
受访者：春天接羔的时候。我腰不行，半夜得起来好几回，{{trap/place:乌加河}}那边的亲戚过来帮我守了半个月。草场禁牧以后只剩四十只羊，孩子们开学交伙食费、买校服，都是从卖羊的钱里挤出来的。去年旗里给装了光伏板，晚上有电了，孙女能在灯底下写作业。冬天雪大的时候，孙子从镇上回不来，就住在学校的宿舍里，宿管阿姨给他烤馒头片吃。开春以后嘎查给每家发了两吨饲草，我们家的羊总算没饿着。孙女说，等她考上大学，就带我去坐一回火车，我说爷爷这辈子没出过旗，能去{{trap/place:巴彦淖尔}}看看就知足了。
访谈者：表上要登记住址、证件和电话。
受访者：家在{{address:乌拉特后旗潮格温都尔镇巴音查干嘎查三组14号}}，儿媳娘家在{{address:五原县隆兴昌镇新华小区7号楼2单元301室}}。我身份证{{id_number@my1958.150825}}，孙女的{{id_number@wy2013spaced.150825}}。我没有手机，有事打儿童主任的电话{{mobile@s434}}，她微信{{wechat:wuyuntana_bygl}}。孙女有QQ，说交作业用的，号码她拿铅笔写在我烟盒上了，你看：{{qq:4093716528}}。
访谈者：表上的名字对吗？
受访者：不全对。学校名单上孙女是{{spaced:额 尔 登 其 其 格}}，低保表上我成了{{spaced:朝格吉勒 图}}，老伴是{{spaced:白 呼 和 勒 玛}}，孙子的汉名写成{{spaced:白　雅　楠}}。
访谈者：最后您还想说什么？
受访者：盼孩子们念出书来。儿子出来以后，我想让他跟着嘎查达学着开个修车铺，再不放羊了。
""")

# H194: Tibetan mother in 噶尔 (阿里); her husband lost a leg in a truck crash.
DOCS["H194"] = ("family", """\
访谈者：阿佳，家里现在几口人？
受访者：五口。我叫{{minority/tibetan:次旦拉珍}}，三十九岁，家在{{trap/place:噶尔县}}，离{{trap/place:狮泉河}}镇上二十公里。丈夫{{minority/tibetan:赤列伦珠}}以前跑运输，前年往{{trap/place:日喀则}}拉货，车翻在山口下面，右腿截掉了。婆婆{{minority/tibetan:格列旺姆}}七十多了，跟我们一起过。
访谈者：孩子们多大？
受访者：大女儿{{minority/tibetan:仁增美朵}}十三岁，在{{school:噶尔县中学初一（2）班}}住校；儿子{{minority/tibetan:晋美朗杰}}十岁，在{{school:狮泉河镇完全小学四年级（3）班}}；小女儿{{minority/tibetan:达瓦群宗}}四岁，还在家。家里叫大女儿{{minority/tibetan:美朵}}。儿子{{minority/tibetan:晋美}}就是调皮，老师打电话来说他上课跟同桌{{han:杨博文}}下棋。
访谈者：丈夫受伤以后家里怎么过？
受访者：丈夫出院以后不说话，天天坐在院子里看山。我一个人挤奶、打{{trap/minority_word:酥油}}，再去镇上的餐馆洗碗。{{minority/tibetan:赤列}}说他成了废人，我说你在家，孩子们就有爸爸。有一阵子他连饭都不吃，婆婆端着碗坐在他旁边，一勺一勺喂，喂完了自己躲到牛圈里哭。后来乡上的干部来了好几趟，陪他聊天，给他讲别的残疾人怎么过日子，他才慢慢缓过来，现在能拄着拐杖去村口晒太阳了。
访谈者：谁来帮过你们？
受访者：村里的儿童主任{{minority/tibetan:嘎玛央拉}}。我们都喊{{minority/tibetan:央拉}}啦，她帮我把三个孩子的材料报到乡上，丈夫在{{trap/org:县残联}}办了残疾证，我们家吃上了低保，孩子们每月还有困境儿童补贴{{trap/number:七百二十}}。村支书{{minority/tibetan:坚参欧珠}}给丈夫找了个看水渠的活，一个月有几百块。村医每个礼拜来给他换药。
访谈者：县里的人来过吗？
受访者：来过。{{trap/org:县民政局}}的{{han:孙文斌}}来入户，把表填得清清楚楚。驻村工作队的{{han:邵海军}}队长是援藏干部，他跟我们说，孩子上学的事有他。{{han:邵海军}}他们家在内地，一年只回去一趟。县里的社工站有个姑娘叫{{compound:欧阳若冰}}，还有{{compound:上官瑞泽}}，他们教丈夫用假肢走路，又陪大女儿去看心理医生。
访谈者：大女儿怎么了？
受访者：爸爸出事以后她就睡不好，成绩也掉了。{{minority/tibetan:美朵}}跟我说，她老梦见那辆车翻下去，她爸在下面喊她。班主任{{minority/tibetan:益西旺姆}}老师发现的，又找了学校的心理老师{{han:韦晓丹}}。{{han:韦晓丹}}老师是从{{trap/place:广西}}来支教的，说话轻轻的，孩子愿意跟她说。
访谈者：亲戚们呢？
受访者：我哥哥在{{trap/place:拉萨}}开出租，每年给孩子们寄学费。丈夫的妹妹{{minority/tibetan:措姆}}嫁到{{trap/place:普兰}}，夏天来帮我们剪羊毛。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历新年}}婆婆给孩子们做{{trap/minority_word:卡赛}}，夏天我们去转{{trap/place:冈仁波齐}}。婆婆讲{{trap/famous:米拉日巴}}的故事，说苦修的人最后都能得到好报。儿子问婆婆，爸爸的腿能不能长回来，婆婆就不说话了。
访谈者：冬天怎么过？
受访者：冬天零下三十度，牛粪要提前捡好。去年村里给我们家换了新的太阳能，又装了暖气，孩子们晚上能写作业了。家里的牛也少了，原来有二十多头，丈夫住院的时候卖了一半。剩下的牛是婆婆跟我轮着放，儿子放假回来也去。他个子小，赶牛的时候摔了好几跤，回来不哭，还笑着说牛比他跑得快。小女儿冬天老咳嗽，县医院的{{han:徐明辉}}大夫说是高原上的气管炎，要多注意保暖。
访谈者：孩子们的学习谁管？
受访者：我不识字，管不了。大女儿放假回来管弟弟，弟弟不听就去找{{minority/tibetan:坚参欧珠}}书记告状。书记家的孙子跟{{minority/tibetan:晋美}}同班，两个孩子一起写作业，谁不会就问谁。学校的老师每个学期来家访一次，上回还给小女儿带了一本识字的画册，小女儿天天抱着睡。
访谈者：请说一下登记信息。
受访者：家在{{address:噶尔县昆莎乡加木村二组9号}}，镇上租的房子是{{address:狮泉河镇雪域小区3栋1单元202室}}。我身份证{{id_number@wy1986.542523}}，丈夫的{{id_number@my1984spaced.542523}}。我电话{{mobile@spaced}}，儿童主任的电话{{mobile@plus86}}，她的微信{{wechat:gamayangla_gaer}}。大女儿有个QQ，她说是学校里交作业用的，号码是{{qq:1275390486}}。
访谈者：表上的名字写得对吗？
受访者：藏族名字写法多。表上有{{spaced:仁增 美朵}}，中间空一格；有{{spaced:次旦　拉珍}}；儿子成了{{spaced:晋 美 朗 杰}}；丈夫在残疾证上是{{spaced:赤　列　伦　珠}}。
访谈者：您最大的心愿呢？
受访者：孩子们念书念出去。大女儿说要当医生，回来给她爸看腿。我没念过几天书，只会写自己的名字，不想孩子们也这样。政府帮了我们这么多，孩子们长大了也要去帮别人，这是我常跟他们说的话。
""")

# H195: Hui community worker in 兴庆区 (银川) and three families of her community.
DOCS["H195"] = ("community", """\
访谈者：您在社区做这些事多少年了？
受访者：九年了。我叫{{han:纳丽萍}}，经名叫{{minority/hui:鲁克亚}}，在{{trap/place:兴庆区}}一个老社区当儿童主任。我们社区回民多，{{trap/org:清真寺}}就在巷子口。谁家有难处，阿訇、社区、街道一起想办法。
访谈者：现在您最操心的有几家？
受访者：三家。头一家，男人{{han:马建忠}}，经名{{minority/hui:舒尔布}}，前年肝癌走了。女人{{han:杨秀琴}}改嫁到{{trap/place:吴忠}}，两个孩子留下跟奶奶{{han:金玉兰}}过。奶奶经名{{minority/hui:法蒂麦}}，七十三了，腿不好。大的{{han:马小龙}}十二岁，寺里叫他{{minority/hui:欧麦尔}}，他作业本上自己写{{minority/hui:马欧麦尔}}；小的{{han:马小凤}}九岁，经名{{minority/hui:海丽玛}}。两个孩子报的是孤儿基本生活费，一人一个月{{trap/number:一千六百八}}。
访谈者：孩子们上学怎么样？
受访者：哥哥在{{school:兴庆区第二十一小学六年级（4）班}}，班主任{{han:童雅琴}}老师说他数学好。{{minority/hui:欧麦尔}}他礼拜五下午还去寺里学经，念得好听。妹妹在同一个学校三年级，胆子小，见了生人就往奶奶身后躲。{{han:金玉兰}}都这么大岁数了，还天天拄着拐杖送孙女上学，下雨天我就让社区的网格员去接。
访谈者：第二家呢？
受访者：第二家男人{{han:撒永刚}}搞诈骗，判了六年。女人{{han:丁桂香}}是精神残疾，二级，时好时坏。儿子{{han:撒文博}}十一岁，经名{{minority/hui:扎希德}}。{{minority/hui:扎希德}}跟他妈两个人过，饭都是他做，十一岁的娃娃会揪面片。街道民政的{{han:丁晓东}}给他家办了低保，又把孩子报成了事实无人抚养。
访谈者：孩子知道爸爸的事吗？
受访者：知道。班上有娃娃笑话他，他跟人打了一架。我去学校找了{{han:苏建国}}书记，书记跟校长一起把几个娃娃叫来说了一顿，后来再没人提。他妈犯病的时候不认人，有一回半夜跑到街上去，是娃娃一个人跟在后头追，追到十字路口给我打电话。我跟派出所的同志一起把人找回来，娃娃站在路灯底下，脸冻得通红，一句话不说。从那以后，我们跟他家对门的邻居说好了，夜里听见动静就给我打电话。
访谈者：第三家呢？
受访者：第三家爹妈在{{trap/place:杭州}}开拉面馆，两个娃娃跟爷爷{{han:海占山}}。爷爷经名{{minority/hui:奥斯曼}}，大家叫他{{minority/hui:海奥斯曼}}。孙子{{han:海子豪}}十岁，孙女{{minority/hui:海苏莱麦}}六岁。{{han:海占山}}他耳朵背，去年冬天孙女煤烟中毒，是邻居{{minority/hui:撒鲁格曼}}闻见了，踹开门把娃娃抱出来送到医院的。
访谈者：除了社区，还有谁帮忙？
受访者：寺里的{{han:锁振华}}阿訇，每回散{{trap/minority_word:乜贴}}都先想着这几家。区里的社工站来过两个，一个叫{{compound:公孙若兰}}，跟她来的是{{compound:闾丘明轩}}，给娃娃们补课，还带他们去{{trap/place:贺兰山}}岩画那边玩了一天。{{compound:闾丘明轩}}是学法律的，帮孩子他妈把残疾补贴也申请下来了。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:圣纪节}}的时候寺里办大锅饭，我给这几家端过去。开斋的时候炸{{trap/minority_word:馓子}}，泡{{trap/minority_word:盖碗茶}}。阿訇给娃娃们讲{{trap/famous:海瑞}}的故事，说做人要像他那样正直。{{han:海子豪}}说，他跟{{trap/famous:海瑞}}是一家子，大家都笑了。
访谈者：这几家的孩子跟社区的其他孩子处得怎么样？
受访者：处得好。社区有个儿童之家，放了学娃娃们都来，写作业、下棋、看书。有的家长一开始不让孩子跟这几家的娃娃玩，说怕学坏。我就一家一家去说，娃娃有啥错？慢慢地也就没人说了。每年六一我们办游园会，这几家的娃娃都上台表演，奶奶们坐在底下看，笑得合不拢嘴。
访谈者：登记表要填地址和号码。
受访者：头一家在{{address:兴庆区胜利街道团结巷18号}}，{{han:丁桂香}}家在{{address:兴庆区丽景街道银湖小区4号楼3单元502室}}。奶奶的身份证{{id_number@wold.640104}}，撒家娃娃的{{id_number@my2014hyphen.640104}}。我电话{{mobile@hyphen}}，海家爷爷的电话{{mobile@s38}}。社区微信群里我的号是{{wechat:nalp_shequ09}}，撒家娃娃用他妈的微信，号是{{wechat:dgx_640104hui}}。撒家娃娃还有个QQ，号码他写在我本子最后一页，说有事就在上面找他：{{qq:30571846}}。
访谈者：表上名字写得规范吗？
受访者：不规范。经名是音译，各人写各的，有把娃娃写成{{spaced:马 欧 麦 尔}}的，有把奶奶写成{{spaced:金　玉　兰}}的，还有{{spaced:海苏 莱麦}}。我自己在花名册上被写成{{spaced:纳 丽 萍}}。
访谈者：您最盼什么？
受访者：盼娃娃们长大有出息，别走歪路。
""")

# H196: Han grandmother in 魏县 (邯郸) raising the left-behind children of her son and her daughter.
DOCS["H196"] = ("family", """\
访谈者：大娘，您家里几个孩子？
受访者：三个，都是俺带着。俺叫{{han:郭秀芝}}，今年六十六，住在{{trap/place:魏县}}东边的村里。老头子前几年脑出血走了。儿子{{han:王建设}}跟媳妇{{han:李彩霞}}在{{trap/place:北京}}，他在工地上绑钢筋，她在小区里当保洁，过年才回来一趟。
访谈者：孩子们多大了？
受访者：大孙女{{han:王雨萱}}十一，小名{{han:三妮}}，她前头还有两个堂姐，排第三。孙子{{han:王俊豪}}八岁，小名{{han:憨蛋}}。大孙女在{{school:魏县沙口集乡中心小学五年级（2）班}}，孙子在同一个学校二年级。还有一个是俺闺女{{han:王彩云}}的，她离了婚，去{{trap/place:天津}}饭店里端盘子，孩子{{han:张梓轩}}放在俺这儿，小名叫{{han:锁柱}}，六岁。
访谈者：您一个人带三个，累不累？
受访者：累也得带。早上五点起来熬粥、馏馍，送了他们上学俺就下地。{{han:锁柱}}他最不叫人省心，天天往坑边上跑，俺追都追不上。{{han:三妮}}懂事，放学回来帮俺喂鸡、扫院子。
访谈者：村里谁帮您？
受访者：村里的儿童主任{{han:郑巧云}}婶子，三天两头来看。她说闺女这个算事实无人抚养，帮俺报了，一个月有{{trap/number:一千一百四}}。村支书{{han:靳海川}}，俺们都叫他{{han:老靳}}，{{han:老靳}}给俺家报了低保，过年还送了一袋面、一桶油。有时候钱不凑手，俺就去找{{han:靳海川}}借，{{han:靳海川}}都不叫俺打条子。乡民政所的{{han:路长河}}所长来过两回，坐在炕沿上一条一条问。
访谈者：孩子们身体怎么样？
受访者：{{han:憨蛋}}有哮喘，一到冬天就犯。{{trap/org:乡卫生院}}的{{han:常玉和}}大夫给开的喷雾，还教俺怎么使。大夫说，孩子这病不能着凉，俺就给他缝了个厚棉坎肩。去年腊月他半夜喘不上气，俺抱着他往卫生院跑，{{trap/word:路上}}滑，摔了一跤，膝盖到现在还疼。后来村里给俺家装了个电话手表，一按就能打到村支书那儿，墙上还贴着{{trap/hotline:12345}}的热线，俺心里踏实多了。
访谈者：学校那边呢？
受访者：{{han:三妮}}的班主任{{han:范春生}}老师，男老师，可细心了。有一回大孙女跟人说她爸她妈不要她了，他就把她叫到办公室，给她爸打了视频。县里社工站有个{{compound:司马晓楠}}，每个月来学校一回，跟她一起来的是{{compound:诸葛明远}}，他们给留守的孩子们办了个“周末小课堂”。
访谈者：孩子们想爸妈吗？
受访者：想啊。儿子他们两口子一礼拜打一回视频。{{han:李彩霞}}那边一说话就掉眼泪，俺说你别哭，一哭孩子更想。闺女也是，一个月寄八百块钱回来，还老说对不住孩子。
访谈者：邻居们呢？
受访者：东院的{{han:聂翠兰}}大姐，孩子们放学了俺要是还在地里，她就先把孩子领回她家吃饭。她常说，都是一个村的，谁还没个难处。
访谈者：家里的收入靠什么？
受访者：靠儿子每月寄回来的钱，再就是地里的麦子、玉米。俺种了五亩地，收麦子的时候村里的年轻人帮着用收割机收，不要俺的钱。低保一年能领几千块，孩子们在学校吃午饭不花钱，书本费也免了。就是孩子们一年一年大了，花钱的地方越来越多，俺也不敢生病，生一场病一年就白干了。
访谈者：过年过节呢？
受访者：过年俺给他们讲{{trap/famous:蔺相如}}跟{{trap/famous:廉颇}}{{trap/saying:负荆请罪}}的事，就是俺们邯郸的老故事。孙子听了说，做错了事就得认。正月十五去县城看{{trap/minority_word:四股弦}}，孩子们最爱看。
访谈者：登记表要写地址、证件和电话。
受访者：家在{{address:魏县沙口集乡东王庄村二街31号}}，儿子在北京租的房子是{{address:大兴区旧宫镇德茂小区12号楼1单元506室}}。俺身份证{{id_number@wy1959.130434}}。俺没手机，有事打儿子的电话{{mobile@plus86dash}}。闺女的微信{{wechat:caiyun_tj1992}}。儿子在工地上白天不方便接电话，他有个QQ，晚上才上，号码俺让孙女记在挂历背面了，俺给你念：{{qq:90725148}}。{{han:三妮}}用她妈的旧手机上网课，老师给她弄了个QQ，号码是{{qq:2648153097}}。
访谈者：名字在表上写得对吗？
受访者：有错的。学校那张表把{{han:王雨萱}}写成{{spaced:王 雨 萱}}，把外孙写成{{spaced:张　梓　轩}}，把俺写成{{spaced:郭秀 芝}}。
访谈者：您最盼什么？
受访者：盼孩子们平平安安，好好念书。俺老了，不知道还能带几年，就怕哪天俺倒下了，这仨孩子没人管。
""")

# H197: Han village child director in 郧阳 (十堰) going through her cases.
DOCS["H197"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：我们村困境儿童的档案。我叫{{han:柯艳红}}，在{{trap/place:郧阳区}}柳陂镇一个村当儿童主任，从{{trap/year:2019年}}干到现在。村里这样的孩子有五个，我一个一个说。
访谈者：好。
受访者：头一个是{{han:陈思远}}，十四岁，孤儿。他爸在{{trap/place:十堰}}工地上出事没了，他妈后来得病也走了。现在跟叔叔{{han:陈德华}}过。{{han:陈德华}}他自己有两个孩子，日子紧，可对侄儿跟亲生的一样。{{han:陈思远}}在{{school:郧阳区柳陂镇中学初二（3）班}}，成绩中上，就是不爱说话。孤儿基本生活费一个月{{trap/number:一千五百七}}，是我跑镇民政办的{{han:鲁志斌}}给办下来的。{{han:鲁志斌}}都说，这孩子的材料是他见过最齐全的。
访谈者：第二个呢？
受访者：第二个{{han:刘浩然}}，九岁，还有个妹妹{{han:刘可欣}}。他妈{{han:闵秀兰}}是聋哑人，一级残疾，他爸{{han:刘成林}}在{{trap/place:上海}}送快递。孩子说话晚，又跟着妈妈学手语，上学以后跟不上。班主任{{han:操丽萍}}老师放学后留他补课，一补就是两年。{{han:操丽萍}}说，这孩子就是缺人跟他说话。他妈妈手巧，会绣鞋垫，我们帮她在镇上的集市上摆了个摊，一双卖十五块，一个月也能挣几百块。孩子放学了就坐在摊子边上写作业，有人来买，他就帮着比划价钱。
访谈者：第三个？
受访者：第三个{{han:黄雨涵}}，十岁。她爸{{han:黄国富}}盗伐林木，判了三年，她妈跟人走了，跟奶奶{{han:胡凤英}}过。{{han:胡凤英}}她七十二了，还在种两亩地。孩子上回发高烧，是{{trap/org:镇卫生院}}的{{han:陶春燕}}医生半夜骑电动车来打的针。
访谈者：第四个？
受访者：第四个是一对双胞胎，{{han:冯子轩}}和{{han:冯子墨}}，七岁，爸妈都在{{trap/place:东莞}}电子厂，跟爷爷{{han:冯长江}}过。{{han:冯长江}}也是老党员，就是前年中风了，走路拖一条腿。两个孩子在{{school:柳陂镇中心小学一年级（2）班}}，放学了就趴在爷爷床边写作业。
访谈者：还有谁参与这些工作？
受访者：村书记{{han:贺家旺}}，还有区里社工站的{{compound:慕容清越}}。区里派来的驻村干部叫{{compound:皇甫俊杰}}，他跟{{compound:欧阳婧瑶}}一起，给这几个孩子建了成长档案。{{compound:慕容清越}}每个月来村里一次，给孩子们上心理课。
访谈者：这些家庭最难的是什么？
受访者：老人带孩子，管得了吃管不了学。我们村在{{trap/place:汉江}}边上，夏天最怕孩子去江边玩水。我跟{{han:贺家旺}}书记商量，暑假办了个“四点半课堂”，请大学生来带。老人们都说，这下{{trap/word:操心}}少多了。还有就是看病，老人有个头疼脑热都扛着，孩子病了也不知道往哪儿送。我手机里存了镇卫生院几个医生的电话，半夜有事也打。每个月我要把五个孩子的家都走一遍，看看吃的穿的，看看作业本，再跟老人拉拉家常。有的家离得远，要翻一道梁，下雨天路滑，我就穿着胶鞋去。
访谈者：孩子们平时喜欢做什么？
受访者：喜欢听故事。我给他们讲{{trap/famous:尹吉甫}}，讲{{trap/place:武当山}}的{{trap/famous:真武大帝}}，还带他们去看过{{trap/word:郧县人}}的头骨化石。{{han:陈思远}}说，他长大要当考古学家。我就让{{han:陈思远}}给小的们讲，他讲起来头头是道，一点不像平常闷着不说话的样子。
访谈者：档案上的信息呢？
受访者：陈家叔叔家在{{address:郧阳区柳陂镇卧龙岗村四组22号}}，黄家奶奶家在{{address:郧阳区柳陂镇青龙泉村七组5号}}。黄家孩子的身份证{{id_number@wy2015.420304}}，刘家孩子他妈的{{id_number@wy1988x.420304}}。刘家孩子他爸的电话{{mobile@fullwidth}}，黄家奶奶的{{mobile@plus86spaced}}。孩子他爸的微信{{wechat:liuchenglin_sh}}。陈家孩子有个QQ，说是跟同学讨论作业用的，号码在档案的第二页，我翻给你看：{{qq:813092645}}。我自己的QQ也留给你，村里的家长有事都在上面找我，号码是{{qq:2750631849}}。
访谈者：名字写法都一致吗？
受访者：不一致。区里的表是手抄的，有{{spaced:陈 思 远}}，有{{spaced:黄雨 涵}}，还有把驻村干部写成{{spaced:皇 甫 俊 杰}}的，把社工写成{{spaced:慕　容　清　越}}的。
访谈者：您干这个最大的感受？
受访者：孩子的事没有小事。哪个孩子几天没上学，哪个孩子瘦了，我都得知道。这几年孩子们见了我都喊柯姨，我听着心里热乎。前几天{{trap/place:郧阳区}}开会表扬了我们村，我说功劳不是我一个人的，是书记、老师、医生还有社工一起干出来的。
""")

# H198: Township cadre in 焉耆 (巴州) telling of a Uyghur-Hui family: the father died, the mother is disabled.
DOCS["H198"] = ("staff", """\
访谈者：您说的是哪一家？
受访者：我叫{{han:毛建疆}}，在{{trap/place:焉耆}}县七个星镇管民政和社会救助。我说的这家是维吾尔族和回族结亲的一家。男人{{minority/uyghur:吐尔洪·阿西木}}去年肝硬化走了，女人{{han:马月兰}}是回族，类风湿，手指头都变了形，办了二级残疾证。
访谈者：家里有几个孩子？
受访者：两个。姐姐{{minority/uyghur:迪丽努尔·吐尔洪}}十四岁，在{{school:焉耆县第三中学初二（5）班}}；弟弟{{minority/uyghur:阿迪力江·吐尔洪}}十岁，在{{school:七个星镇第一小学四年级（1）班}}。家里叫弟弟{{minority/uyghur:阿迪力江}}。{{minority/uyghur:阿迪力江}}也懂事，每天放学先去给他妈热饭。{{minority/uyghur:迪丽努尔}}她学习好，班主任{{minority/uyghur:古再丽·热合曼}}老师说她能考到{{trap/place:库尔勒}}的内高班。
访谈者：亲戚们帮忙吗？
受访者：孩子的奶奶{{minority/uyghur:帕孜丽亚·卡德尔}}跟他们住一个院子，七十了，还能做饭。{{minority/uyghur:帕孜丽亚}}说，儿子不在了，孙子孙女就是她的命。叔叔在{{trap/place:博斯腾湖}}边上打鱼，隔几天送两条鱼来。外公{{han:马占祥}}，经名{{minority/hui:尤苏福}}，在{{trap/place:永宁镇}}开拉面馆，舅舅{{minority/hui:马宰德}}每个月给孩子们打五百块钱。{{minority/hui:马宰德}}他说，这两个娃娃身上一半是回族的血，回族这边不能不管。两家人以前为了结亲的事闹过别扭，老人们好几年不来往。男人走了以后，外公头一个赶过来，跟奶奶在院子里坐了一下午，两个老人都哭了。从那以后两家人比以前还亲。
访谈者：政府这边帮了什么？
受访者：我们把这家报了低保，两个孩子按事实无人抚养报上去，一人一个月{{trap/number:一千二百四}}。村支书{{minority/uyghur:买合木提江·依沙克}}带着我去入户，他汉话、维吾尔话都说得好。{{minority/uyghur:买合木提江}}跟我说，这家孩子的学费他包了。村医{{minority/uyghur:热依拉·肉孜}}每个礼拜给{{han:马月兰}}送药、量血压。
访谈者：社工来过吗？
受访者：来过。县社工站有个{{compound:尉迟梦琪}}，还有{{compound:长孙晨阳}}，他们教姐姐怎么照顾她妈，又带姐弟俩去县里参加夏令营。邻居{{minority/hui:韩胡赛因}}开三轮车，谁家有急事都找他，{{han:马月兰}}去县医院复查也是他送。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:诺鲁孜节}}的时候奶奶做{{trap/minority_word:诺鲁孜饭}}，开斋的时候外公家炸{{trap/minority_word:馓子}}。两家人坐一个炕上，奶奶弹{{trap/minority_word:热瓦普}}，外公讲{{trap/famous:玄奘}}取经路过咱们焉耆的故事。孩子们吃了维吾尔的{{trap/minority_word:拉条子}}又吃回族的{{trap/minority_word:粉汤}}，说他们过两份节。
访谈者：孩子们的妈妈怎么样？
受访者：手上这个{{trap/word:毛病}}疼起来厉害，连扣子都扣不上，都是女儿给她扣。姐姐有一回在作文里写，她最大的愿望是妈妈的手不疼。语文老师{{han:郭海燕}}把作文拿给我看，我看了半天说不出话。后来{{han:郭海燕}}还把这篇作文推荐到县里的比赛，得了二等奖，奖品是一个新书包。
访谈者：家里的生活来源靠什么？
受访者：家里有八亩地，种辣椒和番茄，租给了村里的合作社，一年给一笔租金。低保、残疾人两项补贴、孩子的补贴加起来，吃饭穿衣够了。难的是看病，{{han:马月兰}}的药一个月要好几百，医保报一部分，剩下的我们帮着申请了临时救助。冬天家里烧煤，镇上给送了两吨。孩子们上学不花钱，姐姐住校的伙食费也免了。
访谈者：登记表上的信息呢？
受访者：家在{{address:焉耆县七个星镇霍拉山村二组17号}}，外公的拉面馆在{{address:焉耆县永宁镇团结路幸福小区6号楼1单元103室}}。姐姐{{minority/uyghur:迪丽努尔·吐尔洪}}的身份证{{id_number@wy2011quad.652826}}，{{minority/uyghur:阿迪力江·吐尔洪}}的{{id_number@my2015tri.652826}}，派出所的小伙子三个三个念的。{{han:马月兰}}的电话{{mobile@p86h}}，奶奶不会用手机，舅舅的电话{{mobile@h38}}，舅舅的微信{{wechat:mazaide_yq}}。姐姐有个QQ，她说在上面跟老师问题目，号码{{qq:3506128947}}。
访谈者：名字在表上写法一样吗？
受访者：不一样。户口本上是{{minority/uyghur:热依拉·肉孜}}，医保卡上是{{minority/uyghur:热依拉肉孜}}，没有点，村委会的花名册上又成了{{spaced:热依拉 · 肉孜}}。学校把姐姐写成{{spaced:迪 丽 努 尔 · 吐 尔 洪}}，弟弟写成{{spaced:阿迪力江 · 吐尔洪}}，点两边都空着；低保表上男人是{{spaced:吐尔洪 阿西木}}，女人是{{spaced:马　月　兰}}。
访谈者：您最担心的是什么？
受访者：怕姐姐为了照顾妈妈不念书。我跟她说，你念出来，你妈才真有指望。
""")

# H199: Han social worker in 东胜区 (鄂尔多斯) with children of several banners.
DOCS["H199"] = ("staff", """\
访谈者：您在社工站做了多久？
受访者：五年。我叫{{han:冀文娟}}，在{{trap/place:东胜区}}的社会工作服务中心，主要跟各旗转来的困境儿童个案。我把手上的几个说一下。
访谈者：好。
受访者：第一个是{{trap/place:杭锦旗}}的蒙古族男孩{{minority/mongolian:奇苏日格图}}，十一岁。他爸{{minority/mongolian:奇达尔罕}}去年冬天在{{trap/place:库布其}}拉沙子的路上翻了车，没了。他妈{{minority/mongolian:乌仁花}}在旗里的饭店打工，孩子跟奶奶{{minority/mongolian:宝音德力格}}过。{{minority/mongolian:苏日格图}}他不爱说话，说来也{{trap/word:奇怪}}，画画特别好，画的都是他爸的大卡车。
访谈者：第二个呢？
受访者：第二个是{{trap/place:乌审旗}}的，{{han:高雨涵}}，九岁。爸爸{{han:高德胜}}贩毒在服刑，妈妈走了，孩子跟外婆{{han:苗桂英}}。旗里报上来的表上，孩子的名字写了两遍，“{{han:高雨涵}}{{han:高雨涵}}”，是嘎查的文书录的时候粘了两次。{{han:苗桂英}}她一个人种着二十亩地，还要接送孩子。
访谈者：第三个？
受访者：第三个是{{trap/place:准格尔旗}}的，{{han:李志鹏}}和{{han:李志琳}}，兄妹俩，爸妈都在煤矿出了事，现在跟姑姑{{han:李美玲}}过。{{han:李美玲}}大姐自己也有孩子，在{{trap/place:薛家湾}}开理发店。{{han:李志鹏}}在{{school:准格尔旗第五中学初一（4）班}}，学校给他免了住宿费。
访谈者：第四个？
受访者：第四个是{{trap/place:达拉特旗}}的留守孩子{{han:杨子航}}，八岁，爸妈在{{trap/place:包头}}打工，跟爷爷{{han:杨福贵}}。{{han:杨福贵}}他耳朵背，孩子发烧了都不知道。村里的儿童主任{{han:刘翠英}}发现了，送到镇卫生院，又给孩子他爸打电话。他爸连夜坐车回来，在病床边上守了两天，走的时候孩子抱着他的腿不让走。后来我们帮着联系了达拉特旗的一家企业，他爸回到旗里上班，一个月少挣一千多，可孩子天天能见着爸爸了。我们还让{{han:刘翠英}}每个礼拜去看一次，{{han:杨子航}}都跟她熟了，见了她就喊姑姑。
访谈者：你们中心几个人？
受访者：六个。主任{{han:任振宇}}，同事{{compound:段干雅楠}}、{{compound:巫马嘉树}}，还有新来的{{compound:慕容以宁}}。{{compound:巫马嘉树}}是学心理的，{{minority/mongolian:奇苏日格图}}的个案主要是他跟。我们跟{{trap/org:区妇联}}、{{trap/org:区民政局}}都有合作，每季度开一次联席会。
访谈者：跟这些孩子打交道，最难的是什么？
受访者：最难的是让孩子开口。刚接触的时候，有的孩子一句话不说，问什么都摇头。我们就先陪着玩，画画、搭积木、放风筝，玩熟了才慢慢说。还有就是路远，各旗之间开车要两三个钟头，有时候一天跑两个旗，回到家都半夜了。冬天路上有雪，车打滑，我们就住在旗里的招待所，第二天接着跑。我们给每家都留了{{trap/hotline:12349}}，那是民政的服务热线，半夜有急事也能打。
访谈者：这些孩子在学校怎么样？
受访者：{{minority/mongolian:奇苏日格图}}在{{school:杭锦旗蒙古族学校五年级（2）班}}，班主任{{minority/mongolian:白乌力吉玛}}老师跟我们配合得好。{{minority/mongolian:乌力吉玛}}老师说，孩子在作文里写他爸是草原上开得最快的人。乌审旗那个小姑娘的班主任{{han:闫晓梅}}老师每周给我发一次孩子的情况。
访谈者：孩子们过节呢？
受访者：我们春节前办了个联欢会，奶奶们唱{{trap/minority_word:漫瀚调}}，孩子们表演节目。有个老人给孩子们讲{{trap/famous:萨冈彻辰}}写书的故事，孩子们听得似懂非懂。奶奶还教孩子们跳{{trap/minority_word:筷子舞}}。
访谈者：个案资料怎么登记？
受访者：{{minority/mongolian:奇苏日格图}}家在{{address:杭锦旗锡尼镇阿日柴达木嘎查二社11号}}，{{han:苗桂英}}家在{{address:乌审旗嘎鲁图镇萨拉乌素小区9号楼2单元401室}}。{{han:高雨涵}}的身份证{{id_number@wy2016x.150626}}，{{han:李美玲}}的{{id_number@wy1983fwspaced.150622}}。{{minority/mongolian:乌仁花}}的电话{{mobile@fws}}，杨家爷爷的{{mobile@p86n}}。我的工作微信{{wechat:jiwenjuan_ds}}，孩子姑姑的微信{{wechat:meiling_xjw88}}。那个上初一的哥哥有个QQ，说是问作业用的，号码他写在我手背上，回来我赶紧抄到本子上：{{qq:591738462}}。
访谈者：名字登记上有问题吗？
受访者：多。旗里的表是手填的，有{{spaced:奇 苏 日 格 图}}，有{{spaced:乌仁 花}}，{{han:李志鹏}}写成了{{spaced:李　志　鹏}}，同事也被写成{{spaced:段 干 雅 楠}}。
访谈者：您做这行最大的感受？
受访者：孩子们缺的不光是钱，是有个人一直在。我们能做的，就是别让他们觉得没人管。有个孩子跟我说，阿姨你别走了，我说阿姨下个月还来，他就在日历上画了个圈。
""")

# H200: Han teacher in 水城 (六盘水) with the left-behind children of her class.
DOCS["H200"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：五年级。我叫{{han:熊丽琴}}，在{{trap/place:水城区}}一个乡镇小学教语文，是{{school:水城区米箩镇中心小学五年级（3）班}}的班主任。班上四十二个孩子，二十六个是留守的，爸妈都在{{trap/place:浙江}}、{{trap/place:广东}}打工。
访谈者：能说说几个孩子吗？
受访者：头一个是{{han:卯家乐}}，他爸{{han:卯志刚}}在{{trap/place:义乌}}搬货，他妈{{han:王春芝}}在厂里。孩子跟奶奶{{han:李桂仙}}过。{{han:卯家乐}}他作文写得好，有一篇写他奶奶背着背篓上山，我在班上念了，好几个孩子都哭了。他奶奶七十了，每天天不亮就起来煮洋芋、喂猪，再送孙子走四十分钟山路来上学。下雨天路滑，祖孙俩一身泥，到了学校我先让孩子去宿舍换衣服。
访谈者：第二个呢？
受访者：第二个{{han:苟思琪}}，女娃，她妈{{han:张桂兰}}得了乳腺癌，在{{trap/place:贵阳}}化疗，她爸{{han:苟国强}}在医院陪着。孩子一个人跟外公{{han:张德明}}。{{han:张德明}}也说，他老了，不晓得还能陪她几年。{{han:苟思琪}}学习上从不{{trap/word:苟且}}，一道题不懂就要问到底。
访谈者：第三个？
受访者：第三个叫{{han:龙浩轩}}，爸爸{{han:龙成武}}在工地上摔断了腰，躺在床上，妈妈跑了。他跟他大伯{{han:龙成文}}家过。大伯娘{{han:陈玉芳}}待他跟亲生的一样。村里的儿童主任{{han:刘晓琼}}给他报了事实无人抚养，一个月{{trap/number:一千二百八}}。
访谈者：第四个？
受访者：第四个{{han:罗诗涵}}，爸妈在{{trap/place:温州}}做鞋，跟爷爷{{han:罗正华}}、奶奶{{han:吴兰芬}}。孩子都十一了还尿床，她奶奶急得不行。我请县里的心理老师{{han:母晓丽}}来看过，说是孩子心里太想爸妈，要慢慢来。那位老师后来每个月来一趟。过年她爸妈回来待了一个月，孩子就好多了，走的时候又哭了一场。
访谈者：学校能做些什么？
受访者：我们{{han:黄建华}}校长定了规矩，留守儿童每周给爸妈打一次视频电话，用学校的电脑。我跟配班的{{compound:东方沐晴}}老师一人包十来个孩子。县里社工站的{{compound:令狐子安}}每个月来一次，跟他一起来的还有{{compound:诸葛婉仪}}。他们带孩子们搞活动，上回教他们做{{trap/minority_word:洋芋粑粑}}，孩子们吃得满嘴油。
访谈者：这些孩子跟别的孩子有什么不一样？
受访者：有的特别乖，乖得让人心疼；有的脾气大，一点小事就跟人打架。{{han:卯家乐}}跟{{han:龙浩轩}}打过一架，为的是一块橡皮，后来两个人又成了最好的朋友。{{han:龙浩轩}}还把自己的新本子送了一本给{{han:卯家乐}}。开家长会的时候来的都是爷爷奶奶，有的不识字，我就一条一条念给他们听。我给他们讲{{trap/famous:诸葛亮}}七擒{{trap/famous:孟获}}的故事，说做人要讲道理，不要动不动就动手。
访谈者：这些孩子的学习怎么样？
受访者：参差不齐。有的孩子自己要强，不用人催；有的孩子作业没人看，错了也不知道。我们学校晚上开了托管班，住得远的孩子住校，晚饭后有老师带着写作业。周末我有时候去家访，坐在火塘边上跟老人拉家常，看看孩子的作业本。山里信号不好，有的家长一个月都打不通一次电话，孩子就把想说的话写在日记里，等爸妈回来给他们看。
访谈者：家长的信息您都登记了吗？
受访者：登记了。卯家奶奶家在{{address:水城区米箩镇倮么村三组27号}}，她大伯家在{{address:钟山区荷城街道凤凰小区2栋3单元601室}}。卯家娃娃的身份证{{id_number@my2014fwhyphen.520221}}。卯家娃娃他爸的电话{{mobile@plain}}，苟家外公的电话{{mobile@s74}}。家长群里{{han:罗诗涵}}爸爸的微信是{{wechat:luozhenghua_wz}}。{{han:龙浩轩}}有QQ，说想爸爸了就在上面留言，他把号码写在我备课本上了：{{qq:1468203957}}。
访谈者：孩子的名字写法有出入吗？
受访者：有。乡里的表是手填的，有的写成{{spaced:卯 家 乐}}，有的写成{{spaced:苟思 琪}}，还有把配班老师写成{{spaced:东　方　沐　晴}}的，把社工写成{{spaced:令 狐 子 安}}的。
访谈者：最后您想说什么？
受访者：这些孩子都是好孩子。我就想，他们的爸妈不在身边，我多看他们一眼，他们就少受一点委屈。我自己小时候也是留守的，爸妈在外头打工，我跟外婆长大，所以我懂他们。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=193,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
