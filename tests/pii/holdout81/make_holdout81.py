# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 81 (tests/pii/holdout81/H633-H640 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 80, written at the same time by another
writer, is not an earlier set).

Set 81 is about children in distress (困境儿童) and the help they get, in eight new voices: a Mongolian father from
前郭, a maintenance fitter at a chemical works in 龙凤区 (大庆), whose wife's heart failed after her third birth, with
three children and his mother-in-law; a Tibetan grandmother in 乃东 (山南) raising the two children of her son, a
truck driver killed on the road to 林芝, and her sister's grandson, whose father is paralysed; a Hui grandmother in
新密 (郑州) raising the two children of her son, killed when a small coal pit collapsed; a Han mother in 无极
(石家庄) with lupus, whose husband is in prison for drink-driving, with three children called by word nicknames; a
Han primary-school teacher in 卢龙 (秦皇岛) who keeps in touch with the families of six pupils on WeChat and QQ; a
Uyghur grandfather from 策勒 selling naan by the 濠河 in 南通 (江苏) with the two children of his son, ill at home; a
Han court clerk in 抚宁 (秦皇岛) reading from the file of a case that took a girl's guardianship from her father, a
drug user, and gave it to her grandmother; and a Han grandmother in 西华 (周口) raising her grandson after her son
died on a night shift in 苏州. The emphasis is on forms where a replacement might cover only part of a name, in a
mix rather than one trick: Mongolian names of four to seven characters (陶克敦巴雅尔, 阿拉腾图娜, 额日和木吉勒,
宝音吉日嘎拉) with short forms after the full name (陶克敦, 图娜就, 和木吉勒也) and a Han surname before a Mongolian
given name (包格根哈达他说) beside the Han name of the same man (包振涛); Ü-Tsang Tibetan names (德庆央培, 洛桑索穷
then 索穷他, 米玛央拉她, 强巴次丹) and the Han names of Tibetans (罗晓川, 宋雪梅); Hui Han-form names (海桂荣, 白永顺,
白昊轩, 海德旺) beside 经名 used alone (赛莱哈, 努赫, 则克里雅他, 鲁给叶, 海鲁尼, 海德彻, 穆斯塔发他说) and a Han
surname before an Arabic name (马舒阿卜说); Uyghur given name + father's name with and without the dot
(穆合塔尔·许库尔 and 穆合塔尔许库尔, 买提热依木·托合提, 布佐热·阿不都瓦依提) and short forms (热依木大叔, 许库尔他,
巴奴, 米提, 卡德尔江他说); Han word nicknames, annotated whole (棒槌, 柿子, 栗子都, 满斗也); Han names with common
and rarer surnames, titles and kin words, names that contain or end in words (刘长江, 黄长河, 郭长林, 曹建新), a name
written twice (田玉珍田玉珍, a printed name and a signature), names directly before particles and verbs and after
叫/是/给/跟/和/的/找/让; spaced, dotted and split names; compound surnames after ordinary words; and numbers read out
and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:田玉珍}}``, ``{{qq:2739016584}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2013tri.653225}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (``ID_SHAPES``, ``MOBILE_SHAPES``);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 书记, 老师, 大夫, 所长, 科长, 队长,
警官, 阿訇, 律师, 大姐, 姐, 婶, 婶子, 姨, 叔, 阿姨, 大叔, 妈妈) and a particle, pronoun or verb written directly after a
name (说, 的, 家, 也, 都, 就, 还, 她, 他, 他们家, 那边) are outside the span; a word nickname (棒槌, 柿子, 栗子, 满斗)
is annotated whole. Han-style names of Mongolian, Tibetan and Hui people (包振涛, 罗晓川, 宋雪梅, 海桂荣) are category
han; a Han surname before a non-Han given name (包格根哈达, 马舒阿卜) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout81/make_holdout81.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(81_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "uyghur": 10}

