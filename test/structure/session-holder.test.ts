import { describe, expect, it } from 'vitest';
import { session } from '../helpers/session.js';

describe('[session-holder] the subject holding the inquiry: a congress in session, a committee of the congress, a delegation', () => {
  // Each row: the introduction, then the body and the meeting read.
  it.each<[string, string | null, string | null]>([
    // A congress in session, not the standing committee its chair heads.
    ['1月15日上午，邵阳市第十八届人民代表大会第三次会议举行全体会议，就全市义务教育优质均衡发展开展专题询问。大会主席团常务主席、市人大常委会主任李明华主持会议。',
      '邵阳市第十八届人民代表大会', '第三次会议'],
    ['近日，清河县十九届人大四次会议举行专题询问会，围绕县域医疗共同体建设进行询问。', '清河县十九届人大', '四次会议'],
    ['青石镇第十八届人民代表大会第三次会议召开全体会议，就全镇农村饮水安全开展专题询问。', '青石镇第十八届人民代表大会', '第三次会议'],
    // A special committee, named in full or short, with 近日 or a place between it and the verb.
    ['本报讯（记者 周晓燕）省人大财政经济委员会近日召开全体会议，就全省政府债务管理情况开展专题询问。省人大常委会预算工作委员会有关负责同志列席会议。',
      '省人大财政经济委员会', null],
    ['2023年9月14日，四川省人大财政经济委员会召开全体会议，就全省政府债务管理情况开展专题询问。', '四川省人大财政经济委员会', null],
    ['近日，市人大教科文卫委在市一中召开专题询问会，就全市中小学心理健康教育开展询问。', '市人大教科文卫委', null],
    ['6月12日，省人大常委会预算工作委员会召开会议，就预算绩效管理开展专题询问。', '省人大常委会预算工作委员会', null],
    // A delegation at the congress: the meeting is the session it attends.
    ['二零二三年一月十四日下午，出席湖北省十四届人大一次会议的宜昌代表团举行全体会议，审议省人民政府工作报告，并就长江大保护开展专题询问。',
      '宜昌代表团', '一次会议'],
    ['1月20日，襄阳代表团举行全体会议，就汉江生态保护开展专题询问。', '襄阳代表团', null],
    // Near-misses: standing committees keep their reading; coordinated bodies keep the first; other subjects name none.
    ['近日，曲靖市六届人大常委会第二十九次会议举行联组会议，对曲靖市群众安全感满意度提升工作开展专题询问。', '曲靖市六届人大常委会', '第二十九次会议'],
    ['2022年6月28日上午，江西省人大常委会、九江市人大常委会、湖口县人大常委会在湖口县联合举行长江“十年禁渔”专题询问会。', '江西省人大常委会', null],
    ['近日，县人大常委会召开会议，就农村饮水安全开展专题询问。市人大财经委负责同志列席会议。', '县人大常委会', null],
    ['近日，市人大常委会联合市人大财经委召开专题询问会，就政府债务管理开展专题询问。', '市人大常委会', null],
    ['近日，市发展和改革委员会召开会议，研究专题询问问题整改。', null, null],
    ['省人大财经委召开会议，研究年度监督工作计划。', null, null],
    // (what the verb holds is neither a meeting nor the inquiry: the holder is read later, or nowhere)
    ['为做好专题询问，市人大教科文卫委组织开展调研。6月3日，南屏市人大常委会举行专题询问会，就全市中小学心理健康教育开展专题询问。', '南屏市人大常委会', null],
    ['近日，省人大代表参加专题询问，出席省十四届人大一次会议的代表团成员列席。', null, null],
  ])('%s', (intro, body, meeting) => {
    expect(session(intro)).toMatchObject({ body, meeting });
  });

  it('reads the headline when the introduction names no holder', () => {
    expect(session('近日举行。', '省人大财经委就政府债务管理开展专题询问')).toMatchObject({ body: '省人大财经委' });
    expect(session('1月15日上午举行。', '邵阳市十八届人大三次会议举行专题询问会')).toMatchObject({ body: '邵阳市十八届人大', meeting: '三次会议' });
  });
});
