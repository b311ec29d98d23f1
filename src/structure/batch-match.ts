/**
 * Matching the answers of a batch (集中提问、逐一回答) to its questions.
 *
 * Example: three members ask in a row ("…额尔敦巴雅尔首先提问:…盟林草局如何加强监管?", "…其木格接着
 * 提问:…盟财政局如何确保资金及时足额发放?", "…宝音达来提问:…盟生态环境局对…有什么修复计划?"), then the
 * officials answer: "针对第一个问题,盟林业和草原局局长孟和回答说,…" answers the first (an ordinal),
 * "关于补奖资金发放问题,盟财政局局长刘海燕表示,…" the one whose text shares its words (a topic),
 * "盟生态环境局局长阿拉坦仓回应,…" the one put to 盟生态环境局 (the responder's organization). Evidence,
 * strongest first: an explicit reference (第N个问题; X委员(提出)的问题; 关于/针对/就…问题 sharing
 * words with one question only), the responder's organization matching the addressee of one question
 * only (a bureau chief who 补充说 after the vice-mayor's answers adds to his bureau's question), a 补充
 * going with the answer before it; the answers left over go in reading order to the
 * questions left over, only when there are as many of each and the order stays the reading order.
 * Before that guess, a sentence naming the responders as answering respectively ("梁永胜和马俊杰分别作了回答", one per
 * question, in the questions' order), each of them then heard, gives each answer the question of its speaker's place in
 * it — by name, whatever order the answers then come in — unless an answer matched on firmer evidence contradicts that
 * order (the list is then in some other order, and only the last answer left over goes to the last question left over).
 * Anything else is no guess: the answer stays unmatched. Texts are read on the normalized view.
 */
import { parseNumeral } from '../extract/numerals.js';
import { sameOrganization } from '../model/org-names.js';

export interface BatchQuestion {
  /** The askers' names. */
  askers: string[];
  /** The question as written (view). */
  text: string;
  /** Organizations it is put to, as written. */
  addressees: string[];
}

export interface AnswerUnit {
  /** The words that open the answer: from the start of its line to the end of its first sentence (view). */
  lead: string;
  /** The responder's organization, or null. */
  organization: string | null;
  /** The responder's name, or null (read against a list of responders answering respectively). */
  name?: string | null;
}

export type Evidence = 'ordinal' | 'asker' | 'topic' | 'supplement' | 'organization' | 'named' | 'order';

export interface AnswerMatch {
  /** 0-based position of the question in the batch, or null: no evidence, no guess. */
  question: number | null;
  evidence: Evidence | null;
}

/** "第一个问题", "第2个问题", "第三位委员提出的问题". */
const ORDINAL = /第\s*([一二三四五六七八九十两\d]{1,3})\s*(?:个|项|位(?:委员|代表|同志)?(?:刚才)?(?:提出|所提|提|询问)?的)\s*(?:问题|提问|询问)/u;
/** After an asker's name: "…委员(刚才)提出的问题", "…代表的提问", "…委员关心的". */
const AFTER_NAME = /^\s*(?:委员|代表|同志)?(?:刚才|刚刚)?[^,。:;?!]{0,8}?(?:问题|提问|询问|关切|关心|关注)/u;
/** "刘委员提出的问题", "欧阳代表的提问": the member's title after a surname (one or two characters before it). */
const SURNAME_REF = /(?:委员|代表)(?:刚才|刚刚)?[^,。:;?!]{0,8}?(?:问题|提问|询问|关切|关心|关注)/gu;
/** "关于补奖资金发放问题", "针对超载过牧的问题", "就草原执法情况"; an answer opening on 关于 and its topic, "关于旺季分流,…". */
const TOPIC = /(?:针对|关于|对于|就)\s*([^,。:;?!“”\s]{2,24}?)\s*(?:的)?(?:问题|提问|情况|事项)|^关于\s*([^,。:;?!“”\s]{2,16}),/u;
/** Words of a topic phrase that say nothing about which question: "针对委员们提出的问题". */
const GENERIC = /委员们?|代表们?|大家|同志们?|刚才|刚刚|提出|所提|提到|关心|关注|上述|以上|这个|这些|这一|那个|几个|各位|的|了/gu;
/** A supplement to the answer before: "…副盟长高建平补充说", "作补充", "补充回答". */
const SUPPLEMENT = /补充/u;

/** The question an answer's opening words refer to, explicitly, with the kind of reference; or null. */
export function referenceIn(lead: string, questions: BatchQuestion[]): AnswerMatch | null {
  const ordinal = ORDINAL.exec(lead);
  if (ordinal) {
    const n = parseNumeral(ordinal[1]);
    if (n !== null && n >= 1 && n <= questions.length) return { question: n - 1, evidence: 'ordinal' };
  }
  const byName = uniqueIndex(questions, (q) => q.askers.some((name) => namedIn(lead, name)));
  if (byName !== null) return { question: byName, evidence: 'asker' };
  for (const m of lead.matchAll(SURNAME_REF)) {
    for (const surname of [lead.slice(m.index - 1, m.index), lead.slice(Math.max(0, m.index - 2), m.index)]) {
      if (!/^[\u4e00-\u9fff]{1,2}$/u.test(surname)) continue;
      const q = uniqueIndex(questions, (x) => x.askers.some((name) => name.length > surname.length && name.startsWith(surname)));
      if (q !== null) return { question: q, evidence: 'asker' };
    }
  }
  const topic = TOPIC.exec(lead);
  if (topic) {
    const q = bestTopic(topic[1] ?? topic[2], questions);
    if (q !== null) return { question: q, evidence: 'topic' };
  }
  return null;
}

