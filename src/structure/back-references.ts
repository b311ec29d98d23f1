/**
 * Which earlier answer a member's question points back to, across other questions.
 *
 * Example: in a 第二轮, "聂某委员:刚才仲局长提到下线无证商户2300余家,…怎么根治?" comes after another member's
 * question to 市教育局; "仲局长" names who answered question 1 (市市场监管局局长仲某), so it follows up question 1.
 * So do "刚才甘局长讲了三步走…", "市场监管局刚才介绍…", "前面仲某同志在回答中提到…", and "您刚才说…" when the one
 * answering now answered before. A referent that names nobody who answered, or names two different people
 * (two 局长 of one surname), links nothing. Matching runs on the view.
 */
import { sameOrganization } from '../model/org-names.js';
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
}

/** `m`, answering question `question`, as a member may name them; null when the text names nobody. */
export function answererOf(question: number, m: SpeakerMention | null): Answerer | null {
  const key = m ? m.name ?? m.title : null;
  if (!m || key === null) return null;
  const handles: string[] = [];
  if (m.name) handles.push(m.name);
  // (车部长 for a 副部长: members drop the 副 when they address one.)
  if (m.surname && m.office) handles.push(m.surname + m.office, m.surname + m.office.replace(/^副/u, ''));
  return { question, key, handles, organization: m.organization };
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
      const n = resolve(m[1], re === BEFORE_TIME, answerers, addressed);
      if (n !== null) return n;
    }
  }
  return null;
}

/** The latest question answered by whom `referent` names, when it names one person or one office; else null. */
function resolve(referent: string, before: boolean, answerers: readonly Answerer[], addressed: readonly string[]): number | null {
  if (ADDRESSED.test(referent)) {
    const hits = answerers.filter((a) => addressed.includes(a.key));
    return latest(hits);
  }
  // By name or surname + post: one person only ("仲局长" of two different 仲 局长 says nobody).
  const byPerson = answerers.filter((a) => a.handles.some((h) => h.length >= 2 && (referent === h || referent.endsWith(h) || (!before && referent.startsWith(h)))));
  if (byPerson.length) return new Set(byPerson.map((a) => a.key)).size === 1 ? latest(byPerson) : null;
  // By office: whoever spoke for it ("市场监管局刚才介绍" ↔ 市市场监管局).
  const byOffice = answerers.filter((a) => a.organization && (sameOrganization(referent, a.organization) || (before && endsWithOrganization(referent, a.organization))));
  return latest(byOffice);
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
