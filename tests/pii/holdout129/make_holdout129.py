# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 129 (tests/pii/holdout129/H1017-H1024 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 128, written at the same time, is not
an earlier set).

Set 129 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 抚州 (Jiangxi) and 滁州 (Anhui): a Mongolian father from 阿巴嘎旗 who drives a delivery van in 临川区, his
wife dead of cancer, raising a daughter and a son with the help of his wife's sister; an Amdo Tibetan grandmother
from 碌曲 raising her granddaughter in 琅琊区, her daughter killed in a crash and the Han son-in-law who drove drunk
in prison; a Hui mother from 同心 who sells lamb in 南谯区, her husband's back broken on a building site, raising a
deaf son and a daughter; a Kazakh father from 富蕴 working in a 天长 cable factory, his son with him and his wife on
dialysis at home with their daughter; a Han community worker in 金溪 reading out her register; a Han children's
officer (儿童主任) in 全椒 who reaches her cases' parents on WeChat and QQ; a Han grandmother in 南城 raising three
grandchildren while her son is in prison; and a Han teacher in 来安 who looks after the left-behind children of her
class. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names used whole (格格日乐, 嘎吉德玛, 达仁高娃, 额布格图雅) and with a short form after the full
name (额尔和木朝鲁 then 额尔和木, 苏米亚图雅 then 苏米亚也, 僧格巴雅尔 then 僧格他), a Han surname before a Mongolian
given name (韩苏米亚, 鲍嘎力图) and the Han names of the same people (韩振东, 韩子轩, 韩哥); Amdo Tibetan names of
Amdo (桑吉草, 才项措, 完么才让, 才旦扎西, 道吉措毛, 更登吉, 索南措毛, 斗格吉, 吉毛) with 才 opening a name after
女儿/儿子 and 让 closing one before the verb 让 (桑杰才让让我), a short form (尕藏措 then 尕措), a Han surname before a
Tibetan given name (鲁尕藏措) and the Han names of Tibetans' kin (鲁思雨, and the grandmother called 鲁奶奶 after her
son-in-law); Hui names in Han form, most with rare Hui surnames (者秀莲, 把有才, 把文斌, 把雅琴, 海福祥, 虎正清,
妥明祥, 者桂芳, 马浩辰, 马凤珍) beside 经名 used alone (赫丽麦, 易卜拉辛, 玉努斯他, 再娜卜, 叶哈耶, 素阿黛, 达吾迪,
伊斯哈给, 鲁吉亚) and after a Han surname (把玉努斯, 妥艾伊莎 then 艾伊莎她, 马伊斯哈给), 把 as a surname before the
particle 把 (把有才把刀磨得飞快); Kazakh given name + father's name with a middle dot, a bullet, a katakana dot and
without the dot (也尔森·加那提, 托列吾汗•别克, 阿尔曼江・也尔森, 阿尔曼江也尔森, 加依拉·也尔森, 哈丽玛汗·托列吾汗,
努尔加玛丽·哈山, 古丽扎旦·赛力克) and single and short forms (也尔森, 也尔布拉提, 阿尔曼江, 加依拉也, 哈丽玛汗她,
托列吾汗他, 玛伊拉大夫, 古丽扎旦她), 也 opening Kazakh names and taken for a surname (也师傅); Han names with common
and rare surnames of the region (饶, 危, 揭, 艾, 付, 游, 聂, 熊, 帅, 桂, 晏, 练, 邬, 车, 过 in 抚州; 卞, 倪, 佘, 项, 束,
凤, 耿, 檀, 戴, 汪, 查, 殷, 尹 in 滁州), surnames that are also ordinary words after or before grammar words (跟和永昌,
是向春苗, 向春苗就, 乐桂英, 和能永红, 找还晓芳, 还晓芳，还是, 都晓雨都, 都长海, 要振江被, 让要振江, 向立新让, 查文涛就)
and given names with 有 in them (把有才, 聂有根, 黎有旺, 唐有德), with titles and kin words (艾春梅老师, 饶桂香阿婆,
项玉梅大姐, 佘丽娟老师, 玛伊拉大夫; the span is the name only), a surname with only a title or kin word, annotated
whole (韩哥, 鲁奶奶, 也师傅, 晏所长, 练姨, 汪姐, 檀站长, 凤主任, 邬所长, 过警官, 车医生, 施老师), 南城 forms of address
and nicknames, annotated whole (秋菊婆, 浩伢俚, 涵妹俚, 满崽都, 满根叔), names that contain words (聂长生, 向春苗,
吴满根, 黎有旺) beside ordinary words that start with a surname of the voices (向来, 向日葵, 乐意, 帅气,
周到), names directly before particles, pronouns and verbs (付建勇他, 佘丽娟说, 鲁建国他,
桑吉草我, 聂长生他, 周秀兰她, 佘俊杰他) and after 叫/是/给/跟/找/让/和, and a name closing the last sentence (…的甘秀云。);
names spaced out character by character in half- and full-width spaces (额 尔 和 木 朝 鲁, 僧 格 巴 雅 尔,
鲁　尕　藏　措, 阿 尔 曼 江, 向　春　苗, 邓　秋　菊, 南 宫 若 澜, 上 官 沐 岚), a dotted name with spaces around the dot
(也尔森 · 加那提) and names split in two (苏米亚　图雅, 格格 日乐, 完么 才让, 哈丽玛汗　托列吾汗, 聂长 生, 第五 思远,
澹台 明轩, 邓志 飞, 要振 江, 宰父 明月); compound surnames after ordinary words (南宫, 百里, 钟离, 司空, 端木, 太史,
万俟, 申屠, 呼延, 左丘, 公冶, 闻人, 第五, 轩辕, 濮阳, 澹台, 上官, 宗政, 公良, 夹谷, 宰父); and numbers read out and
written the many ways people do (QQ numbers in half- and full-width digits, a wxid_ WeChat id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:把有才}}``, ``{{qq:3960481572}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's
                                   (``{{id_number@wy2015fwhyphen.341102}}``, ``{{mobile@s434}}``); ``.region`` is
                                   the six-digit area code of an ID number; the shapes are those of ``_setkit``
                                   (IDs plain, x, spaced, hyphen, tri, quad, fullwidth,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿婆, 大姐, 大夫) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 就, 把, 被, 让, 她, 他, 我) are outside the span; a surname with only