/** The asker's name followed by words of asking ("其木格委员提出的问题"), anywhere in `lead`. */
function namedIn(lead: string, name: string): boolean {
  if (name.length < 2) return false;
  for (let at = lead.indexOf(name); at >= 0; at = lead.indexOf(name, at + 1)) {
    if (AFTER_NAME.test(lead.slice(at + name.length, at + name.length + 20))) return true;
  }
  return false;
}

/**
 * The question whose text shares the most character pairs with the topic phrase, when it is the
 * only one and shares at least two and at least half of them.
 */
function bestTopic(phrase: string, questions: BatchQuestion[]): number | null {
  const grams = bigrams(phrase.replace(GENERIC, ' '));
  if (grams.length < 2) return null;
  let best = -1;
  let bestHits = 0;
  let tie = false;
  questions.forEach((q, k) => {
    let hits = 0;
    for (const g of grams) if (q.text.includes(g)) hits++;
    if (hits > bestHits) { best = k; bestHits = hits; tie = false; } else if (hits === bestHits && hits > 0) tie = true;
  });
  return best >= 0 && !tie && bestHits >= 2 && bestHits * 2 >= grams.length ? best : null;
}

/** The distinct pairs of neighbouring ideographs. */
function bigrams(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) {
    if (/[\u4e00-\u9fff]/u.test(s[i]) && /[\u4e00-\u9fff]/u.test(s[i + 1])) out.add(s.slice(i, i + 2));
  }
  return [...out];
}

function uniqueIndex<T>(items: T[], test: (x: T) => boolean): number | null {
  let found: number | null = null;
  for (let k = 0; k < items.length; k++) {
    if (!test(items[k])) continue;
    if (found !== null) return null;
    found = k;
  }
  return found;
}

/** The question put to the responder's organization, when only one is. */
function byOrganization(unit: AnswerUnit, questions: BatchQuestion[]): number | null {
  const org = unit.organization;
  if (!org) return null;
  return uniqueIndex(questions, (q) => q.addressees.some((a) => sameOrganization(org, a)));
}

/**
 * Each answer's question in the batch (see the header for the order of evidence). `respectively` names the responders a
 * sentence says answer the questions respectively (分别), one per question in order, when there is one.
 */
export function matchAnswers(questions: BatchQuestion[], units: AnswerUnit[], respectively: readonly string[] | null = null): AnswerMatch[] {
  const out: AnswerMatch[] = [];
  for (const unit of units) {
    const ref = referenceIn(unit.lead, questions);
    if (ref) { out.push(ref); continue; }
    const org = byOrganization(unit, questions);
    if (org !== null) { out.push({ question: org, evidence: 'organization' }); continue; }
    out.push({ question: null, evidence: null });
  }
  // (A list that names one responder per question, each of them heard answering.)
  const oneEach = respectively !== null && respectively.length === questions.length && respectively.every((n) => units.some((u) => u.name === n));
  const named = oneEach ? byPlace(out, units, respectively) : out;
  // A supplement goes with the answer before it (once the named answers are placed).
  for (let k = 1; k < named.length; k++) {
    if (named[k].question === null && named[k - 1].question !== null && SUPPLEMENT.test(units[k].lead)) named[k] = { question: named[k - 1].question, evidence: 'supplement' };
  }
  return inReadingOrder(named, questions.length, oneEach);
}

/**
 * The answers left unmatched whose speaker the respectively-list names: the question at the speaker's place in it, when
 * the answers already matched stand at their speakers' places too (else the list is no guide, and `matches` stay). Read
 * only when each one named is heard answering (matchAnswers): "蒲立群和庄恒远分别作了回答。蒲立群表示，…" alone tells
 * nothing of which question those words take up.
 */
function byPlace(matches: AnswerMatch[], units: AnswerUnit[], names: readonly string[]): AnswerMatch[] {
  const place = (u: AnswerUnit) => (u.name ? names.indexOf(u.name) : -1);
  if (matches.some((m, k) => m.question !== null && place(units[k]) >= 0 && place(units[k]) !== m.question)) return matches;
  return matches.map((m, k) => (m.question === null && place(units[k]) >= 0 ? { question: place(units[k]), evidence: 'named' } : m));
}

/**
 * The answers left unmatched to the questions left unanswered, k-th to k-th, when they are as
 * many and the questions then still come in the order of the answers; else none. With `oneEach` (a sentence said the
 * responders answer respectively, one question each), the one answer left goes to the one question left in any order.
 */
function inReadingOrder(matches: AnswerMatch[], count: number, oneEach = false): AnswerMatch[] {
  const answered = new Set(matches.flatMap((m) => (m.question === null ? [] : [m.question])));
  const open: number[] = [];
  for (let k = 0; k < count; k++) if (!answered.has(k)) open.push(k);
  const pending = matches.flatMap((m, k) => (m.question === null ? [k] : []));
  if (!pending.length || pending.length !== open.length) return matches;
  const guess = matches.map((m) => ({ ...m }));
  pending.forEach((k, i) => { guess[k] = { question: open[i], evidence: 'order' }; });
  if (oneEach && pending.length === 1) return guess;
  // (Each guess must fall between the answers around it; explicit references may go in any order.)
  for (const k of pending) {
    const q = guess[k].question!;
    if (k > 0 && guess[k - 1].question! > q) return matches;
    if (k + 1 < guess.length && guess[k + 1].question! < q) return matches;
  }
  return guess;
}
