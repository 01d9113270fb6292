package com.socialitsm.kudos;

import java.util.List;
import java.util.Objects;

/**
 * What the issue's kudos panel shows: people the viewer may want to thank (the assignee and who earned points on
 * the issue, never the viewer) and the kudos given for the issue, newest first.
 */
public record IssueKudos(String issueKey, List<Person> people, List<GivenKudos> kudos, List<JustEarned> justEarned) {
    public IssueKudos {
        Objects.requireNonNull(issueKey, "issueKey");
        people = List.copyOf(people);
        kudos = List.copyOf(kudos);
        justEarned = List.copyOf(justEarned);
    }
}
