// Upvotes: the "me too" button with the issue's count (panel "issue-votes"). One vote per person and issue; pressing
// it again takes the vote back.
import { api, el, flash, problem, register, t } from './core.js';

register('issue-votes', async (node, { issueKey }, initialData) => {
  const path = `/votes/issue/${encodeURIComponent(issueKey)}`;
  let state = await initialData(path);
  const button = el('button', { class: 'aui-button social-vote-button', type: 'button', title: t('social.vote.label') });
  const count = el('span', { class: 'aui-badge social-vote-count', 'aria-live': 'polite' });

  function render() {
    button.textContent = state.voted ? t('social.vote.voted') : t('social.vote.metoo');
    button.setAttribute('aria-pressed', String(state.voted));
    button.classList.toggle('active', state.voted);
    count.textContent = String(state.count);
    count.title = t('social.vote.count', state.count);
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      state = await api(state.voted ? 'DELETE' : 'PUT', path);
      render();
    } catch (e) {
      flash(e.status === 401 ? t('social.vote.login') : t('social.vote.error', problem(e)), 'error');
    } finally {
      button.disabled = false;
    }
  });
  render();
  node.replaceChildren(el('div', { class: 'social-votes' }, button, count));
});
