/**
 * What a figure after a status and a verb of work done counts: the thing the work was done to, the subject written before
 * 已. Example: "电梯智能阻车装置已加装1260部" → 电梯智能阻车装置; "主体工程已完成75%" → 主体工程; not an agent
 * ("医院已建成186张" names who built). Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { isVerb, CLAUSE_END, PEOPLE_NOUN, PREDICATE_VERBS } from './indicator-words.js';
import { before } from './indicator-before.js';
import { INSTITUTION_WORD } from '../model/org-names.js';

/**
 * Verbs of work done to a thing (built, fitted, rebuilt, recognised, connected): after 已 right before a figure, the figure
 * counts what the subject names (装置已加装1260部); a verb of doing to people or of paying (培训, 拨付) is not one.
 */
const DONE_TO = /(?:已经?|均已|已全部|现已)(?:完成|建成|建设|加装|安装|改造|改建|认定|配备|接入|开通|投用|铺设|整改|整治|修复|设立|验收)$/u;

/** The subject before 已 and a verb of work done, right before the figure at `start` (the phrase ends at 已), or null. */
export function patientBefore(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  const m = DONE_TO.exec(view.slice(Math.max(0, start - 6), start));
  if (!m) return null;
  const at = start - m[0].length;
  const span = before(view, at, segmenter);
  if (!span || span[1] !== at) return null;
  // 医院已建成|186张, 企业已安装|300台, 居民已改造…: an institution or people before 已 did the work (the agent), they are
  // not what is counted; only a count of such places (服务中心已建成|12个) counts the subject.
  const subject = view.slice(span[0], span[1]);
  if ((AGENT.test(subject) || PEOPLE_NOUN.test(subject)) && !PLACES.test(view.slice(start, start + 8))) return null;
  return withModifyingVerb(view, span, segmenter);
}

/**
 * 定制|公交线路已开通41条: the subject before 已 opens its clause; a verb of two characters glued before it there, with only
 * a scope or a time before that verb, names the kind (定制公交线路), no predicate (the predicate is after 已).
 */
function withModifyingVerb(view: string, span: [number, number], segmenter: Segmenter): [number, number] {
  let from = span[0];
  while (from > 0 && span[0] - from < 8 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  const tokens = segmenter.tag(view.slice(from, span[0]));
  const k = tokens.length - 1;
  if (k < 0 || from + tokens[k].span[1] !== span[0] || tokens[k].text.length !== 2 || !isVerb(tokens[k]) || PREDICATE_VERBS.has(tokens[k].text)) return span;
  for (let j = 0; j < k; j++) if (tokens[j].tag !== 't' && !/^(?:全[市省县区]|我[市省县区]|目前|现在|其中)$/u.test(tokens[j].text)) return span;
  return [from + tokens[k].span[0], span[1]];
}
/** An institution word (organisations' lexicon, model/org-names.ts), a firm or a school, closing the subject: an agent. */
const AGENT = new RegExp(`(?:${INSTITUTION_WORD}|企业|学校|医院|单位|机构)$`, 'u');
/** A figure whose measure word counts places or bodies (12个, 3家, 5所, 2座, 4处). */
const PLACES = /^[\d.零〇一二两三四五六七八九十百千万亿余多]+[个家所座处]/u;
