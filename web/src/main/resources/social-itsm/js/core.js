// Shared front-end plumbing of Social ITSM, the same in Jira and in the devhost: REST calls, safe DOM building,
// and the registry through which each feature mounts its panels and pages.
//
// Rules every module follows: user text is inserted with textContent (el() below) — never innerHTML — except the
// server-sanitized Q&A HTML (bodyHtml), which is the only HTML we ever insert; i18n strings come from t().

const registry = new Map();

/** The app's REST base, e.g. "/rest/social/1.0" (Jira: context path + that). */
export function restBase() {
  const context = document.body.dataset.socialContext || (window.AJS && AJS.contextPath ? AJS.contextPath() : '');
  return context + '/rest/social/1.0';
}

/** The context path for links to app pages: /browse/KEY, /plugins/servlet/social/... */
export function contextPath() {
  return document.body.dataset.socialContext || (window.AJS && AJS.contextPath ? AJS.contextPath() : '');
}

/** An error from the REST API, with its status and the server's {error, message}. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Calls the REST API with JSON. State-changing calls carry Jira's XSRF opt-out header, which browsers cannot send
 * cross-site without a CORS preflight; the session cookie does the rest.
 */
export async function api(method, path, body) {
  return call(restBase() + path, method, body);
}

/**
 * The same for the host's own REST API under the context path (e.g. JSM's customer REST, /rest/servicedeskapi/...,
 * which answers a customer's own requests), with the same errors as {@link api}.
 */
export async function hostApi(method, path, body) {
  return call(contextPath() + path, method, body);
}

async function call(url, method, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['X-Atlassian-Token'] = 'no-check';
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  let text;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    text = await response.text();
  } catch (e) {
    throw new ApiError(0, 'network', t('social.error.network'));
  }
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    // Not our JSON: a proxy's or the host's error page, a login page, a gateway timeout. Say so in words, never
    // with the parser's "Unexpected token '<'".
    throw new ApiError(response.status, 'not_json', response.ok ? t('social.error.notJson')
      : t('social.error.server', response.status));
  }
  if (!response.ok) {
    throw new ApiError(response.status, data && data.error, (data && data.message) || response.statusText);
  }
  return data;
}

