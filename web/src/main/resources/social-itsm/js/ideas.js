// Idea boards: the board of a project (panel "ideas": sort, submit, vote, load more) and an idea's page (panel
// "idea": body, votes, follow, comments; agents set the status with a public reason and turn the idea into a Jira issue).
// Every text from the server is inserted as text, except bodyHtml, which the server sanitized (as the Q&A's).
import { api, contextPath, el, flash, limit, plural, problem, register, t, userLink, ago, links, parseTags }
  from './core.js';

const STATUSES = ['open', 'under-review', 'planned', 'done', 'declined'];
const SORTS = ['votes', 'trending', 'newest'];
const PAGE_SIZE = 20;
const LOGIN = 'social.idea.login';

const ideaLinks = {
  board: (project) => `${contextPath()}/plugins/servlet/social/ideas?project=${encodeURIComponent(project)}`,
  idea: (id) => `${contextPath()}/plugins/servlet/social/ideas/${encodeURIComponent(id)}`,
};

/** The only innerHTML of this module: bodyHtml from the ideas REST API, sanitized by the server. */
function sanitizedHtml(className, html) {
  const node = el('div', { class: className });
  node.innerHTML = html;
  return node;
}

function statusLozenge(status) {
  const kind = { open: '', 'under-review': 'aui-lozenge-current', planned: 'aui-lozenge-new',
    done: 'aui-lozenge-success', declined: 'aui-lozenge-removed' }[status] || '';
  return el('span', { class: `aui-lozenge ${kind} social-idea-status`, dataset: { status },
    text: t(`social.idea.status.${status}`) });
}

function tagList(tags) {
  return (tags || []).length ? el('ul', { class: 'social-feed-tags' }, ...tags.map((tag) => el('li', {},
    el('a', { class: 'aui-lozenge aui-lozenge-subtle social-hashtag', href: links.hashtag(tag), text: `#${tag}` }))))
    : null;
}

