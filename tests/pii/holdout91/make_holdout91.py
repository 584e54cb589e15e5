# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 91 (tests/pii/holdout91/H713-H720 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 90, written at the same time by another
writer, is not an earlier set).

Set 91 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 南阳: a Mongolian
grandmother from 阿巴嘎旗 in 西峡 raising the two children of her daughter (dead of kidney failure) while their Han
father is in prison for a drunk-driving crash; a Tibetan grandfather from 夏河 in 镇平 whose son was crippled
carrying jade stones at 石佛寺 and whose Han daughter-in-law left; a Bonan mother from 积石山 with a beef-noodle shop
in 内乡, her husband burned by a gas cylinder, helped by the Hui of the town mosque; a Han mother in 淅川, a reservoir
migrant, with a husband half paralysed by a stroke and three children called by word nicknames; a Han middle-school
homeroom teacher in 方城 going through five pupils in distress and their parents on WeChat and QQ; a Uyghur
grandmother from 疏附 in 唐河 raising the children of her son (dead of liver cancer) and his mentally ill wife; a
Han civil-affairs clerk in 社旗 (赊店) reading from a case file; and a Han grandfather in 桐柏 raising two
grandchildren after his son died of silicosis and the son's wife remarried. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to six
characters (吉木斯格日勒, 乌日汗其其格, 呼日查巴特尔, 敖其尔呼雅格, 满都呼达来) with short forms after the full name
(吉木斯大娘, 叫他呼日查, 我吉木斯这辈子), a Han surname before a Mongolian given name (包乌日娜, 鲍斯琴图, 白图门吉雅)
and the Han school names of the children (邓雅琳, 邓子航); Amdo Tibetan names (贡却丹增, 道吉仁青, 却吉卓玛, 洛藏才旦)
with short forms (贡却老汉, 道吉他, 却吉说, 洛藏他) and the Han names of Tibetans (杨顺德, 杨仁德, 杨小雪); Bonan names
with a Han surname before an Arabic-style given name (何尔米乃, 妥尔里, 妥奴海 then 奴海, 妥海比白 then 海比白, 何哈桑,
韩海迪洁, 妥苏莱曼), the 经名 alone (尔米乃) and Han forms (何秀芝, 妥建国, 妥子轩); Hui names (马木萨阿訇, 马舍蓓 then
舍蓓嫂子, 白哈格, 冶尔利, 韩哈力麦, 马阿丹, 丁海麦乃她, 经名 则乃拜); Uyghur given name + father's name with and
without the dot (吐拉汗·斯迪克 and 吐拉汗斯迪克, 麦合甫来提·艾散, 艾热提江·麦合甫来提) and short forms (麦合甫来提,
艾热提江他, 则拉莱就, 阿依提拉); Han word nicknames, annotated whole (香椿都, 苞谷也, 桑葚就); Han names with common
and rare surnames (禹, 冀, 扈, 覃, 翟, 闫, 尚, 樊, 钟, 汪, 龚), with titles and kin words (黄建设说, 刘春芳婶, 郭新民所长,
翟红霞老师, 贺志远主任; the span is the name only), names that contain or end in words (黄建设, 万家欢, 屈长河, 屈丰收,
张喜来, 刘德旺, 周满意, 常有余, 乔满福, 田旺财, 夏立秋, 钱满仓, 邹平安, 陆长生), a signature written twice (尚德义尚德义),
names directly before particles and verbs (邓长顺他, 邓长林那边, 梁秀娟她, 屈丰收他们家, 乔满福还, 侯天赐也, 汪一帆她)
and after 叫/是/给/跟/找/让 (叫上官雨萱, 是东方俊豪, 给海比白, 跟冀国庆, 找贾福田, 让汪子恒); names spaced out character
by character in half- and full-width spaces (吉 木 斯 格 日 勒, 呼　日　查　巴　特　尔, 道 吉 仁 青, 却　吉　卓　玛,
何 尔 米 乃, 艾 热 提 江, 则 拉 莱 · 麦 合 甫 来 提, 丁 海 麦 乃, 令 狐 建 栋, 诸 葛 一 航, 皇 甫 乐 天), a dotted
name with spaces around the dot (吐拉汗 · 斯迪克) and names split in two (陶克 涛呼, 贡却 丹增, 洛藏 才旦, 马木 萨,
麦合甫来提 艾散, 屈浩 宇, 马梓 涵, 汪子 恒); compound surnames after ordinary words (上官, 东方, 司马, 慕容, 公孙,
宇文, 诸葛, 欧阳, 闾丘, 巫马, 拓跋, 赫连, 段干, 尉迟, 令狐, 乐正, 漆雕, 长孙, 皇甫), 长孙 also as the word "eldest
grandson" (a trap) in the document that has a doctor named 长孙明轩; and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:雷秀琴}}``, ``{{qq:2093716548}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, bonan, hui, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013hyphen.411323}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, x, fw, fwspaced; mobiles
                                   plain, spaced, hyphen, plus86, plus86dash, plus86spaced, p86h, fullwidth, s434, s74,
                                   s38, h38);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 所长, 老师, 大夫, 院长, 校长, 阿訇, 婶,
