/**
 * A string as the `yaml` package prints it in a record: plain, single- or double-quoted, or a
 * literal block — the package's stringifyString (v2.9) for lineWidth 0 (it never folds a line),
 * singleQuote null, outside flow collections. yaml.ts writes the tree around these scalars.
 *
 * Example: stringScalar('市公安局局长', false, '  ') → 市公安局局长 (plain); '12' → "12" (it would
 * read as a number); 'a: b' → "a: b"; '第一,加强统筹。\n第二,压实责任。' at indent '  ' →
 *   |-
 *     第一,加强统筹。
 *     第二,压实责任。
 * test/format/yaml.test.ts checks byte equality with the package on every saved record.
 *
 * Two rules go beyond the package, so that the output also loads in YAML 1.1 readers (PyYAML,
 * the loader a Python user reaches for) and gives them what JSON gives:
 * - a string holding a tab, U+2028, U+2029, U+FFFE or U+FFFF is double-quoted, and those
 *   characters escaped (\t, \L, \P, \ufffe): PyYAML ends a plain scalar at a tab ('加强监管\t制表'
 *   → "found character '\t' that cannot start any token"), takes U+2028/2029 for line breaks and
 *   refuses U+FFFE/FFFF anywhere in a stream;
 * - a string that YAML 1.1 resolves to another type is quoted like '12': dates ('2023-08-29' would
 *   come back as a datetime.date), yes/no/on/off, 1_000, 0b11, sexagesimal 9:30, '<<' and '='.
 */

/** One level of indentation. */
export const STEP = '  ';

// Control characters and lone surrogates force double quotes (the package's rule), and so do the
// characters YAML 1.1 readers refuse in a plain or block scalar (see the header).
const FORCE_DOUBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\t\u2028\u2029\ufffe\uffff]/u;
/** What FORCE_DOUBLE adds to the package's rule: characters double-quoted and then escaped. */
export const YAML11_UNSAFE = /[\t\u2028\u2029\ufffe\uffff]/;
// What JSON.stringify leaves raw in a double-quoted scalar and a YAML 1.1 reader refuses (DEL, C1
// controls, U+FFFE/FFFF) or takes for a line break (U+0085, U+2028, U+2029): escaped after the
// package's rules, as \x7f, \N, \L, \P, \ufffe.
const RAW_UNSAFE = /[\x7f-\x9f\u2028\u2029\ufffe\uffff]/g;
const RAW_ESCAPES: Record<string, string> = { '\x85': '\\N', '\u2028': '\\L', '\u2029': '\\P', '\ufffe': '\\ufffe', '\uffff': '\\uffff' };
const rawEscape = (ch: string) => RAW_ESCAPES[ch] ?? '\\x' + ch.charCodeAt(0).toString(16);
/** A double-quoted scalar with the characters JSON leaves raw escaped (see RAW_UNSAFE). */
export const escapeRaw = (quoted: string): string => quoted.replace(RAW_UNSAFE, rawEscape);
// What a plain scalar may not start with, contain or end with.
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// Strings a YAML reader would take for another type (null, booleans, numbers), so a string such
// as '12', 'true', '~' or '1e3' is quoted: the tests of the package's default (core) schema, in its
// order (test/format/yaml.test.ts checks they are the package's own).
export const OTHER_TYPES: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// The same tests as one alternation: one regex run per string instead of eight.
// What YAML 1.1 (PyYAML's resolver) reads as another type beyond those: dates and timestamps,
// yes/no/on/off, numbers with '_', 0b, sexagesimal (9:30, 1:20:05.5), floats such as '1.' and
// '.5_0', the merge key '<<' and the value key '='. Anchored, ASCII only, as OTHER_TYPES.
export const YAML11_TYPES: readonly RegExp[] = [
  /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:0b[01_]+|0[0-7_]+|[1-9][0-9_]*|0x[0-9a-fA-F_]+)$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?)$/,
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/,
  /^(?:<<|=)$/,
];
const OTHER_TYPE = new RegExp([...OTHER_TYPES, ...YAML11_TYPES].map((t) => `(?:${t.source})`).join('|'));
/** True for a string the package or a YAML 1.1 reader would read as another type than a string. */
export const readsAsOtherType = (value: string) => OTHER_TYPE.test(value);

// First characters that are indicators (or may start a document marker, '---' '...' '%'): never
// left plain by the fast path below.
const SPECIAL_START = new Uint8Array(128);
for (const ch of ' ,[]{}#&*!|>\'"%@`?-.') SPECIAL_START[ch.charCodeAt(0)] = 1;

