# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 14 (tests/pii/holdout14/H97-H104 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set).

Set 14 is about children in distress (困境儿童) in south-eastern, south-western, southern, north-western and
northern China, in eight new voices: a She grandmother in 景宁 (鹤溪街道) whose husband had a stroke while her son
and daughter-in-law work in 温州, a Shui village child director (儿童主任) in 三都 (九阡镇) with a Buyi family from
荔波, a Jing fisherman father in 东兴 (江平镇) whose Vietnamese-born wife drowned, a Tatar primary-school teacher in
塔城 with Uzbek and Tatar pupils, a Nu township official in 贡山 (独龙江乡) married to a Derung man, with Derung
orphans and a Tibetan-Nu family from 丙中洛, a Mongolian herder mother in 巴林右旗 (赤峰) whose husband died in the
snow, a Han grandfather in 通渭 (定西) raising three grandchildren, and a Han social worker in 毕节 (七星关区) reading
left-behind children's cases from her files. The emphasis is on forms where a replacement might cover only part of
a name, in a mix: She names whose surnames are words (蓝, 雷, 钟, 盘) beside those words used as words (蓝天, 打雷,
闹钟, 钟头); Shui and Buyi child names, teknonyms and a Han surname before them (勒丙, 尼勒丙, 勒努, 韦勒旺, 娅朵,
波娅朵, 王娅朵); Jing names with the Vietnamese 氏 (阮氏翠, 苏氏青, 武氏兰, 黄氏梅) beside Han-style 文 names
(苏文雄); Uzbek and Tatar given + father's names with and without the middle dot and in Russian form (奥塔别克·努里丁,
奥塔别克努里丁, 努里丁·卡迪罗夫, 莉莉娅·卡里莫娃) and Russian given names (索菲娅); Derung clan + birth-order names
(孔敢朋, 木当朋, 木当南, 木当松, 迪布朋), Nu names after a Han surname (刘娜普 then 娜普, 刘阿约) and a Tibetan name
with its short form (肯珠多吉 then 多吉); Mongolian names beside the Han names of the same people (那仁格日乐 and
白秀兰, 额尔敦朝鲁 and 白振山, 阿木尔吉雅图 then 吉雅图); Han names with common and rare surnames (蓝, 雷, 钟, 盘, 苏,
罗, 岑, 蒙, 韦, 卯, 禄, 敖, 晏, 靳, 缑), with titles and kin words, names that contain words (王丰收, 王满仓,
包国庆, 张建国, 李春风, 陈来福) beside the word as a trap (丰收, 国庆节), nicknames (丫蛋, 狗娃, 三娃, 小燕, 阿雄),
a name written twice in a row (龙再芬龙再芬), names directly before particles and verbs and after 叫/是/给/跟/和/找/让,
spaced and split names, and compound surnames after ordinary words.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:蓝德贵}}``, ``{{qq:2746190358}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (she, buyi, shui, jing, uzbek, tatar, derung, nu,
                                   tibetan, mongolian) is only counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from a seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013spaced.331127}}``,
                                   ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 大夫, 书记, 所长, 站长, 大姐, 婶,
姨, 姐姐, 妈妈) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span. Han-style names of She, Shui, Buyi, Jing, Derung, Nu and Mongolian people (蓝德贵,
蒙俊豪, 苏文雄, 木秀英, 白秀兰) and nicknames built on Chinese words (丫蛋, 狗娃, 三娃, 小燕, 阿雄) are category han; a
Han surname before a non-Han given name (王娅朵, 韦勒旺, 刘娜普, 包斯琴) and Jing 氏 names are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout14/make_holdout14.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(14_2026_1205)
MINORITY_GROUPS = ("she", "buyi", "shui", "jing", "uzbek", "tatar", "derung", "nu", "tibetan", "mongolian")
# Floors from the brief (minority groups counted together where the brief pairs them).
GROUP_FLOORS = {"uzbek+tatar": 10, "mongolian": 10, "derung+nu+jing": 10}

MOBILE_PREFIXES = ["133", "138", "139", "147", "152", "155", "159", "172", "177", "180", "182", "185", "189",
                   "193", "195", "199"]


DOCS: dict[str, tuple[str, str]] = {}