嫂子, 大娘, 老汉) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a word nickname (香椿, 苞谷, 桑葚) is annotated whole. Han-style names of
Mongolian, Tibetan, Bonan and Hui people (邓雅琳, 杨顺德, 何秀芝, 妥建国, 马梓涵) are category han; a Han surname before
a non-Han given name (包乌日娜, 何尔米乃, 妥奴海, 马木萨) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout91/make_holdout91.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(91_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "bonan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "bonan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "137", "139", "152", "155", "159", "165", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H713: Mongolian grandmother from 阿巴嘎旗 in 西峡 (南阳) raising her dead daughter's two children; their father is in prison.
DOCS["H713"] = ("family", """\
访谈者：大娘，听口音您不是本地人？先说说家里的情况吧。
受访者：不是，老家在{{trap/place:阿巴嘎旗}}，{{trap/place:锡林郭勒}}的牧区。我叫{{minority/mongolian:吉木斯格日勒}}，六十六了。老头子{{minority/mongolian:敖其尔呼雅格}}前些年病死在草场上，后来我一个人守着几十只羊。来{{trap/place:西峡}}是前年秋天的事，这边人念不顺我的名字，村里都喊我{{minority/mongolian:吉木斯}}大娘，有的干脆喊蒙古大娘。
访谈者：怎么会到西峡来呢？
受访者：为了两个外孙。闺女{{minority/mongolian:乌日汗其其格}}早些年在{{trap/place:锡林浩特}}的饭馆端盘子，认识了西峡来拉货的司机{{han:邓长顺}}，跟着他嫁到这边。前年闺女查出尿毒症，透析了一年多，去年腊月走了。{{han:邓长顺}}他心里苦，喝了酒开车撞了人，判了三年，关在{{trap/place:南阳}}。两个孩子没人管，村里的儿童主任{{han:杜晓芳}}打电话到旗里，我就坐了两天火车过来了。
访谈者：孩子们多大了？
受访者：外孙女{{minority/mongolian:陶克涛呼}}十二岁，学校里登记的汉名叫{{han:邓雅琳}}，在{{school:西峡县丁河镇初级中学初一（2）班}}住校。外孙{{minority/mongolian:呼日查巴特尔}}八岁，汉名{{han:邓子航}}，我们叫他{{minority/mongolian:呼日查}}，在{{school:丁河镇木寨小学二年级（3）班}}。{{minority/mongolian:呼日查}}就是皮，爬树掏鸟窝，裤子一个月磨破两条。{{minority/mongolian:陶克涛呼}}懂事，周末回来帮我烧锅、喂鸡，还教我说河南话。
访谈者：孩子奶奶那边呢？
受访者：亲家母{{han:焦玉芝}}中风了，半边身子不能动，跟着大儿子{{han:邓长林}}过。{{han:邓长林}}那边也就是逢年过节来看一眼，送袋面。各家有各家的难处，我不怪他们。
访谈者：这两年谁帮过你们？
受访者：先说{{han:杜晓芳}}，她帮着把两个孩子报了事实无人抚养，一人一个月{{trap/number:一千二百四十}}。镇民政所的{{han:黄建设}}说孩子爸爸在服刑，符合政策，材料是他亲自送到{{trap/org:县民政局}}的。我没有河南户口，报不了低保，{{han:黄建设}}说再想想办法。县里社工站有个姑娘叫{{compound:上官雨萱}}，还有一个小伙子是{{compound:东方俊豪}}，每月来一回，给小的补拼音。
访谈者：您刚来的时候习惯吗？
受访者：不习惯。头一个夏天热得我喘不上气，夜里睡不着，就坐在院子里拿扇子扇。吃的也不一样，这边顿顿离不了面条、馍，我想喝口奶茶，镇上连砖茶都买不到，后来是托人从网上买的。话也听不懂，村里人说话快，我只能看着他们的手比划。孩子们倒是两边都会，外孙女给我当翻译，谁来家里说事，她就在旁边一句一句学给我听。种菜我也是头一回，我们牧区人不种地，是邻居手把手教我点豆子、栽红薯苗。头一年种的菜让虫吃了一大半，第二年才有了收成。
访谈者：孩子们想妈妈吗？
受访者：想。外孙女把她妈的一条蓝头巾叠得方方正正压在枕头底下，谁也不让碰。外孙小，有时候半夜哭醒了喊妈，我就抱着他唱我们那边的摇篮曲，唱着唱着他就睡了。清明的时候我带他们去坟上，外孙女跪在那儿不说话，跪了好半天。我跟她说，你妈在天上看着呢，你好好念书，她就放心了。
访谈者：您身体怎么样？
受访者：腿疼，血压也高。镇卫生院的{{han:金秀丽}}大夫隔些天来给我量血压。闺女透析那一年，县医院肾内科管她的是{{compound:司马望舒}}大夫，人好，常常帮我们垫钱。邻居{{han:刘春芳}}婶天天过来串门，教我腌咸菜、蒸馍。我教她做{{trap/minority_word:奶豆腐}}，她说吃不惯，酸。
访谈者：老家那边还有人吗？
受访者：有儿子{{minority/mongolian:满都呼达来}}，在{{trap/place:阿巴嘎旗}}放羊，儿媳{{minority/mongolian:包乌日娜}}在苏木上开小卖部。儿子每年卖了羊就给我打钱。侄女{{minority/mongolian:白图门吉雅}}在{{trap/place:郑州}}上大学，放假过来给孩子们辅导功课。表哥{{minority/mongolian:鲍斯琴图}}前年来过一趟，背了两袋{{trap/minority_word:风干肉}}。
访谈者：孩子们在学校怎么样？
受访者：外孙女的班主任{{han:翟红霞}}老师说她作文写得好，写了一篇《姥姥的草原》，在班上念了。{{minority/mongolian:陶克涛呼}}她自己不爱说家里的事，老师知道了，私下里给她申请了助学金。小的那个现在是{{han:万家欢}}老师带，年轻，爱笑。
访谈者：过节呢？
受访者：{{trap/minority_word:查干萨日}}我给孩子们煮{{trap/minority_word:手把肉}}，穿上我带来的{{trap/minority_word:蒙古袍}}。晚上讲{{trap/famous:诃额伦}}折箭教子的故事，跟他们说，兄弟姐妹要抱成团。
访谈者：登记表要填地址和号码。
受访者：住在{{address:西峡县丁河镇木寨村三组18号}}，是亲家的老房子。老家在{{address:阿巴嘎旗别力古台镇宝格都乌拉嘎查二组6号}}。我的身份证{{id_number@wy1959.152522}}，外孙女的{{id_number@wy2013hyphen.411323}}。我电话{{mobile@plain}}，儿子的{{mobile@s434}}。侄女给我注册了微信，叫{{wechat:jimusi_xixia66}}。外孙女有QQ，说交作业用，号码她写在我老花镜盒子里了：{{qq:2093716548}}。
访谈者：表上名字写得对吗？
受访者：乱。申请表上我成了{{spaced:吉 木 斯 格 日 勒}}，一个字一个字隔开；学校把外孙写成{{spaced:呼　日　查　巴　特　尔}}，把外孙女写成{{spaced:陶克 涛呼}}；孩子爸爸写成了{{spaced:邓 长 顺}}。
访谈者：您以后打算怎么办？
受访者：等{{han:邓长顺}}出来，孩子交给他，我就回草原。可又舍不得。我{{minority/mongolian:吉木斯}}这辈子没想到老了会在河南种菜。{{trap/place:老界岭}}的山跟我们那边的山不一样，月亮倒是一个月亮。
""")

# H714: Tibetan grandfather from 夏河 in 镇平 (南阳); his son was crippled carrying jade stones, the son's wife left.
DOCS["H714"] = ("family", """\
访谈者：大爷，您是藏族吧？
受访者：是，{{trap/place:夏河}}来的，{{trap/place:拉卜楞}}那边。我叫{{minority/tibetan:贡却丹增}}，户口本上还有个汉名叫{{han:杨顺德}}，七十一了。来{{trap/place:镇平}}六年了，本地人都叫我{{minority/tibetan:贡却}}老汉，也有叫杨老汉的。
访谈者：怎么到镇平来了？
受访者：儿子{{minority/tibetan:道吉仁青}}，汉名{{han:杨仁德}}，年轻时在夏河卖{{trap/minority_word:唐卡}}、佛珠，后来跟着收玉的老板到{{trap/place:石佛寺}}做玉器生意，娶了本地姑娘{{han:梁秀娟}}。前年他帮人往货车上抬原石，石头滑下来砸断了腰，下半身瘫了。{{han:梁秀娟}}她熬了一年，去{{trap/place:广州}}打工，说挣钱给他治病，后来电话也不接了。{{minority/tibetan:道吉}}他现在躺在床上，吃喝拉撒都要人管。
访谈者：孩子们呢？
受访者：孙女{{minority/tibetan:却吉卓玛}}十三岁，学校里叫{{han:杨小雪}}，在{{school:镇平县第四初级中学初一（5）班}}。孙子{{minority/tibetan:洛藏才旦}}九岁，我们叫他{{minority/tibetan:洛藏}}，在{{school:石佛寺镇中心小学三年级（2）班}}。{{minority/tibetan:却吉}}说她长大要当医生，给她爸治腰。{{minority/tibetan:洛藏}}他调皮，上课画马，老师说画得比课本上的还像。
访谈者：您老伴呢？
受访者：老伴{{minority/tibetan:完德吉}}留在夏河，她有风湿，走不了远路，守着家里的几头牛。我弟弟{{minority/tibetan:夏吾才旦}}在{{trap/org:拉卜楞寺}}当阿卡，每年托人捎些药来。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:闫秀梅}}和镇上的干部一起跑，帮两个娃娃报了困境儿童补贴，一个月{{trap/number:八百三十块}}。儿子办了残疾证，{{trap/org:县残联}}给配了轮椅。镇民政所的{{han:郭新民}}所长帮我们报了低保。石佛寺做玉的老板{{han:石建伟}}是儿子以前的东家，逢年过节送钱送米。儿子的朋友{{minority/tibetan:李加东智}}也是夏河人，在玉器市场卖佛珠，常来给儿子翻身、擦身子。隔壁的{{han:王金山}}有三轮，儿子去医院都是他拉。
访谈者：社工来过吗？
受访者：来过。县社工站有个姑娘叫{{compound:慕容晓婷}}，她和同事{{compound:公孙嘉禾}}来过几回，教{{minority/tibetan:却吉}}怎么照顾她爸，还给她找了心理老师。
访谈者：孩子们学习怎么样？
受访者：孙女的班主任是{{han:符丽萍}}老师，她说孩子底子好，就是上课老走神。孙子的老师{{han:彭春兰}}跟我说，{{minority/tibetan:洛藏才旦}}的家庭作业常常没人签字。我不认字，签不了，后来她让我按个手印就行。
访谈者：儿子的病呢？
受访者：县医院的{{han:赵玉田}}大夫说神经断了，站不起来了，只能做康复，防着长褥疮。每个礼拜康复中心来个小伙子，叫{{compound:宇文怀瑾}}，给他按腿，按得他直冒汗。
访谈者：您刚来镇平的时候，生活上习惯吗？
受访者：刚来那两年，儿子生意好，我就在店里帮着看摊子，跟买玉的人讲价钱，汉话就是那时候学的。这边夏天热，冬天屋里没有火炉，我穿着皮袄还冷得打哆嗦。吃的倒好说，面条、馍我都吃得惯，就是想喝一口热奶茶。儿子出事以后，店盘出去了，钱都花在医院里，现在一家人靠低保和补贴过日子，我在村边开了一小块地，种点萝卜、土豆。
访谈者：儿子现在心情怎么样？
受访者：刚瘫那阵子，他不吃不喝，说活着拖累人，拿头撞墙。我守着他，一宿一宿不敢合眼。后来社工姑娘常来跟他聊，又给他找了个手机上的活儿，帮人在网上卖佛珠、卖玉坠子，一个月能挣几百块，他脸上才有了点笑。他说等攒够了钱，要给闺女买一台电脑。
访谈者：孩子们跟您说藏话吗？
受访者：孙女会说一点，孙子只会听不会说。我每天晚上教他们几句，教他们念经，孙女学得快。我跟他们说，你们是夏河的娃娃，根在那边，自己的话不能丢。放暑假的时候，我想带他们回去住一个月，看看他们奶奶，看看草原上的帐篷和羊群。
访谈者：过节的时候呢？
受访者：藏历年我在屋里点{{trap/minority_word:酥油灯}}，给孩子们炒{{trap/minority_word:青稞}}面。正月里夏河有{{trap/minority_word:晒佛节}}，孙女说想回去看。我给他们讲{{trap/famous:宗喀巴}}大师小时候的故事，小的听着听着就睡着了。
访谈者：请说一下登记信息。
受访者：家在{{address:镇平县石佛寺镇贾营村四组27号}}，老家是{{address:夏河县桑科镇达久滩村二社9号}}。我的身份证{{id_number@my1954.623027}}。电话{{mobile@plus86}}，{{han:闫秀梅}}的电话{{mobile@hyphen}}。孙女用她爸的手机上微信，叫{{wechat:queji_zp2011}}。孙子也有个QQ，说是跟同学对作业的，号码用铅笔写在门框上：{{qq:41860375}}。
访谈者：表上的名字都对吗？
受访者：不对的多。有写{{spaced:贡却 丹增}}的，中间空一格；儿子写成{{spaced:道 吉 仁 青}}；孙女写成{{spaced:却　吉　卓　玛}}；孙子写成{{spaced:洛藏 才旦}}。我们藏族名字本来就没有姓，到了这边非要填个姓，填来填去就乱了。
访谈者：您最想说什么？
受访者：我老了，只盼{{minority/tibetan:道吉仁青}}能坐起来，娃娃们把书念成。{{trap/place:夏河}}的草场我回不去了，就在这里守着他们。
""")

# H715: Bonan mother from 积石山 with a noodle shop in 内乡 (南阳); her husband was burned by a gas cylinder.
DOCS["H715"] = ("family", """\
访谈者：大姐，您家是做什么的？
受访者：开牛肉面馆的。我是保安族，娘家在{{trap/place:积石山}}的{{trap/place:大河家}}。我叫{{minority/bonan:何尔米乃}}，身份证上是{{han:何秀芝}}，经名就是{{minority/bonan:尔米乃}}。男人{{minority/bonan:妥尔里}}也是保安族，汉名{{han:妥建国}}。我们十年前到{{trap/place:内乡}}来开面馆，就在县城{{trap/org:清真寺}}边上。
访谈者：家里出了什么事？
受访者：去年冬天后厨的煤气罐漏气，{{minority/bonan:妥尔里}}去关阀门，一下子着了，烧伤了脸和两只手，植了三回皮，手指头伸不直，拉不了面了。店现在是我和伙计{{minority/hui:冶尔利}}撑着。男人心里难受，整夜睡不着，大夫说是抑郁。
访谈者：孩子们呢？
受访者：儿子{{minority/bonan:妥奴海}}十二，学名{{han:妥子轩}}，家里叫他{{minority/bonan:奴海}}。女儿{{minority/bonan:妥海比白}}八岁，小名就叫{{minority/bonan:海比白}}。{{minority/bonan:奴海}}在{{school:内乡县城关第二小学六年级（1）班}}，{{minority/bonan:海比白}}在同一个学校读二年级。{{minority/bonan:奴海}}放了学就来店里收碗、擦桌子，作业趴在面案上写。
访谈者：娘家能帮上吗？
受访者：我爹{{minority/bonan:何哈桑}}在大河家打{{trap/minority_word:保安腰刀}}，七十了还抡锤子。我妈{{minority/bonan:韩海迪洁}}腿不好。男人的哥哥{{minority/bonan:妥苏莱曼}}来帮了两个月，他家里也有地要种，又回去了。
访谈者：这边有谁帮你们？
受访者：清真寺的{{minority/hui:马木萨}}阿訇知道了我们家的事，主麻日在寺里给我们募了一笔钱。阿訇的女人{{minority/hui:马舍蓓}}常来店里帮忙，我们都叫她{{minority/hui:舍蓓}}嫂子。{{minority/hui:舍蓓}}手巧，给{{minority/bonan:海比白}}扎辫子。卖牛肉的{{minority/hui:白哈格}}给我们赊账，说等店里缓过来再给。社区的儿童主任{{han:冯丽娟}}给两个娃娃报了困境儿童补贴，街道的民政干部{{han:乔建勋}}来核了两回。
访谈者：男人的病怎么治的？
受访者：县医院烧伤科的{{han:贺志远}}主任给做的手术，医保报了一大半。剩下的钱，是寺里几家凑的。县社工站的{{compound:诸葛青禾}}帮我们申请了大病救助，她的搭档{{compound:欧阳子衿}}每周来陪男人说说话，男人现在肯出门了。
访谈者：面馆现在生意怎么样？
受访者：不如以前。以前男人一个人拉面，一天能卖三百多碗，客人排着队。现在我拉不好，面粗一根细一根，有的老客就不来了。伙计是熟手，可他一个人忙不过来，中午人多的时候，我让儿子在门口收钱。房租一年三万多，交了房租，剩下的也就够一家人吃饭、给男人买药。有时候我想把店关了回老家，可男人不愿意，他说这个店是他一碗一碗拉出来的，关了他就真成了废人了。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子懂事得早，他把自己的压岁钱拿出来给他爸买药，还偷偷在网上查怎么治烧伤。女儿小，看见她爸的脸，头几回吓哭了，后来就敢摸了，还给她爸的手上抹药膏。有一回她跟我说，妈妈，爸爸的手像老树皮。我听了，转过身去抹眼泪。
访谈者：您自己呢？
受访者：我就是累，腰疼，晚上躺下就不想起来。早上四点起来和面、熬汤，晚上十点关门，再给男人换药、洗澡。礼拜的时候，我求真主让男人好起来，让娃娃们平平安安。娘家人打电话来，我只报喜不报忧，怕老人操心。
访谈者：您店里的伙计也是保安族？
受访者：不是，{{minority/hui:冶尔利}}是临夏的回族，跟我们一个口音。寺里还照看着一个回族孤儿{{minority/hui:韩哈力麦}}，爹妈出车祸没了，跟外奶奶过。她放学就来店里吃面，我不收她的钱。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}那天我们炸{{trap/minority_word:馓子}}，先给寺里送，再给左邻右舍送。{{minority/hui:马木萨}}阿訇给娃娃们讲{{trap/famous:郑和}}下西洋的故事。我男人说他这辈子没做亏心事，{{trap/famous:包公}}来了也不怕。
访谈者：登记表上要写地址和号码。
受访者：店在{{address:内乡县城关镇菊潭大道西段118号}}，住在{{address:内乡县城关镇渚阳小区5号楼3单元602室}}。我身份证{{id_number@wy1987spaced.622927}}。电话{{mobile@spaced}}，微信{{wechat:Ermina_NX}}。{{minority/bonan:奴海}}有个QQ，说是学校里上网课注册的，号码他写在冰柜上了：{{qq:３８５２０７１４６}}。
访谈者：表上名字写得对吗？
受访者：有写成{{spaced:何 尔 米 乃}}的，有把儿子写成{{spaced:妥 奴 海}}的，阿訇在捐款单上是{{spaced:马木 萨}}。
访谈者：您最盼什么？
受访者：盼男人的手能好些，盼娃娃们念书。{{trap/word:白天}}忙店，晚上给男人擦药，累是累，可一家人在一起。我跟{{minority/bonan:奴海}}说，{{trap/word:何必}}跟人比吃穿，书念好了，啥都有。
""")

# H716: Han mother in 淅川 (南阳), reservoir migrants; her husband is half paralysed by a stroke, three children called by word nicknames.
DOCS["H716"] = ("family", """\
访谈者：大姐，说说您家的情况吧。
受访者：我叫{{han:雷秀琴}}，四十一，{{trap/place:淅川}}人。我们家是{{trap/year:二〇一一年}}从库区搬出来的移民，老屋现在在{{trap/place:丹江口水库}}底下。男人{{han:屈长河}}在{{trap/place:杭州}}工地上干了十几年，前年脑出血，命救回来了，左半边不能动，说话也不利索。三个孩子，都是小名叫惯了的。
访谈者：孩子们都叫什么？
受访者：老大闺女{{han:屈梦瑶}}，小名{{han:香椿}}，十五，在{{school:淅川县第三初级中学初三（4）班}}。老二儿子{{han:屈浩宇}}，小名{{han:苞谷}}，十一，在{{school:上集镇中心小学五年级（2）班}}。老三闺女{{han:屈若溪}}，小名{{han:桑葚}}，六岁，上幼儿园大班。{{han:香椿}}都懂事了，周末回来给她爸擦身子、喂药。{{han:苞谷}}也知道帮着喂鸡，就是贪玩。{{han:桑葚}}就黏她姐，姐一走她就哭。
访谈者：您怎么维持生活？
受访者：我在村里的金银花基地摘花，一天七十块。婆婆{{han:禹桂香}}七十多了，帮着看{{han:桑葚}}。村里给我们家报了低保，孩子们按困境儿童每月每人{{trap/number:三百八十块}}。儿童主任{{han:冀国庆}}是个女同志，名字像男的，她每月上门一回，问孩子们吃得好不好。
访谈者：搬迁以后，家里的地还有吗？
受访者：分了一亩多地，离新村远，种点麦子、玉米，够一家人吃。以前在老家，靠着丹江打鱼，日子不算差。搬出来以后，男人不会种地，就出去打工了，一走就是十几年，一年只回来一次。孩子们跟他不亲，喊爸都喊得生硬。他病了以后天天在家，孩子们才慢慢跟他亲了，这也算是坏事里头的一点好事。
访谈者：男人病了以后，家里的钱够用吗？
受访者：不够。住院花了十几万，医保报了一部分，大病救助报了一部分，自己还掏了四万多，都是跟亲戚借的。现在每个月吃药还要三四百。我摘花一天挣七十，下雨天就没活干。大闺女说她不想上高中了，跟{{han:冀国庆}}说过好几回，要去{{trap/place:温州}}进厂挣钱，我打了她一巴掌，打完了我俩抱着哭。后来老师来家里劝，说国家有助学金，念到大学也花不了多少，她才又回学校去了。
访谈者：男人的病怎么样？
受访者：县医院康复科的{{han:覃红英}}大夫教我给他扎针按腿，现在能扶着墙走几步了。{{han:屈长河}}他脾气变了，一着急就摔东西，过后又哭。村支书{{han:屈丰收}}说，先把人养好，别的村里想办法。{{han:屈丰收}}他们家跟我们是一个门里的，亲得很。
访谈者：孩子们在学校怎么样？
受访者：{{han:香椿}}的班主任{{han:扈金花}}老师说，孩子明年考高中没问题，就是太要强，晚上学到一两点。{{han:苞谷}}他们班的{{han:王春和}}老师年轻，常常给我发视频，说{{han:苞谷}}上课又跟同桌说话了。我让他给老师写了检讨。
访谈者：还有谁帮过你们？
受访者：男人的工友{{han:张喜来}}，从杭州回来专门来看他，塞了两千块钱。隔壁{{han:刘德旺}}他们家，农忙的时候帮我收麦。县里社工站的社工叫{{compound:闾丘明月}}，跟她一起来的是{{compound:巫马一诺}}，给{{han:香椿}}做心理疏导，说孩子压力太大。她们还请来一个大学生{{compound:拓跋文君}}，暑假给{{han:苞谷}}补数学。
访谈者：您自己累不累？
受访者：累。有时候夜里睡不着，就坐在院子里看天。我男人是姓屈的，他老说他们家祖上是{{trap/famous:屈原}}，我说{{trap/famous:屈原}}要是知道你这样，也得叹气。说完两个人都笑了。日子再难，也得笑着过。
访谈者：过节怎么过？
受访者：端午节包粽子，{{han:桑葚}}就爱吃蜜枣的。过年孩子们去{{trap/place:香严寺}}看庙会。我们{{trap/word:雷打不动}}的规矩是，年三十一家人一起包饺子，她爸手不好，就让他坐着擀皮，擀得歪歪扭扭，孩子们笑他。
访谈者：登记信息说一下。
受访者：家在{{address:淅川县上集镇张营村移民新村二排15号}}。男人身份证{{id_number@my1981hyphen.411326}}。我电话{{mobile@h38}}，{{han:冀国庆}}的电话{{mobile@plus86dash}}。闺女用我的手机加了老师的微信，我的微信号是{{wechat:leixiuqin_xc}}。{{han:香椿}}还有QQ，学校里交作文用，号码记在她的错题本上，她念给我：{{qq:1276459038}}。
访谈者：表上名字有写错的吗？
受访者：有。低保表上我是{{spaced:雷　秀　琴}}，男人是{{spaced:屈 长 河}}，儿子写成了{{spaced:屈浩 宇}}。
访谈者：最后还想说什么？
受访者：盼男人能站起来，盼孩子们都考出去。{{han:香椿}}说她考上大学，要学护理，回来照顾她爸。
""")

# H717: Han middle-school homeroom teacher in 方城 (南阳) and five pupils in distress, their parents on WeChat and QQ.
DOCS["H717"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:苗新华}}，在{{trap/place:方城}}教了十九年语文，现在是{{school:方城县第二初级中学初二（6）班}}的班主任。班上五十二个学生，困境儿童有五个，家长大多是在微信上、QQ上联系的，见面的少。
访谈者：能一个一个说说吗？
受访者：头一个{{han:牛一鸣}}，他爸{{han:牛振华}}搞集资诈骗，判了七年，他妈跟人走了，孩子跟奶奶{{han:尚秀英}}过。{{han:牛一鸣}}说话冲，跟同学打过两回架。奶奶不会用手机，我有事就给他姑{{han:牛丽霞}}发微信，她的微信是{{wechat:niulixia_fc}}。孩子自己有QQ，有一回半夜两点还在线，我留言他也不回，号码我一直记着：{{qq:2738150964}}。
访谈者：第二个呢？
受访者：第二个{{han:侯天赐}}，孤儿。他爸开三轮拉砖翻到沟里了，他妈早些年病死了，跟叔叔{{han:侯双喜}}过。{{han:侯双喜}}也就比我小几岁，在县城蹬三轮，每回家长会都来，坐最后一排。{{han:侯天赐}}也要强，这学期考了全班第三。叔叔的微信叫{{wechat:houshuangxi_1979}}，朋友圈全是拉客的广告。
访谈者：第三个？
受访者：第三个{{han:常春雨}}，留守的，爸妈在{{trap/place:深圳}}送快递，一年回来一次。她爸{{han:常有余}}给我打过一回电话，说孩子交给老师了。她妈{{han:卢秋菊}}常在QQ上问孩子的成绩，她QQ是{{qq:1045872396}}。{{han:常春雨}}就是太闷，作文里写“我家的房子里只有爷爷的咳嗽声”，我看了心里难受。
访谈者：第四个？
受访者：第四个{{han:秦小宝}}，他妈白血病，在郑州做化疗，他爸{{han:秦福来}}开大车，家里顾不上。{{han:秦小宝}}说他妈的头发掉光了，他把自己的头也剃了，说陪着他妈。{{han:秦福来}}他在微信上跟我说，{{wechat:qinfulai_kache}}这个号有事随时找他，他开车的时候听语音。
访谈者：第五个？
受访者：第五个{{han:柴晓雨}}，她爸{{han:柴永胜}}前年在厂里出了事，两只眼睛看不见了，她妈在镇上饭店洗碗。孩子的QQ头像是一只猫，她说想跟老师说的话不好当面说，就在这上面说，号码她在作业本后面写给我的：{{qq:589037264}}。
访谈者：您是怎么发现这些孩子的情况的？
受访者：开学第一个月，我让每个孩子写一篇《我的家》。有的写得满满三页，有的只写了几行，写几行的我就留意了。然后一个一个找来谈，再去家访。有的孩子一开始什么都不说，问一句答半句，后来熟了，下了晚自习跑到办公室来，跟我说家里的事，一说就是一个钟头。我把这些都记在一个本子上，哪个孩子什么时候过生日，家里谁生病了，谁的爸妈多久没回来了，都记着。
访谈者：您跟家长沟通难吗？
受访者：难。爷爷奶奶多半不识字，发微信他们看不了，打电话他们听不清。在外头打工的爸妈，白天上班不能接电话，晚上十点以后才回消息。有的家长觉得孩子交给学校就不用管了，有的又天天在群里问分数。我跟他们说，分数是一方面，孩子心里高兴不高兴，比分数要紧。
访谈者：学校怎么帮这些孩子？
受访者：{{han:岳长江}}校长很重视，困境儿童的住宿费、资料费全免。副班主任{{compound:诸葛一航}}管纪律，心理老师{{compound:赫连雨涵}}一周找他们谈一次。县关工委的{{compound:段干子谦}}老先生每学期来给孩子们讲一回课，讲{{trap/place:博望}}坡的故事，讲{{trap/famous:诸葛亮}}怎么火烧博望。
访谈者：村里和民政上呢？
受访者：镇里的儿童督导员{{han:乔满福}}跟我对接，谁家有变化他就上门。{{han:常春雨}}她爷爷生病住院那回，是{{han:乔满福}}跑前跑后办的手续。{{trap/org:县妇联}}每年六一给孩子们送书包，{{trap/org:团县委}}有个助学项目，{{han:侯天赐}}拿过两回。
访谈者：这些孩子跟别的孩子比有什么不一样？
受访者：敏感。有同学随口说一句“你爸呢”，{{han:牛一鸣}}就急了。开家长会，别人家来的是爸妈，他们来的是爷爷奶奶、叔叔姑姑，有的一个人也没来。我就让班长给没来的人家把材料带回去，{{trap/word:方便}}大家。
访谈者：家访您都去过吗？
受访者：都去过。最远的是{{han:柴晓雨}}家，在{{address:方城县杨集镇后湾村五组33号}}，骑电动车要一个多钟头。她爸摸着墙出来给我倒水，我不让倒，他非要倒。{{han:柴永胜}}的电话{{mobile@spaced}}，我存着，孩子有事就先打给他。家里的事{{han:乔满福}}还会再跑一趟。{{han:卢秋菊}}的电话{{mobile@plus86spaced}}。
访谈者：表上名字有问题吗？
受访者：学校上报的表是手填的，有把{{han:牛一鸣}}写成{{spaced:牛 一 鸣}}的，有把{{spaced:侯　天　赐}}三个字隔开的，副班主任被写成了{{spaced:诸 葛 一 航}}。
访谈者：您做班主任这些年，最难的是什么？
受访者：最难的是看着孩子们受委屈，又不能替他们受。能做的，就是多看一眼，多问一句。我跟他们说，老师的门永远开着，有话就来说；夜里睡不着、心里堵得慌，也可以打心理援助热线{{trap/hotline:12356}}。
""")

# H718: Uyghur grandmother from 疏附 in 唐河 (南阳) raising the children of her dead son; their mother is mentally ill.
DOCS["H718"] = ("family", """\
访谈者：奶奶，您是从新疆来的？
受访者：是，{{trap/place:疏附}}来的，离{{trap/place:喀什}}不远。我叫{{minority/uyghur:吐拉汗·斯迪克}}，六十九了。老伴{{minority/uyghur:艾散·塔依尔}}走了十年了。来{{trap/place:唐河}}是因为儿子{{minority/uyghur:麦合甫来提·艾散}}，他十几年前到这边开了个打馕的铺子，娶了老家的姑娘{{minority/uyghur:阿依提拉·纳依木}}，生了两个娃娃。
访谈者：后来出了什么事？
受访者：前年夏天{{minority/uyghur:麦合甫来提}}肝上长了东西，查出来就是晚期，四个月人就没了。{{minority/uyghur:阿依提拉}}受不了，整天哭，后来不认人了，大夫说是精神上的病。她娘家把她接回疏附治病。两个娃娃，我就从老家过来带。
访谈者：孩子们多大？
受访者：孙子{{minority/uyghur:艾热提江·麦合甫来提}}十一岁，我们叫他{{minority/uyghur:艾热提江}}，在{{school:唐河县城关第五小学五年级（4）班}}。孙女{{minority/uyghur:则拉莱·麦合甫来提}}七岁，在{{school:唐河县实验幼儿园大（3）班}}。{{minority/uyghur:艾热提江}}跟他爸学过打馕，现在还会揉面。{{minority/uyghur:则拉莱}}就爱唱歌，老师说她嗓子好。
访谈者：铺子还开着吗？
受访者：关了。我一个老婆子打不动馕。{{minority/uyghur:麦合甫来提}}的朋友{{minority/uyghur:伊沙木丁}}在县城开拉面馆，他说娃娃们以后吃饭就到他店里去，不要钱。我小儿子{{minority/uyghur:吾拉木·艾散}}在疏附种地，每个月给我打一千块。
访谈者：这边谁帮过你们？
受访者：社区的儿童主任{{han:唐春花}}，她说这两个娃娃按事实无人抚养，每人每月{{trap/number:一千一百六}}，是她一趟一趟跑下来的。街道民政上的{{han:周满意}}来家里核过，看见我们家冰箱是空的，第二天就送来米面油。房东{{han:孙福生}}说房租先欠着，等娃娃大了再说。县社工站的{{compound:尉迟佳音}}每个礼拜来一回，教{{minority/uyghur:则拉莱}}认汉字，还有个小伙子{{compound:令狐晨阳}}，带孙子去打篮球。
访谈者：孩子们学习怎么样？
受访者：孙子的班主任{{han:胡春生}}老师说，{{minority/uyghur:艾热提江}}他数学好，语文差一点。老师每天放学后留他半个钟头，给他补作文。孙女的幼儿园老师{{han:林巧云}}，她说{{minority/uyghur:则拉莱}}她爸走了以后，午睡的时候老是哭。
访谈者：您来唐河以前，来过内地吗？
受访者：没有，我这辈子头一回坐火车，坐了三天三夜。儿子在的时候，每年都带着媳妇娃娃回疏附，给我带这边的烧鸡和点心。我总说等我老了来看看你的馕铺子，没想到来的时候，是来给他收拾铺子的。刚来那阵子我一句汉话也不会说，买菜就用手指，人家也不嫌我。现在孙子教我，我会说“多少钱”“谢谢”“慢走”了。
访谈者：孩子们想妈妈吗？
受访者：想。每个礼拜天晚上，孙子用我的手机跟他妈视频。他妈好的时候，问他们吃饭了没有，作业写完了没有；不好的时候，对着镜头不说话，一直哭。孙女看见她妈哭，也跟着哭。我就把手机拿过来，跟儿媳妇说，你好好吃药，娃娃们有我呢。她娘家的人说，她这半年好多了，能下地干活了，兴许明年就能来接娃娃。
访谈者：您自己身体呢？
受访者：腰疼，眼睛也花了。县医院的{{han:吴国富}}大夫给我看过，说要少干重活。我一个{{trap/word:孙子}}一个孙女，不干活谁管？
访谈者：过节呢？
受访者：{{trap/minority_word:诺鲁孜节}}的时候我煮{{trap/minority_word:苏麦莱}}，{{trap/minority_word:古尔邦节}}{{minority/uyghur:伊沙木丁}}送来一只羊腿。晚上我给娃娃们讲{{trap/famous:艾里甫}}和赛乃姆的故事，孙女听不懂，孙子听得入迷。
访谈者：登记信息要写一下。
受访者：住在{{address:唐河县滨河街道新华社区民主路27号院2排6号}}，儿媳妇娘家在{{address:疏附县塔什米里克乡其兰巴格村4组19号}}。我身份证{{id_number@wy1956.653121}}，孙子的{{id_number@my2014fwspaced.411328}}。我电话{{mobile@fullwidth}}，小儿子的{{mobile@s38}}。{{han:唐春花}}的微信{{wechat:tangchunhua_sq}}。孙子有QQ，他说是他爸活着的时候给他弄的，里面还有他爸的照片，号码：{{qq:70926413}}。
访谈者：名字写得一样吗？
受访者：不一样。户口本上是{{minority/uyghur:吐拉汗·斯迪克}}，低保卡上没点，成了{{minority/uyghur:吐拉汗斯迪克}}，有的表上是{{spaced:吐拉汗 · 斯迪克}}，点两边都空着。孙子被写成{{spaced:艾 热 提 江}}，孙女写成{{spaced:则 拉 莱 · 麦 合 甫 来 提}}。儿子在死亡证明上是{{spaced:麦合甫来提 艾散}}，中间空了一格。
访谈者：您最大的心愿是什么？
受访者：盼{{minority/uyghur:阿依提拉}}病好了，回来带娃娃。我老了，这把骨头还能撑几年，撑到孙子长大就行。
""")

# H719: Han civil-affairs clerk in 社旗 (南阳) reading from a case file.
DOCS["H719"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：全镇困境儿童的个案档案。我叫{{han:樊志勇}}，在{{trap/place:社旗}}县{{trap/place:赊店}}镇民政所干了八年。你要哪户我念哪户。
访谈者：从头念吧。
受访者：第一户，户主{{han:尚德义}}，男，六十八，身份证{{id_number@my1957.411327}}。儿子{{han:尚国强}}前年在{{trap/place:平顶山}}煤矿出事没了，儿媳{{han:岳秀莲}}改嫁。孙女{{han:尚可欣}}十岁，身份证{{id_number@wy2015spaced.411327}}，孙子{{han:尚可乐}}六岁，都按事实无人抚养报的。监护人签字那一栏，老人写了两遍，“{{han:尚德义}}{{han:尚德义}}”，说怕写一遍不算数。家在{{address:社旗县赊店镇潘庄村三组21号}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:钟世安}}，男，十三岁，身份证{{id_number@my2012hyphen.411327}}。他爸电工，触电死的；他妈乳腺癌，前年也走了。跟姑姑{{han:钟桂枝}}过，在{{school:社旗县第一初级中学初一（3）班}}。孤儿基本生活费一个月{{trap/number:一千五百六}}，半大小子吃饭穿衣{{trap/word:尚且}}紧巴，更别说上学了，我们又给他申请了县里的助学金。
访谈者：第三户？
受访者：第三户是回族，男人{{minority/hui:马阿丹}}贩毒，在{{trap/place:南阳}}监狱服刑。女人{{minority/hui:丁海麦乃}}肾衰竭，一周透析两回，身份证{{id_number@wy1988x.411327}}。女儿经名叫{{minority/hui:则乃拜}}，学名{{han:马梓涵}}，九岁。{{minority/hui:丁海麦乃}}她一边透析一边在清真寺门口卖油饼，家在{{address:社旗县赊店镇回民街东巷7号}}。
访谈者：第四户？
受访者：第四户姓令狐，男人{{compound:令狐建栋}}在工地上摔断了脊椎，坐轮椅，身份证{{id_number@my1984fw.411327}}。女人智力残疾，一个儿子{{compound:令狐俊熙}}八岁。社区的网格员叫{{compound:乐正心怡}}，三天两头去看。家在{{address:社旗县赊店镇建设路福康小区2号楼1单元301室}}。
访谈者：您说的第一户，孩子妈妈还来看孩子吗？
受访者：来，一年来两三回，每回都带着吃的穿的。老人一开始不让她进门，说她狠心，后来我找{{han:贾福田}}一起去做工作，说孩子想妈，你拦着，受罪的是孩子。现在老人也想通了，她来了，还留她吃顿饭。
访谈者：这些个案是怎么发现的？
受访者：有的是村里报上来的，有的是学校发现的，还有的是邻居打电话到所里。每年春秋两季，我们跟各村的儿童主任把全镇的孩子过一遍：父母有没有在服刑的，有没有重病、重残的，有没有外出失联的。查出来一户，就建一份档案，一户一个袋子，照片、证件复印件、医院证明、学校证明都装在里面。档案柜里现在有四十七个袋子，每一个袋子后面都是一个孩子。
访谈者：补贴的标准是怎么定的？
受访者：孤儿和事实无人抚养的孩子，按省里的标准发基本生活费；其他困境儿童，看家里的情况，有的纳入低保，有的给临时救助。每年标准都往上调一点。钱是按月直接打到监护人的卡上，有疑问的可以打{{trap/hotline:12345}}反映，我们每个季度回访，看钱是不是用在孩子身上了。发现有挪用的，先谈话，谈了不改的，就要考虑换监护人。
访谈者：还有谁参与这些个案？
受访者：镇里的儿童督导员{{han:贾福田}}，各村的儿童主任，{{trap/org:县法律援助中心}}的律师{{compound:漆雕嘉树}}帮{{han:钟世安}}打过房子的官司，把他爸留下的两间房要回来了。县医院肾内科的{{han:孟庆年}}主任给{{minority/hui:丁海麦乃}}减了一部分费用。{{han:贾福田}}跟我一起，每季度把这几户走一遍。
访谈者：档案上名字的写法统一吗？
受访者：不统一，这也是我头疼的。村里报上来的表是手写的，{{spaced:尚 德 义}}、{{spaced:钟　世　安}}这样一个字一个字隔开；回族那户写成了{{spaced:丁 海 麦 乃}}，孩子写成了{{spaced:马梓 涵}}；令狐家男人写成了{{spaced:令 狐 建 栋}}，系统里一查，以为是姓令的。
访谈者：平时跟这些家庭怎么联系？
受访者：打电话。{{han:钟桂枝}}的电话{{mobile@hyphen}}，{{han:岳秀莲}}改嫁到了邻县，电话{{mobile@p86h}}，孩子想她了就打。
访谈者：您觉得这工作最难在哪儿？
受访者：难在人心。有的老人觉得吃补助丢人，不愿意报；有的亲戚盯着孩子的钱。我们镇上有个老说法，{{trap/famous:刘秀}}当年在这里赊过酒，后来做了皇帝，没忘了还。我跟那些亲戚说，孩子的钱是孩子的，一分都不能动。
访谈者：最后您想说什么？
受访者：档案是死的，人是活的。我们把这几户记在本子上，也记在心上。{{han:尚可欣}}去年给我写了张贺卡，我一直夹在档案里。
""")

