package com.socialitsm.kudos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * Turns ledger rows into {@link Award}s for one viewer: the issue (or, for a project-wide question, the project) is
 * checked against the access policy in bulk, and a cause the viewer may not browse is blanked, never shown.
 */
final class AwardViews {
    private final IssueDirectory issues;
    private final AccessPolicy access;
    private final UserDirectory users;

    AwardViews(IssueDirectory issues, AccessPolicy access, UserDirectory users) {
        this.issues = issues;
        this.access = access;
        this.users = users;
    }

    List<Award> view(Optional<String> viewer, List<Ledger.Entry> entries) {
        Set<Long> issueIds = new HashSet<>();
        for (Ledger.Entry entry : entries) {
            if (entry.issueId() != 0) {
                issueIds.add(entry.issueId());
            }
        }
        Set<Long> visible = issueIds.isEmpty() ? Set.of() : access.browsableIssues(viewer, issueIds);
        Map<Long, IssueRef> refs = visible.isEmpty() ? Map.of() : issues.byIds(visible);
        Set<String> givers = new HashSet<>();
        for (Ledger.Entry entry : entries) {
            if (entry.reason().equals(Ledger.KUDOS) && !entry.detail().isEmpty()) {
                givers.add(entry.detail());
            }
        }
        // Kudos rows name the giver by key: shown by their name, one look-up for all of them.
        Map<String, UserRef> names = givers.isEmpty() ? Map.of() : users.byKeys(givers);
        Map<Long, Boolean> projects = new HashMap<>();
        List<Award> awards = new ArrayList<>();
        for (Ledger.Entry entry : entries) {
            boolean hidden;
            if (entry.issueId() != 0) {
                hidden = !visible.contains(entry.issueId()) || !refs.containsKey(entry.issueId());
            } else if (entry.projectId() != 0) {
                hidden = !projects.computeIfAbsent(entry.projectId(), p -> access.canBrowseProject(viewer, p));
            } else {
                hidden = false;
            }
            IssueRef issue = hidden ? null : refs.get(entry.issueId());
            boolean answer = entry.reason().equals(Ledger.ANSWER_ACCEPTED) || entry.reason().equals(Ledger.ANSWER_UPVOTED);
            awards.add(new Award(entry.id(), entry.points(), entry.reason(), Instant.ofEpochMilli(entry.createdAt()),
                    entry.isReversal(),
                    issue == null ? "" : issue.key(),
                    issue == null ? "" : issue.summary(),
                    answer && !hidden ? parseId(entry.detail()) : 0,
                    entry.reason().equals(Ledger.KUDOS) ? entry.detail() : "",
                    entry.reason().equals(Ledger.FIRST_TAG) && !hidden ? entry.detail() : "",
                    hidden,
                    entry.reason().equals(Ledger.KUDOS) ? nameOf(names, entry.detail()) : ""));
        }
        return awards;
    }

    private static String nameOf(Map<String, UserRef> names, String key) {
        UserRef user = names.get(key);
        return user == null ? key : user.displayName();
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