# H97: She grandmother, 景宁畲族自治县 (鹤溪街道); her husband had a stroke, son and daughter-in-law work in 温州.
DOCS["H97"] = ("family", """\
访谈者：阿婆，家里现在几个人？
受访者：四个，我、老头子、两个孙囡。我叫{{han:雷桂香}}，畲族，六十八了，从{{trap/place:福安}}嫁到{{trap/place:景宁}}四十五年。老头子叫{{han:蓝德贵}}，前年冬天中风，现在半边身子不会动。儿子{{han:蓝志坚}}跟儿媳{{han:钟彩霞}}在{{trap/place:温州}}鞋厂做工，只有过年才回。
访谈者：两个孙囡多大了？
受访者：大的叫{{han:蓝晓雯}}，十二岁，在{{school:景宁县鹤溪第二小学六年级（3）班}}；小的叫{{han:蓝晓莹}}，七岁，在{{school:景宁县鹤溪第二小学一年级（1）班}}。{{han:蓝晓雯}}都会烧饭了，{{trap/word:闹钟}}一响她就起来，给阿公擦脸，再喊妹妹：{{han:晓莹}}快点，要迟到了。
访谈者：爸爸妈妈多久打一次电话？
受访者：礼拜天晚上视频。儿媳在厂里踩缝纫机，一天做十一个{{trap/word:钟头}}，眼睛都熬红了。小的在电话里问阿妈几时回来，{{han:钟彩霞}}就在那头哭。去年{{trap/minority_word:三月三}}他们回来三天，大的跟她阿妈上山采{{trap/minority_word:乌饭树}}叶子，回来蒸{{trap/minority_word:乌米饭}}。
访谈者：这些年谁帮过你们家？
受访者：儿童主任是{{han:钟美兰}}，也是畲族，{{han:钟美兰}}她每个月来两趟，翻孙囡的作业本。村支书{{han:雷建华}}说老头子这个情况能报低保，{{han:雷建华}}就帮我跑了{{trap/org:县民政局}}，现在一个月有{{trap/number:九百六}}。{{trap/org:乡卫生院}}的{{han:盘国良}}大夫每个礼拜来给老头子量血压。县里社工站派了个姑娘叫{{compound:上官语桐}}，她跟同事{{compound:令狐静怡}}来过四回，陪大孙囡说话、画画。
访谈者：孩子画些什么？
受访者：画{{trap/word:蓝天}}，画山，画一条大船，说船开到温州去接阿爸阿妈。小的怕{{trap/word:打雷}}，夏天一打雷就钻到我被窝里。
访谈者：老师怎么看大孙囡？
受访者：班主任{{han:雷晓红}}老师说大孙囡成绩中上，就是上课不举手。{{han:雷晓红}}跟我一个村的，论辈分她叫我婶。教音乐的{{han:蓝玉珍}}老师教孩子们唱{{trap/minority_word:畲歌}}，大孙囡在县里的歌会上唱过，穿{{trap/minority_word:凤凰装}}，我在台下哭了。
访谈者：除了村里，还有谁搭把手？
受访者：隔壁的{{han:雷水莲}}婶跟{{han:蓝月娥}}姨常来帮我给老头子翻身。我娘家弟弟{{han:雷金木}}在福安种茶，清明给孩子们寄茶饼。儿媳的妹妹{{han:钟彩云}}在{{trap/place:丽水}}开小超市，暑假接两个孩子去住半个月。{{han:钟彩云}}也说，姐姐要是回不来，孩子她来管。
访谈者：晚上孩子们做什么？
受访者：写完作业我给她们讲老古话，讲{{trap/famous:盘瓠}}娶了{{trap/famous:高辛帝}}的三公主，生了{{trap/surnames:盘、蓝、雷、钟}}四个姓。大的问，阿婆，那我们姓蓝的是老二吗？我说是，你阿爸也是老二。
访谈者：表格上要填住址和证件号，您方便说吗？
受访者：你写。家在{{address:景宁县鹤溪街道岭背村二组16号}}。我身份证{{id_number@wy1957.331127}}，大孙囡{{id_number@wy2013spaced.331127}}。我电话{{mobile@plain}}，儿子电话{{mobile@hyphen}}，他微信{{wechat:lanzhijian_wz}}。他们在温州租的房子在{{address:温州市瓯海区郭溪街道塘下村四组27号}}。大孙囡有QQ，说是跟她阿爸联系用的，号码写在作业本封面上，我念给你：{{qq:2746190358}}。
访谈者：表上名字有写错的吗？
受访者：有。医保本上老头子是{{spaced:蓝　德　贵}}，字跟字中间隔得老开；学校的表上大孙囡是{{spaced:蓝 晓 雯}}。社工那个姑娘在活动表上被写成{{spaced:上 官 语 桐}}，她笑着说像四个人。小的在疫苗本上成了{{spaced:蓝晓 莹}}。
访谈者：老头子中风以后，田里屋里靠谁？
受访者：我干。早上四点起来烧火，煮一锅番薯粥，先喂老头子，再叫孙囡起床。田里种了两亩稻子，插秧割稻请邻居帮工，我给人家烧饭当工钱。山上还有一片茶园，清明前后采茶，一斤青叶卖十几块。大孙囡礼拜六礼拜天跟我上山，她手快，一上午能采三斤多。小的采不了，就在茶树底下捉蚂蚱。
访谈者：孩子们在学校吃住怎么样？
受访者：中午在学校吃，不要钱，说是营养餐。大孙囡说学校的饭比阿婆烧的好吃，我听了又欢喜又难过。晚上走路回来，四里山路，冬天天黑得早，我打着手电去半路接。路上有一段没有路灯，孙囡怕，我就唱山歌给她们壮胆，唱着唱着她们也跟着唱。
访谈者：您盼着什么？
受访者：盼儿子儿媳早点回来。在外面挣钱是好，可孩子一年见不到几回爸妈，长大了跟爸妈不亲。我跟儿子说，你们在温州开个小店也行，把孩子带过去念书，我跟老头子在家里能过。儿子说城里上学要积分，进不去。我也不懂，就盼着孩子们好好的。
访谈者：您身体还吃得消吗？
受访者：腰不好。{{han:盘国良}}大夫叫我别挑水了，我说不挑谁挑。大孙囡说，阿婆，等我长大了在县城买房子，接你和阿公去住。我说好，你{{trap/word:马上}}就长大了。
""")

