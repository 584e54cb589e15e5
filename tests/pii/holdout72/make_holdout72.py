# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 72 (tests/pii/holdout72/H561-H568 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 73, written at the same time by another
writer, has a higher number and is not an earlier set).

Set 72 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 扶余 (松原, 吉林) whose husband died of a stroke, whose son is in prison and whose daughter-in-law left, raising a
granddaughter and a grandson; a Tibetan father in 白朗 (日喀则) who grows vegetables in a greenhouse while his wife is
on dialysis; a Hui father in 平泉 (承德, 河北) who lost a leg in a road accident and whose wife died of breast cancer,
with three children; a Han grandmother in 五大连池 (黑河) raising three grandchildren known by word nicknames, her
husband half paralysed, her son remarried and the mother gone; a Han village doctor in 明水 (绥化) with the children
of his patients (cirrhosis, kidney failure, epilepsy, a prisoner's family), reached on WeChat and QQ; a Uyghur mother
with a kebab stall in 青岛 (山东), her family from 伊犁, whose husband fell from scaffolding and whose sister's
children are left behind in 伊宁; a Han civil-affairs officer in 青冈 (绥化) reading three cases from her file; and a
Han father in 绥棱 (绥化) who works at a forestry station and lost three fingers to a saw. The emphasis is on forms
where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to
seven characters (苏龙高娃, 朝克图那木吉拉, 哈日呼巴特尔, 乌尼日格日勒, 吉日格勒赛汗) with short forms after the full
name (苏龙, 哈日呼他, 乌尼日说, 赛汗就), a Han surname before a Mongolian given name (白其勒木格, 包白音仓, 包巴图孟和);
Tibetan names of 日喀则 (旦巴多吉 then 旦巴, 扎桑拉姆 then 扎桑就, 欧珠拉姆她, 米久次仁, 边吉), a Han surname before a
Tibetan given name (张次仁) and the Han names of Tibetans (杨小松, 杨卫藏); Hui Han-form names (白俊海, 金秀芝, 哈立新)
beside 经名 (阿布杜拉赫曼, 哈丽娅, 苏菲亚, 艾莎她) and Han surnames before Arabic names (白尤努斯, 金哈桑他, 马赛里木,
海宰娜卜, 白达乌德, 马伊尔凡); Uyghur given name + father's name with and without the dot (米合拉依·阿布来提 and
米合拉依阿布来提, 帕尔哈提江·伊力哈木江) with short forms (米合拉依, 伊力哈木江他, 帕尔哈提江, 布再娜普她, 海丽倩木);
Han word nicknames annotated whole (钢镚, 小葱, 冰溜子); Han names with common and rarer surnames, with titles and kin
words (the span is the name only), names that contain or end in words (郭庆丰, 孟德才, 吕福来, 迟国庆, 田满仓, 谷雨禾),
a name written twice on a form, names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted
and split names; compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:孟德才}}``, ``{{qq:2847360519}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012hyphen.220781}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 阿訇, 奶奶, 大姐, 大哥)
and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他, 他们家, 那边) are
outside the span; a word nickname (钢镚, 小葱, 冰溜子) is annotated whole. Han-style names of Tibetan, Hui and
Mongolian people (杨小松, 白俊海, 包国峰) are category han; a Han surname before a non-Han given name (白其勒木格,
张次仁, 白尤努斯) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout72/make_holdout72.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(72_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "137", "138", "147", "153", "156", "158", "165", "171", "175", "182", "184", "187",
                   "189", "193", "195"]

DOCS: dict[str, tuple[str, str]] = {}

