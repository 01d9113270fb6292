package com.socialitsm.kudos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Points for confirmed desk visits: one award per visit (slot {@code desk-visit|<visit id>}, so a repeated
 * confirmation writes nothing), none for self-reported issues, at most the daily cap per agent and UTC day.
 */
final class DeskVisitAwards {
    private final Clock clock;
    private final KudosSettings settings;
    private final Ledger ledger;
    private final Badges badges;

    DeskVisitAwards(Clock clock, KudosSettings settings, Ledger ledger, Badges badges) {
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.badges = badges;
    }

    int confirmed(DeskVisitCredit visit) {
        if (visit.agent().equals(visit.reporter())) {
            return 0;
        }
        String slot = Ledger.slot(Ledger.DESK_VISIT, visit.visitId());
        Ledger.SlotState state = Ledger.stateOf(slot, Ledger.states(ledger.inSlots(List.of(slot))));
        if (state.isActive()) {
            return 0;
        }
        DeskVisitRules rules = settings.deskVisitRules();
        long now = clock.millis();
        if (rules.points() == 0 || awardedToday(visit.agent(), now) >= rules.dailyCap()) {
            return 0;
        }
        ledger.write(List.of(Ledger.awardRow(new Ledger.Award(slot, visit.agent(), rules.points(), Ledger.DESK_VISIT,
                visit.issueId(), visit.projectId(), Long.toString(visit.visitId())), state, now)));
        badges.afterDeskVisit(visit.agent());
        return rules.points();
    }

    private int awardedToday(String agent, long now) {
        long dayStart = LocalDate.ofInstant(Instant.ofEpochMilli(now), ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC)
                .toInstant().toEpochMilli();
        return (int) Ledger.unreversedAwards(ledger.ofUser(agent, Ledger.DESK_VISIT)).stream()
                .filter(award -> award.createdAt() >= dayStart).count();
    }
}
