# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 161 (tests/pii/holdout161/H1273-H1280 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 160, written at the same time, is not
an earlier set).

Set 161 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
兰陵 and 临朐 (Shandong): a Mongolian grandmother from 科左后旗 raising her twin grandsons in 兰陵 (向城镇) after
their Han father was killed on the road and her daughter remarried; an Amdo Tibetan father from 化隆 who works in
an aluminium-window shop in 临朐, raising a daughter with a heart condition after her mother died; a Hui mother
from 泾源 who sells beef buns in 卞庄街道 (兰陵), her husband dead of a heart attack; a Kazakh grandfather from
阿勒泰 raising his grandson in 城关街道 (临朐), his son in prison and the Han mother gone to 青岛; a Han 儿童主任 in
尚庄镇 reading out her register; a Han social worker in 东城街道 who keeps up with her families on WeChat; a Han
aunt in 九山镇 raising the daughter of her dead brother; and a Han head teacher in 柳山镇 talking about a boy who
stopped talking after his mother died in a fire. The emphasis is on forms where a replacement might cover only
part of a name, in a mix rather than one trick: Khorchin Mongolian names used whole (乌云花, 娜仁托娅她,
额尔敦巴根, 额尔敦达来, 吉雅巴特尔, 呼和满都拉) with a Han surname before them (韩乌云花, 颜额尔敦巴根,
颜额尔敦达来, and the short 颜巴根, 颜达来) and a nickname made from one (小巴根), beside the Han names and pet name of
the same twins (颜子腾, 颜子越, 二双); Amdo Tibetan names (切知加, 拉毛东措, 措姆吉, 拉加吉, 完玛加, 扎西东主) with
short forms and nicknames (切知, 切知哥, 小措姆她), a Han surname before a Tibetan name (李切知加, 李措姆吉) and the Han
form of address of a Tibetan (李师傅), beside a famous singer whose name shares a syllable with the voice's
(才旦卓玛); Han-form Hui names (兰彩霞, 马德才, 马昊天, 马雨彤, 兰建忠, 禹凤英, 穆振华阿訇, 海润泽) beside 经名 used
alone (者乃白, 努仑丁, 赛里姆, 卡米莱她, 扎克尔, 沙木苏丁, 鲁坎耶, 麦尔旺他) and after a Han surname (马赛里姆), beside
a Hui hero of the same surname (马本斋); Kazakh given name + father's name with the dot (吐尔德别克·哈比旦,
沙木哈尔·吐尔德别克, 叶斯博拉·沙木哈尔) and single, short and nickname forms (沙木哈尔, 叶斯博拉, 博拉他, 胡纳皮亚,
恰勒恒, 阿合买提, and 吐大爷 made from the given name), a Han surname before a Kazakh given name (隋叶斯博拉, the
mother's surname on the school list) and the Han name of the same boy (隋子航); Han names with common and rare
surnames of the region (颜, 向, 栾, 鞠, 邴, 冀, 逄, 臧, 展, 冷, 燕, 郇, 荆, 要, 都, 禹, 穆, 隋, 能, 还, 矫, 訾, 和, 才, 把,
孟, 也, 郐, 綦, 伊, 丛, 战, 有, 孔, 初, 刁, 谯, 衣, 麻, 盖, 付); surnames that are also ordinary words, and given names
that end in one, next to grammar words (向春生向镇上, 栾有才才二十出头, 马德才才四十一, 都立新都五十多了, 要凤琴要强,
能玉洁能干, 还桂香还给, 和永刚和他娘, 才秀芝才六十, 也春雷也不容易, 给把晓丹打电话, 找把晓丹, 有晓光有癫痫,
孔礼让让我们, 战向东向来, 向晓雯向县里) beside ordinary words that start with a surname character of the voices
(向城镇, 向来, 向日葵, 向县里, 把手, 初中, 衣服, 麻烦); names that contain words (冀长江, 臧国庆 before 国庆节,
付小满, 向春生, 战向东); titles and kin words after names (鞠晓菲老师, 冷晓梅大夫, 燕春芳老师, 荆雪梅老师,
穆振华阿訇, 矫丽娟老师, 麻晓燕老师, 公孙清妍大夫, 切知哥; the span is the name only), a surname with only a title or
kin word, annotated whole (韩大娘, 鞠老师, 邴嫂子, 李师傅, 冷大夫, 逄嫂, 吐大爷, 矫老师, 綦所长, 隋主任, 逄支书, 郇老师,
荆校长, 盖老太), Shandong forms of address, short forms and nicknames, annotated whole (二双, 英子, 小涵子, 老綦,
德泉 for the dead father 初德泉); names directly before particles, pronouns and verbs (娜仁托娅她, 濮阳书韵她,
冀长江他, 小措姆她, 逄德顺他, 卡米莱她, 博拉他, 麦尔旺他) and after 叫/是/给/跟/找/让/和 (叫乌云花, 是鞠晓菲, 给把晓丹,
跟向春生说, 找綦所长, 让二双, 能玉洁和还桂香), and names closing the last sentence (最该谢的是邴玉华。,
多亏了谯凤芝。, 第一个要回的语音是战向东。, 我叫盖明哲。); names spaced out character by character in half- and
full-width spaces (额 尔 敦 达 来, 韩 乌 云 花, 李 切 知 加, 措　姆　吉, 沙 木 苏 丁, 吐 尔 德 别 克, 胡　纳　皮　亚,
钟 离 月 华, 宇 文 星 河, 欧 阳 沐 雪, 诸 葛 思 彤, 也　佳　琪), a dotted name with spaces around the dot
(叶斯博拉 · 沙木哈尔) and names split in two (娜仁　托娅, 完玛 加, 卡米 莱, 司空 雅琪, 有晓 光, 上官　清越, 刁美 玲,
向晓 雯); compound surnames after ordinary words (东郭, 濮阳, 申屠, 呼延, 公冶, 闻人, 左丘, 仲孙, 钟离, 司空, 端木,
宇文, 上官, 欧阳, 南宫, 司马, 诸葛, 公孙), beside a famous man of one of them (诸葛亮); and numbers read out and
written the many ways people do (IDs read out in threes, in full width with hyphens, in full width spaced and in
full width whole, a QQ number in full-width digits, a mobile in full width, a mobile with `+86` and no space).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:向春生}}``, ``{{qq:2409716835}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2017tri.371324}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 阿訇, 哥) and a particle, pronoun
or verb written directly after a name (她, 他, 说, 才, 都, 也, 向, 要, 能, 还, 和, 让) are outside the span; a surname
with only a title or kin word (韩大娘, 鞠老师, 邴嫂子, 逄嫂, 綦所长, 荆校长) and a form of address or nickname (二双,
英子, 小涵子, 老綦, 盖老太) are annotated whole. Han-style names of Mongolian, Tibetan, Hui and Kazakh people (颜子腾,
李师傅, 马昊天, 隋子航) are category han; a Han surname before a non-Han given name (韩乌云花, 颜巴根, 李切知加,
马赛里姆, 隋叶斯博拉) is category minority, and so are forms made from a non-Han name (小巴根, 切知, 博拉, 吐大爷).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout161/make_holdout161.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(161_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178", "181",
                   "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1273: Mongolian grandmother from 科左后旗 raising her twin grandsons in 兰陵 (向城镇) after her son-in-law was
# killed and her daughter remarried.
DOCS["H1273"] = ("family", """\
访谈者：大娘，听您说话，不像兰陵本地人。
受访者：俺是内蒙古{{trap/place:科左后旗}}的，{{trap/place:通辽}}往东。俺叫{{minority/mongolian:乌云花}}，户口上登的是{{minority/mongolian:韩乌云花}}，俺们那儿的蒙古人好些随汉姓。庄上人不会念，都喊俺{{han:韩大娘}}。来{{trap/place:兰陵}}五年了，到今儿还吃不惯煎饼卷大葱，家里常备着{{trap/minority_word:炒米}}。
访谈者：怎么到这儿来的？
受访者：俺闺女{{minority/mongolian:娜仁托娅}}早年在{{trap/place:临沂}}打工，嫁给了{{trap/place:向城镇}}的{{han:颜庆丰}}，一七年生了对双胞胎。一九年{{han:颜庆丰}}开大车在高速上出了事，当场就没了。过了一年，{{minority/mongolian:娜仁托娅}}她改嫁去了{{trap/place:徐州}}，那家不要孩子。孩子爷爷{{han:颜德厚}}中风瘫在床上，俺不来谁来？
访谈者：您一个人怎么照顾得过来？
受访者：五点起来，先给孩子爷爷翻身、擦洗、喂饭，再熬粥送俩孩子上学。上午去镇上的饭店刷盘子，一个月挣一千二，中午跑回来给老头子喂药。晚上俩孩子写作业，俺不识汉字，看不懂，就叫他俩互相对答案，对不上就打电话问老师。
访谈者：两个孩子叫什么？
受访者：老大{{minority/mongolian:额尔敦巴根}}，老二{{minority/mongolian:额尔敦达来}}，是俺老头子{{minority/mongolian:吉雅巴特尔}}活着的时候起的。上户口他爷爷给加了姓，成了{{minority/mongolian:颜额尔敦巴根}}、{{minority/mongolian:颜额尔敦达来}}，太长，学校又让起汉名，叫{{han:颜子腾}}、{{han:颜子越}}。庄上人省事，喊{{minority/mongolian:颜巴根}}、{{minority/mongolian:颜达来}}。俺在家叫大的{{minority/mongolian:小巴根}}，小的叫{{han:二双}}。{{minority/mongolian:小巴根}}随他爹，犟，跟人打架；{{han:二双}}胆小，夜里不搂着俺睡不着。
访谈者：平时谁帮着您？
受访者：村里的儿童主任{{han:向春生}}，人实在。俩孩子的事实无人抚养是他报的，一个孩子一个月{{trap/number:一千一百九十元}}。材料退回来两回，{{han:向春生}}向镇上跑了四五趟才批下来。孩子爷爷有残疾证，拿两项补贴。镇民政办的小伙子{{han:栾有才}}才二十出头，每回来都帮孩子爷爷擦身子。
访谈者：学校呢？
受访者：俩孩子在{{school:兰陵县向城镇中心小学二年级（3）班}}，班主任是{{han:鞠晓菲}}老师。{{han:鞠老师}}说{{han:二双}}上课不敢举手，就让{{han:二双}}当了图书管理员。县社工站的{{compound:东郭嘉禾}}一个月来一趟，跟她一块儿来的还有{{compound:濮阳书韵}}，教俩孩子画画。{{compound:濮阳书韵}}她画的马，比俺们草原上的还像哩。
访谈者：邻居呢？
受访者：对门的{{han:邴玉华}}，俺喊她{{han:邴嫂子}}，三天两头送煎饼来，还教俺摊。俺教她熬{{trap/minority_word:奶茶}}，她喝一口就吐了，嫌咸。村支书{{han:冀长江}}帮俺把漏雨的西屋修了，{{han:冀长江}}他说，大娘，恁这是替俺们颜家养孩子哩。
访谈者：孩子们想妈妈吗？
受访者：咋不想。{{minority/mongolian:娜仁托娅}}一年回来一趟，待三天就走。俺不怨她，她也难。她小时候在{{trap/place:科尔沁}}草原上骑马，比小子还野。俺儿子{{minority/mongolian:呼和满都拉}}在{{trap/place:甘旗卡}}开出租，一个月给俺打五百块，劝俺带孩子回去，可孩子的户口、学籍都在这边。
访谈者：孩子们知道自己是蒙古族吗？
受访者：知道。俺给他俩说{{trap/minority_word:乌力格尔}}，讲{{trap/famous:嘎达梅林}}。学校老师讲{{trap/famous:荀子}}在这儿当过兰陵令，{{minority/mongolian:小巴根}}回来问俺，荀子跟嘎达梅林谁厉害。俺说都厉害。俺还教他俩用蒙古话数一二三，{{han:二双}}学得快，{{minority/mongolian:小巴根}}学两句就跑，说同学笑话他。
访谈者：您身体怎么样？
受访者：血压高，腿也不中用了。最怕俺哪天倒下，俩孩子咋办。俺跟{{han:向春生}}说过这个心事，他说，真有那一天，有政府、有村里哩。
访谈者：钱够花吗？
受访者：紧巴。俩孩子的补贴、孩子爷爷的补贴，加上俺刷盘子的钱，吃饭够了。去年冬天老头子住院，花了八千多，新农合报了一半，剩下的是{{han:向春生}}帮着申请的临时救助。俺这辈子没求过人，到了兰陵，倒是求了一圈人，人家也都帮。
访谈者：登记表上的信息请您说一下。
受访者：俺们住{{address:兰陵县向城镇颜家庄村二组16号}}，老家是{{address:科左后旗甘旗卡镇巴彦毛都嘎查三组7号}}。俺的身份证是{{id_number@wold.150522}}，老大的俺念给你，三个三个念：{{id_number@my2017tri.371324}}。俺电话{{mobile@s434}}，{{han:向春生}}的{{mobile@hyphen}}。{{minority/mongolian:娜仁托娅}}的微信叫{{wechat:narantuya_xz0612}}。俩孩子用他爷爷的旧手机上网课，有个QQ，号码是{{han:鞠老师}}写在作业本皮上的：{{qq:2409716835}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。学校名单上老二写成{{spaced:额 尔 敦 达 来}}，低保表上俺是{{spaced:韩 乌 云 花}}，闺女写成{{spaced:娜仁　托娅}}。
访谈者：您最盼什么？
受访者：盼俩孩子长大成人，回科尔沁看看他姥爷的坟。这几年，最该谢的是{{han:邴玉华}}。
""")

# H1274: Amdo Tibetan father from 化隆 who works in an aluminium-window shop in 临朐, raising a daughter with a
# heart condition after her mother died.
DOCS["H1274"] = ("family", """\
访谈者：师傅，您这门窗店里就您一个藏族吧？
受访者：就我一个。我是青海{{trap/place:化隆}}人，叫{{minority/tibetan:切知加}}。在化隆上小学的时候老师给加了个姓，本子上写的是{{minority/tibetan:李切知加}}。店里的人叫我{{minority/tibetan:切知}}，老板叫我{{han:李师傅}}。
访谈者：怎么到临朐来的？
受访者：我们化隆人出来多半开拉面馆，我哥{{minority/tibetan:完玛加}}在{{trap/place:潍坊}}开了一家，我先在他店里拉面，拉了三年，手腕子拉坏了。后来认识了{{trap/place:临朐}}做铝合金门窗的{{han:逄德顺}}，他店里缺人，我就来了，跟着装窗户、打胶，一干六年。
访谈者：这活累吗？
受访者：累。夏天在人家楼顶上装窗户，铝合金晒得烫手，一天下来衣服能拧出水。活多的时候晚上十点才收工，我就让闺女在店里写作业，写完了趴在一摞玻璃后头睡觉。我刚来时听不懂临朐话，人家说“夜来”，我以为是夜里来，后来才知道是昨天。
访谈者：孩子妈妈呢？
受访者：孩子妈{{minority/tibetan:拉毛东措}}，前年冬天在{{trap/place:西宁}}走的，心脏上的病，跟闺女一样的病。她走的时候，闺女才五岁。
访谈者：闺女现在怎么样？
受访者：闺女{{minority/tibetan:措姆吉}}七岁，在{{school:临朐县实验小学一年级（5）班}}，学校名单上写的是{{minority/tibetan:李措姆吉}}，我在家叫她{{minority/tibetan:小措姆}}。她生下来就是先天性心脏病，室间隔缺损，去年在{{trap/org:齐鲁医院}}做了手术，现在还得吃药、复查。{{minority/tibetan:小措姆}}她跑不了步，体育课只能在边上看着。
访谈者：她在学校出过事吗？
受访者：出过一回。上学期升旗的时候她晕倒了，脸发紫。老师打了{{trap/hotline:120}}，又给我打电话，我扔下手里的胶枪就往学校跑。到了医院，大夫说是累着了，没大事。那天夜里我坐在床边一直没敢合眼，天亮了她醒过来，头一句话问我，阿爸，我今天还能上学吗。
访谈者：手术的钱怎么凑的？
受访者：十二万多。医保报了一大半，剩下的{{trap/org:红十字会}}给了两万，我哥凑了一万。社区的儿童主任{{han:展凤莲}}帮闺女报了困境儿童，重病的那一类，一个月{{trap/number:一千零八十元}}，又给办了低保。医院的社工{{compound:申屠若兰}}帮我在网上填的救助申请，我汉字认不全，她一格一格念给我听。潍坊医院的{{han:冷晓梅}}大夫说恢复得好，{{han:冷大夫}}让我三个月带她复查一回。
访谈者：店里的人对您好吗？
受访者：好。老板{{han:逄德顺}}他知道我家里的事，闺女复查那几天不扣工钱。老板娘{{han:逄嫂}}中午多做一个人的饭，送到学校门口。一块儿干活的{{han:臧国庆}}{{trap/word:国庆节}}也没回老家，替我装了两天窗户，让我带孩子去济南。
访谈者：闺女在学校怎么样？
受访者：班主任{{han:燕春芳}}老师对她好。{{han:燕春芳}}让她当小组长，管收作业，她高兴得不得了。同学们问她藏族过年吃什么，她说吃{{trap/minority_word:糌粑}}、喝{{trap/minority_word:酥油茶}}，过{{trap/minority_word:洛萨}}。学校的心理老师{{compound:呼延晓雪}}一个礼拜找她玩一回。
访谈者：老家还有谁？
受访者：我阿妈{{minority/tibetan:拉加吉}}，在化隆放羊。她想孙女，每天晚上都要视频。阿妈说，等{{minority/tibetan:措姆吉}}的心脏好利索了，带她去{{trap/org:塔尔寺}}磕头。我也想过回化隆，可闺女三个月就得复查一回，从老家去西宁的医院要倒两趟车，在这边离潍坊、离济南都近。店里的老师傅{{han:栾守义}}说，你就在临朐扎下吧，孩子在哪儿长大，哪儿就是家。闺女现在会说一口临朐话，回老家跟她奶奶说话，她奶奶倒听不懂了。我小时候听阿妈唱{{trap/famous:才旦卓玛}}的歌，现在闺女也会唱两句。
访谈者：您自己还好吗？
受访者：我没事，力气有的是，就是夜里睡不踏实，老听闺女喘气。在潍坊打工的老乡{{minority/tibetan:扎西东主}}常来看我们，他一口一个{{minority/tibetan:切知}}哥，说你一个男人带闺女，不容易。我说，不容易也得带。
访谈者：登记信息请您说一下。
受访者：我们租的房在{{address:临朐县东城街道龙泉社区12号楼2单元301室}}，老家在{{address:化隆县甘都镇牙路村三社9号}}。我的身份证{{id_number@my1989fwhyphen.630224}}，闺女的{{id_number@wy2016quad.630224}}。我电话{{mobile@s38}}，{{han:展凤莲}}的电话{{mobile@plus86}}。我的微信{{wechat:qiezhijia_lq}}。闺女的QQ是上网课的时候{{han:燕春芳}}老师帮着注册的，号码我记在一张安装单的背面：{{qq:1782534906}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。救助单上我是{{spaced:切 知 加}}，医院的单子上是{{spaced:李 切 知 加}}，闺女写成{{spaced:措　姆　吉}}，我哥的名字成了{{spaced:完玛 加}}。
访谈者：最后还想说什么？
受访者：盼闺女的病好利索，能跑能跳。她说长大了要当医生，给她阿妈那样的人看病。
""")

# H1275: Hui mother from 泾源 who sells beef buns in 卞庄街道 (兰陵); her husband died of a heart attack.
DOCS["H1275"] = ("family", """\
访谈者：大姐，您这包子铺开了几年了？
受访者：六年了，就在{{trap/place:卞庄街道}}这条街上，卖牛肉包子、羊肉包子，还炸{{trap/minority_word:油香}}。我叫{{han:兰彩霞}}，回族，经名叫{{minority/hui:者乃白}}。老家宁夏{{trap/place:泾源}}，{{trap/place:六盘山}}底下。老主顾说，{{han:兰彩霞}}在{{trap/place:兰陵}}卖包子，名字都跟这地方有缘。
访谈者：您怎么到兰陵来的？
受访者：我男人{{han:马德才}}早年在{{trap/place:临沂}}的牛肉批发市场干活，后来我们俩就在这边开了铺子。前年腊月，他凌晨三点起来剁馅子，倒在案板边上，心梗，人就没了。{{han:马德才}}才四十一。他经名{{minority/hui:努仑丁}}，是他爷爷给起的。
访谈者：那段日子是怎么过来的？
受访者：头一个月我关着铺子，天天坐着发呆，孩子饿了就泡方便面。是闺女把我叫醒的，她把存钱罐砸了，拿着一把硬币说，妈，咱还卖包子吧。我抱着她哭了一场，第二天就开了门。老主顾们知道了，一买就是十几个，吃不了也买。
访谈者：孩子们呢？
受访者：两个。儿子学名{{han:马昊天}}，经名{{minority/hui:赛里姆}}，十二岁，在{{school:兰陵县第四中学初一（6）班}}。班里有个回族老师，点名叫他{{minority/hui:马赛里姆}}，他也答应。闺女学名{{han:马雨彤}}，经名{{minority/hui:卡米莱}}，八岁，在{{school:卞庄街道第二小学二年级（4）班}}。{{minority/hui:卡米莱}}她每天放学来铺子里，帮我数零钱。
访谈者：男人走了以后，谁帮着您？
受访者：社区的儿童主任{{han:都立新}}，{{han:都立新}}都五十多了，跑前跑后给两个孩子报了困境儿童，一人一个月{{trap/number:九百六十元}}，我家也评上了低保。街道民政的{{han:郇志强}}来核过三回，说我这铺子收入不稳，该报。{{minority/hui:赛里姆}}的班主任{{han:荆雪梅}}老师，一礼拜给我打一回电话。县社工站的{{compound:公冶明澜}}每礼拜四来，给{{minority/hui:卡米莱}}辅导作业；她同事{{compound:闻人思远}}带儿子去打篮球。
访谈者：周围的人呢？
受访者：隔壁摊煎饼的{{han:要凤琴}}，{{han:要凤琴}}要强，自己也是一个人拉扯孩子。她收摊早，就替我去学校接闺女。县城清真寺的{{han:穆振华}}阿訇，经名{{minority/hui:扎克尔}}，常来铺子里坐，开导我儿子。送牛肉的{{han:兰建忠}}是我亲哥，经名{{minority/hui:沙木苏丁}}，从泾源跟过来的，牛肉只收我一半的钱。
访谈者：孩子们想爸爸吗？
受访者：想。儿子不哭，就是不爱说话，把他爸的围裙叠好了放在柜子里，谁也不让动。闺女晚上问我，爸爸是不是去见{{trap/minority_word:胡大}}了。我婆婆{{han:禹凤英}}在泾源，经名{{minority/hui:鲁坎耶}}，七十多了，每回视频都哭。
访谈者：儿子在学校怎么样？
受访者：他爸走了以后，成绩掉了一大截，上课趴着，作业也不交。{{han:荆雪梅}}老师来铺子里家访了两回，跟我说，这孩子心里有事，不能光骂。后来她让儿子当了班里的体育委员，他慢慢才又爱说话了。现在他放了学就来帮我揉面，说要学会了，等我老了他接着卖。
访谈者：过节怎么过？
受访者：{{trap/minority_word:开斋节}}那天关铺子，带孩子们去{{trap/org:清真寺}}。回来炸{{trap/minority_word:馓子}}，给邻居一家送一盘。儿子爱听{{trap/famous:马本斋}}的故事，说他也姓马。我跟他说，人家是英雄，你先把作业写完。
访谈者：您一个人忙得过来吗？
受访者：忙不过来也得忙。三点起来和面、剁馅子，六点开门，晚上八点收摊。手上全是口子，冬天裂得流血。有时候真想回泾源，可孩子们在这边上学，在这边也住惯了，铺子也在这边，回去了吃什么呢。再说他爸埋在这边的回民公墓里，我走了，谁去给他上坟。儿子也说不走，说要守着他爸。铺子的房租一年一万二，房东{{han:颜世海}}听说我男人没了，主动给减了两千。去年闺女得了肺炎住院，我关了五天铺子，{{han:要凤琴}}天天熬了小米粥送到医院，她说，大姐，你别跟我客气，咱俩谁也别笑话谁。
访谈者：登记信息请您说一下。
受访者：铺子在{{address:兰陵县卞庄街道振兴路西段47号}}，住在铺子后头的{{address:卞庄街道东关社区8号楼3单元502室}}。我身份证{{id_number@wy1985spaced.640424}}，儿子的{{id_number@my2012.371324}}。我电话{{mobile@plus86dash}}，{{han:都立新}}的电话{{mobile@s74}}。我的微信{{wechat:lancaixia_baozi}}，买包子的都扫这个。儿子有个QQ，上网课用的，号码他拿记号笔写在蒸笼盖上了：{{qq:53071864}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我被写成{{spaced:兰 彩 霞}}，我哥的经名写成{{spaced:沙 木 苏 丁}}，闺女是{{spaced:卡米 莱}}。
访谈者：最后还想说什么？
受访者：盼两个孩子好好念书。{{minority/hui:努仑丁}}活着的时候常说，咱卖包子的，也能供出大学生。
""")

# H1276: Kazakh grandfather from 阿勒泰 raising his grandson in 城关街道 (临朐); his son is in prison and the Han
# mother has gone to 青岛.
DOCS["H1276"] = ("family", """\
访谈者：大爷，您从新疆过来多久了？
受访者：三年。我是{{trap/place:阿勒泰}}的哈萨克，叫{{minority/kazakh:吐尔德别克·哈比旦}}，这边街坊念不全，都叫我{{minority/kazakh:吐大爷}}。
访谈者：怎么到临朐来的？
受访者：儿子{{minority/kazakh:沙木哈尔·吐尔德别克}}早年在{{trap/place:喀纳斯}}给游客牵马，认识了来旅游的{{han:隋春燕}}，她是{{trap/place:临朐}}人。两个人结了婚，来这边开了个新疆烤肉店。前年{{minority/kazakh:沙木哈尔}}喝了酒跟人打架，把人打成重伤，判了四年，关在{{trap/org:潍北监狱}}。{{han:隋春燕}}去了{{trap/place:青岛}}，电话换了，再没回来。
访谈者：孙子多大了？
受访者：孙子{{minority/kazakh:叶斯博拉·沙木哈尔}}十岁，按我们的规矩，名字后头跟着他爸的名字。他妈给他起的汉名叫{{han:隋子航}}，学校名单上写的是{{minority/kazakh:隋叶斯博拉}}，在{{school:临朐县城关街道龙山小学四年级（3）班}}。我叫他{{minority/kazakh:博拉}}。{{minority/kazakh:博拉}}他爸出事以后，三个月没去上学，是我从阿勒泰赶过来，才把他送回学校。
访谈者：孩子那时候怎么了？
受访者：吓着了。他爸被带走那天他在店里，看见了。回家以后不吃饭，不出门，夜里尿床，十岁的孩子了。我刚来的时候他不认我，躲在屋里不开门，我就坐在门口给他弹琴，弹了一个礼拜，他才开门出来，问我，爷爷，你会做手抓肉吗。
访谈者：奶奶呢？
受访者：我老伴{{minority/kazakh:胡纳皮亚}}在老家，腿不好，坐不了三天的火车。家里还有几十只羊，托给外甥{{minority/kazakh:恰勒恒}}放着。冬天{{trap/minority_word:转场}}的时候我就睡不着，怕羊出事，怕老伴一个人。
访谈者：孙子现在怎么样？
受访者：好多了。这学期开始跟同桌说话了，同桌是个胖小子，叫{{han:冀浩宇}}，俩人放学一块儿走。上个月学校开运动会，{{minority/kazakh:博拉}}跑了年级第二，拿回来一张奖状，贴在他爸的照片旁边。他说等他爸出来，要给他爸看。我听了，一个人躲到院子里抽了半包烟。
访谈者：这边谁帮你们？
受访者：社区的儿童主任叫{{han:能玉洁}}，{{han:能玉洁}}能干，给孙子报了服刑人员子女的补助，一个月{{trap/number:七百八十元}}，还帮我办了临时救助。街道民政的{{han:还桂香}}还给我们送过两回米面油。孙子的班主任{{han:矫丽娟}}老师，天天放学留他写完作业。{{han:矫老师}}说，{{minority/kazakh:叶斯博拉}}数学好，就是不跟同学说话。县社工站派来的{{compound:左丘景明}}一个礼拜来一回，还有个实习生叫{{compound:仲孙悦宁}}，带他去{{trap/place:老龙湾}}看鱼。
访谈者：孙子跟您说话吗？
受访者：跟我说。他小时候在阿勒泰住过两年，会说哈萨克话。晚上我弹{{trap/minority_word:冬不拉}}，他在边上跟着哼。我给他讲{{trap/famous:阿拜}}，讲我们的{{trap/minority_word:阿肯弹唱}}。他问我，爸爸出来以后，还回不回阿勒泰。
访谈者：您一个人在这边难吗？
受访者：难。话说不利索，字也认不全，办个事要跑好几趟。冬天的时候屋里冷，我买了个小电暖气，放在孙子的床边，我自己穿着皮袄睡。做饭也是个难事，我在家里只会煮肉、烧奶茶，孙子要吃炒菜，我就跟着手机上的视频学，炒糊了好几回，他也不嫌，说比学校食堂的好吃。这边的{{trap/word:全羊汤}}我倒是爱喝，跟老家的味道有点像。在城里开新疆饭馆的{{minority/kazakh:阿合买提}}是我们那边的老乡，隔些日子送来一包{{trap/minority_word:包尔萨克}}。
访谈者：去监狱看过儿子吗？
受访者：去过两回，{{han:能玉洁}}和{{han:还桂香}}陪着去的。{{minority/kazakh:沙木哈尔}}隔着玻璃哭，让我替他给孩子说对不起。我说，你自己出来跟他说。从监狱出来，孙子一路上没说话，快到家了才问我，爷爷，我爸在里头冷不冷。我说不冷，里头有暖气。其实我也不知道。儿子在里头表现好，减了半年刑，他写信来说，出来以后再也不喝酒了，要好好开店，好好养孩子。这封信孙子看了好多遍，压在枕头底下。
访谈者：登记信息请您说一下。
受访者：这边住{{address:临朐县城关街道龙山社区西街23号}}，老家在{{address:阿勒泰市红墩镇克孜勒希力克村二组11号}}。我身份证{{id_number@mold.654301}}，孙子的{{id_number@my2014fwspaced.370724}}。我电话{{mobile@p86h}}，{{han:能玉洁}}的电话{{mobile@fws}}。我不会弄微信，是{{han:隋子航}}帮我注册的，号是{{wechat:wxid_t8k2m5q9r3a7}}。孙子有个QQ，{{han:矫老师}}让注册的，号码写在冰箱上：{{qq:１９３０５７２６４}}。
访谈者：名字在表上写得对吗？
受访者：乱。救助单上我写成{{spaced:吐 尔 德 别 克}}，孙子是{{spaced:叶斯博拉 · 沙木哈尔}}，老伴写成{{spaced:胡　纳　皮　亚}}。
访谈者：最后您想说什么？
受访者：等儿子出来，我带孙子回阿勒泰，我们一家人去看看额尔齐斯河。
""")

# H1277: Han 儿童主任 in 尚庄镇 (临朐) reading out her register of children in distress.
DOCS["H1277"] = ("staff", """\
访谈者：您带来的是什么本子？
受访者：俺们片的困境儿童台账。俺叫{{han:訾秀玲}}，在{{trap/place:尚庄镇}}当儿童主任第六年了，管着东边九个村。俺一户一户念，恁对着记。
访谈者：好。
受访者：第一户，{{han:和明轩}}，男，十岁，{{school:尚庄镇中心小学四年级（2）班}}。爸爸{{han:和永刚}}在{{trap/place:潍坊}}的工地上摔断了腰，二级残疾，拿两项补贴；妈妈前几年走了，没信儿。爷俩跟奶奶{{han:才秀芝}}过，{{han:才秀芝}}才六十出头，头发全白了。{{han:和永刚}}和他娘说，这辈子最对不起的就是孩子。住{{address:临朐县尚庄镇北辛庄村五组18号}}。孩子的身份证俺念，三个一组：{{id_number@my2015tri.370724}}。
访谈者：第二户？
受访者：第二户是姐弟俩，姐姐{{han:把晓丹}}十三，在{{school:临朐县第六中学初一（4）班}}；弟弟{{han:把晓阳}}九岁，在{{school:尚庄镇第二小学三年级（1）班}}。姓把，{{trap/word:把手}}的把。爸妈都在服刑，一个判了十年，一个七年。俩孩子跟着姥姥{{han:孟庆兰}}，姥姥七十一了。服刑人员子女补助一人一个月{{trap/number:一千零五十元}}。俺每个礼拜给{{han:把晓丹}}打一回电话，找{{han:把晓丹}}比找她姥姥还方便。这孩子有QQ，号码是她自己报给俺的，俺记在台账的最后一页：{{qq:3516094728}}。住{{address:临朐县尚庄镇后楼村二组6号}}，姥姥电话{{mobile@spaced}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:也佳琪}}，女，十一岁。她爸前年在{{trap/place:弥河}}里捞沙淹死了，她妈生她的时候就没了。现在跟大伯{{han:也春雷}}过，{{han:也春雷}}也不容易，自己家还有三个孩子。孤儿基本生活费每个月{{trap/number:一千四百八十元}}，直接打到孩子卡上。孩子的身份证号是全角的，户籍那边打出来就这样：{{id_number@wy2013fw.370724}}。大伯的电话{{mobile@h38}}。
访谈者：第四户？
受访者：第四户，{{han:冀文博}}，男，七岁，孤独症，有残疾证。爸爸出去打工三年没音信，妈妈精神残疾，自己都顾不了自己，按事实无人抚养报的。跟着外公{{han:郐长顺}}，外公七十五了还在种地。{{han:冀文博}}每天去县里的康复中心，来回的路费镇上给报。住{{address:临朐县尚庄镇郐家沟村一组3号}}，外公的身份证{{id_number@my1950.370724}}。
访谈者：还有吗？
受访者：第五户是回族，前年从外地搬来的。孩子学名{{han:海润泽}}，经名{{minority/hui:麦尔旺}}，八岁。他爹在{{trap/place:烟台}}的拉面馆里打工，他娘腿有残疾，坐轮椅，家里就靠他爹那点钱。俺头一回上门，不知道人家的规矩，带了一兜猪肉包子，闹了个大红脸。现在俺去之前先问问{{minority/hui:麦尔旺}}，他说带啥就带啥。他娘的残疾人两项补贴是俺跑下来的，孩子的困境儿童补贴还在审。{{minority/hui:麦尔旺}}他懂事，放了学先推着他娘在村里转一圈。
访谈者：这些户您多长时间去一趟？
受访者：一个月最少一趟，有事随叫随到。俺骑个电动车，九个村跑一圈得两天。夏天晒得脱皮，冬天手冻得握不住车把。去了先看孩子吃得咋样、穿得咋样，再看作业，再跟大人拉拉呱，有啥难处俺记下来，回去一样一样办。
访谈者：您自己是怎么干上这个的？
受访者：原先俺在村里当妇女主任，一八年镇上让每个村定一个儿童主任，俺就兼上了。头一年啥也不懂，表都不会填，是镇上一遍一遍培训，俺才学会。现在台账上这些孩子，谁家几口人、谁哪天过生日，俺闭着眼都能说出来。
访谈者：这些户都谁在管？
受访者：镇民政办的{{han:綦所长}}总负责，材料报到{{trap/org:县民政局}}。包村干部是{{han:隋主任}}，大名{{han:隋宏伟}}。县社工站派下来的是{{compound:钟离月华}}，跟第一户、第四户；跟第二户的是{{compound:司空雅琪}}；督导叫{{compound:端木曦和}}，一个月下来查一回台账。俺有事就找{{han:綦所长}}，她说话管用。
访谈者：台账上的名字都写对了吗？
受访者：错的不少。学校的表上是{{spaced:和 明 轩}}，{{han:也佳琪}}写成了{{spaced:也　佳　琪}}，社工的名字也被写成{{spaced:钟 离 月 华}}，还有一张写成{{spaced:司空 雅琪}}。年底俺们一块儿核一遍。
访谈者：做这个最难的是什么？
受访者：最难的是孩子不开口。{{han:把晓阳}}头半年见了俺就躲，俺每回去都给他带本连环画，后来他才肯跟俺说两句。再一个是老人不会用手机，钱到了账也不知道，俺得一家一家去说。俺自己家也有俩孩子，俺那口子说俺管别人家的孩子比管自己家的还上心。俺说，自己家的有爹有娘。
访谈者：有什么想跟上面反映的吗？
受访者：盼着补助能再涨一点，盼着康复中心能开到镇上来。孩子们有事可以打{{trap/hotline:12345}}，也可以直接找俺。俺的电话{{mobile@fullwidth}}，微信{{wechat:zixiuling_szz}}，村里人都知道。
""")

# H1278: Han social worker in 东城街道 (临朐) who keeps up with her families on WeChat.
DOCS["H1278"] = ("staff", """\
访谈者：您在东城街道社工站做了几年了？
受访者：四年。我叫{{han:伊晓萌}}，手上跟着十一个困境儿童的个案。家长多半在外头打工，老人又不识字，我跟他们基本靠微信，一人一个备注，不然记不住。我翻着手机给你说。
访谈者：好。
受访者：头一个是{{han:丛皓轩}}，男，十二岁，在{{school:临朐县东城街道双语小学六年级（2）班}}。他妈{{han:丛丽娜}}帮人洗钱，判了三年，在{{trap/org:省女子监狱}}，他爸早就不知去向。现在跟姥姥{{han:丛桂芬}}过。姥姥不会打字，光发语音，微信号是外孙给起的，{{wechat:congguifen_1958}}。{{han:丛皓轩}}有个QQ，{{qq:3062819457}}，他说他妈出来以后，头一件事是加他QQ。
访谈者：第二个？
受访者：第二个是姐弟俩，{{han:战雨萱}}十岁，{{han:战雨泽}}六岁。爸爸在{{trap/place:东营}}油田上出事没了，妈妈改嫁去了外省，俩孩子按事实无人抚养报的，一人一个月{{trap/number:一千一百三十元}}，跟着二叔{{han:战向东}}。{{han:战向东}}{{trap/word:向来}}话少，有事就回一个字：好。他的微信是{{wechat:zhanxd1979}}，电话{{mobile@plus86spaced}}。
访谈者：第三个？
受访者：第三个你可能听说过，门窗店那个藏族师傅的闺女，{{minority/tibetan:措姆吉}}。她爸{{minority/tibetan:切知加}}不会打字，每回给我发语音，一半藏语一半临朐话，我得听三遍。孩子手术后的复查单，他拍了照片发给我，我再转给医院的{{compound:申屠若兰}}。孩子现在能跟同学跳皮筋了，她爸发来的视频里，笑得跟朵花似的。城关街道那边还有个哈萨克族小孩{{minority/kazakh:叶斯博拉}}，不是我的个案，是{{compound:左丘景明}}跟的，我们俩常在群里商量，怎么让孩子多开口。
访谈者：您平时一天怎么过？
受访者：早上八点到站里，先把夜里攒下的微信回一遍，有时候四五十条。上午入户，下午写记录、填表，跑街道、跑学校。我们这儿的孩子，城里的住楼，城边上的住平房，有一家在{{trap/place:弥河}}边上，下雨天路上全是泥，我电动车推着走。晚上回家吃完饭，再把白天没回的回完。我对象说我手机比他还亲。有一回{{trap/org:街道办事处}}停电，手机没电了，我借了门卫大爷的充电器，蹲在门口回了一个钟头的消息。
访谈者：还有呢？
受访者：还有一个孩子叫{{han:有晓光}}，九岁，{{han:有晓光}}有癫痫，一个月犯一两回。爸爸{{han:有长林}}在{{trap/place:广州}}送外卖，妈妈跟人走了，孩子跟着爷爷奶奶。爷爷会用微信，{{wechat:wxid_p4n8c2x6v1m9}}，每天晚上给我发一句：今天没犯。{{han:有晓光}}自己也有个QQ，是学校上网课注册的，{{qq:58247193}}，他天天在上面给我发他画的恐龙。
访谈者：你们站里几个人？
受访者：三个。站长{{compound:宇文星河}}，另一个同事叫{{compound:上官清越}}。还有个律师志愿者{{han:孔礼让}}，{{han:孔礼让}}让我们有法律上的事就找他，{{han:丛丽娜}}申请减刑的材料就是他帮着弄的。
访谈者：微信上联系有什么难处？
受访者：难处多。有的老人把我拉黑了自己还不知道；有的孩子用大人的手机，一会儿是爷爷，一会儿是孩子，说着说着就不知道对面是谁了。{{han:丛皓轩}}半夜十二点给我发QQ，说睡不着，我就陪他聊到一点。还有的家长一生气就发一长串，我得一条一条翻着看，生怕漏了要紧的事。站长说，下了班就别回了，可我不回心里不踏实。
访谈者：电话呢？
受访者：电话都存着。{{han:丛桂芬}}的{{mobile@s38}}，{{han:有长林}}在广州的{{mobile@p86n}}。我的工作手机{{mobile@hyphen}}，工作微信{{wechat:yixiaomeng_dcjd}}。
访谈者：这些孩子的名字有写错的吗？
受访者：有。救助系统里{{spaced:战 雨 萱}}中间带了空格，{{spaced:有晓 光}}断成了两截，站长的名字打成了{{spaced:宇 文 星 河}}，上回还把{{spaced:上官　清越}}当成了两个人。
访谈者：您自己怎么看这份工作？
受访者：累，也值。{{han:战雨泽}}刚来的时候见人就哭，现在见了我老远就喊姐姐。上个月他二叔给我发了张照片，俩孩子在院子里种了一棵{{trap/word:向日葵}}，说等开了花请我去看。我刚干这一行的时候，以为社工就是发发东西、填填表，干了才知道，最要紧的是让孩子知道有人记着他。逢年过节，我在群里给每个孩子发一个小红包，钱不多，五块八块，孩子们抢得可高兴了。去年过年，{{han:丛皓轩}}在QQ上给我发了一张他和他妈的合照，是他妈进去以前拍的，他说，姐姐，你替我存着，我怕手机丢了。
访谈者：最后还想说什么？
受访者：盼着这些孩子都有人疼。今天晚上，第一个要回的语音是{{han:战向东}}。
""")

# H1279: Han aunt in 九山镇 (临朐) raising the daughter of her dead brother.
DOCS["H1279"] = ("family", """\
访谈者：大姐，孩子是您侄女？
受访者：是，俺亲兄弟的闺女。俺叫{{han:初桂英}}，{{trap/place:九山镇}}东峪的，庄里人都喊俺{{han:英子}}，快六十的人了还这么喊。孩子叫{{han:初雨涵}}，俺叫她{{han:小涵子}}，今年十三，上{{trap/word:初中}}了，在{{school:九山镇中学初一（3）班}}。
访谈者：孩子的父母呢？
受访者：俺兄弟{{han:初德泉}}在山里的采石场放炮，二一年出了事，人没了。孩子她娘{{han:刁美玲}}过了一年就走了，去了{{trap/place:青岛}}，听说又成了家。走的那天跟俺说，大姐，孩子交给你了。打那以后，过年打个电话，一年比一年短。
访谈者：出事那天孩子知道吗？
受访者：知道。那天下午放学，她在村口等她爹的三轮车，等来的是村里的人。她没哭，跟着俺回了家，坐在炕沿上一直到半夜。出殡那天她才哭，哭得背过气去。那以后半年，她一听见山里放炮就捂耳朵，往桌子底下钻。
访谈者：家里人同意您带吗？
受访者：俺那口子{{han:綦成山}}，老实人，说一个孩子是养，两个孩子也是养。俺自家儿子{{han:綦浩}}在{{trap/place:潍坊}}上大学，放假回来就给{{han:小涵子}}补数学。俺娘{{han:冷玉珍}}八十了，老糊涂了，见了孩子就喊{{han:德泉}}，喊她爹的名。孩子也不恼，就答应。
访谈者：孩子在学校怎么样？
受访者：成绩中上，语文好，数学差点。她想当护士，说要是她爹出事那天跟前有个护士，说不定就救回来了。学校给她免了住宿费，每个礼拜天下午俺骑电动车送她去镇上，礼拜五再接回来。路上她坐在后头，一句话不说，到了学校门口才说一句，姑，你慢点骑。
访谈者：有谁帮着你们？
受访者：村里的儿童主任{{han:谯凤芝}}，给孩子报了事实无人抚养，一个月{{trap/number:一千三百二十元}}。{{han:逄支书}}帮着把材料送到镇上。镇民政办的{{han:衣凤霞}}来核过两回，还给孩子捎来两身{{trap/word:衣服}}。班主任{{han:麻晓燕}}老师说，有啥{{trap/word:麻烦}}就找她，不用客气。镇社工站的{{compound:欧阳沐雪}}每个月来一趟，带着孩子画画、做手工；跟她一块儿来的{{compound:南宫以宁}}是个大学生，教孩子弹尤克里里。
访谈者：孩子跟您亲吗？
受访者：亲是亲，可心里有个疙瘩。她爹的安全帽她一直留着，挂在床头上，谁也不让碰。她娘打电话来，她拿着手机不吭声，挂了以后一个人在屋里哭。{{han:谯凤芝}}说，这是心里的伤，得慢慢来。去年清明，俺领着她去给她爹上坟，她跪在那儿说，爹，俺考了班里第五。俺在后头，眼泪止不住。
访谈者：家里日子怎么样？
受访者：俺两口子种了三亩樱桃，好年景一年能落两万来块。赶上樱桃下来那半个月，天不亮就上山，孩子礼拜天也跟着摘，手都染红了。孩子的补助俺一分不动，存在她自己的卡上，留着上大学用。俺那口子腰不好，干不了重活，{{han:老綦}}说，再苦几年，孩子就大了。
访谈者：孩子她娘还管吗？
受访者：前两年一分钱没给过。去年{{han:谯凤芝}}托人找到她，跟她说了说，她现在一个月往孩子卡上打三百。俺不图她的钱，就想她多给孩子打个电话。孩子嘴上不说，可每回她娘来电话，她都拿着手机跑到院子外头接，回来眼圈红红的，俺也不问。
访谈者：您自己身体怎么样？
受访者：俺有高血压，一天一片药。去年秋天摘樱桃从梯子上摔下来，腿骨裂了，躺了一个多月，都是孩子伺候的，端水端饭，晚上给俺揉腿。俺那时候想，这孩子没白疼。镇上的{{trap/org:卫生院}}离俺家十几里地，那一个月，俺那口子骑三轮车拉着俺去换了三回药，孩子请假跟着。俺说你别耽误上课，她说，姑，课能补，你摔了谁管。
访谈者：登记表上的信息请您说一下。
受访者：俺家在{{address:临朐县九山镇东峪村三组22号}}，孩子她爹的老屋在{{address:临朐县九山镇西峪村一组5号}}。俺的身份证{{id_number@wmidspaced.370724}}，孩子的{{id_number@wy2011hyphen.370724}}。俺电话{{mobile@plain}}，{{han:谯凤芝}}的{{mobile@s434}}。俺不会用微信，有事找俺儿子，他的微信是{{wechat:qihao_wf2004}}。孩子有个QQ，号码她拿铅笔写在俺家的挂历上：{{qq:470398126}}。
访谈者：名字在表上写得对吗？
受访者：有错的。学校的表上是{{spaced:初 雨 涵}}，她娘的名字写成{{spaced:刁美 玲}}，社工的名字打成了{{spaced:欧 阳 沐 雪}}。
访谈者：您最盼什么？
受访者：盼孩子考出去，别像她爹那样下石窝子。她说考上了大学，头一件事是给她爹立块好碑。孩子能有今天，多亏了{{han:谯凤芝}}。
""")

# H1280: Han head teacher in 柳山镇 (临朐) talking about a boy who stopped talking after his mother died in a fire.
DOCS["H1280"] = ("teacher", """\
访谈者：{{han:郇老师}}，您要说的是哪个孩子？
受访者：我们班的{{han:盖明哲}}。我叫{{han:郇晓岚}}，在{{school:柳山镇中心小学五年级（1）班}}当班主任。{{han:盖明哲}}十一岁，从去年十月到现在，在学校一句话也没说过。
访谈者：发生了什么？
受访者：去年十月他家着了火，他妈{{han:战秀兰}}把他从窗户推出来，自己没跑出来。他爸{{han:盖志刚}}在{{trap/place:新疆}}跑长途，回来办完丧事又走了，说不出去挣钱，欠的债还不上。孩子现在跟着太奶奶过，太奶奶八十六，耳朵背，庄里人都叫她{{han:盖老太}}。他只跟太奶奶说话，在学校一个字也不说。
访谈者：出事以前他是什么样的孩子？
受访者：爱说爱笑，上课老插嘴，我还批评过他。他妈常来学校，给班里送过一回自己蒸的枣饽饽，一人一个。出事那天是礼拜六，他没上学，在家睡懒觉。消防车来的时候，房子已经塌了一半。他是被邻居抱走的，一路上一声没出。礼拜一他照样来上学，坐在座位上，谁跟他说话也不理，我那时候还以为他是吓着了，过几天就好。
访谈者：学校怎么做的？
受访者：{{han:荆校长}}发了话，谁也不许逼他开口。心理老师{{han:向晓雯}}{{trap/word:向县里}}申请了一套沙盘，每个礼拜二下午陪他摆。他摆的都是房子，房子边上摆一辆消防车。县社工站的{{compound:司马文瀚}}两个礼拜来一回，另一个社工叫{{compound:诸葛思彤}}，同学们听说她姓诸葛，都问她是不是{{trap/famous:诸葛亮}}的后人。县医院心理科的{{compound:公孙清妍}}大夫说，这叫选择性缄默，急不得。
访谈者：这一年多有没有变化？
受访者：有。刚开始他连头都不抬，现在上课会看黑板了，我提问，他会在本子上写答案举起来给我看。上个月学校开运动会，他跑接力，最后一棒，冲过终点的时候，全班都在喊他的名字，他回过头来冲着大伙笑了一下。那是出事以后他头一回笑，我在看台上没忍住，哭了。
访谈者：他在班里怎么跟人交流？
受访者：写纸条。他同桌叫{{han:付小满}}，俩人用一个本子说话，写满了一本换一本，现在写到第六本了。他写字好，练的是{{trap/famous:颜真卿}}，是他妈活着的时候给他报的班。上回{{han:付小满}}过生日，他在本子上写了一句生日快乐，{{han:付小满}}高兴得把那一页撕下来贴在文具盒里。
访谈者：班里的同学对他怎么样？
受访者：一开始有几个调皮的，拿话激他，想逼他开口。我开了一回班会，没提他的名字，就讲了一个孩子家里出了事、心里堵着话说不出来的故事。讲完了，教室里一点声音都没有。打那以后，再没人逼他，下课有人拉他去跳绳，他不说话，可是跟着跳。
访谈者：您去他家看过吗？
受访者：去过好几回。新盖的房子就两间，太奶奶住一间，他住一间。他屋里墙上贴着一张全家福，是从他妈手机里导出来洗的，三个人在{{trap/place:沂山}}上照的，他笑得最欢。太奶奶跟我说，孩子夜里说梦话，一说就是一长串，喊娘。我听了，回来在车里坐了半天才开走。
访谈者：有补助吗？
受访者：有。村里的儿童主任{{han:冷秋菊}}给他报了困境儿童，他爸常年在外头，太奶奶又那么大岁数，按事实无人抚养报的，一个月{{trap/number:八百九十元}}。镇民政的{{han:燕兆新}}来家访，说烧了的房子是{{trap/org:县慈善总会}}出钱重盖的。学校把他的午饭、校服都免了。开学的时候，{{trap/org:团县委}}还送来一个新书包、一箱本子。
访谈者：您跟他家里怎么联系？
受访者：他爸在路上，白天不方便接电话，我一般晚上十点以后打，{{mobile@plus86}}。太奶奶不会用手机，有事我就找{{han:冷秋菊}}，她的电话{{mobile@s74}}。孩子他爸的微信叫{{wechat:gaizhigang_xj}}，我每个礼拜给他发一段孩子写的字。有一回他回了一句：俺对不住这孩子。学校办公室的座机是{{trap/number:0536-3125467}}，太奶奶记不住，我写在她家门后头了。
访谈者：孩子的材料您这儿有吗？
受访者：有。家在{{address:临朐县柳山镇西山旺村四组13号}}，身份证{{id_number@my2013hyphen.370724}}，太奶奶的{{id_number@wy1938.370724}}。他自己有个QQ，说话都在上头打字，号码他写在我备课本的扉页上：{{qq:2895130647}}。表上的名字也有写错的，救助表上是{{spaced:盖 明 哲}}，社工的名字打成了{{spaced:诸 葛 思 彤}}，还有一张把心理老师写成了{{spaced:向晓 雯}}。
访谈者：您最大的心愿是什么？
受访者：我就盼着哪天点名的时候，他能站起来，大大方方说一句：到，我叫{{han:盖明哲}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1273,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout160",))


if __name__ == "__main__":
    main()
