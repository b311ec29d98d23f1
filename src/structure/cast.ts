/**
 * The cast: speaker mentions (`findMentions`, speakers.ts) grouped into people with stable ids
 * (`PeopleRegistry`, people.ts), outside the page frame and bylines.
 *
 * Example: "市政府副市长海建才分析,…海建才表示,…" gives two mentions of one person p1
 * (name 海建才, titles [市政府副市长], organization 市政府). Ids are "p1", "p2" … in order of
 * first mention; the layout reader keeps only those who speak.
 * Spans are [start, end): UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import type { Person } from '../model/record.js';
import type { SpeakerMention } from './mentions.js';
import type { TextPair } from './types.js';
import { findMentions } from './speakers.js';
import { PeopleRegistry } from './people.js';
import { numberExchanges } from './unnamed-exchanges.js';
import { askedOffices } from './asked-offices.js';

export interface Cast {
  /** Mentions outside the blocked spans, in reading order. */
  mentions: SpeakerMention[];
  /** Everyone mentioned, roles still empty. */
  persons: Person[];
  /** The id of the person a mention names. */
  idOf(m: SpeakerMention): string;
}

/** Find the mentions of `pair` (outside `blocked`) and group them into people. */
export function findPeople(pair: TextPair, blocked: Span[], mentions: SpeakerMention[] = findMentions(pair)): Cast {
  const kept = mentions.filter((m) => !overlapsAny(blocked, m.span)).sort((a, b) => a.span[0] - b.span[0]);
  resolveThisOffice(pair, kept);
  resolveOfficeLabels(pair.view, kept);
  numberExchanges(pair.view, kept); // "委员:" asking a new question after an answer is another member than the one before
  return groupMentions(pair.text, kept, askedOffices(pair.view, kept));
}

/**
 * "省财政厅:今年安排2.35亿元。" after a roster "列席:…省财政厅副厅长滕某": an office speaking as a label
 * (org-labels.ts: no name, no post) is the one person of that office the text names before it; with
 * none, or two or more (局长 and 副局长), it stays the office. So it does when that person has answered before, under a
 * label of his own or in a report's words ("省民政厅厅长易晓东答:…", "易晓东表示,…" then "省民政厅:…"): a transcript that
 * names him when he speaks would name him again; naming only the office, it gives the office's answer (a written one, a
 * colleague's), not his. (A roster's "列席:…", "到会应询" name him without his speaking.)
 */
function resolveOfficeLabels(view: string, mentions: SpeakerMention[]): void {
  let named: Map<string, Set<string>> | null = null; // organization → the names given with it so far
  let spoke: Set<string> | null = null; // the names that have spoken so far
  for (const m of mentions) {
    if (m.name && m.organization) {
      named ??= new Map();
      const names = named.get(m.organization) ?? new Set<string>();
      named.set(m.organization, names.add(m.name));
      if (SPOKE.test(view.slice(m.span[1], m.span[1] + 16))) (spoke ??= new Set()).add(m.name);
      continue;
    }
    if (m.form !== 'office-only' || m.name || m.title || m.titleSpan || !m.organization || !named) continue;
    const names = named.get(m.organization);
    if (names?.size === 1 && !spoke?.has([...names][0])) m.name = [...names][0];
  }
}

/**
 * What follows a mention of someone speaking: his own label's end, a verb of speech maybe and a note in brackets maybe, then
 * the colon ("答:", "(补充):", ":"); or a report's verb of answering before its words ("表示,", "回答说,", "介绍:").
 */
const SPOKE = /^[ \t\u3000]*(?:同志)?(?:(?:问|提问|询问|回答|答复|答|回应|说)?[ \t\u3000]*(?:\([^()\n]{1,12}\))?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:|(?:回答|答复|回应|表示|介绍|解释|说明)(?:说|道)?[ \t\u3000]*[,:])/u;

/** True when `span` overlaps one of `spans` (a plain loop: this runs unoptimized in most of a batch, where closures and destructuring cost). */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  for (let k = 0; k < spans.length; k++) if (span[0] < spans[k][1] && span[1] > spans[k][0]) return true;
  return false;
}

/**
 * "该局副局长程某" after "县医疗保障局局长沈某": 该局 is the bureau named last — the latest
 * organization ending in the same character (局, 厅, 委, 院…), whether a speaker's ("县医疗保障局局长沈某")
 * or named in the text since ("…询问市自然资源和规划局。该局局长许某表示", the office asked).
 */
function resolveThisOffice(pair: TextPair, mentions: SpeakerMention[]): void {
  mentions.forEach((m, k) => {
    const own = m.organization;
    if (!own || !/^(?:该|本)[\u4e00-\u9fff]$/u.test(own)) return;
    let found: string | null = null;
    let since = Math.max(0, m.span[0] - NAMED_ORG_WINDOW);
    for (let j = k - 1; j >= 0; j--) {
      const o = mentions[j].organization;
      if (o && o.length > 2 && o.endsWith(own[1]) && !/^(?:该|本)/u.test(o)) { found = o; since = Math.max(since, mentions[j].span[1]); break; }
    }
    const at = lastNamedOrganization(pair.view, since, m.span[0], own[1]);
    const named = at ? pair.text.slice(at[0], at[1]) : found;
    if (named) m.organization = named;
  });
}

/** How far back (UTF-16 units) an organization named in the text may be the one 该局 points to. */
const NAMED_ORG_WINDOW = 200;
/** An organization named in the text: a place level, then its name (no verb of asking, no 的), then the institution word. */
const NAMED_ORG = /(?:省|市|县|区|州|盟|旗)[^\P{sc=Han}问向请的询答是为对就]{1,14}?(?:委员会|局|厅|委|院|部|办)/gu;

/** The span of the last organization ending in `institution` (委 also 委员会) named in the view within [from, to), or null. */
function lastNamedOrganization(view: string, from: number, to: number, institution: string): Span | null {
  if (to <= from) return null;
  const slice = view.slice(from, to);
  let last: Span | null = null;
  NAMED_ORG.lastIndex = 0;
  for (let m = NAMED_ORG.exec(slice); m; m = NAMED_ORG.exec(slice)) {
    if (m[0].endsWith(institution) || (institution === '委' && m[0].endsWith('委员会'))) last = [from + m.index, from + m.index + m[0].length];
  }
  return last;
}

/** Group mentions into people with A1's registry, recording which person each mention names. */
export function groupMentions(text: string, mentions: SpeakerMention[], asked: ReadonlyMap<SpeakerMention, string[]> = new Map()): Cast {
  const registry = new PeopleRegistry(text);
  const ids = new Map<SpeakerMention, string>();
  for (const m of mentions) ids.set(m, registry.add(m, undefined, asked.get(m)));
  return { mentions, persons: registry.people(), idOf: (m) => ids.get(m) ?? registry.find(m) ?? registry.add(m) };
}
