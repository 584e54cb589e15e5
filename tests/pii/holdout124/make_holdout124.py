# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 124 (tests/pii/holdout124/H977-H984 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector. Never tune on it (see tests/pii/README.md). Every person, number,
account, school class and address is invented; no name, place or sentence is taken from the earlier sets (the
script asserts that no gold string equals a gold or trap string of any earlier answer_key.csv / traps.csv, or a
name in names.csv, and that no trap string was gold in an earlier set).

Set 124 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices, most of them in
湖州 and 金华 (Zhejiang): a Mongolian mother from 东乌珠穆沁旗 who works in a bamboo-flooring factory in 湖州 (南浔),
her husband in prison for a fight, her son with her and her daughter with her mother-in-law in the gacha; a Golog
Tibetan father from 达日 who sells yak meat at a market in 义乌, his wife dead of a fever, his son with him and his
daughter with her aunt in 达日; a Uyghur grandmother from 喀什 raising two grandchildren in 金东区 while her son
drives a lorry; a Hui father from 西宁 who runs a beef-noodle shop in 吴兴区 and raises a son with autism; a Han
village child director in 长兴 (水口乡) reading out her register; a Han primary-school teacher in 武义 who reaches the
families of her four pupils in distress on WeChat and QQ; a Han social worker in 兰溪 handling 事实无人抚养 cases;
and a Han grandmother in 安吉 raising a grandson whose mother left. The emphasis is on forms where a replacement
might cover only part of a name, in a mix rather than one trick: Mongolian names used whole and with a short form
(塔日娜其木格 then 塔日娜, 朝格吉勒巴特尔 then 朝格吉勒他, 阿斯汉巴雅尔 then 阿斯汉, 乌苏荣高娃 then 乌苏荣她), a Han
surname before a Mongolian given name (包森德玛她, 白照那) and the Han names of the same people (白冬梅, 白嫂, 白嘉木,
小查); Golog Tibetan names (嘉洋俄日, 更藏夏吾, 班玛卓嘎, 旦正才让, 俄赛拉毛, 格吉卓嘎, 扎洛多杰, 才秀吉, 德却多杰) with
short forms (俄日, 旦正他), names whose characters are grammar words (旦正才让把人家推倒了, 才秀吉才办完丧事), a Han
surname before a Tibetan given name (楼秀吉, who took her husband's surname) and a Han nickname (老嘉); Uyghur given
name + father's name with and without the dot (图尔荪娜依·沙拉买提, 麦合木提·吐拉克, 海日妮萨·麦合木提,
斯坎旦尔·麦合木提, 斯坎旦尔麦合木提, 凯迪尔亚·牙生, 阿力甫江·托乎提) and single and short forms (图尔荪娜依, 麦合木提他,
海日妮萨, 斯坎旦尔他, 赛迪古丽, 吾布力卡斯木, 谢日帕, 阿不都瓦衣提), and a Han-style form of address (图大妈); Han-form
Hui names (韩德胜, 冶玉兰, 韩子墨, 韩雨萱, 马福寿, 马晨阳, 马永旺) beside 经名 used alone (麦哈木德, 舍丽麦她, 哈迪,
苏非亚, 虎赛尼, 哈勒麦, 阿敏他) and after a Han surname (韩哈迪, 马爱布, 马阿敏); Han names with common and rare
surnames of the region (钮, 闵, 费, 钦, 茅, 臧, 吕, 楼, 虞, 骆, 应, 涂, 俞, 鲍, 汤, 章, 祝, 童, 范, 余); surnames that are
also grammar or ordinary words, directly after or before grammar words (跟和秋萍说, 和秋萍和我, 向春兰向亲戚借钱,
就怕还佳怡还小, 有德林有高血压, 能建平能吃苦, 都春燕都大半年没回来了, 要丽娜要求, 向建军被判了四年) and given names
that end or start in such a word (楼建和和我, 汤建和和婶婶, 傅也青也); names that contain words (有春花, 白冬梅, 汤宇航,
祝浩然, 施国强); names directly before particles, pronouns and verbs and after 叫/是/给/跟/找/让/和 (让阿斯汉巴雅尔,
发语音给马永旺, 找余丽英, 乐正沐阳和东门素问); titles and kin words after names (费秀英主任, 钱丽君老师, 虞晓燕老师,
乌力更图娅老师, 俞佳敏老师, 许桂芬嫂子, 余丽英阿姨; the span is the name only), a surname with only a title or kin
word, annotated whole (白嫂, 图大妈, 韩师傅, 穆阿訇, 金医生, 钮所长, 顾书记, 吕阿婆, 潘校长, 应主任, 章姐, 范科长, 潘阿婆,
余书记), nicknames and local forms of address, annotated whole (老嘉, 小查, 沈阿大, 阿杏, 笋笋, 阿土伯), and names
closing the last sentence (是应主任。, 是余丽英。, 我们家的麦合木提。, 他康复老师的名字：姚佳慧。); names spaced out
character by character in half- and full-width spaces (塔 日 娜 其 木 格, 乌 苏 荣 高 娃, 嘉 洋 俄 日, 俄 赛 拉 毛,
海 日 妮 萨, 公 良 思 齐, 澹 台 静 姝, 诸 葛 梓 萱, 钟 离 晚 晴, 姚　佳　慧, 还　佳　怡, 马　晨　阳), a dotted name with spaces
around the dot (图尔荪娜依 · 沙拉买提) and names split in two (阿斯汉　巴雅尔, 朝格吉勒 巴特尔, 旦正　才让, 麦合木提 吐拉克,
舍丽 麦, 查苏 其其格, 汤宇 航, 祝浩 然, 宋建 明); compound surnames after ordinary words (申屠, 东郭, 百里, 濮阳, 夏侯,
司空, 太叔, 钟离, 公西, 公良, 闻人, 宰父, 澹台, 乐正, 东门, 诸葛, 皇甫, 上官, 慕容 after 的/叫/是/和/社工/律师/督导/同事/
爷爷, and four 诸葛 of 诸葛村 beside the trap 诸葛亮); and numbers read out and written the many ways people do.

The transcripts are hand-written with inline markup:

* ``{{category:literal}}``        a seeded item given literally (``{{han:和秋萍}}``, ``{{qq:2836401957}}``);
* ``{{minority/group:literal}}``  a minority name; ``group`` (mongolian, tibetan, uyghur, hui) is only counted,
                                   never written to the key;
* ``{{category@format.region}}``  a seeded number drawn from the seeded generator so that it is well formed (ID
                                   checksum, mobile prefix) without being anyone's (``{{id_number@wy2017fwhyphen.632624}}``,
                                   ``{{mobile@s434}}``); ``.region`` is the six-digit area code of an ID number; the
                                   shapes are those of ``_setkit`` (IDs plain, x, spaced, hyphen, fullwidth, fw, quad,
                                   tri, fwspaced, fwhyphen; mobiles plain, spaced, hyphen, plus86, plus86dash,
                                   plus86spaced, fullwidth, s38, h38, s74, s434, p86h, p86n, fws);
