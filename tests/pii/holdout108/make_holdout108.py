# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 108 (tests/pii/holdout108/H849-H856 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a name
in names.csv, and that no trap string was gold in an earlier set; set 109, written at the same time, has a higher
number and is not an earlier set).

Set 108 is about children in distress (困境儿童) and the help they get, in eight new voices, all in the south of
普洱 (Yunnan): a Mongolian mother from 正蓝旗 married to a tea farmer in 思茅, her husband in hospital after a fall
from a tea terrace; a Kham Tibetan father from 德钦 (迪庆) who works at a tea factory in 宁洱 while his wife, ill
with heart disease, stays at home; a Uyghur father from 墨玉 who sells nuts and dried fruit in 思茅 while his wife is
on dialysis in 墨玉; a Hui grandmother in 景东 raising the two children of her son, who is in prison; a Lahu father
in 澜沧 (酒井乡) whose wife left; a Han primary-school teacher in 景谷 who reaches the families of her pupils on
WeChat and QQ; a Han township civil-affairs clerk in 镇沅 (恩乐镇) reading out his case file; and a Hani grandmother
in 墨江 raising three grandchildren after her son's death. The emphasis is on forms where a replacement might cover
only part of a name, in a mix rather than one trick: Mongolian names of three to seven characters (巴彦图孟和 then
巴彦图, 萨日娜塔娜, 索德那木达林台), a Han surname before a Mongolian given name (包温都日) and the Han names of the same
people (包玉琴, 罗晓蒙); Kham Tibetan names of 迪庆 (松诺七林 then 松诺, 吹批拉姆 then 吹批, 鲁茸都吉 then 都吉,
此称定主, 独知永宗, 扎史培楚), a Han surname before a Tibetan given name (鲁卓嘎) and the Han names of Tibetans (鲁永华,
鲁志远); Uyghur given name + father's name with and without the dot (米拉迪力·麦合木提江, 米拉迪力麦合木提江) and short
forms (布再奈普, 米拉迪力); Han-form Hui names (纳凤仙, 马永刚, 锁文学) beside 经名 used alone (哈给麦, 米尔艳,
塞力麦) and after a Han surname (马舒艾布, 马白克尔, 沙阿德姆, 纳哈伦); Lahu names with 扎- for men and 娜- for women,
of two and three characters (扎倮, 扎儿, 扎体, 娜发, 娜朵, 扎倮迫, 扎约迫), after a Han surname (李扎倮, 李娜约) and the
Han-form names of Lahu people (李德才, 石秀英); Han names with common and rare surnames, titles and kin words, a
surname with only a title or kin word (包姐, 陈支书, 刀校长, 周奶奶, 杨婶, 钱婶, 白大妈, 老麦, annotated whole),
nicknames that are words (小米辣, 小板凳, 青蛙, annotated whole), names that contain words (罗国富, 施国庆, 郭家乐,
锁文学, 郭长寿, 李家宝), a name written twice on a form, names directly before particles and verbs and after
叫/是/给/跟/和/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out and
written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:罗国富}}``, ``{{qq:2760581943}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui, lahu) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2012spacedx.530822}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 队长, 阿訇, 大姐)
and a particle, pronoun or verb written directly after a name (说, 的, 也, 都, 就, 还, 她, 他, 他们家, 那边) are
outside the span; a surname with only a title or kin word (陈支书, 刀校长, 钱婶, 白大妈) and a nickname (小米辣) are
annotated whole. Han-style names of Mongolian, Tibetan, Hui, Lahu and Hani people (包玉琴, 鲁永华, 纳凤仙, 李德才,
杨者妹) are category han; a Han surname before a non-Han given name (包温都日, 鲁卓嘎, 马舒艾布, 李扎倮) and the Lahu
扎-/娜- names are category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout108/make_holdout108.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(108_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui", "lahu")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10, "lahu": 10}

MOBILE_PREFIXES = ["133", "136", "139", "147", "152", "153", "159", "177", "180", "182", "186", "189", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H849: Mongolian mother from 正蓝旗 married to a tea farmer in 思茅; her husband is in hospital after a fall.
DOCS["H849"] = ("family", """\
访谈者：大姐，听口音您不是本地人吧？
受访者：不是，我是内蒙古{{trap/place:正蓝旗}}的，蒙古族。我叫{{minority/mongolian:萨日娜塔娜}}，户口本上的汉名是{{han:包玉琴}}，这边茶山上的人都喊我{{han:包姐}}。十四年前我在{{trap/place:呼和浩特}}饭店打工，认识了来卖茶的{{han:罗国富}}，他是{{trap/place:思茅}}种茶的，我就跟着他嫁过来了。我妈说我疯了，从草原跑到茶山上。
访谈者：您爱人是怎么受伤的？
受访者：去年四月采春茶，他上后山台地修枝，下过雨路滑，从两米多高的坎子上摔下去，伤了腰椎。送到{{trap/place:普洱}}市医院，骨科{{han:杨卫红}}大夫给做的手术，打了钢钉。现在还在医院做康复，腿没知觉。{{han:罗国富}}他自己急，一天问三遍能不能站起来。
访谈者：孩子们呢？
受访者：两个。女儿{{minority/mongolian:其仁塔娜}}十二岁，汉名{{han:罗晓蒙}}，在{{school:思茅区第四小学六年级（3）班}}。儿子{{minority/mongolian:巴彦图孟和}}八岁，汉名{{han:罗云川}}，在{{school:南屏镇中心小学二年级（1）班}}。家里喊他{{minority/mongolian:巴彦图}}，{{minority/mongolian:巴彦图}}也最黏他爸，天天问爸爸什么时候回家。
访谈者：您一个人怎么顾得过来？
受访者：顾不过来。白天去医院，晚上回来还得炒茶。我妈{{minority/mongolian:达来其木格}}从{{trap/place:锡林郭勒}}坐了三天车过来帮我带孩子，她不会说汉话，跟孩子们比划。我哥{{minority/mongolian:朝克图毕力格}}在老家放羊，每个月打过来一千块，他说妹妹你要是撑不住就带孩子回来。我说人还躺着，我走不了。
访谈者：这边谁帮了你们？
受访者：村委会的{{han:陈支书}}先来的，他说家里顶梁柱倒了，可以报临时救助。村里的儿童主任{{han:李会芬}}给两个孩子报了困境儿童，一个月每人{{trap/number:一千零五十}}。镇上民政办的{{han:周德林}}来家里看过，说等残疾证办下来还能申请残疾人两项补贴。区里社工站派了两个社工，{{compound:欧阳穗禾}}每个礼拜来一次，她跟{{compound:上官子衿}}搭档。{{compound:欧阳穗禾}}她带着女儿做手工、写日记，女儿现在愿意说话了。
访谈者：茶园谁在管？
受访者：孩子他爸的堂哥{{han:罗国安}}帮着管，采茶的时候请了两个人。茶厂老板{{han:苏文斌}}心好，我家的鲜叶他按高价收。还有个老乡，也是蒙古族，叫{{minority/mongolian:包温都日}}，在城里开蒙餐馆，知道我家的事，给孩子送了两套新衣服。
访谈者：孩子们在学校怎么样？
受访者：女儿的班主任{{han:何润娟}}老师说她数学好，就是最近上课走神。我让{{minority/mongolian:其仁塔娜}}给她爸写信，她写“爸爸，等你站起来，我们去看草原”。儿子的老师{{han:钱小东}}是个男老师，爱带孩子们踢球。
访谈者：医药费怎么解决的？
受访者：手术花了十一万多，医保报了一大半，剩下的是借的。我娘家的亲戚凑了两万，村里帮着在网上筹了一万多。医院的社工帮我们申请了一笔大病救助，钱分两次打到卡上。现在每个月康复还要三千多，我把茶园包出去一半，换点现钱。
访谈者：您自己身体吃得消吗？
受访者：瘦了十几斤。有时候晚上炒茶炒到两点，早上六点又要送孩子。{{minority/mongolian:其仁塔娜}}心疼我，放假就在家洗衣服、做饭，弟弟的作业也是她看。我跟她说，你还是个孩子，别什么都往身上扛。她说妈妈你也别什么都扛。说完我们娘俩抱着哭了一场。
访谈者：平时会跟孩子们讲蒙古族的事吗？
受访者：会。我教他们唱长调，给他们看老家草原的照片。学校开运动会，儿子穿着蒙古袍去的，同学都围着看。
访谈者：您还想家吗？
受访者：想。想喝奶茶，想吃{{trap/minority_word:奶豆腐}}和{{trap/minority_word:炒米}}。我们旗有{{trap/place:元上都}}遗址，小时候我爸{{minority/mongolian:索德那木达林台}}带我去过，给我讲{{trap/famous:忽必烈}}在那儿当皇帝的故事。孩子们只会几句蒙语，喊我“{{trap/minority_word:额吉}}”，我听了心里就热乎。这边人吃{{trap/word:包谷饭}}、喝茶，我也惯了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:思茅区南屏镇曼歇村三组16号}}，我妈在老家住{{address:正蓝旗上都镇宝日陶勒盖嘎查二组8号}}。我身份证{{id_number@wy1985.152530}}，孩子他爸的{{id_number@my1980hyphen.530802}}。我电话{{mobile@plain}}，他的{{mobile@s434}}。我微信{{wechat:qirenta_mama85}}。女儿有QQ，老师让注册的，号码她写在我手机壳里面了：{{qq:2760581943}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。医院把我写成{{spaced:萨 日 娜 塔 娜}}，学校把儿子写成{{spaced:巴彦图 孟和}}，我哥汇款单上是{{spaced:朝克图　毕力格}}。
访谈者：最后想说什么？
受访者：盼孩子他爸能站起来。站不起来也行，人在就好。{{minority/mongolian:巴彦图}}说长大了当医生，给他爸治腰。
""")

# H850: Kham Tibetan father from 德钦 (迪庆) working at a tea factory in 宁洱; his wife is ill at home.
DOCS["H850"] = ("family", """\
访谈者：大哥，您从{{trap/place:德钦}}到{{trap/place:宁洱}}来几年了？
受访者：六年了。我叫{{minority/tibetan:松诺七林}}，藏族，身份证上还有个汉名{{han:鲁永华}}，厂里的人叫我{{minority/tibetan:松诺}}。老家在{{trap/place:迪庆}}德钦县，{{trap/place:梅里雪山}}脚下的村子。家里地少，挖虫草也挖不到了，就跟老乡下来，在茶厂做揉茶、烘干。
访谈者：家里现在什么情况？
受访者：老婆{{minority/tibetan:吹批拉姆}}得了风湿性心脏病，干不了重活，去年住了两回院，现在在德钦老家，跟我妈{{minority/tibetan:独知永宗}}一起。{{minority/tibetan:吹批}}她心里难受，说拖累了我们。两个孩子跟我在宁洱。
访谈者：孩子们多大？
受访者：女儿{{minority/tibetan:阿称卓嘎}}十四，在{{school:宁洱镇第一中学初二（4）班}}，学校名单上写的是{{minority/tibetan:鲁卓嘎}}。儿子九岁，叫{{minority/tibetan:鲁茸都吉}}，汉名{{han:鲁志远}}，在{{school:宁洱镇民族小学三年级（2）班}}。家里都叫他{{minority/tibetan:都吉}}，{{minority/tibetan:都吉}}就是爱哭，一想他妈就哭。
访谈者：谁照顾他们？
受访者：我上白班，早上六点走，孩子自己上学。晚上回来给他们做饭。厂里同村的{{minority/tibetan:此称定主}}跟他媳妇{{minority/tibetan:白玛永宗}}住我隔壁，我加班的时候，孩子就在他们家吃。{{minority/tibetan:此称定主}}说咱们藏族人出门在外，就得互相帮。
访谈者：老板和厂里怎么样？
受访者：老板{{han:邓志勇}}人好，知道我家的事，给我调成白班，过年还多给了一个月工资。车间主任{{han:熊桂英}}大姐常给孩子带点吃的。
访谈者：当地政府帮了什么？
受访者：社区的儿童主任{{han:刘翠芬}}来登记过，说我女儿、儿子属于父母一方重病的困境儿童，报到{{trap/org:民政局}}，每人每月{{trap/number:六百八}}。社区的{{han:邱建业}}帮我们办了居住证，孩子上学就不难了。县里社工站的{{compound:司马晓雯}}和{{compound:诸葛岚溪}}两个人每个月来一次。{{compound:司马晓雯}}她给女儿找了个大学生志愿者补英语。
访谈者：老家那边呢？
受访者：德钦那边村委会给我老婆报了低保，村医{{han:和玉萍}}每周上门量血压。我舅舅{{minority/tibetan:扎史培楚}}在{{trap/org:东竹林寺}}，他常去看我老婆，给她念经。
访谈者：孩子们在学校怎么样？
受访者：女儿班主任{{han:吴晓兰}}老师说她作文写得好，写过一篇《{{trap/place:卡瓦格博}}下的家》。儿子的数学老师{{han:付顺林}}让他放学留下来补课，不收钱。{{minority/tibetan:阿称卓嘎}}说以后想当医生，回德钦给她妈看病。
访谈者：过年回去吗？
受访者：{{trap/minority_word:藏历新年}}回去。老家跳{{trap/minority_word:弦子}}、跳{{trap/minority_word:锅庄}}，孩子们喝{{trap/minority_word:酥油茶}}，听老人讲{{trap/famous:格萨尔}}。儿子说宁洱的茶没有酥油茶好喝。
访谈者：您一个月挣多少？够用吗？
受访者：三千出头。房租四百，给老婆买药寄回去一千，剩下的吃饭、孩子上学。老家的地让我堂弟种着，年底给我们一点青稞和洋芋。厂里旺季一天干十二个钟头，淡季就歇着，工钱也少。
访谈者：孩子跟妈妈怎么联系？
受访者：每天晚上视频。她身体好的时候，会在视频里教女儿念藏文字母。儿子就把学校发的奖状举到手机前面给她看。去年暑假我带两个孩子回了一趟老家，坐了两天车。到家那天，老婆抱着儿子不撒手，我妈在旁边抹眼泪。
访谈者：孩子们适应这边的生活吗？
受访者：刚来的时候嫌热，吃不惯米线。现在好了，女儿还学会了说普洱话。就是同学不知道藏族是怎么回事，问她家是不是住帐篷。女儿就带了一张家里的照片去学校，说我们家是石头房子，三层楼。
访谈者：您想过回去吗？
受访者：想过。可回去没有活干，老婆看病要钱。等女儿初中毕业，看她能不能考到{{trap/place:香格里拉}}的高中，那样离她妈近一点。
访谈者：表上要填一下地址和证件。
受访者：我们在宁洱租的房子是{{address:宁洱镇茶源小区5号楼2单元302室}}，老家是{{address:德钦县升平镇巨水村四组11号}}。我身份证{{id_number@my1983spaced.533422}}，老婆的{{id_number@wy1986x.533422}}。我电话{{mobile@spaced}}，女儿用的旧手机{{mobile@hyphen}}。女儿有微信{{wechat:zhuoga_meili09}}，也有QQ，号是老师让建班群时注册的，{{qq:1958204736}}。
访谈者：表上名字写得对吗？
受访者：错的多。医院写我老婆是{{spaced:吹 批 拉 姆}}，工资单上我是{{spaced:松　诺　七　林}}，学校有一回把女儿写成{{spaced:阿称 卓嘎}}。
访谈者：还有什么想说的？
受访者：就想老婆病好一点，一家人能在一起。{{minority/tibetan:松诺七林}}没别的本事，能干活，能把孩子供出来。
""")

# H851: Uyghur father from 墨玉 selling nuts and dried fruit in 思茅; his wife is on dialysis in 和田.
DOCS["H851"] = ("family", """\
访谈者：大哥，您在这条街上卖干果多久了？
受访者：八年了。我叫{{minority/uyghur:麦合木提江·阿布力孜}}，老家在{{trap/place:和田}}{{trap/place:墨玉县}}。思茅的人记不住，叫我{{han:老麦}}。我在{{trap/place:思茅}}菜市场门口卖{{trap/minority_word:巴旦木}}、核桃仁、葡萄干、红枣，冬天还卖{{trap/minority_word:馕}}。
访谈者：家里人都在这边吗？
受访者：不在。老婆{{minority/uyghur:布再奈普·阿不都热依木}}得了尿毒症，三年前回墨玉了，在县医院透析，一个礼拜三回，她妈在照顾她。{{minority/uyghur:布再奈普}}她说，我死了你要把孩子养大。我说不许说这种话。两个孩子跟我在思茅。
访谈者：孩子们多大？
受访者：儿子{{minority/uyghur:艾克拜尔·麦合木提江}}十二岁，在{{school:思茅区第六小学五年级（4）班}}；女儿{{minority/uyghur:米拉迪力·麦合木提江}}八岁，在同一个学校读二年级。学校的花名册上没有点，写成{{minority/uyghur:米拉迪力麦合木提江}}，我去改了一回，下学期又变回去了。我们在家叫她{{minority/uyghur:米拉迪力}}。
访谈者：您一个人带两个孩子，还要看摊子？
受访者：早上五点去批发市场进货，七点摆摊，孩子自己去上学。中午隔壁卖米线的{{han:杨月珍}}大姐给他们一人一碗。她说{{han:老麦}}你放心，多两双筷子的事。{{minority/uyghur:艾克拜尔·麦合木提江}}他懂事，放学了先来摊子上帮我称秤。
访谈者：老家还有什么人？
受访者：我爸{{minority/uyghur:阿布力孜·托乎提}}七十了，在墨玉种核桃。我弟弟{{minority/uyghur:艾合买提·巴拉提}}——我们不是一个爸，是我妈后来的——在墨玉开出租车，常去医院看我老婆。
访谈者：这边谁帮过你们？
受访者：市场管理所的{{han:段红兵}}给我免了半年摊位费。社区的儿童主任{{han:普丽芬}}来家里三次，把两个孩子报成困境儿童，每月每人{{trap/number:七百二}}。社区{{han:白主任}}帮我办了居住证。区里社工站的{{compound:令狐思彤}}和{{compound:宇文柏舟}}来过，{{compound:令狐思彤}}她给女儿找了个舞蹈班，不收钱。
访谈者：孩子在学校怎么样？
受访者：儿子的班主任{{han:施国庆}}老师说他数学好，就是汉语作文差点。女儿的老师{{han:罗玉萍}}说她爱跳舞，学校六一演出让她跳了新疆舞。女儿会背{{trap/famous:阿凡提}}的故事，讲给同学听，同学都笑。
访谈者：过节怎么过？
受访者：{{trap/minority_word:肉孜节}}、{{trap/minority_word:古尔邦节}}，我们去{{trap/org:清真寺}}礼拜，跟这边的回族一起。我做抓饭，请隔壁的{{han:杨月珍}}大姐一家来吃。另一个卖干果的老乡{{minority/uyghur:买吐送·热合曼}}也来，他会弹{{trap/minority_word:都塔尔}}，孩子们跟着唱。
访谈者：生意好做吗？
受访者：一般。这几年网上卖干果的多了，街上的人少了。好的时候一天卖七八百，不好的时候一两百。我让儿子帮我在手机上开了个小店，他比我会弄，照片拍得好看。过年前后最忙，单位发福利，一订就是几十箱。
访谈者：孩子们想妈妈吗？
受访者：想。女儿每天晚上要跟她妈视频，她妈透析完没力气说话，就看着她笑。去年暑假我带孩子回老家住了一个月，儿子天天陪他妈去医院，给她读课文。回来的时候女儿哭着不肯上车。
访谈者：您考虑过回新疆吗？
受访者：考虑过。可老家的地少，我在这儿八年，老主顾都在这儿。回去了拿什么给老婆看病？我弟弟说他先照顾着，让我放心挣钱。我们兄弟俩，一个管病人，一个管孩子。
访谈者：孩子们在这边有朋友吗？
受访者：有。儿子跟班上几个同学踢球，女儿跟隔壁小姑娘天天一起跳皮筋。同学来家里，我就抓一把干果给他们。邻居们都说这家的孩子有礼貌。
访谈者：表上要登记住址、证件和电话。
受访者：我们租的房子在{{address:思茅区思茅港镇团结社区七组23号}}，老家是{{address:墨玉县喀尔赛镇巴什阔依村三组9号}}。我身份证{{id_number@my1982.653222}}，女儿的{{id_number@wy2017fwspaced.653222}}。我电话{{mobile@plus86}}，老婆的{{mobile@s38}}。我微信{{wechat:Maihemuti_ganguo}}，儿子的QQ{{qq:409381726}}。
访谈者：名字在表上写得对吗？
受访者：乱得很。医院写我老婆{{spaced:布再奈普 · 阿不都热依木}}，学校写儿子{{spaced:艾 克 拜 尔 · 麦 合 木 提 江}}，还有人写女儿{{spaced:米拉迪力 麦合木提江}}，中间空个格。
访谈者：最后想说什么？
受访者：想老婆的病好一点，孩子们好好读书。{{minority/uyghur:麦合木提江·阿布力孜}}别的不求。
""")

# H852: Hui grandmother in 景东 raising the two children of her son, who is in prison.
DOCS["H852"] = ("family", """\
访谈者：奶奶，您身体还好吧？我们慢慢说。
受访者：好，还做得动。我叫{{han:纳凤仙}}，回族，经名{{minority/hui:哈给麦}}，家在{{trap/place:景东}}城边上，离{{trap/org:清真寺}}走路五分钟。老伴{{han:马德荣}}走了六年，他的经名是{{minority/hui:扎克里雅}}。我们这一坊姓马的、姓纳的、姓锁的多，一说{{han:纳凤仙}}，坊上都知道是谁。
访谈者：孩子的爸爸怎么了？
受访者：我儿子{{han:马永刚}}，寺里叫他{{minority/hui:马舒艾布}}，前年帮人带东西，带的是毒品，在{{trap/place:澜沧江}}边上被抓了，判了九年，关在{{trap/place:普洱}}。儿媳{{han:杨绍芬}}是汉族，出了事没半年就走了，说去{{trap/place:昆明}}打工，电话也换了。两个孙子孙女就跟着我。
访谈者：孩子们多大？
受访者：孙子{{han:马子骞}}十一，在{{school:景东县锦屏镇第二小学五年级（1）班}}，在寺里学经的名字是{{minority/hui:马白克尔}}。孙女{{han:马雨欣}}七岁，经名{{minority/hui:米尔艳}}，在{{school:锦屏镇回民小学一年级（2）班}}。{{minority/hui:米尔艳}}她不记得她爸长什么样了，问我爸爸在哪儿，我说在外头干活。
访谈者：孙子知道吗？
受访者：知道。班上有人说他爸是毒贩子，他跟人打了一架。我去找了班主任{{han:鲁文芳}}老师，老师把那几个孩子叫去说了，还让{{han:马子骞}}当了劳动委员，孩子脸上才有笑。
访谈者：谁帮过你们？
受访者：寺里的{{han:锁文学}}阿訇先知道的，散{{trap/minority_word:乜贴}}的时候给我们家多留一份。社区的儿童主任{{han:白丽琼}}给两个孩子报了事实无人抚养，每人每月{{trap/number:一千二百六}}，我自己有低保。{{trap/org:县司法局}}的{{han:余所长}}来过，说服刑人员的子女还有一份补助，帮着填了表。县民政局的{{han:保成林}}到家里核过两回。县社工站的{{compound:长孙芷蘅}}常来，跟她一起来的叫{{compound:慕容听澜}}，小伙子帮我把漏雨的房顶补了。{{compound:长孙芷蘅}}她每个月带孙女去一趟监狱会见。
访谈者：会见的时候怎么样？
受访者：隔着玻璃打电话。{{minority/hui:马舒艾布}}他一见孩子就哭，说出来以后好好做人。孙子不说话，出来在车上才哭。
访谈者：坊上的人呢？
受访者：隔壁{{minority/hui:沙阿德姆}}家开牛肉馆，孩子放学没饭吃就去他家。他媳妇{{minority/hui:塞力麦}}给孙女梳头、缝衣裳。我侄子{{minority/hui:纳哈伦}}在县城开车，孩子病了半夜都是他送。还有对门的{{han:纳家福}}，他家的牛肉干厂让我去做零工，一天八十块。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:开斋节}}、{{trap/minority_word:圣纪节}}，坊上炸{{trap/minority_word:油香}}，孩子们穿新衣裳去寺里。阿訇讲{{trap/famous:赛典赤}}治云南的故事，说咱们回回人要做好人。孙子听了{{trap/word:马上}}说，等他爸出来，也讲给他爸听。
访谈者：您自己的身体呢？
受访者：血压高，腰也不好。去年冬天我在院子里摔了一跤，躺了半个月，是{{minority/hui:塞力麦}}天天来做饭。那半个月孙子早上五点起来烧水、热饭，送妹妹上学再自己去学校。我躺在床上听着，心里又疼又高兴。
访谈者：家里的钱够用吗？
受访者：紧巴。低保、孩子的补助加起来一个月两千出头，房子是老伴留下的，不用交房租。孙子的午饭学校免了，孙女的校服是社工给买的。我在牛肉干厂做零工，一年也能挣几千块。就是怕孩子生病，一进医院钱就不够了。
访谈者：孩子在寺里学经学得怎么样？
受访者：孙子念得好，{{han:锁文学}}阿訇夸他记性好。礼拜五他跟着大人去{{trap/minority_word:主麻}}，回来给我学阿訇讲的话。孙女还小，会说{{trap/minority_word:色俩目}}，见了老人就说，坊上的老人都喜欢她。
访谈者：您跟儿子说过什么？
受访者：我跟他说，你在里头好好改造，孩子我给你看着，你出来要对得起这两个孩子。
访谈者：要登记地址、证件和电话。
受访者：家在{{address:景东县锦屏镇回龙社区五组18号}}，我儿媳以前租的房子是{{address:锦屏镇银生小区3号楼1单元501室}}。我的身份证{{id_number@wold.530823}}，孙子的{{id_number@my2014quad.530823}}。我电话{{mobile@h38}}。孙子拿我的手机玩QQ，号码他写在我的日历上了，说有事给他留言：{{qq:87201543}}。{{han:白丽琼}}的微信是{{wechat:bailiqiong_jd}}。
访谈者：表上名字写对了吗？
受访者：不一定。低保表上我是{{spaced:纳　凤　仙}}，学经的名册上孙子是{{spaced:马 白 克 尔}}，学校名单把孙女写成{{spaced:马雨 欣}}。
访谈者：您最盼什么？
受访者：盼我多活几年，等儿子出来，把孩子交到他手上。{{han:马雨欣}}说长大了当老师，我说好，当老师好。
""")

# H853: Lahu father in 澜沧 whose wife left; three children at home.
DOCS["H853"] = ("family", """\
访谈者：大哥，您家里几口人？
受访者：现在五口。我是拉祜族，叫{{minority/lahu:扎倮}}，身份证上是{{minority/lahu:李扎倮}}，上学时老师给起的汉名叫{{han:李德才}}。家在{{trap/place:澜沧}}{{trap/place:酒井乡}}山上，种茶、种玉米，农闲去{{trap/place:勐朗}}打零工。
访谈者：孩子的妈妈呢？
受访者：走了。她叫{{minority/lahu:娜丕}}，汉名{{han:石秀英}}。前年说去{{trap/place:西双版纳}}橡胶林割胶，去了就没回来，电话打不通。有人说她在{{trap/place:勐腊}}又成了家。{{minority/lahu:娜丕}}走的时候，最小的才三岁。
访谈者：孩子们多大了？
受访者：大儿子{{minority/lahu:扎儿}}十二，在{{school:酒井乡中心小学六年级（1）班}}住校。女儿{{minority/lahu:娜朵}}九岁，在{{school:酒井乡勐根村完小三年级（2）班}}。小儿子{{minority/lahu:扎莫}}五岁，在村里上幼儿班。我妈{{minority/lahu:娜倮}}七十了，在家帮我看孩子。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/lahu:娜朵}}她每天晚上问，妈妈会不会回来。{{minority/lahu:扎莫}}都不记得妈妈的样子了。大儿子不说，可他把他妈的照片夹在书里。
访谈者：这些年谁帮你们？
受访者：村里的儿童主任是我们拉祜族的，叫{{minority/lahu:李娜约}}，她给三个孩子报了困境儿童，每人每月{{trap/number:四百五}}，又给我家报了低保。驻村工作队的{{han:孙海舟}}队长帮我们家申请了危房改造，房子去年盖好了。村委会{{han:胡永康}}主任给我找了护林员的活，一年{{trap/number:一万块}}。乡民政所的{{han:钟站长}}也来过两回。县里社工{{compound:拓跋沐阳}}每个月来一趟，还有个叫{{compound:赫连卫东}}的小伙子，教孩子们打篮球。
访谈者：邻居们呢？
受访者：我弟弟{{minority/lahu:扎体}}住隔壁，他媳妇{{minority/lahu:娜发}}给孩子们做饭。{{minority/lahu:扎体}}也穷，可他有一口吃的就分我们一半。寨子里的老人{{minority/lahu:扎倮迫}}会吹{{trap/minority_word:芦笙}}，过节教孩子们跳{{trap/minority_word:芦笙舞}}。
访谈者：孩子在学校怎么样？
受访者：大儿子的班主任{{han:罗艳琼}}老师说他学习{{trap/word:扎实}}，就是不爱说话。女儿的老师{{han:何永平}}说她唱歌好听，想让她去县里比赛。老师说要学会普通话，{{minority/lahu:扎儿}}就天天对着收音机念。
访谈者：您一个人怎么带三个孩子？
受访者：难。早上五点起来煮饭，喂了猪再去茶地。大儿子住校，一个礼拜回来一次，回来就帮我砍柴、挑水。女儿会做饭了，就是盐放多放少没个准。小的跟着奶奶，奶奶眼睛不好，有一回他自己跑到河边去玩，全寨子的人找了一下午。从那以后我去哪里都把他背着。
访谈者：家里的收入靠什么？
受访者：茶叶、护林员工资、低保，再加上孩子们的补助。茶叶一年能卖七八千，今年价钱还行。危房改造以后，房子不漏雨了，孩子们有了自己的床。乡里搞了个养蜂的项目，我也报了名，说是明年给二十箱蜂。
访谈者：您喝酒吗？
受访者：以前喝。她走了以后我喝了半年，天天醉。后来{{minority/lahu:李娜约}}来家里骂了我一顿，说你再喝，三个孩子就真成孤儿了。我哭了一晚上，第二天就把酒戒了。现在过节也只喝一小杯。
访谈者：孩子们有没有手机？
受访者：大儿子有个旧手机，是工作队的人送的，在学校交给老师保管，放假才拿回来。他有QQ，号码他写在我家门背后了，说爸爸你想我了就让人帮你发消息：{{qq:2509163847}}。
访谈者：过节怎么过？
受访者：正月过{{trap/minority_word:扩塔节}}，就是我们的年；四月有{{trap/minority_word:葫芦节}}。老人讲{{trap/famous:厄莎}}从葫芦里放出人的故事，孩子们最爱听。去年县里组织到{{trap/place:老达保}}看演出，{{minority/lahu:娜朵}}回来唱了好几天。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:澜沧县酒井乡勐根村老寨三组27号}}。我身份证{{id_number@my1986.530828}}，我妈的{{id_number@woldspaced.530828}}。我电话{{mobile@plus86dash}}，弟弟的{{mobile@spaced}}。{{han:孙海舟}}队长的微信{{wechat:sunhaizhou_zc}}，我的微信是他帮我弄的，叫{{wechat:zhaluo_lancang}}。
访谈者：名字在表上写对了吗？
受访者：乱。低保表上我是{{spaced:李 扎 倮}}，学校把女儿写成{{spaced:娜 朵}}，护林员名单上我弟弟是{{spaced:扎　体}}。
访谈者：您最大的心愿？
受访者：三个孩子都读出书来。{{minority/lahu:扎儿}}说他要当老师，回寨子教书。
""")

# H854: Han primary-school teacher in 景谷 who reaches her pupils' families on WeChat and QQ.
DOCS["H854"] = ("staff", """\
访谈者：陶老师，您现在带哪个班？
受访者：我叫{{han:陶丽君}}，在{{trap/place:景谷}}{{trap/place:威远镇}}教了十五年书，今年带{{school:景谷县威远镇第二小学四年级（2）班}}，当班主任。班上四十二个孩子，七个是困境儿童。跟家长联系全靠微信和QQ，好多爷爷奶奶不识字，我就发语音。
访谈者：能说说那几个孩子吗？
受访者：先说{{han:周子豪}}，十岁，爸爸{{han:周德昌}}因为盗窃判了四年，妈妈走了，跟奶奶过。{{han:周奶奶}}不会用智能手机，我就加了他姑姑{{han:周玉仙}}的微信{{wechat:zhouyuxian_1988}}，有事发给她，她再去跟老人说。{{han:周子豪}}都十岁了还不会系鞋带，我教了他三回。
访谈者：还有呢？
受访者：{{han:刘思颖}}，爸妈在{{trap/place:东莞}}电子厂，一年回来一次，跟外婆住。她爸{{han:刘永川}}每个礼拜天晚上跟我视频，问孩子作业。她妈{{han:黄丽仙}}的微信是{{wechat:Huanglixian_dg}}，常给我发红包让我转给孩子买本子，我一个都没收，转给外婆了。{{han:刘思颖}}就是太乖，乖得让人心疼。
访谈者：有没有父母生病的？
受访者：有。{{han:郭家乐}}他妈{{han:鲍春梅}}前年中风，半边身子不能动，他爸{{han:郭红军}}跑货车，常年不在家。{{han:郭家乐}}也才十岁，早上给他妈喂了饭才来上学，经常迟到。我跟{{han:刀校长}}说了，校长说这孩子迟到不扣分。他爷爷叫{{han:郭长寿}}，七十多了，还在地里种玉米。
访谈者：孤儿呢？
受访者：{{han:杨天赐}}，爸妈都是{{trap/year:2023年}}在{{trap/place:永平}}那边出车祸没的，跟大伯{{han:杨国昌}}过。大伯对他好，大伯母{{han:杨婶}}嘴硬心软，说是给口饭吃，其实衣服都是新买的。{{han:杨天赐}}还在做噩梦，学校心理老师{{han:蒋晓玲}}每周找他一次。班上还有个拉祜族小姑娘叫{{minority/lahu:娜红}}，跟着爷爷{{minority/lahu:扎约迫}}在城里捡废品，她妈妈改嫁了。
访谈者：学校怎么帮这些孩子？
受访者：{{han:刀校长}}定了规矩，困境儿童的午餐全免，校服学校出。副校长{{han:何文涛}}管资助，他把七个孩子都报到县里了。数学老师{{han:苏建勋}}每天放学给{{han:周子豪}}补课，他说这孩子不笨，就是没人管。今年来了个支教老师，叫{{compound:慕容俊逸}}，孩子们都爱围着他。还有同事{{compound:东方晓雨}}，教音乐的，带{{minority/lahu:娜红}}去县里唱歌拿了奖。
访谈者：社区那边呢？
受访者：社区儿童主任{{han:李红英}}跟我一个礼拜通一次电话。有个家长叫{{compound:欧阳国栋}}，自己开小卖部，每学期给困境儿童送文具。他说他小时候也是跟奶奶长大的。
访谈者：QQ用来做什么？
受访者：班里建了QQ群，大一点的孩子自己有号，在群里交作业。{{han:刘思颖}}的QQ是{{qq:2148039576}}，她晚上在群里问题目。{{han:杨天赐}}用他大伯的旧手机，QQ号码他写在我讲台抽屉里的纸条上了，我记下来是{{qq:690218457}}。{{han:郭家乐}}没有手机，我就给他爸打电话，{{mobile@plus86spaced}}，打不通就打他爷爷的{{mobile@fullwidth}}。
访谈者：学校的名单上名字有问题吗？
受访者：有。资助表上{{han:周子豪}}写成了{{spaced:周 子 豪}}，体检表上把{{han:郭家乐}}写成{{spaced:郭　家　乐}}，支教老师的名字报上去被写成{{spaced:慕 容 俊 逸}}。
访谈者：您自己怎么看这份工作？
受访者：累。可看孩子们一点点好起来，就值。{{trap/famous:孔融}}让梨的故事我讲过好多遍，{{han:杨天赐}}就把发的苹果分给小同学。{{trap/famous:司马光}}砸缸的故事，孩子们也爱听。
访谈者：家访的时候看到些什么？
受访者：有的家里连张桌子都没有，孩子趴在床上写作业。{{han:周子豪}}家的房子漏雨，我拍了照片发给社区，社区找人修了。{{han:郭家乐}}家里一股药味，他妈躺在床上，看见我就哭，说对不起老师，孩子老迟到。我说不怪孩子，孩子是好孩子。回来的路上我也哭了。
访谈者：您怎么跟在外地的家长沟通？
受访者：每周五我在班级群里发一周的情况，也把{{trap/hotline:12355}}青少年热线发给家长，给外出打工的家长单独发孩子的照片和作业。有的家长会回一长串语音，有的从来不回。不回的我就打电话，打三次总有一次接。开家长会的时候我开视频，让在外地的爸爸妈妈也能看到孩子坐在教室里。
访谈者：需要登记您的联系方式。
受访者：我的微信{{wechat:taolijun_wy2}}。学校地址在{{address:景谷县威远镇新街社区二组35号}}，{{han:杨天赐}}大伯家在{{address:威远镇芒腊村四组12号}}。
访谈者：对这些孩子您有什么期待？
受访者：不求考第一，只求他们知道有人关心。我的{{trap/word:周末}}多半花在家访上，家里人也习惯了。
""")

# H855: Han township civil-affairs clerk in 镇沅 reading out his case file.
DOCS["H855"] = ("staff", """\
访谈者：您在镇上管民政多久了？
受访者：九年了。我叫{{han:范永康}}，在{{trap/place:镇沅}}{{trap/place:恩乐镇}}民政办，困境儿童、低保、临时救助都归我。我把台账上几个典型的说一下。
访谈者：好。
受访者：第一户，两个孤儿，哥哥{{han:陶明轩}}十二岁，妹妹{{han:陶明月}}九岁。父母前年在{{trap/place:哀牢山}}那段路上翻了车，都没了。监护人是爷爷{{han:陶德贵}}，七十一岁。申请表上老人不会写字，他孙子帮他签，监护人一栏写了两遍，{{han:陶德贵}}{{han:陶德贵}}，我们就按原样存档了。两个孩子享受孤儿基本生活费，每人每月{{trap/number:一千四百四}}。
访谈者：第二户呢？
受访者：第二户，爸爸{{han:王建波}}因为贩毒判了十二年，在{{trap/place:昆明}}服刑。妈妈{{compound:公孙玉兰}}有精神残疾，二级，生活不能自理。孩子{{han:王欣妍}}八岁，在{{school:恩乐镇中心小学二年级（3）班}}，跟外婆住。{{han:王欣妍}}她外婆也有病，我们申请了临时救助，又报了事实无人抚养。
访谈者：第三户？
受访者：{{compound:皇甫建明}}，四十二岁，在矿上砸断了腿，一级残疾。老婆{{han:董兰香}}在镇上饭馆洗碗。女儿{{compound:皇甫小雨}}在{{school:镇沅县第一中学初一（5）班}}住校。{{compound:皇甫建明}}说他不要救助，要活干，我们就给他找了个看水库的活。
访谈者：还有吗？
受访者：第四户，留守儿童，爸妈在{{trap/place:浙江}}，跟奶奶{{compound:闾丘桂芳}}过，孩子叫{{han:李家宝}}，六岁，有先天性心脏病。手术是{{trap/org:县医院}}联系省里做的，{{trap/org:县残联}}和{{trap/org:红十字会}}凑了一部分钱。第五户，{{compound:乐正晓冬}}，十四岁，爸爸病死了，妈妈{{han:李桂蓉}}改嫁去了{{trap/place:景东}}，他跟叔叔{{compound:乐正子安}}过。
访谈者：您一个人做这么多户？
受访者：不是一个人。村里有儿童主任，像{{trap/place:者东}}那边的{{han:刀玉香}}。县民政局的{{han:董科长}}每季度下来抽查，县社工站的{{compound:尉迟志鹏}}跟我一起入户，他做心理评估，我填表。镇上的{{han:邹站长}}管医保，帮几户做了大病救助。
访谈者：表上的名字规范吗？
受访者：最头疼的就是这个。系统里名字有空格的、有写错的。第三户的户主被录成{{spaced:皇 甫 建 明}}，他女儿录成{{spaced:皇甫 小雨}}，那位奶奶录成{{spaced:闾　丘　桂　芳}}，第五户的孩子被录成{{spaced:乐 正 晓 冬}}，还有{{spaced:陶明 轩}}、{{spaced:公孙 玉兰}}。一查就对不上，钱就发不下去。
访谈者：台账上要记的证件和地址？
受访者：第一户在{{address:恩乐镇者东村七组5号}}，{{han:陶德贵}}的身份证{{id_number@my1954.530825}}，{{han:陶明轩}}的{{id_number@my2013.530825}}。第二户在{{address:恩乐镇振太街社区三组14号}}，孩子妈妈的身份证{{id_number@wmidfullwidth.530825}}，电话{{mobile@s74}}。第三户住{{address:镇沅县恩乐镇安居小区2号楼3单元602室}}，身份证{{id_number@my1983hyphen.530825}}，电话{{mobile@p86h}}，他女儿的QQ{{qq:3051986472}}，是她自己登记在资助表上的。第五户孩子叔叔的微信{{wechat:lezheng_zian}}。
访谈者：这些钱是怎么发下去的？
受访者：都是打到卡上，社会化发放。孤儿的钱打到监护人的卡上，我们每季度入户一次，看钱是不是花在孩子身上。有一户监护人把钱拿去打牌，我们跟村委会商量，换了监护人，改成孩子的姑姑管。每年还要复核，孩子满十八岁了、家里情况好转了，就要退出。
访谈者：有没有漏掉的孩子？
受访者：有，这是我最怕的。有的孩子父母离婚了，爸爸在外地不管，妈妈改嫁，跟爷爷奶奶过，可户口上爸爸还在，系统里就不算困境儿童。我们一户一户去摸，让村里的儿童主任上报，一年能多找出十几个。去年{{han:刀玉香}}那边就找出来三个。
访谈者：做这份工作最大的难处？
受访者：人手少，户多路远。群众有事可以打{{trap/hotline:12345}}，转到我们这儿的一年也有几十件。一户一户走，一天走不了几个村。好在这几年政策越来越细，孩子们的钱能按月发到卡上。
访谈者：最后您想说点什么？
受访者：这些孩子不是数字，每个都有名字。我们把名字写对了，钱就到了，孩子就少受一份罪。
""")

# H856: Hani grandmother in 墨江 raising three grandchildren; her son died, his wife remarried.
DOCS["H856"] = ("family", """\
访谈者：奶奶，您身体怎么样？
受访者：还行，就是腿疼。我叫{{han:杨者妹}}，哈尼族，家在{{trap/place:墨江}}山上。寨子里的人叫我{{han:白大妈}}，因为老倌姓白，叫{{han:白者忠}}，前些年病死了。
访谈者：孩子们的爸爸妈妈呢？
受访者：儿子{{han:白建林}}在{{trap/place:玉溪}}砖厂干活，前年机器出事，人没了。儿媳{{han:杨兰芬}}过了一年改嫁到{{trap/place:元江}}，孩子留给我了。{{han:杨兰芬}}她也难，过年会寄点钱回来。
访谈者：三个孙子孙女多大了？
受访者：大的是孙女{{han:白春花}}，十三，小名叫{{han:小米辣}}，脾气辣得很。{{han:小米辣}}她在{{school:墨江县联珠镇第三中学初一（2）班}}住校。老二{{han:白永强}}，十岁，矮墩墩的，我们叫他{{han:小板凳}}。老三{{han:白云亮}}，六岁，爱蹦，叫{{han:青蛙}}。{{han:小板凳}}和{{han:青蛙}}都在{{school:联珠镇碧溪完小四年级（1）班}}和一年级。
访谈者：您一个人带三个，怎么过日子？
受访者：{{trap/word:白天}}种几亩{{trap/word:白菜}}和玉米，养两头猪。{{han:白春花}}说奶奶你别下地了，放假她去地里。{{han:白永强}}也懂事，放学回来喂猪。{{han:青蛙}}就是淘气，上个月爬树摔破了头，是{{trap/org:乡卫生院}}的{{han:普卫东}}给缝的针。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:李美芳}}，她也是哈尼族，天天往我家跑。她给三个孩子报了事实无人抚养，每个月每人{{trap/number:一千一百二}}，我有低保。村里的{{han:钱国华}}书记帮我们申请了危房改造。乡民政所的{{han:张绍兵}}所长来核了好几回。{{han:张绍兵}}也是农村出来的，知道难处。县社工站有个姑娘叫{{compound:巫马春丽}}，跟她一起来的叫{{compound:段干云鹏}}，还有{{trap/org:县妇联}}的{{compound:漆雕秋菊}}，三个人给孩子们带来书包和鞋子。
访谈者：邻居们呢？
受访者：对门{{han:李大妈}}他们家常给孩子们缝衣裳，隔壁的{{han:钱婶}}常送腌菜。{{han:钱婶}}说，都是一个寨子的，能帮就帮。
访谈者：孩子们读书怎么样？
受访者：{{han:小米辣}}的班主任{{han:王丽琼}}老师说她成绩好，能考{{trap/place:普洱}}的高中。{{han:小板凳}}的老师{{han:陈天明}}说他数学好。我不识字，看不懂他们的本子，就看老师写的红勾勾。
访谈者：孙女住校，周末怎么回家？
受访者：走路。从镇上到寨子要走两个钟头山路，下雨天路滑，我最担心。后来{{han:李美芳}}跟学校说了，礼拜五下午有个老师开车顺路，把寨子里的几个孩子捎回来。孙女回来就帮我洗衣服，礼拜天吃了午饭再背着一袋米、一罐腌菜走回去。
访谈者：孩子们想爸爸吗？
受访者：想。老大懂事，不说。老二把他爸的一顶安全帽放在床头，说是爸爸留给他的。老三小，以为他爸去很远的地方干活了，过年还问爸爸什么时候回来。我不知道怎么跟他说，就说你好好吃饭，长高了就知道了。
访谈者：您想过以后吗？
受访者：想过。我六十八了，再过几年就带不动了。我跟{{han:李美芳}}说过，万一我走了，三个孩子别分开，一起送到他们姑妈家。她说奶奶你别想这些，你还要看孙子娶媳妇呢。
访谈者：过节的时候呢？
受访者：十月过{{trap/minority_word:十月年}}，摆{{trap/minority_word:长街宴}}，一条街的桌子连起来。五月墨江有{{trap/minority_word:双胞胎节}}，孩子们去看热闹。六月{{trap/minority_word:苦扎扎节}}杀牛祭天。晚上我给孩子讲{{trap/famous:七仙女}}和{{trap/famous:孙悟空}}的故事，{{han:青蛙}}听着听着就睡着了。
访谈者：表上要登记地址、证件和电话。
受访者：家在{{address:墨江县联珠镇碧溪村大寨二组19号}}。我的身份证{{id_number@wold.530822}}，孙女的{{id_number@wy2012spacedx.530822}}，老二的{{id_number@my2015fwhyphen.530822}}。{{han:李美芳}}的电话{{mobile@spaced}}，我的老人机{{mobile@p86n}}。孙女有QQ，她说号码记在她的作业本封皮上，说奶奶有事找她，是{{qq:1830472956}}。{{han:李美芳}}的微信{{wechat:limeifang_hani}}。
访谈者：表上名字写对了吗？
受访者：不对的多。低保本上我是{{spaced:杨 者 妹}}，学校把孙女写成{{spaced:白　春　花}}，把老三写成{{spaced:白云 亮}}。
访谈者：您最盼什么？
受访者：盼三个孩子长大，{{han:白春花}}说要当医生，{{han:白永强}}说要开货车，{{han:青蛙}}说要当孙悟空。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=849,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
