"""The study codebook (codebooks/children_in_distress.yaml): the thesis's hierarchy and hand-written paraphrases.

Round 2 of the codebook aimed at transcripts it has never seen (docs/accuracy.md, section ``coding``). Before each
change, new paraphrases were written here by hand (none taken from corpora/chifeng; the blind corpus
corpora/chifeng_blind was not opened) and scored with ``AutoCoder.codes_for`` FIRST; then the rules were widened with
synonym families and topic + cue frames, not with the sentences themselves. Scores before the change:

- round A (plain speech, officialese, irony; 66 positives): 38/66 coded, 0/26 false on the opposite voice
- round B (staff telling a family's story, categories that are not a story; 20): 13/20, 1/12 false
- round C (dialect, idioms, officialese; 42): 17/42, 0/15 false
- round D (another voice again; 37): 13/37, 1/18 false
- round E (longer, mixed registers; 32): 19/32, 1/11 false
- round F (regional speech, problems that were solved; 32): 20/32, 2/14 false (以前…现在好多了 coded as a problem)
- round G (metaphor and narrative, avoiding the rules' words; 32): 17/32, 0/11 false
- round H (staff and family, implied problems; 27): 16/27, 1/9 false (and 情况 + 不一样 read as separate data systems)
- neutral sentences about the same topics (40): 1 false code (a bare 户口本 read as misreporting; two sentences
  that were meant as neutral were in fact reliable payment, fund_guarantee, and were moved to the positives)

So recall on new wording was 0.35 to 0.63 before each round: the honest expectation for unseen transcripts is
well below the tuned numbers. After the rounds all of them pass; they are regression guards, not an estimate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qualcode.coding import AutoCoder, load_codebook, validate_codebook

CODEBOOK = Path(__file__).resolve().parents[1] / "codebooks" / "children_in_distress.yaml"

THEMES = ["publicity_weak", "misreporting", "communication_poor", "supervision_weak", "leadership_system",
          "diversified_rescue", "fund_guarantee", "staff_capacity", "family_hardship"]

# (code, sentence, role of the speaker: family / community / civil_affairs)
ROUND_A = [
    ('publicity_weak', '这事儿我们一直被瞒着，要不是去年碰上个老同学，到现在都不晓得。', None),
    ('publicity_weak', '说是有宣传，其实就是在微信群里甩了个链接，老人哪会点。', None),
    ('publicity_weak', '政策是好政策，可老百姓门儿都摸不着。', None),
    ('publicity_weak', '村里大喇叭喊过一次，说得跟念经似的，谁也没听进去。', None),
    ('publicity_weak', '我们的宣传主要靠发材料，实际效果很有限，不少群众还是不了解。', None),
    ('publicity_weak', '知道能领钱的时候孩子都上初中了，前面几年白白耽误了。', None),
    ('publicity_weak', '申请条件到底是啥，没有一个人给我们掰扯清楚。', None),
    ('publicity_weak', '政策宣传存在盲区，偏远嘎查的牧民基本接收不到。', None),
    ('misreporting', '报上去的名单里有个孩子，他爸其实天天在家，根本不符合。', None),
    ('misreporting', '有些村为了省事，直接拿低保名单顶上去了。', None),
    ('misreporting', '真正揭不开锅的那户，没进名单。', None),
    ('misreporting', '核查时发现，三户的情况跟上报的对不上号。', None),
    ('misreporting', '谁家能报谁家不能报，村里几个人一商量就定了。', None),
    ('misreporting', '同一个情况，这个乡算困境儿童，那个乡就不算。', None),
    ('misreporting', '儿童主任对政策把握不准，把一般困难家庭也报成了困境儿童。', None),
    ('misreporting', '有的孩子早就跟妈妈去外地了，名单上还挂着。', None),
    ('communication_poor', '民政的数据和教育的数据是两套，对不到一起。', None),
    ('communication_poor', '残疾证的事得残联出，残联又要医院的诊断，医院又说要民政的函。', None),
    ('communication_poor', '乡里开了联席会议，会上说得好好的，会后谁也不找谁。', None),
    ('communication_poor', '孩子转学了，学校没告诉我们，我们还按老地址去找。', None),
    ('communication_poor', '上头文件改了，到我们这儿已经过了两个月。', None),
    ('communication_poor', '部门之间信息壁垒比较严重，协同机制不健全。', None),
    ('communication_poor', '打电话到局里，接电话的说不归他们，让我们问别处。', None),
    ('communication_poor', '公安那边的户籍信息我们调不出来，只能一家一家去问。', None),
    ('supervision_weak', '钱发下去以后，花在哪儿了，从来没人问过。', None),
    ('supervision_weak', '上面来督查，主要看台账整不整齐，孩子过得好不好不看。', None),
    ('supervision_weak', '说是有人管，其实批下来以后就再没见过人影。', None),
    ('supervision_weak', '救助工作做得好坏，没有一个评估的办法。', None),
    ('supervision_weak', '走访记录写得满满的，实际上谁也没去。', None),
    ('supervision_weak', '对儿童主任的工作没有考核，干不干都一样拿补贴。', None),
    ('supervision_weak', '后续的跟踪基本是空白。', None),
    ('supervision_weak', '办下来到现在三年了，村里一回也没来看过孩子。', None),
    ('leadership_system', '旗里、苏木、嘎查三级都明确了分管领导和具体经办人。', None),
    ('leadership_system', '我们建立了联席会议制度，民政牵头，十几个部门参加。', None),
    ('leadership_system', '每个嘎查都有一个儿童主任，苏木有儿童督导员，上下一条线。', None),
    ('leadership_system', '政府把这项工作列入了年度目标考核，层层压实责任。', None),
    ('leadership_system', '区里成立了专门的领导小组，由副区长任组长。', None),
    ('leadership_system', '县乡村三级都有台账，哪一级负责哪一块清清楚楚。', None),
    ('diversified_rescue', '有家爱心企业每年开学给孩子送书包和文具。', None),
    ('diversified_rescue', '镇上的社工隔一阵子就来陪孩子做作业。', None),
    ('diversified_rescue', '妇联帮我们联系了一个结对的阿姨，过年还给孩子买衣服。', None),
    ('diversified_rescue', '学校把孩子的住宿费和餐费全免了。', None),
    ('diversified_rescue', '我们链接了慈善总会的项目，给大病儿童额外报销一部分。', None),
    ('diversified_rescue', '律师事务所的人来帮我们打官司，没收一分钱。', None),
    ('fund_guarantee', '每个月十号前钱准到卡上，从来没差过。', None),
    ('fund_guarantee', '基本生活费由财政全额兜底，按月直接发到监护人账户。', None),
    ('fund_guarantee', '这钱是实打实的，一个月一千二，一分也没少。', None),
    ('fund_guarantee', '保障资金列入了财政预算，不存在拖欠的问题。', None),
    ('fund_guarantee', '钱打到孩子奶奶的折子上，中间谁也碰不着。', None),
    ('fund_guarantee', '补助金发放很及时，家长都很满意。', None),
    ('staff_capacity', '我们村的儿童主任同时还是会计、妇女主任，一个人顶三个。', 'community'),
    ('staff_capacity', '全镇两万多人，管这块的就我一个。', 'community'),
    ('staff_capacity', '儿童主任一个月补贴几百块，年轻人谁愿意干。', 'community'),
    ('staff_capacity', '培训就是开个会念念文件，具体怎么操作还是一头雾水。', 'civil_affairs'),
    ('staff_capacity', '基层队伍年龄偏大，用手机填系统都费劲。', 'civil_affairs'),
    ('staff_capacity', '刚把业务熟悉了，人就调走了，新来的又得从头教。', 'civil_affairs'),
    ('staff_capacity', '上面的活儿一件接一件，儿童这一块只能往后排。', 'community'),
    ('staff_capacity', '我们都不是学这个的，心理疏导啥的根本不会。', 'community'),
    ('family_hardship', '孩子他爹前年出了车祸，人没救过来。', 'family'),
    ('family_hardship', '他妈生完老二就走了，再也没回来过。', 'family'),
    ('family_hardship', '我这腰直不起来，地里的活干不了，全靠这点补助。', 'family'),
    ('family_hardship', '孩子从小就有癫痫，隔三岔五就犯。', 'family'),
    ('family_hardship', '家里就两间土房，一下雨就往屋里渗水。', 'family'),
    ('family_hardship', '孩子在学校老被人说没爹，回来就躲屋里不出来。', 'family'),
    ('family_hardship', '他爸在监狱里，还有五年才出来。', 'family'),
    ('family_hardship', '我和老伴都七十多了，眼看着带不动了。', 'family'),
]
ROUND_B = [
    ('family_hardship', '我们村有一户，孩子妈妈得了尿毒症，一周透析三次，爸爸在外地打工。', 'community'),
    ('family_hardship', '有个男孩，父亲吸毒进去了，母亲改嫁，现在跟着八十岁的太奶奶过。', 'civil_affairs'),
    ('family_hardship', '我去过一家，屋里连张像样的桌子都没有，孩子就趴在炕沿上写作业。', 'community'),
    ('family_hardship', '孩子自打他妈走了以后，一句话也不说，见了人就躲。', 'family'),
    ('family_hardship', '我一个人拉扯三个孩子，白天去饭店洗碗，晚上还得缝补。', 'family'),
    ('family_hardship', '老伴走得早，儿子又是个聋哑人，一家子就指望我这把老骨头。', 'family'),
    ('publicity_weak', '我们这些不识字的，政策写在墙上也等于没写。', 'family'),
    ('publicity_weak', '村里人都说这是给干部亲戚的，咱够不着，也就没去问。', 'family'),
    ('publicity_weak', '说实话，宣传还停留在发文件、挂横幅，群众真正知晓的不多。', 'civil_affairs'),
    ('misreporting', '去年核查一下子清退了十几个，都是当初没入户就报的。', 'civil_affairs'),
    ('misreporting', '有的村干部怕麻烦，有困难的孩子干脆不往上报。', 'civil_affairs'),
    ('communication_poor', '孩子的户籍在公安，学籍在教育，残疾在残联，民政一个也看不到。', 'civil_affairs'),
    ('communication_poor', '我跑了三个单位，每个单位都说要先去另一个单位盖章。', 'family'),
    ('supervision_weak', '资金发下去就算完成任务了，用得好不好没人跟踪。', 'civil_affairs'),
    ('supervision_weak', '儿童主任一年到头走访几次、干得怎么样，上面根本不掌握。', 'civil_affairs'),
    ('staff_capacity', '我们苏木四十多个嘎查，督导员就我一个，一年也跑不完一遍。', 'civil_affairs'),
    ('staff_capacity', '儿童主任都是村干部兼的，心思根本不在这上面。', 'civil_affairs'),
    ('leadership_system', '旗委旗政府高度重视，主要领导亲自过问，形成了旗、苏木、嘎查三级联动。', 'civil_affairs'),
    ('diversified_rescue', '红十字会给孩子做了先天性心脏病手术，一分钱没让我们出。', 'family'),
    ('fund_guarantee', '钱是国家直接打到存折上的，每月都有，从没耽误过。', 'family'),
]
ROUND_C = [
    ('publicity_weak', '这好事儿俺们是一点风声都没听着。', 'family'),
    ('publicity_weak', '说是家家户户都通知到了，可俺家咋就没人来呢？', 'family'),
    ('publicity_weak', '那些文件上的话，俺们庄稼人哪整得明白。', 'family'),
    ('publicity_weak', '政策宣传最后一公里没有打通，不少困难群众对政策知之甚少。', 'civil_affairs'),
    ('publicity_weak', '我是前年才整明白这里头的道道。', 'family'),
    ('publicity_weak', '都是瞎打听，问这个问那个，谁也说不出个一二三。', 'family'),
    ('publicity_weak', '宣传覆盖面还不够广，特别是流动人口这块是短板。', 'civil_affairs'),
    ('publicity_weak', '早几年就有这政策，俺们是今年才晓得，白瞎了好几年。', 'family'),
    ('misreporting', '有的户明明够条件，村里嫌麻烦就没给往上报。', 'community'),
    ('misreporting', '谁跟村干部走得近，谁家孩子就能上名单，这都不是秘密。', 'family'),
    ('misreporting', '基础数据底子不实，有的困境儿童信息和实际情况存在偏差。', 'civil_affairs'),
    ('misreporting', '人家那孩子爸妈在城里开店，咋也领上了呢？', 'family'),
    ('misreporting', '识别认定环节把关不严，存在应纳未纳、错纳的情况。', 'civil_affairs'),
    ('misreporting', '我们一户一户摸过来，才发现原来报的有一小半对不上。', 'community'),
    ('communication_poor', '部门之间各吹各的号，各唱各的调。', 'civil_affairs'),
    ('communication_poor', '跨部门协调难度大，信息壁垒问题比较突出。', 'civil_affairs'),
    ('communication_poor', '让俺去开证明，到了那儿人家说不归他们开，又把俺支回来了。', 'family'),
    ('communication_poor', '教育上有啥变化从来不跟我们打招呼，都是家长来问我们才知道。', 'community'),
    ('communication_poor', '一个证明来回折腾了半个月，这个盖了那个不认。', 'family'),
    ('communication_poor', '县里和乡里的口径对不上，我们夹在当中不知道听谁的。', 'community'),
    ('supervision_weak', '钱拿到手以后就跟断了线的风筝一样，再没人管了。', 'family'),
    ('supervision_weak', '后续跟踪问效机制缺失，救助效果无从评估。', 'civil_affairs'),
    ('supervision_weak', '督导基本靠电话，一年到头见不着督导员的面。', 'community'),
    ('supervision_weak', '考核只看资金发没发，孩子咋样没人管。', 'civil_affairs'),
    ('supervision_weak', '他们来了就往屋里瞅一眼，拍张照片就走了。', 'family'),
    ('supervision_weak', '做多做少、做好做坏都一样，没有激励也没有约束。', 'community'),
    ('staff_capacity', '村里能干的年轻人都走了，剩下我们几个老家伙撑着。', 'community'),
    ('staff_capacity', '基层儿童工作者专业化水平不高，队伍不稳定。', 'civil_affairs'),
    ('staff_capacity', '一个月就那么点钱，还得自己搭油钱跑腿。', 'community'),
    ('staff_capacity', '那个小伙子刚来，问啥都说要回去查查。', 'family'),
    ('staff_capacity', '电脑系统一更新我就抓瞎，得等孙女放学回来帮我弄。', 'community'),
    ('leadership_system', '这项工作实行党政同责，书记镇长都是第一责任人。', 'civil_affairs'),
    ('leadership_system', '市里定期调度，旗县区抓落实，乡镇街道具体办，嘎查村兜底。', 'civil_affairs'),
    ('diversified_rescue', '城里的一个爱心车队每年六一都来给孩子们送礼物。', 'community'),
    ('diversified_rescue', '我们引入了专业社工机构，开展心理陪伴和学业辅导。', 'civil_affairs'),
    ('diversified_rescue', '村里的驻村第一书记自己掏钱给孩子买了一台电脑。', 'family'),
    ('fund_guarantee', '这笔钱是国家给的，谁也截不走，到月就有。', 'family'),
    ('fund_guarantee', '资金实行社会化发放，直接打到监护人一卡通，杜绝了截留挪用。', 'civil_affairs'),
    ('family_hardship', '俺家那口子三年前在工地上摔了，到现在还下不了炕。', 'family'),
    ('family_hardship', '孩子他娘跟人跑了，我这当爹的又得出去挣钱，只能把娃撂给他奶。', 'family'),
    ('family_hardship', '孩子打小就不会说话，医院说是听力有问题。', 'family'),
    ('family_hardship', '家里就靠那几亩旱地，老天爷不下雨就一分钱也收不上来。', 'family'),
]
ROUND_D = [
    ('publicity_weak', '我在城里打工，老家有这政策我压根不知情，还是老乡群里有人转了一嘴。', 'family'),
    ('publicity_weak', '宣传册印了一大堆，堆在村部仓库里，没发下去。', 'community'),
    ('publicity_weak', '那通知写的啥"兜底保障""分类施保"，我们老百姓听着跟外语似的。', 'family'),
    ('publicity_weak', '好多家长以为领了这个钱孩子就不能上低保了，吓得不敢申请。', 'community'),
    ('publicity_weak', '我们牧区居住分散，政策很难传到每一个蒙古包。', 'civil_affairs'),
    ('publicity_weak', '网上说得挺热闹，到了我们村就没声了。', 'family'),
    ('misreporting', '有个孩子明明父亲在坐牢，表上却写成了父母双全。', 'community'),
    ('misreporting', '去年有几户是拿着别人的病历报上去的，后来才查出来。', 'civil_affairs'),
    ('misreporting', '村里评的时候全凭印象，谁家穷谁家不穷，没挨家看过。', 'family'),
    ('misreporting', '各苏木对事实无人抚养的理解五花八门，报上来的口径乱七八糟。', 'civil_affairs'),
    ('misreporting', '我孙子这情况，村里硬说不算，可邻村一样的情况就给报了。', 'family'),
    ('communication_poor', '我们想知道孩子在学校的情况，得托熟人去问班主任。', 'community'),
    ('communication_poor', '民政和残联的系统不通，同一个孩子的信息两边录，还经常录得不一样。', 'civil_affairs'),
    ('communication_poor', '上个月政策调了标准，乡里没转发，我们还按老标准给人算。', 'community'),
    ('communication_poor', '我找了街道，街道让找社区，社区又让回街道，转了好几圈。', 'family'),
    ('communication_poor', '部门之间是"铁路警察各管一段"，孩子的事没人统筹。', 'civil_affairs'),
    ('supervision_weak', '名义上有季度督查，实际上就是把各村的表格收上去汇个总。', 'civil_affairs'),
    ('supervision_weak', '钱打到卡上以后，到底花在孩子身上没有，谁也说不清。', 'community'),
    ('supervision_weak', '我们做了多少工作，上面从来不来看，也不评。', 'community'),
    ('supervision_weak', '批下来那年村干部来过一趟，往后再没登过门。', 'family'),
    ('supervision_weak', '对救助效果缺乏科学的评价指标，考核流于形式。', 'civil_affairs'),
    ('staff_capacity', '我一个妇女主任，又管计生又管儿童，还得搞环境卫生。', 'community'),
    ('staff_capacity', '好不容易培养出来的儿童主任，换届的时候没选上，全白费了。', 'civil_affairs'),
    ('staff_capacity', '他们自己都没弄明白政策，咋给我们讲？', 'family'),
    ('staff_capacity', '乡镇民政就一个人，管着低保、五保、优抚、儿童一大摊子事。', 'civil_affairs'),
    ('staff_capacity', '我们村的儿童主任是个快六十的老大姐，智能手机都玩不转。', 'community'),
    ('leadership_system', '我们实行了包片责任制，每个领导包一个苏木，每个干部包几户。', 'civil_affairs'),
    ('leadership_system', '旗里专门发文明确了民政、教育、卫健等十几个部门的职责分工。', 'civil_affairs'),
    ('diversified_rescue', '暑假的时候师范大学的学生来村里办了个夏令营，孩子们可高兴了。', 'family'),
    ('diversified_rescue', '有个公益项目给孩子们每人发了一套新校服和冬衣。', 'community'),
    ('diversified_rescue', '律师帮我们把抚养费的官司打赢了，一分钱没收。', 'family'),
    ('fund_guarantee', '补助每个月按时到账，从来没让我们操过心。', 'family'),
    ('fund_guarantee', '这笔资金是财政刚性保障的，预算里单列，谁也不敢动。', 'civil_affairs'),
    ('family_hardship', '孩子他爸走的那年孩子才三岁，我又没工作，娘儿俩靠我妈那点退休金。', 'family'),
    ('family_hardship', '丫头初二了，学习一落千丈，老师说她上课老走神。', 'family'),
    ('family_hardship', '我们这个孩子是个脑瘫，到现在还不会走路。', 'family'),
    ('family_hardship', '他奶奶八十三了，眼睛也看不清了，还得给孩子做饭。', 'community'),
]
ROUND_E = [
    ('publicity_weak', '社区公众号我关注了，可推送的都是活动照片，这种政策一条也没刷到过。', 'family'),
    ('publicity_weak', '我们也反思过，宣传方式比较单一，主要还是开会、发文件，效果不理想。', 'civil_affairs'),
    ('publicity_weak', '要不是孩子班主任提醒，我到现在还以为这是给孤儿的。', 'family'),
    ('publicity_weak', '申请要哪些东西，我来回问了三次，每次说的都不全。', 'family'),
    ('publicity_weak', '我们这边少数民族老人多，汉字的宣传材料基本看不了。', 'community'),
    ('misreporting', '有的地方把父母离异但都在抚养的孩子也算进来了，标准把握偏松。', 'civil_affairs'),
    ('misreporting', '我家这种情况按说够格，可报上去的表里把我男人写成了"有劳动能力"。', 'family'),
    ('misreporting', '说是入户调查，其实就是在村部坐着，让家长自己拿材料过来。', 'family'),
    ('misreporting', '排查的时候漏了好几个外出务工人员留在老家的孩子。', 'community'),
    ('communication_poor', '这个事儿卡在教育和民政中间，两家都觉得该对方管。', 'community'),
    ('communication_poor', '孩子住院的信息，医院不报，我们不知道，等知道了已经过去大半年了。', 'community'),
    ('communication_poor', '同一份材料，街道要一份，民政要一份，残联还要一份。', 'family'),
    ('communication_poor', '市里的系统和旗里的系统数据对不上，每次都得人工核对。', 'civil_affairs'),
    ('supervision_weak', '你问效果？没人评过，我们自己也说不好。', 'community'),
    ('supervision_weak', '督查组来了一上午，翻了翻档案就去吃饭了。', 'community'),
    ('supervision_weak', '补贴到手这两年，社区就来过一回，还是为了拍照片。', 'family'),
    ('supervision_weak', '考核指标都是过程性的，结果性的几乎没有。', 'civil_affairs'),
    ('staff_capacity', '儿童督导员都是兼任的，本职工作都忙不完，这块只能应付。', 'civil_affairs'),
    ('staff_capacity', '新来的社工一年换了三个，孩子刚跟他熟就走了。', 'family'),
    ('staff_capacity', '我们这些人都是半路出家，心理辅导、个案管理这些一点不懂。', 'community'),
    ('staff_capacity', '一人负责全苏木六个嘎查，光路上就得跑半天。', 'civil_affairs'),
    ('leadership_system', '我们把困境儿童保障写进了政府工作报告，建立了定期调度、督办通报制度。', 'civil_affairs'),
    ('leadership_system', '村里有儿童主任，镇里有督导员，县里有民政股，一层一层往下都有人。', 'community'),
    ('diversified_rescue', '县医院对这些孩子看病有减免，还安排了绿色通道。', 'civil_affairs'),
    ('diversified_rescue', '一家爱心超市每个月给孩子送一次米面油。', 'family'),
    ('diversified_rescue', '暑假有大学生来给孩子们上课，教英语和画画。', 'community'),
    ('fund_guarantee', '这几年钱一直很稳定，逢年过节还多发一点。', 'family'),
    ('fund_guarantee', '资金由财政直接拨付到个人账户，中间环节不经手。', 'civil_affairs'),
    ('family_hardship', '孩子爸爸在外面欠了债跑了，要债的隔三差五上门。', 'family'),
    ('family_hardship', '孩子有先天性心脏病，做了两次手术，家里的钱全花光了。', 'family'),
    ('family_hardship', '她妈妈生病走后，孩子晚上老做噩梦，哭着要妈妈。', 'family'),
    ('family_hardship', '我们老两口一个腿脚不便，一个常年吃药，带孩子实在吃力。', 'family'),
]
ROUND_F = [
    ('publicity_weak', '俺们这旮旯信息不灵通，啥新政策都是最后一个知道。', 'family'),
    ('publicity_weak', '表上那些条条框框，村里人十个有八个看不明白。', 'community'),
    ('publicity_weak', '当时谁也没告诉俺孩子这情况能领钱，白白错过了两年。', 'family'),
    ('publicity_weak', '宣传光在镇上搞，离得远的村根本没人去。', 'community'),
    ('publicity_weak', '我们是听隔壁王婶唠嗑才晓得有这回事的。', 'family'),
    ('misreporting', '底子没摸清，有的孩子情况变了名单也没跟着变。', 'civil_affairs'),
    ('misreporting', '报的时候图省事，一家一家核太费劲，就按老底子报了。', 'community'),
    ('misreporting', '俺家孩子条件够，可村里说名额满了，让明年再说。', 'family'),
    ('misreporting', '有些人家日子过得比谁都好，照样在名单上吃补助。', 'family'),
    ('communication_poor', '部门之间各自为战，一件事要开好几个协调会都定不下来。', 'civil_affairs'),
    ('communication_poor', '学校那边的辍学名单我们拿不到，得自己一个个去打听。', 'community'),
    ('communication_poor', '上面的文件层层转，转到我们手里都过期了。', 'community'),
    ('communication_poor', '残联说这事归民政，民政说得先有残联的证，我在中间转圈。', 'family'),
    ('supervision_weak', '领上钱之后，就跟没这回事一样，谁也没再来问过。', 'family'),
    ('supervision_weak', '督导就是开个会、听个汇报，下面真实情况看不到。', 'civil_affairs'),
    ('supervision_weak', '台账做得漂漂亮亮的，实际工作干了多少谁也不知道。', 'community'),
    ('supervision_weak', '对儿童主任干得好坏没有奖惩，干多干少一个样。', 'civil_affairs'),
    ('staff_capacity', '儿童主任这活儿谁都不愿意接，最后是硬派给我的。', 'community'),
    ('staff_capacity', '我们这代人文化低，那些表格、系统搞不来。', 'community'),
    ('staff_capacity', '社工专业的大学生来了也待不住，干两年就走。', 'civil_affairs'),
    ('staff_capacity', '一年到头光是迎接各种检查就把人累垮了。', 'community'),
    ('leadership_system', '现在是一级抓一级、层层抓落实，每个孩子都有人盯着。', 'community'),
    ('leadership_system', '盟里、旗里、苏木、嘎查四级都签了目标责任状。', 'civil_affairs'),
    ('diversified_rescue', '慈善会给孩子申请了助学金，一年两千。', 'family'),
    ('diversified_rescue', '镇上的企业老板逢年过节都来看孩子，给买吃的穿的。', 'family'),
    ('diversified_rescue', '我们对接了心理咨询机构，给有需要的孩子做团体辅导。', 'civil_affairs'),
    ('fund_guarantee', '钱按月打到卡里，准时得很，一天都不差。', 'family'),
    ('fund_guarantee', '这几年标准年年涨，发放也没断过。', 'civil_affairs'),
    ('family_hardship', '孩子娘精神不正常，犯起病来连孩子都不认得。', 'family'),
    ('family_hardship', '俺儿子前年在煤矿出事没了，儿媳妇改嫁了，俩孙子跟着俺。', 'family'),
    ('family_hardship', '家里穷得叮当响，孩子上学的书本费都是借的。', 'family'),
    ('family_hardship', '小的那个有哮喘，一到冬天就犯，一犯就得住院。', 'family'),
]
ROUND_G = [
    ('publicity_weak', '这政策就像藏在抽屉里的宝贝，有人用得上，可没人知道抽屉在哪儿。', 'community'),
    ('publicity_weak', '要说这事儿，还得怪我们自己消息闭塞，也怪没人往咱山里捎个话。', 'family'),
    ('publicity_weak', '村里墙上那张纸早让雨泡烂了，谁也不知道上头写的啥。', 'family'),
    ('publicity_weak', '我们这些在外头跑车的，家里有啥政策一概不清楚。', 'family'),
    ('publicity_weak', '不少家长是孩子老师打电话提醒了，才想起来去问。', 'community'),
    ('misreporting', '好些够条件的人家压根没进册子，倒是几户有门路的早早就进去了。', 'family'),
    ('misreporting', '头一轮摸排就是走个形式，村干部在屋里打几个电话就把表填了。', 'civil_affairs'),
    ('misreporting', '按规矩应该两个人一起入户，可实际上一个人去都难得。', 'civil_affairs'),
    ('misreporting', '审核的时候我们退回去一批，有的连孩子年龄都填错了。', 'civil_affairs'),
    ('communication_poor', '信息在各部门手里攥着，我们想用得一个个去求。', 'civil_affairs'),
    ('communication_poor', '残联那边有了新的康复项目，我们还是从家长嘴里听说的。', 'community'),
    ('communication_poor', '我拿着一摞材料，在几个办公室之间来回转，腿都跑细了。', 'family'),
    ('communication_poor', '上级一个部门一个口径，下面不知道该按哪个执行。', 'community'),
    ('supervision_weak', '这些年也没谁回头看看，孩子长成啥样了、钱管没管用。', 'family'),
    ('supervision_weak', '检查的来了，我们把档案盒摆整齐，他们翻几页签个字就走了。', 'community'),
    ('supervision_weak', '工作做到啥程度算合格，谁也说不上来，反正年底都是合格。', 'community'),
    ('supervision_weak', '说实话我们对下面的走访是抓不住的，只能相信他们报上来的。', 'civil_affairs'),
    ('staff_capacity', '我这个儿童主任是挂名的，真正干活的时候都在忙村里的大事小情。', 'community'),
    ('staff_capacity', '我们这些人，上面一句话下来就得跑断腿，哪还有心思琢磨孩子的心理。', 'community'),
    ('staff_capacity', '好几个村的儿童主任是六七十岁的老党员，字都认不全。', 'civil_affairs'),
    ('staff_capacity', '接待我的那个姑娘也是刚上班，问啥都要打电话请示。', 'family'),
    ('leadership_system', '这几年从上到下都把这事当回事了，一把手亲自抓，每一级都有人兜着。', 'civil_affairs'),
    ('leadership_system', '旗里有专门的班子管这个，苏木有人对接，嘎查有人跑腿，一环扣一环。', 'community'),
    ('diversified_rescue', '有个在外地当老板的同乡，每年给我们村的孩子寄学习用品。', 'community'),
    ('diversified_rescue', '学校食堂给孩子免了伙食费，班主任还常给买件衣服。', 'family'),
    ('diversified_rescue', '县里的心理老师每个月来一次，给孩子们上团体课。', 'community'),
    ('fund_guarantee', '钱这块没啥说的，月月到，分文不少，我们心里踏实。', 'family'),
    ('fund_guarantee', '资金是专户管理、直达到人，基层经不了手。', 'civil_affairs'),
    ('family_hardship', '孩子三岁那年她爸就蹲了大狱，她妈受不了这个苦，也走了。', 'family'),
    ('family_hardship', '一家子吃喝都指着我那点养老金，孩子的学费还得东拼西凑。', 'family'),
    ('family_hardship', '这娃心思重，不合群，在学校跟谁也不说话。', 'family'),
    ('family_hardship', '屋顶是漏的，冬天屋里跟冰窖一样，孩子手上全是冻疮。', 'family'),
]
ROUND_H = [
    ('publicity_weak', '政策出台好几年了，可在我们这儿还是新鲜事。', 'community'),
    ('publicity_weak', '很多监护人自己就是文盲，发再多材料也是白发。', 'civil_affairs'),
    ('publicity_weak', '他们说网上能查，可我连个智能手机都没有，上哪儿查去？', 'family'),
    ('publicity_weak', '我跟社区打听过两回，人家让我等通知，结果一直没等来。', 'family'),
    ('misreporting', '有的村为了少惹麻烦，能不报就不报，结果漏了不少。', 'civil_affairs'),
    ('misreporting', '认定这块弹性太大，同一个情况不同的人去看结论不一样。', 'civil_affairs'),
    ('misreporting', '我们家明明符合，可表上硬是给写成了一般困难户。', 'family'),
    ('misreporting', '名单里有个孩子都上大学了，还一直在领。', 'community'),
    ('communication_poor', '卫健的出生信息、教育的入学信息、民政的救助信息，三家谁也不挨着谁。', 'civil_affairs'),
    ('communication_poor', '我们往上报的情况，上面看没看、咋处理的，从来没个回话。', 'community'),
    ('communication_poor', '有时候同一个事，这个科室刚布置完，那个科室又来要一遍。', 'community'),
    ('supervision_weak', '从申请到现在，村里就来过一回，还是来让我按手印的。', 'family'),
    ('supervision_weak', '考核的时候只问建档率、覆盖率，孩子的变化谁也不关心。', 'community'),
    ('supervision_weak', '这项工作缺乏第三方评估，成效全靠自己说。', 'civil_affairs'),
    ('staff_capacity', '工作经费一分没有，下乡都是自己骑摩托、自己加油。', 'community'),
    ('staff_capacity', '人员老化严重，懂电脑会填系统的没几个。', 'civil_affairs'),
    ('staff_capacity', '我们村干部本身就这点人，天天被各种检查追着跑。', 'community'),
    ('staff_capacity', '社区那个姑娘人是好人，就是管的事太多了，顾不过来我们。', 'family'),
    ('leadership_system', '我们苏木书记是第一责任人，每个嘎查都有包联领导。', 'community'),
    ('leadership_system', '市里出台了实施意见，明确了各部门的任务清单和责任分工。', 'civil_affairs'),
    ('diversified_rescue', '邻县一个基金会给孩子出了做手术的大部分钱。', 'family'),
    ('diversified_rescue', '我们请了律师免费给几个孩子追讨抚养费。', 'civil_affairs'),
    ('fund_guarantee', '钱到得很准时，连一天都没晚过。', 'family'),
    ('fund_guarantee', '生活费标准逐年提高，资金足额按时发放到位。', 'civil_affairs'),
    ('family_hardship', '他爸有癫痫，干不了重活，他妈前年得病去世了。', 'family'),
    ('family_hardship', '孩子夜里老尿床，医生说是心理上的事，跟他妈走了有关系。', 'family'),
    ('family_hardship', '家里原先那点积蓄全给他爸治病花了，还欠了亲戚好几万。', 'family'),
]
RELIABLE_PAY = [
    ('fund_guarantee', '每个月的钱都是打到我的存折上。', 'family'),
    ('fund_guarantee', '钱是按月发的，一次也没落下。', 'family'),
]
POSITIVES = ROUND_A + ROUND_B + ROUND_C + ROUND_D + ROUND_E + ROUND_F + ROUND_G + ROUND_H + RELIABLE_PAY

# the opposite voice or a case THEMES.md says not to code: the named code must not be given
OPPOSITE = [
    ('publicity_weak', '村干部挨家挨户上门讲过，大家都清楚。', None),
    ('publicity_weak', '宣传单发到每户了，上面写得明明白白。', None),
    ('publicity_weak', '这个政策我们是第一时间就知道了。', None),
    ('publicity_weak', '我们今年开展了三次入户宣传。', None),
    ('misreporting', '每一户我们都上门核过，没有一户是照抄的。', None),
    ('misreporting', '我们家不符合条件，这个我认，没啥说的。', None),
    ('misreporting', '名单是经过村里评议、乡里审核、县里审批的。', None),
    ('communication_poor', '有事直接打给民政的张科长，他当天就回。', None),
    ('communication_poor', '我们和学校建了一个群，孩子有情况马上就知道。', None),
    ('communication_poor', '部门之间信息共享做得比较好。', None),
    ('supervision_weak', '儿童主任每个月都来家里看看，问孩子学习怎么样。', None),
    ('supervision_weak', '县里每年都组织第三方评估，还会抽查入户。', None),
    ('supervision_weak', '回访做得很扎实，每次都见到孩子本人。', None),
    ('leadership_system', '这事就我一个人在管，上面也没人。', None),
    ('leadership_system', '我们村主任人挺好的。', None),
    ('diversified_rescue', '除了政府的钱，别的帮助一点也没有。', None),
    ('diversified_rescue', '社会组织我们这边基本没有，进不来。', None),
    ('fund_guarantee', '钱经常拖两三个月才到。', None),
    ('fund_guarantee', '去年有半年没发，说是资金没到位。', None),
    ('staff_capacity', '我们现在人手是够的，分工也很清楚。', 'community'),
    ('staff_capacity', '今年又加了两个专职儿童督导员，忙得过来。', 'civil_affairs'),
    ('family_hardship', '我想问一下这个申请需要带什么材料。', 'family'),
    ('family_hardship', '我们登记在册的困境儿童里，父母重病重残的占一半以上。', 'civil_affairs'),
    ('family_hardship', '按文件，父母一方服刑、另一方重残的，算事实无人抚养。', 'civil_affairs'),
    ('family_hardship', '卫健那边掌握疾病信息，可是不和我们共享。', 'civil_affairs'),
    ('family_hardship', '留守儿童和困境儿童是两个概念，不能混在一起。', 'community'),
    ('publicity_weak', '群众对这项政策知晓率比较高，来咨询的也多。', 'civil_affairs'),
    ('communication_poor', '我们和教育局每个月对一次数据，比较顺畅。', 'civil_affairs'),
    ('supervision_weak', '每季度督导员都下来抽查，还要见到孩子本人。', 'community'),
    ('staff_capacity', '去年给每个村都配了专职的儿童主任，工作好开展多了。', 'civil_affairs'),
    ('staff_capacity', '我这一天到晚忙着照顾孙子，啥也顾不上。', 'family'),
    ('fund_guarantee', '钱倒是有，就是经常晚一两个月。', 'family'),
    ('publicity_weak', '村里开大会专门讲了，还发了明白纸，我一看就懂。', 'family'),
    ('publicity_weak', '我们把政策翻译成了蒙文，牧民都说看得明白。', 'civil_affairs'),
    ('misreporting', '我们每一户都是入户看过、邻居问过、公示过的，没一个不实的。', 'community'),
    ('communication_poor', '现在有了信息平台，学校、医院的信息我们都能实时看到。', 'civil_affairs'),
    ('communication_poor', '有啥事我直接给乡里的李主任打电话，一般当天就给答复。', 'community'),
    ('supervision_weak', '督导员每个月都来，每次都跟孩子单独聊一会儿。', 'family'),
    ('supervision_weak', '年底我们请第三方机构来评估，还要入户回访满意度。', 'civil_affairs'),
    ('staff_capacity', '我们镇今年新招了两个社工专业的大学生，专门干这个。', 'civil_affairs'),
    ('leadership_system', '我就是个普通村民，不了解上面怎么安排的。', 'family'),
    ('diversified_rescue', '除了国家的钱，就再没别人帮过我们。', 'family'),
    ('fund_guarantee', '钱是有，可三天两头地晚，有时候得拖到下个月。', 'family'),
    ('family_hardship', '请问这个表格是在哪儿领？', 'family'),
    ('publicity_weak', '政策一出来村里就开会讲了，我们都知道。', 'family'),
    ('publicity_weak', '宣传做得挺好，墙上也贴了，喇叭也喊了。', 'family'),
    ('misreporting', '我们家不够条件，村里给我们解释得清清楚楚，我也没意见。', 'family'),
    ('misreporting', '名单是村民代表大会评出来的，大家都服气。', 'community'),
    ('communication_poor', '学校有事第一时间就给我们打电话，配合得挺好。', 'community'),
    ('communication_poor', '现在旗里建了数据共享平台，各部门的信息都能查到。', 'civil_affairs'),
    ('supervision_weak', '儿童主任每个月都上门，还帮孩子辅导作业。', 'family'),
    ('supervision_weak', '我们有一套考核办法，走访要有照片、有签字，还要电话抽查家长。', 'civil_affairs'),
    ('staff_capacity', '儿童主任是专职的，受过系统培训，业务挺熟。', 'civil_affairs'),
    ('staff_capacity', '我是专门负责这一块的，不兼别的。', 'community'),
    ('fund_guarantee', '去年有两个月钱没按时到，说是财政紧张。', 'family'),
    ('fund_guarantee', '钱不多，一个月几百块，也不稳定，有时有有时没有。', 'family'),
    ('diversified_rescue', '啥社会组织，俺们这山沟沟里从来没见过。', 'family'),
    ('leadership_system', '说是有领导小组，其实就是挂个牌子，一年也开不了一次会。', 'civil_affairs'),
    ('family_hardship', '现在孩子身体好了，学习也上来了，家里日子也好过了。', 'family'),
    ('publicity_weak', '社区公众号经常推送政策解读，我就是在上面看到的。', 'family'),
    ('publicity_weak', '宣传我们做得比较扎实，入户、开会、广播都用上了，群众知晓率挺高。', 'civil_affairs'),
    ('misreporting', '上报之前我们都要入户调查、民主评议，再张榜公示。', 'community'),
    ('communication_poor', '我们和学校的老师都有微信，孩子有啥事随时沟通。', 'community'),
    ('supervision_weak', '去年第三方评估的时候还专门到我家问了孩子的情况。', 'family'),
    ('staff_capacity', '今年培训搞了好几次，讲得很实用，大家收获挺大。', 'community'),
    ('diversified_rescue', '就国家那点钱，别的什么帮助也没有。', 'family'),
    ('fund_guarantee', '资金下达得慢，上半年的钱到七月才发。', 'civil_affairs'),
    ('leadership_system', '说是层层都有人负责，真出了事谁也找不着。', 'family'),
    ('publicity_weak', '以前宣传不到位，这两年好多了，基本家家都知道。', 'civil_affairs'),
    ('misreporting', '我们家不够条件，人家给我们讲了为啥，我们也理解。', 'family'),
    ('communication_poor', '以前部门之间沟通不畅，现在有了联席会议，顺多了。', 'civil_affairs'),
    ('supervision_weak', '督导员每次来都要跟孩子单独聊，还看孩子的作业本。', 'family'),
    ('staff_capacity', '我们儿童主任年轻有文化，电脑用得可溜了。', 'community'),
    ('fund_guarantee', '钱是有的，就是时有时无，说不准哪个月到。', 'family'),
    ('diversified_rescue', '社会上的帮助我们没见着，全靠政府这点钱。', 'family'),
    ('leadership_system', '这个工作基本就是我一个人在弄，没啥体系。', 'community'),
    ('publicity_weak', '村广播天天播这个政策，我耳朵都听出茧子了。', 'family'),
    ('misreporting', '我们这儿评得公道，谁家啥情况大伙都心里有数。', 'family'),
    ('communication_poor', '县里建了个群，各部门的联络员都在里面，有事一喊就到。', 'civil_affairs'),
    ('supervision_weak', '镇上的督导员隔一阵就来，每回都看看孩子的作业本、问问吃得好不好。', 'family'),
    ('staff_capacity', '我们的儿童主任是师范毕业的，跟孩子打交道很有一套。', 'community'),
    ('fund_guarantee', '这钱三天打鱼两天晒网，没个准头。', 'family'),
    ('diversified_rescue', '除了这点补贴，没人搭理我们。', 'family'),
    ('family_hardship', '孩子他爸现在出来了，找了个正经工作，家里慢慢好起来了。', 'family'),
    ('publicity_weak', '社区的人上门讲了好几回，政策我都背下来了。', 'family'),
    ('misreporting', '认定都是按文件来的，每一户都有入户记录和照片。', 'community'),
    ('communication_poor', '我们和学校、卫生院每个月通一次气，有情况马上通报。', 'community'),
    ('supervision_weak', '旗里每年都会抽查，见不到孩子本人就不算数。', 'community'),
    ('staff_capacity', '我们人员配备比较齐，每个村都有专职儿童主任。', 'civil_affairs'),
    ('fund_guarantee', '今年钱发得比往年晚，到现在还没到。', 'family'),
    ('diversified_rescue', '社会组织来过一次，拍了几张照片就再没来过。', 'family'),
    ('communication_poor', '认定这块弹性太大，同一个情况不同的人去看结论不一样。', 'civil_affairs'),
]

# sentences on the same topics without any theme: no code at all
NEUTRAL = [
    (None, '孩子他姥姥住在旗里，放假我们去看看她。', 'family'),
    (None, '我们今年的工作重点是规范建档。', 'civil_affairs'),
    (None, '我们家住在村子最西头，门口有棵老榆树。', 'family'),
    (None, '那会儿我刚调到民政局，还不太熟悉情况。', 'civil_affairs'),
    (None, '你喝口水，慢慢问。', 'family'),
    (None, '谢谢政府，谢谢你们来看我们。', 'family'),
    (None, '孩子今年期末考了班里第三名。', 'family'),
    (None, '我们苏木离旗里一百多公里，路不太好走。', 'civil_affairs'),
    (None, '我们村今年新修了一条水泥路。', 'community'),
    (None, '老人说话口音重，你多担待。', 'family'),
    (None, '我先给你说说我们的基本情况。', 'civil_affairs'),
    (None, '孩子下个月就要中考了，我们都盼着她考个好学校。', 'family'),
    (None, '我们旗一共十八个苏木乡镇。', 'civil_affairs'),
    (None, '今天天气不错，孩子上学去了。', 'family'),
    (None, '我在村委会工作了十二年，主要负责民政这一块。', 'community'),
    (None, '孩子今年上三年级了，学习还可以。', 'family'),
    (None, '我们每年年初制定工作计划，年底做总结。', 'civil_affairs'),
    (None, '孩子们放假了，在院子里玩。', 'family'),
    (None, '我们镇一共十二个村，三万来人。', 'civil_affairs'),
    (None, '我们村今年种的玉米收成不错。', 'community'),
    (None, '访谈就到这儿吧，谢谢您。', 'family'),
    (None, '我在民政局工作五年了，之前在乡镇。', 'civil_affairs'),
    (None, '我家住在镇东头，离学校不远。', 'family'),
    (None, '今年我们苏木的牧草长得不错。', 'civil_affairs'),
    (None, '这个问题我得想一想再回答你。', 'community'),
    (None, '我们家三口人，我、老伴和孙女。', 'family'),
    (None, '孙女今年十岁，在镇上的小学念四年级。', 'family'),
    (None, '平时我下地干活，老伴在家做饭。', 'family'),
    (None, '那天村里的儿童主任来了，问了问孩子的情况。', 'family'),
    (None, '我是去年九月份提交的申请，十一月批下来的。', 'family'),
    (None, '材料就是户口本、身份证和一张申请表。', 'family'),
    (None, '孩子喜欢画画，老师也夸她画得好。', 'family'),
    (None, '过年的时候她爸打来电话，说今年回不来。', 'family'),
    (None, '我们这儿离旗里有八十公里，坐班车要两个小时。', 'family'),
    (None, '我在这个岗位上干了六年了。', 'community'),
    (None, '我们社区有困境儿童十二个，留守儿童三十多个。', 'community'),
    (None, '每季度我们要把走访记录报到街道。', 'community'),
    (None, '儿童主任的主要职责是摸排、走访、建档和转介。', 'community'),
    (None, '申请流程是本人申请、村里初审、乡镇审核、旗里审批。', 'civil_affairs'),
    (None, '基本生活费的标准是每人每月一千二百元。', 'civil_affairs'),
    (None, '我们局里分管这块的是一个副局长。', 'civil_affairs'),
    (None, '今年上半年我们组织了两次业务培训。', 'civil_affairs'),
    (None, '学校每学期会把学生的名单报给教育局。', 'civil_affairs'),
    (None, '我们跟残联每年对一次残疾儿童的数据。', 'civil_affairs'),
    (None, '孩子的户口在老家，人跟着我在城里。', 'family'),
    (None, '你问宣传啊，村里的喇叭每天早上都放。', 'family'),
    (None, '我问过社区，社区说下个月有人来家里看看。', 'family'),
    (None, '审核的时候要看病历和诊断证明。', 'civil_affairs'),
    (None, '政策文件是二〇一九年下发的。', 'civil_affairs'),
    (None, '他们俩一个上初中一个上小学。', 'family'),
    (None, '村委会就在我家前面那条街上。', 'family'),
    (None, '这个孩子学习很好，年年拿奖状。', 'community'),
    (None, '我们今年把明白纸发到了每一户。', 'community'),
    (None, '民政、教育、卫健每个季度开一次碰头会。', 'civil_affairs'),
    (None, '我每个月都去那几户看一看，跟孩子聊聊天。', 'community'),
    (None, '他爷爷身体还硬朗，每天早上遛弯。', 'family'),
    (None, '我们嘎查的儿童主任是专职的，年轻，干得挺好。', 'community'),
    (None, '访谈者说的这个问题，我们这儿没遇到过。', 'community'),
    (None, '上面来检查的时候会随机抽几户入户看。', 'community'),
    (None, '有什么不懂的，我就打电话问苏木的督导员，她解释得很清楚。', 'community'),
    (None, '我们把政策编成了顺口溜，老人都记得住。', 'civil_affairs'),
    (None, '孩子放学回来先写作业再吃饭。', 'family'),
    (None, '我们这个村一共四百多户，一千五百来人。', 'community'),
]

# the same topic with and without the problem (or, for the achievement themes, with and without the thing)
NEGATION_PAIRS = [
    ('publicity_weak', '宣传不到位，好多人不知道有这个政策。', '宣传很到位，大家都知道有这个政策。', 'family'),
    ('publicity_weak', '从来没人跟我们讲过这个补贴。', '村干部专门上门跟我们讲过这个补贴。', 'family'),
    ('misreporting', '名单没入户核实就报上去了。', '名单都是入户核实过才报上去的。', 'community'),
    ('communication_poor', '部门之间沟通不畅，信息不共享。', '部门之间沟通很顺畅，信息都共享。', 'civil_affairs'),
    ('supervision_weak', '批下来以后再没人来回访过。', '批下来以后每个月都有人来回访。', 'family'),
    ('staff_capacity', '我们人手不够，忙不过来。', '我们人手是够的，忙得过来。', 'community'),
    ('fund_guarantee', '补贴从来没拖过，月月按时到。', '补贴经常拖，有时候两三个月才到。', 'family'),
    ('diversified_rescue', '有志愿者经常来给孩子辅导功课。', '从来没有志愿者来过我们这儿。', 'family'),
    ('leadership_system', '每个村都有专人负责，县乡村三级分工明确。', '没有专人负责，就我一个人在管。', 'community'),
    ('family_hardship', '孩子他爸前年去世了，家里就靠我一个人。', '孩子他爸身体好好的，在家种地。', 'family'),
]


# whole respondent turns with the complete set of codes a careful coder gives (written after round F, 16/16, 0 extra)
TURNS = [
    (['family_hardship'],
     '俺们家就俺跟孙子俩人过。他爹前些年在外头打工，从架子上摔下来，人就没了。他娘后来走了，一直没个信儿。'
     '俺今年七十一了，腿脚不利索，种不了多少地，平时就靠捡点瓶子卖钱。', 'family'),
    (['family_hardship', 'fund_guarantee'],
     '孩子从生下来就有病，心脏不好，到医院看了好几回。现在一个月国家给一千多，按月打到卡上，从来没晚过，要不是这个钱，'
     '药都吃不起。', 'family'),
    (['family_hardship', 'publicity_weak'],
     '他妈跟人跑了以后，我一个人带俩孩子，白天上班晚上还得做饭洗衣服。这个补贴我是去年在医院排队的时候，'
     '听旁边一个大姐说的，之前压根不知道还有这个。', 'family'),
    (['diversified_rescue'],
     '有啊，县里有个公益组织，每学期开学都给孩子送文具书包。还有个大学生志愿者，每个礼拜给孩子视频辅导一次数学。',
     'family'),
    ([],
     '那天来了两个人，一个是镇上的，一个是村里的，看了看家里，问了问孩子上学的事，让我签了个字。'
     '过了一个多月就批下来了。', 'family'),
    (['supervision_weak'], '批下来以后就再没人来过。本子上倒是说每个月要来看一次，可我一次也没见着。', 'family'),
    (['staff_capacity', 'supervision_weak'],
     '我们镇二十三个村，督导员就我一个，还管着低保和养老。上面考核就看系统里走访记录填没填，孩子到底怎么样，没人问。',
     'civil_affairs'),
    (['fund_guarantee', 'leadership_system'],
     '我们旗成立了由分管副旗长任组长的领导小组，苏木乡镇有督导员，嘎查村有儿童主任，资金列入财政预算，'
     '按月足额发放到监护人账户。', 'civil_affairs'),
    (['communication_poor'],
     '最难的是跟别的部门要数据。教育局的学籍、公安的户籍、残联的残疾人信息，我们都得一个个去要，'
     '有时候发了函一两个月都没回音。', 'civil_affairs'),
    (['misreporting'],
     '说实话有的村报上来的不准。有一个孩子，表上写父亲服刑，我们去一看，人家父亲早就出来了，在家里开三轮车。',
     'civil_affairs'),
    ([], '我在这个村当儿童主任四年了，主要是摸排、建档、走访，每个月把孩子的情况录到系统里。', 'community'),
    ([], '孩子今年上初二了，成绩中等，老师说他挺懂事的，跟同学处得也好。', 'family'),
    (['publicity_weak'],
     '宣传这块我们一直在做，但说实话效果一般。上了年纪的人不会用手机，开会又不来，很多人到现在还不知道有这个政策。',
     'community'),
    (['family_hardship', 'staff_capacity'],
     '有户人家，孩子奶奶瘫在床上，爷爷七十多了还出去打零工。我很想多去几趟，可我一个人管着全村四百多户，实在跑不过来。',
     'community'),
]

# colloquial evaluations of a topic (settings.polarity): problem and positive voice
EVALUATIONS = [
    ("publicity_weak", "宣传这块做得不咋地。", "宣传这块挺给力的。", "community"),
    ("communication_poor", "部门之间的配合说实话挺差劲的。", "部门之间的配合没得说。", "civil_affairs"),
    ("supervision_weak", "回访基本是做样子。", "回访做得挺靠谱的。", "community"),
    ("communication_poor", "上下级沟通有点掉链子。", "上下级沟通杠杠的。", "community"),
]


@pytest.fixture(scope="module")
def coder():
    return AutoCoder(load_codebook(CODEBOOK))


@pytest.fixture(scope="module")
def codebook():
    return load_codebook(CODEBOOK)


def test_codebook_is_clean():
    assert validate_codebook(CODEBOOK) == []


def test_top_level_codes_follow_the_thesis(codebook):
    tops = [c for c in codebook.codes if c.parent is None]
    assert [c.id for c in tops] == ["achievements", "operation", "implementation", "follow_up", "context"]
    assert [c.label for c in tops] == ["成效", "运行阶段", "执行阶段", "后续阶段", "背景与成因"]
    assert all(c.label_en for c in tops)
    defs = {c.id: c.definition for c in tops}
    assert all(w in defs["achievements"] for w in ("三级领导体系", "多元救助", "资金保障"))
    assert "政策宣传不到位" in defs["operation"]
    assert all(w in defs["implementation"] for w in ("误报困境儿童", "沟通不畅"))
    assert all(w in defs["follow_up"] for w in ("监督不力", "缺乏救助工作评估"))


def test_themes_sit_under_their_stage(codebook):
    parent = {t: codebook[t].parent for t in THEMES}
    assert parent == {
        "leadership_system": "achievements", "diversified_rescue": "achievements", "fund_guarantee": "achievements",
        "publicity_weak": "operation",
        "misreporting": "implementation", "communication_poor": "implementation",
        "supervision_weak": "follow_up",
        "staff_capacity": "context", "family_hardship": "context",
    }
    assert all(codebook[t].rules for t in THEMES)
    assert not any(c.rules for c in codebook.codes if c.parent is None)


@pytest.mark.parametrize("code,text,role", POSITIVES)
def test_paraphrase_is_coded(coder, code, text, role):
    assert code in coder.codes_for(text, role=role), coder.explain_text(text)


@pytest.mark.parametrize("code,text,role", OPPOSITE)
def test_opposite_voice_is_not_coded(coder, code, text, role):
    assert code not in coder.codes_for(text, role=role), coder.explain_text(text)


@pytest.mark.parametrize("code,text,role", NEUTRAL)
def test_neutral_sentence_gets_no_code(coder, code, text, role):
    assert coder.codes_for(text, role=role) == [], coder.explain_text(text)


@pytest.mark.parametrize("code,present,absent,role", NEGATION_PAIRS)
def test_negation_pair(coder, code, present, absent, role):
    assert code in coder.codes_for(present, role=role), coder.explain_text(present)
    assert code not in coder.codes_for(absent, role=role), coder.explain_text(absent)


def test_who_says_it_matters(coder):
    # busy words: the guardian's own life, or the staff's workload
    assert "staff_capacity" not in coder.codes_for("我这一天到晚忙着照顾孙子，啥也顾不上。", role="family")
    assert "staff_capacity" in coder.codes_for("我这一天到晚忙着填表，孩子这块顾不上。", role="community")
    # 才知道: a guardian learning of the policy late is publicity; staff learning of a case late is not
    assert "publicity_weak" in coder.codes_for("我是去年才知道有这个补贴的。", role="family")
    assert "publicity_weak" not in coder.codes_for("孩子辍学半年了，我们才知道。", role="community")
    # hardship words as a category (staff) are not a family's story; a family told by staff is
    assert "family_hardship" not in coder.codes_for("登记在册的孩子里，父母服刑的占三成。", role="civil_affairs")
    assert "family_hardship" in coder.codes_for("有一户，孩子爸爸服刑，妈妈改嫁了。", role="civil_affairs")


@pytest.mark.parametrize("code,problem,fine,role", EVALUATIONS)
def test_colloquial_evaluations(coder, code, problem, fine, role):
    assert code in coder.codes_for(problem, role=role), coder.explain_text(problem)
    assert code not in coder.codes_for(fine, role=role), coder.explain_text(fine)


@pytest.mark.parametrize("codes,text,role", TURNS)
def test_turn_gets_exactly_its_codes(coder, codes, text, role):
    got = set()
    for sentence in text.replace("。", "。\n").splitlines():
        if sentence:
            got |= set(coder.codes_for(sentence, role=role))
    assert got == set(codes), coder.explain_text(text)
