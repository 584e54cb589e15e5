# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 210 (tests/pii/holdout210/H1665-H1672 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 211, written at the same time, is not
an earlier set).

Set 210 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
柘荣 and 屏南 (宁德, Fujian): a Yi father from 布拖 who works at a 太子参 farm in 柘荣, a slicing machine having
taken most of his right hand and his wife having gone back to 凉山 for good; a Kham Tibetan grandmother from 理塘
raising in 双溪镇 (屏南) the two children of her dead daughter, their Han father in prison; a Hui mother from 西吉
married in 富溪镇 (柘荣), cutting paper in a workshop and nursing her paralysed Han husband; a Kazakh grandfather
from 特克斯 who leads tourists' horses on 鸳鸯草场 and raises his orphaned grandchildren, their mother a She woman;
the She 儿童主任 of a village in 宅中乡 reading out her list; the child-welfare officer of the 屏南 civil-affairs
bureau with her phone and QQ; a family-planning and health worker of 长桥镇; and the bookkeeper of a white-tea
cooperative in 楮坪乡 reading out the pay roll and the list of its school-aid fund. The emphasis is on forms where a
replacement might cover only part of a name, or miss it, in a mix rather than one trick: Yi names with their clan
names (吉勒伍沙, 马海伍各 whose clan name reads like a Han name, 倮伍史者, 吉勒尔布, 吉勒依惹, 吉史莫色, 沙马尔果,
沙马拉格, 吉伍克呷, 吉伍拉且, 的日莫呷, 的日伍呷), a form of address made from one (老伍, 老伍正在), a short form the
locals hear as their own 依- prefix (依惹, 依惹她) and Han-looking surnames before a Yi given name on rolls (吉尔布,
狄莫呷); Kham Tibetan names (呷绒曲宗, 降央雍措, 洛绒次称, 四郎阿称, 泽仁翁加, 益西泽翁, 泽央卓措, 格绒拉珍) with a form
of address (呷婆), short forms (雍宗, 泽央她, 洛丹) and a nickname (多多), the Han father's surname before the
children's Tibetan names (甘雍宗, 甘呷多, 黄洛丹) and a Han school name (甘雨棠); Hui 经名 (海丽米, 玉素甫, 素菲叶,
再娜白) beside the Han-form names of the same people (拜玉苗, 袁梓骞, 袁若蘅, 拜志祥, 杨占鳌, 虎兰英) and after a Han
surname (袁素菲叶, 拜达乌德, 拜穆萨, 杨阿尤布, 杨阿米乃), 海丽米 taken for a 海 by the locals (with 海瑞 as a trap)
and 拜 beside 礼拜; Kazakh given name + father's name with ·, ‧, ・, . and no dot (努尔森·哈再孜, 努尔森‧哈再孜,
努尔森・哈再孜, 努尔森.哈再孜, 努尔森哈再孜, 沙勒塔纳特吐尔洪别克), spaced dots (努 尔 森 · 哈 再 孜, 焦勒潘 · 哈再孜,
加那布尔 ‧ 别尔德汗), the She mother's surname before a Kazakh given name (雷焦勒潘) and forms of address made from
Kazakh names (加爷, 潘潘, 沙沙); She surnames (雷, 蓝, 兰, 钟) and rare surnames of 宁德 (缪, 池, 游, 袁, 甘, 阮, 却, 危,
卓, 龚, 詹, 章, 连, 孔, 陆, 薛, 柯); surnames and given characters that are grammar words right before the same or
another grammar word (游再兴再三, 池得胜得空, 郑英才才来, 却秀兰却讲, 蓝正正在, 池又新又跑, 乐正清正在, 周明岚才十岁)
and names before pronouns and after 被/把/跟/给/叫 (缪雅琴她, 甘守岳他, 被柯所长, 把雷文彬, 跟雷小满); names that
contain words next to the words used as words (袁丰收 / 丰收, 蓝天翊 / 蓝天, 黄精华 / 黄精, 危晓岚 / 危险, 章蕴和 /
盖章, 公羊晓晴 / 公羊, 长孙鹤年 / 长孙, 濮阳若梅 / 濮阳, 左丘明璐 / 左丘明, 轩辕立恒 / 轩辕黄帝, 诸葛青崖 / 诸葛亮,
连翠微 / 连翘, 虎兰英 / 虎头虎脑, 游再兴 / 游泳, 甘守岳 / 甘国宝, 加那布尔 / 江布尔); names inside place- and
organisation-like phrases where the name is the person's (游再兴参场, 卓永杰诊所, 黄精华家庭农场); local nicknames
with the 闽东 依- prefix (依发, 依桂) and surnames with only a title or kin word (钟姆, 雷嬷, 周婆, 袁嫂, 虎嫂, 危姐,
章会计, 薛股长, 柯所长, 游老师); names at the very start of an interviewer's turn (薛股长，..., 危姐，...) and of an
answer (雷宝娇，第五户), and at the end of a line with no stop (... 是池又新, 种黄精的黄精华); names spaced out
character by character in half- and full-width spaces and names split in two; compound surnames after ordinary
words (端木, 夏侯, 司徒, 钟离, 上官, 长孙, 欧阳, 皇甫, 诸葛, 公羊, 南宫, 申屠, 西门, 乐正, 司马, 宇文, 轩辕, 左丘, 濮阳,
梁丘, 独孤, 鲜于, 赫连); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:钟姆}}``, ``{{qq:3508172946}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (yi, tibetan, hui, kazakh) is only counted, never
                                   written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1990quadx.513436}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 伯) and a particle, pronoun or
