// AUI 10.0.4 (the newest on npm) logs two deprecation warnings on every page from its own start-up code, not from any
// call of ours: it runs its deprecated populateParameters() on DOM ready (which copies legacy
// <fieldset class="parameters"> inputs into the also deprecated AJS.params; no devhost page has any), and its responsive
// header wraps its resize handler in the deprecated AJS.debounce. The devhost serves a copy with exactly these two
// call sites changed, so the console shows only what our code causes (FirstClassUxBrowserTest fails on any
// deprecation warning). Each replacement must match exactly once: when a new AUI changes the code, this says so and
// leaves the file as it is (and the browser test shows whether the warnings are gone in that version).
// Usage: node patch-aui.mjs <aui-prototyping.js>
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const replacements = [
  {
    what: 'the start-up call of the deprecated populateParameters()',
    from: 'const Pt=Lt;i(function(){var t=i("body");t.data("auiVersion")||t.attr("data-aui-version",w),Pt()})',
    to: 'const Pt=Lt;i(function(){var t=i("body");t.data("auiVersion")||t.attr("data-aui-version",w)})',
  },
  {
    what: "the responsive header's use of the deprecated AJS.debounce",
    from: 'this._resizeHandler=jl(function(){t.constructResponsiveDropdown()},100)',
    to: 'this._resizeHandler=function(f,w){var h;return function(){clearTimeout(h),h=setTimeout(f,w)}}'
      + '(function(){t.constructResponsiveDropdown()},100)',
  },
];

let code = readFileSync(file, 'utf8');
for (const { what, from, to } of replacements) {
  const count = code.split(from).length - 1;
  if (count !== 1) {
    console.error(`[devhost frontend] WARNING: ${what}: expected once in ${file}, found ${count} times; not patched.`);
    process.exit(0);
  }
  code = code.replace(from, to);
}
writeFileSync(file, code);
console.log(`[devhost frontend] AUI patched: ${replacements.map((r) => r.what).join('; ')}`);
