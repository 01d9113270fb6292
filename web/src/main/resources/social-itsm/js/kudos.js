// Kudos: the "Give kudos" dialog (issue-kudos), the leaderboard page (leaderboard) and a user's kudos profile with
// their own ledger (user-profile). Every user-provided string (names, messages, summaries, tags) goes in through el()
// as text, never as HTML.
import { api, ago, contextPath, el, failureNote, flash, limit, links, pickedValue, plural, problem, register, restPicker, t, userLink,
  whileLoading } from './core.js';
import { hashtagText, linkifyHashtags } from './linkify.js';
import { activityStream, followButton } from './follow.js';
import { bar, columns } from './charts.js';

const enc = encodeURIComponent;

/** "5 points" / "1 point" / "-10 points". */
function pointsText(points) {
  return Math.abs(points) === 1 ? t('social.kudos.points.one', points) : t('social.kudos.points', points);
}

/** An avatar: the user's picture, or their initial on a plain circle when the host has none. */
function avatar(user, displayName, avatarUrl, size = 'small') {
  const inner = avatarUrl
    ? el('img', { src: avatarUrl, alt: '' })
    : el('span', { class: 'social-avatar-initial', 'aria-hidden': 'true', text: (displayName || user || '?').charAt(0).toUpperCase() });
  return el('span', { class: `aui-avatar aui-avatar-${size} social-avatar` }, el('span', { class: 'aui-avatar-inner' }, inner));
}

/** A link to an app path the REST API returned (e.g. "/browse/SD-1"), under this host's context path. */
function appLink(path, text) {
  return path ? el('a', { href: contextPath() + path, text }) : el('span', { text });
}

// ---- issue-kudos: "Give kudos" with an inline dialog, and the kudos given for the issue

function kudosItem(kudos) {
  return el('li', { class: 'social-kudos-item' },
    el('div', { class: 'social-kudos-who' },
      userLink(kudos.from, kudos.fromName), ' → ', userLink(kudos.to, kudos.toName),
      kudos.points === null || kudos.points === undefined ? null
        : el('span', { class: 'aui-lozenge aui-lozenge-subtle aui-lozenge-success social-kudos-points', text: `+${kudos.points}` }),
      el('time', { class: 'social-kudos-when', datetime: kudos.at, text: ago(kudos.at) })),
    kudos.message ? hashtagText(el('blockquote', { class: 'social-kudos-message', text: kudos.message })) : null);
}

