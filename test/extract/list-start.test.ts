// Where the parts after an announcement start (src/extract/list-start.ts).
import { describe, expect, it } from 'vitest';
import { partsStart } from '../../src/extract/list-start.js';

/** The view from where the parts start, after the first colon of `text`. */
const from = (text: string) => text.slice(partsStart(text, text.indexOf(':') + 1));

describe('[list-start] the parts start after the separator, or on the next line when it ends its line', () => {
  it.each([
    ['on the same line', '做到三个达标:水质达标、水量达标', '水质达标、水量达标'],
    ['a space after the colon stays', '做到三个达标: 水质达标', ' 水质达标'],
    ['on the next line', '做到三个达标:\n水质达标、水量达标', '水质达标、水量达标'],
    ['trailing spaces and CRLF', '做到三个达标: \r\n\u3000\u3000水质达标', '水质达标'],
    ['a blank line: no parts there', '做到三个达标:\n\n水质达标', '\n\n水质达标'],
    ['a blank line of spaces', '做到三个达标:\n  \n水质达标', '\n  \n水质达标'],
    ['the text ends', '做到三个达标:\n', '\n'],
  ])('%s', (_why, text, want) => {
    expect(from(text)).toBe(want);
  });
});
