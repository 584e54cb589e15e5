# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 13 (tests/pii/holdout13/H89-H96 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 13 is about children in distress (困境儿童) in south-western, southern, north-western and northern China, in
eight new voices: a Bai grandmother in 喜洲 (大理) raising two grandchildren whose father is in prison, a Qiang
village child director (儿童主任) in 茂县 with three orphans, a Dong primary-school teacher in 三江 (林溪镇) with
left-behind children and two orphans, a Li father in 保亭 (什玲镇) working as a guard in 三亚 after his wife died, a
Yugur herder mother in 肃南 (康乐镇) whose husband died in a fall, a Han grandmother in 南部县 (南充) raising three
left-behind grandchildren, a Han village doctor in 郓城 (菏泽) with the children of disabled parents, and a Han grid
worker on a housing estate in 佳木斯 (向阳区) with a Hezhe family from 同江. The emphasis is on forms where a
replacement might cover only part of a name, in a mix: Bai nicknames and Bai given names after a Han surname
(阿荞, 阿苍, 阿仙嫫, 赵阿贵, 杨阿茗), Qiang names after 余/杨 and their short forms (余木珠 then 木珠, 余格尔布 then
格尔布, 杨格布勒) and a Jiarong Tibetan name and its short form (泽郎东周, 泽郎), Dong names and teknonyms built on a
child's name (腊旺, 补腊旺 "father of 腊旺", 乃腊旺, 萨腊旺, 石美岑 then 美岑, 吴腊闷 then 腊闷), Li 亚/阿 names and
Li teknonyms (黄亚蕊, 亚蕊, 亚坤, 帕亚坤, 拜亚坤, 吉阿丹, 王阿贯 right after the word 奥雅), Yugur names of a Han
surname and a Tibetan or Mongolic given name (贺才让加, 贺卓玛草 then 卓玛草, 贺尼玛, 萨仁花) beside a Bonan friend
(马努哈 then 努哈), Hezhe clan + given names with and without a middle dot (尤克勒·阿吉玛, 卢业勒·托克图 then
托克图, 萨音卡) and Russian nicknames in Heilongjiang (瓦夏, 冬妮娅, 妮娜); Han names with common and rare surnames (谯, 母, 蒲, 冉, 幸, 苟, 敬, 巩, 郗,
仇, 宓, 褚, 欧, 尹, 段, 龙, 石), names that contain or are words (余光明, 冉光荣, 王平安, 李春雨, 刘国庆, 张建设, 高明,
胡春雨, 石家乐, 冯建国), nicknames (二娃, 幺妹, 小欣) beside dialect kin words (幺爸, 嬢嬢, 家婆), surname + title and 老X/小X
forms on the housing estate (孙书记, 老鲍, 小邹), names directly before particles and verbs and after 叫/是/给/跟/找/让,
spaced and split names, and compound surnames after ordinary words.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:谯德贵}}``, ``{{qq:2915364087}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (bai, qiang, tibetan, dong, li, yugur, bonan, hezhe,
                                   russian) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.532901}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 书记, 所长, 院长, 大姐, 婶,
姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 他, 她, 他们家, 那边)
are outside the span. Han-style names of Bai, Qiang, Dong, Li, Yugur and Hezhe people (尹凤仙, 余俊杰, 杨光辉,
吉秀梅, 安玉兰, 尤凤芝) and nicknames built on a Han given name (小欣, 二娃, 幺妹) are category han; a Han surname
before a non-Han given name (杨阿茗, 赵阿贵, 余木珠, 吴腊闷, 黄亚蕊, 贺卓玛草, 马努哈) is category minority.
On the housing estate of H96 a person already named in full is also called by surname + title or 老X/小X (孙书记,
老鲍, 小邹); these forms are annotated whole as category han, as in P01-P14 and sets 4 and 5.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout13/make_holdout13.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(13_2026_1205)
MINORITY_GROUPS = ("bai", "qiang", "tibetan", "dong", "li", "yugur", "bonan", "hezhe", "russian")
# Floors from the brief (minority groups counted together where the brief pairs them).
GROUP_FLOORS = {"dong": 10, "li": 10, "yugur+bonan+hezhe": 10}

MOBILE_PREFIXES = ["133", "139", "147", "152", "153", "155", "159", "177", "178", "180", "182", "185", "186", "189",
                   "193", "199"]


DOCS: dict[str, tuple[str, str]] = {}

