# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 141 (tests/pii/holdout141/H1113-H1120 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 140, written at the same time, is not
an earlier set).

Set 141 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
靖江 (Jiangsu) and 上虞 (Zhejiang): a Mongolian mother from 正镶白旗 who cooks in the canteen of a 靖江 shipyard,
her husband gone off to 二连浩特 and never back; an Amdo Tibetan grandfather from 门源 raising in 上虞 (曹娥街道) a
grandson whose father died and whose mother is gone, beside his daughter married there; a Hui mother from 海原 who
sells beef buns in 靖城街道 and raises a daughter with a hearing aid, her husband hurt on a building site and back in
海原; a Kazakh father from 布尔津 in an umbrella factory in 崧厦街道, his wife dead of leukaemia, raising two boys with
his mother; a Han 儿童主任 in 百官街道 reading out her list; a Han social worker in 孤山镇 (靖江) handling cases of
children with no one to raise them (事实无人抚养); a Han grandmother in 丰惠镇 (上虞), speaking 上虞 dialect, whose son
is in prison; and a Han school nurse in 新桥镇 (靖江) who reaches pupils on QQ and parents on WeChat. The emphasis is
on forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used
whole and with short forms (苏雅格日勒 then 苏雅, 朝宝力格 then 朝宝他, 特尼格尔巴雅尔 then 特尼格尔), a Han surname
before a Mongolian given name (包特尼格尔, 白阿茹罕, 耿图雅 beside 锡林图雅) and the Han names of Mongolians (白玉荣,
白阿姨, 耿佳琪); Amdo Tibetan names (夏吾先巴, 拉加东周, 尕藏多杰, 娘吉卓玛, 卡毛吉她, 完代草, 南加多杰) with short
forms (拉加, 卡毛), a Han surname before a Tibetan given name (祁拉加, 俞卡毛) and the Han names of Tibetans (祁永年,
老祁, 祁浩然); Kazakh given name + father's name with the dot, without it and with a bullet (塔兰别克·道列特,
马迪亚尔·塔兰别克, 马迪亚尔塔兰别克, 马迪亚尔•塔兰别克, 阿依扎提·艾别克) and single and short forms (塔兰别克, 塔兰,
马迪, 努尔, 叶尔努尔他, 再乃古丽, 扎提); Han-form Hui names (虎彩霞, 撒国栋, 撒欣怡, 哈文成阿訇, 韩永胜) beside
经名 used alone (祖百达, 赛力木, 赫黛洁, 麦尔燕姆她, 吉布勒, 克丽麦, 苏韦黛, 格迪尔, 萨拉哈丁) and after a Han
surname (虎祖百达, 撒麦尔燕, 马克里木, 韩萨拉哈丁); Han names with common and rare surnames of the region (鞠, 缪,
季, 刁, 卞, 羌, 印, 殷, 盛, 耿, 顾, 经, 竺, 阮, 俞, 茹, 嵇, 裘, 糜, 娄, 倪, 章, 车); surnames that are also ordinary
words next to grammar words (能小芹能吃苦, 跟和小萍和她哥哥, 向美霞向社区, 都美娟都替我跑, 都一鸣, 还思远还小,
还建民还在, 蔡还珍, 陈有根有, 孙有娣有, 殷德才才, 才建国才十八岁, 要海霞要我, 让秀英让我们, 连建平连饭都没吃,
季明轩也, 耿志强被判, 把殷俊杰); titles and kin words after names (经晓芸老师, 印小红老师, 章丽娜老师, 金彩凤阿姨,
夏侯静姝老师; the span is the name only), a surname with only a title or kin word, annotated whole (白阿姨, 鞠警官,
刁师傅, 刁大嫂, 卞老师, 羌主席, 老祁, 夏阿婆, 虎姐, 殷大夫, 田主任, 严主任, 俞阿姨, 谢姐, 杜科长, 娄老师, 丁所长,
嵇书记, 裘老师, 杜老师, 朱医生, 羌校长, 印医生), nicknames and local forms of address, annotated whole (彩娥, 阿雨,
毛头, 小钱, 阿毛婶); names that contain words (夏天明, 都国庆, 钱金土, 还思远); names directly before particles,
pronouns and verbs and after 叫/是/给/跟/找/让/和; a name closing the last sentence (最该谢的是缪春华。, 是季明轩。);
names spaced out character by character in half- and full-width spaces and names split in two; compound surnames
after ordinary words (东郭, 呼延, 钟离, 闻人, 夏侯, 仲孙, 宗政, 左丘, 澹台, 公冶, 濮阳, 申屠, 万俟, 羊舌, 太史,
梁丘, 漆雕, 南宫, 鲜于); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:缪春华}}``, ``{{qq:2860471935}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1989fwspaced.640522}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 阿姨) and a particle, pronoun or
verb written directly after a name (他, 她, 也, 都, 还, 有, 才, 要, 让, 向, 和, 连, 被, 能) are outside the span; a
surname with only a title or kin word (刁师傅, 老祁, 谢姐, 杜科长) and a nickname or local form of address (彩娥,
阿雨, 毛头, 小钱, 阿毛婶) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (白玉荣, 祁永年,
祁浩然, 撒欣怡, 韩子豪, 耿佳琪) are category han; a Han surname before a non-Han given name (包特尼格尔, 祁拉加,
虎祖百达, 耿图雅) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout141/make_holdout141.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(141_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "134", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176",
                   "181", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1113: Mongolian mother from 正镶白旗 who cooks in a shipyard canteen in 靖江; her husband went off and is gone.
DOCS["H1113"] = ("family", """\
访谈者：大姐，您在船厂食堂做了几年了？
受访者：快四年了，在新港一家造船厂的职工食堂掌勺。我叫{{minority/mongolian:苏雅格日勒}}，老家在{{trap/place:锡林郭勒}}的{{trap/place:正镶白旗}}。厂牌上印的汉名是{{han:白玉荣}}，食堂里的小姑娘都喊我{{han:白阿姨}}，只有老乡还叫我{{minority/mongolian:苏雅}}。
访谈者：怎么到靖江来的？
受访者：孩子他爸{{minority/mongolian:朝宝力格}}先来船厂当焊工，干了两年，说这边工钱高，让我带着两个孩子过来。前年他说去{{trap/place:二连浩特}}跑边贸，一走就没回来，电话停机，微信把我拉黑了。{{minority/mongolian:朝宝}}他连儿子上几年级都说不上来。派出所的{{han:鞠警官}}帮我查过，说人还在{{trap/place:内蒙古}}，就是不肯露面，也不给抚养费。我去法院问过，要先找到人才能起诉。
访谈者：孩子们多大了？
受访者：儿子{{minority/mongolian:特尼格尔巴雅尔}}十二，学校花名册上写{{minority/mongolian:包特尼格尔}}，随他爸家的汉姓，在{{school:靖江市城南小学六年级（4）班}}。家里叫他{{minority/mongolian:特尼格尔}}。女儿{{minority/mongolian:努恩吉雅}}八岁，在{{school:新港园区实验小学二年级（3）班}}，有哮喘，换季就犯。{{minority/mongolian:努恩吉雅}}她夜里咳，我抱着坐到天亮，第二天照样五点进后厨。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:缪春华}}帮孩子办了借读，又跟老家嘎查联系，两个孩子报了困境儿童，每人每月{{trap/number:九百六十元}}。嘎查的儿童主任是我表妹{{minority/mongolian:白阿茹罕}}，她每季度去看我额吉，把材料盖了章寄过来。食堂经理{{han:季国平}}让女儿中午在休息间吃饭、睡午觉。掌勺的{{han:刁师傅}}手把手教我做淮扬菜，从来没{{trap/word:刁难}}过我。洗碗的{{han:能小芹}}能吃苦，我请假的时候她一个人顶两个。街道社工站的{{compound:东郭晓岚}}每周来给儿子辅导作业，跟她一起来的{{compound:呼延子安}}教女儿画画。
访谈者：孩子们想爸爸吗？
受访者：儿子嘴上说不想，可{{minority/mongolian:特尼格尔}}把他爸的照片夹在语文书里，我看见了没说。女儿问我，阿爸是不是被狼叼走了。我{{trap/minority_word:额吉}}{{minority/mongolian:敖敦其木格}}在视频里给她讲{{trap/famous:江格尔}}的故事，她才睡得着。{{compound:东郭晓岚}}说孩子心里有个洞，要慢慢补，让我每天晚上抽十分钟，光听孩子说话，不问作业。
访谈者：您回过老家吗？
受访者：去年夏天回去过一趟。儿子跟着舅舅{{minority/mongolian:乌日图那顺}}去{{trap/minority_word:敖包}}上添了石头，喝了一肚子{{trap/minority_word:奶茶}}，回来还会说几句蒙语。这边{{trap/word:季节}}一换就潮，女儿一回草原就不咳了。我额吉说，把孩子留下吧，我摇摇头。草原上没有好医院，学校也远，我舍不得。临走那天，额吉往箱子里塞了两斤奶豆腐、一袋炒米，让我给孩子们留着慢慢吃。
访谈者：您自己累吗？
受访者：累。早上五点蒸馒头，一千多号工人吃饭，中午手都抬不起来。工资四千八，宿舍厂里出，我每个月给额吉寄一千。有时候想回去，可回去放不了羊，也挣不到钱。夜里孩子睡了，我一个人坐在宿舍门口，听江上的船叫，想家想得睡不着。
访谈者：女儿的病怎么治？
受访者：每天早晚吸一次药，一盒一百多块，医保报一半。医生说等她长大，肺长结实了，可能就好了。我在宿舍里不敢点蚊香，也不敢炒辣椒，一呛她就喘。
访谈者：儿子在学校怎么样？
受访者：成绩中等，数学好，作文差。班主任{{han:卞老师}}说他上课爱发呆，可一到体育课就来劲，摔跤全班没人摔得过他。去年运动会他跑了八百米第一，奖状贴在宿舍墙上，说要寄给阿爸看，我没敢告诉他寄不出去。女儿胆小，在学校不敢举手，{{compound:呼延子安}}就让她先在画里说话，她画了一匹马，马背上驮着一家三口。
访谈者：厂里的人对你们怎么样？
受访者：都好。过年经理给两个孩子包了红包，{{han:刁师傅}}的老婆{{han:刁大嫂}}叫我们去她家看春晚，包了一桌子饺子。{{trap/org:船厂工会}}的{{han:羌主席}}送过两回米和油，还给女儿买了一台雾化机。
访谈者：登记信息请您说一下。
受访者：我们住{{address:靖江市新港大道88号船厂生活区3幢412室}}，老家是{{address:正镶白旗伊和淖尔苏木浩特嘎查四组15号}}。我的身份证{{id_number@wy1987hyphen.152529}}，儿子的{{id_number@my2014.152529}}。我电话{{mobile@s434}}，{{han:缪春华}}的{{mobile@plain}}。我微信{{wechat:suyagerel_jj87}}。儿子有QQ，学校布置作业用，号码他念一个我写一个，写在饭卡背面：{{qq:2860471935}}。
访谈者：表上名字写得对吗？
受访者：借读表上我是{{spaced:苏 雅 格 日 勒}}，儿子是{{spaced:特尼格尔　巴雅尔}}，女儿写成{{spaced:努 恩 吉 雅}}，厂里把我的汉名打成{{spaced:白 玉 荣}}。
访谈者：您最盼什么？
受访者：盼女儿不咳了，儿子考个好初中。他爸回不回来随他，娘仨能过。过年我要给食堂的师傅们送牛肉干，最该谢的是{{han:缪春华}}。
""")

# H1114: Amdo Tibetan grandfather from 门源 raising his grandson in 上虞, where his daughter married.
DOCS["H1114"] = ("family", """\
访谈者：阿爷，您从门源过来多久了？
受访者：两年零三个月。我叫{{minority/tibetan:夏吾先巴}}，老家在{{trap/place:门源}}，{{trap/place:祁连山}}脚下放了一辈子羊。这边的人记不住藏名，户口本上的汉名是{{han:祁永年}}，小区看门的都喊我{{han:老祁}}。
访谈者：您一个人带孙子？
受访者：孙子{{minority/tibetan:拉加东周}}，十一岁，学名{{han:祁浩然}}。他爸是我儿子{{minority/tibetan:尕藏多杰}}，五年前在{{trap/place:西宁}}开货车出了事，人没了。他妈{{minority/tibetan:娘吉卓玛}}第二年走了，电话打不通，三年没音信。县里给孙子认定了事实无人抚养，每月{{trap/number:一千一百四十元}}打到卡上。羊都卖了，草场租给了邻居，一年有几千块租金。
访谈者：怎么到上虞来了？
受访者：我女儿{{minority/tibetan:卡毛吉}}嫁到{{trap/place:上虞}}，男人{{han:俞建江}}做伞骨，街坊叫她{{minority/tibetan:俞卡毛}}。她说阿爸你一个人在山上，孩子上学要走十几里，都过来吧。{{minority/tibetan:卡毛吉}}她把我们接到{{trap/place:曹娥街道}}，孙子转进了{{school:上虞区曹娥小学五年级（2）班}}。
访谈者：孩子在学校适应吗？
受访者：头一年难。他普通话带门源腔，同学笑他，叫他{{minority/tibetan:祁拉加}}，把汉姓跟藏名拼在一起。{{minority/tibetan:拉加}}回来就哭，说不去了。班主任{{han:经晓芸}}老师{{trap/word:经常}}留他谈心，还让他在班会上讲{{trap/minority_word:牦牛}}、讲{{trap/minority_word:青稞}}，同学们才服他。学校的心理老师叫{{compound:钟离雨萱}}，每周陪他摆一次沙盘。现在他数学考过全班第三，回来把卷子给我看，我看不懂，只会笑。
访谈者：还有谁帮你们？
受访者：社区儿童主任{{han:阮美琴}}跑前跑后，帮孙子办了转学、医保，每年的复核也是她帮着跑。区里民政的{{han:竺国良}}来家里核过两回材料。社工站派来一个小伙子，叫{{compound:闻人嘉言}}，周末带孙子去{{trap/place:曹娥江}}边跑步。女婿{{han:俞建江}}他话少，可孙子的学费、校服钱都是他交的。
访谈者：老家那边还有人管吗？
受访者：村里的儿童主任{{minority/tibetan:完代草}}每年打电话来问，年底的材料是她帮着交的。我弟弟{{minority/tibetan:南加多杰}}替我看着老房子，他说等孙子放暑假回去，带他去{{trap/org:塔尔寺}}磕头，给他讲{{trap/famous:宗喀巴}}大师的故事。
访谈者：您在这边生活习惯吗？
受访者：不习惯热。夏天我光着膀子坐在楼道里，邻居笑我。吃的也不惯，{{minority/tibetan:卡毛}}隔几天给我打一回{{trap/minority_word:酥油茶}}，拌一碗{{trap/minority_word:糌粑}}。我每天送孙子上学，路上转着念珠，回来在小区里走走。楼下下棋的老头教我说上虞话，我只学会了一句“吃饭哉”。
访谈者：孙子想他妈妈吗？
受访者：想，他不说。有一回他在作文里写，妈妈在很远的草原上放羊。老师把作文拍给我女儿看，我听了一晚上没睡着。我托老家的人打听过，说她在{{trap/place:玉树}}又成了家。我不怪她，她也年轻。
访谈者：您平时跟老家怎么联系？
受访者：每个礼拜天晚上，孙子用他姑姑的手机跟我弟弟视频。老家信号不好，弟弟要骑摩托到山坡上才打得通，画面一卡一卡的。孙子给他看作业本，弟弟不认汉字，就一个劲夸写得好。有一回视频里看见我家的老狗，孙子哭着说想它，夜里抱着枕头睡不着。冬天这边没暖气，屋里比门源还冷，女婿给我们买了个电暖器。
访谈者：孙子身体怎么样？
受访者：刚来那年老流鼻血，医生说这边潮，高原上下来的孩子要慢慢适应。儿童主任带他去{{trap/org:上虞区人民医院}}看过，开了药，后来好了。他个子蹿得快，一年长了八公分，衣服都是他姑姑买的。
访谈者：跟女婿一家住一起吗？
受访者：不住一起，我们租在他们楼下。女儿家的儿子叫{{han:俞子墨}}，比我孙子小两岁，两个孩子天天一起上学、一起写作业，好得像亲兄弟。亲家母{{han:夏阿婆}}每天多烧一个菜端下来。我不会说她的话，她不会说我的话，两个人比划着也能聊半天。我在屋里摆了个小佛龛，早晚点一盏{{trap/minority_word:酥油灯}}，亲家母看见了，也跟着拜一拜。
访谈者：登记信息请您说一下。
受访者：这边住{{address:上虞区曹娥街道江滨花园11幢2单元502室}}，老家是{{address:门源县青石嘴镇尕寺沟村二社16号}}。我的身份证{{id_number@moldquad.632221}}，孙子的{{id_number@my2015x.632221}}。我不会用手机，电话留女儿的：{{mobile@h38}}，{{han:阮美琴}}的{{mobile@plus86}}。女儿的微信{{wechat:kamaoji_yusan}}。孙子有QQ，跟老家同学聊天用，号码他写在我念珠盒子上：{{qq:1730548296}}。
访谈者：名字写得对吗？
受访者：医保卡上我是{{spaced:夏 吾 先 巴}}，学校把孙子写成{{spaced:拉加 东周}}，也有写{{spaced:祁　浩　然}}的。女儿的藏名写成{{spaced:卡 毛 吉}}。
访谈者：您最大的心愿是什么？
受访者：孙子好好念书。我老了，等他长大，让他自己去找他妈。我这辈子没念过书，他能念出来，我死了也闭眼。
""")

# H1115: Hui mother from 海原 who sells beef buns in 靖城街道, raising a daughter with a hearing aid; her husband,
# hurt on a building site, is back in 海原.
DOCS["H1115"] = ("family", """\
访谈者：大姐，您这牛肉包子铺开了几年了？
受访者：三年多了，就在{{trap/place:靖城街道}}菜场门口。我叫{{han:虎彩霞}}，回族，经名{{minority/hui:祖百达}}，老家宁夏{{trap/place:海原}}。菜场里的人叫我{{han:虎姐}}，寺里的老人叫我{{minority/hui:虎祖百达}}。
访谈者：家里几口人？
受访者：我跟闺女两个在这边。男人{{han:撒国栋}}，经名{{minority/hui:赛力木}}，前年在{{trap/place:苏州}}的工地上从脚手架摔下来，腰伤了，回海原老家养着，有残疾证，拿两项补贴。婆婆{{minority/hui:赫黛洁}}照顾他。闺女学名{{han:撒欣怡}}，经名{{minority/hui:麦尔燕姆}}，九岁，在{{school:靖江市靖城中心小学三年级（5）班}}。
访谈者：听说孩子耳朵不好？
受访者：生下来就是中重度听力损失，两只耳朵都戴助听器。{{trap/org:靖江市残联}}给配过一副，一万多块，后来又申请了康复补贴。{{minority/hui:麦尔燕姆}}她上课坐第一排，老师说话得看着她的嘴。班主任{{han:印小红}}老师给她配了调频话筒，上课挂在脖子上。有同学扯她的助听器，班主任把那孩子家长叫来谈了一下午。我对这个老师{{trap/word:印象}}特别好。助听器怕水怕汗，夏天我天天晚上拿干燥盒给它除湿，电池一个礼拜换一回。
访谈者：还有谁帮过您？
受访者：社区儿童主任{{han:卞秀梅}}帮闺女报了困境儿童，每月{{trap/number:八百八十元}}，又跟学校说好，给她留了资源教室的名额。资源教室的老师叫{{compound:夏侯静姝}}，每周两回教她看口型、练发音。街道社工{{compound:仲孙明轩}}帮我填过康复救助的表。医院听力科的{{han:殷大夫}}半年给她调一次机器。房东{{han:让秀英}}让我们晚交了三个月房租。{{trap/org:清真寺}}里的{{han:哈文成}}阿訇，经名{{minority/hui:吉布勒}}，逢主麻给闺女带一块{{trap/minority_word:油香}}。菜场卖牛肉的老乡{{minority/hui:马克里木}}给我留最好的腱子肉，他媳妇{{minority/hui:克丽麦}}接送过闺女好几回。
访谈者：闺女跟同学处得好吗？
受访者：开始不好，她说话声音大，发音不准，有人学她。后来{{han:印小红}}老师在班上讲助听器是怎么回事，让大家轮流戴耳罩试试，就没人笑了。学校里有人叫她{{minority/hui:撒麦尔燕}}，她写作业还是签{{han:撒欣怡}}。她最好的朋友{{han:鞠雨彤}}学了几句手语，两个人下课一起跳皮筋。
访谈者：闺女在家里话多吗？
受访者：多，是个话痨。放学跟我说学校里的事，一说一个钟头，谁跟谁好了，谁的橡皮丢了。她摘了助听器睡觉，世界就静了，她说静的时候像在海底。有一回夜里楼道里的火警响了，她一点没听见，我吓得半死，后来在她床头装了一个会闪灯、会震动的闹钟。她的作业我天天签字，我认字不多，可签得比谁都认真。
访谈者：您一个人忙得过来吗？
受访者：凌晨三点和面剁馅，六点半先送闺女上学，回来接着卖。中午收摊睡两个钟头，晚上陪她练发音，一个字一个字地念。我妹子{{minority/hui:苏韦黛}}在{{trap/place:银川}}打工，说要来帮我，我没让，她自己也有两个娃。{{trap/minority_word:古尔邦节}}那天我歇一天，带闺女去寺里，给她讲{{trap/famous:郑和}}下西洋，说他也是回回。男人每天晚上跟闺女视频，手机里的声音她听不清，两个人就打字，她爸字打得慢，一句话要打半天。
访谈者：您男人那边还好吗？
受访者：躺了半年能下地了，重活干不了。{{han:撒国栋}}他天天在家里急，说拖累了我们娘俩。村里的{{han:田主任}}给他报了个公益岗位，看护村后头的林子，一个月五百，他说好歹是自己挣的。他在电话里老说，等腰好了再出来打工，我说你先把身子养好再说。
访谈者：闺女以后上学怎么办？
受访者：{{compound:夏侯静姝}}老师说她跟得上普通学校，初中可以接着随班就读。我想攒钱给她换一副好的助听器，听说{{trap/place:上海}}有做人工耳蜗的，要二十多万，{{trap/org:慈善总会}}有救助项目，社区说帮我去问。包子一天卖四五百个，刨去面粉、牛肉、房租，一个月落下四千来块，我一分一分攒。冬至那天排队排到马路上，我包到手都抽筋了。
访谈者：登记信息请您说一下。
受访者：铺子在{{address:靖江市靖城街道人民南路56号}}，我们租住{{address:靖城街道骥江新村9幢1单元301室}}。我的身份证{{id_number@wy1989fwspaced.640522}}，闺女的{{id_number@wy2017hyphen.640522}}。我电话{{mobile@plus86dash}}，{{han:卞秀梅}}的{{mobile@fws}}。收款的微信{{wechat:hucaixia_niuroubao}}。听障家长有个QQ群，我的QQ是闺女帮我注册的：{{qq:５２８１９０４７３}}。
访谈者：名字写得对吗？
受访者：残联的表上我是{{spaced:虎 彩 霞}}，闺女的经名写成{{spaced:麦 尔 燕 姆}}，学校名单上是{{spaced:撒欣 怡}}，婆婆的经名写成{{spaced:赫　黛　洁}}。
访谈者：最后还想说什么？
受访者：闺女说长大要当手语老师。我说好，先把话说清楚，再去教别人。这几年最要谢的是{{han:卞秀梅}}。
""")

# H1116: Kazakh father from 布尔津 in an umbrella factory in 崧厦街道, his wife dead, raising two boys with his mother.
DOCS["H1116"] = ("family", """\
访谈者：大哥，您在伞厂做什么工？
受访者：穿伞骨、装伞头，计件的。我叫{{minority/kazakh:塔兰别克·道列特}}，老家{{trap/place:阿勒泰}}的{{trap/place:布尔津}}，离{{trap/place:喀纳斯}}不远。厂里人嫌名字长，叫我{{minority/kazakh:塔兰别克}}，叫快了就成了{{minority/kazakh:塔兰}}。
访谈者：怎么到崧厦来的？
受访者：我老婆{{minority/kazakh:再乃古丽·扎尔肯}}前年得了白血病，在{{trap/place:乌鲁木齐}}治了一年，还是走了。治病卖了马和牛，还欠了二十多万。老乡{{minority/kazakh:阿依多斯·别里克}}在{{trap/place:崧厦街道}}的伞厂干了五年，说计件能挣钱，我就带着两个儿子过来了。
访谈者：两个孩子多大？
受访者：大的{{minority/kazakh:马迪亚尔·塔兰别克}}十二，在{{school:上虞区崧厦小学六年级（1）班}}，学籍系统里打不出点，写成{{minority/kazakh:马迪亚尔塔兰别克}}，班主任在作业本上写{{minority/kazakh:马迪亚尔•塔兰别克}}。同学叫他{{minority/kazakh:马迪}}。小的{{minority/kazakh:叶尔努尔·塔兰别克}}八岁，跟哥哥同一个学校，读二年级，家里叫他{{minority/kazakh:努尔}}。{{minority/kazakh:叶尔努尔}}他最黏哥哥，睡觉都要攥着哥哥的衣角。
访谈者：孩子没了妈妈，谁帮着照看？
受访者：我阿妈{{minority/kazakh:沙吾列什}}去年也从布尔津过来了，给孩子们做饭。社区儿童主任{{han:罗巧玲}}帮两个孩子报了困境儿童，又申请了临时救助。大儿子的班主任{{han:章丽娜}}老师周末给他补语文。老板{{han:车建林}}在{{trap/word:车间}}后面隔出一间小屋，孩子放学在里面写作业。{{han:严主任}}把我的夜班调成了白班。绕伞面的{{han:金彩凤}}阿姨常给孩子们带{{trap/word:金橘}}。街道社工站的{{compound:宗政芷若}}每周来一次，还有{{compound:左丘明远}}，带他们去{{trap/place:杭州湾}}边上看海。两个孩子头一回看见海，在泥滩上跑了一下午，回来鞋里全是泥。
访谈者：孩子们想家吗？
受访者：想。{{minority/kazakh:马迪亚尔}}他总问什么时候回去骑马。晚上我阿妈弹{{trap/minority_word:冬不拉}}，唱{{trap/minority_word:阿肯弹唱}}里的段子，讲{{trap/famous:库尔曼加孜}}的故事。过{{trap/minority_word:纳吾肉孜节}}，阿妈烤了一大摞{{trap/minority_word:馕}}，分给车间的工友。{{minority/kazakh:阿依多斯}}喝多了，抱着我哭，说他也三年没回家。
访谈者：这边的学校跟老家比呢？
受访者：好是好，就是作业多。老大在老家读的是双语，刚来的时候语文跟不上，考过二十几分。{{han:章丽娜}}老师说不急，一个字一个字补。现在他能考七十多了，还当了体育委员。小的胆子小，开学哭了一个礼拜，现在放学回来满嘴上虞话，我都听不懂。
访谈者：债还了多少？
受访者：还了一半。我一个月六七千，旺季能上八千，寄回去一半，剩下的交房租、给孩子买衣服。老家的亲戚说不急，可我心里急，欠人的钱像背着一块石头。阿妈腿不好，去医院就找{{han:罗巧玲}}陪着，她听不懂这边话。
访谈者：厂里的活累不累？
受访者：计件，手快就多挣。旺季从早上七点干到夜里十点，手指头被伞骨扎得全是眼。{{han:车建林}}说我手快，让我带两个新来的徒弟，一个是{{trap/place:贵州}}来的{{han:龙小兵}}，一个是本地的{{han:才建国}}。{{han:才建国}}才十八岁，干活毛躁，一天返工好几回，我慢慢教他。伞骨是钢的，一根根要穿进伞头的小孔里，眼睛得盯紧，一天下来又酸又胀。
访谈者：孩子们还记得妈妈吗？
受访者：大的记得，小的记不太清了。我手机里存着她的照片，小的晚上要看，看着看着就睡了。大的不让我当他面提他妈，说提了就想哭，男子汉不能哭。有一回我看见他在作业本背面画了一个毡房，门口站着一个女人，穿红裙子，那是他妈最喜欢的一条裙子。我把那张纸撕下来，夹在我的身份证套子里了。
访谈者：阿妈在这边住得惯吗？
受访者：不惯。她说这里的天像一口锅，闷得喘不过气。她不会说汉话，出门只能跟着孩子。小区里跳广场舞的{{han:俞阿姨}}拉她去跳，她跳了两回，说还是{{trap/minority_word:黑走马}}好看。她每天早上烧奶茶，整个楼道都是奶香，邻居一开始还以为谁家着火了。
访谈者：登记信息请您说一下。
受访者：老家在{{address:布尔津县冲乎尔镇合孜勒哈英村三组21号}}，这边住{{address:上虞区崧厦街道伞城路77号员工宿舍2幢315室}}。我的身份证{{id_number@my1984fwhyphen.654321}}，大儿子的{{id_number@my2014spaced.654321}}。电话{{mobile@plus86spaced}}，{{han:罗巧玲}}的{{mobile@s38}}。我的微信{{wechat:talanbek_burqin84}}。大儿子有QQ，跟布尔津的同学打游戏，号码他用粉笔写在门背后：{{qq:81629374}}。
访谈者：名字写得对吗？
受访者：乱。医保卡上我是{{spaced:塔兰别克 · 道列特}}，学校把小的写成{{spaced:叶 尔 努 尔}}，阿妈的名字写成{{spaced:沙吾 列什}}，大的成了{{spaced:马 迪 亚 尔}}。
访谈者：您最盼什么？
受访者：盼把债还完，带孩子们回布尔津，给他们妈上坟，告诉{{minority/kazakh:再乃古丽}}，两个儿子都长高了。
""")

# H1117: Han 儿童主任 in 百官街道 (上虞) reading out her list.
DOCS["H1117"] = ("staff", """\
访谈者：{{han:谢姐}}，您带来的是名单？
受访者：是，{{trap/place:百官街道}}龙山社区的困境儿童台账。我叫{{han:谢佩琴}}，当儿童主任第六年了，社区里大人小孩都认得我。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:倪子轩}}，男，十岁，{{school:百官小学四年级（3）班}}。爸爸{{han:倪建伟}}吸毒，强制隔离戒毒两年；妈妈{{han:和小萍}}精神残疾二级，拿两项补贴。孩子跟外婆过，外婆七十六了。是我跟{{han:和小萍}}和她哥哥一起商量，才把事实无人抚养报上去的。住{{address:上虞区百官街道龙山路3弄12号}}，孩子的身份证{{id_number@my2016fw.330604}}。
访谈者：第二户？
受访者：第二户是孤儿，{{han:竺雨涵}}，女，十三岁，{{school:上虞区实验中学七年级（6）班}}。爸妈跑长途，在{{trap/place:杭州湾跨海大桥}}上出的车祸。现在跟姑妈{{han:竺美芳}}过，孤儿基本生活费每月{{trap/number:二千一百三十元}}。姑妈在菜市场卖鱼，早上三点就出门，孩子一个人起床、吃早饭、去上学。孩子想考{{trap/org:上虞中学}}，说要像{{trap/famous:竺可桢}}一样当科学家。她成绩在年级前二十，就是晚上一个人不敢睡，要开着灯。
访谈者：第三户？
受访者：第三户是回族，爸爸{{han:韩永胜}}从青海{{trap/place:化隆}}过来开拉面馆，经名{{minority/hui:格迪尔}}。妈妈前年走了，爸爸去年查出尿毒症，一周透析三次，面馆交给伙计看着，客人少了一半。儿子{{han:韩子豪}}，经名{{minority/hui:萨拉哈丁}}，在{{school:百官小学二年级（1）班}}，店里的伙计都叫他{{minority/hui:韩萨拉哈丁}}。低保批了，孩子按困境儿童另有补贴。
访谈者：第四户？
受访者：第四户，{{han:都一鸣}}，男，八岁。爸爸{{han:都国庆}}车祸以后一直昏迷，在护理院躺了两年；妈妈改嫁，孩子跟奶奶。是楼下的{{han:向美霞}}向社区反映的，她说孩子冬天还穿单鞋。奶奶腿脚不好，孩子每天自己走二十分钟去上学，书包比他人还宽。住{{address:百官街道市民大道518号金桂苑7幢1单元602室}}。
访谈者：第五户？
受访者：第五户，{{han:夏天明}}，男，十四岁，{{school:百官中学八年级（2）班}}。爸爸{{han:夏建新}}诈骗判了六年，在{{trap/place:乔司}}服刑，孩子领服刑人员子女补助。妈妈{{han:茹雪芬}}在超市上夜班。{{han:夏天明}}他逃过两回学，都是在网吧找到的。他妈说管不住，我就请社工每个礼拜陪他打一场球，现在逃学少了。
访谈者：还有吗？
受访者：第六户，{{han:车诗涵}}，女，六岁，{{school:百官街道中心幼儿园大（2）班}}。爸爸{{han:车立军}}前年肝癌走了，妈妈{{han:经丽华}}尿毒症，一个礼拜透析三回，自己都顾不上。孩子平时跟外公外婆，外公七十多还在骑三轮收废品。妈妈重病、爸爸死亡，这种情况也能认定事实无人抚养，材料是我一张一张帮着复印的。{{trap/org:慈善分会}}给过一次大病救助。{{han:经丽华}}说，她就怕自己哪天不在了，孩子连个喊妈的人都没有。
访谈者：这些都是谁在跟？
受访者：街道社工站的{{compound:澹台芸熙}}跟第一户、第四户，新来的{{compound:公冶思辰}}跟第五户，律师{{compound:濮阳明月}}帮第二户办了房子过户。区{{trap/org:民政局}}的{{han:杜科长}}每季度来抽查。学校那边对接的是{{han:娄老师}}。曹娥街道的{{han:阮美琴}}开会时说起过，她那边有个藏族爷爷{{minority/tibetan:夏吾先巴}}带着孙子{{minority/tibetan:拉加东周}}，我们还一起商量过外地户口的孩子怎么报。
访谈者：台账上的名字对吗？
受访者：常错。有写成{{spaced:倪 子 轩}}的，有{{spaced:竺　雨　涵}}，社工的名字被打成{{spaced:澹 台 芸 熙}}，还有把{{spaced:都一 鸣}}分成两截的。
访谈者：联系方式呢？
受访者：{{han:竺美芳}}的电话{{mobile@p86h}}，{{han:茹雪芬}}的{{mobile@fullwidth}}。第五户的孩子有QQ，我加了，他半夜会发个表情过来，号码是{{qq:3926150847}}。我的工作微信{{wechat:xiepq_lsshequ}}，家长有事都在上面找我。
访谈者：补助是怎么发的？
受访者：每月十号前打到监护人卡上，孤儿和事实无人抚养的标准高一些。每年三月我们复核一遍，看家里情况有没有变，爸爸出来了没有，妈妈回来了没有，孩子满没满十八岁。变了就调整，该停的停，该加的加。今年新增了两户，退出了一户，是爸爸刑满回来了，找了份工作，自己能养了。
访谈者：您自己家里支持吗？
受访者：老公说我管别人的孩子比管自己的还上心。女儿今年高三，我一个礼拜陪不了她两个晚上。她倒懂事，说妈你去吧，那些小孩比我难。
访谈者：最难的是什么？
受访者：是大人不肯开口。好多人家觉得丢人，宁可自己扛。我就一趟一趟上门，有时候敲一次门要准备一个礼拜，坐下来先拉家常，等他们自己说。有个奶奶头三回都把我挡在门外，第四回才让我进屋，一进门就哭。上礼拜她孙子的作文得了奖，她专门拎了一篮鸡蛋送到社区来。
""")

# H1118: Han social worker in 孤山镇 (靖江) handling cases of children with no one to raise them (事实无人抚养).
DOCS["H1118"] = ("staff", """\
访谈者：您在孤山镇做社工几年了？
受访者：四年。我叫{{han:顾静娴}}，在{{trap/place:孤山镇}}社工站，专门跟事实无人抚养的孩子。镇上这样的孩子有十一个，我挑几个说。
访谈者：好。
受访者：第一个是女孩，学名{{han:耿佳琪}}，十岁，在{{school:孤山镇中心小学四年级（2）班}}。她妈是内蒙古{{trap/place:通辽}}人，叫{{minority/mongolian:高娃日娜}}，前年病故。她爸{{han:耿志强}}被判了七年。孩子跟奶奶过，奶奶喊她的蒙古名{{minority/mongolian:锡林图雅}}，村里人图顺口，叫她{{minority/mongolian:耿图雅}}。她舅舅{{minority/mongolian:特日棍巴特尔}}在通辽开出租，每月给她寄五百，过年还寄来风干肉。那孩子画画好，墙上贴的全是她画的马。
访谈者：第二个？
受访者：第二个是兄妹俩。爸爸{{han:还建华}}去年在{{trap/place:长江}}上跑船落了水，人没找到；妈妈早就联系不上。哥哥{{han:还思远}}还小，才九岁，妹妹{{han:还思琪}}六岁，跟叔叔{{han:还建民}}过，家在{{address:靖江市孤山镇孤山村十二组8号}}。{{han:还建民}}还在厂里上班，孩子放学是婶婶{{han:蔡还珍}}接。兄妹俩晚上挤一张床，哥哥给妹妹讲故事，讲的都是他爸跑船的事。人没找到，死亡证明开不出来，我们跑了三个月，最后按失联认定的。
访谈者：第三个？
受访者：第三个男孩，{{han:盛浩宇}}，十三岁，{{school:靖江市孤山中学七年级（3）班}}。爸爸{{han:盛立新}}重度残疾，妈妈服刑。他跟大伯{{han:陈有根}}过，{{han:陈有根}}有高血压，一个人种六亩地，住{{address:孤山镇永丰村五组23号}}。孩子的身份证{{id_number@my2013tri.321282}}，大伯的{{id_number@mmidspaced.321282}}。
访谈者：认定是怎么走的？
受访者：先由村里的儿童主任发现，像孤山村的{{han:耿秀兰}}，兄妹俩那户就是我和{{han:耿秀兰}}一起跑下来的；再由我们入户评估，材料报到镇民政办{{han:丁所长}}那里，最后市{{trap/org:民政局}}审批。认定下来，每月{{trap/number:一千五百九十元}}，打到监护人的卡上。一年复核一次，孩子满十八岁或者爸妈情况变了，就要重新评估。村里有人说闲话，说拿国家的钱养别人家的孩子，我就一家一家跟他们讲政策。
访谈者：除了钱还做什么？
受访者：每个孩子建档，我每月至少上门一次。{{han:耿佳琪}}刚开始一句话不说，我带她去爬{{trap/place:孤山}}，她在山顶上才哭出来，说想妈妈。站里的同事{{compound:申屠文静}}跟兄妹俩，还有个后生叫{{compound:万俟景行}}，跟{{han:盛浩宇}}打篮球。镇{{trap/org:团委}}送过一批书包，{{trap/org:红十字会}}给奶奶家装了扶手。
访谈者：监护人靠得住吗？
受访者：大多数靠得住，也有不放心的。有个叔叔把补助拿去打牌，我们跟村里商量，换成孩子姑妈{{han:丁美玲}}做监护人，还要她签承诺书。{{han:丁美玲}}说她就把钱存着，一分不动，等孩子上大学用。
访谈者：还有特别难办的吗？
受访者：有一个，{{han:印梓萱}}，七岁。爸爸{{han:印国兵}}开渣土车翻了，人没了；妈妈{{han:卞红霞}}改嫁到{{trap/place:泰兴}}以后就失联了，电话换了，娘家也说找不到。孩子跟太奶奶过，太奶奶八十八，住{{address:孤山镇广陵村七组3号}}。太奶奶耳朵聋，孩子放学回来自己热饭，个子比同龄的矮一头。我们先帮她报了临时救助，又请镇上的{{compound:羊舌文渊}}律师出了一份失联的情况说明，跑了四趟才认定下来。
访谈者：做这个工作最难的是什么？
受访者：是看着孩子一天天大了，自己能帮的就这么一点。有时候从孩子家出来，在田埂上坐一会儿才缓得过来。站里每月请督导给我们做一次减压，不然撑不下去。
访谈者：孩子们长大以后呢？
受访者：满十八岁补助就停了，还在读书的可以延到读完。最怕的是那几年，孩子没了补助，又没找到工作，一下子悬空。所以我们从初中就跟他们聊以后想做什么，带他们去职业学校参观，去厂里看看。去年有个男孩读了技校，学数控，现在在船厂实习，一个月能拿三千多，过年给奶奶买了件羽绒服。
访谈者：联系方式呢？
受访者：叔叔的电话{{mobile@s74}}，大伯不会用微信，只打电话：{{mobile@hyphen}}。那个男孩用QQ跟我说话，号码他写在我笔记本上：{{qq:609482715}}。我的工作微信{{wechat:gujx_gushan_sg}}，{{han:耿秀兰}}的微信就是{{wechat:gengxl1968}}。
访谈者：台账上的名字有错吗？
受访者：有。{{spaced:耿 图 雅}}被拆开了，{{spaced:还　思　远}}，{{spaced:申 屠 文 静}}，{{spaced:盛浩 宇}}，还有{{spaced:高娃 日娜}}。年底我们再对一遍。
访谈者：最后还想说什么？
受访者：这些孩子不缺一口饭，缺的是有人一直在。我能做的，就是每个月都去，让他们知道有人记着。有的孩子见了我就跑过来抱，有的到现在还不肯正眼看我，我都记在本子上，慢慢来。
""")

# H1119: Han grandmother in 丰惠镇 (上虞), speaking 上虞 dialect, raising two grandchildren; her son is in prison.
DOCS["H1119"] = ("family", """\
访谈者：阿婆，您带着两个孙？
受访者：是个，一个孙囡一个孙子。我叫{{han:陆彩娥}}，六十九岁，住{{trap/place:丰惠镇}}老街后头。村里同我差不多年纪的都叫我{{han:彩娥}}。老倌{{han:钱金土}}前年中风走了。儿子{{han:钱国栋}}在{{trap/place:宁波}}跟人开赌场，被抓进去，判了五年半，关在{{trap/org:十里丰监狱}}。媳妇{{han:糜小燕}}离了婚，回伊娘家去了，一年打两趟电话。
访谈者：孙们多大了？
受访者：孙囡{{han:钱思雨}}十三，阿拉叫伊{{han:阿雨}}，在{{school:丰惠镇中学七年级（1）班}}。孙子{{han:钱浩辰}}八岁，小名{{han:毛头}}，在{{school:丰惠镇中心小学二年级（3）班}}。{{han:毛头}}皮得弗得了，上个月爬树跌下来，手骨头裂了，打了一个月石膏。
访谈者：您一个人带两个，吃得消吗？
受访者：吃弗消也要吃。早上五点起来烧泡饭，送小人上学，再去田里。{{han:阿雨}}懂事，会帮我洗衣裳、喂鸡，就是话少，心里有事弗讲。夜里伊做作业，我坐在边上剥毛豆，伊问我题目，我一个字也弗识，只好叫伊去问老师。
访谈者：有谁帮您？
受访者：村里的儿童主任{{han:都美娟}}，{{han:都美娟}}都替我跑，两个小人报了服刑人员子女补助，一个月每人{{trap/number:六百二十元}}，我自家有低保。镇上民政的{{han:连建平}}连饭都没吃就来屋里核材料，核好了{{trap/word:连忙}}又赶去下一户。{{han:嵇书记}}帮我把漏雨的屋顶修好了。孙囡的班主任{{han:裘老师}}是后生女，有耐心，每礼拜打个电话问问。镇社工站的{{compound:太史雨桐}}每个月来一趟，同伊一道来的{{compound:梁丘雨薇}}教孙子写毛笔字。隔壁的{{han:章阿根}}有部三轮车，孙子跌伤那趟就是伊送去卫生院的。
访谈者：孙们想爸爸妈妈吗？
受访者：想个。孙子夜里哭着要妈妈。孙囡嘴上弗讲，把她爸小时候的照片藏在{{trap/word:钱包}}里，有一趟我看见了，背过身去哭了一场。去年中秋伊拉妈来过一趟，带了一盒月饼，坐了半个钟头就走了。孙子追到村口，{{han:糜小燕}}头也没回。
访谈者：孙子读书怎么样？
受访者：{{han:毛头}}读书弗要好，作业本天天忘记带。伊班主任{{han:杜老师}}讲伊脑子是灵个，就是坐弗牢。村里人叫伊{{han:小钱}}，讲伊同伊爸小辰光一模一样，我听了心里弗好过。孙囡成绩好，上学期考了年级第九，奖状我贴在堂前墙上，来一个人我指给一个人看。
访谈者：邻居们帮忙吗？
受访者：帮个。对门的{{han:阿毛婶}}烧了好小菜就端一碗过来，下雨天帮我收稻谷。村口小店的老板娘赊给我油盐，年底再算。
访谈者：去监狱看过儿子吗？
受访者：去过两趟，儿童主任陪我去的，坐了三个钟头车。{{han:钱国栋}}瘦了一大圈，隔着玻璃叫我姆妈，讲出来以后要好好做人。我讲你先想想两个小人。
访谈者：您跟孙们讲过他们爸爸的事吗？
受访者：讲过。孙囡大了，瞒弗牢。我讲你爸做错事体了，在里面改，改好了就回来。孙子小，我骗伊讲爸爸在外地做生活，伊问哪里，我讲宁波，伊就每趟看见汽车开过去问，是弗是去宁波个。我听了心里像刀割。
访谈者：您种田还种得动吗？
受访者：种两亩田，一季稻，一季油菜，再种点毛豆、茄子。插秧的辰光腰弯下去就直弗起来，孙囡放学就来田里帮我拔草，满脚是泥。油菜籽榨了油，自家吃一半，卖掉一半，换两个小人的学费。
访谈者：逢年过节怎么过？
受访者：过年做年糕、裹粽子，亲眷{{trap/word:陆续}}来看看。我同孙们讲{{trap/famous:祝英台}}同{{trap/famous:梁山伯}}的故事，讲{{trap/famous:谢安}}东山再起，孙囡讲阿婆你讲了一百遍了。
访谈者：您自己身体呢？
受访者：血压高，膝盖痛，每个月去卫生院配药。最怕自家倒下来，两个小人没人管。我同孙囡讲过，阿婆有啥事体，你就打电话给{{han:都美娟}}。伊记牢了，还写在作业本的封底上。我老倌在个辰光，屋里样样是伊弄，如今我一个老太婆，换个灯泡都要叫人。去年冬天冷，镇上送来两床新被头，两个小人盖了直说暖热。
访谈者：登记要写什么？
受访者：屋里在{{address:上虞区丰惠镇城东村六组14号}}。我的身份证{{id_number@wy1957fw.330604}}，孙子的{{id_number@my2018.330604}}。我弗识字，电话是孙囡帮我写的：{{mobile@spaced}}，{{han:都美娟}}的{{mobile@p86n}}。孙囡有微信，叫{{wechat:qiansiyu_fh13}}，伊还有个QQ，讲同学布置作业用，号码写在灶头间墙上：{{qq:4170382695}}。
访谈者：名字写得对吗？
受访者：有错。低保表上我是{{spaced:陆　彩　娥}}，学校把孙囡写成{{spaced:钱 思 雨}}，社工的名字写成{{spaced:太 史 雨 桐}}，我以为是四个人。儿子的表上写成{{spaced:钱国 栋}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来。我老了，弗晓得还带得动几年，两个小人就托给{{han:都美娟}}。
""")

# H1120: Han school nurse in 新桥镇 (靖江) who keeps in touch with pupils on QQ and with parents on WeChat.
DOCS["H1120"] = ("staff", """\
访谈者：{{han:朱医生}}，您在学校管哪些事？
受访者：我是{{trap/school:新桥镇中心小学}}的校医，叫{{han:朱晓雯}}，兼着心理健康这一块。全校九百多个孩子，家里困难的我都建了档。家长多半在外地，我跟他们靠微信，跟五六年级的孩子靠QQ。
访谈者：举几个例子？
受访者：第一个是一型糖尿病的女孩，{{han:羌雨萱}}，{{school:新桥镇中心小学四年级（1）班}}。爸爸跑货车出事走了，妈妈{{han:要海霞}}在{{trap/place:江阴}}的纺织厂三班倒。是{{han:要海霞}}要我每天中午给孩子测血糖、打胰岛素。她的微信{{wechat:yaohaixia_jy}}，我中午把血糖数发过去，她在车间里回一个“收到”。
访谈者：第二个？
受访者：第二个是哈萨克族小姑娘{{minority/kazakh:阿依扎提·艾别克}}，八岁，{{school:新桥镇中心小学二年级（2）班}}，先心病做过手术，体育课不能跑。她爸{{minority/kazakh:艾别克·吉恩斯}}在镇上的新疆饭馆烤肉，她妈在{{trap/place:伊犁}}照顾生病的外婆。同学叫她{{minority/kazakh:扎提}}，{{minority/kazakh:阿依扎提}}她自己也喜欢这么叫。她爸不会打字，发语音给我，他的微信是{{wechat:aibek_xinqiao}}。
访谈者：第三个？
受访者：第三个男孩，{{han:殷俊杰}}，十一岁，有癫痫。爸妈在{{trap/place:昆山}}打工，跟爷爷{{han:殷德才}}过。{{han:殷德才}}才六十出头，耳朵已经背了，上回发作是邻居把{{han:殷俊杰}}送到卫生院的。我让{{han:殷俊杰}}把药盒放在书包里，他每天在QQ上跟我说吃没吃药，号码是{{qq:1528064937}}。他爷爷种菜，隔三岔五让孩子给我捎一把青菜，说是自家地里的，不打药。他的身份证{{id_number@my2015fwhyphen.321282}}，爷爷的电话{{mobile@hyphen}}。
访谈者：第四个？
受访者：第四个，{{han:季明轩}}，{{school:新桥镇中心小学六年级（5）班}}。爸爸{{han:季长林}}偷电缆被判了三年，妈妈改嫁。{{han:季明轩}}也不爱说话，在QQ上倒是什么都说。他作文写得好，写他爸的那篇，语文老师在班上念了，好几个孩子都哭了。有天夜里十二点他发来一句“{{han:朱医生}}我不想活了”，吓得我连夜打电话给村里的儿童主任{{han:孙有娣}}，{{han:孙有娣}}有他家钥匙，半夜就去敲了门。他的QQ是{{qq:274059183}}，儿童主任的电话{{mobile@plus86}}。后来我们给他报了服刑人员子女补助，又请{{compound:漆雕晨曦}}医生每月给他做一次心理评估。
访谈者：学校还有谁一起管？
受访者：心理老师{{compound:南宫若雪}}每周给他们做团体辅导，驻校社工{{compound:鲜于晨阳}}跟家长沟通，{{han:羌校长}}批了一间谈心室。镇{{trap/org:卫生院}}的{{han:印医生}}每学期来给有病的孩子复查。
访谈者：那个哈萨克族小姑娘后来怎么样？
受访者：上个月复查过，{{trap/org:靖江市人民医院}}心内科说恢复得好。{{minority/kazakh:扎提}}现在体育课能慢慢走一圈了，她高兴得在操场上转圈。她爸烤的羊肉串全镇有名，六一节给全班每人送了两串，校长说下不为例，自己也吃了一串。她妈{{minority/kazakh:古丽苏姆}}在视频里学说汉话，谢了我好几遍。
访谈者：您怎么跟家长说孩子的病？
受访者：先说能做什么，再说要注意什么。家长本来就怕，你一上来就讲风险，他们更慌。第一个孩子的妈妈头一回听说要天天打针，在电话里哭了半个钟头。现在她比我还懂，血糖高了低了该怎么办，说得头头是道。
访谈者：您一个校医，怎么管起心理这块的？
受访者：孩子头疼肚子疼都往医务室跑，我慢慢发现，好多疼是心里疼。后来我去考了心理咨询的证，周末自己掏钱去{{trap/place:泰州}}上课。医务室里放了一张小沙发、一盒纸巾，孩子进来不想说话，就坐一会儿，我也不催。有个孩子在QQ上给我发过一张画，是医务室的窗户，窗台上有一盆绿萝。
访谈者：您自己家里呢？
受访者：儿子读初二，我陪他的时间不多。晚上他写作业，我在边上回家长消息，他说妈妈你手机比我还重要。我跟他说，等这几个孩子熬过去了，妈妈就多陪你。说完我自己也知道，熬过去了还有下一批。
访谈者：用微信和QQ方便吗？
受访者：方便，也累。三个家长群，晚上十点以后还在回消息。有的爷爷奶奶不会打字，一条语音六十秒，我一条一条听。我跟孩子们说，有事先找老师，实在不行打{{trap/hotline:12355}}。我的工作QQ是{{qq:3094716285}}，微信{{wechat:zhuxw_xqxiaoyi}}。
访谈者：名册上的名字有写错的吗？
受访者：有。{{spaced:羌 雨 萱}}，{{spaced:阿 依 扎 提}}，心理老师被写成{{spaced:南 宫 若 雪}}，还有{{spaced:艾别克 · 吉恩斯}}。
访谈者：最后想说什么？
受访者：这些孩子最怕的不是病，是没人在身边。我能做的，就是手机不关机。前天半夜又响了，是{{han:季明轩}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1113,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout140",))


if __name__ == "__main__":
    main()
