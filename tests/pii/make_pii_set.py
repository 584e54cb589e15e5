"""Build the constructed PII test set in tests/pii/ (transcripts + answer key + names.csv).

Every person, number and address here is invented. The transcripts are written by hand with inline markup
``⟦type|literal⟧`` for seeded personal information; structured numbers are drawn from a seeded generator
(``⟦id:spaced⟧`` ...) so that they are valid (ID checksums, Luhn) without being anyone's. The answer key records
each seeded item's ``doc_id, start, end, type, text`` in the final text; it is written from the markup, never from
the detector. Run ``python tests/pii/make_pii_set.py`` to rebuild (deterministic).

Types: person, id_number, mobile, landline, bank_card, email, address, birth_date, place (names.csv only).
"""

from __future__ import annotations

import csv
import random
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20260101)
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
REGIONS = ["150402", "150403", "150404", "150421", "150422", "150423", "150424", "150425", "150426", "150428",
           "150429", "150430", "152104", "110105", "130102"]


def _birth(lo=1950, hi=2018) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=RNG.randrange((date(hi, 12, 31) - start).days))


def gen_id(fmt: str) -> str:
    if fmt == "old15":
        d = _birth(1940, 1983)
        return RNG.choice(REGIONS) + d.strftime("%y%m%d") + f"{RNG.randrange(1000):03d}"
    while True:
        body = RNG.choice(REGIONS) + _birth().strftime("%Y%m%d") + f"{RNG.randrange(1000):03d}"
        check = ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS)) % 11]
        if fmt in ("x", "lowerx") and check != "X":
            continue
        if fmt not in ("x", "lowerx") and check == "X" and RNG.random() < 0.7:
            continue
        s = body + check
        break
    if fmt == "lowerx":
        return s.lower()
    if fmt == "spaced":
        return " ".join(s[i:i + 4] for i in range(0, 18, 4))
    if fmt == "hyphen":
        return f"{s[:6]}-{s[6:14]}-{s[14:]}"
    if fmt == "fullwidth":
        return s.translate(FW)
    return s


