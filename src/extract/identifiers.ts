/**
 * Identifiers written in digits: numbers that name something (a line to call, a standard, a room, a
 * service schedule) and count nothing.
 * A bare number called by a verb stays in the quantities, kind other, marked `identifier: true` (hand-checked records
 * list 借12345等平台 → 12345 kind other, so dropping it would lose what they list; the mark lets a count of figures
 * leave it out, which kind other, shared with ranks, could not); a number naming its line, before or after the line's
 * word, and a phone number with its area code are no figures at all (the lead's rule, t49 finding 1). The fragments of a code, an address or a
 * schedule (5749 of GB 5749-2022, 302 of 302室, 24小时 of 7×24小时) are no quantity at all, as 3号线, G320 and
 * 〔2024〕3号 already are.
 *
 * Example: "市民可拨打12345热线或0871-1234567反映，水厂执行GB 5749-2022，在5号楼302室提供7×24小时服务"
 * → nothing; "借12345等平台" → 12345 (an identifier); "建成5G基站1200个" keeps 1200个, "开通热线电话3条"
 * keeps 3条 (a measure word makes a count).
 * Grammar read here, on the normalized view:
 *  - a phone number with an area code (0871-1234567, 400-123-4567), a mobile number (13812345678): phoneAt;
 *  - a standard's code: letters (GB, GB/T, HJ, DB53/T …), maybe a space, digits, a dash and the year
 *    (GB 5749-2022, GB5749—2022, HJ 633-2012), or the digits alone after GB/HJ/DB;
 *  - an address: N号楼, N室, a chain 3栋2单元501室;
 *  - a service schedule N×M (7×24小时, 5×8小时, 365×24): days times hours, no duration;
 *  - a short number right before the line it names (12345热线, 120急救电话, 12315平台) or right after it (服务热线12345转6,
 *    急救电话120, 举报电话12369, 热线电话：0871-65123456): part of the name, no quantity at all (lineNameAt);
 *  - a phone number anywhere (0871-65123456, ０７３１－８４５６７８９０ in the view's digits): it has no value, it names a
 *    line to call, no quantity at all (phoneAt, skipped by the caller);
 *  - a bare number (no measure word) that is called: after 拨打/打/致电/热线/电话/专线/号码, before
 *    热线/电话/平台/服务台/号码 within a few characters (12345热线, 110是报警电话), joined by 与/或 to a
 *    called number (打110或者12345), or shaped as a 123xx government service line (12319, 12355);
 *  - a name in quotes made of digits alone or joined by + (“231”产业体系, “1+N”政策, “6+1”模式, “12345”热线): quoted
 *    whole, with no measure word inside the quotes, the number names a system, a policy or a line, as “十四五” names a plan;
 *    a number to call stays a number to call (拨打“12345”热线 as 拨打12345热线), any other is no quantity;
 *  - a figure in Chinese numerals opening a name in quotes that goes on in words (“十年禁渔”, “三年行动”): a campaign's
 *    name (inQuotedName); one in digits (“3年见成效”) is a figure quoted.
 * Offsets: UTF-16 code units, 0-based, end-exclusive.
 */
import { isDigit } from './numerals.js';
import { matchUnit } from './units.js';

/**
 * A quoted name written in digits, opening at the digit after “ or ‘: digits (and Latin letters, as in 1+N) joined by + - ×
 * · . or /, closed by the quote mark right after — no unit inside the quotes (“100%”覆盖, “3000元”标准 are figures quoted).
 */
const QUOTED_NAME_AT = /[0-9A-Za-z]+(?:[+\-×·./][0-9A-Za-z]+)*(?=[”’])/y;

/**
 * Length of the digits named in quotes at `pos` (231 of “231”产业体系, 1+N of “1+N”政策), else 0: `pos` right after the
 * opening quote, the closing one right after the name.
 */
export function quotedNameAt(view: string, pos: number): number {
  const open = view[pos - 1];
  if (open !== '“' && open !== '‘') return 0;
  QUOTED_NAME_AT.lastIndex = pos;
  const m = QUOTED_NAME_AT.exec(view);
  if (!m || !/\d/.test(m[0]) || view[pos + m[0].length] !== (open === '“' ? '”' : '’')) return 0;
  // “12345”热线, 拨打“96123”: a number to call, read as one (marked an identifier, as unquoted).
  return isCalledNumber(view, pos, pos + m[0].length) ? 0 : m[0].length;
}

/**
 * A figure in Chinese numerals opening a name in quotes that goes on in words ("长江“十年禁渔”", “三年行动”): the figure is
 * part of the name of a campaign or a plan, no quantity. Names and set phrases are written in Chinese numerals, figures
 * counted or measured in digits (the convention of GB/T 15835): a target quoted in digits (“3年见成效”目标) stays a figure,
 * unless four words or more follow it to the quote (“7天无理由退货”, the name of a consumer's right).
 * `span` is the figure read with its unit; it must stand right after the opening quote and be followed by Han characters
 * alone up to the closing one (“3000元”标准 and “100%”覆盖, quoted whole, stay figures).
 */
