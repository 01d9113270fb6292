// Source: decompiled streams-api (CFR 0.152; public decompiled copy, code search) and the Activity Streams source (public
// copy, code search): "public static class Builder { public Builder(String username); build(); fullName(String);
// email(Option<String>); profilePageUri(Option<URI>); profilePictureUri(Option<URI>) }" and the getters; the full name
// defaults to the user name
// Confidence: [C]; [U] unchanged in the streams 10.0.x line of Jira 10.3 (the older source also requires the URIs to be
// absolute; the app passes only absolute ones)
// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/activity-streams-provider-plugin-module/ and https://developer.atlassian.com/display/DOCS/Making+your+own+Activity+Streams+Provider (the provider SPI); members from the decompiled copy above; Activity Streams on Jira 11.3 [U] (imported optionally, see jira-plugin's atlassian profile)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged).
package com.atlassian.streams.api;

import java.net.URI;
import java.util.Objects;

import com.atlassian.streams.api.common.Option;

public class UserProfile {
    private final String username;
    private final String fullName;
    private final Option<String> email;
    private final Option<URI> profilePageUri;
    private final Option<URI> profilePictureUri;

    UserProfile(Builder builder) {
        this.username = builder.username;
        this.fullName = builder.fullName != null ? builder.fullName : builder.username;
        this.email = builder.email;
        this.profilePageUri = builder.profilePageUri;
        this.profilePictureUri = builder.profilePictureUri;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Option<String> getEmail() {
        return email;
    }

    public Option<URI> getProfilePageUri() {
        return profilePageUri;
    }

    public Option<URI> getProfilePictureUri() {
        return profilePictureUri;
    }

    public static class Builder {
        private final String username;
        private String fullName;
        private Option<String> email = Option.none();
        private Option<URI> profilePageUri = Option.none();
        private Option<URI> profilePictureUri = Option.none();

        public Builder(String username) {
            this.username = Objects.requireNonNull(username, "username");
        }

        public UserProfile build() {
            return new UserProfile(this);
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder email(Option<String> email) {
            this.email = email;
            return this;
        }

        public Builder profilePageUri(Option<URI> profilePageUri) {
            this.profilePageUri = Objects.requireNonNull(profilePageUri, "profilePageUri");
            return this;
        }

        public Builder profilePictureUri(Option<URI> profilePictureUri) {
            this.profilePictureUri = Objects.requireNonNull(profilePictureUri, "profilePictureUri");
            return this;
        }
    }
}