* ``{{trap/kind:literal}}``       a trap: text that must NOT be annotated. It is written to the transcript as plain
                                   text and listed in traps.csv (for looking at false positives), never in
                                   answer_key.csv.

Categories and the type they are scored as (answer_key.csv ``type``; ``category`` is the last column):
han, spaced, compound, minority -> person; address; school; qq; wechat; mobile; id_number.
Person spans are the name only: a title or kinship word after a name (主任, 老师, 嫂子, 阿姨) and a particle, pronoun
or verb written directly after a name (说, 也, 都, 还, 有, 能, 要, 向, 和, 她, 他, 把) are outside the span; a surname
with only a title or kin word (白嫂, 图大妈, 穆阿訇, 钮所长, 潘阿婆) and a nickname or local form of address (老嘉, 小查,
沈阿大, 阿杏, 笋笋, 阿土伯) are annotated whole. Han-style names of Mongolian, Tibetan, Uyghur and Hui people (白冬梅,
白嘉木, 老嘉, 图大妈, 韩德胜, 冶玉兰, 马晨阳) are category han; a Han surname before a non-Han given name (包森德玛,
白照那, 楼秀吉, 韩哈迪, 马爱布, 马阿敏) is category minority.

Offsets are Python str offsets into the whole file text, front matter included. Run
``python tests/pii/holdout124/make_holdout124.py`` to rebuild (deterministic); what the build checks and prints:
``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(124_2026_1206)
MINORITY_GROUPS = ("mongolian", "tibetan", "uyghur", "hui")
# Floors from the brief.
GROUP_FLOORS = {"mongolian": 10, "tibetan": 10, "uyghur": 10, "hui": 10}

MOBILE_PREFIXES = ["133", "135", "137", "138", "150", "151", "153", "157", "158", "166", "173", "175", "176",
                   "181", "183", "187", "188", "198"]

DOCS: dict[str, tuple[str, str]] = {}

# H977: Mongolian mother from 东乌珠穆沁旗 who works in a 湖州 bamboo-flooring factory; her husband is in prison for a
# fight, her son is with her and her daughter with her mother-in-law in the gacha.
DOCS["H977"] = ("family", """\
访谈者：大姐，听说您是从内蒙古过来的？
受访者：{{trap/place:东乌珠穆沁旗}}的，家在{{trap/place:乌里雅斯太}}往北一百多里的嘎查。我叫{{minority/mongolian:塔日娜其木格}}，家里人叫我{{minority/mongolian:塔日娜}}。厂里办工牌要汉名，我就写了{{han:白冬梅}}，车间里的人都喊我{{han:白嫂}}。在{{trap/place:湖州}}这家竹地板厂两年了，砂光、打包、贴标都干过。
访谈者：怎么想到来湖州？
受访者：男人{{minority/mongolian:朝格吉勒巴特尔}}前年在旗里喝喜酒，跟人打起来，一酒瓶把人家打成重伤，判了五年，关在{{trap/place:锡林浩特}}。赔钱卖了八十只羊，草场也租出去了。同嘎查的{{minority/mongolian:纳森达来}}在湖州开大车，说竹地板厂缺人，我就带着儿子来了。
访谈者：孩子们多大？
受访者：两个。儿子{{minority/mongolian:阿斯汉巴雅尔}}十一岁，跟着我，学校给他登记的汉名是{{han:白嘉木}}，在{{school:南浔区和孚镇中心小学五年级（3）班}}，老师点名叫他{{minority/mongolian:阿斯汉}}。女儿{{minority/mongolian:乌苏荣高娃}}七岁，留在嘎查跟奶奶，在{{school:乌里雅斯太镇第一小学一年级（2）班}}。{{minority/mongolian:乌苏荣}}她每天晚上拿奶奶的手机跟我视频。
访谈者：奶奶身体还好吗？
受访者：奶奶叫{{minority/mongolian:包森德玛}}，七十三了，腿上有风湿。{{minority/mongolian:包森德玛}}她还天天挤奶、熬{{trap/minority_word:奶茶}}，冬天接羔是邻居{{minority/mongolian:蒙根苏和}}帮着干。我小时候{{trap/minority_word:额吉}}给我讲{{trap/famous:江格尔}}，现在奶奶讲给孙女听。
访谈者：两边都有谁帮你们？
受访者：嘎查的儿童主任{{minority/mongolian:白照那}}给女儿报了服刑人员子女补助，每月{{trap/number:八百六十元}}；苏木民政助理{{han:郎永胜}}入户核过两回，奶奶有低保。这边社区的儿童主任{{han:闵晓红}}帮儿子办了借读，又找了区里的社工。社工站的{{compound:申屠婉清}}每周三来给儿子辅导作业，她同事{{compound:东郭云帆}}带他去{{trap/place:太湖}}边骑车。
访谈者：厂里对您怎么样？
受访者：老板{{han:钮国荣}}知道我家的事，把我从夜班调到白班，好接孩子。车间主任{{han:费秀英}}主任脾气急，心是好的，过年给儿子买了件羽绒服。跟我一个机台的是安徽来的{{han:和秋萍}}，人{{trap/word:和气}}，我有事就跟{{han:和秋萍}}说，{{han:和秋萍}}和我两个人轮着去学校接孩子。
访谈者：孩子爸爸那边呢？
受访者：一个月能视频会见一回。{{minority/mongolian:朝格吉勒}}他在里面学电焊，说出来再不喝酒了。法律援助的律师{{compound:百里思远}}帮我问过减刑的事。儿子不愿跟他爸说话，每回都是我在边上劝。
访谈者：儿子在这边习惯吗？
受访者：头一年难，听不懂湖州话，吃不惯甜的。班主任{{han:钱丽君}}老师让{{minority/mongolian:阿斯汉巴雅尔}}在班会上讲{{trap/minority_word:那达慕}}，讲冬天的{{trap/minority_word:白灾}}，同学们才跟他玩到一块。他现在会说“{{trap/word:交关}}好”了，回来学给我听。
访谈者：您在厂里一天干多久？
受访者：早上七点半进车间，晚上六点出来，赶货的时候加班到十点。砂光机那边灰大，口罩一天换三个，回家擤出来的鼻涕都是黄的。一个月五千出头，我留一千五，剩下的打回去给奶奶，还有一部分还赔人家的钱。厂里管一顿中饭，儿子放学先到厂门口的小卖部写作业，小卖部的{{han:沈阿大}}不收他钱，让他坐在冰柜边上写。
访谈者：女儿在老家上学怎么样？
受访者：住校，一个礼拜回一趟家。她班主任{{minority/mongolian:乌力更图娅}}老师是我们旗里的，每个月在微信上发她的作业给我看。{{minority/mongolian:乌力更图娅}}说孩子字写得好，就是想妈妈，晚上在宿舍里哭。我听了一夜没睡着，第二天砂光的时候差点把手伸进机器里。
访谈者：儿子知道他爸的事吗？
受访者：知道。旗里就那么大，谁家出了什么事，一天就传遍了。他跟我说，同学问起来，他就说阿爸在外地打工。我没拦他，孩子要脸面。去年他爸托人捎出来一封信，蒙古文写的，儿子看了半天，说阿爸的字比以前难看了。
访谈者：登记表上的信息请您说一下。
受访者：老家在{{address:东乌珠穆沁旗乌里雅斯太镇查干宝力格嘎查二组9号}}，这边住{{address:南浔区和孚镇荻港村竹业公司宿舍3幢108室}}。我的身份证{{id_number@wy1987hyphen.152525}}，儿子的{{id_number@my2014tri.152525}}。我电话{{mobile@s38}}，{{han:闵晓红}}的电话{{mobile@plus86}}。我的微信{{wechat:Taryna-huzhou}}。儿子有QQ，说跟同学组队用，号码他拿铅笔写在我工作服口袋里：{{qq:2836401957}}。
访谈者：名字在各种表上写得一样吗？
受访者：不一样。低保表上我是{{spaced:塔 日 娜 其 木 格}}，学校名单上儿子是{{spaced:阿斯汉　巴雅尔}}，会见单上男人写成{{spaced:朝格吉勒 巴特尔}}，女儿成了{{spaced:乌 苏 荣 高 娃}}。
访谈者：您最盼什么？
受访者：盼男人早点出来，一家人回草原去。我跟儿子说，你阿爸不是坏人，是酒坏的事。
""")

