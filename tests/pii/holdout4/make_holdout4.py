# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 4 (tests/pii/holdout4/H17-H24 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``      a seeded item given literally (``{{minority:斯日古楞}}``, ``{{qq:2846013579}}``);
* ``{{category@format.region}}`` a seeded number drawn from a seeded generator so that it is well formed (ID
                                 checksum, mobile prefix) without being anyone's (``{{id_number@oldspaced.150725}}``,
                                 ``{{mobile@hyphen}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``     a trap: text that must NOT be annotated. It is written to the transcript as plain
                                 text and listed in traps.csv (for looking at false positives), never in
                                 answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 奶奶, 嘎查达, 阿訇) is
outside the span; a person named only by surname + title (韩主席, 孟大夫, 马阿訇) is annotated as surname + title,
as in P01-P14.

Offsets are Python str offsets into the whole file text (front matter included) as read with
``open(path, encoding="utf-8", newline="").read()``; files are written with ``\\n`` line ends only.
Run ``python tests/pii/holdout4/make_holdout4.py`` to rebuild (deterministic). The script asserts that every
span's text equals the file slice, that gold spans do not overlap each other or a trap, that every occurrence of a
gold string anywhere in the set lies inside a gold span, that numbers are well formed and that each file is
1,500-2,500 characters; it prints the counts per type and category.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import (  # noqa: E402
    KEY_FIELDS,
    TRAP_FIELDS,
    assemble,
    check_digit,
    verify,
    write_csv,
    write_texts,
    written_id,
    written_mobile,
)

HERE = Path(__file__).resolve().parent
RNG = random.Random(4_2024_1205)
FM = "---\nid: {id}\nrole: {role}\nnote: 构造的测试访谈，姓名、号码、账号、学校班级、地址均为虚构。\n---\n"

CATEGORY_TYPE = {
    "han": "person", "spaced": "person", "compound": "person", "minority": "person",
    "address": "address", "school": "school", "qq": "qq", "wechat": "wechat",
    "mobile": "mobile", "id_number": "id_number",
}



def _birth(lo: int, hi: int) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=RNG.randrange((date(hi, 12, 31) - start).days))


def gen_id(fmt: str, region: str) -> str:
    """An 18-digit resident ID with a valid check digit.

    fmt = [age] + [shape]: age child (born 2008-2016), small (2017-2020), old (1944-1960) or none (1965-1992);
    shape plain (or empty), spaced (6 8 4), hyphen (6-8-4), fullwidth, x (plain, check digit X).
    """
    age = next((a for a in ("child", "small", "old") if fmt.startswith(a)), "")
    shape = fmt[len(age):] or "plain"
    lo, hi = {"child": (2008, 2016), "small": (2017, 2020), "old": (1944, 1960), "": (1965, 1992)}[age]
    while True:
        body = region + _birth(lo, hi).strftime("%Y%m%d") + f"{RNG.randrange(1000):03d}"
        check = check_digit(body)
        if (shape == "x") == (check == "X"):
            s = body + check
            break
    return written_id(s, shape)


def gen_mobile(fmt: str, region: str = "") -> str:
    prefixes = ["130", "131", "132", "135", "136", "137", "139", "150", "151", "157", "158", "166", "173",
                "175", "176", "178", "181", "183", "184", "187", "191", "195", "198"]
    s = RNG.choice(prefixes) + f"{RNG.randrange(10**8):08d}"
    return written_mobile(s, fmt)


GEN = {"id_number": gen_id, "mobile": gen_mobile}

MARK = re.compile(
    r"\{\{(?P<cat>[a-z_]+)(?:/(?P<sub>[a-z_]+))?(?::(?P<lit>[^{}]+)|@(?P<fmt>[a-z0-9]+)(?:\.(?P<reg>\d{6}))?)\}\}")

DOCS: dict[str, tuple[str, str]] = {}

