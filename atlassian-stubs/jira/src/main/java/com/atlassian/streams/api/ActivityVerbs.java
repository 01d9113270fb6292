// Source: decompiled streams-api ActivityVerbs (CFR 0.152; public decompiled copy, code search): STANDARD_IRI_BASE
// "http://activitystrea.ms/schema/1.0/", "public static ActivityVerb post()", "update()", "like()", each
// standardVerbs.newVerb("<key>")
// Confidence: [C] post(), update(), like(); the stand-in builds plain values (the real class caches verbs in a factory)
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.streams.api;

import java.net.URI;

import com.atlassian.streams.api.common.Option;

public class ActivityVerbs {
    public static final String STANDARD_IRI_BASE = "http://activitystrea.ms/schema/1.0/";

    public static ActivityVerb post() {
        return standard("post");
    }

    public static ActivityVerb update() {
        return standard("update");
    }

    public static ActivityVerb like() {
        return standard("like");
    }

    private static ActivityVerb standard(String key) {
        URI iri = URI.create(STANDARD_IRI_BASE + key);
        return new ActivityVerb() {
            @Override
            public URI iri() {
                return iri;
            }

            @Override
            public String key() {
                return key;
            }

            @Override
            public Option<ActivityVerb> parent() {
                return Option.none();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof ActivityVerb other && other.iri().equals(iri);
            }

            @Override
            public int hashCode() {
                return iri.hashCode();
            }

            @Override
            public String toString() {
                return key;
            }
        };
    }
}
