# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 40 (tests/pii/holdout40/H305-H312 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; sets 38 and 39, written at the same time by other
writers, are not earlier sets).

Set 40 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian grandmother
in 苏尼特右旗 (锡林郭勒) whose son is in prison and whose daughter-in-law went back to 二连浩特, raising a granddaughter
and a grandson; a Tibetan herder in 聂荣 (那曲), widowed, his hand crippled gathering caterpillar fungus, with three
children and his old mother; a Hui mother in 乐都 (海东) whose husband is on dialysis and who also raises the orphaned
son of her sister; a Han grandfather in 孝感 (湖北) raising two grandsons whose father died of cancer and whose mother
works in 广州; a Han school counsellor in 宜宾 (屏山) with Yi and Miao pupils and the parents she reaches on WeChat and
QQ; a Uyghur grandmother in 乌什 (阿克苏) whose son lost his legs and whose daughter-in-law died of cancer, with three
grandchildren; a Han township cadre in 鄂托克前旗 (鄂尔多斯) reading out his case file (a prisoner's daughter, a
Mongolian orphan, a family with a mentally ill father and a deaf mother, a left-behind boy); and a Han mother in 鹤壁
(河南) whose husband died in a mine. The emphasis is on forms where a replacement might cover only part of a name, in
a mix rather than one trick: Mongolian names of four to seven characters (莫德格玛, 吉木色道尔吉, 阿日斯楞巴特尔,
伊拉古其木格, 奥登格日勒) with short forms (博彦他 after 博彦满都拉, 阿日斯楞就) and the Han surnames 包, 鲍, 白
before a Mongolian name (包嘎鲁扎布, 鲍敖日格勒, 白其乐木格); Tibetan names of two parts (贡觉曲扎, 索朗尼珍,
仁增欧珠, 江村罗布, 桑珠平措) with short forms (欧珠, 尼珍) and the Han name of a Tibetan (罗江平); Hui Han-form names
(韩秀兰, 马永贵, 祁占林, 冶正清) beside 经名 alone (哈迪彻, 素莱曼, 色里目, 撒拉麦, 者玛鲁) and after a Han surname
(马哈桑, 马鲁给耶, 祁者玛鲁); Yi clan name + given name (阿苏木呷, 俄底阿支, 曲木拉博, 马海子呷) with short forms
(木呷他, 阿支, 子呷 and 伍各 as WeChat and QQ names); Miao names (务榜, 勇略他, 往勇, 妮香, 榜香, 榜金耶) and a
Han surname before them (杨往勇, 杨妮香); Uyghur given name + father's name with and without the dot
(布再娜甫·吾守尔 and 布再娜甫吾守尔, 阿不都热西提塔依尔江) and short forms (塔依尔江他, 夏木西努尔, 帕丽旦);
Han nicknames that are words (板凳说, 糍粑也, annotated whole); Han names with common and rare surnames (涂, 喻, 熊,
鲁, 晏, 庹, 冉, 訾, 郇, 郜, 岑, 邬, 铁, 原, 路), with titles and kin words (熊国庆书记, 秦学军主任, 龙翠英大姐,
原丽芳姨, 肖桂英婶子; the span is the name only), names that contain or end in words (牛建设, 路长青, 熊国庆, 邹和平,
涂长征, 原丽芳 beside the trap 原来), a name written twice on a form (贺桂兰贺桂兰), names directly before particles
and verbs (牛天佑都, 原丽芳也, 秦学军那边, 喻小琴她, 李福寿他说) and after 叫/是/给/跟/的; names spaced out
character by character, dotted names with spaces around the dot and names split in two; compound surnames after
ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:涂德厚}}``, ``{{qq:2741950638}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, yi, miao, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013spaced.152524}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (ID_SHAPES, MOBILE_SHAPES);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 队长, 科长,
阿訇, 大姐, 婶子, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他,
他们那边, 那边) are outside the span; a nickname that is a word (板凳, 糍粑) is annotated whole. Han-style names of
Tibetan, Hui and Yi people (罗江平, 马俊熙, 吉文军) are category han; a Han surname before a non-Han given name
(包嘎鲁扎布, 马哈桑, 杨往勇) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout40/make_holdout40.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(40_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "yi", "miao", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "yi": 10, "miao": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "155", "159", "177", "180", "182", "185", "186", "189",
                   "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H305: Mongolian grandmother in 苏尼特右旗 (锡林郭勒); her son is in prison, his wife went back to 二连浩特.
DOCS["H305"] = ("family", """\
访谈者：{{trap/minority_word:额吉}}，您家里现在几口人？
受访者：三口，我和一个孙女、一个孙子。我叫{{minority/mongolian:莫德格玛}}，六十七了，在{{trap/place:苏尼特右旗}}的牧区住了一辈子。老头子{{minority/mongolian:吉木色道尔吉}}前年冬天走的，肝上的病。儿子{{minority/mongolian:博彦满都拉}}喝了酒跟人打架，把人打成重伤，判了六年。儿媳{{han:郭艳红}}是汉族，儿子进去第二年她就回了{{trap/place:二连浩特}}娘家，后来听说又成了家。
访谈者：孩子们多大了？
受访者：孙女{{minority/mongolian:陶格斯图雅}}十二，上学起的汉名叫{{han:白雨涵}}，在{{school:苏尼特右旗蒙古族学校六年级（2）班}}住校；孙子{{minority/mongolian:阿日斯楞巴特尔}}八岁，在{{school:赛汉塔拉镇第一小学二年级（4）班}}，我们都叫他{{minority/mongolian:阿日斯楞}}。{{minority/mongolian:阿日斯楞}}就是淘，放学不回家，跑去看人家驯马。
访谈者：孩子爸爸的事，孩子们知道吗？
受访者：孙女知道，孙子小，只当爸爸在外头干活。{{minority/mongolian:博彦}}他一个月能打一回电话，先问孩子们的学习，再问羊。去年我带孙女坐了一天车去看他，隔着玻璃，父女俩都哭。
访谈者：儿子在里面表现怎么样？
受访者：管教干部来过一封信，说他表现好，减了几个月刑。他在里面学了电焊，说出来以后去旗里的修理厂干活，再也不喝酒了。旗司法局的{{han:邸海军}}每年来家里一趟，问孩子们缺什么，去年给孙女联系了一家爱心企业，每学期资助一千块。孙女拿到钱，先给她爸写了封信，说爸爸你放心，我会照顾好弟弟。我不识字，信是她念给我听的，念着念着我们祖孙俩都哭了。
访谈者：这几年谁帮过你们？
受访者：嘎查达{{minority/mongolian:包嘎鲁扎布}}跟苏木说了我们家的情况，给两个孩子报了事实无人抚养，一个孩子一个月{{trap/number:一千二百六}}。我自己吃低保，每年还有草原补奖。嘎查的儿童主任{{minority/mongolian:伊拉古其木格}}，年轻人，三天两头骑摩托来，孙子的作业本都是她买的。她说了，有啥难处先给她打电话。苏木的民政助理{{han:窦建新}}来入户核过两回，还报了临时救助。驻村的第一书记{{han:甄立伟}}帮我们家修了羊圈。旗里社工站来过一个姑娘叫{{compound:端木晓婷}}，跟她一起来的是{{compound:呼延振宇}}，两个人给孩子们做心理辅导，还带孙女去了一趟{{trap/place:锡林浩特}}的博物馆。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:额布尔图}}家，草场挨着我们，他把我们家的羊跟他的羊一起放，不要钱。他也是个苦命人，老伴瘫在床上。西边的{{minority/mongolian:嘎日迪巴雅尔}}开个小卖部，孩子们去拿东西他都记账，年底我卖了羊再还。汉族邻居{{han:柴福旺}}他会修车，我家那辆旧摩托全靠他。
访谈者：孩子们在学校怎么样？
受访者：孙女的班主任{{minority/mongolian:其达拉图}}老师，每个礼拜给我打电话。他说孩子蒙古文写得好，就是数学跟不上。孙子的班主任是{{han:贾淑珍}}老师，说孙子上课爱走神，我想是想他爸了。学校的{{han:云丽娟}}每周给孙子补一回课。
访谈者：您身体怎么样？
受访者：腿疼，一到冬天就下不了炕。旗医院的{{han:秦玉柱}}大夫说是老寒腿，给开了膏药。去年闹{{trap/minority_word:白灾}}，雪没到膝盖，羊死了十几只，我在雪里摔了一跤，是小卖部的老板把我背回来的。
访谈者：家里的羊还够吗？
受访者：原先有三百多只，老头子走了、儿子进去了，我一个人放不动，卖得只剩八十只。草场一半租给了别人，一年租金一万出头。冬天要买草料，一捆草四十多块，一个冬天得花好几千。孙女放假回来帮我饮羊、拌料，手冻裂了口子也不吭声。孙子就管给小羊羔喂奶，抱着奶瓶一喂就是半个钟头。
访谈者：过年过节怎么过？
受访者：{{trap/minority_word:查干萨日}}的时候，我煮{{trap/minority_word:手把肉}}，给孩子们穿上新袍子。夏天嘎查办{{trap/minority_word:那达慕}}，孙子非要去看摔跤。晚上我给他们讲{{trap/famous:江格尔}}的故事，孙女听得入迷，说长大要把这些故事写下来。
访谈者：最难的是什么时候？
受访者：是开学的时候。两个孩子的校服、书本、路费，一下子要好几千。我就卖羊，卖一只少一只。前年{{trap/org:旗民政局}}给孙女发了助学金，孙女拿着钱先给我买了一双棉靴，自己的旧书包又背了一年。
访谈者：登记要写住址、证件号和电话。
受访者：家在{{address:苏尼特右旗赛汉塔拉镇巴彦乌拉嘎查三组11号}}，冬天孩子们上学，我在镇上租的房子是{{address:赛汉塔拉镇朝克乌拉小区4号楼2单元102室}}。我的身份证{{id_number@wy1958.152524}}，孙女的{{id_number@wy2013spaced.152524}}。我的电话{{mobile@plain}}，儿童主任的电话{{mobile@s434}}，她的微信是{{wechat:ilagu_qimuge88}}。孙女有个QQ，说是老师让注册的——她写在日历背面了，我找找——{{qq:2741950638}}。
访谈者：表上的名字写得对吗？
受访者：常有错的。学校表上孙女成了{{spaced:陶 格 斯 图 雅}}，孙子写成{{spaced:阿日斯楞 巴特尔}}，低保表上我是{{spaced:莫　德　格　玛}}，嘎查达被人写成{{spaced:包嘎鲁 扎布}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，好好改。孙女说长大要当大夫，回来给嘎查的老人看病。我就盼着能活到那一天。
""")

# H306: Tibetan father in 聂荣 (那曲), widowed, with a crippled hand, three children and his old mother.
DOCS["H306"] = ("family", """\
访谈者：您家里现在几口人？
受访者：五口。我叫{{minority/tibetan:贡觉曲扎}}，四十一岁，在{{trap/place:聂荣}}县{{trap/place:色庆乡}}放牧。老婆{{minority/tibetan:益西措姆}}前年春天生病走了，是肝上的病，在{{trap/place:那曲}}的医院住了两个月，没留住。家里还有我阿妈{{minority/tibetan:琼达央金}}和三个娃娃。
访谈者：孩子们多大了？
受访者：老大是姑娘，叫{{minority/tibetan:索朗尼珍}}，十四，在{{school:那曲市第二中学初二（3）班}}住校；老二是儿子{{minority/tibetan:仁增欧珠}}，十岁，在县里的完全小学读四年级，我们叫他{{minority/tibetan:欧珠}}；老三{{minority/tibetan:斯朗美朵}}六岁，在乡里的幼儿园。{{minority/tibetan:欧珠}}也懂事，放假回来就去捡牛粪。
访谈者：您自己身体怎么样？
受访者：我前年去挖{{trap/minority_word:虫草}}，从山坡上滚下来，左手断了，接得不好，现在使不上劲。重活干不了，牛也卖了一半。{{trap/org:县残联}}给我评了四级残疾。乡卫生院的{{minority/tibetan:赤列朗杰}}是藏医，隔一阵子来给我看手，不收钱。
访谈者：这些年谁帮过你们？
受访者：村支书{{minority/tibetan:江村罗布}}把我们家报了低保，三个娃娃报了事实无人抚养，一人一个月{{trap/number:一千四百二}}。村里的儿童主任{{minority/tibetan:拉巴卓嘎}}，她自己也是带着娃娃的寡妇，最懂我们。乡里的民政专干{{han:覃文华}}是汉族，每个季度来一回，拿着本子一户一户对。驻村工作队的{{han:蒋志强}}队长给我们家装了太阳能。县上社工站来过一个姑娘叫{{compound:澹台雪梅}}，还有{{compound:南宫建峰}}，他们给娃娃们带了书和彩笔，教小的画画。
访谈者：孩子们上学怎么样？
受访者：大姑娘学习好，班主任{{han:卢雪芹}}老师说她考内地西藏班有希望。可她说要回来放牛，让弟弟妹妹念书。我说你阿妈要是在，也不答应。{{minority/tibetan:尼珍}}就哭了。{{minority/tibetan:欧珠}}的班主任{{minority/tibetan:桑珠平措}}老师说他算术好，就是不爱说话。
访谈者：家里的亲戚呢？
受访者：我弟弟在{{trap/place:拉萨}}开车，他小时候在内地西藏班念书，老师给起了个汉名叫{{han:罗江平}}，现在单位里都叫他这个名字。{{han:罗江平}}每个月给娃娃们寄五百块。老婆的妹妹在县城卖酸奶，礼拜天把小的接过去住两天。
访谈者：娃娃们上学的花销怎么解决？
受访者：这边上学不交学费，吃住学校都管，这是政策好。可娃娃们要穿、要用，大姑娘一学期回来两趟，路费、零花钱都得给。那曲一家企业的{{han:郎国栋}}经理每年资助大姑娘两千块，他还来过家里一回，看见我们的帐篷漏风，第二天就让人送来一床新毡子。大姑娘说，以后她也要像他那样帮别人。
访谈者：阿妈身体怎么样？
受访者：阿妈七十多了，每天早上转经、{{trap/minority_word:煨桑}}，回来给娃娃们打{{trap/minority_word:酥油}}茶、拌{{trap/minority_word:糌粑}}。她眼睛不好，县医院的{{han:韦振东}}大夫说是白内障，排上队了，明年开春做手术。
访谈者：过节呢？
受访者：八月{{trap/minority_word:赛马节}}的时候，我带娃娃们去那曲看赛马。{{trap/minority_word:藏历新年}}阿妈给娃娃们讲{{trap/famous:文成公主}}进藏的故事，讲到半夜。
访谈者：冬天怎么过？
受访者：冬天羌塘风大，零下三十度。我们搬到定居点的房子里，烧牛粪。牛粪是阿妈和大姑娘一筐一筐捡的，堆了一院子。我手不行，放牛请亲戚帮忙，一年给人家两头牛犊。大姑娘说，等她工作了，先给奶奶把眼睛治好。
访谈者：您的手现在还在治吗？
受访者：在治。去年县里组织义诊，{{trap/place:拉萨}}来的骨科大夫看了，说要再开一刀，把骨头重新接上，医保能报大半。我怕开了刀更干不了活，一直拖着。儿童主任劝我，说你手好了，娃娃们才靠得住你。我想开春以后就去做。
访谈者：请说一下登记信息。
受访者：家在{{address:聂荣县色庆乡帕玉村二组8号}}，冬天住在{{address:聂荣县聂荣镇幸福小区3号楼1单元201室}}。我的身份证{{id_number@my1984x.540623}}，大姑娘的{{id_number@wy2011fw.540623}}。我的电话{{mobile@plus86}}，儿童主任的电话{{mobile@hyphen}}，她的微信{{wechat:labazhuoga_nr}}。大姑娘有个QQ，她说学校交作业用，号码是{{qq:608274153}}。
访谈者：孩子们想妈妈吗？
受访者：想。小的老问妈妈去哪儿了，阿妈就说去了很远的地方。大姑娘把她妈的一串念珠一直戴在手腕上，睡觉也不摘。我嘴笨，不会劝，就带他们去寺里点灯。
访谈者：表上的名字对吗？
受访者：藏族名字汉字写法多。表上有{{spaced:贡 觉 曲 扎}}，有{{spaced:索朗 尼珍}}，儿子写成{{spaced:仁　增　欧　珠}}，小的成了{{spaced:斯朗美 朵}}。
访谈者：您最大的心愿呢？
受访者：娃娃们念书念出去。阿妈常说，牛羊再多也会被雪埋掉，念进肚子里的书谁也拿不走。
""")

# H307: Hui mother in 乐都 (海东); her husband is on dialysis, she also raises her dead sister's son.
DOCS["H307"] = ("family", """\
访谈者：大姐，先说说家里的情况吧。
受访者：我叫{{han:韩秀兰}}，经名叫{{minority/hui:哈迪彻}}，家在{{trap/place:乐都}}城东。掌柜的叫{{han:马永贵}}，经名{{minority/hui:素莱曼}}，原先在{{trap/place:格尔木}}跑货车，前年查出来尿毒症，一个礼拜去{{trap/place:西宁}}透析两回。家里的活、娃娃的事，全在我身上。
访谈者：家里几个孩子？
受访者：我自己两个，还有我妹妹留下的一个。大的儿子{{minority/hui:马哈桑}}十三，上学用的名字是{{han:马俊熙}}，在{{school:乐都区第一中学初一（5）班}}；姑娘{{minority/hui:马鲁给耶}}九岁，学校里叫{{han:马雪梅}}，在{{school:碾伯镇东关小学三年级（2）班}}。
访谈者：妹妹家的孩子是怎么回事？
受访者：我妹妹{{han:韩秀芳}}，妹夫{{han:祁占林}}，三年前在{{trap/place:湟水}}边上出了车祸，两口子都没了，丢下一个儿子，经名{{minority/hui:祁者玛鲁}}，我们叫他{{minority/hui:者玛鲁}}，今年八岁。{{minority/hui:者玛鲁}}说话晚，夜里老做噩梦，喊他妈。村里的儿童主任{{han:祁桂香}}给他报了孤儿基本生活费，一个月{{trap/number:一千六百四}}。
访谈者：掌柜的看病，钱怎么办？
受访者：透析医保报一大块，剩下的自己掏。乡上的民政专干{{han:李福寿}}给我们报了低保，又申请了大病救助。{{han:李福寿}}他说，只要手续齐，能报的一分不会少。西宁的{{han:沙明霞}}大夫说能排队换肾，可肾源难等。
访谈者：去西宁透析，路上怎么走？
受访者：坐班车，一趟两个钟头。早上六点出门，透析四个钟头，回来天都黑了。村里跑出租的{{han:李德海}}知道我们家的难处，每回只收一半的钱，有时候干脆不要。他说，都是一个村的，谁还没个难处。掌柜的透析完浑身没劲，下了车是我扶着上楼的。娃娃们看见了，大的就说，妈，以后我扶。
访谈者：寺里帮过你们吗？
受访者：帮过。{{trap/org:清真寺}}的{{han:冶正清}}阿訇，经名{{minority/hui:色里目}}，他在主麻日上说了我们家的事，坊上的人凑了一万多块。阿訇还让他老伴每个月给送一袋面。对门的{{minority/hui:撒拉麦}}，跟我一样是带娃娃的，娃娃放学没人接，她就一起接上。
访谈者：学校那边怎么样？
受访者：儿子的班主任{{han:晁玉莲}}老师，知道家里的事，给他免了住宿费。{{minority/hui:马哈桑}}也争气，期中考了班上第三。姑娘爱画画，学校的{{han:鄂文斌}}老师说她有天分，送她去县里比赛。
访谈者：还有谁来过？
受访者：县上社工站来过两个人，一个叫{{compound:申屠晓雯}}，跟她一起来的是{{compound:拓跋立新}}，他们给{{minority/hui:者玛鲁}}做了好几回心理疏导，教他画画、搭积木，慢慢地夜里不怎么哭了。{{trap/org:县妇联}}过年送来了米面油。
访谈者：{{minority/hui:者玛鲁}}现在跟你们处得好吗？
受访者：好。刚来的时候他不叫我，只叫姨。去年冬天他发高烧，我守了他一夜，第二天早上他迷迷糊糊叫了一声妈。我没应，躲到厨房里哭了一场。现在他跟大的睡一个炕，两个人好得跟亲兄弟一样，{{minority/hui:马哈桑}}去哪儿都带着他。
访谈者：低保每年要复核吧？
受访者：要。每年秋天乡上来人，看家里添没添东西，问收入。去年来复核的是乡上新来的{{han:铁晓峰}}，年轻人，进门先问掌柜的身体，再看娃娃们的作业本，说缺的材料他回去补，不让我们跑。我心里感激，给他倒了碗{{trap/minority_word:盖碗茶}}，他喝完了才走。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:馓子}}，我先给对门送一盘。{{trap/minority_word:古尔邦节}}坊上宰牲，给我们家送肉。掌柜的身体好的时候，给娃娃们讲{{trap/famous:马本斋}}打仗的故事，娃娃们爱听。
访谈者：您自己累不累？
受访者：累。早上五点起来做饭、送娃娃，回来去地里，下午陪掌柜的去西宁，晚上回来辅导作业。有时候坐在车上就睡着了。{{han:马永贵}}他看我累，说不治了，我骂了他一顿。我说你在，这个家就在。
访谈者：登记表要写住址和号码。
受访者：家在{{address:乐都区碾伯镇东门村三社14号}}，妹妹家的老房子在{{address:乐都区高店镇河西村五社6号}}。我的身份证{{id_number@wmid.630202}}，外甥的{{id_number@my2017quad.630202}}。我的电话{{mobile@spaced}}，掌柜的{{mobile@plus86dash}}，我的微信{{wechat:hanxiulan_ld}}。儿子用我的旧手机上QQ，号码他写在墙上了：{{qq:1593086427}}。
访谈者：表上的名字写得对吗？
受访者：经名是音译，各人写各的。低保表上娃娃成了{{spaced:祁 者 玛 鲁}}，姑娘写成{{spaced:马鲁 给耶}}，我成了{{spaced:韩　秀　兰}}。
访谈者：您最盼什么？
受访者：盼掌柜的早点等上肾，盼三个娃娃平平安安念完书。
""")

# H308: Han grandfather in 孝感 (湖北) raising two grandsons; his son died of cancer, the mother works in 广州.
DOCS["H308"] = ("family", """\
访谈者：老人家，您家里现在几口人？
受访者：三口，我跟两个孙伢。我叫{{han:涂德厚}}，今年七十一，住在{{trap/place:孝感}}城外头的村里。老婆子前年中风走了。儿子{{han:涂长征}}三十八岁得了肝癌，查出来就是晚期，熬了半年也走了。媳妇{{han:喻小琴}}在{{trap/place:广州}}的服装厂做事，一年回来一回，后来电话也少了。
访谈者：孩子们多大了？
受访者：大孙伢{{han:涂子墨}}十二，小名叫{{han:板凳}}，因为小时候矮墩墩的，往门槛上一坐就是半天不动。小孙伢{{han:涂子豪}}八岁，小名{{han:糍粑}}，白白胖胖，软乎乎的。{{han:板凳}}在{{school:孝南区朋兴中心小学六年级（3）班}}，{{han:糍粑}}也在那个学校，读二年级。
访谈者：孩子们平时怎么样？
受访者：{{han:板凳}}说他长大了要当医生，给他爸那样的人治病。{{han:糍粑}}就是贪玩，放了学书包一甩就跑到塘边去了。我跟他说，你再去塘边，我就告诉你{{han:板凳}}哥哥。{{han:糍粑}}也只怕他哥哥。
访谈者：这几年谁帮过您？
受访者：村里的{{han:熊国庆}}书记，他给我报了低保，又跑到镇上帮两个伢报了事实无人抚养，一个伢一个月{{trap/number:一千一百五}}。村里的儿童主任{{han:鲁秋菊}}隔几天来看一回，给伢们检查作业、剪指甲。{{han:鲁秋菊}}说，爹爹你年纪大了，有事就喊我。镇上民政办的{{han:邹和平}}下来核过情况，说还可以申请教育资助。{{han:邹和平}}他们那边办事快，一个礼拜就批下来了。
访谈者：学校呢？
受访者：{{han:板凳}}的班主任是{{han:晏海燕}}老师，女老师，心细。{{han:晏海燕}}晓得他爸的事，让他当了班上的图书管理员，说让他有点事做，心里就不空。学校还有个心理老师叫{{han:庹文静}}，隔个礼拜找他聊一回。
访谈者：您身体怎么样？
受访者：高血压，腰椎也不好。村卫生室的{{han:付俊峰}}医生一个月给我量两回血压，药是免费的。镇上社工站的社工{{compound:公冶思雨}}每个月来一趟，同事{{compound:钟离浩}}有时候跟她一起来，教伢们写作业、做手工。
访谈者：伢们放学以后谁管？
受访者：村里办了个“四点半课堂”，放了学伢们先去那里写作业，有大学生志愿者辅导，六点我再去接。没有这个课堂的时候，伢们放了学就在村里疯跑，作业也不写。现在{{han:糍粑}}的字都写得端端正正了。
访谈者：您还种地吗？
受访者：种。两亩水田，一亩旱地。水田种稻，旱地种点花生、芝麻。我腰不好，插秧、割谷都请人，一天一百五。{{han:板凳}}放暑假帮我挑秧，才十二岁，挑不动也要挑，肩膀磨破了皮。我心疼，说你莫挑了，他说爷爷你歇着。收了谷，一半留着吃，一半卖了给伢们交资料费。
访谈者：亲戚们帮忙吗？
受访者：我女儿{{han:涂秋萍}}嫁在{{trap/place:汉川}}，一个月回来一趟，给伢们买衣服。隔壁的{{han:肖桂英}}婶子，饭做多了就端一碗过来。她老头子{{han:余老四}}帮我犁田，从不要钱。
访谈者：孩子妈妈还来往吗？
受访者：来得少。{{han:喻小琴}}她也难，在外头一个人。去年过年她回来了三天，给两个伢一人买了一双球鞋。{{han:糍粑}}抱着她不放，{{han:板凳}}躲在房里不出来，晚上才跟我说，他怕妈妈又走了。
访谈者：过年过节怎么过？
受访者：过年我给他们做{{trap/word:米酒}}、蒸鱼糕。我也讲古，讲{{trap/famous:董永}}卖身葬父、{{trap/famous:七仙女}}下凡，说咱{{trap/place:孝感}}就是这么来的，做人要孝。伢们说爷爷又{{trap/word:胡说}}，神仙哪有真的。
访谈者：有没有难处没解决的？
受访者：有。我七十多了，怕哪天倒下了，两个伢没人管。有些{{trap/word:熊孩子}}笑话他们没爹没妈，{{han:板凳}}跟人打过一架。{{trap/word:余下}}的日子，我就想把他们拉扯到初中毕业。
访谈者：登记表上要写地址和号码。
受访者：家在{{address:孝南区朋兴乡涂家湾村四组17号}}。我的身份证{{id_number@my1954.420902}}，{{han:涂子墨}}的{{id_number@my2013.420902}}。我的电话{{mobile@s38}}，{{han:鲁秋菊}}的电话{{mobile@plain}}。{{han:喻小琴}}的微信是{{wechat:yuxiaoqin_gz}}，她说有事就在微信上留言。{{han:板凳}}有个QQ，说是学校上网课用的，号码我记不住——他写在门背后了——{{qq:40719836}}。
访谈者：表上名字写得对吗？
受访者：有错的。镇上的表把大孙伢写成{{spaced:涂 子 墨}}，把我写成{{spaced:涂　德　厚}}，有张表上还是{{spaced:涂子 豪}}。
访谈者：您最盼什么？
受访者：盼两个伢好好念书，莫学坏。{{han:涂长征}}走的时候跟我说，爸，伢们就交给你了。我答应了他的。
""")

# H309: Han school counsellor in 宜宾 (四川) with Yi and Miao pupils; parents reached on WeChat and QQ.
DOCS["H309"] = ("teacher", """\
访谈者：老师，您在学校负责什么？
受访者：我叫{{han:冉丽萍}}，在{{trap/place:屏山}}县一所初中做心理辅导老师，也管困境学生的档案。我们学校有不少彝族学生，是从{{trap/place:凉山}}那边搬下来的，还有几个苗族学生，家是从{{trap/place:兴文}}那边过来的。
访谈者：能说说几个孩子吗？
受访者：第一个是{{minority/yi:阿苏木呷}}，男孩，十三岁，在{{school:屏山县新市中学初一（4）班}}。他爸{{minority/yi:阿苏拉铁}}因为贩毒判了十年，他妈{{minority/yi:马海子呷}}一个人在{{trap/place:宜宾}}城里的工地上做小工。{{minority/yi:木呷}}他跟着奶奶过，奶奶不会说汉话。她的微信名就叫“{{minority/yi:子呷}}”，每次我发孩子的情况，她都回一串语音，我再找学生帮我翻译。
访谈者：孩子状态怎么样？
受访者：{{minority/yi:木呷}}刚来的时候一句话不说，上课趴着。后来班主任{{han:伍建军}}老师让他管班上的篮球，他慢慢愿意跟人说话了。{{han:伍建军}}说这孩子讲义气，就是怕别人提他爸。
访谈者：第二个呢？
受访者：第二个是女孩{{minority/yi:俄底阿支}}，十二岁，在{{school:新市中学初一（2）班}}。爸妈前年在山上烧火灰的时候出了事，都没了，跟着外婆{{minority/yi:罗洪阿果}}过。{{minority/yi:阿支}}成绩好，作文写她外婆披着{{trap/minority_word:查尔瓦}}在村口等她。她舅舅{{minority/yi:俄底伍各}}在{{trap/place:浙江}}打工，QQ上跟我联系，名字就叫“{{minority/yi:伍各}}在浙江”，号码是{{qq:2063591847}}。镇上的儿童主任{{han:龙翠英}}给她报了孤儿基本生活费，一个月{{trap/number:一千三百五}}。
访谈者：第三个？
受访者：第三个{{minority/yi:曲木拉博}}，留守的，爸妈都在{{trap/place:东莞}}。他爸一年打两回电话，每回都说今年过年回来。孩子就盼着，盼到年三十也没回来，开学那天跟同学打了一架。我跟他爸在微信上说了，他爸的微信号是{{wechat:qumuerri_dg}}，他回了一句“老师费心”。
访谈者：苗族学生呢？
受访者：有一家是从贵州台江嫁过来的。妈妈叫{{minority/miao:务榜}}，爸爸{{minority/miao:勇略}}，在煤矿上砸断了腿，现在在家里编竹筐卖。两个孩子，哥哥{{minority/miao:往勇}}，户口上登的是{{minority/miao:杨往勇}}；妹妹{{minority/miao:妮香}}，登的是{{minority/miao:杨妮香}}。{{minority/miao:往勇}}在新市中学读初二，{{minority/miao:妮香}}还在镇上读五年级。
访谈者：他们家的情况怎么样？
受访者：{{minority/miao:勇略}}他腿不行，孩子妈一个人种地、喂猪。他家的低保是村支书{{han:罗正明}}帮着办的，{{trap/org:县残联}}给他配了轮椅。孩子妈的微信名叫“{{minority/miao:榜香}}”，她说这是她在老家的名字。孩子的奶奶{{minority/miao:榜金耶}}会绣花，{{trap/minority_word:苗年}}的时候给全家人绣了衣裳。
访谈者：您平时怎么跟这些家长联系？
受访者：主要靠微信和QQ。很多家长在外地打工，电话打过去不是在车间就是在工地，接不了。我就发语音，他们下了班再回。有的家长不识字，我就把孩子的成绩单拍了照，一条一条用语音讲。彝族家长大多说彝语，我请班上的彝族学生帮着翻译，或者找镇上的彝族干部{{han:吉文军}}帮忙。苗族那家的哥哥爱用QQ跟我说话，他说打字比说话容易，号码是{{qq:1748260395}}。我们学校的{{han:蒲晓红}}老师管寄宿生，晚上查寝的时候也帮我留意这几个孩子。
访谈者：学校怎么帮这些孩子？
受访者：困境学生免住宿费，食堂每天多给一个鸡蛋。县里社工站的社工是{{compound:欧阳若岚}}，还有{{compound:司徒建明}}，每个月来学校做一次小组活动。校长{{han:冷国华}}规定，谁也不许拿孩子家里的事开玩笑。
访谈者：过节呢？
受访者：{{trap/minority_word:火把节}}学校放假，彝族孩子回家。有一回活动课，彝族孩子给大家讲{{trap/famous:支格阿鲁}}射太阳的故事，苗族孩子就讲{{trap/famous:蚩尤}}，大家听得可认真了。
访谈者：登记的信息呢？
受访者：第一个孩子家在{{address:屏山县新市镇大乘村二组13号}}，苗族那家在{{address:兴文县僰王山镇团结村五组22号}}。{{minority/yi:俄底阿支}}的身份证{{id_number@wy2013hyphen.511529}}。孩子妈妈的电话{{mobile@h38}}，{{han:龙翠英}}大姐的电话{{mobile@p86n}}，她的微信{{wechat:longcuiying_sq}}。
访谈者：名字写法统一吗？
受访者：不统一。花名册上有{{spaced:阿 苏 木 呷}}，有{{spaced:俄底 阿支}}，有{{spaced:曲　木　拉　博}}，苗族孩子写成{{spaced:杨 往 勇}}。
访谈者：您最大的感受是什么？
受访者：这些孩子心里都苦，但也都懂事。我们能做的，就是让他们在学校里有人惦记着。
""")

# H310: Uyghur grandmother in 乌什 (阿克苏); her son lost his legs, his wife died of cancer; three grandchildren.
DOCS["H310"] = ("family", """\
访谈者：奶奶，您慢慢说，不着急。
受访者：好。我叫{{minority/uyghur:布再娜甫·吾守尔}}，六十九了，家在{{trap/place:乌什县}}的村里，离{{trap/place:阿克苏}}一百多公里。老伴{{minority/uyghur:热合曼·吐逊}}走了五年了。儿子{{minority/uyghur:塔依尔江·热合曼}}前年开拖拉机翻到沟里，两条腿都没保住。儿媳{{minority/uyghur:茹仙古丽·卡德尔}}去年得了癌症，走的时候才三十四。三个孩子就跟着我和儿子过。
访谈者：孩子们多大了？
受访者：大孙女{{minority/uyghur:夏木西努尔·塔依尔江}}十四，在{{school:乌什县第二中学初二（6）班}}住校；孙子{{minority/uyghur:阿不都热西提塔依尔江}}十岁，户口本上没有点，我们叫他{{minority/uyghur:阿不都热西提}}；小孙女{{minority/uyghur:米日班·塔依尔江}}五岁，上幼儿园。孙子在村小读四年级。
访谈者：儿子现在怎么样？
受访者：{{minority/uyghur:塔依尔江}}他坐轮椅，心里苦，刚开始不吃饭。后来{{trap/org:县残联}}给他安排了学修手机，现在在家门口摆个小摊，一天挣个几十块。他说，他不能让孩子们看着爸爸天天躺着。
访谈者：儿子的腿以后怎么办？
受访者：县医院的{{han:冯立强}}大夫说可以装假肢，民政和残联能补一大半。今年秋天他去阿克苏量了尺寸，说明年就能装上。装上了他就能站起来，能去巴扎上摆摊了。孩子们听说了，天天掰着指头算日子。小孙女说，爸爸站起来了，就能抱她去赶巴扎。
访谈者：儿媳妇生病的时候，谁帮的忙？
受访者：那时候全村都帮。她在阿克苏住院，乡里给报了大病救助，村里捐了两万多。她走之前拉着我的手说，妈，孩子们就交给你了。我说你放心。现在我每天晚上给孩子们讲她小时候的事，不让他们忘了妈妈。
访谈者：这几年谁帮过你们？
受访者：村里的儿童主任{{han:戴玉芳}}，她是汉族，在我们村十多年了。{{han:戴玉芳}}给三个孩子报了困境儿童补贴，一个月一人{{trap/number:五百八十}}，我们家还有低保。村支书{{minority/uyghur:托合提尼亚孜·买买提}}跑了好几趟县里，给儿子办了残疾证。驻村工作队的{{han:殷志成}}队长给我们家翻修了房子。乡卫生院的{{han:欧晓燕}}大夫每个月给我量血压。社工站来过两个年轻人，姑娘叫{{compound:令狐芷晴}}，小伙子是{{compound:尉迟俊豪}}，给孩子们带了书包和彩笔，跟大孙女谈了好几次心。
访谈者：孩子们在学校怎么样？
受访者：{{minority/uyghur:夏木西努尔}}学习好，班主任{{minority/uyghur:帕丽旦·沙吾提}}老师说她能考上{{trap/place:乌鲁木齐}}的内高班。{{minority/uyghur:帕丽旦}}老师还给她买了冬天的棉鞋。她也懂事，放假回来就做饭、洗衣服，给爸爸擦身子。孙子的老师是{{han:曹建英}}，说他数学好，就是爱跟人打架，有人说他没妈。
访谈者：邻居们呢？
受访者：隔壁的{{minority/uyghur:玉山江·阿布拉}}，开拖拉机帮我们种地。他老婆天天打{{trap/minority_word:馕}}，给我们多打两个。对门的邻居在{{trap/place:温宿}}做生意，过节回来给孩子们带衣服。他说，邻居就是亲人。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}的时候，我给孩子们做{{trap/minority_word:抓饭}}。晚上邻居弹{{trap/minority_word:都塔尔}}，小孙女跟着转圈跳舞。我给他们讲{{trap/famous:纳斯尔丁}}的笑话，孙子笑得在炕上打滚。
访谈者：您一个人带三个孩子，最难的是什么？
受访者：最难的是孩子生病。小孙女去年冬天发烧，半夜里我抱着她去村口，是巡逻的人开车送到乡卫生院的。还有就是作业，我不识字，帮不上。现在村里办了晚托班，大学生晚上教孩子写作业。
访谈者：登记表要写地址和号码。
受访者：家在{{address:乌什县阿合雅镇托万克村3组19号}}，儿子原来在县城租的房是{{address:乌什县城燕泉小区7号楼2单元401室}}。我的身份证{{id_number@wy1956.652927}}，儿子的{{id_number@my1985tri.652927}}，派出所的小伙子三个三个念给我听的。我的电话{{mobile@fullwidth}}，{{han:戴玉芳}}的电话{{mobile@spaced}}，她的微信{{wechat:daiyufang_ws}}。大孙女的QQ，她写在我本子上了：{{qq:３５１９０８２７}}。
访谈者：名字写得一样吗？
受访者：不一样。户口本上是{{minority/uyghur:布再娜甫·吾守尔}}，低保卡上成了{{minority/uyghur:布再娜甫吾守尔}}，没有点。学校表上孙子是{{spaced:阿不都热西提 塔依尔江}}，大孙女是{{spaced:夏木西努尔 · 塔依尔江}}，小孙女成了{{spaced:米 日 班}}，还有一张把我写成{{spaced:布　再　娜　甫}}。村支书的名字也被写成{{spaced:托合提尼亚孜　·　买买提}}。
访谈者：您最大的愿望是什么？
受访者：看着孙子孙女长大。大孙女说要当医生，给她妈那样的病人治病。我说奶奶等着你。
""")

# H311: Han township cadre in 鄂托克前旗 (鄂尔多斯) reading out the case file of the children in distress.
DOCS["H311"] = ("staff", """\
访谈者：您今天带的是什么材料？
受访者：镇上困境儿童的个案档案。我叫{{han:乔永胜}}，在{{trap/place:鄂托克前旗}}{{trap/place:敖勒召其镇}}管社会事务，这些个案都是我跟儿童督导员一户一户建的。我照着念，你记。
访谈者：好。
受访者：第一个案，儿童{{han:贺子涵}}，女，十一岁，在{{school:敖勒召其镇第二小学五年级（1）班}}。父亲{{han:贺永平}}因盗窃判了五年，在{{trap/place:呼和浩特}}服刑；母亲{{han:吕翠霞}}二〇二一年离家，至今联系不上。孩子跟奶奶过，奶奶叫{{han:贺桂兰}}，档案上监护人那一栏写成了“{{han:贺桂兰}}{{han:贺桂兰}}”，是录入的时候重了。{{han:贺桂兰}}她今年七十三，有糖尿病。
访谈者：第二个案呢？
受访者：第二个案是蒙古族孤儿，{{minority/mongolian:乌格德勒图}}，男，九岁。父母前年冬天在牧点上煤烟中毒，一起没了。孩子跟着奶奶{{minority/mongolian:奥登格日勒}}，大伯{{minority/mongolian:鲍敖日格勒}}也帮着照看。{{minority/mongolian:乌格德勒图}}在{{school:鄂托克前旗蒙古族学校三年级（2）班}}，孤儿基本生活费每月{{trap/number:一千六百八十}}，是嘎查的儿童主任{{minority/mongolian:白其乐木格}}给报的。{{minority/mongolian:白其乐木格}}说孩子现在爱笑了，就是夜里还得开着灯睡。
访谈者：第三个案？
受访者：第三个案是一家，父亲叫{{compound:宇文国栋}}，精神残疾二级，母亲{{han:邬秀琴}}是聋哑人。两个孩子，大的叫{{compound:宇文浩}}，十三岁，在镇中学读初一；小的是{{compound:宇文欣悦}}，七岁。{{compound:宇文浩}}也懂事，每天放学先给他爸递药。这一户低保、困境儿童补贴、残疾人两项补贴都有。{{trap/org:旗残联}}给他家安排了康复训练。
访谈者：第四个案？
受访者：第四个案是留守儿童{{han:郝佳豪}}，男，十岁，父母在{{trap/place:银川}}打工，跟爷爷{{han:郝存福}}过。爷爷腿脚不好，孩子吃饭有一顿没一顿的。儿童督导员{{han:樊翠萍}}每周去两回。{{han:樊翠萍}}说这孩子最缺的不是钱，是有人跟他说话。
访谈者：还有谁参与这些个案？
受访者：民政所的所长{{han:訾建平}}，派出所的{{han:党振华}}所长，给{{minority/mongolian:乌格德勒图}}办户口的就是他。镇卫生院的{{han:麻雅琴}}大夫每季度给孩子们体检。旗里社工站有两个社工，一个是{{compound:万俟晨阳}}，还有一个叫{{compound:闻人雅楠}}，跟{{compound:宇文浩}}谈过好多回。我的同事{{compound:梁丘志鹏}}管档案录入。
访谈者：建一个个案要做哪些事？
受访者：先入户，看孩子住的、吃的、穿的，问监护人的身体和收入；再去学校问老师，去卫生院查体检；回来填评估表，一户一户定帮扶措施。每个季度回访一次，情况变了就跟着调整。旗民政局的{{han:焦文涛}}科长每年来抽查，档案不全的就打回来重做，所以一个字都马虎不得。
访谈者：档案里都记些什么？
受访者：身份证、住址、电话，一样不能少。{{han:贺桂兰}}家在{{address:鄂托克前旗敖勒召其镇布拉格嘎查二社9号}}，第三个案家在{{address:敖勒召其镇红旗小区2号楼3单元101室}}。{{han:贺子涵}}的身份证{{id_number@wy2014.150623}}，{{han:贺桂兰}}的{{id_number@wy1952.150623}}。{{han:郝存福}}的电话{{mobile@hyphen}}，{{han:樊翠萍}}的电话{{mobile@plus86spaced}}，她的微信{{wechat:fancuiping_ds}}。{{han:郝佳豪}}他有个QQ，说是跟他妈视频用的，号码是——你等等，我翻一下——{{qq:836152704}}。
访谈者：档案上名字的写法一致吗？
受访者：不一致，这是最头疼的。手填的表上有{{spaced:乌 格 德 勒 图}}，有{{spaced:奥　登　格　日　勒}}，有{{spaced:宇 文 国 栋}}，还有{{spaced:郝佳 豪}}。蒙古族孩子大伯的名字被写成{{spaced:鲍敖日 格勒}}。系统只认身份证上的写法，差一个字都过不去，我们年底统一改。
访谈者：孩子们过年怎么过？
受访者：过年前镇上给每个困境儿童送一套新衣服、一袋米、一桶油。去年腊月我跟{{han:樊翠萍}}去{{han:郝存福}}家，老人包了一锅饺子等着我们，说孩子爸妈今年又不回来，你们就算是亲人了。孩子一直拉着我们的手，不让走。
访谈者：您做这个最怕什么？
受访者：怕漏。牧区地方大，一户跟一户隔几十里，有的孩子一年见不到几回人。{{trap/word:党员}}干部每人包几户，开着车一户一户跑。去年冬天雪大，车陷在沙窝里，是牧民用马把我们拉出来的。
访谈者：这些孩子以后怎么办？
受访者：能读书的尽量供。{{trap/place:鄂尔多斯}}有助学的政策，考上大学的困境儿童一年补一万。读不进去的，旗里有职业学校，学汽修、学厨师。我们最怕孩子十五六岁就出去打工，外头没人管。
""")


# H312: Han mother in 鹤壁 (河南) whose husband died in a coal mine; two children and a bedridden mother-in-law.
DOCS["H312"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:靳红霞}}，四十岁，家在{{trap/place:鹤壁}}{{trap/place:鹤山区}}。俺男人{{han:牛建设}}在矿上下井，{{trap/year:二〇二二年}}冬天井下冒顶，人没出来。那年他才四十二。家里剩我、两个孩子，还有瘫在床上的婆婆{{han:申桂花}}。
访谈者：孩子们多大了？
受访者：大闺女{{han:牛佳琪}}十五，在{{school:鹤壁市第十中学初三（2）班}}；小子{{han:牛天佑}}九岁，在{{school:鹤山区中山小学三年级（5）班}}。{{han:牛天佑}}都九岁了，晚上还得搂着他姐睡，他爸出事那天夜里他就在家，听见我哭，吓着了。
访谈者：孩子他爸出事那天，您是怎么知道的？
受访者：那天他上夜班，凌晨三点矿上来人敲门。来的是他们班长{{han:霍志军}}，一进门就蹲在地上哭，我就知道出事了。我跑到矿上，在井口等了两天两夜，等来的是一副盖着白布的担架。一起走的还有两个工友，一个是{{han:常建勋}}，才二十六。闺女那天没哭，回家以后把她爸的安全帽擦得干干净净，挂在了墙上。
访谈者：事故以后赔偿怎么样？
受访者：矿上赔了{{trap/number:八十六万}}，{{trap/org:矿务局}}的工会也给了慰问金。工会的{{han:岳长海}}跑前跑后帮着办手续，{{han:岳长海}}他说钱要存起来给孩子念书，别乱花。可婆婆一个月光药就得一千多，我又不敢出去干活，这钱是一天天往下少。
访谈者：现在还有哪些帮扶？
受访者：社区的儿童主任{{han:原丽芳}}，{{trap/word:原来}}是矿上的会计，退休了在社区干。闺女管她叫{{han:原丽芳}}姨，她也是矿工家属，最懂俺们。她给两个孩子报了困境儿童补贴，一个月一人{{trap/number:六百五}}。街道民政办的{{han:秦学军}}主任给俺家报了低保，{{han:秦学军}}那边还帮婆婆申请了重度残疾护理补贴。
访谈者：孩子们情绪怎么样？
受访者：闺女懂事，不哭不闹，可成绩掉了一大截。班主任{{han:郜春燕}}老师找我谈了两回，说孩子上课老走神。学校的心理老师{{han:岑晓梅}}给她做了几回辅导，现在好点了。小子就是黏人，我上厕所他都在门口等着。
访谈者：还有谁来过？
受访者：区里社工站的社工，一个叫{{compound:东方一鸣}}，同事是{{compound:皇甫诗琪}}，每个月来一回，带孩子们做游戏、画画。{{compound:皇甫诗琪}}给{{han:牛天佑}}画了张他爸的像，他天天放在枕头边上。矿上请的律师是{{compound:司空文博}}，帮俺把赔偿的事理清楚了，一分钱没收。
访谈者：家里的亲戚呢？
受访者：俺娘家兄弟{{han:靳红军}}在{{trap/place:淇县}}，一个礼拜来一回，帮着给婆婆翻身、擦洗。俺婆婆的侄子{{han:申国栋}}也来过几回，送米送面。对门的{{han:郇玉兰}}婶子，俺出门的时候就帮俺看着婆婆。
访谈者：闺女明年就要中考了吧？
受访者：是。她想考市里的高中，老师说她底子好，只要稳住就能考上。街道给她找了个大学生志愿者，叫{{han:温子健}}，每个礼拜天来家里给她补数学和英语，不要钱。闺女说，以后她考上大学，也去给别的孩子补课。
访谈者：您自己身体怎么样？
受访者：腰不好，老抱婆婆上下床累的。社区卫生站的{{han:路长青}}大夫说是腰肌劳损，让少干重活，可俺不干谁干。有时候半夜醒了，想起{{han:牛建设}}，一个人坐到天亮。
访谈者：过年过节呢？
受访者：过年俺包饺子，给孩子们买身新衣裳。孩子他爸在的时候，过年带孩子们去{{trap/place:淇河}}边上放烟花。俺婆婆身体好的时候爱讲古，讲{{trap/famous:比干}}挖心、{{trap/famous:纣王}}在{{trap/place:朝歌}}的事，孩子们爱听。
访谈者：登记表要写住址和号码。
受访者：家在{{address:鹤山区中山街道矿工新村8号楼2单元302}}，娘家在{{address:淇县北阳镇油城村三组25号}}。俺的身份证{{id_number@wy1985hyphen.410602}}，{{han:牛佳琪}}的{{id_number@wy2010.410602}}。俺的电话{{mobile@s74}}，{{han:原丽芳}}的电话{{mobile@spaced}}。俺的微信是闺女给注册的，叫{{wechat:jinhongxia_hb}}。闺女有个QQ，跟同学交作业用的，号码是{{qq:2590631748}}。有啥事也能打{{trap/hotline:12345}}。
访谈者：表上的名字写得对吗？
受访者：有错的。社区的表上俺是{{spaced:靳 红 霞}}，孩子他爸写成了{{spaced:牛　建　设}}，闺女是{{spaced:牛佳 琪}}。社工签字签的是{{spaced:东 方 一 鸣}}。
访谈者：您最盼什么？
受访者：盼两个孩子好好念书，将来别下井。孩子他爸以前下班{{trap/word:路上}}常跟我说，他这辈子下井，就是为了孩子们不下井。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=305,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout38", "holdout39"))


if __name__ == "__main__":
    main()
