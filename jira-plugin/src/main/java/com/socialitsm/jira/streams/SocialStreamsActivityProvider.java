package com.socialitsm.jira.streams;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.streams.api.ActivityRequest;
import com.atlassian.streams.api.StreamsEntry;
import com.atlassian.streams.api.StreamsFeed;
import com.atlassian.streams.api.common.Option;
import com.atlassian.streams.spi.CancellableTask;
import com.atlassian.streams.spi.Filters;
import com.atlassian.streams.spi.StreamsActivityProvider;

import com.socialitsm.activity.FeedItem;
import com.socialitsm.jira.web.SocialTexts;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.page.I18nBundle;

/**
 * The app's activity in Jira's Activity Streams: the {@code <activity-streams-provider>} module's class. It is not a
 * bean of the plugin's Spring context (the module descriptor has the context build it when Activity Streams asks for
 * it), so the app starts without Activity Streams, whose packages it imports optionally.
 *
 * <p>Never throws into the gadget: a failure of the app (or an Activity Streams API that differs from the one this was
 * built against) is logged and answered with an empty feed, so Jira's own entries still show.
 */
public final class SocialStreamsActivityProvider implements StreamsActivityProvider {
    private static final Logger LOG = LoggerFactory.getLogger(SocialStreamsActivityProvider.class);
    /** The feed's title if even the texts cannot be read; the app's name, which is not translated. */
    private static final String APP_NAME = "Social ITSM";

    private final ActivityStreamReader reader;
    private final CurrentUser currentUser;
    private final JiraAuthenticationContext authenticationContext;
    private final ApplicationProperties applicationProperties;
    private final I18nResolver i18nResolver;
    private final SocialTexts texts;

    public SocialStreamsActivityProvider(ActivityStreamReader reader, CurrentUser currentUser,
                                         JiraAuthenticationContext authenticationContext,
                                         ApplicationProperties applicationProperties, I18nResolver i18nResolver,
                                         SocialTexts texts) {
        this.reader = reader;
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        this.applicationProperties = applicationProperties;
        this.i18nResolver = i18nResolver;
        this.texts = texts;
    }

    @Override
    public CancellableTask<StreamsFeed> getActivityFeed(ActivityRequest request) {
        // Who asks, read now on the caller's thread: Activity Streams may run the task on a pool thread, where Jira's
        // per-thread authentication context is not guaranteed to be set.
        Optional<String> viewer;
        Locale locale;
        try {
            viewer = currentUser.userKey();
            locale = authenticationContext.getLocale();
        } catch (RuntimeException e) {
            LOG.warn("Social ITSM could not tell who asks for activity; answering as for an anonymous user", e);
            viewer = Optional.empty();
            locale = Locale.ROOT;
        }
        Optional<String> asker = viewer;
        Locale language = locale;
        AtomicBoolean cancelled = new AtomicBoolean();
        return new CancellableTask<>() {
            @Override
            public StreamsFeed call() {
                return feed(request, asker, language, cancelled);
            }

            @Override
            public Result cancel() {
                cancelled.set(true);
                return Result.CANCELLED;
            }
        };
    }

    StreamsFeed feed(ActivityRequest request, Optional<String> viewer, Locale locale, AtomicBoolean cancelled) {
        String title = APP_NAME;
        try {
            I18nBundle bundle = texts.bundle(locale);
            title = bundle.text("socialitsm.streams.feed.title");
            List<FeedItem> items = reader.read(viewer, query(request), cancelled::get);
            StreamsEntries entries = new StreamsEntries(baseUrl(), bundle, applicationProperties.getDisplayName(),
                    i18nResolver);
            List<StreamsEntry> built = items.stream().map(entries::entry).toList();
            return new StreamsFeed(title, built, Option.none());
        } catch (RuntimeException | LinkageError e) {
            // LinkageError too: a NoSuchMethodError from an Activity Streams version this was not built against must
            // not take the gadget down.
            LOG.warn("Social ITSM could not answer an Activity Streams request; it contributes no entries this time",
                    e);
            return new StreamsFeed(title, List.of(), Option.none());
        }
    }

    /** The request's size and standard filters, read the way Activity Streams' own providers read them. */
    static StreamsQuery query(ActivityRequest request) {
        return new StreamsQuery(
                Math.max(1, request.getMaxResults()),
                set(Filters.getIssueKeys(request)),
                set(Filters.getProjectKeys(request)),
                set(Filters.getAuthors(request)),
                set(Filters.getNotIssueKeys(request)),
                set(Filters.getNotProjectKeys(request)),
                instant(Filters.getMinDate(request)),
                instant(Filters.getMaxDate(request)));
    }

    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static Set<String> set(Iterable<String> values) {
        Set<String> set = new LinkedHashSet<>();
        values.forEach(set::add);
        return set;
    }

    private static Optional<Instant> instant(Option<Date> date) {
        return date.isDefined() ? Optional.of(date.get().toInstant()) : Optional.empty();
    }
}
