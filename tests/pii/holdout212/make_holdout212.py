# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 212 (tests/pii/holdout212/H1681-H1688 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 213, written at the same time, is not
an earlier set).

Set 212 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
偏关 and 河曲 (忻州, Shanxi), the Yellow River counties of the old 走西口 road: a Mongolian grandmother from 准格尔旗
who married across the river into 曲湾村 (楼子营镇, 河曲) in 1983 and raises two orphaned grandchildren, her son
killed when his coal truck overturned on the river road; a Hui father from 海原 who drove coal trucks in 偏关 until a
crash below 老牛湾 took his right leg, his wife gone back to Ningxia; a Uyghur mother from 伊宁 who bakes naan in
新关镇 (偏关), her Han husband in prison for a fight; a Kazakh mother from 特克斯 in 文笔镇 (河曲) whose small son has
cerebral palsy, her Han husband down a coal mine in 鄂尔多斯; a Han 儿童主任 of the river-bend village 曲湾村 who
sings 山曲 and reads out her list; a Han social-assistance officer of the 偏关 civil-affairs bureau; a Han
household-registration officer of the 巡镇 police station (河曲) on the names, dots and surnames of the rolls; and a
Han rehabilitation therapist of the 河曲 county hospital. The emphasis is on forms where a replacement might cover
only part of a name, or miss it, in a mix rather than one trick:

* a Han surname before a non-Han given name (苗都仁图娅, 妥伊得力斯, 郝麦尔丹江, 岳宽德克, and 乌毕力格, where the
  registry took the first part of a Mongolian name, 乌勒吉, for a surname);
* short forms and forms of address made from non-Han names (吉拉玛, 那木吉姐, 都都, 斯斯, 拜黛, 来提姨, 帕孜馕坑,
  江娃, 努热曼, 哈什嫂, 宽宽, 达格姐姐, 斯兰);
* a Uyghur boy's given name with his Han father's given name as father's name (麦尔丹江·来运);
* given name + father's name with every dot people type (·, ‧, ・, ., none: 叶尔肯·哈勒别克, 叶尔肯‧哈勒别克,
  叶尔肯・哈勒别克, 叶尔肯.哈勒别克, 叶尔肯哈勒别克, 帕孜来提汗.肉孜, 阿曼拜克沙肯) and spaced dots in half- and
  full-width spaces (帕孜来提汗 · 肉孜, 卡　丽　哈　什　‧　扎　尔　肯, 古 孜 努 尔 · 阿 塔 吾 拉);
* the regional and rare surnames of the river counties (折 and its old misspelling 佘 for the same man: 折拴锁 /
  佘拴锁; 苗, 智, 弓, 妥, 锁, 拜, 尉, 亢, 冀, 邢, 燕, 柴, 岳, 康, 樊, 禹, 霍, 闫, 邸, 邬, 贺, 秦, 郝, 乔), beside the
  ordinary word that starts with the same character (折润梅 / 打折, 柴大爷 / 柴火, 弓振业弓着腰, 岳师傅 / 岳父,
  牛奶奶 / 牛奶, 苗满囤 / 树苗, 拜彩云 / 拜年, 锁万祥 / 锁门, 康晓芸 / 康复, 智浩然 / 智力, 温翠兰 / 温暖,
  燕三保 / 燕麦, 贺正刚 / 祝贺, 妥哥 / 妥当);
* names right before or after grammar words and verbs (都都都记着, 苗又青又, 苗再生再, 贺正刚正在, 贺正刚能,
  喊智满堂他, 问万俟晓丽, 给秦二女, 跟司寇文斌, 智大双和智小双, 让麦尔丹江给, 被邬振宇, 智存女倒是, 温翠兰却,
  艾尔斯兰便, 宽德克才, 樊晋东讲, 秦二女说, 折引弟还, 阿尔达格要是, 亮娃也, 巴音蒙赫也, 拜黛就, 斯斯他), a
  Hui name holding 得 (伊得力斯) and a Uyghur one holding 来 (帕孜来提汗);
* names inside place- and organisation-like phrases that are the person's (燕三保渡口, 帕孜馕坑, 苗满囤林子,
  亢美琴工作室); names at the start or end of a line (…天天说给伊得力斯。, …最盼的是邬振宇。);
* the 二人台 《走西口》 lovers (太春, 玉莲), 佘太君, 马本斋, 阿凡提 and 江布尔 as traps;
* local nicknames and surname + title forms annotated whole (林林, 润润, 亮娃, 栓栓, 妥哥, 折主任, 弓股长, 尉警官,
  康老师, 柴大爷, 岳师傅, 牛奶奶);
* compound surnames after ordinary words (南宫, 夏侯, 赫连, 端木, 皇甫, 宗政, 钟离, 濮阳, 宇文, 澹台, 长孙, 万俟,
  左丘, 司寇, 拓跋, 申屠, 西门, 公良, 亓官); names spaced out character by character and split in two;
* numbers and accounts read out and written the many ways people do (扣扣, 企鹅号, QQ in full-width digits, IDs
  with an X check digit read as 叉).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:柴大爷}}``, ``{{qq:50738291}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, hui, uyghur, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1990fwhyphen.654027}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 主任, 阿訇, 姐, 姨, 姐姐) and a
particle, pronoun or verb written directly after a name (都, 又, 再, 正在, 能, 他, 她, 就, 才, 倒是, 却, 便, 讲, 说,
还, 要是, 也) are outside the span; a surname with only a title or kin word (柴大爷, 岳师傅, 牛奶奶, 折主任, 弓股长,
尉警官, 康老师, 妥哥) and a local nickname (林林, 润润, 亮娃, 栓栓) are annotated whole. Han-style names of Hui and
Mongolian people and of children of mixed families (妥廷贵, 海存芳, 妥建龙, 妥梅香, 锁万祥, 拜彩云, 苗二虎, 苗宝林,
岳晨阳) are category han; a Han surname before a non-Han given name (苗都仁图娅, 妥伊得力斯, 郝麦尔丹江, 岳宽德克,
乌毕力格) is category minority, and so are forms of address made from a non-Han name (都都, 斯斯, 来提, 江娃,
哈什嫂, 宽宽, 达格, 斯兰).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout212/make_holdout212.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(212_2026_1207)
MINORITY_GROUPS = ('mongolian', 'hui', 'uyghur', 'kazakh')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "hui": 10, "uyghur": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "159", "172", "178", "180", "183", "185", "186",
                   "188", "195", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1681: Mongolian grandmother from 准格尔旗 who married across the river into 曲湾村 (楼子营镇, 河曲) and raises two