verb written directly after a name (再三, 得空, 才, 却, 正在, 又, 她, 他, 讲) are outside the span; a surname with only
a title or kin word (钟姆, 雷嬷, 周婆, 袁嫂, 虎嫂, 危姐, 章会计, 薛股长, 柯所长, 游老师) and a local nickname (依发,
依桂) are annotated whole. Han-style names of minority people (拜玉苗, 袁梓骞, 袁若蘅, 拜志祥, 杨占鳌, 虎兰英, 甘雨棠)
are category han; a Han surname before a non-Han given name (吉尔布, 狄莫呷, 甘雍宗, 甘呷多, 黄洛丹, 袁素菲叶,
拜达乌德, 拜穆萨, 杨阿尤布, 杨阿米乃, 雷焦勒潘) is category minority, and so are forms of address made from a
non-Han name (老伍, 呷婆, 多多, 加爷, 潘潘, 沙沙).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout210/make_holdout210.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(210_2026_1207)
MINORITY_GROUPS = ("yi", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "152", "155", "156", "159", "178", "180", "182", "183", "185",
                   "186", "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1665: Yi father from 布拖 who works at a 太子参 farm in 柘荣; a slicing machine took most of his right hand and
# his wife went back to 凉山 and was never heard of again.
DOCS["H1665"] = ("family", """\
访谈者：阿哥，您在这个参场干了几年了？
受访者：五年了。我叫{{minority/yi:吉勒伍沙}}，{{trap/place:凉山}}{{trap/place:布拖}}来的。场里的人嫌我名字长，都喊我{{minority/yi:老伍}}，我也就应了。
访谈者：怎么会到柘荣来挖太子参？
受访者：老乡{{minority/yi:马海伍各}}带我来的。他在这边做了十几年，凉山来的一伙人都跟着他，挖参、晒参、切片。老板{{han:游再兴}}人实在，{{han:游再兴}}再三跟我讲，来了就是自家人。我们都把这里叫{{han:游再兴}}参场，夏天娃娃们要去溪里{{trap/word:游泳}}，他还专门找人看着。
访谈者：太子参好挖吗？
受访者：不好挖。参长在山坡上，根细，锄头下重了就断，断了就卖不上价。收参的时候天天下雨，我们穿着雨衣蹲在地里，一蹲就是一天，腰都直不起来。挖回来要洗、要晒，太阳不好就进烘干房，一夜不能睡，要守着火。
访谈者：您的手是怎么伤的？
受访者：前年切片的时候，半夜困了，手被机器卷进去，右手只剩两根指头。在{{trap/org:闽东医院}}住了一个月，{{han:甘振屹}}医生给我接的骨，护士{{han:阮秋萍}}天天给我换药。残疾证办下来了，每个月有生活补贴。重活干不了，老板让我看仓库，工钱照给。
访谈者：孩子妈妈呢？
受访者：她叫{{minority/yi:倮伍史者}}。我出事那年她回凉山看她{{trap/minority_word:阿嫫}}，就再没回来，电话也打不通。{{trap/place:西昌}}的亲戚讲她跟人去了外省，也讲不清。村里给两个娃娃报了事实无人抚养，一个人一个月{{trap/number:一千一百六十八}}。
访谈者：两个孩子多大了？
受访者：儿子{{minority/yi:吉勒尔布}}十二岁，学校花名册上写{{minority/yi:吉尔布}}，在{{school:柘荣县宅中乡中心小学六年级（2）班}}。女儿{{minority/yi:吉勒依惹}}八岁，我们喊她{{minority/yi:依惹}}。这边人一听就笑，说“依”是他们喊娃娃的叫法，{{minority/yi:依惹}}她就当自己是本地人了。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:钟桂兰}}，我们跟着娃娃喊她{{han:钟姆}}，手续都是{{han:钟姆}}跑的，表也是她填的。乡里的{{han:池得胜}}得空就上山来看，去年冬天给娃娃送了两床棉被。县里派的社工{{compound:端木蕴川}}每个月来一回，教女儿画画；她的搭档叫{{compound:夏侯守拙}}，带儿子打篮球。
访谈者：儿子在学校怎么样？
受访者：读书不行，上课坐不住。可他会吹{{trap/minority_word:口弦}}，学校搞汇演，{{han:缪雅琴}}老师让他上台吹了一首，全校都拍手。{{han:缪雅琴}}她讲，娃娃不是笨，是听不懂。有同学笑他黑，他打了人，{{han:缪雅琴}}没罚他，把两个叫到办公室，一人给一个苹果。那个同学叫{{han:袁俊熙}}，现在两个好得穿一条裤子。
访谈者：女儿呢？
受访者：成绩好，字写得端正。同桌{{han:雷小满}}天天跟她一起走，{{han:雷小满}}的奶奶我们喊{{han:雷嬷}}，三月三做了{{trap/minority_word:乌米饭}}，总给我们端一碗。{{han:雷嬷}}讲她家是畲族，跟我们彝族一样，过节都要唱歌。
访谈者：过节怎么过？
受访者：{{trap/minority_word:火把节}}那天，场里凉山来的十几个人凑钱买一只羊，做{{trap/minority_word:坨坨肉}}。我披上{{trap/minority_word:查尔瓦}}，给娃娃讲{{trap/famous:支格阿鲁}}射太阳的故事。老乡的老婆{{minority/yi:吉史莫色}}教女儿唱彝歌，唱着唱着大家都哭了，想家。
访谈者：娃娃们平时谁做饭？
受访者：我一只手做。切菜慢，炒菜还行。儿子放学回来烧火，女儿洗碗。周末他们跟我去参场，女儿在晒场边上写作业，儿子帮着翻参。晚上屋里冷，三个人挤在一张床上，我给他们讲凉山的山，讲我们家的羊，讲他们阿妈小时候的事。女儿问我阿妈还回不回来，我讲会回来的，讲完自己背过身去。
访谈者：看病方便吗？
受访者：乡卫生院近，大病要去县里。去年冬天女儿发烧抽筋，半夜里是{{han:池得胜}}开车送下山的，他在医院守到天亮，早饭都没吃就回乡里上班了。
访谈者：您还想回凉山吗？
受访者：想。可回去没活干，娃娃在这边读惯了书，讲的是柘荣话。儿子讲，{{trap/minority_word:阿达}}，我们不回去了。
访谈者：登记信息请您说一下。
受访者：家住{{address:柘荣县宅中乡溪坪村下厝12号}}，场里宿舍在{{address:英山乡太子参基地2号楼105}}。我身份证{{id_number@my1984quad.513429}}，儿子的{{id_number@my2013hyphen.513429}}。我电话{{mobile@s434}}，{{han:游再兴}}的{{mobile@h38}}，老板的微信叫{{wechat:youzaixing-shen}}。儿子有个QQ，学校要开的，号码写在仓库门背后：{{qq:3508172946}}。
访谈者：各种表上名字写得对吗？
受访者：乱写。残疾证上我是{{spaced:吉 勒 伍 沙}}，儿子写成{{spaced:吉勒　尔布}}，女儿写成{{spaced:吉 依 惹}}，她妈的名字写成{{spaced:倮　伍　史　者}}。
访谈者：您最盼什么？
受访者：盼娃娃们把书读出来，莫像我一样靠力气吃饭。这些年帮我们的人多，头一个要记住的，是{{han:钟姆}}。
""")

# H1666: Kham Tibetan grandmother from 理塘 in 双溪镇 (屏南) raising the two children of her dead daughter; their Han
# father is in prison.
DOCS["H1666"] = ("family", """\
访谈者：阿婆，您是从哪里过来的？
受访者：四川{{trap/place:理塘}}，草原上的。我叫{{minority/tibetan:呷绒曲宗}}，汉话讲不好，你慢慢问。这边人念不来，都喊我{{minority/tibetan:呷婆}}。
访谈者：怎么到屏南来了？
受访者：我女儿{{minority/tibetan:降央雍措}}嫁到这里。女婿{{han:甘守岳}}年轻时在{{trap/place:甘孜}}修路，认得了我女儿，带她回了{{trap/place:双溪镇}}。前年女儿得了肝上的病，在{{trap/org:屏南县医院}}查出来就晚了，三个月人就没了。
访谈者：孩子爸爸呢？
受访者：{{han:甘守岳}}他喝了酒跟人打架，把人打成重伤，判了三年。两个娃娃没人管，村里把电话打到理塘，我就下来了。坐了两天汽车、一天火车，头一回坐火车，吐了一路。
访谈者：孩子们多大？
受访者：大的是孙女，十一岁，户口本上叫{{minority/tibetan:甘雍宗}}，学校给起了个汉名叫{{han:甘雨棠}}，在{{school:屏南县双溪中心小学五年级（4）班}}。小的孙子{{minority/tibetan:甘呷多}}，七岁，在{{school:双溪镇实验小学一年级（3）班}}。我在家喊孙女{{minority/tibetan:雍宗}}，孙子我们都喊{{minority/tibetan:多多}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:陆蕙芬}}，她给两个娃娃报了事实无人抚养，一个人一个月{{trap/number:一千二百一十块}}。{{han:陆蕙芬}}也帮我办了居住证。县民政局来过一个{{han:薛股长}}，看了房子，说漏雨要修。屋顶是村里{{han:宋德发}}带人修的，这边都喊他{{han:依发}}，{{han:依发}}伯一分钱都没要。
访谈者：孩子们在这边习惯吗？
受访者：孙女是这里生的，习惯。孙子想他阿爸，天天哭。{{minority/tibetan:多多}}问我阿爸啥时候回来，我说等你学会写一百个字。班主任{{han:韩秋棠}}老师给他一个本子，每天写十个。{{han:韩秋棠}}讲，等写满了，给你阿爸寄去。这边人讲屏南出过一个大将军叫{{trap/famous:甘国宝}}，孙子就说他也姓甘，长大也要当将军。
访谈者：还有谁帮过你们？
受访者：{{trap/place:龙潭村}}有个画画的，叫{{compound:司徒墨白}}，外地来的，周末带孙女去画廊桥。社工站的小伙子{{compound:钟离岳}}，每个月带孙子去{{trap/place:福清}}看他阿爸，车票都是站里出的。学校有个心理老师，姓上官，叫{{compound:上官听禾}}，孙女有心事就去找她讲。
访谈者：孙子去看他阿爸，回来怎么样？
受访者：回来两天不讲话。隔着玻璃拿电话讲，他阿爸哭，他也哭。回来以后他把写满字的本子拿给我看，讲下回要带给阿爸。{{compound:钟离岳}}讲孩子哭出来是好事，憋着才要命。
访谈者：您平时怎么过？
受访者：早上煮饭，送孙子上学，回来洗衣服、喂鸡。下午我去{{trap/place:千乘桥}}上坐一坐，这边的廊桥像我们那边的经堂，坐一会儿心里就静了。桥头卖豆腐的{{han:周婆}}每天给我留一块，我不会讲她的话，她不会讲我的话，两个人比划着也能聊半天。吃不惯米饭，我自己炒{{trap/minority_word:糌粑}}，孙子爱吃，孙女嫌干。过年我给{{han:陆蕙芬}}献了一条{{trap/minority_word:哈达}}，她不晓得咋个戴，两个人笑了半天。
访谈者：这边的天气受得了吗？
受访者：受不了。夏天热得睡不着，衣服晾三天都不干，被子一股霉味。冬天不下雪，可是湿冷，冷到骨头里，比我们那边零下二十度还难过。头一年我膝盖肿得下不了床，是村医{{han:陆国樑}}上门给我扎的针。
访谈者：老家还有人吗？
受访者：儿子{{minority/tibetan:洛绒次称}}在{{trap/place:毛垭}}放牦牛，每年卖了酥油给我们打钱。老伴{{minority/tibetan:四郎阿称}}走了好多年了。理塘老乡{{minority/tibetan:泽仁翁加}}在{{trap/place:福州}}开藏餐馆，过节寄牦牛肉干来，还帮我跟学校的老师打电话翻译。
访谈者：孙女怎么样？
受访者：孙女懂事，会帮我念通知，念完再用藏话讲给我听。她跳{{trap/minority_word:锅庄}}跳得好，学校让她领舞。她说长大了要当医生，治她阿妈那样的病。我晚上给她唱{{trap/famous:仓央嘉措}}的歌，她跟着哼。
访谈者：钱够用吗？
受访者：够吃饭。补助、低保加起来两千多。{{han:甘守岳}}在里面写信来，说出来了好好干活。他爸{{han:甘土金}}七十多了，腿不好，住在城里大儿子{{han:甘守山}}家，过年来看一回。
访谈者：登记信息请您说一下。
受访者：住在{{address:屏南县双溪镇北门街47号}}，老家是{{address:理塘县濯桑乡阿加村三组11号}}。我身份证{{id_number@wy1961.513334}}，孙女的{{id_number@wy2014fwspaced.350923}}。我没有手机，有事打{{han:陆蕙芬}}的电话{{mobile@plus86dash}}，孙女的电话手表是{{mobile@s74}}。{{minority/tibetan:泽仁翁加}}帮我开了个微信，叫{{wechat:Qutsong_Litang}}。孙女有QQ，号码她写在我手背上教我认：{{qq:２９４０６１７３５８}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上我是{{spaced:呷　绒　曲　宗}}，孙女写成{{spaced:甘 雍 宗}}，孙子写成{{spaced:甘 呷多}}。
访谈者：您最盼什么？
受访者：盼女婿早点出来，我就回草原去。娃娃我舍不得，可草原上还有我儿子，还有我老伴的坟。
""")

# H1667: Hui mother from 西吉 married in 富溪镇 (柘荣); her Han husband fell from scaffolding and is paralysed; she
# cuts paper in a workshop.
DOCS["H1667"] = ("family", """\
访谈者：大姐，您是宁夏人？
受访者：{{trap/place:西吉}}的。我汉名叫{{han:拜玉苗}}，经名{{minority/hui:海丽米}}。这边人以为海是我的姓，还有人问我是不是{{trap/famous:海瑞}}的后人，我就笑笑。嫁过来以后，村里都跟着我男人喊我{{han:袁嫂}}。
访谈者：怎么嫁到柘荣来的？
受访者：十几年前我在{{trap/place:晋江}}鞋厂打工，认得了我男人{{han:袁丰收}}。他是{{trap/place:富溪镇}}人，家里种茶。我阿大起先不同意，说吃不到一起，后来看他实诚，才点了头。{{han:袁丰收}}到现在一口猪肉都不碰，跟着我吃。
访谈者：您丈夫现在……
受访者：前年他在工地上从架子上摔下来，腰断了，下半身没知觉，一级残疾，两项补贴都办了。那年茶叶{{trap/word:丰收}}，他还讲要翻盖老厝，结果人先倒了。家里靠低保，我在剪纸作坊做工。
访谈者：孩子呢？
受访者：一儿一女。儿子学名{{han:袁梓骞}}，经名是我阿大起的，叫{{minority/hui:玉素甫}}，十三岁，是袁家的{{trap/word:长孙}}，在{{school:柘荣县第一中学七年级（3）班}}。女儿学名{{han:袁若蘅}}，经名{{minority/hui:素菲叶}}，九岁，在{{school:柘荣县实验小学三年级（5）班}}。学校发奖状，老师把两个名字拼到一起，写成{{minority/hui:袁素菲叶}}，她拿回来笑了好几天。
访谈者：孩子们有困境儿童补助吗？
受访者：有。社区的{{han:孔令蘅}}帮我们报的，每人每月{{trap/number:六百八十五块}}。{{han:孔令蘅}}说，家里大人重残，孩子就能报。县民政局的{{han:却秀兰}}却讲材料差一张诊断书，我又跑了三趟医院，后来是{{han:却秀兰}}自己打电话到医院问，才补齐。
访谈者：您在剪纸作坊做什么？
受访者：剪窗花、剪喜字、剪十二生肖。师傅{{han:游翠琴}}手把手教的，她讲我手巧。我把我们西吉的花样也剪进去，牡丹、石榴、葡萄，{{han:游翠琴}}说这叫回汉一家。柘荣剪纸有名，游客来了要买，老板{{han:吴筱萍}}给我计件，一个月两千出头，活能拿回家做，我好照顾男人。
访谈者：剪纸作坊里都是什么人？
受访者：多是本地的婶子、嫂子，还有两个跟我一样嫁过来的外地媳妇，一个贵州的，一个四川的。我们边剪边聊，聊孩子，聊男人，聊过年回不回娘家。{{han:游翠琴}}讲，剪纸要心静，心一乱，剪刀就歪。我剪的时候最静，什么都不想。
访谈者：做礼拜方便吗？
受访者：柘荣没有寺，过节要去{{trap/org:福州清真寺}}，一来一回一整天。平时我就在家里做{{trap/word:礼拜}}，男人躺在床上看着，也不说什么。娃娃们跟着我封斋，儿子今年封了十天，瘦了一圈，我心疼，他讲他是男子汉。
访谈者：丈夫谁照顾？
受访者：我。一天翻三回身，擦身子、接屎接尿。他心里苦，有时候冲我发火，发完又哭，讲拖累我了。县医院康复科的{{compound:长孙鹤年}}教我给他按腿，社工{{compound:欧阳叶舟}}每月来一回陪他说话，志愿者{{compound:皇甫静言}}帮儿子补英语。
访谈者：孩子们怎么样？
受访者：儿子懂事，放学先帮他爸翻身再写作业。他跟我讲，妈，我以后学医，给爸治腰。学校食堂没有清真窗口，{{han:袁梓骞}}就自己带饭，一个饭盒装米饭，一个装我炒的土豆牛肉。班主任{{han:郑英才}}才来一年，跑来我家两回，问娃在学校吃得饱不饱。女儿爱跟我学剪纸，剪了个胖娃娃抱鱼，贴在她爸床头。
访谈者：您一个人撑，累不累？
受访者：累。有时候夜里睡不着，坐在门口看山。可想想娃，又觉得能撑。对门的{{han:袁金凤}}是我男人的堂嫂，天天过来帮我给男人翻身，{{han:袁金凤}}讲，一家人不讲两家话。
访谈者：老家那边呢？
受访者：我阿娘{{minority/hui:再娜白}}七十了，腿脚不好，隔几天就打电话来，叫我带娃回去过{{trap/minority_word:开斋节}}。弟弟{{han:拜志祥}}在{{trap/place:固原}}跑车，寺里都叫他{{minority/hui:拜达乌德}}，每年寄两箱枸杞、一袋{{trap/minority_word:馓子}}。他儿子{{minority/hui:拜穆萨}}跟{{han:袁梓骞}}一样大，两个娃在视频里比谁高。我教娃娃炸{{trap/minority_word:油香}}，女儿把面团捏成小兔子。
访谈者：登记信息请您说一下。
受访者：家在{{address:柘荣县富溪镇前洋村后门厝21号}}，作坊在{{address:柘荣县双城镇仙屿路58号}}。我身份证{{id_number@wy1986spaced.640422}}，我男人的{{id_number@my1979fwhyphen.350926}}。我电话{{mobile@plain}}，{{han:孔令蘅}}的{{mobile@fws}}。我微信{{wechat:haolimi_bai}}，儿子的QQ是{{qq:826405173}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上我男人写成{{spaced:袁 丰 收}}，女儿写成{{spaced:素 菲 叶}}，我在低保表上是{{spaced:拜　玉苗}}。
访谈者：最后还想说什么？
受访者：想谢谢{{han:孔令蘅}}，她跑得最多。我男人讲，等他能坐轮椅了，要跟我回西吉看看我阿娘{{minority/hui:再娜白}}。
""")

# H1668: Kazakh grandfather from 特克斯 who leads tourists' horses on 鸳鸯草场 (柘荣) and raises his orphaned
# grandchildren; their father died on an icy road, their She mother of leukaemia.
DOCS["H1668"] = ("family", """\
访谈者：大爷，您在草场上做什么？
受访者：牵马。游客来了骑马，我牵着走一圈，一圈二十块。我叫{{minority/kazakh:加那布尔·别尔德汗}}，老家{{trap/place:伊犁}}{{trap/place:特克斯}}。这边人念不全，都喊我{{minority/kazakh:加爷}}。
访谈者：怎么会到柘荣来？
受访者：我儿子{{minority/kazakh:哈再孜·加那布尔}}先来的。{{trap/place:鸳鸯草场}}要会骑马的人，他来当马术教练，在这边娶了个畲族媳妇，叫{{han:雷翠娥}}。生了两个孩子，我和老伴就过来帮着带。这边的山比我们那边矮，草也短，可是雾大，早上起来像在云里。
访谈者：孩子的爸爸妈妈……
受访者：都不在了。{{han:雷翠娥}}前年得了血癌，在{{trap/org:协和医院}}治了一年多，没留住。去年冬天我儿子开车下山，路上结冰，车翻到沟里。两个孩子现在是孤儿，民政给报了孤儿基本生活费，一个孩子一个月{{trap/number:一千八百二十五}}。
访谈者：孩子们叫什么？
受访者：孙子{{minority/kazakh:努尔森·哈再孜}}，十岁；孙女{{minority/kazakh:焦勒潘·哈再孜}}，六岁。各种表格各写各的，学校写{{minority/kazakh:努尔森‧哈再孜}}，医院写{{minority/kazakh:努尔森・哈再孜}}，医保卡上是{{minority/kazakh:努尔森.哈再孜}}，户口本上干脆没有点，{{minority/kazakh:努尔森哈再孜}}。孙女跟她妈落的户，叫{{minority/kazakh:雷焦勒潘}}，我们喊她{{minority/kazakh:潘潘}}。
访谈者：他们在哪里上学？
受访者：孙子在{{school:柘荣县城关小学四年级（6）班}}，班主任{{han:袁玮琳}}老师对他好，下雨天开车送他回来。孙女在{{school:柘荣县实验幼儿园大班（1）班}}。
访谈者：谁在帮你们？
受访者：外婆家是畲族村，儿童主任{{han:钟桂兰}}常来，她讲{{han:雷翠娥}}是她看着长大的。县民政局的{{han:却秀兰}}来核过两回，说孤儿的钱一分不能少。草场经理{{han:章培松}}让我接着干儿子的活，他讲只要我牵得动马，就有我一份工。社工{{compound:诸葛青崖}}每个礼拜来陪孙子写作业，孙子说要学{{trap/famous:诸葛亮}}，当军师。
访谈者：孩子们怎么样？
受访者：孙子不爱说话，他爸走了以后，每天放学就跑到马圈里，抱着他爸那匹枣红马。{{minority/kazakh:努尔森}}讲，马记得他爸。孙女小，还不懂，问奶奶爸爸去哪里了。老伴{{minority/kazakh:卡丽芭努}}就讲，去天上放马了。
访谈者：老伴身体好吗？
受访者：血压高，听不懂这边的话，出门就怕。她天天给孩子炸{{trap/minority_word:包尔萨克}}，孙女爱吃，孙子嫌油。隔壁的{{han:蓝水莲}}教她用电饭锅，{{han:蓝水莲}}的孙子{{han:蓝浩铭}}跟我孙子一个班。
访谈者：家里还有别的亲人吗？
受访者：小儿子{{minority/kazakh:托合塔尔·加那布尔}}在特克斯放羊，想把孩子接回新疆。可孩子外公{{han:雷石根}}舍不得，讲这是{{han:雷翠娥}}留下的骨肉，外婆{{han:钟秀钗}}天天送菜过来。两家为这个吵过，后来{{han:钟桂兰}}来调解，说先让孩子读完小学再讲。
访谈者：您自己呢？
受访者：六十六了，还牵得动马。草场上养了几十只羊，有一只{{trap/word:公羊}}角很长，游客都爱跟它合影。社工站还有个姑娘叫{{compound:公羊晓晴}}，第一回来她自我介绍，孙子笑得直打滚。我给孙子讲{{trap/famous:江布尔}}的诗，讲{{trap/minority_word:叼羊}}，讲我们那边的{{trap/minority_word:阿肯弹唱}}。
访谈者：孩子们还记得爸爸妈妈吗？
受访者：孙子记得。他把他爸的马鞍擦得亮亮的，挂在床头。孙女只记得她妈，她妈生病那年她四岁，天天趴在病床边上。老伴把她妈的一件花衣服改成小褂子给她穿，她穿上就不肯脱。
访谈者：孤儿的钱够用吗？
受访者：够吃穿。学费免了，午饭学校管，医保民政给交了。就是我们两个老的，在这边没有养老金，老家的钱取出来要跑银行。{{han:却秀兰}}帮我问过，说可以申请临时救助，我还没去办。
访谈者：冬天怎么过？
受访者：冬天游客少，草场没活，一个月就拿一千多。我去茶厂帮人搬茶包，茶厂老板{{han:孔祥旺}}给我一天一百。晚上回来，孙子已经把饭煮好了，孙女趴在桌上睡着了。我看着他们，就想起他们爸爸小时候。
访谈者：登记信息请您说一下。
受访者：住{{address:柘荣县东源乡鸳鸯草场职工宿舍3号}}。我身份证{{id_number@my1959.654027}}，孙子的{{id_number@my2015x.350926}}。我电话{{mobile@plus86}}。孙子用他爸的旧手机上QQ，号码是{{qq:73019586}}。小儿子的微信叫{{wechat:Toqtar_Tekes}}。
访谈者：名字在表上写得对吗？
受访者：不对。医保表上孙子是{{spaced:努 尔 森 · 哈 再 孜}}，孙女是{{spaced:焦勒潘 · 哈再孜}}，我是{{spaced:加那布尔 ‧ 别尔德汗}}。
访谈者：您最盼什么？
受访者：盼孙子长大了骑着马回特克斯，去他爸出生的那片草场看看。
""")

# H1669: She 儿童主任 of a village in 宅中乡 (柘荣) reading out her list.
DOCS["H1669"] = ("staff", """\
访谈者：{{han:钟姆}}，您做儿童主任几年了？
受访者：七年了。我叫{{han:钟桂兰}}，畲族，就在{{trap/place:宅中乡}}这个畲村。村里细囝都喊我{{han:钟姆}}，老人家喊我{{han:依桂}}。本子我带来了，一户一户讲给你听。
访谈者：好，您讲。
受访者：第一户，凉山来的{{minority/yi:吉勒伍沙}}，手伤了，老婆回凉山没回来，两个细囝报的事实无人抚养。上个月我去，{{minority/yi:老伍}}正在仓库门口劈柴，一只手劈，看得我眼泪都出来了。
访谈者：第二户？
受访者：第二户是孤儿，两姐弟。姐姐{{han:雷秋桐}}十三岁，弟弟{{han:雷秋实}}九岁。爸爸在{{trap/place:霞浦}}海上养鲍鱼，台风天落了海，妈妈早几年病死了。跟爷爷{{han:雷金水}}过，{{han:雷金水}}七十四，耳朵背，讲话要喊。两个孩子孤儿基本生活费每人每月{{trap/number:一千七百五十块}}。住{{address:柘荣县宅中乡溪坪村上厝7号}}，姐姐的身份证{{id_number@wy2012fwhyphen.350926}}。
访谈者：第三户？
受访者：第三户{{han:蓝正}}正在里头，偷电缆判了四年。老婆{{han:吴玉钗}}跟人走了，孩子{{han:蓝天翊}}跟奶奶{{han:钟水妹}}过。{{han:蓝天翊}}画画好，上回画了一片{{trap/word:蓝天}}，底下一座房子，讲是等他爸回来住的。报的是服刑人员子女补助，他在{{school:宅中乡中心小学三年级（1）班}}。
访谈者：第四户？
受访者：第四户你们去过，新疆来的{{minority/kazakh:加爷}}，孙子孙女都是孤儿。妈妈{{han:雷翠娥}}是我们村嫁出去的，我看着她长大。两个细囝的外公{{han:雷石根}}就住村口。
访谈者：还有吗？
受访者：{{han:雷宝娇}}，第五户，女，十岁，眼睛天生看不见，两项补贴都有。她爸{{han:雷新旺}}在外面做油漆，她妈{{han:兰月娇}}在家带她，兰花的兰，跟我们蓝姓本是一家。住{{address:宅中乡际头村三组9号}}，她妈的电话{{mobile@fullwidth}}。
访谈者：这些户都谁在跟？
受访者：乡里民政的{{han:池得胜}}总管，他一个人管全乡，跑不过来。社工站派了个小姑娘叫{{compound:南宫悦}}，跟第二户、第五户；还有个{{compound:申屠砚农}}，跟第三户。县里那个{{compound:西门听澜}}是做心理的，每个月来一回，在{{trap/place:村西门口}}那棵老樟树下给细囝们上课。
访谈者：补助怎么发？
受访者：打到一卡通上。我每个月十号挨家问一遍，到没到，有没有被扣。老人不会看短信，我就陪着去{{trap/org:柘荣农信社}}打流水。去年{{han:雷金水}}的钱被他侄子{{han:雷文彬}}取了，我去要了三回，把{{han:雷文彬}}骂得抬不起头，钱才退回来。
访谈者：平时怎么发现这些孩子？
受访者：一靠学校，二靠邻居，三靠自己走。我们村散，十几个自然村挂在山上，最远的走路要一个钟头。我每个月把每户走一遍，看谁家大人病了、谁家大人不在了、谁家细囝没去上学。下雨天路滑，摔过好几回，膝盖上现在还有疤。
访谈者：村里的畲族细囝跟外地来的细囝玩得来吗？
受访者：玩得来，细囝不分这些。凉山那家的女儿跟{{han:雷小满}}天天一起走，新疆那家的孙子教村里细囝骑马，村里细囝教他们唱畲族的山歌。三月三那天，几个民族的细囝坐一桌吃饭，我拍了张照片，挂在村部墙上。
访谈者：您觉得还缺什么？
受访者：缺人。一个儿童主任管全村，补贴一个月几百块，还要管妇女、管残疾人、管低保。还缺懂心理的，细囝心里的事，我们看不出来，也不会讲。社工一个月才来一回，不够。
访谈者：孩子们知道自己是困境儿童吗？
受访者：大的知道，不喜欢这个叫法。我上门不当着同学的面，填表也不在学校填。{{han:雷秋桐}}跟我讲，{{han:钟姆}}，你莫跟我同学讲。我讲放心，我嘴巴紧。三月三村里唱{{trap/minority_word:畲歌}}，我让细囝们都穿上{{trap/minority_word:凤凰装}}上台，不分谁家有谁家没有。
访谈者：您自己家呢？
受访者：老公{{han:蓝长福}}在{{trap/place:福安}}做电机，一个礼拜回一次。儿子读高中住校。有时候我忙到晚上十点，饭都是婆婆煮的，婆婆讲，你给人家带细囝，自家细囝倒给我带。
访谈者：您的联系方式？
受访者：我电话{{mobile@p86h}}，工作微信{{wechat:zhonggl_shecun}}。{{han:雷秋桐}}有个QQ，号码是{{qq:1538206947}}，她在上面跟我讲心里话。
访谈者：名单上的名字写得对吗？
受访者：错的多。有张表把{{spaced:雷　秋　桐}}写成一个字一个空，社工写成{{spaced:申 屠 砚 农}}，还有把{{spaced:钟 水妹}}、{{spaced:吉勒 依惹}}写成两截的。
访谈者：干这个最难的是什么？
受访者：最难是钱少事多，一户要跑五六趟。可看着{{han:雷宝娇}}摸着盲文书念课文，我又觉得值。我们{{trap/minority_word:山哈}}人讲，一根竹子撑不起一座寮，要大家一起撑。
""")

# H1670: Han child-welfare officer of the civil-affairs bureau of 屏南 county.
DOCS["H1670"] = ("staff", """\
访谈者：{{han:薛股长}}，您在民政局管儿童福利多久了？
受访者：五年了。我叫{{han:薛雯洁}}，县民政局儿童福利股的，乡下人不管我是不是股长，见面都喊{{han:薛股长}}。全县登记的困境儿童三百多个，孤儿四十几个，事实无人抚养的九十多个。
访谈者：您手机一直在响。
受访者：全县十一个乡镇的儿童主任都在一个群里。你看，{{trap/place:棠口乡}}的{{han:宋碧霞}}发来一张表，{{han:宋碧霞}}就是急性子，表没填完先发过来。{{trap/place:双溪镇}}的{{han:陆蕙芬}}问藏族奶奶那户批了没有。
访谈者：那户怎么样了？
受访者：批了。奶奶叫{{minority/tibetan:呷绒曲宗}}，带着孙子孙女，爸爸服刑，妈妈病故，按事实无人抚养。难的是奶奶户口在理塘，跨省，我给{{trap/org:理塘县民政局}}打了七八个电话，那边一个叫{{minority/tibetan:益西泽翁}}的干部帮我们开了证明。上回去双溪，孙子拉着我讲，你给我阿爸带句话，我会写一百个字了。
访谈者：还有别的少数民族家庭吗？
受访者：有。{{trap/place:代溪镇}}有户回族，从{{trap/place:海原}}来养牛的。男人{{han:杨占鳌}}，寺里的人叫他{{minority/hui:杨阿尤布}}，去年被牛顶伤了腰，瘫在床上。老婆{{minority/hui:如给叶}}一个人喂三十头牛，带三个娃。大女儿学校写成{{minority/hui:杨阿米乃}}，在{{school:屏南县代溪中心小学六年级（1）班}}。{{han:杨占鳌}}评了残疾，两项补贴，三个娃报了困境儿童。{{trap/place:熙岭乡}}茶场还有个彝族妈妈{{minority/yi:沙马尔果}}，男人在工地摔死了，老板跑了，赔偿一分没拿到。大儿子{{minority/yi:沙马拉格}}懂事，放学背着妹妹去茶场找妈。律师{{compound:乐正清}}正在帮她打官司。
访谈者：汉族家庭呢？
受访者：多数是汉族。像{{trap/place:路下乡}}的{{han:周明岚}}，爸妈都吸毒，一个在戒毒所，一个找不到，跟太婆过。太婆九十了，{{han:周明岚}}才十岁，饭都是她煮。{{trap/place:岭下乡}}的{{han:韩小禾}}，爸爸打老婆打孩子，是被{{han:柯所长}}带走的，妈妈{{han:叶宛珍}}带着她住进{{trap/org:县妇联}}的庇护所。
访谈者：你们股里几个人？
受访者：三个。我、{{compound:司马云岫}}，还有个借调来的{{compound:宇文霁}}。福利院院长姓轩辕，叫{{compound:轩辕立恒}}，乡下老人听了都笑，说跟{{trap/famous:轩辕黄帝}}一个姓。
访谈者：这么多户，管得过来吗？
受访者：靠儿童主任，靠学校，靠QQ。我自己的QQ是{{qq:4052836917}}，孩子们有事直接找我。{{han:周明岚}}就是半夜在QQ上给我发“太婆喊不醒了”，我跟{{han:柯所长}}连夜赶过去，送到县医院，抢回来了。
访谈者：钱是怎么核的？
受访者：每年两回，入户、看房子、查收入、问邻居。事实无人抚养要看爸妈两边，一边死亡失踪，一边重残、服刑、强制戒毒，缺一张证明都批不下来。有的证明要到外省去开，打电话、寄函，一等就是一两个月。这期间孩子不能没饭吃，我们先用临时救助垫上。
访谈者：孩子们心里的事谁管？
受访者：这是我们最弱的。县里就一个心理咨询师，还是兼职的。有的孩子爸妈出了事以后不讲话，成绩一落千丈，老师以为是懒。我们现在每年请人来给儿童主任和班主任上两回课，教他们看哪些信号要当心：不吃饭、不睡觉、突然把心爱的东西送人。看到了就报上来，我们请社工上门。
访谈者：这几年有什么变化？
受访者：标准年年涨，事实无人抚养现在跟孤儿散居的标准一样。以前好多户不知道能报，以为爸妈都死了才算。这两年我们下去宣讲，村里贴海报，学校发告知书，一年多报了三十几户。学校也变了，每个困境儿童都有一个老师结对，{{trap/place:古峰镇}}一小的{{han:郑婉清}}老师一个人结了五个。
访谈者：有没有难办的？
受访者：有。有的爸妈不肯签字，怕人家讲闲话。{{trap/place:甘棠乡}}有个爸爸{{han:黄振坤}}，讲我们要把他娃抢走，拿锄头把我们挡在门外，后来他堂哥{{han:黄振乾}}出面，才让我们进门。
访谈者：您留个联系方式？
受访者：办公室接民政热线{{trap/hotline:12349}}，找我本人就打手机，我电话{{mobile@plus86spaced}}，{{compound:司马云岫}}的{{mobile@p86n}}。我的工作微信{{wechat:wxid_xwj3n8p2q5}}。{{minority/yi:沙马尔果}}的身份证我这里有：{{id_number@wy1989spaced.513436}}，她住{{address:屏南县熙岭乡茶场宿舍东排6号}}。{{minority/hui:如给叶}}家在{{address:屏南县代溪镇坑头村牛场边18号}}，她的身份证{{id_number@wy1990.640522}}。
访谈者：表上的名字常写错吗？
受访者：常。{{spaced:沙 马 尔 果}}、{{spaced:杨　阿米乃}}，院长写成{{spaced:轩 辕 立 恒}}，孙子写成{{spaced:甘 呷 多}}。
访谈者：您最想说什么？
受访者：盼县里多招几个社工。这些娃娃里头，最让我放心不下的，是{{han:周明岚}}。
""")

# H1671: Han family-planning and health worker of 长桥镇 (屏南).
DOCS["H1671"] = ("staff", """\
访谈者：{{han:危姐}}，您在镇上具体管什么？
受访者：以前叫计生办，现在合到卫健办，管出生登记、孕产妇随访、疫苗提醒，还有残疾儿童筛查。我叫{{han:危晓岚}}，姓危，{{trap/word:危险}}的危，{{trap/place:长桥镇}}本地人，干了十八年。
访谈者：跟困境儿童有什么关系？
受访者：关系大。哪家孩子生下来没上户口，哪家孩子该打的针没打，哪家孩子查出来听力不好，头一个晓得的往往是我们。我发现了就报民政，报村里的儿童主任{{han:池又新}}，{{han:池又新}}又跑得勤，一般一个礼拜就上门。
访谈者：能举几个例子吗？
受访者：前年{{trap/place:万安桥}}边上有户人家，妈妈{{minority/tibetan:泽央卓措}}是{{trap/place:道孚}}嫁过来的藏族，二胎在家里生，大出血，是我跟村医{{han:卓永杰}}用摩托车送到卫生院的。{{han:卓永杰}}诊所就在桥头，那天半夜他敲我家的门，我鞋都没穿好就跑出去了。孩子后来查出脑瘫。爸爸{{han:黄文炳}}开货车，一年到头不着家。{{minority/tibetan:泽央}}她一个人背着孩子做康复，坐两个钟头车去{{trap/org:宁德市妇幼保健院}}。现在孩子两项补贴有了，困境儿童也报了。
访谈者：孩子叫什么？
受访者：大的女儿{{han:黄沁禾}}，八岁；小的是儿子，户口上叫{{minority/tibetan:黄洛丹}}，随他妈起的藏名，我们喊他{{minority/tibetan:洛丹}}。{{han:黄沁禾}}在{{school:屏南县长桥中心小学二年级（2）班}}，放学先回家替妈妈抱弟弟。
访谈者：还有吗？
受访者：有个彝族妈妈{{minority/yi:吉伍克呷}}，跟男人来茶场采茶，男人回凉山就没再来。她在出租屋里生了个女儿，没有出生证，上不了户口。我们帮她补了出生医学证明，孩子叫{{minority/yi:吉伍拉且}}，户口跟妈妈。后来查出孩子耳朵听不见，是卫生院{{compound:左丘明璐}}医生筛出来的，她讲自己跟写《左传》的{{trap/famous:左丘明}}就差一个字。
访谈者：汉族家庭呢？
受访者：多。像{{han:龚宝来}}家，老婆生完老三跑了，他喝酒，三个孩子饿得去偷人家地瓜。我跟{{han:池又新}}讲了，她把{{han:龚宝来}}叫到村部，当着村支书{{han:宋良弼}}的面签了保证书。还有{{han:郑依清}}，早产，一斤八两，她妈{{han:林美钗}}是智力残疾，外婆{{han:陈秀娇}}带着。
访谈者：孕产妇随访是怎么做的？
受访者：怀孕了要建卡，生之前查几回，生完四十二天里我们上门两回。山里的村子远，有的产妇住在半山腰的老厝里，路只能走摩托。我们带着秤、带着血压计，称孩子，量大人，看看奶水够不够，家里有没有人搭手。有的人家一看就不对，大人哭，孩子瘦，屋里冷锅冷灶，这种我当天就打电话给民政。
访谈者：疫苗提醒是怎么做的？
受访者：系统里到期了就提醒我们，我们挨家打电话。外地来的最难找，电话换了，人搬了，我们就去茶场、工地上找。有一回为了找一个孩子，我跟同事在三个茶场问了一下午，最后在山上的工棚里找到，孩子八个月，一针都没打过。
访谈者：残疾儿童筛查呢？
受访者：新生儿听力、眼睛、心脏，生下来就查。大一点的，幼儿园体检再看一回。查出来了我们帮着跑康复救助，零到六岁的康复费用残联能报大部分。
访谈者：你们镇上有几个人管这些？
受访者：卫健办三个。我、{{compound:濮阳若梅}}，还有个年轻的{{compound:梁丘宁}}。{{compound:濮阳若梅}}一来，人家听她姓濮阳，都问她是不是{{trap/place:濮阳}}人，她讲她是{{trap/place:古田}}的。
访谈者：做这个工作难在哪？
受访者：人家不信你。你上门问孩子打没打针，人家讲关你什么事。{{han:龚宝来}}头一回拿扫把赶我，第二回就让我进门了。有个外地来的爸爸{{han:詹国荣}}，孩子查出先天性心脏病，他不肯签字做手术，怕花钱，后来{{trap/org:县红十字会}}出了两万，{{han:詹国荣}}才签。
访谈者：您留个联系方式？
受访者：健康上的事可以先打{{trap/hotline:12320}}问，找我就打我电话{{mobile@s38}}，我的微信{{wechat:weixiaolan-cq}}。{{minority/tibetan:泽央卓措}}的身份证{{id_number@wy1991fwx.513326}}，她家住{{address:屏南县长桥镇万安村桥头巷5号}}。{{minority/yi:吉伍克呷}}住{{address:长桥镇新村安置房3幢201}}，她的QQ是{{qq:609381724}}。
访谈者：表上的名字有写错的吗？
受访者：有。{{spaced:泽 央 卓 措}}写成四个字分开，{{spaced:濮 阳 若 梅}}也是，{{spaced:吉伍 克呷}}写成两截。
访谈者：您自己有孩子吗？
受访者：有个儿子，在福州读大学。他小时候我天天下乡，他跟着外婆长大，现在跟我不太亲。有时候我想，我照顾了别人家那么多细囝，自己家的倒顾不上。可做这行就是这样，总要有人做。
访谈者：最后想说什么？
受访者：卫健办就三个人，做不完的事，全靠村里的儿童主任。这些年跑得最勤的，是{{han:池又新}}
""")

# H1672: Han bookkeeper of a white-tea cooperative in 楮坪乡 (柘荣) reading out the pay roll and the list of its
# school-aid fund.
DOCS["H1672"] = ("staff", """\
访谈者：{{han:章会计}}，您在合作社管账几年了？
受访者：九年了。我叫{{han:章蕴和}}，姓章，{{trap/word:盖章}}的章，天天就是记账、盖章。合作社在{{trap/place:楮坪乡}}，做高山{{trap/word:白茶}}，采茶季一百多号人，本地的、畲族的，还有凉山、新疆、宁夏、甘孜来的。
访谈者：跟困境儿童有什么关系？
受访者：社里有个助学金，理事长{{han:袁德康}}定的，每年从利润里拿三万，给社员家的困境娃娃。名单跟工资表都是我做的，娃娃的名字我比谁都熟。
访谈者：采茶工的工钱怎么算？
受访者：按斤算。头春的芽最贵，一斤青叶二三十块，手快的一天采五六斤；到了夏秋茶就便宜了。每天傍晚过秤，我坐在茶厂门口记，一个人一页，月底对账。外地来的不会写字的多，我念一遍，她们按手印。
访谈者：外地来的采茶工，孩子放在哪里？
受访者：小的带在身边，背着采茶。大的留在老家，跟爷爷奶奶。带在身边的，茶厂边上有间空房，社里出钱请了个退休的{{han:游老师}}，采茶季帮着看孩子，给大的辅导作业。一个夏天十几个孩子，哭的闹的都有，{{han:游老师}}讲比她当年带一个班还累。
访谈者：能念几个吗？
受访者：我照工资表念。头一个，{{minority/kazakh:沙勒塔纳特·吐尔洪别克}}，新疆来的，男人{{minority/kazakh:吐尔洪别克}}肺上有病，干不了活。儿子{{minority/kazakh:努尔哈那提}}十二岁。工资系统里不认点，打出来是{{minority/kazakh:沙勒塔纳特吐尔洪别克}}，我们平时喊她{{minority/kazakh:沙沙}}。
访谈者：第二个？
受访者：第二个，{{minority/yi:的日莫呷}}，美姑来的彝族。身份证上是这四个字，社里原来的花名册写成{{minority/yi:狄莫呷}}，银行对不上，工资打不进去，我跑了两趟{{trap/org:柘荣农商银行}}才改过来。她女儿{{minority/yi:的日伍呷}}八岁，奶奶在凉山带着，也在助学金名单上。
访谈者：第三个？
受访者：第三个是回族，{{han:虎兰英}}，经名{{minority/hui:盖麦丽}}，宁夏来的。男人在工地摔了，一条腿废了。她手快，一天能采三十斤青叶，茶园里都喊她{{han:虎嫂}}。儿子长得{{trap/word:虎头虎脑}}，在{{school:柘荣县楮坪中心小学六年级（1）班}}。
访谈者：还有吗？
受访者：第四个，{{minority/tibetan:格绒拉珍}}，甘孜{{trap/place:色达}}来的，一个人带两个娃。男人前年在山上挖虫草，摔下崖没了，大的九岁，小的五岁，小的天天跟着她在茶垄里爬。第五个是本地的，种{{trap/word:黄精}}的{{han:黄精华}}
访谈者：他家怎么了？
受访者：{{han:黄精华}}家庭农场种了十几亩黄精，去年滑坡，房子塌了一半，老婆{{han:游兰芝}}腿压断了，女儿{{han:黄一苇}}吓得半年不敢一个人睡。还有个{{han:连翠微}}，男人进去了，她跟我讲，{{trap/word:连翘}}、金银花她都认得，就是不认得字。
访谈者：助学金怎么定？
受访者：理事会定，我做表，{{han:袁德康}}签字，再送到乡里，乡民政的{{han:池得胜}}核一遍。今年县里审计派了{{compound:独孤慕云}}来查账，一笔一笔对。收茶的老板{{compound:鲜于北辰}}捐了五千。社里的农技员{{compound:赫连山}}讲，名单不能贴出去，他帮我想了个编号的法子，只写号不写名。
访谈者：社员们怎么看助学金？
受访者：起先有人讲闲话，说外地人拿本地的钱。理事长开会讲，茶是大家一起采的，钱也是大家一起挣的，娃娃不分哪里来的。后来就没人讲了。有个本地婶子还把自家孙子的旧书包、旧衣服洗干净，送给外地来的孩子。
访谈者：助学金一年给多少？
受访者：一个娃一千到两千，看家里情况。钱不多，可是按时给，开学前一个礼拜一定打到卡上。有一年晚了三天，{{han:黄精华}}跑来问我，是不是社里不给了，我才晓得这点钱对他们有多要紧。这几年白茶好卖，老白茶更值钱，可采茶工从四面八方来，工钱、住宿、孩子上学，事情一年比一年多。我这个会计，管的早就不只是账了。
访谈者：请您念一下登记的信息。
受访者：社址{{address:柘荣县楮坪乡茶岭村茶厂路9号}}。{{minority/yi:的日莫呷}}的身份证{{id_number@wy1990quadx.513436}}。我电话{{mobile@hyphen}}，我的微信{{wechat:zhangyunhe_tea}}，{{han:虎兰英}}的微信{{wechat:wxid_h7q2m9k4c1}}。{{minority/kazakh:努尔哈那提}}的QQ是{{qq:5082719360}}。
访谈者：表上的名字写得对吗？
受访者：常错。{{spaced:沙勒塔纳特 吐尔洪别克}}中间空一格，{{spaced:的 日 莫 呷}}写成四个字分开，{{spaced:格　绒　拉　珍}}也是，审计的名字打成{{spaced:独 孤 慕 云}}。
访谈者：最后您想说什么？
受访者：钱是小事，要紧的是娃娃有人记着。每年发助学金那天，{{minority/kazakh:沙沙}}都带着儿子来，一进门就鞠躬，我心里又暖又酸。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1665,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout211",))


if __name__ == "__main__":
    main()
