// The admin page (panel "admin", administrators only): one section per feature's settings, each talking to that
// feature's admin REST resource — features on/off per project, hashtags (merge, rename, block, the labels import with
// its progress bar), "tag existing issues" (the backfill, offered first until it has run), kudos (points rules, people left off leaderboards, seasons), the auto-follow rules (follow.js's
// form), the data export and the listening post (chat sources, their URLs, the rate limit and chatter's weight). Every user-provided string goes in as text.
import { api, bareTag, el, flash, parseTags, plural, problem, register, restBase, t } from './core.js';
import { followRulesForm } from './follow.js';
import { spikeSettingsForm } from './spikes.js';

const enc = encodeURIComponent;

/** Runs a change, says it worked (or why not), and re-enables the button. */
async function attempt(button, work, done) {
  button.disabled = true;
  try {
    const result = await work();
    flash(done(result), 'success');
    return result;
  } catch (e) {
    flash(problem(e), 'error');
    return undefined;
  } finally {
    button.disabled = false;
  }
}

function field(id, label, input, description) {
  input.id = id;
  return el('div', { class: 'field-group' },
    el('label', { for: id, text: label }), input,
    description ? el('div', { class: 'description', text: description }) : null);
}

function section(id, title, intro, ...content) {
  return el('section', { class: 'social-admin-section', id: `social-admin-${id}`, 'aria-labelledby': `social-admin-${id}-title` },
    el('h2', { id: `social-admin-${id}-title`, text: title }),
    intro ? el('p', { class: 'social-admin-intro', text: intro }) : null,
    ...content);
}


// ---- features per project

/** A table of projects × features; each checkbox switches one feature in one project at once. */
function featuresTable() {
  const body = el('tbody');
  const head = el('tr');
  const table = el('table', { class: 'aui social-admin-features', id: 'social-admin-features-table' }, el('thead', {}, head), body);

  function toggle(project, feature, box) {
    box.addEventListener('change', async () => {
      const on = box.checked;
      box.disabled = true;
      try {
        const saved = await api('PUT', `/admin/features/${enc(project.key)}`, { [feature]: on });
        box.checked = saved.features[feature];
        flash(t(on ? 'social.admin.features.on' : 'social.admin.features.off', t(`social.admin.features.${feature}`), project.key), 'success');
      } catch (e) {
        box.checked = !on;
        flash(problem(e), 'error');
      } finally {
        box.disabled = false;
      }
    });
  }

  function show(all) {
    head.replaceChildren(el('th', { scope: 'col', text: t('social.admin.features.project') }),
      ...all.features.map((feature) => el('th', { scope: 'col', text: t(`social.admin.features.${feature}`) })));
    body.replaceChildren(...(all.projects.length ? all.projects.map((project) => el('tr', { dataset: { project: project.key } },
      el('th', { scope: 'row' }, el('span', { class: 'social-admin-project-key', text: project.key }), ' ', el('span', { class: 'social-admin-project-name', text: project.name })),
      ...all.features.map((feature) => {
        const box = el('input', {
          class: 'checkbox', type: 'checkbox', name: `${project.key}-${feature}`, dataset: { feature },
          'aria-label': t('social.admin.features.toggle', t(`social.admin.features.${feature}`), project.key),
        });
        box.checked = Boolean(project.features[feature]);
        toggle(project, feature, box);
        return el('td', {}, box);
      })))
      : [el('tr', {}, el('td', { class: 'social-admin-empty', text: t('social.admin.features.none') }))]));
  }

  api('GET', '/admin/features').then(show).catch((e) => body.replaceChildren(el('tr', {}, el('td', { text: problem(e) }))));
  return el('div', { class: 'social-admin-form', id: 'social-admin-features-form' }, table);
}

// ---- labels import

const IMPORT_POLL_MS = 1000;

