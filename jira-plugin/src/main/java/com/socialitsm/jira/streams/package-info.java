/**
 * The app's activity in Jira's own Activity Streams (the dashboard gadget, the Activity tabs of issues, projects and
 * users), through an {@code <activity-streams-provider>} module: answered at read time from core's
 * {@code FeedService} per-target streams, with core's permission filtering; nothing is stored a second time.
 * {@link com.socialitsm.jira.streams.ActivityStreamReader} maps a request onto those streams with the app's own
 * values only; {@link com.socialitsm.jira.streams.SocialStreamsActivityProvider} and its {@code StreamsEntries} are the
 * only classes that touch the Activity Streams API, which the app imports optionally: they are loaded only when Jira
 * has Activity Streams and instantiates the module.
 */
package com.socialitsm.jira.streams;
