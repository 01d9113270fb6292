// Community Q&A: the issue panel "issue-questions" (ask the community about this issue), the Q&A page "questions"
// (list with sort tabs, filters, search and an ask form) and the question page "question" (the question, answers in
// ranking order, votes, accept, answer form with live preview).
//
// Safety: the server's bodyHtml / preview html (Markdown rendered and sanitized with a strict allow-list by
// com.socialitsm.qa.MarkdownRenderer) is the ONLY HTML this module inserts — in sanitizedHtml() below. Every other
// string, including titles, names and hashtags, goes in as text through el() / textContent. The hashtags of the
// question page's title, bodies and answers become links through linkify.js, which splits text nodes (no HTML).
import { api, el, t, flash, ago, contextPath, links, register, limit, problem, parseTags, restPicker, userLink, whileLoading } from './core.js';
import { typedTagExperts } from './experts.js';
import { hashtagText, linkifyHashtags } from './linkify.js';

const PAGE_SIZE = 20;
const SIMILAR_LIMIT = 5;
const SIMILAR_DELAY_MS = 300;
const PREVIEW_DELAY_MS = 400;
const SORTS = ['newest', 'votes', 'unanswered'];

let fieldIds = 0;

/**
 * A container holding server-sanitized HTML. This is the ONLY place the Q&A uses innerHTML, and the only input it
 * may ever get is bodyHtml / html from the Q&A REST API (sanitized server-side). Never pass user text here. The
 * portal's community Q&A (portal.js) uses it too.
 */
export function sanitizedHtml(className, html) {
  const node = el('div', { class: className });
  node.innerHTML = html;
  return node;
}

/** What a failed call says; a visitor who is not logged in is asked to. */
const LOGIN = 'social.qa.login';

/** Shows a form's error box with this text. */
function showError(box, text) {
  box.textContent = text;
  box.hidden = false;
}

/** Sends a form with its submit button disabled meanwhile; a failure is shown in the form's error box. */
async function sendForm(submit, error, send) {
  submit.disabled = true;
  try {
    await send();
  } catch (e) {
    showError(error, problem(e, LOGIN));
  } finally {
    submit.disabled = false;
  }
}

function debounce(fn, delayMs) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), delayMs);
  };
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') search.set(name, String(value).trim());
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function answersText(count) {
  return count === 1 ? t('social.qa.answers.one') : t('social.qa.answers', count);
}

function authorLink(user) {
  return userLink(user.key, user.displayName, 'social-qa-user');
}

function timeOf(iso) {
  return el('time', { datetime: iso, title: iso, text: ago(iso) });
}

function hashtagList(tags) {
  return el('span', { class: 'social-qa-tags' }, tags.map((tag) => el('a', {
    class: 'aui-lozenge aui-lozenge-subtle social-hashtag social-qa-tag', href: links.hashtag(tag), text: `#${tag}`,
  })));
}

function answeredState(question) {
  if (question.answered) {
    return el('span', { class: 'aui-lozenge aui-lozenge-success', text: t('social.qa.state.answered') });
  }
  if (question.answerCount > 0) {
    return el('span', { class: 'aui-lozenge aui-lozenge-current', text: answersText(question.answerCount) });
  }
  return el('span', { class: 'aui-lozenge', text: t('social.qa.state.unanswered') });
}

/** One question in a list: score, title, answered state, author, age, issue, hashtags. */
function questionRow(question, { showIssue = true } = {}) {
  return el('li', { class: 'social-qa-row' },
    el('span', {
      class: 'social-qa-row-score', title: t('social.qa.score'), 'aria-label': t('social.qa.score'),
      text: String(question.score),
    }),
    el('div', { class: 'social-qa-row-main' },
      el('a', { class: 'social-qa-title', href: links.question(question.id), text: question.title }),
      el('div', { class: 'social-qa-meta' },
        answeredState(question),
        authorLink(question.author),
        timeOf(question.createdAt),
        showIssue && question.issueKey
          ? el('a', { class: 'social-qa-issue', href: links.issue(question.issueKey), text: question.issueKey })
          : null,
        hashtagList(question.hashtags))));
}