# H978: Golog Tibetan father from 达日 who sells yak meat at a market in 义乌; his wife died of a fever, his son is
# with him and his daughter with her aunt in 达日.
DOCS["H978"] = ("family", """\
访谈者：大哥，您这牦牛肉是老家运来的？
受访者：是，{{trap/place:达日}}的牦牛，我弟弟{{minority/tibetan:更藏夏吾}}在那边收了，冻好了走冷链发过来。我叫{{minority/tibetan:嘉洋俄日}}，在{{trap/place:义乌}}{{trap/org:国际商贸城}}后面的农贸市场租了个摊位，四年了。市场里的人念不来藏名，都叫我{{han:老嘉}}；老家的人叫我{{minority/tibetan:俄日}}。
访谈者：家里现在什么情况？
受访者：老婆{{minority/tibetan:班玛卓嘎}}前年冬天发高烧，在乡卫生院打了三天针不见好，拉到{{trap/place:西宁}}已经晚了。她走以后我一个人带两个孩子，草场上养不活，就跟老乡出来了。
访谈者：孩子们多大？
受访者：儿子{{minority/tibetan:旦正才让}}十二岁，跟我在义乌，在{{school:稠城街道绣湖小学六年级（4）班}}。女儿{{minority/tibetan:俄赛拉毛}}八岁，留在达日跟她姑姑{{minority/tibetan:格吉卓嘎}}，在{{school:达日县民族寄宿制小学二年级（1）班}}住校。
访谈者：儿子在义乌上学怎么样？
受访者：开始听不懂老师说话，他在草原上只说藏话。班主任{{han:虞晓燕}}老师每天中午留他半个钟头教拼音。现在{{minority/tibetan:旦正}}他的普通话比我好，客人说话快，都是他给我翻。有同学笑他身上有{{trap/minority_word:酥油}}味，{{minority/tibetan:旦正才让}}把人家推倒了，老师叫我去学校，我去了才知道是人家先骂的。
访谈者：谁在帮你们？
受访者：老家乡上的儿童主任{{minority/tibetan:扎洛多杰}}给女儿报了事实无人抚养，每月{{trap/number:一千二百四}}。这边社区的儿童主任{{han:骆慧芬}}帮儿子办了入学；低保因为户口不在这边办不了，她就帮我们申请了慈善总会的助学金。市场管理处的{{han:楼建和}}和我签了两年的摊位，租金打了八折，{{han:楼建和}}他老婆{{han:贾春芳}}常给儿子送吃的。同乡{{minority/tibetan:楼秀吉}}嫁给了义乌人，跟着男人姓，她常来帮我包肉。区里的社工{{compound:濮阳清禾}}每两周来摊位上陪儿子写作业，心理老师{{compound:夏侯雨涵}}给他做过沙盘。
访谈者：孩子想妈妈吗？
受访者：想。{{minority/tibetan:俄赛拉毛}}在视频里问，阿妈是不是变成星星了，我说是。我们那里人走了要请{{trap/minority_word:阿卡}}念经，念四十九天。儿子在本子上画他阿妈，画的是她背水的样子。
访谈者：生意怎么样？
受访者：好的时候一天卖三四十斤，一斤{{trap/number:七十八}}。隔壁卖羊肉的{{han:傅也青}}，进货、看摊都帮我，{{han:傅也青}}也教儿子算账，儿子教他念{{trap/minority_word:六字真言}}。检疫站的{{han:应国平}}每回来查，都跟我多聊两句。
访谈者：您自己呢？
受访者：夜里睡不着就想草原。阿爸在世的时候给我讲{{trap/famous:格萨尔}}，我现在讲给儿子听。家门口望得见{{trap/place:阿尼玛卿}}，一年四季都是白的。
访谈者：您在义乌过得惯吗？
受访者：头一年过不惯。夏天热得喘不上气，肉摊上的冰柜一天要化三回冰，电费比摊位费还贵。说话也难，义乌话一句听不懂，是儿子一句一句学会了给我翻。吃的也不一样，这边人吃米饭，我们吃{{trap/minority_word:糌粑}}，我就托弟弟每个月寄一袋青稞炒面。现在好一点了，市场里有几个老主顾，专门来买我的肉，说草原上的牦牛吃虫草长大的，肉香。
访谈者：女儿多久见一次？
受访者：一年回去一趟，过{{trap/minority_word:洛萨}}的时候。去年回去，她长高了一截，见了我先躲在姑姑身后，半天才叫阿爸。她姑姑自己也有三个孩子，家里还有一百多头牛，顾不过来。我想明年把女儿也接来，可义乌的学校要排队，{{han:骆慧芬}}说她帮我问着。
访谈者：儿子在这边有朋友吗？
受访者：有两三个。学校搞民族团结周，老师让他穿藏袍上台，跳了一段{{trap/minority_word:锅庄}}，全校的孩子都鼓掌。从那以后同学们不笑他了，还问他草原上是不是真的有狼。他说有，他小时候放牛见过，一群一群的。其实他就见过一回，还是远远的。礼拜天他在摊上帮我称肉、找钱，算得比我快，客人都夸他。
访谈者：登记信息请您说一下。
受访者：老家在{{address:达日县吉迈镇赛纳村三社15号}}，这边租的房在{{address:义乌市稠城街道绣湖小区11幢2单元502室}}。我的身份证{{id_number@my1983spaced.632624}}，女儿的{{id_number@wy2017fwhyphen.632624}}。我电话{{mobile@s434}}，{{han:骆慧芬}}的{{mobile@hyphen}}。我的微信{{wechat:wxid_jiayang8r24}}。儿子有QQ，号码他念一个数我写一个，写在肉摊价目牌背面：{{qq:４７１９０３８２６}}。
访谈者：名字在表上写得对吗？
受访者：市场登记本上我是{{spaced:嘉 洋 俄 日}}，学校名单上儿子是{{spaced:旦正　才让}}，女儿老家的表上写成{{spaced:俄 赛 拉 毛}}。
访谈者：最后想说什么？
受访者：等儿子初中毕业就回达日。草原上冬天冷，可那里有他阿妈。
""")

