// Polls (panels "polls" and "poll"): a project's polls, the ask form for its agents, and a poll's page with the vote
// form and the results as bars. A bar is drawn with CSS only for sighted readers (aria-hidden); its text — the count
// and the share — says the same to everyone. Every text from the server is inserted as text.
import { api, contextPath, el, failureNote, flash, limit, plural, problem, register, t } from './core.js';

const PAGE_SIZE = 20;
const pollLinks = {
  list: (project) => `${contextPath()}/plugins/servlet/social/polls?${new URLSearchParams({ project })}`,
  poll: (id) => `${contextPath()}/plugins/servlet/social/polls/${encodeURIComponent(id)}`,
};

function when(iso) {
  return new Date(iso).toLocaleString(document.documentElement.lang || undefined,
    { dateStyle: 'medium', timeStyle: 'short' });
}

function field(labelKey, control, hint) {
  const id = `social-poll-${control.name}`;
  control.id = id;
  return el('div', { class: control.type === 'checkbox' ? 'checkbox' : 'field-group' },
    control.type === 'checkbox' ? control : null,
    el('label', { for: id, text: t(labelKey) }),
    control.type === 'checkbox' ? null : control,
    hint ? el('div', { class: 'description', text: hint }) : null);
}

/** The lozenges of a poll: open or closed, anonymous or named, one or several choices. */
function facts(poll) {
  return el('span', { class: 'social-poll-facts' },
    el('span', { class: `aui-lozenge ${poll.closed ? '' : 'aui-lozenge-success'}`,
      text: t(poll.closed ? 'social.poll.state.closed' : 'social.poll.state.open') }),
    ' ',
    el('span', { class: 'aui-lozenge aui-lozenge-subtle', text: t(poll.anonymous ? 'social.poll.anonymous' : 'social.poll.named') }),
    ' ',
    el('span', { class: 'aui-lozenge aui-lozenge-subtle', text: t(poll.multiple ? 'social.poll.multiple' : 'social.poll.single') }));
}

// ---- a project's polls -----------------------------------------------------------------------------------------

function askForm(project, onAsked) {
  const question = el('input', { class: 'text long-field', type: 'text', name: 'question', required: true,
    maxlength: String(limit('pollQuestionMax')) });
  const options = el('textarea', { class: 'textarea long-field', name: 'options', rows: '4', required: true });
  const multiple = el('input', { class: 'checkbox', type: 'checkbox', name: 'multiple' });
  const anonymous = el('input', { class: 'checkbox', type: 'checkbox', name: 'anonymous' });
  const afterClose = el('input', { class: 'checkbox', type: 'checkbox', name: 'resultsAfterClose' });
  const closesAt = el('input', { class: 'text medium-field', type: 'datetime-local', name: 'closesAt', required: true });
  const week = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  week.setMinutes(0, 0, 0);
  closesAt.value = new Date(week.getTime() - week.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const submit = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.poll.ask.submit') });
  const form = el('form', { class: 'aui social-poll-ask', 'aria-label': t('social.poll.ask.title') },
    el('h2', { text: t('social.poll.ask.title') }),
    field('social.poll.ask.question', question),
    field('social.poll.ask.options', options),
    el('fieldset', { class: 'group' }, field('social.poll.ask.multiple', multiple),
      field('social.poll.ask.anonymous', anonymous), field('social.poll.ask.resultsAfterClose', afterClose)),
    field('social.poll.ask.closesAt', closesAt),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, submit)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const poll = await api('POST', '/polls', {
        project,
        question: question.value,
        options: options.value.split('\n').map((line) => line.trim()).filter((line) => line),
        multiple: multiple.checked,
        anonymous: anonymous.checked,
        resultsAfterClose: afterClose.checked,
        closesAt: closesAt.value ? new Date(closesAt.value).toISOString() : '',
      });
      flash(t('social.poll.ask.done'), 'success');
      onAsked(poll);
    } catch (e) {
      flash(t('social.poll.error', problem(e)), 'error');
      submit.disabled = false;
    }
  });
  return form;
}

function pollLine(poll) {
  return el('li', { class: 'social-poll-line', dataset: { pollId: poll.id } },
    el('a', { class: 'social-poll-link', href: pollLinks.poll(poll.id), text: poll.question }),
    ' ', facts(poll), ' ',
    el('span', { class: 'social-poll-meta',
      text: `${plural('social.poll.voters', poll.total, poll.total)} · ${t(poll.closed ? 'social.poll.closedAt'
        : 'social.poll.closes', when(poll.closesAt))}${poll.voted ? ` · ${t('social.poll.voted')}` : ''}` }));
}