# H17: township civil-affairs cadre, 陈巴尔虎旗 (Hulunbuir); a Buryat grandmother raising two grandchildren.
DOCS["H17"] = ("staff", """\
访谈者：请您先说说您的工作。
受访者：我叫{{minority:斯日古楞}}，在陈巴尔虎旗一个镇上管民政，兼着儿童督导员。镇里登记的困境儿童五十三个，散在四个{{trap/mongolian_word:嘎查}}和一个社区里，最远的一家离镇上一百四十里，冬天开车得走大半天。
访谈者：最放心不下的是哪一家？
受访者：{{address:陈巴尔虎旗东乌珠尔苏木查干诺尔嘎查3组}}那家，布里亚特人。孩子的{{trap/mongolian_word:阿爸}}{{minority:巴图·额尔德尼}}喝酒，{{trap/mongolian_word:额吉}}前年走了，两个孩子跟着奶奶{{minority:巴德玛其其格}}过。{{minority:巴德玛其其格}}说她腰不行，羊也放不动了。大的是姑娘，叫{{minority:萨如拉}}，十三岁，在{{school:海拉尔区第四中学初一2班}}住校；小的是儿子{{minority:达喜道尔吉}}，九岁，在{{school:陈旗第二小学三年级（1）班}}。
访谈者：两个孩子自己怎么样？
受访者：{{minority:萨如拉}}懂事，周末回来就生火做饭、挤牛奶。{{minority:达喜道尔吉}}也乖，就是不爱说话。去年冬天他在学校跟人打架，班主任{{han:苗秀云}}给我打电话，我才知道孩子被人骂“没妈的”。{{han:苗秀云}}说孩子打完架一个人在操场上坐到天黑，谁叫也不回教室。
访谈者：镇上都有谁在帮这家？
受访者：嘎查达{{minority:敖特根巴雅尔}}，他家就在隔壁浩特。{{minority:敖特根巴雅尔}}家的媳妇{{minority:其勒木格}}隔两天就送一回奶食。镇妇联主席{{han:韩玉霞}}带人去过三回，{{trap/org:旗民政局}}也来过。我们镇长是{{compound:呼延志宏}}，他定了这家是重点户，我每个月必须去一趟。还有镇卫生院的大夫{{compound:宇文丽娜}}，每季度给奶奶量血压、送药。
访谈者：孩子的父母能联系上吗？
受访者：{{minority:巴图·额尔德尼}}的手机是{{mobile@hyphen}}，十回打八回关机。孩子额吉叫{{minority:娜仁托雅}}，在{{trap/place:满洲里}}的宾馆打工，住{{address:满洲里市南区华埠小区3号楼1单元502}}。她加了我微信，微信号{{wechat:narantoya_0318}}，逢年过节给孩子转点钱。{{minority:萨如拉}}有个QQ，{{qq:2846013579}}，她说跟她额吉就在上面说话。奶奶不会打字，有事就让邻居家的孩子用扣扣给我留言，我的号是{{qq:40719326}}。
访谈者：这家的补贴都有哪些？
受访者：两个孩子按事实无人抚养儿童算，每人每月{{trap/number:1150元}}，奶奶还有低保。钱是够吃饭，可冬天一来就难了。前年那场白灾，雪埋到膝盖，草料运不进去，羊死了二十多只。我跟嘎查的人开着四轮车送了三趟草，路上陷了两回。孩子们那年寒假没回家，在学校过的年，姐姐给奶奶打电话，哭得说不出话。
访谈者：登记材料里有没有什么麻烦？
受访者：有。{{trap/org:民政局}}系统里奶奶的名字录成了{{spaced:巴德玛　其其格}}，中间多了个全角空格，银行那边对不上，补贴卡停了两个月。去年来的社工{{spaced:孟 庆 海}}签名也是一个字一个空格，表交上去又被退回来。后来{{han:孟庆海}}跑了三趟银行才弄好。奶奶的身份证号{{id_number@oldspaced.150725}}，{{minority:达喜道尔吉}}的是{{id_number@child.150725}}，我都抄在本子上，本子锁在档案柜里。
访谈者：学校那边怎么配合？
受访者：{{trap/place:海拉尔}}那边的中学有心理老师，每学期给我发一次情况。小学这边就靠班主任，我跟她说好了，孩子有什么反常就给我打电话，不分白天黑夜。我也跟年轻同事讲，孩子的事不能往群里发，照片也不能发，这是规矩。
访谈者：孩子们平时有什么盼头？
受访者：弟弟就盼着夏天的{{trap/mongolian_word:那达慕}}，想看赛马。去年过生日我们给他买了个蛋糕，他把蜡烛吹了又点上，说从来没过过生日。{{minority:萨如拉}}想考到{{trap/place:呼伦贝尔}}市里的高中，以后当老师。上个月她跟奶奶去{{trap/mongolian_word:敖包}}那儿磕了头，回来跟我说，{{trap/word:包括}}弟弟在内，谁都不许再提她额吉的事。
访谈者：您自己怎么看这份工作？
受访者：说实话累。一年开车跑四万多公里，车是自己的，油钱报一半。可是你去了，孩子跑出来迎你，奶奶把最好的奶豆腐拿出来，你就觉得值。我自己也是奶奶带大的，我阿爸阿妈那时候在外面走场放牧，一走就是大半年。我知道孩子等人的滋味。
访谈者：孩子们的将来您怎么打算？
受访者：先保住上学。姐姐要是考上高中，旗里有助学金，还有个爱心企业每年资助五个孩子，我已经把她的材料报上去了。弟弟还小，得先让他开口说话，学校说下学期给他安排心理老师。
访谈者：您觉得工作上最缺什么？
受访者：缺人。{{trap/mongolian_word:苏木}}上就我一个专干，{{han:韩主席}}也是兼职。{{han:韩主席}}说得对，{{trap/word:关心}}孩子不能光靠发钱。镇里跟{{trap/org:团委}}合办了个周末课堂，请了个大学生志愿者{{minority:图门乌力吉}}，他自己也是牧区出来的，{{minority:图门乌力吉}}说要陪{{minority:萨如拉}}把数学补上来。
""")

