# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 35 (tests/pii/holdout35/H265-H272 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 34, written side by side, is not an
earlier set).

Set 35 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 翁牛特旗 (赤峰) whose son is on dialysis and whose daughter-in-law went back to her parents, with three
grandchildren; a Tibetan father in 碌曲 (甘南), widowed by hydatid disease, with three children, his old mother and
the orphan son of his brother, killed by a landslide while digging caterpillar fungus; a Hui father in 门源 (海北)
with a repair shop, his wife lamed by a stroke and his brother in prison, raising four children; a Han mother in 绵阳
whose husband ties rebar on building sites in 成都, raising her two children and her dead sister's daughter (the
father in prison); a Han village doctor near 吉首 (湘西) with Tujia and Miao patients, their relatives and officials
on WeChat and QQ; a Uyghur mother in 哈密 whose husband was paralysed when his lorry turned over, with three children;
a Han judge in 突泉 (兴安盟) reading out the files of three guardianship and support cases; and a Han grandmother in
鞍山 whose son died in a mine and whose daughter-in-law left. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names of four to six characters (萨日朗高娃,
宝力德格日勒, 乌达木图雅, 呼日勒巴特尔, 斯日古楞玛, 苏日娜其木格) with short forms after the full name (乌达木也,
呼日勒就) and a Han surname before a Mongolian name (包布和朝鲁, 白斯琴, 韩其木格); Amdo Tibetan names (道吉东智,
才让措吉, 更登群培, 旦正扎西, 尕藏草, 仁青草) with short forms (更登就, 措吉) and the Han names of Tibetans (杨志明,
杨晓东); Hui Han-form names (韩有录, 冶秀兰, 喇春梅, 铁玉珍, 米秀花) beside 经名 (伊利亚斯, 赛来麦, 萨利姆) and a
Han surname before an Arabic name (韩祖白尔, 韩素菲亚, 韩哈利德, 冶法图麦) with short forms (祖白尔, 素菲亚, 哈利德就);
Uyghur given name + father's name with and without the dot (迪力木拉提·艾合买提 and 迪力木拉提艾合买提) and short
forms (迪力木拉提也, 米日古丽她, 艾合买提他); Han nicknames that are words, annotated whole (汤圆也, 豌豆就, 橙子);
Han names with common surnames above all and some rare ones (税, 母, 敬, 冉, 符, 滕, 施, 舒, 覃, 鲁, 初, 隋, 邢, 闫),
with titles and kin words, names that contain words (唐国庆, 邓富贵, 王德厚, 常欣然), a name written twice on a form
(邢玉珍邢玉珍), names directly before particles and verbs and after 叫/是/给/跟/和/的/找/让; names spaced out
character by character in half- and full-width spaces, dotted names with spaces around the dot (阿依努尔 · 吐尔逊,
吐尔逊　·　玉素甫) and names split in two; compound surnames after ordinary words; and numbers read out and written
the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:税永强}}``, ``{{qq:2736054918}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@mmidhyphenx.152224}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.py`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 院长, 镇长, 队长,
主席, 检察官, 警官, 阿訇, 阿姨, 大姐) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也,
都, 就, 她, 他, 他们家, 那边) are outside the span; a nickname is annotated whole (汤圆, 豌豆, 橙子, 龙老三). Han-style
names of Mongolian, Tibetan, Hui, Tujia and Miao people (杨志明, 冶秀兰, 向桂英, 麻春英) are category han; a Han surname
before a non-Han given name (包布和朝鲁, 韩祖白尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout35/make_holdout35.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(35_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["132", "135", "137", "145", "150", "153", "156", "158", "166", "175", "181", "183", "187",
                   "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H265: Mongolian grandmother in 翁牛特旗 (赤峰); her son is on dialysis, his wife went back to her parents.
DOCS["H265"] = ("family", """\
访谈者：奶奶，您先说说家里几口人吧。
受访者：五口人。我叫{{minority/mongolian:萨日朗高娃}}，今年六十八，家在{{trap/place:翁牛特旗}}{{trap/place:乌丹镇}}东边的嘎查。老头子{{minority/mongolian:敖其尔仓}}五年前走的，心梗，早上还喝了两碗奶茶，中午就没了。儿子{{minority/mongolian:宝力德格日勒}}前年查出尿毒症，在{{trap/place:赤峰}}透析，一个礼拜三回；儿媳{{han:孙晓娟}}熬不住，回了{{trap/place:通辽}}娘家，电话也换了。三个孩子就跟着我。
访谈者：孩子们多大了？
受访者：大孙女{{minority/mongolian:乌达木图雅}}十四，在{{school:翁牛特旗蒙古族中学初二（5）班}}住校。二孙子{{minority/mongolian:呼日勒巴特尔}}十岁，在镇上念四年级。小的{{minority/mongolian:特格喜图}}六岁，上幼儿园大班。家里叫大的{{minority/mongolian:乌达木}}，叫老二{{minority/mongolian:呼日勒}}。{{minority/mongolian:乌达木}}也懂事，放假回来先给她爸熬药，再把一个礼拜的脏衣裳洗了。{{minority/mongolian:呼日勒}}就是淘，{{minority/mongolian:特格喜图}}跟着他哥学，俩人一天打三架，打完了又搂着睡。
访谈者：儿子的病现在怎么样？
受访者：透析的钱医保报一大半，剩下的自己掏，一个月也得一千多。医院肾内科的{{han:鲍金山}}大夫常帮我们问救助的事，说等着配型换肾，可是排队的人多，不知道要等几年。{{minority/mongolian:宝力德格日勒}}他自己心里也苦，说拖累了娘。我说你是我生的，拖累啥。他透析完回来脸是灰的，躺两天才缓过来，缓过来了又去圈里喂羊，拦都拦不住。
访谈者：这些年谁帮过你们？
受访者：嘎查达{{minority/mongolian:包布和朝鲁}}给报了低保，三个孩子按事实无人抚养报到{{trap/org:旗民政局}}，每人每月{{trap/number:一千二百六}}。嘎查的儿童主任是{{minority/mongolian:白斯琴}}，她每个月来两趟，帮孩子们看作业。苏木的民政助理{{han:闫立军}}跑了好几回手续，表格填错了一个字，又跑一趟。旗社工站派来的社工叫{{compound:宇文晓楠}}，跟她一块来的还有{{compound:尉迟宏宇}}。她说话细声细气的，孩子们都爱跟她说心里话。
访谈者：邻居们呢？
受访者：西院{{minority/mongolian:巴音满都呼}}家有车，送儿子去透析多半是他，油钱从来不要。他媳妇{{han:刘翠芝}}也常端碗奶茶过来。东院的{{han:赵福田}}是汉人，冬天帮我拉牛粪、垒羊圈。苏木书记过年来看过我们，还带了两袋面。
访谈者：孩子们在学校怎么样？
受访者：大孙女的班主任{{minority/mongolian:韩其木格}}老师说她数学好，想考{{trap/place:呼和浩特}}的蒙古族高中。二孙子的班主任{{han:高春艳}}老师年轻，常把他留下来补作业，说这孩子不笨，就是心不在书上。
访谈者：冬天家里取暖怎么办？
受访者：烧牛粪，烧煤。嘎查去年给装了电暖气，可电费贵，舍不得开。最冷的时候我们祖孙四个挤在一铺炕上，孩子们的脚丫子冰凉，我一个个揣在怀里焐。去年{{trap/org:旗红十字会}}送来三床棉被，孩子们高兴得在被子上打滚。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:查干萨日}}我给孩子们煮{{trap/minority_word:手把肉}}，做{{trap/minority_word:奶豆腐}}。夏天嘎查办{{trap/minority_word:那达慕}}，二孙子非要去看摔跤。晚上我给他们讲{{trap/famous:忽必烈}}的故事，讲老辈人在{{trap/place:西拉木伦河}}边放马。小的最爱听{{trap/minority_word:乌力格尔}}，收音机一开就不闹了。
访谈者：孩子们的妈妈还联系吗？
受访者：去年冬天来过一回电话，问孩子们好不好，说她在{{trap/place:通辽}}又成了家。大孙女接的，说了两句就把电话挂了，躲到羊圈里哭。我也不怪她妈，年轻轻的守着个病人，谁都熬不住。她娘家的嫂子{{han:孙桂荣}}倒是好人，每年开学寄五百块钱来，说是给孩子们买本子。旗里中学的心理老师{{han:郭艳秋}}听说了，专门找大孙女谈了几回，说这孩子心里憋着气，要让她说出来。现在她周末回来，话比以前多了，还跟我学着做{{trap/minority_word:奶皮子}}。
访谈者：您身体呢？
受访者：腿不行了，关节疼，阴天下雨更厉害。可我不敢倒下，我一倒，这一家就散了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:翁牛特旗乌丹镇哈日毛都嘎查三组17号}}，儿子在赤峰透析时租的房子是{{address:红山区昭乌达路康乐小区8号楼2单元502室}}。我的身份证{{id_number@wold.150426}}，大孙女的{{id_number@wy2011spaced.150426}}。我电话{{mobile@s434}}。大孙女有微信，叫{{wechat:udam_tuya11}}，她还有个QQ，班主任让登记的，号码我找找——在她作业本皮上写着——{{qq:2736054918}}。
访谈者：孩子们的名字在表上写得对吗？
受访者：常写错。学校名单上是{{spaced:乌 达 木 图 雅}}，低保表上我成了{{spaced:萨日朗 高娃}}，儿子写成{{spaced:宝力德　格日勒}}，老二写成{{spaced:呼　日　勒　巴　特　尔}}。
访谈者：最后您想说什么？
受访者：盼儿子能等上换肾，盼孩子们念成书。小的说长大当大夫，给他爸治病。
""")

# H266: Tibetan father in 碌曲 (甘南); his wife died, he raises three children and his dead brother's son.
DOCS["H266"] = ("family", """\
访谈者：阿库，您家里现在几口人？
受访者：六口。我叫{{minority/tibetan:道吉东智}}，户口本上的汉名是{{han:杨志明}}，在{{trap/place:碌曲}}{{trap/place:尕海}}边上放牦牛。媳妇{{minority/tibetan:才让措吉}}前年得了{{trap/word:包虫病}}，在{{trap/place:兰州}}做了两回手术，还是没留住。我阿妈{{minority/tibetan:吉毛草}}七十多了，眼睛不好。家里三个娃娃，再加上我弟弟的娃娃。
访谈者：您弟弟家怎么了？
受访者：弟弟{{minority/tibetan:多杰加布}}三年前上山挖{{trap/minority_word:虫草}}，遇上塌方，人没了。弟媳{{minority/tibetan:尕藏草}}改嫁到{{trap/place:夏河}}，娃娃{{minority/tibetan:旦正扎西}}留给了我们。{{minority/tibetan:旦正扎西}}那时候才五岁，天天站在帐篷门口等他阿爸，等到天黑才肯进来。
访谈者：孩子们都多大了？
受访者：老大{{minority/tibetan:更登群培}}十五，学校里用的名字是{{han:杨晓东}}，在{{school:碌曲县中学初三（2）班}}。老二是丫头，{{minority/tibetan:仁青草}}，十二，在{{school:郎木寺镇寄宿制小学六年级（1）班}}。老三{{minority/tibetan:闹日杰}}八岁。家里都叫老大{{minority/tibetan:更登}}。{{minority/tibetan:更登}}就是个大人样了，放学回来先去圈里看牛。{{minority/tibetan:仁青草}}她管着两个小的洗脸吃饭。
访谈者：孩子们妈妈走了以后，怎么过来的？
受访者：头一年难。{{minority/tibetan:措吉}}走的那天下大雪，{{minority/tibetan:闹日杰}}一直哭着要阿妈。我一个男人不会梳辫子，丫头去学校头发乱蓬蓬的，是班主任{{han:马桂梅}}老师每天早上给她梳。后来丫头自己学会了，还给弟弟们剪指甲。晚上我放牧回来，锅里的茶已经熬好了，我心里又疼又热乎。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:完么吉}}给{{minority/tibetan:旦正扎西}}报了孤儿基本生活费，一个月{{trap/number:一千六百一}}。村长{{minority/tibetan:尕藏扎西}}给我们家报了低保。乡上的民政干事{{han:李永红}}来过三回，{{trap/org:县民政局}}的{{han:何建业}}科长也来过。县社工站的{{compound:诸葛慧芳}}和{{compound:赫连东升}}每个季度来一趟，给娃娃们带书、带文具。{{compound:诸葛慧芳}}她会说几句藏话，娃娃们不怕她。
访谈者：娃娃们想不想他们阿妈？
受访者：想。丫头把她阿妈的一条绿松石项链收在枕头底下，谁都不让碰。老三有时候半夜醒来喊阿妈，我就抱着他到帐篷外面看星星，跟他说阿妈在天上看着呢。过年的时候，我们还给她点一盏{{trap/minority_word:酥油灯}}。日子总得往前过，我跟娃娃们说，好好念书，就是对阿妈最好的念想。
访谈者：您放牧的时候，小的谁管？
受访者：老三放学早，跟着村里的{{han:杨秀兰}}阿姨，她是汉族媳妇，嫁到我们村二十年了，藏话说得比我还溜。她家开小卖部，老三就在柜台边上写作业，写完了帮她数糖。冬天牛羊转场，我一走就是十来天，家里就靠丫头和{{han:杨秀兰}}。乡里的{{han:王成林}}书记说，等新房盖好，给我们家安个监控，手机上就能看见娃娃。我们这里冬天零下三十度，牛粪饼要攒一个夏天，娃娃们放了学都去捡，背篓比他们的个子还高。
访谈者：看病方便吗？
受访者：{{trap/org:乡卫生院}}的{{han:苏永祥}}大夫管我们这片。阿妈眼睛的事他让去{{trap/place:合作}}市里看，说是白内障，做个手术就好，医保能报。寺里的{{trap/minority_word:曼巴}}也给看过，开了{{trap/minority_word:藏药}}。
访谈者：过节呢？
受访者：{{trap/minority_word:藏历年}}杀一只羊，炸{{trap/minority_word:果子}}。夏天{{trap/minority_word:香浪节}}一家人去草滩上搭帐篷。阿妈给娃娃们讲{{trap/famous:米拉日巴}}的故事，讲他怎么一个人在山洞里修行。阿妈说，人这辈子苦是躲不开的，要忍。
访谈者：亲戚们呢？
受访者：弟媳她有时候托人捎钱来，捎过两回。我表哥{{minority/tibetan:桑杰东珠}}在{{trap/place:郎木寺}}开客栈，冬天让老大去帮忙，给他发工钱。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:碌曲县尕海镇秀哇村二社14号}}。我身份证{{id_number@mmidhyphen.623026}}，侄子的{{id_number@my2015.623026}}。我电话{{mobile@spaced}}。老大有个QQ，号是{{qq:41873562}}，他说跟同学商量作业用。他还用我的手机注册了微信，叫{{wechat:gendeng_2009}}。
访谈者：名字在表上写得对不对？
受访者：对不上的多。老大在学校名单上是{{spaced:更登 群培}}，低保表上我是{{spaced:道　吉　东　智}}，侄子写成了{{spaced:旦 正 扎 西}}。
访谈者：最后您想说什么？
受访者：我就盼老大考上{{trap/place:兰州}}的学校，将来回来当老师，教村里的娃娃。
""")

# H267: Hui father in 门源 (海北); his wife had a stroke, his brother is in prison, the brother's sons live with him.
DOCS["H267"] = ("family", """\
访谈者：大哥，家里的情况能跟我们说说吗？
受访者：能。我叫{{han:韩有录}}，经名{{minority/hui:伊利亚斯}}，在{{trap/place:门源}}{{trap/place:浩门镇}}边上开个修车铺。媳妇{{han:冶秀兰}}，经名{{minority/hui:赛来麦}}，前年中风，瘫了半边身子。我们自己两个娃娃，儿子{{minority/hui:韩祖白尔}}十四，丫头{{minority/hui:韩素菲亚}}十岁。我弟弟{{han:韩有财}}帮人捎货，判了七年，在{{trap/place:西宁}}服刑。弟媳{{han:喇春梅}}走了，留下两个儿子，{{minority/hui:韩哈利德}}十二，{{han:韩小龙}}八岁，也跟着我。
访谈者：四个孩子，您一个人怎么顾得过来？
受访者：顾不过来也得顾。早上{{minority/hui:祖白尔}}起来给他妈倒水擦脸，{{minority/hui:素菲亚}}做饭，我让{{minority/hui:哈利德}}送弟弟上学。{{minority/hui:祖白尔}}也就十四，个子比我还高了。我在铺子里忙到天黑，回来娃娃们作业写完了，锅也洗了。有时候我看着他们，心里想，要不是家里这样，他们也该是撒欢的年纪。
访谈者：孩子们上学怎么样？
受访者：大的在{{school:门源县回民中学初二（4）班}}，班主任{{han:铁玉珍}}老师对他好，知道他家里难，给他申请了助学金。丫头和侄子在{{school:浩门镇第一完全小学四年级（1）班}}，一个班。{{minority/hui:素菲亚}}学习好，{{minority/hui:哈利德}}就是爱打架，班上有人说他爸是坐牢的，他就动手。
访谈者：谁帮过你们？
受访者：寺里的{{han:沙吉祥}}阿訇，经名{{minority/hui:萨利姆}}，坊上散{{trap/minority_word:乜贴}}的时候先想着我们。乡老{{minority/hui:祁伊斯哈格}}给我媳妇找了西宁的大夫。村上的儿童主任{{han:米秀花}}把两个侄子按事实无人抚养报了上去，一人一个月{{trap/number:一千五百四}}。{{trap/org:县残联}}给我媳妇办了残疾证，发了个轮椅。{{trap/org:县法律援助中心}}的{{compound:令狐志勇}}帮我弟弟写过申诉，跟他一起来的是{{compound:夏侯雪梅}}。
访谈者：娃娃们想他们的爸爸吗？
受访者：想。侄子每个月给他爸写一封信，写了撕，撕了写，最后寄出去的就几行字。监狱里一年让见两回面，我带他们坐班车去，来回一天。小的见了他爸不敢认，躲在我身后。回来的路上大的一句话不说，看着窗外的{{trap/place:达坂山}}发呆。我跟他说，你爸做错了事，可他还是你爸，等他出来，一家人还是一家人。
访谈者：您铺子里的生意，够一家人花吗？
受访者：不够。补胎换油一天挣个一百来块，冬天有时候一天一个人都不来。低保一个月一千来块，媳妇吃药就去了一半。我们村的会计{{han:祁永寿}}跟我说，可以申请临时救助，表格他帮我填了。邻居{{han:李守仁}}是汉民，跑出租，媳妇要去县上做康复，都是他顺路拉上，从来不要钱。他说，远亲不如近邻，你家的难处就是我家的难处。娃娃们过年给他拜年，他给每人塞二十块钱，我说不要，他说是给娃娃的，又不是给你的。
访谈者：亲戚们呢？
受访者：我阿舅{{han:马进孝}}在{{trap/place:大通}}，每年{{trap/minority_word:开斋节}}接娃娃们去住几天。媳妇的姐姐{{minority/hui:冶法图麦}}常来帮着洗洗涮涮。{{minority/hui:冶法图麦}}她自己也有三个娃娃，日子也紧。
访谈者：您媳妇现在怎么样？
受访者：{{trap/org:镇卫生院}}的{{han:何万福}}大夫每礼拜来扎一回针，说能慢慢站起来。{{minority/hui:赛来麦}}她心里急，老说自己是个累赘。我说你在炕上坐着，这个家就还是个家。
访谈者：平常过日子呢？
受访者：夏天{{trap/place:门源}}的{{trap/word:油菜花}}开了，游客多，修车铺生意好些。冬天就紧了，{{trap/word:铁锹}}、链子都得赊账。过{{trap/minority_word:古尔邦节}}，坊上的人给送肉、送{{trap/minority_word:馓子}}。阿訇给娃娃们讲{{trap/famous:赛典赤}}修水利的故事，说做人要为众人做事。
访谈者：登记表上要填地址、证件和电话。
受访者：家在{{address:门源县浩门镇北关村三社22号}}。我身份证{{id_number@mmidspaced.632221}}。我电话{{mobile@hyphen}}，{{han:铁玉珍}}老师的{{mobile@plus86}}。大儿子有QQ，号码他写在门背后了：{{qq:1509736482}}。我微信是他给注册的，{{wechat:hanyoulu_xiuche}}。
访谈者：名字写得对吗？
受访者：不对的多。侄子在学校写成{{spaced:韩 哈 利 德}}，丫头写成{{spaced:韩　素　菲　亚}}，我媳妇经名写成{{spaced:赛来 麦}}。
访谈者：最后还想说什么？
受访者：盼弟弟早点出来，盼娃娃们走正路，别像他们的爸爸。
""")

# H268: Han mother in 绵阳 whose husband works in 成都; she raises her dead sister's daughter too.
DOCS["H268"] = ("family", """\
访谈者：大姐，您先介绍一下家里吧。
受访者：我叫{{han:蒋春梅}}，住在{{trap/place:绵阳}}{{trap/place:游仙区}}。老公{{han:罗建平}}在{{trap/place:成都}}{{trap/place:龙泉驿}}工地上绑钢筋，一个月回来一趟。我们两个娃儿，女儿{{han:罗雨涵}}，小名{{han:汤圆}}，十一岁；儿子{{han:罗浩宇}}，小名{{han:豌豆}}，七岁。还有我妹妹的女儿{{han:税佳怡}}，小名叫{{han:橙子}}，妹妹走了以后就跟我们过。
访谈者：您妹妹家是怎么回事？
受访者：我妹{{han:蒋春燕}}前年得宫颈癌走的。妹夫{{han:税永强}}喝了酒跟人打架，把人打残了，判了四年。{{han:税永强}}那边的老人在{{trap/place:北川}}，{{trap/year:2008年}}地震房子垮了，自己都顾不过来。娃儿就到了我家。
访谈者：妹夫在监狱里，孩子去看过他吗？
受访者：去过一回，社区帮着联系的，在{{trap/place:德阳}}。{{han:橙子}}隔着玻璃跟她爸说话，说了没几句就不说了，出来跟我说，她爸瘦了，头发也剃光了。监狱的{{han:冉晓峰}}警官人好，说以后每个月可以打一次亲情电话。妹夫家的大哥{{han:税永贵}}在{{trap/place:三台}}种地，有时候送点米、送点腊肉来，说这是他们家的娃儿，不能全靠我。我说都一样，都是我们的娃儿。
访谈者：三个孩子相处得好吗？
受访者：好。{{han:汤圆}}也护着她妹妹，{{han:豌豆}}就是个跟屁虫，表姐走哪儿他跟哪儿。{{han:罗建平}}说，多双筷子的事。他在成都挣得也不多，一个月寄回来三千多，自己住工棚，吃的是馒头咸菜。有一回他过年回来，三个娃儿扑上去，把他一身的灰都蹭到了脸上。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:曾玉兰}}大姐，她把外甥女按事实无人抚养报上去了，一个月{{trap/number:一千二百三}}。{{han:曾玉兰}}都六十了，还天天在社区跑。社区书记{{han:唐国庆}}给我们家申请过临时救助。社工站的{{compound:欧阳诗琪}}每个月来做一次家访，她说{{han:橙子}}心里有事不说，要慢慢来。跟她搭档的是{{compound:皇甫佳欣}}，教娃儿们画画。
访谈者：孩子们在学校怎么样？
受访者：两姊妹都在{{school:游仙区东津路小学五年级（2）班}}，班主任{{han:敬晓琳}}老师让她们坐一桌。{{han:豌豆}}在实验小学念一年级，老师说他上课老是东张西望。{{han:敬晓琳}}老师还自己掏钱给外甥女买过一双鞋。
访谈者：邻居们呢？
受访者：隔壁{{han:母德全}}他们家也是留守的，儿子儿媳在{{trap/place:广东}}，孙子{{han:母小军}}跟着爷爷。老爷子说他不会辅导作业，就让孙子来我家跟{{han:汤圆}}一起写。楼下的{{han:谢长春}}医生是社区诊所的，娃儿们感冒发烧都找他。小区门口{{trap/org:税务局}}旁边那个{{trap/org:敬老院}}，过年请娃儿们去表演节目，三个娃儿都去了。
访谈者：您自己身体呢？
受访者：腰椎间盘突出，搬不了重东西。有时候累了想哭，打电话给{{han:罗建平}}，他说再熬两年，攒够钱就回来。他包工头{{han:邓富贵}}去年拖了两个月工资，还是社区帮着打了{{trap/hotline:12345}}才要回来。
访谈者：过年的时候怎么过？
受访者：老公腊月二十八才回得来，一家人灌香肠、炸酥肉，热热闹闹的。三个娃儿守在门口等他，听见摩托车响就往外跑。年三十晚上我们给妹妹摆一副碗筷，外甥女自己摆的，摆好了就坐在旁边不说话。初一去{{trap/place:富乐山}}耍，娃儿们买了糖画，一人一个。我就觉得，日子再苦，一家人在一起就好。
访谈者：平常带孩子出去耍吗？
受访者：去过{{trap/place:江油}}，看{{trap/famous:李白}}的故居。{{han:豌豆}}背“床前明月光”，背一半就忘了。端午节包粽子，外甥女说她妈以前也包，包着包着就哭了。我抱着她，也跟着哭。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:游仙区东津路芙蓉小区6栋2单元301室}}。我身份证{{id_number@wspaced.510704}}，{{han:税佳怡}}的{{id_number@wy2013.510703}}。我电话{{mobile@s38}}，{{han:罗建平}}的{{mobile@p86n}}。我微信{{wechat:jiang_chunmei82}}，女儿用我手机登QQ，号码是老师让写在联系本上的：{{qq:３０８４５１７６９２}}。
访谈者：名字登记有问题吗？
受访者：有。低保表上把外甥女写成{{spaced:税 佳 怡}}，把我写成{{spaced:蒋春 梅}}。
访谈者：最后您想说什么？
受访者：盼三个娃儿都平平安安长大，盼{{han:税永强}}出来以后好好做人，给娃儿一个交代。
""")

# H269: Han village doctor near 吉首 (湘西) with Tujia and Miao patients, their relatives and officials on WeChat and QQ.
DOCS["H269"] = ("doctor", """\
访谈者：医生，您在村卫生室干了多少年了？
受访者：二十二年。我叫{{han:彭耀明}}，卫生室在{{trap/place:吉首}}{{trap/place:矮寨}}镇上面的村里，管四个村，土家族、苗族都有。困境儿童这块，我手上有五六家，打针拿药都是我，谁家娃娃病了，大人第一个给我打电话，要不就发微信。
访谈者：能说说几家吗？
受访者：头一家是土家族的，奶奶{{han:向桂英}}带孙子{{han:向小勇}}。爹妈在{{trap/place:广东}}打工，离了，谁都不回来。孩子有哮喘，一到换季就犯。{{han:向桂英}}她不识字，药怎么吃记不住，我就把药分好，装在小袋子里，写上早、中、晚。她儿子{{han:向军}}在东莞，微信上就叫“{{han:向军}}”，头像是他儿子。我每回给他发娃娃的情况，他隔几天回一句“晓得了”。
访谈者：第二家呢？
受访者：第二家是苗族的，娃娃叫{{han:石金宝}}，九岁。他爸{{han:石长生}}前年在山上砍树，被树压死了。他妈{{han:麻春英}}有癫痫，隔三岔五地发。{{han:麻春英}}也想好好带娃，可是一发病就人事不知。外婆{{han:吴春花}}七十多，住得远。我跟村支书{{han:符德胜}}说了，村里把娃娃报了事实无人抚养，一个月{{trap/number:一千一百七}}。
访谈者：村里的干部怎么帮？
受访者：{{han:符德胜}}说话算数，他找了镇上的{{han:滕建华}}镇长，给孩子妈办了残疾证。儿童主任{{han:施玉莲}}每礼拜去看一趟，她在QQ上叫“{{han:施玉莲}}”，QQ号是{{qq:597201348}}，我有啥事就在QQ上找{{han:施玉莲}}。镇卫生院的{{han:舒国良}}院长每季度下来巡诊一回，带些常用药。
访谈者：还有吗？
受访者：第三家是{{han:田晓梅}}家。她是苗族媳妇，男人{{han:龙老三}}在监狱里，她自己有尿毒症，两个丫头，大的{{han:龙春妹}}，小的{{han:龙秋妹}}。{{han:龙春妹}}就十三岁，妈妈去{{trap/place:乾州}}透析，她就在家带妹妹，做饭、喂猪、送妹妹上学，一样不落。{{han:田晓梅}}的微信号我存着，{{wechat:tianxiaomei0618}}，有时候半夜发语音说难受，我骑摩托就过去了。山路不好走，下雨天摔过两回。
访谈者：这些娃娃的爹妈，有回来过的吗？
受访者：{{han:向军}}去年过年回来过三天，给娃娃买了双球鞋，又走了。娃娃追到车站，哭得我都不忍心看。还有一家，{{han:杨再林}}，苗族，在{{trap/place:浙江}}打工，他屋里娃娃是外公{{han:杨光亮}}带。{{han:杨再林}}他每个月按时寄钱，逢周末就视频，娃娃比别家的开朗些。我跟村里的家长说，钱要寄，话也要说，娃娃要的是你这个人。
访谈者：有社工来吗？
受访者：有。市里社工站的{{compound:慕容紫涵}}和{{compound:公孙建平}}，两个年轻人，每个月来。{{compound:慕容紫涵}}的微信是{{wechat:murong_zihan}}，她建了个群，把几家的家长、老师、村干部都拉进去了。还有大学里来调研的老师，写了个报告递到{{trap/org:市民政局}}，后来几家的补贴都涨了。
访谈者：学校那边呢？
受访者：{{han:石金宝}}在{{school:矮寨镇中心完小三年级（2）班}}，班主任{{han:鲁红霞}}老师的QQ我也有，号码挺长的——你等等——这个，{{qq:2086471395}}。大丫头在{{school:吉首市第四中学初一（3）班}}，住校，班主任{{han:覃永福}}给她免了住宿费。
访谈者：平常过节呢？
受访者：苗族过{{trap/minority_word:赶秋节}}，土家族过{{trap/minority_word:社巴节}}，跳{{trap/minority_word:摆手舞}}。奶奶们织{{trap/minority_word:西兰卡普}}，卖了钱给孙子买本子。{{han:田晓梅}}说她丫头长大要像{{trap/famous:翠翠}}那样在渡口等人，我说这是{{trap/famous:沈从文}}写的书，不吉利，要念书念出去。
访谈者：登记表要填地址和电话。
受访者：奶奶家在{{address:吉首市矮寨镇坪朗村六组21号}}，石家在{{address:吉首市矮寨镇德夯村二组8号}}。孩子妈的身份证{{id_number@wmidx.433101}}，孩子的{{id_number@my2016spaced.433101}}。我电话{{mobile@plain}}，支书的{{mobile@h38}}。
访谈者：名字写得对吗？
受访者：苗族名字汉字写法不一样，孩子妈在医院写成{{spaced:麻 春 英}}，{{han:石金宝}}在学校是{{spaced:石　金　宝}}。卫生室的档案是我手写的，写的{{spaced:向 小 勇}}。
访谈者：您最大的难处是什么？
受访者：{{trap/word:麻烦}}事多，我一个人跑不过来。药钱有时候垫了就收不回来，老婆说我傻。可娃娃们喊我一声“伯伯”，我就觉得值。
""")

# H270: Uyghur mother in 哈密; her husband was paralysed when his lorry turned over, with three children.
DOCS["H270"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：好。我叫{{minority/uyghur:阿依努尔·吐尔逊}}，今年四十一，家在{{trap/place:哈密}}{{trap/place:伊州区}}{{trap/place:回城乡}}。丈夫{{minority/uyghur:艾合买提·沙吾提}}以前拉{{trap/word:哈密瓜}}去{{trap/place:吐鲁番}}，三年前车翻在路上，腰断了，现在躺在床上。我们有三个孩子。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:迪力木拉提·艾合买提}}十五，在{{school:哈密市第八中学初三（1）班}}。女儿{{minority/uyghur:米日古丽·艾合买提}}十一岁，在{{school:回城乡中心小学五年级（3）班}}。小儿子{{minority/uyghur:伊力扎提}}五岁，在幼儿园。学校花名册上大的写成{{minority/uyghur:迪力木拉提艾合买提}}，没有点。{{minority/uyghur:迪力木拉提}}也懂事，放学就去给他爸翻身。{{minority/uyghur:米日古丽}}她喜欢唱歌，学校让她唱{{trap/minority_word:木卡姆}}。
访谈者：丈夫出事以后，家里怎么过？
受访者：地里的活儿我一个人干，十亩地种瓜。{{minority/uyghur:艾合买提}}他以前是顶梁柱，现在一天到晚看着天花板。我爸{{minority/uyghur:吐尔逊·玉素甫}}七十了，常来帮我看孩子。隔壁的{{minority/uyghur:帕塔木汗}}大姐给我们送{{trap/minority_word:馕}}，做{{trap/minority_word:抓饭}}的时候也给我们端一盘。瓜熟的时候最忙，天不亮就下地，中午回来给丈夫喂饭、换尿垫，下午再去。孩子们放暑假就跟着我在地里，女儿给我打伞，小的在瓜垄里睡着了。
访谈者：谁帮过你们？
受访者：村里的干部{{minority/uyghur:热合曼江·依明}}给我们报了低保，三个孩子报了困境儿童，每人每月{{trap/number:五百八}}。{{minority/uyghur:热合曼江}}说话和气，跑了{{trap/org:区民政局}}好几趟。驻村工作队的{{han:王振华}}队长给我丈夫申请了护理补贴。{{trap/org:市残联}}的{{han:孙德义}}给送了气垫床。社工{{compound:上官雨菲}}每个月来，她跟{{compound:司马红霞}}两个一起，给孩子们补课，还教我怎么给丈夫按摩。
访谈者：孩子们在学校怎么样？
受访者：大儿子的班主任{{minority/uyghur:麦尔哈巴}}老师说他物理好，想考{{trap/place:乌鲁木齐}}的高中。女儿的班主任{{han:李晓红}}老师是汉族，教她写汉字，{{minority/uyghur:米日古丽}}回来就教弟弟。小的说他也要上学，天天背着姐姐的旧书包。
访谈者：丈夫的病还能治吗？
受访者：{{trap/place:哈密}}医院的{{han:陈立新}}大夫说神经断了，站不起来了，能做的就是别让他生褥疮。{{minority/uyghur:艾合买提}}就是心里过不去，有时候不吃饭。我跟他说，孩子们要看着你，你得活着。他听了不说话，眼泪顺着耳朵往下流。
访谈者：孩子们帮您干活吗？
受访者：帮。大儿子放假了就去巴扎上帮人卖瓜，一天能挣五六十块，钱全交给我。我让他留点买书，他说书学校有。女儿会做饭了，拉条子拉得比我还细。我心里又高兴又难受，别人家的孩子这个年纪还在撒娇，我的孩子早早就懂事了。去年瓜价好，一公斤卖到{{trap/number:三块五}}，我们还了一点债。
访谈者：您自己身体怎么样？
受访者：腰也不好，种瓜弯腰弯多了。去年冬天我在地里晕倒过一回，是邻居{{han:张学军}}看见了，把我背回家的。他家也种瓜，是从{{trap/place:甘肃}}过来的汉族，来了三十年了。他媳妇{{han:范秀珍}}教我腌咸菜，我教她烤{{trap/minority_word:薄皮包子}}。村医给我开了药，说是累的、缺觉。晚上丈夫要翻身，我一夜起来三四回，哪有觉睡。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，亲戚们都来。我给孩子们讲{{trap/famous:阿凡提}}的故事，{{minority/uyghur:伊力扎提}}笑得在炕上打滚。我爸说，{{trap/place:天山}}底下的人，再难也要唱歌。
访谈者：登记要填地址、证件和电话。
受访者：家在{{address:伊州区回城乡阿勒屯村四组28号}}，我妹妹在城里，住{{address:伊州区前进东路天马小区3号楼2单元601室}}。我身份证{{id_number@wfullwidth.650502}}，丈夫的{{id_number@m.650502}}。我电话{{mobile@plus86spaced}}。大儿子的QQ是{{qq:63817205}}，他还有微信，{{wechat:dilmurat_2010}}。
访谈者：表上名字写得对吗？
受访者：乱。我在低保表上是{{spaced:阿依努尔 · 吐尔逊}}，丈夫是{{spaced:艾　合　买　提}}，女儿是{{spaced:米 日 古 丽}}，我爸写成{{spaced:吐尔逊　·　玉素甫}}，大儿子是{{spaced:迪力木拉提 艾合买提}}。
访谈者：最后您想说什么？
受访者：盼孩子们念好书。{{minority/uyghur:迪力木拉提}}说他要当医生，给他爸治好。
""")

# H271: Han judge in 突泉 (兴安盟) reading from the files of three guardianship and support cases.
DOCS["H271"] = ("court", """\
访谈者：法官，您办的涉及困境儿童的案子多吗？
受访者：这两年多了。我叫{{han:于振江}}，在{{trap/place:突泉}}县法院家事审判庭。我手上这几本卷宗，都是孩子的事，我照着卷宗跟你说，名字你们回去要处理。
访谈者：好，先说第一个。
受访者：第一个是撤销监护人资格。被申请人{{han:郝德财}}，吸毒，喝醉了打孩子，孩子妈妈五年前病故。孩子叫{{han:郝思雨}}，十岁。申请人是孩子的外婆{{han:邢玉珍}}，卷宗里她签名那一栏，打印的名字后面她自己又写了一遍：{{han:邢玉珍}}{{han:邢玉珍}}。{{han:郝德财}}他开庭那天没来，说在{{trap/place:乌兰浩特}}打工。
访谈者：怎么判的？
受访者：撤销了他的监护资格，指定外婆当监护人。{{trap/org:县民政局}}出了书面意见，{{trap/org:县妇联}}的{{han:常秀兰}}主席也来旁听了。审判员是我，合议庭还有我同事{{compound:漆雕浩然}}和人民陪审员{{han:包凤霞}}。书记员是{{compound:闾丘雅婷}}，笔录都是她记的。宣判那天孩子没来，外婆一个人坐在旁听席上，听完了站起来给我们鞠了一躬，我们几个心里都不是滋味。
访谈者：卷宗里的材料都怎么写的？
受访者：申请书上写的是：申请人{{han:邢玉珍}}，女，{{trap/year:1956年}}生，身份证号{{id_number@wy1956spaced.152224}}，住{{address:突泉县突泉镇永安村五组16号}}。被申请人{{han:郝德财}}，身份证号{{id_number@mmidhyphenx.152224}}，住{{address:突泉县东杜尔基镇杜尔基村二组33号}}。外婆不识几个字，村里代写的，名字是一个字一个字空开写的：{{spaced:邢 玉 珍}}，孩子写成{{spaced:郝　思　雨}}。
访谈者：第二个案子呢？
受访者：第二个是抚养费。原告{{minority/mongolian:斯日古楞玛}}，蒙古族，带着女儿{{minority/mongolian:苏日娜其木格}}。被告是孩子她爸{{minority/mongolian:朝伦巴特尔}}，在{{trap/place:科右前旗}}又成了家，一分钱不给。{{minority/mongolian:朝伦巴特尔}}他说他没钱，可他家有三百只羊。{{minority/mongolian:斯日古楞玛}}她的代理律师是{{compound:乐正宏伟}}，{{trap/org:法律援助中心}}指派的。孩子念小学三年级，班主任{{han:付丽君}}老师出了情况说明，说孩子常常一个人坐在操场边上，不跟别人玩。
访谈者：怎么处理的？
受访者：判每月给{{trap/number:八百}}，到孩子十八岁。执行的时候，被告又不给了，我们执行局的{{han:于春江}}带人去拉了二十只羊。卷宗里被告的名字被写成{{spaced:朝伦 巴特尔}}，原告写成{{spaced:斯 日 古 楞 玛}}，孩子写成{{spaced:苏 日 娜 其 木 格}}。原告的电话{{mobile@plus86dash}}。
访谈者：第三个呢？
受访者：第三个是指定监护人。孩子叫{{han:常欣然}}，十二岁，爸妈都出车祸没了。叔叔{{han:常志远}}和姑姑{{han:常丽萍}}都想养，吵到了法院。{{han:常志远}}说他是男方家的人，{{han:常丽萍}}说孩子跟她亲。检察院的{{compound:段干志成}}检察官也出了意见，社工{{compound:巫马秀兰}}做了社会观护报告。最后还是问孩子，{{han:常欣然}}说跟姑姑。孩子在{{school:突泉县第一中学初一（2）班}}，身份证{{id_number@wy2012.152224}}，住{{address:突泉县突泉镇民主街道育才小区2号楼3单元101室}}。姑姑的电话{{mobile@hyphen}}，她的微信号{{wechat:changliping_tq}}也留在卷里了。
访谈者：审这些案子，您自己有什么感受？
受访者：我也是当爹的人。每回看见孩子在法庭外面等着，手里攥着书包带子，我心里就发紧。所以我们庭里定了规矩，涉及孩子的案子，能调解就调解，开庭尽量安排在周末，不让孩子耽误上课。法庭里专门布置了一间屋子，有沙发、有绘本，孩子不用站在被告席对面。
访谈者：这几个孩子，判完以后您还跟进吗？
受访者：跟。第一个案子的孩子，判完第二年我去学校看过，班主任{{han:孟宪丽}}老师说成绩上来了，个子也长了。外婆家的低保是镇里的{{han:吕国华}}给办的，他说法院判了，民政就好办了。第三个孩子，姑姑每个月给我发一次照片，孩子学了小提琴。有时候夜里翻卷宗，看着这些名字，我就想起他们的样子。
访谈者：这些案子您最难的是什么？
受访者：孩子的心。大人吵完就走了，孩子还得过日子。我不是{{trap/famous:包青天}}，判得了钱，判不了亲情。{{trap/word:于是}}每个案子判完，我都让社工再回访一次，有事打{{trap/hotline:12368}}找我们。
访谈者：卷宗上名字出错的多吗？
受访者：多。书记员把自己写成{{spaced:闾 丘 雅 婷}}，孩子的姑姑写成{{spaced:常丽 萍}}，都得一个个核对。差一个字，判决书就送达不了，户口也迁不过去。
""")

# H272: Han grandmother in 鞍山 whose son died in a mine, raising his two children.
DOCS["H272"] = ("family", """\
访谈者：大娘，您先说说家里的事吧。
受访者：说吧。我叫{{han:齐淑芬}}，七十一了，家在{{trap/place:鞍山}}{{trap/place:立山区}}。老头子{{han:王德厚}}在{{trap/org:鞍钢}}干了一辈子，退休了，尘肺，喘不上气。儿子{{han:王立国}}在{{trap/place:弓长岭}}矿上干井下，{{trap/year:2019年}}冒顶，人没了，才三十六。儿媳{{han:孟晓丽}}第二年就走了，说去南方，再没信儿。俩孙子孙女跟着我们。
访谈者：孩子们多大了？
受访者：孙女{{han:王思彤}}十四，在{{school:鞍山市第二十六中学初二（6）班}}。孙子{{han:王一鸣}}十岁，在{{school:立山区胜利小学四年级（5）班}}。{{han:王思彤}}也不爱说话，她爸走那年她十岁，哭了一宿，第二天就不哭了，到现在也不提。{{han:王一鸣}}就皮，跟他爸小时候一个样。
访谈者：您儿子的事，矿上怎么处理的？
受访者：赔了{{trap/number:八十六万}}，一大半存着给孩子们念书。矿上工会的{{han:初建伟}}帮着跑的手续，他说这钱要存成孩子的名字，别让人惦记。{{han:初建伟}}说话实在，逢年过节还来看看。律师是矿上请的，叫{{compound:长孙丽娜}}，她跟我说，孩子妈将来回来要钱，也得经过法院。出事那天矿上来了一车人，我到现在也记不清谁跟我说了啥，就记得儿子早上走的时候说，妈，晚上吃饺子。
访谈者：儿子出事以后，您是怎么挺过来的？
受访者：头半年天天哭，眼睛都快哭瞎了。后来想，我要是垮了，俩孩子咋办？就逼着自己起来做饭、送孩子上学。邻居们轮流来陪我说话，社区组织我们这些老姐妹去{{trap/place:二一九公园}}跳广场舞，我去了两回，慢慢就能睡着觉了。儿子的照片我摆在柜子上，每天早上擦一遍，跟他说说孩子们的事。
访谈者：孩子妈妈后来联系过吗？
受访者：前年打过一回电话，说在{{trap/place:深圳}}，问赔偿的钱还有多少。我没告诉她。孙女知道了，一个礼拜没吃好饭。亲家母{{han:孟桂芝}}倒是常来，每回都抹眼泪，说她闺女对不起我们。老头子的老工友{{han:宋长林}}，当年跟儿子一个班组，出事那天他在井上，到现在见了我还低着头。他每年腊月送一袋大米来，说是替儿子尽孝。
访谈者：平时谁帮你们？
受访者：社区主任{{han:常秀云}}，她给俩孩子报了事实无人抚养，一个月{{trap/number:一千一百五}}。{{han:常秀云}}还给我们报了低保。街道的{{han:关长顺}}管残疾和救助，给老头子弄了台制氧机。楼上的{{han:金凤兰}}大姐天天下来看一眼，我要是去医院，孩子就放她家。社工站的{{compound:澹台志刚}}和{{compound:端木晓雪}}每个月来，{{compound:端木晓雪}}辅导孙子数学。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:隋丽华}}老师说她作文写得好，写她爸的那篇，老师看了都哭了。{{han:隋丽华}}老师跟学校说了，免了她的资料费。孙子的老师{{han:赵立本}}说他体育好，让他进了学校足球队。
访谈者：您和老伴身体呢？
受访者：我高血压，老头子离不开氧气。{{han:王德厚}}他说，他得撑到孙子上大学。夜里他一咳嗽，孙女就起来给他拍背。这孩子心细，药盒子她给分好了，周一到周日，一格一格的。
访谈者：过年过节呢？
受访者：包饺子，炖{{trap/word:酸菜}}。{{han:王一鸣}}爱看{{trap/word:二人转}}，学得有模有样。清明去{{trap/place:千山}}脚下给他爸上坟。老头子给孙子讲{{trap/famous:雷锋}}的故事，说人要有良心。
访谈者：登记表要填地址、证件和电话。
受访者：家在{{address:立山区曙光街道友好小区12号楼4单元502室}}，儿子以前在矿上住{{address:弓长岭区安平乡柳河村三组7号}}。我身份证{{id_number@woldhyphen.210304}}，孙女的{{id_number@wy2010fwspaced.210304}}。我电话{{mobile@fullwidth}}，{{han:常秀云}}主任的{{mobile@p86h}}。孙女的微信{{wechat:wangsitong_as}}，她QQ号长——我念给你——{{qq:1847260395}}。孙子也有QQ，玩游戏用的，{{qq:9063148}}。
访谈者：名字登记有问题吗？
受访者：有。儿子的死亡证明上是{{spaced:王 立 国}}，我低保表上成了{{spaced:齐　淑　芬}}，孙子写成{{spaced:王一 鸣}}。
访谈者：最后您想说什么？
受访者：盼孩子们长大成人，我跟老头子就能闭眼了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=265,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout34",))  # (written side by side with set 34)


if __name__ == "__main__":
    main()
