# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 235 (tests/pii/holdout235/H1865-H1872 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no gold string repeats a gold or trap string of an earlier set, and
no trap string was gold in one (the build asserts both; set 234, written at the same time, is not an earlier set).

Set 235 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
中阳 and 交口 (吕梁, Shanxi): a Mongolian shift leader from 包头 at the 中阳 steel works, raising with his Han wife
the two children of his daughter, who went missing after her husband was jailed; a Yi coal miner from 美姑 in 交口
(双池镇), a widower with a son with cerebral palsy and a daughter of eight; a Kazakh paper-cutter from 额敏 in a
hill village of 中阳 (金罗镇), her Han husband paralysed by a fall; a Kham Tibetan mother from 道孚 in 交口 (水头镇),
her Han husband, a forest ranger, killed fighting a fire, her daughter deaf; a Han grandmother of a hill village of
交口, speaking Jin dialect, raising the two children of her son, killed in a small coal pit, their mother gone; a Han
儿童主任 of a hill village of 中阳 (暖泉镇) reading out her roll; the county women's-federation officer of 交口; and a
Han township relief clerk of 中阳 going through his forms.

What it stresses, in a mix rather than one trick: Mongolian, Yi, Kazakh and Tibetan names alone and in short forms
(胡楞, 格勒玛, 巴雅日图, 依伙, 勒珍, 多斯江, 朱勒迪孜, 迪孜, 斯日格玛) and forms of address made from them (巴班长,
尔古哥, 依江婶, 赛罕儿, 小赛罕, 小伍各, 小扎巴, 小翁加, 翁加妞, 拉铁娃, 格玛, 朱朱); a Han surname before a non-Han
given name (续巴雅日图, 马尔古, 桑多斯江, 燕勒珍, 燕扎巴, 罗拉铁, 冯斯日格玛, 吉阿衣) beside the Han-style names of the
same people (奇占魁, 马屹川, 马屹兰, 桑悦彤, 燕嘉树); Kazakh given name + father's name with the middle dot, an ASCII
full stop, a hyphenation point, a katakana middle dot, no dot and spaced dots (阿依江·努尔兰, 坎吉别克.努尔兰,
坎吉别克‧努尔兰, 阿斯兰・哈力木, 阿斯兰哈力木, 多斯江 · 永平), and a Kazakh son named after his Han father
(多斯江·永平); Han names with rare surnames of 吕梁 and surnames that are ordinary words (郄, 雒, 贠, 苌, 亢, 渠, 续,
智, 畅, 暴, 薄, 弓, 茹, 冀, 靳, 巩, 仇, 问, 及, 原, 麻, 由, 同, 从, 却, 降, 解, 门, 敦); surnames and given characters that
are grammar words right before or after grammar words (亢又平又, 任正梅正, 问天成问, 由由秀凤, 我同同小娟, 从玉霞从,
燕再兴再三, 柴才旺才, 却双喜却, 智得胜得空, 续建强他, 依伙她, 及巧云); names that hold words with the words beside
them (麻利军 / 麻利, 原平安 / 原平, 畅春梅 / 畅快, 暴振华 / 暴雨, 及巧云 / 及时, 任正梅 / 任何, 仇秀芝 / 仇人,
温秀峰 / 温和, 降福来 / 降温, 解银凤 / 解不下, 门秀兰 / 门口, 成天佑 / 成天); a surname with only a title or kin word
(渠婶, 冀婆婆, 苌二婶, 茹老师, 霍婶, 闫大爷, 敦主任, 冀股长, 成先生; 皇甫主任 with a compound surname), a teknonym
(福蛋奶奶, span 福蛋) and nicknames (福蛋, 娥娥, 锁锁, 白二小); names inside place- and organisation-like phrases
that are the person's (贺金锁养猪场, 温秀峰剪纸工作室, 雒补生诊所); compound surnames after ordinary words, two of
them sharing a character with the word before (晚上上官沛珊, 家长长孙桂枝); names spaced out character by character in
half- and full-width spaces (赛 罕 格 日 乐, 俄　底　拉　铁, 朱 勒 迪 孜 · 别 克) and names split in two (巴彦　胡楞,
马 尔古, 呼和 塔娜, 成 天佑); and numbers and accounts written the many ways people do.

Person spans are the name only (a title, kin word, particle, pronoun or verb right after it is outside); a surname
with only a title or kin word and a local nickname are annotated whole; a Han surname before a non-Han given name
and a form of address made from a non-Han name are category minority, Han-style names of minority people category han.

