# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 114 (tests/pii/holdout114/H897-H904 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 114 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
来宾 (Guangxi) and 龙岩 (Fujian): a Mongolian father from 阿拉善左旗 who runs the boiler of a 来宾 sugar mill while
his sister keeps his two children; a Kham Tibetan mother from 理塘 who sells yak butter and cordyceps at a 来宾
market, her husband in prison; a Uyghur father from 和田 who sells naan in 新罗区 (龙岩), his son with cerebral
palsy; a Hui grandmother from 临夏 raising her grandson in 兴宾区 after his parents divorced; a Yao (瑶族) village
child director in 金秀 reading her register; a Hakka township social worker in 永定 who visits the tulou families;
a She (畲族) primary-school teacher in 漳平; and a Han grandfather in 武平 raising two orphans. The emphasis is on
forms where a replacement might cover only part of a name, in a mix rather than one trick: Mongolian names of
阿拉善 used whole (额仁钦道尔吉, 德勒格尔玛她, 蒙根图雅, 珠日河, 苏布达玛) and with short forms (额仁钦, 达玛), a Han
surname before a Mongolian given name (韩苏布达玛, 韩德勒格尔玛, 韩额仁钦 on the pay slip) and the Han names and
nicknames of the same people (韩金锁, 老蒙, 小珍珠, 韦嫂); Tibetan names of 理塘 (降泽翁姆, 四郎翁加他, 阿称多吉,
泽仁拥宗, 阿初拉姆, 邓珠降措, 夏拉翁姆) with fond forms (小阿称, 宗宗), a Han surname before a Tibetan given name
(杨拥宗, the mother's Han surname put in by the school) and the Han names of Tibetans (杨翠英, 杨大姐, 阿夏); Uyghur
given name + father's name with and without the dot (吐尔洪·麦提尼亚孜, 帕塔姆汗·艾海提, 艾孜麦提·吐尔洪,
艾孜麦提吐尔洪, 阿依夏木·喀迪尔), short and fond forms (帕塔姆, 孜热古丽 and 孜热她, 艾孜麦提江), a surname made
from the father's name before a Uyghur given name (吐艾孜麦提, by the rehabilitation centre's computer) and the
stall keeper's local name (吐老板); Hui religious names (经名) alone (亥迪彻, 吴斯曼, 哈什木他, 苏姆耶, 哈哲尔,
鲁比娅) and after the family surname (马哈什木, 妥亥迪彻, 马尤素福, 马舍里夫, 马鲁比娅), beside the Han names of the
same people (妥玉梅, 妥奶奶, 马有山他, 马浩宇, 马仔, 马学军, 马雪婷, 马老板, 冶阿訇); Yao, Hakka and She names,
category han (盘美莲, 盘让贤, 冯金妹, 冯婆, 莲姐, 坤哥, 琴妹, 满娣婆, 狗牯, 蓝雪英, 钟也平, 雷阿姆); Han names with
common and rare surnames of the region (韦, 覃, 莫, 凌, 银, 蒙, 粟, 还, 农, 磨, 廖, 和, 游, 阙, 江, 饶, 妥, 把, 卢,
黎, 冶, 盘, 冯, 赵, 庞, 相, 苏, 龚, 陶, 胡, 向, 简, 官, 能, 练, 都, 邱, 曾); surnames that are ordinary words,
directly after or before grammar words (还秀英还, 跟和晓薇能, 我向向晨曦, 让把春花把, 卢能芬能, 能嘉怡能,
跟都明辉都, 邱还英还, 相丽萍相信, 赵有才才, 钟也平也, 卢满娣她), and given names with such characters (韦有权他,
覃要明就, 江有德, 饶也青也, 马有山, 盘让贤让, 游要华, 卢国和和, 练德能, 邱还英); names that contain words
(小珍珠, 游子谦, 江海潮, 蓝天宇 beside 蓝天, 林水仙 beside 水仙茶); titles and kin words after names (银秀莲老师,
磨丽琼老师, 饶也青老师, 黎冬梅老师, 钟丽清老师, 还秀英阿姨; the span is the name only), a surname with only a title
or kin word, annotated whole (韦嫂, 杨大姐, 粟老板, 廖警官, 吐老板, 妥奶奶, 冶阿訇, 盘主任, 冯婆, 胡姐, 蓝老师,
郑校长, 马老板, 曾老师), nicknames and local forms of address, annotated whole (老蒙, 小珍珠, 春桃姐, 阿夏, 马仔,
莲姐, 坤哥, 琴妹, 满娣婆, 狗牯, 雨妹, 远牯, 德能伯, 雷阿姆; 小阿称, 宗宗, 艾孜麦提江 are minority); names directly
before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和, and a name closing the last sentence
(这几年帮我最多的，是村主任都明辉。); names spaced out character by character in half- and full-width spaces
(额 仁 钦 道 尔 吉, 苏　布　达　玛, 降 泽 翁 姆, 泽 仁 拥 宗, 吐 尔 洪 · 麦 提 尼 亚 孜 with the dot spaced too,
孜　热　古　丽, 妥 玉 梅, 亥 迪 彻, 马 哈 什 木, 赫 连 秋 雁, 冯 金 妹, 盘　让　贤, 东 方 若 谷, 游　子　谦, 简 小 芸,
钟 离 素 琴, 钟 也 平, 马 鲁 比 娅, 司　马　婉　柔, 练 德 能, 宗 政 明 远, 拓　跋　晴　川), a dotted name with spaces
around the dot (艾孜麦提 · 吐尔洪) and names split in two (珠日 河, 韩　德勒格尔玛, 阿称　多吉, 四郎 翁加,
帕塔姆汗 艾海提, 赵有 才, 向晨 曦, 能嘉 怡, 练思 雨); compound surnames after ordinary words (上官, 司徒, 诸葛, 皇甫,
慕容, 令狐, 尉迟, 赫连, 公孙, 东方, 宇文, 钟离, 梁丘, 司空, 司马, 万俟, 长孙, 宗政, 拓跋 after
的/实习生/社工/律师/同事/督导/志愿者/心理咨询师/心理老师); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:还秀英}}``, ``{{qq:61830274}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2016tri.653221}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash, plus86spaced,
                                   fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿姨) and a particle, pronoun or verb
