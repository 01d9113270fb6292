// Experts per tag ("who knows #vpn"): the people who resolved, had answers accepted and were thanked most on a tag's
// issues in the last 90 days, counted by the server over what the viewer may see (GET /hashtags/{tag}/experts).
// Shown on the tag page, under an issue's hashtags and under the ask form's hashtags; each box stays hidden while it
// has nobody to show (a failed call hides it too: experts are a hint, never in the way).
import { api, el, t, userLink, parseTags } from './core.js';

const TAG_PAGE_LIMIT = 5;
const ISSUE_LIMIT = 3;
/** The issue view names experts for at most this many of the issue's tags. */
const ISSUE_TAGS = 3;
const TYPED_TAGS = 3;
const TYPING_DELAY_MS = 400;

async function expertsOf(tag, limit) {
  try {
    return await api('GET', `/hashtags/${encodeURIComponent(tag)}/experts?limit=${limit}`);
  } catch (e) {
    return [];
  }
}

/** "Bob Nguyen — 2 resolved · 1 accepted answer · 3 thanks" */
function expertItem(expert) {
  return el('li', { class: 'social-expert' },
    userLink(expert.user, expert.displayName, 'social-expert-name'),
    ' ',
    el('span', {
      class: 'social-expert-counts',
      text: t('social.experts.counts', expert.resolved, expert.accepted, expert.thanked),
    }));
}

/** The tag page's "Who knows #vpn" section; hidden until the answer has someone in it. */
export function tagExpertsSection(tag) {
  const list = el('ul', { class: 'social-experts' });
  const section = el('section', { class: 'social-experts-section', hidden: true },
    el('h3', { text: t('social.experts.heading', tag) }),
    el('p', { class: 'social-experts-hint', text: t('social.experts.hint') }),
    list);
  expertsOf(tag, TAG_PAGE_LIMIT).then((experts) => {
    list.replaceChildren(...experts.map(expertItem));
    section.hidden = experts.length === 0;
  });
  return section;
}

/**
 * The issue view's "People who know #vpn: Bob, Carol", one line per tag of the issue that has experts; show(tags)
 * refreshes it when the issue's tags change.
 */
export function issueExperts() {
  // Asked for on demand: the issue view's panels fill from one request (#23), and who knows the issue's tags is an
  // answer to a question the reader asks, not something every page view should pay a request per tag for.
  const lines = el('div', { class: 'social-experts-lines' });
  const ask = el('button', { class: 'aui-button aui-button-link social-experts-ask', type: 'button',
    text: t('social.experts.ask') });
  const box = el('div', { class: 'social-experts-issue', hidden: true }, ask, lines);
  let tags = [];
  let shown = 0;
  ask.addEventListener('click', async () => {
    const asked = ++shown;
    ask.disabled = true;
    const found = await Promise.all(tags.slice(0, ISSUE_TAGS).map(async (tag) => {
      const experts = await expertsOf(tag, ISSUE_LIMIT);
      if (!experts.length) return null;
      const names = experts.flatMap((expert, i) => [i ? ', ' : '', userLink(expert.user, expert.displayName)]);
      return el('p', { class: 'social-experts-line' }, t('social.experts.issue', tag), ' ', ...names);
    }));
    if (asked !== shown) return;
    const known = found.filter(Boolean);
    lines.replaceChildren(...(known.length ? known : [el('p', { class: 'social-experts-line',
      text: t('social.experts.none') })]));
    ask.hidden = true;
  });
  const show = (issueTags) => {
    tags = issueTags;
    shown++;
    lines.replaceChildren();
    ask.hidden = false;
    ask.disabled = false;
    box.hidden = tags.length === 0;
  };
  return { element: box, show };
}

/** What one expert's work on a typed tag says in the ask form: answers first, they are what the asker wants. */
function askHint(expert, tag) {
  if (expert.accepted > 0) {
    return expert.accepted === 1 ? t('social.experts.answered.one', expert.displayName, tag)
      : t('social.experts.answered', expert.displayName, expert.accepted, tag);
  }
  if (expert.resolved > 0) {
    return expert.resolved === 1 ? t('social.experts.resolved.one', expert.displayName, tag)
      : t('social.experts.resolved', expert.displayName, expert.resolved, tag);
  }
  return t('social.experts.thanked', expert.displayName, tag);
}

/** Under the ask form's hashtags input: "Bob Nguyen answered 12 #vpn questions" for the best expert of each typed tag. */
export function typedTagExperts(input) {
  const box = el('div', { class: 'social-experts-ask', 'aria-live': 'polite', hidden: true });
  let timer = null;
  let asked = 0;
  const update = async () => {
    const request = ++asked;
    const tags = [...new Set(parseTags(input.value).map((tag) => tag.toLowerCase()))].slice(0, TYPED_TAGS);
    const hints = await Promise.all(tags.map(async (tag) => {
      const [best] = await expertsOf(tag, 1);
      return best ? el('p', { class: 'social-experts-line', text: askHint(best, tag) }) : null;
    }));
    if (request !== asked) return;
    box.replaceChildren(...hints.filter(Boolean));
    box.hidden = box.childElementCount === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, TYPING_DELAY_MS);
  });
  return box;
}
