// Spikes: the "Raise problem" button of the trending list and of a tag's page. It asks for the project to raise the
// problem in and posts POST /hashtags/{tag}/problem; the answer (201 new, 200 the spike's existing problem) links the
// issue. Beside it, for agents of a customer portal, "Make known issue" (POST /hashtags/{tag}/known-issue): the
// problem raised and published on the portal in one step. Every text is inserted as text.
import { api, el, t, flash, limit, links, problem } from './core.js';

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

// The portals the viewer serves as an agent, asked once per page (a trending list has a button per tag).
let agentPortals = null;

function servedPortals() {
  if (!agentPortals) {
    agentPortals = api('GET', '/portal/portals').then((portals) => portals.filter((p) => p.agent)).catch(() => []);
  }
  return agentPortals;
}

let knownFieldIds = 0;

function field(labelKey, control) {
  control.id = `social-tag-known-field-${++knownFieldIds}`;
  return el('div', { class: 'field-group' }, el('label', { for: control.id, text: t(labelKey) }), control);
}

/**
 * "Make known issue" for the tag's spike over the last `hours`: shown only to agents of a customer portal (nothing
 * for anyone else, and nothing where there is no portal). The form asks the customer-facing title and text, and the
 * portal when the agent serves several; the answer links the problem issue the known issue was published for.
 */
export function knownIssueButton(tag, hours) {
  const node = el('span', { class: 'social-tag-known' });
  servedPortals().then((portals) => {
    if (portals.length) node.replaceChildren(...knownIssueControls(tag, hours, portals));
  });
  return node;
}

function knownIssueControls(tag, hours, portals) {
  const result = el('span', { class: 'social-tag-known-result', 'aria-live': 'polite' });
  const title = el('input', { class: 'text long-field social-tag-known-title', type: 'text', required: true,
    maxlength: limit('knownIssueTitleMax'), autocomplete: 'off' });
  const text = el('textarea', { class: 'textarea long-field social-tag-known-text', rows: '3', required: true,
    maxlength: limit('knownIssueTextMax') });
  const portal = el('select', { class: 'select social-tag-known-portal' },
    ...portals.map((p) => el('option', { value: String(p.id), text: p.name })));
  const submit = el('button', { class: 'aui-button aui-button-primary social-tag-known-submit', type: 'submit',
    text: t('social.tagknown.submit') });
  const cancel = el('button', { class: 'aui-button aui-button-link social-tag-known-cancel', type: 'button',
    text: t('social.problem.cancel') });
  const form = el('form', { class: 'aui social-tag-known-form', hidden: true },
    el('p', { class: 'description', text: t('social.tagknown.hint', tag) }),
    field('social.known.title', title), field('social.known.text', text),
    portals.length > 1 ? field('social.tagknown.portal', portal) : null,
    el('div', { class: 'buttons' }, submit, ' ', cancel));
  const open = el('button', { class: 'aui-button social-tag-known-open', type: 'button',
    title: t('social.tagknown.open.title', tag, hours), text: t('social.tagknown.open') });

  open.addEventListener('click', () => {
    open.hidden = true;
    form.hidden = false;
    title.focus();
  });
  cancel.addEventListener('click', () => {
    form.hidden = true;
    open.hidden = false;
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const known = await api('POST', `/hashtags/${encodeURIComponent(tag)}/known-issue`, {
        title: title.value, text: text.value, portalId: Number(portal.value), hours: Number(hours) });
      form.hidden = true;
      result.replaceChildren(el('span', { text: t('social.tagknown.done') }), ' ',
        el('a', { class: 'social-tag-known-link', href: links.issue(known.issueKey), text: known.issueKey }));
      flash(t('social.known.published'), 'success');
    } catch (e) {
      flash(problem(e, 'social.problem.login'), 'error');
    } finally {
      submit.disabled = false;
    }
  });
  return [open, form, result];
}