function field(labelKey, control, hint, extra) {
  const id = `social-qa-field-${++fieldIds}`;
  control.id = id;
  return el('div', { class: 'field-group' },
    el('label', { for: id, text: t(labelKey) }),
    control,
    hint ? el('div', { class: 'description', text: hint }) : null,
    extra);
}

/** Renders the sanitized preview of a textarea's Markdown below it as the user types (latest answer wins). */
function livePreview(textarea) {
  const box = el('div', { class: 'social-qa-preview', 'aria-live': 'polite', hidden: true });
  let latest = 0;
  const update = debounce(async () => {
    const request = ++latest;
    const markdown = textarea.value;
    if (!markdown.trim()) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    try {
      const { html } = await api('POST', '/questions/preview', { body: markdown });
      if (request !== latest) return;
      box.replaceChildren(el('div', { class: 'social-qa-preview-label', text: t('social.qa.preview') }),
        sanitizedHtml('social-qa-body', html));
    } catch (e) {
      if (request !== latest) return;
      box.replaceChildren(el('div', { class: 'social-qa-error', text: problem(e, LOGIN) }));
    }
    box.hidden = false;
  }, PREVIEW_DELAY_MS);
  textarea.addEventListener('input', update);
  return box;
}

function markdownArea(value = '', rows = 6) {
  const area = el('textarea', { class: 'textarea long-field social-qa-markdown', rows, maxlength: limit('questionBodyMax') });
  area.value = value;
  return area;
}

/** Similar questions for the title being typed, so that people find an answer before asking again. */
function similarSuggestions(titleInput, projectKey) {
  const box = el('div', { class: 'social-qa-similar', 'aria-live': 'polite', hidden: true });
  let latest = 0;
  const update = debounce(async () => {
    const request = ++latest;
    const title = titleInput.value.trim();
    if (title.length < 4) {
      box.hidden = true;
      return;
    }
    try {
      const params = query({ title, project: projectKey(), limit: SIMILAR_LIMIT });
      const similar = await api('GET', `/questions/similar${params}`);
      if (request !== latest) return;
      box.replaceChildren(el('div', { class: 'social-qa-similar-label', text: t('social.qa.similar') }),
        el('ul', { class: 'social-qa-similar-list' }, similar.map((q) => el('li', {},
          el('a', { href: links.question(q.id), target: '_blank', text: q.title }), ' ', answeredState(q)))));
      box.hidden = similar.length === 0;
    } catch (e) {
      box.hidden = true;
    }
  }, SIMILAR_DELAY_MS);
  titleInput.addEventListener('input', update);
  return box;
}

/**
 * The ask form. On an issue it asks there; on the Q&A page it asks project-wide in the project typed in (prefilled
 * from the page's filter). onAsked receives the new question.
 */
