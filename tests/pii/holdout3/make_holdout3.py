"""Build held-out set 3 (tests/pii/holdout3/H09-H16 + answer_key.csv + traps.csv) for issue 11.

Written BEFORE the detector change for issue 11 and never to be tuned on (see tests/pii/README.md). Every person,
number, account and address is invented. The transcripts are hand-written with inline markup:

* ``{{category:literal}}``   a seeded item given literally (``{{minority:乌日娜}}``, ``{{qq:1029384756}}``);
* ``{{category@format}}``     a seeded number drawn from a seeded generator so that it is well formed (ID checksum,
                              mobile prefix) without being anyone's (``{{id_number@spaced}}``, ``{{mobile@hyphen}}``);
* ``{{trap/kind:literal}}``   a trap: text that must NOT be annotated. It is written to the transcript as plain text and
                              listed in traps.csv (for looking at false positives), never in answer_key.csv.

Categories and the PI type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; qq; wechat; school; mobile; id_number; address.
Person spans are the name only (titles and kinship words such as 主任, 大姐, 老师, 嘎查达 are outside the span).

Offsets are Python str offsets into the whole file text (front matter included) as read with
``open(path, encoding="utf-8", newline="").read()``; files are written with ``\\n`` line ends only.
Run ``python tests/pii/holdout3/make_holdout3.py`` to rebuild (deterministic);
``check_holdout3.py`` verifies the result.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import KEY_FIELDS, TRAP_FIELDS, assemble, check_digit, write_csv, write_texts  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261109)
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")
FM = "---\nid: {id}\nrole: {role}\nnote: 构造的测试访谈，其中的姓名、号码、账号、学校班级、地址全部是虚构的。\n---\n"

CATEGORY_TYPE = {
    "han": "person", "spaced": "person", "compound": "person", "minority": "person",
    "qq": "qq", "wechat": "wechat", "school": "school",
    "mobile": "mobile", "id_number": "id_number", "address": "address",
}

# Chifeng's county-level codes (红山区 ... 敖汉旗), plus 呼伦贝尔/锡林郭勒 for people who moved in.
REGIONS = ["150402", "150403", "150404", "150421", "150422", "150423", "150424", "150425", "150426", "150428",
           "150429", "150430", "150702", "152502"]


def _birth(lo: int, hi: int) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=RNG.randrange((date(hi, 12, 31) - start).days))


def gen_id(fmt: str) -> str:
    lo, hi = (2008, 2019) if fmt.startswith("child") else (1950, 1995)
    while True:
        body = RNG.choice(REGIONS) + _birth(lo, hi).strftime("%Y%m%d") + f"{RNG.randrange(1000):03d}"
        check = check_digit(body)
        if (fmt == "x") != (check == "X"):
            continue
        s = body + check
        break
    if fmt == "spaced":
        return " ".join(s[i:i + 4] for i in range(0, 18, 4))
    if fmt == "hyphen":
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    if fmt == "fullwidth":
        return s.translate(FW)
    return s


def gen_mobile(fmt: str) -> str:
    s = RNG.choice(["134", "135", "138", "139", "150", "151", "152", "158", "159", "182", "187", "188", "147",
                    "155", "156", "185", "186", "133", "153", "180", "189", "177", "199"]) + f"{RNG.randrange(10**8):08d}"
    return {
        "plain": s,
        "spaced": f"{s[:3]} {s[3:7]} {s[7:]}",
        "hyphen": f"{s[:3]}-{s[3:7]}-{s[7:]}",
        "plus86": "+86 " + s,
        "plus86tight": "+86" + s,
        "fullwidth": s.translate(FW),
    }[fmt]


GEN = {"id_number": gen_id, "mobile": gen_mobile}

MARK = re.compile(r"\{\{(?P<cat>[a-z_]+)(?:/(?P<sub>[a-z_]+))?(?::(?P<lit>[^{}]+)|@(?P<fmt>[a-z0-9]+))\}\}")

DOCS: dict[str, tuple[str, str]] = {}

# H09: social worker, 红山区; a girl groomed over QQ and WeChat.
DOCS["H09"] = ("staff", """\
访谈者：您好，先请您介绍一下自己和单位。
受访者：我叫{{han:王秀兰}}，在红山区未成年人保护工作站干了六年。站里就三个人，我，我同事{{compound:欧阳娜娜}}，还有{{compound:司马光辉}}，管着全区两百多个困境儿童。
访谈者：最近手上最难的是哪个孩子？
受访者：一个蒙古族小姑娘，叫{{minority:乌日娜}}，在{{school:赤峰二中初二3班}}。她{{trap/mongolian_word:额吉}}前年病没了，阿爸在{{trap/mongolian_word:苏木}}上给人放羊，一年回不来两趟。孩子跟着姥姥住，地址是{{address:红山区西屯街道锦绣家园7号楼2单元301室}}。
访谈者：她是怎么被发现的？
受访者：班主任{{han:刘海燕}}老师发现她上课老看手机，成绩从班里前十掉到四十多名。一问，有个网上认识的男的天天找她，让她发照片。那人的QQ号{{qq:1029384756}}，后来又加了她微信，微信号{{wechat:wxid_kq83jd92}}。
访谈者：你们怎么处理的？
受访者：两个号都截了图，报给了派出所，也打了{{trap/number:12345}}热线备案。那人后来又换了个号{{qq:2938475610}}，头像是个动漫人物，接着在企鹅上给孩子发消息，还留了个VX：{{wechat:Lengfeng_0476}}，让孩子去找他。后来法院判了，判决书上的案号是{{trap/number:(2023)蒙0402刑初256号}}。
访谈者：孩子身边还有别的孩子被联系过吗？
受访者：有。她表妹{{minority:其其格}}，在{{school:松山区第五小学四年级二班}}，也被同一个人加过，对方扣扣{{qq:3748291056}}，是个小号。{{minority:其其格}}的妈妈{{minority:其木格}}是开出租的，手机{{mobile@spaced}}，我们一直跟她联系。
访谈者：学校那边配合吗？
受访者：配合。初二年级组长{{spaced:赵 德 胜}}，他签字就这么签，字和字中间空着。他把家长群里的情况都跟我们说了。家长群有{{trap/number:412}}个人，光群里就有七八个陌生号，我们一个一个排查。蒙语老师{{minority:斯琴高娃}}也帮着做孩子的工作，她说孩子{{trap/grade:上初二了}}，正是要面子的时候，得慢慢来。
访谈者：孩子现在怎么样？
受访者：好点了。每周我们去一次，给她带点奶茶和果子，她挺{{trap/word:高兴}}。她说暑假想回{{trap/mongolian_word:嘎查}}过{{trap/mongolian_word:那达慕}}，看摔跤。姥姥的身份证号{{id_number@plain}}，低保每月{{trap/number:1130元}}，按时到账。楼下邻居{{minority:巴特尔}}大哥有车，有事他就帮忙送。
访谈者：那个男的后来抓到了吗？
受访者：抓到了，是外地的，专门在网上找小姑娘。警察说他手机里存着好多孩子的号，光QQ就有几十个，其中一个是{{qq:61830527}}，是{{school:红山区实验小学}}一个五年级孩子的。我们顺着这个号找到了那个孩子，叫{{han:陈思琪}}，她妈妈{{han:宋丽华}}一听就哭了，说孩子从来没跟家里提过。骗子还让孩子把手机收到的验证码告诉他，就是个六位数，{{trap/number:482913}}，孩子照着念了。
访谈者：你们跟家长平时怎么联系？
受访者：大部分加微信。{{han:宋丽华}}的微信号是{{wechat:songlihua_77}}。{{minority:其木格}}另有一个手机，微信号就是那个手机号，{{mobile@plain}}。也有不用微信只用QQ的，{{minority:乌日娜}}的姥姥不会用手机，是她舅舅{{han:郝建军}}在管，舅舅的Q号：{{qq:7340185296}}，他一般晚上十点以后才回。
访谈者：孩子的学习跟得上吗？
受访者：跟不上。我们找了个大学生志愿者，叫{{spaced:林 雨 桐}}，志愿者系统里她的名字就这么录的，中间有空格。她每周六给{{minority:乌日娜}}补数学，地方在{{address:红山区桥北街道东方红小区11号楼2单元102}}，是社区借给我们的活动室。{{han:林雨桐}}留的vx是{{wechat:lyt2002_cfxy}}，孩子有不会的题就拍照发给她。区里一年给站里拨{{trap/number:80000元}}，请志愿者的钱也从这里出。
访谈者：工作上有什么难处？
受访者：{{trap/word:方面}}太多。一是人手少，{{trap/word:白天}}下乡，晚上写材料；二是网上的事我们不懂，查一个QQ号得求人。孩子们语文课刚学了{{trap/historical:司马迁}}的故事，{{compound:欧阳娜娜}}就借这个给她们讲，受了委屈要说出来。她前些天看了个纪录片，说{{trap/word:北欧阳光}}少，冬天下午三点天就黑了，还是赤峰好。可说到底，孩子需要的是身边有人管。
""")

# H10: herder grandmother, 巴林右旗; two orphaned grandchildren in boarding schools.
DOCS["H10"] = ("family", """\
访谈者：奶奶，您家里现在几口人？
受访者：四口。我，老头子{{minority:额尔敦}}，两个孙子。大的叫{{minority:阿拉坦仓}}，小的是孙女{{minority:娜仁花}}。他们的阿爸{{minority:孟和巴雅尔}}前年出车祸没了，他们的{{trap/mongolian_word:额吉}}改嫁到锡林郭勒去了，很少回来。
访谈者：孩子们在哪上学？
受访者：大的在{{school:巴林右旗大板第二中学初一（4）班}}住校，小的在{{school:巴林右旗蒙古族小学二年级一班}}。{{trap/mongolian_word:嘎查}}离旗里一百二十多里，一个礼拜接一回。我们家在{{address:巴林右旗宝日勿苏镇巴彦塔拉嘎查二组}}，过了{{trap/mongolian_word:敖包}}往东第三家。
访谈者：平时谁帮着您？
受访者：嘎查达{{minority:朝鲁}}常来看，还有苏木上的{{minority:图雅}}大姐，她是管儿童的。{{minority:图雅}}的手机{{mobile@plain}}，我记在墙上了。学校管宿舍的{{minority:敖登格日乐}}老师也好，孩子病了她半夜背着去卫生院。
访谈者：孩子跟外面怎么联系？
受访者：大的有个旧手机，他说同学都用QQ，他的号是{{qq:85236417}}，还有个微信，号我不会念，是他写在本子上的：{{wechat:alatan_cang2010}}。他想他额吉了，就给她发消息。有一回一个陌生人用企鹅号{{qq:1357924680}}加他，说给他充游戏币，让他把家里的存折拍给他看。孩子机灵，没理他，告诉了生活老师{{minority:托娅}}。{{minority:托娅}}老师把这个号报给了学校。
访谈者：小孙女呢？
受访者：小的身体弱，心脏不好，{{trap/number:2022年}}在赤峰看病花了{{trap/number:23800元}}，医保报了一半。看病是{{minority:萨仁}}大夫给联系的，{{minority:萨仁}}在市医院。小的跟同桌{{minority:格根塔娜}}最好，两个孩子天天一起，{{minority:格根塔娜}}她妈{{minority:苏日娜}}有微信，我有事就找她，她的微信号{{wechat:surina_0911}}。
访谈者：孩子在学校住得惯吗？
受访者：开始不惯，天天哭。大的现在好了，他宿舍八个孩子，跟他最好的叫{{minority:呼和}}，是隔壁{{school:大板二中初一5班}}的。班主任{{spaced:王　芳}}老师，学校公示栏上她名字中间空了一大格，每个礼拜给我打电话说孩子的情况。她的微信{{wechat:wangfang_dbez}}，是孙子帮我加的。孙子还在本子上记着一串数，{{qq:3917250648}}，说是他额吉的号，登上去就能看见她的空间，看看她过得好不好。
访谈者：旗里的干部来过吗？
受访者：来过两个，一个是{{han:刘志强}}，一个是{{minority:乌力吉}}。他们登记了孩子们的身份证，小孙女的是{{id_number@child}}。小孙女戴着个电话手表，号码是{{mobile@plain}}，{{minority:乌力吉}}说有事就往这个号上打。{{han:刘志强}}留了他的微信号{{wechat:liuzq_blyq}}，说牧区信号不好，发消息比打电话强。
访谈者：补助领到了吗？
受访者：领到了。孤儿补助一个月{{trap/number:1500元}}，打到我卡上。我的身份证是{{id_number@spaced}}，老头子{{minority:额尔敦}}的是{{id_number@x}}。嘎查里说明年还要涨。
访谈者：孩子们有什么心愿？
受访者：大的想去{{trap/mongolian_word:那达慕}}上摔跤，拿个名次给他阿爸看。小的喜欢唱歌，{{trap/mongolian_word:乌兰牧骑}}来嘎查演出，她跟着唱了一晚上。她干妈{{minority:乌兰}}是唱长调的，说要教她。
访谈者：孩子们回家都做些什么？
受访者：帮着干活。大的能骑马，能赶羊，{{trap/word:白天}}跟着爷爷上草场。学校营养餐一天补{{trap/number:5元}}，回家了我给他们炖手把肉，熬奶茶。大的最爱听{{trap/historical:成吉思汗}}的故事，夏天祭{{trap/mongolian_word:敖包}}的时候跟着爷爷去献{{trap/mongolian_word:哈达}}。他{{trap/grade:上初一了}}，是大小伙子了，可一说起他阿爸还是哭。
访谈者：您自己身体怎么样？
受访者：腰不行，{{trap/word:常常}}疼得下不了炕。老头子放着{{trap/number:47}}只羊，草场{{trap/number:1200亩}}，够吃。就是怕哪天我们俩都不行了，孩子咋办。{{minority:朝鲁}}说过，到时候旗里有儿童福利院，可孩子不愿意去，说要守着{{trap/mongolian_word:浩特}}。
访谈者：孩子的干妈住得远吗？
受访者：不远，{{minority:乌兰}}住{{address:巴林右旗大板镇西拉沐沦大街58号}}，孩子放假了就去她那住几天。她女儿{{minority:阿茹娜}}在{{school:巴林右旗大板第一中学高一（3）班}}，学习好，给孙子讲题。
访谈者：还有谁能帮上忙？
受访者：孩子他大爷{{minority:宝音}}在{{trap/place:呼和浩特}}打工，过年回来。他的扣扣是{{qq:629174530}}，孙子有事就在上面找他。还有村里的{{han:张桂芝}}大姐，她是汉族，嫁过来三十年了，蒙语说得比我还好。
""")

# H11: school psychology teacher, 翁牛特旗; bullying in a QQ group.
DOCS["H11"] = ("staff", """\
访谈者：请您先介绍一下自己。
受访者：我叫{{han:杨淑琴}}，在{{trap/school_generic:旗里的一中}}当心理老师，也兼着初三的班主任。
访谈者：学校里困境儿童多吗？
受访者：不少。光我们年级建档的就有三十七个。比如{{school:翁牛特旗乌丹第一中学初三（2）班}}的{{han:李浩然}}，父母都在外地打工，一年见一面。还有{{school:乌丹一中初二6班}}的{{minority:呼斯楞}}，他爸爸{{minority:特木尔}}在服刑，他妈妈{{minority:达古拉}}在超市上班，一个月挣{{trap/number:2600元}}。
访谈者：您说的霸凌是怎么回事？
受访者：是在QQ群里。几个孩子建了个群，专门骂{{minority:呼斯楞}}，说他爸是劳改犯。带头的孩子QQ是{{qq:3105876249}}，群主是另一个孩子，QQ：{{qq:2654019873}}。我们让家长看着把群解散了。其中一个家长，我跟{{compound:上官婉清}}谈了两次，她挺明白事理，主动带孩子来道歉。另一个家长叫{{compound:端木蓉}}，不承认，说她孩子的号被盗了，那个号{{qq:48215907}}确实是她孩子的。
访谈者：学校怎么登记这些孩子？
受访者：有个系统，要填孩子名字、身份证、班级。有个问题：表上孩子名字写的是{{spaced:刘 子 涵}}，中间带空格，系统里查不到。其实是{{school:乌丹一中初一（8）班}}的{{han:刘子涵}}，她奶奶{{han:周玉珍}}带着她，奶奶的身份证{{id_number@hyphen}}。
访谈者：那些在外地打工的家长，您怎么联系？
受访者：{{han:李浩然}}他爸叫{{han:李振山}}，在天津工地上，只用QQ，号码{{qq:1592638047}}。他妈{{han:赵小红}}用微信，微信号{{wechat:zxh_tianjin85}}。孩子要是病了，我就先打他舅舅的电话{{mobile@spaced}}，舅舅住{{address:翁牛特旗乌丹镇全宁街道紫城小区6号楼3单元201}}，离学校近。
访谈者：学生里还有别的特殊情况吗？
受访者：有个孩子叫{{minority:阿茹汗}}，在{{school:乌丹一中初三（5）班}}，妈妈是聋哑人，爸爸{{minority:那仁满都拉}}喝酒，喝多了就打人。家访记录是实习老师录的，把孩子名字录成了{{spaced:阿 茹 汗}}，一个字一个空格。孩子的姐姐{{minority:萨其拉}}在{{school:翁牛特旗第一中学高三（10）班}}，今年高考，我跟她加了微信，她的号是{{wechat:saqila_wn2006}}，有事她第一个告诉我。
访谈者：毕业的孩子还跟吗？
受访者：跟。{{compound:诸葛文博}}，现在在{{school:赤峰四中高一（12）班}}，初中是我带的。他家长{{compound:诸葛红梅}}在上海打工，我有事就给她发微信，她的微信号是{{wechat:zhugehm_1983}}。孩子自己的VX是{{wechat:wenbo-zg2009}}，他心情不好就半夜给我发消息。我们给孩子们讲{{trap/historical:诸葛亮}}借东风的故事，他最爱听。
访谈者：家长们联系您方便吗？
受访者：我把我的微信{{wechat:ysq_xinli}}贴在班级群里，谁有事都能找我。不过群里的事也多，有人发广告，说加QQ群送Q币，群号一长串，我都删了。还有的家长在群里晒{{trap/number:12086步}}的微信运动，跟孩子的事没关系。
访谈者：学校有什么活动帮这些孩子？
受访者：有个"手拉手"活动，每个困境孩子配一个老师。从{{trap/school_generic:村小}}上来的孩子最难，住校不适应，晚上想家。我们每月做一次团体辅导，{{trap/word:周末}}也开着心理咨询室。全校{{trap/number:1862}}个学生，心理老师就我一个。去年收到一笔捐款{{trap/number:56000元}}，给三十七个孩子每人买了一套冬衣。有个孩子跟我说，在学校比在家{{trap/word:高兴}}，我听了心里不是滋味。
访谈者：您自己压力大吗？
受访者：大。晚上{{trap/word:常常}}睡不着，想着哪个孩子今天没来。我爱人说我{{trap/word:向来}}把学生的事看得比家里重。去年有个孩子半夜给我发消息说不想活了，我赶紧给他班主任{{han:高志远}}打电话，又报了110，后来孩子没事。那孩子叫{{minority:朝格图}}，现在在{{school:翁牛特旗第一中学高一（4）班}}，逢年过节还给我发个祝福。
访谈者：您觉得最需要什么？
受访者：专业的人。我一个人顶三个人用。旗里的{{minority:额尔德木图}}主任说要派个社工来，到现在也没派。还有，蒙古族孩子多，{{minority:吉日木图}}老师会蒙语，可他{{trap/word:马上}}要退休了。{{minority:呼斯楞}}的弟弟{{trap/grade:读四年级}}，在{{trap/school_generic:镇中心小学}}，也得有人看着，那边的{{han:孙丽娟}}老师说孩子最近不爱说话。
""")

# H12: disabled father, 松山区 village; wife gone, three children.
DOCS["H12"] = ("family", """\
访谈者：大哥，您家的情况能说说吗？
受访者：我叫{{han:郭永强}}，前年在工地上摔了，腿不行了，干不了重活。媳妇走了，{{trap/number:2021年}}走的，再没回来。三个孩子跟着我。
访谈者：孩子们多大了？
受访者：大闺女{{han:郭欣悦}}十四了，在{{school:松山区第三中学八年级5班}}。老二{{han:郭子豪}}在{{school:松山区穆家营子镇中心小学五年级（3）班}}，老三还小，在幼儿园。
访谈者：家里谁帮着？
受访者：村里的{{compound:皇甫建业}}是我初中同学，有事我就找他。他媳妇和{{compound:司徒静怡}}一起在镇上开了个小超市，孩子放学就在那儿写作业。我家在{{address:松山区穆家营子镇前进村三组}}，就挨着超市后头。
访谈者：看病方便吗？
受访者：村医{{han:马春燕}}婶子常来给我换药。她说我这腿得去市里做康复，一次就得{{trap/number:800块}}。残联那边我找过{{compound:令狐建军}}，他说能报一部分。残联的电话要打{{trap/number:12385}}，他给我留了手机{{mobile@hyphen}}。
访谈者：孩子们用手机吗？
受访者：大闺女用我的旧手机。她说她们班有个QQ群，她的QQ号{{qq:2093847516}}。前一阵有个人用{{qq:1847562930}}这个号加她，说是星探，让她去北京拍广告，要先交{{trap/number:3000元}}报名费。闺女问了班主任{{han:韩雪梅}}，她说是骗子，让她删了。
访谈者：您跟老师怎么联系？
受访者：{{han:韩雪梅}}老师的微信号就是她手机号，{{mobile@plain}}，我存着。老二的班主任叫{{spaced:孙 建 国}}，他们班的花名册上就是这么印的，三个字中间空一格。他的威信是{{wechat:sjg_songshan}}。
访谈者：您最担心什么？
受访者：怕孩子学坏。老二迷上了打游戏，跟网友{{minority:毕力格}}一起打，那个孩子在{{school:元宝山区平庄镇第二小学六年级一班}}，我见过他妈{{minority:塔娜}}一回。老二自己还有个小号{{qq:73920164}}，我不知道密码。
访谈者：家里地谁种？
受访者：种了{{trap/number:15亩}}玉米，去年收了{{trap/number:12000斤}}，卖了{{trap/number:10800元}}。我腿不行，秋收都是{{compound:皇甫建业}}带着人帮我收的。村里人说我家那块是{{trap/word:黄金}}地，挨着河，可再好的地也得有人种。大闺女放了学也下地，{{trap/word:常常}}干到天黑。
访谈者：孩子们的外婆家呢？
受访者：外婆在{{address:翁牛特旗梧桐花镇四道杖房村二组}}，七十多了，也顾不上。孩子他舅{{han:杜宝山}}偶尔打个电话，他的微信号是{{wechat:dbs_wutonghua}}。我自己也有微信，号是{{wechat:gyq-qianjin}}，是大闺女给我弄的。
访谈者：大闺女在学校有好朋友吗？
受访者：有，叫{{han:杨晓雪}}，在隔壁{{school:松山区第三中学八年级（6）班}}，她俩放学一起走。{{han:杨晓雪}}的QQ号码是{{qq:2750913846}}，我闺女手机没电了就借她的跟我说一声。大闺女去年得了个三好学生，奖状上她的名字印成了{{spaced:郭 欣 悦}}，中间空着，她说那是排版的事。老二那个网友{{minority:毕力格}}，老二管他叫哥，那孩子的vx：{{wechat:bilige_2012}}，我让老二删了，他不删。
访谈者：孩子们生病了怎么办？
受访者：小病找{{han:马春燕}}，大病去{{trap/place:赤峰}}。老三前年肺炎，住了一个礼拜院，花了{{trap/number:6800元}}，报了{{trap/number:4200元}}。那回是{{compound:皇甫建业}}开车送的。医院的社工{{minority:乌兰其其格}}帮我们申请了大病救助，还给我留了她的QQ{{qq:502819376}}，说表格不会填就在QQ上问她。
访谈者：政府的补助有吗？
受访者：低保一家四口，每月{{trap/number:2460元}}。我的身份证号{{id_number@plain}}，大闺女的是{{id_number@child}}。村主任{{han:邓建平}}说，孩子上高中了还能申请助学金。
访谈者：孩子上网的事，学校讲过吗？
受访者：讲过。{{school:松山区第三中学八年级5班}}开家长会，班主任{{han:韩雪梅}}讲了怎么看孩子的QQ和微信，说家长群里发的链接别乱点。我听了才知道，大闺女的QQ空间谁都能看，回来就让她设成了仅好友可见。
访谈者：您还有什么想说的？
受访者：孩子们{{trap/word:向来}}懂事，{{trap/word:高兴}}的时候就唱歌。大闺女说要考到红山去，考{{trap/school_generic:师范}}，将来当老师。她喜欢读{{trap/historical:司马光}}砸缸那一课，说要像司马光一样遇事不慌。我跟她说，你就好好念，爸再难也供你。
""")

# H13: child welfare officer (儿童主任), 敖汉旗; registers, hotlines, numbers.
DOCS["H13"] = ("staff", """\
访谈者：您是负责哪一块的？
受访者：我是新惠镇的儿童督导员，叫{{han:许国庆}}。全镇有{{trap/number:27}}个村，每个村一个儿童主任。我们镇困境儿童建档{{trap/number:316}}人，旗里公众号上那篇关爱留守儿童的文章，阅读量有{{trap/number:1032768}}次，可真来帮忙的人没几个。
访谈者：建档要登记哪些信息？
受访者：孩子的身份证、监护人的手机、住址、学校班级。比如{{han:冯淑华}}家的孙子{{han:冯天宇}}，他在{{school:敖汉旗新惠第六中学七年级4班}}，监护人就是奶奶{{han:冯淑华}}，手机{{mobile@plus86}}，住{{address:敖汉旗新惠镇朝阳路金地小区3号楼1单元402}}。孩子的身份证号是{{id_number@child}}。
访谈者：少数民族的孩子多吗？
受访者：有一些。{{minority:乌云毕力格}}家的俩孩子，姐姐{{minority:萨日娜}}在{{school:敖汉旗蒙古族实验学校高二（1）班}}，弟弟{{minority:阿木古楞}}在{{school:新惠第二小学三年级2班}}。他们家在{{address:敖汉旗玛尼罕乡乌兰召村五组}}。他们的{{trap/mongolian_word:额吉}}叫{{minority:满都拉}}，在包头打工，她的微信是{{wechat:mandula_bt}}，我隔一阵跟她视频一次，让孩子看看妈妈。
访谈者：您平时怎么跟这些家长联系？
受访者：微信为主。有的家长不会打字，就发语音。还有的用QQ，比如{{han:吴海龙}}，他在外地开大车，他的QQ{{qq:591837264}}，晚上才上线。他儿子{{han:吴俊杰}}在{{school:敖汉旗新惠第三中学初二（5）班}}，{{trap/grade:上初二了}}还不会骑自行车。
访谈者：有没有遇到过危险的情况？
受访者：有。去年有个孩子被网友骗走了，家里报了110。孩子叫{{han:陈雨萱}}，十三岁，跟一个QQ号{{qq:3264091857}}的人聊了半年，那人说在赤峰给她找工作。后来是{{minority:哈斯}}警官在火车站找到的，孩子手里攥着一张写着{{wechat:wxid_7h2kq9x0m4lp22}}的纸条，那是对方的微信号。
访谈者：离婚家庭的孩子多吗？
受访者：越来越多。有个孩子叫{{han:潘宇航}}，在{{school:敖汉旗四家子镇中心小学四年级（1）班}}，父母离了，判给了爸爸{{han:潘立军}}。他爸在{{address:敖汉旗四家子镇热水汤村三组}}开了个修车铺，微信{{wechat:panlijun_sjz}}，平时忙得顾不上孩子。孩子跟奶奶住，奶奶的手机{{mobile@spaced}}。孩子的妈妈在北京，只给我留了个威信号{{wechat:xiaomei-bj1990}}，一年也就问一两回。孩子自己有个QQ，q号是{{qq:2049173658}}，在上面跟他妈说话，比跟我们说得多。
访谈者：这些信息怎么保管？
受访者：纸质档案锁在柜子里，电子的在民政的系统里。系统是{{trap/number:2019年}}上线的，到现在全镇录了{{trap/number:2746}}条记录。每个村的儿童主任只能看自己村的。{{trap/mongolian_word:苏木}}和{{trap/mongolian_word:嘎查}}那边的孩子归旗里另一个督导员管，叫{{minority:包音}}，他的手机{{mobile@hyphen}}，我们有事就互相转。
访谈者：镇里有什么资源能用？
受访者：有个儿童之家，在{{trap/school_generic:镇中心小学}}旁边，周末开门。妇联来对接的是{{compound:公孙志远}}，每个月来一趟。有事我们也打{{trap/number:12338}}妇女儿童维权热线，或者{{trap/number:12355}}青少年服务台。{{trap/number:2023年}}全镇的儿童关爱经费是{{trap/number:18.6万元}}，不够用。
访谈者：有没有孩子因为家里的事不上学了？
受访者：有两个。一个是{{minority:额尔敦毕力格}}，{{trap/grade:念到初一}}就不念了，在家帮着放牛。我们去了五趟，才把他劝回了{{school:敖汉旗新惠第一中学初一（7）班}}。另一个是女孩，叫{{han:赵梦洁}}，她爸让她出去打工，她才十五。我跟妇联的{{compound:公孙志远}}一起去家里做工作，去了三回，她爸才松口。
访谈者：您自己的联系方式能留一下吗？
受访者：手机{{mobile@plain}}，也是我的微信号。QQ号{{qq:40917365}}，好多年没用了。我叫{{han:许国庆}}，那个"庆"字，表上老写成"{{spaced:许 国 亲}}"，中间还空着，也不知道是谁录的。
访谈者：最后，您觉得最缺什么？
受访者：缺人，也缺钱。督导员一个月补贴才{{trap/number:500元}}。很多村的儿童主任是兼职的，比如有个村的{{minority:额日和木}}，她还是村会计。{{trap/word:方面}}太多，顾不过来。
""")

# H14: aunt raising an orphaned nephew, 克什克腾旗.
DOCS["H14"] = ("family", """\
访谈者：您跟孩子是什么关系？
受访者：我是他大姨。我叫{{han:白玉兰}}。孩子他妈{{han:白玉芳}}是我亲妹妹，前年得病走了，他爸{{han:常志刚}}早就不管了，在外面又成了家。孩子叫{{han:常乐}}，今年十一。
访谈者：孩子在哪上学？
受访者：在{{school:克什克腾旗经棚镇中心小学六年级三班}}。我家住{{address:克什克腾旗经棚镇东街38号}}，离学校走路十分钟。
访谈者：名字怎么写？我记一下。
受访者：孩子登记的时候，户口本上写的是{{spaced:常　乐}}，中间是个大空格，学校的名单就照着抄成那样了。他爸的名字在法院的文书上是{{spaced:常 志 刚}}，也是一个字一个字隔开的。
访谈者：孩子他爸还联系吗？
受访者：偶尔。他在QQ上，号是{{qq:1928374650}}，有时候给孩子发个红包。他后来的媳妇叫{{compound:慕容雪}}，我跟{{compound:慕容雪}}通过一回电话，她说她也做不了主。孩子他爸的微信号{{wechat:czg19830512}}，我加了，他不通过。
访谈者：有人帮您吗？
受访者：社区的{{minority:其木格}}主任很照顾我们，她是蒙古族，说话直。她给了我一个表，让我填，要孩子的身份证{{id_number@child}}，我的身份证{{id_number@plain}}，还有我的手机{{mobile@spaced}}。
访谈者：孩子平时怎么样？
受访者：{{trap/word:白天}}在学校还行，晚上常哭。他跟他们班{{minority:巴雅斯古楞}}玩得好，那孩子家在{{address:克什克腾旗经棚镇惠民小区12号楼1单元502}}，周末俩孩子一起写作业。{{minority:巴雅斯古楞}}的姐姐{{minority:青格勒}}在{{school:克什克腾旗第一中学高二（7）班}}，也常来辅导他。
访谈者：孩子上网吗？
受访者：上。他用我的手机玩，有个网名叫"小狼"的人老找他，用的是扣扣，号码{{qq:605183924}}，我一看那个人说的话不对劲，就把他拉黑了。学校的{{compound:欧阳振华}}老师说这种事要报告，他给派出所打了电话。
访谈者：孩子有什么爱好？
受访者：喜欢画画，画草原，画{{trap/mongolian_word:敖包}}，画{{trap/mongolian_word:蒙古包}}。他说以后要去{{trap/place:呼和浩特}}念美术。美术老师{{minority:恩和}}夸他有天分，让他去参加比赛，获了个二等奖，奖金{{trap/number:200元}}。他拿着钱给我买了条围巾。
访谈者：孩子的爷爷奶奶呢？
受访者：在乡下，{{address:克什克腾旗土城子镇新井村四组}}。奶奶{{han:常秀英}}身体不好，爷爷{{han:常德福}}还能下地。奶奶用的是老年机，号码{{mobile@spaced}}，她想孩子了就打过来，孩子接了不说话，光听。放假我带孩子回去住几天，他在{{trap/school_generic:村小}}的操场上一玩就是一天。
访谈者：您自己有什么难处？
受访者：我在饭店洗碗，一个月{{trap/number:1800元}}。孩子的补助一个月{{trap/number:1500元}}，够他吃穿。就是我{{trap/word:常常}}想，我要是病了，孩子咋办。{{minority:其木格}}主任说，那就找她，她的微信{{wechat:qimuge_jingpeng}}，二十四小时都能找到她。
访谈者：家里还有别的亲戚吗？
受访者：还有个外甥，我弟弟的孩子{{han:白浩}}，在{{school:克什克腾旗经棚第二中学初三（1）班}}，也跟我住。他爸妈在二连浩特做买卖，一年回来一趟。{{han:白浩}}的QQ是{{qq:3820471596}}，他爸的微信{{wechat:baijun_erlian}}，有事我就给他发消息。我弟媳妇是{{compound:司马红梅}}，她的手机{{mobile@plain}}，经常不接。两个孩子在一块儿，老打架，也互相护着。邮编{{trap/number:025350}}是学校让填的，我都不知道那是啥。
访谈者：孩子身体怎么样？
受访者：瘦，一米四，才{{trap/number:32公斤}}。上个月发烧，去旗医院看的，病历本上医生的签名是{{spaced:丁 文 博}}，我就照着念给社区的人听。{{han:丁文博}}大夫说孩子缺营养，还有点抑郁，让多陪陪他。我也想陪，可{{trap/word:方面}}太多，挣钱、做饭、开家长会，一个人忙不过来。
访谈者：孩子的学校怎么样？
受访者：学校不错。班主任{{han:石磊}}老师负责，他在班级群里说，孩子有事可以加他的vx：{{wechat:shilei_jp88}}。孩子说想转到{{trap/school_generic:旗里的寄宿学校}}，我没同意，离得太远了。
""")

# H15: juvenile prosecutor; online sexual abuse cases; many accounts.
DOCS["H15"] = ("staff", """\
访谈者：您在检察院是做什么的？
受访者：未成年人检察。我叫{{han:郑晓东}}，科里还有{{compound:尉迟春梅}}和{{minority:孟根其其格}}两个同志。我们这几年办的案子，大部分跟网络有关。
访谈者：能举个例子吗？不用说真实案件。
受访者：就说个类型吧。比如被害的孩子叫{{minority:敖其尔}}，在{{school:阿鲁科尔沁旗天山第一中学初一（3）班}}。犯罪嫌疑人{{han:黄振宇}}用QQ号{{qq:2768145093}}冒充女生，跟孩子聊了三个月。后来又让孩子加他的微信，微信号{{wechat:wxid_m2n8b5v1c7x3z9}}，孩子加了。案卷号是{{trap/number:阿检未检刑诉〔2024〕31号}}，这个不是秘密，但孩子的名字是。
访谈者：你们怎么固定证据？
受访者：调取聊天记录。嫌疑人还有两个QQ小号，{{qq:956320418}}和{{qq:1103928475}}，还有一个企鹅号{{qq:87651234}}是用来加群的。另外他在一个游戏里用的号也跟这个QQ绑定。{{trap/number:2023年}}以来我们办的这类案子有{{trap/number:14}}件，涉及孩子{{trap/number:23}}个。
访谈者：孩子们的家庭情况一般怎样？
受访者：留守的多。像{{minority:敖其尔}}，他爷爷{{minority:布仁巴雅尔}}带他，住{{address:阿鲁科尔沁旗巴彦温都尔苏木查干诺尔嘎查}}，离旗里两百多里。爷爷不识字，我们就找嘎查的{{minority:宝力道}}帮着读文书。爷爷的手机{{mobile@plus86tight}}，经常没信号。
访谈者：还有别的类型吗？
受访者：有个女孩子，{{han:王思雨}}，在{{school:阿旗天山第二小学六年级（2）班}}，被一个自称"{{trap/fictional:令狐冲}}"的网友骗了，那个人的VX是{{wechat:linghu_chong99}}，威信头像就是武侠剧里的人。还有一个案子，嫌疑人叫{{compound:东方明远}}，用的微信号{{wechat:dfmy_2021}}，专门在家长群里加孩子。
访谈者：农村牧区的孩子也会遇到这种事吗？
受访者：会。巴林左旗有个案子，被害的孩子叫{{han:张雨涵}}，在{{school:巴林左旗林东第三小学五年级1班}}，家住{{address:巴林左旗林东镇契丹大街福润小区8号楼2单元}}。嫌疑人的QQ号码是{{qq:1760293845}}，微信{{wechat:yuanfang_1990}}。他先在QQ空间里给孩子点赞，再私聊。孩子的妈妈{{han:刘美玲}}在外地，我们给她打电话，{{mobile@hyphen}}，打了三天才通。案子里嫌疑人的名字在公安的笔录上写成{{spaced:黄 振 宇}}，字中间有空格，跟户籍对不上，又补了一份说明。
访谈者：孩子们通常损失多大？
受访者：钱上不多，几百块，大多是充了游戏。也有个孩子把他爸卡里{{trap/number:6000元}}转走了，给对方买游戏里的"{{trap/word:王国}}"。主要是心理上的伤害，有的孩子好几个月不敢出门。我们给每个孩子都找了心理咨询师，费用从司法救助里出，一般一个孩子{{trap/number:3000元}}到{{trap/number:10000元}}。
访谈者：你们跟哪些部门合作？
受访者：公安、学校、妇联、民政。民政那边的{{minority:阿古达木}}科长很配合，每个案子结束后都会跟进孩子的救助。学校那边也有懂行的老师，比如{{school:阿鲁科尔沁旗蒙古族中学初二（6）班}}的班主任{{minority:格日勒图}}老师。还有妇联的{{han:李建国}}，他原来是老师，懂孩子。
访谈者：案子里的孩子后来怎么样了？
受访者：大多回到了学校。{{minority:敖其尔}}转到了{{school:阿鲁科尔沁旗天山第二中学初二（1）班}}，换个环境。{{han:王思雨}}的妈妈{{han:孟凡荣}}辞了外地的工作回来陪她。{{han:张雨涵}}还在做心理疏导，咨询师是{{minority:其其格玛}}，每周两次。我们定期回访，回访记录留{{trap/number:5年}}。
访谈者：您对家长有什么建议？
受访者：看好孩子的手机。很多孩子的QQ、微信家长根本不知道。我们做普法的时候，给家长发了个单子，写着要问孩子：你的QQ号是多少，微信加了哪些人。还有，不要随便把孩子的身份证号给人，比如{{minority:敖其尔}}爷爷的身份证{{id_number@spaced}}，就被人骗去注册了手机卡。
访谈者：普法课一般讲什么？
受访者：讲案例，讲怎么求助：打{{trap/number:110}}，打{{trap/number:12345}}，找老师。孩子们喜欢听故事，我们就拿{{trap/historical:欧阳修}}小时候用芦苇在沙地上写字的故事讲，说家里再困难也要学习。讲完了，一个孩子跑过来，说他的扣扣是{{qq:3018476295}}，问我能不能加他，他有事想说。
""")

# H16: mother who moved from Hulunbuir to 阿鲁科尔沁旗; Daur/Ewenki/Tibetan names.
DOCS["H16"] = ("family", """\
访谈者：您家是从哪里搬来的？
受访者：呼伦贝尔，莫力达瓦那边。我是达斡尔族，叫{{minority:莫日根}}。我爱人是鄂温克族的，叫{{minority:吉日嘎拉}}，他前年在林场出了事，一直瘫在床上。我们带着两个孩子投奔我姐，搬到了{{address:阿鲁科尔沁旗天山镇罕山街56号}}。
访谈者：孩子多大了？
受访者：大儿子{{minority:阿荣}}十二岁，在{{school:天山第三小学六年级（4）班}}。小女儿{{minority:其其格}}九岁，在{{school:天山第三小学三年级一班}}。小的名字跟班上另一个孩子重了，班里有两个{{minority:其其格}}，老师就叫我们家的小{{minority:其其格}}。
访谈者：您姐姐家呢？
受访者：我姐叫{{minority:德力格尔玛}}，她嫁的是蒙古族，姐夫叫{{minority:那顺·乌日图}}。他们家的孩子{{minority:阿拉坦·巴根}}在{{school:赤峰蒙古族中学高二6班}}，管他妈叫{{trap/mongolian_word:额吉}}，我家孩子也跟着学。
访谈者：您平时跟谁联系多？
受访者：跟林场的老同事，我们有个群。还有以前的邻居，一个藏族大姐叫{{minority:卓玛}}，她嫁到呼伦贝尔的，她的微信号{{wechat:zhuoma_hlbr}}。她儿子{{minority:扎西次仁}}跟我大儿子一起长大的，两个孩子现在用QQ联系，{{minority:扎西次仁}}的QQ是{{qq:2481630597}}，我儿子的是{{qq:1470258369}}。
访谈者：孩子适应新学校吗？
受访者：不太适应。大的说同学笑他口音。他们班主任{{compound:上官明}}老师还行，给他调了座位，跟{{minority:苏布达}}坐一起，那孩子人好。老师的手机{{mobile@hyphen}}，她的vx：{{wechat:sgm_tianshan}}。
访谈者：以前的邻居还来往吗？
受访者：来往。林场的老邻居{{minority:乌日根}}，是鄂温克族，他媳妇{{minority:娜日斯}}常给我发微信，她的微信号{{wechat:narisi_mldw}}。他们的孩子{{minority:巴图孟和}}在{{school:莫旗尼尔基第一中学初二（3）班}}，跟我大儿子是发小，俩孩子用扣扣聊，{{minority:巴图孟和}}的扣扣号{{qq:918273645}}。他们家地址是{{address:莫力达瓦达斡尔族自治旗尼尔基镇纳文大街17号}}，我还给他们寄过奶豆腐。
访谈者：户口的事办得怎么样了？
受访者：还在办。派出所的{{han:钱卫东}}说，户口迁过来要{{trap/number:30个工作日}}。我的名字在迁移证上录成了{{spaced:莫 日 根}}，三个字中间都空着，跟身份证对不上，又让我回呼伦贝尔开证明。{{han:钱卫东}}人挺好，说能帮我们先把孩子的学籍落下。孩子们刚来的时候在{{trap/school_generic:镇中心小学}}借读了一个月。
访谈者：家里的开销怎么办？
受访者：我在镇上的超市打工，一个月{{trap/number:2300元}}。他爸看病，{{trap/number:2024年}}一年就花了{{trap/number:41000元}}。我的身份证号{{id_number@plain}}，他爸的{{id_number@x}}，户口还在呼伦贝尔，这边的低保办不了。镇上的{{han:关秀兰}}主任说，可以先申请临时救助。她是满族，人挺热心。
访谈者：您在超市上班累吗？
受访者：累，早上七点开门，晚上九点关门。老板叫{{han:于海波}}，人不错，孩子生病了让我先回去。同事里有个{{compound:欧阳丽丽}}，替过我好几回班，她的微信号{{wechat:oyll_tianshan}}，我俩下了班常一起走。{{trap/word:周末}}我带孩子去看他爸做康复，康复一次{{trap/number:260元}}。
访谈者：有没有人给孩子们提供心理上的帮助？
受访者：有个志愿者，叫{{minority:央金拉姆}}，是从西藏来支教的，她每周给孩子们讲故事。还有一个满族的老人，大家叫他{{minority:阿克敦}}爷爷，以前是兽医，孩子们爱去他家看小羊。
访谈者：孩子们在这边有朋友了吗？
受访者：有了。大的跟邻居家的{{minority:特古斯}}好，那孩子在{{school:天山第三小学六年级（2）班}}，放了学一起踢球。小的跟同桌{{minority:诺敏}}好，{{minority:诺敏}}的名字跟我们老家的{{trap/place:诺敏河}}一样，俩孩子一说就熟了。{{minority:诺敏}}她妈妈的微信{{wechat:nuomin_mama}}，我们俩常约着带孩子去公园。
访谈者：孩子们有什么愿望？
受访者：大的想回去看看林子，看看他奶奶。小的想学跳舞，说要去{{trap/mongolian_word:那达慕}}上跳。老师说{{trap/grade:上初一了}}就可以报舞蹈队。我想让孩子们好好的，别像我们这么难。孩子他爸说，等他好一点了，就加入村里的{{trap/word:合作社}}放牛，{{trap/word:白天}}有个事干。有事找我打{{mobile@plain}}，微信也是这个号。
""")


def item(m: re.Match[str]) -> tuple[str, dict]:
    """The value and fields of one mark (a trap, a literal item or a generated number)."""
    cat, sub, lit, fmt = m.group("cat"), m.group("sub"), m.group("lit"), m.group("fmt")
    if cat == "trap":
        assert lit is not None, m.group(0)
        return lit, {"kind": sub or ""}
    assert cat in CATEGORY_TYPE, m.group(0)
    value = lit if lit is not None else GEN[cat](fmt)
    return value, {"type": CATEGORY_TYPE[cat], "category": cat}


def main() -> None:
    texts, key_rows, trap_rows = assemble(DOCS, FM, MARK, item, shape=None)
    write_texts(HERE, texts)
    write_csv(HERE / "answer_key.csv", KEY_FIELDS, key_rows)
    write_csv(HERE / "traps.csv", TRAP_FIELDS, trap_rows)
    counts: dict[str, int] = {}
    for row in key_rows:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    print("holdout3", len(key_rows), "gold items,", len(trap_rows), "marked traps;", counts)


if __name__ == "__main__":
    main()
