/**
 * The listening post: chat integrations (Slack and Mattermost outgoing webhooks, Microsoft Teams outgoing webhooks,
 * plain {@code {"text"}} JSON) post messages to a secret URL, and their hashtags are counted as <em>chatter</em>, a
 * series beside the issues' taggings that the tag page shows and trending can weigh in.
 *
 * <p>{@link com.socialitsm.listening.ListeningService} is the face (sources, hearing a message, settings, the cleanup
 * job); {@link com.socialitsm.listening.Chatter} reads the counts (for the tag page and for {@code hashtag}'s
 * trending). Chatter is not issue data: it is counted per tag, never per project or issue, so it tells nothing about
 * issues a viewer may not browse. No message text is kept beyond a 280-character excerpt, deleted after 30 days.
 * Depends on {@code store}, {@code settings}, {@code tag} (the grammar) and {@code outcome}; nothing here sees HTTP.
 */
package com.socialitsm.listening;
