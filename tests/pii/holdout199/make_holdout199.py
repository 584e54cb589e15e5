# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 199 (tests/pii/holdout199/H1577-H1584 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 198, written at the same time, is not
an earlier set).

Set 199 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
平利 and 岚皋 (安康, Shaanxi; tea terraces in the Daba mountains, 女娲山, the 蔺河口 dam): a Uyghur mother from 伽师
who bakes naan on the street of 老县镇 (平利), her Han husband, a tea farmer, paralysed by a fall while digging a
channel for a small hydropower station; a Kham Tibetan grandfather from 理塘 raising in 佐龙镇 (岚皋) a granddaughter
whose mother died and whose Han father is in prison for a fraud; a Kazakh aunt from 额敏, married to a repairman of
the 蔺河口 hydropower station, raising her son and her sister's orphaned daughter (an orphan allowance moved across
provinces); a Mongolian father from 乌审旗 who runs the machines of a tea co-operative in 长安镇 (平利) and raises an
autistic son and a small daughter alone since his Han wife left; a Han 儿童主任 of a mountain village of 南宫山镇
(岚皋) reading out her ledger; a Han officer of the 岚皋 women's federation reading out her list of volunteer
"love mothers"; a Han family doctor of the 长安镇 health centre; and a Han kindergarten head in 城关镇 (岚皋).

The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick: Uyghur names with the father's name after ·, after a full stop typed for the dot (再依乃甫.托合提) and after
the katakana dot ・ (米合日妮萨・阿不都拉, 阿不都拉・吐尔逊), the given name alone inside a shop sign
(再依乃甫烤馕), a form of address made from the first syllable that is also a grammar word (再姐, 再姐再忙), a pet
form with -汗 (佐合热汗她) and a form of address with 姐 (苏比姐她); Kazakh given name + father's name with the
hyphenation point ‧ (萨比拉‧努尔兰, 努尔兰‧加肯) and with none (萨比拉努尔兰), short forms (萨比, 加肯) and a
nickname made from the name (小库兰); a Han surname before a non-Han given name (冉艾合坦木, 谭呷姆, 龚库兰别克,
柯珠拉, the last a mother's surname before part of her daughter's Mongolian name); Kham Tibetan names (贡呷邓珠,
央宗拉初, 泽郎呷姆, 益西呷玛, 措姆拉宗, 洛绒曲扎) with forms of address that look like a Han surname + kin word
(邓爷, made from 邓珠) or a given name + kin word (呷姆妹); Mongolian names (哈丹毕力格, 宝音乌日图, 敖敦珠拉,
额尔登花, 额尔敦满都拉) with forms of address made from them that look Han (哈师傅, 图图, 敖敦娃); Han names of
minority people's Han kin (冉梓谦, 谭欣悦, 龚浩然) and married women called after the husband's surname (龚嫂, and
the old form 冉吴氏); Han names with rare surnames of the Daba mountains (冉, 苟, 佘, 蹇, 谯, 昝, 税, 母, 幸, 敬, 卿,
储, 覃, 牟, 宛, 匡, 阚) and surnames that are grammar words right before the same word used as a word (从秀兰从去年,
正红霞正好, 于德泉于是, 别桂兰别的, 全小满全程, 经小红经常, 常有福常跟, 来春生 ... 来我们村) and given names
holding grammar words right before them (蒲得贵得了, 冉德才才, 蒲又琴又管, 汤又林又哭, 宛再兴再三, 和宗林和她妈);
names that contain words and the same words near them as words (卢长安 beside 长安镇, 巫溪月 beside 巫溪, 过小年
beside 小年, 过冬生 beside 过冬, 幸光明 beside 幸亏, 幸春英 beside 幸福, 曾德云 beside 曾经, 母小雨 beside 母亲,
米桂蓉 beside 米饭, 敬股长 beside 敬老院, 税春梅 beside 岚皋县税务局, 南宫雪梅 beside 南宫山镇, 上官婉柔 beside
上官婉儿, 诸葛文君 beside 诸葛亮); a person's name inside an organisation-like phrase (储茂林茶叶合作社); names
before particles, pronouns and verbs (米合日妮萨她, 苟玉翠她, 谭永贵他, 储德明他, 杜桂芬她) and after
问/喊/给/跟/被/叫; titles and kin words after names (于老师 whole but 宇文见贤老师, 母德清医生 -> the name); a
surname with only a title or kin word, annotated whole (税主任, 税姐, 税嬢嬢, 税大姐, 敬股长, 冉所长, 邹书记, 廖书记,
匡会计, 阮站长, 钱大夫, 阚校长, 杜院长, 薛主任, 龚主席, 卿部长, 向警官, 于老师, 常叔, 卢伯伯, 老汪, 谭婆婆, 覃婆婆,
幸婆婆, 柯婆婆, 焦嬢嬢, 胡三娘, 龚嫂); local nicknames, annotated whole (黎二娃, 犟娃, 铁坨); a given name alone
(玉翠, 绍芬, 若兰); names at the start of a turn and at the end of a line; names spaced out character by character in
half- and full-width spaces (再 依 乃 甫 · 托 合 提, 贡　呷　邓　珠, 萨 比 拉 ‧ 努 尔 兰, 宝 音 乌 日 图, 哈 丹 毕 力 格,
南 宫 雪 梅, 苏 比 努 尔 · 吾 斯 曼, 诸　葛　文　君, 澹 台 星 河, 米 合 日 妮 萨 ・ 阿 不 都 拉, 令　狐　秋　实),
a dotted name with spaces around the dot (巴合提娜尔 · 叶尔肯), names split in two (冉 艾合坦木, 泽郎 呷姆,
萨比拉　努尔兰, 敖敦　珠拉, 宝音乌日 图, 卢　长安, 汤 又林) and a roll that puts the surname last (库兰别克 龚);
compound surnames after ordinary words (司徒, 端木, 夏侯, 申屠, 皇甫, 钟离, 公良, 宇文, 欧阳, 南宫, 上官, 东方, 万俟,
诸葛, 拓跋, 司空, 澹台, 令狐, 濮阳 after 社工/同事/司法所的/老师/康复师叫/志愿者/派了/讲课的/叫/请了/规培生/是/还有个); and
numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:税嬢嬢}}``, ``{{qq:3158402769}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, uyghur) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2017tri.610925}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 姐 after a given name) and a
particle, pronoun or verb written directly after a name (从, 正, 才, 得, 又, 再, 于是, 别的, 全程, 经常, 常, 她, 他,
说) are outside the span; a surname with only a title or kin word (税嬢嬢, 敬股长, 于老师, 常叔, 老汪, 龚嫂) and a
local nickname (黎二娃, 犟娃, 铁坨) are annotated whole. Han-style names of minority people and of their Han kin
(冉梓谦, 谭欣悦, 龚浩然), and the Kazakh aunt called after her husband's surname (龚嫂), are category han; a Han
surname before a non-Han given name (冉艾合坦木, 谭呷姆, 龚库兰别克, 柯珠拉) is category minority, and so are forms of
address made from a non-Han name (再姐, 邓爷, 呷姆妹, 哈师傅, 图图, 敖敦娃, 小库兰, 佐合热汗, 苏比姐).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout199/make_holdout199.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(199_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'kazakh', 'uyghur')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "uyghur": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "147", "152", "155", "156", "159", "178", "180", "182", "183",
                   "185", "186", "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1577: Uyghur mother from 伽师 who bakes naan on the street of 老县镇 (平利); her Han husband, a tea farmer, was
