/**
 * A government head's own statement after the last answer, under their own label: to the whole inquiry, or to the last question.
 *
 * Example: "副省长卓某:省政府将坚持“长牙齿”的硬措施,确保全省耕地保有量不低于5920万亩。" after the finance department
 * answered "请问省财政厅,资金规模多大?" — nobody asked the head, and the government commits itself on the whole subject:
 * the inquiry's closing statement, as "副省长卓某:各位委员提出的意见很中肯,…" is (to all the members, on all they raised),
 * and "副市长某:这次询问问得实,我们将认真研究,逐项抓好落实。" is (taking in what the inquiry raised).
 * It answers the last question instead when that question was put to the head ("请问卓副省长,…", "请问省政府,…"), when
 * the host called on the head ("主持人:最后,请副区长某作总体回应。"), when the head adds to the answer ("我补充两句。…"),
 * or when the commitment takes up the question's own words ("乡村医生…后继乏人…?" → "区政府将把乡村医生队伍建设…"; words of
 * the headline or introduction are the whole inquiry's subject, no question's own).
 * Told in a report's words ("副市长某表示,市政府将认真研究,逐项抓好落实。") the statement reads the same (reportsToWhole).
 * Matching runs on the view; offsets are [start, end) UTF-16 offsets into the text.
 */
import type { SpeakerMention } from './mentions.js';
import { STAMP } from './stamps.js';
import { GOVERNMENT } from './government-statements.js';

/** The words of a question put it to the head of `m`: by name, by surname and post (卓副省长), to a head's post or to the government itself. */
export function asksHead(question: string, m: SpeakerMention): boolean {
  if (!question) return false;
  if (m.name && question.includes(m.name)) return true;
  if (m.surname && m.office && (question.includes(m.surname + m.office) || question.includes(m.surname + m.office.replace(/^(?:常务|执行)?副/u, '')))) return true;
  return ASKS_GOVERNMENT.test(question);
}
/** A question put to the government or to its head's post: "请问市政府", "请分管副市长回答", "想问一下县长" (not 市政府办, 市政府 + a bureau). */
const ASKS_GOVERNMENT = /(?:请问|想问|问一下|请教|请)(?:一下)?\s*(?:分管(?:的)?)?(?:(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县)(?:人民)?政府(?!办|[^,。?!;\s]{0,8}?(?:局|厅|委|办|中心|部门))|(?:常务|执行)?副?(?:省|市|县|区|州|盟|旗)长|政府(?:主要)?领导)/u;

/**
 * The statement after a head's mention (`statement`, from the mention's end to its paragraph's end; `lineStart` where its
 * line starts in `view`) is the head's own label turn speaking for the government to the whole inquiry (see the header).
 * `question`: the last question's words (its last asker's turn up to the first answer), '' when unknown.
 */
export function speaksToWhole(view: string, lineStart: number, statement: string, question: string, subject = '', commits = true): boolean {
  if (!HEAD_LABEL.test(statement) || ADDS.test(statement) || CALLED_BEFORE.test(callBefore(view, lineStart))) return false;
  return toWhole(statement, question, subject, commits);
}

/**
 * The same statement told in a report's words, the head's name then a plain verb of saying ("副市长某某表示,市政府将认真研究,
 * 逐项抓好落实。", "某某说,…"): read as under the head's own label. Not "补充说" (adding to the answer), nor "回答" (answering).
 */
export function reportsToWhole(view: string, lineStart: number, statement: string, question: string, subject = '', commits = true): boolean {
  if (!HEAD_SAYS.test(statement) || CALLED_BEFORE.test(callBefore(view, lineStart))) return false;
  return toWhole(statement, question, subject, commits);
}
/** Right after a head's mention in a report: a plain verb of saying, then its comma or colon ("表示,", "也说:", "随后指出,", "表态,"). */
const HEAD_SAYS = /^\s*(?:同志)?(?:也|还|随后)?(?:表示|说|指出|强调|称|表态)\s*[,:]/u;

/**
 * The statement's words speak to the whole inquiry: to all the members, or committing the government (or taking in what was
 * raised) without taking up the last question. Without `commits` the government's commitment alone does not: before the
 * chair's end marker "副区长 某:区政府将统筹推进。" adds to the last answer; "感谢各位委员,市政府将认真研究,…" still closes.
 */
function toWhole(statement: string, question: string, subject: string, commits: boolean): boolean {
  return TO_WHOLE.test(statement) || (((commits && COMMITS.test(statement)) || TAKES_IN.test(statement)) && !takesUp(statement, question, subject));
}

/** Right after a head's mention: the colon of their own label (a bracket, bold marks or 同志 before it). */
const HEAD_LABEL = /^\s*(?:同志)?\s*(?:\*\*|__)?\s*(?:\([^()\n]{1,12}\))?\s*(?:\*\*|__)?\s*:/u;