a title or kin word (韩哥, 鲁奶奶, 汪姐, 练姨, 晏所长) and a local form of address or nickname (秋菊婆, 浩伢俚, 涵妹俚,
满崽, 满根叔) are annotated whole, and so is 也师傅 (the first syllable of a Kazakh name taken for a surname, with a
title). Han-style names of Mongolian, Tibetan, Hui and Naxi people and their kin (韩振东, 鲁思雨, 者秀莲, 把有才,
和永昌) are category han, and so is 也师傅; a Han surname before a non-Han given name (韩苏米亚, 鲍嘎力图, 鲁尕藏措,
把玉努斯, 妥艾伊莎, 马伊斯哈给) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout129/make_holdout129.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(129_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "173", "176", "181", "183",
                   "187", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1017: Mongolian father from 阿巴嘎旗 who drives a delivery van in 临川区 (抚州); his wife died of cancer.
DOCS["H1017"] = ("family", """\
访谈者：大哥，您这辆厢式货车一天要跑多少件？
受访者：旺季四百多件，平时两百来件。我叫{{minority/mongolian:额尔和木朝鲁}}，锡林郭勒{{trap/place:阿巴嘎旗}}的牧民。驾驶证上是汉名{{han:韩振东}}，站点里都喊我{{han:韩哥}}，只有老乡还叫我{{minority/mongolian:额尔和木}}。
访谈者：怎么到{{trap/place:临川区}}来送快递了？
受访者：老婆{{minority/mongolian:格格日乐}}前年查出胃癌，她妹妹{{minority/mongolian:嘎吉德玛}}嫁在{{trap/place:抚州}}，说这边看病方便，还能帮着带孩子。我们把一百多只羊卖了，一家四口开车过来。治了一年零两个月，人没留住。欠了十几万，草场也租出去了，我就留下来开车。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:苏米亚图雅}}十三，读{{school:临川区第十一中学七年级（5）班}}，家里叫她{{minority/mongolian:苏米亚}}。学籍上是{{minority/mongolian:韩苏米亚}}，把我汉名的姓加在前头了。儿子{{minority/mongolian:僧格巴雅尔}}九岁，上学用汉名{{han:韩子轩}}，在{{school:临川区钟岭小学三年级（2）班}}。{{minority/mongolian:僧格}}他妈走的时候他才七岁，到现在夜里还喊额吉。
访谈者：您跑车的时候谁看孩子？
受访者：小姨子下了班过来做饭。楼下的{{han:饶桂香}}阿婆帮着接送，她孙子跟{{minority/mongolian:僧格}}一个班。{{minority/mongolian:苏米亚}}也懂事，周末给弟弟洗衣服、检查作业。
访谈者：有谁帮过你们？
受访者：社区的儿童主任{{han:揭美玲}}上门好几回，给我们报了低保，两个孩子算困境儿童，每人每月{{trap/number:五百三十元}}。街道民政的{{han:危国平}}来核过收入，说我跑快递计件，收入不稳，可以按最低算。闺女的班主任{{han:艾春梅}}老师知道她妈的事，下了晚自习常送她到楼下。区社工站的{{compound:南宫若澜}}每周来给闺女做一次辅导，她同事{{compound:百里清扬}}陪儿子去医院复查。我们站长{{han:付建勇}}把离家近的片区分给我，{{han:付建勇}}他说，孩子放学你得接得上。
访谈者：老家那边还有人管吗？
受访者：有。嘎查的儿童主任{{minority/mongolian:达仁高娃}}每个月打电话，问孩子户口、医保转没转。苏木的民政助理{{minority/mongolian:鲍嘎力图}}帮我把草场补贴的手续办了。我阿妈{{minority/mongolian:额布格图雅}}七十二了，一个人守着{{trap/minority_word:敖包}}山下那几间房。她常说要学{{trap/famous:都贵玛}}额吉，把别人的孩子都当自己的养，可她现在连自己的孙子都带不了。
访谈者：站里的同事怎么样？
受访者：都好。跟我搭班的叫{{han:和永昌}}，云南丽江的纳西族，也是外地来的。我跟{{han:和永昌}}轮着跑{{trap/place:上顿渡}}那条线。他老婆在站里分拣，常给{{minority/mongolian:苏米亚}}带米粉。我教他们喝{{trap/minority_word:奶茶}}，他们嫌咸。
访谈者：孩子们适应这边吗？
受访者：闺女适应了，会说几句抚州话。儿子不行，嫌热，想草原上的马。学校组织去看{{trap/famous:汤显祖}}的戏，他回来说听不懂，可那身衣服好看。我答应他，等债还完了带他回去骑马。
访谈者：您老婆生病那段时间是怎么过来的？
受访者：她在{{trap/place:锡林浩特}}查出来的时候，医生就说晚了。我们不死心，到南昌做了手术，又化疗了六回。头发掉光了，她还笑着跟闺女说，阿妈变成喇嘛了。最后两个月吃不下东西，一天只喝几口米汤。走的那天晚上她拉着我的手，说别让孩子们断了学。她最后一条语音我还存在手机里，不敢听，也不敢删。
访谈者：闺女后来怎么样？
受访者：她妈走了以后，她半年没笑过，成绩从前十掉到三十多名。社工给她做沙盘，她摆了一个蒙古包，门口站着一个女人，她说那是阿妈在等她。现在好些了，肯跟同学出去玩，还进了学校的合唱团。
访谈者：跑快递收入怎么样？
受访者：一件一块二，一个月六千多，油钱、车贷扣掉剩四千。每个月先还两千债，剩下的过日子。过年站里发了一桶油、一袋米，站长说家里困难的先拿。
访谈者：您自己呢？
受访者：一天跑十一二个钟头，腰疼。最怕下雨天，件湿了要赔钱。晚上回来孩子都睡了，我看看他们，再看看他妈的照片。
访谈者：登记表上的信息请您说一下。
受访者：这边租的房在{{address:临川区荆公路菜园巷14号2栋302室}}，老家在{{address:阿巴嘎旗别力古台镇巴彦查干嘎查四组9号}}。我身份证{{id_number@my1981spaced.152522}}，闺女的{{id_number@wy2012tri.152522}}。我电话{{mobile@s434}}，{{han:揭美玲}}的电话{{mobile@p86h}}。我微信叫{{wechat:erhemu_kuaidi0721}}，客户都加这个。闺女有个QQ，交作业用的，她把号码写在冰箱贴背面：{{qq:3960481572}}。
访谈者：表上的名字写得对吗？
受访者：错的多。快递站的合同上我是{{spaced:额 尔 和 木 朝 鲁}}，学校把儿子写成{{spaced:僧 格 巴 雅 尔}}，闺女是{{spaced:苏米亚　图雅}}，我老婆的死亡证明上写成{{spaced:格格 日乐}}。社工签字是{{spaced:南 宫 若 澜}}。
访谈者：您最盼什么？
受访者：盼孩子们长大，带他们回去看看额吉，看看{{minority/mongolian:格格日乐}}长大的地方。
""")

# H1018: Amdo Tibetan grandmother from 碌曲 raising her granddaughter in 琅琊区 (滁州); her daughter died in a crash
# and the Han son-in-law who drove drunk is in prison.
DOCS["H1018"] = ("family", """\
访谈者：阿奶，您是从哪里来的？
受访者：甘南{{trap/place:碌曲}}，{{trap/place:郎木寺}}往北四十里的牧场。我叫{{minority/tibetan:桑吉草}}，楼里的人跟着我女婿的姓，都叫我{{han:鲁奶奶}}。
访谈者：怎么到{{trap/place:滁州}}来的？
受访者：女儿{{minority/tibetan:才项措}}在{{trap/place:兰州}}读卫校，认识了这边的小伙子{{han:鲁建国}}，嫁到了{{trap/place:琅琊区}}。前年冬天两口子开车回娘家，在高速上出了事，我女儿没了。{{han:鲁建国}}喝了酒开的车，判了四年，现在在监狱里。孙女没人管，我就从草原上过来了。
访谈者：孙女多大？
受访者：十岁。户口本上叫{{han:鲁思雨}}，藏名是她外公起的，叫{{minority/tibetan:尕藏措}}，我叫她{{minority/tibetan:尕措}}。学校有的老师叫她{{minority/tibetan:鲁尕藏措}}，两个名字拼在一起。{{minority/tibetan:尕措}}在{{school:琅琊区丰乐小学四年级（3）班}}，她说全校只有她会说藏话。
访谈者：您一个人带孩子，有哪些帮助？
受访者：社区儿童主任{{han:卞玉兰}}帮孙女报了事实无人抚养儿童，每月{{trap/number:一千三百五}}，又给我办了居住证。街道民政的{{han:倪志刚}}跑了三趟监狱，要{{han:鲁建国}}签字。孙女的班主任{{han:佘丽娟}}老师每天放学把她送到小区门口，{{han:佘丽娟}}说，奶奶走路慢，别让她等。区社工站的{{compound:钟离婉晴}}每周三来，教孙女写作文；还有个男社工叫{{compound:司空明朗}}，带她去{{trap/place:琅琊山}}，给她讲{{trap/famous:欧阳修}}喝醉了酒写文章的事。
访谈者：老家还有什么人？
受访者：老伴{{minority/tibetan:完么才让}}走了八年了。儿子{{minority/tibetan:才旦扎西}}在碌曲放牦牛，挖了{{trap/minority_word:蕨麻}}就寄过来。儿媳{{minority/tibetan:道吉措毛}}身体不好，来不了。村里的儿童主任{{minority/tibetan:更登吉}}也常打电话问。侄子{{minority/tibetan:桑杰才让}}让我回去，说草原上空气好，孙女可以接回去念书。
访谈者：您在这边过得习惯吗？
受访者：不习惯。夏天太热，皮袄穿不了。吃不到{{trap/minority_word:糌粑}}，我就自己炒青稞面。这边话听不懂，买菜全靠比划。楼下超市的{{han:项玉梅}}大姐给我记账，月底再结。{{trap/org:滁州学院}}有个碌曲来的大学生{{minority/tibetan:索南措毛}}，周末来陪我说说话，帮孙女补英语。
访谈者：孙女想爸爸妈妈吗？
受访者：想。她妈的照片放在佛龛边上，她每天早上去磕头。她爸一个月能打一次电话，{{han:鲁建国}}他在电话里哭，说对不起孩子、对不起我。我不恨他了，恨也没用。
访谈者：孙女刚没了妈妈那阵子怎么样？
受访者：不说话，也不吃饭，夜里哭醒了就喊阿妈。她那时候藏话说得少，我汉话又说不好，两个人只能抱着哭。后来学校的心理老师一周找她两回，带她画画。她画的都是草原，天上飞着一只鹰，她说那是她妈。
访谈者：您去看过孙女的爸爸吗？
受访者：去过一回。监狱在{{trap/place:合肥}}边上，社区的人开车带我去的。他在玻璃那边跪着磕头，我的心就软了。他说出来以后一定好好养孩子，让我放心。我说，你先把酒戒了。
访谈者：您身体怎么样？
受访者：膝盖不好，上楼要歇两回。这边潮，关节疼得厉害。去社区医院看病，医生说的话我听不懂，都是孙女给我翻。我每天早上捻一百零八颗佛珠，念经，求孙女平平安安。没有转经的地方，我就在小区里绕着花坛走。
访谈者：孙女在学校怎么样？
受访者：成绩好，爱唱歌。{{trap/minority_word:香浪节}}我带她回过一次碌曲，她在草滩上跟表姐跳{{trap/minority_word:锅庄}}，跳得比谁都好。回来她在班会上讲{{trap/famous:格萨尔}}王的故事，老师给她发了奖状。{{minority/tibetan:桑吉草}}我这辈子没上过学，孙女的奖状我看不懂，可我都收在箱子里。
访谈者：您打算一直在这边吗？
受访者：等她爸出来再说。孙女的户口、学籍都在这边，回碌曲要从头念，她的藏文也跟不上。我跟她说好了，放暑假就回草原，住帐篷，喝新挤的奶，让她记得她妈是从哪里来的。她舅舅已经把小马驹给她留好了。
访谈者：登记的信息请您说一下。
受访者：这边住在{{address:琅琊区西涧街道菱溪苑5栋1单元402室}}，老家在{{address:碌曲县尕海镇秀哇村三社21号}}。我的身份证{{id_number@wold.623026}}，孙女的{{id_number@wy2015fwhyphen.341102}}。我不识字，电话是{{han:卞玉兰}}帮我存的：{{mobile@plain}}。儿子的微信叫{{wechat:caidan_gahai}}，我跟他视频都用这个。孙女有个QQ，她抄在作业本背面：{{qq:705839216}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。居住证上我是{{spaced:桑 吉 草}}，学校把孙女写成{{spaced:尕 藏 措}}，我老伴在表上是{{spaced:完么 才让}}，孙女另一张表上是{{spaced:鲁　尕　藏　措}}。
访谈者：最后还想说什么？
受访者：盼她爸早点出来，把孩子接回去。我老了，想回碌曲，死也要死在草原上。
""")

# H1019: Hui mother from 同心 who sells lamb in 南谯区 (滁州) and raises a deaf son; her husband hurt his back.
DOCS["H1019"] = ("family", """\
访谈者：大姐，您这摊子上的羊肉是从哪儿来的？
受访者：宁夏{{trap/place:同心}}的滩羊，我娘家兄弟{{han:海福祥}}在那边收，冷链车拉过来。我叫{{han:者秀莲}}，经名{{minority/hui:赫丽麦}}，在{{trap/place:南谯区}}菜市场卖羊肉八年了。
访谈者：家里几口人？
受访者：四口。我男人{{han:把有才}}，姓把，就是把门关上的那个把，经名{{minority/hui:易卜拉辛}}。原来在工地上扎钢筋，前年从架子上摔下来，腰椎骨折，重活干不了，现在在摊子上帮我剁肉。{{han:把有才}}把刀磨得飞快，剁起来比我还利索。儿子{{han:把文斌}}十一岁，经名{{minority/hui:玉努斯}}，生下来就听不见。闺女{{han:把雅琴}}八岁，经名{{minority/hui:再娜卜}}。
访谈者：儿子上学怎么办？
受访者：在{{school:滁州市特殊教育学校四年级（1）班}}，住校，周五我去接。他会手语，我们学了一点，{{minority/hui:玉努斯}}他比划得太快，我跟他爸都跟不上。{{minority/hui:再娜卜}}倒学得快，兄妹俩比划起来，我们插不上嘴。学校的手语老师{{han:耿春燕}}每周六给家长上课。学校名册上把他写成{{minority/hui:把玉努斯}}，姓跟经名连着。
访谈者：儿子是什么时候发现听不见的？
受访者：一岁多还不会叫妈，喊他也不回头。抱到{{trap/place:银川}}一查，说是先天的，重度。那时候不懂，耽误了几年，要是早点戴上助听器，现在说话能好些。我男人那阵子天天蹲在门口，一句话不说，觉得是自己家里的根不好。阿訇劝他，说孩子怎么来的都是恩典。
访谈者：儿子的耳朵有办法治吗？
受访者：医生说能装{{trap/word:人工耳蜗}}，一只二十多万。{{trap/org:市残联}}有个救助项目，{{han:束国庆}}帮我们报上去了，说明年能排上。儿子现在有残疾人两项补贴，加起来每月{{trap/number:二百一十元}}。
访谈者：还有谁帮过你们？
受访者：社区儿童主任{{han:凤春兰}}给我们办了低保，闺女算困境儿童。寺里的阿訇{{han:虎正清}}，经名{{minority/hui:叶哈耶}}，常来摊子上坐，劝我男人说，腰伤了，心不能塌。隔壁卖牛肉的{{minority/hui:妥艾伊莎}}忙不过来就替我看摊，{{minority/hui:艾伊莎}}她男人{{han:妥明祥}}开车帮我去合肥拿货。区社工站的{{compound:端木晴岚}}每周来一次，陪闺女写作业；另一个社工叫{{compound:太史若兰}}，会手语，跟儿子最聊得来。
访谈者：您男人受伤以后怎么样？
受访者：头半年躺在床上，脾气大，摔过碗。后来能下地了，我让他来摊子上帮忙，他说一个大男人在菜市场剁肉，丢人，让老家人知道了笑话。现在好了，跟老主顾有说有笑。区残联的康复师{{compound:万俟雅楠}}上门教他练腰，一天两回，他比我还坚持得住。
访谈者：老家还有人吗？
受访者：我妈{{han:者桂芳}}，经名{{minority/hui:素阿黛}}，七十了，在同心。每年{{trap/minority_word:尔麦里}}我都想回去，走不开。兄弟{{han:海福祥}}的经名叫{{minority/hui:达吾迪}}，他说等儿子装了耳蜗，接我们回去住一个月。
访谈者：您一个人撑着，累不累？
受访者：累。早上四点去屠宰场拿肉，晚上七点收摊。冬天手冻得开口子，夏天怕肉坏。{{minority/hui:赫丽麦}}这个名字是我奶奶起的，她说这名字的意思是有耐心，我这辈子最不缺的就是耐心。
访谈者：摊子生意怎么样？
受访者：冬天好，夏天差。滁州人爱吃羊肉汤，一到冬至排长队，我一天能卖一百多斤。夏天就靠老主顾，一天卖二三十斤，刨掉摊位费、运费，剩不了几个。我男人算账算得清，哪天赚了哪天亏，他都记在一个旧本子上。闺女放学就来摊子上写作业，写完了帮我装袋子、收钱，算得比她爸还快。
访谈者：孩子们在学校怎么样？
受访者：闺女成绩好，老师讲{{trap/famous:郑和}}下西洋，她回来问我是不是回回。儿子爱画画，画了一幅羊群，挂在学校走廊上。下雨天我戴着{{trap/minority_word:盖头}}去接他，他老远就认出我，跑过来比划说，妈妈，雨大，你慢点。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:南谯区乌衣镇农贸市场东门23号摊位}}，住在{{address:南谯区龙蟠街道丰山路88号4栋2单元501室}}。我的身份证{{id_number@wy1984fwspaced.640324}}，儿子的{{id_number@my2014quad.640324}}。我电话{{mobile@hyphen}}，{{han:凤春兰}}的电话{{mobile@plus86spaced}}。我的微信{{wechat:zhexiulian_tanyang}}，买肉的都加。儿子有个QQ，跟学校同学发视频打手语，号码他写在书包带子里面：{{qq:81736025}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:者 秀 莲}}，儿子的经名写成{{spaced:玉 努 斯}}，闺女是{{spaced:把 雅 琴}}，社工的签名是{{spaced:端 木 晴 岚}}。
访谈者：您最大的心愿是什么？
受访者：盼儿子装上耳蜗，能听见他妹妹喊他一声哥。
""")

# H1020: Kazakh father from 富蕴 who works at a cable factory in 天长 (滁州); his wife is on dialysis at home.
DOCS["H1020"] = ("family", """\
访谈者：您在厂里干什么活？
受访者：拉丝，给电缆拉铜丝。我叫{{minority/kazakh:也尔森·加那提}}，新疆{{trap/place:富蕴}}人，家在{{trap/place:可可托海}}边上。厂里的人念不顺，都叫我{{minority/kazakh:也尔森}}，车间的老师傅把也当成姓，叫我{{han:也师傅}}。
访谈者：怎么到{{trap/place:天长}}来的？
受访者：我老婆{{minority/kazakh:哈丽玛汗·托列吾汗}}三年前查出尿毒症，一周透析三次。羊卖了，钱还是不够。同村的{{minority/kazakh:也尔布拉提}}在这边电缆厂干过，说工资高，我就跟着来了。{{minority/kazakh:哈丽玛汗}}她跟我岳父岳母在富蕴，小女儿也在那边。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:阿尔曼江・也尔森}}十二，跟我在天长，读{{school:天长市实验小学六年级（4）班}}。学校表上没有点，写成{{minority/kazakh:阿尔曼江也尔森}}，同学叫他{{minority/kazakh:阿尔曼江}}。女儿{{minority/kazakh:加依拉·也尔森}}六岁，在{{school:富蕴县库尔特乡寄宿制学校学前（2）班}}。我们叫她{{minority/kazakh:加依拉}}。{{minority/kazakh:加依拉}}也懂事，每天晚上给她妈捶腿。
访谈者：两边有谁帮忙？
受访者：老家村里的儿童主任{{minority/kazakh:努尔加玛丽·哈山}}给女儿报了困境儿童，老婆有残疾证，拿两项补贴。乡民政的{{han:贾振宇}}每季度入户一次。这边社区的儿童主任{{han:戴玉凤}}帮儿子办了转学，还申请了课后服务。班主任{{han:檀晓梅}}老师说他数学好，让他当了课代表。车间主任{{han:秦国栋}}把夜班排给我，夜班多八十块。工友里我跟{{han:能永红}}最好，他姓能，能干的能，我和{{han:能永红}}原来一个宿舍，他教我说天长话。
访谈者：您一个人带儿子，怎么安排？
受访者：我上白班，他放学去社区的课后服务；我上夜班，他一个人在宿舍睡。宿舍本来两个人一间，工友让出来给我们父子住。夜里我从车间回来，他已经睡着了，作业摊在床上。我给他盖好被子，把第二天的饭钱压在杯子底下。
访谈者：您老婆现在怎么样？
受访者：瘦得厉害。县医院的{{minority/kazakh:玛伊拉}}大夫说，要等肾源，排了两年了。我岳父{{minority/kazakh:托列吾汗•别克}}七十岁，每周骑摩托送她去透析。{{minority/kazakh:托列吾汗}}他说，你在外面好好干，家里有我。老人家腰也不好，可他从来不在电话里说一句难处。
访谈者：儿子在天长习惯吗？
受访者：开始不习惯，吃不惯米饭，想{{trap/minority_word:奶疙瘩}}。他在学校是唯一的哈萨克族，班会上讲{{trap/place:额尔齐斯河}}、讲转场，同学们都听傻了。社工站的{{compound:申屠佳怡}}每周带他去图书馆，她同事{{compound:呼延子骞}}教他打篮球。他现在天长话说得比我好，回家还教他妹妹在视频里说“乖乖隆地咚”。
访谈者：厂里的活累不累？
受访者：累。车间里机器响，一站就是十二个钟头，耳朵里嗡嗡的。铜丝断了要马上接，手上全是口子。刚来那个冬天我不知道南方的冷是湿的，穿着棉袄还打哆嗦。工友们教我晚上用热水泡脚，现在好多了。厂里的食堂有一个清真窗口，是我去找了领导才开的。儿子周末来厂里吃饭，说食堂的抓饭没有他妈做的香。
访谈者：过节怎么过？
受访者：{{trap/minority_word:纳吾热孜}}我请假带儿子回去了。他跟妹妹抢着给他妈端茶，岳母做了一桌子菜。村里请来弹唱的人，老人给孩子们{{trap/minority_word:巴塔}}，我也哭了。晚上我给儿子讲{{trap/famous:唐加勒克}}的诗，他说等他长大要写一首给妈妈。
访谈者：您想过回去吗？
受访者：想。可回去挣不到钱，透析一个月就要好几千。等儿子小学毕业，我想让他回富蕴读初中，跟他妈在一起。我再干两年，把债还上，就回去放羊。他妈每天晚上跟我们视频，瘦得脸上只剩一双眼睛了，还要看儿子的作业。儿子背一段课文，她夸一段。挂了电话，儿子就躲进厕所半天不出来，我知道他在哭。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:富蕴县库尔特乡喀拉吉拉村二组15号}}，这边住厂里的宿舍，{{address:天长市秦栏镇工业园电缆路6号宿舍3栋208室}}。我身份证{{id_number@my1983hyphen.654322}}，女儿的{{id_number@wy2019x.654322}}。我电话{{mobile@h38}}，{{han:戴玉凤}}的电话{{mobile@fws}}。我微信{{wechat:yersen_fuyun83}}，儿子有QQ，号码他贴在宿舍门背后：{{qq:2570691834}}。
访谈者：名字写法一样吗？
受访者：不一样。工资卡上我是{{spaced:也尔森 · 加那提}}，儿子的作业本上写{{spaced:阿 尔 曼 江}}，女儿的表上是{{spaced:加 依 拉}}，我老婆的病历上写成{{spaced:哈丽玛汗　托列吾汗}}。社工的签名是{{spaced:申 屠 佳 怡}}。
访谈者：您最盼什么？
受访者：盼早点等到肾源。{{minority/kazakh:哈丽玛汗}}她说，她还想再上一回夏牧场。
""")

# H1021: Han community worker in 金溪 (抚州) reading out her register of children in distress.
DOCS["H1021"] = ("staff", """\
访谈者：您手里这本是什么？
受访者：困境儿童台账。我叫{{han:游美华}}，在{{trap/place:金溪县}}{{trap/place:秀谷镇}}社区当专干，十一年了。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:危子豪}}，男，十岁，{{school:金溪县秀谷镇第三小学四年级（2）班}}。爸爸{{han:危建华}}在工地上摔死了，妈妈{{han:饶丽琴}}前年去了{{trap/place:温州}}，电话打不通，失联两年多。跟爷爷{{han:危福生}}过，住{{address:金溪县秀谷镇仰山路宝山巷7号}}。孩子身份证{{id_number@my2015hyphen.361027}}，报的是事实无人抚养，每月{{trap/number:一千二百一}}。
访谈者：第二户？
受访者：第二户是{{han:向春苗}}，女，十四岁，在{{school:金溪县第二中学八年级（6）班}}。爸爸{{han:向国全}}盗窃，判了五年；妈妈{{han:乐桂英}}精神残疾，二级。{{han:向春苗}}就一边上学一边照顾她妈，周末还去菜市场帮人剥豆子。服刑人员子女补助每月{{trap/number:六百八}}，她妈拿两项补贴。住{{address:金溪县对桥镇塘下村五组16号}}，她的身份证{{id_number@wy2011.361027}}。她妈妈自己也{{trap/word:乐意}}去康复站，每周去两回。
访谈者：第三户？
受访者：第三户，{{han:聂长生}}，男，七岁，脑瘫，坐轮椅，在家送教。爸爸{{han:聂有根}}在{{trap/place:浙江}}打工，妈妈走了。奶奶{{han:熊冬娥}}带着，她也快七十了。{{han:聂长生}}他每次见我都笑。住{{address:金溪县琉璃乡东源村二组9号}}，奶奶的身份证{{id_number@wold.361027}}。
访谈者：第四户？
受访者：第四户，妈妈是新疆嫁过来的哈萨克族，叫{{minority/kazakh:古丽扎旦·赛力克}}，爸爸{{han:帅国强}}去年得肝病走了。孩子{{han:帅一鸣}}五岁，在幼儿园。{{minority/kazakh:古丽扎旦}}她一个人打两份工，在超市理货，晚上去饭店洗碗，她儿子{{han:帅一鸣}}那个{{trap/word:帅气}}劲，像他爸。
访谈者：第五户？
受访者：第五户是孤儿，{{han:桂小雨}}，女，十二岁，爸妈在{{trap/place:黄通乡}}出车祸走了。跟姑姑{{han:桂凤英}}过，孤儿基本生活费每月{{trap/number:一千五百八}}。
访谈者：第三户的孩子，送教是怎么送的？
受访者：县特教学校的老师每周上门两回，教他认字、做康复，来得最多的是{{compound:左丘晓宁}}老师，跑了三年，孩子见了她就伸手要抱。他现在能说十几个字，会叫奶奶、叫老师。奶奶说，孩子头一回开口叫她那天，她在灶屋里哭了一场。我们给这孩子申请的轮椅是县里免费配的，去年又换了一辆大一点的。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:晏所长}}总负责，材料报到县{{trap/org:民政局}}。村里的儿童主任，对桥是{{han:邹雪梅}}，琉璃是{{han:练姨}}。站里社工{{compound:公冶文静}}跟第一户、第三户，新来的{{compound:闻人子骞}}跟第二户。县里的督导叫{{compound:第五思远}}，每月下来查台账。
访谈者：台账上的名字都写对了吗？
受访者：错的多。{{han:危子豪}}被写成{{spaced:危 子 豪}}；{{spaced:向　春　苗}}；{{spaced:聂长 生}}；我们的社工写成{{spaced:闻 人 子 骞}}，督导写成{{spaced:第五 思远}}。年底我们一起再核一遍。
访谈者：这些孩子里有没有您特别放不下的？
受访者：第二户那个姑娘。她妈犯病的时候砸东西，她就把刀、剪子都藏起来，一晚上不敢睡。她跟我说，阿姨，我{{trap/word:向来}}不哭，哭了我妈更乱。我听了心里发酸，回来路上骑着车直掉眼泪。今年我们给她联系了结对的大学生，每周给她补英语、补数学。她成绩在年级前五十，想考{{trap/org:临川一中}}。
访谈者：这些补助钱够用吗？
受访者：够吃饭，不够念书。孩子一上初中，资料费、住宿费、校服钱，一学期下来一两千。我们就去找慈善会、找结对的单位，一家一家去说。去年县里一个企业认领了六个孩子，每人每年两千，今年还接着给。老板说他小时候也是奶奶带大的，知道这个苦。
访谈者：你们怎么发现这些孩子的？
受访者：村里的儿童主任报上来，学校发现，再就是我们入户排查。有的是邻居打电话说的。{{trap/place:浒湾镇}}那边有个孩子，爸爸在外地坐牢，妈妈跑了，孩子一个人住了两个月才被人发现，瘦得皮包骨头。
访谈者：你们一年要跑多少趟？
受访者：每户一个月至少一趟，有事随时去。我骑电动车，下雨天穿雨衣，一天跑三四个村，中午就在村部吃一口。台账要录进系统，照片、签字一样不能少。有时候晚上十点了还在录，我女儿说，妈妈你比我们班主任还忙。
访谈者：联系方式呢？
受访者：{{han:危福生}}没手机，打隔壁的；{{han:熊冬娥}}的电话{{mobile@plus86dash}}。我的工作微信{{wechat:youmeihua_xiugu}}。我们这儿出过{{trap/famous:陆九渊}}，老话说读书明理，可这些孩子连读书都难。有事也可以打{{trap/hotline:12349}}。
""")

# H1022: Han children's officer (儿童主任) in 全椒 (滁州) who follows her cases and their parents on WeChat and QQ.
DOCS["H1022"] = ("staff", """\
访谈者：{{han:汪姐}}，您手机上这么多群？
受访者：都是工作的。我叫{{han:汪丽琴}}，{{trap/place:全椒县}}{{trap/place:古河镇}}大墅村的儿童主任，村里叫我{{han:汪姐}}。村里困境儿童十一个，留守的六十多个，爹妈大多在外地，我只能靠微信、QQ找他们。
访谈者：您说几个。
受访者：先说{{han:查文涛}}，十一岁，在{{school:全椒县古河镇中心小学五年级（3）班}}。爸爸{{han:查国民}}、妈妈{{han:唐小凤}}都在{{trap/place:苏州}}电子厂。他爸的微信{{wechat:zhaguomin_sz1985}}，晚上十点下班才回消息。我去家里查他作业，{{han:查文涛}}就躲，他奶奶{{han:卞秀芝}}不识字，管不住。他奶奶家在{{address:全椒县古河镇大墅村前郢组12号}}。
访谈者：第二个呢？
受访者：第二个是女孩{{han:耿欣悦}}，九岁。她妈是青海嫁过来的藏族，叫{{minority/tibetan:斗格吉}}，过了两年受不了走了，回了{{trap/place:同仁}}。她爸{{han:耿大志}}在外面跑货车。{{minority/tibetan:斗格吉}}她去年加了我的QQ，号码{{qq:1869034527}}，隔一阵问一句女儿长高没有。女孩的藏名叫{{minority/tibetan:吉毛}}，是她妈起的。她爸的电话{{mobile@s38}}。
访谈者：第三个？
受访者：第三个{{han:佘俊杰}}，十三岁。爸爸{{han:佘国华}}在{{trap/place:芜湖}}因为打架判了三年，妈妈{{han:还晓芳}}，还是那个还，念旋，她在{{trap/place:南京}}做保洁。我找{{han:还晓芳}}都是发微信，她的微信{{wechat:xuanxf_nj0612}}。孩子报了服刑人员子女补助，每月{{trap/number:五百九十元}}。{{han:佘俊杰}}他自己有QQ，我加了，号码他念给我听，我记在本子上：{{qq:390758214}}。他半夜还在线打游戏，我就在QQ上骂他，骂完了再发个红包让他买早饭。
访谈者：第四个？
受访者：第四个是孤儿，{{han:束雨桐}}，七岁，跟舅舅{{han:倪守义}}过。舅舅的电话{{mobile@p86n}}，他家在{{trap/place:襄河镇}}。孤儿基本生活费每月{{trap/number:一千四百九}}。舅妈的微信叫{{wechat:wxid_q7m2k9x4ja}}，孩子看病、交钱的单子都发给我看。
访谈者：这么多家长，您怎么记得住？
受访者：手机里每个人我都备注了，谁家孩子、在哪打工、几点下班。爹妈在厂里上班不能看手机，我就挑他们吃饭的时候发。有的家长嫌我烦，把我拉黑了，过两个月孩子出了事，又来加我。我不计较，孩子要紧。县里今年派来一个大学生志愿者{{compound:轩辕博文}}，帮我把十一个孩子的档案都录进了电脑。
访谈者：镇上、县里谁在管？
受访者：镇社工站的{{han:檀站长}}，县{{trap/org:妇联}}的{{han:凤主任}}。县社工站派来的{{compound:濮阳佳琪}}每月来一次，她同事{{compound:澹台明轩}}给留守孩子上安全课，讲{{trap/famous:吴敬梓}}小时候的事，说他也是咱全椒人。
访谈者：孩子出了事，家长在外地怎么办？
受访者：先找我。去年{{han:束雨桐}}半夜发高烧，舅舅喝了酒开不了车，给我打电话。我叫上村医，开着三轮把孩子送到镇卫生院，一路上拿手机给她舅妈发定位。第二天她舅妈在微信上给我转了两百块，我没收，退回去了。孩子病好了以后，在我家门口放了一把她自己摘的栀子花。
访谈者：您自己的联系方式呢？
受访者：我的电话{{mobile@plus86}}，QQ{{qq:４７５１０２８６３}}，关爱群的群号是{{trap/number:812764390}}，家长都在群里。我在表上还被写成{{spaced:汪 丽 琴}}，社工写成{{spaced:濮 阳 佳 琪}}，{{spaced:澹台 明轩}}，孩子写成{{spaced:查 文 涛}}、{{spaced:耿　欣　悦}}。
访谈者：天天盯着手机，累不累？
受访者：累。晚上做饭、洗碗，手机一响就得看。有回半夜两点，{{han:唐小凤}}在微信上发语音，说儿子不接她电话，让我去看看。我骑电瓶车过去，孩子在被窝里打游戏。我把手机收了，第二天还给他奶奶。孩子爸妈都说谢谢我，可谢谢不顶用，孩子要的是爹妈在身边。我常跟家长说，一年里能回来一趟，就多回来一趟。
访谈者：您自己家里呢？
受访者：我男人在{{trap/place:滁州}}开出租，儿子在县城读高中。我一个月工资一千八，村里的事、孩子们的事、上面的表格，忙起来顾不上自己家。我儿子说，妈，你是不是把别人家孩子当亲生的了。我说，人家爹妈不在身边，总得有个人管。他嘴上嫌我，去年寒假还跟着我去给孩子们送了年货。
访谈者：有没有让您高兴的事？
受访者：有。{{han:耿欣悦}}去年跳舞拿了镇上的奖，我拍了视频发给她妈，她妈在QQ上回了一串哭的表情，说想女儿。我把视频也发到了关爱群里，好几个在外面打工的爹妈都给孩子们点了赞。{{han:佘俊杰}}期中考了全班第九，他爸在监狱里知道了，写了一封信回来。村里老书记{{han:唐有德}}说，{{han:汪姐}}做的事，比我们当年做得细。
""")

# H1023: Han grandmother in 南城 (抚州) raising three grandchildren while her son is in prison.
DOCS["H1023"] = ("family", """\
访谈者：奶奶，您带着几个孙子？
受访者：三个。我叫{{han:邓秋菊}}，六十八岁，住在{{trap/place:南城县}}乡下。村里的老姊妹叫我{{han:秋菊婆}}。老头子前年中风走了。儿子{{han:邓志飞}}在{{trap/place:建昌}}跟人开赌场，判了六年，在监狱里。媳妇{{han:傅小琴}}去了{{trap/place:厦门}}，跟别人过了，一年打一两个电话。
访谈者：孙子们多大？
受访者：大的{{han:邓浩然}}十三，我们喊他{{han:浩伢俚}}，在{{school:南城县株良镇初级中学七年级（1）班}}。二的是女孩，{{han:邓梓涵}}，十岁，家里叫{{han:涵妹俚}}，在株良镇小学。细的{{han:邓梓轩}}六岁，排行最小，我喊他{{han:满崽}}，{{han:满崽}}都上一年级了还要我喂饭。
访谈者：您一个人带三个，忙得过来吗？
受访者：忙不过来也要忙。早上五点起来煮粥，送他们上学再去菜地。最操心是{{han:浩伢俚}}，一放学就往河边跑。{{han:涵妹俚}}乖，会帮我喂鸡、收衣服。
访谈者：有谁帮您？
受访者：村里的儿童主任{{han:曾冬梅}}三天两头来，她帮我报了服刑人员子女的补助，三个孩子一个月一共{{trap/number:一千七百四}}，我自己有低保。镇民政的{{han:邬所长}}来核过两回。村支书{{han:黎有旺}}帮我把漏雨的屋顶换了瓦。大孙的班主任{{han:饶婷}}老师，年轻妹子，很有耐心。镇社工站的{{compound:上官沐岚}}每月来一回，跟她一起来的{{compound:宗政雨霏}}教孙女画画。
访谈者：孩子们想爸爸妈妈吗？
受访者：想啊。{{han:涵妹俚}}天天晚上要给她妈打电话，有时接，有时不接。{{han:浩伢俚}}嘴上不说，上个月偷拿我的钱坐车去{{trap/place:南昌}}，想去监狱看他爸，在车站被派出所的{{han:过警官}}拦下来了。那天我吓得腿都软了。
访谈者：邻居们呢？
受访者：隔壁的{{han:吴满根}}有辆三轮车，孙子发烧都是他送去卫生院，孩子们喊他{{han:满根叔}}。卫生院的{{han:车医生}}说{{han:满崽}}有哮喘，药不能断。对门的{{han:周秀兰}}隔几天送一把菜过来，{{han:周秀兰}}她想得{{trap/word:周到}}，连孩子的鞋都给买。
访谈者：您儿子是怎么出的事？
受访者：他原来在镇上修摩托，收入少，跟着几个人在外面开赌场，说来钱快。我劝过，他不听。抓进去那天三个孩子都在家，{{han:涵妹俚}}抱着我的腿哭，问爸爸什么时候回来。媳妇等了半年，就走了。我不怪她，年纪轻轻守着，太苦了。
访谈者：过年过节怎么过？
受访者：过年三个孙子都在身边，我最高兴。年三十我杀只鸡，炖一锅汤，带他们去{{trap/place:麻姑山}}脚下的庙里烧香，给他们讲{{trap/famous:麻姑}}献寿的故事。
访谈者：孩子们读书怎么样？
受访者：大的读书一般，手巧，家里电饭煲坏了都是他修的，老师说他可以去读技校。二的读书好，奖状贴了半面墙，她说长大要当医生，医好奶奶的腰。细的刚上学，上课老睡觉，老师打电话来，我也不知道怎么办。
访谈者：孙子们平常谁辅导作业？
受访者：我不识字，辅导不了。大的自己做，二的帮细的看拼音。村里有个退休老师，每个礼拜天把几家的孩子叫到祠堂里，一起写作业、念书，不收一分钱。
访谈者：您自己身体呢？
受访者：腰疼，血压高，每月去卫生院拿药。我最怕自己突然倒了，三个孩子没人管。我跟大的说过，奶奶要是有什么事，你就给{{han:曾冬梅}}打电话，给你姑姑{{han:邓春香}}打电话。他用粉笔把两个号码写在门后面了。
访谈者：去监狱看过儿子吗？
受访者：去过一回，{{han:曾冬梅}}陪我去的，坐了三个钟头的车。{{han:邓志飞}}瘦了好多，隔着玻璃叫我妈，我眼泪止不住。他说出来以后要好好做人，回来带孩子。
访谈者：家里的钱够用吗？
受访者：不够也得够。低保加补助，再加上我种的菜、养的鸡，吃是够的，穿全靠亲戚送。开学要买书包、文具，社工会带一些来，亲戚也帮衬一点。县里的{{compound:公良静怡}}还给二孙女找了个资助人，每学期寄五百块。
访谈者：登记表要写什么？
受访者：家在{{address:南城县株良镇长安村七组28号}}。我的身份证{{id_number@wold.361021}}，{{han:满崽}}的{{id_number@my2019fullwidth.361021}}。我不识字，电话是大孙子写给我的：{{mobile@spaced}}，{{han:曾冬梅}}的{{mobile@s74}}。大孙子有个QQ，说是跟同学打游戏用的，号码写在他床头的墙上：{{qq:6058213947}}。
访谈者：名字写得对吗？
受访者：有错的。学校把孙女写成{{spaced:邓 梓 涵}}，低保表上我是{{spaced:邓　秋　菊}}，儿子的表上是{{spaced:邓志 飞}}，社工的名字写成{{spaced:上 官 沐 岚}}，我还以为是四个人。
访谈者：您最盼什么？
受访者：盼{{han:邓志飞}}早点出来。我老了，不知道还能带他们几年。
""")

# H1024: Han teacher in 来安 (滁州) who looks after the left-behind children of her class.
DOCS["H1024"] = ("teacher", """\
访谈者：{{han:施老师}}，您带的是哪个班？
受访者：{{school:来安县水口镇中心小学五年级（2）班}}，我当班主任第六年了。我叫{{han:施婷婷}}，教数学。班上四十一个学生，爹妈都在外面的有二十三个，最让我操心的有四个。
访谈者：您说说。
受访者：第一个是{{han:都晓雨}}，女孩，十一岁。爸妈在{{trap/place:南京}}做装修，一年回来两趟。她跟爷爷奶奶过，爷爷{{han:都长海}}腿脚不好。{{han:都晓雨}}都自己做饭了，个子比灶台高不了多少。她妈{{han:尹红霞}}的微信{{wechat:yinhongxia_nj88}}，我每周跟她说一回孩子的情况。
访谈者：第二个呢？
受访者：第二个{{han:要振江}}，男孩。他姓要，要饭的要，他最恨别人拿这个开玩笑。爸爸在{{trap/place:上海}}工地上，妈妈改嫁了。跟着姑姑{{han:要桂兰}}，姑姑家在{{address:来安县水口镇长山村三组11号}}。{{han:要振江}}被同学起外号，打过两回架。我让{{han:要振江}}当了体育委员，他现在不打了，还带着班上跑操。他有个QQ，号码他写在我的备课本上：{{qq:2846109375}}，晚上十点后还在线，我就在QQ上催他睡。
访谈者：第三个？
受访者：第三个是回族孩子，学名{{han:马浩辰}}，经名{{minority/hui:伊斯哈给}}，他奶奶叫他{{minority/hui:马伊斯哈给}}。爸爸在{{trap/place:义乌}}做生意赔了钱，人跑了，妈妈病在床上。他奶奶{{han:马凤珍}}，经名{{minority/hui:鲁吉亚}}，每天接送他。学校给他申请了困境儿童补贴，每月{{trap/number:三百六十元}}。
访谈者：第四个？
受访者：第四个{{han:向立新}}，爸爸在监狱里，妈妈在{{trap/place:昆山}}。{{han:向立新}}让我最心疼，他{{trap/word:向日葵}}画得特别好，画完了就写“送给爸爸”。他妈妈的电话{{mobile@fullwidth}}，他还有个哥哥{{han:向立军}}在{{school:来安县第三中学九年级（4）班}}，兄弟俩跟外婆。
访谈者：这些孩子平时有什么表现？
受访者：留守的孩子，有的特别懂事，有的特别倔。{{han:都晓雨}}从来不跟我提要求，作业本用到最后一页，正反面都写满。她说妈妈挣钱不容易。{{han:向立新}}上课爱走神，叫他回答问题，半天才回过神来，我知道他是在想他爸。开家长会，四个孩子的座位上坐的都是老人，有的奶奶连名字都签不了，按个手印。我就一家一家去，坐在灶屋门口跟老人说孩子的事。
访谈者：学校、镇里怎么帮？
受访者：校长{{han:殷振华}}定了结对，每个孩子配一个老师。镇上的儿童主任{{han:甘秀云}}给几个孩子都建了档，服刑人员子女补助也是她报的。县社工站的{{compound:夹谷晨阳}}每周来做一次小组活动；另一个社工{{compound:宰父明月}}带孩子们去{{trap/place:雷官镇}}的农场摘草莓。县{{trap/org:团委}}送来过一批书和文具。
访谈者：您跟家长怎么联系？
受访者：班级群里大多是爷爷奶奶，不会用。我只能一个个加爹妈的微信。我的微信是{{wechat:shitt_laian_math}}，有事都找我。我们班门口贴着{{trap/famous:雷锋}}的画像，孩子们天天看。
访谈者：留守的孩子多，您顾得过来吗？
受访者：顾不过来也得顾。早上七点到教室，先看谁没来、谁脸色不对。中午在办公室吃饭，谁想说话就来找我。晚上批完作业，再在微信、QQ上一个个回消息，常到十二点。我老公说我管别人家孩子比管自己的还上心。
访谈者：家访的时候看到什么？
受访者：有的家里连张桌子都没有，孩子趴在床上写作业；有的老人种几亩地，还要带三个孙子。去年冬天我去{{han:要振江}}姑姑家，屋里跟外面一样冷。回来我在群里一说，家长们捐了三十多件棉衣。
访谈者：您这些年最难的是什么？
受访者：最难的是孩子心里的事，你看不见。去年有个孩子，成绩一直好，突然不来上学了，我跑到他家，才知道他外婆病了，他在家里做饭、喂药。我跟镇上说了，第二天就派人去了。从那以后，谁家老人病了，我都让孩子第一个告诉我。
访谈者：名册上的名字有写错的吗？
受访者：有。补助的表上把{{spaced:都 晓 雨}}中间空了格，{{spaced:要振 江}}分成两截，县里名单把社工写成{{spaced:夹 谷 晨 阳}}，还有{{spaced:宰父 明月}}。
访谈者：您觉得这些孩子最缺什么？
受访者：缺人陪。钱有补助，饭有老人做，可晚上睡觉前，没人问他们一句今天过得好不好。我在班上搞了个小信箱，谁有心里话就写个纸条投进去，我每天放学看，再一个个回。有个孩子写，老师，我想我妈想得睡不着。我就把他妈妈的电话要来，让他每个礼拜五在办公室打一回。
访谈者：最后想说什么？
受访者：希望这几个孩子都能读完初中，别十五六岁就去打工。我最想谢谢的，是一直跟着他们的{{han:甘秀云}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1017,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout128",))


if __name__ == "__main__":
    main()