# H98: Shui village child director (儿童主任) in 三都水族自治县 (九阡镇), with a Buyi family from 荔波.
DOCS["H98"] = ("staff", """\
访谈者：您做儿童主任有多久了？
受访者：四年。我叫{{han:潘秀芝}}，水族，家在{{trap/place:三都}}的一个水寨。寨子里的老人不叫我名字，叫我{{minority/shui:尼勒丙}}，就是{{minority/shui:勒丙}}他妈，{{minority/shui:勒丙}}是我小儿子。村里八百多人，在册的困境儿童有九个，留守的占一大半。
访谈者：挑几家跟我讲讲？
受访者：头一家姓蒙，水族。孩子爸{{han:蒙正刚}}在{{trap/place:佛山}}工地上触电走了，孩子妈{{han:韦春兰}}后来改嫁到{{trap/place:都匀}}，孩子跟着奶奶{{han:石桂英}}过。孩子学籍上叫{{han:蒙俊豪}}，寨子里都喊他水家小名{{minority/shui:勒努}}，十岁，在{{school:三都县九阡镇中心小学四年级（2）班}}。{{minority/shui:勒努}}都不哭，就是不说话，老师问一句他答半句。我们给他报了事实无人抚养，一个月{{trap/number:一千四百五}}。
访谈者：另外一家呢？
受访者：第二家是布依族，从{{trap/place:荔波}}搬过来的，姓王。孩子爸{{han:王德方}}跟人合伙偷牛，判了四年，在{{trap/place:贵阳}}服刑。寨子里按布依话叫他{{minority/buyi:波娅朵}}，因为他丫头叫{{minority/buyi:娅朵}}。{{minority/buyi:娅朵}}户口上是{{minority/buyi:王娅朵}}，十三岁，在{{school:三都县第三中学初一（5）班}}住校。孩子妈{{han:罗金凤}}在{{trap/place:深圳}}打工，{{han:罗金凤}}每个月寄八百块回来。奶奶有白内障，{{minority/buyi:娅朵}}周末回来洗衣做饭。
访谈者：还有哪家让您操心？
受访者：第三家姓韦，水族，留守的，爸妈在{{trap/place:东莞}}玩具厂。两个孩子跟着爷爷{{han:韦文进}}过，{{han:韦文进}}他们家就剩爷孙三个。哥哥{{han:韦明杰}}十二岁，弟弟学籍上就写的水家名字，叫{{minority/shui:韦勒旺}}。{{minority/shui:韦勒旺}}他才六岁，天天跟着哥哥屁股后面跑。镇上要我把每家的情况一条一条{{trap/word:罗列}}出来，我写了满满三页。
访谈者：这些事都是您一个人跑吗？
受访者：不是。村支书{{han:石国荣}}，{{han:石国荣}}也是水族，会看{{trap/minority_word:水书}}。镇上的儿童督导员是{{han:岑燕玲}}大姐，{{han:岑燕玲}}说话快，办事也快。{{trap/minority_word:卯节}}那几天，派出所的{{han:卯光辉}}所长带民警来寨子里给孩子们讲防溺水。县社工站派了{{compound:宇文昊然}}，还有个女社工叫{{compound:闾丘思琪}}，{{compound:宇文昊然}}给蒙家那孩子做了半年辅导。
访谈者：寨子里过节，这几个孩子也去吗？
受访者：去。水族过{{trap/minority_word:端节}}，赛马、吃鱼包韭菜；布依族过{{trap/minority_word:六月六}}。老人讲{{trap/famous:陆铎公}}造水书的古，女人们绣{{trap/minority_word:马尾绣}}。王家丫头跟着她奶奶学，绣了一个书包。
访谈者：几家的住址、证件和联系方式您这儿有吗？
受访者：有，我本子上记着。蒙家在{{address:三都县九阡镇水昂村四组21号}}，王家在{{address:三都县九阡镇板甲村一组7号}}。{{minority/buyi:王娅朵}}的身份证{{id_number@wy2012hyphen.522732}}。我电话{{mobile@spaced}}，{{han:罗金凤}}的电话{{mobile@plus86}}，她的微信{{wechat:luojinfeng_sz88}}。我的QQ是儿子帮我申请的，我老记不住，他写在手机壳里面：{{qq:1865207349}}。
访谈者：孩子们的爸妈常打电话回来吗？
受访者：看人。有的每个礼拜打，有的半年不打一个。韦家那两兄弟的妈每天晚上九点准时视频，{{trap/word:雷打不动}}。小的对着手机喊妈，喊完就跑开，不让人看见他哭。王家丫头的爸在里面，一个月能打一次亲情电话，十分钟，丫头每次都提前把要说的话写在纸上。
访谈者：录系统的时候名字会不会录错？
受访者：会，还不少。{{han:蒙俊豪}}在低保系统里是{{spaced:蒙 俊 豪}}，{{minority/buyi:王娅朵}}在学籍上是{{spaced:王　娅　朵}}，字缝里全是大空格。社工那个小伙子在培训表上写成{{spaced:宇 文 昊 然}}。还有把{{han:韦明杰}}写成{{spaced:韦明 杰}}的，名字断成两截。
访谈者：寨子里的孩子平常怎么上学？
受访者：小学在镇上，走路要一个多钟头，过一座吊桥。下雨天桥板滑，我跟几个家长轮流在桥头守着，看着孩子一个一个过去。去年镇上开了校车，一天两趟，孩子们高兴坏了。初中在县城，娃娃们月底才坐车回寨，车费一趟三十块，蒙家奶奶掏不出，是村里给垫的。
访谈者：水族的老规矩对孩子们有帮助吗？
受访者：有。寨子里谁家有事，全寨子都来帮。蒙家办丧事那几天，各家各户送米送酒，轮流陪孩子睡觉。老人们说，没了爹妈的孩子是寨子的孩子。过年杀猪，头一碗肉先端给孤儿家。这些规矩比表格管用。
访谈者：您最担心哪个孩子？
受访者：最担心蒙家那个。他不说话，心里的事都憋着。社工说要慢慢来，让他画画，他画的全是黑的。后来画里有了太阳，我拿给他奶奶看，老人家抹了半天眼泪。
访谈者：您家里的事怎么安排？
受访者：白天跑村里的事，晚上才顾自己家。我男人在{{trap/place:凯里}}开三轮车，{{minority/shui:勒丙}}在县里读初中，家里就我一个。上个月{{minority/shui:勒努}}发烧，奶奶背不动他，是我骑摩托送到镇上打的针。回来的路上他趴在我背上说，阿姨，你跟我妈一样香。我一路没敢回头。
""")

# H99: Jing fisherman father in 东兴 (江平镇); his Vietnamese-born wife drowned, his mother helps with three children.
DOCS["H99"] = ("family", """\
访谈者：您家里现在是什么情况？
受访者：我叫{{han:苏海光}}，京族，在{{trap/place:东兴}}打鱼，四十三了。老婆是{{trap/place:芒街}}那边嫁过来的，叫{{minority/jing:阮氏翠}}。前年她跟我出海收网，起了大风，船翻了，{{minority/jing:阮氏翠}}再没找回来。家里剩我、我妈，还有三个孩子。
访谈者：孩子们多大？
受访者：大的是丫头，{{minority/jing:苏氏青}}，十四岁，在{{school:东兴市江平中学初二（3）班}}。老二是小子，{{han:苏文雄}}，十岁。老三也是丫头，{{han:苏玉珠}}，六岁，她妈走的时候她才四岁。京族起名字跟越南那边一样，丫头中间带个氏，小子带个文。{{minority/jing:苏氏青}}都是她妈起的名。
访谈者：您出海的时候孩子谁管？
受访者：我妈管。我妈叫{{minority/jing:武氏兰}}，七十一了，会弹{{trap/minority_word:独弦琴}}。{{minority/jing:武氏兰}}她腿脚还行，就是眼睛花了。我一出海就是三四天，{{minority/jing:苏氏青}}放学回来做饭、洗衣服，管弟弟妹妹。老二喜欢{{trap/word:武术}}，天天在沙滩上翻跟头，大家喊他{{han:阿雄}}。{{han:阿雄}}说长大了要当海警。
访谈者：政府和村里帮了什么？
受访者：村委会主任{{han:黄德胜}}跟我一起长大的，{{han:黄德胜}}他帮我报了低保，每月{{trap/number:一千八百多}}。{{trap/org:市民政局}}给老二老三报了困境儿童，{{trap/org:妇联}}每年送书包。村里的儿童主任{{han:裴秀娟}}每个礼拜来一趟，{{han:裴秀娟}}也是京族，会说京语，孩子们跟她亲。渔业站的{{han:龚振华}}站长给我争取了一条新船的补贴。
访谈者：学校怎么样？
受访者：大丫头的班主任{{han:杜春梅}}老师说她成绩好，就是爱发呆。学校有个支教的{{compound:东方若曦}}老师，跟她同事{{compound:司马文轩}}一起，给没了妈的孩子开了个周末班。老三在幼儿园，老师{{han:武晓燕}}说她午觉老是哭醒，喊阿妈。邻居{{minority/jing:黄氏梅}}姨常给她梳辫子。
访谈者：三个孩子还常提起妈妈吗？
受访者：常提。{{trap/minority_word:哈节}}的时候，{{trap/minority_word:哈亭}}里唱哈、跳舞，老三问，阿妈是不是被{{trap/famous:镇海大王}}接到海里去了。我说是，阿妈在海里看着你。大丫头不说话，晚上一个人坐在{{trap/word:黄昏}}的海堤上，我去叫她，她说阿爸，我不想你再出海了。
访谈者：住址和证件号码能给我们登个记吗？
受访者：家在{{address:东兴市江平镇红沙村五组9号}}。我的身份证{{id_number@my1982.450681}}，大丫头{{id_number@wy2011.450681}}。我电话{{mobile@plus86spaced}}，我妈用老人机，{{mobile@plain}}。我微信{{wechat:suhaiguang_dx}}。大丫头有个QQ，她说不能告诉别人，后来还是写给我了，在日历背面：{{qq:30571486}}。
访谈者：孩子们现在还敢下海吗？
受访者：老二敢，天天在海边转，捡螺、挖{{trap/word:沙虫}}，一个下午能挖一小桶，拿去卖给饭店。大丫头不敢，她妈出事以后她就没下过水，连海边都不去。老三小，不懂，看见浪来了就追着跑。我妈看得紧，不让她一个人去。
访谈者：孩子们的名字在各种本子上都写对了吗？
受访者：错的多。大丫头在学籍上是{{spaced:苏 氏 青}}，我老婆的死亡证明上是{{spaced:阮　氏　翠}}。那个支教老师在签到表上成了{{spaced:东 方 若 曦}}，孩子们还以为来了个姓东的。老二的医保卡上是{{spaced:苏文 雄}}，名字让人从中间劈开了。
访谈者：打鱼的收入怎么样？
受访者：看天吃饭。好的时候一个月能挣七八千，碰上台风季一两个月出不了海，一分钱没有。船是跟人合伙的，油钱、网钱、修船的钱都要分。老婆在的时候她会记账，卖鱼讨价还价也是她，现在全靠我一个人，常常被鱼贩子压价。
访谈者：您妈妈一个人带三个孩子，吃得消吗？
受访者：硬撑着。天不亮就生火熬粥，把老三送到幼儿园门口，转身去码头补网。中午在家里剥虾仁，一斤挣三块钱。晚上大丫头回来接手，给弟弟妹妹洗澡，检查作业。老太太说，她年轻时男人也是出海没回来，她一个人拉扯大我们兄弟三个，这是京族女人的命。
访谈者：孩子们会说京语吗？
受访者：大丫头会，她妈教的，还会写几个越南字。老二老三只会听，不会说。学校每个礼拜有一节京族文化课，教唱哈歌，教跳{{trap/minority_word:竹杠舞}}。大丫头说等她当了老师，也要教这个。
访谈者：老婆娘家那边还来往吗？
受访者：来往。她哥哥每年过年从那边过来，带米粉、咖啡给孩子们。孩子们叫他舅舅，他不会说中国话，就抱着老三不撒手。大丫头给他当翻译，说得他直掉眼泪。他说等孩子们放暑假，接过去住几天，看看她妈小时候住的地方。
访谈者：往后您怎么打算？
受访者：等老二长大点，我就不出远海了，在岸上弄个{{trap/minority_word:鱼露}}作坊。大丫头想考{{trap/place:南宁}}的师范，回来当老师。她说她妈要是在，肯定高兴。
""")