register('issue-kudos', async (node, { issueKey }, initialData) => {
  const path = `/kudos/issue/${enc(issueKey)}`;
  const list = el('ul', { class: 'social-kudos-list' });
  const openButton = el('button', { class: 'aui-button social-kudos-open', type: 'button', 'aria-expanded': 'false', text: t('social.kudos.give') });
  const form = el('form', { class: 'aui social-kudos-dialog', hidden: true, role: 'dialog', 'aria-label': t('social.kudos.dialog.title') });

  async function load(answer = api('GET', path)) {
    const data = await answer;
    list.replaceChildren(...(data.kudos.length ? data.kudos.map(kudosItem)
      : [el('li', { class: 'social-kudos-empty', text: t('social.kudos.given.empty') })]));
    linkifyHashtags(list);
    return data;
  }

  function buildForm(people) {
    const maxMessage = limit('kudosMessageMax');
    const someoneElse = '';
    const select = el('select', { class: 'select', id: `social-kudos-to-${issueKey}`, name: 'to' },
      ...people.map((p) => el('option', { value: p.key, text: p.displayName })),
      el('option', { value: someoneElse, text: t('social.kudos.someoneElse') }));
    // Someone else: AUI's single select over GET /users (active users the viewer may look up), not a free-text name.
    const otherId = `social-kudos-other-${issueKey}`;
    const other = restPicker('/users', { name: 'other', id: otherId, placeholder: t('social.kudos.user.placeholder') });
    const otherLabel = el('label', { class: 'assistive', for: otherId, text: t('social.kudos.username') });
    const otherField = el('div', { class: 'social-kudos-other', hidden: people.length > 0 }, otherLabel, other);
    const otherName = () => {
      const typed = other.querySelector('input');
      return typed && typed.value.trim() ? typed.value.trim() : pickedValue(other);
    };
    const focusOther = () => (other.querySelector('input') || other).focus();
    const message = el('textarea', { class: 'textarea', name: 'message', rows: '3', maxlength: String(maxMessage), placeholder: t('social.kudos.message.placeholder'), id: `social-kudos-message-${issueKey}` });
    const remaining = el('div', { class: 'description', 'aria-live': 'polite', text: t('social.kudos.message.remaining', maxMessage) });
    const send = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.kudos.send') });
    const cancel = el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.kudos.cancel') });

    const showRemaining = () => {
      remaining.textContent = t('social.kudos.message.remaining', maxMessage - message.value.length);
    };
    select.addEventListener('change', () => {
      otherField.hidden = select.value !== someoneElse;
      if (!otherField.hidden) focusOther();
    });
    message.addEventListener('input', showRemaining);
    cancel.addEventListener('click', close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const to = select.value === someoneElse ? pickedValue(other) : select.value;
      if (!to) {
        focusOther();
        return;
      }
      send.disabled = true;
      try {
        const given = await api('POST', '/kudos', { to, issueKey, message: message.value });
        const name = select.value === someoneElse ? otherName() : select.selectedOptions[0].textContent;
        flash(given.points > 0 ? t('social.kudos.sent', pointsText(given.points), name) : t('social.kudos.sent.repeat', name), 'success');
        message.value = '';
        showRemaining();
        close();
        await load();
      } catch (e) {
        const text = e.status === 401 ? t('social.kudos.error.login')
          : e.status === 429 ? t('social.kudos.error.capped')
            : e.code === 'self_kudos' ? t('social.kudos.error.self')
              : e.status === 404 ? t('social.kudos.error.notfound')
                : t('social.kudos.error.generic', problem(e));
        flash(text, 'error');
      } finally {
        send.disabled = false;
      }
    });
    form.replaceChildren(
      el('h3', { class: 'social-kudos-dialog-title', text: t('social.kudos.dialog.title') }),
      el('div', { class: 'field-group' }, el('label', { for: select.id, text: t('social.kudos.to') }), select, otherField),
      el('div', { class: 'field-group' }, el('label', { for: message.id, text: t('social.kudos.message') }), message, remaining),
      el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, send, cancel)));
    return select;
  }

  function close() {
    form.hidden = true;
    openButton.setAttribute('aria-expanded', 'false');
    openButton.focus();
  }

  // A dialog keeps the keyboard inside until it closes: Tab from its last control goes to its first and back, Escape
  // closes it, and close() returns focus to the button that opened it.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab') return;
    const controls = [...form.querySelectorAll('select, input, textarea, button')]
      .filter((control) => !control.disabled && !control.closest('[hidden]'));
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });

  const data = await load(initialData(path));
  tellJustEarned(issueKey, data.justEarned || []);
  const select = buildForm(data.people);
  openButton.addEventListener('click', () => {
    form.hidden = !form.hidden;
    openButton.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) select.focus();
  });
  node.replaceChildren(el('div', { class: 'social-kudos' }, openButton, form,
    el('h3', { class: 'social-kudos-heading', text: t('social.kudos.given.title') }), list));
});

// Points the viewer earned on the issue a moment ago (resolving it, a first response) are told once, as a flag:
// the ledger row ids already told live in the tab's session storage.
const TOLD_KEY = 'social-itsm.justEarned';
// The newest ledger ids remembered: more than anyone earns in the few minutes they are told about.
const TOLD_KEPT = 50;

function tellJustEarned(issueKey, earned) {
  let told = [];
  try {
    told = JSON.parse(window.sessionStorage.getItem(TOLD_KEY) || '[]');
  } catch (e) {
    told = [];
  }
  const fresh = earned.filter((e) => !told.includes(e.id));
  if (!fresh.length) return;
  const total = fresh.reduce((sum, e) => sum + e.points, 0);
  const reasons = [...new Set(fresh.map((e) => (e.reason === 'first-tag' ? t('social.kudos.justEarned.firstTag')
    : t(`social.kudos.reason.${e.reason}`, ''))))].join(', ');
  flash(t('social.kudos.justEarned', pointsText(total), issueKey, reasons), total > 0 ? 'success' : 'info');
  try {
    window.sessionStorage.setItem(TOLD_KEY, JSON.stringify([...told, ...fresh.map((e) => e.id)].slice(-TOLD_KEPT)));
  } catch (e) {
    // Storage full or off: the flag may show again on the next visit, which is harmless.
  }
}