# H89: Bai grandmother, 大理市 喜洲镇; her son is in prison, his wife remarried; two grandchildren with Bai nicknames.
DOCS["H89"] = ("family", """\
访谈者：阿奶，您家里现在几口人？
受访者：就三口，我跟两个孙孙。我叫{{han:尹凤仙}}，白族，六十八了。家在{{trap/place:喜洲}}，出门就望得见{{trap/place:洱海}}。老倌{{han:段汝昌}}前些年走了。儿子{{han:段志强}}六年前帮人拉货，拉的是不该拉的东西，判了九年，关在{{trap/place:楚雄}}。媳妇{{han:杨秀娟}}等了两年，后来去{{trap/place:保山}}另外成了家。
访谈者：两个孩子多大了？
受访者：大的是孙女，户口上叫{{han:段雪芹}}，家里叫她{{minority/bai:阿荞}}，十三岁，在{{school:大理市喜洲镇第一中学初一（3）班}}。小的是孙子，叫{{han:段子航}}，白族小名{{minority/bai:阿苍}}，九岁，在{{school:喜洲镇中心完小三年级（2）班}}。{{minority/bai:阿苍}}都记不得他爹长什么样了。{{minority/bai:阿荞}}记得，她说她爹背她去赶过{{trap/minority_word:三月街}}。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。去年我带她去探了一回监，{{han:段志强}}隔着玻璃哭，叫她好好念书。小的我们只说爹在外头打工。村里有娃娃笑他，{{minority/bai:阿苍}}他就跟人打架，老师叫了两回家长。
访谈者：谁在帮你们家？
受访者：村委会的{{han:张泽民}}书记，{{han:张泽民}}说这叫事实无人抚养，帮我们报了上去，两个孩子一个月一共{{trap/number:两千七百多}}。儿童主任叫{{han:李玉婵}}，{{han:李玉婵}}每个月来两回，翻作业本，问吃得饱不饱。镇上民政办的所长也来过。县里社工站派了{{compound:欧阳婉清}}，还有她同事{{compound:司马逸飞}}，{{compound:欧阳婉清}}给大的做心理辅导，说孩子心思重。
访谈者：学校那边呢？
受访者：大的班主任是{{han:赵丽萍}}老师，{{han:赵丽萍}}说孩子数学好，就是不爱说话。小的老师叫{{han:苏建新}}，也是白族，他说{{minority/bai:阿苍}}不笨，就是心里憋着气。大的最要好的同学是{{minority/bai:杨阿茗}}，两个丫头{{trap/word:白天}}一起上学，晚上一起写作业。
访谈者：亲戚们呢？
受访者：我妹子{{han:尹凤莲}}嫁到{{trap/place:剑川}}，男人是木匠。{{han:尹凤莲}}家的两个儿子都在外头打工，顾不上我们。村里老人叫我{{minority/bai:阿仙嫫}}，嫫就是我们白族话里的老妈妈。对门的{{minority/bai:赵阿贵}}管本主庙的香火，{{minority/bai:赵阿贵}}他每年{{trap/minority_word:绕三灵}}都带着小孙子去，敲着霸王鞭走一路。
访谈者：孩子们开心的时候多吗？
受访者：也有。我给他们烤{{trap/minority_word:乳扇}}，讲{{trap/famous:阿鹏}}找{{trap/famous:金花}}的故事，讲{{trap/famous:白洁夫人}}守节，还带他们看过电影{{trap/famous:五朵金花}}。小的听完说，奶奶，我长大了像{{trap/famous:阿鹏}}一样，把爹背回来。大的跟着收音机学{{trap/minority_word:大本曲}}，唱得有板有眼。
访谈者：孩子们的生活费够用吗？
受访者：紧巴巴的。补助下来我先给两个孩子交伙食费，剩下的买米买油。我自己种了两亩田，栽点蚕豆、大蒜，卖给收菜的。冬天{{trap/place:苍山}}上下雪，风从海那边刮过来，屋里冷，我给孩子们一人缝了一床新棉被。大的懂事，从来不要零花钱，同学过生日，她自己折了一罐纸星星送人。小的嘴馋，看见别人吃辣条也想要，我买一包给他，他要分一半给姐姐。
访谈者：您会带孩子们去看爸爸吗？
受访者：一年去一两趟。坐班车到{{trap/place:大理}}，再转车，一去一回两天。里头的民警对我们客气，让我们多说了十分钟。他爹在里头学了电焊，说出来以后好找活。大的每次都给他写一封信，写学校里的事，写弟弟又长高了。小的还不知道那是监狱，问我爹打工的地方为什么有那么多铁门，我说那是厂子的大门。
访谈者：您最担心什么？
受访者：担心小的。他脾气急，像他爹小时候。学校里有人说他是坏人的儿子，他拿{{trap/word:石头}}砸了人家的窗子，我去赔了八十块，回来一路没说话。社工说孩子心里有委屈，不能光打，要让他说出来。我现在每天晚上让他跟我讲一件学校里的事，讲完了才能看电视。慢慢地，他打架少了，还帮老师擦黑板。
访谈者：登记的信息方便说吗？
受访者：你记。家在{{address:大理市喜洲镇仁里邑村三组18号}}。我身份证{{id_number@wy1957.532901}}，孙女的{{id_number@wy2012spaced.532901}}。电话{{mobile@plain}}。微信是孙女帮我弄的，号{{wechat:xizhou_ayin68}}。孙女还有个QQ，是她爹出事以前给她申请的，号码抄在日历背后：{{qq:2915364087}}。
访谈者：表上的名字写错过吗？
受访者：错过。孙女在学籍上成了{{spaced:段 雪 芹}}，孙子的补助表上是{{spaced:段　子　航}}，一个字一个大空格。{{compound:欧阳婉清}}说还有一张表把我写成{{spaced:尹凤 仙}}，中间断开了；她自己的名字在签到表上也被打成{{spaced:欧 阳 婉 清}}，她一张一张去改了。
访谈者：您自己身体呢？
受访者：腰不好，{{trap/org:镇卫生院}}的大夫叫我少背东西。我就怕哪天起不来。我跟{{han:尹凤莲}}说过，我要是走了，两个孩子让她管。{{minority/bai:阿荞}}听见了，抱着我说：阿奶，你要等爹回来。
""")