# H18: Daur grandmother, 莫力达瓦达斡尔族自治旗; son and daughter-in-law work in Dalian.
DOCS["H18"] = ("family", """\
访谈者：奶奶，您家是达斡尔族吧？
受访者：是，我们是{{trap/place:莫旗}}的老户。我叫{{han:敖淑芬}}，存折上印的是{{spaced:敖 淑 芬}}，字中间都有空。老头子{{minority:额尔很巴雅尔}}走了五年了。
访谈者：家里现在都有谁？
受访者：我跟两个{{trap/word:孙子}}辈的。大孙子叫{{han:沃子轩}}，是家里的{{trap/word:长孙}}，随他爷爷那边的姓；小孙女叫{{minority:德吉玛}}，是她爷爷给起的名。{{minority:德吉玛}}上学以后，学校名单上打成了{{spaced:德　吉　玛}}，中间是大空格。他们爸{{han:鄂海军}}跟媳妇{{minority:苏日格玛}}在{{trap/place:大连}}打工，住{{address:大连市甘井子区泉水街道春和园小区8号楼3单元601}}，一年回来一趟。
访谈者：孩子们在哪里上学？
受访者：大的在{{school:尼尔基第一中学初二（7）班}}，小的在{{school:尼尔基镇第三小学四年级2班}}。我们住{{address:莫力达瓦达斡尔族自治旗腾克镇西瓦尔图村2组17号}}，离镇上三十多里，孩子们住校，礼拜五坐班车回来。
访谈者：孩子有什么让您操心的？
受访者：{{han:沃子轩}}说他爸不管他，上网打游戏到半夜。他扣扣是{{qq:503817264}}，他姑给我看过，上面净是些不三不四的人。{{han:鄂海军}}说了也不听。{{trap/word:何况}}当爸的不在跟前，说话不顶事。
访谈者：小孙女呢？
受访者：{{minority:德吉玛}}身子弱，去年犯了哮喘，是村里{{han:孟大夫}}连夜送到旗医院的。{{han:孟大夫}}家的闺女{{minority:那日苏}}跟{{minority:德吉玛}}同班，两个孩子好得像一个人，{{minority:那日苏}}的妈{{han:何桂琴}}常帮我接送。{{han:何桂琴}}家的电话{{mobile@plain}}，我记在门框上了。
访谈者：您跟儿子儿媳怎么联系？
受访者：{{minority:苏日格玛}}给我装了微信，她的微信号是{{wechat:suriguma88}}，{{han:鄂海军}}的VX是{{wechat:ehaijun_dl2019}}。有时候信号不好，就打{{minority:苏日格玛}}手机，{{mobile@fullwidth}}，这是孙子抄给我的，数字都写得宽宽的。
访谈者：他们打算回来吗？
受访者：说是过两年回来，说了五年了。大连那边挣得多，回来种地不够吃。去年腊月他们回来住了十天，走那天小孙女抱着她妈的腿不撒手，她妈也哭。车开出去老远，孩子还在村口站着。那一冬天孩子都不爱说话，老师打电话问我，我说想她妈了。我能说啥呢，我也想我儿子。
访谈者：平常有谁来看您？
受访者：村里的妇女主任{{han:郭秀梅}}，还有旗里{{trap/org:妇联}}的人。{{han:郭秀梅}}说大孙子这个岁数最要紧，得有人盯着。他同桌{{compound:长孙一鸣}}学习好，{{compound:长孙一鸣}}的爸爸是学校的老师，周末带着两个孩子写作业。学校里还有个心理老师{{compound:南宫丽}}，找{{han:沃子轩}}谈过两回。
访谈者：孩子们还会说达斡尔话吗？
受访者：小的还会几句，大的就不会了。他们爷爷活着的时候天天跟他们说，现在学校里说汉话，手机里也是汉话。我跟大孙子说达斡尔话，他就笑，说奶奶你说的啥。我心里不好受，可也没办法，孩子得考学。
访谈者：孩子们放假都在家干啥？
受访者：帮我干活。大的劈柴、挑水，小的喂鸡、喂狗。秋天我们上山采蘑菇、采榛子，卖了钱给孩子们买衣裳。冬天零下三十多度，屋里烧火炕，孩子们趴在炕上写作业。去年冬天大孙子发烧，烧到四十度，村里的车都出去了，是邻居骑摩托车把我们送到镇卫生院的，我抱着孩子坐在后头，一路上风跟刀子似的。
访谈者：您最担心什么？
受访者：担心我走了以后。我七十一了，还能带几年？儿子说等我干不动了就把孩子们接到大连去，可那边房子小，媳妇还要上班，孩子过去谁管？孩子们也不愿意去，说大连没有江，没有山，没有奶奶。我听了心里又高兴又难受。
访谈者：您自己身体还行吗？
受访者：凑合。血压高，{{trap/word:金贵}}药吃不起。低保一个月{{trap/number:680元}}，打在我卡上，我的身份证号是{{id_number@oldx.150722}}。大夫说我得少吃咸的，可我就爱吃{{trap/minority_word:柳蒿芽}}炖肉。
访谈者：孩子们有什么喜欢的？
受访者：{{han:沃子轩}}打{{trap/minority_word:曲棍球}}，他爷爷年轻时候是旗里的队员。夏天{{trap/place:嫩江}}涨水，我就不让他们去河边。邻居{{minority:巴雅斯胡楞}}会拉四胡，{{minority:巴雅斯胡楞}}也常逗{{minority:德吉玛}}唱歌。旗里的干部说有助学金，让我把材料准备好。我不识几个字，都是大孙子帮我填。他还有个小号{{qq:1208473965}}，专门查学习的东西，他说那个号干净。
""")

# H19: kindergarten teacher, 鄂温克族自治旗 巴彦托海镇; Ewenki, Mongolian and Han children.
DOCS["H19"] = ("staff", """\
访谈者：请您介绍一下您的班。
受访者：我叫{{han:贾慧敏}}，在{{trap/place:鄂温克族自治旗}}的一个幼儿园带大班，班上三十一个孩子，有鄂温克族、蒙古族、达斡尔族、汉族，还有俄罗斯族。园长是{{compound:闻人静}}，保育员是{{compound:澹台秀梅}}。
访谈者：班上有困境儿童吗？
受访者：有五个。最让人揪心的是{{minority:柳德米拉}}，她是从{{trap/place:根河}}那边过来的，爸爸没了，妈妈{{minority:瓦莲京娜}}在外地打工。{{minority:柳德米拉}}她姥姥带着她，姥姥不识字，接孩子签字总签{{spaced:乌　恩}}，我们都叫她{{minority:乌恩}}奶奶。
访谈者：这个孩子在园里怎么样？
受访者：刚来的时候一句话不说，吃饭藏在桌子底下。我给她剪了{{trap/word:刘海}}，她才肯抬头看人。她妈每个月往家里寄钱，微信{{wechat:wxid_3kd81mzq0x}}，有时候半夜给我发语音，问孩子吃没吃饱。
访谈者：另外几个孩子呢？
受访者：{{minority:阿拉腾格日乐}}的爸爸在服刑，{{minority:阿拉腾格日乐}}的妈妈{{han:涂雅琴}}一个人带三个孩子。{{han:涂雅琴}}说她家住{{address:鄂温克族自治旗巴彦托海镇团结小区5号楼2单元301}}，暖气费都交不起。{{minority:孟根达来}}也是单亲，奶奶在{{address:鄂温克族自治旗锡尼河西苏木孟根楚鲁嘎查4组}}放牧，孩子周一送来周五接走。{{minority:孟根达来}}说他最想他阿爸。
访谈者：还有两个？
受访者：一个是{{minority:敖娜}}，她听力有问题，{{trap/org:残联}}给配了助听器。{{minority:敖娜}}她爸{{spaced:涂 志 军}}在签到表上写名字一个字一个空格，后来我才知道{{han:涂志军}}是{{han:涂雅琴}}的哥哥。还有一个汉族小男孩{{han:宁浩轩}}，爸妈离婚，两边都不要。{{han:宁浩轩}}跟着爷爷过，爷爷的手机{{mobile@spaced}}。
访谈者：{{minority:阿拉腾格日乐}}知道爸爸的事吗？
受访者：不知道，家里说爸爸在外地上班。有一回别的孩子说漏了嘴，她回家问妈妈，她妈抱着她哭了一宿。第二天孩子来园里，画了一张画，一家五口坐在桌子边上吃饭。我把画收起来了，放在她的成长档案里。
访谈者：家长们跟你们怎么联系？
受访者：班里有个家长群。{{minority:阿拉腾格日乐}}家用QQ，{{qq:1986032475}}，妈妈不用微信。{{minority:孟根达来}}的奶奶不会用手机，是他叔叔{{minority:乌日根达赖}}替她看群，{{minority:乌日根达赖}}的微信号{{wechat:urgendalai_86}}，电话{{mobile@plus86}}。
访谈者：冬天孩子们来园里方便吗？
受访者：难。我们这儿冬天零下三四十度，有的孩子穿得少，小脸冻得通红。园里攒了一柜子旧羽绒服，谁冷谁穿。小男孩的爷爷骑电动车送他，有一回路上滑倒了，孩子没事，爷爷胳膊骨折了。那一个月是我下班顺路接送的，家长群里有人说闲话，说老师偏心，我也没解释。
访谈者：您自己是怎么走上这条路的？
受访者：我是师范毕业分回来的，干了十四年。刚来的时候只想着教孩子唱歌跳舞，后来才知道，有的孩子来园里是为了吃一顿热饭。有个孩子每天中午把馒头揣兜里带回家，说给奶奶吃。那以后我就留心了，哪个孩子衣服几天没换、哪个孩子早上没吃饭，我都记在本子上。
访谈者：家长会来的人多吗？
受访者：不多，一半都到不了。来的多是爷爷奶奶，听不懂汉话的就让孩子翻译。我们现在把家长会改成了视频的，外地打工的爸妈也能看。
访谈者：园里的老师够用吗？
受访者：不够。一个班两教一保，我们班还缺一个。年轻老师干两年就走，嫌工资低。{{compound:澹台秀梅}}在园里干了十九年，会说鄂温克话、蒙古话、汉话，哪个孩子哭了她都能哄好，这样的保育员{{trap/word:百里挑一}}。
访谈者：孩子们升学的事呢？
受访者：明年都{{trap/grade:上一年级了}}。{{minority:柳德米拉}}要去{{school:巴彦托海镇第一小学}}，我跟那边的老师{{minority:娜日斯格}}打过招呼。{{minority:孟根达来}}的哥哥{{minority:宝力格图}}在{{school:鄂温克旗第二实验小学三年级（4）班}}，答应照顾弟弟。{{minority:敖娜}}的姐姐{{minority:杜拉尔·乌仁}}在{{school:鄂温克旗民族幼儿园中（2）班}}，也是我们系统的。
访谈者：有没有让您高兴的事？
受访者：有。今年{{trap/minority_word:瑟宾节}}我们带孩子们去看{{trap/minority_word:驯鹿}}，{{minority:柳德米拉}}第一次笑出声来。她说长大要回{{trap/place:根河}}，住{{trap/minority_word:撮罗子}}。{{compound:闻人静}}园长说园里照顾得{{trap/word:周到}}点，孩子就能缓过来。孩子的身份证号我们登记了，{{id_number@smallx.150785}}，补助批下来了。
""")