# H100: Tatar primary-school teacher in 塔城, with Uzbek and Tatar pupils; given + father's name, Russian-style forms.
DOCS["H100"] = ("staff", """\
访谈者：老师，您是哪个民族，教书多少年了？
受访者：我是塔塔尔族，身份证上叫{{minority/tatar:莉莉娅·卡里姆}}，卡里姆是我爸爸的名字。学校的俄语老师按俄罗斯的写法叫我{{minority/tatar:莉莉娅·卡里莫娃}}，学生们叫我{{minority/tatar:莉莉娅}}老师。我在{{trap/place:塔城}}教书十八年，现在带{{school:塔城市第三小学五年级（2）班}}。
访谈者：您班里有几个需要特别照顾的孩子？
受访者：四十一个学生，七个。先说一个乌孜别克族的小子，{{minority/uzbek:奥塔别克·努里丁}}，家是{{trap/place:伊宁}}的。爸爸{{minority/uzbek:努里丁·卡迪尔}}在{{trap/place:霍尔果斯}}跑运输，出了车祸，腰以下瘫了。他爸年轻时在{{trap/place:阿拉木图}}做生意，那边的证件上写的是{{minority/uzbek:努里丁·卡迪罗夫}}。妈妈{{minority/uzbek:尼戈拉}}带着孩子回塔城娘家，在巴扎上卖{{trap/minority_word:花帽}}。户口本上孩子是{{minority/uzbek:奥塔别克努里丁}}，没有点。{{minority/uzbek:奥塔别克}}也懂事，放学就去巴扎帮他妈收摊。
访谈者：另外几个呢？
受访者：一个塔塔尔族的丫头，大家叫她{{minority/tatar:索菲娅}}，全名{{minority/tatar:索菲娅·萨比尔}}。她妈妈得了尿毒症，每个礼拜去{{trap/place:乌鲁木齐}}透析，爸爸{{minority/tatar:萨比尔·哈米特}}在{{trap/place:裕民}}的牧场上给人放羊，隔一个月才进一趟城。{{minority/tatar:索菲娅}}跟着外婆过，外婆会做{{trap/minority_word:古拜底埃}}，每次开家长会都给我带一块。还有一个汉族孩子{{han:刘子萱}}，爸爸在{{trap/place:奎屯}}坐牢，{{han:刘子萱}}说她爸去外地打工了，我们都不说破。
访谈者：学校和社区怎么帮他们？
受访者：校长{{han:郭振民}}给七个孩子都免了午饭钱。社区书记{{han:马秀琴}}，{{han:马秀琴}}她跑{{trap/org:市民政局}}，给{{minority/uzbek:奥塔别克}}家报了低保，每月能领{{trap/number:一千五百多}}。心理老师{{compound:尉迟婉清}}每周给他们上一节团体辅导课，社工站的{{compound:慕容雪晴}}跟她同事{{compound:皇甫睿泽}}周末带孩子们去{{trap/place:巴克图口岸}}看界碑。副班主任{{han:周丽华}}也是从内地来的，她教孩子们包饺子。
访谈者：你们那里过什么节？
受访者：我们过{{trap/minority_word:撒班节}}，在城外的草地上，拔河、赛跑、吹{{trap/minority_word:手风琴}}。{{minority/uzbek:奥塔别克}}跑了第一名，他爸坐在轮椅上看，哭了。我给孩子们读{{trap/famous:普希金}}的童话，讲{{trap/famous:阿凡提}}骑毛驴的故事，{{minority/tatar:索菲娅}}说她最喜欢金鱼那个。
访谈者：这两家的住址、证件号和电话方便给吗？
受访者：他家住{{address:塔城市和平街道光明社区团结路28号4栋2单元301室}}，他的身份证{{id_number@my2014x.654002}}。{{minority/tatar:索菲娅}}家在{{address:塔城市二工镇下喀浪古尔村三组11号}}，她的身份证{{id_number@wy2014fullwidth.654201}}。{{minority/uzbek:尼戈拉}}的电话{{mobile@plus86dash}}，微信{{wechat:nigora_tc1985}}。我的电话{{mobile@spaced}}，QQ是{{qq:947162083}}。
访谈者：家长会来得齐吗？
受访者：来不齐。七个孩子里，有三个是爷爷奶奶来，两个没人来。没人来的我就家访，一家一家去。有一家住在城边的平房里，屋里一个炉子，孩子趴在床上写作业，桌子都没有。我回来跟校长说了，学校给送去了一张书桌和一盏台灯。
访谈者：名字这么长，表上填得对吗？
受访者：经常填错。{{minority/uzbek:奥塔别克·努里丁}}在学籍上写成{{spaced:奥塔别克 · 努里丁}}，点两边都空了格；我自己在工资表上成了{{spaced:莉 莉 娅 · 卡 里 姆}}。{{minority/tatar:索菲娅}}的爸爸在低保表上是{{spaced:萨比尔 哈米特}}，点丢了，只剩一个空格。{{han:刘子萱}}在体检表上是{{spaced:刘　子　萱}}。
访谈者：塔塔尔族的孩子多吗？
受访者：不多，全市也就几百人。我们家里说塔塔尔话，学校里说汉语，跟哈萨克族、维吾尔族的同学说哈萨克语，很多孩子会三四种话。困境儿童更难一点，家里没人帮着学，语言一乱，作文就写不好。我每个礼拜四下午给他们补课，不收钱，学校给开着一间教室。
访谈者：瘫了的那个爸爸现在怎么样？
受访者：在家里躺着，天气好的时候孩子他妈把他推到院子里晒太阳。他以前是开大车的，走南闯北，现在哪也去不了，脾气坏，有时候冲孩子发火。孩子跟我说，老师，我爸不是坏人，他就是疼。我当时眼圈就红了，请了医院的康复师去家里教他做训练。
访谈者：冬天孩子们怎么过？
受访者：{{trap/place:塔城}}冬天零下三十度，雪能埋到膝盖。学校有暖气，孩子们愿意早来晚走。有两家烧不起煤，社区冬天给送了两吨，还发了棉衣棉鞋。过年前我们办了个联欢会，孩子们表演节目，家长们做了一桌子菜，{{trap/minority_word:抓饭}}、包子、馅饼都有，大家吃到很晚。
访谈者：您觉得孩子们最缺什么？
受访者：缺有人陪。钱能想办法，陪伴没办法。我跟{{han:周丽华}}说好了，每天放学留半个小时，陪这七个孩子写作业、聊天。孩子们叫我{{minority/tatar:莉莉娅}}妈妈，我不让他们叫，他们偷偷叫。
""")

