// Desk visits (panel "issue-visits"): the assignee logs "visited at the desk" with an optional note, the reporter
// confirms it; points follow the confirmation only. Every text from the server is inserted as text.
import { api, el, flash, limit, problem, register, t } from './core.js';

register('issue-visits', async (node, { issueKey }, initialData) => {
  const path = `/visits/issue/${encodeURIComponent(issueKey)}`;
  let state = await initialData(path);

  async function reload() {
    state = await api('GET', path);
    render();
  }

  function logForm() {
    const note = el('input', { class: 'text social-visit-note', type: 'text', maxlength: String(limit('visitNoteMax')),
      placeholder: t('social.visit.note'), 'aria-label': t('social.visit.note') });
    const button = el('button', { class: 'aui-button social-visit-log', type: 'button' }, t('social.visit.log'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await api('POST', path, { note: note.value });
        flash(t('social.visit.logged'), 'success');
        await reload();
      } catch (e) {
        flash(t('social.visit.error', problem(e)), 'error');
        button.disabled = false;
      }
    });
    return el('div', { class: 'social-visit-form' }, note, button);
  }

  function confirmButton(visit) {
    const button = el('button', { class: 'aui-button social-visit-confirm', type: 'button' }, t('social.visit.confirm'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await api('PUT', `/visits/${visit.id}/confirm`);
        flash(t('social.visit.confirmed'), 'success');
        await reload();
      } catch (e) {
        flash(t('social.visit.error', problem(e)), 'error');
        button.disabled = false;
      }
    });
    return button;
  }

  function render() {
    // The panel's frame carries the heading (social.panel.issue-visits.title), as for the other issue panels.
    const items = state.visits.map((visit) => el('li', { class: `social-visit social-visit-${visit.state}` },
      el('span', { class: 'social-visit-state' },
        visit.state === 'confirmed' ? t('social.visit.state.confirmed') : t('social.visit.state.pending')),
      visit.note ? el('q', { class: 'social-visit-text' }, visit.note) : null,
      state.confirmable.includes(visit.id) ? confirmButton(visit) : null));
    node.replaceChildren(el('div', { class: 'social-visits' },
      state.canLog ? logForm() : null,
      items.length ? el('ul', { class: 'social-visit-list' }, ...items) : null));
  }
  render();
});
