// Hashtags: an issue's tags with autocomplete (panel "issue-hashtags"), a tag's page ("hashtag-page") and the box of
// trending tags on the feed page ("trending"). Also exports tagLozenge(tag, display) for other features' lists.
import { ApiError, api, el, t, flash, ago, links, register, problem, parseTags, bareTag, failureNote, whileLoading } from './core.js';
import { followButton } from './follow.js';
import { issueExperts, tagExpertsSection } from './experts.js';
import { knownIssueButton, raiseProblemButton } from './spikes.js';
import { dailyLine } from './charts.js';

const SUGGEST_DELAY_MS = 150;
const SUGGEST_LIMIT = 8;
const PAGE_SIZE = 20;
const TRENDING_LIMIT = 10;
/** The window a problem raised from a tag's page looks back over: trending's day. */
const PROBLEM_HOURS = 24;
/** The days the tag page's picture covers. */
const DAYS_SHOWN = 90;

let nextId = 0;
const uniqueId = (prefix) => `${prefix}-${++nextId}`;

/** What a failed call says; a visitor who is not logged in is asked to. */
const LOGIN = 'social.hashtag.login';

function issuesText(count) {
  return count === 1 ? t('social.hashtag.issues.one') : t('social.hashtag.issues', count);
}

/** "12 issues", and with chat mentions in the trending window "12 issues, 40 mentions in chat". */
export function statsText(count, chatter) {
  if (!chatter) return issuesText(count);
  return t('social.hashtag.stats.chatter', issuesText(count),
    chatter === 1 ? t('social.hashtag.chatter.one') : t('social.hashtag.chatter', chatter));
}

/** A tag as an AUI lozenge that links to the tag's page. */
export function tagLozenge(tag, display) {
  return el('a', {
    class: 'aui-lozenge aui-lozenge-subtle social-hashtag',
    href: links.hashtag(tag),
  }, `#${display || tag}`);
}

// ---- issue view: the issue's tags, remove, add with autocomplete --------------------------------------------------

/** The suggestions worth showing: not the tags the issue already has (have: their keys). */
export function freshSuggestions(suggestions, have) {
  return suggestions.filter((s) => !have.has(s.tag));
}

/**
 * What a refused add says: the input is split at spaces, so the server names only the word it refused ("Access!" of
 * "Door Access!"); the sentence names the whole input, which was not added, then the server's reason.
 */
export function addProblem(text, error) {
  if (error instanceof ApiError && error.status === 400 && parseTags(text).length > 1) {
    return t('social.hashtag.add.refused', text.trim(), problem(error, LOGIN));
  }
  return problem(error, LOGIN);
}

/**
 * A text input with a suggestion list, after the WAI-ARIA combobox pattern: typing asks the server for suggestions
 * (debounced, stale answers dropped), Up/Down move through them, Enter takes the active one or what was typed,
 * Escape closes the list. onPick(text) gets the chosen tag or the typed text; have() the keys of tags not to suggest.
 */