function askForm({ issueKey, projectKey = '', onAsked, onCancel }) {
  const titleMin = limit('questionTitleMin');
  const titleMax = limit('questionTitleMax');
  const title = el('input', {
    class: 'text long-field', type: 'text', maxlength: titleMax, required: true, autocomplete: 'off',
    placeholder: t('social.qa.ask.title.placeholder'),
  });
  // A free-text key: there is no REST list of the projects a user may see to pick from (yet).
  const project = issueKey ? null : el('input', {
    class: 'text medium-field', type: 'text', name: 'project', required: true, autocomplete: 'off',
    placeholder: t('social.qa.ask.project.placeholder'),
  });
  if (project) project.value = projectKey;
  const titleCount = el('div', { class: 'social-qa-count', 'aria-live': 'polite' });
  const countTitle = () => {
    titleCount.textContent = `${title.value.trim().length}/${titleMax}`;
  };
  countTitle();
  title.addEventListener('input', countTitle);
  const body = markdownArea();
  const tags = el('input', {
    class: 'text medium-field', type: 'text', placeholder: t('social.qa.ask.tags.placeholder'),
  });
  const error = el('div', { class: 'aui-message aui-message-error social-qa-form-error', hidden: true });
  const submit = primaryButton('submit', 'social.qa.ask.submit');

  const form = el('form', { class: 'aui social-qa-ask', novalidate: true },
    el('h3', { class: 'social-qa-ask-title', text: issueKey ? t('social.qa.ask.onIssue', issueKey) : t('social.qa.ask.heading') }),
    field('social.qa.ask.title', title, null, titleCount),
    similarSuggestions(title, () => (project ? project.value : '')),
    project ? field('social.qa.ask.project', project, t('social.qa.ask.project.hint')) : null,
    field('social.qa.ask.body', body, t('social.qa.markdown.hint')),
    livePreview(body),
    field('social.qa.ask.tags', tags, null, typedTagExperts(tags)),
    error,
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' },
      submit,
      onCancel ? el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.qa.cancel'),
        on: { click: onCancel } }) : null)));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const titleText = title.value.trim();
    if (titleText.length < titleMin || titleText.length > titleMax) {
      showError(error, t('social.qa.ask.title.length', titleMin, titleMax));
      title.focus();
      return;
    }
    await sendForm(submit, error, async () => {
      const question = await api('POST', '/questions', {
        title: titleText,
        body: body.value,
        issueKey: issueKey || undefined,
        project: project ? project.value.trim() : undefined,
        hashtags: parseTags(tags.value),
      });
      form.reset();
      countTitle();
      flash(t('social.qa.ask.done'), 'success');
      if (onAsked) onAsked(question);
    });
  });
  return form;
}

/** Up/down arrows with the score between; clicking the current vote again withdraws it. */
function voteControl(post, path, { own }) {
  let myVote = post.myVote;
  const score = el('span', { class: 'social-qa-vote-score', text: String(post.score) });
  const arrow = (value, labelKey, symbol) => el('button', {
    class: 'aui-button aui-button-subtle social-qa-vote', type: 'button', 'aria-label': t(labelKey),
    title: own ? t('social.qa.vote.own') : t(labelKey), disabled: own, text: symbol,
    on: { click: () => cast(value) },
  });
  const up = arrow(1, 'social.qa.vote.up', '\u25B2');
  const down = arrow(-1, 'social.qa.vote.down', '\u25BC');
  const render = () => {
    up.setAttribute('aria-pressed', String(myVote === 1));
    down.setAttribute('aria-pressed', String(myVote === -1));
  };
  async function cast(value) {
    const wanted = myVote === value ? 0 : value;
    up.disabled = true;
    down.disabled = true;
    try {
      const tally = await api('PUT', path, { value: wanted });
      myVote = tally.myVote;
      score.textContent = String(tally.score);
      render();
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      up.disabled = own;
      down.disabled = own;
    }
  }
  render();
  return el('div', { class: 'social-qa-votes' }, up, score, down);
}

function primaryButton(type, labelKey) {
  return el('button', { class: 'aui-button aui-button-primary', type, text: t(labelKey) });
}

function actionButton(labelKey, onClick, extraClass = '') {
  return el('button', {
    class: `aui-button aui-button-link social-qa-action ${extraClass}`.trim(), type: 'button', text: t(labelKey),
    on: { click: onClick },
  });
}

/** The buttons of an edit form: save submits it, cancel puts the post back as it was. */
function saveOrCancel(onCancel) {
  return el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' },
    primaryButton('submit', 'social.qa.save'),
    el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.qa.cancel'),
      on: { click: onCancel } })));
}

// ---- issue view ------------------------------------------------------------------------------------------------

