# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 23 (tests/pii/holdout23/H169-H176 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 23 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian herder in
达茂旗 (包头) whose wife went to work in 包头 and never came back, raising three children with his old father; a
Kham Tibetan teacher in 炉霍 (甘孜) with three orphaned pupils; a Hui mother in 广河 (临夏) whose husband was
paralysed in a crash and who also raises her dead sister's daughter; a Han grandfather in 太康 (周口) raising the
three left-behind grandchildren of a son and daughter-in-law in a 昆山 factory while his wife recovers from a
stroke; a Han mother in 汇川 (遵义) whose husband is in prison; a Torghut Mongolian village doctor in 和布克赛尔
(塔城) with an Oirat family (the father died in a snowstorm, the mother is on dialysis) and a Kazakh family (the
father died on the road); a Manchu grandmother in 围场 (承德) whose son was crippled in a mine and whose
daughter-in-law left; and a Han school counsellor at a middle school in 赤峰 city with children from several banners.
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (阿拉腾其其格, 阿拉坦胡雅格, 塔林其其格, 白图门乌力吉) with Han-like
syllables in front (包哈斯巴根, 宝乌云塔娜, 白图门乌力吉) and short forms (伊和巴雅尔 then 伊和, 塔林其其格 then 塔林, a
word, 白图门乌力吉 then 图门), and the Han name of the same man (苏德毕力格, 苏建华); Kham Tibetan names (四郎益西,
降央泽珍 then 泽珍, 罗布泽仁 then 罗布, 呷绒曲珍, 雍忠曲珍) also written with a space (四郎 益西, 益西 卓嘎); Hui
Han-form names (马秀芳, 丁国福, 锁进财, 撒明德, 喇桂英, 妥建华) beside 经名 alone (萨丽哈, 萨迪格, 哈妮法) and a Han
surname before an Arabic name (丁哈伦, 丁尤努斯, 锁鲁格耶 then 鲁格耶, 锁如格耶, 海阿丽玛); Henan nicknames that are
words (麦囤, 棉桃, 石磙) and names followed by verbs and particles (麦囤他, 棉桃也, 石磙都, 贾玉洁那边, 谢长久他); rare
Guizhou and Henan surnames (犹, 蹇, 敖, 母, 冉, 申, 骆, 訾, 轩, 豆, 娄) and names that contain words (犹光明, 袁建设,
谢长久, 母德胜, 赵丰收, 锁进财, 袁守田); Oirat names (巴音克西格 then 克西格, 策登扎布, 达西策仁, 巴特那生, 其米德玛)
and Kazakh given name + father's name with and without the dot (努尔兰·吐尔洪, 阿力木江·努尔兰 and 阿力木江努尔兰,
沙吾列·努尔兰) with short forms (阿力木江, 热依汗); Manchu clan name + given name with and without the dot
(钮祜禄·德顺, 钮祜禄·永贵, 富察·秀云 and 富察秀云, 叶赫那拉·福全, 伊尔根觉罗·凤岐, 钮祜禄雪晴) beside the Han names
of the same people (郎德顺, 郎永贵, 傅秀云, 那福全) and nicknames (石墩, 苗苗); Han names with titles and kin words
(马文礼书记, 刘红军所长, 张振军大夫, 轩秀英婶子, 邹秀芝大姐, 葛丽娟姨), a name written twice on a form
(孙雨晨孙雨晨), names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; names spaced out
character by character, dotted names with spaces around the dot (敖其尔 · 巴图, 努尔兰 · 吐尔洪, 钮祜禄 · 德顺) and
names split in two; compound surnames after ordinary words; and numbers read out and written the many ways people
do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:犹光明}}``, ``{{qq:2840571963}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, oirat, tibetan, hui, kazakh, manchu) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012tri.130828}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number. The
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced, p86n,
                                   fullwidth, s38, s74, s434, h38);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 校长, 股长, 警官,
