# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 152 (tests/pii/holdout152/H1201-H1208 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 153, written at the same time, is not
an earlier set).

Set 152 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
麻城 and 应城 (Hubei): a Mongolian father from 乌审旗 who drives a forklift in a 麻城 stone yard and raises his
daughter alone after his wife died of cancer; a Kham Tibetan grandmother from 德格 raising her two grandsons in 应城
after their Han father died on the road and their mother left; a Kazakh mother from 额敏 who works in a salt-works
canteen in 城北街道, her Han husband crippled in the mine; a Yi grandfather from 美姑 who sets bricks on a kiln in
宋河镇 and raises the two children of his son in prison; a Han community worker in 鼓楼街道 reading out her list;
a Han 儿童主任 in 龟山镇 who keeps up with the children on QQ and with their parents on WeChat; a Han uncle in
长江埠街道 raising his dead brother's girl; and a Han village doctor in 福田河镇. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole (都仁娜木拉,
额尔很朝鲁, 巴达玛其其格, 奥云塔娜) and with a short form after the full name (楚鲁门巴图 then 楚鲁门,
敖日其楞高娃 then 其楞), a Han surname before a Mongolian given name (奇其楞, 胡莎如拉) and the Han names of the same
people (奇志军, 奇雨涵, 胡梦瑶, 奇大哥); Kham Tibetan names (泽仁娜姆, 降拥拉姆她, 四郎格登, 降央呷吾, 格绒洛布,
益西拥措) with short forms (娜姆婆婆, 格登, 呷吾), a Han surname before a Tibetan given name (汤呷吾) and the Han name
of a Tibetan boy (汤宇晨); Kazakh given name + father's name with the dot (哈孜依娜·木拉提别克, 木拉提别克·加纳特,
别力克·木拉提别克) and with spaces around it, single and short forms (哈孜依娜, 叶尔多斯, 努尔依曼, 依曼, 别力克), a Han
surname before a Kazakh given name (熊叶尔多斯, 熊依曼) and a Han name (熊梓琪); Yi names with the clan name before
the given name (阿侯日铁, 阿侯拉者, 曲比阿各, 阿侯格哈, 阿侯依嫫, 吉史尔古, 吉史阿牛, 俄木伍沙, 瓦扎尔布, 沙马尔日,
海来日呷, 沙马日各) with the given name alone as a short form (日铁, 格哈, 依嫫), one clan syllable kept as a Han-style
surname (侯格哈, 马日各), the Han name of a Yi girl (侯欣怡) and Han forms of address (侯大爷, 老侯); Han names with
common and rare surnames of the region (鲍, 操, 阮, 闵, 鄢, 晏, 屈, 涂, 汪, 童, 程, 聂, 喻, 漆, 帅, 熊, 揭, 祝, 万, 皮,
戴, 郝); surnames that are also ordinary words, and given names that start or end with such a word, next to grammar
words (我和和书记, 能春林能帮, 要老板要我们, 才丽娟才二十三岁, 汤德才才六十出头, 程有志有尿毒症, 涂也平也不是,
祝成就就是我, 还秋生还帮我, 喻要强要她, 都婶都七十四了, 汪克让让我, 把萱伢送到, 被汪根有, 跟都仁娜木拉) beside
ordinary words that start with a surname character of the voices (操心, 奇怪, 和气, 汤包, 帅气, 万一, 皮实, 漆黑,
祝福, 向往) and words that are part of a name (乐天 beside 涂乐天, 成就 beside 祝成就); names that contain words
(涂乐天, 祝成就, 郝建设, 聂长湖 and its short form 长湖); titles and kin words after names (向秋桐老师, 喻丽君老师;
the span is the name only), a surname with only a title or kin word, annotated whole (奇大哥, 向姐, 和书记, 袁婶,
鲁医生, 柳老师, 要老板, 侯大爷, 老侯, 晏医生, 闵医生, 鄢姐, 童大爷, 夏校长, 戴老师, 皮姐, 漆老师, 喻教练, 操老师,
祝医生, 都婶), Hubei 伢 nicknames, annotated whole (萱伢, 苕伢, 满伢); names directly before particles, pronouns and
verbs (阮春花她, 鲍国民他, 熊卫东他, 屈凤英她, 沙马尔日他, 萱伢她, 汪德旺他, 满伢他) and after 叫/是/给/跟/找/让/和,
and names closing the last sentence (叫敖日其楞高娃。, 她叫降拥拉姆。, 叫努尔依曼。, 心里记着要老板。, 是还秋生。,
是都婶。); names spaced out character by character in half- and full-width spaces (楚 鲁 门 巴 图, 都 仁 娜 木 拉,
泽 仁 娜 姆, 叶 尔 多 斯, 阿 侯 日 铁, 司　寇　文　博, 胡　莎　如　拉, 公 羊 慧 敏, 鲜 于 子 墨, 欧 阳 新 月), dotted
names with spaces around the dot (哈孜依娜 · 木拉提别克, 木拉提别克 ·加纳特) and names split in two (敖日其楞　高娃,
四郎　格登, 努尔　依曼, 阿侯　格哈, 沙马　日各, 晏紫 涵, 聂长 湖, 汪浩 宇); compound surnames after ordinary words
(申屠, 钟离, 公西, 澹台, 轩辕, 太叔, 公良, 仲孙, 东郭, 谷梁, 司寇, 壤驷, 公羊, 南门, 端木, 鲜于, 宗政, 夏侯, 欧阳,
诸葛) beside a place that starts with one (东门社区); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:祝成就}}``, ``{{qq:2460718593}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2014tri.150626}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 婆婆) and a particle, pronoun or verb
written directly after a name (说, 也, 都, 就, 才, 能, 要, 还, 有, 她, 他) are outside the span; a surname with only a
title or kin word (奇大哥, 和书记, 都婶, 老侯) and a local nickname (萱伢, 苕伢, 满伢) are annotated whole. Han-style
names of Mongolian, Tibetan, Kazakh and Yi people (奇志军, 汤宇晨, 熊梓琪, 侯欣怡) are category han; a Han surname
before a non-Han given name (奇其楞, 汤呷吾, 熊叶尔多斯, 侯格哈, 胡莎如拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout152/make_holdout152.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(152_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "151", "157", "158", "166", "173", "176", "178", "181", "183",
                   "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1201: Mongolian father from 乌审旗 who drives a forklift in a stone yard in 麻城 and raises his daughter alone.
DOCS["H1201"] = ("family", """\
访谈者：大哥，您在这个石材厂开叉车多久了？
受访者：快三年了。我是内蒙古{{trap/place:乌审旗}}的蒙古族，名字叫{{minority/mongolian:楚鲁门巴图}}。厂里工牌上是汉名{{han:奇志军}}，工友们喊我{{han:奇大哥}}，只有老乡还叫我{{minority/mongolian:楚鲁门}}。
访谈者：怎么到{{trap/place:麻城}}来了？
受访者：孩子她妈{{minority/mongolian:都仁娜木拉}}得了乳腺癌，在{{trap/place:包头}}治了两年，前年秋天走的，欠下十四万。同嘎查的{{minority/mongolian:额尔很朝鲁}}在这边石材园开铲车，说会开车的人少，工钱按月发。我把草场租出去，带着闺女就来了。
访谈者：闺女多大？
受访者：十一岁，叫{{minority/mongolian:敖日其楞高娃}}，我喊她{{minority/mongolian:其楞}}。学校用的汉名是{{han:奇雨涵}}，花名册上老师又把姓跟蒙古名拼起来，写成{{minority/mongolian:奇其楞}}，她两个都答应。在{{school:麻城市龙池桥街道第三小学五年级（3）班}}。
访谈者：您上班的时候谁管她？
受访者：早上六点半我送到校门口，晚上七点下了班再接。中间这段，班主任{{han:向秋桐}}老师让她在办公室写作业，我喊她{{han:向姐}}，她家就在学校后头，有时干脆把孩子带回去吃饭。社区的儿童主任{{han:阮春花}}给我们报了困境儿童，每月{{trap/number:一千零二十元}}，低保也批了。{{han:阮春花}}她为这个跑了三趟{{trap/org:麻城市民政局}}。市社工站的{{compound:申屠月华}}每周二来陪孩子写作文，跟她一起的志愿者{{compound:钟离慕青}}教她弹电子琴。
访谈者：孩子在学校怎么样？
受访者：跑得快，运动会上拿了六十米第一，{{han:向秋桐}}说这是草原上的腿。数学差，我只念到初二，教不了。有一回同学笑她口音，说她是外国人，她回来哭了半夜。第二天{{han:向姐}}在班会上放了一段草原的片子，讲蒙古族的孩子也是中国孩子，从那以后没人再笑她。
访谈者：厂里对您怎么样？
受访者：老板{{han:鲍国民}}他自己苦出身，不排我夜班。叉车班长{{han:操德胜}}笑我，说一个大男人{{trap/word:操心}}的事比女人还多。{{minority/mongolian:额尔很朝鲁}}下了班常来宿舍喝两口，我们用蒙古话骂这边的天，夏天三十八度，冬天屋里比外头还冷。
访谈者：开叉车危险吗？
受访者：危险。一块石板两三吨，叉歪了就往下滑。去年冬天一个工友的脚被压了，在{{trap/org:麻城市人民医院}}住了两个月。我现在每回起板都先下车看一眼，宁可慢一点。闺女说，爸你要是出了事，我就真没人要了。她说得轻巧，我一晚上没睡着。
访谈者：孩子想妈妈吗？
受访者：想。她妈的照片她夹在语文书里。我跟{{minority/mongolian:都仁娜木拉}}是在{{trap/minority_word:那达慕}}上认识的，她唱歌好听，闺女嗓子随她。礼拜天我们跟老家视频，她奶奶{{minority/mongolian:巴达玛其其格}}七十了，一见孙女就抹眼泪。{{minority/mongolian:其楞}}说话越来越像麻城人，说来{{trap/word:奇怪}}，蒙古话倒快忘了，奶奶问她吃的什么，她答“热干面”。晚上我给她讲{{trap/famous:成吉思汗}}，她听着听着就睡了。
访谈者：您一个人带女儿，难在哪儿？
受访者：女孩子大了，有些事我说不出口。上个月她头一回来例假，吓得给我打电话，我正在叉车上，手都抖了。还是{{han:向姐}}带她去买的东西，教她怎么弄。我一个当爸的，只能在门口等着。
访谈者：过年回老家吗？
受访者：去年没回，厂里赶一批出口的石板。{{trap/minority_word:查干萨日}}那天，我在宿舍煮了一锅{{trap/minority_word:手把肉}}，{{minority/mongolian:额尔很朝鲁}}带着媳妇来了，闺女给我们唱她妈教的歌，唱到一半忘了词，自己先哭了。正月里同桌{{han:涂可馨}}一家带她去{{trap/place:龟峰山}}看杜鹃，她回来说，山上的花跟草原上的萨日朗一样红。
访谈者：欠的钱还了多少？
受访者：还了一大半。我一个月五千出头，寄回去三千，剩下的够我们爷俩吃饭、交杂费。亲戚的钱不急，信用社那笔是{{trap/year:2019年}}借的，明年秋天到期。我不抽好烟，也不打牌，一分一分攒。
访谈者：您自己身体呢？
受访者：腰不行，叉车座椅颠，一天下来直不起来。石粉大，我戴两层口罩。厂里的{{han:闵医生}}让我每年去拍一回片子，怕得尘肺。
访谈者：登记的信息请您说一下。
受访者：我们住{{address:麻城市龙池桥街道石材园东路职工宿舍3栋206室}}，老家是{{address:乌审旗嘎鲁图镇沙日塔拉嘎查二组7号}}。我的身份证{{id_number@my1983spaced.150626}}，闺女的我一段一段念：{{id_number@wy2014tri.150626}}。我手机{{mobile@s434}}，{{han:阮春花}}的是{{mobile@plain}}。我的微信{{wechat:chulumen_mc0917}}。闺女有个QQ，跟老家表姐聊天用，号码她让我念了三遍才记住：{{qq:6092714835}}。
访谈者：表上名字写得对吗？
受访者：错过好几回。低保表上是{{spaced:楚 鲁 门 巴 图}}，学校写成{{spaced:敖日其楞　高娃}}，她妈的死亡证明上是{{spaced:都 仁 娜 木 拉}}。
访谈者：您最盼什么？
受访者：把债还完，带闺女回草原。她嘴上不说，心里{{trap/word:向往}}得很。她的名字是她妈起的，叫{{minority/mongolian:敖日其楞高娃}}。
""")

# H1202: Kham Tibetan grandmother from 德格 raising her two grandsons in 应城; their Han father died on the road,
# their mother left.
DOCS["H1202"] = ("family", """\
访谈者：阿妈，您是从{{trap/place:德格}}过来的？
受访者：是，德格{{trap/place:更庆镇}}的。我叫{{minority/tibetan:泽仁娜姆}}，今年六十六。这边邻居念不顺，都喊我{{minority/tibetan:娜姆}}婆婆。两个孙子叫我{{trap/minority_word:阿妈拉}}，跟着他们妈妈叫的。
访谈者：怎么到{{trap/place:应城}}来了？
受访者：我女儿{{minority/tibetan:降拥拉姆}}嫁的是应城人{{han:汤建军}}，他在德格修路的时候认识她的。两个孙子都生在这边。前年{{han:汤建军}}开货车在{{trap/place:川藏线}}上出了事，人没了。女儿第二年说去{{trap/place:成都}}打工，走了就没回来，电话也停了。孩子爷爷{{han:汤德才}}中风躺在床上，奶奶早不在了，我不来，两个娃娃没人管。
访谈者：孙子多大了？
受访者：老大{{minority/tibetan:四郎格登}}十岁，我叫他{{minority/tibetan:格登}}，户口上是{{han:汤宇晨}}，在{{school:应城市城中街道蒲阳路小学四年级（2）班}}。老二{{minority/tibetan:降央呷吾}}七岁，在{{school:蒲阳路小学一年级（4）班}}，同学把他爸的姓安在藏名前头，喊他{{minority/tibetan:汤呷吾}}，他也不恼。我在家就叫{{minority/tibetan:呷吾}}。
访谈者：两个孙子懂事吗？
受访者：老大懂事得让人心疼。他爸走那年他八岁，灵堂里一滴眼泪都没掉，后来半夜一个人坐在门口。现在放了学先去爷爷屋里喂水，再写作业。老二问过我好多回，妈妈是不是去找爸爸了。我不知道怎么答，就说妈妈在很远的地方挣钱。
访谈者：谁在帮你们？
受访者：社区的书记{{han:和秀兰}}。我不识汉字，办事那天，我和{{han:和书记}}在街道坐了一上午，她一张一张帮我填。两个娃娃评上了事实无人抚养儿童，每人每月{{trap/number:一千一百五十元}}。街道民政的{{han:聂文斌}}来过三回。老大的班主任{{han:喻丽君}}老师把{{minority/tibetan:格登}}调到第一排，还给他买过一双棉鞋。社工{{compound:公西若彤}}每周来教老大写作业，她的同事{{compound:澹台星野}}带两个娃去{{trap/place:汤池}}泡过一回温泉。
访谈者：孩子们身体好吗？
受访者：老二有哮喘，春天柳絮一飞就喘，夜里咳得睡不成。社区卫生站的{{han:鲁医生}}教我用喷雾，还把她的电话写在我家墙上。老大去年摔断了胳膊，是{{han:袁婶}}的儿子骑电动车送到医院的，我在后头跑都跑不赢。
访谈者：爷爷那边呢？
受访者：{{han:汤德才}}才六十出头，中风以后话说不清。他妹妹{{han:汤桂芝}}隔两天来给他擦身子。我饭做两份，一份端过去。两个娃娃的补助加上爷爷的低保，吃饭够了，我在小区门口帮人剥毛豆，一天也能挣二三十块。
访谈者：孙子们过得惯吗？
受访者：老大记得他爸，不爱说话。老二小，跟我学了几句藏话，见人就说{{trap/minority_word:扎西德勒}}。我儿子{{minority/tibetan:格绒洛布}}在德格放牦牛，每年寄{{trap/minority_word:酥油}}和{{trap/minority_word:糌粑}}来，邻居尝了说像炒面。晚上我讲{{trap/famous:格萨尔王}}，{{minority/tibetan:格登}}问我{{trap/famous:格萨尔}}是不是跟奥特曼一样厉害。元宵节邻居{{han:袁婶}}端来一笼{{trap/word:汤包}}，{{minority/tibetan:呷吾}}一口气吃了八个。
访谈者：德格那边还有什么人？
受访者：我男人走了十年了。儿子一家在牧场，儿媳{{minority/tibetan:益西拥措}}生了三个，日子也紧。我女儿小时候在{{trap/org:德格印经院}}门口卖过酸奶，她要是知道两个儿子现在这样，不晓得心里怎么想。{{minority/tibetan:降拥拉姆}}她从小就倔，决定了的事谁都拉不回来。
访谈者：您跟女儿还有联系吗？
受访者：没有。去年过年有个陌生号码打来，接起来没人说话，我喊了好几声她的名字，那边就挂了。我想那是她。我不怪她，男人没了，她才二十八岁。我就是想让她知道，两个娃娃好着呢，长高了，老大能帮我提水，老二会背乘法口诀了。
访谈者：孩子们将来呢？
受访者：我跟老大说，好好念书，以后当医生，回德格给牧民看病。他说他要当货车司机，跟他爸一样。我听了心里一紧，没说话。
访谈者：您自己过得惯吗？
受访者：热，潮，夏天夜里睡不着。应城话我只听得懂一半，买菜就拿手比。早上我在院子里转经，邻居们开始看稀奇，现在见怪不怪了，{{han:和秀兰}}说我们这个院子的人{{trap/word:和气}}。
访谈者：登记信息说一下吧。
受访者：这边住{{address:应城市城中街道蒲阳路南巷14号}}，老家是{{address:德格县更庆镇然木村三组5号}}。我的身份证{{id_number@wy1959.513330}}，老大的{{id_number@my2014fwspaced.420981}}。我的手机{{mobile@h38}}，平时是老大接。{{han:和秀兰}}的{{mobile@plus86spaced}}，微信{{wechat:hxl_puyang1972}}。老大有个QQ，跟同学对作业，号码他用粉笔写在门背后：{{qq:８４１６０２７３}}。
访谈者：名字写得对吗？
受访者：乱。救助表上我是{{spaced:泽 仁 娜 姆}}，老大写成{{spaced:四郎　格登}}，老二是{{spaced:降 央 呷 吾}}。
访谈者：您最盼什么？
受访者：盼我女儿打个电话回来。她叫{{minority/tibetan:降拥拉姆}}。
""")

# H1203: Kazakh mother from 额敏 who works in a salt-works canteen in 城北街道 (应城); her Han husband was crippled
# in the mine.
DOCS["H1203"] = ("family", """\
访谈者：大姐，您在这个食堂干了多久了？
受访者：四年多了。这是{{trap/place:城北街道}}盐化厂的职工食堂，我打饭、揉面、炸油饼。我叫{{minority/kazakh:哈孜依娜·木拉提别克}}，哈萨克族，老家在{{trap/place:额敏}}。食堂的人念不全，就叫我{{minority/kazakh:哈孜依娜}}。
访谈者：怎么嫁到应城来的？
受访者：我男人{{han:熊卫东}}是应城人，年轻时在额敏当兵，我们在{{trap/place:塔城}}的巴扎上认识的。他复员回来进了盐矿，我就跟来了。六年前井下顶板塌了，砸断了他的腰，现在坐轮椅，一级残疾。{{han:熊卫东}}他以前一顿吃三个馒头，现在一碗饭都吃不完。
访谈者：孩子们呢？
受访者：儿子{{minority/kazakh:叶尔多斯}}十二，学校的表上随他爸姓，写成{{minority/kazakh:熊叶尔多斯}}，在{{school:应城市城北中学七年级（5）班}}。女儿{{minority/kazakh:努尔依曼}}八岁，汉名叫{{han:熊梓琪}}，在{{school:城北街道盐池小学二年级（3）班}}，班上同学喊她{{minority/kazakh:熊依曼}}，我喊她{{minority/kazakh:依曼}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:尹晓燕}}，两个孩子都评了困境儿童，每人每月{{trap/number:九百三十元}}。我男人的残疾人两项补贴，是{{trap/org:应城市残联}}的{{han:帅建华}}上门评的，他看了一眼轮椅说，这个轮子该换了，过了半个月真送来一辆新的。食堂管理员{{han:能春林}}排班的时候总问我，下午能不能早点走，回去给孩子他爸翻身。{{han:能春林}}能帮的都帮了。社工{{compound:轩辕静怡}}每周三来给儿子补英语，她带的实习生{{compound:太叔明哲}}陪我男人下象棋。
访谈者：儿子在学校怎么样？
受访者：{{minority/kazakh:叶尔多斯}}个子高，班主任{{han:柳美玲}}让他当体育委员。他数学好，语文差，作文老写草原，{{han:柳老师}}说写得有味道，就是错别字多。去年学校开运动会，他跑八百米拿了第一，下来第一句话是问我，爸爸看见没有。我拍了视频，他爸看了三遍。
访谈者：井下出事，盐矿赔了吗？
受访者：按工伤赔了一些，后面的护理费扯了两年。{{trap/org:法律援助中心}}的律师{{compound:公良浩然}}帮我们打的官司，一分钱没收。钱我存着，留给两个孩子上学用，我跟他说，这是你拿腰换的，不能乱花。
访谈者：女儿呢？
受访者：{{minority/kazakh:依曼}}胆子小，在学校不怎么说话，回家就跟她爸腻在一起，坐在轮椅边上给他念课文。她爸的脾气只有她治得住。去年她画了一幅画，一顶毡房，毡房外面一个人推着轮椅，老师问她画的是谁，她说是爸爸在草原上散步。
访谈者：孩子爸爸现在怎么样？
受访者：脾气坏了。以前他爱说爱笑，儿子说他爸穿军装的照片可{{trap/word:帅气}}了。现在一天到晚坐在窗户边上，有时冲孩子发火，发完了自己又哭。我不怪他，井下的活是拿命换钱。
访谈者：一个月收入够用吗？
受访者：我在食堂拿三千二，他的补贴、孩子们的补助、低保加起来，一家四口紧巴巴够用。房子是厂里的老宿舍，不要房租。最怕他生病住院，去年他褥疮感染住了二十天，自费那部分我借了两个月的工资。
访谈者：您想家吗？
受访者：想。我{{trap/minority_word:阿帕}}前年走了，我没赶回去。我爸{{minority/kazakh:木拉提别克·加纳特}}七十二了，还在{{trap/place:巴尔鲁克山}}下放羊。弟弟{{minority/kazakh:别力克·木拉提别克}}一年寄两回奶疙瘩。{{trap/minority_word:纳吾肉孜节}}那天我在食堂炸{{trap/minority_word:包尔萨克}}，工友们抢着吃。{{minority/kazakh:叶尔多斯}}会弹一点{{trap/minority_word:冬不拉}}，是他舅舅{{minority/kazakh:别力克}}视频里教的。我给孩子们念{{trap/famous:阿拜}}的诗，女儿听不懂，跟着拍手。
访谈者：在应城习惯吗？
受访者：吃的习惯了，热干面、藕汤我都会做。就是冬天湿冷，手上生冻疮。一起打饭的{{han:万菊香}}大姐教我说应城话，“做么事”“冇得”我都会了。{{han:万菊香}}说，{{trap/word:万一}}哪天我回新疆，她要跟着去看草原。
访谈者：登记信息请您说一下。
受访者：我们住{{address:应城市城北街道盐化厂生活区9栋1单元302室}}，娘家在{{address:额敏县郊区乡阔克苏村五组17号}}。我身份证{{id_number@wy1987fwhyphen.654221}}，女儿的{{id_number@wy2017hyphen.420981}}。我手机{{mobile@fws}}，{{han:尹晓燕}}的{{mobile@p86h}}。我的微信{{wechat:hazyina_yc0611}}。儿子有个QQ，跟舅舅视频也用它，号码他写在冰箱贴上：{{qq:2460718593}}。
访谈者：名字写得对吗？
受访者：不对。低保表上我是{{spaced:哈孜依娜 · 木拉提别克}}，点两边都空了格；我爸的汇款单上写成{{spaced:木拉提别克 ·加纳特}}；儿子学籍上是{{spaced:叶 尔 多 斯}}，女儿写成{{spaced:努尔　依曼}}。
访谈者：您最盼什么？
受访者：盼他能站起来走两步。他给女儿起了汉名，我给她起了哈萨克名，叫{{minority/kazakh:努尔依曼}}。
""")

# H1204: Yi grandfather from 美姑 who sets bricks on a kiln in 宋河镇 and raises his son's two children; the son is
# in prison and his wife remarried.
DOCS["H1204"] = ("family", """\
访谈者：老人家，您在这个砖厂干几年了？
受访者：五年了。我是凉山{{trap/place:美姑}}的彝族，叫{{minority/yi:阿侯日铁}}。窑上的汉族师傅喊我{{han:侯大爷}}，老乡喊我{{minority/yi:日铁}}。
访谈者：怎么到{{trap/place:宋河镇}}来的？
受访者：老乡带老乡。{{minority/yi:吉史尔古}}最早来，在窑上当班长，把我们美姑十几个人都叫来了。我管码坯，一天码四千块，手上的皮磨掉一层又长一层。
访谈者：家里是什么情况？
受访者：儿子{{minority/yi:阿侯拉者}}前些年跟人去外头“带东西”，带的是毒品，判了十二年，关在{{trap/place:雷马屏}}。儿媳{{minority/yi:曲比阿各}}等了两年，回娘家改嫁了。两个孙子留给我，我就带到这边来了。
访谈者：孙子多大了？
受访者：孙子{{minority/yi:阿侯格哈}}十一岁，上学登记的时候，老师说我们的家支名像姓又不像姓，只取了一个字，写成{{minority/yi:侯格哈}}，在{{school:宋河镇中心小学五年级（1）班}}。孙女{{minority/yi:阿侯依嫫}}八岁，老师给起了汉名{{han:侯欣怡}}，在{{school:宋河镇中心小学二年级（2）班}}。在家我喊他们{{minority/yi:格哈}}、{{minority/yi:依嫫}}。
访谈者：谁在帮你们？
受访者：砖厂老板姓要，叫{{han:要国庆}}，我们都喊他{{han:要老板}}。{{han:要老板}}要我们把孩子的户口、学籍都办好，开车带我跑了四趟镇上。孙子的班主任{{han:才丽娟}}才二十三岁，刚毕业，天天放了学给两个孩子补拼音。镇上的儿童主任{{han:戴春梅}}给孩子报了服刑人员子女补助，每人每月{{trap/number:七百八十元}}，我自己也有了低保。社工{{compound:仲孙清漪}}每个月来一趟，她的同事{{compound:东郭沐阳}}给孙女带过一箱课外书。
访谈者：孩子们放学以后呢？
受访者：到窑上来写作业，就趴在坯架子边上的木板上。窑上的人都护着他们，{{minority/yi:吉史尔古}}的媳妇{{minority/yi:吉史阿牛}}给他们煮洋芋，汉族师傅{{han:秦晓东}}从镇上给孙女捎过一件羽绒服。我不让他们碰砖，怕砸了脚。孙女喜欢蹲在窑门口看火，说火像一朵一朵的花。
访谈者：孩子们想爸爸吗？
受访者：孙子记得他{{trap/minority_word:阿达}}。过{{trap/minority_word:火把节}}的时候，我们在窑边上点一堆火，杀只鸡，煮{{trap/minority_word:坨坨肉}}，{{minority/yi:吉史尔古}}唱酒歌。{{minority/yi:格哈}}问我，爸爸在监狱里能看见火吗。我给他讲{{trap/famous:支格阿鲁}}射太阳的故事，他说他也要射，把坏人都射下来。孙女胆小，不问，就是夜里抱着我的胳膊睡。
访谈者：窑上一年能挣多少？
受访者：码坯按块算，一块两分多，好的月份四五千，雨季窑一停就没有了。吃住在窑上，不花什么钱。我一年给儿子的监狱账户打五百块，剩下的都存着。孙子说以后要考大学，考到{{trap/place:成都}}去，离他爸近一点。
访谈者：您身体怎么样？
受访者：咳嗽，窑上灰大。去年冬天{{minority/yi:俄木伍沙}}用摩托车把我送到卫生院，{{han:晏医生}}说是老慢支，要少抽烟。我披的这件{{trap/minority_word:擦尔瓦}}是从美姑带来的，这边冬天湿冷，没它不行。烧火的{{minority/yi:瓦扎尔布}}说，{{han:老侯}}你再干两年就回去吧。我回去了，孙子谁管呢。
访谈者：学校里过得好吗？
受访者：开始不好。孙子听不懂汉话，上课坐着发呆，下课跟人打架。{{han:才丽娟}}没骂他，把他叫到办公室，拿彝文的绘本给他看，问他这个字怎么念。现在他汉话说得比我好，回来还当我的翻译。孙女当了小组长，管收作业本，回来板着脸学老师说话，窑上的人笑得直不起腰。学校减了午饭钱，冬天还发了棉鞋。
访谈者：跟儿子有联系吗？
受访者：一个月能打一次电话。{{minority/yi:阿侯拉者}}在电话里哭，说对不起两个娃娃。我说你好好改造，早点出来，{{minority/yi:格哈}}等着你教他犁地。每回打完电话，我一个人在窑后头坐半天，抽一根烟，再回去给孩子们热饭。
访谈者：您希望孙子以后怎么样？
受访者：读书。我一辈子没进过学堂，签字只会按手印。我们彝族老辈人讲{{trap/minority_word:尔比尔吉}}，说骏马靠腿，人靠本事。我跟{{minority/yi:格哈}}说，你的本事就是读书。
访谈者：登记的信息请您说一下。
受访者：这边住{{address:京山市宋河镇红旗砖瓦厂工棚2排4号}}，老家在{{address:美姑县巴普镇日都村二组11号}}。我的身份证{{id_number@mold.513436}}，孙子的{{id_number@my2013quad.513436}}。我的手机是孙子帮我记的：{{mobile@spaced}}，{{minority/yi:吉史尔古}}的{{mobile@plus86dash}}。{{han:才丽娟}}的微信{{wechat:cailijuan_shx}}，她说有事就发语音。孙子有个QQ，号码是他一个字一个字念给我的：{{qq:57203918}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:阿 侯 日 铁}}，孙子写成{{spaced:阿侯　格哈}}，儿媳写成{{spaced:曲 比 阿 各}}。
访谈者：最后还想说什么？
受访者：谢谢镇上的人。我不会说汉话，心里记着{{han:要老板}}。
""")

# H1205: Han community worker in 鼓楼街道 (麻城) reading out her list of children in distress.
DOCS["H1205"] = ("staff", """\
访谈者：{{han:鄢姐}}，您手上这本是什么？
受访者：{{trap/place:鼓楼街道}}的困境儿童花名册，{{trap/place:东门社区}}这一片归我管。我叫{{han:鄢秋萍}}，做儿童主任第八年了。我一户一户念，你对着记，念错了你就打断我。
访谈者：好。
受访者：第一户，{{han:程有志}}家。{{han:程有志}}有尿毒症，一周透析三回，老婆前几年走了就没回来。儿子{{han:程梓航}}十岁，在{{school:麻城市东门小学四年级（1）班}}。低保全额，孩子每月困境儿童补贴{{trap/number:八百六十元}}。住{{address:麻城市鼓楼街道东门社区健康巷9号}}，孩子身份证{{id_number@my2015.421181}}。{{han:程梓航}}也懂事，周末推着他爸去医院，自己挂号、排队。
访谈者：第二户？
受访者：第二户是事实无人抚养，{{han:晏紫涵}}，女，九岁。爸爸{{han:晏志刚}}在{{trap/place:沙洋}}服刑，妈妈改嫁没了音信，跟奶奶{{han:屈凤英}}过。{{han:屈凤英}}她有白内障，去年我们帮着申请了免费手术，现在能穿针了。奶奶的身份证我念一下：{{id_number@woldhyphen.421181}}。
访谈者：第三户？
受访者：第三户，{{han:涂乐天}}，男，十三，脑瘫，二级肢体残疾，拿残疾人两项补贴。爸爸在工地上摔死了，妈妈{{han:汪小娥}}一个人带。名字是他爸起的，盼他一辈子{{trap/word:乐天}}。{{han:汪小娥}}在家门口摆个缝补摊，孩子坐在旁边，见人就笑。住{{address:鼓楼街道东门社区桂花巷3号2楼}}。
访谈者：第四户？
受访者：第四户是彝族，从{{trap/place:凉山}}来的。爸爸{{minority/yi:沙马尔日}}在石材厂搬石板，去年被压断了腿；妈妈{{minority/yi:海来日呷}}在超市理货。女儿{{minority/yi:沙马日各}}十岁，学校把家支名当成了姓，叫她{{minority/yi:马日各}}，在{{school:东门小学三年级（2）班}}。{{minority/yi:沙马尔日}}他说等腿好了还去搬石头，我说你先把伤残鉴定做了再说。
访谈者：第五户？
受访者：第五户是留守，{{han:童佳怡}}，七岁，爸妈在{{trap/place:温州}}的鞋厂，跟爷爷{{han:童长庚}}过。爷爷八十一了，耳朵背，我去了得趴在他耳边喊。{{han:童大爷}}去年冬天在屋里烧炭取暖，差点出事。隔壁住的是{{han:汪根有}}，老爷子是被{{han:汪根有}}撞开门背出来的。后来我们给他家装了个烟雾报警器，响起来整条巷子都听得见。
访谈者：彝族那一家后来怎么样了？
受访者：石材厂老板{{han:屈建林}}开始不认账，说他是临时工，没签合同。我们找了{{trap/org:麻城市法律援助中心}}，又请工友作证，磨了半年，最后赔了八万多。{{minority/yi:沙马日各}}现在每天放学到社区来写作业，她说长大了要当律师，专门帮搬石头的人打官司。
访谈者：学校那边配合吗？
受访者：配合。东门小学的{{han:夏校长}}每学期开一次个案会，班主任、社工、我，三方坐一起过一遍。{{han:程梓航}}的班主任{{han:戴老师}}发现孩子上课打瞌睡，一问才知道他夜里要起来给他爸倒尿袋。去年{{han:童佳怡}}放学路上被狗咬了，是她骑电动车送去打的疫苗。
访谈者：这些户平时谁在跟？
受访者：街道民政办的{{han:闵卫平}}总负责，材料报到{{trap/org:麻城市民政局}}。社工站派了三个人：{{compound:谷梁书瑶}}跟第一户、第三户，{{compound:司寇文博}}跟第二户，新来的{{compound:壤驷佳怡}}跟彝族那家，她跟{{minority/yi:海来日呷}}学了几句彝话。有事你找{{han:闵卫平}}，或者让{{han:汪小娥}}帮着带话，这一片她没有不认识的。
访谈者：台账上名字写得对吗？
受访者：错的多。{{spaced:程 有 志}}被打成了三个字中间带空格；{{spaced:晏紫 涵}}分成两截；社工的名字写成{{spaced:司　寇　文　博}}；彝族那孩子写成{{spaced:沙马　日各}}。我们年底一起核一遍。
访谈者：做这个工作最难的是什么？
受访者：最难的是有的人家不肯认。第五户爷爷开始说，我孙女有爸有妈，不是什么困境儿童，把我轰了出来。我去了六回，给他换灯泡、修水管，他才松口。有时候我也想不干了，可一想到这些伢，第二天早上还是拿着本子出门。还有就是钱，补助到了，有的家长拿去打牌，我们只好跟学校商量，直接交伙食费。
访谈者：补助多久发一次？
受访者：每月十号左右直接打到卡上，年底再核一次。家里情况变了就要重新评，爸爸出狱了、妈妈回来了，补助就停。有的家长为这个跟我吵，我把政策一条一条念给他听。
访谈者：您自己家里支持吗？
受访者：我老公{{han:余志明}}在街道城管队，女儿上初三。周末我去入户，女儿说我是别人家的妈。有一回除夕夜，{{han:屈凤英}}摔了一跤，我丢下年夜饭就跑过去，我老公端着饺子在后头追。
访谈者：联系方式呢？
受访者：我的电话{{mobile@hyphen}}，{{han:闵卫平}}的{{mobile@s38}}，我的工作微信{{wechat:yqp_gulou_ertong}}，群里的家长都加了。{{han:程有志}}透析那天我替他接孩子，他说这辈子欠我的，我说你好好活着就算还了。
""")

# H1206: Han 儿童主任 in 龟山镇 (麻城) who keeps up with the children on QQ and with their parents on WeChat.
DOCS["H1206"] = ("staff", """\
访谈者：{{han:皮姐}}，听说您跟孩子们都在网上联系？
受访者：孩子们用QQ，大人用微信，我两个都开着，手机一天充两回电。我叫{{han:皮丽芳}}，{{trap/place:龟山镇}}{{trap/place:桃花冲村}}的儿童主任，跟着九个困境儿童、二十几个留守的。
访谈者：说说几个孩子吧。
受访者：先说{{han:涂也平}}，十三岁，爸妈在{{trap/place:深圳}}的电子厂。{{han:涂也平}}也不是坏孩子，就是迷游戏，半夜两点还在线。他在{{school:龟山镇初级中学七年级（2）班}}，QQ是{{qq:3017845962}}，我看他头像亮着就发一句“睡觉”。他妈{{han:熊翠娥}}的微信叫{{wechat:xcp_shenzhen_dz}}，我每个礼拜跟她讲一回。
访谈者：他妈知道他玩游戏的事吗？
受访者：知道。去年他拿奶奶的手机给游戏充了两千多，被他奶奶发现了，老人家气得住了三天院。我没骂他，让{{han:涂也平}}自己给他妈打电话，一五一十地说。他哭着说完，他妈在电话那头也哭。后来他把压岁钱拿出来还了一半，现在周末在我这儿帮着整理档案，算是打工还债。
访谈者：第二个？
受访者：第二个是个女孩，蒙古族。她妈{{minority/mongolian:奥云塔娜}}是{{trap/place:科尔沁}}的，在{{trap/place:武汉}}打工认识了我们村的{{han:胡建平}}，嫁了过来。前年{{han:胡建平}}肝癌走了，{{minority/mongolian:奥云塔娜}}在武汉做保洁，孩子跟奶奶。孩子的蒙古名叫{{minority/mongolian:莎如拉}}，户口上是{{han:胡梦瑶}}，班上同学连起来喊她{{minority/mongolian:胡莎如拉}}。她妈的微信是{{wechat:wxid_k7m2p9x4q1}}，每天晚上九点准时跟孩子视频。{{minority/mongolian:莎如拉}}说以后要当医生，像{{trap/famous:李时珍}}一样上山采药。
访谈者：奶奶一个人带得过来吗？
受访者：奶奶{{han:胡秀英}}腿脚不好，孙女倒是懂事。{{minority/mongolian:奥云塔娜}}过年回来，给我带了一包{{trap/minority_word:奶豆腐}}，硬得咬不动，我泡在茶里吃。她说科尔沁冬天零下三十度，还是比武汉好过，武汉的冷往骨头里钻。
访谈者：第三个？
受访者：第三个{{han:万俊豪}}，十一岁，爸爸{{han:万德山}}偷电缆，判了四年，妈妈出去打工就没回来，跟奶奶{{han:汪桂莲}}过。报了服刑人员子女补助，每月{{trap/number:六百四十元}}。这孩子{{trap/word:皮实}}，从树上摔下来胳膊肿了也不哭。他的QQ是全角打的，我照抄：{{qq:２８５０１９６７４}}。
访谈者：第四个？
受访者：第四个是孤儿，{{han:夏小满}}，女，十岁，爸妈开三轮车翻到沟里，都没了。跟姑妈{{han:夏桂芬}}过，姑妈自己也有两个孩子，待她跟亲生的一样，孤儿基本生活费每月{{trap/number:一千四百八十元}}。{{han:夏小满}}的身份证{{id_number@wy2016x.421181}}。她姑父{{han:郑国强}}在外地跑车，微信{{wechat:zhengguoqiang_hg}}，有事我就给他留语音。她的QQ{{qq:1946207358}}，她在上面跟我说过想妈妈，说完就下线了。
访谈者：您平时怎么管这么多号？
受访者：建了个QQ群，群号{{trap/number:813560274}}，孩子们都在里头，我每天晚上发一句“作业写完没有”。大人那边建了个微信群，通知补助、体检都在群里发。有的奶奶不会打字，就发语音，一条六十秒，我一条一条听。
访谈者：您怎么会做这个？
受访者：我自己就是留守长大的，爸妈在{{trap/place:广州}}做了十几年衣服，我跟奶奶过。小时候最怕开家长会，别人都有爸妈来，我只有奶奶，奶奶还不识字。所以现在哪个孩子开家长会没人去，我就去。一学期我要开七八个家长会，老师们都认得我了。
访谈者：孩子们在网上跟您说些什么？
受访者：什么都说。考砸了，跟同学吵架了，喜欢上哪个男生了。有个女孩半夜发来一句“活着没意思”，我吓得一边给派出所打电话一边往她家跑，到了她奶奶还在睡觉。那天我们坐在门槛上聊到天亮。从那以后我手机夜里不静音。
访谈者：镇上有人帮您吗？
受访者：镇社工站的{{compound:公羊慧敏}}每个月下来一回，带着{{compound:南门思远}}给孩子们上安全课，教他们防溺水、防性侵。去年暑假{{trap/org:黄冈师范学院}}来了个支教的大学生，叫{{compound:端木星澜}}，在村小教了一个月英语，走的时候孩子们哭成一片。心里有事的孩子，我让他们打{{trap/hotline:12355}}。
访谈者：名单上名字写得对吗？
受访者：不全对。镇上的表把{{spaced:涂 也 平}}空了格，{{spaced:胡　莎　如　拉}}一个字一个字隔开，社工写成{{spaced:公 羊 慧 敏}}。
访谈者：您的联系方式呢？
受访者：我家在{{address:麻城市龟山镇桃花冲村四组21号}}，电话{{mobile@p86n}}，微信就是手机号。{{trap/place:龟峰山}}的杜鹃开的时候，我带孩子们上山，拍了好多照片，发在群里，在外头打工的爸妈一张一张地存。有个爸爸说，他在工地上看着照片，就像自己也回了一趟家。
""")

# H1207: Han uncle in 长江埠街道 (应城) raising his dead brother's daughter; her mother remarried far away.
DOCS["H1207"] = ("family", """\
访谈者：大哥，孩子是您侄女？
受访者：是我哥的姑娘。我叫{{han:聂长海}}，在{{trap/place:长江埠街道}}开个修车铺。我哥{{han:聂长湖}}前年在{{trap/place:汉宜高速}}上出车祸走了，嫂子{{han:柳红霞}}过了半年去了{{trap/place:温州}}，再嫁了，电话也换了号。孩子就落到我手里。
访谈者：孩子多大？
受访者：{{han:聂雨萱}}，十岁，我们这边喊她{{han:萱伢}}，在{{school:应城市长江埠小学四年级（3）班}}。{{han:萱伢}}她成绩好，就是不爱讲话，她爸走了以后一年没笑过。头半年她天天晚上抱着她爸的旧外套睡，说外套上的机油味好闻。
访谈者：您哥出事以后，赔偿怎么弄的？
受访者：对方是个货车司机，叫{{han:郝建设}}，也是个苦人，车是贷款买的。保险赔了一部分，他自己拿不出钱，在法院签了分期，一个月还两千。头几个月按时打，后来断了。我也没去逼他，他家里也有伢。
访谈者：家里人怎么想？
受访者：我老婆{{han:钱秀英}}开始不同意，说自家两个伢都养不过来。后来看孩子可怜，{{han:钱秀英}}比我还疼她，给她扎辫子、买裙子。我儿子{{han:聂子墨}}比她大两岁，放学带着她一起走。
访谈者：谁帮了你们？
受访者：社区的儿童主任{{han:揭美华}}，她说孩子爸死了、妈联系不上，算事实无人抚养，帮我们报上去，每月{{trap/number:一千二百一十元}}。班主任{{han:漆老师}}，大名{{han:漆文娟}}，冬天放学晚了，巷子里{{trap/word:漆黑}}的，她就把{{han:萱伢}}送到修车铺门口。隔壁开小卖部的{{han:还秋生}}还帮我看着她，放学先在他店里写作业。学校足球队的教练{{han:喻要强}}要她进校队，说她跑得快，孩子这才慢慢肯跟人说话。
访谈者：孩子妈妈那边呢？
受访者：我们想让她出抚养费，找不着人。{{trap/org:应城市法律援助中心}}的律师{{compound:鲜于子墨}}帮我们查，查到温州一个地址，寄过去的信退回来了。说实话，找到了又能怎样，孩子的心已经凉了。社工{{compound:宗政怀瑾}}每个月来一回，跟{{han:萱伢}}聊天、画画，还请了心理老师{{compound:谷梁明轩}}来看过两次。
访谈者：孩子的奶奶呢？
受访者：我妈在乡下，七十八了，一个人种两分菜地。{{han:萱伢}}每个礼拜六回去看她，祖孙俩坐在门口剥豆子，能坐一下午。我妈老说，{{han:长湖}}要是在就好了。这话{{han:萱伢}}听了不吭声，回来路上拉着我的手不放。
访谈者：孩子在校队踢得怎么样？
受访者：踢得好，去年代表学校去孝感比赛，拿了第三名。{{han:喻教练}}说她脚下有东西。比赛那天我关了铺子去看，她进了一个球，跑到场边，先往天上指了指。
访谈者：您自己的日子呢？
受访者：修车铺一个月挣五六千，养五口人紧了点，我老婆在超市上班，一个月两千八，两个人加起来刚够。我哥的赔偿款存在孩子名下，我一分不动，等她上大学用。有人说我傻，我说那是我哥的命换的，我动了晚上睡不着。
访谈者：孩子跟您亲吗？
受访者：亲。去年父亲节她给我写了张卡片，写的是“二爸，谢谢你”。我们这边管叔叔叫二爸。我拿着卡片在铺子里蹲了半天，一手的机油，不敢碰。那张卡片现在还压在铺子的玻璃板底下。
访谈者：长江埠这边生活怎么样？
受访者：老街，以前是码头，河上船多，现在冷清了。铺子里修的多是电动车、三轮车，一天二三十单。晚上八点关门，我带两个伢去河堤上走一圈，{{trap/place:府河}}边风大，{{han:萱伢}}喜欢站在堤上喊，喊完了心里就舒服了。她说是学校心理老师教的。
访谈者：您最担心什么？
受访者：担心她长大了问我，她妈为什么不要她。我想好了，到时候就跟她说实话，她妈有她妈的难处，可二爸二妈一直在。再就是担心我自己，修车天天弯腰，腰椎间盘突出，我要是倒了，两个家都得塌。我买了份意外险，受益人写的是她。
访谈者：登记信息请您说一下。
受访者：家住{{address:应城市长江埠街道汉江路46号2栋301室}}，修车铺在{{address:长江埠街道新街78号}}。我的身份证{{id_number@mmidspaced.420981}}，孩子的{{id_number@wy2015fw.420981}}。我电话{{mobile@plus86}}，{{han:揭美华}}的{{mobile@plain}}。我的微信{{wechat:niechanghai_xiuche}}。{{han:萱伢}}有个QQ，跟她同学交作业用，号码写在修车铺的黑板上：{{qq:739106582}}。
访谈者：表上名字写得对吗？
受访者：有错的。学校表上她是{{spaced:聂 雨 萱}}，我哥的死亡证明上写成{{spaced:聂长 湖}}，律师的名字在回执上打成了{{spaced:鲜 于 子 墨}}。
访谈者：最后想说什么？
受访者：谢谢街坊。这两年最该谢的，是{{han:还秋生}}。
""")

# H1208: Han village doctor in 福田河镇 (麻城) who looks after the health of the children in distress of his village.
DOCS["H1208"] = ("staff", """\
访谈者：{{han:祝医生}}，您在村卫生室多少年了？
受访者：二十六年。我叫{{han:祝成就}}，{{trap/place:福田河镇}}{{trap/place:凉亭岗村}}卫生室就我一个人。名字是我爷爷起的，盼我有点{{trap/word:成就}}，结果一辈子守着这间屋。村里有事找{{han:祝成就}}就行，{{han:祝成就}}就是我。
访谈者：村里的困境儿童您都看吗？
受访者：都看，十来个，我一个一个说。头一个{{han:鲍志远}}，我们喊他{{han:苕伢}}，十二岁，癫痫，爸妈离了婚都不管，跟奶奶过。奶奶就是{{han:都婶}}，{{han:都婶}}都七十四了，每天按点给他喂药，一顿没落过。孩子每月的药钱，大病救助报了一大半。这两年发病少了，从一个月四五回到现在两三个月一回。
访谈者：他在学校发过病吗？
受访者：发过两回。头一回在课堂上倒了，口吐白沫，把同学吓哭了。是班主任{{han:操老师}}把他侧过身子，垫了件衣服在他头底下，再给我打电话。我骑摩托车赶过去，孩子已经醒了，躺在{{han:操老师}}怀里。后来我去学校给老师们讲了一堂课，发病了怎么办，千万别往嘴里塞东西。
访谈者：第二个？
受访者：第二个{{han:程小满}}，村里喊他{{han:满伢}}，八岁，哮喘，爸爸在{{trap/place:武汉}}的工地，妈妈跑了。一到换季就喘，半夜{{han:满伢}}他奶奶打电话，我披件衣服就过去。我给他建了个本子，哪天喘、用了什么药，一笔一笔记着。
访谈者：第三个？
受访者：第三个是女孩，{{han:阮思琪}}，九岁，先天性心脏病，爸爸在监狱里，妈妈有精神残疾。手术是镇卫生院的{{compound:夏侯文涛}}医生帮着联系的，{{trap/org:湖北省红十字会}}出了一半钱，民政的大病救助出了一半。现在她能跑能跳，在{{school:福田河镇中心小学三年级（4）班}}，还当了体育委员。她外婆{{han:阮桂珍}}拿了一篮鸡蛋来谢我，我没要，她放下就跑。
访谈者：第四个？
受访者：第四个{{han:汪浩宇}}，十四，父母双亡的孤儿，跟叔叔{{han:汪德旺}}过。孩子左耳听力不好，残疾证是我陪着去办的，现在拿残疾人两项补贴，加上孤儿基本生活费。{{han:汪德旺}}他家穷，可对孩子不差。孩子成绩不错，想考卫校，说以后接我的班。我说你要考就考大学，别回这个小屋子。
访谈者：村里还有别的孩子要管吗？
受访者：留守的多，四十几个。每年春秋两季我给他们打疫苗、查视力，查出来近视的、贫血的，登记上报。老支书{{han:汪克让}}让我把每个伢的情况写成一张卡，贴在卫生室墙上，谁来了都能看。他说，这些伢的爹妈不在家，村里就是他们的家。
访谈者：您跟谁一起做这些事？
受访者：村里的儿童主任{{han:熊丽华}}，材料都是她跑，我负责看病、写证明。镇社工站的{{compound:欧阳新月}}每季度下来一次，带着志愿者{{compound:诸葛子安}}给孩子们做体检、发营养包。查出问题的，她负责带到镇上复查，车费村里报。我有事就给{{han:熊丽华}}打电话，她的号{{mobile@s74}}，我的{{mobile@plus86dash}}。
访谈者：这些孩子最缺的是什么？
受访者：不是药，是人。爷爷奶奶能管吃管穿，管不了心里的事。有个伢跟我说他肚子疼，其实不是肚子疼，是想他妈。我给他开了一板维生素，陪他坐了一个钟头，他就好了。当了这么多年医生，最灵的药是有人陪着说话。
访谈者：卫生室条件怎么样？
受访者：三间屋，一张病床，一个药柜，冬天靠一个电烤炉。前年镇上给配了心电图机，我去{{trap/place:黄冈}}学了一个礼拜才会用。村里老人多，高血压、糖尿病，一天二三十个人来量血压、拿药。晚上有急事敲门，我从来不关机。
访谈者：做村医最难的是什么？
受访者：钱少，事多，年轻人不愿干。镇上给村医的补贴一个月一千多，我靠自家的茶园贴补。我儿子在{{trap/place:上海}}，叫我去享福，我说村里这些伢离不开我。每年过年，孩子们来卫生室给我拜年，说{{han:祝医生}}新年好，说些{{trap/word:祝福}}的话，我就觉得值了。
访谈者：登记信息请您说一下。
受访者：卫生室在{{address:麻城市福田河镇凉亭岗村卫生室}}，我家在{{address:福田河镇凉亭岗村五组12号}}。我的身份证{{id_number@mmid.421181}}。我的微信{{wechat:zhuyisheng_ltg}}，{{han:苕伢}}的QQ我也加了，他发病前会难受，就在QQ上喊我：{{qq:2075384916}}。
访谈者：表上名字写得对吗？
受访者：常出错。我在表上被写成{{spaced:祝 成 就}}，社工写成{{spaced:欧 阳 新 月}}，孤儿那孩子写成{{spaced:汪浩 宇}}。
访谈者：最后想说什么？
受访者：这些伢能长大，功劳不在我，在那些老人身上。我最佩服的，是{{han:都婶}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1201,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout153",))


if __name__ == "__main__":
    main()
