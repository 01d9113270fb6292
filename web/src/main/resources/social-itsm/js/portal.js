// The customer portal (panel "portal-known-issues"): the portal's known issues with their status, the customers'
// "me too" count, and for a customer the "me too" and follow buttons; a known issue opens to the agents' public
// updates. The portal id comes from the mount point (data-portal-id) or, in Jira's portal subheader, from the page's
// address (/servicedesk/customer/portal/{id}). Every text is inserted as text (el()), never as HTML.
import { api, el, flash, hostApi, limit, plural, problem, register, t, ago } from './core.js';
import { sanitizedHtml } from './questions.js';

const PORTAL_PATH = /\/servicedesk\/customer\/portal\/(\d+)/;
/** How long typing must pause before matching known issues are looked up. */
const TYPING_PAUSE_MS = 300;

function portalIdOf(node) {
  if (node.dataset.portalId) return node.dataset.portalId;
  const match = PORTAL_PATH.exec(window.location.pathname);
  return match ? match[1] : null;
}

/**
 * A field's maxlength from the server's limit (read: () => limit(name)), or undefined (no attribute) on a host's page
 * without the app's limits (a portal frame): the server still refuses longer text (400).
 */
function maxLengthOr(read) {
  try {
    return read();
  } catch (e) {
    return undefined;
  }
}

function statusLozenge(status) {
  const kind = status === 'fixed' ? 'success' : status === 'identified' ? 'current' : 'moved';
  return el('span', { class: `aui-lozenge aui-lozenge-${kind} social-known-status`, dataset: { status },
    text: t(`social.portal.status.${status}`) });
}

function knownIssueItem(issue, { agent }) {
  let state = issue;
  const count = el('span', { class: 'aui-badge social-known-metoo-count', 'aria-live': 'polite' });
  const meToo = el('button', { class: 'aui-button social-known-metoo', type: 'button' });
  const follow = el('button', { class: 'aui-button aui-button-subtle social-known-follow', type: 'button' });
  const updates = el('ol', { class: 'social-known-updates', hidden: true });
  const more = el('button', { class: 'aui-button aui-button-link social-known-more', type: 'button',
    text: t('social.portal.updates.show') });

  function render() {
    count.textContent = String(state.meToo);
    count.title = t('social.portal.metoo.count', state.meToo);
    meToo.textContent = state.myMeToo ? t('social.portal.metoo.done') : t('social.portal.metoo');
    meToo.setAttribute('aria-pressed', String(state.myMeToo));
    follow.textContent = state.following ? t('social.portal.following') : t('social.portal.follow');
    follow.setAttribute('aria-pressed', String(state.following));
  }

  async function toggle(button, path, on) {
    button.disabled = true;
    try {
      const answer = await api(on ? 'PUT' : 'DELETE', path);
      state = { ...state, ...answer };
      render();
    } catch (e) {
      flash(t('social.portal.error', problem(e)), 'error');
    } finally {
      button.disabled = false;
    }
  }

  meToo.addEventListener('click', () => toggle(meToo, `/portal/known-issues/${issue.id}/me-too`, !state.myMeToo));
  follow.addEventListener('click', () => toggle(follow, `/portal/known-issues/${issue.id}/follow`, !state.following));
  more.addEventListener('click', async () => {
    if (!updates.hidden) {
      updates.hidden = true;
      more.textContent = t('social.portal.updates.show');
      return;
    }
    try {
      const detail = await api('GET', `/portal/known-issues/${issue.id}`);
      updates.replaceChildren(...(detail.updates.length ? detail.updates.map((u) => el('li',
        { class: 'social-known-update' }, statusLozenge(u.status), ' ',
        el('span', { class: 'social-known-update-text', text: u.message }), ' ',
        el('time', { datetime: u.createdAt, text: ago(u.createdAt) })))
        : [el('li', { class: 'social-empty', text: t('social.portal.updates.none') })]));
      updates.hidden = false;
      more.textContent = t('social.portal.updates.hide');
    } catch (e) {
      flash(t('social.portal.error', problem(e)), 'error');
    }
  });
  render();
  const actions = agent ? [count] : [meToo, count, follow];
  return el('li', { class: 'social-known-issue', dataset: { knownIssueId: String(issue.id) } },
    el('div', { class: 'social-known-head' }, statusLozenge(issue.status), ' ',
      el('strong', { class: 'social-known-title', text: issue.title })),
    el('p', { class: 'social-known-text', text: issue.text }),
    el('div', { class: 'social-known-actions' }, ...actions, more),
    updates);
}