/**
 * Builds an element. attrs: plain attributes, plus `class`, `text` (textContent), `on` ({event: handler}) and
 * `dataset`. Children are elements or strings (inserted as text). Never interprets a string as HTML. An element
 * given text gets dir="auto" (unless attrs name a dir): user text is bidi-isolated wherever it is shown.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  let holdsText = false;
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'class') node.className = value;
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'href' && /^\s*(javascript|data|vbscript):/i.test(String(value))) continue;
    else node.setAttribute(name, value === true ? '' : String(value));
    if (name === 'text' && String(value).trim()) holdsText = true;
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    if (!(child instanceof Node) && String(child).trim()) holdsText = true;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  // Text may be a user's (a title, a name, a message, a tag): dir="auto" isolates it from the text around it
  // (browsers give every element with a dir attribute unicode-bidi: isolate), so a right-to-left override (U+202E)
  // in it cannot flip what follows, and right-to-left text reads in its own direction.
  if (holdsText && !(attrs && attrs.dir)) node.setAttribute('dir', 'auto');
  return node;
}

/** The i18n text for a key: from the page's bundle (window.SOCIAL_I18N), with {0}-style arguments. */
export function t(key, ...args) {
  const bundle = window.SOCIAL_I18N || {};
  const text = Object.prototype.hasOwnProperty.call(bundle, key) ? bundle[key] : key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/**
 * The i18n text for a count: key + '.one' when count is 1 (English and German tell only one from many), else key;
 * the arguments follow t()'s, so the count goes among them where the text shows it.
 */
export function plural(key, count, ...args) {
  return t(count === 1 ? `${key}.one` : key, ...args);
}

/**
 * The server's limit of this name (e.g. 'questionTitleMax'), from the page's boot data (window.SOCIAL_LIMITS: the
 * devhost's frame and Jira's boot data provider both write web's FrontEndLimits). No copy of the numbers lives in
 * the front end, so the two can never disagree; a name the server does not send is a bug, not a default.
 */
export function limit(name) {
  const limits = window.SOCIAL_LIMITS || {};
  if (!Object.prototype.hasOwnProperty.call(limits, name) || !Number.isInteger(limits[name])) {
    throw new Error(`The page has no limit ${name}`);
  }
  return limits[name];
}

/**
 * The human sentence for a failed REST call: with loginKey, a 401 says that text ("Log in to vote."); otherwise the
 * server's message, or a generic sentence when the call failed without one (network error, empty answer).
 */
export function problem(error, loginKey) {
  if (loginKey && error instanceof ApiError && error.status === 401) return t(loginKey);
  return (error && error.message) || t('social.error.unknown');
}

/** How long a panel waits for its data before it says it is loading: quick answers show without a flicker. */
export const LOADING_DELAY_MS = 300;

/** "Loading…" as an element that fits into container (a list item in a list). */
export function loadingNote(container) {
  const tag = container && /^(UL|OL)$/.test(container.tagName) ? 'li' : 'p';
  return el(tag, { class: 'social-loading', role: 'status', text: t('social.loading') });
}

/**
 * Awaits work; when it takes longer than LOADING_DELAY_MS, container shows loadingNote() meanwhile (whoever renders
 * the result replaces it).
 */
export async function whileLoading(container, work) {
  const timer = setTimeout(() => container.replaceChildren(loadingNote(container)), LOADING_DELAY_MS);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

/** A failed load as a message box with problem()'s sentence and, given retry, a "Try again" button that calls it. */
export function failureNote(error, retry, loginKey) {
  return el('div', { class: 'aui-message aui-message-error social-failure', role: 'alert' },
    el('p', { text: problem(error, loginKey) }),
    retry ? el('button', { class: 'aui-button social-retry', type: 'button', text: t('social.retry'), on: { click: retry } })
      : null);
}

const HASH_SIGN = /^[#\uFF03]/;

/** One typed tag without its hash sign and surrounding spaces: " #VPN " → "VPN" (the server normalizes the rest). */
export function bareTag(text) {
  return String(text || '').trim().replace(HASH_SIGN, '');
}

/**
 * The tags of a typed list, separated by spaces or commas, each with or without its hash sign (# or the fullwidth
 * ＃): "vpn-issue, #VPN_Issue" → ["vpn-issue", "VPN_Issue"]. Nothing is dropped or changed beyond that: the server
 * checks each tag against the grammar and says which one it refused.
 */
export function parseTags(text) {
  return String(text || '').split(/[\s,]+/).map(bareTag).filter(Boolean);
}

/**
 * AUI's single select asks the server (src, ?q=) as the user types, then keeps only the answers whose label starts
 * with the typed text: "Nguyen" found nothing although the server matched "Bob Nguyen (bob)". This makes it show
 * what the server answered for the text typed, and, until the answer comes, the earlier answers whose label holds
 * every typed word. AUI keeps its data set in a field it sets when the element is attached (ProgressiveDataSet, whose
 * matcher is documented as replaceable); the matcher is swapped before AUI handles focus or typing, and where that
 * field is missing the select keeps AUI's own prefix match.
 */
function matchWhatTheServerAnswers(picker) {
  const swap = () => {
    const data = picker._progressiveDataSet;
    if (!data || data.socialServerMatcher) return;
    data.socialServerMatcher = true;
    data.matcher = (model, query) => {
      const answered = data.queryCache && data.queryCache[query];
      if (answered && answered.includes(model.id)) return true;
      const label = String(model.get('label') || '').toLowerCase();
      return String(query).toLowerCase().split(/\s+/).filter(Boolean).every((word) => label.includes(word));
    };
  };
  picker.addEventListener('focusin', swap, true);
  picker.addEventListener('input', swap, true);
  picker.addEventListener('keydown', swap, true);
}

/**
 * A picker: AUI's single select (<aui-select src>) over GET path, which answers [{label, value}] for ?q= with only
 * what the viewer may see (GET /projects, GET /users), so nothing else can be chosen. It lists what the server
 * answers for the text typed (any part of a name, not only its start). value/label preselect an option; onChange
 * gets the chosen value ('' when cleared).
 */
export function restPicker(path, { name, id, value = '', label = '', placeholder = '', onChange } = {}) {
  const picker = document.createElement('aui-select');
  matchWhatTheServerAnswers(picker);
  picker.className = 'social-picker';
  picker.setAttribute('src', restBase() + path);
  picker.setAttribute('name', name);
  if (id) picker.setAttribute('id', id);
  if (placeholder) picker.setAttribute('placeholder', placeholder);
  if (value) {
    picker.append(el('aui-option', { value, text: label || value }));
    picker.setAttribute('value', value);
  }
  if (onChange) picker.addEventListener('change', () => onChange(pickedValue(picker)));
  return picker;
}

/** The value chosen in a restPicker(), '' when none. */
export function pickedValue(picker) {
  const inner = picker.querySelector('select');
  const value = typeof picker.value === 'string' ? picker.value : (inner ? inner.value : '');
  const typed = picker.querySelector('input');
  // A cleared input means no choice, whatever the select still holds.
  return typed && !typed.value.trim() ? '' : (value || '').trim();
}

/** Shows a transient message (AUI flag in Jira and the devhost when available). */
export function flash(message, type = 'info') {
  if (window.AJS && AJS.flag) {
    AJS.flag({ type, body: message, close: 'auto' });
    return;
  }
  const box = el('div', { class: `social-flash social-flash-${type}`, role: 'status', text: message });
  document.body.append(box);
  setTimeout(() => box.remove(), 4000);
}

/** "3 minutes ago" from an ISO-8601 time. */
export function ago(iso) {
  const seconds = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 60) return t('social.time.now');
  if (seconds < 3600) return t('social.time.minutes', Math.floor(seconds / 60));
  if (seconds < 86400) return t('social.time.hours', Math.floor(seconds / 3600));
  return t('social.time.days', Math.floor(seconds / 86400));
}

/** Links to app pages, the same paths in Jira and the devhost. */
export const links = {
  issue: (key) => `${contextPath()}/browse/${encodeURIComponent(key)}`,
  hashtag: (tag) => `${contextPath()}/plugins/servlet/social/hashtags/${encodeURIComponent(tag)}`,
  feed: () => `${contextPath()}/plugins/servlet/social/feed`,
  leaderboard: () => `${contextPath()}/plugins/servlet/social/leaderboard`,
  questions: () => `${contextPath()}/plugins/servlet/social/questions`,
  question: (id) => `${contextPath()}/plugins/servlet/social/questions/${encodeURIComponent(id)}`,
  // A project's page in the app: its questions (the same in Jira and the devhost, which has no project page).
  projectQuestions: (key) => `${contextPath()}/plugins/servlet/social/questions?${new URLSearchParams({ project: key })}`,
  user: (key) => `${contextPath()}/plugins/servlet/social/users/${encodeURIComponent(key)}`,
};

/**
 * A link to a person's profile page with their name (or key) as text. className adds the caller's own class (the
 * feed, Q&A and kudos style their links differently).
 */
export function userLink(userKey, displayName, className) {
  return el('a', {
    class: className ? `social-user-link ${className}` : 'social-user-link',
    href: links.user(userKey),
    text: displayName || userKey,
  });
}

/**
 * A feature registers a mount function for a name; the page calls mountAll(), which runs it on every element with
 * data-social-panel="<name>" as mount(node, context, initialData): context is the node's dataset (issueKey, tag,
 * userKey, ...); initialData(path) gives the panel's first data, which it renders unchanged — see initialDataFor().
 */
export function register(name, mount) {
  registry.set(name, mount);
}

// The issue view's panels: the feature an admin can switch off per project that each belongs to (as named by
// GET /features/issue/{key}) and its part of GET /issue/{key}/panels, the one answer for all of an issue's panels.
const ISSUE_PANELS = {
  'issue-hashtags': { feature: 'hashtags', part: 'hashtags' },
  'issue-votes': { feature: 'votes', part: 'votes' },
  'issue-follow': { feature: 'follows', part: 'follow' },
  'issue-kudos': { feature: 'kudos', part: 'kudos' },
  'issue-questions': { feature: 'qa', part: 'questions' },
  // Desk visits earn kudos points: off with the kudos feature.
  'issue-visits': { feature: 'kudos', part: 'visits' },
  // Known issues on the customer portal: no switch; the panel shows only to the agents of the issue's portal.
  'issue-known-issue': { part: 'knownIssue' },
};
const issueFeatures = new Map();
// The shared answers still on their way, by issue key: panels of the issue that mount meanwhile (a host mounting its
// panels one by one in the same moment) join it. Forgotten once it arrives, so a panel mounted later (Jira re-renders
// a panel after an edit) asks afresh and never shows an old answer.
const sharedAnswers = new Map();

/** The issue's feature switches, asked once per issue and page; null when unknown (then the panel shows). */
function featuresOf(issueKey) {
  if (!issueFeatures.has(issueKey)) {
    issueFeatures.set(issueKey, api('GET', `/features/issue/${encodeURIComponent(issueKey)}`)
      .then((answer) => answer.features).catch(() => null));
  }
  return issueFeatures.get(issueKey);
}

/**
 * The one answer for the panels of an issue that mount together: GET /issue/{key}/panels, asked when at least two of
 * them mount at once (or joined while on its way). A panel mounted alone gets null and asks its own endpoint.
 */
function sharedAnswerFor(node, panelsOfIssue) {
  const issueKey = node.dataset.issueKey;
  if (!ISSUE_PANELS[node.dataset.socialPanel] || !issueKey) return null;
  if (!sharedAnswers.has(issueKey) && panelsOfIssue.get(issueKey) > 1) {
    const answer = api('GET', `/issue/${encodeURIComponent(issueKey)}/panels`);
    const forget = () => sharedAnswers.delete(issueKey);
    answer.then(forget, forget);
    sharedAnswers.set(issueKey, answer);
    if (!issueFeatures.has(issueKey)) issueFeatures.set(issueKey, answer.then((a) => a.features, () => null));
  }
  return sharedAnswers.get(issueKey) || null;
}

/**
 * A panel's initialData(path): its part of the shared answer when it has one (the same JSON as GET path), else
 * GET path. Only for the panel's first render: whatever it loads later (after a write, "Try again") it asks itself.
 */
function initialDataFor(node, shared) {
  const part = ISSUE_PANELS[node.dataset.socialPanel] && ISSUE_PANELS[node.dataset.socialPanel].part;
  return (path) => (shared && part
    ? shared.then((answer) => answer[part] || api('GET', path))
    : api('GET', path));
}

/** Mounts a panel unless its feature is off in the issue's project; then the panel (and its module) is hidden. */
async function mountPanel(node, mount, shared) {
  const feature = ISSUE_PANELS[node.dataset.socialPanel] && ISSUE_PANELS[node.dataset.socialPanel].feature;
  if (feature && node.dataset.issueKey) {
    const features = await (shared ? shared.then((answer) => answer.features, () => null)
      : featuresOf(node.dataset.issueKey));
    if (features && features[feature] === false) {
      // The devhost's module of this one panel; in Jira the questions panel's own web-panel module (the social
      // panel there holds four features in one module, so only the mount point goes).
      const module = node.closest('.social-issue-module')
        || (node.closest('.social-itsm-questions-panel') && node.closest('.module')) || node;
      module.hidden = true;
      module.dataset.socialFeatureOff = feature;
      return;
    }
  }
  await mount(node, { ...node.dataset }, initialDataFor(node, shared));
}

/** The DOM event a host dispatches on new content to have it mounted (main.js listens on the document). */
export const MOUNT_EVENT = 'social-itsm:mount';

/**
 * Mounts every panel in root (a document, or an element, itself included), each node once: a mounted node is marked
 * data-social-mounted and skipped, so calling this again for the same content adds no UI and no listeners. The
 * panels of one issue mounted here share one REST answer (sharedAnswerFor).
 */
export function mountAll(root = document) {
  const own = root.matches && root.matches('[data-social-panel]') ? [root] : [];
  const fresh = [...own, ...root.querySelectorAll('[data-social-panel]')]
    .filter((node) => registry.has(node.dataset.socialPanel) && !node.dataset.socialMounted);
  const panelsOfIssue = new Map();
  for (const node of fresh) {
    if (ISSUE_PANELS[node.dataset.socialPanel] && node.dataset.issueKey) {
      panelsOfIssue.set(node.dataset.issueKey, (panelsOfIssue.get(node.dataset.issueKey) || 0) + 1);
    }
  }
  for (const node of fresh) {
    node.dataset.socialMounted = 'true';
    mountWithLoadingAndRetry(node, registry.get(node.dataset.socialPanel), sharedAnswerFor(node, panelsOfIssue));
  }
}

/**
 * Mounts a panel: after LOADING_DELAY_MS without content it says it is loading; a failure shows a sentence and a
 * "Try again" button that mounts it afresh, with its own calls.
 */
function mountWithLoadingAndRetry(node, mount, shared = null) {
  node.replaceChildren();
  node.setAttribute('aria-busy', 'true');
  const timer = setTimeout(() => {
    if (!node.childElementCount) node.replaceChildren(loadingNote(node));
  }, LOADING_DELAY_MS);
  mountPanel(node, mount, shared).catch((e) => {
    node.replaceChildren(failureNote(e, () => mountWithLoadingAndRetry(node, mount)));
  }).finally(() => {
    clearTimeout(timer);
    node.removeAttribute('aria-busy');
  });
}