# H979: Uyghur grandmother from 喀什 raising two grandchildren in 金东区 while her son drives a lorry.
DOCS["H979"] = ("family", """\
访谈者：阿姨，您一个人带两个孩子？
受访者：是。我叫{{minority/uyghur:图尔荪娜依·沙拉买提}}，从{{trap/place:喀什}}来的，邻居们叫不全，都叫我{{minority/uyghur:图尔荪娜依}}，小区里的老太太叫我{{han:图大妈}}。儿子{{minority/uyghur:麦合木提·吐拉克}}开大货车，从{{trap/place:金华}}拉小商品去{{trap/place:乌鲁木齐}}，一趟来回半个多月，家就安在{{trap/place:金东区}}，方便他装货。
访谈者：孩子们的妈妈呢？
受访者：儿媳妇{{minority/uyghur:赛迪古丽}}三年前跟儿子离了婚，回喀什另嫁了，电话很少打。{{minority/uyghur:麦合木提}}他常年在路上，两个孩子就是我带。
访谈者：孙子孙女多大？
受访者：孙女{{minority/uyghur:海日妮萨·麦合木提}}十岁，在{{school:金东区孝顺镇中心小学四年级（2）班}}；孙子{{minority/uyghur:斯坎旦尔·麦合木提}}七岁，在{{school:孝顺镇中心小学一年级（5）班}}。家里叫她{{minority/uyghur:海日妮萨}}，弟弟叫{{minority/uyghur:斯坎旦尔}}，学校的表上没有点，写成{{minority/uyghur:斯坎旦尔麦合木提}}。同学喊他{{trap/minority_word:巴郎}}，他以为是外号，其实就是男孩子的意思。
访谈者：谁在帮你们？
受访者：这边社区的儿童主任{{han:邵美华}}最上心，帮两个孩子办了入学，又申请了课后托管。老家村委会的{{minority/uyghur:凯迪尔亚·牙生}}给孩子报了困境儿童的补助，每人每月{{trap/number:七百一十元}}，打到我的卡上。区民政局的{{han:郑立群}}来核过一回，带了米和油。孙女的班主任{{han:曹雯婷}}老师每个礼拜给我打电话，我听不太懂，就让孙女翻。区社工站的{{compound:司空语桐}}每周来一次，另一个社工{{compound:太叔望舒}}带孙子去{{trap/place:双龙洞}}玩过。
访谈者：这边有没有老乡？
受访者：有。开拉面馆的{{minority/uyghur:吾布力卡斯木}}，过节请我们去吃{{trap/minority_word:抓饭}}。他老婆{{minority/uyghur:谢日帕}}帮我给孙女编辫子。卖烤肉的{{minority/uyghur:阿不都瓦衣提}}每回见了孙子都塞一块{{trap/minority_word:馕}}。
访谈者：孩子们在学校怎么样？
受访者：孙女成绩好，爱唱歌，六一在台上唱了一段{{trap/minority_word:木卡姆}}。孙子调皮，上课坐不住，{{han:曹雯婷}}老师说他聪明，就是不肯写字。{{minority/uyghur:斯坎旦尔}}他说，长大了要像他爸一样开大车。
访谈者：您自己身体怎么样？
受访者：血压高，膝盖疼。社区医院的{{han:金医生}}每个月给我量血压。这边冬天湿冷，比喀什难受。夜里孙子踢被子，我一晚上起来三回。
访谈者：儿子多久回来一趟？
受访者：半个月一趟，回来睡一天又走了。{{trap/minority_word:肉孜节}}那天他在{{trap/place:哈密}}的服务区，跟孩子们视频，孙子哭着让他回来。我给孩子们讲{{trap/famous:阿凡提}}骑毛驴的故事，他们才笑了。
访谈者：在这边生活难在哪里？
受访者：话不通。我只会几句汉话，去菜场买菜要孙女跟着。有一回孙子半夜发烧，我抱着他下楼打车，司机听不懂我说哪里，是楼下开超市的{{han:黄建斌}}帮我叫的车，又陪我到医院挂号。吃的也是个事，这边清真的馆子少，我天天自己做饭，拉条子、烤包子，孩子们爱吃，{{han:黄建斌}}的小孙子也常来蹭饭。
访谈者：儿子开车辛苦吗？
受访者：辛苦。一趟四千多公里，两个司机换着开，路上睡在驾驶室里。前年冬天在甘肃的高速上追了尾，人没事，车修了两万多，那趟白跑了。他不跟我说这些，是跟车的{{minority/uyghur:阿力甫江·托乎提}}告诉我的。我天天看手机上的天气，哪里下雪，哪里起雾，心就揪着。
访谈者：孩子们还会说维吾尔语吗？
受访者：孙女会说，孙子越来越不会了，在学校说汉话，回家也跟我说汉话，我说维吾尔语他只听得懂一半。我就每天晚上教他几句，教他唱小时候我阿妈唱给我的歌。{{trap/minority_word:古尔邦节}}我宰不了羊，就去买两斤羊肉，做一锅手抓肉，叫上老乡们一起吃，孩子们穿上新衣服，在楼下跳舞，邻居们都出来看。
访谈者：登记信息请您说一下。
受访者：这边住{{address:金东区孝顺镇中柔村新村路27号}}，老家在{{address:喀什市多来特巴格乡阿瓦提村5组18号}}。我的身份证{{id_number@wold.653101}}，孙女的{{id_number@wy2015fullwidth.653101}}。我电话{{mobile@plain}}，儿子的{{mobile@p86h}}。孙女有QQ，老师让注册的，号码她写在冰箱贴上：{{qq:1360572948}}。{{han:邵美华}}的微信{{wechat:shaomh_jindong}}，儿子的微信是{{wechat:Mahmut_Truck88}}。
访谈者：名字写得对吗？
受访者：不对的多。补助表上我是{{spaced:图尔荪娜依 · 沙拉买提}}，孙女写成{{spaced:海 日 妮 萨}}，儿子的驾驶证复印件上是{{spaced:麦合木提 吐拉克}}。
访谈者：最后想说什么？
受访者：盼儿子路上平平安安。孩子们晚上睡觉前都要给他发一句晚安，他再累也回，这就是我们家的{{minority/uyghur:麦合木提}}。
""")