# H561: Mongolian grandmother in 扶余 (松原, 吉林); her son is in prison, his wife left, two grandchildren.
DOCS["H561"] = ("family", """\
访谈者：奶奶，您慢慢说，先说说家里都有谁。
受访者：我叫{{minority/mongolian:苏龙高娃}}，今年六十九，屯里人都叫我{{minority/mongolian:苏龙}}奶奶。老头子{{minority/mongolian:朝克图那木吉拉}}前年冬天脑出血走了，走得急，一句话没留下。家在{{trap/place:扶余}}西边的蒙古屯，离{{trap/place:查干湖}}不远。儿子{{minority/mongolian:哈日呼巴特尔}}在{{trap/place:松原}}工地上跟人打架，把人打成重伤，判了四年。儿媳{{han:韩艳秋}}说去外地打工，第二年就寄回来离婚协议。俩孩子就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:乌尼日格日勒}}十三，在{{school:扶余市第三中学初一（5）班}}住校，家里叫她{{minority/mongolian:乌尼日}}。孙子{{minority/mongolian:吉日格勒赛汗}}八岁，在{{school:三岔河镇中心小学二年级（3）班}}，我们喊他{{minority/mongolian:赛汗}}。{{minority/mongolian:赛汗}}就是个跟屁虫，我上哪儿他跟哪儿，我去园子里薅草，他就蹲在垄沟里捉蚂蚱。{{minority/mongolian:乌尼日}}说话办事像个大人，礼拜天回来给我擀面条，把一礼拜的脏衣裳都洗了。
访谈者：孩子爸爸那边有联系吗？
受访者：一个月能打一回电话。{{minority/mongolian:哈日呼}}他在里头表现好，说争取减刑。孙子接电话光哭，孙女不接，说她没这个爹，可挂了电话自己躲屋里哭。去年秋天我领着俩孩子去监狱看过一回，坐了四个钟头的车，隔着玻璃说了二十分钟话，回来的道上谁也没吱声。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{minority/mongolian:白其勒木格}}，跟我一个屯的，帮着跑的手续，俩孩子按事实无人抚养报上去，一人一个月{{trap/number:一千一百八}}。村支书{{han:郭庆丰}}给我报了低保，驻村第一书记{{han:程立军}}也来过好几回，给我家换了新窗户。镇民政办的{{han:于长波}}说，孩子上高中还有助学金。市里社工站来了俩年轻人，一个叫{{compound:宇文晓棠}}，还有一个是{{compound:上官鹏程}}，{{compound:宇文晓棠}}给孙女找了个大学生在网上辅导功课。
访谈者：亲戚们呢？
受访者：我娘家兄弟{{minority/mongolian:满都拉图}}在{{trap/place:前郭}}养牛，秋天给我送两车苞米秸秆。{{minority/mongolian:满都拉图}}他家也不宽裕，三个孩子念书。老头子的侄子{{minority/mongolian:包白音仓}}开出租，孩子们上学放学都是他捎。邻居{{minority/mongolian:查干朝鲁}}帮我把房顶的油毡换了，一分钱没要。前院的{{han:孙凤芝}}大姐天天过来串门，怕我一个人想不开。
访谈者：学校那边呢？
受访者：孙女的班主任{{han:邢晓华}}老师说孩子英语好，就是跟同学不合群，学校给她免了住宿费。孙子的老师{{han:肖雨晴}}年轻，教他们唱蒙古语的歌，孩子回来就唱给我听。同桌{{han:潘昱辰}}他妈常给孙子捎点好吃的。
访谈者：过年过节怎么过？
受访者：正月过{{trap/minority_word:查干萨日}}，给孩子们煮肉、摆{{trap/minority_word:奶豆腐}}。夏天屯里过{{trap/minority_word:那达慕}}，孙子去看摔跤，回来说长大要当{{trap/minority_word:搏克}}手。我给他们讲{{trap/famous:嘎达梅林}}的故事，孙女说她在书上也念过。
访谈者：您身体怎么样？
受访者：高血压、腿疼。我{{trap/word:白天}}去给人家剥苞米，一天挣八十，晚上回来腿肿得老粗。{{trap/org:乡卫生院}}的{{han:尚志国}}大夫每月来给我量一回血压，药是{{han:包玉清}}她家药店赊的，年底卖了粮再还。我就怕哪天倒下了，孩子们咋整。{{minority/mongolian:乌尼日}}说奶奶你别怕，我长大了养你。
访谈者：日子上最难的是啥时候？
受访者：老头子刚走那年冬天。雪大，烧柴不够，屋里冷得结霜，俩孩子跟我挤一铺炕。过了年又赶上孙子得肺炎，在县医院住了半个月，我把攒的那点钱都花了。后来村里给报了大病救助，镇上又给了一千块临时救助，才挺过来。
访谈者：表上要登记地址和号码。
受访者：家在{{address:扶余市三岔河镇新立村四组17号}}，孩子他二姑在城里，住{{address:扶余市长春路幸福小区8号楼2单元502室}}。我身份证{{id_number@wy1956.220781}}，孙女的{{id_number@wy2012hyphen.220781}}。我电话{{mobile@plain}}，他二姑{{han:哈文英}}的电话{{mobile@s434}}。孙女有个QQ，说是跟老师交作业的，号我记在挂历背面了，你看：{{qq:2847360519}}。{{minority/mongolian:白其勒木格}}的微信是{{wechat:qilemuge_fy}}，有事找她就行。
访谈者：孩子们平时放了学干啥？
受访者：孙子放了学先去村里的儿童之家，那儿有书有玩具，还有志愿者领着写作业，天黑了我去接。孙女在学校住，周五坐通勤车回来，到家先去看她爷爷的坟，跟她爷爷说一礼拜的事。我听见了也不拦着，孩子心里有话，得有个地方说。
访谈者：名字在表上写得对吗？
受访者：哪有对的。低保表上我成了{{spaced:苏 龙 高 娃}}，孙女成了{{spaced:乌尼日 格日勒}}，孙子那张写的是{{spaced:吉　日　格　勒　赛　汗}}。老头子的死亡证明上写的{{spaced:朝克图 那木吉拉}}。
访谈者：最后您想说点啥？
受访者：盼儿子早点出来，好好做人。盼俩孩子念书念出去，别走他爹的老路。我这辈子没念过几天书，大字不识几个，填个表都得求人。孩子们要是能念出去，在城里有个正经营生，我死了也闭眼了。
""")

