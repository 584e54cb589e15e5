# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 165 (tests/pii/holdout165/H1305-H1312 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set; set 164, written at the same time, is not
an earlier set).

Set 165 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
冠县 and 茌平 (Shandong): a Mongolian grandmother from 科尔沁右翼中旗 raising two grandsons in 冠县 after their father
fell from a crane and their Han mother left; a Kham Tibetan father from 理塘 who drives a forklift in a 茌平 aluminium
plant and raises his deaf daughter alone after his Han wife, once a volunteer teacher in 理塘, died; a Hui father from
临夏 who runs a beef-noodle stall in 清泉街道 after his wife left, his mother having come from 临夏 to help; a Kazakh mother
from 福海 who works in a 冠县 duck-processing plant and raises her son while his Han father is in prison; a Han
儿童主任 of a village in 烟店镇 (临清) reading out her register; a Han community worker in 振兴街道 (茌平) taking calls
and WeChat voice messages during the interview; a Han aunt in 博平镇 raising her late sister's twins while their
father is in a psychiatric hospital; and the Han head of a village primary school in 贾寨镇 talking about a boy who
lives with his blind grandfather. The emphasis is on forms where a replacement might cover only part of a name, in a
mix rather than one trick: Horqin Mongolian names used whole and with a short form (朝克巴达拉呼 then 巴达拉呼,
奥德巴雅尔 then 奥德他, 格日勒其木格, 纳钦双和尔, 吉雅高娃她, 巴达仁贵, 沙日巴拉, 阿拉德尔图, 奥云毕力格), a Han
surname before a Mongolian given name (白格日勒, 白阿拉德尔图) and the Han names and forms of address of the same
people (白凤阁, 白大娘, 白景川, 小老虎); Kham Tibetan names of 理塘 (向巴多吉, 呷拥志玛, 拥忠翁姆, 格绒曲批, 仁青拥忠,
阿西拥措) with a short form and a 小名 (呷拥, 呷拥向我比划, 阿翁), a Han surname before a Tibetan given name (鹿呷拥,
the girl registered under her mother's surname) and Han forms of address for a Tibetan taken for a man surnamed 向
(向哥, 小向); Kazakh given name + father's name with and without the dot (扎伊拉·叶斯力汗, 叶斯力汗·贾恩别克,
塔勒哈提·叶斯力汗, 塔勒哈提叶斯力汗, 哈米达·别里克, 哈丽娜·叶克本) and single and short forms (扎伊拉, 巴丽江,
叶尔夏提, 塔勒哈提他, 哈米达她, 哈丽娜她), a Han surname before a Kazakh given name (靳叶尔夏提) and the Han name of
the same boy (靳沐阳) and of his mother (靳嫂); Han-form Hui names with the 临夏 surnames 妥, 喇, 虎 and 冶 (妥德明, 老妥,
喇春花她, 虎桂英, 妥文俊, 妥芸熙, 马守礼阿訇, 马文海, 马小雅) beside 经名 used alone (吾麦尔, 赛尔白, 候赛尼他, 麦乃白,
哈麦, 古白, 罕玛, 阿丽米她, 者麦来), a 临夏 尕- form (尕哈麦) and a Han surname before a 经名 (妥麦乃白, 冶达伍德,
马阿丽米); Han names with common and rare surnames of the region (郜, 靳, 桑, 苗, 鹿, 姬, 鞠, 刁, 宫, 国, 尚, 阎, 巩, 孔,
焦, 扈, 荆, 卞, 柳, 郝, 聂, 殷, 禚, 商, 付, 甘, 阚, 谷, 臧, 岳, 冉, 仝, 柴, 寇, 蔺); surnames that are also ordinary words
next to grammar words (都丽娜都走了, 和翠霞和镇民政办的, 给和翠霞, 我向向长林说, 才梓涵才八岁, 让秀兰让我,
桑有才有个妹妹, 也淑华也七十多了, 也俊熙也才九岁, 让梦洁让我, 能振海能走, 还凤梅还帮我们, 要淑珍要了,
我让把玉山把三轮开过来, 有红霞有空就来, 就晓霞就再没回来过, 被晓东, 国丽萍) beside ordinary words that start with a
surname character of the voices (国家, 还款, 向日葵, 马上, 被子, 商场, 付款, 把手) and names that contain words
(鹿长河, 靳长海, 靳长江, 贾丰收 beside 丰收, 贾一鸣 and 贾一诺 beside 一鸣惊人 and 一诺千金, 独孤一鸣, 桑有才, 殷金有);
titles and kin words after names (靳晓彤老师, 桑秀兰大姐, 姬文静老师, 巩丽娜老师, 马守礼阿訇, 阎桂荣大娘, 臧雨桐老师,
岳秀玲老师, 蔺海燕大嫂, 第五晓岚大夫; the span is the name only), a surname with only a title or kin word, annotated
whole (白大娘, 都大婶, 苗老师, 阎老师, 焦老师, 靳嫂, 荆老师, 卞警官, 聂主任, 禚主任, 卞校长, 商老师, 付老师, 郝大夫,
冉大姐), nicknames and local forms of address, annotated whole (小老虎, 向哥, 小向, 老妥, 铁蛋儿, 小商, 娟姨, 大宝,
二妮儿, 老把, 收儿, 顺爷); names directly before particles, pronouns and verbs (奥德他, 吉雅高娃她, 姬文静她, 刁建民他,
喇春花她, 靳长海他, 塔勒哈提他, 哈米达她, 桑有才他, 阿丽米她, 哈丽娜她, 大宝他, 二妮儿她, 子车若兰她, 仝玉洁她) and
after 叫/是/给/跟/找/让/和 (叫格日勒其木格, 是白凤阁, 给和翠霞, 跟马文海说, 找小商, 让把玉山, 大宝和二妮儿), and names
closing the last sentence (还有和翠霞。, 就找小商。, 特别是顺爷。); names spaced out character by character in half-
and full-width spaces (格 日 勒 其 木 格, 白 阿 拉 德 尔 图, 向 巴 多 吉, 鹿　呷　拥, 妥 麦 乃 白, 赛　尔　白,
靳 叶 尔 夏 提, 马 阿 丽 米, 才　梓　涵, 阎　桂　荣, 贾　一　诺, 贾　德　顺, 仲 孙 若 彤, 南 宫 沐 辰, 子 车 若 兰,
上 官 筱 萌), a dotted name with spaces around the dot (扎伊拉 · 叶斯力汗) and names split in two (奥德　巴雅尔,
朝克 巴达拉呼, 呷拥 志玛, 拥忠　翁姆, 候赛 尼, 叶斯力汗　贾恩别克, 桑有 才, 让梦 洁, 阚秀 娟, 奥云　毕力格);
compound surnames after ordinary words (钟离, 濮阳, 申屠, 公冶, 单于, 万俟, 淳于, 仲孙, 太史, 谷梁, 司空, 独孤, 南宫,
左丘, 子车, 诸葛, 上官, 宗政, 第五 after 叫/的/社工/同事/律师/督导叫/督学/志愿者/心理老师/两个姑娘，); and numbers
read out and written the many ways people do (an ID read out in threes and one in groups of 6 4 4 4, IDs in full
width whole, with hyphens and spaced, in full width with hyphens or spaces, two with an X check digit; a QQ number
in full-width digits; a `wxid_` WeChat id; mobiles with `+86` and no space, with `+86-`, in full width whole and
spaced).

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和翠霞}}``, ``{{qq:2649173085}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, hui, kazakh) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@my2015tri.371581}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (老师, 大姐, 大娘, 阿訇, 大嫂, 大夫) and a
particle, pronoun or verb written directly after a name (都, 和, 她, 他, 才, 让, 有, 也, 能, 还, 要, 就, 向, 说) are
outside the span; a surname with only a title or kin word (白大娘, 苗老师, 靳嫂, 卞校长, 冉大姐) and a nickname or
local form of address (小老虎, 向哥, 小向, 老妥, 铁蛋儿, 小商, 娟姨, 大宝, 二妮儿, 老把, 收儿, 顺爷) are annotated
whole. Han-style names of Mongolian, Tibetan, Kazakh and Hui people (白凤阁, 白景川, 鹿一禾, 靳沐阳, 妥德明, 马小雅)
and their Han forms of address (白大娘, 向哥, 靳嫂, 老妥) are category han; a Han surname before a non-Han given name
(白格日勒, 鹿呷拥, 靳叶尔夏提, 妥麦乃白, 冶达伍德, 马阿丽米) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout165/make_holdout165.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(165_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "hui", "kazakh")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "hui": 10, "kazakh": 10}