阿訇, 大姐, 婶子, 姨, 大爷, 奶奶, 老爷子, 老先生) and a particle, pronoun or verb written directly after a name (说, 的,
家, 也, 都, 就, 她, 他, 他们家, 那边, 跟, 和) are outside the span; a nickname (麦囤, 棉桃, 石磙, 石墩, 苗苗) is
annotated whole. Han-style names of Mongolian, Hui and Manchu people (苏建华, 丁文斌, 郎永贵, 傅秀云) are category han;
a Han surname before a non-Han given name (包哈斯巴根, 丁哈伦, 锁鲁格耶) and a Manchu clan name before a given name
(钮祜禄·德顺, 富察秀云) are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout23/make_holdout23.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(23_2026_1205)
MINORITY_GROUPS = ("mongolian", "oirat", "tibetan", "hui", "kazakh", "manchu")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "oirat": 10, "tibetan": 10, "hui": 10, "kazakh": 10, "manchu": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H169: Mongolian herder in 达茂旗 (包头) whose wife left; his old father and three children.
DOCS["H169"] = ("family", """\
访谈者：大哥，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:苏德毕力格}}，四十六了，在{{trap/place:达茂旗}}北边的嘎查放羊，户口本上还有个汉名叫{{han:苏建华}}。家里原来六口人：我阿爸{{minority/mongolian:敖其尔巴图}}，我，媳妇{{minority/mongolian:阿拉腾其其格}}，三个孩子。{{trap/year:2022年}}秋天媳妇去{{trap/place:包头}}打工，说是在饭店洗碗，过了半年电话就打不通了，后来听人说她在外头又成了家。她走的时候，小的才四岁。
访谈者：三个孩子多大？
受访者：老大{{minority/mongolian:伊和巴雅尔}}十四，在{{trap/place:百灵庙}}上初中，{{school:达茂旗百灵庙第二中学初二（1）班}}，住校。老二是丫头，叫{{minority/mongolian:格根图雅}}，十岁，在{{school:达茂旗蒙古族学校四年级（2）班}}。老三{{minority/mongolian:恩克吉雅}}六岁，跟着我和阿爸在牧点上，阿爸管他叫{{trap/word:宝贝}}疙瘩。老大我们平常喊他{{minority/mongolian:伊和}}，他也懂事，放假回来就替我赶羊。
访谈者：孩子妈妈走了以后，谁照顾他们？
受访者：我跟阿爸。阿爸七十三了，腿脚不行，放不了羊，就在家熬奶茶、看小的。{{minority/mongolian:敖其尔巴图}}他年轻时候是嘎查的兽医，现在眼睛花了，针都穿不上。老二的头发是住校的生活老师{{han:云桂兰}}给梳的，她说丫头想妈妈，晚上躲在被窝里哭。
访谈者：嘎查和苏木帮了哪些？
受访者：嘎查达{{minority/mongolian:包哈斯巴根}}给我们报了低保。儿童主任{{minority/mongolian:宝乌云塔娜}}跑了好几趟，说孩子妈妈联系不上满两年，可以按事实无人抚养报，每个孩子一个月{{trap/number:一千二百多}}。苏木的民政助理{{han:赵丰收}}来核过，拍了照片，表上一栏一栏填得很细。{{han:赵丰收}}说他也是单亲家里长大的，知道难。
访谈者：旗里呢？
受访者：旗{{trap/org:民政局}}去年冬天送来两吨煤、一袋面。社工站派了两个年轻人，一个叫{{compound:拓跋雨霏}}，还有{{compound:宇文靖川}}。{{compound:拓跋雨霏}}给老三带了识字卡片，教他认“羊”“马”这些字。小伙子话少，帮我把漏风的棚圈补好了。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:阿拉坦胡雅格}}家跟我家草场挨着，打草的时候帮了大忙。他说，谁家还没个难处。他老婆{{han:白秀芬}}是汉人，会蒸{{trap/word:包子}}，隔三差五给孩子们送一锅。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:王淑娟}}老师打电话说，孩子数学好，就是不爱说话。我说孩子心里有事。{{han:王淑娟}}老师后来让他当了数学课代表，他话多起来了。老二的班主任{{han:韩淑琴}}教蒙语，丫头跟她亲。
访谈者：冬天牧区上学远，孩子们怎么去？
受访者：老大、老二都住校，一个礼拜回来一次。旗里有校车，到苏木的路口接，我骑摩托送到路口，来回四十里。下大雪的时候校车不来，就得我开着那辆破皮卡往旗里送。去年腊月有一回车陷在雪里，爷仨在车里冻了两个钟头，是路过的牧民拿拖拉机拽出来的。回来老二发了两天烧，我心里后悔得不行。
访谈者：老三在家谁教他？
受访者：阿爸教他数羊，教他唱蒙古歌。嘎查离幼儿园远，老三没上。儿童主任说明年给他报苏木的幼儿园，吃住在那儿，周末接回来。我舍不得，可也得让他跟小孩们在一块儿，不能天天跟着老头子和羊。
访谈者：家里收入靠什么？
受访者：三百多只羊，一年卖一百来只，刨去草料、看病、孩子上学，剩不下什么。草场补贴一年一万出头。去年羊价跌了，我把两头牛也卖了，给老大交了补课费。
访谈者：您身体怎么样？
受访者：前年冬天放羊，骑摩托摔进雪窝，肋骨断了两根。旗医院的{{han:张振军}}大夫给接的，说我这是累出来的毛病。{{trap/word:白天}}放羊，晚上还得给孩子们洗衣服，一个男人带三个孩子，难啊。
访谈者：过节的时候怎么过？
受访者：夏天嘎查祭{{trap/minority_word:敖包}}，我带孩子们去。过{{trap/minority_word:查干萨日}}，孩子们给阿爸磕头敬酒，阿爸给他们讲{{trap/famous:嘎达梅林}}的故事。老三最爱听，听完就骑着板凳喊“驾”。
访谈者：表上要登记地址、证件和电话。
受访者：牧点在{{address:达茂旗巴音花镇额尔登敖包嘎查三组7号}}，冬天孩子们住在我姐姐家，{{address:百灵庙镇阿拉坦小区4号楼2单元302室}}。我身份证{{id_number@my1978.150223}}，老大的是{{id_number@my2010spaced.150223}}。我电话{{mobile@plain}}，我姐姐的{{mobile@s38}}。微信我不大会用，老大给我弄了一个，叫{{wechat:suder_bilig79}}。老大自己有QQ，号码在他作业本封皮上写着，说是{{qq:1582049736}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我写成{{spaced:苏 德 毕 力 格}}，老大写成{{spaced:伊和 巴雅尔}}，老二是{{spaced:格根　图雅}}。阿爸的名字在医保卡上是{{spaced:敖其尔 · 巴图}}，中间多出个点。
访谈者：您最盼什么？
受访者：盼孩子们念出书来。{{minority/mongolian:恩克吉雅}}说长大要当警察，去把妈妈找回来。我听了心里不是滋味。
""")

