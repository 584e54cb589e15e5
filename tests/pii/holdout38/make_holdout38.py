# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 38 (tests/pii/holdout38/H289-H296 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 39, written side by side, is not an earlier
set).

Set 38 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养, 困境儿童补贴,
民政局, 嘎查/村委会/社区, 学校, 儿童主任, 社工), in eight new voices: a Mongolian grandfather in 正镶白旗 (锡林郭勒)
whose son died driving a coal truck and whose daughter-in-law remarried, raising three grandchildren; a Tibetan mother
in 丁青 (昌都) whose husband was paralysed by a fall while gathering caterpillar fungus; a Hui father in 永靖 (临夏),
widowed and sick with silicosis, and his Dongxiang neighbours' orphaned children; a Han grandmother in 邵阳 (湖南)
raising the three grandchildren of her imprisoned son and her divorced daughter; a Han township teacher in 印江
(铜仁) going through the seven children in distress of her class, Tujia and Miao pupils and parents reached on WeChat
and QQ; a Uyghur mother in 疏勒 (喀什) whose husband is on dialysis; a Han civil-affairs officer in 太仆寺旗
(锡林郭勒) reading out a case file (a guardianship case, an orphan, a mother with a mental illness); and a Han father
in 双鸭山 (黑龙江), a laid-off miner driving a taxi, whose wife has kidney failure. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of four to seven
characters (额尔登敖其尔, 阿拉坦其木格, 乌日图吉日嘎拉, 宝勒尔毕力格) with short forms (阿拉坦她, 乌日图也) and a Han
surname before a Mongolian name (包图布信, 包阿如娜, 包额尔敦仓); Kham Tibetan names (拥宗卓玛, 洛松四郎, 央金志玛,
土呷次旺) with short forms that are also words or look like them (四郎他, 志玛也, 泽培跟) and the Han names of
Tibetans (向文博, 李建川 = 益西泽培); Hui 经名 alone and after 马/韩 (撒里木, 赛菲耶, 马萨阿德, 韩凯里木) beside Han-form
names (马福全, 马永成), and Dongxiang 经名 alone and after 汪/唐 (贾法尔, 哈菲赛, 汪伊勒亚斯 then 伊勒亚斯, 唐舍木逊)
beside Han-form names (汪海龙, 汪秀兰); Han nicknames that are words, annotated whole (芋头说, 陀螺也, 萝卜就); Uyghur
given name + father's name with and without the dot (塔依尔江·阿布都外力, 塔依尔江阿布都外力) and short forms
(塔依尔江他, 阿布都外力说); Han names with common and rare surnames, titles and kin words (袁长青书记, 唐秋菊婶,
关春梅大姐, 刘冬梅姨, 赵德明所长), names that contain words (袁长青, 谢春风, 肖家和, 杨通顺, 宋金柱), names as they
show on WeChat and QQ (微信名就叫“田老幺”, 在QQ上叫“麻老二”), a name written twice on a form (宫桂兰宫桂兰) and a name
run into an ID number (宫桂兰152527...), names directly before particles and verbs (郝春来说, 罗建国他们家, 袁长青那边)
and after 叫/是/给/跟/和; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out
and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:蒋满秀}}``, ``{{qq:2093817645}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, dongxiang, uyghur) is only
                                   counted, never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spaced.152527}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, p86n, s434, s74, h38);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 医生, 所长, 阿訇, 队长,
大姐, 婶, 姨) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 还, 她, 他,
他们家, 那边) are outside the span; a nickname (芋头, 陀螺, 萝卜) or a WeChat/QQ name (田老幺, 麻老二) is annotated
whole. Han-style names of Mongolian, Tibetan, Hui, Dongxiang, Tujia and Miao people (向文博, 马永成, 汪海龙, 田浩宇,
龙思语) are category han; a Han surname before a non-Han given name (包图布信, 马萨阿德, 汪伊勒亚斯) is category
minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout38/make_holdout38.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(38_2026_1205)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "dongxiang", "uyghur")
# Floors from the brief: at least 10 in each minority group of the voices.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "dongxiang": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "137", "139", "147", "152", "155", "156", "159", "177", "180", "182", "185",
                   "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

