# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 67 (tests/pii/holdout67/H521-H528 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; sets 64, 65 and 66, written at the same time, are
not earlier sets).

Set 67 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 民政局,
社区/村委会, 学校, 儿童主任, 社工, 残联, 法院), in eight new voices: a Mongolian father in 北票 (朝阳, 辽宁), lamed
by a cave-in in a small coal pit, whose wife died of liver cancer; a Tibetan grandmother in 吉隆 (日喀则) raising three
grandchildren after her son died on the road and while his wife is on dialysis in 日喀则; a Hui grandmother in 泊头
(沧州, 河北) raising the two children of her son, who is in prison, after his wife went back to 天津; a Han mother in
定边 (榆林) whose husband was crippled on an oil-field site and whose three children go by nicknames that are words;
a Han primary-school teacher in 宜川 (延安) who keeps in touch with her pupils' migrant parents on WeChat and QQ; a
Uyghur grandfather in 乌鲁木齐 whose family comes from 尉犁, whose son lies paralysed after a road accident and whose
three grandchildren live with him; a Han court clerk in 铜川 (陕西) reading from the file of a case in which a
drug-addicted father lost his guardianship; and a Han grandmother in 黑河 (黑龙江) raising a granddaughter whose
father is on dialysis in 哈尔滨 and whose mother left.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (布仁吉如和, 乌日乐其其格, 额尔和其其格, 胡格吉乐图, 哈斯图孟克,
通嘎拉嘎) with short forms after the full name (布仁, 乌日乐, 额尔和, 吉乐图), a Han surname before a Mongolian given
name (韩乌恩其, 白锡林) and the Han name of a Mongolian (白庆山); U-Tsang Tibetan names (普尺卓珍, 诺布顿旦, 边久次仁,
西洛加措) with short forms (边久, 加措), two-character names (琼珍, 达珍, 米久, 索珍, 次多, 平吉), a Han surname before
a Tibetan given name (张德吉) and the Han name of a Tibetan (李卫平); Hui Han-form names (米桂珍, 米长福, 沙秀莲, 穆红霞)
beside 经名 (哈福赛, 拜克尔, 麦姆娜, 阿舍) and a Han surname before an Arabic name (米扎卡里亚 then 扎卡里亚,
闪伊利亚斯, 海哈里德, 金伍麦尔); Uyghur given name + father's name with and without the dot (阿不力米提·吐尔洪 and
阿不力米提吐尔洪, 艾力亚尔·阿不力米提, 阿尔祖古丽·阿不力米提) and short forms (艾力亚尔, 阿尔祖古丽, 开赛尔, 阿孜娜);
Han word nicknames annotated whole (山丹, 铁锁, 百灵, 冬至); Han names with common surnames (黄, 王, 李, 赵, 杨, 刘,
高, 何, 周, 吴, 孙, 郭, 于) and the rare ones of the voices' regions (邰, 拓, 惠, 霍, 党, 同, 樊, 冀, 晁, 权, 雒, 寇, 隋,
鞠, 丛, 衣), with titles and kin words,
names that contain or end in words (刘秋实, 贺丰收, 李振兴, 拓建设, 赵长发, 王德贵), a name written twice on a form,
names directly before particles and verbs and after 叫/是/给/跟/和/找/让; names spaced out character by character,
dotted names with spaces around the dot and names split in two; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:黄桂芝}}``, ``{{qq:2958417306}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011spaced.211381}}``,
                                   ``{{mobile@h38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 阿訇, 民警,
审判长, 大姐, 婶) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; word nicknames (山丹, 铁锁, 百灵, 冬至) are annotated whole. Han-style names of
Mongolian, Tibetan and Hui people (白庆山, 李卫平, 米桂珍) are category han; a Han surname before a non-Han given name
(韩乌恩其, 张德吉, 米扎卡里亚) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout67/make_holdout67.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(67_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}
# Sets written at the same time as this one (not earlier sets).
WRITTEN_WITH = ("holdout64", "holdout65", "holdout66")

MOBILE_PREFIXES = ["133", "136", "137", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H521: Mongolian father in 北票 (朝阳, 辽宁), lamed in a coal pit; his wife died of liver cancer.
DOCS["H521"] = ("family", """\
访谈者：大哥，先说说您家里的情况吧。
受访者：我叫{{minority/mongolian:布仁吉如和}}，四十五岁，户口本上的汉名是{{han:白庆山}}，屯里人都管我叫{{minority/mongolian:布仁}}。我们家在{{trap/place:北票}}西北的山沟里，祖上从{{trap/place:喀喇沁}}那边迁过来，到我这辈蒙古话就会几句了。早些年在小煤窑下井，{{trap/year:2019年}}冒顶，砸折了三根肋骨，腰椎也伤了，评了四级残疾，重活干不了。
访谈者：孩子妈妈呢？
受访者：走了。老婆{{minority/mongolian:乌日乐其其格}}前年查出肝癌，在{{trap/place:朝阳}}的医院住了小半年，钱花光了也没留住。{{minority/mongolian:乌日乐}}临走前拉着我的手，就说了一句：别让孩子们念不上书。
访谈者：孩子们多大了？
受访者：闺女{{minority/mongolian:额尔和其其格}}十四，在{{school:北票市第三初级中学初二（4）班}}住校；儿子{{minority/mongolian:胡格吉乐图}}十岁，在{{school:五间房镇中心小学四年级（1）班}}。家里管闺女叫{{minority/mongolian:额尔和}}，管小子叫{{minority/mongolian:吉乐图}}。{{minority/mongolian:吉乐图}}就跟他姐亲，他姐一回来，他就跟在屁股后头转。
访谈者：这些年谁帮过你们？
受访者：头一个是村里的儿童主任{{minority/mongolian:韩乌恩其}}，她是我们屯的蒙古族媳妇。{{minority/mongolian:韩乌恩其}}跑了好几趟镇里，给俩孩子报了困境儿童，一人一个月{{trap/number:一千二百六}}，我家也吃上了低保。镇民政办的{{han:邰春雷}}来入户核了两回，{{han:邰春雷}}他看我腰直不起来，说羊别放了，先把身子养住。村支书{{minority/mongolian:白锡林}}给我在村部找了个看大门的活，一个月{{trap/number:八百块}}。
访谈者：还有别的人吗？
受访者：{{trap/org:市残联}}给我换了个护腰。市里社工站派了两个年轻人，姑娘叫{{compound:宇文沁雪}}，跟她一块儿来的是{{compound:段干骁川}}。他俩每个月来一趟，给闺女补英语，陪小子下象棋。镇卫生院的{{han:孙德奎}}大夫隔两个礼拜给我扎一回针。
访谈者：亲戚们呢？
受访者：我哥{{minority/mongolian:哈斯图孟克}}在{{trap/place:阜新}}跑运输，过年给孩子们捎钱。嫂子{{han:吴玉芬}}常给闺女打电话，问她缺不缺钱、想不想家。孩子的姥姥{{minority/mongolian:通嘎拉嘎}}七十三了，住在邻村，农忙的时候过来给我们做饭。{{minority/mongolian:通嘎拉嘎}}她会唱好多老歌，晚上搂着外孙唱{{trap/famous:嘎达梅林}}，唱着唱着自己先掉眼泪。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:刘秋实}}老师说，{{minority/mongolian:额尔和}}语文好，作文在市里拿过奖，写的是她妈。小子不爱写作业，{{han:聂晓雯}}老师就让他放学留半小时，写完再走。邻居{{minority/mongolian:朝乐蒙}}家的孙子跟他一个班，俩人一块儿上下学。
访谈者：过年过节呢？
受访者：正月里屯里还祭{{trap/minority_word:敖包}}，我领着孩子们去绕三圈。夏天镇上办{{trap/minority_word:那达慕}}，小子非要去看摔跤。他姥姥给他们熬{{trap/minority_word:奶茶}}、泡{{trap/minority_word:炒米}}，说这是咱蒙古人的根，不能忘。
访谈者：日子上最难的是啥？
受访者：钱紧，人也累。冬天烧炕要柴火，我扛不动，是{{minority/mongolian:朝乐蒙}}他开着三轮车从山上给我拉了两车。闺女放假回来，洗衣裳、做饭、给她弟弟检查作业，比我还像个大人。我有时候半夜睡不着，觉得欠孩子们的，{{trap/word:白天}}又得装着没事人一样。
访谈者：孩子们平时怎么想妈妈？
受访者：闺女把她妈的一件蓝袍子叠好了压在箱子底下，谁也不让动。清明我们去坟上烧纸，小子跪在那儿不起来，说妈你咋不等我长大。我嘴笨，劝不了，就领着他俩在坟前唱一段她妈爱听的歌。回来的道上闺女跟我说，爸，你也别老喝酒了。我答应她了，到现在一滴没沾。村里人说我变了个人，其实是孩子们把我拽回来的。
访谈者：您现在还能干点什么活？
受访者：看大门，喂几只鸡，种两亩玉米。腰疼起来就趴在炕上，让小子给我踩踩。镇上说开春要办个编筐的培训班，残疾人也能报名，我想去学学，编点筐拿到集上卖，多少是个进项。
访谈者：登记表上要写地址、证件和电话。
受访者：家在{{address:北票市五间房镇四家子村三组27号}}，老婆住院那会儿租的房子是{{address:双塔区凤凰新城小区9号楼2单元402室}}。我身份证{{id_number@my1980.211381}}，闺女的{{id_number@wy2011spaced.211381}}。我电话{{mobile@plain}}，{{minority/mongolian:韩乌恩其}}的电话{{mobile@h38}}，她微信是{{wechat:uenqi_sijiazi}}。闺女有个QQ，说跟同学对作业用，她把号码抄在我烟盒上了，你看：{{qq:2958417306}}。
访谈者：表上的名字写得对吗？
受访者：不大对。低保表上我成了{{spaced:布 仁 吉 如 和}}，学校花名册上闺女是{{spaced:额尔和 其其格}}，小子写成{{spaced:胡格　吉乐图}}。我哥的名字在汇款单上写成{{spaced:哈　斯　图　孟　克}}，银行给退回来一回。
访谈者：您最大的盼头是什么？
受访者：盼俩孩子把书念出来。闺女说将来要当大夫，给她妈那样的病人看病。我说行，爸砸锅卖铁也供你。
""")

# H522: Tibetan grandmother in 吉隆 (日喀则); her son died on the road, his wife is on dialysis in 日喀则.
DOCS["H522"] = ("family", """\
访谈者：阿妈，您身体还好吧？咱们慢慢说，乡里的翻译帮着转。
受访者：还好，就是膝盖疼。我叫{{minority/tibetan:普尺卓珍}}，今年六十八，一辈子住在{{trap/place:吉隆}}沟里。老头子{{minority/tibetan:多杰坚参}}走了快十年了。儿子{{minority/tibetan:诺布顿旦}}开货车，从口岸往{{trap/place:日喀则}}拉货，前年雨季在山路上翻了车，人没了。儿媳{{minority/tibetan:琼珍}}得了尿毒症，在日喀则透析，一个礼拜三回，回不了家。三个孙子孙女就跟着我。
访谈者：孩子们多大了？
受访者：大孙子{{minority/tibetan:边久次仁}}十三，在{{school:吉隆县中学初一（3）班}}住校，我们都叫他{{minority/tibetan:边久}}。孙女{{minority/tibetan:达珍}}九岁，在{{school:吉隆镇完全小学三年级（2）班}}。最小的{{minority/tibetan:米久}}五岁，上乡里的幼儿园。{{minority/tibetan:边久}}他放假回来就上山捡柴，背得比他人还高。
访谈者：孩子们的爸爸走了以后，家里靠什么过？
受访者：靠政府，靠乡亲。村里的儿童主任{{minority/tibetan:索珍}}给三个娃娃办了事实无人抚养，每人每月{{trap/number:一千五百四}}，我家是低保户。{{minority/tibetan:索珍}}她每礼拜来一回，看娃娃们吃得怎么样、衣服够不够。乡里的干部{{minority/tibetan:张德吉}}，她爸是四川人、妈是藏族，汉话藏话都说得好，帮我们填了一大摞表。
访谈者：儿媳妇的病怎么样了？
受访者：大夫说要换肾，得等。{{minority/tibetan:琼珍}}想孩子，打视频的时候就哭。{{trap/org:县民政局}}的{{han:何振军}}给她申请了大病救助，报了一大半。援藏的{{han:周明哲}}大夫到日喀则会诊，专门去看了她一回，说透析一次也不能断。
访谈者：亲戚们呢？
受访者：老头子的侄子在县里工作，汉名叫{{han:李卫平}}，藏名叫{{minority/tibetan:次多}}，过年来给娃娃们送衣服。我娘家的弟弟{{minority/tibetan:西洛加措}}在寺里，{{minority/tibetan:加措}}说娃娃们念书的钱他也帮一点。
访谈者：学校那边怎么样？
受访者：孙女的班主任是汉族，叫{{han:曹丽萍}}，她教娃娃们普通话，还教唱歌。{{minority/tibetan:达珍}}回家就给我唱，我听不懂，就笑。{{minority/tibetan:边久}}的数学不好，学校请了{{compound:慕容佳怡}}老师给他补课，还有个支教的大学生叫{{compound:尉迟承泽}}，晚上给他们讲天上的星星。
访谈者：驻村工作队帮过你们吗？
受访者：帮过。工作队的{{han:郭海波}}队长给我家修了牛圈，换了新炉子。乡卫生院的藏医{{minority/tibetan:平吉}}大夫给我看膝盖，给了药膏，说少走山路。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:藏历年}}我给娃娃们炸{{trap/minority_word:卡赛}}，煮羊肉。{{trap/minority_word:望果节}}的时候村里人背着经书转青稞地，娃娃们跟在后面跑。晚上我讲{{trap/famous:米拉日巴}}在我们这山里修行的故事，还有{{trap/famous:尺尊公主}}从这条沟走到拉萨的事。
访谈者：娃娃们想爸爸吗？
受访者：想。小孙女晚上抱着她爸的旧外套睡，说上面还有他的味道。大孙子不哭，可是放假回家，一个人跑到路边坐着，看过往的大车，一坐就是半天。我知道他在等什么。我去寺里给儿子点了酥油灯，也给娃娃们求了护身符，让他们戴在脖子上。
访谈者：家里的牲口和地呢？
受访者：有四头牦牛、六亩青稞地。地是邻居们帮着种的，收了青稞，我磨成面，够吃一年。牦牛托给村里放牧的人家，一年给人家几斤酥油。日子紧是紧，饿不着。
访谈者：您带三个孩子，最难的是什么？
受访者：冬天雪大，路断了，孙女发烧，我背着她往乡里走，走不动了，是{{trap/org:边境派出所}}的民警开车送的。还有就是我不识字，娃娃们的作业看不懂，家长会也听不明白。现在村里有个儿童之家，放学了娃娃们去那里写作业，儿童主任也在那里看着。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:吉隆县吉隆镇达曲村二组14号}}，儿媳在日喀则租的房子是{{address:桑珠孜区城南街道吉祥小区6号楼1单元302室}}。我身份证{{id_number@wy1957.540234}}，{{minority/tibetan:边久}}的{{id_number@my2012hyphen.540234}}。我没有手机，{{minority/tibetan:索珍}}的电话{{mobile@spaced}}，儿媳的电话{{mobile@plus86}}，她的微信{{wechat:qiongzhen_gyirong}}。{{minority/tibetan:边久}}有个QQ，他说在学校里用，号码写在他本子最后一页，是{{qq:813260954}}。
访谈者：表上名字写得对吗？
受访者：不对的多。户口本上是{{spaced:普 尺 卓 珍}}，低保卡上写成{{spaced:普尺 卓珍}}；孙子在学校的表上成了{{spaced:边　久　次　仁}}，儿子的死亡证明上是{{spaced:诺布 顿旦}}。
访谈者：您最大的心愿是什么？
受访者：盼儿媳的病好，盼娃娃们念书。我老了，能活一天就给他们做一天饭。
""")

# H523: Hui grandmother in 泊头 (沧州, 河北); her son is in prison, his wife went back to 天津.
DOCS["H523"] = ("family", """\
访谈者：大娘，您先说说家里人吧。
受访者：我叫{{han:米桂珍}}，经名{{minority/hui:哈福赛}}，今年六十六，住在{{trap/place:泊头}}城西的回民村，离{{trap/org:清真寺}}就隔一条街。老伴{{han:米德旺}}在{{trap/org:铸造厂}}干了一辈子翻砂，五十九就得肺病走了。儿子{{han:米长福}}，经名{{minority/hui:拜克尔}}，前年跟人喝酒打架，把人打成重伤，判了四年，在{{trap/place:沧州}}服刑。儿媳{{han:丁淑贞}}跟他离了，回了{{trap/place:天津}}娘家，一年来看一两回。两个孩子就跟着我。
访谈者：孩子们多大？
受访者：孙子十二，经名{{minority/hui:扎卡里亚}}，上学的名字是{{han:米浩宇}}。寺里的乡老都连姓带经名叫他{{minority/hui:米扎卡里亚}}，说这孩子长得像他爷爷。孙女九岁，经名{{minority/hui:麦姆娜}}，学名{{han:米雨涵}}。孙子在{{school:泊头市第四中学初一（2）班}}，孙女在{{school:泊头市回民小学三年级（5）班}}。
访谈者：孩子们知道爸爸的事吗？
受访者：大的知道。{{minority/hui:扎卡里亚}}他跟我说，奶奶，等我爸出来，我管着他，不让他喝酒。小的不知道，以为她爸在外地打工。每个月我带着孙子去探视一回，{{minority/hui:拜克尔}}隔着玻璃看见儿子就掉眼泪。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:沙秀莲}}，她给俩孩子报了事实无人抚养，每人每月{{trap/number:一千一百八}}，我自己有低保。{{han:沙秀莲}}说，这是国家给孩子的，谁也不能挪。寺里的{{minority/hui:闪伊利亚斯}}阿訇，每到{{trap/minority_word:开斋节}}就让人给我们送{{trap/minority_word:油香}}和面。{{trap/org:妇联}}的{{compound:南宫玉洁}}给我们找了法律援助，律师是{{compound:巫马长庚}}，他帮儿子写了申诉材料。
访谈者：学校那边呢？
受访者：孙子的班主任{{han:刘丽华}}老师常给我打电话。孙子成绩不错，就是爱跟人打架，一听别人说他爸是劳改犯就急。老师找他谈过好几回，还请了学校的心理老师，叫{{compound:司徒瀚文}}，跟他一对一聊。孙女的老师{{han:穆红霞}}是回族，知道孩子家里的事，给孙女留了个课后辅导的名额。
访谈者：邻居们怎么样？
受访者：好着呢。对门的{{minority/hui:海哈里德}}家开羊汤馆，孩子们放了学先去他家喝碗汤。{{minority/hui:海哈里德}}他说，孩子在他那吃饭不要钱。后院的{{han:李凤英}}是汉族，早上帮我给孙女扎辫子。寺里有个从天津念大学回来的小伙子，叫{{minority/hui:金伍麦尔}}，周末给孙子补数学，{{minority/hui:金伍麦尔}}还给孙女带过一本字典。
访谈者：您身体怎么样？
受访者：糖尿病，天天打针。膝盖也不好，去年在院里摔了一跤，爬不起来，是{{minority/hui:麦姆娜}}她跑去找的{{han:沙秀莲}}。那孩子才九岁，吓得直哭，可一点没耽误。
访谈者：孩子们在家里都干些什么？
受访者：孙子放学回来先写作业，写完了去寺里帮着扫院子。孙女跟着我学做饭，才九岁就会烙饼了。晚上我们仨坐在炕上，我教他们念几句经，孙子念得比我还顺。有时候孙女问我，奶奶，我爸过年能回来吗？我说快了快了，其实我心里也没底。
访谈者：您担心什么？
受访者：最担心我自己哪天倒下了，孩子们咋办。我跟{{han:沙秀莲}}说过，要是我不行了，你帮着找个好人家照看他们。她说大娘你别瞎想，村里、寺里、政府都在呢，孩子丢不了。我听了心里踏实点。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}宰牲，寺里分肉，孩子们跟着去。{{trap/minority_word:主麻}}日孙子跟着阿訇去礼拜。阿訇给孩子们讲{{trap/famous:海瑞}}的故事，说做人要正，别走歪路。孩子爱吃{{trap/word:米饭}}，不爱吃面，我就天天蒸一锅。
访谈者：儿媳妇还管孩子吗？
受访者：管一点。{{han:丁淑贞}}在天津饭馆端盘子，每个月给孩子打三百块钱。她的经名是{{minority/hui:阿舍}}，娘家也是回民。她说等{{minority/hui:拜克尔}}出来再说，能不能复婚看他改没改。
访谈者：登记表要写地址和号码。
受访者：家在{{address:泊头市解放街道回民新村三排16号}}，儿媳在天津的住处是{{address:红桥区和顺里小区7号楼3门201}}。我的身份证{{id_number@wy1959.130981}}，孙子的{{id_number@my2013fw.130981}}。我的电话{{mobile@hyphen}}，{{han:沙秀莲}}的{{mobile@s434}}，她的微信是{{wechat:shaxiulian_bt}}。孙子有QQ，说是上网课用的，号码——等等，我翻翻本子——{{qq:1738092465}}。
访谈者：表上名字写得对吗？
受访者：孙子在学校的表上是{{spaced:米 浩 宇}}，寺里的名单上是{{spaced:米 扎 卡 里 亚}}，孙女的学名写成了{{spaced:米雨 涵}}，我在低保表上是{{spaced:米　桂　珍}}。
访谈者：您最盼什么？
受访者：盼儿子好好改造，早点回来。盼孩子们学好，别像他爸那样犯浑。
""")

# H524: Han mother in 定边 (榆林); her husband was crippled on an oil-field site; three children with word nicknames.
DOCS["H524"] = ("family", """\
访谈者：大姐，您家几口人？
受访者：六口。我叫{{han:贺彩琴}}，三十九，家在{{trap/place:定边}}南边的山里。男人{{han:拓建业}}以前在{{trap/org:长庆油田}}的井队上打零工，{{trap/year:2021年}}冬天井场上出了事，被钻杆砸了腰，下半身瘫了。婆婆{{han:高桂兰}}七十一，有哮喘。三个娃娃都还小。
访谈者：孩子们多大了？叫什么？
受访者：大女子{{han:拓佳慧}}十三，小名{{han:山丹}}；儿子{{han:拓宇航}}十岁，小名{{han:铁锁}}；碎女子{{han:拓佳琪}}六岁，我们叫她{{han:百灵}}，一天到晚嘴不停，唱个没完。{{han:山丹}}在{{school:定边县第五中学初一（1）班}}，{{han:铁锁}}在{{school:安边镇中心小学四年级（3）班}}。
访谈者：他爸受伤以后家里怎么过？
受访者：难。油田那边赔了一些钱，都花在医院了。{{han:拓建业}}他躺在炕上，翻身都得人帮，脾气也坏了。{{han:山丹}}也懂事，放学回来先给她爸擦身子、倒尿盆，然后才写作业。{{han:铁锁}}说他长大要去学修车，挣钱给他爸治病。{{han:百灵}}就爱趴在她爸跟前唱{{trap/word:信天游}}，她爸一听就笑了。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:惠秀英}}婶，她给三个娃娃报了困境儿童，每人每月{{trap/number:六百八}}，我们家吃上了低保，他爸有残疾证，一个月还有{{trap/number:一百四}}的护理补贴。镇上民政办的{{han:冯志勇}}来了好几回，他说娃娃们上学的钱不用愁，有资助。{{trap/org:县残联}}给他爸配了轮椅。村医{{han:霍金宝}}隔三岔五来给他爸看褥疮。
访谈者：学校那边呢？
受访者：{{han:山丹}}的班主任{{han:薛丽娟}}老师人好，给她申请了助学金，还把自己女儿的旧衣服拿来。{{han:铁锁}}的老师是{{compound:皇甫书瑶}}，从西安来的特岗老师，每个礼拜家访一回。县社工站有个小伙子叫{{compound:令狐永康}}，教娃娃们扎风筝。
访谈者：家里的亲戚呢？
受访者：我娘家在{{trap/place:靖边}}，我哥叫{{han:贺丰收}}，{{han:贺丰收}}他们家种了几十亩地，秋收了给我们拉两袋面。他爸的兄弟{{han:拓建设}}在{{trap/place:银川}}打工，每月给婆婆寄点钱。婆婆说，{{han:拓建设}}都比他哥心细。
访谈者：婆婆身体怎么样？
受访者：哮喘一犯就上不来气，夜里坐着睡。村医说要少受凉，冬天我就把她的炕烧得热热的。婆婆心疼孙子，有好吃的都给{{han:铁锁}}留着，{{han:山丹}}还跟她奶奶吃醋呢。{{han:惠秀英}}婶说，婆婆也能办个慢病卡，吃药能报一些，我就让{{han:山丹}}跟着她去镇上办的。
访谈者：您自己呢？
受访者：我在镇上的饭馆洗碗，一天六十块。早上五点起来给他爸翻身、做饭，把碎女子送到幼儿园，再去上工。有时候累得想哭，看着娃娃们，就又撑住了。
访谈者：他爸现在心情怎么样？
受访者：头一年想不开，不吃不喝，说活着拖累我们。后来县上康复中心来人教他在炕上练胳膊，村里又给炕边装了个扶手，他能自己坐起来一会儿了。现在他在炕上给人修收音机、修手机，一个月也能挣百十块。他说，人总得干点啥，要不心就死了。
访谈者：孩子们有没有受委屈？
受访者：有。大女子上初中，班上有人笑话她穿得旧，她回来躲在被窝里哭，第二天照样去上学。我去学校找过老师，老师在班会上讲了，后来没人再说了。儿子跟人打过一架，因为人家说他爸是“废人”。我没骂他，就跟他说，你爸不是废人，你爸是为这个家才伤的。
访谈者：娃娃们平时干点啥？
受访者：周末{{han:铁锁}}和他姐去坡上挖{{trap/word:甘草}}，卖了钱交资料费。坡上的{{trap/word:马莲花}}开了，{{han:百灵}}就摘一把插在瓶子里给她爸看。他婆婆给他们讲{{trap/famous:王宝钏}}守寒窑的故事，说人得熬得住。
访谈者：登记表上要写住址和号码。
受访者：家在{{address:定边县安边镇新庄子村五组8号}}，他爸在县城住院时我们租过{{address:定边县城关镇南关小区3号楼1单元501室}}。他爸的身份证{{id_number@my1983hyphen.610825}}，{{han:山丹}}的{{id_number@wy2012.610825}}。我电话{{mobile@s38}}，村里有事就打这个。我的微信{{wechat:hecaiqin_1986}}。{{han:山丹}}有个QQ号，她说跟老师请假用，号码我记在门背后了——{{qq:49381275}}。
访谈者：表上的名字呢？
受访者：乱。学校把大女子写成{{spaced:拓 佳 慧}}，低保表上他爸是{{spaced:拓　建　业}}，还有一张表把我写成{{spaced:贺彩 琴}}。
访谈者：您最盼啥？
受访者：盼他爸能坐起来。盼娃娃们念出去，别一辈子窝在山沟里。
""")

# H525: Han primary-school teacher in 宜川 (延安); pupils' parents on WeChat and QQ.
DOCS["H525"] = ("teacher", """\
访谈者：老师，您教几年级？
受访者：四年级。我叫{{han:党晓燕}}，在{{trap/place:宜川}}县城边上的{{school:宜川县丹州镇第二小学四年级（2）班}}当班主任，班上四十二个娃娃，有十七个是留守儿童，还有四个是困境儿童。爸妈大多在{{trap/place:西安}}、{{trap/place:延安}}打工，我跟家长主要靠微信和QQ联系。
访谈者：能说说那四个孩子吗？
受访者：头一个{{han:李子涵}}，她爸{{han:李振兴}}在工地上摔断了腿，又得了抑郁症，妈妈{{han:杨红梅}}在西安一家饭店做服务员。孩子跟着爷爷{{han:李守义}}过。{{han:杨红梅}}的微信是{{wechat:yanghongmei_xa}}，她每天晚上十点下了班才回消息，我就攒着白天的事一起跟她说。
访谈者：第二个呢？
受访者：第二个是孤儿，叫{{han:同家乐}}，爸妈前年在{{trap/place:壶口}}那边出车祸一起走了，跟着姑姑{{han:同秀芳}}过。民政局给他发孤儿基本生活费，姑姑一分不动，都给他存着。{{han:同家乐}}他话少，上课老盯着窗外。姑姑说孩子晚上做噩梦，学校就请了县里的心理老师{{han:高若楠}}，每两周来一次。姑姑不会用微信，我就打电话，她的号是{{mobile@spaced}}。{{han:同家乐}}拿他姑的旧手机上QQ，前两天才加上我，号码是{{qq:2605138479}}。
访谈者：第三个？
受访者：第三个{{han:黄思远}}，妈妈{{han:白彩云}}智力残疾，爸爸{{han:黄建刚}}在{{trap/place:韩城}}煤矿上，一个月回来一次，孩子跟奶奶。{{han:黄建刚}}他在矿上用QQ多，号码是——我翻一下聊天记录——{{qq:746291538}}。他的微信叫{{wechat:hjg_hancheng}}，下了井才能回。
访谈者：第四个？
受访者：第四个{{han:王梦瑶}}，爸爸因为诈骗判了六年，妈妈走了不回来，跟着外婆{{han:樊桂香}}。外婆腿不好，孩子每天自己走四里山路来上学。{{han:王梦瑶}}也是班上最早到的，进门先擦黑板。
访谈者：学校做了哪些事？
受访者：学校给困境儿童免了午饭钱，冬天发棉衣。校长{{han:郝文斌}}定了规矩，每个困境儿童有一个老师包。我包{{han:李子涵}}和{{han:王梦瑶}}，另外两个给了数学老师，他叫{{compound:呼延兆丰}}。{{trap/org:县民政局}}的{{han:贾卫东}}每学期来核一次，县里的社工是{{compound:第五佳乐}}，每月来班上做一次活动。
访谈者：家长群是怎么用的？
受访者：班上的家长群有六十多个人，爷爷奶奶多，好些不识字，我就发语音。群里{{han:李子涵}}的爷爷备注是“{{spaced:李 守 义}}”，中间的空格是他孙女帮着打的。有个家长把群名片改成{{spaced:同　秀　芳}}，一个字一个空，一看就知道是她。{{han:王梦瑶}}的舅舅{{han:樊军利}}在外地跑车，他不爱用微信，只上QQ，号码他是发语音念给我的：{{qq:3381940276}}。
访谈者：孩子们自己用微信吗？
受访者：有几个用爸妈的旧手机。{{han:黄思远}}的微信是{{wechat:siyuan_0412yc}}，他每天给他爸发“晚安”。我怕他们玩游戏，就跟家长说好，作业写完才能用。
访谈者：平时您怎么跟他们谈心？
受访者：放学后留一会儿，一个一个聊。{{han:同家乐}}有一回跟我说，老师，我梦见我妈在{{trap/place:黄河}}边上等我。我听了心里难受。我给留守的娃娃们讲{{trap/famous:大禹}}治水三过家门而不入，说你们爸妈在外头也是为了你们。
访谈者：留守的孩子多，您平时最操心哪些事？
受访者：安全。山里娃娃放学要走沟里的路，夏天发洪水，冬天路上结冰，我每天放学都在群里问一句“到家了吗”，家长回了我才放心。还有就是心理，有的娃娃半年见不到爸妈一面，一开家长会就躲到厕所里。学校今年建了个亲情视频室，每个礼拜三下午娃娃们可以跟爸妈视频，头一回用的时候好几个娃娃哭得说不出话，爸妈在那头也哭。
访谈者：您自己家里呢？
受访者：我自己的孩子在县城上初中，我顾不上他，都是他奶奶管。有时候想想，我也算半个留守家长了。
访谈者：登记信息呢？
受访者：{{han:李守义}}家在{{address:宜川县丹州街道南塬村二组19号}}，{{han:樊桂香}}家在{{address:宜川县集义镇后沟村四组6号}}。{{han:同家乐}}的身份证{{id_number@my2015.610630}}，{{han:王梦瑶}}的{{id_number@wy2015quad.610630}}。{{han:樊桂香}}的电话{{mobile@plus86spaced}}。学籍系统里还把一个娃娃的名字录成了{{spaced:黄思 远}}，我改了三回。
访谈者：您觉得最难的是什么？
受访者：爸妈不在身边，孩子心里缺一块，老师补不上。我能做的就是多看一眼，多问一句。
""")

# H526: Uyghur grandfather in 乌鲁木齐 from 尉犁; his son lies paralysed after a road accident.
DOCS["H526"] = ("family", """\
访谈者：大爷，您是哪里人？
受访者：我叫{{minority/uyghur:吐尔洪·买买提}}，六十九了，老家在{{trap/place:尉犁}}，{{trap/place:塔里木河}}边上。年轻时打鱼、放羊，后来到{{trap/place:乌鲁木齐}}给人看仓库，在这里住了二十年。现在三个孙子孙女跟着我和老伴。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/uyghur:阿不力米提·吐尔洪}}开长途货车，去年在{{trap/place:库尔勒}}往{{trap/place:若羌}}的路上出了车祸，腰以下不能动了，现在躺在尉犁的医院里，他姐姐{{minority/uyghur:阿依努尔·吐尔洪}}在那里照顾他。{{minority/uyghur:阿不力米提}}他每天给孩子们打视频，说爸爸会站起来的。儿媳{{minority/uyghur:茹克亚·吾守尔}}受不了，回娘家了，去年听说又嫁了人。
访谈者：孩子们多大？
受访者：大孙子{{minority/uyghur:艾力亚尔·阿不力米提}}十三，我们叫他{{minority/uyghur:艾力亚尔}}，在{{school:乌鲁木齐市第一百三十六中学初一（4）班}}。孙女{{minority/uyghur:阿尔祖古丽·阿不力米提}}十岁，在{{school:团结路小学四年级（2）班}}。最小的{{minority/uyghur:买吾兰江}}六岁，上幼儿园。{{minority/uyghur:阿尔祖古丽}}她最懂事，放学回来帮她奶奶擀面。
访谈者：老伴身体怎么样？
受访者：老伴{{minority/uyghur:米尔阿依·艾买江}}有糖尿病，眼睛也不好。她一天做三顿饭，给孩子们洗衣服。社区医院的{{minority/uyghur:塔依尔·尼亚孜}}大夫每个月给她查一次血糖。
访谈者：谁帮了你们？
受访者：社区的儿童主任{{han:袁春梅}}，她是汉族，在我们社区干了十年。{{han:袁春梅}}她帮三个孩子办了事实无人抚养，一个月一人{{trap/number:一千六百五}}。社区书记{{minority/uyghur:开赛尔·艾山}}给我们申请了公租房。{{minority/uyghur:开赛尔}}说，大爷，你年纪大了，有事就来社区，别一个人扛。{{trap/org:区民政局}}的{{han:蔡建新}}来家里看过一次。社工站有两个年轻人，一个叫{{compound:欧阳晴川}}，还有个{{compound:端木一航}}，周末带孩子们去{{trap/place:红山公园}}玩。区医院的康复医生{{compound:漆雕海宁}}还给儿子寄过康复的视频。
访谈者：学校那边呢？
受访者：{{minority/uyghur:艾力亚尔}}的班主任{{minority/uyghur:阿孜娜·卡米力}}老师说他数学好，就是常常发呆。学校给{{minority/uyghur:艾力亚尔}}免了校服钱，还让他进了数学兴趣小组。孙女的老师{{han:贺建英}}也常打电话，说孩子作文写得好。{{minority/uyghur:阿孜娜}}老师每个礼拜给我打电话，说孩子想爸爸，别骂他。
访谈者：儿子现在怎么样？
受访者：医生说神经伤了，能不能站起来要看康复。他姐姐每天扶着他在床上练，一练一身汗。我每个月坐火车去一趟尉犁，一去一回两天。孩子们想去看，可是要上学，只能等暑假一起去。上回去，小孙子趴在他爸床边，问爸爸你的腿是不是睡着了，他爸笑着笑着就哭了。晚上{{minority/uyghur:买吾兰江}}跟他奶奶睡，半夜醒了还喊爸爸。
访谈者：在乌鲁木齐生活习惯吗？
受访者：二十年了，习惯了。孩子们都在这里长大，说普通话比说维吾尔话还溜。我让他们在家里说维吾尔话，不能忘了根。老伴教孙女绣花帽，孙女绣得歪歪扭扭，还戴着去上学。
访谈者：邻居们呢？
受访者：隔壁的{{minority/uyghur:吾斯曼·热合曼}}老汉跟我是老乡，也是尉犁来的。他的儿子开馕坑，每天早上给我们送两个热{{trap/minority_word:馕}}。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}我们宰一只羊，给邻居们送肉，他也会端来一盘{{trap/minority_word:抓饭}}。孙女在社区跳{{trap/minority_word:赛乃姆}}，跳得最好。晚上我给他们讲{{trap/famous:阿曼尼莎汗}}的故事，说她十几岁就会写诗。
访谈者：登记信息。
受访者：我们住在{{address:天山区团结路街道和谐小区5号楼3单元602室}}，老家在{{address:尉犁县墩阔坦乡喀拉洪村4组17号}}。我身份证{{id_number@my1956.652823}}，{{minority/uyghur:艾力亚尔}}的{{id_number@my2012tri.652823}}，孙女的{{id_number@wy2015fwspaced.650102}}。我电话{{mobile@plain}}，{{han:袁春梅}}的电话{{mobile@plus86dash}}，她微信{{wechat:ycm_tuanjielu}}。{{minority/uyghur:艾力亚尔}}有QQ，他说跟他爸视频用的，号码是{{qq:1592037846}}。
访谈者：名字表上写得一样吗？
受访者：不一样。医院的单子上儿子是{{minority/uyghur:阿不力米提吐尔洪}}，没有点。学校的表上大孙子是{{spaced:艾力亚尔 · 阿不力米提}}，孙女写成{{spaced:阿 尔 祖 古 丽}}。老伴的医保卡上是{{spaced:米 尔 阿 依 · 艾 买 江}}。
访谈者：您最盼什么？
受访者：盼儿子能坐起来，盼孩子们好好念书。我老了，只要还能走，就送他们上学。
""")

# H527: Han court clerk in 铜川 (陕西) reading from the file of a guardianship case.
DOCS["H527"] = ("staff", """\
访谈者：您今天带的是哪个案子？
受访者：一个撤销监护人资格的案子，结了快半年了。我叫{{han:寇雅琴}}，在{{trap/place:铜川}}的{{trap/org:区人民法院}}当书记员，这个案子从立案到结案都是我记的笔录。
访谈者：当事人是哪些人？
受访者：申请人是孩子的外婆{{han:黄桂芝}}，六十四岁。被申请人是孩子的父亲{{han:赵宏伟}}，三十九岁。孩子叫{{han:赵欣然}}，十一岁，在{{school:王益区第三小学五年级（4）班}}。孩子的妈妈{{han:黄小娟}}{{trap/year:2020年}}得乳腺癌走了。{{han:赵宏伟}}他后来吸毒，强制隔离戒毒两回，出来还吸，把家里能卖的都卖了，还打孩子。
访谈者：案子是怎么起来的？
受访者：学校先发现的。班主任{{han:冀红英}}老师看见孩子胳膊上有伤，报告了校长{{han:田振华}}，学校打了{{trap/hotline:12355}}，又报了派出所。派出所的{{han:晁立新}}民警去家里看，冷锅冷灶。村委会主任{{han:赵长发}}说，这孩子半年都是在邻居家吃饭。邻居{{han:权秀兰}}婶，{{han:权秀兰}}她说，孩子晚上不敢回家，就在她家炕上睡。
访谈者：法庭上怎么审的？
受访者：审判长是{{compound:上官砚秋}}，陪审员一个是{{compound:东方丽蓉}}，还有一个是{{han:雒建平}}。外婆请了法律援助，律师叫{{compound:公孙砚池}}。{{trap/org:检察院}}支持起诉，检察官是{{han:宋立川}}。民政局委托社工{{compound:宗政雨桐}}做了社会调查。被申请人到庭了，态度不好，说孩子是他的，谁也拿不走。{{compound:上官砚秋}}审判长问他，你一年给孩子花过多少钱？他答不上来。
访谈者：孩子在法庭上说话了吗？
受访者：没有让她出庭。我们请社工在学校的心理咨询室单独跟她谈，法官在隔壁听，全程录像。孩子一开始不说话，后来社工让她画画，她画了一座房子，门关着，她自己站在外头。社工问她门里面是谁，她说是爸爸，爸爸睡着了不开门。合议庭的人看了那张画，半天没说话。
访谈者：最后怎么判的？
受访者：撤销{{han:赵宏伟}}的监护人资格，指定{{han:黄桂芝}}为监护人，{{han:赵宏伟}}每月付抚养费{{trap/number:八百元}}。孩子的舅舅{{han:黄志刚}}在西安打工，也出了书面意见，说愿意帮着外婆带。民政局给孩子落实了事实无人抚养，每月{{trap/number:一千三百九}}。
访谈者：卷宗上的身份信息能说一下吗？
受访者：申请人{{han:黄桂芝}}，身份证{{id_number@wy1961.610202}}，住{{address:王益区青年路街道建设小区4号楼2单元301室}}。被申请人{{han:赵宏伟}}，身份证{{id_number@my1986spaced.610203}}，户籍地{{address:印台区红土镇西坡村三组12号}}，实际住在{{address:耀州区天宝路街道锦阳小区11号楼1单元602室}}。孩子的身份证{{id_number@wy2014x.610202}}，舅舅的{{id_number@my1984fwhyphen.610204}}。外婆的电话{{mobile@plain}}，被申请人的电话{{mobile@p86n}}，舅舅的微信{{wechat:huangzhigang_xa}}。被申请人的QQ在卷宗的聊天截图上，第二十三页：{{qq:962371548}}。
访谈者：卷里的名字有没有写乱的？
受访者：有。起诉状上申请人一栏打成了“{{han:黄桂芝}}{{han:黄桂芝}}”，粘贴了两遍，我们让补正了。证人证言上{{han:权秀兰}}签的是{{spaced:权 秀 兰}}，一个字占一格。社会调查报告的落款把社工写成{{spaced:宗 政 雨 桐}}，送达回证上孩子是{{spaced:赵　欣　然}}，陪审员签名写成{{spaced:东方 丽蓉}}。还有一份村委会证明，把孩子的爸写成了{{spaced:赵宏 伟}}。
访谈者：判完以后孩子怎么样？
受访者：回访过两次。孩子跟外婆住，外婆说她晚上不做噩梦了。学校的心理老师{{han:车晓娜}}每周找她聊一回。{{han:赵欣然}}在作文里写，她最想让妈妈知道，外婆做的饭很好吃。
访谈者：被申请人后来怎么样？
受访者：判决以后他没上诉，听说又被送去强制戒毒了。按规定，他要是确实悔改了，可以申请恢复监护人资格，但是要看孩子的意愿。外婆说，她不拦着孩子见她爸，得等他真改好了。
访谈者：书记员的工作里，这种案子有什么难处？
受访者：笔录要记得细，孩子说的每一句话都不能改。有时候记着记着手就抖，回家了还睡不着。老书记员{{han:郑秋生}}跟我说，你越难受越要记准，这是给孩子留的凭据。
访谈者：这类案子多吗？
受访者：不多，一年一两件。难的是取证，孩子不敢说，邻居怕得罪人。我们庭长常说，{{trap/famous:孙思邈}}讲人命至重、有贵千金，孩子的事更是这样，一个也不能放过。
""")

# H528: Han grandmother in 黑河 (黑龙江) raising a granddaughter; the father is on dialysis, the mother left.
DOCS["H528"] = ("family", """\
访谈者：大娘，您孙女多大了？
受访者：十二了。我叫{{han:隋淑芹}}，六十七，在{{trap/place:黑河}}住了一辈子。孙女叫{{han:王欣悦}}，数九头一天生的，小名就叫{{han:冬至}}。{{han:冬至}}打小跟着我，在{{school:黑河市第五小学六年级（3）班}}念书。
访谈者：孩子的爸妈呢？
受访者：儿子{{han:王海峰}}得了尿毒症，在{{trap/place:哈尔滨}}透析，住在他姐家，一个礼拜三回，干不了活。儿媳{{han:邢丽娜}}跟他离了，去了{{trap/place:大连}}，又成了家，三四年没回来了。老头子{{han:王德贵}}前年冬天在{{trap/place:黑龙江}}上打冬网，掉进冰窟窿里没上来。家里就剩我们祖孙俩。
访谈者：您一个人带她，靠什么过？
受访者：我有点退休金，一个月{{trap/number:一千九百多}}，可她爸看病花钱像流水。社区的儿童主任{{han:于春燕}}给孩子报了事实无人抚养，每月{{trap/number:一千五百三}}。{{han:于春燕}}她说，大娘，有啥难处你就吱声，别自己憋着。{{trap/org:街道办}}的{{han:鞠振华}}帮我们申请了临时救助，过年还送来米面油。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:丛丽君}}老师说{{han:冬至}}学习好，就是不合群。她爸病了以后，她总怕别人问。学校有个心理老师叫{{compound:夏侯语冰}}，每礼拜陪她聊一回。孩子还学了俄语，说长大要去对岸的{{trap/place:布拉戈维申斯克}}当翻译，挣钱给她爸换肾。
访谈者：亲戚们帮忙吗？
受访者：闺女{{han:王海霞}}在哈尔滨照顾她哥，自己也有孩子要管。我妹妹{{han:隋淑华}}住在{{trap/place:孙吴}}，夏天接孩子去住一阵子。{{han:隋淑华}}那边有菜园子，孩子在那儿摘黄瓜、喂鸡，回来晒得黢黑。邻居{{han:衣桂兰}}大姐天天来串门，帮我去市场捎菜。区里的社工{{compound:赫连知远}}，跟他一起来的还有{{compound:钟离晓雪}}，给孩子辅导作业，还带她去图书馆。
访谈者：孩子平时都干点啥？
受访者：放了学先写作业，写完了帮我择菜、扫地。礼拜天去江边看冰排，看对岸的楼。她爱看书，社区图书室的书快让她看遍了。管图书室的{{han:庞玉珍}}大姐专门给她留新书，还让她给小一点的孩子念故事。{{han:冬至}}还说，等她长大了也要开个图书室，谁来看书都不要钱。
访谈者：孩子跟您说心里话吗？
受访者：说。有一回她问我，奶奶，你会不会也走？我说奶奶还得看着你上大学、找工作、成家呢。她笑了，我转过身就掉泪了。
访谈者：孩子的妈妈还联系吗？
受访者：过年打个电话，问一句好，就没下文了。孩子不提她，我也不提。有一回孩子翻出一张她妈抱着她的照片，看了半天，又放回去了，一句话没说。我心里跟刀割一样。
访谈者：她爸的病怎么样？
受访者：在排队等肾，大夫说配型不容易。他姐说要把自己的肾给他，一查血型不对。孩子说等她满十八岁了，她来给。我说傻孩子，你爸不会要的。每个月我把补助攒下来一点，给她爸寄过去交透析的钱，医保报了大半，剩下的也不少。
访谈者：冬天怎么过？
受访者：零下三十多度，我早上五点起来烧水，给孩子灌暖水袋。她上学我送，道上滑，我摔过两回。有一回是楼上的{{han:毕志强}}把我扶起来送回家的，{{han:毕志强}}他还帮我把煤气罐扛上楼。{{trap/word:冷天}}里最怕停暖气，去年停了两天，我跟孩子穿着棉袄睡。
访谈者：过年呢？
受访者：年三十包饺子，孩子给她爸打视频。我给她讲{{trap/famous:萨布素}}将军守瑷珲的故事，是我小时候我爹讲给我的。这边俄罗斯人多，孩子爱吃{{trap/word:大列巴}}，喝{{trap/word:格瓦斯}}。我没有{{trap/word:孙子}}，就这一个孙女，是我的命根子。
访谈者：登记信息。
受访者：家在{{address:爱辉区海兰街道兴安小区6号楼2单元501室}}，孩子她爸在哈尔滨住他姐家，是{{address:道里区新阳路街道安顺小区3号楼4单元702室}}。我的身份证{{id_number@wy1958.231102}}，孩子的{{id_number@wy2013hyphen.231102}}。我的电话{{mobile@plain}}，孩子爸的{{mobile@fws}}。孩子有个微信，是她爸给注册的，叫{{wechat:wxy_heihe2013}}。她还有个QQ，说班里同学都用，号码是她自己写在挂历上的，我给你念：{{qq:30528174}}。
访谈者：表上名字写得对吗？
受访者：低保系统里我是{{spaced:隋 淑 芹}}，孩子的名字写成{{spaced:王欣 悦}}，社工的名字在签到表上成了{{spaced:夏　侯　语　冰}}。
访谈者：您最大的心愿是什么？
受访者：盼她爸能等上肾。我能多活几年，把她送进大学。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=521,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=WRITTEN_WITH)


if __name__ == "__main__":
    main()