# H90: Qiang village child director (儿童主任), 茂县 南新镇; three orphans of the 余 family, a Jiarong Tibetan uncle.
DOCS["H90"] = ("staff", """\
访谈者：您在村里做儿童主任多久了？
受访者：五年了。我叫{{han:王秀蓉}}，羌族，寨子里的老辈人叫我的羌名{{minority/qiang:木格吉}}。我们村在{{trap/place:茂县}}县城往北四十多里的半山上，寨子里还有两座老{{trap/minority_word:碉楼}}。全村三百多户，困境儿童九个，最难的是余家三姊妹。
访谈者：地震以后村里变化大吗？
受访者：大。老寨子塌了一半，现在大多数人家搬进了新房子，砖墙，有自来水。可是地还在山上，大人们每天要爬一个钟头的山路去种花椒、青脆李。年轻人大多去{{trap/place:绵阳}}、{{trap/place:成都}}打工，寨子里剩下老人和娃娃。我统计过，全村留守的娃娃有四十多个。
访谈者：余家是什么情况？
受访者：爹{{han:余成林}}在{{trap/place:汶川}}修路，碰上泥石流，人没找回来。妈{{han:何秀英}}本来就有病，第二年也走了。三个娃娃成了孤儿。老大户口上叫{{han:余晓琴}}，羌名{{minority/qiang:余木珠}}，我们都喊她{{minority/qiang:木珠}}，今年十五，在{{school:茂县中学初三（2）班}}。老二{{han:余俊杰}}十二岁。幺儿叫{{minority/qiang:余格尔布}}，七岁，在{{school:茂县南新镇中心小学一年级（1）班}}。
访谈者：现在谁带他们？
受访者：跟着外婆{{han:何玉珍}}过。外婆七十多了，眼睛看不清。{{minority/qiang:木珠}}就像个小妈妈，早上烧火做饭，晚上给{{minority/qiang:格尔布}}洗脚。舅舅是嘉绒那边的藏族，叫{{minority/tibetan:泽郎东周}}，在{{trap/place:马尔康}}跑车，{{minority/tibetan:泽郎}}每个月寄五百块回来。
访谈者：有哪些补助？
受访者：三个娃娃都领{{trap/policy:孤儿基本生活费}}，一人一个月{{trap/number:一千五百出头}}。{{trap/org:县民政局}}的{{han:杨德明}}科长每个季度来一趟。村支书{{han:余光明}}是余家的远房堂叔，{{han:余光明}}说娃娃读书的钱村里想办法。县社工站派了{{compound:诸葛思远}}，跟他一起来的是{{compound:令狐晓蕾}}，她会画画，带娃娃们画寨子。还有个志愿者叫{{compound:拓跋云舟}}，给老二补数学。老二说他最服的是{{trap/famous:诸葛亮}}，以后也要当军师。
访谈者：孩子们在学校怎么样？
受访者：{{minority/qiang:木珠}}的班主任{{han:王丽君}}老师说她成绩好，想考{{trap/place:成都}}的卫校。老二调皮，{{han:余俊杰}}他上课老睡觉，说晚上想妈。幺儿{{minority/qiang:格尔布}}还不太会说汉话，一年级的老师一句一句教他。
访谈者：寨子里过节孩子们参加吗？
受访者：参加。{{trap/minority_word:羌年}}的时候，{{trap/minority_word:释比}}{{minority/qiang:杨格布勒}}带着全寨子还愿，唱{{trap/famous:木姐珠}}和{{trap/famous:斗安珠}}的古歌，大家围着火塘跳{{trap/minority_word:莎朗}}。{{minority/qiang:杨格布勒}}说，{{minority/qiang:格尔布}}这个名字是他给取的。三个娃娃都穿着外婆绣的{{trap/minority_word:羌绣}}衣裳去。
访谈者：三个孩子心理上怎么样？
受访者：老大心重，什么都憋着。她妈走的那天晚上，她一个人坐在门槛上坐到天亮，一滴眼泪都没掉。社工来了以后带她画画，她画了一座房子，房子里有五个人，说那是她们家以前的样子。老二嘴上说不在乎，可是一到下雨天就不肯出门，怕山上又垮下来。幺儿小，记不清爹妈了，只晓得哭了找姐姐。
访谈者：您觉得他们最需要什么？
受访者：需要一个大人一直在。外婆年纪大了，我也只能隔天去看一眼。我跟乡上说过，能不能给外婆家找个助老员，帮着做做饭，让老大安心念书。乡上说在想办法。
访谈者：村里还有别的人帮忙吗？
受访者：有。隔壁的{{han:何德芬}}婶，儿子在外头，她一个人在家，常把余家幺儿接过去吃饭。卫生院的{{han:龙建英}}那边每个月给外婆送一回降压药。寨子里的年轻人过年回来，凑钱给三个娃娃买了书包和棉鞋。大家都说，娃娃是寨子的娃娃，不能让他们冷着饿着。
访谈者：老大毕业以后有什么打算？
受访者：她想念卫校，出来当护士。她说她妈生病的时候，是卫生院的护士阿姨天天来打针，她也想当那样的人。学费的事我跟县里问过，考上了有助学金，还有爱心人士可以结对。我跟她说，你只管考，钱的事大人想办法。
访谈者：登记要的信息能说吗？
受访者：外婆家在{{address:茂县南新镇牛尾村二组15号}}，老大的身份证{{id_number@wy2010hyphen.513223}}。外婆的电话{{mobile@hyphen}}，舅舅的{{mobile@plus86}}。老大有微信，{{wechat:muzhu_qiang10}}；QQ也有一个，说是她妈以前用的，后来给了她，号是{{qq:1847209356}}。
访谈者：名字在系统里出过错吗？
受访者：常出。幺儿在学籍里成了{{spaced:余 格 尔 布}}，老大在低保表上是{{spaced:余　晓　琴}}，舅舅的名字被写成{{spaced:泽郎 东周}}，断成了两截，领钱的时候银行不认。
访谈者：您自己家里呢？
受访者：我男人{{han:龙志军}}在{{trap/place:汶川}}工地上开挖机，儿子在县城读高中。我白天下地，晚上去外婆家看一眼。{{minority/qiang:木珠}}有一回问我，孃孃，我考上卫校了，弟弟谁管？我说有我。她点点头，又去灶房里添柴了。
""")

