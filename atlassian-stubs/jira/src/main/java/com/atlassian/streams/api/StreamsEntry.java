// Source: decompiled streams-api StreamsEntry (CFR 0.152; a public decompiled copy found via code search, of the Platform 7
// transition line): "public StreamsEntry(Parameters<HasId, HasPostedDate, HasAlternateLinkUri, HasApplicationType,
// HasRenderer, HasVerb, HasAuthors> params, I18nResolver i18nResolver)" (SAL's com.atlassian.sal.api.message.I18nResolver);
// "public static Parameters<NeedsId, NeedsPostedDate, NeedsAlternateLinkUri, NeedsApplicationType, NeedsRenderer,
// NeedsVerb, NeedsAuthors> params()"; the type-state setters id(URI), postedDate(ZonedDateTime) (beside the deprecated
// Joda postedDate(DateTime), left out: Platform 7 takes Joda out of public signatures), applicationType(String),
// renderer(Renderer), addActivityObject(ActivityObject), verb(ActivityVerb), alternateLinkUri(URI),
// authors(NonEmptyIterable<UserProfile>); the getters; renderTitleAsHtml() -> Html, renderSummaryAsHtml() and
// renderContentAsHtml() -> Option<Html>; "public static interface Renderer" with the same three methods taking the entry;
// ActivityObject with params().id(String).title(Option<String>).alternateLinkUri(URI). The SDK tutorial "Making your own
// Activity Streams provider" builds entries the same way.
// Confidence: [C] every member here in the decompiled copy; [U] that the streams 10.0.x line bundled with Jira 10.3 has
// postedDate(ZonedDateTime) (it appears in the transition line; if 10.0.x lacked it, the provider's call fails at run time
// and the provider answers an empty feed)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses; the
// stand-in keeps the values and renders on demand (the real class memoizes and reports rendering errors through the
// I18nResolver).
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
package com.atlassian.streams.api;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.streams.api.common.NonEmptyIterable;
import com.atlassian.streams.api.common.Option;

public final class StreamsEntry {
    private final Parameters<HasId, HasPostedDate, HasAlternateLinkUri, HasApplicationType, HasRenderer, HasVerb,
            HasAuthors> params;

    public StreamsEntry(Parameters<HasId, HasPostedDate, HasAlternateLinkUri, HasApplicationType, HasRenderer, HasVerb,
            HasAuthors> params, I18nResolver i18nResolver) {
        this.params = Objects.requireNonNull(params, "params");
        Objects.requireNonNull(i18nResolver, "i18nResolver");
    }

    public static Parameters<NeedsId, NeedsPostedDate, NeedsAlternateLinkUri, NeedsApplicationType, NeedsRenderer,
            NeedsVerb, NeedsAuthors> params() {
        return new Parameters<>(null, null, null, null, List.of(), null, null, null);
    }

    public URI getId() {
        return params.id;
    }

    public ZonedDateTime getPostedZonedDate() {
        return params.postedDate;
    }

    public URI getAlternateLink() {
        return params.alternateLinkUri;
    }

    public String getApplicationType() {
        return params.applicationType;
    }

    public NonEmptyIterable<UserProfile> getAuthors() {
        return params.authors;
    }

    public ActivityVerb getVerb() {
        return params.verb;
    }

    public Iterable<ActivityObject> getActivityObjects() {
        return params.activityObjects;
    }

    public Html renderTitleAsHtml() {
        return params.renderer.renderTitleAsHtml(this);
    }

    public Option<Html> renderSummaryAsHtml() {
        return params.renderer.renderSummaryAsHtml(this);
    }

    public Option<Html> renderContentAsHtml() {
        return params.renderer.renderContentAsHtml(this);
    }

    public interface Renderer {
        int SUMMARY_LIMIT = 250;

        Html renderTitleAsHtml(StreamsEntry entry);

        Option<Html> renderSummaryAsHtml(StreamsEntry entry);

        Option<Html> renderContentAsHtml(StreamsEntry entry);
    }

    public static final class ActivityObject {
        private final Parameters params;

        public ActivityObject(Parameters params) {
            this.params = Objects.requireNonNull(params, "params");
        }

        public static Parameters params() {
            return new Parameters(Option.none(), Option.none(), Option.none());
        }

        public Option<String> getId() {
            return params.id;
        }

        public Option<String> getTitle() {
            return params.title;
        }

        public Option<URI> getAlternateLinkUri() {
            return params.alternateLinkUri;
        }

        public static class Parameters {
            private final Option<String> id;
            private final Option<String> title;
            private final Option<URI> alternateLinkUri;

            private Parameters(Option<String> id, Option<String> title, Option<URI> alternateLinkUri) {
                this.id = id;
                this.title = title;
                this.alternateLinkUri = alternateLinkUri;
            }

            public Parameters id(String id) {
                return new Parameters(Option.some(id), title, alternateLinkUri);
            }

            public Parameters title(Option<String> title) {
                return new Parameters(id, Objects.requireNonNull(title, "title"), alternateLinkUri);
            }