// ---- leaderboard: period tabs, project filter, ranks with avatars, my place highlighted

/**
 * The rows a board shows for a period: this week's, or, while nobody has points this week yet (on Monday at 00:00 UTC
 * the week starts empty although people earned points an hour before), last week's with lastWeek set so the board
 * says so. read(period) answers the REST rows of a period.
 */
export async function boardRows(period, read) {
  const rows = await read(period);
  if (rows.length || period !== 'week') return { rows, lastWeek: false };
  const lastWeek = await read('last_week');
  return { rows: lastWeek, lastWeek: lastWeek.length > 0 };
}

register('leaderboard', async (node, dataset) => {
  const fromUrl = new URLSearchParams(window.location.search);
  const state = { period: dataset.period || fromUrl.get('period') || 'week', project: dataset.project || fromUrl.get('project') || '' };
  const periods = ['week', 'month', 'all'];
  const tabs = el('div', { class: 'aui-buttons social-leaderboard-periods', role: 'group', 'aria-label': t('social.kudos.leaderboard.period') },
    ...periods.map((period) => el('button', {
      class: 'aui-button', type: 'button', dataset: { period }, text: t(`social.kudos.leaderboard.${period}`),
      on: { click: () => { state.period = period; show(); } },
    })));
  // A project picker (only projects the viewer may browse); cleared, the board is over all projects.
  const project = restPicker('/projects', {
    name: 'project', id: 'social-leaderboard-project', value: state.project,
    placeholder: t('social.kudos.leaderboard.project.all'),
    onChange: (value) => { if (value !== state.project) { state.project = value; show(); } },
  });
  const filter = el('form', { class: 'aui social-leaderboard-filter', on: { submit: (e) => { e.preventDefault(); state.project = pickedValue(project); show(); } } },
    el('label', { for: 'social-leaderboard-project', text: t('social.kudos.leaderboard.project') }), project);
  const body = el('div', { class: 'social-leaderboard-body', 'aria-live': 'polite' });
  const bossBox = el('div', { class: 'social-boss', 'aria-live': 'polite' });

  /** The project's boss (its most-upvoted open issue) above the table; nothing without a project. */
  async function showBoss() {
    if (!state.project) {
      bossBox.replaceChildren();
      return;
    }
    try {
      const answer = await api('GET', `/votes/boss?project=${encodeURIComponent(state.project)}`);
      const boss = answer.boss;
      bossBox.replaceChildren(boss
        ? el('div', { class: 'aui-message aui-message-warning social-boss-box' },
          el('p', { class: 'title' }, el('strong', { text: `${t('social.boss.title')}: ` }),
            el('a', { class: 'social-boss-issue', href: links.issue(boss.issueKey), text: boss.issueKey }), ' ',
            el('span', { class: 'social-boss-summary', text: boss.summary })),
          el('p', {}, el('span', { class: 'aui-lozenge aui-lozenge-current social-boss-votes',
            text: plural('social.boss.votes', boss.votes, boss.votes) }), ' ',
          el('span', { class: 'social-boss-age', text: plural('social.boss.age', boss.ageDays, boss.ageDays) })),
          el('p', { class: 'social-boss-hint', text: t('social.boss.hint', answer.project) }))
        : el('p', { class: 'social-boss-none', text: t('social.boss.none', answer.project) }));
    } catch (e) {
      bossBox.replaceChildren();
    }
  }

  async function show() {
    showBoss();
    for (const tab of tabs.children) {
      const selected = tab.dataset.period === state.period;
      tab.classList.toggle('active', selected);
      tab.setAttribute('aria-pressed', String(selected));
    }
    const read = (period) => {
      const query = new URLSearchParams({ period, limit: '25' });
      if (state.project) query.set('project', state.project);
      return api('GET', `/kudos/leaderboard?${query}`);
    };
    let rows;
    let lastWeek;
    try {
      ({ rows, lastWeek } = await whileLoading(body, boardRows(state.period, read)));
    } catch (e) {
      body.replaceChildren(e.status === 404
        ? el('div', { class: 'aui-message aui-message-warning', text: t('social.kudos.leaderboard.notfound') })
        : failureNote(e, show));
      return;
    }
    if (!rows.length) {
      body.replaceChildren(el('p', { class: 'social-empty', text: t('social.kudos.leaderboard.empty') }));
      return;
    }
    const privacy = rows.some((row) => row.points === null);
    // Bars beside the numbers: the picture of who is how far ahead (the number stays the text alternative).
    const most = Math.max(0, ...rows.map((row) => row.points || 0));
    const table = el('table', { class: 'aui social-leaderboard-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: t('social.kudos.leaderboard.rank') }),
        el('th', { scope: 'col', text: t('social.kudos.leaderboard.user') }),
        el('th', { scope: 'col', class: 'social-points', text: t('social.kudos.leaderboard.points') }))),
      el('tbody', {}, ...rows.map((row) => el('tr', { class: row.me ? 'social-me' : '', 'aria-current': row.me ? 'true' : null },
        el('td', { class: 'social-rank', text: `#${row.rank}` }),
        el('td', {}, avatar(row.user, row.displayName, row.avatarUrl), ' ', userLink(row.user, row.displayName),
          row.me ? el('span', { class: 'aui-lozenge aui-lozenge-subtle aui-lozenge-current social-you', text: t('social.kudos.leaderboard.you') }) : null),
        el('td', { class: 'social-points' }, row.points === null ? '—'
          : el('span', { class: 'social-points-cell' }, bar(row.points, most, { width: 96 }), el('span', { text: String(row.points) })))))));
    body.replaceChildren(
      lastWeek ? el('p', { class: 'social-leaderboard-lastweek', text: t('social.kudos.leaderboard.lastweek') }) : '',
      privacy ? el('p', { class: 'social-leaderboard-privacy', text: t('social.kudos.leaderboard.privacy') }) : '', table);
  }

  node.replaceChildren(el('div', { class: 'social-leaderboard' }, el('div', { class: 'social-leaderboard-controls' }, tabs, filter), bossBox, body));
  await show();
});