function tagInput(onPick, have) {
  const listId = uniqueId('social-hashtag-suggestions');
  const input = el('input', {
    class: 'text social-hashtag-input', type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    'aria-label': t('social.hashtag.add.label'), placeholder: t('social.hashtag.add.placeholder'),
  });
  const list = el('ul', { class: 'social-hashtag-suggestions', id: listId, role: 'listbox', hidden: true,
    'aria-label': t('social.hashtag.suggestions') });
  let options = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => {
    options = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index) => {
    active = index;
    options.forEach((option, i) => option.node.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].node.id);
      options[index].node.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const pick = (text) => {
    close();
    onPick(text);
  };

  const show = (suggestions) => {
    options = suggestions.map((s) => ({
      tag: s.tag,
      node: el('li', {
        id: uniqueId('social-hashtag-option'), role: 'option', 'aria-selected': 'false',
        class: 'social-hashtag-option',
        // mousedown, not click: it fires before the input's blur closes the list.
        on: { mousedown: (event) => { event.preventDefault(); pick(s.tag); } },
      }, el('span', { class: 'social-hashtag-option-tag', text: `#${s.display}` }),
      el('span', { class: 'social-hashtag-option-count', text: issuesText(s.count) })),
    }));
    list.replaceChildren(...options.map((o) => o.node));
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    highlight(-1);
  };

  const suggest = async () => {
    const q = input.value.trim();
    const ask = ++asked;
    if (!q) {
      close();
      return;
    }
    try {
      const suggestions = await api('GET', `/hashtags/suggest?q=${encodeURIComponent(q)}&limit=${SUGGEST_LIMIT}`);
      if (ask === asked) show(freshSuggestions(suggestions, have()));
    } catch (e) {
      if (ask === asked) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      asked++;
      if (active >= 0) pick(options[active].tag);
      else if (input.value.trim()) pick(input.value.trim());
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return { input, list, clear: () => { input.value = ''; close(); } };
}

register('issue-hashtags', async (element, { issueKey }, initialData) => {
  const path = `/hashtags/issue/${encodeURIComponent(issueKey)}`;
  const tags = el('ul', { class: 'social-hashtag-list', 'aria-label': t('social.hashtag.title') });
  const empty = el('p', { class: 'social-hashtag-empty', text: t('social.hashtag.none') });
  // An issue keeps only the first tags of its text (the server says when it left some out).
  const truncated = el('p', { class: 'social-hashtag-truncated', hidden: true });
  const experts = issueExperts();
  let current = new Set();

  const render = (answer) => {
    current = new Set(answer.hashtags.map((h) => h.tag));
    tags.replaceChildren(...answer.hashtags.map((h) => el('li', { class: 'social-hashtag-item' },
      tagLozenge(h.tag, h.display),
      el('button', {
        type: 'button', class: 'aui-button aui-button-subtle social-hashtag-remove',
        title: t(h.source === 'manual' ? 'social.hashtag.source.manual' : 'social.hashtag.source.text'),
        'aria-label': t('social.hashtag.remove', h.display),
        on: { click: () => remove(h.tag) },
      }, '×'))));
    empty.hidden = answer.hashtags.length > 0;
    truncated.hidden = !answer.truncated;
    truncated.textContent = answer.truncated ? t('social.hashtag.truncated', answer.textTagLimit) : '';
    experts.show(answer.hashtags.map((h) => h.tag));
  };

  const remove = async (tag) => {
    try {
      render(await api('DELETE', `${path}/${encodeURIComponent(tag)}`));
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    }
  };

  const adder = tagInput(async (text) => {
    const typed = parseTags(text);
    try {
      render(await api('POST', path, { tags: typed }));
      adder.clear();
    } catch (e) {
      flash(addProblem(text, e), 'error');
    }
  }, () => current);

  render(await initialData(path));
  element.replaceChildren(el('div', { class: 'social-issue-hashtags' }, tags, empty, truncated,
    el('div', { class: 'social-hashtag-add' }, adder.input, adder.list), experts.element));
});

// ---- the tag page ---------------------------------------------------------------------------------------------

function issueRow(issue) {
  return el('li', { class: 'social-hashtag-issue' },
    el('a', { class: 'social-hashtag-issue-key', href: links.issue(issue.issueKey), text: issue.issueKey }),
    ' ',
    el('span', { class: 'social-hashtag-issue-summary', text: issue.summary }),
    ' ',
    el('span', {
      class: `aui-lozenge ${issue.resolved ? 'aui-lozenge-success' : 'aui-lozenge-current'}`,
      text: issue.status,
    }),
    ' ',
    el('span', { class: 'social-hashtag-issue-when', text: t('social.hashtag.page.tagged', ago(issue.taggedAt)) }));
}

/** A number of issues per day for people: at most two decimals, no trailing zeros. */
function perDay(value) {
  return String(Math.round(value * 100) / 100);
}

/**
 * The tag's issues per day over the last 90 days as a picture, with the same numbers in a sentence (the picture's
 * text alternative): filled in after the page, and left out when the call fails (the page is whole without it).
 */
function tagDaysSection(tag) {
  const section = el('section', { class: 'social-hashtag-days', hidden: '' });
  api('GET', `/hashtags/${encodeURIComponent(tag)}/days?days=${DAYS_SHOWN}`).then((answer) => {
    const total = answer.days.reduce((sum, d) => sum + d.issues, 0);
    const spikes = answer.days.filter((d) => d.spike).map((d) => t('social.hashtag.days.spike', d.date, d.issues));
    const sentence = `${t(total === 1 ? 'social.hashtag.days.caption.one' : 'social.hashtag.days.caption',
      answer.days.length, total, perDay(answer.usual))} ${spikes.length
      ? t('social.hashtag.days.spikes', spikes.join(', ')) : t('social.hashtag.days.nospikes')}`;
    const heading = el('h3', { id: uniqueId('social-hashtag-days'), text: t('social.hashtag.days.heading') });
    section.setAttribute('aria-labelledby', heading.id);
    section.replaceChildren(heading, el('figure', { class: 'social-hashtag-days-figure' },
      dailyLine(answer.days, answer.usual, t('social.hashtag.days.alt', `#${answer.display}`, sentence)),
      el('figcaption', { class: 'social-hashtag-days-caption', text: sentence })));
    section.hidden = false;
  }, () => {});
  return section;
}

register('hashtag-page', async (element, { tag }) => {
  const first = await api('GET', `/hashtags/${encodeURIComponent(tag)}?limit=${PAGE_SIZE}`);
  const shown = first.tag;
  const list = el('ul', { class: 'social-hashtag-issues', 'aria-live': 'polite' });
  const more = el('button', { class: 'aui-button social-hashtag-more', type: 'button', text: t('social.hashtag.page.more') });
  let next = null;

  const append = (page) => {
    list.append(...page.issues.map(issueRow));
    next = page.next;
    more.hidden = !next;
  };

  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      append(await api('GET', `/hashtags/${encodeURIComponent(shown)}?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(next)}`));
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      more.disabled = false;
    }
  });

  const requested = bareTag(tag).toLowerCase();
  const merged = requested !== shown
    ? el('p', { class: 'social-hashtag-merged', text: t('social.hashtag.page.merged', requested, shown) })
    : null;
  const related = first.related.length
    ? el('section', { class: 'social-hashtag-related' },
      el('h3', { text: t('social.hashtag.page.related') }),
      el('ul', { class: 'social-hashtag-list' }, ...first.related.map((r) => el('li', { class: 'social-hashtag-item' },
        tagLozenge(r.tag, r.display), ' ', el('span', { class: 'social-hashtag-related-count', text: `${r.count}` })))))
    : null;
  const empty = first.issues.length === 0
    ? el('p', { class: 'social-hashtag-empty', text: t('social.hashtag.page.none') })
    : null;

  element.replaceChildren(el('div', { class: 'social-hashtag-page' },
    el('header', { class: 'social-hashtag-header' },
      el('h2', { text: `#${first.display}` }),
      followButton('hashtag', shown),
      el('span', { class: 'social-hashtag-stats', text: statsText(first.count, first.chatter) }),
      raiseProblemButton(shown, PROBLEM_HOURS),
      knownIssueButton(shown, PROBLEM_HOURS)),
    merged,
    first.count > 0 ? tagDaysSection(shown) : null,
    related,
    tagExpertsSection(shown),
    el('section', { class: 'social-hashtag-issue-list' }, el('h3', { text: t('social.hashtag.page.issues') }), empty,
      list, more)));
  append(first);
});

