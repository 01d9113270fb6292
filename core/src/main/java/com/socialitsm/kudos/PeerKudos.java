package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.ActivityService;
import com.socialitsm.activity.Verb;
import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.Store;

/**
 * Peer kudos: a thank-you with a message, worth points to the receiver. It cannot be farmed: not to oneself, at most
 * the daily cap per giver and UTC day, and repeats between the same two people within the repeat window are worth
 * less each time (5, 3, 1, 0 by default).
 *
 * <p>The cap holds under concurrency because the receiver's ledger row takes its source key from the giver's day
 * and how many they had given that day ({@code kudos|giver|day|n}): two kudos racing for the same place collide on
 * the unique key, and the retry counts again.
 */
final class PeerKudos {
    /**
     * Kudos by one giver racing each other (scripts, many tabs) take one place of the day per round: each round has
     * a winner, so this many attempts see a burst of that many through to the cap without a failure.
     */
    private static final int RACE_ATTEMPTS = 20;

    private final Store store;
    private final Clock clock;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final Badges badges;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final AccessPolicy access;
    private final ActivityService activity;

    PeerKudos(Store store, Clock clock, KudosSettings settings, Ledger ledger, Badges badges, IssueDirectory issues,
              UserDirectory users, AccessPolicy access, ActivityService activity) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.badges = badges;
        this.issues = issues;
        this.users = users;
        this.access = access;
        this.activity = activity;
    }

    Outcome<KudosReceipt> give(String giver, String to, String issueKey, String message) {
        String text = message == null ? "" : message;
        String asked = to == null ? "" : to;
        if (text.length() > KudosService.MAX_MESSAGE) {
            return Outcome.refused(Problem.INVALID, "bad_request",
                    "message must be at most " + KudosService.MAX_MESSAGE + " characters.");
        }
        if (asked.equals(giver)) {
            return selfKudos();
        }
        Optional<UserRef> receiver = asked.isBlank() ? Optional.empty()
                : users.byKeyOrName(asked).filter(UserRef::active);
        if (receiver.isEmpty()) {
            return notFound();
        }
        String receiverKey = receiver.get().key();
        if (receiverKey.equals(giver)) {
            return selfKudos();
        }
        Optional<IssueRef> issue = Optional.empty();
        if (issueKey != null && !issueKey.isBlank()) {
            issue = issues.byKey(issueKey).filter(i -> access.canBrowse(Optional.of(giver), i.id()));
            if (issue.isEmpty()) {
                return notFound();
            }
        }
        long issueId = issue.map(IssueRef::id).orElse(0L);
        long projectId = issue.map(IssueRef::projectId).orElse(0L);
        return store.executeInTransactionRetryingRaces(RACE_ATTEMPTS,
                () -> giveInTransaction(giver, receiverKey, issueId, projectId, text));
    }

    private Outcome<KudosReceipt> giveInTransaction(String giver, String receiver, long issueId, long projectId,
            String text) {
        KudosRules rules = settings.rules();
        long now = clock.millis();
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(now), ZoneOffset.UTC);
        long dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int givenToday = store.count(KudosEntity.class, "GIVER = ? AND CREATED_AT >= ? AND CREATED_AT < ?", giver,
                dayStart, dayStart + Duration.ofDays(1).toMillis());
        if (givenToday >= rules.peerKudosDailyCap()) {
            return Outcome.refused(Problem.LIMITED, "kudos_cap",
                    "You have given as many kudos today as you can; thank you for being generous.");
        }
        String pair = pairKey(giver, receiver);
        int repeats = rules.peerKudosRepeatDays() == 0 ? 0 : store.count(KudosEntity.class,
                "PAIR = ? AND CREATED_AT > ?", pair, now - Duration.ofDays(rules.peerKudosRepeatDays()).toMillis());
        int points = rules.peerKudosPointsAfter(repeats);
        Map<String, Object> row = new HashMap<>();
        row.put("GIVER", giver);
        row.put("RECEIVER", receiver);
        row.put("PAIR", pair);
        row.put("ISSUE_ID", issueId);
        row.put("PROJECT_ID", projectId);
        row.put("MESSAGE", text);
        row.put("POINTS", points);
        row.put("CREATED_AT", now);
        KudosEntity kudos = store.create(KudosEntity.class, row);
        String slot = Ledger.slot(Ledger.KUDOS, giver, today.toEpochDay(), givenToday);
        ledger.write(List.of(Ledger.awardRow(new Ledger.Award(slot, receiver, points, Ledger.KUDOS, issueId,
                projectId, giver), Ledger.stateOf(slot, Map.of()), now)));
        badges.afterKudosReceived(receiver);
        recordActivity(kudos.getID(), giver, receiver, issueId, projectId, text, now);
        return Outcome.done(new KudosReceipt(kudos.getID(), receiver, points));
    }

    private static <T> Outcome<T> selfKudos() {
        return Outcome.refused(Problem.INVALID, "self_kudos", "You cannot give kudos to yourself.");
    }

    /** An unknown or inactive user, or a missing or hidden issue: the same refusal. */
    private static <T> Outcome<T> notFound() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found",
                "There is no such user, or no such issue that you may see.");
    }

    /**
     * The "kudos" activity: the giver thanked the receiver (the subject), with the message, delivered to the
     * followers of the issue, the giver and the receiver. In the kudos' transaction.
     */
    private void recordActivity(long kudosId, String giver, String receiver, long issueId, long projectId,
                                String message, long now) {
        Optional<IssueRef> issue = issueId == 0 ? Optional.empty() : issues.byId(issueId);
        String sourceKey = "kudos:" + kudosId;
        ActivityDraft draft = issue.map(i -> ActivityDraft.onIssue(sourceKey, Verb.KUDOS, giver, i, List.of(),
                        Instant.ofEpochMilli(now)))
                .orElseGet(() -> ActivityDraft.inProject(sourceKey, Verb.KUDOS, giver, projectId, List.of(),
                        Instant.ofEpochMilli(now)));
        activity.record(draft.withDetail(message).withSubjectUser(receiver));
    }

    static String pairKey(String giver, String receiver) {
        String pair = giver + "|" + receiver;
        return pair.length() <= 400 ? pair : "#" + KudosSettings.sha256(pair);
    }
}
