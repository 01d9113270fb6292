// Unit tests of admin.js's flash sentences (run: node --test web/src/test/js/): the spelling an admin typed, and
// counts through the bundle's ".one" texts instead of "1 issues".
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { installBrowserGlobals } from './browser-globals.mjs';

installBrowserGlobals({
  i18n: {
    'social.admin.hashtags.rename.done': 'Renamed to #{0}: {1} issues moved.',
    'social.admin.hashtags.rename.done.one': 'Renamed to #{0}: 1 issue moved.',
    'social.admin.hashtags.merge.done': '#{0} merged into #{1}: {2} issues moved.',
    'social.admin.hashtags.merge.done.one': '#{0} merged into #{1}: 1 issue moved.',
  },
  limits: { questionTitleMax: 200, kudosMessageMax: 2000 },
  context: '/jira',
});
const { mergedMessage, renamedMessage } = await import('../../main/resources/social-itsm/js/admin.js');
const { plural } = await import('../../main/resources/social-itsm/js/core.js');

test('a rename says the spelling typed, not the lower-case key', () => {
  assert.equal(renamedMessage('Door3', 1), 'Renamed to #Door3: 1 issue moved.');
});

test('one issue is singular, any other count plural', () => {
  assert.equal(renamedMessage('door3', 0), 'Renamed to #door3: 0 issues moved.');
  assert.equal(renamedMessage('door3', 2), 'Renamed to #door3: 2 issues moved.');
  assert.equal(mergedMessage(['vpnissue', 'vpn-outage'], 'vpn', 1), '#vpnissue, #vpn-outage merged into #vpn: 1 issue moved.');
});

test('plural() picks the .one text for 1 and the key for the rest', () => {
  assert.equal(plural('social.admin.hashtags.merge.done', 3, 'a', 'b', 3), '#a merged into #b: 3 issues moved.');
  assert.equal(plural('social.admin.hashtags.merge.done', 1, 'a', 'b', 1), '#a merged into #b: 1 issue moved.');
});