register('issue-questions', async (element, { issueKey }, initialData) => {
  const count = el('span', { class: 'aui-badge social-qa-count-badge' });
  const list = el('ul', { class: 'social-qa-list' });
  const empty = el('p', { class: 'social-qa-empty', text: t('social.qa.issue.empty'), hidden: true });
  let form = null;
  const toggle = el('button', { class: 'aui-button', type: 'button', text: t('social.qa.ask.button') });

  const path = `/questions${query({ issueKey, limit: PAGE_SIZE })}`;
  const load = async (answer = api('GET', path)) => {
    const page = await answer;
    count.textContent = String(page.count ?? page.items.length);
    list.replaceChildren(...page.items.map((q) => questionRow(q, { showIssue: false })));
    empty.hidden = page.items.length > 0;
  };
  const closeForm = () => {
    if (form) form.remove();
    form = null;
    toggle.hidden = false;
  };
  toggle.addEventListener('click', () => {
    toggle.hidden = true;
    form = askForm({
      issueKey,
      onAsked: async () => {
        closeForm();
        await load();
      },
      onCancel: closeForm,
    });
    panel.append(form);
    form.querySelector('input').focus();
  });

  const panel = el('div', { class: 'social-qa-panel' },
    el('div', { class: 'social-qa-panel-heading' }, el('strong', { text: t('social.qa.issue.heading') }), count),
    list, empty, toggle);
  element.replaceChildren(panel);
  await whileLoading(list, load(initialData(path)));
});

// ---- the Q&A page ----------------------------------------------------------------------------------------------

register('questions', async (element, dataset) => {
  const fromUrl = new URLSearchParams(window.location.search);
  const state = {
    sort: SORTS.includes(fromUrl.get('sort')) ? fromUrl.get('sort') : 'newest',
    project: dataset.project || fromUrl.get('project') || '',
    tag: dataset.tag || fromUrl.get('tag') || '',
    q: fromUrl.get('q') || '',
  };
  let next = null;
  let latest = 0;

  const list = el('ul', { class: 'social-qa-list' });
  const empty = el('p', { class: 'social-qa-empty', text: t('social.qa.list.empty'), hidden: true });
  const more = el('button', { class: 'aui-button', type: 'button', text: t('social.qa.list.more'), hidden: true });
  const error = el('div', { class: 'aui-message aui-message-error', hidden: true });

  const tabs = el('div', { class: 'aui-buttons social-qa-tabs', role: 'group', 'aria-label': t('social.qa.sort') },
    SORTS.map((sort) => el('button', {
      class: 'aui-button social-qa-tab', type: 'button', dataset: { sort },
      text: t(`social.qa.sort.${sort}`), on: { click: () => { state.sort = sort; reload(); } },
    })));

  const input = (name, labelKey, type = 'text') => {
    const control = el('input', { class: 'text medium-field', type, name });
    control.value = state[name];
    control.addEventListener('input', debounce(() => { state[name] = control.value.trim(); reload(); }, 300));
    return field(labelKey, control);
  };
  const filters = el('form', {
    class: 'aui social-qa-filters', role: 'search', on: { submit: (e) => e.preventDefault() },
  },
    input('q', 'social.qa.filter.search', 'search'),
    field('social.qa.filter.project', restPicker('/projects', {
      name: 'project', value: state.project, placeholder: t('social.kudos.leaderboard.project.all'),
      onChange: (value) => { if (value !== state.project) { state.project = value; reload(); } },
    })),
    input('tag', 'social.qa.filter.tag'));

  let form = null;
  const askButton = primaryButton('button', 'social.qa.ask.button');
  const askSlot = el('div', { class: 'social-qa-ask-slot' });
  askButton.addEventListener('click', () => {
    if (form) return;
    askButton.hidden = true;
    const close = () => {
      form.remove();
      form = null;
      askButton.hidden = false;
    };
    form = askForm({
      projectKey: state.project,
      onAsked: (question) => { window.location.href = links.question(question.id); },
      onCancel: close,
    });
    askSlot.append(form);
    form.querySelector('input').focus();
  });

  const fetchPage = async (cursor) => {
    const request = ++latest;
    const page = await api('GET', `/questions${query({
      sort: state.sort, project: state.project, tag: state.tag, q: state.q, cursor, limit: PAGE_SIZE,
    })}`);
    return request === latest ? page : null;
  };
  const show = (page, append) => {
    if (!page) return;
    const rows = page.items.map((q) => questionRow(q));
    if (append) list.append(...rows);
    else list.replaceChildren(...rows);
    next = page.next || null;
    more.hidden = !next;
    empty.hidden = list.childElementCount > 0;
  };
  async function reload() {
    for (const tab of tabs.querySelectorAll('.social-qa-tab')) {
      const selected = tab.dataset.sort === state.sort;
      tab.setAttribute('aria-pressed', String(selected));
      tab.classList.toggle('active', selected);
    }
    error.hidden = true;
    try {
      show(await whileLoading(list, fetchPage(null)), false);
    } catch (e) {
      showError(error, problem(e, LOGIN));
      list.replaceChildren();
      more.hidden = true;
    }
  }
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      show(await fetchPage(next), true);
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      more.disabled = false;
    }
  });

  element.replaceChildren(el('div', { class: 'social-qa-page' },
    el('div', { class: 'social-qa-toolbar' }, tabs, askButton),
    askSlot, filters, error, list, empty, more));
  await reload();
});

