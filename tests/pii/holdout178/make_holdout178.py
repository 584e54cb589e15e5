# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 178 (tests/pii/holdout178/H1409-H1416 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 179, written at the same time, is not
an earlier set).

Set 178 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 嘎查, 学校, 儿童主任, 社工), in eight new voices, most of
them in 孝昌 and 大悟 (Hubei): an Amdo Tibetan mother from 泽库 who sews at a garment workshop in 孝昌 (花园镇),
raising a daughter with a cleft palate after her husband died on a mountain road; a Kazakh father from 吉木乃 who
drives a tea-oil truck in 大悟 while his wife lies in hospital with uremia; a Hui grandfather from 东乡 (临夏) who
keeps his son's beef-noodle shop in 孝昌 and raises two grandsons whose father is in prison and whose mother is gone;
a Mongolian aunt from 乌审旗 who raises her dead brother's daughter in 大悟 with her Han husband (short forms,
nicknames, and how the registers spell the girl); a Han 儿童主任 of a 花园镇 community reading out her register with
addresses; a Han civil-affairs clerk of 城关镇 (大悟) who reaches her families on WeChat and the phone; a Han
grandmother in 宣化店镇 raising a grandson whose parents work in 武汉; and a Han primary-school teacher in 小河镇 (孝昌).
The emphasis is on forms where a replacement might cover only part of a name, in a mix rather than one trick:
Amdo Tibetan names used whole (更藏措毛, 贡毛草, 夏吾旦正, 角巴才让, 仁青卓么, 官却多杰, 多杰才华) and with short forms
(更措 from the first and third syllables, 贡毛她), a Han surname before a Tibetan given name (向措毛, the workshop
owner's surname; 夏贡毛草 and 夏贡毛, the school taking the first syllable of the father's name as a surname); Kazakh
given name + father's name with the dot, without it and with a full stop (吾木尔别克·胡安, 沙勒塔娜提·叶尔肯,
马尔胡兰·吾木尔别克, 马尔胡兰吾木尔别克, 马尔胡兰.吾木尔别克, 哈布力·卡德尔, 沙吾列·卡斯木) and single and short forms
(吾木尔, 吾木尔别克, 塔娜提她, 胡兰, 托合扎娜, 扎娜, 库兰塔依, 哈布力), and a Han-style nickname of the Kazakh father
(胡师傅, because his workmates take 胡 for a surname); Han-form Hui names (妥永贵, 妥建林, 妥鑫宇, 妥博文, 韩桂芳,
韩志海, 把文忠阿訇, with the rare surname 把 right after the grammar word 把: 把把阿訇喊来) beside 经名 used alone
(撒吾德, 海日丁, 阿米奴, 赛俩麦, 苏莱麦尼, 阿卜顿他) and after a Han surname (妥阿米奴, 妥海日丁, 马伊沙尔); Mongolian
names whose first syllable is the word and surname 和 (和希格图雅 after 叫 and 是, the short form 希格), the girl
spelled three ways by her registers (依如勒, 伊如勒, 帅依如勒 with her uncle's surname) and called 依伢 in the local
way, and 阿拉坦巴干, 乌日格希, 嘎力图, 苏亚拉图, 托娅其; Han names with common and rare surnames of the region (鄢, 喻,
柯, 熊, 鲍, 戴, 鲁, 巴, 晏, 詹, 操, 柏, 帅, 聂, 甘, 闵, 桂, 邬, 阮, 涂, 汤, 艾, 卞) and surnames that are also ordinary
words (向荷香, 向满堂, 都玉梅, 都海生他, 都金凤都, 都丽华也, 都梓萌被汤校长, 能俊豪, 跟能志华, 能秋禾她, 才菊英也, 让才大娘,
和新民, 跟同事和文斌, 和文斌管) or end in one (鲁有能, 熊德才, 柯有才, 熊万有也, 汤有福, 余永和, 邬家和还, 柯士能还);
names that contain words (向满堂, 熊万有, 鲁有能, 柯有才, 喻光明, 能秋禾); titles and kin words after names (柯雨婷老师,
鲍文杰大夫, 戴玉华老师, 操晓燕老师, 柏晓静老师, 聂巧云老师, 童小娟老师, 鄢春桃主任, 卞晓雯老师; the span is the name
only), a surname with only a title or kin word, annotated whole (鲁老板, 都老板, 余大伯, 柏老师,
晏姐, 都股长, 熊主任, 才大娘, 艾医生, 汤校长), nicknames and local forms of address, annotated whole (胡师傅, 乐伢,
航伢); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和/被/把; names spaced out
character by character in half- and full-width spaces (更 藏 措 毛, 沙 勒 塔 娜 提, 托 合 扎 娜, 苏 莱 麦 尼, 和 希 格 图 雅,
夏 贡 毛 草, 宗 政 雅 雯, 吾 木 尔 别 克, 亓 官 书 宁, 端　木　听　雨, 漆 雕 一 凡, 依　如　勒), a dotted name with spaces
around the dot (吾木尔别克 · 胡安) and names split in two (贡毛　草, 夏吾 旦正, 海日 丁, 阿拉坦 巴干, 妥鑫 宇, 涂宇 航,
都梓 萌); compound surnames after ordinary words (夏侯, 太史, 申屠, 濮阳, 万俟, 羊舌, 淳于, 公西, 宗政, 南门, 微生,
仲孙, 亓官, 颛孙, 夹谷, 左丘, 闻人, 端木, 东郭, 漆雕, 司寇 after 的/同事/律师/社工/叫/志愿者/老师); a name closing
the last sentence (多亏了向荷香。 还是柯有才。); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:向荷香}}``, ``{{qq:2307168945}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (tibetan, kazakh, hui, mongolian) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy1987fwspaced.654326}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, tri,
                                   quad, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大夫, 主任, 阿訇) and a particle, pronoun