DOCS["H289"] = ("family", """\
访谈者：大爷，您先说说家里的情况吧。
受访者：家里四口人，我和三个孙辈。我叫{{minority/mongolian:额尔登敖其尔}}，今年六十七，在{{trap/place:正镶白旗}}北边的嘎查放了一辈子牛。老伴{{minority/mongolian:赛汗格日勒}}前年冬天脑梗走了。儿子{{minority/mongolian:宝勒尔毕力格}}跑运输，四年前拉煤去{{trap/place:张家口}}，半道上翻了车，人没了。儿媳{{han:葛秀娟}}是汉人，守了一年，后来改嫁到{{trap/place:多伦}}，过年才打个电话。
访谈者：三个孩子多大了？
受访者：大孙女{{minority/mongolian:阿拉坦其木格}}十四，在{{school:正镶白旗蒙古族中学初二（3）班}}住校，我们叫她{{minority/mongolian:阿拉坦}}。孙子{{minority/mongolian:乌日图吉日嘎拉}}十岁，在{{school:星耀镇中心小学四年级（1）班}}，家里喊他{{minority/mongolian:乌日图}}。小孙女{{minority/mongolian:希日格根}}六岁，在嘎查的幼儿园。{{minority/mongolian:乌日图}}也懂事，放学回来就去井上饮牛。
访谈者：孩子们的妈妈还管吗？
受访者：她在那边又生了一个，顾不上。{{minority/mongolian:阿拉坦}}她心里有气，电话来了也不接，说就当没有这个妈。
访谈者：家里的牛现在还有多少？
受访者：牛剩下十九头，羊早卖光了。草场一半租给了别人，一年拿八千多块租金。我一个人放不过来，孙子放假的时候跟着我骑马去看牛，他骑得比我当年还稳。冬天要买草料，一捆干草涨到二十多块，光草料一冬就得一万出头。嘎查给我们装了光伏板，晚上有电了，孙女能在灯底下写作业。
访谈者：这些年谁帮了你们？
受访者：嘎查达{{minority/mongolian:白音朝鲁}}给我们报了低保，三个孩子按事实无人抚养报上去，每人每月{{trap/number:一千五百六}}。苏木的民政助理{{han:温建军}}一年来核四回，每回都拿个本子记。嘎查的儿童主任是{{minority/mongolian:包图布信}}，我远房侄女，隔三岔五来看孩子，给小孙女扎小辫。旗里社工站来的姑娘叫{{compound:慕容晓彤}}，跟她一起来的还有{{compound:夏侯振宇}}，小伙子会修摩托，把我那辆破车也修好了。
访谈者：邻居们呢？
受访者：东边的{{minority/mongolian:孟克满都拉}}家有打草机，打草的时候连我家的一起打了。西边的{{han:张德山}}是汉人，开个小卖部，孩子们去买本子，他从来不收钱。旗医院的{{han:那文斌}}大夫每月下乡一回，给我看腰。
访谈者：孩子们在学校怎么样？
受访者：大孙女的班主任{{han:闫淑梅}}老师说她数学好，就是不爱说话。孙子他们班的{{han:郝春来}}老师年轻，带着孩子们踢足球。孙子回来说，{{han:郝春来}}说他跑得快，要选他去旗里比赛。
访谈者：过节的时候呢？
受访者：夏天旗里办{{trap/minority_word:那达慕}}，孙子跟着去看摔跤。正月过{{trap/minority_word:查干萨日}}，我给孩子们煮{{trap/minority_word:手把肉}}，五月去祭{{trap/minority_word:敖包}}。我们旗的旗府在{{trap/place:明安图镇}}，是照清朝的算学家{{trap/famous:明安图}}起的名。我跟孙女说，你也要像{{trap/famous:明安图}}那样念书。
访谈者：日子上最难的是什么时候？
受访者：冬天。白毛风一起，牛圈门口的雪能埋到膝盖。我腰不好，{{minority/mongolian:乌日图}}就跟我一起铲。去年开春下犊子，冻死了四头，我心疼得几天吃不下饭。孩子们开学要买校服、交资料费，钱都是从卖牛的钱里挤出来的。
访谈者：孩子们怎么看爸爸的事？
受访者：大孙女记得她爸。她爸走的时候她十岁，哭了好几天，后来就不哭了，把她爸的照片夹在课本里。孙子那时候小，记不太清，就问爷爷他爸爸是不是去很远的地方拉煤了。我说是，等你长大了就明白了。小孙女根本没见过她爸几面，管我叫阿爸。我听了心里不是滋味，可也没法子。
访谈者：登记表要写地址和号码。
受访者：家在{{address:正镶白旗星耀镇巴彦宝拉格嘎查三组11号}}，儿媳原先在旗里租的房是{{address:明安图镇察哈尔小区5号楼2单元201室}}。我身份证{{id_number@my1958.152529}}，大孙女的{{id_number@wy2011hyphen.152529}}。我电话{{mobile@plain}}，{{minority/mongolian:包图布信}}的微信{{wechat:tubuxin_gacha}}。大孙女有QQ，号码她写在挂历背面了，我念给你：{{qq:2093817645}}。
访谈者：表上名字写得对吗？
受访者：有写乱的。学校表上大孙女是{{spaced:阿 拉 坦 其 木 格}}，低保表上孙子成了{{spaced:乌日图 吉日嘎拉}}，我自己是{{spaced:额　尔　登　敖　其　尔}}，社工姑娘签到写的是{{spaced:慕容 晓彤}}。
访谈者：您最想说什么？
受访者：盼孩子们平平安安。{{minority/mongolian:阿拉坦}}说要考{{trap/place:锡林浩特}}的师范，回来当老师，我就是卖了牛也供她。
""")

