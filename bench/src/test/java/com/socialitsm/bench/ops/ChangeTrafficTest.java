package com.socialitsm.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.socialitsm.bench.host.SyntheticHost;
import com.socialitsm.bench.workload.ServiceDesk;
import com.socialitsm.bench.workload.WorkloadSize;
import com.socialitsm.host.IssueChange;
import com.socialitsm.host.IssueRef;

class ChangeTrafficTest {
    private final ServiceDesk desk = new ServiceDesk(WorkloadSize.SMALL, 42);

    /** A later run's host knows the issues an earlier run created, as they were created (their project above all). */
    @Test
    void aLaterRunsHostKnowsTheIssuesAnEarlierRunCreated() {
        ChangeTraffic earlier = new ChangeTraffic(desk, new SyntheticHost(desk), 3, Instant.EPOCH);
        List<IssueRef> created = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            IssueChange change = earlier.next(n).change();
            if (change.kind() == IssueChange.Kind.CREATED) {
                created.add(change.issue());
            }
        }
        SyntheticHost later = new SyntheticHost(desk);

        assertThat(created).hasSizeGreaterThan(50);
        for (IssueRef issue : created) {
            assertThat(later.byId(issue.id())).contains(issue);
        }
        long firstOfRunFour = created.get(0).id() + 10_000_000L;
        assertThat(later.byId(firstOfRunFour)).isPresent();
        assertThat(later.byId(ServiceDesk.FIRST_ISSUE_ID + desk.size().issues())).isEmpty();
    }
}
