# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 15 (tests/pii/holdout15/H105-H112 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 15 is about children in distress (困境儿童) in south-western, southern, north-eastern, northern and central
China, in eight new voices: a Gelao grandmother in 道真 (洛龙镇) whose son is in prison and whose daughter-in-law
left, a Mulao village cadre and child director in 罗城 (四把镇) with an orphan, a father on dialysis, a deaf Maonan
mother from 环江 and left-behind children of her own clan 银, a De'ang teacher in 芒市 (三台山) with De'ang and Achang
pupils and a Blang girl from 勐海 (布朗山) she still supports, a Lhoba grandfather in 米林 (南伊乡) whose son died in
a landslide and whose Menba daughter-in-law from 墨脱 has tuberculosis, a Korean-Chinese grandmother in 和龙 raising
her grandson while his parents work in Korea, a Han Civil Affairs Bureau official in 翁牛特旗 (赤峰) describing the
three-level system (旗 bureau, 苏木/乡镇 supervisors, 嘎查/村 child directors) with Mongolian staff and cases, a Han
grandmother in 临泉 (阜阳) raising four left-behind grandchildren, and a Han social worker in 于都 (赣州) reading
her cases out of her notebook. The emphasis is on forms where a replacement might cover only part of a name, in a
mix: Gelao Han-form names and old-style nicknames (招弟, 狗剩, 韩二娃); Mulao names with the surname 银 (银秀梅,
银德昌说) beside 银 used as a word (银行, 银子, 银镯子); De'ang and Achang names with birth-order and gender prefixes,
bare or after a Han surname (叶仙, 杨腊相 then 腊相, 李玉南 then 玉南, 李艾帕, 线岩宽, 曹玉罕) and Blang names with
岩/玉 and a teknonym (岩罕, 玉叫, 咪玉叫 "mother of 玉叫"), beside 岩石, 玉米 and 毛线 as words; Lhoba father-son
linked names and clan names with and without the dot (达宁, 宁果, 果布, 嘎荣·达宁, 嘎荣果布, 亚嘎) and Menba
Tibetan-style names with short forms (白玛央宗 then 央宗, 仁增东周 then 仁增); Korean names in Chinese characters
that read as non-Han (崔贞淑, 朴在洙, 朴在植, 金顺姬, 姜英子, 金昌镐) beside Han-looking ones (朴东浩, 朴志勋) and
朴素, 朴实, 金子, 生姜 as words; Mongolian names alone, after a Han surname and with a clan name (敖日格勒, 哈斯格日勒,
特日格乐, 包苏雅拉, 博尔济吉特·乌仁图雅 then 乌仁图雅) beside the Han names of the same people (格日乐图 and 包子豪, with
包子 as a trap); Han names with common and rare surnames, with titles and kin words, names that contain words
(牛家和, 牛天赐, 牛小满, 孙长江, 冀长青, 王顺利, 谢长生), nicknames (妞妞, 毛蛋, 铁柱), a name called twice in a row
(铁柱铁柱), names directly before particles and verbs and after 叫/是/给/跟/和/找/让, spaced and split names, and
compound surnames after ordinary words.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邹桂芬}}``, ``{{qq:3058612947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (achang, deang, blang, menba, lhoba, korean,
                                   mongolian) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2017spaced.520325}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 书记, 所长, 股长, 队长, 主席,
大姐, 婶, 姨, 嬢嬢) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span. Han-style names of Gelao, Mulao, Maonan, Achang, Korean-Chinese and Mongolian
people (邹桂芬, 银秀梅, 覃美凤, 线明德, 朴东浩, 包子豪) and nicknames built on Chinese words (招弟, 狗剩, 妞妞, 毛蛋,
铁柱) are category han; a Han surname before a non-Han given name (杨腊相, 李玉南, 线岩宽, 包苏雅拉) and Korean given
names that read as non-Han are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout15/make_holdout15.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(15_2026_1205)
MINORITY_GROUPS = ("achang", "deang", "blang", "menba", "lhoba", "korean", "mongolian")
# Floors from the brief (minority groups counted together where the brief pairs them).
GROUP_FLOORS = {"achang+deang+blang": 10, "menba+lhoba": 10, "mongolian": 10}

MOBILE_PREFIXES = ["134", "135", "136", "150", "151", "157", "158", "166", "173", "176", "178", "181", "183",
                   "187", "188", "191", "198"]


DOCS: dict[str, tuple[str, str]] = {}

