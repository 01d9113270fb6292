/**
 * Hashtags: {@code #vpn #outage} in issue summaries, descriptions and comments, used instead of a category
 * dropdown.
 *
 * <p>Extraction is {@link com.socialitsm.hashtag.HashtagExtractor}: twitter-text's hashtag grammar, so a
 * tag means the same here as on every social network, plus the Jira wiki and Markdown rules that keep
 * {@code #include}, colours and URL anchors in code, links and macros out. Tags are compared in one normal
 * form (NFKC, lower case; {@code HashtagExtractor.normalizeTag} for what users type), at most
 * {@link com.socialitsm.hashtag.HashtagExtractor#MAX_TAG_LENGTH} long.
 *
 * <p>{@link com.socialitsm.hashtag.HashtagService} is the feature's face (tags from issue text through
 * {@link com.socialitsm.hashtag.HashtagHandler}, by hand, reads, admin, label import, JQL), with its value records
 * and package-private helpers (entities stay in {@code store}); {@link com.socialitsm.hashtag.HashtagIssueQuery} offers
 * its JQL and field reads from the store alone to the Jira app. The rules are in {@code docs/hashtags.md}. This
 * package depends on {@code store}, {@code host}, {@code engine} (the handler) and the JDK; nothing here sees Jira,
 * HTTP or {@code jakarta.*}.
 */
package com.socialitsm.hashtag;
