/*
 * Social ITSM in Jira: the hashtags of the text Jira renders on the issue view (the description and each comment)
 * become links to their tag pages. A classic script of the web-resource social-issue-text (context jira.view.issue),
 * in ES5 like social-boot.js, because the Web Resource Manager may minify it.
 *
 * It only marks where Jira's rendered text is (data-social-hashtag-text) and asks the front end to look at it, by
 * dispatching 'social-itsm:mount' on the new content, as social-boot.js does for panels. The front end (linkify.js,
 * loaded by main.js) sends the marked text nodes to POST /hashtags/ranges, where the one grammar (core's
 * HashtagExtractor) finds the tags, and splits the text nodes at the answered ranges, inserting <a> elements built with
 * textContent: no user text is ever inserted as HTML. It skips pre, code, tt and a: Jira renders {code}, {noformat},
 * {{monospace}}, links and URLs as those, so they stay untouched.
 *
 * Runs at page load and again on every JIRA.Events.NEW_CONTENT_ADDED (an issue loaded in place, a panel refreshed,
 * an inline edit of the description saved, comments added or expanded), whatever the reason: marking twice changes
 * nothing, and the front end sends each text node once.
 */
(function () {
    'use strict';

    var MARK = 'data-social-hashtag-text';
    var MOUNT_EVENT = 'social-itsm:mount';
    var BOUND = 'data-social-issue-text-bound';
    /** Where Jira renders the issue's own text: the description field's view and each comment's body. */
    var RENDERED_TEXT = '#description-val .user-content-block, .activity-comment .action-body';

    var root = document.documentElement;
    if (root.hasAttribute(BOUND)) {
        return;
    }
    root.setAttribute(BOUND, 'true');

    /** Marks Jira's rendered text in node (itself included) and, if there is any, announces it to the front end. */
    function linkRenderedText(node) {
        var found = node.querySelectorAll ? Array.prototype.slice.call(node.querySelectorAll(RENDERED_TEXT)) : [];
        if (node.matches && node.matches(RENDERED_TEXT)) {
            found.push(node);
        }
        if (!found.length) {
            return;
        }
        found.forEach(function (element) {
            element.setAttribute(MARK, '');
        });
        // One event for the whole new content, so the front end asks the server once for all of its text.
        var target = node.nodeType === 9 ? node.documentElement : node;
        target.dispatchEvent(new CustomEvent(MOUNT_EVENT, { bubbles: true }));
    }

    /** The DOM nodes of the context Jira passes: a jQuery object, a node, or nothing (then the whole document). */
    function nodesOf(context) {
        if (context && context.jquery) {
            return context.toArray();
        }
        return context && context.nodeType ? [context] : [document];
    }

    /** Jira's event bus: the AMD modules of jira.webresources:jira-events, or the older JIRA globals. */
    function jiraEvents() {
        try {
            return { bus: window.require('jira/util/events'), types: window.require('jira/util/events/types') };
        } catch (notAmd) {
            var jira = window.JIRA;
            return jira && jira.Events ? { bus: jira, types: jira.Events } : null;
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            linkRenderedText(document);
        });
    } else {
        linkRenderedText(document);
    }

    var events = jiraEvents();
    if (events && events.bus && events.bus.bind && events.types && events.types.NEW_CONTENT_ADDED) {
        events.bus.bind(events.types.NEW_CONTENT_ADDED, function (event, context) {
            nodesOf(context).forEach(linkRenderedText);
        });
    }
})();
