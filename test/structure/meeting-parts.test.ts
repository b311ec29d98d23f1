/** Headings naming a part of the meeting's procedure, not a question (meeting-parts.ts). */
import { describe, expect, it } from 'vitest';
import { meetingPart, partHeading } from '../../src/structure/meeting-parts.js';
import { normalize } from '../../src/source/normalize.js';

describe('[meeting-parts] the words of a part of the meeting', () => {
  it.each([
    ['分组询问', 'asking'],
    ['联组询问', 'asking'],
    ['分组询问情况', 'asking'],
    ['集中提问', 'asking'],
    ['现场问答', 'asking'],
    ['联组询问（1月15日上午，县人大常委会主任 吴振华 主持）', 'asking'],
    ['表态', 'closing'],
    ['表态发言', 'closing'],
    ['政府表态', 'closing'],
    ['讲话', 'closing'],
    ['领导讲话', 'closing'],
    ['会议小结', 'closing'],
    ['总结讲话', 'closing'],
    ['满意度测评', 'closing'],
    ['满意度测评结果', 'closing'],
    ['会议议程', 'other'],
  ])('%s → %s', (words, part) => {
    expect(meetingPart(normalize(words))).toBe(part);
  });

  it.each([
    ['关于农村饮水安全'], // a question's subject
    ['学位为何紧张？'], // a question
    ['基本情况'], // a report's part, not the meeting's
    ['询问的主要问题'],
    ['意见和建议'],
    ['副县长司马文静代表县人民政府表态'], // a sentence, no heading
    ['医保基金监管'],
  ])('%s names no part', (words) => {
    expect(meetingPart(normalize(words))).toBeNull();
  });
});

describe('[meeting-parts] an outline heading naming a part', () => {
  it.each<[string, string, string]>([
    ['一、分组询问（1月14日下午）', 'asking', '一、分组询问'],
    ['二、联组询问', 'asking', '二、联组询问'],
    ['（三）表态发言', 'closing', '（三）表态发言'],
    ['四、会议小结', 'closing', '四、会议小结'],
    ['3. 满意度测评', 'closing', '3. 满意度测评'],
    ['三、表态：', 'closing', '三、表态'],
  ])('%s', (line, part, label) => {
    const h = partHeading(normalize(line));
    expect(h?.part).toBe(part);
    expect(line.slice(0, h!.label)).toBe(label);
  });

  it.each([
    ['一、关于食品安全监管'],
    ['二、市检察院如何监督？'],
    ['表态发言'], // no outline number: a tag line, not this rule's
    ['三、表态发言中，副县长表示将整改。'], // a sentence
    ['第一场：大气污染防治'], // a part's number with a topic: groups.ts
  ])('%s is no part heading', (line) => {
    expect(partHeading(normalize(line))).toBeNull();
  });
});