# H101: Nu township official in 贡山 (独龙江乡), married to a Derung man; Derung clan + birth-order names, a Tibetan family.
DOCS["H101"] = ("staff", """\
访谈者：您在乡里管什么工作？
受访者：民政和儿童这一块，七年了，先在{{trap/place:贡山}}县城，后来调到乡里。我叫{{han:和丽萍}}，怒族，娘家在{{trap/place:丙中洛}}，嫁到{{trap/place:独龙江}}来。我爱人是独龙族，独龙名字叫{{minority/derung:孔敢朋}}，汉名{{han:孔建新}}。孔敢是他家的家族名，朋是说他是家里老大，丫头排第一的叫南。
访谈者：乡里困境儿童有多少？
受访者：二十三个。说一家孤儿。爸爸{{minority/derung:木当朋}}前年修公路，被落石砸中，没救过来；妈妈{{minority/derung:迪布南}}早两年得肺病走了。留下姐弟俩，姐姐{{minority/derung:木当南}}，十三岁，汉名{{han:木秀英}}，在{{school:贡山县独龙江乡九年一贯制学校七年级（1）班}}；弟弟{{minority/derung:木当松}}，九岁，汉名{{han:木志强}}。现在跟着舅舅{{minority/derung:迪布朋}}过。{{minority/derung:迪布朋}}家里也有三个孩子，种{{trap/word:草果}}，养蜂。
访谈者：两个孩子怎么样？
受访者：{{minority/derung:木当南}}都会织{{trap/minority_word:独龙毯}}了，她说要给弟弟织一条。{{minority/derung:木当松}}还小，话少，他就爱跟着舅舅上山。两个孩子领{{trap/policy:孤儿基本生活费}}，一个月{{trap/number:一千五百四}}，钱存在乡信用社，{{minority/derung:迪布朋}}说一分不动。
访谈者：还有别的家庭吗？
受访者：丙中洛有一家，爸爸是藏族，叫{{minority/tibetan:肯珠多吉}}，跟人打架伤了人，在{{trap/place:六库}}坐牢。妈妈是怒族，叫{{minority/nu:刘娜普}}，{{minority/nu:娜普}}她一个人带两个孩子，在{{trap/place:雾里村}}给游客做饭。大的小子叫{{minority/nu:刘阿约}}，小的丫头{{han:刘晓梅}}。{{minority/tibetan:多吉}}每个月给家里打一次电话，{{minority/nu:刘阿约}}不肯接，说不认这个爸。
访谈者：乡里还有哪些人在管孩子的事？
受访者：乡长{{han:高志伟}}，{{han:高志伟}}他以前当过老师。{{trap/org:乡卫生院}}的{{han:李学文}}大夫每季度来给孩子们体检。村里的儿童主任{{han:和春燕}}，是我表妹。州里派来的社工叫{{compound:公孙亦凡}}，跟她同事{{compound:赫连嘉怡}}，两个姑娘在学校里办了一个阅览室。
访谈者：这边有些什么节？
受访者：独龙族过{{trap/minority_word:卡雀哇}}，剽牛、跳舞；怒族过{{trap/minority_word:仙女节}}，纪念{{trap/famous:阿茸}}。老人讲{{trap/famous:彭根朋}}跟{{trap/famous:木美姬}}的故事，说独龙人都是他们的后代。老一辈的女人脸上有{{trap/minority_word:文面}}，现在没有了。
访谈者：姐弟俩的住址和证件号能登记一下吗？
受访者：姐弟俩的户口在舅舅家，{{address:贡山县独龙江乡雄当村二组6号}}。姐姐的身份证{{id_number@wy2012.533324}}，弟弟{{id_number@my2016hyphen.533324}}。{{minority/nu:娜普}}的电话{{mobile@hyphen}}。我的微信{{wechat:heliping_dlj}}，乡里办事的QQ群我是群主，我的QQ号码你记一下，{{qq:2290637418}}。
访谈者：舅舅家的条件怎么样？
受访者：一般。五口人住三间{{trap/minority_word:木楞房}}，今年政府给翻新了，装了太阳能热水器。舅妈人好，把姐弟俩当自己孩子。就是舅舅爱喝酒，喝了酒话多，我们跟他谈过几次，他说为了孩子，少喝了。
访谈者：独龙名字进了系统，会不会被改得认不出来？
受访者：常有。{{minority/derung:木当南}}在学籍上写成了{{spaced:木 当 南}}；我爱人在医保上是{{spaced:孔敢 朋}}，断成两截。{{minority/tibetan:肯珠多吉}}在判决书上是{{spaced:肯珠　多吉}}，中间隔着一个全角空格。那个社工在报销单上成了{{spaced:公 孙 亦 凡}}。
访谈者：独龙江的孩子上学远吗？
受访者：以前远。乡里只有一所学校，山那边的孩子要走两天路，住在学校里，半年才回得了家。现在有了公路，周五有车送回去，周日再接回来。学校吃住都不要钱，孩子们每天有牛奶和鸡蛋。困境儿童还多一份补助，买衣服鞋子。
访谈者：孩子们最缺的是什么？
受访者：缺大人说话。好多孩子的爸妈去{{trap/place:昆明}}、{{trap/place:广东}}打工，一走就是一年。老人只会说独龙话，孩子在学校学的东西回家没人能听懂。我们在村里办了儿童之家，放了学孩子们来这里写作业、看书、画画，有志愿者陪着。
访谈者：您这么忙，家里孩子谁带？
受访者：我有一个儿子，八岁，在乡里的学校上二年级。我下村一走就是三四天，他跟着奶奶。有一回我回来，他说妈妈你是别人家的妈妈。我愣了半天。后来下村我就带上他，让他跟那些孩子一起玩，他回来说，原来他们比我还想妈妈。
访谈者：冬天怎么过？
受访者：冬天雪大，路常常断。我们提前把米、油、棉衣送到每家。孩子们在{{trap/minority_word:火塘}}边烤火、烤洋芋，听老人唱古歌。火塘是独龙人家的心，一家人围着它吃饭、说话、睡觉。
访谈者：这份工作难在哪里？
受访者：路远。以前大雪封山，半年出不去，孩子们病了只能{{trap/word:溜索}}过江。{{trap/year:2014年}}隧道通了，好多了。{{han:和春燕}}说，再难也要一家一家走到，不能让一个孩子掉下去。
""")

