# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 44 (tests/pii/holdout44/H337-H344 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 45, written at the same time by another
writer, has a higher number and so is not an earlier set).

Set 44 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 伊金霍洛旗 (鄂尔多斯) raising two grandchildren whose father died in a coal mine and whose mother remarried in
东胜; a Tibetan herder father in 嘉黎 (那曲) whose wife was paralysed by a stroke, with their two children and the two
orphans of his brother, killed in a snowstorm; a Hui mother in 海晏 (海北) running a noodle shop, whose husband was
paralysed by a fall while repairing the mosque; a Han grandfather in 湘潭 (湖南) raising a grandson whose father is in
prison and whose mother left for 东莞; a Han primary-school teacher in 内江 (四川) going through the five children in
distress of her class and their parents on WeChat and QQ; a Uyghur mother in 柯坪 (阿克苏) whose husband is on
dialysis, with three children and her old father; a Han community worker in 商都 (乌兰察布) reading from her case file
(a father in compulsory drug rehabilitation, an orphan with his uncle, a Mongolian family with a disabled father);
and a Han mother in 漯河 (河南) whose husband left with gambling debts, with two children and a bedridden
mother-in-law. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than
one trick: Mongolian names of four to seven characters (塔拉其木格, 朝克图巴雅尔, 胡日查巴特尔, 通拉嘎其其格) with
short forms after the full name (乌恩奇巴雅尔 then 乌恩奇他, 奥云格日勒 then 奥云也, 通拉嘎), a Han surname before a
Mongolian name (奇那日苏, 白萨仁图雅) and the Han names of Mongolians (奇海龙, 白建平); Tibetan names (嘎玛多吉,
达娃曲珍她, 多吉坚参, 白玛卓嘎她) with short forms (格桑白珍 then 白珍她, 洛桑强巴 then 洛桑, 巴桑卓玛 then 巴桑)
and the Han name of a Tibetan boy (李向荣); Hui Han-form names beside 经名 (马玉琴 / 宰乃卜, 冶占山 / 白克尔,
喇玉梅 / 赛莱麦, 冶文斌 / 冶艾尤布 then 艾尤布) and Han surname + Arabic name (冶哈尼法 then 哈尼法她, 冶阿卜杜,
马穆萨阿訇, 韩叶哈雅他, 祁努哈); Uyghur given name + father's name with and without the dot (帕丽达·阿不力孜 and
帕丽达阿不力孜, 图尔荪阿依·吾斯曼 and 图尔荪阿依吾斯曼) and short forms (帕丽达我, 吾斯曼他, 阿卜杜外力他,
古丽米热说, 吐逊古丽她); Han nicknames that are words, annotated whole (虾米的, 墩子也, 毛坨他) and names as they
show on WeChat and QQ (微信名就叫“幸老幺”, QQ上的名字叫“陈二娃”: annotated whole); Han names with common and rare
surnames (陈, 王, 李, 张, 赵, 刘, 吴, 杨, 孙, 马; 税, 幸, 母, 敬, 蒲, 廖, 喇, 冶), with titles
and kin words (高二平大夫, 易桂香婶, 曾志远所长, 税海燕姐, 牛淑琴大姐, 柴晓燕姨, 孙秀梅婶子; the span is the name
only), names that contain words (孟长城, 郭长青, 吴来福, 吴来喜, 贺长庚), a name written twice on a form
(梁翠英梁翠英), names directly before particles and verbs (郝振东说, 易桂香都, 周湘平他们, 吴来喜他们家,
韦建国那边, 陈欣悦也, 蒲德才他, 陈国强他) and after 叫/是/给/跟/和/的/找/让; names spaced out in half- and
full-width spaces (乌 恩 奇 巴 雅 尔, 通　拉　嘎　其　其　格, 格 桑 白 珍, 冶　哈　尼　法, 努 尔 阿 米 娜,
白 萨 仁 图 雅, 段 干 志 明, 上 官 一 帆), dotted names with spaces around the dot (图尔荪阿依 · 吾斯曼,
古丽米热 · 阿西木) and names split in two (塔拉 其木格, 嘎玛 多吉, 马玉 琴, 贺长 庚, 蒲俊 熙, 陈欣 悦); compound
surnames after ordinary words (东方, 令狐, 慕容, 上官, 巫马, 公孙, 漆雕, 欧阳, 诸葛, 司徒, 皇甫, 宇文, 赫连, 尉迟,
拓跋, 段干, 乐正, 司马, 公冶, 闻人 after 叫/是/还有/同事/律师/医生/实习生/搭档); and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:梁翠英}}``, ``{{qq:3059182746}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013tri.150923}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kin word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇, 大姐,
姐, 婶, 婶子, 姨, 娭毑, 婆婆) and a particle, pronoun or verb written directly after a name (说, 也, 都, 他, 她, 我,
他们家, 那边) are outside the span; a nickname that is a word (虾米, 墩子, 毛坨) and a name as shown on WeChat or QQ
(幸老幺, 陈二娃) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (奇海龙, 白建平, 李向荣,
马玉琴, 冶文斌) are category han; a Han surname before a non-Han given name (奇那日苏, 白萨仁图雅, 冶哈尼法, 马穆萨)
is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout44/make_holdout44.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(44_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {group: 10 for group in MINORITY_GROUPS}

MOBILE_PREFIXES = ["134", "136", "139", "135", "152", "155", "159", "165", "172", "177", "180", "182", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H337: Mongolian grandmother in 伊金霍洛旗 (鄂尔多斯) raising two grandchildren; her son died in a coal mine.
DOCS["H337"] = ("family", """\
访谈者：奶奶，您先说说家里的情况吧。
受访者：好。我叫{{minority/mongolian:塔拉其木格}}，今年六十七，家在{{trap/place:伊金霍洛旗}}，离{{trap/place:成吉思汗陵}}不远。老伴{{minority/mongolian:乌力吉巴图}}五年前得肝病走了。儿子{{minority/mongolian:朝克图巴雅尔}}在煤矿上开铲车，前年井下冒顶，没救过来。儿媳{{minority/mongolian:奥云格日勒}}一个人扛不住，去{{trap/place:东胜}}打工，后来在那边又成了家。两个孙子就留给我了。
访谈者：孙子们多大了？
受访者：大的孙子{{minority/mongolian:乌恩奇巴雅尔}}十二岁，我们叫他{{minority/mongolian:乌恩奇}}；小的孙女{{minority/mongolian:通拉嘎其其格}}八岁，叫{{minority/mongolian:通拉嘎}}。{{minority/mongolian:乌恩奇}}在{{school:伊金霍洛旗蒙古族学校六年级（2）班}}，孙女在{{school:札萨克镇中心小学二年级（1）班}}。两个都住校，礼拜五我去镇上接。
访谈者：儿子走了以后，家里靠什么过？
受访者：矿上给了一笔钱，我存着不动，留给娃娃们念书。嘎查达{{minority/mongolian:胡日查巴特尔}}给我报了低保，两个孙子按事实无人抚养报上去，一人一个月{{trap/number:一千五百六}}。苏木管民政的{{han:郝振东}}跑了好几趟{{trap/org:旗民政局}}，{{han:郝振东}}说材料齐了就能批，第二个月钱就到了卡上。
访谈者：孩子妈妈还回来吗？
受访者：{{minority/mongolian:奥云}}过年回来一趟，给娃娃买衣服、买鞋。她在那边又生了一个，日子也紧。孙女抱着她哭，{{minority/mongolian:奥云}}也哭。我不怪她，她才三十出头，总不能守一辈子。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:乌恩奇}}他学习好，蒙古语、数学都考前几名，就是不爱说话。他爸走了以后，他常一个人跑到{{trap/place:乌兰木伦河}}边上坐着。班主任{{minority/mongolian:苏伦高娃}}老师发现了，跟学校的心理老师{{han:郝丽珍}}一起找他谈。{{minority/mongolian:通拉嘎}}就活泼，学校里跳{{trap/minority_word:安代}}，她跳得最欢。
访谈者：还有谁帮过你们？
受访者：嘎查的儿童主任{{han:王美荣}}，她是汉族，嫁到我们嘎查二十年了，蒙古话说得比我孙子还好。{{han:王美荣}}每个礼拜来一回，看娃娃们的作业，跟我拉家常。旗里社工站来过两个人，一个叫{{compound:东方语嫣}}，一个是{{compound:令狐文博}}，给孙女带了画笔和本子。苏木卫生院的{{han:高二平}}大夫给我看腰腿。我娘家侄子{{minority/mongolian:奇那日苏}}跑运输，娃娃们生病了都是他开车送到旗医院。老伴的弟弟户口上是汉名，叫{{han:奇海龙}}，在{{trap/place:康巴什}}开出租，每个月给娃娃们送两袋米面。隔壁的{{minority/mongolian:诺日吉玛}}大姐挤了牛奶，也总给我们留一壶。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候我给娃娃们煮{{trap/minority_word:手把肉}}，摆上{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}。春天陵上有大祭，我带着他们去看{{trap/minority_word:达尔扈特}}人守灵。晚上我给他们讲{{trap/famous:成吉思汗}}小时候没了阿爸、跟着额吉挖野菜的故事，我说，苦日子谁都有，熬过去就好了。
访谈者：孙子们平时在家帮您干活吗？
受访者：帮。放假回来，孙子跟我去草场看羊，孙女在家里烧茶、喂小羊羔。这两年禁牧了，羊圈养着，草料要买，一年也花不少。旗里给了草原补奖，一亩地几块钱，我一分一分攒着。孙子说奶奶你别心疼钱，等他长大了挣钱给你买一大群羊。我说奶奶不要羊，就要你们好好的。
访谈者：孩子们想爸爸吗？
受访者：想。每年清明我带他们去给他爸上坟，孙子不哭，就是跪着不起来。孙女还小，问爸爸在地底下冷不冷。我说不冷，你爸在{{trap/minority_word:长生天}}那儿呢。
访谈者：您一个人带两个孩子，最难的是什么？
受访者：最难是夜里。孙女一发烧，我就睡不着。去年冬天雪大，车进不来，是{{minority/mongolian:胡日查巴特尔}}他骑摩托把我们送到镇上。还有就是我不识汉字，学校发的通知看不懂，都是孙子念给我听。我这腰也一年不如一年了，大夫说是骨质增生，叫我少弯腰，可挤奶、喂羊哪样不弯腰。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:伊金霍洛旗札萨克镇门克庆嘎查三社17号}}。儿媳妇在{{address:东胜区富兴街道丽苑小区6号楼2单元503室}}。我的身份证{{id_number@wold.150627}}，{{minority/mongolian:乌恩奇巴雅尔}}的{{id_number@my2013spaced.150627}}。我的电话{{mobile@spaced}}，{{han:王美荣}}的电话{{mobile@plain}}，她的微信{{wechat:wangmr_mkq1976}}。孙子有个QQ，说是跟他妈聊天用的，号码他写在我的记事本上了，我找找——在这儿：{{qq:2613805749}}。
访谈者：表上的名字写得对吗？
受访者：不全对。有的表上把我写成{{spaced:塔拉 其木格}}，中间空一格；孙子成了{{spaced:乌 恩 奇 巴 雅 尔}}，一个字一个字隔开；孙女写的是{{spaced:通　拉　嘎　其　其　格}}。
访谈者：您最盼什么？
受访者：盼娃娃们念出书来。孙子说他要当医生，先把奶奶的腰治好。我说好，奶奶等着。
""")

# H338: Tibetan father in 嘉黎 (那曲) with a wife paralysed by a stroke, two children and his dead brother's two.
DOCS["H338"] = ("family", """\
访谈者：您家里现在是什么情况？
受访者：我叫{{minority/tibetan:嘎玛多吉}}，四十三岁，在{{trap/place:嘉黎县}}放牦牛。老婆{{minority/tibetan:达娃曲珍}}前年得了脑梗，右边身子不能动，话也说不清楚。家里有我们两个孩子，还有我哥哥留下的两个。我哥哥{{minority/tibetan:拉巴次旦}}三年前去{{trap/place:那曲}}卖{{trap/minority_word:虫草}}，回来的路上遇上暴风雪，车翻到沟里，人没了。嫂子早几年就病死了，两个孩子就成了孤儿。
访谈者：四个孩子都多大了？
受访者：我大女儿{{minority/tibetan:格桑白珍}}十五，在{{school:那曲市第二中学初三（4）班}}；儿子{{minority/tibetan:尼玛旺堆}}十一，在{{school:嘉黎县阿扎镇完全小学五年级（1）班}}。哥哥的儿子{{minority/tibetan:洛桑强巴}}十三，我们叫他{{minority/tibetan:洛桑}}；女儿{{minority/tibetan:巴桑卓玛}}九岁。{{minority/tibetan:洛桑}}跟{{minority/tibetan:尼玛旺堆}}在一个学校，一个六年级，一个五年级。
访谈者：哥哥的孩子有什么补助？
受访者：乡里的民政专干{{minority/tibetan:多吉坚参}}给两个孩子办了孤儿，一人一个月{{trap/number:两千一百多}}，钱打到我的卡上，我另外记一本账，一分不乱花。他说，孩子满十八以前都有。我老婆办了残疾证，二级，{{trap/org:县残联}}送来一个轮椅。家里也吃上了低保。
访谈者：您爱人的病怎么样了？
受访者：{{minority/tibetan:达娃曲珍}}她现在能拄着拐走几步了。县医院的{{minority/tibetan:罗布次仁}}大夫每个月下乡给她扎针，{{trap/org:乡卫生院}}的{{han:田晓丽}}大夫教我给她按摩。大女儿放假回来，给她梳头、洗脚。{{minority/tibetan:白珍}}她说，阿妈不能动了，她就是家里的阿妈。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:格桑白珍}}学习好，班主任{{minority/tibetan:旦增曲扎}}老师说她能考到内地西藏班，去外面念高中。她怕走了家里没人管阿妈，我说你去，家里有我。{{minority/tibetan:尼玛旺堆}}贪玩，作业老不写，老师打电话来，我骑摩托去学校把他领回来骂一顿。{{minority/tibetan:洛桑}}话少，学校登记的汉名叫{{han:李向荣}}，是他爸给起的，说有个汉名出去好找工作。
访谈者：村里还有谁帮你们？
受访者：村支书{{minority/tibetan:索朗扎巴}}，儿童主任{{minority/tibetan:白玛卓嘎}}。{{minority/tibetan:白玛卓嘎}}她隔几天就来，看孩子们衣服穿得够不够，冬天给发了棉鞋。驻村工作队的队长{{han:邵文博}}是从{{trap/place:江苏}}来援藏的，跟我们一起住过两个月，{{han:邵文博}}他教孩子们算术，还给{{minority/tibetan:巴桑卓玛}}修好了自行车，教她骑。县里社工站派来的是{{compound:慕容思远}}，还有个姑娘叫{{compound:上官静怡}}，她们给孩子们做心理辅导。{{minority/tibetan:巴桑}}以前晚上老做噩梦，哭着喊爸爸，现在好多了。
访谈者：四个孩子相处得好吗？
受访者：好。四个孩子像亲兄妹一样。哥哥的两个孩子刚来的时候不说话，晚上偷偷哭，我大女儿就搂着妹妹睡。现在他们一起放牛、一起写作业，吵架了也是一会儿就好。我跟他们说，你们的阿爸不在了，可你们还有叔叔、还有哥哥姐姐，谁也不是一个人。冬天零下三十多度，政府给我们盖了安居房，有了暖炉，比帐篷好多了。孩子们寒假回来围着炉子写作业，我老婆在边上看着，说不出话，可她会笑。
访谈者：牧场上的活儿您一个人忙得过来吗？
受访者：忙不过来。牦牛有四十多头，夏天要转场，我就请亲戚帮忙。{{trap/minority_word:恰青赛马节}}的时候，县里人都去看赛马，我走不开。挖虫草的季节，我带着两个儿子上山，挖到的钱一半给孩子们交伙食费。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}的时候，我们炸{{trap/minority_word:卡赛}}，孩子们穿新衣服去寺里磕头、挂{{trap/minority_word:经幡}}。我老婆以前最会唱歌，现在唱不了了。晚上我给孩子们讲{{trap/famous:格萨尔}}的故事，讲他小时候也被人欺负，后来当了王。
访谈者：请说一下登记的信息。
受访者：家在{{address:嘉黎县阿扎镇达玛村二组9号}}，冬天住在{{address:嘉黎县嘉黎镇安居小区3排12号}}。我的身份证{{id_number@my1982.540621}}，我老婆的{{id_number@wy1984hyphen.540621}}。我的电话{{mobile@plus86}}，{{minority/tibetan:白玛卓嘎}}的电话{{mobile@hyphen}}，她的微信{{wechat:baima_zg_jiali}}。大女儿有个QQ，她说是班上交作业用的，号码写在家里的墙上，你看，这个：{{qq:3861520947}}。
访谈者：名字在表上写得对吗？
受访者：我们的名字汉字写法多。表上有{{spaced:嘎玛 多吉}}，有{{spaced:格 桑 白 珍}}，还有{{spaced:洛　桑　强　巴}}。我老婆的名字写成了{{spaced:达娃 曲珍}}。
访谈者：您最大的心愿呢？
受访者：四个孩子都念出去，我老婆能自己走路。我哥哥走的时候，孩子还小，我在他坟前说过，他的孩子就是我的孩子。
""")

# H339: Hui mother in 海晏 (海北) running a noodle shop; her husband was paralysed by a fall while repairing the mosque.
DOCS["H339"] = ("family", """\
访谈者：您先介绍一下自己吧。
受访者：我叫{{han:马玉琴}}，经名{{minority/hui:宰乃卜}}，三十八岁，在{{trap/place:海晏县}}城里开个小面馆。我男人{{han:冶占山}}，经名{{minority/hui:白克尔}}，前年给{{trap/org:清真寺}}修房顶，从架子上摔下来，腰椎断了，现在瘫在床上。家里三个娃娃，还有他老母亲。
访谈者：孩子们多大？
受访者：大儿子{{minority/hui:冶艾尤布}}十四，户口上的名字是{{han:冶文斌}}，在{{school:海晏县第一中学初二（3）班}}。二丫头{{minority/hui:冶哈尼法}}十一岁，我们叫她{{minority/hui:哈尼法}}，在{{school:西海镇寄宿制小学五年级（2）班}}。小的{{minority/hui:冶阿卜杜}}才五岁，在寺边上的幼儿园。
访谈者：他受伤以后，家里怎么过？
受访者：面馆是我一个人撑着，早上四点起来揉面、炸{{trap/minority_word:油香}}，中午给{{trap/place:金银滩}}上干活的人送饭。婆婆{{han:喇玉梅}}七十多了，经名{{minority/hui:赛莱麦}}，在家看小的，给她儿子翻身。社区的儿童主任{{han:冶晓霞}}给我们家报了低保，三个娃娃报了困境儿童，每人每月{{trap/number:六百八十元}}。{{han:冶晓霞}}她又帮我男人办了残疾证，一级，每个月还有护理补贴。
访谈者：清真寺那边帮得上吗？
受访者：帮得多。寺里的{{minority/hui:马穆萨}}阿訇每个{{trap/minority_word:主麻}}都来看我男人，给他念经，还跟坊上的人说了，大家出{{trap/minority_word:乜贴}}，凑了一万多块钱给他做手术。乡老{{han:喇成福}}给我们拉了一车煤。寺里教经的{{minority/hui:韩叶哈雅}}每个礼拜六给娃娃们教阿文，不收钱。{{minority/hui:韩叶哈雅}}他说，这是他该做的。
访谈者：面馆的生意怎么样？
受访者：夏天好，来{{trap/place:金银滩}}看草原的游客多，一天能卖两百多碗。冬天冷清，一天卖三四十碗，还不够房租。我想过关了面馆去打工，可我男人离不开人，婆婆也老了。坊上的人常来照顾生意，吃完了多放几块钱，我不要，他们放下就走。
访谈者：孩子们帮您吗？
受访者：帮。大儿子端碗、擦桌子，二丫头在后面剥蒜、择菜。小的就在桌子底下钻来钻去，客人都喜欢逗他，客人一进门他{{trap/word:马上}}喊“坐，坐”。我有时候看着三个娃娃，心里又酸又热。他们本来该在外面玩，可家里这样了，他们比别的娃娃早懂事。我只盼他们别因为家里的事耽误了念书。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:艾尤布}}懂事，放学就来面馆帮我端碗洗碗，作业写到半夜。班主任{{han:杨丽娟}}老师看他瘦，给他在学校食堂办了免费午餐。{{han:杨丽娟}}跟我说，这娃娃数学好，别让他辍学。{{minority/hui:哈尼法}}她爱哭，她爸摔下来那天她就在边上，吓坏了。学校请了心理老师{{compound:巫马晓岚}}给她做辅导，现在能睡整觉了。
访谈者：您男人的身体呢？
受访者：县医院的{{han:孙德海}}大夫说，腰椎伤得重，站起来难了。{{han:冶占山}}他刚开始不吃不喝，说拖累了一家人。阿訇跟他讲，安拉给的难处，也是给的考验。后来他慢慢想开了，躺在床上也帮我算账、记菜单。
访谈者：还有谁来过？
受访者：县上社工站的{{compound:公孙佳琪}}来过三回，跟她一起来的还有{{compound:漆雕子健}}，帮我们申请了一个基金会的轮椅。邻居{{minority/hui:祁努哈}}是开拉面馆的，生意忙的时候让他媳妇过来帮我拉面。我娘家弟弟{{han:马青云}}在{{trap/place:西宁}}开车，过节拉着娃娃们去{{trap/place:青海湖}}边上转了一圈。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}我炸{{trap/minority_word:馓子}}，娃娃们穿新衣服去寺里。{{trap/minority_word:古尔邦节}}坊上宰了牛，给我们家送来一大块。阿訇给娃娃们讲{{trap/famous:马本斋}}打仗的故事，说回回人要有骨气。
访谈者：登记表要填地址和号码。
受访者：家在{{address:海晏县西海镇同宝小区4号楼1单元302室}}。我的身份证{{id_number@wy1986quad.632223}}，{{minority/hui:冶艾尤布}}的{{id_number@my2010fullwidth.632223}}。我的电话{{mobile@s434}}，{{han:冶晓霞}}的{{mobile@plus86dash}}，她的微信{{wechat:yexiaoxia_xh}}。大儿子有QQ，学校上网课注册的，号码是——我看看他写在墙上的——{{qq:1573926084}}。
访谈者：表上名字写得规范吗？
受访者：不规范。经名各写各的。有的表上是{{spaced:冶 艾 尤 布}}，有的把我写成{{spaced:马玉 琴}}，我婆婆成了{{spaced:喇　玉　梅}}，二丫头是{{spaced:冶　哈　尼　法}}。
访谈者：您最大的心愿呢？
受访者：盼我男人能坐起来，盼娃娃们念书念出来。面馆累是累，只要一家人在一起，就有奔头。
""")

# H340: Han grandfather in 湘潭 (湖南) raising a grandson whose father is in prison and whose mother left.
DOCS["H340"] = ("family", """\
访谈者：爷爷，您身体还好吧？我们随便聊聊。
受访者：好，好，坐。我叫{{han:贺长庚}}，今年七十一，住在{{trap/place:湘潭县}}乡下，离{{trap/place:易俗河}}镇上十几里路。老婆子前年得癌走了。儿子{{han:贺志军}}，小名叫{{han:毛坨}}，跟人打架把人打伤了，判了六年，关在{{trap/place:长沙}}那边。儿媳妇{{han:谭春妹}}去了{{trap/place:东莞}}，电话也换了，再冒回来过。屋里就我跟孙子两个人。
访谈者：孙子多大了？
受访者：十岁，大名叫{{han:贺子航}}，小名叫{{han:虾米}}，生下来才四斤多，瘦得像只小虾子，他娘就这么叫开了。{{han:虾米}}在{{school:湘潭县花石镇中心小学四年级（2）班}}读书。{{han:虾米}}他成绩一般，就是爱画画，墙上画满了。
访谈者：您怎么照顾他？
受访者：我早上五点起来煮饭，送他到村口坐校车。中午在学校里恰饭，晚上回来我给他炒个菜。衣服我洗得不干净，村里的儿童主任{{han:易桂香}}婶隔几天来一回，帮着收拾，{{han:易桂香}}都看不下去了。{{han:易桂香}}说，{{han:虾米}}的衣服领子都黑了，爷爷你莫舍不得洗衣粉。
访谈者：有些什么补助？
受访者：村支书{{han:周湘平}}帮我报了低保，孙子按事实无人抚养报的，一个月{{trap/number:一千三百八十块}}。{{han:周湘平}}他们跑到{{trap/org:县民政局}}跑了三趟。镇上管民政的{{han:罗建新}}说，他爸坐牢，他娘又找不到，这就算。{{han:罗建新}}还帮我申请了临时救助，买了一床新棉被。
访谈者：孙子知道他爸的事吗？
受访者：晓得。班上有同学笑他，说他爸是劳改犯，他跟人家打了一架。班主任{{han:黎红霞}}老师把两个伢子都叫到办公室，讲了一通道理。{{han:黎红霞}}她后来跟我讲，孙子心里苦，你莫打他。镇里派出所的{{han:曾志远}}所长也帮了忙，带我们去{{trap/place:长沙}}的监狱会见过一回。{{han:毛坨}}他隔着玻璃哭，说对不住我，对不住孙子。
访谈者：还有谁帮忙？
受访者：县里社工站的{{compound:欧阳倩雯}}每个月来一回，跟孙子一起画画、讲故事，还有个小伙子叫{{compound:诸葛俊杰}}，教他下象棋，两个人想得{{trap/word:周到}}。隔壁{{han:胡满秀}}娭毑做了剁辣椒，总给我们送一罐来。她孙子{{han:墩子}}跟{{han:虾米}}同班，{{han:墩子}}也是留守的，爹娘在{{trap/place:广东}}打工，两个伢子天天一起上学、一起放牛。
访谈者：孙子平时喜欢什么？
受访者：喜欢画画。学校美术老师{{han:彭晓虹}}说他有天分，讲{{trap/famous:齐白石}}年轻时候是个木匠，后来成了大画家，叫他莫放弃。他把这话记住了，天天画，墙上、门板上都是虾子、螃蟹。
访谈者：孙子跟您说心里话吗？
受访者：有时候说。晚上睡觉前，他躺在床上问我，爷爷，我爸出来了还会打人吗？我说不会了，你爸在里面学好了。他又问，我娘还记得我吗？我就讲不出话来。第二天我到镇上给他买了一个新书包，他背着书包在堂屋里转了好几圈，高兴得很。伢子小，给点甜头就忘了苦，可我晓得他心里记着。
访谈者：农忙的时候怎么办？
受访者：田我包给别人种了，只留了菜园子。农忙的时候村里人互相帮，插秧、收稻谷都有人搭把手。我就在屋里做饭，给帮忙的人送茶送饭。孙子放了学就去田里捡稻穗，捡一小袋回来喂鸡。
访谈者：您身体吃得消吗？
受访者：血压高，腿也不灵便了。卫生院的{{han:谭卫东}}医生隔月来给我量血压，开药。县医院下乡义诊，来的是{{compound:司徒嘉骏}}医生，说我心脏也要查一查。我最怕的是哪天我倒下了，孙子怎么办。我跟{{han:贺志军}}讲，你在里面好好改造，早点出来，伢子还要靠你。
访谈者：登记表要写地址和号码。
受访者：屋在{{address:湘潭县花石镇梅林村八组23号}}。儿媳妇原来在东莞租的房子是{{address:东莞市长安镇锦厦社区新安街12号3楼}}，现在不晓得还在不在。我的身份证{{id_number@mold.430321}}，孙子的{{id_number@my2015hyphen.430321}}。我的电话{{mobile@plain}}，{{han:易桂香}}的{{mobile@s38}}，她的微信就是{{wechat:yiguixiang_ml8}}。孙子有个QQ，他说是跟他娘联系用的，号码是{{qq:936284715}}，他娘也不回。
访谈者：表上的名字写得对吗？
受访者：有写错的。有张表把孙子写成{{spaced:贺 子 航}}，把我写成{{spaced:贺长 庚}}，中间空了一格。社工姑娘在签到表上写的是{{spaced:欧 阳 倩 雯}}。
访谈者：您最盼什么？
受访者：盼{{han:毛坨}}早点出来，盼孙子好好读书。我这把老骨头，能撑一天是一天。
""")

# H341: Han primary-school teacher in 内江 (四川) and the pupils in distress of her class, their parents on WeChat and QQ.
DOCS["H341"] = ("teacher", """\
访谈者：老师，您教几年级？
受访者：我叫{{han:敬小芸}}，在{{trap/place:内江}}{{trap/place:东兴区}}一所镇小教书，是{{school:东兴区椑木镇中心小学四年级（3）班}}的班主任。班上四十二个娃娃，留守的一半多，困境儿童有五个。家长都在微信群里，有的爸妈在外头打工，一年到头只在群里见得到。
访谈者：能说说这五个孩子吗？
受访者：头一个是{{han:税子墨}}，他爸{{han:税建平}}酒驾撞死了人，判了五年。他妈{{han:廖春华}}在{{trap/place:成都}}餐馆打工，娃娃跟着婆婆{{han:刘玉蓉}}。他以前是班长，出了事以后不说话了，作业也不交。他妈在微信上跟我说，老师你莫放弃他。她的微信号是{{wechat:lch_chengdu0315}}，每个礼拜天晚上都发消息问娃娃的情况。
访谈者：第二个呢？
受访者：第二个{{han:蒲俊熙}}，他妈{{han:黄素琼}}尿毒症，一个礼拜去市医院透析三回，他爸{{han:蒲德才}}在工地上做钢筋工。{{han:蒲俊熙}}每天放学先去医院看他妈，再回家煮饭，我就让他把作业在学校写完再走。{{han:黄素琼}}在病床上用QQ跟我联系，她说微信太费流量，QQ号是{{qq:2094837165}}。
访谈者：第三个？
受访者：第三个{{han:幸雨涵}}，爸妈都在{{trap/place:广东}}电子厂，跟外婆{{han:钟淑芬}}过。外婆不会用手机，都是我跟她爸{{han:幸德明}}联系，他的微信名就叫“{{han:幸老幺}}”，微信号是{{wechat:xingdeming_dg}}。娃娃想爸妈，有一回上课哭起来，说她做梦梦到她妈回来了。{{trap/word:幸亏}}她成绩还稳得住，数学一直九十多。
访谈者：第四个？
受访者：第四个{{han:陈浩然}}是孤儿，爸妈前年在{{trap/place:隆昌}}出了车祸，跟着幺爸{{han:陈国强}}过。{{han:陈国强}}他自己有两个娃娃，日子紧，但对侄儿不差。{{han:陈浩然}}有个QQ，上面的名字叫“{{han:陈二娃}}”，他晚上睡不着就在QQ上给我发消息，号码他写在作业本封面上——你等一下，我翻出来——{{qq:5860317249}}。
访谈者：第五个？
受访者：第五个是{{han:母佳怡}}，她爸{{han:母永贵}}在矿上砸断了两条腿，坐轮椅。她妈走了好几年了，一直没回来。{{han:母佳怡}}她很要强，每天给她爸做饭、擦身子，作业还写得工工整整。她爸的残疾证是{{trap/org:区残联}}办的，{{trap/org:区民政局}}给她报了困境儿童补贴，一个月{{trap/number:一千二百五}}。
访谈者：学校和镇上都做了什么？
受访者：校长{{han:钟国华}}定了规矩，困境儿童的午饭全免，每个班主任包几个，每周家访。镇上的儿童督导员{{han:税海燕}}姐每个月来学校一次，跟我们对台账。她说这些娃娃的{{trap/word:母亲}}不在身边，学校就是半个家。区社工站派来了{{compound:皇甫梓萱}}和{{compound:宇文泽楷}}，后来又加了个实习生叫{{compound:赫连思琪}}，几个年轻人每周三下午给娃娃们上课，带他们画画、做手工、讲{{trap/famous:张大千}}画老虎的故事。
访谈者：这些孩子跟别的孩子比，有什么不一样？
受访者：有的特别敏感，别人一句玩笑话就哭；有的特别要强，考不好就不吃饭。我们学校这两年办了个四点半课堂，放学后老师轮流值班，辅导他们写作业。周五下午还有心理课，让娃娃们画自己的家、说自己的烦恼。有个娃娃画了一座房子，门是开着的，他说等爸爸回来门就不用关了。我看了半天说不出话。我把{{trap/hotline:12355}}青少年热线抄在黑板角上，跟娃娃们说心里难受就打。
访谈者：家长群里有什么难处吗？
受访者：难处是有的家长从来不说话，有的家长半夜发语音。{{han:蒲德才}}他不识几个字，都是发语音，一发就是一分钟，讲他老婆的病。{{han:刘玉蓉}}婆婆用不来群，有事就直接打我电话。群里也有热心的家长，家委会的几个妈妈常在群里组织给困境儿童捐书捐衣服。
访谈者：这些家长的联系方式都登记了吗？
受访者：登记了。{{han:刘玉蓉}}家在{{address:东兴区椑木镇大佛村五组18号}}，{{han:陈国强}}家在{{address:东兴区西林街道沱江花园7栋2单元402室}}。{{han:母佳怡}}的身份证是{{id_number@wy2015.511011}}。{{han:陈国强}}的电话{{mobile@s74}}，{{han:税海燕}}的微信{{wechat:shuihaiyan_bm}}。
访谈者：您自己累不累？
受访者：累。白天上课，晚上回家长的微信，有时候到十一点。我让{{han:税子墨}}当了小组长，这学期他又开始交作业了，我心里就松快了。
访谈者：表上的名字写得对吗？
受访者：有错的。教育局的表上把{{han:陈浩然}}写成{{spaced:陈 浩 然}}，有的把{{spaced:蒲俊 熙}}中间空一格，社工的名字写成{{spaced:皇　甫　梓　萱}}。
访谈者：最后您想说什么？
受访者：娃娃们的家里缺了一块，学校要给他们补上。我跟他们说，不管家里出了啥事，你们都是好娃娃，{{trap/word:敬礼}}要标准，腰杆要挺直。
""")

# H342: Uyghur mother in 柯坪 (阿克苏) whose husband is on dialysis in 阿克苏, with three children and her old father.
DOCS["H342"] = ("family", """\
访谈者：大姐，您好。家里的情况您说说吧。
受访者：好。我叫{{minority/uyghur:帕丽达·阿不力孜}}，三十六岁，家在{{trap/place:柯坪县}}。我丈夫{{minority/uyghur:吾斯曼·托乎提}}得了尿毒症，一个礼拜要去{{trap/place:阿克苏}}透析三次，干不了活了。我们有三个孩子，我爸爸{{minority/uyghur:阿不力孜·库尔班}}也跟着我们住，他七十五了，眼睛不好。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:阿卜杜外力·吾斯曼}}十三岁，在{{school:柯坪县第二中学初一（2）班}}；女儿{{minority/uyghur:图尔荪阿依·吾斯曼}}十岁，在{{school:柯坪县盖孜力克镇小学四年级（1）班}}；小女儿{{minority/uyghur:努尔阿米娜·吾斯曼}}五岁，在村里的幼儿园。{{minority/uyghur:阿卜杜外力}}他最懂事，礼拜天陪他爸坐班车去阿克苏透析。
访谈者：丈夫生病以后，家里怎么过？
受访者：原来家里种了十二亩红枣和小麦，他病了以后地就租出去了。村支书{{minority/uyghur:买买提江·肉孜}}给我们报了低保，三个孩子报了困境儿童，每个月每人{{trap/number:九百二十元}}。透析的钱大部分报销了，剩下的{{trap/org:县民政局}}给了大病救助。{{minority/uyghur:吾斯曼}}他说，要不是政府，他早就没了。
访谈者：谁帮你们最多？
受访者：村里的儿童主任{{minority/uyghur:古丽米热·阿西木}}，她天天来。{{minority/uyghur:古丽米热}}说，我上工的时候孩子放学了没人管，就让孩子们到村委会的儿童之家写作业。驻村工作队的{{han:杨志斌}}书记跟我们村结对，给孩子买了书包和冬衣。{{han:杨志斌}}他说孩子们要好好学国语。社工站来过两个年轻人，一个叫{{compound:尉迟明轩}}，一个是{{compound:拓跋梦瑶}}，她们教孩子们画画、跳绳。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:图尔荪阿依}}她学习最好，老师{{minority/uyghur:热孜完古丽}}说她作文写得好，写的是她爸爸透析的事，全班都哭了。{{minority/uyghur:阿卜杜外力}}数学不好，他的班主任{{han:邱海蓉}}老师每天放学给他补半小时。小女儿爱唱歌，跳{{trap/minority_word:麦西来甫}}的时候她第一个上去。
访谈者：您自己做什么工作？
受访者：我在县城的一家馕坑打{{trap/minority_word:馕}}，一天挣一百多。早上六点出门，中午回来给老人和孩子做饭，下午再去。邻居{{minority/uyghur:吐逊古丽·萨迪克}}帮我接小女儿。{{minority/uyghur:吐逊古丽}}她自己也有四个孩子，从来没说过一个不字。
访谈者：您丈夫的病怎么样？
受访者：阿克苏医院的{{minority/uyghur:阿迪力·艾山}}大夫说，要等肾源，等到了可以换肾。他人好，每次透析都来看他。我丈夫说，等他好了，先带孩子们去{{trap/place:喀什}}玩一趟。
访谈者：孩子们知道爸爸的病吗？
受访者：知道。大儿子跟着去过医院，看见他爸胳膊上插着管子，回来一晚上没睡着。第二天他跟我说，妈妈，我长大了要当医生，把爸爸的病治好。女儿每天放学回来先问爸爸今天好不好。小女儿不懂，看见爸爸躺着就爬到他身上，让他讲故事。我丈夫再累也给她讲，讲着讲着自己先睡着了。
访谈者：亲戚们帮忙吗？
受访者：帮。他姐姐在阿克苏，透析的时候就住她家，她每次都给做好吃的。我弟弟在{{trap/place:乌什}}种苹果，秋天拉一车苹果来，让孩子们吃个够。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}我们做{{trap/minority_word:抓饭}}，孩子们去亲戚家拜年。我爸爸给孩子们讲{{trap/famous:阿凡提}}的故事，讲{{trap/famous:麻赫穆德·喀什噶里}}写大书，说咱们柯坪人也要念书。
访谈者：登记表要写住址和号码。
受访者：家在{{address:柯坪县盖孜力克镇阿恰勒村2组27号}}。丈夫透析的时候住在他姐姐家，{{address:阿克苏市新城街道团结小区9号楼3单元201室}}。我的身份证{{id_number@wy1988.652929}}，我丈夫的{{id_number@my1984fwspaced.652929}}。我的电话{{mobile@s38}}，{{minority/uyghur:古丽米热}}的电话{{mobile@fws}}，她的微信{{wechat:gulmire_kp88}}。大儿子的QQ是老师帮着申请的，说上网课要用，号码是{{qq:47260193}}。
访谈者：名字在表上都一样吗？
受访者：不一样。户口本上是{{minority/uyghur:帕丽达·阿不力孜}}，银行卡上成了{{minority/uyghur:帕丽达阿不力孜}}，没有点。学校的表上大女儿是{{minority/uyghur:图尔荪阿依吾斯曼}}，还有的写成{{spaced:图尔荪阿依 · 吾斯曼}}，点两边空着。小女儿成了{{spaced:努 尔 阿 米 娜}}，我丈夫写成了{{spaced:吾斯曼 托乎提}}，村里的儿童主任也被写成{{spaced:古丽米热 · 阿西木}}。
访谈者：您最大的愿望呢？
受访者：丈夫能换上肾，孩子们能念大学。{{minority/uyghur:帕丽达}}我不怕累，只怕孩子们念不成书。
""")

# H343: Han community worker in 商都 (乌兰察布) reading from her case file: a father in compulsory drug rehabilitation,
# an orphan with his uncle, a Mongolian family with a disabled father.
DOCS["H343"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：我们社区困境儿童的个案档案。我叫{{han:张丽君}}，在{{trap/place:商都县}}城关的社区干了九年，管民政、残联这一摊。我挑三个个案给你讲，名字、号码你照着档案记。
访谈者：好，请讲。
受访者：第一个个案，父亲{{han:赵俊峰}}，吸毒，{{trap/year:2024年}}被送去强制隔离戒毒，两年。母亲{{han:刘凤莲}}前年离家出走，到现在没有音信。两个孩子，哥哥{{han:赵思远}}十二岁，在{{school:商都县第三小学六年级（1）班}}；妹妹{{han:赵思雨}}七岁，在镇上的小学读一年级。孩子跟奶奶{{han:梁翠英}}过。档案上户主一栏写的是“{{han:梁翠英}}{{han:梁翠英}}”，是录系统的时候粘贴了两遍，我一直没顾上改。
访谈者：这家现在怎么样？
受访者：奶奶六十九，有糖尿病，{{trap/word:白天}}捡纸箱子卖钱。我们给两个孩子办了事实无人抚养，一人一个月{{trap/number:一千四百三}}，奶奶报了低保。{{trap/org:县禁毒办}}的{{han:李志宏}}也来过，说等孩子爸出来，帮他找个活干。{{han:赵思远}}他在学校跟人打架，说人家骂他爸是“粉鬼”，班主任{{han:王慧芳}}老师把他领到我这儿，我跟他谈了一下午。
访谈者：第二个个案？
受访者：第二个是孤儿，{{han:吴浩宇}}，十四岁。他爸{{han:吴来福}}前年冬天开三轮车去{{trap/place:化德}}拉货，路上滑翻了，人没了。他妈早几年得病走了。孩子现在跟他二叔{{han:吴来喜}}过，二叔在{{trap/place:张家口}}打零工，家里是二婶{{han:徐秀兰}}照看。{{han:吴来喜}}他们家本来就紧，三个孩子加上侄子，一个月孤儿基本生活费{{trap/number:一千六百五}}帮了大忙。孩子在{{school:商都县第一中学初二（5）班}}，成绩中上，想考{{trap/place:集宁}}的高中。
访谈者：第三个？
受访者：第三个是蒙古族的一家。父亲{{han:白建平}}，蒙古族，汉名，在工地上被电打了，截了一条胳膊，二级残疾。母亲{{minority/mongolian:阿如汗其其格}}在县医院做护工。女儿{{minority/mongolian:白萨仁图雅}}十岁，儿子{{minority/mongolian:伊和乌力吉}}六岁。{{minority/mongolian:阿如汗其其格}}她说，孩子爸受了伤脾气坏，孩子们见了他都躲。我们请{{trap/org:县残联}}给他做了康复，又让社工上门做家庭辅导。
访谈者：哪些人在做这些事？
受访者：我们社区书记{{han:孟长城}}，专职的儿童主任是{{han:柴晓燕}}姨，她五十多了，孩子们都跟她亲。县社工站派来的是{{compound:段干志明}}，还有{{compound:赫连佳慧}}，每个月两次上门，我的同事{{compound:乐正明远}}也常跟着去。法律援助中心给第一家请了律师，叫{{compound:司马若兰}}，帮着办了孩子的临时监护。派出所的所长亲自给孩子补办了户口。
访谈者：孩子们平时怎么过？
受访者：周末来社区的儿童之家，写作业、看书，我们给煮{{trap/word:莜面}}、炖{{trap/word:山药}}。过年社区搞联欢，孩子们唱{{trap/minority_word:二人台}}，{{minority/mongolian:白萨仁图雅}}唱了一首蒙古长调，底下的老人都拍手。我们还给他们讲{{trap/famous:穆桂英}}挂帅的故事，说女娃娃也能顶半边天。
访谈者：这些家庭怎么看你们？
受访者：一开始有的不欢迎，觉得我们是来查他们的。第一家的奶奶见了我就关门，说家里的事不要外人管。我去了五六趟，帮她把低保的表填好，把孩子的学费减免办下来，她才开了门。现在她见了我就拉着手说个没完，还非要给我装一袋自己晒的干菜。做这个工作，靠的就是一趟一趟地跑。有的家长不找我，打{{trap/hotline:12345}}反映，最后还是转到我手上。
访谈者：档案里的登记信息呢？
受访者：第一家在{{address:商都县七台镇富强小区3号楼1单元102室}}，第二家在{{address:商都县大拉子乡三盛泉村四组7号}}。奶奶{{han:梁翠英}}的身份证{{id_number@wold.150923}}，{{han:赵思远}}的{{id_number@my2013tri.150923}}，档案上是三个三个分开写的，{{minority/mongolian:白萨仁图雅}}的{{id_number@wy2015x.150923}}。{{han:吴来喜}}的电话{{mobile@plus86spaced}}，{{han:柴晓燕}}的{{mobile@spaced}}，她的微信号{{wechat:chaixiaoyan_sd}}。{{han:吴浩宇}}有QQ，他说有事就在QQ上找我，号码是{{qq:3059182746}}。
访谈者：档案里的名字写法统一吗？
受访者：不统一，有的是手写的。有的表上是{{spaced:梁 翠 英}}，有的写成{{spaced:赵　思　远}}，{{spaced:吴浩 宇}}中间空了一格，蒙古族的孩子写成了{{spaced:白 萨 仁 图 雅}}，社工写成{{spaced:段 干 志 明}}，还有{{spaced:阿如汗 其其格}}。
访谈者：您做这行最难的是什么？
受访者：最难是等。等孩子爸出来，等孩子妈回来，等孩子长大。我们能做的，是这几年别让孩子掉下去。
""")

# H344: Han mother in 漯河 (河南) whose husband left with debts, with two children and a bedridden mother-in-law.
DOCS["H344"] = ("family", """\
访谈者：您先说说家里的情况吧。
受访者：我叫{{han:侯艳霞}}，三十五岁，家在{{trap/place:漯河}}{{trap/place:郾城区}}。孩子他爸{{han:陈建伟}}赌钱欠了一屁股债，{{trap/year:二〇二三年}}过完年说去{{trap/place:广州}}打工，走了就再没回来，电话也打不通了。家里两个孩子，还有我婆婆。
访谈者：孩子们多大？
受访者：大的儿子{{han:陈一鸣}}十一岁，在{{school:郾城区实验小学五年级（4）班}}；小的闺女{{han:陈欣悦}}六岁，在家门口的幼儿园上大班。{{han:陈一鸣}}他知道他爸欠了钱，有人上门要债那回，他挡在他奶奶前面，说不许进。
访谈者：您婆婆身体怎么样？
受访者：婆婆{{han:曹秀兰}}前年中风，在医院里三天才{{trap/word:苏醒}}过来，半边身子不能动，天天躺在床上。我白天在{{trap/org:双汇}}的分割车间上班，中午骑电动车回来给她翻身、喂饭。我娘家妈{{han:任桂枝}}隔几天从{{trap/place:舞阳}}过来帮我两天。
访谈者：您丈夫走了以后，有人帮您吗？
受访者：社区的儿童主任{{han:苏晓梅}}，她跟我说，孩子爸下落不明，可以按事实无人抚养报，帮我去{{trap/place:沙澧河}}那边的派出所开了证明。{{han:苏晓梅}}她们跑了好几趟街道，现在两个孩子一人一个月有{{trap/number:一千零八十}}。街道民政所的{{han:韦建国}}说，等满了两年，还可以去法院申请宣告失踪。{{han:韦建国}}那边帮我婆婆也报了低保。
访谈者：那些债怎么办？
受访者：法律援助的律师叫{{compound:上官一帆}}，她跟我讲，赌债法律不保护，要债的再来就打{{trap/hotline:110}}。{{trap/org:区妇联}}的{{han:牛淑琴}}大姐也来过，给我介绍了心理咨询。{{han:牛淑琴}}说，你一个女人撑着一个家，要先把自己照顾好。厂里的车间主任{{han:郭长青}}知道了我家的事，把我调到白班，不用上夜班了。
访谈者：孩子们在学校怎么样？
受访者：{{han:陈一鸣}}成绩掉了，班主任{{han:雷红艳}}老师打电话说他上课发呆，作文写的是“我的爸爸去哪了”。学校请了心理老师{{han:葛文静}}跟他谈，现在好点了。闺女小，每天晚上问爸爸什么时候回来，我说爸爸在外地挣钱。{{han:陈欣悦}}也就不问了，抱着她的布娃娃睡。
访谈者：还有谁帮过你们？
受访者：隔壁的{{han:孙秀梅}}婶子，我上班的时候她过来看一眼婆婆。有什么急事，我就找{{han:苏晓梅}}。社区请来的社工{{compound:公冶思涵}}每个月来一次，有时候跟她搭档的{{compound:闻人雅琪}}也来，带两个孩子去{{trap/place:沙澧河}}边上放风筝。{{han:孙秀梅}}也是苦命人，男人在工地上摔死了，一个人把两个儿子拉扯大。她常说，日子再难，饭要吃，觉要睡。
访谈者：孩子他爸那边的亲戚呢？
受访者：他有个哥，{{han:陈建强}}，在{{trap/place:郑州}}开大车，每年给孩子们寄两千块钱。{{han:陈建强}}说，弟弟不争气，他替弟弟管孩子。过年的时候他带着嫂子回来，给孩子买新衣服，给婆婆买轮椅。
访谈者：您有没有想过离婚？
受访者：想过。可人找不到，离婚也得走程序。律师说要先登报公告，等上几个月。我现在不想这些了，先把两个孩子拉扯大，把婆婆伺候好。婆婆拉着我的手说，闺女，是我们家对不住你。我说妈，咱不说这个，你好好吃饭。
访谈者：您平时有什么消遣吗？
受访者：哪有空消遣。星期天带孩子去{{trap/place:许慎文化园}}转转，那儿不要钱。儿子问{{trap/famous:许慎}}是谁，我说是写字典的，认字最多的人，你也要多认字。早上喝一碗{{trap/word:胡辣汤}}，就算享受了。
访谈者：登记表要写地址和号码。
受访者：家在{{address:郾城区沙北街道黄河路嵩山小区5号楼2单元401室}}，我娘家在{{address:舞阳县北舞渡镇任湾村三组11号}}。我的身份证{{id_number@wy1989spaced.411103}}，{{han:陈一鸣}}的{{id_number@my2014fwhyphen.411103}}。我的电话{{mobile@p86h}}，{{han:苏晓梅}}的{{mobile@plus86}}，她的微信{{wechat:suxiaomei_ycq}}，我的微信{{wechat:houyanxia_lh0508}}。{{han:陈一鸣}}用我的旧手机上QQ，号码是{{qq:2081647359}}。
访谈者：表上的名字写得对吗？
受访者：有错的。学校的表上把我写成{{spaced:侯 艳 霞}}，婆婆写成{{spaced:曹　秀　兰}}，律师的名字写成{{spaced:上 官 一 帆}}，还有把孩子写成{{spaced:陈欣 悦}}的。
访谈者：您最大的心愿是什么？
受访者：孩子们平平安安长大，婆婆少受点罪。孩子他爸要是哪天回来，我也不拦着他看孩子，可这个家他得先还上。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=337,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
