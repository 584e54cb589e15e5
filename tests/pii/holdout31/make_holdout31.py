# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 31 (tests/pii/holdout31/H233-H240 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 30, written side by side, is not an
earlier set).

Set 31 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian mother in
四子王旗 (乌兰察布) whose husband lost an arm falling from a wind turbine, with a daughter, a son and a nearly blind
mother-in-law; a Tibetan grandmother in 甘孜县 raising the two children of her son, killed in a landslide on the road
to 色达, whose wife remarried; a Hui father in 化隆 (海东), back from his noodle shop in 杭州 after his wife died of
cancer, with his three children and the two of his brother, in prison for drugs, whose wife has gone; a Han 三七
grower in 文山 (云南) whose wife is mentally ill, with a Zhuang neighbour in prison and Miao neighbours working in
浙江; a Yi mother in 昭觉 (凉山), moved to a relocation settlement, whose husband is in prison for carrying drugs; a
Uyghur grandmother in 吉木萨尔 (昌吉) raising the children of her son, paralysed by a stroke, whose wife left; a Han
school social worker in 满洲里 reading out five cases from her file; and a Han grandmother in 本溪 (辽宁) raising the
two children of her son, a welder in a 大连 shipyard, whose wife died of leukaemia.

The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Mongolian names of four to seven characters (孟和其其格, 乌力吉德力格尔, 布和吉日嘎拉, 敖登塔娜, 孟根苏布达,
斯日古楞图雅, 道尔吉帕拉木) with short forms (孟和 whose first syllable is the surname 孟, 德力格尔他, 布和 which reads
as 布 + 和, 敖登也) and a Han surname before a Mongolian name (包乌日根, 奇格根哈斯) beside Han-style names of
Mongolians (云建平, 奇志刚); Khams Tibetan names (降泽拉姆, 四郎降措, 泽翁志玛, 降央翁姆, 泽仁邓珠) with short forms
(翁姆, 邓珠也 whose first syllable is the surname 邓) and the Han school name of a Tibetan boy (杨志远); Hui Han-form
names (韩永禄, 韩永贵, 冶凤梅, 喇德明, 撒建军, 韩国栋 which starts with 韩国) beside 经名 (哈米德, 海丽彦, 叶哈雅,
易斯哈格) and a Han surname before an Arabic name (韩阿丹, 韩祖拜岱, 韩尔林) with short forms (阿丹他, 祖拜岱, 尔林跟);
Han nicknames that are words, annotated whole (核桃都, 洋芋也, 包谷就, 螺蛳, 豆包那孩子) and Han names of Zhuang and
Miao people that contain words (农光荣他, 韦朝阳那边, 农家宝, 陶正兴说, 熊金翠她们家); Yi clan + given names (曲比阿呷,
海来尔古, 海来阿芝, 阿说尔作, 的日阿果 whose clan starts with the particle 的) with short forms (阿芝, 日布他) and Han
names of Yi people (马文强, 吉文华, 沙建英); Uyghur given name + father's name with and without the dot
(阿瓦汗·吐拉洪 and 阿瓦汗吐拉洪, 艾孜木·热合木江, 阿依加马丽热合木江, 吐尔洪·沙吾提 whose father's name starts with
沙) and short forms (艾孜木, 热合木江他, 吐尔洪说); Han names with common surnames above all (王, 李, 张, 刘, 陈, 赵, 周,
吴, 孙, 徐, 郭, 杨, 马, 韩, 罗, 冯, 关, 于) and some rare ones (栾, 丛, 富, 迟, 战, 初, 国, 柏, 苟, 冉, 蔺, 喇, 撒, 侬, 岑,
龚), with titles and kin words (郭淑珍主任, 李慧芳老师, 杨光耀所长, 于凤琴大姐, 邹玉霞婶), names that contain or start
with words (宁可馨, 国秀丽, 王子航, 韩国栋, 农光荣), a name written twice in a case file (盛子墨盛子墨), names directly
before particles and verbs (张凤霞她说, 王宝山他, 刘向东也, 王欣怡呢, 农丽萍还) and after 叫/是/给/跟/和/的/找/让;
names spaced out character by character in half- and full-width spaces, dotted names with spaces around the dot
(阿瓦汗 · 吐拉洪, 吐　尔　洪　·　沙　吾　提) and names split in two; compound surnames after ordinary words; and numbers
read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:栾淑芝}}``, ``{{qq:62038517}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013hyphen.513328}}``,
                                   ``{{mobile@p86n}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit.py`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 校长, 阿訇,
大姐, 婶, 队长) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 呢, 她, 他,
他们家, 她们家, 那边) are outside the span; a nickname is annotated whole (核桃, 洋芋, 包谷, 螺蛳, 豆包). Han-style
names of Mongolian, Tibetan, Hui, Yi, Zhuang, Miao and Manchu people (云建平, 杨志远, 韩永禄, 马文强, 农光荣, 陶正兴,
关德顺) are category han; a Han surname before a non-Han given name (包乌日根, 韩阿丹) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout31/make_holdout31.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(31_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "132", "135", "139", "147", "153", "158", "165", "171", "175", "180", "184", "187",
                   "189", "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H233: Mongolian mother in 四子王旗 (乌兰察布); her husband lost an arm falling from a wind turbine.
DOCS["H233"] = ("family", """\
访谈者：大姐，您先说说家里的情况吧。
受访者：我叫{{minority/mongolian:孟和其其格}}，三十八岁，家在{{trap/place:四子王旗}}北边的牧区，离{{trap/place:乌兰花}}一百多里。旗里人都喊我{{minority/mongolian:孟和}}。我男人{{minority/mongolian:乌力吉德力格尔}}原来在风电场上干活，前年冬天从塔架上摔下来，左胳膊没了，腰也伤了，评的是二级残疾。{{minority/mongolian:德力格尔}}他原先多能干一个人，现在连马都骑不了，整天坐在炕沿上抽烟。
访谈者：孩子们呢？
受访者：两个。闺女{{minority/mongolian:敖登塔娜}}十四，在{{school:四子王旗第一中学初二（4）班}}住校；儿子{{minority/mongolian:布和吉日嘎拉}}九岁，在{{school:乌兰花镇蒙古族小学三年级（2）班}}。家里叫儿子{{minority/mongolian:布和}}，叫闺女{{minority/mongolian:敖登}}。{{minority/mongolian:敖登}}也懂事，放假回来挤奶、拌料，啥都干。儿子就爱跟着他爸，他爸说一句他学一句。
访谈者：这些年谁帮过你们？
受访者：嘎查的儿童主任{{minority/mongolian:孟根苏布达}}，她跑前跑后给俩孩子报了困境儿童的生活补贴，一人一个月{{trap/number:六百八十}}。嘎查达{{minority/mongolian:额日登仓}}给我们家报了低保。苏木民政助理{{han:云建平}}是土默特那边过来的蒙古人，汉话比蒙古话说得好，来入户三回，回回拿本子记。{{trap/org:旗残联}}的{{han:郭淑珍}}主任给我男人申请了假肢，说等开春去{{trap/place:呼和浩特}}装。
访谈者：社工来过吗？
受访者：来过。旗里社工站有个叫{{compound:慕容晓波}}的小伙子，还有一个姑娘是{{compound:司徒雅楠}}。{{compound:司徒雅楠}}她蒙古话说不好，可跟孩子们玩得来，教闺女用电脑查资料。
访谈者：您娘家、婆家能帮上吗？
受访者：婆婆{{minority/mongolian:娜仁高娃}}七十三了，糖尿病，眼睛快看不见了，可每天早上还给我们熬奶茶。我娘家在{{trap/place:红格尔}}，哥哥{{minority/mongolian:包乌日根}}也放羊，一年给孩子们送两只羯羊。邻居{{minority/mongolian:奇格根哈斯}}家离我们八里地，她男人{{han:奇志刚}}开车，谁家有事都找他。去年儿子半夜发高烧，就是{{han:奇志刚}}拉着我们去的旗医院，儿科的{{han:王玉兰}}大夫守了一宿。
访谈者：婆婆的身体能顶得住吗？
受访者：顶不住也得顶。她眼睛不好，走路要扶着墙，可每天早上第一个起来，熬好奶茶等我们。旗医院说她的眼睛是糖尿病拖的，得去呼市做激光，一只眼睛好几千。低保户能报一大半，剩下的我们慢慢凑。她说不治了，钱留给孙子孙女念书，我跟她吵了一架，非让她去。
访谈者：孩子在学校怎么样？
受访者：闺女的班主任{{han:李慧芳}}老师说，{{minority/mongolian:敖登塔娜}}作文好，可数学跟不上，她周末给闺女补课，不要钱。儿子的老师是蒙古族，说孩子上课老走神，画的都是他爸骑马的样子。
访谈者：过节怎么过？
受访者：{{trap/minority_word:查干萨日}}我们给老人磕头敬酒；夏天{{trap/minority_word:那达慕}}，儿子非要去看摔跤；祭{{trap/minority_word:敖包}}的时候他爸也拄着棍去了。婆婆给孩子们讲{{trap/famous:嘎达梅林}}的故事，还跟他们说，咱们这块草原是{{trap/word:神舟飞船}}落地的地方。
访谈者：日子最难的时候呢？
受访者：去年{{trap/word:白灾}}，死了三十多只羊。我一个人拉不动草捆，是嘎查达带着嘎查的年轻人来帮的。那阵子我一宿一宿睡不着，想着要是我也倒下了，这一家子咋办。后来想开了，孩子们还小，我不能倒。
访谈者：您男人受伤以后，工伤的事解决了吗？
受访者：拖了一年多。风电场的活是外地公司包的，包工头{{han:张志勇}}说我男人是临时工，不算工伤，一分钱不给。后来{{trap/org:法律援助中心}}给我们派了个律师，叫{{han:刘建英}}，她一趟一趟跑仲裁，最后赔了十一万。这钱我存着，一半给男人装假肢，一半留着给孩子们念书。那一年我学会了好多事，以前连旗里的大楼都不敢进，现在啥窗口都敢去问。
访谈者：孩子们知道家里的难处吗？
受访者：知道。闺女寒假回来，背着我把她的压岁钱塞进她爸的药盒里。儿子小，可他也知道不跟同学比新衣裳。有一回学校开运动会，要买统一的运动鞋，他回来一声不吭，是老师打电话我才知道。我跟他爸说，这俩孩子比咱们强。
访谈者：表上要填地址和号码。
受访者：家在{{address:四子王旗红格尔苏木巴音敖包嘎查三组17号}}，冬天在旗里租的房子是{{address:乌兰花镇团结小区4号楼2单元302室}}。我身份证{{id_number@wy1987.150929}}，男人的{{id_number@my1984spaced.150929}}。我电话{{mobile@plain}}。我的微信是闺女给弄的，叫{{wechat:gaowa_szwq87}}。闺女有个QQ，她写在墙上挂历的背面，我念给你：{{qq:2709416385}}。
访谈者：名字在表上写得对吗？
受访者：常错。我在低保表上是{{spaced:孟和 其其格}}，闺女被写成{{spaced:敖 登 塔 娜}}，儿子是{{spaced:布　和　吉　日　嘎　拉}}，我男人写成了{{spaced:乌力吉 德力格尔}}。
访谈者：最后还想说啥？
受访者：盼着我男人的假肢早点装上，盼孩子们念书念出去。{{minority/mongolian:布和}}说长大要当医生，给他爸治胳膊。
""")

# H234: Tibetan grandmother in 甘孜县; her son died in a landslide, his wife remarried.
DOCS["H234"] = ("family", """\
访谈者：阿妈啦，身体还好吧？我们慢慢说。
受访者：好着呢。我叫{{minority/tibetan:降泽拉姆}}，六十七了，家在{{trap/place:甘孜县}}城西边，{{trap/place:雅砻江}}边上的村子。老伴{{minority/tibetan:贡布泽仁}}走了十年了。我就一个儿子，叫{{minority/tibetan:四郎降措}}，前年开车拉货去{{trap/place:色达}}，路上塌方，车翻到沟里，人没了。儿媳{{minority/tibetan:泽翁志玛}}第二年改嫁到{{trap/place:炉霍}}，两个孙辈就留给我了。
访谈者：孩子们多大？
受访者：孙女{{minority/tibetan:降央翁姆}}十二岁，我们叫她{{minority/tibetan:翁姆}}；孙子{{minority/tibetan:泽仁邓珠}}九岁，在学校登记的汉名是{{han:杨志远}}，家里叫他{{minority/tibetan:邓珠}}。{{minority/tibetan:翁姆}}在{{school:甘孜县城关第二小学六年级（1）班}}，孙子在{{school:甘孜县红军小学三年级（3）班}}。{{minority/tibetan:邓珠}}也听话，就是晚上做梦老喊阿爸。
访谈者：孩子们的生活费从哪里来？
受访者：村里的儿童主任{{minority/tibetan:央宗卓玛}}帮着报的，两个娃娃按事实无人抚养，每人每月{{trap/number:一千二百六}}。我自己有低保，还有高龄补贴。乡上的民政干部{{han:苟文斌}}来了好几回，核了又核。县{{trap/org:民政局}}的{{han:陈丽清}}科长下乡的时候专门来我家坐了坐，翻了翻娃娃的作业本。
访谈者：家里的活谁干？
受访者：我干。挤奶、打{{trap/minority_word:酥油}}、背水，腰疼也得干。孙女放学回来帮我捡牛粪。老伴的侄子{{minority/tibetan:格绒丹增}}在{{trap/org:甘孜寺}}当喇嘛，每个月下来看一回，给娃娃带点钱。邻居{{han:罗桂芳}}她男人是藏族，两口子开茶馆，娃娃放学没人接，就在她家茶馆写作业。
访谈者：学校的老师怎么样？
受访者：好。孙女的班主任{{han:廖晓琳}}老师是{{trap/place:雅安}}人，一个人在这边教书，周末给住校的娃娃洗衣服。她说孙女数学好，能考到{{trap/place:康定}}的高中。县医院的{{han:周春梅}}大夫给孙子看过肺炎，住了七天院，钱都是医保和救助报的。
访谈者：社工来过吗？
受访者：来过两个年轻人，一个是{{compound:上官明月}}，还有{{compound:公孙一帆}}，带娃娃们画画、唱歌。{{compound:上官明月}}她会说几句藏话，娃娃们都喜欢她。
访谈者：过节怎么过？
受访者：藏历年给娃娃们穿新藏装，跳{{trap/minority_word:锅庄}}、拉{{trap/minority_word:弦子}}。我给他们讲{{trap/famous:唐东杰布}}修铁索桥的故事。夏天的{{trap/minority_word:赛马节}}，孙子骑在他表哥的肩膀上看。
访谈者：村里还有别的孩子这样吗？
受访者：有。{{minority/tibetan:泽仁措姆}}家的三个娃娃，爹妈都在{{trap/place:拉萨}}打工，跟着太婆过。{{minority/tibetan:泽仁措姆}}她说，娃娃们一年见不上爹妈一面。村支书{{minority/tibetan:扎西泽翁}}每回开会都说，这些娃娃一个都不能漏。
访谈者：您最难的时候是什么时候？
受访者：儿子走的那个冬天。我天天去寺里转经，回来对着两个娃娃不敢哭。孙女那时候才十岁，晚上搂着弟弟睡，跟他说阿爸去了很远的地方。现在好些了，日子慢慢过。
访谈者：娃娃们的舅舅家那边还来往吗？
受访者：来往。儿媳虽然改嫁了，她哥哥{{minority/tibetan:多吉彭措}}还认这两个外甥。每年五月挖{{trap/minority_word:虫草}}，他上山前先来我家，给娃娃们送一袋糌粑。卖了虫草，他给娃娃们买过两回衣服。儿媳也偷偷打过电话，问娃娃们长高了没有。我不怪她，她还年轻，一个女人带不了两个娃娃。
访谈者：娃娃们住校习惯吗？
受访者：孙女习惯了，孙子刚开始天天哭，星期五我去接他，他老远就跑过来抱着我的腿。学校的生活老师{{han:冉春花}}晚上给他讲故事，慢慢就好了。现在学校有营养午餐，娃娃们吃得比家里还好，有肉有菜。我就怕冬天路上结冰，我走不动，接不了他。村里有个开面包车的小伙子，每个星期五顺路把几个娃娃一起拉回来，也不收钱。
访谈者：您自己身体呢？
受访者：膝盖疼，高原上的老人都这样。{{trap/org:乡卫生院}}给我们老人建了档案，一年体检一回，药也便宜。我最怕的是哪天我走不动了，两个娃娃没人管。儿童主任跟我说，真到那一天，政府会管，学校也会管，叫我别多想。我信她的话，可夜里还是睡不着。
访谈者：登记表上的信息。
受访者：家在{{address:甘孜县呷拉乡色西底村三组9号}}，儿媳在炉霍住{{address:炉霍县新都镇团结路45号2单元301室}}。我身份证{{id_number@wy1958.513328}}，孙女的{{id_number@wy2013hyphen.513328}}。我电话记不住，是儿童主任写给我的：{{mobile@hyphen}}；儿童主任的微信{{wechat:yangzong_zm88}}。孙女有个QQ，老师让学英语用的，她写在佛龛旁边的纸条上，号码是{{qq:62038517}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。我被写成{{spaced:降　泽　拉　姆}}，孙女是{{spaced:降 央 翁 姆}}，孙子是{{spaced:泽仁 邓珠}}，把{{spaced:四郎 降措}}也空了一格。
访谈者：您最盼什么？
受访者：盼娃娃们长大，念书念出去。{{minority/tibetan:邓珠}}说等他长大了，给奶奶盖新房子。
""")

# H235: Hui father in 化隆 (海东); his wife died of cancer, his brother is in prison.
DOCS["H235"] = ("family", """\
访谈者：韩师傅，您先说说家里的情况。
受访者：我叫{{han:韩永禄}}，经名{{minority/hui:哈米德}}，四十二岁，家在{{trap/place:化隆}}{{trap/place:甘都}}。我以前在{{trap/place:杭州}}开拉面馆，开了十一年。前年我女人{{han:马秀梅}}查出肝癌，我把馆子盘出去，回来给她看病，看了一年多，人还是走了。她的经名叫{{minority/hui:海丽彦}}。我们三个娃娃：老大{{minority/hui:韩阿丹}}十四，上学的名字是{{han:韩国栋}}，在{{school:化隆县第二中学初二（3）班}}；老二是丫头，{{minority/hui:韩祖拜岱}}，十一岁，我们叫她{{minority/hui:祖拜岱}}；老三{{han:韩继武}}六岁。{{minority/hui:祖拜岱}}在{{school:甘都镇中心学校五年级（2）班}}。
访谈者：孩子们现在谁照顾？
受访者：我一个男人，做饭洗衣都是现学。丫头懂事，放学回来就烧茶、擀面。{{minority/hui:阿丹}}他话少了，他妈走了以后半年没笑过。我去学校找{{han:张晓霞}}老师，她说娃娃上课老发呆，她每礼拜找他谈一回。
访谈者：您兄弟家的孩子也跟着您？
受访者：对。我弟弟{{han:韩永贵}}，经名{{minority/hui:叶哈雅}}，前些年跟着人贩毒，判了八年，在{{trap/place:西宁}}服刑。弟媳{{han:冶凤梅}}跟人走了，电话也换了，联系不上。他们的两个娃娃也在我家吃住，大的{{minority/hui:韩尔林}}十二，上六年级；小的{{han:韩雪莲}}七岁。{{minority/hui:尔林}}跟我家{{minority/hui:阿丹}}睡一个炕，两个人好得跟亲兄弟一样。
访谈者：您在杭州开馆子那些年，孩子们谁带？
受访者：那时候娃娃们跟着我爹妈。我爹去年也没了，我妈{{han:马兰花}}七十五了，腿脚不灵便，现在跟我们一起过，能帮着看一看小的。那些年我们两口子一年回来一趟，娃娃们见了我们都认生。钱是挣了一些，可娃娃们小时候我们没陪着。我女人临走前拉着我的手说，别再把娃娃们丢下了。我答应她了。
访谈者：村里别的人家也这样吗？
受访者：多得很。我们这里出去开拉面馆的多，村里一半的娃娃跟着爷爷奶奶。村委会办了个儿童之家，放学以后娃娃们在那里写作业，有大学生志愿者教。{{han:马桂霞}}也常在那里，谁家娃娃没来，她就打电话问。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:马桂霞}}给弟弟的两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千三百一}}；我家报了低保。乡上民政专干{{han:撒建军}}为这事跑了三趟县{{trap/org:民政局}}。村里{{trap/org:清真寺}}的{{han:喇德明}}阿訇，经名{{minority/hui:易斯哈格}}，每个礼拜五{{trap/minority_word:主麻}}以后，叫坊上的人给我们凑{{trap/minority_word:乜贴}}。县里社工站来过两个人，一个叫{{compound:拓跋嘉欣}}，一个是{{compound:东方志远}}，给娃娃们做心理辅导。
访谈者：孩子们跟您说心里话吗？
受访者：丫头说。她说想妈妈，就拿她妈的盖头闻一闻。老大不说，可我看见他把他妈的照片夹在课本里。{{minority/hui:尔林}}也问过我，他爸啥时候回来。我说还有五年。他说他要好好念书，等他爸出来，他挣钱养他爸。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}要炸{{trap/minority_word:馓子}}、{{trap/minority_word:油香}}，我不会，邻居{{han:沙玉芳}}她过来帮着炸。晚上我给娃娃们讲{{trap/famous:马本斋}}打鬼子的故事，老大听得最认真。
访谈者：您以后有什么打算？
受访者：等小的上了学，我想{{trap/word:马上}}去县城开个小面馆，离家近，能顾上娃娃。{{han:马桂霞}}说县里有创业贷款，她帮我问问。
访谈者：您自己的身体怎么样？
受访者：没啥大毛病，就是这两年头发白了一半。我白天在村里的合作社打零工，一天一百，晚上回来给娃娃们做饭。五个娃娃一顿要吃两斤面，我现在擀面擀得比我女人还快。有时候半夜醒来，一屋子娃娃睡得横七竖八，我挨个给他们盖被子，心里又酸又满。
访谈者：娃娃们念经吗？
受访者：念。放寒暑假去寺里的经学班，阿訇教他们认经字、学规矩。丫头念得最好，阿訇夸她声音亮。我跟娃娃们说，学经是学做人，学校的书也要念好，两样都不能丢。
访谈者：登记信息。
受访者：家在{{address:化隆县甘都镇东滩村五社23号}}，弟弟家在{{address:化隆县巴燕镇城东小区9号楼1单元602室}}。我身份证{{id_number@my1983spaced.632127}}，{{minority/hui:韩尔林}}的{{id_number@my2013tri.632127}}。我电话{{mobile@s38}}，{{han:马桂霞}}的{{mobile@plus86dash}}，她微信{{wechat:maxy_gandu2019}}。老大有QQ，是他表哥在杭州给注册的，号码他记在手机壳里边，我给你念：{{qq:1586302749}}。
访谈者：名字写法对吗？
受访者：乱。经名是音译的，户口本上没有。老大在学校名单上写成{{spaced:韩 阿 丹}}，丫头是{{spaced:韩　祖　拜　岱}}，我弟弟的名字写成了{{spaced:韩永 贵}}。
访谈者：最后您想说什么？
受访者：就盼五个娃娃都平平安安长大，{{minority/hui:阿丹}}能考上高中。
""")

# H236: Han father in 文山 (云南), 三七 grower, with Zhuang and Miao neighbours.
DOCS["H236"] = ("family", """\
访谈者：龚大哥，先说说您家的情况。
受访者：我叫{{han:龚德全}}，四十五了，在{{trap/place:文山}}城边上种{{trap/word:三七}}。媳妇{{han:岑秀珍}}是{{trap/place:广南}}的壮族，前年得了精神病，一犯病就往山上跑，吃着药还行，可地里家里的活都干不了。两个娃娃：闺女{{han:龚雨涵}}十二，我们叫她{{han:核桃}}，在{{school:文山市第五小学六年级（2）班}}；儿子{{han:龚浩宇}}八岁，小名{{han:洋芋}}，上二年级。{{han:核桃}}都会做饭洗衣了。{{han:洋芋}}也乖，就是爱哭，他妈一犯病他就躲到床底下。
访谈者：平时谁帮你们？
受访者：村里的儿童主任{{han:李秀珍}}，她给两个娃娃报了困境儿童，每人每月有{{trap/number:八百一十}}。村支书{{han:韦朝阳}}那边帮我申请了低保。{{han:韦朝阳}}说，{{trap/org:县残联}}能给媳妇办精神残疾证，办了能多拿一份补贴。乡卫生院的{{han:侬海燕}}大夫每个月上门送药，还教我咋看犯病的前兆。
访谈者：您说邻居家也有难处？
受访者：左边是壮族{{han:农光荣}}家。{{han:农光荣}}他前年帮人带毒品，在{{trap/place:麻栗坡}}被抓，判了十五年。他媳妇{{han:陆美英}}去了{{trap/place:广东}}，再没回来。两个娃娃跟着奶奶{{han:黄阿妹}}，大的是{{han:农家宝}}，十岁，小名{{han:包谷}}；小的{{han:农丽萍}}六岁，{{han:农丽萍}}还不懂事，天天问她妈啥时候回来。{{han:包谷}}就爱往我家跑，跟{{han:洋芋}}玩，两个{{trap/word:熊孩子}}一天到晚上房揭瓦。{{han:黄阿妹}}她腿不好，我就让{{han:核桃}}每天给她们家挑水。右边是苗族{{han:陶正兴}}家，两口子在{{trap/place:浙江}}进厂，{{han:陶正兴}}说一年挣的钱够盖半层楼。媳妇{{han:熊金翠}}她们家的三个娃娃跟爷爷{{han:陶德才}}过。大孙子{{han:陶文军}}，小名{{han:螺蛳}}，十三岁，在{{school:文山市第三中学初一（5）班}}住校。
访谈者：邻居们平时怎么相处？
受访者：好得很。我们这个寨子汉族、壮族、苗族住在一起几十年了，谁家杀猪都请一寨子的人吃饭。壮族人家的老人会说汉话，苗族老人有的不会，娃娃们就给他们当翻译。三家的娃娃一起上学、一起放牛，吵架了第二天又好了。我跟娃娃们说，远亲不如近邻，人家帮过咱们，咱们也要记着。
访谈者：孩子们在学校怎么样？
受访者：闺女的班主任{{han:赵春梅}}老师对她好，给她买过棉衣。学校的{{han:项志明}}校长是苗族，他说学校办了个留守儿童之家，寨子里的娃娃都去。这个{{trap/word:项目}}是县里和一个基金会一起办的。
访谈者：社工来过吗？
受访者：县社工站的{{compound:皇甫一鸣}}和{{compound:欧阳丽君}}常来，给娃娃们办小组，教他们说心里话。{{compound:欧阳丽君}}跟媳妇说得来，媳妇见了她不躲。有一回派出所的{{han:杨光耀}}所长带着一位律师，是{{compound:诸葛文杰}}，给{{han:农光荣}}家的娃娃讲法律，说爸爸犯法不是娃娃的错。
访谈者：过节的时候呢？
受访者：苗族过{{trap/minority_word:花山节}}，吹{{trap/minority_word:芦笙}}，老人们带着孙子们去踩花山。壮族过{{trap/minority_word:三月三}}，{{han:黄阿妹}}做{{trap/minority_word:五色糯米饭}}，给我家也送一碗。老人们给娃娃讲{{trap/famous:侬智高}}的故事，苗族老人讲{{trap/famous:蚩尤}}。
访谈者：三七地里的活，一个人忙得过来吗？
受访者：忙不过来。三七要搭棚、要除草、要打药，三年才能挖。挖的时候得请人，一天一百二。我请的都是寨子里的苗族、壮族妇女，她们手快，也不跟我计较工钱晚给几天。以前媳妇好的时候，她一个人顶两个人干，现在她坐在地头看着我干，有时候也帮着拔两把草，我就高兴得不得了。
访谈者：娃娃们的妈妈犯病的时候，娃娃们怕不怕？
受访者：怕。头一回她拿着柴刀在院子里转，闺女抱着弟弟躲到邻居家。后来社工教娃娃们，妈妈犯病了先跑到安全的地方，再给爸爸打电话。现在闺女知道看她妈的脸色，吃药的时间都记在本子上，比我还清楚。
访谈者：您自己最难的是什么？
受访者：三七价钱跌了，去年亏了两万。媳妇犯病的时候我得守着，地里就荒了。有时候半夜坐在门口抽烟，想不通。后来社工说，你也得找人说说，我就跟{{han:陶正兴}}打电话，两个大男人在电话里说了一个钟头。
访谈者：登记表上的信息。
受访者：家在{{address:文山市东山乡盘龙村六组28号}}。我身份证{{id_number@my1980hyphen.532601}}，媳妇的{{id_number@wy1983x.532601}}。我电话{{mobile@h38}}，{{han:李秀珍}}的{{mobile@spaced}}，她微信{{wechat:lixz_dongshan}}。{{han:螺蛳}}有QQ，他说住校的时候跟同学联系用，号码抄在我烟盒上：{{qq:3581920467}}。
访谈者：表上名字写得对吗？
受访者：不全对。{{han:农家宝}}被写成{{spaced:农 家 宝}}，我媳妇成了{{spaced:岑　秀　珍}}，{{han:陶文军}}写成了{{spaced:陶文 军}}。
访谈者：最后您想说什么？
受访者：盼媳妇的病好起来。{{han:核桃}}说她长大要当医生，我说你当了医生也要回{{trap/word:农村}}看看。
""")

# H237: Yi mother in 昭觉 (凉山); her husband is in prison for carrying drugs.
DOCS["H237"] = ("family", """\
访谈者：阿嫫，您家里几口人？
受访者：五口。我叫{{minority/yi:曲比阿呷}}，三十六岁，家在{{trap/place:昭觉}}县城往东的山上，前年搬进了县城边上的安置点。我男人{{minority/yi:海来尔古}}{{trap/year:2022年}}在{{trap/place:西昌}}帮人运毒，被抓了，判了十二年。他在外头打工用的汉名叫{{han:马文强}}。家里三个娃娃，老大{{minority/yi:海来阿芝}}十三岁，我们叫她{{minority/yi:阿芝}}；老二{{minority/yi:海来日布}}十一；老三{{minority/yi:海来石哈}}六岁，在幼儿园。还有婆婆{{minority/yi:阿说尔作}}，七十了，还能放羊。
访谈者：孩子们在哪里上学？
受访者：{{minority/yi:阿芝}}在{{school:昭觉县民族中学初一（2）班}}住校，老二在{{school:昭觉县城北乡中心校四年级（1）班}}。{{minority/yi:阿芝}}学习好，老师说她能考到{{trap/place:成都}}去读高中。
访谈者：您男人进去以后，家里怎么过？
受访者：难。山上的地种{{trap/word:马铃薯}}和{{trap/minority_word:苦荞}}，一年卖不了几个钱。村里的儿童主任{{minority/yi:的日阿果}}给三个娃娃报了困境儿童，一人一个月有{{trap/number:五百二十}}，我家吃低保。村支书{{han:吉文华}}跟乡上的民政专干{{han:刘德清}}也帮着跑。{{minority/yi:的日阿果}}她自己从小没了爹，知道娃娃们苦。
访谈者：孩子们想爸爸吗？
受访者：想。{{minority/yi:日布}}他老问他爸啥时候回来，我说等你念完初中。去年监狱组织视频会见，{{minority/yi:海来尔古}}在屏幕那头哭，说对不起娃娃们。老大也哭，回来一个礼拜没说话。学校的心理老师{{han:吴晓梅}}找她谈了几回，她才慢慢好了。
访谈者：还有谁帮你们？
受访者：我弟弟{{minority/yi:曲比石且}}在外省打工，每个月寄三百块回来。我以前在{{trap/place:悬崖村}}那边背过钢管，认识的人多，大家都帮一把。县社工站有个叫{{compound:长孙雨萱}}的姑娘，和她同事{{compound:宇文嘉豪}}，每个礼拜来安置点给娃娃们上课。乡卫生院的{{han:陈志华}}大夫给婆婆看眼睛，说是白内障，县里有免费手术。
访谈者：搬到安置点以后，日子有什么变化？
受访者：变化大。以前住在山上，娃娃上学要走两个钟头的山路，下雨天路滑，老二摔过好几回。现在学校就在安置点旁边，走十分钟就到了。房子是政府给的，有自来水，有卫生间。婆婆刚来的时候不习惯，说楼房里听不见羊叫，天天要回山上看她的羊。后来安置点给老人们办了个活动室，她跟几个老姐妹在那里弹口弦、唱山歌，慢慢就住惯了。
访谈者：您男人的事，村里人怎么说？
受访者：有人说闲话，说我们家出了毒贩子。我不吭声。娃娃们在学校也受过欺负，老二跟人打过架。他的班主任{{han:沙建英}}把几个娃娃叫到一起，说大人的事跟娃娃没关系，后来就没人说了。我跟娃娃们说，你们爸爸做错了事，在里面改，你们要做好人。
访谈者：彝族的节日怎么过？
受访者：{{trap/minority_word:火把节}}娃娃们点火把、跳舞，{{trap/minority_word:彝族年}}杀猪，做{{trap/minority_word:坨坨肉}}。家里有事请{{trap/minority_word:毕摩}}来念经。婆婆给娃娃们讲{{trap/famous:支格阿鲁}}射太阳的故事，讲到半夜。
访谈者：您自己身体还好吗？
受访者：腰疼，背东西背的。可我不能歇，歇了娃娃们就没饭吃。我在安置点的扶贫车间缝衣服，一个月一千多。儿童主任说，等老三上小学，我可以去县城的工厂上班。
访谈者：婆婆对孙子孙女怎么样？
受访者：疼得很。她不会说汉话，娃娃们在学校学了汉话，回来跟她说彝话。她每天早上天不亮就起来煮土豆、烧苦荞粑粑，娃娃们吃饱了才去上学。她常说，她这辈子苦惯了，只要娃娃们不再吃苦就行。
访谈者：您对孩子们的将来怎么想？
受访者：我自己只读到小学二年级，汉字认不了几个，吃了没文化的亏。我男人也是，没文化，才被人骗去运毒。我跟娃娃们说，再穷也要念书，念了书才不会被人骗。老大说她要考师范，回来当老师，教山里的娃娃。
访谈者：请说一下登记信息。
受访者：老家在{{address:昭觉县四开乡阿并洛村三组18号}}，现在住{{address:昭觉县沐恩邸社区7栋2单元401号}}。我身份证{{id_number@wy1989quad.513431}}，老二的{{id_number@my2014x.513431}}。我电话{{mobile@plus86spaced}}，{{minority/yi:的日阿果}}的电话{{mobile@fullwidth}}，她微信{{wechat:diri_aguo1990}}。{{minority/yi:阿芝}}有个QQ，学校机房老师给她申请的，她把号码写在我手背上让我记着——{{qq:740352619}}。
访谈者：名字在表上写得对吗？
受访者：我们彝族名字长，写错的多。我被写成{{spaced:曲 比 阿 呷}}，老大写成{{spaced:海来 阿芝}}，儿童主任也被写成了{{spaced:的　日　阿　果}}。
访谈者：您最大的心愿？
受访者：盼娃娃们把书读出来，不要走他爸的路。老二说长大要当警察，我说好。
""")

# H238: Uyghur grandmother in 吉木萨尔 (昌吉); her son was paralysed by a stroke, his wife left.
DOCS["H238"] = ("family", """\
访谈者：阿帕，您身体好吗？我们慢慢聊。
受访者：好，好。我叫{{minority/uyghur:阿瓦汗·吐拉洪}}，今年七十三，家在{{trap/place:吉木萨尔}}县城南边的村子里。老伴{{minority/uyghur:艾合买提·尼亚孜}}走了六年了。儿子{{minority/uyghur:热合木江·艾合买提}}三十六岁那年脑出血，命保住了，半边身子动不了，话也说不清。儿媳{{minority/uyghur:米娜瓦尔·托合提}}熬了一年，回{{trap/place:阿克苏}}娘家去了，后来听说又嫁了人。两个孙辈就跟着我。
访谈者：孩子们多大了？
受访者：孙子{{minority/uyghur:艾孜木·热合木江}}十二岁，我们叫他{{minority/uyghur:艾孜木}}；孙女{{minority/uyghur:阿依加马丽热合木江}}九岁，户口本上没有点，我们叫她{{minority/uyghur:阿依加马丽}}。{{minority/uyghur:艾孜木}}在{{school:吉木萨尔县第二小学六年级（3）班}}，孙女在镇上的小学读三年级。
访谈者：家里靠什么过？
受访者：我有养老金，儿子有残疾人两项补贴，村里给我们报了低保。两个孩子的妈不管，爸爸重残，{{trap/org:县民政局}}按事实无人抚养给孩子们批了生活费，一个人一个月{{trap/number:一千四百五}}。这些都是村里的儿童主任{{han:韩淑云}}帮着办的，她是回族，说话慢声细语，一趟一趟往县里跑。驻村工作队的{{han:赵建新}}队长帮我家修了暖圈。
访谈者：您儿子现在怎么样？
受访者：{{minority/uyghur:热合木江}}他每天早上要我扶着在院子里走两圈，这是县医院康复科的{{han:孙红梅}}大夫教的。他说不出话，就拿左手比划。{{minority/uyghur:艾孜木}}放学回来先给他爸按腿，再写作业。
访谈者：孙子在家里干些什么？
受访者：啥都干。早上起来烧茶，给他爸喂饭，放学回来喂羊、扫院子。有一回我发高烧躺在床上，他一个人给全家做了拉条子，面揉得不好，断成一截一截的，可我们吃得可香了。我心疼他，他才十二岁，别人家的孩子这个岁数还在玩。村里给他结对了一个代理妈妈，是乡政府的干部{{han:蔺秀芳}}，她每个月来两回，给孩子买书、买衣服，还带他去县城的图书馆。孙子说长大了要当大夫，把他爸的病治好。
访谈者：邻居们帮忙吗？
受访者：帮。对门{{minority/uyghur:吐尔洪·沙吾提}}赶着毛驴车给我们拉煤，他老伴{{minority/uyghur:阿米娜·卡斯木}}打{{trap/minority_word:馕}}总给我们留四个。{{minority/uyghur:吐尔洪}}说，好邻居比金子还贵。村里的汉族{{han:周国庆}}他们家种麦子，也给我们送面粉和清油。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:徐丽娟}}老师说他数学好，想让他去参加县里的比赛。孙女爱唱歌，会弹两下{{trap/minority_word:都塔尔}}，是她爸以前教的。学校请来的社工{{compound:诸葛欣然}}每个礼拜来给孩子们上课，她和县里派来的同事{{compound:东方雨晴}}一起办了“周末小课堂”。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}我宰不动羊，村委会送了半只。我做{{trap/minority_word:抓饭}}，叫孩子们给对门送一盘。晚上我给他们讲{{trap/famous:阿凡提}}的故事。老师带他们去{{trap/place:北庭故城}}参观，孙子回来给我讲了一晚上唐朝的事。
访谈者：儿媳妇还跟孩子们联系吗？
受访者：很少。去年孙女过生日，她打来一个电话，说了两句就哭了。孙女拿着电话不说话，挂了以后一个人跑到院子后面去。我不让孩子们恨她妈，一个女人守着一个瘫在床上的男人，太难了。我跟孙女说，你妈心里有你，等你长大了再去看她。
访谈者：您这把年纪，晚上还能睡好吗？
受访者：睡不踏实。儿子夜里要翻身，要接尿，我两个钟头起来一回。孙子大了，有时候他替我起来，我不让，他第二天还要上学。
访谈者：您最担心什么？
受访者：我老了，高血压，腿也疼。我走了，这三个人咋办？孙子说，阿帕你别怕，我长大了照顾爸爸和妹妹。我听了心里又高兴又难受。
访谈者：请说一下登记信息。
受访者：家在{{address:吉木萨尔县北庭镇古城村四组9号}}。我身份证{{id_number@wy1952.652327}}，儿子的{{id_number@my1988fwhyphen.652327}}。我电话{{mobile@plain}}，{{han:韩淑云}}的{{mobile@p86n}}，她微信{{wechat:hanshuyun_jmse}}。孙子有QQ，是班主任让注册的，他把号码贴在冰箱门上——我看看——{{qq:98516203}}。
访谈者：名字写得一样吗？
受访者：不一样。我在户口本上是{{minority/uyghur:阿瓦汗·吐拉洪}}，在低保卡上成了{{minority/uyghur:阿瓦汗吐拉洪}}，医保卡上又是{{spaced:阿瓦汗 · 吐拉洪}}；孙子在学校名单上是{{spaced:艾孜木 · 热合木江}}，孙女写成{{spaced:阿 依 加 马 丽}}，儿子写成了{{spaced:热合木江　艾合买提}}。村里的花名册上，对门的老汉成了{{spaced:吐　尔　洪　·　沙　吾　提}}，他看了直笑。
访谈者：您最大的愿望？
受访者：孩子们念书念出去，{{minority/uyghur:热合木江}}能再说一句话。
""")

# H239: Han school social worker in 满洲里 reading from her case file.
DOCS["H239"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：我们学校困境儿童的个案档案。我叫{{han:柏雪晴}}，在{{trap/place:满洲里}}一所九年一贯制学校当驻校社工，第四年了。这学期手上有五个孩子，我照着档案念，名字、号码都是原样抄的。
访谈者：好。
受访者：个案一，{{han:盛子墨}}，男，十一岁，{{school:满洲里市第五小学五年级（2）班}}。父亲{{han:盛宏伟}}早些年去{{trap/place:俄罗斯}}倒腾木材，三年前断了联系；母亲{{han:刘丽娜}}前年病故。监护人是奶奶{{han:张凤霞}}，六十九岁。档案封面上孩子名字打了两遍，“{{han:盛子墨}}{{han:盛子墨}}”，是前任社工复制多了，我一直没改。民政那边先按事实无人抚养给孩子发生活费，奶奶正在法院申请宣告他爸死亡，办下来以后就转成孤儿基本生活费。孩子身份证{{id_number@my2014hyphen.150781}}，家住{{address:满洲里市南区五道街金港小区3号楼2单元501室}}。{{han:张凤霞}}她说孙子晚上常梦见他爸从{{trap/place:后贝加尔斯克}}坐火车回来。
访谈者：第二个呢？
受访者：个案二，{{minority/mongolian:乌日嘎木勒}}，男，十三岁，巴尔虎蒙古族，{{school:满洲里市第二中学初一（3）班}}。父亲{{minority/mongolian:道尔吉帕拉木}}在口岸开大货车，{{trap/year:2023年}}冬天在公路上出事没了；母亲{{minority/mongolian:斯日古楞图雅}}乳腺癌，正在{{trap/place:海拉尔}}化疗。{{minority/mongolian:乌日嘎木勒}}他舅舅{{minority/mongolian:朝克满都拉}}在{{trap/place:新巴尔虎右旗}}放牧，暂时把孩子接过去住。孩子身份证{{id_number@my2012quad.150781}}。
访谈者：第三个？
受访者：个案三，{{han:冯思琪}}，女，九岁，三年级。父亲{{han:冯德茂}}、母亲{{han:李玉霞}}都是聋哑人，在{{trap/org:市残联}}介绍的福利工厂上班。孩子从小给爸妈当翻译，上课老打瞌睡。班主任{{han:国秀丽}}老师发现她晚上要陪妈妈去医院，才报到我这里。家住{{address:满洲里市东山街道团结社区平房区7排12号}}，{{han:冯德茂}}的身份证{{id_number@my1982fw.150781}}，她妈妈的微信{{wechat:li_yuxia1986}}。
访谈者：第四个？
受访者：个案四，{{han:宁可馨}}，女，十三岁，{{school:满洲里市第三中学初二（5）班}}。父亲{{han:宁海军}}因为诈骗在服刑，母亲改嫁到{{trap/place:扎兰屯}}。孩子跟姥姥{{han:关桂琴}}住，家在{{address:满洲里市北区二道街兴华小区11号楼1单元302室}}。孩子跟我说，她{{trap/word:宁可}}不上学也不想听同学议论她爸。心理老师{{han:战立新}}给她做了八次个别辅导，现在好多了。姥姥的电话{{mobile@plus86}}。孩子的QQ，是她自己在辅导记录最后一页写的，说有事找她就加：{{qq:205637814}}。
访谈者：第五个？
受访者：个案五是转学来的孩子，叫{{compound:呼延晨曦}}，男，十岁，父母离婚后都不管，跟着大伯{{compound:呼延国强}}过。大伯有肺气肿，冬天喘得下不了床，孩子就自己做饭。学校给他申请了免费午餐，{{trap/org:市民政局}}的{{han:郭振华}}科长来家访过两次。
访谈者：你们还跟谁一起做这些个案？
受访者：校长{{han:迟建华}}很支持，给每个孩子配了一个爱心老师。督导是{{compound:澹台秋实}}，每个月从{{trap/place:呼伦贝尔}}过来一回。同事{{compound:夏侯静怡}}管低年级。还有{{trap/org:团市委}}的{{compound:百里思彤}}，帮我们联系了爱心企业。市医院的{{han:初明辉}}大夫给{{han:冯思琪}}的妈妈看病，没收挂号费。
访谈者：您做驻校社工，一天怎么安排？
受访者：早上七点半到校，先在校门口看看我跟的几个孩子来了没有，没来的就给家里打电话。上午做个别辅导，下午带小组，放学后家访。这边冬天零下三四十度，家访都是同事开车带着我去，有时候走到半路车就打不着火了。最难的不是冷，是有的家长不愿意开门，觉得我们是来看笑话的。去得多了，他们才慢慢信我们。
访谈者：个案结案的标准是什么？
受访者：孩子的基本生活有保障，上学稳定，心理评估正常，监护人能履行职责。五个个案里，今年能结案的只有个案三，其他几个还得跟。
访谈者：档案里的表格有什么问题吗？
受访者：手写的表名字常被写散。{{han:盛子墨}}在登记表上是{{spaced:盛　子　墨}}，个案二写成{{spaced:乌 日 嘎 木 勒}}，{{han:宁可馨}}是{{spaced:宁可 馨}}，督导签名成了{{spaced:澹 台 秋 实}}，呼延家的孩子写成{{spaced:呼延 晨曦}}。
访谈者：孩子们平时喜欢做什么？
受访者：周末我们带他们去{{trap/place:呼伦湖}}边上写生，去{{trap/place:套娃广场}}看灯。冬天学校有冰雪节，孩子们堆雪人、打冰滑梯，那几天他们笑得最多。
访谈者：您的联系方式呢？
受访者：我的工作微信{{wechat:bxq_shegong2021}}，电话{{mobile@fws}}。{{minority/mongolian:斯日古楞图雅}}的身份证{{id_number@wy1986fwspaced.150781}}。孩子们有事也可以打求助热线{{trap/hotline:12355}}。
""")

# H240: Han grandmother in 本溪 (辽宁) whose son works at a shipyard in 大连.
DOCS["H240"] = ("family", """\
访谈者：大娘，您家几口人？
受访者：四口，俩孩子，我，还有在外头的儿子。我叫{{han:栾淑芝}}，今年六十六，住在{{trap/place:本溪}}溪湖区的老楼里。老头子{{han:王长福}}前年脑梗走了。儿子{{han:王宝山}}在{{trap/place:大连}}造船厂当电焊工，一个月回来一趟。儿媳妇{{han:丛艳秋}}三年前得了白血病，在{{trap/place:沈阳}}治了一年多，没留住。俩孙辈就跟着我。
访谈者：孩子们多大了？
受访者：孙女{{han:王欣怡}}十三，在{{school:本溪市第十二中学初一（4）班}}；孙子{{han:王子航}}八岁，小名{{han:豆包}}。{{han:王欣怡}}呢，懂事儿，放学回来先做饭；{{han:豆包}}那孩子淘，成天跟楼下{{han:关德顺}}家的孙子{{han:关昊天}}满院子跑。{{han:关德顺}}他们家是满族，老头儿会扎风筝，俩孩子一人一个。
访谈者：儿子怎么没把孩子接到大连？
受访者：接不了。{{han:王宝山}}他住工厂宿舍，三班倒。他说等攒够钱在大连买个小房子，再把孩子们接过去。他工友{{han:刘向东}}也是本溪人，俩人轮着回来，有啥东西就托他捎。{{han:刘向东}}也不容易，媳妇在家瘫着。
访谈者：谁帮过您？
受访者：社区网格员{{han:赵丽娜}}，小姑娘热心，给俩孩子申请了困境儿童补贴，孙女上学还有助学金。社区书记{{han:富长河}}逢年过节拎米拎油来看，{{trap/org:区妇联}}也送过两回书包。{{han:赵丽娜}}她说，有事儿就给她打电话，半夜都行，找不着她就打{{trap/hotline:12345}}。对门的{{han:于凤琴}}大姐退休前是护士，孙子发烧都是她给看的。楼上的{{han:邹玉霞}}婶帮我接孩子，她家孙子跟{{han:豆包}}一个班。
访谈者：学校呢？
受访者：孙女的班主任{{han:吕海波}}老师说孩子语文好，就是不合群。学校请了社工{{compound:欧阳嘉琪}}来给她做辅导，后来又来了一个叫{{compound:司马浩宇}}的小伙子，带孩子们做手工。市医院的{{han:孙丽华}}大夫给我看高血压，每回都问孩子们咋样。
访谈者：孩子们的姥姥家那边呢？
受访者：姥姥家在{{trap/place:桓仁}}乡下，老两口都七十多了，种点地。每年秋天他们坐大客车来一趟，拎着一筐榛子、一袋新米，看看俩孩子，住两宿就走。孙女跟她姥姥亲，一见面就抱着哭，姥姥说她长得越来越像她妈。
访谈者：孙子在学校怎么样？
受访者：淘是淘，学习还行。老师说他上课爱接话，下课爱打闹，可心眼好，班上有个小孩腿脚不好，他天天帮人家背书包。我听了比啥都高兴。
访谈者：儿子在大连那边怎么样？
受访者：累。电焊工，夏天在船舱里一待一天，出来衣服能拧出水。他腰也不好，都是年轻时候落下的。他每天晚上九点给孩子们打视频，问作业写没写，孙女跟他说学校的事，孙子就抢手机给他爸看他画的画。有一回视频打着打着，{{han:王宝山}}在那头睡着了，孙女就不让我们出声，让她爸睡一会儿。我在旁边看着，心里跟刀剜的一样。
访谈者：补贴够用吗？
受访者：俩孩子一人一个月{{trap/number:七百二}}，加上我那点退休金，一个月两千出头，够吃够喝。就是孙女明年要补课，一节课一百多，我舍不得。{{han:赵丽娜}}说社区有大学生志愿者能免费辅导，我寻思先试试。
访谈者：您自己身体怎么样？
受访者：高血压，腰椎间盘突出。{{han:于凤琴}}大姐天天来看我吃没吃药。有时候我寻思，我要是哪天倒下了，这俩孩子咋整？儿子在大连，远水解不了近渴。
访谈者：过年过节呢？
受访者：过年儿子回来，包酸菜馅饺子，看{{trap/word:二人转}}。学校组织学{{trap/famous:雷锋}}，孙女回来就去帮{{han:于凤琴}}大姐倒垃圾。夏天带他们去{{trap/place:太子河}}边上钓鱼，去看{{trap/place:本溪水洞}}。
访谈者：孩子们想妈妈吗？
受访者：想。孙女把她妈的照片压在玻璃板底下，天天看。孙子小，记不清妈长啥样了，就问我，奶，我妈是不是长得跟姐一样。我说是，一模一样。{{trap/word:于是}}他就老盯着他姐看，看得他姐直乐。
访谈者：登记信息。
受访者：家在{{address:本溪市溪湖区河西街道彩北社区17号楼3单元402室}}，儿子在大连的宿舍在{{address:大连市甘井子区泉水街道船厂第三宿舍区5号楼216室}}。我身份证{{id_number@wy1959.210503}}，孙女的{{id_number@wy2012fwhyphen.210503}}。儿子电话{{mobile@p86h}}，{{han:赵丽娜}}电话{{mobile@hyphen}}，她微信{{wechat:zhaoln_caibei}}。孙女有QQ，她写在日历背面了，那几个数我眼花认不清，你自己看：{{qq:1763029485}}。
访谈者：名字在表上写得对吗？
受访者：社区的表是我口述，小姑娘写的，孙子写成{{spaced:王　子　航}}，我成了{{spaced:栾 淑 芝}}，孙女成了{{spaced:王欣 怡}}。
访谈者：最后您想说点啥？
受访者：盼儿子早点在大连安家，一家人在一块儿。我就这点念想。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=233,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout30",))


if __name__ == "__main__":
    main()