# H170: Tibetan teacher in 炉霍 (甘孜) with three orphaned pupils.
DOCS["H170"] = ("teacher", """\
访谈者：老师，您在这所学校教了几年？
受访者：十一年了。我叫{{minority/tibetan:益西卓嘎}}，教藏文和数学，家就在{{trap/place:炉霍}}县城边上，学校在{{trap/place:鲜水河}}北岸的一个乡里。我带的是{{school:炉霍县宜木乡中心小学五年级（2）班}}，四十一个学生，父母双亡的三个，单亲的七个，爸妈在外面挖虫草、打工的更多。
访谈者：先说说那三个孤儿吧。
受访者：头一个是{{minority/tibetan:四郎益西}}，十二岁。他阿爸修路的时候被塌方埋了，阿妈得病，第二年也走了。现在跟奶奶{{minority/tibetan:呷玛拉姆}}过，奶奶七十多了，只会说藏话。他成绩不错，就是冬天手上长冻疮，写字疼。第二个是女孩{{minority/tibetan:降央泽珍}}，十一岁，爸妈出车祸没了，跟舅舅{{minority/tibetan:格勒多吉}}一家过。舅舅家也有四个孩子，{{minority/tibetan:泽珍}}在那边干活多，吃饭少。{{minority/tibetan:格勒多吉}}他人不坏，就是喝酒。第三个是{{minority/tibetan:罗布泽仁}}，九岁，在{{school:宜木乡中心小学二年级（3）班}}。他阿爸在{{trap/place:康定}}打工，从脚手架上摔下来没了，阿妈改嫁去了{{trap/place:道孚}}，后来也病死了。现在跟着姑姑{{minority/tibetan:呷绒曲珍}}，{{minority/tibetan:罗布}}放学就跟他姑姑去放牦牛。
访谈者：他们都领到补助了吗？
受访者：领到了。村里的儿童主任{{minority/tibetan:雍忠曲珍}}帮着跑，孤儿基本生活费一个月{{trap/number:一千四百五}}，县{{trap/org:民政局}}的{{han:何晓东}}股长来家访过两次。学校的{{han:龚明华}}校长把三个孩子的住宿费、伙食费都免了。{{han:龚明华}}说，这几个娃娃书一定要念下去，{{trap/word:何况}}他们自己也想念。
访谈者：学校里谁帮得多？
受访者：同事{{han:杨春梅}}老师是汉族，从{{trap/place:雅安}}来的，她每个周末把{{minority/tibetan:泽珍}}接到宿舍，给她洗头、补课。教导主任{{han:刘光荣}}管着全校的资助名单，哪个娃娃该拿什么补助，他心里一本账。还有支教的老师，一个叫{{compound:欧阳沐川}}，一个是{{compound:乐正安然}}。小伙子会拉二胡，孩子们围着他学。州里派来的心理老师{{compound:上官芷宁}}给三个孩子都做了谈话。
访谈者：孩子们心理上怎么样？
受访者：{{minority/tibetan:四郎益西}}不爱提他阿爸阿妈。有一次写作文《我的家》，他写奶奶，写牦牛，就是不写爸妈。{{minority/tibetan:泽珍}}说她晚上梦见阿妈给她编辫子。最小的那个还不太懂，只说姑姑家的狗生了小狗。
访谈者：学校平时怎么照顾这些孩子？
受访者：我们是寄宿制学校，孩子们周一到周五住校，吃住全免。州里是十五年免费教育，从幼儿园到高中都不要学费。可光不要钱不够，这些孩子缺的是有人管。晚上熄灯以后，我常去宿舍转一圈，看谁被子踢了，谁在偷偷哭。冬天宿舍冷，学校给每个孩子发了电热毯，可电压不稳，一晚上跳好几次闸。
访谈者：挖虫草的时候呢？
受访者：五月、六月挖虫草，很多家长带着孩子上山，学校里一下子空了一半。三个孤儿没人带，反倒不缺课。有一年舅舅想带那个女孩上山挖虫草，我去他家坐了一下午，喝了三壶茶，才把孩子留下来。
访谈者：三个孩子的家里人常来学校吗？
受访者：奶奶不会坐车，一学期来一回，每次都背一袋子{{trap/minority_word:糌粑}}，说怕孙子在学校吃不饱。舅舅来得多些，开家长会坐在最后一排，不说话。姑姑放牧走不开，我就每周给她打个电话，说说孩子的情况。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历年}}前后学校放假，我去三家走一走，带点{{trap/minority_word:酥油}}、茶叶。{{trap/place:寿灵寺}}的喇嘛也会给这些孩子送衣服。奶奶给孩子们讲{{trap/famous:格萨尔王}}的故事，讲到半夜。
访谈者：医疗上有困难吗？
受访者：{{minority/tibetan:呷玛拉姆}}奶奶有高血压，{{trap/org:乡卫生院}}的{{han:罗志勇}}大夫每个月上门量一次。头一个孩子去年查出包虫病，在州医院做的手术，大病救助报了大部分。
访谈者：登记表要填地址和号码。
受访者：{{minority/tibetan:四郎益西}}家在{{address:炉霍县宜木乡虾拉沱村二组15号}}，女孩的舅舅家在{{address:炉霍县新都镇康乐小区3栋1单元502}}。奶奶的身份证{{id_number@wold.513327}}，女孩的{{id_number@wy2013hyphen.513327}}。舅舅电话{{mobile@hyphen}}，我的是{{mobile@plus86}}。我的微信{{wechat:yeshe_drolkar}}，孩子们的作业照片都发这里。那个男孩用他叔叔的手机上QQ，他说号码是{{qq:2840571963}}。
访谈者：表上名字写得统一吗？
受访者：不统一。藏族名字本来没有姓，汉字又是音译，各写各的。学籍上写成{{spaced:四郎 益西}}，低保表上是{{spaced:降 央 泽 珍}}，还有把舅舅写成{{spaced:格勒　多吉}}的。医院那边把我写成{{spaced:益西 卓嘎}}，中间空了一格。
访谈者：您最大的愿望？
受访者：愿孩子们都能读到高中、大学，走出去，再回来。
""")

