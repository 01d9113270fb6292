// Hashtags as links wherever a page shows text (issue descriptions and comments, feed quotes, Q&A, kudos messages).
//
// The grammar lives in Java only (core's HashtagExtractor): this module sends the texts a page shows to
// POST /hashtags/ranges and splits each text node at the ranges the server answers, inserting <a> elements built with
// textContent. It never parses, builds or inserts HTML, and it never decides on its own what a tag is.
//
// Which text: only inside elements marked data-social-hashtag-text (hashtagText() below marks one), and there never
// inside code, preformatted or monospace text (Jira renders {code}, {noformat} and {{monospace}} as pre, code and
// tt), inside a link (a link in a link is no link), or in form controls.
import { api, ApiError, el, limit, links } from './core.js';

/** The attribute that marks an element whose text may carry hashtags to link. */
export const HASHTAG_TEXT = 'data-social-hashtag-text';

/** Elements whose text is never scanned (tag names as the DOM spells them). */
const SKIPPED = new Set(['A', 'CODE', 'PRE', 'TT', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * One request's share of a page's texts, within the server's limits: at most its number of texts, and characters
 * that fit its bytes whatever they are (a UTF-16 unit is at most 3 bytes of UTF-8).
 */
export function batchLimits() {
  return { texts: limit('hashtagRangesTexts'), chars: Math.floor(limit('hashtagRangesBytes') / 3) };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const HASH_SIGNS = /[#\uFF03]/;

/**
 * Text nodes sent once (and the pieces a split leaves), never again: a piece scanned alone could read differently
 * than in its text ("#a#b" holds one tag; its rest "#b" alone would be one), and a second look costs a request.
 */
const scanned = new WeakSet();

/** Marks an element as text whose hashtags become links (by linkifyHashtags); returns it. */
export function hashtagText(node) {
  node.setAttribute(HASHTAG_TEXT, '');
  return node;
}

/**
 * A text cut at its hashtags: [{text}, {text, tag}, ...]. Only ranges that lie inside the text, start at a hash sign
 * and follow the previous one count, so a stale or broken answer can never cut a text wrongly.
 */
export function pieces(text, ranges) {
  const result = [];
  let at = 0;
  for (const { start, end, tag } of ranges || []) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length
      || !HASH_SIGNS.test(text.charAt(start)) || typeof tag !== 'string' || !tag) continue;
    if (start > at) result.push({ text: text.slice(at, start) });
    result.push({ text: text.slice(start, end), tag });
    at = end;
  }
  if (at < text.length) result.push({ text: text.slice(at) });
  return result;
}

/** The nodes that replace a text: its words as text nodes, each hashtag as a link to its tag page. */
export function linkedNodes(text, ranges) {
  return pieces(text, ranges).map((piece) => (piece.tag
    ? el('a', { class: 'social-hashtag-link', href: links.hashtag(piece.tag), text: piece.text })
    : document.createTextNode(piece.text)));
}

/** The not yet scanned text nodes below an element that may hold a hashtag, in document order. */
export function textNodesOf(element, found = []) {
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      if (!scanned.has(child) && HASH_SIGNS.test(child.data)) found.push(child);
    } else if (child.nodeType === ELEMENT_NODE && !SKIPPED.has(child.tagName.toUpperCase())
      && child.getAttribute('contenteditable') === null) {
      textNodesOf(child, found);
    }
  }
  return found;
}

/** Splits texts into request-sized batches, in order; a text longer than a whole batch is left out (never linked). */
export function batches(texts, { texts: maxTexts, chars: maxChars } = batchLimits()) {
  const result = [];
  let current = [];
  let chars = 0;
  texts.forEach((text, index) => {
    if (text.length > maxChars) return;
    if (current.length === maxTexts || chars + text.length > maxChars) {
      result.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += text.length;
  });
  if (current.length) result.push(current);
  return result;
}

/** The marked elements in root (a document or an element, itself included). */
function markedIn(root) {
  const own = root.matches && root.matches(`[${HASHTAG_TEXT}]`) ? [root] : [];
  return [...own, ...root.querySelectorAll(`[${HASHTAG_TEXT}]`)];
}

/**
 * Turns the hashtags of the marked text in root into links: one request per batch of texts, whatever their number.
 * Links are an addition to text that is already shown: when the server cannot answer, the text stays as it was, and
 * this never rejects. Returns when done.
 */
export async function linkifyHashtags(root = document) {
  const nodes = [...new Set(markedIn(root).flatMap((element) => textNodesOf(element)))];
  if (!nodes.length) return;
  const texts = nodes.map((node) => node.data);
  nodes.forEach((node) => scanned.add(node));
  for (const batch of batches(texts)) {
    let answer;
    try {
      answer = await api('POST', '/hashtags/ranges', { texts: batch.map((index) => texts[index]) });
    } catch (e) {
      // Refused (a visitor who is not signed in): this page's text stays plain, without asking again. Anything else
      // (network, server) may pass: the text is tried again the next time.
      if (!(e instanceof ApiError && (e.status === 401 || e.status === 403))) {
        batch.forEach((index) => scanned.delete(nodes[index]));
      }
      continue;
    }
    batch.forEach((index, i) => {
      const node = nodes[index];
      const ranges = answer && answer.ranges && answer.ranges[i];
      // The page may have changed the text or dropped it meanwhile: then the answer is about another text.
      if (!ranges || !ranges.length || !node.parentNode || node.data !== texts[index]) return;
      const replacement = linkedNodes(texts[index], ranges);
      replacement.forEach((piece) => {
        if (piece.nodeType === TEXT_NODE) scanned.add(piece);
      });
      node.replaceWith(...replacement);
    });
  }
}