register('portal-known-issues', async (node) => {
  const portalId = portalIdOf(node);
  if (!portalId) {
    node.hidden = true;
    return;
  }
  const [issues, portals] = await Promise.all([
    api('GET', `/portal/${encodeURIComponent(portalId)}/known-issues`),
    api('GET', '/portal/portals'),
  ]);
  const portal = portals.find((p) => String(p.id) === String(portalId));
  const agent = Boolean(portal && portal.agent);
  const list = issues.length
    ? el('ul', { class: 'social-known-issues' }, ...issues.map((issue) => knownIssueItem(issue, { agent })))
    : el('p', { class: 'social-empty', text: t('social.portal.none') });
  node.replaceChildren(el('section', { class: 'social-portal-known' },
    el('h2', { text: t('social.portal.title') }), list));
});

// "Is it this?": while a customer types a new request's summary, the open known issues it matches.
register('portal-matching', async (node) => {
  const portalId = portalIdOf(node);
  const input = document.getElementById(node.dataset.inputId);
  if (!portalId || !input) {
    node.hidden = true;
    return;
  }
  const box = el('div', { class: 'social-known-matching', 'aria-live': 'polite' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const typed = input.value.trim();
      if (typed.length < 3) {
        box.replaceChildren();
        return;
      }
      try {
        const matches = await api('GET', `/portal/${encodeURIComponent(portalId)}/known-issues?q=${encodeURIComponent(typed)}`);
        box.replaceChildren(...(matches.length ? [el('p', { text: t('social.portal.matching') }),
          el('ul', { class: 'social-known-issues' }, ...matches.map((issue) => knownIssueItem(issue, { agent: false })))]
          : []));
      } catch (e) {
        box.replaceChildren();
      }
    }, TYPING_PAUSE_MS);
  });
  node.replaceChildren(box);
});

// "Thank the agent" (panel "portal-thanks", on a customer's resolved request): a button and an optional message;
// once sent it says so. The request key comes from the mount point (data-issue-key) or the page's address
// (/servicedesk/customer/portal/{id}/{issueKey}). A second thanks (409) also ends as "Thanks sent".
const REQUEST_PATH = /\/servicedesk\/customer\/portal\/\d+\/([A-Za-z][A-Za-z0-9_]*-\d+)/;

register('portal-thanks', async (node) => {
  const match = REQUEST_PATH.exec(window.location.pathname);
  const key = node.dataset.issueKey || (match ? match[1] : null);
  if (!key) {
    node.hidden = true;
    return;
  }
  node.replaceChildren(el('section', { class: 'social-portal-thanks' },
    el('h2', { text: t('social.portal.thanks.title') }), thanksForm(key, t('social.portal.thanks.message'))));
});

/** The thanks form of one request: an optional message and the button; "Thanks sent" once sent (or already). */
function thanksForm(key, messageLabel) {
  const done = el('p', { class: 'social-thanks-sent', role: 'status', text: t('social.portal.thanks.sent') });
  const message = el('textarea', { class: 'textarea social-thanks-message', rows: '3',
    'aria-label': messageLabel, placeholder: t('social.portal.thanks.message'),
    maxlength: maxLengthOr(() => limit('thanksMessageMax')) });
  const send = el('button', { class: 'aui-button aui-button-primary social-thanks-send', type: 'button',
    text: t('social.portal.thanks.send') });
  const form = el('div', { class: 'social-thanks-form' }, message, send);
  send.addEventListener('click', async () => {
    send.disabled = true;
    try {
      const text = message.value.trim();
      await api('POST', `/portal/requests/${encodeURIComponent(key)}/thanks`, text ? { message: text } : {});
      form.replaceWith(done);
    } catch (e) {
      if (e && e.status === 409 && e.code === 'already_thanked') {
        form.replaceWith(done);
        return;
      }
      flash(t('social.portal.error', problem(e)), 'error');
      send.disabled = false;
    }
  });
  return form;
}

// "Thank the agent" on the portal's pages (panel "portal-thanks-list"; in Jira a web panel in JSM's
// servicedesk.portal.footer, because JSM DC documents no location on the request view itself: docs/portal.md). For a
// customer of the portal: their resolved requests on it, newest activity first, each with the thanks form. The list
// comes from JSM's customer REST (GET /rest/servicedeskapi/request: only the requests the caller may see, as JSM
// decides), filtered to this portal and to resolved ones also here, since the status filter is JSM's. Agents of the
// portal, and customers with no resolved request, get no panel.
const THANKS_LISTED = 5;