# H720: Han grandfather in 桐柏 (南阳) raising two grandchildren; his son died of silicosis, the son's wife remarried.
DOCS["H720"] = ("family", """\
访谈者：大爷，您家里几口人？
受访者：三口，我和两个孙子孙女。我叫{{han:汪宝山}}，六十七，{{trap/place:桐柏}}山里人。老伴{{han:龚秀兰}}有糖尿病，前年眼睛坏了，去年冬天走了。儿子{{han:汪立新}}在{{trap/place:浙江}}打石头，得了尘肺病，回来没两年也走了。儿媳{{han:余秋菊}}改嫁到{{trap/place:信阳}}，两个孩子留给我。
访谈者：孩子们多大？
受访者：我这个{{trap/word:长孙}}叫{{han:汪子恒}}，十二，在{{school:桐柏县淮源镇初级中学初一（1）班}}。孙女{{han:汪一帆}}八岁，在{{school:淮源镇中心小学二年级（4）班}}。{{han:汪子恒}}也懂事，星期天回来就上山砍柴、挑水。{{han:汪一帆}}她胆小，晚上不敢一个人睡，跟着我睡。
访谈者：您一个人带两个孩子，怎么过？
受访者：种两亩茶，养几只鸡，再加上低保。两个孩子按事实无人抚养，一个月每人{{trap/number:一千零八十}}，是村里的儿童主任{{han:夏立秋}}给报的。{{han:夏立秋}}她是村里的媳妇，隔三岔五就来，给孙女洗头、剪指甲。
访谈者：村里还有谁帮您？
受访者：村支书{{han:田旺财}}，他给我们家修了房顶，换了新瓦。镇民政所的{{han:钱满仓}}所长，过年送米送油。卫生院的大夫叫{{compound:长孙明轩}}，年轻人，每月来给我量血压，说我血压高，让我少吃咸菜。邻居{{han:陆长生}}他们家，农忙的时候帮我采茶。
访谈者：孩子们的学习呢？
受访者：孙子的班主任{{han:姚家顺}}老师说，{{han:汪子恒}}数学好，作文写得也好，写过一篇《爷爷的茶园》。孙女的老师是{{han:邹平安}}，她说孩子上课爱哭，想她妈了。{{han:余秋菊}}一年回来看一回，给孩子们买衣服，走的时候孙女抱着她的腿不让走。
访谈者：儿子生病那几年，家里怎么过的？
受访者：那几年最难。儿子{{trap/year:2015年}}去了浙江，在石场干了八年，咳嗽了两年才去检查，一查就是尘肺三期。回来以后，喘不上气，晚上坐着睡，一夜一夜咳。家里的积蓄都花在看病上，还欠了亲戚五六万。他走的时候才三十六岁，拉着我的手说，爹，两个娃娃交给你了。我这辈子没哭过几回，那回哭得站不起来。
访谈者：那笔债还上了吗？
受访者：还了一大半。我把茶园多开了一亩，每年春茶能卖几千块。亲戚们也说不急，先紧着孩子。村里还帮我申请了临时救助，给了{{trap/number:三千块}}。我跟孩子们说，咱家欠人的，以后都要还，做人要讲良心。
访谈者：孩子们平时帮您干活吗？
受访者：帮。清明前后采茶，我让{{han:汪子恒}}天不亮就跟我上山，一采一上午，手指头都染绿了。孙女小，就在茶园边上捡柴、摘野花。晚上炒茶，孙子帮我烧火，火候掌握得比我还好。他说长大了要学种茶，把咱家的茶卖到城里去。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:皇甫乐天}}带了几个大学生，暑假在村里办了个夏令营，孙女回来学会了好几首歌。还有个姑娘叫{{compound:宇文书恒}}，给孙子辅导英语。
访谈者：您身体怎么样？
受访者：腰不行了，腿也疼。卫生院{{han:熊大山}}院长说要做个检查，我舍不得钱。我怕我哪天倒下了，两个孩子怎么办。{{han:田旺财}}说，有村里在，您老放心。
访谈者：过年过节怎么过？
受访者：过年贴对联，包饺子。我给孩子们讲{{trap/famous:盘古}}开天的故事，说{{trap/place:桐柏山}}就是盘古住过的地方。还讲{{trap/famous:大禹}}治水，在{{trap/place:淮河源}}锁住了水怪{{trap/famous:无支祁}}。孩子们听得直瞪眼。
访谈者：登记信息说一下。
受访者：家在{{address:桐柏县淮源镇桃园村五组12号}}。我身份证{{id_number@my1958spaced.411330}}，孙子的{{id_number@my2013x.411330}}。我电话{{mobile@s74}}，{{han:余秋菊}}的电话{{mobile@plain}}。{{han:夏立秋}}给我装了微信，叫{{wechat:wangbaoshan_tb}}。孙子有QQ，说是班上同学互相问作业的，号码：{{qq:3160258497}}。
访谈者：表上的名字对吗？
受访者：有写错的。低保表上我写成了{{spaced:汪 宝 山}}，孙子写成{{spaced:汪子 恒}}，社工的名字写成了{{spaced:皇 甫 乐 天}}。
访谈者：您最盼什么？
受访者：盼孩子们长大成人，念书念出去。我这把老骨头，能撑一天是一天。{{trap/word:钱包}}里没几个钱，心里倒踏实。孙子说，等他工作了，带我去城里住。我说，我哪儿也不去，就守着这个家。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=713,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout90",))


if __name__ == "__main__":
    main()
