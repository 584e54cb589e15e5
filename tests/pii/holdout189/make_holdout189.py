# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 189 (tests/pii/holdout189/H1497-H1504 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 188, written at the same time, is not
an earlier set).

Set 189 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, all of them in
田林 and 隆林 (百色, Guangxi): a Mongolian mother from 乌拉特中旗 in 潞城瑶族乡 whose Zhuang husband was paralysed
felling fir trees; a Kazakh grandmother from 特克斯 in 新州镇, widow of a Miao soldier, raising the daughter and son
of her son, who is in prison in 贵州; a Yi father from 昭觉 who peels bamboo shoots in 八渡瑶族乡 and raises alone a
daughter with cerebral palsy and a son; a Uyghur father from 疏附 with a kebab shop in 新州镇, his Zhuang wife dead
and one foot lost to diabetes; a Miao 儿童主任 of a village of 德峨镇 reading out her ledger of Miao, Yi, Zhuang and
Han families; a Han officer of the county disabled persons' federation of 隆林 (a deaf Yi boy, phone calls); a
Zhuang nurse of the 八渡 township health centre on her home visits; and a Zhuang bus driver who takes the
children of the villages round 新州镇 to school. The emphasis is on forms where a replacement might cover only part
of a name, or miss it, in a mix rather than one trick: Mongolian names (乌格德勒其其格, 特木尔巴根那, 呼德尔朝鲁,
苏都日娜, 都兰格日乐) with short forms (乌格德勒, 呼德尔, 苏都也), a Han surname before a Mongolian given name on the
roll (农呼德尔朝鲁) and forms of address made from them (呼仔, 苏都妹); Kazakh given name + father's name with every
dot and none (孜依达汗・别尔迪汗, 阿依达尔罕‧叶斯波森, 阿依达尔罕叶斯波森, 叶尔包拉提.叶斯波森), the father's name
used alone (别尔迪汗, 叶斯波森), a Han surname before the boy's name (杨叶尔包拉提) and his nickname (包拉仔); Yi
names of 昭觉 and 布拖 (达久尔哈, 阿侯洛体, 达久拉果, 达久比史, 巴且阿洛, 达久日体, 瓦扎书呷, 瓦扎阿说) with short
forms (洛体他, 拉果她, 书呷他, 阿说能讲), forms of address (尔哈哥, 小比史), the mother's surname before the girl's
Yi name (黄拉果) and the father's Han-form name (达文清, 达师傅); Uyghur given name + father's name (玉苏甫江·吐尔洪,
艾尼瓦尔·吐尔洪, 买合木提·伊明, 则乃甫汗玉苏甫江), short forms (玉苏甫, 坎达尔), a form of address that looks like
a Han surname with a title (玉老板), a nickname (坎达尔仔), the Zhuang mother's surname before the girl's name
(韦则乃甫汗) and the name inside a shop name (玉苏甫烤肉); Han names with rare surnames of the region (禤, 磨, 零,
农, 闭, 岑, 覃, 侬, 班, 卜, 麻, 蒙, 韦, 盘, 项, 古, 凌, 陆); given names holding grammar words right before the same
words (韦德才才, 韦再兴再三, 韦正正在, 陆又青又, 罗正要强, 岑志能干脆) and names before and after particles,
pronouns and verbs (磨金倒是, 杨正香却, 黄桂莲把, 被农得胜, 侯金花和侯金山, 给坎达尔, 农有余他, 黄晓雯她, 陆又青讲);
names that contain words with the words nearby as words (农有余 and 年年有余, 罗平安 and 罗平, 麻志坚 and 麻烦, 磨伯 and
磨米浆, 零卫国 and 零钱, 蒙桂英 and 蒙古, 班德旺/班师傅 and 班车, 凌晨阳 and 凌云, 岑 and 岑王老山, 韦 and 韦拔群);
names inside shop names (玉苏甫烤肉, 侬春桃米粉店); a surname with only a title or kin word, annotated whole (农嫂,
杨婆, 磨伯, 闭股长, 侬阿婆, 韦阿婆, 古姨, 梁股长, 黄股长, 卜护士, 小卜, 卜姨, 班师傅, 达师傅), forms of address made
from a Han given name (旺叔) and Zhuang nicknames with 特/达, annotated whole (特勇, 特旺, 达妹), and 田老八, 邓老四,
黄老六; names at the start and end of lines; names spaced out character by character in half- and full-width spaces,
with spaced dots, and names split in two; compound surnames after ordinary words (司徒, 上官, 夏侯, 端木, 皇甫, 欧阳,
诸葛, 长孙, 司马, 濮阳, 钟离, 梁丘, 申屠, 万俟, 赫连, 公羊, 西门, 轩辕, 东方), five of them beside the same word used
as a word or place (长孙 the eldest grandson, 公羊 the ram, 西门 the west gate, 东方 the east, 濮阳 the city); and
numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:禤凤娇}}``, ``{{qq:7350926418}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, kazakh, yi, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013fwhyphen.451031}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生) and a particle, pronoun or verb
written directly after a name (才, 再三, 正在, 又, 要强, 干脆, 倒是, 却, 把, 也, 他, 她, 讲, 能) are outside the span; a
surname with only a title or kin word (农嫂, 杨婆, 磨伯, 闭股长, 古姨, 卜姨, 班师傅, 达师傅) and a local nickname (特勇,
特旺, 达妹) are annotated whole. Han-style names of Yi and Kazakh-Miao people (达文清, 达师傅, 杨志腾, and 罗正 of the
隆林 Yi) are category han; a Han surname before a non-Han given name (农呼德尔朝鲁, 杨叶尔包拉提, 黄拉果, 韦则乃甫汗) is
category minority, and so are forms of address made from a non-Han name (呼仔, 苏都妹, 包拉仔, 尔哈哥, 小比史, 玉老板,
坎达尔仔).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout189/make_holdout189.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(189_2026_1207)
MINORITY_GROUPS = ("mongolian", "kazakh", "yi", "uyghur")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "kazakh": 10, "yi": 10, "uyghur": 10}

