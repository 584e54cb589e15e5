# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 197 (tests/pii/holdout197/H1561-H1568 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 196, written at the same time, is not
an earlier set).

Set 197 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 明溪 and 将乐
(三明, Fujian: bamboo forests, the 君子峰 bird reserve, the paper-mill town of 高唐): a Uyghur mother from 伊宁 in
万安镇 whose Han husband was killed sliding bamboo down the hill, raising a son and a daughter with her
mother-in-law, whose eyes are failing; a Yi grandfather from 昭觉 who minds the gate of a bamboo works near 夏阳乡, his son in prison for
stealing cable and the children's mother gone back to 凉山; a Kham Tibetan mother from 色达 in 高唐镇, her Han
husband's hand caught in the paper machine and their son born deaf (cochlear implant, 两项补贴); a Mongolian
grandmother from 陈巴尔虎旗 raising in 雪峰镇 her orphaned granddaughter, whose parents, who ran a bird-watching
guesthouse under 君子峰, died on the mountain road; a She 儿童主任 of a She village in 夏阳乡 reading out her list of
She, Han and Yi households; a Han clerk of the children's welfare section of the 明溪 civil-affairs bureau, on names
that the systems get wrong; a Han doctor of the 高唐 township hospital; and a Communist Youth League volunteer who
runs a bird-watching summer camp for these children. Han names make up a little over half of the persons. The
emphasis is on forms where a replacement might cover only part of a name, or miss it, in a mix rather than one
trick:

* Uyghur given name + father's name with the dot (阿依先木·吐尔逊), the hyphenation point (塔力甫‧吐尔逊), the
  katakana middle dot (图尔荪・卡德尔, 再努拉・图尔荪), a full stop (阿依先木.吐尔逊), no dot (阿依先木吐尔逊,
  图尔荪卡德尔) and spaced dots (图尔荪 · 卡德尔, 再努拉 ・ 图尔荪, 阿 依 先 木 · 吐 尔 逊, 再 努 拉 · 图 尔 荪);
* a Han surname before a non-Han given name (危阿卜杜瓦依提, 王依合, 揭尼扎, 练温都苏, 游白玛) and a name cut short
  by a form's five-character field (练温都苏吉 for 练温都苏吉雅); Yi clan names (瓦扎惹古, 瓦扎木支, 瓦扎依合,
  瓦扎日且, 吉伍石哈, 阿苏日莫, 阿尔莫色), Kham Tibetan names (降央曲措, 阿绒尼扎, 呷绒拉措, 呷玛志玛, 土登曲批,
  觉安拉姆, 白玛玉措), Mongolian names (萨其荣贵, 诺门其木格, 温都苏吉雅, 乌恩其勒图, 那木吉勒色楞);
* short forms and forms of address made from non-Han names, annotated whole (先木 in 先木阿姨, 小瓦, 碧丽, 小且,
  依合, 小曲, 尼扎, 苏吉雅, 萨奶奶, 萨大姐), and the Han-style names of minority people (王树槐, 揭思远, 练沐溪,
  危晓竹, 危梓骁, category han);
* Han names with common and rare surnames of the region (危, 练, 揭, 衷, 阙, 巫, 池, 卜, 游, 詹, 官, 俞, 邵, 涂, 童,
  占, 全, 从, 来, 过, 时, 连, 双, 要) and She surnames (蓝, 雷, 钟); surnames and given characters that are grammar
  words right before grammar words, particles and verbs (雷也香也, 巫又红又, 邓家才才, 蓝得旺得了, 蓝佳和和,
  邵正阳正在, 黎再兴再三, 揭文彬却, 池德旺倒是, 从桂香从来, 连桂英连夜, 连桂英连药, 过长顺过世, 时局长时常,
  要文华要求, 全秋菊全程, 来福英来串门, 要文华把) and after 让/被/问/给/跟/喊 (雷也香让巫石磊, 祖合热被, 依合问苏吉雅,
  交给官雪琴, 打给游春兰, 跟詹雨桐, 喊我王老倌); names before 她/他 (来福英她, 危炳坤他, 巫美凤她, 温子墨他, 雷也香她);
* names holding words, with the words used as words near them (traps): 危炳坤 / 危险, 官雪琴 / 当官,
  司空蔓青 / 司空见惯, 长孙晓明 / 长孙, 东方一苇 / 东方, 诸葛砚舟 / 诸葛亮, 欧阳修竹 / 欧阳修, 钟银娣 / 钟点工,
  雷也香 / 雷阵雨, 俞便民 / 便民服务中心, 占永福 / 占便宜, 双晴 / 双胞胎, 连桂英 / 连夜,
  过长顺 / 过世, 时局长 / 时常, 全秋菊 / 全程, 从桂香 / 从来, 要文华 / 要求;
* titles and kin words after names (卜晓芸老师, 揭永明医生, 先木阿姨, 晴晴姐; the span is the name only); a surname
  with only a title or kin word, annotated whole (危嫂, 危阿婆, 衷老师, 钟主任, 揭老板, 练奶奶, 时局长, 江警官,
  黎大夫, 双老师, 老阙, 王老倌); local nicknames and forms of address made from Han names, annotated whole (娣姑,
  石头崽, 晴晴), and a given name alone (再兴);
* names inside place-like and organisation-like phrases (池德旺竹木加工厂, 练海峰观鸟驿站, 雷水根山场); names at
  the very start of a turn (阿依先木·吐尔逊，伊宁人) and closing the last line (第二个谢卜晓芸。, 是连桂英。,
  又是苏吉雅。);
* names spaced out character by character in half- and full-width spaces (降 央 曲 措, 碧　丽　克　孜, 诸 葛 砚 舟,
  宇　文　苇　杭, 申　屠　嘉　树, 钟　银　娣, 池 小 雨) and names split in two (危 阿卜杜瓦依提, 瓦扎　惹古, 揭　尼扎,
  萨其　荣贵, 雷 也香, 阿绒 尼扎, 东方 一苇); compound surnames after ordinary words (上官, 欧阳, 司徒, 端木, 夏侯,
  皇甫, 长孙, 诸葛, 司空, 宇文, 钟离, 赫连, 澹台, 申屠, 东方 after 派了/志愿者/社工/的/律师/老师/书记/有/、);
* numbers and accounts read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:危嫂}}``, ``{{qq:3158062947}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, uyghur, yi, tibetan) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2012fwhyphen.350428}}``,
                                   ``{{mobile@s38}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fw, quad, tri,
                                   fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 医生, 阿姨, 姐) and a particle, pronoun