# paralysed in a fall while digging a channel for a small hydropower station.
DOCS["H1577"] = ("family", """\
访谈者：大姐，您这馕坑在街上开了几年了？
受访者：六年了。我叫{{minority/uyghur:再依乃甫·托合提}}，老家喀什{{trap/place:伽师}}。街上人念不全，都喊我{{minority/uyghur:再姐}}，{{minority/uyghur:再姐}}再忙也给放学的娃娃留个热馕。招牌上写的“{{minority/uyghur:再依乃甫}}烤馕”，是我男人拿毛笔写的。
访谈者：咋个嫁到平利来的？
受访者：在{{trap/place:惠州}}电子厂认得的。他叫{{han:冉德旺}}，{{trap/place:老县镇}}人，屋里种茶。前年秋天他给村里的小水电站挖引水渠，从坎上栽下去，腰断了，现在瘫在床上，一级残疾。
访谈者：娃娃们多大了？
受访者：儿子十一岁，汉名{{han:冉梓谦}}，维吾尔名{{minority/uyghur:艾合坦木}}，花名册上连起来写成{{minority/uyghur:冉艾合坦木}}，在{{school:平利县老县镇中心小学五年级（2）班}}。女儿{{minority/uyghur:佐合热古丽}}七岁，我们喊她{{minority/uyghur:佐合热汗}}，{{minority/uyghur:佐合热汗}}她在{{school:老县镇幼儿园大（1）班}}。
访谈者：哪些人在帮你们？
受访者：村上的儿童主任{{han:从秀兰}}从去年起月月上门，给两个娃报了困境儿童，一个娃每月{{trap/number:一千一百二十块}}，低保也是她跑下来的。镇民政办的{{han:蒲得贵}}得了信，把我男人的两项补贴一起办了。{{trap/word:幸亏}}县残联的{{han:幸光明}}送来一把轮椅，不然他一年都出不了门。社工{{compound:司徒晓禾}}每个礼拜来陪{{minority/uyghur:艾合坦木}}写作业，她同事{{compound:端木一帆}}教小的画画。
访谈者：学校里咋样？
受访者：班主任{{han:正红霞}}正好住我们隔壁，娃没吃早饭她就塞个鸡蛋。有同学喊我儿子“新疆娃”，{{han:正红霞}}把那几个叫到办公室说了一顿。
访谈者：一天咋个过？
受访者：四点起来和面、打馕，七点送娃上学，回来给他翻身、擦洗。馕三块一个，生意好一天卖一百多个。屋里的茶园租给了堂哥{{han:冉德才}}，{{han:冉德才}}才给了一半租钱，说今年{{trap/word:明前茶}}价钱低。
访谈者：老家还有人吗？
受访者：我爸{{minority/uyghur:托合提·卡德尔}}在伽师种{{trap/minority_word:巴旦木}}，哥哥{{minority/uyghur:斯拉木江}}每年寄一箱来。{{trap/minority_word:肉孜节}}那天，在{{trap/place:安康}}开拌面馆的老乡{{minority/uyghur:阿不都外力}}开车上来，端了一锅{{trap/minority_word:抓饭}}。我给娃讲{{trap/famous:阿凡提}}骑毛驴的故事，{{minority/uyghur:佐合热汗}}笑得在床上打滚。
访谈者：刚来的时候过得惯吗？
受访者：过不惯。山里雾大，一冬天见不到几回太阳，衣服晾三天都不干。我不会说这边话，买包盐都要比划半天。婆婆{{han:冉吴氏}}教我腌酸菜、炕腊肉，我不吃大肉，她就单给我腌一坛萝卜。婆婆前年走了，走之前拉着我的手说，娃娃交给你了。
访谈者：摆摊有人帮吗？
受访者：有。街上开面馆的{{han:黎二娃}}把他门口让给我摆摊，一分钱不要。{{han:黎二娃}}他屋里也难，老婆瘫在床上好几年。信用社的{{han:匡会计}}帮我办了两万块创业贷款，是{{trap/org:平利县妇联}}担保的，我拿来砌了这个馕坑。
访谈者：村里人对你们咋样？
受访者：好的多。过年村支书{{han:邹书记}}提了一桶油上门，隔壁的{{han:胡三娘}}天天过来帮我看一眼我男人。也有人背后说新疆人凶，我不理。儿子的同桌{{han:陶子墨}}天天跟他一路走，来屋里吃馕，说比面包还香。
访谈者：您男人现在能做啥？
受访者：手还灵，在床上帮我数馕、记账。他老说对不起我，我说你莫说这个。镇卫生院的家庭医生{{han:佘建平}}每月上门，说褥疮要勤翻身。
访谈者：钱够不够用？
受访者：紧得很。低保、补贴、困境儿童的钱加起来两千出头，卖馕一个月能落一千多。可他一年住两回院，尿管、药、护理垫，样样要钱。去年冬天炭涨价，我舍不得烧，娃的手冻得跟萝卜一样，班主任看见了，从学校拿了两床被子来。我跟娃说，我们不偷不抢，穷不丢人，书念好了，日子就翻过来了。
访谈者：娃娃们晓得家里难吗？
受访者：晓得。儿子放了学先到摊子上帮我收钱，作业趴在面板上写。女儿把她爸的药一颗一颗数好，装在小盒子里。我有时候想，娃娃不该这么早懂事。
访谈者：登记信息请您说一下。
受访者：住在{{address:平利县老县镇蒋家坪村四组17号}}。我的身份证{{id_number@wy1987spaced.653129}}，儿子的{{id_number@my2014fwhyphen.610926}}。我电话{{mobile@s434}}，{{han:冉德旺}}的{{mobile@plus86}}。我微信{{wechat:Zeynep_nang87}}，儿子的QQ他自己念的：{{qq:3158402769}}。
访谈者：表上的名字写对了吗？
受访者：乱得很。低保表上是{{spaced:再 依 乃 甫 · 托 合 提}}，残疾证上男人写成{{spaced:冉　德　旺}}，学籍卡写成{{spaced:冉 艾合坦木}}，还有张表写成{{minority/uyghur:再依乃甫.托合提}}，点打成了句号。
访谈者：最盼啥子？
受访者：盼他能坐起来，盼娃娃把书念出来。
""")

