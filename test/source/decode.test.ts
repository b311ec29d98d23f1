/** Decoding: every encoding Chinese transcripts come in (Big5 and GB18030 told apart), and the one-line problems for bytes that are not text. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, DecodeError, newlineStyle } from '../../src/source/decode.js';
import { encodeLegacy } from './legacy-encoders.js';

const text = '问题一：市公安局如何提升群众安全感？\n';
const utf16le = (s: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const le = Buffer.from(s, 'utf16le'); for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]]; return Buffer.concat([Buffer.from([0xfe, 0xff]), le]); };
// GBK bytes of "你好，市政府" written by hand (C4E3 BAC3 A3AC CAD0 D5FE B8AE).
const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xd0, 0xd5, 0xfe, 0xb8, 0xae]);

describe('[decode] encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(text), text, 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text, 'utf-8-bom', true],
    ['UTF-16LE with BOM', utf16le(text), text, 'utf-16le', true],
    ['UTF-16BE with BOM', utf16be(text), text, 'utf-16be', true],
    ['GBK read as GB18030', gbk, '你好，市政府', 'gb18030', false],
  ] as const)('%s', (_name, bytes, expected, encoding, hasBom) => {
    expect(decode(bytes)).toEqual({ text: expected, encoding, hasBom });
  });

  it('a forced encoding skips detection', () => {
    expect(decode(gbk, 'gb18030').text).toBe('你好，市政府');
    expect(() => decode(gbk, 'utf-8')).toThrow(DecodeError);
  });
});

describe('[decode] bytes that are not a transcript', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['white space only', Buffer.from(' \n\t\r\n　'), 'blank'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['NUL bytes', Buffer.from('abc\u0000def'), 'binary'],
    ['bytes neither UTF-8 nor GB18030', Buffer.from([0x81, 0x20, 0xff, 0xff, 0x80]), 'undecodable'],
  ] as const)('%s', (_name, bytes, problem) => {
    try {
      decode(bytes);
      expect.unreachable('decode should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).problem).toBe(problem);
      expect((error as DecodeError).message).not.toContain('\n');
    }
  });
});

describe('[decode] newlines', () => {
  it.each([
    ['a\nb', 'lf'], ['a\r\nb\r\n', 'crlf'], ['a\rb', 'cr'], ['a\r\nb\nc', 'mixed'], ['ab', 'none'],
  ] as const)('%j is %s', (s, style) => expect(newlineStyle(s)).toBe(style));
});

const FIXTURES = join(import.meta.dirname, '../fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, 'transcripts', name, 'input.txt'), 'utf8');
const ALL = readdirSync(join(FIXTURES, 'transcripts'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, 'transcripts', d.name, 'input.txt'))).map((d) => d.name).sort();
/** Fixtures whose text is Traditional (Big5 holds only Traditional characters). */
const TRADITIONAL = ['12-traditional', '121-traditional-dot-markers-compound-figures'];

describe('[decode] Big5 and GB18030, told apart by the text they give', () => {
  it('121 written by iconv -t BIG5 is read as Big5, its text exact', () => {
    const decoded = decode(readFileSync(join(FIXTURES, 'encodings', '121-traditional.big5.txt')));
    expect(decoded).toEqual({ text: fixture('121-traditional-dot-markers-compound-figures'), encoding: 'big5', hasBom: false });
  });

  it('12 written by iconv -c -t BIG5-HKSCS (Hong Kong forms) is read as Big5', () => {
    const bytes = readFileSync(join(FIXTURES, 'encodings', '12-traditional.big5-hkscs.txt'));
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(new TextDecoder('big5').decode(bytes));
    expect(decoded.text.split('\n')[0]).toBe(fixture('12-traditional').split('\n')[0]);
  });

  it('the test encoder writes the bytes iconv writes', () => {
    expect(Buffer.from(encodeLegacy(fixture('121-traditional-dot-markers-compound-figures'), 'big5')))
      .toEqual(readFileSync(join(FIXTURES, 'encodings', '121-traditional.big5.txt')));
  });

  it.each(TRADITIONAL)('%s encoded as Big5 is read as Big5, and as GBK as GB18030', (name) => {
    const text = fixture(name);
    const big5 = encodeLegacy(text, 'big5');
    expect(decode(big5).encoding).toBe('big5');
    expect(decode(big5, 'big5').encoding).toBe('big5');
    const gbk = encodeLegacy(text, 'gbk');
    expect(decode(gbk)).toMatchObject({ encoding: 'gb18030', text: new TextDecoder('gb18030').decode(gbk) });
  });

  it('every fixture encoded as GBK stays GB18030, with its text exact', () => {
    const wrong: string[] = [];
    for (const name of ALL) {
      const text = fixture(name);
      const gbk = encodeLegacy(text, 'gbk');
      if (gbk.every((b) => b < 0x80)) continue;
      let got;
      try { got = decode(gbk); } catch (error) { wrong.push(`${name}: ${(error as Error).message}`); continue; }
      if (got.encoding !== 'gb18030' || got.text !== new TextDecoder('gb18030').decode(gbk)) wrong.push(`${name}: ${got.encoding}`);
    }
    expect(wrong).toEqual([]);
    expect(ALL.length).toBeGreaterThan(100);
  });

  it.each([
    ['Big5', '市人大常委會就食品安全開展專題詢問。', 'big5'],
    ['GBK', '市人大常委会就食品安全开展专题询问。', 'gbk'],
  ] as const)('a short %s line is read in its own encoding', (_name, text, label) => {
    expect(decode(encodeLegacy(text, label))).toMatchObject({ text, encoding: label === 'gbk' ? 'gb18030' : 'big5' });
  });

  it('bytes that decode in both but read as text in neither are refused (Shift-JIS kana)', () => {
    // "カタカナのテキストです" in Shift-JIS: valid GB18030 and Big5, common characters in neither.
    const sjis = Buffer.from('83 4a 83 5e 83 4a 83 69 82 cc 83 65 83 4c 83 58 83 67 82 c5 82 b7'.split(' ').map((h) => parseInt(h, 16)));
    expect(() => decode(sjis)).toThrow(/neither UTF-8, UTF-16, GB18030 nor Big5/);
  });
});

