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
 * <p>The feature's service and its value records belong here as well (entities stay in {@code store});
 * {@link com.socialitsm.hashtag.HashtagIssueQuery} is the read side Jira's JQL function and the "Hashtags" custom
 * field use. This package depends on {@code store} and the JDK; nothing here sees Jira, HTTP or {@code javax.*}.
 */
package com.socialitsm.hashtag;