# H102: Mongolian herder mother in 巴林右旗 (赤峰); her husband died drunk in the snow, Mongolian and Han names side by side.
DOCS["H102"] = ("family", """\
访谈者：大姐，家里都有谁？
受访者：五口，我、婆婆，三个孩子。我叫{{minority/mongolian:那仁格日乐}}，汉名{{han:白秀兰}}，户口本上两个名字都有。我们嘎查在{{trap/place:巴林右旗}}北边，离{{trap/place:大板}}一百多里。孩子他爸叫{{minority/mongolian:额尔敦朝鲁}}，汉名{{han:白振山}}，前年冬天喝了酒骑摩托回来，摔在雪地里，第二天才找到。
访谈者：三个孩子各多大？
受访者：老大是小子，叫{{minority/mongolian:阿木尔吉雅图}}，十三岁，在{{school:巴林右旗蒙古族中学初一（2）班}}，学校里都叫他{{minority/mongolian:吉雅图}}。老二是丫头，{{minority/mongolian:阿如娜}}，十岁，汉名{{han:白雪琪}}。老三{{minority/mongolian:乌恩其}}，六岁。{{minority/mongolian:吉雅图}}都会骑马放羊了，男人没了以后，他一下子像个大人。
访谈者：您婆婆身体怎么样？
受访者：婆婆叫{{minority/mongolian:包斯琴}}，七十五了，有高血压，还帮我挤奶、做{{trap/minority_word:奶豆腐}}。{{minority/mongolian:包斯琴}}她最疼老三，老三一哭她就唱{{trap/minority_word:摇篮曲}}。
访谈者：嘎查和苏木帮了什么？
受访者：嘎查长{{han:包国庆}}，{{han:包国庆}}他帮我们家报了低保，一个月{{trap/number:一千六百出头}}，三个孩子还有困境儿童补贴。苏木的社工{{han:刘佳琪}}每个月来一趟，{{han:刘佳琪}}会说蒙古话，孩子们跟她亲。孩子他叔叔{{minority/mongolian:宝吉日木图}}在{{trap/place:赤峰}}开出租，{{minority/mongolian:宝吉日木图}}每年开学给孩子们买新衣服。旗里派来的大学生村官叫{{compound:欧阳晨曦}}，还有个律师叫{{compound:拓跋星辰}}，帮我们把草场承包的合同理清了。
访谈者：老师们怎么说这几个孩子？
受访者：{{minority/mongolian:阿如娜}}的班主任{{han:于海燕}}老师说她作文写得好，写过一篇《我的阿爸》，在广播里念了。{{minority/mongolian:吉雅图}}的数学老师{{minority/mongolian:乌力吉朝克图}}说他脑子快，可惜心思总飘到马群上。
访谈者：一年里孩子们最盼哪几天？
受访者：夏天{{trap/minority_word:那达慕}}，{{minority/mongolian:吉雅图}}去赛马，拿了个第三名，奖了一只羊。祭{{trap/minority_word:敖包}}的时候三个孩子跟着转，往上添石头。晚上婆婆给他们讲{{trap/famous:成吉思汗}}小时候放马，讲{{trap/famous:嘎达梅林}}，{{minority/mongolian:乌恩其}}听着听着就睡了。
访谈者：婆婆怎么看这个家？
受访者：婆婆说，儿子没了，我就是她女儿。有人劝我改嫁，婆婆也说，你要是走，把孩子留下，她拉扯。我说我不走，孩子不能再没有额吉。婆婆哭了，我也哭了。现在我们两个女人撑着这个家，日子苦是苦，也过得下去。
访谈者：户口地址和证件号，您念给我吧。
受访者：家在{{address:巴林右旗查干沐沦苏木宝日陶勒盖嘎查三组17号}}。我身份证{{id_number@wy1984spaced.150423}}，老大{{id_number@my2012.150423}}。我电话{{mobile@plain}}，孩子他叔叔的电话{{mobile@plus86}}。我微信{{wechat:narangerel_blyq}}。老大用他爸留下的手机，有个QQ，他说你们要写就写吧：{{qq:51823907}}。
访谈者：孩子们有自己的手机吗？
受访者：老大有，是他爸留下的旧手机，屏幕裂了。老二老三没有，想阿爸了就用我的手机看他爸的照片，一张一张翻，翻完了再从头翻。老三小，指着照片问阿爸去哪儿了，我说去很远的草原放马了。
访谈者：蒙古名字长，表上会不会写岔？
受访者：会，岔得多。老大在学籍上是{{spaced:阿 木 尔 吉 雅 图}}，字字隔开。我在低保表上是{{spaced:那仁 格日乐}}，婆婆在医保上是{{spaced:包　斯　琴}}。那个村官在活动照片底下也被写成{{spaced:欧 阳 晨 曦}}。
访谈者：男人不在了，牧场上的重活靠谁？
受访者：我跟老大。冬天要给羊添草料、砸冰取水，早上天不亮就得起。春天接羔最累，一晚上起来好几趟，羊羔冻死一只就少几百块。老大放了假就跟着我，他会给母羊接生，比我还熟练。邻居家的男人有时候过来帮忙剪羊毛，我给他们煮肉、熬茶。
访谈者：孩子们住校吗？
受访者：老大老二都住在旗里的学校，每月放一次假回家。学校用蒙古语上课，也学汉语和英语。老二刚去的时候天天哭，打电话说{{trap/kin:额吉}}我要回家。后来跟同学熟了，就不哭了，现在回来还不想走，说学校有电视、有图书室。老三明年上小学，也要去住校，我舍不得。
访谈者：草场的事顺利吗？
受访者：以前不顺，男人没了以后有人想占我们家的草场，说合同上没写清楚。后来那个律师帮我们找了旗里，量了边界，立了界桩，现在没人来闹了。
访谈者：您对往后有什么想法？
受访者：羊不多，一百来只，草场租出去一半。我想让三个孩子都念书，老大说他要考到{{trap/place:呼和浩特}}去学兽医，回来给嘎查的牲口看病。{{han:白雪琪}}说她要当老师，像{{han:于海燕}}老师那样。
""")

