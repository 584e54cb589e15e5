# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 5 (tests/pii/holdout5/H25-H32 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any other answer_key.csv / traps.csv).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``      a seeded item given literally (``{{minority:苏布达其木格}}``, ``{{qq:3047261958}}``);
* ``{{category@format.region}}`` a seeded number drawn from a seeded generator so that it is well formed (ID
                                 checksum, mobile prefix) without being anyone's (``{{id_number@woldspaced.513431}}``,
                                 ``{{mobile@plus86spaced}}``); ``.region`` is the six-digit area code of an ID number;
* ``{{trap/kind:literal}}``     a trap: text that must NOT be annotated. It is written to the transcript as plain
                                 text and listed in traps.csv (for looking at false positives), never in
                                 answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a full name (主任, 老师, 大姐, 奶奶) and a particle
or verb written directly after a name (说, 的, 家, 也, 她, 他们) are outside the span; a person named only by
surname + title (牛主任, 冯警官, 罗书记, 关老师) is annotated as surname + title, as in P01-P14.

Offsets are Python str offsets into the whole file text (front matter included) as read with
``open(path, encoding="utf-8", newline="").read()``; files are written with ``\\n`` line ends only.
Run ``python tests/pii/holdout5/make_holdout5.py`` to rebuild (deterministic). The script asserts that every
span's text equals the file slice, that gold spans do not overlap each other or a trap, that every occurrence of a
gold string anywhere in the set lies inside a gold span, that numbers are well formed, that each file is
1,500-2,500 characters and that no gold string was used in an earlier set; it prints the counts per type and
category.
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
    earlier_strings,
    verify,
    write_csv,
    write_texts,
    written_id,
    written_mobile,
)

