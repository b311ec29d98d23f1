/**
 * Where a list of several-sentence items stops: at the first sentence after the last item's own that
 * wraps the speech up or frames it, not at the end of the paragraph.
 *
 * Example: "一是加强设施建设。今年新建幸福院46个。二是强化人才支撑。培训护理员1200人次。三是完善保障制度。谢谢！"
 * — the items carry a detail sentence each, so the last one may too; but "谢谢！" thanks the members, and
 * "以上就是我的回答", "通过这些措施,…", "总的来看,…", "同时,…", "此外,…", "下一步,…", "这三项措施…",
 * "我们相信,…" sum up or turn to something else, and "我们将以此次专题询问为契机,…" to the occasion: none of them is the last item's. (Lists of one-sentence
 * items end at their first sentence end anyway: enumeration.ts.)
 * A pair closed by its 另一方面 ("一方面,对17处公开招租;另一方面,对9处划转给乡镇;同时,剩余9处年内处置") has no third
 * side: a clause that 同时/此外/另外 opens after it, at the level of the ; between the two sides or above, is the
 * answer's text after the list, as the same clause after a 。 is ("…划转给乡镇。同时,…") — unless the speaker counted
 * it in: "从三个方面推进。一方面,…;另一方面,…;此外,…" announces three, and 此外 opens the third (enumeration.ts). Matched on the normalized view (ASCII , ;);
 * offsets are UTF-16 code units, 0-based, end-exclusive.
 */

/** Words that sum up or count the list back ("以上工作,…", "通过这些措施,…", "总的来看,…", "这三项措施…"). */
const SUMMING = [
  '以上',
  '综上',
  '上述',
  '通过(?:这些|以上|上述|这几|这[两二三四五六七八九十]|[两二三四五六七八九十]项)',
  '总的来看|总的来说|总体来看|总体而言|总之',
  '这[两二三四五六七八九十几\\d]{1,2}(?:项|条|个|方面|件|大|点|类|方面)',
].join('|');

/**
 * A sentence framed on the inquiry itself rather than on the work: its opening clause points at this occasion
 * ("我们将以此次专题询问为契机,…", "通过今天的询问,…", "这次专题询问对我们是一次督促") or takes up the members' suggestions
 * ("认真研究吸纳委员们的意见建议", "对委员们提出的意见建议,我们将…"). The speaker has turned from the measures back to the
 * room: no item's detail ("以世界水日为契机,开展宣传活动20场。" names no occasion of the inquiry, and stays the item's).
 */
const OCCASION = [
  '[^,:;。!?\\n]{0,8}?(?:此次|这次|本次|今天的?|今日的?)(?:专题)?(?:询问|会议|审议)',
  '[^,:;。!?\\n]{0,8}?(?:吸纳|吸收|采纳|研究|梳理|落实好?)(?:各位委员|委员们?|代表们?|常委会组成人员)(?:提出)?的(?:意见|建议)',
  '(?:对|就|针对)(?:各位委员|委员们?|代表们?|常委会组成人员)(?:提出|所提)?的(?:意见|建议)',
].join('|');

/** A sentence that thanks, sums up, counts the list back, turns to another matter or to the occasion, at its start (sticky). */
const WRAP_UP = new RegExp(
  '[ \\t\\u3000]*(?:' + [
    '(?:再次|衷心)?(?:谢谢|感谢)',
    SUMMING,
    OCCASION,
    '同时|此外|另外|与此同时',
    '下一步|下步|接下来|今后',
    '(?:我们)?(?:相信|有信心)',
    '请(?:各位|大家|您|委员|代表|常委会)',
    '我(?:就)?(?:回答|汇报|介绍|说)(?:到这里|这些|完毕)',
  ].join('|') + ')', 'y');

/** The characters that end a sentence in the view: 。 ! ? (the view folds ！？). */
const SENTENCE_END = /[。!?]/g;

/**
 * The start of the first wrap-up sentence after the first sentence of `[start, end)` of the view, or `end`
 * when there is none. `quoted`: 1 inside a quoted term (quotes.ts): a stop there ends no sentence.
 */
export function wrapUpStart(view: string, quoted: Uint8Array, start: number, end: number): number {
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(view); m && m.index < end; m = SENTENCE_END.exec(view)) {
    if (quoted[m.index]) continue;
    WRAP_UP.lastIndex = m.index + 1;
    if (m.index + 1 < end && WRAP_UP.test(view)) return m.index + 1;
  }
  return end;
}

/** True when a wrap-up sentence opens at `at` of the view ("以上是我的汇报。", "下一步,…"). */
export function opensWrapUp(view: string, at: number): boolean {
  WRAP_UP.lastIndex = at;
  return WRAP_UP.test(view);
}

/** After a ; (or a sentence's or a line's end): a clause opened by a connective that adds something beside the list (sticky). */
const BESIDE = /[;。!?\n][ \t\u3000]*(与此同时|同时|此外|另外)/g;