/** The vote button of an idea: pressed when the viewer voted; answers {id, votes, voted} update it. */
function voteButton(idea, onChange) {
  const button = el('button', { class: 'aui-button social-idea-vote', type: 'button' });
  const show = (state) => {
    button.textContent = `${state.voted ? t('social.idea.unvote') : t('social.idea.vote')} · ${state.votes}`;
    button.setAttribute('aria-pressed', String(state.voted));
    button.classList.toggle('active', state.voted);
    button.title = plural('social.idea.votes', state.votes, state.votes);
  };
  let state = { votes: idea.votes, voted: idea.voted };
  show(state);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      state = await api(state.voted ? 'DELETE' : 'PUT', `/ideas/${idea.id}/vote`);
      show(state);
      if (onChange) onChange(state);
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/**
 * The idea page's Follow button: pressed while the viewer follows the idea (its status changes reach their feed);
 * answers {id, following} update it. Submitting, voting and commenting follow too, so it often starts pressed.
 */
function followButton(idea) {
  const button = el('button', { class: 'aui-button social-idea-follow', type: 'button' });
  const show = (following) => {
    button.textContent = following ? t('social.idea.following') : t('social.idea.follow');
    button.setAttribute('aria-pressed', String(following));
    button.classList.toggle('active', following);
    button.title = t('social.idea.follow.help');
  };
  let following = Boolean(idea.following);
  show(following);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      following = (await api(following ? 'DELETE' : 'PUT', `/ideas/${idea.id}/follow`)).following;
      show(following);
    } catch (e) {
      flash(problem(e, LOGIN), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function ideaRow(idea) {
  return el('li', { class: 'social-idea-row', dataset: { ideaId: idea.id } },
    voteButton(idea),
    el('div', { class: 'social-idea-main' },
      el('a', { class: 'social-idea-title', href: ideaLinks.idea(idea.id), text: idea.title }), ' ',
      statusLozenge(idea.status),
      el('div', { class: 'social-idea-meta' },
        el('span', { text: t('social.idea.by', '') }), userLink(idea.author, idea.author), ' · ',
        el('span', { text: plural('social.idea.comments', idea.comments, idea.comments) }), ' · ',
        el('time', { datetime: idea.createdAt, title: idea.createdAt, text: ago(idea.createdAt) }),
        idea.issueKey ? el('span', {}, ' · ', el('a', { href: links.issue(idea.issueKey), text: idea.issueKey })) : null),
      tagList(idea.hashtags)));
}

function field(labelKey, control) {
  return el('div', { class: 'field-group' }, el('label', { text: t(labelKey) }), control);
}

function submitForm(project, onSubmitted) {
  const title = el('input', { class: 'text long-field social-idea-title-input', type: 'text', name: 'title',
    minlength: String(limit('ideaTitleMin')), maxlength: String(limit('ideaTitleMax')), required: true });
  const body = el('textarea', { class: 'textarea long-field social-idea-body-input', name: 'body', rows: '5',
    maxlength: String(limit('ideaBodyMax')) });
  const tags = el('input', { class: 'text long-field', type: 'text', name: 'hashtags' });
  const error = el('div', { class: 'aui-message aui-message-error social-idea-error', hidden: true });
  const submit = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.idea.submit') });
  const form = el('form', { class: 'aui social-idea-form' },
    el('h3', { text: t('social.idea.new') }), error,
    field('social.idea.title', title), field('social.idea.body', body), field('social.idea.hashtags', tags),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, submit)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await api('POST', '/ideas', { project: project(), title: title.value, body: body.value,
        hashtags: parseTags(tags.value) });
      form.reset();
      error.hidden = true;
      flash(t('social.idea.submitted'), 'success');
      onSubmitted();
    } catch (e) {
      error.textContent = problem(e, LOGIN);
      error.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

register('ideas', async (node, dataset) => {
  const params = new URLSearchParams(window.location.search);
  const state = { project: dataset.project || params.get('project') || 'SD', sort: params.get('sort') || 'votes',
    cursor: null };
  const projectInput = el('input', { class: 'text short-field', type: 'text', name: 'project', value: state.project,
    'aria-label': t('social.idea.project') });
  const projectForm = el('form', { class: 'aui social-idea-project' },
    el('label', { text: t('social.idea.project') }), projectInput,
    el('button', { class: 'aui-button', type: 'submit', text: t('social.idea.project.apply') }));
  projectForm.addEventListener('submit', (e) => {
    e.preventDefault();
    state.project = projectInput.value.trim().toUpperCase();
    load(true);
  });
  const sorts = el('div', { class: 'aui-buttons social-idea-sorts', role: 'group', 'aria-label': t('social.idea.sort.label') },
    ...SORTS.map((sort) => el('button', { class: 'aui-button', type: 'button', dataset: { sort },
      text: t(`social.idea.sort.${sort}`), on: { click: () => { state.sort = sort; load(true); } } })));
  const list = el('ol', { class: 'social-idea-list', 'aria-live': 'polite' });
  const status = el('p', { class: 'social-empty' });
  const more = el('button', { class: 'aui-button social-idea-more', type: 'button', hidden: true,
    text: t('social.idea.more'), on: { click: () => load(false) } });

  // The agent's "open to the portal" switch of the board shown (empty for everybody else).
  const portalBox = el('div', { class: 'social-idea-portal' });
  const showPortalSwitch = () => portalSwitch(state.project)
    .then((control) => portalBox.replaceChildren(...(control ? [control] : [])));

  async function load(reset) {
    if (reset) showPortalSwitch();
    for (const button of sorts.children) {
      const selected = button.dataset.sort === state.sort;
      button.classList.toggle('active', selected);
      button.setAttribute('aria-pressed', String(selected));
    }
    if (reset) {
      state.cursor = null;
      list.replaceChildren();
    }
    const query = new URLSearchParams({ project: state.project, sort: state.sort, limit: String(PAGE_SIZE) });
    if (state.cursor) query.set('cursor', state.cursor);
    try {
      const page = await api('GET', `/ideas?${query}`);
      list.append(...page.items.map(ideaRow));
      state.cursor = page.next;
      more.hidden = !page.next;
      status.textContent = list.children.length ? '' : t('social.idea.empty');
    } catch (e) {
      more.hidden = true;
      status.textContent = e.status === 404 ? t('social.idea.notfound') : problem(e);
    }
  }

  node.replaceChildren(el('div', { class: 'social-ideas' },
    el('div', { class: 'social-idea-controls' }, projectForm, sorts), portalBox,
    list, status, more,
    submitForm(() => state.project, () => { state.sort = 'newest'; load(true); })));
  await load(true);
});

function commentItem(comment) {
  return el('li', { class: 'social-idea-comment' },
    el('div', { class: 'social-idea-meta' }, userLink(comment.author, comment.author), ' · ',
      el('time', { datetime: comment.createdAt, title: comment.createdAt, text: ago(comment.createdAt) })),
    sanitizedHtml('social-idea-comment-body', comment.bodyHtml));
}

function agentControls(idea, reload) {
  const select = el('select', { class: 'select social-idea-status-select', name: 'status',
    'aria-label': t('social.idea.status.label') },
    ...STATUSES.map((s) => el('option', { value: s, selected: s === idea.status, text: t(`social.idea.status.${s}`) })));
  const reason = el('input', { class: 'text long-field social-idea-reason', type: 'text', name: 'reason',
    value: idea.statusReason || '', maxlength: String(limit('ideaReasonMax')), 'aria-label': t('social.idea.status.reason'),
    placeholder: t('social.idea.status.reason') });
  const save = el('button', { class: 'aui-button', type: 'submit', text: t('social.idea.status.save') });
  const form = el('form', { class: 'aui social-idea-status-form' }, select, ' ', reason, ' ', save);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      await api('PUT', `/ideas/${idea.id}/status`, { status: select.value, reason: reason.value });
      await reload();
    } catch (e) {
      flash(t('social.idea.error', problem(e)), 'error');
      save.disabled = false;
    }
  });
  const issue = idea.issueKey ? null : el('button', { class: 'aui-button social-idea-issue', type: 'button',
    text: t('social.idea.issue') });
  if (issue) {
    issue.addEventListener('click', async () => {
      issue.disabled = true;
      try {
        await api('POST', `/ideas/${idea.id}/issue`);
        await reload();
      } catch (e) {
        flash(t('social.idea.error', problem(e)), 'error');
        issue.disabled = false;
      }
    });
  }
  return el('div', { class: 'social-idea-agent' }, form, issue);
}

register('idea', async (node, { ideaId }) => {
  async function reload() {
    let idea;
    try {
      idea = await api('GET', `/ideas/${encodeURIComponent(ideaId)}`);
    } catch (e) {
      node.replaceChildren(el('div', { class: 'aui-message aui-message-warning',
        text: e.status === 404 ? t('social.idea.notfound') : problem(e) }));
      return;
    }
    const comment = el('textarea', { class: 'textarea long-field social-idea-comment-input', name: 'comment',
      rows: '3', 'aria-label': t('social.idea.comment.label'), maxlength: String(limit('ideaBodyMax')) });
    const add = el('button', { class: 'aui-button', type: 'submit', text: t('social.idea.comment.add') });
    const commentForm = el('form', { class: 'aui social-idea-comment-form' },
      el('label', { text: t('social.idea.comment.label') }), comment, el('div', {}, add));
    commentForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      add.disabled = true;
      try {
        await api('POST', `/ideas/${idea.id}/comments`, { body: comment.value });
        await reload();
      } catch (e) {
        flash(t('social.idea.error', problem(e, LOGIN)), 'error');
        add.disabled = false;
      }
    });
    node.replaceChildren(el('article', { class: 'social-idea' },
      el('p', {}, el('a', { class: 'social-idea-back', href: ideaLinks.board(idea.project),
        text: t('social.idea.back', idea.project) })),
      el('header', { class: 'social-idea-header' },
        el('h2', { class: 'social-idea-heading', text: idea.title }), ' ', statusLozenge(idea.status)),
      el('div', { class: 'social-idea-meta' }, el('span', { text: t('social.idea.by', '') }),
        userLink(idea.author, idea.author), ' · ',
        el('time', { datetime: idea.createdAt, title: idea.createdAt, text: ago(idea.createdAt) })),
      idea.statusBy ? el('div', { class: 'aui-message aui-message-info social-idea-reason-box' },
        el('p', { class: 'title', text: t('social.idea.status.by', idea.statusBy) }),
        idea.statusReason ? el('p', { class: 'social-idea-reason-text', text: idea.statusReason }) : null) : null,
      idea.issueKey ? el('p', { class: 'social-idea-linked' }, `${t('social.idea.issue.linked')}: `,
        el('a', { href: links.issue(idea.issueKey), text: idea.issueKey })) : null,
      sanitizedHtml('social-idea-body', idea.bodyHtml),
      tagList(idea.hashtags),
      el('div', { class: 'social-idea-actions' }, voteButton(idea), ' ', followButton(idea)),
      idea.agent ? agentControls(idea, reload) : null,
      el('h3', { text: plural('social.idea.comments', idea.comments.length, idea.comments.length) }),
      el('ol', { class: 'social-idea-comments' }, ...idea.comments.map(commentItem)),
      commentForm));
  }
  await reload();
});

