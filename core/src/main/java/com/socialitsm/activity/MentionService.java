package com.socialitsm.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.follow.FollowService;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.tag.Mentions;

/**
 * Turns {@code [~alice]} and {@code @alice} in a comment, question or answer into a "mentioned you" item in alice's
 * feed (and so in her notifications), whether or not she follows anything. Only for a name the host knows as an
 * active user ({@link UserDirectory#byName}), never for the writer, only when the mentioned user may browse the issue
 * (or, for a question tied to no issue, its project), and not when she muted the issue. One activity per text and
 * mentioned user (source key {@code mention:<text id>|<user key>}), so an edited comment, question or answer
 * mentions each person once, however often it is saved; a name added by an edit is mentioned then.
 *
 * <p>Cost: nothing for a text without {@code @} or {@code [~}; else per mentioned user (at most
 * {@link Mentions#MAX_MENTIONS}) one user look-up and one permission check in the host, and at most four statements
 * (the mute look-up, the source-key check, the two inserts of {@link ActivityService#recordFor}). Joins the caller's
 * transaction.
 */
public final class MentionService {
    /** FEED_ITEM.REASON of a mention. */
    public static final String REASON = "mention";
    static final String SOURCE_PREFIX = "mention:";

    private final UserDirectory users;
    private final AccessPolicy access;
    private final FollowService follows;
    private final ActivityService activities;

    public MentionService(UserDirectory users, AccessPolicy access, FollowService follows, ActivityService activities) {
        this.users = Objects.requireNonNull(users);
        this.access = Objects.requireNonNull(access);
        this.follows = Objects.requireNonNull(follows);
        this.activities = Objects.requireNonNull(activities);
    }

    /**
     * Records a mention for each user the text names.
     *
     * @param textId stable id of the text across its edits (a comment's id, {@code q:12}, {@code a:40})
     * @param about  the activity the text belongs to: its actor (the writer), issue, project, tags, detail and time
     * @return the user keys newly mentioned
     */
    public List<String> mentionIn(String textId, String text, ActivityDraft about) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> mentioned = new java.util.ArrayList<>();
        for (String name : Mentions.names(text)) {
            Optional<UserRef> user = users.byName(name).filter(UserRef::active);
            if (user.isEmpty() || user.get().key().equals(about.actor()) || mentioned.contains(user.get().key())
                    || !maySee(user.get().key(), about) || mutedIssue(user.get().key(), about)) {
                continue;
            }
            String userKey = user.get().key();
            ActivityDraft mention = new ActivityDraft(sourceKey(textId, userKey), Verb.MENTIONED, about.actor(),
                    about.issueId(), about.projectId(), about.hashtags(), about.detail(), Optional.of(userKey),
                    about.at());
            if (activities.recordFor(mention, userKey, REASON) == RecordOutcome.RECORDED) {
                mentioned.add(userKey);
            }
        }
        return List.copyOf(mentioned);
    }

    private boolean maySee(String userKey, ActivityDraft about) {
        Optional<String> viewer = Optional.of(userKey);
        if (about.issueId() != 0) {
            return access.canBrowse(viewer, about.issueId());
        }
        return about.projectId() != 0 && access.canBrowseProject(viewer, about.projectId());
    }

    private boolean mutedIssue(String userKey, ActivityDraft about) {
        if (about.issueId() == 0) {
            return false;
        }
        FollowTarget issue = FollowTarget.issue(about.issueId());
        return Boolean.TRUE.equals(follows.mutedByFollowedTarget(userKey, Set.of(issue)).get(issue));
    }

    /** {@code mention:<text id>|<user key>}, or a digest of it when that is longer than a source key may be. */
    static String sourceKey(String textId, String userKey) {
        String key = SOURCE_PREFIX + textId + "|" + userKey;
        if (key.length() <= ActivityDraft.MAX_SOURCE_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return SOURCE_PREFIX + "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