/** Starts the labels-to-hashtags import and shows its progress, polling the server until it ends. */
function labelImport() {
  const project = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'SD' });
  const source = el('select', { class: 'select short-field' },
    ...['labels', 'components', 'both'].map((value) => el('option', { value, text: t(`social.admin.import.source.${value}`) })));
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.import.start') });
  const bar = el('progress', { id: 'social-admin-import-bar', max: '100', value: '0', 'aria-label': t('social.admin.import.progress') });
  const status = el('p', { class: 'social-admin-import-status', id: 'social-admin-import-status', 'aria-live': 'polite' });
  const box = el('div', { class: 'social-admin-import-progress', hidden: true }, bar, status);
  let timer;

  function show(p) {
    if (p.state === 'idle') {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    bar.value = p.percent;
    box.dataset.state = p.state;
    const counts = t('social.admin.import.counts', p.percent, p.done, p.total, p.project);
    const sums = t('social.admin.import.sums', p.imported, p.alreadyTagged, p.invalid, p.blocked, p.errors);
    status.textContent = `${t(`social.admin.import.state.${p.state}`)} ${counts} ${sums}${p.lastError ? ` ${p.lastError}` : ''}`;
    button.disabled = p.state === 'running';
  }

  async function poll() {
    clearTimeout(timer);
    try {
      const p = await api('GET', '/admin/hashtags/import');
      show(p);
      if (p.state === 'running') timer = setTimeout(poll, IMPORT_POLL_MS);
    } catch (e) {
      status.textContent = problem(e);
    }
  }

  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-import' },
    el('h3', { text: t('social.admin.import.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.import.intro') }),
    field('social-admin-import-project', t('social.admin.import.project'), project),
    field('social-admin-import-source', t('social.admin.import.source'), source),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)),
    box);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const started = await attempt(button,
      () => api('POST', '/admin/hashtags/import', { project: project.value.trim(), source: source.value }),
      () => t('social.admin.import.started'));
    if (started) {
      show(started);
      timer = setTimeout(poll, IMPORT_POLL_MS);
    }
  });
  poll();
  return form;
}

// ---- tag existing issues

/**
 * "Tag existing issues": the backfill of the issues that predate the app, with its progress bar. Until it has ever
 * run (state idle) it is offered at the top of the page, as the first thing to do after installing.
 */
function backfill() {
  const labels = el('input', { class: 'checkbox', type: 'checkbox', id: 'social-admin-backfill-labels' });
  const pace = el('input', { class: 'text short-field', type: 'number', min: '1', max: '100000', step: '1' });
  const button = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.admin.backfill.start') });
  const bar = el('progress', { id: 'social-admin-backfill-bar', max: '100', value: '0', 'aria-label': t('social.admin.backfill.progress') });
  const status = el('p', { class: 'social-admin-import-status', id: 'social-admin-backfill-status', 'aria-live': 'polite' });
  const box = el('div', { class: 'social-admin-import-progress', hidden: true }, bar, status);
  const offer = el('p', { class: 'aui-message aui-message-info social-admin-offer', id: 'social-admin-backfill-offer', hidden: true, text: t('social.admin.backfill.offer') });
  let timer;

  function show(p) {
    offer.hidden = p.state !== 'idle';
    if (!pace.value) pace.value = String(p.issuesPerSecond);
    if (p.state === 'idle') {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    bar.value = p.percent;
    box.dataset.state = p.state;
    const counts = t('social.admin.backfill.counts', p.percent, p.done, p.total, p.tagged, p.errors);
    status.textContent = `${t(`social.admin.backfill.state.${p.state}`)} ${counts}${p.error ? ` ${p.error}` : ''}`;
    button.disabled = p.state === 'running';
    button.textContent = t(p.state === 'interrupted' || p.state === 'failed' ? 'social.admin.backfill.resume' : 'social.admin.backfill.start');
  }

  async function poll() {
    clearTimeout(timer);
    try {
      const p = await api('GET', '/admin/backfill');
      show(p);
      if (p.state === 'running') timer = setTimeout(poll, IMPORT_POLL_MS);
    } catch (e) {
      status.textContent = problem(e);
    }
  }

  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-backfill' },
    offer,
    el('p', { class: 'social-admin-intro', text: t('social.admin.backfill.intro') }),
    el('div', { class: 'checkbox' }, labels, el('label', { for: 'social-admin-backfill-labels', text: t('social.admin.backfill.labels') })),
    field('social-admin-backfill-pace', t('social.admin.backfill.pace'), pace, t('social.admin.backfill.pace.help')),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)),
    box);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { labels: labels.checked };
    const perSecond = Number.parseInt(pace.value, 10);
    if (Number.isInteger(perSecond)) body.issuesPerSecond = perSecond;
    const started = await attempt(button, () => api('POST', '/admin/backfill', body), () => t('social.admin.backfill.started'));
    if (started) {
      show(started);
      timer = setTimeout(poll, IMPORT_POLL_MS);
    }
  });
  poll();
  return form;
}

