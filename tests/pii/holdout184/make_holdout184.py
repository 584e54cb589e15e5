# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 184 (tests/pii/holdout184/H1457-H1464 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 185, written at the same time, is not
an earlier set).

Set 184 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
红安 (Hubei) and 望江 (Anhui): a Hui mother from 广河, lame from polio, raising three children in 漳湖镇 since her
husband, a cattle dealer, died when his tricycle overturned on the dyke; a Kham Tibetan grandfather from 理塘
raising his granddaughter in 七里坪镇, his daughter dead of hydatid disease and the girl's Han father in prison; a
Kazakh mother from 特克斯 who sews down jackets in a garment factory in 华阳镇, her Han husband paralysed by a
stroke; a Mongolian father from 乌审旗, a former army driver who ran a mutton restaurant in 红安 and is now on
dialysis, his Han wife gone; the Han 儿童主任 of a village of 七里坪镇 going through her ledger; a Han township
social worker of 华阳镇 (a boy with haemophilia whose father is in prison, the Kazakh family, three sisters whose
mother has an intellectual disability); a Han kindergarten teacher in 红安 about the four children in distress of
her class; and a retired Han township cadre of 漳湖镇 who volunteers for the county 关工委 and keeps an open room
for five children. The emphasis is on forms where a replacement might cover only part of a name, or miss it, in a
mix rather than one trick: Hui 经名 used alone (阿衣舍, 伊思麻尼, 载乃拜她, 尔巴思, 苏迈雅, 尤努思, 汗丽麦, 穆海麦德)
beside the Han-form names of the same people (锁玉兰, 冶国忠, 冶晓燕, 冶文博, 白怀谦阿訇), the Han surname before a
经名 on the school roll (冶尔巴思) and a 临夏 form of address with 尕 (尕尔巴思); Kham Tibetan names (洛绒贡布,
呷玛曲珍, 泽仁曲西, 四郎曲扎, 若珍拉姆, 格绒多登) with the form of address 洛爹, the short form 曲西 (曲西她), the Han
father's surname joined to it (童曲西) and the girl's Han name (童雨蔓); a Kazakh given name + father's name with
every dot and none (卡丽曼‧哈孜木, 卡丽曼・哈孜木, 卡丽曼.哈孜木, 卡丽曼·哈孜木, 卡丽曼哈孜木, 哈孜木・别克,
叶尔兰.哈孜木), the form of address 小卡, the children's names after the Han father's surname (檀托米丽丝,
檀努尔特肯) with a short form and a pet name (特肯, 肯肯); a Mongolian name (乌力吉宝鲁德) with forms of address made
from it (乌师傅 opening a line, 老乌, and 老乌 inside the name of his restaurant), the Han surname 奇 before the
son's Mongolian name (奇图嘎), a comrade's name that ends in the son's (巴雅尔图嘎), the kindergarten's 玛玛 for
敖日其玛, and Han names (奇志远, 奇梦璇); Han names with common and rare surnames of the region (锁, 冶, 操, 查, 储,
檀, 项, 鲍, 詹, 靖, 危, 费, 过, 殷, 麻, 帅, 桂, 占, 从, 冒, 蔺, 焦, 宣, 万, 雷, 章, 龙, 阮); surnames and given
characters that are ordinary or grammar words right before verbs, particles and pronouns (操桂枝操持, 查主任查了,
鲍红英便, 秦又兰又, 檀再兴再, 汪国柱倒是, 章正阳正好, 过秀英过了年, 殷又红又, 鲍又新又, 从玉梅从来, 冒海燕冒着,
项得志得了, 危德才他, 檀腊英她, 占春梅她, 童永胜他, 操文斌他, 万小满讲, 查雨婷讲, 江所长讲) and after 被/给/喊/问
(被储德旺, 被操文斌, 被戴警官, 给靖主任, 喊我锁嫂, 喊他小舒, 问夏奶奶); names that contain words, with the words
used as words nearby (夏天沐 / 大夏天, 童心怡 / 童心, 汪平安 / 保平安, 储金宝 / 储蓄罐, 桂秋芳 / 桂花树, 危德才 /
危房, 费思远 / 费劲, 帅志强 / 帅哥, 舒振宇 / 舒坦, 万小满 / 万幸, 锁玉兰 / 上锁, 项得志 / 救助项目, 雷翠萍 / 雷池,
查雨婷 / 检查, 公孙胜利 / 公孙胜); names inside organisation-like phrases where the name is the person's (汪国柱服装厂,
秦大勇养鸡场, 老乌羊肉馆, 宣德明爱心工作室); names opening a line (乌师傅，, 靖主任，, 小舒，, 宣书记，, 储金宝。,
殷又红又跑了) and closing one with no stop (最让我睡不着的，是殷又红); titles and kin words after names (桂秋芳老师,
白怀谦阿訇, 雷翠萍医生, 桂德明爹爹; the span is the name only); a surname with only a title or kin word, annotated
whole (锁嫂, 查主任, 靖主任, 靖姨, 麻主任, 戴警官, 焦警官, 夏奶奶, 占阿姨, 桂妈妈, 秦老, 汪太婆, 储老倌, 宣书记,
老宣, 宣爷爷, 江所长, 小舒, 舒哥哥) and a local nickname (细丫); names spaced out character by character in half-
and full-width spaces, a dotted name spaced out with its dot (卡 丽 曼 ‧ 哈 孜 木), a dot with spaces around it
(叶尔兰 ・ 哈孜木) and names split in two; compound surnames after ordinary words (司徒 after 保险公司, 上官 after
马上, 长孙 after 老师, 万俟 after 律师是, 欧阳, 诸葛, 夏侯, 司空, 濮阳, 宗政, 澹台, 皇甫, 南宫, 公孙, 申屠, 钟离); and
numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:锁嫂}}``, ``{{qq:1593068427}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, kazakh, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my1979x.150626}}``,
                                   ``{{mobile@p86h}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 阿訇, 医生, 爹爹) and a particle,
pronoun or verb written directly after a name (又, 再, 倒, 正, 便, 从来, 过, 她, 他, 讲, 查, 操持, 冒着) are outside the
span; a surname with only a title or kin word (锁嫂, 靖姨, 夏奶奶, 汪太婆, 储老倌, 宣爷爷) and a local nickname (细丫)
are annotated whole. Han-style names of Hui, Tibetan and Mongolian people (锁玉兰, 冶国忠, 冶晓燕, 冶文博, 白怀谦,
童雨蔓, 奇志远, 奇梦璇) are category han; a Han surname before a non-Han given name (冶尔巴思, 童曲西, 檀托米丽丝,
檀努尔特肯, 奇图嘎) is category minority, and so are forms of address made from a non-Han name (尕尔巴思, 洛爹, 小卡,
肯肯, 乌师傅, 老乌, 玛玛).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout184/make_holdout184.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(184_2026_1207)
MINORITY_GROUPS = ('mongolian', 'tibetan', 'kazakh', 'hui')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "kazakh": 10, "hui": 10}