register('portal-thanks-list', async (node) => {
  const portalId = portalIdOf(node);
  node.hidden = true;
  if (!portalId) return;
  let requests;
  try {
    const portals = await api('GET', '/portal/portals');
    const portal = portals.find((p) => String(p.id) === String(portalId));
    if (!portal || portal.agent) return;
    const query = new URLSearchParams({ serviceDeskId: portalId, requestStatus: 'CLOSED_REQUESTS', limit: '20' });
    const page = await hostApi('GET', `/rest/servicedeskapi/request?${query}`);
    requests = (page.values || []).filter((r) => String(r.serviceDeskId) === String(portalId)
      && r.currentStatus && r.currentStatus.statusCategory === 'DONE').slice(0, THANKS_LISTED);
  } catch (e) {
    return; // JSM's REST unreachable or refused: nothing to thank for here
  }
  if (!requests.length) return;
  const items = requests.map((request) => {
    const summary = (request.requestFieldValues || []).find((f) => f.fieldId === 'summary');
    const href = request._links && request._links.web ? request._links.web : null;
    const title = summary && summary.value ? summary.value : request.issueKey;
    return el('li', { class: 'social-thanks-item', dataset: { issueKey: request.issueKey } },
      el('div', { class: 'social-thanks-request' },
        href ? el('a', { class: 'social-thanks-request-link', href, text: title })
          : el('span', { text: title }),
        ' ', el('span', { class: 'social-thanks-request-key', text: request.issueKey })),
      thanksForm(request.issueKey, t('social.portal.thanks.messageFor', request.issueKey)));
  });
  node.replaceChildren(el('section', { class: 'social-portal-thanks social-portal-thanks-list' },
    el('h2', { text: t('social.portal.thanks.title') }),
    el('p', { class: 'description', text: t('social.portal.thanks.listIntro') }),
    el('ul', { class: 'social-thanks-items' }, ...items)));
  node.hidden = false;
});

// The agents' side of known issues (panel "issue-known-issue", on the issue view): for an agent of the issue's
// portal, the issue's known issue as customers see it (status, title, text, how many said "me too" and follow) with a
// form to post a public update and change its status; when the issue is no known issue yet, a form to publish one
// (a title and text written for customers: the issue's own summary and description stay internal). Everyone else
// (not an agent of the portal, no portal) gets no panel: the module hides.
const KNOWN_STATUSES = ['investigating', 'identified', 'fixed'];
let knownFieldIds = 0;

function knownField(labelKey, control) {
  control.id = `social-known-field-${++knownFieldIds}`;
  return el('div', { class: 'field-group' }, el('label', { for: control.id, text: t(labelKey) }), control);
}

function statusSelect(current) {
  const select = el('select', { class: 'select social-known-status-select' },
    ...KNOWN_STATUSES.map((status) => el('option', { value: status, text: t(`social.portal.status.${status}`) })));
  select.value = current;
  return select;
}

register('issue-known-issue', async (node, { issueKey }, initialData) => {
  const answer = await initialData(`/known-issues/issue/${encodeURIComponent(issueKey)}`);
  if (!answer.agent) {
    (node.closest('.social-issue-module') || node).hidden = true;
    return;
  }
  if (!answer.knownIssue) {
    node.replaceChildren(publishForm());
    return;
  }
  const known = answer.knownIssue;
  node.replaceChildren(knownIssueView(known));

  function publishForm() {
    const title = el('input', { class: 'text long-field social-known-title-input', type: 'text', required: true,
      maxlength: limit('knownIssueTitleMax'), autocomplete: 'off' });
    const text = el('textarea', { class: 'textarea long-field social-known-text-input', rows: '4', required: true,
      maxlength: limit('knownIssueTextMax') });
    const status = statusSelect('investigating');
    const submit = el('button', { class: 'aui-button aui-button-primary social-known-publish', type: 'submit',
      text: t('social.known.publish') });
    const form = el('form', { class: 'aui social-known-form' },
      el('p', { class: 'description', text: t('social.known.publish.hint') }),
      knownField('social.known.title', title), knownField('social.known.text', text),
      knownField('social.known.status', status), el('div', { class: 'buttons' }, submit));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const created = await api('POST', '/known-issues', { issueKey, title: title.value, text: text.value,
          status: status.value });
        node.replaceChildren(knownIssueView(created));
        flash(t('social.known.published'), 'success');
      } catch (e) {
        flash(t('social.portal.error', problem(e)), 'error');
        submit.disabled = false;
      }
    });
    return form;
  }

  function knownIssueView(issue) {
    const status = statusSelect(issue.status);
    const update = el('textarea', { class: 'textarea long-field social-known-update-input', rows: '3',
      maxlength: limit('knownIssueUpdateMax') });
    const post = el('button', { class: 'aui-button social-known-post', type: 'submit', text: t('social.known.post') });
    const form = el('form', { class: 'aui social-known-form' },
      knownField('social.known.status', status), knownField('social.known.update', update),
      el('div', { class: 'buttons' }, post));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      post.disabled = true;
      try {
        const body = { status: status.value };
        if (update.value.trim()) body.update = update.value;
        const changed = await api('PUT', `/known-issues/${issue.id}`, body);
        node.replaceChildren(knownIssueView(changed));
        flash(t('social.known.posted'), 'success');
      } catch (e) {
        flash(t('social.portal.error', problem(e)), 'error');
        post.disabled = false;
      }
    });
    return el('div', { class: 'social-known-agent', dataset: { knownIssueId: String(issue.id) } },
      el('div', { class: 'social-known-head' }, statusLozenge(issue.status), ' ',
        el('strong', { class: 'social-known-title', text: issue.title })),
      el('p', { class: 'social-known-text', text: issue.text }),
      el('p', { class: 'social-known-counts', text: t('social.known.counts', issue.meToo, issue.followers) }),
      form);
  }
});