# H91: Dong primary-school teacher, 三江侗族自治县 林溪镇; left-behind children and two orphans; Dong teknonyms.
DOCS["H91"] = ("staff", """\
访谈者：您在这所学校教了几年？
受访者：十一年了。我叫{{han:吴美玲}}，侗族，侗名叫{{minority/dong:美堆}}，寨子里老人都这么喊我，学生喊我吴老师。学校在{{trap/place:三江}}林溪镇上，过了{{trap/minority_word:风雨桥}}就是。我带五年级，班上三十四个孩子，二十一个是留守的，还有两个孤儿。
访谈者：能说说哪几个孩子吗？
受访者：一个是{{minority/dong:腊旺}}，户口上叫{{han:杨光辉}}，爸妈都在{{trap/place:温州}}鞋厂。寨子里按老规矩，他爸叫{{minority/dong:补腊旺}}，他妈叫{{minority/dong:乃腊旺}}，他奶奶叫{{minority/dong:萨腊旺}}，都是跟着孩子的名字叫。{{minority/dong:腊旺}}跟奶奶过，奶奶腿瘸了，{{minority/dong:腊旺}}他每天放学先去挑水。
访谈者：他爸妈回来过吗？
受访者：过年回来一回。去年{{minority/dong:补腊旺}}说厂里赶货，没回。孩子在作文里写，我爸是一张火车票。我读给{{han:欧志明}}校长听，校长也红了眼睛。
访谈者：那两个孤儿呢？
受访者：是姐弟俩，姐姐{{minority/dong:石美岑}}，十一岁，弟弟{{han:石家乐}}，八岁。爸爸{{han:石春林}}在工地上摔死了，妈妈{{han:杨秀凤}}得了肝癌，去年也走了。现在跟着大伯过。{{minority/dong:美岑}}在我班上，{{school:三江县林溪镇中心小学五年级（1）班}}；{{han:石家乐}}在二年级。{{minority/dong:美岑}}唱{{trap/minority_word:侗族大歌}}唱得最好，学校合唱队让她领唱。
访谈者：谁在管这些孩子？
受访者：村里的儿童主任是{{han:龙春燕}}，{{han:龙春燕}}她每个礼拜去石家看一回。村主任帮石家报了孤儿，一人一个月{{trap/number:一千五百多}}。镇上的民政助理叫{{minority/dong:吴腊闷}}，是个侗族小伙子，寨子里都叫他{{minority/dong:腊闷}}。县里来支教的大学生叫{{compound:宇文清扬}}，还有一个{{compound:慕容书瑶}}，{{compound:宇文清扬}}教孩子们踢足球。
访谈者：学校有什么活动？
受访者：寨子里摆{{trap/minority_word:百家宴}}，孩子们在{{trap/minority_word:鼓楼}}底下唱歌，跳{{trap/minority_word:多耶}}。老人讲{{trap/famous:萨岁}}护寨子，讲{{trap/famous:吴勉}}带着侗家人造反。有个孩子听了说，他长大要当警察。
访谈者：留守的孩子跟爸妈怎么联系？
受访者：打视频。寨子里的老人大多不会用智能手机，孩子们就跑到学校来，用我的手机打。礼拜天晚上我办公室门口排队，一个孩子五分钟。有的孩子拿起手机就哭，有的一句话不说，就看着屏幕里的爸妈笑。有个孩子问他妈，妈，你厂里的饭好吃吗？他妈说好吃。孩子挂了电话跟我说，她骗人，她瘦了。
访谈者：孩子们放学以后做什么？
受访者：大一点的回家做饭、喂猪、割草，小的在寨子里玩。寨子里木房子多，最怕火，我每个学期都要讲好几回用火安全。学校办了个留守儿童之家，有图书角，有一台电脑，礼拜六开门，我跟两个年轻老师轮流值班。孩子们最喜欢唱歌，一个起头，一屋子都跟上。
访谈者：孩子们的爷爷奶奶带得过来吗？
受访者：带得很辛苦。班上有个孩子叫{{han:吴子豪}}，他奶奶七十八了，还要上山砍柴，{{han:吴子豪}}都是自己洗衣服，袜子洗不干净，我教他用肥皂搓。{{han:杨雪梅}}也是跟奶奶过，她奶奶不识字，学校发的通知都是她念给奶奶听，家长签字也是她替奶奶签。老人们最怕孩子生病，寨子离镇上远，晚上没有车。
访谈者：学校给这些孩子什么帮助？
受访者：营养午餐，寄宿的孩子有生活补助。每个学期我们做一回家访，把每个孩子的家都走到。有的寨子要走两个钟头山路，下雨天路滑，我摔过好几跤。家访回来我把情况写下来报给镇上，需要帮的再找民政。
访谈者：登记的信息方便说吗？
受访者：石家在{{address:三江县林溪镇平岩村马安屯23号}}，杨家在{{address:林溪镇高友村上寨组9号}}。姐姐的身份证{{id_number@wy2014.450226}}。她大伯的电话{{mobile@spaced}}。{{minority/dong:补腊旺}}的微信是{{wechat:bulawang_wz}}，我常给他发孩子的照片。我的QQ是家长群用的，{{qq:603918274}}。
访谈者：名字在表上出过错吗？
受访者：常有。{{minority/dong:石美岑}}在学籍上成了{{spaced:石 美 岑}}，{{han:杨光辉}}被打成{{spaced:杨　光　辉}}。{{compound:慕容书瑶}}的名字贴在教室门口是{{spaced:慕 容 书 瑶}}，孩子们念的时候一个字一顿。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人说话。我自己也是留守过来的，爸妈那时候去{{trap/place:广州}}做工，我跟外婆长大，所以晓得孩子们心里空。爷爷奶奶只管吃饱穿暖，心里的事没人听。我跟儿童主任商量，每个礼拜五放学留半个钟头，让孩子们给爸妈录一段话。{{minority/dong:乃腊旺}}听了录音，在电话里哭，说今年一定回来。
""")

# H92: Li father, 保亭 什玲镇; guard at a hotel in 三亚; his wife died; Li 亚/阿 names and Li teknonyms.
DOCS["H92"] = ("family", """\
访谈者：您现在在哪里做工？
受访者：在{{trap/place:三亚}}一家酒店做保安，一个月回来一趟。我叫{{han:黄文斌}}，黎族，家在{{trap/place:保亭}}什玲镇，村子在{{trap/place:七仙岭}}脚下。寨子里的人叫我{{minority/li:帕亚坤}}，就是{{minority/li:亚坤}}他爸的意思。
访谈者：孩子妈妈呢？
受访者：三年前走了，宫颈癌。她叫{{han:吉秀梅}}，村里人叫她{{minority/li:拜亚坤}}。{{han:吉秀梅}}走的时候，小的才四岁。
访谈者：几个孩子？
受访者：两个。大的是女儿，户口上就叫{{minority/li:黄亚蕊}}，十二岁，在{{school:保亭县什玲镇中心学校六年级（2）班}}；小的是儿子{{minority/li:黄亚坤}}，七岁，在一年级。{{minority/li:亚蕊}}都会做饭了，{{minority/li:亚坤}}还天天哭着要妈妈。
访谈者：您不在家的时候谁带？
受访者：我妈，孩子奶奶，黎话名字叫{{minority/li:吉阿丹}}，七十岁了，只会说黎话。我弟弟{{han:黄文军}}在村里种槟榔，{{han:黄文军}}他们家就在隔壁，有事喊一声就到。弟媳{{han:卓丽娟}}也帮着照看。{{minority/li:亚蕊}}跟她堂妹{{minority/li:黄亚妮}}一个班，两个形影不离。
访谈者：有哪些帮助？
受访者：村里的儿童主任叫{{han:胡春雨}}，{{han:胡春雨}}说我们家这种算困境家庭，帮我报了低保，一个月{{trap/number:九百多}}。镇民政所的{{han:王昌德}}所长来家里看过。女儿的班主任常给我打电话。县里社工站有个{{compound:东方晓雯}}，她老家就在{{trap/place:东方}}市，大家笑她姓东方又是东方人。还有{{compound:上官子墨}}，{{compound:上官子墨}}是男社工，周末教儿子打篮球。
访谈者：您一个月挣多少？
受访者：四千出头。酒店包吃住，我一个月寄回家两千五，剩下的自己用，还要攒着给老人看病。旺季游客多，要连着上夜班，一个月回不了家。有一回小的发烧，我妈背着他走了四里路到卫生院，我在那边急得团团转，请不下假。后来是弟媳骑摩托车把他们接回来的。那以后我就想，钱少点也要离家近一点。
访谈者：孩子们在学校怎么样？
受访者：女儿成绩中上，语文好，作文写过她妈妈，老师拿去贴在墙上。儿子刚上一年级，普通话说不好，在家说黎话，到了学校听不懂老师讲课，回来哭。班主任让他坐第一排，下课单独教他拼音，现在会读课文了。学校中午管一顿饭，有鸡蛋有肉，孩子说比家里吃得好。
访谈者：孩子们过节怎么过？
受访者：{{trap/minority_word:三月三}}寨子里跳{{trap/minority_word:竹竿舞}}，大人喝{{trap/minority_word:山兰酒}}。孩子奶奶会织{{trap/minority_word:黎锦}}，在教{{minority/li:亚蕊}}。奶奶年轻时住过{{trap/minority_word:船形屋}}，晚上给孩子们讲{{trap/famous:甘工鸟}}的故事。村里的老{{trap/minority_word:奥雅}}{{minority/li:王阿贯}}，常把{{minority/li:亚坤}}叫到他家吃饭。
访谈者：亲戚们帮得多吗？
受访者：帮得多。孩子的舅舅{{han:吉文光}}在{{trap/place:五指山}}种茶，每年开学给两个孩子各包一个红包。我表姐{{han:符玉兰}}在镇上开粉店，孩子放学饿了就去吃一碗，{{han:符玉兰}}那边从来不收钱。村里人也好，谁家杀了鸡都给我妈送一碗汤。
访谈者：孩子们跟奶奶处得好吗？
受访者：好。奶奶不会说普通话，女儿就当翻译，老师来家访，她一句一句翻给奶奶听。晚上奶奶给他们唱黎族的摇篮歌，儿子听着听着就睡着了。奶奶说她老了，就盼着孙女长大，把织锦的手艺传下去。女儿说要把奶奶织的花纹画下来，以后用电脑也能织。我每天晚上九点跟他们打视频，雷打不动，酒店里忙的时候就躲在楼梯间里打，五分钟也好。
访谈者：登记的信息能说吗？
受访者：家在{{address:保亭县什玲镇什聘村三队14号}}。我身份证{{id_number@mspaced.469029}}，女儿的{{id_number@wy2012fullwidth.469029}}。我电话{{mobile@plain}}，我妈不会用手机，有事打我弟的{{mobile@plus86dash}}。我的微信{{wechat:huangwb_sanya}}。QQ以前玩游戏用的，现在女儿拿去上网课，号码是{{qq:3125846709}}。
访谈者：名字有没有写错过？
受访者：女儿在补助名单上是{{spaced:黄 亚 蕊}}，儿子的疫苗本上写成{{spaced:黄亚 坤}}。{{compound:上官子墨}}登记的时候，他自己在表上也成了{{spaced:上 官 子 墨}}，他说这个系统专门跟名字过不去。
访谈者：您有什么打算？
受访者：等儿子大一点，我想回{{trap/place:保亭}}县城找个活，离家近些。{{minority/li:亚蕊}}说她以后要当医生，她妈就是病没早看出来。我听了没说话，出门抽了一根烟。清明我们上山给她扫墓，女儿在坟前把一年的奖状都念一遍，儿子在坟边摘野花，说送给妈妈。回来的路上女儿问我，爸，你会不会也生病？我说不会。她说那你要少抽烟。
""")