# H980: Hui father from 西宁 who runs a beef-noodle shop in 吴兴区 and raises a son with autism.
DOCS["H980"] = ("family", """\
访谈者：{{han:韩师傅}}，这家面馆开了几年了？
受访者：五年了，{{trap/place:吴兴区}}这条街上就我一家青海{{trap/word:牛肉面}}。我叫{{han:韩德胜}}，回族，经名{{minority/hui:麦哈木德}}，老家{{trap/place:西宁}}{{trap/place:东关}}。来湖州是跟着我舅舅{{han:马福寿}}，他先在这边开了店。
访谈者：家里几口人？
受访者：四口。老婆{{han:冶玉兰}}，经名{{minority/hui:舍丽麦}}，在店里收钱、配菜。儿子九岁，学名{{han:韩子墨}}，经名{{minority/hui:哈迪}}，三岁那年在西宁查出来是孤独症。女儿{{han:韩雨萱}}六岁，经名{{minority/hui:苏非亚}}。
访谈者：儿子现在怎么样？
受访者：会说的话不多，不喜欢别人碰他，听见吹风机就捂着耳朵叫。上午在{{school:吴兴区特殊教育学校二年级（1）班}}，下午去康复中心做训练，康复老师{{han:姚佳慧}}一对一教他。{{han:姚佳慧}}她说，{{minority/hui:哈迪}}对数字特别灵，店里的价目表他看一遍就记住了。
访谈者：有哪些补助？
受访者：区残联的{{han:施国强}}给儿子办了残疾证，精神二级，拿残疾人两项补贴，康复训练一年能报两万多。社区的儿童主任{{han:臧红霞}}把他报成困境儿童，每月{{trap/number:九百三十元}}。户口不在这边，低保办不了，是{{han:臧红霞}}一趟趟跑街道，才把康复救助落下来。
访谈者：孩子是怎么查出来的？
受访者：两岁多了还不会叫人，叫他名字也不回头，整天摆弄一个瓶盖。老婆先觉得不对，带他去西宁的医院，医生一说孤独症，她当场就哭了。西宁的康复机构少，排队要半年，一节课两百块，我们开店的那点钱根本不够。后来舅舅说湖州这边有政府补贴的康复中心，我们就把西宁的店盘了，一家人搬过来。刚来的时候住在店后面的小屋里，儿子半夜尖叫，邻居报过一回警，警察来了一看是这么个孩子，反倒帮我们跟邻居说了半天好话。社工站的{{compound:钟离一诺}}每周来家里一次，教我老婆怎么陪孩子玩；另一个社工{{compound:公西子瑜}}给女儿报了免费的绘画班。
访谈者：这边的回族乡亲呢？
受访者：湖州回族少，几家人常来往。寺里的{{han:穆阿訇}}，经名{{minority/hui:虎赛尼}}，每到{{trap/minority_word:主麻}}都问孩子的情况。卖牛羊肉的{{minority/hui:马爱布}}每天给我留最好的牛腱子，他说孩子是真主给的考验，要有耐心。阿訇管我儿子叫{{minority/hui:韩哈迪}}，姓和经名连着念，儿子听见会回头。
访谈者：家里怎么分工？
受访者：我早上四点起来熬汤，老婆六点开门。{{minority/hui:舍丽麦}}她要带儿子去训练，店里就靠我和小工{{han:能建平}}。{{han:能建平}}能吃苦，安徽来的，老婆不在的时候他帮我看着女儿。西宁的老娘{{minority/hui:哈勒麦}}七十了，去年来住了半年，走的时候给孙子缝了一顶小白帽。
访谈者：孩子妈妈累不累？
受访者：累。{{han:冶玉兰}}瘦了十几斤，晚上儿子不睡她也不睡。有一回她在店门口哭，说要是在西宁，亲戚多，有人搭把手。我劝她，这边的康复比西宁好，再熬几年。
访谈者：过节呢？
受访者：{{trap/minority_word:开斋节}}关门一天，带孩子去寺里。老婆炸{{trap/minority_word:油香}}，给邻居都送一份。我跟女儿讲{{trap/famous:郑和}}下西洋，说他也是回回。
访谈者：以后有什么打算？
受访者：最愁的是儿子长大以后。他现在九岁，我跟老婆还能带，等我们老了，他怎么办？康复老师说，大一点可以去学做面包、洗车，有的孩子能自己上班。我想好了，这个面馆要一直开下去，攒点钱，等他大了，店里总有他能干的活，揉面、擦桌子都行。女儿懂事，常说以后她来管哥哥。我不想把这个担子压在她身上，可心里又盼着她能多看顾哥哥一点。
访谈者：登记信息请您说一下。
受访者：店在{{address:吴兴区爱山街道衣裳街38号}}，住在{{address:吴兴区龙泉街道清源小区6幢1单元402室}}。我的身份证{{id_number@my1982quad.630102}}，儿子的{{id_number@my2016.630102}}。我电话{{mobile@h38}}，{{han:臧红霞}}的{{mobile@fws}}。店里的微信{{wechat:handesheng_mian}}，我自己的是{{wechat:Mahmud-XN1982}}。女儿有个QQ，上网课用的：{{qq:52938461}}。
访谈者：名字在表上写得对吗？
受访者：残疾证上儿子是{{spaced:韩 子 墨}}，我老婆的经名写成{{spaced:舍丽 麦}}，康复中心的表上把老师写成了{{spaced:姚　佳　慧}}。
访谈者：最大的心愿是什么？
受访者：盼儿子哪天开口叫我一声阿爸。他现在说得最清楚的三个字，是他康复老师的名字：{{han:姚佳慧}}。
""")

