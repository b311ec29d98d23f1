/**
 * compare(a, b): two inquiry records side by side — sessions, organizations, people,
 * topics, promises, the closings' speakers, figures and distinctive terms.
 *
 * Example: compare(parse(曲靖2025), parse(曲靖2024)) tells which departments were
 * questioned in both years, which measures ("推进综治中心规范化建设") come back, and
 * how "矛盾纠纷化解率" moved. Pure: records in, data out. compare(b, a) equals
 * mirror(compare(a, b)).
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import { defaultSegmenter } from '../segment/jieba.js';
import { COMPARISON_VERSION, type Comparison } from './types.js';
import { compareSessions } from './sessions.js';
import { compareOrganizations } from './organizations.js';
import { comparePeople } from './people.js';
import { compareTopics } from './topics.js';
import { comparePromises } from './promises.js';
import { compareClosings } from './closing.js';
import { compareFigures } from './figures.js';
import { sessionOrder } from './order.js';
import { distinctiveTerms, type DistinctiveOptions } from './distinctive.js';
import { contentTerms } from './terms.js';
import { recordContent } from './refs.js';
import { foldOffices, officeSpellings } from './office-terms.js';
import { writtenFigures, writtenUnits } from './units.js';
import { framing as framingOf } from './framing.js';
import { createHash } from 'node:crypto';
import type { SourceTexts } from './organizations.js';

/** The texts given that are the records' own (the sha256 of the decoded text): a text of another session is no source. */
function sourceTexts(a: InquiryRecord, b: InquiryRecord, texts: CompareOptions['texts']): SourceTexts {
  const own = (r: InquiryRecord, t: string | null | undefined) => (t && createHash('sha256').update(t, 'utf8').digest('hex') === r.source.sha256 ? t : null);
  return { a: own(a, texts?.a), b: own(b, texts?.b) };
}

export interface CompareOptions {
  /** Segmenter for the content terms; defaults to nodejieba with the dictionaries in dict/. */
  segmenter?: Segmenter;
  /** Least TF-IDF cosine for two questions to align (default 0.15: unrelated questions of one genre score below 0.1, the same subject in other words about 0.17 and up). */
  topicThreshold?: number;
  /** Least TF-IDF cosine for a measure of B to count as resembling one of A (default 0.6). */
  promiseThreshold?: number;
  /** Distinctive-term settings. */
  terms?: DistinctiveOptions;
  /**
   * The decoded texts of transcripts parsed for this comparison (each used only when its sha256 is the record's):
   * office renames stated in the introduction are read from them. A saved record carries no introduction's text.
   */
  texts?: { a?: string | null; b?: string | null };
}

export const DEFAULT_TOPIC_THRESHOLD = 0.15;
export const DEFAULT_PROMISE_THRESHOLD = 0.6;

export function compare(a: InquiryRecord, b: InquiryRecord, options: CompareOptions = {}): Comparison {
  const names = [...a.people, ...b.people].map((p) => p.name).filter((n): n is string => !!n);
  const base = options.segmenter ?? defaultSegmenter();
  // People's names come out whole, on both sides alike.
  const segmenter = names.length ? base.withWords([...new Set(names)].sort()) : base;
  const texts = sourceTexts(a, b, options.texts);
  const organizations = compareOrganizations(a, b, texts);
  // The units the sessions write (万元, 公里) are no content terms: what two figures share is no subject.
  const units = writtenUnits(a, b);
  const figures = writtenFigures(a, b);
  // The two spellings of an office questioned in both count as one term (see office-terms.ts); cut
  // whole first, so that an abbreviation (县文旅局) is not left in pieces (县文 / 旅局) no office matches.
  const spellings = officeSpellings(organizations.both);
  const termSegmenter = spellings.length ? segmenter.withWords(spellings) : segmenter;
  const termsOf = (r: InquiryRecord) => foldOffices(contentTerms(recordContent(r), termSegmenter, units, figures), organizations.both);
  const topics = compareTopics(a, b, segmenter, options.topicThreshold ?? DEFAULT_TOPIC_THRESHOLD, units);
  // Two bodies, or one body on two topics: B follows nothing of A up (framing.ts).
  const framing = framingOf(a, b, segmenter);
  // A generic head (资金, 案件) matches only inside the questions the topics aligned.
  // Two topics of one body: a generic head matches nothing.
  const figurePairs = compareFigures(a, b, topics.pairs.map((p) => [p.a.index, p.b.index] as const), framing.kind === 'two-topics');
  return {
    kind: COMPARISON_VERSION,
    source: {
      a: { name: a.source.name, sha256: a.source.sha256 },
      b: { name: b.source.name, sha256: b.source.sha256 },
    },
    framing,
    sessions: compareSessions(a, b),
    organizations,
    people: comparePeople(a, b, texts),
    topics,
    // (A promise whose target the figures pair with the other's figure is reported on: figure-reports.ts. The later session
    // by the dates, else by which quotes the other's promises: order.ts.)
    promises: comparePromises(a, b, segmenter, options.promiseThreshold ?? DEFAULT_PROMISE_THRESHOLD, sessionOrder(a, b).later, framing, figurePairs.pairs),
    closing: compareClosings(a, b, framing.kind !== 'two-bodies'),
    figures: figurePairs,
    terms: distinctiveTerms(termsOf(a), termsOf(b), options.terms),
  };
}