# H562: Tibetan father in 白朗 (日喀则); his wife is on dialysis, he grows vegetables in a greenhouse.
DOCS["H562"] = ("family", """\
访谈者：大哥，汉语说得挺好啊。
受访者：在{{trap/place:日喀则}}当过几年兵，学的。我叫{{minority/tibetan:旦巴多吉}}，村里人叫我{{minority/tibetan:旦巴}}。家在{{trap/place:白朗}}县{{trap/place:年楚河}}边上，祖祖辈辈种青稞，前年村里建了蔬菜大棚，我包了两个棚。
访谈者：家里几口人？
受访者：五口。老婆{{minority/tibetan:欧珠拉姆}}得了尿毒症，一个礼拜去{{trap/place:日喀则}}透析三次，坐班车一趟两个多钟头。{{minority/tibetan:欧珠拉姆}}她以前是村里最能干的，织{{trap/minority_word:氆氇}}织得最好。我阿妈{{minority/tibetan:边吉}}七十了，眼睛不好，在家看小的。大女儿{{minority/tibetan:扎桑拉姆}}十四，在{{school:白朗县中学初二（3）班}}住校。{{minority/tibetan:扎桑}}就是我们家的顶梁柱，礼拜五回来洗衣服做饭，还给她阿妈念书听。儿子{{minority/tibetan:米久次仁}}十岁，在{{school:白朗县洛江镇完全小学四年级（1）班}}，学校里登记的汉名叫{{han:杨小松}}。
访谈者：透析的钱怎么办？
受访者：大病医保报大部分，剩下的{{trap/org:县民政局}}给临时救助。乡里的民政干事{{minority/tibetan:张次仁}}，他爸是汉族，他妈是{{trap/place:江孜}}人，藏话汉话都说得好，表都是他帮我填的。{{minority/tibetan:张次仁}}说孩子们可以报困境儿童，一人一个月{{trap/number:九百六}}。村里的儿童主任{{minority/tibetan:赤列曲珍}}每个月来看两回，问孩子吃得好不好，作业写没写。
访谈者：还有谁帮过你们？
受访者：援藏的{{han:苗振宇}}大夫，在县医院，他帮我老婆联系的透析床位。{{han:苗振宇}}他们那批回去了，新来的{{han:隋建波}}大夫也照应，跟他一块儿来的护士长叫{{compound:南宫晓雯}}，教会了我怎么给老婆量血压、记尿量。学校的{{han:尹婷婷}}老师是援藏老师，给女儿补数学，说{{minority/tibetan:扎桑}}能考到内地西藏班去。老婆的哥哥{{minority/tibetan:朗杰旺堆}}在{{trap/place:拉萨}}当警察，单位里的人叫他{{han:杨卫藏}}，每个月寄五百块回来。
访谈者：大棚收入怎么样？
受访者：一年两万多。县农牧局的技术员{{han:龚振旺}}教我们种黄瓜、番茄，还有{{han:罗秀梅}}，教妇女们育苗。合作社的会计{{minority/tibetan:洛桑多吉}}帮我算账，他也是我小学同学。邻居{{minority/tibetan:普布卓嘎}}家的男人在外面开车，她跟我老婆最要好，常来陪她说话，我去送菜的时候就是她帮着照看。
访谈者：孩子们怎么过节？
受访者：{{trap/minority_word:藏历新年}}穿新衣，吃{{trap/minority_word:卡赛}}。夏天过{{trap/minority_word:望果节}}，儿子去看赛马。我阿妈给他们讲{{trap/famous:格萨尔王}}，讲{{trap/famous:文成公主}}进藏走了多少个月。
访谈者：孩子们懂事吗？
受访者：懂事。{{minority/tibetan:米久次仁}}放学先去棚里帮我卷帘子，然后才写作业。有一回他在学校跟{{han:魏浩然}}打架，是因为人家说他阿妈要死了。{{han:魏浩然}}他爸领着孩子来我家道歉，后来俩孩子成了好朋友，礼拜天一块儿去河边放羊。
访谈者：最难的时候是什么时候？
受访者：老婆刚查出来那年。透析要去{{trap/place:日喀则}}，一开始没床位，得排队，她脸肿得眼睛都睁不开。我把家里的两头牛卖了，还借了亲戚一万多。那时候女儿才上初一，每天晚上给我打电话，问阿妈今天好点没有。现在有了医保和救助，心里踏实多了。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:白朗县洛江镇吉隆村三组12号}}，老婆透析那阵子住她表姐家，在{{address:日喀则市桑珠孜区幸福小区5号楼1单元302室}}。我的身份证{{id_number@my1982spaced.540228}}，老婆的{{id_number@wy1984.540228}}。我电话{{mobile@hyphen}}，{{minority/tibetan:张次仁}}的电话{{mobile@plus86}}。女儿有QQ，她说是学校让注册的，号码是——我写在手机壳里了——{{qq:1937264058}}。{{han:苗振宇}}大夫的微信{{wechat:miaozy_yuanzang}}，他说回去了也能找他。
访谈者：您自己身体怎么样？
受访者：还行，就是累。早上五点起来给老婆熬粥，送儿子上学，然后下棚干活，中午回来做饭，下午再下棚。透析那天就得请邻居帮着看棚。村里开会说要给我们这样的家庭派一个护理员，每个礼拜来两天，帮着做饭打扫，我盼着早点派下来。晚上等孩子们睡了，我坐在院子里看看星星，抽根烟，第二天接着干。
访谈者：名字登记对不对？
受访者：有错的。女儿的表上写成{{spaced:扎 桑 拉 姆}}，我写成{{spaced:旦巴 多吉}}，老婆写成{{spaced:欧珠 拉姆}}，我阿妈写成了{{spaced:边　吉}}。
访谈者：您最盼什么？
受访者：盼老婆能等到换肾。盼女儿考到内地去，儿子好好念书，将来都回{{trap/place:白朗}}来。
""")

# H563: Hui father in 平泉 (承德, 河北); his wife died of breast cancer, he lost a leg in a road accident.
DOCS["H563"] = ("family", """\
访谈者：师傅，您先说说家里的情况。
受访者：我叫{{han:白俊海}}，经名{{minority/hui:阿布杜拉赫曼}}，四十四。家在{{trap/place:平泉}}城东，离{{trap/org:清真寺}}二百米。前年开三轮送货，在去{{trap/place:承德}}的道上让大货车撞了，左腿截了。媳妇{{han:金秀芝}}，经名{{minority/hui:哈丽娅}}，去年秋天乳腺癌走了。家里三个孩子，都靠我这条腿。
访谈者：孩子们多大？
受访者：大闺女{{han:白艳秋}}十五，经名{{minority/hui:苏菲亚}}，在{{school:平泉市第四中学初三（2）班}}。二小子{{han:白子豪}}十一，在寺里大家都叫他{{minority/hui:白尤努斯}}，在{{school:平泉市回民小学五年级（4）班}}。小闺女{{minority/hui:艾莎}}才六岁，上幼儿园大班。{{minority/hui:艾莎}}她老问妈妈啥时候回来，我不知道咋说，就说妈妈去了好地方。
访谈者：现在家里靠什么生活？
受访者：低保，一家四口都在里头。三个孩子按困境儿童每人每月{{trap/number:七百二}}。我在家门口摆个小摊卖{{trap/minority_word:油香}}和{{trap/minority_word:馓子}}，一天挣个六七十。大闺女放了学就来帮我看摊，收钱找钱比我还利索，有人来买她{{trap/word:马上}}就包好。
访谈者：寺里帮过您吗？
受访者：帮得多。{{han:海长明}}阿訇给孩子们念经，寺里散{{trap/minority_word:乜贴}}的时候总给我家留一份。乡老{{minority/hui:金哈桑}}跟我爹是老伙计，{{minority/hui:金哈桑}}他家开牛肉馆，隔三差五让孩子去吃碗面。管寺里账的{{minority/hui:马赛里木}}帮我跑的残疾证，又帮着申请了假肢。
访谈者：社区和学校呢？
受访者：社区的{{han:哈立新}}主任，回族，{{han:哈立新}}说孩子上高中学费全免。{{trap/org:县残联}}的{{han:田满仓}}给我登记了就业，说等腿装好了去假肢厂上班。跟他一块儿来的叫{{compound:漆雕文君}}，年轻姑娘，把我家门口的台阶改成了坡道。大闺女的班主任{{han:冯淑琴}}老师，每个月给她垫一百块伙食费，说是学校的，后来我才知道是她自己的钱。{{han:冯淑琴}}老师说闺女能考上{{trap/place:承德}}一中。
访谈者：孩子们的姥姥家呢？
受访者：姥姥{{minority/hui:海宰娜卜}}在{{trap/place:宽城}}，身体不好，一年只能来一两趟。孩子他大姨{{han:金秀云}}嫁在北京，一年回来两回，给孩子们买衣服。他大姨夫{{minority/hui:白达乌德}}，也是我们寺里出去的，开饭馆，说大闺女考上高中就去他那儿过暑假。
访谈者：孩子们怎么样？
受访者：二小子淘气，可心眼好。{{minority/hui:白尤努斯}}跟他班上的{{han:李金宝}}最好，{{han:李金宝}}他家在菜市场卖菜，俩孩子放学一块写作业。上回有个孩子笑话他爹是瘸子，他跟人家打起来了，学校的{{compound:皇甫兆丰}}主任把我叫去，没骂孩子，说孩子护着爹是对的，那个孩子也来道了歉。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:古尔邦节}}去寺里礼拜，回来炸{{trap/minority_word:油香}}。阿訇给孩子们讲{{trap/famous:马本斋}}打鬼子的事，二小子听完了说长大要当兵。
访谈者：媳妇走了以后，最难的是什么？
受访者：晚上。白天忙，顾不上想。晚上孩子们睡了，我一个人坐着，看她的照片。小闺女半夜醒了找妈，我抱着她在屋里转圈，转到她睡着。大闺女一下子长大了，把她妈的围裙系上，学着和面、炸{{trap/minority_word:油香}}。我跟她说你念你的书，家里的事有爸，她说爸你一条腿，我两条腿。
访谈者：登记表上的地址、号码。
受访者：家在{{address:平泉市平泉镇东关村二组23号}}，姥姥在{{address:宽城满族自治县宽城镇回民小区4号楼3单元201室}}。我身份证{{id_number@my1981.130881}}，大闺女的{{id_number@wy2010fullwidth.130881}}。我电话{{mobile@spaced}}，{{han:哈立新}}主任电话{{mobile@plus86dash}}。闺女的微信{{wechat:sufeiya_bai2010}}，她拿她妈的旧手机用。二小子玩QQ，号是{{qq:９８２０４７３６}}。
访谈者：假肢的事办得怎么样了？
受访者：残疾证下来了，假肢也申请上了，先装了一个临时的，走路还磨得疼。康复中心的大夫说得慢慢练，一年以后换正式的。我每天早上扶着墙走三十圈，小闺女在边上数数，数到三十就拍手。等走利索了，我就去假肢厂上班，一个月能挣两千多，加上低保，孩子们念书的钱就够了。
访谈者：名字登记有出错的吗？
受访者：有。我成了{{spaced:白 俊 海}}，闺女成了{{spaced:白艳 秋}}，还有把我经名写成{{spaced:阿 布 杜 拉 赫 曼}}的。
访谈者：您最盼什么？
受访者：盼腿装好了能上班，让孩子们别受委屈。
""")