DOCS["H290"] = ("family", """\
访谈者：阿佳，您家里现在是什么情况？
受访者：我叫{{minority/tibetan:拥宗卓玛}}，三十九岁，家在{{trap/place:丁青}}县城往东的一个村子。丈夫{{minority/tibetan:洛松四郎}}前年挖{{trap/minority_word:虫草}}的时候从山坡上滚下来，腰以下不能动了，一直躺在床上。家里三个孩子，还有他阿妈。
访谈者：孩子们多大？
受访者：大女儿{{minority/tibetan:央金志玛}}十五岁，在{{school:昌都市第三初级中学初三（2）班}}，我们平常叫她{{minority/tibetan:志玛}}。儿子{{minority/tibetan:土呷次旺}}十一岁，在{{school:丁青县第二小学五年级（4）班}}，学校花名册上用的是汉名{{han:向文博}}。小女儿{{minority/tibetan:嘎玛拉珍}}六岁，在村里的幼儿园。{{minority/tibetan:志玛}}也说过不读了，要回来挖虫草，我说你敢。
访谈者：丈夫治病花了不少吧？
受访者：在{{trap/place:拉萨}}住了两个月，花了{{trap/number:十一万多}}，医保报了一大半，剩下的是借的。{{minority/tibetan:四郎}}他以前是村里力气最大的人，现在翻个身都要人帮，脾气也大了，有时候冲孩子们吼。{{minority/tibetan:四郎}}说，是他拖累了这个家。
访谈者：婆婆身体怎么样？
受访者：阿妈{{minority/tibetan:巴桑曲珍}}七十一了，每天早上去转经，回来给孩子们打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}。{{minority/tibetan:巴桑曲珍}}她眼睛不好，穿针要孙女帮。
访谈者：家里的收入靠什么？
受访者：以前靠丈夫挖虫草、跑运输，一年能挣四五万。现在全靠我，种几亩青稞，养了六头牦牛，夏天上山挖虫草，运气好一个月能卖一万多。村里给我安排了一个生态护林员的岗位，一个月有一千多。孩子们的补贴和低保都按时打到卡上，我一分不敢乱花，先交孩子的生活费。
访谈者：丈夫平时谁照顾？
受访者：我白天出去，阿妈在家看着。她给丈夫喂饭、擦身子，一天翻好几回身，晚上我回来接手。大女儿放假回来就抢着干。有一回我听见她跟她爸说，爸爸你别难过，等我工作了带你去内地治病。丈夫背过脸去，半天没说话。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/tibetan:泽仁曲措}}，她给三个孩子报了困境儿童补贴，一个月一人{{trap/number:七百八}}。村支书{{minority/tibetan:向巴平措}}给报了低保。乡里管民政的干部叫{{han:李建川}}，他是藏族，藏名叫{{minority/tibetan:益西泽培}}，我们都喊他{{minority/tibetan:泽培}}。{{minority/tibetan:泽培}}跟县{{trap/org:民政局}}跑了好几回，又去{{trap/org:县残联}}给丈夫办了一级残疾证。县里社工站来了两个人，一个是{{compound:上官若岚}}，还有一个叫{{compound:澹台嘉木}}。两个人都是援藏来的，给孩子们带了书和棉衣。县医院的{{han:刘宏伟}}大夫也是援藏的，每季度来给丈夫看褥疮。
访谈者：孩子们在学校怎么样？
受访者：大女儿学习好，班主任{{han:邓晓琳}}老师说她能考到内地的西藏班。儿子的老师叫{{minority/tibetan:次仁拉姆吉}}，说孩子上课老走神，想他爸。儿子跟他爸最亲，放学回来先去床边坐一会儿，给他爸讲学校的事。
访谈者：学校对困难家庭有什么办法？
受访者：孩子们在学校吃住都不花钱，国家有三包。儿子的学校还有个爱心妈妈的活动，一个老师认一个孩子，认我儿子的是{{han:卢秀芝}}老师，她是四川人，周末把儿子接到她家吃饭，教他写汉字。她的微信{{wechat:luxiuzhi_dqxx}}，我有事就发语音给她，她慢慢回我。
访谈者：亲戚们呢？
受访者：我弟弟{{minority/tibetan:贡觉扎西}}在{{trap/place:类乌齐}}开车拉货，每月给孩子们寄点钱。他媳妇是汉族，叫{{han:申丽华}}，也常打电话来问。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:藏历新年}}的时候，村里跳{{trap/minority_word:锅庄}}，孩子们去看。阿妈给他们讲{{trap/famous:松赞干布}}和{{trap/famous:文成公主}}的故事。我们这边有座{{trap/place:孜珠寺}}，听老人说有一千多年了，阿妈每年都要去一趟。
访谈者：请说一下登记信息。
受访者：家在{{address:丁青县丁青镇色扎村二组17号}}，大女儿在昌都住的是她舅舅家，{{address:卡若区城关镇茶竹路嘎玛小区4号楼3单元502室}}。我身份证{{id_number@wy1986x.540324}}。我电话{{mobile@spaced}}，{{minority/tibetan:泽仁曲措}}的微信{{wechat:zerenquco_dq}}。大女儿的QQ是她老师帮着注册的，说是交作业用，QQ号——她写在本子上了——{{qq:1576032948}}。
访谈者：表上的名字写得对吗？
受访者：不太对。有的表上把我写成{{spaced:拥 宗 卓 玛}}，丈夫成了{{spaced:洛松 四郎}}，小女儿是{{spaced:嘎　玛　拉　珍}}。
访谈者：您最大的心愿是什么？
受访者：盼丈夫能坐起来，盼孩子们念书念出去。小女儿说长大要当医生，给她爸治病。
""")
DOCS["H291"] = ("family", """\
访谈者：师傅，您家里现在几口人？
受访者：四口，我和三个娃娃。我叫{{han:马福全}}，经名{{minority/hui:撒里木}}，家在{{trap/place:永靖}}县城北边，离{{trap/place:刘家峡}}水库不远。女人{{han:马桂琴}}，经名叫{{minority/hui:赛菲耶}}，去年腊月得乳腺癌无常了。我在石料厂干了十几年，肺上落了尘肺，干不了重活。
访谈者：孩子们多大了？
受访者：老大{{minority/hui:马萨阿德}}十四，上学的名字是{{han:马永成}}，在{{school:永靖县回民中学初二（4）班}}。老二是丫头，{{minority/hui:苏麦叶}}，十岁，在{{school:三条岘乡小学四年级（2）班}}。老三{{minority/hui:马塔里哈}}五岁。{{minority/hui:萨阿德}}也懂事，放学回来先给弟弟洗脸，再去做作业。{{minority/hui:苏麦叶}}跟她妈最亲，她妈走了以后半年没怎么说话。
访谈者：谁帮过你们？
受访者：寺里的{{minority/hui:韩凯里木}}阿訇，散{{trap/minority_word:乜贴}}的时候先想着我们家。{{minority/hui:韩凯里木}}他还托人给老大找了个念经的师父。村里的儿童主任{{han:孔玉珍}}给三个娃娃报了困境儿童补贴，一个月一人{{trap/number:六百二}}。乡上的民政专干{{han:何振邦}}帮我报了低保。县上{{trap/org:民政局}}的{{compound:司徒嘉楠}}来入户两回，跟她一起的同事是{{compound:段干鸿飞}}，他给老大带了一套参考书。
访谈者：邻居们呢？
受访者：隔壁是东乡族的{{han:汪海龙}}家，他经名叫{{minority/dongxiang:贾法尔}}，前年在{{trap/place:新疆}}的矿上出了塌方，人没了。女人{{minority/dongxiang:罕娜}}改嫁回了{{trap/place:东乡}}，两个娃娃跟着奶奶{{minority/dongxiang:哈菲赛}}过。大的{{minority/dongxiang:汪伊勒亚斯}}十二，我们叫他{{minority/dongxiang:伊勒亚斯}}，小丫头{{minority/dongxiang:宰娜布}}八岁。{{minority/dongxiang:伊勒亚斯}}跟我家老大同班，两个娃娃一起上学一起回来。
访谈者：他们家谁在照顾？
受访者：奶奶七十了，腿脚还行。{{minority/dongxiang:哈菲赛}}说，她活一天就给孙子做一天饭。东乡那边的亲戚{{minority/dongxiang:唐舍木逊}}每个月来一趟，拉些洋芋和清油。两个娃娃按孤儿报的，每月{{trap/number:一千二百八}}，是他们村的{{han:汪秀兰}}主任跑下来的。
访谈者：过节的时候怎么过？
受访者：{{trap/minority_word:开斋节}}的时候，坊上的女人们帮着炸{{trap/minority_word:油香}}，送到我们两家来。老大跟{{minority/dongxiang:伊勒亚斯}}去{{trap/org:清真寺}}礼拜，回来给奶奶们拜节。阿訇讲{{trap/famous:大禹}}在积石山导河的故事，说咱这黄河边上的人要能吃苦。
访谈者：学校怎么样？
受访者：老大的班主任{{han:冶淑梅}}老师常打电话来。丫头的老师是{{han:陈立国}}。他给她申请了营养餐和两身校服。老师说，丫头画画好，叫她去县上比赛。
访谈者：您的尘肺病现在怎么样？
受访者：尘肺二期了，上楼梯走几步就得歇，晚上睡觉不能平躺。每个月去{{trap/place:兰州}}复查一回，喘得厉害的时候在家吸氧。{{trap/place:炳灵寺}}那边来游客的季节，我去景区门口看看车，挣点零花。女人在的时候家里干干净净，现在乱，丫头一个人收拾不过来。
访谈者：家里的开销靠什么？
受访者：石料厂早就关了，老板也找不着，职业病鉴定跑了两年没跑下来。县上的律师说帮我问问，我也不抱多大指望。现在家里的钱主要是低保和娃娃们的补贴，我再在门口摆个小摊卖点杂货，一个月凑个两千来块。
访谈者：娃娃们想妈妈吗？
受访者：想。丫头把她妈的盖头收在箱子里，想了就拿出来闻一闻。小的那个老问妈妈啥时候回来，我说妈妈去了好地方。我们回回人讲前定，人的寿数是定好的，可娃娃们小，这些话他们还听不懂。
访谈者：表上要填地址和号码。
受访者：家在{{address:永靖县刘家峡镇城北村五社27号}}，{{han:汪海龙}}家在{{address:永靖县刘家峡镇城北村五社29号}}。我身份证{{id_number@mmid.622923}}，{{minority/hui:马萨阿德}}的{{id_number@my2011.622923}}。我电话{{mobile@hyphen}}，{{han:孔玉珍}}的电话{{mobile@s434}}，她微信{{wechat:kongxz_cbc}}。老大拿我的手机上QQ，他说老师在群里发作业，号码是{{qq:847305192}}。
访谈者：名字写得统一吗？
受访者：不统一。经名汉字各写各的，有的表上老大是{{spaced:马 萨 阿 德}}，丫头成了{{spaced:苏麦 叶}}，{{minority/dongxiang:汪伊勒亚斯}}被写成{{spaced:汪　伊　勒　亚　斯}}，我是{{spaced:马福 全}}。
访谈者：您最盼什么？
受访者：盼娃娃们念成书，别像我一样下苦力落一身病。{{minority/hui:马塔里哈}}还小，我就怕我等不到他长大。
""")