# H1578: Tibetan grandfather from 理塘 raising in 佐龙镇 (岚皋) his granddaughter; her mother died, her Han father is
# in prison for a fraud.
DOCS["H1578"] = ("family", """\
访谈者：阿爸，您从四川过来几年了？
受访者：五年了。我叫{{minority/tibetan:贡呷邓珠}}，老家{{trap/place:甘孜}}{{trap/place:理塘}}。这边人记不住，拿我名字后头的字喊我{{minority/tibetan:邓爷}}，好多人以为我姓邓。
访谈者：咋个到岚皋来的？
受访者：女儿{{minority/tibetan:央宗拉初}}在{{trap/place:成都}}读卫校，认得了{{trap/place:佐龙镇}}的{{han:谭永贵}}，嫁过来了。孙女三岁那年，{{minority/tibetan:央宗拉初}}得肝病走了。{{han:谭永贵}}他后来跟人搞集资，骗了乡亲的钱，判了六年，关在{{trap/place:汉中}}。
访谈者：孙女多大了？
受访者：八岁。户口上叫{{han:谭欣悦}}，藏名是{{trap/place:长青春科尔寺}}的喇嘛起的，叫{{minority/tibetan:泽郎呷姆}}。老师点名两个连起来念，叫她{{minority/tibetan:谭呷姆}}，同学们就喊{{minority/tibetan:呷姆妹}}。她在{{school:岚皋县佐龙镇中心小学二年级（4）班}}。
访谈者：谁在帮你们？
受访者：村上的儿童主任{{han:苟玉翠}}，给孙女报了事实无人抚养，每月{{trap/number:一千三百六}}，我当监护人。{{han:苟玉翠}}她讲，妈不在了，爸在里头，就算这一类。我喊她{{han:玉翠}}姐，她比我女儿还小两岁。班主任{{han:曾德云}}{{trap/word:曾经}}在{{trap/place:康定}}支教，会几句藏话，{{minority/tibetan:呷姆妹}}跟她最亲。司法所的{{compound:夏侯砚田}}帮我们办了视频会见，社工{{compound:申屠雨晴}}每个月陪孙女去一趟。
访谈者：孙女晓得她爸的事吗？
受访者：晓得一半。会见那回她问{{han:谭永贵}}，爸爸你啥时候回来，他说等你上五年级。出来在车上她一句话不说，抱着我的胳膊睡着了。
访谈者：孙女在学校有朋友吗？
受访者：有。同桌{{han:杜可馨}}天天跟她跳皮筋。有一回几个男娃说她爸是劳改犯，{{han:杜可馨}}跟人家吵，吵哭了。{{han:阚校长}}晓得了，把那几个娃的家长都喊来，让他们给{{minority/tibetan:呷姆妹}}道歉。
访谈者：女婿那边的亲戚呢？
受访者：他妈还在镇上，我们喊她{{han:谭婆婆}}，脑子糊涂了，认不得人。他哥{{han:谭国强}}在{{trap/place:西安}}开出租，过年回来给孙女塞两百块，别的也管不了。
访谈者：您身体还好吗？
受访者：腿不行，这边山陡，上坡就喘。镇卫生院的{{han:母德清}}医生每月上来量血压，他说{{trap/place:大巴山}}里湿气重，叫我莫穿皮袍子睡觉。
访谈者：老家还有人吗？
受访者：儿子{{minority/tibetan:益西呷玛}}在{{trap/place:毛垭}}草原放牦牛，每年托人带{{trap/minority_word:糌粑}}和酥油下来。老伴{{minority/tibetan:措姆拉宗}}走了八年了。在{{trap/org:安康学院}}读书的{{minority/tibetan:洛绒曲扎}}放假来看我们，帮我跟老师说话。我给孙女念{{trap/famous:仓央嘉措}}的诗，他写过理塘，说白鹤借我翅膀，飞到理塘就回来。
访谈者：孙女会说藏话吗？
受访者：会一点，在学校不肯说。她爱画画，画牦牛，画{{trap/place:格聂神山}}，画她记不清的妈妈。邻居{{han:巴春林}}家的娃跟她一个班，放学一路走，{{han:巴春林}}把她当自家孙女，过年给她包{{trap/word:腊肉}}饺子。
访谈者：您在这边过得惯吗？
受访者：过不惯也要过。这边吃辣，我吃了肚子疼。山上的茶园一层一层的，跟我们那边的草场不一样。我放了一辈子牛，到这儿没得牛放，村支书{{han:廖书记}}就给我找了个护林员的活，跟护林站的{{han:老汪}}两个人轮着巡山。{{han:老汪}}话多，我话少，一天走下来他说我听，倒也合得来。山上看得见{{trap/org:蔺河口水电站}}的大坝，孙女说像一堵墙把河关起来了。
访谈者：钱够用吗？
受访者：紧巴巴的。我在村上看护林子，一个月八百，加上孙女的钱，吃饭够了。看病、买衣服就要靠{{han:苟玉翠}}帮着申请临时救助。
访谈者：您最担心的是啥？
受访者：我七十了，怕哪天走不动了，娃没人管。她爸出来还要三年，出来了能不能学好，我心里没得底。我跟村上说过，我要是不在了，娃就送回理塘她舅舅那里，草原上再苦，总有一口热茶。
访谈者：孙女跟您说藏话还是汉话？
受访者：在屋里说藏话，出了门就说岚皋话，两样都溜。她笑我汉话说不清，我笑她糌粑捏不圆。晚上她给我念课文，我给她讲我们那边赛马的事，一老一小，就这么过。下雪天她最高兴，说岚皋的雪跟理塘的一样白，就是化得快。她堆了个雪人，给它戴上我的旧藏帽，说这是爷爷。
访谈者：登记信息请您说一下。
受访者：住在{{address:岚皋县佐龙镇马宗坝村三组26号}}，老家{{address:理塘县禾尼乡然日卡村2组11号}}。我的身份证{{id_number@mold.513334}}，孙女的{{id_number@wy2017tri.610925}}。我不会用手机，{{han:玉翠}}帮我存的号码：{{mobile@fullwidth}}，{{minority/tibetan:洛绒曲扎}}的{{mobile@h38}}，他的微信{{wechat:lurong_litang}}。孙女的电话手表上有个QQ：{{qq:41872306}}。
访谈者：表上的名字写对了吗？
受访者：低保表上我是{{spaced:贡　呷　邓　珠}}，学籍上孙女写成{{spaced:泽郎 呷姆}}，还有张表写成{{spaced:谭 呷 姆}}。
""")

