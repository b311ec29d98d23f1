/**
 * Two-character speaker labels with no listed surname: "次仁:请问县卫健局,乡镇卫生院的医生招不来怎么办?"
 * (Tibetan 扎西, 次仁, 白玛; Mongolian 巴图, 那顺; Uyghur 艾力). Two characters before a colon are most often a
 * word ("背景:", "目标:", "其次:"), so such a label is a name only when each of its characters is one the
 * transliteration tables use (label-names.ts has checked that, that no title, organization or field word is
 * in it, and that speech follows), it is no word that opens a line as a heading or a role (部门, 嘉宾, 其次)
 * nor a place the document names as one (喀什 beside 喀什市), and the document names its speakers in labels elsewhere ("县教育局局长 索朗旺堆:") — or names this one
 * with a title ("县人大常委会委员 次仁"). Spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A two-character label before a colon that may be a name: its span and its characters (on the view). */
export interface ShortLabel {
  span: Span;
  name: string;
}

/**
 * Words whose two characters both transliterate that open a line as a heading or a role, never as a name:
 * roles (部门:, 嘉宾:), sequence (其一:, 其次:), headings (特别提示 cut short, 方法:, 正文:, 特色:) and
 * slogans or qualities (平安, 文明, 美丽, 和平). Places are told by their suffix elsewhere (PLACE_SUFFIXES).
 */
const NOT_SHORT_NAMES: ReadonlySet<string> = new Set([
  '部门', '嘉宾', '青年', '其一', '其二', '其次', '特别', '方法', '提法', '正文', '特色', '明天',
  '加强', '提高', '开发', '关爱', '扎根', '美丽', '美好', '平安', '文明', '和平', '正义', '吉祥', '安居', '兴旺', '康乐',
]);

/** Suffixes that make a place of the name before them: the document writing 拉萨市, 青海省 shows 拉萨, 青海 are places. */
const PLACE_SUFFIXES = ['市', '省', '县', '州', '区', '地区', '盟', '旗', '镇', '乡'];

/** What may stand before a label at a line start: spaces, a clock time, a bullet, Markdown bold, a bracket. */
const LINE_LEAD = /(?:^|\n)[ \t\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*|[-*+][ \t]+)?(?:\*\*|__|【|\[)?[ \t\u3000]*$/u;
/** What may stand after a label's speaker before its colon: a verb of the turn, closing bold or bracket. */
const LABEL_TAIL = /^[ \t\u3000]*(?:追问|提问|询问|问|回答|答复|答)?[ \t\u3000]*(?:\*\*|__|】|\])?[ \t\u3000]*:/u;

/**
 * The labels of `short` that are names, in order: given `claimed`, the spans of the speakers read so far (titles
 * and names), and `labels`, the bare-name labels already accepted.
 */
export function acceptedShortNames(view: string, short: readonly ShortLabel[], claimed: readonly Span[], labels: readonly Span[]): ShortLabel[] {
  const candidates = short.filter((s) => !NOT_SHORT_NAMES.has(s.name) && !PLACE_SUFFIXES.some((x) => view.includes(s.name + x)));
  if (!candidates.length) return [];
  const titled = candidates.filter((s) => titledElsewhere(view, s, claimed));
  // Lines labelled with a speaker: claimed mentions at a line start before a colon, bare names accepted,
  // and the short names the document also gives a title.
  const labelLines = new Set<number>();
  for (const c of claimed) if (isLineLabel(view, c)) labelLines.add(lineOf(view, c[0]));
  for (const l of labels) labelLines.add(lineOf(view, l[0]));
  for (const t of titled) labelLines.add(lineOf(view, t.span[0]));
  return candidates.filter((s) => {
    const line = lineOf(view, s.span[0]);
    for (const l of labelLines) if (l !== line) return true;
    return false;
  });
}

/** True when a speaker read elsewhere has `s`'s name with a title ("县人大常委会委员 次仁", "次仁委员"). */
function titledElsewhere(view: string, s: ShortLabel, claimed: readonly Span[]): boolean {
  for (const c of claimed) {
    if (c[1] - c[0] <= s.name.length || (c[0] <= s.span[0] && s.span[1] <= c[1])) continue;
    const t = view.slice(c[0], c[1]);
    if (t.endsWith(s.name) || t.startsWith(s.name)) return true;
  }
  return false;
}

/** True when `span` opens its line (after a lead) and a label's colon follows it. */
function isLineLabel(view: string, span: Span): boolean {
  return LABEL_TAIL.test(view.slice(span[1], span[1] + 8)) && LINE_LEAD.test(view.slice(Math.max(0, span[0] - 16), span[0]));
}

/** The offset of the start of the line holding `at`. */
function lineOf(view: string, at: number): number {
  return lineStartAt(view, at);
}