MOBILE_PREFIXES = ["133", "136", "139", "152", "155", "159", "177", "180", "182", "185", "186", "189", "193",
                   "195", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H633: Mongolian father in 龙凤区 (大庆), a maintenance fitter whose wife's heart failed after her third birth.
DOCS["H633"] = ("family", """\
访谈者：先说说您自己和家里的情况吧。
受访者：我叫{{minority/mongolian:陶克敦巴雅尔}}，四十六，老家在{{trap/place:前郭}}，{{trap/year:二〇〇八年}}跟着表哥来的{{trap/place:大庆}}，在{{trap/place:龙凤区}}一家化工厂干维修。车间里嫌名字长，都喊我{{minority/mongolian:陶克敦}}。户口本上的汉名叫{{han:包振涛}}，办事的时候两个名字换着用。
访谈者：家里几口人？
受访者：六口。老婆{{minority/mongolian:萨仁格根}}前年生老三的时候大出血，命保住了，心脏落下了毛病，走几步就喘，大夫说是产后心肌病。她妈{{minority/mongolian:苏布达来}}从前郭过来帮着带孩子，也六十好几了。三个孩子：大闺女{{minority/mongolian:阿拉腾图娜}}十五，儿子{{minority/mongolian:额日和木吉勒}}十一，小的叫{{minority/mongolian:诺敏吉雅}}，才两岁半。
访谈者：孩子们在哪儿上学？
受访者：大闺女在{{school:龙凤区第二中学初三（4）班}}，家里都叫她{{minority/mongolian:图娜}}。{{minority/mongolian:图娜}}就是懂事，放学先给她妈熬药，再写作业。儿子在{{school:龙凤区兴化小学五年级（2）班}}，他们班主任{{han:王丽杰}}老师说他上课爱走神。{{minority/mongolian:和木吉勒}}也想他妈，夜里老往他妈屋里钻。
访谈者：厂里知道您家的情况吗？
受访者：知道。车间主任{{han:刘长江}}给我调成了常白班，少挣点，能顾家。工会的{{han:李凤琴}}大姐给报了职工困难补助，一年{{trap/number:三千二}}。跟我一个班组的{{han:赵铁成}}他们家也不宽裕，还凑了钱送过来，我不要，他就塞给我丈母娘。
访谈者：社区和街道呢？
受访者：社区的儿童主任{{han:孙艳秋}}来过好几趟，给老三报了困境儿童，每月有{{trap/number:六百五}}的补贴。街道民政上的{{han:张立群}}帮着我们申请了低保。我老婆住院的时候，市医院的{{han:周振德}}大夫说得长期吃药，帮着跟{{trap/org:市红十字会}}联系了救助。社工站来过两个人，男的叫{{compound:宇文皓然}}，女的是{{compound:长孙雨薇}}。{{compound:长孙雨薇}}每回来都给老三带个布娃娃。
访谈者：孩子们姥姥身体呢？
受访者：{{minority/mongolian:苏布达来}}她腰不好，还得天天抱老三。我让{{minority/mongolian:苏布达来}}歇歇，她说你去上你的班。有时候半夜我下班回来，看她坐在炕沿上打盹，手里还拍着孩子。
访谈者：过节的时候呢？
受访者：过年回前郭，{{trap/minority_word:查干萨日}}那天给老人磕头，吃{{trap/minority_word:手把肉}}、喝{{trap/minority_word:奶茶}}。夏天屯子里办{{trap/minority_word:那达慕}}，儿子去看摔跤，回来跟我比划。姥姥给孩子们讲{{trap/famous:哲别}}射箭的故事，老三听不懂也跟着拍手。
访谈者：孩子们的姥爷还在吗？
受访者：不在了。姥爷{{minority/mongolian:宝音吉日嘎拉}}前些年在前郭放马，冬天掉进冰窟窿里没了。丈母娘就这一个闺女，所以说什么也得过来。我表哥{{minority/mongolian:包格根哈达}}在大庆开出租，隔三岔五拉我们去医院，油钱都不要。{{minority/mongolian:包格根哈达}}他说，从草原上出来的人，就得互相扶着。派出所的{{han:马立新}}所长帮着给老三落了户口，跑了两趟前郭。厂里人一喊{{minority/mongolian:陶克敦}}，我就知道又是谁家送东西来了。
访谈者：经济上最紧的是什么？
受访者：药。老婆一个月光药就得一千多，医保报一半。还有大闺女明年中考，想去市里念高中，住校吃饭都是钱。我晚上下了班在{{trap/place:卧里屯}}那边帮人修车，一宿能挣一百来块。大闺女说她不考高中了，考个卫校早点挣钱，我骂了她，她哭了，第二天还是给我做了早饭。
访谈者：表上要登记地址和号码。
受访者：家在{{address:龙凤区龙凤镇东光小区17号楼3单元502室}}，老家是{{address:前郭县查干花镇哈拉毛都嘎查三组14号}}。我身份证{{id_number@my1979spaced.220721}}，大闺女的{{id_number@wy2010.230603}}。我电话{{mobile@plain}}，老婆的{{mobile@s38}}。大闺女用我的手机注册了个微信，叫{{wechat:Tuya_lf2010}}，她还有个QQ，号码抄在冰箱门上，我念：{{qq:2739016584}}。
访谈者：孩子们知道家里难吗？
受访者：知道。儿子以前爱要玩具，现在不要了，说留着钱给妈买药。{{minority/mongolian:诺敏吉雅}}还小，她只知道妈妈抱不动她，就自己爬到她妈怀里。
访谈者：表上名字写得对吗？
受访者：不大对。低保表上我成了{{spaced:陶 克 敦 巴 雅 尔}}，老婆写成{{spaced:萨仁 格根}}，学校表上大闺女是{{spaced:阿　拉　腾　图　娜}}。厂里的花名册是{{spaced:包　振　涛}}。
访谈者：最后您想说点什么？
受访者：盼老婆的病别再重了，孩子们都念出书来。咱蒙古人说，马跑得再远也记得回家的路，我就盼这个家别散。
""")

# H634: Tibetan grandmother in 乃东 (山南) raising her dead son's children and her niece's boy.
DOCS["H634"] = ("family", """\
访谈者：阿佳啦，您家里现在几口人？
受访者：四口。我叫{{minority/tibetan:德庆央培}}，六十七了，住在{{trap/place:乃东}}，离{{trap/place:泽当}}镇上走路半个钟头。老伴{{minority/tibetan:索朗班觉}}走了六年。儿子{{minority/tibetan:次仁旺久}}开大车，前年冬天在去{{trap/place:林芝}}的路上翻了车，人没了。儿媳{{minority/tibetan:普赤拉宗}}后来去{{trap/place:拉萨}}茶馆打工，又成了家，两个孙子留给了我。
访谈者：孩子们叫什么？多大？
受访者：孙子{{minority/tibetan:洛桑索穷}}十二岁，我们叫他{{minority/tibetan:索穷}}；孙女{{minority/tibetan:白玛益西}}九岁。学校老师给孙子起了个汉名，叫{{han:罗晓川}}。{{minority/tibetan:索穷}}在{{school:乃东区第一小学六年级（3）班}}，{{minority/tibetan:白玛益西}}在{{school:泽当镇完全小学三年级（1）班}}，两个都住校。
访谈者：还有一个孩子？
受访者：我妹妹的外孙{{minority/tibetan:扎西晋美}}，七岁，他爸{{minority/tibetan:强巴次丹}}在工地上摔坏了脊梁，瘫在床上，他妈得了癫痫。孩子就跟着我吃住，礼拜天回去看他爸。
访谈者：儿子走了以后，谁帮过你们？
受访者：居委会主任{{minority/tibetan:边巴顿旦}}，还有儿童主任{{minority/tibetan:米玛央拉}}。{{minority/tibetan:米玛央拉}}她跑了好几趟区里，两个孙子按孤儿报上去，一个月一人{{trap/number:一千五百多}}。区{{trap/org:民政局}}的{{han:杨春华}}科长来家里核过。援藏的{{han:沈立平}}大夫每个月到村卫生室坐诊，给我量血压，还给{{minority/tibetan:强巴次丹}}看过褥疮。社工站有个{{compound:诸葛晨曦}}，是湖南来的小伙子，跟{{compound:闾丘梦瑶}}一块儿来，教孩子们下棋。
访谈者：孩子们在学校怎么样？
受访者：{{minority/tibetan:索穷}}他数学好，班主任{{minority/tibetan:次旦央吉}}老师说他能考到内地西藏班去。{{minority/tibetan:白玛益西}}爱唱歌，学校里跳{{trap/minority_word:果谐}}她站第一排。孙女的汉语老师{{han:郑晓燕}}是四川人，常给她带本子和彩笔。
访谈者：您自己身体怎么样？
受访者：腿疼，眼睛也花了。区里组织老人去{{trap/place:山南}}的医院查过一回，大夫说是关节炎，开了膏药，贴上能好点。早上去{{trap/place:雍布拉康}}下面转一圈{{trap/minority_word:转经筒}}，回来给孩子们打{{trap/minority_word:酥油茶}}、拌{{trap/minority_word:糌粑}}。我女儿{{minority/tibetan:旦增卓嘎}}在镇上卖{{trap/minority_word:氆氇}}，隔几天来帮我洗衣服。
访谈者：孩子们放假在家做些什么？
受访者：孙子帮我放那几头牛，孙女跟着我在院子里晒青稞。暑假村里办了托管班，是驻村工作队的{{han:邓建川}}队长张罗的，请了两个大学生来教孩子们写作业。一个是我们乃东的姑娘{{minority/tibetan:索朗措姆}}，上学时老师给她起的汉名叫{{han:宋雪梅}}；另一个叫{{han:胡泽宇}}，是从成都来的。他说，明年还办，让孩子们别在河边乱跑。{{trap/word:白天}}孩子们在托管班，我就能去地里干活了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:藏历新年}}那几天最热闹，我给孩子们做{{trap/minority_word:卡赛}}，给他们讲{{trap/famous:唐东杰布}}修铁索桥的故事。{{trap/minority_word:望果节}}的时候，村里转田，孙子跟着大人背经书。我们家的青稞地不大，一年收的够吃，剩下的换点酥油。
访谈者：日子上最难的是什么时候？
受访者：儿子刚走那年。孙女天天哭，要找阿爸。我就抱着她坐在门口等，等天黑了再抱回去。后来社工姑娘来了，陪她画画，画了好多车，她说车能把阿爸拉回来。现在好些了，可她还是怕听见大车按喇叭。去年冬天来了个新司机，在村口按了两声，她吓得钻到床底下，半天不出来。我就跟她说，阿爸在天上看着呢，不怕。现在她自己会说这句话了，听见喇叭就念一遍。
访谈者：登记表要写地址和号码。
受访者：家在{{address:乃东区昌珠镇克麦居委会二组11号}}，我妹妹家在{{address:乃东区泽当镇团结小区4号楼2单元302室}}。我的身份证{{id_number@wy1958.540502}}，孙子的{{id_number@my2013hyphen.540502}}。电话是孙子帮我记的：我的{{mobile@hyphen}}，{{minority/tibetan:米玛央拉}}的{{mobile@plus86}}，她的微信{{wechat:mima_yangla88}}。孙子有个QQ，说是学校上网课用，号码{{qq:1576029384}}。
访谈者：表上名字写得对吗？
受访者：有对的，有不对的。低保本上我是{{spaced:德庆 央培}}，孙子是{{spaced:洛 桑 索 穷}}，孙女写成{{spaced:白　玛　益　西}}，老伴成了{{spaced:索朗 班觉}}。
访谈者：您最大的心愿是什么？
受访者：孩子们长大了不要开大车。让他们念书，当老师、当大夫，我就放心了。孙子说他想当警察，在路上管着那些开快车的，我说好，莫啦等着。
""")

# H635: Hui grandmother in 新密 (郑州) raising the children of her son, killed in a small coal pit.
DOCS["H635"] = ("family", """\
访谈者：大娘，您家里是什么情况？
受访者：我叫{{han:海桂荣}}，经名{{minority/hui:赛莱哈}}，七十一了。家在{{trap/place:新密}}城西，{{trap/place:郑州}}往西一个钟头的车。老头子{{han:白永顺}}，经名{{minority/hui:努赫}}，前年中风，现在半边身子不利索，说话也含糊，可孩子们都听得懂。儿子{{han:白建斌}}在{{trap/place:超化}}的小煤窑下井，{{trap/year:二〇一九年}}窑塌了，人没出来。儿媳{{han:杨巧云}}改嫁到{{trap/place:登封}}，两个孙子留给我们老两口。
访谈者：孩子们多大了？
受访者：大孙子{{han:白昊轩}}十三，经名{{minority/hui:则克里雅}}；孙女{{han:白梦琪}}十岁，经名{{minority/hui:鲁给叶}}。孙子在{{school:新密市第三初级中学初一（5）班}}，孙女在回民小学读四年级。家里就叫他俩经名，{{minority/hui:则克里雅}}和{{minority/hui:鲁给叶}}，外头人叫学名。
访谈者：孙子孙女怎么样？
受访者：{{minority/hui:则克里雅}}他不爱说话，他爸走了以后就更闷了。{{minority/hui:鲁给叶}}还小，黏她爷爷，天天给她爷爷捶腿。班主任{{han:禹春梅}}老师常打电话来，说孙子作文写他爸，全班都哭了。
访谈者：谁帮过你们？
受访者：寺里的{{han:马德胜}}阿訇，他经名叫{{minority/hui:海鲁尼}}，每回散{{trap/minority_word:乜贴}}都先想着我们家。村里的儿童主任{{han:丁秀芝}}给两个孩子报了孤儿，一个月一人{{trap/number:一千四百八}}。乡{{trap/org:民政所}}的{{han:买志刚}}来核过三趟，每回都拿个本子记。矿上赔的钱，是{{han:穆红旗}}律师帮着要的，一分没收。
访谈者：社工来过吗？
受访者：来过。县里社工站的{{compound:司马晓晴}}，还有跟她一块的{{compound:东方浩宇}}，给孙子做心理辅导，带他去爬了{{trap/place:伏羲山}}。孙子回来说，那个大哥哥说男人也能哭。后来又来了几回，陪孙子打球，教孙女折纸。孙子的话慢慢多了，吃饭的时候也肯说说学校里的事。
访谈者：家里还有谁？
受访者：闺女{{han:白玉蝉}}在{{trap/place:新郑}}，嫁给了{{minority/hui:马舒阿卜}}，他们家开牛肉汤馆。{{minority/hui:马舒阿卜}}说，孩子们上学的钱他出一半。我侄女{{han:海静}}也常来，她经名叫{{minority/hui:海德彻}}，在{{trap/org:清真寺}}女学里教孩子念经。
访谈者：孩子们的妈妈还回来看吗？
受访者：回来过两回。头一回孙女躲在屋里不出来，第二回才肯让她抱。她在登封又生了个儿子，日子也紧巴。我不怨她，年轻轻的守不住，可孩子们心里有疙瘩，得慢慢解。孙子说他不恨他妈，就是不想叫她。我说不想叫就先不叫，等你长大了自己拿主意。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给左邻右舍都送。孙女最爱吃{{trap/word:白糖}}糕，我就多蒸一锅。老头子给孙子讲{{trap/famous:常遇春}}打仗的故事，说咱回回人也出过大将。
访谈者：日子上最难的是什么？
受访者：冬天烧煤贵，老头子的药也贵。我在村口摆个摊卖{{trap/minority_word:牛肉饼}}，一天挣个四五十。孙子放学了就帮我看摊，收钱算账比我还快。有一回他把人家多给的十块钱追出去还了，我心里说，这孩子没学坏。
访谈者：村里人对你们家怎么样？
受访者：好。前院的{{han:海德旺}}是我娘家堂哥，经名{{minority/hui:穆斯塔发}}，在镇上开清真面馆。{{minority/hui:穆斯塔发}}他说孩子们放学了就去吃面，不收钱。汉族邻居{{han:郭长林}}每年帮我们犁地，他跟我说，大嫂你别客气，都是一个村的。还有村东头的{{han:卢秀荣}}姨，每年入冬给孩子们做两双棉鞋。我说这恩情还不上，她说谁家还没个难处。
访谈者：表上要填地址和号码。
受访者：家在{{address:新密市来集镇李堂村五组21号}}，闺女家在{{address:新郑市新建路和顺小区6号楼2单元401室}}。老头子的身份证{{id_number@mold.410183}}，孙子的{{id_number@my2012fullwidth.410183}}。我电话{{mobile@spaced}}，{{han:丁秀芝}}的电话{{mobile@plus86spaced}}，她微信{{wechat:dingxiuzhi_ljz}}。孙子有QQ，说是问作业的，他给我写在药盒上了，你看这几个字：{{qq:913407268}}。
访谈者：表上名字写得对吗？
受访者：乱。孙子在表上是{{spaced:白 昊 轩}}，孙女写成{{spaced:白　梦　琪}}，经名有人写成{{spaced:则 克 里 雅}}，我成了{{spaced:海桂 荣}}。
访谈者：您最盼什么？
受访者：盼孩子们平平安安，长大别下井。孙子说他想学电焊，去郑州的厂里上班；孙女说要当老师，回村里教书。我就说，都好，只要是正经营生，奶奶都高兴。
""")

# H636: Han mother in 无极 (石家庄) with lupus, her husband in prison, three children called by word nicknames.
DOCS["H636"] = ("family", """\
访谈者：大姐，您先说说家里的情况。
受访者：我叫{{han:齐彩霞}}，三十九，{{trap/place:无极}}县城东边的。前些年在{{trap/place:无极皮革城}}给人缝皮包，{{trap/year:2021年}}查出来红斑狼疮，手指头肿得拿不住针，活就干不了了。孩子他爸{{han:郝建勇}}喝了酒开车撞了人，判了三年半，在{{trap/place:石家庄}}服刑。家里三个孩子，都是我一个人拉扯。
访谈者：孩子们多大了？
受访者：老大{{han:郝子腾}}十三，小名{{han:棒槌}}，生下来八斤二两，又黑又壮，他爷爷就给起了这么个小名。老二是闺女，{{han:郝雨萱}}，十岁，小名{{han:柿子}}。老三{{han:郝子墨}}六岁，我们叫他{{han:栗子}}。{{han:棒槌}}在{{school:无极县第二中学初一（7）班}}，{{han:柿子}}在{{school:东侯坊乡中心小学四年级（2）班}}。
访谈者：孩子们知道爸爸的事吗？
受访者：老大知道，他也不问。老二就老问，我说爸爸出远门挣钱去了。老三都快忘了他爸长啥样了，每回视频会见他都躲在我身后头。
访谈者：谁帮过你们？
受访者：村里的儿童主任{{han:耿丽敏}}，她比我大几岁，我们都叫她{{han:耿丽敏}}姐，有啥事我就找{{han:耿丽敏}}。是她跑乡里给仨孩子报了事实无人抚养，一个月一人{{trap/number:一千二百八}}。村支书{{han:郄国良}}给我们家报了低保。乡卫生院的{{han:温秀华}}大夫每个月来给我测一回尿蛋白。我娘家哥{{han:齐建民}}说，你别怕，有我们呢。
访谈者：社工来过吗？
受访者：来过。县社工站的{{compound:欧阳沁蕾}}，还有跟她搭档的{{compound:上官启航}}，给孩子们办了个读书小组。{{compound:上官启航}}还给老大补数学，{{han:棒槌}}说那个哥哥讲得比老师还明白。
访谈者：孩子们平时怎么样？
受访者：{{han:棒槌}}就跟个小大人一样，早上起来熬粥，送老三上幼儿园。{{han:柿子}}她爱哭，可是也爱干活，洗碗、扫地，我病了她给我端水。{{han:栗子}}都六岁了，还就知道玩，天天拿个木棍当枪。邻居{{han:贾桂蓉}}婶子家有个孙女跟{{han:柿子}}一个班，俩孩子好得跟亲姐妹似的。{{han:贾桂蓉}}也常给我们端碗饺子过来。
访谈者：过节呢？
受访者：过年孩子们去姥姥家，我哥带他们去赶庙会。正月十五看灯，老三骑在他舅脖子上。我给他们讲{{trap/famous:赵子龙}}单骑救主，{{han:棒槌}}说他长大也要当将军。
访谈者：您娘家还有谁帮衬？
受访者：我妈{{han:范桂枝}}七十了，腿脚还行，农忙的时候过来住几天，给孩子们蒸一锅馒头、擀一盆面条。我妹妹{{han:齐彩云}}在{{trap/place:藁城}}的超市上班，每个月给孩子们寄点钱。她也说，等老大考上高中，学费她包了。他们村的{{han:施卫东}}叔在县医院当护工，我去复查都是他帮着排队挂号。
访谈者：经济上怎么过？
受访者：低保加上孩子们的钱，一个月三千来块，我的药一个月就得七八百。{{trap/word:高兴}}的是孩子们学费全免了，学校还给发校服。学校的营养餐一天一个鸡蛋一盒奶，老三回来跟我说，妈，我把鸡蛋给你留着。我不懂政策，就打{{trap/hotline:12345}}问，人家一条一条给我说。{{trap/word:温室}}大棚我干不动了，包给了别人，一年给{{trap/number:两千块}}租金。
访谈者：他爸还有多久出来？
受访者：明年秋天。他在里头写信，说出来好好干活，再也不喝酒了。我信不信呢，我也不知道，就盼着他说话算话。孩子们给他写信，老大写得最长，老二画画，老三就画个圈，说这是月亮，爸爸在里头也能看见。每回会见回来，老大一晚上不说话，我就让他陪我包饺子，包着包着他就说开了。
访谈者：登记表要写地址、号码。
受访者：家在{{address:无极县东侯坊乡北苏村三组18号}}，我娘家在{{address:无极县无极镇安平小区9号楼1单元301室}}。我身份证{{id_number@wy1986hyphen.130130}}，老三的{{id_number@my2019.130130}}。我电话{{mobile@s434}}，{{han:耿丽敏}}的{{mobile@h38}}，她微信就叫{{wechat:genglimin_bs}}。{{han:棒槌}}有个QQ，说是跟老师交作业用的，号码{{qq:3640172958}}。
访谈者：表上名字写得对吗？
受访者：不全对。学校表上老大写成{{spaced:郝 子 腾}}，老二是{{spaced:郝　雨　萱}}，我是{{spaced:齐彩 霞}}。
访谈者：最后您想说什么？
受访者：盼我这病稳住了，把孩子们拉扯大。{{han:棒槌}}说他要考医学院，给我治病，我就等着这一天。老二说要当护士，老三说要开挖掘机，我说行，都行。
""")

# H637: Han primary-school teacher in 卢龙 (秦皇岛) who keeps in touch with the families of six pupils on WeChat and QQ.
DOCS["H637"] = ("teacher", """\
访谈者：老师，您带的是哪个班？
受访者：我叫{{han:冯淑敏}}，在{{trap/place:卢龙}}县城边上的小学教了十五年书，现在是{{school:卢龙县燕河营镇中心小学四年级（3）班}}的班主任。班上三十八个孩子，有六个是困境儿童，家长不常来学校，我就靠微信和QQ跟他们联系。
访谈者：能一个一个说说吗？
受访者：头一个是{{han:韩梓轩}}，他爸{{han:韩志国}}得了白血病，在{{trap/place:秦皇岛}}住院，他妈{{han:闫丽荣}}在医院陪护。家长群里他妈的名字是“{{han:韩梓轩}}妈妈”，她的微信{{wechat:yanlirong_0916}}，{{han:韩志国}}那边离不开人，她一般夜里十点以后回消息。
访谈者：第二个呢？
受访者：第二个是{{han:付佳琪}}，她妈{{han:付红艳}}因为诈骗进去了，她爸在外地跑运输，孩子跟着姥姥{{han:马凤娥}}。{{han:付佳琪}}她不爱说话，作业本上老画一个小房子。姥姥不会用微信，有事我就打她的电话{{mobile@spaced}}，她耳背，我得喊。
访谈者：第三个？
受访者：第三个是孤儿，{{han:杜天佑}}，爸妈前年在{{trap/place:抚宁}}高速上出了车祸，跟着叔叔{{han:杜长福}}过。{{han:杜长福}}就说，孩子有啥事找他，他的QQ号{{qq:597013826}}，微信就是这个手机号。孩子有孤儿基本生活费，一个月{{trap/number:一千六百九}}，是镇上的儿童主任{{han:常秀梅}}办的。
访谈者：第四个？
受访者：第四个叫{{han:邢浩宇}}，他爸妈都在{{trap/place:北京}}送外卖，一年回来一趟，孩子跟爷爷奶奶。他有个QQ，是他爸给申请的，说想爸了就发消息，号码我记在花名册背面了，是{{qq:2051837469}}。{{han:邢浩宇}}跟他爸视频的时候，老躲在厕所里哭。
访谈者：第五个？
受访者：第五个是维吾尔族的孩子，叫{{minority/uyghur:阿卜力米提·买买提江}}，我们都叫他{{minority/uyghur:米提}}。他爸{{minority/uyghur:买买提江·吐尔洪}}在县城卖烤串，去年从电动车上摔下来，腿断了。他妈{{minority/uyghur:再努尔·艾力}}不太会说汉话，有事都是{{minority/uyghur:米提}}给翻译。他爸的微信叫{{wechat:maimaitijiang_lulong}}。
访谈者：第六个？
受访者：第六个{{han:庞思雨}}，爸爸是盲人，在城里按摩店干活，妈妈聋哑。{{han:庞思雨}}她很懂事，每天放学先去店里接她爸回家。她妈用QQ跟我打字聊天，QQ号是孩子写给我的，歪歪扭扭，我认了半天：{{qq:46815203}}。
访谈者：这些孩子在班上跟别人处得怎么样？
受访者：大多数还好。班长{{han:任佳怡}}心细，谁没带午饭，她就把自己的分一半。{{han:任佳怡}}她妈{{han:葛春兰}}是开早点铺的，每天多包几个包子让闺女带来。也有孩子笑话{{han:庞思雨}}她爸看不见，我在班会上说了一回，让她给大家讲她爸怎么摸着给人按摩，讲完全班都鼓掌，以后再没人笑话。
访谈者：学校和家长之间还有谁帮忙？
受访者：{{han:王德全}}校长和{{han:张春苗}}，她是心理老师。镇里社工站的{{compound:慕容子健}}每个月来一次，带孩子们做团体游戏；还有{{compound:公孙晓琳}}，她专门跟{{han:付佳琪}}一对一聊。县{{trap/org:妇联}}每年六一给困境儿童送书包。
访谈者：跟家长联系的时候有什么难处？
受访者：有的家长不识字，语音一发就是一分钟，我得一条一条听。有的家长在外地，换了手机号也不说，找不着人。我就让孩子们把家长的号码都写下来，贴在我办公桌上，三个月核对一次。有一回{{trap/year:2023年}}冬天下大雪，一个孩子三天没来，电话也打不通，我跟校长骑电动车去他家，才知道他奶奶摔了，他在家守着。我们学校还请{{trap/org:县关工委}}的老同志给孩子们讲故事。
访谈者：家访的时候登记的信息呢？
受访者：{{han:杜长福}}家在{{address:卢龙县燕河营镇西街村四组7号}}。{{han:杜天佑}}的身份证号是{{id_number@my2015spaced.130324}}。{{han:韩志国}}的电话{{mobile@plus86dash}}，{{han:常秀梅}}的微信{{wechat:changxm_yhy}}。
访谈者：名字登记有出入吗？
受访者：有。县里的表是手写的，有写成{{spaced:杜 天 佑}}的，把{{spaced:阿卜力米提 · 买买提江}}点两边空着的，还有把社工写成{{spaced:慕 容 子 健}}的。
访谈者：您最想说的是什么？
受访者：孩子们在家里缺的，在学校里能补一点是一点。有时候周末我带几个孩子去县城的图书馆看书，回来的路上给他们一人买根冰棍，他们能高兴好几天。卢龙老话说，{{trap/famous:伯夷}}{{trap/famous:叔齐}}宁可饿死也守着本分，我就跟孩子们讲，穷不怕，人要正。
""")

# H638: Uyghur grandfather from 策勒 selling naan in 南通 (江苏) with the two children of his son, ill at home.
DOCS["H638"] = ("family", """\
访谈者：大爷，您在南通多少年了？
受访者：八年了。我叫{{minority/uyghur:买提热依木·托合提}}，六十三，老家{{trap/place:和田}}{{trap/place:策勒}}的。在{{trap/place:南通}}{{trap/place:濠河}}边上租了个门面打{{trap/minority_word:馕}}，街坊都叫我{{minority/uyghur:热依木}}大叔。儿子{{minority/uyghur:许库尔·买提热依木}}原来跟我一起打馕，前年查出来肝上长了东西，回策勒治病，做了两回手术，干不了活了。儿媳{{minority/uyghur:布佐热·阿不都瓦依提}}在家照顾他，还得种地。两个孙子就跟着我在这边念书。
访谈者：孩子们多大了？
受访者：大孙子{{minority/uyghur:穆合塔尔·许库尔}}十二岁，学校名册上写的是{{minority/uyghur:穆合塔尔许库尔}}，没有点。孙女{{minority/uyghur:米合日巴奴·许库尔}}九岁。{{minority/uyghur:穆合塔尔}}在{{school:崇川区跃龙小学六年级（4）班}}，{{minority/uyghur:巴奴}}在{{school:崇川区跃龙小学三年级（2）班}}，兄妹俩一块儿上学一块儿回来。
访谈者：孩子们在这边习惯吗？
受访者：刚来的时候不习惯，吃不惯米饭，听不懂南通话。现在{{minority/uyghur:穆合塔尔}}他南通话说得比我好，在店里帮我收钱，客人都夸他。南通冬天湿冷，孩子们刚来那年手上长了冻疮，现在习惯了，还学会了吃{{trap/word:黄鱼}}。{{minority/uyghur:巴奴}}爱跳舞，班主任{{han:陆晓雯}}老师让她在六一晚会上跳了一段，全校都鼓掌。
访谈者：谁帮过你们？
受访者：社区的儿童主任{{han:顾美华}}，她帮着跟策勒那边的民政联系，给两个孩子报了事实无人抚养，钱打到我卡上，一个月一人{{trap/number:一千一百五}}。街道的{{han:曹建新}}主任给孩子们办了借读，学费一分没交。城管{{han:季海涛}}人好，下雨天帮我把馕坑的棚子支起来。社工站有个{{compound:皇甫文轩}}，跟他一起来的叫{{compound:赫连若溪}}，给孩子们辅导功课，还带他们去{{trap/place:狼山}}玩了一趟。
访谈者：老家那边呢？
受访者：我弟弟{{minority/uyghur:阿不来提·托合提}}在村里，常去看我儿子。村里的第一书记{{han:钱立伟}}是江苏派过去的，巧了，就是南通人，他回来探亲还到店里来吃馕。{{minority/uyghur:许库尔}}他每天晚上跟孩子们视频，说爸爸好了就来接你们。
访谈者：这边还有别的老乡吗？
受访者：有，{{minority/uyghur:卡德尔江·克依木}}在对面开拉面馆，他老婆{{minority/uyghur:古丽巴哈尔·肉孜}}常给孩子们做{{trap/minority_word:抓饭}}。{{minority/uyghur:卡德尔江}}他说，出门在外，老乡就是亲人。
访谈者：孩子们的外公外婆呢？
受访者：外公{{minority/uyghur:阿不都瓦依提·买买提}}在策勒种红枣，七十多了，去年把家里的羊卖了两只，给孩子们寄了路费。房东{{han:缪建华}}是南通本地人，知道我家的事，一年房租少收了两个月。对门卖衣服的{{han:姚红英}}阿姨看孩子们冬天穿得少，送来两件羽绒服。{{han:缪建华}}还说，孩子们写作业没地方，就去他家那间空屋。
访谈者：过节呢？
受访者：{{trap/minority_word:古尔邦节}}我关一天门，带孩子们去{{trap/org:清真寺}}，回来炖羊肉。我给他们讲{{trap/famous:张謇}}办学堂的事，这是南通的老人，一辈子办学，我说你们也要好好念书。
访谈者：日子上最难的是什么？
受访者：房租涨了，面粉也涨了，一个馕卖{{trap/number:三块五}}，一天打三百个，刨去本钱剩不了多少。去年夏天馕坑塌了一回，重砌花了{{trap/number:两千八}}，我歇了半个月没开张。最怕的是孩子生病，我一个老头子不会挂号，就去找{{han:顾美华}}，都是她帮着弄。
访谈者：登记表要写地址和号码。
受访者：店和住的地方都在{{address:崇川区和平桥街道濠东小区5号楼1单元102室}}，老家在{{address:策勒县策勒乡托帕村三组26号}}。我的身份证{{id_number@my1962.653225}}，大孙子的{{id_number@my2013tri.653225}}。我电话{{mobile@p86h}}，儿子的{{mobile@s74}}。我的微信是孙子给弄的，叫{{wechat:Maitireyim_nang}}。孙子有QQ，说是跟老家的同学聊天，号码{{qq:１０６４８２３７５９}}。
访谈者：表上名字写得对吗？
受访者：乱得很。医院的单子上儿子是{{spaced:许库尔 · 买提热依木}}，学校表上孙女是{{spaced:米 合 日 巴 奴}}，孙子成了{{spaced:穆　合　塔　尔}}，我在暂住证上是{{spaced:买提热依木 托合提}}。
访谈者：您最大的心愿呢？
受访者：儿子病好了，一家人在一起。孩子们念出书来，回策勒也好，留南通也好，都行。我在南通打了八年馕，这里的人对我们好，孩子们也有了好多朋友。
""")

# H639: Han court clerk in 抚宁 (秦皇岛) reading from the file of a case that took a girl's guardianship from her father.
DOCS["H639"] = ("staff", """\
访谈者：您在法院做什么工作？
受访者：书记员。我叫{{han:吕晓楠}}，在{{trap/org:抚宁区人民法院}}干了九年。今天说的这个案子是去年结的，撤销监护人资格，我把卷宗带来了，照着念，你记。
访谈者：好。
受访者：申请人{{han:田玉珍}}，女，六十八岁，是孩子的奶奶，住{{address:抚宁区台营镇罗家营村二组15号}}，身份证号{{id_number@wold.130306}}。申请书末尾是打印的名字，后面她自己又签了一遍，所以卷里是“{{han:田玉珍}}{{han:田玉珍}}”挨着的。
访谈者：被申请人呢？
受访者：被申请人{{han:田国胜}}，孩子的父亲，四十一岁，身份证号{{id_number@my1984hyphen.130306}}，吸毒，被强制隔离戒毒两回，出来以后把孩子锁在屋里，自己出去好几天不回来。孩子的母亲{{han:夏春艳}}，早年离婚去了{{trap/place:唐山}}，联系不上，公告送达的。
访谈者：孩子呢？
受访者：孩子叫{{han:田欣妍}}，九岁，在{{school:抚宁区台营镇中心小学三年级（2）班}}，身份证号{{id_number@wy2016x.130306}}。{{han:田欣妍}}说她爸把家里的电视都卖了。她的班主任{{han:苏晓茹}}老师出庭作证，说孩子好几回饿着肚子来上学，是她从食堂给打的饭。
访谈者：还有谁参与？
受访者：村委会出了证明，村主任{{han:罗长发}}也来了。区{{trap/org:民政局}}派了{{han:何志勇}}科长，儿童督导员是{{compound:尉迟文静}}。审判长是{{compound:欧阳海峰}}，承办法官是{{compound:夏侯明哲}}，我做记录。法律援助律师叫{{compound:宗政思远}}，是{{trap/org:法律援助中心}}指派的，没收一分钱。
访谈者：开庭的时候孩子来了吗？
受访者：开庭那天下着雨，老人天不亮就坐公交车从台营赶过来，鞋都湿透了。没让孩子出庭，是法官和督导员到学校去问的，问的时候{{han:苏晓茹}}老师陪着。邻居{{han:宫振海}}出庭作证，说冬天夜里听见孩子在屋里哭，翻墙过去一看，炉子灭了，孩子裹着被子坐在炕上。派出所的{{han:魏宏伟}}警官也来了，说出警三回都是邻居报的。被申请人在庭上一句话没说，最后签字的时候手直抖。
访谈者：怎么判的？
受访者：撤销{{han:田国胜}}的监护人资格，指定{{han:田玉珍}}为监护人，{{han:田国胜}}每月给付抚养费{{trap/number:八百元}}，到孩子十八周岁。他没钱，判了也难执行，后来是民政给孩子按事实无人抚养报了，一个月{{trap/number:一千三百二十}}。孩子的姑姑{{han:田秀娟}}在{{trap/place:秦皇岛}}开小超市，说每月也给她妈打点钱。
访谈者：判完以后呢？
受访者：我们回访了两次。老人住在{{address:抚宁区骊城街道金泰小区8号楼2单元601室}}，是她闺女{{han:田秀娟}}的房子，冬天暖和。老人还学会了用智能手机，每个月给我们发一张孩子的照片。孩子胖了，也爱说话了，还给我们画了一张画。{{han:田欣妍}}她说长大要当法官，我说那你得好好念书。
访谈者：卷里的联系方式怎么记的？
受访者：{{han:田玉珍}}的电话{{mobile@plain}}，{{han:田秀娟}}的电话{{mobile@fullwidth}}，她的微信{{wechat:tianxiujuan_fn}}。孩子用她姑的旧手机登了个QQ，号码写在卷宗第九页上：{{qq:580236147}}。{{han:夏春艳}}的身份证号在户籍底册上查到的：{{id_number@wy1987spaced.130302}}。
访谈者：卷里的名字都一致吗？
受访者：不一致。手写的笔录上有{{spaced:田 玉 珍}}，有{{spaced:田　欣　妍}}；送达回证上是{{spaced:夏春 艳}}；合议庭签名那页，审判长打成了{{spaced:欧 阳 海 峰}}，督导员成了{{spaced:尉　迟　文　静}}，还有把律师写成{{spaced:宗政 思远}}的。这些都得出更正裁定。
访谈者：这类案子多吗？
受访者：一年三四件。有的是父母吸毒，有的是父母都在服刑，还有的是打孩子打得太狠。案子判完了，我们还会跟民政、学校、村委会开个协调会，把孩子以后的事一样一样落到实处。每回开完庭我心里都不好受。老话说{{trap/famous:孟母}}三迁，当妈的为孩子搬三回家，可有的当爹的连孩子饭都不管。法官跟我说，咱们能做的，就是给孩子找个靠得住的人。这个孩子现在上四年级了，上个月老人打电话来，说孩子期末考了班里第五名，我听了比什么都高兴。我们还把{{trap/hotline:12355}}青少年服务热线写在纸上给了孩子，让她有事就打。
""")

# H640: Han grandmother in 西华 (周口) raising her grandson after her son died on a night shift in 苏州.
DOCS["H640"] = ("family", """\
访谈者：大娘，家里几口人？
受访者：三口。我叫{{han:聂桂香}}，六十五了，住在{{trap/place:西华}}县城北边的村里。老头子{{han:邵文山}}有哮喘，一到冬天就喘得睡不着。儿子{{han:邵建坤}}在{{trap/place:苏州}}电子厂上夜班，{{trap/year:2020年}}心梗走了，才三十二。儿媳{{han:卢晓丽}}后来嫁到{{trap/place:漯河}}，孙子留给了我们。
访谈者：孙子多大了？
受访者：十岁，叫{{han:邵俊熙}}，在{{school:西华县红花集镇第一小学四年级（1）班}}。小名叫{{han:满斗}}，他爷爷起的，说盼着家里的粮食斗斗都满。{{han:满斗}}也知道疼人，爷爷一喘，他就去给拍背。
访谈者：孩子想他妈吗？
受访者：想。{{han:卢晓丽}}她一年回来看两回，带身新衣裳。孩子不说，可他妈一走，他就在门口坐半天。他妈后来又生了个闺女，孩子知道了，问我他妈还要不要他，我说要，咋不要。
访谈者：谁帮过你们？
受访者：村支书{{han:黄长河}}给我们报了低保，儿童主任{{han:吴秋菊}}给孩子报了事实无人抚养，一个月{{trap/number:一千一}}。乡{{trap/org:民政所}}的{{han:贾新民}}来核过。{{han:吴秋菊}}她三天两头来，给孩子送作业本、送牛奶。学校的{{han:朱红梅}}老师给孩子免了午饭钱。县医院的{{han:常志勇}}大夫给老头子看病，药费能报的都帮着报了。
访谈者：社工来过吗？
受访者：来过。县里社工站有个{{compound:公冶晨曦}}，还有{{compound:钟离浩然}}，每个礼拜六给村里的孩子们上课，教画画、下象棋。{{compound:钟离浩然}}给孙子讲题，孙子回来说，他要当大学生，跟那个哥哥一样。
访谈者：您家里的地呢？
受访者：六亩地，种麦子和花生，我一个人种不了，租给了邻居{{han:李宝昌}}他们家，一年给一千多块钱。{{han:李宝昌}}家的闺女{{han:李小蒙}}跟我孙子一个班，俩孩子一块儿上学。麦收的时候，{{han:满斗}}放了学就去地头给我送水，晒得黑黢黢的。
访谈者：过节的时候呢？
受访者：过年孩子他姑{{han:邵丽霞}}从{{trap/place:周口}}回来，带孩子去{{trap/place:女娲城}}赶庙会。我给孩子讲{{trap/famous:女娲}}补天的故事，他听了问我，天破了还能补，那人没了能不能补回来。我听了心里难受，没法回他。早上我领他去镇上喝{{trap/word:胡辣汤}}，他一口气喝两碗。
访谈者：您身体怎么样？
受访者：血压高，腿也疼。去年孙子发高烧，半夜里老头子喘得下不了床，是我背着孙子走了二里地到村卫生室。最怕的是我跟老头子哪天走了，孩子咋办。他姑说，到时候她管。{{han:邵丽霞}}她也不容易，自己家还有俩孩子。她说等孙子上了初中，接他去周口念书，我舍不得，可也知道城里学校好。我们这儿老话说，{{trap/word:黄土}}埋到脖子了，也得把孙子供出来。
访谈者：邻居们帮衬吗？
受访者：帮衬。前院的{{han:胡桂兰}}婶子，是看着我儿子长大的，逢年过节给{{han:满斗}}包饺子。村医{{han:毕新华}}给老头子打针，半夜叫他他也来。后头的{{han:谷长林}}在县城开三轮，孙子上学赶上下雨，他就顺道捎着。{{han:胡桂兰}}婶子常说，这孩子命苦，咱们多看一眼是一眼。
访谈者：孩子学习怎么样？
受访者：中不溜。语文好，数学差点。老师说孩子聪明，就是上课爱发呆。我不识字，辅导不了，就让{{han:李小蒙}}跟他一块儿写作业，我给他们做好饭，让他们吃饱了念书。镇上开了个“{{trap/word:周末}}课堂”，大学生来教，孩子去了以后成绩往上走了。
访谈者：登记表要写地址和号码。
受访者：家在{{address:西华县红花集镇聂堆村六组9号}}，他姑家在{{address:川汇区七一路富民小区3号楼1单元502室}}。孙子的身份证{{id_number@my2015fwspaced.411622}}，我的{{id_number@wy1960.411622}}。我电话{{mobile@plus86spaced}}，他姑的{{mobile@hyphen}}，她微信{{wechat:shaolixia_zk}}。孙子有个QQ，是他姑给注册的，号码我念不清，在这张纸上：{{qq:29374015}}。
访谈者：表上名字写得对吗？
受访者：有错的。低保本上孙子是{{spaced:邵 俊 熙}}，我写成了{{spaced:聂　桂　香}}，学校把社工写成{{spaced:公 冶 晨 曦}}，老头子的名字是{{spaced:邵文 山}}。
访谈者：您最盼什么？
受访者：盼孩子长大，成个人。他爹没享过福，孩子得替他爹享。我跟老头子商量好了，再苦也不让孩子辍学，砸锅卖铁也供他念到大学。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=633,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout80",))


if __name__ == "__main__":
    main()