describe('[decode] binary files are named as such, not as an encoding problem', () => {
  const random = (n: number, seed = 7) => { const out = new Uint8Array(n); let x = seed; for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = x >>> 24; } return out; };
  it.each([
    ['gzip', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, ...random(200)])],
    ['zip / docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random(200)])],
    ['empty zip', Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)])],
    ['bzip2', Uint8Array.from([...Buffer.from('BZh91AY&SY'), ...random(200)])],
    ['xz', Uint8Array.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, ...random(200)])],
    ['7z', Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, ...random(200)])],
    ['random bytes', random(2000)],
    ['random bytes, another seed', random(500, 99)],
  ])('%s', (_name, bytes) => {
    expect(() => decode(bytes)).toThrow('the file is binary, not text');
    expect(() => decode(bytes, 'utf-8')).toThrow('the file is binary, not text');
  });

  it('text starting like a signature is still text ("BZh" without the block magic)', () => {
    expect(decode(Buffer.from('BZh是一个缩写。\n')).encoding).toBe('utf-8');
  });
});

describe('[decode] UTF-16 without a byte-order mark is named in the hint', () => {
  it.each([['utf-16le'], ['utf-16be']] as const)('%s', (label) => {
    const le = Buffer.from(text.repeat(3), 'utf16le');
    const bytes = label === 'utf-16le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]));
    expect(() => decode(bytes)).toThrow(`try --encoding ${label}`);
    expect(decode(bytes, label).text).toBe(text.repeat(3));
  });
});

describe('[decode] a few bad bytes', () => {
  const good = Buffer.from('问题一：市交通局如何改善公交服务？\n市交通局局长赵某：一是优化线路。\n');
  const onebad = Buffer.concat([good, Buffer.from([0xff, 0xfe]), Buffer.from(' 二是增加班次。\n')]);

  it('without --encoding: refused, saying where the first bad byte is', () => {
    expect(() => decode(onebad)).toThrow(`the first byte that is not UTF-8 is at offset ${good.length}`);
  });

  it('with --encoding utf-8: read with U+FFFD, the replacement counted', () => {
    const decoded = decode(onebad, 'utf-8');
    expect(decoded.text).toBe(`${good}\uFFFD\uFFFD 二是增加班次。\n`);
    expect(decoded.replaced).toEqual({ count: 2, offset: good.length });
  });

  it('with a wrong forced encoding (GBK read as UTF-8): refused, with the count and the offset', () => {
    expect(() => decode(encodeLegacy('市交通局局长赵某：一是优化线路。', 'gbk'), 'utf-8')).toThrow(/not valid utf-8: \d+ bad byte sequences, the first at offset 0/);
  });

  it('forced Big5 reads the bytes Big5 does not hold (80, FF) as U+FFFD too', () => {
    const bytes = Uint8Array.from([...encodeLegacy('市人大常委會詢問市交通局。', 'big5'), 0xff, 0x0a]);
    const decoded = decode(bytes, 'big5');
    expect(decoded.text).toBe('市人大常委會詢問市交通局。\uFFFD\n');
    expect(decoded.replaced).toEqual({ count: 1, offset: bytes.length - 2 });
  });
});