# H564: Han grandmother in 五大连池 (黑河); her son drives a truck and remarried, the mother left; three
# grandchildren known by word nicknames; her husband is half paralysed.
DOCS["H564"] = ("family", """\
访谈者：大娘，您家几个孩子跟着您？
受访者：仨。老大{{han:孟庆瑞}}，小名{{han:钢镚}}，十二了；老二是闺女，{{han:孟雨桐}}，我们叫她{{han:小葱}}，九岁；老三小名{{han:冰溜子}}，大名{{han:孟子航}}，六岁，腊月生的，那天房檐底下挂了一排冰棱，他爷爷随口就这么叫上了。
访谈者：孩子爸妈呢？
受访者：他爸{{han:孟德才}}跑车，在{{trap/place:黑河}}拉货，又找了一个，一年回不来两趟。{{han:孟德才}}也给钱，一个月五百，有时候还断。他妈{{han:曲丽艳}}生完老三就走了，说是去{{trap/place:哈尔滨}}，再没信儿。
访谈者：您一个人带三个，怎么过？
受访者：老头子{{han:孟宪武}}在的时候还好，前年他在{{trap/place:药泉山}}底下放牛，脑血栓倒了，到现在半身不遂，炕上躺着。我种十亩黄豆，村里给报了低保，仨孩子按事实无人抚养，一人一个月{{trap/number:一千零五十}}。钱是够吃了，就是人忙不过来。早上四点起来喂猪、做饭，给老头子翻身擦洗，再把仨孩子一个个叫起来。
访谈者：孩子们都上学吗？
受访者：{{han:钢镚}}在{{school:五大连池市第二中学初一（4）班}}，{{han:小葱}}在{{school:五大连池镇中心小学三年级（2）班}}。{{han:钢镚}}他学习不咋地，可能干，劈柴挑水都是他。{{han:小葱}}就爱念书，回来趴炕沿上写作业，写完了给她爷爷念课文。{{han:冰溜子}}还没上学，天天跟着我下地，我铲地他捡石头。
访谈者：都有谁帮过你们？
受访者：村里的儿童主任{{han:付玉琴}}，她管我们这一片的孩子。{{han:付玉琴}}都跑了好几趟镇里，给老头子办了残疾证，给孩子们报了补助。村书记叫{{han:鞠长林}}，{{han:鞠长林}}他们家就在我家后院，冬天给我家拉了两车柈子。镇上民政助理{{han:苑海龙}}，来了就问孩子缺啥，上回给闺女送了个新书包。县里社工站有个姑娘叫{{compound:东方红英}}，每个月来一趟，领着孩子们做游戏。
访谈者：亲戚邻居呢？
受访者：我大闺女{{han:孟秀华}}嫁到{{trap/place:北安}}，一个月回来一趟，给孩子们洗洗涮涮。她说等老三上学了，接他去{{trap/place:北安}}念。东院的{{han:祁春生}}说话直，见我累了就过来帮着翻地。他家那口子{{han:闫桂荣}}也好，腌了酸菜就给我家送一缸。
访谈者：学校老师呢？
受访者：老大的班主任{{han:宫晓光}}老师，男老师，对孩子严。{{han:宫晓光}}就说，这孩子脑瓜不笨，就是心不在书上。闺女的老师叫{{han:谭静}}，教语文，年年给她评三好学生。学校还有个心理老师，是{{compound:闾丘雅萱}}，每个礼拜找老大聊一回。
访谈者：孩子们想爸妈吗？
受访者：咋不想。{{han:小葱}}也不说，就是看见人家妈来接孩子，她在校门口站着看。{{han:钢镚}}嘴硬，说他不想，可他把他妈的照片夹在书里。老三没见过他妈，管我叫妈。有一回他爸回来，老三躲在我身后不敢出来，他爸蹲在地上抽了半包烟。
访谈者：平时有什么乐子？
受访者：夏天领孩子们去{{trap/place:五大连池}}看火山、喝{{trap/word:矿泉水}}。冬天在院里浇冰场。老头子清醒的时候给孩子们讲{{trap/famous:杨子荣}}打虎上山，讲{{trap/famous:岳飞}}，老大听得入迷。
访谈者：您自己身体怎么样？
受访者：腰不好，弯不下去。去年秋收累着了，在炕上躺了三天，是老大做的饭，闺女给她爷爷喂的药。我躺着听见他俩在外屋商量，说奶奶要是起不来了，咱俩就不念了，我当时就哭了。后来我跟他们说，奶奶没事，你们该念书念书，家里的活有奶奶。
访谈者：老头子现在怎么样？
受访者：说话说不清，可心里明白。孩子们放学进屋，先喊一声爷爷，他就咧嘴笑。镇卫生院的大夫每个月来一趟，给他扎针、开药，说能保住现在这样就不错了。村里给他申请了护理补贴，一个月一百多，够买尿不湿的。他最疼老三，老三也不嫌他，趴在炕上给他挠痒痒，给他讲幼儿园的事，其实老三还没上幼儿园，都是听他姐说的。
访谈者：登记表上的地址和号码。
受访者：家在{{address:五大连池市五大连池镇青泉村二组8号}}，大闺女家在{{address:北安市铁西区兴安小区6号楼2单元401室}}。我身份证{{id_number@wy1957.231182}}，老三的{{id_number@my2019.231182}}。我电话{{mobile@h38}}，大闺女电话{{mobile@plus86spaced}}，她微信{{wechat:mengxiuhua_ba}}。老大玩QQ，号码我给你找找，在墙上贴着：{{qq:1052839746}}。
访谈者：名字都写对了吗？
受访者：写对的少。老大有的表写成{{spaced:孟 庆 瑞}}，闺女写成{{spaced:孟　雨　桐}}，老头子写成{{spaced:孟宪 武}}。
访谈者：您最担心什么？
受访者：我六十八了，老头子又这样，怕撑不到{{han:冰溜子}}长大。
""")

