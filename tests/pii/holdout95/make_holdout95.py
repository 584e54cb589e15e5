# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 95 (tests/pii/holdout95/H745-H752 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 94, written at the same time by another
writer, is not an earlier set).

Set 95 is about children in distress (困境儿童) and the help they get, in eight new voices, all in 楚雄: a Yi father
who farms tobacco and maize in 武定 (发窝乡), his wife from 凉山 on dialysis, raising his two children and the son of
his brother who died in a mine; a grandmother of the 兴蒙 Mongolians of 通海 (玉溪) raising in 楚雄 city the two
children of her son, who is in prison, after the children's mother left; a Tibetan mother in 大姚 whose family is in
香格里拉, her Han husband dead of liver cancer, with three children; a Hui grandfather in 南华 whose family came from
巍山, with a beef-noodle shop, raising two grandchildren after his son died on the road and the son's wife fell ill;
a Han middle-school homeroom teacher in 禄丰 going through seven pupils (a father in prison, a father crippled in a
coal mine, a left-behind Yi boy from 凉山, an orphan with his uncle, a mother on dialysis, a father with a mental
illness, a girl caring for her grandfather) and their parents on WeChat and QQ; a Uyghur father from 于田 selling
naan in 楚雄 city with his three children after his wife's death; a Han civil-affairs clerk in 牟定 reading from a
case file (orphan siblings, a father in prison, parents with severe disabilities, a Yi family from 凉山, a left-behind
girl); and a Han mother in 元谋 whose husband was paralysed when his tractor turned over, with three children called
by word nicknames.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick: Yi
names with a clan name (吉克史沙, 吉克约达, 马海阿衣, 倮伍石且, 阿约史哈, 阿约拉则, 吉尔阿妞, 海来阿衣, 曲比惹古,
曲比依作, 阿侯伍果), without one (曲莫, 拉铁) and short forms after the full name (史沙她, 石且他, 史哈说, 依作都),
beside Han names of Yi people (吉秀支, 普文贵, 杞春梅, 者建昌, 矣雨萌, 矣正荣); 兴蒙 Mongolians with Han names (旃桂仙,
奎德旺, 奎志坚, 奎思雨, 奎思远) and Mongolian names, alone or after a 兴蒙 surname (奎阿斯根 then 阿斯根, 华额日和木,
萨仁其力格, 阿拉坦呼雅格 then 呼雅格也, 胡日查巴拉, 额尔德尼巴达尔胡); Diqing Tibetan names (斯那拉姆, 此称拉宗 then
此称她, 扎史品措 then 品措都, 格茸七珍, 取追拉姆, 都吉农布, 伍金独支) and the Han names of the children (鲁永珍,
鲁品文); Han-form Hui names (马正勋, 马永康, 纳翠芬, 沙玉翠, 纳文光, 闪桂英, 赛德林, 保国华) beside 经名 alone (易勒亚斯,
安尤布, 再乃甫, 法里达, 赛里夫, 麦热彦) and after a Han surname (马哈米德他, 纳阿斯玛, 马祖海尔他); Uyghur given name +
father's name with and without the dot (奥斯曼江·阿不都外力, 阿布都克热木·吾拉木 and 阿布都克热木吾拉木,
艾尼瓦尔江·奥斯曼江, 麦合甫祖丽·奥斯曼江, 阿米娜汗·托乎提, 买合木提·依不拉音) and short forms (奥斯曼江,
布维玛丽亚姆她, 艾尼瓦尔江, 麦合甫祖丽她, 于苏甫江); Han word nicknames, annotated whole (芒果他, 芭蕉也, 酸角就,
芭蕉和酸角); Han names with common surnames and the surnames of 楚雄 (普, 杞, 者, 起, 自, 矣, 字, 鲁, 毕, 瞿, 旃, 奎,
禄, 晏, 闪, 纳), with titles and kin words (起丽华大夫, 者建昌所长, 鲁正兴书记, 自兴芬老师, 吴建伟主任, 陈永娥姨,
何秀菊婶, 王金花大姐; the span is the name only), names that contain or end in words (鲁兴旺, 付国庆, 尹长江, 张有余,
王德才, 王有财, 字兴旺, 李长顺, 高天乐, 张家福), signatures written twice (郑美英郑美英, 王有财王有财), names directly
before particles and verbs (普志林他, 陈永娥她, 鲁兴旺他, 闪桂英她, 尹长江说, 张家福他们家, 李长发那边, 王金花都,
王金花还) and after 叫/是/跟/和/找 (叫段干雨泽, 是宇文芷若, 跟字桂兰, 芭蕉和酸角, 找长孙秀云); names spaced out
character by character in half- and full-width spaces (吉 克 史 沙, 萨 仁 其 力 格, 阿　拉　坦　呼　雅　格, 斯 那 拉 姆,
扎　史　品　措, 马 哈 米 德, 阿 约 史 哈, 麦 合 甫 祖 丽, 于　苏　甫　江, 曲 比 依 作, 欧 阳 诗 晴), a dotted name with
spaces around the dot (艾尼瓦尔江 · 奥斯曼江) and names split in two (倮伍 石且, 阿拉坦 呼雅格, 此称 拉宗, 格茸 七珍,
奥斯曼江 阿不都外力, 海来 阿衣, 付国 庆); compound surnames after ordinary words (段干, 宇文, 慕容, 东方, 尉迟, 拓跋,
闾丘, 上官, 皇甫, 长孙, 令狐, 司马, 赫连, 诸葛, 欧阳); and numbers written the many ways people do.

The transcripts are hand-written with inline markup (that of ``_setkit.MARK``):