DOCS["H292"] = ("family", """\
访谈者：奶奶，您家现在是您一个人带孩子？
受访者：是咯，三个孙伢子都跟着我。我叫{{han:蒋满秀}}，六十六了，住在{{trap/place:邵阳}}县乡下。老头子前年走的。儿子{{han:曾建湘}}在{{trap/place:广东}}跟人搞网上贷款，犯了事，判了六年。儿媳{{han:伍小芳}}等了一年，后来就不回来了。女儿{{han:曾春燕}}离了婚，在{{trap/place:东莞}}鞋厂做事，她屋里的伢子也放在我这里。
访谈者：三个孩子叫什么，多大了？
受访者：大孙子{{han:曾梓轩}}，十二，小名叫{{han:芋头}}，生下来圆滚滚的。孙女{{han:曾欣悦}}，八岁，一刻都停不下来，我们喊她{{han:陀螺}}。外孙{{han:邓子豪}}七岁，小名{{han:萝卜}}。{{han:芋头}}在{{school:邵阳县塘渡口镇第三完全小学六年级（2）班}}，{{han:陀螺}}和{{han:萝卜}}在村小读书。
访谈者：孩子们听话吗？
受访者：{{han:芋头}}说他长大要当警察，把坏人都抓起来，我听了心里又酸又喜。{{han:陀螺}}也会帮我洗碗，就是手脚快，碗都打了好几个。{{han:萝卜}}就爱哭，一哭起来要找他娘。
访谈者：您一个月的开销怎么安排？
受访者：低保加上孩子们的补贴，一个月两千出头。女儿每个月寄五百回来，有时候厂里没活就寄不了。三个伢子一天要吃两斤米，辣椒、白菜、豆角都是自己园子里种的。我还喂了两头猪、十几只鸡，过年杀一头，卖一头。伢子们开学的时候最紧，要买书包、买鞋子，我就找亲戚借一点，年底还上。
访谈者：儿子在里面跟家里有联系吗？
受访者：一个月能打一回电话。他在电话里跟伢子们讲，要听奶奶的话。大孙子不肯接，说他爸是骗子。我跟他讲，你爸做了错事，在改，他还是你爸。去年我带着三个伢子坐了一天的车去看了他一回，隔着玻璃，儿子哭得话都讲不出来。
访谈者：这些年谁帮了您？
受访者：村支书{{han:袁长青}}帮我报了低保，他说孙子孙女算事实无人抚养，每个月有{{trap/number:九百五}}。{{han:袁长青}}那边还给我们修了漏雨的屋顶，我跟伢子们讲，要记得{{han:袁长青}}书记的好。隔壁的{{han:唐秋菊}}婶也常送菜过来。村里的儿童主任是{{han:谢春风}}，三天两头来看孩子。镇上民政办的{{han:罗建国}}来核过两回，{{han:罗建国}}他们家也是这个村的。县里社工站来了两个年轻人，一个叫{{compound:欧阳梓萌}}，一个是{{compound:诸葛远航}}，教孩子们画画、讲故事。
访谈者：学校的老师呢？
受访者：{{han:芋头}}的班主任{{han:肖家和}}老师好，知道屋里的事，免了他的资料费。{{han:肖家和}}说孩子聪明，就是上课爱打瞌睡，我晓得是晚上帮我剁猪草剁晚了。村小的{{han:匡丽萍}}老师每天放学陪几个留守的伢子写完作业才回去。
访谈者：您身体怎么样？
受访者：血压高，膝盖疼。镇卫生院的{{han:尹志勇}}医生每个月给我量一回血压，送降压药。医生也说，奶奶您莫累倒了，您倒了三个伢子就没人管了。
访谈者：孩子们想爸爸妈妈吗？
受访者：想。过年的时候女儿回来，{{han:萝卜}}抱着她的腿不放。{{han:芋头}}大了，嘴上不讲，晚上躲在被子里哭。我跟他讲，你爸在里面好好改造，出来了还是你爸。以前我{{trap/word:曾经}}想过把孩子送到他外婆那边，后来想想还是自己带。
访谈者：过年过节怎么过？
受访者：腊月里做{{trap/minority_word:猪血丸子}}，孩子们最喜欢。我跟他们讲{{trap/famous:魏源}}和{{trap/famous:蔡锷}}的故事，都是我们{{trap/place:宝庆}}府出的大人物，叫他们好好读书。去年女儿带他们去{{trap/place:崀山}}玩了一回，孙女到现在还念叨。
访谈者：登记表上要写地址和电话。
受访者：家在{{address:邵阳县塘渡口镇双江村十一组8号}}，女儿在东莞租的房子是{{address:长安镇乌沙社区兴发小区3栋402房}}。我身份证{{id_number@wy1959.430523}}，{{han:曾梓轩}}的{{id_number@my2013fullwidth.430523}}。我的电话{{mobile@plain}}，女儿的电话{{mobile@plus86dash}}，她微信{{wechat:chunyan_dg0618}}。{{han:芋头}}用他姑姑的旧手机上QQ，号码是{{qq:61948320}}。
访谈者：表上名字写得对吗？
受访者：有写错的。学校表上把孙子写成{{spaced:曾 梓 轩}}，外孙是{{spaced:邓　子　豪}}，我是{{spaced:蒋满 秀}}。社工{{spaced:欧 阳 梓 萌}}签到的时候名字也被人隔开写了。
访谈者：最后您想说什么？
受访者：{{trap/word:谢谢}}你们来看我们。我就盼伢子们平平安安长大，读得书，走正路。
""")
DOCS["H293"] = ("teacher", """\
访谈者：老师，您在这所学校教了多久？
受访者：九年了。我叫{{han:张晓琴}}，汉族，在{{trap/place:印江}}的一所乡镇小学，现在是{{school:印江县木黄镇中心小学五年级（3）班}}的班主任。班上四十二个孩子，土家族、苗族占了一大半，有七个是困境儿童。
访谈者：能一个一个说说吗？
受访者：第一个是{{han:田浩宇}}，土家族。他爸{{han:田正武}}前年在{{trap/place:浙江}}工地上摔下来，人没了，他妈{{han:冉桂香}}改嫁了。现在跟爷爷{{han:田正发}}过，爷爷不会用微信，是他叔叔{{han:田正刚}}加的我，微信名就叫“{{han:田老幺}}”。{{han:田浩宇}}他不爱说话，作文写得好。
访谈者：第二个呢？
受访者：第二个{{han:龙思语}}，苗族，妈妈{{han:龙翠萍}}得了红斑狼疮，在{{trap/place:铜仁}}住院，爸爸{{han:吴光亮}}在{{trap/place:宁波}}打工。家长群里她妈的微信名就是她的名字，{{han:龙翠萍}}，病房里还在群里问孩子作业。{{han:龙思语}}也懂事，放学回去自己煮饭。
访谈者：还有哪几个？
受访者：{{han:麻文杰}}和妹妹{{han:麻文静}}，苗族，爸妈在{{trap/place:广州}}，跟奶奶{{han:吴秀莲}}。他爸在QQ上叫“{{han:麻老二}}”，我有事就在QQ上找他，他晚上下了班才回。{{han:覃雨萱}}，土家族，爸爸{{han:覃国兵}}因为打架伤人判了三年，妈妈走了，跟着姑妈{{han:覃小英}}。还有{{han:冉俊熙}}，父母都病故了，是孤儿，跟舅舅{{han:杨通顺}}过，{{han:杨通顺}}他自己也有两个孩子。最后两个是{{han:滕佳怡}}和{{han:石乐乐}}，父母离婚，谁都不管。
访谈者：学校和镇上是怎么帮的？
受访者：校长{{han:王志明}}定了规矩，困境儿童每人配一个老师结对。我结对的是其中两个。镇上的儿童督导员{{han:舒德华}}每月来学校一回，把孩子的情况报到县{{trap/org:民政局}}。{{han:冉俊熙}}按孤儿拿{{trap/number:一千四百五}}一个月。县里社工站的{{compound:宇文晴川}}来做过心理辅导，还有支教的{{compound:尉迟思远}}老师，教孩子们唱歌。我同事{{compound:令狐建明}}带他们打篮球。
访谈者：孩子们平时在学校怎么样？
受访者：住校的多，周五下午才回家，有的要走一个多钟头的{{trap/word:田坎}}路。{{han:石乐乐}}就是个调皮蛋，上课在桌子底下玩{{trap/word:杨梅}}核，下课跟人打架，可他见了低年级的小孩就让着。{{han:滕佳怡}}说她想妈妈，妈妈过年都不回来。我给她们开了个小信箱，谁想说什么就写纸条。
访谈者：这些孩子的学习跟得上吗？
受访者：参差不齐。有的孩子底子好，只是家里没人管；有的连拼音都拼不全。我每天中午留半个钟头，给几个落下的孩子补数学。学校晚上有晚自习，住校的孩子在教室里写作业，我们老师轮流值班。营养餐是教导主任{{han:彭光辉}}管的，困境儿童每顿多给一个鸡蛋。周末回家的孩子，作业带回来经常还是空白的，爷爷奶奶不识字，也辅导不了。
访谈者：过节呢？
受访者：{{trap/minority_word:四月八}}的时候苗族寨子里吹{{trap/minority_word:芦笙}}，土家族过年跳{{trap/minority_word:摆手舞}}，学校也排节目。我给孩子们讲{{trap/famous:屈原}}的故事，讲{{trap/place:梵净山}}的传说，他们最爱听{{trap/famous:孙悟空}}。
访谈者：家长的信息您都有吗？
受访者：有。第一个孩子的爷爷家在{{address:木黄镇凤仪村六组14号}}，{{han:覃小英}}家在{{address:印江县峨岭街道书香苑小区2栋1单元603室}}。{{han:冉俊熙}}的身份证{{id_number@my2013spaced.522226}}。{{han:吴秀莲}}的电话{{mobile@spaced}}，{{han:龙翠萍}}的电话{{mobile@h38}}，她的微信号是{{wechat:cuiping_lsy2014}}。{{han:麻文杰}}自己有QQ，号码是——他写在周记本最后一页——{{qq:2750614839}}，他爸的QQ是{{qq:９０２７４３６１}}。
访谈者：有没有觉得很{{trap/word:麻烦}}的时候？
受访者：有。孩子们家里的事一件接一件，我一个人顾不过来，晚上回家还得接家长的电话。我自己的孩子也在读书，有时候顾了学生就顾不了她，她跟我赌气说，妈妈你是别人的妈妈。可看着孩子们慢慢开朗，心里就觉得值。
访谈者：表上名字写得一致吗？
受访者：有出入。资助名单上有{{spaced:田 浩 宇}}，还有把{{han:冉俊熙}}写成{{spaced:冉俊 熙}}的，支教老师的名字被写成{{spaced:尉 迟 思 远}}。
访谈者：最后您还想说什么？
受访者：希望这些孩子都能读到初中、高中，别早早跟着大人出去打工。有个孩子说想当医生，治好她妈的病。
""")