# H105: Gelao grandmother in 道真 (洛龙镇); her son is in prison in 遵义, her daughter-in-law left.
DOCS["H105"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：三口，我跟两个孙孙。我叫{{han:邹桂芬}}，仡佬族，七十一了，娘家在{{trap/place:务川}}，嫁到{{trap/place:道真}}五十多年。老伴{{han:申国富}}六年前在煤窑上砸断了腰，拖了两年就走了。儿子{{han:申永林}}前年喝了酒跟人打架，把人打成重伤，判了五年，关在{{trap/place:遵义}}。儿媳{{han:蔡兰英}}第二年就走了，电话也打不通了。
访谈者：两个孩子多大了？
受访者：大的是孙女{{han:申雨涵}}，十三岁，在{{school:道真县洛龙镇中学初一（2）班}}住校，屋头都喊她{{han:招弟}}，是她爷爷盼孙子取的。小的是孙子{{han:申浩宇}}，八岁，在{{school:道真县洛龙镇大塘小学二年级（1）班}}，小名叫{{han:狗剩}}，也是他爷爷取的，老辈人讲贱名好养活。{{han:狗剩}}他皮得很，只有{{han:招弟}}管得住他。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：大的晓得，小的只当爸爸在外头打工。上学期有同学笑{{han:申雨涵}}，说她爸是劳改犯，她跟人打了一架。班主任{{han:韩德明}}老师把我喊到学校，{{han:韩德明}}也是仡佬族，他没骂孩子，跟我说这孩子心里苦，要多陪她摆龙门阵。
访谈者：这几年哪些人帮过你们？
受访者：村里的儿童主任叫{{han:冯小芹}}，{{han:冯小芹}}她隔两个礼拜就上来一趟，帮我们{{trap/word:申请}}了事实无人抚养的补助，一个月{{trap/number:一千二百五}}。村支书{{han:蔡光荣}}讲老人家莫愁，{{han:蔡光荣}}他们家也是从苦日子熬过来的。{{trap/org:乡卫生院}}的{{han:田茂林}}大夫每个月上山给我量血压。县里社工站来过两个年轻人，一个姑娘叫{{compound:诸葛清妍}}，跟她一路的男娃叫{{compound:赫连子昂}}。{{compound:诸葛清妍}}教大孙女写日记，讲心里有话就写在本本上。
访谈者：能去看孩子爸爸吗？
受访者：去年{{trap/minority_word:吃新节}}前头，儿童主任跟司法所的{{han:骆正华}}所长带我们去遵义见了一回，隔着玻璃讲了二十分钟。儿子哭得讲不出话，只讲妈你莫累倒了。{{han:狗剩}}问爸爸好久回来，他讲等你读四年级。
访谈者：亲戚里还有谁搭把手？
受访者：侄儿{{han:邹志刚}}在务川跑货车，过年给娃娃买新衣裳。我妹妹{{han:邹桂兰}}在{{trap/place:正安}}，腿脚不好，来不了，电话里天天问。隔壁的{{han:韩二娃}}帮我犁田，他屋头的{{han:张翠芬}}嬢嬢帮我看小孙孙。
访谈者：有急事的时候您找哪个？
受访者：找{{han:冯小芹}}。她讲过，半夜也可以打她电话。去年冬天孙子半夜肚子疼，我打过去，她喊她男人开车来，把娃娃送到镇上，守到天亮。第二天她又让{{han:田茂林}}大夫来复查，讲是吃了冷东西。我讲我这个老婆子没得用，她讲奶奶你莫这样讲，你把两个娃娃拉扯大就是功劳。
访谈者：孩子们平时怎么过？
受访者：礼拜五大孙女回来，先烧火煮饭，再带弟弟写作业。礼拜天下午她背起米走三里路去赶车。屋头喂了一头猪、十几只鸡，{{trap/word:田里}}种苞谷洋芋。我眼睛花了，针都穿不进，衣裳烂了是她补。
访谈者：孙女住校，一个礼拜花多少钱？
受访者：学校有营养餐，不要钱，我每个礼拜给她二十块零用。她舍不得花，礼拜五回来又原样交给我，讲奶奶你拿去买药。我捏着那二十块钱，心里像刀割。班主任讲，别个买零食，她就躲到寝室看书。
访谈者：您自己身体怎么样？
受访者：血压高，膝盖也疼，上坡要歇三回。去年冬天发烧，躺了四天，是大孙女请假回来守着我，给我熬姜汤。那几天我就想，我要是倒下了，两个娃娃咋个办？有人讲实在不行送福利院，我不肯，娃娃是申家的根，我要守着。
访谈者：小孙子在学校怎么样？
受访者：老师讲他聪明，就是坐不住，上课爱讲话，作业拖着不写。他爸的事他不晓得，别个问他爸爸在哪里，他讲在广东造大楼。我也不拆穿，等他大点再讲。
访谈者：过节的时候呢？
受访者：过年寨子里跳{{trap/minority_word:傩戏}}，戴起木脸壳，{{han:狗剩}}看得眼睛都不眨。老辈人摆{{trap/famous:诸葛亮}}七擒{{trap/famous:孟获}}的古，摆到半夜。吃新节那天新米煮饭，先敬祖宗，再给娃娃吃，我多舀一碗留着，等儿子回来。
访谈者：表格上要住址、证件号和电话，您方便讲吗？
受访者：我念，你写。屋在{{address:道真县洛龙镇大塘村三组12号}}，侄儿住{{address:务川县丰乐镇新田村五组8号}}。我身份证{{id_number@wy1954.520325}}，{{han:申浩宇}}的是{{id_number@my2017spaced.520325}}。我电话{{mobile@plain}}，{{han:冯小芹}}的电话{{mobile@spaced}}，她微信{{wechat:fxq_daozhen}}。孙女有个QQ，讲是老师布置作业用的，开学时写在我这个本本背面，你看嘛：{{qq:3058612947}}。
访谈者：表上名字写得对吗？
受访者：有写岔的。低保本上我是{{spaced:邹　桂　芬}}，字中间空得好宽。学校名单上把孙女写成{{spaced:申 雨 涵}}。社工那个姑娘在签到本上成了{{spaced:诸 葛 清 妍}}，她讲念起来像在点名。还有把孙子写成{{spaced:申浩 宇}}的。
访谈者：您最盼的是什么？
受访者：盼儿子早点出来，好好做人。盼两个孙孙读得出书，莫像我们一辈子在坡上刨土。
""")

# H106: Mulao village cadre and child director in 罗城 (四把镇); a Maonan mother from 环江.
DOCS["H106"] = ("staff", """\
访谈者：您在村里管哪些事？
受访者：我是村委副主任，兼儿童主任。我叫{{han:银秀梅}}，仫佬族，土生土长的{{trap/place:罗城}}人。外头人听我姓银都笑，问我家是不是开{{trap/word:银行}}的。我们村一千三百多人，在册的困境儿童十一个，我挑几家讲。
访谈者：好，先讲哪家？
受访者：先讲罗家。孩子叫{{han:罗欣怡}}，十一岁，爸妈前年在{{trap/place:中山}}出车祸，两个都没了。现在跟着大伯{{han:罗振东}}过，{{han:罗振东}}他自己也有三个孩子，屋里紧巴巴的。我们给孩子办了孤儿的生活费，一个月{{trap/number:一千五百二}}。孩子在{{school:罗城县四把镇中心小学五年级（4）班}}，成绩拔尖，就是夜里常哭醒。
访谈者：第二家呢？
受访者：第二家姓韦。孩子爸{{han:韦光明}}得了尿毒症，一个礼拜去{{trap/place:宜州}}透析两回。孩子妈{{han:谭秀英}}在家种桑养蚕，一个人撑着。姐姐{{han:韦思琪}}十四岁，弟弟{{han:韦思远}}九岁。{{han:谭秀英}}说蚕一上簇，她三天三夜合不了眼，姐姐就请假回来帮着摘茧。我们给他们家报了低保，又找{{trap/org:县红十字会}}报了大病救助。
访谈者：还有哪家？
受访者：第三家的孩子妈是毛南族，叫{{han:覃美凤}}，从{{trap/place:环江}}嫁过来，耳朵听不见，也说不出话。男人{{han:吴永生}}嫌弃她，跑去{{trap/place:柳州}}再没回来。孩子叫{{han:吴宇航}}，七岁。{{han:覃美凤}}拿手比划给我看，意思是孩子是她的命。每年{{trap/minority_word:分龙节}}她都带孩子回娘家。第四家是留守的，姓银，跟我是本家。爷爷{{han:银德昌}}七十三，带两个孙，哥哥{{han:银小龙}}、妹妹{{han:银小凤}}，他们爸妈在{{trap/place:东莞}}电子厂。{{han:银德昌}}说两个孙就是他的{{trap/word:银子}}，谁也碰不得。妹妹手上那对{{trap/word:银镯子}}是她外婆打的。
访谈者：平时谁跟您一起跑这些事？
受访者：村支书{{han:潘志强}}，镇民政办的{{han:谢丽娟}}，镇上的督导员{{han:梁冬梅}}大姐。派出所的{{han:覃建勇}}所长每学期来学校讲安全。学校那边是{{han:罗红霞}}老师，{{han:罗红霞}}也是仫佬族。县社工站派来的社工叫{{compound:慕容清扬}}，跟他搭档的是{{compound:公孙思妍}}，还有支教的{{compound:尉迟浩然}}。{{compound:慕容清扬}}每个月来两回，带孩子们做游戏、画画。
访谈者：仫佬族的孩子跟别的孩子有什么不一样吗？
受访者：没什么不一样，在家说仫佬话，出门说桂柳话，上学说普通话。我们这里山多地少，年轻人都出去打工，留下老的小的。有的老人不识字，孩子的作业没人看，我们就请村里读高中的孩子假期回来办作业班，一个下午管二十几个娃。
访谈者：罗家孩子现在怎么样？
受访者：好多了。刚出事那会儿她整天不说话，饭也不吃，我天天去她大伯家坐，陪她剥花生、折纸。后来社工来做辅导，带她画她爸妈，画完了她哭了一场，哭完话就多了。她说以后要当老师，回村里教书。
访谈者：钱够用吗？
受访者：紧。孤儿的钱专款专用，存在孩子的卡上，她大伯一分都不动，说留着给孩子上大学。吃穿是大伯家出，我们逢年过节再送点米、油、衣服。镇上有爱心企业捐过书包和棉被，一家一套。
访谈者：孩子们有事会找谁？
受访者：大的会找我，小的找老师。韦家弟弟有一回在学校跟人打架，老师打电话让{{han:谭秀英}}来，她走不开，就托我去。我去了一看，是人家笑他爸是病秧子。我跟两个孩子都谈了，后来两个倒成了好朋友。
访谈者：村里过节孩子们参加吗？
受访者：参加。{{trap/minority_word:依饭节}}是我们仫佬族最隆重的节，全村人都去。去年我让几个孩子上台唱山歌，罗家那孩子唱得最好，老人说她像{{trap/famous:刘三姐}}，她头一回笑出声来。
访谈者：信息表上要住址、证件和电话。
受访者：韦家住{{address:罗城县四把镇石门村下屯18号}}，银家住{{address:罗城县四把镇石门村六组9号}}。{{han:罗欣怡}}的身份证{{id_number@wy2014hyphen.451225}}，{{han:韦光明}}的是{{id_number@mmid.451225}}。我电话{{mobile@hyphen}}，{{han:银德昌}}的电话{{mobile@plain}}。我的微信{{wechat:yinxiumei_lc}}。QQ我不大用，是韦家大闺女帮我申的，号码记在这本台账第一页：{{qq:2083745169}}。
访谈者：名字录错过没有？
受访者：录错过。低保系统里银家妹妹是{{spaced:银　小　凤}}，学籍上罗家孩子是{{spaced:罗 欣 怡}}。社工站的花名册把社工写成{{spaced:慕 容 清 扬}}，户口本复印件上孩子妈成了{{spaced:覃美 凤}}。
访谈者：您觉得最难的是什么？
受访者：最难的是孩子的心。钱我们能跑，表我们能填，孩子想爸妈了，我们替不了。{{han:谢丽娟}}跟我说，能做的就是常去，去多了孩子就认你。孩子们见了我不再躲，还会说声{{trap/word:谢谢}}，我就知道没白跑。
""")

# H107: De'ang teacher at a boarding school in 芒市 (三台山), with De'ang and Achang pupils and a Blang girl from 勐海.
DOCS["H107"] = ("teacher", """\
访谈者：老师，您在这所学校教了多少年？
受访者：十一年了。我叫{{han:杨美仙}}，德昂族，家在{{trap/place:芒市}}三台山。寨子里的老人不叫我学名，叫我{{minority/deang:叶仙}}，叶是家里老大的意思。我们学校是寄宿制的，德昂族孩子最多，也有从{{trap/place:户撒}}转来的阿昌族孩子。
访谈者：班里有几个困境儿童？
受访者：六年级这个班有五个。一个是{{minority/deang:杨腊相}}，腊是老三的意思。他爸{{minority/deang:杨岩保}}贩毒，判了十二年；他妈回{{trap/place:缅甸}}娘家，再没回来。{{minority/deang:腊相}}他跟奶奶{{minority/deang:赵依妹}}过，奶奶七十多了，还上山采茶。我们给他报了事实无人抚养，一个月{{trap/number:一千三百八}}。
访谈者：还有呢？
受访者：还有{{minority/deang:李玉南}}，女孩，十二岁，爸妈都病死了，是她舅舅{{minority/deang:李艾帕}}把她领回家。{{minority/deang:李艾帕}}他自己腿有残疾，在寨子里编竹篮卖。{{minority/deang:玉南}}成绩好，就是不爱说话，作文写得让人掉眼泪。阿昌族的孩子叫{{minority/achang:线岩宽}}，户撒人。他爸{{han:线明德}}原来打{{trap/minority_word:户撒刀}}，前年从房顶上摔下来，瘫了。他妈{{minority/achang:曹玉罕}}一个人种水稻、养猪。孩子说长大了要学医，给他爸治腰。他外婆{{han:曹桂芝}}织{{trap/word:毛线}}袜子，给全班孩子一人一双。
访谈者：学校里谁管这些孩子？
受访者：校长{{han:段兴华}}，乡里的儿童督导员{{han:孟丽琼}}，民政助理{{han:寸志明}}。{{han:寸志明}}说话慢，办事细，杨家孩子的补助就是他一趟一趟跑下来的。学校的心理老师是{{compound:端木雅琴}}，县里派来支教的是{{compound:欧阳慧敏}}。{{compound:端木雅琴}}每个礼拜三给孩子们上团体课。
访谈者：寄宿制学校里，孩子们晚上谁管？
受访者：生活老师管，一层楼一个。我是班主任，晚自习也在。小的孩子想家，熄了灯就哭，一个哭一屋子都哭。我就坐在床边给他们讲故事，讲到睡着为止。德昂族的孩子胆子小，刚来的时候话都不敢说，过半个学期才放得开。
访谈者：这些困境儿童在学校有什么特别的照顾？
受访者：吃住全免，每学期还有一笔生活补助，冬天学校发棉衣棉鞋。我们几个老师每人包两三个孩子，当代理妈妈，周末不回家的孩子就领到自己家里吃饭。放长假的时候，我们挨家挨户去家访，看孩子吃得饱不饱，奶奶身体好不好。
访谈者：孩子们的家长来过学校吗？
受访者：很少。有的在外面打工，有的在里面，有的根本就没有。开家长会，班里一半座位是空的，来的都是爷爷奶奶，听不懂普通话，我就用德昂话再讲一遍。
访谈者：孩子们放假回寨子里做什么？
受访者：帮家里采茶、放牛、砍柴。茶季一到，{{minority/deang:杨腊相}}跟着奶奶天不亮就上山，一天能采七八斤鲜叶，攒着交书本费。我去家访，看见他背着比他还大的茶篓，心里难受，可也说不出让他别干的话，家里就指望这点钱。
访谈者：您在{{trap/place:勐海}}也教过书？
受访者：教过三年，在{{trap/place:布朗山}}上的村小。那里有个布朗族女孩叫{{minority/blang:玉叫}}，她爸{{minority/blang:岩罕}}爬古茶树摘茶，摔下来走了；她妈{{minority/blang:玉波}}得了肾病，寨子里都叫她妈{{minority/blang:咪玉叫}}，就是{{minority/blang:玉叫}}的妈妈。我现在每个月还给她寄两百块钱。她舅舅{{minority/blang:岩香}}在寨子里做茶，{{minority/blang:岩香}}说等孩子读完初中就送她去{{trap/place:景洪}}读卫校。布朗山上全是{{trap/word:岩石}}，只能种{{trap/word:玉米}}和茶。
访谈者：孩子们过节吗？
受访者：过。德昂族过{{trap/minority_word:浇花节}}，跟傣族的{{trap/minority_word:泼水节}}差不多；阿昌族过{{trap/minority_word:阿露窝罗节}}。德昂族老人讲，我们的祖先是从茶叶里来的，所以孩子们从小就会采茶。
访谈者：这些孩子的资料您这里有吗？
受访者：有。杨家在{{address:芒市三台山乡勐丹村三组15号}}，{{minority/achang:线岩宽}}家在{{address:陇川县户撒乡明社村五组22号}}。{{minority/deang:李玉南}}的身份证{{id_number@wy2013.533103}}，阿昌族那个孩子的是{{id_number@my2013fullwidth.533124}}。他们都在{{school:芒市三台山乡九年一贯制学校六年级（1）班}}，{{minority/blang:玉叫}}在{{school:勐海县布朗山乡中心小学四年级（2）班}}。我电话{{mobile@plus86}}，微信{{wechat:yangmeixian_ml}}。{{minority/deang:李玉南}}用学校的电脑，她有个QQ，号码她自己写在我备课本上：{{qq:1639270548}}。
访谈者：名字有写错的吗？
受访者：多。杨家孩子在学籍上是{{spaced:杨 腊 相}}，李家女孩在低保表上是{{spaced:李　玉　南}}，阿昌族那个孩子成了{{spaced:线岩 宽}}。支教老师在签到表上成了{{spaced:欧 阳 慧 敏}}。
访谈者：您自己为什么一直留在这里？
受访者：我小时候就在这所学校读书，那时候是土房子，下雨漏水。我爸走得早，是老师把我从寨子里领出来的。我读完师范回来，就想做那样的老师。现在学校盖了新楼，有了电脑和图书室，孩子们比我们那时候好多了，可心里的苦一样多。
""")

# H108: Lhoba grandfather in 米林 (南伊乡); his son died in a landslide, his Menba daughter-in-law from 墨脱 has TB.
DOCS["H108"] = ("family", """\
访谈者：阿爸，您家里几口人？
受访者：五口。我叫{{minority/lhoba:达宁}}，珞巴族，住在{{trap/place:米林}}南伊乡。我们珞巴人是父子连名，父亲名字的后一个字，就是儿子名字的头一个字，所以儿子叫{{minority/lhoba:宁果}}，孙子叫{{minority/lhoba:果布}}。我们家的氏族是{{trap/clan:嘎荣}}，老辈人写全名就写{{minority/lhoba:嘎荣·达宁}}。
访谈者：孩子的爸爸呢？
受访者：{{minority/lhoba:宁果}}前年开车去{{trap/place:墨脱}}，路上碰到塌方，车翻进了{{trap/place:雅鲁藏布江}}，人没找到。儿媳{{minority/menba:白玛央宗}}是门巴族，墨脱背崩人，去年查出肺结核，在{{trap/place:林芝}}住院。{{minority/menba:央宗}}她怕传染孩子，出院了也不敢抱。家里就我跟老伴{{minority/lhoba:亚玛}}带两个孙孙。
访谈者：两个孙孙多大？
受访者：孙子{{minority/lhoba:果布}}十一岁，户口本上写的是{{minority/lhoba:嘎荣果布}}，中间没有点；学校里老师喊他藏名{{minority/menba:旺堆次仁}}。孙女叫{{minority/lhoba:亚嘎}}，七岁，我们女孩名字前头都带个亚。孙子在{{school:米林市南伊乡小学五年级（1）班}}，孙女在{{school:米林市南伊乡小学一年级（2）班}}。
访谈者：孩子舅舅家那边呢？
受访者：{{minority/menba:央宗}}的哥哥叫{{minority/menba:仁增东周}}，在墨脱种茶。{{minority/menba:仁增}}每年{{trap/holiday:藏历新年}}背一筐{{trap/minority_word:鸡爪谷}}过来，还给孩子带一口{{trap/minority_word:石锅}}。亲家母{{minority/menba:次仁拉宗}}会唱{{trap/minority_word:门巴戏}}，也会唱{{trap/famous:仓央嘉措}}的歌，孩子们听得入迷。
访谈者：哪些人帮过你们家？
受访者：乡里管民政的{{han:唐国平}}，驻村工作队的{{han:黎志坚}}队长，还有队员{{compound:濮阳佳怡}}。{{han:黎志坚}}是广东来的援藏干部，他给孙子买了书包和字典。村医{{minority/menba:格桑旺姆}}隔几天来看儿媳吃药。学校的{{han:钟晓岚}}老师，{{han:钟晓岚}}她礼拜六给孙女补课。县里来的心理老师叫{{compound:司空明哲}}。孩子们领事实无人抚养的补贴，每月{{trap/number:一千七百五}}，加上低保，够吃饭。
访谈者：儿媳的病现在怎么样？
受访者：医生说要吃够半年的药，一顿都不能断。药是免费的，可她心里苦，丈夫没了，自己又病了，夜里睡不着，一个人坐在火塘边。我跟老伴劝她，病好了再想别的。她说阿爸，等我好了去县城打工，供两个孩子读书。
访谈者：孙子知道爸爸的事吗？
受访者：知道。出事那天他在学校，老师把他送回来，他没哭，就站在门口看着江。过了半个月，他半夜起来哭，说梦见阿爸开车回来了。心理老师来了好几回，带他画画，画江、画山、画车，慢慢好一点了。
访谈者：孩子们上学远吗？
受访者：不远，乡里的小学就在沟口，走路二十分钟。学校管午饭，下午放学孙子背着妹妹回来，路上摘野果子吃。冬天冷，学校给每个孩子发了一件羽绒服，孙女舍不得穿，说要留着过年。
访谈者：家里靠什么过日子？
受访者：种点青稞，养几头猪。老伴在{{trap/place:南伊沟}}景区门口卖竹编。我年轻时候是猎手，我们{{trap/minority_word:博嘎尔}}人会做弓箭，现在不打猎了，我就教孙子做弓，他拿去学校给同学看。村里人也好，谁家杀了猪都送一块肉来，收青稞的时候年轻人来帮我割。我们讲，一家的难处就是全村的难处。
访谈者：乡里、县里还有什么帮扶？
受访者：乡里给我们家报了低保，儿媳住院报了大部分，剩下的工作队帮着找了慈善的钱。{{han:唐国平}}跟我说，孩子读书的事不用愁，读到大学国家都有补助。我不懂这些，就让孙子记着，你要好好读，读出去了再回来。孙子点头，说他要当医生，给妈妈治病。
访谈者：您跟孙孙讲你们珞巴人的事吗？
受访者：讲。晚上在火塘边，我讲老辈人怎么打猎、怎么过江，讲溜索，讲藤网桥。孙子听了说，阿爷，现在有公路了，有大桥了。我说是，可路也会塌，你阿爸就是在路上没的。他就不说话了。
访谈者：资料表上要住址、证件和电话。
受访者：家在{{address:米林市南伊乡才召村二组7号}}，亲家在{{address:墨脱县背崩乡地东村三组15号}}。{{minority/lhoba:果布}}的身份证{{id_number@my2014.540422}}，{{minority/menba:白玛央宗}}的{{id_number@wy1991hyphen.540423}}。我不识字，电话是{{han:黎志坚}}帮我存的，我的是{{mobile@plus86spaced}}，{{minority/menba:仁增东周}}的是{{mobile@plain}}。{{han:黎志坚}}的微信{{wechat:lizhijian_gd2019}}。孙子学校有QQ群，他自己的号是：{{qq:4172058369}}。
访谈者：名字写错过吗？
受访者：写错过好几回。乡里的表上孙子写成{{spaced:嘎荣 · 果布}}，点两边都空着；还有一张写成{{spaced:嘎 荣 · 果 布}}，一个字一个空。儿媳在医院的单子上是{{spaced:白玛　央宗}}，断成两截。亲家的名字在捐款本上是{{spaced:仁 增 东 周}}。
访谈者：您最担心什么？
受访者：怕我跟老伴哪天走了，两个孩子没人管。{{minority/lhoba:亚嘎}}还小，天天问阿爸什么时候回来。我跟她说，阿爸变成山上的鹰了，在天上看着你。
""")

# H109: Korean-Chinese grandmother in 和龙 raising her grandson; his parents work in Korea.
DOCS["H109"] = ("family", """\
访谈者：奶奶，家里就您和孙子两个人吗？
受访者：对，两个人。我叫{{minority/korean:崔贞淑}}，朝鲜族，七十三了，住在{{trap/place:和龙}}。老头子{{minority/korean:朴在洙}}五年前脑出血走了。儿子{{han:朴东浩}}跟儿媳{{han:金丽娜}}在{{trap/place:韩国}}打工，儿子在{{trap/place:仁川}}的工厂，儿媳在{{trap/place:首尔}}的饭店洗碗，一去七年了。
访谈者：孙子多大了？
受访者：孙子叫{{han:朴志勋}}，十二岁，在{{school:和龙市朝鲜族实验小学六年级（2）班}}。他三岁爸妈就走了，是我一手带大的。{{han:朴志勋}}他跟爸妈视频的时候话不多，挂了电话就躲进屋里。钱他爸妈每个月都寄，钱是不缺，缺的是人。
访谈者：孩子的爸妈打算什么时候回来？
受访者：说了好几年了，说攒够钱就回来。那边活累，儿媳洗碗洗得手都烂了，一天站十二个钟头。可在这边找不到活干，年轻人都往外走，我们这个楼里一半人家孩子爸妈在外头。过年的时候楼下院子里全是老人和孩子，没几个年轻人。
访谈者：孙子跟您说心里话吗？
受访者：说得少。男孩子，嘴紧。有一回我看见他在本子上写，妈妈你为什么不要我。我一晚上没睡着。第二天给{{han:金丽娜}}打电话，她在那头哭，说妈我对不起孩子。后来他妈每天晚上都打十分钟视频，不管多累。
访谈者：孙子在学校怎么样？
受访者：班主任说他成绩中等，数学好，语文差一点，朝鲜语作文写得不错。就是不合群，下课一个人待着。社工给他找了几个一样情况的孩子，一起踢球、一起写作业，慢慢地他有了朋友。上个月他过生日，几个孩子来家里给他唱生日歌，他笑得合不拢嘴，我躲在厨房里抹眼泪。
访谈者：您身体怎么样？
受访者：不行了。去年冬天摔了一跤，骨头裂了，躺了两个月。那时候是邻居{{minority/korean:金顺姬}}天天来做饭，{{minority/korean:金顺姬}}她也是一个人带外孙女。我的老姐妹{{minority/korean:姜英子}}从{{trap/place:龙井}}过来陪了我半个月。社区的{{han:金丽华}}主任帮我申请了临时救助，医院的{{han:姜永日}}大夫上门给我换药。
访谈者：社区和学校都做了什么？
受访者：社区给留守老人和孩子建了档，{{han:金丽华}}每礼拜来一次。班主任{{han:郑春兰}}老师让孙子放学在学校写完作业再回家。社工站来了三个年轻人：{{compound:南宫恩静}}、{{compound:皇甫秀珍}}，还有个小伙子叫{{compound:鲜于敏浩}}，{{compound:鲜于敏浩}}会说朝鲜话，我汉语说得不好，跟他说话不费劲。他们礼拜六在社区办活动，教孩子们画画、跳舞，孙子原来放学就关在屋里打游戏，现在礼拜六早早起来，说奶奶我去社区了。
访谈者：孩子平时喜欢做什么？
受访者：踢足球，这边的孩子都爱踢。还跟我学做{{trap/minority_word:打糕}}，腌{{trap/minority_word:泡菜}}要放{{trap/word:生姜}}，他剥得比我快。{{trap/holiday:秋夕}}去给爷爷上坟，他给爷爷倒酒磕头，说爷爷我想你。山上开{{trap/minority_word:金达莱}}的时候，他摘一把插在坟前。
访谈者：亲戚里谁能帮衬？
受访者：老头子的弟弟{{minority/korean:朴在植}}在{{trap/place:延吉}}，一个月来看一回。孩子的姑姑{{han:朴春花}}在延吉开冷面馆，放假接孙子去住。孩子的舅舅{{minority/korean:金昌镐}}也在韩国，跟他爸妈在一个城市，过年一起吃顿饭。{{minority/korean:朴在洙}}活着的时候常说，我们老辈人日子过得{{trap/word:朴素}}，孩子得有人陪。他是个{{trap/word:朴实}}人，留下的{{trap/word:金子}}就一个戒指，我给孙子留着。
访谈者：邻居家的情况也差不多吗？
受访者：差不多。我们这栋楼二十几户，有七八家孩子跟着爷爷奶奶。老人们互相照应，谁家有事喊一声，大家都来。冬天暖气不热的时候，几家老人带着孩子挤到一家去，包饺子，压冷面，热热闹闹的。
访谈者：资料上要住址、证件和联系方式。
受访者：家在{{address:和龙市文化街道青山社区6号楼3单元402室}}，{{minority/korean:姜英子}}家在{{address:龙井市东盛涌镇仁化村二组11号}}。我身份证{{id_number@wy1952x.222406}}，孙子的{{id_number@my2013hyphen.222406}}。我电话{{mobile@plain}}，儿子国内那个号{{mobile@plus86dash}}，他微信{{wechat:piao_donghao1984}}。孙子玩游戏有QQ，他说奶奶你记着，有事就给我发消息：{{qq:2950461738}}。
访谈者：名字录错过吗？
受访者：录错过。孙子在社区的表上是{{spaced:朴 志 勋}}，我在医保卡上是{{spaced:崔　贞　淑}}，社工小姑娘签到的时候写成了{{spaced:南 宫 恩 静}}。
访谈者：您有什么盼头？
受访者：盼儿子儿媳早点回来。{{han:朴东浩}}说再干两年，攒够钱就回和龙开个店。我说你们回来，孙子就有家了，我{{minority/korean:崔贞淑}}也能闭眼了。
""")

# H110: Han Civil Affairs Bureau official in 翁牛特旗 (赤峰), the three-level system, Mongolian staff and cases.
DOCS["H110"] = ("staff", """\
访谈者：您在民政局负责哪一块？
受访者：我叫{{han:冀振宇}}，在{{trap/place:翁牛特旗}}{{trap/org:民政局}}儿童福利股，干了九年。我们旗管困境儿童是三级：旗里是民政局和未成年人救助保护中心，苏木乡镇有儿童督导员，嘎查村有儿童主任。
访谈者：旗里是哪些人在管？
受访者：分管副局长是{{han:涂春生}}，股里就三个人：我、{{minority/mongolian:敖日格勒}}，还有{{han:荆晓梅}}。{{minority/mongolian:敖日格勒}}是蒙古族，下嘎查不用翻译。未保中心的主任叫{{compound:拓跋云飞}}，中心里的社工是{{compound:段干明月}}。{{trap/org:妇联}}的{{han:白淑芬}}主席跟{{trap/org:关工委}}的{{han:吴振山}}老书记也常跟我们一起跑。
访谈者：下面的督导员呢？
受访者：{{trap/place:乌丹镇}}的督导员是{{minority/mongolian:哈斯格日勒}}，{{minority/mongolian:哈斯格日勒}}她当过老师，写材料一把好手。海拉苏镇是{{han:鲍玉山}}，白音套海苏木是{{minority/mongolian:额尔德尼巴雅尔}}。格日僧苏木的督导员写名字爱带上氏族，写成{{minority/mongolian:博尔济吉特·乌仁图雅}}，我们平时就喊她{{minority/mongolian:乌仁图雅}}。嘎查的儿童主任多半是妇女，一人管几十户。
访谈者：三级之间怎么衔接？
受访者：嘎查的儿童主任每个月走访一遍，发现问题报给苏木的督导员，督导员核实了报到旗里，我们再对接政策：该进低保的进低保，该认定的认定，需要监护干预的交给未保中心。反过来，旗里的文件下来，督导员开会传到每个嘎查，儿童主任再一户一户去讲。
访谈者：牧区跟农区有什么不一样？
受访者：牧区地广人稀，一个嘎查几十户人家散在几十里的草场上，儿童主任骑摩托车跑一圈要两三天。孩子们大多在旗里的寄宿学校上学，周末才回家，有的爸妈在城里打工，孩子周末就没地方去，我们就跟学校商量，周末也开着宿舍。
访谈者：能讲几个案子吗？名字我们会改。
受访者：讲三个。头一个是孤儿，叫{{minority/mongolian:特日格乐}}，十二岁，爸妈前年冬天煤烟中毒，都没了。现在跟着奶奶{{minority/mongolian:乌云高娃}}过。{{minority/mongolian:特日格乐}}他爱摔跤，去年旗里{{trap/minority_word:那达慕}}拿了少年组第三。我们给他办了孤儿基本生活费，每月{{trap/number:一千八百五}}，他在{{school:翁牛特旗蒙古族实验学校初一（3）班}}。第二个是事实无人抚养。孩子爸{{minority/mongolian:包巴雅尔}}醉驾撞死了人，判了七年；孩子妈{{han:白秀云}}改嫁去了{{trap/place:通辽}}。孩子蒙古名叫{{minority/mongolian:格日乐图}}，户口上是汉名{{han:包子豪}}。{{han:包子豪}}他小时候同学笑他是{{trap/word:包子}}，他哭着跑回家，现在跟着爷爷{{han:包金山}}。第三个是重残。女孩{{minority/mongolian:苏日古嘎}}，九岁，脑瘫，妈妈{{minority/mongolian:包苏雅拉}}一个人带着，爸爸{{minority/mongolian:朝鲁门}}在{{trap/place:克什克腾旗}}给人放羊，一年回来两回。{{minority/mongolian:包苏雅拉}}说孩子最喜欢去{{trap/minority_word:敖包}}那边看人赛马。我们给孩子办了重度残疾儿童的护理补贴，还接到{{trap/place:赤峰}}做康复。
访谈者：系统里的资料准不准？
受访者：不准的多。孤儿那个孩子在系统里是{{spaced:特 日 格 乐}}，{{minority/mongolian:苏日古嘎}}在残联的表上是{{spaced:苏　日　古　嘎}}，{{minority/mongolian:乌仁图雅}}那份是{{spaced:博尔济吉特 · 乌仁图雅}}，点两边还空着。中心的社工在签到表上成了{{spaced:段 干 明 月}}。
访谈者：这几个孩子的联系信息呢？
受访者：那个女孩家在{{address:翁牛特旗乌丹镇铁东社区12号楼2单元301室}}，她的身份证{{id_number@wy2016spaced.150426}}。{{minority/mongolian:包苏雅拉}}的电话{{mobile@spaced}}，{{minority/mongolian:哈斯格日勒}}的电话{{mobile@plus86}}，她微信{{wechat:hasgerel_wd}}。{{minority/mongolian:敖日格勒}}管着股里的QQ群，他的号码我这儿记着：{{qq:1572490863}}。
访谈者：遇到监护人不管孩子的情况怎么办？
受访者：先让嘎查的儿童主任和督导员上门劝，劝不听的，我们联合派出所、妇联一起去。真不行的，就申请撤销监护资格，由民政兜底，送到旗里的儿童福利机构。这种情况少，一年一两例。碰上难办的事，我就找{{han:涂春生}}拿主意。大多数人家不是不管，是管不了：老人年纪大，自己都顾不上。
访谈者：这几年变化大吗？
受访者：大。以前困境儿童的底数摸不清，现在每个孩子都有一张表，录进系统，谁家孩子什么情况一查就知道。补贴标准也年年涨，按时打到孩子卡上。难的是心里的事，孩子没了爸妈，钱再多也补不上。我们请了心理咨询师，每学期下来一次，给孩子们做团体辅导。
访谈者：您觉得这套三级网络管用吗？
受访者：管用，就是人少。一个督导员管一个苏木，牧区的嘎查隔几十里，冬天雪大车都开不进去。嘎查的儿童主任一个月补贴几百块，还兼着别的活。我们能做的就是把孩子一个一个盯住，谁家出了事，三天之内得有人上门。
""")

# H111: Han grandmother in 临泉 (阜阳) raising four left-behind grandchildren.
DOCS["H111"] = ("family", """\
访谈者：大娘，您跟前有几个孩子？
受访者：四个，都是孙子孙女。我叫{{han:訾秀英}}，六十六了，{{trap/place:临泉}}人，娘家在{{trap/place:周口}}那边。老头子{{han:牛德旺}}腰不好，干不了重活。大儿{{han:牛建军}}跟大儿媳{{han:庞丽丽}}在{{trap/place:上海}}送快递，二儿{{han:牛建民}}跟二儿媳{{han:郜红霞}}在{{trap/place:苏州}}电子厂。四个孩子都丢给俺俩了。
访谈者：孩子们都多大了？
受访者：老大家俩，闺女{{han:牛梦瑶}}十三，小名{{han:妞妞}}，在{{school:临泉县城关镇第二初级中学初一（6）班}}；小子{{han:牛家和}}九岁，小名{{han:毛蛋}}，在{{school:临泉县城关镇牛庄小学三年级（2）班}}。老二家俩，小子{{han:牛天赐}}七岁，小名{{han:铁柱}}；闺女{{han:牛小满}}五岁，还在上幼儿园。
访谈者：您一个人咋照顾得过来？
受访者：照顾不过来也得照顾。天不亮起来做饭，{{han:妞妞}}帮我烧锅，{{han:毛蛋}}喂鸡。{{han:铁柱}}最野，一眨眼就没影了，我站在门口喊：{{han:铁柱}}{{han:铁柱}}，你又跑哪去了！最小的离不开人，我下地就把她背上。学校发的{{trap/word:牛奶}}，孙子舍不得喝，揣回来给妹妹。
访谈者：孩子爸妈多长时间回来一趟？
受访者：一年一趟，过年回来，过了初六就走。大儿说今年{{trap/holiday:国庆节}}想回来，后来又说快递忙，回不来。二儿媳打视频，{{han:牛小满}}不认她，喊她阿姨，她妈在那头哭，我在这头也哭。过年他们走那天，四个孩子追到村口，哭成一团，那天晚上谁也没吃饭。
访谈者：您跟孩子爸妈商量过让孩子跟着去吗？
受访者：商量过。上海苏州房子贵，他们住的是宿舍，八个人一间，孩子去了没地方住，上学也难。大儿说等攒够钱在县城买了房，就回来开个快递点，一家人在一块。俺就盼着那一天。
访谈者：四个孩子上学的钱够吗？
受访者：上学不要钱，书本也不要钱，就是吃穿花钱。两个儿子每个月各寄一千回来，俺俩还种着六亩地，麦子玉米，一年能落几千块。村里给老头子办了慢病卡，拿药能报一大半。紧是紧点，饿不着。
访谈者：孩子们学习咋样？
受访者：大孙女学习好，回回考前几名，老师说能考上县一中。老二家的小子贪玩，作业老得催。俺不识字，看不懂他们写的啥，就坐在边上看着，谁写完谁睡觉。大孙女给弟弟妹妹讲题，讲着讲着就急了，俺就说你慢慢讲。
访谈者：村里这样的人家多吗？
受访者：多。俺庄三百多户，年轻人十个有八个在外头，地里干活的都是五六十岁的。放了学村里的小孩一群一群的，跟着爷爷奶奶。{{han:毛蛋}}和{{han:铁柱}}天天打架，打完了又好得跟一个人似的。儿童主任说要在村部办个活动室，放假了孩子们能去看书写作业，俺说那敢情好，俺就让{{han:妞妞}}带着弟弟妹妹去。
访谈者：村里、学校都帮过啥？
受访者：村支书{{han:孙长江}}，会计{{han:冀长青}}，儿童主任{{han:荆玉霞}}。{{han:荆玉霞}}是俺村的媳妇，她隔三岔五来看看，帮孩子们看作业。大孙女的班主任{{han:彭素琴}}老师说孩子懂事，就是太要强。镇上社工站有个姑娘叫{{compound:夏侯静雯}}，礼拜六来带孩子们读绘本，还有个大学生志愿者叫{{compound:公羊子墨}}，教孩子们下象棋。
访谈者：亲戚邻居呢？
受访者：邻居{{han:王顺利}}他媳妇{{han:刘翠莲}}常给俺送菜。俺娘家兄弟{{han:訾国良}}，收麦的时候开着收割机来帮忙。孩子大姑{{han:牛秀云}}嫁在本村，自己也有三个孩子，顾不上。晚上我给孩子们讲{{trap/famous:包公}}铡{{trap/famous:陈世美}}，{{han:牛家和}}说他长大要当包青天，我听了{{trap/word:高兴}}。
访谈者：表上的住址、证件这些您有吗？
受访者：在这本子上，大孙女给我抄的。家在{{address:临泉县城关镇牛庄村五组31号}}，大儿在县城买的房子在{{address:临泉县城关镇幸福小区3栋2单元601室}}。我身份证{{id_number@wy1959spaced.341221}}，大孙女的身份证{{id_number@wy2012fullwidth.341221}}。大儿电话{{mobile@plus86}}，他微信{{wechat:niujianjun_sh}}。大孙女有QQ，跟她爸妈留言用的，她说要写就写上：{{qq:2318960457}}。
访谈者：名字有写错的时候吗？
受访者：有。医保本上俺是{{spaced:訾　秀　英}}，学校的表上闺女是{{spaced:牛 梦 瑶}}，孙子在疫苗本上写成了{{spaced:牛家 和}}，社工那姑娘在签到表上是{{spaced:夏 侯 静 雯}}。还有一回村里报名单，把{{han:牛家和}}{{han:牛家和}}连着写了两遍。
访谈者：您最大的心愿是啥？
受访者：就盼孩子们{{trap/word:平安}}长大，盼儿子儿媳早点回来。俺今年六十六，还能撑几年，再往后就难说了。
""")

# H112: Han community social worker in 于都 (赣州) reading her cases out of her notebook.
DOCS["H112"] = ("staff", """\
访谈者：您手上现在有多少个案？
受访者：三十七个。我叫{{han:揭晓燕}}，在{{trap/place:于都}}县社工站，跟的都是困境儿童。我翻着本子给你念几个。
访谈者：好。
受访者：头一个，{{han:温子轩}}，男，十岁，在{{school:于都县贡江镇第三小学四年级（5）班}}。他爸{{han:温国华}}搞电信诈骗，在{{trap/place:赣州}}判了六年；他妈{{han:钟丽萍}}改嫁去了{{trap/place:深圳}}。孩子跟奶奶{{han:曾凤娇}}住。{{han:温子轩}}都不提他爸，一提就摔东西。{{han:钟丽萍}}那边我们联系过，她说自己也难。第二个，{{han:赖梓萱}}，女，十四岁，孤儿，爸妈在{{trap/place:厦门}}打工，出车祸走的。现在跟爷爷{{han:赖有福}}，{{han:赖有福}}他七十八了，耳朵背。孩子想考卫校，我们找了{{trap/org:关工委}}给她结对助学。第三个，{{han:谢俊豪}}，男，八岁。妈妈{{han:肖春莲}}精神残疾，爸爸{{han:谢长生}}在深圳工地，一年回来一回。他妈犯病的时候，孩子就跑去隔壁{{han:管翠英}}婶家躲着，{{han:管翠英}}给他留着一张床。第四个，{{han:易思彤}}，女，六岁，留守，跟外公外婆住，爸妈在{{trap/place:东莞}}。外婆{{han:刘金凤}}说，孩子一到晚上就抱着她妈的衣服睡。
访谈者：一个个案一般怎么跟？
受访者：先评估，去家里看，跟孩子、监护人、老师都聊一遍，填评估表。然后定服务计划，一个月至少家访两次，每次都写记录。孩子有心理问题的，转介给学校的心理老师或者县医院；生活困难的，报给民政落实政策；监护人不尽责的，我们上门做工作，做不通的报给未保中心。
访谈者：站里是怎么分工的？
受访者：站长{{han:邱建平}}管全局，我跟{{compound:欧阳文轩}}、{{compound:司徒嘉欣}}跑城区，跑山区乡镇的是{{compound:宗政浩宇}}，新来的叫{{compound:上官梓涵}}。县民政局儿童股的{{han:黄志明}}股长每个月跟我们开一次会，乡里的督导员{{han:涂春花}}大姐对村里最熟。学校心理老师{{han:易晓红}}，她跟{{han:易思彤}}是本家，孩子见了她就不怕。
访谈者：社工站跟民政、学校、村里是怎么配合的？
受访者：每个月开一次联席会，民政、教育、妇联、团委、派出所都来，把这个月发现的问题一条一条过。村里的儿童主任是我们的眼睛，哪家孩子不对劲，他们最先知道。学校那边我们建了群，老师发现孩子几天没来，在群里说一声，我们当天就去家里看。
访谈者：您觉得哪一类孩子最难帮？
受访者：父母服刑的。孩子心里有疙瘩，外面人说闲话，孩子抬不起头。我们不在学校里提他爸的事，家访也挑放学以后。有时候带孩子去监狱会见，会见完了孩子好几天不说话，我们就陪着，不催他。
访谈者：表格里的信息都齐吗？
受访者：我念给你。温家在{{address:于都县贡江镇罗坳村四组26号}}，孩子身份证{{id_number@my2015hyphen.360731}}，奶奶电话{{mobile@spaced}}。赖家在{{address:于都县贡江镇锦江小区5栋1单元302室}}，孩子身份证{{id_number@wy2011x.360731}}，她自己有手机，{{mobile@hyphen}}，QQ是{{qq:3764019528}}。谢家孩子他妈的身份证{{id_number@wmidspaced.360731}}，孩子他爸的电话{{mobile@plus86spaced}}，他微信{{wechat:xiechangsheng_sz}}。我的工作微信{{wechat:wxid_j5t8hq2nz6}}，QQ号码你也记一下，孩子们晚上常找我：{{qq:1948305762}}。
访谈者：台账上的名字对得上吗？
受访者：对不上的多。温家孩子在学籍上是{{spaced:温 子 轩}}，赖家孩子在民政系统里是{{spaced:赖　梓　萱}}，谢家孩子在医院单子上断成了{{spaced:谢俊 豪}}。同事在培训签到表上成了{{spaced:欧 阳 文 轩}}和{{spaced:司　徒　嘉　欣}}，还有一个成了{{spaced:宗 政 浩 宇}}。
访谈者：您一个人跑这么多个案，吃得消吗？
受访者：累是累，习惯了。山区的个案一去一天，坐班车转摩托，再走山路。有一回下大雨，路塌了，我在老乡家住了一晚。回来我女儿问我，妈妈你是不是不要我了。我心里一酸，那些孩子也是这样天天问的。十一月摘{{trap/word:脐橙}}，大人都上山，我们就在村里办晚托班，煮一锅{{trap/minority_word:擂茶}}给孩子们喝。
访谈者：有没有让您特别难忘的孩子？
受访者：有。温家那孩子头一回见我，躲在奶奶身后，一句话不说。第三回我给他带了一本恐龙的书，他才开口问我，阿姨，恐龙会死吗？我说会，可它们的骨头还在。他又问，那我爸爸还会回来吗？我说会的，等你长高了，他就回来了。
访谈者：做这些年，您最大的感受是什么？
受访者：于都是{{trap/word:长征}}出发的地方，老人常讲{{trap/famous:岳飞}}精忠报国，讲红军过贡江。我跟孩子们说，路再远也走得到。赖家孩子去年考了全班第二，她说以后要回来当护士。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=105, trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