/** `after` (the view right after a speaker's mention) opens on their own label's colon: "副市长 某:", "某(主持人):". */
export function underOwnLabel(after: string): boolean {
  return HEAD_LABEL.test(after);
}
/**
 * The inquiry itself taken as the occasion of the statement: "以此次专题询问为契机", "通过这次询问", "本次询问中委员们指出的…"
 * — the statement is to the inquiry as a whole, whatever words of the last question it shares (营商环境, the inquiry's topic).
 * A demonstrative before 询问 (此次, 这次, 本次, 今天的), never a bare "询问" (询问的问题 of one member).
 */
const THIS_INQUIRY = String.raw`(?:以|借|通过|把|将|在|就|对)?(?:此次|这次|本次|今天的?)(?:跟踪)?(?:专题)?询问`;
/**
 * To the whole inquiry, anywhere in the statement: to all the members (各位委员, 委员们, 代表们; 大家 thanked or spoken to),
 * on what they raised in the plural (提出的意见建议, 提出的这些问题), for the government (代表市政府), or naming this inquiry.
 */
const TO_WHOLE = new RegExp(String.raw`各位(?:委员|代表|常委会组成人员)|(?:委员|代表)们|(?:感谢|谢谢|向|请|对|给)大家|大家(?:提出|提的|所提|关心|的意见|的建议)|提出(?:的|了)(?:这些|很多|许多|诸多|一些|各项|大量|宝贵|很好的|好的)?(?:意见(?:和|、)?建议|问题(?:和|、)(?:意见|建议)|意见(?:和|、)问题)|提出(?:的|了)(?:这些|很多|许多|诸多|一些|各项|大量)(?:意见|建议|问题)|代表${GOVERNMENT}|${THIS_INQUIRY}`, 'u');
/** …or committing the government (省政府将…, 市政府一定…, 县政府会…, 行署将…, 国务院将…): to the whole inquiry unless it takes up the last question. */
const COMMITS = new RegExp(String.raw`${GOVERNMENT}(?:将|会|一定|必将|坚决|要)`, 'u');
/**
 * …or promising to take in what the inquiry raised, whoever "we" are: "我们将认真研究,逐项抓好落实", "下一步将认真梳理,
 * 整改落实", "逐条研究" — the study and follow-up of the members' opinions, not a measure of one question's.
 */
const TAKES_IN = /认真(?:研究|梳理|吸纳|对待)[^。?!]{0,20}?(?:落实|整改|办理|吸纳)|逐(?:项|条)(?:研究|梳理|整改|办理|抓好?落实)/u;

/** `statement` promises to take in what the inquiry raised (TAKES_IN): "认真研究委员们的意见,抓好落实", "逐条整改". */
export function takesIn(statement: string): boolean {
  return TAKES_IN.test(statement);
}

/** The head's words open on adding to the answer: "我补充两句。", "补充说明一下", "我再补充一点". */
const ADDS = /^\s*(?:同志)?\s*(?:\*\*|__)?\s*(?:\([^()\n]{1,12}\))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:我|下面我|这里我)?(?:再|简单|先)?补充/u;
/**
 * The line before calls on someone to speak: "主持人:最后,请副区长某作总体回应。", "请某副市长回答。" — not to answer in writing
 * ("请相关部门在15个工作日内书面答复": the chair ends the oral part, nobody is called to speak).
 */
const CALLED_BEFORE = /请(?!问)[^。?!;\n]{0,30}?(?<!书面)(?:回应|回答|作答|答复|讲话|发言|说|谈|介绍|补充)/u;

/** The last line before `at` with words, a live feed's stamp alone on its line passed over ("【14:55】⏎主持人:…请…回应。⏎【14:56】⏎"). */
function callBefore(view: string, at: number): string {
  const lines = view.slice(Math.max(0, at - 160), at).split('\n');
  for (let k = lines.length - 1; k >= 0; k--) if (!STAMP_ONLY.test(lines[k])) return lines[k];
  return '';
}
const STAMP_ONLY = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?$`, 'u');

/** Han runs of this many characters, shared by a statement and a question, take the question up ("乡村医生", "饮水安全"). */
const SHARED_RUN = 4;
const HAN_RUN = /^\p{sc=Han}+$/u;

/**
 * `statement` shares a run of SHARED_RUN Han characters with `question`, one not also in `subject` (the headline and the
 * introduction): "营商环境" in "…优化营商环境专题询问" is the whole inquiry's subject, which every question shares, not the
 * last question's own ("营商环境评价排名有没有提升?" → "区政府将持续用力,推动营商环境再上新台阶" still speaks to the whole).
 */
function takesUp(statement: string, question: string, subject = ''): boolean {
  if (question.length < SHARED_RUN) return false;
  const runs = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= question.length; i++) {
    const run = question.slice(i, i + SHARED_RUN);
    if (HAN_RUN.test(run) && !subject.includes(run)) runs.add(run);
  }
  for (let i = 0; i + SHARED_RUN <= statement.length; i++) if (runs.has(statement.slice(i, i + SHARED_RUN))) return true;
  return false;
}