DOCS["H294"] = ("family", """\
访谈者：大姐，您家里现在是什么情况？
受访者：我叫{{minority/uyghur:热孜万古丽·阿不都热依木}}，四十一岁，家在{{trap/place:疏勒县}}的一个村子。丈夫{{minority/uyghur:阿布都外力·吾斯曼}}肾不好，三年前开始透析，一个礼拜去{{trap/place:喀什}}三次，干不了活。家里三个孩子，还有我公公。
访谈者：孩子们叫什么，多大了？
受访者：大儿子{{minority/uyghur:塔依尔江·阿布都外力}}，十四，在{{school:疏勒县第二中学初二（5）班}}，我们叫他{{minority/uyghur:塔依尔江}}。女儿{{minority/uyghur:阿丽米热·阿布都外力}}，十岁，在{{school:疏勒县罕南力克镇中心小学四年级（3）班}}。小儿子{{minority/uyghur:买尔旦}}五岁，在幼儿园。{{minority/uyghur:塔依尔江}}他懂事，礼拜天跟我去地里摘棉花。{{minority/uyghur:阿丽米热}}就爱跳舞，{{trap/minority_word:麦西来甫}}上一听见{{trap/minority_word:都塔尔}}就站起来转。
访谈者：丈夫治病花得多吗？
受访者：透析医保报得多，可来回车费、吃饭都要钱。他自己心里难受，{{minority/uyghur:阿布都外力}}说，他是一家之主，现在成了一家的负担。我说你好好活着，孩子们有爸爸就行。
访谈者：去透析路上方便吗？
受访者：以前从村里到县上坐班车，再换车到地区医院，一趟要两个钟头。透析一次四个钟头，回来天都黑了。去年县医院也开了透析室，现在近多了，透析室的护士长{{han:苗红霞}}人好，排班尽量照顾我们，一个礼拜三回，我跟着去两回，剩下一回他自己去。医生说他的指标还算稳，让他少喝水、少吃盐。
访谈者：孩子们知道家里的难处吗？
受访者：知道。儿子有一回把学校发的奖学金全拿回来交给我，说妈妈给爸爸买药。女儿在本子上画了一个大房子，说长大了要给爸爸盖一间有透析机的屋子，不用再坐车跑。我看了又想哭又想笑。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{minority/uyghur:帕丽旦·吐尔逊托合提}}，她给三个孩子报了困境儿童补贴，一个月一人{{trap/number:七百二}}。工作队的{{han:杜振华}}队长帮我们报了低保。{{trap/org:乡卫生院}}的{{minority/uyghur:麦麦提敏·阿西木}}大夫每个礼拜来给我公公量血压。县里社工站的{{compound:公孙雅琪}}和{{compound:长孙明哲}}来过三回，给孩子们买了书包和冬衣。
访谈者：公公身体怎么样？
受访者：公公{{minority/uyghur:吾斯曼·卡德尔}}七十五了，耳朵背。{{minority/uyghur:吾斯曼·卡德尔}}他每天早上去村口坐着，看见孙子放学回来就笑。
访谈者：邻居们呢？
受访者：隔壁的{{minority/uyghur:阿依先木汗}}大姐每天打{{trap/minority_word:馕}}，总给我们多打两个。村里的{{minority/uyghur:吐尔洪江}}有辆三轮车，丈夫去透析的时候是他送到乡上坐班车。我娘家哥哥{{minority/uyghur:阿卜杜克热木·阿不都热依木}}在{{trap/place:阿图什}}开饭馆，过节给孩子们寄钱。
访谈者：孩子们在学校怎么样？
受访者：儿子的班主任{{han:雷晓燕}}老师说他数学好，想让他考内高班。女儿的老师{{minority/uyghur:古丽加马力·肉孜}}说，女儿上课爱举手，就是字写得潦草。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:古尔邦节}}的时候我做{{trap/minority_word:抓饭}}，带孩子们去亲戚家拜节。晚上丈夫给孩子们讲{{trap/famous:阿凡提}}的故事，还讲{{trap/famous:麻赫穆德·喀什噶里}}写书的事，说咱们{{trap/place:疏勒}}这边出过大学问家。
访谈者：日子上最难的是什么？
受访者：去年冬天丈夫透析完回来发烧，半夜里喘不上气，我背不动他，是{{minority/uyghur:吐尔洪江}}开车送到县医院的。现在我每天早上五点起来，做完饭送孩子上学，再去合作社缝衣服，一个月能挣{{trap/number:两千出头}}。
访谈者：登记表要写住址和号码。
受访者：家在{{address:疏勒县罕南力克镇阿热买里村4组23号}}。我的身份证{{id_number@wy1984.653122}}，{{minority/uyghur:塔依尔江·阿布都外力}}的{{id_number@my2011hyphen.653122}}。我的电话{{mobile@s74}}，{{han:杜振华}}队长的微信{{wechat:duzhenhua_sl}}。儿子有个QQ，老师说上网课要用，号码是{{qq:3185027469}}。
访谈者：名字写得一样吗？
受访者：不一样。户口本上是{{minority/uyghur:塔依尔江·阿布都外力}}，低保卡上是{{minority/uyghur:塔依尔江阿布都外力}}，没有点。学校表上女儿是{{spaced:阿 丽 米 热}}，我被写成{{spaced:热孜万古丽 · 阿不都热依木}}，丈夫成了{{spaced:阿布都外力 吾斯曼}}，公公成了{{spaced:吾斯曼　·　卡德尔}}。
访谈者：您最大的心愿是什么？
受访者：盼丈夫能等到换肾，盼孩子们念好书。小儿子还小，我就希望他快快长大。
""")
DOCS["H295"] = ("staff", """\
访谈者：您今天带来的是什么材料？
受访者：一份监护干预的个案卷宗，还有两户困境儿童的台账。我叫{{han:赵玉峰}}，在{{trap/place:太仆寺旗}}民政局儿童福利股干了十一年。我照着卷宗念，你记。
访谈者：好，请说。
受访者：第一户在{{trap/place:千斤沟镇}}。户主{{han:闫宝军}}，男，三十九岁，前年肝癌去世。妻子{{han:崔丽萍}}，精神残疾二级，住在{{trap/place:张北}}她娘家，基本不能照顾孩子。两个孩子，{{han:闫子涵}}十三岁，{{han:闫子诺}}九岁，现在跟奶奶{{han:宫桂兰}}过。系统里户主那一栏录成了“{{han:宫桂兰}}{{han:宫桂兰}}”，是镇上录入的时候点了两遍，还没改过来。身份证号：{{han:宫桂兰}}{{id_number@wold.152527}}，{{han:闫子涵}}{{id_number@wy2012spaced.152527}}。家庭住址{{address:太仆寺旗千斤沟镇西山嘎查五组19号}}。
访谈者：这户现在享受什么救助？
受访者：两个孩子按事实无人抚养，每人每月{{trap/number:一千三百九}}，奶奶另有低保。镇上的儿童督导员{{han:刘永利}}每月入户一次，卷宗里附了他写的走访记录。{{han:刘永利}}说，奶奶腿脚不好，冬天取暖是个大问题，我们给申请了临时救助{{trap/number:三千元}}。
访谈者：第二户呢？
受访者：第二户在{{trap/place:宝昌镇}}，是监护干预的案子。父亲{{han:常海龙}}酒后经常打孩子，去年把儿子的胳膊打断了，判了两年。母亲{{minority/mongolian:包阿如娜}}是蒙古族，离婚后去了{{trap/place:锡林浩特}}。儿子{{han:常思源}}十一岁，女儿{{han:常思雨}}七岁。{{minority/mongolian:包阿如娜}}她说愿意接孩子，可她自己打零工，住不下。现在是孩子的姥爷{{minority/mongolian:包额尔敦仓}}照顾。{{han:常思源}}胳膊好了以后{{trap/word:常常}}半夜惊醒，学校的心理老师{{compound:司空雨桐}}一直在跟。
访谈者：法院那边是怎么判的？
受访者：检察院起诉，法院撤销了父亲的监护资格，指定姥爷为监护人，民政兜底。卷宗里有手写的表，名字是{{spaced:常 思 源}}、{{spaced:常　思　雨}}，姥爷写成了{{spaced:包 额 尔 敦 仓}}，还有把{{minority/mongolian:包阿如娜}}写成{{spaced:包阿 如娜}}的。身份证：{{han:常思源}}{{id_number@my2014x.152527}}，姥爷{{id_number@my1958quad.152527}}。住址{{address:太仆寺旗宝昌镇御马苑小区7号楼3单元402室}}。
访谈者：第三户？
受访者：第三户在{{trap/place:骆驼山镇}}，孩子叫{{compound:东方一鸣}}，十岁，父母前后脚病故，是孤儿。监护人是姑姑{{compound:东方秀芝}}，她家在{{address:太仆寺旗骆驼山镇营盘村二组6号}}。孩子的身份证{{id_number@my2015fwhyphen.152527}}，姑姑的电话{{mobile@hyphen}}。孤儿基本生活费每月{{trap/number:一千六百八}}。卷宗里孩子的名字被写成{{spaced:东 方 一 鸣}}，档案员是{{han:邬建新}}，他说手写的表都要重新录。
访谈者：卷宗一般怎么建？
受访者：接到报告先入户，看孩子的吃穿住、上学、身体，再问亲属愿不愿意接。每一步都要留照片、签字，一户的卷宗厚的有两三百页。监护干预的案子还要跟公安、检察院、学校开联席会，谁负责什么写得清清楚楚。
访谈者：这几户还有谁在帮？
受访者：第一户的村支书{{han:周庆丰}}，第二户社区的网格员{{han:黄玉洁}}。旗里购买服务，社工机构派了两个人，一个叫{{compound:百里晴川}}，还有同事{{compound:第五嘉树}}。{{compound:百里晴川}}说{{compound:东方一鸣}}这孩子画画好，给他报了个美术班。旗医院的{{han:祁凤琴}}大夫给{{han:闫子诺}}看过哮喘。
访谈者：您这里有孩子家长的联系方式吗？
受访者：有。{{han:宫桂兰}}的电话{{mobile@spaced}}，{{minority/mongolian:包额尔敦仓}}的电话{{mobile@p86n}}，他的微信是外孙给弄的，{{wechat:baoerdun_1958}}。大孩子有个QQ，她说想找人说话的时候就上去，号码我抄在卷宗里了，你看这一页——{{qq:483920571}}。
访谈者：做这些个案，最难的是什么？
受访者：最难的是监护这一块。亲戚能接的，日子也不宽裕；接不了的，只能送{{trap/org:儿童福利院}}。我们这里冬天长，老人取暖、孩子上学都是事。我们旗历史上是给皇家养马的地方，{{trap/famous:太仆寺}}就是清朝管马政的衙门，现在说起来是老黄历了，可穷是真的。
访谈者：表上还有别的问题吗？
受访者：手写的名字乱得很，{{spaced:闫　子　涵}}，还有把社工写成{{spaced:百里 晴川}}的。系统里名字对不上，钱就发不下去，我们一户一户对。
""")