// ---- user-profile: points, badges, recent awards, kudos received; opt-out and the ledger on one's own profile

function reasonText(award) {
  const reason = award.tag ? t(`social.kudos.reason.${award.reason}`, award.tag)
    : award.reason === 'kudos' ? t('social.kudos.reason.kudos', award.fromName || award.from || '')
      : t(`social.kudos.reason.${award.reason}`);
  return award.reversal ? t('social.kudos.reason.reversal', reason) : reason;
}

function awardItem(award) {
  const cause = award.hidden ? el('span', { class: 'social-hidden-cause', text: t('social.kudos.ledger.hidden') })
    : award.issueKey ? appLink(award.link, award.summary ? `${award.issueKey} ${award.summary}` : award.issueKey)
      : award.link ? appLink(award.link, award.questionId
        ? (award.questionTitle || t('social.kudos.ledger.question', award.questionId))
        : award.fromName || award.from || '')
        : null;
  return el('li', { class: award.reversal ? 'social-award social-award-reversal' : 'social-award' },
    el('span', { class: `aui-lozenge aui-lozenge-subtle ${award.points >= 0 ? 'aui-lozenge-success' : 'aui-lozenge-removed'} social-award-points`, text: award.points > 0 ? `+${award.points}` : String(award.points) }),
    ' ', el('span', { class: 'social-award-reason', text: reasonText(award) }),
    cause ? [' · ', cause] : null,
    ' ', el('time', { class: 'social-award-when', datetime: award.at, text: ago(award.at) }));
}

function section(title, ...content) {
  return el('section', { class: 'social-profile-section' }, el('h3', { text: title }), ...content);
}

