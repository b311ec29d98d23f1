/**
 * Titles that say how someone is addressed, not what the person is: a bare post right after a name in someone's running
 * words ("潘国良：杨春花委员还有追问吗？", "随后，杨春花委员追问") — a chair or a reporter may call a deputy 委员, or a
 * deputy director 局长. The person's stated title (the label "市人大代表 杨春花：", the introduction "市人大代表杨春花")
 * says what the person is: the post of an address joins it only when it fits it (何委员 for 市人大常委会委员 何某), and
 * stands alone only for someone the text gives no other title (people.ts).
 * Not an address: the name and post opening a line, the transcript's own words for its speaker ("杨春花委员：…",
 * "温少华副县长表态：…"), nor a title with its organization ("市人大常委会张某副主任").
 * Spans are [start, end), UTF-16 offsets into the decoded text.
 */
import type { SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { LEAD } from './speech-patterns.js';

/** True when `m` names someone by a bare post after the name in running words: a form of address (see above). */
export function addressedTitle(text: string, m: SpeakerMention): boolean {
  if (m.form !== 'name-title' || m.name === null || m.titleSpan === null || m.organization !== null) return false;
  if (!m.office || normalize(m.title ?? '') !== normalize(m.office)) return false; // a bare post only (委员, 局长)
  // Opening its line (after a lead at most), the name and post are the transcript's own words for its speaker: a label
  // ("杨春花委员：", "温少华副县长表态：") or the subject of a narrated turn ("温少华副县长表示，…").
  const lineStart = text.lastIndexOf('\n', m.span[0] - 1) + 1;
  return !LEAD.test(normalize(text.slice(lineStart, m.span[0])));
}

/** True when the post of an address fits a stated title: the same post, or the end of one of its links (委员 of 市人大常委会委员). */
export function fitsTitle(stated: string, post: string): boolean {
  return stated === post || stated.split(/[、兼]/u).some((link) => link.trim().endsWith(post));
}