# H20: hospital social worker, 包头; children from Qinghai, Xinjiang and the pastoral areas.
DOCS["H20"] = ("staff", """\
访谈者：请您先介绍一下自己。
受访者：我叫{{han:闫晓蕾}}，在{{trap/place:包头}}一家医院的社工部工作，主要对接儿科和血液科。科里的{{han:窦主任}}管着四十张床，一半是外地来的孩子。
访谈者：最近跟进的是哪些孩子？
受访者：一个是{{trap/place:青海}}来的藏族女孩{{minority:尼玛拉姆}}，白血病，八岁。她爸{{minority:才让东智}}在工地上干活，{{minority:才让东智}}说借遍了亲戚，还差十几万。孩子的身份证号是{{id_number@childhyphen.632123}}，我们拿着去{{trap/org:红十字会}}申请救助。孩子会说{{trap/minority_word:扎西德勒}}，见谁都说。
访谈者：还有呢？
受访者：还有一个维吾尔族男孩，叫{{minority:艾克拜尔江}}，肾病。他家从{{trap/place:乌鲁木齐}}过来，在{{address:包头市昆都仑区阿尔丁大街27号院3号楼1单元402}}租房子。他姐姐{{minority:麦迪娜·吐尔逊}}在{{school:昆都仑区第十五中学初二（3）班}}，每天放学来医院陪床。他们爸爸{{minority:吐尔逊•艾买提}}卖烤馕，我们给他联系了个摊位，他的身份证号{{id_number@plain.650104}}是我帮着登记的。
访谈者：牧区的孩子多吗？
受访者：多。上周来的{{minority:阿木尔吉日嘎拉}}，从{{trap/place:达茂旗}}来，烫伤。{{minority:阿木尔吉日嘎拉}}的额吉{{minority:哈斯图雅}}一个人陪着，汉话说得不好。{{minority:哈斯图雅}}说孩子的阿爸在{{address:达尔罕茂明安联合旗巴音花镇乌兰敖都嘎查2组}}看着家里的羊，来不了。我们找了个蒙古族护士{{minority:乌云格日勒}}给她当翻译，{{minority:乌云格日勒}}也帮她办了医保。
访谈者：汉族孩子呢？
受访者：有对双胞胎，{{han:刘杨梓涵}}和{{han:刘杨梓轩}}，父母是重组家庭，爸爸{{han:刘振东}}说要把两个孩子送人。{{han:刘振东}}他们家的事，{{trap/org:民政局}}已经介入了。护士长{{compound:上官玉洁}}发现孩子身上有旧伤，报了警。还有个小姑娘{{han:陈孙沐阳}}，是{{school:包头市第九中学初一3班}}的，吃了药，抢救过来了。
访谈者：你们怎么跟家属联系？
受访者：多数加微信。{{minority:才让东智}}的微信号{{wechat:cairang_dz1990}}，{{minority:哈斯图雅}}用的是儿子的手机，{{mobile@plus86}}。双胞胎的奶奶住{{address:包头市青山区富强路街道幸福小区21栋4单元102}}，她说有事找她，威信是{{wechat:liunainai_bt}}。{{han:陈孙沐阳}}不肯跟家里说话，只跟病房的志愿者{{compound:夏侯明轩}}聊QQ，她的QQ号{{qq:3305817462}}。{{compound:夏侯明轩}}是大学生，他跟{{han:窦主任}}说，孩子在QQ空间里写过遗书。
访谈者：这些家庭最难的是什么？
受访者：除了钱，就是人生地不熟。藏族那位爸爸刚来的时候连挂号都不会，手里攥着一沓检查单，在门诊大厅转了一上午。外省的医保转诊最麻烦，要回原籍盖章，一来一回就是一个礼拜。有的家长干脆不报了，说跑不起。
访谈者：孩子们在病房里怎么过？
受访者：我们开了个病房小课堂，志愿者每周来三次，讲故事、画画、做手工。化疗的孩子掉头发，女孩子不愿意照镜子，我们就一起戴帽子，护士也戴，医生也戴。志愿者名单上有个{{spaced:白 鹭 洋}}，名字中间空着，是美术学院的，{{minority:尼玛拉姆}}跟着她给每个人的帽子上都画了一朵花。
访谈者：那对双胞胎后来怎么样了？
受访者：民政那边把他们临时安置在{{trap/org:儿童福利院}}，等法院判。孩子伤好了，哥哥话多了，弟弟还是不说话，晚上做噩梦。我们每周去看一次，带着他们在医院认识的护士。
访谈者：出院以后你们还管吗？
受访者：管。出院时我们建随访档案，三个月、半年各回访一次。外地的孩子打电话问，本地的上门看。有的孩子复发了又回来，家长一进门就哭，说{{han:闫老师}}我们又来了。我的工作手机{{mobile@plain}}，家属有急事可以打，半夜也有人打过。做这行最怕的不是累，是孩子走了。去年走了两个，我到现在都记得他们的样子。社工部就三个人管全院，好在每学期有社工系的实习生来，他们年轻，孩子们喜欢。
访谈者：您怎么看这份工作？
受访者：{{trap/historical:鲁迅}}说“救救孩子”，我常想起这句话。钱是一方面，孩子身边得有人。{{minority:艾克拜尔江}}喜欢听{{trap/historical:阿凡提}}的故事，{{minority:麦迪娜·吐尔逊}}就天天给他讲。{{minority:尼玛拉姆}}出院那天，{{minority:才让东智}}给我们每个人献了{{trap/mongolian_word:哈达}}。医院的{{trap/org:水滴筹}}我们不碰，怕出事。{{minority:吐尔逊•艾买提}}说，等孩子好了回{{trap/place:新疆}}，请我们吃抓饭。
""")