# H93: Yugur herder mother, 肃南裕固族自治县 康乐镇; her husband died in a fall; a Bonan friend from 积石山.
DOCS["H93"] = ("family", """\
访谈者：大姐，您家里的情况能说说吗？
受访者：我叫{{han:安玉兰}}，裕固族，我们自己叫{{trap/minority_word:尧熬尔}}。家在{{trap/place:肃南}}康乐镇，夏天赶着羊上{{trap/place:祁连山}}里的夏场。男人{{minority/yugur:贺才让加}}前年冬天骑摩托去找羊，摔到沟里没了。家里剩我和三个娃娃，还有公公。
访谈者：孩子们多大？
受访者：老大是丫头，叫{{minority/yugur:贺卓玛草}}，十四岁，在{{school:肃南县第一中学初二（1）班}}住校。老二儿子叫{{minority/yugur:贺杰布}}，十岁，在{{school:肃南县康乐镇九年制学校四年级（2）班}}。老三是丫头，才五岁，小名{{minority/yugur:萨仁花}}。{{minority/yugur:卓玛草}}放假回来就帮我挤奶，小的跟在她屁股后头转。
访谈者：公公身体怎么样？
受访者：公公{{minority/yugur:贺尼玛}}七十三了，年轻时是唱{{trap/minority_word:裕固族民歌}}的，会讲{{trap/famous:黄黛琛}}的故事，也会讲祖先从{{trap/famous:西至哈至}}迁过来的事。{{minority/yugur:贺尼玛}}他现在有哮喘，冬天下不了床。
访谈者：谁在帮你们？
受访者：镇上的民政干部{{han:钟晓红}}，{{han:钟晓红}}也是裕固族，帮我们报了低保，娃娃们还有事实无人抚养的补贴，一家加起来一个月{{trap/number:两千一百多}}。村里的儿童主任{{han:兰秀芳}}，{{han:兰秀芳}}每个月来，给娃娃带本子和笔。老二的班主任{{han:杜永福}}老师给他申请了寄宿生补助。县里社工站派来的是{{compound:皇甫明哲}}，还有个女社工叫{{compound:尉迟欣然}}，她跟老大谈了好几回，说丫头想她爸想得睡不着。
访谈者：亲戚朋友呢？
受访者：我娘家哥哥{{han:安志强}}在{{trap/place:张掖}}开饭馆，{{han:安志强}}每年开学给娃娃们买衣裳。男人生前最好的朋友是{{trap/place:积石山}}的保安族，叫{{minority/bonan:马努哈}}，做{{trap/minority_word:保安腰刀}}的买卖。{{minority/bonan:努哈}}每年秋天来收羊，都给娃娃们带吃的。男人的妹妹{{minority/yugur:贺拉姆吉}}嫁在{{trap/place:皇城镇}}，{{minority/yugur:贺拉姆吉}}说等老大上高中，就接到她那里去念书。
访谈者：孩子们平时怎么过？
受访者：放假了跟我去放羊。{{minority/yugur:贺杰布}}会骑马了，去年{{trap/place:马蹄寺}}那边赛马，他跑了个第三。晚上在帐篷里喝{{trap/minority_word:酥油茶}}，公公给他们唱歌，唱一句，{{minority/yugur:萨仁花}}跟一句。
访谈者：牧区的孩子上学远吗？
受访者：远。冬窝子离镇上六十多里，娃娃们从小学就住校，礼拜五下午我骑摩托去接，礼拜天下午再送回去。老大上了初中，一个月回来一趟。小的还没上学，天天跟着我放羊。去年冬天雪大，羊冻死了十几只，我一个人扛不动死羊，是邻居帮着拖出去的。
访谈者：男人走了以后家里的活谁干？
受访者：我干。放羊、剪毛、接羔，以前都是他干的，现在我都学会了。接羔的时候半夜要起来好几回，老大放寒假回来帮我，她比我手巧。公公躺在床上，教我们怎么给难产的母羊接生。他说，你们娘儿几个把这群羊守住，就是守住了家。
访谈者：孩子们怎么说起爸爸？
受访者：老二最像他爸，不爱说话，有什么事都闷着。他把他爸的马鞭挂在床头，谁也不让碰。小的问爸爸去哪儿了，老大跟她说，爸爸变成了山上的鹰，天天在天上看着咱们。
访谈者：娃娃们的外公外婆呢？
受访者：我爹妈都在康乐镇上。我爹{{han:安德禄}}以前是兽医，退休了，常来帮我给羊打针。我妈{{han:郭桂英}}眼睛不好，{{han:郭桂英}}她就给娃娃们缝衣裳，摸着也能缝。老大的老师说她有希望考上{{trap/place:张掖}}的重点高中，她每次回来都把奖状贴在帐篷里，贴在她爸的照片旁边。
访谈者：男人走了以后有人欺负你们吗？
受访者：没有。这边的人心善，草场的事村里都帮着调解。就是一个女人家，夜里听见狼叫心里发慌。公公说狼怕火，我就在羊圈边上点一盏灯，一直亮到天亮。
访谈者：登记的信息方便说吗？
受访者：冬窝子在{{address:肃南县康乐镇杨哥村二组31号}}，镇上还有一套房子，{{address:康乐镇祁丰路安居小区3号楼1单元202室}}。我身份证{{id_number@wy1986.620721}}，老二的{{id_number@my2015x.620721}}。我电话{{mobile@plus86spaced}}，我哥的{{mobile@hyphen}}。我的微信{{wechat:anyulan_sunan}}，QQ不大用，号是老大帮我记的，写在她的本子第一页：{{qq:1569032784}}。
访谈者：表上的名字写对了吗？
受访者：错过好几回。老大在学籍上是{{spaced:贺 卓 玛 草}}，我男人的死亡证明上写成{{spaced:贺才让 加}}，{{compound:皇甫明哲}}的名字在慰问单上也成了{{spaced:皇　甫　明　哲}}，每个字中间一个大空格。
访谈者：您以后有什么打算？
受访者：把羊群养好，供三个娃娃念书。{{minority/yugur:卓玛草}}说她想当老师，回{{trap/place:肃南}}来教书。我说好，你爸在天上看着呢。
""")

