// Just enough of a browser for core.js's helpers under node's test runner: window (the page's boot data), a
// document whose elements record what el() does to them, and Node. An element refuses innerHTML, so a helper that
// ever inserts markup fails here; html(node) serializes what a browser would show, escaped as a browser would.

export class FakeNode {}

class FakeText extends FakeNode {
  constructor(data) {
    super();
    this.data = data;
  }

  get textContent() {
    return this.data;
  }
}

class FakeElement extends FakeNode {
  constructor(tag) {
    super();
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

  get className() {
    return this.getAttribute('class') || '';
  }

  set textContent(value) {
    this.childNodes = [new FakeText(String(value))];
  }

  get textContent() {
    return this.childNodes.map((child) => child.textContent).join('');
  }

  set innerHTML(value) {
    throw new Error(`innerHTML was set to ${value}`);
  }

  append(...nodes) {
    this.childNodes.push(...nodes.map((node) => (node instanceof FakeNode ? node : new FakeText(String(node)))));
  }

  addEventListener() {}
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup of a fake node, text and attribute values escaped. */
export function html(node) {
  if (node instanceof FakeText) return escapeText(node.data);
  const attributes = [...node.attributes].map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`);
  const tag = node.tagName.toLowerCase();
  return `<${tag}${attributes.join('')}>${node.childNodes.map(html).join('')}</${tag}>`;
}

/** Installs the globals; call before importing core.js's helpers. */
export function installBrowserGlobals({ i18n = {}, limits = {}, context = '' } = {}) {
  globalThis.window = globalThis;
  globalThis.Node = FakeNode;
  globalThis.SOCIAL_I18N = i18n;
  globalThis.SOCIAL_LIMITS = limits;
  globalThis.document = {
    body: { dataset: { socialContext: context } },
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (data) => new FakeText(data),
  };
}
