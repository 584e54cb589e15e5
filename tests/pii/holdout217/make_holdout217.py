# ruff: noqa: E501  (the transcripts are long lines of Chinese inside string literals)
"""Build held-out set 217 (tests/pii/holdout217/H1721-H1728 + answer_key.csv + traps.csv).

Written blind: by a test-data writer who never looked at qualcode's privacy code, its data files, its outputs or
the accuracy docs, and never ran the detector on these texts. Never tune on it (see tests/pii/README.md). Every
person, number, account, school class and address is invented; no name, place or sentence is taken from the
earlier sets (the build asserts that no gold string equals a gold or trap string of an earlier set or a name in
names.csv, and that no trap string was gold in one; set 216, written at the same time, is not an earlier set).

Set 217 is about children in distress (困境儿童) and the help they get (低保, 孤儿基本生活费, 事实无人抚养,
服刑人员子女补助, 残疾人两项补贴, 民政局, 社区/村委会, 学校, 儿童主任, 社工), in eight new voices in 隰县 and 汾西
(临汾, Shanxi; loess gullies and pear orchards under the hilltop temple, coal pits and millet terraces): a Yi father
from 美姑 who lost a leg in a roof fall in a small pit of 和平镇 and raises a daughter and a son after his wife went
back to 凉山; a Kazakh mother from 新源, widow of a pear grower in a gully of 阳头升乡, whose youngest son is deaf and
got a cochlear implant; a Uyghur grandfather from 墨玉 who bakes naan in 龙泉镇, his son in prison and the Han
daughter-in-law gone; an Amdo Tibetan mother from 若尔盖 on the millet terraces of 勍香镇, her Han husband in prison
for illegal coal digging; the Han 儿童主任 of the gully village 杏树沟 walking the gully; a Han worker of the
township social-work station of 和平镇 going through his case files; a Han clerk of the 汾西 disability federation
doing the yearly review of the two subsidies; and the Han head teacher of a fifth-year class in 隰县.

What it stresses, in a mix rather than one trick (Han names a little over half of the persons):
* Yi clan name + given name (瓦扎拉体, 瓦扎说嫫, 瓦扎吉日, 吉伍尔芝, 海来拉莫, 沙马依乌, 尔古阿依) with the given name
  alone (说嫫, 吉日, 依乌), a Han surname put before it on rolls (王拉体, 王说嫫, 王吉日) and forms of address made
  from it (老瓦, 吉日娃, 依妞); a given name holding 说 (说嫫说, 说嫫倒);
* Kazakh given name + father's name with ·, ‧, ・, a full stop and no dot (库拉依·恰勒哈尔, 叶斯博力‧恰勒哈尔,
  恰勒哈尔・努尔别克, 库拉依.恰勒哈尔, 库拉依恰勒哈尔), spaced dots, the Han father's surname on a roll
  (薛波拉提) and forms of address (库姐, 扎提娃, 波波); Uyghur given name + father's name with ·, ., a bullet • and
  none (阿不都赛米.司迪克, 赛买提江•阿不都赛米, 孜巴古丽阿不都赛米), short forms (孜巴, 赛江, 小赛, 司大爷) and a
  name inside a shop sign (和田司迪克烤馕); Amdo Tibetan names (华尔旦措, 完玛当知, 拉本吉, 贡保达杰) with short
  forms (旦措, 当知, 本吉), a form of address (华嫂) and a Han surname before the Tibetan name (牛当知);
* Han names with rare surnames of the region (郄, 亢, 撖, 畅, 雒, 毋, 郇, 昝, 衡, 仝, 琚, 郗, 茹, 弓, 巩, 介, 相, 解,
  原, 来, 那, 于) and surnames or given characters that are words, right before or after grammar words and verbs
  (郝又宁又, 薛守正正月, 来老师来, 来晓芬来, 那春梅那会儿, 霍再兴再, 郄彩霞便, 乔保平才, 乔保安还, 被樊桂兰, 让冯翠翠也,
  乔满囤要, 问昝梦瑶, 衡晓雨得, 贺丽蓉他, 卫冬梅她) beside the same words used as words (traps: 相信 before 相月娥,
  解决 after 解警官, 介绍 before 介子轩, 原来 before 原书记, 于是, 畅通, 师傅, 继续, 保安, 燕子窝, 长孙, 西门);
* a surname with a title or kin word annotated whole (郄主任, 亢社工, 畅干事, 郗老师, 来老师, 解警官, 毋所长, 原书记,
  琚校长, 柴师傅, 郭所长, 衡奶奶, 薛大哥, 贺老汉), a local nickname (喜旦), a given name with a kin word (蔓菁姐);
  names opening or closing a line; names inside organisation-like phrases (梁存柱粮油店, 薛二牛修理铺);
* names spaced out in half- and full-width spaces, names split in two, compound surnames after ordinary words
  (司徒, 皇甫, 万俟, 宇文, 上官, 澹台, 南宫, 端木, 钟离, 夏侯, 赫连, 长孙, 申屠, 濮阳, 司空, 闻人, 欧阳, 西门);
* numbers and accounts written the many ways people do, school classes in several shapes (六年级（2）班, 三年级四班,
  八年级3班, 聋部一年级（2）班, 大二班, 五（1）班).

Markup: the inline marks and number shapes of tests/pii/_setkit.py (MARK, marked_item, ID_SHAPES, MOBILE_SHAPES).

Person spans are the name only: a title or kin word (老师, 大夫, 婶子, 姐, 爷爷) and a particle, pronoun or verb
written directly after a name are outside the span; a surname with only a title or kin word and a local nickname
are annotated whole. Han-style names of minority people (薛金玉, 牛文韬, 牛雅琪) are category han; a Han surname
before a non-Han given name (王拉体, 薛波拉提, 牛当知) and forms of address made from a non-Han name (老瓦, 库姐,
司大爷, 华嫂, 吉日娃, 扎提娃, 依妞, 波波, 小赛, 赛江) are category minority.

Rebuild with ``python tests/pii/holdout217/make_holdout217.py`` (deterministic, seeded generator); what the build
checks and prints: ``_setkit.build``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/pii/_setkit.py: what the set builders share
from _setkit import BRIEF_FLOORS, BRIEF_TRAP_FLOOR, build, marked_item  # noqa: E402

HERE = Path(__file__).resolve().parent
RNG = random.Random(217_2026_1207)
MINORITY_GROUPS = ('yi', 'kazakh', 'uyghur', 'tibetan')
# Floors from the brief.
GROUP_FLOORS = {"yi": 10, "kazakh": 10, "uyghur": 10, "tibetan": 10}

MOBILE_PREFIXES = ["134", "136", "139", "147", "152", "155", "156", "159", "178", "182", "183", "186", "188",
                   "198", "199"]

DOCS: dict[str, tuple[str, str]] = {}

# H1721: Yi father from 美姑 (凉山) who lost a leg in a coal-pit roof fall in 汾西 (和平镇); his wife went back to
# 凉山; he raises a daughter and a son.
DOCS["H1721"] = ("family", """\
访谈者：大哥，您这腿是在窑上伤的？
受访者：前年冬月，井下冒顶，左腿压在底下，膝盖往下没了。我叫{{minority/yi:瓦扎拉体}}，老家四川{{trap/place:凉山}}{{trap/place:美姑}}，彝族。窑上的人嫌名字长，都喊我{{minority/yi:老瓦}}。
访谈者：怎么跑到汾西来挖煤了？
受访者：二〇一一年跟老乡{{minority/yi:吉克石布}}出来的，先在{{trap/place:霍州}}，后来到{{trap/place:和平镇}}的小窑上。老家山高，种洋芋、种荞子，一年到头见不着几个现钱；窑上苦是苦，一个月能挣五六千。身份证上的名字窑上念不来，花名册上老板图省事写成{{minority/yi:王拉体}}，工资条上打成{{spaced:瓦扎 拉体}}，残疾证上又是{{spaced:瓦 扎 拉 体}}。出了事赔钱，几样名字对不上，跑了半年。
访谈者：出事那天是什么情况？
受访者：下的夜班，我跟{{han:郝又宁}}在掌子面上打眼。顶板先往下掉渣，{{han:郝又宁}}喊了一声快跑，他跑出来了，我慢了一步。是他跟班长{{han:郇二虎}}拿手刨了两个钟头，把我刨出来的。抬到{{trap/org:汾西县医院}}，大夫说腿保不住了。我醒过来头一句问的是，娃们谁管。
访谈者：孩子妈妈呢？
受访者：她叫{{minority/yi:吉伍尔芝}}，我出事第二年回了凉山，说去{{trap/place:西昌}}打工，再没回来。电话打过去是她哥接，说她另嫁了，娃们的事不管了。
访谈者：两个孩子多大？
受访者：女子{{minority/yi:瓦扎说嫫}}十二，儿子{{minority/yi:瓦扎吉日}}九岁。学校给起了汉姓，叫{{minority/yi:王说嫫}}、{{minority/yi:王吉日}}。院里的老婆婆念不转，管我儿子叫{{minority/yi:吉日娃}}。女子在{{school:汾西县和平镇中心小学六年级（2）班}}，儿子在{{school:和平镇中心小学三年级四班}}。
访谈者：一条腿，怎么顾两个娃？
受访者：顾不过来。早上{{minority/yi:说嫫}}倒比我起得早，熬小米稀饭，给弟弟穿衣裳。我拄拐送到沟口，{{minority/yi:吉日}}却嫌我走得慢，一溜烟跑了。对门的{{han:霍存娥}}婶子天天帮我照看，后晌娃们放学先去她家写作业，夜来还端过来一碗{{trap/word:剔尖}}。
访谈者：窑上赔了吗？
受访者：赔了，老板{{han:靳福来}}拖了两年才给齐，他说窑关了他也恓惶。法律援助的律师{{compound:司徒建民}}帮我打的官司，一分钱没要。{{han:郝又宁}}又是作证又是借钱给我，他不识字，证词上按的手印。
访谈者：现在有哪些补助？
受访者：我是二级肢体残疾，两项补贴都有，一个月加起来{{trap/number:一百七十六}}；家里吃低保；两个娃报了困境儿童，每人每月{{trap/number:一千零四十}}。都是镇社工站的{{han:亢志鹏}}跑下来的，{{han:亢志鹏}}就是个后生，腿比我勤。县残联的{{han:畅晓云}}上门给我办的证，还帮我申请了一条假肢。刚装上磨得腿根子流血，现在能走二里路。村委会帮我在村口盘了个小卖部，一天挣个三五十块。
访谈者：小卖部生意怎么样？
受访者：卖点烟、酱油、方便面，村里人照顾我，宁肯多走两步也来我这儿买。冬天窑上的人下了班来买烟，蹲在门口跟我拉话，说哪个窑又透水了，哪个后生又伤了手。我听着心里发紧，一条腿的人，最怕听这个。夜里娃们睡了，我一个人坐在柜台后头算账，算来算去，还是差娃们的学费。
访谈者：孩子们在学校怎么样？
受访者：女子念书好，班主任姓来，娃们都叫{{han:来老师}}。{{han:来老师}}来家访过三回，说她作文好，写过一篇《我家的{{trap/minority_word:火把节}}》。儿子淘，人家笑他黑，他就跟人打架。社工站的{{compound:皇甫蔓菁}}来给他上了几回课，现在好些了。
访谈者：在这边过彝族的节吗？
受访者：过。火把节那天，汾西的几家彝族人凑到老乡家里，杀只羊，煮{{trap/minority_word:坨坨肉}}。娃们没见过{{trap/minority_word:毕摩}}，我给他们讲{{trap/famous:支格阿鲁}}射太阳。在{{trap/place:临汾}}卖{{trap/minority_word:苦荞}}茶的{{minority/yi:海来拉莫}}也来了，给女子编了一头小辫子。
访谈者：老家还有老人吗？
受访者：阿妈还在，七十多了，一个人在山上。每年过彝族年我都想回去，一算车票，三个人来回两千多，就算了。视频里阿妈说的彝话，儿子一句也听不懂，女子还能听懂一半。我教他们唱{{trap/minority_word:阿惹妞}}，女子学得快，儿子学两句就跑了。
访谈者：电话和证件方便说一下吗？
受访者：我电话{{mobile@h38}}，找{{han:亢志鹏}}就打{{mobile@s434}}。微信是女子给开的，叫{{wechat:wazha_lh83}}。她有个QQ，一个数一个数念给我背下的：{{qq:73920481}}。我身份证{{id_number@my1983spaced.513436}}，女子的{{id_number@wy2013tri.141032}}。家在{{address:汾西县和平镇涧沟村二组7号}}，老家是{{address:美姑县巴普镇洛莫村三组12号}}。
访谈者：娃们的名字在学校里写得一样吗？
受访者：不一样。期末奖状上是{{spaced:王　说　嫫}}，一个字空一格；食堂饭卡上儿子是{{spaced:瓦扎　吉日}}。
访谈者：想回凉山吗？
受访者：回去也是种洋芋，腿又不行了。娃们一口汾西话，比我说得顺。{{minority/yi:说嫫}}说长大要当医生，给井下的人接腿。这些年最该谢的，是对门的{{han:霍存娥}}。
""")

# H1722: Kazakh mother from 新源 (伊犁), widow of a pear grower in a gully of 阳头升乡 (隰县); three children, the
# youngest deaf.
DOCS["H1722"] = ("family", """\
访谈者：大姐，这一沟的梨树都是您家的？
受访者：哪有，我家就八亩，都是{{trap/word:玉露香}}。我叫{{minority/kazakh:库拉依·恰勒哈尔}}，新疆{{trap/place:新源}}的哈萨克。沟里人念不全，大人叫我{{minority/kazakh:库姐}}，娃们叫我新疆姨。
访谈者：怎么嫁到隰县来的？
受访者：孩子他爸{{han:薛守正}}早些年在{{trap/place:那拉提}}修公路，我在路边毡房里卖{{trap/minority_word:马奶子}}，他天天来喝，喝着喝着就认得了。二〇〇九年跟他回了{{trap/place:阳头升}}，这条沟里就我一个新疆媳妇。
访谈者：{{han:薛大哥}}他……
受访者：前年走了，肝上的病。{{han:薛守正}}正月里查出来，八月就没了，临走还念叨梨树该疏花了。他兄弟{{han:薛守义}}帮衬着，可{{han:薛守义}}也是一身病。
访谈者：几个孩子？
受访者：三个。大女子{{minority/kazakh:阿勒腾阿依}}十四，汉名{{han:薛金玉}}，在{{school:隰县第二中学八年级3班}}住校。老二{{minority/kazakh:哈森波拉提}}十一，在{{school:隰县城南小学五年级（1）班}}，花名册上写成{{minority/kazakh:薛波拉提}}。老三{{minority/kazakh:沙依扎提}}七岁，生下来耳朵就听不见，我们叫他{{minority/kazakh:扎提娃}}。
访谈者：小的耳朵是怎么回事？
受访者：三岁还不会说话，领到临汾一查，双耳极重度。县残联的{{han:卫冬梅}}说能申请人工耳蜗，省里出大头。{{han:卫冬梅}}她陪着跑了三趟{{trap/place:太原}}，去年在{{trap/org:山西省儿童医院}}做上了，主刀的是{{compound:万俟云峰}}大夫。现在娃在{{school:临汾市特殊教育学校聋部一年级（2）班}}学说话，会叫妈了。残疾人两项补贴也给他办下来了。
访谈者：戴上耳蜗以后怎么样？
受访者：头一回开机，大夫在他背后拍了一下手，他一下子回过头来，我当场就哭了。现在每礼拜要去临汾调机、上语训课，车费、住宿都是自己掏，一趟下来二三百。外机怕水、怕摔，夏天一出汗就得拿下来擦，好几万一个，摔坏了赔不起。老师教他说“妈妈”“梨”，他回来举着梨喊“梨”，全家人都笑。
访谈者：梨园的活一个人忙得过来吗？
受访者：忙不过来。四月疏花，五月套袋，九月摘梨，哪样都要人手。套袋的时候我雇沟里的婆姨们，自己闲了也给别家打短工，一天{{trap/number:一百二}}。梨贩子{{han:侯保库}}年年来收，去年价低，一斤才一块三，他看我恓惶，每斤多给了两毛。县里办{{trap/word:梨花节}}，乡里叫我穿上哈萨克衣裳去跳舞，我说男人刚走，跳不动。
访谈者：还有谁帮你们？
受访者：村里的儿童主任{{han:郄彩霞}}给三个娃都报了困境儿童，家里吃低保。{{han:郄彩霞}}便是我们沟里的主心骨，有事先问她。乡里管民政的{{han:撖志强}}来核过两回，每回都帮着看看梨树。
访谈者：村里人待你们怎么样？
受访者：好的多。隔壁{{han:相月娥}}教我蒸花馍，我教她炸{{trap/minority_word:包尔萨克}}。村里人都{{trap/word:相信}}{{han:相月娥}}，她说我这个新疆媳妇能干，别人就不敢欺负我。也有人背后嚼舌头，说男人一走我就要跑。我不跑，娃们在这儿，他也在这儿。
访谈者：老家的人呢？
受访者：我阿爸{{minority/kazakh:恰勒哈尔・努尔别克}}七十多了，还在{{trap/place:巩乃斯}}放羊。弟弟{{minority/kazakh:叶斯博力‧恰勒哈尔}}每年秋天寄一箱{{trap/minority_word:熏马肠}}，{{minority/kazakh:叶斯博力}}说，姐，实在不行就回来。我说回去娃们听不懂哈萨克话，上学咋办。
访谈者：孩子们会说哈萨克话吗？
受访者：大的会几句，爱听我念{{trap/famous:唐加勒克}}的诗，说长大要去新疆念大学。老二一口隰县话，嫌羊肉膻。小的耳朵才好，先学汉话。
访谈者：大女子懂事吗？
受访者：懂事得叫人心疼。周末回来帮我背梨筐、给弟弟洗衣裳，夜里还陪小的练发音。她班上组织去{{trap/place:壶口}}看黄河，一人交一百，她没跟我说，是班主任打电话我才知道，我赶紧把钱送了过去。
访谈者：证件上的名字写得一样吗？
受访者：低保卡上没有点，是{{minority/kazakh:库拉依恰勒哈尔}}；银行卡上点成了句号，{{minority/kazakh:库拉依.恰勒哈尔}}；乡里打印的名单中间空了一格，{{spaced:库拉依 恰勒哈尔}}。弟弟寄包裹，快递单上写成{{spaced:叶 斯 博 力 · 恰 勒 哈 尔}}，老三的耳蜗登记表上是{{spaced:沙 依 扎 提}}，大女子的奖状上是{{spaced:薛　金　玉}}。
访谈者：电话和证件方便留一下吗？
受访者：我手机{{mobile@plus86}}，{{han:郄彩霞}}的{{mobile@fws}}。我身份证{{id_number@wy1986hyphen.654025}}，老三的{{id_number@my2018fw.141031}}。大女子有个QQ，{{qq:１６０８３４７２５９}}。我微信叫{{wechat:kulay_xinyuan}}。家在{{address:隰县阳头升乡杏树沟村四组19号}}，娘家在{{address:新源县那拉提镇阿尔善村二组6号}}。
访谈者：最后想说什么？
受访者：男人埋在沟顶上，对着{{trap/place:小西天}}那座山。每年梨花开，我领着三个娃上去坐一坐，跟他说，娃们都好。
""")

# H1723: Uyghur grandfather from 墨玉 (和田) who bakes naan in 隰县 (龙泉镇); his son is in prison, the Han
# daughter-in-law left; he raises a grandson and a granddaughter.
DOCS["H1723"] = ("family", """\
访谈者：大爷，您这馕坑一天能打多少个馕？
受访者：两百个，冬天多，夏天少。我叫{{minority/uyghur:司迪克·吐拉克}}，{{trap/place:和田}}{{trap/place:墨玉}}人。门头上写的是“和田{{minority/uyghur:司迪克}}烤馕”，隰县人念不惯，都喊我{{minority/uyghur:司大爷}}。
访谈者：来隰县多少年了？
受访者：十三年。先是儿子{{minority/uyghur:阿不都赛米·司迪克}}来{{trap/place:临汾}}打工，娶了这边的{{han:贺丽蓉}}，我跟老伴就过来帮他打馕。手艺是和田带来的，坑是在这边拿黄土垒的，隰县的土好，烧不裂。老伴前年埋在了这边。
访谈者：儿子现在……
受访者：在里头。跟人倒卖手机，收了赃货，判了五年，关在{{trap/place:晋中}}。他寄回来的信，信封上写的是{{minority/uyghur:阿不都赛米.司迪克}}，中间点了个点点。{{han:贺丽蓉}}他进去第二年就走了，去了太原，手机号换了，只留了个QQ：{{qq:2857306149}}，发过去她也不回。
访谈者：孙子孙女多大？
受访者：孙子{{minority/uyghur:赛买提江·阿不都赛米}}十岁，我叫他{{minority/uyghur:赛江}}；孙女{{minority/uyghur:孜巴古丽·阿不都赛米}}六岁，叫{{minority/uyghur:孜巴}}。学校老师嫌长，喊孙子{{minority/uyghur:小赛}}，他在{{school:隰县城南小学三年级（2）班}}。孙女在{{school:龙泉镇第一幼儿园大二班}}，{{han:苗小燕}}老师天天抱着她。
访谈者：谁在帮你们？
受访者：社区的{{han:茹春燕}}，给两个娃报了事实无人抚养，一个娃一个月{{trap/number:一千一百五}}。派出所的{{han:解警官}}帮我{{trap/word:解决}}了孙女的户口，她妈走的时候把户口本带走了。县社工站的{{compound:宇文佳宁}}每礼拜来一回，陪孙子下棋。学校的{{han:来晓芬}}老师逢年过节给娃送衣裳。
访谈者：儿子那边的事谁在管？
受访者：律师{{compound:上官文涛}}，他说{{minority/uyghur:阿不都赛米}}在里头表现好，能减刑。每个月我领着孙子去视频会见，十五分钟，孙子光哭不说话。出来以后他问我，爷爷，我爸是坏人吗？我说不是，是做了错事的人，错了就改。
访谈者：您一个人打馕，又带两个娃，忙得过来吗？
受访者：忙不过来。早上四点和面、生火，六点出第一炉，送孙子上学，回来再打。对面卖凉皮的{{han:闫巧玲}}帮我接孙女，{{han:闫巧玲}}给娃梳辫子，比我梳得好看。房东{{han:郝满仓}}知道我们难，三年没涨房租，过年还给娃们压岁钱。老乡{{minority/uyghur:居来提·哈斯木}}在{{trap/place:蒲县}}开拉面馆，忙的时候过来替我看坑。
访谈者：孩子们习惯这边吗？
受访者：生在这儿的，有甚不习惯。孙子一口隰县话，说维吾尔话倒结巴。我给他讲{{trap/famous:阿凡提}}骑毛驴，他笑得打滚。{{trap/minority_word:肉孜节}}我做{{trap/minority_word:抓饭}}，请{{han:茹春燕}}和{{han:闫巧玲}}来吃，我弹两下{{trap/minority_word:都塔尔}}，孙女跟着转圈圈。县城的人也爱吃我的馕，说比{{trap/word:空心饼}}还香。
访谈者：打馕的手艺要传给孙子吗？
受访者：想传，他不爱学，嫌热。馕坑烧起来，跟前五六十度，我脸上的皮都烤黑了。馕要往坑壁上贴，手得快，慢了就烫着。孙子看我贴馕，说爷爷你的手是铁做的。我说不是铁做的，是烫出来的。他说长大了要当警察，我说那你先把作业写完。
访谈者：孙女呢？
受访者：孙女黏我，夜里要搂着我的胳膊睡。她问妈妈啥时候回来，我说在太原上班，忙。她就拿我的手机给她妈发语音，一条一条地发，她妈一条也不回。后来我把那个号删了，怕娃天天等。幼儿园开六一会，别的娃都是妈妈来，她拉着我上台跳舞，我一个老汉跟着转圈，底下的人都拍手。
访谈者：您身体呢？
受访者：腰不行，站久了疼。社区医生{{han:弓秀兰}}隔三岔五来量血压，说我血糖高，叫我少吃馕。我说打了一辈子馕，不吃馕吃甚。她就笑，说那你少吃一半。
访谈者：想过回和田吗？
受访者：想。{{trap/place:喀拉喀什河}}边上还有我家的核桃树，我弟弟在看着。可儿子在山西，我走了，他出来找不着家。等他出来，爷仨再商量。
访谈者：电话和证件方便说一下吗？
受访者：我身份证{{id_number@mold.653222}}，孙子的{{id_number@my2015quad.141031}}。电话{{mobile@spaced}}，{{han:茹春燕}}的{{mobile@plain}}。店里收钱的微信叫{{wechat:sidik_nan_1961}}。店在{{address:隰县龙泉镇鼓楼北街33号}}，老家{{address:墨玉县喀尔赛镇阔什艾日克村5组21号}}。
访谈者：孩子们的名字各处写得一样吗？
受访者：不一样。孙子的奖状上是{{minority/uyghur:赛买提江•阿不都赛米}}，中间一个圆点；孙女的疫苗本上连着写，{{minority/uyghur:孜巴古丽阿不都赛米}}；幼儿园门口的接送牌上是{{spaced:孜　巴　古　丽}}，一个字一个空；会见登记表上孙子是{{spaced:赛买提江 阿不都赛米}}；我的营业执照上是{{spaced:司迪克 · 吐拉克}}。
访谈者：最后想说什么？
受访者：盼儿子早点出来，接着打馕。这个馕坑，是给孙子们留的。
""")

# H1724: Amdo Tibetan mother from 若尔盖 married into a millet-terrace village of 勍香镇 (汾西); her husband is in
# prison for illegal coal digging in which a man died.
DOCS["H1724"] = ("family", """\
访谈者：阿姐，您这谷子种在梯田上，不好收吧？
受访者：不好收，全靠背。我叫{{minority/tibetan:华尔旦措}}，四川{{trap/place:若尔盖}}人，藏族。村里人叫我{{minority/tibetan:旦措}}，婆家的婶子们干脆叫我{{minority/tibetan:华嫂}}。
访谈者：怎么从若尔盖嫁到汾西来的？
受访者：我老汉{{han:牛拴虎}}在{{trap/place:红原}}当过兵，复员前到{{trap/place:花湖}}耍，我在湖边牵马。后来他回了{{trap/place:勍香镇}}，给我写了两年信，我就来了。
访谈者：他现在……
受访者：在里头。前年跟人去山里偷挖煤，塌了方，死了一个人，判了四年。{{han:牛拴虎}}他不是坏人，就是穷怕了。
访谈者：孩子们呢？
受访者：两个。儿子{{minority/tibetan:完玛当知}}十一，户口上叫{{han:牛文韬}}，同学叫他{{minority/tibetan:牛当知}}，我叫他{{minority/tibetan:当知}}。女儿{{minority/tibetan:拉本吉}}八岁，汉名{{han:牛雅琪}}，我们叫她{{minority/tibetan:本吉}}。儿子在{{school:汾西县勍香镇中心小学五年级（3）班}}，女儿在{{school:勍香镇中心小学二年级1班}}。
访谈者：孩子知道爸爸的事吗？
受访者：儿子知道，有娃骂他是劳改犯的儿子，他把人家的头打破了。班主任{{han:卢晋刚}}没光罚他，把两家人叫到一起说开了。{{minority/tibetan:本吉}}只当她爸在外头挖煤，夜来还问我，爸爸咋不回来过年。
访谈者：谁在帮你们？
受访者：镇社工站的{{han:亢志鹏}}给两个娃报了服刑人员子女补助，每月{{trap/number:八百六十块}}，家里也吃了低保。司法所的{{han:毋所长}}帮我们办了视频会见。村里的儿童主任{{han:雒红霞}}隔两天就来一趟，{{han:雒红霞}}说，{{minority/tibetan:华嫂}}，你莫一个人扛。
访谈者：梯田上种的都是谷子？
受访者：谷子、糜子，坡底下种点玉米。汾西的小米黄，熬出来上头一层油。婆婆{{han:樊桂兰}}教我怎么锄、怎么间苗，我学了三年才学会。秋天背谷子，一背篓六七十斤，从梯田上往下走，腿直打颤。收下的小米卖给镇上的{{han:梁存柱}}粮油店，一斤五块，{{han:梁存柱}}从不压秤。婆婆腿脚不好了，现在地里就我一个。
访谈者：村里人怎么看你们家？
受访者：大多数人厚道。也有人背后说，外地媳妇看不住男人。有一回被{{han:樊桂兰}}听见了，她拄着拐棍找上门去，说我家媳妇比你们谁都强，一个人种地、带娃、伺候我这个老婆子，你们谁做得到。
访谈者：会见的时候说什么？
受访者：一个月一回，屏幕上十五分钟。女儿给她爸唱{{trap/minority_word:锅庄}}的歌，儿子一句话都不说，出来在车上才哭。管教{{compound:澹台锦川}}说{{han:牛拴虎}}在里头学了电工，表现不坏。
访谈者：在这边过得惯吗？
受访者：头几年不惯。这里的山是黄的，没有草，我想{{trap/minority_word:糌粑}}想得哭。现在惯了，学会了做{{trap/word:碗托}}。老家的阿妈{{minority/tibetan:俄玛吉}}每年托人捎一口袋青稞面，我阿哥{{minority/tibetan:贡保达杰}}在{{trap/place:唐克}}开民宿，叫我们回去，可老汉还没出来。
访谈者：男人写信回来吗？
受访者：两个月一封。他字写得歪，一张纸写不满，末尾总是一句：听你妈的话。女儿认不全字，叫哥哥念，念完了她把信压在枕头底下。
访谈者：过藏历年吗？
受访者：过。{{trap/minority_word:洛萨}}那天我炸一大盆{{trap/minority_word:卡赛}}，给村里一家送一碗，村里人吃了说跟油糕差不多。正月里村里闹{{trap/word:威风锣鼓}}，儿子跟着后生们学打鼓，敲得比谁都响，说等他爸回来敲给他爸听。
访谈者：还有谁常来？
受访者：临汾一个大学的志愿者{{compound:南宫雪莹}}，暑假来教两个娃画画。{{minority/tibetan:当知}}画{{trap/place:黄河}}九曲，说外婆家门口是黄河，这边也是黄河，是一条河。学校领着娃们去县城看唐朝的砖塔，女儿回来说，跟外婆家的白塔不一样，是黄的。我跟他们说，{{trap/famous:松赞干布}}那时候汉藏就是一家。
访谈者：您自己身体怎么样？
受访者：腰疼，梯田上背谷子背的。镇卫生院的{{han:宁巧梭}}大夫叫我少背，我跟{{han:宁巧梭}}讲，我不背谁背。
访谈者：电话和证件方便留一下吗？
受访者：我身份证{{id_number@wy1988fwhyphen.513232}}，儿子的{{id_number@my2014x.141032}}。电话{{mobile@p86h}}，{{han:雒红霞}}的{{mobile@s38}}。微信{{wechat:wxid_q7n2v8k4r1}}。儿子有个QQ，{{qq:480219736}}。家在{{address:汾西县勍香镇槐树沟村三组16号}}，娘家{{address:若尔盖县唐克镇索克村二组8号}}。
访谈者：学校里孩子们的名字怎么写？
受访者：花名册上儿子是{{spaced:完 玛 当 知}}，四个字空开；女儿的作业本上是{{spaced:牛　雅　琪}}；我的低保表上写成{{spaced:华尔 旦措}}，断成了两截。
访谈者：最后想说什么？
受访者：我在院子里垒了个小{{trap/minority_word:玛尼堆}}，每天转三圈，求老汉早点回家，求两个娃平平安安。等他出来，我想带一家人回若尔盖看看草原，让娃们认认外婆家的门。
""")

# H1725: Han 儿童主任 of 杏树沟, a gully village of 阳头升乡 (隰县), walking the gully with the interviewer.
DOCS["H1725"] = ("staff", """\
访谈者：{{han:郄主任}}，这条沟里住着多少户？
受访者：四十三户，一百六十来口人，年轻的都出去了。我叫{{han:郄彩霞}}，郄是耳刀旁那个郄，外人十个有九个念错。我在{{trap/place:杏树沟}}当儿童主任第五年了，咱边走边说，路陡，你踩着我的脚印走。
访谈者：好。
受访者：坡上头那院，门口拴狗的，是{{han:乔满囤}}家。他儿子儿媳前年拉梨去{{trap/place:临汾}}，半路翻了车，两口子都没了。留下两个孙子，{{han:乔保平}}十三，{{han:乔保安}}十岁，都是孤儿，孤儿基本生活费一人一月{{trap/number:一千四百八}}。
访谈者：爷爷身体怎么样？
受访者：七十四了，还能上树剪枝。{{han:乔保平}}才十三，地里的活样样会；{{han:乔保安}}还小，夜里尿炕，爷爷不嫌。两个娃的舅舅在县城当{{trap/word:保安}}，每月贴补二百块。
访谈者：下面那家呢？
受访者：那是新疆媳妇{{minority/kazakh:库姐}}家，男人前年没了，三个娃。大的{{minority/kazakh:阿勒腾阿依}}在县城念初中，老三{{minority/kazakh:沙依扎提}}耳朵做了耳蜗，在临汾上特教。他家低保、困境儿童、两项补贴我都报了，她要强，从来不哭穷。
访谈者：再往下是谁家？
受访者：房檐下有{{trap/word:燕子窝}}的那家姓燕，女娃叫{{han:燕子涵}}，九岁。她爸在{{trap/place:孝义}}的煤窑上出了事，她妈受了刺激，精神上有病，时好时坏。把{{han:燕子涵}}交给她妈我不放心，就跟学校商量让娃住校，周末我接她回来。
访谈者：住的哪个学校？
受访者：{{school:阳头升乡寄宿制小学四年级（1）班}}，班主任{{han:闫丽锦}}夜里查铺都多看她一眼。
访谈者：沟对面那孔窑洞呢？
受访者：那是{{han:冯桂莲}}家。她侄女{{han:冯翠翠}}七岁，她爸偷电缆判了刑，她妈跟人走了，姑姑把她接过来，报的服刑人员子女补助。{{han:冯翠翠}}在{{school:阳头升乡寄宿制小学一年级（2）班}}，学校录系统把她录成了{{spaced:冯 翠翠}}。我想让{{han:冯翠翠}}也住校，她一听就哭，娃太小了，姑姑每天骑摩托送，来回二十里。
访谈者：您这个本子上还记着谁？
受访者：{{han:喜旦}}。大名{{han:贺来喜}}，十一岁，他爸妈离了婚，一个去了{{trap/place:鄂尔多斯}}，一个嫁到了{{trap/place:吉县}}，谁都不要他，跟着爷爷{{han:贺老汉}}过，报的事实无人抚养。娃是个机灵鬼，就是不爱念书，上回跑到{{trap/place:小西天}}底下卖梨，逃了两天学。
访谈者：怎么找回来的？
受访者：老汉急得要上吊。村支书姓原，{{trap/word:原来}}的原，大家叫他{{han:原书记}}，他开着三轮满山找，在庙门口找见的。
访谈者：沟里还有别的民族吗？
受访者：有一家彝族。{{minority/yi:沙马依乌}}是从凉山嫁过来的，男人{{han:仝喜旺}}在外头打工，儿子{{han:仝乐乐}}五岁，脑瘫，不会走路。乡里的名单上把她写成{{spaced:沙 马 依 乌}}，四个字空开。{{minority/yi:依乌}}一个人背着娃去临汾做康复，一去就是一天。我跟{{minority/yi:依乌}}说，有事你就喊我，莫客气。
访谈者：乡里和县里谁在管？
受访者：乡里民政办的{{han:撖志强}}，撖字提手旁，跟我一样老被念错。驻村第一书记{{compound:端木雁声}}是省里派下来的，给娃们争取来一批书包。县社工站的社工{{compound:钟离可欣}}一月来两回，给娃们上心理课。
访谈者：这些您都记在本子上？
受访者：本子上、手机上都有。你看，{{han:乔保平}}的身份证{{id_number@my2012fwspaced.141031}}。{{han:乔满囤}}家在{{address:隰县阳头升乡杏树沟村一组3号}}，{{han:贺老汉}}家在{{address:杏树沟村五组27号}}。
访谈者：您的电话？
受访者：{{mobile@plus86spaced}}。微信{{wechat:qiecaixia_xsg}}。村里大点的娃有个QQ群，群主是我，我的QQ是{{qq:903147265}}。
访谈者：孩子们过年怎么过？
受访者：乡里给每个娃送一身新衣裳、一箱奶。{{han:乔满囤}}要给我塞两斤梨，我不要，他就偷偷挂在我家门上。沟里的年，就是这么过的。
访谈者：当儿童主任一个月有多少补贴？
受访者：三百块，还是前年才涨的。我本来是村里的妇女主任，这个是兼的。一年两回入户，走访表、评估表、台账，一样不能少，乡里每月要报一回。沟里没信号，拍个照片得爬到梁上去发。去年秋天连阴雨下了半个月，沟口塌了一截，娃们上学得绕山梁走，我一早一晚在沟口接送。我男人说我是倒贴钱干活，我说娃们叫我一声姨，就值了。
访谈者：干这个最难的是什么？
受访者：最难的是人心。有人说我偏心，说他家有补助咋我家没有。我说你把表拿来，我一条一条对给你看。乡里给我做了个牌子挂在门口，上头刻的是{{spaced:郄　彩　霞}}，三个字中间空着，我说刻这么大干啥，又不是甚官。
访谈者：最后想说什么？
受访者：沟里的娃，苦是苦，可都是好娃。我盼着哪天这本子上一个名字都不剩，那就好了。
""")

# H1726: Han worker of the township social-work station of 和平镇 (汾西), going through the case files.
DOCS["H1726"] = ("staff", """\
访谈者：{{han:亢社工}}，这一柜子都是个案档案？
受访者：都是。我叫{{han:亢志鹏}}，{{trap/org:和平镇社工站}}的，站里连我三个人，管全镇二十一个村的困境儿童。你要看哪一户，我抽出来给你讲。
访谈者：先讲讲您印象最深的。
受访者：那就先{{trap/word:介绍}}{{han:介子轩}}。介绍的介，一个姓。八岁，爸妈都因为贩毒判了刑，一个在{{trap/place:太原}}，一个在{{trap/place:阳泉}}。跟着七十多的奶奶，报的服刑人员子女补助，每月{{trap/number:九百二}}。{{han:介子轩}}刚来时不说话，见人就躲在奶奶身后。
访谈者：现在呢？
受访者：好多了。同事{{compound:皇甫蔓菁}}每礼拜陪他搭积木，他喊她{{han:蔓菁}}姐，上礼拜还给她画了张画，画的是他爸他妈跟他，三个人手拉手。
访谈者：那个彝族家庭也是你们跟的？
受访者：是，{{minority/yi:老瓦}}家，腿的事我跑了一年多。他女子{{minority/yi:说嫫}}懂事，儿子淘。残联的{{han:畅晓云}}给办的证，我负责报困境儿童。
访谈者：还有藏族的一户？
受访者：勍香那边，{{minority/tibetan:华尔旦措}}家，男人在里头。儿子{{minority/tibetan:当知}}打过一回架，我们给他做了三个月的个案，现在是班上的体育委员。同事{{compound:夏侯沁园}}教他打篮球，{{minority/tibetan:当知}}跟{{compound:夏侯沁园}}讲，长大也要当社工。
访谈者：有没有特别难办的？
受访者：有。{{han:昝梦瑶}}，十五岁，留守，爸妈在{{trap/place:苏州}}打工，跟爷爷住。去年割过手腕，是她同学{{han:衡晓雨}}半夜给我打的电话。我跟{{compound:赫连檀香}}连夜去的，{{han:昝梦瑶}}坐在炕沿上，一句话不说。后来我问{{han:昝梦瑶}}为啥，她说爸妈一年就回来三天，回来也是看手机。{{compound:赫连檀香}}陪了她半年，今年考上了{{trap/org:汾西一中}}。
访谈者：{{han:衡晓雨}}也是你们的服务对象吗？
受访者：也是。她爸妈都没了，跟太奶奶过，我们都叫{{han:衡奶奶}}，九十一了。{{han:衡晓雨}}得给{{han:衡奶奶}}做饭、擦身子，夜里还得起来两三回。孤儿基本生活费每月{{trap/number:一千五百零五}}。娃十四岁，手上全是冻疮，作业却一回没落下。
访谈者：事实无人抚养的呢？
受访者：{{han:巩家宝}}。他爸失联，他妈重病住院。{{han:巩家宝}}是巩家的{{trap/word:长孙}}，爷爷把他当宝贝，可爷爷也养不起。志愿者{{compound:长孙素馨}}是{{trap/org:山西师大}}的研究生，给他辅导功课。娃他爸的失联证明，是派出所的{{han:郭所长}}帮着开的，跑了四趟。
访谈者：站里平常搞些什么活动？
受访者：周末在村委会办四点半课堂，娃们写作业，我们帮着看。暑假办夏令营，带娃们去县城看唐塔、进图书馆，好些娃是头一回进图书馆，摸着书架不敢动。过年前给每家送一副对联、一袋面。钱不够的时候就在朋友圈里募，一回能募几千块。有个在太原做生意的老乡，看了朋友圈，一下子给娃们买了五十双棉鞋。
访谈者：平常一天怎么过？
受访者：早上到站里看一眼，九点就下村。全镇的沟沟梁梁，摩托骑不上去的地方就走。一天最多跑四户，回来夜里录系统，录完十一点。去年冬天摩托在冰上滑倒了，村口{{han:薛二牛}}修理铺的师傅开着三轮把我拉到卫生院，缝了六针。
访谈者：这么多孩子，钱从哪来？
受访者：补助是民政局直接打卡。站里的活动经费是政府购买服务，一年几万块。镇民政办的{{han:温情}}姐管审批，名字跟人一样，冬天给娃们送棉衣。站长{{compound:申屠砚秋}}说，钱少就少花，人要多跑。
访谈者：档案上的信息都齐吗？
受访者：齐。{{han:介子轩}}的身份证{{id_number@my2017fullwidth.141032}}，{{han:衡奶奶}}家在{{address:汾西县和平镇枣坪村六组2号}}，{{han:巩家宝}}家在{{address:和平镇下团柏村三组15号}}。就是录系统的时候老出错，有一份把{{spaced:介 子 轩}}打得一个字一个空，{{spaced:昝　梦　瑶}}也是，还有一份把社工写成{{spaced:赫 连 檀 香}}，把志愿者写成{{spaced:长孙 素馨}}。
访谈者：联系方式方便留一下吗？
受访者：站里的值班手机{{mobile@p86n}}，我自己的{{mobile@s74}}。你加我微信{{wechat:kangzp-heping}}，站里的工作号是{{wechat:hpsgz_2021}}。{{han:昝梦瑶}}只肯在QQ上跟我说话，她的号是{{qq:3184602759}}，她同意给你们的。
访谈者：您干这个累吗？
受访者：累，可不敢说累。我大学学的社会工作，同学大都去了{{trap/place:北京}}，就我回了老家。我妈说你图啥，我说我也是在这沟里长大的，小时候要是有人这么管我，能少走好多弯路。有时候夜里接到电话，说哪个娃跑了、出事了，爬起来就走。站长说这行最怕的是麻木，见多了就不心疼了。我跟自己说，哪天不心疼了，就不干了。
访谈者：最后想说什么？
受访者：社工这活，说到底就是陪。娃们难的时候你在，就够了。
""")

# H1727: Han clerk of the county disability federation of 汾西, going through the yearly review of the two
# disability subsidies.
DOCS["H1727"] = ("staff", """\
访谈者：{{han:畅干事}}，桌上这一摞是什么？
受访者：两项补贴的年审表，全县一千多份，这一摞是娃娃们的。我叫{{han:畅晓云}}，在县残联干了九年，{{trap/word:畅通}}的畅。
访谈者：两项补贴具体怎么发？
受访者：低保家的残疾人拿生活补贴，一级二级的重度残疾拿护理补贴，两样都够的就两样都拿，咱县每样每月{{trap/number:八十八块}}。钱不多，可对有的家是救命的，买药、买尿不湿全靠它。
访谈者：孩子的情况多吗？
受访者：多。你看这份，{{han:靳一鸣}}，六岁，孤独症，他妈{{han:薛翠凤}}辞了工，天天带他去{{trap/org:临汾市康复医院}}。{{han:靳一鸣}}一开始眼睛都不看人，上礼拜会喊妈了，他妈给我打电话，哭得说不成话。
访谈者：这份呢？
受访者：{{han:师可馨}}，九岁，脑瘫，腿使不上劲，在{{school:汾西县永安镇第二小学三年级（5）班}}。她爷爷是木匠{{trap/word:师傅}}，给她做了一辆小推车，推着上学。体育老师{{han:武建斌}}每天下课背她上二楼，背了两年。
访谈者：还有呢？
受访者：{{han:郭宏亮}}，十三岁，前年从梨树上摔下来伤了脊椎，下半身没知觉。他妈{{han:樊小红}}一个人翻身、擦洗，手腕子都肿了。我们给他申请了一辆电动轮椅，{{han:郭宏亮}}坐上那天，在院子里转了二十圈。现在娃能自己摇着去村口等校车，他妈说，这是两年来头一回看见他笑。
访谈者：也有少数民族的孩子吧？
受访者：有。{{trap/place:僧念镇}}有一户彝族，男人{{minority/yi:尔古日体}}在煤场装车，女人{{minority/yi:阿约阿呷}}，女子{{minority/yi:尔古阿依}}生下来就看不见。办证那天，女人一句汉话不会说，是她男人翻译的。我跟着他们叫娃{{minority/yi:依妞}}，娃一听有人喊{{minority/yi:依妞}}就笑，伸手要人抱。
访谈者：那个窑上受伤的彝族大哥也是您办的？
受访者：{{minority/yi:老瓦}}？是我。表上写的是{{minority/yi:王拉体}}，身份证是另一个写法，系统不认，我跑了两趟市里才改过来。现在两样补贴都到账了，假肢也装上了。
访谈者：审核的时候最难的是什么？
受访者：上门。评残要本人到场，有的娃一动就疼，我们就约了大夫上门。评残的大夫是县医院的{{compound:濮阳砚池}}，跟着我们跑山路，一句怨言没有。康复中心的{{compound:司空玉洁}}跟我一组，一天能跑三个村。有一回到了{{han:于秋莲}}家，她不让进门，怕人知道她娃是聋子。我们在门口站了半个钟头，{{trap/word:于是}}她开了门。她儿子{{han:霍再兴}}三岁，{{han:霍再兴}}再过两年该上学了，我跟特教学校说好了。
访谈者：评残的时候家长是什么心情？
受访者：难受。有的家长不肯评，说评了就是认了娃残疾，一辈子抬不起头。我就跟他们讲，证是给娃争福利的，不是给娃贴标签的，上学、看病、康复，有证才有补助。讲通了，家长自己抱着娃来。也有评了以后躲着人的，怕村里说闲话。
访谈者：这几年有什么变化？
受访者：变化大。以前要家长跑县里交材料，现在手机上就能申请，我们在后台审。可山里的老人不会用手机，还得我们下去。康复也近了，县里有了{{trap/org:残疾人康复中心}}，孤独症的娃不用天天跑临汾了，一个月能省下好几百块车费。
访谈者：村里谁帮着您？
受访者：每个村都有残疾人专职委员，僧念镇的是{{han:那春梅}}，姓那，那个的那。{{han:那春梅}}那会儿自己出车祸落了残，知道这里头的难处。理事长{{compound:闻人国栋}}常说，咱们是给人跑腿的，腿得勤。
访谈者：困境儿童那块跟您有关系吗？
受访者：归民政，可我们每季度把残疾孩子的名单推给民政局对一遍。对不上的，我就给社工站的{{han:亢志鹏}}打电话，{{han:亢志鹏}}他门儿清。
访谈者：这些表上都登记了什么？
受访者：身份证、电话、住址，一样不能少。你看这份，身份证{{id_number@my2019spaced.141032}}。{{han:于秋莲}}家在{{address:汾西县僧念镇前进村四组11号}}，电话{{mobile@hyphen}}；{{han:薛翠凤}}的电话{{mobile@fullwidth}}。
访谈者：您的联系方式呢？
受访者：我手机{{mobile@plus86dash}}，微信{{wechat:changxiaoyun_fx}}。县里残疾娃娃的家长群是QQ群，我的QQ是{{qq:２３０４７６１８５}}。有事打{{trap/hotline:12385}}也行，那是残疾人服务热线。
访谈者：名字会录错吗？
受访者：常错。有一份把{{spaced:尔 古 阿 依}}一个字一个空，还有的写成{{spaced:尔古 日体}}，{{spaced:司空 玉洁}}也被写成过两截。
访谈者：最后想说什么？
受访者：前两年有个娃走了，她妈把没花完的补贴退回来，说给别的娃用。我到现在想起来还难受。残疾的娃娃，不缺人可怜，缺人一趟一趟地跑。
""")

# H1728: Han head teacher of a fifth-year class at the 城南 primary school in 隰县 (龙泉镇).
DOCS["H1728"] = ("staff", """\
访谈者：{{han:郗老师}}，您班上有多少困境儿童？
受访者：四十二个学生，困境儿童五个，留守的还有十几个。我叫{{han:郗淑芳}}，在{{trap/org:隰县城南小学}}教了二十年书，当班主任十六年。
访谈者：先说说那个哈萨克族的孩子？
受访者：{{minority/kazakh:哈森波拉提}}，花名册上是{{minority/kazakh:薛波拉提}}，班上娃们叫他{{minority/kazakh:波波}}。住校，周五他妈骑电动车从沟里接回去，四十里山路。{{minority/kazakh:波波}}数学好，就是作文里老写错别字，把“羊”写成“洋”。
访谈者：他爸爸的事，他说过吗？
受访者：说过一回。有次作文题目是《我的爸爸》，他就写了一句：我爸爸在沟顶上，看着梨树。我看了半天，一个字没改，给他打了个满分，放学把他叫到办公室，给了他一个苹果。
访谈者：学校还有维吾尔族的孩子？
受访者：三年级的{{minority/uyghur:赛买提江}}，大家叫他{{minority/uyghur:小赛}}。他爷爷在鼓楼那边打馕，每天早上给门卫{{han:柴师傅}}捎一个热馕。他的班主任是{{han:来晓芬}}，{{han:来晓芬}}来我们学校第三年，教音乐兼班主任，说这娃嗓子亮。
访谈者：汉族的孩子呢？
受访者：我班上有个女子叫{{han:续晨曦}}，她妈生下她就走了，她爸在{{trap/place:鄂尔多斯}}跑车，跟奶奶过。我常跟她说要{{trap/word:继续}}念书，{{han:续晨曦}}说老师你放心，我要考{{trap/org:北师大}}。还有{{han:郭念祖}}，爸在煤窑上没了，妈改嫁走了，报的事实无人抚养。娃功课跟不上，爷爷{{han:郭满柜}}每天接送，风雨不误。还有个{{han:贾小满}}，爸眼睛看不见，妈精神上有病，一家子靠低保。
访谈者：您去家访吗？
受访者：一学期一回，困境儿童的家我都去。去年冬天去{{han:贾小满}}家，屋里冷得跟冰窖一样，娃趴在炕上写作业，手冻得握不住笔。回来我跟{{han:琚校长}}说了，学校给他家拉了一车炭。{{han:贾小满}}他爸摸着炭块，半天说不出话。{{han:郭念祖}}家我也去过，他爷爷拿出一摞奖状，都是他爸小时候得的，说娃要像他爸一样争气。
访谈者：班上的同学怎么对待这些孩子？
受访者：大部分好。也有不懂事的，笑人家没爸没妈。我开了一回班会，题目叫《我的家》，让每个娃说说自己家。轮到一个没妈的女娃，她说我家有奶奶、有爸爸、有老师，全班都鼓掌。从那以后，再没人笑过。
访谈者：学校怎么帮这些孩子？
受访者：{{han:琚校长}}定了规矩，困境儿童一人一个老师结对，午饭免费，校服免费，冬天给住校的娃每人发一床新被子，是{{trap/org:县团委}}募来的。县社工站的{{compound:宇文佳宁}}每周四来上团体课。退休的老教师{{compound:欧阳慧芬}}天天来给娃们补课，一分钱不要。还有个志愿者叫{{compound:西门晓燕}}，放学在学校{{trap/word:西门}}口等着，把走读的娃一个个送到家。
访谈者：家长会怎么开？
受访者：来的多是爷爷奶奶。签到表上，{{minority/uyghur:司迪克}}爷爷签的是维吾尔文，旁边有人替他写了汉字{{spaced:司 迪 克}}；哈萨克娃的妈签的是{{spaced:库拉依 · 恰勒哈尔}}；{{han:郭满柜}}不识字，画个圈。
访谈者：孩子们的信息都登记在哪里？
受访者：关爱台账上。{{minority/kazakh:波波}}的身份证{{id_number@my2014fwhyphen.141031}}，{{han:续晨曦}}的{{id_number@wy2014x.141031}}，住{{address:隰县龙泉镇南关村七组5号}}，在{{school:城南小学五（1）班}}坐第一排；{{han:郭念祖}}家在{{address:隰县城南乡坡头村二组9号}}。{{han:续晨曦}}用她奶奶的手机上QQ，号是{{qq:61594370}}。黑板报上娃们写的老师名字也有意思，{{spaced:欧 阳 慧 芬}}，一个字一个格，三年级也有娃把自己写成{{spaced:赛 买 提 江}}；{{spaced:续　晨　曦}}也是这么写自己的。
访谈者：您的联系方式？
受访者：我的QQ{{qq:1357902846}}，微信{{wechat:jishufang_xc}}。
访谈者：假期里这些孩子怎么办？
受访者：寒暑假最叫人操心。{{han:续晨曦}}要去鄂尔多斯找她爸，一个人坐大巴，我让她到了给我打电话，夜里十点才打来，我一晚上没敢睡。{{han:贾小满}}都是在家里看弟弟，我把班上的课外书装了一箱给他背回去，开学他一本一本都还回来了，书皮包得整整齐齐。
访谈者：教这些孩子，最难的是什么？
受访者：是分寸。对他们好，又不能太显眼，不然别的娃有意见，他们自己也不自在。给东西要悄悄给，夸他们要当着全班夸。我女儿在太原念大学，老公在{{trap/org:隰县人民医院}}上班，他说我把班上的娃当亲生的，把亲生的当别人家的。我说亲生的有你管，这些娃除了我还有谁。
访谈者：最后想说什么？
受访者：教书这些年，我越来越觉得，娃们缺的不光是钱，是有人记着他们。前两天我收到一张贺卡，上头写：谢谢{{han:郗老师}}。落款是{{minority/uyghur:小赛}}。
""")


def main() -> None:
    build(HERE, DOCS, marked_item(MINORITY_GROUPS, RNG, MOBILE_PREFIXES), BRIEF_FLOORS, GROUP_FLOORS, first=1721,
          trap_floor=BRIEF_TRAP_FLOOR, written_with=("holdout216",))


if __name__ == "__main__":
    main()