# orphaned grandchildren.
DOCS["H1681"] = ("family", """\
访谈者：奶奶，听您说话，不是河曲本地人吧？
受访者：不是。我是河那面{{trap/place:准格尔旗}}的蒙古人，叫{{minority/mongolian:那木吉拉玛}}，八三年嫁过来的。村里人叫不全，老的喊我{{minority/mongolian:吉拉玛}}，小的喊我蒙古奶奶。
访谈者：怎么嫁到河曲来了？
受访者：那些年河曲的后生们{{trap/word:走西口}}，坐船过了{{trap/place:西口古渡}}就到我们那儿揽工。我老汉{{han:苗存厚}}给我阿爸放了三年羊，放来放去，把我也领回来了。头几年我一句河曲话也听不懂，他婆姨长婆姨短地叫，我还以为是骂人。他前年没了，肺上的病，下过煤窑的人都这样。
访谈者：孙子孙女是怎么跟着您的？
受访者：儿子{{han:苗二虎}}，蒙古名是我起的，叫{{minority/mongolian:巴特敖其尔}}。他开大车拉炭，从准格尔的矿上往河这面拉，前年腊月在沿黄公路上翻了车，人没了。儿媳妇{{han:贺彩凤}}走得更早，血上的病，在{{trap/place:太原}}住了半年院，借下的钱到今天还没还清。两个娃娃没了爹妈，就剩下我了。
访谈者：孩子们多大了？
受访者：女子十二，学名{{minority/mongolian:苗都仁图娅}}，在{{school:河曲县第二中学初一（3）班}}。她爸活着的时候叫她{{minority/mongolian:都都}}，{{minority/mongolian:都都}}都记着呢，谁叫错了她不答应。小子八岁，蒙古名{{minority/mongolian:额博乐图}}，户口上叫{{han:苗宝林}}，在{{school:楼子营镇中心学校二年级（1）班}}，村里人喊他{{han:林林}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:折润梅}}。{{han:折润梅}}跑了一个多月，给两个娃娃办下了孤儿基本生活费，一个人一个月{{trap/number:一千二百九十块}}。县{{trap/org:民政局}}的{{han:弓振业}}下来核过两回，说我这是隔代抚养，够条件。社工{{compound:南宫慧敏}}每个礼拜来，教女子写作业，她搭档{{compound:夏侯建平}}领上小子踢球。
访谈者：您身体还行吗？
受访者：七十一了，腿不行，腰也弯了。秋天收山药蛋，我背不动，是邻家{{han:温存喜}}帮着背回来的。冬天烧炕，{{han:柴大爷}}隔几天送一捆{{trap/word:柴火}}，{{han:柴大爷}}他自己也八十了。村里的医生{{han:樊拴虎}}一个月来给我量两回血压，药也是他从镇上捎回来的。
访谈者：一天是怎么过的？
受访者：天不亮起来，熬一锅小米稀粥，给娃娃们热上馍馍，打发去上学。小子坐村里的校车，开车的{{han:禹根喜}}在村口等，等不上不走。后晌我喂鸡、拾掇院子，黑夜看着两个娃娃写作业。我不识几个汉字，女子就念给我听，念错了我也听不出来，她自己先笑了。
访谈者：孩子们想爸妈吗？
受访者：咋不想。女子不说，黑夜蒙着被子哭。小子问我，奶奶，我爸是不是过河去{{trap/place:包头}}拉炭了。我说是，他就天天趴在墙头上看大车，一辆一辆地数，数到天黑。学校的{{han:乔玉翠}}老师心细，看见女子一个人圪蹴在墙根底下，就领到办公室说话。心理老师{{compound:赫连婷婷}}也找她谈过几回。
访谈者：上学花钱多吗？
受访者：学费不要，书本不要，中午在学校吃饭也不要钱。就是女子上了初中，要买辅导书，要交资料费，冬天还得添一身厚衣裳。儿童主任说，奶奶你别愁，有甚难处就跟我说。
访谈者：老家还有亲人吗？
受访者：我弟弟{{minority/mongolian:巴音蒙赫}}在准格尔放羊，一年过河来两回，给娃娃们捎{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}。他叫我{{minority/mongolian:那木吉}}姐，叫了一辈子。{{minority/mongolian:巴音蒙赫}}也老了，腿脚不如从前，过一回河得歇好几天。我教女子唱{{trap/minority_word:漫瀚调}}，蒙古调子汉话词，她唱得比我好。
访谈者：村里人对你们怎么样？
受访者：好着呢。{{trap/place:娘娘滩}}上打鱼的{{han:燕三保}}隔三岔五送两条黄河鲤鱼，我们把那个小码头叫{{han:燕三保}}渡口，他婆姨年年给我们送一口袋{{trap/word:燕麦}}面。唱山曲的{{han:智存女}}倒是常来串门，给娃娃们唱二人台，唱到{{trap/famous:太春}}走了{{trap/famous:玉莲}}哭，女子也跟着哭。
访谈者：登记信息请您说一下。
受访者：家在{{address:河曲县楼子营镇曲湾村三组21号}}，我弟弟家在{{address:准格尔旗十二连城乡杨家圪卜村四社9号}}。我的身份证{{id_number@wold.150622}}，女子的{{id_number@wy2013quad.140930}}。我不会使手机，{{han:折润梅}}给我存了个号：{{mobile@s434}}，{{han:乔玉翠}}老师的{{mobile@plus86}}。女子有个扣扣，号码写在铅笔盒盖子里：{{qq:50738291}}。社工给我开了个微信，叫{{wechat:Namjilmaa_qw}}。
访谈者：表上名字写得对吗？
受访者：低保本上我是{{spaced:那　木　吉　拉　玛}}，女子写成{{spaced:苗 都仁图娅}}，小子写成{{spaced:额 博 乐 图}}。
访谈者：您最盼什么？
受访者：盼两个娃娃念成书，别像他爸那样一辈子在路上跑。我们蒙古人说，羊羔子跪着吃奶，人要记恩。谁帮过我们，我让{{minority/mongolian:都仁图娅}}一个一个记在本子上。
""")