# H21: Hui community worker, 吴忠市利通区 (Ningxia); left-behind children.
DOCS["H21"] = ("staff", """\
访谈者：请您说说您的工作。
受访者：我叫{{han:马玉凤}}，回族，在{{trap/place:吴忠}}利通区一个社区当网格员，也是社区的儿童主任。我们这儿留守的孩子多，爹妈去{{trap/place:银川}}、去外省打工。
访谈者：您印象最深的孩子是谁？
受访者：{{minority:阿依舍}}，十一岁，这是她的经名，户口上叫{{han:丁小梅}}。她妈走得早，爸{{han:丁海龙}}在{{trap/place:同心县}}的工地上，一年回来两趟。孩子跟着奶奶{{han:纳秀英}}住在{{address:利通区金积镇田湾村5队}}，{{han:纳秀英}}七十多了，眼睛看不清。{{minority:阿依舍}}家的事都是她一个人张罗。
访谈者：孩子上学怎么样？
受访者：她在{{school:利通区第二十一小学四年级（4）班}}，班主任{{han:海晓燕}}说她成绩好，就是常迟到，因为早上要给奶奶熬药。{{han:海晓燕}}说孩子从来没哭过，这才让人担心。
访谈者：社区还管哪些孩子？
受访者：还有兄弟俩，大的{{minority:尔萨}}，小的{{minority:穆萨}}，户口名是{{han:杨建军}}和{{han:杨建民}}。他们爸{{han:杨占福}}在{{trap/place:新疆}}开饭馆，妈{{minority:法图麦}}去年得了病。{{minority:尔萨}}在{{school:吴忠市第三中学初三2班}}，跟人学着抽烟，弟弟在{{school:利通区第五小学六年级（1）班}}，也跟着学坏。清真寺的{{han:马阿訇}}找{{minority:尔萨}}谈过几次，{{han:马阿訇}}说这孩子心不坏。
访谈者：你们怎么联系这些家长？
受访者：{{han:丁海龙}}的手机{{mobile@plus86dash}}，我一个礼拜打一回。{{minority:法图麦}}的微信号{{wechat:fatumai_wz77}}，她不识字，就发语音。{{han:杨占福}}只用QQ，号是{{qq:672039518}}，后来又换了个号{{qq:2315094687}}，也不说一声。
访谈者：社区里还有谁帮忙？
受访者：我搭档{{spaced:马 成 林}}，他的名牌上就这么印的，中间空开。{{han:马成林}}管低保，我管孩子。街道上还有社工{{compound:申屠建业}}，和{{compound:夏侯玲}}一起办了个四点半课堂，就在{{address:利通区胜利镇裕民小区12号楼1单元201}}，是社区的活动室。{{compound:申屠建业}}说，每天来的孩子有二十几个，他的vx{{wechat:shentu_jy}}就是课堂的报名号。
访谈者：孩子们周末都做什么？
受访者：男孩子周五{{trap/minority_word:主麻}}跟着爷爷去寺里，女孩子在家帮着揉面、炸馓子、喂羊。社区有个图书角，书是{{trap/org:团市委}}捐的，可来的孩子不多，手机比书好玩。我们就把图书角搬到四点半课堂里，写完作业的孩子可以借书回家，借一本盖一个章，攒够十个章换一个书包。这个办法管用，一个月借出去八十多本。
访谈者：学校和社区怎么配合？
受访者：每学期开一次联席会，学校、派出所、社区、村委会都来。哪个孩子连着三天不到校，老师就给我打电话，我上门去看。有一回哥哥跑到银川去了，说去找他爸的朋友打工，我们找了两天，在火车站找着的。孩子十五岁，身上就剩二十块钱。
访谈者：孩子们最需要什么？
受访者：有人陪。{{trap/minority_word:开斋节}}的时候我们给每家送了{{trap/minority_word:油香}}和馓子。{{minority:阿依舍}}拉着我说，{{trap/word:马路}}对面那家的{{minority:赛丽麦}}她爸回来了，她爸也能回来就好了。{{minority:赛丽麦}}她奶奶{{spaced:海　秀　兰}}，登记表上也是这么写的，跟{{minority:阿依舍}}的奶奶是老姐妹。
访谈者：孩子们的心理怎么样？
受访者：憋着。家里管得严，有事不往外说。像那个小姑娘，越懂事越让人心疼。我们请了银川的心理老师来做过一次团体辅导，孩子们画“我的家”，好多孩子画的家里只有奶奶。有个男孩画了一辆大卡车，说他爸开着车在路上，永远在路上。
访谈者：您自己家里也有孩子吧？
受访者：有俩，一个上高中，一个上初中。我白天在社区，晚上还要入户，自己的孩子顾不上，我婆婆帮我带着。我闺女有回说，妈你对别人家孩子比对我还好。我听了心里难受，可这些孩子身边没人，我不管谁管？
访谈者：有没有什么难处？
受访者：{{trap/org:关工委}}和{{trap/org:妇联}}都支持，可钱少。{{trap/word:纳闷}}的是，有的家长宁可给孩子买手机，也不来开家长会。{{han:丁小梅}}的身份证号{{id_number@child.640302}}，{{han:纳秀英}}的是{{id_number@oldx.640302}}，这两天得去办临时救助。一{{trap/word:丁点儿}}的补助也得跑三趟。我就盼着上面多给点人、多给点培训，我们不是学心理的，遇到孩子想不开，不知道咋说话。也盼着外出打工的家长多打打电话，一个礼拜一回也行。
""")

