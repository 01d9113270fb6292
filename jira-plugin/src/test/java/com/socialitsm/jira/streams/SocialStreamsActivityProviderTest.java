package com.socialitsm.jira.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.streams.api.ActivityRequest;
import com.atlassian.streams.api.ActivityVerbs;
import com.atlassian.streams.api.StreamsEntry;
import com.atlassian.streams.api.StreamsFeed;
import com.atlassian.streams.api.StreamsFilterType.Operator;
import com.atlassian.streams.api.UserProfile;
import com.atlassian.streams.api.common.Pair;
import com.atlassian.streams.spi.CancellableTask;

import com.socialitsm.activity.ActivityDraft;
import com.socialitsm.activity.Verb;
import com.socialitsm.app.SocialApp;
import com.socialitsm.follow.TargetType;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.jira.web.SocialTexts;
import com.socialitsm.testing.DatabaseTest;
import com.socialitsm.testing.InMemoryHost;
import com.socialitsm.testing.StoreExtension;

/**
 * The provider over the app's real feeds on a real database, as Activity Streams calls it: a request with standard
 * filters in, entries out. Jira's services are mocks; Activity Streams' value types are the compile-only stand-ins.
 */
@DatabaseTest
class SocialStreamsActivityProviderTest {
    @RegisterExtension
    static final StoreExtension db = new StoreExtension();

    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    private static final String BASE = "https://jira.example.com";

    private final InMemoryHost host = new InMemoryHost();
    private final AtomicInteger sources = new AtomicInteger();
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private Optional<String> viewer = Optional.of("bob");
    private SocialApp app;
    private SocialStreamsActivityProvider provider;
    private ProjectRef sd;
    private Instant now = START;

