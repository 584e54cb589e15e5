# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 136 (tests/pii/holdout136/H1073-H1080 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 136 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
余姚 and 海宁 (Zhejiang): a Mongolian grandmother from 达尔罕茂明安联合旗 raising two grandsons in 余姚 (兰江街道)
after their father drowned when his sand boat capsized on the canal and their Han mother remarried and could not be
found; an Amdo Tibetan mother from 夏河 who sews leather jackets in a workshop in 海宁, her husband in prison for a
drunken crash; a Hui father from 广河 who runs a beef-noodle shop in 阳明街道 with his wife and raises a daughter
with epilepsy; a Kazakh mother from 哈巴河 who tends warp-knitting machines in a 海宁 mill (马桥), her son after heart
surgery with her and her daughter with her parents; a Han village children's officer (儿童主任) in 梨洲街道 reading
out her register; a Han township social worker in 许村 handling 孤儿基本生活费 and 事实无人抚养 cases; a Han
primary-school teacher in 马渚 who reaches her four cases and their parents on WeChat and QQ; and a Han uncle in
长安镇 who runs a car-repair shop and raises his late sister's son while the boy's father is in a compulsory drug
rehabilitation centre. The emphasis is on forms where a replacement might cover only part of a name, in a mix
rather than one trick: Mongolian names used whole and with a short form (宝日汗图雅 then 宝日汗, 塔拉腾巴雅尔 then
塔拉腾他, 呼日勒巴根他, 朝鲁蒙, 诺日布扎那, 布仁额尔敦, 萨仁满都拉, 乌力罕, 浩日娃她), a Han surname before a Mongolian
given name (云伊日贵, 云宝日汗图雅, 白乌力罕) and the Han names of Mongolians (云志勇, 云浩然, 云浩轩, 白永旺); Amdo
Tibetan names of 夏河 (完么拉毛草, 斗格加, 吉太加, 卓尕草, 公保加) with short forms (完么, 斗格), 才 opening a name
before the adverb 才 (才让东主才十一岁), Tibetan names that look like a Han surname and given name (李毛草 and 李毛,
whom classmates take for a girl surnamed 李; 周措她, taken for a woman surnamed 周), a Han surname before a Tibetan
given name (王完么拉毛草, as the residence permit writes it) and the Han name a Tibetan boy chose (王乐天); Han-form
Hui names (敏永福, 妥彩霞, 敏海龙, 敏子涵, 撒玉梅, 妥永清, 冶鸿福阿訇) beside 经名 used alone (朱拜尔, 买穆乃她, 阿哈默德,
扎依乃她, 哈里凡) and after a Han surname (敏朱拜尔, 撒阿尤布); Kazakh given name + father's name with and without the
dot (阿合娜尔·吐尔汗, 巴格达提·乌拉孜别克, 巴格达提乌拉孜别克, 乌拉孜别克·沙尔拜, 吐尔汗·多斯别克, 叶森·拜山,
阿克巴尔·居努斯, 苏力坦·阿克巴尔), single and short forms (阿合娜尔, 巴格达提, 乌拉孜别克他, 阿依柯孜, 布鲁丽汗, 卡丽娜,
苏力坦, 孜亚达她, 阿克巴尔, and the classmates' 坦坦) and a Han surname put before a Kazakh name by a mill's payroll
(白阿合娜尔); Han names with common and rare surnames of the region (诸, 岑, 劳, 邵, 查, 褚, 屠, 宓, 郦, 戚, 钮, 翁, 裘,
祝, 竺, 鲁, 柴, 虞, 闻, 卜, 干, 俞, 黎, 娄, 邬, 郎); surnames that are also ordinary words directly after or before
grammar words (和美娟和, 还月琴还, 把丽君把, 向德林向来, 就秀芬就, 能建华能不能, 被春梅被, 让月娥让我, 也婷婷也,
有思远有一回, 都秀梅都, 要晓军要我) and given names that end in one (施永和和, 邵德才才, 孙晓和和); names that
contain words (向国庆, 毛宇航, 向一诺, 柴国富, 小和尚) beside ordinary words that start with a surname of the voices
(向来, 卜卦 beside 卜秀珍, 干部 beside 干丽娜); titles and kin words after names (劳丽萍老师, 宓晓雯老师, 祝晓岚老师,
冶鸿福阿訇, 万俟婉婷律师; the span is the name only); a surname with only a title or kin word, annotated whole
(岑主任, 查老板, 褚阿姨, 屠警官, 郦医生, 裘医生, 沈阿婆, 竺主任, 闻姐, 朱副镇长, 干老师, 郎老师); nicknames and local
forms of address, annotated whole (燕儿, 阿潮, 阿富, 小和尚, 强哥, 宇宝); names directly before particles, pronouns
and verbs and after 叫/是/给/跟/找/让/和 (叫诸晓丹, 给胡秋萍, 跟沈可欣, 找许海英, 让钮浩宇, 我和周措); a name closing
the last sentence (对得起我阿妹娄美玲。); names spaced out character by character in half- and full-width spaces
(呼 日 勒 巴 根, 才　让　东　主, 巴 格 达 提, 白　乌　力　罕, 宇 文 栖 梧, 第 五 秋 菊, 端 木 长 歌, 诸　葛　砚　秋,
万 俟 婉 婷, 钮　浩　辰, 邬　天　宇), a dotted name with spaces around the dot (阿合娜尔 · 吐尔汗) and names split in
two (宝日汗　图雅, 完么 拉毛草, 虞嘉 怡, 申屠 可馨, 娄美 玲); compound surnames after ordinary words (濮阳, 公冶, 淳于,
宗政, 钟离, 东郭, 司空, 慕容, 宇文, 太史, 左丘, 第五, 申屠, 梁丘, 司马, 端木, 上官, 诸葛, 轩辕, 呼延, 万俟 after
叫/的/是/我、/好在/新来的/大学生/志愿者/社工/管教); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和美娟}}``, ``{{qq:3902751846}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2013tri.622924}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 律师) and a particle, pronoun or
verb written directly after a name (她, 他, 也, 都, 就, 还, 把, 被, 让, 要, 和, 才, 向来, 能不能) are outside the span; a
surname with only a title or kin word (岑主任, 查老板, 褚阿姨, 闻姐) and a nickname or local form of address (燕儿,
阿潮, 阿富, 小和尚, 强哥, 宇宝) are annotated whole. Han-style names of Mongolian, Tibetan and Hui people (云志勇,
王乐天, 敏永福, 白永旺) are category han; a Han surname before a non-Han given name (云宝日汗图雅, 王完么拉毛草,
敏朱拜尔, 撒阿尤布, 白阿合娜尔, 白乌力罕) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout136/make_holdout136.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(136_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1073: Mongolian grandmother from 达尔罕茂明安联合旗 raising two grandsons in 余姚 (兰江街道) after their father
# drowned when his sand boat capsized on the canal; their Han mother remarried and cannot be found.
DOCS["H1073"] = ("family", """\
访谈者：阿姨，听说您是从内蒙古过来带孙子的？
受访者：是，{{trap/place:达尔罕茂明安联合旗}}，我们自己叫{{trap/place:达茂旗}}。我叫{{minority/mongolian:宝日汗图雅}}，老家的人都喊我{{minority/mongolian:宝日汗}}。老头子{{minority/mongolian:云伊日贵}}走了六年，我一个人放了几年羊，前年冬天来的{{trap/place:余姚}}。
访谈者：孩子的爸爸妈妈呢？
受访者：我儿子{{minority/mongolian:呼日勒巴根}}，船员证上的汉名叫{{han:云志勇}}，在{{trap/place:杭甬运河}}上开运沙船。前年十月起大风，船在船闸下面翻了，{{minority/mongolian:呼日勒巴根}}他被扣在舱里，第三天才捞上来。媳妇是本地人，叫{{han:诸晓丹}}，办完丧事就回了娘家，后来嫁到{{trap/place:慈溪}}去了。{{han:诸晓丹}}她换了号码，派出所找了半年也没找着人。
访谈者：两个孙子多大了？
受访者：大的{{minority/mongolian:塔拉腾巴雅尔}}十二，学校里用汉名{{han:云浩然}}，在{{school:兰江街道丰南小学六年级（2）班}}；小的{{minority/mongolian:朝鲁蒙}}八岁，汉名{{han:云浩轩}}，在{{school:丰南小学二年级（4）班}}。在家我喊大的{{minority/mongolian:塔拉腾}}，老师点名叫{{han:云浩然}}，他两个名字都答应。
访谈者：您一个人带两个孩子，在这边怎么过？
受访者：刚来话都听不懂，楼下的人一开口就是“{{trap/word:阿拉}}”，孩子们学着叫我“{{trap/word:阿娘}}”，我还以为在喊他们妈。房东{{han:和美娟}}和她男人住一楼，二楼这间便宜租给我们，一个月八百。楼上的{{han:还月琴}}还帮我去菜场讲价钱，教我认公交站牌。
访谈者：船上出事以后，赔偿怎么说的？
受访者：船是老板{{han:邵国平}}的，他说那天船闸不该放船，闸上说是他超载，两边推来推去。官司打了一年多，法院判他赔四十多万，到现在只给了十二万，说手头紧，剩下的慢慢给。那十二万我一分没动，存在大孙子名下，留着他们读书。律师是{{trap/org:法律援助中心}}派的，不要钱，为这个案子跑了好几趟{{trap/place:宁波}}。
访谈者：您自己身体怎么样？
受访者：血压高，腿也不好。这边潮，一下雨膝盖就疼，草原上哪有这么多雨。每天早上五点起来煮茶、蒸馒头，送完孩子去菜场，下午接回来做饭、看作业。我汉字认得不多，作业看不懂，就让大的教小的。晚上两个孩子睡了，我一个人坐在窗户边上，想我儿子，想草原，有时候一坐就到半夜。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:岑雅琴}}，孩子们叫她{{han:岑主任}}。户口在老家，补贴得{{trap/org:达茂旗民政局}}发，她跟嘎查的儿童主任{{minority/mongolian:诺日布扎那}}打了十几回电话，两边的材料对了三个月，两个孩子才算上事实无人抚养，每人每月{{trap/number:一千五百八十元}}。苏木的民政助理{{minority/mongolian:布仁额尔敦}}到我老家屋里拍了照。班主任{{han:劳丽萍}}老师给大的免了午托的钱。街道社工站来的小伙子叫{{compound:濮阳子豪}}，每周三来给小的读绘本；跟他搭班的姑娘叫{{compound:公冶思琪}}，带大的去{{trap/place:姚江}}边上跑步。
访谈者：孩子们还想爸爸吗？
受访者：大的不说。有一回我看见{{minority/mongolian:塔拉腾}}他把他爸的船员证夹在语文书里。小的晚上哭，要找爸爸的船。他在学校也调皮，跟同学打过两回架，人家笑他说话有口音。{{han:劳丽萍}}老师让他在班会上给全班讲草原、讲骑马，讲完同学们都围着他问，现在好多了。我给他们讲{{trap/famous:成吉思汗}}小时候没了阿爸，照样长成了大英雄。学校里老师讲{{trap/famous:王阳明}}，{{minority/mongolian:朝鲁蒙}}回来跟我说，奶奶，这边也有大英雄。
访谈者：老家还有人吗？
受访者：我妹妹{{minority/mongolian:萨仁满都拉}}替我看着房子和十几只羊，过年寄来{{trap/minority_word:炒米}}和{{trap/minority_word:奶豆腐}}，两个孩子抢着吃。她想让我们回去，可孩子在这边上学，课本也不一样，回不去了。去年过年没回去，票太贵。除夕那天我包了羊肉饺子，{{han:和美娟}}端上来一盆年糕，说余姚人过年要吃年糕，年年高。两个孩子给她磕了头，她哭了。我跟孩子们说，你们阿爸不在了，可这边的人对我们好，要记着。
访谈者：登记表上的信息请您说一下。
受访者：这边住{{address:余姚市兰江街道丰南新村9幢1单元102室}}，老家是{{address:巴音花镇乌兰希里嘎查二组7号}}。我的身份证{{id_number@wy1962quad.150223}}，大孙子的{{id_number@my2013fwhyphen.150223}}。我电话{{mobile@s434}}，{{han:岑主任}}的{{mobile@plus86spaced}}。{{minority/mongolian:塔拉腾}}有微信，叫{{wechat:talaten_fengnan13}}。小的有个QQ，说是玩游戏用的，号码他用蜡笔写在我的药盒上了：{{qq:3902751846}}。
访谈者：名字在表上都写对了吗？
受访者：乱的。法院的判决书上儿子是{{spaced:呼 日 勒 巴 根}}，救助名单上我成了{{spaced:宝日汗　图雅}}，小的体检表上写成{{spaced:朝 鲁 蒙}}，还有一张表把我写成{{minority/mongolian:云宝日汗图雅}}，加了老头子的姓。
访谈者：您最盼什么？
受访者：盼两个孩子平平安安长大。等{{minority/mongolian:朝鲁蒙}}上了初中，我带他们把阿爸的骨灰送回草原。
""")

# H1074: Amdo Tibetan mother from 夏河 who sews leather jackets in a workshop in 海宁; her husband is in prison
# for a drunken crash, her son and daughter with her.
DOCS["H1074"] = ("family", """\
访谈者：阿佳，您在这边做皮衣做了几年了？
受访者：四年了。我叫{{minority/tibetan:完么拉毛草}}，家里人叫我{{minority/tibetan:完么}}。老家在{{trap/place:夏河}}，从{{trap/place:拉卜楞寺}}往{{trap/place:桑科草原}}那边再走二十里。是同村的{{minority/tibetan:吉太加}}带我们来{{trap/place:海宁}}的，他在{{trap/org:皮革城}}后面的作坊里踩了十年缝纫机。
访谈者：来海宁以前在老家做什么？
受访者：放牦牛，夏天上山挖{{trap/minority_word:蕨麻}}。草场分到户以后，我们家的草场小，养不了几头牛，日子过不下去。{{minority/tibetan:吉太加}}回去过年，说海宁做皮衣一个月能挣六七千，我们两口子就跟着出来了。刚来的时候我连缝纫机都不会踩，针扎过好几回手，是作坊里的老师傅一点一点教的。
访谈者：孩子爸爸呢？
受访者：在监狱里。他叫{{minority/tibetan:斗格加}}，原来在作坊开送货的面包车。前年过年跟老乡喝了酒还开车，撞了一个骑电瓶车的阿姨，阿姨没救过来。判了四年，关在{{trap/org:乔司监狱}}。作坊里的人都叫他{{minority/tibetan:斗格}}，说{{minority/tibetan:斗格}}平时滴酒不沾，那天是想家了。
访谈者：孩子们呢？
受访者：儿子{{minority/tibetan:才让东主}}才十一岁，在{{school:海洲街道东山小学五年级（1）班}}。老师说名字太长，让他起个汉名，他自己挑了{{han:王乐天}}。派出所办居住证，系统里要填姓，民警也给我填了个王字，证上成了{{minority/tibetan:王完么拉毛草}}。女儿{{minority/tibetan:李毛草}}七岁，在{{school:东山小学一年级（3）班}}，同学以为她姓李，都叫她{{minority/tibetan:李毛}}。其实{{minority/tibetan:李毛}}在我们那儿是仙女的意思，没有姓。
访谈者：做活忙得过来吗？
受访者：忙不过来。旺季从九月到过年，一件皮衣缝两个钟头，晚上十一点才收工。儿子放了学就来作坊，帮我剪线头、熨衬里，一件给他五毛钱，他攒着买了一双球鞋。作坊老板{{han:查国梁}}让我把女儿带到作坊里写作业，大家都叫他{{han:查老板}}。{{han:查老板}}说{{trap/famous:金庸}}也姓查，是他们本家。
访谈者：有哪些人帮过你们？
受访者：社区的儿童主任{{han:褚丽芳}}，我们叫她{{han:褚阿姨}}。{{han:褚阿姨}}帮两个孩子报了服刑人员子女的关爱，每月{{trap/number:六百八十元}}，过年还送了米和油。法律援助中心的律师叫{{compound:淳于志明}}，帮我们跟那位阿姨家里谈赔偿，分三年赔。监狱每月一次亲情电话，是管教{{han:屠警官}}安排的。社工站有个姑娘叫{{compound:宗政晚晴}}，每两个月陪儿子坐公交去会见一次。
访谈者：儿子去看爸爸，回来怎么样？
受访者：第一回去，{{minority/tibetan:才让东主}}隔着玻璃一句话没说，回来路上才哭。现在会跟他爸讲学校里的事，讲他跑步得了第二名。{{minority/tibetan:斗格加}}让他好好读书，别学他。
访谈者：赔偿的钱怎么办？
受访者：法院判了赔七十多万，保险赔了一部分，剩下的我们家要拿。我每个月从工钱里拿两千给那家人，{{han:查老板}}替我先垫了一笔。那家的女儿开始不肯见我，后来我每个月去送钱，她给我倒了一杯水。我跟她说对不起，她说你也不容易。
访谈者：孩子爸爸在里面怎么样？
受访者：他在里面学了电焊，说出来以后再也不开车了，去工地上干电焊。每个月亲情电话只有十分钟，他先问女儿，再问儿子，最后才问我。去年减了四个月的刑，管教说他表现好。我掰着指头算，还有一年零七个月。
访谈者：孩子们在这边习惯吗？
受访者：儿子习惯了，会说海宁话，比我说得好。女儿刚来的时候天天哭，要回去找阿奶，现在也好了。她最喜欢学校的午饭，说有鱼有虾。就是冬天冷，屋里没有炉子，潮冷潮冷的，我把老家带来的羊皮袄盖在她被子上。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:卓尕草}}在夏河，七十了，每天去转经。村里的儿童主任{{minority/tibetan:公保加}}常去看她。作坊里还有个夏河来的{{minority/tibetan:周措}}，大家以为她姓周。我和{{minority/tibetan:周措}}住一个院子。{{minority/tibetan:周措}}她烧{{trap/minority_word:酥油茶}}给我们喝，过{{trap/minority_word:香浪节}}的时候一起跳{{trap/minority_word:锅庄}}。女儿在学校唱的歌，是{{trap/famous:仓央嘉措}}的诗。
访谈者：登记信息请您说一下。
受访者：这边租的房子在{{address:海宁市海洲街道东山村十二组40号}}，老家在{{address:夏河县拉卜楞镇瓦尔塘村三社8号}}。我的身份证{{id_number@wy1988hyphen.623027}}，儿子的{{id_number@my2014fullwidth.623027}}。我电话{{mobile@h38}}，{{han:褚丽芳}}的电话{{mobile@plain}}。我的微信{{wechat:wanmo_lamucao}}。儿子有QQ，号码他写在作坊的纸板上：{{qq:51937208}}。
访谈者：名字写对了吗？
受访者：判决书上是{{spaced:斗 格 加}}，学校的表上儿子写成{{spaced:才　让　东　主}}，我的工资单上是{{spaced:完么 拉毛草}}。
访谈者：最后还想说什么？
受访者：等他出来，一家人回夏河。
""")

# H1075: Hui father from 广河 who runs a beef-noodle shop in 阳明街道 (余姚) with his wife; their daughter has
# epilepsy.
DOCS["H1075"] = ("family", """\
访谈者：老板，您这家牛肉面馆开了几年了？
受访者：六年了，就在{{trap/place:阳明街道}}这条街上。我叫{{han:敏永福}}，经名{{minority/hui:朱拜尔}}，老家{{trap/place:广河}}，离{{trap/place:三甲集}}不远。宁波寺里的老人叫我{{minority/hui:敏朱拜尔}}，两个名字连着念。
访谈者：怎么想到来余姚开店的？
受访者：广河出来开牛肉面的人多，全国哪儿都有。我十八岁就在兰州的店里当学徒，拉了八年面。后来听老乡说浙江这边厂多，打工的人多，吃面的人也多，就借了十万块钱，在这边盘了个店面。头两年亏，本地人吃不惯辣子，后来我少放辣子，多放香菜，生意才好起来。
访谈者：家里几口人？
受访者：四口。媳妇{{han:妥彩霞}}，经名{{minority/hui:买穆乃}}，在后厨拉面。儿子{{han:敏海龙}}九岁，经名{{minority/hui:阿哈默德}}，在{{school:阳明街道新城小学三年级（5）班}}。闺女{{han:敏子涵}}十二，经名{{minority/hui:扎依乃}}，三岁那年发高烧抽了一回，以后就落下了癫痫，一个月犯两三回。
访谈者：闺女现在上学吗？
受访者：上，在{{school:新城小学五年级（2）班}}随班就读。班主任{{han:宓晓雯}}老师知道{{minority/hui:扎依乃}}犯病的时候要侧着放，不能往嘴里塞东西，还教会了全班同学。资源教室的老师叫{{compound:钟离婉如}}，每周给她上两节课。{{minority/hui:扎依乃}}她最怕同学笑她，犯完病就趴在桌上不抬头。
访谈者：看病花钱多吗？
受访者：多。一个月药钱七八百，药是进口的，医保报一半。每半年去{{trap/org:宁波市妇儿医院}}做一回脑电图，是{{han:郦医生}}看的，她说这个病能控制，就是不能断药。街道残联的专职委员{{han:戚建国}}帮她办了残疾证，智力三级，拿两项补贴，一个月{{trap/number:三百二十元}}。
访谈者：还有谁帮过你们？
受访者：社区的儿童主任{{han:胡秋萍}}把闺女报成了困境儿童，又帮我们在{{trap/org:慈善总会}}申请了大病救助。户口在老家，这边不好办，{{han:胡秋萍}}跑了好几趟。街道社工站的{{compound:东郭晓峰}}每个月来一趟，教我媳妇怎么照顾病孩子，不要老哭。
访谈者：这边的回族乡亲多吗？
受访者：不多。表妹{{han:撒玉梅}}在{{trap/place:丈亭}}也开面馆，两家轮着歇业去{{trap/org:宁波清真寺}}做主麻。寺里的{{han:冶鸿福}}阿訇给闺女念过经。同乡的{{minority/hui:撒阿尤布}}在城里开清真牛肉店，每天给我送牛肉，月底才结账。岳父{{han:妥永清}}，经名{{minority/hui:哈里凡}}，在老家替我们看着房子。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}那天关门，媳妇炸{{trap/minority_word:油香}}，给左右邻居都送。{{minority/hui:买穆乃}}她还给{{han:胡秋萍}}送了一盒{{trap/minority_word:馓子}}。{{minority/hui:阿哈默德}}最爱听我讲{{trap/famous:马本斋}}打鬼子的故事。
访谈者：您自己累不累？
受访者：早上四点半起来熬汤，晚上九点关门。闺女犯病不分白天黑夜，有一回在店里犯了，碗打了一地，客人都吓坏了。我抱着她，媳妇掐着时间，过了五分钟就打{{trap/hotline:120}}。现在常来的客人都知道，看见了也不慌。最怕的是她在路上犯。有一回她放学自己走回来，在斑马线上倒了，是一个送外卖的小伙子把她抱到路边，给我打的电话，后来才知道他叫{{han:毕云飞}}。我赶过去的时候她已经醒了，坐在地上哭，本子撒了一地。从那以后我每天去校门口接她。
访谈者：儿子呢？
受访者：儿子懂事，知道让着姐姐。姐姐犯病的时候，他去拿毛巾、拿药，还会看着钟。有同学说他姐姐是羊角风，他跟人打了一架，被老师叫了家长。我没骂他，跟他说，你护着姐姐是对的，打人不对。
访谈者：媳妇呢？
受访者：她比我还累。后厨的活是她一个人，拉面、煮肉、洗碗，闺女犯病她还要守着。晚上孩子睡了，她坐在床边念经，念着念着就睡着了。她说等闺女病好了，想回广河给她娘上一回坟。我想再开一家分店，可闺女离不开人，先把这家店守住，把两个娃娃供出来。
访谈者：登记信息请您说一下。
受访者：店在{{address:余姚市阳明街道新建北路117号}}，老家在{{address:广河县三甲集镇康家村二社21号}}。我的身份证{{id_number@my1984spaced.622924}}，闺女的{{id_number@wy2013tri.622924}}。我电话{{mobile@fullwidth}}，{{han:胡秋萍}}的{{mobile@s38}}。店里的收款码就是我的微信，号是{{wechat:minyongfu_niurou}}。儿子有个QQ，学校上网课时注册的，号码他念，我写在账本上：{{qq:60418372}}。
访谈者：名字在表上写对了吗？
受访者：残疾证上闺女写成{{spaced:敏 子 涵}}，低保表上我是{{spaced:敏　永　福}}，寺里登记的时候写成{{spaced:朱 拜 尔}}。
访谈者：您最盼什么？
受访者：盼闺女的病别再犯，能安安稳稳读完书。{{minority/hui:扎依乃}}这个名字是她奶奶起的，{{minority/hui:朱拜尔}}是我爷爷起的。
""")

# H1076: Kazakh mother from 哈巴河 who tends warp-knitting machines in a mill in 海宁 (马桥); her son, who had
# heart surgery, is with her, her daughter with her parents; her husband, divorced, pays nothing.
DOCS["H1076"] = ("family", """\
访谈者：大姐，您在经编厂干什么活？
受访者：挡车。一个人看四台经编机，断了纱就接，三班倒。我叫{{minority/kazakh:阿合娜尔·吐尔汗}}，老家{{trap/place:哈巴河}}，在{{trap/place:阿勒泰}}最西边，挨着{{trap/place:额尔齐斯河}}。厂里的人叫我{{minority/kazakh:阿合娜尔}}，组长{{han:蒋彩凤}}嫌长，叫我阿姐。
访谈者：怎么到{{trap/place:海宁}}来的？
受访者：前年县里搞劳务输出，{{trap/org:人社局}}组织的，一车人到了{{trap/place:马桥}}。厂里电脑系统非要填姓，人事的小姑娘给我填了个白字，工牌上是{{minority/kazakh:白阿合娜尔}}。
访谈者：经编厂的活累不累？
受访者：累，机器一开就停不下来，车间里噪音大，下了班耳朵还嗡嗡响。夜班从晚上十点到早上六点，我刚来那个月瘦了八斤。一个月能拿六千多，比在老家强多了。我寄三千回去给我爸妈，剩下的交房租、给儿子买药。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:巴格达提·乌拉孜别克}}十岁，跟我在这边，读{{school:马桥街道经编小学四年级（3）班}}。学校花名册上没有点，写成{{minority/kazakh:巴格达提乌拉孜别克}}，同学叫他{{minority/kazakh:巴格达提}}。他生下来心脏就有个洞，去年在{{trap/org:浙大儿院}}做了手术。女儿{{minority/kazakh:阿依柯孜}}六岁，在哈巴河跟我爸妈，明年上学。
访谈者：孩子爸爸呢？
受访者：离了。他叫{{minority/kazakh:乌拉孜别克·沙尔拜}}，喝醉了就打人。离婚的时候说好每月给孩子八百，一分也没给过。{{minority/kazakh:乌拉孜别克}}他现在在哪儿我也不知道。他妈给我打过电话，说他在{{trap/place:奎屯}}打零工，让我别恨他。我不恨，就是想让他给孩子打个电话。女儿问爸爸在哪儿，我说在很远的地方干活。
访谈者：儿子手术以前是什么样？
受访者：嘴唇是紫的，走几步就喘，爬楼梯要歇三回。在老家县医院说要去乌鲁木齐做，我们去不起。到了这边，社区体检，医生一听就说得赶紧做。手术那天我在门口站了六个钟头，腿都站肿了。现在他能跑能跳，上个月还参加了学校的跳绳比赛。
访谈者：手术的钱怎么凑的？
受访者：七万多，医保报了一半，剩下的是大家帮的。老家民政给了临时救助，儿子算重病困境儿童，每月有{{trap/number:九百六十元}}。厂里的工会主席{{han:钮建平}}发动大家捐了一万二。社区的儿童主任{{han:翁美华}}帮我们在{{trap/org:红十字会}}申请了救助。医院的社工{{compound:司空悦}}在病房陪了我们半个月，把单子一张张讲给我听。主刀的{{han:裘医生}}说，孩子恢复得好，以后能跑能跳。感谢信是儿子写的，贴在厂里的公告栏上。
访谈者：您上夜班，儿子谁管？
受访者：隔壁的{{han:沈阿婆}}，她不收钱，说孩子放她家写作业就行。{{han:沈阿婆}}的孙女{{han:沈可欣}}跟我儿子一个班。班主任{{han:祝晓岚}}老师知道他做过手术，体育课不让他跑八百米。学校请来的志愿者{{compound:慕容一凡}}教他下围棋，他现在能赢我们组长。
访谈者：儿子在学校交到朋友了吗？
受访者：交到了。他天天跟{{han:沈可欣}}一起走，放学路上她给他讲作业。班上同学开头好奇，问他是不是骑马上学，他说骑过，同学们都羡慕得不得了。
访谈者：老家那边呢？
受访者：我爸{{minority/kazakh:吐尔汗·多斯别克}}七十了，还在放牛；我妈{{minority/kazakh:布鲁丽汗}}带着{{minority/kazakh:阿依柯孜}}。村里的儿童主任{{minority/kazakh:叶森·拜山}}每个月去看一回，女儿发烧是他骑摩托送到乡卫生院的。视频的时候女儿弹{{trap/minority_word:冬不拉}}，我妈在边上炸{{trap/minority_word:包尔萨克}}。{{trap/minority_word:纳吾肉孜节}}我们没回去，厂里的{{minority/kazakh:卡丽娜}}也是哈巴河的，两家凑在一起煮了一锅{{trap/minority_word:纳吾肉孜粥}}。
访谈者：一个人在这边，想家吗？
受访者：想。下了夜班天快亮了，我站在厂门口往西边看，想老家的山、老家的雪。这边冬天不下雪，儿子说没意思。去年腊月下了一场小雪，他高兴得在院子里打滚。女儿在视频里说，阿妈，哈巴河的雪有我这么高了。我一听就哭了。
访谈者：登记信息请您说一下。
受访者：这边住{{address:海宁市马桥街道红旗村十五组26号}}，老家在{{address:哈巴河县萨尔塔木乡阔克塔斯村三组11号}}。我的身份证{{id_number@wy1989x.654324}}，儿子的{{id_number@my2015fwspaced.654324}}。我电话{{mobile@s74}}，{{han:翁美华}}的{{mobile@p86h}}。我的微信{{wechat:aknar_habahe89}}。儿子的QQ是老师让注册的，号码他写在我工牌背面：{{qq:2046183597}}。
访谈者：名字都写对了吗？
受访者：错的多。学校把儿子写成{{spaced:巴 格 达 提}}，银行卡上我是{{spaced:阿合娜尔 · 吐尔汗}}，我爸的表上写成{{spaced:吐 尔 汗}}。
访谈者：您最盼什么？
受访者：盼儿子的心脏长好，盼明年把{{minority/kazakh:阿依柯孜}}也接过来。
""")

# H1077: Han village children's officer (儿童主任) of a village in 梨洲街道 (余姚) reading out her register.
DOCS["H1077"] = ("staff", """\
访谈者：您今天带来的是登记册吧？
受访者：对，村里困境儿童的花名册。我叫{{han:竺海燕}}，在{{trap/place:梨洲街道}}{{trap/place:西岙村}}当儿童主任第四年了，村里人叫我{{han:竺主任}}，年纪大的叫我{{han:燕儿}}。我们街道是拿{{trap/famous:黄宗羲}}的号起的名。我一户一户念，你记。
访谈者：好。
受访者：第一户，{{han:施雨轩}}，男，十岁，{{school:梨洲街道中心小学四年级（1）班}}。爸爸{{han:施永和}}和人合伙开模具厂，亏了钱跑了，两年没音讯；妈妈{{han:把丽君}}有精神残疾，{{han:把丽君}}把自己关在屋里，一关就是几天。孩子跟外婆{{han:鲁桂英}}过，住{{address:梨洲街道西岙村五组18号}}，身份证{{id_number@my2015hyphen.330281}}。爸爸失联满半年，派出所出了证明，报了事实无人抚养，每月{{trap/number:两千零二十元}}。
访谈者：第二户？
受访者：第二户，{{han:向一诺}}，女，七岁，{{school:梨洲街道中心小学一年级（2）班}}。爸爸{{han:向国庆}}偷电缆，在{{trap/place:温州}}判了五年；妈妈生下她就走了。跟爷爷{{han:向德林}}过，{{han:向德林}}{{trap/word:向来}}不肯跟人开口，是隔壁的{{han:阿潮}}来告诉我的。住{{address:西岙村二组7号}}，孩子的身份证{{id_number@wy2018.330281}}，爷爷的{{id_number@moldquad.330281}}。
访谈者：第三户？
受访者：第三户是内蒙古来的。爸爸{{han:白永旺}}，蒙古族，在厂里当保安；妈妈去年乳腺癌走了。女儿{{minority/mongolian:乌力罕}}九岁，学校写成{{minority/mongolian:白乌力罕}}，在{{school:中心小学三年级（4）班}}。奶奶{{minority/mongolian:浩日娃}}从{{trap/place:鄂尔多斯}}过来帮着带，{{minority/mongolian:浩日娃}}她不会说汉话，{{minority/mongolian:乌力罕}}给她当翻译。孩子的身份证{{id_number@wy2016spaced.150621}}。
访谈者：第四户？
受访者：第四户是孤儿，{{han:虞嘉怡}}，女，十二岁，在{{school:梨洲中学初一（3）班}}。爸妈开车去{{trap/place:杭州湾新区}}送货，在高速上出了车祸，两个都没了。跟外公{{han:柴国富}}，村里都叫他{{han:阿富}}，七十一了还在种葡萄，每年夏天给村委送两串，说谢谢大家。住{{address:西岙村六组33号}}，孩子的身份证{{id_number@wy2013x.330281}}。孩子有个QQ，号码她念给我，我抄在台账的封皮上：{{qq:47205813}}。
访谈者：第五户？
受访者：第五户，{{han:毛宇航}}，男，八岁，脑瘫，走路要人扶。爸爸{{han:毛建锋}}在宁波跑网约车，妈妈{{han:就秀芬}}就在家里专门带他。拿残疾人两项补贴，护理补贴一个月{{trap/number:三百八十元}}。住{{address:梨洲街道西岙村九组5号}}。
访谈者：您做儿童主任，平时都干些什么？
受访者：每个月至少上门一次，看孩子吃得怎么样、穿得怎么样、作业有没有人管。补贴到没到账、够不够用，我也要问。有的老人不好意思开口，你不问他就不说。我还得填表，每个孩子一本台账，一年下来桌上堆得像山。村里的补贴一个月两千出头，我男人说我图什么，我说图这几个孩子见了我叫一声阿姨。
访谈者：哪一户最让您揪心？
受访者：第一户。孩子的妈妈犯病的时候会摔东西，有一回把孩子的书包扔进河里，孩子跳下去捞，差点出事。后来街道给她联系了医院，住了两个月，出来好一点了。孩子不怨她，放学回来先去看她门关着没有，再去外婆家吃饭。外婆七十多了，还在给人家剥毛豆挣零花钱。
访谈者：第三户的孩子适应吗？
受访者：刚来的时候不说话，课间一个人站在走廊里。后来学校运动会她跑了女子六十米第一名，同学们才跟她玩。她奶奶给我煮过一回{{trap/minority_word:咸奶茶}}，放了盐，我喝不惯，可是心里暖。
访谈者：第五户的孩子康复得怎么样？
受访者：比去年好。去年扶着能走五步，今年能走二十步了。他妈妈每天在家给他做拉伸，一做就是两个钟头，手上全是茧。孩子爱听故事，我去的时候带绘本，一本书讲了十几遍他还要听。他爸在外面跑车，一天跑十四个钟头，回来倒头就睡。
访谈者：这些户谁在跟？
受访者：街道民政办的{{compound:宇文栖梧}}每季度下来核一次。社工站的{{compound:太史晴川}}跟第一户、第五户，结对的大学生{{compound:左丘静怡}}每周给{{han:虞嘉怡}}补英语。第五户的孩子每周去{{trap/org:康复中心}}两回，是村里的面包车送的，司机是{{han:阿潮}}。
访谈者：台账上的名字都对吗？
受访者：错的不少：{{spaced:施 雨 轩}}，{{spaced:白　乌　力　罕}}，{{spaced:虞嘉 怡}}，连民政办的同事都被写成{{spaced:宇 文 栖 梧}}。年底我挨户拿户口本对一遍。
访谈者：联系方式呢？
受访者：我的电话{{mobile@hyphen}}，{{han:柴国富}}的{{mobile@fws}}。{{han:就秀芬}}加了我微信，号是{{wechat:wxid_j9x4f2lz0818}}，孩子的康复视频她都发给我看。哪家有事在群里喊一声，我骑电瓶车十分钟就到。
""")

# H1078: Han social worker at the township social-work station of 许村 (海宁) going through her cases of
# 孤儿基本生活费 and 事实无人抚养.
DOCS["H1078"] = ("staff", """\
访谈者：您在社工站主要做什么？
受访者：困境儿童这一块，孤儿基本生活费的申请、复核都从我手上过。我叫{{han:闻佳慧}}，站里的孩子叫我{{han:闻姐}}。{{trap/place:许村镇}}现在领孤儿基本生活费的有九个，事实无人抚养的十四个，标准一样，散居的每月{{trap/number:两千零七十元}}。
访谈者：一个孩子要走哪些手续？
受访者：监护人申请，村里初审，镇里审核，{{trap/org:海宁市民政局}}审批，公示七天，钱打到孩子的社保卡上，以后每年还要复核一次。最难的是证明：死亡证明、户口注销，有的人家连火化证都丢了。
访谈者：讲讲您手上的个案吧。
受访者：第一个，{{han:邵雨涵}}，女，十四岁，在{{school:许村镇初级中学八年级（2）班}}。爸爸肝癌，妈妈跳了{{trap/place:上塘河}}。现在跟舅舅{{han:能建华}}，{{han:能建华}}能不能当监护人，村里开了两回会，他家里还有个瘫在床上的老娘。后来是村会计{{han:邵德才}}才把材料补齐的。
访谈者：第二个？
受访者：第二个是兄弟俩，{{han:钮浩宇}}十一岁，{{han:钮浩辰}}七岁。爸爸{{han:钮卫东}}前年白血病走了，妈妈{{han:被春梅}}被一辆拉布的货车撞了，当场就没了。跟奶奶{{han:让月娥}}过，{{han:让月娥}}让我帮她开了银行卡，又让我教她看短信。我让{{han:钮浩宇}}带着弟弟认字，他比奶奶学得快。兄弟俩的身份证，大的{{id_number@my2014plain.330481}}，小的{{id_number@my2018fwhyphen.330481}}。住{{address:许村镇荡湾村七组14号}}。
访谈者：第三个？
受访者：第三个，{{han:卜嘉诚}}，男，九岁，{{school:许村镇中心小学三年级（6）班}}。爸爸在{{trap/place:杭州}}工地上摔死了，妈妈是{{trap/place:贵州}}人，丧事办完就回了娘家，电话停机一年多。孩子跟姑妈{{han:卜秀珍}}，{{han:卜秀珍}}在布厂做检验，{{trap/word:卜卦}}算命的人说这孩子命硬，她不信这一套。我们托那边的民政帮忙找过，找到了，她又嫁了人，说不回来了。报的是事实无人抚养。孩子的身份证{{id_number@my2016quad.330481}}。
访谈者：这些个案谁在跟？
受访者：我们站三个人：我、{{compound:第五秋菊}}，还有新来的{{compound:申屠可馨}}。第一个跟第三个是{{compound:第五秋菊}}在跟，她名字里那个第五，总被人当成排第五。镇里分管的是{{han:朱副镇长}}，驻站的心理咨询师叫{{compound:梁丘雅静}}，每月来做一次团体辅导。
访谈者：孩子们最需要什么？
受访者：有人陪。钱到了卡上，可晚上没人问一句作业写了没有。兄弟俩的奶奶不识字，我们就请了个大学生志愿者{{compound:司马砚秋}}，每周来陪他们写作业。{{han:卜嘉诚}}喜欢画画，{{han:卜秀珍}}给他报了镇上的美术班，钱是{{trap/org:慈善分会}}出的。
访谈者：这些孩子的钱都是怎么花的？
受访者：打到孩子名下的卡上，由监护人管。我们每半年查一次，看是不是用在孩子身上。有的监护人拿去打麻将，我们就找他谈，谈不通就报镇里，换监护人。兄弟俩的奶奶最省，一分钱掰成两半花，孩子穿的都是亲戚家给的旧衣服，钱全存着，说要给孙子读大学。
访谈者：做这个工作难在哪里？
受访者：难在孩子的心。{{han:邵雨涵}}她妈出事那天，她就在河边，到现在不肯从那座桥上过，上学要绕一大圈。我们请了市里的心理医生给她做了半年，现在晚上能睡着了。还有就是材料，一个孩子的档案要二十几样东西，少一样都批不下来。我刚来那年哭过好几回，现在习惯了。
访谈者：孩子们在学校怎么样？
受访者：第一个成绩好，年级前二十，想考海宁一中。兄弟俩的哥哥爱踢球，弟弟还小，上课坐不住，老师常给我打电话。第三个画画好，上回画了一张全家福，把他爸画在云上面，老师看了偷偷哭了一场，拍了照片发给我。
访谈者：您自己做社工几年了？
受访者：五年。大学学的社会工作，毕业就回了海宁。我妈开头不同意，说工资低，又累。现在她也帮我，逢年过节给孩子们包粽子。
访谈者：孩子们过年怎么过？
受访者：镇里每年腊月办一次团圆饭，把这些孩子和监护人都请来，吃一顿饭，发个红包，送一套新衣服。去年{{han:钮浩辰}}吃完饭拉着我的手不放，说阿姨你到我家过年吧。我心里酸了好几天。
访谈者：台账上的名字有错的吗？
受访者：有。{{spaced:邵 雨 涵}}，{{spaced:钮　浩　辰}}，{{spaced:第 五 秋 菊}}，{{spaced:申屠 可馨}}。
访谈者：联系方式呢？
受访者：{{han:能建华}}的电话{{mobile@plus86dash}}，{{han:卜秀珍}}的{{mobile@s38}}。我的工作微信{{wechat:wenjh_xucun2021}}，晚上十点以后一般不回，除非是急事。{{han:邵雨涵}}有QQ，说不开心就在上面留言，号码是{{qq:8730461925}}。家里有事也可以打{{trap/hotline:12349}}。
""")

# H1079: Han primary-school teacher in 马渚 (余姚) who reaches the four children in distress of her class and
# their parents on WeChat and QQ.
DOCS["H1079"] = ("teacher", """\
访谈者：{{han:干老师}}，您带几年级？
受访者：{{school:马渚镇中心小学五年级（3）班}}，当班主任第三年。我叫{{han:干丽娜}}，{{trap/word:干部}}的干。班上四十二个孩子，四个在村里的困境儿童名册上。他们的家长多半不在身边，我跟他们全靠微信和QQ。
访谈者：说说这四个孩子。
受访者：第一个{{han:也婷婷}}，爸妈在{{trap/place:义乌}}摆摊，一年回来两趟，她跟奶奶过。{{han:也婷婷}}也是班上的语文课代表。她妈{{han:俞红霞}}的微信是{{wechat:yuhongxia_yw1986}}，每天晚上九点准时发语音来问作业。{{han:也婷婷}}写过一篇作文叫《我的奶奶》，她念到一半，全班都安静了。
访谈者：第二个？
受访者：第二个{{han:有思远}}。爸爸{{han:有建军}}在工地上摔断了腰，瘫在床上，妈妈改嫁了。{{han:有思远}}有一回三天没来上学，我在QQ上找到他，才知道他在家给他爸翻身、端尿盆。他的QQ是{{qq:1387054926}}，用的是他爸的旧手机。村里的儿童主任{{han:黎雪芬}}给他报了困境儿童，每月{{trap/number:一千二百四十元}}。
访谈者：第三个？
受访者：第三个是哈萨克族的孩子，{{minority/kazakh:苏力坦}}。爸爸{{minority/kazakh:阿克巴尔·居努斯}}在这边跑货车，去年在{{trap/place:沈海高速}}上出了事，右腿截了。妈妈{{minority/kazakh:孜亚达}}在超市理货。学籍系统里写成{{minority/kazakh:苏力坦·阿克巴尔}}，班里的孩子叫他{{minority/kazakh:坦坦}}。{{minority/kazakh:孜亚达}}她汉字认得不多，我给她发语音。{{minority/kazakh:阿克巴尔}}的微信{{wechat:akbar-junus77}}，他在家养伤，每天翻孩子的作业照片。
访谈者：第四个？
受访者：第四个{{han:孙晓和}}，大家叫他{{han:小和尚}}，他剃光头。爸妈离婚，谁都不要他，跟太婆过。{{han:孙晓和}}和我最亲，周末在QQ上给我发他画的画，画的多半是船，说长大了要开船去找他爸妈。他的QQ号他一个一个报给我，我记在点名册最后一页：{{qq:２７１９０５８３６}}。
访谈者：您怎么发现这些孩子有困难的？
受访者：看作业，看脸色。作业本上有油渍、有泪痕的，衣服一个礼拜不换的，中午不吃饭的，我都会多问一句。{{han:有思远}}那回是同桌告诉我的，说他上课老打瞌睡，手上有烫伤。我去家访，一进门就闻见药味，他爸躺在床上，床边放着一个小板凳，那是他每天坐着喂饭的地方。
访谈者：家访的时候还看到些什么？
受访者：{{han:也婷婷}}奶奶家是老房子，下雨天屋里要放三个脸盆。她在灶台边上写作业，灯是一个十五瓦的灯泡。我回来在朋友圈发了一条，有个家长捐了一盏护眼台灯。{{han:孙晓和}}跟太婆住，太婆九十了，耳朵聋，孩子放学回家自己煮面，一个礼拜吃五天面。{{minority/kazakh:苏力坦}}家里倒干净，他妈妈给我端了一碗{{trap/minority_word:奶疙瘩}}，硬得我咬不动。
访谈者：哈萨克族的那个孩子在这边习惯吗？
受访者：他是三年级转来的，刚来听不懂余姚话，同学说话他就跟着笑，其实听不懂。他爸出事以后，他有一个月不说话，上课低着头画马。我跟美术老师说好，让他在学校画展上挂了三张马，全校都来看，他才慢慢抬起头来。他妈妈不会打字，每天给我发语音，一半哈萨克话一半汉话，我听不懂就去问他。
访谈者：这些孩子的补贴都到位了吗？
受访者：到了。村里的儿童主任每个月来学校一次，跟我对一遍名单。谁家有变化，我在微信上跟她说，她去家里看。学校还给四个孩子免了午餐费和校服费，寒暑假有老师上门。
访谈者：学校怎么帮这几个孩子？
受访者：校长{{han:邹国平}}定了一个老师包一个孩子。心理老师是{{compound:端木长歌}}，每周给他们上一次团体课。镇社工站的{{compound:上官疏影}}周末带他们去{{trap/place:四明山}}。来支教的大学生{{compound:诸葛砚秋}}教{{minority/kazakh:苏力坦}}打篮球。
访谈者：跟家长说事难吗？
受访者：难。{{han:有建军}}说话有气无力；{{han:俞红霞}}在摊位上忙，常常半夜才回消息。班级QQ群的群号是{{trap/number:746281935}}，可这几个家长都不在群里，我只能一个个私聊。学校办公室电话{{trap/number:0574-62917306}}他们也不打。我自己也累，晚上批完作业，还要在微信、QQ上一个一个回，常常弄到十一点，我老公说我手机比孩子还亲。可是有一天{{han:孙晓和}}在QQ上给我发了一句“老师晚安”，我就觉得值了。
访谈者：名册上的名字有错吗？
受访者：有。家长群里把{{han:有建军}}打成了{{spaced:有 建 军}}，{{spaced:苏 力 坦}}中间空了格，心理老师被写成{{spaced:端 木 长 歌}}，支教的写成{{spaced:诸　葛　砚　秋}}。
访谈者：您自己的联系方式？
受访者：我的电话{{mobile@plus86}}，微信{{wechat:ganlina_mazhu}}。家长有事找我，白天打电话，晚上发微信，我看见就回。
""")

# H1080: Han uncle in 长安镇 (海宁) who runs a car-repair shop and raises his late sister's son; the boy's father
# is in a compulsory drug-rehabilitation centre.
DOCS["H1080"] = ("family", """\
访谈者：大哥，孩子是您外甥？
受访者：是我阿妹的儿子。我叫{{han:娄国强}}，在{{trap/place:长安镇}}开一家修车铺，街上的人都叫我{{han:强哥}}。阿妹{{han:娄美玲}}去年三月红斑狼疮走的，才三十四岁。
访谈者：孩子爸爸呢？
受访者：{{han:邬国栋}}，吸毒，前年进了{{trap/org:强制隔离戒毒所}}，两年，出来还要社区康复。阿妹病的时候他就没管过。外甥{{han:邬天宇}}十一岁，家里叫他{{han:宇宝}}，在{{school:长安镇辛江小学五年级（4）班}}。{{han:宇宝}}叫我娘舅，叫我老婆舅妈。
访谈者：舅妈同意带孩子吗？
受访者：我老婆{{han:都秀梅}}都没说一个不字，她说{{han:娄美玲}}活着的时候对我们好。我们自己有个闺女{{han:娄思佳}}，上初二，两个孩子一个屋，拿柜子隔开。合伙的{{han:要晓军}}要我把外甥带到铺子里写作业，说铺子里有空调。
访谈者：有哪些人帮你们？
受访者：村里的儿童主任{{han:许海英}}，她说孩子妈没了、爸在戒毒所，算事实无人抚养，材料是她一样一样帮我准备的，批下来每月{{trap/number:两千零七十元}}。镇社工站的{{compound:轩辕北辰}}每周四来，跟{{han:宇宝}}下象棋，慢慢地他肯说话了。戒毒所的管教{{compound:呼延庆丰}}打电话来，说{{han:邬国栋}}在里面表现还行，问孩子肯不肯视频。{{han:邬天宇}}他不肯，我跟管教说，等孩子想好了再说。有什么事我就找{{han:许海英}}商量。班主任{{han:郎老师}}每天在微信上发他的作业。
访谈者：孩子跟您亲吗？
受访者：开头不亲。他妈刚走那阵，{{han:宇宝}}一句话都不说，夜里蒙着被子哭。后来我带他去{{trap/place:盐官}}看大潮，他站在堤上看了一下午。他说他妈讲过{{trap/famous:徐志摩}}也是海宁人，写诗的。我哪知道这些，就说你好好读书，以后也写。
访谈者：孩子平时在铺子里做什么？
受访者：写作业，写完了就蹲在边上看我修车。他手巧，会递扳手、拧螺丝，上个月自己把一辆旧自行车拆了又装上。我说你以后别修车，修车辛苦，一身油。他说他要造车。周末他还帮我洗车，洗一辆我给他五块钱，他都存进一个铁皮罐子里。
访谈者：您阿妹生病那段时间是怎么过的？
受访者：她病了三年，肾也坏了，一个礼拜透析两回。我跟老婆轮流陪着去{{trap/place:杭州}}看病，铺子里的活就交给{{han:要晓军}}。花了三十多万，我把车卖了，还跟亲戚借了一圈。她走前一个礼拜，拉着我的手说，阿哥，{{han:宇宝}}就交给你了。我说你放心。
访谈者：孩子在学校怎么样？
受访者：成绩中等，语文好，数学差。{{han:郎老师}}说他作文写得好，写他妈的那篇在镇上得了奖。他把奖状贴在他妈的照片边上。就是有时候在课上发呆，老师叫他三遍他才答应。我女儿开头有点吃醋，说我偏心，后来有一回他半夜发烧，是她起来给他倒水、量体温。现在两个人好得很，她教他做数学，他给她修自行车。
访谈者：孩子想妈妈吗？
受访者：想。清明节我带他去公墓，他给他妈擦照片，擦了很久，一句话也不说。回来的路上他问我，娘舅，我妈会不会怪我没照顾好她。我说不会，你妈最疼你。对面开面馆的一家，{{han:宇宝}}放学没人接就去店里坐着，老板娘给他下一碗面，从来不收钱。镇{{trap/org:团委}}暑假办了夏令营，带孩子们去了一趟{{trap/place:西塘}}。
访谈者：以后他爸出来怎么办？
受访者：这是我最怕的。他要是真戒了，想把孩子领回去，我不拦，那是他亲爸。可他要是再吸，我就是打官司也不让他带走。
访谈者：钱够用吗？
受访者：修车铺一个月挣七八千，老婆在超市上班，一个月三千多，紧巴巴的。孩子的衣服都是舅妈在网上买的，一件三四十块，他也不挑。孩子的补贴我另存一张卡，一分不动，留给他以后读书。好在{{compound:万俟婉婷}}律师帮我去法院办了监护人变更，不收钱。
访谈者：登记信息请您说一下。
受访者：家在{{address:长安镇辛江村十一组52号}}，铺子在{{address:长安镇新民路208号}}。我的身份证{{id_number@my1982spaced.330481}}，{{han:邬天宇}}的{{id_number@my2014quad.330481}}。我电话{{mobile@p86n}}，{{han:许海英}}的{{mobile@spaced}}。我的微信{{wechat:louguoqiang_car}}。{{han:宇宝}}有个QQ，是他妈生前给他申请的，号码他用记号笔写在铺子的工具箱上：{{qq:593027184}}。
访谈者：表上的名字都写对了吗？
受访者：有写错的。监护人变更书上把我写成{{spaced:娄 国 强}}，外甥是{{spaced:邬　天　宇}}，律师的名字打成了{{spaced:万 俟 婉 婷}}，还有一张把阿妹写成{{spaced:娄美 玲}}。
访谈者：最后还想说什么？
受访者：我没别的本事，就是把孩子养大，让他读出去，对得起我阿妹{{han:娄美玲}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1073,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
