package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.Store;

/**
 * Awards badges inside the transaction of what earned them: check what the user holds, test only the badges they
 * lack, insert the new ones in one batch. BADGE_KEY ({@code user|code}) is unique, so two transactions earning the
 * same badge at once end with one row: the loser fails and its retry (the engine's, or the service's retrying
 * transaction) finds the badge held.
 */
final class Badges {
    static final int TEN = 10;
    static final int EXPLORER_TAGS = 10;
    static final int HELPFUL_PEER_GIVERS = 5;

    private final Store store;
    private final Clock clock;
    private final Ledger ledger;

    Badges(Store store, Clock clock, Ledger ledger) {
        this.store = store;
        this.clock = clock;
        this.ledger = ledger;
    }

    List<EarnedBadge> earned(String userKey) {
        List<EarnedBadge> earned = new ArrayList<>();
        for (BadgeEntity row : store.find(BadgeEntity.class,
                Query.select().where("USER_KEY = ?", userKey).order("AWARDED_AT, ID"))) {
            Badge.ofCode(row.getCode()).ifPresent(b -> earned.add(new EarnedBadge(b, Instant.ofEpochMilli(
                    row.getAwardedAt()))));
        }
        return earned;
    }

    /**
     * After the user's resolution of an issue was awarded: first and ten resolutions (counted as resolution awards
     * in force, so resolving and reopening one issue ten times earns nothing), explorer. The boss fight is
     * {@link #afterBossDefeated}.
     */
    void afterResolution(String userKey, long projectId, long issueId, boolean resolutionAwarded,
                         boolean exploredNewTags) {
        Set<Badge> held = held(userKey);
        Set<Badge> earned = EnumSet.noneOf(Badge.class);
        if (resolutionAwarded && !held.contains(Badge.FIRST_RESOLUTION)) {
            earned.add(Badge.FIRST_RESOLUTION);
        }
        if (resolutionAwarded && !held.contains(Badge.TEN_RESOLUTIONS)
                && activeSlots(userKey, Ledger.RESOLVED) >= TEN) {
            earned.add(Badge.TEN_RESOLUTIONS);
        }
        if (exploredNewTags && !held.contains(Badge.EXPLORER)
                && activeSlots(userKey, Ledger.FIRST_TAG) >= EXPLORER_TAGS) {
            earned.add(Badge.EXPLORER);
        }
        award(userKey, earned);
    }

    /** Boss fight: resolved a project's boss (a boss award in force). */
    void afterBossDefeated(String userKey) {
        if (!held(userKey).contains(Badge.BOSS_FIGHT)) {
            award(userKey, EnumSet.of(Badge.BOSS_FIGHT));
        }
    }

    /** A boss award was reversed (the issue reopened): the badge goes unless another boss award is still in force. */
    void afterBossTakenBack(String userKey) {
        if (activeSlots(userKey, Ledger.BOSS) == 0) {
            store.deleteWithSQL(BadgeEntity.class, "BADGE_KEY = ?", userKey + "|" + Badge.BOSS_FIGHT.code());
        }
    }

    void afterAcceptedAnswer(String userKey) {
        if (!held(userKey).contains(Badge.FIRST_ACCEPTED_ANSWER)) {
            award(userKey, EnumSet.of(Badge.FIRST_ACCEPTED_ANSWER));
        }
    }

    /** Desk visitor: ten confirmed desk visits that earned points. */
    void afterDeskVisit(String agent) {
        if (!held(agent).contains(Badge.DESK_VISITOR) && activeSlots(agent, Ledger.DESK_VISIT) >= TEN) {
            award(agent, EnumSet.of(Badge.DESK_VISITOR));
        }
    }

    /** Helpful peer: kudos from five different people (five from one friend do not count). */
    void afterKudosReceived(String receiver) {
        if (held(receiver).contains(Badge.HELPFUL_PEER)) {
            return;
        }
        Set<String> givers = new HashSet<>();
        store.stream(KudosEntity.class, Query.select("ID, GIVER").where("RECEIVER = ?", receiver),
                kudos -> givers.add(kudos.getGiver()));
        if (givers.size() >= HELPFUL_PEER_GIVERS) {
            award(receiver, EnumSet.of(Badge.HELPFUL_PEER));
        }
    }

    private Set<Badge> held(String userKey) {
        Set<Badge> held = EnumSet.noneOf(Badge.class);
        for (BadgeEntity row : store.find(BadgeEntity.class, Query.select().where("USER_KEY = ?", userKey))) {
            Badge.ofCode(row.getCode()).ifPresent(held::add);
        }
        return held;
    }

    /** How many of the user's slots of this reason have an award in force. */
    private int activeSlots(String userKey, String reason) {
        return (int) Ledger.states(ledger.ofUser(userKey, reason)).values().stream()
                .filter(Ledger.SlotState::isActive).count();
    }

    private void award(String userKey, Collection<Badge> badges) {
        if (badges.isEmpty()) {
            return;
        }
        long now = clock.millis();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Badge badge : badges) {
            rows.add(Map.of("BADGE_KEY", userKey + "|" + badge.code(), "USER_KEY", userKey, "CODE", badge.code(),
                    "AWARDED_AT", now));
        }
        store.create(BadgeEntity.class, rows);
    }
}