# H22: village doctor, 科尔沁左翼后旗 (Tongliao); Mongolian herder families.
DOCS["H22"] = ("staff", """\
访谈者：您当村医多少年了？
受访者：二十二年。我叫{{minority:宝力格巴特尔}}，在科左后旗一个嘎查卫生室。{{trap/historical:孙思邈}}讲“大医精诚”，我够不上，就是守着这片地方，谁家孩子病了半夜也得去。
访谈者：您这儿困境儿童多吗？
受访者：嘎查里有九个。{{address:科尔沁左翼后旗甘旗卡镇巴嘎塔拉嘎查5组}}有一家，男人没了，女人{{minority:海日汗}}有精神病，三个孩子。大的{{minority:胡日查}}十五岁，在{{school:甘旗卡第二高级中学高一（9）班}}；老二{{minority:陶格斯}}十二岁，在{{school:科左后旗蒙古族实验小学六年级3班}}；老三{{minority:白乙拉}}才五岁。
访谈者：孩子们的妈妈现在怎么样？
受访者：{{minority:海日汗}}也住过院，吃着药，好一阵坏一阵。犯病的时候{{minority:胡日查}}说他就把弟弟妹妹带到我这儿来。有一回她犯病，把孩子的书都烧了。{{minority:陶格斯}}哭着跑来找我，说“{{trap/word:胡说}}，我妈不是疯子”。
访谈者：谁在照顾这家？
受访者：孩子的舅舅{{minority:满都呼}}，住{{address:科尔沁左翼后旗阿古拉镇新艾力嘎查3组12号}}，离得不远。{{minority:满都呼}}家也困难，自己四个孩子。嘎查书记{{han:包金花}}是蒙古族，姓包，她家里帮着种地。苏木的儿童督导员{{han:邢立伟}}每月来一次，{{han:邢立伟}}说要把老三送到{{trap/school_generic:苏木上的幼儿园}}。
访谈者：孩子们看病有保障吗？
受访者：有医保。{{minority:白乙拉}}先天心脏病，去年在{{trap/place:通辽}}做了手术，花了四万多，报了七成。{{minority:海日汗}}的身份证号{{id_number@plain.150522}}，{{minority:白乙拉}}的{{id_number@small.150522}}，报销都是我帮着跑的。
访谈者：村医平时都做哪些事？
受访者：看病、打针、随访，还有公共卫生那一摊子，建档、体检、慢病管理，一样不能少。嘎查里老人多，年轻人都出去了。冬天路不好走，我骑摩托车去，雪大了就骑马。卫生室的药是旗里统一配送的，儿童用药少，好多得去镇上买。
访谈者：孩子们怎么跟外面联系？
受访者：{{minority:胡日查}}有个手机，企鹅号{{qq:1738540296}}，他在上面跟城里打工的表哥{{minority:朝克图门}}说话。{{minority:朝克图门}}的微信{{wechat:chaoketumen_tl}}，他每月给孩子们转两百。老二的班主任{{han:吕彩霞}}说孩子写作文写她妈，全班都听哭了。{{han:吕彩霞}}的电话{{mobile@spaced}}，微信号是{{wechat:wxid_lv5caixia02}}。
访谈者：精神病人的家庭有什么特别的难处？
受访者：孩子背着名声。同学笑话，邻居躲着。老大上初中那几年，谁都不敢往家里领。我在村里开过一次会，讲精神病是病，跟感冒一样得吃药，不是鬼神的事。有的老人听不进去，孩子们倒是听进去了，{{minority:陶格斯}}回家就盯着她妈吃药，一顿不落。
访谈者：嘎查里别的孩子呢？
受访者：还有个{{minority:伊德日}}，爸妈在外地，跟爷爷{{minority:那木吉拉}}过。{{minority:伊德日}}也在{{school:甘旗卡第二高级中学高一（9）班}}，跟{{minority:胡日查}}一个班。{{minority:那木吉拉}}会说{{trap/minority_word:乌力格尔}}，冬天孩子们都去他家听{{trap/historical:嘎达梅林}}的故事。{{minority:伊德日}}他爸的q号{{qq:782416053}}，我一年也联系不上两回。
访谈者：孩子们的营养跟得上吗？
受访者：学校有营养餐，家里就难说了。{{trap/word:金额}}不大的那点补贴，她家都拿去买药了。我每回去都带点鸡蛋、奶粉，嘎查里的人也送肉送面。过年的时候{{trap/org:旗妇联}}送来两袋米、一桶油，孩子们高兴得跟过节似的。牧区的孩子能吃苦，就是缺个人惦记。
访谈者：您对孩子们的将来有什么想法？
受访者：老大学习好，想考医学院，我跟他说考上了学费我出一半。老二爱唱歌，嘎查里办晚会她是主持人。老三还小，心脏手术以后能跑能跳了，天天骑着小木马满院子转。我儿子在{{trap/place:沈阳}}念临床，他小时候我出诊常带着他，坐在摩托车后座上，风里雪里都去过。他说以后回来接我的班。这片草场上的孩子，生了病能有个懂行的人在跟前，就比什么都强。
访谈者：您觉得最难的是什么？
受访者：精神病人家里的孩子没人管。{{trap/word:常用}}药断了就出事。{{trap/org:卫健委}}说要搞家庭医生签约，我签了三百多户。旗医院派来的心理医生{{minority:诺日布・桑杰}}说，这样的孩子得有人常年跟着，{{minority:诺日布・桑杰}}每季度来一趟。{{minority:海日汗}}的妹妹{{minority:其日麦拉}}说她想把三个孩子接走，可她自己在{{trap/place:赤峰}}租房住，{{minority:其日麦拉}}的手机号{{mobile@plain}}，我跟她说等孩子放假再说。苏木医院的{{spaced:阿 拉 坦}}大夫也说，孩子们离不开这片草场。
""")

