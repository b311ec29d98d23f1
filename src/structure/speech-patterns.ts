/**
 * The words around a speaker mention that say who speaks and how, shared by the readers of speech
 * events (attribution.ts, quoted-speech.ts, line-labels.ts): verbs of asking and answering, the
 * shapes of a label ("王某某委员问:", "【委员 王某】", "(局长 麦某)答:"), what may stand before one
 * (问题二:, 【现场】, a clock time, a bullet), a moderator's call ("请市某局局长李某同志回答"), an
 * addressee ("向市市场监管局局长余波询问": spoken to, not speaking) and a chair's words (主持, 总结).
 *
 * Example: in "市法院代理院长邓玲说,近年来…" ANSWER finds 说 right after the mention, so 邓玲 answers.
 * The patterns run on the view; offsets found with them are UTF-16 offsets, ranges half-open `[start, end)`.
 */
import { QUOTED_TAG_OPEN, SEQUENCE_ADVERBS, TAG_CLOSE, TAG_OPEN, TAG_WHO } from './speech.js';
import { STAMP } from './stamps.js';
import { CLOSING_PART_FIELD } from './meeting-parts.js';
import { gated } from '../source/gated.js';

/** Verbs of asking, longest first. */
export const ASK_VERBS = ['进行提问', '提出问题', '提出疑问', '再次提问', '接着问', '抛出', '抛向', '抛给', '接过话题', '连发', '询问', '提问', '发问', '追问', '质询', '请问', '问道', '关注', '关心', '(?<![询提发追主])问(?![题官卷政])'];
/**
 * Verbs of admitting, which report speech like 坦言: "副局长薛某坦承,过去几年古城内违法建设问题比较突出". 坦承 and 坦陈 only
 * report; 直言 not as the adjective 直言不讳 (a manner: its own verb follows, "直言不讳地指出"); 承认 only before a comma or a
 * colon (or 说/道), since with an object it reports no words ("承认其学历", "承认了错误").
 */
export const ADMISSION_VERBS = ['坦承', '坦陈', '直言(?!不讳)', '承认(?=\\s*[,:]|说|道)'];
/**
 * Verbs of answering and reporting speech. 补充 adds to an answer before a comma, a colon or a verb of saying; 补充发言
 * only as a label's verb, before its colon ("…二级巡视员李某补充发言:…"): "作了补充发言。" reports a speech, no words.
 * 表示满意 (基本满意, 不满意) is a verdict, no speech: "（现场测评：某某委员对县发改局的回答表示满意。）" quotes nobody.
 */
export const ANSWER_VERBS = ['回应', '回答', '答复', '作答', '应询', '答道', '表示(?!(?:基本|比较|非常|很|十分)?不?满意)', '介绍', '分析', '指出', '提出', '称', '坦言', ...ADMISSION_VERBS, '强调', '谈到', '说明', '解释', '表态', '回复', '认为', '透露', '补充(?=[,:说道表]|发言\s*:)', '说', '答'];

// A verb followed by 的 modifies a noun ("委员关心的问题", "局长介绍的情况"): nobody speaks; but
// "卢燕关注的是,…" says what she asks.
// After 的 it is a noun ("李局长的回答很具体", "委员的提问"): nobody speaks there either.
// "到会回答询问", "接受询问": the inquiry as a noun, answered by officials, not asked; so is
// "以此次专题询问为契机" in a chair's closing remark.
// The inquiry as a noun, not a verb of asking: "要把询问中发现的问题梳理成清单", "询问问题实、回答态度诚恳",
// "询问环节", "本次询问" (a leader's closing remark names it; it asks nothing). Asking, 询问 takes an object
// or a colon ("询问省民政厅", "询问道", "询问:").
// (询问工作 is the noun only closing its phrase, "做好询问工作。": "询问工作进展" asks about the work.)
// What the inquiry yields is the noun's too: "要把询问成果转化为推动工作的具体措施", "确保询问效果" (a chair's closing words).
const INQUIRY_NOUN_AFTER = '(?!中|问题|环节|活动|成果|效果|工作(?:[,。;、的]|$))';
const INQUIRY_NOUN_BEFORE = '本次|此次|这次|该次|本场|此轮|本轮';
const ASK_PATTERNS = ASK_VERBS.map((v) => (v === '询问' ? `询问${INQUIRY_NOUN_AFTER}` : v));
// Attending it too, the inquiry the object of 听取/接受/参加/列席/开展: "副州长某到会听取询问。", "某列席会议并接受了询问"
// (an official present to hear it, a body holding it) ask nothing.
const INQUIRY_OBJECT_OF = '听取了?|接受了?|参加了?|列席|开展了?';
export const ASK = new RegExp(`(?<!的|的[回提询发追答]|回答|${INQUIRY_OBJECT_OF}|答复|应对|专题|${INQUIRY_NOUN_BEFORE})(?:${ASK_PATTERNS.join('|')})(?!的(?!是))`, 'u');
export const ANSWER = new RegExp(`(?<!的|的[回提询发追答])(?:${ANSWER_VERBS.join('|')})(?!的(?!是))`, 'u');
/**
/**
 * Adverbs of manner a label may put before its verb: with others (联合, 共同, 一同, 一起: "王丽、李华联合提问:") or
 * on the spot (当场, 现场). Like 首先 or 再次 they say how the speaker speaks, never who: no name ends in them.
 */