written directly after a name (她, 他, 也, 就, 把, 能, 都, 还, 才, 让, 和) are outside the span; a surname with only a
title or kin word (韦嫂, 杨大姐, 粟老板, 冯婆, 冶阿訇, 郑校长) and a nickname or local form of address (老蒙, 小珍珠,
春桃姐, 阿夏, 马仔, 坤哥, 琴妹, 满娣婆, 狗牯, 远牯, 德能伯; 小阿称, 宗宗, 艾孜麦提江) are annotated whole. Han-style
names of Mongolian, Tibetan, Uyghur, Hui, Yao, Hakka and She people (韩金锁, 杨翠英, 吐老板, 妥玉梅, 马浩宇, 盘美莲,
蓝雪英) are category han; a Han surname before a non-Han given name (韩苏布达玛, 韩德勒格尔玛, 杨拥宗, 吐艾孜麦提,
马哈什木, 妥亥迪彻, 马尤素福, 马鲁比娅) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout114/make_holdout114.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(114_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["130", "132", "134", "136", "139", "152", "155", "156", "159", "177", "178", "182", "185",
                   "188", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H897: Mongolian father from 阿拉善左旗 who runs the boiler of a 来宾 sugar mill while his sister keeps his two
# children.
DOCS["H897"] = ("family", """\
访谈者：大哥，锅炉房里这么热，您在糖厂干了几个榨季了？
受访者：四个榨季了。{{trap/place:来宾}}这边十一月开榨，榨到第二年三月，锅炉一天二十四个钟头不能熄火。我叫{{minority/mongolian:额仁钦道尔吉}}，{{trap/place:阿拉善左旗}}人，厂牌上是汉名{{han:韩金锁}}。壮族工友听我口音怪，都喊我{{han:老蒙}}，以为我姓蒙，我也就应了。只有食堂做清真饭的{{trap/place:宁夏}}师傅{{minority/hui:马舍里夫}}叫我{{minority/mongolian:额仁钦}}，他在{{trap/place:银川}}待过，听惯了蒙古名。
访谈者：怎么从阿拉善到广西来了？
受访者：跟我妹来的。我妹{{minority/mongolian:德勒格尔玛}}早些年在银川的饭店端盘子，认得了来宾小伙{{han:韦有权}}，嫁过来了。我跟孩子妈离了以后，在{{trap/place:巴彦浩特}}开出租，一个月挣不到三千。{{han:韦有权}}他打电话说糖厂缺烧锅炉的，我就领着俩孩子坐了两天两夜火车过来。
访谈者：孩子妈妈呢？
受访者：她叫{{minority/mongolian:蒙根图雅}}，离了婚去{{trap/place:乌兰巴托}}给人看孩子，头一年还寄过钱，后来号码换了，找不着了。户口跟着我，我上夜班，白天得睡，孩子全靠我妹。
访谈者：孩子们多大？
受访者：大的是儿子{{minority/mongolian:珠日河}}，十二，在{{school:兴宾区凤凰小学六年级（3）班}}。小的是闺女{{minority/mongolian:苏布达玛}}，八岁，名字的意思是珍珠，家里叫她{{minority/mongolian:达玛}}。报名要填姓，我妹给她填了我的汉姓，成了{{minority/mongolian:韩苏布达玛}}，同学都叫她{{han:小珍珠}}，在{{school:兴宾区凤凰小学二年级（5）班}}。
访谈者：您妹妹家里怎么样？
受访者：妹夫在{{trap/place:象州}}跑摩的，他们自己还有个三岁的。{{minority/mongolian:德勒格尔玛}}她五点起来做五口人的饭，送完两个学校，再去蔗地里帮人砍蔗，一天八十。村里人随她男人叫她{{han:韦嫂}}，村委会的表上又写成{{minority/mongolian:韩德勒格尔玛}}，她自己都搞不清自己叫啥了。
访谈者：谁在帮着你们？
受访者：社区儿童主任{{han:莫春桃}}，壮族，嘴快手也快。{{han:莫春桃}}头一回上门就带了表，俩孩子报困境儿童，每人每月{{trap/number:六百五十块}}，我也报了低保。有事我就找{{han:春桃姐}}。区民政局的{{han:凌晓鸥}}来核过一回，说我妹不是监护人，得我本人签字。街道社工站的{{compound:上官明蕊}}每个礼拜来，带来的实习生{{compound:司徒慧兰}}给{{minority/mongolian:珠日河}}补英语。儿子的班主任{{han:银秀莲}}老师，姓银，{{trap/word:银行}}的银，她给他办了免费午餐，还把她儿子穿小的球鞋拿来给他。
访谈者：厂里呢？
受访者：锅炉班长{{han:覃要明}}照顾我，说我家里有娃，夜班给我排连着的，好歇整天。有回我发烧，{{han:覃要明}}就顶了我一个班。安全员{{han:蒙秋菊}}是真姓蒙的，老笑我抢了她的姓，拿{{trap/word:蒙古包}}的照片问我是不是住这个，我说早住砖房了。
访谈者：孩子们想老家吗？
受访者：想。这边热，闺女说想吃{{trap/minority_word:沙葱}}包子，想喝{{trap/minority_word:驼奶}}。儿子记得在{{trap/place:贺兰山}}底下看{{trap/minority_word:那达慕}}，骑过骆驼。我给他们唱{{trap/famous:嘎达梅林}}，他们跟壮族同学学{{trap/famous:刘三姐}}的山歌，一半蒙语一半壮话。过年{{minority/hui:马舍里夫}}炸了一盆馓子送来，说是给娃们的，他自己的娃在宁夏，三年没见了。我{{trap/minority_word:额吉}}七十三了，一个人在旗里，每礼拜视频，{{minority/mongolian:达玛}}对着屏幕喊奶奶，喊完就哭。
访谈者：最难的是什么？
受访者：夜班。锅炉房四十多度，一个班下来衣裳能拧出水，喝三壶水也不见尿。甘蔗渣一车一车往炉膛里送，压力表一跳就得盯着，打个盹都不行，去年隔壁厂就炸过一回。白天回到出租屋，外头摩托车响、卖米粉的吆喝，怎么也睡不着，一闭眼就想，我这么熬，娃们跟我一天说不上十句话。社工{{compound:上官明蕊}}说，那就写纸条，我现在每天出门前在桌上留一张。有回{{minority/mongolian:珠日河}}在学校跟人打架，说人家笑他是外国人，{{han:银秀莲}}老师打电话，我睡着没接，是{{han:韦嫂}}去的学校。
访谈者：登记信息请您说一下。
受访者：这边住{{address:兴宾区城东街道甘蔗园路28号3栋402室}}，老家在{{address:阿拉善左旗温都尔勒图镇查干高勒嘎查三组9号}}。我身份证{{id_number@my1984spaced.152921}}，闺女的{{id_number@wy2017.152921}}。我电话{{mobile@s434}}，{{han:莫春桃}}的{{mobile@hyphen}}。我妹用微信，叫{{wechat:delger_laibin86}}。儿子有QQ，他念一个数我写一个，写在锅炉房的值班本上：{{qq:61830274}}。
访谈者：表上的名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:额 仁 钦 道 尔 吉}}，工资条上是{{minority/mongolian:韩额仁钦}}，儿子学籍上是{{spaced:珠日 河}}，闺女在困境儿童名单上是{{spaced:苏　布　达　玛}}，我妹在村委会的本子上是{{spaced:韩　德勒格尔玛}}。
访谈者：您最盼什么？
受访者：盼俩娃念好书，会说汉话也别忘了蒙语。榨季完了想回阿拉善看看老太太，就怕一走厂里不要我了。我们阿拉善人讲究骆驼认路，我这头骆驼走得太远，路都快认不得了。
""")

# H898: Kham Tibetan mother from 理塘 who sells yak butter and cordyceps at a 来宾 market, her husband in prison.
DOCS["H898"] = ("family", """\
访谈者：大姐，您这摊子上卖的都是什么？
受访者：酥油、牦牛肉干，还有虫草，都是老家亲戚寄来的。我叫{{minority/tibetan:降泽翁姆}}，{{trap/place:理塘}}人。市场里的人叫不来藏名，买菜的阿姨干脆叫我{{han:杨大姐}}，因为我办证用的汉名是{{han:杨翠英}}。隔壁卖藏药的{{trap/place:甘孜}}老乡{{minority/tibetan:夏拉翁姆}}也是这样，汉人叫她{{han:阿夏}}。
访谈者：怎么到来宾来卖这些？
受访者：孩子他爸带来的。他叫{{minority/tibetan:四郎翁加}}，年轻时在{{trap/place:毛垭草原}}挖虫草，后来跟一个收虫草的来宾老板{{han:粟宏才}}做生意。{{han:粟老板}}说广西人信虫草，让我们来开个摊，头两年生意还好。广西潮，酥油放不住，我们在摊子后头摆了个旧冰柜，电费一个月两百多。虫草贵，一根一根数着卖，有的客人拿放大镜看半天，我也不生气，好东西不怕看。
访谈者：他现在呢？
受访者：在里头。前年有人拿假虫草冒充我们的货，他去理论，两个人打起来，把人打成了重伤，判了四年，关在{{trap/place:柳州}}。{{minority/tibetan:四郎翁加}}他脾气跟牦牛一样，可从来没动过我和孩子一根手指头。他在信里写藏文，我念给娃们听，念着念着就念不下去了。探监一个月能去一回，坐两个钟头大巴，隔着玻璃说二十分钟话，儿子一句都不说，出来在车上才哭。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:阿称多吉}}十一岁，在{{school:兴宾区良塘小学五年级（2）班}}，同学叫他{{minority/tibetan:小阿称}}。女儿{{minority/tibetan:泽仁拥宗}}七岁，上一年级，学校电脑里要有个姓，老师照我的汉名给她写成{{minority/tibetan:杨拥宗}}，我在家叫她{{minority/tibetan:宗宗}}。
访谈者：摊子一个人顾得过来吗？
受访者：顾不过来也得顾。早上六点出摊，在{{trap/word:农贸市场}}东头，下午娃放学就趴在摊子后头写作业。旁边卖菜的{{han:还秀英}}阿姨帮我看着，她那个姓念“环”，写出来是还钱的还。我去上厕所，{{han:还秀英}}还帮我收钱，一分不差。
访谈者：谁在帮你们？
受访者：社区儿童主任{{han:农桂英}}，姓农，{{trap/word:农民}}的农。{{han:农桂英}}跑了三趟，给两个娃报了服刑人员子女补助，每人每月{{trap/number:八百二十元}}，我也吃上了低保。法律援助的律师{{compound:诸葛文澜}}帮他爸写过申诉，说减刑有盼头。区社工站派来的{{compound:皇甫若晴}}半个月来一回，她同事{{compound:慕容小舟}}开车带我们去探过监。{{minority/tibetan:小阿称}}的班主任{{han:磨丽琼}}老师，姓磨，磨刀的磨，她把娃的情况报给学校，课后服务费免了。监狱管他的{{han:廖警官}}给我打过电话，说他表现好。
访谈者：老家还有人吗？
受访者：阿妈{{minority/tibetan:阿初拉姆}}七十了，住在县城边上，天天转{{trap/minority_word:玛尼堆}}。哥哥{{minority/tibetan:邓珠降措}}开车跑{{trap/place:康定}}。每年{{trap/minority_word:赛马节}}前后，我哥把{{trap/minority_word:酥油}}和虫草寄过来。前几年理塘出了个{{trap/famous:丁真}}，来买东西的人都问我认不认得他，我说理塘人多着呢。娃们爱听我唱{{trap/famous:仓央嘉措}}借白鹤翅膀那首，唱到“到理塘转一转就回”，{{minority/tibetan:宗宗}}就问阿爸啥时候回。
访谈者：孩子们怎么样？
受访者：儿子懂事，收摊帮我推车。有同学说他爸是坐牢的，他跟人打了一架，回来不说话。女儿小，问爸爸去哪了，我说去{{trap/place:拉萨}}朝佛了。她刚来时不会说汉话，在学校一天不开口，现在跟同学学了一口桂柳话，回家说的我听不懂，还得她哥翻。阿妈{{minority/tibetan:阿初拉姆}}想孙子，每回视频都让儿子唱藏歌给她听，唱完她就抹眼泪，说南方太远了。{{minority/tibetan:四郎翁加}}在信里说，等他出来，带娃们回理塘骑马。
访谈者：登记信息请您说一下。
受访者：这边住{{address:兴宾区河西街道良塘村九组22号}}，老家在{{address:理塘县高城镇德西村二组6号}}。我身份证{{id_number@wy1987hyphen.513334}}，儿子的{{id_number@my2014quad.513334}}。我电话{{mobile@plus86}}，{{han:农桂英}}的{{mobile@s38}}。我微信{{wechat:wengmu_litang87}}，买虫草的客人都加这个。儿子的QQ号是他用全角数字打在我手机里的：{{qq:４０７２９１５６３}}。
访谈者：名字在表上写得对吗？
受访者：乱。低保表上我是{{spaced:降 泽 翁 姆}}，儿子在学校是{{spaced:阿称　多吉}}，女儿在补助名单上是{{spaced:泽 仁 拥 宗}}，他爸的判决书上对，监狱的会见单上成了{{spaced:四郎 翁加}}。
访谈者：最后还想说什么？
受访者：盼他爸早点出来。出来了回理塘还是留这儿，我听他的。理塘海拔四千多米，来宾才一百来米，我刚来那年老是犯困，人家说我醉氧。这几年多亏了市场里的姐妹，有事我就喊{{han:还秀英}}。
""")

# H899: Uyghur father from 和田 who sells naan in 新罗区 (龙岩), with a son who has cerebral palsy.
DOCS["H899"] = ("family", """\
访谈者：大哥，您这个馕坑在这条街上支了多久了？
受访者：五年了。{{trap/place:龙岩}}人开始不认得{{trap/minority_word:馕}}，现在一早就有人排队。我叫{{minority/uyghur:吐尔洪·麦提尼亚孜}}，{{trap/place:和田}}人，街上的人都叫我{{han:吐老板}}。
访谈者：家里几口人？
受访者：四口。我，老婆{{minority/uyghur:帕塔姆汗·艾海提}}，儿子{{minority/uyghur:艾孜麦提·吐尔洪}}，女儿{{minority/uyghur:孜热古丽}}。儿子生下来就是脑瘫，九岁了还不会自己走，话也说不清。在和田医院说治不了，去{{trap/place:乌鲁木齐}}看过一回，一个疗程的钱是我一年的馕钱。老乡说{{trap/place:福建}}的康复好，又能做生意，我们一家就来了{{trap/place:新罗区}}。头一个月没生意，馕坑是我自己用黄泥和盐水砌的，这边雨多，泥老裂，裂了我就补。后来有个老太太买了一个，第二天带了五个人来，说这饼子放三天都不坏，生意才慢慢起来。
访谈者：孩子在哪里做康复？
受访者：区残联定点的康复中心，一礼拜五天。中心电脑里名字要分姓和名，写成了{{minority/uyghur:吐艾孜麦提}}，护士们跟他妈学，叫他{{minority/uyghur:艾孜麦提江}}。康复师{{han:和晓薇}}姓和，跟我们和田一个字，她说这是缘分。{{minority/uyghur:艾孜麦提江}}一见{{han:和晓薇}}就笑，别人扶他走两步就哭，跟{{han:和晓薇}}能走十步。我老婆{{minority/uyghur:帕塔姆}}每天背他去，背了四年，腰背坏了。
访谈者：生活上有谁帮？
受访者：社区儿童主任{{han:游雅芳}}，我们有什么事都跟{{han:游雅芳}}说。她帮儿子办了一级残疾证，可户口在和田，两项补贴得回户籍地办。她就跟和田村委会的{{minority/uyghur:阿依夏木·喀迪尔}}视频，一个说汉话一个说维语，我在中间翻。{{minority/uyghur:阿依夏木·喀迪尔}}把表填好寄过来，现在儿子每月有重度残疾人护理补贴和困难残疾人生活补贴，一共{{trap/number:二百八十元}}，区里还给了康复救助。区残联的{{han:阙建平}}帮我把轮椅申请了下来。社工站的{{compound:令狐雪茵}}每礼拜来，教{{minority/uyghur:孜热古丽}}认字，她同事{{compound:尉迟明朗}}帮我跑下了摊位的卫生许可证。房东{{han:江有德}}五年没涨房租，他说做人得有德。康复的费用救助能报一大半，剩下的我打馕慢慢还。冬天生意好，夏天天热没人买馕，我就去批发市场给人卸货，一车面粉卸下来，一百二十块。
访谈者：孩子上学吗？
受访者：女儿上了{{school:新罗区东肖小学一年级（4）班}}，{{minority/uyghur:孜热}}她现在会说龙岩话了，回家教她妈。儿子上不了学，特教学校的{{han:饶也青}}老师每礼拜二来家里送教，{{han:饶也青}}也教他用手指认图片。残疾证上他是{{minority/uyghur:艾孜麦提吐尔洪}}，没有点。他在家最爱趴在窗户边看公交车，哪路车几点过，他记得比我清楚，车一来就拍着手叫。
访谈者：这边有老乡吗？
受访者：有个{{trap/place:临夏}}来的回族兄弟开拉面馆，身份证上叫{{han:马学军}}，经名连着姓写在招牌上：“{{minority/hui:马尤素福}}清真拉面”。{{trap/minority_word:肉孜节}}那天，{{minority/hui:马尤素福}}关了店，请我们一家去吃手抓。我们是{{trap/minority_word:阿达西}}，进面粉都一块儿进。他老婆教我老婆拉面，我老婆教她打馕，两家的娃一起在街上跑，龙岩人看了都说这是一家子。
访谈者：想和田吗？
受访者：想。想{{trap/place:玉龙喀什河}}，想{{trap/minority_word:巴扎}}上的烤包子。{{minority/uyghur:帕塔姆}}穿{{trap/minority_word:艾德莱斯}}裙子出门，街上的人都看。有人问我家里有没有{{trap/word:和田玉}}，我说有玉我还打馕？我给儿子讲{{trap/famous:麻赫穆德·喀什噶里}}的故事，他听不懂，可{{minority/uyghur:艾孜麦提江}}一听见我的声音就安静。我爸妈还在和田种核桃，来回的机票够我打一个月馕，三年没回去了。
访谈者：登记信息请您说一下。
受访者：这边住{{address:新罗区东城街道龙腾南路67号2幢105室}}，老家在{{address:和田县拉依喀乡巴什托格拉克村4组31号}}。我身份证{{id_number@my1985fw.653221}}，儿子的{{id_number@my2016tri.653221}}。我电话{{mobile@h38}}，{{han:游雅芳}}的{{mobile@p86n}}。我的微信叫{{wechat:turhun_nang1985}}，订馕的都加。我老婆有QQ，号码是她用维语一个一个念、女儿写下来的：{{qq:2750386914}}。
访谈者：名字在表上写得对吗？
受访者：各写各的。摊位证上我是{{spaced:吐 尔 洪 · 麦 提 尼 亚 孜}}，康复中心的表上儿子是{{spaced:艾孜麦提 · 吐尔洪}}，社区的表上我老婆是{{spaced:帕塔姆汗 艾海提}}，学校把女儿写成了{{spaced:孜　热　古　丽}}。
访谈者：最后想说什么？
受访者：盼儿子有一天能自己走到馕坑跟前，喊我一声阿爸。
""")

# H900: Hui grandmother from 临夏 raising her grandson in 兴宾区 after his parents divorced.
DOCS["H900"] = ("family", """\
访谈者：奶奶，您从临夏到来宾几年了？
受访者：三年了。我叫{{han:妥玉梅}}，经名{{minority/hui:亥迪彻}}，{{trap/place:临夏}}{{trap/place:八坊}}人。这边邻居都叫我{{han:妥奶奶}}，说妥这个姓好，办啥事都{{trap/word:妥妥的}}。
访谈者：怎么到广西来了？
受访者：为了孙子。儿子{{han:马有山}}，经名{{minority/hui:吴斯曼}}，早年在{{trap/place:东莞}}打工，认得了来宾的壮族姑娘{{han:覃丽娇}}，两个人结了婚，在她娘家边上开了个拉面馆。孙子生下来，我给起了经名{{minority/hui:哈什木}}，户口上叫{{han:马浩宇}}。后来两口子过不到一块，离了。{{han:覃丽娇}}去了{{trap/place:佛山}}，又成了家；{{han:马有山}}他去{{trap/place:义乌}}做生意，也娶了人。两边都说忙，娃就剩给我了。我这辈子头一回坐飞机，从兰州飞南宁，再坐大巴到来宾，一路上一句话都听不懂，下了车是{{minority/hui:哈什木}}抱着我的腿喊奶奶，我一下子就不怕了。
访谈者：为什么不把孙子带回临夏？
受访者：娃的户口在这边，学籍也在这边，回去上不了学。再说娃说的是桂柳话，我们临夏话他听不懂几句。临夏冬天冷，屋里烧炕；这边冬天不冷可是潮，被子晒不干，我的腿一到阴雨天就疼得睡不着。我就来了，把临夏的房子锁上，钥匙交给邻居{{han:把春花}}。她姓把，我们那边有这个姓。我让{{han:把春花}}把我的老花镜寄来，她连我的盖碗也一起寄来了。
访谈者：孙子多大了？
受访者：十岁，在{{school:兴宾区良江小学四年级（6）班}}。学校名单上是{{minority/hui:马哈什木}}，报名时他自己要写的，说经名好听。我叫他{{minority/hui:哈什木}}，他同学叫他{{han:马仔}}。{{minority/hui:哈什木}}他想他妈，不说，把他妈的照片夹在语文书里。
访谈者：生活靠什么？
受访者：娃他爸一个月给五百，有时候给有时候不给。社区儿童主任{{han:卢能芬}}，{{han:卢能芬}}能说会道，跑民政局给娃报了困境儿童，每月{{trap/number:七百三十元}}；我在这边没户口，吃不上低保，她就帮我申请了临时救助。区社工站的{{compound:赫连秋雁}}每个月来，她同事{{compound:公孙子墨}}给{{minority/hui:马哈什木}}辅导作业。班主任{{han:黎冬梅}}老师知道我们吃清真，中午让娃带饭到学校热。
访谈者：这边吃的习惯吗？
受访者：不习惯也得过。这边菜市场难买到放心的牛羊肉，我一礼拜去一趟城里的清真牛肉摊，一回买够一礼拜的，冻在冰箱里。来宾没有{{trap/org:清真寺}}，主麻日我坐车去{{trap/place:柳州}}，那里的{{han:冶阿訇}}是{{trap/place:循化}}人，说话我听得懂。过{{trap/minority_word:开斋节}}，我炸{{trap/minority_word:油香}}，给楼里每家送几个，楼下的阿婆回我一袋{{trap/word:沙田柚}}。娃爱喝我泡的{{trap/minority_word:盖碗茶}}，他说比奶茶好喝。我做饭时唱两句{{trap/minority_word:花儿}}，娃笑我唱得像哭。清真寺的登记本上，{{han:冶阿訇}}给我写的是{{minority/hui:妥亥迪彻}}。
访谈者：临夏还有亲人吗？
受访者：闺女{{minority/hui:苏姆耶}}在临夏开手抓馆，她女儿{{minority/hui:哈哲尔}}跟{{minority/hui:哈什木}}同岁，两个娃视频一说就是一个钟头。闺女老叫我回去，说妈你七十一了，别在外头熬。我说等娃他爸回来接。我老汉走了八年了，埋在临夏，我每年托闺女替我去坟上看看，跟他说说孙子长多高了。
访谈者：您自己身体怎么样？
受访者：血压高，腿也不好。去年冬天在楼梯上摔了一跤，是{{minority/hui:哈什木}}跑去叫的{{han:卢能芬}}。从那以后他放学不去玩，先回家看我在不在。我不认字，老师在家长群里发的通知，都是娃一句一句念给我听，念完还考我记住没有。我心里又热又酸。
访谈者：登记信息请您说一下。
受访者：这边住{{address:兴宾区良江镇新街东巷4号2楼}}，临夏的房子在{{address:临夏市城南街道大西关巷17号}}。我身份证{{id_number@wold.622901}}，孙子的{{id_number@my2015hyphen.451302}}。我电话{{mobile@plain}}，{{han:卢能芬}}的{{mobile@fullwidth}}。娃他爸的微信是{{wechat:mayoushan_yiwu}}，娃有个QQ，是他舅舅给注册的，号码他写在我的药盒上：{{qq:583016427}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。救助的表上我是{{spaced:妥 玉 梅}}，有的表上写我经名{{spaced:亥 迪 彻}}，娃在补助名单上是{{spaced:马 哈 什 木}}，社工的名字也被写成了{{spaced:赫 连 秋 雁}}。
访谈者：最后想说什么？
受访者：盼娃长大别恨他爸妈。我教他见人说{{trap/minority_word:色俩目}}，教他做人要干净。我七十一了，能陪他几年算几年，只盼我闭眼之前，娃他爸能回来把娃领走。
""")

# H901: Yao (瑶族) village child director in 金秀 reading out her register.
DOCS["H901"] = ("staff", """\
访谈者：{{han:盘主任}}，您今天带的是什么本子？
受访者：我们村的困境儿童台账。我叫{{han:盘美莲}}，{{trap/minority_word:盘瑶}}，在{{trap/place:金秀}}{{trap/place:六巷乡}}当村儿童主任五年了，还兼着妇女主任，村里人都叫我{{han:莲姐}}。台账上十一个娃，今天我念五个。我们村在半山腰，到乡里要走一个钟头山路，有的娃上学天不亮就打着手电出门。台账是乡里统一发的本子，一个娃一页，照片、户口、补助、每月走访，我都用圆珠笔写，写错了就贴张纸再写。
访谈者：好，您念。
受访者：第一个，{{han:冯金妹}}，女，十岁，{{school:金秀瑶族自治县六巷小学四年级（1）班}}。爸爸上山砍竹子摔下崖没了，妈妈改嫁去了{{trap/place:广东}}，跟奶奶过。奶奶是{{trap/minority_word:花篮瑶}}，我们都叫她{{han:冯婆}}，八十了还在坡上种{{trap/word:八角}}，一年收几百斤，晒干了背到乡里卖。按事实无人抚养报的，每月{{trap/number:一千一百八十元}}。娃上学要过一条河，雨季木桥被冲过两回，后来乡里修了座水泥桥，我才睡得着觉。
访谈者：第二个？
受访者：第二个，{{han:赵有才}}，男，十三，{{school:金秀县民族中学八年级（2）班}}住校。爸爸{{han:赵金盘}}在{{trap/place:大瑶山}}里偷挖兰花，判了两年；妈妈{{han:庞秋妹}}在镇上饭店洗碗。{{han:赵有才}}才上初二，周末回来就砍柴挑水。我们给他报了服刑人员子女补助，学校免了住宿费。我去学校看过他一回，他把补助的钱攒着，说要给他爸买双解放鞋，等他爸出来穿。
访谈者：第三个？
受访者：第三个，{{han:相丽萍}}，女，七岁。爸妈都在{{trap/place:东莞}}打工，五年没回来，电话也打不通了。跟外公{{han:苏玉坤}}过。娃老问我她妈什么时候回来，我说快了，{{han:相丽萍}}{{trap/word:相信}}，天天在村口等班车。有一回下大雨，她还在路口站着，淋得透湿，我把她背回家，烧了一锅姜汤，她喝完了问我，阿姨，我妈是不是不要我了。我答不上来。
访谈者：第四个？
受访者：第四个，{{han:盘让贤}}，男，十二，小时候得脑膜炎落下病，智力二级残疾，拿残疾人两项补贴。爸爸{{han:盘文贵}}在{{trap/place:广州}}搞装修，奶奶带着。他有个弟弟，两个人抢东西，我就让{{han:盘让贤}}让着弟弟，他真让，一个果子掰一大半给弟弟。他不会写字，可认得村里每一头牛，谁家牛跑上山了都来找他，他吹个口哨牛就回来了。
访谈者：第五个？
受访者：第五个，{{han:龚雨霏}}，女，九岁，爸妈一场车祸都没了，是孤儿，拿孤儿基本生活费，每月{{trap/number:一千六百元}}。跟舅舅{{han:龚家坤}}过，村里都叫他{{han:坤哥}}，他自己还没成家，给娃梳头梳得歪歪扭扭，村里的婶子们看不过去，轮流去给娃扎辫子。
访谈者：谁跟您一起管这些娃？
受访者：乡里的民政助理{{han:陶建峰}}，县{{trap/org:民政局}}儿童福利股每季度下来。每个月的走访记录要报到乡里，哪家娃病了、不上学了，要马上报，晚一天都要挨批评。县社工站的{{compound:东方若谷}}跟我跑过每一户，她同事{{compound:宇文一鸣}}是{{trap/place:南宁}}人，周末带娃们去{{trap/org:瑶族博物馆}}看{{trap/minority_word:黄泥鼓}}。{{compound:东方若谷}}说，当年{{trap/famous:费孝通}}和他新婚的妻子{{trap/famous:王同惠}}就是进这片山做调查，他妻子没能走出去。娃们听了都不出声。
访谈者：过节的时候呢？
受访者：{{trap/minority_word:盘王节}}村里跳{{trap/minority_word:长鼓舞}}，{{han:冯金妹}}跳得最好。我跟娃们说，我们瑶家人敬{{trap/famous:盘王}}，也要敬自己。那天全村杀猪，娃们穿上绣花衣裳，吃得满嘴油，是一年里最高兴的一天。
访谈者：台账上的号码请您念一下。
受访者：{{han:冯金妹}}的身份证{{id_number@wy2015fwspaced.451324}}，{{han:盘让贤}}的{{id_number@my2013x.451324}}，{{han:冯婆}}家在{{address:金秀瑶族自治县六巷乡青山村上屯15号}}。我电话{{mobile@p86h}}，{{han:庞秋妹}}的{{mobile@s74}}。我微信{{wechat:panmeilian_jx}}。{{han:赵有才}}在学校有QQ，扣扣号{{qq:96301742}}。
访谈者：台账上的名字有写错的吗？
受访者：有。乡里的表上是{{spaced:冯 金 妹}}、{{spaced:盘　让　贤}}、{{spaced:赵有 才}}，县里的通知上把社工写成了{{spaced:东 方 若 谷}}。
访谈者：最后您想说什么？
受访者：这些娃不是没人要，我们一村人都看着。我自己也是奶奶带大的，爸妈去广东打工那年我六岁，知道等人是什么滋味。我最放心不下的，还是{{han:盘让贤}}。
""")

# H902: Hakka township social worker in 永定 who visits the tulou families.
DOCS["H902"] = ("staff", """\
访谈者：{{han:胡姐}}，您在镇社工站几年了？
受访者：四年了，在{{trap/place:湖坑镇}}社工站。我叫{{han:胡晓琴}}，{{trap/place:永定}}本地{{trap/word:客家}}人，楼里的老人都叫我{{han:琴妹}}。我们这边{{trap/word:土楼}}多，{{trap/word:游客}}来看的是{{trap/place:振成楼}}，我们去的是楼里还住着的老人和娃。我也姓胡，可跟{{trap/famous:胡文虎}}一点不沾亲。我们镇上的土楼，大的住过七八十户，现在一座楼剩十来个老人，年轻人都在厦门、深圳。有的楼还没通自来水，老人去井里打水，娃们帮着提。今天说四户。
访谈者：您说。
受访者：头一户姓游，住一座圆楼的三层。爸爸{{han:游要华}}在工地摔断了脊椎，瘫在床上，一级残疾；妈妈走了。儿子{{han:游子谦}}十岁，在{{school:永定区湖坑中心小学四年级（2）班}}。楼里游客一多，娃就躲进屋，怕人拍他爸。家里靠残疾人两项补贴和低保，娃报了困境儿童。他爸躺久了生褥疮，是我们教娃怎么翻身、怎么擦身子才好起来的。十岁的娃，夜里起来三回给他爸翻身。
访谈者：第二户？
受访者：第二户姓向。爸爸{{han:向国栋}}贩毒判了七年，妈妈跑了，两个娃{{han:向晨曦}}、{{han:向晨阳}}跟奶奶{{han:卢满娣}}过，楼里都叫她{{han:满娣婆}}。我向{{han:向晨曦}}的班主任打听过，说娃成绩掉得厉害。两个娃都报了服刑人员子女补助，每人每月{{trap/number:九百元}}。{{han:卢满娣}}她腿不好，上下楼全靠木楼梯，我怕她摔。大的十二，懂事得早，放学先做饭；小的九岁，还老问他爸什么时候出差回来。奶奶不让说实话，我们跟学校商量好了，等娃大一点再慢慢讲。
访谈者：第三户？
受访者：第三户姓简。{{han:简小芸}}十四岁，爸妈都没了，是孤儿，跟姑姑{{han:简秋凤}}过。姑姑说日子{{trap/word:简单}}，有饭吃就行，可娃半夜在被子里哭。她在{{trap/place:下洋}}卖{{trap/word:擂茶}}，一个月挣两千出头。我给娃找了个大学生志愿者，每礼拜视频陪她说说话，她慢慢愿意笑了。
访谈者：第四户？
受访者：第四户是爷孙俩。爷爷{{han:江海潮}}七十九，孙子小名{{han:狗牯}}，大名{{han:江子墨}}，爸爸在{{trap/place:深圳}}跳楼没了，妈妈改嫁。{{han:狗牯}}九岁，爷爷耳朵背，我说话得贴着他耳朵喊。爷孙俩住在一座方楼的底层，夯土墙一下雨就返潮，墙角长青苔，娃老咳嗽，我们正帮着申请危房改造。
访谈者：谁跟您一起跑？
受访者：村儿童主任{{han:卢国和}}，我跟{{han:卢国和}}和村里的老党员一起排班，每周进楼一回。镇民政办的{{han:廖光辉}}管审批。我们社工站就三个人，管全镇十二个村，一个月跑下来，电动车要换一回刹车片。区社工总站的督导{{compound:钟离素琴}}每月来带我，志愿者{{compound:梁丘雨桐}}给娃们补课，心理咨询师{{compound:司空若水}}给{{han:简小芸}}做了半年辅导。{{trap/org:红十字会}}给游家送了一张轮椅，可圆楼没电梯，推不下来。
访谈者：最难的是什么？
受访者：楼里年轻人都走了，剩下老的小的。我们进楼，先帮老人挑水、晒被子，再跟娃说话。楼里人多嘴杂，谁家爸爸坐牢、谁家妈妈跑了，全楼都知道，娃们最怕的就是被人指指点点。我们就在楼外的晒谷坪上跟娃聊，不在楼里说。{{han:满娣婆}}每回都塞给我两个柿饼，不收她就生气。
访谈者：登记信息呢？
受访者：游家在{{address:永定区湖坑镇洪坑村庆福楼三层21号}}，简家在{{address:永定区下洋镇初溪村11组8号}}。{{han:游要华}}的身份证{{id_number@m.350803}}，{{han:简小芸}}的{{id_number@wy2011spaced.350803}}。我电话{{mobile@plus86dash}}，{{han:简秋凤}}的{{mobile@spaced}}。我的微信{{wechat:hxq_tulou2020}}。娃有QQ，她在我手机上输的：{{qq:3186059427}}。
访谈者：名字在表上写得对吗？
受访者：有错的。补助名单上是{{spaced:游　子　谦}}、{{spaced:向晨 曦}}、{{spaced:简 小 芸}}，培训证书上督导成了{{spaced:钟 离 素 琴}}。
访谈者：最后您想说什么？
受访者：土楼是世界遗产，可楼里的娃也是人家心头肉。我自己是楼里长大的，小时候一座楼就是一个村，谁家娃哭一声，全楼都来哄。现在楼空了，我们就得替走了的人多看一眼。我盼着每座楼里都有人记得他们。
""")

# H903: She (畲族) primary-school teacher in 漳平.
DOCS["H903"] = ("teacher", """\
访谈者：{{han:蓝老师}}，您带的是哪个班？
受访者：{{school:漳平市菁城小学三年级（4）班}}。我叫{{han:蓝雪英}}，{{trap/minority_word:畲族}}，老家在{{trap/place:赤水镇}}，教语文，当班主任八年了。班上四十二个娃，家里有难处的五个，我一个一个说。漳平山多，班上一半娃是从乡下跟着爷爷奶奶到城里租房读书的，租的都是老房子，一间屋住三四口。
访谈者：好。
受访者：第一个{{han:钟也平}}，也是畲族。爸爸在{{trap/place:厦门}}的工地上没了，妈妈改嫁，跟爷爷{{han:钟石生}}过。{{han:钟也平}}也懂事，每天放学先去菜地，再写作业。他爷爷七十多了还挑担子，爷孙俩的晚饭常常是一碗稀饭配咸菜，学校给他申请了营养餐，中午多打一份肉。我们报了事实无人抚养，每月{{trap/number:一千二百八十元}}。他爷爷不会用手机，有事我就找{{han:钟石生}}的邻居{{han:雷阿姆}}，她会带话。
访谈者：第二个呢？
受访者：第二个{{han:能嘉怡}}，女娃，姓能，外地人听了都以为我说错了。妈妈{{han:邹秀珠}}帮人运毒，判了五年，爸爸早就不知道在哪。{{han:能嘉怡}}能画画，画的全是她妈。她外婆带她，外婆在菜市场帮人杀鱼，一到冬天手就裂口子。外婆的微信是{{wechat:zou_waipo1961}}，我每礼拜跟她说一回。{{han:能嘉怡}}有QQ，Q号{{qq:38205719}}，有时候半夜发一句“老师我睡不着”。
访谈者：第三个？
受访者：第三个{{han:蓝天宇}}，名字里有{{trap/word:蓝天}}，跟我同宗。他是听力残疾，戴着助听器，家里拿两项补贴。他爸{{han:蓝金水}}在{{trap/place:永福镇}}的茶园打零工，妈妈有精神病。他的助听器坏过一回，是{{trap/org:残联}}换的新的。
访谈者：第四个？
受访者：第四个{{han:官美婷}}，汉族，姓官。爸妈离婚，为了她打{{trap/word:官司}}，打到最后谁都不要她，现在跟着大伯{{han:官德荣}}。她大伯人好，在砖厂上班，一个月挣三千多，家里也有三个娃，五张嘴等着吃饭。{{han:官美婷}}话很少，我让她当了图书管理员，她现在敢在班上读课文了。
访谈者：第五个？
受访者：第五个是回族女娃，经名{{minority/hui:鲁比娅}}，学籍上是{{minority/hui:马鲁比娅}}，汉名{{han:马雪婷}}。她家从{{trap/place:化隆}}来，在{{trap/place:桂林}}街道开拉面馆，大家叫她爸{{han:马老板}}。妈妈三年前回了青海，再没来过。她爸从早上六点忙到半夜，{{minority/hui:鲁比娅}}放学就在面馆角落写作业，本子上沾着面粉。她的汉话带着青海口音，刚来时同学笑她，现在她是班上朗读最好的。她姐姐在{{school:漳平市第二中学七年级（3）班}}，放学来接她。
访谈者：谁跟您一起帮这些娃？
受访者：街道儿童主任{{han:林水仙}}，名字跟我们这儿的{{trap/word:水仙茶}}一样，她爸是种茶的。她每个月跟我对一回名单，哪个娃的补助没到账，她去街道一趟趟问。{{han:郑校长}}给这五个娃免了午餐费。市社工站的{{compound:司马婉柔}}每周三来学校，她同事{{compound:万俟春晖}}，那个万俟念“莫其”，头一回我念成了一万的万。心理老师{{compound:长孙念慈}}给{{han:能嘉怡}}做沙盘。
访谈者：畲族的节日学校过吗？
受访者：过。{{trap/minority_word:三月三}}我们做{{trap/minority_word:乌饭}}，我穿{{trap/minority_word:凤凰装}}给娃们唱{{trap/minority_word:畲歌}}，讲{{trap/famous:盘瓠}}的传说。钟家的娃说他爷爷也会唱，我就请老人来学校唱了一回，老人高兴得一晚没睡。
访谈者：登记信息呢？
受访者：{{han:钟也平}}的身份证{{id_number@my2016fw.350881}}，{{han:蓝天宇}}的{{id_number@my2016fwhyphen.350881}}。钟家在{{address:漳平市赤水镇香寮村七组14号}}，马家住面馆楼上，{{address:漳平市桂林街道新桥路19号3楼}}。我电话{{mobile@fws}}，{{han:官德荣}}的{{mobile@s434}}。我自己的微信{{wechat:lanxueying_zp}}，QQ是{{qq:2089476135}}，家长找我都找得到。
访谈者：名册上的名字有写错的吗？
受访者：有。补助表上是{{spaced:钟 也 平}}、{{spaced:能嘉 怡}}、{{spaced:马 鲁 比 娅}}，培训通知上把社工写成了{{spaced:司　马　婉　柔}}。
访谈者：最后您想说什么？
受访者：盼这五个娃都能念完书。我小时候也是爷爷带大的，知道娃心里缺的是什么。我们畲家人讲不忘本，我跟娃们说，不管家里出了什么事，你们都是有人疼的。
""")

# H904: Han grandfather in 武平 raising two orphans.
DOCS["H904"] = ("family", """\
访谈者：阿公，您今年多大岁数了？
受访者：七十一了。我叫{{han:练德能}}，{{trap/place:武平}}{{trap/place:岩前镇}}人，姓练，{{trap/word:练习}}的练。村里后生都叫我{{han:德能伯}}。两个孙子孙女是我带大的，他们爸妈都没了。
访谈者：孩子的爸妈是怎么走的？
受访者：儿子{{han:练志强}}在{{trap/place:厦门}}搭脚手架，四年前从十七楼摔下来。那年清明刚回来扫过墓，走的时候还说中秋接我去厦门看海。儿媳妇{{han:饶春娣}}是{{trap/place:上杭}}人，在镇上超市收银，男人没了以后一个人撑了两年，查出肝癌，半年人就没了。走之前拉着我的手说，爸，两个娃交给你了。儿子出事那天，工地的人打电话来，我在田里插秧，听完电话坐在田埂上，半天站不起来。
访谈者：孩子们多大？
受访者：孙女{{han:练思雨}}十三，在{{school:武平县第二中学七年级（1）班}}，我们叫她{{han:雨妹}}。孙子{{han:练思远}}八岁，在{{school:武平县岩前中心小学二年级（3）班}}，小名{{han:远牯}}。{{han:远牯}}他妈走的时候他才六岁，到现在晚上还要抱着他妈的枕头睡。姐姐像个小大人，弟弟哭她哄，弟弟的家长会她去开，老师都认得她。我们客家人讲“宁卖祖宗田，不忘祖宗言”，两个娃在学校说普通话，回家跟我说客家话，一句也不忘。
访谈者：现在生活靠什么？
受访者：两个娃是孤儿，拿孤儿基本生活费，每人每月{{trap/number:一千六百五十元}}，县{{trap/org:民政局}}直接打到卡上。我有低保，种三亩烟叶，养十几只鸭。烟叶要烤，烤房一守就是七天七夜，两个娃轮流给我送饭，小的提不动饭篮，姐姐就一手提篮一手牵他。村主任{{han:都明辉}}帮我跑的手续，他那个姓少见，都是的都。我跟{{han:都明辉}}都说好了，钱一分不动，存着给娃念书。村里的儿童主任{{han:邱还英}}，{{han:邱还英}}还隔三岔五来看娃的作业，孙女头一回来月事，是她教的。
访谈者：学校那边呢？
受访者：{{han:雨妹}}的班主任{{han:曾老师}}年轻，跟娃说得来。我{{trap/word:曾经}}担心娃上了初中学坏，{{han:曾老师}}说有她在。{{han:远牯}}的班主任{{han:钟丽清}}老师每礼拜给我打一回电话，说娃上课爱发呆。孙女的成绩在班上前五，她说要考师范，回来当老师。孙子数学不好，她每天晚上给他讲题，讲着讲着两个人就吵起来，吵完又好了。
访谈者：儿子的赔偿呢？
受访者：包工头跑了，官司打了三年。那三年我跑了十几趟县城，坐班车来回四个钟头，饭都在车站吃的，一碗拌面对付一顿。县法律援助中心的{{compound:宗政明远}}帮我打的，赢了，钱还没拿全，律师说再等半年。镇社工站的{{compound:拓跋晴川}}每月来，陪两个娃说话，带他们画画、做手工，{{compound:宗政明远}}有空也跟着来，给小的带书。
访谈者：您身体怎么样？
受访者：腰不好，挑不了重担了。去年冬天我咳了一个多月，是孙女骑自行车驮我去镇卫生院的，十几里路，她骑得一身汗。我最怕哪天我倒了，两个娃怎么办。{{han:邱还英}}说，真有那一天，村里、镇上都会管。我信，可还是怕。我跟娃说，爷爷在一天，这个家就在一天。我们武平出过{{trap/famous:刘亚楼}}将军，我跟{{han:远牯}}说，咱山里娃也能出息。过年我带他们上{{trap/place:梁野山}}，去庙里拜{{trap/famous:定光古佛}}，回来煮{{trap/word:猪胆干}}，姐姐包饺子，弟弟烧火。村里人送来年糕、米酒，娃们在门口放鞭炮，我站在后头看，心想他们爸妈要是在就好了。
访谈者：登记信息请您说一下。
受访者：家在{{address:武平县岩前镇城门村八组23号}}。我身份证{{id_number@mold.350824}}，{{han:雨妹}}的{{id_number@wy2012fwhyphen.350824}}。我电话{{mobile@fws}}，{{han:邱还英}}的{{mobile@s74}}。{{han:雨妹}}有微信，叫{{wechat:siyu_wuping12}}，她的QQ号她自己念，我抄在日历背面：{{qq:4619027835}}。有事也可以打{{trap/hotline:12345}}。
访谈者：名字在表上写得对吗？
受访者：有错的。补助表上我是{{spaced:练 德 能}}，孙女是{{spaced:练思 雨}}，律师的名字在材料上写成了{{spaced:宗 政 明 远}}，社工成了{{spaced:拓　跋　晴　川}}。
访谈者：最后您想说什么？
受访者：盼两个娃平平安安念出书来。这几年帮我最多的，是村主任{{han:都明辉}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=897,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
