// Entry point loaded by every page and panel (the devhost's <script type="module">; in Jira, the boot script of the
// social-boot web-resource): imports each feature, which registers its mount functions with core.js, then mounts
// every data-social-panel on the page, and links the hashtags of the page's marked texts (linkify.js).
import { mountAll, MOUNT_EVENT } from './core.js';
import { linkifyHashtags } from './linkify.js';
// Feature modules register themselves on import; keep this list in step with the features.
import './follow.js';
import './hashtags.js';
import './kudos.js';
import './votes.js';
import './visits.js';
import './polls.js';
import './questions.js';
import './admin.js';
import './ideas.js';
import './portal.js';
import './notifications.js';
import './following.js';

// A host that inserts content later (Jira swapping the issue view in place) asks for it to be mounted by dispatching
// MOUNT_EVENT on it. One listener, added when this module is evaluated (once per page); mountAll skips what is
// mounted already, so asking twice changes nothing.
document.addEventListener(MOUNT_EVENT, (event) => mountAll(event.target));
// The same event announces text the host marked data-social-hashtag-text (Jira's issue view: social-issue-text.js).
document.addEventListener(MOUNT_EVENT, (event) => linkifyHashtags(event.target));
mountAll();
linkifyHashtags();
