// Resumption lead-ins before a marker (src/extract/resume-lead-ins.ts).
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { afterResumeLeadIn, resumeLeadInStart } from '../../src/extract/resume-lead-ins.js';

/** Whether a lead-in ends right before the first 第 / 其 / 三是 of `text`. */
function leads(text: string, marker = '第'): boolean {
  const view = normalize(text);
  return afterResumeLeadIn(view, view.indexOf(marker), 0);
}

describe('[resume-lead-ins] a verb phrase of going on speaking leads in the marker after it', () => {
  it.each([
    ['我接着说', '按年度下达。我接着说第三,推行计量收费。'],
    ['再说', '这是一次性的。再说第三点,引入专业公司。'],
    ['下面讲 after a comma', '好的,下面讲第三,完善考核办法。'],
    ['继续谈', '继续谈第四,强化督查。'],
    ['我们接下来汇报', '补贴已经到位。我们接下来汇报第三项,推进智慧平台。'],
    ['补充一下', '我补充一下第三点,建立回访制度。'],
    ['说一下 without an adverb', '我说一下第三,建立回访制度。'],
    ['a space before the marker', '我接着说 第三,推行计量收费。'],
  ])('%s', (_label, text) => expect(leads(text)).toBe(true));

  it.each([
    ['no verb before the marker', '今年完成第三,排名靠前。'],
    ['the phrase inside a clause (他接着说)', '局长他接着说第三,推行计量收费。'],
    ['说 alone: a report of speech', '文件上说第三,不得收费。'],
    ['a verb of another kind', '我们接着做第三,推行计量收费。'],
  ])('none: %s', (_label, text) => expect(leads(text)).toBe(false));
});

describe('[resume-lead-ins] where the lead-in starts: the item before the marker ends there', () => {
  it.each([
    ['下面说', '第二,完善机制。下面说第三,强化考核。', '下面说'],
    ['我再讲 after a comma', '第二点,增加餐位,我再讲第三点,延长时间。', '我再讲'],
  ])('%s', (_label, text, lead) => {
    const view = normalize(text);
    const at = view.indexOf('第', 1);
    expect(text.slice(resumeLeadInStart(view, at, 0), at)).toBe(lead);
  });
  it('none: -1', () => expect(resumeLeadInStart(normalize('第二,完善机制;第三,强化考核。'), 8, 0)).toBe(-1));
});
