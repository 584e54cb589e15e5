# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 196 (tests/pii/holdout196/H1553-H1560 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 197, written at the same time, is not
an earlier set).

Set 196 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
岚县 and 石楼 (吕梁, Shanxi; potato fields, loess gullies, the Yellow River ferry at 辛关): a Hui father from 同心
(Ningxia) who works in a potato-starch factory in 岚县 and raises a son and a deaf daughter since his Han wife left; an
Amdo Tibetan mother from 碌曲 married into a Han family of 石楼 (和合乡), her husband in prison and her daughter
just through heart surgery; a Kazakh truck driver from 新源 at the iron mine of 袁家村 (岚县) whose Han wife died of
cancer, his son autistic; a Mongolian grandmother from 乌审旗 who married a 岚县 man who had gone 走西口 and raises
the grandson whose father died in a flooded coal pit; a Han 儿童主任 of a loess village of 石楼 (圪针沟) reading out
her list; a Han township civil-affairs assistant of 梁家庄乡 (岚县) taking calls; a Han special-education teacher of
岚县 who teaches children at home (送教上门); and a Han county court judge of 石楼 who hears family cases
(guardianship, its revocation, child support, change of custody). The emphasis is on forms where a replacement
might cover only part of a name, or miss it, in a mix rather than one trick: Hui 经名 used alone (罕姆宰, 艾尤甫,
伊德热斯, 赛菲叶, 阿蜜乃, 胡赛妮, 艾斯麦, 如给燕) beside the Han-form names of the same people (拜金贵, 者正兵, 拜存孝,
拜雪莲, 虎兰芝), after a Han surname (拜赛菲叶, called so by the teacher) and made into forms of address (老罕, 里斯娃,
小斯麦, 罕姆宰哥 -> span 罕姆宰); Amdo Tibetan names (贡毛吉, 尕藏旦周, 闹吾东智, 梅朵措, 加羊草, 洛藏丹增, 官却当周)
with a short form (毛吉), the Han father's surname joined to the boy's Tibetan name on the roll (畅闹吾), the
grandmother's 吾娃 and the children's Han names (畅子豪, 畅小雨); Kazakh given name + father's name with the middle
dot, the hyphenation point, the katakana middle dot, a full stop and no dot (别克苏丹·哈斯木, 塔依尔别克‧别克苏丹,
阿克托兰・别克苏丹, 阿克托兰.别克苏丹, 塔依尔别克别克苏丹), spaced dots (别克苏丹 · 哈斯木, 塔依尔别克 ‧ 别克苏丹,
塔 依 尔 别 克 ‧ 别 克 苏 丹) and forms of address made from the names (老别, 塔依娃, 小阿克); Mongolian names (呼和娜日苏,
查干格勒图, 布仁朝克图, 陶格斯敖登, 敖日格玛, 呼格吉勒玛, 斯琴宝日玛) with short forms and forms of address (格勒图,
呼和姐, 小查干, 苏和儿), a Han surname before a Mongolian given name (岳格勒图, 白苏和) and Han-form references to
the same people (岳奶奶, 岳俊鹏); Han names with common and rare surnames of 吕梁 (郄, 暴, 渠, 弥, 冀, 要, 畅, 霍, 栗,
雒, 燕, 弓, 邸, 续, 原, 闫, 昝, 乜, 靳, 贺, 便, 种, 和, 亢, 却, 弋, 巩, 麻, 寇, 智, 者, 妥, 虎); surnames and given
characters that are grammar words right before or after grammar words (者正兵正在, 者正兵也, 要蕊蕊要她, 要春花要强,
原建国原来, 和警官和我们, 和晋芳和她弟弟, 郝得胜得了, 刘又红又是, 贾再生再过, 薛还生？还是, 却满仓 ... 却不好意思,
寇三喜倒不吵, 白栓成却说, 被白栓成, 冀二平就说, 麻欢欢能, 便小娟/便小军 beside 便民服务中心); names that contain
words and the words near them (贺新年 / 新年, 岳海军 / 海军, 渠秀兰 / 渠道, 种二虎 / 种地, 暴三叔 / 暴雨, 燕翠屏 /
燕窝窝, 续文斌 / 续费, 麻欢欢 / 麻烦, 温妈妈 / 温暖); names directly before pronouns (郄秀芳她, 畅海平他, 闹吾东智他,
赛菲叶她, 苗彩霞她, 陶格斯敖登她, 寇小芳她, 呼格吉勒玛她, 牢牢他) and after 叫/喊/给/跟/让/被/是; names inside
organisation-like phrases where the name is the person's (郝福全小卖部, 寇三喜砖厂); names opening a turn (贺新年，男;
种晓丽，女) and closing the last line (最该谢的，是者正兵。 / 头一个要谢的是雒春梅。); titles after names outside the
span (温慧敏老师, 暴丽娟老师, 栗鸿渐医生, 燕翠屏老师, 邸海燕大夫, 诸葛文瑾大夫, 长孙慧芳大夫, 亢晓峰法官, 乔丽娜老师,
宗政德明股长); a surname with only a title or kin word, annotated whole (拜师傅, 老拜, 暴老师, 妥阿訇, 和警官, 郝二嫂,
闫二嫂, 弓大爷, 岳奶奶, 乜老师, 靳大夫, 暴三叔, 雒主任, 雒姨姨, 贺二爸, 续助理, 小续, 续干部, 续叔, 弋主任, 巩所长,
郄校长, 杜奶奶, 温妈妈, 亢法官, 亢同志) and a local nickname (牢牢); names spaced out character by character in half-
and full-width spaces and names split in two; compound surnames after ordinary words (皇甫, 申屠, 端木, 上官, 钟离,
诸葛, 独孤, 澹台, 司徒, 长孙, 欧阳, 夏侯, 万俟, 南宫, 赫连, 宗政, 濮阳, 东方, 拓跋, 司空, 左丘, 梁丘, 鲜于 after
的/叫/同事/书记/志愿者/康复师/心理老师/调解员/陪审员/书记员/家事调查员); and numbers read out and written the many
ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:雒姨姨}}``, ``{{qq:41529087}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016tri.141126}}``,
                                   ``{{mobile@fws}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 大夫, 法官, 股长, 哥) and a