register('user-profile', async (node, { userKey }) => {
  const profile = await api('GET', `/kudos/users/${enc(userKey)}`);
  const points = profile.points === null
    ? el('span', { class: 'social-points-hidden', text: t('social.kudos.points.hidden') })
    : el('span', { class: 'social-profile-points', text: pointsText(profile.points) });
  const header = el('div', { class: 'social-profile-header' },
    avatar(profile.user, profile.displayName, profile.avatarUrl, 'large'),
    el('div', {}, el('h2', { text: profile.displayName }),
      el('div', { class: 'social-profile-points-line' }, el('span', { class: 'social-label', text: t('social.kudos.profile.points') }), ' ', points),
      profile.rank ? el('div', { class: 'social-profile-rank' }, el('a', { href: `${contextPath()}/plugins/servlet/social/leaderboard?period=all`,
        text: t('social.kudos.profile.rank', profile.rank) })) : null),
    // Following a person is offered where they are shown, their profile first (not on one's own).
    profile.me ? null : el('div', { class: 'social-profile-follow' }, followButton('user', profile.user)));

  // Each badge says what it is for and when it was earned, in words rather than in a tooltip.
  const badges = profile.badges.length
    ? el('ul', { class: 'social-badges' }, ...profile.badges.map((badge) => el('li', { class: 'social-badge-item' },
      el('span', { class: 'aui-lozenge aui-lozenge-subtle aui-lozenge-moved social-badge', text: t(`social.badge.${badge.code}.name`) }),
      ' ', el('span', { class: 'social-badge-description', text: t(`social.badge.${badge.code}.description`) }),
      badge.awardedAt ? [' ', el('time', { class: 'social-badge-when', datetime: badge.awardedAt, title: badge.awardedAt,
        text: t('social.kudos.profile.badge.earned', ago(badge.awardedAt)) })] : null)))
    : el('p', { class: 'social-empty', text: t('social.kudos.profile.badges.empty') });
  const recent = profile.recent.length
    ? el('ul', { class: 'social-awards' }, ...profile.recent.map(awardItem))
    : el('p', { class: 'social-empty', text: t('social.kudos.profile.recent.empty') });
  const kudos = profile.kudos.length
    ? el('ul', { class: 'social-kudos-list' }, ...profile.kudos.map(kudosItem))
    : el('p', { class: 'social-empty', text: t('social.kudos.profile.kudos.empty') });

  // Points per week over the last 12 weeks: a small picture, with the numbers as its text alternative.
  const weekly = profile.weeklyPoints || [];
  const weeks = weekly.length && weekly.some((p) => p !== 0)
    ? el('figure', { class: 'social-profile-weeks' },
      columns(weekly, t('social.kudos.profile.weeks.alt', weekly.length, weekly.join(', '))),
      el('figcaption', { class: 'social-profile-weeks-caption', text: t('social.kudos.profile.weeks.caption', weekly.length, weekly[weekly.length - 1]) }))
    : null;
  const parts = [header, weeks,
    section(t('social.kudos.profile.badges'), badges),
    section(t('social.kudos.profile.kudos'), kudos)];
  // One's own profile lists the whole ledger below: "Recent awards" would repeat its first rows.
  if (profile.points !== null && !profile.me) parts.splice(3, 0, section(t('social.kudos.profile.recent'), recent));
  if (profile.me) parts.push(optOutControl(profile.optedOut), ledgerSection(profile.user));
  // What they did lately, as a feed of their activity the viewer may see.
  parts.push(el('section', { class: 'social-profile-section social-profile-activity' },
    el('h3', { text: t('social.kudos.profile.activity') }), activityStream('user', profile.user)));
  node.replaceChildren(el('div', { class: 'social-profile' }, ...parts));
  linkifyHashtags(node);
});

function optOutControl(optedOut) {
  const note = el('p', { class: 'description' });
  const button = el('button', { class: 'aui-button', type: 'button' });
  let out = optedOut;
  function render() {
    note.textContent = out ? t('social.kudos.profile.optedout') : '';
    button.textContent = out ? t('social.kudos.profile.optin') : t('social.kudos.profile.optout');
    button.setAttribute('aria-pressed', String(out));
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      out = (await api(out ? 'DELETE' : 'PUT', '/kudos/optout')).optedOut;
      render();
    } catch (e) {
      flash(problem(e), 'error');
    } finally {
      button.disabled = false;
    }
  });
  render();
  return section(t('social.kudos.profile.leaderboards'), button, note);
}

function ledgerSection(user) {
  const list = el('ul', { class: 'social-awards social-ledger' });
  const more = el('button', { class: 'aui-button aui-button-link', type: 'button', hidden: true, text: t('social.kudos.ledger.more') });
  let before = null;
  async function loadPage() {
    more.disabled = true;
    try {
      const query = new URLSearchParams({ limit: '20' });
      if (before) query.set('before', String(before));
      const page = await api('GET', `/kudos/users/${enc(user)}/ledger?${query}`);
      if (!before && !page.items.length) list.append(el('li', { class: 'social-empty', text: t('social.kudos.ledger.empty') }));
      list.append(...page.items.map(awardItem));
      before = page.next;
      more.hidden = !page.next;
    } catch (e) {
      flash(problem(e), 'error');
    } finally {
      more.disabled = false;
    }
  }
  more.addEventListener('click', loadPage);
  loadPage();
  return section(t('social.kudos.ledger.title'), list, more);
}