export function inQuotedName(view: string, span: readonly [number, number]): boolean {
  const open = view[span[0] - 1];
  if (open !== '“' && open !== '‘') return false;
  const m = QUOTED_NAME_REST.exec(view.slice(span[1], span[1] + 10));
  if (m === null || m[1] !== (open === '“' ? '”' : '’')) return false;
  // In digits a quoted target stays a figure (“3年见成效”); a figure then four Han characters or more is a policy's name
  // (“7天无理由退货”, “12小时便民服务”): a target says its result in a few words.
  return !isDigit(view.charCodeAt(span[0])) || m[0].length - 1 >= QUOTED_POLICY_REST;
}
/** How many Han characters after a quoted figure in digits make the quotation a name (“7天无理由退货”: 5). */
const QUOTED_POLICY_REST = 4;
/** The words after the figure to the closing quote: Han characters only, a few. */
const QUOTED_NAME_REST = /^\p{sc=Han}{1,8}([”’])/u;

/** Phone numbers: area code and number (0871-1234567, (0871)1234567), a 400/800 number, an 11-digit mobile number. */
const PHONE_AT = /(?:0\d{2,3}(?:-|\)\s?)\d{7,8}|[48]00-\d{3}-\d{4}|1[3-9]\d{9})(?!\d)/y;
/** A service schedule: days a week × hours a day, its unit included (7×24小时, 7*24, 5x8小时). */
const SCHEDULE_AT = /(?:[1-7]|365)\s?[×xX*]\s?(?:24(?:个?小时)?|\d{1,2}个?小时)/y;
/** A standard's number after its code letters: 5749-2022, 3095—2012, 633-2012, 17167.1-2008. */
const STANDARD_NUMBER_AT = /\d+(?:\.\d+)*(?:\s?[-—–―]\s?(?:19|20)?\d\d)?(?!\d)/y;
/** The code letters before a standard number, with /T (recommended) and a space: GB , GB/T , HJ , DB53/T . */
const STANDARD_CODE_BEFORE = /(?:^|[^A-Za-z])([A-Z]{1,4}\d{0,2}(?:\/[TZ])?)\s?$/;
/** Codes whose number is a standard's even without the year after it. */
const STANDARD_CODES = /^(?:GB|HJ|DB\d{0,2}|JGJ|CJJ|GBZ|GA|JTG|SL|NY|ISO)(?:\/[TZ])?$/;
/** A year in full after a dash closes a standard's number whatever its letters (QX 6-2020); PM10-20 is a range. */
const DASH_YEAR = /[-—–―]\s?(?:19|20)\d\d$/;
/**
 * An address: a chain of parts ending in a door (3栋2单元501室, 5号楼302室) or one room or building (302室, 5号楼).
 * 栋, 层 alone count (建成12栋3层楼房), 3室2厅 is a flat's layout.
 */
const ADDRESS_AT = /(?:\d+(?:号楼|栋|幢|单元|层|楼))+\d+(?:室|号|单元|户)|\d+(?:号楼|号院|室)(?![\d一二两三四]*厅)/y;

const SHAPES = [SCHEDULE_AT, ADDRESS_AT];

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

/**
 * Length of the identifier written from `pos` (a digit not after another digit) that is no quantity, else 0:
 * a standard's number, an address or a service schedule. The caller skips it whole.
 */
export function identifierAt(view: string, pos: number): number {
  if (!isDigit(view.charCodeAt(pos))) return 0;
  const before = view.charCodeAt(pos - 1);
  if (before === 0x20 || before === 0x2f || isUpper(before)) {
    const standard = standardAt(view, pos);
    if (standard) return standard;
  }
  for (let k = 0; k < SHAPES.length; k++) {
    const re = SHAPES[k];
    re.lastIndex = pos;
    const m = re.exec(view);
    if (m) return m[0].length;
  }
  return 0;
}

/** Length of a phone number written from `pos` (0871-1234567, (0871)1234567 from its 0, 13812345678), else 0. */
export function phoneAt(view: string, pos: number): number {
  if (!isDigit(view.charCodeAt(pos))) return 0;
  PHONE_AT.lastIndex = pos;
  const m = PHONE_AT.exec(view);
  return m ? m[0].length : 0;
}

/** Length of a standard's number at `pos`, after its code letters (GB 5749-2022, HJ 633-2012), else 0. */
function standardAt(view: string, pos: number): number {
  const code = STANDARD_CODE_BEFORE.exec(view.slice(Math.max(0, pos - 9), pos));
  if (!code) return 0;
  STANDARD_NUMBER_AT.lastIndex = pos;
  const m = STANDARD_NUMBER_AT.exec(view);
  if (!m) return 0;
  return STANDARD_CODES.test(code[1]) || DASH_YEAR.test(m[0]) ? m[0].length : 0;
}