# H94: Han grandmother, 南充市 南部县 升钟镇; three left-behind grandchildren; nicknames and dialect kin words.
DOCS["H94"] = ("family", """\
访谈者：婆婆，您屋头现在几个人？
受访者：五个。我、老头子，还有三个孙孙。我叫{{han:蒲正芳}}，老头子叫{{han:谯德贵}}，他前年中了风，半边身子使不上劲。儿子{{han:谯建华}}和媳妇{{han:敬红梅}}在{{trap/place:中山}}的灯具厂，一年回来一趟。
访谈者：三个孙孙多大了？
受访者：大孙女{{han:谯雨欣}}十三岁，屋头喊她{{han:小欣}}，在{{school:南部县升钟镇初级中学初一（5）班}}。孙儿{{han:谯浩然}}，我们喊他{{han:二娃}}，十岁，在{{school:升钟镇小学四年级（1）班}}。小孙女{{han:谯雨桐}}，我们喊{{han:幺妹}}，才五岁，在上幼儿园。{{han:二娃}}都晓得让着{{han:幺妹}}，{{han:幺妹}}说啥子他都依。
访谈者：亲戚们帮得上忙吗？
受访者：孩子的{{trap/kin:幺爸}}{{han:谯建平}}在{{trap/place:成都}}送外卖，他自己屋头也有两个娃。孩子的{{trap/kin:嬢嬢}}{{han:谯春燕}}嫁在{{trap/place:阆中}}，她每个月给{{han:二娃}}寄作业本。孩子的{{trap/kin:家婆}}，就是我亲家母{{han:敬素华}}，住在隔壁村，她也七十多了，腿不好。
访谈者：村里谁在帮你们？
受访者：有事我就找{{han:母仕英}}，她是村上的儿童主任，一个月来两三回，她说我们这算留守儿童，还帮老头子办了残疾证。村支书{{han:冉光荣}}，他说话算数，去年帮我们把漏雨的房子翻修了。镇上民政办的{{han:苟文杰}}也来过。大孙女的班主任{{han:幸晓丽}}老师经常打电话，她说娃娃成绩掉了，要多陪她说话。暑假有个大学生志愿者叫{{compound:漆雕安琪}}，跟她一起的是{{compound:公孙若彤}}，两个女娃娃教孙孙们画画。
访谈者：孩子们想爸妈吗？
受访者：想。{{han:二娃}}天天问他妈好久回来。视频的时候{{han:幺妹}}不认人，喊她妈{{trap/kin:嬢嬢}}，她妈在那头哭。{{han:小欣}}大了，不说，晚上抱着她妈的旧衣裳睡。
访谈者：平时家里怎么过？
受访者：我{{trap/word:白天}}下地，种点苞谷、红苕。下了一场{{trap/word:春雨}}，秧子就要栽了，大孙女放学回来帮我扯秧。老头子坐在门口剥胡豆，看着{{han:幺妹}}。去年{{han:二娃}}去{{trap/place:升钟湖}}边上耍水，我吓得腿都软了，{{han:母仕英}}带着村里人找了一下午。
访谈者：老人家身体吃得消吗？
受访者：吃不消也得吃。早上五点起来煮稀饭，把大的送去赶校车，回来给老头子擦身子、喂药，再背着小的下地。中午随便吃点，下午去镇上接小的。晚上辅导作业我辅导不来，我只读过两年书，就坐在旁边看着他们写，写完了我签个字。有时候累得在灶门前就睡着了，大孙女过来把我喊醒。
访谈者：屋头的收入靠啥子？
受访者：儿子媳妇每个月寄两千回来，老头子有残疾补贴，我种点菜卖。去年喂了两头猪，过年卖了一头，留一头杀了做腊肉。看病是最大的开销，老头子一个月药钱就要三四百，医保能报一部分。
访谈者：过年的时候呢？
受访者：过年最热闹。儿子媳妇腊月二十几回来，三个娃娃高兴得睡不着觉。媳妇给娃娃们买新衣裳，给我买了一件羽绒服，我舍不得穿。正月初六他们又要走，走的那天早上小的抱着她妈的腿不放，哭得村口的人都看着。车开了，大的拉着小的回屋，一整天都不说话。
访谈者：邻居们帮得上忙吗？
受访者：帮得上。隔壁的{{han:何淑珍}}{{trap/kin:嬢嬢}}每天早上顺路把{{han:幺妹}}送到幼儿园，她孙子也在那里。村上的医生{{han:罗永华}}，老头子的血压都是他来量，下雨天也来。大孙女说她要考大学，考到城里去，把我们都接过去。我说好，婆婆等着。
访谈者：登记要用的信息能说一下吗？
受访者：屋头在{{address:南部县升钟镇石龙村4社21号}}。我身份证{{id_number@wold.511321}}，孙儿的{{id_number@my2015hyphen.511321}}。儿子的电话{{mobile@plus86spaced}}，媳妇的{{mobile@hyphen}}。儿子的微信{{wechat:qiao_jianhua85}}。大孙女有个QQ，她说号码是她爸的生日加几个数，我记不住，喊她写下来：{{qq:2748105963}}。
访谈者：名字有没有写错过？
受访者：写错过。大孙女在学籍上是{{spaced:谯 雨 欣}}，{{han:二娃}}的医保卡上是{{spaced:谯　浩　然}}，儿子的名字在村上的表里成了{{spaced:谯建 华}}。志愿者的名字在墙上的照片底下印成{{spaced:公 孙 若 彤}}，{{han:幺妹}}指着念：公、孙、若、彤。
访谈者：您对以后有啥子盼头？
受访者：盼儿子媳妇早点回来，在{{trap/place:南充}}城里找个活路也好。我跟老头子都老了，{{han:幺妹}}还小，哪个晓得还能带几年。
""")