// ---- idea boards opened to the customer portal (#19) ------------------------------------------------------------

/**
 * For an agent on a project's board: a switch that opens the board to the project's portal customers (GET/PUT
 * /portal/idea-boards/{project}). Nothing for other viewers or a project without a portal.
 */
async function portalSwitch(project) {
  let opening;
  try {
    opening = await api('GET', `/portal/idea-boards/${encodeURIComponent(project)}`);
  } catch (e) {
    return null;
  }
  if (!opening.agent || !opening.hasPortal) return null;
  const box = el('input', { class: 'checkbox', type: 'checkbox', id: 'social-idea-portal-open', name: 'openToPortal',
    checked: opening.openToPortal });
  box.addEventListener('change', async () => {
    box.disabled = true;
    try {
      const now = await api('PUT', `/portal/idea-boards/${encodeURIComponent(project)}`, { open: box.checked });
      box.checked = now.openToPortal;
      flash(now.openToPortal ? t('social.idea.portal.opened') : t('social.idea.portal.closed'), 'success');
    } catch (e) {
      box.checked = !box.checked;
      flash(t('social.idea.error', problem(e)), 'error');
    } finally {
      box.disabled = false;
    }
  });
  return el('div', { class: 'checkbox social-idea-portal-switch' }, box,
    el('label', { for: 'social-idea-portal-open', text: t('social.idea.portal.open') }));
}