MOBILE_PREFIXES = ["134", "136", "137", "139", "152", "155", "156", "159", "178", "180", "182", "183", "186",
                   "188", "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1457: Hui mother from 广河 (Gansu), disabled by polio, raising three children in 望江 (漳湖镇) since her husband,
# a cattle dealer, died when his tricycle overturned on the dyke.
DOCS["H1457"] = ("family", """\
访谈者：大姐，您是从甘肃过来的？
受访者：{{trap/place:广河县}}的，{{trap/place:三甲集镇}}边上。我叫{{han:锁玉兰}}，经名{{minority/hui:阿衣舍}}。村里人记不住经名，都喊我{{han:锁嫂}}。
访谈者：怎么到望江来的？
受访者：我男人{{han:冶国忠}}，经名{{minority/hui:伊思麻尼}}，年轻时在三甲集收皮子，后来跟老乡到安庆贩牛，看中{{trap/place:泊湖}}边上草好，就在{{trap/place:漳湖镇}}包了个牛场。前年腊月他开三轮拉草料，在河堤上翻了车，人就冇了。
访谈者：您的腿……
受访者：小时候得的小儿麻痹，二级残疾，拄了半辈子拐。男人在的时候重活都是他，现在三个伢全靠我。那辆三轮我再不敢开，买菜都是丫头骑电瓶车去镇上。冬天腿疼得睡不着，我就坐起来念经，念着念着天就亮了。
访谈者：三个孩子多大了？
受访者：老大是丫头，{{han:冶晓燕}}，经名{{minority/hui:载乃拜}}，十三，在{{school:望江县漳湖中学初一（4）班}}。老二是儿子，{{han:冶文博}}，经名{{minority/hui:尔巴思}}，九岁，在{{school:漳湖镇中心小学三（2）班}}。老师点名点的是{{minority/hui:冶尔巴思}}，一个班都跟着喊。家里喊他{{minority/hui:尕尔巴思}}，我们那边尕就是小。老三{{minority/hui:苏迈雅}}四岁，还冇上学。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:操桂枝}}，{{han:操桂枝}}{{trap/word:操持}}惯了，低保、两项补贴、三个伢的困境儿童，都是她一趟一趟跑下来的。镇民政办的{{han:查主任}}查了三回，说这户该帮。现在三个伢一个月加起来{{trap/number:两千二百零五块}}，我的两项补贴另算。过年村委会送米送油，一样都不带猪肉，是儿童主任交代的。男人的保险是保险公司{{compound:司徒逸帆}}帮着理赔的。县社工站的{{compound:欧阳芷澜}}每个礼拜来一回，给{{minority/hui:载乃拜}}补英语。
访谈者：钱够用吗？
受访者：紧巴巴的。老大住校，一个礼拜生活费一百，老三还喝奶粉。牛肉自己舍不得买，过节才称两斤。邻居打了鱼就送两条来，我们只吃有鳞的，伢们倒爱吃鲫鱼。去年老大讲要退学去广东进厂，帮我挣钱，我哭了一夜，第二天拄着拐去学校找老师，两个人一起劝，她才答应把书读下去。
访谈者：孩子们在学校怎么样？
受访者：{{minority/hui:载乃拜}}她成绩好，就是话少。班主任{{han:项丽君}}跟我讲，丫头上课从不举手，作文倒写得好，写她爸爸赶牛。老二调皮，去年冬天被{{han:储德旺}}家的狗咬了，{{han:储德旺}}连夜骑摩托送到{{trap/org:望江县人民医院}}打针，钱都是他垫的。学校食堂的{{han:鲍红英}}便每天给老二单独炒个鸡蛋，不沾猪油。
访谈者：做礼拜去哪里？
受访者：望江冇得寺，要去安庆。{{trap/org:安庆南关清真寺}}的{{han:白怀谦}}阿訇，经名{{minority/hui:尤努思}}，每回见了三个伢都给钱。同乡{{minority/hui:汗丽麦}}在{{trap/place:华阳}}卖牛肉，过节带丫头们炸{{trap/minority_word:油馓子}}、泡盖碗茶。他爸在的时候爱听{{trap/famous:马连良}}的京戏，老二到现在还学着唱两句。
访谈者：孩子们想爸爸吗？
受访者：想。老二在作业本上画了一头牛，旁边一个人牵着，说是爸爸。老三不记得她爸的样子了，就指着照片喊。老大把她爸的帽子挂在床头，哪个都不许碰。每年他走的那天，我们去坟上念个讨白，三个伢跪在那里，一句话不讲。
访谈者：一个人带三个，顾得过来吗？
受访者：顾不过来。我腿不方便，出门{{trap/word:上锁}}都要丫头扶。{{minority/hui:载乃拜}}五点半起来烧水，给妹妹穿衣裳，再骑车去镇上读书。隔壁{{han:檀腊英}}天天帮我接老三，{{han:檀腊英}}她自己也带着两个孙子。
访谈者：老家还有人吗？
受访者：男人的哥哥{{minority/hui:穆海麦德}}在三甲集开皮货店，年年打钱来，叫我们回去。伢们说惯了这边的话，回去反倒不惯。再讲，他爸埋在这边，我走了，哪个给他上坟。
访谈者：您自己有什么打算？
受访者：想做点小生意。社区讲可以申请残疾人创业补贴，我想在镇上摆个摊，卖牛肉面跟油饼。腿不好，站不了太久，丫头讲她放学来帮我。我讲你把书读好，就是帮我了。我们老家的女人讲，拄着拐也要把家撑起来，我就是这么撑的。
访谈者：登记信息请您说一下。
受访者：住在{{address:望江县漳湖镇新坝村五组17号}}，老家{{address:广河县三甲集镇康家村二社8号}}。我身份证{{id_number@wy1984tri.622924}}，老大的{{id_number@wy2012fw.340827}}。我电话{{mobile@s434}}，{{han:操桂枝}}的{{mobile@h38}}。丫头有个QQ，号码是她自己填在低保表背面的：{{qq:1593068427}}。我的微信是她帮开的，叫{{wechat:Aishe_zhanghu}}。
访谈者：表上名字写得对吗？
受访者：乱。学校把老二写成{{spaced:冶　尔　巴　思}}，低保表上我是{{spaced:锁 玉兰}}，男人的死亡证明上是{{spaced:伊 思 麻 尼}}，老三的户口登记写成{{spaced:苏迈 雅}}。
访谈者：最后想说么事？
受访者：要谢的人多。头一个要谢的，是村里的{{han:操桂枝}}。
""")

# H1458: Kham Tibetan grandfather from 理塘 raising his granddaughter in 红安 (七里坪镇); his daughter died of
# hydatid disease, the girl's Han father is in prison.
DOCS["H1458"] = ("family", """\
访谈者：爷爷，您是四川过来的？
受访者：{{trap/place:理塘县}}的，甘孜州。我叫{{minority/tibetan:洛绒贡布}}，七十一了。这边的人念不来，都喊我{{minority/tibetan:洛爹}}，我也答应。
访谈者：怎么到红安来的？
受访者：我女儿{{minority/tibetan:呷玛曲珍}}在{{trap/place:成都双流}}打工，认得了红安的{{han:童永胜}}，嫁到{{trap/place:七里坪}}来了。生了个女娃娃，我给取的藏名叫{{minority/tibetan:泽仁曲西}}，户口上是{{han:童雨蔓}}。前年{{minority/tibetan:呷玛曲珍}}得了包虫病，肝上的，在{{trap/org:武汉大学人民医院}}开了两回刀，还是莫得留住。
访谈者：孩子爸爸呢？
受访者：{{han:童永胜}}他跟人合伙开赌场，判了五年，关在{{trap/place:襄州}}。律师是{{compound:万俟清远}}，帮我们写过减刑的材料。屋头就剩我跟娃娃。我原先在{{trap/place:毛垭}}坝子上放牦牛、挖{{trap/minority_word:冬虫夏草}}，莫得来过这么远的地方。
访谈者：孩子在哪里上学？
受访者：十岁，在{{school:红安县七里坪镇中心小学四年级2班}}。同学喊她{{minority/tibetan:童曲西}}，我喊她{{minority/tibetan:曲西}}。刚来的时候她汉话都讲不来，头一学期考了个倒数。现在一口红安话，比我讲得好，回来还笑我讲话像唱歌。{{minority/tibetan:曲西}}她爱唱歌，学校搞活动，她跳{{trap/minority_word:锅庄舞}}，老师拍了视频给我看。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:靖春香}}。我不认得字，表都是{{han:靖春香}}帮我填的，服刑人员子女的补助一个月{{trap/number:一千一百三十五块}}，我自己有低保。司法所的{{han:帅志强}}来过好几回，小伙子是个{{trap/word:帅哥}}，说话也和气，帮我们跟监狱约视频会见。有一回娃娃半夜发烧，我给{{han:靖主任}}打电话，她一喊，马上{{compound:上官筱青}}就开车来了，是镇上社工站的。
访谈者：钱够用吗？
受访者：将就。低保加娃娃的补助，一个月两千出头。屋是童家的老屋，不要房租，就是漏雨，下雨天屋头摆三个盆。儿子寄来的钱我都存起，留给娃娃读书。我们藏族人讲，钱像水，要往低处流，流到娃娃那里去。
访谈者：学校的老师怎么样？
受访者：班主任{{han:秦又兰}}又细心又耐烦，娃娃作业不会，她放学留下来教。体育老师{{han:詹胜利}}说{{minority/tibetan:曲西}}跑得快，要她去县里比赛。有个男娃娃笑她身上有酥油味，{{han:秦又兰}}把两个叫到办公室，讲了一节课。
访谈者：您自己在这边惯吗？
受访者：不惯。热，潮，吃不惯辣椒。高原上下来，头一年走路发飘，卫生院讲是醉氧。现在腿不行，上坡要歇三回。我自己做{{trap/minority_word:青稞炒面}}，娃娃不爱吃，爱吃热干面。夏天蚊子多，我被咬得一身包，娃娃给我抹花露水。{{trap/place:倒水河}}边上有片草坡，我天天去坐一坐，看天。隔壁的{{han:桂德明}}爹爹教我种花生，我给他讲{{trap/famous:莲花生}}大师的故事，他给我讲红军的故事。
访谈者：娃娃在家帮您做事吗？
受访者：做。早上烧水，晚上洗碗，礼拜天跟我去菜园子摘菜。她晓得我不会用手机，放学回来先看一眼有冇得未接电话，念给我听。有一回她考了一百分，回来不讲，把卷子压在我枕头底下，我晚上睡觉才摸到。我不认得字，可那个一百我认得。
访谈者：老家还有亲人吗？
受访者：儿子{{minority/tibetan:四郎曲扎}}在理塘开车拉游客，每年寄钱。我老伴{{minority/tibetan:若珍拉姆}}走得早。在成都读大学的侄孙{{minority/tibetan:格绒多登}}放假来红安，给我跟老师当翻译。
访谈者：孩子问起爸爸妈妈吗？
受访者：问。她问阿妈去了哪里，我说去了{{trap/place:格聂雪山}}那边。她每天晚上要摸一下她阿妈留下的那串珠子才睡。她问阿爸几时回来，我说等你上初中。视频会见一个月一回，要坐一个钟头的车去司法所。{{han:童永胜}}在屏幕那头哭，娃娃不哭，出来跟我说，爷爷，我要考大学，莫像阿爸。
访谈者：您最担心什么？
受访者：担心我走了娃娃怎么办。我跟儿子讲好了，我要是哪天不在了，他就把娃娃接回理塘，在草原上读书。可娃娃讲她要在红安等阿爸。
访谈者：登记信息请您说一下。
受访者：住在{{address:红安县七里坪镇柳林河村三组24号}}，老家{{address:理塘县甲洼镇下坝村2组11号}}。我身份证{{id_number@my1954.513334}}，娃娃的{{id_number@wy2015quad.421122}}。电话是村里帮我存的：{{mobile@plus86}}，{{minority/tibetan:格绒多登}}的{{mobile@fws}}。娃娃用{{minority/tibetan:格绒多登}}的旧手机上网课，QQ是{{qq:４６１９０３８２７}}。微信是我儿子帮开的，叫{{wechat:Lurong_litang71}}。
访谈者：表上名字写得对吗？
受访者：不对。低保表上我是{{spaced:洛 绒 贡 布}}，学校写成{{spaced:泽仁　曲西}}，还有一张写的是{{spaced:童　曲　西}}。
访谈者：最后还想说啥子？
受访者：过年我给娃娃穿上藏装，带她去河边挂{{trap/minority_word:风马旗}}，朝西边磕个头。{{han:靖春香}}这个人，我们藏族话讲，心是白的。娃娃长大了，要记得她。
""")

# H1459: Kazakh mother from 特克斯 (Ili) in 望江 (华阳镇), a garment-factory worker; her Han husband is paralysed
# after a stroke.
DOCS["H1459"] = ("family", """\
访谈者：大姐，您老家是新疆哪里？
受访者：伊犁{{trap/place:特克斯县}}，县城修成八卦的样子。我叫{{minority/kazakh:卡丽曼‧哈孜木}}，后半截是我爸爸的名字。厂里的姐妹嫌长，都喊我{{minority/kazakh:小卡}}。
访谈者：怎么嫁到望江来的？
受访者：我男人{{han:檀再兴}}是望江人，那年到特克斯搞建筑，在我家隔壁盖房子，天天来买我们家的牛奶。后来我跟他回了{{trap/place:华阳镇}}。我爸爸{{minority/kazakh:哈孜木・别克}}气了一年，不接我电话。
访谈者：您丈夫现在……
受访者：前年在工地上突然倒下去了，脑溢血，左边身子不能动，评了一级残疾。{{han:檀再兴}}再想干活也干不了了，天天坐在门口望着{{trap/place:武昌湖}}那边。两项补贴一个月{{trap/number:三百五十块}}，一家四口吃低保。县医院的康复一个礼拜做三回，医保报一半。他以前一百四十斤，现在瘦到一百斤，脾气也变了，动不动就摔碗。晚上我给他擦身子，他就哭，说把我从那么远的地方骗来受罪。我说你莫讲了，你是我自己选的。
访谈者：孩子们呢？
受访者：丫头{{minority/kazakh:托米丽丝}}十一岁，户口上叫{{han:檀雨萱}}，在{{school:望江县华阳镇第二小学五年级一班}}，花名册上写的是{{minority/kazakh:檀托米丽丝}}。儿子{{minority/kazakh:努尔特肯}}七岁，户口上叫{{han:檀浩铭}}，在{{school:华阳镇实验小学一（3）班}}。我喊他{{minority/kazakh:特肯}}，他爸喊他{{minority/kazakh:肯肯}}。儿子问我，妈妈，我是汉族还是哈萨克族。我说你两样都是，两边的好你都占了。
访谈者：家里靠您一个人挣钱？
受访者：我在{{han:汪国柱}}服装厂踩缝纫机，做出口的羽绒服，计件，好的时候一个月四千。旺季加班到夜里十点，两个伢关在屋里，我心里像猫抓。{{han:汪国柱}}倒是好说话，让我中午回去给男人翻身、喂饭。跟我一个组的{{han:殷巧蓉}}讲，你莫急，日子是一天一天过的。
访谈者：谁在帮你们？
受访者：社区的{{han:万小满}}，她给两个伢报了困境儿童，一个伢一个月{{trap/number:五百二十五}}。{{han:万小满}}讲，{{trap/word:万幸}}伢们还有你，你要是也倒了，伢们就算事实无人抚养。我说呸呸呸，她就笑。镇社工站的{{han:舒振宇}}每个礼拜来，我们都喊他{{han:小舒}}，他讲话听着{{trap/word:舒坦}}。康复科的{{han:雷翠萍}}医生上门给男人扎针，跟我讲{{trap/place:雷池}}，说不敢越雷池一步就是望江的典故。
访谈者：孩子们在学校怎么样？
受访者：丫头跟班主任{{compound:诸葛明月}}最亲，{{compound:诸葛明月}}给她找了件旧校服，又让她进了舞蹈队。儿子的老师{{han:项春燕}}说他上课坐不住。班上有个{{han:查子豪}}喊他新疆羊肉串，两个打了一架，现在又好得穿一条裤子。丫头爱喝我煮的奶茶，放盐的，她同学喝了一口说是咸的，再不肯喝。过年我们也包饺子，也炸馓子，两样都过。
访谈者：孩子们知道爸爸的病吗？
受访者：知道。丫头放学回来先给她爸按腿，按半个钟头，手都按酸了。儿子给他爸读课文，读错了他爸就笑，他爸一笑，儿子就故意读错。
访谈者：老家那边呢？
受访者：我弟弟{{minority/kazakh:叶尔兰.哈孜木}}在{{trap/place:喀拉峻草原}}放马，去年夏天把{{minority/kazakh:托米丽丝}}接回去住了一个月。她回来讲，舅舅带她看了{{trap/minority_word:克孜库瓦}}，就是姑娘追，吃了{{trap/minority_word:库尔达克}}。我妈{{minority/kazakh:玛依拉古丽}}寄来一件绣花坎肩，丫头穿着不肯脱。
访谈者：丈夫家的亲戚呢？
受访者：公公{{han:檀德海}}七十多了，还在种棉花，隔个礼拜送一袋米来。
访谈者：在望江这些年，您习惯吗？
受访者：头几年不习惯。冬天湿冷，冷到骨头里，比特克斯的干冷难受。买不到像样的羊肉，超市里的又膻又贵。后来学会了做鱼，湖里的鱼便宜，男人爱吃红烧的。邻居们刚开始把我当外国人看，现在见了面喊我新疆妹子，有么事都来帮一把。
访谈者：登记信息请您说一下。
受访者：住在{{address:望江县华阳镇雷池路西段58号院3栋201}}，老家{{address:特克斯县喀拉达拉镇琼库什台村1组6号}}。我身份证{{id_number@wy1988hyphen.654027}}，丫头的{{id_number@wy2013fwhyphen.340827}}。我电话{{mobile@plus86dash}}，{{han:万小满}}的{{mobile@spaced}}。我微信叫{{wechat:Sawule_tekes}}，丫头的QQ是{{qq:70418295}}。
访谈者：名字在表上写得对吗？
受访者：五花八门。工资表上是{{minority/kazakh:卡丽曼・哈孜木}}，低保表上是{{minority/kazakh:卡丽曼哈孜木}}，社保卡上点成了个句号，{{minority/kazakh:卡丽曼.哈孜木}}。丫头在学校名单上是{{spaced:托 米 丽 丝}}，我弟弟的名字也给拆开了，{{spaced:叶尔兰 ・ 哈孜木}}。
访谈者：您最盼什么？
受访者：盼男人能自己站起来，盼两个伢把书读出来。特克斯冬天零下三十度，他这个身子受不了，回去也只是想想。等他好一点，我带全家回去一趟，让伢们在草原上骑一回马。
""")

# H1460: Mongolian father from 乌审旗 (Ordos), a former soldier who ran a mutton restaurant in 红安 (城关镇), now
# on dialysis; his Han wife left.
DOCS["H1460"] = ("family", """\
访谈者：{{minority/mongolian:乌师傅}}，您是内蒙古哪里人？
受访者：鄂尔多斯乌审旗的，{{trap/place:毛乌素沙地}}边上。我叫{{minority/mongolian:乌力吉宝鲁德}}，红安人念不全，都喊我{{minority/mongolian:老乌}}。
访谈者：怎么到红安来的？
受访者：当兵当到湖北，在部队开了八年车，{{trap/place:大别山区}}哪条路有几个弯，我闭着眼都晓得。退伍那年认得了我老婆{{han:占春梅}}，她是城关的，我就留下来了。开了个小馆子，招牌就叫{{minority/mongolian:老乌}}羊肉馆，卖手把肉，也接{{trap/minority_word:全羊席}}，生意还过得去。
访谈者：后来出了什么事？
受访者：前年查出来尿毒症，一个礼拜去{{trap/org:红安县人民医院}}透析三回。一回四个钟头，胳膊上的瘘管鼓得像蚯蚓，做完了人像散了架。医保报得多，一个月自己还要掏一千多。馆子开不成了，{{han:占春梅}}她跟我吵了半年，去了广东，再冇回来。过年她打过一回电话，问伢们好不好，儿子接了，一句话不讲就挂了。她走的时候丫头才三岁，哭着追到路口。我不怪她，跟着一个病人过日子，换了哪个都难。
访谈者：孩子们多大？
受访者：两个。儿子{{minority/mongolian:图嘎}}十二，户口上是{{han:奇志远}}，我们鄂尔多斯好多蒙古人姓奇。学校名单上把两个拼到一起，写成{{minority/mongolian:奇图嘎}}，在{{school:红安县实验中学七年级6班}}。丫头{{minority/mongolian:敖日其玛}}五岁，户口上是{{han:奇梦璇}}，在{{school:城关镇第二幼儿园中（1）班}}，幼儿园老师喊她{{minority/mongolian:玛玛}}。
访谈者：您去透析的时候，谁照顾他们？
受访者：儿子就请假去接妹妹。社区的{{han:从玉梅}}从来不嫌我们麻烦，困境儿童、低保都是她报的，两个伢一个月{{trap/number:一千六百八十四}}，她还帮我跟房东讲，房租缓了半年。幼儿园的{{han:桂秋芳}}老师透析那天就把丫头留到六点。医院社工部的{{compound:夏侯明亮}}帮我申请了大病救助，又帮儿子找了个结对的大学生。
访谈者：儿子怎么样？
受访者：太懂事了。放学先去菜市场买菜，回来淘米煮饭，礼拜天把妹妹的衣服洗了晾好。他问我，爸，你会不会死。我说不会。他讲，那我长大了给你捐个肾。班主任{{han:冒海燕}}说他作文写的就是这个，全班都哭了。有一回下暴雨，{{han:冒海燕}}{{trap/word:冒着}}大雨把他送回来，浑身湿透了。
访谈者：老家的人知道吗？
受访者：我哥{{minority/mongolian:朝克吉日嘎拉}}在乌审旗养羊，年年来看我，带两桶{{trap/minority_word:酸马奶}}，医生不让我喝，他就一个人喝。这些年沙地绿了，他发视频来，一片一片的沙柳。我阿妈{{minority/mongolian:其布日玛}}八十了，要我回去，我跟她讲，回去了离医院三百里，透析怎么办。
访谈者：您每天怎么过？
受访者：透析的日子六点起来，儿子给我烧好开水，我自己骑电瓶车去医院。不透析的日子在家躺着，有精神了就给伢们做饭，做不动重的，就煮个面条、炒个鸡蛋。水不敢多喝，一天就一小杯，夏天渴得嘴唇起皮。晚上伢们睡了，我坐在门口抽根烟，医生不让抽，我就抽半根。
访谈者：孩子们会说蒙古话吗？
受访者：儿子会几句，丫头一句不会，满口红安话。屋里挂了一张成吉思汗的像，丫头问那是不是爷爷。过{{trap/minority_word:白月节}}我给他们讲{{trap/famous:木华黎}}。儿子说学校也讲英雄，讲{{trap/famous:董必武}}、{{trap/famous:韩先楚}}，说红安是{{trap/place:将军县}}。我教儿子唱《鸿雁》，他唱得跑调，丫头在旁边跟着哼。
访谈者：还有谁帮过您？
受访者：老战友{{minority/mongolian:巴雅尔图嘎}}，跟我儿子名字后半截一样，在武汉开出租，每个月来一回，给我捐了五千。还有个汉族战友{{han:詹卫坪}}在县武装部，帮儿子申请了助学金。{{compound:夏侯明亮}}讲，等肾源要排队，叫我莫灰心。
访谈者：馆子现在怎么样了？
受访者：转给了别人，招牌还是我写的那块，新老板讲客人认这几个字，不肯换。老顾客路过还进去问我到哪里去了，有的还托人送钱来。
访谈者：登记信息请您说一下。
受访者：住在{{address:红安县城关镇陵园大道建设巷14号}}，老家{{address:乌审旗嘎鲁图镇巴音温都尔嘎查三组7号}}。我身份证{{id_number@my1979x.150626}}，儿子的{{id_number@my2013spaced.421122}}。电话{{mobile@p86h}}，{{han:从玉梅}}的{{mobile@s38}}。儿子的QQ是{{qq:2873015649}}，我微信{{wechat:Sud-bilig_79}}。
访谈者：名字在表上写得对吗？
受访者：医保卡上我是{{spaced:乌 力 吉 宝 鲁 德}}，儿子写成{{spaced:奇 图嘎}}，丫头在幼儿园名单上是{{spaced:敖　日　其　玛}}。
访谈者：您最盼什么？
受访者：盼配上肾。医生讲换了肾还能活二三十年，能看着丫头出嫁。配上了，我还开{{minority/mongolian:老乌}}羊肉馆，请{{han:从玉梅}}来吃头一锅肉。
""")

# H1461: Han 儿童主任 of a village of 七里坪镇 (红安) going through her ledger.
DOCS["H1461"] = ("staff", """\
访谈者：{{han:靖主任}}，您今天带了台账来？
受访者：带了。我叫{{han:靖春香}}，{{trap/place:七里坪}}镇柳林河村的儿童主任，干了七年，妇女主任也是我，一个月补贴{{trap/number:三百二十块}}。我们村在{{trap/place:天台山}}脚下，{{trap/place:倒水河}}从村口过，{{trap/famous:黄麻起义}}的时候这一带出了好多红军。台账上登了九个伢，我拣要紧的讲。
访谈者：好。
受访者：头一个是{{minority/tibetan:洛爹}}屋里的{{minority/tibetan:曲西}}。{{minority/tibetan:洛爹}}是理塘来的藏族老人家，大名{{minority/tibetan:洛绒贡布}}，伢的爸爸{{han:童永胜}}在牢里。伢户口上叫{{han:童雨蔓}}，服刑人员子女补助是我报的。老人家不认得字，签字都按手印。
受访者：第二个，{{han:危德才}}家的两个孙子。{{han:危德才}}七十四，屋是{{trap/word:危房}}，去年镇上给改了。大孙子{{han:危子涵}}有孤独症，不讲话，评了二级残疾，两项补贴都有；小孙子在{{school:七里坪镇中心小学二年级3班}}。伢们的爸在工地上摔死了，妈改了嫁。搁前些年，这种伢算不上孤儿，一分钱冇得；现在有了事实无人抚养，跟孤儿一样发，老人家拿着钱哭了。{{han:危德才}}他耳朵背，我喊他要喊三遍。
受访者：第三个，{{han:费思远}}，十三岁，孤儿。爸妈前年冬天烤炭火，煤气中毒，一个都冇救过来。跟他家家过，家家就是外婆，叫{{han:过秀英}}，{{han:过秀英}}过了年就七十了。孤儿基本生活费一个月{{trap/number:一千五百八十块}}，伢读书不{{trap/word:费劲}}，回回考前三，读书的钱是村里在外面做生意的老板资助的。伢住{{address:七里坪镇柳林河村五组8号}}，身份证{{id_number@my2012.421122}}。
受访者：第四个是{{han:秦语桐}}，脑瘫，坐轮椅。爸爸{{han:秦大勇}}在村头开了个{{han:秦大勇}}养鸡场，妈妈也是残疾。伢爱笑，见了人就拍轮椅扶手，喊姨。伢在{{school:红安县特殊教育学校三年级（1）班}}住读，礼拜五我跟她爸开车去接。
受访者：第五个，{{han:詹小蝶}}，她妈在女子监狱，爸不晓得在哪里，跟奶奶过。奶奶七十八了还种两亩田。暑假我带伢去武汉看她妈，坐两个钟头的车，隔着玻璃讲二十分钟话。
访谈者：您一个人跑得过来吗？
受访者：跑不过来。每个月九户要走一遍，填走访记录、拍照、传系统，手机流量不够，我就到村部蹭网。有时候一天跑下来电瓶车冇电了，推着走回来。镇上派的社工是{{compound:上官筱青}}，年轻，跑得比我勤。教伢们画画的是县里的老师{{compound:长孙岚溪}}，每个月来一回。{{trap/org:七里坪镇卫生院}}的{{compound:司空晓燕}}每季度给伢们体检。藏族老人家的伢半夜发烧那回，我一个电话打给{{compound:上官筱青}}，半夜就开车来了。
访谈者：孩子们愿意跟您讲心里话吗？
受访者：有的愿意。{{han:费思远}}跟我讲，{{han:靖姨}}，我不想读了，想去学厨师。我说你把初中读完再讲。{{han:詹小蝶}}不爱讲话，我一问她就哭。这种事在我们这里不稀奇，可我每回都难受。最让我睡不着的，是{{han:殷又红}}
访谈者：她怎么了？
受访者：{{han:殷又红}}又跑了，十五岁，上个月跑到武汉，是被{{han:戴警官}}从网吧里找回来的。她爸妈在外面打工，一年回来一回，爷爷管不住。我跟她谈了好几回，她讲在屋里冇得人跟她讲话，网上有人讲。我听了心里发慌，找了学校、派出所，现在社工每个礼拜陪她一回。
访谈者：您自己家里呢？
受访者：我男人在外面搞装修，一年回来两回。儿子在武汉读大专，学护理。屋里的事顾不上，婆婆有意见，讲我管别人家的伢比管自家的还上心。我讲，我们家的伢有爹有妈，这些伢冇得。
访谈者：这些年有什么变化？
受访者：变化大。以前伢们的事冇人管，村里就是送点米送点油。现在有台账、有政策、有社工，县里每年培训我们两回，教我们怎么跟伢讲话，怎么看伢身上有冇得伤。我文化不高，笔记记了三本。{{trap/org:红安县民政局}}的领导来看过，讲我们村的台账是全镇最齐的。
访谈者：您的联系方式？
受访者：我电话{{mobile@hyphen}}，镇民政办{{han:麻主任}}的{{mobile@plain}}，微信{{wechat:jingchunxiang-llh}}。伢们有么事在QQ上找我，{{qq:903746152}}。{{han:危德才}}的身份证我这里也有：{{id_number@moldfwspaced.421122}}，屋在{{address:柳林河村一组30号}}。
访谈者：台账上的名字都写对了吗？
受访者：有错的。打字的把{{spaced:费 思 远}}打成三个字分开，{{spaced:秦　语　桐}}也是，{{spaced:危子 涵}}中间多个空格，医生的名字成了{{spaced:司　空　晓　燕}}，画画老师成了{{spaced:长 孙 岚 溪}}。县里来查，{{han:麻主任}}叫我一个一个改。
访谈者：最后想说么事？
受访者：这些伢，有的冇得爹，有的冇得妈，我就是他们半个姆妈。哪天我跑不动了，也要把台账交给靠得住的人。
""")

# H1462: Han township social worker of 华阳镇 (望江): a boy with haemophilia whose father is in prison, the
# Kazakh family, three sisters whose mother has an intellectual disability.
DOCS["H1462"] = ("staff", """\
访谈者：{{han:小舒}}，你在社工站干了多久？
受访者：三年。我叫{{han:舒振宇}}，{{trap/org:华阳镇社工站}}的，站里四个人，管全镇六十几个困境儿童。站长是{{compound:濮阳若冰}}，另外两个同事，一个叫{{compound:宗政文轩}}，一个叫{{han:龙小雨}}。我是望江本地人，大学读的社会工作，同学都去了合肥、南京，我回来了。我妈讲我傻，我讲这些伢就跟我小时候的同学一样，我走了哪个管。
访谈者：你手上最难的是哪一家？
受访者：{{han:储金宝}}。十二岁，血友病，一磕就青一大块，一年要打好多回凝血因子。屋里冰箱常年放着药，一停电他爷爷就急得团团转。爸爸{{han:储国庆}}在{{trap/place:白湖}}坐牢，妈妈跟他离了，伢跟爷爷过，街上都喊他爷爷{{han:储老倌}}。伢有个{{trap/word:储蓄罐}}，是他爸进去前给的，里头的硬币一个都不肯花。
访谈者：他怎么上学？
受访者：在{{school:望江县华阳镇第一初级中学初一（2）班}}，班主任{{han:章正阳}}正好是我高中同学，体育课让他在旁边记分。别的伢踢球，他坐在场边看，看着看着就哭。有一回跟同学推搡，被{{han:操文斌}}推到墙上，膝盖肿得跟馒头一样，连夜送{{trap/org:安庆市立医院}}。{{han:操文斌}}他爸妈后来上门道了歉。后来我们给他找了个教象棋的退休老师，今年全镇小学生象棋比赛，他拿了第二。
访谈者：补助够吗？
受访者：服刑人员子女补助一个月{{trap/number:六百九十五元}}，医保报完了自费还要几千。后来申请到一个血友病的{{trap/word:救助项目}}，是镇民政办的{{han:项得志}}跑下来的，{{han:项得志}}得了个先进，他说一半功劳是伢的。心理咨询师{{compound:澹台砚书}}每个月给伢做一次辅导。去年我们带他去白湖会见，他爸隔着玻璃叫他好好读书，他一句话冇讲，出来在车上睡了一路。
访谈者：华阳那户新疆的你也跟？
受访者：跟。{{minority/kazakh:卡丽曼}}大姐，哈萨克族，男人{{han:檀再兴}}中了风。丫头{{minority/kazakh:托米丽丝}}跳舞跳得好。小的{{minority/kazakh:努尔特肯}}调皮，我教他下象棋，他输了就哭，哭完了再来。学校名单上他是{{minority/kazakh:檀努尔特肯}}，第一回点名我还以为是两个人。
访谈者：还有呢？
受访者：还有一家三姊妹。妈妈是智力残疾，爸爸{{han:龙德榜}}在外面收废品。大的{{han:龙小凤}}十四，在{{school:望江县第二中学初二(5)班}}，在家就是半个妈，给妹妹梳头，给她妈洗衣服。三的我们喊她{{han:细丫}}，五岁。他们住两间平房，下雨天屋里积水，我们找爱心企业修了屋顶，又联系{{trap/org:望江县残联}}给她妈办了残疾证。{{han:龙小凤}}跟我讲，{{han:舒哥哥}}，我想读高中。我说你放心，读到哪里我们跟到哪里。
访谈者：你们平时做些什么活动？
受访者：暑假办托管班，借学校的教室，上午写作业，下午做手工、打球。伢们最喜欢做饭，每人发五块钱去菜场买菜，回来自己炒，炒糊了也吃得精光，剩下的打包带回去给爷爷奶奶。过年办团圆饭，把冇人陪的伢请到站里吃饺子，去年来了二十几个，站长包饺子包到半夜。
访谈者：最难受的是什么时候？
受访者：伢不理你的时候。有个伢，我去了八回，他都躲在房里不出来。第九回他开了门，问我是不是又来拍照的。我讲我不拍，就坐一会儿。那天我们坐了一个钟头，一句话冇讲。后来他开始跟我讲话了。
访谈者：你们怎么发现这些伢的？
受访者：靠村里、社区里。湖滨社区的儿童主任{{han:阮爱华}}眼睛尖，谁家伢几天冇上学，她第一个晓得。伢们自己也会打热线，那边再转给我们。
访谈者：平时用什么联系？
受访者：微信、QQ都用。站里的工作微信是{{wechat:hyshg_zhan01}}，我自己的{{wechat:shuzy_1996}}。伢喜欢在QQ上跟我聊，他的号是{{qq:５２８０３６１７４}}，站里的QQ是{{qq:2196408573}}。我电话{{mobile@plus86spaced}}，站长的{{mobile@fullwidth}}。
访谈者：登记的信息呢？
受访者：{{han:储金宝}}家住{{address:华阳镇江堤路南巷9号}}，身份证{{id_number@my2012quad.340827}}；{{han:龙小凤}}家住{{address:望江县华阳镇湖滨社区香茗路144号2栋}}，身份证{{id_number@wy2010spaced.340827}}。
访谈者：名字都登记对了吗？
受访者：系统里有几个错的：{{spaced:储 金 宝}}、{{spaced:龙　小　凤}}，站长的名字拆成了{{spaced:濮阳 若冰}}，那户新疆大姐的名字点了又空，成了{{spaced:卡 丽 曼 ‧ 哈 孜 木}}，她在我们表上本来是{{minority/kazakh:卡丽曼·哈孜木}}。
访谈者：这份工作辛苦吗？
受访者：辛苦，一个月三千五，一个人跟十几户，周末也要上门。我妈问我图么事，我讲，图{{han:储金宝}}哪天把那个{{trap/word:储蓄罐}}砸了，拿钱去买他自己想买的东西。
""")

# H1463: Han kindergarten teacher in 红安 (城关镇) about the four children in distress of her class.
DOCS["H1463"] = ("staff", """\
访谈者：{{han:桂秋芳}}老师，您带哪个班？
受访者：{{school:城关镇第二幼儿园中（1）班}}，三十一个伢。我叫{{han:桂秋芳}}，在{{trap/org:红安县城关镇第二幼儿园}}教了十五年。园门口有两棵{{trap/word:桂花树}}，伢们都说是我种的，其实不是。
访谈者：班上有几个困境儿童？
受访者：四个。头一个{{minority/mongolian:敖日其玛}}，蒙古族，我们喊她{{minority/mongolian:玛玛}}，爸爸{{minority/mongolian:乌力吉宝鲁德}}就是开{{minority/mongolian:老乌}}羊肉馆的，在透析。{{minority/mongolian:玛玛}}她刚来的时候一句话不讲，午睡也不睡，抱着个布娃娃坐在床上。现在是班上嗓门最大的，唱歌跳舞都抢着上。
受访者：第二个是{{han:夏天沐}}，{{trap/word:大夏天}}生的，他爸给起的名。妈妈在戒毒所，爸爸{{han:夏长钧}}在外地跑车，伢跟奶奶，我们喊{{han:夏奶奶}}。伢刚来的时候爱咬人，一急就咬，我手上到现在还有个牙印。
受访者：第三个{{han:童心怡}}，妈妈生她的时候没了，爸爸{{han:童国华}}是聋哑人，在县城擦皮鞋。伢会打手语，比我们都快，班上的伢跟她学，现在好多伢都会比谢谢。
受访者：第四个{{han:蔺可可}}，爸爸车祸走了，妈妈改嫁，跟家家{{han:胡细兰}}过。家家七十了，有糖尿病，有一回接伢的时候低血糖倒在园门口，是我们打的急救电话。
访谈者：幼儿园能帮什么？
受访者：保教费全免，午饭也免。园里的规矩，困境儿童的名字不上墙，不在家长群里点，发东西也不当着别的伢的面。冬天给每个困境儿童发一套棉衣棉裤，是爱心企业捐的。保育员{{han:占阿姨}}，就是{{han:占细英}}，每天给{{minority/mongolian:玛玛}}多留一碗汤。
访谈者：接送怎么安排？
受访者：接送卡上写得清清楚楚。{{minority/mongolian:玛玛}}的卡上是她爸、她哥{{minority/mongolian:图嘎}}，还有社区的{{han:从玉梅}}。{{han:夏天沐}}是{{han:夏奶奶}}接。{{han:童国华}}不会讲话，给我写纸条，字写得比我还好。园里的门卫是个退伍军人，每个接伢的大人他都认得脸。
访谈者：这些孩子跟别的孩子有什么不一样？
受访者：表面上看不出来，细看就有。他们对大人的脸色特别敏感，你眉头一皱，他就不敢讲话了。有的伢吃饭特别快，像怕有人抢；有的伢放学了不肯走，拉着我的衣角。我跟新来的老师讲，莫对这些伢凶，他们在屋里受的委屈够多了。
访谈者：家长们配合吗？
受访者：大多数配合。有的爷爷奶奶不识字，通知看不懂，我就一个一个打电话讲。有的家长觉得困境儿童这个叫法丢人，不肯填表，我上门讲了三回才填。
访谈者：遇到过什么难事？
受访者：有一回有个女的来接{{han:夏天沐}}，说是他妈的朋友，他妈让来的。我不放，打电话问{{han:夏奶奶}}，奶奶说千万莫给。后来报了警，派出所的{{han:焦警官}}来了，那个女的已经跑了。从那以后，接送卡上冇得的人，天王老子来了也不给。
访谈者：您去家访吗？
受访者：一学期一回。{{han:蔺可可}}家是老房子，家家眼睛不好，屋里黑，伢就在门口的光底下搭积木。我给她们带了一盏台灯，家家拉着我的手不放。
访谈者：伢们懂自己家的事吗？
受访者：懂一点。{{han:童心怡}}问我，{{han:桂妈妈}}，我妈妈是不是住在天上。{{minority/mongolian:玛玛}}画全家福，画了爸爸、哥哥，还画了一台透析机。讲故事的时候我讲{{trap/famous:猪八戒}}背媳妇，讲孙悟空，伢们都想要个{{trap/word:筋斗云}}，{{han:夏天沐}}讲他要翻到戒毒所去接妈妈。干我们这行要有{{trap/word:童心}}，可看着这些画，听着这些话，我一晚上睡不着。
访谈者：您是怎么做上幼儿园老师的？
受访者：我自己就是留守儿童，爸妈在外面打工，我跟着奶奶。那时候村里冇得幼儿园，我五岁就跟着哥哥去小学坐着。后来读了幼师，想着要是小时候有个老师抱抱我就好了，我就去抱抱别的伢。
访谈者：还有谁帮你们？
受访者：县妇联的{{compound:皇甫丽娟}}每年六一来送书，红十字会的志愿者{{compound:南宫沐禾}}教伢们唱歌。县关工委的{{han:秦老}}九十岁了，每年腊月来给每个伢发一个红包。
访谈者：家长的联系方式和登记信息呢？
受访者：{{han:夏奶奶}}的电话{{mobile@s74}}，{{han:胡细兰}}的{{mobile@p86n}}。{{han:童心怡}}家住{{address:红安县城关镇将军路桥头巷6号}}，身份证{{id_number@wy2020fw.421122}}。我的微信{{wechat:guiqf_youer2}}，园里的QQ是{{qq:4150297368}}。
访谈者：名册上的名字有写错的吗？
受访者：有。花名册上{{spaced:夏 天 沐}}打成三个字分开，{{spaced:童心 怡}}中间空了一格，送书的名单把{{spaced:皇　甫　丽　娟}}拆成了四个字。
访谈者：最后想说什么？
受访者：伢们小，不晓得么事叫困境。我只想他们在园里的这几个钟头，跟别的伢一样快活。
""")

# H1464: Han retired township cadre of 漳湖镇 (望江) who volunteers for the county 关工委 and keeps an open room
# for five children.
DOCS["H1464"] = ("volunteer", """\
访谈者：{{han:宣书记}}，您退休几年了？
受访者：十一年了。我叫{{han:宣德明}}，原来在{{trap/org:漳湖镇政府}}干了一辈子，分管过民政。那时候低保一个月几十块，现在好多了。退下来在{{trap/org:望江县关工委}}当个“五老”志愿者。大家还喊我书记，我讲莫喊了，喊{{han:老宣}}就行。
访谈者：您结对了几个孩子？
受访者：五个。关工委给我挂了个牌子，叫{{han:宣德明}}爱心工作室，其实就是我家堂屋，墙上贴满了伢们的奖状。放了学伢们来写作业，我在旁边看着，我老伴烧一锅绿豆汤。
访谈者：都是什么样的孩子？
受访者：头一个是{{han:锁嫂}}屋里的老二，回族伢，学名{{han:冶文博}}，学校里都喊{{minority/hui:冶尔巴思}}，我跟着他姆妈喊{{minority/hui:尕尔巴思}}。他爸{{han:冶国忠}}翻车那天，还是我跟村里人去河堤上抬的。伢聪明，数学题讲一遍就会，作文一个字写不出。他姐{{minority/hui:载乃拜}}懂事，来接他的时候顺便问我英语。
受访者：第二个{{han:汪平安}}，十岁，爸妈离了婚，一个在{{trap/place:乐清}}，一个不晓得在哪里。伢跟太婆过，我们喊她{{han:汪太婆}}。名字是太婆起的，讲这个名字{{trap/word:保平安}}，可这伢三岁掉进塘里，五岁被车撞断了腿。现在是事实无人抚养，一个月{{trap/number:一千五百四十五元}}，钱打在太婆卡上。
受访者：第三个是丫头，{{han:查雨婷}}，妈妈精神残疾，爸爸在{{trap/place:赛口}}砖厂。每回上门我都要{{trap/word:检查}}她的作业本，她妈犯病的时候会把本子撕了。{{han:查雨婷}}讲，{{han:宣爷爷}}，我把作业藏在你这里。
受访者：第四个{{han:鲍又新}}又是个调皮的，十四岁，在{{school:望江县漳湖中学初三(1)班}}，爸爸吸毒进去了。去年他跟人在街上打架，被派出所的{{han:江所长}}抓了。我去领的人，{{han:江所长}}讲，{{han:老宣}}，这伢你再不管就要进少管所了。
受访者：第五个在华阳，县里安排的，哈萨克族的丫头{{minority/kazakh:托米丽丝}}，她妈{{minority/kazakh:卡丽曼}}在服装厂。我买了一身舞蹈服送过去，丫头穿上转了三圈。
访谈者：您这么跑不累吗？
受访者：累，我七十三了，高血压。可我在镇上干了三十年，这些伢的爷爷奶奶我都认得。我老同事{{compound:公孙胜利}}，名字跟水浒里的{{trap/famous:公孙胜}}就多一个字，也在关工委，管华阳那边。镇上的年轻干部{{compound:申屠棠溪}}帮我们把材料录进系统。县民政局的{{compound:钟离永刚}}每季度下来一回，跟我们对账。
访谈者：您为什么要做这个？
受访者：我小时候家里穷，兄弟姊妹七个，读到初中就要回来种田。是村小学的老师隔三差五到我家来讲，让这伢读书。我后来读了中专，进了公社，当了干部。我这一辈子，是那个老师给的。他早走了，我每年清明还去他坟上烧张纸。现在老了，也想给这些伢当一回那样的人。我老伴讲我退了休比上班还忙，一个礼拜跑五个村。
访谈者：补助都按时发吗？
受访者：大部分按时。有一回太婆的钱三个月冇到，我打民政热线，又找{{compound:钟离永刚}}，才查出来是卡号录错了一位。{{han:汪太婆}}不识字，急得要去县里，我讲你莫去，我去。
访谈者：平时跟孩子们做些什么？
受访者：写作业，讲故事。冬天堂屋冷，我生一盆炭火，伢们围着写。我讲{{trap/place:雷池}}，讲不敢越雷池一步；讲{{trap/famous:王少舫}}唱《天仙配》。暑假带他们去{{trap/place:武昌湖}}边上看荷花，伢们脱了鞋就往水里跑，我在岸上喊破了嗓子。{{minority/hui:尕尔巴思}}问我，{{han:宣爷爷}}，你当书记的时候有冇得人欺负你。我讲有，伢们都笑。
访谈者：孩子们的变化大吗？
受访者：大。汪家的伢刚来的时候见人就躲，现在敢上台讲故事了。去年关工委搞读书比赛，他拿了个三等奖，太婆把奖状贴在门板上，逢人就讲。鲍家那个伢也收了心，期中考试进了年级前一百。
访谈者：登记的信息请您说一下。
受访者：工作室就在我家，{{address:望江县漳湖镇东风巷21号}}。{{han:汪平安}}家住{{address:漳湖镇前进村八组3号}}，身份证{{id_number@my2015tri.340827}}，在{{school:漳湖镇中心小学四（1）班}}。{{han:查雨婷}}的身份证{{id_number@wy2012hyphen.340827}}。我电话{{mobile@s38}}，{{compound:申屠棠溪}}的{{mobile@hyphen}}。我微信{{wechat:wxid_q7m2x9k4t6}}，伢们有事也在QQ上喊我：{{qq:8203641}}。
访谈者：名字在表上写得对吗？
受访者：系统里有错的：{{spaced:汪 平 安}}、{{spaced:查　雨　婷}}，老同事的名字成了{{spaced:公 孙 胜 利}}，还有{{spaced:鲍又 新}}。
访谈者：最后想说点什么？
受访者：我当了一辈子干部，开了无数的会，讲了无数的话。到老了才晓得，一个伢能吃饱饭、读上书，有个大人问他一句冷不冷，比什么都要紧。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1457,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout185",))


if __name__ == "__main__":
    main()