MOBILE_PREFIXES = ["131", "133", "135", "138", "150", "151", "153", "157", "158", "166", "173", "176", "178",
                   "181", "183", "187", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H1305: Mongolian grandmother from 科尔沁右翼中旗 raising two grandsons in 冠县 after their father died and their
# Han mother left.
DOCS["H1305"] = ("family", """\
访谈者：大娘，听说您是从内蒙古过来的？
受访者：{{trap/place:科尔沁右翼中旗}}的，我们自己说{{trap/place:科右中旗}}，归{{trap/place:通辽}}管。我叫{{minority/mongolian:格日勒其木格}}，身份证上的汉名是{{han:白凤阁}}。村里人叫不顺嘴，都叫我{{han:白大娘}}，小学的老师叫我{{minority/mongolian:白格日勒}}。
访谈者：怎么到{{trap/place:冠县}}来了？
受访者：为了两个孙子。我儿子{{minority/mongolian:朝克巴达拉呼}}十五年前来山东打工，在钢板厂开天车，娶了这边的姑娘{{han:都丽娜}}。前年腊月{{minority/mongolian:巴达拉呼}}从天车上掉下来，人就没了。{{han:都丽娜}}都走了快两年了，说是去{{trap/place:天津}}打工，号码也换了。我老头子{{minority/mongolian:纳钦双和尔}}走得早，我在嘎查也是一个人，就过来了。
访谈者：两个孙子多大了？
受访者：大的{{minority/mongolian:奥德巴雅尔}}十三，上学用汉名{{han:白景川}}，在{{school:冠县实验中学初一（5）班}}。小的叫{{minority/mongolian:阿拉德尔图}}，九岁，在{{school:东古城镇中心小学三年级（2）班}}，老师点名叫他{{minority/mongolian:白阿拉德尔图}}，嫌长，同学们都喊他{{han:小老虎}}，他属虎。
访谈者：您一个人带两个孩子，靠什么过？
受访者：村里的儿童主任{{han:和翠霞}}和镇民政办的{{han:郜振国}}一块儿来的，给两个孩子报了事实无人抚养，每人每月{{trap/number:一千一百八十元}}。{{han:郜振国}}说这种情况他头一回碰上，跑了{{trap/org:县民政局}}三趟才办下来。儿童主任隔几天来一趟，帮我跟学校说话，我的汉话带口音，老师听不明白。有事我就给{{han:和翠霞}}打电话。
访谈者：儿子出事以后，厂里怎么说？
受访者：厂里开始说是他自己没系安全带，不想赔。法律援助中心的律师{{han:甄海鹏}}帮我们打了一年官司，最后赔了五十多万。这钱我一分不敢动，存成了定期，写的是两个孙子的名字，等他们长大念书用。孩子姥姥家也来要过，我没给，律师说这钱是孩子的，谁也拿不走。
访谈者：孩子们的妈妈还联系吗？
受访者：不联系。她娘家就在{{trap/place:东古城镇}}，她妈{{han:都大婶}}有时候送点菜来，说闺女不懂事。大孙子记得他妈，小的不记得了。
访谈者：孩子们在学校怎么样？
受访者：{{minority/mongolian:奥德}}学习好，班主任{{han:靳晓彤}}老师说他数学在班里数一数二。就是不爱说话，他爸走了以后，{{minority/mongolian:奥德}}他一回家就关在屋里。心理老师叫{{compound:钟离筱禾}}，每周找他谈一回。小的调皮，上课坐不住，{{han:苗老师}}给我打过好几回电话。县社工站的{{compound:濮阳书涵}}每周六来，给他补课，教他下象棋。
访谈者：大孙子现在还那样闷着吗？
受访者：好些了。今年春天学校开运动会，他跑一千五拿了第一，回来把奖状贴在他爸的照片旁边，站在那儿看了半天。我没说话，进厨房给他煮了一碗面，多卧了两个鸡蛋。晚上他跟我说，奶奶，我长大了开大车，拉你回草原。
访谈者：老家还有人吗？
受访者：有，闺女{{minority/mongolian:吉雅高娃}}在{{trap/place:巴彦呼舒镇}}开小卖部，{{minority/mongolian:吉雅高娃}}她每月给我寄五百块钱。嘎查达{{minority/mongolian:巴达仁贵}}帮我把户口的事问明白了。去年夏天我带孙子回了一趟，小的头一回骑马，摔下来也不哭。晚上我们去听{{trap/minority_word:乌力格尔}}，说书的{{minority/mongolian:沙日巴拉}}讲{{trap/famous:僧格林沁}}打仗，{{minority/mongolian:阿拉德尔图}}听入了迷。
访谈者：在这边生活习惯吗？
受访者：不习惯也得习惯。这边吃面食，我们吃肉、喝{{trap/minority_word:奶茶}}。我每天早上还是熬一锅奶茶，孩子们喝了上学。邻居{{han:桑秀兰}}大姐教我蒸馒头、擀面条，我给她带了一袋{{trap/minority_word:炒米}}。村里跳广场舞，我教她们跳{{trap/minority_word:安代}}，她们说这舞蹦得人出汗。刚来那年冬天屋里冷，我把草原上带来的羊皮褥子铺在孩子床上，他们嫌有股膻味，现在离了它睡不着。
访谈者：您身体怎么样？
受访者：血压高，腰也不行。最怕我哪天倒下了，两个孩子没人管。儿童主任说，真到那一步，政府会管。我让大孙子学会了打120，号码写在墙上。我就盼着大的快点长大。
访谈者：登记表上的信息您说一下。
受访者：现在住{{address:冠县东古城镇小屯村三组21号}}，老家在{{address:科尔沁右翼中旗巴彦呼舒镇查干淖尔嘎查二组7号}}。我身份证是{{id_number@wold.152222}}，小孙子的{{id_number@my2016hyphen.371525}}。电话我念，孙子写：{{mobile@s434}}。{{han:和翠霞}}的电话{{mobile@plus86}}。大孙子有微信，叫{{wechat:aode_bayar2012}}，还有个QQ，说是班级群用的，号码他用粉笔写在门后头：{{qq:2649173085}}。
访谈者：各种表上名字写得一样吗？
受访者：不一样。低保表上我是{{spaced:格 日 勒 其 木 格}}，学校写的是{{spaced:奥德　巴雅尔}}，小的是{{spaced:白 阿 拉 德 尔 图}}，我儿子的死亡证明上写成{{spaced:朝克 巴达拉呼}}。
访谈者：最后还想说什么？
受访者：谢谢这边的人。两个孙子没了爸爸，可他们还有奶奶，还有{{han:和翠霞}}。
""")

# H1306: Kham Tibetan father from 理塘 who drives a forklift in a 茌平 aluminium plant and raises his deaf daughter
# alone; his Han wife, once a volunteer teacher in 理塘, died.
DOCS["H1306"] = ("family", """\
访谈者：师傅，您是哪里人？
受访者：四川{{trap/place:理塘}}的，{{trap/place:甘孜州}}。我叫{{minority/tibetan:向巴多吉}}，在{{trap/place:茌平}}这家铝厂开叉车，开了六年了。厂里的人以为我姓向，都叫我{{han:向哥}}，班长叫我{{han:小向}}，我也答应。
访谈者：怎么从理塘到了山东？
受访者：我老婆是茌平人，叫{{han:鹿春燕}}，大学毕业到理塘支教，在我们乡小学教了三年书。我们是在{{trap/minority_word:赛马节}}上认识的。后来她爸病了，她要回来照顾，我就跟着过来了。前年{{han:鹿春燕}}得了白血病，在{{trap/org:聊城市人民医院}}住了八个月，没留住。
访谈者：孩子呢？
受访者：一个闺女，叫{{minority/tibetan:呷拥志玛}}，十岁，两岁那年发高烧，耳朵就听不见了。户口上跟她妈姓，叫{{han:鹿一禾}}。她在{{school:茌平区特殊教育学校三年级（1）班}}学手语，老师点名叫她{{minority/tibetan:鹿呷拥}}。我们在家叫她{{minority/tibetan:呷拥}}，{{minority/tibetan:呷拥}}向我比划，说想妈妈，我就抱着她。
访谈者：您一个人带她，上班怎么办？
受访者：厂里两班倒。白班的时候她在学校住宿，夜班的时候托给她姥姥。姥姥{{han:尚玉芹}}腿脚不好，姥爷{{han:鹿长河}}还能骑三轮接送。学校的{{han:姬文静}}老师会手语，{{han:姬文静}}她每周把闺女的情况写在本子上给我。班主任{{han:阎老师}}说{{minority/tibetan:呷拥}}画画好，让她参加了区里的比赛，得了二等奖。
访谈者：她妈走了以后，闺女怎么样？
受访者：有半年不愿意去学校，天天抱着她妈的手机看照片。手机里有她妈录的视频，对着镜头打手语，说“妈妈爱你”。闺女一遍一遍地看，看完了就学着比划。后来学校的老师把那段视频做成了一本小书，一页一个手势，闺女睡觉都放在枕头边。
访谈者：有哪些补助？
受访者：{{trap/place:振兴街道}}的儿童主任{{han:国丽萍}}，{{trap/word:国家}}的国，给闺女报了困境儿童，还有残疾人两项补贴，一个月加起来{{trap/number:九百二十元}}。民政所的{{han:宫振华}}帮我们申请了助听器，{{trap/org:残联}}给配的。可她戴上也只能听见一点声音。社工{{compound:申屠晓薇}}每两周来一次，教我学手语。我学得慢，{{compound:申屠晓薇}}说，你闺女比你学得快。
访谈者：开叉车辛苦吗？
受访者：不算累，就是铝锭烫，车间里夏天四十多度。我在理塘开过拖拉机，到这边考叉车证，考了两回才过，笔试的字我认不全，是我老婆一个字一个字教的。去年厂里评先进，我得了一个，奖状上的名字错了两个字，我也没让改。现在一个月六千多，够我们父女俩过，每个月还给阿妈寄一千。
访谈者：厂里对您怎么样？
受访者：挺好。车间主任{{han:鞠红军}}知道我家的事，夜班尽量少排给我。同车间还有个老乡，{{trap/place:巴塘}}来的{{minority/tibetan:仁青拥忠}}，我们下了班一块喝{{trap/minority_word:酥油茶}}，酥油是老家寄来的。工友{{han:刁建民}}他有辆面包车，闺女半夜发烧，是他送我们去的医院。
访谈者：老家还有什么人？
受访者：我阿妈{{minority/tibetan:拥忠翁姆}}在{{trap/place:毛垭坝}}放牦牛，七十了。弟弟{{minority/tibetan:格绒曲批}}，小名叫{{minority/tibetan:阿翁}}，在家挖虫草。表妹{{minority/tibetan:阿西拥措}}在县城开茶馆。阿妈在视频里看见孙女就哭。去年八月我带闺女回了理塘，她在草原上跑，跟着大人跳{{trap/minority_word:锅庄}}。她听不见音乐，看着别人的脚跳，一点也不差。阿妈给她编了一条辫子绳，说是保平安的，她一直戴在手腕上。我给她讲{{trap/famous:仓央嘉措}}写理塘的那首诗，她用手语问我，白鹤是什么。
访谈者：闺女在学校跟同学处得好吗？
受访者：好。特教学校里都是跟她一样的孩子，她不觉得自己跟别人不一样。倒是回到小区里，有的孩子学她比划，她回来哭。我跟她说，你比划的是话，他们比划的是胡闹。现在她有两个好朋友，一个也是聋的，一个会说话，放学了三个人在楼下跳皮筋。
访谈者：您以后怎么打算？
受访者：等她特教学校毕业，想让她学个手艺，做糕点或者学美发。她姥姥说，你带孩子回理塘也行。可她妈埋在这里，她也是在这边长大的，我不走了。她现在会用手机打字了，我下夜班，她给我发消息：爸爸，饭在锅里。我就站在厂门口，看半天。
访谈者：登记信息请您说一下。
受访者：我们住在{{address:茌平区振兴街道铝城小区6号楼2单元301室}}，老家是{{address:理塘县毛垭坝乡查卡村四组9号}}。我身份证{{id_number@my1984spaced.513334}}，闺女的{{id_number@wy2015.371523}}。我的电话{{mobile@hyphen}}，她姥爷的{{mobile@s74}}。闺女的微信是我给她注册的，叫{{wechat:gayong_zm2015}}。她跟同学用QQ发视频打手语，号码写在她书包带子上：{{qq:1837260495}}。
访谈者：名字在表上写得对吗？
受访者：不对的多。补贴表上我是{{spaced:向 巴 多 吉}}，学校写成{{spaced:呷拥 志玛}}，残疾证上是{{spaced:鹿　呷　拥}}，阿妈的表上写成{{spaced:拥忠　翁姆}}。
""")

# H1307: Hui father from 临夏 who keeps a beef-noodle stall in 清泉街道 (冠县) after his wife left; his mother came
# from 临夏 to help.
DOCS["H1307"] = ("family", """\
访谈者：老板，您这牛肉面是临夏的做法？
受访者：是，{{trap/place:临夏}}的做法，跟{{trap/place:兰州}}的不一样，汤要清，面要筋。我叫{{han:妥德明}}，经名{{minority/hui:吾麦尔}}，老家在{{trap/place:八坊}}。在{{trap/place:清泉街道}}摆摊子七年了，街上的人都叫我{{han:老妥}}。
访谈者：当初怎么从临夏到了冠县？
受访者：我舅舅{{han:虎占山}}早年在{{trap/place:聊城}}贩牛，说山东人爱吃面，可没有正宗的临夏面。我就带着老婆娃娃来了，先在县城租了个门面，房租太贵，撑了一年，改成摆摊子。摊子是个铁皮棚子，冬天冻手，夏天闷，可不用交那么多房租。
访谈者：家里还有谁？
受访者：两个娃娃，一个老娘。娃娃的妈{{han:喇春花}}三年前走了，跟着一个收羊皮的去了{{trap/place:新疆}}，再没回来。{{han:喇春花}}她走的时候小的才四岁。老娘{{han:虎桂英}}，经名{{minority/hui:赛尔白}}，六十八了，从临夏过来给我帮忙。
访谈者：娃娃们多大？
受访者：大的是儿子，学名{{han:妥文俊}}，经名{{minority/hui:候赛尼}}，十二岁，在{{school:冠县第三实验小学六年级（3）班}}。小的是丫头，学名{{han:妥芸熙}}，经名{{minority/hui:麦乃白}}，七岁，在{{school:清泉街道中心小学一年级（4）班}}。老师念名单图省事，叫她{{minority/hui:妥麦乃白}}，丫头也答应。{{minority/hui:麦乃白}}跟她哥哥一样，放学就来摊子上写作业。
访谈者：他们想妈妈吗？
受访者：想。{{minority/hui:候赛尼}}他不说，可他把他妈的照片夹在语文书里。小的老问，妈妈什么时候回来。我没法说。丫头画画，画里永远是四个人，她妈站在最边上，脸是空白的。
访谈者：娃娃们在学校吃饭怎么办？
受访者：学校食堂没有清真窗口，老师让他们中午回摊子上吃。儿子的班主任{{han:巩丽娜}}老师知道了，专门跟食堂说，给他们留一个不放猪油的菜。下雨天我就送饭过去，两个饭盒，一个装面，一个装牛肉。儿子不好意思，说同学都看他。我说，看就看，咱吃的是干净饭。儿子现在个头比我还高了，一顿能吃两大碗。
访谈者：摊子上忙得过来吗？
受访者：一天卖三四百碗。早上五点起来揉面、熬汤，拉面是我的手艺，汤是老娘熬的。帮工的是{{trap/place:东乡}}来的小伙子，经名叫{{minority/hui:哈麦}}，年纪小，我们都叫他{{minority/hui:尕哈麦}}。{{minority/hui:尕哈麦}}手快，一个人能顶两个。夏天一热谁也不想吃热面，我就加了凉面、酿皮子，是老娘的手艺。
访谈者：有谁帮过你们？
受访者：社区的儿童主任{{han:还凤梅}}，姓还，{{trap/word:还款}}的还。{{han:还凤梅}}还帮我们报了低保，两个娃娃算困境儿童，每人每月{{trap/number:二百六十元}}。寺里的{{han:马守礼}}阿訇，经名{{minority/hui:古白}}，常来摊子上坐，开导我儿子。街道民政的{{han:孔令鹏}}帮我补了三回材料。学校的{{han:焦老师}}每周给丫头补拼音。社工站的{{compound:公冶芷若}}每周三来，她同事{{compound:单于婧琪}}帮我在手机上填申请。
访谈者：这边回族多吗？
受访者：不多，县里有一座{{trap/org:清真寺}}，礼拜五去做{{trap/minority_word:主麻}}。牛肉是从{{trap/place:阳谷}}一个回民牛场进的，老板{{minority/hui:冶达伍德}}让我赊账，月底再结。他老婆{{minority/hui:罕玛}}常给丫头扎盖头，还教她念经。这边汉族多，可邻居们都知道我们的规矩，过年送礼都送点心、送水果，从没送错过。
访谈者：过节怎么过？
受访者：{{trap/minority_word:古尔邦节}}那天我关摊子，带娃娃去寺里。老娘炸{{trap/minority_word:油香}}、{{trap/minority_word:馓子}}，给左邻右舍送。她还给娃娃讲{{trap/famous:马本斋}}打鬼子的故事，儿子听完说长大要当兵。
访谈者：您自己身体呢？
受访者：去年腰椎间盘突出，躺了半个月，摊子是老娘和{{minority/hui:尕哈麦}}撑着的。我最怕老娘累倒，她手上全是烫的疤。老娘说，人活着就是熬，熬汤熬日子，都得有耐心。有人劝我再找一个，我说等娃娃大一点再说。娃娃心里那道坎还没过去，我不想让他们再难受一回。晚上收了摊，三个人在摊子上吃一碗面，听他们说学校的事，这就是我一天最高兴的时候。
访谈者：登记信息您说一下。
受访者：摊子在{{address:冠县清泉街道红旗路46号}}，我们租的房在{{address:冠县清泉街道金山路东三巷11号}}。我身份证{{id_number@my1982hyphen.622901}}，儿子的{{id_number@my2013.622901}}。我电话{{mobile@h38}}，{{han:还凤梅}}的{{mobile@spaced}}。我的微信{{wechat:tuodm_niuroumian}}，客人扫码付钱就加这个。儿子有个QQ，号码他用彩笔写在价目表背面：{{qq:69037152}}。
访谈者：名字在表上写得对吗？
受访者：不对。低保表上丫头是{{spaced:妥 麦 乃 白}}，儿子是{{spaced:候赛 尼}}，老娘的经名写成{{spaced:赛　尔　白}}，我是{{spaced:妥 德 明}}。
访谈者：您最大的心愿是什么？
受访者：娃娃们好好念书，别跟我一样起早贪黑拉面。{{minority/hui:吾麦尔}}这个经名是我爷爷起的，他说这个名字的人要公道。
""")

# H1308: Kazakh mother from 福海 who works in a 冠县 duck-processing plant and raises her son; his Han father is in
# prison.
DOCS["H1308"] = ("family", """\
访谈者：大姐，您在鸭厂干什么活？
受访者：分割车间，把鸭子拆成鸭腿、鸭翅、鸭胗。我叫{{minority/kazakh:扎伊拉·叶斯力汗}}，{{trap/place:阿勒泰}}{{trap/place:福海县}}的哈萨克族。车间里的人叫我{{minority/kazakh:扎伊拉}}，也有叫我{{han:靳嫂}}的，跟我男人的姓。
访谈者：您怎么到冠县来了？
受访者：我男人{{han:靳长海}}是冠县人，年轻的时候去福海包{{trap/place:乌伦古湖}}打鱼，我们就认识了。儿子六岁那年，一家子回了他老家。前年他跟人合伙放贷，出了事，判了七年。{{han:靳长海}}他在信里说，对不起我们娘俩。
访谈者：儿子多大了？
受访者：十一岁，户口上叫{{han:靳沐阳}}，哈萨克名是我爸起的，叫{{minority/kazakh:叶尔夏提}}。学校老师点名喊他{{minority/kazakh:靳叶尔夏提}}，他在{{school:冠县第二实验小学五年级（6）班}}。
访谈者：家里还有谁帮忙？
受访者：公公婆婆七十多了，婆婆{{han:孟凤英}}还能做饭。小叔子{{han:靳长江}}在{{trap/place:聊城}}开货车，一个月回来一趟，给孩子买衣服。我娘家在福海，我爸{{minority/kazakh:叶斯力汗·贾恩别克}}放了一辈子羊，我妈{{minority/kazakh:巴丽江}}身体不好。弟弟{{minority/kazakh:塔勒哈提·叶斯力汗}}在县城开出租，{{minority/kazakh:塔勒哈提}}他每年给外甥寄一件皮大衣。
访谈者：有哪些补助？
受访者：村里的儿童主任{{han:要淑珍}}，“要不要”的要。{{han:要淑珍}}要了我的材料，给儿子报了服刑人员子女补助，一个月{{trap/number:九百八十元}}。镇上民政的{{han:扈志强}}每个季度来看一回。班主任{{han:荆老师}}对他好，下雨天开车送他回家。县社工站的{{compound:万俟思远}}带我们去监狱会见，半年一回，同去的还有律师{{compound:淳于晨阳}}，帮我们问减刑的事。
访谈者：去监狱会见是什么样的？
受访者：隔着玻璃，拿电话说话，二十分钟。第一回儿子不肯说话，就盯着他爸看。他爸瘦了，头发剃光了，一直问他学习怎么样。出来以后儿子在车上哭了一路。第二回他带了一张数学卷子，考了九十六分，贴在玻璃上给他爸看，他爸在那边捂着脸。管教的{{han:卞警官}}人好，多给了我们五分钟。
访谈者：厂里怎么样？
受访者：一天站十个钟头，车间冷，手冻得发红。班组长{{han:柳艳红}}照顾我，让我上白班，晚上能管孩子。同车间还有一个新疆来的，{{trap/place:塔城}}的{{minority/kazakh:哈米达·别里克}}，我们俩干活的时候说哈萨克话，别人以为我们在吵架。车间里都是本地大姐，说话快，我刚来听不懂，就跟着学，现在我也会说“俺”了。{{minority/kazakh:哈米达}}她会弹{{trap/minority_word:冬不拉}}，厂里联欢会上弹过一回，车间主任{{han:郝建章}}带头鼓掌。
访谈者：儿子适应这边吗？
受访者：刚来的时候不会说汉话，现在说一口冠县话，回福海他姥姥反倒听不懂了。{{minority/kazakh:叶尔夏提}}知道他爸的事，有同学笑话他，他跟人打了一架。班主任让他写日记，他写：我爸爸犯了错，可是他还是我爸爸。我看了一晚上没睡着。他现在最爱吃煎饼卷大葱，他姥姥在电话里听说了，直叹气。
访谈者：过节怎么过？
受访者：{{trap/minority_word:纳吾热孜节}}我请一天假，给他煮肉，做{{trap/minority_word:纳仁}}。晚上给他念{{trap/famous:唐加勒克}}的诗，他听不太懂，就听个声音。前年暑假带他回了一趟{{trap/minority_word:阿吾勒}}，他舅舅把他扶上马，他在草场上跑了一下午，回来脸晒得通红，说妈妈，我们不回山东了行不行。
访谈者：您自己有什么难处？
受访者：钱紧。一个月三千五，房租不用交，住的是公公家的老房子，可孩子上辅导班、买衣服，样样要钱。我男人还欠着别人的钱，有人找上门来要，我只能说等他出来。晚上孩子睡了，我一个人坐在院子里，想福海的湖，想我阿妈。婆婆有时候嫌我做饭放盐多，可她也心疼我，冬天给我缝了一副棉手套，让我去车间戴。
访谈者：您会一直在冠县吗？
受访者：不知道，等我男人出来，看他的意思。儿子说要在这边上初中，跟同学在一起，我随他。
访谈者：登记信息请您说一下。
受访者：这边住{{address:冠县烟庄街道靳家庄村二组15号}}，娘家在{{address:福海县解特阿热勒乡阔克阿尕什村三组8号}}。我身份证{{id_number@wy1988fwhyphen.654323}}，儿子的{{id_number@my2014quad.654323}}。我电话{{mobile@p86h}}，{{han:要淑珍}}的{{mobile@fullwidth}}。我的微信{{wechat:zhayila_fuhai88}}。儿子有QQ，是他舅舅给注册的，号码他写在冰箱贴上，用的是大字：{{qq:２７０５８１９３６４}}。
访谈者：名字在表上写得一样吗？
受访者：不一样。我的工牌上是{{spaced:扎伊拉 · 叶斯力汗}}，学校写成{{spaced:靳 叶 尔 夏 提}}，我弟弟的银行卡上没有点，是{{minority/kazakh:塔勒哈提叶斯力汗}}，我爸的表上写成{{spaced:叶斯力汗　贾恩别克}}。
访谈者：最后还想说什么？
受访者：等我男人出来，一家人回福海看看。儿子说，他要给他姥爷放羊。
""")

# H1309: Han 儿童主任 of a village in 烟店镇 (临清) reading out her register of children in distress.
DOCS["H1309"] = ("staff", """\
访谈者：您今天带来的是什么本子？
受访者：我们村的困境儿童花名册。我叫{{han:聂秀云}}，{{trap/place:临清}}{{trap/place:烟店镇}}聂庄村的儿童主任，干了五年了。镇上的人都叫我{{han:聂主任}}，其实就是个跑腿的。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:向雨泽}}，男，十岁，在{{school:烟店镇中心小学四年级（3）班}}。爸爸{{han:向书恒}}前年在{{trap/place:邢台}}出车祸走了，妈妈改嫁，再没回来。孩子跟着爷爷{{han:向长林}}过，爷爷七十一，种着三亩地，院子里一排{{trap/word:向日葵}}是孩子他爸活着的时候种的。我向{{han:向长林}}说了好几回，让他去镇上按手印，他嫌丢人，不肯去，后来是我开车拉他去的。事实无人抚养，每月{{trap/number:一千二百一十元}}。孩子的身份证号，我一段一段念：{{id_number@my2015tri.371581}}。住{{address:临清市烟店镇聂庄村二组13号}}。
访谈者：第二户？
受访者：第二户，{{han:才梓涵}}，女，八岁，在{{school:烟店镇第二小学二年级（1）班}}。{{han:才梓涵}}才八岁，饭都会做了。爸爸{{han:才立强}}偷电缆，判了四年；妈妈{{han:让秀兰}}智力残疾，三级。{{han:让秀兰}}让我看她的残疾证，证都揉烂了。服刑人员子女补助加两项补贴，一个月{{trap/number:七百四十元}}。孩子的身份证{{id_number@wy2017fwspaced.371581}}。
访谈者：第三户？
受访者：第三户，{{han:桑有才}}，男，十四，在{{school:烟店镇初级中学八年级（2）班}}，村里人都叫他{{han:铁蛋儿}}。{{han:桑有才}}有个妹妹，俩人跟着姥姥过。爸妈离了婚，各自成了家，谁也不管。{{han:桑有才}}他爱摆弄自行车，村口修车的说，这孩子手巧，将来能吃手艺饭。
访谈者：第四户？
受访者：第四户是回族，{{trap/place:临清}}城里回族多，我们村就这一家。爸爸{{han:马文海}}尿毒症，一周透析三回，家里吃低保。闺女{{han:马小雅}}九岁，经名{{minority/hui:阿丽米}}，学校的老师叫她{{minority/hui:马阿丽米}}。{{minority/hui:阿丽米}}她奶奶{{minority/hui:者麦来}}每天去{{trap/org:清真寺}}，回来带着孩子念经。我跟{{han:马文海}}说，{{trap/word:马上}}要换届审核了，材料早点交。
访谈者：第五户？
受访者：第五户，{{han:殷金有}}，男，七岁，跟奶奶{{han:也淑华}}过。{{han:也淑华}}也七十多了，眼睛有白内障。孩子他爸出去打工，三年没音信，派出所立了案。孩子懂事，每天放学先去井边给奶奶打水。住{{address:临清市烟店镇聂庄村五组6号}}。奶奶的身份证{{id_number@woldx.371581}}，电话{{mobile@s38}}，打不通就打她邻居。
访谈者：这五户里您最放心不下哪个？
受访者：第二户。孩子妈自己都照顾不了自己，孩子才八岁就当了家。我每个礼拜去一趟，看看锅里有没有饭，孩子身上干不干净。去年冬天我给她们娘俩一人织了一件毛衣。
访谈者：这些户都有谁在跟？
受访者：镇民政办的{{han:禚主任}}总负责，大名{{han:禚文亮}}，材料报到{{trap/org:临清市民政局}}。社工站有两个姑娘，{{compound:仲孙若彤}}跟第一户和第三户，新来的{{compound:太史嘉怡}}跟第二户。市里的督导叫{{compound:谷梁思源}}，每季度下来查一次台账。学校那边，中心小学的{{han:卞校长}}最上心，哪个孩子三天没来，他就给我打电话。
访谈者：村里人怎么看这些孩子？
受访者：大多数是好心的。秋收的时候，全村的人帮着第一户掰的棒子，一上午就掰完了。也有说闲话的，说谁家孩子是劳改犯的孩子，我听见了就跟他吵。孩子又没犯法，凭什么抬不起头。
访谈者：您自己家里呢？
受访者：我男人在{{trap/org:轴承厂}}上班，闺女在{{trap/place:济南}}念大学。我当儿童主任一个月补贴四百，不够油钱，可我就是放不下。闺女说，妈，你管的孩子比我还多。
访谈者：您是怎么发现这些孩子的？
受访者：一靠学校报，二靠邻居说，三靠自己走。我每个月把全村走一遍，看谁家大人病了，谁家大人没了，谁家孩子天黑了还在街上转。第一户那个孩子就是我在路边碰上的，大冬天穿着单鞋，脚冻得通红。
访谈者：台账上名字都写对了吗？
受访者：错的不少。有一张写成{{spaced:向 雨 泽}}，有一张是{{spaced:才　梓　涵}}，{{spaced:桑有 才}}也分成了两截；回族那个闺女写成{{spaced:马 阿 丽 米}}；社工的名字也被写成{{spaced:仲 孙 若 彤}}。年底我们一起再核一遍。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plus86spaced}}，工作微信{{wechat:nie_xiuyun_yd}}。{{han:向长林}}没手机，有事打给我。第三户那个孩子有个QQ，说是不开心了就在上面给我留言，号码他写在我本子最后一页：{{qq:3095718264}}。
访谈者：干这个最难的是什么？
受访者：最难的是人心。有的人说我们村的补助是我亲戚吃了，我就把名单贴在村委会门口，让大家看。还有就是孩子大了，有了心事不跟你说，你得等，等他自己开口。
""")

# H1310: Han community worker in 振兴街道 (茌平) who keeps up with her families on the phone and on WeChat, taking
# calls and voice messages during the interview.
DOCS["H1310"] = ("staff", """\
访谈者：{{han:商老师}}，您手机一直在响。
受访者：没办法，街道管儿童这块的就我一个。我叫{{han:商晓蕾}}，在{{trap/place:茌平区}}{{trap/place:振兴街道}}社区办公室，居民们都叫我{{han:小商}}。你先坐，我回个电话。……喂，{{han:阎桂荣}}大娘吗？我是社区的。孩子的学籍证明开了吗？开了就拍照发我微信，我的微信号您有，{{wechat:shangxl_zxjd}}。好，好，您别急。
访谈者：这是哪一户？
受访者：{{han:阎桂荣}}带着孙子{{han:也俊熙}}过。孩子姓也，就是“也是”的也，少见。{{han:也俊熙}}也才九岁，他爸前年肝癌走了，他妈{{han:付晓燕}}因为诈骗在监狱里，判了五年。孩子报的是服刑人员子女补助，下个月开始发。
访谈者：您先忙。
受访者：……你听，又来一条语音。这是{{han:让梦洁}}发的，十六岁，她妈瘫在床上，家里就她一个能干活的。{{han:让梦洁}}让我帮她问问，她妈的护理补贴怎么还没到账。她的微信叫{{wechat:rangmj_2008}}，晚上十一点还给我发消息，那个点她才写完作业。
访谈者：这种情况多吗？
受访者：多。我这个街道登记的困境儿童有三十七个。这条是{{han:被晓东}}的，姓被，{{trap/word:被子}}的被，他想给闺女申请助学金，问要带什么材料。你看这条，是{{han:能振海}}发的，他一条腿截了肢，有两个孩子。{{han:能振海}}能走，就是走不远，我跟他说，两项补贴的表我给送上门。还有铝城小区那户藏族的，闺女{{minority/tibetan:呷拥志玛}}是聋孩子，他爸{{minority/tibetan:向巴多吉}}开叉车，表是儿童主任{{han:国丽萍}}帮着填的，我负责往区里报。街道里还有一户哈萨克族的，孩子妈{{minority/kazakh:哈丽娜·叶克本}}在铝厂食堂做饭，男人走了，{{minority/kazakh:哈丽娜}}她一个人带三个孩子。
访谈者：您做这个工作多久了？
受访者：六年。原来我在县城{{trap/word:商场}}卖衣服，后来考了社工证，进了社区。头一年最难，我去敲门，人家以为我是推销的，不给开。现在好了，老人们都认得我，有的老人不会用手机{{trap/word:付款}}，买个药也给我打电话。
访谈者：您跟学校怎么联系？
受访者：有个群，各校的班主任都在里面。{{trap/org:实验小学}}的{{han:付老师}}最积极，她的微信是{{wechat:wxid_p4t8k2m6w9}}，孩子有点不对劲就找我。前天她说{{han:尚天宇}}上课睡觉，一问，孩子夜里去烧烤摊帮他爸串串，他爸腿有残疾，干不了重活。
访谈者：您接吧。
受访者：……等一下。喂？{{han:甘晓丽}}啊，我在接待人，你说。嗯，你把户口本复印件放我桌上。……她是同事，管低保的。我们还有一个同事叫{{compound:司空映雪}}，专跑入户。律师{{compound:独孤一鸣}}是法律援助中心派来的，每周四坐班。大学生志愿者{{compound:南宫沐辰}}周末来给孩子们辅导功课。
访谈者：去监狱会见您也陪着？
受访者：陪。{{han:也俊熙}}去年第一回见他妈，隔着玻璃不说话，他妈在那头哭。回来的路上他问我，阿姨，我妈出来的时候我多大了。我说，你上初中了。他掰着手指头算了半天，说那也不算太久。我在车上没敢回头看他。
访谈者：孩子们自己会找您吗？
受访者：会。大一点的用QQ。{{han:尚天宇}}的QQ号是{{qq:2187064935}}，他半夜给我发一句“{{han:商老师}}，我不想上学了”，我一晚上没睡好，第二天一早就去了他家。夜里有急事，我让他们先打{{trap/hotline:110}}，再打给我。还有一个孩子用他妈的手机给我打电话，号码是{{mobile@p86n}}，一打就哭，说他妈又犯病了。
访谈者：手机一天要接多少电话？
受访者：少说三四十个，我换了个大电池，还随身带着充电宝。有一回我在澡堂里，手机响了，一个孩子说他爸喝醉了打人，我头发都没擦干就往外跑。
访谈者：以前这样的孩子有人管吗？
受访者：也管，就是零散。现在社区有了{{trap/org:儿童之家}}，放了学孩子能来写作业，有图书、有乒乓球台。周末志愿者来辅导，比在家里热闹。
访谈者：这么多人，您记得住吗？
受访者：记在手机里，也记在本子上。{{han:阎桂荣}}的电话{{mobile@hyphen}}，{{han:能振海}}的{{mobile@fws}}，{{han:让梦洁}}的{{mobile@plain}}。住址我也写着：奶孙俩在{{address:茌平区振兴街道东关社区8号楼3单元402室}}，截肢的那户在{{address:茌平区振兴街道新华路西二巷17号}}。{{han:也俊熙}}的身份证{{id_number@my2016spaced.371523}}，他奶奶的{{id_number@wold.371523}}。
访谈者：系统里的名字有写错的吗？
受访者：常有。录系统的时候把孩子录成了{{spaced:也 俊 熙}}，他奶奶是{{spaced:阎　桂　荣}}，{{spaced:让梦 洁}}也被拆开了，志愿者的名字录成了{{spaced:南 宫 沐 辰}}。
访谈者：您自己累不累？
受访者：累。我孩子也才上二年级，有时候我在外头接电话，她在家等我吃饭。可我一想到那些孩子，就觉得我这点累不算什么。我跟她说过，有事就找{{han:小商}}。
""")

# H1311: Han aunt in 博平镇 (茌平) raising her late sister's twins; their father is in a psychiatric hospital.
DOCS["H1311"] = ("family", """\
访谈者：大姐，这两个孩子是双胞胎？
受访者：是，龙凤胎，今年八岁，是我亲妹妹的孩子。我叫{{han:阚秀娟}}，{{trap/place:博平镇}}阚庄村的，两个孩子叫我{{han:娟姨}}。他们的妈{{han:阚秀玲}}前年得乳腺癌走了，才三十四。
访谈者：孩子的爸爸呢？
受访者：{{han:贾振涛}}有精神病，发病的时候砸东西、打人，去年在家里点了一把火，差点把孩子烧着。现在住在{{trap/org:聊城市第四人民医院}}，大夫说得长期住。妹妹走之前拉着我的手，说姐，这俩孩子交给你了。我就接过来了。
访谈者：两个孩子叫什么？
受访者：男孩叫{{han:贾一鸣}}，女孩叫{{han:贾一诺}}，名字是他妈起的，说一个要{{trap/word:一鸣惊人}}，一个要{{trap/word:一诺千金}}。在家里就叫{{han:大宝}}和{{han:二妮儿}}。{{han:大宝}}在{{school:博平镇中心小学二年级（1）班}}，{{han:二妮儿}}在{{school:博平镇中心小学二年级（3）班}}，学校说双胞胎最好分开，省得老靠着对方。
访谈者：您自己家里几口人？
受访者：我跟我对象，还有一个儿子上高中。我对象姓把，叫{{han:把玉山}}，在镇上开三轮拉货。村里人都叫他{{han:老把}}。一下多了两张嘴，他一句怨言没有。孩子发烧那天夜里，我让{{han:把玉山}}把三轮开过来，裹着被子往卫生院跑，门{{trap/word:把手}}都让他拽掉了。
访谈者：妹妹生病那段时间怎么过来的？
受访者：她在{{trap/place:济南}}做的手术，化疗做了六回，头发全掉了。那时候两个孩子六岁，我带着。她每回化疗回来，躺在炕上，让孩子们趴在她身边，一个一个摸他们的脸。她走的那天是正月十六，孩子们还在院子里放烟花，不知道屋里出了什么事。
访谈者：您儿子怎么看这件事？
受访者：他上高二，开始有点别扭，觉得妈被抢走了。后来他自己想明白了，周末回来教弟弟妹妹写作业，还教他们骑自行车。两个小的管他叫哥，跟亲哥一样。
访谈者：有哪些补助？
受访者：村里的儿童主任{{han:有红霞}}，姓有，“有没有”的有。{{han:有红霞}}有空就来，帮我们报了事实无人抚养，两个孩子每人每月{{trap/number:一千二百四十元}}。镇民政办的{{han:谷振邦}}说，孩子爸爸是重度精神残疾，正好够条件。区里还派了律师{{compound:左丘慕言}}，帮我办了监护人的手续，以后孩子的事我能签字了。
访谈者：孩子们在学校怎么样？
受访者：{{han:大宝}}他好动，一节课要站起来好几回，班主任{{han:臧雨桐}}老师有耐心，让他当了体育委员，有事干了，就坐得住了。{{han:二妮儿}}她爱哭，想妈妈，{{han:岳秀玲}}老师每天放学留她一会儿，陪她画画。社工{{compound:子车若兰}}每周来一次，{{compound:子车若兰}}她带来的心理老师{{compound:诸葛青岚}}给两个孩子做沙盘，说闺女摆的都是一个小房子，房子外头站着一个大人。
访谈者：孩子们去看过爸爸吗？
受访者：去过两回。头一回他认出来了，抱着儿子哭。第二回他不认人了，问我是谁。回来的路上闺女问我，姨，我爸是不是把我们忘了。我说没忘，他病了，病好了就记起来了。
访谈者：村里人帮忙吗？
受访者：帮。麦收的时候邻居们帮我把地里的活干了，过年村里送了一袋面、一桶油。镇上的{{trap/org:儿童之家}}给两个孩子办了卡，放了学能去写作业、看书，周末还有大学生来讲故事。
访谈者：孩子将来跟爸爸还是跟您？
受访者：看他爸的病。大夫说这病好不了，只能控制。孩子大了，想跟谁就跟谁。我这辈子就当是多生了两个孩子。
访谈者：您身体吃得消吗？
受访者：吃不消也得吃。早上五点半起来做饭，送两个孩子上学，回来下地，晚上辅导作业，两个孩子一块儿问，我一个脑袋两个大。我有腰间盘突出，村医{{han:郝大夫}}给我扎过几回针。晚上两个孩子睡觉，一个搂着我的胳膊，一个搂着我的腿，我动都不敢动。我最怕的是自己倒下。
访谈者：登记信息请您说一下。
受访者：我家在{{address:茌平区博平镇阚庄村三组10号}}，孩子爸爸的老房子在{{address:茌平区博平镇贾庄村一组24号}}，锁着，没人住。我的身份证{{id_number@wy1979fullwidth.371523}}，{{han:贾一鸣}}的{{id_number@my2018x.371523}}。我电话{{mobile@plus86dash}}，{{han:有红霞}}的{{mobile@s434}}。我的微信{{wechat:kanxj_boping}}。两个孩子上网课用一个QQ，号码我写在挂历背面：{{qq:40718563}}。
访谈者：表上名字写得对吗？
受访者：有错的。学校的表写成{{spaced:贾 一 鸣}}，另一张是{{spaced:贾　一　诺}}，监护的材料上我是{{spaced:阚秀 娟}}，社工的名字打成了{{spaced:子 车 若 兰}}。
访谈者：最后还想说什么？
受访者：我就想把两个孩子拉扯大，对得起我妹妹。
""")

# H1312: Han head of a village primary school in 贾寨镇 (茌平) talking about a boy who lives with his blind
# grandfather.
DOCS["H1312"] = ("teacher", """\
访谈者：{{han:冉大姐}}，您想说的是哪个孩子？
受访者：四年级的{{han:贾丰收}}，在{{school:贾寨镇后刘集小学四年级（2）班}}。我叫{{han:冉秀梅}}，在这所村小当校长八年了，全校一百四十多个孩子，我最放不下的就是他。他爷爷说那年麦子大{{trap/word:丰收}}，就给他起了这个名，家里叫他{{han:收儿}}。
访谈者：他家里什么情况？
受访者：跟爷爷两个人过。爷爷{{han:贾德顺}}三十多岁眼就瞎了，村里人叫他{{han:顺爷}}。{{han:顺爷}}会拉二胡，年轻时候走村串户唱{{trap/word:山东琴书}}。孩子的爸爸{{han:贾长庚}}四年前在外地工地上出了事，人没了。他妈{{han:就晓霞}}，姓就，少见，{{han:就晓霞}}就再没回来过，听说去了南方。
访谈者：一个盲人带孩子，怎么过日子？
受访者：反过来了，是孩子带爷爷。{{han:收儿}}每天早上五点半起来，给爷爷烧水、热馒头，牵着爷爷去村头的厕所，再自己走二里地来上学。放了学先回家做饭。爷爷摸着切菜，手上都是口子。老人眼瞎以前是生产队的会计，现在还能心算，孩子的数学题他听一遍就能说出得数。
访谈者：学校怎么帮他？
受访者：班主任{{han:仝玉洁}}每天中午把他留在学校吃饭，饭钱学校出。{{han:仝玉洁}}她还把自己孩子穿小的衣服拿给他。数学老师{{han:柴秀英}}周末去他家给他补课。去年来了个支教老师，内蒙古{{trap/place:通辽}}的，叫{{minority/mongolian:奥云毕力格}}，{{minority/mongolian:奥云毕力格}}教孩子们唱歌、摔跤，{{han:收儿}}跟他最亲。
访谈者：孩子有什么爱好？
受访者：跟爷爷学拉二胡。爷爷看不见，就摸着他的手教，一个音一个音地教。去年六一联欢，他上台拉了一段，底下的家长都站起来鼓掌。爷爷坐在第一排，什么也看不见，就一个劲儿地笑。
访谈者：孩子有没有自卑过？
受访者：有过。三年级的时候，有孩子笑他爷爷是瞎子，他跟人打了一架，鼻子都打出了血。我把两个孩子叫到办公室，让那个孩子蒙上眼睛，在操场上走一圈。那孩子走了不到二十步就不敢走了，回来跟他道了歉。后来两个人成了好朋友。
访谈者：镇上村里呢？
受访者：村支书{{han:寇立新}}给他家报了低保和事实无人抚养，爷爷有残疾人两项补贴，加起来一个月{{trap/number:一千七百六十元}}。区社工站的{{compound:上官筱萌}}每两周来一回，教孩子怎么照顾盲人，怎么报警。县里督学{{compound:宗政青柠}}来检查，专门去他家坐了一下午。邻居{{han:蔺海燕}}大嫂做了好吃的，就端一碗过去。
访谈者：孩子的学习怎么样？
受访者：中等，不算好，可他肯学。作文写得最好，题目是《我的眼睛》，写他就是爷爷的眼睛，全校老师都看哭了。我在升旗仪式上给全校讲{{trap/famous:武训}}讨饭办学的事，讲完了他跑来问我，校长，武训的学校现在还有吗。
访谈者：爷爷身体怎么样？
受访者：六十七了，有糖尿病。去年冬天摔了一跤，是{{han:收儿}}打电话给我，我们几个老师把他送到镇卫生院。眼科的{{compound:第五晓岚}}大夫说，眼睛是治不好了，只能保住身体。我最怕的是哪天老人不在了，孩子怎么办。老人每天坐在门口听收音机，听见脚步声就喊，{{han:收儿}}回来了。孩子在学校从不迟到，一个学期下来是全勤，今年冬天的新棉衣是县里一家企业捐的。
访谈者：学校条件怎么样？
受访者：村小，六个年级，十一个老师，一半快退休了。冬天教室里烧炉子，孩子们轮流值日添煤。年轻老师留不住，来一个走一个。我也是这村长大的，小时候家里穷，是一个老师资助我念完了初中。师范毕业我回来了，就是想把这份情还上。
访谈者：孩子以后想干什么？
受访者：他说想当医生，给爷爷治眼睛。我没告诉他爷爷的眼睛治不好了，就说，你好好学，学成了能治好多人的眼睛。
访谈者：登记信息方便说一下吗？
受访者：他家在{{address:茌平区贾寨镇后刘集村四组3号}}。孩子的身份证{{id_number@my2016fw.371523}}，爷爷的{{id_number@mold.371523}}。爷爷用的是老人机，号码是{{mobile@plain}}，我的电话{{mobile@plus86spaced}}，微信{{wechat:ranxm_jiazhai}}。孩子在学校电脑课上注册了一个QQ，号码他写在课桌右上角：{{qq:513862907}}。
访谈者：表上的名字写得对吗？
受访者：有错的。低保表上写成{{spaced:贾 丰 收}}，爷爷是{{spaced:贾　德　顺}}，支教老师写成了{{spaced:奥云　毕力格}}，社工是{{spaced:上 官 筱 萌}}。
访谈者：最后您想说什么？
受访者：孩子懂事得让人心疼。我想让大家记住这爷孙俩，特别是{{han:顺爷}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1305,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout164",))


if __name__ == "__main__":
    main()