// The portal's community Q&A (panel "portal-questions"): the portal's questions with their answers (verified first),
// a form to ask that shows the portal's similar questions while the title is typed (the server's Q&A word search),
// an answer form under each question, and for the portal's agents a button to mark an answer verified. Customers see
// no one's name, only whether an agent wrote it. Bodies are the server's sanitized HTML (sanitizedHtml); every other
// text goes in as text.
const QUESTIONS_SHOWN = 20;
const SIMILAR_SHOWN = 5;
let portalQaFieldIds = 0;

function portalQaField(labelKey, control) {
  control.id = `social-portal-qa-field-${++portalQaFieldIds}`;
  return el('div', { class: 'field-group' }, el('label', { for: control.id, text: t(labelKey) }), control);
}

function questionAnchor(id) {
  return `social-portal-question-${id}`;
}

function whoWrote(post) {
  return [post.byAgent ? el('span', { class: 'aui-lozenge aui-lozenge-subtle aui-lozenge-current social-portal-qa-agent',
    text: t('social.portal.qa.agent') }) : null,
  post.author ? el('span', { class: 'social-portal-qa-author', text: post.author }) : null,
  el('time', { datetime: post.createdAt, text: ago(post.createdAt) })];
}

function portalAnswerItem(answer, { agent }) {
  let state = answer;
  const item = el('li', { class: 'social-portal-answer' });
  function render() {
    const verify = agent ? el('button', { class: 'aui-button aui-button-link social-portal-qa-verify', type: 'button',
      'aria-pressed': String(state.verified),
      text: state.verified ? t('social.portal.qa.unverify') : t('social.portal.qa.verify') }) : null;
    if (verify) {
      verify.addEventListener('click', async () => {
        verify.disabled = true;
        try {
          state = await api('PUT', `/portal/answers/${state.id}/verified`, { verified: !state.verified });
          render();
        } catch (e) {
          flash(t('social.portal.error', problem(e)), 'error');
          verify.disabled = false;
        }
      });
    }
    item.classList.toggle('social-portal-answer-verified', state.verified);
    item.replaceChildren(
      state.verified ? el('span', { class: 'aui-lozenge aui-lozenge-success social-portal-qa-verified',
        text: t('social.portal.qa.verified') }) : null,
      sanitizedHtml('social-qa-body social-portal-answer-body', state.bodyHtml),
      el('div', { class: 'social-portal-qa-meta' }, ...whoWrote(state), verify));
  }
  render();
  return item;
}

