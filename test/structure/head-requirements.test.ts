import { describe, expect, it } from 'vitest';
import { statesRequirements } from '../../src/structure/head-requirements.js';
import { normalize } from '../../src/source/normalize.js';

describe('[head-requirements] a head\'s list: requirements or promises', () => {
  // Each row: a government head's words after the name, and whether its list states requirements.
  it.each<[string, string, boolean]>([
    ['他要求, then the list', '在联组会议结束时讲话。他要求，一是补齐短板；二是推进长护险。', true],
    ['在讲话中要求', '在讲话中要求，一是压实责任；二是限期整改。', true],
    ['强调, addressed to the departments', '最后强调，各有关部门要做到三个到位：一是认识到位；二是责任到位；三是措施到位。', true],
    ['要求各部门 with a stated count', '讲话，要求各部门重点抓好三项工作：一是补齐短板；二是推进长护险；三是加强队伍建设。', true],
    ['希望, after a courtesy', '在讲话中表示，我们将认真研究。他希望，一是各部门主动认领问题；二是限期整改。', true],
    ['首先…其次 required of the departments', '强调，有关部门首先要摸清底数，其次要建立台账。', true],
    // promises: the government undertakes
    ['市政府将 with a list', '在回应时表示，市政府将抓好三件事：一是补齐床位；二是培养护理员；三是加强监管。', false],
    ['国务院将 with a stated count', '在联组会议结束时讲话。他说，国务院将重点抓好三方面工作：一是补齐短板；二是推进长护险；三是加强人才队伍建设。', false],
    ['我们 after 强调', '强调，我们要从三个方面推进：完善规划、加大投入、强化考核。', false],
    ['要 with no one named: a promise as before', '在答复时表示，首先要补齐短板，其次要健全机制。', false],
    ['a requirement before, a promise leading into the list', '要求各部门高度重视。他表示，县政府将采取四项措施：一是…；二是…。', false],
    ['no list', '在讲话中要求，各部门认真整改。', false],
  ])('%s', (_name, statement, requires) => {
    expect(statesRequirements(normalize(statement))).toBe(requires);
  });
});
