# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 138 (tests/pii/holdout138/H1089-H1096 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 138 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
乐清 (Zhejiang) and 长乐 (Fujian): a Mongolian mother from 镶黄旗 who winds coils in a 乐清 switch factory
(北白象镇), her husband dead in a fall from scaffolding, her son with her and her daughter with his mother at home;
an Amdo Tibetan father from 久治 who cooks in a 长乐 canteen (金峰镇), his Han wife gone to New York, raising a son
with hearing loss; a Uyghur grandmother from 阿图什 raising in 柳市镇 the two granddaughters of her dead son, their
Han mother gone; a Hui father from 泾川 who sells lamb skewers in 吴航街道, his wife in prison; a Han village child
director in 虹桥镇 reading out her register; a Han social worker in 营前街道 handling 事实无人抚养 cases; a Han
special-education teacher in 白石街道 who reaches her pupils' families on WeChat and QQ; and a Han aunt in 潭头镇
raising her brother's two children. The emphasis is on forms where a replacement might cover only part of a name,
in a mix rather than one trick: Mongolian names used whole (赛罕其其格, 莫日根巴雅尔, 图布新吉日嘎拉, 嘎鲁图雅,
哈日呼和, 其仁道尔吉, 舍楞巴图) and with a short form (舍楞), a Han surname before a Mongolian given name (韩莫日根,
韩图布新) and the Han names of the same people (韩秀云, 韩姐, 韩铁军, 韩志轩); Amdo Tibetan names of 久治 and 果洛
(俄日扎西, 更登华旦, 尕藏周毛, 万玛加, 措吉卓玛, 夏吾加, 阿尼尕藏, 俄日卓玛), a name opening with 才 before the adverb
才 (才智加才二十岁) and one ending in 才让 (卓玛才让), a Han surname before a Tibetan given name (陈扎西, 陈华旦,
向卓玛), the Han name of the same boy (陈宇航) and a short form (阿尼);
Uyghur given name + father's name with the dot (托合提汗·热合曼, 买合甫拉·依沙克, 阿依古扎丽·买合甫拉,
海丽且姆·买合甫拉, 阿娜尔古丽·卡德尔), with spaces around the dot (海丽且姆 · 买合甫拉), run together
(海丽且姆买合甫拉) and split by a space (托合提汗 热合曼), the parts used alone (托合提汗, 买合甫拉, 阿依古扎丽,
古扎丽, 海丽且姆), a Han surname before a Uyghur given name (叶古扎丽, after the Han mother) and the Han names of the
same girls (叶佳怡, 叶佳琪); Han-form Hui names (海国庆, 老海, 马兰芳, 海子骞, 海若彤, 马晓宇) beside 经名 used alone
(法立德, 阿不都, 素莱麦) and after a Han surname (海法立德, 马祖贝达, 海阿不都, 马伊德勒斯, 拜穆巴拉克, 海穆尼尔,
马尔旦, 马赛麦); Han names with common and rare surnames of the region (瞿, 倪, 厉, 虞, 卢, 南, 施, 翁, 应, 滕, 诸,
郑, 叶, 金, 卞, 董, 游, 阮, 潘, 邹, 高); surnames that are also ordinary words directly after or before grammar
words (还晓梅还, 和正阳和, 也晓雯也, 都振宇都, 就子涵, 就海平, 有文斌有, 能卫东能, 把秋菊, 我把把秋菊, 要明辉要,
被小兰被, 被俊杰, 让一帆, 让国栋, 向文婷, 向老师, 我向向美华, 向明章) and given names that end in such a word
(林有才才, 应德才才); names that contain words (卢春风, 郑东海); names directly before particles, pronouns and verbs
(图布新吉日嘎拉他, 嘎鲁图雅她, 素莱麦她, 阿不都他, 卞思远他, 郑东海他, 林可欣她, 陈振华他) and after
叫/是/给/跟/找/让/和; titles and kin words after names (瞿美玲老师, 潘淑芬老师, 阿芬姐; the span is the name only); a
surname with only a title or kin word, annotated whole (韩姐, 老海, 金伯, 南主任, 施书记, 翁校长, 向老师, 游警官,
陈队长, 林警官, 翁老师); Wenzhou 阿- forms and Fuzhou 依- forms of address and kin forms, annotated whole (阿芬,
阿康婆, 阿水伯, 依琴, 依弟, 依娇姆, 依凤, 依辰, 依宁); a name closing the last sentence (谢谢措吉卓玛。,
我答应了买合甫拉·依沙克。, 全靠游秀英。); names spaced out character by character in half- and full-width spaces
and names split in two; compound surnames after ordinary words (淳于, 夏侯, 司寇, 钟离, 百里, 子车, 呼延, 宗政,
第五, 梁丘, 公西, 南门, 太叔, 壤驷, 颛孙, 东郭, 闻人, 澹台); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:南雪芬}}``, ``{{qq:2093817564}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2015fwspaced.330382}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 姐) and a particle, pronoun or verb
written directly after a name (说, 也, 都, 还, 和, 才, 要, 能, 被, 她, 他) are outside the span; a surname with only
a title or kin word (韩姐, 老海, 金伯, 南主任, 向老师) and a local form of address or nickname (阿芬, 阿康婆, 依琴,
依弟, 依娇姆, 依辰) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui people (韩秀云,
陈宇航, 叶佳怡, 海国庆) are category han; a Han surname before a non-Han given name (韩莫日根, 陈扎西, 叶古扎丽,
海法立德) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout138/make_holdout138.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(138_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "157", "158", "166", "173", "176", "181", "187",
                   "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1089: Mongolian mother from 镶黄旗 who winds coils in a 乐清 switch factory; her husband died in a fall.
DOCS["H1089"] = ("family", """\
访谈者：大姐，您在厂里做什么活？
受访者：绕线圈，开关里头那个小铜圈。我叫{{minority/mongolian:赛罕其其格}}，内蒙古{{trap/place:镶黄旗}}人。厂里登记的汉名是{{han:韩秀云}}，车间里都喊我{{han:韩姐}}。来{{trap/place:北白象镇}}第四年了。
访谈者：您爱人呢？
受访者：前年没了。{{minority/mongolian:莫日根巴雅尔}}在工地扎钢筋，从六楼架子上摔下来。工地花名册上写的是{{minority/mongolian:韩莫日根}}，他的汉名叫{{han:韩铁军}}。包工头{{han:厉国栋}}赔了一点钱就躲了，后来是律师{{compound:淳于明哲}}帮我打的官司。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:图布新吉日嘎拉}}十岁，跟我在这边，读{{school:乐清市北白象镇第五小学四年级（3）班}}。学校名单上老师把他爸的姓加在前面，写成{{minority/mongolian:韩图布新}}，户口上的汉名是{{han:韩志轩}}。女儿{{minority/mongolian:嘎鲁图雅}}五岁，留在老家跟奶奶{{minority/mongolian:哈日呼和}}过。
访谈者：儿子适应吗？
受访者：开始天天哭，说这边没有{{trap/minority_word:敖包}}，也没有马。{{minority/mongolian:图布新吉日嘎拉}}他现在会说几句温州话了，同学叫他{{minority/mongolian:韩图布新}}他也答应。班主任{{han:瞿美玲}}老师每个礼拜给我发他的作业照片。
访谈者：厂里的人对您怎么样？
受访者：班长{{han:倪彩霞}}教我绕线，手上起泡那阵，她让我先做包装。会计{{han:还晓梅}}还给我预支过两个月工资。老板{{han:郑伟豪}}说，{{han:韩姐}}手快，一天能绕三千个。车间里跟我最好的是{{han:阿芬}}，她男人也是在工地上伤的。
访谈者：家里有什么补助？
受访者：男人走了，两个孩子都算困境儿童，每人每月{{trap/number:一千零八十元}}，在老家报的。嘎查的儿童主任{{minority/mongolian:其仁道尔吉}}替我跑的手续，他说奶奶那边还有低保。这边社区的儿童主任{{han:虞晓岚}}帮儿子办了入学，社工站的{{compound:夏侯梦瑶}}每个月来一趟，带儿子去{{trap/place:雁荡山}}春游过。她同事{{compound:司寇嘉宁}}教他写作业。
访谈者：女儿那边呢？
受访者：{{minority/mongolian:嘎鲁图雅}}她天天要视频。奶奶{{minority/mongolian:哈日呼和}}七十了，还养着二十几只羊。男人的弟弟{{minority/mongolian:舍楞巴图}}在{{trap/place:新宝拉格镇}}开车，过几天就去看一回，{{minority/mongolian:舍楞}}说女儿长高了。
访谈者：您想过回去吗？
受访者：想。可是在这边一个月能拿四千多，回去放羊一年挣不到。过{{trap/minority_word:白节}}的时候我在宿舍煮了{{trap/minority_word:奶茶}}，儿子说像爸爸煮的。我给他唱{{trap/famous:成吉思汗}}的歌，唱一半他就睡着了。
访谈者：绕线圈的活累不累？
受访者：累在眼睛和手。铜线比头发粗不了多少，一个线圈要绕两百多圈，多一圈少一圈都算次品。刚来那个月我天天返工，晚上躺下手指头还在抖。现在习惯了，一天坐十个钟头，中午在车间吃盒饭。夏天车间里没空调，风扇一吹线就乱，只能关着窗干。计件的，多劳多得，我不敢请假，请一天就少一百多块。
访谈者：儿子放学以后谁管？
受访者：学校有个托管班，到五点半。五点半以后他自己走回出租屋，路上要过一条大马路，我最担心这个。我跟他约好，到家就用电话手表给我发个语音。有一回他忘了发，我丢下线圈就往回跑，车间主任在后面喊我也没听见。跑到家一看，他趴在桌上睡着了，作业本压在脸底下。那天晚上我抱着他哭了一场，他问我哭什么，我说不出来。
访谈者：您跟老家联系多吗？
受访者：每天晚上视频，老家信号不好，要到院子里的高处才连得上。婆婆不会说汉话，我跟她说蒙古话，儿子在旁边听，听懂一半。我怕他把蒙古话忘了，礼拜天就只许他跟我说蒙古话。他不乐意，说同学都不会，我说你爸爸会，你爸爸在天上听着呢。
访谈者：过年回去吗？
受访者：去年回去了，坐了两天两夜的车。女儿见了我先是躲，后来抱着我的腿不放。走的那天她追着车跑，婆婆在后面拽着她。我在车上一路没敢回头。
访谈者：登记信息请您说一下。
受访者：我们住{{address:乐清市北白象镇塘下村五组27号}}，老家在{{address:镶黄旗新宝拉格镇巴彦塔拉嘎查二组8号}}。我的身份证{{id_number@wy1988spaced.152528}}，儿子的{{id_number@my2015quad.152528}}。我电话{{mobile@plain}}，{{han:虞晓岚}}的电话{{mobile@s434}}。我的微信叫{{wechat:saihan_liushi0917}}，儿子有个QQ，是老师让注册的，号码他用铅笔写在我的工牌背后：{{qq:2093817564}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:赛 罕 其 其 格}}，儿子被写成{{spaced:图布新　吉日嘎拉}}，女儿是{{spaced:嘎 鲁 图 雅}}，工伤的材料上男人成了{{spaced:莫日根 巴雅尔}}。
访谈者：最后想说什么？
受访者：谢谢帮过我的人。最该谢的是{{minority/mongolian:莫日根巴雅尔}}的工友，是他们凑钱让我把他的骨灰带回{{trap/place:锡林郭勒}}的。
""")

# H1090: Amdo Tibetan father from 久治 who cooks in a 长乐 canteen and raises a son with hearing loss.
DOCS["H1090"] = ("family", """\
访谈者：师傅，您在食堂做了几年？
受访者：五年了，在{{trap/place:金峰镇}}一家纺织厂的食堂掌勺。我叫{{minority/tibetan:俄日扎西}}，青海{{trap/place:久治}}人。我老婆是{{trap/place:长乐}}本地的，所以厂里人开玩笑叫我{{minority/tibetan:陈扎西}}，说我是上门女婿。
访谈者：您爱人现在呢？
受访者：离了。{{han:陈美娇}}三年前去了{{trap/place:纽约}}，在餐馆打工，先头还寄钱，后来电话也不接了。儿子跟我。
访谈者：孩子的情况呢？
受访者：儿子{{minority/tibetan:更登华旦}}九岁，两只耳朵都听不清，三岁才查出来。户口上的汉名是他妈起的，叫{{han:陈宇航}}；学校名单上写的是{{minority/tibetan:陈华旦}}。他在{{school:长乐区特殊教育学校三年级（1）班}}，戴的{{trap/word:人工耳蜗}}是残联补的。
访谈者：平时谁帮您？
受访者：康复中心的康复师{{compound:钟离晓岚}}每周给他上两回言语课。{{compound:钟离晓岚}}说他进步快，能说整句了。特教老师{{han:林佳慧}}跟我用微信，她发文字，我看不太懂，就让{{han:游丽琴}}念给我听。{{han:游丽琴}}是食堂洗菜的阿姨，大家叫她{{han:依琴}}。
访谈者：补助都有哪些？
受访者：儿子有残疾证，拿残疾人两项补贴，又算困境儿童，每月{{trap/number:九百六十元}}。社区儿童主任{{han:阮秀珠}}帮我办的，街道残联的{{han:能卫东}}能把表格都填好了再叫我签字。社工站派了个小伙子，叫{{compound:百里川}}，周末带儿子去{{trap/place:海蚌公园}}放风筝。
访谈者：老家还有什么人？
受访者：阿妈{{minority/tibetan:尕藏周毛}}在草原上，七十一了，身体还硬朗。哥哥{{minority/tibetan:万玛加}}放牦牛，去年挖{{trap/minority_word:虫草}}的钱全寄给我给儿子做手术。表弟{{minority/tibetan:才智加}}才二十岁，在{{trap/place:西宁}}学厨。村里的{{minority/tibetan:措吉卓玛}}是儿童主任，阿妈生病都是她照应。
访谈者：儿子想奶奶吗？
受访者：想。{{minority/tibetan:更登华旦}}他用手语跟奶奶视频，奶奶看不懂，就一直笑。暑假我带他回去过一次，他在{{trap/minority_word:玛尼堆}}边上跑，戴着耳蜗听见了牦牛叫，高兴得哭。{{minority/tibetan:尕藏周毛}}给他缝了一件小{{trap/minority_word:藏袍}}。
访谈者：食堂老板对您好吗？
受访者：好。老板{{han:董振华}}知道我一个人带孩子，让我早上晚点来，先送孩子上学。厂里的主任{{han:潘建斌}}也常来问。老乡里有个{{minority/tibetan:夏吾加}}，在{{trap/place:福州}}开藏餐馆，过年叫我们去吃{{trap/minority_word:糌粑}}。
访谈者：食堂的活是怎么安排的？
受访者：早上五点到，蒸馒头、熬粥，一千多个工人吃饭。中午炒十几个菜，我最拿手的是土豆牛肉，工人们说有草原的味道。老家吃的是牦牛肉，这边买不到，只能用黄牛肉。晚上七点收工，收完了去接儿子。以前儿子放学早，没人接，我就把他带到食堂后面的小仓库里写作业，仓库里堆着米和油，他趴在面粉袋子上写字。
访谈者：孩子的耳朵是怎么发现的？
受访者：他三岁还不会叫爸爸，叫他也不回头。他妈说是性子慢，我带他去医院查，医生说是重度听力损失，要装耳蜗，一只二十多万。那时候我们俩天天吵架，她说是我们家的问题，我说是她没照顾好。后来残联有救助项目，报了大半，剩下的是我哥寄的钱和借的钱。装上耳蜗那天，医生开机，他听见我叫他，愣了半天，哇地一声哭了。我也哭了。
访谈者：现在说话怎么样？
受访者：能说简单的句子，说得慢，有时候发音不准，别人听不懂他就急，急了就扔东西。我也着急，我的汉话本来就带口音，他学会的是我的口音。康复老师说不要紧，先敢说，再说准。晚上睡觉前我给他讲故事，用汉话讲一遍，再用藏话讲一遍，他说他喜欢听藏话，虽然听不懂。
访谈者：您以后有什么打算？
受访者：先在这边干着，这边有耳蜗的医生，有康复老师，老家没有。等儿子大一点，说话利索了，我想回久治开个小饭馆。他说他要当厨师，跟我一样，我说不行，你要读书。
访谈者：登记信息请您说一下。
受访者：我们住{{address:长乐区金峰镇华阳村三组19号}}，老家是{{address:久治县智青松多镇索乎日麻村二社6号}}。我的身份证{{id_number@my1985hyphen.632625}}，儿子的{{id_number@my2016fw.350182}}。我电话{{mobile@h38}}，{{han:阮秀珠}}的电话{{mobile@plus86}}。{{han:林佳慧}}的微信是{{wechat:linjh_tejiao2019}}。儿子有个QQ，玩游戏用，号码他打在手机备忘录里给我看的：{{qq:58273046}}。
访谈者：名字写得对吗？
受访者：老是写错。残联的表上儿子是{{spaced:更 登 华 旦}}，我被写成{{spaced:俄日　扎西}}，阿妈的名字写成{{spaced:尕 藏 周 毛}}。
访谈者：最后想说什么？
受访者：盼儿子能去普通学校读书。我小时候{{minority/tibetan:万玛加}}背着我过河，现在轮到我背他的儿子，不，背我自己的儿子。谢谢{{minority/tibetan:措吉卓玛}}。
""")

# H1091: Uyghur grandmother from 阿图什 raising two granddaughters in 柳市镇.
DOCS["H1091"] = ("family", """\
访谈者：阿妈，您在{{trap/place:柳市镇}}住多久了？
受访者：六年了。我叫{{minority/uyghur:托合提汗·热合曼}}，老家{{trap/place:阿图什}}。这边的人记不住，叫我{{minority/uyghur:托合提汗}}，小孩子们叫我{{trap/minority_word:阿娜}}。
访谈者：您怎么来的？
受访者：儿子{{minority/uyghur:买合甫拉·依沙克}}先来的，在电器市场门口卖{{trap/minority_word:烤包子}}，娶了这边的姑娘{{han:叶海燕}}。两个孙女都是在这边生的。前年{{minority/uyghur:买合甫拉}}得了尿毒症，没熬过去。
访谈者：孩子妈妈呢？
受访者：{{han:叶海燕}}第二年改嫁到{{trap/place:温州}}，后来电话就停了。社区的人说这叫{{trap/word:事实无人抚养}}，孩子的补助就按这个报。
访谈者：孙女们多大了？
受访者：大的{{minority/uyghur:阿依古扎丽·买合甫拉}}十岁，学校的表上跟妈妈姓，写成{{minority/uyghur:叶古扎丽}}，户口上的汉名叫{{han:叶佳怡}}。她在{{school:柳市镇第三小学四年级（2）班}}，我叫她{{minority/uyghur:古扎丽}}。小的{{minority/uyghur:海丽且姆·买合甫拉}}六岁，在{{school:柳市镇长虹幼儿园大（1）班}}，汉名{{han:叶佳琪}}。幼儿园写成{{minority/uyghur:海丽且姆买合甫拉}}，中间没有点。
访谈者：谁在帮您？
受访者：社区的儿童主任{{han:虞秋萍}}帮两个孩子报了事实无人抚养，每人每月{{trap/number:一千六百二十元}}，我自己有低保。镇上民政的{{han:滕建明}}来核过三回。{{minority/uyghur:古扎丽}}的班主任{{han:金丽妮}}老师每天放学留她写作业。社工{{compound:子车明月}}每周来教小的认字，跟她一起来的{{compound:呼延思琪}}会说几句维语。
访谈者：邻居们呢？
受访者：房东{{han:金伯}}半年没收我房租。隔壁的{{han:阿芬}}姐，大名{{han:王素芬}}，帮我接孩子。老乡{{minority/uyghur:阿娜尔古丽·卡德尔}}在{{trap/place:杭州}}开拉面馆，过节给我们寄{{trap/minority_word:馕}}和葡萄干。
访谈者：孙女们怎么样？
受访者：{{minority/uyghur:海丽且姆}}她爱跳舞，在幼儿园六一跳了一支{{trap/minority_word:赛乃姆}}，老师拍视频给我。大的懂事，会做饭，会给我量血压。她说爸爸在天上，她要当医生。
访谈者：您身体怎么样？
受访者：腿不好，心脏也不好。我七十二了，最怕自己走了，两个孩子没人管。{{han:虞秋萍}}说，到时候政府会管，可我还是怕。我教她们念{{trap/famous:阿凡提}}的故事，她们笑，我也笑。
访谈者：您一个人怎么过日子？
受访者：早上六点起来做饭，送大的上学，再送小的去幼儿园。回来收拾屋子，去菜市场捡点便宜菜。下午在电器市场帮人拆包装，一天给六十块。三点半去接小的，五点接大的。晚上给她们洗澡、洗衣服、看作业，作业上的字我认不全，就让大的自己对着答案看。我汉话说得不好，去学校开家长会，老师说什么我只听懂一半，回来问大孙女，她再给我讲一遍。
访谈者：孩子们在学校习惯吗？
受访者：大的习惯，她是在这边长大的，温州话说得比普通话还好。有同学问她为什么眼睛这么大，她就说像爸爸。小的还不懂这些，见人就说我奶奶是新疆来的。去年学校运动会，大的跑了第一名，奖状拿回来，我贴在她爸爸的照片旁边。
访谈者：吃饭、过冬呢？
受访者：我们吃清真，这边清真的东西少。我自己做拉面、做抓饭，孙女们也爱吃。学校食堂有猪肉，老师专门给她们留鸡蛋和青菜，有时候我中午送饭过去。冬天这边湿冷，屋里比外面还冷，老家冬天有暖气，这边没有。我给孩子们买了电热毯，电费一个月多了一百多，可是孩子不冻着就好。
访谈者：您有没有想过带孩子们回新疆？
受访者：想过。老家还有我的房子，还有亲戚。可是两个孩子在这边出生，在这边上学，回去了话也不会说，学也跟不上。社区的人也劝我，先在这边，等大的小学毕业再说。我就想，我能多活几年，就多陪她们几年。
访谈者：登记信息请您说一下。
受访者：我们住{{address:乐清市柳市镇长虹村七组41号}}，老家是{{address:阿图什市松他克乡阿扎克村三组12号}}。我身份证{{id_number@wold.653001}}，大孙女的{{id_number@wy2015fwspaced.330382}}。我电话{{mobile@s38}}，{{han:虞秋萍}}的{{mobile@p86h}}。大孙女有个QQ，学校上网课用，号码她写在冰箱贴上：{{qq:718406235}}。她用我的微信，叫{{wechat:tuohetihan_lsz}}。
访谈者：名字写得对吗？
受访者：错得多。低保表上小的是{{spaced:海丽且姆 · 买合甫拉}}，大的写成{{spaced:阿 依 古 扎 丽}}，我被写成{{spaced:托合提汗 热合曼}}。
访谈者：最后想说什么？
受访者：谢谢这边的人。{{minority/uyghur:买合甫拉}}走的时候说，妈妈，孩子们交给你了。我答应了{{minority/uyghur:买合甫拉·依沙克}}。
""")

# H1092: Hui father from 泾川 who sells lamb skewers in 吴航街道; his wife is in prison.
DOCS["H1092"] = ("family", """\
访谈者：大哥，您这烤串摊摆了多久了？
受访者：四年了，在{{trap/place:吴航街道}}夜市口。我叫{{han:海国庆}}，回族，经名{{minority/hui:法立德}}，老家甘肃{{trap/place:泾川}}。夜市的人叫我{{han:老海}}，寺里的人按老家的习惯叫我{{minority/hui:海法立德}}。
访谈者：家里几口人？
受访者：我，两个孩子。孩子妈{{han:马兰芳}}，经名{{minority/hui:马祖贝达}}，前年帮她表哥拉人放贷，判了四年，关在{{trap/org:福建省女子监狱}}。
访谈者：孩子们多大了？
受访者：儿子{{han:海子骞}}十二，经名{{minority/hui:阿不都}}，在{{school:长乐区吴航中心小学六年级（4）班}}。老师点名图省事，叫他{{minority/hui:海阿不都}}。闺女{{han:海若彤}}八岁，经名{{minority/hui:素莱麦}}，在{{school:长乐区实验小学二年级（6）班}}。{{minority/hui:素莱麦}}她放学就来摊子上写作业。
访谈者：孩子们知道妈妈的事吗？
受访者：知道。{{minority/hui:阿不都}}他不说话，把妈妈的照片夹在课本里。闺女小，问妈妈什么时候出差回来。每两个月我带他们去会见一次，管教{{han:游警官}}人好，让孩子隔着玻璃跟{{minority/hui:马祖贝达}}多说几分钟。
访谈者：有谁帮你们？
受访者：社区儿童主任{{han:潘丽华}}给两个孩子报了服刑人员子女补助，每月{{trap/number:一千二百六十元}}。街道民政的{{han:有文斌}}有空就来摊上坐坐，低保是他跑下来的。社工{{compound:宗政语桐}}每周给儿子做一次辅导，她同事{{compound:第五语川}}帮闺女报了书法班。城管{{han:陈队长}}也照顾，让我在路口多摆一个钟头。
访谈者：这边的回族乡亲呢？
受访者：不多。{{trap/org:长乐清真寺}}的阿訇{{minority/hui:拜穆巴拉克}}是泾川老乡，开斋的时候叫孩子们去吃饭。孩子舅舅{{minority/hui:马伊德勒斯}}在{{trap/place:兰州}}开牛肉面馆，每月寄五百块。卖羊肉的{{minority/hui:海穆尼尔}}给我留好肉，月底才结账。
访谈者：您自己累吗？
受访者：累。下午三点穿串，晚上摆到一点。闺女睡在三轮车后面的纸箱上，盖我的外套。房东{{han:阿水伯}}看不下去，借了我一张折叠床。老家的{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，{{han:马兰芳}}以前过节都做，现在是闺女跟着视频学。
访谈者：您对孩子妈妈怎么想？
受访者：她糊涂，可她是孩子的妈。{{minority/hui:法立德}}这个名字是她爷爷给我起的，意思是独一无二的，我答应过她家，要把孩子带好。
访谈者：摆摊的收入够吗？
受访者：好的时候一晚上能卖一千多块，扣了本钱剩三四百。下雨天就不行，一晚上卖不了几十串。夜市要交摊位费、卫生费，羊肉这两年又涨价，一斤涨了十几块。我不敢用便宜的肉，清真的东西不能糊弄。学费、资料费，加上房租，一个月下来剩不了多少。补助是救急的，我不敢乱花，给孩子们存着。
访谈者：孩子们晚上怎么办？
受访者：儿子大了，放学自己回家，写完作业带妹妹睡。我把旧手机给他留着，有事就打给我。有一回闺女半夜发烧，儿子背着她走到夜市来找我，十二岁的孩子，背着妹妹走了两公里。我看见他们的时候心都碎了，收了摊就往医院跑。从那以后，我晚上十二点就收摊，少挣一点就少挣一点。
访谈者：孩子在学校受过欺负吗？
受访者：有人说他妈是骗子，他跟人打了一架，老师叫我去学校。我没骂他，我跟他说，你妈做错了事，在里面改，你不要替她丢人，也不要替她打架。回来的路上他一句话不说，晚上帮我穿了两百串肉。
访谈者：您老家还有人吗？
受访者：有我爹妈，在泾川种苹果，七十多了。他们想让我把孩子送回去，我没答应，孩子妈在福建关着，孩子离得近，一年还能见几回。等她出来了，我们一家再商量回不回去。老家的苹果熟了，我爹每年寄一箱来，孩子们分给同学吃。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:长乐区吴航街道郑和中路56号}}，住在{{address:长乐区吴航街道西关社区南门巷8号}}。我的身份证{{id_number@mmidx.620821}}，儿子的{{id_number@my2013tri.620821}}。我电话{{mobile@hyphen}}，{{han:潘丽华}}的{{mobile@fullwidth}}。我收钱的微信是{{wechat:haiguoqing_kaochuan}}。儿子有个QQ，说是交作业用，号码写在我的进货单背面：{{qq:93064718}}。
访谈者：名字写得对吗？
受访者：补助表上儿子是{{spaced:海 子 骞}}，闺女写成{{spaced:素 莱 麦}}，孩子妈的经名成了{{spaced:马祖 贝达}}。
访谈者：还有什么想说？
受访者：盼她早点出来。{{trap/famous:郑和}}是这里下西洋的，他也是回回，儿子听了就说要当船长。
""")

# H1093: Han village child director in 虹桥镇 (乐清) reading out her register.
DOCS["H1093"] = ("staff", """\
访谈者：{{han:南主任}}，您手上是登记册？
受访者：对，村里困境儿童的台账。我叫{{han:南雪芬}}，在{{trap/place:虹桥镇}}当儿童主任第七年。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:瞿浩然}}，男，十一岁，{{school:虹桥镇第一小学五年级（2）班}}。爸爸{{han:瞿国平}}前年开货车出事走了，妈妈{{han:卢晓虹}}改嫁去了{{trap/place:宁波}}，再没回来过。现在跟外公{{han:和正阳}}和外婆过。{{han:和正阳}}和我说，只要他还走得动，孩子就不送福利院。住{{address:乐清市虹桥镇瑶岙村四组16号}}，孩子身份证{{id_number@my2014.330382}}。按事实无人抚养报的，每月{{trap/number:一千七百四十元}}。
访谈者：第二户？
受访者：第二户姓也，这个姓少见。{{han:也晓雯}}，女，八岁，{{school:虹桥镇第三小学二年级（4）班}}。爸爸{{han:也春生}}尿毒症，一周透析三回；妈妈智力残疾。{{han:也晓雯}}也懂事，放学先给爸爸热饭。住{{address:乐清市虹桥镇南阳村二组9号}}，爸爸的身份证{{id_number@mmidhyphen.330382}}。
访谈者：第三户？
受访者：第三户，{{han:都振宇}}，男，十三，{{school:虹桥镇第二中学初一（3）班}}。爸爸{{han:都建伟}}因为盗窃判了五年，妈妈跑了。{{han:都振宇}}都十三了，夜里还会哭醒。现在跟奶奶{{han:卢春风}}，老人家七十六。服刑人员子女补助、低保都办了。
访谈者：第四户？
受访者：第四户，{{han:就子涵}}，女，六岁，脑瘫。姓就的，村里就这一家。爸爸{{han:就海平}}在{{trap/place:柳市}}电器厂打工，妈妈在家带她，拿残疾人两项补贴。住{{address:乐清市虹桥镇溪西村三组33号}}，孩子的身份证{{id_number@wy2019fwhyphen.330382}}。
访谈者：还有别的吗？
受访者：第五户是留守，{{han:郑东海}}，九岁，爸妈在{{trap/place:意大利}}开服装店，跟太婆过。太婆八十多了，大家叫她{{han:阿康婆}}。{{han:郑东海}}他太婆不识字，补助到没到账都是我去看。
访谈者：这些孩子是怎么找到的？
受访者：村里就这么大，谁家出了事，大家都知道。可知道是一回事，报上来是另一回事。我每年春节前后挨家挨户走一遍，趁外出打工的人回来，问清楚谁家孩子跟谁住。学校那边也会告诉我，哪个孩子老迟到、哪个孩子衣服老不换。有时候是老人自己来找我，问孙子能不能领补助。
访谈者：报上去以后要多久？
受访者：快的一个月，慢的半年。材料要得多，户口本、身份证、死亡证明、判决书、残疾证，缺一样就退回来。判决书最难要，家里人不愿意拿出来，觉得丢人。我就跟他们讲，这是孩子的事，不是大人的脸面。批下来以后每半年复核一次，孩子满十八岁或者家里情况变了，就要调整。
访谈者：您自己有什么难处？
受访者：我是兼职的，村里还有妇女工作、调解，一个人管好几样。一个月补贴几百块，跑的油钱都不够。可看着孩子们一年比一年大，心里还是欢喜的。第一户那个男孩，去年期末考了班上第三名，他外公拿着成绩单到村委会给我看，手都在抖。我说这不是我的功劳，是孩子自己争气。
访谈者：老人们对您放心吗？
受访者：开始不放心，觉得我是来查他们的。后来看我年年来，逢年过节还带点东西，就把我当自家人了。有个老人腌了咸菜，非要我带一罐回去，我不拿她就生气。
访谈者：这些户谁在跟？
受访者：村里{{han:施书记}}总管，镇民政办的{{han:蔡永康}}每季度下来核一遍，报到{{trap/org:乐清市民政局}}。镇社工站派的是{{compound:梁丘慧敏}}，跟第一户、第三户；还有个新来的叫{{compound:公西博文}}，跟第四户。学校那边是{{han:翁校长}}管。
访谈者：台账上的名字写对了吗？
受访者：错不少。{{spaced:瞿 浩 然}}中间多了空格；{{spaced:也晓 雯}}断成两截；社工也被写成{{spaced:梁 丘 慧 敏}}和{{spaced:公　西　博　文}}，我年底一起改。
访谈者：您自己怎么联系这些家？
受访者：电话。{{han:和正阳}}的电话{{mobile@spaced}}，{{han:就海平}}的{{mobile@plus86dash}}。我的工作微信{{wechat:nanxuefen_hq2016}}，家长有事都找我。{{han:瞿浩然}}有个QQ，说不开心就在上面跟我说，号码是{{qq:4602871395}}。
访谈者：做这个最难的是什么？
受访者：人家不愿意让人知道。有的老人说，家丑不外扬，{{trap/word:和气}}要紧。我就一趟一趟去，先聊天，不提补助。我们乐清人讲{{trap/famous:南怀瑾}}，讲读书，我就跟老人说，孩子读出去最要紧。有事也能打{{trap/hotline:12349}}。
""")

# H1094: Han social worker in 营前街道 (长乐) handling cases of children with no one in fact raising them.
DOCS["H1094"] = ("staff", """\
访谈者：您主要做哪一块？
受访者：事实无人抚养儿童。我叫{{han:高丽萍}}，在{{trap/place:营前街道}}社工站。事实无人抚养，就是爸妈还在，可是一个也管不上孩子：服刑、失联、重残、出国不回来。我手上七个，挑几个说。
访谈者：好。
受访者：第一个，{{han:卞思远}}，男，十岁，{{school:长乐区营前中心小学四年级（3）班}}。爸爸{{han:卞志强}}吸毒，强制隔离戒毒；妈妈去了{{trap/place:美国}}，五年没音讯。孩子跟姑婆过，大家叫姑婆{{han:依娇姆}}。{{han:卞思远}}他话少，手工做得好。
访谈者：第二个？
受访者：第二个，{{han:把秋菊}}，女，十二岁，这个姓少，连系统里都打不出来。我把{{han:把秋菊}}的材料交上去三回，才审下来，每月{{trap/number:一千八百五十元}}。她爸爸{{han:把东升}}精神病，住在{{trap/org:福州神经精神病防治院}}，妈妈早走了。她在{{school:营前中学初一（2）班}}，班主任{{han:要明辉}}要她每天放学留在学校吃晚饭。
访谈者：第三个？
受访者：第三个是回族的孩子，{{han:马晓宇}}，经名{{minority/hui:马尔旦}}，九岁。爸爸{{minority/hui:马赛麦}}判了七年，在{{trap/place:宁夏}}服刑；妈妈是本地人，{{han:被小兰}}，被人骗去了缅甸，报了失踪。孩子跟外公外婆。外婆说，{{minority/hui:马尔旦}}夜里总问爸爸什么时候回来。
访谈者：第四个？
受访者：第四个，{{han:董一帆}}，男，七岁，爸妈都在{{trap/place:纽约}}打工，没身份回不来，孩子跟八十三岁的太婆。{{han:董一帆}}在{{school:营前中心幼儿园大（2）班}}。太婆叫他{{han:依弟}}，我们也跟着叫{{han:依弟}}。
访谈者：这些孩子谁在管？
受访者：我是个案社工，督导是{{compound:南门晓雪}}，每月看一遍记录。街道民政的{{han:郑志坚}}管审核，社区的儿童主任{{han:陈依娇}}管入户。派出所的{{han:林警官}}帮我们查失联的家长。心理咨询师是外请的，叫{{compound:呼延思琪}}，每两周来一回。
访谈者：社工具体做些什么？
受访者：先是评估，看孩子缺什么：缺钱的帮他申请救助，缺人照顾的找亲属签委托照护协议，缺心理支持的我们上门做个案。每个孩子都有一本档案，每个月至少入户一次，写入户记录。我们站里四个人，跟着一百多个孩子，天天在路上跑，电动车一年骑坏了两辆。
访谈者：出国的家长怎么联系？
受访者：难。我们这边出国的人多，很多是没有身份的，不敢回来，也不敢留联系方式。我们只能通过亲戚传话，或者在他们的老乡群里找人。有的家长联系上了，一听是民政的，以为要追究什么，马上把我们拉黑。有个妈妈，我跟她说了半年，她才肯开视频跟孩子说话。那天孩子一句话没说，就一直看着屏幕，挂了以后跑到房间里哭。
访谈者：孩子们长大以后呢？
受访者：满十八岁补助就停了，可孩子不会一下子长大。我们跟学校、职业学校联系，能读书就读书，能学手艺就学手艺。去年有个孩子考上了技师学院，学汽修，开学那天我送他去，他说，以后你的车坏了找我。
访谈者：有没有让您特别放不下的孩子？
受访者：第二个那个女孩。她爸爸发病的时候砸过家里的东西，她躲在床底下一整夜。现在她不许别人大声说话，一听见吵就捂耳朵。我们请了咨询师，慢慢来。她最近开始画画，画的都是一个人站在海边，我问她这个人是谁，她说是她自己，在等船。我不知道她等的是谁，也没敢再问。
访谈者：您怎么跟老人打交道？
受访者：这边的老人讲长乐话，我是福州城里人，刚来的时候听不懂，就带着村里的儿童主任一起去，她给我当翻译。现在我也会说几句了，老人一听我说本地话，就笑，话也多起来。
访谈者：孩子们的表上名字写对了吗？
受访者：有错。{{spaced:卞 思 远}}、{{spaced:把　秋　菊}}中间空了格，{{spaced:南 门 晓 雪}}被写成四个字分开，{{spaced:董一 帆}}断成两截。
访谈者：联系方式都登记了吗？
受访者：登了。{{han:依娇姆}}的电话{{mobile@s74}}，{{han:陈依娇}}的{{mobile@plus86spaced}}。我的工作微信是{{wechat:gaolp_yingqian}}。{{han:把秋菊}}有QQ，晚上睡不着会给我留言，号码她当面念给我的：{{qq:305819274}}。第一个孩子的身份证{{id_number@my2015hyphen.350182}}，第三个孩子的{{id_number@my2016x.350182}}。{{han:卞思远}}家在{{address:长乐区营前街道长安村六组21号}}，{{han:董一帆}}家在{{address:长乐区营前街道海星村后厝14号}}。
访谈者：做这个难在哪里？
受访者：难在家长。有的家长一句“我又没死”，就把补助卡住了。我们要一家一家跑，找村里、找{{trap/org:派出所}}开证明。{{trap/word:要紧}}的是孩子别觉得自己是没人要的。这边过年吃{{trap/word:光饼}}，我去入户也带几个。
""")

# H1095: Han special-education teacher in 白石街道 (乐清) who reaches her pupils' families on WeChat and QQ.
DOCS["H1095"] = ("teacher", """\
访谈者：{{han:向老师}}，您带的是什么班？
受访者：{{school:乐清市白石街道培智学校三年级（1）班}}，九个孩子，自闭症、脑瘫、唐氏都有。我叫{{han:向文婷}}，教了十一年。我跟家长基本都是微信、QQ联系，我翻着聊天记录跟你说。
访谈者：好。
受访者：先说{{han:让一帆}}，自闭症，九岁。他姓让，同学总念成“让让”，他就生气。爸爸{{han:让国栋}}在{{trap/place:上海}}送快递，妈妈走了。跟奶奶过，奶奶不会打字，每天给我发语音。{{han:让国栋}}的微信是{{wechat:rangguodong_sh}}，他半夜收工才回我。
访谈者：第二个呢？
受访者：第二个{{han:金晓蕾}}，脑瘫，坐轮椅，十岁。爸爸在{{trap/place:迪拜}}，妈妈在家照顾她，还要带个弟弟。她家拿残疾人两项补贴，加上困境儿童的{{trap/number:八百八十元}}。妈妈{{han:叶素琴}}的微信{{wechat:yesuqin_baishi}}，每天晚上给我发女儿练站立的视频。她的QQ我也加了，她说微信满了：{{qq:1384072956}}。
访谈者：第三个？
受访者：第三个是藏族孩子，{{minority/tibetan:卓玛才让}}，唐氏综合征，八岁。爸爸{{minority/tibetan:阿尼尕藏}}在白石一家酒店当保安，妈妈{{minority/tibetan:俄日卓玛}}回{{trap/place:青海}}照顾老人去了。学校名册上写的是{{minority/tibetan:向卓玛}}，她是跟着我报的名，教务处就把我的姓填上了。
访谈者：第四个？
受访者：{{han:被俊杰}}，十一岁，听力和智力都有残疾。“被”这个姓少，家长会上别人都以为是错字。爸爸服刑，妈妈改嫁，跟外公{{han:应德才}}过，{{han:应德才}}才学会用微信，就为了看孙子的作业。外公的微信号{{wechat:ydc_1956_yq}}。
访谈者：您跟家长联系多吗？
受访者：一天几十条。{{han:让一帆}}他奶奶夜里两点给我打电话，说孩子撞墙，我就在电话里教她怎么抱。家长群我管着，另外两个老师{{compound:太叔若曦}}和{{compound:壤驷思彤}}帮我回消息。康复师{{compound:颛孙晓晨}}每周来两回。
访谈者：学校和街道怎么支持？
受访者：校长{{han:卢志远}}定了送教上门，走不了路的孩子我们上门去教。街道的儿童主任{{han:瞿丽君}}帮{{han:被俊杰}}报了服刑人员子女补助。{{trap/org:乐清市残联}}每年给孩子们做一次评估。{{minority/tibetan:阿尼}}——我们都这么叫{{minority/tibetan:阿尼尕藏}}——说，孩子在这里比在老家好，老家没有这样的学校。
访谈者：送教上门是怎么做的？
受访者：每周两次，我和另一个老师{{compound:东郭晓薇}}骑电动车去。有个孩子家在山上，车开不上去，要走二十分钟山路。到了以后先给孩子做康复，按腿、练手，再教认颜色、认数字。孩子的妈妈在旁边学，我们走了她接着练。一次课两个钟头，回来的路上我常常累得说不出话。
访谈者：家长们最担心什么？
受访者：最担心以后。孩子小的时候还有学校，有老师，十八岁以后去哪里？爸妈老了以后谁管？有个家长跟我说，她最大的心愿是比孩子多活一天。这句话我听了好多遍，每次听都难受。我们能做的，就是让孩子多学一点自理，会自己吃饭、穿衣、上厕所，以后就少受一点罪。
访谈者：您自己怎么调节？
受访者：晚上不看手机是做不到的，家长的消息一条接一条。周末我去爬山，爬到山顶把手机关了，坐一会儿，再下来接着回消息。
访谈者：孩子们有进步吗？
受访者：有，很慢，可是有。一个孩子学了两年才会自己系鞋带，那天他系好了，抬头看我，我在教室里哭了。家长在微信里发了一长串感叹号。
访谈者：孩子们的QQ呢？
受访者：大一点的孩子也有。{{han:金晓蕾}}用QQ跟我打字，一个字要按半天，号码是她妈妈报给我的：{{qq:60493718}}。{{han:让一帆}}的QQ是他爸爸注册的，头像是一辆火车：{{qq:２８４７１０６９３５}}。
访谈者：登记信息呢？
受访者：{{han:金晓蕾}}家在{{address:乐清市白石街道中雁村五组18号}}，{{minority/tibetan:卓玛才让}}家租在{{address:乐清市白石街道白石村中街29号3楼}}。{{minority/tibetan:卓玛才让}}的身份证{{id_number@wy2017plain.632625}}，{{han:被俊杰}}的{{id_number@my2014quad.330382}}。{{han:叶素琴}}电话{{mobile@p86n}}，{{han:瞿丽君}}的{{mobile@fws}}。我的微信{{wechat:xiangwt_peizhi}}。
访谈者：名字在表上写对了吗？
受访者：系统里常错：{{spaced:卓 玛 才 让}}，{{spaced:让 一 帆}}，{{spaced:太 叔 若 曦}}。{{spaced:壤驷　思彤}}也被拆开过。
访谈者：最后想说什么？
受访者：这些孩子慢，可是会长大。{{trap/famous:海伦·凯勒}}听不见也看不见，我常讲给家长听。{{trap/word:让步}}不是办法，要一点一点教。
""")

# H1096: Han aunt in 潭头镇 (长乐) raising her brother's two children.
DOCS["H1096"] = ("family", """\
访谈者：阿姨，两个孩子是您哥哥的？
受访者：是我弟弟的。我叫{{han:林凤娇}}，{{trap/place:潭头镇}}人，村里都叫我{{han:依凤}}。弟弟{{han:林有才}}才三十五，前几年跟人去{{trap/place:美国}}，在路上被抓，后来又因为欠债跑了，现在人在哪都不知道。弟媳{{han:向美华}}去了{{trap/place:阿根廷}}，说挣了钱回来接孩子，三年了。
访谈者：孩子们多大？
受访者：大的{{han:林宇辰}}十三，在{{school:长乐区潭头中学初一（5）班}}；小的{{han:林可欣}}八岁，在{{school:潭头中心小学二年级（3）班}}。家里叫大的{{han:依辰}}，小的叫{{han:依宁}}。{{han:林可欣}}她夜里要抱着我睡。
访谈者：您家自己呢？
受访者：我男人{{han:陈振华}}在{{trap/place:福州}}开出租，我们自己也有个儿子读高中。五个人挤在两间房。{{han:陈振华}}他嘴上不说，每个月多跑两天车。
访谈者：有什么补助？
受访者：村里的儿童主任{{han:游秀英}}帮两个孩子报了事实无人抚养，每人每月{{trap/number:一千七百元}}。她说爸爸失联要派出所出证明，妈妈在国外要村里证明，跑了四个月。镇民政办的{{han:邹建平}}说我这种算亲属抚养，还发了一次临时救助。我向{{han:向美华}}的娘家借过钱，她哥哥{{han:向明章}}二话没说。
访谈者：孩子们学校那边呢？
受访者：大的班主任{{han:潘淑芬}}老师每周跟我通一次电话，说{{han:依辰}}上课走神，成绩往下掉。社工站的{{compound:闻人雨桐}}给他做了几回心理辅导，她同事{{compound:澹台子航}}暑假带他去{{trap/place:闽江口}}看候鸟。小的班主任是{{han:翁老师}}，让她当了小组长，她高兴得一晚上没睡。
访谈者：孩子们想爸妈吗？
受访者：想。小的问，爸爸是不是坐牢了。大的说他不想他们，可是他把他妈的照片设成手机屏保。过年我做{{trap/word:太平面}}，他吃着吃着就哭了。
访谈者：您自己怎么样？
受访者：我在鞋厂做半天，下午接孩子。腰椎间盘突出，弯不了腰。有时候也怨弟弟，可是孩子没错。我跟他们讲{{trap/famous:郑和}}在我们长乐下西洋，讲{{trap/famous:冰心}}，让他们好好读书。
访谈者：一开始是怎么决定带两个孩子的？
受访者：弟弟跑的那天，弟媳已经走了一年多。孩子们是跟着我妈的，我妈那年冬天中风，半边身子动不了。村里的干部来问，孩子谁管，送福利院还是亲戚带。我说我带，我是他们姑妈，总不能让他们去福利院。我男人开始不同意，说家里本来就挤，后来看见小的缩在墙角不说话，他就没再提。
访谈者：钱够用吗？
受访者：紧。我一个月三千多，我男人开车七八千，三个孩子读书，还有老人的药钱。补助下来以后好多了，两个孩子的学费、伙食费有了着落。大的要上补习班，一学期两千多，我咬咬牙给他报了。他说姑妈我不上了，我说你爸没读书，你不能也不读书。
访谈者：您自己的儿子怎么想？
受访者：他懂事。表弟表妹来了以后，他把自己的房间让出来，搬去客厅睡沙发。周末回来带着弟弟打球，教妹妹写作业。有一回大的跟人打架，是他去学校把人领回来的，回来跟我说，妈你别骂他，他心里难受。
访谈者：孩子们在家里帮忙吗？
受访者：帮。大的会做饭，煎蛋、炒青菜，比我儿子小时候强。小的会扫地、收衣服，晚上给我捶腰，捶一会儿就睡着了。我跟她说，你好好读书，就是帮姑妈最大的忙。
访谈者：您最担心什么？
受访者：担心弟弟哪天回来，要把孩子领走，又不好好养。也担心弟媳在外面出事，孩子连个念想都没有。村里说，真到那一天，会有人替孩子说话。我就放心一点。
访谈者：登记信息请您说一下。
受访者：家在{{address:长乐区潭头镇岱边村二组26号}}。我身份证{{id_number@wmidfwspaced.350182}}，大的{{id_number@my2012spaced.350182}}，小的{{id_number@wy2017hyphen.350182}}。我电话{{mobile@plus86}}，{{han:游秀英}}的{{mobile@hyphen}}。{{han:依辰}}有个QQ，说跟同学讨论作业，号码他贴在书桌上：{{qq:827350164}}。我的微信{{wechat:linfengjiao_tantou}}。
访谈者：名字在表上写对了吗？
受访者：救助表上大的写成{{spaced:林 宇 辰}}，小的是{{spaced:林　可　欣}}，社工成了{{spaced:闻 人 雨 桐}}，我是{{spaced:林凤 娇}}。
访谈者：最后想说什么？
受访者：谢谢村里，谢谢社工。孩子们能读出去，全靠{{han:游秀英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1089,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
