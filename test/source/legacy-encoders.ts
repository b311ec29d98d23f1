/**
 * GBK and Big5 encoders for tests, the inverse of Node's decoders over every two-byte pair:
 * `encodeLegacy('市人大常委會', 'big5')` gives the bytes iconv -t BIG5 gives (A5AB A448 A46A …).
 * Characters an encoding does not hold are left out (as `iconv -c` does), so any fixture can
 * be encoded both ways.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'gbk' | 'big5'): Map<string, number[]> {
  let map = tables.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label === 'gbk' ? 'gb18030' : 'big5', { fatal: true });
  // Big5 holds a few characters twice (十 at A451 and A2CC): the Han rows (A4–F9) first, as iconv.
  const leads = label === 'gbk' ? range(0x81, 0xfe) : [...range(0xa4, 0xf9), ...range(0xa1, 0xa3)];
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f || (label === 'big5' && trail > 0x7e && trail < 0xa1)) continue;
      let c: string;
      try { c = decoder.decode(Uint8Array.of(lead, trail)); } catch { continue; }
      if (c.length === 1 && !map.has(c) && !(c >= '\ue000' && c <= '\uf8ff')) map.set(c, [lead, trail]);
    }
  }
  tables.set(label, map);
  return map;
}

export function encodeLegacy(text: string, label: 'gbk' | 'big5'): Uint8Array {
  const map = table(label);
  const out: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else out.push(...(map.get(c) ?? []));
  }
  return Uint8Array.from(out);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