function portalQuestionItem(question, { agent }) {
  const answers = el('ol', { class: 'social-portal-answers' },
    ...question.answers.map((answer) => portalAnswerItem(answer, { agent })));
  const count = el('p', { class: 'social-portal-qa-count' });
  const renderCount = () => {
    const n = answers.childElementCount;
    count.textContent = n ? plural('social.portal.qa.answers', n, n) : t('social.portal.qa.noanswers');
  };
  renderCount();
  const body = el('textarea', { class: 'textarea long-field social-portal-answer-input', rows: '3', required: true,
    maxlength: maxLengthOr(() => limit('questionBodyMax')) });
  const send = el('button', { class: 'aui-button social-portal-answer-send', type: 'submit',
    text: t('social.portal.qa.answer.submit') });
  const form = el('form', { class: 'aui social-portal-qa-form social-portal-answer-form' },
    portalQaField('social.portal.qa.answer.label', body), el('div', { class: 'buttons' }, send));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    send.disabled = true;
    try {
      const answer = await api('POST', `/portal/questions/${question.id}/answers`, { body: body.value });
      answers.append(portalAnswerItem(answer, { agent }));
      body.value = '';
      renderCount();
      flash(t('social.portal.qa.answered'), 'success');
    } catch (e) {
      flash(t('social.portal.error', problem(e)), 'error');
    } finally {
      send.disabled = false;
    }
  });
  return el('li', { class: 'social-portal-question', id: questionAnchor(question.id),
    dataset: { questionId: String(question.id) } },
  el('h3', { class: 'social-portal-question-title', text: question.title }),
  question.bodyHtml ? sanitizedHtml('social-qa-body social-portal-question-body', question.bodyHtml) : null,
  el('div', { class: 'social-portal-qa-meta' }, ...whoWrote(question)),
  count, answers, form);
}

register('portal-questions', async (node) => {
  const portalId = portalIdOf(node);
  if (!portalId) {
    node.hidden = true;
    return;
  }
  const path = `/portal/${encodeURIComponent(portalId)}/questions`;
  const [questions, portals] = await Promise.all([api('GET', `${path}?limit=${QUESTIONS_SHOWN}`),
    api('GET', '/portal/portals')]);
  const portal = portals.find((p) => String(p.id) === String(portalId));
  const agent = Boolean(portal && portal.agent);

  const empty = el('p', { class: 'social-empty', text: t('social.portal.qa.none') });
  const list = el('ul', { class: 'social-portal-questions-list' },
    ...questions.map((question) => portalQuestionItem(question, { agent })));
  const showEmpty = () => {
    empty.hidden = list.childElementCount > 0;
  };
  showEmpty();

  const title = el('input', { class: 'text long-field social-portal-ask-title', type: 'text', required: true,
    autocomplete: 'off', maxlength: maxLengthOr(() => limit('questionTitleMax')) });
  const details = el('textarea', { class: 'textarea long-field social-portal-ask-body', rows: '3',
    maxlength: maxLengthOr(() => limit('questionBodyMax')) });
  const similar = el('div', { class: 'social-portal-similar', 'aria-live': 'polite' });
  const ask = el('button', { class: 'aui-button aui-button-primary social-portal-ask-send', type: 'submit',
    text: t('social.portal.qa.ask.submit') });
  let timer = null;
  let latest = 0;
  title.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const request = ++latest;
      const typed = title.value.trim();
      if (typed.length < 3) {
        similar.replaceChildren();
        return;
      }
      try {
        const found = await api('GET', `${path}?q=${encodeURIComponent(typed)}&limit=${SIMILAR_SHOWN}`);
        if (request !== latest) return;
        similar.replaceChildren(...(found.length ? [el('p', { text: t('social.portal.qa.similar') }),
          el('ul', { class: 'social-portal-similar-list' }, ...found.map((q) => el('li', {},
            el('a', { href: `#${questionAnchor(q.id)}`, text: q.title }), ' ',
            q.answers.some((a) => a.verified)
              ? el('span', { class: 'aui-lozenge aui-lozenge-success', text: t('social.portal.qa.verified') })
              : el('span', { class: 'aui-lozenge', text: plural('social.portal.qa.answers', q.answers.length,
                q.answers.length) }))))] : []));
      } catch (e) {
        similar.replaceChildren();
      }
    }, TYPING_PAUSE_MS);
  });
  const form = el('form', { class: 'aui social-portal-qa-form social-portal-ask' },
    portalQaField('social.portal.qa.ask.title', title), similar,
    portalQaField('social.portal.qa.ask.body', details), el('div', { class: 'buttons' }, ask));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ask.disabled = true;
    try {
      const asked = await api('POST', path, { title: title.value, body: details.value });
      list.prepend(portalQuestionItem(asked, { agent }));
      title.value = '';
      details.value = '';
      similar.replaceChildren();
      showEmpty();
      flash(t('social.portal.qa.asked'), 'success');
    } catch (e) {
      flash(t('social.portal.error', problem(e)), 'error');
    } finally {
      ask.disabled = false;
    }
  });
  node.replaceChildren(el('section', { class: 'social-portal-qa' },
    el('h2', { text: t('social.portal.qa.title') }), form, empty, list));
});
