# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 172 (tests/pii/holdout172/H1361-H1368 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 173, written at the same time, is not
an earlier set).

Set 172 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
平阴 and 长清 (Shandong): a Mongolian mother from 西乌珠穆沁旗 who packs rose tea in a 平阴 workshop and raises a son
with autism after her Han husband died on the road; a Kham Tibetan uncle from 新龙, a security guard in the
university town, raising in 长清 the two daughters of his sister, who died, while their Han father stays away; a
Kazakh father from 尼勒克 who welds exhaust pipes at a 长清 car-parts plant and raises a son and a daughter while
his wife is in prison; a Yi grandmother from 越西 raising in 平阴 (孔村镇) the grandson of her son, who fell from a
scaffold, and of his Han wife, who fell ill; a Han 儿童主任 in 榆山街道 reading out her register; a Han social worker
in 文昌街道 who reaches her children and their families on WeChat and QQ; a Han grandfather in 孝里街道 raising a
granddaughter with a cochlear implant while his son is in prison; and a Han township civil-affairs clerk in
洪范池镇 going through her files. The emphasis is on forms where a replacement might cover only part of a name, in
a mix rather than one trick: Mongolian names used whole and with short forms (哈达苏其其格 then 哈达苏, a short form
that starts with the word 哈达, itself a trap; 哲仁巴图 then 哲仁他; 乌嫩其其格, 额布勒图他), a Han surname before a
Mongolian given name (訾哲仁 on the school roll, 訾 哈达苏 split on a lawyer's paper) and the Han name and nickname
of the same boy (訾天佑, 小佑); Kham Tibetan names of 新龙 (格绒益登, 拥宗志玛, 阿仁翁姆, 仁青呷姆, 降拥曲宗,
四郎贡布) with short forms and forms of address (益登哥, 阿仁她, 小呷), a Han surname before a Tibetan given name
(巩阿仁) and the girls' Han names (巩雪莲, 巩雪梅); Kazakh given name + father's name with and without the dot
(朱马别克·恰合买提, 库丽马罕·萨亚恒, 塔勒哈特·朱马别克, 阿尔达克·朱马别克, 阿尔达克朱马别克, 恰合买提·叶尔达尔)
and single names, short forms and forms of address (朱马别克, 老朱, a form that looks like a Han surname, 库丽马罕她,
塔勒哈特, 小塔, 达克, 阿尔达克, 恰合买提 closing the last sentence); Yi clan + given name (俄底伍嫫, 吉木格则,
吉木伍且, 吉木石嫫, 沙马日者) with short forms (伍嫫, 格则他, 伍且, 石嫫她, 日者他), a form of address made from the
clan name (俄大娘) beside the clan name used alone as a word (俄底, a trap), a Han surname before a Yi given name
(孔格则) and the boy's Han name (吉文龙); Han names with common and rare surnames of the region (訾, 禚, 栾, 阚, 相,
麻, 巩, 鞠, 颜, 孔, 晁, 战, 綦, 隋, 牟, 荆, 逯, 邴, 宫, 孟, 弭, 菅, 伊); surnames that are also ordinary words directly
before and after grammar words (才凤琴才来过, 都兴华都替我, 就德胜就跟我说, 有翠兰有空, 要立强要是, 把丽娟把,
和凤英和她男人, 让玉梅让我, 能晓光能吃, 也文涛也懂事, 被雨欣被同学, 被金凤被人骗了, 还嘉明还算, 还春梅还没,
把秀娥把表, 让小芹让孩子, 我让让德福) and as the last character of a given name (孔令和和我说), beside ordinary
words that start with a surname character (相信, 麻烦, 战友, 能干, 要是, 高兴, 常常) and a famous name (孔子 beside
孔令和, 孔秀华, 孔格则 and 孔村镇); names that contain words (战卫国, 被长江, 相如意, 牟金山, 伊春燕, 被金凤); titles
and kin words after names (禚文静老师, 向翠云老师, 孔令和老师, 颜秀梅老师, 宫玉洁大夫, 益登哥, 晓彤姐; the span is
the name only), a surname with only a title or kin word, annotated whole (訾嫂, 禚姐, 栾大姐, 相老板, 麻姐, 巩大娘,
向主任, 颜姐, 孔老师, 晁主任, 能大娘, 颜股长, 荆姐, 邴大爷, 宫大夫, 孟老师, 弭大娘, 綦书记, 鞠嫂); nicknames and
local forms of address, annotated whole (小佑, 綦老三, 小伊, 萱妮儿); names directly before particles, pronouns and
verbs (巩建波他, 孔秀华她, 阚守成他, 相如意她, 禚桂兰她, 牟金山说) and after 叫/是/给/跟/找/让/和 (叫哲仁巴图,
是孔令和老师, 给小佑报了, 给阿仁补课, 跟宇文楚楠, 找了孟老师, 让让德福, 和麻翠英); names closing the last sentence
(就为了哲仁。, 我妹妹拥宗志玛。, 看我阿爸恰合买提。, 叫吉木格则。, 就是萱妮儿。, 就找宇文楚楠。, 是禚桂兰。);
names spaced out character by character in half- and full-width spaces (哈 达 苏 其 其 格, 格 绒 益 登,
仁 青 呷 姆, 俄 底 伍 嫫, 吉 木 伍 且, 欧 阳 念 慈, 慕 容 既 白, 令 狐 一 鸣, 皇 甫 清 扬, 巩　雪　莲, 战　佳　豪,
还　嘉　明, 邴　振　山, 弭　晓　宇), dotted names with spaces around the dot (库 丽 马 罕 · 萨 亚 恒,
阿尔达克 · 朱马别克) and names split in two (哲仁　巴图, 訾 哈达苏, 阿仁　翁姆, 朱马别克 恰合买提, 吉木　格则,
阚欣 悦, 牟金 山, 菅志 鹏); compound surnames after ordinary words (西门, 淳于, 澹台, 公冶, 左丘, 第五, 仲孙, 濮阳,
申屠, 南宫, 欧阳, 诸葛, 上官, 宇文, 东方, 慕容, 令狐, 独孤, 皇甫, 司马, 公孙); and numbers read out and written the
many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:才凤琴}}``, ``{{qq:2963018475}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@woldfwspaced.513434}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, spacedx, hyphen, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 哥, 姐) and a particle, pronoun or
verb written directly after a name (说, 也, 都, 她, 他, 和, 才, 就) are outside the span; a surname with only a title
or kin word (訾嫂, 栾大姐, 邴大爷) and a nickname or local form of address (小佑, 綦老三, 萱妮儿) are annotated whole.
Han-style names of Mongolian, Tibetan and Yi people (訾天佑, 巩雪莲, 吉文龙) are category han; a Han surname before a
non-Han given name (訾哲仁, 巩阿仁, 孔格则) is category minority, as are forms of address made from a non-Han name
(老朱, 小塔, 小呷, 俄大娘).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout172/make_holdout172.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(172_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "kazakh", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "yi": 10}

