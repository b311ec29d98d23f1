/**
 * Records as YAML (the default output), one document per record, Chinese as characters.
 * Spans are printed flow-style ([ 12, 18 ]) so a record stays readable.
 *
 * The text is the one the `yaml` package prints for
 *   new YAML.Document(value, { aliasDuplicateObjects: false }), sequences of at most two numbers
 *   made flow, toString({ lineWidth: 0, indentSeq: true })
 * (see `packageYaml` below), written out directly: building the package's node tree and running its
 * generic stringifier cost ~1.5 ms per record, half as much as parsing the transcript. Records are
 * JSON data — plain objects, arrays, strings, finite numbers, booleans, null — and for those the
 * package's choices are few and are mirrored here, e.g.
 *   question: 请问市政府下一步有何打算?      plain
 *   value: "12"                              a string that would read as a number is quoted
 *   text: |-                                 a multi-line string is a literal block
 *     第一,加强统筹。
 *     第二,压实责任。
 *   span: [ 12, 18 ]                         at most two numbers: flow style
 * The string rules (yaml-strings.ts) are ports of the package's stringifyString (v2.9) for
 * lineWidth 0, where it never folds a line. Anything else (a scalar at the root, NaN, a Date, a Map, a key longer than
 * the package allows implicitly) is rendered by the package itself. test/format/yaml.test.ts keeps
 * the package rendering as the oracle and checks byte equality on every saved record and on
 * generated values.
 */
import { createRequire } from 'node:module';
import { STEP, WHITE_LINES, YAML11_UNSAFE, escapeRaw, readsAsOtherType, stringScalar } from './yaml-strings.js';

// The package is loaded only for a value the emitter leaves to it: loading it costs ~30 ms of CPU,
// a tenth of a one-file `inquiry parse`.
type YamlPackage = typeof import('yaml');
let yamlPackage: YamlPackage | undefined;
const loadYaml = (): YamlPackage => (yamlPackage ??= createRequire(import.meta.url)('yaml') as YamlPackage);

/**
 * The package's rendering with the rules of yaml-strings.ts that go beyond it (strings YAML 1.1
 * readers refuse or read as another type are double-quoted, on one line, U+2028… escaped): the fallback for
 * unusual values, and what test/format/yaml.test.ts holds the emitter to.
 */
export function packageYaml(value: unknown): string {
  const YAML = loadYaml();
  const doc = new YAML.Document(value, { aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Seq(_key, node) {
      if (node.items.length <= 2 && node.items.every((i) => YAML.isScalar(i) && typeof i.value === 'number')) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value === 'string' && (YAML11_UNSAFE.test(node.value) || readsAsOtherType(node.value) || WHITE_LINES.test(node.value))) node.type = 'QUOTE_DOUBLE';
    },
  });
  // Raw U+2028… can stand only inside the double-quoted scalars just made, all on one line.
  return escapeRaw(doc.toString({ lineWidth: 0, indentSeq: true, doubleQuotedMinMultiLineLength: Infinity }));
}

export function toYaml(value: unknown): string {
  if (value === null || typeof value !== 'object') return packageYaml(value);
  out = '';
  try {
    if (Array.isArray(value)) {
      if (isFlow(value)) return flow(value) + '\n';
      writeSeq(value, '');
    } else {
      if (isEmpty(value)) return '{}\n';
      writeMap(value, '');
    }
    const text = out + '\n';
    out = '';
    return text;
  } catch (e) {
    out = '';
    if (e === UNUSUAL) return packageYaml(value);
    throw e;
  }
}

/** A multi-document stream: `---` before each record. */
export function toYamlStream(values: readonly unknown[]): string {
  return values.map((v) => '---\n' + toYaml(v)).join('');
}

/** Thrown on a value this emitter leaves to the package (the whole record is then rendered there). */
const UNUSUAL = new Error('value left to the yaml package');

/**
 * The text so far. The writers append to it rather than return their text, so nested
 * collections are not copied again at every level (and a rope is never read before the end).
 */
let out = '';

function number(n: unknown): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw UNUSUAL;
  return Object.is(n, -0) ? '-0' : String(n);
}

/** True for a sequence the package prints flow style: at most two items, all numbers (or none). */
function isFlow(items: readonly unknown[]): boolean {
  return items.length <= 2 && (items.length === 0 || (typeof items[0] === 'number' && (items.length === 1 || typeof items[1] === 'number')));
}

function flow(items: readonly unknown[]): string {
  return items.length === 0 ? '[]' : items.length === 1 ? '[ ' + number(items[0]) + ' ]' : '[ ' + number(items[0]) + ', ' + number(items[1]) + ' ]';
}

/** True for an object the package prints as `{}`: no property that is not undefined. Throws on other than plain objects. */
function isEmpty(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw UNUSUAL; // a Date, a Map, a class instance
  for (const key of Object.keys(value)) if ((value as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

/** A scalar as a value (after `key: ` or `- `) at ctx.indent `indent`. */
function scalar(value: unknown, indent: string): string {
  switch (typeof value) {
    case 'string': return stringScalar(value, false, indent);
    case 'number': return number(value);
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'null'; // only as an array item: properties that are undefined are skipped
    case 'object': if (value === null) return 'null'; // (collections are written by the callers)
      throw UNUSUAL;
    default: throw UNUSUAL;
  }
}

/** A non-empty block sequence whose ctx.indent is `indent`: `- item` lines, the first without indent. */
function writeSeq(items: readonly unknown[], indent: string): void {
  const inner = indent + STEP;
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    out += i ? '\n' + indent + '- ' : '- ';
    if (v === null || typeof v !== 'object') out += scalar(v, inner);
    else if (Array.isArray(v)) {
      if (isFlow(v)) out += flow(v);
      else writeSeq(v, inner); // - - a
    } else if (isEmpty(v)) out += '{}';
    else writeMap(v, inner);
  }
}

/** A non-empty block map whose ctx.indent is `indent`: `key: value` lines, the first without indent. */
function writeMap(value: object, indent: string): void {
  const inner = indent + STEP;
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const k = stringScalar(key, true, inner);
    if (k.length > 1024) throw UNUSUAL; // the package writes such a key explicitly (`? key`)
    out += first ? k + ':' : '\n' + indent + k + ':';
    first = false;
    // A block collection starts on the next line; a flow one ([ 12, 18 ], [], {}) stays on this one.
    if (v === null || typeof v !== 'object') out += ' ' + scalar(v, inner);
    else if (Array.isArray(v)) {
      if (isFlow(v)) out += ' ' + flow(v);
      else {
        out += '\n' + inner;
        writeSeq(v, inner);
      }
    } else if (isEmpty(v)) out += ' {}';
    else {
      out += '\n' + inner;
      writeMap(v, inner);
    }
  }
}
