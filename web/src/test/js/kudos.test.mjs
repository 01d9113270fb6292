// Unit tests of kudos.js's leaderboard rows (run: node --test web/src/test/js/): on Monday at 00:00 UTC this week has
// no points yet, so the board shows last week's, marked as such, instead of an empty board.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { installBrowserGlobals } from './browser-globals.mjs';

installBrowserGlobals({ i18n: {}, limits: { questionTitleMax: 200, kudosMessageMax: 2000 }, context: '/jira' });
const { boardRows } = await import('../../main/resources/social-itsm/js/kudos.js');

const ALICE = { user: 'alice', points: 10, rank: 1 };

function server(boards) {
  const asked = [];
  return { asked, read: async (period) => { asked.push(period); return boards[period] || []; } };
}

test('an empty week shows last week\'s board, marked as last week\'s', async () => {
  const { read, asked } = server({ last_week: [ALICE] });
  assert.deepEqual(await boardRows('week', read), { rows: [ALICE], lastWeek: true });
  assert.deepEqual(asked, ['week', 'last_week']);
});

test('a week with points shows this week, and asks nothing more', async () => {
  const { read, asked } = server({ week: [ALICE] });
  assert.deepEqual(await boardRows('week', read), { rows: [ALICE], lastWeek: false });
  assert.deepEqual(asked, ['week']);
});

test('other periods and two empty weeks stay as they are', async () => {
  assert.deepEqual(await boardRows('month', server({ last_week: [ALICE] }).read), { rows: [], lastWeek: false });
  assert.deepEqual(await boardRows('week', server({}).read), { rows: [], lastWeek: false });
});
