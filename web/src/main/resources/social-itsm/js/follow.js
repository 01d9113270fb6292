// Follow and the activity feed: the follow button on the issue view (panel "issue-follow"), the feed page (panel
// "feed"), and pieces other features reuse — followButton(type, id) for the hashtag page and user profile,
// activityStream(type, id) for a target's recent activity, followRulesForm() for the admin page.
import { api, el, t, flash, ago, links, register, mountAll, problem, userLink } from './core.js';
import { hashtagText, linkifyHashtags } from './linkify.js';

const FILTERS = ['all', 'issues', 'hashtags', 'people', 'ideas'];
const PAGE_SIZE = 20;

function followPath(type, id) {
  return `/follows/${encodeURIComponent(type)}/${encodeURIComponent(id)}`;
}

/** What a failed call says; a visitor who is not logged in is asked to. */
const LOGIN = 'social.follow.login';

function followerText(count) {
  return count === 1 ? t('social.follow.followers.one') : t('social.follow.followers', count);
}

/**
 * A button that shows whether the current user follows a target and toggles it, with the follower count beside it,
 * and (withMute, the default where the count shows) a Mute toggle while they follow it: a muted hashtag, person or
 * project stays followed but its items leave the feed and notifications.
 * type: 'issue' | 'hashtag' | 'user' | 'project'; id: issue key, tag, user key, project key.
 */
export function followButton(type, id, { showCount = true, withMute = showCount } = {}) {
  const button = el('button', {
    class: 'aui-button social-follow-button', type: 'button', disabled: true, 'aria-pressed': 'false',
    text: t('social.follow.follow'),
  });
  const muteButton = withMute ? el('button', {
    class: 'aui-button aui-button-subtle social-mute-button', type: 'button', hidden: true, 'aria-pressed': 'false',
    title: t('social.follow.muteFollow.hint'), text: t('social.follow.mute'),
  }) : null;
  const count = el('span', { class: 'social-follow-count' });
  const root = el('span', { class: 'social-follow' }, button, muteButton, showCount ? count : null);
  let state = null;

  const render = (status) => {
    state = status;
    button.textContent = status.following ? t('social.follow.unfollow') : t('social.follow.follow');
    button.setAttribute('aria-pressed', String(status.following));
    button.classList.toggle('active', status.following);
    button.disabled = false;
    if (muteButton) {
      muteButton.hidden = !status.following;
      muteButton.textContent = status.muted ? t('social.follow.unmute') : t('social.follow.mute');
      muteButton.setAttribute('aria-pressed', String(status.muted));
      muteButton.disabled = false;
    }
    count.textContent = followerText(status.followers);
  };

  const change = async (method, path) => {
    button.disabled = true;
    if (muteButton) muteButton.disabled = true;
    try {
      render(await api(method, path));
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
      render(state);
    }
  };
  button.addEventListener('click', () => change(state.following ? 'DELETE' : 'PUT', followPath(type, id)));
  if (muteButton) {
    muteButton.addEventListener('click', () => change(state.muted ? 'DELETE' : 'PUT', `${followPath(type, id)}/mute`));
  }

  api('GET', followPath(type, id)).then(render).catch((e) => {
    root.replaceChildren(el('span', { class: 'social-follow-error', text: problem(e, LOGIN) }));
  });
  return root;
}

// ---- issue view ------------------------------------------------------------------------------------------------