# H1682: Hui father from 海原 who drove coal trucks in 偏关 until a crash took his right leg.
DOCS["H1682"] = ("family", """\
访谈者：师傅，您这腿是怎么伤的？
受访者：前年腊月拉炭，从{{trap/place:老牛湾}}下来那段大坡，刹车不灵，车翻到沟里，右腿膝盖往下截了。我叫{{han:妥廷贵}}，经名{{minority/hui:叶尔姑拜}}，老家宁夏{{trap/place:海原}}。车队的人都喊我{{han:妥哥}}。
访谈者：怎么到偏关来的？
受访者：我们海原人出门跑车的多。十年前老乡{{minority/hui:苏莱麻尼}}先来了{{trap/place:偏关}}，说这边拉炭的活多，我就跟过来了。车队的{{han:岳师傅}}带我跑了一年，他说跑沿黄路，眼睛要比车灯亮。
访谈者：出事以后是怎么过来的？
受访者：在{{trap/org:偏关县人民医院}}住了四十天，又转到{{trap/place:忻州}}装假肢。车队老板{{han:贾存旺}}垫了两万块，说是借的，到今天也没跟我要。那阵子两个娃娃没人管，是邻家{{han:亢润花}}天天给他们做饭，小子放学就去她家写作业。
访谈者：孩子妈妈呢？
受访者：回海原了。她汉名{{han:海存芳}}，经名{{minority/hui:茹盖娅}}。我出事以后{{minority/hui:茹盖娅}}在医院守了三个月，后来回了娘家，再没回来，去年托人捎话，说在那边另嫁了。我{{trap/word:岳父}}打电话来赔不是，我说不怪她，换谁也熬不住。
访谈者：孩子们多大了？
受访者：大的小子十一，经名{{minority/hui:伊得力斯}}，户口上叫{{han:妥建龙}}，在{{school:偏关县新关镇第二小学五年级（4）班}}。老师点名连着念，叫他{{minority/hui:妥伊得力斯}}，同学们叫着叫着成了{{minority/hui:斯斯}}。小的女子七岁，经名{{minority/hui:佐拜黛}}，户口上叫{{han:妥梅香}}，在{{school:新关镇第二小学一年级2班}}。我们叫她{{minority/hui:拜黛}}，{{minority/hui:拜黛}}就爱跟在她哥屁股后头转。
访谈者：现在谁在帮你们？
受访者：社区的{{han:秦二女}}主任给我们报了低保，我是二级肢残，两个娃娃就算事实无人抚养，一人一个月{{trap/number:一千三百八十元}}。{{trap/org:县残联}}的{{han:冀翠平}}帮我装了假肢，残疾人两项补贴也是她跑下来的。县民政局的{{han:弓振业}}来核情况，{{han:弓振业}}{{trap/word:弓着腰}}钻进我们这孔窑，坐在炕沿上问了一后晌。社工站的后生{{compound:端木春生}}每礼拜来给小子补数学，他同学{{compound:皇甫雪莲}}教女子画画。
访谈者：您现在还能干活吗？
受访者：能干点轻的，在车队看大门，一个月一千五。黑夜睡在门房里，听着大车一辆一辆开过去，就想起自己跑车那些年，一黑夜跑到天亮也不觉得累。{{han:秦二女}}说，{{han:妥哥}}，你先把身子养好，别的往后放。她办事{{trap/word:妥当}}，我放心。
访谈者：做礼拜方便吗？
受访者：偏关没有寺，要去{{trap/place:府谷}}。寺里的{{han:锁万祥}}阿訇每回都给娃娃们讲{{trap/famous:马本斋}}的故事。我出门以前，{{minority/hui:拜黛}}替我{{trap/word:锁门}}，钥匙挂在她脖子上。开斋节老乡的婆姨炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，送一大盆过来。
访谈者：老家还有人吗？
受访者：我妈{{minority/hui:撒丽哈}}八十了，在海原跟我兄弟{{minority/hui:艾卜伯克尔}}过。她一打视频就哭，说{{minority/hui:叶尔姑拜}}，你把娃娃们带回来吧。我说娃娃们在这边念惯了书，回去跟不上。
访谈者：冬天怎么过？
受访者：窑里生个炭火炉子，炭是车队的弟兄们拉来的，一冬天不用花钱买。就是假肢一冷就硌得疼，下雪天我出不了门，娃娃们放学回来先扫院子，扫出一条道来让我走。有一回小子扫完了，站在院里冲我喊，爸，你看我扫得直不直。我在窗户里头看着，眼泪止不住地往下掉。
访谈者：以后有什么打算？
受访者：等女子再大两岁，我想在{{trap/place:新关镇}}开个小牛肉面馆，我会扯面，也会炖肉。社区说能帮着申请创业贷款，不用抵押。能自己挣钱，就不用总靠补助过日子。
访谈者：孩子们懂事吗？
受访者：懂事得让人心疼。小子每天早上烧水、给我擦假肢，{{minority/hui:斯斯}}他从来不跟我要钱。女子作文里写，我爸的腿是铁的，比别人的还硬。
访谈者：学校里吃饭方便吗？
受访者：学校食堂没有清真灶。女子中午回家吃，{{han:亢润花}}给她下一碗素面；小子带馍馍和咸菜。班主任{{han:冀文斌}}知道了，跟食堂说好，给小子单独炒一份鸡蛋，用他自己带的碗盛。
访谈者：登记信息请您说一下。
受访者：住在{{address:偏关县新关镇南关街东巷14号}}，老家{{address:海原县西安镇园河村三队8号}}。我的身份证{{id_number@my1983spaced.640522}}，小子的{{id_number@my2014x.140932}}，末尾是个叉。我电话{{mobile@hyphen}}，{{han:秦二女}}的{{mobile@p86n}}。我微信{{wechat:tuo-tinggui83}}，小子打游戏的企鹅号：{{qq:739201846}}。
访谈者：表上名字写得对吗？
受访者：低保表上我是{{spaced:妥 廷 贵}}，小子写成{{spaced:伊　得　力　斯}}，女子写成{{spaced:妥 梅香}}。
访谈者：最后想说什么？
受访者：没甚了。就盼小子长大别跑车，念书念出去，这话我天天说给{{minority/hui:伊得力斯}}。
""")

