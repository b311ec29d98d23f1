import { describe, expect, it } from 'vitest';
import { dispatchedOffices, officeCall } from '../../src/structure/office-calls.js';

/** The office the call before `member` in `line` names, or null. */
function called(line: string, member: string): string | null {
  const ms = line.indexOf(member);
  const span = officeCall(line, 0, ms, line.slice(ms + member.length));
  return span ? line.slice(span[0], span[1]) : null;
}

describe('[office-calls] the chair calls an office to answer a member\'s question', () => {
  it.each<[string, string, string | null]>([
    ['请市医保局回答王洪涛委员的第二个问题。', '王洪涛委员', '市医保局'],
    ['下面请市财政局答复李娜代表的这个问题。', '李娜代表', '市财政局'],
    ['请县水利局作答张某委员关于饮水安全的问题。', '张某委员', '县水利局'],
    // Near-misses: a person called to answer, the possessive alone, a call to ask.
    ['请王局长回答王洪涛委员的问题。', '王洪涛委员', null],
    ['王洪涛委员的提问很尖锐。', '王洪涛委员', null],
    ['请王洪涛委员提问。', '王洪涛委员', null],
    ['请市医保局回答王洪涛委员。', '王洪涛委员', null],
  ])('%s', (line, member, expected) => {
    expect(called(line, member)).toBe(expected);
  });
});

describe('[office-calls] the chair\'s call on an asker that dispatches the question to offices', () => {
  /** The offices dispatched to after the asker's call (`call`, the text up to and with the verb of asking) in `line`. */
  function dispatched(line: string, call: string): string | null {
    const end = line.search(/[。!?]|$/u);
    const span = dispatchedOffices(line, line.indexOf(call) + call.length, end);
    return span ? line.slice(span[0], span[1]) : null;
  }
  it.each<[string, string, string | null]>([
    ['请潘某代表提问,请县商务局回答。', '潘某代表提问', '县商务局'],
    ['第二个问题由县人大代表潘某提出,请县自然资源局和县商务局回答。', '潘某提出', '县自然资源局和县商务局'],
    ['请甲、乙两位委员联合提问,请市财政局、市审计局分别作答。', '联合提问', '市财政局、市审计局'],
    // Near-misses: a person called to answer, no office call, the call in the next sentence (the member's words).
    ['请潘某代表提问,请王局长回答。', '潘某代表提问', null],
    ['请潘某代表提问。', '潘某代表提问', null],
    ['请潘某代表提问。请县商务局回答。', '潘某代表提问', null],
  ])('%s', (line, call, expected) => {
    expect(dispatched(line, call)).toBe(expected);
  });
});
