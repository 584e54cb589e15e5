# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 83 (tests/pii/holdout83/H649-H656 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 82, written at the same time by another
writer, is not an earlier set).

Set 83 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
杭锦旗 who fits car doors in 中牟 (郑州) while his mother at home looks after his half-paralysed wife and their three
children; a Tibetan grandmother from 萨迦 washing dishes in the canteen of the inland Tibetan school in 井陉
(石家庄) where her two grandchildren board, their father in prison in 拉萨 and their mother remarried; a Hui
grandmother in 淮阳 (周口, 河南) whose son is on dialysis and whose daughter-in-law left; a Han mother in 高邑
(石家庄) whose husband was paralysed by a fall from a kiln roof, with three children called by word nicknames; a
Han primary-school teacher in 元氏 (石家庄) going through six pupils and their parents on WeChat and QQ; a Uyghur
grandfather from 民丰 selling naan in 南票 (葫芦岛) with the two children of his son, back home after a stroke; a Han
court clerk in 赞皇 (石家庄) reading from the file of a case that declared a mother missing and made the
grandparents guardians; and a Han grandmother in 商水 (周口, 河南) raising her grandson while her son is in a mental
hospital. The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one
trick: Mongolian names of four to six characters (巴德荣贵, 温都日玛, 图格吉勒图, 萨如拉其其格, 胡日查毕力格) with
short forms after the full name (荣贵, 温都住院, 图格他) and a Han surname before a Mongolian given name (奇满都呼)
beside the Han name of the same man (奇德荣); Ü-Tsang Tibetan names (曲吉卓玛, 扎西拉巴, 贡觉曲吉, 达瓦扎堆,
洛桑贡嘎, 欧珠罗布) with contracted short forms (扎拉, 贡曲, 达扎) and Han names given to Tibetan children
(唐雪晴, 唐雪松); Hui Han-form names (沙秀芹, 丁永刚, 穆红梅, 米桂兰) beside 经名 used alone (赛尔黛, 乌玛尔, 祖拜德,
海低洁, 努尔哈) and a Han surname before an Arabic name (丁祖拜德, 白朱拜尔); Uyghur given name + father's name with
and without the dot (亚森·托乎提 and 亚森托乎提, 麦尔丹·亚森 and 麦尔丹亚森, 排孜丽耶·麦尔丹) and short forms
(亚森大爷, 麦尔丹, 艾合塔木, 肉孜他); Han word nicknames, annotated whole (枣儿, 蚂蚱, 蒜苗, 墨墨); Han names with
common and rarer surnames, titles and kin words, names that contain words, a name written twice, names directly
before particles and verbs and after 叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after
ordinary words; and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:邸晓静}}``, ``{{qq:2841730596}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2011hyphen.542325}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (:data:`_setkit.ID_SHAPES`, :data:`_setkit.MOBILE_SHAPES`);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 阿訇, 大姐,
婶子, 姨, 大爷, 大哥) and a particle, pronoun or verb written directly after a name (说, 的, 家, 也, 都, 就, 她, 他,
他们家, 那边) are outside the span; a word nickname (枣儿, 蚂蚱, 蒜苗) is annotated whole. Han-style names of
Mongolian, Tibetan and Hui people (奇德荣, 唐雪晴, 丁永刚) are category han; a Han surname before a non-Han given
name (奇满都呼, 丁祖拜德) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout83/make_holdout83.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(83_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "177", "180", "185", "186", "189", "193", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H649: Mongolian father from 杭锦旗 who fits car doors in 中牟 (郑州); his wife half paralysed by a stroke, his mother
# raising the three children at home.
DOCS["H649"] = ("family", """\
访谈者：您先说说自己和家里的情况吧。
受访者：我叫{{minority/mongolian:巴德荣贵}}，户口本上还有个汉名叫{{han:奇德荣}}，家在{{trap/place:杭锦旗}}北边的牧区，挨着{{trap/place:库布其沙漠}}。这四年我在{{trap/place:中牟}}汽车城的配件厂装车门，一个月五千出头。厂里的人叫不惯蒙古名，都喊我{{minority/mongolian:荣贵}}。
访谈者：家里还有谁？
受访者：老婆{{minority/mongolian:温都日玛}}前年脑出血，半边身子不听使唤，话也说不利索。我妈{{minority/mongolian:萨如拉其其格}}七十一了，一个人在家伺候她，还拉扯三个孩子。老大{{minority/mongolian:图格吉勒图}}十三岁，在{{school:杭锦旗蒙古族中学初一（2）班}}住校；老二{{minority/mongolian:额日古娜}}九岁，在{{school:锡尼镇第二小学三年级（4）班}}；老三{{minority/mongolian:娜布其}}才四岁。
访谈者：您怎么想到来郑州打工？
受访者：{{minority/mongolian:温都}}住院那回欠了八万多，卖了二十只羊也不够。我堂弟{{minority/mongolian:胡日查毕力格}}先到的{{trap/place:郑州}}，他说这边厂子招人，管吃管住，我就跟过来了。车间主任{{han:王保林}}人实在，知道我家的事，夜班尽量不排我，让我下了班还能跟家里视频。
访谈者：孩子们在家谁管？
受访者：主要靠我妈。嘎查的儿童主任{{minority/mongolian:奇满都呼}}三天两头往我家跑，她给老三报了困境儿童，给我老婆办了二级残疾证。苏木的民政助理{{han:李玉林}}说我家够低保，一年下来能领一万出头。旗{{trap/org:残联}}还送来一辆轮椅，{{trap/org:妇联}}过年给孩子们送了新棉袄。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:图格}}他懂事，周末回家就帮奶奶拉水、喂羊。班主任{{han:杨春苗}}老师说他数学好，就是不爱说话。{{minority/mongolian:图格}}跟我说，爸，我长大了去郑州跟你一块儿干。我说你好好念书，别学我。{{minority/mongolian:额日古娜}}也乖，她们班的{{han:刘海萍}}老师常给她梳小辫。{{han:刘海萍}}说孩子想妈，上课老走神。
访谈者：您在这边有人照应吗？
受访者：有。同乡{{minority/mongolian:布日古德}}在隔壁厂开叉车，{{minority/mongolian:布日古德}}他周末叫我去他家吃{{trap/minority_word:炒米}}、喝奶茶，说说蒙古话。房东{{han:孔繁荣}}大姐知道我一个人，常端一碗{{trap/food:烩面}}过来。社区有两个社工，女的叫{{compound:上官秋萍}}，跟她搭档的是{{compound:赫连书豪}}，两个人帮我把老婆的医保异地报销办下来了，省了好几千。
访谈者：家里老人身体呢？
受访者：我妈腿疼，冬天最难熬。邻居{{minority/mongolian:伊德日图}}家的小子帮着拉水、扫雪。嘎查医生{{minority/mongolian:沙格德尔}}每个礼拜来一趟，给我老婆量血压、扎针。我妈说{{minority/mongolian:沙格德尔}}就是咱家的福星。
访谈者：过年回去吗？
受访者：回。{{trap/minority_word:查干萨日}}前两天到家，孩子们围着我转。我妈穿上{{trap/minority_word:蒙古袍}}，给孩子们讲{{trap/famous:江格尔}}的故事，讲到半夜。老三不认得我了，躲在奶奶身后，过了三天才肯叫爸。那一回我在车站哭了，回来路上一句话没说。
访谈者：您最担心的是什么？
受访者：钱，还有我妈的身子。她要是倒下了，这一家子就散了。我跟车间的{{compound:濮阳振宇}}商量过，他说中牟这边有公租房，孩子也能在这边上学，可我老婆离不开老家的医生，闺女说她也舍不得奶奶。厂里工会的{{han:聂红霞}}主席说，明年给我申请个困难职工补助，{{trap/number:三千块}}。
访谈者：您在厂里一天的活儿累吗？
受访者：累。流水线上一站就是十个钟头，车门一扇二十多斤，一天装三百多扇，下了班胳膊都抬不起来。可我不敢歇，一歇这个月的钱就少了。晚上回到宿舍，先跟家里视频，老三在那头喊爸爸，喊完了就跑去玩，我还舍不得挂。有时候在视频里看见老婆坐在炕上发呆，我就跟她说说厂里的事，说郑州的楼有多高、路上的车有多多，她听着听着就笑了。那一会儿是我一天里最好的时候。
访谈者：牧区的草场现在怎么样？
受访者：禁牧以后羊少了，政府给草场补奖，一亩地几块钱。家里剩下三十来只羊，我妈一个人放不过来，托给邻居一块儿放，年底分几只羊羔给人家。我想再干两年，攒点钱回去，在旗里开个修车铺，离家近，能顾上孩子，也能顾上老人。
访谈者：登记表上要填地址、证件和电话。
受访者：老家在{{address:杭锦旗锡尼镇阿日斯楞图嘎查三社8号}}，我在这边住{{address:中牟县青年路和谐小区5号楼2单元302室}}。我身份证{{id_number@my1979.150625}}，我老婆的{{id_number@wy1985spaced.150625}}。我电话{{mobile@plain}}，家里有事打{{mobile@s38}}，那是孩子舅舅的号。我微信{{wechat:rongui_bd1979}}。{{minority/mongolian:图格}}在学校机房上QQ，号码他写在我的工作证背面了：{{qq:2841730596}}。
访谈者：表上的名字写对了吗？
受访者：老是写错。学校名单上是{{spaced:图 格 吉 勒 图}}，我妈的低保表上写成{{spaced:萨如拉　其其格}}，我自己是{{spaced:巴德 荣贵}}，闺女是{{spaced:额 日 古 娜}}。厂里花名册上写的是{{spaced:奇　德　荣}}，发工资的时候对了半天。
""")

# H650: Tibetan grandmother from 萨迦 washing dishes at the inland Tibetan school in 井陉 (石家庄) where her two
# grandchildren board; their father in prison in 拉萨, their mother remarried.
DOCS["H650"] = ("family", """\
访谈者：阿妈，您怎么从萨迦来到井陉的？
受访者：我叫{{minority/tibetan:曲吉卓玛}}，家在{{trap/place:萨迦}}县城往南的村子里，今年六十三了。两个孙子在{{trap/place:石家庄}}念内地西藏班，学校搬到{{trap/place:井陉}}的新校区以后，校长说食堂缺个洗碗的，问家里有没有人愿意来。我就来了，一来三年。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{minority/tibetan:扎西拉巴}}在{{trap/place:拉萨}}开出租，喝了酒跟人打架，把人打伤了，判了六年，还有两年才出来。儿媳{{minority/tibetan:米玛曲宗}}等了一年，后来回了{{trap/place:日喀则}}娘家，又成了家。她也难，我不怪她。村里人都叫我儿子{{minority/tibetan:扎拉}}，{{minority/tibetan:扎拉}}他小时候最听话，就是喝了酒管不住自己。
访谈者：两个孩子多大了？
受访者：孙女{{minority/tibetan:贡觉曲吉}}十五，在{{school:石家庄市育英中学西藏班初三（1）班}}，家里叫她{{minority/tibetan:贡曲}}。孙子{{minority/tibetan:达瓦扎堆}}十三，在{{school:育英中学西藏班初一（3）班}}，小名叫{{minority/tibetan:达扎}}。他也爱踢球，课间跑得满头大汗，衣服一天换两身。
访谈者：孩子们有汉名吗？
受访者：有。{{minority/tibetan:扎拉}}在拉萨有个开饭馆的汉族朋友叫{{han:唐永利}}，孩子出生的时候给起的，孙女叫{{han:唐雪晴}}，孙子叫{{han:唐雪松}}。学校花名册上写藏名，医院、银行有时候写汉名，对不上号，我跑了好几趟。
访谈者：在学校谁照顾他们？
受访者：班主任{{han:邢丽霞}}老师，石家庄人，待孩子们像亲妈。藏文老师{{minority/tibetan:洛桑贡嘎}}是从日喀则派来的，{{minority/tibetan:洛桑贡嘎}}他知道我家的事，常叫两个孩子去他宿舍喝{{trap/minority_word:酥油茶}}。生活老师{{han:贾凤琴}}大姐夜里查房，总给孙女掖被子。学校的心理老师叫{{compound:司徒安琪}}，孙女有一阵子天天哭，是她一点点劝好的。
访谈者：老家那边谁帮忙？
受访者：村里的儿童主任{{minority/tibetan:次旺多吉}}给两个孩子报了事实无人抚养，每人每月{{trap/number:一千二百六}}。乡里的干部{{minority/tibetan:顿珠次仁}}来家里核过，拍了照片。我妹妹的儿子{{minority/tibetan:欧珠罗布}}帮着看房子、种那几亩青稞。他说，姨妈你放心，地荒不了。
访谈者：您在井陉过得惯吗？
受访者：开头不惯，夏天热得睡不着，也吃不上{{trap/minority_word:糌粑}}。房东{{han:王凤琴}}是个热心人，带我去{{trap/place:苍岩山}}烧过香，还教我包饺子。食堂的师傅{{han:张宝国}}说我干活利索，过年给我多发了{{trap/number:五百块}}。{{trap/minority_word:藏历新年}}的时候，学校让藏族娃娃们跳{{trap/minority_word:锅庄}}，我在底下看着，心里又{{trap/word:高兴}}又难受。
访谈者：孩子们跟爸爸联系吗？
受访者：监狱一个月让打一回电话。{{minority/tibetan:贡曲}}每回都哭，{{minority/tibetan:达扎}}不哭，光问爸爸冷不冷。拉萨法律援助中心的律师{{compound:皇甫振林}}帮着申请过减刑，说表现好能早一年出来。我晚上给孩子们讲{{trap/famous:格萨尔}}王的故事，孙子说他长大要当警察。
访谈者：孩子们的同学呢？
受访者：{{minority/tibetan:贡曲}}最要好的是{{minority/tibetan:卓嘎普赤}}，还有{{minority/tibetan:帕珍}}，都是萨迦的。放假回不去的时候，{{minority/tibetan:帕珍}}她妈从老家捎来牛肉干，三个孩子分着吃。
访谈者：您在食堂一天干些什么？
受访者：早上五点起，先烧开水，再帮着蒸馒头。开饭以后洗碗，一顿饭下来七八百个碗，手在水里泡得发白。中午歇一个钟头，下午择菜、拖地。活不轻，可能天天看见孙子孙女，我就知足。孩子们吃完饭从窗口经过，冲我挤挤眼睛，别的娃娃不知道那是我孙子孙女，我心里偷偷乐。学校一个月给我两千四，管吃管住，我攒下来一半寄回老家，再给儿子在监狱的账上存一点。
访谈者：您想家吗？
受访者：想。想我们村后面的山，想家里那头老牦牛，想庙里点的酥油灯。这边冬天不下雪，夏天没有风，日头毒得很。可孙子们在这儿，我就在这儿。等孙女考上高中，我再看。她说想考内地的大学，学护理，回去给村里人看病。
访谈者：登记表上要填地址和号码。
受访者：老家是{{address:萨迦县吉定镇达木村二组11号}}，我在这边租的是{{address:井陉县微水镇康宁小区3号楼1单元201室}}。我身份证{{id_number@wy1963.542325}}，孙女的{{id_number@wy2011hyphen.542325}}。我电话{{mobile@spaced}}，我外甥的电话{{mobile@plus86}}。孙女有个QQ，在学校机房上，跟同学传作业用，号码是{{qq:1970352846}}。我微信是孙女给弄的，叫{{wechat:quji_zhuoma63}}。
访谈者：表上的名字写得对吗？
受访者：常错。学校名单上是{{spaced:贡 觉 曲 吉}}，孙子写成{{spaced:达瓦 扎堆}}，我在食堂的工资表上是{{spaced:曲　吉　卓　玛}}。
""")

# H651: Hui grandmother in 淮阳 (周口, 河南); her son on dialysis, his wife gone, two grandchildren.
DOCS["H651"] = ("family", """\
访谈者：大娘，您家里的情况跟我们说说。
受访者：我叫{{han:沙秀芹}}，经名{{minority/hui:赛尔黛}}，在{{trap/place:淮阳}}东关住了一辈子，离{{trap/org:清真寺}}就隔两条街。老头子{{han:丁长海}}走了七年了。儿子{{han:丁永刚}}，经名{{minority/hui:乌玛尔}}，三年前查出尿毒症，一个礼拜去{{trap/place:周口}}透析三回。儿媳{{han:白丽娟}}熬不住，离了婚去了{{trap/place:杭州}}，再没回来。
访谈者：孙子孙女多大了？
受访者：孙子十二，学名{{han:丁浩博}}，满月那天阿訇给起的经名是{{minority/hui:祖拜德}}，他班上的回族娃娃都叫他{{minority/hui:丁祖拜德}}。孙女九岁，学名{{han:丁欣怡}}，经名{{minority/hui:海低洁}}。{{minority/hui:祖拜德}}在{{school:淮阳区城关回民小学六年级（2）班}}，{{minority/hui:海低洁}}在{{school:淮阳区东关小学三年级（5）班}}。
访谈者：您儿子现在怎么样？
受访者：{{minority/hui:乌玛尔}}他瘦得脱了相，透析完回来就躺着。以前他在{{trap/place:漯河}}贩牛，一年能挣十来万，病了以后钱都花光了。医院透析室的{{compound:闾丘明辉}}大夫说，能等到肾源就好，等不到就这么一直透下去。{{han:丁永刚}}说他不想拖累家里，我骂了他一顿。
访谈者：谁帮过你们家？
受访者：寺里掌教的{{minority/hui:白朱拜尔}}阿訇，每到{{trap/minority_word:主麻}}，散了以后给我家送{{trap/minority_word:乜贴}}。社区的{{han:杨振江}}书记给我们报了低保，两个娃娃按困境儿童报上去，一个月每人{{trap/number:六百八}}。街道民政所的{{han:金海林}}来核过三趟。邻居{{han:米桂兰}}婶子常帮着接送孙女，{{han:米桂兰}}家的大孙子跟{{minority/hui:祖拜德}}一个班。
访谈者：孩子们在学校怎么样？
受访者：孙子的班主任{{han:穆红梅}}老师说他算术好，就是上课犯困，夜里替他爸揉腿揉到半夜。我心疼，可也拦不住。{{minority/hui:海低洁}}她胆小，班上有个男娃娃说她爸是病秧子，她哭着回来。第二天{{han:穆红梅}}老师把那个男娃娃叫到讲台上，让他给{{minority/hui:海低洁}}道了歉。
访谈者：寺里还有别的帮助吗？
受访者：女学的师娘{{minority/hui:努尔哈}}教孙女念经、学规矩。清真寺开斋的时候，乡老{{han:马德江}}挨家收了钱，给我家买了一台{{trap/word:沙发}}床，儿子透析回来能躺着。院里那棵{{trap/word:丁香}}也是他帮着栽的。{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}，我先给{{han:马德江}}家送一盘。
访谈者：您自己身体呢？
受访者：高血压，腰也不行。社区的社工{{compound:公孙慧娟}}给我约了{{trap/org:乡卫生院}}的免费体检。她说我这个岁数得歇着，我说歇不了，两个娃娃还小。孙女问我，奶奶，{{trap/famous:伏羲}}爷是不是管看病的？我说那是人祖，{{trap/place:太昊陵}}庙会的时候带你去看。
访谈者：您盼什么？
受访者：盼儿子能换上肾，盼{{minority/hui:祖拜德}}好好念书。{{trap/famous:孔子}}当年在{{trap/place:弦歌台}}饿了七天都没停下讲学，我就跟孙子说这个。
访谈者：您儿子透析，一趟要花多少钱？
受访者：医保报了以后，一回自己掏一百多，一个月下来一千多块。加上路费，坐公交到周口得一个多钟头，他坐不住，只能包车，来回又是一百。低保那点钱全搭进去还不够。我在家门口摆了个小摊，卖自己炸的馓子和糖糕，一天能挣个三四十。天不亮就得起来和面，手上烫得全是泡。
访谈者：孩子们的妈妈联系过孩子吗？
受访者：头一年还打电话，后来就少了。去年孙女过生日，她寄来一个书包，里头夹着一张纸条，写着"妈妈对不起你"。孙女把纸条夹在课本里，谁也不让看。我不说她妈的坏话，孩子大了自己会明白。人各有各的难处，她嫁过来的时候才二十岁，哪知道会摊上这个。
访谈者：邻里之间呢？
受访者：东关的人都好，回汉都一样。谁家蒸了馍，都给我家送两个。过年的时候，汉族邻居也来帮着扫院子、贴窗花。
访谈者：登记表要填地址和号码。
受访者：家在{{address:淮阳区城关镇东关回民街三组17号}}，孩子他妈走前住的是{{address:淮阳区羲皇大道锦绣小区7号楼2单元502室}}。我的身份证{{id_number@wy1955fw.411626}}。我电话{{mobile@hyphen}}，儿子的{{mobile@plus86dash}}。{{minority/hui:乌玛尔}}他微信叫{{wechat:Ding_Wumaer}}。孙子有QQ，用他爸的手机登，说是跟老师交作业，号码我叫他写在墙上了，你看：{{qq:605821473}}。
访谈者：名字登记有问题吗？
受访者：有。学校把孙子写成{{spaced:丁 祖 拜 德}}，把我写成{{spaced:沙秀 芹}}，医院的单子上儿子是{{spaced:丁　永　刚}}。
""")

# H652: Han mother in 高邑 (石家庄); her husband paralysed by a fall from a kiln roof, three children called by word
# nicknames.
DOCS["H652"] = ("family", """\
访谈者：大姐，先说说您家的情况吧。
受访者：我叫{{han:韩玉娟}}，{{trap/place:高邑}}人，在{{trap/place:石家庄}}南边的陶瓷厂干了十来年。孩子他爸{{han:牛建斌}}原来也在厂里，前年上窑顶修烟道，脚下一滑摔下来，腰椎断了，下半身没了知觉。三个孩子，大闺女{{han:牛佳慧}}十四，小名{{han:枣儿}}；儿子{{han:牛浩天}}十一，小名{{han:蚂蚱}}；小闺女六岁，我们都叫她{{han:蒜苗}}。
访谈者：为什么起这样的小名？
受访者：{{han:枣儿}}是秋天生的，院里的枣正红。{{han:蚂蚱}}打小坐不住，蹦来蹦去，他奶奶就这么叫开了。{{han:蒜苗}}生下来瘦瘦长长的，她爸说像根刚出土的嫩芽，叫着叫着就改不了了。
访谈者：孩子爸爸出事以后，家里怎么过？
受访者：厂里赔了十二万，看病花得差不多了。{{han:牛建斌}}他现在整天躺着，脾气坏，有时候冲孩子嚷。{{han:枣儿}}说妈你别跟我爸吵，他疼。我听了心里难受。村支书{{han:邱长河}}给我们报了低保，儿童主任{{han:申彩霞}}把三个孩子都登记成困境儿童，每人每月{{trap/number:二百五}}的补助。乡民政所的{{han:武立军}}所长说，孩子他爸的残疾证办下来还有护理补贴。
访谈者：孩子们上学怎么样？
受访者：{{han:枣儿}}在{{school:高邑县第二中学初二（6）班}}，班主任{{han:甄秀峰}}老师说她是班上的学习委员。{{han:蚂蚱}}也在镇上念，{{school:大营镇中心小学五年级（1）班}}，他就是不爱写作业，老师打电话来我就头疼。{{han:蒜苗}}在幼儿园大班，{{han:蒜苗}}她最黏她爸，放了学先爬到床边给她爸讲幼儿园的事。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来。厂里老板{{han:齐德胜}}照顾我，让我上白班。工友{{han:温晓红}}，孩子们管她叫{{han:温晓红}}姨，她家离得近，下了班顺路把{{han:蒜苗}}接回来。我婆婆{{han:杜凤兰}}七十了，早上给孩子们热{{trap/word:牛奶}}，能帮着做饭，可扶不动人。县{{trap/org:残联}}的{{han:王立伟}}送来一张护理床，还教我怎么给他翻身，防褥疮。
访谈者：有社工来过吗？
受访者：来过两个，一个叫{{compound:令狐晓燕}}，还有一个跟她一块儿来的叫{{compound:巫马永强}}。{{compound:令狐晓燕}}给大闺女找了个大学生志愿者，周末在网上给她补英语。{{compound:巫马永强}}陪{{han:蚂蚱}}踢球，孩子说他是他亲哥。
访谈者：家里亲戚呢？
受访者：我娘家哥哥{{han:韩玉柱}}常来，农忙的时候我就让{{han:韩玉柱}}帮着干地里的活。孩子他叔{{han:牛建勇}}在{{trap/place:天津}}跑外卖，每个月打回来五百。我哥说，只要他在一天，就不让孩子们退学。
访谈者：您听说过高邑的来历吗？
受访者：听老人讲过，{{trap/famous:刘秀}}在这儿的{{trap/place:千秋亭}}登的基，这地方才叫高邑。我给孩子们讲，人得有志气。{{han:牛佳慧}}说她以后要考到{{trap/place:北京}}去，学医，回来给她爸治腰。
访谈者：您在陶瓷厂干的是什么活？
受访者：在抛光线上看机器，一天站十二个钟头，两班倒。车间里灰大，戴着口罩也呛，下了班鼻孔里都是白的。一个月四千二，比在家种地强。可我一上夜班，家里就剩婆婆跟三个孩子，还有一个躺着的。我最怕半夜接电话，手机一响我就心慌。
访谈者：孩子们知道家里的难处吗？
受访者：知道，懂事得让人心疼。大闺女放了学先做饭，再写作业，写到半夜。儿子以前爱要零食，现在路过小卖部都不看一眼。有一回他在学校捡饮料瓶子，攒了一书包，说卖了给他爸买止疼膏。小闺女不懂啥，可她知道不吵她爸睡觉，走路都踮着脚。
访谈者：您自己有什么打算？
受访者：熬呗。等大闺女考上高中，我就轻省点了。村里说明年给我们家门口修个坡道，轮椅能推出来晒晒太阳。他爸在屋里躺了两年，头一回推出门的时候，眼都睁不开。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:高邑县大营镇南焦村四组23号}}，我娘家在{{address:高邑县城关镇建设路富强小区2号楼1单元401室}}。我身份证{{id_number@wy1984.130127}}，他爸的{{id_number@my1982hyphen.130127}}。我电话{{mobile@s434}}，他爸的{{mobile@plain}}。我微信叫{{wechat:hanyujuan_1984}}。{{han:枣儿}}的QQ是她班主任让注册的，传作业用，号码在她本子皮上写着，我念给你：{{qq:3107564928}}。
访谈者：表上的名字写对了吗？
受访者：老写错。低保表上他爸写成{{spaced:牛 建 斌}}，大闺女的学名写成{{spaced:牛佳 慧}}，我是{{spaced:韩　玉　娟}}。
""")

# H653: Han primary-school teacher in 元氏 (石家庄) who keeps in touch with the families of six pupils on WeChat and QQ.
DOCS["H653"] = ("school", """\
访谈者：{{han:邸晓静}}老师，您班上有几个困境儿童？
受访者：六个。我在{{trap/place:元氏}}县城的小学教了十一年书，这届带四年级。名单在这儿，我一个一个说。
访谈者：好的。
受访者：第一个是{{han:霍长青}}，在{{school:元氏县槐阳小学四年级（3）班}}，就是我们班。他爸{{han:霍建国}}肝癌晚期，在{{trap/org:县医院}}住着，他妈在外地打工，一年回来一趟。{{han:霍长青}}跟他爷爷过，爷爷七十八了。我加了他妈的微信{{wechat:huo_mama0917}}，每个礼拜跟她说说孩子的情况。{{han:霍长青}}他作文写得好，写他爸，全班都哭了。
访谈者：第二个呢？
受访者：{{han:冯春雨}}，女孩，爸妈都是聋哑人，在{{trap/place:石家庄}}一家洗车行干活。孩子从小就是家里的翻译。她妈{{han:曹小凤}}不会打字，就给我发视频打手语，{{han:冯春雨}}在旁边翻。她妈的微信叫{{wechat:cxf_xichehang}}。社区的儿童主任{{han:李秀萍}}给她家报了残疾人两项补贴。
访谈者：第三个？
受访者：{{han:苗家和}}，他妈判了三年，诈骗，他爸早就不管了，跟着姥姥{{han:樊桂芝}}。{{han:苗家和}}也倔，谁提他妈他就跟谁急。他有QQ，是姥姥的老年机上登的，号码写在联系本上，第一页：{{qq:28460173}}。我晚上常在QQ上跟他说两句，他才慢慢肯开口。{{trap/org:县妇联}}给他找了个志愿者妈妈，叫{{compound:漆雕春梅}}，每个月带他出去一回。
访谈者：第四个？
受访者：{{han:阚思远}}，父母双亡，一场车祸，他跟舅舅{{han:魏长安}}过。舅舅家也有两个孩子，日子紧。民政局给他办了孤儿基本生活费，每月{{trap/number:一千六百五}}。舅舅的微信{{wechat:weichangan_ys}}，他说有啥事直接找他，他在县城开三轮，随叫随到。
访谈者：第五个？
受访者：一对双胞胎，{{han:郜雨欣}}和{{han:郜雨琪}}，爸妈在{{trap/place:北京}}送外卖，跟奶奶。奶奶不认字，家长会是她们的姑姑{{han:郜秀敏}}来。姑姑的QQ是{{qq:1364028759}}，她说微信老被儿子拿去打游戏，QQ上找她准。{{han:郜雨欣}}也爱画画，{{han:郜雨琪}}就爱唱，两个人性子一点都不像。
访谈者：第六个？
受访者：{{han:谭小满}}，她爸在工地摔伤了腿，现在坐轮椅，她妈{{han:陶春香}}一个人在超市理货。孩子说她长大要当医生。她妈微信{{wechat:taochunxiang_82}}，QQ是{{qq:907315248}}，她说晚上十点以后才有空。
访谈者：学校怎么帮这些孩子？
受访者：校长{{han:张广田}}定了规矩，困境儿童的午饭全免，校服、练习本学校出。副校长是{{compound:端木晓芸}}，她每学期给这几个孩子开个小会。我们数学组的{{compound:乐正国华}}老师每个礼拜三下午给他们补课，不收钱。
访谈者：您在网上跟家长联系，有什么难处？
受访者：有的家长不回。像第一个孩子他妈，有时候三四天不回一句。我就给孩子爷爷打电话，{{mobile@hyphen}}，老人家耳背，得喊着说。第二个孩子家的电话是{{mobile@plus86spaced}}，只能发短信。
访谈者：您平时怎么跟这些家长沟通？
受访者：多数时候是微信，发孩子的作业和在学校的照片。有的家长文化不高，看不懂长的字，我就发语音。也有家长不爱理人，我也不怪他们，日子过成那样，谁有心思回老师的话。我一个礼拜至少去一家家访，骑电动车，远的得四十分钟。冬天手冻得握不住车把，可去了看见孩子在家好好的，心就放下了。
访谈者：班上其他孩子对他们怎么样？
受访者：开头有笑话的，说谁家爸妈是哑巴，谁家妈坐牢。我开了一次班会，讲每个人家里都可能遇上难事，后来就好多了。现在同学们会把自己的铅笔、本子分给他们，过生日也叫上他们。
访谈者：学校有没有给孩子们讲什么故事？
受访者：讲过{{trap/famous:常山赵子龙}}，我们这儿离{{trap/place:正定}}近，孩子们都爱听。{{han:苗家和}}听完说，他也要当{{trap/famous:赵子龙}}那样的人，护着他姥姥。
访谈者：家访的地址您记着吗？
受访者：记着。{{han:冯春雨}}家在{{address:元氏县槐阳镇西关村五组16号}}，{{han:阚思远}}舅舅家在{{address:元氏县城区开元路康泰小区4号楼3单元602室}}。{{han:苗家和}}的身份证号我这儿有，{{id_number@my2016.130132}}，办保险时登记的。
访谈者：花名册上的名字写得对吗？
受访者：有错的。{{spaced:霍 长 青}}，{{spaced:郜雨 琪}}，还有{{spaced:阚　思　远}}，是教务系统导出来就带着空格。
""")

# H654: Uyghur grandfather from 民丰 selling naan in 南票 (葫芦岛) with the two children of his son, back home in
# hospital after a stroke, whose wife died.
DOCS["H654"] = ("family", """\
访谈者：大爷，您怎么想到来南票卖馕的？
受访者：我叫{{minority/uyghur:亚森·托乎提}}，家在{{trap/place:民丰}}，离{{trap/place:尼雅}}不远。年轻的时候在{{trap/place:和田}}打馕，后来老乡说东北人爱吃，我就来了{{trap/place:葫芦岛}}，在{{trap/place:南票}}菜市场边上盘了个{{trap/minority_word:馕坑}}，八年了。这边的人叫不全我的名字，都喊我{{minority/uyghur:亚森}}大爷。
访谈者：孙子孙女怎么跟着您？
受访者：儿子{{minority/uyghur:麦尔丹·亚森}}原来跟我一块儿打馕，三年前脑梗，半边身子不能动，回了民丰住院，我老伴{{minority/uyghur:阿曼古丽·克比尔}}在那边伺候他。儿媳妇前年得病没了。两个孩子不想离开这边的学校，就跟着我。孙子{{minority/uyghur:艾合塔木·麦尔丹}}十二，孙女{{minority/uyghur:排孜丽耶·麦尔丹}}九岁。
访谈者：孩子们在这边上学？
受访者：对。{{minority/uyghur:艾合塔木}}在{{school:南票区第一小学六年级（2）班}}，{{minority/uyghur:排孜丽耶}}在同一个学校念三年级。班主任{{han:那淑华}}老师是满族，她说咱们都是少数民族，{{han:那淑华}}她对两个孩子特别上心，冬天给孩子买了棉鞋。
访谈者：您儿子现在怎么样？
受访者：{{minority/uyghur:麦尔丹}}还在做康复，能拄着拐走几步了。他打电话说，爸，你别让孩子们看我这个样子。{{minority/uyghur:麦尔丹亚森}}他小时候最犟，现在话都少了。我老伴一个月只能打两回电话，地里还有几棵{{trap/word:红枣}}树要管。
访谈者：这边谁帮过你们？
受访者：社区的{{han:关秀芝}}主任，她给两个孩子报了困境儿童，跑了{{trap/org:区民政局}}好几回，每人每月补{{trap/number:四百二}}。房东{{han:佟长青}}一年少收我两千房租。派出所的{{han:富德海}}警官帮孩子们把户口的事办了。还有老乡{{minority/uyghur:肉孜·卡斯木}}，在{{trap/place:锦州}}开拉条子馆，{{minority/uyghur:肉孜}}他每个月来一趟，给孩子们带抓饭。
访谈者：孩子们平时帮您干活吗？
受访者：孙子放了学就来摊上，帮我收钱、装袋子。{{minority/uyghur:排孜丽耶}}也来，她会说东北话，比我会做生意。顾客{{han:张玉琴}}大姐天天来买两个馕，说吃惯了。孙女说她长大要开馕店，开到{{trap/place:北京}}。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}的时候，老乡们凑到{{minority/uyghur:肉孜}}家，宰一只羊，孩子们穿上{{trap/minority_word:艾德莱斯}}裙子跳舞。我给孩子们讲{{trap/famous:阿凡提}}的故事，讲他骑着毛驴跟{{trap/famous:巴依老爷}}斗。孩子们笑得直打滚。
访谈者：邻居们呢？
受访者：隔壁卖豆腐的{{han:鲁金山}}他们家对我们好，{{trap/word:关心}}孩子比我还细。他家闺女跟{{minority/uyghur:排孜丽耶}}一个班。老乡{{minority/uyghur:克比尔·阿洪}}跟我老伴是一个村的，在{{trap/place:沈阳}}，逢年过节打钱过来。学校的社工叫{{compound:钟离雨桐}}，她给{{minority/uyghur:艾合塔木}}做心理辅导，孩子说想妈妈的时候就去找她。社区还有个志愿者叫{{compound:夏侯春丽}}，常来给孙女梳头、缝扣子。
访谈者：一天能卖多少馕？
受访者：好的时候三百个，冬天少，一百多。一个三块，刨去面、油、煤，一天挣个两百来块。早上四点起来和面，六点馕坑烧热了开始打，一直打到中午。下午孩子们放学，我就收摊回家给他们做饭。拉条子、汤饭，他们都爱吃，就是吃不惯东北的酸菜。
访谈者：您一个人带两个孩子，有什么难处？
受访者：头一个是话，我汉话说得不好，开家长会听不懂，老师说的我回来问孙子。第二个是孙女大了，女孩子的事我不懂，得求社区的大姐们。第三个是钱，孩子他爸在老家做康复，每个月得往回寄两千。我这把年纪，也不知道还能打几年。
访谈者：孩子们想回民丰吗？
受访者：想他们的爸，可不想回去上学，说这边的老师好、同学好。孙子说等他长大了，把他爸接过来，一家人在这边开个店。
访谈者：登记表要填地址和号码。
受访者：老家是{{address:民丰县萨勒吾则克乡喀帕克阿斯干村三组14号}}，这边租的房在{{address:南票区沙锅屯街道团结小区6号楼2单元101室}}。我身份证{{id_number@moldspaced.653227}}，孙女的{{id_number@wy2017x.653227}}。我电话{{mobile@plain}}，我老伴的{{mobile@fws}}。我微信是孙子给我弄的，叫{{wechat:YasenNang_Nanpiao}}。{{minority/uyghur:艾合塔木}}有QQ，说是跟他爸视频用的，号码他写在馕坑边的墙上了：{{qq:2297048531}}。
访谈者：名字在表上写对了吗？
受访者：乱。有写{{minority/uyghur:亚森托乎提}}的，有写{{spaced:亚森 · 托乎提}}的。孙女写成{{spaced:排　孜　丽　耶}}，孙子写成{{spaced:艾合塔木 麦尔丹}}，他爸在医院的单子上是{{spaced:麦 尔 丹 · 亚 森}}。
""")

# H655: Han court clerk in 赞皇 (石家庄) reading from the file of a case declaring a mother missing and appointing the
# grandparents guardians of two children whose father is in prison.
DOCS["H655"] = ("court", """\
访谈者：您在法院做书记员几年了？
受访者：六年了。我叫{{compound:段干婉婷}}，在{{trap/org:赞皇县人民法院}}民事庭。今天说的这个案子是去年办的，申请宣告失踪和指定监护人，卷宗我带来了，涉及个人信息的地方我念的时候你们注意。
访谈者：好的，请说。
受访者：申请人是孩子的爷爷奶奶，爷爷{{han:尹振海}}，奶奶{{han:郭桂荣}}，住{{address:赞皇县院头镇南庄村二组19号}}。奶奶的身份证{{id_number@wy1962spaced.130129}}。被申请人是孩子的妈妈{{han:巩丽丽}}，四年前说去{{trap/place:广州}}打工，再没音讯。孩子的爸爸{{han:尹海峰}}，因为盗窃判了五年，在服刑。
访谈者：孩子们多大？
受访者：两个孩子，姐姐{{han:尹梓萱}}十岁，在{{school:院头镇中心小学四年级（2）班}}，弟弟{{han:尹梓豪}}七岁，在同一个学校念一年级。姐姐的身份证{{id_number@wy2016hyphen.130129}}。
访谈者：法院怎么审的？
受访者：审判员是{{compound:宇文建平}}，人民陪审员有{{compound:南宫秀兰}}。先发了公告，三个月没人应。我们还去了{{han:巩丽丽}}的娘家，她哥{{han:巩建业}}那边也问过，{{han:巩建业}}说，妹子最后一回打电话是前年腊月，号码是{{mobile@spaced}}，打过去已经停机了。{{han:巩建业}}他也着急，说他妈天天哭。
访谈者：孩子的爸爸是什么态度？
受访者：我们去监狱取了他的意见，{{han:尹海峰}}同意由他爸妈当监护人。他在笔录上签字，签得歪歪扭扭，先写了一遍{{han:尹海峰}}，狱警说要写全，他又写了一遍，卷里就是{{han:尹海峰}}{{han:尹海峰}}两个挨着。
访谈者：村里和学校出了什么材料？
受访者：村委会主任{{han:李长生}}出了证明，说两个孩子一直跟爷爷奶奶过。儿童主任{{han:李彩云}}写了情况说明，讲孩子们报了事实无人抚养。学校的班主任{{han:芦秀梅}}老师写了孩子在校的表现。村主任还说，{{han:郭桂荣}}她腿不好，冬天是村里派人给送的煤。
访谈者：这种案子立案难吗？
受访者：不难，可当事人不懂。老两口第一次来，拎着一个塑料袋，里面是户口本、孩子的出生证明、村里的证明，乱成一团。立案庭的同事帮着一张一张理，告诉他们还缺什么。从立案到判决用了五个多月，公告期就占了三个月。这中间老两口来了七八趟，坐公交到县城得一个钟头，每回来都给我们带一兜自家种的柿子，我们不收，他们就放在门口走了。
访谈者：判决结果呢？
受访者：宣告{{han:巩丽丽}}失踪，指定{{han:尹振海}}和{{han:郭桂荣}}为两个孩子的监护人，她的财产由爷爷代管。其实也没啥财产，就一张存折，里头{{trap/number:三千一百元}}。法律援助律师是{{compound:慕容建勋}}，没收一分钱。
访谈者：判了以后有什么变化？
受访者：有了监护人的判决，孩子们就能按事实无人抚养领补贴了，办医保、转学也有人签字。以前学校让家长签个字，爷爷说他不是家长，老师也为难。现在名正言顺了。我们还把判决书抄送给了民政局和村委会，让他们跟进。
访谈者：卷宗里名字写得规范吗？
受访者：不规范的多。申请书上爷爷写成{{spaced:尹　振　海}}，打印的表上奶奶是{{spaced:郭 桂 荣}}，孩子写成{{spaced:尹梓 萱}}。送达回证上陪审员写成{{spaced:南　宫　秀　兰}}，审判员写成{{spaced:宇 文 建 平}}，我自己被写成{{spaced:段　干　婉　婷}}，都得一个个核。
访谈者：还要登记哪些联系方式？
受访者：爷爷的电话{{mobile@plus86dash}}。孩子他大姑{{han:尹振芳}}住{{address:赞皇县城区滨河路文华小区9号楼2单元302室}}。大姑的微信{{wechat:yinzhenfang66}}，说是有事先找她。姐姐用大姑的手机上QQ，号码附在卷宗后面，我念：{{qq:753019846}}。
访谈者：您办这个案子有什么感受？
受访者：这个案子不难，难的是孩子。开庭那天姐姐也来了，坐在后排一直抠手指头。她问我，阿姨，我妈是不是不要我们了。我没法回答。我们庭长{{han:靳国平}}说，法院能做的就是让孩子有人管，剩下的得靠社会。这几年{{trap/place:赞皇}}这种案子一年有四五件，多半是爹妈一个出事、一个走了。孩子夹在中间，最可怜，我们能做的就是把手续办快一点、办周全一点。
""")

# H656: Han grandmother in 商水 (周口, 河南) raising her grandson; her son in a mental hospital, his wife gone.
DOCS["H656"] = ("family", """\
访谈者：大娘，家里几口人？
受访者：就我跟孙子俩。我叫{{han:葛翠兰}}，{{trap/place:商水}}县城西边的人，今年六十七了。老头子{{han:程广福}}前年走了，心梗。儿子{{han:程建伟}}早几年在{{trap/place:深圳}}打工，不知道咋的脑子出了毛病，回来以后疑神疑鬼，砸东西，现在在{{trap/place:周口}}的精神病院住着。儿媳{{han:汤晓燕}}受不了，孙子三岁那年就走了。
访谈者：孙子现在多大？
受访者：十岁了，叫{{han:程子墨}}，在{{school:商水县城关乡第三小学四年级（4）班}}，小名叫{{han:墨墨}}。{{han:墨墨}}也怪懂事，放学回来先把鸡喂了，再写作业。他爸犯病那年他才五岁，躲在桌子底下不敢出来，到现在听见摔碗还哆嗦。
访谈者：谁帮你们？
受访者：村支书{{han:邵长林}}给我们报了低保，有事我就找{{han:邵长林}}，孙子按事实无人抚养报上去，一个月{{trap/number:一千一百八}}。村里的儿童主任{{han:付俊霞}}隔几天来一趟，给孩子看看作业，{{han:付俊霞}}说这孩子聪明。乡{{trap/org:民政所}}的{{han:王海军}}来家访过，拍了照片。儿子住院的钱，医保报一部分，县里的精神病人救助再报一部分，自己掏得不多。
访谈者：孩子在学校怎么样？
受访者：班主任{{han:訾红英}}老师说他语文好，背书快。{{han:訾红英}}她自己家也不宽裕，还给孙子买过两回鞋。学校有个心理老师叫{{compound:澹台雅琳}}，她说孩子心里憋着事，得有人跟他说话。我不会说，就给他做好吃的。
访谈者：孩子他妈联系过吗？
受访者：前年打过一回电话，说在{{trap/place:昆山}}又成了家，问孩子好不好。孙子不接，跑到院里去了。{{han:汤晓燕}}她也不容易，可当妈的把孩子一扔就是七年，我心里有疙瘩。孩子的舅舅{{han:汤国利}}倒是常来，{{han:汤国利}}说他姐对不起这孩子，他替他姐还。
访谈者：亲戚邻居呢？
受访者：我闺女{{han:程秀娥}}嫁在{{trap/place:项城}}，一个月回来一趟，帮我拆洗被子。{{han:程秀娥}}都说了好几回，让我跟孙子搬去她家住，我舍不得这个院子。邻居{{han:庞德旺}}家有三轮，下雨天送孙子上学。对门的{{han:訾满仓}}大哥，跟班主任是一家子，常说，婶子，有啥事你就喊。村医{{han:陈保平}}每个月给我量血压，不收钱。
访谈者：您身体怎么样？
受访者：糖尿病，眼也花了。县{{trap/org:红十字会}}的志愿者{{compound:司空晓峰}}来过，跟他一块儿的还有{{compound:百里秀华}}，给我做了眼底检查，说得早点做手术。我说等孙子大点再说。我就怕我走在前头，孩子没人管。
访谈者：您一天怎么过？
受访者：早上五点半起来做饭，送孙子上学，回来喂鸡、下地。家里还有三亩麦子，收的时候雇机器，一亩八十。中午随便吃一口，下午在院里剥玉米、缝缝补补。孙子四点半放学，我去村口接，他背着书包跑过来，我一天的累就没了。晚上他写作业，我在边上纳鞋底，他念课文，我听着。我不识字，可听着他念，心里亮堂。
访谈者：孩子有没有说过想他爸妈？
受访者：很少说。有一回半夜醒了，听见他在被窝里哭，我问他咋了，他说梦见他爸拿刀追他。我搂着他，一直拍到天亮。第二天他跟没事人一样去上学了。这孩子心重，啥都憋着。
访谈者：孩子他爸知道孩子的事吗？
受访者：病轻的时候知道。去年春天我带孙子去医院看他，他认出来了，摸着孩子的头说，{{han:墨墨}}长高了。主治的{{han:纪伟东}}大夫说，按时吃药能稳住，就是不能再受刺激。回来路上孙子说，奶奶，我爸不是坏人，他是病了。
访谈者：孩子平时喜欢什么？
受访者：爱看书，学校借的《{{trap/famous:岳飞}}传》翻了好几遍。他说要像{{trap/famous:包公}}一样当个清官。我说你先把字写好。
访谈者：登记表上要填地址和号码。
受访者：家在{{address:商水县城关乡程庄村六组12号}}，我闺女家在{{address:项城市莲花大道银河小区3号楼1单元702室}}。我身份证{{id_number@wy1959hyphen.411623}}，孙子的{{id_number@my2016x.411623}}，儿子的{{id_number@my1988tri.411623}}。我电话{{mobile@p86h}}，闺女的{{mobile@s74}}，她微信叫{{wechat:chengxiue_xc}}。孙子用他舅的手机上QQ，跟他舅说话，号码他舅写在门框上了，我照着念：{{qq:３８１６０２７４９}}。
访谈者：表上名字写得对吗？
受访者：常错。低保表上孙子写成{{spaced:程 子 墨}}，我写成{{spaced:葛　翠　兰}}，他爸写成{{spaced:程建 伟}}。
""")


def main() -> None:
    # Set 82 is being written at the same time by another writer: it is not an earlier set.
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=649,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout82",))


if __name__ == "__main__":
    main()