* ``{{category:literal}}``        a seeded item given literally (``{{han:普文贵}}``, ``{{qq:2094761538}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (yi, mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012spaced.532329}}``,
                                   ``{{mobile@h38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 律师, 阿訇,
大姐, 婶, 姨, 叔叔) and a particle, pronoun or verb written directly after a name (说, 也, 都, 就, 还, 和, 她, 他,
他们家, 那边) are outside the span; a word nickname (芒果, 芭蕉, 酸角) is annotated whole as han. Han-style names of
Yi, Mongolian, Tibetan and Hui people (吉秀支, 旃桂仙, 奎思雨, 鲁永珍, 马正勋) are category han; a Han surname before a
non-Han given name (奎阿斯根, 华额日和木, 马哈米德, 纳阿斯玛, 马祖海尔) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout95/make_holdout95.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(95_2026_1206)
MINORITY_GROUPS = ("yi", "mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief: at least 10 names in each minority group of the voices.
GROUP_FLOORS = {"yi": 10, "mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H745: Yi father who farms in 武定 (楚雄); his wife from 凉山 on dialysis, his dead brother's son with them.
DOCS["H745"] = ("family", """\
访谈者：大哥，您家里现在都有谁？
受访者：五口人。我叫{{han:普文贵}}，四十三岁，在{{trap/place:武定}}{{trap/place:发窝乡}}种地，种苞谷、烤烟，还养了十几只黑山羊。我们这边的彝族，老辈人起彝名，上户口都用汉名。我媳妇是{{trap/place:凉山}}嫁过来的，叫{{minority/yi:吉克史沙}}，她们那边名字前头要带家支，户口上的汉名是{{han:吉秀支}}。
访谈者：眼下最压人的是哪件事？
受访者：媳妇的病。前年查出尿毒症，一个礼拜去县医院透析两回。{{minority/yi:史沙}}她说，透完了人就像被抽空了一样，回来只能躺着。肾内科的{{han:起丽华}}大夫帮着申请了大病救助，报完了每个月还要自己出一千多。
访谈者：孩子们多大了？
受访者：大姑娘{{han:普丽琼}}十四岁，彝名叫{{minority/yi:曲莫}}，在{{school:武定县民族中学初二（4）班}}住校。儿子{{han:普子豪}}十岁，彝名{{minority/yi:拉铁}}，在村小读四年级。{{minority/yi:拉铁}}就爱跟着我去放羊，在山上一待一天。
访谈者：您还带着侄儿？
受访者：是。我哥{{han:普文忠}}前年在{{trap/place:东川}}的矿上出事，人没了。嫂子{{han:杞桂芳}}改嫁到{{trap/place:禄劝}}，侄儿{{han:普志林}}就留给了我们。{{han:普志林}}他十二岁，话少，吃饭都是端着碗蹲到门口去吃。村里的儿童主任{{han:杞春梅}}说，这种算事实无人抚养，帮他报了，一个月{{trap/number:一千三百五}}。
访谈者：还有谁帮过你们？
受访者：村支书{{han:鲁正兴}}给我们家报了低保，{{han:鲁正兴}}书记说，有困难就找他，不要一个人扛。乡民政所的{{han:者建昌}}所长来家里核过两回，看了媳妇的病历，说这个情况该帮。县里社工站来过一个小伙子，叫{{compound:段干雨泽}}，跟他一起来的是{{compound:宇文芷若}}，教娃娃们画画、唱歌。他们还帮我们把低保、救助的表一张一张填好，我不识几个字，填表最难。
访谈者：媳妇娘家那边呢？
受访者：她哥{{minority/yi:吉克约达}}在{{trap/place:成都}}工地上开挖机，过年寄两千块钱回来。她阿妈{{minority/yi:马海阿衣}}七十多了，在{{trap/place:昭觉}}，走不了远路，只能打电话。{{minority/yi:吉克约达}}说，等妹妹好点了接她回娘家住一阵。
访谈者：邻居们呢？
受访者：隔壁是从凉山搬来的一家，男的叫{{minority/yi:倮伍石且}}，我们都叫他{{minority/yi:石且}}。{{minority/yi:石且}}他家有辆三轮，媳妇去透析，都是他拉到乡上坐车。村医{{han:毕有才}}也常来，给媳妇量血压，给娃娃看咳嗽，从不收钱。
访谈者：孩子们在学校怎么样？
受访者：大姑娘的班主任{{han:自兴芬}}老师说，孩子{{trap/word:普通话}}说得好，成绩中上，就是老请假回来照顾她妈。我跟她说，你妈有我，你安心念书。{{han:自兴芬}}老师还给她申请了助学金，一学期{{trap/number:六百二十五}}。
访谈者：一年的收入大概多少？
受访者：烤烟好的年份能卖一万多，差的年份七八千。羊卖几只，苞谷自己吃、喂猪。媳妇透析的车费、药费，一个月就要一千多，低保和救助的钱一到手就花出去了。去年烤烟遭了冰雹，叶子打得稀烂，那个月我蹲在地头抽了一下午的烟。后来村里给我们申请了产业帮扶，送了两头小母猪，今年下了一窝崽，算是缓过来一点。
访谈者：孩子们知道家里难吗？
受访者：知道。大姑娘周末回来，先去地里帮我打烟叶，再给她妈熬药。儿子放学了去割猪草。侄儿话少，可是手勤，水缸从来没空过。有一回大姑娘跟我说，阿爸，我初中毕业就去打工吧，供弟弟念书。我没骂她，我说你考上高中，我去借钱也供你。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:火把节}}村里杀羊、跳{{trap/minority_word:左脚舞}}，娃娃们最喜欢。家里有人病了，就请{{trap/minority_word:毕摩}}来念一念。晚上我给娃娃们讲{{trap/famous:诸葛亮}}七擒{{trap/famous:孟获}}的故事，我阿爸讲给我的，我再讲给他们。
访谈者：登记表上要写地址、证件和电话。
受访者：家在{{address:武定县发窝乡大松坡村委会小河边村民小组17号}}，媳妇透析的时候住在她表妹家，在{{address:武定县狮山镇南苑小区5幢2单元302室}}。我的身份证{{id_number@my1982.532329}}，侄儿的{{id_number@my2012spaced.532329}}。我电话{{mobile@plain}}，{{han:杞春梅}}的电话{{mobile@h38}}，她微信{{wechat:qichunmei_dsp}}。大姑娘有个QQ，说班上交作业要用，号码她写在我烟盒上，{{qq:2094761538}}。
访谈者：表上的名字都写对了吗？
受访者：没有。医院的表上把媳妇写成{{spaced:吉 克 史 沙}}，学校把大姑娘写成{{spaced:普　丽　琼}}。低保名册上邻居是{{spaced:倮伍 石且}}，中间空了一格。改一个字要跑三趟乡上。
访谈者：您最盼什么？
受访者：盼媳妇能等到肾，盼三个娃娃都念得出去，别像我一辈子守着这几亩坡地。
""")

# H746: 兴蒙 Mongolian grandmother from 通海 (玉溪) raising her imprisoned son's two children in 楚雄.
DOCS["H746"] = ("family", """\
访谈者：奶奶，您是从通海过来的？
受访者：是，我是{{trap/place:通海}}{{trap/place:兴蒙}}的蒙古族，叫{{han:旃桂仙}}，今年六十六。我们兴蒙人说是七百多年前跟着{{trap/famous:忽必烈}}的兵下来的，在{{trap/place:杞麓湖}}边打鱼、盖房子，一代代都姓旃、奎、期、华、赵这些，名字跟汉族一样。我老伴{{han:奎德旺}}五年前走了。两年前我搬来{{trap/place:楚雄}}，给儿子带两个孙子。
访谈者：孩子爸妈呢？
受访者：儿子{{han:奎志坚}}年轻时在{{trap/place:呼和浩特}}念过大学，给自己起了个蒙古名叫{{minority/mongolian:奎阿斯根}}，同学都叫他{{minority/mongolian:阿斯根}}。毕业回来在楚雄做装修，前年跟人打架把人打伤了，判了三年半，关在{{trap/place:昆明}}。儿媳{{han:李玉蓉}}是楚雄本地的，他进去以后她就走了，电话也不接。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:萨仁其力格}}十一岁，上学用的汉名是{{han:奎思雨}}，在{{school:楚雄市鹿城小学五年级（3）班}}。孙子叫{{minority/mongolian:阿拉坦呼雅格}}，名字长，我们喊他{{minority/mongolian:呼雅格}}，汉名{{han:奎思远}}，七岁，在家门口的小学读一年级。{{minority/mongolian:呼雅格}}也问过我，为哪样他的名字跟别个娃娃不一样。我说是你爹给起的，盼你像草原上的马一样跑得远。
访谈者：一个人拉扯两个娃娃，钱从哪里来？
受访者：我给小区扫地，一个月{{trap/number:一千八}}。社区的儿童主任{{han:陈永娥}}帮两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千四百一十}}。社区书记{{han:普绍明}}说，娃娃户口在楚雄，就归他们管。{{han:陈永娥}}她一个月来两趟，有时候带点米和油，孙子见了她就喊{{han:陈永娥}}姨。
访谈者：孩子爸爸那边，有人帮你们吗？
受访者：有。法律援助中心的律师叫{{compound:慕容诗琪}}，帮我们写过申请，让我带娃娃去监狱见他爹。{{compound:慕容诗琪}}律师说，娃娃跟爹见面，对娃娃好。社工站还有个姑娘叫{{compound:东方子琪}}，跟她一起来的是{{compound:尉迟立新}}，每个礼拜六给孙女补数学。儿子大学的同学{{minority/mongolian:胡日查巴拉}}在{{trap/place:锡林浩特}}，每年给娃娃寄奶豆腐、寄书，孙女叫他{{minority/mongolian:胡日查巴拉}}叔叔。
访谈者：通海老家还有人吗？
受访者：我兄弟{{han:旃德顺}}还在兴蒙，种菜、做泥水活。我们兴蒙的男人十个有八个会盖房子。村里的干部{{minority/mongolian:华额日和木}}，他也是后来自己起的蒙古名，每年{{trap/minority_word:那达慕}}都打电话叫我们回去。兴蒙还请过内蒙古来的老师教蒙古话，老师叫{{minority/mongolian:额尔德尼巴达尔胡}}，孙女去学过一个暑假，回来会唱好几首歌。{{minority/mongolian:额尔德尼巴达尔胡}}老师说她嗓子好。
访谈者：过节呢？
受访者：我们兴蒙最大的节是{{trap/minority_word:鲁班节}}，祭{{trap/famous:鲁班}}师傅，因为祖祖辈辈靠手艺吃饭。我们兴蒙人过节{{trap/word:期盼}}的，也就是娃娃平平安安。我还给娃娃们讲{{trap/famous:成吉思汗}}，讲我们的老祖宗从北边来。孙子听得眼睛都不眨。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{han:苏映娟}}老师说，她作文写得好，就是一到{{trap/word:期末}}就紧张，怕考不好我骂她。孙子的老师{{han:杨春艳}}说，他上课爱画马。学校的心理老师每个月找孙女聊一次，说孩子心里苦，嘴上不说。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。孙女把她爹的照片压在枕头底下，睡前要看一眼。去年去监狱见了一回，隔着玻璃打电话，她爹哭，她也哭，出来一路不说话。孙子小，问我爹是不是去外地盖大楼了，我就说是，等楼盖好了就回来。他妈那边一点消息都没有，过年也没有一个电话。我不怪她，年纪轻轻的，谁愿意守着。可娃娃是她身上掉下来的肉，她该来看看。
访谈者：日子上最紧的是什么时候？
受访者：开学的时候。两个娃娃的校服、本子、学习资料，一下子就是七八百。房租一个月八百，我扫地挣的刚够房租，吃饭就靠补贴和低保。社区过年给我们送了米、油和一床新被子，孙子高兴得在被子上打滚。
访谈者：您身体怎么样？
受访者：腰不好，膝盖也疼。{{han:旃德顺}}他叫我回兴蒙，说老家空气好，我说娃娃在这边念书，走不开。社区医院的{{han:赵明华}}医生给我看过，说是骨质增生，让我少搬重东西。
访谈者：登记的地址、号码请说一下。
受访者：我们租的房子在{{address:楚雄市鹿城镇永安路东苑小区9幢1单元401室}}，通海老家是{{address:通海县兴蒙乡中渡村三组28号}}。我身份证{{id_number@wy1960.530423}}，孙女的{{id_number@wy2014hyphen.532301}}。我电话{{mobile@spaced}}。孙女用我的手机加了老师，我的微信是她给起的，叫{{wechat:zhan_guixian66}}。孙女还有个QQ，说要跟兴蒙的表姐聊天，号码是{{qq:583017264}}。
访谈者：表上名字有写错的吗？
受访者：多得很。孙女在表上是{{spaced:萨 仁 其 力 格}}，孙子写成{{spaced:阿拉坦 呼雅格}}，有一张把他写成{{spaced:阿　拉　坦　呼　雅　格}}，我自己成了{{spaced:旃 桂 仙}}。
访谈者：最后您想说什么？
受访者：盼儿子好好改造，出来了好好做人，把娃娃接回去。我这把老骨头，能撑一年算一年。
""")

# H747: Tibetan mother in 大姚 (楚雄), her family in 香格里拉; her Han husband died of liver cancer.
DOCS["H747"] = ("family", """\
访谈者：阿佳，您娘家是香格里拉的？
受访者：是，娘家在{{trap/place:香格里拉}}{{trap/place:小中甸}}，藏族。我叫{{minority/tibetan:斯那拉姆}}，三十九岁。十五年前我在{{trap/place:独克宗}}古城的客栈做服务员，认识了孩子他爸{{han:鲁兴旺}}，他是{{trap/place:大姚}}人，在那边做木工。后来我就嫁到大姚来了。
访谈者：孩子爸爸现在呢？
受访者：前年没了，肝癌，查出来就是晚期。{{han:鲁兴旺}}他走的时候最小的才三岁。他兄弟{{han:鲁兴发}}帮着把后事办了。家里欠了医院七万多，现在还在慢慢还。
访谈者：孩子们多大？叫什么？
受访者：三个。大姑娘十四，汉名{{han:鲁永珍}}，藏名{{minority/tibetan:此称拉宗}}，在家我们都叫她{{minority/tibetan:此称}}，在{{school:大姚县实验中学初二（6）班}}。儿子{{minority/tibetan:扎史品措}}十岁，上学用{{han:鲁品文}}这个名字，在{{school:金碧镇第二小学四年级（5）班}}。{{minority/tibetan:品措}}都说他长大要回香格里拉放牦牛。小的{{minority/tibetan:格茸七珍}}五岁，在幼儿园。
访谈者：家里的开销现在靠什么？
受访者：在加工厂剥核桃，计件，一个月两千出头。社区给我们家报了低保，三个娃娃每人每月还有{{trap/number:八百五十元}}的困境儿童补贴，是社区儿童主任{{han:瞿春兰}}跑下来的。{{han:瞿春兰}}说，我是外地嫁来的，很多事不懂，有什么就找她。县{{trap/org:民政局}}的{{han:罗家兴}}来核过，说欠的医药费可以申请临时救助。
访谈者：香格里拉的家里人呢？
受访者：阿妈{{minority/tibetan:取追拉姆}}六十八了，跟我哥{{minority/tibetan:都吉农布}}住。{{minority/tibetan:都吉农布}}开车拉游客，旺季忙得很，每年寄五千块来。我舅舅{{minority/tibetan:伍金独支}}在{{trap/org:松赞林寺}}出家，每年给娃娃们求平安结。去年暑假{{minority/tibetan:都吉农布}}开车来接，三个娃娃回去住了一个月，天天喝{{trap/minority_word:酥油茶}}、吃{{trap/minority_word:糌粑}}，瘦的那个回来都胖了。
访谈者：学校那边怎么样？
受访者：大姑娘的班主任{{han:周玉琼}}老师好，知道我们家的事，免了她的住校费，还把她选成了班长。{{han:周玉琼}}老师说，{{minority/tibetan:此称}}她数学是全班第二。儿子的老师{{han:段海涛}}说他跑步快，让他参加县里的运动会，{{trap/year:二〇二三年}}还拿了个第三名。
访谈者：还有谁帮过你们？
受访者：县里社工站的{{compound:拓跋可欣}}，每个月来一趟，带娃娃们做手工；还有{{compound:闾丘子骞}}，帮我把欠款的材料理清楚了。镇卫生院的{{han:李国芬}}大夫给小的看过肺炎，住院的钱报了大半。邻居{{han:杨德兴}}他们家的大嫂，我上夜班的时候帮我看娃娃。
访谈者：孩子们想爸爸吗？
受访者：想。儿子把他爸用过的刨子放在床底下，说长大了也要做木匠。大姑娘懂事，她爸走了以后就不怎么笑了，放学回来先把妹妹接回家，再烧水做饭。有一回我加班到半夜，回来看见她趴在桌上睡着了，作业本下面压着给妹妹缝的布娃娃。我心里难过，又说不出来。我们藏族讲，人走了要转生，我跟娃娃们说，你们的阿爸会转生到好人家，他也盼着你们好。
访谈者：在大姚过得习惯吗？
受访者：刚来的时候不习惯，吃不惯辣，听不懂这边的话。现在好了，邻居们都对我好，知道我一个人带三个娃娃，谁家杀猪了都叫我们去吃。就是冬天想喝一口热酥油茶，这边的酥油贵，要托人从香格里拉带。
访谈者：过节怎么过？
受访者：藏历新年我照着阿妈教的炸果子，跳{{trap/minority_word:锅庄}}给娃娃们看。大姚这边有{{trap/minority_word:插花节}}，我们也带娃娃去{{trap/place:昙华山}}看。晚上给他们讲{{trap/famous:格萨尔}}的故事，儿子最爱听赛马那一段。
访谈者：登记表上要写地址和号码。
受访者：现在住在{{address:大姚县金碧镇龙街社区团结巷14号}}，娘家在{{address:香格里拉市小中甸镇联合村二社9号}}。我身份证{{id_number@wy1986x.533421}}，大姑娘的{{id_number@wy2011fwspaced.532326}}。我电话{{mobile@s434}}，{{han:瞿春兰}}的{{mobile@plus86dash}}。我的微信是娃娃她爸在的时候给注册的，叫{{wechat:snlm_xgll}}。大姑娘有QQ，号码她抄在我的记账本上：{{qq:1375208946}}。
访谈者：表上名字写对了吗？
受访者：我们的名字翻成汉字，各人各写。表上我成了{{spaced:斯 那 拉 姆}}，大姑娘是{{spaced:此称 拉宗}}，儿子写成{{spaced:扎　史　品　措}}，小的写成了{{spaced:格茸 七珍}}。
访谈者：您有什么打算？
受访者：在大姚把娃娃们带大。他爸埋在这边的山上，我们走不了。等娃娃大了，愿意回香格里拉的就回去看看阿妈。
""")
# H748: Hui grandfather in 南华 (楚雄), his family from 巍山; his son died on the road, the son's wife fell ill.
DOCS["H748"] = ("family", """\
访谈者：老人家，您家是从巍山过来的？
受访者：是，老家在{{trap/place:巍山}}{{trap/place:永建}}，回族。我叫{{han:马正勋}}，经名{{minority/hui:易勒亚斯}}，今年六十七。三十年前跟着老伴来{{trap/place:南华}}开牛肉馆，就在县城{{trap/org:清真寺}}边上，一直开到现在。我们老辈是赶{{trap/word:马帮}}的，从巍山一直走到{{trap/place:缅甸}}。
访谈者：听说两个孙辈现在跟着您住？
受访者：跟着我。儿子{{han:马永康}}，经名{{minority/hui:安尤布}}，前年跑大车，在{{trap/place:楚大高速}}上出了事，人没了。儿媳{{han:纳翠芬}}伤心得病了，抑郁症，回了{{trap/place:寻甸}}娘家，一年来看娃娃两回。两个娃娃就留给我们老两口。孙子{{minority/hui:马哈米德}}十二岁，上学用的名字是{{han:马思源}}；孙女{{minority/hui:再乃甫}}八岁，学名{{han:马思琪}}。
访谈者：孩子们上学怎么样？
受访者：孙子在{{school:南华县龙川镇中学初一（2）班}}，孙女在{{school:南华县民族小学二年级（3）班}}。{{minority/hui:马哈米德}}他每天放学先到馆子里帮着端碗，再写作业。孙女的班主任{{han:张丽芬}}老师说，她不爱说话，画的画里总有一辆大车。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:沙玉翠}}，她也是回族，经名{{minority/hui:法里达}}，坊上的人都叫她{{minority/hui:法里达}}。她帮两个娃娃报了事实无人抚养，每人每月{{trap/number:一千三百九}}。寺里的开学阿訇{{han:纳文光}}，经名{{minority/hui:赛里夫}}，主麻以后把大家出的{{trap/minority_word:乜贴}}分一份给我们。{{han:纳文光}}阿訇还教孙子念经。县{{trap/org:民政局}}的{{han:赛德林}}来过几回，帮着办了临时救助。
访谈者：奶奶那边身体还撑得住吗？
受访者：老伴{{han:闪桂英}}，经名{{minority/hui:麦热彦}}，腿不好，还天天在后厨切肉。{{han:闪桂英}}她说，只要她还站得住，娃娃们就有饭吃。隔壁卖米线的{{minority/hui:纳阿斯玛}}，是从{{trap/place:沙甸}}嫁过来的，她常过来帮着洗碗，孙女放学了就在她家写作业。
访谈者：巍山老家还有人吗？
受访者：有。我兄弟{{minority/hui:马祖海尔}}在巍山种烤烟，他的经名祖海尔当名字用，村里人都这么叫。表弟{{han:保国华}}在{{trap/place:大理}}开车。每年{{trap/minority_word:开斋节}}我们带娃娃回巍山，老家的人都来看。{{minority/hui:马祖海尔}}他给孙子做了一副弹弓，孙子宝贝得很。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}宰牛，炸{{trap/minority_word:油香}}，分给左邻右舍。我给娃娃们讲{{trap/famous:赛典赤}}治云南的故事，讲我们回回先人怎么到的云南。孙子问我，爷爷，我们家以前也赶马吗？我说赶，你太爷爷赶了一辈子马，等爷爷收了摊子{{trap/word:马上}}给你讲。
访谈者：馆子的生意怎么样？
受访者：一般。南华县城不大，吃牛肉的多是老主顾。早上卖米线、饵丝，中午炒菜，一天能卖七八百块，除了成本剩不下多少。以前儿子在的时候，他跑车的钱能补贴家里，现在全靠这个馆子。老伴说关了算了，我说不能关，关了娃娃们吃什么。孙子周末在馆子里帮忙，收碗、擦桌子，还会算账，谁吃了几碗他记得清清楚楚。
访谈者：孩子们想他们的爸爸吗？
受访者：想。孙子每个主麻跟我去寺里，给他爸做杜阿。孙女小，不太记得她爸的样子，就看手机里的照片。她妈来的时候，孙女一直拉着她的衣角，走的时候哭着追到车站。
访谈者：社会上还有谁帮忙？
受访者：县里社工站有个小伙子叫{{compound:上官明睿}}，还有个姑娘叫{{compound:皇甫芷晴}}，放假的时候带娃娃们去图书馆。保险公司的人跑了三趟，才把儿子的赔偿办下来。卫生院的{{han:罗建良}}大夫给老伴开药，常常少收钱。
访谈者：登记信息请说一下。
受访者：馆子在{{address:南华县龙川镇团结路清真寺巷6号}}，巍山老家在{{address:巍山县永建镇小围埂村四组15号}}。我的身份证{{id_number@mold.532927}}，孙子的{{id_number@my2013fullwidth.532324}}。电话{{mobile@hyphen}}，{{han:沙玉翠}}的{{mobile@s38}}。微信是孙子帮我开的，馆子收钱用，叫{{wechat:ma_niurouguan}}。孙子的QQ号写在收款码旁边，他说同学找他玩就加这个：{{qq:48275109}}。
访谈者：表上名字写法一致吗？
受访者：经名是音译的，一人一个写法。低保表上孙子是{{spaced:马 哈 米 德}}，孙女是{{spaced:宰 乃 甫}}，有的还少写一个字。我自己在花名册上是{{spaced:马　正　勋}}。
访谈者：您最担心什么？
受访者：担心我走了以后两个娃娃没人管。我跟{{minority/hui:法里达}}说过，万一哪天我不在了，请社区帮着把娃娃交给他们的舅舅，别让他们散了。
""")

# H749: Han middle-school homeroom teacher in 禄丰 (楚雄) with seven pupils in distress and their parents online.
DOCS["H749"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：初二。我叫{{han:施晓红}}，在{{trap/place:禄丰}}{{trap/place:金山镇}}教语文，是{{school:禄丰市第三中学初二（7）班}}的班主任。班上四十八个学生，困境儿童有七个，家长我都加了微信，孩子们的QQ我也记着。孩子们有事愿意找我，也愿意找{{compound:长孙秀云}}。
访谈者：您一个一个说说。
受访者：头一个{{han:段锦鹏}}，他爸{{han:段建勇}}偷电缆判了四年，他妈走了，跟奶奶{{han:刘家珍}}过。奶奶不识字，家长群的消息都是{{han:段锦鹏}}自己念给她听。他的QQ是{{qq:2715093846}}，晚上十二点还在线，我说过他好几回。
访谈者：第二个呢？
受访者：第二个{{han:矣雨萌}}，彝族，她爸{{han:矣正荣}}在{{trap/place:一平浪}}的煤矿上砸断了腿，二级残疾。她妈{{han:普秀兰}}在镇上饭店洗碗。{{han:矣正荣}}他要强，不让人可怜，可家里真是难。她妈的微信{{wechat:pxl_lufeng82}}，有事我都找她妈。
访谈者：第三个？
受访者：第三个是从凉山搬来的彝族娃娃，叫{{minority/yi:阿约史哈}}，我们叫他{{minority/yi:史哈}}。爸爸{{minority/yi:阿约拉则}}去{{trap/place:浙江}}打工了，妈妈{{minority/yi:吉尔阿妞}}在家种地，不会说汉话。{{minority/yi:史哈}}说他长大要当警察。他的QQ号是他自己在作文本背后写给我的：{{qq:36092714}}。
访谈者：第四个？
受访者：第四个{{han:付国庆}}，国庆节那天生的，爸妈前几年先后病死了，是孤儿，跟着大伯{{han:付家兴}}。大伯也有三个娃娃，日子紧。{{han:付国庆}}那边的孤儿基本生活费是镇上民政办的{{han:禄光辉}}给办的，每月{{trap/number:一千六百一十元}}。
访谈者：第五个？
受访者：第五个{{han:尹正阳}}，妈妈{{han:鲁丽萍}}尿毒症，一周透析三次；爸爸{{han:尹长江}}跑摩的。{{han:尹长江}}说，只要娃娃肯读，砸锅卖铁也供。家长群里他的微信叫{{wechat:yinchangjiang_lf}}。
访谈者：第六个？
受访者：第六个{{han:高天乐}}，爸爸{{han:高永顺}}有精神病，发病的时候砸东西。{{han:高天乐}}就跑到学校宿舍躲着，我让他住校，住宿费学校免了。他妈在{{trap/place:昆明}}打工，电话{{mobile@s74}}。
访谈者：第七个？
受访者：第七个{{han:苏晓晴}}，留守的，爸妈在{{trap/place:东莞}}，跟爷爷{{han:苏德福}}。爷爷七十八了，她每天放学回去做饭、给爷爷洗脚。她每个礼拜跟她妈视频一回，用的是爷爷的老手机。有事就打镇上的未成年人保护热线{{trap/hotline:12355}}。
访谈者：学校还有谁一起管这些孩子？
受访者：副班主任{{compound:长孙秀云}}，心理老师{{compound:东方锦程}}，还有政教主任{{han:吴建伟}}。{{han:吴建伟}}主任家就在学校边上，{{han:苏晓晴}}她爷爷住院那几天，孩子就住在他们家。校长{{han:晏志明}}说，困境儿童的饭卡每月充两百，不够再说。镇上的儿童督导员也常来。
访谈者：平时跟这些家长靠什么联系？
受访者：大多是微信。有的家长不会打字，发语音，我听完了再回。有的老人没有微信，我就打电话，或者托孩子带纸条回去。家访我一学期跑一遍，{{han:矣雨萌}}家在{{address:禄丰市金山镇东河村委会新村五组31号}}，最远，骑车要一个多钟头。
访谈者：这些孩子心理上怎么样？
受访者：{{compound:东方锦程}}老师做过一次测评，七个里头有三个焦虑比较重。我们搞了个小组，每周四下午在心理室聊一聊，玩玩沙盘。孩子们慢慢肯开口了。有个孩子说，他不怕穷，怕别人知道他穷。
访谈者：这些孩子的学习怎么样？
受访者：参差不齐。有两个成绩在年级前五十，有三个在中间，还有两个跟不上。跟不上的不是笨，是心思不在书上，家里的事压着。我每天晚自习留半个小时，给他们几个补数学、改作文。作文里能看出很多东西，有个孩子写《我的周末》，写的是去医院陪他妈透析，一整篇都是走廊里的声音。
访谈者：当这样的班主任，累不累？
受访者：有时候吃不消。班主任一个月多三百块钱，操的心是别的老师的几倍。可是看着这些孩子一点点好起来，心里又觉得值。
访谈者：过节的时候学校有活动吗？
受访者：{{trap/minority_word:火把节}}放假前，我们班在操场上搞了个联欢，彝族孩子教大家跳{{trap/minority_word:打歌}}。{{trap/famous:元谋人}}、禄丰的恐龙化石，这些都是我们历史课、地理课要讲的，孩子们最爱听恐龙。
访谈者：表上名字有写错的吗？
受访者：有。教育局的系统里有{{spaced:矣 雨 萌}}，还有{{spaced:阿 约 史 哈}}，把{{han:付国庆}}写成{{spaced:付国 庆}}，还有把名字里的字写错的。
访谈者：最后您想说什么？
受访者：这些孩子比别的孩子懂事早，懂事早不一定是好事。我就想让他们在学校里还能当几年孩子。
""")

# H750: Uyghur father from 于田 selling naan in 楚雄 city, his wife dead, his three children with him.
DOCS["H750"] = ("family", """\
访谈者：老板，您的馕在楚雄卖了几年了？
受访者：五年了。我叫{{minority/uyghur:奥斯曼江·阿不都外力}}，老家在{{trap/place:和田}}{{trap/place:于田县}}，在{{trap/place:克里雅河}}边上。楚雄的老顾客都叫我{{minority/uyghur:奥斯曼江}}，小娃娃们叫我卖馕的叔叔。摊子在{{trap/place:彝人古镇}}后门，每天卖两百多个。
访谈者：家里人都在这边吗？
受访者：三个娃娃都在我身边。老婆{{minority/uyghur:布维玛丽亚姆·吾拉木}}{{trap/year:二〇二四年}}在于田得肝病走了，走之前说，孩子们要念书，别让他们在家放羊。我就把三个都带到楚雄来了。{{minority/uyghur:布维玛丽亚姆}}她走的时候才三十四岁。
访谈者：孩子们多大？
受访者：大儿子{{minority/uyghur:艾尼瓦尔江·奥斯曼江}}十三岁，我们叫他{{minority/uyghur:艾尼瓦尔江}}，在{{school:楚雄市第二中学初一（5）班}}。女儿{{minority/uyghur:麦合甫祖丽·奥斯曼江}}九岁，在{{school:楚雄市彝海小学三年级（4）班}}。{{minority/uyghur:麦合甫祖丽}}她汉话比我说得好，去银行办事都是她给我翻译。小儿子{{minority/uyghur:于苏甫江}}五岁，白天跟着我在{{trap/minority_word:馕坑}}边上玩。
访谈者：谁帮着您照顾孩子？
受访者：老婆的弟弟{{minority/uyghur:阿布都克热木·吾拉木}}跟我一起打馕，早上四点起来和面。户口本上他的名字没有点，写成{{minority/uyghur:阿布都克热木吾拉木}}。社区的儿童主任{{han:毕文华}}帮三个孩子报了困境儿童，一个月每人{{trap/number:九百八十}}，还帮{{minority/uyghur:于苏甫江}}找了离摊子近的幼儿园。社区书记{{han:李正春}}说，我们是从新疆来的，在楚雄也是楚雄人。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:艾尼瓦尔江}}的班主任{{han:钱玉梅}}老师说，他数学好，语文差一点，作文里老写错字。女儿的老师{{han:起春燕}}给她找了个同桌，一起做作业。派出所的{{han:罗志刚}}警官帮我们把户口迁移的事问清楚了，娃娃在这边上学不用回于田考试。
访谈者：老家还有谁？
受访者：我阿妈{{minority/uyghur:阿米娜汗·托乎提}}七十岁，在于田跟我妹妹住。她每个礼拜跟孙子们视频，一看见{{minority/uyghur:于苏甫江}}就哭。我们村的{{minority/uyghur:买合木提·依不拉音}}也在{{trap/place:大理}}卖馕，他说在云南的于田人有三十多家，过节了互相走动。
访谈者：还有谁帮过你们？
受访者：社工站的{{compound:令狐嘉蔚}}，每个礼拜三来给女儿辅导功课；还有{{compound:司马一凡}}，教大儿子打篮球。房东{{han:张有余}}听说老婆走了，一年的房租少收了两千。{{han:张有余}}他说，出门在外的，谁都有难处。街道的{{compound:赫连晓冬}}还帮我办了个体户的减免。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我在家做{{trap/minority_word:抓饭}}，把社区的人都请来吃。晚上弹{{trap/minority_word:都塔尔}}，给孩子们讲{{trap/famous:阿凡提}}的故事，他们都会背了，还要听。女儿说想去看看{{trap/place:昆仑山}}，我说等她考上高中就带她回去。
访谈者：一个人带三个孩子，最难的是什么？
受访者：最难的是女儿大了，有些话她不跟我说。她妈不在，头发都是她自己梳。{{han:毕文华}}说女孩子的事她来管，带女儿去买了衣服，教她好多东西。我一个男人，只会打馕，心里感激得很。
访谈者：登记表上要写地址、证件和电话。
受访者：我们租房在{{address:楚雄市鹿城镇北浦路阳光花园小区3幢2单元501室}}，老家在{{address:于田县加依乡托格日尕孜村4组19号}}。我的身份证{{id_number@my1985quad.653226}}，派出所的人四个四个念给我的。大儿子的{{id_number@my2012.653226}}。我电话{{mobile@plain}}，小舅子的{{mobile@p86n}}。我微信{{wechat:Osmanjan_nang}}，顾客都扫这个付钱。大儿子的QQ他自己说的：{{qq:3150862974}}。
访谈者：在楚雄生活习惯吗？
受访者：习惯了。楚雄人好，买馕的都跟我开玩笑。刚来的时候找不到清真的肉，后来认识了南华过来的回族朋友，肉就从他那里买。孩子们吃饭比在于田还挑，大儿子爱吃这边的米线，女儿爱吃烧饵块。就是冬天有时候阴冷，跟老家的冷不一样，老家是干冷，这边冷到骨头里。
访谈者：表上名字写法一样吗？
受访者：不一样。学校表上大儿子是{{spaced:艾尼瓦尔江 · 奥斯曼江}}，中间那个点前后各空一格；女儿写成{{spaced:麦 合 甫 祖 丽}}；小儿子写成{{spaced:于　苏　甫　江}}；我自己有一张是{{spaced:奥斯曼江 阿不都外力}}。
访谈者：您对孩子们有什么盼头？
受访者：盼他们念好书，汉话、维吾尔话都会。以后当医生、当老师都好，别像我这样一天到晚守着馕坑。
""")
# H751: Han civil-affairs clerk in 牟定 (楚雄) reading from a case file.
DOCS["H751"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：我们股室的困境儿童个案档案。我叫{{han:鲍正刚}}，在{{trap/place:牟定县}}{{trap/org:民政局}}儿童福利股，干了九年。我照着档案念，有的地方顺便说说情况。
访谈者：好，第一份。
受访者：第一份，兄妹俩，爹妈都不在了。哥哥{{han:苏俊熙}}，十二岁；妹妹{{han:苏梓萱}}，九岁。父亲{{han:苏有福}}前年在{{trap/place:安宁}}工地上摔下来，母亲{{han:起玉仙}}去年乳腺癌走了。监护人是奶奶{{han:郑美英}}，档案封面上她签的是“{{han:郑美英}}{{han:郑美英}}”，第一遍写歪了，又写了一遍。住址{{address:牟定县共和镇天台社区上大村小组23号}}。哥哥身份证{{id_number@my2012.532323}}，妹妹{{id_number@wy2015spaced.532323}}。两个孩子每人每月孤儿基本生活费{{trap/number:一千五百八十}}。
访谈者：奶奶身体怎么样？
受访者：不好，糖尿病。老人说，她最怕的是自己哪天倒下，两个娃娃去哪里。村里的儿童主任{{han:字桂兰}}每周去一次，帮着打胰岛素。
访谈者：第二份？
受访者：第二份，孩子他爸在监狱里。{{han:王德才}}，贩毒，判了十二年，在{{trap/place:开远}}服刑。母亲{{han:罗春蓉}}离家出走，下落不明。孩子{{han:王子川}}，十岁，在镇上读四年级。监护人是爷爷，签字栏上写的是“{{han:王有财}}{{han:王有财}}”，老人不识字，照着我写的描了两遍。孩子按事实无人抚养，每月{{trap/number:一千二百六}}。
访谈者：第三份？
受访者：第三份，爹妈都是重度残疾。父亲{{han:字兴旺}}，视力一级残疾；母亲{{han:自春花}}，智力二级残疾。孩子{{han:字雨涵}}，十一岁，在{{school:牟定县凤屯镇中心完小五年级（2）班}}。家里全靠低保和残疾人两项补贴。{{han:字兴旺}}他会按摩，在{{trap/org:县残联}}培训过，可是镇上没人请。这家的房子是危房，去年县里给改造了，孩子总算有了自己的小房间。
访谈者：第四份？
受访者：第四份是从凉山搬来的彝族人家。母亲{{minority/yi:海来阿衣}}前年难产走了，父亲{{minority/yi:曲比惹古}}出去打工，两年没音讯。孩子{{minority/yi:曲比依作}}八岁，家里叫她{{minority/yi:依作}}，跟外婆{{minority/yi:阿侯伍果}}过。{{minority/yi:依作}}都会做饭了，踩着板凳煮洋芋。外婆不会说汉话，我们去的时候请了{{trap/place:安乐乡}}的彝族干部当翻译。
访谈者：第五份？
受访者：第五份，留守。{{han:甘丽娟}}，十四岁，在{{school:牟定县第一中学初二（3）班}}，爸妈在{{trap/place:宁波}}打工，她照顾瘫在床上的外公{{han:胡德元}}。她也想过不读了，是班主任去家里劝回来的。
访谈者：这些个案谁来跟？
受访者：我们股里跟社工站合作，社工站派的是{{compound:诸葛晨朗}}。法律援助那边，{{han:王子川}}的监护权变更是律师{{compound:东方明澈}}帮着办的。县里的儿童督导员是{{compound:欧阳诗晴}}，每个月抽查。
访谈者：档案上联系人的号码呢？
受访者：{{han:郑美英}}的电话{{mobile@spaced}}，{{han:字桂兰}}的{{mobile@fullwidth}}，{{han:甘丽娟}}她妈的微信{{wechat:ganma_ningbo1986}}，我们有事发到她微信上。{{han:甘丽娟}}自己有个QQ，说学校里交资料用，号码是{{qq:62039517}}。住址{{address:牟定县江坡镇大窝村委会小新庄11号}}，她外公的身份证{{id_number@moldx.532323}}。
访谈者：档案里的名字写法一致吗？
受访者：对不上，年年都为这个返工。系统里有{{spaced:苏 俊 熙}}、{{spaced:王　有　财}}，有把彝族妈妈写成{{spaced:海来 阿衣}}的，把孩子写成{{spaced:曲 比 依 作}}的，还有把我们督导员写成{{spaced:欧 阳 诗 晴}}的。年底核查一张一张对，我桌上放着本{{trap/word:字典}}，生僻字一个一个查。
访谈者：这些钱是怎么发的？
受访者：按月打到监护人的卡上，我们每个季度入户核一次，看钱是不是用在孩子身上。有的监护人拿了钱去喝酒，我们就跟村委会商量，换监护人，或者把钱打到学校的饭卡上。核的时候看孩子的衣服、被子、书包，问孩子吃得饱不饱。孩子们一开始怕我们，以为是来把他们带走的，后来熟了，老远就喊叔叔。
访谈者：群众有事怎么找你们？
受访者：打民政的服务热线{{trap/hotline:12349}}，或者直接到股室来。我们每个村都有儿童主任，谁家娃娃没人管了，儿童主任先报给乡上，乡上再报给我们。有一回半夜接到电话，说一个娃娃的奶奶突然走了，娃娃一个人守着。我跟{{han:字桂兰}}连夜赶过去，把娃娃接到她家住了一个月。
访谈者：这份工作最难的是什么？
受访者：最难的是看着娃娃长大又管不了他们一辈子。十八岁一过，补贴停了，有的就出去打工了。我们尽量让他们读上职校，学一门手艺。
""")

# H752: Han mother in 元谋 (楚雄), her husband paralysed by a fall from a tractor, three children with word nicknames.
DOCS["H752"] = ("family", """\
访谈者：大姐，家里这两年出了什么事？
受访者：我叫{{han:杨桂珍}}，在{{trap/place:元谋}}{{trap/place:物茂}}乡下，种番茄、四季豆。老公{{han:李长顺}}前年开拖拉机翻到沟里，腰椎断了，下半身不能动。{{han:李长顺}}说，他这辈子就这样了，让我改嫁，我骂了他一顿。
访谈者：孩子们呢？
受访者：三个。老大{{han:李梓骁}}十三岁，小名{{han:芒果}}，生在果子熟的时候。老二是姑娘，{{han:李欣悦}}，十岁，小名{{han:芭蕉}}。老三{{han:李子墨}}六岁，小名{{han:酸角}}，小时候爱吃酸的，院子里那棵{{trap/word:李子}}树结的果子他生着就啃。{{han:芒果}}他在{{school:元谋县第一中学初一（1）班}}，{{han:芭蕉}}也在{{school:物茂乡中心小学四年级（2）班}}，{{han:酸角}}就在村里的幼儿园。
访谈者：您一个人怎么顾得过来？
受访者：哪里顾得过来，硬撑着。早上五点起来给老公翻身、擦洗，做好早饭，送{{han:酸角}}去幼儿园，再去地里。{{han:芭蕉}}她放学回来就烧火做饭，{{han:芒果}}周末回来帮我背肥料。婆婆{{han:罗秀珠}}七十多了，帮着看家。
访谈者：村上有人伸过手吗？
受访者：儿童主任{{han:何秀菊}}婶，她跑前跑后，给三个娃娃报了困境儿童，每月每人{{trap/number:六百八十}}。村支书{{han:张家福}}给我们家报了低保。{{han:张家福}}他们家也不宽裕，还借给我们两千块买轮椅。镇民政办的人来核过，说老公的情况可以办残疾证，{{trap/org:县残联}}那边每月有护理补贴。
访谈者：老公那边的亲戚呢？
受访者：老公的兄弟{{han:李长发}}在{{trap/place:攀枝花}}打工。{{han:李长发}}那边也有两个娃娃，过年回来给我们买了米、油。隔壁{{han:王金花}}大姐，每回家里杀了猪，{{han:王金花}}都要端一碗过来。{{han:芭蕉}}和{{han:酸角}}放学了常在她家看电视，{{han:王金花}}还给他们煮鸡蛋。
访谈者：孩子们在学校怎么样？
受访者：{{han:芒果}}的班主任{{han:黄丽蓉}}老师说，他数学好，就是上课打瞌睡。我问他，他才说晚上要给他爸翻两回身。老师知道了，跟学校说了，给他申请了住校，我咬咬牙让他去住了。{{han:芭蕉}}的老师说她作文写得好，写过一篇《我的爸爸》，老师念的时候全班都哭了。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:宇文嘉朔}}，还有{{compound:上官若漪}}，教{{han:芭蕉}}画画，给老公做康复训练。后来他们又帮我们申请了一个基金会的助学金，一年两千。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:火把节}}我们这边也过，娃娃们点火把去田埂上转。带娃娃们去过{{trap/place:土林}}，跟他们讲{{trap/famous:元谋人}}，一百多万年前的人就住在这里。{{han:酸角}}问，那时候的人也种番茄吗？
访谈者：地里的活计忙得过来吗？
受访者：忙不过来。番茄要搭架、打杈、打药，一个人弄三亩地，天不亮就下地，天黑了才回来。摘的时候请人，一天一百二。去年番茄价钱好，卖了两万多，还了一部分看病欠的钱。今年价钱跌了，烂在地里的都有。村里的合作社收一部分，价钱压得低，可总比烂掉强。
访谈者：老公现在怎么样？
受访者：刚出事那年他天天发脾气，摔碗，不吃饭。后来康复师来教他练手劲，他慢慢想通了，坐在轮椅上帮我分拣四季豆、剥苞谷，还给老三讲故事。
访谈者：您自己身体怎么样？
受访者：腰疼，晚上睡不着。乡卫生院的医生说是累的，给我开了膏药。我不敢病，我一病这个家就散了。
访谈者：登记信息请说一下。
受访者：家在{{address:元谋县物茂乡罗兴村委会大村小组41号}}。老公的身份证{{id_number@my1980hyphen.532328}}，我的{{id_number@wy1984.532328}}。我的电话{{mobile@hyphen}}，{{han:何秀菊}}婶的{{mobile@fws}}。我的微信{{wechat:yangguizhen_fanqie}}，卖番茄都用它收钱。{{han:芒果}}有个QQ，他说跟同学讨论作业用的，号码我记在挂历上，是{{qq:2538104967}}。
访谈者：表上的名字写得对吗？
受访者：有写错的。学校的表把老大写成{{spaced:李 梓 骁}}，低保表上我成了{{spaced:杨　桂　珍}}，老公成了{{spaced:李 长 顺}}。
访谈者：有没有想过出去打工？
受访者：想过。{{trap/place:攀枝花}}、{{trap/place:昆明}}都有人叫我去，工钱比在家种地多。可我走了，老公谁管，娃娃谁管？婆婆年纪大了，一个人扶不动他。我就在家守着，地里能种多少算多少。
访谈者：最后您想说什么？
受访者：只要三个娃娃肯读书，我就是卖血也供。老公说他要学编竹筐，在家也能挣点钱。日子苦，总会过去的。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=745,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout94",))


if __name__ == "__main__":
    main()