# H23: Manchu family, 新宾满族自治县 (Liaoning); a grandfather raising his granddaughter.
DOCS["H23"] = ("family", """\
访谈者：大爷，您先说说家里的情况。
受访者：我叫{{han:佟德顺}}，满族，老家就在{{trap/place:赫图阿拉}}城边上。户口本上我的名字是{{spaced:佟 德 顺}}，当年办证的人给打了空格。老伴{{han:关玉梅}}前年走了。儿子{{han:佟海涛}}跟媳妇{{han:那春燕}}离了，那会儿孙女才三岁。
访谈者：孙女现在多大了？
受访者：十二了，叫{{han:佟欣怡}}，在{{school:新宾满族自治县实验小学五年级（2）班}}。她奶奶活着的时候叫她{{trap/minority_word:格格}}，我们满族管姑娘就这么叫。{{han:佟欣怡}}她爸在{{trap/place:沈阳}}打工，又成了家，不大回来。{{han:那春燕}}在{{trap/place:抚顺}}，住{{address:抚顺市顺城区新华街道丽景园小区5号楼2单元301}}，{{han:那春燕}}那边也有了孩子。
访谈者：孩子跟妈妈有联系吗？
受访者：有。她妈的微信是{{wechat:nachunyan1986}}，逢年过节给孩子打个视频。{{han:佟欣怡}}有个QQ，{{qq:2071936458}}，她跟她妈都在上面聊。前些日子有个陌生人用Q号{{qq:956130487}}加她，说能帮她找明星签名，要她家住址。孩子告诉了班主任{{han:富丽华}}，{{han:富丽华}}老师报给了学校。
访谈者：孩子知道爸妈的事吗？
受访者：知道。她十岁那年自己翻出了离婚证，问我，我就跟她说了。她没哭，就说“爷爷，那我跟你过”。那年冬天她把她妈给买的羽绒服锁在柜子里，一回都没穿过。我知道她心里有疙瘩，可她不说，我也不知道咋开口。
访谈者：村里谁帮着您？
受访者：村妇女主任{{han:赫秀兰}}常来。我们住{{address:新宾满族自治县永陵镇二道河子村3组}}，她家就在我家后院。她外甥女{{compound:赫连雪}}在县里当社工，{{compound:赫连雪}}给孩子申请了事实无人抚养儿童的补贴，她的V信{{wechat:helianxue_xb}}我存着。县{{trap/org:民政局}}的{{han:金主任}}来看过两回，{{han:金主任}}说今年补贴涨到一个月一千多。
访谈者：学校那边怎么样？
受访者：学校挺好。老师家访来过两回，还给她申请了营养餐补助。班上搞“一帮一”，她带一个男同学，天天放学留下来讲题。{{trap/place:新宾}}这地方小，谁家什么情况大家都知道，孩子们倒也不欺负她。
访谈者：您平时怎么照顾孩子？
受访者：我做饭不行，就会熬粥、蒸馒头、炖酸菜。孩子自己学着炒菜，十岁就会做饭了。冬天我早上五点起来烧炕，孩子六点半上学，天还黑着，我拿手电送她到村口坐校车，下雨下雪都送。她太懂事了，有啥委屈都憋着。上回考试没考好，一个人躲在仓房里哭，我找了半天才找着。老师说这孩子心思重，得有人疏导。县里的青少年服务站每月来村里一次，给孩子们上心理课，她去了几回，回来话多了点。
访谈者：家里有别的亲戚吗？
受访者：我二闺女{{han:佟丽娟}}在{{trap/place:丹东}}，她儿子{{han:关浩然}}在{{school:宽甸满族自治县第一中学初三（4）班}}，跟{{han:佟欣怡}}最亲。还有个远房的侄子，家谱上写的是{{minority:爱新觉罗·恒瑞}}，我们是一个祖宗，他每年{{trap/minority_word:颁金节}}都回来。
访谈者：您身体怎么样？
受访者：不行了，七十三了，腿脚不利索。我的身份证号{{id_number@oldfullwidth.210422}}，孙女的是{{id_number@child.210422}}。我最怕哪天我走了，孩子没人管。{{trap/word:关键}}是她爸那头靠不住。她姑{{han:佟丽娟}}的手机是{{mobile@hyphen}}，我跟她说好了，我要有个三长两短，孩子就跟她。
访谈者：儿子多久回来一次？
受访者：一年一两回，过年回来待三天就走。他那边的媳妇不乐意他回来，他就偷着给孩子塞点钱。孩子不要，说爷爷有钱。我知道他也难，可孩子是他的，他不能不管。我跟他说，你不回来也行，每个礼拜给孩子打个电话，问问学习，问问吃的穿的，比给钱强。
访谈者：孩子想过将来干什么吗？
受访者：她说想当医生，说奶奶要是早点看病就不会走。我说那你得好好念书，考到省城去。她说不去省城，要考到北京去，把爷爷也接去。我说爷爷哪儿也不去，爷爷就守着这个院子，等你放假回来。
访谈者：孩子平时喜欢什么？
受访者：剪纸。她奶奶教的，剪得可好了，学校还拿去展览。她爱吃{{trap/minority_word:萨其马}}，我每回赶集都给她买。她常问我{{trap/historical:努尔哈赤}}是不是就住咱这儿，我说是，就在这山沟里起的兵。她同桌{{compound:欧阳思远}}也爱听，{{compound:欧阳思远}}他爸{{spaced:欧阳　军}}是县里讲解员。老辈儿过年要祭祖，供饽饽、挂家谱，现在家谱就我一个人会看了。孩子说她长大了要把家谱打成电子的。
""")