export const MANNER_ADVERBS = '联合|共同|一同|一起|当场|现场';
/**
 * What a member asks on, before the label's verb: "黄某结合视频提问:", "委员某结合调研情况询问:" — 结合 and a short object
 * (no pause), then the verb of asking; the words start after the colon.
 */
const ON_WHAT = '结合[^,。;:?!\\n]{1,8}?(?=再问|再追问|追问|提问|询问|发问|问)';
/**
 * A note that the turn adds to an answer, in brackets after a speaker's name: "(补充)", "(补充回答)", "(补充发言)" — how
 * the turn comes, never a title (affiliations.ts, labels.ts read it as a note too).
 */
export const SUPPLEMENT_NOTE = '补充(?:回答|答复|发言|说明)?';
/**
 * A note that the answer was given in writing, in brackets after an office's label or as its verb: "省民政厅(书面答复):",
 * "省人社厅书面答复:" — how the answer comes (after the meeting, on paper), never part of the office's name.
 */
export const WRITTEN_REPLY_NOTE = '书面(?:答复|回复|回答)';
/**
 * A note (or a label's verb) saying the turn follows a question up: 追问, 再问, and the rounds after the first — 再追问,
 * 再次追问, 又追问, 继续追问, 三追问, 第二次追问 ("市人大代表 何建平（再追问）：…"). How the turn comes, never a title.
 */
export const FOLLOW_UP_NOTE = '(?:再次|再|又|继续|接着|[二三四五]|第[二三四五六七八九]次)?追问|再次?问';
/**
 * Every note of the turn in brackets after a speaker's name: a follow-up, a supplement, going on (续, 接上, 继续), cutting
 * in (插话, 插问) and stage directions (笑, 笑声) — how the turn comes, never a title (affiliations.ts, role-labels.ts).
 */
export const TURN_NOTE_WORDS = `${FOLLOW_UP_NOTE}|${SUPPLEMENT_NOTE}|续|接上|继续|插话|插问|插言|插一句|打断一下|笑|笑声|大笑`;
/**
 * A label: the mention followed by an optional 同志/verb and a colon ("王某某委员问:", "李某:", a member cutting in "某某插话:",
 * one adding to the question or the answer "市人大代表王代表补充问:", "某某补充回答:"), in Markdown maybe bold ("**李某:**"); a
 * colon doubled by a bad copy ("廖某::老旧小区…") is one colon, none of the words.
 */
export const LABEL_AFTER = new RegExp(`^\\s*(?:同志)?\\s*(?:(?:${SEQUENCE_ADVERBS}|${MANNER_ADVERBS}|补充)(?=[追提询发问回答再插]))?(?:${ON_WHAT})?(再问|再追问|追问|提问|询问|发问|插话|插问|问|回答|答复|回应|答)?(?:道|说|一句|一下)?\\s*(?:\\((${TURN_NOTE_WORDS})\\))?\\s*(?:\\*\\*|__)?\\s*[::](?:\\s*[::])?\\s*(?:\\*\\*|__)?`, 'u');
/**
 * A label without its colon, the speaker's 请问 (or 请 … 回答) right after the name, maybe after a space:
 * "常委会委员程佳 请问吴副市长,…?" — the words start at 请, which is never part of the name.
 */