# H95: Han village doctor, 菏泽市 郓城县 张营镇; children of disabled parents; names that are also words.
DOCS["H95"] = ("staff", """\
访谈者：您当村医多少年了？
受访者：二十六年了。我叫{{han:巩立民}}，在{{trap/place:菏泽}}{{trap/place:郓城}}县张营镇的村卫生室。村里的残疾人家庭有十几户，家里有孩子的七户，我给他们建了个本子，谁家孩子发烧了、打没打疫苗，我心里都有数。
访谈者：说说几家吧。
受访者：头一家是{{han:王平安}}家。{{han:王平安}}他小时候发高烧，耳朵聋了，说话也不清楚。媳妇{{han:李春雨}}是小儿麻痹，腿脚不好。两口子有个闺女叫{{han:王思琪}}，十岁，在{{school:郓城县张营镇中心小学四年级（3）班}}。闺女懂事，她妈说啥她都听，还会打手语给她爸翻译。
访谈者：第二家呢？
受访者：第二家是{{han:刘国庆}}，在砖厂出了事，没了一条腿，媳妇跑了。他家的大小子{{han:刘振宇}}十三，在{{school:郓城县第三中学初一（2）班}}；小的{{han:刘振豪}}才六岁。{{trap/word:国庆节}}那几天我去换药，{{han:刘振宇}}蹲在院里洗全家的衣裳。
访谈者：第三家？
受访者：第三家是{{han:张建设}}，精神上的病，时好时坏。他老婆{{han:仇桂英}}撑着这个家，{{han:仇桂英}}婶一个人种八亩地。闺女{{han:张晓雪}}念初二，让她叔接到城里念书了。{{han:张建设}}犯病的时候，我跟村支书{{han:孙德胜}}一起把他送到县医院。
访谈者：都有哪些人在帮这些家庭？
受访者：{{trap/org:县残联}}的{{han:宓文华}}主任，给{{han:王平安}}配了助听器。村里{{trap/org:妇联}}主任{{han:褚秀云}}大姐，她是我们村的儿童主任，她跟我分着跑这几家。{{trap/org:乡卫生院}}的{{han:高明}}院长，每年带人来给孩子们体检。还有县里社工站派来的{{compound:赫连子轩}}，跟她搭档的是{{compound:闾丘雅静}}，{{compound:闾丘雅静}}是学心理的。县医院有个医生叫{{compound:巫马思齐}}，每个月来义诊一回。
访谈者：孩子们上学都顺利吗？
受访者：王家闺女成绩好，班主任{{han:郗晓燕}}老师让{{han:王思琪}}当了学习委员。{{han:刘振宇}}脾气倔，跟人打过架，因为人家笑他爸是瘸子。我给他讲{{trap/famous:武松}}打虎，讲咱{{trap/place:郓城}}出的{{trap/famous:宋江}}，他听得直点头。学校还让孩子们学{{trap/famous:雷锋}}，他就帮隔壁的{{han:郭玉芝}}姨挑水。
访谈者：这些孩子平时谁照顾多？
受访者：说实话，是孩子照顾大人多。王家闺女每天早上给她爸她妈做饭，晚上给她妈揉腿。刘家大小子放学先去砖厂门口捡废纸箱卖钱，一个礼拜能卖二三十块，都交给他爸。这些孩子早熟，可也累。我最怕他们身体垮了，每个季度给他们量一回身高体重，瘦了就去跟村里要营养餐。
访谈者：您给这些家庭看病收钱吗？
受访者：常用药不收，村卫生室有基本药物的补贴。大病我帮着联系县医院，找残联申请救助。张家那个病一犯就得住院，一住就是一两个月，出院了药不能断，一断又犯。我每个月初把药给他分好，一天一格，让他老婆看着他吃。
访谈者：孩子们有什么心愿？
受访者：王家闺女想要一个好助听器，说她爸一辈子没听清楚过她叫爸。刘家大小子想学修车，说修车能挣钱，还能给他爸修轮椅。我听了心里发酸。
访谈者：村里其他人怎么看这几家？
受访者：大多数人心好。村东头开超市的{{han:陈宝山}}，每个月给三家孩子送一箱牛奶，{{han:陈宝山}}说他小时候也穷，吃过百家饭。过年的时候村里唱戏，{{han:孙德胜}}书记让三家孩子坐头一排。也有说闲话的，说这几家是拖累，我听见了就跟人家吵。我老伴说我一个大夫跟人吵啥，我说孩子听得见。
访谈者：登记的信息能说一下吗？
受访者：王家在{{address:郓城县张营镇李庄村三组27号}}，刘家在{{address:张营镇刘堂村东街6号}}。{{han:王思琪}}的身份证{{id_number@wy2014spaced.371725}}，刘家孩子他爸的{{id_number@mmid.371725}}。我手机{{mobile@plain}}，儿童主任的{{mobile@spaced}}。我的微信{{wechat:gongdaifu_yc}}，QQ群里也能找着我，QQ号{{qq:872430519}}。
访谈者：名字在表上错过吗？
受访者：错过。{{han:王平安}}在残疾证上是{{spaced:王 平 安}}，{{han:刘振宇}}在学籍上成了{{spaced:刘　振　宇}}。社工的名字在花名册上是{{spaced:赫 连 子 轩}}，我一开始以为是俩人。
访谈者：您觉得最难的是什么？
受访者：是孩子心里那道坎。{{trap/word:平安}}两个字说着容易，这几家哪天不是提心吊胆。新农村{{trap/word:建设}}搞了好些年，路修好了，可是这些孩子的爹娘好不了。我能做的，就是多去看看，{{trap/word:马上}}开春了，得再挨家走一趟。
""")

