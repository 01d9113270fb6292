package com.socialitsm.jira.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.activity.FeedPage;
import com.socialitsm.activity.FeedQuery;
import com.socialitsm.activity.FeedService;
import com.socialitsm.activity.Person;
import com.socialitsm.follow.FollowTarget;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;

/**
 * Answers a {@link StreamsQuery} from the app's feeds, newest first, only what the viewer may browse (core's
 * {@link FeedService} checks every page). The narrowest filter picks the streams to read: the named issues, else the
 * named people, else the named projects, each from its own per-target stream (ACTIVITY_TARGET); without any of these,
 * the viewer's own feed (what they follow). Every other filter is applied to what those streams return, so a page
 * that filtering leaves short is followed by the next one, a bounded number of times.
 */
@Named
public final class ActivityStreamReader {
    /** Streams read for one request at most: a filter naming more issues, people or projects is cut here. */
    static final int MAX_TARGETS = 10;
    /** Pages read per stream at most, when filters or the time window leave pages short. */
    static final int MAX_PAGES = 3;

    private final FeedService feeds;
    private final IssueDirectory issues;
    private final UserDirectory users;

    @Inject
    public ActivityStreamReader(FeedService feeds, IssueDirectory issues, UserDirectory users) {
        this.feeds = feeds;
        this.issues = issues;
        this.users = users;
    }

    /**
     * The activity matching the query that the viewer may see, newest first, at most {@code query.maxResults()}
     * items; stops early, with what it has, once {@code cancelled} says so.
     */
    public List<FeedItem> read(Optional<String> viewer, StreamsQuery query, BooleanSupplier cancelled) {
        Set<String> authors = query.userNames().stream().map(users::byKeyOrName).flatMap(Optional::stream)
                .map(UserRef::key).collect(Collectors.toSet());
        if (!query.userNames().isEmpty() && authors.isEmpty()) {
            return List.of();
        }
        List<Function<FeedQuery, FeedPage>> sources = sources(viewer, query, authors);
        int limit = Math.min(query.maxResults(), FeedQuery.MAX_LIMIT);
        Matcher matcher = new Matcher(query, authors);
        Map<Long, FeedItem> found = new LinkedHashMap<>();
        for (Function<FeedQuery, FeedPage> source : sources) {
            FeedQuery page = FeedQuery.first(limit);
            int fromThisSource = 0;
            for (int round = 0; round < MAX_PAGES && !cancelled.getAsBoolean(); round++) {
                FeedPage result = source.apply(page);
                boolean pastTheWindow = false;
                for (FeedItem item : result.items()) {
                    if (query.after().isPresent() && !item.at().isAfter(query.after().get())) {
                        // Streams are newest first: everything below is older still.
                        pastTheWindow = true;
                        break;
                    }
                    if (matcher.matches(item) && found.putIfAbsent(item.id(), item) == null) {
                        fromThisSource++;
                    }
                }
                if (pastTheWindow || fromThisSource >= limit || result.next().isEmpty()) {
                    break;
                }
                page = page.after(result.next().get());
            }
        }
        return found.values().stream().sorted(Comparator.comparingLong(FeedItem::id).reversed()).limit(limit)
                .toList();
    }

    private List<Function<FeedQuery, FeedPage>> sources(Optional<String> viewer, StreamsQuery query,
                                                        Set<String> authors) {
        List<FollowTarget> targets = new ArrayList<>();
        if (!query.issueKeys().isEmpty()) {
            query.issueKeys().stream().map(issues::byKey).flatMap(Optional::stream).map(IssueRef::id)
                    .map(FollowTarget::issue).forEach(targets::add);
        } else if (!authors.isEmpty()) {
            authors.stream().map(FollowTarget::user).forEach(targets::add);
        } else if (!query.projectKeys().isEmpty()) {
            query.projectKeys().stream().map(issues::projectByKey).flatMap(Optional::stream).map(ProjectRef::id)
                    .map(FollowTarget::project).forEach(targets::add);
        } else {
            return List.of(page -> feeds.feed(viewer, page));
        }
        // A filter that names nothing the app knows matches nothing (it does not widen to everything).
        return targets.stream().sorted(Comparator.comparing(FollowTarget::key)).limit(MAX_TARGETS)
                .<Function<FeedQuery, FeedPage>>map(target -> page -> feeds.stream(viewer, target, page))
                .toList();
    }

    /** Every filter of the query, on one item. */
    private static final class Matcher {
        private final StreamsQuery query;
        private final Set<String> authors;
        private final Set<String> issueKeys;
        private final Set<String> projectKeys;
        private final Set<String> notIssueKeys;
        private final Set<String> notProjectKeys;

        Matcher(StreamsQuery query, Set<String> authors) {
            this.query = query;
            this.authors = authors;
            this.issueKeys = upperCaseAll(query.issueKeys());
            this.projectKeys = upperCaseAll(query.projectKeys());
            this.notIssueKeys = upperCaseAll(query.notIssueKeys());
            this.notProjectKeys = upperCaseAll(query.notProjectKeys());
        }

        boolean matches(FeedItem item) {
            Optional<String> issueKey = item.issueKey().map(ActivityStreamReader::upperCase);
            String projectKey = upperCase(item.projectKey());
            Instant at = item.at();
            return (issueKeys.isEmpty() || issueKey.filter(issueKeys::contains).isPresent())
                    && (projectKeys.isEmpty() || projectKeys.contains(projectKey))
                    // The user filter means "by": someone among those who acted, not whom it is about.
                    && (authors.isEmpty() || item.actors().stream().map(Person::key).anyMatch(authors::contains)
                        || authors.contains(item.actor().key()))
                    && issueKey.filter(notIssueKeys::contains).isEmpty()
                    && !notProjectKeys.contains(projectKey)
                    && query.before().map(at::isBefore).orElse(true);
        }

        private static Set<String> upperCaseAll(Collection<String> keys) {
            return keys.stream().map(ActivityStreamReader::upperCase).collect(Collectors.toSet());
        }
    }

    private static String upperCase(String key) {
        return key.toUpperCase(Locale.ROOT);
    }
}