MOBILE_PREFIXES = ["131", "133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "176", "178",
                   "182", "183", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1361: Mongolian mother from 西乌珠穆沁旗 who packs rose tea in a 平阴 workshop and raises a son with autism after
# her Han husband died.
DOCS["H1361"] = ("family", """\
访谈者：大姐，您身上一股玫瑰味儿。
受访者：成天在车间里装玫瑰花茶，洗都洗不掉。我叫{{minority/mongolian:哈达苏其其格}}，老家内蒙古{{trap/place:西乌珠穆沁旗}}。车间里的人念不全，喊我{{minority/mongolian:哈达苏}}，岁数大的喊我{{han:訾嫂}}，随我男人的姓。
访谈者：怎么嫁到{{trap/place:平阴}}来的？
受访者：我男人{{han:訾洪涛}}早些年上草原收羊毛，就那么认识了。一二年跟他回了{{trap/place:玫瑰镇}}。前年秋天他拉玫瑰酱去{{trap/place:济南}}，半道上出了车祸，没救过来。律师{{compound:西门晓峰}}帮着打的官司，赔的钱还了抢救欠的账，剩得不多。
访谈者：孩子多大了？
受访者：儿子八岁，蒙古名是我{{trap/minority_word:额吉}}起的，叫{{minority/mongolian:哲仁巴图}}，户口上叫{{han:訾天佑}}，家里喊他{{han:小佑}}。学校花名册图省事，写成{{minority/mongolian:訾哲仁}}。{{minority/mongolian:哲仁}}他三岁才查出来是孤独症，不看人，不喊妈，一天到晚排他的小汽车，排歪一辆就哭。
访谈者：现在在哪儿上学？
受访者：{{school:平阴县特殊教育学校二年级（1）班}}。班主任{{han:禚文静}}老师有耐心，我叫她{{han:禚姐}}，她教孩子拿图卡要水喝、要上厕所。康复中心的康复师{{compound:淳于思涵}}一礼拜给他做三回训练。上个月{{minority/mongolian:哲仁}}头一回喊了声“额吉”，我在走廊里哭得站不住。
访谈者：谁在帮您？
受访者：村里的儿童主任{{han:栾秀芝}}，我叫她{{han:栾大姐}}。她给{{han:小佑}}报了困境儿童，又帮着办了残疾证，两项补贴加上低保，一个月{{trap/number:一千一百三十块}}。县民政局的{{han:阚立伟}}来核过一回，说孤独症孩子的康复费还能报一块。社工站的{{compound:澹台星澜}}每月来一趟，教我孩子发脾气的时候怎么抱他、怎么等他。
访谈者：车间里呢？
受访者：老板{{han:相立新}}心善，只让我上白班，四点就能去接孩子。{{han:相老板}}说，我{{trap/word:相信}}你熬得过去。包装线上我和{{han:麻翠英}}最好，我叫她{{han:麻姐}}。孩子一闹，{{han:麻姐}}就把我的活顶上，从来不嫌{{trap/word:麻烦}}。
访谈者：一天是怎么过的？
受访者：五点起来做饭，他只吃白粥和炒鸡蛋，换一样就不张嘴。六点半送到学校门口，他得摸三回门口的石狮子才肯进去。七点进车间，称茶、装袋、封口，一天装两千多袋。五月采花最忙，满山坡都是花，厂里加班到半夜，我就把孩子带到车间，让他坐在花堆边上数袋子。{{minority/mongolian:哲仁}}数得比谁都准，数完了自己笑，这孩子跟数字亲。
访谈者：孩子这两年有变化吗？
受访者：有。以前他一进超市就捂着耳朵尖叫，现在能推着小车跟我走一圈。以前不让人碰，现在放学见了我，会把书包递过来。康复师说这叫主动交往，是好事。他每学会一样，我就记在本子上，喝水、穿鞋、说再见，记了快两年，写满了一本半。夜里睡不着，我就翻那个本子，翻着翻着心里就亮堂了。前些天他指着照片说“{{minority/mongolian:哈达苏}}”，头一回叫我的名字，不叫妈，叫名字，我也高兴。
访谈者：老家的人知道吗？
受访者：知道。我额吉{{minority/mongolian:乌嫩其其格}}七十了，腿脚不好，来不了。弟弟{{minority/mongolian:额布勒图}}在嘎查放羊，{{minority/mongolian:额布勒图}}他让我带孩子回去，可草原上哪有康复学校？去年额吉托人捎来一条{{trap/minority_word:哈达}}，让我挂在孩子床头。过年视频，额吉给孩子唱{{trap/famous:嘎达梅林}}，{{minority/mongolian:哲仁巴图}}不看手机，可他跟着哼。我在车间泡一壶{{trap/minority_word:奶茶}}，放几朵玫瑰，工友们都说好喝。
访谈者：赔偿的事了结了吗？
受访者：了结了。对方说我男人也有责任，拖了一年多，弟弟{{minority/mongolian:额布勒图}}卖了二十只羊，把钱打过来，让我先给孩子做康复。律师一趟一趟跑法院，一分钱代理费没要，说是法律援助。钱下来那天，我先把欠亲戚的还了，剩下的存了死期，给孩子留着。我走了以后他靠什么过？这事我不敢想，又不能不想。
访谈者：您自己呢？
受访者：夜里睡不着。一个月三千八，住的是{{han:訾洪涛}}他哥的旧屋，不要房租。我最怕我倒了，孩子没人管。我阿爸说，{{minority/mongolian:哈达苏}}是星星，走夜路的人看着它认方向。我得活出个样来。
访谈者：登记的信息请您说一下。
受访者：住在{{address:平阴县玫瑰镇南栾湾村二组13号}}，老家是{{address:西乌珠穆沁旗浩勒图高勒镇宝日陶勒盖嘎查二组5号}}。我身份证{{id_number@wy1987spaced.152526}}，孩子的{{id_number@my2016fwhyphen.370124}}。我电话{{mobile@plain}}，{{han:栾大姐}}的{{mobile@s74}}。微信{{wechat:hadasu_meigui}}，买茶的客人加的就是这个。QQ是发货用的，号码印在茶叶箱上：{{qq:2963018475}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上是{{spaced:哈 达 苏 其 其 格}}，学校写{{spaced:哲仁　巴图}}，残疾证上是{{spaced:訾 天 佑}}，律师的材料把我写成{{spaced:訾 哈达苏}}。
访谈者：最后想说什么？
受访者：盼孩子能自己吃饭、自己穿衣裳。我这辈子，就为了{{minority/mongolian:哲仁}}。
""")

# H1362: Kham Tibetan uncle from 新龙 raising the two daughters of his late sister in 长清 (崮云湖街道).
DOCS["H1362"] = ("family", """\
访谈者：您是从四川来的？
受访者：{{trap/place:甘孜}}{{trap/place:新龙}}，{{trap/place:雅砻江}}边上。我叫{{minority/tibetan:格绒益登}}，在大学城一个校区里当保安。学生们念不顺，喊我{{minority/tibetan:益登}}哥。
访谈者：您带的是谁家的孩子？
受访者：我妹妹{{minority/tibetan:拥宗志玛}}的两个丫头。妹妹嫁给了来新龙修路的{{han:巩建波}}，跟他回了{{trap/place:长清}}。前年她肝上查出病，没熬过冬天。{{han:巩建波}}他去{{trap/place:烟台}}打工，一年打不了两回电话，钱也不寄。他娘也走了，丫头们没人管，村里报了事实无人抚养，我就从新龙过来了。
访谈者：两个孩子多大？
受访者：大的十一，藏名{{minority/tibetan:阿仁翁姆}}，户口上叫{{han:巩雪莲}}，在{{school:长清区崮云湖小学四年级（2）班}}。花名册上写成{{minority/tibetan:巩阿仁}}，汉姓配藏名，她也认。小的六岁，{{minority/tibetan:仁青呷姆}}，汉名{{han:巩雪梅}}，我们喊她{{minority/tibetan:小呷}}，在{{school:崮云湖街道中心幼儿园大二班}}。{{minority/tibetan:阿仁}}她像她妈，不爱说话；{{minority/tibetan:小呷}}成天缠着我要骑马，我说山东没有马，她不信。
访谈者：刚来的时候难吗？
受访者：难。我在老家放牦牛，没进过城。来了先在工地上搬砖，后来{{han:才凤琴}}帮我找了保安的活，管吃，夜班多给三百。头一个冬天，{{minority/tibetan:阿仁}}天天夜里哭，说梦见阿妈在江边叫她。我不会哄，就给她唱老家的歌，唱到天亮她才睡着。山东的饭我也吃不惯，后来学着蒸馒头，蒸出来跟石头一样，丫头们笑话我。来的那天是腊月，长清下了场雪，丫头们说跟新龙一样白，我心里才松了一口气。
访谈者：谁在帮您？
受访者：街道的儿童主任{{han:才凤琴}}，{{han:才凤琴}}才来过，送了两床被子。两个孩子的补贴一个月{{trap/number:两千七百四十块}}。班主任{{han:向翠云}}老师也是教导主任，常给{{minority/tibetan:阿仁}}补课，{{han:向主任}}说她数学好。保卫处的{{han:都兴华}}都替我调了班，我上夜班，白天能接送。校区的心理老师{{compound:公冶鸣谦}}带学生来给丫头们做游戏，法学院的志愿者{{compound:左丘雅静}}帮我去法院要抚养费。
访谈者：抚养费要到了吗？
受访者：判了，一个月一千，可孩子爹只给过两回。{{compound:左丘雅静}}说可以申请强制执行，我怕把他逼急了，孩子们终归是他的骨肉。
访谈者：丫头们在学校怎么样？
受访者：大的成绩好，就是不合群，下了课一个人坐着看书。老师说她作文里老写雪山，写阿妈，写牦牛，同学们没见过，都爱听她念。小的在幼儿园学会了山东话，回家管我叫舅，拖着长音，跟本地孩子一模一样。我听着又好笑又心酸，她妈要是听见，不知道得多高兴。
访谈者：老家还有谁？
受访者：阿妈{{minority/tibetan:降拥曲宗}}七十多了，天天转经，给两个外孙女念平安。我哥{{minority/tibetan:四郎贡布}}挖{{trap/minority_word:虫草}}，挣了钱给孩子寄{{trap/minority_word:糌粑}}和牦牛肉干。
访谈者：孩子们想妈妈吗？
受访者：想。{{minority/tibetan:仁青呷姆}}夜里抱着她妈的{{trap/minority_word:藏袍}}睡。我教她们跳{{trap/minority_word:弦子}}，讲{{trap/famous:格萨尔王}}的故事。大的说长大要当医生，{{trap/word:要是}}早有好医生，她妈就不会走。邻居{{han:巩大娘}}是她爷爷家的本家，有空就送包子来。
访谈者：您在这边有说得上话的人吗？
受访者：不多。校区里有几个四川来的藏族学生，过节的时候来家里坐坐，帮丫头们辅导功课，走的时候我给他们装一包牦牛肉干。夜里值班，我在门岗里念经，一念就是一个钟头，心就静了。以后想考个驾照，开校车，钱多一点，也能天天看见她们。
访谈者：丫头们的爸爸还来看她们吗？
受访者：去年过年回来了一趟，待了两天。{{minority/tibetan:小呷}}不认得他，躲在我身后。大的不跟他说话，他买的新衣裳，她压在箱子底下一回没穿。他走的时候在门口站了半天，跟我说，哥，对不住。我没说什么。我们那边的规矩，孩子是舅舅的心头肉，他不养，我养。可丫头们心里那个疙瘩，得她们自己解，谁也替不了。
访谈者：登记信息请说一下。
受访者：住在{{address:长清区崮云湖街道卧龙峪村三组22号}}，老家{{address:新龙县如龙镇雄龙西村一组8号}}。我身份证{{id_number@my1982hyphen.513329}}，大丫头的{{id_number@wy2014tri.370113}}。我电话{{mobile@hyphen}}，{{han:才凤琴}}的{{mobile@p86n}}。我微信{{wechat:gerong_yideng}}。大丫头有QQ，交作业用，号码她抄在我的值班本上：{{qq:５１８２７３９０６}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。补贴表上我是{{spaced:格 绒 益 登}}，大丫头是{{spaced:阿仁　翁姆}}，小的写成{{spaced:仁 青 呷 姆}}，学校把她姐姐写成{{spaced:巩　雪　莲}}。
访谈者：最后想说什么？
受访者：我会把两个丫头养大，供她们念书。这话我答应过我妹妹{{minority/tibetan:拥宗志玛}}。
""")

# H1363: Kazakh father from 尼勒克 who welds at a car-parts plant in 长清; his wife is in prison.
DOCS["H1363"] = ("family", """\
访谈者：师傅，您在厂里干什么？
受访者：焊工，焊汽车排气管。我叫{{minority/kazakh:朱马别克·恰合买提}}，老家{{trap/place:伊犁}}{{trap/place:尼勒克}}，{{trap/place:喀什河}}边上。厂里人先叫我{{minority/kazakh:朱马别克}}，嫌长，叫成了{{minority/kazakh:老朱}}，好些人以为我姓朱。
访谈者：怎么到长清来的？
受访者：一七年新疆跟山东搞劳务协作，我报了名，分到这家汽车配件厂。班长{{han:就德胜}}手把手教我焊不锈钢，{{han:就德胜}}就跟我说，手稳了饭碗就稳了。
访谈者：在车间干活辛苦吗？
受访者：夏天车间里四十来度，焊帽一戴，汗顺着脖子往下流。一天焊三百多根管子，焊口要平、要匀，质检挑出一个砂眼就得返工。刚来那年手上烫了好几个泡，现在习惯了。厂里管两顿饭，还专门给我们几个新疆来的开了个清真窗口。
访谈者：您爱人呢？
受访者：在监狱里。她叫{{minority/kazakh:库丽马罕·萨亚恒}}，前些年在{{trap/place:伊宁}}让人拉进了传销，又拉了亲戚进去，判了四年。{{minority/kazakh:库丽马罕}}她在信里说，出来再也不信发财的话了。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:塔勒哈特·朱马别克}}十岁，在{{school:长清区平安小学四年级（5）班}}，我叫他{{minority/kazakh:小塔}}。闺女{{minority/kazakh:阿尔达克·朱马别克}}六岁，上{{school:长清区平安小学一年级（3）班}}，学校系统里打不出点，写成{{minority/kazakh:阿尔达克朱马别克}}。同学们喊她{{minority/kazakh:达克}}，她就跟人吵，说我叫{{minority/kazakh:阿尔达克}}。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:有翠兰}}，{{han:有翠兰}}有空就来家里，帮两个孩子报了服刑人员子女补助，一个月{{trap/number:一千二百八十块}}。车间主任{{han:要立强}}，我请假回新疆探监，{{han:要立强}}要是不批，我就去不成。区社工站的{{compound:第五春晖}}每周来陪孩子写作业，律师{{compound:仲孙若楠}}帮我申请了远程视频会见。厂里带焊接培训的{{compound:濮阳志飞}}让我考了高级焊工证，工资涨了六百。
访谈者：去探监是什么样？
受访者：去年回去了一趟，坐了四十个钟头火车。隔着玻璃，{{minority/kazakh:库丽马罕}}先问的是闺女夜里还尿不尿床。我说不尿了，她就哭。回来的车上{{minority/kazakh:塔勒哈特}}一句话不说，到了济南站才跟我讲，他要好好念书，以后当律师，谁也骗不了他家的人。
访谈者：孩子们跟妈妈平时怎么联系？
受访者：一个月视频会见一回，管教{{han:把丽娟}}把孩子们画的画转给她。{{minority/kazakh:小塔}}画了一匹马，说等妈妈回来一起骑。闺女小，老问妈妈什么时候回来。我跟她说，等院子里的石榴红了第三回，妈妈就回来了。她就天天数，今年石榴红了，她说还有两回。我阿爸{{minority/kazakh:恰合买提·叶尔达尔}}在老家放牛，打电话老问孙子吃得惯山东煎饼不。
访谈者：您一个人带两个，怎么安排？
受访者：早上六点起来烧奶茶、热{{trap/minority_word:馕}}，送完孩子七点半进车间。下午{{han:有翠兰}}把他们接到社区的四点半课堂。同车间的{{han:鞠洪涛}}下了班带{{minority/kazakh:塔勒哈特}}去踢球，说这孩子脚下有劲。闺女的班主任{{han:颜秀梅}}老师，天天在群里发她的照片，{{han:颜姐}}知道我认字慢，就发语音。
访谈者：过节呢？
受访者：{{trap/minority_word:纳吾肉孜}}那天我请了假，炸{{trap/minority_word:包尔萨克}}，给邻居们都送一盘。夏天老家有{{trap/minority_word:阿肯弹唱}}，我在手机上放给孩子们看，给他们念{{trap/famous:唐加勒克}}的诗。
访谈者：厂里的同事怎么看您家的事？
受访者：开始不知道，我也不说。后来探监请假，车间里传开了，我以为有人会说闲话，结果没有。过年的时候，班组凑了一千块钱，装在红包里塞给孩子，说是压岁钱。我拿着那个红包，在宿舍里坐了半天。我们那边说，一个好邻居比远处的亲戚强，在这边我信了。
访谈者：以后有什么打算？
受访者：等{{minority/kazakh:库丽马罕}}出来，我想把她接到长清来，厂里说可以给她安排个包装的活。孩子们在这边上学好，老师好，就是冬天没有雪，{{minority/kazakh:小塔}}老说山东的冬天不像冬天。
访谈者：登记信息请说一下。
受访者：住{{address:长清区平安街道芙蓉小区5号楼2单元401室}}，老家{{address:尼勒克县喀拉托别乡阔克托别村二组17号}}。我身份证{{id_number@my1984quad.654028}}，儿子的{{id_number@my2015.654028}}。我电话{{mobile@plus86spaced}}，{{han:有翠兰}}的{{mobile@h38}}。我微信叫{{wechat:zhumabek_hangong}}。儿子有个QQ，号码他写在我的饭盒盖上：{{qq:3090217684}}。
访谈者：名字写法一样吗？
受访者：乱。工资卡上是{{spaced:朱马别克 恰合买提}}，会见登记写成{{spaced:库 丽 马 罕 · 萨 亚 恒}}，学校有张表写{{spaced:阿尔达克 · 朱马别克}}。
访谈者：最后想说什么？
受访者：等她出来，先一家人回一趟喀什河边，看我阿爸{{minority/kazakh:恰合买提}}。
""")

# H1364: Yi grandmother from 越西 raising her grandson in 平阴 (孔村镇); her son died, his Han wife is ill.
DOCS["H1364"] = ("family", """\
访谈者：大娘，您是从凉山来的？
受访者：{{trap/place:越西}}来的，{{trap/place:凉山}}。我叫{{minority/yi:俄底伍嫫}}，{{trap/minority_word:俄底}}是家支，{{minority/yi:伍嫫}}是我的名。这边村里人念不来，喊我{{minority/yi:俄大娘}}。
访谈者：您带的是孙子？
受访者：孙子{{minority/yi:吉木格则}}，十二岁。他爸是我儿子{{minority/yi:吉木伍且}}，一五年跟老乡来平阴的工地干活，娶了{{trap/place:孔村镇}}的姑娘{{han:孔秀华}}。一九年{{minority/yi:伍且}}从脚手架上摔下来，没了。{{han:孔秀华}}她后来精神上出了毛病，回了娘家，认不得人。我就从越西过来了。孩子户口上叫{{han:吉文龙}}，医院的单子上有一回写成{{minority/yi:孔格则}}，随了他妈的姓。
访谈者：孩子在哪儿上学？
受访者：{{school:平阴县孔村镇中学初一（4）班}}。{{minority/yi:格则}}他念书好，班主任是{{han:孔令和}}老师，{{han:孔令和}}和我说，这孩子能考高中。镇上姓孔的多，{{han:孔老师}}说他们都是{{trap/famous:孔子}}的后人。
访谈者：刚来的时候怎么过的？
受访者：一句汉话不会说，买盐都得比划。头一年冬天冷，我穿着老家的百褶裙在院子里冻得直哆嗦，邻居给我送了件棉袄。孙子那时候五岁，他说汉话，我说彝话，两个人说不到一块儿，他哭我也哭。后来他上学了，回来一个字一个字教我，现在我能听懂一多半，说还是说不利索。
访谈者：谁在帮您？
受访者：村里的儿童主任{{han:和凤英}}，{{han:和凤英}}和她男人开车带我去县里办事。镇上民政的{{han:让玉梅}}，{{han:让玉梅}}让我把户口迁过来，好办低保。{{han:让玉梅}}说话快，我听不懂，她就写在纸上让孙子念给我听。孩子算事实无人抚养，每月{{trap/number:一千四百六十块}}。县里的社工{{compound:申屠慧敏}}每季度来一回，另一个社工{{compound:南宫柏舟}}教我用手机视频。
访谈者：老家还有人吗？
受访者：有。大闺女{{minority/yi:吉木石嫫}}嫁在{{trap/place:普雄}}，{{minority/yi:石嫫}}她隔几天打个电话，说彝话，孩子只听得懂一半。老乡{{minority/yi:沙马日者}}在平阴一家阿胶厂烧锅炉，{{minority/yi:日者}}他每个礼拜来看我们，给孩子带{{trap/minority_word:荞粑}}。
访谈者：孩子想家吗？
受访者：他是在平阴生的，没回过越西。去年{{trap/minority_word:火把节}}，{{minority/yi:日者}}带我们去{{trap/place:济南}}找老乡，孩子头一回披{{trap/minority_word:查尔瓦}}。我给他讲{{trap/famous:支格阿鲁}}射太阳的故事，他说长大要当警察。我把越西的照片存在手机里，夜里拿给他看，哪座是他爸放过羊的山，哪条是他爸游过泳的河。
访谈者：村里人对你们怎么样？
受访者：好。刚来的时候，有人以为我是外国人，围着看我的头帕。后来熟了，谁家杀猪都叫我们去吃，谁家孩子的旧衣裳都先送来给{{minority/yi:格则}}挑。我也教她们做{{trap/minority_word:坨坨肉}}，她们说跟山东的把子肉不一样，可也好吃。过年我学着包饺子，包得奇形怪状，村里人笑，说{{minority/yi:俄大娘}}的饺子能当元宝。
访谈者：孩子的妈妈现在怎么样？
受访者：在娘家，她娘伺候着，吃着药，好一阵坏一阵。好的时候给儿子织毛衣，坏的时候谁也不认。我每个月带孩子去看她一回，孩子进门先喊妈，她要是应了，孩子能高兴一路；她要是不应，孩子回来就不说话，一个人坐在门槛上。他给他妈画过一张画，画上三个人，他、他妈、我，他爸画在天上，是一颗星星。
访谈者：您自己身体呢？
受访者：腰不好，不识字，拿药都是{{minority/yi:格则}}给我念说明书。老家的{{trap/minority_word:毕摩}}说我命硬，我不信命，我信这孩子。夜里腰疼得睡不着，就坐起来抽一袋烟，这是老家带来的习惯，孙子不让我抽，把烟袋藏起来，我满屋子找。
访谈者：孩子的学习怎么样？
受访者：数学考过全班第一。{{han:孔令和}}给他报了助学金，校长{{han:颜振海}}还在大会上表扬他。他想他爸，就在本子上画工地上的吊车，一画一大本。开家长会我听不懂，{{han:孔老师}}就会后单独拉着我，一句一句慢慢说。
访谈者：您想过回越西吗？
受访者：想过。老家有山，有羊，有说得上话的人。可孩子的户口、学籍在这边，他妈也在这边。我走了，他就真成了没人管的孩子。我跟他说，等你考上大学，奶奶就回越西去，给你爸上坟。
访谈者：登记信息请说一下。
受访者：住在{{address:平阴县孔村镇前孔村四组10号}}，越西老家是{{address:越西县普雄镇瓦曲村三组6号}}。我身份证{{id_number@woldfwspaced.513434}}，孙子的{{id_number@my2012x.370124}}。电话是孙子帮我写的：{{mobile@fws}}，{{han:和凤英}}的{{mobile@s434}}。孙子有微信，叫{{wechat:geze_jimu2012}}。他还有QQ，号码写在墙上的奖状旁边：{{qq:1749326058}}。
访谈者：名字在表上写得对吗？
受访者：低保表上是{{spaced:俄 底 伍 嫫}}，学校写成{{spaced:吉木　格则}}，户口本上孙子是{{spaced:吉 文 龙}}，我儿子的死亡证明写的是{{spaced:吉 木 伍 且}}。
访谈者：最后想说什么？
受访者：我活一天，就守着他一天。他是我们家的根，叫{{minority/yi:吉木格则}}。
""")

# H1365: Han 儿童主任 in 榆山街道 (平阴) reading out her register.
DOCS["H1365"] = ("staff", """\
访谈者：{{han:晁主任}}，您这本是？
受访者：困境儿童台账。我是{{trap/place:榆山街道}}翠屏社区的儿童主任，叫{{han:晁丽萍}}。我一户一户念，你记。
访谈者：好。
受访者：头一户，{{han:能晓光}}，男，十岁，{{school:平阴县实验小学四年级（3）班}}。他爸{{han:能建业}}偷电缆判了六年；他娘改嫁去了{{trap/place:泰安}}。孩子跟奶奶过，街坊都叫她{{han:能大娘}}，七十四了还摊煎饼卖。{{han:能晓光}}能吃{{trap/word:能干}}，放了学帮着收钱。住{{address:平阴县榆山街道翠屏社区8号楼3单元202室}}，身份证{{id_number@my2015hyphen.370124}}，服刑人员子女补助一个月{{trap/number:九百六十块}}。
访谈者：第二户？
受访者：第二户是孤儿，姐弟俩。爹{{han:战卫国}}跑大车，前年两口子在高速上出了事。他当过兵，部队上的{{trap/word:战友}}凑了两万块钱送来。姐姐{{han:战佳怡}}十三，{{school:平阴县第二中学初一（2）班}}；弟弟{{han:战佳豪}}八岁，{{school:榆山街道中心小学二年级（1）班}}。跟着舅{{han:綦德华}}过，街坊叫他{{han:綦老三}}。孤儿基本生活费一人一个月{{trap/number:一千五百七十块}}。住{{address:平阴县榆山街道东关社区綦家胡同14号}}，姐姐的身份证{{id_number@wy2011spacedx.370124}}。
访谈者：第三户？
受访者：{{han:阚欣悦}}，女，九岁，脑瘫，坐轮椅，在{{school:平阴县特殊教育学校三年级（2）班}}。她爸{{han:阚守成}}在玫瑰园打零工，娘{{han:麻春霞}}在家伺候她。两项补贴加低保。{{han:阚守成}}他老实，不会填表，都是我帮着填。她爸电话{{mobile@fullwidth}}。
访谈者：第四户？
受访者：事实无人抚养，{{han:隋子轩}}，男，七岁。爹{{han:隋海龙}}白血病走了，娘{{han:牟晓红}}去{{trap/place:青岛}}打工，三年没音信。跟爷爷{{han:隋长河}}过，爷爷的身份证{{id_number@moldquad.370124}}。
访谈者：这些孩子谁在跟？
受访者：我跟着，街道社工站的{{compound:欧阳念慈}}每周入户，大学生志愿者{{compound:诸葛星野}}给头一户的孩子补数学。县民政局儿童股的{{han:颜振国}}每季度来查台账，{{han:颜股长}}要求一户一档。第二户姐姐的班主任是新来的，叫{{compound:上官竹韵}}，孩子一哭她就给我打电话。
访谈者：您做儿童主任几年了？
受访者：六年。以前在社区管计生，后来街道让我兼这个。刚开始以为就是填填表、发发钱，干上了才知道，孩子的事没有小事。一个孩子三天没上学，你得知道他去哪儿了；一个孩子胳膊上有块青，你得问清楚是摔的还是打的。社区给我配了一辆电动车，一年骑坏两块电瓶。
访谈者：这些孩子的钱是怎么发的？
受访者：每月十号前后打到卡上，孤儿的钱打到孩子自己名下，监护人管着。我每季度要核一回，看钱是不是花在孩子身上了。有一家，老人拿孩子的钱给自家儿子还了赌债，我跟街道一块儿上门谈了三回，最后改成由学校代管一部分，买饭卡、交资料费。这种事最难办，老人也难，可钱是孩子的，一分不能挪。
访谈者：平常怎么走访？
受访者：一个月每户至少去一回，看吃的、住的、穿的，看作业有没有人管。夏天看电扇，冬天看炉子，去年腊月第四户的烟囱堵了，差点出事，是我闻着味儿不对，赶紧开的窗。回来我在台账上又加了一栏：取暖。我男人开始嫌我管别人家的孩子比管自家的上心，后来跟我去了一趟，看见那孩子穿着露脚趾头的鞋，回来二话没说，把儿子小时候的鞋找出来一大包。
访谈者：有没有特别难的？
受访者：{{han:隋子轩}}。孩子夜里哭着找娘，爷爷耳背听不见。我托他舅{{han:牟晓东}}打听，说他娘在一家海鲜厂，电话换了。我要来她的微信{{wechat:mu_xiaohong_qd}}，发了十几条没回。后来孩子过生日，我录了段他吹蜡烛的视频发过去，半夜她回了一句：谢谢姐。
访谈者：孩子们自己怎么说？
受访者：大的孩子不爱提家里的事，怕同学知道。我去学校都挑放学以后，不穿红马甲，不让人看出来我是干什么的。小的就不一样了，见了我就扑上来，问阿姨今天带没带糖。第三户的小姑娘说话不清楚，可每回我走的时候，她都要拉着我的手，使劲摇三下，那是她在说再见。
访谈者：台账上名字有错的吗？
受访者：有。系统里写成{{spaced:能 晓 光}}、{{spaced:战　佳　豪}}、{{spaced:阚欣 悦}}，社工的名字也被写成{{spaced:欧 阳 念 慈}}。
访谈者：联系方式？
受访者：我电话{{mobile@s38}}，工作微信{{wechat:chaoliping_yushan}}。{{han:能晓光}}有QQ，号码是他写在我本子上的：{{qq:４８０６１９２７}}。有事也可以打{{trap/hotline:12338}}。这些孩子，一个也不能少。
""")

# H1366: Han social worker in 文昌街道 (长清) who reaches her children and their families on WeChat and QQ.
DOCS["H1366"] = ("staff", """\
访谈者：您手机一直在响。
受访者：没办法，孩子和家长都在微信、QQ上找我。我叫{{han:荆晓彤}}，{{trap/place:文昌街道}}社工站的，孩子们喊我{{han:荆姐}}。
访谈者：您是怎么干上社工的？
受访者：大学学的社会工作，毕业那年考到街道社工站，一干五年。我自己也是留守孩子，爹娘在外头打工，跟着奶奶长大，知道一个人趴在桌上写作业是什么滋味。头一年干得最苦，家长不信你，孩子不理你，我在楼道里哭过好几回。后来慢慢有孩子愿意跟我说话了，我才觉得这活值得干。
访谈者：您跟着几个孩子？
受访者：十一个，我挑四个说。第一个{{han:也文涛}}，十三，{{school:长清区第五中学初一（6）班}}。他娘前年病死了，爹{{han:也国梁}}在{{trap/place:宁波}}开叉车。{{han:也文涛}}也懂事，周末自己坐公交去看奶奶。他爹的微信{{wechat:yeguoliang_nb}}，我每周发孩子的成绩；孩子的QQ是{{qq:2501736948}}，夜里十一点还在线，我就在QQ上撵他睡觉。
访谈者：第二个？
受访者：{{han:被雨欣}}，女，九岁，{{school:长清区文昌小学三年级（4）班}}。她爹{{han:被长江}}在工地上砸断了腿，截了肢，拿两项补贴。她娘{{han:相如意}}在超市理货。上学期{{han:被雨欣}}被同学笑话她爹是瘸子，回家不吃饭。她娘加了我微信，号是{{wechat:wxid_7k2m9q4tz81p}}，那天半夜给我发了十几条语音。我去家里的时候，孩子躲在里屋不出来，我隔着门跟她说了一个钟头的话，最后她把门开了条缝，塞出来一张画。
访谈者：第三个？
受访者：{{han:还嘉明}}，男，十一岁，爹娘离了婚，谁都不要他，跟着姥姥。姥姥七十多了，在村口摆摊卖菜，孩子放了学就在菜摊边上写作业，风一吹，本子上全是土。{{han:还嘉明}}还算争气，作文拿过区里的奖。他姥姥{{han:逯桂芬}}不会用手机，我跟他小姨{{han:逯晓静}}联系，她的微信{{wechat:lu_xiaojing_cq}}。孩子自己有QQ，号码是{{qq:９６０３１７４８２}}，他管我叫{{han:晓彤}}姐。
访谈者：第四个？
受访者：{{han:牟金山}}，十四，得了肾病，一礼拜透析两回。爹{{han:牟长林}}在{{trap/org:齐鲁医院}}陪床，娘早走了。{{han:牟金山}}说他想考卫校，以后当护士。他娘走的那年他才三岁，什么都不记得，就记得他娘会唱小曲，他在QQ空间里存了一首，天天听。我给他在{{trap/org:慈善总会}}申请了大病救助。他爹的电话{{mobile@plus86dash}}，孩子的QQ是{{qq:1207835964}}。
访谈者：您一个人忙得过来吗？
受访者：站里还有{{compound:宇文楚楠}}，她管七个孩子。督导叫{{compound:东方悦然}}，每月来一次，听我们倒苦水。站里三个人，跟着三十多个孩子，一人一部工作手机，二十四小时不关机。大学生志愿者{{compound:慕容既白}}周末来辅导功课。我跟{{compound:宇文楚楠}}轮着值夜班的手机。
访谈者：微信、QQ上都聊些什么？
受访者：什么都有。头一个孩子问我青春期的事，不好意思问他爹。第三个孩子半夜发一句“{{han:晓彤}}姐，我想我妈”。我不敢不回，回了又怕他睡不着。街道的儿童督导员{{han:邢建华}}说，夜里的消息第二天早上再回，我做不到。有一回第四个孩子透析完在QQ上说活着没意思，我连夜打车去医院，在病房门口陪他坐到天亮。
访谈者：这些聊天记录怎么处理？
受访者：要紧的我截图存进个案档案，别的不留。孩子们信得过我，才跟我说心里话，我不能让这些话传出去。手机丢过一回，我吓得一宿没睡，第二天挨个改了密码，又跟站里申请了一部工作专用的手机，下了班就锁进抽屉，可夜里还是忍不住拿出来看一眼。
访谈者：家长们呢？
受访者：{{han:相如意}}她人要强，不愿意让人知道家里的难处，是{{han:被长江}}偷偷给我打的电话。孩子小姨说话冲，可每回孩子有事她头一个到。第一个孩子的爹一年回来一趟，每回走之前都要请我吃顿饭，我一回也没去，让他把钱留给孩子买书。
访谈者：线上联系有什么不方便的吗？
受访者：有。文字看不出脸色，孩子说没事，可能正哭着呢。所以我给自己定了个规矩，一个礼拜至少见一回面，线上说得再多也替不了。还有就是家长的手机常常是孩子在用，我发给家长的话，孩子先看见了，有些事就不能在上面说。我们站里后来统一用电话约时间，当面谈正事。
访谈者：名单上的名字有写错的吗？
受访者：有。救助表上写成{{spaced:被 雨 欣}}、{{spaced:还　嘉　明}}、{{spaced:牟金 山}}，志愿者的名字写成{{spaced:慕 容 既 白}}。
访谈者：您的联系方式？
受访者：电话{{mobile@spaced}}，工作微信{{wechat:jingxt_wenchang}}，QQ{{qq:3318604927}}。孩子们找不到我，就找{{compound:宇文楚楠}}。
""")

# H1367: Han grandfather in 孝里街道 (长清) raising a granddaughter with a hearing loss; his son is in prison.
DOCS["H1367"] = ("family", """\
访谈者：大爷，您一个人带孙女？
受访者：嗯，俺叫{{han:邴振山}}，六十八了，{{trap/place:孝里}}这一片都喊俺{{han:邴大爷}}。孙女{{han:邴雨萱}}七岁，俺喊她{{han:萱妮儿}}。她生下来耳朵就听不见，两岁才查出来。
访谈者：孩子爸妈呢？
受访者：俺儿{{han:邴立国}}喝了酒开车撞死了人，判了五年，在{{trap/org:济南监狱}}。儿媳妇{{han:还春梅}}一听孩子聋，抱着哭了半个月，后来回了娘家，{{han:还春梅}}还没离婚，可三年没来看过一回。
访谈者：孩子的耳朵怎么治的？
受访者：{{trap/org:齐鲁医院}}的{{han:宫玉洁}}大夫给她装了人工耳蜗，国家的康复救助报了大头。{{han:宫大夫}}说开机以后得练听、练说。县残联的{{han:孟庆荣}}给她办了残疾证，两项补贴一个月二百多。现在{{han:萱妮儿}}能喊爷爷了，就是说话还不大清楚。
访谈者：装耳蜗是怎么定下来的？
受访者：开始配的助听器，戴了两年不管用。医生说得做手术，俺一听要在脑袋边上开刀，吓得三宿没睡着。村里人劝俺，说孩子小，早做早好。手术那天俺在走廊里蹲了五个钟头，出来的时候孩子头上缠着纱布，冲俺笑。开机那天，大夫在她背后拍了一下手，她一扭头，俺眼泪就下来了。
访谈者：在哪儿上学？
受访者：{{school:长清区孝里街道中心小学一年级（2）班}}，随班就读。班主任{{han:孟老师}}让她坐头一排。康复中心的听力康复师{{compound:令狐一鸣}}一礼拜给她上两回课，学校还请了手语老师{{compound:独孤晓岚}}，教全班同学几句手语。
访谈者：谁在帮您？
受访者：村里的儿童主任{{han:把秀娥}}，{{han:把秀娥}}把表都给俺填好了，服刑人员子女补助一个月{{trap/number:一千零二十块}}。街道民政办的{{han:宫建民}}帮俺申请了低保。俺耳朵也背，儿童主任跟俺说话得喊。对门的{{han:弭大娘}}常把孩子领过去吃饭。
访谈者：孩子知道她爸的事吗？
受访者：不知道，俺说她爸在外头打工。每月视频会见，她对着屏幕喊爸爸，{{han:邴立国}}在那头抹眼泪。俺给她讲{{trap/famous:郭巨}}埋儿的故事，这是俺们孝里的老话，她听不全，光看俺的嘴。俺不知道该咋跟她说，等她再大点，让她爸自己跟她说。
访谈者：孩子在学校跟同学处得怎么样？
受访者：开始有孩子笑话她耳朵上挂着东西，叫她机器人。她回来不说，俺是看她不爱去上学才问出来的。俺去找了{{han:孟老师}}，老师开了个班会，让她给大伙看耳蜗怎么用，讲它是怎么帮她听见声音的。从那以后，同学们都抢着跟她玩，下课有人拉着她跳皮筋，还有人学了手语跟她说悄悄话。
访谈者：一天是怎么过的？
受访者：天不亮起来，先给耳蜗的电池充上电，再熬粥。送她上学走二里地，俺骑三轮，她坐后头唱歌，唱得不成调，俺听着{{trap/word:高兴}}。晌午回来喂鸡、浇菜，下午三点半去接。晚上练说话，拿卡片一张一张念，念对了给她一颗糖。俺这嗓子天天喊，都喊哑了。礼拜六还得带她去县里做康复，坐公交一个钟头，她在车上睡，俺抱着她，胳膊都麻了。
访谈者：您身体怎么样？
受访者：血压高，腿疼。耳蜗的外机怕水怕摔，一个好几万，俺天天揣着心。下雨天俺背着她走{{trap/place:黄河}}大堤边上的小路，一步一步挪。
访谈者：亲戚们帮得上吗？
受访者：俺闺女{{han:邴立霞}}在{{trap/place:德州}}，隔俩礼拜回来一趟，给孩子买衣裳。俺兄弟{{han:邴振海}}帮俺种着地。儿媳妇她娘家哥{{han:还志勇}}过年送了一袋面来，说对不住。俺说，不怪你，日子是人过的，谁也替不了谁。俺闺女那边也难，婆家嫌她往娘家跑得勤，她两头受气，从来不跟俺说。
访谈者：您对以后有什么打算？
受访者：等她爸出来，俺就把孩子交给他。他要是还喝酒，俺拿棍子撵他出门。俺在会见的时候跟他说过，你欠这孩子的，得拿一辈子还。他哭着点头。俺不图别的，就图孩子长大了能上学、能干活、能自己过日子，不叫人欺负。
访谈者：登记信息请说一下。
受访者：住{{address:长清区孝里街道方峪村二组9号}}。俺的身份证{{id_number@my1957tri.370113}}，孩子的{{id_number@wy2018fwhyphen.370113}}。俺的电话记不住，打俺闺女的{{mobile@plus86}}，她的微信{{wechat:binglixia_dz}}，孩子的事都在她手机里。
访谈者：名字在表上写得对吗？
受访者：残疾证上写成{{spaced:邴 雨 萱}}，补助表上俺是{{spaced:邴　振　山}}，康复中心那张单子上老师的名字写成{{spaced:令 狐 一 鸣}}。
访谈者：最后想说什么？
受访者：俺就盼着能多活几年，看着她说话说利索了。俺这辈子最放不下的，就是{{han:萱妮儿}}。
""")

# H1368: Han township civil-affairs clerk in 洪范池镇 (平阴) going through her files.
DOCS["H1368"] = ("staff", """\
访谈者：您在镇上管哪一块？
受访者：{{trap/place:洪范池镇}}民政办，低保、特困、困境儿童都归我。我叫{{han:伊春燕}}，镇上的人都叫我{{han:小伊}}。
访谈者：您在民政办干了多久？
受访者：十一年了。考公务员考到镇上，头几年管优抚，后来这一块没人干，领导让我接。我是{{trap/place:东阿镇}}人，娘家离这儿不远，山里的路闭着眼都能走。刚接手的时候，拿表格一户一户过，过了三个月，三十七个孩子，谁家几口人、谁爱生病、谁爹在哪儿打工，我都背得下来。
访谈者：镇上的困境儿童多吗？
受访者：三十七个，山区，年轻人都出去了。我说几个。第一个是{{han:被金凤}}家，{{han:被金凤}}被人骗了买保健品，两千块打了水漂。她六十九，带着两个孙子，大的{{han:被文轩}}十二，在{{school:洪范池镇中心小学五年级（1）班}}，小的{{han:被文博}}九岁，也在那个学校。老太太腿脚不好，两个孩子轮着给她捶背，大的还学会了蒸馒头。孩子爹在外地打工断了联系，娘改嫁了，报的事实无人抚养。住{{address:平阴县洪范池镇纸坊村三组15号}}，老太太身份证{{id_number@wy1956spaced.370124}}。
访谈者：第二个？
受访者：孤儿，{{han:弭晓宇}}，十五，{{school:平阴县第三中学初三（1）班}}。爹娘都是肝病走的。现在跟着大伯{{han:弭长顺}}，孤儿基本生活费每月{{trap/number:一千五百二十块}}直接打到孩子卡上。{{han:弭晓宇}}学习拔尖，想考{{trap/org:山东大学}}。这孩子懂事得让人心疼，寒暑假跟着大伯上山种花椒，挣的钱自己攒着交学费。去年考了全县第七，学校发了奖学金，他拿去给大伯买了件棉袄。住{{address:平阴县洪范池镇东峪村一组3号}}，孩子身份证{{id_number@my2009quad.370124}}，他大伯电话{{mobile@s434}}。
访谈者：第三个？
受访者：{{han:菅志鹏}}，男，六岁，先天性心脏病，做过两回手术。爹{{han:菅立冬}}在{{trap/org:县医院}}当护工，娘{{han:让小芹}}，{{han:让小芹}}让孩子的病拖垮了，得了抑郁症。我让{{han:让德福}}，就是孩子姥爷，先帮着带。
访谈者：这个孩子现在怎么样？
受访者：做完第二回手术，恢复得还行，脸上有血色了。就是还不能跑，一跑就喘，看着别的孩子在院里踢球，他就坐在门口看。他姥爷给他做了个小木头车，推着他在村里转。医生说再过两年，要是长得好，就能跟别的孩子一样上学。县里联系了省城的医院，后面的手术费能报大半。
访谈者：这些事谁跟您一块儿办？
受访者：镇社工站的{{compound:皇甫清扬}}跟第一户和第三户，县里派来的{{compound:司马砚池}}跟第二户，卫生院的{{compound:公孙晴岚}}每月给第三户的孩子量一回血氧。各村的儿童主任，纸坊村是{{han:禚桂兰}}，东峪村是{{han:綦书记}}兼着，书院村是{{han:鞠嫂}}。{{han:禚桂兰}}她最上心，礼拜天也往老太太家跑。
访谈者：工作上难在哪儿？
受访者：山里路远，一户跑半天。老人不会用手机，钱到了也不知道。有的孩子爹娘在外头，电话打不通，材料签不了字。去年{{han:被文轩}}阑尾炎，半夜是村里的儿童主任开车送到县医院的。还有就是材料多，一个孩子一年要填十几张表，填错一个字就得重来，我{{trap/word:常常}}弄到夜里十点。山里信号也不好，有的村得爬到坡上才打得通电话，下雨天路滑，我摔过两回，膝盖到现在阴天还疼。
访谈者：政策这几年有什么变化？
受访者：事实无人抚养的标准宽了，以前爹娘得都不在，现在一方重病、一方失联也能报，我们镇今年新报了五个，都是爹娘一个在监狱、一个跑了的。钱也涨了，按孤儿的标准发。县里还给每个村配了儿童主任，培训、考试，持证上岗。{{han:綦书记}}年纪大，考了两回才过，他说比当年考驾照还难。
访谈者：镇上有什么能帮孩子的？
受访者：夏天孩子们在{{trap/place:书院泉}}边上写作业，{{trap/place:云翠山}}下的老人给他们讲{{trap/famous:于慎行}}读书的故事。暑假县里的大学生志愿者来办夏令营，教孩子们画画、唱歌，孩子们盼一年。我们还跟{{trap/org:东阿阿胶}}厂里要了一笔助学金，每年开学前发到孩子手里，一人五百，不多，够买书包、文具和一双新鞋。
访谈者：联系方式请说一下。
受访者：办公室电话打不通就打我手机{{mobile@plain}}，微信{{wechat:yichunyan_hfc}}。第一户老太太没手机，打{{han:禚桂兰}}的{{mobile@hyphen}}。第二户那孩子有QQ，号码他写在低保卡的袋子上：{{qq:72618305}}。
访谈者：表上名字写错过吗？
受访者：常有。{{spaced:被 金 凤}}、{{spaced:弭　晓　宇}}、{{spaced:菅志 鹏}}，社工的名字还被写成{{spaced:皇 甫 清 扬}}。
访谈者：最后想说什么？
受访者：山里的孩子不缺志气，缺人拉一把。这些年最能拉他们一把的，是{{han:禚桂兰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1361,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout173",))


if __name__ == "__main__":
    main()
