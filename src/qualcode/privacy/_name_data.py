"""Word lists of person-name detection: titles, surnames, words that look like names but are not.

``surnames()`` reads ``qualcode/data/surnames_zh.txt`` (百家姓 + frequent modern surnames, public domain).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["AMBIGUOUS", "COMMON_FREQ", "COMMON_WORDS", "COMPOUND_WORDS", "COURT_PARTIES", "CUE_AFTER", "CUE_BEFORE",
           "FAMOUS",
           "FUNCTION_SURNAMES", "GIVEN_WHEN_CUED", "JOB_TITLE_RE", "KIN_WORD", "LIST_CUES", "NEVER_NAMES", "NOT_GIVEN",
           "NOT_PERSON", "ROLE_NOUNS", "SAID_TWICE", "SAID_TWICE_SURNAMES", "STOP_CHARS", "TITLES", "TITLE_RE",
           "surnames"]

#: Verbs and prepositions that stand before a place (在开州区, 到克乡): never a syllable one character before its
#: place word.
BEFORE_PLACES = frozenset("在住是到去往从于为跟把被给让叫说有来回")
#: ... and these, with the particles and 家/里, are never a one-character syllable inside a place name either (阿苏木果
#: 家|在|越西县); other grammar characters may be (额敏县喀拉|也|木勒镇, 上都镇, 和布克赛尔).
NOT_IN_PLACE_NAMES = BEFORE_PLACES | frozenset("的地得了着过家里")

#: The kin words of Hubei and Hunan for a grandfather, a grandmother, an old man, an aunt (熊嗲, 饶婆婆, 伍爹爹), titles
#: that KIN_WORD does not hold.
_DIALECT_KIN = ("嗲", "嗲嗲", "爹爹", "婆婆", "娘娘", "嬢嬢", "阿嬷", "嬷",  # (嬢嬢 of Sichuan, 阿嬷 and 嬷 of Minnan)
                "阿婆", "阿公", "阿伯", "阿叔", "阿婶", "阿嫲")  # (of Wu, Min and Cantonese: 叶阿婆, 池阿公)
#: Kin words with an order of birth after a surname (郝二嫂, 暴三叔, 贺二爸: the second sister-in-law, the third uncle).
_ORDINAL_KIN = tuple(o + k for o in "二三四五六七八九幺" for k in "嫂叔婶姨伯哥姐爸妈爷娘娃")  # (黎二娃, 胡三娘)
#: Titles and kinship words that follow a surname or name; kept in the pseudonymised text.
TITLES = tuple(sorted({
    "主任", "书记", "老师", "大夫", "医生", "校长", "院长", "局长", "副局长", "科长", "处长", "股长", "所长", "站长",
    "乡长", "镇长", "县长", "村长", "市长", "组长", "队长", "会计", "干事", "专干", "主席", "经理", "老板", "师傅",
    "律师", "警官", "护士", "社工", "支书", "委员", "部长", "教授", "场长", "厂长", "大姐", "大哥", "阿姨", "叔叔",
    "奶奶", "爷爷", "大爷", "大娘", "大妈", "大嫂", "大叔", "大婶", "大伯", "婶子", "嫂子", "姥姥",
    "姥爷", "老太", "老汉", "同志", "先生", "女士", "小姐", "阿訇",  # (the imam of a Hui mosque: 白守礼阿訇)
    "姐", "哥", "叔", "婶", "嫂", "姨", "伯", "姨姨", "伯伯",  # (北方 'auntie' said twice: 娃们叫我雒姨姨)
    *_DIALECT_KIN, *_ORDINAL_KIN,
}, key=len, reverse=True))
TITLE_RE = re.compile("|".join(TITLES))
#: Cues of writing a name on a form, right before the name as the form wrote it (写成, 登记成, 签的是 ...), or of
#: saying it as a roll call or a teacher did (点成向阿日罕: 'called out as'), or of a form that changed it (改成).
WRITING_CUE = "(?:(?:写|登记|填|记|录|打|错|签|印|点|念|喊|叫|改)成[了过]?|写的是|登记为|签的是)"
#: ... matched where it ends at the end of the searched range (``search(text, lo, s)``: a cue right before ``s``).
WRITTEN_BEFORE = re.compile(WRITING_CUE + r"\Z")
#: Stop characters that follow a cue of writing as a name's first character, never as its grammar (改成|再|努拉・图尔荪:
#: 再 'again' cannot stand between 改成 and what the form wrote).
AFTER_CUE = frozenset("再又还也就都才")

#: Surname characters that are also everyday function words; they start a name only with strong evidence.
AMBIGUOUS = set("和于从向都那能有时相东国家后公利红空通别步言福年爱阳法海归商第是双全万百明平文成安关路江"
                "高方常周黄金白马师宁云钱田甜乐包区查来养信门母祖申盖玉施卫位寸闪线虎过侬代折畅续税")
#: Surnames the detector knows but the name model and the given-name statistics learn nothing from: jieba's
#: dictionary tags as names only words of the classics that start with them (操 of 曹操: 操大怒, 操引兵; 代宗,
#: 代天子), or as many phrases as names (过江龙, 过堂风, 过小年 beside 过海萍), which would teach them text, not names.
UNTRAINED_SURNAMES = frozenset("操过代")
#: Surname characters that are above all grammar words: a name with one of them needs jieba's name tag as well.
FUNCTION_SURNAMES = set("和于从向都那能有时相是第来以区全双万百位过")
#: ... and with them the surnames that are above all grammar words too, 让 'let', 把/被 (disposal, passive), 才, 也, 就,
#: 要, 还: rare, but writers of blind sets and registers use them (才俊豪, 把梓涵, 要子轩).
GRAMMAR_SURNAMES = frozenset(FUNCTION_SURNAMES | set("让才也就要还把被"))
#: ... and 向 'towards', the surnames a text must show to be surnames (declared, said with a name found whole).
WORDLIKE_SURNAMES = frozenset(GRAMMAR_SURNAMES | {"向"})
#: Grammar words no one says twice over (柯志能|能帮, 苗振和|和调度) ...
SAID_TWICE = frozenset("能都有才也就还要让把被和与及或跟同")
#: ... of them (and 向), the surnames: said twice around a name, one of the two is its surname (就让|让文娟, 还秀梅还).
SAID_TWICE_SURNAMES = frozenset(SAID_TWICE & GRAMMAR_SURNAMES | {"向"})
#: Two-character words that jieba may tag as names but are mostly ordinary words.
COMMON_WORDS = {"孙子", "孙女", "孙家", "高峰", "白雪", "向阳", "方正", "文明", "常青", "金山", "江山", "白云",
    "高山", "周全", "黄河", "马上", "高兴", "周末", "王国", "黄金", "方面", "常常", "向来", "都是", "钱财", "田地",
    "安全", "平安", "成功", "明白", "关心", "路上", "江南", "于是", "和平", "时间", "国家", "宁可", "石头", "林子",
    "叶子", "包子", "李子", "杨柳", "朱红", "华夏", "温暖", "韩国", "高中", "高级", "程度", "任务", "任何", "许多",
    "何况", "余额", "连续", "邵阳", "汤圆", "雷锋", "龙门", "毛病", "苏木", "吉祥", "强大", "伍佰", "贾宝玉", "孟母",
    "凤凰", "花园", "谢谢", "谢谢您", "祖母", "祖父母", "盖章", "玉米", "养牛", "银行卡", "银行", "银行卡号",
    "余额宝", "钟点工", "明天", "时候", "东西", "乐意", "庞大", "康复", "孔子", "老子", "柏林", "冯巩", "司机",
    "司令", "司法", "东方", "乌云"}
#: Words for a kind of name (经名 the religious name of Hui and Salar, 汉名 the Han name of a minority person).
KINDS_OF_NAME = ("经名", "汉名", "藏名", "蒙古名", "蒙名", "学名", "小名", "乳名", "本名", "原名", "曾用名")
CUE_BEFORE = ("叫", "名叫", "叫做", "名字", "姓名", "名为", "取名", "起名", "名字叫", "名字是", *KINDS_OF_NAME)
#: Words after which a name often stands (户主郑国华, 老伴韩国庆, 志愿者白雪); titles count too (儿童主任孙秀英).
#: Parties of a court case, as a judgment read out or a parent in prison names them: a name never grows over one
#: (第三人|王建国, not 第三|人王建国), but they are no role nouns that cue a name (被告|陈述 is 'the defendant states').
COURT_PARTIES = ("原告", "被告", "第三人", "上诉人", "被上诉人", "申请人", "被申请人", "代理人", "当事人", "证人",
                 "被执行人")
ROLE_NOUNS = {"户主", "楼长", "监护人", "母亲", "父亲", "老伴", "丈夫", "妻子", "媳妇", "儿媳", "女婿", "儿子", "女儿",
    "孙子", "孙女", "外孙", "外孙女", "外孙子", "爷爷", "奶奶", "姥姥", "姥爷", "外婆", "外公", "妈妈", "爸爸",
    "他爸", "他妈", "她爸", "她妈", "孩子他爸", "孩子他妈", "孩子爸", "孩子妈", "舅舅", "姑姑", "叔叔", "阿姨", "哥哥",
    "姐姐", "弟弟", "舅妈", "姑妈", "姨妈", "姑父", "姨父", "小姨", "婶婶", "伯伯", "大伯", "伯母", "表叔", "堂叔",
    # (kin words of the south-west: 幺爸 "youngest uncle", 嬢嬢 "aunt", 家婆/家公 "mother's parents")
    "幺爸", "幺叔", "嬢嬢", "家婆", "家公",
    "妹妹", "侄子", "侄女", "孩子", "学生", "村民", "干部", "志愿者", "大学生", "社工", "同事", "邻居", "老乡",
    "朋友", "同学", "负责人", "联系人", "经办人", "网格员", "专干", "比如", "像", "例如", "比方说", "比如说", "就是",
    "名叫", "叫", "叫做", "姓名", "名字", "嘎查达", "村医", "班主任", "儿童主任", "队长", "局长", "站长", "主任",
    "书记", "老师", "会计", "校长", "兄弟", "姐妹", "弟兄", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟",
    "堂妹", "外甥", "外甥女", "亲家", "公公", "婆婆", "岳父", "岳母", "继父", "继母", "后妈", "干妈", "保姆", "院长",
    "所长", "医生", "护士", "律师", "助理", "民警", "警官", "校医", "园长", "老板", "大哥", "大姐", "小伙子", "姑娘",
    "老头子", "老婆子", "老公", "老婆", "老汉", "乡老", "工友", "病友", "室友", "舍友", "战友", "同乡", "亲家母",
    "亲家公",
    # (people at work and next door: 班长|倪彩霞, 房东|江有德, 专职委员|戚建国, 工会主席|钮建平)
    "班长", "房东", "帮工", "主席", "委员", "厂长", "科长", "同桌", "店主", "老板娘", "徒弟", "教练", "辅导员", "保安",
    "厨师", "调解员", "村官",
    # (kin by marriage, by adoption and by birth order: 姐夫|臧建设, 老太婆|黄菊英, 二舅|王建国)
    "姐夫", "妹夫", "大嫂", "老太婆", "老太太", "老爷子", "连襟", "继子", "养子", "养女",
    "表舅", "表姨", "舅公", "舅爷", "姑奶奶", "姨奶奶", "干爹", "孙媳妇", "侄媳妇", "大舅", "二舅", "小舅", "大姨",
    "二姨", "大叔", "二叔", "三叔", "小叔", "二伯", "三伯",
    # (a pronoun and a bare kin character of northern speech: 跟他爷|党满仓过, 额大 'my father' in Guanzhong)
    "他爷", "她爷", "我爷", "俺爷", "额爷", "他奶", "她奶", "我奶", "俺奶", "额奶", "他爹", "她爹", "我爹", "俺爹",
    "他娘", "她娘", "俺娘", "他大", "她大", "俺大", "额大"}
#: Adverbs that are also first syllables of transliterated names (更登, 也尔肯, 再努尔, 才仁, 都古尔), and the
#: preposition 向 (向巴, 向秋, Tibetan): between a role or kin word and a name, a syllable.
ADVERB_SYLLABLES = frozenset("更也再又才都向")
#: Characters that end a run: function words, pronouns, particles and everyday one-character verbs.
STOP_CHARS = frozenset("的地得了着过说讲问叫告是在和与及或跟同给对向从由到往把被让也都还又就才再很太最更常不没有"
                       "我你您他她它们咱俺这那哪谁啥个些每各家里上下中呢吧啊吗呀嘛哦啦哈嗯哎唉呃"
                       "来去看走回要会能想买吃喝打找帮带送陪喊骂做当成住死病哭笑坐站拿放开跑玩请抱盼等怕催劝哄夸考人")
#: Kin words after which a name, never a bare surname, follows (儿子|胡和巴特尔: no one calls a son 胡).
KIN_BEFORE_NAMES = ("儿子", "女儿", "孙子", "孙女", "外孙", "外孙女", "我哥", "我姐", "我弟", "我妹", "哥哥", "姐姐",
                    "弟弟", "妹妹", "老伴", "丈夫", "妻子", "媳妇", "男人", "女婿", "儿媳", "爷爷", "奶奶", "姥姥",
                    "姥爷", "外公", "外婆", "阿爸", "阿妈", "额吉", "老大", "老二", "老三", "老四", "老五")


#: Last characters of words for occupations (康复师, 网格员, 宿管): a name does not start inside one.
ROLE_ENDS = frozenset("师员管")
#: Words that are never names, whatever jieba's tag says.
NEVER_NAMES = {"孙子", "孙女", "外孙", "外孙女", "谢谢", "谢谢您", "银行卡", "银行", "时候", "东西", "明天", "祖母",
    "花光", "包户", "孤儿", "祖父母", "母亲节", "申请书", "盖章", "玉米", "小米",
    # kin words with the prefix 阿 of southern speech (阿嬷 grandma in Minnan, 阿婆, 阿公, 阿伯 ...): no names
    "阿嬷", "阿婆", "阿公", "阿爷", "阿奶", "阿伯", "阿叔", "阿婶", "阿嫂", "阿舅", "阿姑", "阿爹", "阿娘"}
CUE_AFTER = ("说", "讲", "告诉", "同学", "他们", "她们", "家", "来", "去", "帮")
NOT_GIVEN = set("的了是在我你他她们来去说和也就都还又很不没有这那个人吗呢吧啊呀么着过把被给让什怎哪谁几多每各家"
                 "该此其之与及或而但也且只才已曾将要会能可以为对向从到自从把一二三四五六七八九十两年月日号岁"
                 "您咱俺啥咋嘛哦嗯哎呢请书米肉节章旗镇县乡区市省局院所站队厂店馆病药块饭菜房屋钱账表证卡费补贴款"
                 "爸妈爷姥婶舅")
#: Characters of NOT_GIVEN that are common in given names all the same (王家和, 祁有福, 佟向前, 刘有才, 张秀月,
#: 李书文): taken where a cue, a title or a second mention says "name" (:func:`qualcode.privacy._name_rules.is_given`
#: with ``cued``).
GIVEN_WHEN_CUED = frozenset("家有向才月书来再可以又")
#: A dictionary word more frequent than this (jieba's counts) is taken for an ordinary word unless a cue says name.
COMMON_FREQ = 100
KIN_WORD = re.compile(r"[爸妈爷奶姥姨叔婶哥姐弟妹舅]")
#: Titles of a job or office, not of kinship (付长河和|婶子 is 'and the aunt'; 村小的贾福来|老师).
JOB_TITLE_RE = re.compile("|".join(t for t in TITLES if len(t) >= 2 and not KIN_WORD.search(t)
                                   and t not in ("大哥", "老太", "老汉", "同志", "先生", "女士", "嫂子", "大娘",
                                                 *_DIALECT_KIN)))
CJK = re.compile(r"[\u4e00-\u9fff]")
#: Chinese numeral characters: no name holds one (一·二九 is a date, 初三 a grade).
NUMERALS = frozenset("〇零一二三四五六七八九十百千万")
#: The spaces and middle dots people write inside names (赵 德 胜, 那顺·乌日图, 阿拉坦•巴根).
NAME_SPACES = " \u3000"
NAME_DOTS = "·•・‧"
#: ... and the full stops a form or a keyboard writes for a name's middle dot (马尔胡兰.吾木尔别克).
TYPED_DOTS = ".．"
#: Historical, literary and legendary figures: their names are not personal information of anyone interviewed
#: (司马光砸缸, 诸葛亮借东风, 学雷锋). A detected name equal to one of them is left alone.
FAMOUS = {"司马迁", "司马光", "司马懿", "司马昭", "司马炎", "司马相如", "诸葛亮", "诸葛孔明", "欧阳修", "令狐冲",
    "上官婉儿", "东方不败", "东方朔", "慕容复", "皇甫嵩", "端木蕻良", "公孙胜", "尉迟恭", "长孙无忌", "宇文泰",
    "轩辕黄帝", "成吉思汗", "铁木真", "努尔哈赤", "忽必烈", "窝阔台", "嘎达梅林", "乌兰夫", "雷锋", "孔子", "孟子",
    "老子", "庄子", "李白", "杜甫", "白居易", "苏轼", "岳飞", "包拯", "孙悟空", "猪八戒", "林黛玉", "贾宝玉",
    "王昭君", "刘三姐",  # (the singer of Zhuang folk songs)
    "花木兰", "孙中山", "毛泽东", "周恩来", "邓小平", "鲁迅", "孟母", "曹操", "刘备", "关羽", "张飞", "武则天",
    "秦始皇", "苏克萨哈",
    # (scientists held up to children: 要像竺可桢一样)
    "竺可桢", "钱学森", "袁隆平", "华罗庚", "李四光", "詹天佑", "邓稼先", "屠呦呦", "李时珍", "张衡"}
#: Words of the region that look like surname + given name or like a minority name but name no person: Mongolian
#: and Tibetan common nouns, festivals, places and greetings (额吉 "mother", 敖包, 那达慕, 嘎查 "village", 格桑花,
#: 巴雅尔拉 "thank you", 赛白努 "hello"), and words of
#: today that jieba's dictionary lacks (微信). Candidates inside one of them are dropped.
NOT_PERSON = {"额吉", "阿爸", "阿妈", "敖包", "那达慕", "嘎查", "嘎查达", "苏木", "苏木达", "哈达", "蒙古包",
    "乌兰牧骑", "浩特", "呼和浩特", "乌兰浩特", "锡林浩特", "二连浩特", "巴彦淖尔", "乌兰察布", "阿拉善", "鄂尔多斯",
    "呼伦贝尔", "通辽", "赤峰", "锡林郭勒", "诺敏河", "格桑花", "扎西德勒", "罗布泊", "奶茶", "手把肉", "马头琴",
    "呼麦", "长调", "牧区", "微信", "抖音", "快手", "淘宝", "钉钉", "网格", "云闪付", "余额宝", "花呗", "健康码",
    "二维码", "经棚", "西门塔尔", "乌丹", "蒙医", "蒙药", "巴雅尔拉", "赛白努", "赛音白努", "塔赛音白努",
    # (words for a kind of name: the name comes after them, never across them: 经名|尔撒)
    "经名", "汉名", "藏名", "蒙古名", "蒙名", "乳名", "外号", "绰号",
    # (buildings jieba's dictionary tags as names, the ones of its 42 three-character nr words ending in a building
    # or place character that came out as people: 在|宿舍楼|里)
    "宿舍楼", "陈列室", "花博园"}
#: Words that list or point at people (还有包海龙, 同事欧阳娜娜, 找司马光辉): evidence for a name with an ambiguous
#: surname right after them.
LIST_CUES = {"还有", "和", "跟", "找", "同事", "问", "让", "给", "请", "叫", "喊", "是", "像", "比如", "包括", "以及",
    "陪"}
#: Compound surnames that are also everyday words: a name starting with one needs a cue or jieba's name tag.
COMPOUND_WORDS = {"东方", "公孙", "百里", "第五", "东门", "西门", "南门", "南宫", "长孙", "单于", "司空", "司寇",
    "司徒", "乐正", "东郭", "左丘", "太叔", "子车", "公西", "梁丘", "微生", "伯赏"}


#: Characters of minority-name elements found whole only (东 of 东智, 赖 of 达赖): no transliteration syllables, yet
#: not NEVER_SYLLABLES, which bar words glued to a name (扎西|东周); the name model learns no element with one.
WHOLE_ONLY = frozenset("东赖")

# Grammar characters round the end of a name (qualcode.privacy._name_edges.name_end).
#: Conjunctions never end a clause: right before punctuation, after a name, one is its last syllable (端木清和，).
#: (Adverbs do end clauses in speech with false starts: 王芳都，嗯，都去了; but a name of a surname and one given
#: character takes 才 before punctuation, one of the commonest last given characters: 王茂才，)
NEVER_CLAUSE_END = frozenset("和与及或跟同")
#: ... and 和/与/及/或 never before an aspect particle, a particle, a verb of saying or 是 'be', where a noun must
#: follow (吕万和|过, 拓跋清和|是; 跟 and 同 are verbs too: 跟着).
NO_NOUN_AFTER_AND = frozenset("过了着的说吗呢吧是")
#: Grammar characters that end a transliterated name where their grammar cannot stand: 都 and 各 before
#: punctuation or a title (各 also before a pronoun or an adverb, AFTER_GE), 那 'that' before a verb (VERB_AFTER_NA).
LAST_SYLLABLE_BEFORE = frozenset("都各")
#: Adverbs and verbs that are surnames in no list (才, 也, 要, 还): after a role or kin word, before a two-character
#: given name that is no verb, scored like the surnames that are grammar words too (爸爸|才德顺|过, 他爸|也国栋|在天津;
#: not 她爸才|松口), and before a given name with a title (班主任|才|晓明老师). Not 就 'then', 让 'let'
#: (老师让|夏提|在学校吃), 把 and 被, nor 是 'is', which stand there far more often.
ADVERB_SURNAMES = frozenset("才也要还")
AFTER_GE = frozenset("我你您他她它咱俺也都就还又才")
VERB_AFTER_NA = frozenset("给打把帮替领带送找问报填交办管劝教")


@functools.lru_cache(maxsize=1)
def _surname_sections() -> dict[str, tuple[str, ...]]:
    """The sections of ``qualcode/data/surnames_zh.txt`` (common, rare, regional, modern, compound), each in the file's
    order (the common section is in order of frequency); a two-character line is a compound surname wherever it
    stands."""
    text = resources.files("qualcode").joinpath("data/surnames_zh.txt").read_text(encoding="utf-8")
    section = "common"
    out: dict[str, list[str]] = {"common": [], "rare": [], "regional": [], "modern": [], "compound": []}
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            word = line[1:].strip()
            if word in out:
                section = word
            continue
        out["compound" if len(line) == 2 else section].append(line)
    return {name: tuple(lines) for name, lines in out.items()}


@functools.lru_cache(maxsize=1)
def frequent_surnames(n: int = 100) -> frozenset[str]:
    """The ``n`` most frequent single surnames."""
    return frozenset(_surname_sections()["common"][:n])


@functools.lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(common, all_single, compound)`` surnames from ``qualcode/data/surnames_zh.txt``."""
    sections = _surname_sections()
    common = frozenset(sections["common"])
    single = common | frozenset(sections["rare"] + sections["regional"] + sections["modern"])
    return common, single, frozenset(sections["compound"])


@functools.lru_cache(maxsize=1)
def untrained_surnames() -> frozenset[str]:
    """:data:`UNTRAINED_SURNAMES` and the list's regional and modern sections: single surnames the name model and the
    given-name statistics are not fitted on (adding a surname to the list leaves what they learned as it was)."""
    sections = _surname_sections()
    return UNTRAINED_SURNAMES | frozenset(sections["regional"] + sections["modern"])
