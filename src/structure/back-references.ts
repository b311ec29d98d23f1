/**
 * Which earlier answer a member's question points back to, across other questions.
 *
 * Example: in a 第二轮, "聂某委员:刚才仲局长提到下线无证商户2300余家,…怎么根治?" comes after another member's
 * question to 市教育局; "仲局长" names who answered question 1 (市市场监管局局长仲某), so it follows up question 1.
 * So do "刚才甘局长讲了三步走…", "市场监管局刚才介绍…", "前面仲某同志在回答中提到…", and "您刚才说…" when the one
 * answering now answered before. A referent that names nobody who answered, or names two different people
 * (two 局长 of one surname), links nothing. Of the questions one person answered, the one whose answer holds the words
 * cited ("刚才何局长说每季度复查一次，…" → the answer that said 每季度复查一次, not 何局长's later one on another point);
 * the latest when the cited words match none. Matching runs on the view.
 */
import { sameOrganization } from '../model/org-names.js';
import { termsOf } from './follow-ups.js';
import type { SpeakerMention } from './mentions.js';

/** One who answered an earlier question, and how a member may name them (name, 仲局长, 市市场监管局). */
export interface Answerer {
  /** The question (1-based) they answered. */
  question: number;
  /** Who they are: the name, or the title for the unnamed. */
  key: string;
  /** Their name and surname + post forms (仲局长, and 车部长 for a 副部长). */
  handles: readonly string[];
  organization: string | null;
  /** What they said answering it (their turn's words), to find which answer a member cites; unknown when absent. */
  said?: string;
}

/** `m`, answering question `question` with the words `said`, as a member may name them; null when the text names nobody. */
export function answererOf(question: number, m: SpeakerMention | null, said?: string): Answerer | null {
  const key = m ? m.name ?? m.title : null;
  if (!m || key === null) return null;
  const handles: string[] = [];
  if (m.name) handles.push(m.name);
  // (车部长 for a 副部长: members drop the 副 when they address one.)
  if (m.surname && m.office) handles.push(m.surname + m.office, m.surname + m.office.replace(/^副/u, ''));
  const a: Answerer = { question, key, handles, organization: m.organization };
  if (said !== undefined) a.said = said;
  return a;
}

/** What may stand between a back-reference and its speech verb: a name, a post, an office (no punctuation, no space). */
const REFERENT = '[^,。?!;:“”‘’()\\s]';
/** The speech verbs of a back-reference: 提到, 讲了, 介绍, 谈到, 所说, 回答 …. */
const SAID = '(?:提到|讲到|讲了|讲的|说到|说的|说了|所说|所讲|介绍|谈到|谈了|讲|说|表示|回答|答复)';
/** The time word first: "刚才仲局长提到", "前面甘某同志在回答中讲到", "刚才听了市场监管局的介绍". */
const AFTER_TIME = new RegExp(String.raw`(?:刚才|刚刚|方才|前面|之前|上一轮|第一轮(?:中|里)?)(?:听了?|听到)?(${REFERENT}{1,14}?)(?:同志)?(?:的|在回答中|在答复中|在介绍中|的回答中|回答时|介绍时)?${SAID}`, 'gu');
/** The referent first: "民政部刚才提到人才培训", "仲局长刚刚讲了". */
const BEFORE_TIME = new RegExp(String.raw`(${REFERENT}{1,12}?)(?:同志)?(?:刚才|刚刚|方才)(?:在回答中|在答复中)?${SAID}`, 'gu');
/** The one answering now, addressed: "您刚才说", "你刚刚提到" (and "刚才您提到", read by AFTER_TIME). */
const ADDRESSED = /(?:^|问|请)(?:您|你)们?$/u;

/**
 * The question `words` (the asker's own words) point back to, among the questions `answerers` answered: the latest
 * one answered by the person (or office) they name, or null. `addressed`: keys of who answers the question
 * now (for "您刚才说…").
 */
export function referredQuestion(words: string, answerers: readonly Answerer[], addressed: readonly string[]): number | null {
  for (const re of [AFTER_TIME, BEFORE_TIME]) {
    re.lastIndex = 0;
    for (let m = re.exec(words); m !== null; m = re.exec(words)) {
      const n = resolve(m[1], re === BEFORE_TIME, answerers, addressed, citedAfter(words, m.index + m[0].length));
      if (n !== null) return n;
    }
  }
  return null;
}

/**
 * The earliest question whose answer first said the words a back-reference cites, answered by the one person it names
 * ("刚才闵局长说配套了公交线路，…" → the answer of 闵局长's that says 配套了公交线路, not his first one); null when the
 * words cite too little (fewer than CITED_TERMS terms) or no answer of that person holds them.
 */