def _luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(RNG.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gen_bank(fmt: str) -> str:
    length = 19 if fmt.startswith("19") else 16
    s = _luhn_complete(RNG.choice(["621700", "622848", "623058", "622202", "621799", "622908"]), length)
    if fmt.endswith("spaced"):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def gen_mobile(fmt: str) -> str:
    s = RNG.choice(["13", "15", "18", "17", "19", "14", "16"]) + str(RNG.randrange(10)) + f"{RNG.randrange(10**8):08d}"
    if s[2] == "4" and s[1] == "4":
        s = "139" + s[3:]
    return {
        "plain": s,
        "plus86": "+86 " + s,
        "plus86tight": "+86" + s,
        "spaced": f"{s[:3]} {s[3:7]} {s[7:]}",
        "hyphen": f"{s[:3]}-{s[3:7]}-{s[7:]}",
        "fullwidth": s.translate(FW),
        "paren86": "(+86)" + s,
    }[fmt]


def gen_landline(fmt: str) -> str:
    local = str(RNG.choice([2, 3, 5, 6, 8])) + f"{RNG.randrange(10**6):06d}"
    return {
        "hyphen": f"0476-{local}",
        "paren": f"(0476){local}",
        "fwparen": f"（0476）{local}",
        "space": f"0476 {local}",
        "tight": f"0476{local}",
        "beijing": f"010-6{RNG.randrange(10**7):07d}",
        "huhhot": f"0471-{RNG.choice([3, 4, 6])}{RNG.randrange(10**6):06d}",
    }[fmt]


GEN = {"id_number": gen_id, "bank_card": gen_bank, "mobile": gen_mobile, "landline": gen_landline}
ALIASES = {"id": "id_number", "bank": "bank_card", "mobile": "mobile", "landline": "landline"}

FM = "---\nid: {id}\nrole: {role}\nnote: 构造的测试访谈，其中的姓名、号码、地址全部是虚构的。\n---\n"

DOCS: dict[str, tuple[str, str]] = {}

DOCS["P01"] = ("family", """\
访谈者：大娘您好，您怎么称呼？
受访者：我叫⟦person|吴桂兰⟧，今年六十八了。老头子叫⟦person|赵德胜⟧，前年走了。
访谈者：孩子现在跟您过？
受访者：对，孙子叫⟦person|赵浩然⟧，⟦birth_date|2014年9月12日⟧出生的，今年上五年级。孙女叫⟦person|赵欣怡⟧，生日是⟦birth_date|2017年3月5日⟧。
访谈者：申请补助的时候填了哪些材料？
受访者：户口本、我的身份证，身份证号是⟦id:spaced⟧，还有孩子的，孩子的是⟦id:plain⟧。
钱打到我那张一卡通上，卡号⟦bank:19⟧，每个月十号左右到。
访谈者：村里谁帮您办的？
受访者：村会计⟦person|李建国⟧帮着填的表，后来镇上的⟦person|刘主任⟧也来过一回。⟦person|刘主任⟧说有事就打他电话⟦mobile:plain⟧。
访谈者：您家住哪儿？
受访者：⟦address|大营子村三组12号⟧，就在村部后头。
访谈者：您觉得这个钱够用吗？
受访者：我很高兴，周末孩子还能去镇上补课。黄金啥的咱也不懂，方面多得很，常常是这样，向来都是紧紧巴巴过日子。
""")

DOCS["P02"] = ("family", """\
访谈者：您好，您是孩子的什么人？
受访者：我是他姑姑，我叫⟦person|陈晓燕⟧。孩子叫⟦person|陈思雨⟧，出生日期⟦birth_date|2012.03.05⟧，他爸⟦person|陈志强⟧在包头打工。
访谈者：您的联系方式方便留一下吗？
受访者：手机⟦mobile:spaced⟧，微信也是这个号。邮箱是⟦email|chenxy1985@163.com⟧，平时也不怎么看。
访谈者：孩子他妈呢？
受访者：走了好几年了，电话打不通。她原来用的是⟦mobile:plus86⟧，现在是空号。
访谈者：申请时候提交了什么？
受访者：⟦person|张某⟧让我们交身份证复印件，我的是⟦id:hyphen⟧。银行卡是⟦bank:16spaced⟧，身份证号⟦id:plain⟧，两样写在一张纸上交上去的。
访谈者：您住在哪里？
受访者：红山区⟦address|昭乌达路56号院3号楼2单元401室⟧。
访谈者：平常学校那边谁联系您？
受访者：班主任⟦person|马丽华⟧老师，人挺好。学校电话是⟦landline:hyphen⟧。
访谈者：孩子最近情绪怎么样？
受访者：那个时候我去了马上就回来，孩子一个人在家哭。现在好点了，每天放学都是我接。
""")

DOCS["P03"] = ("staff", """\
访谈者：您在民政所负责哪块工作？
受访者：我是⟦person|高峰⟧，在松山区民政局儿童福利股，主要管困境儿童这块，工作邮箱⟦email|gaofeng.ss@outlook.com⟧。我们股长是⟦person|王书记⟧兼着的。
访谈者：平时怎么跟村里对接？
受访者：每个村有儿童主任，像⟦place|大营子村⟧的儿童主任⟦person|孙秀英⟧，电话⟦mobile:hyphen⟧，有事我们直接打给她。办公室座机是⟦landline:paren⟧，邮箱⟦email|songshan_etfl@126.com⟧。
访谈者：工作量大吗？
受访者：忙得很，赶上用电高峰、防汛，都得去。全村主任都开会的时候我们也得去。一个人身兼数职，高峰期一天跑五六个村。
访谈者：有没有漏报的情况？
受访者：有。去年⟦person|老张⟧家的孙子就没报上，⟦person|老张⟧腿脚不好，也没人告诉他。后来是⟦person|小刘⟧跑去给补上的。
访谈者：资料怎么保存？
受访者：档案里都有，比方说一个孩子的身份证号⟦id:x⟧，监护人的银行卡⟦bank:19spaced⟧，都要核对。
访谈者：您觉得还缺什么？
受访者：缺人。我们那个⟦person|李老师⟧是借调的，⟦person|赵大夫⟧是卫生院兼职的，说走就走。
""")

DOCS["P04"] = ("family", """\
访谈者：您好，您是孩子的爷爷？
受访者：对，我叫⟦person|巴特尔⟧，孩子他奶奶叫⟦person|乌云其其格⟧。我们是蒙古族，住在⟦address|巴彦塔拉嘎查二组⟧。
访谈者：孩子叫什么名字？
受访者：孩子叫⟦person|苏和⟧，⟦birth_date|2013年11月20日⟧生的，身份证号⟦id:fullwidth⟧。
访谈者：补助怎么领？
受访者：打到嘎查给办的卡上，⟦bank:16⟧，我也不会看余额，都是⟦person|张姐⟧帮着看。
访谈者：有事找谁？
受访者：找嘎查达⟦person|额尔敦⟧，他电话⟦mobile:fullwidth⟧。苏木的座机⟦landline:fwparen⟧，一般没人接。
访谈者：孩子上学怎么样？
受访者：在旗里上寄宿，老师叫⟦person|斯琴⟧，挺负责。学校地址是⟦address|新华路38号⟧，离家一百多里。
访谈者：您身体怎么样？
受访者：老毛病了，高血压。我是⟦birth_date|1956年8月3日⟧生人，今年七十了。
""")

DOCS["P05"] = ("staff", """\
访谈者：您是社工站的？
受访者：对，我叫⟦person|周敏⟧，在红山区社工站。我们站长是⟦person|欧阳明⟧。
访谈者：平时怎么联系服务对象？
受访者：打电话，我手机是⟦mobile:plus86tight⟧，站里座机⟦landline:space⟧，邮箱⟦email|zhoumin.sw@qq.com⟧。
访谈者：能举个例子吗？
受访者：有个孩子叫⟦person|黄子轩⟧，出生于⟦birth_date|2011年6月18日⟧，父亲⟦person|黄德明⟧服刑，母亲⟦person|刘某某⟧出走。孩子现在跟着姥姥住在⟦address|钢铁街17号⟧。
访谈者：登记的时候记什么？
受访者：监护人身份证⟦id:lowerx⟧，手机⟦mobile:plain⟧，银行卡⟦bank:19⟧，这三样必须有。
访谈者：你们跟学校怎么配合？
受访者：学校那边是⟦person|王老师⟧对接，教务处电话⟦landline:beijing⟧，是北京来支教的老师留的。我们也联系⟦person|方正⟧律师，给孩子做法律援助。
访谈者：工作中有什么难处？
受访者：文明城市检查一来，啥都得放下。王国、黄金这些词跟我们没关系，我们就是忙。
""")

DOCS["P06"] = ("family", """\
访谈者：您好，家里几口人？
受访者：四口。我叫⟦person|孟凡英⟧，老伴⟦person|韩国庆⟧。儿子⟦person|韩磊⟧离婚了，孙子⟦person|韩子涵⟧跟着我们。
访谈者：孩子多大了？
受访者：⟦birth_date|2010-07-15⟧出生的，上初中了。
访谈者：补助办下来了吗？
受访者：办下来了。村里⟦person|王书记⟧和⟦person|刘会计⟧来过，把我的身份证号⟦id:old15⟧抄走了，说老身份证也行。
孩子他爸的身份证号是⟦id:spaced⟧，电话⟦mobile:paren86⟧，在外地也不常打。
访谈者：钱发到哪儿？
受访者：发到信用社的卡上，卡号⟦bank:16⟧。我们住⟦address|新地村五组⟧，离信用社十来里。
访谈者：有人回访吗？
受访者：⟦person|小王⟧来过两回，后来就没来了。⟦person|老周⟧家也一样，批完就没人管了。
访谈者：您觉得孩子最需要什么？
受访者：孩子小时候身体弱，现在好多了。高中的时候想让他住校，就是怕钱不够。
""")

DOCS["P07"] = ("staff", """\
访谈者：您在哪个部门？
受访者：我是宁城县民政局的⟦person|于海洋⟧，负责儿童福利。我们局长是⟦person|何志远⟧。
访谈者：工作中跟哪些单位打交道？
受访者：教育局的⟦person|邓丽君⟧、残联的⟦person|唐主任⟧，还有妇联的⟦person|宋姐⟧。于是我们就建了个群，于某种程度上解决了信息不通的问题。
访谈者：能看看你们的台账吗？
受访者：可以，比方说这一户，户主⟦person|郑国华⟧，身份证号⟦id:plain⟧，电话⟦mobile:spaced⟧，住⟦address|天义镇长青街9号⟧，孩子生日是⟦birth_date|2016年2月29日⟧。
另一户户主身份证⟦id:hyphen⟧，银行卡⟦bank:16spaced⟧，住在⟦address|汐子镇二道营子村8号⟧。
访谈者：你们对外的联系方式？
受访者：办公电话⟦landline:hyphen⟧，邮箱⟦email|ncxmzj_etfl@163.com⟧。有问题也可以找⟦person|李科长⟧，他手机⟦mobile:plain⟧。
访谈者：资金发放顺利吗？
受访者：资金有保障，每月准时发放。2023年3月5日开会定的标准，一人一月1200元。
""")

DOCS["P08"] = ("family", """\
访谈者：您好，您是孩子的什么人？
受访者：我是他舅舅，叫⟦person|司马建军⟧。孩子叫⟦person|林小雨⟧，出生年月是⟦birth_date|2015年4月⟧。
访谈者：孩子父母呢？
受访者：他爸⟦person|林国栋⟧出车祸没了，他妈改嫁到外地，电话⟦mobile:hyphen⟧，一年也联系不上两回。
访谈者：您申请的时候用的谁的卡？
受访者：用我的卡，⟦bank:19spaced⟧。身份证号我记不全，大概是⟦id:x⟧。
访谈者：您住哪儿？
受访者：我们住⟦address|锦绣小区5栋302室⟧，孩子在⟦place|东升小学⟧上学。
访谈者：学校有人关心孩子吗？
受访者：有个志愿者⟦person|白雪⟧，每周来一次。还有大学生⟦person|向阳⟧给他辅导功课，人挺好。
访谈者：有什么需要联系您的方式？
受访者：我的邮箱是⟦email|sima_jj@sina.com⟧，手机⟦mobile:plus86⟧。家里座机⟦landline:tight⟧。
访谈者：孩子状态怎么样？
受访者：常常一个人发呆。方面的事我也说不清，向来不爱说话。
""")

DOCS["P09"] = ("staff", """\
访谈者：您是村里的儿童主任？
受访者：对，我叫⟦person|曹丽娟⟧，兼着妇联主席。村书记是⟦person|宁书记⟧。
访谈者：村里有几个困境儿童？
受访者：七个。比如⟦person|田甜⟧，⟦birth_date|2012年10月8日⟧生的，她奶奶⟦person|田秀兰⟧带着。家住⟦address|幸福村四组27号⟧。
还有⟦person|孔令辉⟧家的两个孩子，户主手机⟦mobile:fullwidth⟧，身份证⟦id:fullwidth⟧。
访谈者：你们怎么跟上面沟通？
受访者：上面来文件，镇上⟦person|杜干事⟧会打电话，镇政府座机⟦landline:huhhot⟧。也发邮件，我的邮箱⟦email|caolijuan1990@163.com⟧。
访谈者：建档的时候记什么？
受访者：出生日期、身份证号、卡号，比方说⟦person|田甜⟧的，出生日期⟦birth_date|2012年10月8日⟧，身份证号⟦id:plain⟧，卡号⟦bank:19⟧，这些都得准确。
访谈者：工作中最难的是什么？
受访者：人手不够，全村就我一个。老师们也忙，小时候的事孩子也记不清。
""")

DOCS["P10"] = ("family", """\
访谈者：大姐您好，能说说孩子情况吗？
受访者：孩子叫⟦person|郝佳琪⟧，二〇一三年出生的，具体生日是⟦birth_date|二〇一三年五月二十日⟧。我是她妈妈⟦person|冯艳⟧。
访谈者：孩子爸爸呢？
受访者：他爸⟦person|郝建伟⟧得了尿毒症，在赤峰透析。医院的⟦person|黄大夫⟧说得换肾。
访谈者：治病花了多少钱？
受访者：花了十几万了，借的⟦person|老孙⟧家三万。医保报了一部分。
访谈者：补助怎么联系？
受访者：街道的⟦person|谢主任⟧给了个电话⟦landline:hyphen⟧，我打过，说让找社区。社区的⟦person|小马⟧加了我微信，我手机⟦mobile:plain⟧。
访谈者：申请时交了什么？
受访者：我的身份证⟦id:plain⟧，银行卡⟦bank:16⟧。还有孩子的出生证明，出生日期⟦birth_date|2013.05.20⟧。
访谈者：您家住哪？
受访者：⟦address|桥北街道站前路88号⟧，⟦address|永安小区3号楼1单元602室⟧。
访谈者：还有什么想说的？
受访者：邮箱我留一个吧，⟦email|fengyan_cf@126.com⟧，有消息发给我。
""")

DOCS["P11"] = ("staff", """\
访谈者：您在学校负责什么？
受访者：我是⟦place|东升小学⟧的德育主任，叫⟦person|阎文博⟧。
访谈者：学校怎么发现困境儿童？
受访者：班主任报上来。比如⟦person|邱雨桐⟧，家里⟦person|邱某⟧在外地，⟦person|邱某⟧的电话⟦mobile:spaced⟧一直打不通。
访谈者：学校留了哪些信息？
受访者：学生卡上有出生日期，比如生日⟦birth_date|2014年12月1日⟧，还有家长身份证⟦id:spaced⟧，家长手机⟦mobile:hyphen⟧。
资助款打到家长卡上，卡号⟦bank:19⟧。有时候家长给的是⟦bank:16spaced⟧这张。
访谈者：学校有自己的联系渠道吗？
受访者：学校座机⟦landline:paren⟧，德育处邮箱⟦email|dongsheng_dy@163.com⟧。家长也能找⟦person|郭老师⟧。
访谈者：家访多吗？
受访者：一学期一次。上回去了⟦address|清河路7号⟧一户，孩子跟着爷爷，爷爷耳朵背。
""")

DOCS["P12"] = ("family", """\
访谈者：您好，您是孩子的外婆？
受访者：是，我叫⟦person|罗淑芬⟧，外孙女叫⟦person|潘雨萱⟧，⟦birth_date|2016年8月9号⟧生日。
访谈者：孩子父母在哪？
受访者：她妈⟦person|罗丽⟧在深圳打工，电话⟦mobile:plain⟧；她爸⟦person|潘志刚⟧在看守所。
访谈者：谁帮您申请的？
受访者：社区的⟦person|丁主任⟧。⟦person|丁主任⟧让我交身份证，我的身份证号⟦id:hyphen⟧，银行卡⟦bank:19spaced⟧。
访谈者：您住哪儿？
受访者：⟦address|元宝山区平庄镇建设路12号⟧。
访谈者：有人来看过吗？
受访者：⟦person|小李⟧来过，是社工。⟦person|老刘⟧也来过，是街道的。社区电话⟦landline:space⟧，我老记不住。
访谈者：您自己的联系方式？
受访者：我手机⟦mobile:plus86⟧。邮箱没有，我外孙女有，⟦email|pyx2016@qq.com⟧。
""")

DOCS["P13"] = ("staff", """\
访谈者：您在银行负责代发？
受访者：对，我是信用社的⟦person|蔡文静⟧。代发名单上一行一户，比如：⟦bank:19⟧ ⟦id:plain⟧ ⟦mobile:plain⟧，卡号、身份证、手机挨着写。
有的户写成⟦bank:16spaced⟧/⟦id:spaced⟧这样，中间用斜杠隔开。
访谈者：名单从哪来？
受访者：民政局发邮件过来，发件人是⟦email|mzj_etfl@chifeng.gov.cn⟧，抄送⟦email|li.jianhua@126.com⟧。有问题打⟦landline:hyphen⟧或者⟦landline:beijing⟧。
访谈者：有没有对不上的？
受访者：有，卡号⟦bank:19spaced⟧的这户，户主叫⟦person|姜红梅⟧，住⟦address|哈达街112号⟧，身份证对不上，后来改了。
还有一户住⟦address|富丽华小区12号楼3单元501室⟧，户主⟦person|徐长江⟧，卡号⟦bank:16⟧。
访谈者：你们怎么通知户主？
受访者：打电话，打不通就发邮件，比如⟦email|xu_cj1978@163.com⟧。座机⟦landline:tight⟧也留着。
""")

DOCS["P14"] = ("family", """\
访谈者：您好，您怎么称呼？
受访者：我姓⟦person|常⟧，叫⟦person|常玉梅⟧，孩子是我孙子⟦person|常乐⟧，⟦birth_date|2013年1月6日⟧出生。
访谈者：家里怎么联系？
受访者：我不会用手机，都是儿媳妇的号⟦mobile:plain⟧。儿子的邮箱⟦email|changjun@qq.com⟧，他在外头干活。村部电话⟦landline:paren⟧。
访谈者：卡是谁的？
受访者：我的，⟦bank:19⟧，村里⟦person|郭会计⟧帮着办的。我身份证⟦id:plain⟧。
访谈者：住哪儿？
受访者：⟦address|哈拉道口镇三家村二组⟧，门牌是⟦address|三家村46号⟧。
访谈者：孩子上学远吗？
受访者：孩子在镇上念书，老师的邮箱是⟦email|wanglaoshi_hldk@163.com⟧，有事发邮件，学校座机⟦landline:hyphen⟧。
""")

# ---- held-out set: written after the detector was tuned on P01-P14, never used for tuning -------------------------
HOLDOUT: dict[str, tuple[str, str]] = {}

HOLDOUT["H01"] = ("family", """\
访谈者：阿姨您好，家里情况能说说吗？
受访者：我家那口子叫⟦person|石宝山⟧，前年在煤矿出了事。我自己叫⟦person|傅春花⟧，⟦birth_date|1979年10月2日⟧出生。两个孩子，大的⟦person|石磊磊⟧上初二，小的⟦person|石佳怡⟧九岁。
访谈者：平时谁帮衬你们？
受访者：娘家兄弟⟦person|傅春雷⟧，还有村里的⟦person|康主任⟧。⟦person|康主任⟧人实在，常常上门。
访谈者：补助发到哪里？
受访者：发到农商行的卡，卡号是⟦bank:19⟧，身份证号⟦id:spaced⟧。电话就打我这个⟦mobile:hyphen⟧。
访谈者：您家地址？
受访者：⟦address|五十家子村六组⟧，进村第三家。孩子学校在⟦address|振兴路23号⟧。
访谈者：最担心什么？
受访者：怕孩子学坏。周末他们都是自己在家，我向来不放心，心里高兴不起来。
""")

HOLDOUT["H02"] = ("staff", """\
访谈者：您负责哪个片区？
受访者：我是乡里的民政专干⟦person|谭志勇⟧，管十一个村。跟我搭班的是⟦person|小潘⟧和⟦person|老魏⟧。
访谈者：怎么发现困境儿童？
受访者：靠村医和网格员。像⟦person|温晓东⟧这个网格员，一个人管三百多户，他手机⟦mobile:plain⟧一天响几十回。
访谈者：档案里记什么？
受访者：孩子姓名、出生日期、身份证。比如有个孩子叫⟦person|廖思琪⟧，出生日期是⟦birth_date|2015年7月21日⟧，身份证⟦id:plain⟧，监护人银行卡⟦bank:16spaced⟧。
访谈者：你们的联系方式？
受访者：乡民政办电话⟦landline:hyphen⟧，邮箱⟦email|xiang_mzb@163.com⟧。我个人邮箱⟦email|tanzhiyong88@qq.com⟧。
访谈者：经费够吗？
受访者：不够。方面太多，黄金周还得值班，王国那么大的事也轮不到我们管。
""")

HOLDOUT["H03"] = ("family", """\
访谈者：大爷，孩子跟着您几年了？
受访者：五年了。孩子他妈⟦person|邵丽萍⟧走了，他爸⟦person|贺军⟧在外地，手机号⟦mobile:plus86⟧，打十回接一回。
访谈者：孩子叫什么？
受访者：叫⟦person|贺天宇⟧，生日是⟦birth_date|2011.09.30⟧，身份证⟦id:hyphen⟧。
访谈者：家里收入呢？
受访者：种地，一年也就万把块。补助进的是我那张卡⟦bank:19spaced⟧。
访谈者：住哪儿？
受访者：⟦address|红旗街道光明小区7号楼2单元301室⟧，是我闺女的房子。
访谈者：有谁来看过？
受访者：街道的⟦person|钟大姐⟧，还有一个大学生志愿者⟦person|黎明⟧，常来给孩子补课。社区座机⟦landline:paren⟧。
""")

HOLDOUT["H04"] = ("staff", """\
访谈者：学校这边怎么配合？
受访者：我是心理老师⟦person|叶晓红⟧。我们校长⟦person|龙建华⟧很重视，专门让⟦person|贾老师⟧负责建档。
访谈者：建档记哪些？
受访者：学生⟦person|毛雨涵⟧，⟦birth_date|2012年12月12日⟧生的，家长电话⟦mobile:fullwidth⟧，家长身份证⟦id:fullwidth⟧，资助卡号⟦bank:16⟧。
访谈者：有家访吗？
受访者：有，上周去了⟦address|滨河路156号⟧，家长不在，孩子跟着奶奶。奶奶说有事找⟦person|毛某⟧，就是孩子的叔叔。
访谈者：学校的联系方式？
受访者：学校电话⟦landline:tight⟧，心理咨询室邮箱⟦email|xlzx_school@126.com⟧。
""")

# ---- held-out set 2: written after the second round of tuning (which looked at H01-H04), never tuned on ----------
HOLDOUT2: dict[str, tuple[str, str]] = {}

HOLDOUT2["H05"] = ("family", """\
访谈者：婶子，您家里几口人？
受访者：俺家五口，俺男人⟦person|柴振江⟧常年在外头跑车，俺婆婆瘫在炕上。俩闺女，大的⟦person|柴雨欣⟧，小的⟦person|柴雨涵⟧。
访谈者：孩子生日记得吗？
受访者：大的是⟦birth_date|2012年8月15日⟧生的，小的生日⟦birth_date|2016年1月3日⟧。
访谈者：平时谁来看过？
受访者：⟦person|邢书记⟧来过一趟，还有妇联的⟦person|小蔡⟧。⟦person|邢书记⟧说有事打他手机⟦mobile:spaced⟧。
访谈者：钱打到哪？
受访者：俺那张存折，账号⟦bank:19⟧，身份证是⟦id:plain⟧。
访谈者：家在哪儿？
受访者：⟦address|西桥镇雷家营子村七组⟧，村东头第二家。
访谈者：有啥难处？
受访者：周末俩孩子都是自己做饭，常常凑合一口。高兴的事也有，大的考了全班第三。
""")

HOLDOUT2["H06"] = ("staff", """\
访谈者：您在社区做什么？
受访者：我是社区网格员，叫⟦person|鲍春燕⟧。我们书记⟦person|戚国梁⟧抓这块抓得紧。
访谈者：辖区有几个困境儿童？
受访者：十来个。⟦person|卞佳乐⟧家最难，他爸⟦person|卞志国⟧判了十年，他妈改嫁了，孩子跟着太奶奶。
访谈者：信息怎么登记？
受访者：表上有孩子出生日期⟦birth_date|2013-04-27⟧、监护人身份证⟦id:hyphen⟧、监护人电话⟦mobile:plus86tight⟧，还有住址⟦address|铁南街道和顺小区9号楼4单元202室⟧。
访谈者：跟街道怎么对接？
受访者：街道民政科的⟦person|庞科长⟧，办公电话⟦landline:hyphen⟧。文件一般发到⟦email|tienan_sq@163.com⟧。
访谈者：工作上最大的问题？
受访者：人少事多。方面太多了，向来都是一个人顶三个人用。
""")

HOLDOUT2["H07"] = ("family", """\
访谈者：爷爷，您是怎么知道这个政策的？
受访者：是村医⟦person|聂德福⟧跟我说的。他给孙子看病，问我孩子爹妈在哪，我说都不在了。
访谈者：孩子叫什么？
受访者：大名⟦person|殷浩宇⟧，小名叫⟦person|豆豆⟧，⟦birth_date|2014年6月1日⟧出生，正好儿童节。
访谈者：申请麻烦吗？
受访者：麻烦。跑了好几趟，⟦person|殷某⟧帮着跑的，他是我侄子。我的身份证号⟦id:spaced⟧，孩子的⟦id:plain⟧，都交上去了。
访谈者：补助发到哪？
受访者：发到⟦bank:16spaced⟧这张卡上。我家住⟦address|红旗路77号⟧，孩子在镇上念书，学校电话⟦landline:paren⟧。
""")

HOLDOUT2["H08"] = ("staff", """\
访谈者：您是哪个单位的？
受访者：县妇联的，我叫⟦person|阮丽萍⟧。跟我一起下乡的还有⟦person|俞晓峰⟧和⟦person|老葛⟧。
访谈者：你们怎么发现需要帮助的孩子？
受访者：靠学校报。比如⟦person|樊梦瑶⟧这孩子，就是她班主任⟦person|蒋红霞⟧老师报上来的。孩子她妈⟦person|曲丽⟧精神不好，她爸⟦person|樊建军⟧在外地。
访谈者：你们留了哪些信息？
受访者：家长手机⟦mobile:hyphen⟧，家长邮箱⟦email|fanjj1981@126.com⟧，孩子出生年月⟦birth_date|2011年11月⟧。
访谈者：有资金支持吗？
受访者：有个基金会，联系人⟦person|岳经理⟧，电话⟦landline:beijing⟧，每年给二十个孩子助学金，直接打到卡上，比如⟦bank:19⟧这张。
""")

NAMES_CSV = [
    ("巴特尔", "person", ""),
    ("乌云其其格", "person", ""),
    ("苏和", "person", ""),
    ("额尔敦", "person", ""),
    ("斯琴", "person", ""),
    ("大营子村", "place", "某村"),
    ("东升小学", "place", "某小学"),
]

MARK = re.compile(r"⟦([a-z_]+)(?:\|([^⟧]+)|:([a-z0-9]+))⟧")


def render(markup: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(markup):
        chunk = markup[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        kind, literal, fmt = m.group(1), m.group(2), m.group(3)
        if literal is not None:
            value = literal
        else:
            kind = ALIASES[kind]
            value = GEN[kind](fmt)
        spans.append((length, length + len(value), kind, value))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), spans


def main() -> None:
    write_set(DOCS, HERE, "answer_key.csv")
    write_set(HOLDOUT, HERE / "holdout", "answer_key.csv")
    write_set(HOLDOUT2, HERE / "holdout2", "answer_key.csv")


def write_set(docs: dict[str, tuple[str, str]], folder: Path, key_name: str) -> None:
    folder.mkdir(exist_ok=True)
    key_rows = []
    for doc_id, (role, body) in docs.items():
        head = FM.format(id=doc_id, role=role)
        text, spans = render(body)
        text = head + text
        for s, e, kind, value in spans:
            s += len(head)
            e += len(head)
            assert text[s:e] == value
            key_rows.append({"doc_id": doc_id, "start": s, "end": e, "type": kind, "text": value})
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    with open(folder / key_name, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["doc_id", "start", "end", "type", "text"])
        w.writeheader()
        w.writerows(key_rows)
    if folder != HERE:
        print(folder.name, _counts(key_rows))
        return
    with open(HERE / "names.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "type", "pseudonym"])
        w.writerows(NAMES_CSV)
    print(folder.name, _counts(key_rows))


def _counts(key_rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in key_rows:
        counts[row["type"]] = counts.get(row["type"], 0) + 1
    return counts


if __name__ == "__main__":
    main()
