/** Decoding: every encoding Chinese transcripts come in, and the one-line problems for bytes that are not text. */
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, newlineStyle } from '../../src/source/decode.js';

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