export const COLONLESS_LABEL_AFTER = /^[ \t\u3000]?(?=请问|请[^,。;:?!\n]{2,20}?(?:回答|答复|介绍|说明))/u;
/** A speaker in parentheses, then the label's verb: "(市人大常委会委员 谭某)问:", "(局长 麦某)答:". */
export const PAREN_LABEL_AFTER = /^\s*\)\s*(追问|提问|询问|发问|问|回答|答复|回应|答)\s*[::]\s*/u;
/** A speaker in parentheses cutting in, the words after: "(孟某委员插话)去年的73处呢?" (a label of its own at a line's start). */
export const PAREN_INTERJECTION_AFTER = /^\s*(插话|插问|追问)\s*\)\s*:?\s*/u;
/** Bracketed labels: "【委员 王某】", "[李某]". */
export const BRACKET_AFTER = /^\s*[】\]]\s*/u;
/**
 * A question header before the label on its line: "问题二:来自广东的全国人大代表某:请问…", whatever parts it
 * from the label — a colon or a bar, white space ("问题二　常委会委员某:"), nothing ("问题二常委会委员某:");
 * also "第三问 …" and the ordinal with 之 ("询问之一 委员某:"). (A numeral after 问题 is never the start of a title: titles open on a place, an institution
 * or a post.)
 */