# H1579: Kazakh aunt from 额敏 married to a Han repairman of the 蔺河口 hydropower station (岚皋), raising her own
# son and her sister's orphaned daughter.
DOCS["H1579"] = ("family", """\
访谈者：大姐，您是新疆哪里的？
受访者：{{trap/place:塔城}}{{trap/place:额敏}}的。我叫{{minority/kazakh:巴合提娜尔·叶尔肯}}，这边人跟我男人的姓，喊我{{han:龚嫂}}。
访谈者：咋到岚皋来的？
受访者：我男人{{han:龚志强}}是{{trap/org:蔺河口水电站}}的检修工，年轻时在新疆修水库，我们就认得了。结婚后跟他回了{{trap/place:蔺河镇}}。儿子{{han:龚浩然}}，哈萨克名{{minority/kazakh:库兰别克}}，幼儿园点名喊他{{minority/kazakh:龚库兰别克}}。
访谈者：听说您还带着外甥女？
受访者：是我妹妹的丫头。妹妹{{minority/kazakh:阿依江·叶尔肯}}和妹夫{{minority/kazakh:努尔兰‧加肯}}前年在{{trap/place:巴尔鲁克山}}下出了车祸，两个都没了。丫头叫{{minority/kazakh:萨比拉‧努尔兰}}，十岁，户口本上没有点，写成{{minority/kazakh:萨比拉努尔兰}}。我们都喊她{{minority/kazakh:萨比}}。
访谈者：手续咋办的？
受访者：难得很。孤儿基本生活费原先在额敏领，人到了岚皋，要转过来。县民政局的{{han:敬股长}}帮我们跑的，他原先管{{trap/org:敬老院}}，头一回办孤儿跨省转移，电话打了几十个。现在每月{{trap/number:一千七百四十元}}打到卡上。镇上的儿童主任{{han:米桂蓉}}隔三岔五送菜来，{{minority/kazakh:萨比}}刚来吃不惯{{trap/word:米饭}}，{{han:米桂蓉}}就教我蒸馍。
访谈者：丫头上学咋样？
受访者：在{{school:岚皋县蔺河镇中心小学四年级（3）班}}。班主任叫{{han:于海鸥}}，{{han:于老师}}晓得她没了爸妈，让她当小组长。心理老师{{compound:皇甫念慈}}每礼拜找她谈一回，社工{{compound:钟离听雪}}陪她去{{trap/place:安康}}看过一回病。
访谈者：孩子想家吗？
受访者：想。晚上她抱着手机看额敏的雪，唱{{trap/famous:可爱的一朵玫瑰花}}，唱着唱着就哭。我爸{{minority/kazakh:叶尔肯·托列吾汗}}在牧场上，视频里给她看小马驹。她爷爷{{minority/kazakh:加肯}}也打电话，说等她放暑假接她回去参加{{trap/minority_word:阿肯弹唱}}。
访谈者：您男人对丫头好吗？
受访者：好。{{han:龚志强}}他下了班就给两个娃辅导作业，{{minority/kazakh:库兰别克}}调皮，{{minority/kazakh:萨比}}就管着他。电站的工友{{han:于德泉}}于是也把他闺女的旧书都拿来了。
访谈者：丫头刚来的时候咋样？
受访者：不说话，半夜做噩梦，喊妈妈，我抱着她坐到天亮。这边天热，她身上起疹子，县医院的{{han:钱大夫}}说是水土不服，开了药，又叫我莫给她穿毛衣。电站的{{han:阮站长}}晓得了，让我到食堂帮厨，一个月一千八，离屋近，好照看娃。
访谈者：同学们对她好吗？
受访者：好。同桌{{han:龙欣妍}}教她说岚皋话，她教人家跳黑走马。有男娃笑她名字怪，{{han:龙欣妍}}就说，你的名字才怪呢。班上还有个{{compound:公良晨曦}}，爸爸也是电站的，两个娃放了学一起在坝上看水。
访谈者：过节咋过？
受访者：{{trap/minority_word:纳吾鲁孜节}}我炸{{trap/minority_word:包尔萨克}}，请邻居来吃。村上的{{han:税大姐}}说比麻花还香。在西安做生意的老乡{{minority/kazakh:托合塔森}}寄来两包马肠子。
访谈者：两个娃处得来吗？
受访者：处得来，也打架。儿子抢姐姐的彩笔，姐姐揪他耳朵，哭完了又搂在一起睡。有一回儿子问我，姐姐的妈妈去哪了，丫头在旁边听见了，半天没出声，晚上一个人坐在阳台上看月亮。我跟她说，你妈在天上看着你呢，你要好好吃饭、好好念书，她才放心。她点点头，第二天照样起来背书包。这丫头心重，啥都憋在肚子里，我就怕她憋出病来。后来我让她每天晚上跟她姥姥视频十分钟，说说学校的事，她才慢慢开口了。
访谈者：您自己有工作吗？
受访者：在电站食堂帮厨，早上五点去蒸馒头，中午回来给两个娃做饭，下午再去。累是累，可离屋近。这边人说我做的拉条子比他们的面还筋道，过节食堂就叫我做一锅，大家抢着吃。我男人说，等两个娃大了，我们在{{trap/place:岚皋}}县城开个小馆子，卖拌面和奶茶，招牌就写哈萨克风味。我说先把娃供出来再说。钱攒在一个铁盒子里，一个月放一点，丫头说那是她的大学盒子。儿子也要往里头放钢镚，说他也要上大学，跟姐姐一个学校。
访谈者：登记信息请您说一下。
受访者：住在{{address:岚皋县蔺河镇蔺河口村电站家属院2栋301}}，老家{{address:额敏县郊区乡加尔布拉克村3号}}。我的身份证{{id_number@wy1989x.654221}}，{{minority/kazakh:萨比}}的{{id_number@wy2015quad.654221}}。我电话{{mobile@s38}}，{{han:龚志强}}的{{mobile@p86h}}。我微信{{wechat:Bakhytnar-Emin}}，丫头的QQ：{{qq:９０６２４１７３５}}。
访谈者：表上的名字写对了吗？
受访者：孤儿证上是{{spaced:萨 比 拉 ‧ 努 尔 兰}}，低保表上我是{{spaced:巴合提娜尔 · 叶尔肯}}，学籍写成{{spaced:萨比拉　努尔兰}}。
访谈者：以后打算咋办？
受访者：把两个娃都供出来。丫头说长大要当医生，回额敏去。我说要得，{{minority/kazakh:巴合提娜尔}}别的不会，供你读书还供得起。
""")