/** A verb of calling or a word of telephony right before a number (and its opening quote): 拨打12345, 拨打“96123”, 打110, 热线电话:65123456. */
const CALLED_BEFORE = /(?:拨打|拨|打|致电|热线|电话|专线|号码|手机)[::]?\s?[“‘]?$/;
/** A number joined to a called one before it: 打110或者12345, 热线电话0591-87654321与96123并线. */
const JOINED_CALLED_BEFORE = /(?:拨打|打|致电|热线|电话|专线)[^,。;!?\n]{0,16}\d(?:与|和|或者|或|及|、)$/;
/** A word of telephony right after a number (and its closing quote), a few characters on: 12345热线, “96123”热线, 12345政务服务便民热线, 110是报警电话, 12345等平台. */
const CALLED_AFTER = /^[”’]?[\u4e00-\u9fff]{0,6}?(?:热线|专线|电话|平台|服务台|号码)/u;
/**
 * A short number naming the line it stands before (12345热线, 120急救电话, 12315平台, “12345”热线, 12345政务服务便民热线,
 * 110报警服务台, 接到110报警): it is part of the name, as 十四五 is of 十四五规划, no quantity (and no number to call).
 * Not across 等, 是, 或, 和, 、 (借12345等平台, 110是报警电话: the number stands alone there, a number to call), nor after a
 * unit (热线电话3条, 1200平方米服务平台); 报警 alone only where no verb of calling takes the number (拨打110报警: 110 is what is called).
 */
const LINE_NAME_AT = /\d{3,5}(?=[”’]?(?:(?:(?![等是为或和及与、的])[\u4e00-\u9fff]){0,6}?(?:热线|专线|电话|平台|服务台|号码)|急救|报警))/y;
/**
 * The word naming a line right before its number (and a colon or an opening quote): 热线, 专线, 电话, 号码 close every
 * name of one (服务热线, 急救电话, 举报电话, 热线电话, 咨询专线). The number after it is the line's name, as before it
 * (教育服务热线12345转6, 急救电话120, 举报电话12369): no quantity.
 */
const LINE_WORD_BEFORE = /(?:热线|专线|电话|号码)[::]?\s?[“‘]?$/;
/** The number after a line word: 3 to 8 digits or a phone number, maybe an extension (12345转6), a closing quote. */
const NUMBER_AFTER_LINE = /(?:\d{3,8}|0\d{2,3}-\d{7,8})(?:转\d{1,5})?(?![\d.,])[”’]?/y;

/** Length of the number naming a line at `pos` (a digit after no digit), else 0: the caller skips it whole. */
export function lineNameAt(view: string, pos: number): number {
  if (!isDigit(view.charCodeAt(pos)) || isDigit(view.charCodeAt(pos - 1))) return 0;
  if (LINE_WORD_BEFORE.test(view.slice(Math.max(0, pos - 5), pos))) {
    NUMBER_AFTER_LINE.lastIndex = pos;
    const after = NUMBER_AFTER_LINE.exec(view);
    // 热线电话3条, 热线2023年受理: a count of lines, a year; 热线12345余件 is no name either.
    if (after && !matchUnit(view, pos + after[0].length) && !/^[余多万亿千百%]/u.test(view[pos + after[0].length] ?? '')) return after[0].length;
  }
  LINE_NAME_AT.lastIndex = pos;
  const m = LINE_NAME_AT.exec(view);
  if (!m) return 0;
  const end = pos + m[0].length;
  if (matchUnit(view, end)) return 0; // 1200平方米服务平台: a figure with its unit
  if (/^[”’]?报警(?!服务|电话|平台|中心|台)/u.test(view.slice(end, end + 5)) && CALLED_BEFORE.test(view.slice(Math.max(0, pos - 6), pos))) return 0;
  return m[0].length;
}

/** The national government service lines, 123xx (12345, 12315, 12319, 12355 …). */
const SERVICE_LINE = /^123\d\d$/;

/**
 * True when the bare Arabic number [start, end) (no measure word after it) is a number to call:
 * after 拨打/热线/电话…, before 热线/电话/平台…, joined to a called number before it, or a 123xx service line.
 */
export function isCalledNumber(view: string, start: number, end: number): boolean {
  if (SERVICE_LINE.test(view.slice(start, end))) return true;
  return CALLED_BEFORE.test(view.slice(Math.max(0, start - 6), start)) || CALLED_AFTER.test(view.slice(end, end + 10))
    || JOINED_CALLED_BEFORE.test(view.slice(Math.max(0, start - 24), start));
}