// ---- trending -------------------------------------------------------------------------------------------------

/** A bar as wide as this score against the top one (set through the DOM, so no inline style attribute). */
function scoreBar(score, top) {
  const fill = el('span', { class: 'social-trending-bar-fill' });
  fill.style.width = `${Math.max(4, Math.round((100 * Math.max(0, score)) / top))}%`;
  return fill;
}

/**
 * The heading the page gave this box, when it named one with aria-labelledby on a region around it: it follows the
 * window chosen in the box ("Trending today" → "Trending this week").
 */
/**
 * How a tag's use compares with its usual rate, next to it ("×4 usual"), so the order (most unusual first) can be
 * read off the list; a tag with next to no history is "new" (a ratio to almost nothing says nothing).
 */
export function usualText(count, expected) {
  if (expected < 0.5) return t('social.hashtag.trending.new');
  const ratio = count / expected;
  return t('social.hashtag.trending.usual', ratio >= 10 ? String(Math.round(ratio)) : String(Math.round(ratio * 10) / 10));
}

function trendingHeading(element) {
  const region = element.closest('[aria-labelledby]');
  return region ? document.getElementById(region.getAttribute('aria-labelledby')) : null;
}

// The page around the box gives it its heading; data-limit, data-hours (24 or 168) and data-project are optional.
register('trending', async (element, { project, hours, limit }) => {
  const box = el('div', { class: 'social-trending' });
  const list = el('ol', { class: 'social-trending-list', 'aria-label': t('social.hashtag.trending.title') });
  const order = el('p', { class: 'social-trending-order', hidden: true, text: t('social.hashtag.trending.order') });
  const size = Number.parseInt(limit, 10) > 0 ? Math.min(100, Number.parseInt(limit, 10)) : TRENDING_LIMIT;
  const windowSelect = el('select', { class: 'select short-field social-trending-window', 'aria-label': t('social.hashtag.trending.window') },
    el('option', { value: '24', text: t('social.hashtag.trending.day') }),
    el('option', { value: '168', text: t('social.hashtag.trending.week') }));
  windowSelect.value = hours === '168' ? '168' : '24';

  const heading = trendingHeading(element);
  const load = async () => {
    if (heading) heading.textContent = t(`social.hashtag.trending.heading.${windowSelect.value}`);
    const query = new URLSearchParams({ hours: windowSelect.value, limit: String(size) });
    if (project) query.set('project', project);
    const trending = await whileLoading(list, api('GET', `/hashtags/trending?${query}`));
    const top = Math.max(1, ...trending.map((tag) => tag.score));
    list.replaceChildren(...trending.map((tag) => el('li', {
      class: 'social-trending-item',
      title: t('social.hashtag.trending.detail', tag.count, windowSelect.value, tag.expected.toFixed(1)),
    },
    tagLozenge(tag.tag, tag.display),
    el('span', { class: 'social-trending-count', text: `${tag.count}` }),
    el('span', { class: 'social-trending-usual', text: usualText(tag.count, tag.expected) }),
    el('span', { class: 'social-trending-bar', 'aria-hidden': 'true' }, scoreBar(tag.score, top)),
    el('span', { class: 'social-trending-actions' },
      raiseProblemButton(tag.tag, windowSelect.value),
      knownIssueButton(tag.tag, windowSelect.value)))));
    order.hidden = trending.length === 0;
    if (!trending.length) {
      list.replaceChildren(el('li', { class: 'social-trending-empty', text: t('social.hashtag.trending.none') }));
    }
  };

  const reload = () => load().catch((e) => list.replaceChildren(el('li', {}, failureNote(e, reload))));
  windowSelect.addEventListener('change', reload);
  // In an AUI form, so that the select looks like every other AUI select.
  box.append(el('form', { class: 'aui social-trending-header', on: { submit: (e) => e.preventDefault() } }, windowSelect), list, order);
  await load();
  element.replaceChildren(box);
});

