# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 132 (tests/pii/holdout132/H1041-H1048 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 132 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
萍乡 (Jiangxi) and 丽水 (Zhejiang): a Mongolian mother from 东乌珠穆沁旗 who packs fireworks in a workshop in 湘东区
(萍乡), her Han husband dead of silicosis caught in a coal mine of her banner; an Amdo Tibetan grandfather from 泽库
raising in 安源区 the two sons of his dead son, whose Han mother left; a Uyghur father from 洛浦 who sells roast
mutton at a night market in 莲都区, his wife in prison for selling fake jade; a Hui mother from 海原 who runs a
noodle stall in 青田 and raises a daughter with cerebral palsy, her husband gone to Italy; a Han village child
director in 上栗 (桐木镇) reading out her register; a Han township social worker in 芦溪 (宣风镇) handling 孤儿基本生活费
and 事实无人抚养 cases; a Han resource-room teacher in 龙泉 who reaches her pupils and their parents on WeChat and
QQ; and a Han grandmother in 缙云 (壶镇) who sells 烧饼 while her son is in prison. The emphasis is on forms where a
replacement might cover only part of a name, in a mix rather than one trick: Mongolian names used whole
(朝木日力格, 图力古尔, 赛吉拉胡) and with short forms (宝日玛吉雅 then 宝日玛, 额尔和图布和 then 额尔和图他,
德吉德其其格 then 德吉德她), a Han surname before a Mongolian given name (彭额尔和图) and the Han names of the same
people (彭昱衡, 彭嫂); Amdo Tibetan names (官却才旦, 更登加措, 加毛措她, 吉毛先, 华青端智) with a short form before a kin
word (才旦爷爷), 才 opening a name before the adverb 才 (才科加才十二岁), 让 closing one before the verb 让 (仁青才让让我,
尖参才让让我), a Han surname before a Tibetan given name (文才让) and the Han names of Tibetans (文嘉豪, 文浩然); Uyghur
given name + father's name with a middle dot, a bullet and no dot (图尔迪·托合提, 扎克尔江·图尔迪, 扎克尔江•图尔迪,
扎克尔江图尔迪, 热依莱·图尔迪, 古再丽努尔·吾斯曼, 阿依努尔·热合曼) and single and short forms (图尔迪, 帕孜丽耶她,
扎克尔江, 热依莱她, 布维热比娅, 阿卜杜热西提, 艾力江), a Han surname before a Uyghur given name (汤艾力江) and the Han
name of the same boy (汤子墨); Han-form Hui names (虎秀芳, 者建明, 者欣悦, 者子轩, 马浩博, 马成栋, 把建德, 穆长青阿訇)
beside 经名 used alone (鲁开燕, 麦丽麦, 哈比布拉, 宰乃白燕, 赛乃白燕, 穆萨伊德他, 法图麦燕) and after a Hui surname
(虎鲁开燕, 者麦丽麦, 者哈比布拉, 韩伊布拉); Han names with common and rare surnames of the region (彭, 晏, 漆, 喻, 敖,
颜, 綦, 巫, 易, 贺, 肖, 袁, 邬, 荣, 凌, 汤 around 萍乡; 叶, 季, 项, 留, 管, 练, 毛, 蓝, 雷, 应, 楼, 虞, 樊, 施 around 丽水),
surnames that are also ordinary words and given names ending in one, after or before grammar words (和秋英和我,
向永红向来, 都婉清都, 要志刚要我, 还玉霞还, 能小军能, 袁也青也, 黎有根有空, 金有田有空, 杜有才才来过, 肖成就就是,
把建德把, 樊立冬把, 贺建华被, 者建明被), names that contain words (肖成就, 叶金山, 叶茂才, 应天佑, 穆长青) beside ordinary
words that start with a surname of the voices (漆黑 beside 漆秋莲, 甘心 beside 甘志勇, 敖包 beside 敖冬梅, 叶子 beside
叶秀娟, 季节 beside 季晓雯, 项目 beside 项国平, 留学 beside 留美玲, 管理 beside 管丽娜, 贺卡 beside 贺嗲, 易拉罐 beside
易淑芬, 汤面 beside 汤奶奶, 毛衣 beside 毛雪芬, 练习 beside 练思琪, 楼上 beside 楼佳慧, 应该 beside 应伟杰, 杜鹃 beside
杜有才), with titles and kin words (颜丽君老师, 巫国荣医生, 凌海燕老师, 钟玉洁老师, 季晓雯老师, 夏晴川老师, 施丽娟老师,
郑雨岑老师; the span is the name only), a surname with only a title or kin word, annotated whole (彭嫂, 喻主任, 晏三嫂,
贺医生, 潘姨, 柳警官, 邵医生, 林阿伯, 贺嗲, 袁婆婆, 黎支书, 汤奶奶, 郭警官, 毛师傅, 李阿婶), nicknames and local forms of
address, annotated whole (满伢子, 小悦儿她, 阿仙, 阿佑他, 胡阿三), names directly before particles, pronouns and verbs
(刘菊香她, 雷阿妹也, 应语桐她, 黎有根说, 宝日玛的) and after 叫/是/给/跟/找/让/和 (找荣小燕, 让潘姨, 给龙秀英, 跟虞美华,
彭欣妍和彭欣玥), and a name closing the last sentence (是应伟杰。); names spaced out character by character in half-
and full-width spaces (宝 日 玛 吉 雅, 德　吉　德　其　其　格, 官 却 才 旦, 仁　青　才　让, 扎 克 尔 江, 帕　孜　丽　耶,
汤 艾 力 江, 麦 丽 麦, 鲁　开　燕, 穆 萨 伊 德, 欧 阳 曼 青, 万 俟 子 骞, 颛　孙　语　冰, 诸 葛 惜 文, 能　小　军, 应　语　桐),
dotted names with spaces around the dot (热依莱 · 图尔迪, 古再丽努尔 · 吾斯曼) and names split in two (额尔和图 布和,
彭旺 生, 才科 加, 图尔迪 托合提, 者子 轩, 颜若 溪, 闻人 知秋, 练思 琪, 应天 佑); compound surnames after ordinary words
(端木, 呼延, 钟离, 南宫, 百里, 澹台, 申屠, 轩辕, 宗政, 欧阳, 濮阳, 闻人, 西门, 万俟, 左丘, 东郭, 公良, 颛孙, 夹谷, 诸葛, 慕容,
上官 after 叫/的/还有/同学/同事/社工/律师/心理老师); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:喻春华}}``, ``{{qq:3094718265}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1983fwhyphen.152525}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿訇, 爷爷) and a particle, pronoun,
adverb or verb written directly after a name (说, 也, 都, 才, 就, 还, 能, 要, 让, 把, 被, 她, 他, 和) are outside the span;
a surname with only a title or kin word (彭嫂, 喻主任, 晏三嫂, 贺嗲, 袁婆婆, 汤奶奶) and a nickname or local form of
address (满伢子, 小悦儿, 阿仙, 阿佑, 胡阿三) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui
people and their children (彭昱衡, 文嘉豪, 汤子墨, 虎秀芳, 者欣悦) are category han; a Han surname before a non-Han given
name (彭额尔和图, 文才让, 汤艾力江, 虎鲁开燕, 者麦丽麦, 韩伊布拉) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout132/make_holdout132.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(132_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1041: Mongolian mother from 东乌珠穆沁旗 who packs fireworks in a workshop in 湘东区 (萍乡); her Han husband
# died of silicosis caught in a coal mine of her banner.
DOCS["H1041"] = ("family", """\
访谈者：大姐，听说您是从内蒙古过来的？
受访者：是，{{trap/place:东乌珠穆沁旗}}人，牧区长大的。我叫{{minority/mongolian:宝日玛吉雅}}，来{{trap/place:萍乡}}十一年了。作坊里的人念不顺，都喊我{{han:彭嫂}}，跟我男人姓。老乡打电话还是叫我{{minority/mongolian:宝日玛}}。
访谈者：您爱人是萍乡人？
受访者：对，他叫{{han:彭旺生}}，{{trap/place:湘东区}}的。年轻时跑到我们旗里的煤矿下井，就在{{trap/place:乌里雅斯太}}边上，我们是在那认识的。后来他咳嗽止不住，回萍乡一查，矽肺三期，拖了四年，前年腊月走的。矿上的老板{{han:綦海龙}}一开始不认，说他在萍乡也下过井，不一定是在他那里得的。我不{{trap/word:甘心}}，他在那个井下干了十几年，人说没就没了。
访谈者：后来怎么解决的？
受访者：街道民政的{{han:甘志勇}}说，孩子爸爸是职业病，矿上该赔，他帮我找了法律援助。律师叫{{compound:端木泓渊}}，跟那边的煤矿打了一年官司，赔了一点。市职业病医院的{{han:巫国荣}}医生给出的诊断书，一个字一个字帮我们核过。
访谈者：您现在做什么工作？
受访者：在一个花炮包装作坊，给烟花糊纸筒、贴商标，按件算钱。老板{{han:晏福根}}知道我家里的事，让我四点先走去接孩子。隔壁工位的{{han:和秋英}}和我一起贴商标，她手快，有时候把她多做的算几件给我。安全员{{han:文建国}}天天查，谁兜里有打火机就罚五十。冬天下班天就{{trap/word:漆黑}}了，{{han:漆秋莲}}骑电动车送我一段。
访谈者：孩子们多大了？
受访者：两个。大的是儿子，蒙古名叫{{minority/mongolian:额尔和图布和}}，十四，户口本上是{{han:彭昱衡}}，在{{school:湘东区湘东中学八年级（2）班}}。同学图好玩，喊他{{minority/mongolian:彭额尔和图}}。小的是女儿{{minority/mongolian:德吉德其其格}}，九岁，在{{school:湘东区峡山口小学三年级（3）班}}，家里叫她{{minority/mongolian:德吉德}}。{{minority/mongolian:德吉德}}她胆小，她爸走的那天她抱着我的腿不撒手。
访谈者：孩子们现在怎么样？
受访者：{{minority/mongolian:额尔和图}}他话少，爸爸走了以后更闷了，天天关在屋里打游戏。班主任{{han:颜丽君}}老师找他谈过好几回。上个月他跟同学打架，人家家长{{han:黎春生}}找到作坊来，我给人赔了不是。女儿爱画马，画的都是我们那边的马，其实她自己没见过几回。
访谈者：有谁帮过你们？
受访者：社区的儿童主任{{han:喻春华}}给两个孩子报了困境儿童，每人每月{{trap/number:一千零六十元}}，家里也批了低保，我们都叫她{{han:喻主任}}。区社工站派来的{{compound:呼延晓岚}}每周来一趟，陪{{minority/mongolian:德吉德}}画画，同来的还有{{compound:钟离牧野}}，教儿子打篮球。萍乡还有个内蒙古老乡{{minority/mongolian:赛吉拉胡}}，在学校教书，过节把我们娘仨叫到他家吃饭。
访谈者：孩子们会说蒙古语吗？
受访者：儿子会听不会说，女儿一句都不会。我教她唱小时候阿妈唱给我的歌，她学得快，就是不知道唱的什么意思。
访谈者：娘家那边呢？
受访者：我阿妈{{minority/mongolian:朝木日力格}}七十了，还在{{trap/place:锡林浩特}}边上帮人放羊。弟弟{{minority/mongolian:图力古尔}}每年秋天寄一箱{{trap/minority_word:风干肉}}和{{trap/minority_word:奶皮子}}来。作坊里有个{{han:敖冬梅}}，听说我们那边有{{trap/minority_word:敖包}}，笑着说那是她家亲戚。
访谈者：过年过节怎么过？
受访者：过{{trap/minority_word:查干萨日}}我包包子，萍乡人过年熏{{trap/word:腊肉}}，我也跟着熏。儿子小时候他爸给他讲{{trap/famous:成吉思汗}}，他现在还记得。{{minority/mongolian:图力古尔}}给孩子们寄过一把{{trap/minority_word:马头琴}}，女儿拉不响，挂在墙上。
访谈者：您身体怎么样？
受访者：手上老起疹子，烟花的药粉沾上就痒。作坊里不许带火，夏天闷得很，一天下来衣服能拧出水。我不敢生病，我一倒，两个孩子就没人管。
访谈者：一个月能挣多少？
受访者：旺季三千出头，淡季一千多。每年夏天上面查得严，作坊要停几个月工，那几个月就靠低保过。我也想过换个活，可我汉字认得少，超市收银都干不了。
访谈者：登记表上的信息请您说一下。
受访者：我们住{{address:湘东区峡山口街道新湘路27号2栋3单元501室}}，娘家在{{address:东乌珠穆沁旗乌里雅斯太镇宝拉格嘎查三组8号}}。我身份证{{id_number@wy1983fwhyphen.152525}}，儿子的{{id_number@my2011tri.360313}}。我电话{{mobile@s434}}，{{han:喻春华}}的{{mobile@p86h}}。我的微信是儿子帮我弄的，号是{{wechat:wxid_bormajiya0713}}。儿子的QQ他念给我，我写在烟花箱的纸壳上：{{qq:3094718265}}。
访谈者：表上的名字写得对吗？
受访者：老写错。低保表上我是{{spaced:宝 日 玛 吉 雅}}，儿子成了{{spaced:额尔和图 布和}}，学校把女儿写成{{spaced:德　吉　德　其　其　格}}，连他爸的死亡证明上都印成了{{spaced:彭旺 生}}。
访谈者：您最盼什么？
受访者：盼两个孩子读书读出去，放假带他们回草原，看看阿妈，也让{{minority/mongolian:宝日玛}}的孩子认认家。
""")

# H1042: Amdo Tibetan grandfather from 泽库 raising in 安源区 the two sons of his dead son, whose Han mother left.
DOCS["H1042"] = ("family", """\
访谈者：老人家，您是从青海过来的？
受访者：是，{{trap/place:泽库}}的，{{trap/place:黄南}}那边，放牛的。我叫{{minority/tibetan:官却才旦}}，汉话说不好，楼下的人都叫我{{minority/tibetan:才旦}}爷爷。来{{trap/place:安源区}}三年了。
访谈者：怎么到萍乡来的？
受访者：我儿子{{minority/tibetan:更登加措}}在{{trap/org:萍乡学院}}读书，毕业了没回去，娶了这边的姑娘{{han:文丽娟}}，生了两个儿子。三年前他开车跑货，在{{trap/place:沪昆高速}}上出了事，人没了。媳妇过了半年就走了，去了{{trap/place:东莞}}，电话也不接。两个孙子没人管，社区打电话到泽库，我就下来了。
访谈者：两个孙子多大了？
受访者：大的叫{{minority/tibetan:才科加}}，汉名{{han:文嘉豪}}，{{minority/tibetan:才科加}}才十二岁，在{{school:安源区八一街小学六年级（4）班}}。小的{{minority/tibetan:仁青才让}}，汉名{{han:文浩然}}，八岁，在{{school:安源区凤凰街小学二年级（1）班}}。老师喊他{{minority/tibetan:文才让}}，把他妈的姓跟藏名连在一起。前天{{minority/tibetan:仁青才让}}让我给他买个足球，我跑了三条街才买到。
访谈者：您一个人带两个孩子，难不难？
受访者：难。我不认字，作业看不懂。饭只会做面片，孩子们吃不惯，要吃米粉。这边的辣椒我吃不了，一吃就冒汗。楼下开小卖部的{{han:黎有根}}有空就上来帮孩子看作业。{{han:黎有根}}说他爷爷当年在{{trap/org:安源路矿}}挖过煤，给我讲{{trap/famous:刘少奇}}在安源的事。住对门的{{han:晏三嫂}}教我做辣椒炒肉，教了三回，我还是做不好。
访谈者：孩子们在学校怎么样？
受访者：大的成绩中等，喜欢画画，画的都是牦牛和帐篷，那些他只在照片上见过。小的上课坐不住，老师说他聪明，就是管不住嘴。开家长会我听不懂，回来的路上只能问孩子，孩子说老师表扬他了，我也不知道是真是假。
访谈者：社区和政府帮了什么？
受访者：社区的儿童主任{{han:荣小燕}}最上心。她说孩子爸爸死了、妈妈不管，能报事实无人抚养，每个孩子每月{{trap/number:一千三百四十元}}，跟孤儿一样。街道民政的{{han:邬建军}}来家里看了三回。大孙子的班主任{{han:凌海燕}}老师每天放学把{{minority/tibetan:才科加}}留下来补课，小孙子的班主任{{han:钟玉洁}}老师给他买过一双棉鞋。区社工站的{{compound:南宫砚秋}}给两个孩子做辅导，还教我用手机交电费。
访谈者：语言不通怎么办？
受访者：社工找了萍乡学院的一个学生，{{trap/place:同仁}}那边的，叫{{minority/tibetan:加毛措}}，她来了给我翻译。她的同学{{compound:百里听松}}也常来，教大孙子数学。{{minority/tibetan:加毛措}}她说，爷爷你要学几句萍乡话，买菜不吃亏。社区医院的{{han:贺医生}}给我量血压，也是她在旁边翻。
访谈者：老家还有什么人？
受访者：老伴前年走了。女儿{{minority/tibetan:吉毛先}}在泽库守着牛，她男人{{minority/tibetan:华青端智}}每个月给我们寄三百块钱，还寄{{trap/minority_word:曲拉}}来。我哥哥{{minority/tibetan:尖参才让}}让我把孩子带回去，说草原上养得活。可孩子在这边上学，户口也在这边，回不去。每个礼拜天晚上，女儿打视频过来，让孩子们看看她家新生的小牛犊。大的会说几句藏话，小的一句不会，只会喊阿依，就是奶奶。我教他念{{trap/minority_word:嘛呢}}，他念得比我还快。
访谈者：孩子们想爸爸吗？
受访者：想。小的晚上抱着他爸的照片睡。大的不哭，可他把他爸的旧手机充好电，天天听里面的语音。过{{trap/minority_word:洛萨}}的时候我给他们煮肉，讲{{trap/famous:格萨尔王}}。我们那边夏天有{{trap/minority_word:六月会}}，我想带他们回去看一回，让他们知道自己是哪里的人。
访谈者：孩子们的妈妈还联系吗？
受访者：过年的时候打来过一次电话，跟小的说了几句，大的不肯接。我去找{{han:荣小燕}}商量，她说，妈妈总归是妈妈，以后孩子大了自己决定。我不说她坏话，孩子面前不能说。
访谈者：您身体怎么样？
受访者：腿不好，上楼要歇两回。这边夏天太热，我在高原上没过过这样的夏天，晚上睡不着就坐在楼道里。社区给装了个空调，我舍不得开。孙子们放学回来，大的给我倒水，小的给我捶腿，我就觉得不累了。
访谈者：登记信息请您说一下。
受访者：住的是儿子买的房，{{address:安源区八一街道跃进北路36号4栋2单元602室}}，老家在{{address:泽库县和日镇吉隆村二社17号}}。我身份证{{id_number@moldquad.632323}}，小孙子的{{id_number@my2017fw.360302}}。我电话{{mobile@plain}}，{{han:荣小燕}}的电话{{mobile@plus86spaced}}，她微信{{wechat:rongxy_ay0321}}。大孙子有个QQ，他用全角打在我手机备忘录里：{{qq:２７０８１５３９４６}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:官 却 才 旦}}，大孙子写成{{spaced:才科 加}}，小孙子是{{spaced:仁　青　才　让}}，汉名又写成{{spaced:文 浩 然}}。
访谈者：您最盼什么？
受访者：盼两个孙子长大成人，有一天回泽库，给他们的阿爸点一盏灯。
""")

# H1043: Uyghur father from 洛浦 who sells roast mutton at a night market in 莲都区 (丽水); his wife is in prison.
DOCS["H1043"] = ("family", """\
访谈者：您这烤肉摊摆了几年了？
受访者：五年了，就在{{trap/place:莲都区}}这个夜市口上。我叫{{minority/uyghur:图尔迪·托合提}}，老家{{trap/place:洛浦}}，{{trap/place:和田}}下面的县。这边的人记不住后面一半，都叫我{{minority/uyghur:图尔迪}}。
访谈者：家里几口人？
受访者：我，老婆，两个孩子。老婆{{minority/uyghur:帕孜丽耶·肉孜}}前年出了事。她在市场上帮一个老乡卖{{trap/word:和田玉}}，那些玉是假的，她知道还卖，判了诈骗，四年，关在{{trap/org:浙江省女子监狱}}。{{minority/uyghur:帕孜丽耶}}她每个月写一封信，说对不起孩子。
访谈者：孩子们呢？
受访者：儿子{{minority/uyghur:扎克尔江·图尔迪}}十三岁，在{{school:莲都区南明山中学七年级（5）班}}，学籍卡上印成{{minority/uyghur:扎克尔江•图尔迪}}，医保卡上又没有点，是{{minority/uyghur:扎克尔江图尔迪}}。我们叫他{{minority/uyghur:扎克尔江}}。女儿{{minority/uyghur:热依莱·图尔迪}}八岁，在{{school:莲都区紫金小学二年级（3）班}}。{{minority/uyghur:热依莱}}她天天问妈妈什么时候回来。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:叶秀娟}}给两个孩子报了服刑人员子女补助，每月{{trap/number:七百八十元}}。去年冬天，树上{{trap/word:叶子}}掉光的时候批下来的。班主任{{han:季晓雯}}老师把{{minority/uyghur:扎克尔江}}的座位调到前排，换{{trap/word:季节}}的时候还提醒我给孩子加衣服。房东{{han:向永红}}向来不催房租，晚交几天也不说。楼下的{{han:潘姨}}下午把女儿接到她家，跟她孙女{{han:蓝思远}}一起写作业。
访谈者：孩子在学校适应吗？
受访者：儿子刚来的时候汉话不好，同学笑他，他就不去上学，在摊子边上蹲一天。后来班主任让他给全班讲新疆，讲沙漠，讲核桃树，同学们才跟他玩。女儿汉话比我好，还会说几句丽水话，回来教我，我学不会，她就笑我。
访谈者：摊子上呢？
受访者：一串羊肉卖五块，冬天生意好，夏天一下雨就没人。夜市里的人都认识我，说我的炉子干净。羊肉从杭州的批发市场进，一个礼拜进两回。市里搞夜市改造的{{trap/word:项目}}，管理处的{{han:项国平}}帮我报了名，摊位费免了半年。城管{{han:陶家栋}}人好，下雨天让我把炉子挪到棚子底下。对面卖{{trap/minority_word:烤包子}}的是我老乡{{minority/uyghur:阿卜杜热西提}}，我出摊晚了，他帮我生火。
访谈者：孩子去看过妈妈吗？
受访者：看过三回。区社工站的{{compound:澹台雨萌}}开车带我们去的，路上给孩子讲故事。法律援助的律师{{compound:申屠砚舟}}帮我们问了减刑的事，他说{{minority/uyghur:帕孜丽耶}}在里面表现好，能减一年。监狱里管她的{{han:柳警官}}说，她在里面学会了缝纫。女儿隔着玻璃哭，儿子不哭，出来以后一句话不说。
访谈者：妈妈的事女儿知道吗？
受访者：她只知道妈妈在很远的地方上班。我不知道什么时候告诉她。社工说，等她大一点，让妈妈自己在信里跟她讲。每回收到信，我先念给儿子听，再挑一些念给女儿听。
访谈者：老家还有人吗？
受访者：我阿帕{{minority/uyghur:布维热比娅}}在洛浦，七十多了，种核桃。弟弟{{minority/uyghur:努尔买买提·托合提}}在和田开出租车，每年秋天寄两箱核桃、一箱红枣来。{{trap/minority_word:肉孜节}}的时候我弹{{trap/minority_word:都塔尔}}，女儿穿{{trap/minority_word:艾德莱斯}}裙子跳舞。我给孩子讲{{trap/famous:库尔班大叔}}骑毛驴上北京的故事，儿子说他长大也要去北京。
访谈者：您一个人带孩子，难吗？
受访者：难。下午四点出摊，夜里一点收摊，孩子放学回家只能自己热饭。{{minority/uyghur:扎克尔江}}学会了做拉条子，女儿的头发是他扎的，扎得歪歪扭扭。有一回我在摊上烫了手，一个礼拜没法出摊，是社区给送的米和油。晚上出摊前，我就让{{han:潘姨}}帮着看一眼孩子。
访谈者：您平时有人说说话吗？
受访者：收摊以后跟{{minority/uyghur:阿卜杜热西提}}坐一会儿，喝一杯茶，说说老家的事。他老婆孩子都在洛浦，他一个人在这边，比我还苦。有时候我给老婆写信，写到一半写不下去，就去炉子边上站一会儿。
访谈者：登记信息请您说一下。
受访者：住在{{address:莲都区岩泉街道丽阳街58号3幢402室}}，老家在{{address:洛浦县多鲁乡巴什托格拉克村五组22号}}。我身份证{{id_number@my1984hyphen.653224}}，女儿的{{id_number@wy2016.653224}}。我电话{{mobile@h38}}，{{han:叶秀娟}}的{{mobile@fullwidth}}。收钱的二维码上就是我的微信，{{wechat:turdi_kaorou_ls}}。儿子有个QQ，他说跟同学对作业，号码写在烤肉炉子旁边的纸板上：{{qq:51739264}}。
访谈者：表上的名字写得对吗？
受访者：乱。学校名单上儿子是{{spaced:扎 克 尔 江}}，女儿写成{{spaced:热依莱 · 图尔迪}}，监狱的会见单上老婆是{{spaced:帕　孜　丽　耶}}，我的是{{spaced:图尔迪 托合提}}。
访谈者：您最盼什么？
受访者：盼{{minority/uyghur:帕孜丽耶}}早一天出来，一家人在丽水好好过。等她出来，我们在夜市上开个小店，她做抓饭，我烤肉。
""")

# H1044: Hui mother from 海原 who runs a noodle stall in 青田 (丽水) and raises a daughter with cerebral palsy;
# her husband went to Italy and stopped sending money.
DOCS["H1044"] = ("family", """\
访谈者：大姐，您这面摊开了几年了？
受访者：六年了。我叫{{han:虎秀芳}}，回族，经名{{minority/hui:鲁开燕}}，老家宁夏{{trap/place:海原}}。娘家人都连着叫我{{minority/hui:虎鲁开燕}}。我们那边出来的人，多半在外头开拉面馆，我跟着亲戚到了{{trap/place:青田}}，在菜场门口摆个面摊，一碗牛肉面卖十二块，一天卖七八十碗。
访谈者：家里几口人？
受访者：我、女儿、儿子。我男人{{han:者建明}}被一个老板带去{{trap/place:意大利}}打工，头两年还寄钱，后来电话打不通了，有人说他在那边又成了家。{{han:者建明}}这个人，我现在不想提。
访谈者：女儿是什么情况？
受访者：女儿{{han:者欣悦}}十一岁，经名{{minority/hui:麦丽麦}}，生下来缺氧，是脑瘫，走路要人扶，说话也不清楚。家里叫她{{han:小悦儿}}。{{han:小悦儿}}她心里明白，谁对她好她都记得。海原的亲戚叫她{{minority/hui:者麦丽麦}}。儿子{{han:者子轩}}八岁，经名{{minority/hui:哈比布拉}}，在{{school:青田县鹤城小学二年级（4）班}}。{{minority/hui:哈比布拉}}也懂事，放学先来摊上帮我收碗。寺里的人喊他{{minority/hui:者哈比布拉}}。
访谈者：您男人那边还有消息吗？
受访者：去年有个老乡从米兰回来，说在一个餐馆见过他，瘦了，不肯多说话。社工说，要是他一直不管孩子，可以去法院起诉，要抚养费。我还没想好。孩子问爸爸，我就说爸爸在外国挣钱。
访谈者：女儿在家里都做些什么？
受访者：她喜欢看动画片，喜欢摸面团。我和面的时候让她坐在旁边，给她一小块，她捏来捏去，捏成个小碗，说是给弟弟的。话说不清楚，可她会叫妈妈，叫得清清楚楚。
访谈者：女儿在哪里上学？
受访者：在{{school:青田县特殊教育学校三年级（1）班}}，学校有车接送。康复中心的{{han:夏晴川}}老师每周给她做两回训练，现在能自己拿勺子吃饭了。县医院的{{han:邵医生}}说，再练两年，也许能扶着墙走。
访谈者：有哪些人帮你们？
受访者：社区的儿童主任{{han:留美玲}}，她说青田人都往欧洲跑，不是{{trap/word:留学}}，是打工，她见多了我这样的人家。她给女儿报了残疾人两项补贴，每月{{trap/number:六百二十元}}，还给两个孩子报了困境儿童。{{trap/org:青田县残联}}的{{han:管丽娜}}帮我办了女儿的残疾证，她说评级有{{trap/word:管理}}上的规矩，我也不懂。隔壁卖馄饨的{{han:还玉霞}}还帮我接过几回孩子。菜场看门的{{han:林阿伯}}早上帮我把炉子搬出来。
访谈者：社工呢？
受访者：县社工站的{{compound:轩辕若溪}}每两周来一次，陪女儿做游戏。另一个社工{{compound:宗政知远}}帮我在网上查我男人的下落，写了好几封信到大使馆。房东{{han:留其昌}}一家都在西班牙，房租一直没给我涨。
访谈者：这边有回族乡亲吗？
受访者：有几家。从{{trap/place:化隆}}来的{{minority/hui:韩伊布拉}}开拉面馆，每个月给我送一袋面粉。他老婆{{minority/hui:宰乃白燕}}给女儿缝了好几顶小帽。丽水城里的{{han:穆长青}}阿訇过节的时候来看我们，给孩子们讲{{trap/famous:郑和}}下西洋的故事。菜场卖牛肉的{{han:把建德}}把他家的三轮车借给我拉货，从来不要钱。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}那天我不出摊，炸{{trap/minority_word:油饼}}，给隔壁几家都送。女儿闻到炸油饼的味道就笑，拍着手要吃。我阿妈{{minority/hui:赛乃白燕}}在海原，每年托人带来{{trap/minority_word:八宝茶}}。青田人爱讲{{trap/famous:刘伯温}}，儿子回来就学给他姐姐听。
访谈者：您自己身体怎么样？
受访者：腰不好，女儿一天要抱上抱下十几回。早上四点和面，中午卖到两点，下午去接女儿，晚上再给她按腿。有时候累得坐在凳子上就睡着了。最怕的是我哪天倒了，女儿怎么办。
访谈者：想过回海原吗？
受访者：想过。可海原那边没有这样的康复中心，也没有特殊教育学校，离县城几十里山路。女儿在这边一天比一天好，我不能为了自己少累一点，把她带回去。我阿妈说，你在哪里，家就在哪里。
访谈者：登记信息请您说一下。
受访者：摊子在{{address:青田县鹤城街道龙津路88号菜场门口}}，住在{{address:青田县鹤城街道水南村三组19号}}。我身份证{{id_number@wy1986spaced.640522}}，女儿的{{id_number@wy2013quad.331121}}。我电话{{mobile@plus86}}，{{han:留美玲}}的{{mobile@s38}}。我的微信{{wechat:huxiufang_lamian}}。儿子有QQ，说上网课用，号码是他姐姐用手指头一个一个点给我看的：{{qq:627305198}}。
访谈者：表上的名字写得对吗？
受访者：残联的表上女儿是{{spaced:者 欣 悦}}，她的经名写成{{spaced:麦 丽 麦}}，学校把儿子写成{{spaced:者子 轩}}，我的经名写成{{spaced:鲁　开　燕}}。
访谈者：最后还想说什么？
受访者：盼女儿能自己走路，盼儿子好好读书。我这辈子，就这两个心愿。
""")

# H1045: Han village child director in 桐木镇 (上栗) reading out her register of children in distress.
DOCS["H1045"] = ("staff", """\
访谈者：您手里这本是什么？
受访者：村里困境儿童的台账。我叫{{han:易淑芬}}，在{{trap/place:上栗县}}{{trap/place:桐木镇}}枫林村当儿童主任，干了五年。我一户一户念，你对着记。
访谈者：好，您念。
受访者：第一户，{{han:贺梓涵}}，女，十岁，在{{school:桐木镇中心小学四年级（2）班}}。爸爸{{han:贺建华}}被判了七年，在南昌服刑；妈妈前年出去打工，再没音信。这种我们报事实无人抚养，每月{{trap/number:一千二百六十元}}。孩子跟爷爷过，村里都喊爷爷{{han:贺嗲}}。住{{address:上栗县桐木镇枫林村三组12号}}，孩子的身份证{{id_number@wy2015.360322}}。过年她给我做了一张{{trap/word:贺卡}}，我到现在还夹在台账里。
访谈者：第二户？
受访者：第二户是留守，户主是外公{{han:肖成就}}，{{han:肖成就}}就是以前村里的会计。外孙{{han:钟睿恒}}九岁，爸妈在{{trap/place:浏阳}}的花炮厂上班，一年回来两趟。外公七十多了，还在自家门口扎鞭炮筒。孩子排行最小，村里人都喊他{{han:满伢子}}。外公的身份证{{id_number@mold.360322}}，电话{{mobile@s74}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:能小军}}，男，十三岁，在{{school:上栗县第二中学七年级（6）班}}。前年镇上一个花炮厂出了事，他爸妈都在里面。厂老板{{han:宋国栋}}后来判了刑，赔的钱到现在还没给齐。孩子现在跟伯父{{han:能德明}}过。{{han:能小军}}能自己做饭、洗衣服了，懂事得叫人心疼。孤儿基本生活费每月{{trap/number:一千八百二十元}}。住{{address:上栗县桐木镇枫林村六组5号}}，身份证{{id_number@my2012hyphen.360322}}。
访谈者：第四户？
受访者：第四户，{{han:颜若溪}}，女，七岁，听力残疾二级，戴人工耳蜗，两项补贴都有。妈妈{{han:刘菊香}}一个人带她，在镇上鞭炮厂插引线。{{han:刘菊香}}她说，只要孩子听得见，再苦也值。住{{address:上栗县桐木镇新街142号}}，妈妈的身份证{{id_number@wy1988x.360322}}，电话{{mobile@hyphen}}。
访谈者：第五户？
受访者：第五户，{{han:袁思齐}}，男，十一岁，在{{school:桐木镇中心小学五年级（1）班}}。爸爸吸毒进了戒毒所，妈妈改嫁。跟奶奶过，奶奶我们叫{{han:袁婆婆}}，七十八了，眼睛看不清。孩子放学去捡{{trap/word:易拉罐}}卖钱，我说了他几回，他说要给奶奶买眼药水。{{han:袁思齐}}成绩倒是好，上学期考了全班第三。
访谈者：村里有给孩子们活动的地方吗？
受访者：有个儿童之家，在村委会二楼，周末开门，有图书，有乒乓球台，暑假请大学生来上课。{{han:钟睿恒}}最爱来，一来就不走，他说在家里只有外公，外公耳朵背，说话要喊。
访谈者：这些户都是谁在跟？
受访者：镇民政办的{{han:晏国庆}}每季度下来核一遍，材料报到{{trap/org:上栗县民政局}}。镇社工站的{{compound:欧阳曼青}}跟第一户、第四户，社工{{compound:濮阳子衿}}跟第三户。县里派来督导的叫{{compound:闻人知秋}}，每个月查一次台账。村里的事，{{han:黎支书}}说了算，评低保的时候他让我一家一家去讲情况。
访谈者：你们平时怎么发现这些孩子？
受访者：一是入户，二是学校报，三是邻居说。我们{{trap/place:上栗}}家家做鞭炮，大人忙，孩子没人管的多。花炮的祖师爷是{{trap/famous:李畋}}，村里老人说他保佑做花炮的人，可每年还是有出事的。出了事，剩下的就是这些孩子。
访谈者：您自己家里呢？
受访者：我也有两个孩子，老公{{han:颜建军}}在外面跑货车，一个月回来一趟。有时候我晚上去入户，孩子就自己在家写作业。我老公说我管别人家的孩子比管自己家的还多，我说自己家的有爸妈，这几个没有。
访谈者：台账上的名字都对吗？
受访者：错的不少。{{spaced:贺 梓 涵}}中间空了格，{{spaced:能　小　军}}也是，{{spaced:颜若 溪}}分成了两截，县里的名单把社工写成{{spaced:欧 阳 曼 青}}，还有一张把督导写成{{spaced:闻人 知秋}}。年底我们一起核。
访谈者：联系方式怎么登记的？
受访者：{{han:袁婆婆}}没有手机，打她邻居的。{{han:能德明}}的电话{{mobile@plus86dash}}。我的微信{{wechat:yishufen_fenglin}}，孩子家长有事都找我。{{han:能小军}}有个QQ，他说不开心就在上面留言，号码他写在我台账的封皮里面：{{qq:1846092735}}。
访谈者：做这个最难的是什么？
受访者：最难的是孩子不肯说。{{han:贺梓涵}}头半年一句话都不跟我讲，后来我每回去都带一本书，她才慢慢开口。还有就是补助的钱，老人不会用手机查，到了也不知道，我得一家一家去说。有时候一个晚上跑三户，回到家都十点多了。县里每年培训我们两回，教怎么发现孩子受了欺负、怎么跟孩子谈话，我都记在本子上。
""")

# H1046: Han township social worker in 芦溪 (宣风镇) who handles the 孤儿基本生活费 and 事实无人抚养 cases.
DOCS["H1046"] = ("staff", """\
访谈者：您在社工站主要做什么？
受访者：我叫{{han:汤晓雯}}，在{{trap/place:芦溪县}}{{trap/place:宣风镇}}社工站，主要管孤儿基本生活费和事实无人抚养这两块，全镇一共二十三个孩子，每一个我都认得。
访谈者：这两种有什么不一样？
受访者：孤儿是父母都没了。事实无人抚养是父母还在，但一方死了、失踪了、坐牢了、重残了，另一方也管不了。钱差不多，每月{{trap/number:一千四百五十元}}。麻烦的是材料：判决书、死亡证明、失踪证明，要一样一样去找。
访谈者：申请要走哪些步骤？
受访者：先是监护人写申请，村里入户核实，开会评议，在村务公开栏贴七天；没人提意见，报到镇里审核，再报县里审批，批下来从下个月开始发。快的一个月，慢的半年。中间哪一样材料不对，就要退回来重新跑。
访谈者：您举几个例子？
受访者：第一个，{{minority/uyghur:汤艾力江}}，男，十岁，在{{school:宣风镇中心小学四年级（3）班}}。他爸{{han:汤建平}}是我们镇上的人，在新疆打工，娶了{{trap/place:阿克苏}}的姑娘{{minority/uyghur:古再丽努尔·吾斯曼}}。前年他爸出车祸走了，他妈带着他回了芦溪，去年又得病走了。现在跟奶奶过，全村都叫她{{han:汤奶奶}}。孩子的学名是{{han:汤子墨}}，可他自己只认{{minority/uyghur:艾力江}}这个名字。
访谈者：他奶奶带得过来吗？
受访者：带得过来，就是语言不通。孩子会说维吾尔语，奶奶一句听不懂，孩子想妈妈的时候就自己唱歌。{{han:汤奶奶}}每天早上给他下一碗{{trap/word:汤面}}，卧两个鸡蛋。我们找了县里一个新疆来的老师{{minority/uyghur:阿依努尔·热合曼}}，每个月来陪他说说话。
访谈者：第二个？
受访者：第二个是双胞胎，{{han:彭欣妍}}和{{han:彭欣玥}}，八岁。爸妈都在戒毒所，这是典型的事实无人抚养。现在跟外婆{{han:都婉清}}过，{{han:都婉清}}都六十九了，还要种三亩田。村支书{{han:要志刚}}要我每个礼拜去看一回，他说老人撑不住就得想办法。双胞胎在{{school:宣风镇竹垣小学二年级（2）班}}。
访谈者：第三个？
受访者：第三个是孤儿，{{han:黄沐晴}}，女，十五岁，在{{school:芦溪县芦溪中学九年级（4）班}}，爸妈在{{trap/place:武功山}}修路的时候出了事。她跟着姨妈{{han:邹春兰}}，姨妈家在{{address:芦溪县宣风镇竹垣村四组28号}}。她想考护校，我们帮她申请了助学金。姨父{{han:钱德旺}}开始不太愿意，说多一张嘴吃饭，后来看她懂事，也就不说了。
访谈者：孩子们知道自己拿的是什么钱吗？
受访者：大一点的知道。{{han:黄沐晴}}问过我，这钱是不是国家可怜她。我跟她说，不是可怜，是你应得的，国家管每一个孩子。她回去写了一篇作文，叫《我不是没人管的孩子》，老师拿到全校念了。
访谈者：双胞胎的外婆要是带不动了呢？
受访者：我们也在想。一个办法是找亲属，孩子的舅舅{{han:柴宏伟}}在深圳，说等他买了房就把两个孩子接过去。另一个办法是家庭寄养，县里有几户寄养家庭，我们去看过，条件都好。可孩子离不开外婆，我也不忍心。
访谈者：你们站里几个人？
受访者：四个。除了我，还有老同事{{compound:西门晚晴}}、社工{{compound:万俟子骞}}，和新来的{{compound:左丘思远}}。县里管我们的是{{trap/org:芦溪县民政局}}儿童福利股的{{han:龙秀英}}，她每个月下来一次，我们每个月给{{han:龙秀英}}交一次报表。双胞胎那边是县里请来的心理老师{{compound:东郭念慈}}在跟。
访谈者：材料那么难找，怎么办？
受访者：跑。{{minority/uyghur:汤艾力江}}他妈的死亡证明，是我跑了三趟县医院才开出来的。双胞胎爸妈的戒毒决定书，是派出所的{{han:郭警官}}帮我调的。有的孩子户口在外省，要写函、盖章、等回信，一等就是两三个月。这期间孩子没钱，我们先从站里的爱心基金里垫。
访谈者：登记信息怎么填？
受访者：{{minority/uyghur:汤艾力江}}家住{{address:芦溪县宣风镇新建村二组9号}}，孩子的身份证{{id_number@my2015quad.360323}}，奶奶的{{id_number@woldhyphen.360323}}。双胞胎外婆的电话{{mobile@spaced}}，{{han:邹春兰}}的电话{{mobile@fws}}。我的工作微信{{wechat:tangxw_xuanfeng}}。{{han:黄沐晴}}有QQ，她说有事就找我，号码是{{qq:2957130846}}。
访谈者：名字在表上有写错的吗？
受访者：多了。{{spaced:汤 艾 力 江}}被打成了四个字分开，他妈的名字写成{{spaced:古再丽努尔 · 吾斯曼}}，双胞胎一个写成{{spaced:彭　欣　妍}}，同事的名字也被写成{{spaced:万 俟 子 骞}}。
访谈者：做这行您最想说什么？
受访者：孩子等不起。{{trap/famous:葛洪}}在武功山炼丹的故事，我们这里人人都会讲，可孩子要的不是故事，是有人管。
""")

# H1047: Han resource-room teacher in 龙泉 (丽水) who reaches her pupils with disabilities and their parents on
# WeChat and QQ.
DOCS["H1047"] = ("teacher", """\
访谈者：{{han:郑雨岑}}老师，资源教室是做什么的？
受访者：给随班就读的孩子单独上课、做训练的地方。我在{{trap/place:龙泉}}城里一所小学管资源教室，第四年了。现在跟着五个孩子，家长多半在外地，平时全靠微信和QQ联系。
访谈者：您说说这几个孩子。
受访者：第一个{{han:季子谦}}，孤独症，在{{school:龙泉市剑川小学三年级（2）班}}。他上课会突然大叫，我就把他带到资源教室，让他摆积木。他妈{{han:毛雪芬}}在杭州上班，每天晚上九点跟我视频，她的微信是{{wechat:maoxf_hz2019}}。冬天他只肯穿一件红{{trap/word:毛衣}}，别的都不穿。
访谈者：第二个？
受访者：第二个{{han:练思琪}}，听力残疾，戴助听器，在{{school:龙泉市剑川小学五年级（1）班}}。我每天放学陪她做二十分钟说话{{trap/word:练习}}。她爸{{han:练永福}}在工地上，不会打字，只会发语音。她自己有QQ，号码是她用手语一个数一个数比给我看的：{{qq:7061938452}}。
访谈者：第三个？
受访者：第三个是畲族的小姑娘，{{han:蓝晓彤}}，智力残疾，家在{{trap/place:竹垟畲族乡}}，周一到周五住在学校旁边的亲戚家。她奶奶{{han:雷阿妹}}只会说畲话，{{han:雷阿妹}}也不识字，我跟她讲话要找邻居翻译。三月三那天孩子系上{{trap/minority_word:彩带}}，跳得最好。
访谈者：第四个？
受访者：第四个是回族孩子，{{han:马浩博}}，经名{{minority/hui:穆萨伊德}}，脑瘫，坐轮椅。爸爸{{han:马成栋}}在{{trap/place:龙渊街道}}开拉面馆，妈妈{{minority/hui:法图麦燕}}去年病故了。{{minority/hui:穆萨伊德}}他数学特别好，心算比我快。他爸的微信{{wechat:machengdong_lamian}}，周五放学我把一周的情况发给他。
访谈者：第五个？
受访者：第五个{{han:叶金山}}，情绪障碍，爸爸坐牢，妈妈走了，跟爷爷{{han:叶茂才}}过。{{han:叶金山}}有时候一个礼拜不说一句话，有时候在教室里摔东西。他有个QQ，晚上常常在上面给我发一句“老师我睡不着”，号码{{qq:５８２０４７１６３}}。他爷爷的电话{{mobile@p86n}}。
访谈者：资源教室里都有些什么？
受访者：有感统训练的器材，有沙盘，有绘本，还有一台听力检测仪，是市里拨钱买的。孩子们下课最爱来，说这里安静。普通班的同学也想进来玩，我就定了规矩，每周五下午开放一节课，让大家一起玩，慢慢地，别的孩子也愿意跟他们做朋友了。
访谈者：晚上孩子发消息来，您怎么办？
受访者：我都回。他说睡不着，我就问他今天吃了什么、看了什么，聊十来分钟，他就说困了。有一回半夜一点他发来一张窗户的照片，我吓坏了，马上打给他爷爷，爷爷起来一看，孩子在床上好好的。第二天我跟他约好，以后十一点以后不聊天，有急事打电话，心里难受也可以打{{trap/hotline:12355}}。
访谈者：学校里还有谁帮您？
受访者：副校长{{han:袁也青}}也管这块，每个月组织一次线上家长会。学校的康复老师{{compound:公良舒窈}}是从杭州考来的，有个志愿者叫{{compound:颛孙语冰}}，每周三来陪孩子画{{trap/word:龙泉青瓷}}上的花。市特教指导中心的{{compound:夹谷明哲}}每学期来评估一次。社区的{{han:金有田}}有空就来帮我推{{han:马浩博}}的轮椅。校车司机{{han:毛师傅}}每天把{{han:蓝晓彤}}送到亲戚家门口才走。
访谈者：补贴这些怎么办？
受访者：残疾人两项补贴，家长在{{trap/org:龙泉市残联}}申请，我帮着填表，{{han:季子谦}}和{{han:马浩博}}都拿到了。{{han:叶金山}}报的是服刑人员子女补助。家长不在身边的，我拍照发到微信上，一项一项教他们签字。
访谈者：家长们配合吗？
受访者：大多数配合。也有不愿意承认孩子有问题的，说孩子只是晚开窍，不肯去做评估。我就把孩子在资源教室里的视频发给他们看，看多了，慢慢也就接受了。有个妈妈跟我说，她在外面打工，每天最盼的就是晚上收到我的消息。
访谈者：您自己呢？
受访者：我的微信{{wechat:zhengyc_ziyuan}}，QQ是{{qq:436218057}}，家长群里都有。周末也有家长发消息来，我尽量回。孩子们爱听{{trap/famous:欧冶子}}在龙泉铸剑的故事，我跟他们说，剑要磨，人也要磨，慢慢来。
访谈者：名册上的名字写得对吗？
受访者：有错的。{{spaced:季 子 谦}}被打成三截，{{spaced:练思 琪}}分成两段，{{spaced:穆 萨 伊 德}}在残联的表上一个字一个字空开，指导中心把志愿者写成{{spaced:颛　孙　语　冰}}。
访谈者：最后想说什么？
受访者：这些孩子慢，但不是不会。他们每进一步，我都在群里跟家长说一声，家长们比我还高兴。家长的电话我都存着，{{han:毛雪芬}}的是{{mobile@plus86}}，{{han:练永福}}的是{{mobile@s38}}，有事随时打。
""")

# H1048: Han grandmother in 壶镇 (缙云) who sells 烧饼 and raises two grandchildren; her son is in prison for
# running a gambling den and his wife left.
DOCS["H1048"] = ("family", """\
访谈者：阿婆，您一个人带两个孙？
受访者：一个孙女一个孙子。我叫{{han:朱桂仙}}，六十八了，住在{{trap/place:缙云}}{{trap/place:壶镇}}边上的村里。村里人都喊我{{han:阿仙}}。老头子走了以后，家里就我一个大人。
访谈者：孩子的爸爸妈妈呢？
受访者：儿子{{han:应伟杰}}在镇上开棋牌室，后来搞成了赌场，前年{{trap/org:缙云县人民法院}}判了五年，关在{{trap/place:乔司}}。媳妇{{han:楼佳慧}}过了几个月就回娘家了，后来去了{{trap/place:义乌}}，再没回来。他们以前住我{{trap/word:楼上}}，现在那间屋空着，我不敢上去。
访谈者：孩子们多大？
受访者：孙女{{han:应语桐}}十二，在{{school:缙云县壶镇中学七年级（3）班}}。孙子{{han:应天佑}}七岁，在{{school:壶镇镇第二小学一年级（4）班}}，我们都叫他{{han:阿佑}}。{{han:阿佑}}他记不得他爸长什么样了，只认照片。
访谈者：您靠什么过日子？
受访者：我在镇上摆摊做{{trap/word:缙云烧饼}}，一天做两百来个，一个卖三块。手艺是我老头子{{han:应德茂}}教的，他走了六年了。早上三点起来揉面，孙女起来帮我烧炭。烧饼要用炭火，一个桶炉，贴着炉壁烤，我手背上全是烫的疤，一年到头就过年歇三天。旁边卖豆腐的{{han:胡阿三}}帮我看过好几回摊，我去学校开会，摊子就交给他。
访谈者：有谁帮你们？
受访者：村里的儿童主任{{han:虞美华}}，她给两个孙报了服刑人员子女补助，后来又改成事实无人抚养，每个孩子每月{{trap/number:一千五百八十元}}。镇民政的{{han:杜有才}}才来过，说今年的复核过了。老支书{{han:樊立冬}}把我家漏雨的屋顶修好了。孙女的班主任{{han:施丽娟}}老师天天在微信上问作业。县社工站的{{compound:诸葛惜文}}每月来一趟，带孙子去{{trap/place:仙都}}玩过一回，她同事{{compound:慕容寒汀}}给孙女补英语。
访谈者：孩子们去看过爸爸吗？
受访者：看过一次。法律援助中心的律师{{compound:上官映雪}}陪我们去的，坐了两个多钟头的车。隔着玻璃，{{han:应伟杰}}哭，说对不起我。我说你对不起的是两个孩子，你{{trap/word:应该}}好好改，出来好好做人。
访谈者：儿子在里面有信来吗？
受访者：每个月一封，是写给孩子的。孙女念给我听，念着念着就不念了，说后面都是一样的话。他在信里说，出来以后去{{trap/place:永康}}的厂里做工，再不碰牌了。我信一半，不信一半。
访谈者：孙女懂事吗？
受访者：太懂事了。{{han:应语桐}}她每天四点起来帮我揉面，上学路上还背英语单词。她说要考到杭州去读书，以后把弟弟也带出去。孙子调皮，上学期把同学的铅笔盒扔到河里，我去学校给人家赔了二十块。那个同学的奶奶{{han:李阿婶}}说不要，我硬塞给她的。
访谈者：孙子在学校怎么样？
受访者：{{han:阿佑}}上一年级，字写得歪，拼音老记不住。老师说他聪明，就是坐不住，一节课要站起来好几回。我不识字，教不了他，晚上都是他姐姐教。姐姐教急了拍他一下，他哭，哭完了又凑过去问。
访谈者：村里人怎么看你们家？
受访者：开始有人背后讲，说赌鬼的孩子。孙女听到了，回来哭了一晚上。{{han:虞美华}}知道了，到那几家挨个去说，说孩子没有错，谁再讲就是欺负人。后来就没人讲了。这件事我跟{{han:虞美华}}说了好多回谢谢。过年的时候，村里还给两个孩子送了新衣服和书包。
访谈者：您身体还吃得消吗？
受访者：手上有风湿，揉面揉久了手指伸不直。去年冬天摔了一跤，在床上躺了半个月，是孙女做饭、洗衣服，还给我擦身子。我跟她说，阿婆对不起你，让你这么小就干这些。她说阿婆你别说了，我们是一家人。
访谈者：过年过节呢？
受访者：春天山上{{trap/word:杜鹃}}开了，仙都那边祭{{trap/famous:黄帝}}，热闹得很，我带两个孩子去看过。过年我给他们做{{trap/word:麦饼}}，孙子一口气吃两个。孙女说，等她考上大学，带我去杭州看西湖。
访谈者：登记信息请您说一下。
受访者：家在{{address:缙云县壶镇镇岩背村七组14号}}，摊子在{{address:缙云县壶镇镇老街63号}}。我身份证{{id_number@wy1957.331122}}，孙子的{{id_number@my2018fwspaced.331122}}。我电话是孙女帮我背的：{{mobile@hyphen}}，{{han:虞美华}}的{{mobile@h38}}。孙女有微信，叫{{wechat:yutong_huzhen12}}。孙子玩游戏有个QQ，号码他用彩笔写在烧饼炉子边上：{{qq:90417358}}。
访谈者：名字写得对吗？
受访者：不对的多。低保表上我是{{spaced:朱 桂 仙}}，孙女写成{{spaced:应　语　桐}}，孙子写成{{spaced:应天 佑}}，社工的名字写成{{spaced:诸 葛 惜 文}}。
访谈者：最后您想说什么？
受访者：孩子没有错。对不起这两个孩子的，不是我，是{{han:应伟杰}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1041,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