DOCS["H296"] = ("family", """\
访谈者：大哥，您家里现在是什么情况？
受访者：我叫{{han:于德海}}，四十四，家在{{trap/place:双鸭山}}。原来在矿上下井，矿关了，现在开出租。媳妇{{han:隋桂荣}}前年查出来尿毒症，一礼拜透析三回，人瘦得脱了相。家里俩孩子，大闺女{{han:于思彤}}十五，小子{{han:于浩洋}}九岁。
访谈者：孩子们在哪儿上学？
受访者：闺女在{{school:双鸭山市第一中学高一（7）班}}，小子在{{school:尖山区东平小学三年级（2）班}}。{{han:于思彤}}也知道家里难，放了学先去医院给她妈送饭，再回来写作业。{{han:于浩洋}}就是淘，上课坐不住，他们班{{han:张丽娟}}老师三天两头给我打电话。
访谈者：媳妇的病花了多少钱？
受访者：透析医保报得多，可别的药自己掏，一年得{{trap/number:四五万}}。医生说换肾最好，可肾源得等，钱也得准备{{trap/number:二十来万}}。我白天开车，晚上去医院陪床，{{trap/word:于是}}就把小子托给我妈{{han:葛凤芝}}。我妈七十了，腿也不好。
访谈者：谁帮过你们？
受访者：社区的网格员{{han:关春梅}}，她给我们报了低保，又帮俩孩子申请了困境儿童补贴，每人每月{{trap/number:五百四}}。社区主任{{han:郑长林}}那边还给办了大病救助。{{han:关春梅}}大姐说，有啥难处就找她，她手机二十四小时开着。医院的肾内科主任{{han:单立新}}给我们联系了慈善基金，报销了一部分，市{{trap/org:妇联}}也给孩子们送过书包。市里社工站的社工叫{{compound:皇甫嘉禾}}，跟她一起的是{{compound:呼延子墨}}，他们每个月来一回，陪孩子们聊天。
访谈者：亲戚们呢？
受访者：我哥{{han:于德江}}在{{trap/place:宝清}}种地，秋天给送大米、土豆。媳妇的妹妹{{han:隋桂香}}在{{trap/place:哈尔滨}}，打过两回钱。我原来矿上有个工友，叫{{han:宋金柱}}。他也常来，{{han:宋金柱}}他们家开了个修车铺，孩子自行车坏了都是他修。孩子们放学常去对门{{han:刘冬梅}}姨家写作业，她是退休的老师。派出所的{{han:赵德明}}所长帮着开住院要用的证明，跑前跑后。
访谈者：矿上关了以后您怎么找的活？
受访者：矿是前年关的，一起下井的兄弟有的去了南方，有的在家打零工。我四十多了，出去没人要，就贷款买了辆二手出租。一天跑十二个钟头，车队的队长{{han:耿大勇}}知道我家的事，份子钱给我减了一半。除去油钱、份子钱，能挣个一百五六。媳妇透析那天我就得停车，一个礼拜少跑三天。冬天零下三十来度，车打不着火，我凌晨三点起来烤车。
访谈者：孩子们帮家里干活吗？
受访者：闺女做饭、洗衣裳都会，小子也学着扫地、倒垃圾。有一回小子把攒了一年的压岁钱拿出来，说给妈妈买肾。我跟他说，肾不是买的，是等的。他说那他就天天等。
访谈者：孩子们心理上怎么样？
受访者：闺女心重。有一回半夜我听见她在屋里哭，说怕她妈没了。学校的心理老师{{han:徐文静}}找她谈过几回，好点了。{{han:于浩洋}}也说要好好学习，将来当医生，给他妈看病。我跟他说，你先把作业写完再说。
访谈者：过年过节怎么过？
受访者：去年过年媳妇在医院过的，我带俩孩子在病房里包了顿饺子。护士们都来吃，说从来没在病房过过这么热闹的年。我给孩子们讲{{trap/famous:赵尚志}}打鬼子的事，说咱们这片儿的人骨头硬，啥难都扛得过去。
访谈者：您自己身体呢？
受访者：腰不行，下井落下的病。开出租一坐一天，晚上腰疼得睡不着。可不能倒，我倒了这个家就散了。{{trap/org:矿务局}}原来的老领导也来看过我们，说有困难就吱声。
访谈者：登记表要写地址和号码。
受访者：家在{{address:尖山区七星街道东平社区和平小区8号楼4单元301室}}，我妈家在{{address:集贤县福利镇永胜村三组12号}}。我身份证{{id_number@my1981.230502}}，闺女的{{id_number@wy2010quad.230502}}。我的电话{{mobile@plain}}，{{han:关春梅}}的电话{{mobile@plus86}}，她微信{{wechat:guanchunmei_wgy}}。闺女的QQ是{{qq:1638204597}}，她说有事可以找她。
访谈者：名字在表上写得对吗？
受访者：有错的。医院的单子上媳妇写成了{{spaced:隋 桂 荣}}，闺女在救助表上是{{spaced:于　思　彤}}，社工也被写成{{spaced:皇甫 嘉禾}}。
访谈者：您最想说什么？
受访者：盼媳妇早点等到肾源，盼孩子们别因为家里的事耽误了念书。闺女说要考医学院，我说爸供你。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=289,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout39",))


if __name__ == "__main__":
    main()