Markup and build: see tests/pii/_setkit.py (``MARK``, ``marked_item``, ``build``). Rebuild (deterministic) with
``python tests/pii/holdout235/make_holdout235.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(235_2026_1208)
MINORITY_GROUPS = ('mongolian', 'yi', 'kazakh', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "yi": 10, "kazakh": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "152", "155", "159", "178", "180", "182", "183", "185", "186", "188",
                   "195", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1865: Mongolian shift leader from 包头 at the 中阳 steel works, raising his daughter's two children with his Han
# wife; their father is in prison, their mother went missing.
DOCS["H1865"] = ("worker", """\
访谈者：{{minority/mongolian:巴班长}}，您在{{trap/org:中阳钢铁}}干了多少年了？
受访者：十一年了，在轧钢车间带一个班。我叫{{minority/mongolian:巴彦胡楞}}，{{trap/place:包头}}人，早先在{{trap/org:包钢}}，跟着师傅调过来的。班上的后生念不全，都喊我{{minority/mongolian:巴班长}}，老伙计喊我{{minority/mongolian:胡楞}}。身份证上还有个汉名{{han:奇占魁}}，一年用不了两回。
访谈者：今天想听您说说家里的两个孩子。
受访者：唉，说起来不光彩。我闺女{{minority/mongolian:宝日格勒玛}}嫁给了{{trap/place:宁乡镇}}的{{han:续建强}}。{{han:续建强}}他脾气爆，前年喝了酒跟人打架，把人打成重伤，判了六年，在{{trap/place:太原}}服刑。{{minority/mongolian:格勒玛}}受不了人说闲话，去{{trap/place:鄂尔多斯}}打工，头半年还打电话，后来号码停了，派出所也找不见。两个娃娃就落到我跟老伴手上了。
访谈者：孩子多大了？
受访者：孙子九岁，户口上叫{{minority/mongolian:续巴雅日图}}，家里喊{{minority/mongolian:巴雅日图}}，在{{school:中阳县宁乡镇第三小学三年级（4）班}}。孙女六岁，叫{{minority/mongolian:赛罕格日乐}}，幼儿园老师嫌长，叫她{{minority/mongolian:小赛罕}}，我叫她{{minority/mongolian:赛罕儿}}。
访谈者：家里现在靠什么生活？
受访者：我一个月四千出头，老伴{{han:郄桂香}}是本地人，在家看娃娃。社区的儿童主任{{han:燕翠萍}}跑了好几趟，给两个娃娃报了事实无人抚养，一人一个月{{trap/number:一千二百四十块}}，又报了服刑人员子女补助。她说这是政策，不是人情。民政局的{{compound:赫连晋鹏}}来家里核过，看了判决书，又看了派出所开的失联证明。
访谈者：孩子知道爸爸的事吗？
受访者：大的知道。班上有娃娃说他爸是劳改犯，他跟人打了一架，回来不吃饭。班主任{{han:薄丽萍}}老师把那几个娃娃叫去说了，又让{{minority/mongolian:巴雅日图}}每礼拜交一篇日记给她。学校的心理老师{{compound:鲜于晴岚}}说娃娃心里憋着，得让他说出来。{{han:薄丽萍}}还带他去看过一回他爸，隔着玻璃，爷俩谁也没说话。
访谈者：您倒班，孩子谁接送？
受访者：三班倒。上夜班白天能接，上白班就靠邻居{{han:渠婶}}，她孙子跟{{minority/mongolian:巴雅日图}}一个班。班上的小伙子{{han:智得胜}}得空也帮我接，娃娃们喊他{{han:得胜}}叔。
访谈者：您和老伴身体怎么样？
受访者：我血压高，在炉子跟前站了三十年，耳朵也背了。老伴腰不好，一到阴天就圪蹴不下去。两个老的带两个小的，说不累是假的。早上五点起来熬奶茶，给娃娃煮鸡蛋，再往厂里赶。老伴学会了做莜面，娃娃们也爱吃，说比包头的饭还香。
访谈者：补助够用吗？
受访者：够吃饭，不够的是别的。孙子上课外班、看牙，孙女换季的衣裳，都得往里贴。最难的是证明。闺女失联，派出所说要满六个月才给开，那半年我跑了不下二十趟。后来才知道，这些事社区能替我们问，不用我一个人瞎跑。
访谈者：车间里还有这样的人家吗？
受访者：有。我班上的{{han:雒海生}}，婆姨跑了，他又在轧机上伤了手，三根指头没了，评了四级残疾。两个娃娃也报了困境儿童，可{{han:雒海生}}不会填表，是工会的{{compound:夏侯建英}}帮他办的残疾证和两项补贴。厂里每年六一给职工的困难娃娃发书包，也是{{compound:夏侯建英}}跑下来的。
访谈者：老家的亲戚帮忙吗？
受访者：我弟弟{{minority/mongolian:乌力更达赖}}在包头开出租，暑假把两个娃娃接过去，带他们吃{{trap/minority_word:手把肉}}、看{{trap/minority_word:那达慕}}。我老母亲{{minority/mongolian:巴德玛吉日嘎拉}}八十了，搂着小的不撒手。我给孙子讲{{trap/famous:成吉思汗}}，他说长大也要骑马打仗，我说你先把乘法口诀背会。
访谈者：孩子们问起妈妈吗？
受访者：小的天天问。她问姥爷，妈妈是不是不要我们了。我说妈妈在外头挣钱，挣够了就回来。大的不问，可我看见他把他妈的照片夹在语文书里，翻到哪一课就挪到哪一课。有一回上夜班，半夜两点我接到电话，说孙女发烧抽风，我跟班组说了一声就往回跑，到家她已经退了烧，抱着她姥姥睡着了。那天我在门口坐到天亮。
访谈者：登记信息请您说一下。
受访者：家在{{address:中阳县宁乡镇中钢家属院6号楼3单元402}}，{{han:续建强}}老家在{{address:中阳县枝柯镇后沟村二组11号}}。我身份证{{id_number@mmidhyphen.150203}}，孙子的{{id_number@my2017tri.141129}}。我电话{{mobile@s38}}，{{han:燕翠萍}}的{{mobile@p86h}}。我微信{{wechat:Bayas_zhayang}}，孙子上网课的QQ，他写在铅笔盒盖子里：{{qq:3085516207}}。
访谈者：各种表上名字写对了吗？
受访者：低保表上孙子是{{spaced:续 巴雅日图}}，孙女写成{{spaced:赛 罕 格 日 乐}}，厂里花名册上我是{{spaced:巴彦　胡楞}}。
访谈者：最后还想说什么？
受访者：盼{{han:续建强}}早点出来，好好做人。娃娃的妈，我不怪她，就盼她哪天打个电话回来。
""")

# H1866: Yi coal miner from 美姑 in 交口 (双池镇), a widower raising a son with cerebral palsy and a daughter of
# eight.
DOCS["H1866"] = ("family", """\
访谈者：{{minority/yi:尔古哥}}，您是从凉山过来的？
受访者：{{trap/place:凉山}}{{trap/place:美姑}}的。我叫{{minority/yi:阿约尔古}}，矿上登记要汉姓，给我写成{{minority/yi:马尔古}}，井下的人都喊我{{minority/yi:尔古哥}}。来{{trap/place:交口}}八年了，在{{trap/place:双池镇}}的煤矿上采煤。
访谈者：家里几口人？
受访者：原来五口。老婆{{minority/yi:吉伍阿果}}前年生老三，大出血，送到县医院没救过来。老三是个丫头，跟着外婆在{{trap/place:西昌}}。这边就我带着两个大的。
访谈者：两个孩子多大？
受访者：儿子{{minority/yi:阿约伍各}}十一岁，汉名{{han:马屹川}}，生下来就是脑瘫，腿站不直，手抖，话也说不清。女儿{{minority/yi:阿约依伙}}八岁，汉名{{han:马屹兰}}，在{{school:交口县双池镇中心小学二年级（1）班}}。{{minority/yi:依伙}}她懂事，放学回来给哥哥喂饭、擦口水，再趴在炕沿上写作业。
访谈者：哥哥能上学吗？
受访者：上不了普通学校。县{{trap/org:特教学校}}的{{compound:宗政美玲}}老师每礼拜二、礼拜四送教上门，教他认字、捏泥巴。县残联的{{han:亢又平}}又来给他办了残疾证，一级，两项补贴都批了。{{han:亢又平}}又帮我报了低保，说我们算单亲困难家庭，一个月能领{{trap/number:一千一百三十块}}。康复是在{{trap/place:孝义}}做的，残联报一大半，我请假带他去，一去就是一天。
访谈者：您下井的时候孩子谁看？
受访者：我上早班，六点下井，下午三点上来。中间靠房东{{han:冀婆婆}}，她把{{minority/yi:小伍各}}抱到炕上晒太阳，给他揉腿。矿上的班长{{han:原平安}}人好，知道我家的情况，一直把我排在早班。他老家是忻州{{trap/place:原平}}的，也是外地人，他说外地人要帮外地人。
访谈者：老家还有谁？
受访者：阿妈和兄弟{{minority/yi:阿约拉哈}}在美姑种洋芋、苦荞。表哥{{minority/yi:沙马日哈}}也在这个矿上，他认得的汉字多，表都是他帮我填。过{{trap/minority_word:彝族年}}，我们几个凉山来的凑在一起杀只羊，做{{trap/minority_word:坨坨肉}}，我披上{{trap/minority_word:查尔瓦}}，给娃娃讲{{trap/famous:支格阿鲁}}射太阳的故事。{{minority/yi:依伙}}问我，{{trap/famous:阿鲁}}能不能把哥哥的腿治好。我答不上来。
访谈者：刚来交口的时候习惯吗？
受访者：不习惯。这边冬天干冷，风刮在脸上像刀子，我们那边山高，可冬天没这么干。吃的也不一样，这边人顿顿面条，刀削面、揪片子，我头一年吃得胃疼，现在倒离不开了。话也听不懂，房东说“夜来”，我以为是夜里来，后来才知道是昨天。井下的师傅们骂人也听不懂，他们骂完了又给我递烟，我就知道是好人。
访谈者：儿子平时在家做什么？
受访者：他坐不住，也站不稳，就靠在被子垛上看电视，最爱看动画片，看到高兴的地方就拍手，嘴里啊啊地叫。他认得我，我一进门他就笑，口水流一胸口。冬天屋里冷，我在炕上给他垫了电褥子，怕他尿了漏电，每天都要摸好几遍。送教的老师说他认了二十个字了，我不信，她拿卡片一考，他真指对了，我在旁边哭了。
访谈者：学校那边怎么样？
受访者：{{minority/yi:依伙}}的班主任{{han:麻利军}}老师做事{{trap/word:麻利}}，看丫头中午没人做饭，给她在学校报了营养餐，冬天又给她找了件羽绒服。村里的儿童主任{{han:巩秀娥}}也常来，一来就问缺不缺甚。昨天晚上{{compound:上官沛珊}}来了，她是县上派的社工，给丫头带了一双棉鞋，又跟我说，娃娃心里苦，要多跟她说话。
访谈者：老三那边常联系吗？
受访者：一个礼拜视频一回。她外婆不会说汉话，{{minority/yi:依伙}}在中间给我们翻。老三叫{{minority/yi:阿约史嫫}}，一岁半了，刚会叫阿爸，隔着手机伸手要我抱。我想把她接过来，可我一个人顾不过来三个，只能等她大一点。
访谈者：您自己身体怎么样？
受访者：还行，就是咳嗽。井下粉尘大，矿上每年体检，{{han:原平安}}催我去拍片子。我不敢停，停一天少一天的钱。丫头说等她长大了当医生，给哥哥治腿，给阿爸治咳嗽。
访谈者：登记信息请您说一下。
受访者：现在住在{{address:交口县双池镇坪上村三组7号}}，老家是{{address:美姑县巴普镇依果觉村四组13号}}。我身份证{{id_number@mfwhyphen.513436}}，儿子{{id_number@my2015quad.513436}}。我电话{{mobile@fws}}，表哥{{minority/yi:沙马日哈}}的{{mobile@plain}}。微信是表哥帮我注册的，叫{{wechat:Ergu_Meigu88}}。丫头用我手机上QQ，号码她背得比我熟：{{qq:１０６５８３２９４}}。
访谈者：表上名字写对了吗？
受访者：残疾证上儿子写成{{spaced:阿 约 伍 各}}，学校把丫头写成{{spaced:阿约　依伙}}，矿上的工资条是{{spaced:马 尔古}}。
访谈者：您最担心什么？
受访者：怕我在井下出事。我要是没了，两个娃娃咋办？{{han:亢又平}}说真有那一天，国家会管，可我还是怕。
""")

# H1867: Kazakh paper-cutter from 额敏 in a hill village of 中阳 (金罗镇); her Han husband was paralysed by a fall
# from scaffolding.
DOCS["H1867"] = ("family", """\
访谈者：大姐，您这剪纸是跟谁学的？
受访者：跟村里的{{han:师桂兰}}师傅学的。{{han:师桂兰}}她是县上有名的剪纸艺人，我剪哈萨克的羊角花纹，她说好看，就拉我进了合作社。我叫{{minority/kazakh:阿依江·努尔兰}}，{{trap/place:塔城}}{{trap/place:额敏}}人。村里人叫我{{minority/kazakh:阿依江}}，老人们叫不转，喊我{{minority/kazakh:依江婶}}。
访谈者：怎么嫁到中阳来的？
受访者：我老汉{{han:桑永平}}在额敏当过兵，复员前认得的，我就跟着他回了{{trap/place:金罗镇}}的山里。刚来的时候，窑洞里黑，我哭了好几回，想家里的草场。前些年他在工地上从架子上掉下来，腰断了，下半身不能动，在炕上躺了四年了。
访谈者：孩子们呢？
受访者：两个。大的是儿子，按我们的规矩叫{{minority/kazakh:多斯江·永平}}，后头跟他爸的名字，户口上写的是{{minority/kazakh:桑多斯江}}，十三岁，在{{school:中阳县第二中学初一（3）班}}。小的是丫头{{minority/kazakh:巴丽努尔}}，汉名{{han:桑悦彤}}，九岁，在{{school:金罗镇中心小学三年级2班}}。
访谈者：家里收入靠什么？
受访者：我剪纸一个月挣一千来块。老汉评了一级残疾，两项补贴都有。村里的儿童主任{{han:畅春梅}}给我们报了低保，两个娃娃也算困境儿童。{{han:畅春梅}}说话{{trap/word:畅快}}，来了先把政策念一遍，再问我缺甚。镇上管救助的{{compound:宇文瀚洲}}来看过，说儿子以后上高中住校，住宿费也能申请减免。
访谈者：孩子在学校适应吗？
受访者：儿子个子蹿得快，鼻子高，刚上初中有人喊他“外国人”，他不吭气，回来跟他爸生闷气。班主任{{han:贠红霞}}老师开了个班会，让他给全班讲哈萨克人怎么转场、怎么搭{{trap/minority_word:毡房}}，讲完大家都服了，还有人让他教骑马。丫头爱唱歌，音乐老师{{compound:欧阳丹枫}}教她弹电子琴，说她嗓子亮，让她在六一晚会上唱了一首哈萨克民歌。
访谈者：您爱人现在情况怎么样？
受访者：躺久了长褥疮，一到夏天就烂。村医{{han:兰存喜}}隔两天来给他换一回药，教我怎么给他翻身、拍背，一分钱不要。县里的康复中心说能做些训练，手上能有点劲，可来回一趟要半天，我又要剪纸又要看娃娃，去不了几回。残联给配了个轮椅，天好的时候，儿子推他到院门口晒晒太阳，看看对面的山。
访谈者：剪纸能卖出去吗？
受访者：能。合作社在网上开了店，我剪的羊角纹、马头、毡房，跟{{trap/place:中阳}}的窗花放在一起卖，城里人说稀罕。去年县里办文化节，让我上台剪了一幅，底下的人拍手，我脸都红了。挣得不多，可是能在家里干，我就知足了。
访谈者：您一个人又剪纸又照顾病人，累不累？
受访者：累。早上给老汉翻身、擦洗，做好饭再去合作社。{{han:师桂兰}}师傅让我把活拿回家剪，边剪边看着他。邻居{{han:苌二婶}}天天过来帮我抬一回人，她男人{{han:苌福全}}帮我们把院里的坡铺平了，好推轮椅。老汉心里难受，有时候冲我发脾气，说拖累了我，发完了又哭。我就给他剪个窗花贴上，说你看，日子还得过。
访谈者：娘家那边还有人吗？
受访者：阿爸{{minority/kazakh:努尔兰·哈斯木}}还在额敏放羊，弟弟{{minority/kazakh:坎吉别克.努尔兰}}在塔城开大车。{{minority/kazakh:坎吉别克}}每年秋天寄一箱{{trap/minority_word:包尔萨克}}和风干肉过来，娃娃们一个礼拜就吃光了。年时他来了一趟，给娃娃们讲{{trap/famous:江布尔}}的诗，{{minority/kazakh:巴丽努尔}}听不懂，光笑。我阿妈说想喝一口女婿家的小米粥，我说你来，我给你熬一锅。
访谈者：孩子们会说哈萨克话吗？
受访者：{{minority/kazakh:多斯江}}会一点，{{minority/kazakh:巴丽努尔}}只会说“{{trap/minority_word:阿帕}}”，就是妈妈，还有“{{trap/minority_word:阿塔}}”，就是爷爷。我想教，可我白天忙，晚上娃娃写作业，也就是睡前说几句。过年的时候我炸一锅馓子，给他们讲草原上的冬窝子，{{minority/kazakh:多斯江}}说等他考上大学，要骑摩托回额敏看姥爷。
访谈者：登记信息请您说一下。
受访者：家在{{address:中阳县金罗镇圪垛村一组5号}}，娘家在{{address:额敏县郊区乡萨尔也木勒村8号}}。我身份证{{id_number@wfwspaced.654221}}，丫头的{{id_number@wy2017hyphen.141129}}。我电话{{mobile@s74}}，{{han:畅春梅}}的{{mobile@plus86dash}}。我微信{{wechat:aijiang_jianzhi}}，卖剪纸用的。儿子的QQ号他写在作业本皮上：{{qq:2790416358}}。
访谈者：表上名字写对了吗？
受访者：低保表上我是{{spaced:阿 依 江 · 努 尔 兰}}，弟弟寄钱的单子写成{{minority/kazakh:坎吉别克‧努尔兰}}，学校给儿子写的是{{spaced:多斯江 · 永平}}，丫头的名字写成{{spaced:桑 巴丽努尔}}。
访谈者：最后还想说什么？
受访者：盼老汉少受点罪，娃娃们把书念好。我一个外地媳妇，在这山里能过下去，是村里人一把一把扶起来的。
""")

# H1868: Kham Tibetan mother from 道孚 in 交口 (水头镇); her Han husband, a forest ranger, was killed fighting a fire;
# her daughter is deaf.
DOCS["H1868"] = ("family", """\
访谈者：{{trap/minority_word:阿佳}}，您是从四川过来的？
受访者：{{trap/place:甘孜}}{{trap/place:道孚}}的。我叫{{minority/tibetan:呷绒勒珍}}，这边人念不好，喊我{{minority/tibetan:勒珍}}，娃娃学校的家长群里都叫我{{minority/tibetan:燕勒珍}}，跟着我老汉的姓。
访谈者：您爱人是……
受访者：{{han:燕宝成}}，{{trap/org:石口林场}}的护林员。我们是在{{trap/place:康定}}认得的，他去那边学森林防火。前年春天山上着了火，他跟着去打火，风一转，人就没出来。林场给评了因公牺牲。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:格勒扎巴}}十岁，汉名{{han:燕嘉树}}，同学喊他{{minority/tibetan:燕扎巴}}，在{{school:交口县水头镇第一小学四年级（2）班}}。丫头{{minority/tibetan:斯郎翁加}}七岁，耳朵听不见，戴着助听器，在{{school:交口县特殊教育学校一年级1班}}。我叫她{{minority/tibetan:小翁加}}，她爸在的时候喊她{{minority/tibetan:翁加妞}}。
访谈者：儿子知道爸爸的事吗？
受访者：知道。出事那天他在学校，是他爸的伙计{{han:霍长根}}去接的他。后来林场在山上给他爸立了块碑，每年清明我们上去。儿子问我，阿爸为什么不跑，我说山下有村子，有学校，他跑了，火就烧下来了。儿子不说话，把他爸的护林员帽子拿回家，挂在自己床头上，谁也不让碰。
访谈者：这几年日子怎么过的？
受访者：刚出事那阵，我天天哭，汉话也说不利索，不知道找谁。林场的场长{{han:暴振华}}跑前跑后，抚恤金是他帮着办的。那天下着{{trap/word:暴雨}}，他浑身湿透了站在门口，说嫂子有事就找我。社区的儿童主任{{han:及巧云}}给两个娃娃报了困境儿童，丫头的残疾证、两项补贴也是她办的。{{han:及巧云}}做事{{trap/word:及时}}，表一批下来当天就送上门，还教我在手机上查钱到没到账。
访谈者：丫头的耳朵能治吗？
受访者：医生说能装人工耳蜗，要十几万。县妇联的{{compound:皇甫淑琴}}帮我们申请了救助项目，{{trap/place:太原}}的医院答应明年给做。{{compound:皇甫淑琴}}说，装上了，丫头就能听见人喊她名字了。我听了这句话，一晚上没睡着。
访谈者：老家还有亲人吗？
受访者：阿妈{{minority/tibetan:泽绒央金}}在道孚，弟弟{{minority/tibetan:昂翁贡布}}在{{trap/place:八美}}开个小饭馆。{{minority/tibetan:昂翁贡布}}年时来接娃娃们回去住了一个暑假，带{{minority/tibetan:小扎巴}}去转山，给丫头买了一身小藏装。娃娃们回来不吃馒头了，天天要吃{{trap/minority_word:糌粑}}，我只好托人从老家寄青稞面。
访谈者：孩子们在学校怎么样？
受访者：儿子学习一般，爱画画，画的都是山和火。班主任{{han:弓美霞}}老师怕他心里有事，让他当了班上的护林小队长。{{han:弓美霞}}说他画里的火一年比一年小了，山上的树一年比一年多了。丫头的老师{{han:茹老师}}会手语，也教我比划，现在我跟丫头能用手说好多话。她说丫头聪明，认字比听得见的娃娃还快。
访谈者：一个人带两个孩子，遇到过难处吗？
受访者：多。丫头的助听器掉进水盆里泡坏了，一个就要好几千，我急得直哭，是{{han:及巧云}}找残联给换的新的。有一回冬天半夜，儿子发高烧，我背着他往医院跑，丫头一个人在家醒了，听不见我喊，找不见妈，坐在门口哭。从那以后，楼下的{{han:霍婶}}说，晚上有事就敲她家门，她给我看丫头。
访谈者：想过回道孚吗？
受访者：阿妈打电话老说回来吧，回来有人帮你。我妹妹{{minority/tibetan:洛呷拉措}}也劝我。可娃娃们在这边上学，说的是交口话，丫头的老师、医生都在这边。他爸也在这边的山上。我想好了，不走了，等娃娃们长大了，他们想去哪里就去哪里。我就守着这片山，守着他。
访谈者：您现在做什么工作？
受访者：林场照顾我，让我在苗圃里上班，育树苗，一个月两千出头。早上送完娃娃就去，下午四点回来接。公公{{han:燕存旺}}七十多了，住在山上的老院子里，不肯下来，说要守着儿子种的那片松树。过年我带娃娃们上山，在院子里跳{{trap/minority_word:锅庄}}，公公也跟着跳，跳得不对，大家笑得不行。晚上我给娃娃们念{{trap/famous:仓央嘉措}}的诗，{{minority/tibetan:小翁加}}看着我的嘴，跟着比划。
访谈者：登记信息请您说一下。
受访者：家在{{address:交口县水头镇林苑小区2号楼1单元301}}，公公家在{{address:交口县石口乡上庄村三组14号}}。我身份证{{id_number@wx.513326}}，丫头的{{id_number@wy2019fwhyphen.141130}}。我电话{{mobile@h38}}，{{han:及巧云}}的{{mobile@spaced}}。我微信{{wechat:lezhen_daofu}}，儿子的QQ是{{qq:486217039}}。
访谈者：表上名字写对了吗？
受访者：抚恤金的表上我是{{spaced:呷 绒 勒 珍}}，学校写的是{{spaced:格勒　扎巴}}，丫头的残疾证写成{{spaced:斯 郎 翁 加}}。
""")

# H1869: Han grandmother of a hill village of 交口, speaking Jin dialect, raising the two children of her son, killed
# when a small coal pit caved in; their mother went back to her parents and cannot be reached.
DOCS["H1869"] = ("family", """\
访谈者：奶奶，您家里几口人？
受访者：三口，俺跟两个孙孙。俺叫{{han:温二女}}，村里人跟上孙子叫，都喊俺{{han:福蛋}}奶奶。
访谈者：孩子的爸爸妈妈呢？
受访者：恓惶哩。俺小子{{han:靳福生}}在{{trap/place:康城镇}}一个小煤窑上受苦，年时腊月塌了顶，人就没啦。媳妇{{han:巩丽姝}}办完事回了{{trap/place:孝义}}娘家，说过上一阵就回来，半年以后电话就打不通啦，也不知道跑到甚地方去了。两个娃娃就剩下俺这个老婆子。俺老汉{{han:靳存根}}走得早，俺一个人拉扯大三个，到老了又拉扯孙孙。
访谈者：孩子多大了？
受访者：孙子大名{{han:靳建福}}，小名{{han:福蛋}}，十岁，在{{school:交口县回龙乡中心校四年级（1）班}}住校，一礼拜回来一回。孙女{{han:靳小娥}}，俺们叫她{{han:娥娥}}，六岁，在村里的幼儿班。{{han:娥娥}}黑夜离不了人，非得搂着俺的胳膊才睡得着。
访谈者：您身体怎么样？
受访者：不行啦，七十一了，腿疼，圪蹴下就起不来。夜来还去地里刨了半天山药蛋，回来腰就直不起来了。俺就怕哪天俺一倒，两个娃娃咋办。
访谈者：有人来帮过你们吗？
受访者：有哩。村里的儿童主任{{han:任正梅}}正给俺们跑事实无人抚养，说媳妇失联够了日子就能批，一个娃娃一个月一千多。{{han:任正梅}}说这是国家给娃娃的，{{trap/word:任何}}人也卡不住。乡里管民政的{{han:问天成}}问俺要了户口本、死亡证明，又问俺媳妇最后一回打电话是甚时候。{{han:问天成}}这后生实在，来一回就帮俺挑一回水。县上还派来个社工，叫{{compound:申屠雨禾}}，女子家，说话细声细气的，给孙女带了一本画书。
访谈者：孙子在学校怎么样？
受访者：{{han:福蛋}}的班主任{{han:仇秀芝}}老师常打电话，说娃娃不爱说话，上课老看窗外头。有个娃娃笑他没爹，他把人家推倒了。{{han:仇秀芝}}没骂他，跟两个娃娃说，同学们不是{{trap/word:仇人}}，要互相帮衬。她给{{han:福蛋}}找了个大学生志愿者，叫{{compound:司徒砚舟}}，礼拜天用手机视频给他讲题。{{compound:司徒砚舟}}说娃娃脑子不笨，就是心思不在书上。
访谈者：孩子想爸爸吗？
受访者：咋不想。{{han:福蛋}}黑夜抱上他爸的旧棉袄睡，棉袄上还有煤灰味，俺要洗他不让洗。{{han:娥娥}}小，记不得她爸的样子了，见了穿工作服的后生就跟上走。俺心里头难受，又不敢当着娃娃哭，怕娃娃们跟上哭，等他们睡下了，俺一个人坐在炕沿上抹眼泪。
访谈者：家里的日子靠什么过？
受访者：靠低保，靠那几亩坡地。地里种些谷子、山药蛋，院里两棵核桃树，一年卖个{{trap/number:两千来块}}。村里的后生都走光了，去{{trap/place:太原}}的、去{{trap/place:孝义}}的，剩下的都是俺们这些老的跟小的。早些年山里小煤窑多，男人们都下窑，后来关了，下窑的人少了，可俺小子偏偏赶上了。礼拜五孙子回来，俺给他做一锅擦尖，浇上西红柿鸡蛋卤，他一口气能吃两碗。俺看他吃，心里就宽展些。
访谈者：您知道有事可以找谁吗？
受访者：知道。{{han:任正梅}}给俺门上贴了个条子，上头写着她的电话，还有{{trap/hotline:12345}}，说半夜有急事就打。俺不会按手机，孙子教了俺好几回，俺还是按错，后来他把号码存成一个键，按住就能打过去。
访谈者：亲戚们帮忙吗？
受访者：俺闺女{{han:靳引弟}}嫁到{{trap/place:汾阳}}，隔上一个月回来一趟，给娃娃们买衣裳、买奶粉。{{han:靳引弟}}说要把{{han:娥娥}}接到她家，俺舍不得，娃娃也不去。隔壁的{{han:乔四宝}}把俺家的地种上了，打下的粮食给俺送过来一多半。村口的{{han:闫大爷}}会吹唢呐，孙女一听见就跑过去看。
访谈者：您对以后有什么打算？
受访者：打算甚哩，活一天算一天。就盼孙子把书念出来，莫跟他爸一样下窑。俺们这达人常说{{trap/famous:于成龙}}是个清官，穷人家的娃娃念了书也能出息。俺解不下政策，反正人家来一回，俺就给人家签一回字。
访谈者：登记的信息请您说一下。
受访者：俺不识字，是{{han:任正梅}}给俺抄在纸上的，你看。家在{{address:交口县回龙乡后峪村二组9号}}，闺女家在{{address:汾阳市杏花村镇东堡村五组21号}}。俺的身份证{{id_number@wold.141130}}，孙子的{{id_number@my2016fwspaced.141130}}。{{han:任正梅}}的电话{{mobile@plus86}}，{{han:靳引弟}}的{{mobile@hyphen}}，她的微信是{{wechat:yindi_fenyang}}。孙子的QQ是{{qq:1592738046}}。
访谈者：表上名字写对了吗？
受访者：低保本子上俺是{{spaced:温　二　女}}，孙女写成了{{spaced:靳 小娥}}。兀个大学生的名字，{{han:福蛋}}写在本子上是{{spaced:司 徒 砚 舟}}。
""")

# H1870: Han 儿童主任 of a hill village of 中阳 (暖泉镇) reading out her roll.
DOCS["H1870"] = ("children_director", """\
访谈者：{{han:敦主任}}，您当儿童主任几年了？
受访者：五年多了。俺叫{{han:敦翠屏}}，在{{trap/place:暖泉镇}}这个村当儿童主任，妇女主任也是俺。村子在山梁梁上，户籍四百来口，常住的一百出头，多半是老人。俺手上这本花名册，登着八个困境儿童，你要听，俺就一个一个念。
访谈者：好，您念吧。
受访者：头一个，{{han:郝旺旺}}，孤儿，爹娘前后脚得病没了，跟着爷爷{{han:郝银锁}}过。孤儿基本生活费按月打到卡上，{{han:郝银锁}}不会用手机，每回是俺陪他去信用社取。第二家是两姊妹，{{han:贺晓蓉}}、{{han:贺晓菲}}，她爸{{han:贺金锁}}原先办{{han:贺金锁}}养猪场，搞集资，判了五年。她妈改嫁到{{trap/place:离石}}了，两个女子跟着奶奶，报的是服刑人员子女。两个女子的奶奶叫{{compound:长孙桂枝}}，不识字，学校开家长会，家长{{compound:长孙桂枝}}坐在头一排，签名是俺替她签的。
访谈者：村里还有外地来的人家吧？
受访者：有。第四个，{{minority/yi:罗拉铁}}，他爸{{minority/yi:俄底石布}}是凉山来的，在山后头的煤矿下井，他妈回了老家就没回来。学校里写的是{{minority/yi:俄底拉铁}}，村里老人叫不来，喊他{{minority/yi:拉铁娃}}。娃娃一个人在家的时候多，俺就让他放学先到俺家写作业，吃了饭再回。第五个，{{minority/mongolian:冯斯日格玛}}，她妈{{minority/mongolian:呼和塔娜}}是{{trap/place:乌审旗}}来的蒙古族，她爸{{han:冯满仓}}前年得癌症走了，娘儿俩留在村里。{{minority/mongolian:呼和塔娜}}在{{han:温秀峰}}剪纸工作室帮工，一个月挣个八九百。{{han:温秀峰}}这人{{trap/word:温和}}，知道她家难，活儿让她拿回家做。娃娃在家叫{{minority/mongolian:斯日格玛}}，俺们都喊她{{minority/mongolian:格玛}}。
访谈者：还有几个呢？
受访者：第六个，残疾的，{{han:乔志远}}，小名{{han:锁锁}}，十二岁，先天性心脏病，又带智力残疾，两项补贴都有。他爸{{han:乔三虎}}给人开三轮，他妈在家照看。娃娃看病跑{{trap/place:太原}}，头一回的路费是村里凑的。第七、第八个是兄妹，{{han:由海军}}和{{han:由海燕}}，他爸在钢厂出事没了，他妈受了刺激，在{{trap/org:精神病院}}住着，报的事实无人抚养，跟着姑姑过。
访谈者：您平时怎么照看这些孩子？
受访者：一个礼拜挨家走一遍，看吃的、穿的，看作业写了没有，看院里的炭够不够烧。娃娃们头疼脑热，先去{{han:雒补生}}诊所，{{han:雒补生}}给困境儿童看病不收挂号钱。镇上的社工{{compound:钟离沁雯}}一个月来两回，带娃娃们做手工、读绘本。冬天村里的{{trap/org:儿童之家}}生上炉子，娃娃们放了学都往那儿跑，比家里暖和。
访谈者：村里别的干部帮忙吗？
受访者：帮。村委会主任{{han:降福来}}管炭，天一{{trap/word:降温}}，{{han:降福来}}就开上三轮给这几家送炭，一家两吨，不够再说。爷孙俩的窑顶漏雨，也是他叫人上去抹的泥。
访谈者：当儿童主任有报酬吗？
受访者：有一点，一个月{{trap/number:三百块}}补贴。俺自家还种着十来亩地，养了二十只羊，白天忙地里，黑夜填表。镇上每个月要报一回台账，哪个娃娃换了学校、哪个娃娃的监护人变了，都得写清楚。县上也培训过俺们，教怎么看娃娃身上有没有伤、心里有没有事，俺记在本本上，走到谁家就翻出来看。
访谈者：村里人怎么看这些孩子？
受访者：大多数人心好，谁家蒸了馍，给娃娃们送几个。也有嘴碎的，当着娃娃的面说谁家爸坐了牢，谁家妈跑了。俺就跟他们吵，说娃娃有甚错？吵了几回，也就没人说了。
访谈者：哪个孩子最让您操心？
受访者：{{minority/yi:拉铁娃}}。他爸下井，一走就是一天，娃娃一个人在窑里，饭也不会做，饿了就啃干馍。有一回下大雪，他发烧，一个人躺着，是{{han:乔三虎}}路过听见他哭，把他背到俺家。后来俺跟他爸说，你上班就把娃娃交给俺。他爸是个实在人，汉话说不好，给俺鞠了一躬。
访谈者：表上的名字写得准吗？
受访者：不准的多。花名册上写的是{{spaced:俄　底　拉　铁}}，医保卡上是{{spaced:冯 斯日格玛}}，她妈的名字分成两截，写成{{spaced:呼和 塔娜}}。两个女子的奶奶，名字写成{{spaced:长 孙 桂 枝}}，镇上打回来，说查无此人。
访谈者：登记信息请您说一下。
受访者：儿童之家在{{address:中阳县暖泉镇圪台村四组2号}}，就在村委会后头。{{han:郝旺旺}}的身份证{{id_number@my2014x.141129}}，{{minority/yi:罗拉铁}}在{{school:中阳县暖泉镇中心小学五年级（1）班}}，{{han:贺晓蓉}}在{{school:中阳县第三中学八年级二班}}。俺的电话{{mobile@plus86spaced}}，{{minority/mongolian:呼和塔娜}}的{{mobile@s434}}。俺微信{{wechat:dcp_ertongzhuren}}，QQ是{{qq:905163247}}，{{han:贺晓蓉}}也有个QQ，{{qq:1340927758}}。
""")

# H1871: the women's-federation officer of 交口 county.
DOCS["H1871"] = ("official", """\
访谈者：{{compound:皇甫主任}}，妇联在困境儿童这块主要做什么？
受访者：钱是民政发，妇联管的是找人、牵线、盯着。我叫{{compound:皇甫淑琴}}，在{{trap/org:交口县妇联}}干了九年，管儿童和家庭这一块。哪个娃娃有难处，村里的儿童主任、学校的老师报上来，我们去看，看完了该找民政找民政，该找残联找残联，哪儿都找不着门的，我们自己想办法。
访谈者：能举几个例子吗？
受访者：水头镇有个藏族丫头{{minority/tibetan:斯郎翁加}}，她爸是护林员，打火牺牲了，丫头耳朵听不见。我们跟省里的救助项目对上了，明年去太原做耳蜗。她妈{{minority/tibetan:呷绒勒珍}}汉话说不全，每回来都带着儿子{{minority/tibetan:小扎巴}}当翻译，十岁的娃娃，翻得一板一眼的。第二个是{{trap/place:桃红坡镇}}的哈萨克族女子{{minority/kazakh:朱勒迪孜·别克}}，她爸{{minority/kazakh:别克·吐尔汗}}在煤矿上出了事，瘫了，她妈回了{{trap/place:伊犁}}就没了消息。丫头十四，成绩好，我们把她报进了{{trap/org:春蕾计划}}，每年资助{{trap/number:两千块}}。她在{{school:交口县第一中学初三（2）班}}，班主任{{han:霍建萱}}说她数学全年级第一。{{minority/kazakh:朱勒迪孜}}要强，她爸躺在炕上，她放了学先给她爸擦身子，再写作业，从不跟人说苦。同学们叫她{{minority/kazakh:迪孜}}，她爸叫她{{minority/kazakh:朱朱}}。
访谈者：有没有孩子自己找到妇联的？
受访者：有。去年有个娃娃自己打{{trap/hotline:12338}}，说他爸喝了酒就打他。娃娃叫{{han:卫小鹏}}，九岁，身上青一块紫一块。我同{{han:同小娟}}当天就去了，她是我们的兼职副主席，开律所的。{{han:同小娟}}跟派出所、民政一起，给他爸发了告诫书。后来他爸又打，法院撤了他的监护资格，{{han:卫小鹏}}跟着他姑姑{{han:卫金花}}过，报了事实无人抚养。{{han:卫金花}}自家也不宽裕，我们给她找了份保洁的活。
访谈者：平时还有哪些人一起做？
受访者：每个村都有{{trap/org:儿童之家}}，县城这个由{{han:由秀凤}}管，她退休前是小学老师，娃娃们放了学在那儿写作业，她一个个看。我们妇联的{{compound:澹台雪莹}}管家庭教育讲座，民政局社会事务股的{{compound:濮阳志宏}}管政策，有拿不准的，我一个电话打过去，他当天就给回话。女娃娃多的地方，我们还请人讲{{trap/famous:刘胡兰}}，讲{{trap/place:吕梁}}山里出来的女人，让她们知道，女娃娃也能顶起一片天。
访谈者：家庭教育讲座都讲些什么？
受访者：讲怎么跟娃娃说话，怎么看娃娃心里有没有事。来听的多半是爷爷奶奶，石口乡有个奶奶叫{{han:解银凤}}，听完了拉着我说，“俺{{trap/word:解不下}}这些道理，俺就知道娃娃吃饱穿暖”。{{han:解银凤}}说的是实话，我们就把讲座改成拉家常，一边包饺子一边讲。还有个奶奶{{han:门秀兰}}，每回都早早站在{{trap/word:门口}}等我们，孙子在外省上学，她听完了就给孙子打电话，学着讲座上的话夸孙子，孙子在电话那头都愣了。
访谈者：春蕾计划资助过的女孩后来怎么样？
受访者：好些都出息了。头一批资助的，有一个叫{{han:降雪梅}}，当年她爸瘫在炕上，她差点辍学，现在在{{trap/place:太原}}当护士，每年回来给学妹们捐钱。她说，当年那两千块钱，是她家一冬天的炭钱，也是她的学费。
访谈者：您自己怎么会做上这份工作？
受访者：我小时候也是跟着奶奶长大的。我爸妈在{{trap/place:孝义}}的焦化厂打工，一年回来一趟，我上学开家长会，来的都是奶奶。那时候没有儿童主任，也没有人上门问一句。现在轮到我去问别人家的娃娃了，我总想起自己坐在教室里等人的样子。
访谈者：您觉得最难的是什么？
受访者：最难的是发现。有的娃娃不说，有的家里捂着，等我们知道了，往往已经拖了好久。所以我们跟学校说，娃娃成绩突然掉了、身上有伤、老不来上学，都给我们报。宁可多跑十趟，不能漏掉一个。还有就是男娃娃不好开口，女干部去了，他更不说话，我们就请派出所的男民警、学校的男老师一起去。
访谈者：能留个联系方式吗？
受访者：我的电话{{mobile@fullwidth}}，微信{{wechat:huangfu_sq}}。{{minority/kazakh:朱勒迪孜}}的家在{{address:交口县桃红坡镇庙底村三组6号}}，她的身份证{{id_number@wy2012spaced.654002}}，她自己有个微信，叫{{wechat:juldyz-2012}}，QQ是{{qq:２３０９８７６５１４}}。{{han:卫小鹏}}的身份证{{id_number@my2016hyphen.141130}}，{{han:卫金花}}的电话{{mobile@s38}}。
访谈者：表上的名字有写错的吗？
受访者：有。春蕾计划的名单上，{{minority/kazakh:朱勒迪孜·别克}}写成了{{spaced:朱 勒 迪 孜 · 别 克}}，{{minority/tibetan:斯郎翁加}}写成了{{spaced:斯郎 翁加}}，连我们的{{compound:澹台雪莹}}都被写成{{spaced:澹台 雪莹}}。
""")

# H1872: Han township relief clerk of 中阳 (宁乡镇) going through his forms.
DOCS["H1872"] = ("official", """\
访谈者：您在镇上做救助几年了？
受访者：七年了。我叫{{han:成天佑}}，{{trap/place:宁乡镇}}的社会救助经办员，说白了就是填表、跑腿的。我{{trap/word:成天}}跟表格打交道，做梦都是身份证号。
访谈者：都经手哪些？
受访者：低保、特困、孤儿基本生活费、事实无人抚养、服刑人员子女补助、残疾人两项补贴，都得先入户，拍照，问清楚，再报{{trap/org:县民政局}}。比方钢厂{{minority/mongolian:巴班长}}家两个外孙，报事实无人抚养，爸在监狱，妈失联，判决书和派出所的证明一样也不能少。
访谈者：名字会出问题吗？
受访者：最麻烦的就是名字。{{minority/mongolian:续巴雅日图}}，户口本上是连着写的，学校报上来的表是{{spaced:续 巴 雅 日 图}}，中间全是空格，系统里一查，查不着。他姥爷的医保卡上写成{{spaced:巴 彦 胡 楞}}，我对了半天才对上。钢厂还有个哈萨克族工人{{minority/kazakh:哈力木·吐尔逊别克}}，老婆病了好几年，儿子{{minority/kazakh:阿斯兰·哈力木}}有自闭症，报残疾。残联的表上写成{{minority/kazakh:阿斯兰・哈力木}}，学校那张是{{minority/kazakh:阿斯兰哈力木}}，医院的诊断书又是{{spaced:阿斯兰 哈力木}}。同一个娃娃，四种写法，系统认成四个人，我只好一张一张找人改。
访谈者：还有别的例子吗？
受访者：凉山来的{{minority/yi:吉克惹铁}}在钢厂烧锅炉，老婆走了，丫头{{minority/yi:吉克阿衣}}九岁，学校给写成{{minority/yi:吉阿衣}}，说姓吉。我去学校改，班主任{{han:燕再兴}}再三说系统只认三个字，后来还是县里{{compound:万俟红梅}}出面才改过来。还有个服刑人员的娃娃叫{{han:白二小}}，大名{{han:白振梁}}，他爸在{{trap/place:晋中}}服刑，他妈在{{trap/place:孝义}}打工，娃娃跟爷爷奶奶过。{{han:白振梁}}爷爷耳朵背，我每回去都得扯着嗓子喊。
访谈者：孤儿基本生活费和低保能一起拿吗？
受访者：按规定，孤儿和事实无人抚养的娃娃领了基本生活费，就不再重复算低保里娃娃那一份，可家里别的人该领的照样领。好多人搞不清，以为报了这个就丢了那个，不敢报。我就一家一家给他们算，这个月能拿多少，下个月能拿多少，算清楚了，他们才放心。
访谈者：有没有报上去没批的？
受访者：有。有个爷爷叫{{han:柴才旺}}，孙子爸妈离了，都不管，我们报事实无人抚养，县里核的时候发现娃娃他妈在{{trap/place:孝义}}有工作、有社保，不算失联，没批。{{han:柴才旺}}才知道，他儿媳妇一直在孝义，就是不回来。后来我们找到她，她答应每个月给娃娃打钱。还有个老汉叫{{han:却双喜}}，姓“却”，系统里老说是错字，{{han:却双喜}}却不当回事，说他爷爷就姓这个，改不了。
访谈者：您一个人忙得过来吗？
受访者：忙不过来。镇上管救助的就我和{{han:从玉霞}}两个。{{han:从玉霞}}从县里调下来的，年轻，会用电脑，我跑户，她录系统。股里的{{han:冀股长}}每个月来抽查，错一个字都要打回来重报。民政局的{{compound:东方穗禾}}说，名字错了，钱就到不了娃娃手上，这不是小事。我现在入户都带个本子，让家长自己一笔一笔写，再拍下来，回来对着录。科里的人笑我，说我查名字比{{trap/famous:狄仁杰}}查案子还细。我自己的名字也叫人写错过，县里的通讯录上印成{{spaced:成 天佑}}，电话打过来，问{{han:成先生}}在不在，我说在呢，就是名字中间多了个空。
访谈者：您做这个工作，最难受的是什么？
受访者：是看见娃娃等。有个丫头，低保卡还没办下来，冬天穿着单鞋上学，脚冻得跟萝卜一样。我自家掏钱给她买了一双棉鞋，她不敢要，说她奶奶不让拿人东西。后来是{{han:从玉霞}}说是政府发的，她才穿上。那天回来，我在车里坐了半天。从那以后，表一到我手上，我当天就往县里送，能早一天是一天。
访谈者：家里人支持您做这个吗？
受访者：老婆{{han:裴丽君}}嘴上怨，说我一年到头不着家，可每回我入户回来说起哪家娃娃恓惶，她第二天就收拾几件旧衣裳让我捎过去。去年冬天民政发棉被，她跟我一块儿，一家一家往山上背。
访谈者：登记的信息能说一下吗？
受访者：哈萨克族那家住在{{address:中阳县宁乡镇中钢职工宿舍9栋204}}，当爹的身份证{{id_number@mquad.654201}}，{{minority/kazakh:阿斯兰·哈力木}}在{{school:中阳县特殊教育学校三年级（1）班}}。{{minority/yi:吉克阿衣}}在{{school:宁乡镇第一小学三年级（3）班}}，家在{{address:中阳县宁乡镇南街锅炉房后院3号}}，身份证{{id_number@wy2017fw.513431}}。我电话{{mobile@plus86spaced}}，微信{{wechat:chengtianyou_mz}}，QQ是{{qq:70518293}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1865,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout234",))


if __name__ == "__main__":
    main()
