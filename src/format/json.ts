/**
 * Records as JSON and JSON Lines, Chinese printed as characters ("一府两院", never "\u4e00…").
 * JSON.stringify leaves non-ASCII as is; only the line and paragraph separators
 * U+2028/U+2029 are escaped, so a JSON Lines record never spans two lines.
 */
export function toJson(value: unknown, indent = 2): string {
  return escapeSeparators(JSON.stringify(value, null, indent)) + '\n';
}

export function toJsonLines(values: readonly unknown[]): string {
  return values.map((v) => escapeSeparators(JSON.stringify(v)) + '\n').join('');
}

function escapeSeparators(s: string): string {
  return s.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
