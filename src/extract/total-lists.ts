/**
 * A total over a list: "委员会组成人员和代表共6人", "两委员会组成人员、部分全国和自治区人大代表共6人先后提问" — 共 (共计, 合计)
 * sums every member of the list before it, so the count's indicator is the whole list, not its last member (代表). Only
 * members joined by 、 or a conjunction (和, 及, 与) right before the phrase read; without 共 the figure may count the last
 * member alone ("市直单位、乡镇街道干部300人" is left as read).
 * Offsets: UTF-16 code units into the normalized view, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { before } from './indicator-before.js';
import { MAX_LENGTH, PEOPLE_NOUN } from './indicator-words.js';

/** A list is longer than one phrase, though not a paragraph: half again a phrase's length at most. */
const LIST_LENGTH = Math.round(MAX_LENGTH * 1.5);

/** Words of a total between the phrase and its figure. */
const TOTAL = /^(?:共|共计|合计|总共|一共|总计)$/u;
/** A count of people (6人, 11人次, 30名): the lists summed are of people, members of a body or guests. */
const PEOPLE_COUNT = /^[^人名位]*(?:人次?|名|位)$/u;
/** A member naming people: a noun of people, a congress's members or deputies (组成人员, 人大代表, 委员, 专家). */
const PEOPLE_MEMBER = new RegExp(`(?:${PEOPLE_NOUN.source.slice(3, -2)}|人员|代表|委员|专家|学者|嘉宾)$`, 'u');
/** What joins the members of a list. */
const JOIN = /[、和及与]/u;

/** The span widened over the members of a list summed by 共 before the count at `start`; else `span` as read. */
export function totalOfList(view: string, span: [number, number], start: number, end: number, segmenter: Segmenter): [number, number] {
  if (!TOTAL.test(view.slice(span[1], start)) || !PEOPLE_COUNT.test(view.slice(start, end)) || !PEOPLE_MEMBER.test(view.slice(span[0], span[1]))) return span;
  let at = span[0];
  for (let n = 0; n < 4 && at > 1 && JOIN.test(view[at - 1]); n++) {
    let member = before(view, at - 1, segmenter);
    // 组成人员、|部分全国|和|自治区人大代表: a modifier coordinated by 和 with the next member's (全国和自治区) is passed over to
    // the member before it, across its 、.
    if (member && member[1] === at - 1 && view[at - 1] !== '、' && !PEOPLE_MEMBER.test(view.slice(member[0], member[1])) && view[member[0] - 1] === '、') {
      const earlier = before(view, member[0] - 1, segmenter);
      if (earlier && earlier[1] === member[0] - 1 && PEOPLE_MEMBER.test(view.slice(earlier[0], earlier[1]))) member = earlier;
    }
    // (司马建新和|委员: a name, no member of the list of people kinds; a list longer than LIST_LENGTH is cut where it ends.)
    if (!member || !PEOPLE_MEMBER.test(view.slice(member[0], member[1])) || span[1] - member[0] > LIST_LENGTH) break;
    at = member[0];
  }
  return [at, span[1]];
}