register('issue-follow', async (element, { issueKey }, initialData) => {
  const path = followPath('issue', issueKey);
  const followBtn = el('button', { class: 'aui-button social-follow-button', type: 'button' });
  const muteBtn = el('button', { class: 'aui-button aui-button-subtle social-mute-button', type: 'button' });
  const count = el('span', { class: 'social-follow-count' });
  const note = el('p', { class: 'social-follow-note', hidden: true, text: t('social.follow.muted') });
  let state;

  const render = (status) => {
    state = status;
    followBtn.textContent = status.following ? t('social.follow.unfollow') : t('social.follow.follow');
    followBtn.setAttribute('aria-pressed', String(status.following));
    followBtn.classList.toggle('active', status.following);
    muteBtn.textContent = status.muted ? t('social.follow.unmute') : t('social.follow.mute');
    muteBtn.setAttribute('aria-pressed', String(status.muted));
    muteBtn.title = t('social.follow.mute.hint');
    count.textContent = followerText(status.followers);
    note.hidden = !status.muted;
    followBtn.disabled = false;
    muteBtn.disabled = false;
  };

  const change = async (method, target) => {
    followBtn.disabled = true;
    muteBtn.disabled = true;
    try {
      render(await api(method, target));
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
      render(state);
    }
  };

  followBtn.addEventListener('click', () => change(state.following ? 'DELETE' : 'PUT', path));
  muteBtn.addEventListener('click', () => change(state.muted ? 'DELETE' : 'PUT', `${path}/mute`));

  render(await initialData(path));
  element.replaceChildren(el('div', { class: 'social-issue-follow' },
    el('div', { class: 'aui-buttons' }, followBtn, muteBtn), count, note));
});

// ---- feed items ------------------------------------------------------------------------------------------------

/** Fills an i18n pattern such as "{0} commented on {1}" with nodes, keeping the translation's word order. */
function sentence(key, ...parts) {
  const pattern = t(key);
  const nodes = [];
  let last = 0;
  pattern.replace(/\{(\d+)\}/g, (match, index, offset) => {
    if (offset > last) nodes.push(pattern.slice(last, offset));
    const part = parts[Number(index)];
    nodes.push(part === undefined || part === null ? match : part);
    last = offset + match.length;
    return match;
  });
  if (last < pattern.length) nodes.push(pattern.slice(last));
  return nodes;
}

function personLink(user, name) {
  return userLink(user, name, 'social-feed-person');
}

function actorsNode(item) {
  const actors = item.actors && item.actors.length ? item.actors : [{ key: item.actor, displayName: item.actorName }];
  const first = personLink(actors[0].key, actors[0].displayName);
  if (actors.length === 1) return el('span', {}, first);
  if (actors.length === 2) {
    return el('span', {}, ...sentence('social.feed.actors.two', first,
      personLink(actors[1].key, actors[1].displayName)));
  }
  const others = el('span', {
    class: 'social-feed-others', title: actors.slice(1).map((a) => a.displayName).join(', '),
    text: String(actors.length - 1),
  });
  return el('span', {}, ...sentence('social.feed.actors.many', first, others));
}

function verbKey(item) {
  const known = ['created', 'commented', 'assigned', 'resolved', 'reopened', 'tagged', 'upvoted', 'kudos', 'asked',
    'answered', 'accepted', 'visited', 'idea-status', 'poll', 'spiking', 'raised', 'mentioned', 'known-issue'];
  if (!known.includes(item.verb)) return 'social.verb.other';
  if (item.verb === 'assigned' && !item.subjectUser) return 'social.verb.unassigned';
  return `social.verb.${item.verb}`;
}