# H1683: Uyghur mother from 伊宁 who bakes naan in 新关镇 (偏关); her Han husband is in prison.
DOCS["H1683"] = ("family", """\
访谈者：大姐，您这馕坑支在这儿几年了？
受访者：六年了。我叫{{minority/uyghur:帕孜来提汗}}，老家{{trap/place:伊宁}}。偏关人念不顺，买馕的娃娃们都喊我{{minority/uyghur:来提}}姨，街上的人管这个铺子叫{{minority/uyghur:帕孜}}馕坑。
访谈者：怎么从伊宁到偏关来的？
受访者：我男人{{han:郝来运}}是偏关人，年轻时在{{trap/place:霍城}}修公路，天天来我家摊子上吃{{trap/minority_word:抓饭}}，一吃吃了两年，就把我娶了。后来他说想他妈，我们就回来了。头一年冬天冷得我直哭，伊宁也冷，可没有这么大的风，黄河边上的风刮到脸上像刀子。
访谈者：您先生现在……
受访者：在里头。前年在{{trap/place:天峰坪}}跟人喝酒打架，把人家打成重伤，判了五年，关在{{trap/place:太原}}。{{han:郝来运}}脾气灰，可对娃娃们没说的。会见的时候隔着玻璃拿电话说话，他光问娃娃们吃得好不好，自己瘦成一把骨头也不说。
访谈者：孩子们呢？
受访者：小子十岁，叫{{minority/uyghur:麦尔丹江}}，户口随他爸，写的是{{minority/uyghur:郝麦尔丹江}}，在{{school:偏关县新关镇第一小学四年级（3）班}}。院里的老汉们叫他{{minority/uyghur:江娃}}，{{minority/uyghur:江娃}}他也应。女子六岁，叫{{minority/uyghur:努热曼姑丽}}，我们叫{{minority/uyghur:努热曼}}，在幼儿园大班。
访谈者：谁在帮你们？
受访者：社区的{{han:秦二女}}给娃娃们报了服刑人员子女补助，一个月{{trap/number:九百八十元}}。{{trap/org:司法所}}的{{han:闫守礼}}帮我们办了会见，一年能去太原看两回。法律援助的律师{{compound:宗政润生}}帮着问减刑的事。婆婆{{han:樊桂英}}七十多了，帮我看女子。对门的{{han:牛奶奶}}每天早上给女子热一碗{{trap/word:牛奶}}。县社工站的{{compound:钟离志强}}领着小子去{{trap/place:老牛湾}}看过长城，回来说长城跟天山一样长。
访谈者：孩子们知道爸爸的事吗？
受访者：小子知道。有回同学骂他爸是劳改犯，{{minority/uyghur:麦尔丹江}}把人家推倒了。班主任{{han:樊晋东}}老师没骂他，叫到办公室说了一后晌话。{{han:樊晋东}}讲，娃娃护着他爸是好事，就是不能动手。女子不知道，问起来我就说她爸在太原打工。{{minority/uyghur:努热曼}}就信，天天在本子上画她爸的大车。幼儿园里她爱说爱笑，偏关话说得比我好，回家教我说“圪蹴”“甚”“咋了”。就是问她爸，一天问好几回。我说等她上了小学，爸爸就回来了。她扳着指头算，问我两年是多少天，我也答不上来。
访谈者：儿子有什么心愿？
受访者：他说长大了要当警察，我问为甚，他说当了警察就能天天去看他爸。我听了不知道该笑还是该哭。
访谈者：馕铺生意怎么样？
受访者：还行，一天打两炉。拉炭的司机一买一摞，说放三天都不坏。市场管理员{{han:邸存良}}照顾我，摊位费一年只收一半。{{han:郝来运}}的兄弟{{han:郝来喜}}早上帮我揉面，放了学我让{{minority/uyghur:麦尔丹江}}给老主顾送馕。冬天生意淡，馕坑一天烧下来挣不够炭钱，我就去饭店洗碗，女子放在幼儿园{{han:乔瑞雪}}老师那儿，她下了班还帮我多看一会儿。
访谈者：钱够用吗？
受访者：紧巴巴的。房子是婆婆的，不花租钱。补助、低保加上卖馕，一个月两千来块。小子想报课外班我没让报，他也懂事，不闹。过年{{trap/org:县妇联}}给娃娃们送了新棉袄，女子穿上不肯脱，睡觉也穿着。
访谈者：老家还有人吗？
受访者：我阿爸{{minority/uyghur:肉孜·托合提}}在伊宁种苹果，弟弟{{minority/uyghur:牙生江}}在{{trap/place:乌鲁木齐}}开出租。{{trap/minority_word:肉孜节}}的时候弟弟寄两箱苹果、一块{{trap/minority_word:艾德莱斯}}绸子，女子披上就转圈圈。我给娃娃们讲{{trap/famous:阿凡提}}骑毛驴的故事，小子说他长大也要骑毛驴，专门治坏人。
访谈者：想过回伊宁吗？
受访者：想过。阿妈前些年没了，阿爸一个人守着果园，每回打电话都说，回来吧，家里不缺你们三口人的饭。可婆婆七十多了，身边离不了人，他爸还在里头，我一走，这个家就散了。我跟阿爸说，等他出来，我们一家四口回去给你摘苹果。
访谈者：登记信息请您说一下。
受访者：铺子在{{address:偏关县新关镇南门外市场西排5号}}，住{{address:偏关县新关镇东关村二组33号}}。我的身份证{{id_number@wy1988fwspaced.654002}}，小子的{{id_number@my2015hyphen.140932}}。我电话{{mobile@s38}}，{{han:闫守礼}}的{{mobile@fullwidth}}。买馕的能加我微信，{{wechat:pazilet_naan_pg}}。小子的QQ是他爸进去以前给注册的：{{qq:１６０４８２７３９}}。
访谈者：表上名字写得对吗？
受访者：乱得很。我身份证上是{{minority/uyghur:帕孜来提汗·肉孜}}，补助表上写成{{spaced:帕孜来提汗 · 肉孜}}，还有一张写成{{spaced:帕 孜 来 提 汗}}，小子写成{{spaced:郝 麦尔丹江}}。
访谈者：最后想说什么？
受访者：等他出来，一家人好好过。我跟他说了，再打架，我就领上娃娃回伊宁。这话我也当着{{han:闫守礼}}的面说过。
""")

