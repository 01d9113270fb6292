/*
 * Social ITSM in Jira: starts the web module's front end on a page that asked for it (the issue view, the app's pages,
 * the admin page). A classic script of the web-resource social-boot, which the Web Resource Manager serves once per
 * page; written in ES5 because WRM and the build may minify it (the front end itself is ES modules, loaded by URL).
 *
 * 1. Claims the boot data the data provider wrote into the page (SocialBootDataProvider): the URL of main.js, the
 *    texts of the viewer's language and the server's input limits, which go into window.SOCIAL_I18N and
 *    window.SOCIAL_LIMITS where the front end reads them.
 * 2. Loads main.js as a module; it mounts every data-social-panel of the page (mounting is idempotent: a mounted
 *    node is marked and skipped).
 * 3. When Jira inserts new content, JIRA.Events.NEW_CONTENT_ADDED with a reason (Jira documents the event and its
 *    reasons: https://developer.atlassian.com/server/jira/platform/extending-inline-edit-for-jira-plugins/), asks
 *    main.js to mount the new content by dispatching the DOM event 'social-itsm:mount' on it: on pageLoad (the page or
 *    an issue loaded in place) and panelRefreshed (Jira re-rendered a panel of the issue view, e.g. after an edit).
 *    The one listener is bound here, once per page.
 */
(function () {
    'use strict';

    var DATA_KEY = 'com.socialitsm.social-itsm:social-boot.boot';
    var MOUNT_EVENT = 'social-itsm:mount';
    var BOOTED = 'data-social-booted';

    var root = document.documentElement;
    if (root.hasAttribute(BOOTED) || !window.WRM || !WRM.data) {
        return;
    }
    var boot = WRM.data.claim(DATA_KEY);
    if (!boot || !boot.main) {
        return;
    }
    root.setAttribute(BOOTED, 'true');
    window.SOCIAL_I18N = Object.assign(window.SOCIAL_I18N || {}, boot.i18n || {});
    window.SOCIAL_LIMITS = Object.assign(window.SOCIAL_LIMITS || {}, boot.limits || {});

    var main = document.createElement('script');
    main.type = 'module';
    main.src = new URL(boot.main, document.baseURI).href;
    document.head.appendChild(main);

    /** Jira's event bus: the AMD modules of jira.webresources:jira-events, or the older JIRA globals. */
    function jiraEvents() {
        try {
            return {
                bus: window.require('jira/util/events'),
                types: window.require('jira/util/events/types'),
                reasons: window.require('jira/util/events/reasons')
            };
        } catch (notAmd) {
            var jira = window.JIRA;
            return jira && jira.Events ? { bus: jira, types: jira.Events, reasons: jira.CONTENT_ADDED_REASON || {} } : null;
        }
    }

    /** The DOM nodes of the context Jira passes: a jQuery object, a node, or nothing (then the whole document). */
    function nodesOf(context) {
        if (context && context.jquery) {
            return context.toArray();
        }
        return context && context.nodeType ? [context] : [document];
    }

    var events = jiraEvents();
    if (!events || !events.bus || !events.bus.bind || !events.types.NEW_CONTENT_ADDED) {
        return;
    }
    var mountReasons = [events.reasons.pageLoad || 'pageLoad', events.reasons.panelRefreshed || 'panelRefreshed'];
    events.bus.bind(events.types.NEW_CONTENT_ADDED, function (event, context, reason) {
        if (mountReasons.indexOf(reason) < 0) {
            return;
        }
        nodesOf(context).forEach(function (node) {
            node.dispatchEvent(new CustomEvent(MOUNT_EVENT, { bubbles: true }));
        });
    });
})();
