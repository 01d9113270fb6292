package com.socialitsm.follow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.FollowEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * What a user names (issue key, tag, user key or name, project key) as the stored target they may follow: it must
 * exist and be visible to them, a missing and a hidden target are the same refusal, and a merged or renamed hashtag is
 * followed under the name it goes by now. {@link FollowService} asks it before every follow, mute and status, and
 * hands it the follows of a target that becomes another (a hashtag merged or renamed).
 */
final class FollowTargets {
    /** How far a chain of hashtag merges is followed (a → b → c); merges are flattened by the hashtag feature. */
    private static final int MAX_MERGE_HOPS = 5;

    private final Store store;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final AccessPolicy access;

    FollowTargets(Store store, IssueDirectory issues, UserDirectory users, AccessPolicy access) {
        this.store = Objects.requireNonNull(store);
        this.issues = Objects.requireNonNull(issues);
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
    }

    /** A target that exists and the user may see, and the name they know it by. */
    record Resolved(FollowTarget stored, String displayId) {
    }

    /** The refusal for a target that does not exist or is hidden from the viewer: the two are never told apart. */
    static <T> Outcome<T> notFound(TargetType type) {
        return Outcome.refused(Problem.NOT_FOUND, "not_found",
                "There is no such " + type.code() + ", or you may not see it.");
    }

    static <T> Outcome<T> invalid(String reason) {
        return Outcome.refused(Problem.INVALID, "bad_request", reason);
    }

    Outcome<Resolved> resolve(Optional<String> viewer, TargetType type, String id) {
        if (id == null || id.isBlank()) {
            return invalid("Name what to follow.");
        }
        return switch (type) {
            case ISSUE -> issues.byKey(id.trim())
                    .filter(issue -> access.canBrowse(viewer, issue.id()))
                    .map(issue -> Outcome.done(new Resolved(FollowTarget.issue(issue.id()), issue.key())))
                    .orElseGet(() -> notFound(type));
            case PROJECT -> issues.projectByKey(id.trim())
                    .filter(project -> access.canBrowseProject(viewer, project.id()))
                    .map(p -> Outcome.done(new Resolved(FollowTarget.project(p.id()), p.key())))
                    .orElseGet(() -> notFound(type));
            case USER -> users.byKeyOrName(id.trim())
                    .map(user -> FollowTarget.canHold(user.key())
                            ? Outcome.done(new Resolved(FollowTarget.user(user.key()), user.key()))
                            : FollowTargets.<Resolved>invalid("This user cannot be followed."))
                    .orElseGet(() -> notFound(type));
            // Ideas are followed through the idea board (which knows their visibility), never by name here.
            case IDEA -> notFound(type);
            case HASHTAG -> {
                Optional<String> tag = HashtagExtractor.normalizeTag(id);
                if (tag.isEmpty()) {
                    yield invalid("Not a hashtag: letters, digits and _, with a "
                            + "letter, 1-" + HashtagExtractor.MAX_TAG_LENGTH + " characters.");
                }
                String current = currentName(tag.get());
                yield Outcome.done(new Resolved(FollowTarget.hashtag(current), current));
            }
        };
    }

    /** See {@link FollowService#retarget}. */
    int retarget(FollowTarget from, FollowTarget to) {
        if (from.equals(to)) {
            return 0;
        }
        return store.executeInTransaction(() -> {
            FollowEntity[] moving = store.find(FollowEntity.class, Query.select().where("TARGET = ?", from.key()));
            if (moving.length == 0) {
                return 0;
            }
            Set<String> alreadyThere = new HashSet<>();
            List<String> followers = new ArrayList<>();
            for (FollowEntity row : moving) {
                followers.add(row.getFollower());
            }
            for (List<String> chunk : InList.chunks(followers)) {
                List<String> keys = chunk.stream().map(u -> FollowService.followKey(u, to)).toList();
                for (FollowEntity existing : store.find(FollowEntity.class, Query.select()
                        .where(InList.in("FOLLOW_KEY", keys.size()), keys.toArray()))) {
                    alreadyThere.add(existing.getFollower());
                }
            }
            List<Map<String, Object>> moved = new ArrayList<>();
            for (FollowEntity row : moving) {
                if (alreadyThere.add(row.getFollower())) {
                    // Each row keeps its own delivery path: a target may mix fan-out and fan-in followers.
                    moved.add(FollowService.row(row.getFollower(), to, row.getSince(), row.isAuto(), row.isMuted(),
                            row.isFanIn()));
                }
            }
            store.deleteWithSQL(FollowEntity.class, "TARGET = ?", from.key());
            store.create(FollowEntity.class, moved);
            return moved.size();
        });
    }

    /** The name a tag goes by now: a tag merged or renamed into another is followed under its new name. */
    private String currentName(String tag) {
        String current = tag;
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            HashtagEntity[] rows = store.find(HashtagEntity.class, Query.select().where("TAG = ?", current));
            if (rows.length == 0 || rows[0].getMergedInto() == null || rows[0].getMergedInto().isBlank()) {
                return current;
            }
            current = rows[0].getMergedInto();
        }
        return current;
    }
}