# H1684: Kazakh mother from 特克斯 in 文笔镇 (河曲) whose son has cerebral palsy; her Han husband works down a coal
# mine in 鄂尔多斯.
DOCS["H1684"] = ("family", """\
访谈者：大姐，您每天都带孩子来医院？
受访者：一三五来，二四六在家里练。我叫{{minority/kazakh:卡丽哈什}}，哈萨克族，老家{{trap/place:特克斯}}。河曲人叫不惯，都叫我{{minority/kazakh:哈什嫂}}，医院的大夫护士也这么叫。
访谈者：怎么到河曲来的？
受访者：孩子他爸{{han:岳二平}}是河曲人，那些年在{{trap/place:伊犁河}}上修电站，我在工地食堂炸{{trap/minority_word:包尔萨克}}，他天天来买，就认得了。结婚以后他带我回河曲，在{{trap/place:文笔镇}}租房子住。
访谈者：孩子是什么情况？
受访者：小子五岁，哈萨克名{{minority/kazakh:宽德克}}，户口上叫{{han:岳晨阳}}。七个月就生下来了，脑瘫，到现在{{minority/kazakh:宽德克}}才会扶着墙走几步。{{trap/org:县人民医院}}的{{han:康晓芸}}大夫给他做{{trap/word:康复}}，做了三年了。她叫他{{minority/kazakh:宽宽}}，他一见她就笑。幼儿园的小朋友喊他{{minority/kazakh:岳宽德克}}。
访谈者：一天的训练怎么安排？
受访者：早上八点到科里，先做一个钟头的运动训练，再做半个钟头的作业训练，学着拿勺子、系鞋带。回家以后我照着教的再练两回，拉筋的时候他疼得直哭，我心里也疼，可不敢停。
访谈者：家里还有别的孩子吗？
受访者：还有个女子九岁，叫{{minority/kazakh:阿尔达格}}，在{{school:河曲县实验小学三年级（5）班}}。她弟弟叫不全，喊她{{minority/kazakh:达格}}姐姐。{{minority/kazakh:阿尔达格}}要是放学早，回来就给弟弟揉腿，揉得比我还好。她学习也好，作文写她弟弟，老师念给全班听。班主任{{han:薛彩琴}}知道家里的事，开家长会不叫我去，打电话跟我说。有同学笑她弟弟是瘫子，她跟人家打了一架，回来还不让我知道。
访谈者：孩子爸爸呢？
受访者：在{{trap/place:鄂尔多斯}}的煤矿上下井，一个月回来一趟。挣的钱一大半给娃娃看病，他一个人在那边住工棚。公公{{han:岳满仓}}有哮喘，帮不上手，婆婆{{han:邬秀兰}}每天来给我们做一顿饭。他每天黑夜从井下上来就打视频，问今天练了没有、走了几步。小子会叫爸爸了，他在那头高兴得跟个娃娃一样。他说再干两年，攒够了钱就回河曲开个小饭馆，我做哈萨克饭，他做河曲饭。
访谈者：谁在帮你们？
受访者：社区的{{han:燕丽君}}给娃娃办了残疾证，一级，两项补贴都有，又给我们报了低保，一个月{{trap/number:一千零五十元}}。残联的{{compound:濮阳春梅}}帮着申请了康复救助，做训练不用自己掏钱。县里派的社工叫{{compound:宇文晓晴}}，每礼拜陪我说说话，怕我憋出病来。
访谈者：您自己怎么撑过来的？
受访者：刚查出来那年，我天天哭，黑夜抱着他在院里转，一转转到天亮。{{han:康晓芸}}说，{{minority/kazakh:哈什嫂}}，你哭一回，娃娃就少练一回。我就不哭了。我阿爸{{minority/kazakh:扎尔肯}}打电话来，说回特克斯吧，家里有马有牛。可那边没有这样的康复科，我不能回。大夫说了，小子要是能走稳，七岁就能上学。我想让他上普通学校，跟他姐姐一个学校，姐姐能照顾他。
访谈者：老家的亲人常联系吗？
受访者：我哥{{minority/kazakh:哈力木拉提·扎尔肯}}在特克斯养马，每年秋天托人捎{{trap/minority_word:马奶子}}。他儿子{{minority/kazakh:塔拉斯别克}}在太原念大学，放假来河曲看我们，给娃娃们唱{{trap/minority_word:阿肯弹唱}}的调子，讲{{trap/famous:江布尔}}的故事。
访谈者：这边的人对你们好吗？
受访者：好。楼下开小卖部的{{han:霍三虎}}每回都帮我把娃娃背上五楼，隔壁的{{han:禹改梅}}教我蒸莜面栲栳栳，我教她做手抓肉。过年{{han:霍三虎}}还给娃娃们送了一挂鞭炮，小子不敢放，光捂着耳朵听响。
访谈者：您学会河曲话了吗？
受访者：学了些。刚来的时候人家说“咋了”“做甚”，我听成是骂我，回家跟他爸哭。现在我也说“可不是”“不赖”，买菜还能跟人家搞搞价。过年我们两样都过，正月里吃油糕、扭秧歌，开春过纳吾鲁孜，煮一大锅七样粮食的粥，请邻居们都来喝。
访谈者：登记信息请您说一下。
受访者：住在{{address:河曲县文笔镇西口路阳光小区7号楼1单元201}}，老家{{address:特克斯县喀拉达拉镇阔布村二组12号}}。我的身份证{{id_number@wy1990fwhyphen.654027}}，小子的{{id_number@my2020tri.140930}}。我电话{{mobile@plus86dash}}，{{han:康晓芸}}大夫的{{mobile@s74}}。康复群里家长都用QQ，我的是{{qq:2850193647}}，微信{{wechat:Karlygash-Tekes}}。
访谈者：表上名字写得对吗？
受访者：我身份证上是{{minority/kazakh:卡丽哈什·扎尔肯}}，低保表上写成{{spaced:卡　丽　哈　什　‧　扎　尔　肯}}。残疾证上小子写成{{spaced:宽 德 克}}，学校把女子写成{{spaced:阿尔 达格}}。
访谈者：最后想说什么？
受访者：盼小子有一天能自己走到学校。那天我要请全院的人吃手抓肉，头一碗端给{{han:康晓芸}}。
""")

# H1685: Han 儿童主任 of the river-bend village 曲湾村 (楼子营镇, 河曲) reading out her list.
DOCS["H1685"] = ("staff", """\
访谈者：{{han:折主任}}，今天您带的是哪本账？
受访者：全村困境儿童的花名册。我叫{{han:折润梅}}，{{trap/place:楼子营镇}}曲湾村的儿童主任。姓折，{{trap/word:打折}}的折，我们这儿念“舌”。村里人叫我{{han:折主任}}，上了年纪的叫我{{han:润润}}。
访谈者：您当儿童主任几年了？
受访者：四年了。以前是村里的妇女主任，县里要求每个村配一个儿童主任，书记说你心细，就是你了。一个月补贴几百块，活可不少：入户、建档、填表、跟学校对接，哪家娃娃病了、哪家大人出了事，头一个得知道。
访谈者：您一户一户说吧。
受访者：头一户，蒙古族{{minority/mongolian:那木吉拉玛}}奶奶家，两个孙孙都是孤儿，女子{{minority/mongolian:都仁图娅}}，小子{{minority/mongolian:额博乐图}}。奶奶七十一了，我隔一天去一趟，帮她把药分好。
访谈者：第二户？
受访者：第二户，{{han:苗又青}}，女，九岁。她爸{{han:苗再生}}偷电缆判了三年，{{han:苗再生}}再有一年就出来了。她妈改嫁到{{trap/place:府谷}}，{{han:苗又青}}又不愿意跟去，跟着爷爷{{han:苗满囤}}过。{{han:苗满囤}}在河滩上栽了一片{{trap/word:树苗}}，村里人管那儿叫{{han:苗满囤}}林子。服刑人员子女补助每月{{trap/number:八百七十元}}。住{{address:曲湾村二组6号}}，娃娃的身份证{{id_number@wy2016fw.140930}}。
访谈者：第三户？
受访者：第三户是回族，{{han:拜彩云}}，经名{{minority/hui:穆米乃}}，从{{trap/place:同心}}嫁过来的。男人{{han:乔四虎}}下井砸断了腰，重残，常年躺在炕上。两个娃娃算事实无人抚养，大的{{minority/hui:易利亚斯}}在{{school:楼子营镇中心学校五年级三班}}，小的{{han:乔佳佳}}四岁。当妈的又要伺候男人，又要看娃娃，地里的活就顾不上了，一家人就靠低保和两项补贴。过年我去给他们{{trap/word:拜年}}，{{minority/hui:穆米乃}}总要炸一锅油香。
访谈者：还有吗？
受访者：第四户，双胞胎{{han:智大双}}和{{han:智小双}}，七岁，爸妈在{{trap/place:神木}}打工，两年没回来，跟太爷爷{{han:智满堂}}过。{{han:智满堂}}九十了，耳朵背，你喊{{han:智满堂}}他也听不见，得贴着耳朵说。两个娃娃在{{school:曲湾村教学点一年级（1）班}}。教学点就一个老师，十一个娃娃，一个人教语文数学还管做饭，娃娃们中午吃的是老师蒸的馍馍。
访谈者：第五户？
受访者：第五户，{{han:邢明亮}}，十三，村里都叫他{{han:亮娃}}。他爸{{han:邢三旦}}在{{trap/place:东胜}}的工地上出了事，他妈精神上有病。{{han:亮娃}}跟他妈住{{address:河曲县楼子营镇曲湾村五组2号}}，身份证{{id_number@my2012spacedx.140930}}，尾数是个叉。娃娃学习不赖，就是不爱说话，见了生人就往墙角里躲，我去了三年，他才肯叫我一声姨。
访谈者：这些户都谁在跟？
受访者：乡里的民政助理{{han:岳振华}}总负责，县里派了社工{{compound:澹台月琴}}，每个月在村里住两天。大学生志愿者{{compound:长孙雨霏}}暑假来给娃娃们补课。村支书{{han:樊二牛}}管危房改造，{{han:乔四虎}}家那孔窑就是他张罗着修的。
访谈者：有没有特别难办的？
受访者：{{han:亮娃}}家。他妈犯病的时候拿刀追人，娃娃半夜跑到我家里来，身上只穿个裤衩。我给乡里打电话，{{han:岳振华}}连夜开车过来，把他妈送到{{trap/place:忻州}}的医院。那以后{{han:亮娃}}在我家住了一个多月，跟我儿子睡一个炕。{{han:亮娃}}也不哭，也不闹，就是黑夜老醒。
访谈者：钱怎么发到手？
受访者：打到一卡通上。每月十号前后，我挨家挨户问一遍到了没有。老爷子不会看短信，我就领着他去{{trap/org:信用社}}打一张流水。
访谈者：乡里培训过您吗？
受访者：培训过两回，教怎么入户、怎么建档、怎么看出娃娃受了欺负。最有用的是教我们怎么跟娃娃说话，别一上来就问你爸呢你妈呢，先问吃了没有，问学校里有甚好耍的。
访谈者：您自己家里呢？
受访者：老汉在县城跑出租，儿子念高中，住校。家里的营生都是我，地里的、家里的、村里的。有时候黑夜十一点了还在填表，老汉说你这个主任比县长还忙。我说县长管的是大事，我管的是娃娃们的小事，小事也得有人管。
访谈者：您平时还做什么？
受访者：唱山曲。娃娃们难活的时候我给他们唱，{{han:苗又青}}最爱听，听完就不哭了。我们河曲人说，山曲是心里头的话，说不出来就唱出来。乡里文化站的{{han:贾秀峰}}还领着我跟娃娃们上过台。
访谈者：名单上的名字都对吗？
受访者：错的多。乡里打的表把{{spaced:苗　又　青}}写成一个字一个空，{{spaced:智 大 双}}也是，社工写成{{spaced:澹 台 月 琴}}，我自己写成{{spaced:折 润梅}}。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，{{han:岳振华}}的{{mobile@spaced}}。我QQ是{{qq:6172039}}，微信{{wechat:wxid_r7m2q9x4k1}}。村委会在{{address:曲湾村一组村委会大院1号}}，有事来这儿寻我。
""")