# H565: Han village doctor in 明水 (绥化); the children of his patients, their relatives and officials, reached on
# WeChat and QQ.
DOCS["H565"] = ("staff", """\
访谈者：您在村里当医生多少年了？
受访者：二十六年。我叫{{han:栾志刚}}，在{{trap/place:明水}}县{{trap/place:繁荣乡}}当村医，卫生室就在村委会边上。村里困境儿童的事，我知道得比谁都多，谁家大人病了，头一个找的就是我。
访谈者：能说说几个孩子吗？
受访者：头一家，{{han:冷学军}}，肝硬化，去年冬天在{{trap/place:绥化}}走了。媳妇{{han:贲秀娟}}改嫁到{{trap/place:大庆}}，撇下俩孩子跟奶奶。大的{{han:冷思远}}十四，小的{{han:冷思雨}}十岁。奶奶{{han:房淑芬}}血压高，我隔三天上门量一回。{{han:冷思远}}他懂事，奶奶的药都是他记着按顿给。
访谈者：第二家呢？
受访者：第二家{{han:吕福来}}，尿毒症，一个礼拜透析两回，人干不了活。{{han:吕福来}}也要强，在家里编筐卖。媳妇{{han:齐翠霞}}在县城饭店刷碗，孩子{{han:吕天佑}}九岁，在{{school:明水县第二小学三年级（1）班}}。他家透析的事，是县医院肾内科的{{compound:欧阳秋实}}主任帮着排上的。
访谈者：还有吗？
受访者：第三家最难。孩子爸{{han:訾金友}}判了刑，在{{trap/place:泰来}}监狱。孩子妈{{han:庞晓丽}}有癫痫，一犯病就倒，我给她开药，一直在吃。孩子{{han:訾晨阳}}十二，在{{school:明水县第一中学初一（6）班}}。{{han:訾晨阳}}说话像个小大人，他妈犯病他就把她头侧过来，这是我教的。还有一家是回族，孩子{{minority/hui:马伊尔凡}}，他爸{{han:马永顺}}在工地摔断了腰，他妈去了{{trap/place:大连}}打工。
访谈者：您平时怎么跟这些家联系？
受访者：全靠微信。{{han:冷思远}}用他奶奶的手机加的我，微信叫{{wechat:lengsiyuan08}}，奶奶哪天头晕，他就给我发语音。第二家孩子他妈的微信是{{wechat:qicuixia_ms}}。{{han:訾晨阳}}没手机，拿同学的手机上QQ，跟我说他妈的情况，他的QQ是{{qq:2690413587}}。村里还有个留守孩子{{han:国浩宇}}，爸妈在{{trap/place:天津}}打工，孩子有点哮喘，我让{{han:国浩宇}}随身带着喷雾，他妈让我加她QQ，号码——她在电话里念的，我记在处方纸背面——{{qq:3105728469}}，她说QQ比微信方便。
访谈者：村里谁管这些孩子？
受访者：儿童主任是{{han:寇丽娟}}，原来是妇女主任，兼着。{{han:寇丽娟}}就住卫生室前头，谁家孩子有事，她和我一块去。村书记{{han:迟国庆}}，每年腊月领着镇里的人挨家送米送油。镇民政助理{{han:邵德江}}说，病人家的孩子也能按困境儿童报，头一家俩孩子现在每人每月{{trap/number:六百五}}。县{{trap/org:妇联}}的{{han:杭美玲}}来过两回，给孩子们带了棉衣。县里还派了个驻村的大学生，叫{{compound:轩辕志国}}，帮孩子们补课。
访谈者：孩子们自己的身体怎么样？
受访者：大毛病没有，小毛病不断。冬天感冒发烧，夏天拉肚子，都是我上门看。困境儿童看病能报销，可药店离得远，我就把常用药备在卫生室，孩子来了先拿着吃，钱等报了再说。去年给这几家的孩子都做了体检，{{han:国浩宇}}查出来缺铁性贫血，我让他妈寄钱回来买了补铁的药，现在脸色好多了。冬天我还挨家看炉子，怕孩子们煤烟中毒，这是村医分内的事。
访谈者：您自己看这些孩子，是什么感受？
受访者：我能治病，治不了穷。有时候看孩子一个人在家给他妈喂药，心里不是滋味。我媳妇说我操的心比当爹的还多。乡卫生院的{{han:单立伟}}院长也说，村医就是这样，谁家的事都是你的事。
访谈者：过年过节呢？
受访者：过年村里包饺子，我把这几个孩子叫到卫生室，一人发一副手套。{{trap/word:冷不丁}}的，{{han:冷思雨}}给我画了张画，画的是我背着药箱，我贴在墙上了。
访谈者：登记表上的地址和号码。
受访者：头一家在{{address:明水县繁荣乡永兴村三组14号}}，第三家在{{address:明水县明水镇育才小区3号楼1单元102室}}。奶奶的身份证{{id_number@woldspaced.231225}}，第三家孩子的{{id_number@my2012x.231225}}。我电话{{mobile@plain}}，儿童主任的电话{{mobile@s38}}，第三家孩子妈的{{mobile@p86n}}。我微信{{wechat:Luan_cunyi_1970}}。
访谈者：名字有没有登记错的？
受访者：有。新农合的单子上头一家的大小子写成{{spaced:冷 思 远}}，第三家孩子他爸成了{{spaced:訾　金　友}}，肾内科那位主任的名字写成了{{spaced:欧 阳 秋 实}}。
访谈者：最后想说点什么？
受访者：孩子有病看得起了，就是大人的病拖垮一家。盼着这几个孩子平平安安长大。
""")