describe('[decode] a page in Big5 or GBK with a bad byte', () => {
  // Lots of markup (ASCII, the same in every encoding) around the Chinese.
  const page = (body: string) => `<html><head><meta name="viewport" content="width=device-width"><style>${'p{margin:0;padding:0}'.repeat(40)}</style></head><body><p>${body}</p></body></html>\n`;
  const TRAD = '市人大常委會就養老服務體系建設開展專題詢問。市民政局局長黃某表示，一是擴大供給，二是提升品質。';
  const SIMP = '市人大常委会就养老服务体系建设开展专题询问。市民政局局长黄某表示，一是扩大供给，二是提升质量。';
  // A4 80: a pair GBK holds but Big5 does not (80 is no Big5 second byte).
  const withBad = (bytes: Uint8Array, at: number, bad: number[]) => Uint8Array.from([...bytes.subarray(0, at), ...bad, ...bytes.subarray(at)]);

  it('a Big5 page is read as Big5 whatever its markup', () => {
    expect(decode(encodeLegacy(page(TRAD), 'big5')).encoding).toBe('big5');
  });

  it('a Big5 page with one pair Big5 does not hold is refused, not read as GB18030 mojibake, and the hint says Big5', () => {
    const good = encodeLegacy(page(TRAD), 'big5');
    const at = good.indexOf(0x3c, 1000); // before a tag, after the text
    const bytes = withBad(good, at, [0xa4, 0x80]);
    expect(() => decode(bytes)).toThrow(`it reads as Big5 but for the byte at offset ${at}; try --encoding big5`);
    expect(decode(bytes, 'big5').replaced).toEqual({ count: 1, offset: at });
  });

  it('a GBK page with a byte GB18030 refuses: the hint says GB18030', () => {
    const good = encodeLegacy(page(SIMP), 'gbk');
    const at = good.indexOf(0x3c, 1000);
    const bytes = withBad(good, at, [0xff]);
    expect(() => decode(bytes)).toThrow(`it reads as GB18030 but for the byte at offset ${at}; try --encoding gb18030`);
  });
});

describe('[decode] a forced encoding must read the bytes as text, as a detected one must', () => {
  const SIMP = '问题一：市交通局如何改善公交服务？\n市交通局局长赵某：一是优化线路，二是增加班次。\n';
  const TRAD = '問題一：市交通局如何改善公交服務？\n市交通局局長趙某：一是優化線路，二是增加班次。\n';
  const utf16 = (text: string, le: boolean) => {
    const b = Buffer.from(text, 'utf16le');
    if (!le) b.swap16();
    return Uint8Array.from(b);
  };
  it.each([
    ['UTF-8 read as UTF-16LE', Buffer.from(SIMP), 'utf-16le', 'utf-8', 'it reads as UTF-8: drop --encoding for it'],
    ['UTF-8 read as UTF-16BE', Buffer.from(SIMP), 'utf-16be', 'utf-8', 'it reads as UTF-8: drop --encoding for it'],
    ['GBK read as Big5', encodeLegacy(SIMP, 'gbk'), 'big5', 'gb18030', 'it reads as GB18030: drop --encoding for it'],
    ['Big5 read as GB18030', encodeLegacy(TRAD, 'big5'), 'gb18030', 'big5', 'it reads as Big5: drop --encoding for it'],
    ['UTF-8 read as GB18030', Buffer.from(SIMP), 'gb18030', 'utf-8', 'it reads as UTF-8: drop --encoding for it'],
  ] as const)('%s: refused, naming the encoding and what detection reads', (_, bytes, forced, detected, hint) => {
    let error: DecodeError | null = null;
    try { decode(bytes, forced); } catch (e) { error = e as DecodeError; }
    expect(error).toBeInstanceOf(DecodeError);
    expect(error!.message).toMatch(new RegExp(`^the bytes do not read as ${forced} \\(\\d+% common characters, under half\\); ${hint}$`));
    expect(error!.detected).toBe(detected);
  });

  it('UTF-16 in the wrong byte order: refused, the other order named (it is not detected without a BOM)', () => {
    expect(() => decode(utf16(SIMP, true), 'utf-16be')).toThrow(/it reads as UTF-16LE: try --encoding utf-16le$/);
    expect(() => decode(utf16(SIMP, false), 'utf-16le')).toThrow(/it reads as UTF-16BE: try --encoding utf-16be$/);
  });

  it.each([
    ['UTF-16LE without a BOM', utf16(SIMP, true), 'utf-16le', SIMP],
    ['UTF-16BE without a BOM', utf16(SIMP, false), 'utf-16be', SIMP],
    ['UTF-16LE with a BOM', Uint8Array.from([0xff, 0xfe, ...utf16(SIMP, true)]), 'utf-16le', SIMP],
    ['GBK as GB18030', encodeLegacy(SIMP, 'gbk'), 'gb18030', SIMP],
    ['Big5 as Big5', encodeLegacy(TRAD, 'big5'), 'big5', TRAD],
    ['UTF-8 as UTF-8', Buffer.from(SIMP), 'utf-8', SIMP],
    // ASCII reads the same in every ASCII-based encoding: nothing to judge, nothing wrong.
    ['ASCII as GB18030', Buffer.from('Q: why?\nA: because.\n'), 'gb18030', 'Q: why?\nA: because.\n'],
  ] as const)('near miss, %s: read', (_, bytes, forced, text) => {
    expect(decode(bytes, forced).text).toBe(text);
  });
});