# H1686: Han social-assistance officer of the 偏关 county civil-affairs bureau.
DOCS["H1686"] = ("staff", """\
访谈者：{{han:弓股长}}，您在社会救助股干了多少年？
受访者：十一年了。我叫{{han:弓振业}}，{{trap/org:偏关县民政局}}社会救助股的，全县的低保、特困、孤儿和事实无人抚养的娃娃，都从我们股过。股长{{han:贺正刚}}正在{{trap/place:万家寨}}下乡核查，今天我替他说。
访谈者：全县现在有多少困境儿童？
受访者：孤儿三十几个，事实无人抚养的一百出头，再加上低保户、重残户、服刑人员家里的娃娃，将近四百。散居孤儿基本生活费一个月{{trap/number:一千四百二十元}}，事实无人抚养跟孤儿一个标准。
访谈者：申请的流程是怎样的？
受访者：家长或者村里提出来，村委会入户调查，乡镇审核，我们股审批，一般一个月能批下来。批下来以后每年复核一回，娃娃满了十八岁还在念书的，接着发。最怕的是家长不知道有这个政策，所以每年开春我们都跟着儿童主任下村宣传，把政策印成小册子，一户一本。
访谈者：名单上最容易出什么错？
受访者：名字。系统里少数民族的名字中间要加个圆点，可各处报上来的点不一样。{{trap/place:新关镇}}卖馕的那家，大人是{{minority/uyghur:帕孜来提汗·肉孜}}，社区报上来写成{{minority/uyghur:帕孜来提汗.肉孜}}，句号当了点，银行认不出来，钱就打不出去。她小子户口上是{{minority/uyghur:郝麦尔丹江}}，学校报的是{{minority/uyghur:麦尔丹江·来运}}，把他爸的名字当成了父名。
访谈者：还有别的民族的娃娃吗？
受访者：有。万家寨镇有户哈萨克族，老汉{{minority/kazakh:阿曼拜克}}早年在水电站上干活，退休以后留下了。儿子儿媳出车祸没了，孙女{{minority/kazakh:叶尔克娜孜}}十岁，是孤儿，在{{school:偏关县万家寨镇寄宿制小学四年级（2）班}}。老汉的名字报上来三样：{{minority/kazakh:阿曼拜克·沙肯}}、{{minority/kazakh:阿曼拜克沙肯}}，还有一张写成{{spaced:阿 曼 拜 克}}，把父名丢了。蒙古族有一户在{{trap/place:天峰坪}}，娃娃叫{{minority/mongolian:帖木儿巴根}}，他妈{{minority/mongolian:萨其尔玛}}在{{trap/place:呼和浩特}}打工，表上写成{{spaced:帖木儿 巴根}}。回族就是跑车的{{han:妥廷贵}}家，两个娃娃。
访谈者：核查的时候怎么做？
受访者：入户看，问邻居，村里开评议会。{{han:贺正刚}}常说，看一户人家难不难，先看灶台，再看炕上的被子。{{han:贺正刚}}能把全县哪家几孔窑都说出来，不信你问他。去年他评上了省里的先进，股里的人都{{trap/word:祝贺}}他。
访谈者：平时跟哪些人打交道最多？
受访者：乡镇的民政助理、村里的儿童主任、学校、派出所、残联。我手机里存的：{{han:贺正刚}}，{{mobile@p86h}}；{{compound:万俟晓丽}}，我们股的内勤，{{mobile@fws}}。有事问{{compound:万俟晓丽}}，她比我记得清，报表上她的名字常打成{{spaced:万　俟　晓　丽}}。新关镇的{{han:秦二女}}、楼沟乡的{{compound:左丘春燕}}都是老搭档，有急事我就给{{han:秦二女}}打电话。
访谈者：最难的是什么？
受访者：人少。全股四个人，{{compound:司寇文斌}}去年调来，头一个月就跑烂了一双鞋。远的村子来回二百多里山路，一下雪就封了，车过不去，只能走着进去。还有的家长不好意思报，怕村里人笑话。
访谈者：这些年变化大吗？
受访者：大。我刚来的时候，孤儿一个月才几百块，事实无人抚养这个说法都没有。现在标准一年一年往上提，娃娃们上学、看病都有保障。就是乡下的老人不识字，表填不来，还得靠儿童主任一家一家跑。
访谈者：能说一个核查的例子吗？
受访者：上个月核一个服刑人员家的娃娃，身份证{{id_number@wy2012fwx.140932}}，系统里跳出来说她爸{{han:樊二柱}}名下有辆车。{{han:樊二柱}}的身份证{{id_number@mquad.140932}}。我跟{{compound:司寇文斌}}跑去一看，是辆报废的三轮，早卖给收破烂的{{han:弓拴牢}}了，跟我一个姓，不是一家。娃娃住{{address:偏关县楼沟乡阳坡村六组11号}}，补助照发。
访谈者：学校那边怎么配合？
受访者：每学期开学，我们把名单发给教育局，学校对着名单减免费用、发营养餐，班主任多留个心眼。娃娃要是连着几天没来上课，学校就给儿童主任打电话，儿童主任当天就得上门看。
访谈者：碰到过骗补助的吗？
受访者：碰到过，不多。有一户爹妈都在外面打工，挣得不少，报成事实无人抚养，评议会上村里人一说就露了馅。我们不怕查出来，就怕该得的没得上、不该得的得上了。
访谈者：举报和咨询怎么办？
受访者：打{{trap/hotline:12349}}，或者打我们股的座机。我个人微信{{wechat:gongzy_mzj}}，QQ{{qq:94018273}}，有材料发过来就行。
访谈者：最后想说什么？
受访者：{{han:贺正刚}}明年退休，想在走以前把全县的名单理成一张清清楚楚的表，一个字都不错。表上他的名字都写成了{{spaced:贺 正刚}}，我说先把这个改了。
""")