particle, pronoun or verb written directly after a name (也, 正, 要, 原来, 和, 得, 又, 再, 倒, 却, 就, 能, 她, 他, 说)
are outside the span; a surname with only a title or kin word (暴老师, 郝二嫂, 弓大爷, 暴三叔, 雒姨姨, 贺二爸, 续叔)
and a local nickname (牢牢) are annotated whole. Han-style names of Hui, Tibetan and Mongolian people (拜金贵, 者正兵,
拜存孝, 拜雪莲, 畅子豪, 畅小雨, 岳俊鹏, 虎兰芝, 虎明山, and the Mongolian grandmother's 岳奶奶) are category han; a Han
surname before a non-Han given name (拜赛菲叶, 畅闹吾, 岳格勒图, 白苏和) is category minority, and so are forms of
address made from a non-Han name (老罕, 里斯娃, 小斯麦, 吾娃, 毛吉, 老别, 塔依娃, 小阿克, 呼和姐, 小查干, 苏和儿).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout196/make_holdout196.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(196_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'kazakh', 'hui')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183", "185",
                   "186", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1553: Hui father from 同心 (Ningxia) who works in a potato-starch factory in 岚县; his Han wife left after their
# deaf daughter was born.
DOCS["H1553"] = ("family", """\
访谈者：{{han:拜师傅}}，您在淀粉厂干了几年了？
受访者：七年了，秋冬开机器，春夏修机器。我叫{{han:拜金贵}}，经名{{minority/hui:罕姆宰}}，老家宁夏{{trap/place:同心}}。厂里的后生们嫌经名拗口，有的喊我{{han:老拜}}，有的喊{{minority/hui:老罕}}，两个我都答应。
访谈者：怎么从同心跑到岚县来了？
受访者：{{trap/place:岚县}}山药蛋多，淀粉厂一到秋天就缺人手。老乡{{han:者正兵}}正在这边当班长，经名{{minority/hui:艾尤甫}}，是他叫我来的。后来在这边娶了婆姨，叫{{han:郄秀芳}}，本地人。
访谈者：孩子妈妈现在……
受访者：走了。不是死了，是走了。闺女生下来耳朵听不见，她娘家嫌我是外地人，三天两头吵。闺女三岁那年{{han:郄秀芳}}她回了娘家，再没回来，后来法院判了离婚。她娘家在{{trap/place:普明镇}}，四十里路，一年见不上一回。
访谈者：两个孩子多大了？
受访者：小子十一，户口上叫{{han:拜存孝}}，经名{{minority/hui:伊德热斯}}，在{{school:岚县岚城镇第二小学五年级（4）班}}，同学们叫他{{minority/hui:里斯娃}}。闺女八岁，叫{{han:拜雪莲}}，经名{{minority/hui:赛菲叶}}，两只耳朵都戴助听器，在{{school:岚城镇第二小学二年级1班}}。班主任{{han:暴丽娟}}老师点名就喊{{minority/hui:拜赛菲叶}}，说连着叫，娃看口型看得清。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:渠秀兰}}，哪条{{trap/word:渠道}}能要下钱来，她比谁都清楚。她给两个娃报了困境儿童，闺女又办了残疾证，两项补贴都有。镇民政办的{{han:弥国强}}来核了三回，说我这个情况够低保。县社工站的{{compound:皇甫黛青}}每礼拜来一趟，陪闺女练说话；她同事叫{{compound:申屠晋川}}，教小子下象棋。
访谈者：闺女在普通学校跟得上吗？
受访者：开头学校说聋娃娃该上特教。{{trap/org:县特教学校}}的{{han:温慧敏}}老师上门看了两回，说戴上助听器能跟班，就留下了。{{han:暴老师}}把她调到第一排，同桌{{han:要蕊蕊}}要她跟着自己念课文，一个字一个字地念。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也得顾。厂里三班倒，上夜班的时候娃们在{{minority/hui:艾尤甫}}家睡，他婆姨{{minority/hui:阿蜜乃}}喊我{{minority/hui:罕姆宰}}哥，给娃们炸{{trap/minority_word:油香}}、倒{{trap/minority_word:盖碗茶}}。厂长{{han:冀二平}}就说，你栖惶，少上夜班，工钱照发。
访谈者：老家还有谁？
受访者：我娘{{minority/hui:胡赛妮}}七十三了，守着同心的老院子，老说让我把娃领回去。回去种甚？那边旱，一年下不了几场雨。我给娃们讲{{trap/famous:马本斋}}打鬼子，小子说长大也要当兵。
访谈者：孩子们想妈妈吗？
受访者：闺女不记得她妈长甚样了。小子记得，有一回放了学跑到汽车站，说要去普明找他妈，天黑了还没回来。{{han:者正兵}}也骑上摩托跟我满县城寻，最后是车站值班的把他领到屋里，给他泡了一碗面。那一黑夜我一眼都没合。学校的心理老师{{compound:端木晋生}}后来找他谈了好几回，他才慢慢不跑了。
访谈者：闺女的耳朵还能治吗？
受访者：{{trap/org:县残联}}说七岁以前能申请人工耳蜗救助，我们那几年不懂，错过了。现在只能戴助听器，一副坏了，换一副得好几千。民政办的人帮我问了省里，说明年有个公益项目，能免费配一副好的。
访谈者：学校有清真灶吗？
受访者：没有。中午我骑摩托回来给他们做，一锅烩菜，山药蛋多，肉少。{{trap/place:离石}}清真寺的{{han:妥阿訇}}知道了，每到{{trap/minority_word:开斋节}}就托人捎些牛肉来。
访谈者：厂里的活累吗？
受访者：累。秋天收山药蛋的时候，淀粉厂二十四个钟头不停机，车间里全是水汽，冬天一出门衣裳就冻成硬壳。我腰上落下了毛病，阴天就疼，可不敢歇，歇一天就少一天工钱。工友都是本地人，起先不惯我不吃大肉，后来食堂专门给我留了个灶眼。厂长说，人家是回民，这是规矩。
访谈者：钱够用吗？
受访者：紧巴巴的。我一个月三千出头，房租四百，闺女的助听器电池一个月一百多。低保加补贴一千来块，才刚够。{{minority/hui:伊德热斯}}懂事，放学回来先给妹妹热饭，{{minority/hui:赛菲叶}}她也乖，吃完了自己洗碗。
访谈者：登记信息请您说一下。
受访者：住在{{address:岚县岚城镇滨河北路淀粉厂家属院2排5号}}，老家{{address:同心县豫海镇杨家河湾村三队11号}}。我的身份证{{id_number@my1983quad.640324}}，闺女的{{id_number@wy2017fwhyphen.141127}}。我电话{{mobile@s434}}。我微信{{wechat:Hanmuzai_Tongxin}}。小子上网课有个QQ，写在门后头的挂历上：{{qq:36184072}}。
访谈者：表上名字都写对了吗？
受访者：乱得很。补助表上我成了{{spaced:拜 金贵}}，学校把小子写成{{spaced:伊 德 热 斯}}，闺女写成{{spaced:赛　菲　叶}}。
访谈者：您最盼什么？
受访者：盼闺女能听见，能说囫囵话；盼小子把书念成。婆姨走了我不怨，娃是我的，我就管到底。这些年最该谢的，是{{han:者正兵}}。
""")

# H1554: Amdo Tibetan mother from 碌曲 married into a Han family of 石楼 (和合乡); her husband is in prison, her
# daughter had heart surgery.
DOCS["H1554"] = ("family", """\
访谈者：阿佳，您是从甘南嫁过来的？
受访者：嗯，{{trap/place:碌曲}}的，牧区。我叫{{minority/tibetan:贡毛吉}}，村里人嫌长，都喊我{{minority/tibetan:毛吉}}。
访谈者：怎么嫁到石楼来了？
受访者：娃他爸{{han:畅海平}}年轻时在{{trap/place:郎木寺}}那边修公路，我在路边卖酸奶，就认得了。{{han:畅海平}}他老家在{{trap/place:石楼}}{{trap/place:和合乡}}，十年前我跟他回来，头一回见黄土沟沟，光秃秃的，哭了一黑夜。
访谈者：孩子爸爸现在在哪里？
受访者：在里头。前年为了硷畔底下一条路跟邻家打架，把人家打成重伤，判了五年，关在{{trap/place:祁县}}。家里就剩我、婆婆{{han:霍桂英}}和两个娃。
访谈者：孩子们多大？
受访者：小子九岁，藏名是我阿爸{{minority/tibetan:尕藏旦周}}起的，叫{{minority/tibetan:闹吾东智}}，户口上叫{{han:畅子豪}}。学校花名册把两个名拼成一个，写成{{minority/tibetan:畅闹吾}}，在{{school:石楼县和合乡中心小学三年级二班}}。婆婆叫他{{minority/tibetan:吾娃}}。闺女四岁，藏名{{minority/tibetan:梅朵措}}，汉名{{han:畅小雨}}，生下来心上就有个洞。
访谈者：闺女的病怎么看的？
受访者：在{{trap/org:吕梁市人民医院}}查出来的，{{han:栗鸿渐}}医生说要去太原做手术。合作医疗报了大头，剩下的{{trap/number:两万三}}，是村里的儿童主任{{han:雒春梅}}帮着申请的大病救助，{{trap/org:吕梁市慈善总会}}也给了一些。
访谈者：平时谁在帮你们？
受访者：她又给两个娃报了服刑人员子女补助，一个娃一个月{{trap/number:六百五十块}}。监狱的{{han:和警官}}和我们通电话，说娃他爸在里头表现好。县社工站的{{compound:上官沁岚}}每两个月带娃们去一趟祁县会见，她同事{{compound:钟离晓月}}给小子补语文。班主任{{han:燕翠屏}}老师说，{{minority/tibetan:闹吾东智}}他作文写得好，写窑洞檐下的{{trap/word:燕窝窝}}，写阿妈家的牦牛。
访谈者：去祁县会见是什么样子？
受访者：头一回去，{{minority/tibetan:吾娃}}隔着玻璃一句话也不说，光拿手指头在玻璃上画。他爸在那头哭，我在这头哭，{{minority/tibetan:梅朵措}}不懂，还当是看电视。出来以后社工领我们在县城吃了一碗刀削面，说下回让娃给他爸画一张画带进去。第二回娃画了一头牦牛，他爸把画贴在床头上。
访谈者：孩子知道爸爸的事吗？
受访者：知道。有同学骂他是劳改犯的娃，他把人家推到沟里了。老师没罚他，把两个娃叫到办公室，一人给了一颗糖。
访谈者：婆婆身体怎么样？
受访者：七十了，还种着三亩谷子、两亩山药蛋。去年秋天在地里晕倒了，是放羊的老汉看见，背着送回来的。乡里民政上的{{han:郝向东}}来看了，给我们家报了低保，又让婆婆办了高龄补贴。他说，你一个外地媳妇撑着这个家，不容易。我听了这话，心里热乎了好几天。
访谈者：闺女手术在哪里做的？
受访者：{{trap/place:太原}}。{{trap/org:山西省心血管病医院}}的{{compound:诸葛文瑾}}大夫主的刀，做了四个钟头。我在走廊里坐着念经，婆婆在旁边念阿弥陀佛，两个老婆子各念各的，念到娃推出来。
访谈者：您在这边过得惯吗？
受访者：头几年过不惯。这边吃莜面、山药蛋，我想{{trap/minority_word:糌粑}}想得哭。婆婆会蒸花馍，喊我{{minority/tibetan:毛吉}}，我教她打酥油，她教我捏面鱼鱼。隔壁的{{han:郝二嫂}}教我说石楼话，现在我骂娃也是石楼话。
访谈者：老家还有人吗？
受访者：阿妈{{minority/tibetan:加羊草}}在碌曲放牦牛，哥哥{{minority/tibetan:洛藏丹增}}在寺里当喇嘛，每年托人捎来酥油和{{trap/minority_word:风马}}。在{{trap/org:吕梁学院}}念书的{{minority/tibetan:官却当周}}是碌曲老乡，放假来给我当翻译。我给娃们讲{{trap/famous:松赞干布}}，闺女听着听着就睡了。
访谈者：登记信息请您说一下。
受访者：家在{{address:石楼县和合乡圪针沟村后坡7号}}，娘家{{address:碌曲县尕海乡秀哇村二社4号}}。我的身份证{{id_number@wy1990x.623026}}，小子的{{id_number@my2016tri.141126}}。我电话{{mobile@h38}}，{{han:雒春梅}}的{{mobile@fws}}。微信是娃他爸进去前给我开的，叫{{wechat:Gongmaoji-Luqu}}。
访谈者：补助够用吗？
受访者：够吃饭。娃他爸进去以后，家里没了进项，我在村里的粉条作坊帮工，一天六十块。冬天作坊歇了，我就给人家剪羊毛、缝被子，碌曲带来的那点手艺，到这儿还用得上。班主任说，娃要是考上县里的初中，学校能免住宿费。我就盼着这一天。
访谈者：小子用手机吗？
受访者：用我的，上网课。他自己弄了个QQ，号码抄在作业本皮上：{{qq:41529087}}。
访谈者：名字在表上写得对吗？
受访者：不对。补助表上我是{{spaced:贡 毛 吉}}，小子写成{{spaced:闹 吾 东 智}}，汉名又写成{{spaced:畅　子豪}}。
访谈者：最后还想说什么？
受访者：等他爸出来，一家人回一趟碌曲，让娃们看看草原。这几年撑下来，头一个要谢的是{{han:雒春梅}}。
""")

# H1555: Kazakh father from 新源 who drives a truck at an iron mine in 岚县 (梁家庄乡); his Han wife died of cancer;
# his son has autism.
DOCS["H1555"] = ("family", """\
访谈者：大哥，您在矿上开车开了多久？
受访者：八年了，拉矿石，从采场拉到选厂。我叫{{minority/kazakh:别克苏丹·哈斯木}}，老家伊犁{{trap/place:新源}}。车队的人念不全，都喊我{{minority/kazakh:老别}}。
访谈者：怎么到岚县来了？
受访者：当兵在山西，复员那年{{trap/org:袁家村铁矿}}招司机，我就来了。婆姨{{han:弓玉兰}}是{{trap/place:梁家庄乡}}的，在矿上食堂做饭，我们俩就这么认得的。
访谈者：孩子妈妈……
受访者：前年没了，乳腺癌，查出来就是晚期，在{{trap/place:太原}}住了半年院。她走的时候拉着我的手说，两个娃交给你了。
访谈者：孩子们多大了？
受访者：小子十二，叫{{minority/kazakh:塔依尔别克}}，户口本上是{{minority/kazakh:塔依尔别克‧别克苏丹}}。他有孤独症，不跟人对眼，不爱说话，家里人叫他{{minority/kazakh:塔依娃}}。闺女七岁，叫{{minority/kazakh:阿克托兰}}，户口上写{{minority/kazakh:阿克托兰・别克苏丹}}，医院的单子上又写成{{minority/kazakh:阿克托兰.别克苏丹}}。她在{{school:梁家庄乡寄宿制小学一年级（3）班}}，老师同学都叫她{{minority/kazakh:小阿克}}。
访谈者：孩子妈妈病的时候，谁帮过你们？
受访者：矿上{{trap/org:工会}}捐了两万，车队的弟兄们又凑了一万多。婆姨住院那半年，我两头跑，白天在矿上，黑夜开三个钟头车去太原陪床。两个娃就扔在岳父家，{{minority/kazakh:阿克托兰}}那年才五岁，天天站在硷畔上等她妈回来。
访谈者：儿子上学怎么办？
受访者：普通学校跟不上，特教学校离得远，{{han:温慧敏}}老师每礼拜二送教上门，教他认字、搭积木。{{trap/org:山西省儿童医院}}的{{han:邸海燕}}大夫给他做的诊断，说越早干预越好。残联给他办了残疾证，两项补贴都有，康复训练的钱也补了一部分。
访谈者：还有谁在帮你们？
受访者：村里的儿童主任{{han:要春花}}{{trap/word:要强}}，要不是她，我连表都不会填。乡里民政助理{{han:续文斌}}帮我们报了低保。县社工站的{{compound:独孤晓宁}}每月来两回，带小子去做感统训练。车队的{{han:原建国}}{{trap/word:原来}}也是当兵的，我跑夜车的时候，他婆姨{{han:闫二嫂}}过来陪娃们睡。
访谈者：您一个人怎么安排？
受访者：我跟矿上说了，只跑白班。早上六点起来做饭，先送闺女上学，再把{{minority/kazakh:塔依尔别克}}送到岳父家。岳父{{han:弓守仁}}七十了，村里人都叫他{{han:弓大爷}}，腿脚不灵，可看娃还行。
访谈者：儿子的康复训练在哪里做？
受访者：县里没有，得去{{trap/place:离石}}。一个礼拜两回，一回一百二十里路。康复机构的{{compound:澹台晴岚}}老师说，{{minority/kazakh:塔依娃}}现在能听懂"吃饭""穿鞋"，上个月还自己把拼图递给她，这在以前想都不敢想。我听了在车里坐了半天没发动。
访谈者：老家那边呢？
受访者：阿妈{{minority/kazakh:古丽巴合达}}在新源，哥哥{{minority/kazakh:沙合木拉提}}放马，每年冬天寄来一箱{{trap/minority_word:马肠子}}。在太原开餐馆的老乡{{minority/kazakh:托列吾拜}}过节来看我们，带一袋{{trap/minority_word:包尔萨克}}。我给娃们哼{{trap/minority_word:阿肯弹唱}}的调子，{{minority/kazakh:塔依娃}}不说话，可听着就不哭了。
访谈者：闺女住校习惯吗？
受访者：头一个月天天哭，礼拜五回来就钻进她妈的衣柜里睡。{{han:要春花}}跟学校说好了，礼拜三让她给家里打个电话。现在好了，回来跟我说谁跟她好、谁抢了她的橡皮。过{{trap/minority_word:库尔班节}}的时候我宰只羊，请车队的人来吃，{{minority/kazakh:小阿克}}给大家端茶，一口一个叔叔。
访谈者：钱够用吗？
受访者：我一个月五千多，在这边不算少，可康复训练一个月就得两千多。{{minority/kazakh:阿克托兰}}懂事，从来不要新衣裳，她姥爷给的零花钱都攒着给哥哥买拼图。
访谈者：以后打算怎么办？
受访者：先在岚县干着。小子离不开特教学校的老师，换了地方他要闹。等闺女念完小学，我想带两个娃回一趟新源，让他们看看{{trap/place:那拉提}}的草场，看看他们阿爸小时候骑马的地方。婆姨的坟在梁家庄的山上，我走到哪儿，每年清明都得回来给她烧纸，跟她说说两个娃又长高了多少。
访谈者：登记信息请您说一下。
受访者：家在{{address:岚县梁家庄乡袁家村矿区生活区5号楼1单元201}}，老家在{{address:新源县那拉提镇阿尔善村二组23号}}。我的身份证{{id_number@my1981spaced.654025}}，小子的{{id_number@my2013hyphen.141127}}。我电话{{mobile@s74}}。我微信{{wechat:Beksultan_Xinyuan}}。闺女用她姥爷的手机上QQ，号码{{qq:７０５２９１４８３}}。
访谈者：名字在表上写得对吗？
受访者：哪有对的。低保表上我是{{spaced:别克苏丹 · 哈斯木}}，特教学校的名单写成{{spaced:塔 依 尔 别 克}}，闺女的写成{{spaced:阿克托兰　别克苏丹}}。
访谈者：您最盼什么？
受访者：盼{{minority/kazakh:塔依娃}}有一天能喊一声阿爸。
""")

# H1556: Mongolian grandmother from 乌审旗 who married a Han man of 岚县 in 1984; her son died in a flooded coal
# mine, his widow remarried; she raises the grandson.
DOCS["H1556"] = ("family", """\
访谈者：奶奶，您是内蒙古人？
受访者：{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的。我叫{{minority/mongolian:呼和娜日苏}}，村里人叫不惯，跟着我老汉的姓叫我{{han:岳奶奶}}，老姐妹们叫我{{minority/mongolian:呼和姐}}。
访谈者：怎么从乌审旗嫁到岚县来了？
受访者：我老汉{{han:岳存厚}}年轻时{{trap/word:走西口}}，到我们那儿给人放羊，一放六年，就把我娶回来了。那是一九八四年，坐了三天汽车，到了才知道这边全是土梁梁，没有草。
访谈者：爷爷还在吗？
受访者：前年腊月脑梗走了。老汉活着的时候，一到冬天就坐在炕头上唱爬山调，唱给孙子听。他一走，家里就剩我们一老一小，三亩山药蛋地我一个人种不动，租给了邻家，一年给八百块。
访谈者：孙子的爸爸妈妈呢？
受访者：我儿子{{han:岳海军}}，当兵那年想当{{trap/word:海军}}，没当上，回来下了煤窑。六年前{{trap/place:柳林}}的煤窑透水，人没了。媳妇{{han:苗彩霞}}第二年改嫁到{{trap/place:兴县}}，电话也换了，再没回来看过娃。
访谈者：孙子多大？
受访者：十岁。汉名{{han:岳俊鹏}}，蒙古名是我起的，叫{{minority/mongolian:查干格勒图}}，意思是白白净净。我叫他{{minority/mongolian:格勒图}}，学校里老师嫌长，点名叫{{minority/mongolian:岳格勒图}}，同学们叫他{{minority/mongolian:小查干}}。他在{{school:梁家庄乡寄宿制小学四年级（2）班}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:昝玉梅}}，给{{minority/mongolian:格勒图}}报了事实无人抚养，一个月{{trap/number:一千二百九十块}}。乡里的{{han:续文斌}}上门核了两回，我的低保也是他跑下来的。班主任{{han:乜老师}}是个后生，天冷了把自己的棉袄给娃披上。县社工站的{{compound:司徒秋禾}}每月来一回，帮娃写作业。
访谈者：您身体怎么样？
受访者：六十八了，风湿，腿疼得厉害。乡卫生院的{{han:靳大夫}}每月上门给我扎针。我最怕哪天我倒下，{{minority/mongolian:格勒图}}就没人管了。夜里腿疼睡不着，我就听着娃出气，一口一口地数，数到天亮。
访谈者：老家还有人吗？
受访者：弟弟{{minority/mongolian:布仁朝克图}}还在乌审旗放羊，每年秋天寄来{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}。侄女{{minority/mongolian:陶格斯敖登}}在{{trap/place:包头}}当护士，常打电话来，{{minority/mongolian:陶格斯敖登}}她说等娃大了接他去念书。我额吉{{minority/mongolian:敖日格玛}}走的时候，我没赶回去，这是我一辈子的心病。
访谈者：平常日子怎么过？
受访者：早上我熬一锅小米稀饭，蒸几个山药蛋，娃吃了去上学。他住校，礼拜五黑夜回来，礼拜天后晌走。我刚嫁过来那阵子不会做莜面，婆婆手把手教，现在我搓的莜面窝窝比村里人搓得还薄。娃就爱吃我做的手把肉，说比学校的饭香。乡里的{{compound:长孙慧芳}}大夫说我血压高，叫我少吃肉，我嘴上答应，娃回来还是煮一锅。
访谈者：孩子想妈妈吗？
受访者：嘴上不提。去年开家长会，别人都是爸爸妈妈去，就他是奶奶去，回来一黑夜没说话。我给他唱{{trap/famous:嘎达梅林}}，他听着听着就睡了。
访谈者：孩子在学校怎么样？
受访者：念书一般，画画好。他画的马贴在学校墙上，班主任说画里有一股子野劲。有回同学笑他奶奶说话怪，他跟人打了一架，回来一声不吭。我跟他说，奶奶是蒙古人，说话怪不丢人。后来他缠着我学蒙古话，现在进门就喊一声{{trap/minority_word:赛白努}}，把隔壁的老汉们都逗笑了。
访谈者：孩子妈妈联系过吗？
受访者：年时过年打过一回电话，问娃长多高了。娃接起来叫了一声妈，就再没话了。{{han:苗彩霞}}她也有难处，又生了一个，男人管得严。我不怪她，就是娃可怜，开家长会、填表、签字，全是我这个认不得几个字的奶奶。
访谈者：孩子喜欢什么？
受访者：喜欢马。村里{{han:暴三叔}}养了一匹骡子，{{minority/mongolian:格勒图}}天天去喂。三叔说这娃身上有草原的血，下{{trap/word:暴雨}}他也跑去看骡子淋着没有。他说长大了要回乌审旗养一群马，把奶奶也接回去。
访谈者：登记信息请您说一下。
受访者：家在{{address:岚县梁家庄乡西沟村前坡11号}}，娘家是{{address:乌审旗嘎鲁图镇巴音敖包嘎查三组8号}}。我的身份证{{id_number@wy1956.150626}}，孙子的{{id_number@my2015quad.141127}}。我不会用手机，电话是{{han:昝玉梅}}给我存的：{{mobile@plain}}，{{minority/mongolian:陶格斯敖登}}的电话{{mobile@p86h}}。孙子上网课用的QQ，号码写在炕围子上：{{qq:5038261749}}。
访谈者：名字在表上写得对吗？
受访者：不对。表上我是{{spaced:呼 和 娜 日 苏}}，孙子是{{spaced:查　干　格　勒　图}}，还有一张写成{{spaced:岳 格勒图}}。
访谈者：最后想说什么？
受访者：我这辈子从草原走到黄土坡，不后悔。就盼{{minority/mongolian:格勒图}}念成书，替他爸看看海。等我老了走了，让他把我送回乌审旗的沙梁上，那儿有我阿爸额吉，也有我小时候放过的羊群。
""")

# H1557: Han 儿童主任 of a loess village in 石楼 (和合乡圪针沟村) reading out her list.
DOCS["H1557"] = ("staff", """\
访谈者：{{han:雒主任}}，您手里拿的是什么本子？
受访者：我们村困境儿童的花名册。我叫{{han:雒春梅}}，雒是个少见的姓，左边一个各，右边一个隹。在{{trap/place:圪针沟}}当儿童主任第五年了，娃们都叫我{{han:雒姨姨}}。我一户一户给你念。
访谈者：好。
受访者：第一户，{{han:畅海平}}家。男的在祁县服刑，婆姨{{minority/tibetan:贡毛吉}}是藏族。两个娃，{{minority/tibetan:畅闹吾}}九岁；{{han:畅小雨}}四岁，藏名叫{{minority/tibetan:梅朵措}}，心脏年时刚做了手术。服刑人员子女补助，两个娃都有。
访谈者：第二户？
受访者：{{han:贺新年}}，男，十二岁，大年三十生的，他爷给起的名，图个过{{trap/word:新年}}的喜庆。他爸前年在{{trap/place:离石}}工地上摔死了，他妈得病走得更早，是孤儿，跟他{{han:贺二爸}}过。二爸自家有三个娃，日子也紧。孤儿基本生活费每月{{trap/number:一千五百八十元}}。娃在{{school:石楼县第二中学七年级（6）班}}住校，身份证{{id_number@my2012fwspaced.141126}}。
访谈者：第三户？
受访者：第三户是姐弟俩，{{han:便小娟}}和{{han:便小军}}。他爸{{han:便宝林}}吸毒进了戒毒所，他妈{{han:任翠翠}}跟人跑了，找不见，算事实无人抚养，跟着奶奶过。乡{{trap/org:便民服务中心}}的人都认得这俩娃，奶奶隔三岔五去问补助。住{{address:和合乡圪针沟村阳坡14号}}，奶奶的电话{{mobile@hyphen}}。
访谈者：第四户？
受访者：{{han:种晓丽}}，女，十岁，脑瘫，坐轮椅。她爸{{han:种二虎}}在家{{trap/word:种地}}，她妈也是残疾人，一家吃低保，娃还有两项补贴。她在{{school:和合乡中心小学二年级（1）班}}，每天她妈推着轮椅送。
访谈者：还有吗？
受访者：第五户是新报上来的，{{han:和晋芳}}和她弟弟{{han:和小龙}}。他爸开三轮车翻到沟里没了，他妈精神上有病，时好时坏，现在是他姑姑{{han:和润莲}}照看。大的在{{school:和合乡中心小学五年级（2）班}}，学习好，回家还给她妈梳头喂饭。我正给报困境儿童，材料压在乡里。
访谈者：谁跟您一起管这些户？
受访者：乡民政助理{{han:郝向东}}总负责，他一个人管十六个村，跑不过来。驻村第一书记{{compound:欧阳建文}}帮着跑手续，他说二爸当监护人得走法院，后来是县法院的{{han:亢晓峰}}法官判的。社工站派了{{compound:夏侯采薇}}跟第三户，志愿者{{compound:万俟子墨}}每礼拜给娃们辅导作业。
访谈者：您是怎么当上儿童主任的？
受访者：我原来是村里的妇女主任，五年前乡里说每个村要有个儿童主任，就让我兼上了。头一年去{{trap/place:吕梁}}培训了三天，学怎么入户、怎么建台账、怎么看娃身上有没有伤。回来我就把全村一百多个娃挨个过了一遍，哪家爹妈在外头打工，哪家大人有病，都记在本子上。一个娃一页，生日、学校、补助哪个月到期，写得清清楚楚。
访谈者：补助怎么发到手？
受访者：都打到一卡通上。我每月十号前后挨家问一遍，老人不会看短信，我就拿上存折去{{trap/org:农村信用社}}打流水。村口{{han:郝福全}}小卖部能取小额现金，老人们都去那儿取。有一回一个老人的卡被冻住了，我陪着跑了三趟县城才解开。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大的知道，不爱听这个叫法。我上门从不当着同学的面。{{han:便小娟}}跟我说，{{han:雒姨姨}}，你甭跟我同学讲。我说放心，我嘴紧，连我男人都不告诉。
访谈者：冬天入户难吗？
受访者：难。去年腊月下大雪，第一户的闺女刚做完手术回来，我踩着雪往后坡上爬，滑倒了三回。进了窑一看，炉子灭了，{{minority/tibetan:贡毛吉}}抱着娃在炕上捂着。我赶紧给乡里打电话，第二天乡里就送来一车炭。
访谈者：名单上名字写得对吗？
受访者：错得多。县里的表把{{spaced:欧　阳　建　文}}写成四个字分开，{{spaced:贺　新　年}}、{{spaced:便 小 军}}也是一个字一个空，还有{{spaced:种 晓丽}}。错一个字，钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@plain}}，微信{{wechat:luochunmei_gzg}}。村里大点的娃有个QQ群，我的QQ是{{qq:2740519863}}。
访谈者：您自己家里呢？
受访者：我男人在{{trap/place:柳林}}的煤矿上，一个月回来一回。两个娃，大的在离石念高中，小的跟着我。有时候我跑一天回来，小的自己热剩饭吃，跟我说，妈，你管别人家的娃比管我还上心。我听了心里也酸，可这些娃没人管，我不管谁管。
访谈者：干这个最难的是什么？
受访者：最难的是跑腿，一双鞋穿不了半年。沟沟岔岔，一户一户走，下了雨路就断了。可看着{{han:贺新年}}考了全年级第三，拿着奖状跑到我家硷畔上喊{{han:雒姨姨}}，喊得全沟都听见了，我就觉得值。
""")

# H1558: Han township civil-affairs assistant of 梁家庄乡 (岚县), interrupted by phone calls.
DOCS["H1558"] = ("staff", """\
访谈者：{{han:续助理}}，您一个人管全乡的民政？
受访者：差不多。我叫{{han:续文斌}}，{{trap/place:梁家庄乡}}的民政助理，年轻人喊我{{han:小续}}，老人们喊{{han:续干部}}。低保、特困、困境儿童、残疾人两项补贴，都从我这儿过。低保每年复核，跟手机{{trap/word:续费}}一样，一年一回。
访谈者：乡里有多少困境儿童？
受访者：在册的三十七个。我念几户你听。{{trap/place:袁家村}}的{{minority/kazakh:别克苏丹·哈斯木}}，我们叫他{{minority/kazakh:老别}}，哈萨克族，婆姨没了，小子孤独症，他小子{{minority/kazakh:塔依尔别克}}的残疾证是我跟残联跑的。西沟村的{{minority/mongolian:呼和娜日苏}}，村里叫{{han:岳奶奶}}，蒙古族，孙子{{minority/mongolian:查干格勒图}}爸没了，妈改嫁，事实无人抚养。老人家认不得字，每回签字都是按手印。
受访者：还有{{han:郝得胜}}家。{{han:郝得胜}}得了尘肺病，干不了活，婆姨{{han:刘又红}}又是聋哑人，三个娃。大的{{han:郝佳佳}}在县城念高中，学费是{{trap/org:团县委}}资助的。
受访者：{{han:贾再生}}再过两年就七十了，一个人带两个孙子。儿子儿媳都在服刑，一个贩毒，一个包庇，两个娃是服刑人员子女。
受访者：喂，{{han:薛还生}}？还是低保那事？……你家{{han:薛二毛}}的户口不迁回来，我没法给报。……对，让他把户口本拿来。……这户是{{trap/place:上明乡}}搬过来的，户口一直没理顺。
访谈者：一户低保从申请到批下来要多久？
受访者：快的一个月，慢的三个月。先是本人申请，村里开会评议，张榜公示七天，再报到乡里，我入户核查，最后报县里审批。有的老人不识字，申请书是我替他写的，按个手印就行。{{trap/place:前庄村}}有个老汉叫{{han:却满仓}}，全乡姓却的就他一家，他把申请书揣在怀里揣了半年，却不好意思交，说怕人家笑话他吃公家饭。后来是他孙女{{han:却小燕}}偷着拿来给我的。
访谈者：入户核查怎么查？
受访者：看房子，看家电，看有没有车，问收入，再问邻居。有一家婆姨是聋哑人，我就跟她闺女用手机打字问。查完拍照传系统，县民政局的{{compound:南宫婉婷}}审。乡里包村干部{{compound:赫连满囤}}跟我一起下村，一个骑摩托一个坐后座，一天跑五个村。有的人家嫌我们翻箱倒柜，我就先说清楚，查是为了娃，不是为了难为谁。
访谈者：哪个孩子最让您操心？
受访者：{{han:贾再生}}的大孙子{{han:贾浩浩}}，十四岁，逃课去网吧，跟着镇上的灰后生混。他爷爷说管不住。我跟学校的{{han:弋主任}}讲了，又让派出所的{{han:巩所长}}去网吧说一声。人家倒痛快，当天就把老板叫去了。现在那娃住了校，每礼拜给我打个电话报平安。
受访者：喂？{{han:要春花}}啊，{{minority/kazakh:阿克托兰}}的照片你发我微信，我这边要上传。……她是袁家村的儿童主任。
访谈者：遇到过急事吗？
受访者：有。前年腊月半夜，{{han:郝佳佳}}给我打电话，说她爸咳血了。我叫上包村干部开车把人送到{{trap/org:岚县人民医院}}，一路上娃攥着我的袖子不撒手。住院的钱走的临时救助，{{trap/number:三千块}}，第二天就批了。那以后她管我叫{{han:续叔}}，逢年过节给我发个短信。
访谈者：你们怎么传材料？
受访者：微信和QQ。我工作微信{{wechat:xu_wenbin_ljz}}，工作QQ{{qq:918273046}}。村里儿童主任都在一个群里，{{han:昝玉梅}}的微信叫{{wechat:zanyumei1975}}。表格一般传QQ邮箱，微信传大了就糊了。
访谈者：核查时要登记身份证吧？
受访者：要。{{han:贾再生}}的我都背下来了：{{id_number@my1957.141127}}，他家在{{address:梁家庄乡南窑村一组17号}}。{{han:郝得胜}}家住{{address:梁家庄乡前庄村后沟6号院}}。
访谈者：县里有人下来检查吗？
受访者：有。每年县民政局的{{compound:宗政德明}}股长带人来抽查，一个村抽三户，翻台账、看照片、问邻居。台账对不上的要追回钱，还要扣我们的分。所以我宁可多跑，不敢少跑。去年抽到{{han:却满仓}}家，老汉一口气说了半个钟头，把我夸得脸红。
访谈者：表上的名字有写错的吗？
受访者：常有。{{spaced:郝　得胜}}写成两截，{{spaced:南 宫 婉 婷}}一个字一个空，哈萨克娃的写成{{spaced:塔依尔别克 ‧ 别克苏丹}}，点两边都空着。
访谈者：您的电话？
受访者：{{mobile@spaced}}。还有个备用号{{mobile@p86n}}，是我早年在{{trap/place:太原}}打工时办的。
访谈者：干这行最难的是什么？
受访者：人情。村里都是亲戚，你不给报，人家骂你；你给报了，别人又说你偏心。我就一条，按政策办，照片、台账一样不少。娃们的事，宁可多跑一趟。我小时候我爸在煤窑上没了，是村里人东家一碗饭、西家一件衣裳把我拉扯大的，干这个，我就当是还人情。
""")

# H1559: Han special-education teacher of 岚县 who teaches children at home (送教上门).
DOCS["H1559"] = ("staff", """\
访谈者：{{han:温慧敏}}老师，您一个礼拜送教几家？
受访者：五家，礼拜一到礼拜五，一天一家。我叫{{han:温慧敏}}，在{{trap/org:岚县特殊教育学校}}教了十一年，后五年专门送教上门。家长们跟着娃叫我{{han:温妈妈}}，叫得人心里{{trap/word:温暖}}。
访谈者：送教上门是怎么回事？
受访者：有的娃残疾重，来不了学校，可他也有念书的权利。县里就给这些娃在特教学校建了学籍，老师上门去教。一个娃一个教案，能认字的教认字，不能认字的教吃饭、穿衣、上厕所。我们每回去都要拍照、写记录，月底交给教育局的{{compound:濮阳立新}}。
访谈者：礼拜一去哪家？
受访者：{{trap/place:东村镇}}的{{han:杜拴牢}}，十三岁，脑瘫，村里人叫他{{han:牢牢}}。他爸在太原打工，他妈走了，跟着爷爷奶奶住窑洞。学籍挂在{{school:岚县特殊教育学校培智二年级（3）班}}。我去了先给他做手指操，再教他认钱，一块的、五块的、十块的。{{han:牢牢}}他学得慢，可学会了就忘不了。
访谈者：礼拜二呢？
受访者：袁家村的{{minority/kazakh:塔依尔别克}}，孤独症。他家户口本写的是{{minority/kazakh:塔依尔别克别克苏丹}}，学校系统里有个点，我们叫他{{minority/kazakh:塔依娃}}。他爸{{minority/kazakh:老别}}开矿车，礼拜二专门请半天假陪着。{{minority/kazakh:塔依娃}}喜欢拼图，一千块的拼图一下午就拼完了。拼完也不说话，把拼图推到我跟前，我知道那是让我看。
访谈者：礼拜三？
受访者：岚城镇的{{han:麻欢欢}}，唐氏综合征，九岁。她爸{{han:麻长贵}}在县城蹬三轮，她妈老说给我添{{trap/word:麻烦}}。闺女爱唱歌，我一进门她就唱。学籍在{{school:岚县特殊教育学校培智四班}}。
访谈者：礼拜四？
受访者：王狮乡的回族娃，经名{{minority/hui:艾斯麦}}，汉名{{han:虎兰芝}}，我叫她{{minority/hui:小斯麦}}。她爸{{han:虎明山}}是{{trap/place:临夏}}来的羊贩子，她先天失明。礼拜四我教她摸盲文。她爱吃{{trap/minority_word:馓子}}，我就拿馓子教她数数，一根一根地摸，一学就会。
访谈者：她妈妈怎么样？
受访者：她妈{{minority/hui:如给燕}}是个能干人，一个人喂着二十只羊，还把窑洞收拾得干干净净。头回我去，她端出一盘{{trap/minority_word:油香}}，非让我吃完才肯让我走。{{minority/hui:艾斯麦}}如今能摸出自己的名字，{{minority/hui:如给燕}}说，她这辈子头一回觉得闺女能有个出路。
访谈者：礼拜五？
受访者：礼拜五不固定，哪家有急事去哪家。有时候去岚城镇看{{minority/hui:拜赛菲叶}}，她在普通学校，我帮她调助听器，跟{{han:暴丽娟}}老师商量座位。
访谈者：这几年孩子们有变化吗？
受访者：有。礼拜一那个娃刚开始连勺子都拿不住，去年自己能吃一碗饭了。{{han:杜奶奶}}拉着我的手哭，说我们家娃也能自己吃饭了，她活了七十岁，头一回觉得这娃有指望。{{han:麻欢欢}}能数到二十了，{{minority/kazakh:塔依娃}}会说十几个词。变化慢，一年一点，可一点一点攒起来，就是一个娃的一辈子。
访谈者：家长们都愿意吗？
受访者：开头不都愿意。欢欢她爸头一回把我挡在门外，说娃傻，教也白教，别让村里人看笑话。我在他家门口站了一后晌，第二回带上他闺女在学校画的画，他才让我进门。现在他逢人就说，我闺女会唱歌了，是特教学校的老师教的。
访谈者：学校里谁跟您一起？
受访者：康复师{{compound:东方靖怡}}礼拜二跟我去袁家村，心理老师{{compound:拓跋雅琴}}一个月去一趟。我们{{han:郄校长}}把学校那辆旧面包车给了我们，油钱他跟{{trap/org:县残联}}要。
访谈者：您自己辛苦吗？
受访者：路远。东村镇那家在沟底，下了雨车进不去，得走四里土路。冬天路上结冰，我摔过两回。车后座上常年放着一双雨靴、一袋饼干，路上饿了就啃两块。我老公{{han:乔润生}}说你图甚，我说图{{han:牢牢}}叫我一声{{han:温妈妈}}。
访谈者：家长的联系方式您都有吧？
受访者：有。{{han:杜拴牢}}爷爷的电话{{mobile@fullwidth}}，欢欢她爸的{{mobile@plus86spaced}}。我自己的微信{{wechat:wxid_r7m2k9p4x1}}，QQ是{{qq:6283017452}}，家长拍了视频就传给我。
访谈者：登记表上的信息呢？
受访者：{{han:杜拴牢}}家是{{address:岚县东村镇张家沟村北坡3号窑}}，身份证{{id_number@my2011fw.141127}}。{{han:麻欢欢}}的身份证{{id_number@wy2015x.141127}}，尾数是个叉。
访谈者：名册上的名字对吗？
受访者：送教名册上写成{{spaced:塔 依 尔 别 克 ‧ 别 克 苏 丹}}，还有{{spaced:东　方　靖　怡}}、{{spaced:艾　斯　麦}}、{{spaced:杜 拴牢}}。
访谈者：最后想说什么？
受访者：送教上门不是施舍，是这些娃该有的学。我闺女问我，妈，你咋老去别人家？我说，那些娃去不了学校，学校就得去他们家。只要他们学会一样，这一路就没白走。
""")

# H1560: Han county court judge of 石楼 who hears family cases.
DOCS["H1560"] = ("staff", """\
访谈者：{{han:亢法官}}，家事庭主要审什么案子？
受访者：离婚、抚养、继承、监护。我叫{{han:亢晓峰}}，在{{trap/org:石楼县人民法院}}干了十四年，后六年一直在家事庭。当事人喊我{{han:亢法官}}，村里老人喊{{han:亢同志}}。
访谈者：您是石楼本地人？
受访者：本地的，老家在黄河边上的{{trap/place:辛关}}，小时候看着渡船来来回回，过河到陕西赶集。那会儿村里没爹没妈的娃，都是叔伯舅舅收着养，没人写判决书。现在不一样了，谁来养、钱从哪来、谁监督，都要落到纸上，娃才有个靠头。我小时候有个同学没了爹妈，跟着奶奶讨吃，后来再没见过，我一直记着他。
访谈者：涉及困境儿童的案子多吗？
受访者：一年二三十件。我说几件，名字你们回去改掉。
受访者：头一件是指定监护。圪针沟的{{han:贺新年}}，爹妈都没了，他二爸{{han:贺计平}}申请当监护人。乡民政助理{{han:郝向东}}、儿童主任{{han:雒春梅}}都来作证。判下来以后，孤儿基本生活费才能按月打到{{han:贺计平}}的卡上。
受访者：第二件是撤销监护权。{{han:寇三喜}}在{{trap/place:义牒镇}}开了个小砖厂，村里都叫{{han:寇三喜}}砖厂。他喝醉了拿铁锹打闺女{{han:寇小芳}}，打断了胳膊，学校的{{han:乔丽娜}}老师报的警。开庭那天{{han:寇三喜}}倒不吵，就说打自家娃犯甚法。我们判了撤销他的监护权，由{{trap/org:石楼县民政局}}当监护人，娃先送到{{trap/org:吕梁市儿童福利院}}。宣判那天{{han:寇小芳}}她一句话没说，走的时候回头看了她爸一眼。
受访者：第三件是抚养费。原告{{minority/mongolian:呼格吉勒玛}}，蒙古族，{{trap/place:阿拉善}}人；被告{{han:白栓成}}，{{trap/place:小蒜镇}}人。两个人在{{trap/place:银川}}打工认识的，生了个小子，户口上叫{{minority/mongolian:白苏和}}，小名{{minority/mongolian:苏和儿}}。离婚以后，抚养费被{{han:白栓成}}拖了三年，一分没给。{{han:白栓成}}却说钱都给了他娘。{{minority/mongolian:呼格吉勒玛}}她气得当庭就哭了。
访谈者：后来怎么执行的？
受访者：调解员{{compound:司空守拙}}跑了五趟，最后执行了他的三轮车和一头牛。原告的母亲{{minority/mongolian:斯琴宝日玛}}从阿拉善来旁听，说了一句"娃是两个人的"，一屋子人都不说话了。陪审员{{compound:左丘敬儒}}是退休教师，休庭的时候给{{minority/mongolian:苏和儿}}买了一根冰棍。
受访者：第四件是变更抚养关系。{{han:智有福}}离婚的时候，小子判给了他。他去{{trap/place:鄂托克旗}}打工，把娃扔给后老婆，后老婆不给吃饱，冬天让娃睡凉炕。娃他妈{{han:庞润娥}}来起诉，要把娃领回去。家事调查员{{compound:梁丘文静}}去村里住了三天，问了老师、问了邻居，连小子的作业本都翻了。开庭那天当爹的还嘴硬，说娃跟谁都一样。我问小子，他就一句话：我想跟我妈。
访谈者：这种案子您怎么判？
受访者：八岁以上的娃，我们要听他的意见。那个小子十岁，话说得清清楚楚。判给了他妈，{{han:智有福}}每月给六百抚养费。宣判以后我们还回访，老师说娃胖了，上课也敢举手了。
访谈者：判决书上当事人的信息怎么写？
受访者：写全的。原告{{minority/mongolian:呼格吉勒玛}}，{{id_number@wy1992hyphen.152921}}，住{{address:阿拉善左旗巴彦浩特镇额鲁特西路12号}}。被告{{han:白栓成}}，{{id_number@my1988spaced.141126}}，住{{address:石楼县小蒜镇枣林坪村三组19号}}。
访谈者：当事人怎么联系？
受访者：书记员{{compound:鲜于晗岚}}管送达。原告电话{{mobile@s38}}，被告{{mobile@p86h}}，有的被告躲着不接，就发到微信上。原告的微信叫{{wechat:Hugjilma_Alxa}}，被告欠钱的聊天记录，她是从QQ上截的图，QQ号{{qq:1372960584}}也写进了证据目录。想打官司没钱的，打{{trap/hotline:12348}}找法律援助。
访谈者：法院判完以后，还管后面的事吗？
受访者：管。家事庭跟民政局、妇联、学校有个联动机制，判了不算完。撤销监护权的那个闺女，我们每季度去福利院看一回；指定监护的{{han:贺新年}}，我让{{han:雒春梅}}每月给我报一声。有的爹妈打娃，我们还发人身安全保护令，贴在村委会门口，全村都知道，谁再动手就是违法。砖厂那个当爹的后来托人捎话，说想见闺女，我说等娃愿意了再说。
访谈者：卷宗里的名字有写错的吗？
受访者：有。立案的时候写成{{spaced:呼 格 吉 勒 玛}}，还有把陪审员写成{{spaced:左　丘　敬　儒}}的，把娃写成{{spaced:寇 小芳}}的。
访谈者：您审这些案子，最难的是什么？
受访者：最难的是娃。大人吵完了各走各的，娃留在中间。我每回宣判都要问娃一句，你想跟谁。多数娃不说话，只是哭。砖厂那家的闺女后来在福利院考了班上第一，给我写了张贺卡，我一直压在玻璃板底下。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1553,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout197",))


if __name__ == "__main__":
    main()