// ---- data export

function dataExport() {
  const link = el('a', {
    class: 'aui-button', id: 'social-admin-export-download', href: `${restBase()}/admin/export`,
    download: 'social-itsm-export.json', text: t('social.admin.export.download'),
  });
  return el('div', { class: 'social-admin-form', id: 'social-admin-export' },
    el('p', { class: 'social-admin-intro', text: t('social.admin.export.intro') }), link);
}

// ---- hashtags

export function mergedMessage(merged, into, issuesMoved) {
  return plural('social.admin.hashtags.merge.done', issuesMoved, merged.join(', #'), into, issuesMoved);
}

// The server answers the new tag's key (lower case); a rename stores the spelling typed, so that is what it says.
export function renamedMessage(typedTo, issuesMoved) {
  return plural('social.admin.hashtags.rename.done', issuesMoved, typedTo, issuesMoved);
}

function mergeForm() {
  const from = el('input', { class: 'text medium-field', type: 'text', required: true, placeholder: 'vpnissue, vpn-outage' });
  const into = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'vpn' });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.hashtags.merge.submit') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-merge' },
    el('h3', { text: t('social.admin.hashtags.merge.title') }),
    field('social-admin-merge-from', t('social.admin.hashtags.merge.from'), from, t('social.admin.hashtags.merge.from.help')),
    field('social-admin-merge-into', t('social.admin.hashtags.merge.into'), into),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await attempt(button,
      () => api('POST', '/admin/hashtags/merge', { from: parseTags(from.value), into: bareTag(into.value) }),
      (r) => mergedMessage(r.merged, r.into, r.issuesMoved));
    if (result) form.reset();
  });
  return form;
}

function renameForm() {
  const from = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'wlan' });
  const to = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'WiFi' });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.hashtags.rename.submit') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-rename' },
    el('h3', { text: t('social.admin.hashtags.rename.title') }),
    field('social-admin-rename-from', t('social.admin.hashtags.rename.from'), from),
    field('social-admin-rename-to', t('social.admin.hashtags.rename.to'), to, t('social.admin.hashtags.rename.to.help')),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await attempt(button,
      () => api('POST', '/admin/hashtags/rename', { from: bareTag(from.value), to: bareTag(to.value) }),
      (r) => renamedMessage(bareTag(to.value), r.issuesMoved));
    if (result) form.reset();
  });
  return form;
}

function blockedTags() {
  const list = el('ul', { class: 'social-admin-list', 'aria-live': 'polite' });
  const input = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'spam' });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.hashtags.block.submit') });

  function show(tags) {
    list.replaceChildren(...(tags.length ? tags.map((tag) => {
      const unblock = el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.admin.hashtags.unblock') });
      unblock.addEventListener('click', () => attempt(unblock,
        async () => { await api('DELETE', `/admin/hashtags/blocked/${enc(tag)}`); return load(); },
        () => t('social.admin.hashtags.unblocked', tag)));
      return el('li', {}, el('span', { class: 'aui-lozenge aui-lozenge-subtle', text: `#${tag}` }), ' ', unblock);
    }) : [el('li', { class: 'social-admin-empty', text: t('social.admin.hashtags.blocked.none') })]));
  }

  async function load() {
    show((await api('GET', '/admin/hashtags/blocked')).tags);
  }

  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-block' },
    el('h3', { text: t('social.admin.hashtags.blocked.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.hashtags.blocked.intro') }),
    list,
    field('social-admin-block-tag', t('social.admin.hashtags.block.tag'), input),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const tag = bareTag(input.value);
    const result = await attempt(button,
      async () => { const r = await api('PUT', `/admin/hashtags/blocked/${enc(tag)}`); await load(); return r; },
      (r) => plural('social.admin.hashtags.blocked.done', r.removedFromIssues, r.tag, r.removedFromIssues));
    if (result) form.reset();
  });
  load().catch((e) => list.replaceChildren(el('li', { text: problem(e) })));
  return form;
}

