# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 142 (tests/pii/holdout142/H1121-H1128 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 142 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
高邮 (Jiangsu) and 诸城 (Shandong): a Mongolian mother from 四子王旗 who guts ducks in a 高邮 salted-egg plant, her
husband in prison, her son with her and her daughter with her mother-in-law in the gacha; an Amdo Tibetan father
from 治多 who drives a forklift in a 诸城 meat plant and raises, with his wife, a daughter with cerebral palsy; a Hui
grandmother from 泾源 raising in 菱塘回族乡 two grandsons whose father died on the road and whose mother remarried; a
Yi father from 普格 who irons in a 密州街道 garment workshop, his wife dead, two children with him and the youngest
with his mother in 普格; a Han community worker in 三垛镇 reading out her register; a Han 儿童主任 in 枳沟镇 who
reaches her families on WeChat; a Han aunt in 辛兴镇 raising her late brother's girl; and a Han township doctor in
界首镇 talking about a boy with asthma whose mother is in prison. The emphasis is on forms where a replacement might
cover only part of a name, in a mix rather than one trick: Mongolian names used whole (必力格巴雅尔, 额日和木花,
奥云其其格, 达林太他) and with short forms (阿斯茹格日勒 then 阿斯茹, 德勒黑巴图 then 德勒黑, 满达乌力吉 then 满达,
萨日格楞 then 萨日格她), a Han surname before a Mongolian given name (白德勒黑, 白满达, 包萨其拉图) and the Han name of
the mother (云秀芝, 云嫂); Amdo Tibetan names (才让南杰, 贡却吉她, 拉科吉她, 夏吾扎西, 央宗措, 扎西本, 多杰仁增) with a
short form (夏吾他), the father's first syllable used as a Han surname (才南杰; 才哥, 才嫂) and a name beginning with
才让 directly after the verb 让 (不让才让南杰上夜班); Han-form Hui names (禹桂芳, 拜永福, 拜子睿, 拜浩轩, 沙凤琴她,
金守义阿訇) beside 经名 used alone (舍蕾法, 雅古白, 赛夫丁他, 马哈茂德, 麦尔嫣, 赫迪彻) and after a Han surname
(拜雅古白, 沙穆萨, 马伊布拉欣); Yi names with the clan name before the given name (巴莫尔曲, 巴莫史妞, 巴莫拉日,
巴莫阿嘎, 杰觉拉哈, 杰觉木芝, 吉力阿芝嫫, 洛古尔日, 吉牛伍沙, 阿卓阿依, 吉牛尔果) and the given name as the short
form (尔曲, 史妞她, 拉日他), the clan's first syllable as a Han surname (巴尔曲; the Han names 巴晓琴, 巴俊杰 and the
nickname 小巴) and a dotted name with and without spaces (巴莫·尔曲, 巴莫 · 尔曲); Han names with common and rare
surnames of the two regions (贲, 茆, 仲, 居, 储, 缪, 仇, 翟, 管, 翁; 臧, 逄, 綦, 隗, 邴, 窦, 栾, 隋, 牟, 宫, 盖, 衣, 解, 相,
初); surnames that are also ordinary words, and such words in given names, next to grammar words (还振华还借给我,
还玉娟还专门, 都凤兰都是, 找把秀珍把表填的, 向向翠萍老师请假, 是由由丽华给, 要春英要我, 我和和秋菊她姐姐, 才哥才三十四,
才振东才二十八, 姚德才才六十出头, 储金有有心脏病, 解长有有腿病, 孔谦让让外公, 戴晓红被判); titles and kin words after
names (仲丽娜老师, 初晓岚老师, 逄玉梅大姐, 金守义阿訇, 向翠萍老师, 薛晓梅老师, 金有爹爹; the span is the name only), a
surname with only a title or kin word, annotated whole (云嫂, 贲姐, 才哥, 才嫂, 禹大娘, 栾老师, 秦所长, 宫所长, 牟老师,
窦老师, 解大爷, 华老师), nicknames and local forms of address, annotated whole (小巴, 琪嫚, 小鸣子); names that contain
words (孔谦让, 汤一鸣, 缪天赐, 和秋菊, 储金有) beside ordinary words that start with a surname character of the voices
(还款, 都是, 初步, 由于, 能干, 拜年, 解决, 衣服, 第五, 司空见惯); names directly before particles, pronouns and verbs
(还振华他, 贡却吉也, 赛夫丁他, 衣红霞她, 綦浩然他, 汤一鸣他) and after 叫/是/给/跟/找/让/和; a name closing the last
sentence (最该谢的是居晓梅。, 最放心不下的是巴莫阿嘎。, 要交给秦所长。, 多亏了孔谦让。); names spaced out character by
character in half- and full-width spaces (阿 斯 茹 格 日 勒, 才 让 南 杰, 拜 雅 古 白, 巴 莫 史 妞, 公 良 若 溪,
吉 牛 尔 果, 司 空 晓 雯, 第 五 佳 音, 宰 父 清 远, 拉　科　吉, 禹　桂　芳, 储　子　涵, 解　建　军, 孔　谦　让), a dotted
name with spaces around the dot (巴莫 · 尔曲) and names split in two (德勒黑 巴图, 满达 乌力吉, 贡却 吉, 拜子 睿,
巴莫　拉日, 吉牛 尔果, 能佳 怡, 戴晓 红); compound surnames after ordinary words (端木, 公羊, 百里, 颛孙, 谷梁, 亓官,
轩辕, 夹谷, 公良, 乐正, 壤驷, 司空, 淳于, 微生, 第五, 西门, 东门, 公西, 宰父, 子车 after 的/叫/律师/同事/社工/还有/
老师/咨询师/志愿者); and numbers read out and written the many ways people do (a QQ number in full-width digits, an ID
read out in threes).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:还振华}}``, ``{{qq:2096453187}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014fwhyphen.370782}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大姐, 阿訇, 爹爹) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 还, 才, 有, 让, 被, 她, 他) are outside the span; a surname with only
a title or kin word (云嫂, 才哥, 禹大娘, 秦所长, 解大爷) and a nickname or local form of address (小巴, 琪嫚, 小鸣子)
are annotated whole. Han-style names of Mongolian, Tibetan, Hui and Yi people (云秀芝, 拜子睿, 巴晓琴) are category
han, and so are the Han forms of address built on a Tibetan name (才哥, 才嫂); a Han surname before a non-Han given
name (白德勒黑, 包萨其拉图, 才南杰, 拜雅古白, 沙穆萨, 马伊布拉欣, 巴尔曲) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout142/make_holdout142.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(142_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176", "181",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1121: Mongolian mother from 四子王旗 who guts ducks in a 高邮 salted-egg plant; her husband is in prison, her son
# is with her and her daughter with her mother-in-law in the gacha.
DOCS["H1121"] = ("family", """\
访谈者：大姐，您在厂里做什么活？
受访者：杀鸭子，掏鸭肠。我叫{{minority/mongolian:阿斯茹格日勒}}，老家{{trap/place:四子王旗}}，工牌上写的汉名是{{han:云秀芝}}，车间里都喊我{{han:云嫂}}，只有老乡还叫我{{minority/mongolian:阿斯茹}}。来{{trap/place:高邮}}第三年了，这个厂的{{trap/word:咸鸭蛋}}出名，鸭子是我们杀的。
访谈者：怎么想到来这么远？
受访者：我男人{{minority/mongolian:德勒黑巴图}}前年喝了酒跟人争草场，拿铁锹把人打成重伤，判了六年，关在{{trap/place:呼和浩特}}。户口本上他写的是{{minority/mongolian:白德勒黑}}。赔人家的钱，羊全卖了也不够。同嘎查的{{minority/mongolian:必力格巴雅尔}}在这边蛋厂干过，说管吃管住，我就带着小的来了。
访谈者：孩子们多大？
受访者：小的是儿子{{minority/mongolian:满达乌力吉}}，八岁，学校名单上跟他爸姓，叫{{minority/mongolian:白满达}}，在{{school:车逻镇中心小学二年级（3）班}}，我在家喊他{{minority/mongolian:满达}}。大的是闺女{{minority/mongolian:萨日格楞}}，十三了，留在嘎查跟她奶奶，在{{school:四子王旗蒙古族学校七年级（2）班}}住校。奶奶{{minority/mongolian:额日和木花}}七十了，腿不好，还放着十几只羊。
访谈者：谁在帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:包萨其拉图}}给闺女报了服刑人员子女补助，每月{{trap/number:八百九十元}}，{{trap/org:旗民政局}}的{{han:郝振川}}入户核过。这边社区的儿童主任{{han:居晓梅}}给儿子办了入学，又帮我申请了临时救助。车间主任{{han:还振华}}还借给我两千块，{{han:还振华}}他说{{trap/word:还款}}的事等你男人出来再讲。县社工站的{{compound:端木远帆}}每周来教儿子写字，帮我男人申诉的是法律援助中心的律师{{compound:公羊承泽}}。
访谈者：厂里的活习惯吗？
受访者：刚来闻不得鸭腥，吐了半个月。现在一天掏两千多只，手泡得发白。一起干活的{{han:贲秀芳}}教我戴两层手套，大家叫她{{han:贲姐}}。{{han:贲姐}}也是苦出身，男人瘫在床上。老板{{han:茆国栋}}说我们蒙古人手快，过年给我包了红包。
访谈者：您一天是怎么过的？
受访者：早上五点进车间，胶靴、围裙一穿，站到下午三点。冷库零下十几度，杀好的鸭子要推进去，出来一身汗又一身冷。三点下班去接儿子，社区办了个四点半课堂，志愿者{{han:夏晓琳}}陪孩子写作业，我回宿舍做饭。晚上十点跟闺女视频，草原上天黑得晚，她那边还亮着。
访谈者：儿子在这边适应吗？
受访者：开头听不懂高邮话，同学叫他“小蒙古”，他回来哭。班主任{{han:仲丽娜}}老师把他带到讲台上讲草原，{{minority/mongolian:满达}}讲了{{trap/minority_word:那达慕}}、讲了赛马，同学们才跟他玩。他爱吃这边的鸭蛋，说比{{trap/minority_word:炒米}}好吃，我听了心里不是滋味。现在他一口高邮话，回草原怕是要被他姐姐笑话。
访谈者：您在这边有说得上话的人吗？
受访者：厂里还有三个内蒙古来的姐妹，周末凑在一起包包子、唱家乡的歌。宿舍楼下看车棚的老太太听不懂，说听着心里发酸，常给儿子塞个苹果。冬天这边屋里没暖气，比草原上还难熬，我们四个挤一张床、盖两床被子，说说笑笑也就过去了。
访谈者：您男人在里面怎么样？
受访者：一个月能打一回亲情电话，十分钟。他在里面学电焊，说出来不放羊了，去旗里修车。去年秋天我带儿子坐了两天火车去会见，隔着玻璃，儿子不敢叫他，回来的路上才哭。他给闺女写信，用蒙古文，一封写满三页，闺女念给奶奶听，奶奶就抹眼泪。
访谈者：跟女儿怎么联系？
受访者：天天视频。{{minority/mongolian:萨日格}}她懂事，周末回家帮奶奶挤奶、烧{{trap/minority_word:奶茶}}，电话里从来不哭，只说{{trap/minority_word:额吉}}你别太累。语文课学了{{trap/famous:汪曾祺}}写高邮鸭蛋的文章，她说妈妈就在那个地方。
访谈者：钱够用吗？
受访者：一个月三千八，寄一千五给奶奶，剩下的交房租、吃饭。赔偿款还欠人家四万多，一年还一点。有时候也想回去，可回去没有羊，也没有活。这边累是累，钱是一分一分落到手里的。
访谈者：以后有什么打算？
受访者：等男人出来，先回旗里，他修车，我在镇上开个小饭馆，卖羊肉面，也卖高邮的鸭蛋。闺女说要考到{{trap/place:呼和浩特}}去读书，那我们就在城边上租个房子陪她。
访谈者：登记信息请您说一下。
受访者：我住{{address:高邮市车逻镇工业集中区蛋品厂职工宿舍3栋112室}}，老家是{{address:四子王旗查干补力格苏木巴音敖包嘎查三组7号}}。我的身份证{{id_number@wy1987spaced.150929}}，儿子的{{id_number@my2016.150929}}。我电话{{mobile@s434}}，{{han:居晓梅}}的{{mobile@hyphen}}。我的微信叫{{wechat:asru_gaoyou87}}。闺女有QQ，号码她用蒙古文本子抄给我的：{{qq:2096453187}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。社保表上我是{{spaced:阿 斯 茹 格 日 勒}}，低保表上男人成了{{spaced:德勒黑 巴图}}，学校把儿子写成{{spaced:白　满　达}}，户口本上是{{spaced:满达 乌力吉}}。
访谈者：您最盼什么？
受访者：盼{{minority/mongolian:德勒黑}}早点出来，一家人回草原。这三年，最该谢的是{{han:居晓梅}}。
""")

# H1122: Amdo Tibetan father from 治多 who drives a forklift in a 诸城 meat plant and raises, with his wife, a
# daughter with cerebral palsy; his son is with his mother in 治多.
DOCS["H1122"] = ("family", """\
访谈者：您在肉食厂开叉车几年了？
受访者：快四年了。我叫{{minority/tibetan:才让南杰}}，{{trap/place:玉树}}{{trap/place:治多}}人。厂里的工牌写成{{minority/tibetan:才南杰}}，班组里都喊我{{han:才哥}}。{{han:才哥}}才三十四，头发白了一半。
访谈者：家里什么情况？
受访者：老婆{{minority/tibetan:贡却吉}}跟我一起出来的，在分割车间剔骨，车间里叫她{{han:才嫂}}。闺女{{minority/tibetan:拉科吉}}七岁，生的时候缺氧，是脑瘫，到现在站不起来。儿子{{minority/tibetan:夏吾扎西}}十一，留在治多跟我阿妈{{minority/tibetan:央宗措}}，在{{school:治多县加吉博洛镇寄宿制小学四年级（2）班}}。
访谈者：怎么想到来{{trap/place:诸城}}？
受访者：县里搞劳务输出，这边的厂子来招人。我想着山东医院好，能给闺女看病。同村的{{minority/tibetan:扎西本}}先来的，说厂里管住。
访谈者：闺女刚查出来的时候您怎么想的？
受访者：天塌了一样。老家的医生说这孩子养不大，让我们别花冤枉钱。她阿妈不信，抱着她去{{trap/place:西宁}}、去成都，一家一家医院问。后来听说山东的康复做得好，我们就来了。刚来那年她连头都抬不起来，现在能坐、能扶着站，这四年没白熬。
访谈者：闺女的治疗怎么样？
受访者：每天上午送她去{{trap/org:诸城市残疾人康复中心}}，康复师{{han:初晓岚}}老师给她扳腿、练站。{{trap/word:初步}}看比刚来的时候强多了，能扶着杠子站五分钟。社区的儿童主任{{han:都凤兰}}给她报了残疾人两项补贴，又报了困境儿童，每月{{trap/number:一千零六十元}}，{{han:都凤兰}}{{trap/word:都是}}跑着帮我们办的。市残联的{{han:相明辉}}来家里看过，送了一台轮椅。{{minority/tibetan:拉科吉}}她上了{{school:诸城市特殊教育学校一年级（1）班}}，老师一周两回送教上门，她会用手指着我叫阿爸了。
访谈者：康复要花多少钱？
受访者：康复中心一个月四千多，残疾儿童康复救助报一大半，我们自己出一千出头。站立架也是残联给的。闺女还吃防抽筋的药，一个月三百。我和老婆挣七千多，房租、吃饭、寄给阿妈，剩不下什么。
访谈者：厂里对你们怎么样？
受访者：叉车班长{{han:臧德旺}}照顾我，跟车间说好了，不让{{minority/tibetan:才让南杰}}上夜班，下午好去接闺女。工会的{{han:逄玉梅}}大姐年年送米送油。社工站的{{compound:百里映川}}每周来教我老婆在家给闺女做康复，还带了个志愿者叫{{compound:颛孙若雪}}，给闺女读绘本。
访谈者：您老婆在厂里怎么样？
受访者：{{minority/tibetan:贡却吉}}她手上的活比我细，剔骨刀使得好，组长{{han:邱美玲}}说她一个人顶两个。下了班还要给闺女按腿、洗澡，夜里十一点才睡。有一回她累得在车间晕倒了，是{{han:逄玉梅}}大姐送去的医院。
访谈者：老家的儿子呢？
受访者：{{minority/tibetan:夏吾}}他跟奶奶过，放假帮奶奶挤牛奶、背水。村里的儿童主任{{minority/tibetan:多杰仁增}}给他报了留守儿童关爱，冬天送来棉衣。他在电话里说，我们治多出过{{trap/famous:索南达杰}}，在{{trap/place:可可西里}}护藏羚羊，他长大也要去巡山。
访谈者：闺女平时在家做什么？
受访者：爱听歌，我一放老家的歌她就笑。她最喜欢{{han:臧德旺}}，他一来就把她举起来转圈。去年她过生日，班组的人凑钱给她买了个会唱歌的娃娃。她说不清楚话，可谁对她好，她心里明白。
访谈者：您自己呢？
受访者：吃不惯这边的饭，一开始天天想{{trap/minority_word:糌粑}}，老婆就托人从老家捎青稞面。过{{trap/minority_word:藏历年}}的时候班组的人来家里喝{{trap/minority_word:酥油茶}}，{{han:臧德旺}}喝了一口说像咸汤。这边夏天太热，我在叉车上坐一天，衣服能拧出水；冬天倒好，比治多暖和多了。
访谈者：儿子想你们吗？
受访者：想。每天晚上跟他视频，他在学校宿舍，要借老师的手机。他问妹妹会走了没有，我说快了。他说放暑假要来山东看海，我答应他，今年暑假一定带他去{{trap/place:青岛}}。
访谈者：登记信息请您说一下。
受访者：住{{address:诸城市舜王街道前疃村东一巷7号}}，老家{{address:治多县加吉博洛镇日青村二社15号}}。我的身份证{{id_number@my1991.632724}}，闺女的{{id_number@wy2017fw.632724}}。我电话{{mobile@plus86dash}}，{{han:都凤兰}}的{{mobile@s38}}。我的微信是{{wechat:cairang_nanjie}}。儿子有个QQ，号码他用藏文数字写在我烟盒上，我又抄成阿拉伯数字：{{qq:738102649}}。
访谈者：名字写得对吗？
受访者：乱。残联的表上我是{{spaced:才 让 南 杰}}，闺女是{{spaced:拉　科　吉}}，老婆写成{{spaced:贡却 吉}}。
访谈者：以后有什么打算？
受访者：儿子明年小学毕业，想接他过来上初中，一家人在一块儿。阿妈年纪大了，也想接她来，就怕她住不惯楼房，离了寺院和牛羊，心里不踏实。闺女能自己走路，我就知足了，{{minority/tibetan:贡却吉}}也这么想。
""")

# H1123: Hui grandmother from 泾源 raising two grandsons in 菱塘回族乡 (高邮); her son died on the road and his wife
# remarried.
DOCS["H1123"] = ("family", """\
访谈者：大娘，听口音您不是本地人？
受访者：宁夏{{trap/place:泾源}}的，{{trap/place:六盘山}}底下。我叫{{han:禹桂芳}}，经名{{minority/hui:舍蕾法}}，在{{trap/place:菱塘回族乡}}住了十二年，街上都喊我{{han:禹大娘}}。
访谈者：怎么到这边来的？
受访者：儿子{{han:拜永福}}早年在这边贩牛羊肉，娶了菱塘的回族姑娘{{han:沙凤琴}}，我就跟过来带孙子。前年冬天他开车去{{trap/place:扬州}}送货，在高速上出了事，人当场就没了。{{han:沙凤琴}}她办完丧事，说去南京打工，后来再嫁了，电话也不接。
访谈者：两个孙子多大了？
受访者：大的{{han:拜子睿}}十二，经名{{minority/hui:雅古白}}，在{{school:菱塘回族乡中心小学六年级（1）班}}，寺里经学班的阿訇点名叫他{{minority/hui:拜雅古白}}。小的{{han:拜浩轩}}八岁，经名{{minority/hui:赛夫丁}}，在{{school:菱塘回族乡中心小学二年级（3）班}}。{{minority/hui:赛夫丁}}他晚上还搂着他爸的衣裳睡。
访谈者：生活上谁帮你们？
受访者：乡里的儿童主任{{han:把秀珍}}，是她把两个孩子报成事实无人抚养，每人每月一千多，我的低保也是找{{han:把秀珍}}把表填的。乡民政的{{han:哈国平}}每季度来一回。寺里的{{han:金守义}}阿訇，经名{{minority/hui:马哈茂德}}，常叫{{minority/hui:雅古白}}去念经、写字。大孙子的班主任叫{{han:向翠萍}}，我说话她听不懂，有事都是{{minority/hui:雅古白}}向{{han:向翠萍}}老师请假。县社工站的{{compound:谷梁思远}}两周来一回，给孩子做心理疏导，她同事{{compound:亓官沐阳}}教小的画画。
访谈者：您一天是怎么过的？
受访者：天不亮起来做礼拜，给两个孩子下面条，送到学校，再去菜场捡点便宜菜。中午在家缝缝补补，下午三点半去接小的。晚上看着他们写作业，我不识字，就坐在边上，他们写一行我点一下头。礼拜五我去寺里听阿訇讲{{trap/minority_word:卧尔兹}}，回来讲给孙子听。
访谈者：您老家还有人吗？
受访者：有个闺女在泾源，嫁在香水镇，也是一大家子人。她让我带孩子回去，我想过，可孩子们是菱塘生、菱塘长的，说话都是高邮腔，回去连学校都跟不上。再说他爸埋在这边的回民公墓，孩子们每个{{trap/minority_word:主麻日}}都要去看一看。
访谈者：孩子们在学校怎么样？
受访者：大的懂事，放学回来先烧饭，成绩中等。小的调皮，上回跟人打架，老师打电话来，我一句没听懂，是隔壁{{han:沙桂英}}接过电话替我说的。学校食堂有清真窗口，这点好。大的还在学校的书法比赛上拿了个二等奖，写的是“家和万事兴”，奖状贴在堂屋正中。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。大的不说，把他爸的照片夹在课本里。小的问我，妈妈是不是不要我们了，我说妈妈在南京上班，忙。去年开斋节，{{han:沙凤琴}}托人捎来两套新衣裳，一句话没留。大的把衣裳压在箱底，一回也没穿。
访谈者：菱塘的乡亲呢？
受访者：都照应。对门炸{{trap/minority_word:馓子}}的{{minority/hui:沙穆萨}}天天给孩子留一把，他媳妇{{minority/hui:麦尔嫣}}教我用手机。开牛肉面馆的{{han:杨长海}}给大孙子免了早饭钱。{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，挨家送。乡里回民多，谁家有事，一招呼就来一屋子人。大孙子爱听我讲{{trap/famous:马本斋}}打鬼子，听完就跑去{{trap/org:清真寺}}问阿訇还有没有别的。过年乡干部来{{trap/word:拜年}}，送了米面油。
访谈者：您身体怎么样？
受访者：七十一了，血压高，眼睛也花。上个月头晕摔了一跤，是大孙子把我扶起来，跑去叫的{{han:沙桂英}}。最怕哪天我倒了，两个娃没人管。我跟{{minority/hui:雅古白}}说，奶奶要是有事，你就去找{{han:把秀珍}}。
访谈者：大孙子要上初中了，怎么打算？
受访者：他想去高邮城里读，住校，要钱。{{han:把秀珍}}说到时候帮着申请助学金。我跟他说，你读到哪里，奶奶就供到哪里，奶奶没钱，还有国家。刚来那几年谁的话我都听不懂，买菜靠比划，现在能听懂一半了，晚上还能在手机上看我闺女发来的六盘山的照片。
访谈者：登记信息请您说一下。
受访者：住{{address:高邮市菱塘回族乡清真村三组18号}}，老家是{{address:泾源县香水镇园子村四组6号}}。我的身份证{{id_number@wy1954.640424}}，大孙子的{{id_number@my2013x.321084}}。我电话{{mobile@plain}}，{{han:把秀珍}}的{{mobile@s74}}，她的微信是{{wechat:baxz_lingtang}}。大孙子有QQ，号码写在经书的书皮上：{{qq:1367204958}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:禹　桂　芳}}，经名写成{{spaced:舍 蕾 法}}，学校把大孙子写成{{spaced:拜子 睿}}，经学班的名单上是{{spaced:拜 雅 古 白}}。
访谈者：最后还想说什么？
受访者：就盼两个孙子长大成人。{{minority/hui:赛夫丁}}说长大要开车，我不让，他爸就是开车走的。
""")

# H1124: Yi father from 普格 who irons in a garment workshop in 密州街道 (诸城), his wife dead; two children with him
# and the youngest with his mother in 普格.
DOCS["H1124"] = ("family", """\
访谈者：您在这个服装厂做什么？
受访者：熨衣服，一天站十一个钟头。我叫{{minority/yi:巴莫尔曲}}，{{trap/place:凉山}}{{trap/place:普格}}人。我们彝族前两个字是家支，后两个字才是自己的名。厂里登记写成{{minority/yi:巴尔曲}}，工友们叫我{{han:小巴}}，老乡叫我{{minority/yi:尔曲}}。
访谈者：怎么来的{{trap/place:诸城}}？
受访者：同乡的{{minority/yi:杰觉拉哈}}先来的，说{{trap/place:密州街道}}服装厂多。孩子他妈{{minority/yi:吉力阿芝嫫}}前年得肝病走了，在{{trap/place:西昌}}住了两个月院，钱花光了人也没留住。我就带着两个大的出来了。
访谈者：孩子们呢？
受访者：三个。大的是闺女{{minority/yi:巴莫史妞}}，十二岁，学校给起了汉名叫{{han:巴晓琴}}，在{{school:密州街道实验小学五年级（3）班}}。二的是儿子{{minority/yi:巴莫拉日}}，九岁，汉名{{han:巴俊杰}}，在{{school:密州街道实验小学三年级（2）班}}。在家就叫{{minority/yi:史妞}}、{{minority/yi:拉日}}。小的{{minority/yi:巴莫阿嘎}}五岁，留在普格跟奶奶{{minority/yi:杰觉木芝}}，奶奶六十八了，背着他上山放羊。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:由丽华}}。孩子妈没了以后，是由{{han:由丽华}}给两个大的报的困境儿童，每人每月{{trap/number:六百三十元}}。{{trap/word:由于}}户口不在这边，低保只能在老家办，她又帮我跟老家乡政府打电话。车间组长{{han:要春英}}要我晚上别加班，早点回去看孩子。老板{{han:隋立强}}给我们租了一间带灶的屋子，屋子小，三个人挤一张床，可比老家的土房子暖和。市社工站的{{compound:轩辕思彤}}每周来一次，给{{minority/yi:史妞}}补数学，同来的{{compound:夹谷承宇}}带{{minority/yi:拉日}}打篮球。
访谈者：您一个人带两个孩子，顾得过来吗？
受访者：顾不过来。早上六点起来煮饭，七点送到学校门口，我再去厂里。中午孩子在学校吃，晚上我九点下班，{{minority/yi:史妞}}已经把饭煮好，还给弟弟洗了澡。她才十二岁，像个小大人，我心里过意不去。她把她妈的银耳环戴着，说妈妈在她耳朵上。
访谈者：孩子们想妈妈吗？
受访者：想。她妈走的那天，{{minority/yi:史妞}}守了三天三夜没合眼。{{minority/yi:拉日}}那时候小，不太懂，现在会问了，问{{trap/minority_word:阿嫫}}去了哪里。我说去了祖先住的地方，在很高的山上。他说长大了要去爬那座山。
访谈者：孩子们在学校怎么样？
受访者：{{minority/yi:拉日}}他刚来汉话说不利索，班主任{{han:栾老师}}天天放学留他半小时。{{minority/yi:史妞}}她作文写了{{trap/minority_word:火把节}}，老师拿到班上念。课本里学了{{trap/famous:苏轼}}在密州写的词，她回来说，{{trap/minority_word:阿达}}，大诗人也在诸城待过。
访谈者：工友们对您怎么样？
受访者：都好。刚来我不会使蒸汽熨斗，烫坏了两件衣服，{{han:要春英}}没让我赔，自己掏钱补上了。山东人说话直，心眼好。过年厂里放假，{{han:隋立强}}请我们几个外地的到他家吃饺子，我喝了酒，给他们唱了家乡的歌。厂里的山东大姐教我包饺子，我教她们烙荞饼。
访谈者：这边的学校跟老家比呢？
受访者：好得多。老家的学校冬天教室里没炉子，孩子写字手都冻僵。这边教室有空调，有图书角，{{minority/yi:史妞}}每个礼拜借两本书回来，老师还让她进了学校的合唱队。我腿不好，站久了肿，晚上拿热水泡一泡。我不敢病，病了两个孩子就没人管了。
访谈者：老家那边呢？
受访者：村里的儿童主任{{minority/yi:洛古尔日}}常去看，冬天送了棉衣。过{{trap/minority_word:彝族年}}我回去了一趟，{{minority/yi:巴莫阿嘎}}躲在奶奶的{{trap/minority_word:察尔瓦}}底下，不认我。奶奶杀鸡做了{{trap/minority_word:坨坨肉}}，请{{trap/minority_word:毕摩}}给孩子他妈做了法事。彝族年全村人挨家挨户喝酒，那回我只待了三天就赶回来上班。晚上我给孩子讲{{trap/famous:支格阿鲁}}射太阳的故事。老家山高，地里只长{{trap/minority_word:苦荞}}和洋芋，这边一个月能拿四千五，我寄一千回去。
访谈者：厂里有别的彝族人吗？
受访者：有五六个，都是普格、布拖来的，周末在{{trap/place:潍河}}边上聚一聚，吹{{trap/minority_word:口弦}}，说说家里的事。
访谈者：登记信息请您说一下。
受访者：住{{address:诸城市密州街道西关社区兴华路13号2单元101室}}，老家{{address:普格县螺髻山镇火普村二组9号}}。我的身份证{{id_number@my1985hyphen.513428}}，闺女的{{id_number@wy2013.513428}}。我电话{{mobile@p86h}}，{{han:由丽华}}的{{mobile@spaced}}。我微信是{{wechat:bamo_erqu85}}。闺女的QQ是老师让注册的，她写在作业本封底：{{qq:52903174}}。
访谈者：名字写法一样吗？
受访者：不一样。暂住证上是{{minority/yi:巴莫·尔曲}}，中间有个点；医保卡上是{{spaced:巴莫 · 尔曲}}；学校花名册上闺女是{{spaced:巴 莫 史 妞}}，儿子是{{spaced:巴莫　拉日}}。
访谈者：您最盼什么？
受访者：盼孩子们读出书来，别像我一样站着熨一辈子衣服。攒够了钱就回去盖房子，把老人孩子接到一块儿。我最放心不下的是{{minority/yi:巴莫阿嘎}}。
""")

# H1125: Han community worker in 三垛镇 (高邮) reading out her register of children in distress.
DOCS["H1125"] = ("staff", """\
访谈者：您手上这本是什么？
受访者：困境儿童台账。我叫{{han:翟玉琴}}，在{{trap/place:三垛镇}}社区管民政，也是儿童主任。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:储子涵}}，女，十岁，{{school:三垛镇中心小学四年级（2）班}}。爸爸{{han:储国平}}尿毒症，一周透析三回；妈妈前年走了，再没回来。{{han:储子涵}}懂事，放学先去医院陪她爸透析，在走廊上写作业。跟爷爷{{han:储金有}}过，{{han:储金有}}有心脏病，七十三了，庄上人都喊他{{han:金有}}爹爹。住{{address:高邮市三垛镇司徒村五组12号}}，孩子的身份证{{id_number@wy2015quad.321084}}，困境儿童补贴每月{{trap/number:九百二十元}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:缪天赐}}，男，十三岁，{{school:三垛中学七年级（4）班}}。爸爸在工地上摔死了，妈妈后来得乳腺癌也走了，跟舅舅{{han:仇立新}}过，舅舅电话{{mobile@fws}}。孤儿基本生活费每月{{trap/number:一千五百八十元}}。{{han:缪天赐}}作文好，说要学{{trap/famous:秦少游}}写词。他有个QQ，说不开心就在上面留言：{{qq:3309618247}}。
访谈者：第三户？
受访者：第三户，{{han:和梦瑶}}，女，七岁。妈妈{{han:和秋菊}}是精神残疾二级，爸爸在外地打工，不管。上个月我和{{han:和秋菊}}她姐姐{{han:和秋月}}一起，带她去市里办了残疾人两项补贴，孩子也报了困境儿童。{{han:和秋菊}}的身份证{{id_number@wy1990spaced.321084}}。
访谈者：第四户？
受访者：第四户是服刑人员子女，{{han:乔梓轩}}，男，九岁，{{school:三垛镇中心小学三年级（1）班}}。爸爸{{han:乔振宇}}偷电缆，判了四年；妈妈{{han:姚美萍}}改嫁到{{trap/place:宝应}}了。跟奶奶{{han:蒋凤芝}}过，奶奶的身份证{{id_number@wold.321084}}。
访谈者：第五户？
受访者：第五户是外地的，四川{{trap/place:布拖}}来的彝族。爸爸{{minority/yi:吉牛伍沙}}在镇上船厂打工，从船台上摔下来，腰断了；妈妈{{minority/yi:阿卓阿依}}在鱼塘帮工。孩子{{minority/yi:吉牛尔果}}六岁，在{{school:三垛镇中心幼儿园大（1）班}}。
访谈者：这些孩子是怎么找到的？
受访者：有的是老师打电话来，说哪个孩子老不交餐费、一件衣裳穿一冬；有的是邻居在菜场碰见我，悄悄说一句。{{han:缪天赐}}是他班主任{{han:薛晓梅}}老师报的，说孩子夜里睡在学校的车棚里，不敢回舅舅家。我去了才知道，舅妈嫌他吃得多。我跟{{han:仇立新}}谈了两回，又请镇司法所的人讲了讲监护人的责任，现在孩子住校，周末回去，舅妈也给他洗衣裳了。
访谈者：第五户的孩子怎么样？
受访者：{{minority/yi:吉牛尔果}}刚来不会说普通话，幼儿园老师教她唱儿歌学。她爸躺了半年，船厂赔的钱不够看病，我们帮他办了临时救助，又跟他老家的民政联系上，给孩子报了困境儿童。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:秦所长}}总负责，材料报到{{trap/org:高邮市民政局}}。站里同事{{compound:公良若溪}}跟一户、三户，新来的{{compound:乐正安禾}}跟五户，市里的督导叫{{compound:壤驷文博}}，每月下来查台账。
访谈者：台账上的名字写对了吗？
受访者：错的不少。{{spaced:储　子　涵}}多了空格，{{spaced:缪 天 赐}}也是；{{spaced:公 良 若 溪}}被打成四个字分开；彝族孩子写成{{spaced:吉 牛 尔 果}}，还有一张是{{spaced:吉牛 尔果}}。
访谈者：联系方式呢？
受访者：{{han:储金有}}没手机，打他邻居{{han:姚德才}}的，{{han:姚德才}}才六十出头，热心，电话{{mobile@h38}}。我的工作微信{{wechat:zhaiyuqin_sd}}，家长有事都找我。
访谈者：您做这行几年了？
受访者：八年了。刚开始一个月跑坏一双鞋，现在骑电瓶车。我自己的闺女在{{trap/place:扬州}}上大学，她说妈你管那么多人家的孩子，我说这些孩子比你难。全镇在册的困境儿童四十一个，我这本上念的是最难的五户。
访谈者：最难的是什么？
受访者：老人不会说，孩子不肯说。{{han:乔梓轩}}头三个月一句话不跟我讲，后来我每回去都带一本连环画，他才慢慢开口。他爸在里面表现好，减了半年刑，孩子在墙上画了个日历，过一天划一道。
访谈者：补贴是怎么发的？
受访者：每月十号前打到监护人的卡上，孤儿的打到孩子自己名下的卡上。我们每季度入户一次，看钱是不是花在孩子身上。有的老人舍不得花，都存起来；有的家长拿去买烟买酒，说不听就报到镇里，改成发米面、衣裳。
访谈者：您自己的压力大吗？
受访者：大。台账一年核四遍，系统里的跟纸上的要对得上，错一个字都要返工。有时候夜里梦见哪个孩子出事了，惊醒一身汗，就跟我家老头子唠叨，唠叨完了第二天接着跑。这本台账月底要交给{{han:秦所长}}。
""")

# H1126: Han 儿童主任 in 枳沟镇 (诸城) who reaches her families on WeChat.
DOCS["H1126"] = ("staff", """\
访谈者：您平时怎么联系这些家庭？
受访者：全靠微信。我叫{{han:臧晓丽}}，{{trap/place:枳沟镇}}的儿童主任，手机里建了个群，困境儿童的家长、老师、社工都在里头。我翻着聊天记录跟你说。
访谈者：好。
受访者：头一个是{{han:綦浩然}}，十一岁，{{school:枳沟镇中心小学五年级（1）班}}。他妈前年喝农药没了，他爸{{han:綦东升}}在{{trap/place:青岛}}码头上扛活，一年回来两趟，孩子跟奶奶{{han:隗秀兰}}过，住{{address:诸城市枳沟镇前营村南三巷21号}}。他爸的微信是{{wechat:qidongsheng_qd}}，电话{{mobile@plus86spaced}}，有事我就发语音。{{han:綦浩然}}他自己有QQ：{{qq:4180273965}}，晚上十点还在线，我就在上头催他睡觉。
访谈者：第二个？
受访者：第二个{{han:能佳怡}}，女孩，九岁，{{school:枳沟镇中心小学三年级（2）班}}。她妈{{han:能玉梅}}是二级肢体残疾，坐轮椅，{{trap/word:能干}}的活就是在家糊纸盒；她爸嫌累，前年走了。{{han:能玉梅}}的微信{{wechat:nym_zhigou84}}，两项补贴到没到账，她都在微信上问我。{{han:能佳怡}}放学回来给她妈推轮椅、做饭，九岁的孩子会蒸馒头。
访谈者：第三个？
受访者：第三个是服刑人员子女，{{han:窦子航}}，十三，{{school:枳沟初级中学七年级（3）班}}。爸爸{{han:窦立伟}}开赌场，判了五年；妈妈{{han:宫丽丽}}在{{trap/place:潍坊}}打工，微信{{wechat:gonglili_wf}}。孩子跟爷爷{{han:窦长海}}过，{{han:窦长海}}七十多了，还在砖厂看大门，孩子放了学就去砖厂写作业。
访谈者：第四个？
受访者：第四个是内蒙古来的。妈妈{{minority/mongolian:奥云其其格}}在镇上奶牛场挤奶，男人喝酒喝坏了身子，前年没了。她带着儿子{{minority/mongolian:达林太}}，七岁，住{{address:诸城市枳沟镇乔庄奶牛场宿舍2排5号}}。{{minority/mongolian:达林太}}他普通话比他妈说得好，常替他妈在微信上打字。
访谈者：群里平时都说些什么？
受访者：什么都说。谁家孩子发烧了，谁家老人要进城看病没人送，谁家补贴晚了一个月。{{han:隗秀兰}}不会打字，就发语音，一条六十秒，说的都是家长里短。我每天晚上九点以后挨个回，回完了才睡。
访谈者：第四个孩子的妈妈怎么跟您联系？
受访者：{{minority/mongolian:奥云其其格}}汉话会得不多，就发表情。有一回她半夜发来一串哭脸，我赶过去，是{{minority/mongolian:达林太}}高烧抽筋，我开车送到{{trap/org:诸城市人民医院}}。后来她逢人就说，{{han:臧晓丽}}是她亲妹妹。
访谈者：微信上联系有什么不方便的吗？
受访者：有。好多老人只有老年机，我就得一趟趟跑。有的家长换了号、换了微信也不说，一下子就找不着了。最怕的是有人冒充我们发链接骗钱，上回有个陌生号混进群里，说补贴要先交手续费，我赶紧在群里喊，谁也别点，后来群里只有我能拉人。
访谈者：镇上像这样的孩子多吗？
受访者：在册的三十七个，留守的还有一百多。年轻人都出去打工了，村里剩下老的小的。我一个人跑不过来，就在每个村找个热心的大姐当联络员，有事先在群里吱一声。过年我给每家送一副对联，是镇上一位老先生写的。我干这个五年了，原来在村里当会计，那会儿觉得就是填填表、发发钱，干了才知道，难的是跟人打交道。
访谈者：谁跟您一块儿管？
受访者：镇民政的{{han:宫所长}}，学校的{{han:牟老师}}。社工站的{{compound:司空晓雯}}跟前三个孩子，这种难处她{{trap/word:司空见惯}}了，照样一趟趟跑。还有{{compound:淳于立鹏}}，给孩子们上防溺水课；帮{{han:窦子航}}他妈打离婚官司的是律师{{compound:微生安然}}。
访谈者：孩子们自己会找您吗？
受访者：会。{{han:窦子航}}开始谁也不理，我加了他QQ，{{qq:19476208}}，头两个月他只给我回一个句号。过了半年，他期中考进了班里前二十，头一个告诉的是我。
访谈者：孩子们的证件号您也有？
受访者：都存着。{{han:綦浩然}}的身份证{{id_number@my2014tri.370782}}，{{han:能玉梅}}的{{id_number@wy1984fwspaced.370782}}。我自己的电话{{mobile@p86n}}，群里的人都有。
访谈者：名字写错过吗？
受访者：常有。系统里是{{spaced:綦 浩 然}}，社工的名字成了{{spaced:司 空 晓 雯}}，蒙古族孩子写成{{spaced:达 林 太}}，{{spaced:能佳 怡}}中间空了一格。
访谈者：您家里支持吗？
受访者：我对象开始有意见，说我手机不离手，饭桌上也回消息。后来他跟我去了一趟{{han:綦浩然}}家，看见孩子跟奶奶住在漏雨的屋里，回来就不吭声了，还帮着修了屋顶。{{han:綦浩然}}过生日那天，他爸在码头上回不来，群里的人一人给他发了一句祝福，他截了图，到现在还当手机屏保。
""")

# H1127: Han aunt in 辛兴镇 (诸城) raising the daughter of her late brother.
DOCS["H1127"] = ("family", """\
访谈者：大姐，孩子是您侄女？
受访者：是俺哥的闺女。俺叫{{han:解秀云}}，{{trap/place:辛兴镇}}人。俺哥{{han:解建军}}前年冬天在{{trap/place:潍坊}}给人开货车，高速上追尾，人没了。孩子叫{{han:解梦琪}}，十一了，在{{school:辛兴镇中心小学五年级（2）班}}，俺们都喊她{{han:琪嫚}}。
访谈者：孩子妈妈呢？
受访者：她妈{{han:衣红霞}}，俺哥没了半年就嫁到{{trap/place:日照}}去了，说带着孩子人家不要。{{han:衣红霞}}她也难。头一年还打电话，现在过年才给孩子寄身{{trap/word:衣服}}。
访谈者：您怎么接过来的？
受访者：俺不接谁接？俺娘走得早，俺爹{{han:解长有}}有腿病，庄上都喊他{{han:解大爷}}，一个人顾不了孩子。俺对象{{han:牟德成}}没二话，说添双筷子的事。俺儿子{{han:牟俊豪}}比{{han:琪嫚}}大两岁，护着她，谁欺负她他跟谁急。
访谈者：孩子刚来适应吗？
受访者：不适应。她原先在城里上学，俺这是庄户人家，冬天屋里冷，她手上长冻疮。吃饭也挑，不吃地瓜，俺没说她，慢慢地她自己就吃了。有一回俺听见她在被窝里跟她爹说话，说爹你冷不冷，俺在门口站了半天没敢进去。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:宫翠娥}}给孩子报了事实无人抚养，每月{{trap/number:一千二百四十元}}。镇民政的{{han:邴志刚}}来核过三回，说有难处就找他{{trap/word:解决}}。村支书{{han:才振东}}才二十八，大学生，帮俺在网上填表。班主任{{han:窦老师}}知道她爹没了，常留她吃午饭。市社工站的{{compound:第五佳音}}每月来一回，上个月是她来的{{trap/word:第五}}回，孩子跟她亲。俺哥的赔偿款是律师{{compound:西门雪晴}}帮着要的，存在孩子名下。
访谈者：孩子夜里还哭吗？
受访者：刚来那年老做噩梦，半夜哭醒。市社工站又派了个心理老师{{compound:东门思齐}}，陪她做了半年游戏，现在能一觉睡到天亮了。
访谈者：孩子的妈妈来看过她吗？
受访者：来过一回，去年夏天。{{han:衣红霞}}拎着一兜子零食，在门口站着不进来。{{han:琪嫚}}躲在俺身后，叫了一声妈，就跑屋里去了，她妈哭着走的。俺跟孩子说，你妈也有难处，你长大了就明白了。
访谈者：家里的钱够用吗？
受访者：俺家种着六亩地，俺对象农闲去城里干装修。儿子上初中，一年也花不少。补贴下来宽松点了，俺给她报了个画画班，一个月两百。赔偿款二十万是给她上大学的，俺跟俺对象说好了，就是揭不开锅也不动。{{compound:西门雪晴}}律师说，这钱孩子十八岁才能取。
访谈者：孩子在学校怎么样？
受访者：成绩中上，数学好，语文差点。刚转过来那学期，班上有孩子说她是没爹的孩子，她跟人打了一架。{{han:窦老师}}把两个孩子叫到办公室，一人说了一顿，后来那孩子还给她送了块橡皮。现在她有三四个好朋友，放了学一起跳皮筋。
访谈者：您平时累吗？
受访者：累也得干。早上五点起来做饭，送俺儿子去坐校车，再送她去学校。白天下地，晌午回来喂鸡喂猪，下午接孩子。晚上她写作业，俺在边上纳鞋底，看她写到九点。俺不识几个字，帮不上她，就是坐着陪着。赶上农忙，俺就让她跟着下地，她在地头上画画，画俺锄地。俺对象去城里干活，回来总给她捎点东西，一根头绳、一包糖。前些日子学校让写“我的家”，她写了俺一家四口。
访谈者：村里人怎么看？
受访者：都说俺傻，给别人养孩子。俺说那是俺亲侄女，俺哥就这一个骨血。邻居{{han:盖凤英}}常送鸡蛋过来，说孩子正长个儿。
访谈者：孩子现在怎么样？
受访者：好多了，爱画画，画得最多的是她爹开的大货车。她说长大要当交警，不让人开快车。学校里讲{{trap/famous:刘墉}}的故事，她回来问俺，{{trap/famous:刘罗锅}}是不是咱诸城的。
访谈者：登记信息请您说一下。
受访者：家在{{address:诸城市辛兴镇大辛兴村西五巷12号}}。孩子的身份证{{id_number@wy2014fwhyphen.370782}}，俺的{{id_number@wquad.370782}}。俺电话{{mobile@plain}}，{{han:宫翠娥}}的{{mobile@s74}}。俺的微信{{wechat:xiexiuyun_xx}}。孩子有个QQ，是她娘给申的，号码写在她画本背面：{{qq:2851063749}}。
访谈者：名字写得对吗？
受访者：有写岔的。补助表上是{{spaced:解 梦 琪}}，俺哥的死亡证明写成{{spaced:解　建　军}}，社工的签名是{{spaced:第 五 佳 音}}，俺还以为是四个人。
访谈者：您最盼什么？
受访者：盼{{han:琪嫚}}好好念书，考出去，俺哥在地下也能闭眼了。过年俺带她去给她爹上坟，她把画的大货车烧给她爹，说爹你开慢点。俺听了，转过身去抹了把眼泪。
""")

# H1128: Han township doctor in 界首镇 (高邮) about a boy with asthma whose mother is in prison.
DOCS["H1128"] = ("staff", """\
访谈者：您是镇卫生院的医生？
受访者：是，{{trap/place:界首镇}}卫生院，全科，我叫{{han:管文华}}，也在家庭医生签约团队里。你问的那个孩子叫{{han:汤一鸣}}，十岁，哮喘，签在我名下。
访谈者：您怎么认识这个孩子的？
受访者：前年签约，外婆来签字，把他也带来了。孩子坐在凳子上，喘得说不出整句话，嘴唇发紫。我一听，肺里全是哮鸣音，就知道是哮喘，从没正规治过。那天我把下午的号都推了，先给他雾化。外婆以为是感冒，一直给他喝止咳糖浆。
访谈者：孩子家里什么情况？
受访者：他妈{{han:戴晓红}}被判了三年，帮人家电信诈骗转账，叫帮信罪，关在{{trap/org:江苏省女子监狱}}。他爸{{han:汤国强}}早离了，在{{trap/place:上海}}又成了家，一分钱不给。家里就靠外公那点养老金和外婆种的菜。孩子跟外公外婆过，外公{{han:戴长根}}七十二，外婆{{han:夏桂兰}}有糖尿病，每个月都到我这儿拿药。
访谈者：孩子的病怎么样？
受访者：一换季就喘。去年冬天半夜犯病，村医{{han:孔谦让}}让外公赶紧打{{trap/hotline:120}}，车来之前他一直守着，送到{{trap/org:高邮市人民医院}}才抢救过来。后来确诊了，开了吸入的药，一个月两百多，慢病门诊能报一部分。外公开始舍不得，药用一半就停，我每回随访都数一遍剩下的药。外公喊他{{han:小鸣子}}，{{han:小鸣子}}懂事，现在自己记着用药。
访谈者：有哪些人帮他们？
受访者：镇民政的{{han:还玉娟}}还专门去问了监狱的手续，给孩子报了服刑人员子女补助，每月{{trap/number:七百八十元}}。村里的儿童主任{{han:翁秀梅}}三天两头去。孩子在{{school:界首镇中心小学四年级（1）班}}，班主任{{han:华老师}}把他的药放在讲台抽屉里。县社工站的{{compound:公西若楠}}每月带他去会见一次妈妈，心理咨询师{{compound:宰父清远}}给他做沙盘，志愿者{{compound:子车晓岚}}周末教他吹笛子，说练气。镇上卖牛肉的回族大哥{{minority/hui:马伊布拉欣}}，每回见他都塞一包牛肉干，他媳妇{{minority/hui:赫迪彻}}给孩子织了条围巾。
访谈者：您每个月随访都做些什么？
受访者：听肺、测峰流速，看他吸药的姿势对不对。小孩子用药容易偷懒，吸一口就算了，我让他当着我的面做一遍。还要看家里：外婆爱烧柴火灶，烟大，我劝她换了液化气；床上的棉絮旧了，螨虫多，社工帮着申请了一床新被子。
访谈者：孩子在学校受影响吗？
受访者：体育课跑不了八百米，有同学笑他是病秧子。{{han:华老师}}就让他当体育委员，喊口令、记成绩，他嗓门比谁都大。冬天他戴着口罩上学，同学问他，他说我是医生的助手，将来要当医生，专给喘不上气的小孩看病。
访谈者：孩子知道妈妈为什么坐牢吗？
受访者：知道个大概。他问过我，伯伯，帮别人转钱也算犯法吗？我说知道是骗来的钱还帮着转，就算。他想了半天说，那我妈是被人骗了。我没再说什么。会见回来那天最容易犯病，一哭就喘。{{han:戴晓红}}在里面给他写信，让他好好用药，{{han:汤一鸣}}他把信压在枕头底下。
访谈者：镇上像他这样的孩子多吗？
受访者：签在我名下的孩子有六十多个，父母在外打工的占一半。有病的孩子最怕没人盯着用药，老人记不住，孩子自己又贪玩。卫生院跟学校商量好了，每学期给这些孩子建一张健康卡，班主任、村医和我都能看到。
访谈者：外公外婆撑得住吗？
受访者：撑不了几年。外公血压高，外婆脚上有个伤口三个月没长好，我每周去给她换一次药。我跟{{han:还玉娟}}商量过，万一老人倒了，孩子得有人临时监护，县里的儿童福利机构能托底。现在外公每天骑三轮车送他上学，风大的日子给他围两条围巾。我写过一封信，托社工带进去，写清楚孩子的病和用药，让他妈放心。她回信说，出来以后一定好好过日子，再也不贪那点钱了。
访谈者：登记信息请您说一下。
受访者：家在{{address:高邮市界首镇芦山村四组8号}}。孩子的身份证{{id_number@my2015fullwidth.321084}}，外公的{{id_number@my1952x.321084}}。外公电话{{mobile@plus86}}，{{han:还玉娟}}的{{mobile@fullwidth}}。我的工作微信是{{wechat:wxid_k3m9q2t7v5}}。孩子有QQ，上网课用，也跟社工约会见的时间，号码是全角打的：{{qq:６０３９１８４７２}}。
访谈者：表上的名字有写错的吗？
受访者：有。医保系统里他是{{spaced:汤 一 鸣}}，转诊单上他妈写成{{spaced:戴晓 红}}，社区把心理咨询师写成{{spaced:宰 父 清 远}}，村医写成{{spaced:孔　谦　让}}。
访谈者：最后您还想说什么？
受访者：这孩子能挺过那一夜，多亏了{{han:孔谦让}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1121,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
