# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 98 (tests/pii/holdout98/H769-H776 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 99, written at the same time, is not an
earlier set).

Set 98 is about children in distress (困境儿童) and the help they get, in eight new voices, most of them in or around
防城港: a Mongolian mother in 西乌珠穆沁旗 (锡林郭勒) whose husband works at a steel plant in 防城港, raising their
three children, one of them deaf; a Golok Tibetan father from 甘德 (果洛) who drives a lorry between 防城港 and 南宁,
his wife dead of hydatid disease and his three children with his mother at home; a Hui grandmother in 防城 whose
family came from 临潭 (甘南), with a beef-noodle shop, raising the two children of her son, who is in prison, and his
wife, who is in hospital; a Uyghur mother from 麦盖提 selling dried fruit in 东兴 with her two children, her husband ill
with cirrhosis at home; a Jing fisherman's widow on 巫头岛 (东兴) raising her two children and the son of her dead
sister and imprisoned brother-in-law; a Han homeroom teacher of a lower-secondary class in 上思 going through the
five pupils in distress of her class and reaching their parents on WeChat and QQ; a Han civil-affairs clerk (民政专干)
of a street office in 港口区 reading from her case register; and a Cantonese-speaking Han grandmother in 东兴 raising
her son's children (their Vietnamese mother gone back over the river) and her daughter's son. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four
to seven characters with a short form after the full name (苏伊勒其木格 then 苏伊勒), others used whole (达来巴雅尔,
格根图力, 朝克图那仁), a Han surname before a Mongolian given name (包那木吉拉) and the Han names of the same people
(白玉珍, 白铁林, 白雪莹); Golok Tibetan names with short forms (项秀加措 then 项秀, whose first syllable is a Han
surname, and 杨项秀 on a company roster; 尕藏东珠 then 东珠; 完玛央金 then 完玛) and a name that is a word (才保), with
the Han name a Tibetan goes by (杨建西); Han-form Hui names (敏玉兰, 丁学仁, 敏家和, 马德贤) beside 经名 alone (热比哈,
麦斯吾德, 拉比哈, 努伦丁, 阿德勒) and after a Han surname (丁阿尤布, 穆阿米乃, 敏苏莱曼); Uyghur given name + father's
name with and without the dot (祖丽胡玛尔·吐逊 and 祖丽胡玛尔吐逊, 伊斯拉木江·买合穆提江, 热娜古丽买合穆提江) and short
forms (伊斯拉木江, 热娜, 买合穆提江); Jing names in Han form with the surnames of the coast (阮, 苏, 裴, 武, 龚, 吴,
黄, 刘) and nicknames (墨鱼, 螺仔, 阿叶); Cantonese 阿- forms and word nicknames (阿燊, 阿琦, 沙葛, annotated whole);
a surname with only a title or kin word, annotated whole (老郗, 覃哥, 鲁大夫, 陆书记, 龚支书, 黄四伯, 老裴, 凌老师,
农科长, 闭校长, 梁科长, 莫阿姨, 何老师, 钟姑娘, 老冼); names that contain words (敏家和, 苏月圆, 陆小满, 宁秋实,
梁子安); names directly before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names;
compound surnames after ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:敏玉兰}}``, ``{{qq:19036652}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1987spaced.152526}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (:data:`_setkit.ID_SHAPES`,
                                   :data:`_setkit.MOBILE_SHAPES`);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 所长, 阿訇, 大姐, 大哥,