// Characters the fast path leaves to stringScalarSlow: control characters (\n, \t and \r too),
// ':' and '#', C1 controls, U+2028 and U+2029 (they end a line for DOCUMENT_MARKER's /m:
// '\u2028---' holds a marker), surrogates, paired or not, and U+FFFE/FFFF (FORCE_DOUBLE). A regex rather than a charCode loop:
// a record's text runs to 100 K characters, and a single-document run never warms a JS loop up.
const NOT_FAST = /[\x00-\x1f#:\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]/;

/**
 * True for most strings of a record ('市公安局局长', 'narration', '12名'), which the package leaves
 * plain wherever they stand (key or value, any indent): one line, none of NOT_FAST, no indicator
 * first, no space last — so neither NOT_PLAIN nor DOCUMENT_MARKER can match — and not read as
 * another type. The schema's type tests are anchored and consume ASCII only (test/format/yaml.test.ts
 * checks), so a string that starts beyond ASCII cannot match one. False means "ask
 * stringScalarSlow", not "not plain".
 */
function fastPlain(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const c0 = value.charCodeAt(0);
  if ((c0 < 128 && SPECIAL_START[c0]) || value.charCodeAt(n - 1) === 0x20 || NOT_FAST.test(value)) return false;
  return !(c0 < 128 && readsAsOtherType(value));
}

/**
 * Short ASCII-led strings already found plain: keys ('schema', 'span') and values such as
 * 'narration' come back in every record, and the one regex run they need is worth saving.
 * Bounded; being plain is a property of the string alone (fastPlain).
 */
const knownPlain = new Set<string>();

export function stringScalar(value: string, implicitKey: boolean, indent: string): string {
  const short = value.length <= 32 && value.charCodeAt(0) < 128;
  if (short && knownPlain.has(value)) return value;
  if (fastPlain(value)) {
    if (short) {
      if (knownPlain.size >= 4096) knownPlain.clear();
      knownPlain.add(value);
    }
    return value;
  }
  return stringScalarSlow(value, implicitKey, indent);
}

/** The package's plainString and its way to quotes or a block scalar (see fastPlain for the usual case). */
function stringScalarSlow(value: string, implicitKey: boolean, indent: string): string {
  if (FORCE_DOUBLE.test(value)) return doubleQuoted(value, implicitKey, indent);
  const multiLine = value.includes('\n');
  if (implicitKey && multiLine) return quoted(value, implicitKey, indent);
  if (NOT_PLAIN.test(value)) return implicitKey || !multiLine ? quoted(value, implicitKey, indent) : blockLiteral(value, indent);
  if (multiLine) return blockLiteral(value, indent); // (a key never gets here)
  // One line from here on.
  if (DOCUMENT_MARKER.test(value) && implicitKey && indent === STEP) return quoted(value, implicitKey, indent);
  if (readsAsOtherType(value)) return quoted(value, implicitKey, indent);
  return value;
}

function quoted(value: string, implicitKey: boolean, indent: string): string {
  const hasDouble = value.includes('"');
  const hasSingle = value.includes("'");
  return hasDouble && !hasSingle ? singleQuoted(value, implicitKey, indent) : doubleQuoted(value, implicitKey, indent);
}

function singleQuoted(value: string, implicitKey: boolean, indent: string): string {
  if ((implicitKey && value.includes('\n')) || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuoted(value, implicitKey, indent);
  const ind = indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  return "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${ind}`) + "'";
}

const ESCAPES: Record<string, string> = {
  '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e', '0085': '\\N', '00a0': '\\_', '2028': '\\L', '2029': '\\P',
};
/**
 * One line, JSON's escapes in YAML's spelling. The package folds a double-quoted scalar over
 * several lines from 40 characters of JSON on (doubleQuotedMinMultiLineLength); this one never
 * does (as the package with that option at Infinity): a folded line that holds only a space comes
 * out as '\\ ', which neither the package nor PyYAML reads back as a space ('xxx…\x07\n \ny').
 */
function doubleQuoted(value: string, _implicitKey: boolean, _indent: string): string {
  const json = JSON.stringify(value);
  let str = '';
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
      // space before newline needs to be escaped to not be folded
      str += json.slice(start, i) + '\\ ';
      i += 1;
      start = i;
      ch = '\\';
    }
    if (ch === '\\') {
      if (json[i + 1] === 'u') {
        str += json.slice(start, i);
        const code = json.substr(i + 2, 4);
        const escape = ESCAPES[code];
        if (escape !== undefined) str += escape;
        else if (code.substr(0, 2) === '00') str += '\\x' + code.substr(2);
        else str += json.substr(i, 6);
        i += 5;
        start = i + 1;
      } else i += 1;
    }
  }
  return escapeRaw(start ? str + json.slice(start) : json);
}

/** Lines of spaces only, which a YAML 1.1 reader takes for indentation in a block scalar. */
export const WHITE_LINES = /^[\n ]*(?: \n|\n )[\n ]*$/;
// Newlines inside the trailing whitespace that start a new line of it.
const BLOCK_END_NEWLINES = /(^|(?<!\n))\n+(?!\n|$)/g;

/** A multi-line value (never a key): a literal block scalar, `|`, `|-` or `|+`. */
function blockLiteral(value: string, indent: string): string {
  // A block can't end in whitespace unless the last line is non-empty; nor be only spaces and
  // newlines for a YAML 1.1 reader (PyYAML reads '|+' over '   ' as '\n', not ' \n').
  if (/\n[\t ]+$/.test(value) || WHITE_LINES.test(value)) return quoted(value, false, indent);
  const ind = indent || STEP; // (indent is never '': only the root has it, and the root is no string here)
  // chomping from the whitespace at the end
  let endStart = value.length;
  for (; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== '\n' && ch !== '\t' && ch !== ' ') break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf('\n');
  const chomp = endNlPos === -1 ? '-' : value === end || endNlPos !== end.length - 1 ? '+' : '';
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === '\n') end = end.slice(0, -1);
    end = end.replace(BLOCK_END_NEWLINES, `$&${ind}`);
  }
  // indentation indicator from the whitespace at the start
  let startWithSpace = false;
  let startEnd = 0;
  let startNlPos = -1;
  for (; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === ' ') startWithSpace = true;
    else if (ch === '\n') startNlPos = startEnd;
    else break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${ind}`);
  }
  const header = (startWithSpace ? '2' : '') + chomp;
  return `|${header}\n${ind}${start}${value.replace(/\n+/g, `$&${ind}`)}${end}`;
}