# H981: Han village child director in 长兴 (水口乡) reading out her register.
DOCS["H981"] = ("staff", """\
访谈者：您今天带来的是什么本子？
受访者：村里的困境儿童台账。我叫{{han:钦雪芳}}，在{{trap/place:长兴县}}{{trap/place:水口乡}}{{trap/place:顾渚村}}当儿童主任，干了六年。我一户一户念，你对着记。
访谈者：好。
受访者：第一户，{{han:向子恒}}，男，十岁，{{school:水口乡中心小学四年级（1）班}}。爸爸{{han:向建军}}被判了四年，是偷电动车，妈妈走了就没回来过。孩子跟姑姑{{han:向春兰}}过，{{han:向春兰}}向亲戚借钱给他交过学费。服刑人员子女补助每月{{trap/number:一千零八十}}。住{{address:长兴县水口乡顾渚村茶山组14号}}，孩子的身份证{{id_number@my2015hyphen.330522}}。
访谈者：第二户？
受访者：第二户是事实无人抚养，{{han:还佳怡}}，女，八岁，{{school:水口乡中心小学二年级（3）班}}。爸爸三年前车祸走了，妈妈{{han:吕晓丹}}精神残疾一级，住在{{trap/org:康宁医院}}。现在跟外婆{{han:沈阿菊}}过。外婆说，就怕{{han:还佳怡}}还小，天天问妈妈什么时候回家。孩子的身份证{{id_number@wy2017fwspaced.330522}}，外婆的电话{{mobile@spaced}}。
访谈者：第三户？
受访者：第三户，{{han:钮子豪}}，男，十三岁，脑瘫，坐轮椅，在{{school:长兴县培智学校五年级（2）班}}。爸爸{{han:钮建华}}在{{trap/org:天能}}的电池厂上三班倒，妈妈{{han:茅丽萍}}辞了工作在家陪他。残疾人两项补贴加困境儿童基本生活费，一个月一千六出头。{{han:茅丽萍}}她说，最怕孩子长大了她抱不动。
访谈者：第四户？
受访者：第四户，爸爸{{han:臧国平}}前年在工地上摔下来没了。妈妈是内蒙古嫁过来的，叫{{minority/mongolian:查苏其其格}}，村里人叫她{{han:小查}}。{{minority/mongolian:查苏其其格}}一个人打两份工，白天采茶，晚上在农家乐洗碗。孩子{{han:臧一凡}}七岁，有哮喘。家里报了低保，孩子算困境儿童。她的电话{{mobile@p86n}}。
访谈者：第五户？
受访者：第五户是留守，{{han:有春花}}，女，十一岁，爸妈在{{trap/place:宁波}}打工，跟爷爷{{han:有德林}}过。{{han:有德林}}有高血压，去年中过一回风，孙女放了学先给他量血压再写作业。住{{address:长兴县水口乡顾渚村上岸组3号}}，爷爷的身份证{{id_number@mold.330522}}。
访谈者：这些户都是谁在跟？
受访者：乡民政办的{{han:钮所长}}总负责，材料报到县{{trap/org:民政局}}。乡社工站的{{compound:公良思齐}}跟第一户、第二户，{{compound:闻人晓棠}}跟第三户。县里的督导{{compound:宰父明远}}每季度下来查一次台账。村书记{{han:顾书记}}管第四户的房子，屋顶漏了是他找人修的。
访谈者：这些户是怎么找出来的？
受访者：一是入户排查，每年春秋两回，我跟网格员一家一家走，看谁家大人病了、谁家大人不在了、谁家孩子没人管。二是学校报，老师发现孩子不对劲就打电话给我。三是邻居悄悄告诉。第二户就是隔壁的{{han:吕阿婆}}跑来跟我说的，说那小姑娘放学回来一个人坐在门口，天黑了也不进屋。找到以后先评估，缺钱的报救助，缺人管的找亲戚，缺心理支持的请社工上门，每个孩子一个档案，半年评估一次。我们村在山里，最远的一户走过去要四十分钟，下雨天山路滑，我摔过两跤，膝盖到现在阴天还疼。
访谈者：台账上的名字都写对了吗？
受访者：错了好几个。{{spaced:向 子 恒}}被写得中间空了格，{{spaced:还　佳　怡}}也是，{{spaced:查苏 其其格}}断成了两截，社工的名字写成了{{spaced:公 良 思 齐}}。
访谈者：做儿童主任最难的是什么？
受访者：事多钱少，一个月补贴三百块。茶季的时候村里人都上山采{{trap/word:紫笋}}，家里的孩子没人管，我就把他们叫到村委会写作业。我们这里是{{trap/famous:陆羽}}写茶经的地方，来喝茶的游客多，孩子们也帮着家里卖茶。上面一年要好几次材料，每户都要照片、签字、表格，我一个人跑不过来，晚上在家里填表填到十一点，我老公说我这个儿童主任比村支书还忙。可是看到孩子们有人管了，心里还是踏实的。去年县里评优秀儿童主任，评上了我，奖了五百块钱，我给五户的孩子每人买了一个书包。{{han:有春花}}背着新书包在村里走了三圈，见人就说是儿童主任阿姨送的。
访谈者：联系方式呢？
受访者：我的电话{{mobile@plus86spaced}}，工作微信{{wechat:qinxf_guzhu}}。{{han:向春兰}}有微信，叫{{wechat:xcl-huzhou77}}。{{han:钮子豪}}用他妈的手机上QQ，号码是{{qq:3092715846}}。
""")