# H1580: Mongolian father from 乌审旗 who runs and mends the machines of a tea factory in 长安镇 (平利); his Han
# wife left after their son was found to be autistic.
DOCS["H1580"] = ("family", """\
访谈者：师傅，您在茶厂做啥子？
受访者：开揉捻机，兼修机器。春茶下来那一个多月最忙，白天晚上连轴转，机器不能停。厂里的茶一大半卖到西安、北京，老板说我修的机器炒出来的茶最匀。我叫{{minority/mongolian:哈丹毕力格}}，老家{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}。厂里人喊我{{minority/mongolian:哈师傅}}，都当我姓哈。
访谈者：咋到平利来的？
受访者：老婆{{han:柯小琴}}是{{trap/place:长安镇}}人，在包头打工认得的。她说老家茶厂缺修机器的，我就跟来了，在{{han:储茂林}}茶叶合作社干了九年。老板{{han:储茂林}}人厚道，工钱从没拖过。
访谈者：孩子们呢？
受访者：儿子{{minority/mongolian:宝音乌日图}}十岁，四岁查出来孤独症，精神残疾二级。老师喊他{{minority/mongolian:图图}}。女儿{{minority/mongolian:敖敦珠拉}}六岁，我们喊她{{minority/mongolian:敖敦娃}}。她妈报户口图省事，跟了她的姓，写成{{minority/mongolian:柯珠拉}}。
访谈者：孩子妈妈呢？
受访者：儿子查出来第二年，{{han:柯小琴}}说熬不下去了，回了娘家，后来去了{{trap/place:杭州}}，离了。我不怪她，这病谁带谁晓得。
访谈者：儿子在哪上学？
受访者：在{{school:平利县长安镇中心小学三年级（1）班}}随班就读，资源教师{{han:全小满}}全程陪着。{{minority/mongolian:敖敦娃}}在{{school:长安镇中心幼儿园大（3）班}}。
访谈者：哪些人帮过你们？
受访者：镇上的家庭医生{{han:卢长安}}每个月来，给{{minority/mongolian:图图}}建了档。县残联的康复救助一年给一万多，在{{trap/place:安康}}做训练，康复师叫{{compound:宇文见贤}}。儿童主任{{han:杜桂芬}}给两个娃报了困境儿童，我自己有低保，{{minority/mongolian:图图}}的两项补贴也办了。{{han:杜桂芬}}她还找了个大学生志愿者{{compound:欧阳暮雪}}，周末陪{{minority/mongolian:敖敦娃}}念书。
访谈者：您一个人咋顾得过来？
受访者：顾不过来。早上五点起来给儿子穿衣服，他不让人碰，要哄半天。中午厂里食堂的{{han:焦嬢嬢}}帮我给女儿送饭。儿子听见机器响就捂耳朵，我只能把他锁在宿舍，心里难受。
访谈者：儿子做康复见效吗？
受访者：慢得很。练了三年，会自己吃饭了，会指着水杯说“喝”。{{compound:宇文见贤}}老师说，这种娃进一步都不容易，大人莫急。去安康一趟要坐两个钟头的车，厂里开货车的{{han:吕振坤}}顺路就捎我们，{{han:吕振坤}}说，你娃就跟我娃一样。
访谈者：厂里的人呢？
受访者：都好。采茶季节我忙得回不去，工友{{han:邵腊英}}把{{minority/mongolian:敖敦娃}}接到她屋里睡。{{han:邵腊英}}的男人跟我喝过一回酒，喝多了我唱长调，他们听不懂也拍手。我跟{{han:柯小琴}}离了，可她妈，娃的外婆{{han:柯婆婆}}还常来看娃，给{{minority/mongolian:敖敦娃}}扎辫子。
访谈者：老家还有人吗？
受访者：我额吉{{minority/mongolian:额尔登花}}在嘎查，七十了。哥哥{{minority/mongolian:额尔敦满都拉}}放羊，每年卖了羊打五千块来。额吉说{{trap/place:毛乌素}}的沙子都种成树了，叫我们回去过{{trap/minority_word:那达慕}}。儿子别的都不听，就爱听{{trap/minority_word:马头琴}}，一听就安静。
访谈者：您想过回去吗？
受访者：想过。可这边康复有人管，回去草场上咋个训练？{{han:储茂林}}也说，你走了机器谁修。
访谈者：一个月挣多少？
受访者：三千五，加班多能到四千。房子是厂里的宿舍，不要钱。康复的钱县里报大头，自己贴路费、饭钱。我不抽烟了，酒也少喝，省下来给女儿买书。她问我阿爸你为啥不喝酒了，我说阿爸要留着力气背哥哥。
访谈者：女儿晓得哥哥的病吗？
受访者：晓得。她才六岁，可会护着哥哥。别的娃笑她哥哥傻，她叉着腰跟人家吵。晚上她给哥哥盖被子，说阿爸你去睡，我看着哥哥。我听了心里一酸，这么小的娃，本该人家护着她。周末我带两个娃去{{trap/place:女娲山}}下的茶园里走，儿子不说话，就蹲着看蚂蚁，一看一个钟头；女儿摘一把野花插在他帽子上，他也不恼。那一会儿，我觉得日子还过得下去。回来路上女儿在背篓里睡着了，儿子拉着我的衣角，一步一步跟着走。走到厂门口，看门的老头问，{{minority/mongolian:哈师傅}}，又带娃娃耍去了？我说是，耍去了。
访谈者：登记信息请您说一下。
受访者：住在{{address:平利县长安镇茶叶合作社职工宿舍1栋203}}，老家{{address:乌审旗嘎鲁图镇萨如拉嘎查三组8号}}。我的身份证{{id_number@my1983fwspaced.150626}}，儿子的{{id_number@my2015hyphen.610926}}。我电话{{mobile@hyphen}}，{{han:杜桂芬}}的{{mobile@s74}}。我微信{{wechat:hadanbilig_tea}}，QQ是{{qq:2740518693}}。
访谈者：表上的名字写对了吗？
受访者：残疾证上儿子是{{spaced:宝 音 乌 日 图}}，低保表上我是{{spaced:哈 丹 毕 力 格}}，幼儿园写成{{spaced:敖敦　珠拉}}。
访谈者：最盼啥子？
受访者：盼{{minority/mongolian:图图}}有一天能喊我一声阿爸。
""")