or verb written directly after a name (她, 他, 也, 都, 还, 说, 管) are outside the span; a surname with only a title or
kin word (鲁老板, 把阿訇, 晏姐, 才大娘, 都股长) and a nickname or local form of address (胡师傅, 乐伢, 航伢) are
annotated whole. Han-style names of Tibetan, Kazakh, Hui and Mongolian people (妥永贵, 韩志海, 胡师傅) are category
han; a Han surname before a non-Han given name (向措毛, 夏贡毛草, 妥阿米奴, 马伊沙尔, 帅依如勒) is category minority,
and so are short and local forms of non-Han names (更措, 贡毛, 吾木尔, 胡兰, 希格, 依伢).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout178/make_holdout178.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(178_2026_1207)
MINORITY_GROUPS = ("tibetan", "kazakh", "hui", "mongolian")
# Floors from the brief.
GROUP_FLOORS = {"tibetan": 10, "kazakh": 10, "hui": 10, "mongolian": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "187", "188", "191", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1409: Amdo Tibetan mother from 泽库 who sews at a garment workshop in 孝昌 (花园镇), raising a daughter with a
# cleft palate after her husband died.
DOCS["H1409"] = ("family", """\
访谈者：阿姐，您在这个车间做了多久了？
受访者：两年多了，踩平车，做校服、做工装。我叫{{minority/tibetan:更藏措毛}}，青海{{trap/place:泽库}}人。车间里的人念不顺，拿头一个字跟第三个字一拼，喊我{{minority/tibetan:更措}}。老板娘{{han:向荷香}}说孝昌人名字前头都带个姓，干脆叫我{{minority/tibetan:向措毛}}，跟她一个姓。
访谈者：怎么从泽库到孝昌来了？
受访者：为了女儿。女儿{{minority/tibetan:贡毛草}}生下来就是唇腭裂，嘴上豁一道口子，喝奶从鼻子里呛出来。{{trap/place:西宁}}的大夫说要做好几回手术。她阿爸{{minority/tibetan:夏吾旦正}}有个同村的{{minority/tibetan:角巴才让}}在湖北贩牦牛肉干，说{{trap/place:武汉}}的医院治这个病有名，我们一家就搬过来了。手术钱是{{trap/org:微笑列车}}出的，前后做了两回。
访谈者：孩子的爸爸呢？
受访者：前年腊月，她阿爸开车进{{trap/place:大别山}}送货，下雪路滑，车翻到沟里，人没了。那年女儿才五岁。我{{trap/word:向来}}不爱求人，想过回泽库，可女儿还要做第三回手术，还要练说话，只好留下，进了现在这个车间。
访谈者：女儿现在怎么样？
受访者：七岁了，在{{school:花园镇第二小学一年级（3）班}}。学校的花名册把她阿爸名字的头一个字拿来当了姓，写成{{minority/tibetan:夏贡毛草}}，老师点名叫{{minority/tibetan:夏贡毛}}，我在家叫她{{minority/tibetan:贡毛}}。{{minority/tibetan:贡毛}}她说话漏风，“哥哥”说成“多多”，班上有调皮的男伢学她，她回来躲在被窝里哭。县康复中心的{{han:柯雨婷}}老师一个礼拜教她两回发音，现在“阿妈”喊得清清楚楚。
访谈者：第三回手术定了吗？
受访者：定了，明年开春，还在武汉。主刀的{{han:鲍文杰}}大夫说，这回要补牙床、修鼻子，做完了说话能清楚一大半。每回去武汉，送布料的司机{{han:熊德才}}都开车把我们送到{{trap/place:孝感北站}}，油钱都不要。车间的规矩是请假扣钱，老板娘说我这个不算。回来以后，{{han:喻彩霞}}她妈炖了一罐土鸡汤，女儿喝了两大碗。
访谈者：孩子在学校有朋友吗？
受访者：有一个，同桌叫{{han:卢可馨}}。谁学{{minority/tibetan:贡毛}}说话，她就去告老师，两个伢放学手拉手走。班主任{{han:戴玉华}}老师在班上讲了唇腭裂是怎么回事，讲完就没人再笑了。我弟弟的儿子{{minority/tibetan:多杰才华}}在{{school:泽库县和日寄宿制小学五年级（1）班}}，视频里教她唱藏歌，她唱歌比说话还清楚。
访谈者：这边谁在帮你们？
受访者：社区的儿童主任{{han:鄢春桃}}给女儿报了困境儿童，每月{{trap/number:一千零五十}}，我们娘俩还有低保。女儿办了残疾证，言语四级，有残疾人生活补贴。{{han:向荷香}}她把我的计件单价往上提了两毛，放学的时候让我早走半个钟头去接。坐我旁边的{{han:喻彩霞}}给女儿织了件毛衣。社工站的{{compound:夏侯书蕾}}每个月来家里一趟，带女儿画画、讲故事，她同事{{compound:太史佳琪}}帮我把低保材料从泽库转了过来。
访谈者：老家那边还有人吗？
受访者：我阿妈{{minority/tibetan:仁青卓么}}七十了，跟我弟弟{{minority/tibetan:官却多杰}}在{{trap/place:和日镇}}放牦牛。弟弟每年挖完{{trap/minority_word:虫草}}就打一点钱过来。阿妈在视频里问，{{minority/tibetan:更藏措毛}}，你啥时候带{{minority/tibetan:贡毛}}回来过{{trap/minority_word:洛萨}}？我说等娃娃的嘴治好了。
访谈者：泽库那边冬天冷吧？
受访者：冷，零下二三十度，草场一片白。我小时候跟着阿妈转场，坐在牦牛背上，冻得脸都裂了口子。可那边天蓝，夜里星星多得数不清。这边冬天是湿冷，屋里没有火炉，我给女儿灌热水袋。她在这边长大，藏话说不了几句了，我心里难过，晚上就教她念{{trap/minority_word:嘛呢}}。
访谈者：在这边过得惯吗？
受访者：夏天热得受不了，我是高原上的人，到了七月就中暑。吃的也不惯，米饭吃不饱，自己在出租屋里拌{{trap/minority_word:糌粑}}、熬奶茶，同事们尝了一口，说像芝麻糊。计件的活一天坐十一个钟头，腰疼。旺季赶校服，要加班到夜里十点，我就把女儿带到车间，她趴在布堆上写作业，写完就睡。车间会计{{han:都玉梅}}也帮她看作业，错了用红笔圈出来。晚上女儿睡了，我对着手机听{{trap/famous:米拉日巴}}的道歌，心里能松一点。
访谈者：登记的信息请您说一下。
受访者：这边住{{address:孝昌县花园镇槐荫社区后街23号2楼}}，老家是{{address:泽库县和日镇吉龙村三社7号}}。我的身份证{{id_number@wy1989spaced.632323}}，女儿的{{id_number@wy2018.632323}}。我电话{{mobile@s434}}，{{han:向荷香}}的电话{{mobile@hyphen}}。我的微信{{wechat:gengzang_cm89}}，老家亲戚都加的这个。以前在泽库用过QQ，号码我背得出来：{{qq:2307168945}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。低保表上我是{{spaced:更 藏 措 毛}}，医院病历上女儿写成{{spaced:贡毛　草}}，她阿爸的死亡证明上是{{spaced:夏吾 旦正}}。
访谈者：最后还想说点什么？
受访者：等女儿的嘴全治好了，我想带她回一趟泽库，让阿妈看看她。这几年多亏了{{han:向荷香}}。
""")

# H1410: Kazakh father from 吉木乃 who drives a tea-oil truck in 大悟; his wife is in hospital with uremia.
DOCS["H1410"] = ("family", """\
访谈者：大哥，您这车拉的是什么？
受访者：茶油。{{trap/place:大悟}}山里的{{trap/word:油茶}}籽榨的油，我拉到{{trap/place:孝感}}、武汉的超市去。我叫{{minority/kazakh:吾木尔别克·胡安}}，新疆{{trap/place:吉木乃}}人，哈萨克族。合作社的人嫌名字长，叫我{{minority/kazakh:吾木尔}}，开车的伙计以为我姓胡，喊我{{han:胡师傅}}。
访谈者：一个新疆人，怎么跑到大悟开车了？
受访者：我老婆{{minority/kazakh:沙勒塔娜提·叶尔肯}}的表姐嫁到了大悟，一六年我们来走亲戚，合作社老板{{han:鲁有能}}正缺司机，问我会不会开大车。我在{{trap/place:阿勒泰}}开过运煤车，就留下了。{{han:鲁有能}}讲义气，{{han:鲁老板}}对我们家没话说。
访谈者：跑一趟车要多久？
受访者：大悟到武汉，来回一天；到{{trap/place:九江}}要两天。合作社在{{trap/place:夏店}}有个榨油坊，油桶装好了我就拉。跟车的小伙子叫{{han:巴少锋}}，大悟本地人，他说他们村一半人姓巴。{{han:巴少锋}}他不怕累，装车卸车都抢着干，还教我认路上的测速探头。
访谈者：茶油好卖吗？
受访者：好卖。大悟的山茶油有名，城里人买去给坐月子的女人吃，一桶五升卖三百多。我刚来的时候以为茶油是泡茶用的，被合作社的人笑了半年。我们吉木乃做饭用羊尾巴油，熬一锅奶茶要放一大块黄油，冬天{{trap/place:萨吾尔山}}下的雪有齐腰深。
访谈者：您爱人现在怎么样？
受访者：尿毒症，前年查出来的。现在住在{{trap/org:大悟县人民医院}}肾内科，一个礼拜透析三回，身上浮肿，脸都黄了。{{minority/kazakh:塔娜提}}她最放心不下孩子，透析的时候还在手机上看儿子的作业。医生说要排队等肾源，光配型就要好久。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/kazakh:马尔胡兰·吾木尔别克}}十二，在{{school:大悟县城关镇第三小学六年级（2）班}}。学校的表上没有点，写成{{minority/kazakh:马尔胡兰吾木尔别克}}，同学都叫他{{minority/kazakh:胡兰}}。女儿{{minority/kazakh:托合扎娜}}六岁，在幼儿园大班，我们叫她{{minority/kazakh:扎娜}}。我跑车的时候，两个孩子放在她表姨{{minority/kazakh:库兰塔依}}家。表姨父{{han:汪启明}}在镇上开修车铺，两个伢放学就去铺子里写作业，他说，把这当自己屋。儿子在老家读到二年级，原来是{{school:吉木乃县托斯特乡寄宿制小学二年级（3）班}}，刚转过来那年一句湖北话都听不懂。
访谈者：钱上怎么周转？
受访者：透析一回四百多，医保报了大半，剩下的自己掏。镇民政办的{{han:晏丽君}}给我们报了大病救助，又把两个孩子报成困境儿童，每人每月{{trap/number:六百四十元}}。我老婆户口不在这边，材料得两头跑，{{han:晏丽君}}就在微信上跟吉木乃的村委会一页一页对，村里的{{minority/kazakh:哈布力·卡德尔}}书记把证明盖了章拍照发过来。
访谈者：还有谁帮过你们？
受访者：医院护士长{{han:詹慧芳}}晓得我们是外地人，透析总给我老婆排在下午，我跑完上午的车能去陪。儿子的班主任{{han:操晓燕}}老师给他免了午托费。红十字会的{{compound:申屠志鹏}}帮我们在网上筹了两万块，律师{{compound:濮阳秋实}}帮我跟合作社把社保补上了。
访谈者：您自己身体吃得消吗？
受访者：最怕夜里接医院的电话。有一回半夜，她透析完血压掉下去，护士长打电话叫我，我正在高速上往回赶，一边开一边哭。第二天老板就不让我跑长途了，只跑孝感、武汉，当天能回来。
访谈者：孩子们习惯这边吗？
受访者：儿子习惯了，会说大悟话，“搞么事”“冇得”张口就来。女儿想家，老问什么时候回{{trap/place:萨吾尔山}}底下看奶奶。我妈{{minority/kazakh:沙吾列·卡斯木}}七十三了，在吉木乃一个人守着二十几只羊。过{{trap/minority_word:纳吾肉孜}}的时候，我在出租屋里烤了{{trap/minority_word:塔巴馕}}，儿子弹{{trap/minority_word:冬不拉}}，唱的是{{trap/famous:唐加勒克}}的诗，{{minority/kazakh:塔娜提}}在病房里开着视频听，哭了。
访谈者：登记的信息请说一下。
受访者：这边租的房在{{address:大悟县城关镇油坊岗巷12号302室}}，老家在{{address:吉木乃县托斯特乡阔克阿尕什村二组16号}}。我身份证{{id_number@my1984hyphen.654326}}，我老婆的{{id_number@wy1987fwspaced.654326}}。我电话{{mobile@plus86spaced}}，{{han:鲁有能}}的{{mobile@s74}}。我微信{{wechat:umirbek_jmn84}}。儿子有QQ，号码他一个字一个字念给我，我写在行车本上了：{{qq:１８４０７２６９３５}}。
访谈者：表上的名字写法一样吗？
受访者：不一样。驾驶证上我是{{spaced:吾木尔别克 · 胡安}}，医院单子上我老婆成了{{spaced:沙 勒 塔 娜 提}}，幼儿园名单上女儿是{{spaced:托 合 扎 娜}}，儿子的学籍卡上是{{minority/kazakh:马尔胡兰.吾木尔别克}}。
访谈者：您最盼什么？
受访者：盼肾源早点来。{{minority/kazakh:塔娜提}}好了，一家四口回吉木乃过个夏天。
""")

# H1411: Hui grandfather from 东乡 (临夏) raising two grandsons in 孝昌; their father is in prison, their mother gone.
DOCS["H1411"] = ("family", """\
访谈者：老人家，您是从甘肃过来的？
受访者：{{trap/place:临夏}}{{trap/place:东乡}}的。我叫{{han:妥永贵}}，回族，经名{{minority/hui:撒吾德}}。儿子{{han:妥建林}}十年前到{{trap/place:孝昌}}开牛肉面馆，娶了本地媳妇{{han:胡春燕}}，生了两个孙子。前年他听了朋友的话，帮人往外地捎了一包东西，是毒品，判了七年，关在{{trap/org:沙洋监狱}}。媳妇第二年就走了，去了{{trap/place:深圳}}，电话也换了。我跟老伴就从东乡过来，守着面馆，带两个孙子。
访谈者：孙子们多大了？
受访者：大的十一，学名{{han:妥鑫宇}}，经名{{minority/hui:海日丁}}，在{{school:花园镇第一小学五年级（1）班}}。小的八岁，学名{{han:妥博文}}，经名{{minority/hui:阿米奴}}，在{{school:花园镇第一小学二年级（4）班}}，老师图省事，点名叫他{{minority/hui:妥阿米奴}}。老伴{{han:韩桂芳}}，经名{{minority/hui:赛俩麦}}，去年冬天{{trap/minority_word:无常}}了，心脏病。她走那天，{{minority/hui:海日丁}}抱着奶奶不撒手。
访谈者：现在谁帮你们？
受访者：社区的儿童主任{{han:鄢春桃}}说，孩子爸在监狱，妈找不着，两个伢算事实无人抚养，每人每月{{trap/number:一千一百五}}。隔壁开超市的{{han:都海生}}也常来搭把手，{{han:都老板}}人厚道，孙子放学没人接，他就领回去吃饭。孝感清真寺的{{han:把文忠}}阿訇，经名{{minority/hui:苏莱麦尼}}，每个{{trap/minority_word:主麻}}都打电话问孙子的功课。有回小孙子半夜发高烧，我一个人弄不动，就打电话把{{han:把阿訇}}喊来，他开车送到{{trap/org:孝昌县人民医院}}。法律援助的律师{{compound:万俟婉清}}帮我们写了会见申请，社工{{compound:羊舌文静}}隔周带两个伢去{{trap/place:观音湖}}边上跑步。
访谈者：从东乡到孝昌，您过得惯吗？
受访者：头一年过不惯。东乡是山，干，一年下不了几场雨，洋芋、麦子都长在坡上。孝昌是水，到处是塘，夏天闷得人喘不上气，衣裳晒三天还是潮的。话也听不懂，人家说“搞么事”，我以为是骂人。后来慢慢好了，街坊晓得我们是回民，来吃面从不带大肉进店。最想的是老家的{{trap/minority_word:盖碗茶}}，我托人捎了一包茶叶、冰糖、桂圆来，配齐了一碗，自己喝着喝着就想家了。
访谈者：孙子们在学校怎么样？
受访者：大的数学好，班主任{{han:柏晓静}}老师说他能考到县里的重点初中。小的调皮，上课爱讲话，罚站了还在讲。学校食堂没有清真的，她跟校长说了，让两个伢中午回面馆吃。中午我端两碗面到学校门口，看着他们吃完再回去。面馆请了个帮工，也是临夏来的，学名{{han:韩志海}}，经名{{minority/hui:阿卜顿}}，{{minority/hui:阿卜顿}}他拉面比我还快。我大女儿{{han:妥秀兰}}在东乡，一年来两回，把面馆里里外外收拾一遍，给孙子们缝衣裳。
访谈者：孙子们知道爸爸的事吗？
受访者：大的知道，不说。去年去沙洋会见，隔着玻璃，他爸哭，{{minority/hui:海日丁}}一声不吭，出来以后在车上问我：爷爷，我爸出来还卖面吗？小的以为他爸在外地打工。卖牛羊肉的{{minority/hui:马伊沙尔}}也是临夏人，他跟我说，伢们大了总会晓得，瞒不住。
访谈者：面馆还开着吗？
受访者：开着。我早上五点起来和面，{{minority/hui:撒吾德}}这个老汉七十了，手上还有劲。孝昌人爱吃热干面，后来也爱上了我们的牛肉面，说汤清。过{{trap/minority_word:开斋节}}我炸{{trap/minority_word:油香}}，给左邻右舍都送，{{han:都海生}}他家每年一份。老伴在的时候，油香是她炸的，又圆又黄，我炸的总是焦一边。晚上孙子写完作业，我给他们讲{{trap/famous:马本斋}}打鬼子的故事，{{minority/hui:妥海日丁}}——他们老师也这么叫他——听得最入迷。
访谈者：两个孙子的吃穿够吗？
受访者：补贴按月打到卡上，加上面馆的收入，吃饭够了。衣裳大的穿了小的穿。开学的时候社区送书包，{{trap/org:县慈善会}}送了两床被子。我自己有高血压，每个月去社区医院量一回，医生叫我少吃盐，可我们东乡人口重，改不了。
访谈者：登记的信息请您说一下。
受访者：面馆在{{address:孝昌县花园镇车站路37号}}，我们就住面馆楼上。老家在{{address:东乡族自治县锁南镇卜家村五社21号}}。我身份证{{id_number@my1955tri.622926}}，大孙子的{{id_number@my2014hyphen.420921}}。我电话{{mobile@h38}}，社区儿童主任的{{mobile@plus86}}。微信是孙子帮我注册的，叫{{wechat:tuoyg_niuroumian}}。大孙子有个QQ，说是跟同学对作业，号码写在面馆价目表的背后：{{qq:59473018}}。
访谈者：表上的名字写得对吗？
受访者：不对。低保表上我是{{spaced:妥 永 贵}}，大孙子的经名写成{{spaced:海日 丁}}，小孙子是{{spaced:阿 米 奴}}，阿訇的经名登记成了{{spaced:苏 莱 麦 尼}}。
访谈者：您最盼什么？
受访者：盼儿子早点出来，把面馆接过去。我老了，一天比一天拉不动面了。
""")

# H1412: Mongolian aunt from 乌审旗 raising her brother's daughter in 大悟 (芳畈镇) with her Han husband.
DOCS["H1412"] = ("family", """\
访谈者：大姐，听口音您是北方人？
受访者：{{trap/place:鄂尔多斯}}{{trap/place:乌审旗}}的，蒙古族。我叫{{minority/mongolian:和希格图雅}}，这边人叫不全，婆家都喊我{{minority/mongolian:希格}}。我男人{{han:帅国平}}是大悟人，以前在{{trap/place:苏里格}}的气田上干活，我们是在那边认识的。
访谈者：您带的这个孩子是？
受访者：我哥的女儿，叫{{minority/mongolian:依如勒}}，九岁。我哥{{minority/mongolian:阿拉坦巴干}}三年前在{{trap/place:毛乌素}}边上开车出了事，人没了。她妈改嫁去了外地，电话打不通。孩子跟着我{{trap/minority_word:额吉}}{{minority/mongolian:乌日格希}}过了一年，额吉腿不行了，我就把她接到大悟来。
访谈者：孩子的名字在这边怎么写？
受访者：写得乱。户口本上是{{minority/mongolian:依如勒}}，转学的时候学校录成{{minority/mongolian:伊如勒}}，班主任又让她跟着我男人姓，点名叫{{minority/mongolian:帅依如勒}}。我们在家叫她{{minority/mongolian:依伢}}，这是跟大悟人学的，名字后头加个伢。她现在在{{school:大悟县城关镇第五小学三年级（2）班}}。
访谈者：手续是怎么办下来的？
受访者：跑了大半年。她爸没了，她妈找不到，算事实无人抚养。镇民政办的{{han:晏丽君}}打电话来，开口就问“是{{minority/mongolian:和希格图雅}}吧”，让我去老家开证明。嘎查的儿童主任{{minority/mongolian:嘎力图}}一趟趟跑苏木，把死亡证明、失联证明寄过来。{{han:晏丽君}}说，现在每月有{{trap/number:一千二百九}}的基本生活补贴。村支书{{han:余永和}}还帮我们申请了危房改造，{{han:余大伯}}说，娃娃从草原来，不能住漏雨的屋。
访谈者：孩子适应这边吗？
受访者：头一年天天哭，嫌热，嫌米饭，想{{trap/minority_word:炒米}}和{{trap/minority_word:奶皮子}}。我每个月托人从乌审旗捎一箱回来。学校的{{han:聂巧云}}老师对她特别好，让她在班会上讲草原，讲{{trap/minority_word:敖包}}、讲{{trap/minority_word:苏力德}}，讲我们旗的{{trap/famous:席尼喇嘛}}怎么领着牧民闹独贵龙，同学们都听呆了。她这才有了朋友。
访谈者：您男人家里人对孩子怎么样？
受访者：婆婆开始不乐意，说自己屋的伢都带不过来。后来见{{minority/mongolian:依伢}}勤快，扫地、喂鸡、给她捶背，也就疼上了。小叔子{{han:帅国胜}}在武汉开网约车，每回回来都给伢带书。大姑子{{han:帅秀琴}}送了一辆旧自行车，伢天天骑着上学。有一回她被{{han:甘玉洁}}家的狗追，摔破了膝盖，她家大人拎着一篮鸡蛋上门赔不是。
访谈者：孩子在老家上过学吗？
受访者：上过一年，在{{school:乌审旗乌审召镇蒙古族小学一年级（1）班}}，学的是蒙文。到了这边从头学汉字，头一个学期考了三十几分。她妈{{minority/mongolian:托娅其}}走的时候她才五岁，现在连她妈长什么样都说不清了。
访谈者：还有谁帮你们？
受访者：镇卫生院的{{compound:淳于思琪}}每季度来给孩子量身高体重，社工站的{{compound:公西若谷}}带她做心理辅导，她一开始只画黑色的马，现在画的马有了颜色。我男人在镇上的油茶厂做保管，{{han:帅国平}}他说，这伢就是我们自己的伢。
访谈者：您自己做什么工作？
受访者：在镇上的超市收银，一个月两千六，早八点到晚六点。伢放了学先到超市，在仓库的纸箱上写作业。我男人在油茶厂管仓库，秋天收茶籽的时候忙，天黑了才回。日子紧是紧，三个人在一起，热热乎乎的。
访谈者：过年怎么过？
受访者：按大悟的规矩过，贴对联、吃团年饭；也按我们的规矩过，三十晚上煮一锅{{trap/minority_word:手把肉}}，初一让伢穿上蒙古袍，{{trap/word:帅气}}得很，给婆婆磕了头，再给额吉打视频拜年。婆婆笑得合不拢嘴，说这个孙女是天上掉下来的。
访谈者：老家还常联系吗？
受访者：每个礼拜跟额吉视频。额吉在那头唱长调，{{minority/mongolian:依如勒}}在这头跟着哼。我哥的朋友{{minority/mongolian:苏亚拉图}}每年冬天宰了羊，寄一条羊腿过来。
访谈者：伢现在还说蒙语吗？
受访者：说得少了。在家我跟她说蒙语，她用大悟话回我。我怕她忘了，每天睡觉前教她几句。上个月她学会了用蒙语说“额吉，晚安”，在视频里说给老人家听，老人家在那头抹眼泪。
访谈者：登记的信息请您说一下。
受访者：家在{{address:大悟县城关镇石桥村五组11号}}，孩子户口在{{address:乌审旗乌审召镇巴音敖包嘎查二组5号}}。我身份证{{id_number@wy1985x.150626}}，孩子的{{id_number@wy2016fullwidth.150626}}。我电话{{mobile@plus86dash}}，{{minority/mongolian:嘎力图}}的电话{{mobile@fullwidth}}。我的微信{{wechat:hexig_wsq85}}。孩子用我的旧手机上了个QQ，跟老家的同学聊天，号码是{{qq:306419582}}。
访谈者：表上的名字还有别的写法吗？
受访者：有。低保表上我是{{spaced:和 希 格 图 雅}}，我哥的死亡证明上是{{spaced:阿拉坦 巴干}}，孩子在医保卡上成了{{spaced:依　如　勒}}，连我男人都被录成了{{spaced:帅 国 平}}。
访谈者：您最盼什么？
受访者：盼孩子长大了回草原看看她阿爸的敖包。她是{{minority/mongolian:阿拉坦巴干}}的女儿，不能忘了。
""")

# H1413: Han 儿童主任 of 槐荫社区 in 花园镇 (孝昌) reading out her register with addresses.
DOCS["H1413"] = ("staff", """\
访谈者：{{han:鄢春桃}}主任，您手上这本是？
受访者：困境儿童台账。我在{{trap/place:花园镇}}槐荫社区当儿童主任，干了六年了。我念，你记。有的名字是少数民族的，我念不准，你对着我写的看。
访谈者：好。
受访者：头一户，{{minority/tibetan:夏贡毛草}}，女，七岁，藏族，唇腭裂，言语残疾四级。爸爸{{minority/tibetan:夏吾旦正}}前年车祸去世，妈妈{{minority/tibetan:更藏措毛}}在服装车间打工。住{{address:孝昌县花园镇槐荫社区后街23号2楼}}。低保、困境儿童补贴、残疾人生活补贴三样都有。她妈普通话说得不太好，有事我就找车间老板{{han:向荷香}}传话。
访谈者：第二户？
受访者：第二户是两兄弟，{{han:妥鑫宇}}十一岁，{{han:妥博文}}八岁，回族。爸爸在服刑，妈妈失联，认定的事实无人抚养，爷爷{{han:妥永贵}}带着，住{{address:孝昌县花园镇车站路37号}}面馆楼上。老人家让我把经名也登上：他是{{minority/hui:撒吾德}}，两个孙子是{{minority/hui:海日丁}}和{{minority/hui:阿米奴}}。小的身份证{{id_number@my2017x.420921}}。
访谈者：第三户？
受访者：第三户，{{han:操梓涵}}，女，十岁，{{school:花园镇第二小学四年级（1）班}}。爸爸{{han:操红军}}精神残疾二级，一犯病就往外跑，妈妈早走了。跟奶奶{{han:才菊英}}过，{{han:才菊英}}也七十多了。住{{address:孝昌县花园镇新桥村七组4号}}，孩子的身份证{{id_number@wy2015quad.420921}}。{{han:操梓涵}}也懂事，放学回来先给她爸喂药。
访谈者：第四户？
受访者：第四户是孤儿，{{han:桂天乐}}，男，十三岁，爸妈前年在{{trap/place:东莞}}打工，煤气中毒，两个人都没了。现在跟舅舅{{han:闵长水}}，住{{address:孝昌县花园镇双峰村三组19号}}，就在{{trap/place:双峰山}}脚下。身份证{{id_number@my2012fwhyphen.420921}}，孤儿基本生活费每月{{trap/number:一千六百八}}。{{han:桂天乐}}他舅舅自己有三个孩子，我们每个月上门一次，家里都喊他{{han:乐伢}}。
访谈者：第五户？
受访者：第五户，{{han:能俊豪}}，男，六岁，先天性心脏病，等着做第二次手术。爸爸{{han:能志华}}在{{trap/place:邹岗}}的砖厂，妈妈在家照顾。住{{address:孝昌县花园镇书院街18号}}。我跟{{han:能志华}}说过，大病救助的表要赶在月底前交。
访谈者：还有别的户吗？
受访者：第六户是上个月才报上来的，{{han:甘梓睿}}，男，十二岁，在{{school:孝昌县第二中学七年级（6）班}}。爸爸开三轮车翻了，高位截瘫，肢体一级；妈妈在超市理货，一个人养一家。一家人租住在镇上。我让他爸{{han:甘卫东}}把残疾证复印三份，两项补贴下个月就能到。伢放了学就去超市帮他妈搬货，作业在收银台边上写。
访谈者：这些户都是谁在跟？
受访者：社区书记{{han:和新民}}总负责，材料报到县{{trap/org:民政局}}。社工站派了两个人，{{compound:宗政雅雯}}跟头两户，{{compound:南门晓棠}}跟后四户，县里的督导{{compound:微生玉洁}}每个季度下来查台账。志愿者里有个退休老师叫{{compound:仲孙晓岚}}，周末给{{han:乐伢}}补数学。
访谈者：这些伢的钱是怎么发的？
受访者：社会化发放，每月十号前打到监护人的一卡通上。我每个月对一遍，谁的卡冻结了、谁的监护人换了，要赶紧报。去年有个爷爷把卡借给儿子用，钱被取走了，伢一个月冇得菜钱，我晓得以后跟他吵了一架。
访谈者：您平时怎么跑这些户？
受访者：骑电动车。社区三千多户，登记在册的困境儿童十一个，我念的是最难的六户。每个月每户至少上门一回，看伢吃的什么、穿的什么、作业写了冇、身上有冇得伤。每户都要亲眼看一看{{trap/word:才能}}放心。上门不能空手，我兜里总揣几包饼干。{{han:和新民}}说我是社区里跑得最勤的，电动车一年换两块电池。夏天还要去塘边转，怕伢们下塘洗澡，前几年隔壁镇就淹死过一个，一想起来心就揪着。
访谈者：台账上的名字都写对了吗？
受访者：错了好几处。系统里把{{spaced:夏 贡 毛 草}}一个字一个字空开了，{{spaced:操 梓 涵}}也是，兄弟俩写成了{{spaced:妥鑫 宇}}，社工也被写成{{spaced:宗 政 雅 雯}}，我年底一起改。
访谈者：这个工作最难的是什么？
受访者：是孩子心里的事。钱的事有政策，按月打到卡上；心里的事没有政策。那个孤儿伢爸妈刚走那阵，一个字都不说，我每个礼拜去陪他坐一个钟头，坐了三个月，他才开口问我，阿姨，煤气是什么味道。有难处也可以打{{trap/hotline:12349}}。
访谈者：联系方式呢？
受访者：我的电话{{mobile@spaced}}，工作微信{{wechat:yanchuntao_hy}}。{{han:闵长水}}的电话{{mobile@p86h}}。{{han:桂天乐}}有QQ，他说不想打电话的时候就在上面留言：{{qq:2975103648}}。晚上十点以后莫打电话，我屋里也有伢要睡觉。
""")

# H1414: Han civil-affairs clerk of 城关镇 (大悟) who reaches her families on WeChat and the phone.
DOCS["H1414"] = ("staff", """\
访谈者：{{han:晏丽君}}，听说您的手机一天到晚响个不停？
受访者：（笑）是的。我在{{trap/place:城关镇}}民政办，管低保、特困和困境儿童，手机里三百多个微信好友，一大半是我们的户。户里的人都喊我{{han:晏姐}}，有个老爹爹非说我们晏家祖上是{{trap/famous:晏子}}。
访谈者：微信上都办些什么？
受访者：什么都办。新疆来的{{minority/kazakh:吾木尔别克}}跑长途，白天不接电话，我就给他发语音。他爱人{{minority/kazakh:塔娜提}}在医院透析，她的微信是{{wechat:tanati_yerken}}，大病救助要的单子我一张一张拍给她看。吉木乃那边的村书记{{minority/kazakh:哈布力}}我也加了，他打字用哈萨克文，我用翻译软件翻，翻出来有时候驴唇不对马嘴，两个人对着笑。
访谈者：电话多吗？
受访者：多。石桥村嫁过来的蒙古族媳妇{{minority/mongolian:和希格图雅}}不会打字，一有事就打电话。她侄女{{minority/mongolian:依如勒}}的补贴批下来那天，她在电话里用蒙语唱了一段，我一句没听懂，听着是高兴。她的电话{{mobile@s38}}，我手机里存的是“{{minority/mongolian:希格}}”，后来改成了全名。
访谈者：有没有特别难联系的户？
受访者：有。{{han:柯士能}}，肢体残疾一级，两项补贴都有，儿子{{han:柯家旺}}在{{school:大悟县城关镇第二初级中学七年级（4）班}}。{{han:柯士能}}还不会用智能手机，我就找他儿子，伢的QQ是{{qq:1069384527}}，放学了回我。还有一户，妈妈{{han:邬翠兰}}在{{trap/org:武汉女子监狱}}服刑，两个孩子跟外婆过。外婆{{han:都金凤}}都快八十了，没有手机，电话是村里小卖部的，{{mobile@plain}}，打过去要等人去喊。
访谈者：一天要接多少电话？
受访者：少的二三十个，多的五六十个。月初发补贴那几天最多，这个问钱怎么还冇到，那个问卡丢了怎么办。有的老人耳朵背，一句话要喊三遍，我在办公室喊，隔壁都听得见。晚上回家，我把手机调成震动放在枕头边，怕有急事。我老公说我嫁给了手机。
访谈者：有没有哪一通电话记得特别清楚？
受访者：有。前年冬天夜里十一点，一个伢打过来，说他奶奶倒在地上起不来。我一边让他打{{trap/hotline:120}}，一边骑车往他屋里赶。奶奶是脑溢血，送得及时，救回来了。那个伢现在上初中了，过年给我发语音，说阿姨新年好。
访谈者：孩子们自己会找您吗？
受访者：会。{{han:柯家旺}}有回在QQ上问我，低保的钱能不能拿来交补课费。还有个初三的女伢叫{{han:蔡思雨}}，在{{school:大悟县城关中学九年级（1）班}}，爸爸在外地失联，妈妈早走了。她加了我的微信{{wechat:caisiyu_jiunian1}}，有天半夜发消息说不想读了。我第二天一早就去学校找她班主任{{han:喻光明}}，他说他也看出来了。现在她住校，周末到我屋里吃饭。
访谈者：您一个人管得过来吗？
受访者：跟同事{{han:和文斌}}分了片，我管东边八个村，{{han:和文斌}}管西边。县民政局儿童股的{{han:都股长}}说，我们镇的台账是全县最齐的。股里的{{compound:亓官书宁}}每个月来抽查，上个月还带了新来的{{compound:颛孙以宁}}。社工站的{{compound:夹谷春晓}}跟我跑入户，她同事{{compound:左丘慕白}}管心理这一块，县心理热线的志愿者{{compound:闻人沐晴}}每个月来给伢们上一次课。
访谈者：会不会有人冒充你们？
受访者：有。去年有人冒充民政局给低保户打电话，说补贴要“激活”，让先交三百块。我在所有的群里发：民政的钱从来不要你们先交钱，接到这种电话就打{{trap/hotline:110}}，再打给我。有个老太太差点转了账，是她孙女看见拦下来的。我们这边的补贴都走{{trap/org:农商银行}}的一卡通，有疑问打{{trap/hotline:96568}}。
访谈者：核对身份的时候呢？
受访者：新来的户要在电话里把身份证念一遍，我对着系统核。{{han:邬翠兰}}的大女儿{{han:胡晓蝶}}替她妈念，念得跟报菜名一样：{{id_number@wy1986fw.420922}}，一个不差。
访谈者：您自己的联系方式呢？
受访者：工作手机{{mobile@p86n}}，工作微信{{wechat:yanlijun_cgz}}。还有一个没设微信号的老爹爹，系统里就显示{{wechat:wxid_7q2k9m4t8x1c}}，我备注了半天才记住是谁。QQ我也有，{{qq:809275163}}，不过现在用的人少了。
访谈者：名字在系统里有写错的吗？
受访者：多得很。{{spaced:柯 士 能}}被拆开了，{{spaced:吾 木 尔 别 克}}被一个字一个字录进去，督导的名字录成了{{spaced:亓 官 书 宁}}。
访谈者：最后您想说什么？
受访者：这个活就是磨嘴皮子、跑断腿。户里的人把我当亲戚，有事没事都给我打电话，我也愿意接。说话要{{trap/word:和气}}，他们难，心里本来就有火，我再冲一句，这个户就不会再开口了。
""")

# H1415: Han grandmother in 宣化店镇 (大悟) raising her grandson; his parents work in 武汉.
DOCS["H1415"] = ("family", """\
访谈者：婆婆，您屋里几口人？
受访者：我跟孙伢两个。我叫{{han:阮秀枝}}，{{trap/place:宣化店}}本地人，今年六十八。儿子{{han:涂志刚}}跟媳妇{{han:汪美华}}都在{{trap/place:武汉}}，儿子在工地上刷{{trap/word:涂料}}，媳妇在{{trap/place:汉正街}}帮人看店。孙伢{{han:涂宇航}}九岁，我们都喊他{{han:航伢}}，在{{school:宣化店镇中心小学三年级（4）班}}。
访谈者：孩子爸妈多久回来一次？
受访者：过年回来一趟。去年秋天，{{han:涂志刚}}从脚手架上跌下来，腰椎压缩性骨折，在武汉住了两个月院。包工头跑了，工钱冇拿到，医药费是借的。{{han:汪美华}}辞了工在医院伺候他。现在他还冇好利索，干不了重活，两口子在武汉租了个小屋，靠媳妇一个人打零工。屋里一下就塌了，跟天塌了一样。
访谈者：孙伢晓得吗？
受访者：晓得。{{han:航伢}}那阵子天天问，爸爸是不是要瘫了。晚上睡不着，抱着他爸的旧衣裳睡。村里的儿童主任{{han:熊万有}}来看了，说这算困境儿童，帮我们报了，每月{{trap/number:五百三十块}}。{{han:熊万有}}也跟镇上说了，把我们祖孙俩报了低保。{{han:熊主任}}冇得架子，下大雨还骑摩托来看屋漏不漏。
访谈者：学校里怎么样？
受访者：班主任{{han:童小娟}}老师说{{han:涂宇航}}这学期成绩往下掉，上课发呆。她就每个礼拜留他在学校多读半个钟头书。镇社工站有个姑娘叫{{compound:端木听雨}}，还有个大学生志愿者{{compound:东郭若兰}}，暑假带伢们去{{trap/place:竹竿河}}边上捡石头画画，{{han:航伢}}画了一幅他爸戴安全帽的，贴在堂屋墙上。他现在成绩又慢慢上来了。
访谈者：您身体吃得消吗？
受访者：吃不消也要吃。我有高血压，膝盖也不好，种了一亩菜，养了十几只鸡。隔壁的{{han:才大娘}}心好，我去镇上拿药，就让{{han:才大娘}}帮我看一下伢。她屋里的狗子一见伢就{{trap/word:汪汪}}叫，摇尾巴。村会计{{han:汤有福}}帮我在手机上弄了个微信，好跟武汉视频。孙伢他表哥{{han:汪子豪}}在{{school:大悟县宣化店镇初级中学八年级（1）班}}，礼拜天过来陪他做作业。他外公{{han:汪德兴}}在{{trap/place:黄站}}，隔个把月骑电动车送一袋米、一壶菜油过来。
访谈者：孙伢身体好不好？
受访者：有哮喘，一到换季就咳。镇卫生院的{{han:艾医生}}讲，这病要长期喷药，一支药一百多。村里帮我问了，药钱能走大病救助报一部分。去年冬天半夜犯了一回，喘不上气，嘴唇都紫了，是村会计开车送到卫生院的，我吓得腿都软了。
访谈者：您平时一天怎么过？
受访者：天不亮就起来，烧火煮稀饭、蒸红苕，把伢喊起来送到村口坐校车。回来喂鸡、浇菜，上午挑点菜到镇上卖。下午三点半去村口接，接回来盯着他写作业。晚上他睡了，我把他的衣裳洗了，搭在灶屋里烘。一天下来腰都直不起来。有时候想，我这把老骨头要是倒了，伢么样搞。
访谈者：伢懂事吗？
受访者：懂事，懂事得让人心疼。他晓得屋里冇得钱，从来不要零食。学校组织去{{trap/place:三里城}}春游，要交三十块，他跟老师说他不去，后来是老师悄悄帮他交的。村里那几个{{trap/word:熊孩子}}笑他没爸妈在身边，{{han:熊万有}}把他们的家长挨个说了一遍，现在没人再笑了。
访谈者：孙伢跟爸妈视频吗？
受访者：天天视频。{{han:汪美华}}问他作业写完冇，他就把本子举到手机前头。有一回他跟他爸说，爸爸，你莫去工地了，我长大了养你。{{han:涂志刚}}在那头哭，这头我也哭。视频一挂，伢就跑到屋后头去，半天不回来。
访谈者：宣化店这地方有什么故事？
受访者：出过大人物。{{trap/year:1946年}}{{trap/famous:周恩来}}到我们这里来谈判，住过的屋现在是纪念馆。{{trap/famous:李先念}}带着队伍从这里突围出去的。我跟孙伢讲，你要好好读书，长大了做个有用的人。
访谈者：登记的信息您说一下。
受访者：我屋在{{address:大悟县宣化店镇竹林湾村三组26号}}，儿子在武汉租的屋是{{address:武汉市硚口区长丰街道常码头社区8栋2单元503室}}。我的身份证是{{id_number@wy1957spaced.420922}}，孙伢的{{id_number@my2016.420922}}。儿子电话{{mobile@plus86}}，媳妇的{{mobile@fws}}，媳妇的微信是{{wechat:wangmeihua_hzj}}。{{han:航伢}}拿他爸的旧手机上QQ，跟同学打游戏，号码他写在门背后：{{qq:2084615937}}。
访谈者：名字在表上写得对吗？
受访者：我不识字，是{{han:熊万有}}念给我听的：低保表上我成了{{spaced:阮 秀 枝}}，孙伢是{{spaced:涂宇 航}}，社工姑娘写成了{{spaced:端　木　听　雨}}。
访谈者：您最盼什么？
受访者：盼儿子的腰好起来，一家人在一起过个安生年。伢大了，我也老了，就这点心愿。
""")

# H1416: Han primary-school teacher in 小河镇 (孝昌) going through the pupils of her class who live in distress.
DOCS["H1416"] = ("teacher", """\
访谈者：{{han:卞晓雯}}老师，您带的是哪个班？
受访者：{{school:孝昌县小河镇中心小学五年级（3）班}}，我当班主任，教数学。我叫{{han:卞晓雯}}，在{{trap/place:小河镇}}教了十一年书。班上四十一个伢，家里有难处的五个，我一个一个跟你说。
访谈者：好。
受访者：第一个{{han:柯有才}}，十一岁。爸爸在矿上出事没了，妈妈改嫁去了{{trap/place:随州}}，他跟爷爷{{han:柯长安}}过。{{han:柯有才}}成绩不行，可是手巧，班上的桌椅坏了都是他修。镇上给他报了事实无人抚养，每月{{trap/number:一千一百二}}。他用爷爷的手机上QQ，号码是{{qq:438160927}}，作业拍照发给我。
访谈者：第二个呢？
受访者：第二个是女伢{{han:能秋禾}}。妈妈{{han:艾桂娥}}是聋哑人，爸爸{{trap/word:能说会道}}，可常年在外面跑货车，一个月回来一趟。{{han:能秋禾}}她会手语，家长会都是她给她妈翻。她妈拿残疾人两项补贴，填表的时候我帮着念过身份证：{{id_number@wy1984hyphen.420921}}。她爸的微信{{wechat:nengjun_huoche}}，我有事就给他留言。
访谈者：第三个？
受访者：第三个{{han:都梓萌}}，爸妈离了婚，爸爸偷电缆判了三年，在{{trap/org:汉阳监狱}}，服刑人员子女的补助是我帮着报的。她跟姑姑{{han:都丽华}}过，{{han:都丽华}}也是一个人带两个伢。她哥哥在{{school:小河镇初级中学八年级（2）班}}，兄妹俩放学一起走，哥哥骑车驮她。她姑姑的微信{{wechat:duli_hua0712}}，晚上十点以后才回。
访谈者：第四个？
受访者：第四个{{han:邬家和}}，爸妈在武汉开早餐店，跟奶奶过，奶奶去年中风，半边身子不能动。{{han:邬家和}}还要给奶奶端尿盆。他QQ是{{qq:1652093874}}，有回半夜两点给我发：老师我奶奶叫不醒。我打了{{trap/hotline:120}}，又喊了村医，还好是虚惊一场，奶奶是睡得太沉了。
访谈者：第五个？
受访者：第五个{{han:聂子骞}}，爸爸眼睛看不见，在镇上按摩，妈妈在家种地。伢话少，画画得好。家在{{address:孝昌县小河镇油榨村四组9号}}，家访我去过三回。身份证是{{id_number@my2014x.420921}}，学校助学金的表要填。
访谈者：小河镇的伢，留守的多吗？
受访者：多。镇上的年轻人大多在武汉、东莞打工，班上一大半伢跟着爷爷奶奶。开家长会，来的多半是白头发，我讲多了他们记不住，就讲三句话：按时睡觉、不下塘、有事找老师。作业要家长签字，有的老人不识字，就画个圈。我不说他们，画圈也是心意。
访谈者：您自己的孩子呢？
受访者：我女儿也上五年级，在{{trap/place:孝感}}城里跟她爸。我一个礼拜回去一趟，女儿说我管别人屋的伢比管她还上心。我跟她说，你有爸妈在身边，他们冇得。
访谈者：他们之间处得怎么样？
受访者：好得很。{{han:柯有才}}个子大，谁欺负{{han:聂子骞}}，他第一个站出来。{{han:能秋禾}}成绩好，放学留下来给{{han:邬家和}}讲题。我让{{han:柯有才}}当了劳动委员，他说这是他头一回当干部，回去跟他爷爷说了一晚上。跟我搭班的语文老师{{han:向满堂}}也喜欢这几个伢，周末带他们去{{trap/place:澴水}}边上放风筝。有回{{han:都梓萌}}被{{han:汤校长}}看见一个人在教室里哭，一问，是她爸从监狱里写信来了。
访谈者：学校怎么帮这些伢？
受访者：{{han:汤校长}}定了“一对一”，每个伢配一个老师。心理老师{{compound:漆雕一凡}}每周给他们上一次团体课，县社工站的{{compound:司寇子衿}}寒暑假来带夏令营。去年{{trap/org:县教育局}}送来一批书，伢们最爱看{{trap/famous:黄香}}温席的连环画，有个伢看完说，他也要给爷爷暖被窝。
访谈者：家访的时候看到些什么？
受访者：有的屋里连张书桌都冇得，伢趴在床上写作业；有的爷爷奶奶一个人种几亩田，还要带三个孙。教室窗台上，伢们种了一排{{trap/word:向日葵}}，{{han:邬家和}}天天去浇水。去年冬天我去一个伢屋里，屋里跟外面一样冷，伢穿着单裤。回来我在家长群里发了个倡议，家长们捐了四十多件棉衣。
访谈者：您跟家长怎么联系？
受访者：有家长群，可这几个伢的家长多半不看群。{{han:柯长安}}不识字，我就打电话，{{mobile@s434}}。我自己的电话{{mobile@h38}}，微信{{wechat:bianxw_xiaohe}}，家长们有事都找我。有的家长换了号码也不说，我就托村里的儿童主任上门去找。
访谈者：名册上的名字有写错的吗？
受访者：有。助学金的表上把{{spaced:能 秋 禾}}空开了，{{spaced:都梓 萌}}分成两截，县里的名单把心理老师写成{{spaced:漆 雕 一 凡}}。
访谈者：最后想说什么？
受访者：这几个伢，都是好伢。要说最放心不下的，还是{{han:柯有才}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1409,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout179",))


if __name__ == "__main__":
    main()
