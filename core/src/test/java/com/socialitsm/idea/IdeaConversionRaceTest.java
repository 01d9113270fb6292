package com.socialitsm.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.socialitsm.app.SocialApp;
import com.socialitsm.host.IssueCreation;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.InMemoryIssueCreation;
import com.socialitsm.testing.Race;
import com.socialitsm.testing.StoreExtension;

/**
 * Twenty agents turning one idea into an issue at the same instant make one issue: one agent gets it, the other
 * nineteen a conflict — on H2, PostgreSQL and MariaDB ({@code -Dsocial.db}).
 */
@DatabaseTest
class IdeaConversionRaceTest {
    private static final int AGENTS = 20;

    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private final InMemoryHost host = new InMemoryHost();
    private IdeaService ideas;
    private ProjectRef sd;

    @BeforeEach
    void setUp() {
        ideas = new SocialApp(db.store(), Clock.systemUTC(), host, host, host).ideas();
        sd = host.addProject("SD");
        host.addUser("carol");
        for (int i = 0; i < AGENTS; i++) {
            host.addUser(agent(i));
            host.makeAgent(sd, agent(i));
        }
    }

    @Test
    void twentyAgentsAtOnceMakeOneIssueAndNineteenConflicts() throws Exception {
        for (int round = 0; round < 3; round++) {
            Idea idea = ideas.submit("carol", "SD", "Racing conversions, round " + round, "", List.of()).value();
            CountingCreation creation = new CountingCreation(new InMemoryIssueCreation(host));

            List<Outcome<IssueRef>> answers = Race.runEach(AGENTS,
                    i -> ideas.turnIntoIssue(agent(i), idea.id(), creation, "http://x/ideas/" + idea.id()));

            List<IssueRef> made = answers.stream().filter(Outcome::isDone).map(Outcome::value).toList();
            assertThat(made).hasSize(1);
            assertThat(creation.created.get()).isEqualTo(1);
            assertThat(answers.stream().filter(a -> !a.isDone()))
                    .hasSize(AGENTS - 1)
                    .allMatch(a -> ((Outcome.Refused<IssueRef>) a).refusal().problem() == Problem.CONFLICT);
            db.store().flushAll();
            assertThat(ideas.get(Optional.of("carol"), idea.id()).value().idea().issueKey())
                    .isEqualTo(made.get(0).key());
        }
    }

    private static String agent(int i) {
        return "agent" + i;
    }

    /** Counts the issues the host was asked for, and takes a moment per issue as a real host does. */
    private static final class CountingCreation implements IssueCreation {
        private final IssueCreation host;
        private final AtomicInteger created = new AtomicInteger();

        CountingCreation(IssueCreation host) {
            this.host = host;
        }

        @Override
        public IssueRef create(ProjectRef project, String summary, String description, String reporter) {
            created.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return host.create(project, summary, description, reporter);
        }

        @Override
        public void comment(String issueKey, String author, String body) {
            host.comment(issueKey, author, body);
        }
    }
}