/** The portal's vote button: PUT/DELETE /portal/ideas/{id}/vote. */
function portalVoteButton(idea) {
  const button = el('button', { class: 'aui-button social-portal-idea-vote', type: 'button' });
  let state = { votes: idea.votes, voted: idea.voted };
  const show = () => {
    button.textContent = `${state.voted ? t('social.idea.unvote') : t('social.idea.vote')} · ${state.votes}`;
    button.setAttribute('aria-pressed', String(state.voted));
    button.classList.toggle('active', state.voted);
  };
  show();
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      state = await api(state.voted ? 'DELETE' : 'PUT', `/portal/ideas/${idea.id}/vote`);
      show();
    } catch (e) {
      flash(problem(e), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/**
 * The customer portal's idea board (panel "portal-ideas"): shown only when an agent opened the project's board to
 * the portal (the REST answers 404 otherwise, and the panel then stays empty). Titles open to the description and the
 * public reason of the status. The portal id comes from the mount point or the page's address.
 */
register('portal-ideas', async (node) => {
  const portalId = node.dataset.portalId
    || (/\/servicedesk\/customer\/portal\/(\d+)/.exec(window.location.pathname) || [])[1];
  if (!portalId) return;
  let page;
  try {
    // Ask first whether there is a board, so that a closed one costs no 404 (and no console error).
    if (!(await api('GET', `/portal/${encodeURIComponent(portalId)}/idea-board`)).open) return;
    page = await api('GET', `/portal/${encodeURIComponent(portalId)}/ideas?sort=votes`);
  } catch (e) {
    node.replaceChildren();
    return;
  }
  const list = el('ol', { class: 'social-portal-ideas-list' }, ...page.items.map((idea) => {
    const details = el('div', { class: 'social-portal-idea-details', hidden: true });
    const title = el('button', { class: 'aui-button aui-button-link social-portal-idea-title', type: 'button',
      'aria-expanded': 'false', text: idea.title });
    title.addEventListener('click', async () => {
      const open = details.hidden;
      details.hidden = !open;
      title.setAttribute('aria-expanded', String(open));
      if (open && !details.childElementCount) {
        try {
          const full = await api('GET', `/portal/ideas/${idea.id}`);
          details.replaceChildren(...[sanitizedHtml('social-idea-body', full.bodyHtml),
            full.statusReason ? el('p', { class: 'social-idea-reason-text', text: full.statusReason }) : null]
            .filter(Boolean));
        } catch (e) {
          details.replaceChildren(el('p', { text: problem(e) }));
        }
      }
    });
    return el('li', { class: 'social-portal-idea', dataset: { ideaId: idea.id } },
      portalVoteButton(idea), ' ', title, ' ', statusLozenge(idea.status), details);
  }));
  node.replaceChildren(el('section', { class: 'social-portal-ideas' },
    el('h2', { text: t('social.idea.portal.title') }),
    el('p', { class: 'social-portal-ideas-intro', text: t('social.idea.portal.intro') }),
    page.items.length ? list : el('p', { class: 'social-empty', text: t('social.idea.empty') })));
});