/**
 * The first clause opened by 同时/此外/另外/与此同时 after a ; or a stop in `[start, end)` of the view: where its
 * separator stands and the connective's span, or null.
 */
export function besideClause(view: string, quoted: Uint8Array, start: number, end: number): { separator: number; connective: [number, number] } | null {
  BESIDE.lastIndex = start;
  for (let m = BESIDE.exec(view); m && m.index < end; m = BESIDE.exec(view)) {
    if (quoted[m.index]) continue;
    const at = m.index + m[0].length - m[1].length;
    return { separator: m.index, connective: [at, at + m[1].length] };
  }
  return null;
}

/**
 * The end of the last side of a pair closed by 另一方面 / 另一个是 whose text `[start, end)` of the view runs on into
 * a clause opened by 同时/此外/另外/与此同时 after a ; or a stop: that clause's separator, or `end` when there is none.
 */
export function closedPairEnd(view: string, quoted: Uint8Array, start: number, end: number): number {
  return besideClause(view, quoted, start, end)?.separator ?? end;
}

/**
 * A paragraph that opens with a topic frame and no marker: "在监管方面,我们也做了大量工作…", "此外,…", "同时,…".
 * The speaker turns to another stretch of the answer; an item before it ends at its paragraph, and the list may
 * go on after it ("二是抓修复。…⏎⏎在监管方面,…⏎⏎三是抓机制。"). Sticky, at the paragraph's first character.
 */
const TOPIC_FRAME = /[ \t\u3000]*(?:在[^,:;。!?\n]{1,15}?方面|与此同时|同时|此外|另外)[,:]/y;

/** The line break before the first paragraph of `(start, end)` of the view that opens with a topic frame, or -1. */
export function topicParagraph(view: string, quoted: Uint8Array, start: number, end: number): number {
  return paragraphOpening(view, quoted, view.indexOf('\n', start), end, TOPIC_FRAME);
}

/**
 * From the line break `nl`, the first line break before `end` whose next paragraph (blank lines skipped) opens with
 * `opens` (a sticky regexp) and that is not inside a quotation, or -1.
 */
function paragraphOpening(view: string, quoted: Uint8Array, nl: number, end: number, opens: RegExp): number {
  for (; nl >= 0 && nl < end; nl = view.indexOf('\n', nl + 1)) {
    let at = nl + 1;
    while (at < end && view[at] === '\n') at++;
    if (quoted[nl] || at >= end) continue;
    opens.lastIndex = at;
    if (opens.test(view)) return nl;
  }
  return -1;
}

/**
 * A paragraph that sums up (SUMMING) or gives its figures' source or date: "据统计,…", "据初步测算,…", "截至10月底,…",
 * "经测算,…" (sticky). Not a connective that adds a deed (同时开展巡护: the item's).
 */
const SUMMARY = new RegExp(`[ \\t\\u3000]*(?:${SUMMING}|据(?:不完全|初步)?(?:统计|测算|估算|调查|监测|核算)|经(?:统计|测算|核算)|截至|截止到?|到目前为止)`, 'y');

/**
 * In a list whose items each open their own paragraph, the line break before the first paragraph of `(start, end)` that
 * opens with a summing or sourcing phrase ("据统计,截至10月底,全市城镇新增就业4.85万人…", "以上工作,需要投入资金约4.6亿元…",
 * "总的来看,…"), or -1. Such a paragraph reports on the list, it carries no part of the item before it: the item ends
 * at its own paragraph (the figures stay with the question). An item whose own paragraph is a heading alone ("二是强化
 *创业扶持。") has its body in the paragraphs under it, whatever they open with: only one that says more than its
 * heading is closed so.
 */
export function summaryParagraph(view: string, quoted: Uint8Array, start: number, end: number): number {
  const first = view.indexOf('\n', start);
  if (first < 0 || first >= end || !beyondHeading(view.slice(start, first))) return -1;
  return paragraphOpening(view, quoted, first, end, SUMMARY);
}

/** A line that goes on past its first sentence: more than a heading ("强化创业扶持。今年发放创业担保贷款…"). */
function beyondHeading(line: string): boolean {
  const stop = line.search(/[。!?]/u);
  return stop >= 0 && line.slice(stop + 1).trim().length > 0;
}

/**
 * Between two lists (`[from, to)` of the view), a sentence opening a new one beyond what was counted: "此外,…",
 * "另外,…", or a topic frame naming another area, "同时,在养殖污染治理方面:" / "在监管方面,". A bare "同时,一是…"
 * may go on counting the same measures, so it opens none.
 */
const NEW_LIST = /(?:^|[。!?;\n])[ \t\u3000]*(?:(?:此外|另外)[,:]|(?:(?:此外|另外|同时|与此同时)[,:]?)?在[^,:;。!?\n]{1,15}?方面[,:])/;

export function opensNewList(view: string, from: number, to: number): boolean {
  return NEW_LIST.test(view.slice(from, to));
}