// ---- the hashtag directory (Hashtags page): search by start, most used first or A–Z, only the ones I follow

const DIRECTORY_SIZE = 100;

register('hashtag-directory', async (node) => {
  const state = { q: '', sort: 'use', mine: false };
  const search = el('input', {
    class: 'text medium-field', type: 'search', id: 'social-tag-directory-q', name: 'q', autocomplete: 'off',
    placeholder: t('social.hashtag.directory.search.placeholder'),
  });
  const sort = el('select', { class: 'select', id: 'social-tag-directory-sort', name: 'sort' },
    el('option', { value: 'use', text: t('social.hashtag.directory.sort.use') }),
    el('option', { value: 'name', text: t('social.hashtag.directory.sort.name') }));
  const mine = el('input', { class: 'checkbox', type: 'checkbox', id: 'social-tag-directory-mine', name: 'mine' });
  const list = el('ul', { class: 'social-tag-directory-list', 'aria-live': 'polite' });
  const status = el('p', { class: 'social-empty', hidden: true });
  let followed = null;
  let generation = 0;

  async function followedTags() {
    if (followed === null) {
      const follows = await api('GET', '/follows');
      followed = new Set(follows.filter((f) => f.type === 'hashtag').map((f) => f.id));
    }
    return followed;
  }

  async function show() {
    const mineNow = ++generation;
    const query = new URLSearchParams({ q: bareTag(state.q), limit: String(DIRECTORY_SIZE) });
    let tags;
    let following;
    try {
      [tags, following] = await whileLoading(list, Promise.all([api('GET', `/hashtags/suggest?${query}`),
        followedTags().catch(() => new Set())]));
    } catch (e) {
      if (mineNow === generation) list.replaceChildren(el('li', {}, failureNote(e, show)));
      return;
    }
    if (mineNow !== generation) return;
    let shown = state.mine ? tags.filter((tag) => following.has(tag.tag)) : tags;
    if (state.sort === 'name') shown = [...shown].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    list.replaceChildren(...shown.map((tag) => el('li', { class: 'social-tag-directory-item' },
      el('a', { class: 'social-hashtag', href: links.hashtag(tag.tag), text: `#${tag.display || tag.tag}` }),
      el('span', { class: 'social-tag-directory-count', text: t(tag.count === 1 ? 'social.hashtag.directory.uses.one' : 'social.hashtag.directory.uses', tag.count) }),
      following.has(tag.tag)
        ? el('span', { class: 'aui-lozenge aui-lozenge-subtle aui-lozenge-success', text: t('social.hashtag.directory.following') })
        : null)));
    status.hidden = shown.length > 0;
    status.textContent = state.mine ? t('social.hashtag.directory.empty.mine') : t('social.hashtag.directory.empty');
  }

  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = search.value; show(); }, SUGGEST_DELAY_MS);
  });
  sort.addEventListener('change', () => { state.sort = sort.value; show(); });
  mine.addEventListener('change', () => { state.mine = mine.checked; show(); });

  node.replaceChildren(el('div', { class: 'social-tag-directory' },
    el('form', { class: 'aui social-tag-directory-filters', role: 'search', on: { submit: (e) => e.preventDefault() } },
      el('div', { class: 'field-group' }, el('label', { for: search.id, text: t('social.hashtag.directory.search') }), search),
      el('div', { class: 'field-group' }, el('label', { for: sort.id, text: t('social.hashtag.directory.sort') }), sort),
      el('div', { class: 'checkbox' }, mine, el('label', { for: mine.id, text: t('social.hashtag.directory.mine') }))),
    list, status));
  await show();
});
