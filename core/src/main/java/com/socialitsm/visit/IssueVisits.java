package com.socialitsm.visit;

import java.util.List;

/**
 * An issue's desk visits as a viewer sees them, for the issue view.
 *
 * @param canLog      whether the viewer is the assignee and so may log a visit
 * @param confirmable the pending visits among {@code visits} that the viewer, their reporter, may confirm
 */
public record IssueVisits(String issueKey, boolean canLog, List<DeskVisit> visits, List<Long> confirmable) {
    public IssueVisits {
        visits = List.copyOf(visits);
        confirmable = List.copyOf(confirmable);
    }
}