    @BeforeEach
    void setUp() {
        for (String user : List.of("alice", "bob", "carol")) {
            host.addUser(user);
        }
        sd = host.addProject("SD");
        app = new SocialApp(db.store(), Clock.fixed(START, ZoneOffset.UTC), host, host, host);
        when(authenticationContext.getLocale()).thenReturn(Locale.ENGLISH);
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE + "/");
        when(applicationProperties.getDisplayName()).thenReturn("Jira");
        provider = new SocialStreamsActivityProvider(new ActivityStreamReader(app.feed(), host, host),
                () -> viewer, authenticationContext, applicationProperties, mock(I18nResolver.class),
                new SocialTexts());
    }

    @Test
    void anEntrySaysWhoDidWhatWhereWithLinksToTheProfileAndTheIssue() throws Exception {
        IssueRef issue = host.addIssue(sd, "VPN down", "", "alice");
        record(Verb.COMMENTED, "alice", issue, "Rebooting the gateway");

        StreamsFeed feed = feed(request(10, Map.of("issue-key", List.of(is(issue.key())))));

        assertThat(feed.getTitle()).isEqualTo("Social ITSM activity");
        StreamsEntry entry = single(feed);
        assertThat(entry.renderTitleAsHtml().toString()).isEqualTo(
                "<a class=\"activity-item-user\" href=\"" + BASE + "/plugins/servlet/social/users/alice\">Alice</a>"
                        + " commented on <a href=\"" + BASE + "/browse/" + issue.key() + "\">" + issue.key()
                        + "</a> - VPN down");
        assertThat(entry.renderSummaryAsHtml().get().toString()).isEqualTo("Rebooting the gateway");
        assertThat(entry.getAlternateLink()).hasToString(BASE + "/browse/" + issue.key());
        assertThat(entry.getVerb()).isEqualTo(ActivityVerbs.post());
        assertThat(entry.getApplicationType()).isEqualTo("Jira");
        assertThat(entry.getPostedZonedDate().toInstant()).isEqualTo(now);
        UserProfile author = entry.getAuthors().iterator().next();
        assertThat(author.getUsername()).isEqualTo("alice");
        assertThat(author.getFullName()).isEqualTo("Alice");
        assertThat(author.getProfilePageUri().get()).hasToString(BASE + "/plugins/servlet/social/users/alice");
    }

    @Test
    void theViewerSeesOnlyWhatTheyMayBrowseWithHiddenIssuesInBetween() throws Exception {
        IssueRef open = host.addIssue(sd, "Printer jam", "", "alice");
        IssueRef secret = host.addIssue(sd, "Salary leak", "", "alice");
        host.restrictIssue(secret, "carol");
        ProjectRef hr = host.addProject("HR");
        host.restrictProject(hr, "carol");
        IssueRef hrIssue = host.addIssue(hr, "Layoffs", "", "alice");
        for (int i = 0; i < 6; i++) {
            // Alternating verbs, so that the visible ones do not fold into one burst.
            record(i % 2 == 0 ? Verb.COMMENTED : Verb.TAGGED, "alice", open, "visible " + i);
            record(Verb.COMMENTED, "alice", secret, "secret " + i);
            record(Verb.UPVOTED, "alice", hrIssue, "");
        }

        List<StreamsEntry> entries = entries(feed(request(4, Map.of("user", List.of(is("alice"))))));

        assertThat(entries).hasSize(4);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getAlternateLink())
                .hasToString(BASE + "/browse/" + open.key()));
        assertThat(summaries(entries)).containsExactly("visible 5", "visible 4", "visible 3", "visible 2");
        assertThat(titles(entries)).noneMatch(title -> title.contains(secret.key()) || title.contains("Salary")
                || title.contains(hrIssue.key()));

        viewer = Optional.of("carol");
        assertThat(summaries(entries(feed(request(2, Map.of("user", List.of(is("alice"))))))))
                .containsExactly("", "secret 5");
    }

    @Test
    void theIssueKeyFilterShowsThatIssueOnlyAndIgnoresCase() throws Exception {
        IssueRef one = host.addIssue(sd, "One", "", "alice");
        IssueRef two = host.addIssue(sd, "Two", "", "alice");
        record(Verb.COMMENTED, "alice", one, "on one");
        record(Verb.COMMENTED, "carol", two, "on two");
        record(Verb.RESOLVED, "carol", one, "");

        List<StreamsEntry> entries = entries(feed(request(10,
                Map.of("issue-key", List.of(is(one.key().toLowerCase(Locale.ROOT)))))));

        assertThat(entries).extracting(StreamsEntry::getAlternateLink).allSatisfy(link ->
                assertThat(link).hasToString(BASE + "/browse/" + one.key()));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getVerb()).isEqualTo(ActivityVerbs.update());
    }

    @Test
    void theProjectFilterShowsThatProjectAndNotAnother() throws Exception {
        ProjectRef ops = host.addProject("OPS");
        IssueRef inSd = host.addIssue(sd, "Desk", "", "alice");
        IssueRef inOps = host.addIssue(ops, "Server", "", "alice");
        record(Verb.COMMENTED, "alice", inSd, "sd");
        record(Verb.COMMENTED, "alice", inOps, "ops");
        app.activity().record(ActivityDraft.inProject("q" + sources.incrementAndGet(), Verb.ASKED, "carol", ops.id(),
                List.of(), tick()).withDetail("How do I reset a token?"));

        List<StreamsEntry> entries = entries(feed(request(10, Map.of("key", List.of(is("OPS"))))));

        assertThat(summaries(entries)).containsExactly("How do I reset a token?", "ops");
        assertThat(entries.get(0).renderTitleAsHtml().toString())
                .contains("asked a question on <a href=\"" + BASE + "/browse/OPS\">OPS</a>");
        assertThat(summaries(entries(feed(request(10, Map.of("key", List.of(is("OPS")),
                "issue-key", List.of(not(inOps.key())))))))).containsExactly("How do I reset a token?");
    }

    @Test
    void theUserFilterMeansByThatPersonNotAboutThem() throws Exception {
        IssueRef issue = host.addIssue(sd, "Laptop", "", "alice");
        record(Verb.COMMENTED, "alice", issue, "by alice");
        app.activity().record(ActivityDraft.onIssue("k" + sources.incrementAndGet(), Verb.KUDOS, "carol", issue,
                List.of(), tick()).withDetail("thanks alice").withSubjectUser("alice"));
        record(Verb.RESOLVED, "carol", issue, "");

        assertThat(summaries(entries(feed(request(10, Map.of("user", List.of(is("alice"))))))))
                .containsExactly("by alice");
        assertThat(summaries(entries(feed(request(10, Map.of("user", List.of(is("carol"))))))))
                .containsExactly("", "thanks alice");
        assertThat(entries(feed(request(10, Map.of("user", List.of(is("nobody"))))))).isEmpty();
    }

    @Test
    void atMostMaxResultsNewestFirst() throws Exception {
        IssueRef issue = host.addIssue(sd, "Busy", "", "alice");
        for (int i = 0; i < 7; i++) {
            record(i % 2 == 0 ? Verb.COMMENTED : Verb.TAGGED, "alice", issue, "n" + i);
        }

        assertThat(summaries(entries(feed(request(5, Map.of("issue-key", List.of(is(issue.key()))))))))
                .containsExactly("n6", "n5", "n4", "n3", "n2");
    }

    @Test
    void theTimeWindowOfTheUpdateDateFilterIsHonoured() throws Exception {
        IssueRef issue = host.addIssue(sd, "Slow", "", "alice");
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            record(i % 2 == 0 ? Verb.COMMENTED : Verb.TAGGED, "alice", issue, "n" + i);
            times.add(now);
        }
        Pair<Operator, Iterable<String>> after = Pair.pair(Operator.AFTER,
                List.of(String.valueOf(times.get(1).toEpochMilli())));
        Pair<Operator, Iterable<String>> before = Pair.pair(Operator.BEFORE,
                List.of(String.valueOf(times.get(4).toEpochMilli())));

        assertThat(summaries(entries(feed(request(10, Map.of("issue-key", List.of(is(issue.key())),
                "update-date", List.of(after, before))))))).containsExactly("n3", "n2");
    }

    @Test
    void withoutFiltersItIsTheViewersOwnFeedAndNothingForAnAnonymousViewer() throws Exception {
        IssueRef followed = host.addIssue(sd, "Followed", "", "alice");
        IssueRef other = host.addIssue(sd, "Other", "", "alice");
        app.follows().follow("bob", TargetType.ISSUE, followed.key());
        record(Verb.COMMENTED, "alice", followed, "followed");
        record(Verb.COMMENTED, "alice", other, "other");

        assertThat(summaries(entries(feed(request(10, Map.of()))))).containsExactly("followed");
        viewer = Optional.empty();
        assertThat(entries(feed(request(10, Map.of())))).isEmpty();
    }

    @Test
    void userTextIsEscapedEverywhereItIsShown() throws Exception {
        host.addUser("eve<img src=x>");
        IssueRef issue = host.addIssue(sd, "<script>alert('x')</script> & \"more\"", "", "alice");
        record(Verb.COMMENTED, "eve<img src=x>", issue, "<b>bold</b> & co");

        StreamsEntry entry = single(feed(request(10, Map.of("issue-key", List.of(is(issue.key()))))));

        String title = entry.renderTitleAsHtml().toString();
        assertThat(title).doesNotContain("<script>", "<img", "\"more\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains(">Eve&lt;img src=x&gt;</a>")
                .contains("href=\"" + BASE + "/plugins/servlet/social/users/eve%3Cimg%20src%3Dx%3E\"");
        assertThat(entry.renderSummaryAsHtml().get().toString()).isEqualTo("&lt;b&gt;bold&lt;/b&gt; &amp; co");
    }

    @Test
    void aFailureOfTheAppIsAnEmptyFeedNotAnException() throws Exception {
        IssueRef issue = host.addIssue(sd, "Fine", "", "alice");
        record(Verb.COMMENTED, "alice", issue, "hello");
        Map<String, Collection<Pair<Operator, Iterable<String>>>> filters =
                Map.of("issue-key", List.of(is(issue.key())));

        doThrow(new IllegalStateException("boom")).when(applicationProperties).getBaseUrl(UrlMode.CANONICAL);
        StreamsFeed failed = feed(request(10, filters));
        assertThat(failed.getEntries()).isEmpty();
        assertThat(failed.getTitle()).isEqualTo("Social ITSM activity");

        // An Activity Streams whose API differs from the one this was built against.
        doReturn(BASE).when(applicationProperties).getBaseUrl(UrlMode.CANONICAL);
        doThrow(new NoSuchMethodError("getDisplayName")).when(applicationProperties).getDisplayName();
        assertThat(feed(request(10, filters)).getEntries()).isEmpty();

        ActivityRequest olderRequest = mock(ActivityRequest.class);
        when(olderRequest.getMaxResults()).thenReturn(10);
        when(olderRequest.getStandardFiltersMap()).thenThrow(new UnsupportedOperationException("Please override"));
        assertThat(feed(olderRequest).getEntries()).isEmpty();
    }

    @Test
    void aCancelledTaskReadsNoMore() throws Exception {
        IssueRef issue = host.addIssue(sd, "Anything", "", "alice");
        record(Verb.COMMENTED, "alice", issue, "hello");

        CancellableTask<StreamsFeed> task = provider.getActivityFeed(request(10,
                Map.of("issue-key", List.of(is(issue.key())))));

        assertThat(task.cancel()).isEqualTo(CancellableTask.Result.CANCELLED);
        assertThat(task.call().getEntries()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void record(Verb verb, String actor, IssueRef issue, String text) {
        app.activity().record(ActivityDraft.onIssue("s" + sources.incrementAndGet(), verb, actor, issue, List.of(),
                tick()).withDetail(text));
    }

    private Instant tick() {
        now = now.plusSeconds(1);
        return now;
    }

    private StreamsFeed feed(ActivityRequest request) throws Exception {
        return provider.getActivityFeed(request).call();
    }

    private static ActivityRequest request(int maxResults,
                                           Map<String, ? extends Collection<Pair<Operator, Iterable<String>>>> filters) {
        ActivityRequest request = mock(ActivityRequest.class);
        when(request.getMaxResults()).thenReturn(maxResults);
        when(request.getStandardFiltersMap()).thenReturn(new LinkedHashMap<>(filters));
        return request;
    }

    private static Pair<Operator, Iterable<String>> is(String... values) {
        return Pair.pair(Operator.IS, List.of(values));
    }

    private static Pair<Operator, Iterable<String>> not(String... values) {
        return Pair.pair(Operator.NOT, List.of(values));
    }

    private static List<StreamsEntry> entries(StreamsFeed feed) {
        List<StreamsEntry> entries = new ArrayList<>();
        feed.getEntries().forEach(entries::add);
        return entries;
    }

    private static StreamsEntry single(StreamsFeed feed) {
        List<StreamsEntry> entries = entries(feed);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static List<String> summaries(List<StreamsEntry> entries) {
        return entries.stream().map(entry -> entry.renderSummaryAsHtml().isDefined()
                ? entry.renderSummaryAsHtml().get().toString() : "").toList();
    }

    private static List<String> titles(List<StreamsEntry> entries) {
        return entries.stream().map(entry -> entry.renderTitleAsHtml().toString()).toList();
    }
}
