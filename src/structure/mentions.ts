/**
 * The contract between the speaker recognizer (speakers.ts) and the layout reader (build.ts):
 * a mention is one place in the text where a person is named, by title and/or name.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华就…" gives one mention with
 * title "市人大常委会委员、麒麟区人大常委会主任", name "谢茂华", organization "麒麟区人大常委会".
 * All spans are [start, end): UTF-16, end-exclusive, into the decoded text.
 */
import type { Span } from '../model/span.js';

export type MentionForm =
  | 'title-name' // 市政府副市长海建才
  | 'name-title' // 王某某委员, 李某副市长
  | 'surname-title' // 李局长, 市教育局李局长: name null, `surname` "李" (the registry resolves it)
  | 'bare-name' // 海建才表示 (after a first full mention, or a `known` name), 李某某同志
  | 'office-only' // 市某局负责人, 有关负责人, 一位委员
  | 'label'; // 【委员 王某】, [李某], 王某某委员问:

export interface SpeakerMention {
  /** The whole mention, title chain and name together (never a following 同志 or verb). */
  span: Span;
  form: MentionForm;
  /** The person's name: the text of `nameSpan` without the pads of a padded name (张　伟 → 张伟). */
  name: string | null;
  nameSpan: Span | null;
  /** The title chain as written, links joined by 、 kept ("市人大常委会委员、麒麟区人大常委会主任"). */
  title: string | null;
  titleSpan: Span | null;
  /** The institution the person speaks for, from the head of the title ("市政府", "市检察院"). */
  organization: string | null;
  /** The title marks a member of the people's congress (委员, 代表, 人大常委会主任 …): a likely asker. */
  congress: boolean;
  /** The post itself as written, the last title word of the chain ("副市长", "主任"), or null without a title. */
  office?: string | null;
  /** The surname of the name, or the surname alone for a surname + title mention (李局长 → "李"). */
  surname?: string | null;
  /**
   * For office-only mentions: 'indefinite' for a new, unnamed person (一位委员, 有委员), 'anaphoric'
   * for one named before (这位负责人, 该局长: the latest person holding that office).
   */
  reference?: 'indefinite' | 'anaphoric';
  /**
   * Titles or an affiliation in brackets after the name of a speaker label, inside `span`
   * ("镇人大代表 杨某某(大坪村党支部书记):" → the span of 大坪村党支部书记): more of the person's titles.
   */
  affiliation?: Span | null;
  /**
   * For a post alone as a line's label ("委员:", "局长:", role-labels.ts): the exchange it speaks in, counted
   * through the text (unnamed-exchanges.ts). Within an exchange one post is one person; in another exchange
   * it is someone else (an unnamed 委员 asking a new question is not the one who asked before).
   */
  exchange?: number;
}

/** Pads inside a name as written ("张　伟", "李 明", "张\u00a0伟"): the name is the person's without them. */
const PADDED = /^(\p{sc=Han})[ \u3000\u00a0]{1,2}(\p{sc=Han})$/u;

/** A name as the person's name: "张　伟" (padded to three columns in minutes) → "张伟"; other names unchanged. */
export function withoutPadding(name: string): string {
  if (name.length < 3 || name.length > 4) return name;
  // (Most names hold no padding: looking for it first spares compiling PADDED, costly for its \p{sc=Han}.)
  if (!name.includes(' ') && !name.includes('\u3000') && !name.includes('\u00a0')) return name;
  const m = PADDED.exec(name);
  return m ? m[1] + m[2] : name;
}

/**
 * A mention with every field set, in one order, so that all mentions share one object shape
 * (the code that reads them stays monomorphic). `reference` is left undefined unless given.
 */
export function speakerMention(span: Span, form: MentionForm, name: string | null, nameSpan: Span | null, title: string | null, titleSpan: Span | null,
  organization: string | null, congress: boolean, office: string | null, surname: string | null, reference?: 'indefinite' | 'anaphoric'): SpeakerMention {
  return { span, form, name: name === null ? null : withoutPadding(name), nameSpan, title, titleSpan, organization, congress, office, surname, reference, affiliation: null, exchange: undefined };
}
