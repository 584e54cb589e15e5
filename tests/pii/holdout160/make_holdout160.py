# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 160 (tests/pii/holdout160/H1265-H1272 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 161, written at the same time, is not
an earlier set).

Set 160 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
沂水 and 郯城 (Shandong): a Mongolian father from 杭锦旗 who drives a delivery van in 沂水, raising his son, deaf in
one ear, alone since his Han wife left; a Kham Tibetan grandmother from 白玉 raising her granddaughter in 郯城 after
her son, a lorry driver, was killed and the Han mother remarried (the girl reads out the numbers); a Uyghur mother
from 皮山 who sells raisins in the market of 沂城街道, her husband in prison; a Yi father from 雷波 who works in a
ginkgo nursery in 马站镇 and raises his dead brother's two orphans beside his own daughter; a Han community worker
in 郯城街道 reading out her list of seven households; a Han 儿童主任 in 许家湖镇 who keeps up with her children on
QQ and their families on WeChat; a Han grandfather in 高峰头镇 raising his two grandsons while his son is in prison;
and a Han village doctor in 院东头镇. The emphasis is on forms where a replacement might cover only part of a name,
in a mix rather than one trick: Mongolian names of 鄂尔多斯 used whole (朋斯克道尔吉, 额尔敦花, 色登扎布, 额尔登桑)
and with short forms (朋斯克, 阿日宾他, 色登他), a Han surname before a Mongolian given name (和阿日宾, the mother's
surname on the school list) and the Han names and nickname of the same people (奇永胜, 大奇, 和宇辰); Kham Tibetan
names of 白玉 (四郎秋措, 洛绒呷登, 呷玛曲宗, 土登呷多, 斯朗拉珍) with short forms and a pet name (秋措奶奶, 呷多,
布姆她), a Han surname before a Tibetan given name (郇曲宗) and the Han name of the same girl (郇若溪); Uyghur given
name + father's name with and without the dot (阿衣先木·吐尔地, 胡达拜尔迪·吾吉买买提, 祖农江·胡达拜尔迪,
祖农江胡达拜尔迪, 阿提古丽·胡达拜尔迪, 帕提曼·肉孜, 图尔迪·吾斯曼) and single, short and nickname forms
(阿衣先木, 胡达拜尔迪, 祖农江他, 阿提古丽, 托合提麦麦提, 小祖); Yi names with the clan (家支) name before the given
name (补约尔哈, 补约木呷, 补约子哈, 补约子莫, 补约伍呷, 阿尔石芝, 吉伍惹古, 沙马阿支, 莫色尔作他) and short forms
(尔哈, 石芝, 子莫她, 老补), a Han surname before a Yi given name (马尔哈 on the payroll, 马子莫 on the class list) and
the Han name of a Yi boy (马文凯); Han names with common and rare surnames of the region (蔄, 仉, 訾, 郇, 邴, 邰, 阚,
姬, 冀, 綦, 逄, 亓, 栾, 厍, 郯, 仇, 聂, 初, 盛, 郝, 尹, 邢, 薄, 翟, 牟, 刁, 仝, 伏, 相, 苑); surnames that are also
ordinary words, and given names that end in one, next to grammar words (和晓静和那人, 和庆祥和老伴, 还秀荣还帮,
找让东亮, 要翠华要了, 也桂香也常, 都春兰都六十了, 才玉林才三十八, 把春生把材料, 被子轩 and 被连国 (姓被，被子的被),
就桂英 (姓就，就是的就), 就秀芝就走了, 向春霞向来, 有长江有本事, 有凤霞有空, 能浩南 and 能德富 (姓能，能不能的能),
冷德和和俺说, 宋也平也是, 苑永才才四十, 把永强把他, 要雨晨) beside ordinary words that start with a surname
character of the voices (被子, 就是, 向来, 有本事, 有空, 把握); names that contain words (被子轩, 有长江, 牟清泉,
把小龙); titles and kin words after names (鲍丽娜老师, 訾春燕大夫, 佟晓玲医生, 邰建华科长, 邴晓雯老师, 要翠华阿姨,
颜秀琴老师, 翟玉兰老师, 秋措奶奶, 皇甫宁远大夫; the span is the name only), a surname with only a title or kin word,
annotated whole (葛大姐, 能警官, 隋主任, 展主任, 薄支书, 牟先生, 房会计, 仝书记, 路老师), Shandong forms of address and
nicknames, annotated whole (大奇, 老邢头, 大锁, 二锁); names directly before particles, pronouns and verbs (郇丽君她,
布姆她, 祖农江他, 子莫她, 大锁他, 也桂香她, 佟晓玲说) and after 叫/是/给/跟/找/让/和 (叫还秀荣, 是让东亮, 找邰建华,
打电话给尹德江, 跟綦云峰说, 让亓嘉豪, 我和殷丽丽, 发消息给盛佳慧), names misspelt on a list (逢晓蕾, 库雨萱), and names
closing the last sentence (多亏了还秀荣。, 头一个要谢的是有凤霞。); names spaced out character by character in half-
and full-width spaces (朋 斯 克 道 尔 吉, 和 阿 日 宾, 四 郎 秋 措, 洛　绒　呷　登, 阿 衣 先 木, 补 约 尔 哈,
补　约　子　莫, 钟 离 若 兰, 呷 玛 曲 宗, 公 西 若 曦, 皇 甫 宁 远, 向　晓　冉, 厍 雨 萱), a dotted name with spaces
around the dot (阿提古丽 · 胡达拜尔迪) and names split in two (阿日宾 巴雅尔, 额尔敦　花, 呷玛 曲宗,
胡达拜尔迪 吾吉买买提, 阿尔 石芝, 邢守 田, 苑佳 琪); compound surnames after ordinary words (夏侯, 东郭, 淳于, 钟离,
申屠, 南宫, 公良, 闻人, 司空, 太史, 百里, 东门, 公西, 巫马, 羊舌, 皇甫, 司徒, 欧阳, 诸葛); and numbers read out and
written the many ways people do (an ID read out in threes, IDs in full width, full width with hyphens and full width
spaced, QQ numbers in full-width digits, two QQ numbers of one girl, a WeChat wxid_ id).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:还秀荣}}``, ``{{qq:2590381746}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, yi) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1986tri.513437}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 医生, 科长, 阿姨, 奶奶) and a
particle, pronoun or verb written directly after a name (说, 也, 都, 她, 他, 和, 有, 就, 把) are outside the span; a
surname with only a title or kin word (葛大姐, 能警官, 牟先生, 仝书记) and a Shandong form of address or nickname
(大奇, 老邢头, 大锁, 二锁) are annotated whole; a name misspelt on a list (逢晓蕾, 库雨萱) is annotated as written.
Han-style names of Mongolian, Tibetan and Yi people (奇永胜, 和宇辰, 郇若溪, 马文凯) are category han; a Han surname
before a non-Han given name (和阿日宾, 郇曲宗, 马尔哈, 马子莫) is category minority, and so is a nickname made from a
non-Han name (小祖, 老补).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout160/make_holdout160.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(160_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "yi")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "yi": 10}

