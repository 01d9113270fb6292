// The "what I follow" page (panel "following"): everything the user follows — issues, hashtags, people, projects —
// grouped by kind, with Unfollow and Mute / Unmute on each (GET /follows, DELETE /follows/{type}/{id},
// PUT and DELETE /follows/{type}/{id}/mute). A muted issue stays listed so that it can be unmuted; a muted hashtag,
// person or project is still followed (its items are hidden) and can be unmuted or unfollowed.
import { api, el, t, links, register, failureNote, whileLoading, flash, problem, ago } from './core.js';

const TYPES = ['issue', 'hashtag', 'user', 'project'];
const LOGIN = 'social.following.login';

function targetLink(entry) {
  switch (entry.type) {
    case 'issue': return el('a', { href: links.issue(entry.id), text: entry.id });
    case 'hashtag': return el('a', { class: 'social-hashtag', href: links.hashtag(entry.id), text: `#${entry.id}` });
    case 'user': return el('a', { class: 'social-user-link', href: links.user(entry.id), text: entry.id });
    default: return el('span', { text: entry.id });
  }
}

function row(entry, reload) {
  const path = `/follows/${encodeURIComponent(entry.type)}/${encodeURIComponent(entry.id)}`;
  const name = targetLink(entry);
  const act = (method, target, doneKey) => async (event) => {
    event.currentTarget.disabled = true;
    try {
      await api(method, target);
      flash(t(doneKey, entry.type === 'hashtag' ? `#${entry.id}` : entry.id), 'success');
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    }
    await reload();
  };
  const buttons = [];
  // A muted issue is no longer followed; a muted hashtag, person or project still is.
  if (!entry.muted || entry.type !== 'issue') {
    buttons.push(el('button', {
      class: 'aui-button social-following-unfollow', type: 'button', text: t('social.following.unfollow'),
      'aria-label': t('social.following.unfollow.label', entry.id), on: { click: act('DELETE', path, 'social.following.unfollowed') },
    }));
  }
  buttons.push(entry.muted
    ? el('button', {
      class: 'aui-button social-following-unmute', type: 'button', text: t('social.following.unmute'),
      'aria-label': t('social.following.unmute.label', entry.id),
      on: { click: act('DELETE', `${path}/mute`, 'social.following.unmuted') },
    })
    : el('button', {
      class: 'aui-button social-following-mute', type: 'button', text: t('social.following.mute'),
      'aria-label': t('social.following.mute.label', entry.id),
      on: { click: act('PUT', `${path}/mute`, 'social.following.muted') },
    }));
  const meta = [entry.auto ? t('social.following.auto') : null, entry.muted ? t('social.following.mutedNote') : null,
    t('social.following.since', ago(entry.since))].filter(Boolean).join(' · ');
  const title = entry.title && entry.title !== entry.id
    ? el('span', { class: 'social-following-title', text: entry.title }) : null;
  return el('li', { dataset: { followType: entry.type, followId: entry.id } },
    el('span', { class: 'social-following-name' }, name, title),
    el('span', { class: 'social-following-meta', text: meta }),
    el('span', { class: 'aui-buttons' }, ...buttons));
}

register('following', async (element) => {
  const body = el('div', { class: 'social-following' });
  element.replaceChildren(body);
  async function load() {
    try {
      const follows = await whileLoading(body, api('GET', '/follows'));
      if (!follows.length) {
        body.replaceChildren(el('p', { class: 'social-following-empty', text: t('social.following.empty') }));
        return;
      }
      body.replaceChildren(...TYPES.map((type) => {
        const entries = follows.filter((f) => f.type === type);
        if (!entries.length) return null;
        const id = `social-following-${type}`;
        return el('section', { class: 'social-following-group', 'aria-labelledby': id },
          el('h2', { id, text: t(`social.following.group.${type}`, entries.length) }),
          el('ul', { class: 'social-following-list' }, ...entries.map((entry) => row(entry, load))));
      }).filter(Boolean));
    } catch (e) {
      body.replaceChildren(failureNote(e, load, LOGIN));
    }
  }
  await load();
});