const QUESTION_HEADER = String.raw`(?:(?:问题|询问)\s*(?:\([一二三四五六七八九十\d]{1,3}\)|之?[一二三四五六七八九十\d]{1,3})|第[一二三四五六七八九十\d]{1,3}(?:个)?(?:问题|问))\s*(?:[:|｜丨]\s*)?`;
export const QUESTION_HEADER_AT = new RegExp(String.raw`^\s*${QUESTION_HEADER}`, 'u');
/** A stage direction in round brackets before a label on its line: "(大屏幕显示网友留言)网友“某某”:…" (clips.ts). */
const STAGE_DIRECTION = String.raw`\([^()\n]{0,20}?(?:播放|大屏幕|屏幕|短片|视频|画面)[^()\n]{0,20}\)`;
/** Before a label: a question header (问题二:), then nothing but a scene tag (【现场】) or a closing part's field (表态:, meeting-parts.ts), a stage direction in brackets and a clock time (a live feed's stamp: stamps.ts), a bullet (■, Markdown "- "), brackets, a role tag naming the turn (【问】, 「答」 read “答”), or Markdown bold (**). */
export const LEAD = new RegExp(String.raw`^\s*(?:${QUESTION_HEADER})?(?:[【\[](?!\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\s*[】\]])[^】\]\n]{1,4}[】\]]\s*)?(?:${CLOSING_PART_FIELD})?(?:${STAGE_DIRECTION}\s*)?(?:${STAMP})?\s*(?:[■●◆▲★☆□◇○•·▶►]|[>*+-](?=\s))?\s*(?:${TAG_OPEN}\s*${TAG_WHO}?(询问|提问|追问|应询|答复|回答|问|答)\s*${TAG_CLOSE})?[\s【\[(]*(?:\*\*|__)?$`, 'u');
/** A role tag in quotation marks (「问」 reads “问” in the view) or parentheses, alone before a mention on its line. */
export const QUOTED_ROLE_TAG_BEFORE = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?${QUOTED_TAG_OPEN}\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\s*${TAG_CLOSE}\s*$`, 'u');
/** Before a mention: the person is spoken to (请问李局长, 向…局长余波询问), not speaking. */
export const ADDRESSEE_BEFORE = /(?:请问|询问|问|向|请教|邀请|对|对于|关于|感谢|谢谢|[\d一二三四五六七八九十两]+\s*[位名个])\s*$/u;
/** Before an announced asker: "第一位询问的是", "接下来提问的是", "最后发问的是". */
export const ANNOUNCED_ASKER = /(?:询问|提问|发问)的(?:是|为)\s*$/u;
/**
 * Before an official answering on another's behalf, in the sentence that says so: "县自然资源局局长因在外地开会,委托" (then
 * "县自然资源局二级调研员高振华代为回答。"), or 由 ("局长因公出差,由副局长彭某代为回答:…"). The head entrusting is absent: the sentence opens the answer, not the question.
 */
export const ENTRUSTED_BEFORE = /(?:委托|由)\s*$/u;
/** …and after the one entrusted: 代为 (or 代) and a verb of answering. */
export const ENTRUSTED_AFTER = /^\s*(?:同志)?\s*代为?(?:回答|答复|作答|回应|介绍|说明)/u;
/**
 * After an official answering for a body or a person, however long its name: 代表 and the one spoken for, then a verb of
 * answering ("副局长某代表县人民政府和县发展和改革局回答,…"). The official answers.
 */
export const STANDS_IN_FOR = /^\s*(?:同志)?\s*代表[^,。;:?!“”\n]{2,30}?(?:回答|答复|作答|回应)/u;
/** A moderator's call: "请王某某委员询问", "请市某局局长李某同志回答". */
export const CALL_BEFORE = /(?:请|由)(?:[^。,;:?!请\n]{1,40}?[、和及与])?\s*$/u;
/** After the called name: other called names ("、市医疗保障局副局长陶明"), then 同志 and the verb. */
const CALLED = '^(?:[、和及与][^。,;:?!\\n]{1,40}?)?\\s*(?:同志)?\\s*(?:[两二三四]位)?(?:委员|代表)?\\s*(?:分别|联合|共同)?(?:进行)?';
/**
 * …and a verb of asking, maybe another question ("请王军委员再问一个问题", "请他继续提问"), or the question announced as
 * theirs ("第二个问题由潘某代表提出,请…回答", "由甲、乙两位委员联合提出。"): 问 alone only before the question
 * it asks (再问一个问题), not "请王委员问一问局长" of someone else's words.
 */
export const CALL_ASK = new RegExp(CALLED + '(?:再|继续|接着)?(?:询问|提问|发问|追问|提出问题|提出(?=\\s*[,。;]|\\s*$)|[问提](?=(?:[一两几]|最后一)?个问题))', 'u');
/** A call for one more question of a member's own ("再问一个问题", "再提一个问题"): a new exchange, no 追问. */
export const ANOTHER_QUESTION = /^[^。!?\n]{0,12}?再[问提](?:[一两几]|最后一)?个问题/u;
export const CALL_ANSWER = new RegExp(CALLED + '(?:回答|答复|作答|回应|介绍|说明)', 'u');
/** After the first of several officials named together: the others, then 分别/先后 or 作了 and a verb of answering. */
export const JOINT_ANSWER = /^[、和及与][^。,;:?!\n]{1,40}?(?<!的)(?:(?:分别|先后|相继|依次|一一)(?:作了|作出了?|进行了?|作|予以)?|作了|作出了?|进行了|予以)(?:回答|答复|回应|作答|说明|解答)/u;
/**
 * Chairs opening or closing the meeting speak, but do not ask; nor does a leader taking a part
 * ("区人大常委会副主任某担任主问官,…": 担任 states a role, it reports no speech).
 */
export const CHAIR = /^[^,。]{0,8}?(?:主持|讲话|总结|致辞|作总结|结束时|结束后|担任)/u;
/**
 * A leader of the congress directing what follows ("在联组会上表示,要把询问发现的问题梳理成清单", "在会上强调,
 * 各部门要…"): a closing remark, which asks nothing whatever nouns it names (the 要 of an instruction, no "?").
 */
export const LEADER_DIRECTS = /^在[^,。;:?!\n]{1,24}?[上中](?:表示|强调|指出|要求|提出)[,:]\s*(?:要|必须|希望|务必|各|下一步)[^?]*$/u;
/** …also when the sentence opens on the end of the inquiry: "询问结束后,覃某要求…", "会议最后,…". */
export const CLOSING_BEFORE = /(?:询问|会议|问答)(?:结束|完毕)(?:后|时|前)?[,\s]*$|(?:会议最后|最后)[,\s]*$/u;
/** A leader going on to ask ("她询问市政府…"); not the inquiry as a noun ("以此次专题询问为契机", "要把询问中发现的问题…"). */
export const LEADER_ASKS_ON = new RegExp(`(?<!专题|${INQUIRY_NOUN_BEFORE})询问${INQUIRY_NOUN_AFTER}|提问|发问|追问|请问|[?]`, 'u');
/** A sentence opening with 他/她 and a verb of speaking (after the sentence naming the speaker). */
export const PRONOUN_SPEAKS = new RegExp(`^[。!?;,\\s]*(?:他|她)(?:${SEQUENCE_ADVERBS}|随即|当即)?(?:表示|介绍|说|指出|坦言|${ADMISSION_VERBS.join('|')}|回答|回应|强调|认为|答复|透露)`, 'u');
/** The one just asked answering in the next sentence: "他回答,…" (the pronoun starts the turn). */
export const PRONOUN_ANSWERS = /^\s*((?:他|她)(?:随即|当即|马上)?(?:回答|回应|答复|答道|表示|介绍|说))/u;
/**
 * A follow-up by the same asker; "接着问道" by another member is just the next question. Pressing the question just
 * answered says so too: "“调整后的价格能降到多少？”司马某紧追不舍。" (紧追不舍, 穷追不舍: no new question).
 */
export const FOLLOW = /追问|再次提问|再问|[紧穷]追不舍/u;
/** Verbs of speaking two characters or longer (连发, 表示, 询问): a name never opens with one. */
export const SPEECH_VERB_START = new RegExp(`^(?:${[...ASK_VERBS, ...ANSWER_VERBS].filter((v) => /^\p{sc=Han}{2,}$/u.test(v)).join('|')})`, 'u');

/**
 * All that stands before a responder named in their sentence when the sentence opens the reply: 对此, 就此,
 * 针对这一问题 ("对此,省财政厅厅长某、副厅长某先后回应"). (Not "面对委员某的提问,…": it names the asker.)
 */
export const REPLY_OPENER = /^\s*(?:对此|就此|(?:对于?|针对|就)(?:这个|这一|此|该|上述)(?:问题|提问|询问|追问))\s*,?\s*$/u;

/**
 * The lead adverbials of a narrative sentence that goes on to name its speaker and a verb of speaking: the clause
 * chain "针对委员们提出的问题,冉某表示,…", "就委员关心的资金问题,", "最后,", "随后,", "在回答追问时," is that speaker's
 * (a turn never ends after a comma inside a sentence). Each clause is a sequence connective or a prepositional /
 * temporal adverbial (针对/就/对于/关于/围绕/面对/结合…, 在…时/中/上/后), ending in a comma; no quotation, colon or
 * stop inside, so no words of anyone else — but a short quoted name in a topic is a term, not words said ("围绕“企业开办
 * 一件事”改革,委员某询问…": the topic is the question's). A clip watched is one too: "观看视频短片后,代表某结合视频提问:…".
 */
const LEAD_CLAUSE = String.raw`(?:对此|就此|随后|随即|最后|最终|接着|紧接着|然后|其后|此后|之后|同时|另外|此外|会上|会议上|现场|当即|首先|其次|再次|末了|(?:针对|就|对于?|关于|围绕|面对|结合|根据|按照)(?:[^,。;:?!“”"()
]|“[^,。;:?!“”"()
]{1,12}”){1,30}|在[^,。;:?!“”"()
]{1,24}?(?:时|中|上|后|之际)|(?:观看|看完|播放|放映)[^,。;:?!“”"()
]{1,16}?(?:后|之后|完毕后))`;
export const LEAD_ADVERBIALS = new RegExp(String.raw`^\s*(?:${LEAD_CLAUSE}\s*,\s*){1,3}$`, 'u');

/**
 * The preposition framing reported speech, right before its speaker ("据市民政局局长李四介绍,…", "对此,据吴某透露,…"):
 * 据 … 介绍/透露/了解 is the speaker's sentence, so 据 (and lead adverbials before it) opens the turn.
 */
export const HEARSAY_OPENER = gated(['据'], () => new RegExp(String.raw`^\s*(?:${LEAD_CLAUSE}\s*,\s*){0,3}据\s*$`, 'u'));

/** Verbs of attending a meeting, not of speaking in it: 应邀参加, 列席, 出席. */
export const ATTENDING = /应邀|列席|出席/u;
/**
 * The roster of those attending to answer: the last of several offices listed, then 应询 and the sentence's end
 * ("副州长李某及州卫生健康委、州民政局、…管委会负责人应询。"). It names who may answer; nobody answers there.
 */
export const ROSTER_LISTED_BEFORE = /[、及和与]\s*$/u;
export const ROSTER_ANSWER_AFTER = /^\s*(?:到会|到场|现场)?(?:应询|接受询问)\s*[。;]?\s*$/u;

/** Offset of the first verb in `after` within `limit` characters, not past a second clause's subject. */
export function firstVerb(re: RegExp, after: string, limit: number): number | null {
  const m = re.exec(after.slice(0, limit));
  return m ? m.index : null;
}