// ---- admin page: the spike settings and the newest alerts ----------------------------------------------------------

const NUMBERS = ['hours', 'threshold', 'minCount', 'cooldownHours'];
const TEXTS = ['alertProject', 'problemIssueType', 'problemLinkType'];

/** "vpn=12, access=10" ⇄ {"vpn": 12, "access": 10}. */
function tagThresholdsText(map) {
  return Object.entries(map || {}).map(([tag, value]) => `${tag}=${value}`).join(', ');
}

function parseTagThresholds(text) {
  const map = {};
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const [tag, value] = part.split('=');
    map[tag.replace(/^#/, '')] = Number(value);
  }
  return map;
}

/** The admin page's form of GET/PUT /admin/spikes, with the newest alerts below it. */
export function spikeSettingsForm() {
  const inputs = {};
  const groups = [];
  for (const name of [...NUMBERS, ...TEXTS]) {
    inputs[name] = el('input', { class: 'text short-field', type: NUMBERS.includes(name) ? 'number' : 'text',
      step: name === 'threshold' ? '0.5' : '1', name });
    inputs[name].id = `social-admin-spikes-${name}`;
    groups.push(el('div', { class: 'field-group' }, el('label', { for: inputs[name].id, text: t(`social.admin.spikes.${name}`) }),
      inputs[name], el('div', { class: 'description', text: t(`social.admin.spikes.${name}.help`) })));
  }
  inputs.tagThresholds = el('input', { class: 'text', type: 'text', id: 'social-admin-spikes-tagThresholds',
    placeholder: 'vpn=12, access=10' });
  inputs.enabled = el('input', { class: 'checkbox', type: 'checkbox', id: 'social-admin-spikes-enabled' });
  const alerts = el('ul', { class: 'social-admin-spike-alerts' });
  const button = el('button', { class: 'aui-button aui-button-primary', type: 'submit', text: t('social.admin.save') });
  const form = el('form', { class: 'aui social-admin-form', id: 'social-admin-spikes-form' },
    el('div', { class: 'checkbox' }, inputs.enabled,
      el('label', { for: 'social-admin-spikes-enabled', text: t('social.admin.spikes.enabled') })),
    ...groups,
    el('div', { class: 'field-group' }, el('label', { for: 'social-admin-spikes-tagThresholds',
      text: t('social.admin.spikes.tagThresholds') }), inputs.tagThresholds,
    el('div', { class: 'description', text: t('social.admin.spikes.tagThresholds.help') })),
    el('div', { class: 'buttons-container' }, el('div', { class: 'buttons' }, button)),
    el('h3', { text: t('social.admin.spikes.alerts') }), alerts);

  function show(settings) {
    inputs.enabled.checked = Boolean(settings.enabled);
    for (const name of [...NUMBERS, ...TEXTS]) inputs[name].value = String(settings[name] ?? '');
    inputs.tagThresholds.value = tagThresholdsText(settings.tagThresholds);
    alerts.replaceChildren(...(settings.alerts || []).map((a) => el('li', {},
      el('time', { datetime: a.at, text: a.at.replace('T', ' ').slice(0, 16) }), ' ', el('span', { text: a.text }))));
    if (!(settings.alerts || []).length) alerts.replaceChildren(el('li', { text: t('social.admin.spikes.none') }));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { enabled: inputs.enabled.checked, tagThresholds: parseTagThresholds(inputs.tagThresholds.value) };
    for (const name of NUMBERS) body[name] = Number(inputs[name].value);
    for (const name of TEXTS) body[name] = inputs[name].value.trim();
    button.disabled = true;
    try {
      show(await api('PUT', '/admin/spikes', body));
      flash(t('social.admin.saved'), 'success');
    } catch (e) {
      flash(problem(e), 'error');
    } finally {
      button.disabled = false;
    }
  });
  api('GET', '/admin/spikes').then(show).catch((e) => form.append(el('p', { text: problem(e) })));
  return form;
}