# H1687: Han household-registration officer of the 巡镇 police station (河曲).
DOCS["H1687"] = ("staff", """\
访谈者：{{han:尉警官}}，户籍跟困境儿童有什么关系？
受访者：关系大着呢。没有户口，低保、孤儿费、上学、看病，样样办不成。我叫{{han:尉晓琳}}，姓尉，念“玉”，在{{trap/org:巡镇派出所}}管户籍七年了。
访谈者：您碰到过没户口的孩子吗？
受访者：碰到过。前年一个小子，村里叫他{{han:栓栓}}，九岁了还是黑户。他妈{{han:邢改女}}脑子不大清楚，说不清娃娃的爸是谁，他姥爷{{han:邢有财}}又以为上户口要罚钱，一直拖着。后来是村里的儿童主任{{han:苏粉莲}}领着来的，做了亲子鉴定，落在{{han:邢改女}}名下，起名{{han:邢栓柱}}，这才报上了事实无人抚养。{{han:栓栓}}家在{{address:河曲县巡镇后沟村七组19号}}。
访谈者：这样的情况多吗？
受访者：一年总有两三个。有的是超生怕罚，有的是爹妈没领结婚证，有的是大人跑了，证件都带走了。现在政策宽了，只要能证明亲子关系就能落户，可好多老人不知道，以为还跟早年一样。我们每年跟着民政上下村，挨家问有没有没上户口的娃娃。
访谈者：起名字的时候家里人会问您吗？
受访者：常问。乡下老人爱起个贱名好养活，狗蛋、铁蛋、丑女子，我说户口上的名字要跟娃娃一辈子，小名在家里叫，大名得起个好的。{{han:栓栓}}的大名是我跟他姥爷一块儿商量的，他姥爷说，就叫{{han:邢栓柱}}，把娃娃栓住，再别丢了。
访谈者：少数民族的名字好登吗？
受访者：最费心思。系统里只认中间那个圆点。有个哈萨克娃娃从{{trap/place:塔城}}迁过来，原来的户口页上是{{minority/kazakh:叶尔肯·哈勒别克}}，学籍上写成{{minority/kazakh:叶尔肯‧哈勒别克}}，医院出生证明上是日文那种点，{{minority/kazakh:叶尔肯・哈勒别克}}，低保表上打了个英文句号，{{minority/kazakh:叶尔肯.哈勒别克}}，残联的表连点都没有，{{minority/kazakh:叶尔肯哈勒别克}}。五张表五个样，我一张一张改成一样的。他爸{{minority/kazakh:哈勒别克}}的名字也被写成{{spaced:哈 勒 别 克}}，一个字一个空，他来一回骂一回。娃娃现在在{{school:巡镇九年制学校六年级（1）班}}。
访谈者：还有吗？
受访者：有个维吾尔族女娃{{minority/uyghur:古孜努尔·阿塔吾拉}}，她爸{{minority/uyghur:阿塔吾拉}}在{{trap/place:喀什}}服刑，她跟着河曲的姥姥过。报上来的材料写成{{spaced:古 孜 努 尔 · 阿 塔 吾 拉}}，系统里搜不出来。娃娃写作业署名就写{{minority/uyghur:古孜努尔}}。她姥姥说不来维吾尔话，娃娃的汉话又是跟电视学的，头一回来办事，祖孙俩连比带划，我请县里一个新疆来的大学生村官帮着翻译，才弄清楚。还有个蒙古族小子{{minority/mongolian:乌勒吉毕力格}}，户口上写成{{minority/mongolian:乌毕力格}}，把{{minority/mongolian:乌勒吉}}当成了姓。他妈来改的时候说，蒙古人没有姓，名字是一整个，拆开了就不是他了。我查了半天老档案，才给改回来。
访谈者：汉族的名字也会写错？
受访者：也会。我们这儿姓折的多，老户口本上常写成佘。{{trap/famous:佘太君}}本来就姓折，是府谷人。有个老汉叫{{han:折拴锁}}，户口上写成{{han:佘拴锁}}，孙女{{han:折引弟}}还在念三年级，报孤儿的时候材料上祖孙俩不是一个姓，民政上退回来三回。学籍上又把孙女写成{{spaced:折　引　弟}}。
访谈者：没户口会耽误上学吗？
受访者：会。有个女娃到了上学的年纪，学校要户口本才给建学籍，她家里拿不出来，在家待了一年。后来是学校先让她跟班听课，我们这边加紧办，办下来才补上的学籍。现在我们跟学校说好了，碰到这种娃娃先收下，户口的事我们来办，不能让娃娃在家里等。
访谈者：复姓呢？
受访者：{{trap/place:保德}}迁来一户姓拓跋的，娃娃叫{{compound:拓跋春生}}，系统里总把拓跋拆开。他家老人说祖上是鲜卑人，从大同那边过来的，家谱上写得清清楚楚。学校报来的{{compound:申屠鹏举}}，打字的又写成{{spaced:申屠 鹏举}}。
访谈者：核身份证号也常出错吧？
受访者：常有。有一回村里报上来一个娃娃的号少了一位，我照着户口页一个一个念：{{id_number@my2016.140930}}，这才对上。{{han:折拴锁}}的号是{{id_number@moldfwhyphen.140930}}，老人的证上用的全角字，复印出来跟别人的不一样。
访谈者：您怎么看这份工作？
受访者：名字是一个人的脸面，写错一个字，娃娃的钱就到不了手。所长{{han:霍振山}}说我太较真，我说户籍就得较真。有时候一个娃娃的户口要跑三四趟，家长不理解，骂我们刁难，我也不往心里去，办成了他们自己就明白了。我女儿上初二，她说妈妈对别人家的娃娃比对她还上心。我老汉{{han:邸向东}}在{{trap/org:交警大队}}，两口子都忙，女儿放学自己热饭吃。有事打户籍室的手机{{mobile@h38}}，QQ{{qq:3306172958}}，微信{{wechat:yuxl_xunzhen}}。
""")