# H982: Han primary-school teacher in 武义 who reaches the families of her four pupils in distress on WeChat and QQ.
DOCS["H982"] = ("teacher", """\
访谈者：{{han:俞佳敏}}老师，您带的是哪个班？
受访者：{{school:武义县壶山小学三年级（4）班}}，当班主任第七年了。我教语文，家在{{trap/place:俞源}}，村里一大半人姓俞。班上四十二个孩子，困难的有四个，家长多半不在身边，联系全靠微信和QQ。
访谈者：一个一个说吧。
受访者：第一个{{han:涂欣妍}}，九岁。爸爸{{han:涂志强}}贩毒，判了七年；妈妈{{han:都春燕}}在{{trap/place:义乌}}做直播带货，{{han:都春燕}}都大半年没回来了，孩子跟奶奶{{han:汤桂仙}}过。{{han:都春燕}}的微信是{{wechat:wxid_ducy5201314}}，我每周跟她说一回孩子的情况，她有时隔两天才回。奶奶的电话{{mobile@plus86dash}}。
访谈者：第二个呢？
受访者：第二个是回族孩子{{han:马晨阳}}，经名叫{{minority/hui:阿敏}}，班上同学都叫他{{minority/hui:马阿敏}}。爸爸{{han:马永旺}}在县城开拉面馆，妈妈回{{trap/place:化隆}}以后就没再来。他爸忙，孩子放学在店里写作业，桌子油乎乎的。{{han:马永旺}}不会打字，我有事都发语音给{{han:马永旺}}，他的微信叫{{wechat:MaYongwang_lamian}}。{{minority/hui:阿敏}}他自己有QQ，号码写在语文书封底：{{qq:742605913}}，周末在QQ上问我作文怎么写。
访谈者：第三个？
受访者：第三个{{han:汤宇航}}是孤儿，爸妈三年前在{{trap/place:宣平}}的山路上出了车祸，跟叔叔{{han:汤建和}}过。{{han:汤建和}}和婶婶对他还行，就是家里三个孩子，顾不过来。镇上的儿童主任{{han:要丽娜}}帮他办了孤儿基本生活费，每月{{trap/number:一千五百三}}，{{han:要丽娜}}要求钱专款专用，每季度查一次存折，她的电话{{mobile@s74}}。孩子的QQ号是{{qq:１８５０３９２６７}}，表哥帮他注册的。学籍卡上他的身份证是{{id_number@my2015x.330723}}。
访谈者：第四个？
受访者：第四个是女孩{{han:何可欣}}。妈妈{{han:鲍月琴}}是聋人，爸爸腿有残疾，在{{trap/place:郭洞}}景区门口卖{{trap/word:宣莲}}。家里报了低保，孩子是困境儿童，住{{address:武义县武阳镇郭洞村前街12号}}。{{han:鲍月琴}}不会说话，我们在QQ上打字聊，她的QQ是{{qq:2604719385}}。孩子的身份证{{id_number@wy2014hyphen.330723}}。
访谈者：学校怎么帮这些孩子？
受访者：{{han:潘校长}}定了一对一结对，每个困难孩子配一个老师。德育处的{{han:应主任}}管助学金。心理老师是{{compound:澹台静姝}}，每周给他们上一次团体课。县社工站派来的{{compound:乐正沐阳}}和{{compound:东门素问}}每月来一趟，带孩子们去{{trap/place:熟溪}}边写生。
访谈者：家访的时候看到些什么？
受访者：有的家里连张书桌都没有，孩子趴在床沿上写作业；有的奶奶不识字，作业签字就按个手印。去年冬天去{{han:涂欣妍}}家，屋里比外面还冷，奶奶舍不得开电暖器，孩子的手上全是冻疮。我回来在家长群里说了一句，第二天就有家长送来两床被子、一个暖手宝。还有一回去{{han:马晨阳}}家的面馆，他一个人在灶台边上写作业，油烟熏得眼睛通红，他爸在后面拉面，忙得头都抬不起来。
访谈者：这些孩子的家长您都见过吗？
受访者：见过三个。{{han:都春燕}}一次也没回来过，我们只在视频里见过，她每次都说下个月回，下个月又有事。我也不怪她，她一个人要还她男人欠的债。孩子嘴上不说，每回开家长会都问我，老师，我妈今天会不会来。
访谈者：孩子们平时爱做什么？
受访者：{{han:涂欣妍}}爱画画。{{han:汤宇航}}喜欢听我讲{{trap/famous:刘伯温}}在俞源排星象的故事。我跟他们说，心里有事就来找我，也可以打{{trap/hotline:12355}}。我的微信{{wechat:yujm_hushan}}，QQ是{{qq:86720391}}，家长们有事都找我。
访谈者：学校和家长配合得怎么样？
受访者：大多数家长是愿意的，就是离得远，有心无力。爷爷奶奶带孩子，吃饱穿暖能做到，学习和心里的事就顾不上了。我们每学期开一次留守儿童家长会，用视频把外地的爸妈连进来，屏幕上一格一格的脸，有的在工地，有的在流水线边上，孩子们挤在屏幕前面找自己的爸妈，找到了就喊，那场面我每次都看得眼睛发酸。
访谈者：名册上的名字写错过吗？
受访者：有。助学金名单上{{spaced:涂 欣 妍}}中间空了格，{{spaced:汤宇 航}}断成两截，心理老师被写成{{spaced:澹 台 静 姝}}，{{spaced:马　晨　阳}}也被写散了。
访谈者：最后想说什么？
受访者：这几个孩子能读完书，就是我最高兴的事。最先发现{{han:何可欣}}家里困难的，不是我，是{{han:应主任}}。
""")

# H983: Han social worker in 兰溪 handling cases of children without de-facto carers (事实无人抚养).
DOCS["H983"] = ("staff", """\
访谈者：您主要做哪一块？
受访者：事实无人抚养儿童。我叫{{han:章慧琳}}，在{{trap/place:兰溪}}市社工站，站里跟市{{trap/org:民政局}}签的项目，我手上二十三个孩子，孩子们叫我{{han:章姐}}。认定有{{trap/word:章程}}：爸妈一方死亡或者失踪，另一方重残、服刑或者失联，才算。今天说四个。
访谈者：好。
受访者：第一个在{{trap/place:诸葛八卦村}}，叫{{compound:诸葛梓萱}}，女，十岁。村里一大半人姓诸葛，都说自己是{{trap/famous:诸葛亮}}的后人。她爸{{compound:诸葛建勇}}前年在{{trap/place:兰江}}里捕鱼淹死了，她妈{{han:祝美玲}}因为贩毒判了三年。孩子跟爷爷{{compound:诸葛培德}}过。住{{address:兰溪市诸葛镇诸葛村上塘路21号}}，身份证{{id_number@wy2014quad.330781}}。
访谈者：第二个？
受访者：第二个{{han:童佳乐}}，男，八岁，{{school:兰溪市游埠镇中心小学二年级（2）班}}。爸爸{{han:童建业}}在工地上摔断了脊椎，一级肢体残疾；妈妈四年前出去打工，电话一直打不通，派出所出了失联证明。孩子跟奶奶{{han:范菊仙}}过，奶奶八十了，{{han:范菊仙}}就靠一亩{{trap/word:杨梅}}树过日子。村里的儿童主任{{han:杨晓雯}}每周去一趟，奶奶的电话{{mobile@fullwidth}}。
访谈者：第三个？
受访者：第三个是兄妹俩，哥哥{{han:祝浩然}}十二岁，妹妹{{han:祝雨诺}}六岁。爸妈都判了刑，爸爸{{han:祝国良}}在{{trap/place:乔司}}服刑，妈妈{{han:汪春红}}在女子监狱。孩子们跟大伯{{han:祝国兴}}过，大伯家也不宽裕。兄妹俩都报了事实无人抚养，每人每月{{trap/number:一千七百四}}。大伯住{{address:兰溪市女埠街道渡渎村五组8号}}，电话{{mobile@s38}}。
访谈者：第四个？
受访者：第四个有点特殊。爸爸{{han:徐海波}}得肝癌走了，妈妈是青海嫁过来的藏族，叫{{minority/tibetan:才秀吉}}，{{minority/tibetan:才秀吉}}才办完丧事就回了青海，后来电话停了，失联一年多。孩子{{han:徐卓航}}九岁，藏名是他妈起的，叫{{minority/tibetan:德却多杰}}，跟着姑姑过。
访谈者：认定的过程难不难？
受访者：难。失联要派出所出证明，服刑要监狱出证明，重残要残联的证，材料一样一样跑。有的爸妈在外地，证明要跨省开，一拖就是几个月。这几个月里孩子的钱还没下来，我们就先从慈善基金里垫一点。认定下来以后，每个孩子每月有基本生活费，还有医保、教育上的资助，我们再把照护的人落实好，跟他们签照护协议，讲清楚钱怎么用、孩子生病了找谁、上学的事谁管，每季度上门一次，看孩子吃得怎么样、睡得怎么样、有没有人打他。
访谈者：这些个案谁跟你一起做？
受访者：市民政局的{{han:范科长}}管审核。站里的同事{{compound:诸葛文昕}}跟第一个和第四个，督导是{{compound:皇甫清越}}，每月给我们开一次个案会。律师{{compound:上官若谷}}帮第三个孩子办了监护委托。我们也会带孩子去看{{trap/famous:李渔}}的戏，散散心。
访谈者：您怎么跟孩子们联系？
受访者：我的工作微信{{wechat:zhanghl_lanxi}}。{{han:祝浩然}}有QQ，他说不开心就在上面留言，号码是{{qq:2950186374}}。{{han:童佳乐}}的身份证{{id_number@my2016spaced.330781}}，我存在档案里。
访谈者：孩子们现在怎么样？
受访者：有好有坏。第一个小姑娘成绩上来了，在班上考到前十。第二个男孩跟奶奶住在山脚下的老房子里，下雨天屋里漏水，我们跟镇上申请了危房改造，今年秋天能搬进新房。兄妹俩里的哥哥脾气大，在学校跟人打过架，我们请了心理老师一对一做了半年，好多了。第四个孩子最让我揪心，他天天问他妈什么时候回来，我们托青海那边的社工帮着找，到现在还没消息。
访谈者：名字在表上写对了吗？
受访者：错的不少。{{spaced:诸 葛 梓 萱}}被写成四个字分开，{{spaced:童　佳　乐}}也是，{{spaced:才 秀 吉}}写散了，{{spaced:祝浩 然}}断成两截。
访谈者：做这行最难的是什么？
受访者：孩子不信你。{{compound:诸葛梓萱}}头三个月一句话不说，后来我每次去都带一本绘本，她才开口。她说长大了要当警察，把坏人都抓起来，我没敢问她指的是谁。还有就是照护的人也累，{{han:范菊仙}}八十了，每次见我都说，她还能活几年，她走了孙子怎么办。我只能说，有我们在，有政府在。我们站里三个人跟着七十多个孩子，有时候一天跑四个村，晚上回来写记录写到半夜，可想到这些孩子有人惦记，也就不觉得苦了。
""")

