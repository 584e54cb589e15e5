# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 148 (tests/pii/holdout148/H1169-H1176 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or the
accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number, account,
school class and address is invented; no name, place or sentence is taken from the earlier sets (the script asserts
that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name in names.csv,
and that no trap string was gold in an earlier set).

Set 148 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
仙桃 and 潜江 (Hubei): a Mongolian father from 商都 who stitches non-woven gowns in a 彭场镇 workshop, his wife in
prison for lending her bank cards to swindlers, his son with him and his daughter with his mother in 商都; a Kham
Tibetan mother from 江达 who peels crayfish in 潜江, her Han husband in a wheelchair after a fall, raising a son with
a heart condition; a Uyghur grandfather from 柯坪 raising his granddaughter in 沙嘴街道 after his son was killed on
the road and the girl's Han mother left; a Hui mother from 巴里坤 who sells beef noodles in 园林街道, her husband
killed on the road; a Han 儿童主任 in 毛嘴镇 reading out her register; a Han social worker in 熊口镇 who keeps up
with her families on WeChat and QQ; a Han grandmother in 剅河镇 raising three grandchildren, her son in a mental
hospital and his wife gone; and a Han head teacher in 老新镇 talking about a boy whose mother left. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole (巴音朝克图, 布和德力格尔, 诺敏格日乐, 莫德格老师) and with a short form or pet name after the full name
(鄂勒哲图雅 then 鄂勒哲她, 特古斯巴雅尔 then 小巴雅尔他), a Han surname before a Mongolian given name (鲍特古斯,
鲍诺敏, 鲍格根哈斯她) and the Han names of the same people (鲍建军, 鲍子辰, 鲍师傅); Kham Tibetan names of 江达
(四朗志玛, 江白洛松, 贡觉拉姆, 俄热泽仁, 冲巴他) with short forms (四朗, 江白), a Han surname before a Tibetan given
name (严江白, on the hospital record), the Han names of Tibetans (严天佑, and the mother called 严嫂 after her
husband) and a Tibetan name that starts with a word-surname character directly before the same character
(向秋卓玛向山上的牧民买了); Uyghur given name + father's name with and without the dot (阿不都热依木·托合提,
牙合甫·阿不都热依木, 努尔帕夏·牙合甫, 努尔帕夏牙合甫, 肉孜巴克·艾买提) and single and short forms (阿不都热依木大爷,
帕夏她, 肉孜巴克他, 佐热古丽, 阿不力克木, 牙合甫江 as the father called his son), a Han surname before a Uyghur given
name (胡帕夏, from the mother's side) and the Han name of the girl (胡悦); Han-form Hui names (马巧珍, 沙德福,
沙明远, 沙语桐, 韩占良, 马文忠阿訇) beside 经名 used alone (赫蒂杰, 艾优卜, 卡西木他, 鲁盖叶她, 塔海尔他, 海乃白,
阿布都拉曼) and after a Han surname (马赫蒂杰, 沙卡西木); Han names with common and rare surnames of the region (鄢,
皮, 龚, 涂, 晏, 冉, 闵, 阚, 喻, 敖, 郜, 聂, 柯, 揭, 帅, 游, 阮, 艾, 彭, 程); surnames that are also ordinary words
next to grammar words (向彩霞向镇里, 能凤英能帮的, 要玉梅要我, 还春林还上门, 和晓梅和我, 程友才才来过,
都梦琪都十三了, 也嘉豪，也是, 让晓峰……让我, 有春梅有事没事, 才秋菊才三十出头, 把雨涵把自己的, 冷俊杰被大家, 幺毛就是)
beside ordinary words that start with such a surname character (熊孩子 beside 熊梓睿, 揭晓 beside 揭晓敏, 冷饭 beside
the 冷 family, 和面, 严严实实, 有的); titles and kin words after names (龚燕萍大姐, 晏振华大夫, 卢静怡老师,
敖丽娟老师, 艾红梅老师, 马文忠阿訇, 阿不都热依木大爷; the span is the name only), a surname with only a title or kin
word, annotated whole (鲍师傅, 严嫂, 皮老师, 冉老师, 胡婆婆, 胡三姐, 马姐, 彭所长, 闵警官, 柯姐姐, 鄢主任, 龙医生,
郭幺爹, 揭老师, 冷奶奶, 帅医生), nicknames and local forms of address, annotated whole (睿睿, 大毛, 二毛他, 幺毛就,
俊伢, and 雨晴 as the father calls his daughter); names that contain words (胡长江, 胡长海, 彭大海他, 揭晓敏); names
directly before particles, pronouns and verbs (鄂勒哲她, 严德胜他, 喻思彤她, 聂欣悦她, 让德明他, 冷国强他, 龚燕萍说)
and after 叫/是/给/跟/找/让/和 (叫鄂勒哲图雅, 是鲍诺敏, 给江白, 跟冷国强, 找游春华, 让冷俊杰, 付嘉怡和付嘉乐), and
names closing the last sentence (肯定是小巴雅尔。, 你们的爸叫沙德福。, 是郭幺爹。, 叫冷俊杰。); names spaced out
character by character in half- and full-width spaces (巴 音 朝 克 图, 诺　敏　格　日　乐, 四 朗 志 玛, 努 尔 帕 夏,
阿 不 力 克 木, 沙 卡 西 木, 艾　优　卜, 漆 雕 子 萱, 鲜 于 晓 雯, 独 孤 沐 阳, 梁　丘　若　溪, 彭　凤　娥), a dotted
name with spaces around the dot (努尔帕夏 · 牙合甫) and names split in two (特古斯　巴雅尔, 江白 洛松, 四朗　志玛,
阿不都热依木　托合提, 鲁盖　叶, 胡长 江, 乐正 晗, 汪美 玲); compound surnames after ordinary words (司寇, 宗政, 钟离,
呼延, 万俟, 颛孙, 羊舌, 公西, 漆雕, 乐正, 夏侯, 亓官, 鲜于, 公良, 宰父, 独孤, 西门, 梁丘, 南门, 微生 after
的/律师/同事/搭档/督导叫/站长/志愿者/心理老师); and numbers read out and written the many ways people do (IDs read
out in threes and in fours, IDs in full-width digits with spaces or hyphens, a QQ number in full-width digits).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:鄢国栋}}``, ``{{qq:507318264}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015fwspaced.429005}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 大姐, 阿訇, 大爷) and a particle,
pronoun or verb written directly after a name (说, 也, 都, 就, 她, 他, 能, 要, 还, 才, 把, 向) are outside the span;
a surname with only a title or kin word (鲍师傅, 严嫂, 皮老师, 胡婆婆, 郭幺爹, 冷奶奶) and a nickname or local form
of address (睿睿, 大毛, 二毛, 幺毛, 俊伢) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui
people (鲍建军, 鲍子辰, 严天佑, 胡悦, 马巧珍, 沙明远) are category han; a Han surname before a non-Han given name
(鲍特古斯, 鲍诺敏, 鲍格根哈斯, 严江白, 胡帕夏, 马赫蒂杰, 沙卡西木) and a Mongolian pet name (小巴雅尔) are category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout148/make_holdout148.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(148_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "181",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1169: Mongolian father from 商都 who stitches non-woven gowns in a 彭场镇 workshop; his wife is in prison, his
# son is with him and his daughter with his mother in 商都.
DOCS["H1169"] = ("family", """\
访谈者：大哥，这一屋子缝纫机都是做防护服的？
受访者：防护服、手术衣、鞋套，都是无纺布的。我在{{trap/place:彭场镇}}这个小作坊里踩机子，一天踩十一个钟头。我叫{{minority/mongolian:巴音朝克图}}，内蒙古{{trap/place:商都}}人，身份证上的汉名是{{han:鲍建军}}，车间里都喊我{{han:鲍师傅}}。
访谈者：怎么从商都跑到仙桃来了？
受访者：老乡{{minority/mongolian:布和德力格尔}}先来的，他说彭场的无纺布厂多，计件，手快的一个月能挣六七千。我媳妇出了事，家里欠着账，我就带着儿子跟过来了。
访谈者：您爱人出了什么事？
受访者：她叫{{minority/mongolian:鄂勒哲图雅}}，前年把自己的三张银行卡借给网上认识的人，一张卡给五百块，她哪知道那是帮骗子走账的。判了三年，关在{{trap/org:内蒙古女子监狱}}。{{minority/mongolian:鄂勒哲}}她一个月能写一封信，信里全是问孩子。
访谈者：孩子们多大了？
受访者：两个。儿子{{minority/mongolian:特古斯巴雅尔}}十二岁，跟我在这边，读{{school:彭场镇大福小学六年级（3）班}}，学籍上的汉名叫{{han:鲍子辰}}。班上同学图省事，叫他{{minority/mongolian:鲍特古斯}}，我在家叫他{{minority/mongolian:小巴雅尔}}。女儿{{minority/mongolian:诺敏格日乐}}八岁，留在商都跟她奶奶，读{{school:商都县七台镇第三小学二年级（1）班}}，学校的花名册上写的是{{minority/mongolian:鲍诺敏}}。
访谈者：奶奶身体还行吗？
受访者：我{{trap/minority_word:额吉}}叫{{minority/mongolian:鲍格根哈斯}}，六十九了，血压高。{{minority/mongolian:鲍格根哈斯}}她每天早上给孙女熬{{trap/minority_word:奶茶}}、梳辫子，再送到学校门口。
访谈者：两边都有谁在帮？
受访者：老家村里的儿童主任{{han:郝翠英}}给女儿报了服刑人员子女的补助，每月{{trap/number:一千零四十元}}，奶奶也吃上了低保。县{{trap/org:民政局}}的{{han:贾海龙}}每季度去看一回。这边彭场镇的儿童主任{{han:向彩霞}}向镇里打了报告，把{{minority/mongolian:小巴雅尔}}也纳进了困境儿童的关爱名单。班主任{{han:皮老师}}每天放学让他在教室写完作业。镇社工站的{{compound:司寇婉婷}}每周二来一趟，跟她一起来过的{{compound:宗政立新}}是律师，帮我们问过减刑的事。
访谈者：车间里的人对您怎么样？
受访者：好。老板{{han:鄢国栋}}知道我家的事，只给我排白班，好接送孩子。拉长{{han:龚燕萍}}大姐教我踩双针，我开头手笨，一天返工几十件，{{han:龚燕萍}}说她刚来的时候比我还慢。隔壁机位的{{han:涂小芳}}下了班帮我儿子补英语。
访谈者：儿子在这边上学习惯吗？
受访者：头半年不习惯。这边的伢说仙桃话，他听不懂，下课一个人蹲在墙角。有个同学笑他是骑马上学的，他跟人打了一架，脸上挂了彩。{{han:皮老师}}把两个伢叫到办公室，让他们各说各的理，又在班会上让{{minority/mongolian:鲍特古斯}}讲草原，讲套马，讲冬天零下三十度。从那以后，班上的伢都围着他问这问那。房东{{han:胡婆婆}}心疼他，蒸了肉就端一碗过来，他现在一口仙桃话比我说得好。
访谈者：女儿在商都那边呢？
受访者：她学校没有蒙古语课，是{{minority/mongolian:莫德格}}老师周末义务教几个蒙古族的伢，教写字、教唱歌。去年夏天{{minority/mongolian:莫德格}}带她们去祭{{trap/minority_word:敖包}}，女儿穿着她妈给做的袍子，照片发给我，我在车间里看了一中午。商都离{{trap/place:集宁}}近，她有点哮喘，奶奶每个月坐班车去集宁给她拿药。
访谈者：您去监狱看过她吗？
受访者：去过一回，过年前请了五天假，坐火车到{{trap/place:呼和浩特}}，隔着玻璃说了二十分钟。她瘦了，头发剪短了，头一句问的是{{minority/mongolian:小巴雅尔}}长多高了。我没敢带儿子去，怕他受不了。回来的火车上我一宿没睡。
访谈者：孩子想妈妈吗？
受访者：想。{{minority/mongolian:小巴雅尔}}他嘴上不说，监狱每次寄信来，他都要自己拆，拆完夹在语文书里。女儿在视频里问，妈妈能不能回来看{{trap/minority_word:那达慕}}。我跟她说，等你长到这么高，妈妈就回来了。
访谈者：您自己身体呢？
受访者：腰疼，肩膀也疼。这边夏天闷，几十台机器一起响，耳朵里一直嗡嗡的。晚上回出租屋给儿子做饭，他想吃{{trap/minority_word:炒米}}泡奶茶，他奶奶就从商都寄过来。我跟短视频学着拉{{trap/minority_word:马头琴}}，拉给女儿听，拉得不好她也听。小时候我阿爸讲{{trap/famous:成吉思汗}}的故事，现在我讲给两个孩子。
访谈者：登记表上的信息麻烦说一下。
受访者：这边住{{address:彭场镇大福村五组27号}}，老家在{{address:商都县七台镇西坊子村三组8号}}。我身份证{{id_number@my1984spaced.152623}}，女儿的{{id_number@wy2017hyphen.150923}}。我电话{{mobile@s38}}，{{han:郝翠英}}的电话{{mobile@plus86}}。我的微信{{wechat:bayin_chaoketu84}}。儿子有个QQ，他念一个数我写一个，写在缝纫机台板上：{{qq:２３８６０４７１５９}}。
访谈者：表上的名字都写对了吗？
受访者：错得多。低保表上我是{{spaced:巴 音 朝 克 图}}，学校把儿子写成{{spaced:特古斯　巴雅尔}}，女儿被写成{{spaced:诺　敏　格　日　乐}}。
访谈者：最后还想说什么？
受访者：盼{{minority/mongolian:鄂勒哲}}早点出来，一家人回草原。到时候头一个跑去接妈妈的，肯定是{{minority/mongolian:小巴雅尔}}。
""")

# H1170: Kham Tibetan mother from 江达 who peels crayfish in 潜江; her Han husband is in a wheelchair after a fall,
# their son has a heart condition.
DOCS["H1170"] = ("family", """\
访谈者：阿佳，您在这个虾厂干了多久了？
受访者：三年多了，在车间剥虾仁，按斤算钱，一斤{{trap/number:三块八}}。我叫{{minority/tibetan:四朗志玛}}，老家在{{trap/place:江达}}，{{trap/place:金沙江}}边上。厂里的人记不住藏名，有的喊我{{minority/tibetan:四朗}}，有的跟着我男人的姓喊我{{han:严嫂}}。
访谈者：您是怎么到潜江来的？
受访者：我男人{{han:严德胜}}以前在{{trap/place:昌都}}的工地上开挖机，我们在那边认识的。一四年我跟他回了{{trap/place:潜江}}。前年他从脚手架上摔下来，腰椎伤了，下半身没知觉，现在坐轮椅，办了残疾证。
访谈者：孩子呢？
受访者：一个儿子，十岁，户口上叫{{han:严天佑}}，藏名是我阿妈起的，叫{{minority/tibetan:江白洛松}}，我在家叫他{{minority/tibetan:江白}}。{{minority/tibetan:江白}}生下来就有先天性心脏病，嘴唇发紫，跑几步就喘。医院的病历上写的是{{minority/tibetan:严江白}}，把他爸的姓安在藏名前面。他在{{school:泰丰街道新城小学四年级（2）班}}，体育课上不了，{{han:冉老师}}就让他当记分员。
访谈者：病是怎么治的？
受访者：七岁那年在{{trap/org:武汉亚洲心脏病医院}}做了第一次手术，医生说十二岁以前还要做一次。主刀的{{han:晏振华}}大夫说，做得及时，孩子能跟别的伢一样长大。手术花了十几万，医保报了一大半，剩下的是{{trap/org:红十字会}}和厂里工友捐的。每半年去武汉复查一回，天不亮坐大巴，做完彩超、心电图再坐车回来，一趟要花六七百块。医生交代不能感冒，一感冒就怕心衰，冬天我把他捂得{{trap/word:严严实实}}，同学笑他像个粽子。
访谈者：平时有谁帮你们？
受访者：社区的儿童主任{{han:能凤英}}能帮的都帮了，给儿子报了困境儿童，每月{{trap/number:一千一百七十元}}，我男人拿残疾人两项补贴，家里吃低保。市残联的{{han:闵志华}}上门给我男人量了尺寸，换了一辆新轮椅。社工站的{{compound:钟离若水}}每周来陪{{minority/tibetan:江白}}下棋，她同事{{compound:呼延文博}}帮我在手机上填复查的表。
访谈者：车间里的人呢？
受访者：都好。班长{{han:万金凤}}知道儿子要复查，就让我先走，剥的虾照样算我的。旁边台子的{{han:肖玉凤}}教我说潜江话，我教她跳{{trap/minority_word:锅庄}}。{{han:肖玉凤}}说我剥虾比她快，我说我们那边的人手不怕冰水。
访谈者：剥虾的活累不累？
受访者：累。五月到八月是旺季，早上四点进车间，手泡在冰水里，一坐就是十个钟头。手指头被虾壳扎得全是小口子，晚上回家泡热水才缓过来。旺季一个月能挣五六千，淡季只有两三千。车间主任{{han:阚建新}}看我家里难，淡季也给我留点活。老乡{{minority/tibetan:冲巴}}在{{trap/place:熊口}}帮人养虾，{{minority/tibetan:冲巴}}他隔几天就送一桶活虾过来。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/tibetan:贡觉拉姆}}七十了，跟我弟弟{{minority/tibetan:俄热泽仁}}在江达放牦牛。我让阿妈来潜江住，她说住不惯楼房，听不到河水响睡不着。表姐{{minority/tibetan:向秋卓玛}}向山上的牧民买了{{trap/minority_word:虫草}}，每年秋天给我寄一包，让我给儿子炖汤。今年{{trap/minority_word:藏历新年}}，阿妈在视频里给{{minority/tibetan:江白}}挂了一条{{trap/minority_word:哈达}}，隔着手机挂在屏幕上。我小时候阿爸唱{{trap/famous:格萨尔}}，我现在唱给儿子听，他听着就睡了。
访谈者：您男人现在怎么样？
受访者：他心里难受，觉得拖累了我。白天坐在门口编虾笼，一个卖几块钱。{{han:严德胜}}他说，等儿子第二次手术做完，他就去学修手机，不能老坐着。
访谈者：儿子平时谁照看？
受访者：放学以后在社区的四点半课堂写作业，社区请了大学生来辅导。{{minority/tibetan:江白}}爱画画，画的都是他没去过的江达，雪山、牦牛、经幡，照着手机上的照片画。有一回他画了他爸站起来走路，贴在床头，{{han:严德胜}}看了半天，背过身去抹眼泪。
访谈者：两口子吵过架吗？
受访者：吵过。他刚摔伤那年脾气坏，摔碗，说不想活了。我回江达住了一个月，是{{minority/tibetan:俄热泽仁}}劝我回来的。弟弟说，{{minority/tibetan:四朗}}，你嫁了他，就要跟他把日子过下去。回来以后他慢慢好了。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:泰丰街道虾都花园6栋2单元401室}}，老家在{{address:江达县岗托镇俄巴村二组5号}}。我的身份证{{id_number@wy1989.540321}}，儿子的{{id_number@my2015fwspaced.429005}}。我电话{{mobile@hyphen}}，{{han:能凤英}}的电话{{mobile@s434}}。我的微信{{wechat:silang_jiangda89}}。儿子有个QQ，说是跟同学下五子棋用，号码他写在药盒背面：{{qq:507318264}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:四 朗 志 玛}}，医院有张单子写成{{spaced:江白 洛松}}，厂里的工资表上是{{spaced:四朗　志玛}}。
访谈者：您最盼什么？
受访者：盼儿子做完第二次手术，能跑能跳。那时候我带他回江达，让{{minority/tibetan:向秋卓玛}}开车带他去草坝上跑个够。
""")

# H1171: Uyghur grandfather from 柯坪 raising his granddaughter in 沙嘴街道 after his son was killed on the road and
# the girl's Han mother left.
DOCS["H1171"] = ("family", """\
访谈者：大爷，您是从新疆来的？
受访者：{{trap/place:阿克苏}}{{trap/place:柯坪}}县的。我叫{{minority/uyghur:阿不都热依木·托合提}}，今年六十六。沙嘴这边的人念不全，都叫我{{minority/uyghur:阿不都热依木}}大爷，卖菜的{{han:胡三姐}}干脆叫我新疆爹爹。
访谈者：怎么到仙桃来的？
受访者：儿子{{minority/uyghur:牙合甫·阿不都热依木}}十年前出来打馕，在{{trap/place:沙嘴街道}}的菜市场边上租了个门面，娶了本地姑娘{{han:胡晓婷}}，生了个丫头。前年冬天他骑电动车去送馕，在{{trap/place:汉江}}大堤上被货车撞了，人没救过来。
访谈者：孩子妈妈呢？
受访者：{{han:胡晓婷}}第二年去了{{trap/place:东莞}}，后来听说又成了家，电话换了，一年也不来问一声。丫头没人管，我就从柯坪过来了。老伴{{minority/uyghur:佐热古丽}}走得早，家里还有小儿子{{minority/uyghur:阿不力克木}}守着核桃地。
访谈者：丫头多大了？
受访者：九岁。名字是她爸起的，{{minority/uyghur:努尔帕夏·牙合甫}}，户口本上没有点，写成{{minority/uyghur:努尔帕夏牙合甫}}，太长了，学校里叫她{{han:胡悦}}，跟她妈姓。她外婆那边的人叫她{{minority/uyghur:胡帕夏}}，我叫她{{minority/uyghur:帕夏}}。{{minority/uyghur:帕夏}}她在{{school:沙嘴街道中山路小学三年级（4）班}}，数学考过一百分。
访谈者：丫头在学校怎么样？
受访者：好。老师说她聪明，就是不爱说话。刚出事那一年，她天天在教室里哭，同学问她，她就说爸爸去很远的地方送馕了。{{han:卢静怡}}老师找了班上两个女伢跟她一起玩，一个叫{{han:喻思彤}}，一个叫{{han:晏可馨}}，现在三个人放学一路走，周末还到馕坑边上写作业。{{han:喻思彤}}她妈妈开包子铺，有时候拿包子换我的馕，我也学着给她们做{{trap/minority_word:烤包子}}。
访谈者：她外婆那边还来往吗？
受访者：来往。外婆{{han:胡腊梅}}住在{{trap/place:郑场镇}}，一个月来看一回，带些鸡蛋、腊鱼。她说她女儿对不起这个伢，她替女儿还。{{minority/uyghur:帕夏}}跟外婆亲，外婆来了就不让走，外婆回去的时候，她追到路口，哭着不撒手。
访谈者：有谁在帮你们？
受访者：社区的儿童主任{{han:要玉梅}}要我把丫头的材料都交给她，她去街道给报了事实无人抚养，每月{{trap/number:一千二百五十元}}。街道民政的{{han:还春林}}还上门核了两回。班主任{{han:卢静怡}}老师每天放学把{{minority/uyghur:帕夏}}送到馕坑边上。撞人的司机一直拖着不赔，律师{{compound:万俟振宇}}帮我打官司，去年赔下来了，钱存在丫头名下。社工站的{{compound:颛孙嘉懿}}每个礼拜来教她画画。
访谈者：馕还在打吗？
受访者：打。儿子的馕坑我接着用，天不亮就起来和面、生火，馕坑烧到发白才能贴，一天打两百个{{trap/minority_word:馕}}，本地人爱吃芝麻的。老乡{{minority/uyghur:肉孜巴克·艾买提}}在城里开餐厅，每天来拿五十个。{{minority/uyghur:肉孜巴克}}他说，你一个老人带孩子，馕钱我先给你。
访谈者：丫头想爸爸吗？
受访者：想。她把她爸的照片放在书包里。{{trap/minority_word:古尔邦节}}那天我给她做{{trap/minority_word:抓饭}}，她吃了两口就哭了。晚上我给她讲{{trap/famous:阿凡提}}的故事，讲到她笑了才睡。每年她爸的忌日，我带她去汉江边上坐一会儿，她往水里丢一块馕，说给爸爸吃。她跟我学了几句维吾尔语，跟柯坪的叔叔视频，{{minority/uyghur:阿不力克木}}夸她说得好。
访谈者：您在这边住得惯吗？
受访者：不惯也得惯。夏天又热又潮，我身上起了一片一片的红疹子，社区医院给开了药膏。这边吃米饭，我吃不饱，还是自己打的馕顶饿。冬天没有暖气，屋里比外面还冷，丫头手上长了冻疮。邻居们都客气，过年给我们送腊肉，知道我不吃猪肉，又换成腊鱼、糍粑。我在柯坪一辈子没见过这么多水，{{trap/place:排湖}}那么大，一眼望不到边。
访谈者：您一个人带她，难不难？
受访者：难。我汉话说不好，开家长会听不懂，都是{{han:要玉梅}}陪我去。丫头的作业我看不懂，她自己写。我最怕自己哪天倒下了，丫头怎么办。晚上她睡了，我一个人坐在馕坑边上，想她爸小时候的样子。小儿子说等她小学毕业，就接我们回柯坪。
访谈者：登记信息请您说一下。
受访者：住在{{address:沙嘴街道新生路42号}}，馕坑后面那间屋。我的身份证{{id_number@my1959.652929}}，丫头的{{id_number@wy2016quad.429004}}。我电话{{mobile@plain}}。{{minority/uyghur:肉孜巴克}}的微信{{wechat:rouzibake_aimaiti}}，有事我找他翻译。丫头的QQ是班主任给注册的，上网课用，号码贴在馕坑旁边的墙上：{{qq:618204593}}。
访谈者：名字写得对吗？
受访者：乱。学校有张表写成{{spaced:努 尔 帕 夏}}，医保卡上是{{spaced:努尔帕夏 · 牙合甫}}，我的存折上是{{spaced:阿不都热依木　托合提}}，小儿子寄钱的单子上写成{{spaced:阿 不 力 克 木}}。
访谈者：最后想说什么？
受访者：盼丫头好好念书。她爸小时候我叫他{{minority/uyghur:牙合甫江}}，他没活到三十岁，丫头要替他好好活。
""")

# H1172: Hui mother from 巴里坤 who sells beef noodles in 园林街道 (潜江); her husband was killed on the road.
DOCS["H1172"] = ("family", """\
访谈者：大姐，您这牛肉面馆开了几年了？
受访者：五年了。我叫{{han:马巧珍}}，回族，经名{{minority/hui:赫蒂杰}}，老家{{trap/place:巴里坤}}，在{{trap/place:天山}}北边。巴里坤的老邻居都叫我{{minority/hui:马赫蒂杰}}，这条街上的人叫我{{han:马姐}}。
访谈者：怎么到潜江来的？
受访者：我男人{{han:沙德福}}，经名{{minority/hui:艾优卜}}，以前在{{trap/place:哈密}}跑长途，拉哈密瓜到湖北，跑了几回就看中了潜江，说这里人吃得辣，也爱吃牛肉。一八年我们把家搬到{{trap/place:园林街道}}，开了这个面馆。前年腊月他去拉牛肉，在高速上出了车祸，人当场就没了。
访谈者：孩子们呢？
受访者：两个。儿子{{han:沙明远}}十三，经名{{minority/hui:卡西木}}，在{{school:园林街道第三初级中学七年级（5）班}}。学校有个回族老师喊他{{minority/hui:沙卡西木}}，两个名字连着叫。闺女{{han:沙语桐}}八岁，经名{{minority/hui:鲁盖叶}}，在{{school:园林街道东城小学二年级（3）班}}。{{minority/hui:鲁盖叶}}她放学就来店里，坐在最里头那张桌子写作业。
访谈者：孩子们怎么面对爸爸走了？
受访者：儿子一下子像大人了，早上五点跟我起来{{trap/word:和面}}、熬汤。{{minority/hui:卡西木}}他话少了，成绩掉了一截。闺女夜里还喊爸爸。
访谈者：面馆一天是怎么过的？
受访者：早上四点半起来熬汤，牛骨头要熬五个钟头。六点开门，头一拨客人是附近工地上的师傅，一人一碗面加个饼。中午是上班的，晚上是学生。本地人吃不惯清汤，我就学着做了红油的，卖得比清汤还好。隔壁卖热干面的{{han:黎秋霞}}教我调芝麻酱，我教她扯面，现在她家的面也从我这儿拿。
访谈者：有谁帮你们？
受访者：社区的儿童主任{{han:和晓梅}}和我差不多大，两个孩子的困境儿童是她报的，每月{{trap/number:一千零九十元}}，我们家也办了低保。街道民政的{{han:程友才}}才来过一回，就帮我把材料补齐了。班主任每周给我打电话。社工站的{{compound:羊舌慧敏}}给儿子做过心理辅导，她同事{{compound:公西志强}}帮闺女申请了一个助学的项目。
访谈者：这边有回族乡亲吗？
受访者：不多。潜江没有{{trap/org:清真寺}}，过节我们去{{trap/place:武汉}}。开拉面馆的{{han:韩占良}}是青海来的，经名{{minority/hui:塔海尔}}，每回进牛肉都替我捎一箱。{{minority/hui:塔海尔}}他媳妇{{minority/hui:海乃白}}教闺女念经。巴里坤清真寺的{{han:马文忠}}阿訇，经名{{minority/hui:阿布都拉曼}}，常在电话里开导{{minority/hui:卡西木}}。
访谈者：这几年最难的是什么时候？
受访者：他刚走那几个月。店里的账是他管的，我连供货的电话都找不全。牛肉涨价，房东又要涨房租，我一个人站在灶台前面，不知道该哭还是该揉面。是街坊们天天来吃面，一碗面多给两块钱，说是给孩子买本子。有个老师傅每天中午来，吃完把碗摞好，一句话不说就走，后来才晓得他是儿子同学的爷爷。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}关门三天，我炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给左邻右舍都送一份。巴里坤过节的时候，一家人围着炉子吃{{trap/minority_word:手抓羊肉}}，这边没那个气氛，孩子们倒是爱吃潜江的油焖大虾。我给孩子们讲{{trap/famous:郑和}}下西洋的故事，儿子说郑和也是回族，他以后也要去很远的地方。
访谈者：儿子现在怎么样？
受访者：比去年好些了。{{han:伍佳琪}}老师让他当了数学课代表，他晚上在店里一边收钱一边写作业。{{minority/hui:卡西木}}他说，以后要考到{{trap/place:兰州}}去学医，他爸出事那天，救护车要是来得快一点就好了。闺女学会了给客人泡{{trap/minority_word:三泡台}}，{{minority/hui:鲁盖叶}}端着茶碗一桌一桌地送，客人们都夸她。
访谈者：您自己累不累？
受访者：累。一碗面十块钱，一天卖两百碗才够房租和工钱。腰疼了就贴膏药。我最怕孩子们问我，咱们什么时候回巴里坤。他们的爸埋在武汉的回民公墓，我走了，就没人给他上坟了。
访谈者：登记信息请您说一下。
受访者：店在{{address:园林街道杨柳湾路118号}}，住{{address:园林街道红梅小区3栋1单元502室}}。我的身份证{{id_number@wy1987x.652222}}，儿子的{{id_number@my2012tri.652222}}。我电话{{mobile@p86h}}，{{han:和晓梅}}的{{mobile@fws}}。我的微信{{wechat:heidijie_niuroumian}}，儿子也有微信，叫{{wechat:kaximu_sha2012}}。他还有个QQ，号码写在收银台的计算器背面：{{qq:3095814726}}。
访谈者：表上名字写对了吗？
受访者：错了好几处。低保表上儿子是{{spaced:沙 明 远}}，我男人的经名写成{{spaced:艾　优　卜}}，闺女写成{{spaced:鲁盖　叶}}，儿子的学籍卡上是{{spaced:沙 卡 西 木}}。
访谈者：最后还想说什么？
受访者：孩子们好好念书，我就把这碗面一直煮下去。我常跟他们说，你们的爸叫{{han:沙德福}}。
""")

# H1173: Han 儿童主任 in 毛嘴镇 reading out her register of children in distress.
DOCS["H1173"] = ("staff", """\
访谈者：您手上这本是什么？
受访者：村里困境儿童的台账。我叫{{han:夏春兰}}，在{{trap/place:毛嘴镇}}当村儿童主任第六年了。我一户一户念，您对着记。
访谈者：好。
受访者：第一户，{{han:和宇轩}}，男，十一岁，{{school:毛嘴镇第一小学五年级（1）班}}。爸爸{{han:和东升}}在{{trap/org:沙洋监狱}}服刑，还有四年；妈妈前年走了，电话打不通。跟爷爷{{han:和德兴}}过，爷爷七十二，还种着五亩虾稻田，腰弯得像张弓，天天去田里看水。住{{address:毛嘴镇赵西垸村四组17号}}。孩子的身份证{{id_number@my2014.429004}}，服刑人员子女补助每月{{trap/number:九百七十元}}。
访谈者：第二户？
受访者：第二户是姐弟俩。姐姐{{han:都梦琪}}，十三，在{{school:毛嘴镇初级中学七年级（2）班}}；弟弟{{han:都梦阳}}，八岁。爸爸{{han:都志兵}}前年肝癌走了，妈妈脑瘫，一级残疾。{{han:都梦琪}}都十三了，放学先给妈妈喂饭再写作业。外婆{{han:喻金枝}}也在这屋里，她自己有残疾证，拿两项补贴。住{{address:毛嘴镇刘家垸村二组9号}}，{{han:都梦阳}}的身份证{{id_number@my2017fullwidth.429004}}。
访谈者：第三户？
受访者：第三户，孤儿，{{han:胡长江}}，男，七岁。爸妈在广东打工，出租屋里煤气中毒，两个人都没了。现在跟大伯{{han:胡长海}}过，大伯家也有两个伢，住{{address:毛嘴镇新垸子村七组31号}}。孩子的身份证{{id_number@my2018quad.429004}}，孤儿基本生活费每月{{trap/number:一千六百四十元}}，打到监护人的卡上。
访谈者：第四户？
受访者：第四户，{{han:也嘉豪}}，也是个男伢，九岁，{{school:毛嘴镇第二小学三年级（2）班}}。爸妈都在{{trap/place:武汉}}送外卖，一年回来一次，跟奶奶{{han:闵腊英}}过。奶奶去年摔断了腿，孩子早上自己煮面条吃，我们按事实无人抚养报上去了。奶奶的身份证{{id_number@woldtri.429004}}。
访谈者：还有吗？
受访者：第五户，{{han:让晓峰}}，男，十五，让我最操心。妈妈早年跟人走了，爸爸{{han:让德明}}去年在工地上摔断了腰，躺在床上，拿残疾人两项补贴。孩子初二就不想读了，要跟人去{{trap/place:广州}}打工。我找{{han:敖丽娟}}老师，又找社工站的{{compound:漆雕子萱}}，几个人轮着上门劝，总算让他回了{{school:毛嘴镇初级中学八年级（3）班}}。住{{address:毛嘴镇赵西垸村六组5号}}。{{han:让德明}}他说，儿子比他强，他十五岁就下了河。
访谈者：这些户都是谁在跟？
受访者：镇民政办{{han:彭所长}}总负责，台账报到{{trap/org:仙桃市民政局}}。镇社工站派来的{{compound:漆雕子萱}}跟第一户、第三户，她的搭档{{compound:乐正晗}}跟第二户。市里的督导叫{{compound:夏侯建勋}}，每季度下来查一次台账。学校那边，五年级的班主任{{han:敖丽娟}}老师最上心。
访谈者：台账上的名字写对了吗？
受访者：错的不少。第一户的伢在学校的名单上写成了{{spaced:和 宇 轩}}，还有{{spaced:都　梦　琪}}、{{spaced:胡长 江}}，社工也被写成{{spaced:漆 雕 子 萱}}，还有一张写成{{spaced:乐正 晗}}。年底我们一起核。
访谈者：这些补助都按时发吗？
受访者：按月发，打到卡上。每年要复核一回，家里有了变化就要重新报。比如第一户，爸爸要是出狱了，补助就停；第二户，妈妈的残疾证要换证，我得陪着去{{trap/org:仙桃市第一人民医院}}做鉴定。材料多得很，户口本、身份证、判决书、死亡证明、残疾证，复印了一遍又一遍。有的老人不认得字，签字都是我握着手签的。每一户我都建了个档案袋，锁在村部的铁皮柜里，钥匙我自己拿着。
访谈者：您是怎么发现这些孩子的？
受访者：走出来的。我每个月把村里十二个组走一遍，哪家大人病了、哪家大人不在家，一眼就看得出来。有的是邻居跟我说的，有的是学校打电话来的。{{han:胡长江}}就是他们班主任发现的，孩子连着三天没去上学。今年又排查出两户，一户是爸爸得了尿毒症，一户是妈妈坐了牢，材料正在往上报。
访谈者：联系方式呢？
受访者：{{han:和德兴}}没有手机，打隔壁的；{{han:喻金枝}}的电话{{mobile@spaced}}，{{han:胡长海}}的{{mobile@plus86dash}}。{{han:都梦琪}}有个QQ，她说有事就在上面找我，号码是{{qq:2904716385}}。村委会的座机是{{trap/number:0728-3471205}}，白天有人接。
访谈者：做这个最难的是什么？
受访者：钱少事多。我一个月补贴几百块，跟着二十几个伢。有一回为了给第三户补一张死亡证明，我往广东那边的派出所打了几十个电话。村里开会的时候，我也跟大家讲，谁家有难处别藏着，说出来才有人帮。可是看到{{han:都梦阳}}考了双百，拿着奖状跑到村部给我看，我就觉得值。夜里有急事，我让他们打{{trap/hotline:12345}}。
""")

# H1174: Han social worker in 熊口镇 who keeps up with her families on WeChat and QQ.
DOCS["H1174"] = ("staff", """\
访谈者：您跟这些家庭平时怎么联系？
受访者：靠微信。我叫{{han:柯雨欣}}，在{{trap/place:熊口镇}}社工站，跟着镇上二十一个困境儿童。手机里三百多个好友，一多半是孩子家里的。我翻着聊天记录跟您说。
访谈者：好。
受访者：头一个，{{han:熊梓睿}}，十岁，自闭症，拿残疾人两项补贴，在{{school:熊口镇中心小学三年级（1）班}}随班就读。爸爸嫌丢人，走了。妈妈{{han:邓晓玲}}一个人带他，微信是{{wechat:dengxl_0312}}，每天夜里给我发孩子的视频。村里有人说她儿子是个{{trap/word:熊孩子}}，她气得直哭。我跟她说，{{han:睿睿}}不是不听话，是听不懂。
访谈者：第二个呢？
受访者：{{han:聂欣悦}}，女，十二，{{school:熊口镇初级中学七年级（4）班}}。爸爸{{han:聂海军}}在{{trap/org:强制隔离戒毒所}}，妈妈改嫁到{{trap/place:荆州}}去了，跟爷爷{{han:聂光荣}}过。她成绩不差，就是上课老走神，一坐就是发呆。爷爷不会用微信，我就打他电话{{mobile@s74}}。{{han:聂欣悦}}她拿爷爷的旧手机上QQ，号码{{qq:15047386}}，有一回夜里十二点给我发：{{han:柯姐姐}}，我睡不着。
访谈者：您怎么回她？
受访者：陪她聊到一点多。她说想妈妈，又怕妈妈的新家不要她。第二天我约了她妈妈视频，三个人对着屏幕哭。
访谈者：第三个？
受访者：一对双胞胎，{{han:付嘉怡}}和{{han:付嘉乐}}，八岁。爸爸去年在虾塘里抽水，水泵漏电，人没了。妈妈{{han:邹美玲}}在{{trap/place:东莞}}的电子厂，过年才回来，两个伢跟外公{{han:邹德才}}过。姐姐胆子大，弟弟胆子小，一个护着一个。{{han:邹美玲}}的微信{{wechat:zml_dongguan88}}，每个月转钱回来都截图给我。外公的电话{{mobile@h38}}。
访谈者：晚上也回消息吗？
受访者：回。伢们白天上学，大人白天干活，消息都是夜里来的。{{trap/word:有的}}老人不会打字，就发语音，一条六十秒，说的是潜江话，我一条一条听。{{han:邓晓玲}}有一回半夜发来一张照片，{{han:睿睿}}把自己锁在厕所里，我打了派出所的电话，是{{han:闵警官}}带人去开的门。伢们还建了个QQ群，群号{{trap/number:736281904}}，谁考了好成绩就在群里发红包，一块钱一个，抢得热闹。
访谈者：还有吗？
受访者：最难的是{{han:郜子健}}，十四，去年辍学在家打游戏。妈妈走了，爸爸{{han:郜建国}}跑车，电话常年打不通。我在QQ上加了他，号码是{{qq:2750193846}}，发了一个月他才回我一句。那一个月我天天给他发消息，说天气，说他喜欢的球星，他不回，我就接着发。后来村里的儿童主任{{han:有春梅}}有事没事就往他家跑，送饭、洗衣服，他才肯出门。现在他在{{trap/org:潜江市职业教育中心}}学汽修。办学籍要身份证，号码我抄在本子上：{{id_number@my2010fwhyphen.429005}}。他家在{{address:熊口镇赵脑村三组22号}}。
访谈者：您做这行多久了？
受访者：四年了。大学学的社会工作，毕业回了潜江。刚开始不会说话，进门就问人家有什么困难，老人把门一关，不理我。后来学乖了，先帮着干活，剥虾、晒衣服、扫院子，干熟了人家才肯说。我妈说我图什么，一个月三千多块钱，手机二十四小时不敢关。我也说不清，就是看到伢们一天一天好起来，心里踏实。
访谈者：站里的同事呢？
受访者：站长{{compound:亓官明辉}}管总，每周一开个案会。同事{{compound:鲜于晓雯}}负责那对双胞胎，跟我换着下村。镇民政办的{{compound:公良志远}}帮我们把事实无人抚养的材料往上报，每人每月{{trap/number:一千二百八十元}}。{{compound:鲜于晓雯}}说，三个人管二十一个伢，跟打仗一样。市里来督导的{{compound:宰父思源}}每个月查一次我们的聊天记录和台账。
访谈者：{{han:郜子健}}现在还跟您联系吗？
受访者：联系。他在汽修班学得不错，上个月给我发了一张他修好的摩托车的照片，说{{han:柯姐姐}}，等我出师了，你的电动车我包了。他爸{{han:郜建国}}过年回来了一趟，给儿子买了双球鞋，爷俩在门口坐了一下午，谁也没说几句话。
访谈者：微信上的名字都对得上吗？
受访者：对不上。有的家长存名字中间带空格，我通讯录里是{{spaced:邓 晓 玲}}、{{spaced:聂　光　荣}}，站里的群把同事打成了{{spaced:鲜 于 晓 雯}}。
访谈者：这样联系，有什么难处？
受访者：一个是老人不会用手机，一个是孩子半夜找我，我不能不回。还有的家长把我当出气筒，补助晚发两天就在语音里骂人，我只能听着，再一条一条解释。我的工作微信{{wechat:keyx_xkshegong}}，私人的号从来不给。我的电话{{mobile@p86n}}也贴在村部墙上。我也教孩子们，心里有事就打{{trap/hotline:12355}}。
""")

# H1175: Han grandmother in 剅河镇 raising three grandchildren; her son is in a mental hospital and his wife left.
DOCS["H1175"] = ("family", """\
访谈者：婆婆，您一个人带三个孙伢？
受访者：是的，三个。我叫{{han:彭凤娥}}，今年六十八，住在{{trap/place:剅河镇}}乡里。老头子前年中风走了。儿子{{han:程志刚}}有精神病，时好时坏，犯了病就砸东西，现在住在{{trap/org:仙桃市精神卫生中心}}。媳妇{{han:杜秋云}}受不了，五年前走了，再冇回来过。
访谈者：孙伢们多大了？
受访者：大的是丫头，{{han:程雨晴}}，十四，在{{school:剅河镇初级中学八年级（1）班}}住读，我们喊她{{han:大毛}}。二的是儿子{{han:程雨泽}}，十一，{{han:二毛}}他在{{school:剅河镇中心小学五年级（3）班}}。细的叫{{han:程雨航}}，六岁，我们喊他{{han:幺毛}}，{{han:幺毛}}就是个跟屁虫，我走到哪他跟到哪。
访谈者：您一个人带三个，么样忙得过来？
受访者：忙不过来也得忙。早上五点起来蒸饭，送细的上幼儿园，再去田里扯草。{{han:二毛}}调皮，放学就往{{trap/place:通顺河}}边上跑，我追都追不上。大的懂事，礼拜五回来帮我洗衣服、辅导弟弟。
访谈者：有哪些人帮您？
受访者：村里的儿童主任{{han:才秋菊}}才三十出头，跑得勤，三个伢的事实无人抚养是她报的，每个月一共{{trap/number:三千七百五十元}}，我也吃上了低保。镇民政办的{{han:鄢主任}}年前来看过，送了一床被子。大的班主任{{han:艾红梅}}老师帮她申请了助学金。镇社工站的{{compound:独孤沐阳}}每个月来两回，跟她一起来的{{compound:西门浩宇}}带二的打篮球。
访谈者：三个伢在学校成绩么样？
受访者：大的成绩好，在班上前五名，她说要考护士，以后照顾她爸。二的成绩一般，就是爱画画，课本上画满了小人，老师说这伢有灵性，要送他去学画。细的在幼儿园不爱吃饭，一顿饭要喂半个钟头。
访谈者：家里的田还种吗？
受访者：种。三亩田，种一季虾一季稻，虾苗是请人放的，我只管看水。五月起虾那几天，天不亮就下田，一天能起百把斤，卖了钱给伢们交书本费。稻谷收了留够吃的，剩下的卖给粮站。屋后种了点菜，辣椒、茄子、豆角，吃不完就腌起来。
访谈者：孙伢们想爸爸妈妈吗？
受访者：么样不想。{{han:幺毛}}问我，妈妈是不是在{{trap/place:武汉}}，他要坐车去找。大的把她妈的照片压在枕头底下。上个月去医院看她爸，她爸认得她，拉着她的手喊{{han:雨晴}}，喊了半天。
访谈者：伢们的妈妈后来联系过吗？
受访者：联系过一回。前年过年，{{han:杜秋云}}给{{han:大毛}}打了个电话，说她在{{trap/place:温州}}，又成了家，问伢们好不好。丫头拿着电话一句话没说，挂了以后哭了一夜。我冇怪她，她也苦，嫁过来就碰上这种事。
访谈者：儿子的病么样？
受访者：时好时坏。好的时候他认得人，还问细的上学了冇。医生讲要长期吃药，药钱医保报一大半，我一个月还要出三百多。{{han:才秋菊}}帮他办了残疾证，精神二级，每个月有两项补贴。
访谈者：隔壁邻居呢？
受访者：隔壁的{{han:郭幺爹}}有个三轮车，伢们发烧都是他送到卫生院，伢们跟他比跟我还亲。卫生院的{{han:龙医生}}讲细的有点贫血，要多吃鸡蛋。对门的{{han:彭大海}}是我娘家兄弟，种了三十亩虾稻，逢年过节送虾过来。{{han:彭大海}}他说，姐，伢们要是读得出，学费我来出。
访谈者：过年过节么样过？
受访者：过年我蒸{{trap/word:沔阳三蒸}}，蒸肉、蒸鱼、蒸青菜，三个伢抢着吃。端午包粽子，带伢们去河边看划龙船，我跟他们讲{{trap/famous:屈原}}跳江的事。二的问，屈原是不是仙桃人，我说不是，是秭归的。
访谈者：您自己身体么样？
受访者：腰杆子疼，血压高，一个月去卫生院拿一回药。我最怕自己哪天倒了，三个伢冇得人管。去年冬天我发高烧，起不来床，是大的请了假回来，给我熬粥、喂药，两个弟弟也是她管的。我跟大的说，婆婆要是有个么事，你就打{{han:才秋菊}}的电话，她拿笔写在墙上了。
访谈者：登记表要写些么事？
受访者：屋在{{address:剅河镇汪家台村五组33号}}。我的身份证{{id_number@wy1957.429004}}，{{han:程雨航}}的{{id_number@my2019hyphen.429004}}。我不认得字，电话是{{han:大毛}}给我写的：{{mobile@plus86spaced}}。她有个QQ，说是学校要用的，号码她写在挂历上：{{qq:1783064259}}。{{han:才秋菊}}的微信{{wechat:caiqiuju_douhe}}。
访谈者：名字在表上写对了吗？
受访者：有写错的。学校把二的写成{{spaced:程 雨 泽}}，低保表上我是{{spaced:彭　凤　娥}}，社工伢的签名是{{spaced:独 孤 沐 阳}}，我还以为是四个人。
访谈者：您最盼么事？
受访者：盼伢们长大成人，盼他们的爸病好。我这辈子最要感谢的，是{{han:郭幺爹}}。
""")

# H1176: Han head teacher in 老新镇 talking about a boy whose mother left.
DOCS["H1176"] = ("teacher", """\
访谈者：{{han:揭老师}}，您带的是哪个班？
受访者：{{school:老新镇中心小学五年级（2）班}}，我当班主任第八年了。我叫{{han:揭晓敏}}，教数学。每回考试成绩{{trap/word:揭晓}}，学生就拿我的名字开玩笑。今天想跟您说说我们班的{{han:冷俊杰}}，同学们都喊他{{han:俊伢}}。
访谈者：这孩子家里是什么情况？
受访者：他五岁那年，妈妈{{han:汪美玲}}去{{trap/place:深圳}}打工，第二年就不往家打电话了，后来听说在那边跟人过了。爸爸{{han:冷国强}}在{{trap/place:东荆河}}边上给人看虾塘，喝了酒就睡在棚子里，一个礼拜回不了两趟家。孩子跟着奶奶，奶奶七十六，白内障，看不清字。
访谈者：孩子在学校表现怎么样？
受访者：三年级以前还好，四年级开始不说话，作业不交，上课趴着。有一回他把同学的文具盒扔到窗外，我找他谈，他一句话不说，眼泪啪嗒啪嗒往下掉。我这才去家访。那天中午{{han:冷奶奶}}端出来的是一碗{{trap/word:冷饭}}，泡点开水就是一顿。
访谈者：后来怎么帮他的？
受访者：我先去找{{han:游春华}}，她是村里的儿童主任，跑了三趟，把孩子报成了事实无人抚养：爸爸常年不管，妈妈失联。每月{{trap/number:一千三百一十元}}，打到奶奶的卡上。学校免了他的午餐费，我让{{han:冷俊杰}}中午在学校吃饭。他的同桌{{han:把雨涵}}把自己的早餐分一半给他，两个孩子现在是好朋友。
访谈者：学校还有谁帮忙？
受访者：心理老师{{compound:梁丘若溪}}每周给他做一次沙盘。镇社工站的{{compound:南门思齐}}去他家修了漏雨的屋顶，还带他去{{trap/place:潜江}}城里看了一场{{trap/famous:曹禺}}的戏。大学生志愿者{{compound:微生语嫣}}暑假给他补英语。校长{{han:阮志明}}说，这样的孩子一个都不能掉队。
访谈者：爸爸那边呢？
受访者：我跟{{han:冷国强}}谈过三次。头一次他喝醉了，第二次他哭了，说自己没用。第三次他答应戒酒，现在一个月能回家住半个月。{{han:冷国强}}他其实心疼儿子，就是不晓得怎么当爹。他给我看手机里存的儿子的照片，全是小时候的，五岁以后的一张都没有。
访谈者：奶奶那边怎么样？
受访者：{{han:冷奶奶}}一个人种菜、喂鸡、做饭。她不认得字，作业签字都是按手印。我每回去，她都要塞给我一袋鸡蛋，不收她就不高兴。去年冬天她摔了一跤，是{{han:俊伢}}背着她走到村卫生室的，一里多路。卫生室的{{han:帅医生}}说，这伢有担当。
访谈者：班上同学对他怎么样？
受访者：开始有人笑他没妈，叫他没人要的伢。我在班会上没点名，只讲每个家都有难处，又让伢们给自己最想感谢的人写一封信。他写给他奶奶，我念的时候，班上好几个女伢哭了。从那以后没人再笑他，{{han:把雨涵}}还把他拉进了学校的合唱队。
访谈者：妈妈找到了吗？
受访者：找到了。我在家长群里问了一圈，有个家长认识{{han:汪美玲}}在深圳的表妹，要到了她的新号码。我跟她视频，她哭得说不出话，说当年是被债逼走的。现在她每个月给儿子寄三百块，周末跟他视频半个钟头。
访谈者：像他这样的孩子，班上还有吗？
受访者：有。班上四十二个人，爸妈都在外面打工的有十九个，跟着爷爷奶奶的多。有的伢一年见不到父母一面，过年回来几天又走了，伢们追着车跑。我每学期家访一轮，骑电动车一个村一个村地跑，遇上下雨，泥巴路骑不了，只能推着车走。学校开了亲情电话室，每周三下午，伢们排队跟爸妈视频。
访谈者：孩子有什么变化？
受访者：变了不少。上学期他数学考了八十六分，拿着卷子跑到办公室给我看。他现在每天早上七点就到教室，帮我开窗、擦黑板。班上选图书管理员，{{han:冷俊杰}}被大家举手选上了。他说长大了要当警察，因为警察能找人。
访谈者：联系方式麻烦说一下。
受访者：孩子家在{{address:老新镇冷家台村三组18号}}，他妈妈现在住{{address:深圳市宝安区福永街道怀德新村12栋305房}}。孩子的身份证{{id_number@my2014fwhyphen.429005}}。爸爸的电话{{mobile@plus86spaced}}，妈妈的{{mobile@hyphen}}，她的微信{{wechat:wangmeiling_sz0619}}。孩子有个QQ，是我帮他注册的，号码他写在数学书的扉页上：{{qq:46027193}}。
访谈者：名册上的名字有没有写错的？
受访者：有。补助的表上把孩子写成{{spaced:冷 俊 杰}}，妈妈写成{{spaced:汪美 玲}}，心理老师的名字被人打成{{spaced:梁　丘　若　溪}}。
访谈者：最后还想说什么？
受访者：这些孩子最怕的是被人忘了。我教了十几年书，最放不下的一个孩子，叫{{han:冷俊杰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1169,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
