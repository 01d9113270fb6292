/*
 * Social ITSM in Jira: suggestions for the Hashtags field in basic search. A classic script (ES5, the Web Resource
 * Manager may minify it) of the web-resource social-hashtag-searcher, on the issue navigator's contexts.
 *
 * The searcher's template (templates/field/hashtags-search.vm) renders a text box marked
 * data-social-itsm-hashtag-suggest with an empty <datalist>. While the user types, this fills the list from
 * GET /rest/social/1.0/hashtags/suggest (the tags of issues the viewer may see, most used first), building each
 * <option> through its properties: no answer is ever inserted as HTML. Jira renders the criteria dialog after the page
 * loaded, so the script listens on the document instead of binding to boxes.
 */
(function () {
    'use strict';

    var MARK = 'data-social-itsm-hashtag-suggest';
    var BOUND = 'data-social-hashtag-searcher-bound';
    var LIMIT = 10;
    var DELAY_MS = 150;

    var root = document.documentElement;
    if (root.hasAttribute(BOUND)) {
        return;
    }
    root.setAttribute(BOUND, 'true');

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    /** Replaces the options of the box's list with the suggestions, as values and labels set as text. */
    function fill(list, suggestions) {
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        suggestions.forEach(function (suggestion) {
            var option = document.createElement('option');
            option.value = suggestion.tag;
            option.label = '#' + suggestion.display + ' (' + suggestion.count + ')';
            list.appendChild(option);
        });
    }

    function suggest(box) {
        var list = box.list;
        if (!list || !window.fetch) {
            return;
        }
        var typed = box.value;
        var url = contextPath() + '/rest/social/1.0/hashtags/suggest?limit=' + LIMIT + '&q='
            + encodeURIComponent(typed.slice(0, 65));
        window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (suggestions) {
                // An answer for what is no longer typed would offer the wrong tags.
                if (box.value === typed && Array.isArray(suggestions)) {
                    fill(list, suggestions);
                }
            })
            .catch(function () {
                // No suggestions; the box still takes any hashtag typed in full.
            });
    }

    var pending = null;
    document.addEventListener('input', function (event) {
        var box = event.target;
        if (!box || !box.hasAttribute || !box.hasAttribute(MARK)) {
            return;
        }
        window.clearTimeout(pending);
        pending = window.setTimeout(function () {
            suggest(box);
        }, DELAY_MS);
    }, true);
})();
