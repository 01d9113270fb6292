// Unit tests of core.js's shared helpers (run: node --test web/src/test/js/): problem(), the tag parser, userLink,
// limit(). The tag parser is also checked against twitter-text's own hashtag cases when ../shared/data holds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

import { html, installBrowserGlobals } from './browser-globals.mjs';

installBrowserGlobals({
  i18n: {
    'social.error.unknown': 'Something went wrong.', 'social.vote.login': 'Log in to vote.',
    'social.error.server': 'The server had a problem (HTTP {0}).', 'social.error.notJson': 'The server sent a web page.',
    'social.error.network': 'The server could not be reached.',
  },
  limits: { questionTitleMax: 200, kudosMessageMax: 2000 },
  context: '/jira',
});
const { ApiError, api, bareTag, el, limit, parseTags, problem, userLink } = await import('../../main/resources/social-itsm/js/core.js');

// ---- problem()

test('a 401 asks the visitor to log in when the feature has a text for it', () => {
  assert.equal(problem(new ApiError(401, 'not_logged_in', 'Authentication required'), 'social.vote.login'), 'Log in to vote.');
});

test('a 401 without a login text is the server\'s sentence', () => {
  assert.equal(problem(new ApiError(401, 'not_logged_in', 'Authentication required')), 'Authentication required');
});

test('any other failure is the server\'s sentence, whatever the login text', () => {
  assert.equal(problem(new ApiError(409, 'already_voted', 'You already voted.'), 'social.vote.login'), 'You already voted.');
  assert.equal(problem(new ApiError(404, 'not_found', 'No such issue.')), 'No such issue.');
});

test('a network error says what the browser says', () => {
  assert.equal(problem(new TypeError('Failed to fetch'), 'social.vote.login'), 'Failed to fetch');
});

test('a failure without a sentence gets the generic one', () => {
  assert.equal(problem(new ApiError(500, undefined, '')), 'Something went wrong.');
  assert.equal(problem(undefined), 'Something went wrong.');
  assert.equal(problem(null, 'social.vote.login'), 'Something went wrong.');
});

// ---- api(): whatever the server or a proxy in between answers, the error is a sentence for people

function answering(status, body, contentType = 'text/html') {
  globalThis.fetch = async () => ({
    ok: status >= 200 && status < 300, status, statusText: 'Status text', headers: { get: () => contentType },
    text: async () => body,
  });
}

test('an HTML error page instead of JSON is a sentence with the status, not the parser\'s message', async () => {
  answering(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
  const error = await api('GET', '/votes/issue/SD-1').catch((e) => e);
  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 502);
  assert.equal(problem(error), 'The server had a problem (HTTP 502).');
  assert.doesNotMatch(problem(error), /Unexpected token/);
});

test('a page answered with 200 (a login page on the way) is a sentence too', async () => {
  answering(200, '<!DOCTYPE html><html><body>Log in</body></html>');
  const error = await api('GET', '/votes/issue/SD-1').catch((e) => e);
  assert.equal(problem(error), 'The server sent a web page.');
});

test('a JSON error keeps the server\'s sentence and code', async () => {
  answering(409, '{"error":"already_voted","message":"You already voted."}', 'application/json');
  const error = await api('PUT', '/votes/issue/SD-1').catch((e) => e);
  assert.equal(error.code, 'already_voted');
  assert.equal(problem(error), 'You already voted.');
});

test('no answer at all says the server could not be reached', async () => {
  globalThis.fetch = async () => { throw new TypeError('Failed to fetch'); };
  const error = await api('GET', '/votes/issue/SD-1').catch((e) => e);
  assert.equal(problem(error), 'The server could not be reached.');
});

// ---- the tag parser

test('typed tags are separated by spaces or commas, each with or without its hash sign', () => {
  assert.deepEqual(parseTags('vpn-issue, #VPN_Issue'), ['vpn-issue', 'VPN_Issue']);
  assert.deepEqual(parseTags('  #a,,b\t\n#c  '), ['a', 'b', 'c']);
  assert.deepEqual(parseTags('＃ｈａｓｈｔａｇ１２３ #vpn'), ['ｈａｓｈｔａｇ１２３', 'vpn']);
});

test('nothing typed is no tags', () => {
  assert.deepEqual(parseTags(''), []);
  assert.deepEqual(parseTags(' , # '), []);
  assert.deepEqual(parseTags(undefined), []);
});

test('only one hash sign is the parser\'s: the server judges the rest', () => {
  assert.deepEqual(parseTags('##x #'), ['#x']);
  assert.deepEqual(parseTags('vpn.'), ['vpn.']);
});