# H566: Uyghur mother with a kebab stall in 青岛 (山东), her family from 伊犁; her husband fell from scaffolding,
# her sister's children are left behind in 伊宁 with their grandmother.
DOCS["H566"] = ("family", """\
访谈者：大姐，您在{{trap/place:青岛}}多少年了？
受访者：在{{trap/place:山东}}九年了，先在{{trap/place:济南}}，后来到的这儿。我叫{{minority/uyghur:米合拉依·阿布来提}}，家是{{trap/place:伊犁}}{{trap/place:伊宁}}的。我在{{trap/place:台东}}夜市摆烤肉摊，街坊都叫我{{minority/uyghur:米合拉依}}大姐。我男人{{minority/uyghur:伊力哈木江·塔依尔}}原来在工地上干活，前年从脚手架上掉下来，腰摔坏了，现在坐轮椅。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/uyghur:帕尔哈提江·伊力哈木江}}十二岁，在{{school:青岛市市北区第二实验小学六年级（3）班}}，我们叫他{{minority/uyghur:帕尔哈提江}}。女儿{{minority/uyghur:布再娜普·伊力哈木江}}八岁，在同一个学校二年级。{{minority/uyghur:布再娜普}}她爱唱歌，学校联欢会上唱了一首伊犁的民歌，老师录了视频发群里。
访谈者：您男人受伤以后，家里怎么过？
受访者：全靠摊子。我下午三点出摊，半夜一点收摊。{{minority/uyghur:伊力哈木江}}他在家管孩子写作业，他说腿不能动了，脑子还能动。社区给我们办了低保，孩子们按困境儿童每人每月{{trap/number:一千二百五}}。社区网格员{{han:姜春燕}}跑前跑后，{{han:姜春燕}}她说我是外地户口，开始办不下来，后来{{trap/org:街道办}}开了个会，给我们特批了。
访谈者：还有谁帮过你们？
受访者：我摊子旁边卖海鲜的{{han:于德水}}大哥，每天收摊帮我把炉子抬上车。{{han:于德水}}他老婆{{han:逄丽萍}}给我孩子织过毛衣。房东{{han:綦国华}}，房租三年没涨。社区医院的{{han:隋丽娜}}大夫每个礼拜来给我男人做康复。还有社工站的{{compound:司马振岳}}，小伙子，带我儿子去踢球，说孩子得有个男的带着玩。
访谈者：老家那边呢？
受访者：我妹妹{{minority/uyghur:伊帕尔古丽·阿布来提}}在{{trap/place:广州}}打工，她两个孩子在{{trap/place:伊宁}}跟我妈过。我妈{{minority/uyghur:海丽倩木·吐尔洪}}七十了，{{minority/uyghur:海丽倩木}}这个名字村里人都知道，她年轻时候是大队的会计。妹妹的女儿{{minority/uyghur:夏米西努尔}}十岁，儿子{{minority/uyghur:阿卜杜克热木·萨拉买提}}七岁，家里叫他{{minority/uyghur:克热木}}。{{minority/uyghur:伊帕尔古丽}}也是没办法，她男人{{minority/uyghur:萨拉买提·库尔班}}病死了。村里的儿童主任{{minority/uyghur:古丽孜巴·阿不力米提}}，每个礼拜去我妈家看一回。
访谈者：摆摊辛苦吗？
受访者：辛苦。夏天炉子边上四十多度，冬天海风一吹，手冻得裂口子。羊肉从批发市场进，一天穿三百串，手指头都是茧子。有时候城管来查，说占道，我就推着车往里挪。{{trap/place:台东}}这边的人好，老顾客多，有的一来就说老规矩，十串肉两个{{trap/minority_word:馕}}。下雨天没生意，我就在家做{{trap/minority_word:抓饭}}，给楼里的老人送一碗。
访谈者：孩子们在学校适应吗？
受访者：{{minority/uyghur:帕尔哈提江}}刚来的时候汉语不好，班主任{{han:乔雅琴}}老师给他补，现在作文比我写得好。{{minority/uyghur:布再娜普}}的同桌叫{{han:修梓萌}}，两个小姑娘好得一个人似的，{{han:修梓萌}}她妈常接我女儿去她家玩。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}我把街坊叫来吃{{trap/minority_word:抓饭}}，{{trap/minority_word:古尔邦节}}给孩子们做{{trap/minority_word:馓子}}。我男人给孩子们讲{{trap/famous:阿凡提}}的笑话，{{minority/uyghur:帕尔哈提江}}就学着说给同学听。
访谈者：登记表上的地址和号码。
受访者：我们在{{address:青岛市市北区台东三路海晏小区7号楼2单元301室}}，老家在{{address:伊宁县英也尔乡喀拉亚尕奇村二组15号}}。我身份证{{id_number@wy1986hyphen.654002}}，儿子的{{id_number@my2013.654002}}。我电话{{mobile@spaced}}，我妹妹电话{{mobile@plus86}}。我男人有微信，叫{{wechat:Ilham_Tayir1985}}。{{minority/uyghur:帕尔哈提江}}有QQ，跟老师交作业的：{{qq:2374019658}}。
访谈者：您男人现在怎么样？
受访者：在社区医院做康复，能扶着站一会儿了。他心里苦，刚摔那阵子不吃不喝，说自己是废人。社区请了心理老师{{compound:申屠兰芳}}来跟他聊，聊了半年，现在好多了，还在网上帮老乡翻译材料，挣点零钱。他说等能走了，跟我一块儿出摊。孩子们也懂事，放学回来先给他倒水，再写作业。
访谈者：表上名字写得对吗？
受访者：常写错。有的写{{minority/uyghur:米合拉依阿布来提}}，不带点；有的写{{spaced:米合拉依 · 阿布来提}}，点两边空着；我男人还被写成{{spaced:伊 力 哈 木 江}}，女儿写成{{spaced:布再娜普 伊力哈木江}}。
访谈者：您最盼什么？
受访者：盼男人的腰能好一点，盼孩子们在{{trap/place:青岛}}好好念书，将来回{{trap/place:伊犁}}看看姥姥。
""")