            public Parameters alternateLinkUri(URI alternateLinkUri) {
                return new Parameters(id, title, Option.some(alternateLinkUri));
            }
        }
    }

    public static class Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus,
            RendererStatus, VerbStatus, AuthorsStatus> {
        private final URI id;
        private final ZonedDateTime postedDate;
        private final String applicationType;
        private final Renderer renderer;
        private final List<ActivityObject> activityObjects;
        private final ActivityVerb verb;
        private final URI alternateLinkUri;
        private final NonEmptyIterable<UserProfile> authors;

        private Parameters(URI id, ZonedDateTime postedDate, String applicationType, Renderer renderer,
                           List<ActivityObject> activityObjects, ActivityVerb verb, URI alternateLinkUri,
                           NonEmptyIterable<UserProfile> authors) {
            this.id = id;
            this.postedDate = postedDate;
            this.applicationType = applicationType;
            this.renderer = renderer;
            this.activityObjects = activityObjects;
            this.verb = verb;
            this.alternateLinkUri = alternateLinkUri;
            this.authors = authors;
        }

        public Parameters<HasId, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus, RendererStatus,
                VerbStatus, AuthorsStatus> id(URI id) {
            return new Parameters<>(Objects.requireNonNull(id, "id"), postedDate, applicationType, renderer,
                    activityObjects, verb, alternateLinkUri, authors);
        }

        public Parameters<IdStatus, HasPostedDate, AlternateLinkUriStatus, ApplicationTypeStatus, RendererStatus,
                VerbStatus, AuthorsStatus> postedDate(ZonedDateTime postedDate) {
            return new Parameters<>(id, Objects.requireNonNull(postedDate, "postedDate"), applicationType, renderer,
                    activityObjects, verb, alternateLinkUri, authors);
        }

        public Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, HasApplicationType, RendererStatus,
                VerbStatus, AuthorsStatus> applicationType(String applicationType) {
            return new Parameters<>(id, postedDate, Objects.requireNonNull(applicationType, "applicationType"),
                    renderer, activityObjects, verb, alternateLinkUri, authors);
        }

        public Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus, HasRenderer,
                VerbStatus, AuthorsStatus> renderer(Renderer renderer) {
            return new Parameters<>(id, postedDate, applicationType, Objects.requireNonNull(renderer, "renderer"),
                    activityObjects, verb, alternateLinkUri, authors);
        }

        public Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus, RendererStatus,
                VerbStatus, AuthorsStatus> addActivityObject(ActivityObject activityObject) {
            List<ActivityObject> objects = new ArrayList<>(activityObjects);
            objects.add(Objects.requireNonNull(activityObject, "activityObject"));
            return new Parameters<>(id, postedDate, applicationType, renderer, List.copyOf(objects), verb,
                    alternateLinkUri, authors);
        }

        public Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus, RendererStatus,
                HasVerb, AuthorsStatus> verb(ActivityVerb verb) {
            return new Parameters<>(id, postedDate, applicationType, renderer, activityObjects,
                    Objects.requireNonNull(verb, "verb"), alternateLinkUri, authors);
        }

        public Parameters<IdStatus, PostedDateStatus, HasAlternateLinkUri, ApplicationTypeStatus, RendererStatus,
                VerbStatus, AuthorsStatus> alternateLinkUri(URI alternateLinkUri) {
            return new Parameters<>(id, postedDate, applicationType, renderer, activityObjects, verb,
                    Objects.requireNonNull(alternateLinkUri, "alternateLinkUri"), authors);
        }

        public Parameters<IdStatus, PostedDateStatus, AlternateLinkUriStatus, ApplicationTypeStatus, RendererStatus,
                VerbStatus, HasAuthors> authors(NonEmptyIterable<UserProfile> authors) {
            return new Parameters<>(id, postedDate, applicationType, renderer, activityObjects, verb,
                    alternateLinkUri, Objects.requireNonNull(authors, "authors"));
        }
    }

    public abstract static class NeedsId {
        NeedsId() {
        }
    }

    public abstract static class HasId {
        HasId() {
        }
    }

    public abstract static class NeedsPostedDate {
        NeedsPostedDate() {
        }
    }

    public abstract static class HasPostedDate {
        HasPostedDate() {
        }
    }

    public abstract static class NeedsAlternateLinkUri {
        NeedsAlternateLinkUri() {
        }
    }

    public abstract static class HasAlternateLinkUri {
        HasAlternateLinkUri() {
        }
    }

    public abstract static class NeedsApplicationType {
        NeedsApplicationType() {
        }
    }

    public abstract static class HasApplicationType {
        HasApplicationType() {
        }
    }

    public abstract static class NeedsRenderer {
        NeedsRenderer() {
        }
    }

    public abstract static class HasRenderer {
        HasRenderer() {
        }
    }

    public abstract static class NeedsVerb {
        NeedsVerb() {
        }
    }

    public abstract static class HasVerb {
        HasVerb() {
        }
    }

    public abstract static class NeedsAuthors {
        NeedsAuthors() {
        }
    }

    public abstract static class HasAuthors {
        HasAuthors() {
        }
    }
}