// ---- kudos

const POINT_RULES = ['resolvedPoints', 'firstResponsePoints', 'firstTagBonusPoints', 'firstTagBonusMaxTags',
  'establishedTagMinIssues', 'answerAcceptedPoints', 'answerUpvotedPoints', 'peerKudosDailyCap', 'peerKudosRepeatDays'];
const RULES_WITH_HELP = new Set(['establishedTagMinIssues']);
const SWITCHES = ['selfReportedEarns', 'privacyMode'];

function kudosRulesForm() {
  const inputs = {};
  const numbers = POINT_RULES.map((rule) => {
    inputs[rule] = el('input', { class: 'text short-field', type: 'number', min: '0', step: '1', name: rule });
    return field(`social-admin-kudos-${rule}`, t(`social.admin.kudos.${rule}`), inputs[rule],
      RULES_WITH_HELP.has(rule) ? t(`social.admin.kudos.${rule}.help`) : undefined);
  });
  inputs.peerKudosPoints = el('input', { class: 'text short-field', type: 'text', name: 'peerKudosPoints', placeholder: '5, 3, 1' });
  const switches = SWITCHES.map((rule) => {
    inputs[rule] = el('input', { class: 'checkbox', type: 'checkbox', id: `social-admin-kudos-${rule}`, name: rule });
    return el('div', { class: 'checkbox' }, inputs[rule], el('label', { for: `social-admin-kudos-${rule}`, text: t(`social.admin.kudos.${rule}`) }));
  });
  const button = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.admin.save') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-kudos-rules' },
    el('h3', { text: t('social.admin.kudos.rules.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.kudos.rules.intro') }),
    ...numbers,
    field('social-admin-kudos-peerKudosPoints', t('social.admin.kudos.peerKudosPoints'), inputs.peerKudosPoints,
      t('social.admin.kudos.peerKudosPoints.help')),
    el('fieldset', { class: 'group' }, ...switches),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));

  function show(rules) {
    for (const rule of POINT_RULES) inputs[rule].value = String(rules[rule]);
    inputs.peerKudosPoints.value = (rules.peerKudosPoints || []).join(', ');
    for (const rule of SWITCHES) inputs[rule].checked = Boolean(rules[rule]);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    for (const rule of POINT_RULES) body[rule] = Number.parseInt(inputs[rule].value, 10);
    body.peerKudosPoints = inputs.peerKudosPoints.value.split(/[\s,]+/).filter(Boolean).map((p) => Number.parseInt(p, 10));
    for (const rule of SWITCHES) body[rule] = inputs[rule].checked;
    const saved = await attempt(button, () => api('PUT', '/admin/kudos/rules', body), () => t('social.admin.saved'));
    if (saved) show(saved);
  });
  api('GET', '/admin/kudos/rules').then(show).catch((e) => form.append(el('p', { text: problem(e) })));
  return form;
}

/**
 * The boss fight's bonus (GET/PUT /admin/kudos/boss): points for the assignee who resolves a project's most-upvoted
 * open issue; 0 keeps only the badge. The server checks the range and answers a wrong value with its message.
 */
function bossRulesForm() {
  const points = el('input', { class: 'text short-field', type: 'number', min: '0', step: '1', name: 'bonusPoints',
    required: true });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.save') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-kudos-boss' },
    el('h3', { text: t('social.admin.kudos.boss.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.kudos.boss.intro') }),
    field('social-admin-kudos-boss-bonusPoints', t('social.admin.kudos.boss.bonusPoints'), points,
      t('social.admin.kudos.boss.bonusPoints.help')),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  const show = (rules) => { points.value = String(rules.bonusPoints); };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await attempt(button, () => api('PUT', '/admin/kudos/boss',
      { bonusPoints: Number.parseInt(points.value, 10) }), () => t('social.admin.saved'));
    if (saved) show(saved);
  });
  api('GET', '/admin/kudos/boss').then(show).catch((e) => form.append(el('p', { text: problem(e) })));
  return form;
}