# H1581: Han 儿童主任 of 茶坪村, a mountain village of 南宫山镇 (岚皋), reading out her ledger.
DOCS["H1581"] = ("staff", """\
访谈者：{{han:税主任}}，这个本子是？
受访者：村上的困境儿童台账。我叫{{han:税春梅}}，在{{trap/place:南宫山镇}}茶坪村当儿童主任第五年了。村里人喊我{{han:税姐}}，我老公在{{trap/org:岚皋县税务局}}开车，好多人当我是收税的。我一户一户念，你记。
访谈者：好。
受访者：头一户，{{han:牟思源}}，男，九岁，孤儿，这娃是我最操心的一个。他爸开三轮翻到{{trap/place:岚河}}里，他妈第二年病死了。跟外婆{{han:蹇秀英}}过，外婆七十三。孤儿基本生活费每月{{trap/number:一千六百五十元}}。住{{address:岚皋县南宫山镇茶坪村五组12号}}，娃的身份证{{id_number@my2016fw.610925}}。
访谈者：第二户？
受访者：第二户，{{han:佘浩轩}}，十二岁，他爸判了刑，关在{{trap/place:渭南}}，他妈跑了，算事实无人抚养。娃跟他幺爸{{han:佘德海}}过，{{han:佘德海}}喝了酒就打娃，我跟派出所的{{han:冉所长}}说了好几回。娃在{{school:岚皋县南宫山镇九年制学校六年级（1）班}}，身份证{{id_number@my2013quad.610925}}。
访谈者：第三户？
受访者：第三户，{{han:母小雨}}，女，智力二级残疾，两项补贴都有。爸妈在{{trap/place:宁波}}打工，跟奶奶住，奶奶我们喊{{han:覃婆婆}}。娃最听她{{trap/word:母亲}}的话，可一年只见得到一回。
访谈者：第四户？
受访者：第四户两兄弟，哥哥{{han:过小年}}，{{trap/word:小年}}那天生的；弟弟{{han:过冬生}}。爸爸得癌走了，妈妈改嫁，爷爷{{han:过德全}}带着。去年屋里柴火不够{{trap/word:过冬}}，是镇上{{trap/org:南宫山茶叶公司}}送了两吨煤。兄弟俩在{{school:南宫山镇中心小学三年级二班}}，住{{address:南宫山镇茶坪村二组3号}}。
访谈者：还有吗？
受访者：第五户，{{han:别桂兰}}带着外孙女{{han:昝雨涵}}。{{han:别桂兰}}别的本事莫得，就是勤快，七十岁了还上山采茶。外孙女她爸吸毒，戒毒所出来又进去了，她妈在{{trap/place:重庆}}，电话都打不通。{{han:昝雨涵}}的身份证是{{id_number@wy2013spaced.610925}}。
访谈者：就这五户？
受访者：还有第六户，是我去年问出来的。娃的爸叫{{han:来春生}}，是从{{trap/place:紫阳}}来我们村上门的女婿，在山上炸石头，腿让石头砸断了。娃叫{{han:来佳琪}}，五岁，还没上学，她妈在镇上超市打工。两口子不晓得娃能报困境儿童，两项补贴也没申请。我一样一样帮着填，材料送了三趟，上个月才批下来。
访谈者：这些娃都谁在跟？
受访者：镇民政办的{{han:谯德林}}总负责，社工站派了{{compound:南宫雪梅}}跟头一户、第二户，{{compound:上官婉柔}}跟第三户，同事笑她是{{trap/famous:上官婉儿}}的妹妹。大学生志愿者{{compound:东方未晞}}暑假来给娃们补课。
访谈者：娃们知道自己是困境儿童吗？
受访者：大点的知道，不喜欢这个叫法。我上门从不当着同学的面。{{han:佘浩轩}}跟我说，{{han:税嬢嬢}}，你莫跟我老师讲我爸的事。我说要得。
访谈者：平时咋发现这些娃？
受访者：一靠走，二靠问。每年开春我把全村一百四十几户走一遍，看谁屋里大人病了、走了、进去了。也靠邻居讲，{{han:牟思源}}那户就是他屋隔壁的{{han:汪德钊}}跑来跟我讲的，说娃一个人在屋里煮了三天洋芋。还有一回，一户的补助突然停了，查了才晓得是娃的户口被他妈迁走了，我跑了四趟派出所才迁回来。
访谈者：您自己屋里呢？
受访者：我也有两个娃，大的在县城读高中，小的跟我在村上。有时候忙到半夜，小的自己煮面吃，我心里也过意不去。县里每年培训两回，讲课的{{compound:万俟守拙}}老师说，儿童主任就是娃们的一根线，线断了，娃就掉下去了。我记到现在。
访谈者：最难的是啥？
受访者：路远。我们村挂在山坡上，最远一户走路要两个钟头，下雨路一滑，摩托车都上不去。去年腊月我在坡上摔了一跤，把台账本子护在怀里，膝盖磕得稀烂。爬起来头一件事是翻本子，看纸湿没湿，湿了那一年的账就白记了。
访谈者：干这个活有补贴吗？
受访者：一个月三百块。跑一趟县里车费就去了三十。可看到娃们过得好一点，心里踏实。村上{{trap/org:南宫山茶叶公司}}的老板年年给娃们捐书包，{{trap/word:过冬}}的棉鞋也是他们出的。{{han:过小年}}今年考了全班第三，跑来给我看奖状，我比我自己娃考好了还高兴。
访谈者：名单上名字都对吗？
受访者：错的多。有张表写成{{spaced:牟 思 源}}，社工写成{{spaced:南 宫 雪 梅}}，还有{{spaced:过 小年}}、{{spaced:昝　雨涵}}。年底要一张一张核。
访谈者：您的联系方式？
受访者：我电话{{mobile@plus86dash}}，{{han:蹇秀英}}的{{mobile@fws}}。我工作微信{{wechat:shuicm_chaping}}，娃们有事就在QQ上找我：{{qq:1836094527}}。
""")

# H1582: Han officer of the 岚皋 county women's federation (妇联), reading out her list of volunteers between calls.
DOCS["H1582"] = ("staff", """\
访谈者：您在妇联管哪一块？
受访者：儿童和家庭这一块。我叫{{han:卿若兰}}，{{trap/org:岚皋县妇联}}的，下面的人喊我{{han:卿部长}}，其实我就是个干事。
访谈者：妇联跟困境儿童有啥关系？
受访者：关系大得很。钱是民政发，可好多事要我们去做：家庭教育、心理疏导、找爱心妈妈结对。{{trap/org:春蕾计划}}每年资助三十个女娃，还有{{trap/hotline:12338}}妇女维权热线，夜里也有人接。
访谈者：能举个例子吗？
受访者：蔺河镇那个哈萨克大姐{{minority/kazakh:巴合提娜尔}}，带着外甥女，孤儿生活费跨省转不过来，是我们跟民政一起去找的{{trap/place:塔城}}那边。佐龙镇有个藏族爷爷，村里喊他{{minority/tibetan:邓爷}}，女婿在服刑，孙女{{minority/tibetan:呷姆妹}}是我们结对的，爱心妈妈是县医院的护士{{han:晏绍芬}}。
访谈者：爱心妈妈都是些啥人？
受访者：各行各业的巾帼志愿者。我念一下名单，你记：{{han:冉翠萍}}，{{mobile@spaced}}；{{han:汤玉霞}}，{{mobile@plain}}；{{compound:诸葛文君}}，{{mobile@s38}}。还有个维吾尔族姑娘{{minority/uyghur:苏比努尔·吾斯曼}}，在县城卖干果，我们都喊她{{minority/uyghur:苏比姐}}，{{minority/uyghur:苏比姐}}她结对了两个女娃。
访谈者：志愿者咋联系？
受访者：有个QQ群，我的QQ是{{qq:752048613}}；微信群是我建的，我微信{{wechat:qingrl_lanfu}}。
访谈者：您说的爱心妈妈，有的话都做些啥？
受访者：过生日陪一回，开家长会替一回，月经来了教娃咋处理，这些爷爷奶奶讲不出口。{{han:汤玉霞}}带的那个女娃，爸妈离婚都不要她，{{han:汤玉霞}}就接到自己屋里过周末。{{han:冉翠萍}}还带女娃去{{trap/place:南宫山}}爬过山。
访谈者：结对以后娃有变化吗？
受访者：有。佐龙镇那个藏族女娃，刚结对的时候见人就躲，{{han:晏绍芬}}每个月接她到县城住两天，带她洗澡、剪头发、逛书店。现在娃见了她就扑上去，喊{{han:绍芬}}妈妈。{{han:晏绍芬}}说，她自己的娃在外地上大学，这个就当小的养。
访谈者：那个维吾尔族志愿者呢？
受访者：她是跟男人来岚皋做生意的，自己也是苦过来的，小时候在{{trap/place:和田}}跟奶奶过。她说看见这些女娃就想起自己。她结对的两个娃，一个爸爸在服刑，一个妈妈智力残疾，她每礼拜天带她们去{{trap/place:岚河}}边上捡石头、讲故事。过{{trap/minority_word:古尔邦节}}的时候，她把两个女娃接到屋里，炸{{trap/minority_word:馓子}}、煮奶茶，娃们回来说那是她们吃过最香的一顿。
访谈者：有啥难处吗？
受访者：人手少。妇联就四个人，管全县十二个镇。我跟{{compound:诸葛文君}}两个跑乡下，一个礼拜两趟。她是律师，{{trap/famous:诸葛亮}}那个诸葛，帮好几个妈妈打过抚养费官司。{{han:于兰芝}}是去年退的休，也还天天来帮忙。
访谈者：有家暴的案子吗？
受访者：有。上个月{{trap/place:民主镇}}一个女娃打电话来，说她后爸喝了酒打她妈，也打她。我们跟派出所的{{han:向警官}}连夜去的，把娘俩安置在{{trap/org:县救助站}}。娃叫{{han:从心怡}}，在{{school:岚皋县城关第二小学五年级（4）班}}，现在跟她外婆住{{address:岚皋县民主镇正河村一组22号}}。
访谈者：外婆身体还好吗？
受访者：还行，六十出头。外婆叫{{han:从翠莲}}，电话{{mobile@p86n}}。我们每月去看一回。外婆种了两亩茶，采茶季忙不过来，我们就找了几个志愿者上山帮她采，娃也跟着背小背篓，采得比大人还认真。
访谈者：那娃现在咋样？
受访者：转到外婆那边的学校，班主任{{han:正玉洁}}对她好，让她当图书管理员。心理上还是怕，听见有人大声说话就往桌子底下钻。我们请了{{compound:拓跋静姝}}，她是安康来的心理咨询师，每月来给娃做一回沙盘。妇联主席{{han:龚主席}}说这个案子要跟到娃成年。
访谈者：县里还有啥打算？
受访者：想在每个镇建个儿童之家，放学后有地方写作业，有人看着。钱不够，在跟{{trap/org:县总工会}}、团县委化缘。房子倒好找，好多村小撤了，空教室收拾一下就能用。
访谈者：这些年您最大的体会是啥？
受访者：钱能解决一半，另一半要靠人。一个娃身边有个大人真心管他，他就不一样。我们做妇联工作的，说到底就是给娃找到这样一个大人。找不到，我们自己顶上。我常跟新来的干事讲，莫光看表，要看娃的脸；表上填得再好，娃脸上没得笑，就是我们的事没做到。
访谈者：名单上的名字都对吗？
受访者：不对的多。{{spaced:苏 比 努 尔 · 吾 斯 曼}}写成一个字一个空，{{spaced:诸　葛　文　君}}也是，{{spaced:卿 若兰}}，{{spaced:冉 翠 萍}}。有的表上把我的姓丢了，光写个{{han:若兰}}。姓卿的少，录入的人以为是打错了，顺手删了。我跟他们讲了好几回，卿是卿，不是错字。
""")

