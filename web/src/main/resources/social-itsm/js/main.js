// Entry point loaded by every page and panel (one <script type="module">): imports each feature, which registers
// its mount functions with core.js, then mounts every data-social-panel on the page.
import { mountAll } from './core.js';
// Feature modules register themselves on import; keep this list in step with the features.
import './follow.js';
import './hashtags.js';
import './kudos.js';
import './questions.js';
import './admin.js';

mountAll();