# H984: Han grandmother in 安吉 raising a grandson whose mother left.
DOCS["H984"] = ("family", """\
访谈者：阿婆，您一个人带孙子？
受访者：是啊，孙子九岁了。我叫{{han:潘杏娟}}，六十六岁，住在{{trap/place:安吉}}{{trap/place:天荒坪}}脚下的村里。村里老辈人叫我{{han:阿杏}}，小辈叫我{{han:潘阿婆}}。
访谈者：孩子爸妈呢？
受访者：儿子{{han:宋建明}}在{{trap/place:杭州}}送外卖，一个月回来一趟。媳妇{{han:汪丽娜}}是{{trap/place:贵州}}人，孙子两岁那年两个人吵翻了，她一个人回了老家，后来离了婚，{{han:汪丽娜}}她再没打过电话。
访谈者：孙子叫什么？
受访者：大名{{han:宋梓轩}}，小名{{han:笋笋}}，生在春天挖笋的时候。他在{{school:天荒坪镇中心小学三年级（2）班}}。{{han:笋笋}}也晓得他妈不要他了，有一回问我，是不是他不乖。我听了心里像刀割。
访谈者：日子怎么过？
受访者：我种两亩{{trap/word:白茶}}，春天采茶卖给茶厂，一年一万多块。儿子每个月给一千五。村里的儿童主任{{han:余丽英}}帮孙子报了困境儿童，每月{{trap/number:八百四十元}}，我自己有低保。镇民政办的{{han:程立伟}}来过三回，说孩子他妈不管，可以打官司要抚养费。
访谈者：孙子在学校怎么样？
受访者：班主任{{han:吴晓岚}}老师说他聪明，就是上课爱发呆。学校给他配了结对老师，叫{{han:郎文杰}}，每周跟他谈一回心。镇社工站的{{compound:钟离晚晴}}每月来一趟，带他去{{trap/place:竹博园}}画竹子，另一个社工{{compound:慕容清和}}教他下象棋。
访谈者：邻居们帮忙吗？
受访者：帮。隔壁的{{han:阿土伯}}有辆三轮车，下雨天送孙子上学。对门的{{han:许桂芬}}嫂子做了饭常端一碗过来，{{han:许桂芬}}说小孩子长身体，要吃肉。村书记{{han:余书记}}把我家的老房子报了危房改造。
访谈者：一天是怎么过的？
受访者：五点起来烧早饭，六点半送他到村口坐校车。白天采茶、砍笋、喂鸡，下午四点去村口接他。晚上他写作业，我在边上剥笋，他不会的题我也不会，就打视频问他爸，他爸在电动车上接，风呼呼的，什么都听不清。礼拜六他跟村里的孩子去溪里抓石斑鱼，我不放心，一下午跑去看三回。
访谈者：孩子爸爸对孩子怎么样？
受访者：疼是疼的，就是没本事。在杭州租一间小房子，一个月挣七八千，房租、电瓶车、吃饭，剩下的不多。过年回来给孙子买新衣服、新鞋，孙子穿着在村里走一圈，回来又问，爸爸什么时候再回来。{{han:宋建明}}他跟我说，等孩子上初中了，接到杭州去读书，可杭州的学校哪有那么好进。
访谈者：村里像您这样带孙子的人家多吗？
受访者：多。年轻人都出去了，不是在杭州就是在{{trap/place:湖州}}，村里剩下老人和小孩。一到放学，村口站着的都是白头发。我们几个老太婆凑在一起，互相帮着接送，谁家有事就把孩子放到别人家吃一顿饭。村里搞了个儿童之家，礼拜六有大学生来上课，教画画、教英语，孙子最喜欢去，回来跟我说今天学了什么，一说就是半个钟头。有一回他回来说，老师问长大想做什么，他说想开一家茶叶店，让阿婆坐在店里收钱，不用再上山采茶了。
访谈者：您身体怎么样？
受访者：腰不好，采茶弯一天腰，晚上翻身都疼。最怕自己哪天倒下，孙子没人管。我跟{{han:笋笋}}说，阿婆要是有事，你就去找{{han:余丽英}}阿姨，她的电话我写在墙上了。
访谈者：孙子想妈妈吗？
受访者：想，嘴上不说。他画画总画三个人，一个阿婆，一个他，还有一个没画脸。我们这里出过{{trap/famous:吴昌硕}}，他爱画竹子，我跟孙子说，你也好好画，以后当画家。
访谈者：登记信息请您说一下。
受访者：家在{{address:安吉县天荒坪镇大溪村竹园里16号}}。我的身份证{{id_number@wold.330523}}，{{han:宋梓轩}}的{{id_number@my2016fw.330523}}。我不会用手机，电话是孙子存的：{{mobile@plain}}，儿子的{{mobile@plus86}}。儿子的微信{{wechat:songjm_waimai}}。孙子有个QQ，号码他写在作业本背面：{{qq:3517049628}}。
访谈者：名字在表上写得对吗？
受访者：低保表上我是{{spaced:潘 杏 娟}}，学校的表上孙子写成{{spaced:宋　梓　轩}}，社工的名字写成{{spaced:钟 离 晚 晴}}，儿子是{{spaced:宋建 明}}。
访谈者：您最盼什么？
受访者：盼孙子平平安安长大。这几年，里里外外帮得最多的，是{{han:余丽英}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=977,
          trap_floor=BRIEF_TRAP_FLOOR)


if __name__ == "__main__":
    main()