MOBILE_PREFIXES = ["130", "131", "132", "134", "136", "139", "145", "147", "152", "155", "156", "159", "166",
                   "171", "175", "178", "180", "182", "183", "186", "188", "193", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1497: Mongolian mother from 乌拉特中旗 in 潞城瑶族乡 (田林); her Zhuang husband fell while felling fir trees
# and is paralysed; a son and a daughter.
DOCS["H1497"] = ("family", """\
访谈者：大姐，听口音您不是本地人？
受访者：不是，我是{{trap/place:内蒙古}}{{trap/place:乌拉特中旗}}的蒙古族，叫{{minority/mongolian:乌格德勒其其格}}。这边人念不来，都喊我{{minority/mongolian:乌格德勒}}，屯里老人跟着我男人喊我{{han:农嫂}}。
访谈者：怎么到田林来的？
受访者：十几年前在{{trap/place:东莞}}电子厂打工，认得了{{han:农有余}}，他是{{trap/place:潞城}}这边的壮族。我阿爸{{minority/mongolian:特木尔巴根那}}不肯，讲广西太远，一年见不到一回，我还是跟来了。婆婆{{han:蒙桂英}}头一回见我就笑，讲她姓蒙，跟{{trap/word:蒙古}}的蒙是一个字，一家人咯。
访谈者：您爱人现在怎么样？
受访者：前年秋天上山砍{{trap/word:杉木}}，从坡上滚下来，伤了脊椎，下半身动不得，评了一级。在百色住了四十天院，花了{{trap/number:七万六}}，合作医疗报了一半多，剩下的是借的，到现在还没还清。{{han:农有余}}他以前犁田砍树样样得，屯里讲有他在，他家{{trap/word:年年有余}}，现在翻个身都要人帮。脾气也变了，有时候一整天不讲话，有时候对着墙骂自己没用。
访谈者：孩子们呢？
受访者：两个。大的是仔，蒙古名{{minority/mongolian:呼德尔朝鲁}}，户口跟爸爸姓，花名册上写{{minority/mongolian:农呼德尔朝鲁}}，同学嫌长，喊他{{minority/mongolian:呼仔}}。他十三岁，在{{school:田林县民族中学七年级4班}}。小的是妹仔{{minority/mongolian:苏都日娜}}，九岁，在{{school:潞城瑶族乡中心小学三年级（2）班}}，班主任{{han:岑晓燕}}喊她{{minority/mongolian:苏都妹}}。
访谈者：您一天怎么过？
受访者：五点起来，先给他翻身、接尿、擦洗，再煮粥，喊两个娃娃起床。七点送妹仔去学校，八点去剥茶果，中午跑回来喂他吃饭，下午再去，手上全是茶果的黑印子，洗都洗不掉。晚上娃娃写作业，我洗衣服，十一点能睡就算早的。一年到头没有哪天是歇的。
访谈者：家里靠什么过？
受访者：靠政府。儿童主任{{han:覃美玉}}上门来，讲父母一方重残，两个娃娃都报得困境儿童，一个月各{{trap/number:六百五十块}}。{{han:覃美玉}}又帮{{han:农有余}}办了残疾证，两项补贴都拿到了，再加上低保。县民政局的{{compound:司徒晨阳}}来核过两回，社工{{compound:上官映竹}}每个月来陪{{minority/mongolian:呼德尔}}讲话。
访谈者：儿子还好吗？
受访者：他爸出事以后话少了，半夜两三点还在玩手机。中学的班主任{{han:凌晨阳}}是{{trap/place:凌云}}人，打电话给我，讲他上课睡觉。{{han:凌晨阳}}人好，周末带他去{{trap/place:岑王老山}}爬山，回来他才肯开口。去年他讲不读了，要跟屯里人去{{trap/place:广东}}进厂，挣钱给他爸治病，我哭了一晚上。是{{han:凌晨阳}}又上门来劝，讲你爸躺着，你更要读书，他才回了学校。
访谈者：女儿呢？
受访者：{{minority/mongolian:苏都}}也懂事，放学回来帮她爸翻身、擦背。{{han:岑晓燕}}老师讲她作文写得好，写的是草原，可她一回都没去过草原。我妹{{minority/mongolian:都兰格日乐}}在{{trap/place:巴彦淖尔}}，每年冬天寄{{trap/minority_word:风干肉}}和{{trap/minority_word:炒米}}过来，{{minority/mongolian:苏都}}拿去学校分给同学。我教她几句蒙古话，她学得快，一转身又跟她爸讲壮话，我们屋里三种话混着讲。
访谈者：邻居们帮忙吗？
受访者：帮。隔壁{{han:磨伯}}七十了，还帮我{{trap/word:磨米浆}}、犁田。他侄子{{han:特勇}}开三轮，{{han:农有余}}去{{trap/org:百色市人民医院}}复查，都是{{han:特勇}}拉去拉回。村支书{{han:零卫国}}给我找了活，在{{trap/org:那善油茶合作社}}剥茶果，一天八十块，{{trap/word:零钱}}够买菜。屯里杀猪，总有人端一碗猪红、一块肉过来，我不会讲客气话，就留他们喝一杯奶茶。
访谈者：您自己习惯这边吗？
受访者：头几年不惯，天天落雨，衣服晒不干。现在会蒸{{trap/minority_word:五色糯米饭}}了，{{trap/minority_word:三月三}}还跟屯里人去对歌。晚上我给娃娃讲{{trap/famous:成吉思汗}}，他们奶奶讲{{trap/famous:刘三姐}}，两边的故事都要晓得。
访谈者：想过回内蒙古吗？
受访者：想过，可回去住哪里？他躺着，离不开这边的医生，娃娃们也读惯了。阿爸去年打电话讲，草场给你留着。我讲，阿爸，我的草场在这里了，一屋四个人，一个都不能丢。
访谈者：登记信息请您讲一下。
受访者：屋在{{address:田林县潞城瑶族乡那善村那卜屯17号}}，娘家在{{address:乌拉特中旗海流图镇巴音温都尔嘎查二组6号}}。我身份证{{id_number@wy1986tri.150824}}，儿子的{{id_number@my2012quad.451029}}。我电话{{mobile@s434}}，{{han:覃美玉}}的{{mobile@h38}}。我微信{{wechat:ugudel-chichig_tl}}。儿子的QQ是{{qq:7350926418}}，他讲莫告诉他爸。
访谈者：表上名字写得对吗？
受访者：对不全。残联那张把我写成{{spaced:乌　格　德　勒　其　其　格}}，学校写{{spaced:农 呼德尔朝鲁}}，妹仔那张写成{{spaced:苏 都 日 娜}}。
访谈者：您最盼什么？
受访者：盼{{han:农有余}}能坐起来，盼两个娃娃读出书，哪天带他们回乌拉特看一回{{trap/minority_word:那达慕}}。
""")

# H1498: Kazakh grandmother from 特克斯 in 新州镇 (隆林), married to a Miao soldier long dead; her son is in prison
# and his Miao wife left, so she raises their daughter and son.
DOCS["H1498"] = ("family", """\
访谈者：阿姨，您是哈萨克族吧？
受访者：是，{{trap/place:伊犁}}{{trap/place:特克斯}}人。我叫{{minority/kazakh:孜依达汗}}，阿爸叫{{minority/kazakh:别尔迪汗}}，身份证上连起来是{{minority/kazakh:孜依达汗・别尔迪汗}}。这边街坊喊我{{han:杨婆}}，跟我老头子姓。
访谈者：怎么到隆林来的？
受访者：老头子{{han:杨贵堂}}是{{trap/place:德峨}}的苗族，八几年在特克斯当兵，我们就认得了。他退伍那年把我带回来，坐五天火车，又坐两天{{trap/word:班车}}。那时候我一句汉话都不会讲，是他一个字一个字教的。刚来吃不惯酸笋，闻到就想吐，他天天骑单车去街上找羊肉，找不到就买牛肉。我在屋里煮奶茶，街坊都来看稀奇。他走了六年了，肝癌。
访谈者：现在孙子孙女是您在带？
受访者：是我。儿子户口上叫{{han:杨志腾}}，我喊他{{minority/kazakh:叶斯波森}}。前年在{{trap/place:兴义}}跟人打架，把人打成重伤，判了五年，关在{{trap/place:贵州}}。儿媳{{han:侯美英}}第二年就走了，电话都打不通。两个娃娃丢给我这个老太婆。
访谈者：两个孩子多大了？
受访者：大的妹仔{{minority/kazakh:阿依达尔罕}}，十二岁；小的{{minority/kazakh:叶尔包拉提}}，九岁。我们的规矩，名字后面跟爸爸的名字，妹仔叫{{minority/kazakh:阿依达尔罕‧叶斯波森}}，学校电脑打成{{minority/kazakh:阿依达尔罕叶斯波森}}，没得点。弟弟那张打成{{minority/kazakh:叶尔包拉提.叶斯波森}}。老师干脆喊他{{minority/kazakh:杨叶尔包拉提}}，同学喊他{{minority/kazakh:包拉仔}}。妹仔在{{school:隆林县新州镇第二小学六年级（3）班}}，弟弟在{{school:新州镇城南小学三年级1班}}。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:禤凤娇}}，禤这个字我来了三十年才认得。她给两个娃娃报了服刑人员子女补助，一个月各{{trap/number:七百八十块}}，我有低保。{{han:禤凤娇}}讲，{{han:杨婆}}你莫怕，天塌不下来。司法所的{{compound:夏侯予安}}帮我们办视频会见，团县委派来的大学生{{compound:端木蔚然}}周末给两个娃补课。
访谈者：孩子们在学校怎么样？
受访者：妹仔读书好，数学老师{{han:韦再兴}}讲她脑子快，{{han:韦再兴}}再三跟我讲，这个妹仔要供她读高中。弟弟野，放学跟人去{{trap/place:南盘江}}边摸鱼，有一回差点被水冲走，是隔壁{{han:罗平安}}拉上来的。{{han:罗平安}}在{{trap/place:罗平}}开货车，那天刚好回来。学校里有娃娃讲弟弟的爸是劳改犯，他跟人打了一架，鼻子都出血了。{{han:韦再兴}}把两边家长都喊去，讲清楚了，没有只罚我们家的。
访谈者：孩子爸爸那边呢？
受访者：一个月能打一回亲情电话。{{minority/kazakh:叶斯波森}}在电话里哭，讲对不起阿帕。狱警{{han:麻志坚}}不嫌{{trap/word:麻烦}}，每回都让弟弟多讲两分钟，可他不肯接，跑到屋背后去。去年{{compound:夏侯予安}}带我们去会见，隔着玻璃，妹仔一句话都不讲，就拿手贴着玻璃。回来的车上她讲，阿帕，我以后要当律师。
访谈者：您平时怎么过？
受访者：早上送弟弟去路口等校车，回来煮奶茶、洗衣服，下午去菜地种点青菜、辣椒。晚上两个娃娃写作业，我不识汉字，帮不上，就坐在旁边缝衣服。妹仔写完了念给我听，念错了我也听不出来，就讲好，好得很。
访谈者：孩子们的妈妈来看过吗？
受访者：没有。{{han:侯美英}}娘家在{{trap/place:猪场乡}}，我去问过一回，她妈讲她去了浙江，没留电话。妹仔过生日那天一直守着手机，到晚上也没等到。我给她烤了个馕，插一根蜡烛，她吹完就抱着我哭。
访谈者：老家还有人吗？
受访者：弟弟{{minority/kazakh:哈布德克}}在{{trap/place:喀拉峻}}放马，每年冬天寄{{trap/minority_word:马肠子}}下来。侄女{{minority/kazakh:玛合巴丽}}在{{trap/place:伊宁}}读大学，常跟妹仔视频，教她跳{{trap/minority_word:黑走马}}。
访谈者：您身体怎么样？
受访者：血压高，腿也不好。{{trap/org:隆林县人民医院}}的{{han:岑志能}}医生讲我要少吃盐，可我们离不得奶茶，奶茶要放盐。{{han:岑志能}}干脆教我换成低钠盐。我七十三了，最怕哪天一觉睡过去，两个娃娃怎么办。{{han:禤凤娇}}讲，真到那一步，政府会管，叫我莫想多了。可我晚上还是睡不着。去年冬天我摔了一跤，手腕骨裂，是妹仔扶我去的医院，挂号、交钱、拿药都是她，十二岁的娃娃，像个大人。
访谈者：登记信息请您讲一下。
受访者：屋在{{address:隆林县新州镇龙洞村坡脚屯6号}}，老家在{{address:特克斯县喀拉达拉镇琼库什台村二组11号}}。我身份证{{id_number@wy1952.654027}}，妹仔的{{id_number@wy2013fwhyphen.451031}}。我电话{{mobile@plus86}}，{{han:禤凤娇}}的{{mobile@s74}}。侄女帮我开的微信叫{{wechat:Zeydakhan_tks61}}，妹仔的QQ是{{qq:59183046}}。
访谈者：表上的名字对不对？
受访者：低保表写{{spaced:孜 依 达 汗 · 别 尔 迪 汗}}，弟弟的补助表写{{spaced:叶尔包拉提 · 叶斯波森}}，妹仔写成{{spaced:阿依达尔罕　叶斯波森}}。
访谈者：您最盼什么？
受访者：盼{{minority/kazakh:叶斯波森}}早点出来，一家人围着桌子吃一回{{trap/minority_word:纳仁}}。
""")

# H1499: Yi father from 昭觉 in 八渡瑶族乡 (田林); his Zhuang wife left; a daughter with cerebral palsy and a son.
DOCS["H1499"] = ("family", """\
访谈者：大哥，您是从四川过来的？
受访者：{{trap/place:凉山}}{{trap/place:昭觉}}的，彝族，叫{{minority/yi:达久尔哈}}。身份证上的汉名是{{han:达文清}}，厂里的人喊我{{han:达师傅}}，老乡喊我{{minority/yi:尔哈哥}}。
访谈者：怎么到田林来的？
受访者：十年前跟老乡{{minority/yi:阿侯洛体}}出来砍树，{{minority/yi:洛体}}他先到这边，讲山多活多。后来在{{trap/place:八渡}}街上认得了孩子她妈{{han:黄柳青}}，壮族，卖{{trap/word:八渡笋}}的。
访谈者：孩子妈妈现在呢？
受访者：走了。妹仔两岁查出脑瘫，{{han:黄柳青}}背着她跑了一年医院，后来去{{trap/place:佛山}}打工，就没得消息了。走了一年多打过一回电话，问妹仔好不好，我讲好，她就哭，后来那个号码就停了。我不怪她，那时候我们两个都熬不住。
访谈者：两个孩子叫什么？
受访者：大的妹仔{{minority/yi:达久拉果}}，十岁，走不稳，话也讲不清。户口跟她妈报的，本子上写{{minority/yi:黄拉果}}，在{{school:田林县特殊教育学校培智二年级1班}}住校。小的仔{{minority/yi:达久比史}}，七岁，在{{school:八渡瑶族乡中心小学一年级（3）班}}，老师{{han:覃秋萍}}喊他{{minority/yi:比史}}，同学喊他{{minority/yi:小比史}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:韦德才}}，{{han:韦德才}}才三十出头，腿勤。他给两个娃娃报了困境儿童，帮妹仔办了残疾证，两项补贴加起来一个月{{trap/number:两百二十块}}。县残联的{{han:闭股长}}来评的等级。康复是{{compound:皇甫棠溪}}在管，她是{{trap/org:百色市残疾人康复中心}}的，每个礼拜二接妹仔去做训练。刚去的时候妹仔坐都坐不稳，现在扶着栏杆能走十几步，会自己拿勺子吃饭了。{{compound:皇甫棠溪}}讲，坚持练，说不定上初中就能自己走进教室。卫生院的{{han:卜春燕}}上门给妹仔扎针。
访谈者：您现在做什么活？
受访者：在笋厂剥笋、装罐，一个月两千五。五月到八月最忙，一天剥几百斤笋，手都泡白了。厂长{{han:磨金}}倒是好人，礼拜五让我早走，骑摩托去接妹仔。仔放学自己走回来，隔壁{{han:侬阿婆}}帮我看着，给他吃晚饭。
访谈者：厂里的工友对你们怎么样？
受访者：好。壮族、瑶族、汉族都有，{{han:磨金}}讲我们厂是个小联合国。中午一起吃饭，他们吃{{trap/word:酸笋}}，我吃辣子拌洋芋，换着吃。妹仔去康复那天，班组长{{han:岑雪梅}}帮我顶半天。过年工友们凑了{{trap/number:八百块}}，给两个娃娃买新衣服。
访谈者：老家那边呢？
受访者：阿嫫{{minority/yi:巴且阿洛}}七十了，在昭觉守着老屋。哥哥{{minority/yi:达久日体}}每年{{trap/minority_word:火把节}}打电话，喊我带娃娃回去。去年彝年我带仔回去一趟，{{trap/minority_word:毕摩}}给他做了个仪式，吃{{trap/minority_word:坨坨肉}}，他高兴得很。妹仔坐不得长途车，没去成。{{minority/yi:比史}}上一年级，汉话比我讲得好，回来教我认字。有同学笑他黑，他讲我们彝族是太阳晒的，太阳喜欢我们。
访谈者：妹仔知道自己的病吗？
受访者：晓得一点。她讲话慢，可记性好，我唱的彝族歌她都会哼。我给她讲{{trap/famous:支格阿鲁}}射太阳，她就笑。她最喜欢教音乐的{{compound:欧阳满溪}}老师，{{compound:欧阳满溪}}讲妹仔耳朵灵，音准得很。
访谈者：你们过节怎么过？
受访者：{{trap/minority_word:火把节}}那天我在门口点个火把，两个娃娃绕着跑，屯里的壮族娃娃也来看。壮族过节，隔壁给我们送五色糯米饭；我们过彝年，我就杀只鸡请他们来吃。
访谈者：妹仔在特教学校习惯吗？
受访者：习惯了。刚去那个礼拜天天哭，要找阿达，现在礼拜五我去接，她还舍不得走，讲学校有秋千，有小伙伴。生活老师晚上给她洗澡、梳辫子，比我梳得好看，我一个大男人，哪会梳辫子。
访谈者：您一个人累不累？
受访者：累也要扛。我们彝族讲，火塘不熄，家就不散。{{han:韦德才}}讲，你要是倒了，两个娃娃就真成事实无人抚养了。我晓得，所以烟都戒了。晚上两个娃娃睡了，我坐在门口，想昭觉的山，想阿嫫煮的酸菜汤，想完了，第二天照样五点起来。
访谈者：登记信息请您讲一下。
受访者：租的屋在{{address:田林县八渡瑶族乡八渡街新街巷9号}}，老家在{{address:昭觉县四开乡洛呷村三组14号}}。我身份证{{id_number@my1985hyphen.513431}}，妹仔的{{id_number@wy2015x.451029}}。我电话{{mobile@plus86dash}}，{{han:韦德才}}的{{mobile@fullwidth}}。我的微信{{wechat:Erha_Dajiu}}。音乐老师拉了个家长群，她的QQ是{{qq:３０８７１５４２６}}。
访谈者：表上的名字写对了吗？
受访者：没有。残疾证上妹仔是{{spaced:达 久 拉 果}}，我写成{{spaced:达久 尔哈}}，低保表上把我阿嫫写成{{spaced:巴　且　阿　洛}}。
访谈者：您最盼什么？
受访者：盼妹仔哪天自己走得稳，我带她回凉山，让阿嫫看一眼。
""")

# H1500: Uyghur father from 疏附 who runs a kebab shop in 新州镇 (隆林); his Zhuang wife died, he lost a foot to
# diabetes; a daughter and a son.
DOCS["H1500"] = ("family", """\
访谈者：老板，您这烤肉店开了几年了？
受访者：八年了。我叫{{minority/uyghur:玉苏甫江·吐尔洪}}，{{trap/place:喀什}}{{trap/place:疏附}}人。名字长，隆林人喊我{{minority/uyghur:玉苏甫}}，熟了就喊{{minority/uyghur:玉老板}}。门口那块牌子写的{{minority/uyghur:玉苏甫}}烤肉，就是我。
访谈者：怎么到隆林来的？
受访者：老乡在{{trap/place:百色}}卖{{trap/minority_word:切糕}}，讲这边没人卖羊肉串。我来一看，{{trap/word:黑山羊}}多，肉好，就留下了。后来认得了孩子她妈{{han:韦彩鸾}}，她在对面摆粉摊。晚上九点以后来吃的多，下夜班的、开大车的，她收了摊就过来帮我烤，一来二去就成了一家。
访谈者：孩子妈妈……
受访者：前年走的，红斑狼疮。病了三年，每个月去百色复查，激素吃得脸都肿了。{{han:韦彩鸾}}走的时候，小的才六岁。走前她拉着我的手讲，莫让娃娃断了书。她哥{{han:韦正}}正在{{trap/place:天生桥}}电站上班，请假赶回来，帮我把后事办了。我自己有糖尿病，去年右脚截了，装了假肢，站不久。
访谈者：两个孩子呢？
受访者：大的妹仔{{minority/uyghur:则乃甫汗}}，十二岁，花名册上写{{minority/uyghur:则乃甫汗玉苏甫江}}，太长，老师让她跟妈妈姓，写{{minority/uyghur:韦则乃甫汗}}，在{{school:隆林县民族实验小学六年级2班}}。小的仔{{minority/uyghur:伊斯坎达尔江}}，八岁，在{{school:新州镇城南小学二年级（4）班}}，我喊他{{minority/uyghur:坎达尔}}，他舅舅喊他{{minority/uyghur:坎达尔仔}}。
访谈者：谁在帮你们？
受访者：社区的{{han:禤凤娇}}给两个娃娃报了困境儿童，每人每月{{trap/number:九百九十元}}。残联的{{han:梁德邦}}上门给我评了残疾，二级，两项补贴都有。社工{{compound:诸葛秋声}}每个礼拜来一回，陪小的写作业。对面{{han:侬春桃}}米粉店的老板娘，天天给{{minority/uyghur:坎达尔}}端一碗粉，不收钱。
访谈者：低保办下来了吗？
受访者：办了，一家三口，一个月{{trap/number:一千二百六}}。材料交了三回，头一回讲我有店有收入，不给办。后来{{han:禤凤娇}}跟民政讲，店是租的，老板一只脚，一天卖不到两百块，才批下来。我讲谢谢，她讲莫谢，这是你该得的。
访谈者：店里生意怎么样？
受访者：一般。我站不久，{{minority/uyghur:则乃甫汗}}放学回来帮我穿串、收钱。她班主任{{han:陆又青}}又来店里两回，讲孩子上课打瞌睡，是晚上帮我守店守到十点。{{han:陆又青}}讲得对，现在九点就关门。娃娃们吃食堂，我跟老师讲了，莫给他们吃猪肉，食堂就单独给他们打菜。隔壁修车的{{han:凌志刚}}下午有空就过来帮我生炭火，他讲看我一只脚跳来跳去，心里难过。我给他烤十串，他硬是要给钱。
访谈者：烤肉店一天怎么过？
受访者：早上去市场挑羊，下午穿串，傍晚生火，一直烤到九点。假肢站久了磨得疼，我就坐在高凳上烤。夏天炭火旁边四十多度，汗水流进眼睛里。两个娃娃把店当家，写作业就在最里面那张桌子，下雨天没生意，我教妹仔和面打馕，她打的馕比我的还圆。
访谈者：老家还有亲人吗？
受访者：阿帕{{minority/uyghur:布维阿提坎}}在疏附，弟弟{{minority/uyghur:艾尼瓦尔·吐尔洪}}种{{trap/minority_word:巴旦木}}，每年{{trap/minority_word:肉孜节}}寄一箱过来。阿帕年纪大了，每回视频都问娃娃们长高没有。在百色卖切糕的老乡{{minority/uyghur:买合木提·伊明}}，过年开车来，给娃娃们做{{trap/minority_word:抓饭}}。
访谈者：孩子们习惯这边吗？
受访者：他们就是隆林娃娃，讲桂柳话，吃酸粉，小的还跟舅舅学会了唱山歌。我给他们讲{{trap/famous:阿凡提}}骑毛驴，外婆{{han:韦阿婆}}就讲{{trap/famous:韦拔群}}打仗，讲完还要问他们记得了没有。外婆家过{{trap/minority_word:三月三}}，他们也去吃五色饭，我讲可以，不吃猪肉就行。妹仔数学好，考过全班第一，讲以后要当医生，治她妈那种病。
访谈者：您最担心什么？
受访者：担心我这个脚。要是哪天我也倒了，两个娃娃怎么办？{{han:韦正}}讲他管，可他自己也有三个娃娃。我跟妹仔讲，阿达要是不在了，你要带好弟弟。她讲阿达你莫讲这种话，讲完就跑进屋哭。我后悔讲了。喀什的亲戚讲回去有人帮，可{{han:韦彩鸾}}埋在这里，娃娃们一句维吾尔话都讲不全，回去反倒像外地人。我就在隆林烤肉，烤到他们长大。
访谈者：登记信息请您讲一下。
受访者：店在{{address:隆林县新州镇民生街112号}}，老家在{{address:疏附县托克扎克镇阿亚格曼干村4组23号}}。我身份证{{id_number@my1979spaced.653121}}，{{minority/uyghur:坎达尔}}的{{id_number@my2017fw.451031}}。我电话{{mobile@p86h}}，{{han:韦正}}的{{mobile@plain}}。店里的微信是{{wechat:Yusupjan_kebab58}}，妹仔的QQ{{qq:1402957368}}。
访谈者：表上的名字写对了吗？
受访者：乱得很。残疾证上我是{{spaced:玉苏甫江 吐尔洪}}，学校把小的写成{{spaced:伊　斯　坎　达　尔　江}}，大的写成{{spaced:韦 则乃甫汗}}。
""")

# H1501: Miao 儿童主任 of a village in 德峨镇 (隆林) reading out her ledger of Miao, Yi, Zhuang and Han families
# with Han-form names.
DOCS["H1501"] = ("staff", """\
访谈者：主任，您今天带的是什么本子？
受访者：我们村困境儿童的台账。我叫{{han:古秀兰}}，苗族，在{{trap/place:德峨}}{{trap/org:岩头村委会}}当儿童主任第五年了。我一户一户念，你记。
访谈者：好，您念。
受访者：第一户，{{han:项德茂}}，七十一，苗族。儿子儿媳前年在{{trap/place:广东}}出车祸，都没了，剩两个孙子。{{trap/word:长孙}}{{han:项金宝}}十三，在{{school:隆林县德峨中学八年级（2）班}}住校；妹妹{{han:项金凤}}九岁，在{{school:德峨镇岩头小学三年级2班}}。两个都是孤儿，基本生活费一个月{{trap/number:一千五百一十元}}。住{{address:德峨镇岩头村上寨屯8号}}，{{han:项金宝}}的身份证{{id_number@my2012spaced.451031}}。
访谈者：第二户？
受访者：第二户户主{{han:罗正}}，彝族，四十五，放羊摔下坎子，腿断了，评了三级。{{han:罗正}}要强，拄拐还上山。老婆{{han:王春妹}}智力残疾，管不了家。娃娃{{han:罗海英}}在{{school:德峨镇岩头小学五年级（1）班}}，困境儿童加两项补贴。住{{address:岩头村下寨屯21号}}。
访谈者：第三户？
受访者：第三户，{{han:农得胜}}，壮族，在服刑，还要关到后年。老婆跑了，两个娃娃跟奶奶{{han:黄桂莲}}。{{han:黄桂莲}}把大的{{han:农丽鹃}}送去县城读初中，小的{{han:达妹}}才四岁，我们这边壮族喊小女娃都是达什么达什么。服刑人员子女补助两个人都有。
访谈者：还有吗？
受访者：第四户是汉族，{{han:张文举}}，去年在工地上摔死了，老婆{{han:田晓芳}}改嫁去{{trap/place:贵州}}，娃娃{{han:张毅}}十一岁，跟外公{{han:田老八}}过，算事实无人抚养，每月{{trap/number:一千一百八十元}}。{{han:田老八}}耳朵背，我去了要喊三遍才开门。住{{address:德峨镇岩头村大坪屯15号}}，外公的身份证{{id_number@mold.451031}}，电话{{mobile@spaced}}。
访谈者：第五户？
受访者：第五户是苗族，{{han:杨正香}}，三十八，尿毒症，一个礼拜去县医院透析三回，透析那天大的请假陪她妈去县城，一去一整天，功课落下不少。男人{{han:侯德军}}在{{trap/place:温州}}打工，挣的钱都填了药费。两个娃娃{{han:侯金花}}和{{han:侯金山}}，我讲给他们报困境儿童，{{han:杨正香}}却讲莫报，丢人。我劝了三回，她才签字。
访谈者：{{han:达妹}}那么小，奶奶带得过来吗？
受访者：带不过来。{{han:黄桂莲}}七十了，腰弯得像把镰刀，背着{{han:达妹}}上坡下坡。我帮她报了镇上的幼儿园，早上我顺路送。
访谈者：这些户都是谁在跟？
受访者：镇民政办的{{compound:长孙嘉禾}}总负责，社工站派了{{compound:司马怀瑾}}，一个月来两趟。{{compound:司马怀瑾}}是{{trap/place:南宁}}来的，头一回进村，看见{{trap/minority_word:跳坡节}}的坡场，还以为是球场。
访谈者：入户都看什么？
受访者：看吃的、穿的、住的，看娃娃身上有没有伤，看有没有大人在家。米缸揭开看一眼，被子摸一摸厚不厚。有一户米缸见底了，我当天就从自己屋里背了半袋米过去。
访谈者：钱是怎么发到手的？
受访者：打到卡上。有的老人卡放在儿子手里，儿子在外面，钱取不出来，我就陪他去{{trap/org:农村信用社}}挂失、补卡，一跑就是一天。也有亲戚想拿娃娃的补助，讲娃娃小，钱放他那里。我讲不行，钱是娃娃的，要用在娃娃身上。为这个还被{{han:农得胜}}的弟弟骂过，骂就骂吧。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大的知道。{{han:项金宝}}跟我讲过，{{han:古姨}}，你莫在学校喊我出来填表，同学看得见。我就礼拜天去他屋里填。过年镇上给每个娃娃一身新衣服，{{trap/org:县妇联}}出的钱。
访谈者：山里冬天难吗？
受访者：难。德峨海拔高，冬天{{trap/word:凝冻}}，路上结冰，摩托骑不了，我走路去。去年腊月{{han:项德茂}}家水管冻爆了，两个娃娃三天没热水洗脸，是村干部带人去修的。我给几户困难的申请了棉被，镇上发下来，我一床一床背上山。
访谈者：名单上的名字都写对了吗？
受访者：错的多。有张表把{{spaced:项 金 凤}}写得一个字一个空，{{spaced:长　孙　嘉　禾}}也是，还有{{spaced:农 得胜}}。年底我要一张一张核，错一个字钱就下不来。去年就有一户身份证号错了一位，三个月没发下来，我跑了四趟才改好。
访谈者：您的联系方式？
受访者：我电话{{mobile@s38}}，工作微信{{wechat:gxl_yantou}}，QQ是{{qq:２７６４０１９８５}}。
访谈者：您怎么当上儿童主任的？
受访者：以前在村里管计生，后来上面要每个村配一个儿童主任，村支书讲你细心，就是你了。培训了三天，发了一本手册，我到现在还翻。
访谈者：当儿童主任有补贴吗？
受访者：一个月几百块，跑山路的油钱都不够。男人在{{trap/place:浙江}}打工，我自己两个娃娃，饭都是大的煮。可这些娃娃更难，我不管，哪个管？
""")

# H1502: Han officer of the county disabled persons' federation (隆林) on disability assessment and the two
# subsidies, a deaf Yi boy, phone calls.
DOCS["H1502"] = ("staff", """\
访谈者：{{han:梁股长}}，残联这块您管哪样？
受访者：残疾评定、两项补贴，还有康复救助。我叫{{han:梁德邦}}，在{{trap/org:隆林各族自治县残联}}干了十一年。困境儿童里头，残疾娃娃差不多占三成。
访谈者：您怎么会干这一行？
受访者：我有个弟弟小时候发高烧，烧坏了一只耳朵，那时候没人管，一辈子在家种地，话都不爱讲。我进残联，多少是为了他。后来他去县城学修鞋，现在一个人过得也还好。
访谈者：能讲一个具体的孩子吗？
受访者：讲个彝族娃娃。爸爸{{minority/yi:瓦扎书呷}}是{{trap/place:布拖}}来的，在{{trap/place:天生桥}}电站做杂工，{{minority/yi:书呷}}他老婆是我们这边的苗族，叫{{han:侯玉梅}}。儿子{{minority/yi:瓦扎阿说}}三岁还不会讲话，一查，重度耳聋。
访谈者：后来呢？
受访者：国家有人工耳蜗救助，我帮他报上去，在{{trap/org:广西医科大学第一附属医院}}做的手术，不要钱。做完还要康复，他妈带他在{{trap/place:南宁}}租房子住了一年。现在{{minority/yi:阿说}}能讲“阿达”“阿嫫”了，在{{school:隆林县特殊教育学校听障一年级（1）班}}。
访谈者：钱怎么解决的？
受访者：开刀不要钱，租房吃饭要钱。我们给娃娃办了残疾证，两项补贴，又报了困境儿童，{{han:侯玉梅}}没上班，家里评了低保。{{minority/yi:瓦扎书呷}}讲，{{han:梁股长}}，你们比亲戚还亲。我讲莫讲这个，应该的。
访谈者：两项补贴是多少？
受访者：困难残疾人生活补贴一个月{{trap/number:八十五}}，重度残疾人护理补贴{{trap/number:一百一十}}。钱不多，可对山里人家，一个月的油盐就有了。
访谈者：评残疾是怎么评的？
受访者：到县医院，专家评。听力是{{compound:濮阳若兰}}评，她是河南{{trap/place:濮阳}}人，嫁到隆林来的。肢体是{{han:磨金华}}医生。评完我们审核，再报民政。有的家长以为评得越重越好，求我们往重里评，这个不行，要按标准来。娃娃去南宁的车票我们也报。
访谈者：有评不上的吗？
受访者：有。达不到等级，家长来办公室哭。我只能讲，证办不了，还可以走困境儿童、走低保，路不止一条。有个瑶族阿婆背着孙子走了三个钟头山路来，证没办成，我把自己的午饭给了她。
受访者：喂，{{compound:钟离砚秋}}？……那个维吾尔族老板的补贴到了没有？……好，到了就好。……是我们办公室的，管发放。
访谈者：维吾尔族老板？
受访者：开烤肉店的{{minority/uyghur:玉苏甫}}，脚截了。我上门评的，他家两个娃娃，大的{{minority/uyghur:则乃甫汗}}帮他守店。
访谈者：还有哪些孩子？
受访者：德峨有个苗族妹仔{{han:杨阿妹}}，自闭症，八岁，不跟人讲话，只画画。她爸{{han:杨明光}}在外面打工，妈妈{{han:王小翠}}一个人带。特教学校的{{han:黄晓雯}}老师一个礼拜上门两回，{{han:黄晓雯}}她一个人跑四个乡。去年妹仔画了一幅{{trap/place:南盘江}}，拿到南宁展览，她妈哭了一场。还有个壮族仔，小名{{han:特旺}}，大名{{han:黄志航}}，先天性心脏病，做了手术，现在跑得比哪个都快。
访谈者：辅具呢？
受访者：轮椅、助听器、助行器，我们免费配。有个娃娃的助听器掉进{{trap/place:南盘江}}，他爸骑两个钟头摩托来找我，急得直哭。我讲莫急，再申请一个。
访谈者：跟民政那边怎么配合？
受访者：残疾娃娃报困境儿童，民政要我们的证，我们要民政的低保名单，两边对一遍，漏掉的就去找。每个季度开一回会，{{compound:钟离砚秋}}做表。
访谈者：最难的是什么？
受访者：是找人。山里的人不晓得可以办证，有的怕丢脸，把娃娃藏在屋里。我跟{{compound:梁丘敬亭}}一个乡一个乡地走，他是我同事，不是我亲戚，别人老以为我们是一家。这些年变化也大，我刚来的时候，全县办证的娃娃不到两百个，现在七百多。路通了，手机有了，家长也不那么怕丢脸了，有人自己找上门来问。
受访者：喂，{{han:黄股长}}？……那个妹仔的材料我发到你微信了……对，就是{{wechat:lzb_cdpf_LL}}这个号发的。
访谈者：家长怎么找您？
受访者：打我手机，{{mobile@p86n}}。残联的服务热线是{{trap/hotline:12385}}。有的家长不会讲普通话，{{minority/yi:书呷}}就帮我翻译彝话。
访谈者：登记信息请您讲一下。
受访者：{{minority/yi:瓦扎阿说}}的身份证{{id_number@my2019fwspaced.451031}}，他们住{{address:隆林县天生桥镇电站生活区5栋102}}。{{minority/yi:瓦扎书呷}}的身份证{{id_number@my1988x.513429}}。{{han:杨阿妹}}家住{{address:德峨镇三冲村弄苗屯4号}}，{{han:王小翠}}的电话{{mobile@fws}}，QQ{{qq:804613927}}。
访谈者：名字在证上写得对吗？
受访者：录的时候把好几个人写散了：{{spaced:钟　离　砚　秋}}，{{spaced:瓦 扎 阿 说}}，还有{{spaced:梁丘 敬亭}}。
""")

# H1503: Zhuang nurse of the township health centre of 八渡瑶族乡 (田林) on home visits to children in distress.
DOCS["H1503"] = ("staff", """\
访谈者：{{han:卜护士}}，您在卫生院干了多少年？
受访者：十四年了。我叫{{han:卜春燕}}，壮族，在{{trap/org:八渡瑶族乡卫生院}}管公卫，院里都喊我{{han:小卜}}。我是{{trap/place:乐里}}人，嫁到八渡来的。
访谈者：您跟困境儿童有什么关系？
受访者：儿童保健、预防接种、慢病随访都是我。哪家有残疾娃娃、哪家娃娃没大人管，我心里都有本账。上门的时候背一包药，回来背一袋人家硬塞的{{trap/word:萝卜青菜}}。
访谈者：能讲几个吗？
受访者：头一个是{{han:达师傅}}家的妹仔{{minority/yi:达久拉果}}，脑瘫。她爸{{minority/yi:达久尔哈}}是凉山来的彝族，一个人带两个娃娃。妹仔礼拜六回来，我上门给她扎针、按腿，教她爸在家做拉伸。{{minority/yi:拉果}}她怕疼，一扎针就哭，哭完又喊我{{han:卜姨}}，塞给我一块她爸烙的{{trap/minority_word:荞粑}}。
访谈者：第二个？
受访者：瑶族妹仔{{han:邓春花}}，五岁，兔唇。她爸{{han:邓有福}}去年上山割松脂摔死了，妈改嫁，跟阿公{{han:邓老四}}过。阿公七十多了，还要上山种八角，娃娃就背在背上。{{trap/org:微笑列车}}给她做了手术，是乡里的防保医生{{compound:申屠小满}}帮忙联系的。现在她在{{school:八渡瑶族乡中心幼儿园中二班}}，讲话还漏风，可爱笑。
访谈者：第三个呢？
受访者：{{han:盘秀英}}的仔{{han:盘志坤}}，十二岁，癫痫，爸爸在{{trap/place:广州}}坐牢，妈妈又病。每个月我去一回，看他药吃没吃。{{trap/minority_word:盘王节}}那天他跳长鼓舞，跳着跳着倒下去，是我跟{{compound:万俟嘉言}}抬去卫生院的。{{compound:万俟嘉言}}是县疾控下来驻点的。
访谈者：新生儿访视也是您吗？
受访者：是。娃娃出生一个礼拜内要上门，量体重、看黄疸、教喂奶。有的妈妈十七八岁，自己还是个娃娃，抱都不会抱。我手把手教，教完留个电话，半夜有事就打给我。
访谈者：困境儿童的体检怎么做？
受访者：一年一回，到学校去做，身高、体重、视力、血色素。瘦的、贫血的，我报给学校食堂加个蛋。{{han:盘志坤}}去年九月查出贫血，补了半年，脸上才有点血色。有的娃娃头一回量视力，才晓得自己看不清黑板，配了眼镜，成绩一下子就上来了。
访谈者：有没有让您特别难受的事？
受访者：有。前年一个娃娃，妈妈走了，爸爸喝酒，冬天穿一件单衣来打针，手冻得发紫。我把女儿的棉衣拿给他，报给儿童主任{{han:韦德才}}，后来给他办了事实无人抚养。现在他读三年级，见了我老远就喊。
访谈者：瑶族人家有什么讲究吗？
受访者：有。生了娃娃门口挂草标，外人不能进屋，我去访视得先在门口喊。老人信老规矩，娃娃发烧先请{{trap/minority_word:师公}}，我就跟他们商量，先吃药，再请师公，两样都不耽误。冬天最怕娃娃烤火烫伤，火塘在屋中间，娃娃爬来爬去，一不留神就掉进去。前年有个娃娃烫了半边脸，我陪着送到{{trap/org:右江民族医学院附属医院}}，植皮做了三回。我们壮话、瑶话、桂柳话都要会讲几句，不然老人听不懂，药怎么吃都讲不清。
访谈者：您以前在别的乡待过吗？
受访者：在潞城进修过半年，那边有个蒙古族媳妇{{minority/mongolian:乌格德勒}}，男人{{han:农有余}}瘫了，长了褥疮。我去换药，她家妹仔{{minority/mongolian:苏都}}在旁边递棉签，比大人还稳。那家人讲三种话，{{minority/mongolian:乌格德勒}}讲蒙古话，她男人讲壮话，娃娃两样都接得上。
访谈者：您一个人跑这么多户，忙得过来吗？
受访者：忙不过来也要跑。八渡山大，骑摩托一个来回两三个钟头，落雨天路滑，我摔过两回。院长{{compound:赫连彤}}讲给我配个伴，到现在还是我一个。
访谈者：家长怎么联系您？
受访者：我电话{{mobile@s434}}，微信{{wechat:bu_chunyan_8d}}。{{han:邓老四}}不会用手机，有事就托{{han:盘秀英}}打给我，她的电话{{mobile@hyphen}}。半夜的电话我都接，接了心里才踏实。
访谈者：登记信息请您讲一下。
受访者：{{han:邓春花}}的身份证{{id_number@wy2020hyphen.451029}}，住{{address:八渡瑶族乡那拉村坳背屯3号}}。{{han:盘志坤}}的身份证{{id_number@my2013tri.451029}}，住{{address:八渡瑶族乡六林村弄冷屯27号}}，在{{school:八渡瑶族乡中学七年级（1）班}}。他有个QQ，{{qq:1693025748}}，我加了他，怕他半夜犯病没人晓得。
访谈者：表上的名字写对了吗？
受访者：乱。{{spaced:申 屠 小 满}}被录成四个字分开，{{spaced:邓 春 花}}也是，{{spaced:万俟 嘉言}}分成了两截。
访谈者：您自己家呢？
受访者：女儿读初二，男人在百色开货车。我白天跑村，晚上写台账，女儿讲妈妈是全乡娃娃的妈。我听了心里酸，可明天还是要去。
""")

# H1504: bus driver who takes children of the villages round 新州镇 (隆林) to school, reading his roll and phone list.
DOCS["H1504"] = ("staff", """\
访谈者：{{han:班师傅}}，您开校车几年了？
受访者：六年了。我叫{{han:班德旺}}，以前开{{trap/word:班车}}跑{{trap/place:百色}}，后来县里招校车司机，我就来了。娃娃们喊我{{han:班师傅}}，胆子大的喊我{{han:旺叔}}。
访谈者：怎么想到来开校车？
受访者：我小时候读书走山路，一走两个钟头，落雨天摔得满身泥。现在娃娃们坐车，我看着高兴，就当替小时候的自己开。
访谈者：校车是谁的？
受访者：县里统一买的，黄色的，座位按娃娃的个子做。油钱、保险县里出，我拿工资，一个月三千多。车上还有灭火器、急救箱，每天出车前我都要摸一遍。
访谈者：车上都是什么孩子？
受访者：{{trap/org:新州镇城南小学}}的，城边五个屯，三十一个娃娃。有几个是困境儿童，社区的{{han:禤凤娇}}交代过我要多看着。
访谈者：哪几个？
受访者：一个是哈萨克族仔{{minority/kazakh:叶尔包拉提}}，爸爸在坐牢，奶奶带。{{minority/kazakh:包拉仔}}调皮，一上车就往后排钻，我喊他坐前面。他奶奶{{han:杨婆}}天天在路口等，风雨不误。还有维吾尔族的{{minority/uyghur:伊斯坎达尔江}}，妈妈走了，爸爸脚不好。{{minority/uyghur:坎达尔}}上车就睡，到学校要我喊醒。
访谈者：还有吗？
受访者：一个苗族妹仔{{han:侯小兰}}，妈妈是聋哑人，打电话讲不了，有事我就发短信。还有{{han:黄家福}}，跟爷爷{{han:黄老六}}住。{{han:黄家福}}他家养{{trap/word:黑山羊}}，有三只{{trap/word:公羊}}，有一回跑到路上拦车，我等了十分钟。
访谈者：一天怎么安排？
受访者：五点半起来检查车，六点出车，一个屯一个屯接，七点四十到学校。最远那个屯在山顶上，车上不去，娃娃要走二十分钟下来等。冬天天没亮，我开着大灯等，听见狗叫就晓得娃娃来了。早上{{trap/word:东方}}刚发白，山路一边是坎，开得我手心出汗。下午四点半放学，再一个屯一个屯送回去，最后一个送到家天都快黑了。
访谈者：有没有娃娃没接上？
受访者：有一回{{han:黄家福}}没出来，打他爷爷电话没人接。我让跟车老师看着车，自己跑上去，{{han:黄老六}}摔在灶屋里起不来，娃娃在旁边哭。我把老人背下来，拉到卫生院，那天全车娃娃都迟到了，校长也没讲我。那回以后我每天出车前先看天气，雨大了就跟学校讲晚半个钟头。
访谈者：学校有人跟车吗？
受访者：有，跟车老师{{compound:公羊晓棠}}，年轻女老师，每天点名，哪个娃娃不应，她就挨个座位找。车停学校{{trap/word:西门}}，值班的{{compound:西门雪松}}在门口接。校长{{compound:轩辕青松}}讲，上车下车都要点，一个都不能少。交警{{compound:东方砺锋}}每个学期来查车，轮胎、刹车、灭火器，一样样看。
访谈者：出过事吗？
受访者：没出过大事。有一回下大雨，{{trap/place:龙洞}}那段路塌方，我倒车倒了两公里。娃娃们吓哭了，{{compound:公羊晓棠}}就带他们唱歌。还有一回{{han:侯小兰}}发烧，我直接开到{{trap/org:隆林县人民医院}}。
访谈者：冬天凝冻的时候呢？
受访者：那几天路上一层冰，我装防滑链，开得跟走路一样慢。有一年停了三天课，我挨家打电话通知，有个奶奶听不懂普通话，我就用苗话讲。
访谈者：家长们对您怎么样？
受访者：好得很。有的早上塞两个煮鸡蛋，有的过节给我拿一块腊肉。{{han:杨婆}}有回给我一块馕，讲是她老家的吃法，我吃了一个礼拜。我不好意思收，推来推去，最后收一个。
访谈者：车上有没有打架的？
受访者：有，男娃娃抢座位。我定了规矩，低年级坐前面，高年级坐后面，哪个先闹哪个站着。讲了两回，就没人闹了。
访谈者：娃娃们在车上讲什么？
受访者：讲哪样都有。{{minority/kazakh:叶尔包拉提}}教他们讲哈萨克话，{{minority/uyghur:坎达尔}}讲他爸的烤肉最好吃，苗族娃娃唱山歌。有个娃娃问我，{{han:旺叔}}，你为哪样不换个轻松的活？我讲，我就喜欢听你们吵。
访谈者：家长的电话您都有？
受访者：都存着。我念两个：{{han:杨婆}}{{mobile@plus86spaced}}，{{han:黄老六}}{{mobile@fullwidth}}。娃娃们还拉了个QQ群，群主是{{han:侯小兰}}，她的QQ{{qq:3057184629}}。
访谈者：您自己家呢？
受访者：老婆在街上卖菜，儿子{{han:班海龙}}在{{school:隆林县第二中学九年级（5）班}}，明年中考。我微信{{wechat:BanDW_bus07}}，娃娃们过年都给我发拜年的话。
访谈者：点名本上的名字写得对吗？
受访者：学校打印的名单和值班表，有的打散了：{{spaced:西 门 雪 松}}，{{spaced:伊斯坎达尔江 · 玉苏甫江}}，{{spaced:叶 尔 包 拉 提}}，{{spaced:侯　小　兰}}。
访谈者：您最盼什么？
受访者：盼路修好。听讲明年要修水泥路到山顶，那几个娃娃就不用走下来等了。这些娃娃，每天都要{{trap/word:平平安安}}送到，{{trap/word:平平安安}}接回来。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1497,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout188",))


if __name__ == "__main__":
    main()