# H567: Han civil-affairs officer in 青冈 (绥化) reading from the case file of three children in distress.
DOCS["H567"] = ("staff", """\
访谈者：您在民政局做儿童工作多久了？
受访者：五年，我叫{{han:邹丽萍}}，在{{trap/place:青冈}}县{{trap/org:民政局}}儿童福利股。我拿着案卷说，里面的名字、号码都照案卷念。
访谈者：好。
受访者：第一个案子，孩子{{han:郝梓涵}}，女，十一岁。父亲{{han:郝长贵}}，{{trap/year:二〇一九年}}在{{trap/place:哈尔滨}}打工出车祸去世；母亲{{han:蔺春梅}}精神残疾二级，在{{trap/place:安达}}住院。孩子跟爷爷{{han:郝振发}}过。案卷里{{han:郝振发}}的名字写了两遍，{{han:郝振发}}{{han:郝振发}}，第一遍是他自己签的，第二遍是村会计代签的。孩子身份证{{id_number@wy2014spaced.231223}}。住址{{address:青冈县连丰镇永安村五组21号}}。
访谈者：这个孩子现在怎么认定的？
受访者：认定为事实无人抚养儿童，基本生活费每月{{trap/number:一千二百一十}}。村里的儿童主任{{han:武秀梅}}每个月入户两次，记录在案。她学校是{{school:青冈县连丰镇中心小学五年级（2）班}}，班主任{{han:吉丽君}}。
访谈者：第二个？
受访者：第二个是兄弟俩，{{han:包国峰}}和{{han:包国梁}}，一个十三一个九岁。他们家是蒙古族，从{{trap/place:杜尔伯特}}搬过来的。父亲{{minority/mongolian:包巴图孟和}}，判刑七年，在{{trap/place:齐齐哈尔}}服刑；母亲{{minority/mongolian:乌日根其其格}}离家出走，下落不明。俩孩子跟姑姑{{minority/mongolian:宝力格图雅}}过。{{minority/mongolian:宝力格图雅}}她也有俩孩子，家里困难。案卷上哥哥的名字被写成{{spaced:包 国 峰}}，弟弟写成{{spaced:包　国　梁}}，他爸写成{{spaced:包 巴 图 孟 和}}，我们都附了说明。
访谈者：他们现在怎么样？
受访者：哥哥在{{school:青冈县第三中学初二（1）班}}，学校给免了住宿费。住址{{address:青冈县德胜镇民乐村二组6号}}。姑姑身份证{{id_number@wy1979x.231223}}，电话{{mobile@hyphen}}。哥哥的QQ在案卷里记着，他说平时跟姑姑用这个联系——{{qq:1603927458}}。
访谈者：第三个？
受访者：第三个是{{han:卜晓东}}，十岁，父母离异，父亲{{han:卜建华}}重病，母亲叫{{compound:尉迟春兰}}，改嫁到外省，案卷上还有一处写成了{{spaced:尉 迟 春 兰}}。现在跟外婆{{han:邝桂芝}}过。{{han:卜建华}}都不知道孩子在哪个学校念书，去年才联系上。住址{{address:青冈县青冈镇北苑小区2号楼3单元501室}}。外婆身份证{{id_number@woldfwspaced.231223}}，电话{{mobile@fullwidth}}。
访谈者：参与这些案子的还有谁？
受访者：法律援助中心的律师，叫{{compound:诸葛春生}}，帮着办的监护变更。跟他一起的是{{compound:赫连志诚}}，负责调查走访。县{{trap/org:妇联}}的{{han:关玉霞}}，还有乡镇的民政助理{{han:庄海涛}}。检察院管未成年人的检察官是{{compound:段干守信}}，第一个案子的监护就是他提的建议。股长{{han:佟德全}}说，案卷一户一档，要跟到孩子成年。
访谈者：监护变更是怎么回事？
受访者：第三个案子，父亲病重，母亲改嫁后不管孩子，外婆带着，可法律上外婆不是监护人，孩子办户口、转学都卡着。我们跟法律援助中心一起，向法院申请指定外婆当监护人。开庭那天，外婆一晚上没睡，穿了件新衣裳，法官问她能不能照顾好孩子，她说能，说完就哭了。判下来以后，孩子的补助就从外婆这边领了，转学手续一个礼拜就办完了。
访谈者：有什么难处吗？
受访者：人手少，全县一百多个困境儿童，就我们三个人。村里的儿童主任流动大，刚培训好就走了。还有就是名字，户口本、学籍、银行卡上的写法不一样，补助发不下来，就得一个个去改。{{han:邹丽萍}}这个名字，我自己在系统里都被写成过{{spaced:邹丽 萍}}。
访谈者：您怎么入户？
受访者：每季度至少去一趟，看孩子住的地方、吃的饭、上学的情况，跟监护人聊，跟孩子单独聊。孩子单独聊的时候才说真话，有的孩子说想妈妈，有的说爷爷喝了酒骂人。这些都记进案卷，该转给学校的转给学校，该找村里的找村里。冬天入户最难，雪大，车进不去屯，就得走进去。孩子和监护人有急事，白天找我们，晚上可以打{{trap/hotline:12345}}，会转到我们股里。
访谈者：这些案卷您怎么保管？
受访者：锁在股里的铁柜里，电子版在内网上。我的工作微信{{wechat:zouliping_qg}}，村里的儿童主任有事都找这个。{{han:武秀梅}}的微信{{wechat:wuxiumei1982}}。
访谈者：您觉得最要紧的是什么？
受访者：有人盯着。案卷是死的，孩子是活的，得有人常去看。
""")

