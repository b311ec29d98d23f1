import { describe, expect, it } from 'vitest';
import { findClosers, closesInquiry, holdsPromises, isSceneLine } from '../../src/structure/closers.js';
import { withoutClosing } from '../../src/structure/closing-narration.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { findMentions } from '../../src/structure/speakers.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

/** The text kept in the last question when the whole text is that question. */
function kept(text: string): string {
  const view = normalize(text);
  const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
  const events = findSpeechEvents(view, 0, view.length, mentions);
  const span: [number, number] = [0, text.length];
  return text.slice(...withoutClosing(view, lines, span, findClosers(view, mentions, events, span)));
}

const ANSWERED = '市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张，我们将分三年补齐。';

describe('[closers] the chair or the government head closing the inquiry', () => {
  it.each<[string, string, string]>([
    ['the chair sums up, a pronoun sentence goes on (他强调)', `${ANSWERED}\n会议最后，市人大常委会主任邬某某作总结讲话。他强调，要抓好整改。`, ANSWERED],
    ['…with the pronoun sentence on a line of its own', `${ANSWERED}\n市人大常委会主任邬某某作总结讲话。\n他强调，市政府要在三个月内书面报告整改情况。`, ANSWERED],
    ['the chair speaks (讲话), no moment named', `${ANSWERED}\n市人大常委会副主任喻某讲话。她要求，建立问题清单。`, ANSWERED],
    ['the chair, introduced as presiding, later named bare', `市人大常委会秘书长祁某某主持会议。\n${ANSWERED}\n祁某某强调，各部门要认真研究委员意见。`, `市人大常委会秘书长祁某某主持会议。\n${ANSWERED}`],
    // A live feed's stamp opening the closing lines is layout: the chair still closes, the pronoun sentence still goes on.
    ['after a live feed\'s stamps (【15:02】…在总结时指出 / 【15:03】他强调)', `${ANSWERED}\n【15:02】市人大常委会主任邬某某在总结时指出，要抓好整改。\n【15:03】他强调，要在三个月内书面报告。`, ANSWERED],
    ['after a stamp, the moment and then the chair', `${ANSWERED}\n[15:02] 会议最后，市人大常委会主任邬某某作总结讲话。`, ANSWERED],
    ['the scene first (询问现场), then the head\'s 表态 told in the third person', `${ANSWERED}\n询问现场，副省长卞某某表态说，省政府将逐项整改，明年向省人大常委会报告。`, ANSWERED],
    // A reporter's-notes heading before the closer is the genre's label, then the moment: the 表态 still closes.
    ['a reporter\'s-notes lead (记者手记：), the scene, then the head\'s 表态', `${ANSWERED}\n记者手记：询问现场，副市长桂某某表态说，市政府将把问题列出清单，逐项整改。`, ANSWERED],
    ['…bracketed (【采访手记】), no moment', `${ANSWERED}\n【采访手记】副县长阚某某表态说，县政府将限期整改到位。`, ANSWERED],
    ['…and the chair summing up after it', `${ANSWERED}\n【记者手记】会议最后，市人大常委会主任邬某某作总结讲话。`, ANSWERED],
    ['a sentence on the scene first (询问现场气氛热烈。), then the head\'s 表态', `${ANSWERED}\n询问现场气氛热烈。副省长卞某某表态说，省政府将逐项整改。`, ANSWERED],
    ['…the heading alone on the line before it goes with it (记者手记：⏎…)', `${ANSWERED}\n记者手记：\n询问现场气氛热烈。副省长卞某某表态说，省政府将逐项整改。`, ANSWERED],
    ['…but a scene sentence naming no closer stays the answer\'s', `${ANSWERED}\n询问现场气氛热烈。`, `${ANSWERED}\n询问现场气氛热烈。`],
    ['…and a head adding to the answer after the scene stays', `${ANSWERED}\n询问现场，副市长桂某某补充说，市财政将再安排500万元。`, `${ANSWERED}\n询问现场，副市长桂某某补充说，市财政将再安排500万元。`],
    ['the moment first (在专题询问结束时), then the chair', `${ANSWERED}\n在专题询问结束时，县人大常委会副主任阮某某要求，县政府逐项整改。`, ANSWERED],
    ['the chair praising the inquiry, then 他指出 on its own line', `${ANSWERED}\n市人大常委会主任邬某某对此次专题询问给予充分肯定。\n他指出，要跟踪问效。`, ANSWERED],
    ['the chair\'s words quoted first', `${ANSWERED}\n“要把问题整改到位。”市人大常委会主任邬某某在总结时说。`, ANSWERED],
    ['the chair in the middle of a sentence about the meeting (在主持…时强调)', `${ANSWERED}\n市人大常委会副主任裘某某在主持会议时强调，要跟踪问效。`, ANSWERED],
    ['a vice-mayor answering all the members after the last answer (在回应时表示)', `${ANSWERED}\n副市长桂某某在回应时表示，市政府将把养老服务作为民生实事来抓。`, ANSWERED],
    // 表态 as the speech the head makes, named before 中/时 whole (在表态发言中说), like 在讲话中, 在回应时
    ['the head\'s statement of position named whole (在表态发言中说)', `${ANSWERED}\n副省长卞某某在表态发言中说，省政府将逐项整改，守牢耕地红线。`, ANSWERED],
    ['…(在表态讲话时指出)', `${ANSWERED}\n副省长卞某某在表态讲话时指出，省政府将逐项整改。`, ANSWERED],
    // Its pledges are the government's 表态 too (t52 #1): a list of them keeps nothing in the last answer.
    ['…with a list of pledges too', `${ANSWERED}\n副省长卞某某在表态发言中说，省政府将抓好三件事：一是补齐床位；二是培养护理员；三是加强监管。`, ANSWERED],
    ['a vice-county-head by label, to all the members', `${ANSWERED}\n副县长 阚某某：委员们提的问题都很实在，县政府将逐项整改。`, ANSWERED],
    ['the head, then the chair', `${ANSWERED}\n副省长卞某某在讲话中表示，省政府将认真研究。\n省人大常委会副主任戚某某在主持联组会议时强调，要抓好落实。`, ANSWERED],
    ['run-on: the chair summing up after the answer, in its paragraph', `${ANSWERED}市人大常委会主任邬某某作总结讲话，要求抓好整改。`, ANSWERED],
    ['run-on: the vice-mayor to all, in the answer\'s paragraph', `${ANSWERED}副市长桂某某在回应时表示，市政府将统筹推进。`, ANSWERED],
    ['run-on: the chair\'s words quoted first stay (no cut inside)', `${ANSWERED}“要抓好整改。”市人大常委会主任邬某某说。`, `${ANSWERED}“要抓好整改。”市人大常委会主任邬某某说。`],
    ['a pronoun sentence after an answer is the answer\'s', `${ANSWERED}\n他表示，资金已经落实。`, `${ANSWERED}\n他表示，资金已经落实。`],
    ['a vice-mayor answering the last question himself stays', '市人大常委会委员甘某某追问：新院什么时候建成？\n副市长桂某某在回应时表示，市政府将确保明年建成。', '市人大常委会委员甘某某追问：新院什么时候建成？\n副市长桂某某在回应时表示，市政府将确保明年建成。'],
    ['a vice-mayor adding last to the answer (最后补充说) stays', `${ANSWERED}\n副市长桂某某最后补充说，市财政将再安排500万元。`, `${ANSWERED}\n副市长桂某某最后补充说，市财政将再安排500万元。`],
    ['a vice-mayor adding to the answer (补充说) stays', `${ANSWERED}\n副市长桂某某补充说，市财政将再安排500万元。`, `${ANSWERED}\n副市长桂某某补充说，市财政将再安排500万元。`],
    ['the chair asking at the end stays', `${ANSWERED}\n市人大常委会副主任喻某追问：资金从哪里来？`, `${ANSWERED}\n市人大常委会副主任喻某追问：资金从哪里来？`],
    // A head introduced by title who closes under a bare name label, thanking everyone.
    ['a vice-premier introduced by title thanks everyone under a bare label', `国务院副总理仇某某到会听取意见。\n${ANSWERED}\n仇某某：感谢委员们、代表们的意见建议。国务院将认真研究。`, `国务院副总理仇某某到会听取意见。\n${ANSWERED}`],
    ['a vice-governor thanks the members (谢谢委员们的)', `副省长卞某某到会应询。\n${ANSWERED}\n卞某某：谢谢各位委员们的关心，省政府将抓好落实。`, `副省长卞某某到会应询。\n${ANSWERED}`],
    ['…with pledges listed too', `副省长卞某某到会应询。\n${ANSWERED}\n卞某某：感谢委员们的意见。一是增加床位；二是提高补贴。`, `副省长卞某某到会应询。\n${ANSWERED}`],
    // A statement of position (表态) under the head's own label after the last answer speaks to all the questions.
    ['a vice-governor\'s 表个态 under a title label closes', `${ANSWERED}\n副省长卞某某：我代表省政府表个态。委员们的意见，我们将逐项建立台账，年底前报告。`, ANSWERED],
    ['…under a bare label, titled in the roll call (表一下态)', `副市长桂某某到会应询。\n${ANSWERED}\n桂某某：下面我表一下态。市政府将认真研究，抓好落实。`, `副市长桂某某到会应询。\n${ANSWERED}`],
    ['…with pledges listed too (我表个态。一是…)', `${ANSWERED}\n副省长卞某某：我表个态。一是年内增加床位2000张；二是提高运营补贴。`, ANSWERED],
    ['…and a head answering the last question, no 表态, stays', `${ANSWERED}\n副省长卞某某：养老床位的缺口，省财政将再安排资金。`, `${ANSWERED}\n副省长卞某某：养老床位的缺口，省财政将再安排资金。`],
    // Under the head's own label after the last answer, no host asking for it: speaking for the government to the whole inquiry closes.
    ['a vice-mayor\'s label committing the government (市政府将…), no 表态 asked', `${ANSWERED}\n副市长桂某某：市政府将把养老服务作为民生实事来抓，确保全市老年人助餐点年底前全覆盖。`, ANSWERED],
    ['…after a live feed\'s stamp alone on its line (the stamp goes with it)', `${ANSWERED}\n【15:20】\n副市长桂某某：市政府将把养老服务作为民生实事来抓。`, ANSWERED],
    ['…but a commitment taking up the last question\'s words (养老床位) answers it', `${ANSWERED}\n副市长桂某某：市政府将确保全市养老床位不少于2万张。`, `${ANSWERED}\n副市长桂某某：市政府将确保全市养老床位不少于2万张。`],
    ['…and so does a head adding to the answer (我补充两句)', `${ANSWERED}\n副市长桂某某：我补充两句。市政府将把养老服务作为民生实事来抓。`, `${ANSWERED}\n副市长桂某某：我补充两句。市政府将把养老服务作为民生实事来抓。`],
    ['…or one the host called on (请…作总体回应), a stamp between', `${ANSWERED}\n主持人：最后，请副市长桂某某作总体回应。\n【15:20】\n副市长桂某某：市政府将把养老服务作为民生实事来抓。`, `${ANSWERED}\n主持人：最后，请副市长桂某某作总体回应。\n【15:20】\n副市长桂某某：市政府将把养老服务作为民生实事来抓。`],
    ['…to the members anywhere in the statement (刚才委员们…)', `${ANSWERED}\n副县长阚某某：刚才，委员们围绕养老服务提了很好的意见，我们将认真研究。`, ANSWERED],
    ['…on what they raised, in the plural (提出的这些问题)', `${ANSWERED}\n副市长桂某某：对于提出的这些问题，我们高度重视，马上整改。`, ANSWERED],
    ['…for the government (我代表市政府), thanking all (感谢大家)', `${ANSWERED}\n副省长卞某某：我代表省政府，感谢大家对养老工作的监督。`, ANSWERED],
    ['…a county head (县长), bare label titled in the roll call', `县长邬某某到会应询。\n${ANSWERED}\n邬某某：县政府一定抓好落实。`, `县长邬某某到会应询。\n${ANSWERED}`],
    ['…but the last question put to the head by name, the head answers it', '市人大常委会委员甘某某问：请问市民政局和桂某某副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：感谢各位委员，市政府将分三年补齐。', '市人大常委会委员甘某某问：请问市民政局和桂某某副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：感谢各位委员，市政府将分三年补齐。'],
    ['…by surname and post (桂副市长)', '市人大常委会委员甘某某问：请问程局长和桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：市政府将分三年补齐。', '市人大常委会委员甘某某问：请问程局长和桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：市政府将分三年补齐。'],
    ['…or put to the government itself (请问市政府)', '市人大常委会委员甘某某问：请问市政府，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：委员们关心的床位，市政府将分三年补齐。', '市人大常委会委员甘某某问：请问市政府，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：委员们关心的床位，市政府将分三年补齐。'],
    ['…though framed as a statement of position (最后我代表市政府表个态) it closes, put to the government or not', '市人大常委会委员甘某某问：请问市政府，养老床位缺口有多大？\n副市长桂某某：我们将分三年补齐。\n市民政局局长程某某：我补充一点，今年新增床位800张。\n副市长桂某某：最后我代表市政府表个态：3个月内书面报告整改情况。', '市人大常委会委员甘某某问：请问市政府，养老床位缺口有多大？\n副市长桂某某：我们将分三年补齐。\n市民政局局长程某某：我补充一点，今年新增床位800张。'],
    // Promising to take in what the inquiry raised (认真研究…落实, 逐项/逐条…), whoever "we" are: to the whole inquiry.
    ['…promising to take in what was raised (我们将认真研究，逐项抓好落实)', `${ANSWERED}\n副市长桂某某：这次询问问得实，我们将认真研究，逐项抓好落实。`, ANSWERED],
    ['…(下一步将逐条研究), no 市政府', `${ANSWERED}\n副县长阚某某：下一步将逐条研究，限期办结。`, ANSWERED],
    ['…but put to the head, the same words answer the last question', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：我们将认真研究，逐项抓好落实。', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：我们将认真研究，逐项抓好落实。'],
    ['…and the head answering first, the same words are the answer', '市人大常委会委员甘某某问：养老床位缺口有多大？\n副市长桂某某：我们将认真研究，逐项抓好落实。', '市人大常委会委员甘某某问：养老床位缺口有多大？\n副市长桂某某：我们将认真研究，逐项抓好落实。'],
    // Told in a report's words (the head's name, then 表示/说), unasked: read as under the head's own label.
    ['a vice-mayor reported (表示), unasked, committing the government to take in what was raised', `${ANSWERED}\n副市长桂某某表示，市政府将认真研究，逐项抓好落实。`, ANSWERED],
    ['…but put to the head, the reported words answer the last question', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表示，市政府将认真研究，逐项抓好落实。', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表示，市政府将认真研究，逐项抓好落实。'],
    ['…and reported words taking up the last question (养老床位) answer it', `${ANSWERED}\n副市长桂某某表示，市政府将确保全市养老床位不少于2万张。`, `${ANSWERED}\n副市长桂某某表示，市政府将确保全市养老床位不少于2万张。`],
    ['…with pledges listed too (表示，市政府将抓好两件事：一是…)', `${ANSWERED}\n副市长桂某某表示，市政府将抓好两件事：一是补齐床位；二是培养护理员。`, ANSWERED],
    ['…but put to the head, his pledges answer the last question', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表示，市政府将抓好两件事：一是补齐床位；二是培养护理员。', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表示，市政府将抓好两件事：一是补齐床位；二是培养护理员。'],
    ['…and a head adding to the answer, no sign of speaking to all, stays', `${ANSWERED}\n副市长桂某某：床位的缺口，我们将分三年补齐。`, `${ANSWERED}\n副市长桂某某：床位的缺口，我们将分三年补齐。`],
    ['…with pledges listed under the label too', `${ANSWERED}\n副市长桂某某：市政府将抓好两件事：一是补齐床位；二是培养护理员。`, ANSWERED],
    ['…and a head reported in the news form committing the government adds to the answer (补充说)', `${ANSWERED}\n副市长桂某某补充说，市政府将再安排500万元。`, `${ANSWERED}\n副市长桂某某补充说，市政府将再安排500万元。`],
    // A head's statement over several paragraphs, none opening a label: read from the head's label, it closes or stays whole.
    ['a vice-governor\'s statement to all over two paragraphs closes whole', `${ANSWERED}\n副省长卞某某：各位委员提出的意见很中肯。\n\n省政府将抓好落实，年底前向常委会报告。`, ANSWERED],
    ['…then the chair\'s closing line', `${ANSWERED}\n副省长卞某某：各位委员提出的意见很中肯。\n省政府将抓好落实。\n主持人：专题询问到此结束。`, ANSWERED],
    ['…with pledges listed in a later paragraph too', `${ANSWERED}\n副省长卞某某：各位委员提出的意见很中肯。\n一是增加床位；二是提高补贴。`, ANSWERED],
    ['…or listed one item a paragraph (第一，…⏎第二，…)', `${ANSWERED}\n副省长卞某某：各位委员提出的意见很中肯。我讲两点。\n第一，增加床位。\n第二，提高补贴。`, ANSWERED],
    ['…and an official\'s answer over two paragraphs stays', `${ANSWERED}\n市财政局局长祁某某：今年安排资金800万元。\n市政府将统筹推进。`, `${ANSWERED}\n市财政局局长祁某某：今年安排资金800万元。\n市政府将统筹推进。`],
    // Called on by the chair to answer, the head answers, whatever thanks open the answer.
    ['a vice-governor called on to answer (最后请…回答) who thanks the members answers', `市人大常委会副主任戚某某主持会议。\n${ANSWERED}\n戚某某：最后请卞某某副省长回答。\n副省长卞某某：感谢委员们的监督。省政府将确保明年补齐床位。`, `市人大常委会副主任戚某某主持会议。\n${ANSWERED}\n戚某某：最后请卞某某副省长回答。\n副省长卞某某：感谢委员们的监督。省政府将确保明年补齐床位。`],
    ['…a vice-mayor under a name-first label (请…作答)', `${ANSWERED}\n主持人：请桂某某副市长作答。\n桂某某（副市长）：谢谢各位委员的关心。市政府将统筹推进。`, `${ANSWERED}\n主持人：请桂某某副市长作答。\n桂某某（副市长）：谢谢各位委员的关心。市政府将统筹推进。`],
    ['…but invited to speak (请…讲话), the call and his thanks close', `市人大常委会副主任戚某某主持会议。\n${ANSWERED}\n戚某某：请卞某某副省长讲话。\n副省长卞某某：感谢委员们的监督。省政府将认真研究。`, `市人大常委会副主任戚某某主持会议。\n${ANSWERED}`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['a committee leader', '市人大常委会副主任喻某讲话。', true],
    ['a member of a committee (主任委员) is no chair', '市人大社会建设委员会主任委员喻某讲话。', false],
    ['a government chairman (自治区人民政府副主席) is a head', '自治区人民政府副主席莫某某最后表示，将认真整改。', true],
    ['a federation\'s vice-chairman is no head', '省工商联副主席莫某某最后说，企业很关注。', false],
    // t50 p01: a region's government is chaired (自治区副主席), its 政协 named; a head's assistant (市长助理) leads with him.
    ['a region\'s vice-chairman (自治区副主席) is a head', '自治区副主席莫某某最后表示，自治区政府将认真整改。', true],
    ['…in a title chain (自治区党委常委、自治区副主席)', '自治区党委常委、自治区副主席莫某某最后表示，自治区政府将认真整改。', true],
    ['a region\'s CPPCC vice-chairman (自治区政协副主席) is no head', '自治区政协副主席莫某某最后说，企业很关注。', false],
    ['a mayor\'s assistant (市长助理) is a head', '市长助理莫某某最后表示，市政府将认真整改。', true],
    ['a bureau chief\'s assistant (局长助理) is no head', '市民政局局长助理莫某某最后说，企业很关注。', false],
    ['a committee leader after a bullet', '◆ 市人大常委会副主任喻某讲话。', true],
    ['a committee leader after decoration', '✦ 市人大常委会副主任喻某强调，要抓好整改。', true],
  ])('who closes: %s', (_name, line, closes) => {
    const text = `${ANSWERED}\n${line}`;
    const view = normalize(text);
    const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, mentions);
    const closers = findClosers(view, mentions, events, [0, text.length]);
    const start = text.length - line.length;
    expect(closesInquiry(view, [start, text.length], closers)).toBe(closes);
  });
});

