# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 155 (tests/pii/holdout155/H1225-H1232 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 154, written at the same time, is not
an earlier set).

Set 155 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
高密 and 安丘 (Shandong): a Mongolian grandfather from 翁牛特旗 raising his grandson in 高密 after his son was killed
on the road and the Han mother remarried; an Amdo Tibetan mother from 夏河 who picks ginger in a 安丘 cold store,
raising a deaf girl with a hearing aid whose Han father left them; a Hui mother from 西吉 who sells lamb skewers at
the night market of 醴泉街道, her husband in prison; a Kazakh father from 富蕴 who minds looms in a 夏庄镇 textile mill,
raising twins after his wife died; a Han 儿童主任 in 柏城镇 reading out her register; a Han social worker in 兴安街道
who keeps up with her families on WeChat; a Han grandmother in 景芝镇 raising her dead daughter's two children; and a
Han head teacher in 密水街道 talking about a boy who keeps running away to his mother in 青岛. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole (额尔德尼毕力格图, 乌日娜高娃, 策仁敦德布, 斯钦毕力格图, 莫日根达来) and with a short form after the full name
(纳木吉乐色楞 then 色楞, 那钦双和尔 then 双和尔他, 双和尔和同桌), a Han surname before a Mongolian given name (吴双和尔,
the dead father's Han surname on the school list) and the Han names and forms of address of the same family
(吴振邦, 吴大爷, 吴海军, and the nickname 小双); Amdo Tibetan names of 夏河 (更藏卓玛, 看召草, 仁增东珠阿卡, 扎西东知) with
a short form (更卓), names that start or end with 才/让 next to the same words as grammar (才让央宗才六岁,
旦增才让让我回去), a Han surname before a Tibetan given name (管才让央宗) and the Han names of Tibetans (管若溪, and the
mother called 管嫂 after her husband); Han-form Hui names (苏彦梅, 田志忠, 田子墨, 田语桐, 苏彦军, 海思源, 海建明) beside
经名 used alone (撒利哈, 胡沙尼, 穆赫森他, 乃斐赛她, 伍斯曼, 舍木俩, 哈姆扎说, 米格达德) and after the family's Han
surname (田穆赫森), a Hui surname that is a grammar word (我把把桂英的电话给了社工) and a surname with a title
(拜阿訇); Kazakh given name + father's name with and without the dot (托合塔尔别克·居马汗, 努尔加那提·托合塔尔别克,
阿依加那提·托合塔尔别克, 阿依加那提托合塔尔别克, 居马汗·吾尔肯) and single, short and nickname forms (那孜古丽, 巴合江,
阿扎提, 哈力古丽, 努尔加那提他, 阿依加那提, 居马汗老人家, 加那提 for both twins, 老托); Han names with common and rare
surnames of the region (单, 綦, 逄, 郇, 隋, 宫, 栾, 牟, 战, 衣, 亓, 展, 鞠, 仪, 臧, 初, 邴, 阚, 玄, 盖, 宿, 刁, 伊, 门, 鹿,
景, 冷, 柴); surnames that are also ordinary words, and given names that start or end with such a word, next to
grammar words (和玉芬和孙女, 要春来要我, 逄海生就住在, 臧有粮有两个孙子, 能玉翠能认几个字, 向立民向市里, 孙礼让让我,
都大娘都这个岁数了, 栾有余有时候, 还德厚还在, 还振宇还把手机关了, 初一鸣也是, 宫浩宇被我) beside ordinary words that
start with a surname character of the voices (管用 beside 管立强, 刁难 beside 刁凤霞, 栾树 beside the 栾 children, 门口
beside 门大爷, 武术 beside 武秀娟, 马上, 和和气气 beside the 和 family, 还是 and 初一 beside 还振宇 and 初一鸣, 第五户 and
第五 beside 第五雅楠); names that contain words (初一鸣, 栾有余, 孙礼让, 门长顺, 海思源); titles and kin words after
names (隋晓琳老师, 亓丽华老师, 衣秀敏老师, 玄秀云老师, 仁增东珠阿卡; the span is the name only), a surname with only a
title or kin word, annotated whole (吴大爷, 单主任, 宫大娘, 管嫂, 初主任, 鞠医生, 臧大姐, 苏嫂, 栾所长, 拜阿訇, 鹿大姐,
郑大姐, 老邴, 刁嫂子, 盖所长, 向社工, 能奶奶, 都大娘, 景医生, 傅书记, 门大爷, 伊老师, 隋警官, 逄校长), Shandong pet
names and nicknames, annotated whole (嫚嫚, 二小, 小双); names directly before particles, pronouns and verbs and after
叫/是/给/跟/找/让/和, and names closing the last sentence (多亏了单秀荣。, 有事找向秋苇。, 全靠武秀娟。, 找不着还振宇。);
names spaced out character by character in half- and full-width spaces (纳 木 吉 乐 色 楞, 才 让 央 宗, 更 藏 卓 玛,
田 穆 赫 森, 努 尔 加 那 提, 米 格 达 德, 申 屠 婉 秋, 闻 人 望 舒, 轩 辕 语 冰, 上 官 知 遥, 和　一　诺), a dotted name with
spaces around the dot (阿依加那提 · 托合塔尔别克) and names split in two (那钦　双和尔, 莎如拉 其其格, 才让　央宗,
撒利 哈, 托合塔尔别克 居马汗, 要春 来, 孙礼 让, 慕容　晓岑, 初一 鸣); compound surnames after ordinary words (东方, 淳于,
夏侯, 公冶, 司空, 皇甫, 欧阳, 澹台, 钟离, 万俟, 诸葛, 申屠, 赫连, 尉迟, 濮阳, 闻人, 慕容, 第五, 令狐, 轩辕, 左丘, 司马,
上官 after 律师/社工站的/志愿者/同事/管教叫/管个案的是/大夫/新来的/督导叫/站长是/心理老师叫/链接资源的是/跟她一块来的/
社工); and numbers read out and written the many ways people do (an ID read out in threes, IDs in full width, full
width with hyphens and full width spaced, a QQ number in full-width digits, mobiles with `+86` and no space).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:单秀荣}}``, ``{{qq:2306918475}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012tri.370785}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, fullwidth, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   s38, h38, s74, s434, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿卡) and a particle, pronoun or verb
written directly after a name (说, 也, 都, 还, 就, 有, 能, 要, 向, 让, 才, 和, 被, 她, 他, 老人家) are outside the span; a
surname with only a title or kin word (吴大爷, 单主任, 管嫂, 拜阿訇, 老邴, 都大娘, 门大爷) and a Shandong pet name or
nickname (嫚嫚, 二小, 小双) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (吴振邦, 吴海军,
管若溪, 苏彦梅, 田志忠, 海思源) are category han; a Han surname before a non-Han given name (吴双和尔, 管才让央宗,
田穆赫森) is category minority, and so are the forms made from a non-Han name (更卓, 加那提, 老托).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout155/make_holdout155.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(155_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "176", "178", "181",
                   "183", "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1225: Mongolian grandfather from 翁牛特旗 raising his grandson in 高密 after his son died.
DOCS["H1225"] = ("family", """\
访谈者：大爷，听口音您不是本地人？
受访者：不是，俺是{{trap/place:赤峰}}{{trap/place:翁牛特旗}}的蒙古族，放了四十年羊。我叫{{minority/mongolian:纳木吉乐色楞}}，户口本上的汉名是{{han:吴振邦}}，这片儿的人都喊我{{han:吴大爷}}。嘎查里的老伙计叫我{{minority/mongolian:色楞}}。
访谈者：怎么到{{trap/place:高密}}来了？
受访者：为了孙子。儿子{{minority/mongolian:额尔德尼毕力格图}}在{{trap/place:青岛}}念的大学，汉名叫{{han:吴海军}}，毕业后在高密一家轮胎厂当技术员，娶了本地媳妇{{han:綦艳玲}}。前年腊月他下夜班，骑电动车让一辆拉{{trap/word:高粱}}秸的三轮撞了，人当场就没了。开三轮的{{han:柴宝田}}也是个穷庄户，赔不起几个钱，厂里给了一笔抚恤，法律援助中心的律师{{compound:东方砚秋}}帮俺们打的官司。第二年{{han:綦艳玲}}她改嫁去了{{trap/place:诸城}}，孩子没带走。
访谈者：孩子多大了？
受访者：十岁，叫{{minority/mongolian:那钦双和尔}}，名字是他爸起的，意思是草原上的鹰，我们叫他{{minority/mongolian:双和尔}}。学校名单上跟他爸的汉姓，写的是{{minority/mongolian:吴双和尔}}，同学嫌长，喊他{{han:小双}}。他在{{school:高密市朝阳街道凤鸣小学四年级（3）班}}。老伴{{minority/mongolian:莎如拉其其格}}守着嘎查那几十只羊，走不开；闺女{{minority/mongolian:乌日娜高娃}}在赤峰城里打工，自己也有俩孩子。就俺一个人过来了。
访谈者：祖孙俩靠什么过日子？
受访者：社区儿童主任{{han:单秀荣}}给孩子报了事实无人抚养，一个月{{trap/number:一千三百二十元}}。俺有高血压，{{han:单主任}}又帮俺申请了低保。市{{trap/org:民政局}}的{{han:郇建华}}来家里核过两回。俺那点羊钱，老伴每季度打过来一回，够给孩子买衣裳。
访谈者：孩子在学校怎么样？
受访者：头一年受过欺负，有孩子学他说话，笑他脸蛋红。{{minority/mongolian:双和尔}}他不吭声，回家把作业本撕了。班主任{{han:隋晓琳}}老师知道了，开了个班会，让他给全班讲草原，讲他爸教他骑马。打那以后，楼下{{han:宫大娘}}的孙子{{han:宫子健}}天天跟他一块走。{{minority/mongolian:双和尔}}和同桌比着做算术，回回考第一，就是上课爱往窗外看。
访谈者：还有谁帮你们？
受访者：社工站的{{compound:淳于秋雯}}每周来一趟，陪孩子写作业；还有个大学生志愿者{{compound:夏侯景川}}，教他打篮球。孩子放学俺没回来，就在{{han:宫大娘}}的小卖部等着。同嘎查的{{minority/mongolian:莫日根达来}}在{{trap/place:夏庄镇}}的工地上，礼拜天拎块羊肉来看俺们。嘎查达{{minority/mongolian:策仁敦德布}}逢年过节打电话来问，说嘎查里给孩子留着一份草场。
访谈者：孩子想他爸吗？
受访者：想。有一回半夜起来哭，说梦见他爸骑马。俺就给他讲{{trap/minority_word:乌力格尔}}，讲着讲着他就睡了。过年俺带他回嘎查，他跟着大人去祭{{trap/minority_word:敖包}}，他奶奶拉{{trap/minority_word:马头琴}}给他听。老师说咱高密出过{{trap/famous:莫言}}，让他多看书，他说他长大了要写他爸。
访谈者：孩子妈妈还来看他吗？
受访者：一年来两三回，带身衣裳、一箱牛奶。{{han:綦艳玲}}她也难，那边的男人不乐意她来。孩子见了她不叫娘，躲在俺身后头；等她走了，又趴在窗台上看半天。俺跟孩子说，你娘不是不要你，是没法子。这话俺自己说着都心酸。
访谈者：你们平时吃什么？
受访者：俺会的就是炖羊肉、熬奶茶。孩子吃惯了这边的煎饼、饺子，俺就跟{{han:宫大娘}}学着包。头一回包的饺子下了锅全散了，孩子笑得直打滚，那是他爸走了以后他头一回笑。现在俺包得像个样了，羊肉胡萝卜馅的，孩子一顿能吃二十个。
访谈者：往后有什么打算？
受访者：等孩子念完初中，看他自己。他想回草原，俺就带他回去；他想留在高密，俺就陪着。俺今年六十八了，就怕陪不到他长大。
访谈者：您自己身体怎么样？
受访者：膝盖疼，血压高。老家的蒙医{{minority/mongolian:斯钦毕力格图}}给俺配的药，吃完了让闺女寄。这边潮，冬天阴冷。高密话俺听不大懂，买菜靠比划。可孩子在这儿念书，他爸也埋在这儿，俺就在这儿。
访谈者：登记信息请您说一下。
受访者：住在{{address:高密市朝阳街道凤凰社区杏林巷14号}}，老家是{{address:翁牛特旗乌丹镇查干诺尔嘎查三组8号}}。俺的身份证{{id_number@my1957.150426}}，孙子的{{id_number@my2015quad.370785}}。俺电话{{mobile@s38}}，{{han:单秀荣}}的{{mobile@hyphen}}。孩子有个QQ，跟同学对作业用，号码他念了两遍，俺写在挂历背面：{{qq:2306918475}}。{{minority/mongolian:莫日根达来}}有微信，叫{{wechat:morgen_dalai77}}。
访谈者：表上的名字写得对吗？
受访者：不大对。低保表上俺是{{spaced:纳 木 吉 乐 色 楞}}，孙子写成{{spaced:那钦　双和尔}}，老伴成了{{spaced:莎如拉 其其格}}。
访谈者：最后还想说什么？
受访者：俺就盼孩子念出书来。这两年，多亏了{{han:单秀荣}}。
""")

# H1226: Amdo Tibetan mother from 夏河 who works in a 安丘 ginger cold store, raising a girl with a hearing aid.
DOCS["H1226"] = ("family", """\
访谈者：阿佳，您在冷库干了几年了？
受访者：四年了，在{{trap/place:安丘}}这家姜库里挑姜、装箱。我叫{{minority/tibetan:更藏卓玛}}，老家甘肃{{trap/place:夏河}}，{{trap/org:拉卜楞寺}}下面的村子。库里的人记不住我的名字，跟着我男人的姓叫我{{han:管嫂}}。阿妈叫我{{minority/tibetan:更卓}}。
访谈者：您怎么到安丘来的？
受访者：我男人{{han:管立强}}以前在夏河跑旅游车，我们在{{trap/minority_word:香浪节}}上认识的，他帮我们家拉帐篷。一八年我跟他回了安丘，第二年有了闺女。闺女两岁还不会叫阿妈，喊她也不回头，到{{trap/place:潍坊}}一查，是重度耳聋。{{han:管立强}}他嫌花钱，跟人去了{{trap/place:大连}}，再没回来，抚养费一分没给。
访谈者：孩子现在怎么样？
受访者：闺女叫{{minority/tibetan:才让央宗}}，户口上的名字是{{han:管若溪}}。{{minority/tibetan:才让央宗}}才六岁，戴着助听器，学校的表上写成{{minority/tibetan:管才让央宗}}。跟她说话得对着她的脸，慢慢说，她看嘴型。她在{{school:安丘市凌河街道中心小学一年级（2）班}}，班主任{{han:亓丽华}}老师专门让她坐第一排，上课前先看看她的助听器有没有电。
访谈者：都有谁帮过你们？
受访者：社区儿童主任{{han:展玉霞}}帮闺女办了残疾证，领残疾人两项补贴，一个月{{trap/number:二百八十元}}，又报了困境儿童。市{{trap/org:残联}}的{{han:初主任}}给换了一副好的助听器。县医院的{{han:鞠医生}}说，孩子要是早两年做人工耳蜗就更好了，现在做也不晚，就是钱不够。社工站的{{compound:公冶清禾}}每周带闺女去康复中心练说话，她同事{{compound:司空静姝}}帮我在手机上填申请，还给我们找了一个耳蜗救助的项目。姜库老板{{han:仪德福}}让我只上白班。一起挑姜的{{han:臧大姐}}常给我们送饺子，闺女管她叫姥姥。
访谈者：老家那边呢？
受访者：阿妈{{minority/tibetan:看召草}}七十了，在夏河放几头牦牛。弟弟{{minority/tibetan:旦增才让}}在县城开出租，{{minority/tibetan:旦增才让}}让我回去，说家里再穷也有{{trap/minority_word:糌粑}}吃。我舅舅{{minority/tibetan:仁增东珠}}阿卡在寺里，每年给闺女念经祈福。在{{trap/place:潍坊}}开藏餐馆的{{minority/tibetan:扎西东知}}是我们一个乡的，过{{trap/minority_word:洛萨}}的时候叫我们娘俩去吃饭，在他那儿能喝上{{trap/minority_word:酥油茶}}。每年夏天，阿妈都让弟弟寄一包曲拉来，闺女拿着当糖吃。
访谈者：闺女会说话了吗？
受访者：会说一点了。去年冬天她头一回清清楚楚叫了声阿妈，我在冷库里哭了一场。现在她会说姜，会说冷，会说饺子。康复中心的老师说，藏话、汉话她都能学，就是慢一点。{{minority/tibetan:才让央宗}}最爱看人跳{{trap/minority_word:锅庄}}，对着手机转圈圈。
访谈者：孩子爸爸那边还有联系吗？
受访者：打过几回电话，不接。他娘，就是闺女的奶奶，住在{{trap/place:石埠子镇}}，过年给闺女塞过两百块钱，别的不管。社工说可以去法院要抚养费，我不想跟他们打官司，就想闺女好好的。人家问我恨不恨他，恨有啥用呢，日子还得过。
访谈者：闺女在学校有朋友吗？
受访者：有一个。老板{{han:仪德福}}的孙女{{han:仪朵朵}}跟她一个班，两个人手拉手上学。{{han:仪朵朵}}学会了几个手语，下课就比划给她看。闺女回来跟我比划，我才知道她在学校也有人疼。
访谈者：您自己呢？
受访者：冷库里零下两三度，一干十个钟头，手上全是冻疮，戴着手套也不{{trap/word:管用}}。可这活稳当，一个月四千出头，{{trap/word:大姜}}卖到日本去，老板不拖工钱。晚上回来给闺女洗澡、练发音，十点以后才能睡。
访谈者：您想过回夏河吗？
受访者：想过。可夏河没有这样的康复中心，助听器坏了也没处修。等她大一点，话说利索了，再说。我阿妈说，草原不会跑，你们啥时候回来都行。
访谈者：冷库的活您习惯了吗？
受访者：习惯了。最忙是秋天收姜，一车一车往库里拉，挑到后半夜。大块的出口，小块的切姜片。我刚来的时候分不清，老挨组长说，现在闭着眼都能挑。库里的女人大多是本地的，说话快，我听不全，就跟着笑。
访谈者：登记信息请您说一下。
受访者：我们租在{{address:安丘市凌河街道南苑社区槐树巷6号}}，老家是{{address:夏河县拉卜楞镇塔哇村二社11号}}。我的身份证{{id_number@wy1991spaced.623027}}，闺女的{{id_number@wy2019hyphen.370784}}。我电话{{mobile@plain}}，{{han:展玉霞}}的{{mobile@s74}}。我的微信{{wechat:gengzang_zhuoma}}。弟弟用QQ多，号码他在语音里一个数一个数报的：{{qq:715830264}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。残疾证上闺女是{{spaced:才 让 央 宗}}，康复中心写成{{spaced:才让　央宗}}，我的工牌上是{{spaced:更 藏 卓 玛}}。
访谈者：最后想说什么？
受访者：盼闺女能听见，能上普通学校。攒够了钱，我带她回夏河，给阿妈{{minority/tibetan:看召草}}看看。
""")

# H1227: Hui mother from 西吉 who sells lamb skewers in 醴泉街道 (高密); her husband is in prison.
DOCS["H1227"] = ("family", """\
访谈者：大姐，您这羊肉串摊子摆了几年了？
受访者：三年了，就在{{trap/place:醴泉街道}}夜市口上。我叫{{han:苏彦梅}}，回族，经名{{minority/hui:撒利哈}}，老家宁夏{{trap/place:西吉}}。夜市上的人都喊我{{han:苏嫂}}。
访谈者：怎么到高密来的？
受访者：我男人{{han:田志忠}}，经名{{minority/hui:胡沙尼}}，早些年跟着老乡在这边收羊皮，后来开了个拉面馆，我们就跟过来了。前年面馆门口有人闹事，他拿擀面杖把人打成了重伤，判了五年，现在在{{trap/org:潍北监狱}}。面馆关了，我就推着小车烤串。
访谈者：孩子们呢？
受访者：两个。儿子{{han:田子墨}}，经名{{minority/hui:穆赫森}}，十一岁，在{{school:高密市醴泉街道第三小学五年级（1）班}}。他们班有个回族老师图省事，叫他{{minority/hui:田穆赫森}}。闺女{{han:田语桐}}，经名{{minority/hui:乃斐赛}}，七岁，在{{school:醴泉街道康城小学一年级（4）班}}。{{minority/hui:乃斐赛}}她放了学就来摊子上，帮我穿串。
访谈者：孩子知道爸爸的事吗？
受访者：儿子知道。{{minority/hui:穆赫森}}他在学校跟人打过架，人家说他爸是劳改犯。闺女小，我骗她说爸爸在外地挣钱。去年{{trap/minority_word:古尔邦节}}，我带儿子去会见，{{han:田志忠}}隔着玻璃一句话也说不出来。监狱里管教叫{{compound:皇甫霁月}}，人挺好，让孩子多跟他爸说了五分钟。他每个月来一封信，落款不写汉名，写{{minority/hui:胡沙尼}}。
访谈者：都有谁帮过你们？
受访者：街道儿童主任{{han:牟玉珍}}给两个孩子报了服刑人员子女补助，一个月{{trap/number:九百六十元}}。司法所的{{han:栾所长}}帮我们联系会见。城管的{{han:战立伟}}给我在夜市划了个固定摊位。儿子的班主任{{han:衣秀敏}}老师每天下午留他写完作业。寺里的{{han:拜阿訇}}，经名{{minority/hui:伍斯曼}}，隔几天来摊上坐坐，说孩子们{{trap/word:马上}}就大了。区社工站的{{compound:欧阳汀兰}}每两周来一回，带闺女画画；管个案的是{{compound:澹台慕白}}，帮我写了低保申请。
访谈者：夜市上的人对您怎么样？
受访者：都好。从{{trap/place:临夏}}来的老乡{{han:把桂英}}，经名{{minority/hui:舍木俩}}，也在夜市炸{{trap/minority_word:油香}}，我去进货，就把摊子托给她。上个月我把{{han:把桂英}}的电话给了社工，让她们也认识认识。隔壁卖煎饼的{{han:鹿大姐}}下雨天帮我扯篷布，卖烤冷面的小伙子{{han:阚小龙}}收摊的时候帮我推车。
访谈者：老家还有人吗？
受访者：阿妈跟弟弟在西吉。弟弟{{han:苏彦军}}，经名{{minority/hui:哈姆扎}}，在{{trap/place:火石寨}}下面种洋芋。{{minority/hui:哈姆扎}}说，姐，回来吧。可孩子在这边上学，回去又得从头来。
访谈者：您一个人怎么撑的？
受访者：下午三点生炭火，夜里十二点收摊。冬天风大，手冻得拿不住扦子；一下雨，一天就白干。学校食堂没有清真的，中午我给两个孩子送饭。闺女给我捶背，儿子把我的账记在本子上，一笔一笔，比我记得清楚。
访谈者：生意怎么样？
受访者：夏天好，一晚上能卖四五百串；冬天人少，一百来串。羊肉是从{{trap/place:潍坊}}的清真屠宰场进的，一斤比猪肉贵一倍。有人跟我说，掺点别的肉谁吃得出来？我说不行，我们回族做买卖讲个清真，掺了肉，这摊子就不是我的了。
访谈者：孩子们在这边习惯吗？
受访者：儿子刚来的时候不吃食堂，饿着肚子上课，是{{han:衣秀敏}}老师给他带的鸡蛋、馒头。闺女早就是一口高密腔了，回老家她姥姥都听不懂。过{{trap/minority_word:开斋节}}，我带他们去{{trap/org:潍坊清真寺}}，回来炸{{trap/minority_word:馓子}}给夜市上的人分，{{han:鹿大姐}}拿煎饼跟我换。
访谈者：跟孩子爸爸还常联系吗？
受访者：一个月一封信，一个季度会见一回。他在里头学了电焊，说出来了不开面馆了，去工地上干。他最惦记闺女，信里一半写的是她。闺女不识几个字，我念给她听，念到“爸爸想你”，她就把信抱走了。
访谈者：您觉得最难的是什么？
受访者：是跟孩子解释。儿子大了，问我他爸为啥那么冲动。我说你爸是护着这个家，可护的法子不对。我跟儿子说，以后再生气，先数到十。他现在跟人吵架，还真站在那儿数。
访谈者：登记信息请您说一下。
受访者：住在{{address:高密市醴泉街道双羊社区东巷9号}}，老家在{{address:西吉县兴隆镇单家集村三组21号}}。我的身份证{{id_number@wy1987fullwidth.640422}}，儿子的{{id_number@my2014.370785}}。我电话{{mobile@spaced}}，{{han:牟玉珍}}的{{mobile@plus86}}。我的微信{{wechat:suyanmei_kaochuan}}，顾客扫码都加这个。儿子有QQ，上网课用，号码写在我记账本的皮上：{{qq:3158274096}}。
访谈者：名字写得对吗？
受访者：补助表上儿子是{{spaced:田 穆 赫 森}}，闺女写成{{spaced:乃 斐 赛}}，我的经名成了{{spaced:撒利 哈}}。
访谈者：您最盼什么？
受访者：盼他爸早点出来。{{minority/hui:乃斐赛}}天天问，爸爸哪天回家。
""")

# H1228: Kazakh father from 富蕴 who works in a 夏庄镇 textile mill, raising twins.
DOCS["H1228"] = ("family", """\
访谈者：您在纺织厂干什么活？
受访者：挡车工，看织布机，一个人看十二台。我叫{{minority/kazakh:托合塔尔别克·居马汗}}，从新疆{{trap/place:富蕴}}来的，哈萨克族。厂里的人念不全我的名字，都叫我{{minority/kazakh:老托}}。
访谈者：怎么到{{trap/place:夏庄镇}}来的？
受访者：我老婆{{minority/kazakh:那孜古丽}}前年得了心脏病，在{{trap/place:乌鲁木齐}}住了两个月院，还是走了，治病欠了八万多。老乡{{minority/kazakh:巴合江}}在这个厂干了五年，说工资按月发，还管住，我就带着两个孩子来了。头一个月我连厂门都找不着，是他骑电动车一趟一趟接我。
访谈者：孩子多大了？
受访者：双胞胎，九岁。哥哥{{minority/kazakh:努尔加那提·托合塔尔别克}}，妹妹{{minority/kazakh:阿依加那提·托合塔尔别克}}，学校名单上没有点，写成{{minority/kazakh:阿依加那提托合塔尔别克}}。哥哥在{{school:夏庄镇中心小学三年级（2）班}}，妹妹在{{school:夏庄镇中心小学三年级（4）班}}。老师分不清两个人，干脆都叫{{minority/kazakh:加那提}}，一叫两个都回头。{{minority/kazakh:努尔加那提}}他爱踢球，{{minority/kazakh:阿依加那提}}爱唱歌，联欢会上还弹了{{trap/minority_word:冬不拉}}。哥哥踢球踢坏了两双鞋，妹妹的歌是跟着手机学的。
访谈者：您上班的时候谁照看孩子？
受访者：厂里三班倒。我上夜班，就托宿舍管理员{{han:郑大姐}}看着。车间主任{{han:邴建国}}知道我的情况，尽量给我排白班。{{han:老邴}}说，你们新疆人干活实在。镇上的儿童主任{{han:綦春燕}}给两个孩子报了困境儿童，每人每月{{trap/number:一千零五十元}}，镇民政办的{{han:阚国庆}}来宿舍核过。班主任{{han:玄秀云}}老师每天放学把他们留到六点，等我去接。社工站的{{compound:钟离雪松}}教他们拼音，志愿者{{compound:万俟子昂}}带他们去{{trap/place:胶河}}边上放风筝。妹妹去年得了肺炎，镇卫生院的大夫{{compound:诸葛清晏}}半夜给我打电话，说烧退了。
访谈者：厂里还有别的新疆人吗？
受访者：有三个。我和{{minority/kazakh:巴合江}}是一个乡的，还有一个{{minority/kazakh:阿扎提}}，从{{trap/place:青河}}来的，年轻，没成家，下了班就陪两个孩子踢球。过{{trap/minority_word:纳吾热孜}}的时候，我们三家凑在宿舍里煮肉，请车间的人来吃，{{han:老邴}}说这是他吃过最香的羊肉。
访谈者：老家还有谁？
受访者：我阿爸{{minority/kazakh:居马汗·吾尔肯}}七十多了，还在{{trap/place:可可托海}}那边放羊，夏天{{trap/minority_word:转场}}上山。每年春天接羔，他一个人忙不过来，就雇人帮忙，一天一百五。{{minority/kazakh:居马汗}}老人家给孩子们寄了一箱{{trap/minority_word:奶疙瘩}}。我妹妹{{minority/kazakh:哈力古丽}}嫁在{{trap/place:阿勒泰}}，每个礼拜跟孩子们视频。
访谈者：孩子们想妈妈吗？
受访者：想。妹妹每天晚上抱着她妈妈的照片睡。哥哥嘴上不说，他把妈妈绣的花毡铺在床上，谁也不让碰。
访谈者：两个孩子在这边过得惯吗？
受访者：慢慢惯了。在富蕴的时候，冬天零下四十度，{{trap/place:额尔齐斯河}}冻得能走卡车，两个孩子在冰上一滑就是一下午。到了这边，冬天不下雪，妹妹哭着问我雪去哪儿了。去年下了一场小雪，两个人在宿舍楼下堆了个雪人，比他们俩还矮。
访谈者：孩子们的哈萨克语还会说吗？
受访者：会说，不会写。我晚上教他们念字母，{{minority/kazakh:阿依加那提}}学得快，哥哥坐不住。我给他们讲{{trap/minority_word:阿肯弹唱}}上听来的故事，哥哥听着听着就睡着了。
访谈者：厂里的活累吗？
受访者：站一天，走一天，一个班下来要走二十多里路。断了线就得赶紧接，手慢了扣钱。头半年我老出错，是{{han:邴建国}}手把手教会的。现在我一个月能拿五千多，比在老家放羊挣得多，就是见不着草原。
访谈者：您打算在高密待多久？
受访者：说不准。债还完了，孩子也该上初中了。回富蕴，孩子能说自己的话，能见着爷爷；留在这边，学校好，厂里也离不开人。我问过两个孩子，哥哥想回，妹妹想留，两个人为这事还吵了一架。
访谈者：您自己呢？
受访者：车间里噪音大，棉絮多，我耳朵有点背了，晚上咳嗽。厂医让我戴耳塞、戴口罩，我嫌闷，老忘。欠的钱还了一半。{{minority/kazakh:巴合江}}说，等还完了债，咱们就回去。
访谈者：登记信息请您说一下。
受访者：住在{{address:高密市夏庄镇纺织厂职工宿舍3号楼2单元405室}}。我的身份证{{id_number@my1984hyphen.654322}}，妹妹的{{id_number@wy2016quad.654322}}。我电话{{mobile@fws}}，{{minority/kazakh:巴合江}}的{{mobile@h38}}。我的微信{{wechat:tohtar_fuyun84}}，QQ是在老家开的，{{qq:84619273}}，现在很少用。
访谈者：名字写得对吗？
受访者：花名册上哥哥是{{spaced:努 尔 加 那 提}}，妹妹是{{spaced:阿依加那提 · 托合塔尔别克}}，我的工牌是{{spaced:托合塔尔别克 居马汗}}。
访谈者：最后想说什么？
受访者：盼孩子们把书念好。他们的妈妈{{minority/kazakh:那孜古丽}}活着的时候，最想让他们上大学。
""")

# H1229: Han 儿童主任 in 柏城镇 reading out her register.
DOCS["H1229"] = ("staff", """\
访谈者：您手里拿的是什么？
受访者：困境儿童台账。我叫{{han:刁凤霞}}，在{{trap/place:柏城镇}}当儿童主任六年了，村里人喊我{{han:刁嫂子}}。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:和玉芬}}，六十八岁，带着孙女{{han:和一诺}}。孩子她爸{{han:和建伟}}偷电缆判了三年，她妈走了没音信。{{han:和玉芬}}和孙女住{{address:高密市柏城镇前店村四组16号}}。{{han:和一诺}}九岁，在{{school:柏城镇中心小学三年级（3）班}}，身份证{{id_number@wy2016.370785}}。服刑人员子女补助每月{{trap/number:八百四十元}}。奶奶孙女俩{{trap/word:和和气气}}的，就是穷。
访谈者：第二户？
受访者：第二户，{{han:要春来}}，四十一，尿毒症，一礼拜透三回。{{han:要春来}}要我一定写上，他不是懒，是干不动。儿子{{han:要文博}}十三，在{{school:高密市第四中学初一（5）班}}。家在{{address:柏城镇宋家庄村二组7号}}，孩子的身份证{{id_number@my2012spaced.370785}}，电话{{mobile@p86n}}。吃着低保，孩子还有困境儿童补贴。
访谈者：第三户？
受访者：第三户是孤儿，{{han:逄思雨}}，女，十一。爹娘都是车祸没的，跟着大伯{{han:逄海生}}。{{han:逄海生}}就住在村东头，家里还有三个孩子。孤儿基本生活费每月{{trap/number:一千四百八十元}}，打到孩子自己的卡上。孩子的身份证{{id_number@wy2014fwhyphen.370785}}。
访谈者：第四户？
受访者：第四户是回族，从{{trap/place:宁夏}}迁来的。孩子{{han:海思源}}，经名{{minority/hui:米格达德}}，八岁。他爸{{han:海建明}}在工地上摔断了腰，二级残疾，领两项补贴，孩子妈给人做钟点工。住{{address:柏城镇柏城社区振兴路28号}}。
访谈者：还有吗？
受访者：{{trap/word:第五户}}是今年新报的，{{han:臧有粮}}，五十九，老伴瘫在炕上，儿子儿媳在外头离了婚，谁也不管孩子。{{han:臧有粮}}有两个孙子，大的十二，小的七岁，都跟着他。材料还在审，我下礼拜再去一趟。
访谈者：这些户都谁在跟？
受访者：镇民政办的{{han:盖所长}}总管，材料报到市民政局。村支书{{han:宿长河}}跟第一户、第三户。镇社工站的{{compound:申屠婉秋}}跟第二户，新来的{{compound:赫连语堂}}跟第四户，{{compound:尉迟暮云}}跟第五户。市里的督导叫{{compound:濮阳承泽}}，每月下来查一回台账。
访谈者：台账上的名字都写对了吗？
受访者：错得多。社工被写成{{spaced:申 屠 婉 秋}}，四个字分开；孩子是{{spaced:和　一　诺}}、{{spaced:逄 思 雨}}；经名写成{{spaced:米 格 达 德}}；还有一张写成{{spaced:要春 来}}。
访谈者：您是怎么发现这些孩子的？
受访者：挨家挨户走。谁家大人病了、进去了、跑了，村里瞒不住。有的是学校告诉我的，第二户就是孩子在课堂上饿晕了，老师打电话我才知道。我骑着电动车，一个村一个村地跑，夏天一身汗，冬天两手冻得通红。当儿童主任一个月补三百块钱，可这些孩子喊我一声姑，我就得管。
访谈者：评估的时候看什么？
受访者：看孩子吃得饱不饱、穿得暖不暖、有没有人接送、上没上学、身上有没有伤。表上二十多项，我一项一项打勾，打完了还得拍照、签字，报到镇上，镇上再报市里。有的户一年要跑十几趟，光复印件就是一大摞。
访谈者：村里人怎么看这些补助？
受访者：也有说闲话的，说谁家又领钱了。我就跟他们说，你家孩子有爹有娘，人家没有，你换换试试？说多了，也就没人说了。{{han:逄海生}}家那三个孩子，加上{{han:逄思雨}}四个，一天三顿都是他媳妇做，从来没亏待过侄女，这样的人家，补助该给。
访谈者：这些年您印象最深的孩子是谁？
受访者：第三户那个闺女。她爹娘出事那年她才七岁，出殡那天一声不哭，到了晚上抱着她娘的枕头不撒手。这几年我常去，她从不跟我说话到现在管我叫姑，去年六一还在学校的演讲比赛上讲了她大伯一家。她大伯在台底下，一个大老爷们，哭得跟个孩子似的。
访谈者：台账好记吗？
受访者：不好记。表格今年改明年改，我就拿个小本子记着，哪户哪天去的、说了啥，心里有数。我字写得不好看，一年下来要写满两本，镇上也没嫌弃过。
访谈者：最难的是什么？
受访者：有的家长嫌我多管闲事，说我{{trap/word:刁难}}人。还有老人不识字，补助到了也不知道，我得一家一家去说。最怕的是孩子出事。去年{{han:和一诺}}发高烧，她奶奶不会打电话叫车，是邻居跑来喊的我，我半夜开着三轮把她送到镇卫生院。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plus86dash}}，{{han:宿长河}}的{{mobile@s434}}。要找{{han:盖所长}}，就打镇民政办，白天都有人。
""")

# H1230: Han social worker in 兴安街道 (安丘) who keeps up with her families on WeChat.
DOCS["H1230"] = ("staff", """\
访谈者：{{han:向社工}}，听说您跟这些家庭主要靠微信联系？
受访者：对，电话他们常不接，微信语音都回。我叫{{han:向秋苇}}，在{{trap/place:兴安街道}}社工站，手上跟着十九个孩子。干这行第七年了，之前在{{trap/place:潍坊}}一家养老院做护理。
访谈者：您翻着手机给我们讲讲？
受访者：好。这个备注“{{han:能奶奶}}”的，是{{han:能玉翠}}，七十一了，带着孙子{{han:能浩然}}。孩子爸爸吸毒进了戒毒所，妈妈跑了。{{han:能玉翠}}能认几个字，语音里老问我补助到没到。她用的是儿媳妇的旧号，微信叫{{wechat:nengjia_1986}}。{{han:能浩然}}十岁，在{{school:安丘市兴安街道东关小学四年级（2）班}}，他有QQ，{{qq:2947106583}}，晚上常找我聊。
访谈者：还有呢？
受访者：这个是{{minority/tibetan:更藏卓玛}}，冷库那个藏族大姐。她打字慢，都发语音，我回她也发语音。她闺女{{minority/tibetan:才让央宗}}戴助听器，我隔周陪她们去康复中心，路上{{minority/tibetan:才让央宗}}就趴在车窗上看姜地。下一个，{{han:孙礼让}}，十二，跟着爷爷。{{han:孙礼让}}让我别告诉他爷爷，他在学校挨了欺负。他的QQ是{{qq:608193572}}，头像是个{{trap/famous:奥特曼}}。再一个，{{han:柴梦琪}}，她妈妈{{han:冷桂荣}}有精神分裂，时好时坏。孩子的微信是{{wechat:meng_qi_0521}}，她舅舅{{han:冷建设}}的手机{{mobile@plus86spaced}}，有事我就找{{han:冷建设}}商量。还有{{han:郇天佑}}，爸爸工地上出事走了，妈妈在{{trap/place:青岛}}打工，他跟着姥爷，姥爷不会用微信，我就给{{han:郇天佑}}打电话手表。
访谈者：同事们怎么分工？
受访者：站长是{{compound:闻人望舒}}，管个案的是{{compound:慕容晓岑}}，心理老师叫{{compound:第五雅楠}}，家长们都以为{{trap/word:第五}}是排第几。链接资源的是{{compound:令狐星野}}，企业捐的书包、{{trap/org:慈善总会}}的助学金都是他跑下来的。街道民政科的{{han:向立民}}向市里打了报告，今年给我们加了一个岗。
访谈者：用微信有什么难处？
受访者：老人不会用，得先教，一个视频通话教三遍。有的老人分不清语音和视频，一按就打过来，我在公交车上也得接。有的家长半夜两点发语音，我也得听。我跟{{han:柴梦琪}}约好，晚上十点以后不聊，让她早睡。群里我不发孩子的名字，只发通知。还有就是名字，系统里打出来乱七八糟：{{spaced:能 浩 然}}、{{spaced:孙礼 让}}，站长成了{{spaced:闻 人 望 舒}}，同事成了{{spaced:慕容　晓岑}}。
访谈者：您觉得这份工作怎么样？
受访者：累，也值。{{han:孙礼让}}去年期末考了班里第九，第一个发微信告诉的我。{{han:能玉翠}}不会打字，给我发了个大拇指。这些时候就觉得，半夜听语音也不算啥。
访谈者：上门的时候多吗？
受访者：每个孩子一个月至少去一趟。微信上说得再多，也不如进门看一眼：冰箱里有没有菜，床上被子厚不厚，作业写没写。冬天我还带上暖宝宝，一户发一包。有一回{{han:能浩然}}跟我说奶奶挺好，我去了才知道{{han:能玉翠}}摔了一跤，躺了三天，孩子自己泡方便面吃。打那以后，我每天晚上八点在微信上问一句：奶奶吃饭了吗？
访谈者：孩子们有心事会跟您说吗？
受访者：慢慢会。{{han:柴梦琪}}一开始只回“嗯”“好”，三个月以后才跟我说，她最怕她妈犯病的时候拿剪子。我们跟医院联系，让她妈按时吃药，又给孩子申请了寄宿。现在她周末回家，妈妈的情况也稳了。实在扛不住的时候，我让孩子打{{trap/hotline:12355}}，那边有心理老师。
访谈者：您自己会不会累垮？
受访者：会。有阵子晚上做梦都是孩子哭。{{compound:第五雅楠}}给我们站里做督导，让我们给手机设个下班时间。我现在晚上十点以后开静音，早上六点再一条一条回。
访谈者：这些孩子里您最放心不下谁？
受访者：{{han:孙礼让}}。他爷爷八十了，糖尿病，眼睛快看不见了。孩子在学校挨欺负，回家不敢说，怕爷爷着急。我去学校找了他班主任，把那几个孩子的家长叫来谈了一回，现在好些了。可我老想，等爷爷哪天不在了，这孩子咋办？我们已经跟街道商量，提前给他做个监护评估。
访谈者：你们的微信群是怎么用的？
受访者：站里有个家长群，一百多人，我只发通知：哪天发校服，哪天有义诊，补助啥时候到账。有事都私聊，孩子的情况不在群里说。有的家长在群里发拉票链接，我就私下跟他说，大伙都不容易，别在这儿发。
访谈者：登记信息呢？
受访者：{{han:能玉翠}}家住{{address:安丘市兴安街道东关社区青年路33号}}，{{han:能浩然}}的身份证{{id_number@my2015fwspaced.370784}}。我的工作微信{{wechat:xiangqw_xinganshe}}，电话{{mobile@spaced}}。家长们都知道，有事找{{han:向秋苇}}。
""")

# H1231: Han grandmother in 景芝镇 raising her dead daughter's two children.
DOCS["H1231"] = ("family", """\
访谈者：大娘，您带着两个孩子？
受访者：是，俺外孙女跟外孙。俺叫{{han:都玉莲}}，六十六了，在{{trap/place:景芝镇}}住了一辈子，年轻时在{{trap/org:景芝酒厂}}刷瓶子。村里人都喊俺{{han:都大娘}}。
访谈者：孩子的爸妈呢？
受访者：俺闺女{{han:都晓红}}前年得乳腺癌走了，才三十八。{{trap/word:门口}}那棵{{trap/word:栾树}}是她栽的。女婿{{han:栾志成}}在{{trap/place:青岛}}工地上干，又找了一个，一年到头不回来，钱也不往家寄。俺去青岛找过他一回，工地上的人说他早走了。打电话他就说没钱，说多了就不接。
访谈者：孩子们多大？
受访者：大的是闺女，{{han:栾晓雯}}，十二了，俺叫她{{han:嫚嫚}}。{{han:栾晓雯}}也懂事，放了学就帮俺烧火做饭。小的是小子，{{han:栾有余}}，八岁，小名叫{{han:二小}}。{{han:栾有余}}有时候半夜哭，要找娘。大的在{{school:景芝镇中心小学六年级（1）班}}，小的在村小念二年级。
访谈者：日子怎么过？
受访者：村里儿童主任{{han:武秀娟}}给俩孩子报了事实无人抚养，一人一个月{{trap/number:一千一百四十元}}。俺有慢性病，也吃着低保。镇上还给孩子发过两回米面油，过年发了一床新被子。镇卫生院的{{han:景医生}}隔月来给俺量血压。村支书{{han:傅书记}}帮俺把漏雨的屋顶修了。人家都说，{{han:都大娘}}都这个岁数了，还拉扯俩孩子。
访谈者：邻居们呢？
受访者：对门的{{han:门大爷}}，大名{{han:门长顺}}，有辆三轮，孩子发烧都是他送卫生院。他老伴烙的大饼子，孩子们一人能吃俩。俺娘家侄子{{han:都宝山}}在镇上开饭店，过年给孩子买新衣裳。
访谈者：有社工来吗？
受访者：有，镇社工站的{{compound:轩辕语冰}}每礼拜来，教{{han:嫚嫚}}做手抄报。跟她一块来的{{compound:左丘怀瑾}}给{{han:二小}}补拼音，{{han:二小}}在学校学{{trap/word:武术}}，回来就比划给她看。
访谈者：孩子们想妈妈吗？
受访者：想。{{han:嫚嫚}}把她娘的手机留着，天天充电，里头有她娘的语音。{{han:二小}}不懂，问俺他娘啥时候从医院回来。俺说快了，说着说着自己先哭了。清明上坟，{{han:嫚嫚}}跪在那儿不起来，说娘你放心，俺看着弟弟。
访谈者：您一天是怎么过的？
受访者：五点起来烧火，熬棒子面粥，馏馒头。六点半叫孩子起床，大的自己走，小的俺送到村口坐校车。回来喂鸡、洗衣裳，下午到地里转转。孩子放学回来，写作业的写作业，俺做饭。晚上俩孩子睡了，俺坐在炕头上缝缝补补，有时候一宿一宿睡不着，想俺闺女。
访谈者：孩子们跟您亲吗？
受访者：亲。大的知道俺腰疼，放了学就给俺捶。小的嘴甜，说姥娘你别老，等俺长大了开车拉你去看海。俺说俺等着，可俺心里知道，俺怕是等不到那一天了。
访谈者：孩子们在学校怎么样？
受访者：大的学习好，奖状贴了半面墙，老师说她能考到{{trap/place:安丘}}一中去。小的调皮，上课坐不住，老师三天两头给俺打电话。可老师也说小的手巧，叠的纸飞机飞得最远。俺不识字，作业辅导不了，就让大的教小的，大的急了就拿尺子敲他手心。
访谈者：家里有地吗？
受访者：有三亩地，种着姜和麦子。俺干不动了，包给了{{han:门长顺}}家，一年给俺一千五。俺自己在院子里种点菜，养了六只鸡，下的蛋都给孩子吃。
访谈者：过年怎么过？
受访者：腊月里俺蒸饽饽、炸丸子，蒸一大锅。大的帮俺贴对联，小的放炮仗。年三十晚上俺给俺闺女摆一副碗筷，{{han:二小}}问这是给谁的，{{han:嫚嫚}}说是给娘的，一家子就都不吭声了。初一一早，{{han:都宝山}}开车来拉俺们去他饭店吃饭，孩子们可高兴了。
访谈者：女婿那边真的一点不管？
受访者：他娘还在，住在{{trap/place:石堆镇}}，身子也不好。俺去找过一回，他娘直抹眼泪，说她管不了儿子。{{han:武秀娟}}说可以告他要抚养费，俺想想，算了，孩子的爹，闹上法院，孩子脸上也不好看。
访谈者：您身体怎么样？
受访者：腰不好，血压高，蹲下就起不来。俺最怕自己哪天倒下，俩孩子没人管。俺跟大的说，姥娘要是有个三长两短，你就给{{han:武秀娟}}打电话。她把电话号码抄在墙上，抄了三遍。去年冬天俺晕倒在院子里，就是大的跑去喊的{{han:门大爷}}。
访谈者：登记信息请您说一下。
受访者：家在{{address:安丘市景芝镇芝畔村五组22号}}。俺的身份证{{id_number@wy1959.370784}}。俺电话{{mobile@s434}}。大的有个QQ，号码她拿粉笔写在门后头：{{qq:1479360852}}。
访谈者：名字写得对吗？
受访者：低保表上小子是{{spaced:栾 有 余}}，俺是{{spaced:都 玉 莲}}，社工写成{{spaced:轩 辕 语 冰}}。
访谈者：最后想说什么？
受访者：没啥说的，这两年全靠{{han:武秀娟}}。
""")

# H1232: Han head teacher in 密水街道 talking about a boy who runs away.
DOCS["H1232"] = ("teacher", """\
访谈者：{{han:伊老师}}，您说的这个孩子是什么情况？
受访者：他叫{{han:还振宇}}，姓还，念huán，不念hái。十三岁，在{{school:高密市密水街道第二中学七年级（6）班}}，我是班主任，叫{{han:伊秀珍}}。从{{trap/word:初一}}开学到现在，这孩子跑了三回了。
访谈者：为什么老跑？
受访者：他爸前年在{{trap/place:胶州}}出车祸没了，他妈{{han:祝丽娜}}改嫁去了{{trap/place:青岛}}。孩子跟着爷爷{{han:还德厚}}过。{{han:还德厚}}还在砖厂看大门，夜里不在家。第一回，{{han:还振宇}}揣着二十块钱上了去青岛的大巴，乘务员觉得不对劲，把他交给了车站派出所。第二回他在{{trap/org:高密火车站}}蹲了一下午，被保安认出来，打电话给我。第三回最吓人，一宿没找着，{{han:还振宇}}还把手机关了。派出所的{{han:隋警官}}带人找到后半夜，最后在{{trap/place:凤凰公园}}的滑梯底下找着的，身上就穿了件单褂。
访谈者：找到以后他说什么？
受访者：啥也不说。我问他，你{{trap/word:还是}}想你妈？他不吭声，光点头。{{han:祝丽娜}}在青岛又生了个孩子，不大愿意他去，电话里跟我说，老师你多费心。我听了心里堵得慌。
访谈者：学校怎么做的？
受访者：我跟他同桌{{han:初一鸣}}说好了，他要是说想走，就赶紧告诉我。{{han:初一鸣}}也是单亲，两个孩子处得来。我还让他当了班上的图书管理员，每天中午得在教室待着。心理老师{{compound:司马清漪}}每周给他做一次咨询，社工{{compound:上官知遥}}去他家看过两回。{{han:逄校长}}把他的事报给了街道，社区儿童主任{{han:夏秀梅}}给他报了困境儿童，每月{{trap/number:七百二十元}}。
访谈者：班上同学怎么看他？
受访者：有两个孩子笑话他是没人要的，{{han:宫浩宇}}被我叫到办公室谈了一回。后来班会上我让{{han:和沐晨}}带着大伙给他过了个生日，他吃着蛋糕哭了。打那以后，他话多了点，课间也肯跟同学打乒乓球了。
访谈者：他在学校表现怎么样？
受访者：脑子不笨，数学能考八十多，就是作业不交。上课趴着，一问就说夜里没睡好。后来我才知道，爷爷上夜班，他一个人在家不敢睡，开着灯坐到天亮。我跟{{han:逄校长}}商量，让他中午在学校午休室睡一觉，下午就精神了。
访谈者：爷爷那边呢？
受访者：{{han:还德厚}}六十多了，耳朵背，一个月挣两千来块。我家访的时候，他拉着我的手说，老师，我管不了他，他要是出了事，我对不起他爸。老人家一辈子没求过人，说这话的时候手直哆嗦。我跟社区商量，给老人申请了低保，又让{{han:夏秀梅}}帮着找了个白天的活，这样夜里他就能在家了。
访谈者：孩子自己说过什么吗？
受访者：有一回作文题目是《我的心愿》，他写：我想跟我妈在一个城市，不用一个家，一个城市就行。我看完在办公室坐了好久。后来我跟{{han:祝丽娜}}通了个电话，把作文拍给她看，她在那头哭了。今年暑假，她答应接孩子去青岛住半个月。
访谈者：您自己怎么看这件事？
受访者：当了二十年班主任，这样的孩子我见过好几个，可头一回这么没着没落的。他跑，不是坏，是想有个人要他。我能做的就是让他知道，学校里有人等着他。每回他回来，我不骂他，先让他吃口热饭，再问他冷不冷。
访谈者：班上其他家长知道这事吗？
受访者：知道一些。有家长在群里说，这样的孩子会带坏别人。我私下跟那位家长谈了，把孩子的事说了个大概。后来那位家长送来一件棉袄，说是她儿子穿小了的，其实标签都没剪。
访谈者：您跟家里怎么联系？
受访者：{{han:还德厚}}不会用微信，我打他电话{{mobile@plain}}。他妈的微信{{wechat:zhulina_qd}}，每回孩子跑了我先给她发消息。孩子有两个QQ，一个大号{{qq:3620548179}}，一个小号{{qq:９５８２７３１６}}，小号是他夜里偷偷上的。我的微信{{wechat:yixz_mishui}}，电话{{mobile@hyphen}}。家访去过他家，在{{address:高密市密水街道北关社区花园街27号}}。他的身份证{{id_number@my2012tri.370785}}。
访谈者：您有什么建议？
受访者：像这样的孩子，光靠学校不行，派出所、社区、社工、家里，都得拉一把。我们现在建了个小群，{{han:隋警官}}也在里头，孩子一出门，大伙就都知道了。我们还跟车站打了招呼，未成年人一个人买票，售票员会多问一句。实在找不着人，就打{{trap/hotline:110}}，别等。
访谈者：名册上的名字写得对吗？
受访者：有错的，{{spaced:还 振 宇}}，{{spaced:初一 鸣}}，他妈的名字写成{{spaced:祝 丽 娜}}，社工成了{{spaced:上 官 知 遥}}。
访谈者：您最担心什么？
受访者：怕哪天半夜电话又响，说找不着{{han:还振宇}}。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1225,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout154",))


if __name__ == "__main__":
    main()