# H568: Han father in 绥棱 (绥化) who works at a forestry station; his wife left, he lost a hand in a sawmill.
DOCS["H568"] = ("family", """\
访谈者：大哥，您在林场干多少年了？
受访者：十八年。我叫{{han:谷长海}}，在{{trap/place:绥棱}}林业局下面的一个营林所，管护林子，防火季一上山就半个月。前年在贮木场帮工，让电锯伤了左手，三个指头没了。媳妇{{han:邸秀芳}}嫌日子苦，前年跟人去了{{trap/place:牡丹江}}，离了。俩孩子跟着我和我妈。
访谈者：孩子们多大？
受访者：闺女{{han:谷雨禾}}十三，在{{school:绥棱县第一中学初一（3）班}}；小子{{han:谷浩然}}八岁，在{{school:绥棱林业局第二小学二年级（4）班}}。我妈{{han:滕桂芝}}七十一了，腿不好，可还得给孩子们做饭。{{han:谷雨禾}}都会做饭了，礼拜天给她奶奶包饺子。
访谈者：您上山的时候孩子们怎么办？
受访者：就是我妈看着。营林所的所长{{han:鲁德顺}}照顾我，防火季让我跟{{han:蒋福生}}倒班，一个礼拜能下山一趟。{{han:蒋福生}}说孩子们的事比防火还大。我们所里的{{compound:令狐长山}}，跟我一个宿舍的，他老婆{{han:褚丽秋}}常去我家看看孩子。
访谈者：谁帮过你们？
受访者：林业局社区的儿童主任{{han:郑春红}}，她给俩孩子报了困境儿童，每人每月{{trap/number:八百三}}。我去找社区书记{{han:柴国胜}}，他给我报了低保，说我手伤了算残疾，让我去{{trap/org:县残联}}评残。{{trap/org:县残联}}的{{han:毕文斌}}来家里量了手，评了四级。学校那边，闺女的班主任{{han:韦淑华}}老师，闺女说她跟班主任比跟她妈还亲。小子的老师{{han:葛晓燕}}，一到冬天就把孩子的棉鞋放暖气片上烤。
访谈者：孩子们想妈妈吗？
受访者：小子想。他妈走的时候他六岁，现在还问。闺女不提，可她日记里写了。{{han:邸秀芳}}也打过两回电话，说要接孩子去{{trap/place:牡丹江}}，孩子不愿意去。
访谈者：平时有什么乐子？
受访者：秋天在房后种的{{trap/word:谷子}}熟了，俩孩子帮着割。夏天领孩子们上山采{{trap/word:蘑菇}}、摘{{trap/word:都柿}}，闺女说长大了当护林员。冬天在{{trap/place:诺敏河}}上滑冰。我妈给孩子们讲{{trap/famous:杨靖宇}}在林子里打日本鬼子的事，小子就拿根木棍当枪。
访谈者：您的手现在怎么样？
受访者：能干点轻活。{{trap/place:绥化}}医院的{{compound:慕容志远}}大夫给我做的手术，说再做一次康复能好点。社区医院的{{han:芦建平}}大夫每周给我做一回理疗。我们所里还有个年轻的，叫{{compound:公孙浩}}，另一个是{{compound:拓跋玉成}}，俩人是一年分来的。{{compound:公孙浩}}他会修手机，闺女的旧手机坏了是他修好的。
访谈者：林场的活怎么样？
受访者：比以前轻省了。现在不砍树了，全是管护、造林、防火。春秋两季防火最紧，一上山就住在瞭望塔底下的板房里，每天巡山二三十里。山上没信号，得爬到塔上才能给家里打个电话。闺女知道我几点爬塔，到点就守着电话，跟我说她奶奶吃药没有，她弟弟作业写完没有。工资一个月三千多，加上低保和孩子们的补助，够过日子，就是陪孩子的时候少。
访谈者：邻居亲戚呢？
受访者：我姐{{han:谷长英}}在{{trap/place:伊春}}，寄过钱。{{han:谷长英}}那边也难，姐夫在林场下岗了，她在饭店帮厨，过年还是给俩孩子一人包了二百块钱的红包。对门的{{han:蓝永福}}和他媳妇{{han:阮桂兰}}，冬天帮我们家拉柈子。{{han:蓝永福}}他们家也有个孩子跟我小子一个班，俩孩子天天一块儿走。
访谈者：登记表上的地址和号码。
受访者：家在{{address:绥棱县绥棱镇林业局东山小区3号楼2单元402室}}，营林所在{{address:绥棱县克音河乡红星村四组9号}}。我身份证{{id_number@my1979hyphen.231226}}，我妈的{{id_number@wy1954fullwidth.231226}}。我电话{{mobile@p86h}}，我妈的{{mobile@s74}}。闺女的微信{{wechat:gu_yuhe_2012}}，她的QQ是她用压岁钱买的手机上注册的，号码：{{qq:2468315907}}。
访谈者：名字登记对吗？
受访者：有错的。我的名字有时写成{{spaced:谷 长 海}}，闺女写成{{spaced:谷　雨　禾}}，小子写成{{spaced:谷浩 然}}，我们所的小伙子写成{{spaced:拓　跋　玉　成}}，工资都差点没发下来。
访谈者：孩子们自己怎么说？
受访者：闺女说，爸，你别老觉得对不起我们，别人家有的我们也有。小子说长大要开大车，拉着我和奶奶去{{trap/place:哈尔滨}}看冰灯。我听了心里又酸又甜。去年冬天下大雪，我在山上下不来，闺女领着她弟弟把院子里的雪全扫了，还给她奶奶生了炉子，我回来一看，眼泪差点掉下来。
访谈者：最后想说点啥？
受访者：盼孩子们好好长大，别让人欺负。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=561,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