describe('[closers] the chair\'s closing remark with a plain speech verb asks nothing', () => {
  // Invented: the chair is named in the lede, then speaks last with 指出/强调/要求/表示, no question.
  const LEDE = '4月8日，县人大常委会举行专题询问会。';
  it.each<[string, string, string]>([
    ['bare name, 指出, the inquiry named as a noun (专题询问)', '县人大常委会主任邝某某主持会议。', '邝某某指出，各单位要以此次专题询问为契机，抓好整改。'],
    ['title and name, 强调', '县人大常委会主任邝某某主持会议。', '县人大常委会主任邝某某强调，要把专题询问成果转化为工作实效。'],
    ['a vice-chair, 要求', '县人大常委会副主任仝某主持会议。', '仝某要求，县政府在专题询问后两个月内报告整改情况。'],
    ['a presider who is no leader (秘书长), 表示', '县人大常委会秘书长阙某某主持会议。', '阙某某表示，专题询问发现的问题要建立台账。'],
    // what the inquiry yields (询问成果, 询问效果) is the noun's: nobody is asked
    ['bare name, 指出, the inquiry\'s results named (询问成果)', '县人大常委会党组书记、主任邝某某主持询问会。', '邝某某指出，要把询问成果转化为推动工作的具体措施。'],
    ['bare name, 强调, 询问效果', '县人大常委会主任邝某某主持会议。', '邝某某强调，要确保询问效果。'],
  ])('%s', (_name, presides, remark) => {
    const text = `${LEDE}${presides}\n${ANSWERED}\n${remark}`;
    const view = normalize(text);
    const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, mentions);
    const at = text.length - remark.length;
    expect(events.filter((e) => e.start >= at && e.role === 'asker')).toEqual([]);
    expect(kept(text)).toBe(`${LEDE}${presides}\n${ANSWERED}`);
  });

  it('the chair asking at the end still asks', () => {
    const text = `县人大常委会秘书长阙某某主持会议。\n${ANSWERED}\n阙某某追问，专题询问提出的问题何时整改到位？`;
    const view = normalize(text);
    const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.some((e) => e.role === 'asker' && e.mention?.name === '阙某某')).toBe(true);
  });
});

