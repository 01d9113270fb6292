/*
 * Social ITSM in Jira: the notification bell in Jira's header. Jira renders the web-item social-notifications in the
 * top navigation bar (location system.top.navigation.bar, https://developer.atlassian.com/server/jira/platform/
 * web-item/ and the Web Fragments page of Jira's documentation) as a plain link to the feed, for signed-in users only.
 * This classic script is the only part of the app on every page (context atl.general), so it stays small: it loads
 * nothing and asks nothing on a page without that link (anonymous visitors). Where the link is, it asks WRM for the
 * web-resource social-header-panel (WRM.require with the "wr!" prefix, as the Web Resource Manager's loaders do:
 * https://developer.atlassian.com/server/framework/atlassian-sdk/WRM-resource-loading-phases), which brings the boot
 * (texts, main.js) and the panel's stylesheet after the page has loaded, then puts the notifications panel (the same
 * one as the devhost's header: the unread count from GET /notifications/count, the list from GET /notifications,
 * "Mark all read") in place of the link and asks main.js to mount it. Written in ES5: WRM may minify it.
 */
(function () {
    'use strict';

    var LINK_ID = 'social-itsm-notifications';
    var PANEL_RESOURCE = 'wr!com.socialitsm.social-itsm:social-header-panel';
    var MOUNT_EVENT = 'social-itsm:mount';

    function start() {
        var link = document.getElementById(LINK_ID);
        if (!link || link.getAttribute('data-social-bell') || !window.WRM || typeof WRM.require !== 'function') {
            return;
        }
        link.setAttribute('data-social-bell', 'loading');
        WRM.require([PANEL_RESOURCE]).then(function () {
            var mount = document.createElement('div');
            mount.setAttribute('data-social-panel', 'notifications');
            mount.className = 'social-header-bell';
            var item = link.parentNode;
            item.replaceChild(mount, link);
            // main.js mounts every panel when it loads; if it is loaded already, this asks it to mount the new one.
            mount.dispatchEvent(new CustomEvent(MOUNT_EVENT, { bubbles: true }));
        }, function () {
            // The link to the feed stays: the header still leads to what is new.
            link.setAttribute('data-social-bell', 'failed');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