MOBILE_PREFIXES = ["133", "135", "138", "150", "153", "157", "158", "166", "173", "176", "178", "181", "183",
                   "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1265: Mongolian father from 杭锦旗 who drives a delivery van in 沂水, raising his son alone since his Han wife
# left.
DOCS["H1265"] = ("family", """\
访谈者：大哥，您这车是跑快递的？
受访者：是，给{{trap/org:中通}}跑乡镇件，一天两趟。我叫{{minority/mongolian:朋斯克道尔吉}}，老家{{trap/place:鄂尔多斯}}{{trap/place:杭锦旗}}，挨着{{trap/place:黄河}}。身份证上的汉名是{{han:奇永胜}}，站上都喊我{{han:大奇}}，老乡才叫我{{minority/mongolian:朋斯克}}。
访谈者：怎么落到{{trap/place:沂水}}来了？
受访者：孩子他妈{{han:和晓静}}是沂水人，早年在我们旗里饭店打工，就认识了。一四年跟她回来，她爹{{han:和庆祥}}给我找的活。前年她跟一个贩水果的走了，{{han:和晓静}}和那人去了{{trap/place:苏州}}，电话也换了，离婚是法院缺席判的。
访谈者：孩子多大了？
受访者：儿子{{minority/mongolian:阿日宾巴雅尔}}，十岁，家里叫他{{minority/mongolian:阿日宾}}。户口随他妈姓，叫{{han:和宇辰}}，学校名单上又成了{{minority/mongolian:和阿日宾}}，两个名拼一块儿。在{{school:沂水县第四实验小学四年级（6）班}}。他左耳听不见，戴助听器，有残疾证。
访谈者：耳朵是怎么回事？
受访者：生下来就不好，三岁才查出来。{{trap/org:县残联}}给配的助听器，一年去{{trap/place:临沂}}调一回机子。市里医院的{{han:訾春燕}}大夫说，右耳再往下掉就得做人工耳蜗，十几万，能申请残疾儿童康复救助。{{minority/mongolian:阿日宾}}他自己不当回事，洗澡老忘了摘，泡坏过一个。
访谈者：您出车的时候谁管他？
受访者：早上我送到校门口，下午社区托管班接。社区儿童主任叫{{han:还秀荣}}，{{han:还秀荣}}还帮我们报了低保和残疾人两项补贴，一个月{{trap/number:七百四十元}}。班主任{{han:鲍丽娜}}老师把他调到第一排，说话对着他右边。站长{{han:蔄广利}}把下午的件派给别人，让我四点能回来。
访谈者：老家那边呢？
受访者：我额吉{{minority/mongolian:额尔敦花}}七十了，跟我弟弟{{minority/mongolian:色登扎布}}在嘎查放羊。{{minority/mongolian:色登}}他每月打五百块来，说是给侄子买书。暑假我把{{minority/mongolian:阿日宾}}送回去，骑马、喝{{trap/minority_word:奶茶}}、跟着去祭{{trap/minority_word:敖包}}，回来晒得黢黑，半个月嘴里都是草原。额吉在视频里喊{{minority/mongolian:阿日宾}}，他就把助听器音量调大，用蒙古话说{{trap/minority_word:赛白努}}，就会这一句。
访谈者：站上的人对您怎么样？
受访者：都实在。跟我搭伴的是{{han:让东亮}}，我找{{han:让东亮}}换班，他从来不让我说第二遍。分拣的{{han:葛大姐}}家里包了饺子就给我们留一盘。有回下雨我车陷在{{trap/place:沂河}}滩上，是{{han:仉德海}}开拖拉机拽出来的。在临沂开蒙餐馆的老乡{{minority/mongolian:额尔登桑}}，过年叫我们爷俩去吃{{trap/minority_word:手把肉}}。
访谈者：孩子姥爷姥娘呢？
受访者：{{han:和庆祥}}和老伴在{{trap/place:沙沟镇}}种山楂。闺女跑了，老两口觉得对不住我，逢集就来送菜。孩子周末去姥娘家，姥娘教他摊煎饼，他摊得跟地图似的。
访谈者：孩子跟妈妈还有联系吗？
受访者：没有。他问，我就说妈妈在外头挣钱。街道社工站的{{compound:夏侯清漪}}每周来一回，陪他搭积木、说话，跟她一块儿来的{{compound:东郭明远}}教他下象棋。学校心理老师叫{{compound:淳于思彤}}，说这孩子心里憋着事，得慢慢来。
访谈者：收入够花吗？
受访者：一个月跑下来五千出头，油钱自己出，剩三千多。房租八百，助听器的电池一个月一百多。她走的时候把存折带走了，我手里一分没有，是站上几个人凑了两千块让我交的房租。这两年才缓过来，还了一半账。件多的时候我带着孩子跑车，他坐副驾上给我念地址，念错了挨我一句，他也不恼。
访谈者：孩子还会说蒙古话吗？
受访者：不会了。他妈在的时候家里说沂水话，我也跟着说。额吉嫌他忘了本，每回视频教他几个词，他学完就忘。我不逼他，耳朵已经够他累的了。
访谈者：您自己呢？
受访者：腰不行，一天搬几百件。最怕车坏在半道，孩子放学没人接。我让他背熟我的电话，背熟{{han:还秀荣}}的电话。夜里他睡了，我就放{{trap/famous:德德玛}}的歌，想家。等他耳朵的事定下来，我想带他回一趟{{trap/place:伊金霍洛}}，看看{{trap/org:成吉思汗陵}}。
访谈者：登记的信息您说一下。
受访者：住{{address:沂水县沂城街道东风路27号院3号楼2单元401}}，老家{{address:杭锦旗锡尼镇阿斯尔嘎查二社8号}}。我身份证{{id_number@my1982spaced.150625}}，孩子的{{id_number@my2015.371323}}。我手机{{mobile@plain}}，{{han:还秀荣}}的{{mobile@s434}}。我微信叫{{wechat:puntsag_hj1982}}。孩子有个QQ，跟表哥打游戏用，号码他念一个我写一个：{{qq:2590381746}}。
访谈者：名字在表上写对了吗？
受访者：哪有对的。低保表上我是{{spaced:朋 斯 克 道 尔 吉}}，孩子是{{spaced:阿日宾 巴雅尔}}，我额吉写成{{spaced:额尔敦　花}}，学校那张干脆成了{{spaced:和 阿 日 宾}}。
访谈者：您最盼什么？
受访者：盼孩子右耳朵保住，把书念完。这几年，多亏了{{han:还秀荣}}。
""")

# H1266: Kham Tibetan grandmother from 白玉 raising her granddaughter in 郯城 after her son died; the granddaughter
# reads out the numbers.
DOCS["H1266"] = ("family", """\
访谈者：奶奶，您是从哪儿来的？
受访者：四川{{trap/place:甘孜}}{{trap/place:白玉}}，{{trap/place:金沙江}}边上。我叫{{minority/tibetan:四郎秋措}}，汉话说不好，慢慢说。楼里的人都叫我{{minority/tibetan:秋措}}奶奶。
访谈者：怎么到{{trap/place:郯城}}来了？
受访者：儿子{{minority/tibetan:洛绒呷登}}在这边开大车，娶了郯城姑娘{{han:郇丽君}}。前年腊月他拉木头在高速上出了事，车翻到沟里，天亮了才被人看见，人没了。{{han:郇丽君}}她第二年改嫁去了{{trap/place:宿迁}}，孩子没带。村里打电话给我，我坐了三天车过来。
访谈者：孙女多大了？
受访者：八岁。户口上叫{{han:郇若溪}}，藏名是她爸起的，{{minority/tibetan:呷玛曲宗}}，我叫她{{minority/tibetan:布姆}}，就是小姑娘。学校名单上写的{{minority/tibetan:郇曲宗}}，老师说好记。她在{{school:郯城街道第二小学二年级（3）班}}。{{minority/tibetan:布姆}}她汉话比我好，去医院、去社区都是她给我翻。她爸走的时候她六岁，天天站在楼下等大车。她学习好，数学考过一百分，奖状我贴在她爸照片旁边。
访谈者：孩子身体怎么样？
受访者：有点喘，一到秋天就犯。社区卫生站的{{han:佟晓玲}}医生给开的喷雾，{{han:佟晓玲}}说屋里别有烟。我就不在家烧{{trap/minority_word:藏香}}了，早上拿着{{trap/minority_word:转经筒}}在小区里转，邻居看着稀奇。
访谈者：谁帮你们？
受访者：社区的儿童主任{{han:要翠华}}，{{han:要翠华}}要了户口本去跑，给孩子报了事实无人抚养，一个月{{trap/number:一千二百一十元}}。我没有这边户口，她又去{{trap/org:县民政局}}找{{han:邰建华}}科长。班主任{{han:邴晓雯}}老师中午给孩子热饭。对门的{{han:也桂香}}也常过来，领孩子去赶{{trap/place:马头}}集。街道社工站的{{compound:钟离若兰}}每周二来，陪孩子画画。帮我们打赔偿官司的律师叫{{compound:申屠致远}}，官司打了一年多，车老板{{han:宿德胜}}赔了一部分，剩下的说没钱。
访谈者：您一个人带孩子，难在哪儿？
受访者：难在说话。我藏文也不识，年轻时候在山上放牛，没上过学。这边的人说话快，我只听得懂一半。开家长会我听不懂，老师说什么我都点头。孩子的作业我不会看，只会看她写得整齐不整齐。去医院挂号要用手机，我不会，都是孩子弄。有一回她半夜喘得厉害，我抱着她下楼，不知道往哪走，是{{han:也桂香}}她男人开车送的医院。
访谈者：孩子在学校有朋友吗？
受访者：有。刚来的时候同学笑她黑，笑她名字怪。她回来问我，奶奶，我是藏族还是汉族。我说你两个都是，你爸是藏族，你妈是汉族。现在她跟同学好了，还教她们唱我们那边的歌，唱得不对，我也说好。
访谈者：孩子妈妈还来看她吗？
受访者：来过两回，带了衣服和零食，坐一会儿就走。孩子不哭也不闹，等她走了，一个人在屋里把新衣服叠好，放进柜子，说等过年穿。我心里难受，可我不说她妈的不是，那是她亲妈。
访谈者：老家还有人吗？
受访者：小儿子{{minority/tibetan:土登呷多}}在山上放牦牛，挖了{{trap/minority_word:虫草}}就给我打钱。{{minority/tibetan:呷多}}说，阿妈你回来吧，孩子带回来养。可孩子在这边上学，户口也在这边。去年{{minority/tibetan:呷多}}来过一回，给儿童主任献了一条{{trap/minority_word:哈达}}。村里的儿童主任{{minority/tibetan:斯朗拉珍}}每月给我打个电话，问孩子长高了没有。
访谈者：房子是租的吗？
受访者：租的，一个月六百。房东听说孩子爸爸的事，押金没要。这边冬天不冷，可屋里潮，我的腿疼。老家冬天冷，太阳大。我跟孩子说，等你放暑假，我们回去晒太阳。她说好，还要带对门家的狗去。
访谈者：孩子想爸爸吗？
受访者：想。她爸的照片我摆在桌上，天天点一盏{{trap/minority_word:酥油灯}}。他是个好儿子，每月给我寄钱，说攒够了接我来郯城住。我没想到是这样来的。{{minority/tibetan:洛绒呷登}}小时候在{{trap/org:嘎托寺}}念过两年经。我给{{minority/tibetan:布姆}}讲{{trap/famous:格萨尔}}的故事，她听不懂，就看我比划。
访谈者：吃得惯吗？
受访者：我吃不惯面条，自己炒青稞，拌{{trap/minority_word:糌粑}}。孩子爱吃对门家的煎饼。过{{trap/minority_word:洛萨}}那天，{{han:要翠华}}带了一兜苹果来，孩子跳{{trap/minority_word:锅庄}}给她看。
访谈者：登记的信息说一下？
受访者：孩子说吧。……住{{address:郯城县郯城街道红花路58号富民小区9号楼1单元302}}，奶奶老家是{{address:白玉县建设镇冲达村三组21号}}。奶奶的身份证{{id_number@wold.513331}}，我的{{id_number@wy2017hyphen.371322}}。{{han:要翠华}}阿姨的电话{{mobile@hyphen}}。我妈的微信是{{wechat:xunlijun_0712}}，奶奶说她不回也要发。
访谈者：名字在表上写对了吗？
受访者：奶奶的名写成{{spaced:四 郎 秋 措}}，我爸的写成{{spaced:洛　绒　呷　登}}，还有一张写的{{spaced:呷玛 曲宗}}。
访谈者：奶奶最盼什么？
受访者：盼{{minority/tibetan:布姆}}长大，考上学，回白玉看看她爸爸的山。
""")

# H1267: Uyghur mother from 皮山 who sells raisins in 沂城街道; her husband is in prison.
DOCS["H1267"] = ("family", """\
访谈者：大姐，您这摊上都是新疆货？
受访者：葡萄干、巴旦木、红枣，都是老家{{trap/place:皮山}}的亲戚寄来的。我叫{{minority/uyghur:阿衣先木·吐尔地}}，在{{trap/place:沂城街道}}市场摆摊五年了。市场里的人叫我{{minority/uyghur:阿衣先木}}，叫不顺的就喊大姐。现在我也会说“俺”和“恁”了，顾客一听就笑。
访谈者：生意怎么样？
受访者：冬天好，过年前一天能卖一千多块钱的货；夏天不行，葡萄干放不住，得拿冰柜存着。早上六点出摊，晚上七点收，孩子放学先到摊上来，在纸箱上写作业。下雨天没人来，我就跟旁边卖煎饼的大嫂学摊煎饼，她学我打馕，两个人都学不会。
访谈者：家里几口人？
受访者：男人{{minority/uyghur:胡达拜尔迪·吾吉买买提}}前年跟人合伙收羊，账算不清，动了刀，判了四年。他原来往{{trap/place:临沂}}的屠宰场送羊，人老实，就是脾气急。那天是对方先动的手，可刀是他的。羊钱全赔给人家了，还欠着三万多，老家的地租出去，一年四千，刚够还利息。两个孩子跟着我。儿子{{minority/uyghur:祖农江·胡达拜尔迪}}十二岁，学校表上没有点，写成{{minority/uyghur:祖农江胡达拜尔迪}}，同学叫他{{minority/uyghur:小祖}}，在{{school:沂水县第二实验小学六年级（4）班}}。闺女{{minority/uyghur:阿提古丽·胡达拜尔迪}}七岁，在{{school:沂水县第五实验小学一年级（1）班}}。
访谈者：孩子知道爸爸的事吗？
受访者：儿子知道。{{minority/uyghur:祖农江}}他不爱说话，放学就蹲在摊子后头写作业。有回班上的孩子叫他小偷家的，他把人推倒了。{{han:阚丽霞}}老师把两家都叫到学校，让那孩子道了歉，也让他道了歉。{{minority/uyghur:阿提古丽}}还小，我说爸爸在外头放羊。她跟同桌{{han:冀小满}}好得像亲姐妹。{{minority/uyghur:胡达拜尔迪}}在电话里哭，说出来再也不碰刀了。他在里头学了电焊，说出来找个厂子干，不再跟人合伙。
访谈者：谁帮你们？
受访者：社区的{{han:都春兰}}，{{han:都春兰}}都六十了，还一趟一趟跑，给两个孩子报了服刑人员子女补助，一人一个月{{trap/number:八百七十元}}。派出所的{{han:能警官}}来家里核过情况，说能帮的都帮。老师还给儿子免了资料费。市场管理处的{{han:展立新}}把我的摊位挪到门口，说门口人多。房东{{han:姬兆海}}听说我男人的事，一年房租少收一千。街道社工站的{{compound:南宫晓棠}}每两个月带孩子去{{trap/org:省监狱}}会见一回，路上陪他说话。冬天摊上冷，我脚上长了冻疮，{{han:都春兰}}给我送了一双棉鞋。
访谈者：孩子们中午在哪儿吃？
受访者：在学校。一个礼拜有三天是清真饭盒，是{{han:阚丽霞}}老师找校长要的，剩下两天我送饭。我打的馕，孩子同学抢着吃，说比面包香。儿子今年小学毕业，我愁的是上了初中住不住校。
访谈者：会见是什么样的？
受访者：隔着玻璃，拿电话说，二十分钟。儿子头一回去一句话都不说，出来在车上哭了一路。第二回他把考试卷子带去，贴在玻璃上给他爸看，九十二分。他爸在那边拿手捂着脸。
访谈者：老家那边呢？
受访者：婆婆{{minority/uyghur:帕提曼·肉孜}}七十了，一个人在村里，我每月寄五百。我哥{{minority/uyghur:图尔迪·吾斯曼}}种核桃，上{{trap/place:和田}}的{{trap/minority_word:巴扎}}卖，货就是他发的。同乡{{minority/uyghur:托合提麦麦提}}在临沂卖切糕，进货的时候帮我把葡萄干捎过来。儿子的维吾尔话比汉话差，闺女一句都不会了。我晚上教她，她学两句就睡着了。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}那天我早收摊，炖羊肉、做{{trap/minority_word:抓饭}}、打{{trap/minority_word:馕}}，叫{{han:都春兰}}来吃。{{minority/uyghur:祖农江}}弹他爸留下的{{trap/minority_word:都塔尔}}，就会一首。{{minority/uyghur:阿提古丽}}最爱听{{trap/famous:阿凡提}}的故事，听完了说{{trap/minority_word:亚克西}}。
访谈者：您想过回新疆吗？
受访者：想过。可他在这边坐牢，我回去了，孩子就见不着他。等他出来，看他怎么说。市场里卖菜的大姐们轮着帮我看摊，我去派出所、去社区办事，回来一样货都不少。真要走，我也舍不得。
访谈者：登记信息说一下。
受访者：住{{address:沂水县沂城街道长安路东三巷16号}}，老家{{address:皮山县木奎拉乡阿亚克村二组17号}}。我身份证{{id_number@wy1987fw.653223}}，儿子的{{id_number@my2013quad.653223}}。我电话{{mobile@s38}}，{{han:都春兰}}的{{mobile@plus86}}。我的微信{{wechat:ayxm_pishan87}}。儿子的QQ是他爸进去以前给注册的，号码写在门框上：{{qq:１６４７２０９３５８}}。
访谈者：名字写对了吗？
受访者：低保表上我成了{{spaced:阿 衣 先 木}}，闺女是{{spaced:阿提古丽 · 胡达拜尔迪}}，监狱的信封上写的{{spaced:胡达拜尔迪 吾吉买买提}}，会见登记本上儿子是{{spaced:祖 农 江}}。
访谈者：最盼什么？
受访者：盼{{minority/uyghur:胡达拜尔迪}}早点出来，一家人回皮山过一个古尔邦节。
""")

# H1268: Yi father from 雷波 who works in a ginkgo nursery in 马站镇 and raises his dead brother's children.
DOCS["H1268"] = ("family", """\
访谈者：大哥，您在这苗圃干几年了？
受访者：四年了，给{{han:才玉林}}看{{trap/word:银杏}}苗。我是{{trap/place:雷波}}来的彝族，叫{{minority/yi:补约尔哈}}，前两个字是家支，{{minority/yi:尔哈}}是我的名。老板嫌家支不像姓，工资表上给我写成{{minority/yi:马尔哈}}，苗圃里都叫我{{minority/yi:老补}}。
访谈者：怎么到山东来的？
受访者：老乡带出来的。{{minority/yi:莫色尔作}}先来，说这边苗圃缺人，管住，一个月四千。我在老家种洋芋，一年挣不到一万。我哥出事以后，两个孩子没人管，我想，出来挣钱，孩子也能上好点的学。
访谈者：家里几口人？
受访者：我、老婆{{minority/yi:阿尔石芝}}、闺女{{minority/yi:补约伍呷}}，还有我哥的两个孩子。我哥{{minority/yi:补约木呷}}前年在{{trap/place:凉山}}的矿上砸死了，嫂子生老二那年就没了。侄子{{minority/yi:补约子哈}}十一，侄女{{minority/yi:补约子莫}}九岁，我都接到{{trap/place:马站镇}}来了。
访谈者：孩子们在这边上学吗？
受访者：上。侄子的汉名叫{{han:马文凯}}，在{{school:马站镇中心小学五年级（2）班}}。侄女在{{school:马站镇中心小学三年级（1）班}}，老师点名叫她{{minority/yi:马子莫}}。闺女才六岁，上{{school:马站镇中心幼儿园大二班}}。
访谈者：谁帮你们？
受访者：雷波村里的儿童主任{{minority/yi:吉伍惹古}}给两个孩子报了孤儿基本生活费，一个月{{trap/number:一千三百五十元}}，打到我卡上。户口在雷波，每年要回去审一回，坐车到宜宾再转，路上两天，来回一千多。去年村里说可以视频认证，今年就不用回了，省了一大笔。这边村里的会计{{han:把春生}}把材料一张一张复印好，给我寄回去。{{han:才玉林}}才三十八，人实在，冬天苗圃没活也照发一半工资。老板娘{{han:邵月娥}}给孩子们织过毛衣。侄子的班主任{{han:颜秀琴}}老师给他补数学。镇社工站的{{compound:公良书瑶}}每月来一回，跟她搭伴的{{compound:闻人子昂}}带孩子们去{{trap/place:沭河}}边上捡石头。
访谈者：苗圃的活累吗？
受访者：春天起苗、栽苗，一天弯十个钟头腰。夏天浇水打药。老乡{{minority/yi:莫色尔作}}他会开三轮，拉苗的活都是他的。银杏苗三年才出圃，我刚来那年栽的一片，今年都卖了。老板说{{minority/yi:尔哈}}干活不惜力，就是话少。{{minority/yi:阿尔石芝}}也在苗圃干，剪枝、除草，一天一百二。她不识字，去医院、去学校都是我去。去年她腰扭了，歇了一个月，{{han:邵月娥}}天天送饭。
访谈者：住的地方怎么样？
受访者：苗圃边上两间板房，一间我们两口子带闺女，一间给两个大的。冬天冷，老板给装了电暖气。夏天蚊子多，孩子们腿上全是包。
访谈者：孩子们习惯吗？
受访者：{{minority/yi:子莫}}她头一年天天哭，要回{{trap/place:金沙江}}边上。现在会说山东话了，回家还教{{minority/yi:石芝}}说“俺”。{{minority/yi:补约子哈}}爱踢球，球鞋是{{han:颜秀琴}}老师给买的。有回他跟同学打架，是人家笑他穿{{trap/minority_word:查尔瓦}}，我去学校赔了不是，回来没舍得打他。在家我们说彝话，出了门说普通话。{{minority/yi:子莫}}写作文写雷波的山，老师在班上念了。
访谈者：孩子们生过病吗？
受访者：去年冬天侄子得了肺炎，在镇卫生院住了一个礼拜。我不会用医保，是{{han:把春生}}帮着办的，报了一大半。我白天干活，晚上去陪床，老婆在家看两个小的。我哥的事我还没全跟孩子们说，只说爸爸在矿上出了事。
访谈者：过节呢？
受访者：{{trap/minority_word:火把节}}那天，我们在苗圃后头点火把，{{minority/yi:石芝}}做{{trap/minority_word:坨坨肉}}，孩子们围着火跑。我给他们讲{{trap/famous:支格阿鲁}}射太阳的故事。我阿嫫{{minority/yi:沙马阿支}}在雷波，七十多了，每年{{trap/minority_word:彝族年}}寄一袋{{trap/minority_word:苦荞}}来，{{trap/minority_word:毕摩}}说她能活到九十。孩子们每回跟她视频，都要问阿嫫的羊下了几只羔。闺女在幼儿园学会了一首儿歌，对着手机唱给阿嫫听。
访谈者：以后怎么打算？
受访者：在这边干到孩子们初中毕业。银杏苗一年比一年便宜，老板说再干两年他也要改种别的。到时候看，能留就留，留不住就回雷波。回去了孩子上学远，走山路要一个钟头。马站这边的人心好，赶集的时候卖菜的大娘知道我们是外地来的，多给一把葱。
访谈者：登记信息请您说一下。
受访者：住{{address:郯城县马站镇前麦坡村五组12号}}，老家{{address:雷波县卡哈洛乡阿合村二组6号}}。我的身份证{{id_number@my1986tri.513437}}，侄子的{{id_number@my2014fwhyphen.513437}}。我电话{{mobile@s74}}。{{minority/yi:吉伍惹古}}的微信{{wechat:wxid_jiwu8q3re5}}。侄子有QQ，号码抄在他语文书的背面：{{qq:73015862}}。
访谈者：名字写对了吗？
受访者：表上我是{{spaced:补 约 尔 哈}}，侄女是{{spaced:补　约　子　莫}}，老婆写成{{spaced:阿尔 石芝}}。
访谈者：最盼什么？
受访者：盼三个孩子都念出书来，别跟我一样下苦力。
""")

# H1269: Han community worker in 郯城街道 reading out her list of children in distress.
DOCS["H1269"] = ("staff", """\
访谈者：您手上是社区的困境儿童名单？
受访者：对。我叫{{han:仇玉梅}}，在{{trap/place:郯城街道}}当社区网格员，兼着儿童主任，干了五年。开始就是填表，后来才知道光填表不行，得进门看。我手机里存着每户的照片，房子漏不漏、孩子长没长个，一年一比就知道。还要看床干不干净，冰箱里有没有菜，作业本上有没有老师的红勾。名单上七户，我一户一户念。
访谈者：好。
受访者：头一户，孩子叫{{han:被子轩}}，姓被，{{trap/word:被子}}的被，十一岁，{{school:郯城县实验小学五年级（4）班}}。他爸{{han:被连国}}偷电缆，判了三年；他妈走了。跟奶奶{{han:就桂英}}过，姓就，{{trap/word:就是}}的就。住{{address:郯城街道东关村三组41号}}。孩子身份证{{id_number@my2014spaced.371322}}，报的是服刑人员子女补助。奶奶去监狱看过一回，回来病了一场。
访谈者：第二户？
受访者：第二户是藏族孩子{{han:郇若溪}}，藏名{{minority/tibetan:呷玛曲宗}}，爸爸没了，妈妈改嫁，跟奶奶{{minority/tibetan:四郎秋措}}过，事实无人抚养。奶奶汉话不灵，有事我找孩子翻。我头一回去，奶奶给我倒了一碗{{trap/minority_word:酥油茶}}，我喝不惯，还是喝完了。奶奶拉着我的手说了一串藏话，孩子说，奶奶说你是好人。
访谈者：第三户？
受访者：孤儿，{{han:向晓冉}}，女孩，十三，{{school:郯城县第三中学七年级（5）班}}。爸妈前年煤气中毒走了，跟姑姑{{han:向春霞}}。{{han:向春霞}}{{trap/word:向来}}不吭声，我问一句她答一句，可孩子的校服都是她亲手改的。孩子学习好，说要考医学院。孩子身份证{{id_number@wy2011x.371322}}。
访谈者：第四户？
受访者：{{han:有欣怡}}，脑瘫，九岁，在{{school:郯城县特殊教育学校三年级（1）班}}，报了残疾人两项补贴。孩子不会说话，会笑，我一去她就笑。她爸{{han:有长江}}跑了，她妈{{han:苑秀丽}}一个人拉扯。{{han:苑秀丽}}说，{{han:有长江}}{{trap/word:有本事}}跑，就别回来。住{{address:郯城街道红旗路南段77号2号楼3单元501}}，她电话{{mobile@spaced}}。
访谈者：第五户？
受访者：双胞胎{{han:能浩南}}、{{han:能浩北}}，姓能，能不能的能。爸爸{{han:能德富}}尿毒症，一周透三回，他家吃低保。奶奶六十八了，看俩孙子还得伺候儿子，我去的时候她正蹲在院里洗衣裳，手冻得通红。奶奶{{han:聂凤芝}}的身份证{{id_number@wy1957fwspaced.371322}}。
访谈者：第六户？
受访者：{{han:郯子豪}}，姓郯，{{trap/place:郯城}}的郯，留守，爸妈在{{trap/place:上海}}送外卖，跟爷爷{{han:郯明礼}}。爷爷八十了，眼不好，孩子的作业没人看，我让社工给他找了个大学生志愿者，一周去两个晚上。他爸妈一年回来一趟，过年待五天就走，走的那天孩子躲在柴火垛后头不出来。住{{address:郯城街道西城村二组9号}}。
访谈者：第七户？
受访者：{{han:厍雨萱}}，厍念社，一般人都念成库。她妈前年乳腺癌走了，她爸{{han:厍红军}}在木材厂上班，一个月三千来块，低保卡在边上，今年刚批下来。孩子的身份证{{id_number@wy2012hyphen.371322}}。这户差点漏了：她妈病了两年，家里花空了，一直没人报。是老师看孩子大冬天穿单鞋，告诉我的。我去了才知道，她爸连低保是什么都不知道。
访谈者：钱怎么发？
受访者：直接打到监护人卡上，每月十号前到账。有的老人不会查，月底来问我，我就带着去银行打流水。去年有一户爷爷把钱借给了亲戚，孩子的校服钱都交不上，我找他谈了三回，后来让孩子的姑姑当了监护人。
访谈者：最难的是哪一户？
受访者：头一户。{{han:被子轩}}他爸出事以后，孩子在学校抬不起头，成绩从前十掉到倒数。奶奶七十五了，管不住他。学校心理老师跟他谈，社工一周去两回，这学期好些了。他跟我说，等他爸出来，他要看着他爸，不让他再偷东西。
访谈者：这么多户，您怎么跑得过来？
受访者：跑不过来也得跑。每季度入户一回，每年年审，孩子情况变了要马上报。街道社工站的{{compound:钟离若兰}}分走两户，她同事{{compound:司空晓岚}}管能家的孩子。街道民政办的{{han:隋主任}}每月查一回台账，县{{trap/org:民政局}}派来的督导叫{{compound:太史怀瑾}}。
访谈者：名单上的名字有写错的吗？
受访者：多了。{{spaced:被 子 轩}}中间空了格，{{spaced:向　晓　冉}}也是，社工写成了{{spaced:钟 离 若 兰}}，藏族孩子的藏名打成了{{spaced:呷 玛 曲 宗}}，{{spaced:厍 雨 萱}}打成了{{han:库雨萱}}。
访谈者：您的联系方式？
受访者：电话{{mobile@fws}}，工作微信{{wechat:qiuym_tcjd2019}}。名单上的人家有事，白天晚上都能打。有人说我们管得宽，可这些孩子，我们不管，就真没人管了。
""")

# H1270: Han 儿童主任 in 许家湖镇 who keeps up with her children on QQ and their families on WeChat.
DOCS["H1270"] = ("staff", """\
访谈者：听说您跟孩子们都在QQ上聊？
受访者：大孩子用QQ，家长用微信。我叫{{han:栾秀娟}}，在{{trap/place:许家湖镇}}当儿童主任第六年，手上六个孩子。孩子们在QQ上说话跟当面不一样，当面问啥都说没事，QQ上半夜能给我发一大段。我有个本子，谁的QQ、谁家大人的微信都记着，换了号就改。老人不会用微信，我就打电话，打不通就骑电动车去，远的七八里地，冬天手冻得握不住车把。
访谈者：先说头一个？
受访者：{{han:尹沐阳}}，十四，爸妈离了婚都不管他，跟爷爷{{han:尹德水}}过，报的事实无人抚养。爷爷八十了，耳朵背，说话得趴他耳朵上喊。孩子QQ是{{qq:3309172854}}，夜里十一点还挂着，我就在QQ上撵他睡觉。爷爷不会用手机，有事我找他叔{{han:尹德江}}，叔的微信{{wechat:yindejiang_sd}}。去年冬天半夜，{{han:尹沐阳}}在QQ空间发了一句活着没意思，我吓坏了，打电话给{{han:尹德江}}，他骑摩托过去，孩子在被窝里打游戏。后来社工给他做了几回辅导。
访谈者：您怎么知道哪些话要当回事？
受访者：看时间，看字。半夜发的、发完又撤回的，我都当回事。有的孩子光发一个句号，我也要问一句。县里培训的时候老师讲过，孩子说不想活了，不能当玩笑，要马上找到人。
访谈者：第二个呢？
受访者：{{han:逄晓蕾}}，姓逄，不是逢年过节那个逢，底下多一点。她爸前年在{{trap/place:跋山水库}}淹死了，她妈{{han:綦凤云}}智力残疾，不会做饭，{{han:逄晓蕾}}十二岁就给全家做饭。家里的事都靠舅舅{{han:綦云峰}}。她有两个QQ，一个是{{qq:2046813379}}，一个小号是{{qq:819364257}}，小号是说心里话的，她让我加了，说只给我看，上头写的都是想她爸。她成绩在班里前五，跟我说想当警察，我说好。我跟{{han:綦云峰}}说事都在微信上，他叫{{wechat:qyf_xujiahu}}。
访谈者：第三个？
受访者：{{han:亓嘉豪}}，留守，爸妈在{{trap/place:青岛}}码头上，跟奶奶。奶奶腿脚不好，孩子放学就往网吧钻，我跟网吧老板打了招呼，不让他进。我和{{han:殷丽丽}}，就是他妈，每周视频一回，她的微信{{wechat:yinlili_qd0906}}。爸妈每月给奶奶打一千五，奶奶舍不得花，攒着给孙子上学用。我让{{han:亓嘉豪}}把作业拍给我，他拍得歪歪扭扭。他QQ号是全角打的：{{qq:５０２７６１９４８}}。
访谈者：第四个？
受访者：{{han:郝天赐}}，他爸{{han:郝长春}}吸毒进去了，他妈改嫁。孩子跟着大爷大娘过，大爷在{{trap/place:沂水县城}}打零工，大娘叫{{han:初玉香}}，手机{{mobile@h38}}。{{han:初玉香}}一开始不愿意报，说丢人，怕村里人说闲话。我去了四回，跟她讲这是孩子该得的，不是要饭。钱下来那天，她给我送了一篮子鸡蛋，我没要。孩子QQ{{qq:1275508836}}，头像是一只狗。有回他在QQ上碰见一个说送游戏皮肤的，差点把大娘的银行卡号发过去，幸亏先问了我。
访谈者：第五个第六个？
受访者：{{han:盛佳慧}}和{{han:盛佳怡}}姐妹俩，妈妈病死了，爸爸{{han:盛国华}}在外地不回来，跟姥娘。姥娘七十多，耳朵也背，我打电话她听不见，只能发消息给{{han:盛佳慧}}。姐姐懂事，妹妹的家长会都是她去开。她在{{school:许家湖镇中心中学八年级（3）班}}，妹妹在{{school:许家湖镇中心小学四年级（2）班}}。{{han:盛佳慧}}的QQ{{qq:4410683927}}，她说等考上高中就换个新号。
访谈者：谁跟您一块儿管？
受访者：镇社工站的{{compound:百里云舒}}，跟她一块儿来的{{compound:东门雅静}}。县团委派的大学生叫{{compound:公西若曦}}，暑假给孩子们辅导功课。镇民政办的{{han:展主任}}管补贴发放。孩子们在学校受了欺负，我让他们打{{trap/hotline:12355}}，也可以直接找我。我电话{{mobile@p86h}}，微信{{wechat:luanxj_ertong}}。
访谈者：放假的时候呢？
受访者：暑假最怕出事，孩子们没人看，爱往河里跑。我每天晚上在QQ群里点名，谁不回我就打电话。去年暑假我们在村委会开了个小课堂，社工和大学生轮着来，孩子们上午写作业，下午做手工。
访谈者：孩子们有什么爱好？
受访者：{{han:尹沐阳}}爱打篮球，{{han:亓嘉豪}}爱画画，画的都是大船，说是他爸妈干活的地方。
访谈者：您自己累吗？
受访者：累。白天村里的事，晚上孩子们的消息。我家老头说我手机不离手，跟中了邪似的。可我要是不回，孩子就觉得没人管他了。
访谈者：名字写错过吗？
受访者：错过。{{spaced:逄 晓 蕾}}被写成{{han:逢晓蕾}}，{{spaced:亓 嘉 豪}}，大学生名字写成{{spaced:公 西 若 曦}}。
""")

# H1271: Han grandfather in 高峰头镇 raising his two grandsons; his son is in prison and the mother left.
DOCS["H1271"] = ("family", """\
访谈者：大爷，俩孙子都是您带？
受访者：可不是。俺叫{{han:邢守田}}，{{trap/place:高峰头镇}}人，庄上都喊俺{{han:老邢头}}。俺儿{{han:邢立柱}}卖假化肥坑了人，判了五年，在里头。儿媳妇{{han:就秀芝}}，他进去那年秋天{{han:就秀芝}}就走了，说回娘家，再没回来。
访谈者：孩子多大？
受访者：大孙子{{han:邢家兴}}十二，小名{{han:大锁}}；二孙子{{han:邢浩博}}九岁，小名{{han:二锁}}。{{han:大锁}}在{{school:高峰头镇中心小学六年级（1）班}}，{{han:二锁}}在三年级。
访谈者：您身体怎么样？
受访者：七十一了，腿上有静脉曲张，阴天下雨就疼。老伴{{han:苗桂芳}}前年走的，脑出血。俺早上四点起来烙煎饼，送他们上学，再下地。俺年轻时候在{{trap/place:沂河}}上拉过船，又去{{trap/place:淄博}}下过煤窑，苦没少吃，可没这么愁过。
访谈者：种地还种得动吗？
受访者：种了三亩花生、二亩地瓜，一年卖个三四千块。活干不完，大的放学回来帮俺薅草，手上磨的都是泡。俺心疼，不让他干，他说爷爷你一个人干到天黑。
访谈者：谁帮您？
受访者：村里的儿童主任{{han:有凤霞}}，{{han:有凤霞}}{{trap/word:有空}}就来，给俩孩子报了服刑人员子女补助，一月{{trap/number:一千一百二十元}}。镇上民政办的{{han:冷德和}}和俺说，俺这岁数也能吃低保。低保批下来了，一月几百块，加上补助，够爷仨吃喝，孩子上学不要学费，就是买本子、买鞋。村支书{{han:薄支书}}给俺家换了新门。班主任{{han:翟玉兰}}老师常打电话。镇社工站的{{compound:巫马云岫}}每月来，她同事{{compound:羊舌婉婷}}教{{han:二锁}}写字。
访谈者：孩子们吃穿怎么办？
受访者：吃的不愁，煎饼、咸菜、地瓜，有时候炒个鸡蛋。穿的都是亲戚家孩子剩下的，村里也送过几回新衣裳。过年镇上来慰问，送了米面油，还有两件羽绒服，俩孩子穿上就不脱了。
访谈者：孩子们想爹娘吗？
受访者：想。{{han:二锁}}夜里尿床，哭着要娘。冬天俺烧炕，俩孩子跟俺睡一个炕，小的夜里往俺怀里钻。{{han:大锁}}他不哭，就是不爱说话，跟俺说，爷爷，等俺爹出来俺揍他。俺说那是你爹。儿子在里头给俺写过一封信，字歪歪扭扭，说爹俺对不住你，对不住俩孩子。俺不识几个字，是{{han:大锁}}念给俺听的，念完了他把信叠好，压在他枕头底下。
访谈者：孩子们读书怎么样？
受访者：{{han:大锁}}算术好，{{han:翟玉兰}}老师说他脑子灵。小的不行，一年级留了一级，字认不全，看书跟看天书一样。社工说他可能是读写困难，得去临沂查，俺还没顾上。
访谈者：去看过儿子吗？
受访者：去过两回，在{{trap/place:临沂}}，坐公交倒三趟车。他瘦了，头剃得精光，隔着玻璃叫俺爹。俺说你在里头好好改造，孩子俺给你看着。回来在车上睡着了，坐过了站。
访谈者：儿媳妇娘家呢？
受访者：她娘家在{{trap/place:莒南}}，俺去找过一回，她娘说闺女去{{trap/place:无锡}}打工了，电话不给。俺也不怪她，年轻轻的守着个坐牢的男人，难。就是俩孩子，她不该不管。
访谈者：村里人怎么看？
受访者：有说闲话的，说邢家出了个坐牢的。小的在学校跟人打过架，就为这个。{{han:薄支书}}在大喇叭上说了，谁家孩子再欺负人，他上门去找。打那以后好多了。
访谈者：邻居呢？
受访者：隔壁的{{han:宋也平}}也是一个人带孙子，俺俩轮着接孩子。{{han:宋也平}}的老伴{{han:柴玉梅}}蒸了馒头就送来一锅。俺俩坐在门口，一个抽烟，一个剥花生，说说孩子的事，一下午就过去了。
访谈者：您自己看病怎么办？
受访者：腿疼就去卫生室拿贴膏药，舍不得去镇上。去年血压高得厉害，是村里的儿童主任领着俺去镇上查的，医生说要天天吃药，俺就天天吃，不敢断，俺倒了这俩孩子咋办。俩孩子过生日，俺给煮俩鸡蛋，在身上滚一滚，说滚走霉运。
访谈者：您最担心什么？
受访者：担心俺走在前头。俩孩子一个十二一个九岁，俺儿还得三年才出来。俺跟村里的儿童主任说过，俺要是有个三长两短，孩子就托给你们了。她说大爷你别说这话。
访谈者：登记的信息？
受访者：住{{address:沂水县高峰头镇东岭村四组19号}}。俺的身份证{{id_number@my1954.371323}}，{{han:邢家兴}}的{{id_number@my2012fullwidth.371323}}。俺没手机，打{{han:有凤霞}}的{{mobile@plus86dash}}。{{han:大锁}}有个QQ，号码写在俺的药盒上：{{qq:60938517}}。
访谈者：名字写对了吗？
受访者：学校表上把{{spaced:邢 家 兴}}空了格，俺的写成{{spaced:邢守 田}}，村里的儿童主任写成{{spaced:有 凤 霞}}。
访谈者：大爷，最后还想说啥？
受访者：俺这辈子欠人情，头一个要谢的是{{han:有凤霞}}。
""")

# H1272: Han village doctor in 院东头镇 talking about the children in distress among his patients.
DOCS["H1272"] = ("staff", """\
访谈者：您当村医多少年了？
受访者：二十六年。我叫{{han:牟清泉}}，在{{trap/place:院东头镇}}开卫生室，庄里的老人都叫我{{han:牟先生}}，叫先生不叫大夫。卫生室就我跟老伴{{han:刁红梅}}，她是护士出身，打针比我手轻。村里一千二百口人，六十往上的三百多，孩子一百来个，家家签了家庭医生，我每季度随访一回。
访谈者：您是怎么学的医？
受访者：我爹就是赤脚医生，我十八岁跟着他背药箱，后来去县卫校念了两年。那时候看病就是一根针、一把草药，现在要在电脑上报数、传随访记录，我学了半年才弄明白，还是{{han:刁红梅}}教的。
访谈者：您的病人里有困境儿童吗？
受访者：我本子上记着五个。头一个是{{han:把小龙}}，癫痫，十岁。他爸{{han:把永强}}把他从二里地外背来打针，背了三年。孩子妈生下他第二年就走了，他没再娶，在{{trap/org:地下大峡谷}}景区扫地，爷俩相依为命。有回孩子在学校犯病，是{{han:路老师}}抱着跑到我这儿来的。{{han:把小龙}}有残疾证，领两项补贴，表是我帮着填的，孩子的身份证{{id_number@my2015hyphen.371323}}。
访谈者：两项补贴是怎么报的？
受访者：先到县医院做鉴定，办残疾证，再拿证到村里填表，村里报镇上，镇上报县{{trap/org:残联}}和民政。材料多，老百姓弄不明白，我就帮着弄，一份表我填过不下二十回，闭着眼都能写。困难残疾人生活补贴加上重度残疾人护理补贴，加起来不多，可对这样的人家，是救命的。孩子犯病多的那年，一学期请了二十多天假，有的家长不敢跟学校说孩子有病，怕被人笑话，我就去学校替他们说。
访谈者：还有呢？
受访者：{{han:苑永才}}才四十就中风了，半身不遂，残疾证二级。闺女{{han:苑佳琪}}十三，放学回来给她爸翻身、擦身子、端尿盆。她妈前些年跟人走了，孩子报的事实无人抚养。我每礼拜去扎一回针，{{han:苑佳琪}}在边上看，拿个本子记穴位，说想学医。她爸中风那年她才十岁，半夜她爸从床上掉下来，她一个人抬不动，跑来敲我的门。我到了一看，孩子胳膊上全是血道子，是她爸抓的。那以后我把我的电话写在她家墙上。
访谈者：孩子有没有病了没人管的？
受访者：有一个，{{han:要雨晨}}，爹娘都在外头，跟着太姥娘，八十多了。孩子发烧三天没人知道，是{{han:要雨晨}}自己走来的，脸烧得通红。后来我跟村里的{{han:房会计}}说了，他给报了留守儿童关爱，又托{{han:仝书记}}给孩子爹娘打了电话。太姥娘眼睛看不清，药片分不清，我给孩子的药包成一包一包的，上面画太阳月亮，早上吃太阳，晚上吃月亮。
访谈者：第四个第五个？
受访者：{{han:仝子墨}}，七岁，白血病，在{{trap/place:济南}}化疗，走了大病救助。他妈{{han:伏晓燕}}辞了工作陪着，家里就靠他爸开货车。孩子回来的时候我去家里给他冲管、抽血，送到镇上化验，说实话我也没{{trap/word:把握}}，一针一针都是照着{{compound:皇甫宁远}}教的做。还有一个是{{han:相美玲}}，九岁，她妈精神残疾，发起病来打人，孩子跟着姑姑住，晚上不敢回家。姑姑家也不宽裕，村里给报了困境儿童，每月有一点钱。孩子的妈我也去看，给她开药，吃上药能安稳几个月。
访谈者：镇卫生院跟您怎么配合？
受访者：卫生院儿科的{{compound:皇甫宁远}}大夫每月下来一回，跟他来的护士叫{{compound:司徒沁雪}}。县医院神经科的{{compound:欧阳慕言}}给{{han:把小龙}}调过药，县卫健局管乡村医生培训的是{{compound:诸葛怀远}}。
访谈者：您怎么跟家长联系？
受访者：{{han:把永强}}电话{{mobile@plus86spaced}}，{{han:苑佳琪}}用她爸的微信{{wechat:yuanyc_1983}}，她还有个QQ，问我作业上的生物题：{{qq:3126049785}}。{{han:伏晓燕}}的电话{{mobile@fullwidth}}。
访谈者：做村医难在哪儿？
受访者：钱少，事多，半夜也得起。前些年有个孩子半夜喘不上气，我开着三轮送到镇上，路上孩子一直拽着我的袖子。可这些孩子，你不去看，就没人看。{{han:苑佳琪}}说长大了来接我的班，我说你要考出去，当个真大夫，回来给咱庄里看病，比我强。
访谈者：您觉得这些孩子还缺什么？
受访者：缺人陪。钱有政策，病有医院，可放了学回家没人说话，这个谁也补不上。我跟老伴说，咱卫生室门口摆张桌子，孩子们放了学来写作业，不懂的问问，饿了给块饼干。现在天天有三四个孩子来。
访谈者：登记的地址？
受访者：卫生室在{{address:沂水县院东头镇后杏峪村西街8号}}。表上的名字常写错，{{spaced:把 小 龙}}，{{spaced:苑佳 琪}}，{{spaced:皇 甫 宁 远}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1265,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout161",))


if __name__ == "__main__":
    main()