# H103: Han grandfather in 通渭 (定西) raising three grandchildren; many Han family names, nicknames, names that are words.
DOCS["H103"] = ("family", """\
访谈者：老人家，家里几口人？
受访者：五口。我、老婆子，三个孙娃。我叫{{han:王有田}}，七十三了，{{trap/place:通渭}}人，一辈子在{{trap/place:定西}}这片黄土坡上种洋芋。老婆子叫{{han:李改花}}，心脏不好。儿子{{han:王建成}}在{{trap/place:西安}}工地上干活，儿媳妇{{han:赵彩萍}}前些年跟人走了，再没回来。
访谈者：三个孙娃都多大？
受访者：老大是孙女，{{han:王春燕}}，小名{{han:丫蛋}}，她奶奶叫她{{han:小燕}}，十三了，在{{school:通渭县平襄镇第二初级中学初一（4）班}}。老二孙子叫{{han:王丰收}}，生他那年庄稼{{trap/word:丰收}}，我给起的，小名{{han:狗娃}}，十岁。老三叫{{han:王满仓}}，小名{{han:三娃}}，七岁。{{han:丫蛋}}也懂事，放学回来喂猪、烧炕，{{han:狗娃}}就知道耍，{{han:三娃}}跟着{{han:狗娃}}屁股后面跑。
访谈者：儿子一年能回几趟？
受访者：过年回来。{{han:王建成}}他在工地上一天挣二百多，自己舍不得吃，钱都寄回来。去年过{{trap/word:国庆节}}他也没回来，{{han:王丰收}}他在电话里哭，说爸你{{trap/word:马上}}回来。
访谈者：村上乡上都给了啥帮助？
受访者：村里的{{han:马福堂}}书记，{{han:马福堂}}帮我们报了低保，每月{{trap/number:一千一百多}}。儿童主任{{han:牛彩琴}}每个礼拜来看一回，{{han:牛彩琴}}她自己也带着两个孙子。乡上民政干部{{han:何志鹏}}跑了好几趟{{trap/org:县民政局}}，说三个孩子算事实无人抚养，材料还在审。{{trap/org:乡卫生院}}的{{han:魏建军}}大夫给老婆子开药，他说要去{{trap/place:兰州}}查一查。
访谈者：大孙女的老师咋说？
受访者：大孙女的班主任{{han:杜文斌}}老师说她成绩好，能考高中。{{han:杜文斌}}还给她找了个助学的，是县上的{{compound:令狐德明}}，每学期给五百块。县上派来的社工叫{{compound:司马晓彤}}，她跟同事{{compound:诸葛书航}}来过三回，陪孩子们做游戏。
访谈者：大孙女往后想干啥？
受访者：想念大学。她回回考试在班里前五名。她晚上在炕桌上写作业，灯暗，我给她买了个台灯。她说爷，我要考到兰州去念大学。我说你考上了，爷把牛卖了供你。
访谈者：庄里人照应不照应？
受访者：照应。隔壁的{{han:张建国}}，{{han:张建国}}那边有个三轮车，老婆子犯病了我就找{{han:张建国}}，拉到乡上。对门的{{han:李春风}}媳妇常给孩子们送馍。还有我的老伙计{{han:陈来福}}，{{han:陈来福}}都八十了，天天来跟我下棋，孩子们叫他来福爷。
访谈者：娃娃们一年里啥时候最欢？
受访者：过年耍{{trap/minority_word:社火}}的时候最{{trap/word:高兴}}。{{han:狗娃}}扮{{trap/famous:孙悟空}}，{{han:三娃}}扮猪八戒。我给他们讲{{trap/famous:李广}}射石头的故事，说李将军就是咱们这一带的人。大的吃{{trap/word:搅团}}，小的吃{{trap/word:浆水面}}，一家人图个{{trap/word:平安}}。
访谈者：住址、身份证号您给说一下。
受访者：家在{{address:通渭县平襄镇温泉村三社15号}}。我身份证{{id_number@my1952.621121}}，{{han:丫蛋}}的{{id_number@wy2012.621121}}。我没手机，用儿子的号，{{mobile@spaced}}，儿子的微信{{wechat:wjc_xian1979}}。儿子在西安住的工棚在{{address:西安市未央区六村堡街道相家巷村七组3号}}。{{han:王春燕}}有个QQ，她说老师在群里发作业，号码贴在墙上：{{qq:3385210964}}。
访谈者：娃娃们放假都干啥？
受访者：暑假帮着干活，割草、喂牛、拾洋芋。闲下来就在村口的场院里耍，跳绳、打沙包。村里的小学撤了以后，娃娃少了，一个庄子就剩七八个。县上的大学生暑假来办过一个夏令营，带着娃娃们涂颜色、唱儿歌，三个娃娃都去了，回来唱了半个月。
访谈者：娃娃的名字在表上写岔过没有？
受访者：写岔过。{{han:王满仓}}在医保上成了{{spaced:王 满 仓}}，{{han:王丰收}}在学校表上是{{spaced:王　丰　收}}，那个社工在签字表上是{{spaced:司 马 晓 彤}}。老婆子的名字写成了{{spaced:李改 花}}。
访谈者：您跟老伴身体都不好，地还种吗？
受访者：种。种了五亩洋芋、三亩胡麻，靠天吃饭，雨水好的年成一亩能收三千斤洋芋。今年春上旱，苗出得稀，怕是要减产。地里的活我一个人干不动了，收洋芋的时候村里的年轻人来帮忙，一天就挖完了。我给他们杀了一只鸡，他们不要钱。
访谈者：孩子们冬天冷不冷？
受访者：冷。屋里就一个火炉子，晚上烧炕，三个娃娃挤在一个炕上。大的给小的讲学校里的事，讲着讲着就睡着了。前年政府给换了窗户，装了双层玻璃，暖和多了。去年冬天又给送了一吨煤，够烧一冬。
访谈者：娃娃们提不提他们的妈？
受访者：小的不记得了，大的记得。有一回她翻出她妈的一件红毛衣，穿上不脱，睡觉也穿着。我没说啥，让她穿。过了一个月她自己脱下来洗干净，叠好放进箱子里，再也没提过。
访谈者：您心里最放不下的是啥？
受访者：担心我走了。我跟{{han:王建成}}说了，你要是不回来，三个娃娃就没人管了。{{han:丫蛋}}听见了，说爷，我管。
""")