婶子) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 还, 他, 他们家, 那边) are
outside the span. The one exception: a surname with only a title or kin word and no given name (凌老师, 老郗, 覃哥,
黄四伯, 钟姑娘) names one person in a small place and is annotated whole, as are nicknames (墨鱼, 螺仔, 阿燊, 沙葛).
Han-style names of Mongolian, Tibetan and Hui people (白玉珍, 杨建西, 敏玉兰) and the Jing names in Han form (阮秋莲,
苏海旺, 裴家宝) are category han; a Han surname before a non-Han given name (包那木吉拉, 杨项秀, 丁阿尤布) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout98/make_holdout98.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(98_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186",
                   "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H769: Mongolian mother in 西乌珠穆沁旗 (锡林郭勒); her husband works at a steel plant in 防城港, the three children are with her.
DOCS["H769"] = ("family", """\
访谈者：大姐，先说说家里的情况吧。
受访者：我叫{{minority/mongolian:阿拉坦珠拉}}，户口本上的汉名是{{han:白玉珍}}。家在{{trap/place:西乌珠穆沁旗}}南边的嘎查，{{trap/place:锡林郭勒}}的东头。我男人{{minority/mongolian:图们吉日嘎拉}}前年跟着老乡去了{{trap/place:防城港}}，在钢铁厂干炉前工，一年就回来一趟。厂里都叫他{{han:白铁林}}，那是上户口的时候起的名字。
访谈者：孩子们都跟着您？
受访者：三个都跟着我。老大{{minority/mongolian:苏伊勒其木格}}十四岁，汉名{{han:白雪莹}}，在{{school:西乌旗蒙古族中学初二（1）班}}住校。老二{{minority/mongolian:达来巴雅尔}}九岁，耳朵听不见，在{{school:锡林浩特市特殊教育学校三年级（2）班}}。老三{{minority/mongolian:格根图力}}才五岁，跟我在家。
访谈者：老二的耳朵是怎么查出来的？
受访者：两岁了还不会喊{{trap/minority_word:额吉}}，旗医院的{{han:邰淑芬}}大夫让去{{trap/place:呼和浩特}}查，说是先天的。助听器是{{trap/org:旗残联}}出的大头。{{minority/mongolian:达来巴雅尔}}说话还不清楚，手语倒学得快，放假回来就教他弟弟比划。{{minority/mongolian:格根图力}}也跟着学，比划“吃饭”“睡觉”，一屋子人都笑。
访谈者：孩子爸爸在那边怎么样？
受访者：{{minority/mongolian:图们吉日嘎拉}}他去年让铁水溅了手，烫掉一块皮，厂里给报了工伤。跟他一个班的工友{{han:覃德光}}打电话来说，你家男人干活不惜力，就是想家，夜里躲在宿舍给孩子们唱长调。他们工段长叫{{compound:赫连昌盛}}，还托人捎来两箱{{trap/place:北部湾}}的干虾。
访谈者：家里的日子靠什么？
受访者：草场租出去一半，剩下四十来只羊。我腰椎间盘突出，重活干不了。嘎查达{{minority/mongolian:包那木吉拉}}给我们报了低保，老二是残疾儿童，每月还有{{trap/number:四百二}}的补贴。嘎查的儿童主任{{minority/mongolian:巴音查干}}每个月来一趟，坐下先问孩子们吃得怎么样。苏木管民政的{{han:佟秀蓉}}来核过两回，她说男人在外地、家里有残疾孩子的，也能按困境儿童报。
访谈者：老大在学校怎么样？
受访者：{{minority/mongolian:苏伊勒其木格}}学习好，就是心重。班主任{{han:阚秀云}}老师跟我说，孩子作文里写“我爸爸在很远的海边炼铁”，全班都哭了。学校的心理老师是{{compound:宇文沁}}，给她做过几回辅导。{{minority/mongolian:苏伊勒}}说长大要当医生，给弟弟治耳朵。
访谈者：邻居们帮忙吗？
受访者：东边{{minority/mongolian:朝克图那仁}}家有车，孩子们开学都是他送到旗里。西边住的是{{han:老郗}}，汉人，冬天帮我们拉草、铲雪。{{han:老郗}}的媳妇{{han:郗桂兰}}婶子也常过来看老三，给他缝过一双棉靴。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：冬天最难。{{trap/year:二〇二二年}}那场白灾，雪埋到膝盖，羊圈塌了一角，我一个人扛着木头去顶。老三发烧到三十九度多，路封了，送不出去，我就拿凉毛巾给他擦了一夜。第二天嘎查的铲车开进来，才把我们送到苏木卫生院。那天我在车上哭，孩子他爸在电话那头也哭，说要辞工回来。我说你回来了，拿啥给老二买助听器的电池？他就不吭声了。
访谈者：孩子们跟爸爸怎么联系？
受访者：每天晚上九点视频，雷打不动。他下了夜班，脸上黑乎乎的，老三就笑他像灶王爷。老大给他看作业，老三给他看新捡的羊拐骨。他每个月寄一个{{trap/word:包裹}}回来，里头是海边的零食和给老大的练习册。老三是他的{{trap/word:宝贝}}疙瘩，他说等暑假接孩子们去看海。老大回他，我们这儿的草原比你那儿的海还大。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:查干萨日}}的时候，孩子们给老人磕头敬酒。夏天嘎查办{{trap/minority_word:那达慕}}，{{minority/mongolian:格根图力}}非要看{{trap/minority_word:搏克}}，看完回来就跟狗摔跤。晚上我给他们讲{{trap/famous:江格尔}}的故事，讲不到一半就都睡着了。
访谈者：登记表要填地址、证件和电话。
受访者：家是{{address:西乌珠穆沁旗巴拉嘎尔高勒镇宝力根嘎查三组11号}}，他在厂里住{{address:港口区钢城小区7栋2单元503室}}。我的身份证{{id_number@wy1987spaced.152526}}，老二的{{id_number@my2016.152526}}。我电话{{mobile@plain}}，他在厂里用的{{mobile@plus86dash}}。老大用我的旧手机上微信，叫{{wechat:suyileqmg_2011}}，还有个QQ，她说同学都加她那个，号是{{qq:2875503164}}。
访谈者：名字在表上写得都一样吗？
受访者：不一样。特教学校的花名册上是{{spaced:达 来 巴 雅 尔}}，低保表上我是{{spaced:阿拉坦 珠拉}}，他爸是{{spaced:图们 吉日嘎拉}}。每回办事都得解释半天。
访谈者：最后您想说什么？
受访者：盼着孩子他爸早点回来，一家人在一块儿。钱少点不要紧，孩子们天天问爸爸啥时候回来，我都不知道咋答。
""")

# H770: Golok Tibetan father from 甘德 (果洛) driving a lorry between 防城港 and 南宁; his children with his mother at home.
DOCS["H770"] = ("family", """\
访谈者：师傅，您这一趟是从哪儿回来？
受访者：从{{trap/place:防城港}}拉钢材到{{trap/place:南宁}}，刚卸完货。我叫{{minority/tibetan:项秀加措}}，家在{{trap/place:果洛}}{{trap/place:甘德}}。当兵的时候在广西学的车，退伍以后就留下跑车了。车队里的人念不顺我的名字，都叫我{{han:杨建西}}，挂靠的公司登记的是{{minority/tibetan:杨项秀}}。
访谈者：家里还有谁？
受访者：我阿妈{{minority/tibetan:俄日吉毛}}带着三个孩子在老家。孩子他妈{{minority/tibetan:拉毛草}}前年得包虫病走了，查出来的时候已经晚了。老大{{minority/tibetan:尕藏东珠}}十三，老二{{minority/tibetan:完玛央金}}十岁，老三{{minority/tibetan:才保}}六岁。
访谈者：孩子们上学怎么样？
受访者：{{minority/tibetan:尕藏东珠}}在{{school:甘德县民族中学初一（3）班}}住校，{{minority/tibetan:完玛央金}}在{{school:柯曲镇寄宿制小学四年级（1）班}}。{{minority/tibetan:东珠}}数学不好，藏文写得漂亮，班主任{{minority/tibetan:切江拉姆}}老师说他的字能拿去比赛。汉语老师{{han:芦海燕}}是{{trap/place:西宁}}人，给他补过一个假期的课，一分钱没要。
访谈者：您一年回去几趟？
受访者：两趟，{{trap/minority_word:藏历年}}一趟，挖{{trap/minority_word:虫草}}的时候一趟。路太远，开车三天三夜。{{minority/tibetan:完玛}}每回打视频都哭，说阿爸你别跑车了，回来放牦牛。{{minority/tibetan:才保}}小，不懂，就问我带了{{trap/place:北海}}的贝壳没有。
访谈者：家里谁帮着照看？
受访者：乡上的儿童主任{{minority/tibetan:公保多旦}}，他跟我是一个村的。他把三个孩子按事实无人抚养报了上去，每人每月{{trap/number:一千五百八}}。乡里的民政助理{{han:贾文斌}}帮着跑县{{trap/org:民政局}}，材料差一张死亡证明，他又去县医院开的。我舅舅{{minority/tibetan:旦正俄色}}家离得近，冬天帮我阿妈背水、拉牛粪。
访谈者：您在这边跑车，有人帮衬吗？
受访者：有。{{han:覃志坚}}跟我搭班，{{trap/place:武鸣}}人，我们俩一人开半天。{{han:覃哥}}说话直，心好，知道我家里的事，吃饭都抢着付钱。车队老板叫{{compound:上官宏亮}}，孩子他妈那年治病，{{compound:上官宏亮}}先借了我两万。调度员是他侄女，我排班都找{{compound:上官晓雯}}。
访谈者：跑长途辛苦吗？
受访者：辛苦。一天跑两个来回，夜里也得跑，困了就在服务区眯一会儿。这边夏天热，我刚来那年中暑了两回，吃不惯米粉，天天想{{trap/minority_word:糌粑}}和酸奶。后来习惯了，还爱上了{{trap/word:老友粉}}。我最怕的是出事，车队里有人出过事，人没了，家里的孩子就成了跟我的孩子一样的孩子。所以我从来不喝酒，不开疲劳车。工资留一千块在身上，剩下的都打回家。
访谈者：老人一个人带三个孩子忙得过来吗？
受访者：忙不过来也得忙。牛卖得只剩五头了，老人早上挤奶，中午背水，晚上还要{{trap/minority_word:煨桑}}念经。冬天零下三十度，牛粪火不能断。村里的光伏{{trap/word:项目}}每年给我们家分一点钱，县里还给老人发了一件新皮袄。
访谈者：老人身体怎么样？
受访者：{{minority/tibetan:俄日吉毛}}今年六十八，腿不好，转经转不了几圈了。{{trap/org:乡卫生院}}的{{han:鲁大夫}}每个月去给她量一回血压。她天天念经，说要保佑{{minority/tibetan:项秀}}路上平安。
访谈者：孩子们想过以后做什么吗？
受访者：{{minority/tibetan:东珠}}想当老师，{{minority/tibetan:完玛}}想学唱歌。我跟他们讲{{trap/famous:格萨尔}}王的故事，{{minority/tibetan:才保}}听完拿根棍子当刀，骑在羊背上喊。我们那儿是{{trap/famous:格萨尔}}的老家，孩子们都会唱几段。
访谈者：您想过把孩子接到这边来吗？
受访者：想过，可老人离不开草原，孩子们的藏文也得在老家学。这边的学校好，可他们听不懂白话，也吃不惯。我打算等老大初中毕业，看他自己的意思。县里的{{trap/org:团委}}去年组织了一个夏令营，把我们乡的十几个孩子带到{{trap/place:西宁}}看了科技馆，老大回来说，阿爸，我也想开大车，开到海边去看你。
访谈者：表上要填地址和号码。
受访者：家是{{address:甘德县柯曲镇龙恰村二社14号}}。我的身份证{{id_number@my1986hyphen.632623}}，老大的{{id_number@my2012.632623}}。我电话{{mobile@hyphen}}，阿妈不会用手机，有事打{{minority/tibetan:公保多旦}}的{{mobile@s74}}。{{minority/tibetan:东珠}}在学校借老师手机跟我视频，微信是{{wechat:gzdz_golok12}}；他QQ我记在驾驶证夹子里了，是{{qq:19036652}}。
访谈者：孩子的名字登记得对吗？
受访者：户口本上是{{spaced:尕 藏 东 珠}}，学校写成{{spaced:完玛 央金}}，低保表上我阿妈写成{{spaced:俄　日　吉　毛}}。音译的字各写各的，我也说不清哪个对。
访谈者：最后想说什么？
受访者：再跑两年，攒点钱，回去买辆小车，在县城跑出租，离孩子近一点。
""")

# H771: Hui grandmother in 防城 (防城港), her family from 临潭 (甘南); her son is in prison, his wife in hospital.
DOCS["H771"] = ("family", """\
访谈者：奶奶，您从{{trap/place:临潭}}过来多少年了？
受访者：十一年了。我叫{{han:敏玉兰}}，经名{{minority/hui:热比哈}}。老家在{{trap/place:甘南}}{{trap/place:临潭}}，{{trap/place:洮河}}边上。儿子{{han:丁学仁}}那年到{{trap/place:防城}}开牛肉面馆，把我和他爹也接来了。他爹{{han:丁万福}}前年无常了，埋回了老家。
访谈者：现在家里谁在？
受访者：就我和两个孙子孙女。儿子的经名叫{{minority/hui:麦斯吾德}}，前年在店门口跟人打架，把人打伤了，判了四年。媳妇{{han:马秀蓉}}受不了，脑子出了毛病，娘家人接回{{trap/place:合作}}住院去了。两个娃娃就跟着我。
访谈者：孩子们多大？
受访者：孙子{{minority/hui:丁阿尤布}}十二，学校的名字是{{han:丁子轩}}；孙女经名{{minority/hui:拉比哈}}，八岁，学校里叫{{han:丁雨欣}}。{{minority/hui:丁阿尤布}}在{{school:防城区第三中学初一（4）班}}，{{minority/hui:拉比哈}}在附近小学读二年级。
访谈者：面馆还开着吗？
受访者：开着，我侄子{{han:敏家和}}从老家来帮着看店。{{han:敏家和}}他手艺好，拉的面细，生意还过得去。可房租贵，一个月下来剩不了几个钱。社区的儿童主任{{han:黄春梅}}帮我们报了低保，两个娃娃按父母一个服刑、一个重病，每月有{{trap/number:一千一百六}}。
访谈者：社区还帮了什么？
受访者：{{han:陆书记}}来过好几回，说娃娃上学的事社区管。社工站派了两个姑娘，一个叫{{compound:闾丘雅楠}}，一个叫{{compound:尉迟蔓菁}}。{{compound:闾丘雅楠}}每周四来给{{minority/hui:丁阿尤布}}补英语，{{compound:尉迟蔓菁}}陪着孙女画画。她们不吃我们的饭，我就给装一袋{{trap/minority_word:油香}}让带回去。
访谈者：您这边有{{trap/org:清真寺}}吗？
受访者：有个小礼拜点，{{han:马德贤}}阿訇在那儿，他的经名是{{minority/hui:努伦丁}}。坊上人少，可谁家有事都来。{{minority/hui:阿德勒}}在港口开货车，每回从老家拉了牛羊肉就给我们送一块。他媳妇{{minority/hui:穆阿米乃}}会裁衣裳，孙女的盖头都是她做的。
访谈者：孩子在学校怎么样？
受访者：{{minority/hui:丁阿尤布}}知道他爸的事，不爱说话，考试倒一回比一回好。班主任{{han:梁晓丹}}老师说，这娃心里有数。有一回同学笑他戴白帽子，{{han:梁晓丹}}把那几个叫到办公室讲了一节课的民族团结。{{minority/hui:拉比哈}}胆子小，怕黑，晚上要挨着我睡。
访谈者：面馆一天忙下来，娃娃们谁管？
受访者：放学了就在店里写作业，桌子擦干净了给他们用。客人多的时候，孙子帮着端碗、收钱，一碗面{{trap/number:十五块}}，他算得比我快。我识字不多，账{{trap/word:马虎}}不得，都是他记。有一回一个客人吃完没给钱就走了，孙子追出去半条街，人家把钱给了，还夸他。我回来说他，钱是小事，人是大事，你让车碰了咋办。这两年孙子{{trap/word:敏感}}，听见人说“劳改”两个字就低头。
访谈者：您身体怎么样？
受访者：血压高，腿也肿，礼拜跪不下去，只能坐着礼。社区医生每个月上门量一回血压，开的药能报销一大半。我就怕自己哪天倒下了，两个娃娃没人管。老家的亲戚说让我带娃娃回{{trap/place:临潭}}，可孙子在这边念书念得好，换了地方又得从头来，我舍不得。
访谈者：老家那边还有人吗？
受访者：有。{{trap/place:冶力关}}那边有我娘家哥哥{{minority/hui:敏苏莱曼}}，{{trap/minority_word:尔麦里}}的时候打电话来。儿媳妇在医院，是她弟弟{{han:马有禄}}守着。我盼着她好了能回来看看娃娃。过{{trap/minority_word:古尔邦节}}我带娃娃们去礼拜点，{{minority/hui:努伦丁}}阿訇给娃娃们讲{{trap/famous:赛典赤}}在云南修水利的事。
访谈者：探监去过吗？
受访者：去过两回，带着{{minority/hui:丁阿尤布}}。{{minority/hui:麦斯吾德}}见了娃娃就哭，说爸爸错了，你们好好念书。我跟他说，你在里头好好改造，出来了面馆还是你的。
访谈者：表上要填地址和号码。
受访者：家在{{address:防城区水营街道光明路清真巷8号}}。我的身份证{{id_number@wold.623021}}，孙子的{{id_number@my2013fwspaced.623021}}。我电话{{mobile@spaced}}，{{han:敏家和}}的{{mobile@plus86}}。孙子用他爸的旧手机，微信是{{wechat:Ayub_Ding13}}，QQ他说是{{qq:641529087}}。
访谈者：名字在表上写得对吗？
受访者：不一样。学校名单上孙子是{{spaced:丁 阿 尤 布}}，低保表上我是{{spaced:敏 玉 兰}}，儿子判决书上写的是{{spaced:丁　学　仁}}。经名各写各的，我也认不全。
访谈者：您最盼什么？
受访者：盼儿子早点出来，一家人在面馆里一块儿吃顿饭。娃娃们好好的，我就知足了。
""")

# H772: Uyghur mother from 麦盖提 selling dried fruit in 东兴; her husband, ill with cirrhosis, at home with his brother.
DOCS["H772"] = ("family", """\
访谈者：大姐，您的摊子开了多久了？
受访者：三年了，卖{{trap/minority_word:巴旦木}}、葡萄干、核桃。我叫{{minority/uyghur:祖丽胡玛尔·吐逊}}，老家{{trap/place:麦盖提}}，{{trap/place:叶尔羌河}}边上的。到{{trap/place:东兴}}来是跟我弟弟{{minority/uyghur:买吐送·吐逊}}，他先在这边卖烤肉，说边境上人多，干果好卖。
访谈者：孩子们跟着您？
受访者：两个都跟着我。儿子{{minority/uyghur:伊斯拉木江·买合穆提江}}十三，女儿{{minority/uyghur:热娜古丽买合穆提江}}九岁，户口本上没有点。{{minority/uyghur:伊斯拉木江}}在{{school:东兴市第二中学初一（7）班}}，{{minority/uyghur:热娜}}在{{school:东兴镇中心小学三年级（3）班}}。
访谈者：孩子爸爸呢？
受访者：{{minority/uyghur:买合穆提江·肉孜}}肝硬化，干不了活，在老家由他哥哥{{minority/uyghur:吐尔洪·肉孜}}照看。{{minority/uyghur:买合穆提江}}他每天晚上打视频，让孩子们把作业举起来给他看。一个月药钱就要一千多，我挣的一半都寄回去了。
访谈者：这边谁帮过你们？
受访者：社区的儿童主任{{han:农慧娟}}，她跑了好几趟{{trap/org:市民政局}}，说孩子爸爸重病，两个孩子能按困境儿童报，每月各{{trap/number:六百五}}。市场管理员{{han:黎德贵}}给我免了半年的摊位费。{{han:黎德贵}}说，你一个女人家带俩娃不容易。社工站的{{compound:南宫雨桐}}常来，她跟同事{{compound:皇甫承泽}}给{{minority/uyghur:伊斯拉木江}}找了个大学生补数学。
访谈者：孩子们适应这边吗？
受访者：{{minority/uyghur:热娜}}还好，适应得快，学了一嘴白话，回来跟我说“食饭啦”。{{minority/uyghur:伊斯拉木江}}不行，刚来的时候被人叫“新疆仔”，哭着回来说要回{{trap/place:喀什}}。班主任{{han:卢雪梅}}老师找他谈了好几次，还让他在班会上讲{{trap/famous:阿凡提}}的故事，讲完同学们都围着他。
访谈者：您自己身体怎么样？
受访者：腰疼，天天蹲着称干果。隔壁摊的{{minority/uyghur:阿不都克尤木}}大哥帮我搬货，他老婆{{minority/uyghur:米娜瓦尔·阿不都克尤木}}大姐做饭的时候多做一份，让{{minority/uyghur:热娜}}过去吃。过{{trap/minority_word:肉孜节}}的时候我们几家在一起打{{trap/minority_word:馕}}，可这边没有馕坑，只能用烤箱。
访谈者：摊子一天能卖多少？
受访者：好的时候五六百，不好的时候一百多。过年前生意最好，{{trap/place:广东}}来的游客一买就是几斤。对岸过来的人爱买葡萄干，讲价讲得厉害，我跟他们比划着说。我每天早上六点出摊，晚上九点收，中午就在摊子后面啃个馕。儿子放学过来帮我看摊，女儿趴在纸箱上写作业。我们老家的{{trap/word:白杏}}最甜，可运过来就坏了，只能卖干货。这边人端午挂{{trap/word:艾草}}，女儿也学着在门上挂了一把。
访谈者：孩子爸爸那边的低保呢？
受访者：老家村里给报了，村里的驻村干部{{han:尚志军}}常去看他。{{minority/uyghur:吐尔洪·肉孜}}说，{{han:尚志军}}他还帮着联系了县医院的专家。我盼着明年能接他来这边看看，{{trap/place:北仑河}}对面就是{{trap/place:芒街}}，他说想看看海。
访谈者：孩子们在这边有朋友吗？
受访者：有。女儿跟楼下一个京族小姑娘玩得好，两个人一起跳皮筋，一个教维吾尔语，一个教京语，我在旁边听着都笑。儿子一开始不合群，后来学校组织足球队，他跑得快，当了前锋，放学就不着家了。{{trap/year:二〇二四年}}市里的比赛他们拿了第三，他把奖牌挂在摊子上，来买干果的人都夸。我心里想，孩子有了朋友，在哪儿都能过。就是女儿的维吾尔语越说越少了，我晚上逼着她念两页课本，她念着念着就睡着了。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/uyghur:热娜}}把爸爸的照片贴在书包里。{{minority/uyghur:伊斯拉木江}}说以后考到新疆的大学，离爸爸近。
访谈者：表上要填地址和号码。
受访者：我们住{{address:东兴市东兴镇北仑大道祥和小区3栋405房}}，老家是{{address:麦盖提县央塔克乡库木库萨尔村4组22号}}。我的身份证{{id_number@wy1985.653127}}，女儿的{{id_number@wy2016hyphen.653127}}。电话{{mobile@s38}}。我弟弟的微信{{wechat:Maitusun_Tuxun}}，我不会打字，有事都找他。儿子的QQ号写在冰箱上，是{{qq:1558930247}}。
访谈者：名字在表上写得对吗？
受访者：常写错。社区的表上我是{{spaced:祖丽胡玛尔 · 吐逊}}，学校把儿子写成{{spaced:伊 斯 拉 木 江}}，女儿写成{{spaced:热娜古丽 买合穆提江}}。还有一张表把我写成{{minority/uyghur:祖丽胡玛尔吐逊}}，中间没有点。
访谈者：最后您想说什么？
受访者：盼孩子爸爸的病别再重了。两个孩子念出书来，我就不用蹲在摊子上了。
""")

# H773: Jing fisherman's widow on 巫头岛 (东兴) raising her two children and her dead sister's son.
DOCS["H773"] = ("family", """\
访谈者：阿姐，您家里现在几口人？
受访者：四口，我和三个孩子。我叫{{han:阮秋莲}}，京族，嫁到{{trap/place:巫头岛}}快二十年了。老公{{han:苏海旺}}是打鱼的，前年冬天出海碰上大风，船翻了，人没找回来。
访谈者：三个孩子都是您的？
受访者：两个是我的，一个是外甥。大的{{han:苏海生}}十四，大家都叫他{{han:墨鱼}}，小时候一下水就往石头缝里钻。小的是女儿{{han:苏月圆}}，十岁。外甥{{han:裴家宝}}十一岁，我姐姐{{han:阮秋桂}}的儿子。我姐前年病死了，姐夫{{han:裴永强}}贩私货被抓，判了六年。{{han:裴家宝}}没地方去，我就接过来了，村里人叫他{{han:螺仔}}。
访谈者：孩子们在哪儿上学？
受访者：{{han:墨鱼}}在{{school:江平镇中学初二（2）班}}住校，两个小的在{{school:巫头小学四年级（1）班}}和{{school:巫头小学五年级（1）班}}。{{han:苏月圆}}读书最用心，奖状贴了半面墙。{{han:螺仔}}调皮，可在学校最听{{han:苏月圆}}的话。
访谈者：家里的收入呢？
受访者：我在海边挖沙虫、帮人织网，一天七八十块。村里的儿童主任{{han:武秀英}}大姐给两个孩子报了事实无人抚养，每月{{trap/number:一千二百四}}；我自己的两个按单亲低保。{{han:龚支书}}说，出海死的人家，村里要多照顾。渔业合作社的{{han:吴德才}}把我老公的那份分红留着，年底给我送来。
访谈者：镇上和县里呢？
受访者：镇上民政办的{{han:刘丽芳}}来过，带着市里的社工，一个姓令狐，叫{{compound:令狐砚秋}}，另一个是他同事{{compound:慕容霁雪}}。{{compound:慕容霁雪}}给{{han:苏月圆}}找了个城里的爱心妈妈，每个月寄书来。
访谈者：孩子们想爸爸吗？
受访者：想。{{han:墨鱼}}他不说，可每天放学都去码头坐一会儿。{{han:苏月圆}}把爸爸的照片放在枕头底下。我跟他们说，你爸在海里变成{{trap/famous:镇海大王}}的兵了，护着出海的人。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:哈节}}的时候全村在{{trap/minority_word:哈亭}}唱哈，孩子们去看{{trap/minority_word:独弦琴}}，{{han:螺仔}}说长大要学。{{han:阮秋桂}}活着的时候是村里唱哈唱得最好的，{{han:裴家宝}}也有副好嗓子。我跟{{han:阿叶}}，就是{{han:武秀英}}的女儿，一起教他。
访谈者：邻居们帮忙吗？
受访者：隔壁{{han:黄四伯}}，七十多了还出海，打到好鱼就给我们送两条。对门{{han:老裴}}是我姐夫的堂兄，{{han:老裴}}也常来修房顶。{{trap/place:万尾}}和{{trap/place:山心}}的亲戚过年也来送米送油。
访谈者：孩子们出海吗？
受访者：不让。我老公就是海里没的，我怕。可男孩子管不住，放假就去海边踩高跷捞虾，这是我们京族的老手艺，叫{{trap/minority_word:高跷捕鱼}}。我只准他们在浅滩玩，涨潮前必须上岸，{{trap/word:黄昏}}前不回来我就去海边喊。我自己也腌{{trap/minority_word:鱼露}}，装在瓶子里卖给来岛上的游客，一瓶二十块，一个月能多挣几百。游客多的时候，女儿帮我收钱，外甥帮我搬箱子，老大放假回来就去码头招呼客人，三个孩子比我还会做生意。
访谈者：孩子们在学校有人帮吗？
受访者：有。学校的老师知道我家的事，午饭都不收钱，冬天还给三个孩子发了棉衣。外甥刚来的时候不说话，夜里尿床，我没骂他，老师说他是心里害怕。后来他跟表妹一块儿上学、一块儿放学，慢慢就好了。现在他会帮我补网，补得比我还快。老大成绩一般，可他懂事，周末帮邻居卸鱼，挣了钱就给妹妹买本子。{{trap/year:二〇二五年}}开春，村里还给他们每人发了一个新书包，书包上印着京族的花纹。
访谈者：您最难的是什么时候？
受访者：台风天。屋顶漏，三个孩子挤在一张床上，我一夜不敢睡。去年村里帮我们把屋顶换成了水泥板，{{han:龚支书}}亲自来盯着。
访谈者：表上要填地址和号码。
受访者：家是{{address:东兴市江平镇巫头村四组27号}}。我身份证{{id_number@wy1982x.450681}}，外甥的{{id_number@my2014quad.450681}}。我电话{{mobile@plain}}，{{han:墨鱼}}有个手机，号是{{mobile@s434}}。他的微信叫{{wechat:moyu_wutou09}}，QQ他说是{{qq:3402718859}}，我也不懂。
访谈者：名字登记上有问题吗？
受访者：有。外甥在我户口上挂着，表上写成{{spaced:裴 家 宝}}，我老公的死亡证明上是{{spaced:苏 海 旺}}，学校还把女儿写成{{spaced:苏月 圆}}。
访谈者：最后您想说什么？
受访者：三个孩子我都当亲生的养。盼他们念书出去，别再靠海吃饭了，海太凶。
""")

# H774: Han homeroom teacher of a lower-secondary class in 上思 going through the pupils in distress of her class.
DOCS["H774"] = ("staff", """\
访谈者：{{han:凌老师}}，您班上有几个困境儿童？
受访者：我叫{{han:凌晓燕}}，带{{school:上思县思阳镇第一初级中学初二（5）班}}。班上五十二个学生，留守的二十多个，真正算困境儿童的有五个。
访谈者：能一个个说说吗？
受访者：第一个{{han:韦金海}}，爸妈都在{{trap/place:东莞}}打工，跟爷爷奶奶在{{trap/place:十万大山}}脚下的村子里。{{han:韦金海}}他爷爷去年中风，他每天放学回去给老人喂饭、洗衣服。家长群里他爸的名字是“{{han:韦德生}}”，微信号{{wechat:weidesheng_dg}}，平时很少说话，孩子开家长会从来没来过。
访谈者：第二个呢？
受访者：第二个{{han:陆小满}}，女孩。妈妈生她弟弟的时候没了，爸爸{{han:陆永福}}在{{trap/place:明江}}边上采石场砸断了腿。{{han:陆小满}}每天五点起来做饭，有时候上课打瞌睡。她QQ空间里写“我想当护士”，号码是她自己写在周记本上给我的，{{qq:2190846375}}。
访谈者：第三个？
受访者：第三个{{han:宁秋实}}，爸爸{{han:宁德寿}}因为贩毒进去了，妈妈改嫁去了{{trap/place:南宁}}。他跟外婆{{han:蒙桂芳}}过。{{han:宁秋实}}也聪明，就是爱打架，谁说他爸他就动手。上学期我跟政教处的{{han:覃永明}}主任家访了三次，外婆拉着我的手哭了半天。
访谈者：第四个？
受访者：第四个{{han:梁子安}}，孤儿，爸妈前年车祸走了，现在跟叔叔{{han:梁国荣}}。他叔叔对他不错，就是自己也有三个孩子。{{han:梁子安}}领孤儿基本生活费，每月{{trap/number:一千四百一}}。他的微信叫{{wechat:lza_sysz08}}，那是我帮他申请助学金的时候加的。
访谈者：第五个？
受访者：第五个{{han:黄俊茂}}，残疾，左手天生只有两根手指。他妈妈{{han:黄秀嫦}}一个人带他，在县城的米粉店打工。{{han:黄俊茂}}字写得慢，考试总做不完。{{trap/org:县残联}}帮他申请了残疾儿童补贴，管这事的{{han:农科长}}还来学校看过他。
访谈者：学校怎么帮这些孩子？
受访者：学校有个关爱小组，{{han:闭校长}}牵头，我们班主任都是成员。心理老师是{{compound:诸葛晓薇}}，每周给他们开一次小组课。团委的{{compound:东方澍峰}}给留守孩子办了个“周末电话亭”，让孩子给爸妈打电话。{{compound:诸葛晓薇}}还教孩子们唱{{trap/famous:刘三姐}}的山歌，还让{{han:韦金海}}领唱。
访谈者：家长们联系得上吗？
受访者：有的难。{{han:陆永福}}没有微信，只能打电话，号码{{mobile@hyphen}}。{{han:蒙桂芳}}他们家没人会打字，我加的是她孙女帮她注册的微信{{wechat:mengguifang_ns}}。{{han:宁德寿}}在里面，通过监狱的亲情电话才能说上几句。{{han:黄秀嫦}}的QQ是{{qq:853320417}}，她说微信老被封，还是QQ好用。
访谈者：一个班五十多人，您怎么顾得过来？
受访者：顾不过来也得顾。我每天早上提前半小时到教室，看谁没吃早饭，抽屉里备着面包和牛奶。晚上手机不敢静音，去年冬天有个孩子半夜两点给我打电话，说奶奶倒在地上叫不醒，我一边打{{trap/number:120}}一边骑电动车往他家赶。我{{trap/word:宁可}}自己少睡一点，也不想哪个孩子出事没人管。后来家长们{{trap/word:陆续}}都存了我的号码。
访谈者：节假日孩子们怎么过？
受访者：{{trap/minority_word:三月三}}放假，我带着几个没人接的孩子去{{trap/place:上思}}县城吃五色糯米饭。{{trap/word:农历}}新年前我挨家送对联。{{han:陆小满}}说，{{han:凌老师}}，你比我爸还记得我的生日。
访谈者：这几年您觉得有什么变化？
受访者：以前困境儿童全靠班主任自己操心，现在有了儿童主任、社工，县里每学期开一次联席会，谁家出了事，学校、村里、民政一起想办法。可变化最大的还是孩子们自己，{{trap/word:卓越}}谈不上，起码不再躲着人了。
访谈者：您怎么登记他们的情况？
受访者：学校有个台账，住址写得很细，比如{{han:韦金海}}家是{{address:上思县南屏瑶族乡常隆村那荡屯12号}}，家长电话{{mobile@plus86spaced}}。{{han:梁子安}}的叔叔在QQ上给我发过材料，号码不好记，我存着，是{{qq:49021736}}。
访谈者：名字在台账上有写错的吗？
受访者：有。系统里有人把{{han:宁秋实}}录成{{spaced:宁 秋 实}}，{{han:黄俊茂}}录成{{spaced:黄俊 茂}}，还有团委老师被写成{{spaced:东　方　澍　峰}}。
访谈者：最后您想说什么？
受访者：这些孩子不缺聪明，缺的是有人看着。我能做的，就是让他们知道有人在看着。
""")

# H775: Han civil-affairs clerk (民政专干) of a street office in 港口区 reading from her case register.
DOCS["H775"] = ("staff", """\
访谈者：您在街道做民政专干多久了？
受访者：七年。我叫{{han:莫晓琳}}，在{{trap/place:港口区}}{{trap/place:沙潭江街道}}办事处。困境儿童的台账是我管的，现在在册的十九个孩子，我挑几户说，都是去年新进来的。
访谈者：好。
受访者：头一户是{{compound:欧阳国富}}家。他儿子儿媳前年在{{trap/place:企沙镇}}出车祸，两个人都没了，留下两个孙子孙女，{{compound:欧阳睿泽}}十一岁，{{compound:欧阳可馨}}七岁。老人六十九了，腿脚不行。两个孩子按孤儿报的，每人每月{{trap/number:一千五百三}}。登记表上老人的身份证{{id_number@my1956.450602}}，{{compound:欧阳睿泽}}的{{id_number@my2014spaced.450602}}，{{compound:欧阳可馨}}的{{id_number@wy2018.450602}}。
访谈者：他们住哪儿？
受访者：{{address:港口区沙潭江街道新兴社区红树林小区4栋1单元602室}}。老人电话{{mobile@plus86}}。学校那边，哥哥在{{school:港口区第四小学五年级（3）班}}，班主任{{han:卓美华}}老师每周给我发一次孩子的情况。
访谈者：第二户呢？
受访者：第二户孩子叫{{han:邓梓锋}}，十三岁。爸爸{{han:邓志明}}吸毒，在强制隔离戒毒所，妈妈{{han:谭秀珍}}是智力残疾二级。社区儿童主任{{han:庞丽芬}}隔天上门一次，看看家里有没有吃的。{{han:邓梓锋}}他懂事，自己会做饭，还会带他妈去{{trap/org:社区卫生服务中心}}拿药。地址是{{address:港口区白沙万街道渔港路33号之二}}，孩子妈妈的身份证{{id_number@wmidhyphen.450602}}。
访谈者：第三户？
受访者：第三户是从外地来的，孩子叫{{compound:司马可盈}}，九岁，跟着奶奶{{han:钟桂英}}。她爸{{compound:司马志坚}}在监狱里，妈妈走了，不知道去了哪儿。奶奶拉板车收废品，我给她们办了临时救助。孩子奶奶的身份证是老家{{trap/place:钦州}}的，{{id_number@wold.450702}}，电话{{mobile@fullwidth}}，住{{address:港口区光坡镇红沙村七组19号}}。
访谈者：第四户？
受访者：第四户爸爸{{han:冼国华}}尿毒症，一周透析三次，妈妈在{{trap/place:钦州港}}的工厂上夜班。两个孩子{{han:冼梓晴}}和{{han:冼梓乐}}，一个十岁一个六岁。{{han:冼国华}}说，孩子们放学没人管，就在医院走廊里写作业。他的身份证{{id_number@mmidfwhyphen.450602}}，家住{{address:港口区渔洲坪街道金海湾东路9号金沙苑2栋1101房}}。
访谈者：你们街道跟谁合作？
受访者：区{{trap/org:民政局}}、{{trap/org:妇联}}，还有一家社工机构，派驻在街道的社工是{{compound:长孙文静}}，她跟同事{{compound:公孙启航}}两个人跑十九户。遇到事多的，区民政局的{{han:梁科长}}会亲自去。有一回半夜{{han:邓梓锋}}打{{trap/number:12345}}说他妈不见了，是{{compound:长孙文静}}陪着派出所的{{han:黎振邦}}所长找到的。
访谈者：孩子们的心理状况有人管吗？
受访者：区里每年请心理咨询师来做一次评估，问题重的转介到医院。我们自己也学了一点，跟孩子说话先蹲下来，眼睛平着看他。失去父母的孩子最怕别人可怜他，你越是小心，他越觉得自己跟别人不一样。
访谈者：台账上名字登记有什么麻烦？
受访者：麻烦多。系统导出来的表格会把名字拆开，比如{{spaced:欧 阳 可 馨}}、{{spaced:司　马　可　盈}}、{{spaced:长 孙 文 静}}，老人手写的申请书上又是{{spaced:欧阳 国富}}。{{spaced:邓 梓 锋}}、{{spaced:冼 梓 晴}}也有。{{trap/place:王府街道}}那边转过来的一户，名字写成{{spaced:庞　丽　芬}}，其实是儿童主任的名字填错了格子。
访谈者：这些孩子的补贴怎么发？
受访者：每月十号前打到监护人的社保卡上。孤儿和事实无人抚养的标准一样，困境儿童补贴少一些，一个月{{trap/number:三百五}}。每年复核一次，监护人的收入、孩子的在校证明都要重新交。有的老人不识字，我就拿着表上门，一个字一个字念给他听。也有人打{{trap/number:12349}}投诉，说凭什么他家有我家没有，听着{{trap/word:莫名其妙}}，我就一条一条解释政策。
访谈者：您做这份工作最难的是什么？
受访者：人手少。{{trap/year:二〇二三年}}以前街道就我一个，现在加了社工，好一点。可每户都得上门，材料一年一审，孩子的情况随时在变，我怕漏掉谁。
访谈者：最后您想说什么？
受访者：这些孩子不是台账上的一行字。我每回去他们家，{{compound:欧阳可馨}}都站在门口等我，叫我{{han:莫阿姨}}。
""")

# H776: Cantonese-speaking Han grandmother in 东兴 raising her son's children (their mother gone back over the river) and her daughter's son.
DOCS["H776"] = ("family", """\
访谈者：阿婆，您身体还好吧？我们随便聊聊。
受访者：好，好，坐啦。我叫{{han:冯六妹}}，今年六十七，一直住在{{trap/place:东兴}}。屋企现在四个人，我同三个孙。
访谈者：孩子们的爸妈呢？
受访者：我个仔{{han:冯志荣}}在{{trap/place:深圳}}做装修，三年前从棚架上跌落来，伤了脊骨，而家坐轮椅，住在康复中心。他老婆是{{trap/place:芒街}}那边嫁过来的，叫{{han:阮氏红}}，老公出事以后返了{{trap/place:越南}}，再没过来。两个孙一个叫{{han:冯俊燊}}，我叫他{{han:阿燊}}，十二岁；一个叫{{han:冯嘉琦}}，九岁，我们叫她{{han:阿琦}}。
访谈者：还有一个孩子呢？
受访者：是我女儿{{han:冯翠屏}}的仔，叫{{han:黄梓豪}}，花名叫{{han:沙葛}}，圆滚滚的。女儿离了婚，在{{trap/place:佛山}}的工厂做，一年返一次。{{han:沙葛}}他爸{{han:黄国雄}}不理他，钱都不寄。
访谈者：孩子们上学怎么样？
受访者：{{han:阿燊}}在{{school:东兴市实验中学初一（6）班}}，{{han:阿琦}}同{{han:沙葛}}都在附近的小学。{{han:阿燊}}话，阿嬷，我大个要做医生，医好爸爸的脚。{{han:阿琦}}就{{trap/word:钟意}}画画，画了一幅北仑河，老师拿去贴在走廊。{{han:沙葛}}最百厌，成日同人打交，上个月又被老师叫家长。
访谈者：老师是谁？
受访者：{{han:阿燊}}的班主任是{{han:卢锦华}}老师，好细心，每个礼拜打电话问我。{{han:沙葛}}那个班的{{han:何老师}}年轻，脾气急，不过也是为他好。
访谈者：家里靠什么生活？
受访者：我在{{trap/place:北仑河}}边摆摊卖粽子同{{trap/minority_word:鸡仔饼}}。社区的{{han:钟姑娘}}，就是儿童主任，帮我们报了低保，两个孙按父母重残、一个失联，每月有{{trap/number:九百八}}。{{han:钟姑娘}}她人好，过年还送了一箱油来。{{han:冯志荣}}那边的残疾证是{{trap/org:市残联}}办的。
访谈者：还有谁帮过你们？
受访者：社工站有个后生仔，叫{{compound:拓跋子健}}，讲白话讲得好标准，孙们都钟意他。仲有个女社工叫{{compound:漆雕若溪}}，教{{han:阿琦}}画水彩。{{compound:拓跋子健}}帮{{han:沙葛}}申请了课后托管，唔使我日日去接。隔篱的{{han:老冼}}有架三轮车，落雨天帮我送孙返学。
访谈者：您摆摊的时候，孩子们放学去哪儿？
受访者：去社区的四点半课堂，有大学生义工教他们做功课。六点我收档去接，一路上三个孙争住讲学校的事。落雨天最麻烦，我一个人撑伞拖住三个，{{trap/word:何必}}讲，成身湿晒。街坊见到都叫我孙做{{trap/word:靓仔}}，我话靓唔靓冇所谓，生性就得。夏天我仲会摘啲{{trap/word:黄皮}}俾他们食。
访谈者：孩子们的爸爸妈妈常联系吗？
受访者：个仔每晚打视频，在床上躺住都要问孙们食饭未、做功课未。个女一个月打两三次，问完就哭。孙们的阿妈就冇消息了，{{trap/year:二〇二三年}}过年寄过一次利是，之后就断了。{{han:阿琦}}有时拿住她妈的相片睇，睇完又收起来，唔出声。我见到都心痛，就带她去河边行下，指住对面话，你阿妈就喺嗰边，佢都挂住你。其实我都唔知系唔系。
访谈者：您自己身体怎么样？
受访者：腰骨痛，膝头哥都唔得，上落楼梯好辛苦。社区卫生站的医生每个月来量一次血压，药可以报销。我最怕就是自己病倒，三个孙冇人煮饭。有时半夜醒过来，数住屋顶的裂缝就瞓唔着。去年社区帮我申请了危房改造，屋顶换了新瓦，落大雨都唔再漏水，三个孙开心到在屋企跳。
访谈者：孩子们跟您说话用什么话？
受访者：白话。{{han:阿琦}}有时夹两句越南话，她妈教的。我话俾她听，你阿妈唔系唔要你，是冇办法。我同他们讲{{trap/famous:黄飞鸿}}的故事，{{han:沙葛}}成日扎马，话要学功夫打坏人。
访谈者：表上要填地址和号码。
受访者：我住{{address:东兴市东兴镇竹山村三组16号}}。我的身份证{{id_number@wy1958.450681}}，电话{{mobile@spaced}}。{{han:阿燊}}用我的旧手机，微信叫{{wechat:ahshen_dx2013}}，QQ是{{qq:2768104593}}，同他爸视频用的。{{han:冯志荣}}在康复中心的电话{{mobile@p86h}}。
访谈者：名字登记上有问题吗？
受访者：有。社区表上{{han:阮氏红}}写成{{spaced:阮 氏 红}}，学校把{{han:沙葛}}写成{{spaced:黄 梓 豪}}，我都唔识睇。
访谈者：最后想说什么？
受访者：我老了，最惊就是我走了以后冇人理他们。只望{{han:冯志荣}}早点好返，三个孙有个人照住。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=769,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