/** One feed item as a list entry: who did what where, the text, the tags, when. */
export function feedItem(item) {
  // Every item leads to its subject: the issue, or (project-wide) the project's questions; a Q&A item's question.
  const where = item.issueKey
    ? el('a', { class: 'social-feed-issue', href: links.issue(item.issueKey), text: item.issueKey })
    : item.projectKey
      ? el('a', { class: 'social-feed-project', href: links.projectQuestions(item.projectKey), text: item.projectKey })
      : el('span', { class: 'social-feed-project', text: '' });
  const subject = item.subjectUser ? personLink(item.subjectUser, item.subjectName) : null;
  const headline = el('div', { class: 'social-feed-headline' },
    ...sentence(verbKey(item), actorsNode(item), where, subject),
    item.count > 1 && item.count > (item.actors || []).length
      ? el('span', { class: 'social-feed-times', text: t('social.feed.times', item.count) }) : null);
  const summary = item.summary ? el('div', { class: 'social-feed-summary', text: item.summary }) : null;
  const question = item.questionId !== null && item.questionId !== undefined
    ? el('div', { class: 'social-feed-question' },
      el('a', { class: 'social-feed-question-link', href: links.question(item.questionId),
        text: item.text || t('social.feed.question') }))
    : null;
  const text = !question && item.text
    ? hashtagText(el('blockquote', { class: 'social-feed-text', text: item.text })) : null;
  const tags = (item.hashtags || []).length
    ? el('ul', { class: 'social-feed-tags' }, ...item.hashtags.map((tag) => el('li', {},
      el('a', { class: 'aui-lozenge aui-lozenge-subtle social-hashtag', href: links.hashtag(tag), text: `#${tag}` }))))
    : null;
  const time = el('time', { class: 'social-feed-time', datetime: item.at, title: item.at, text: ago(item.at) });
  const reason = item.reason
    ? el('span', { class: 'social-feed-reason', text: t(`social.feed.reason.${item.reason}`) }) : null;
  return el('li', { class: `social-feed-item social-feed-verb-${item.verb}`, dataset: { activityId: item.id } },
    el('span', { class: 'aui-avatar aui-avatar-small social-feed-avatar' },
      el('span', { class: 'aui-avatar-inner' },
        item.actorAvatar ? el('img', { src: item.actorAvatar, alt: '' })
          : el('span', { class: 'social-feed-initial', text: (item.actorName || item.actor || '?').charAt(0) }))),
    el('div', { class: 'social-feed-body' }, headline, summary, question, text, tags,
      el('div', { class: 'social-feed-meta' }, time, reason)));
}

/**
 * A list that pages through `GET <path>?limit&cursor...` ({items, next}) with a "load more" button. `query` adds
 * parameters (e.g. filter). Returns the element and a reload function.
 */
function pagedList(path, query = {}) {
  const list = el('ol', { class: 'social-feed-items', 'aria-live': 'polite' });
  const more = el('button', { class: 'aui-button social-feed-more', type: 'button', hidden: true,
    text: t('social.feed.more') });
  const status = el('p', { class: 'social-feed-status' });
  const root = el('div', { class: 'social-feed-list' }, list, status, more);
  let cursor = null;
  let generation = 0;

  const load = async (reset) => {
    const mine = reset ? ++generation : generation;
    if (reset) {
      cursor = null;
      list.replaceChildren();
    }
    more.disabled = true;
    status.textContent = t('social.feed.loading');
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), ...query });
    if (cursor) params.set('cursor', cursor);
    try {
      const page = await api('GET', `${path}?${params}`);
      if (mine !== generation) return;
      list.append(...page.items.map(feedItem));
      linkifyHashtags(list);
      cursor = page.next;
      more.hidden = !cursor;
      more.disabled = false;
      if (!list.children.length) status.textContent = t('social.feed.empty');
      else status.textContent = cursor ? '' : t('social.feed.end');
    } catch (e) {
      if (mine !== generation) return;
      status.replaceChildren(el('span', { class: 'aui-message aui-message-error',
        text: t('social.feed.error', problem(e, LOGIN)) }));
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => load(false));
  return { root, load, setQuery(next) { Object.assign(query, next); return load(true); } };
}

/** The recent activity of one target (an issue, a hashtag, a user, a project), for tag pages and profiles. */
export function activityStream(type, id) {
  const stream = pagedList(`/feed/${encodeURIComponent(type)}/${encodeURIComponent(id)}`);
  stream.load(true);
  return stream.root;
}

// ---- the feed page ---------------------------------------------------------------------------------------------

