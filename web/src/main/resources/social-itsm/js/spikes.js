// Spikes: the "Raise problem" button of the trending list and of a tag's page. It asks for the project to raise the
// problem in and posts POST /hashtags/{tag}/problem; the answer (201 new, 200 the spike's existing problem) links the
// issue. Every text is inserted as text.
import { api, el, t, flash, links, problem } from './core.js';

const PROJECT_MEMORY = 'social-itsm.problem.project';

function rememberedProject() {
  try {
    return window.localStorage.getItem(PROJECT_MEMORY) || '';
  } catch (e) {
    return '';
  }
}

function rememberProject(key) {
  try {
    window.localStorage.setItem(PROJECT_MEMORY, key);
  } catch (e) {
    // Storage may be off (private windows): the next form starts empty.
  }
}

/** A "Raise problem" button for the tag's spike over the last `hours`, with its small form and its result line. */
export function raiseProblemButton(tag, hours) {
  const result = el('span', { class: 'social-problem-result', 'aria-live': 'polite' });
  const project = el('input', {
    class: 'text short-field social-problem-project', type: 'text', value: rememberedProject(), required: true,
    maxlength: '40', placeholder: t('social.problem.project.placeholder'), 'aria-label': t('social.problem.project'),
  });
  const submit = el('button', { class: 'aui-button aui-button-primary social-problem-submit', type: 'submit',
    text: t('social.problem.submit') });
  const cancel = el('button', { class: 'aui-button aui-button-link social-problem-cancel', type: 'button',
    text: t('social.problem.cancel') });
  const form = el('form', { class: 'aui social-problem-form', hidden: true }, project, ' ', submit, ' ', cancel);
  const open = el('button', { class: 'aui-button social-problem-raise', type: 'button',
    title: t('social.problem.raise.title', tag, hours), text: t('social.problem.raise') });

  open.addEventListener('click', () => {
    open.hidden = true;
    form.hidden = false;
    project.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    open.hidden = false;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = project.value.trim().toUpperCase();
    if (!key) return;
    submit.disabled = true;
    try {
      const raised = await api('POST', `/hashtags/${encodeURIComponent(tag)}/problem`, { project: key, hours: Number(hours) });
      rememberProject(key);
      form.hidden = true;
      open.hidden = true;
      result.replaceChildren(
        el('a', { class: 'social-problem-link', href: links.issue(raised.issueKey), text: raised.issueKey }),
        ' ', el('span', { text: t('social.problem.linked', raised.linked) }));
      flash(t('social.problem.done', raised.issueKey), 'success');
    } catch (e) {
      flash(problem(e, 'social.problem.login'), 'error');
    } finally {
      submit.disabled = false;
    }
  });
  return el('span', { class: 'social-problem' }, open, form, result);
}