# H24: school counsellor, 扎兰屯; online harassment, self-harm, children from Oroqen and pastoral areas.
DOCS["H24"] = ("staff", """\
访谈者：请您介绍一下自己。
受访者：我叫{{han:邵文静}}，在{{trap/place:扎兰屯}}一所中学当心理老师，学校一千六百多个学生，住校的有四百多，不少是从{{trap/place:鄂伦春自治旗}}和牧区来的。
访谈者：您最近处理的个案是什么？
受访者：初二有个女孩，叫{{minority:乌日罕其其格}}，在{{school:扎兰屯市第二中学初二（5）班}}。她在QQ群里被人P了图，说她家穷，说她阿爸是酒鬼。{{minority:乌日罕其其格}}说她不想活了，胳膊上都是划痕。带头的是同班的{{han:常浩宇}}和{{han:孙嘉琪}}，{{han:常浩宇}}建的群，群主QQ{{qq:1592648370}}。
访谈者：您怎么处理的？
受访者：先找孩子谈。她不说话，她的好朋友{{minority:萨日朗}}替她说了。{{minority:萨日朗}}是鄂伦春族，家在{{address:鄂伦春自治旗大杨树镇多布库尔街12号}}，她说群里还有人用小号{{qq:80264513}}骂人。我又找了班主任{{compound:宗政磊}}，{{compound:宗政磊}}说家长群里也在传这张图。
访谈者：家长那边呢？
受访者：{{minority:乌日罕其其格}}的额吉{{minority:额尔德尼其其格}}在牧区，我打了三天电话才打通，{{mobile@plain}}。{{minority:额尔德尼其其格}}说孩子阿爸早就不在家了，她住{{address:扎兰屯市卧牛河镇哈多河村6组}}，离学校一百多里。{{han:孙嘉琪}}她爸{{han:孙立新}}一开始不认，后来看了截图，说回去收拾孩子。我说别打，{{han:孙立新}}也答应了。
访谈者：学校还有类似的事吗？
受访者：有。初一的{{minority:吉如木图}}被网上的人骗去充游戏，家里的{{trap/number:3600元}}全没了。骗子的微信号{{wechat:wxid_x9p2k7rdm4}}，还有个vx：{{wechat:Yexiao_6688}}，我们都报给了派出所。{{minority:吉如木图}}是{{school:扎兰屯市第二中学初一（8）班}}的，爷爷{{minority:孟和乌力吉}}带着他，{{minority:孟和乌力吉}}不会用手机。孩子的身份证号{{id_number@child.150783}}，派出所立案要用。
访谈者：那个被骗的孩子后来怎么样？
受访者：钱追不回来了。孩子怕爷爷骂，好几天不敢回家，在同学家躲着。我陪他回去的，爷爷没骂他，就说了一句“钱没了再挣，人别丢了”。孩子当场就哭了。
访谈者：住校的孩子有什么特别的问题？
受访者：想家，晚上哭。牧区来的孩子一个月回一次家，有的一学期才回一次。手机周一上交、周五发还，很多事就是周末在手机上出的。我们跟宿管老师约好，哪个孩子晚上不睡、不吃饭，第二天就告诉我。去年有个孩子半夜在厕所里划手腕，是宿管发现的，送到医院缝了七针。
访谈者：学校的心理工作怎么开展？
受访者：我一个人，加上兼职的{{compound:拓跋晓雪}}。她是体育老师，跟孩子们处得好。{{compound:拓跋晓雪}}在学校{{trap/word:西门}}那边有个小屋，孩子们都去那儿聊天。教务处的{{spaced:邹 建 国}}帮我排课，他在系统里的名字中间有空格。{{han:邹建国}}说我一周能有两节心理课。
访谈者：家长的配合度怎么样？
受访者：分两种。城里的家长一听孩子有心理问题就急，说我孩子没病；牧区的家长离得远，电话里说一句“老师你多管管”就挂了。我最怕孩子跟我说“别告诉我妈”。有自伤的必须告诉监护人，我只能慢慢跟孩子商量，先说什么、后说什么。
访谈者：您觉得学校最需要改变什么？
受访者：把心理课当回事。现在一到期末，心理课就让给主科了。再一个是老师的观念，有的老师觉得孩子划手腕是“作”，是博关注。我在教师会上讲了好几回，孩子在求救，你得接住。还有宿舍，八个人一间，熄灯以后的事老师看不见，得有高年级的学生帮着看。
访谈者：您自己的联系方式对学生公开吗？
受访者：公开。我的QQ是{{qq:2650371948}}，学生有事可以找我，微信{{wechat:shaowj_xinli}}只给家长，手机{{mobile@spaced}}只在紧急联系卡上。{{minority:萨日朗}}的爸爸{{han:葛长海}}是猎民村的，他说孩子们要是在城里受欺负，就回去过{{trap/minority_word:篝火节}}。
访谈者：有没有让您欣慰的？
受访者：{{minority:乌日罕其其格}}好起来了，现在帮别的孩子。她说“{{trap/historical:上官婉儿}}那么有才的人也受过苦”，这是语文课上学的。她想考{{trap/place:海拉尔}}的师范，当老师。{{trap/org:网信办}}来学校讲过一次，孩子们听得很认真，可过两天又忘了，这事得年年讲。
""")


def item(m: re.Match[str]) -> tuple[str, dict]:
    """The value and fields of one mark (a trap, a literal item or a generated number)."""
    cat, sub, lit, fmt, reg = m.group("cat", "sub", "lit", "fmt", "reg")
    if cat == "trap":
        assert lit is not None, m.group(0)
        return lit, {"kind": sub or ""}
    assert cat in CATEGORY_TYPE and sub is None, m.group(0)
    if lit is None:
        assert cat in GEN and (cat != "id_number" or reg), m.group(0)
        lit = GEN[cat](fmt, reg or "")
    return lit, {"type": CATEGORY_TYPE[cat], "category": cat}


def main() -> None:
    texts, key_rows, trap_rows = assemble(DOCS, FM, MARK, item)
    write_texts(HERE, texts)
    verify(HERE, texts, key_rows, trap_rows)
    write_csv(HERE / "answer_key.csv", KEY_FIELDS, key_rows)
    write_csv(HERE / "traps.csv", TRAP_FIELDS, trap_rows)

    print("files:", {d: len(t) for d, t in texts.items()})
    print("holdout4:", len(key_rows), "gold items,", len(trap_rows), "marked traps")
    print("per type:", dict(sorted(Counter(r["type"] for r in key_rows).items())))
    print("per category:", dict(sorted(Counter(r["category"] for r in key_rows).items())))
    print("traps per kind:", dict(sorted(Counter(r["kind"] for r in trap_rows).items())))


if __name__ == "__main__":
    main()