register('polls', async (node) => {
  const project = (new URLSearchParams(window.location.search).get('project') || '').trim();
  const chooser = el('form', { class: 'social-poll-project', method: 'get' },
    el('label', { for: 'social-poll-project', text: t('social.poll.project') }),
    el('input', { class: 'text short-field', type: 'text', name: 'project', id: 'social-poll-project',
      value: project, required: true, autocomplete: 'off', title: t('social.poll.project.hint') }),
    el('button', { class: 'aui-button', type: 'submit', text: t('social.poll.project.show') }));
  if (!project) {
    node.replaceChildren(chooser);
    return;
  }
  const list = el('ul', { class: 'social-poll-list' });
  const more = el('button', { class: 'aui-button', type: 'button', text: t('social.poll.more'), hidden: true });
  const empty = el('p', { class: 'social-poll-empty', text: t('social.poll.none'), hidden: true });
  let next = null;

  async function load(reset) {
    const params = new URLSearchParams({ project, limit: String(PAGE_SIZE) });
    if (!reset && next) params.set('cursor', next);
    const page = await api('GET', `/polls?${params}`);
    if (reset) list.replaceChildren();
    list.append(...page.polls.map(pollLine));
    next = page.next;
    more.hidden = !next;
    empty.hidden = list.children.length > 0;
    return page;
  }

  try {
    const page = await load(true);
    more.addEventListener('click', () => load(false).catch((e) => flash(problem(e), 'error')));
    node.replaceChildren(...[chooser,
      el('h2', { class: 'social-poll-project-name', text: page.projectName }),
      page.canAsk ? askForm(page.project, (poll) => { window.location.assign(pollLinks.poll(poll.id)); }) : null,
      empty, list, more].filter(Boolean));
  } catch (e) {
    node.replaceChildren(chooser, failureNote(e, () => window.location.reload()));
  }
});

// ---- a poll ----------------------------------------------------------------------------------------------------

function results(poll) {
  const total = poll.options.reduce((sum, option) => sum + option.votes, 0);
  const mine = new Set(poll.myChoice || []);
  return el('ol', { class: 'social-poll-results', 'aria-label': t('social.poll.results') },
    ...poll.options.map((option, index) => {
      const share = total ? Math.round((100 * option.votes) / total) : 0;
      const fill = el('span', { class: 'social-poll-bar-fill' });
      fill.style.width = `${share}%`;
      return el('li', { class: `social-poll-result${mine.has(index) ? ' social-poll-result-mine' : ''}` },
        el('div', { class: 'social-poll-result-head' },
          el('span', { class: 'social-poll-option-text', text: option.text }),
          mine.has(index) ? el('span', { class: 'aui-lozenge aui-lozenge-subtle social-poll-mine', text: t('social.poll.mine') }) : null,
          el('span', { class: 'social-poll-count', text: plural('social.poll.votes', option.votes, option.votes, share) })),
        el('span', { class: 'social-poll-bar', 'aria-hidden': 'true' }, fill));
    }));
}

function voteForm(poll, onVoted) {
  const type = poll.multiple ? 'checkbox' : 'radio';
  const mine = new Set(poll.myChoice || []);
  const inputs = poll.options.map((option, index) => {
    const input = el('input', { class: type, type, name: 'option', value: String(index),
      id: `social-poll-option-${index}` });
    input.checked = mine.has(index);
    return el('div', { class: type }, input, el('label', { for: input.id, text: option.text }));
  });
  const submit = el('button', { class: 'aui-button aui-button-primary', type: 'submit',
    text: t(poll.myChoice ? 'social.poll.change' : 'social.poll.vote') });
  const form = el('form', { class: 'aui social-poll-vote' },
    el('fieldset', { class: 'group' }, el('legend', { class: 'assistive', text: poll.question }), ...inputs),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, submit)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const options = [...form.querySelectorAll('input[name=option]:checked')].map((input) => Number(input.value));
    submit.disabled = true;
    try {
      const updated = await api('PUT', `/polls/${poll.id}/vote`, { options });
      flash(t('social.poll.voteSaved'), 'success');
      onVoted(updated);
    } catch (e) {
      flash(t('social.poll.error', problem(e)), 'error');
      submit.disabled = false;
    }
  });
  return form;
}

register('poll', async (node, { pollId }) => {
  function render(poll) {
    const hidden = !poll.resultsVisible;
    node.replaceChildren(el('article', { class: 'social-poll', dataset: { pollId: poll.id } },
      el('p', {}, el('a', { class: 'social-poll-back', href: pollLinks.list(poll.project),
        text: t('social.poll.back', poll.project) })),
      el('h2', { class: 'social-poll-question', text: poll.question }),
      el('p', { class: 'social-poll-about' }, facts(poll), ' ',
        el('span', { class: 'social-poll-meta', text: `${plural('social.poll.voters', poll.total, poll.total)} · ${
          t(poll.closed ? 'social.poll.closedAt' : 'social.poll.closes', when(poll.closesAt))}` })),
      poll.canVote ? voteForm(poll, render) : null,
      hidden ? el('p', { class: 'social-poll-hidden aui-message aui-message-info',
        text: t(poll.resultsAfterClose ? 'social.poll.results.afterClose' : 'social.poll.results.afterVote') })
        : el('section', { class: 'social-poll-results-section' }, el('h3', { text: t('social.poll.results') }),
          results(poll))));
  }
  try {
    render(await api('GET', `/polls/${encodeURIComponent(pollId)}`));
  } catch (e) {
    node.replaceChildren(failureNote(e, () => window.location.reload()));
  }
});