// ---- the question page -----------------------------------------------------------------------------------------

function questionIdFromPath() {
  const last = window.location.pathname.split('/').filter(Boolean).pop() || '';
  return /^\d+$/.test(last) ? last : null;
}

register('question', async (element, dataset) => {
  const id = dataset.questionId || questionIdFromPath();
  if (!id) throw new Error(t('social.qa.notFound'));
  const root = el('div', { class: 'social-qa-question' });
  element.replaceChildren(root);

  // "Publish to portal" is for the agents of the portal of the question's project, on the agents' own questions
  // (portalId 0); GET /portal/portals names the project of each portal to its agents. Asked once per page.
  let servedPortals = null;
  const portalToPublishTo = async (question) => {
    if (question.portalId) return null;
    if (!servedPortals) servedPortals = api('GET', '/portal/portals').catch(() => []);
    return (await servedPortals).find((p) => p.agent && p.projectKey === question.projectKey) || null;
  };
  const reload = async () => {
    const question = await api('GET', `/questions/${encodeURIComponent(id)}`);
    render(question, await portalToPublishTo(question));
  };
  const act = async (call, doneKey) => {
    try {
      await call();
      if (doneKey) flash(t(doneKey), 'success');
      await reload();
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    }
  };

  function editQuestionForm(question, view) {
    const title = el('input', { class: 'text long-field', type: 'text', maxlength: limit('questionTitleMax') });
    title.value = question.title;
    const body = markdownArea(question.body, 8);
    const tags = el('input', { class: 'text medium-field', type: 'text' });
    tags.value = question.hashtags.join(' ');
    const form = el('form', { class: 'aui social-qa-edit' },
      field('social.qa.ask.title', title), field('social.qa.ask.body', body, t('social.qa.markdown.hint')),
      livePreview(body), field('social.qa.ask.tags', tags),
      saveOrCancel(() => form.replaceWith(view)));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => api('PUT', `/questions/${question.id}`,
        { title: title.value, body: body.value, hashtags: parseTags(tags.value) }), 'social.qa.saved');
    });
    return form;
  }

  function editAnswerForm(answer, view) {
    const body = markdownArea(answer.body, 6);
    const form = el('form', { class: 'aui social-qa-edit' },
      field('social.qa.answer.body', body, t('social.qa.markdown.hint')), livePreview(body),
      saveOrCancel(() => form.replaceWith(view)));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => api('PUT', `/answers/${answer.id}`, { body: body.value }), 'social.qa.saved');
    });
    return form;
  }

  function postMeta(post, labelKey) {
    return el('div', { class: 'social-qa-meta' },
      t(labelKey), ' ', authorLink(post.author), timeOf(post.createdAt),
      post.editedAt
        ? el('span', { class: 'social-qa-edited', title: post.editedAt, text: t('social.qa.edited') })
        : null);
  }

  /**
   * The small form under an answer that publishes it to the portal: the question as customers should read it (the
   * internal title and body stay internal); then a link to the portal's question.
   */
  function publishForm(answer, portal, onDone) {
    const title = el('input', { class: 'text long-field social-qa-publish-title', type: 'text', required: true,
      minlength: limit('questionTitleMin'), maxlength: limit('questionTitleMax'), autocomplete: 'off' });
    const submit = primaryButton('submit', 'social.qa.publish.submit');
    submit.classList.add('social-qa-publish-submit');
    const cancel = el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.qa.cancel') });
    const form = el('form', { class: 'aui social-qa-publish-form' },
      el('p', { class: 'description', text: t('social.qa.publish.hint', portal.name) }),
      field('social.qa.publish.title', title),
      el('div', { class: 'buttons' }, submit, ' ', cancel));
    cancel.addEventListener('click', () => onDone(null));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const published = await api('POST', `/portal/answers/${answer.id}/publish`, { title: title.value });
        const href = `${contextPath()}/servicedesk/customer/portal/${encodeURIComponent(portal.id)}`
          + `#social-portal-question-${encodeURIComponent(published.id)}`;
        onDone(el('p', { class: 'social-qa-published', role: 'status' }, t('social.qa.publish.done'), ' ',
          el('a', { class: 'social-qa-published-link', href, text: published.title })));
        flash(t('social.qa.publish.flash'), 'success');
      } catch (e) {
        flash(problem(e, LOGIN), 'error');
        submit.disabled = false;
      }
    });
    return form;
  }

  function answerView(question, answer, portal) {
    const linkedIssue = question.issueKey || question.raisedIssueKey;
    const publishSlot = el('div', { class: 'social-qa-publish' });
    const publish = portal
      ? actionButton('social.qa.publish', () => {
        publish.hidden = true;
        const form = publishForm(answer, portal, (result) => {
          publishSlot.replaceChildren(...(result ? [result] : []));
          publish.hidden = false;
        });
        publishSlot.replaceChildren(form);
        form.querySelector('input').focus();
      }, 'social-qa-publish-open')
      : null;
    const actions = el('div', { class: 'social-qa-actions' },
      publish,
      question.mayAccept && !answer.accepted
        ? actionButton('social.qa.accept', () => act(
          () => api('PUT', `/questions/${question.id}/accepted/${answer.id}`), 'social.qa.accepted.done'))
        : null,
      question.mayAccept && answer.accepted
        ? actionButton('social.qa.unaccept', () => act(() => api('DELETE', `/questions/${question.id}/accepted`)))
        : null,
      question.mayAccept && answer.accepted && linkedIssue
        ? actionButton('social.qa.copy', () => act(() => api('POST',
          `/questions/${question.id}/accepted/${answer.id}/copy`), 'social.qa.copy.done'))
        : null,
      answer.mayEdit ? actionButton('social.qa.edit', () => view.replaceWith(editAnswerForm(answer, view))) : null,
      answer.mayDelete
        ? actionButton('social.qa.delete', () => {
          if (window.confirm(t('social.qa.answer.delete.confirm'))) {
            act(() => api('DELETE', `/answers/${answer.id}`), 'social.qa.deleted');
          }
        }, 'social-qa-danger')
        : null);
    const view = el('article', { class: `social-qa-answer${answer.accepted ? ' social-qa-answer-accepted' : ''}` },
      voteControl(answer, `/answers/${answer.id}/vote`, { own: answer.mayEdit }),
      el('div', { class: 'social-qa-post' },
        answer.accepted
          ? el('span', { class: 'aui-lozenge aui-lozenge-success', text: t('social.qa.accepted') })
          : null,
        hashtagText(sanitizedHtml('social-qa-body', answer.bodyHtml)),
        postMeta(answer, 'social.qa.answeredBy'),
        actions, publishSlot));
    return view;
  }

  function answerForm(question) {
    const body = markdownArea('', 6);
    const error = el('div', { class: 'aui-message aui-message-error social-qa-form-error', hidden: true });
    const submit = primaryButton('submit', 'social.qa.answer.submit');
    const form = el('form', { class: 'aui social-qa-answer-form' },
      el('h3', { text: t('social.qa.answer.heading') }),
      field('social.qa.answer.body', body, t('social.qa.markdown.hint')),
      livePreview(body), error,
      el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, submit)));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.hidden = true;
      if (!body.value.trim()) {
        showError(error, t('social.qa.answer.empty'));
        return;
      }
      await sendForm(submit, error, async () => {
        await api('POST', `/questions/${question.id}/answers`, { body: body.value });
        flash(t('social.qa.answer.done'), 'success');
        await reload();
      });
    });
    return form;
  }

  function render(question, portal) {
    const where = [];
    if (question.issueKey) {
      where.push(t('social.qa.onIssue'), ' ',
        el('a', { href: links.issue(question.issueKey), text: question.issueKey }));
    } else {
      where.push(t('social.qa.inProject'), ' ', el('a', {
        href: links.projectQuestions(question.projectKey), text: question.projectKey,
      }));
    }
    if (question.raisedIssueKey) {
      where.push(' \u00B7 ', t('social.qa.raisedAs'), ' ',
        el('a', { href: links.issue(question.raisedIssueKey), text: question.raisedIssueKey }));
    }
    const actions = el('div', { class: 'social-qa-actions' },
      !question.issueKey && !question.raisedIssueKey
        ? actionButton('social.qa.raise', () => {
          if (window.confirm(t('social.qa.raise.confirm'))) {
            act(() => api('POST', `/questions/${question.id}/raise`), 'social.qa.raise.done');
          }
        })
        : null,
      question.mayEdit
        ? actionButton('social.qa.edit', () => view.replaceWith(editQuestionForm(question, view)))
        : null,
      question.mayDelete
        ? actionButton('social.qa.delete', async () => {
          if (!window.confirm(t('social.qa.question.delete.confirm'))) return;
          try {
            await api('DELETE', `/questions/${question.id}`);
            flash(t('social.qa.deleted'), 'success');
            window.location.href = links.questions();
          } catch (e) {
            flash(problem(e, LOGIN), 'error');
          }
        }, 'social-qa-danger')
        : null);
    const view = el('section', { class: 'social-qa-question-main' },
      voteControl(question, `/questions/${question.id}/vote`, { own: question.mayEdit }),
      el('div', { class: 'social-qa-post' },
        hashtagText(el('h2', { class: 'social-qa-question-title', text: question.title })),
        el('div', { class: 'social-qa-where' }, answeredState(question), ...where),
        question.bodyHtml ? hashtagText(sanitizedHtml('social-qa-body', question.bodyHtml)) : null,
        hashtagList(question.hashtags),
        postMeta(question, 'social.qa.askedBy'),
        actions));
    root.replaceChildren(
      el('a', { class: 'social-qa-back', href: links.questions(), text: t('social.qa.back') }),
      view,
      el('h3', { class: 'social-qa-answers-heading', text: answersText(question.answers.length) }),
      el('div', { class: 'social-qa-answers' }, question.answers.map((answer) => answerView(question, answer, portal))),
      answerForm(question));
    linkifyHashtags(root);
  }

  await reload();
});