# H171: Hui mother in 广河 (临夏); her husband was paralysed in a crash, she also raises her dead sister's daughter.
DOCS["H171"] = ("family", """\
访谈者：大姐，您家里现在几口人？
受访者：六口。我叫{{han:马秀芳}}，经名{{minority/hui:萨丽哈}}，家在{{trap/place:广河}}县城往东的村里，离{{trap/place:三甲集}}皮毛市场不远。我男人{{han:丁国福}}原来在三甲集收皮子，前年拉货去{{trap/place:兰州}}，车翻了，腰椎断了，现在下半身没知觉。他的经名叫{{minority/hui:萨迪格}}，老人们都这么叫他。
访谈者：孩子们呢？
受访者：我自己三个。老大{{minority/hui:丁哈伦}}十三，学名{{han:丁文斌}}，在{{school:广河县第三中学初一（4）班}}。老二是丫头，经名{{minority/hui:哈妮法}}，学名{{han:丁雪梅}}，十岁。老三还小，五岁，叫{{minority/hui:丁尤努斯}}。还有我姐姐的丫头{{minority/hui:锁鲁格耶}}，也在我家。
访谈者：您姐姐家怎么了？
受访者：我姐姐{{han:马秀莲}}得的是肝病，去年走了。姐夫{{han:锁进财}}在{{trap/place:新疆}}工地上，一年回来一趟，丫头就放在我家。{{minority/hui:鲁格耶}}九岁，跟{{minority/hui:哈妮法}}一个班，{{school:城关镇回民小学四年级（2）班}}。两个丫头睡一个炕，好得跟亲姊妹一样。{{han:锁进财}}他每个月打回来八百块钱，有时候也断。
访谈者：这些年谁帮过你们？
受访者：村里{{han:马文礼}}书记给我家报了低保，四口人的。儿童主任{{han:韩玉琴}}是个热心人，把{{minority/hui:鲁格耶}}按事实无人抚养儿童报上去了，一个月{{trap/number:一千五百六}}。乡上的民政干部{{han:撒明德}}来过三趟。{{trap/org:县残联}}给我男人办了一级残疾证，送了一辆轮椅。
访谈者：寺里呢？
受访者：我们坊上{{trap/org:清真寺}}的{{han:何占山}}阿訇，每年{{trap/minority_word:开斋节}}前把乡亲们出的{{trap/minority_word:天课}}分一份给我们。阿訇的女人{{han:喇桂英}}也常来，帮我给男人翻身擦洗。{{han:何占山}}他说，照顾病人的女人最辛苦，坊上的人都看在眼里。
访谈者：孩子们在学校怎么样？
受访者：老大的班主任{{han:苏海燕}}老师对他好，知道家里的事，把他的资料费免了。{{minority/hui:丁哈伦}}也争气，期中考了班上第六。两个丫头的老师叫{{han:妥建华}}，她说{{minority/hui:鲁格耶}}上课老走神，看着窗户外头发呆。我知道她是想她妈了。
访谈者：您男人的病怎么治？
受访者：县医院的医生叫{{compound:皇甫子衿}}，每个月来村里一回，给他看褥疮。{{trap/place:临夏}}州里的社工{{compound:闾丘明澈}}帮我们申请了康复，说明年可以去兰州做一期。我男人脾气急，有时候{{trap/word:锁门}}不让人进，不吃饭。老大就隔着门跟他说话，一说就是一个钟头。
访谈者：孩子们放学以后做什么？
受访者：老大放学先去寺里的经堂学一个钟头经，回来写作业。两个丫头帮我剥葱、洗碗、喂鸡。老大还学会了给他爸导尿，护士教了一回他就会了。我看着心疼，他才十三岁，比同岁的娃娃老成多了。
访谈者：冬天家里冷吗？
受访者：冷。以前烧煤，今年村里改了电暖，电费贵，我舍不得开。晚上四个娃娃挤在一个炕上，我男人的屋子开电暖，他不能冻着，一冻就抽筋。乡上今年冬天给困难户每家补了三百块取暖费，救了急。
访谈者：您自己想过出去打工吗？
受访者：想过，有人说去广州做皮草生意挣得多。可我走了，男人谁管？娃娃们谁管？就在家门口干吧，少挣点，人在一块儿。
访谈者：您娘家能帮上吗？
受访者：娘家在{{trap/place:和政}}，爹妈都七十多了，帮不上。哥哥开个小饭馆，逢年过节送些面粉清油过来。我不好意思老张口，能自己扛的就自己扛。
访谈者：家里靠什么过？
受访者：低保，还有我在村口的皮毛厂剪皮子，一天六十。早上五点起来给男人弄好，给娃娃们做饭，七点去厂里，中午跑回来一趟，{{trap/word:丁点儿}}空都没有。邻居{{minority/hui:海阿丽玛}}他们家的丫头放学了，把我家老三也接上。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:广河县城关镇西关村三社21号}}，我姐夫原来租的房子是{{address:广河县三甲集镇皮毛小区2号楼1单元101室}}。我身份证{{id_number@wy1984spaced.622924}}，丫头的{{id_number@wy2015x.622924}}。我电话{{mobile@spaced}}，我姐夫的{{mobile@plus86dash}}。我的微信是{{wechat:saliha_ma84}}，老大用我手机上QQ，号码你记一下，是{{qq:43902716}}。
访谈者：名字在表上写得对吗？
受访者：经名是音译，各人写各的。救助表上有写{{spaced:锁 鲁 格 耶}}的，也有写成{{minority/hui:锁如格耶}}的；老大学籍上是{{spaced:丁　文　斌}}，我男人在残疾证上成了{{spaced:丁国 福}}。
访谈者：最盼什么？
受访者：盼男人能坐起来，盼娃娃们把书念成。{{minority/hui:哈妮法}}说长大当医生，给她爸治病。
""")

