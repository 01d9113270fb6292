package com.socialitsm.jira.host;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarService;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * Users from Jira's user manager. The app stores user keys (stable across renames, rewritten by anonymization);
 * names are accepted only where a person typed one.
 */
@Named("jiraUserDirectory")
public final class JiraUserDirectory implements UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(JiraUserDirectory.class);

    private final UserManager userManager;
    private final AvatarService avatarService;
    private final JiraAuthenticationContext authenticationContext;
    private final UserSearchService userSearch;

    @Inject
    public JiraUserDirectory(UserManager userManager, AvatarService avatarService,
                             JiraAuthenticationContext authenticationContext, UserSearchService userSearch) {
        this.userManager = userManager;
        this.avatarService = avatarService;
        this.authenticationContext = authenticationContext;
        this.userSearch = userSearch;
    }

    @Override
    public Optional<UserRef> byKeyOrName(String keyOrName) {
        if (keyOrName == null || keyOrName.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = userManager.getUserByKey(keyOrName);
        if (user == null) {
            user = userManager.getUserByName(keyOrName);
        }
        return Optional.ofNullable(user).map(this::toRef);
    }

    /**
     * {@code UserManager.getUserByName(String)}: "Returns an ApplicationUser based on user name", null when there is
     * none (Jira API javadoc, com.atlassian.jira.user.util.UserManager; already in our stub).
     */
    @Override
    public Optional<UserRef> byName(String userName) {
        if (userName == null || userName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserByName(userName)).map(this::toRef);
    }

    @Override
    public Map<String, UserRef> byKeys(Collection<String> userKeys) {
        Map<String, UserRef> users = new LinkedHashMap<>();
        for (String key : userKeys) {
            ApplicationUser user = userManager.getUserByKey(key);
            if (user != null) {
                users.put(key, toRef(user));
            }
        }
        return users;
    }

    private UserRef toRef(ApplicationUser user) {
        return new UserRef(user.getKey(), user.getDisplayName(), avatarUrl(user), user.isActive());
    }

    /** The avatar as the current viewer may see it; a missing avatar is not worth failing a feed for. */
    private String avatarUrl(ApplicationUser user) {
        try {
            URI uri = avatarService.getAvatarURL(authenticationContext.getLoggedInUser(), user, Avatar.Size.SMALL);
            return uri == null ? "" : uri.toString();
        } catch (RuntimeException e) {
            LOG.debug("No avatar for user {}", user.getKey(), e);
            return "";
        }
    }

    /**
     * Jira's own user picker search: {@code UserSearchService.findUsers(String, UserSearchParams)} with
     * {@code new UserSearchParams(false, true, false)} (no empty query, active users only), for a viewer for whom
     * {@code canPerformAjaxSearch(ApplicationUser)} holds ("Browse users" permission and the user picker's AJAX search
     * on), so nobody finds users they could not find in Jira's own pickers. Jira matches user names, display names and
     * e-mail addresses by word prefix; we keep its order and cut at {@code limit}.
     */
    @Override
    public List<UserRef> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        ApplicationUser viewer = authenticationContext.getLoggedInUser();
        if (viewer == null || !userSearch.canPerformAjaxSearch(viewer)) {
            return List.of();
        }
        return userSearch.findUsers(query.strip(), new UserSearchParams(false, true, false)).stream()
                .filter(ApplicationUser::isActive).limit(limit).map(this::toRef).toList();
    }
}