export function citedFirstIn(words: string, answerers: readonly Answerer[]): number | null {
  for (const re of [AFTER_TIME, BEFORE_TIME]) {
    re.lastIndex = 0;
    for (let m = re.exec(words); m !== null; m = re.exec(words)) {
      const referent = m[1];
      const byPerson = answeredBy(referent, re === BEFORE_TIME, answerers);
      if (new Set(byPerson.map((a) => a.key)).size !== 1) continue;
      const terms = [...termsOf(citedAfter(words, m.index + m[0].length))];
      if (terms.length < CITED_TERMS) continue;
      let first: number | null = null;
      for (const a of byPerson) {
        if (a.said !== undefined && terms.filter((t) => a.said!.includes(t)).length >= CITED_TERMS && (first === null || a.question < first)) first = a.question;
      }
      if (first !== null) return first;
    }
  }
  return null;
}

/**
 * The question answered by whom `referent` names, when it names one person or one office (the one whose answer
 * holds `cited`, else the latest); else null.
 */
function resolve(referent: string, before: boolean, answerers: readonly Answerer[], addressed: readonly string[], cited: string): number | null {
  if (ADDRESSED.test(referent)) {
    const hits = answerers.filter((a) => addressed.includes(a.key));
    return citedOrLatest(hits, cited);
  }
  // By name or surname + post: one person only ("仲局长" of two different 仲 局长 says nobody).
  const byPerson = answeredBy(referent, before, answerers);
  if (byPerson.length) return new Set(byPerson.map((a) => a.key)).size === 1 ? citedOrLatest(byPerson, cited) : null;
  // By office: whoever spoke for it ("市场监管局刚才介绍" ↔ 市市场监管局).
  const byOffice = answerers.filter((a) => a.organization && (sameOrganization(referent, a.organization) || (before && endsWithOrganization(referent, a.organization))));
  return citedOrLatest(byOffice, cited);
}

/**
 * The words a back-reference cites, from `at` (after its speech verb) to the end of their clause: "每季度复查一次" of
 * "刚才何局长说每季度复查一次，复查的结果…", "新建床位500张" of "刚才王局长提到：“新建床位500张”，…" (30 code units at most).
 */
function citedAfter(words: string, at: number): string {
  const rest = words.slice(at).replace(/^[\s,，:：“"‘]+/u, '');
  const stop = rest.search(/[,，。?？!！;；”"’]/u);
  return (stop < 0 ? rest : rest.slice(0, stop)).slice(0, 30);
}

/** How many content terms the cited words must share with an answer to pick it out (one pair of characters is often chance). */
const CITED_TERMS = 2;

/**
 * Of the questions `hits` answered, the one whose answer says the most of `cited` (at least CITED_TERMS terms, and
 * more than the latest's answer: the latest of the best); the latest when no answer stands out or none is known.
 */
function citedOrLatest(hits: readonly Answerer[], cited: string): number | null {
  const last = latest(hits);
  const terms = [...termsOf(cited)];
  if (last === null || terms.length < CITED_TERMS) return last;
  const score = new Map<number, number>();
  for (const a of hits) {
    if (a.said === undefined) continue;
    const n = terms.filter((t) => a.said!.includes(t)).length;
    score.set(a.question, Math.max(score.get(a.question) ?? 0, n));
  }
  let best: number | null = null;
  for (const [q, n] of score) if (n >= CITED_TERMS && (best === null || n > score.get(best)! || (n === score.get(best)! && q > best))) best = q;
  return best !== null && score.get(best)! > (score.get(last) ?? 0) ? best : last;
}

/**
 * The answers of whoever `referent` names by name or surname + post (`before`: the referent stands before 刚才), every answer
 * of theirs: a person named 闵局长 once and 闵家骏 alone later ("闵家骏说,…") gave both answers.
 */
function answeredBy(referent: string, before: boolean, answerers: readonly Answerer[]): Answerer[] {
  const keys = new Set(answerers.filter((a) => a.handles.some((h) => h.length >= 2 && (referent === h || referent.endsWith(h) || (!before && referent.startsWith(h))))).map((a) => a.key));
  return keys.size ? answerers.filter((a) => keys.has(a.key)) : [];
}

/** "我觉得民政部" ends with the office 民政部 (the BEFORE_TIME capture may take words before it). */
function endsWithOrganization(referent: string, organization: string): boolean {
  for (let k = 1; k + 2 <= referent.length; k++) if (sameOrganization(referent.slice(k), organization)) return true;
  return false;
}

function latest(hits: readonly Answerer[]): number | null {
  let n: number | null = null;
  for (const a of hits) if (n === null || a.question > n) n = a.question;
  return n;
}
