package com.socialitsm.web.rest;

import com.socialitsm.follow.FollowRules;
import com.socialitsm.follow.Participation;

/** The auto-follow rules an admin sets: whether each kind of participation makes the participant follow. */
public record FollowRulesJson(Boolean reporter, Boolean assignee, Boolean commenter, Boolean voter, Boolean asker,
        Boolean answerer) {

    static FollowRulesJson of(FollowRules rules) {
        return new FollowRulesJson(rules.autoFollows(Participation.REPORTER),
                rules.autoFollows(Participation.ASSIGNEE), rules.autoFollows(Participation.COMMENTER),
                rules.autoFollows(Participation.VOTER), rules.autoFollows(Participation.ASKER),
                rules.autoFollows(Participation.ANSWERER));
    }

    /** These rules applied over {@code current}: a field left out keeps its value. */
    FollowRules applyTo(FollowRules current) {
        FollowRules rules = current;
        rules = set(rules, Participation.REPORTER, reporter);
        rules = set(rules, Participation.ASSIGNEE, assignee);
        rules = set(rules, Participation.COMMENTER, commenter);
        rules = set(rules, Participation.VOTER, voter);
        rules = set(rules, Participation.ASKER, asker);
        rules = set(rules, Participation.ANSWERER, answerer);
        return rules;
    }

    private static FollowRules set(FollowRules rules, Participation participation, Boolean on) {
        return on == null ? rules : rules.with(participation, on);
    }
}
