// Unit tests of linkify.js (run: node --test web/src/test/js/): how a text is cut at the ranges the server answers,
// which text nodes are sent (never code, preformatted or monospace text, links or form controls), that user text
// only ever becomes text nodes and links built with textContent, and that a failed or stale answer changes nothing.
// The grammar itself is Java's (core's HashtagConformanceTest); the fake server here answers fixed ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';

// ---- just enough DOM: elements with children, parents and attributes; text nodes that can be replaced

class FakeNode {
  constructor() {
    this.parentNode = null;
  }

  replaceWith(...nodes) {
    const siblings = this.parentNode.childNodes;
    const at = siblings.indexOf(this);
    for (const node of nodes) node.parentNode = this.parentNode;
    siblings.splice(at, 1, ...nodes);
    this.parentNode = null;
  }
}

class FakeText extends FakeNode {
  constructor(data) {
    super();
    this.nodeType = 3;
    this.data = data;
  }

  get textContent() {
    return this.data;
  }
}

class FakeElement extends FakeNode {
  constructor(tag) {
    super();
    this.nodeType = 1;
    this.tagName = tag.toUpperCase();
    this.attributes = new Map();
    this.childNodes = [];
    this.dataset = {};
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  set className(value) {
    this.setAttribute('class', value);
  }

  set textContent(value) {
    this.childNodes = [];
    this.append(String(value));
  }

  get textContent() {
    return this.childNodes.map((child) => child.textContent).join('');
  }

  set innerHTML(value) {
    throw new Error(`innerHTML was set to ${value}`);
  }

  append(...nodes) {
    for (const node of nodes) {
      const child = node instanceof FakeNode ? node : new FakeText(String(node));
      child.parentNode = this;
      this.childNodes.push(child);
    }
  }

  addEventListener() {}

  /** Only the selector linkify.js uses: [attribute]. */
  matches(selector) {
    const attribute = /^\[([\w-]+)\]$/.exec(selector);
    if (!attribute) throw new Error(`unsupported selector ${selector}`);
    return this.attributes.has(attribute[1]);
  }

  querySelectorAll(selector) {
    const found = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (!(child instanceof FakeElement)) continue;
        if (child.matches(selector)) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup a browser would serialize: text and attribute values escaped. */
function html(node) {
  if (node instanceof FakeText) return escapeText(node.data);
  const attributes = [...node.attributes].map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`);
  const tag = node.tagName.toLowerCase();
  return `<${tag}${attributes.join('')}>${node.childNodes.map(html).join('')}</${tag}>`;
}

const requests = [];
let answer = () => ({ ranges: [] });

globalThis.window = globalThis;
globalThis.Node = FakeNode;
globalThis.SOCIAL_I18N = {};
globalThis.SOCIAL_LIMITS = { hashtagRangesTexts: 500, hashtagRangesBytes: 1048576 };
globalThis.document = {
  body: { dataset: { socialContext: '/jira' } },
  createElement: (tag) => new FakeElement(tag),
  createTextNode: (data) => new FakeText(data),
};
globalThis.fetch = async (url, options) => {
  const body = JSON.parse(options.body);
  requests.push({ url, method: options.method, token: options.headers['X-Atlassian-Token'], texts: body.texts });
  const result = answer(body.texts);
  if (result instanceof Error) throw result;
  return { ok: true, status: 200, text: async () => JSON.stringify(result) };
};

const { HASHTAG_TEXT, batchLimits, batches, hashtagText, linkedNodes, linkifyHashtags, pieces } =
  await import('../../main/resources/social-itsm/js/linkify.js');

/** Ranges as the server answers them, found here by a plain pattern (the tests need positions, not the grammar). */
function simpleRanges(text) {
  return [...text.matchAll(/#(\w+)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, tag: m[1].toLowerCase() }));
}

function element(tag, ...children) {
  const node = new FakeElement(tag);
  node.append(...children);
  return node;
}

function reset(respond = (texts) => ({ ranges: texts.map(simpleRanges) })) {
  requests.length = 0;
  answer = respond;
}

// ---- pieces() and linkedNodes()

test('a text is cut at its ranges into words and tags, in order', () => {
  assert.deepEqual(pieces('VPN down #VPN and #outage.', [
    { start: 9, end: 13, tag: 'vpn' }, { start: 18, end: 25, tag: 'outage' },
  ]), [
    { text: 'VPN down ' }, { text: '#VPN', tag: 'vpn' }, { text: ' and ' }, { text: '#outage', tag: 'outage' }, { text: '.' },
  ]);
  assert.deepEqual(pieces('no tags', []), [{ text: 'no tags' }]);
  assert.deepEqual(pieces('#a', [{ start: 0, end: 2, tag: 'a' }]), [{ text: '#a', tag: 'a' }]);
});

test('positions count UTF-16 units, as Java does: astral characters before a tag keep it in place', () => {
  const text = '😀 #日本語 #tag';
  assert.deepEqual(pieces(text, [{ start: 3, end: 7, tag: '日本語' }, { start: 8, end: 12, tag: 'tag' }]), [
    { text: '😀 ' }, { text: '#日本語', tag: '日本語' }, { text: ' ' }, { text: '#tag', tag: 'tag' },
  ]);
  assert.deepEqual(pieces('＃ｖｐｎ', [{ start: 0, end: 4, tag: 'vpn' }]), [{ text: '＃ｖｐｎ', tag: 'vpn' }]);
});

test('ranges that do not fit the text are ignored, never cut wrongly', () => {
  const text = 'see #vpn now';
  const ignored = [
    { start: 0, end: 3, tag: 'see' }, // not at a hash sign
    { start: 4, end: 99, tag: 'vpn' }, // past the end
    { start: 4, end: 4, tag: 'vpn' }, // empty
    { start: 4, end: 8 }, // no tag
    { start: '4', end: 8, tag: 'vpn' }, // not a number
  ];
  assert.deepEqual(pieces(text, ignored), [{ text }]);
  assert.deepEqual(pieces(text, [{ start: 4, end: 8, tag: 'vpn' }, { start: 5, end: 8, tag: 'pn' }]),
    [{ text: 'see ' }, { text: '#vpn', tag: 'vpn' }, { text: ' now' }], 'an overlapping range is dropped');
  assert.deepEqual(pieces(text, null), [{ text }]);
});

test('a tag becomes a link to its tag page with the text as written; everything else stays text', () => {
  const box = element('p', ...linkedNodes('Down: #VPN!', [{ start: 6, end: 10, tag: 'vpn' }]));
  assert.equal(html(box), '<p>Down: <a class="social-hashtag-link" href="/jira/plugins/servlet/social/hashtags/vpn" dir="auto">#VPN</a>!</p>');
});

test('hostile text stays text: markup and quotes around and inside a tag are never HTML', () => {
  const text = '#<img src=x onerror=alert(1)> "#x\'"><script>alert(1)</script> #tag"><img src=x onerror=alert(1)>';
  const at = text.indexOf('#tag');
  const box = element('p', ...linkedNodes(text, [{ start: at, end: at + 4, tag: 'tag"><img src=x onerror=alert(1)>' }]));
  assert.equal(box.textContent, text, 'the words are unchanged');
  assert.deepEqual(box.childNodes.filter((n) => n instanceof FakeElement).map((n) => n.tagName), ['A'], 'one element: the link');
  assert.equal(html(box), '<p>#&lt;img src=x onerror=alert(1)&gt; "#x\'"&gt;&lt;script&gt;alert(1)&lt;/script&gt; '
    + '<a class="social-hashtag-link" href="/jira/plugins/servlet/social/hashtags/tag%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E" dir="auto">#tag</a>'
    + '"&gt;&lt;img src=x onerror=alert(1)&gt;</p>');
});

// ---- linkifyHashtags()

test('only marked text is sent, never code, preformatted, monospace, links or form controls, and tags become links', async () => {
  reset();
  const description = hashtagText(element('div',
    'Printer #jam on floor 3 ',
    element('code', '#include <stdio.h>'),
    element('pre', '{noformat} #noformat'),
    element('tt', '#monospace'),
    element('a', '#linked'),
    element('textarea', '#typing'),
    element('p', 'nested ', element('b', '#bold'), ' text without a sign')));
  const unmarked = element('div', '#elsewhere');
  const page = element('body', description, unmarked);

  await linkifyHashtags(page);

  assert.equal(requests.length, 1, 'one request for the whole page');
  assert.equal(requests[0].method, 'POST');
  assert.equal(requests[0].url, '/jira/rest/social/1.0/hashtags/ranges');
  assert.deepEqual(requests[0].texts, ['Printer #jam on floor 3 ', '#bold']);
  assert.deepEqual([...linksIn(description)], [
    ['#jam', '/jira/plugins/servlet/social/hashtags/jam'], ['#bold', '/jira/plugins/servlet/social/hashtags/bold'],
  ]);
  assert.equal(description.textContent, 'Printer #jam on floor 3 #include <stdio.h>{noformat} #noformat#monospace#linked'
    + '#typingnested #bold text without a sign', 'the text reads the same');
  assert.equal(html(unmarked), '<div>#elsewhere</div>');
});

/** [text, href] of the links linkify added below a node. */
function* linksIn(node) {
  for (const child of node.childNodes) {
    if (!(child instanceof FakeElement)) continue;
    if (child.tagName === 'A' && child.getAttribute('class') === 'social-hashtag-link') {
      yield [child.textContent, child.getAttribute('href')];
    }
    yield* linksIn(child);
  }
}

test('the marked element itself may be the root, and text is sent once: running again asks nothing', async () => {
  reset();
  const quote = hashtagText(element('blockquote', 'see #a#b and #c'));
  await linkifyHashtags(quote);
  assert.deepEqual(requests.map((r) => r.texts), [['see #a#b and #c']]);
  const after = html(quote);

  await linkifyHashtags(quote);
  await linkifyHashtags(element('div', quote));
  assert.equal(requests.length, 1, 'the pieces of a split text are not sent again ("#b" alone would be a tag)');
  assert.equal(html(quote), after);
});

test('when the server cannot answer, the text stays as it was and is tried again next time', async () => {
  reset(() => new Error('network down'));
  const quote = hashtagText(element('blockquote', 'down #vpn'));
  await linkifyHashtags(quote);
  assert.equal(html(quote), `<blockquote ${HASHTAG_TEXT}="">down #vpn</blockquote>`);

  reset();
  await linkifyHashtags(quote);
  assert.equal(html(quote), `<blockquote ${HASHTAG_TEXT}="">down <a class="social-hashtag-link" href="/jira/plugins/servlet/social/hashtags/vpn" dir="auto">#vpn</a></blockquote>`);
});

test('a visitor the server refuses (not signed in) keeps plain text, and is not asked again', async () => {
  reset();
  const refused = globalThis.fetch;
  let calls = 0;
  globalThis.fetch = async () => {
    calls += 1;
    return { ok: false, status: 401, statusText: 'Unauthorized', text: async () => '{"error":"not_logged_in"}' };
  };
  try {
    const quote = hashtagText(element('blockquote', 'down #vpn'));
    await linkifyHashtags(quote);
    await linkifyHashtags(quote);
    assert.equal(calls, 1);
    assert.equal(quote.textContent, 'down #vpn');
    assert.equal(quote.childNodes.length, 1);
  } finally {
    globalThis.fetch = refused;
  }
});

test('a text the page changed while the server answered is left alone', async () => {
  const quote = hashtagText(element('blockquote', 'old #tag'));
  reset((texts) => {
    quote.childNodes[0].data = 'new text without tags';
    return { ranges: texts.map(simpleRanges) };
  });
  await linkifyHashtags(quote);
  assert.equal(quote.textContent, 'new text without tags');
  assert.equal(quote.childNodes.length, 1);
});

// ---- batches()

test('a batch holds what the server takes: its number of texts, and its bytes at 3 bytes a character', () => {
  assert.deepEqual(batchLimits(), { texts: 500, chars: 349525 });
});

test('many texts go in batches within the limits; a text longer than a batch is left out', () => {
  const limits = { texts: 3, chars: 10 };
  assert.deepEqual(batches(Array.from({ length: 7 }, () => '#a'), limits).map((b) => b.length), [3, 3, 1]);
  assert.deepEqual(batches(['xxxxx', 'xxxxx', '#a', 'y'.repeat(11), '#b'], limits), [[0, 1], [2, 4]]);
  assert.deepEqual(batches([], limits), []);
});
