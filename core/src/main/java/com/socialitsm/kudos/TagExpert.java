package com.socialitsm.kudos;

import java.util.Objects;

/**
 * Someone who knows a tag: what they did on issues carrying it in the last {@link ExpertsByTag#WINDOW_DAYS} days,
 * counted only over issues the viewer may browse.
 *
 * @param resolved issues of the tag they resolved (a resolution reversed by a reopen no longer counts)
 * @param accepted their answers accepted on questions asked on such issues (an unaccepted one no longer counts)
 * @param thanked  people who thanked them for such an issue, one per person and issue
 * @param score    {@link ExpertsByTag#score}: the weighting the list is ranked by
 */
public record TagExpert(String user, String displayName, String avatarUrl, int resolved, int accepted, int thanked,
                        int score) {
    public TagExpert {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
    }
}