or verb written directly after a name (也, 又, 才, 得, 和, 正, 再, 却, 倒, 从来, 连夜, 过世, 时常, 要求, 全程, 把, 她,
他, 说) are outside the span; a surname with only a title or kin word (危嫂, 衷老师, 时局长, 老阙) and a local
nickname (石头崽, 娣姑) are annotated whole. Han-style names of minority people (王树槐, 揭思远, 练沐溪, 危晓竹,
危梓骁) are category han; a Han surname before a non-Han given name (危阿卜杜瓦依提, 王依合, 揭尼扎, 练温都苏,
游白玛) is category minority, and so are forms of address made from a non-Han name (小瓦, 小且, 小曲, 萨奶奶,
萨大姐).

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout197/make_holdout197.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(197_2026_1207)
MINORITY_GROUPS = ('mongolian', 'uyghur', 'yi', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "uyghur": 10, "yi": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "156", "159", "178", "182", "183", "185", "188", "195",
                   "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1561: Uyghur mother from 伊宁 in 万安镇 (将乐); her Han husband was killed sliding bamboo down the hill.
DOCS["H1561"] = ("family", """\
访谈者：大姐，您怎么称呼？
受访者：{{minority/uyghur:阿依先木·吐尔逊}}，{{trap/place:伊宁}}人。村里人念不顺，跟着我男人的姓喊我{{han:危嫂}}，细崽们喊我{{minority/uyghur:先木}}阿姨，喊快了就剩“阿姨”两个字。
访谈者：怎么从新疆到将乐来的？
受访者：我男人{{han:危炳坤}}早年在伊宁开挖机，我们在{{trap/place:伊犁河}}边上认得的。他爸中风，他要回来，我就跟着到了{{trap/place:万安镇}}。他讲竹山里有活做，冬天挖冬笋，春天砍毛竹，夏天把竹子卖给筷子厂，一年到头冇闲的时候。我头一回进竹山，满眼都是绿的，我讲这比我们那里的白杨林还密。
访谈者：后来出了什么事？
受访者：前年正月，他上山溜竹子，一捆毛竹顺着槽冲下来，人就冇了。那段坡村里都讲{{trap/word:危险}}，{{han:危炳坤}}他偏要赶在落雨前溜完，讲多溜一趟多三十块。抬下山的时候，我连他的脸都不敢看。
访谈者：孩子们多大？
受访者：儿子十二，维吾尔名{{minority/uyghur:阿卜杜瓦依提}}，户口上叫{{han:危梓骁}}，学校花名册连起来写成{{minority/uyghur:危阿卜杜瓦依提}}，同学嫌长，喊他{{minority/uyghur:小瓦}}。他在{{school:将乐县第三中学七年级（4）班}}。女儿八岁，{{minority/uyghur:碧丽克孜}}，汉名{{han:危晓竹}}，在{{school:万安中心小学二年级（3）班}}，我喊她{{minority/uyghur:碧丽}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任{{han:游春兰}}，{{han:游春兰}}又当妇女主任又管低保，两个细崽的困境儿童补贴是她报的，每人每月{{trap/number:六百八十块}}。镇民政办的{{han:练清源}}教我重填过两回材料，头一回我把日期照新疆的习惯写，退回来了。县社工站派了{{compound:上官沐禾}}，每礼拜来陪女儿画画。
访谈者：孩子在学校怎么样？
受访者：儿子脾气倔。上学期他被高年级的拿他爸的事取笑，打了一架。班主任{{han:卜晓芸}}老师冇骂他，叫到办公室吃了碗粉干，问他想不想爸爸。{{han:卜晓芸}}跟我讲，这伢心里苦，要慢慢来。女儿的老师姓衷，大家都叫{{han:衷老师}}，她让{{minority/uyghur:碧丽}}在六一节跳了段新疆舞，全校都拍手。
访谈者：家里还有谁？
受访者：婆婆{{han:危阿婆}}七十三了，眼睛不好，白天帮我看屋。小叔子{{han:危炳泉}}在{{trap/place:厦门}}送外卖，过年回来塞两百块给细崽。我哥{{minority/uyghur:塔力甫‧吐尔逊}}在伊宁开馕店，每年寄葡萄干和{{trap/minority_word:艾德莱斯}}绸子来。{{minority/uyghur:塔力甫}}讲，等细崽大了接去新疆过{{trap/minority_word:肉孜节}}。
访谈者：您现在做什么？
受访者：在{{trap/org:金森林业}}下面的竹筷厂上班，一天站十个钟头，一个月两千六。夜里回来做{{trap/minority_word:抓饭}}，细崽吃得惯，婆婆嫌油，我就给她单煮一碗粉干。隔壁{{han:来福英}}来串门，一来就带把青菜。{{han:来福英}}她男人也在竹山上出过事，腿断了，我们两个有话讲得来。
访谈者：还有什么难处？
受访者：最难是过冬。山里湿冷，屋里冇暖气，儿子冻疮烂到流水，镇卫生院的{{han:揭永明}}医生给开药膏，冇收钱。还有认字。我汉字写不好，表格都是{{han:游春兰}}和团县委的志愿者{{compound:欧阳修竹}}帮我填，她讲她的名字比{{trap/famous:欧阳修}}多一个字。现在夜里我跟着女儿的课本学拼音，她当老师，我当学生。
访谈者：孩子们想爸爸吗？
受访者：想。女儿夜里抱着她爸的安全帽睡。儿子不讲，可他拿他爸的柴刀削了一把{{trap/minority_word:都塔尔}}，弦是鱼线，弹起来嗡嗡响。我给他们讲{{trap/famous:阿凡提}}倒骑毛驴，讲着讲着自己先哭了。儿子讲，妈，你莫哭，我长大开挖机，不上竹山。
访谈者：想过回新疆吗？
受访者：想过。可婆婆离不开人，细崽在这边读惯了书，讲的都是将乐话，回去连馕都吃不惯了。我就想，先把他们拉扯大，再讲。
访谈者：村里人对你们怎么样？
受访者：大多数好。头几年有人背后讲我是外地来的，听不懂话。后来我蒸了{{trap/minority_word:烤包子}}一家家送，{{han:游春兰}}带头讲好吃，慢慢就熟了。过年{{han:危炳泉}}回来，跟我讲，嫂子，细崽的学费我出一半。我讲不用，你自己也难，在外头租房子一个月就要一千多。
访谈者：登记的信息您说一下。
受访者：家在{{address:将乐县万安镇竹溪村四组17号}}。我身份证{{id_number@wy1988quad.654002}}，儿子的{{id_number@my2012fwhyphen.350428}}。我电话{{mobile@s38}}，有事也可以打给{{han:游春兰}}。我微信{{wechat:Ayxam_Yining88}}。儿子的QQ写在我手机壳里面：{{qq:3158062947}}。
访谈者：各种表上名字写得对吗？
受访者：银行卡上是{{minority/uyghur:阿依先木吐尔逊}}，连成一串；低保名单打成{{spaced:阿 依 先 木 · 吐 尔 逊}}；家长签字栏又写成{{minority/uyghur:阿依先木.吐尔逊}}，点打成了句号。学校把儿子写成{{spaced:危 阿卜杜瓦依提}}，女儿写成{{spaced:碧　丽　克　孜}}。
访谈者：最想谢谁？
受访者：头一个谢{{han:游春兰}}，第二个谢{{han:卜晓芸}}。
""")

# H1562: Yi grandfather from 昭觉 at a bamboo-floor works near 夏阳乡 (明溪); his son is in prison, the mother gone.
DOCS["H1562"] = ("family", """\
访谈者：阿普，您在明溪住了几年了？
受访者：六年了。我是{{trap/place:大凉山}}{{trap/place:昭觉}}来的，彝名{{minority/yi:瓦扎惹古}}，身份证上写{{han:王树槐}}。厂里的后生都喊我{{han:王老倌}}，我也应。
访谈者：当初怎么来的？
受访者：老乡{{minority/yi:吉伍石哈}}先来，在{{trap/place:胡坊镇}}的竹地板厂做，讲这边缺人，工钱按月发，不拖。我就带着儿子{{minority/yi:瓦扎木支}}下来了，他上山砍竹，我在厂里码板子。头一年住厂里的铁皮房，夏天热得睡不着，就搬张席子睡到竹林里去。
访谈者：孩子的爸妈现在……
受访者：{{minority/yi:瓦扎木支}}前年跟人去偷工地的电缆，判了三年零六个月。媳妇{{minority/yi:阿苏日莫}}回了凉山，电话打不通，听讲又嫁了。两个娃娃就跟着我。
访谈者：孙子孙女多大？
受访者：大的女娃{{minority/yi:瓦扎依合}}，十岁，学校登记成{{minority/yi:王依合}}，在{{school:明溪县夏阳中心小学四年级（1）班}}。小的男娃{{minority/yi:瓦扎日且}}，七岁，在{{school:夏阳中心小学一年级（2）班}}，我喊他{{minority/yi:小且}}。
访谈者：谁在帮你们？
受访者：村里的儿童主任是畲族，叫{{han:钟银娣}}，我们喊{{han:钟主任}}。她给两个娃娃报了事实无人抚养，爸爸在牢里，妈妈找不到，每人每月{{trap/number:一千一百五}}。县民政局的{{han:官雪琴}}来核过，她讲话快，我听不懂，都是大孙女给我翻。社工{{compound:司徒晚晴}}帮我们办了视频会见，娃娃的爸在屏幕里哭，两个娃娃也哭。
访谈者：您身体怎么样？
受访者：腰坏了，码板子码的。老板{{han:池德旺}}人好，叫我去{{han:池德旺}}竹木加工厂看大门，少挣三百，轻松些。厂里烧饭的{{han:从桂香}}{{trap/word:从来}}不让两个娃娃饿着，放学就喊他们去食堂，有肉先给娃娃夹。
访谈者：娃娃们习惯这边吗？
受访者：大的习惯了，讲得一口明溪话，回凉山反倒听不懂老家人讲话。小的怕冷又怕热，一到{{trap/minority_word:火把节}}就闹着回凉山，讲那边有{{trap/minority_word:坨坨肉}}吃。老乡的老婆{{minority/yi:阿尔莫色}}手巧，每礼拜给{{minority/yi:依合}}编一回辫子。我冬天披着{{trap/minority_word:查尔瓦}}去接娃娃，校门口的人都盯着看。
访谈者：学校那边呢？
受访者：班主任{{han:伍春燕}}老师给大的申请了营养餐，还让自己的女儿{{han:黎小禾}}跟她同桌。{{han:伍春燕}}讲，这娃娃数学好，就是不敢举手。开家长会我听不懂，{{han:伍春燕}}就会后留下来，一句一句讲给我听，讲不通就画。
访谈者：平时一天怎么过？
受访者：早上五点起来烧火，煮一锅洋芋，娃娃们吃了去上学。我去厂门口坐着，看车进车出。中午{{han:从桂香}}给我留一碗饭。下午四点去接娃娃，路上买两个馒头。夜里大的写作业，我抽烟，{{minority/yi:小且}}趴在地上玩竹片。春天山上冒笋，我带他们去挖，卖给收笋的{{han:揭老板}}，一斤两块。
访谈者：您自己有什么打算？
受访者：等他爸出来，叫他好好在厂里做，莫再跟那些人混。我七十好几了，哪天走了，娃娃怎么办？我请{{trap/minority_word:毕摩}}看过，他讲娃娃命硬。我不大信这些，可听了心里踏实。夜里我讲{{trap/famous:支格阿鲁}}射太阳，小的听了就拿竹子做弓，满屋子射。
访谈者：凉山老家还回去吗？
受访者：三年冇回了。车票贵，来回要两千多，还要请假。老家的房子是土墙的，去年雨大，塌了半边，也冇人修。我想，等娃娃长大，带他们回去看一眼祖坟，告诉他们我们是从哪里来的。凉山的洋芋比这边的面，娃娃们头一年吃不惯这边的米，瘦了一圈，现在倒离不得米饭了。
访谈者：娃娃的爸爸知道家里的情况吗？
受访者：知道。每个月能打一回亲情电话，十分钟。他在电话里问娃娃读书好不好，又问我的腰，我讲都好。他讲在里面学了电工，出来不偷了，要正正经经给人接电线。{{han:钟银娣}}讲，等他出来，村里帮他找活。
访谈者：过彝族年吗？
受访者：过。十一月杀不起猪，就杀只鸡。{{minority/yi:吉伍石哈}}一家过来，喝两口酒，唱两句。厂里的汉族后生也来凑热闹，{{han:池德旺}}倒是大方，每年送一箱啤酒，讲你们过年，我们跟着沾光。
访谈者：登记的信息说一下。
受访者：住{{address:明溪县夏阳乡竹篙坪村三组8号}}，老家{{address:昭觉县竹核乡木渣洛村二组13号}}。我身份证{{id_number@mold.513431}}，{{minority/yi:依合}}的{{id_number@wy2015spaced.513431}}。我电话{{mobile@plus86}}，记不住的话问{{han:钟主任}}。{{han:池德旺}}有微信，叫{{wechat:chidewang-zhumu}}，有事发给他。大的在学校注册了个QQ：{{qq:４７２０９１５８６}}。
访谈者：会见通知上的名字写对了吗？
受访者：监狱寄来的通知把孙女写成{{spaced:瓦 扎 依 合}}，把我写成{{spaced:瓦扎　惹古}}，媳妇那栏打成{{spaced:阿　苏　日　莫}}，我请{{han:钟主任}}去改。
""")

# H1563: Kham Tibetan mother from 色达 in 高唐镇 (将乐), the paper-mill town; her Han husband lost three fingers at the
# mill, their son was born deaf.
DOCS["H1563"] = ("family", """\
访谈者：阿佳，您是从甘孜来的？
受访者：{{trap/place:色达}}的。我叫{{minority/tibetan:降央曲措}}，厂里姐妹嫌四个字长，喊我{{minority/tibetan:小曲}}。
访谈者：怎么到高唐来的？
受访者：我男人{{han:揭文彬}}以前在{{trap/place:康定}}修路，我在路边帐篷里卖牦牛肉干，他天天来买，就认得了。他爸妈老了，我们回了{{trap/place:高唐镇}}，他进{{trap/org:高唐纸厂}}做卷纸工。高唐一天到晚都是纸浆的味道，我头一个月天天头疼，后来闻惯了。
访谈者：后来出了事？
受访者：去年四月，卷纸机把他右手卷进去，三个指头冇了。评了工伤四级，办了残疾证。厂工会的{{compound:端木清远}}帮他跑赔偿，法律援助的律师{{compound:夏侯文杰}}打了半年官司。{{han:揭文彬}}却一直想不开，半年不出门，饭也不上桌吃。
访谈者：孩子呢？
受访者：儿子十岁，藏名{{minority/tibetan:阿绒尼扎}}，汉名{{han:揭思远}}，同学喊他{{minority/tibetan:揭尼扎}}。他生下来两只耳朵就是重度，在{{school:高唐中心小学三年级（2）班}}随班读。小的女儿{{minority/tibetan:呷绒拉措}}四岁，在家我带。
访谈者：耳朵在治吗？
受访者：治。镇卫生院的{{han:黎再兴}}医生最先看出来，{{han:黎再兴}}再三讲要趁早，帮我们转到{{trap/org:福建省儿童医院}}。县残联的{{han:阙建国}}报了人工耳蜗救助，国家出大头，我们出了一万二。现在{{minority/tibetan:尼扎}}能听见一点了，会喊阿妈，喊得不清楚，我听一回哭一回。耳蜗要定期调机，一年去两回福州，车费住宿都是自己出。
访谈者：家里靠什么过？
受访者：他有工伤补助，我在镇上超市理货，一个月两千二。两个娃娃都办了困境儿童，儿子还有残疾人两项补贴，是村里的儿童主任{{han:巫美凤}}跑下来的。{{han:巫美凤}}她屋里也难，男人瘫在床上，还天天帮人跑。
访谈者：老师对孩子怎么样？
受访者：班主任{{han:詹雨桐}}老师学了手语，上课让{{minority/tibetan:揭尼扎}}坐第一排，看她的嘴。同桌{{han:温子墨}}下课帮他抄作业，{{han:温子墨}}他妈还送过两回鸡蛋。
访谈者：儿子在学校受过欺负吗？
受访者：刚开始有。几个男娃在他背后喊他聋子，反正他听不见。是{{han:温子墨}}去告诉了老师，{{han:詹雨桐}}把那几个娃娃的家长都喊来，开了个班会，讲耳朵听不见的人怎么过日子。后来那几个娃娃倒成了他的朋友，放学一起去{{trap/place:金溪}}边上捡石子。
访谈者：您自己学手语难吗？
受访者：难。汉字我都认不全，手语更难。县残联办了个家长班，礼拜六上课，{{han:阙建国}}给我们一人发了一本书。我学了半年，会打“吃饭”“睡觉”“妈妈爱你”。儿子看见我打“妈妈爱你”，就笑，笑得跟他爸小时候的照片一模一样。
访谈者：您先生现在好些了吗？
受访者：好些了。去年冬天儿子装了耳蜗，头一回听见他爸咳嗽，回头看他，他爸一下子就哭了。后来他到厂里门卫室上班，左手学着写字，写得歪歪扭扭，给儿子签作业。他讲，少了三个指头，照样是你们的爸。
访谈者：纸厂对你们家怎么样？
受访者：工伤赔偿打完官司才给，前后拖了一年。后来厂里换了领导，给他安排了门卫的活，一个月两千，还交社保。逢年过节工会送米送油，我心里记着。只是一到夜里他就睡不着，那三个冇了的指头还疼，医生讲这叫{{trap/word:幻肢痛}}。
访谈者：老家还有人吗？
受访者：我阿妈{{minority/tibetan:呷玛志玛}}在色达放牦牛，弟弟{{minority/tibetan:土登曲批}}在康定开货车。过年我带娃娃回去过一回，女儿头一回看见雪，趴在地上不肯起来。阿妈给她捏{{trap/minority_word:糌粑}}，她吐了，我弟弟笑得直拍腿。
访谈者：在这边过得惯吗？
受访者：热，潮，被子晒不干。想家了就跳{{trap/minority_word:锅庄}}，在厂区空地上跳，厂里女工也跟着学。我给儿子讲{{trap/famous:文成公主}}进藏，他听不全，看我的手比划。婆婆{{han:邹凤娇}}讲我是{{trap/place:金沙江}}那边飞来的鸟，落在纸厂不走了。吃的也不惯，这边什么菜都放糖，我就托老乡从成都寄青稞粉，一次寄二十斤，够吃两个月。
访谈者：登记信息说一下。
受访者：住{{address:将乐县高唐镇纸厂生活区5栋3单元302}}，老家{{address:色达县色柯镇俄布村一组6号}}。我身份证{{id_number@wy1990fwspaced.513333}}，儿子的{{id_number@my2015tri.350428}}。我电话{{mobile@fws}}，{{han:揭文彬}}的{{mobile@p86h}}。我微信{{wechat:Qujen_Serta}}。儿子有QQ，{{qq:26481930}}，他用来跟{{han:詹雨桐}}打字。
访谈者：申请表上的名字对吗？
受访者：耳蜗的申请表把儿子写成{{spaced:阿 绒 尼 扎}}，点名册打成{{spaced:揭　尼扎}}，我的居住证上是{{spaced:降 央 曲 措}}，一个字空一格。
""")

# H1564: Mongolian grandmother from 陈巴尔虎旗 in 雪峰镇 (明溪) raising her orphaned granddaughter; the girl's parents
# died on the road down from the bird reserve.
DOCS["H1564"] = ("family", """\
访谈者：奶奶，您老家在内蒙古哪里？
受访者：{{trap/place:呼伦贝尔}}{{trap/place:陈巴尔虎旗}}。我叫{{minority/mongolian:萨其荣贵}}，小区里的人喊我{{minority/mongolian:萨奶奶}}，门卫{{han:老阙}}喊我{{minority/mongolian:萨大姐}}。
访谈者：怎么到明溪来了？
受访者：我女儿{{minority/mongolian:诺门其木格}}在{{trap/place:海拉尔}}读旅游，认得了来拍鸟的{{han:练海峰}}，嫁到了明溪。{{han:练海峰}}在{{trap/place:君子峰}}脚下开了家民宿，门口牌子写着“{{han:练海峰}}观鸟驿站”，带城里人拍{{trap/word:黄腹角雉}}、{{trap/word:白鹇}}。前年秋天落大雨，两口子开车下山，车翻进沟里，都冇救过来。
访谈者：孩子呢？
受访者：外孙女那天在学校，捡了一条命。蒙古名叫{{minority/mongolian:温都苏吉雅}}，汉名{{han:练沐溪}}，学校花名册写{{minority/mongolian:练温都苏}}，我喊她{{minority/mongolian:苏吉雅}}。十二岁，在{{school:明溪县实验小学五年级（3）班}}。
访谈者：爷爷奶奶那边呢？
受访者：她爷爷{{han:练德安}}在{{trap/place:瀚仙镇}}种烟叶，风湿，下不了床；{{han:练奶奶}}去年也走了。我老伴{{minority/mongolian:乌恩其勒图}}走得早，我在草原上冇么个牵挂，就来了。
访谈者：谁在帮你们？
受访者：社区的儿童主任{{han:全秋菊}}{{trap/word:全程}}陪着，给孩子报了孤儿基本生活费，每月{{trap/number:一千五百二}}，我当监护人。县民政局的{{han:官雪琴}}上门核了两回。学校的心理老师{{compound:皇甫青禾}}每礼拜找她谈一回。团县委的志愿者{{compound:长孙晓明}}暑假带她去夏令营，他讲自己是家里的{{trap/word:长孙}}，偏偏又姓长孙，从小被人笑。
访谈者：孩子现在怎么样？
受访者：头半年不讲话。是她爸的朋友{{han:邓鹭生}}，保护区的护林员，带她上山看鸟，她才慢慢开口。{{han:邓鹭生}}教她认{{trap/word:白鹭}}、{{trap/word:红嘴蓝鹊}}，她现在比我认得多，作业本上画的都是她爸的照相机。
访谈者：钱够用吗？
受访者：够吃饭。我有点养老金，她舅舅{{minority/mongolian:那木吉勒色楞}}每年从海拉尔寄{{trap/minority_word:手把肉}}和牛肉干来。民宿房东{{han:占永福}}把押金一分不少退了，讲不能{{trap/word:占便宜}}。孤儿的钱我一分不动，存在她名下的卡里，等她读大学用。我们两个吃饭，靠我的养老金和社区过年过节送的米面。
访谈者：您在这边过得惯吗？
受访者：吃不惯，太甜，一天三顿米饭。{{minority/mongolian:苏吉雅}}爱吃明溪的肉脯干，我爱喝奶茶，祖孙俩各吃各的。冬天冇暖气，屋里比外头还冷，我把老家带来的羊皮褥子铺在她床上。我教她玩{{trap/minority_word:嘎拉哈}}，唱{{trap/famous:嘎达梅林}}，她唱不准，我们笑成一团。
访谈者：孩子在学校怎么样？
受访者：成绩中等，画画好。班主任{{han:艾秋萍}}老师讲，这孩子上课爱往窗外看，看见鸟就走神。我讲她爸就是这样的人。{{han:艾秋萍}}没批评她，让她当了班上的生物课代表，她高兴得一夜没睡。
访谈者：草原那边的亲戚来过吗？
受访者：她舅舅来过一回，坐了三天火车。他看见这边的山，讲山太多了，把天都挡住了。他想把孩子接回内蒙古，孩子不肯，讲要守着爸妈。我们商量好了，等她大了自己选。
访谈者：您平时怎么打发时间？
受访者：早上送她上学，去菜市场买菜，回来收拾屋。下午在小区里跟几个老太太坐着晒日头，她们讲明溪话，我讲蒙古话，谁也听不懂谁，可都笑。夜里等她写完作业，我们视频给草原上的亲戚看，她用蒙古话喊“你好”，舅舅那边一屋子人都拍手。
访谈者：您一个人带孩子，最怕什么？
受访者：最怕她生病。去年她出水痘，夜里烧到三十九度半，我不会叫车，是{{han:老阙}}骑电瓶车把我们送到医院的。还怕她想爸妈。清明那天她在阳台上折了两只纸鸟，讲一只是爸爸，一只是妈妈，放到楼下的溪里，看着漂走了才肯上楼。
访谈者：以后打算怎么办？
受访者：我快七十了，能带几年是几年。{{han:全秋菊}}讲，我要是不在了，政府会管，还有她爷爷那边。孩子讲长大要当护林员，跟{{han:邓鹭生}}叔叔一样守着那些鸟。我讲那你先要学会骑车，护林员要走很远的路。她第二天就让我陪她去学车，摔了好几跤也不哭。
访谈者：登记信息说一下。
受访者：住{{address:明溪县雪峰镇城东路翠竹苑2栋401}}，老家{{address:陈巴尔虎旗巴彦库仁镇团结路8号楼1单元202}}。我身份证{{id_number@wold.150725}}，孩子的{{id_number@wy2013hyphen.350421}}。我电话{{mobile@plain}}，{{han:全秋菊}}的{{mobile@plus86spaced}}。微信是外孙女帮我弄的：{{wechat:wxid_m7q2r9k4t1}}。她自己的QQ{{qq:1082736594}}。
访谈者：证件上名字都对吗？
受访者：孤儿证上打的是{{spaced:温 都 苏 吉 雅}}，存折上我是{{spaced:萨其　荣贵}}，家长群里老师把她备注成{{spaced:练 温 都 苏}}。
""")

# H1565: She 儿童主任 of 竹篙坪村 (夏阳乡, 明溪) reading out her list.
DOCS["H1565"] = ("staff", """\
访谈者：{{han:钟主任}}，您带来的是名册？
受访者：是。我叫{{han:钟银娣}}，畲族，在{{trap/place:夏阳乡}}竹篙坪村当儿童主任，兼村会计。村里讲畲话的老人喊我{{han:娣姑}}。我照本子念，你记。
访谈者：好。
受访者：头一户，彝族的{{han:王老倌}}，两个孙子{{minority/yi:瓦扎依合}}、{{minority/yi:瓦扎日且}}，事实无人抚养，你们上回去过。老人家汉话讲不清，有事都是大孙女来村部找我。
访谈者：第二户？
受访者：第二户，畲族，户主{{han:蓝得旺}}，{{han:蓝得旺}}得了尘肺，早年在{{trap/place:龙岩}}挖矿，现在走几步路就喘。老婆走了，留下两个细崽，哥哥{{han:蓝佳和}}和妹妹{{han:蓝佳欣}}，哥哥在{{school:夏阳中心小学六年级（2）班}}，妹妹在{{school:夏阳中心小学三年级（1）班}}。困境儿童加低保，大人有两项补贴。住{{address:夏阳乡竹篙坪村五组21号}}，户主身份证{{id_number@mmidhyphen.350421}}。
访谈者：第三户？
受访者：第三户是孤儿，{{han:雷也香}}，女，十三岁。爸爸{{han:雷水根}}在自家承包的竹山上被五步蛇咬了，那片山村里到今天还叫{{han:雷水根}}山场，送到乡里人就不行了；妈妈前年得癌走的。{{han:雷也香}}也懂事，跟外婆{{han:钟细妹}}过，住{{address:夏阳乡竹篙坪村七组3号}}，在{{school:明溪县第二中学七年级（6）班}}。孤儿基本生活费每月{{trap/number:一千四百九}}。{{trap/minority_word:三月三}}那天她唱{{trap/minority_word:畲歌}}，全乡头一名。
访谈者：第四户？
受访者：第四户汉族，{{han:巫又红}}又是一个人拉扯两个孙子。儿子媳妇在{{trap/place:晋江}}鞋厂，三年冇回来。小孙子大名{{han:巫石磊}}，小名{{han:石头崽}}，先天心脏病，在{{trap/org:三明市第一医院}}开过刀，他奶奶讲他命硬，像山坑里的{{trap/word:石块}}。两兄弟报的是困境儿童，小的身份证{{id_number@my2016fw.350421}}。
访谈者：还有吗？
受访者：第五户是新报的，还在审。{{han:衷国富}}脑梗瘫在床上，老婆跑了，女儿{{han:衷小芹}}十岁，放学回来要给她爸翻身、喂饭。材料我交给{{han:官雪琴}}了，她讲下个月上会。这个细崽我最放心不下，她跟我讲，姑姑，我不怕累，我怕我爸哪天醒不过来。
访谈者：这些户都谁在跟？
受访者：驻村第一书记{{compound:诸葛砚舟}}，村里人笑他赛过{{trap/famous:诸葛亮}}，低保材料他一页一页看。社工{{compound:司空蔓青}}每月来一回，她讲这种事{{trap/word:司空见惯}}，可每回从那屋里出来还是抹眼泪。民政局是{{han:官雪琴}}管我们这片，一个月来一趟。
访谈者：畲族孩子有什么特别的难处？
受访者：在家讲畲话，普通话不灵光，刚上学跟不上。村里办了个童伴之家，请不起人，我就当{{trap/word:钟点工}}，放学后守两个钟头。三月三做{{trap/minority_word:乌米饭}}，细崽穿{{trap/minority_word:凤凰装}}，老人讲{{trap/famous:盘瓠}}的古。{{han:蓝佳和}}问我，我们畲族为么个姓蓝姓雷姓钟，我讲这是老祖宗传下来的。我跟细崽们讲，畲话要学好，普通话也要学好，两样都会才不吃亏。
访谈者：村里的孩子平时谁照看？
受访者：大的自己照看自己，小的跟着爷爷奶奶。村里年轻人都出去了，学校放学以后，整个村子就剩老人、细崽和狗。童伴之家有几张桌子、一柜子旧书，还有县图书馆送来的一台电脑，细崽们放学就往这里跑，写作业、看书，等天黑了大人来接。
访谈者：您是怎么发现这些孩子的？
受访者：一家一家走。我们村散，七个组分在三条山坑里，最远的一组走路要一个钟头。我每个月至少走一遍，看谁家大人病了、谁家细崽冇上学，解放鞋都走烂了好几双了。{{han:雷也香}}她妈住院那阵，我就是在路上碰到她一个人背着柴，才晓得屋里冇大人。
访谈者：名册上的名字都对吗？
受访者：乡里打印的册子错得多，把书记打成{{spaced:诸 葛 砚 舟}}，把{{han:雷也香}}打成{{spaced:雷 也香}}，把我打成{{spaced:钟　银　娣}}。年底要一户一户核，错一个字钱就发不下来。
访谈者：您的联系方式？
受访者：我电话{{mobile@s434}}，书记的{{mobile@spaced}}，他微信{{wechat:zhuge_yanzhou}}。我的QQ是{{qq:963820571}}，细崽们有事就留言。
访谈者：您自己屋里呢？
受访者：我男人在{{trap/place:沙县}}开小吃店，一年回来两回。儿子读高中，住校。我一个人在村里，白天记账，夜里走户，有时候十点才吃上饭。他讲让我莫干了，一个月几百块补贴，还不够电话费。我讲，我不干，谁干？这些细崽都是我看着长大的。
访谈者：干这个最难的是什么？
受访者：钱少事多，一户要跑五六趟。可看见{{han:石头崽}}做完手术能跑能跳，{{han:雷也香}}考上县二中，我又觉得值。夜里落{{trap/word:雷阵雨}}，我头一个想的就是{{han:蓝得旺}}家那个漏雨的屋顶。
""")

# H1566: Han clerk of the children's welfare section of the 明溪 civil-affairs bureau.
DOCS["H1566"] = ("staff", """\
访谈者：您在民政局哪个股室？
受访者：儿童福利股。我叫{{han:官雪琴}}，姓官，{{trap/word:当官}}的官，可我就是个办事员。股长{{han:邓家才}}才调来三个月，跑腿的还是我。
访谈者：全县有多少困境儿童？
受访者：在册四百多，孤儿二十几个，事实无人抚养一百出头。每个月我核一遍，名字、身份证、银行卡，一个字一个数都不能错。新报上来的，我还要跟村里的儿童主任一起上门，看屋、看人、看孩子的书包，光看材料不作数。
访谈者：事实无人抚养怎么认定？
受访者：父母一方死亡、失踪或者服刑，另一方也管不了，重残、重病、失联，都算。最难的是失联，要派出所出证明，要登公告，前后小半年。夏阳乡那户彝族的，媳妇回了凉山找不到，我们登了公告，等满了期限才批下来。
访谈者：这几年政策有什么变化？
受访者：变化大。以前困境儿童里头只有孤儿有钱，现在事实无人抚养也跟孤儿一个标准，重病重残的也有补贴。钱是多了，台账也多了，一户一本，照片、证明、走访记录都要有。我电脑里光表格就有几百张，有时候夜里做梦都在对身份证号。
访谈者：最容易错在哪？
受访者：名字，少数民族的名字最容易错。县城卖烤肉的维吾尔族{{minority/uyghur:图尔荪・卡德尔}}，尿毒症，在{{trap/org:明溪县总医院}}透析，两个女儿报了困境儿童。系统里他有三种写法：{{minority/uyghur:图尔荪・卡德尔}}、{{minority/uyghur:图尔荪卡德尔}}、{{spaced:图尔荪 · 卡德尔}}。大女儿{{minority/uyghur:再努拉・图尔荪}}，医院单子上是{{minority/uyghur:再努拉‧图尔荪}}，学校报上来是{{spaced:再 努 拉 · 图 尔 荪}}。小女儿{{minority/uyghur:祖合热}}才五岁。
访谈者：系统对不上会怎样？
受访者：钱就发不下去。蒙古族那个孤儿，老系统姓名栏只给五个字，{{minority/mongolian:练温都苏吉雅}}被截成{{minority/mongolian:练温都苏吉}}，卡了两个月。彝族的女娃，户口是{{minority/yi:王依合}}，学籍是{{minority/yi:瓦扎依合}}，我们出了情况说明才对上。
访谈者：还有藏族的吗？
受访者：有。嫁到{{trap/place:盖洋镇}}的{{minority/tibetan:觉安拉姆}}，男人{{han:游国栋}}跑了，女儿{{minority/tibetan:白玛玉措}}脑瘫，学校写的是{{minority/tibetan:游白玛}}。母女俩住{{address:明溪县盖洋镇杨地村二组15号}}，两项补贴、低保都有。女儿的身份证{{id_number@wy2014fw.350421}}。
访谈者：汉族家庭呢？
受访者：多。{{trap/place:枫溪乡}}有户人家，爷爷{{han:过长顺}}{{trap/word:过世}}以后，孙子{{han:过小宝}}跟着瞎眼的奶奶，奶奶身份证{{id_number@wmidx.350421}}，尾数是叉。{{han:过小宝}}在{{school:枫溪中心小学五年级（1）班}}。我们{{han:时局长}}{{trap/word:时常}}下乡抽查，去年冬天就是他在那屋里发现冇被子，当天从福利院调了两床。
访谈者：服刑人员子女的补助怎么办？
受访者：要监狱出在押证明，我们一年跟监狱核两回。胡坊镇有个男娃{{han:倪子谦}}，他爸在{{trap/place:闽清}}服刑，妈妈改嫁了，跟着姑姑{{han:曾月桂}}过。每回我打电话去监狱核，那边的{{han:江警官}}都很配合，还帮着问他爸要不要跟娃娃通个电话。
访谈者：核查靠谁？
受访者：福利院的{{compound:宇文苇杭}}管孤儿档案，审计局的人年年来查账，三明学院来实习的{{compound:钟离采薇}}帮我录系统。{{compound:钟离采薇}}头一天把{{compound:宇文苇杭}}录成{{spaced:宇　文　苇　杭}}，又把{{minority/tibetan:觉安拉姆}}录成{{spaced:觉 安 拉 姆}}，全是空格，她讲是从PDF里复制出来的。
访谈者：下乡走访一般怎么安排？
受访者：一个乡镇一个乡镇排，先打电话给儿童主任，让她们把要看的户排好路线。明溪山多，一个村七八个自然村，上午看三户，下午看两户，回到县城天就黑了。车是局里的旧面包车，爬坡的时候我们都下来推过。落雨天山路塌方，就走路进去，一走两三个钟头。
访谈者：您平时怎么联系这些家庭？
受访者：电话为主。我办公室电话{{mobile@p86n}}，{{han:邓家才}}的{{mobile@spaced}}。股里的工作微信{{wechat:mxmzj_etfl}}，孩子们喜欢用QQ，{{qq:70815236}}也是股里的。大女儿常在QQ上问补助到了没有，她爸透析的钱全靠这个。
访谈者：您自己有孩子吗？
受访者：有个儿子上初二，住{{address:明溪县雪峰镇紫云街道建设路41号}}，我老公{{han:揭海涛}}带。我一个月下乡十几天，儿子讲妈妈是别人的妈妈。你们课题组要回访，打我办公室电话就行。
访谈者：最后想说什么？
受访者：名字是一个孩子的脸面。表上错一个字，钱就卡住，孩子就饿一个月。我现在见到新表，头一件事就是一个字一个字对，对完了才交给{{han:邓家才}}。有人讲我较真，我讲，较真就是我这个位子的本分。
""")

# H1567: Han doctor of the township hospital of 高唐镇 (将乐).
DOCS["H1567"] = ("staff", """\
访谈者：{{han:黎大夫}}，您在卫生院做了多少年了？
受访者：十九年。我叫{{han:黎再兴}}，{{trap/org:高唐镇卫生院}}的全科医生。我们将乐出过{{trap/famous:杨时}}，{{trap/word:程门立雪}}的那个，我爸给我起名{{han:再兴}}，盼我有出息。
访谈者：您接触过哪些困境儿童？
受访者：多。纸厂那个藏族娃娃{{minority/tibetan:阿绒尼扎}}，两只耳朵全聋，三岁还不会喊人，他妈{{minority/tibetan:降央曲措}}以为是娃娃晚开口。我拿音叉一试就晓得不对，转到省里，后来装了耳蜗。他爸{{han:揭文彬}}手被卷进机器那天，也是我们先止的血，一路按着送到县医院。
访谈者：还有呢？
受访者：常口村有个女娃{{han:池小雨}}，九岁，烫伤。她爸{{han:池建新}}有精神病，发病时把一锅开水打翻了，浇在她背上。她奶奶{{han:连桂英}}{{trap/word:连夜}}背着她走了十里山路到卫生院，那晚落着雨，她连伞都冇打，把外衣盖在孙女背上。后来转到{{trap/org:三明市第一医院}}烧伤科，植了两回皮。
访谈者：这家人后来怎么办？
受访者：她爸办了精神残疾证，娃娃报了事实无人抚养。{{han:连桂英}}连药都舍不得买，我就从卫生院的慈善基金里给她出。村医{{han:俞便民}}每礼拜去换一次药，镇{{trap/org:便民服务中心}}的{{han:涂慧芳}}帮她跑残联。{{han:涂慧芳}}跟我讲，那娃娃换药从来不哭，咬着毛巾。
访谈者：还有印象深的吗？
受访者：一个男娃，{{han:邵正阳}}，十二岁，白血病，现在{{han:邵正阳}}正在{{trap/org:福建医科大学附属协和医院}}化疗。他爸在纸厂，妈妈走了，大病医保报了七成，剩下是县红十字会和县医院儿科的{{compound:赫连婉婷}}帮着筹的。{{compound:赫连婉婷}}还教他外婆{{han:邹细英}}怎么消毒。化疗掉光了头发，他还跟我讲笑话，讲他是全镇最亮的光头。
访谈者：残疾评定是您做吗？
受访者：初筛我做，评定要到县里。三明康复中心的{{compound:澹台一舟}}每季度下来一回，给{{han:池小雨}}做疤痕康复，教{{minority/tibetan:尼扎}}说话。他讲这两个娃娃他最挂心。
访谈者：卫生院有专门的儿科医生吗？
受访者：冇。我们一共九个医生，看大人也看细崽，打针、接生、看慢病都做。县里每年派儿科专家下来坐诊两回，我就把攒下来的疑难病例排好队，一个一个请他看。平时遇到拿不准的，就拍照片发到县医院的群里问，几分钟就有人回。县医院的专家也讲，乡下医生是娃娃的头一道门，这道门守不住，后面再好的医院也白搭。这话我一直记到今天。
访谈者：乡下医生能做的多吗？
受访者：不多，就是早发现、早转诊、不放手。山里路远，有的娃娃病了，家里老人不懂，拖到高烧抽筋才送来。我每年开春给各村的儿童主任上一堂课，教她们看哪些症状要马上送。我手机二十四小时开着，{{mobile@h38}}，护士站{{mobile@plus86dash}}。家长不会打字，就打电话；会打字的加我微信{{wechat:lizaixing_gt}}。{{han:邵正阳}}住院无聊，天天在QQ上跟我下棋，他的号是{{qq:５０１８３７２６４}}。
访谈者：有这些孩子的登记信息吗？
受访者：{{han:池小雨}}家住{{address:将乐县高唐镇常口村六组11号}}，她的身份证{{id_number@wy2016fwspacedx.350428}}，{{han:连桂英}}的{{id_number@wold.350428}}。{{han:邵正阳}}在{{school:将乐县高唐中学七年级（3）班}}，病好了还要回去读。
访谈者：转诊单上的名字会写错吗？
受访者：会。省里的单子把{{han:池小雨}}写成{{spaced:池 小 雨}}，把藏族娃娃写成{{spaced:阿绒 尼扎}}，还有一张把外婆写成{{spaced:邹　细　英}}。我一张张打电话去改。
访谈者：您是怎么走上这行的？
受访者：我自己小时候也是困境儿童，那时候冇这个叫法。我爸在{{trap/place:龙栖山}}上伐木，被树砸死了，我妈带着我们三兄妹。村里的赤脚医生{{han:童满仓}}看我机灵，叫我帮他背药箱。后来我考了卫校，回来接他的班。{{han:童满仓}}走的那年九十一岁，是我给他送的终。他教我的头一句话是，看病先看人，细崽不会讲，要看他的眼睛。
访谈者：您自己最难的是什么？
受访者：看着娃娃受罪，自己又使不上劲。{{han:池小雨}}头一回换药，疼得把我的手咬出血，我冇松手。回家我老婆问我手怎么了，我讲被狗咬的。
访谈者：这些孩子以后会怎样？
受访者：难讲。病好了的，书读出来了，就能走出去。也有的娃娃小学毕业就出去打工了，我拦不住。我能做的，就是他们在这里的时候，让他们少遭点罪。
访谈者：最后想说什么？
受访者：乡下娃娃生了病，头一个见的就是我们。我们眼睛尖一点，娃娃就少吃一点苦。这些年最让我佩服的，是{{han:连桂英}}。
""")

# H1568: Communist Youth League volunteer in 明溪 who runs a bird-watching summer camp for children in distress.
DOCS["H1568"] = ("staff", """\
访谈者：您是团县委的志愿者？
受访者：对，大学毕业报的山区计划，我叫{{han:双晴}}，{{trap/word:双胞胎}}的双。在明溪团县委干了两年，管“护苗”夏令营，平时也下村给孩子们辅导作业。
访谈者：您为什么来明溪？
受访者：我是{{trap/place:闽侯}}人，大学学的生态。毕业那年看到招募，讲明溪有{{trap/org:君子峰国家级自然保护区}}，我就报了。头一个月住在团县委宿舍，夜里听见山里的猫头鹰叫，吓得不敢睡。现在大的孩子喊我{{han:双老师}}，小的喊我{{han:晴晴}}姐。
访谈者：夏令营做什么？
受访者：带困境儿童上{{trap/place:君子峰}}看鸟，五天四晚。护林员{{han:邓鹭生}}带路，天还没亮，{{trap/word:东方}}刚发白，就领着细崽们去等{{trap/word:黄腹角雉}}出来。有的孩子头一回用望远镜，看见一只鸟在树上梳毛，激动得叫出声，把鸟吓飞了。营地吃住在保护区的科普中心，三十几个细崽睡大通铺，夜里讲悄悄话讲到十二点，管都管不住。
访谈者：今年来了哪些孩子？
受访者：三十一个。蒙古族的{{minority/mongolian:练温都苏}}是老营员，认鸟比我还准。彝族姐弟{{minority/yi:瓦扎依合}}和{{minority/yi:瓦扎日且}}，弟弟喊饿喊了五天。维吾尔族的{{minority/uyghur:再努拉}}带着妹妹{{minority/uyghur:祖合热}}，{{minority/uyghur:祖合热}}被蚂蟥咬了，哭得整座山都听见。藏族的{{minority/tibetan:游白玛}}坐轮椅，我们轮流推她上观鸟台。畲族的{{han:蓝佳和}}和{{han:雷也香}}晚上教大家唱歌。
访谈者：工作人员有哪些？
受访者：团县委副书记{{han:要文华}}{{trap/word:要求}}每个娃娃配一个大哥哥大姐姐。志愿者有三明学院的{{compound:申屠嘉树}}、{{compound:东方一苇}}，还有{{compound:长孙晓明}}。{{compound:东方一苇}}学护理，蚂蟥就是她弄掉的。
访谈者：孩子们之间处得好吗？
受访者：好。{{han:巫石磊}}做过心脏手术，不能爬坡，{{han:雷也香}}让{{han:巫石磊}}趴在她背上走了一段。{{minority/yi:依合}}问{{minority/mongolian:苏吉雅}}，你们草原有没有竹子，{{minority/mongolian:苏吉雅}}说冇，有马。{{han:过小宝}}头一回离开奶奶，夜里哭，{{compound:申屠嘉树}}陪他坐到半夜。
访谈者：有没有哪个孩子让您特别难忘？
受访者：{{han:过小宝}}。他奶奶眼睛看不见，他八岁就会烧饭。夏令营头一天，他把自己的馒头揣在兜里，讲要带回去给奶奶。{{han:要文华}}把这事记下了，让食堂每天多蒸两个，走的时候给他装了一袋。
访谈者：营里有微信群吗？
受访者：有，家长和孩子都在里面。群名片五花八门：彝族娃娃的爷爷不会改，显示成{{spaced:瓦 扎 日 且}}；维吾尔族姐姐改成{{spaced:再努拉 ・ 图尔荪}}；蒙古族娃娃外婆的是{{spaced:萨 其 荣 贵}}；{{compound:申屠嘉树}}自己写成{{spaced:申　屠　嘉　树}}。签到表上还有{{spaced:游 白 玛}}、{{spaced:东方 一苇}}。
访谈者：孩子们最喜欢什么？
受访者：夜里看星星。山上冇灯，星星密得吓人。有个娃娃问我，星星是不是死了的人变的，我讲不晓得，可能是吧。他就指着最亮的那颗讲，那是我妈。我们一帮大人在旁边，谁也不敢出声。第二天早上他起得最早，头一个看见了角雉，高兴得在草地上打滚。
访谈者：活动结束以后呢？
受访者：营里建了个QQ群，群号{{qq:613048297}}，孩子们在里面发作业、发鸟的照片。{{minority/uyghur:再努拉}}在{{school:明溪县第一中学八年级（5）班}}，每礼拜发一张她画的{{trap/word:白头翁}}。我每个月挑一个周末去村里看他们，各村的儿童主任会先把名单发给我。孩子们有心事，我就让他们打团县委的{{trap/hotline:12355}}，那头有心理老师。
访谈者：最难的是什么？
受访者：告别。营地最后一晚，{{minority/mongolian:苏吉雅}}讲她爸以前也在这山上带人拍鸟，她站的地方，可能她爸也站过。全营的人都不出声了。还有钱。营地一年经费两万块，一半是团县委的，一半是我们到处拉的赞助，{{trap/org:明溪县青年企业家协会}}出了大头。
访谈者：您的联系方式？
受访者：我电话{{mobile@fullwidth}}，{{han:要文华}}的{{mobile@plus86}}，营地的微信{{wechat:humiao-mingxi}}。营地登记在{{address:明溪县夏坊乡君子峰保护区管理站2号楼}}。
访谈者：孩子们回去以后有什么变化？
受访者：有的变化大。有个男娃以前在学校一句话不讲，回去以后在班上讲了一堂课，讲的就是君子峰的鸟，老师拍了视频发给我，我看了三遍，又转给了他奶奶，奶奶看不清，让邻居一句一句念给她听。她听完笑了半天。也有的冇变化，回去还是那样。我跟自己讲，五天改变不了什么，可至少他们晓得，有人记得他们。
访谈者：服务期满了您有什么打算？
受访者：明年期满，我想考明溪的事业编，留下来。我妈讲我疯了，好好的城里不待，跑到山坑里。我讲，山坑里有三十一个细崽等着我。
访谈者：明年还办吗？
受访者：办。明年第一个报名的，肯定又是{{minority/mongolian:苏吉雅}}。
""")

def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1561,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout196",))


if __name__ == "__main__":
    main()