# H1583: Han family doctor of the 长安镇 (平利) health centre, talking about the children on his contract list.
DOCS["H1583"] = ("staff", """\
访谈者：您在卫生院干了多少年了？
受访者：十四年。我叫{{han:卢长安}}，在{{trap/place:长安镇}}当家庭医生，名字跟镇子一个样，病人都记得住。
访谈者：您签约的娃娃里，困境儿童多吗？
受访者：二十几个。残疾的、大病的、爸妈不在身边的，都要重点签。我一个礼拜跑两天山路，{{trap/place:化龙山}}那边的村子开车进不去，要走。
访谈者：说几个吧。
受访者：茶厂那个蒙古族师傅，厂里喊他{{minority/mongolian:哈师傅}}，儿子{{minority/mongolian:宝音乌日图}}孤独症。他娃不让人碰，我量个体温都要他爸抱着。他女儿{{minority/mongolian:敖敦珠拉}}倒是乖，喊我{{han:卢伯伯}}。
访谈者：还有呢？
受访者：{{han:经小红}}{{trap/word:经常}}带她孙子来打针。娃叫{{han:尚雨桐}}，先天性心脏病，在{{trap/org:西京医院}}做的手术，花了十几万，大病救助报了一半。{{han:尚雨桐}}他爸出车祸走了，他妈改嫁，算事实无人抚养。娃在{{school:长安镇中心小学四年级（2）班}}，体育课不能上。
访谈者：奶奶身体呢？
受访者：高血压、糖尿病，我每月上门一回。她住{{address:平利县长安镇中坝村六组19号}}，身份证{{id_number@wmidhyphen.610926}}，电话{{mobile@plus86spaced}}。
访谈者：山里看病难在哪？
受访者：远，穷，还有怕麻烦。好多爷爷奶奶娃发烧了先熬姜汤，熬不好才想起找医生。{{trap/place:八仙镇}}那边有一户，娃烧了三天抽了筋才送下来。我现在每户发一张卡片，写着我的电话，发烧超过两天就打。{{trap/org:平利县人民医院}}的儿科也留了个绿色通道，我打个电话就能挂上号。
访谈者：卫生院其他人呢？
受访者：{{han:杜院长}}管得松，让我们有空就下村。护士{{han:常有福}}常跟我一起去，他是男护士，娃们喊他{{han:常叔}}。妇幼专干{{han:蒲又琴}}又管接种又管体检，忙得脚不沾地。心理科的医生是从安康请的，叫{{compound:司空启明}}，一个月来一回。
访谈者：最揪心的是哪个？
受访者：{{han:常德旺}}家的娃。他爸吸毒，他妈跑了，娃跟太婆过。太婆九十了，看不清药瓶上的字，把娃的退烧药当成自己的降压药喝了，幸好被{{han:储德明}}撞见，连夜送到卫生院洗了胃。后来我在药盒上贴了红绿两种胶布，红的是娃的，绿的是她的。娃小名{{han:铁坨}}，八岁，在{{school:长安镇高峰小学二年级（1）班}}。
访谈者：还有别的娃吗？
受访者：还有个女娃，{{han:和春妮}}，脑瘫，十一岁了还不会走路。她爸{{han:和宗林}}和她妈在{{trap/place:苏州}}打工，娃跟爷爷奶奶住在半山上。我每回去，先给娃按按腿，再给两个老人量血压。两项补贴、困境儿童都有，可康复要去县里，老人背不动。去年县残联派车接了两回，后来车也不来了。我跟{{han:杜院长}}商量，能不能我们卫生院每月派个车，他说要得，油钱他想办法。现在每月头一个礼拜三，卫生院的面包车上山接娃，下午再送回去。
访谈者：这些娃的爷爷奶奶会用药吗？
受访者：好多不识字。我就画图，太阳是早上吃，月亮是晚上吃，一个圈是一颗，两个圈是两颗。有个奶奶把我画的纸贴在门背后，说比啥都好使。后来别的村医也跟着学，县卫健局还拿去印成了小册子。
访谈者：您一个人顾得过来吗？
受访者：顾不过来也得顾。村医{{han:储德明}}帮我盯着，{{han:储德明}}他七十了，还骑摩托跑。县里派来的规培生{{compound:澹台星河}}跟了我半年，走的时候说舍不得这些娃。
访谈者：有没有啥法子让娃们少生病？
受访者：吃饱穿暖最要紧。好多娃早饭就一碗开水泡饭。学校有营养餐，放假就断了。我们跟{{trap/org:平利县妇联}}说了，想弄个假期营养包。我常讲，{{trap/famous:孙思邈}}说上医医未病，我们家庭医生就是干这个的。
访谈者：疫情那几年咋过的？
受访者：最难。娃们不能去县里康复，药也断过。我开着摩托一户一户送药，进不去村子就放在村口的石墩上，打电话让家里人来拿。{{han:铁坨}}的太婆那阵子摔了一跤，我在她屋里守了一夜，天亮了才叫到车。
访谈者：您自己屋里人支持吗？
受访者：老婆有时候埋怨，说我一年到头不着屋。娃问我，爸爸你是不是把别人家娃看得比我还重。我说不是，是他们身边没得人。他想了想，说那我把我的旧书包送给他们。后来他真的背了一书包旧书跟我下村，给{{han:和春妮}}念了一下午的故事书，回来说爸爸我明白了。
访谈者：有联系方式吗？
受访者：我电话{{mobile@s74}}，微信{{wechat:luchangan_pl}}，QQ是{{qq:1049372658}}，娃的家长都有。
访谈者：表上的名字有写错的吗？
受访者：有。签约系统里把{{spaced:尚 雨 桐}}写散了，{{spaced:澹 台 星 河}}也是，还有{{spaced:宝音乌日 图}}，{{spaced:卢　长安}}。
""")

