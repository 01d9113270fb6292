// Notifications: the bell with the unread count in the header of every page (panel "notifications"; the devhost's
// frame has the mount point), a panel listing the newest items that reached the user's feed, and "Mark all read".
// The count is GET /notifications/count (cheap: two statements on the server); the list GET /notifications.
import { api, el, t, plural, register, failureNote, whileLoading, flash, problem } from './core.js';
import { feedItem } from './follow.js';

const LIST_SIZE = 10;
/** The count is asked again while the page is visible, this often. */
const REFRESH_MS = 60000;

/** The bell: drawn by the stylesheet (follow.css, a CSS mask in the text colour), so it follows the header's theme. */
function bellIcon() {
  return el('span', { class: 'social-notify-bell', 'aria-hidden': 'true' });
}

function countText(count) {
  return count.more ? t('social.notifications.many', count.unread) : String(count.unread);
}

register('notifications', async (element) => {
  const badge = el('span', { class: 'aui-badge social-notify-count', hidden: true });
  const trigger = el('button', {
    class: 'aui-button aui-button-subtle social-notify-trigger', type: 'button', 'aria-expanded': 'false',
    'aria-controls': 'social-notify-panel', title: t('social.notifications.title'),
  }, bellIcon(), badge);
  const list = el('ol', { class: 'social-feed-items social-notify-items', 'aria-live': 'polite' });
  const markRead = el('button', { class: 'aui-button aui-button-link social-notify-mark', type: 'button',
    text: t('social.notifications.markRead') });
  const heading = el('h2', { id: 'social-notify-heading', class: 'social-notify-heading',
    text: t('social.notifications.title') });
  const panel = el('section', {
    id: 'social-notify-panel', class: 'social-notify-panel', hidden: true, tabindex: '-1',
    'aria-labelledby': 'social-notify-heading',
  }, el('div', { class: 'social-notify-head' }, heading, markRead), list);
  let newest = 0;

  function showCount(count) {
    badge.textContent = countText(count);
    badge.hidden = count.unread === 0;
    trigger.setAttribute('aria-label', count.unread === 0 ? t('social.notifications.none.label')
      : plural('social.notifications.unread.label', count.unread, countText(count)));
    markRead.disabled = count.unread === 0;
  }

  async function refreshCount() {
    try {
      showCount(await api('GET', '/notifications/count'));
    } catch (e) {
      // The header stays as it was; the panel says what went wrong when opened.
    }
  }

  async function load() {
    // "Mark all read" marks up to the newest item listed: not before the list is there.
    markRead.disabled = true;
    try {
      const data = await whileLoading(list, api('GET', `/notifications?limit=${LIST_SIZE}`));
      showCount(data);
      newest = data.items.length ? data.items[0].id : 0;
      if (!data.items.length) {
        list.replaceChildren(el('li', { class: 'social-notify-empty', text: t('social.notifications.empty') }));
        return;
      }
      list.replaceChildren(...data.items.map((n) => {
        const entry = feedItem(n.item);
        if (n.unread) {
          entry.classList.add('social-notify-unread');
          entry.prepend(el('span', { class: 'assistive', text: t('social.notifications.new') }));
        }
        return entry;
      }));
    } catch (e) {
      list.replaceChildren(el('li', {}, failureNote(e, load)));
    }
  }

  function close(returnFocus) {
    panel.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
    if (returnFocus) trigger.focus();
  }

  trigger.addEventListener('click', () => {
    if (!panel.hidden) {
      close(false);
      return;
    }
    panel.hidden = false;
    trigger.setAttribute('aria-expanded', 'true');
    panel.focus();
    load();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  document.addEventListener('click', (event) => {
    if (!panel.hidden && !element.contains(event.target)) close(false);
  });
  markRead.addEventListener('click', async () => {
    if (!newest) return;
    try {
      showCount(await api('POST', '/notifications/read', { upTo: newest }));
      for (const item of list.querySelectorAll('.social-notify-unread')) {
        item.classList.remove('social-notify-unread');
        const note = item.querySelector(':scope > .assistive');
        if (note) note.remove();
      }
      flash(t('social.notifications.marked'), 'success');
    } catch (e) {
      flash(problem(e), 'error');
    }
  });

  element.replaceChildren(el('div', { class: 'social-notify' }, trigger, panel));
  await refreshCount();
  setInterval(() => {
    if (document.visibilityState === 'visible' && panel.hidden) refreshCount();
  }, REFRESH_MS);
});