# H96: Han grid worker (网格员) on a housing estate in 佳木斯市 向阳区; a Hezhe family from 同江, Russian nicknames.
DOCS["H96"] = ("staff", """\
访谈者：您在社区干了几年？
受访者：七年了。我叫{{han:邢丽华}}，在{{trap/place:佳木斯}}向阳区一个老小区当网格员，六栋楼，四百多户，困境儿童十一个。社区书记是{{han:孙晓梅}}，大家都叫她{{han:孙书记}}，她让我一户一户建档。
访谈者：说几户吧。
受访者：三号楼的{{han:鲍文博}}，十一岁。他爸{{han:鲍志刚}}尿毒症，一礼拜透析三回，他妈走了。孩子跟爷爷{{han:鲍德山}}过，楼里都叫{{han:老鲍}}。{{han:老鲍}}年轻时在俄罗斯倒腾过服装，管孙子叫{{minority/russian:瓦夏}}，孩子也答应。孩子在{{school:佳木斯市第十中学初一（4）班}}。
访谈者：还有呢？
受访者：五号楼有一家赫哲族，从{{trap/place:同江}}{{trap/place:街津口}}搬来的。孩子爸{{han:尤振海}}前年在{{trap/place:黑龙江}}上打鱼，船翻了没上来。奶奶{{han:尤凤芝}}带着孙女过，奶奶的赫哲名字叫{{minority/hezhe:尤克勒·阿吉玛}}，她说这是老辈人按氏族起的。孙女户口上叫{{han:尤佳琪}}，赫哲名{{minority/hezhe:萨音卡}}，九岁。孙女的表哥{{minority/hezhe:卢业勒·托克图}}在{{trap/place:同江}}上高中，{{minority/hezhe:托克图}}放假就来。奶奶会唱{{trap/minority_word:伊玛堪}}，会做{{trap/minority_word:赫哲鱼皮}}画，还给孩子们做{{trap/minority_word:杀生鱼}}。
访谈者：还有别的孩子吗？
受访者：六号楼有个丫头，她妈{{han:葛淑珍}}在{{trap/place:哈巴罗夫斯克}}卖衣服，一走大半年，丫头跟姥姥过。她在那边，俄罗斯人管她叫{{minority/russian:冬妮娅}}，她就给闺女也起了个俄罗斯小名{{minority/russian:妮娜}}，{{minority/russian:妮娜}}今年八岁，户口上叫{{han:葛欣妍}}。
访谈者：谁在帮这些孩子？
受访者：派出所的{{han:邹大鹏}}，我们叫他{{han:小邹}}，他隔三岔五来小区转。街道民政科的{{han:于海涛}}科长帮鲍家孩子办了事实无人抚养，一个月{{trap/number:一千三百多}}。区里社工站的{{compound:段干子瑜}}，还有她同事{{compound:乐正清和}}，给{{minority/russian:瓦夏}}做了半年辅导。
访谈者：这些孩子在小区里过得怎么样？
受访者：小区老，没有电梯，楼道里的灯常坏。孩子们放学以后在楼下空地上玩，冬天就在楼道里跳格子。社区腾出一间屋做了儿童之家，放了书架、乒乓球台，晚上有大学生来辅导作业。鲍家孩子每天去，他爸透析回来累，家里没人说话，他说儿童之家热闹。
访谈者：小区里的邻居们呢？
受访者：挺帮忙。二号楼的{{han:常玉琴}}大姐退休前是小学老师，每天晚上义务给孩子们辅导作业。一楼开小卖部的{{han:杜春生}}，鲍家孩子去买东西他都不收钱，说等孩子长大了再还。楼长{{han:冯建国}}那边有事就给我打电话，半夜也打。
访谈者：赫哲族的老人在城里住得惯吗？
受访者：不太惯。她一辈子在江边打鱼，住楼房憋得慌，夏天常一个人躲开{{trap/word:高峰期}}，坐公交去{{trap/place:松花江}}边上坐一下午，说江水的味道跟老家一样。孙女跟着她学了几句赫哲话，去年社区联欢会上唱了一段，大家都鼓掌，老太太在台下抹眼泪。
访谈者：您做这份工作最难的是什么？
受访者：是跟上面要钱，跟下面要信。有的家长不愿意让人知道家里的难处，我去了好几回人家才开门。有的手续要跑好几个部门，一个章盖不上就得重来，有人急了就打{{trap/hotline:12345}}。可是看到孩子们有书念、有饭吃，冬天屋里暖和，就觉得值。
访谈者：登记的信息{{trap/word:方便}}说吗？
受访者：鲍家在{{address:向阳区光复小区3号楼2单元401室}}，尤家在{{address:向阳区光复小区5号楼1单元102室}}。孩子的身份证{{id_number@my2013.230803}}，奶奶的{{id_number@woldhyphen.230881}}。{{han:老鲍}}的电话{{mobile@plus86}}。丫头她妈在国外用微信，号是{{wechat:katya_mama0601}}；鲍家爷爷的微信是孙子给注册的，{{wechat:wxid_k3m8q2v7p1}}。小区群用QQ，我的号{{qq:1390576428}}。
访谈者：表上的名字出过错吗？
受访者：出过。孩子在补助表上是{{spaced:鲍 文 博}}，奶奶的名字在表里成了{{spaced:尤 克 勒 · 阿 吉 玛}}，在另一张表上又是{{spaced:尤克勒 · 阿吉玛}}，表哥是{{spaced:卢业勒 · 托克图}}，丫头她妈的名字也被打成了{{spaced:葛淑 珍}}。户口本上是{{han:葛淑珍}}，低保本上又写了一遍{{han:葛淑珍}}，两个本子上的身份证号还差一位。社工的名字在签到表上是{{spaced:乐 正 清 和}}。
访谈者：冬天难吗？
受访者：难。零下三十度，{{trap/word:水龙头}}冻住了，老爷子拎着壶下楼接水。{{han:孙书记}}说今年要给这几户换暖气片。孩子们听说{{trap/place:欧洲}}也冷，{{minority/russian:瓦夏}}说，那我以后去俄罗斯，不怕。六号楼那个丫头，她妈每礼拜跟她视频，教她说俄语，她现在能用俄语数到一百，在班上可骄傲了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=89, trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
