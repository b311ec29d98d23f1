// src/extract/leading-verbs.ts: a verb opening the phrase is the predicate's, unless it names what is measured.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[leading-verbs] which verbs opening a phrase are dropped', () => {
  it.each<[string, string, string | null]>([
    ['完成生命防护工程591公里', '591', '生命防护工程'], // 完成 leads the predicate
    ['计划砍除病树约35万株', '35', '病树'], // the verb and its object, the figure right after
    ['共接听群众来电3000个', '3000', '群众来电'], // after an adverb the verb is the predicate
    ['他说覆盖率达到90%', '90', '覆盖率'], // a verb of speech reports the phrase
    // near-misses: verbs that name what is measured stay
    ['脱贫人口参保率达100%', '100', '脱贫人口参保率'], // which people are counted
    ['审批时间压缩至5个工作日', '5', '审批时间'], // a verb before a noun of measure names the process
    ['保育师培训300人', '300', '保育师培训'], // a trade's noun (师)
    ['不可移动文物1200处', '1200', '不可移动文物'], // a privative modifier
    ['无责任事故率达到100%', '100', '无责任事故率'], // a negation qualifies the phrase
    ['补充医疗保险参保人数达到3万人', '3', '补充医疗保险参保人数'], // 补充 names a kind of insurance, no speech
    ['年底前配备率达到100%', '100', '配备率'], // a predicate verb glued to 率 names the process rated
    ['配备率达到100%', '100', '配备率'],
    ['整治率达到95%', '95', '整治率'],
    // verbs glued before a noun of a kind (对象, 设施, 网点) name the kind
    ['全县低保对象1.2万人', '1.2', '低保对象'],
    ['建成集中充电设施45处', '45', '集中充电设施'], // a word of manner before the verb
    ['新增救助对象120人', '120', '救助对象'],
    ['排查经营场所1200家', '1200', '经营场所'],
    ['纳入低保对象3200户', '3200', '低保对象'], // 纳入 opens the predicate, no word of manner
    ['轮训基层干部2000名', '2000', '基层干部'], // 轮训 leads the predicate as 培训 does
    // near-miss: a predicate verb before a whole phrase is still dropped
    ['配备专职人员300名', '300', '专职人员'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