describe('[closers] the moment before the head: all the inquiry\'s parts ended, counted (两场询问结束后)', () => {
  it.each<[string, string, string]>([
    ['两场询问结束后', `${ANSWERED}\n两场询问结束后，副县长王某某代表县政府表态，对委员们提出的问题，县政府将认真研究，逐项整改。`, ANSWERED],
    ['各组询问结束后', `${ANSWERED}\n各组询问结束后，副县长王某某代表县政府表态，县政府将认真研究。`, ANSWERED],
    ['3轮专题询问结束后', `${ANSWERED}\n3轮专题询问结束后，副县长王某某作表态发言。`, ANSWERED],
    // near-miss: a head adding figures to the answer, no moment before him, stays the answer's
    ['no moment, a head adding to the answer', `${ANSWERED}\n副县长王某某补充说，县财政将再安排500万元。`, `${ANSWERED}\n副县长王某某补充说，县财政将再安排500万元。`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

// s85 #1: a news report tells the head's 表态 after the exchanges under the meeting as the moment (会上，), as it does
// under 最后，or 询问结束时，: the closing; a 表态 an answer recalls, or narration before the exchanges, is none.
describe('[closers] a news report\'s 表态 after the last exchange, whatever its lead-in (会上，/ 最后，/ none)', () => {
  it.each<[string, string, boolean]>([
    ['会上，…作表态发言，表示，…', '会上，副县长刘某某作表态发言，表示，县政府将认真研究委员们提出的意见建议，逐条抓好整改落实。', true],
    ['在会上，…表态，…', '在会上，副县长刘某某表态，县政府将列出清单，限期整改。', true],
    ['联组会议上，…讲话时表示', '联组会议上，副市长桂某某讲话时表示，市政府将认真研究委员们的意见。', true],
    ['询问会上，…讲话。', '询问会上，副县长刘某某讲话。他表示，县政府将全力抓好整改。', true],
    ['最后，…作表态发言', '最后，副县长刘某某作表态发言，表示县政府将逐条抓好整改落实。', true],
    ['询问结束时，…作表态发言', '询问结束时，副县长刘某某作表态发言，表示县政府将逐条抓好整改落实。', true],
    ['no lead-in: …作表态发言。', '副县长刘某某作表态发言。', true],
    // near-misses: the head recalled inside a labelled answer; a head adding figures after 会上 is no act told
    ['a 表态 recalled inside the answer (去年会上，…) stays', '市民政局副局长程某：去年会上，副县长刘某某作表态发言，要求逐块落实，我们已经全部落实。', false],
    ['会上，a head adding to the answer (补充说) stays', '会上，副县长刘某某补充说，县财政将再安排500万元。', false],
  ])('%s', (_name, line, closes) => {
    const text = `${ANSWERED}\n${line}`;
    expect(kept(text)).toBe(closes ? ANSWERED : text);
  });
});

// t52 #1, t50 #2: the government's 表态 after the last exchange commits it on the whole inquiry, its own pledges included
// (一是…, 一要…, 四项措施); they stay an answer only from a head the last question was put to (below).
describe('[closers] a government head\'s last statement closes, pledges or not; courtesies and requirements too', () => {
  it.each<[string, string, boolean]>([
    ['an enumerated list of pledges (一是…二是)', '副市长桂某某在回应时表示，市政府将抓好三件事：一是补齐床位；二是培养护理员；三是加强监管。', true],
    ['a stated count of pledges (四项措施)', '副县长阚某某在回答时表示，县政府将采取四项措施推进整改。', true],
    ['first…then (首先…其次)', '副省长卞某某在答复时表示，首先要补齐短板，其次要健全机制。', true],
    ['pledges framed by closing words (在讲话中表示)', '副省长卞某某在讲话中表示，省政府将抓好两项工作：一是补齐短板；二是健全机制。', true],
    ['the chair\'s summing up with a list still closes', '市人大常委会主任邬某某在讲话中要求，一是抓好整改；二是跟踪问效。', true],
    ['pledges addressed to all the members', '副市长桂某某表示，对委员们提出的问题，市政府将从三个方面推进：完善规划、加大投入、强化考核。', true],
    // A lead adverbial summing up the questions (针对委员们提出的问题，) frames the head's pledges, as 最后， does.
    ['pledges after 针对委员们提出的问题，', '针对委员们提出的问题，副市长桂某某表示，市政府将抓好两项工作。第一，完善规划；第二，健全机制。', true],
    ['pledges after 最后，针对委员们的询问，', '最后，针对委员们的询问，副县长阚某某表示，县政府将采取四项措施推进整改。', true],
    // 一要…二要… pledges in a 表态 (t52 p10), 讲话时表示 without 在 (t52 p13), 在应询后表示 (t50 p01).
    ['一要…二要… in a 表态', '副市长桂某某表态：一要坚决扛起安全生产政治责任；二要深化重点行业领域专项整治；三要全面提升应急处置能力。', true],
    ['讲话时表示 (no 在), pledges after it', '副市长桂某某讲话时表示，市政府将逐条梳理委员们的意见，一是建立整改台账，二是明确责任单位和完成时限。', true],
    ['在应询后表示', '副市长桂某某在应询后表示，市政府将认真研究常委会组成人员提出的意见建议，压紧压实各级责任。', true],
    ['a general commitment after 针对委员们提出的问题， closes', '针对委员们提出的问题，副市长桂某某表示，市政府将认真研究，切实抓好整改。', true],
    ['a general commitment closes', '副市长桂某某在回应时表示，市政府将认真研究委员们的意见，切实抓好整改。', true],
    ['courtesies close', '副县长阚某某在讲话中表示，感谢委员们的监督，县政府将全力以赴。', true],
    // requirements addressed to the departments close, list or not (head-requirements.ts)
    ['requirements with a list (他要求，一是…)', '副省长卞某某在会议结束时讲话。他要求，一是抓好整改；二是跟踪问效。', true],
    ['requirements framed by 在讲话中要求', '副市长桂某某在讲话中要求，一是压实责任；二是限期整改。', true],
    ['requirements to the departments with a stated count', '副市长桂某某最后强调，各有关部门要做到三个到位：一是认识到位；二是责任到位；三是措施到位。', true],
    ['a courtesy, then requirements on the next line', '副县长阚某某在讲话中表示，县政府将认真研究委员们的意见。\n他强调，一是补齐短板；二是健全机制。', true],
  ])('%s', (_name, line, closes) => {
    const text = `${ANSWERED}\n${line}`;
    expect(kept(text)).toBe(closes ? ANSWERED : text);
  });

  // t52 p12: the speaker answered the questions as a bureau's head; his 表态 as the mayor's assistant is still no answer.
  it('an earlier responder\'s 表态 as a head (市长助理) after the last exchange closes', () => {
    const qa = '市长助理、市卫生健康委员会主任林某某到会应询。\n市人大常委会委员甘某某：基层医生留不住，原因有哪些？\n市卫生健康委员会主任林某某：一是待遇偏低；二是发展空间小。';
    expect(kept(`${qa}\n市长助理林某某表态：我们一定把委员们的意见建议转化为工作举措，坚持“三个不放松”，即抓改革不放松、抓投入不放松、抓队伍不放松。`)).toBe(qa);
  });

  // near-misses: a head the last question was put to answers it with his pledges, whatever frames them; a head speaking
  // first after the question answers it.
  const ASKED = '市人大常委会委员甘某某问：请问桂副市长和市民政局，养老床位缺口怎么补？\n市民政局局长程某某回答：缺口约3000张。';
  it.each<[string, string]>([
    ['asked by surname and post, 在讲话中表示 with 一是…二是', `${ASKED}\n副市长桂某某在讲话中表示，市政府将抓好两项工作：一是补齐床位；二是培养护理员。`],
    ['asked, 表态 with 一要…二要', `${ASKED}\n副市长桂某某表态：一要补齐床位；二要培养护理员。`],
    ['asked through the government (请问市政府), label with pledges', `市人大常委会委员甘某某问：请问市政府，养老床位缺口怎么补？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某：市政府将抓好两件事：一是补齐床位；二是培养护理员。`],
    ['the head answering first, 表态 with pledges', '市人大常委会委员甘某某问：养老床位缺口怎么补？\n副市长桂某某表态：一是补齐床位；二是培养护理员。'],
  ])('%s stays an answer', (_name, text) => {
    expect(kept(text)).toBe(text);
  });

  it.each<[string, boolean]>([
    ['重点抓好四项工作:一是…', true],
    ['从三个方面加以推进', true],
    ['一是完善规划;二是加大投入', true],
    ['第一,完善规划;第二,加大投入', true],
    ['将认真研究,抓好整改', false],
    ['第一时间回应群众关切', false],
    ['新增床位3000张', false],
    ['剩余2项未完成任务将在6月底前整改到位', false],
    ['12项整改任务,已完成9项', false],
    ['市政府将抓好四项工作,将…', true],
  ])('holdsPromises: %s', (statement, promises) => {
    expect(holdsPromises(statement)).toBe(promises);
  });
});

describe('[closers] the government head\'s statement asked for by the host, or to 各位委员, in a label layout', () => {
  it.each<[string, string, string]>([
    // The host asks for a statement with no subject of its own: the request and the statement close, promises or not.
    ['主持人 asks a vice-county-head for 表态发言', `${ANSWERED}\n主持人：询问时间差不多了，下面请副县长阚某某同志作表态发言。\n副县长 阚某某：县政府将抓好三件事：一是补齐床位；二是培养护理员；三是加强监管。`, ANSWERED],
    ['…a vice-governor asked to 表态 in so many words', `${ANSWERED}\n主持人：请副省长卞某某表态。\n副省长卞某某：省政府将坚持硬措施，确保床位年内补齐。`, ANSWERED],
    ['…after the member\'s courtesy line (好，谢谢。), which stays', `${ANSWERED}\n市人大常委会委员甘某某：好，谢谢。\n主持人：下面请副县长阚某某同志作表态发言。\n副县长 阚某某：县政府将抓好落实。`, `${ANSWERED}\n市人大常委会委员甘某某：好，谢谢。`],
    ['…the chair asks by name (请…表个态)', `市人大常委会副主任戚某某主持会议。\n${ANSWERED}\n戚某某：最后请桂某某副市长表个态。\n副市长桂某某：市政府将认真研究，逐项整改。`, `市人大常委会副主任戚某某主持会议。\n${ANSWERED}`],
    // A request tied to the question just asked (就这个问题) hands the question over: the head answers it.
    ['a request on the question just asked (就这个问题表个态) stays an answer', `${ANSWERED}\n主持人：请副市长桂某某就这个问题表个态。\n副市长桂某某：市财政将再安排500万元。`, `${ANSWERED}\n主持人：请副市长桂某某就这个问题表个态。\n副市长桂某某：市财政将再安排500万元。`],
    // Under the head's label, to 各位委员 (no 们) and what they raised.
    ['a vice-governor to 各位委员 under a title label', `${ANSWERED}\n副省长卞某某：各位委员提出的意见很中肯，省政府将坚持硬措施。`, ANSWERED],
    ['…to 各位委员、各位代表', `${ANSWERED}\n副市长桂某某：对各位委员、各位代表提出的意见，市政府将认真研究。`, ANSWERED],
    ['a 表态发言 label closes', `${ANSWERED}\n副省长卞某某表态发言：省政府将坚持硬措施。`, ANSWERED],
    ['…a head answering the last question with no such words stays', `${ANSWERED}\n副省长卞某某：省财政将再安排资金。`, `${ANSWERED}\n副省长卞某某：省财政将再安排资金。`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('[closers] a closing statement hard-wrapped over several lines (a gazette page)', () => {
  it.each<[string, string, string]>([
    ['the head to 各位委员, wrapped twice', `${ANSWERED}\n    副省长卞某某：各位委员提出的意见很中肯，省政府将\n坚持硬措施，确保全省养老床位不低于\n12万张。`, ANSWERED],
    ['…after the host\'s request, wrapped', `${ANSWERED}\n    主持人：请副省长卞某某表态。\n    副省长卞某某：省政府将压实各级责任，确保年内\n补齐床位。`, ANSWERED],
    // The head's promises, found on a wrapped line, keep the statement an answer.
    ['…with promises on the wrapped lines it stays an answer', `${ANSWERED}\n    副省长卞某某：各位委员提出的意见很中肯，省政府将抓好\n两项工作：一是增加床位；二是提高补贴。`, `${ANSWERED}\n    副省长卞某某：各位委员提出的意见很中肯，省政府将抓好\n两项工作：一是增加床位；二是提高补贴。`],
    // A wrapped answer is no closing because of its wrap.
    ['a wrapped answer after the last answer\'s label stays', `市人大常委会委员甘某某问：养老床位缺口有多大？\n    市民政局局长程某某：缺口约3000张，我们将分\n三年补齐。`, `市人大常委会委员甘某某问：养老床位缺口有多大？\n    市民政局局长程某某：缺口约3000张，我们将分\n三年补齐。`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('[closers] a government head\'s statement of position (表态) told in the third person', () => {
  it.each<[string, string, boolean]>([
    ['作表态发言，表示…', '最后，副市长桂某某作表态发言，表示市政府将认真研究委员们的意见，在三个月内书面报告整改情况。', true],
    ['作了表态发言。他表示，…', '最后，副市长桂某某作了表态发言。他表示，市政府将认真研究委员们的意见。', true],
    ['表态说，…', '副县长阚某某表态说，县政府将认真研究委员意见，限期整改到位。', true],
    ['作表态讲话 without 最后', '副县长阚某某作表态讲话，表示县政府将全力抓好整改。', true],
    ['表态称，…', '最后，副县长阚某某表态称，县政府将切实抓好整改。', true],
    // Other frames of the head's word to the whole inquiry (t45 #5, t47 #5), no 表态 needed.
    ['在回答询问后表示', '副市长桂某某在回答询问后表示，市政府将抓好审计整改，坚决防止屡审屡犯。', true],
    ['在应询时表示, the head\'s words quoted first', '“我们将把意见逐条梳理、逐项落实。”副区长桂某某在应询时表示，区政府将把养老服务纳入为民办实事项目。', true],
    ['最后，…讲话。她表示', '最后，副区长桂某某讲话。她表示，区政府将以此次专题询问为契机，建立整改台账。', true],
    ['在表态发言中说, a count the sentence is about', '副区长桂某某在表态发言中说，去年提出的12项整改任务，已完成9项，正在推进3项，区政府将逐项销号。', true],
    ['表态说, remaining tasks counted as the subject', '副市长桂某某表态说，剩余2项未完成任务将在今年6月底前整改到位。', true],
    // Pledges in the statement close with it, as they do under any closing words (t52 #1).
    ['在回答询问后表示 with a stated count of pledges', '副市长桂某某在回答询问后表示，市政府将采取四项措施推进整改。', true],
    ['a statement of position holding a list of pledges', '最后，副市长桂某某作表态发言，表示市政府将抓好两项工作：一是补齐床位；二是培养护理员。', true],
    // An adverbial between the speaker and the act: where (在…中) and how (分别, 最后) (t53 #12).
    ['在两场询问中分别作了表态发言', '副市长桂某某在两场询问中分别作了表态发言，表示市政府将认真研究办理常委会组成人员提出的意见建议。', true],
    ['在询问中作了表态发言', '副市长桂某某在询问中作了表态发言，表示市政府将逐项整改。', true],
    ['分别作了表态发言 (in both rounds)', '副市长桂某某分别作了表态发言，表示市政府将逐项整改。', true],
    ['在会上最后作表态发言', '副县长阚某某在会上最后作表态发言，表示县政府将全力抓好整改。', true],
    // The act framed by 作 before 时说/时表示, as "作表态发言。他说，" is (t70 #3).
    ['作表态发言时说', '副州长冉某某作表态发言时说，未成年人保护是全社会的共同责任，州政府将抓好四个方面：第一，…；第二，…。', true],
    ['作表态发言时表示', '副市长段某某作表态发言时表示，市政府将认真梳理委员、代表们提出的问题。', true],
    ['作讲话时表示', '最后，副县长阚某某作讲话时表示，县政府将全力抓好整改。', true],
    ['near-miss: 作说明时表示 is no speech to the meeting', '副市长桂某某作说明时表示，市政府将抓好两项工作：一是补齐床位；二是培养护理员。', false],
    // near-misses: an adverbial before an act that is no 表态, or 表态 not ending its clause
    ['在询问中作了说明 is no statement of position', '副市长桂某某在询问中作了说明，市政府将逐项整改：一是补齐床位；二是培养护理员。', false],
    ['在询问中作表态发言的要求 goes on: no act told', '副市长桂某某在询问中作表态发言的要求很明确，市政府将抓好两项工作：一是补齐床位；二是培养护理员。', false],
    // near-miss: a speech verb that is no act of speaking to the meeting
    ['讲话 followed by more of the clause is no act named', '副区长桂某某讲话算数，区政府将按期完成四项工作：一是补齐床位；二是培养护理员。', false],
  ])('%s', (_name, line, closes) => {
    const text = `${ANSWERED}\n${line}`;
    expect(kept(text)).toBe(closes ? ANSWERED : text);
  });
});

describe('[closers] an official of any post speaking for the government in its 表态 (government-statements.ts)', () => {
  it.each<[string, string, boolean]>([
    ['a 二级调研员 of the district government, 我代表区政府表态', '区政府党组成员、区政府二级调研员 邝某某：我代表区政府表态，两个月内报告整改情况。', true],
    ['a 一级巡视员, 代表市政府作表态发言', '市政府一级巡视员 羿某某：下面，我代表市政府作表态发言。市政府将认真研究，逐项整改。', true],
    ['a 秘书长 entrusted by the head (受县长委托，我代表县政府表个态)', '县政府秘书长 隗某：受县长委托，我代表县政府表个态。县政府将限期整改到位。', true],
    ['a 党组成员 for the 人民政府, in brackets after the name', '宓某某（市政府党组成员）：我代表市人民政府向各位委员表态，年底前报告整改情况。', true],
    ['told in a report\'s words (代表区政府作表态发言)', '最后，区政府二级调研员邝某某代表区政府作表态发言，表示将逐项建立整改台账。', true],
    // Its pledges close with it, as a head's do.
    ['…with a list of pledges too', '区政府二级调研员 邝某某：我代表区政府表态，一是建立台账；二是限期整改。', true],
    // A department speaking for itself answers the last question; so does the government's general office.
    ['a bureau chief for his bureau (我代表市民政局表态) stays', '市民政局副局长 邝某某：我代表市民政局表态，年底前补齐床位。', false],
    ['the general office (代表市政府办公室) stays', '市政府办公室主任 邝某某：我代表市政府办公室表态，年底前督办到位。', false],
    ['an official answering without speaking for the government stays', '区政府二级调研员 邝某某：区里将加快推进养老床位建设。', false],
  ])('%s', (_name, line, closes) => {
    const text = `${ANSWERED}\n${line}`;
    expect(kept(text)).toBe(closes ? ANSWERED : text);
  });

  it.each<[string, string, string]>([
    // The host calls for the government's statement: whoever answers the call gives it, the call opening the closing.
    ['请区政府表态, then a 二级调研员', `${ANSWERED}\n主持人：请区政府表态。\n区政府二级调研员 邝某某：区政府将逐项建立整改台账。`, ANSWERED],
    ['下面请市人民政府作表态发言, then a 副秘书长', `${ANSWERED}\n主持人：下面请市人民政府作表态发言。\n市政府副秘书长 羿某某：市政府将抓好三件事：一是补齐床位；二是培养护理员；三是加强监管。`, ANSWERED],
    ['请县政府领导表个态, then a 党组成员', `${ANSWERED}\n主持人：最后，请县政府领导表个态。\n县政府党组成员 隗某：县政府将限期整改到位。`, ANSWERED],
    // A call on a department, or tied to the question just asked (就这个问题), hands the question over.
    ['请市民政局表个态 stays an answer', `${ANSWERED}\n主持人：请市民政局表个态。\n市民政局副局长 邝某某：年底前补齐床位。`, `${ANSWERED}\n主持人：请市民政局表个态。\n市民政局副局长 邝某某：年底前补齐床位。`],
    ['请区政府就这个问题表个态 stays an answer', `${ANSWERED}\n主持人：请区政府就这个问题表个态。\n区政府二级调研员 邝某某：年底前补齐床位。`, `${ANSWERED}\n主持人：请区政府就这个问题表个态。\n区政府二级调研员 邝某某：年底前补齐床位。`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });

  it('a member speaking of the government asks on', () => {
    const text = `${ANSWERED}\n市人大常委会委员甘某某：我希望代表区政府表态的同志说说时间表？`;
    expect(kept(text)).toBe(text);
  });
});

describe('[closers] a member\'s thanks close their exchange: the head\'s statement after them is the closing, as without them', () => {
  const THANKS = [
    ['好，谢谢。', '市人大常委会委员甘某某：好，谢谢。'],
    ['谢谢。', '市人大常委会委员甘某某：谢谢。'],
    ['好的，谢谢程局长。', '市人大常委会委员甘某某：好的，谢谢程局长。'],
  ] as const;
  it.each(THANKS.flatMap(([thanks, line]) => [
    [`${thanks} then a vice-mayor to 各位委员`, line, '副市长 桂某某：各位委员提出的问题都很中肯。市政府将逐条研究整改。', true],
    [`${thanks} then 我代表市政府表个态`, line, '副市长 桂某某：我代表市政府表个态，市政府将逐条研究整改。', true],
    [`${thanks} then a county head committing the government`, line, '县长 桂某某：县政府将照单全收，逐条研究整改。', true],
    // Pledges close with the statement, as they do without the thanks.
    [`${thanks} then a vice-mayor with a list of pledges`, line, '副市长 桂某某：各位委员提出的问题很中肯，市政府将抓好两项工作：一是补齐床位；二是培养护理员。', true],
  ] as [string, string, string, boolean][]))('%s', (_name, thanks, statement, closes) => {
    const text = `${ANSWERED}\n${thanks}\n${statement}`;
    expect(kept(text)).toBe(closes ? `${ANSWERED}\n${thanks}` : text);
  });

  it.each<[string, string]>([
    // A head the question was put to answers it, thanks between or not.
    ['the question put to the vice-mayor by name', '市人大常委会委员甘某某问：请问桂某某副市长，养老床位缺口怎么补？\n市民政局局长程某某回答：缺口约3000张。\n市人大常委会委员甘某某：好，谢谢。\n副市长 桂某某：各位委员关心的床位问题，市政府将逐条研究整改。'],
    ['the question put to the city government', '市人大常委会委员甘某某问：请问市政府，养老床位缺口怎么补？\n市民政局局长程某某回答：缺口约3000张。\n市人大常委会委员甘某某：谢谢。\n副市长 桂某某：各位委员提出的问题都很中肯，市政府将逐条研究整改。'],
    // Thanks followed by a question of their own are no courtesy: the head answers that question.
    ['thanks then a new question to the head', `${ANSWERED}\n市人大常委会委员甘某某：谢谢。请问桂某某副市长，资金怎么保障？\n副市长 桂某某：市财政将再安排500万元。`],
  ])('%s stays an answer', (_name, text) => {
    expect(kept(text)).toBe(text);
  });
});

describe('[closers] the head\'s 表态 after the reporter\'s narration, a notes heading or a scene sentence (f23d)', () => {
  const NOTES = `${ANSWERED}\n记者手记：`;
  it.each<[string, string, string]>([
    // must read: the last answer ends where the narration after it begins
    ['会后 as the moment before the head (会后，副市长某表态说)', `${ANSWERED}\n会后，副市长桂某某表态说，市政府将逐项研究，限期整改。`, ANSWERED],
    ['the report summing the inquiry up, then 会后 and the 表态, one paragraph', `${ANSWERED}\n询问会上，委员们问得直接，部门答得坦诚。会后，副市长桂某某表态说，市政府将逐项研究，限期整改。`, ANSWERED],
    ['a notes heading, then that paragraph: the heading goes with it', `${NOTES}\n询问会上，委员们问得直接，部门答得坦诚。会后，副市长桂某某表态说，市政府将逐项研究。`, ANSWERED],
    ['a notes heading, the reporter\'s own words, then the 表态 on a line of its own', `${NOTES}\n农村供水关系千家万户。\n副市长桂某某表态说，市政府将逐项研究。`, ANSWERED],
    ['a notes heading leading its paragraph (【记者观察】), narration then the 表态', `${ANSWERED}\n【记者观察】询问会上，委员们问得直接，部门答得坦诚。会后，副市长桂某某表态说，市政府将逐项研究。`, ANSWERED],
    ['a notes heading, then the chair\'s closing words', `${NOTES}\n市人大常委会主任邬某某在总结时说，希望市政府抓好整改。`, ANSWERED],
    ['a scene sentence with a comma (现场，…。) before the 表态, one paragraph', `${ANSWERED}\n现场，不少旁听群众举起手机拍照。副市长桂某某表态说，市政府将逐项研究。`, ANSWERED],
    ['…the scene sentence alone on the line before the 表态', `${ANSWERED}\n现场，不少旁听群众举起手机拍照。\n副市长桂某某表态说，市政府将逐项研究。`, ANSWERED],
    // near-misses: the answer keeps its words
    ['an official saying 表态 in the answer keeps it', '市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。我在这里表态，会后一定抓好整改。', '市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。我在这里表态，会后一定抓好整改。'],
    ['a scene sentence with no closer after it stays', `${ANSWERED}\n现场，不少旁听群众举起手机拍照。`, `${ANSWERED}\n现场，不少旁听群众举起手机拍照。`],
    ['an official\'s own 现场 sentence (现场，我们…) is no scene', `${ANSWERED}\n现场，我们也请来了检测中心的同志。\n副市长桂某某表态说，市政府将逐项研究。`, `${ANSWERED}\n现场，我们也请来了检测中心的同志。`],
    ['会后 before the head\'s pledges (一是…二是): they close with the 表态', `${ANSWERED}\n会后，副市长桂某某表态说，市政府将抓好两项工作：一是新建养老院；二是提高补贴。`, ANSWERED],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('[closers] a line that only tells the scene (f23d)', () => {
  it.each<[string, boolean]>([
    ['现场，不少旁听群众举起手机拍照。', true],
    ['询问现场气氛热烈。', true],
    ['会议现场掌声不断。', true],
    // near-misses: a speaker's own words (first person), more than the scene, a long clause
    ['现场，我们也请来了检测中心的同志。', false],
    ['现场，不少旁听群众举起手机拍照。副市长某某表态说，市政府将逐项研究。', false],
    ['现场，来自全市十二个乡镇的二十多位村民代表和旁听群众认真听取了询问。', false],
  ])('%s → %s', (line, expected) => {
    expect(isSceneLine(normalize(line))).toBe(expected);
  });
});

describe('[closers] the government head\'s 表态 after the last exchange: names of any length, 行署 and 国务院 governing, a caption (f23j)', () => {
  const ROLL = '行署副专员扎西平措及行署水利局负责人到会应询。';
  it.each<[string, string, string]>([
    // must read: the head's statement to all is the closing, whatever the length of the head's name
    ['a five-character Mongolian name after 副旗长 (乌云其其格)', `${ANSWERED}\n副旗长乌云其其格表示，旗政府将对照询问中提出的问题，限期整改。`, ANSWERED],
    ['a three-character one (其其格), no listed surname', `${ANSWERED}\n副旗长其其格表示，旗政府将对照询问中提出的问题，限期整改。`, ANSWERED],
    ['a short Han name, as before (黄琳)', `${ANSWERED}\n副旗长黄琳表示，旗政府将对照询问中提出的问题，限期整改。`, ANSWERED],
    ['a 行署 commissioner named in the roll, then by bare name (扎西平措表示，行署将…)', `${ROLL}\n${ANSWERED}\n扎西平措表示，行署将把饮水安全作为最大的民生工程。`, `${ROLL}\n${ANSWERED}`],
    ['a vice-premier named in the roll, then by bare name (国务院将…)', `国务院副总理仇某某到会听取意见。\n${ANSWERED}\n仇某某表示，国务院将认真研究常委会组成人员提出的意见。`, `国务院副总理仇某某到会听取意见。\n${ANSWERED}`],
    ['表态 as the verb of saying, then its comma (表态，市政府将…)', `${ANSWERED}\n副市长桂某某表态，市政府将把代表委员的意见建议转化为具体举措。`, ANSWERED],
    ['a caption naming the 表态 (▲副市长某表态发言), the 表态, then the chair', `市人大常委会副主任喻某主持询问。\n${ANSWERED}\n▲副市长桂某某表态发言\n副市长桂某某表态，市政府将逐项研究，限期整改。\n喻某指出，要持续用力、久久为功。`, `市人大常委会副主任喻某主持询问。\n${ANSWERED}`],
    ['…the statement sharing words with the asker\'s title only (地区人大): the label takes nothing up', `${ROLL}\n地区人大代表、那曲镇党委书记洛桑询问：草原管护员待遇偏低，能否提高？\n地区林业和草原局局长彭某某回答：明年起提高到500元。\n扎西平措表示，行署将逐项整改，按时向地区人大工委报告。`, `${ROLL}\n地区人大代表、那曲镇党委书记洛桑询问：草原管护员待遇偏低，能否提高？\n地区林业和草原局局长彭某某回答：明年起提高到500元。`],
    // near-misses: the answer keeps its words
    ['a head answering the question with 表态 (the first answer) stays', '市人大常委会委员甘某某问：养老床位缺口有多大？\n副市长桂某某表态，市政府将在三年内补齐养老床位缺口。', '市人大常委会委员甘某某问：养老床位缺口有多大？\n副市长桂某某表态，市政府将在三年内补齐养老床位缺口。'],
    ['a head asked by name, 表态 after the bureau\'s answer, stays', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表态，市政府将分三年补齐。', '市人大常委会委员甘某某问：请问桂副市长，养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张。\n副市长桂某某表态，市政府将分三年补齐。'],
    ['a 行署 bureau committing itself (行署水利局将…) is no government\'s statement', `${ANSWERED}\n行署水利局局长格桑旺堆表示，行署水利局将加快工程建设。`, `${ANSWERED}\n行署水利局局长格桑旺堆表示，行署水利局将加快工程建设。`],
    ['a 督查专员 heads nothing: his words stay', `${ANSWERED}\n市政府督查专员桂某某表示，市政府将跟踪督办。`, `${ANSWERED}\n市政府督查专员桂某某表示，市政府将跟踪督办。`],
    ['a head\'s 表态 holding pledges (一是…二是) closes with them', `${ANSWERED}\n副旗长乌云其其格表态，旗政府将抓好两项工作：一是补齐床位；二是提高补贴。`, ANSWERED],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('[closers] a court\'s or procuratorate\'s head: a 表态 after the last exchange committing the institution closes (n1)', () => {
  it.each<[string, string, string]>([
    ['a court president\'s 表态 (表态：市法院将…)', `${ANSWERED}\n市法院院长钟某某表态：市法院将认真研究委员们的意见，逐条整改。`, ANSWERED],
    ['a deputy chief procurator speaking for the procuratorate', `${ANSWERED}\n市检察院副检察长费某某：我代表市检察院表个态，检察机关将逐项抓好落实。`, ANSWERED],
    ['…told in a report\'s words (表态，…)', `${ANSWERED}\n市中级人民法院院长钟某某表态，我们将认真研究委员们的意见，抓好整改落实。`, ANSWERED],
    // near-misses: the answer keeps its words
    ['the court answering the last question put to it', '市人大常委会委员甘某某问：请问市法院，执行难怎么破解？\n市法院副院长程某某回答：我们将加强联动。\n市法院院长钟某某表态：市法院将认真研究委员们的意见，逐条整改。', '市人大常委会委员甘某某问：请问市法院，执行难怎么破解？\n市法院副院长程某某回答：我们将加强联动。\n市法院院长钟某某表态：市法院将认真研究委员们的意见，逐条整改。'],
    ['a court president\'s words with no 表态', `${ANSWERED}\n市法院院长钟某某：今年共受理执行案件3000件，市法院将加快执行。`, `${ANSWERED}\n市法院院长钟某某：今年共受理执行案件3000件，市法院将加快执行。`],
    ['a 表态 committing no institution', `${ANSWERED}\n市法院院长钟某某表态：执行案件逐年增多。`, `${ANSWERED}\n市法院院长钟某某表态：执行案件逐年增多。`],
    ['a 表态 holding pledges (一是…二是) closes with them', `${ANSWERED}\n市法院院长钟某某表态：市法院将抓好两件事：一是加快执行；二是强化联动。`, ANSWERED],
    ['a court\'s 局长-like post (执行局局长) heads no court', `${ANSWERED}\n市法院执行局局长钟某某表态：市法院将认真研究，逐条整改。`, `${ANSWERED}\n市法院执行局局长钟某某表态：市法院将认真研究，逐条整改。`],
  ])('%s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

/** A 实录 of speaker lines: "TITLE NAME" alone on its line, the role tag (问:/答:) opening the words below. */
const LINES = '省人大常委会委员 甘某某\n问：养老床位缺口有多大？\n\n省民政厅厅长 程某某\n答：缺口约3000张，我们将分三年补齐。';

describe('[closers] a head\'s statement under a speaker line (t70 #3)', () => {
  it.each<[string, string, boolean]>([
    ['表态发言: under the speaker line', '副省长 卞某某\n表态发言：尊敬的罗主任，各位委员、各位代表：省政府将重点抓好以下工作：一是压实责任；二是加大投入。', true],
    ['a salute to the chair and to all, no tag', '副省长 卞某某\n尊敬的罗主任，各位委员、各位代表：省政府将重点抓好以下工作：一是压实责任；二是加大投入。', true],
    ['讲话: under the speaker line', '副省长 卞某某\n讲话：省政府将认真研究委员们的意见。', true],
    // s85 #2: the speech's tag (SPEECH_TAG) is one piece for closing-narration.ts's bare line and the salute here
    ['总结讲话: under the speaker line', '副省长 卞某某\n总结讲话：省政府将认真研究委员们的意见。', true],
    ['表态: under the speaker line', '副省长 卞某某\n表态：省政府将认真研究委员们的意见。', true],
    ['发言: before a salute to the chair and to all', '副省长 卞某某\n发言：尊敬的罗主任，各位委员：省政府将认真研究委员们的意见。', true],
    // near-misses: a head answering the last question under 答:; a salute by the head the question was put to, with promises
    ['答: under a head\'s speaker line stays the answer', '副省长 卞某某\n答：省财政将再安排资金。', false],
    ['a head thanking the member who asked stays the answer', '副省长 卞某某\n谢谢甘委员的提问。省财政将再安排资金。', false],
  ])('%s', (_name, statement, closes) => {
    const text = `${LINES}\n\n${statement}`;
    expect(kept(text)).toBe(closes ? LINES : text);
  });
  it('a salute by the head the question was put to, with promises, stays the answer', () => {
    const asked = LINES.replace('养老床位缺口有多大？', '请问卞副省长，养老床位缺口有多大？').replace('省民政厅厅长 程某某\n答：缺口约3000张，我们将分三年补齐。', '副省长 卞某某\n尊敬的罗主任，各位委员：省政府将抓好两项工作：一是增加床位；二是提高补贴。');
    expect(kept(asked)).toBe(asked);
  });
});