# H172: Han grandfather in 太康 (周口) raising three left-behind grandchildren; his wife had a stroke.
DOCS["H172"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：俺家七口，常在家的五口。俺叫{{han:袁守田}}，六十八了，{{trap/place:周口}}{{trap/place:太康}}县的。老伴{{han:秦桂花}}前年中风，半边身子不得劲。儿子{{han:袁建设}}和媳妇{{han:贾玉洁}}在{{trap/place:昆山}}电子厂，一年回来一趟，过年待七天就走。三个孙子孙女都是俺带。
访谈者：三个孩子多大？叫什么？
受访者：老大小名叫{{han:麦囤}}，割麦那天生的，大名{{han:袁子航}}，十一了，在{{school:太康县城郊乡第二小学五年级（3）班}}。老二是妮儿，小名{{han:棉桃}}，大名{{han:袁梦琪}}，八岁，在同一个学校上二年级。老三{{han:石磙}}，大名{{han:袁宇轩}}，五岁，上幼儿园大班。
访谈者：平常谁照顾老伴和孩子？
受访者：都是俺。早上五点起，先给{{han:秦桂花}}穿衣裳、喂饭，再喊仨孩子起床。{{han:麦囤}}他懂事，自个儿穿好衣裳还帮{{han:石磙}}系鞋带。{{han:棉桃}}也中，会烧锅下面条。{{han:石磙}}都五岁了，就是皮，一会儿看不住就跑到坑边去了。
访谈者：孩子爸妈常联系吗？
受访者：视频，一个礼拜一回。{{han:袁建设}}说厂里加班多，{{han:贾玉洁}}那边是两班倒，说不上几句就得挂。{{han:棉桃}}每回都哭，说想她妈。{{han:麦囤}}不哭，挂了电话就去喂羊。
访谈者：一家人的开销咋算？
受访者：低保一个月两口人的，加上儿子每月打回来一千五，够吃够喝。就是老伴吃药花钱，一个月光药就四五百。俺种了六亩麦、两亩花生，收了麦种玉米，忙的时候实在顾不上，就把老三关在院里，心里不落忍。
访谈者：孩子们写作业谁辅导？
受访者：俺不识几个字，辅导不了。老大自己写，写完了教老二。老二数学不中，一道题能哭半天。学校有个课后服务，到五点半，老师看着写作业，俺就不操心了。礼拜天没人管，就让他们看会儿电视。
访谈者：过年孩子爸妈回来呢？
受访者：回来七天，孩子们高兴得跟啥样。走那天，老三抱着他妈的腿不撒手，哭得喘不上气，俺硬把他抱开的。车一开，老大扭头就进屋了，不让人看见他掉泪。俺这心里跟刀剜的一样。
访谈者：村里和乡里帮过你们哪些？
受访者：村里{{han:訾广明}}支书给俺家报了低保，老伴算重病。儿童主任{{han:孔令霞}}每个月来两趟，登记孩子们吃得咋样、学习咋样。她说俺家仨孩子是留守儿童，学校有“代理妈妈”，给{{han:棉桃}}配了一个。乡民政所的{{han:刘红军}}所长去年冬天送来米面油，还给老伴申请了护理补贴，一个月{{trap/number:一百二}}。
访谈者：学校里呢？
受访者：{{han:麦囤}}的班主任{{han:娄春燕}}老师，年轻，对孩子可上心。她发现{{han:麦囤}}鞋底磨透了，自己掏钱给他买了一双。校长{{han:豆志国}}说，留守的孩子午饭学校管，不要钱。县里来了个社工叫{{compound:赫连星野}}，跟{{compound:巫马青禾}}一块儿，在学校办了个周末课堂，教孩子们画画、下棋。俺让{{han:棉桃}}也去了，回来说社工姐姐夸她画的{{trap/word:孔明灯}}好看。
访谈者：您身体怎么样？
受访者：腰不中了，还有糖尿病。乡卫生院的{{han:谢长久}}大夫每月来一回，给俺测血糖。{{han:谢长久}}他说俺得少吃馍，俺说不吃馍吃啥。邻居{{han:轩秀英}}婶子心眼好，俺去县里拿药那天，她就帮着看孩子。
访谈者：老伴的病现在咋样？
受访者：能拄着拐在院里走几步了，说话还不利索。俺每天给她按腿，医生说多练练能好些。她心里急，老说自己是个累赘，俺就跟她说，你在这儿坐着，孩子们放学回来有人喊一声奶奶，这个家就还是个家。
访谈者：孩子们有啥愿望？
受访者：{{han:麦囤}}说想当兵。{{han:棉桃}}说想去昆山看她爸妈上班的地方。俺给他们讲{{trap/famous:花木兰}}替父从军，讲{{trap/famous:包公}}断案，他们爱听，听完了{{han:石磙}}还拿擀面杖当大刀耍。
访谈者：登记要地址、证件和电话。
受访者：家在{{address:太康县城郊乡袁楼村四组32号}}，儿子在昆山租的房子是{{address:昆山市开发区蓬朗新村17号楼305室}}。俺的身份证{{id_number@my1956.411627}}，{{han:麦囤}}的{{id_number@my2013fullwidth.411627}}。俺电话{{mobile@plain}}，儿子的{{mobile@h38}}。儿子的微信叫{{wechat:yuanjianshe_ks}}，{{han:麦囤}}拿他姑的旧手机上QQ，号码是{{qq:2079358146}}。
访谈者：表上名字写得对吗？
受访者：错过。医保上老伴写成{{spaced:秦 桂 花}}，孩子学籍上是{{spaced:袁　梦　琪}}，俺自己的名字少了一个字，跑了三趟才改过来。
访谈者：最后您想说啥？
受访者：就盼俺这身子骨再撑几年，撑到{{han:石磙}}上初中。
""")

# H173: Han mother in 汇川 (遵义) whose husband is in prison; her mother-in-law and two children.
DOCS["H173"] = ("family", """\
访谈者：您先说说家里的情况。
受访者：我叫{{han:敖晓琴}}，三十六，{{trap/place:遵义}}{{trap/place:汇川}}区的。我男人{{han:犹光明}}前年跟人打架，把人打成重伤，判了六年，现在在监狱里。家里剩我、婆婆{{han:蹇玉珍}}和两个娃儿。
访谈者：孩子们多大了？
受访者：大的{{han:犹思源}}十二岁，在{{school:汇川区第九中学初一（7）班}}；小的是妹妹{{han:犹小雨}}，七岁，在{{school:高坪街道中心小学一年级（4）班}}。{{han:犹思源}}他晓得他爸的事，妹妹不晓得，我们跟她说爸爸在外地打工。
访谈者：孩子爸爸出事以后，家里怎么过？
受访者：难。我在火锅店端盘子，老板{{han:陈德荣}}人好，让我中午回去一趟给婆婆弄饭。婆婆{{han:蹇玉珍}}有风湿，走路要拄拐。楼上的{{han:邹秀芝}}大姐，下雨天帮我接妹妹放学。那阵子我{{trap/word:犹豫}}了好久，要不要带娃儿回娘家，后来还是没走，娃儿们在这边读书惯了。
访谈者：谁帮过你们？
受访者：社区的{{han:母德胜}}书记，是他先来找我的，说可以{{trap/word:申请}}低保。儿童主任{{han:冉丽华}}帮我把两个娃儿报成困境儿童，服刑人员子女，每人每月有{{trap/number:四百五}}的补贴。司法所的{{han:骆建平}}所长来过，讲了探视的规矩，还说{{trap/org:司法所}}可以帮着联系法律援助，有事打{{trap/hotline:12348}}。找{{han:母德胜}}办事，他从来不推。
访谈者：孩子们去探视过吗？
受访者：去过两回，我带{{han:犹思源}}去的。监狱的{{han:付海军}}警官安排我们在亲情会见室见面，隔着玻璃拿电话说。{{han:犹光明}}他一见儿子就哭，说对不起。{{han:犹思源}}一句话没说，出来在车上才哭。
访谈者：你们跟孩子爸爸怎么联系？
受访者：一个月能打一次亲情电话，十分钟。他每回都问娃儿们的成绩，问他妈的腿。还写信，一封信写满三张纸，大的看了不吭声，收在枕头底下。
访谈者：学校那边知道吗？
受访者：班主任{{han:申雪梅}}老师知道，我跟她说了，请她莫在班上讲。{{han:申雪梅}}说她晓得轻重。有同学说他爸是劳改犯，{{han:犹思源}}跟人打了一架，老师把两边家长叫去，批评了那个娃儿，也没罚我家娃儿。
访谈者：有没有社工介入？
受访者：有。区里的社工站派了{{compound:尉迟晚晴}}，还有{{compound:欧阳知秋}}，两个姑娘每个月来一次，陪{{han:犹小雨}}画画、读绘本。其中一个还给大的做心理辅导。市{{trap/org:妇联}}有个项目，给服刑人员家庭的娃儿发书包，是{{compound:令狐嘉木}}送来的。
访谈者：火锅店的活累不累？
受访者：累。从上午十点站到晚上十点，中间回家一趟。一个月两千八，交了房租水电，剩下给娃儿们交伙食费、买衣服。婆婆捡纸壳子卖，一个月也有两三百，她说不能光吃媳妇的。
访谈者：娃儿们的学习怎么样？
受访者：大的成绩往下掉了，以前班上前十，现在二十几名。老师说他上课发呆，作业也不交。我晚上十点多回家，他已经睡了，早上又起得早，一天说不上几句话。我心头急，又不晓得咋个办。社工说不要逼，先陪着。妹妹倒还好，喜欢画画，墙上贴满了她画的爸爸，都是穿着工装在外地打工的样子。
访谈者：亲戚们怎么看？
受访者：有的亲戚不来往了，怕沾上。过年我带娃儿们回娘家，有人当着娃儿的面问他爸啥时候出来，我当场就翻了脸。
访谈者：您自己有什么想法？
受访者：我娘家姐姐{{han:敖晓梅}}叫我离婚，说一个女人拖两个娃儿不值当。我想的是娃儿的爸还是他爸，等他出来再说。婆婆跟我说，三个臭皮匠顶个{{trap/famous:诸葛亮}}，一家人齐心就过得去。我这个当{{trap/word:母亲}}的，多{{trap/word:付出}}点就是了。
访谈者：平常日子怎么样？
受访者：早上给娃儿们煮碗{{trap/local_word:羊肉粉}}，送妹妹上学，我再去店里。周末带他们去{{trap/place:湄潭}}看茶山，大的喜欢那边。楼下{{han:张光华}}大爷会修自行车，给大的修好了一辆旧车子。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:汇川区高坪街道青松小区6栋2单元403}}，婆婆老家的房子在{{address:遵义市播州区三合镇乌江村五组19号}}。我身份证{{id_number@wy1988hyphen.520303}}，{{han:犹思源}}的{{id_number@my2012.520303}}。我电话{{mobile@s434}}，姐姐的{{mobile@s74}}。我微信{{wechat:aoxiaoqin0310}}，大的QQ号码他写在我手机壳里面的纸条上：{{qq:3187402659}}。
访谈者：表上的名字写得对吗？
受访者：监狱的会见登记上我男人写成{{spaced:犹 光 明}}，补贴表上大的是{{spaced:犹思 源}}，社工给妹妹的档案写成{{spaced:犹　小　雨}}。
访谈者：最盼什么？
受访者：盼他早点出来，娃儿们平平安安长大。
""")

# H174: village doctor in 和布克赛尔 (塔城) with an Oirat Mongolian and a Kazakh family.
DOCS["H174"] = ("doctor", """\
访谈者：医生，您在村卫生室干了多少年？
受访者：十四年了。我叫{{minority/oirat:巴音克西格}}，是土尔扈特蒙古族，村里人都叫我{{minority/oirat:克西格}}大夫。村子在{{trap/place:和布克赛尔}}县城北边，蒙古族和哈萨克族的牧民各占一半。夏天牧民上山{{trap/word:转场}}，我背着药箱跟着跑。
访谈者：村里有哪些困境儿童？
受访者：我说两家吧。头一家是蒙古族，男人{{minority/oirat:策登扎布}}前年冬天放羊遇上暴风雪，没回来。女人{{minority/oirat:敖力玛}}肾不好，每周两次去{{trap/place:克拉玛依}}透析。两个孩子跟爷爷{{minority/oirat:达西策仁}}过，大的{{minority/oirat:巴特那生}}十二，在{{school:和布克赛尔县蒙古族中学初一（2）班}}；小的{{minority/oirat:其米德玛}}八岁，在{{school:和什托洛盖镇小学二年级（3）班}}。
访谈者：孩子们怎么样？
受访者：{{minority/oirat:巴特那生}}他像个小大人，放学回来给爷爷烧茶、喂马。{{minority/oirat:达西策仁}}老人会弹{{trap/minority_word:托布秀尔}}，晚上给孩子们唱{{trap/famous:江格尔}}。
访谈者：第二家呢？
受访者：第二家是哈萨克族。男人{{minority/kazakh:努尔兰·吐尔洪}}拉草翻了车，人没了。女人{{minority/kazakh:热依汗·赛力克}}在{{trap/place:塔城}}宾馆打扫卫生，一个月回来一次。三个孩子跟奶奶{{minority/kazakh:孜牙达}}。大儿子{{minority/kazakh:阿力木江·努尔兰}}十三，学校名单上写成{{minority/kazakh:阿力木江努尔兰}}，没有点；女儿{{minority/kazakh:沙吾列·努尔兰}}十岁；小的{{minority/kazakh:叶尔森}}才四岁。
访谈者：奶奶身体好吗？
受访者：不好，高血压、关节炎。{{minority/kazakh:孜牙达}}她每天还挤牛奶、炸{{trap/minority_word:包尔萨克}}。{{minority/kazakh:阿力木江}}就闹着要退学放羊养奶奶，我跟他老师{{han:王丽萍}}一起劝了三回，才劝回学校。
访谈者：政府帮了什么？
受访者：蒙古族那家两个孩子按事实无人抚养报的，一个月{{trap/number:一千六百五}}；哈萨克族那家吃低保，三个孩子在学校都有补助。乡里的民政干部{{han:刘海英}}跑了很多趟。村支书{{han:张永刚}}还从村集体给每家分了五只羊。
访谈者：看病方面呢？
受访者：孩子妈妈透析的钱大部分能报。县医院肾内科的{{han:侯建疆}}大夫帮她约了固定的床位。{{minority/kazakh:叶尔森}}去年得了肺炎，是我连夜送到{{trap/org:乡卫生院}}的，院长{{han:郑卫东}}亲自给他打的针。
访谈者：牧区看病难在哪里？
受访者：远。夏牧场离乡里一百多公里，路是搓板路，孩子半夜发烧，我只能先在毡房里给他退烧，天亮了再往下送。冬天大雪封路，有一回一个老人心梗，我们叫了铲车在前面开路，救护车跟在后面，走了五个钟头。现在好了，县里给村卫生室配了远程问诊的电脑，拍个片子传上去，县医院的大夫就能看。
访谈者：孩子们打疫苗、体检谁管？
受访者：都是我。每年开学前给全村孩子体检，哪个孩子长得慢、哪个孩子牙不好，我都记在本子上。这两家孩子我多看一眼，瘦了胖了都知道。
访谈者：有社工来吗？
受访者：有，县社工站的{{compound:公孙牧野}}跟{{compound:慕容星河}}，两个小伙子，一个会说哈萨克语。他们给孩子们办了个暑期班，{{compound:慕容星河}}教孩子们踢足球。
访谈者：孩子们之间处得怎么样？
受访者：好着呢。两家挨得近，蒙古族的孩子会说几句哈萨克语，哈萨克族的孩子也会唱蒙古歌。放了学一起放羊、一起骑马，谁家做了好吃的，都端一碗过去。
访谈者：村里其他人呢？
受访者：邻居{{minority/kazakh:巴合提别克}}把家里的旧摩托借给{{minority/kazakh:热依汗}}，让她回来方便。过{{trap/minority_word:纳吾肉孜节}}，哈萨克族邻居请蒙古族孩子吃饭；过{{trap/minority_word:祖鲁节}}，蒙古族邻居也请回来。
访谈者：登记要填地址、证件、电话。
受访者：{{minority/oirat:策登扎布}}家在{{address:和布克赛尔县和什托洛盖镇查干库勒村二组8号}}，奶奶家在{{address:和布克赛尔县巴音傲瓦乡夏孜盖村定居点3排12号}}。奶奶的身份证{{id_number@wold.654226}}，{{minority/kazakh:阿力木江}}的{{id_number@my2011quad.654226}}。{{minority/kazakh:热依汗}}的电话{{mobile@plus86spaced}}，微信是{{wechat:rayhan_seyilik}}，我的电话{{mobile@fullwidth}}。我的微信{{wechat:kheshig_doctor}}，{{minority/oirat:巴特那生}}有个QQ，是他在县城上学的表哥帮着申请的，号码{{qq:1793026458}}。
访谈者：表上名字写得对吗？
受访者：经常错。有写成{{spaced:巴 特 那 生}}的，有{{spaced:沙 吾 列 · 努 尔 兰}}，还有写成{{spaced:努尔兰 · 吐尔洪}}的、{{spaced:策登　扎布}}的。
访谈者：您最大的心愿？
受访者：盼这几个孩子都健健康康的。{{minority/oirat:其米德玛}}说长大也当医生，跟我一样背药箱。
""")

# H175: Manchu grandmother in 围场 (承德) raising two grandchildren; her son was crippled in a mine, his wife left.
DOCS["H175"] = ("family", """\
访谈者：大娘，您家里几口人？
受访者：四口。我叫{{han:关淑珍}}，七十一了，{{trap/place:围场}}县的满族。娘家老姓{{trap/minority_word:瓜尔佳}}，族谱上我是{{minority/manchu:瓜尔佳·淑珍}}。我们这儿满族多，老辈人见面还问老姓。老伴{{han:郎德顺}}走了五年了，他老姓{{trap/minority_word:钮祜禄}}，家谱上写的是{{minority/manchu:钮祜禄·德顺}}。儿子{{han:郎永贵}}，家谱上是{{minority/manchu:钮祜禄·永贵}}，原来在{{trap/place:承德}}铁矿下井，前年塌方，砸断了两条腿，现在坐轮椅。儿媳妇受不了，离婚走了。两个孙辈就跟着我。
访谈者：孙子孙女多大？
受访者：孙子{{han:郎浩宇}}十二，小名{{han:石墩}}，在{{school:围场县四合永镇中心小学六年级（1）班}}。孙女{{han:郎雪晴}}九岁，小名{{han:苗苗}}，在{{school:四合永镇中心小学三年级（2）班}}。
访谈者：孩子爸爸现在怎么样？
受访者：在家坐着，脾气大。{{han:郎永贵}}他年轻时候是村里的能人，会开车、会修拖拉机，现在连上厕所都要人扶。{{han:石墩}}放学回来就推他爸出去晒太阳。{{han:苗苗}}给她爸捶腿，一边捶一边唱{{trap/minority_word:悠悠扎}}，那是我教她的满族摇篮曲。
访谈者：谁帮过你们？
受访者：村主任{{han:白凤山}}给我们报了低保，儿子办了重度残疾证，{{trap/org:县残联}}给了一台新轮椅。儿童主任{{han:金秀梅}}说孩子妈走了联系不上，两个孩子可以按事实无人抚养报，现在每人每月{{trap/number:一千一百三}}。乡里的民政助理{{han:王建军}}说我们家的情况他都记着，下大雪那天还来过。
访谈者：邻居们呢？
受访者：隔壁的{{han:傅秀云}}，老姓{{trap/minority_word:富察}}，家谱上是{{minority/manchu:富察·秀云}}，比我小十岁。{{han:傅秀云}}她隔三岔五给我们送{{trap/minority_word:黏豆包}}。村东头的{{han:那福全}}老爷子会扎纸活，过年给孩子们扎灯笼，他在族谱上叫{{minority/manchu:叶赫那拉·福全}}。我们村的家谱是{{minority/manchu:伊尔根觉罗·凤岐}}老先生修的，{{minority/manchu:叶赫那拉·福全}}帮着抄。老先生说，我们家这一支传到{{minority/manchu:钮祜禄·永贵}}是第九代。
访谈者：学校里呢？
受访者：孙子的班主任{{han:佟丽娜}}老师也是满族，对孩子好。去年{{trap/minority_word:颁金节}}学校搞满族文化活动，让孩子们用老姓写名字，孙子写的是{{minority/manchu:钮祜禄·浩宇}}，孙女写的是{{minority/manchu:钮祜禄雪晴}}，没加点。{{han:傅秀云}}去给孩子们教剪纸，在签到表上写了个{{minority/manchu:富察秀云}}，老师还以为来了个新人。
访谈者：社工来过吗？
受访者：来过。县里社工站的{{compound:司马若溪}}，还有一个叫{{compound:赫连晴柔}}，每个月来一趟，给儿子做心理疏导，陪孩子写作业。{{compound:司马若溪}}跟我说，孩子们心里的苦不说出来，得有人引着说。
访谈者：您身体怎么样？
受访者：心脏不好。乡卫生院的{{han:刘宝林}}大夫每个月来量血压。我就怕哪天一闭眼，这一家子没人管。{{han:刘宝林}}他说，大娘您得活到一百岁，看孙子娶媳妇。
访谈者：地里的活谁干？
受访者：种了八亩地，玉米、土豆，我一个老婆子干不动，村里的年轻人帮着种，秋天帮着收。去年土豆卖了四千多，够孩子们一年的零花。冬天烧炕的柴火是儿子坐在轮椅上劈的，他说不能白吃饭，劈一会儿歇一会儿，手上全是口子。
访谈者：孩子们知道家里难吗？
受访者：知道。孙子过生日，我说给他买个蛋糕，他说不要，买一斤肉包饺子就行。孙女的鞋小了也不说，脚趾头顶出来了我才发现。
访谈者：您最担心什么？
受访者：担心孩子们将来。我这岁数，说走就走了。儿子这样，自己都顾不了自己。我跟儿童主任说过，要是我哪天不在了，求政府把孩子们安顿好。她说您放心，有政策。
访谈者：孩子们有什么爱好？
受访者：{{han:石墩}}爱听故事，我给他讲{{trap/famous:康熙}}爷在{{trap/place:木兰围场}}打猎的事，他就说长大要去{{trap/place:塞罕坝}}当护林员。{{han:苗苗}}爱剪窗花，剪得可好了。
访谈者：登记要地址、证件、电话。
受访者：家在{{address:围场县四合永镇头道川村六组27号}}，儿子出事前在承德租的房子是{{address:承德市双桥区南营子小区11号楼1单元602室}}。孙子的身份证{{id_number@my2012tri.130828}}。村主任的电话{{mobile@hyphen}}，我没有手机。孙子有QQ，号码我让他写在挂历上了：{{qq:2604918375}}。儿子的微信是{{wechat:langyonggui_1987}}。
访谈者：表上名字写得对吗？
受访者：不对。医保卡上我是{{spaced:关 淑 珍}}，族谱复印件上又是{{spaced:瓜 尔 佳 · 淑 珍}}，孙女学籍上写成{{spaced:郎　雪　晴}}，老伴的名字有人写成{{spaced:钮祜禄 · 德顺}}，中间空一格。
访谈者：最后想说什么？
受访者：就盼孙子孙女念好书，别像他爹那样下井。
""")

# H176: Han school counsellor at a middle school in 赤峰 city with children from several banners.
DOCS["H176"] = ("staff", """\
访谈者：您在学校负责什么？
受访者：我是心理老师，兼管困境学生的档案。我叫{{han:滕晓雯}}，学校在{{trap/place:赤峰}}市区，住校生多，从{{trap/place:巴林右旗}}、{{trap/place:翁牛特旗}}、{{trap/place:克什克腾旗}}、{{trap/place:敖汉旗}}来的都有。{{trap/year:2024年}}秋季学期全校登记的困境学生三十七个，我挑几个说。
访谈者：好。
受访者：第一个是{{school:松山区第八中学初二（5）班}}的{{minority/mongolian:塔林其其格}}，巴林右旗来的蒙古族姑娘，十四岁。她阿爸{{minority/mongolian:哈斯图门}}前年得肝癌走了，阿妈改嫁到{{trap/place:林西}}，她跟奶奶{{minority/mongolian:乌云其木格}}过。她成绩好，就是不合群。班主任{{han:王玉杰}}老师发现她常一个人坐在操场边上，就转到我这儿来。我跟她谈了六次，第四次她才哭出来。现在她让同学们叫她{{minority/mongolian:塔林}}，说那是阿爸叫她的。
访谈者：第二个呢？
受访者：翁牛特旗的{{han:李鑫磊}}，初一的。父亲{{han:李海军}}吸毒，被强制隔离戒毒，母亲早就走了，他跟大伯{{han:李海山}}过。{{han:李鑫磊}}他刚来的时候跟人打架，德育处的{{han:谭立军}}主任没处分他，让他去管学校的花房。{{han:谭立军}}说，这孩子手巧，花都让他养活了。
访谈者：第三个？
受访者：敖汉旗的一对双胞胎，{{han:孙雨晨}}和{{han:孙雨萌}}，爸妈在北京送快递，跟姥姥{{han:房桂荣}}住，周末他们妈的老同学{{han:葛丽娟}}姨接他们去家里吃顿饭。登记表上家长把老大的名字写了两遍，“{{han:孙雨晨}}{{han:孙雨晨}}”，把老二漏了，我还以为是一个孩子。{{han:孙雨萌}}说，姥姥眼神不好，填表都是哥哥替她填。
访谈者：还有吗？
受访者：克什克腾旗的{{minority/mongolian:白图门乌力吉}}，初三，爸爸得了胃癌在市医院化疗，妈妈陪床，他周末没地方去，就待在学校宿舍。同学们叫他{{minority/mongolian:图门}}，{{minority/mongolian:图门}}跟我说，他想考卫校，以后照顾他爸。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:张振华}}定了规矩，困境学生的住宿费、书本费全免，每月再给一百五的饭卡。我们跟市里一家社工机构合作，来的是{{compound:段干清越}}、{{compound:漆雕晨阳}}，还有实习生{{compound:诸葛听澜}}。我同事{{compound:长孙知远}}负责周末陪住校生。旗里的儿童主任们也常打电话来，{{trap/place:宁城}}那边的{{han:刘文静}}还专门开车送来过冬衣。
访谈者：住校生周末怎么安排？
受访者：家远的孩子一个月回一次家，周末留校的有六十多个。食堂照常开，宿管阿姨轮班。我们组织他们去图书馆、打篮球，有志愿者来教书法。最难的是节假日，国庆七天、寒假一个多月，困境学生没地方去的，我们一个一个联系亲戚，实在没有的，就请旗里的儿童主任接回去。
访谈者：您怎么发现一个孩子有问题？
受访者：看细节。吃饭的时候总是最后一个去、打最便宜的菜；冬天还穿单鞋；上课趴着，下课不出教室。班主任们发现了就告诉我，我再约孩子聊。聊之前先不问家里的事，问他喜欢什么，喜欢篮球就聊篮球，熟了他自己就说了。
访谈者：孩子们心理上最大的问题是什么？
受访者：自卑，怕别人知道家里的事。我们给他们讲{{trap/famous:萧绰}}，讲古时候{{trap/place:巴林左旗}}那一带的故事，讲{{trap/famous:孟母}}三迁，就是想让他们知道，出身不决定一辈子。孩子有心事可以打{{trap/hotline:12355}}，也可以直接来找我。
访谈者：家长们配合吗？
受访者：大多配合，可好多是爷爷奶奶、姥姥姥爷，不会用手机，家长群里的通知看不到。我们就一个一个打电话，有时候得用蒙语说，我不会，就请蒙古族老师帮着翻。有的家长一年见不到一面，开家长会只能视频。
访谈者：档案怎么登记？
受访者：{{minority/mongolian:塔林}}奶奶家在{{address:巴林右旗大板镇巴彦汉嘎查四组11号}}，双胞胎姥姥家在{{address:敖汉旗新惠镇惠州小区8号楼3单元201室}}。{{minority/mongolian:塔林其其格}}的身份证{{id_number@wy2010fwspaced.150423}}，{{han:李鑫磊}}的{{id_number@my2011x.150426}}。他大伯的电话{{mobile@p86n}}。我的工作微信{{wechat:tengxw_psy}}。{{han:李鑫磊}}有QQ，号码是他写在花房门背后的，我抄下来了：{{qq:915380274}}。
访谈者：名字上有过麻烦吗？
受访者：有。各旗报上来的表格，有的把名字一个字一个字空开写：{{spaced:塔 林 其 其 格}}、{{spaced:白　图　门　乌　力　吉}}，还有{{spaced:诸 葛 听 澜}}、{{spaced:长　孙　知　远}}。{{han:李鑫磊}}在医保系统里是{{spaced:李鑫 磊}}。
访谈者：您最大的感受？
受访者：这些孩子需要的不只是钱，是有个大人一直在。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=169,
          trap_floor=BRIEF_TRAP_FLOOR,
          written_with=("holdout22",))  # (written side by side with set 22)


if __name__ == "__main__":
    main()