function excludedPeople() {
  const list = el('ul', { class: 'social-admin-list', 'aria-live': 'polite' });
  const input = el('input', { class: 'text short-field', type: 'text', required: true, placeholder: 'jira-bot' });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.kudos.exclude.submit') });

  function show(users) {
    list.replaceChildren(...(users.length ? users.map((user) => {
      const include = el('button', { class: 'aui-button aui-button-link', type: 'button', text: t('social.admin.kudos.include') });
      include.addEventListener('click', () => attempt(include,
        async () => show((await api('DELETE', `/admin/kudos/excluded/${enc(user)}`)).users),
        () => t('social.admin.kudos.included', user)));
      return el('li', {}, el('span', { text: user }), ' ', include);
    }) : [el('li', { class: 'social-admin-empty', text: t('social.admin.kudos.excluded.none') })]));
  }

  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-kudos-excluded' },
    el('h3', { text: t('social.admin.kudos.excluded.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.kudos.excluded.intro') }),
    list,
    field('social-admin-kudos-exclude-user', t('social.admin.kudos.exclude.user'), input),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const user = input.value.trim();
    const result = await attempt(button,
      async () => { const r = await api('PUT', `/admin/kudos/excluded/${enc(user)}`); show(r.users); return r; },
      () => t('social.admin.kudos.excluded.done', user));
    if (result) form.reset();
  });
  api('GET', '/admin/kudos/excluded').then((r) => show(r.users)).catch((e) => list.replaceChildren(el('li', { text: problem(e) })));
  return form;
}

function season() {
  const current = el('p', { class: 'social-admin-season', 'aria-live': 'polite' });
  const button = el('button', { class: 'aui-button', type: 'button', text: t('social.admin.kudos.season.start') });
  const show = (s) => {
    const start = Date.parse(s.start);
    current.textContent = start > 0 ? t('social.admin.kudos.season.current', new Date(start).toLocaleString())
      : t('social.admin.kudos.season.none');
  };
  button.addEventListener('click', async () => {
    const started = await attempt(button, () => api('POST', '/admin/kudos/season', {}), () => t('social.admin.kudos.season.started'));
    if (started) show(started);
  });
  api('GET', '/admin/kudos/season').then(show).catch((e) => { current.textContent = problem(e); });
  return el('div', { class: 'social-admin-form', id: 'social-admin-kudos-season' },
    el('h3', { text: t('social.admin.kudos.season.title') }),
    el('p', { class: 'social-admin-intro', text: t('social.admin.kudos.season.intro') }),
    current, button);
}

// ---- listening post

const LISTEN_FORMATS = ['slack', 'teams', 'plain'];

