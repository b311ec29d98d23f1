/**
 * Unquoted "N大 + noun" sets beyond the campaign words: "重点推进十大场景应用", "打造五大平台集群", "形成三大格局:…".
 *
 * After a numeral, 大 makes a set a slogan ("the ten great scenes"), not a size: the head noun may be any two-character
 * noun once the sentence says it names a set of parts. The campaign and institution heads (十大工程, 三大攻坚战,
 * 五大体系) are formulations.ts's NAMED_SET whatever precedes them; here a plain noun counts only
 * - after a verb that launches or builds a set (推进, 实施, 打造, 构建, 建设, 开展, 打好 …, maybe + 了): "推进十大场景";
 * - or before its parts: a colon, or a comma and 即 / 分别是 / 包括 ("三大场景:智慧交通、…").
 * Not sets: 大 as an adjective after a container or a measure ("吃了三大碗饭", "三大步"); the classes and sectors
 * that measured.ts counts (两大类, 三大行业, 四大板块); problems and generic list nouns ("破解三大难题", "三大举措",
 * "三大方面": announcements of a list); a count of projects ("十大场景项目"); a party congress by its number ("落实十九大部署",
 * "二十大精神", "十八大以来"). 一大早 / 很大 hold no set numeral.
 * Offsets: UTF-16 code units into the view, 0-based, end-exclusive; the span covers numeral, 大 and the noun.
 */
import type { Span } from '../model/span.js';
import { numeralValue } from './formulation-terms.js';

export interface BigSet {
  /** N, the number of parts. */
  count: number;
  /** Numeral, 大 and the two-character noun ("十大场景"). */
  span: Span;
}

/** Numeral (Chinese, not 一 nor a bare 二; or 2–20 in digits), 大, a two-character Han noun. */
const BIG = /([二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]|1\d|20|[2-9])大([\u4e00-\u9fff]{2})/g;
/** Before the numeral: a longer numeral, an ordinal's 第 ("第三大城市"), a decimal point or a letter. */
const NOT_BEFORE = /[\d零〇一二两三四五六七八九十百千万亿第.A-Za-z]/u;
/** 十五–二十九 before 大 number a party congress (做好二十大安保工作, 十九大以来): no set of that many is named by 大 and a plain noun. */
const CONGRESS = /^(?:十[五六七八九]|二十[一二三四五六七八九]?)$/;
/** Whether the numeral before 大 numbers a party congress (十九大, 二十大): the set rules here and formulations.ts's NAMED_SET ask. */
export function isCongressNumeral(numeral: string): boolean {
  return CONGRESS.test(numeral);
}
/** Verbs that launch or build a set, right before the numeral (maybe with 了 or 好 after them). */
const SET_VERB = /(?:推进|实施|打造|构建|建设|建成|建好|开展|启动|打好|打赢|推出|培育|落实|聚焦|围绕|提出|形成|部署|谋划|布局|抓好|做好|做强|创建|推动|深化|优化|完善|健全)[了好]?$/;
/** What after the noun announces its parts: a colon, or 即 / 分别是 / 包括 after a comma. */
const PARTS_FOLLOW = /^(?::|,(?:即|分别是|包括|主要是|主要包括))/;
/**
 * The first character after 大 when 大 is an adjective of size before a measure or container (三大碗饭, 两大步, 一大片),
 * and the nouns no set is made of: classes and sectors (counts, measured.ts's BIG_CLASS), problems, generic list nouns.
 */
const MEASURE_FIRST = /^[碗杯盆桶箱袋车船堆片块步截口瓶包筐锅盘碟把捆摞张串层圈]/;
const NOT_SET = /^(?:类|行业|产业|板块|领域|片区|问题|难题|困难|短板|原因|因素|差距|瓶颈|矛盾|举措|措施|方面|任务|工作|事情|事项|内容|变化|进步|精神|报告|部署|以来|代表|会议|期间|前后)/;
/** The campaign and institution heads (NAMED_SET in formulations.ts reads them, with their own exceptions). */
const CAMPAIGN_HEAD = /^[\u4e00-\u9fff]{0,2}?(?:行动|工程|战役|会战|攻坚战|保卫战|硬仗|战略|计划|体系|机制|制度|清单|台账|平台|基地|品牌)/;

/** The N大 sets of [from, to) of the view, in order; `quoted` masks quoted terms (the quotation reader's). */
export function findBigSets(view: string, from: number, to: number, quoted: Uint8Array): BigSet[] {
  const out: BigSet[] = [];
  const slice = view.slice(0, to);
  BIG.lastIndex = from;
  for (let m = BIG.exec(slice); m; m = BIG.exec(slice)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quoted[start] || NOT_BEFORE.test(view[start - 1] ?? '') || isCongressNumeral(m[1])) continue;
    const after = view.slice(start + m[1].length + 1, start + m[1].length + 9);
    if (MEASURE_FIRST.test(after) || NOT_SET.test(after) || CAMPAIGN_HEAD.test(after) || view.startsWith('项目', end)) continue;
    const arabic = /\d/.test(m[1]);
    const launched = SET_VERB.test(view.slice(Math.max(0, start - 3), start));
    const partsFollow = PARTS_FOLLOW.test(view.slice(end, end + 6));
    // In digits only after a verb, and never before its parts: "建设了6大场景:一是…" is the answer's stated count, as with 项 (formulations.ts).
    if (arabic ? !launched || partsFollow : !launched && !partsFollow) continue;
    out.push({ count: arabic ? Number(m[1]) : numeralValue(m[1])!, span: [start, end] });
  }
  return out;
}