test('one typed tag loses its spaces and its hash sign', () => {
  assert.equal(bareTag('  #VPN '), 'VPN');
  assert.equal(bareTag('＃wlan'), 'wlan');
  assert.equal(bareTag('wifi'), 'wifi');
  assert.equal(bareTag(undefined), '');
});

/** The hashtags section of twitter-text's extraction conformance cases, if the shared data set is here. */
function twitterHashtagCases() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.resolve(here, '..', '..', '..', '..', '..', 'shared', 'data', 'twitter-text-extract.yml');
  if (!existsSync(file)) return null;
  const cases = [];
  let inSection = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^ {2}\S/.test(line)) {
      inSection = line.trim() === 'hashtags:';
      continue;
    }
    if (!inSection) continue;
    // The section's strings are YAML double-quoted with JSON's escapes only; the expected lists are JSON arrays.
    const field = /^\s*(?:- )?(description|text|expected): (.*)$/.exec(line);
    if (!field) continue;
    if (field[1] === 'description') cases.push({});
    cases[cases.length - 1][field[1]] = JSON.parse(field[2]);
  }
  return cases;
}

const TWITTER_CASES = twitterHashtagCases();

test('a typed list of hashtags gives the tags twitter-text finds in it, in any script',
  { skip: TWITTER_CASES ? false : '../shared/data/twitter-text-extract.yml is not here' }, () => {
    // The cases whose text is a list of hashtags: every space-separated word a hash sign and hashtag characters only
    // (letters, marks, digits, _ and twitter-text's joiners), no punctuation. There a typed list and running text
    // mean the same, and the parser must hand on exactly the tags twitter-text finds: scripts, marks and joiners
    // untouched, in order.
    const word = /^[#＃][\p{L}\p{M}\p{Nd}_\u200c\u200d\u00b7\u05be\u05f3\u05f4\u0f0b\u0f0c\u3003\u301c\uff5e\u309b\u309c\u30a0\u30fb\ua67e]+$/u;
    const lists = TWITTER_CASES.filter((c) => {
      const words = c.text.split(/[\s,]+/).filter(Boolean);
      return words.length > 0 && words.every((w) => word.test(w)) && c.expected.length === words.length;
    });
    assert.ok(lists.length >= 8, `only ${lists.length} list-shaped cases`);
    for (const c of lists) {
      assert.deepEqual(parseTags(c.text), c.expected, c.description);
    }
  });

// ---- userLink

test('a user link shows the name as text and encodes the key in the URL', () => {
  const link = userLink('o\'brien/<x>', '<img src=x onerror=alert(1)> & "Bob"');

  assert.equal(link.tagName, 'A');
  assert.equal(link.textContent, '<img src=x onerror=alert(1)> & "Bob"');
  assert.equal(link.getAttribute('href'), '/jira/plugins/servlet/social/users/o\'brien%2F%3Cx%3E');
  assert.equal(html(link), '<a class="social-user-link" href="/jira/plugins/servlet/social/users/o\'brien%2F%3Cx%3E" dir="auto">'
    + '&lt;img src=x onerror=alert(1)&gt; &amp; "Bob"</a>');
});

// ---- el(): text is bidi-isolated

test('an element given text gets dir=auto, so a right-to-left override in it cannot flip the text after it', () => {
  assert.equal(el('span', { text: 'abc\u202Edef' }).getAttribute('dir'), 'auto');
  assert.equal(el('a', {}, '#', 'tag').getAttribute('dir'), 'auto');
  assert.equal(el('span', { text: 'x', dir: 'ltr' }).getAttribute('dir'), 'ltr');
});

test('an element holding only elements or spaces keeps the direction around it', () => {
  assert.equal(el('li', {}, el('span', { text: 'a' }), ' ', el('span', { text: 'b' })).getAttribute('dir'), null);
});

test('a user without a display name is shown by key; a caller may add its own class', () => {
  const link = userLink('carol', '', 'social-feed-person');

  assert.equal(link.textContent, 'carol');
  assert.equal(link.className, 'social-user-link social-feed-person');
});

// ---- limits

test('a limit is the number the page\'s boot data carries', () => {
  assert.equal(limit('questionTitleMax'), 200);
  assert.equal(limit('kudosMessageMax'), 2000);
});

test('a limit the page does not carry is an error, never a default', () => {
  assert.throws(() => limit('questionBodyMax'), /no limit questionBodyMax/);
  assert.throws(() => limit('toString'), /no limit toString/);
  window.SOCIAL_LIMITS = { questionTitleMax: '200' };
  try {
    assert.throws(() => limit('questionTitleMax'), /no limit/);
  } finally {
    window.SOCIAL_LIMITS = { questionTitleMax: 200, kudosMessageMax: 2000 };
  }
});