# H1688: Han rehabilitation therapist of the 河曲 county hospital.
DOCS["H1688"] = ("staff", """\
访谈者：{{han:康老师}}，您在康复科干了几年？
受访者：九年了。我叫{{han:康晓芸}}，{{trap/org:河曲县人民医院}}康复科的治疗师。姓康，做{{trap/word:康复}}的，家长们笑我是吃姓的饭。
访谈者：科里现在有多少孩子？
受访者：常来的二十几个，脑瘫的最多，还有孤独症、发育迟缓、听力不好的。困境儿童里有残疾证的，康复救助能报大头，家长少掏钱。
访谈者：训练都做些什么？
受访者：脑瘫的娃娃做运动训练，练抬头、翻身、坐、站、走；孤独症的做行为训练和社交训练；听力不好的配了助听器做言语训练。一个娃娃一天至少两个钟头，光在科里练不够，回家还得练，所以家长比娃娃学得还多。
访谈者：能说几个孩子吗？
受访者：{{minority/kazakh:宽德克}}，哈萨克族小子，五岁，脑瘫，来了三年。刚来抱在怀里脖子都立不住，现在能扶着墙走七八步了。他妈{{minority/kazakh:卡丽哈什}}一三五必到，刮风下雨都来。他姐姐{{minority/kazakh:阿尔达格}}放学也来，在旁边学着给弟弟拉筋。
访谈者：还有呢？
受访者：还有{{han:智浩然}}，孤独症，七岁，不跟人对眼神。他奶奶问我，是不是{{trap/word:智力}}上有问题，我说不是，这是两码事。{{han:温翠兰}}却不信，说她孙子聪明着呢，就是不爱理人。娃娃爸妈离了，他爸在{{trap/place:大同}}，娃娃跟着奶奶过。奶奶手巧，给科里缝了十几个沙袋，家长们说进了这屋就觉得{{trap/word:温暖}}。{{han:智浩然}}在{{school:河曲县特殊教育学校培智二班}}，老师{{han:亢美琴}}每礼拜跟我通一回电话，县里给她评了个{{han:亢美琴}}工作室。
访谈者：有没有进步特别大的？
受访者：{{minority/uyghur:艾尔斯兰}}，他爸是维吾尔族，在{{trap/place:包头}}跑货运，他妈{{han:贾润莲}}是河曲人。娃娃唐氏综合征，刚来不会说话，{{minority/uyghur:艾尔斯兰}}便是我们科第一个唱完一整首歌的。科里都叫他{{minority/uyghur:斯兰}}。现在在{{school:文笔镇第三小学一年级（2）班}}随班就读。上学头一天，他妈在教室外头站了一上午，不敢走，怕他哭，结果他自己跟同桌耍得可欢了。
访谈者：乡下的孩子来一趟方便吗？
受访者：不方便。{{trap/place:巡镇}}、{{trap/place:刘家塔}}那边的娃娃，坐班车来回得三个钟头。有个{{trap/place:鹿固}}的小女子{{han:苗燕燕}}，她爷爷骑三轮车带她来，冬天冻得脸通红。后来我们每礼拜下乡一回，在乡卫生院给她做。娃娃怕生，头几回一进门就哭，现在见了我老远就伸手。
访谈者：您一个人带这么多？
受访者：科里五个治疗师。主任{{han:邬振宇}}管成人，护士长{{compound:西门润芝}}排班，进修回来的{{compound:公良雨桐}}专做言语训练，实习生{{compound:亓官舒窈}}跟着我学。有回{{han:智浩然}}发脾气满地打滚，是被{{han:邬振宇}}抱起来哄好的。
访谈者：家长们怎么联系您？
受访者：科里有个家长QQ群，群主是我，我的QQ是{{qq:4471092835}}。有的奶奶不会用，{{han:温翠兰}}就让孙子用她的QQ{{qq:８６２０３１７４}}给我发视频。微信也有，我的是{{wechat:kangxy_rehab}}，科里公众号后台的是{{wechat:hq-kfk-2019}}。要寄材料就寄到{{address:河曲县文笔镇人民医院家属院2号楼302}}，电话{{mobile@plus86spaced}}。
访谈者：孩子们进步慢的时候，您怎么办？
受访者：跟家长一起熬。康复是一点一点往前挪，今天会抬头了，明天会翻身了，可也许半年都看不出变化。我把每个娃娃的训练拍成视频存着，家长灰心的时候，翻出半年前的给他们看，一看就又有劲了。
访谈者：家长们也要学吗？
受访者：要学。每个月我们给家长办一回培训，教怎么在家里做训练、怎么抱娃娃、怎么喂饭不呛着。{{minority/kazakh:卡丽哈什}}每回都坐在头一排，拿个本子记，记不下来就拿手机录。她说汉字写不快，录下来回家慢慢听。
访谈者：您自己累吗？
受访者：累。一天弯着腰跪在垫子上七八个钟头，腰椎间盘突出好几年了。可看着娃娃们一点一点好起来，就觉得值。我刚来那年带的第一个娃娃，现在上初中了，去年教师节还给我寄了张{{trap/word:贺卡}}。
访谈者：病历上的名字会写错吗？
受访者：常有。{{spaced:智　浩　然}}写成一个字一个空，{{spaced:艾 尔 斯 兰}}也是，护士长写成{{spaced:西门 润芝}}。
访谈者：最难的是什么？
受访者：是家长熬不住。好多是爷爷奶奶带着来，爹妈在外头打工，老人腿脚不好，记性也差，回家练不了几天就撂下了。做康复是几年的事，好多家长做半年就不来了。我就拿{{minority/kazakh:卡丽哈什}}给他们说，人家一个外地来的妈，三年一回没落下。
访谈者：最后想说什么？
受访者：盼县里多几个治疗师，让乡下的娃娃不用天天往县城跑。科里的人都盼这个，最盼的是{{han:邬振宇}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1681,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout213",))


if __name__ == "__main__":
    main()