# H104: Han social worker in 毕节 (七星关区) listing left-behind children's cases from her files.
DOCS["H104"] = ("staff", """\
访谈者：您在社工站做什么？
受访者：我叫{{han:敖思琴}}，在{{trap/place:毕节}}七星关区社工站，专门跟留守儿童的个案，五年了。我翻着台账跟你说几个。
访谈者：好。
受访者：第一个是{{han:龙再芬}}，十一岁，在{{school:七星关区朱昌镇中心小学五年级（3）班}}。爸爸{{han:龙国斌}}在{{trap/place:宁波}}打工摔断了腿，回不来；妈妈{{han:胡玉梅}}在厂里照顾他。{{han:龙再芬}}跟着奶奶{{han:罗绍英}}过，{{han:罗绍英}}眼睛快瞎了，家里做饭都是孩子。学校报上来的表上，名字写了两遍，{{han:龙再芬}}{{han:龙再芬}}，是老师填重了。
访谈者：第二个呢？
受访者：第二个是两兄弟，{{han:晏子豪}}和{{han:晏子轩}}，爸爸{{han:晏明辉}}吸毒被强制戒毒，妈妈跑了。{{han:晏子豪}}都十四岁了，在{{school:七星关区第十一中学初二（6）班}}，经常逃学去网吧。他们的监护人是大伯{{han:晏明贵}}。{{han:晏子轩}}那边还好，班主任{{han:禄文华}}老师盯得紧。
访谈者：第三个？
受访者：第三个是孤儿，{{han:缑雨欣}}，九岁。爸妈在{{trap/place:杭州}}出车祸，都走了。现在跟着姑妈{{han:缑玉兰}}，我们让{{han:缑玉兰}}先把孩子的户口迁过去，她家也困难，我们给孩子报了{{trap/policy:孤儿基本生活费}}，一个月{{trap/number:一千五百八}}。{{trap/org:县残联}}给姑父办了残疾证。
访谈者：站里站外，哪些人跟您一起跟这些案子？
受访者：站长{{han:靳卫东}}，{{han:靳卫东}}他原来在{{trap/org:团区委}}。民政局的{{han:安志国}}主任，{{trap/org:妇联}}的{{han:刘晓红}}大姐，派出所的{{han:蔡明亮}}所长。我们站里还有{{compound:长孙若琳}}，跟她搭档的是{{compound:乐正雨萱}}，还有个小伙子叫{{compound:漆雕明远}}，{{compound:漆雕明远}}专门跑学校。{{trap/place:大方}}那边的社工叫{{compound:巫马思远}}，我们常换案子。
访谈者：个案记录怎么写？
受访者：要写清楚。家访时孩子在哪里，跟谁说了什么。有一回{{han:晏子豪}}说，{{han:敖思琴}}姐姐，我爸是不是不要我了。我写进记录里，写完自己哭了。我们给孩子讲{{trap/famous:雷锋}}，讲{{trap/famous:花木兰}}替父从军，{{han:缑雨欣}}说她长大了要当警察。
访谈者：社工站有多少人？
受访者：六个人，管全区三百多个重点孩子，一个人五十多个，跑不过来。我们就把最要紧的排在前面：没人管的、出过事的、有病有残的。其余的靠村里的儿童主任，我们每个月去培训一次。
访谈者：这几户的住址和证件号能给我们吗？
受访者：{{han:龙再芬}}家在{{address:七星关区朱昌镇大坪村五组22号}}，她的身份证{{id_number@wy2014hyphen.520502}}。{{han:晏子豪}}家在{{address:七星关区洪山街道碧海小区8栋1单元502室}}，身份证{{id_number@my2011x.520502}}。我站里的电话{{mobile@hyphen}}，缑家姑妈的电话{{mobile@plain}}。我的微信{{wechat:wxid_m7q2ks9d4e}}，QQ是{{qq:1740392856}}，孩子们有事找我，QQ上发消息也行，{{han:晏子豪}}的QQ是{{qq:2619843705}}。{{han:龙国斌}}的微信{{wechat:longguobin_nb}}。
访谈者：孩子们怎么联系您？
受访者：大一点的孩子有手机，加了我的微信、QQ，半夜有时候也发消息来，说睡不着，说想家。小一点的就通过老师找我。我跟每个孩子都约好，有事随时找我，不用怕打扰。有一回夜里一点多，一个孩子发来一句话，说姐姐我不想活了。我连夜跟派出所赶过去，孩子在桥上坐着，还好没出事。
访谈者：台账和系统里的名字对得上吗？
受访者：常对不上。{{han:缑雨欣}}在学籍上是{{spaced:缑 雨 欣}}，{{han:晏明辉}}在戒毒所的文书上是{{spaced:晏　明　辉}}，站里的同事在签到表上成了{{spaced:漆 雕 明 远}}，另一个成了{{spaced:乐 正 雨 萱}}。
访谈者：留守儿童的个案一般怎么开始跟？
受访者：一般是学校或者村里的儿童主任报上来，说哪个孩子不对劲，逃学、打架、不吃饭、不说话。我们先去家访，看孩子跟谁住、吃得怎么样、睡在哪里，再跟孩子单独聊。第一次孩子一般不说，要去三四次才开口。然后定计划，一个月见几次，谁负责，学校、村里、家里各做什么。
访谈者：跟个案时什么地方最费劲？
受访者：最难的是爸妈。有的爸妈在外面，电话打过去说忙，说孩子有爷爷奶奶管就行了。我们就跟他们算账：孩子这几年要是出了事，你挣再多的钱也补不回来。有的听进去了，回来了；有的听不进去。还有的孩子自己不想爸妈回来，说回来就吵架。
访谈者：这些年有变化吗？
受访者：有。以前村里没人管这些事，现在每个村都有儿童主任，镇上有督导员，县里有社工站，学校里也有心理老师了。孩子们的情况都录进了系统，谁家孩子几岁、在哪里上学、爸妈在哪里打工，一查就知道。可是系统里的名字常错，我们得一个一个去核对。
访谈者：您最想说的是什么？
受访者：孩子不缺一顿饭，缺一个等他回家的人。{{trap/word:建设}}再多的{{trap/word:儿童之家}}，也替不了爸妈。孩子们都记着我们的电话，也记着{{trap/hotline:12338}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=97, trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