/** Chat sources whose hashtags count as chatter: add (name, format, optional shared key), list with the URL, delete. */
function listeningSources() {
  const list = el('ul', { class: 'social-admin-list social-listening-sources', 'aria-live': 'polite' });
  const name = el('input', { class: 'text medium-field', type: 'text', required: true, maxlength: '100', placeholder: '#ops on Slack' });
  const format = el('select', { class: 'select', name: 'format' },
    ...LISTEN_FORMATS.map((f) => el('option', { value: f, text: t(`social.admin.listening.format.${f}`) })));
  const key = el('input', { class: 'text medium-field', type: 'text', maxlength: '255', autocomplete: 'off' });
  const button = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.admin.listening.add') });

  function row(source) {
    const url = el('input', {
      class: 'text long-field social-listening-url', type: 'text', readonly: true, value: source.url,
      'aria-label': t('social.admin.listening.url', source.name),
    });
    url.addEventListener('focus', () => url.select());
    const remove = el('button', { class: 'aui-button aui-button-link social-listening-delete', type: 'button', text: t('social.admin.listening.delete') });
    remove.addEventListener('click', () => attempt(remove,
      async () => { await api('DELETE', `/admin/listening/${enc(source.id)}`); await load(); },
      () => t('social.admin.listening.deleted', source.name)));
    const heard = source.lastHeard
      ? t('social.admin.listening.lastHeard', new Date(Date.parse(source.lastHeard)).toLocaleString())
      : t('social.admin.listening.neverHeard');
    return el('li', { class: 'social-listening-source', dataset: { id: String(source.id) } },
      el('span', { class: 'social-listening-name', text: source.name }), ' ',
      el('span', { class: 'aui-lozenge aui-lozenge-subtle', text: t(`social.admin.listening.format.${source.format}`) }), ' ',
      source.signed ? el('span', { class: 'aui-lozenge aui-lozenge-success', text: t('social.admin.listening.signed') }) : null, ' ',
      remove,
      el('div', {}, url),
      el('div', { class: 'description social-listening-heard', text: heard }),
      source.lastExcerpt ? el('blockquote', { class: 'social-listening-excerpt', text: source.lastExcerpt }) : null);
  }

  async function load() {
    const sources = await api('GET', '/admin/listening');
    list.replaceChildren(...(sources.length ? sources.map(row)
      : [el('li', { class: 'social-admin-empty', text: t('social.admin.listening.none') })]));
  }

  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-listening-add' },
    el('h3', { text: t('social.admin.listening.sources') }),
    list,
    field('social-admin-listening-name', t('social.admin.listening.name'), name),
    field('social-admin-listening-format', t('social.admin.listening.format'), format),
    field('social-admin-listening-key', t('social.admin.listening.key'), key, t('social.admin.listening.key.help')),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { name: name.value.trim(), format: format.value };
    if (key.value.trim()) body.sharedKey = key.value.trim();
    const added = await attempt(button,
      async () => { const r = await api('POST', '/admin/listening', body); await load(); return r; },
      (r) => t('social.admin.listening.added', r.name));
    if (added) form.reset();
  });
  load().catch((e) => list.replaceChildren(el('li', { text: problem(e) })));
  return form;
}

/** The per-source rate limit and chatter's weight in trending (0 = off). */
function listeningSettings() {
  const perMinute = el('input', { class: 'text short-field', type: 'number', min: '1', max: '10000', step: '1', name: 'perMinute' });
  const weight = el('input', { class: 'text short-field', type: 'number', min: '0', max: '10', step: '0.1', name: 'trendingWeight' });
  const button = el('button', { class: 'aui-button', type: 'submit', text: t('social.admin.save') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-listening-settings' },
    el('h3', { text: t('social.admin.listening.settings') }),
    field('social-admin-listening-perMinute', t('social.admin.listening.perMinute'), perMinute),
    field('social-admin-listening-weight', t('social.admin.listening.weight'), weight, t('social.admin.listening.weight.help')),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)));
  const show = (s) => { perMinute.value = String(s.perMinute); weight.value = String(s.trendingWeight); };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await attempt(button, () => api('PUT', '/admin/listening/settings', {
      perMinute: Number.parseInt(perMinute.value, 10), trendingWeight: Number.parseFloat(weight.value),
    }), () => t('social.admin.saved'));
    if (saved) show(saved);
  });
  api('GET', '/admin/listening/settings').then(show).catch((e) => form.append(el('p', { text: problem(e) })));
  return form;
}

register('admin', (node) => {
  node.replaceChildren(el('div', { class: 'social-admin' },
    section('backfill', t('social.admin.backfill.title'), '', backfill()),
    section('features', t('social.admin.features.title'), t('social.admin.features.intro'), featuresTable()),
    section('hashtags', t('social.admin.hashtags.title'), t('social.admin.hashtags.intro'),
      el('div', { class: 'social-admin-columns' }, mergeForm(), renameForm(), blockedTags(), labelImport())),
    section('kudos', t('social.admin.kudos.title'), t('social.admin.kudos.intro'),
      el('div', { class: 'social-admin-columns' }, kudosRulesForm(), excludedPeople(), season(), bossRulesForm())),
    // The follow rules form brings its own heading.
    el('section', { class: 'social-admin-section', id: 'social-admin-follows' }, followRulesForm()),
    section('export', t('social.admin.export.title'), '', dataExport()),
    section('spikes', t('social.admin.spikes.title'), t('social.admin.spikes.intro'), spikeSettingsForm()),
    section('listening', t('social.admin.listening.title'), t('social.admin.listening.intro'),
      el('div', { class: 'social-admin-columns' }, listeningSources(), listeningSettings()))));
});