# H1584: Han head of a kindergarten in 城关镇 (岚皋), talking about the children in her classes.
DOCS["H1584"] = ("staff", """\
访谈者：园长，您这个幼儿园有多少娃？
受访者：两百一十个，八个班。我叫{{han:巫溪月}}，老家在重庆{{trap/place:巫溪}}，嫁到岚皋二十年了。
访谈者：困境儿童有多少？
受访者：登记的十七个，留守的就更多了。爸妈在外打工，爷爷奶奶带。
访谈者：说几个吧。
受访者：{{han:汤又林}}又哭了一早上，他爸在{{trap/place:安康}}监狱，妈走了，奶奶送来的时候娃抱着门框不撒手。他在{{school:岚皋县城关镇中心幼儿园大（2）班}}，班主任{{han:宛再兴}}再三跟我说，这娃要多抱一抱。
访谈者：还有呢？
受访者：蔺河来的哈萨克娃，{{minority/kazakh:库兰别克}}，他妈{{minority/kazakh:巴合提娜尔}}把他转到城里上，班上娃喊他{{minority/kazakh:小库兰}}。他表姐{{minority/kazakh:萨比}}每礼拜五来接他。还有个维吾尔族女娃叫{{minority/uyghur:米合日妮萨・阿不都拉}}，她爸{{minority/uyghur:阿不都拉・吐尔逊}}在城里卖烤肉，妈妈回新疆了。老师们喊她{{minority/uyghur:米合日妮萨}}，{{minority/uyghur:米合日妮萨}}她爱跳舞，一听{{trap/minority_word:麦西来甫}}的曲子就转圈。
访谈者：您这边咋个帮这些娃？
受访者：学费全免，营养餐加一个鸡蛋。每个困境娃配一个老师当“代理妈妈”。{{han:汤又林}}的代理妈妈是{{han:向晓霞}}，{{han:向晓霞}}把他带回屋里过过中秋。{{minority/uyghur:米合日妮萨}}的是{{compound:令狐秋实}}，会说几句维吾尔话。
访谈者：有特别难的吗？
受访者：有个娃外号{{han:犟娃}}，大名{{han:谭一鸣}}，爸爸在服刑，妈妈有精神病。他打人、咬人，我们园里请了县里的社工{{compound:濮阳若谷}}来看，说是心里有事。{{han:犟娃}}现在好点了，会给小妹妹让椅子。
访谈者：园里的老师都咋带这些娃？
受访者：多抱、多夸、多留意。早上来园我们先摸摸额头，看看身上有没有伤。有一回一个女娃胳膊上一片青，问了半天才说是她后妈掐的。我们报给了社区，社区的{{han:薛主任}}跟派出所一起上门，后来娃被接到她亲奶奶屋里。这种事一年碰到一两回，碰到了就不能装没看见。
访谈者：有没有让您高兴的事？
受访者：有。{{han:汤又林}}刚来的时候一句话不说，现在会唱《小燕子》了，唱完还给老师鞠躬。去年六一，他奶奶坐在台下哭得稀里哗啦。还有那个哈萨克娃，在台上弹了一段玩具冬不拉，下面的家长都站起来拍手。
访谈者：家长会来吗？
受访者：来的都是爷爷奶奶。{{han:谭一鸣}}的奶奶{{han:幸春英}}每回都来，坐在最后一排，问啥都说好。我说{{han:幸婆婆}}，你有啥难处就讲。她说娃能在这吃饱饭就{{trap/word:幸福}}了。
访谈者：老师们累吗？
受访者：累。十个老师，有三个是临聘的，一个月两千出头。{{han:宛再兴}}的工资还不够她交房租。{{trap/org:岚皋县教体局}}说明年要给乡村园的老师加补贴。
访谈者：您为啥干这一行？
受访者：我小时候也是留守娃，爸妈在外头打工，跟外婆过。上幼儿园的时候，有个老师每天给我梳辫子，我记了一辈子。后来我考了幼师，就想当那样的老师。干了二十年，送走了一千多个娃，有的现在都当爸妈了，见了我还喊园长好，还把他们的娃送到我这来。
访谈者：还有啥想跟上面说的？
受访者：想要个专职的心理老师。好多娃心里的事，我们看得出来，解不开。还想给乡下的园配个校车。{{trap/place:四季镇}}、{{trap/place:大道河镇}}那边，山里的娃天不亮就要走路下山，冬天路上结冰，我们看着心疼。教体局说在想办法，可一等就是两年，娃们等不起。我跟{{han:宛再兴}}商量过，实在不行，就每个礼拜一我们开自己的车去山口接一趟。
访谈者：园里的伙食咋样？
受访者：一周五天，两顿饭一顿点心。{{trap/org:岚皋县城关镇中心幼儿园}}的食堂是去年新修的，{{trap/org:县市场监管局}}来查过几回。困境娃早上多给一个鸡蛋一杯奶，有的娃周末在屋里吃不饱，礼拜一来了第一碗饭吃得最快。我们不说啥，就多给他添半勺。放寒暑假前，老师们凑钱给几个困境娃买一箱牛奶带回屋，怕娃一个假期瘦一圈。
访谈者：要登记的信息有哪些？
受访者：{{han:汤又林}}的身份证{{id_number@my2020x.610925}}，住{{address:岚皋县城关镇肖家坝社区3栋1单元502}}。{{minority/uyghur:米合日妮萨・阿不都拉}}的{{id_number@wy2019fwspaced.610925}}，她爸电话{{mobile@plain}}。园里电话{{mobile@hyphen}}，我微信{{wechat:wuxiyue-lg}}，QQ{{qq:２３６８０９１４５}}。幼儿园在{{address:岚皋县城关镇滨河路幼儿园巷8号}}。
访谈者：花名册上名字都对吗？
受访者：不对。{{spaced:米 合 日 妮 萨 ・ 阿 不 都 拉}}，写成一个一个的字；{{spaced:汤 又林}}；{{spaced:令　狐　秋　实}}；{{spaced:库兰别克 龚}}，姓跑到后头去了。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1577,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout198",))


if __name__ == "__main__":
    main()
