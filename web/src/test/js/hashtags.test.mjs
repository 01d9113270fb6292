// Unit tests of hashtags.js's issue input (run: node --test web/src/test/js/): the autocomplete leaves out the tags
// the issue already has, and a refused add names the whole input, not only the word the server refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { installBrowserGlobals } from './browser-globals.mjs';

installBrowserGlobals({
  i18n: { 'social.hashtag.add.refused': '"{0}" was not added: {1}', 'social.error.unknown': 'Something went wrong.' },
  limits: { questionTitleMax: 200, kudosMessageMax: 2000 },
  context: '/jira',
});
const { ApiError } = await import('../../main/resources/social-itsm/js/core.js');
const { addProblem, freshSuggestions, usualText } = await import('../../main/resources/social-itsm/js/hashtags.js');

test('the autocomplete does not suggest a tag the issue already has', () => {
  const suggestions = [{ tag: 'vpn', display: 'VPN', count: 9 }, { tag: 'vpn-outage', display: 'vpn-outage', count: 2 }];
  assert.deepEqual(freshSuggestions(suggestions, new Set(['vpn'])).map((s) => s.tag), ['vpn-outage']);
});

test('a refused input of several words is named whole, with the server\'s reason', () => {
  const refused = new ApiError(400, 'invalid_hashtag', 'Not a hashtag: "Access!". Use letters.');
  assert.equal(addProblem('Door Access! ', refused), '"Door Access!" was not added: Not a hashtag: "Access!". Use letters.');
});

test('a refused single tag keeps the server\'s sentence, which names it already', () => {
  const refused = new ApiError(400, 'invalid_hashtag', 'Not a hashtag: "Access!". Use letters.');
  assert.equal(addProblem('Access!', refused), 'Not a hashtag: "Access!". Use letters.');
  assert.equal(addProblem('a b', new ApiError(500, undefined, 'Boom.')), 'Boom.');
});

// ---- trending: what the order means, next to each tag

test('a trending tag says how its use compares with the usual', () => {
  window.SOCIAL_I18N['social.hashtag.trending.usual'] = '×{0} usual';
  window.SOCIAL_I18N['social.hashtag.trending.new'] = 'new';
  assert.equal(usualText(9, 2.25), '×4 usual');
  assert.equal(usualText(10, 4), '×2.5 usual');
  assert.equal(usualText(40, 1.6), '×25 usual');
  assert.equal(usualText(3, 0.1), 'new');
});
