import { describe, expect, it } from 'vitest';
import { asksHead, reportsToWhole, speaksToWhole } from '../../src/structure/head-statements.js';
import { speakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** Invented: the last question, and a vice-mayor's label line after its answer. */
const QUESTION = normalize('请问市民政局，养老床位缺口有多大？');

/** `line` ("副市长桂某某：…") after an answer: does the head's statement speak to the whole inquiry? */
function toWhole(line: string, before = '市民政局局长程某某：缺口约3000张。\n', question = QUESTION): boolean {
  const view = normalize(before + line);
  const colon = view.indexOf(':', before.length);
  return speaksToWhole(view, before.length, view.slice(colon), question);
}

describe('[head-statements] a head\'s own label statement to the whole inquiry', () => {
  it.each<[string, string, boolean]>([
    ['committing the government (市政府将…)', '副市长桂某某：市政府将把养老服务作为民生实事来抓。', true],
    ['…(县政府一定…)', '副县长阚某某：县政府一定抓好落实。', true],
    ['to all the members, anywhere (刚才委员们…)', '副市长桂某某：刚才，委员们提了很好的意见，我们认真研究。', true],
    ['各位委员', '副市长桂某某：感谢各位委员的监督。', true],
    ['大家 thanked', '副市长桂某某：谢谢大家。', true],
    ['what they raised in the plural (提出的意见建议)', '副市长桂某某：对提出的意见建议，我们逐条整改。', true],
    ['for the government (我代表市政府)', '副市长桂某某：我代表市政府，表示衷心感谢。', true],
    ['taking in what was raised (认真研究…逐项抓好落实)', '副市长桂某某：这次询问问得实，我们将认真研究，逐项抓好落实。', true],
    ['…(逐条研究)', '副县长阚某某：下一步将逐条研究，限期办结。', true],
    ['…but taking up the question\'s words (养老床位) answers it', '副市长桂某某：养老床位的事，我们将认真研究，抓好落实。', false],
    ['adding to the answer (我补充两句)', '副市长桂某某：我补充两句。市政府将把养老服务作为民生实事来抓。', false],
    ['taking up the question\'s words (养老床位)', '副市长桂某某：市政府将确保养老床位年底前补齐。', false],
    ['no sign of speaking to all', '副市长桂某某：床位的缺口，我们将分三年补齐。', false],
    ['the words reported, no label of the head\'s own', '副市长桂某某表示，市政府将把养老服务作为民生实事来抓。', false],
  ])('%s', (_name, line, expected) => {
    expect(toWhole(line)).toBe(expected);
  });

  it('a head the host called on answers (请…作总体回应), a stamp alone on its line between', () => {
    expect(toWhole('副市长桂某某：市政府将把养老服务作为民生实事来抓。', '主持人：最后，请副市长桂某某作总体回应。\n【15:20】\n')).toBe(false);
  });
});

describe('[head-statements] the same statement told in a report\'s words (the head\'s name, then a plain verb of saying)', () => {
  /** `line` ("副市长桂某某表示，…") after an answer: does the reported statement speak to the whole inquiry? */
  function reported(line: string, before = '市民政局局长程某某回答，缺口约3000张。\n', question = QUESTION): boolean {
    const view = normalize(before + line);
    const name = view.indexOf('某某', before.length) + 2;
    return reportsToWhole(view, before.length, view.slice(name), question);
  }
  it.each<[string, string, boolean]>([
    ['表示, committing the government', '副市长桂某某表示，市政府将认真研究，逐项抓好落实。', true],
    ['说, to the members', '副县长阚某某说，委员们提的问题很实在，我们马上整改。', true],
    ['也表示, taking in what was raised', '副县长阚某某也表示，下一步将逐条研究，限期办结。', true],
    // naming this inquiry as its occasion, the statement is to the whole, whatever topic words it shares with the last question
    ['naming this inquiry (以此次专题询问为契机)', '副市长桂某某表示，市政府将以此次专题询问为契机，补齐养老床位短板。', true],
    ['…(通过这次询问)', '副市长桂某某表示，通过这次询问，我们看到了养老床位的差距。', true],
    ['…but an inquiry not this one (上次询问) takes nothing in', '副市长桂某某表示，上次询问提到的养老床位，市政府将年底前补齐。', false],
    ['adding to the answer (补充说)', '副市长桂某某补充说，市政府将再安排500万元。', false],
    ['answering (回答)', '副市长桂某某回答，市政府将认真研究，逐项抓好落实。', false],
    ['taking up the question\'s words (养老床位)', '副市长桂某某表示，市政府将确保养老床位年底前补齐。', false],
    ['no sign of speaking to all', '副市长桂某某表示，床位的缺口我们将分三年补齐。', false],
    ['under the head\'s own label (speaksToWhole\'s)', '副市长桂某某：市政府将认真研究，逐项抓好落实。', false],
  ])('%s', (_name, line, expected) => {
    expect(reported(line)).toBe(expected);
  });

  // Words of the headline and introduction are the whole inquiry's subject: shared with the last question, they take nothing up.
  it.each<[string, string, string, boolean]>([
    ['the shared words are the inquiry\'s subject (养老床位 in the headline)', '市人大常委会养老床位建设专题询问', '副市长桂某某表示，市政府将持续用力，推动养老床位建设再上新台阶。', true],
    ['…but words of the question\'s own still take it up', '市人大常委会养老服务专题询问', '副市长桂某某表示，市政府将确保养老床位年底前补齐。', false],
  ])('%s', (_name, subject, line, expected) => {
    const before = '市民政局局长程某某回答，缺口约3000张。\n';
    const view = normalize(before + line);
    const name = view.indexOf('某某', before.length) + 2;
    expect(reportsToWhole(view, before.length, view.slice(name), QUESTION, normalize(subject))).toBe(expected);
  });

  it('a head the host called on answers (请…回应)', () => {
    expect(reported('副市长桂某某表示，市政府将认真研究，逐项抓好落实。', '主持人：最后，请副市长桂某某回应。\n')).toBe(false);
  });
});

describe('[head-statements] a question put to the head', () => {
  const head = speakerMention([0, 6], 'title-name', '桂某某', [3, 6], '副市长', [0, 3], null, false, '副市长', '桂');
  it.each<[string, string, boolean]>([
    ['by name', '请问桂某某副市长，床位缺口有多大？', true],
    ['by surname and post', '请问桂副市长，床位缺口有多大？', true],
    ['…the post without 副', '想请桂市长谈一谈，床位缺口有多大？', true],
    ['to the government', '请问市政府，床位缺口有多大？', true],
    ['to the head\'s post', '请分管副市长回答，床位缺口有多大？', true],
    ['to a bureau of the government (市政府办公室)', '请问市政府办公室，床位缺口有多大？', false],
    ['to a bureau', '请问市民政局，床位缺口有多大？', false],
    ['the government in the question\'s content', '市政府出台的养老政策，落实得怎么样？请市民政局回答。', false],
  ])('%s', (_name, question, expected) => {
    expect(asksHead(normalize(question), head)).toBe(expected);
  });
});
