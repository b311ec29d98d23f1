/**
 * A sentence opened by its topic, "X方面，": the figures of that sentence with no noun of their own measure X, the matter
 * the sentence is about ("加装电梯方面,完成132部,…剩余18部已调整为今年6月底前完成" → 132部 and 18部 count 加装电梯; not
 * 已调整, never a verb alone). A figure that names its own noun keeps it, and the topic reaches no further than the
 * sentence's end (。;!? or a line break).
 * Offsets: UTF-16 code units into the normalized view, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** A topic of two to ten Han characters and 方面 opening a sentence (after a list marker at most), then a comma. */
const TOPIC = /(?:^|[。;:!?\n]|[一二三四五六七八九十][是要]|其[一二三四])\s*([\u4e00-\u9fff]{2,10}?)方面,/gu;
/** Words before 方面 that point or count (另一方面, 这方面, 两个方面, 各方面): no matter named. */
const NOT_TOPIC = /^(?:另一|这|那|各|多|诸|其他|其它|有关|相关)$|个$|^[这那另]/u;
/** Where a sentence ends. */
const SENTENCE_END = /[。;!?\n]/u;

/** Give each count or measurement with no indicator, in a sentence opened by "X方面,", the topic X (in place). */
export function carryTopics(pair: TextPair, out: Quantity[]): void {
  const view = pair.view;
  if (!view.includes('方面,')) return;
  for (const m of view.matchAll(TOPIC)) {
    if (NOT_TOPIC.test(m[1])) continue;
    const topicEnd = m.index + m[0].length;
    const topicStart = topicEnd - '方面,'.length - m[1].length;
    let end = topicEnd;
    while (end < view.length && !SENTENCE_END.test(view[end])) end++;
    for (let k = 0; k < out.length; k++) {
      const q = out[k];
      if (q.indicator !== null || (q.kind !== 'count' && q.kind !== 'quantity') || q.span[0] < topicEnd || q.span[1] > end) continue;
      out[k] = { ...q, indicator: pair.text.slice(topicStart, topicStart + m[1].length) };
    }
  }
}
