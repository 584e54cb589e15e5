# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 101 (tests/pii/holdout101/H793-H800 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 100, written at the same time by another
writer, is not an earlier set).

Set 101 is about children in distress (困境儿童) and the help they get, in eight new voices, all of them in 吉安
(Jiangxi): a Mongolian mother from 额济纳旗 married into a family in 吉安县, her husband paralysed by a stroke; an Amdo
Tibetan father from 若尔盖 who works in an electronics plant in 吉安 while his two children, their mother dead of
hydatid disease, live with their grandparents; a Hui grandmother in 吉州区, her family Hui from 南昌, raising the two
children of her son, dead of liver cancer; a Uyghur father from 鄯善 who runs a restaurant in 井冈山, his wife on
dialysis, raising his dead brother's son with his own two children; a Hakka grandmother in 遂川 raising the three
children of her son, who is in prison, their mother gone; a Han middle-school homeroom teacher in 永新 going through
the five children in distress of her class and how she reaches their families on WeChat and QQ; a Han township
social worker in 泰和 reading from her register; and a Han father in 万安 who lost a leg in a quarry. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names with a
short form after the full name (那木汗其其格 then 那木汗), a Han surname before a Mongolian given name (肖那木汗) and
the Han forms of the same people (苏高娃, 肖雨涵, 肖宇航); Amdo Tibetan names (俄色多杰, 贡保俄色 then 贡保, 措吉草,
仁青东主, 曼巴加) beside the Han names of Tibetans (杨东周, 杨帆远, 杨金草); Han-form Hui names (金秀珍, 沙德海,
哈福彦) beside 经名 alone (鲁盖燕, 塔立哈, 祖拜达, 萨米尔) and after a Han surname (沙祖拜达, 米萨菲娅, 金穆阿兹,
白穆阿兹); Uyghur given name + father's name with and without the dot (艾孜提艾力·沙吾提, 艾孜提艾力沙吾提,
伊尔潘·克然木, 伊尔潘克然木) and short forms (艾孜提艾力, 伊尔潘, 阿布都瓦伊提, 夏依达); Hakka nicknames annotated
whole (大妹, 春牯, 满妹) and word nicknames (豆苗, 皮蛋, 麻杆, 黑皮); a surname with only a title or kin word,
annotated whole (杨师傅, 温大夫, 老廖, 康婶, 老帅, 帅婶, 严支书, 匡支书, 小萧, 张老板); Han names with the surnames
of the region (肖, 彭, 邹, 罗, 温, 帅, 钟, 郭, 巫, 贺, 龙, 左, 颜, 旷, 匡, 禹, 萧, 康, 蔡) with titles and kin words,
names that contain words (罗长远, 彭秋生, 左向东, 萧春来, 罗金山, 曾福来), names directly before particles and verbs
and after 叫/是/给/跟/找/让; names spaced out, dotted names with spaces around the dot and names split in two;
compound surnames after ordinary words (欧阳, 上官, 司马, 令狐, 拓跋, 宇文, 皇甫, 闾丘, 乐正, 慕容, 赫连, 长孙, 尉迟,
巫马, 诸葛); and numbers written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:肖冬根}}``, ``{{qq:1793064825}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1986spaced.152923}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐, 婶)
and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 他, 她, 他们家, 那边) are outside
the span. A surname with only a title or kin word and no given name (温大夫, 老廖, 康婶, 小萧) is annotated whole, as
are nicknames (大妹, 春牯, 豆苗, 麻杆). Han-style names of Mongolian, Tibetan and Hui people (苏高娃, 杨东周,
金秀珍) are category han; a Han surname before a non-Han given name (肖那木汗, 沙祖拜达, 米萨菲娅) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout101/make_holdout101.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(101_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["135", "136", "139", "152", "159", "177", "180", "182", "187", "191", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H793: Mongolian mother from 额济纳旗 married into 吉安县; her husband paralysed by a stroke.
DOCS["H793"] = ("family", """\
访谈者：您好，先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:索伦高娃}}，老家在{{trap/place:额济纳旗}}，{{trap/place:达来呼布镇}}往北一百多里的嘎查。嫁到{{trap/place:吉安县}}十四年了，这边人念不顺蒙古名字，街坊都喊我{{han:苏高娃}}，后来户口本上也登了这个。我男人叫{{han:肖冬根}}，那年他跟工程队去我们那儿修路，就认识了。
访谈者：家里现在几口人？
受访者：五口。婆婆{{han:肖桂香}}七十三了，两个孩子，还有一个躺在床上的。{{han:肖冬根}}前年在砖厂中风，左半边瘫了，话也说不利索。大的是闺女，叫{{minority/mongolian:那木汗其其格}}，十三岁，学名{{han:肖雨涵}}；小的是儿子{{minority/mongolian:乌力吉达来}}，九岁，学名{{han:肖宇航}}。蒙古名字是我阿爸{{minority/mongolian:策登嘎拉桑}}取的，他说孩子走多远都得记得自己是蒙古人。
访谈者：孩子们平时怎么称呼？
受访者：家里喊闺女{{minority/mongolian:那木汗}}，学校里叫{{han:肖雨涵}}，点名册上有一回打成了{{minority/mongolian:肖那木汗}}，她倒挺高兴。{{minority/mongolian:那木汗}}也懂事，放学回来先给她爸擦身子，再写作业。儿子小，跟奶奶亲，奶奶喊他{{han:航崽}}。
访谈者：您男人病了以后，家里靠什么过？
受访者：我在镇上一家电子厂上班，一个月三千出头。村里的儿童主任{{han:邹春燕}}上门来了三回，把两个孩子报成困境儿童，每人每月{{trap/number:六百八}}。村里的{{han:彭秋生}}书记帮着报了低保，{{trap/org:县民政局}}的{{han:罗长远}}来核过两次。{{han:罗长远}}他做事细，连我们家养了几只鸡都记在本子上。{{trap/org:县残联}}给我男人办了残疾证，又送来一张轮椅。
访谈者：还有别人帮忙吗？
受访者：镇社工站的社工{{compound:欧阳雪晴}}每个月来一趟，给{{minority/mongolian:那木汗}}做心理辅导，孩子她爸刚倒下那阵，她半夜蒙着被子哭。跟她一起来的还有{{compound:拓跋雨萱}}，是个实习生，教我儿子折纸飞机。邻居{{han:老廖}}家有辆三轮车，我男人每回去县医院复查都是{{han:老廖}}送，一分钱不要。乡卫生院的{{han:温大夫}}每个礼拜上门量一次血压。
访谈者：您一个人又上班又照顾病人，一天怎么安排？
受访者：早上五点起来，先给我男人翻身、喂药、擦洗，再煮一锅稀饭。六点半送儿子到村口坐校车，七点半进厂，晚上六点多到家。婆婆白天守着他，可她力气小，翻不动身，我男人背上长过两回褥疮。厂里的线长知道我家的情况，让我上长白班，不排夜班。最累的是农忙，家里还有两亩田，插秧割稻都得请人，一季下来工钱就去了一大半。有时候夜里坐在床边想，要是还在额济纳，至少有阿爸和弟弟搭把手。可这边也是家，孩子们生在这里，说的是吉安话，吃的是辣椒炒肉。
访谈者：孩子们上学怎么样？
受访者：闺女在{{school:吉安县敦厚中学初一（5）班}}，班主任{{han:刘秀兰}}老师说她作文写得好，写过一篇《阿妈的戈壁》。儿子在{{school:敦厚镇中心小学三年级（2）班}}，他们老师姓温，跟{{han:温大夫}}是一家。{{han:温老师}}说儿子上课爱走神，我知道他是惦记他爸。
访谈者：老家那边还有亲人吗？
受访者：我阿妈{{minority/mongolian:浩日瓦其其格}}前年走了，阿爸一个人守着骆驼。弟弟{{minority/mongolian:达来苏荣}}和弟媳{{minority/mongolian:格日乐图雅}}每年秋天给我们寄驼奶粉和牛肉干。去年暑假我带两个孩子回了一趟，{{minority/mongolian:达来苏荣}}他开着皮卡带孩子们去{{trap/place:居延海}}看天鹅，去胡杨林里拍照。嘎查达{{minority/mongolian:孟和达赉}}还专门宰了一只羊。{{minority/mongolian:乌力吉达来}}头回骑骆驼，吓得直喊{{trap/minority_word:额吉}}。
访谈者：孩子们知道自己是蒙古族吗？
受访者：知道。我给他们讲{{trap/famous:渥巴锡}}带着{{trap/minority_word:土尔扈特}}人东归的故事，讲{{trap/minority_word:那达慕}}上的赛骆驼。闺女说长大了要回额济纳当老师。这边过年吃米粉、打麻糍，我们那边过{{trap/minority_word:查干萨日}}吃手把肉，两个孩子两样都喜欢。
访谈者：登记表上要填地址、证件号和电话。
受访者：家在{{address:吉安县敦厚镇梅塘村三组21号}}。我身份证是{{id_number@wy1986spaced.152923}}，闺女的{{id_number@wy2012.360821}}。我电话{{mobile@hyphen}}，我男人那个老手机号是{{mobile@plain}}，现在他不大会接了。我微信{{wechat:solongo_gaowa86}}。闺女有个QQ，说是跟额济纳的表妹聊天用的，号码她抄在我本子上：{{qq:1793064825}}。
访谈者：表上名字写得对吗？
受访者：常出错。残联的表上我是{{spaced:索 伦 高 娃}}，低保名册把闺女写成{{spaced:那木汗 其其格}}，儿子写成{{spaced:乌　力　吉　达　来}}，我男人写成{{spaced:肖　冬　根}}。每回改都得跑两趟。
访谈者：您最盼什么？
受访者：盼我男人能自己站起来，盼两个孩子读出书来。{{trap/year:二〇二三年}}冬天我想带全家回一趟额济纳，让我阿爸看看外孙。他八十了，电话里老说想听孩子们用蒙古话叫他一声阿爷。我现在每天晚上教他们几句，闺女学得快，儿子只会数到十。
""")

# H794: Amdo Tibetan father from 若尔盖 in a 吉安 electronics plant; his children with their grandparents.
DOCS["H794"] = ("family", """\
访谈者：您好，听说您是从四川过来的？
受访者：是，{{trap/place:若尔盖}}人，家在{{trap/place:唐克镇}}，黄河九曲第一湾边上。我叫{{minority/tibetan:俄色多杰}}，到{{trap/place:吉安}}打工五年了，在井开区一家电子厂插线路板。厂里人叫不惯，工牌上写的是我的汉名{{han:杨东周}}，线上的人喊我{{han:杨师傅}}。
访谈者：家里的情况能说说吗？
受访者：我老婆{{minority/tibetan:然毛吉}}前年得包虫病走了，肝上长了好几个囊，送到{{trap/place:成都}}也没救回来。两个娃娃留在若尔盖，跟他们阿爷阿奶过。儿子{{minority/tibetan:贡保俄色}}十二岁，学校里登的汉名是{{han:杨帆远}}；女儿{{minority/tibetan:措吉草}}九岁，汉名{{han:杨金草}}。我一年只回去一趟，{{trap/minority_word:洛萨}}的时候，请半个月假。
访谈者：您怎么会想到来江西打工？
受访者：老婆看病花了十几万，一半是借的，家里那点牧场收入还不上。同村一个小伙子先来的这个厂，说管吃管住，一个月能拿五千多。我想着干两年把账还上就回去。刚来的时候不习惯，天热，饭菜太辣，车间里一站十个小时，眼睛盯着板子看花了。现在习惯了，债也还了一大半。每个月发了工资，留八百自己花，剩下的都打回去，给阿爷买药，给娃娃交伙食费。
访谈者：孩子们的爷爷奶奶身体怎么样？
受访者：阿爷{{minority/tibetan:仁青东主}}六十八了，腿有风湿，还放着三十头{{trap/minority_word:牦牛}}。阿奶{{minority/tibetan:周吉草}}眼睛有白内障，做饭全靠摸。{{minority/tibetan:贡保}}他放学回来就去帮阿爷赶牛，有时候作业都忘了写。女儿跟阿奶睡一个炕，半夜阿奶咳嗽，她就起来倒水。冬天草原上零下三十度，牛粪饼要提前一个月捡好晒干，两个娃娃放了学就背着筐去捡。阿爷说，这两个娃娃比他们阿爸小时候还能干。
访谈者：您在这边怎么跟孩子联系？
受访者：每天晚上下了班打视频。娃娃们没有手机，用的是村里儿童主任{{minority/tibetan:曼巴加}}的手机，他把手机拿到我家，等我们说完再拿回去。他人实在，孩子的困境儿童补贴、低保都是他帮着报的，一个月两个娃娃加起来{{trap/number:一千一百六}}。乡上的民政干部{{han:龚晓琳}}是汉族，每回下乡都给女儿带几本书。
访谈者：学校那边呢？
受访者：儿子在{{school:若尔盖县唐克镇中心校五年级（3）班}}，班主任{{minority/tibetan:完德措}}老师，她给我打过好几次电话，说{{minority/tibetan:贡保}}数学好，就是想妈妈，上课发呆。女儿在{{school:唐克镇寄宿制小学二年级（1）班}}，住校，周五阿爷骑摩托去接。县上的社工{{compound:上官志成}}去家里看过，说要给女儿做个关爱档案。
访谈者：厂里的人对您怎么样？
受访者：好的多。车间主任{{han:曾国梁}}知道我家的事，过年给我排长一点的假。财务{{han:胡会计}}帮我把工资卡改成能直接往若尔盖转钱的。工友{{han:赖小军}}也是外地人，两个人合租一间房，他做菜我洗碗。同一条线上还有两个藏族老乡，{{minority/tibetan:尕让加}}和{{minority/tibetan:公保扎西}}，{{minority/tibetan:尕让加}}是{{trap/place:红原}}的，{{minority/tibetan:公保扎西}}是{{trap/place:阿坝县}}的。我们三个周末凑一起煮酥油茶，喝了就不那么想家。同事{{compound:令狐婷婷}}是本地姑娘，帮我在网上给女儿买过棉鞋。
访谈者：孩子们有什么特别需要的吗？
受访者：女儿冬天手脚生冻疮，县医院的藏医{{minority/tibetan:卓科加}}给配了药膏。儿子想要一个篮球，说学校的球漏气了。还有一件，阿奶说儿子晚上说梦话，喊他阿妈的名字。{{trap/minority_word:煨桑}}的时候，阿奶带着两个娃娃去寺里给他阿妈点灯。
访谈者：您自己打算一直在吉安干吗？
受访者：再干两年，攒够钱回去，在县城开个小修理铺，离娃娃近一点。我在厂里学会了修手机、修电路板，牧区里会修这些的人少，应该有饭吃。娃娃们也说，阿爸回来就不走了吧。我常跟儿子讲{{trap/famous:格萨尔王}}的故事，说男子汉要扛事。
访谈者：登记表需要地址和电话。
受访者：老家是{{address:若尔盖县唐克镇索格藏寺村二组15号}}，这边住厂里宿舍，{{address:井开区深圳大道8号员工宿舍6栋412室}}。我的身份证{{id_number@my1988hyphen.513232}}。我电话{{mobile@spaced}}，{{minority/tibetan:曼巴加}}的电话{{mobile@s434}}。我的微信号{{wechat:oser_dorje_rg}}。儿子用过一个QQ，是儿童主任帮他申请的，号码在手机备忘录里，{{qq:2630518947}}。
访谈者：孩子们的名字在表上写得一致吗？
受访者：不一致。补贴名册上我是{{spaced:俄 色 多 杰}}，儿子一会儿写成{{spaced:贡保 俄色}}，一会儿又是{{han:杨帆远}}，女儿写成{{spaced:措吉 草}}。对不上的时候，{{minority/tibetan:曼巴加}}就拿户口本去乡上一页页对。
""")

# H795: Hui grandmother in 吉州区, family Hui from 南昌; her son dead of liver cancer.
DOCS["H795"] = ("family", """\
访谈者：奶奶，您家是本地人吗？
受访者：不是，我们是{{trap/place:南昌}}的回民，老辈人在{{trap/place:南昌}}{{trap/place:洗马池}}那一片住了好几代。我叫{{han:金秀珍}}，经名{{minority/hui:鲁盖燕}}，六十九了。老伴{{han:沙宝华}}八十年代调到{{trap/place:吉安}}的运输公司，我们就在{{trap/place:吉州区}}落了脚。他走了七年了。
访谈者：现在家里有谁？
受访者：我带着两个孙辈。儿子{{han:沙德海}}，经名{{minority/hui:塔立哈}}，前年肝癌没了，才四十一。儿媳{{han:黄丽娟}}是汉族，丧事办完第二年就去{{trap/place:温州}}打工，后来电话也少了。孙女{{han:沙雨萱}}十四岁，经名{{minority/hui:祖拜达}}；孙子{{han:沙浩然}}十岁，经名{{minority/hui:萨米尔}}。在家我们喊经名，{{minority/hui:祖拜达}}她在学校不爱让人知道，怕同学问东问西。
访谈者：您儿子生病那段时间是怎么过来的？
受访者：查出来就是晚期了。先在吉安住，后来转到南昌，又去了一趟上海，钱花光了，人也没留住。那一年我天天在医院和家之间跑，两个孩子早上自己热饭吃，晚上孙女带着弟弟写作业。孙子那时候才八岁，有一回发烧到三十九度，孙女一个人背着他去的诊所。我回来看见，心都碎了。儿子走之前跟我说，妈，两个孩子你多操心，别让他们断了学。
访谈者：孩子们生活靠什么？
受访者：社区的{{han:曾主任}}帮我们报了困境儿童，两个孩子每月各{{trap/number:七百二}}，我自己有一点退休金。儿子看病欠了四万多，是我弟弟{{minority/hui:金穆阿兹}}和我妹妹{{minority/hui:米萨菲娅}}凑着帮还的。{{minority/hui:米萨菲娅}}她男人{{han:米玉华}}在{{trap/place:南昌}}开牛肉粉店，寒暑假孩子们就去他店里帮忙端碗。
访谈者：社区和学校那边怎么帮的？
受访者：社区的儿童主任是{{han:康婶}}，退休的小学老师，一个礼拜来看一次，问孩子吃得好不好。{{han:康婶}}还教{{minority/hui:萨米尔}}写毛笔字。区里的社工{{compound:宇文思彤}}给孙女做过几回辅导，孙女跟她说得上话，比跟我说得多。孙女在{{school:吉安市第八中学初二（4）班}}，班主任{{han:易老师}}知道我们回民不吃猪肉，跟食堂打了招呼，给她单打一份菜。孙子在{{school:习溪桥小学四年级（6）班}}，他们班的{{han:万晓峰}}老师常把他留下来补数学。
访谈者：宗教上的事怎么过？
受访者：吉安没有大寺，过{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}我们就坐大巴回南昌，去{{trap/org:南昌清真寺}}礼拜。寺里的{{han:哈福彦}}阿訇是看着我儿子长大的，{{minority/hui:塔立哈}}走的时候，是他带人来吉安给洗的、念的{{trap/minority_word:讨白}}。寺管会的{{han:丁志诚}}每年{{trap/minority_word:斋月}}都托人给孩子们捎{{trap/minority_word:油香}}和馓子，说是坊上的{{trap/minority_word:乜贴}}。
访谈者：邻居里有回民吗？
受访者：有两家。楼下{{minority/hui:白穆阿兹}}是开牛肉店的，一个礼拜给我们送两回牛肉，死活不收钱。他老婆{{han:白桂兰}}跟我一起学经，她的经名叫{{minority/hui:萨乌黛}}。隔壁单元还有个小姑娘{{minority/hui:麦蒙娜}}，跟孙女一个年级，两个人天天一起上学。孩子们吃得讲究，外面的早点不能随便买，我每天早上五点半起来给他们下牛肉面、烙饼，中午学校食堂那一份清真菜是校长特批的。
访谈者：孩子们怎么看他们爸爸的事？
受访者：孙女懂事早，她爸住院那半年，是她每天放学去医院送饭。现在她说要学医，将来治肝病。孙子小，有一回问我，爸爸是不是去{{trap/place:麦加}}了。我说是，去了好地方。我常给他们讲{{trap/famous:郑和}}七下西洋，他也是回回，说做人要有志气。
访谈者：您身体还扛得住吗？
受访者：血压高，腰也不好。最怕的是我哪天走了，两个孩子怎么办。社区{{han:曾主任}}说到时候可以申请事实无人抚养，我心里才踏实一点。我现在每天早上走半个钟头去公园，医生说多走走，血压能降下来。为了这两个孩子，我得多活几年，至少看着孙女考上大学。
访谈者：登记表上要填住址、证件和电话。
受访者：住{{address:吉州区习溪桥街道井冈山大道阳明小区5栋2单元302室}}，南昌老房子在{{address:东湖区洗马池清真巷17号}}，现在租出去了。我身份证{{id_number@wy1956quad.360102}}。电话{{mobile@plus86}}。孙女的QQ是{{qq:3105729864}}，她说班主任让家长都加群，我不会弄，她就用她的。我的微信是{{minority/hui:米萨菲娅}}帮我弄的，叫{{wechat:lugaiyan_1956}}。
访谈者：表上的名字写得对吗？
受访者：老出错。经名是音译，各人写各的。孙女在寺里的登记本上是{{minority/hui:沙祖拜达}}，打印出来成了{{spaced:沙 祖 拜 达}}，我的经名写成{{spaced:鲁盖 燕}}，我自己的名字在社区花名册上是{{spaced:金　秀　珍}}。{{han:康婶}}一个一个帮我改过来的。
""")

# H796: Uyghur father from 鄯善 with a restaurant in 井冈山; wife on dialysis, his dead brother's son.
DOCS["H796"] = ("family", """\
访谈者：老板，您这馆子开了几年了？
受访者：六年了。我叫{{minority/uyghur:艾孜提艾力·沙吾提}}，从{{trap/place:鄯善}}来的，家在{{trap/place:鲁克沁镇}}。来{{trap/place:井冈山}}是跟着一个老乡来的，他后来回去了，我就把店盘下来，卖{{trap/minority_word:大盘鸡}}、{{trap/minority_word:拉条子}}、烤肉。旅游旺季生意还行，冬天没什么人。这边客人记不住我名字，都叫我新疆老板，熟了的就叫{{minority/uyghur:艾孜提艾力}}。
访谈者：家里几口人？
受访者：六口。我老婆{{minority/uyghur:祖力亚提·开赛尔}}，前年查出尿毒症，一个礼拜去市里透析三次，店里的活干不了了。我们有两个孩子：儿子{{minority/uyghur:阿布都瓦伊提·艾孜提艾力}}，十二岁；女儿{{minority/uyghur:夏依达·艾孜提艾力}}，八岁。还有我哥哥的儿子{{minority/uyghur:伊尔潘·克然木}}，十四岁。
访谈者：您哥哥的孩子怎么会跟着您？
受访者：我哥{{minority/uyghur:克然木·沙吾提}}前年在{{trap/place:吐鲁番}}跑运输，车翻在{{trap/place:火焰山}}那段路上，人当场就没了。嫂子后来改嫁到{{trap/place:托克逊}}，孩子没人管。我爸{{minority/uyghur:沙吾提·依米提}}七十多了，管不住一个半大小子，我就把{{minority/uyghur:伊尔潘}}接过来了。{{minority/uyghur:伊尔潘}}他刚来那年一句汉话都说不利索，现在跟本地孩子一样说“要得”。
访谈者：孩子们的补助办下来了吗？
受访者：办了。{{minority/uyghur:伊尔潘}}按孤儿报的，是{{trap/place:鄯善县}}民政局给的孤儿基本生活费，一个月{{trap/number:一千六百九}}。我们家是在这边报的低保，街道的{{han:段主任}}帮着跑的。她说外地户口难办，跑了好几趟{{trap/org:市民政局}}才弄下来。派出所的{{han:谢所长}}帮我们把居住证办了，说这样孩子上学不用交借读费。
访谈者：孩子们在学校怎么样？
受访者：儿子和侄子都在{{school:井冈山中学初一（3）班}}和{{school:井冈山中学初二（7）班}}，侄子高一级。女儿在{{school:茨坪小学二年级（4）班}}，班主任{{han:温丽萍}}老师对她好，教她唱《映山红》。{{minority/uyghur:阿布都瓦伊提}}他数学好，可作文老写不通，他们语文老师{{compound:皇甫晓彤}}周末免费给他补。{{minority/uyghur:夏依达}}也爱跳舞，学校联欢会上跳过一段{{trap/minority_word:赛乃姆}}。
访谈者：店里谁帮您？
受访者：一个厨师{{minority/uyghur:比拉勒江}}，也是{{trap/place:鄯善}}的，和面拉面都是他。房东{{han:帅长根}}是本地人，知道我们家的事，今年房租少收了三千。{{han:老帅}}他说，老婆生病的人家，不能往死里逼。他老婆{{han:帅婶}}常来店里帮我择菜、看孩子。隔壁卖竹笋干的{{han:邱文华}}，下雨天帮我把桌椅收进来。孩子们放学要是我不在，就去找{{han:老帅}}，他家一直给留着门。
访谈者：您一天是怎么过的？
受访者：早上六点起来和面、炖肉，七点送女儿上学，回来准备中午的客人。下午两点以后空一点，要是赶上透析的日子，我就开车送老婆去市里，{{minority/uyghur:比拉勒江}}一个人看店。晚上九点关门，收拾完十点多，再看孩子们的作业。旺季的时候一天能卖一百多份拉面，淡季一天二三十份，房租水电一扣就剩不了多少。山上冬天冷，游客少，我就接一些单位食堂的外卖，给附近工地送饭。
访谈者：您爱人治病怎么样？
受访者：透析是医保报的，自己一个月还要出一千多。市医院肾内科的{{han:邓美玲}}大夫说等着配型换肾。医院社工{{compound:闾丘若楠}}帮我们申请过一次大病救助，下来两万。我老婆说，要是换不上，就让孩子们回新疆跟我爸过，我不同意。
访谈者：孩子们想家吗？
受访者：想。{{trap/minority_word:肉孜节}}我关一天店，带他们去南昌找老乡过节。我爸在电话里老问孙子会不会念经，我说会。我给他们讲{{trap/famous:阿凡提}}的故事，儿子能学着讲给同学听。
访谈者：登记要填地址和号码。
受访者：店和家在一起，{{address:井冈山市茨坪镇红军北路天街巷9号}}。我身份证{{id_number@my1984fwspaced.650421}}，{{minority/uyghur:伊尔潘}}的{{id_number@my2011hyphenx.650421}}。我电话{{mobile@plus86spaced}}，老婆的{{mobile@fws}}。店里的微信收款号是{{wechat:ezizaili_jgs66}}。儿子用QQ跟新疆的堂哥聊天，号{{qq:2071583946}}。
访谈者：表上名字都对吗？
受访者：哪里对得上。营业执照上是{{minority/uyghur:艾孜提艾力沙吾提}}，没有点；学校名册上侄子是{{minority/uyghur:伊尔潘克然木}}，低保表上又写成{{spaced:伊 尔 潘 · 克 然 木}}，我的写成{{spaced:艾孜提艾力 · 沙吾提}}，老婆的写成{{spaced:祖力亚提 · 开赛尔}}，女儿写成{{spaced:夏 依 达}}。{{han:段主任}}说名字不一样系统就卡住，每回都得开证明。
访谈者：您最担心什么？
受访者：怕老婆等不到肾，怕我一个人撑不住三个孩子。可孩子们都乖，儿子放学来店里洗碗，侄子帮着算账。
""")

# H797: Hakka grandmother in 遂川 raising the three children of her son, who is in prison.
DOCS["H797"] = ("family", """\
访谈者：阿婆，您慢慢说，说客家话也行，我听得懂一些。
受访者：好，我尽量讲普通话。我叫{{han:钟来娣}}，六十六岁，{{trap/place:遂川}}{{trap/place:大汾镇}}人，一辈子没出过县。老伴{{han:郭福生}}前些年上山砍竹子摔死了。我有一个儿子一个女儿，女儿{{han:郭秋莲}}嫁到{{trap/place:赣州}}，儿子{{han:郭永发}}，现在在里面。
访谈者：在里面是指……
受访者：坐牢。他在{{trap/place:东莞}}打工，被人拉去帮诈骗的人取钱，判了六年，还有四年。儿媳{{han:巫丽琴}}等了一年，后来说要去厂里打工，就再没回来过。三个孙子孙女都留给我了。
访谈者：孩子们多大？
受访者：大的是孙女{{han:郭思琪}}，十二岁，我们叫她{{han:大妹}}。老二是孙子{{han:郭俊豪}}，九岁，春天生的，小名{{han:春牯}}。最小的{{han:郭思雨}}五岁，是{{han:满妹}}，满就是最小的意思。{{han:春牯}}他最调皮，上个月爬树掏鸟窝，把腿划了一大道口子；{{han:满妹}}就黏我，晚上一定要摸着我的耳朵才睡。
访谈者：孩子们知道爸爸的事吗？
受访者：{{han:大妹}}知道，她大了，瞒不住。村里有人嚼舌头，她回来哭，我就跟她讲，你爸是糊涂，不是坏。{{han:大妹}}她现在每个月给她爸写一封信，写完让我看，我不识字，她就念给我听。{{han:春牯}}和{{han:满妹}}还以为爸爸在外面打工。
访谈者：家里靠什么过日子？
受访者：我种了一亩多地，还有几十棵{{trap/word:金桔}}，秋天摘了去镇上卖。三个孩子报了事实无人抚养，每人每月{{trap/number:一千二百九}}，是村里的儿童主任{{han:温春梅}}帮着弄的。{{han:温春梅}}她男人是村会计，两口子都热心。村支书姓严，{{han:严支书}}说我们家是村里头一户报上去的。镇{{trap/org:司法所}}的{{han:肖所长}}也来过，说像我们这样服刑人员的孩子，还有一个专门的帮扶项目。
访谈者：孩子们上学呢？
受访者：{{han:大妹}}在{{school:遂川县大汾中学初一（2）班}}住校，礼拜五回来。{{han:春牯}}在镇小读三年级，老师{{han:叶丽华}}说他聪明，就是坐不住。县里一个叫{{compound:乐正可馨}}的大学生志愿者每年暑假来村里办夏令营，带孩子们画画、唱客家山歌，三个孩子都盼着。
访谈者：亲戚们帮得上吗？
受访者：女儿一个月给我寄五百。她男人{{han:曾祥林}}在赣州开货车，过年来一趟，给孩子们买新衣服。隔壁的{{han:巫桂英}}大姐是我儿媳的堂姐，她也不好意思，常送菜过来。村里人见了我喊{{han:钟婶}}，有事都肯搭把手。
访谈者：您一个人带三个孩子，一天怎么忙过来？
受访者：天不亮就起来，烧火煮饭，喂猪喂鸡。送小的去村里幼儿园，再上山看看桔子树，中午回来给小的做饭。下午去菜地，傍晚孙子放学回来，我就让{{han:春牯}}看着妹妹，我去挑水。我们村在山坳里，自来水去年才通，以前都是去井里挑。晚上三个孩子洗完澡，我还要把他们的衣服洗了，晾在灶边，第二天才干得了。累是累，可看着他们一天天长高，心里又高兴。
访谈者：您去监狱看过儿子吗？
受访者：去过两回，在{{trap/place:南昌}}。女儿带我去的，坐了一天的车。隔着玻璃说话，他一直哭，说对不起孩子。我说你在里面好好改造，早点出来，孩子们等着你。回来的路上我一句话都没说，女儿说我像老了十岁。
访谈者：您身体怎么样？
受访者：腰不好，一到下雨天就疼。乡卫生院的{{han:彭丽君}}医生给我开膏药，还教孙女怎么给我贴。我就怕自己倒下了，三个孩子没人管。我跟孙女说，你爸回来之前，奶奶一定撑着。
访谈者：逢年过节怎么过？
受访者：过年杀一只鸡，做{{trap/word:板鸭}}，炒{{trap/word:狗牯脑}}茶给亲戚喝。我给孩子们讲{{trap/famous:解缙}}小时候对对子的故事，说人穷志不能短。村里人都叫外人{{trap/word:老表}}，客气得很。过年那几天最难熬，别人家团团圆圆，我们家少了两个大人。孩子们不说，可年夜饭桌上，{{han:满妹}}会问，爸爸那里有没有饺子吃。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:遂川县大汾镇洛阳村六组18号}}。我身份证{{id_number@wy1959hyphen.360827}}，孙女的{{id_number@wy2013tri.360827}}。我没手机，儿童主任说留她的，{{mobile@s38}}。女儿的微信是{{wechat:qiulian_gz0715}}，她说有事给她发。{{han:大妹}}用她姑的旧手机上QQ，号码记在我的日历背面，她说是{{qq:1627390485}}。
访谈者：登记表上的名字对吗？
受访者：有错的。学校把{{han:满妹}}的大名写成{{spaced:郭 思 雨}}，我的写成{{spaced:钟来 娣}}，孙子写成{{spaced:郭　俊　豪}}。{{han:温春梅}}说不要紧，她去改。
""")

# H798: Han middle-school homeroom teacher in 永新; pupils and parents on WeChat and QQ.
DOCS["H798"] = ("staff", """\
访谈者：{{han:尹老师}}，您带这个班多久了？
受访者：从初一带上来的，两年了。我叫{{han:尹春华}}，在{{school:永新县禾川中学初二（5）班}}当班主任，教语文。全班四十六个人，登记在册的困境儿童有五个，留守的就更多了，差不多一半。
访谈者：能说说这五个孩子吗？
受访者：头一个是{{han:贺思敏}}，女孩，爸爸{{han:贺冬生}}前年在{{trap/place:萍乡}}的煤矿出事没了，妈妈早几年就病故了，现在跟奶奶过。{{han:贺思敏}}她成绩在班上前五，就是太安静，下课也不出教室。平时管她的是她叔叔{{han:贺明亮}}，在县城送快递。家长会都是{{han:贺明亮}}来，我有事就在微信上找他，他的微信号{{wechat:heml_kuaidi77}}。
访谈者：第二个呢？
受访者：第二个是{{han:龙俊熙}}，男孩，爸爸有精神病，时好时坏，妈妈跑了。{{han:龙俊熙}}他有段时间逃学去网吧，我和他姑姑{{han:龙春香}}在网吧门口守了两晚上才把他找回来。现在好些了，还当了体育委员。他姑姑不会用微信，只用QQ，她的号是{{qq:1528760394}}，我有事就在QQ上留言，她晚上收了摊再回。
访谈者：其他几个呢？
受访者：{{han:左家宝}}是留守的，爸爸{{han:左向东}}、妈妈{{han:段晓雯}}在{{trap/place:深圳}}电子厂，爷爷带着。爷爷去年中风了，反过来是{{han:左家宝}}照顾爷爷。开家长会都是他爸妈在微信上视频，{{han:左向东}}的微信是{{wechat:zxd_shenzhen1983}}，他妈的手机号{{mobile@h38}}。{{han:颜梓涵}}的妈妈去年乳腺癌走了，爸爸{{han:颜建新}}跑长途货车，一个月在家不到三天。{{han:颜梓涵}}也要强，她跟我说，老师，我不想让人可怜我。她爸爸在家长QQ群里，有事我单独发给他，他的QQ是群里一查就有的，{{qq:2946105873}}。
访谈者：第五个呢？
受访者：班上还有{{compound:欧阳明亮}}，先天脑瘫，走路不稳，是奶奶背着来上学的。学校给他在一楼安排了座位，同学{{han:甘雨晴}}主动当他的同桌，帮他打饭。他字写得慢，考试我就给他延长时间。
访谈者：您平时跟这些家长怎么联系？
受访者：主要靠手机。班级有个家长微信群，可好多爷爷奶奶不会用，群里一发通知，回的都是年轻的爸妈。留守的孩子，爸妈在外面上班，白天不看手机，我就晚上九点以后发，他们下了班才回。有的家长只用QQ，说是早年在厂里用惯了，我就两边都发一遍。最难的是那些只有老人的家，一句话要打三个电话才说得清，有时候干脆骑电动车去一趟。一学期下来，光电话费和油钱就不少，学校给每个班主任补一点，也不够，但这事总得有人做。
访谈者：学校有什么帮扶措施？
受访者：{{han:龚校长}}让每个困境儿童配一个结对老师。我结对那个没了爸妈的女孩，数学{{han:旷老师}}结对那个逃学的男孩。心理老师叫{{compound:慕容欣悦}}，每两周给他们做一次团体辅导。去年来了个支教的，叫{{compound:赫连俊杰}}，他带男孩子们打篮球，{{han:龙俊熙}}就是那时候回到学校的。县里的社工也会来，一个叫{{compound:长孙博涛}}的小伙子做得很细。
访谈者：家访多吗？
受访者：一学期每家至少一次。{{han:贺思敏}}家在村里，{{address:永新县龙源口镇桥头村七组26号}}，奶奶家墙上贴满了她的奖状。村里的{{han:匡支书}}带我去的，他说这孩子是全村的骄傲。那个男孩家在县城，我去的时候他爸爸刚吃了药睡着，家里乱得下不去脚。
访谈者：孩子们的补贴是怎么落实的？
受访者：头一个女孩是孤儿，每月有孤儿基本生活费{{trap/number:一千三百六}}，县{{trap/org:民政局}}的{{han:禹海波}}每学期来核一次。{{han:龙俊熙}}报的是困境儿童分类保障，{{han:颜梓涵}}家里报了临时救助。我把每个孩子的情况都记在班主任手册上，家长电话也在上面：{{han:贺明亮}}{{mobile@s74}}，{{han:龙春香}}{{mobile@plus86dash}}。
访谈者：名字登记有什么问题吗？
受访者：有。学籍系统里{{han:左家宝}}被录成{{spaced:左 家 宝}}，{{compound:欧阳明亮}}成了{{spaced:欧 阳 明 亮}}，{{han:贺思敏}}的奶奶在表上写成{{spaced:刘　满　英}}，少了一笔都不行。
访谈者：您最想说的是什么？
受访者：这些孩子不缺聪明，缺的是有人看着他们。我常给他们讲{{trap/famous:杨万里}}的诗，“小荷才露尖尖角”，说谁都有冒头的那一天。去年期末，五个孩子里有三个进了年级前一百，我在班会上专门表扬了他们，有个孩子当场就哭了。
""")

# H799: Han township social worker in 泰和 reading from her register.
DOCS["H799"] = ("staff", """\
访谈者：您在乡镇社工站做了多久？
受访者：三年多。我叫{{han:萧丽娜}}，在{{trap/place:泰和县}}{{trap/place:螺溪镇}}社工站，手上管着全镇的困境儿童台账，一共二十三个孩子。我照着台账说几个吧，名字我就直接念了，你们回头自己处理。
访谈者：好的。
受访者：头一户是孤儿，哥哥{{han:康宇轩}}十一岁，妹妹{{han:康思琪}}八岁。爸爸{{han:康德茂}}前年在花炮作坊出事没了，妈妈生妹妹那年就病故了。现在跟爷爷过，爷爷七十五，耳朵背，村里人都叫他{{han:康爷爷}}。{{han:康宇轩}}他懂事得让人心疼，放学回来先喂鸡再做饭。两个孩子每人每月孤儿基本生活费{{trap/number:一千五百八}}。台账上写的：{{address:泰和县螺溪镇下江村五组9号}}，{{han:康宇轩}}身份证{{id_number@my2014.360826}}，{{han:康思琪}}{{id_number@wy2017hyphen.360826}}。
访谈者：第二户呢？
受访者：第二户的孩子叫{{compound:欧阳小雨}}，十岁。爸爸{{compound:欧阳国平}}去年胃癌走了，妈妈{{han:陈月娥}}是盲人，二级残疾，在镇上给人按摩。孩子每天早上牵着她妈去按摩店，再自己去上学。她在{{school:螺溪镇中心小学四年级（3）班}}，成绩中上。家在{{address:泰和县冠朝镇欧阳村二组33号}}。{{han:陈月娥}}的身份证{{id_number@wy1984spaced.360826}}，孩子的{{id_number@wy2015fullwidth.360826}}。她妈用的是能读屏的手机，号码{{mobile@p86h}}。
访谈者：第三户？
受访者：{{han:萧春来}}，十三岁，跟我一个姓，不是一家。父母离婚后都走了，谁也不要他，跟奶奶{{han:曾桂莲}}住在镇上。他有癫痫，上课发过两次病。奶奶住{{address:泰和县澄江镇白凤小区3栋1单元205室}}，是廉租房。{{han:曾桂莲}}的身份证{{id_number@woldx.360826}}。{{han:萧春来}}他喜欢画画，我给他报了县青少年宫的免费班。
访谈者：第四户？
受访者：{{compound:上官子瑜}}，七岁，白血病，在{{trap/place:南昌}}住院化疗。爸爸{{compound:上官建华}}在{{trap/place:厦门}}打工，妈妈在医院陪护，家里是奶奶。我们帮着申请了大病救助和{{trap/org:县红十字会}}的救助金。孩子她妈在医院加了我微信，{{wechat:shangguan_ma2017}}，每周跟我报一次血常规。家里地址是{{address:泰和县马市镇蜀口村一组7号}}。
访谈者：您平时怎么走访这些家庭？
受访者：每个孩子一个月至少见一面，重点的一个礼拜一次。全镇十六个村，远的在山里，骑电动车要一个多钟头，下雨天路滑，摔过好几回。到了家里先看孩子，看吃的、穿的、住的，再跟大人聊，看有没有新的难处。回来以后要在系统里录走访记录，拍照上传，一户一张表。有时候一天跑五六户，晚上录到十一点。最怕的是孩子出事，前年冬天有个孩子在家烤火，被子着了，幸好邻居发现得早。从那以后，我每年入冬前都挨家挨户去查电线和火盆。
访谈者：你们站里几个人？
受访者：三个。站长是镇民政所的{{han:胡志勇}}所长兼的，同事{{compound:司马雪莹}}管老人那一块，我管孩子。县{{trap/org:民政局}}儿童股的股长是{{compound:尉迟晓东}}，每季度来抽查台账。还有{{compound:巫马天佑}}，是师范学院的志愿者，寒暑假来给孩子们补课。各村的儿童主任都归我联系，{{han:康爷爷}}那个村的儿童主任{{han:尹桂花}}最上心。
访谈者：这些孩子里，您最放心不下的是哪个？
受访者：{{han:萧春来}}。别的孩子再难，总有个大人真心疼他，他奶奶年纪大了，自己都顾不过来。他发病那两次，都是同学跑来办公室喊的老师。我跟学校商量，给他们班的老师都培训了怎么急救，又给他奶奶装了个一键呼叫的老人机。他自己嘴上说没事，可有一回画了一幅画，一个小孩站在河边，对岸一个人都没有。我看了心里难受，找县里的心理咨询师给他做了几次辅导，现在画里总算有了太阳。
访谈者：台账登记有什么难处？
受访者：名字是大难处。系统里有人录成{{spaced:康 宇 轩}}，有人录成{{spaced:康　思　琪}}，{{compound:欧阳小雨}}被拆成{{spaced:欧　阳　小　雨}}，{{compound:上官子瑜}}成了{{spaced:上 官 子 瑜}}，{{han:曾桂莲}}成了{{spaced:曾桂 莲}}，{{han:萧春来}}成了{{spaced:萧 春 来}}。一有空格，跟公安的户籍比对就报错，我得一个个打电话核。
访谈者：您自己有什么体会？
受访者：我常想起{{trap/famous:欧阳修}}小时候家里穷，他妈拿芦苇在沙地上教他写字。穷不要紧，要紧的是有人肯教。我们这行工资不高，一个月三千出头，可每回看到孩子拿了奖状回来给我看，就觉得值。我的工作电话{{mobile@plain}}，孩子们有事都打这个。站里的QQ群是给儿童主任用的，群主是我，我的QQ{{qq:3480256719}}。镇上的人叫我{{han:小萧}}，叫惯了。
""")

# H800: Han father in 万安 who lost a leg in a quarry.
DOCS["H800"] = ("family", """\
访谈者：{{han:蔡师傅}}，您的腿是怎么回事？
受访者：前年秋天在采石场，放炮以后上去清石头，上面一块悬着的掉下来，把我右腿砸断了，到{{trap/place:吉安}}医院截了，膝盖以上都没了。我叫{{han:蔡长发}}，四十一，{{trap/place:万安县}}{{trap/place:窑头镇}}人，在{{trap/place:百嘉镇}}那个石场干了九年。
访谈者：家里现在什么情况？
受访者：老婆{{han:黄玉珍}}在县城服装厂踩缝纫机，一个月两千八。两个孩子，闺女{{han:蔡雨欣}}十三，我们叫她{{han:豆苗}}，生下来瘦，细细长长一根；儿子{{han:蔡志鹏}}八岁，小名{{han:皮蛋}}，皮得很。我老娘七十了，也跟着我们。我躺在床上那半年，{{han:豆苗}}也就十一岁，天天给我倒尿壶、擦身子，一声不吭。{{han:皮蛋}}就不懂，老问我腿什么时候长回来。
访谈者：石场给赔了吗？
受访者：老板{{han:张国旺}}开始给了三万，说算医药费，后来人就找不着了。{{han:张老板}}那边说石场是承包的，跟他没关系。是县{{trap/org:法律援助中心}}的律师{{compound:司马东来}}帮我打的官司，打了一年多，判下来赔三十几万，可到现在只执行回来十一万。{{compound:司马东来}}说他会接着盯。
访谈者：一起干活的工友呢？
受访者：跟我一个班的{{han:麻杆}}，大名叫{{han:郭建国}}，那天就在我旁边，是他把我从石头底下扒出来的。{{han:麻杆}}说他这辈子都忘不了那天的血。还有{{han:黑皮}}，{{han:黑皮}}他们家就在我们村，他老婆隔三岔五送菜来。石场关了以后，两个人都去{{trap/place:广东}}了。
访谈者：村里和政府给了哪些帮助？
受访者：村支书{{han:赖春生}}帮我们家报了低保，村会计{{han:罗金山}}跑了好几趟乡里。{{han:罗金山}}都说了，我这个情况该报的一样不能少。两个孩子是重残家庭的困境儿童，每人每月有补贴，{{trap/number:四百五}}。{{trap/org:县残联}}的{{compound:令狐建安}}帮我申请了假肢，装假肢的医生叫{{compound:诸葛永康}}，说要练三个月才走得稳。现在我能拄着拐到村口了。
访谈者：您老娘身体还好吗？
受访者：不大好，有哮喘，一到冬天就喘不上气。以前都是我背她去卫生院，现在我背不动了，是{{han:豆苗}}扶着她去。老人心疼我，总说要是砸的是她就好了。我说娘你别这么讲，你在，家里就有人做饭，孩子放学有热饭吃。她每天还去菜地里摘菜，拔草，一刻都不闲着。
访谈者：孩子们上学怎么样？
受访者：闺女在{{school:万安县窑头中学初一（1）班}}，班主任{{han:肖建文}}老师知道我家的事，免了她的资料费，还给她找了个城里的资助人。{{han:皮蛋}}在村小读二年级，他就是贪玩，考试老不及格。{{han:肖建文}}他说男孩子开窍晚，不要打。
访谈者：出事以后那段日子是怎么熬过来的？
受访者：刚截肢那阵，我不想活了。一个大男人，躺在床上，屎尿都要人管，家里的钱一天天往外流。老婆白天上班，晚上到医院陪床，眼睛熬得通红。我娘把她的棺材本都拿出来了。出院以后有大半年，我不出门，怕人看，怕人问。是村里几个老人天天来家里坐，跟我下象棋、扯闲话，慢慢才缓过来。后来县里组织残疾人培训，我去学了编竹器，才觉得自己还有点用。
访谈者：您现在做些什么？
受访者：在家编竹篮，一个卖十五块，一天能编三个。镇上开网店的{{han:曾福来}}帮我在网上卖，说城里人喜欢这种手工的。隔壁的{{han:赖冬英}}婶常拿竹子来，说她家山上多的是，不要钱。我老婆说，只要人在，家就在。我以前脾气躁，出事以后喝过一阵闷酒，是{{han:豆苗}}把我的酒瓶子藏起来的。
访谈者：您想过以后吗？
受访者：想过。我就想两个孩子读出来，别像我一样卖力气。我给儿子讲{{trap/famous:文天祥}}，说他过{{trap/place:惶恐滩}}的时候也是走投无路，可人家骨头硬。儿子听不懂，就问{{trap/famous:铁拐李}}是不是也是在石场断的腿，把我笑得不行。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:万安县窑头镇洲头村四组12号}}，老婆在县城住厂里宿舍，{{address:万安县芙蓉镇工业园服装厂宿舍2栋108室}}。我身份证{{id_number@my1984.360828}}。电话{{mobile@fullwidth}}。闺女拿她妈的手机上QQ，号码我记得，说是{{qq:2785016439}}。我老婆的微信{{wechat:huangyuzhen_wa}}，有事找她快。
访谈者：表上您的名字写对了吗？
受访者：残联的表上是{{spaced:蔡 长 发}}，低保名单把我老婆写成{{spaced:黄玉 珍}}，把闺女写成{{spaced:蔡　雨　欣}}。{{han:罗金山}}说他去改。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=793,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout100",))


if __name__ == "__main__":
    main()
