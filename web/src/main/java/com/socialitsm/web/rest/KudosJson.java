package com.socialitsm.web.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.socialitsm.kudos.Award;
import com.socialitsm.kudos.EarnedBadge;
import com.socialitsm.kudos.GivenKudos;
import com.socialitsm.kudos.LeaderboardRow;
import com.socialitsm.kudos.UserProfile;

/** The JSON shapes of the kudos API, and how core's records map onto them (times as ISO-8601 strings). */
public final class KudosJson {
    private KudosJson() {
    }

    public record GiveKudosRequest(String to, String issueKey, String message) {
    }

    public record KudosGiven(long id, String to, int points) {
    }

    /** {@code points} is null where privacy mode hides them. */
    public record Row(String user, String displayName, String avatarUrl, Integer points, int rank, boolean me) {
    }

    public record Badge(String code, String awardedAt) {
    }

    /**
     * A ledger row with what caused it; {@code link} is an app path (prefix the context path) to the issue, question
     * or giver, null when the cause is hidden from the viewer ({@code hidden}).
     */
    public record AwardRow(long id, int points, String reason, String at, boolean reversal, String issueKey,
                           String summary, Long questionId, String from, String tag, boolean hidden, String link,
                           String fromName, String questionTitle) {
    }

    /** {@code points} is null when hidden from the viewer (privacy mode, or the receiver opted out). */
    public record Kudos(long id, String from, String fromName, String to, String toName, String issueKey,
                        String message, Integer points, String at) {
    }

    /**
     * {@code points} is null when hidden from the viewer (privacy mode, or the user opted out); {@code rank} the user's
     * place on the season's overall leaderboard, null when they are not on it or their points are hidden;
     * {@code weeklyPoints} the points of each of the last 12 rolling weeks, oldest first (empty when hidden).
     */
    public record Profile(String user, String displayName, String avatarUrl, Integer points, boolean optedOut,
                          boolean me, List<Badge> badges, List<AwardRow> recent, List<Kudos> kudos, Integer rank,
                          List<Integer> weeklyPoints) {
    }

    /** A page of one's own ledger; {@code next} is the {@code before} cursor of the next page, null at the end. */
    public record Ledger(List<AwardRow> items, Long next) {
    }

    /** {@code justEarned}: the viewer's points on this issue from the last minutes, for the view to tell them once. */
    public record IssuePanel(String issueKey, List<PersonJson> people, List<Kudos> kudos, List<Earned> justEarned) {
    }

    /** Points just earned: the ledger row's id, its points and rule (as {@link AwardRow#reason}). */
    public record Earned(long id, int points, String reason, String at) {
    }

    public record OptOut(boolean optedOut) {
    }

    static Row row(LeaderboardRow row) {
        return new Row(row.user(), row.displayName(), row.avatarUrl(), row.pointsHidden() ? null : row.points(),
                row.rank(), row.me());
    }

    /** titles: the question titles of Q&amp;A awards ({@link #titlesNeeded}). */
    static Profile profile(UserProfile profile, boolean me, Map<Long, String> titles) {
        return new Profile(profile.user(), profile.displayName(), profile.avatarUrl(),
                profile.pointsHidden() ? null : profile.points(), profile.optedOut(), me,
                profile.badges().stream().map(KudosJson::badge).toList(),
                profile.recent().stream().map(award -> award(award, titles)).toList(),
                profile.kudosReceived().stream().map(KudosJson::kudos).toList(),
                profile.rank() > 0 ? profile.rank() : null, profile.weeklyPoints());
    }

    /** The questions whose titles these awards show. */
    static Set<Long> titlesNeeded(List<Award> awards) {
        return awards.stream().map(Award::questionId).filter(id -> id > 0).collect(Collectors.toSet());
    }

    static Badge badge(EarnedBadge badge) {
        return new Badge(badge.badge().code(), badge.awardedAt().toString());
    }

    static AwardRow award(Award award, Map<Long, String> titles) {
        String link = null;
        if (!award.issueKey().isEmpty()) {
            link = "/browse/" + encode(award.issueKey());
        } else if (award.questionId() > 0) {
            link = "/plugins/servlet/social/questions/" + award.questionId();
        } else if (!award.fromUser().isEmpty()) {
            link = "/plugins/servlet/social/users/" + encode(award.fromUser());
        }
        return new AwardRow(award.id(), award.points(), award.reason(), award.at().toString(), award.reversal(),
                blankToNull(award.issueKey()), blankToNull(award.issueSummary()),
                award.questionId() > 0 ? award.questionId() : null, blankToNull(award.fromUser()),
                blankToNull(award.tag()), award.sourceHidden(), link, blankToNull(award.fromName()),
                award.questionId() > 0 ? titles.get(award.questionId()) : null);
    }

    static Kudos kudos(GivenKudos kudos) {
        return new Kudos(kudos.id(), kudos.from(), kudos.fromName(), kudos.to(), kudos.toName(),
                blankToNull(kudos.issueKey()), kudos.message(), kudos.pointsHidden() ? null : kudos.points(),
                kudos.at().toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
