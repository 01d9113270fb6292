/*
 * Social ITSM for Jira: fills the issue-view panels from the REST API (/rest/social/1.0, see API.md).
 * Every dynamic string is inserted as text, never as HTML. Texts come from AJS.I18n.getText with literal keys, which
 * the jsI18n transformer replaces on the server. The page bodies are drawn by the web module's page scripts.
 */
(function (AJS, window, document) {
    'use strict';

    var REST = AJS.contextPath() + '/rest/social/1.0';
    var PAGES = AJS.contextPath() + '/plugins/servlet/social';

    function request(method, path, body) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        var init = {method: method, headers: headers, credentials: 'same-origin'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(REST + path, init).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.status === 204 ? null : response.json();
        });
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function setStatus(panel, text) {
        var status = panel.querySelector('.social-itsm-status');
        if (status) {
            status.textContent = text || '';
        }
    }

    function showTags(panel, hashtags) {
        var box = panel.querySelector('.social-itsm-hashtags');
        box.textContent = '';
        if (!hashtags.length) {
            box.appendChild(element('span', 'social-itsm-empty', AJS.I18n.getText('socialitsm.panel.hashtags.none')));
            return;
        }
        hashtags.forEach(function (hashtag) {
            var link = element('a', 'social-itsm-tag', '#' + (hashtag.display || hashtag.tag));
            link.href = PAGES + '/hashtags/' + encodeURIComponent(hashtag.tag);
            box.appendChild(link);
            box.appendChild(document.createTextNode(' '));
        });
    }

    function initVote(panel, key, loggedIn) {
        var button = panel.querySelector('.social-itsm-vote');
        var state = {voted: false, count: 0};
        function draw() {
            button.textContent = (state.voted ? AJS.I18n.getText('socialitsm.panel.voted')
                : AJS.I18n.getText('socialitsm.panel.vote')) + ' (' + state.count + ')';
            button.setAttribute('aria-pressed', String(state.voted));
            button.disabled = !loggedIn;
        }
        request('GET', '/votes/issue/' + encodeURIComponent(key)).then(function (vote) {
            state = vote;
            draw();
        }).catch(function () {
            setStatus(panel, AJS.I18n.getText('socialitsm.common.unavailable'));
        });
        button.addEventListener('click', function () {
            request(state.voted ? 'DELETE' : 'PUT', '/votes/issue/' + encodeURIComponent(key)).then(function (vote) {
                state = vote;
                draw();
            }).catch(function () {
                setStatus(panel, AJS.I18n.getText('socialitsm.common.failed'));
            });
        });
    }

    function initFollow(panel, key, loggedIn) {
        var button = panel.querySelector('.social-itsm-follow');
        var following = false;
        function draw() {
            button.textContent = following ? AJS.I18n.getText('socialitsm.panel.following')
                : AJS.I18n.getText('socialitsm.panel.follow');
            button.setAttribute('aria-pressed', String(following));
            button.disabled = false;
        }
        if (!loggedIn) {
            return;
        }
        request('GET', '/follows').then(function (follows) {
            following = follows.some(function (follow) {
                return follow.type === 'issue' && follow.id === key;
            });
            draw();
        }).catch(function () {
            setStatus(panel, AJS.I18n.getText('socialitsm.common.unavailable'));
        });
        button.addEventListener('click', function () {
            request(following ? 'DELETE' : 'PUT', '/follows/issue/' + encodeURIComponent(key)).then(function (follow) {
                following = follow.following;
                draw();
            }).catch(function () {
                setStatus(panel, AJS.I18n.getText('socialitsm.common.failed'));
            });
        });
    }

    function initKudos(panel, key, assignee, loggedIn) {
        var form = panel.querySelector('.social-itsm-kudos');
        if (!loggedIn || !assignee) {
            return;
        }
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var input = form.querySelector('.social-itsm-kudos-message');
            request('POST', '/kudos', {to: assignee, issueKey: key, message: input.value}).then(function () {
                input.value = '';
                setStatus(panel, AJS.I18n.getText('socialitsm.panel.kudos.sent'));
            }).catch(function () {
                setStatus(panel, AJS.I18n.getText('socialitsm.common.failed'));
            });
        });
    }

    function initSocialPanel(panel) {
        var key = panel.getAttribute('data-issue-key');
        var loggedIn = panel.getAttribute('data-logged-in') === 'true';
        request('GET', '/hashtags/issue/' + encodeURIComponent(key)).then(function (issue) {
            showTags(panel, issue.hashtags || []);
        }).catch(function () {
            setStatus(panel, AJS.I18n.getText('socialitsm.common.unavailable'));
        });
        initVote(panel, key, loggedIn);
        initFollow(panel, key, loggedIn);
        initKudos(panel, key, panel.getAttribute('data-assignee'), loggedIn);
    }

    function initQuestionsPanel(panel) {
        var key = panel.getAttribute('data-issue-key');
        var project = panel.getAttribute('data-project-key');
        var list = panel.querySelector('.social-itsm-question-list');
        var ask = panel.querySelector('.social-itsm-ask');
        ask.href = PAGES + '/questions?ask=1&issueKey=' + encodeURIComponent(key);
        request('GET', '/questions?sort=newest&project=' + encodeURIComponent(project)).then(function (page) {
            list.textContent = '';
            var items = (page.items || []).slice(0, 5);
            if (!items.length) {
                setStatus(panel, AJS.I18n.getText('socialitsm.panel.questions.none'));
            }
            items.forEach(function (question) {
                var item = element('li');
                var link = element('a', null, question.title);
                link.href = PAGES + '/questions?id=' + encodeURIComponent(question.id);
                item.appendChild(link);
                list.appendChild(item);
            });
        }).catch(function () {
            setStatus(panel, AJS.I18n.getText('socialitsm.common.unavailable'));
        });
    }

    function initPage(page) {
        // The web module's page scripts draw the page body; until they are loaded the shell says so.
        if (!(window.SocialItsm && typeof window.SocialItsm.mountPage === 'function')) {
            setStatus(page, AJS.I18n.getText('socialitsm.page.unavailable'));
            return;
        }
        window.SocialItsm.mountPage(page);
    }

    function init(root) {
        var scope = root && root.querySelectorAll ? root : document;
        scope.querySelectorAll('[data-social-panel]:not([data-social-ready])').forEach(function (panel) {
            panel.setAttribute('data-social-ready', 'true');
            if (panel.getAttribute('data-social-panel') === 'social') {
                initSocialPanel(panel);
            } else {
                initQuestionsPanel(panel);
            }
        });
        scope.querySelectorAll('.social-itsm-page:not([data-social-ready])').forEach(function (page) {
            page.setAttribute('data-social-ready', 'true');
            initPage(page);
        });
    }

    AJS.toInit(function () {
        init(document);
    });
    // The issue view is re-rendered in place (inline edits, issue navigator); panels then arrive as new content.
    if (window.JIRA && window.JIRA.bind && window.JIRA.Events) {
        window.JIRA.bind(window.JIRA.Events.NEW_CONTENT_ADDED, function (event, context) {
            init(context && context[0] ? context[0] : document);
        });
    }
}(window.AJS, window, document));