HERE = Path(__file__).resolve().parent
RNG = random.Random(5_2025_0611)
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

    fmt = [sex] + [age] + [shape]: sex m (odd 17th digit) or w (even), or none; age child (born 2008-2016),
    teen (2009-2012), kid (2013-2016), small (2017-2020), old (1944-1960), mid (1960-1975) or none (1972-1992);
    shape plain (or empty), spaced (6 8 4), hyphen (6-8-4), fullwidth, x (plain, check digit X).
    """
    sex = fmt[0] if fmt[:1] in ("m", "w") else ""
    fmt = fmt[len(sex):]
    age = next((a for a in ("child", "teen", "kid", "small", "old", "mid") if fmt.startswith(a)), "")
    shape = fmt[len(age):] or "plain"
    lo, hi = {"child": (2008, 2016), "teen": (2009, 2012), "kid": (2013, 2016), "small": (2017, 2020),
              "old": (1944, 1960), "mid": (1960, 1975), "": (1972, 1992)}[age]
    while True:
        body = region + _birth(lo, hi).strftime("%Y%m%d") + f"{RNG.randrange(1000):03d}"
        check = check_digit(body)
        if sex and (int(body[16]) % 2 == 1) != (sex == "m"):
            continue
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

# H25: herder mother, 阿巴嘎旗 (Xilingol); husband lost a foot in a blizzard, youngest son born deaf.
DOCS["H25"] = ("family", """\
访谈者：请您先说说家里的情况。
受访者：我叫{{minority:萨仁格日乐}}，家在{{address:阿巴嘎旗别力古台镇宝日胡舒嘎查2组}}，放着三百来只羊、二十几头牛。丈夫{{minority:呼和巴特尔}}前年腊月出去找羊，赶上{{trap/mongolian_word:白毛风}}，在雪窝子里困了一宿，两只脚冻坏了，截掉了一只。{{minority:呼和巴特尔}}的腿好不了，活儿都落到我一个人身上。
访谈者：家里几个孩子？
受访者：三个。老大{{minority:额尔敦陶克陶}}十四了，在{{school:锡林浩特市第五中学初二（6）班}}住校；老二是闺女，叫{{minority:苏布达其木格}}，十一岁；老三{{minority:巴音孟和}}八岁，生下来耳朵就听不见。{{minority:苏布达其木格}}她在{{school:阿巴嘎旗蒙古族小学五年级2班}}，每礼拜五坐班车回来，一进门先帮我挤奶。
访谈者：小儿子的耳朵看过吗？
受访者：看过。{{trap/place:锡林浩特}}的医院看不了，让去{{trap/place:北京}}。是旗{{trap/org:残联}}的{{han:牛主任}}帮着联系的，{{han:牛主任}}说能装人工耳蜗，国家给报一大半。去年秋天做的手术，我陪着{{minority:巴音孟和}}在北京住了二十天。手术那天我在走廊里坐了五个钟头，汉话说不利索，是同病房一个从{{trap/place:赤峰}}来的妈妈帮我跟大夫说的。孩子的身份证号是{{id_number@msmall.152522}}，我抄在一个小本子上，跟户口本放在一起。
访谈者：手术以后怎么样？
受访者：能听见声音了，说话还得慢慢学。旗里没有康复的地方，得去盟里。我姐姐{{minority:塔娜高娃}}住{{address:锡林浩特市希日塔拉街道额尔敦小区7号楼3单元502室}}，孩子平时住她家，每天去康复中心上课。{{minority:塔娜高娃}}家的姑娘{{minority:阿如罕}}上高中了，放学就陪{{minority:巴音孟和}}认字。
访谈者：家里的钱够用吗？
受访者：紧。羊价这两年不好，草场又旱。丈夫有残疾证，每月有点补贴；小的算困境儿童，一个月{{trap/number:800多元}}。去年{{trap/org:医保局}}来人登记，说耳蜗的电池也能报一部分，我把单子都攒着。老大说不念了，要回来放羊。我跟他说，你{{trap/mongolian_word:阿爸}}就是没念书才吃这个苦。{{minority:额尔敦陶克陶}}说他知道，可他心疼我。
访谈者：谁在帮您？
受访者：嘎查达{{minority:朝鲁门巴雅尔}}常来。{{minority:朝鲁门巴雅尔}}家也放牧，忙的时候让他儿子{{minority:特古斯朝克图}}骑摩托来帮我饮牛。苏木的儿童督导员{{han:白玉梅}}是蒙古族，汉姓白，她每月来一趟，签到表上写的是{{spaced:白 玉 梅}}。兽医站的{{minority:道尔吉·宝音图}}冬天给我们拉过两车草。老大的班主任叫{{compound:司空志刚}}，后来{{compound:司空志刚}}给我打电话，说孩子上课老走神。
访谈者：您跟孩子们怎么联系？
受访者：老大有手机，他的QQ号{{qq:3047261958}}，我让他每晚报个平安。我的微信号是{{wechat:sarangerel_aba}}，电话{{mobile@spaced}}。司空老师的V信{{wechat:skzg_xlht05}}我也加上了。
访谈者：丈夫现在怎么样？
受访者：{{minority:呼和巴特尔}}心里苦，喝了酒就骂人。有一回把碗摔了，{{minority:苏布达其木格}}吓得躲到{{trap/mongolian_word:勒勒车}}底下不出来。我跟他说，孩子们都看着呢。他的身份证号{{id_number@mhyphen.152522}}，残疾证也是拿这个办的。前些日子旗里的心理医生来了一趟，跟他说了一下午话，他才肯按时吃药。嘎查里的{{spaced:那 木 罕}}大姐劝过他几回，他也听。
访谈者：冬天是怎么过的？
受访者：冬天最难。雪一大路就断了，班车也停，老大在学校回不来，一个寒假见不着面。去年腊月下了三场大雪，草料不够，准备卖的二十只羊也只好先喂着。苏木派了铲车来开路，{{trap/org:应急管理局}}的人送来了煤。那些天夜里我起来三回看羊圈，闺女就抱着弟弟睡，怕他冷。她说{{trap/mongolian_word:额吉}}你睡吧，我看着炉子。
访谈者：孩子们有什么盼头？
受访者：老大想当兽医，说回来给嘎查里的牲口看病。老二会唱长调，去年{{trap/mongolian_word:那达慕}}上得了第二名，奖了一只羊羔。她说把羊羔养大，卖了钱给弟弟买耳蜗的电池。小的现在会叫“{{trap/mongolian_word:额吉}}”了，他头一回叫的时候，我在{{trap/mongolian_word:蒙古包}}外头哭了半天。
访谈者：还有什么想说的吗？
受访者：牧区的孩子离学校远，离医院也远。{{trap/mongolian_word:苏木}}卫生院就一个大夫，叫{{minority:孟克吉日嘎拉}}，{{minority:孟克吉日嘎拉}}说孩子的事他管不过来。我盼着旗里能有个康复点，不用大老远跑。每年祭{{trap/mongolian_word:敖包}}的时候，我就求这个。
""")

# H26: Kazakh herder uncle, 富蕴县 (Altay); raising his late brother's two children.
DOCS["H26"] = ("family", """\
访谈者：请您先介绍一下您家。
受访者：我叫{{minority:叶尔森别克}}，哈萨克族，在{{trap/place:富蕴县}}放牧。夏天赶着羊上{{trap/place:阿尔泰山}}，冬天下到{{address:富蕴县吐尔洪乡阔克塔斯村3组25号}}的定居点。我弟弟{{minority:叶尔波拉提}}前年去{{trap/place:阿勒泰}}拉草料，车翻了，人没了。弟媳{{minority:阿依达娜}}改嫁到{{trap/place:克拉玛依}}，两个孩子就跟着我过。
访谈者：孩子们多大了？
受访者：大的是男孩，{{minority:达尼亚尔}}，十三岁，在{{school:富蕴县第二中学七年级（4）班}}住校；小的是女孩，{{minority:阿娜尔古丽}}，十岁，在{{school:吐尔洪乡寄宿制学校四年级1班}}。两个孩子在家说哈萨克话，在学校说汉话，大的还帮我看手机上的通知。户口本上写全名，一个是{{minority:达尼亚尔·叶尔波拉提}}，一个是{{minority:阿娜尔古丽·叶尔波拉提}}，后面跟的是他们爸爸的名字。学校花名册上打成了{{spaced:阿娜尔古丽 · 叶尔波拉提}}，点两边都空着，助学金的系统认不出来，退回来两回。
访谈者：孩子们跟妈妈还有联系吗？
受访者：有。{{minority:阿依达娜}}每个月打一回视频，她的微信号是{{wechat:aidana_klmy92}}。她住{{address:克拉玛依市克拉玛依区昆仑路街道友谊小区14号楼2单元601}}，那边的男人不让孩子过去。{{minority:阿娜尔古丽}}她每回挂了电话都不说话，抱着她爸弹过的{{trap/minority_word:冬不拉}}坐半天。
访谈者：家里负担重吗？
受访者：重。我自己也有三个孩子，加上他们两个是五个。我老婆{{minority:沙吾列古丽}}说五个孩子一样待，谁也不许偏。乡里的民政助理{{han:韩胜利}}给两个孩子办了事实无人抚养，每人每月{{trap/number:1200多块}}。{{han:韩胜利}}说钱打到卡上，卡在我手里。我的身份证号是{{id_number@mmid.654322}}，{{minority:达尼亚尔}}的是{{id_number@mteenx.654322}}，办卡的时候都要。
访谈者：孩子在学校怎么样？
受访者：{{minority:达尼亚尔}}学习不错，班主任{{han:杨光明}}说他数学好。{{han:杨光明}}他们班有个援疆来的语文老师，叫{{compound:令狐晓婷}}，{{compound:令狐晓婷}}教孩子们写日记。{{minority:达尼亚尔}}写他爸，写了三页，老师看了哭了。他有个QQ，{{qq:2519038476}}，周末在上面跟他表哥{{minority:努尔兰别克}}说话。他还有个小号{{qq:83016472}}，说是打游戏用的，我让老师帮着看着点。{{minority:努尔兰别克}}在{{trap/place:乌鲁木齐}}上大学，说将来也要回来。
访谈者：小女孩呢？
受访者：她胆子小，夜里做梦喊{{trap/minority_word:阿帕}}。学校的生活老师{{minority:巴合提古丽}}对她好，{{minority:巴合提古丽}}也是没了男人的，两个人说得来。学校离家一百二十里，一个月回来一趟，每回走的时候她都拽着我的袖子，说叔叔你早点来接我。邻居{{minority:卡马力}}会弹冬不拉，{{minority:卡马力}}说她手指头长，教她弹，她现在能弹三首曲子了。
访谈者：村里谁帮着您？
受访者：村支书{{minority:哈那提·加帕尔}}，他把两个孩子报上去了。乡派出所的{{han:冯警官}}来过，问我打不打孩子。我说我们哈萨克人把孩子当眼睛。医生{{han:祁红霞}}每学期给孩子们体检，{{han:祁红霞}}的电话{{mobile@plus86spaced}}，我存在手机里。县里的社工{{spaced:马 合 沙 提}}也来过一回，他在登记本上写名字一个字一个字隔开，我还以为是四个人。
访谈者：孩子们放假了在哪儿？
受访者：跟着我们转场。春天从冬窝子往春牧场走，一走就是半个月，孩子们骑在马上，夜里在路边搭帐篷。老大能帮我赶羊了，一天走四十里不喊累。小的怕冷，我把她裹在皮袄里，放在骆驼背上。路上没有信号，他妈打电话打不通，回来以后{{minority:阿依达娜}}在微信上骂我，说我带孩子受罪。我没回她，孩子们自己跟她说，他们愿意。
访谈者：您最担心什么？
受访者：冬天。我们的{{trap/minority_word:毡房}}冬天住不了，定居点的房子也冷。羊多了草不够，羊少了钱不够。孩子长大要花钱，我怕供不起。我{{minority:叶尔森别克}}活了五十多岁没求过人，为了这两个孩子，往乡里跑了不知道多少趟。
访谈者：孩子们有高兴的时候吗？
受访者：有。{{trap/minority_word:纳吾肉孜节}}的时候亲戚都来，炸{{trap/minority_word:包尔萨克}}，孩子们跑来跑去。去年冬天{{trap/org:县妇联}}送来了棉衣和靴子，一人一套，{{minority:阿娜尔古丽}}舍不得穿，说留着过节穿。夏天牧场上有{{trap/minority_word:阿肯弹唱}}，{{minority:达尼亚尔}}也上去唱了一首，唱的是他爸爸。他说长大了开车去{{trap/place:喀纳斯}}，带妹妹去看湖。
""")

# H27: Korean-Chinese primary-school teacher, 龙井 (Yanbian); parents working in South Korea.
DOCS["H27"] = ("staff", """\
访谈者：请您介绍一下您的班。
受访者：我叫{{han:崔英淑}}，朝鲜族，在{{trap/place:龙井}}一所朝鲜族小学教了二十一年书，现在带五年级，班上十九个学生，十二个孩子的父母在{{trap/place:韩国}}打工，有的一走就是七八年。
访谈者：这些孩子跟谁生活？
受访者：多数跟爷爷奶奶，也有跟姑姑、舅舅的，还有一个是自己住。{{han:朴成浩}}就是这样，十二岁，爸爸{{han:朴哲洙}}和妈妈{{han:金顺女}}都在{{trap/place:首尔}}，{{trap/minority_word:哈尔莫尼}}去年走了，他一个人住{{address:龙井市安民街道龙门小区5号楼2单元301}}。姑姑{{han:朴春子}}在{{trap/place:延吉}}，一个礼拜来一回。{{han:朴春子}}说她自己也有家，顾不过来。
访谈者：一个人住，孩子怎么吃饭？
受访者：早上在学校吃，晚上自己煮方便面。我发现的时候他瘦得不成样子了。有一回他发烧，一个人在家躺了两天，没人知道，第三天没来上学我才去找。门敲不开，是物业的人帮着开的锁，孩子烧得说胡话，嘴里一直喊{{trap/minority_word:阿妈妮}}。我报告了学校，{{trap/org:教育局}}和{{trap/org:民政局}}都来了人。现在他晚饭在我家吃。学籍系统里他的名字是{{spaced:朴　成　浩}}，中间是全角空格，补助申请卡了一个月。
访谈者：班上别的孩子呢？
受访者：{{han:金智勋}}说他妈妈每天晚上九点打视频，可他说着说着就把手机扣下了。{{han:李恩惠}}家的奶奶得了老年痴呆，孩子放学要给奶奶做饭。{{han:玄明哲}}也是跟爷爷过，爷爷{{han:玄东日}}腿脚不好，孩子每天推着轮椅去医院，病历上爷爷签的是{{spaced:玄 东 日}}，一笔一画隔得老开。{{han:全美善}}她爸妈离了婚，两边都在韩国又成了家，孩子寄住在舅舅{{han:全光浩}}家里。
访谈者：孩子们怎么跟父母联系？
受访者：用手机。{{han:朴成浩}}的QQ是{{qq:1850367294}}，他爸的微信是{{wechat:parkcheolsu_kr}}。{{han:金智勋}}他妈用的微信号{{wechat:wxid_j4m8q2t6y0}}，我有事就在上面留言。{{han:李恩惠}}家只有奶奶的老年机，{{mobile@plain}}，打过去常常没人接。
访谈者：父母们回来过吗？
受访者：少。签证、机票都要钱，回来一趟就少挣两个月。有的过年回来待十天又走，孩子哭得比不回来还厉害。有个孩子的妈妈去年回来了一次，走的那天孩子躲在学校厕所里不出来，是我把他拉出来的。我跟家长们说，钱要挣，可电话一天也别断。
访谈者：学校里谁跟您一起管这些孩子？
受访者：副校长{{compound:鲜于成日}}，他当年也是留守的孩子。还有我同事{{compound:皇甫美兰}}，教音乐，{{compound:皇甫美兰}}每周带孩子们排练伽倻琴。心理老师是满族，家谱上写的是{{minority:瓜尔佳·秀琴}}，孩子们都叫她{{han:关老师}}。
访谈者：您自己的孩子呢？
受访者：我女儿也在韩国读书。我也是当妈的，所以明白那些父母，谁也不想把孩子扔下，可在这边挣不着钱。{{han:朴哲洙}}在那边的工厂一个月挣的，够我们这儿干半年。可钱再多，孩子也等不了那么久。我有时候想，这些孩子长大了会不会怨父母。{{han:朴成浩}}说不怨，他说爸妈是为了他。
访谈者：孩子们升初中以后怎么办？
受访者：{{han:朴成浩}}明年上初中，要去{{school:龙井市第三中学初一3班}}，我跟那边的班主任{{han:南英爱}}说好了，让她多照看。{{han:玄明哲}}的哥哥{{han:玄明洙}}在{{school:延吉市第二高级中学高二（5）班}}，他答应每月回来看弟弟。{{han:全美善}}明年转去{{school:延吉市朝鲜族实验小学六年级1班}}，舅舅家在{{address:延吉市河南街道丹英小区12号楼1单元603室}}。
访谈者：您还有什么担心的？
受访者：身份证件。孩子的身份证号{{id_number@mteenspaced.222405}}，户口在奶奶名下，奶奶走了，户主要变更。他姑姑不愿意签字，说怕担责任。还有档案里登记的监护人电话{{mobile@hyphen}}，是他爸出国前的号，早停机了。我们跟{{trap/org:派出所}}商量，先把监护人变更成他姑姑，再说户口的事。
访谈者：有让您高兴的事吗？
受访者：有。{{trap/minority_word:秋夕}}的时候我带孩子们打{{trap/minority_word:打糕}}，那天{{trap/word:全部}}孩子都来了，家长一个没来，我就当了十九个孩子的家长。一个人住的那个孩子打得最起劲，他说长大要当老师，像我一样。我给他们读{{trap/historical:尹东柱}}的诗，“仰望天空，无愧于心”，孩子们都会背。{{trap/place:图们江}}边上开春的时候，我带他们去看冰排，{{han:金智勋}}说等他妈回来也要带她来看。
""")

# H28: Tu grandfather, 互助土族自治县 (Qinghai); son paralysed after a fall on a building site.
DOCS["H28"] = ("family", """\
访谈者：大爷，您先说说家里的情况。
受访者：我叫{{han:祁永福}}，土族，家在{{address:互助土族自治县丹麻镇索布沟村3社12号}}。儿子{{minority:索南当周}}前年在{{trap/place:西宁}}的工地上从架子上摔下来，腰断了，现在躺在炕上。儿媳妇{{minority:才让拉毛}}去{{trap/place:格尔木}}打工，两年没回来了。家里三个娃娃，都是我跟老伴{{minority:吉毛措}}带着。
访谈者：娃娃们多大了？
受访者：老大{{minority:华旦东周}}十四，在{{school:互助县第三中学八年级（5）班}}；老二是丫头，{{han:祁雪莲}}，九岁，在{{school:丹麻镇中心学校三年级（2）班}}；老三{{minority:东珠才让}}五岁，还没上学。学校花名册上丫头的名字是{{spaced:祁　雪　莲}}，中间是大空格。{{minority:华旦东周}}他是长孙，名字是寺里的阿卡起的。
访谈者：儿子现在能干什么？
受访者：干不了啥。{{minority:索南当周}}说他拖累了一家人，好几回不吃饭。医院的单子上把他名字写成{{spaced:索南 当周}}，中间空一格，报销的时候又对不上，跑了三趟县医院。县{{trap/org:残联}}的人来了，给办了残疾证，{{minority:索南当周}}的身份证号{{id_number@mfullwidth.630223}}，办证用的。
访谈者：娃娃们的妈妈有消息吗？
受访者：有时候打个电话。{{minority:才让拉毛}}的手机{{mobile@plain}}，十回有八回不接。她的微信号{{wechat:cairanglamao87}}，丫头在上面给她发语音，说阿妈你回来吧。{{han:祁雪莲}}她把她妈的照片压在枕头底下。
访谈者：儿媳妇那边怎么想？
受访者：她也难。男人瘫了，她一个女人家，回来守着也挣不来钱。她在{{address:格尔木市昆仑路街道金峰小区6号楼2单元402}}跟人合租，在饭馆洗碗。去年冬天寄回来两千块钱，说给娃娃们买棉袄。我不怪她，就是娃娃们想她。
访谈者：村里谁在帮您？
受访者：驻村干部{{han:星海龙}}，姓星，我们土族里有这个姓。{{han:星海龙}}说要给娃娃们申请困境儿童补贴。村医{{han:鲁春梅}}每个月来给我儿子换药。村主任{{minority:官却扎西}}给我们报了低保。县里来过一个社工，叫{{compound:闻人红梅}}，{{compound:闻人红梅}}把三个娃娃的情况都登记了，她的电话{{mobile@spaced}}留在我家墙上。
访谈者：老大怎么样？
受访者：{{minority:华旦东周}}学习中不溜，就是爱跟人打架。班主任{{han:马文斌}}说有人笑话他爸是瘫子。他的QQ号{{qq:726401853}}，他舅舅{{minority:仁青加措}}在上面跟他说了好几回，让他别惹事。他还有个小号{{qq:50983716}}，是跟同学打游戏的，老师说他周末玩到半夜。{{minority:仁青加措}}在{{trap/place:塔尔寺}}那边做唐卡，说放了假带外甥去学手艺。
访谈者：娃娃们上学路远吗？
受访者：远。老大住校，一个礼拜回来一回；丫头每天走四里山路去镇上，冬天天不亮就得出门。村里几个娃娃结伴走，{{han:李秀措}}她爸骑摩托车送过几回。老三想跟着姐姐去，我说等你长到炕沿那么高就让你去。下雪天路滑，我拄着拐棍送到沟口，看着她们翻过山梁才回去。
访谈者：小丫头呢？
受访者：丫头懂事，放了学就喂猪、拌草。她在学校跟同桌{{han:李秀措}}最好，那丫头家也是土族，奶奶{{minority:才让卓毛}}教两个丫头缝{{trap/minority_word:七彩袖}}。丫头说长大了要跳{{trap/minority_word:安召舞}}给她妈看。
访谈者：您身体怎么样？
受访者：七十了，胃不好。老伴腿疼，冬天下不了炕。家里吃的青稞、洋芋都是自己种的，就缺钱。我的身份证号{{id_number@mold.630223}}，老伴的{{id_number@woldx.630223}}，低保都打在我卡上。县上{{trap/org:乡村振兴局}}的人来问过，说可以申请临时救助。我不识字，表都是大孙子帮我填的。
访谈者：娃娃们会说土族话吗？
受访者：老大会说，丫头能听懂，老三只会说汉话。我们土族话没有字，都是嘴上传下来的。我小时候跟着阿爷在{{trap/minority_word:酩馏酒}}坊里干活，一边干一边唱。现在娃娃们在学校学普通话，回来跟我说的也是普通话，我听着高兴，心里又空落落的。
访谈者：您有什么盼头？
受访者：盼着娃娃们念出书来。去年{{trap/minority_word:纳顿节}}，村里唱{{trap/minority_word:花儿}}，老三站在台子底下看得不走。夜里他指着天上的{{trap/word:星星}}问我，阿爸什么时候能站起来。我说快了。{{minority:东珠才让}}就信了，天天去炕边上问。{{trap/place:青海湖}}他没去过，他说等阿爸好了，一家人去看。
""")

# H29: Yi village head, 昭觉县 (Liangshan); orphaned siblings raised by their grandmother.
DOCS["H29"] = ("staff", """\
访谈者：请您先介绍一下村里的情况。
受访者：我叫{{minority:俄木伍各}}，是彝族，在{{trap/place:昭觉县}}一个村当村主任。村子在山上，一百八十多户，年轻人大多去{{trap/place:成都}}、去沿海打工，村里留下的是老人和娃娃。
访谈者：村里困境儿童多吗？
受访者：登记的有十七个。最困难的是{{address:昭觉县四开乡日则洛村2组17号}}那家，三个娃娃的爸爸{{minority:吉伍尔日}}前些年病死了，妈妈{{minority:海来拉且}}改嫁走了，娃娃们跟着奶奶{{minority:阿苦阿芝}}过。老大{{minority:吉伍阿呷}}是女娃，十三岁；老二{{minority:吉伍木呷}}十岁；老三{{minority:吉伍伍沙}}六岁。
访谈者：孩子们上学吗？
受访者：上。{{minority:吉伍阿呷}}在{{school:昭觉县民族中学初一（12）班}}，住校；{{minority:吉伍木呷}}在{{school:四开乡中心校四年级（3）班}}。老三在村里的幼教点，老师是{{minority:曲比阿依}}，{{minority:曲比阿依}}说这个娃娃聪明，就是不肯说普通话。学校登记表上，老大的名字打成了{{spaced:吉 伍 阿 呷}}，一个字一个空格。老大住校以后，学校登记的紧急联系电话是我的，{{mobile@hyphen}}，有事都先找我。
访谈者：奶奶身体怎么样？
受访者：七十多了，眼睛快瞎了。{{minority:阿苦阿芝}}说她死了娃娃们咋办，天天念这个。她的身份证号{{id_number@woldspaced.513431}}，{{minority:吉伍阿呷}}的是{{id_number@wteen.513431}}，办事实无人抚养的时候我拿去乡上的。她不会说汉话，去乡上办事都是我给她翻译。老二懂事，每天放学回来先给奶奶打水、喂猪。
访谈者：村里还有谁管这些孩子？
受访者：驻村第一书记{{han:罗建设}}，是县里派来的。{{han:罗书记}}说娃娃的事是头等大事，每周都去看一回。{{han:罗建设}}还找来帮扶干部{{compound:上官晓雪}}，{{compound:上官晓雪}}是县{{trap/org:妇联}}的，给老大买了新被子。乡上的{{han:冉主任}}管低保，{{han:冉主任}}说今年给这家涨了。
访谈者：娃娃们平时吃什么？
受访者：学校有营养午餐，一天一个鸡蛋一盒奶，娃娃们就靠这个长个子。回到家，奶奶煮洋芋、烧荞粑，一个礼拜吃不上一回肉。县里的{{trap/org:疾控中心}}来给全村娃娃查过身体，好几个贫血。老大说学校的饭好吃，放假她不想回来，又说奶奶一个人在家她不放心。
访谈者：孩子们跟妈妈还联系吗？
受访者：{{minority:海来拉且}}在{{trap/place:西昌}}，她的手机{{mobile@plus86dash}}，过年的时候打过一个电话。老大有个QQ，{{qq:3918260475}}，她说跟她{{trap/minority_word:阿嫫}}在上面说过两回话。还有个微信，{{wechat:jiwu_aga2011}}，是支教老师{{han:邓春雨}}帮她弄的。{{han:邓春雨}}她自己的vx是{{wechat:dengchunyu_lsz}}。
访谈者：村里别的孩子呢？
受访者：还有{{minority:勒格子日}}家，爸爸在外面出了事，娃娃{{minority:勒格拉作}}跟着叔叔{{minority:勒格尔古}}。{{minority:勒格尔古}}家住{{address:昭觉县四开乡日则洛村4组5号}}，离我家不远。县里的表上把他写成了{{spaced:勒格 尔古}}，中间多了个空格。村医{{minority:马海石一}}说{{minority:勒格拉作}}营养不良，个子比同岁的矮一头。{{minority:马海石一}}把他的名字报到县里，每天多给一个鸡蛋。
访谈者：您当村主任这些年，最难的是什么？
受访者：劝学。有的人家觉得女娃读书没用，十四五岁就说亲。我去了一家又一家，坐在火塘边上一说就是半夜。去年有个女娃被家里叫回来，我跟{{han:罗书记}}去了三趟，又请了派出所的人，才把她送回学校。现在她考上了{{trap/place:西昌}}的中专，学护理。
访谈者：您怎么看这些孩子的将来？
受访者：要读书。我们彝族老话讲，{{trap/historical:支格阿鲁}}是射太阳的英雄，可英雄也得先学本事。过去娃娃们十几岁就出去打工，现在不许了，控辍保学，一个也不能少。我跟{{minority:沙马·阿木}}一起劝过好几家，他是村里的{{trap/minority_word:毕摩}}的儿子，说话大家听。{{trap/org:教育局}}今年给村里派了两个支教老师，帮老大弄微信的那位就是其中一个，她说要在这儿待满三年。
访谈者：村里过节的时候孩子们怎么过？
受访者：{{trap/minority_word:火把节}}的时候最热闹，娃娃们穿新衣裳，吃{{trap/minority_word:坨坨肉}}。{{trap/minority_word:彝族年}}杀猪，我们村委会给困难的家里每家送二十斤肉。{{minority:吉伍伍沙}}披着他爸留下的{{trap/minority_word:查尔瓦}}，拖到地上，他还不让人碰。山上种的是苦荞和{{trap/word:马铃薯}}，娃娃们放学就去地里帮奶奶挖洋芋。他们还学会了在手机上看{{trap/place:大凉山}}的视频，说咱们这儿上电视了。
""")

# H30: street-office worker, 包头市东河区; domestic violence, an imprisoned father, a Hui family.
DOCS["H30"] = ("staff", """\
访谈者：请您说说您的工作。
受访者：我叫{{han:乔丽娟}}，在{{trap/place:包头}}东河区一个{{trap/org:街道办}}管民政，辖区里有四个社区，登记的困境儿童二十九个。
访谈者：您印象最深的是哪家？
受访者：{{han:郝淑琴}}家的两个孙子。她儿子判了七年，儿媳妇跑了，两个孩子{{han:郝天佑}}和{{han:郝雨桐}}跟着她。有一回孩子从奶奶的{{trap/word:钱包}}里拿了五十块钱去网吧，老人气得犯了心脏病。{{han:郝淑琴}}说她一个月退休金两千出头，还要还儿子欠的账。她家住{{address:东河区南门外街道铁西小区12栋3单元402室}}，楼道里的灯坏了半年，孩子晚上不敢出门。登记表上她签的是{{spaced:郝　淑　琴}}，字中间空得很大。
访谈者：孩子们怎么样？
受访者：{{han:郝天佑}}上初二，在{{school:包头市第二十四中学初二（3）班}}，成绩掉得厉害。{{han:郝雨桐}}小，在{{school:东河区回民小学二年级1班}}，爱哭。大孙子的身份证号{{id_number@mteen.150202}}，临时救助要用。
访谈者：还有哪些家庭？
受访者：{{han:任建华}}他们家。男人喝了酒就打老婆，孩子{{han:任思远}}护着妈，也挨打。社区主任{{han:高凤英}}说，光今年就报了三回警。派出所的{{han:贺警官}}出了告诫书。{{han:任建华}}在告诫书上签的名是{{spaced:任 建 华}}，三个字分得老开。孩子的妈{{han:闫丽萍}}现在带着孩子住在她姐家，{{address:东河区西脑包街道财神庙社区和顺巷17号}}。
访谈者：辖区里有回族家庭吗？
受访者：有。{{han:马金花}}家，男人跑{{trap/word:高速}}运输出了车祸，她一个人带三个孩子。大儿子经名叫{{minority:优素福}}，上学的名字是{{han:马浩然}}，{{minority:优素福}}说不念了，要去开出租。二闺女{{minority:宰乃白}}在{{school:包头市回民中学初一（2）班}}，{{minority:宰乃白}}学习好，老师说能考上一中。最小的{{minority:哈丽玛}}四岁，{{minority:哈丽玛}}她姥姥帮着带。孩子妈的手机是{{mobile@fullwidth}}，她不识字，电话号码都是孩子存的。
访谈者：您的同事们怎么分工？
受访者：我们街道四个人。一年的工作经费不到两万，买书、买文具都得省着花。网格员{{compound:慕容晓燕}}管入户，社工{{compound:夏侯建军}}管心理疏导，{{compound:夏侯建军}}每周给孩子们上一次课。还有个志愿者{{han:武海洋}}，是退休的老师，{{han:武海洋}}也常去{{han:郝淑琴}}家辅导孩子写作业。
访谈者：平时怎么联系这些家庭？
受访者：建了个微信群。{{han:高凤英}}的微信号{{wechat:gaofengying_dh}}，有事先找她。{{minority:优素福}}的QQ是{{qq:3365029184}}，他说有事就找我。{{han:闫丽萍}}不敢用微信，怕她男人看见，就用QQ，{{qq:1602937548}}。{{han:郝天佑}}有个小号{{qq:470281936}}，他说在上面跟他爸的狱友家孩子聊天，我让社工留意着。
访谈者：孩子们的学习跟得上吗？
受访者：大多跟不上。家里没人管作业，老人不识字，父母又不在。我们在社区活动室办了个晚托班，放学以后孩子们来写作业，志愿者辅导，六点半管一顿饭，饭钱是辖区几家企业捐的。刚开始来五六个，现在来二十多个，有的家长下了班也过来坐一坐，跟我们说说家里的事。
访谈者：工作中最难的是什么？
受访者：家暴的事，家里人不报，我们不知道。{{trap/word:任何}}一个孩子身上有伤，学校都应该报。{{trap/org:居委会}}和{{trap/org:派出所}}现在有联动，可孩子自己不敢说。{{trap/word:许多}}事我们只能等孩子自己开口。有个孩子把挨打的事写在作业本上，老师看见了才报上来。{{trap/historical:孟子}}说“老吾老以及人之老，幼吾幼以及人之幼”，说着容易，做起来难。
访谈者：有没有孩子的情况好转了？
受访者：有。{{han:任思远}}现在住在他姨家，成绩从倒数考到了中游。他妈在超市找了工作，说攒够钱就离婚。孩子有一回跟我说，阿姨，我以后要当警察，谁也不许打我妈。我听了眼泪就下来了。{{han:马金花}}家老大最后也没去开出租，志愿者给他找了个汽修技校，包吃住，他说学好了回来养家。
访谈者：您自己怎么坚持下来的？
受访者：说实话，有时候{{trap/word:毛病}}都累出来了。可是看到孩子笑了就值。去年春节我们带孩子们去{{trap/place:黄河}}边上放风筝，{{han:任思远}}说这是他这辈子最高兴的一天。那天{{han:郭梓依诺}}也去了，是社区主任的外孙女，跟孩子们玩得很好。
""")

# H31: director of a child-welfare institution, 通辽; foster families in the pastoral areas.
DOCS["H31"] = ("staff", """\
访谈者：请您介绍一下福利院。
受访者：我叫{{han:邰凤霞}}，在{{trap/place:通辽}}市{{trap/org:儿童福利院}}当院长八年了。院里现在有六十七个孩子，大多是残疾孩子，还有二十多个寄养在牧区的家庭里。上个月{{trap/place:呼伦贝尔}}的福利院来我们这儿学寄养的经验。
访谈者：孩子们的名字是怎么起的？
受访者：捡来的孩子，以前都随院里姓，姓{{trap/word:国家}}的国，或者姓党。像{{han:国欣然}}，七岁，唇腭裂，做了三次手术；{{han:党晓阳}}十二岁，脑瘫，坐轮椅。现在我们也给蒙古族孩子起蒙古名，{{minority:敖日格勒图}}就是我们的保育员{{minority:其木格玛}}给起的。
访谈者：寄养家庭是怎么找的？
受访者：靠{{trap/org:民政局}}和苏木一起找。{{address:奈曼旗八仙筒镇哈日干图嘎查4组}}有一家，男人叫{{minority:温都苏·阿拉腾}}，女人叫{{minority:萨日娜其其格}}，自己的孩子都大了，又领了我们两个孩子。{{minority:萨日娜其其格}}说孩子在草原上跑一跑，病就好一半。他们领的是{{minority:敖日格勒图}}和{{han:党晓月}}。{{minority:温都苏·阿拉腾}}家的羊圈边上专门给轮椅修了一条路。
访谈者：孩子们在寄养家庭上学吗？
受访者：上。{{han:党晓月}}在{{school:奈曼旗蒙古族实验小学三年级（1）班}}，{{minority:敖日格勒图}}在{{school:八仙筒镇第一小学一年级2班}}。我们每个月派人去看一回，负责的是社工{{compound:欧阳卫红}}，{{compound:欧阳卫红}}说孩子胖了，会说蒙古话了。
访谈者：寄养家庭有没有不合适的？
受访者：有过。有一家拿了寄养费不好好照顾孩子，让孩子放羊、干活，我们去检查，发现孩子手上全是冻疮，当天就把孩子接回来了。现在每家都要先培训、签协议，苏木的干部、{{trap/mongolian_word:嘎查达}}都要签字。领孩子之前，我们还要去家里住一天，看人家怎么过日子。
访谈者：城里也有寄养家庭吗？
受访者：有。{{han:孔德胜}}家，住{{address:通辽市科尔沁区明仁街道福园小区9号楼1单元202}}，两口子都是退休工人。{{han:孔德胜}}说他这辈子没孩子，老了有孩子陪着高兴。他们领的是{{han:国欣然}}。他老伴{{han:邢桂兰}}每周带孩子来院里复查，{{han:邢桂兰}}的手机{{mobile@plus86}}，我们存着。
访谈者：院里还有哪些工作人员？
受访者：医生{{minority:格日勒图雅}}，管孩子们的病；康复师{{minority:宝音达来}}，每天给脑瘫的孩子做训练，{{minority:宝音达来}}也教孩子们跳{{trap/mongolian_word:安代舞}}。副院长{{compound:呼延秀梅}}管寄养，她跟{{minority:温都苏·阿拉腾}}家签的协议。还有个蒙古族老阿姨{{spaced:乌 云 达 来}}，登记表上就这么写的，在院里干了二十年。
访谈者：福利院的孩子生病了怎么办？
受访者：院里有医务室，大病送市医院。脑瘫、先心病、唇腭裂最多。手术的钱有一部分是{{trap/org:慈善总会}}出的。孩子住院得有人陪床，院里人手不够，我们就轮流去，我一年要在医院过几十个夜。有一回{{han:国欣然}}手术完半夜醒了，拉着我的手叫妈妈，我答应了。
访谈者：孩子们长大以后怎么办？
受访者：这是我们最愁的。{{han:党晓阳}}满十八岁就得转到社会福利院去，他说不想走。我们给他申请了助学，他想学电脑。他的身份证号{{id_number@mteenhyphen.150502}}，户口是院里集体户。还有个叫{{minority:阿拉腾花}}的姑娘，已经二十了，在{{trap/place:科尔沁}}一家超市上班，是我们跟市里几家企业说好的，残疾轻的孩子成年以后可以去上班，今年已经送出去三个。{{minority:阿拉腾花}}说她每月拿出一百块钱给弟弟妹妹买零食。
访谈者：有人来领养吗？
受访者：有，可多是想要健康的小孩。去年一对从{{trap/place:大连}}来的夫妻领走了一个，他们给孩子起名叫{{han:岳思语辰}}，现在在{{address:开鲁县东风镇新华村2组8号}}的亲戚家过暑假，常给我们发照片。那家男的微信号{{wechat:kailu_baba2018}}，女的QQ{{qq:2873016495}}。
访谈者：您自己怎么看这份工作？
受访者：{{trap/historical:陶行知}}说“捧着一颗心来，不带半根草去”，我们院里墙上就写着这句话。有的孩子一辈子都离不开这里，我们就是他们的家。我女儿{{han:邰佳怡}}大学毕业也回来当了特教老师，她说从小在院里长大，这些孩子就是她的兄弟姐妹。{{trap/word:党员}}带头，每年春节我们都在院里跟孩子们一起过。
""")

# H32: volunteer from 呼和浩特; mentoring rural children, volunteers from Daur, Ewenki, Oroqen and Manchu families.
DOCS["H32"] = ("staff", """\
访谈者：请您先介绍一下你们的志愿者团队。
受访者：我叫{{minority:阿日贡其其格}}，在{{trap/place:呼和浩特}}一所大学读研，也是一个助学团队的负责人。团队有三十多个志愿者，每周末去{{trap/place:武川}}和{{trap/place:清水河}}的村里，一对一陪孩子写作业、聊天。
访谈者：团队里都有些什么人？
受访者：各民族的都有。{{minority:郭布勒·巴图宝音}}是达斡尔族，{{minority:郭布勒·巴图宝音}}说他小时候也是奶奶带大的。{{minority:卡尔他昆·娜米拉}}是鄂温克族，{{minority:卡尔他昆·娜米拉}}会拉手风琴。{{minority:玛拉依尔·吉雅}}是鄂伦春族，大家叫她{{minority:吉雅}}，{{minority:吉雅}}也是团队里跑村子最多的。满族的{{minority:钮祜禄·承泽}}管账，他家在{{trap/place:青城}}住了好几代了。还有个汉族同学{{compound:轩辕子墨}}，一开始没人信他姓轩辕，后来看了他学生证才信。
访谈者：你们陪伴的孩子是什么情况？
受访者：多是留守的，也有父母离婚、服刑的。我陪的是个小姑娘，叫{{han:樊一诺}}，住{{address:武川县哈乐镇后乌兰不浪村5组}}，跟着爷爷{{han:樊存厚}}过。爷爷种了一院子{{trap/word:白菜}}和土豆，秋天拉到镇上去卖。她爸在外地服刑，妈妈走了。她在{{school:武川县第二小学四年级（3）班}}，数学不好，我每周给她补两次课。
访谈者：其他志愿者陪的孩子呢？
受访者：{{minority:郭布勒·巴图宝音}}陪的是个男孩{{minority:苏和宝力德}}，{{minority:苏和宝力德}}爸爸是牧民，出了事，现在跟姑姑在{{address:呼和浩特市赛罕区昭乌达路街道敕勒川小区3号楼2单元1102}}。男孩在{{school:赛罕区第十一中学初一5班}}，班主任是{{compound:独孤明杰}}，{{compound:独孤明杰}}说孩子上课总趴着。{{minority:卡尔他昆·娜米拉}}陪的女孩叫{{minority:乌仁其木格}}，{{minority:乌仁其木格}}她跟奶奶住在{{address:清水河县城关镇南山路8号院}}，奶奶有病。
访谈者：你们怎么跟孩子和家长联系？
受访者：我们有个群，家长进群要实名。{{han:樊存厚}}不会用手机，他的电话是{{mobile@spaced}}，有事我直接打。{{minority:苏和宝力德}}的姑姑{{minority:斯琴毕力格}}加了我微信，她的号{{wechat:siqinbilige_hh}}。{{minority:乌仁其木格}}有个QQ号{{qq:2091738465}}，她喜欢在上面给我发画。我陪的那个小姑娘也有个小号{{qq:94617305}}，她爷爷不知道，她说只加了我一个人。我的微信是{{wechat:argun_qqg}}，团队的公众号不留个人信息。
访谈者：你们怎么招志愿者？
受访者：每学期开学在学校里摆摊，报名的人多，坚持下来的少。去村里一趟来回六七个小时，冬天班车停了就得搭老乡的车。我们要求每个志愿者至少陪一个孩子一年，中间不能换人，孩子最怕的就是又一个人走了。培训请的是{{trap/org:心理咨询中心}}的老师，教我们怎么听孩子说话，什么话不能说。
访谈者：做志愿者遇到过什么难事？
受访者：有一回{{han:樊一诺}}跟我说，她爸的狱友出来了，加她QQ，问她家住哪。我马上告诉了她爷爷，又报给了学校，班主任{{han:鲍丽君}}处理的，{{han:鲍丽君}}说已经报警了。还有就是钱，我们去村里的路费都是自己出的，{{trap/org:团委}}给过一次补贴。孩子的信息我们从来不往外发，孩子的身份证号{{id_number@wkidx.150125}}只在学校助学金的表上填过，填完表我就把复印件交回去了。
访谈者：你们怎么做心理陪伴？
受访者：多听少说。孩子不想说就陪着画画、听歌。{{minority:吉雅}}会唱鄂伦春的{{trap/minority_word:赞达仁}}，孩子们听了很安静。有一回我带孩子们去{{trap/place:大召}}，又去了{{trap/place:昭君博物院}}，讲{{trap/historical:王昭君}}出塞的故事，男孩听完说，他也要走很远的路去上大学。
访谈者：孩子们有什么变化？
受访者：{{han:樊一诺}}现在数学能考八十多分了，她把卷子拍了照发给我，后面画了一个笑脸。{{minority:卡尔他昆·娜米拉}}陪的那个女孩，奶奶住院那几天，她请了假去陪孩子，孩子说这个姐姐比亲姐姐还亲。男孩变化慢一点，可他上个月主动跟我说，他想学{{trap/mongolian_word:马头琴}}。
访谈者：以后有什么打算？
受访者：我明年毕业，想回老家{{trap/place:乌兰察布}}当老师。团队交给{{minority:钮祜禄·承泽}}和{{spaced:宝 鲁 尔}}，他们俩一个管账一个管人。{{han:樊一诺}}说等她上了初中，也要来当志愿者，她说“姐姐，我也要陪别的小孩写作业”。我舍不得这些孩子，可我知道团队还在，孩子们就不会被扔下。
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
    # No gold string was used (as gold or trap) in an earlier set.
    reused = sorted({r["text"] for r in key_rows} & earlier_strings(HERE)[0])
    assert not reused, reused
    write_csv(HERE / "answer_key.csv", KEY_FIELDS, key_rows)
    write_csv(HERE / "traps.csv", TRAP_FIELDS, trap_rows)

    print("files:", {d: len(t) for d, t in texts.items()})
    print("holdout5:", len(key_rows), "gold items,", len(trap_rows), "marked traps")
    print("per type:", dict(sorted(Counter(r["type"] for r in key_rows).items())))
    print("per category:", dict(sorted(Counter(r["category"] for r in key_rows).items())))
    print("traps per kind:", dict(sorted(Counter(r["kind"] for r in trap_rows).items())))


if __name__ == "__main__":
    main()