function suggestionsBox() {
  const box = el('section', { class: 'social-feed-suggestions', 'aria-labelledby': 'social-feed-suggestions-title' },
    el('h2', { id: 'social-feed-suggestions-title', text: t('social.feed.suggestions.title') }));
  api('GET', '/feed/suggestions').then((suggestions) => {
    if (!suggestions.tags.length && !suggestions.people.length) {
      box.append(el('p', { class: 'social-feed-status', text: t('social.feed.suggestions.empty') }));
      return;
    }
    if (suggestions.tags.length) {
      box.append(el('h3', { text: t('social.feed.suggestions.tags') }), el('ul', { class: 'social-suggestions' },
        ...suggestions.tags.map((s) => el('li', {},
          el('a', { class: 'social-hashtag', href: links.hashtag(s.tag), text: `#${s.tag}` }),
          followButton('hashtag', s.tag, { showCount: false })))));
    }
    if (suggestions.people.length) {
      box.append(el('h3', { text: t('social.feed.suggestions.people') }), el('ul', { class: 'social-suggestions' },
        ...suggestions.people.map((p) => el('li', {}, personLink(p.key, p.displayName),
          followButton('user', p.key, { showCount: false })))));
    }
  }).catch((e) => box.append(el('p', { class: 'social-feed-status', text: problem(e, LOGIN) })));
  return box;
}

register('feed', async (element) => {
  const feed = pagedList('/feed', { filter: 'all' });
  const buttons = FILTERS.map((filter) => el('button', {
    class: 'aui-button social-feed-filter', type: 'button', 'aria-pressed': String(filter === 'all'),
    dataset: { filter }, text: t(`social.feed.filter.${filter}`),
    on: {
      click: () => {
        for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.filter === filter));
        feed.setQuery({ filter });
      },
    },
  }));
  const trending = el('div', { dataset: { socialPanel: 'trending' } });
  element.replaceChildren(el('div', { class: 'social-feed-layout' },
    el('div', { class: 'social-feed-main' },
      el('div', { class: 'aui-buttons social-feed-filters', role: 'group', 'aria-label': t('social.feed.filter.label') },
        ...buttons),
      feed.root),
    el('aside', { class: 'social-feed-sidebar' }, suggestionsBox(),
      // The trending box leaves its heading to the page around it.
      el('section', { class: 'social-feed-trending', 'aria-labelledby': 'social-feed-trending-title' },
        el('h2', { id: 'social-feed-trending-title', text: t('social.hashtag.trending.title') }), trending))));
  mountAll(element);
  await feed.load(true);
});

// ---- admin -----------------------------------------------------------------------------------------------------

const RULES = ['reporter', 'assignee', 'commenter', 'voter', 'asker', 'answerer'];

/** The admin form for the auto-follow rules (GET/PUT /admin/follows/rules), for the admin page to place. */
export function followRulesForm() {
  const form = el('form', { class: 'aui social-follow-rules' },
    el('h2', { text: t('social.follow.rules.title') }),
    el('p', { text: t('social.follow.rules.intro') }));
  const boxes = {};
  const fieldset = el('fieldset', { class: 'group' }, ...RULES.map((rule) => {
    boxes[rule] = el('input', { class: 'checkbox', type: 'checkbox', id: `social-follow-rule-${rule}`, name: rule });
    return el('div', { class: 'checkbox' }, boxes[rule],
      el('label', { for: `social-follow-rule-${rule}`, text: t(`social.follow.rules.${rule}`) }));
  }));
  const save = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.follow.rules.save') });
  form.append(fieldset, el('div', { class: 'buttons-container' }, save));
  const show = (rules) => RULES.forEach((rule) => { boxes[rule].checked = Boolean(rules[rule]); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      const body = {};
      RULES.forEach((rule) => { body[rule] = boxes[rule].checked; });
      show(await api('PUT', '/admin/follows/rules', body));
      flash(t('social.follow.rules.saved'), 'success');
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      save.disabled = false;
    }
  });
  api('GET', '/admin/follows/rules').then(show).catch((e) => form.append(el('p', { text: problem(e, LOGIN) })));
  return form;
}
