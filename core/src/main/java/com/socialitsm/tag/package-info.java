/**
 * The tag grammar, a leaf every feature may use: {@link com.socialitsm.tag.HashtagExtractor} finds hashtags in Jira
 * issue text with twitter-text's grammar (so a tag means the same here as on every social network), plus the Jira
 * wiki and Markdown rules that keep {@code #include}, colours and URL anchors in code, links and macros out. Tags
 * are compared in one normal form (NFKC, lower case, without invisible characters, look-alike letters of a tag that
 * mixes scripts folded to Latin by TR 39's confusables; {@link com.socialitsm.tag.HashtagExtractor#normalizeTag} for
 * what users type), at most {@link com.socialitsm.tag.HashtagExtractor#MAX_TAG_LENGTH} long.
 * {@link com.socialitsm.tag.TagDiff} is what the hashtag step of an issue change hands the later steps;
 * {@link com.socialitsm.tag.IssueTagRemovals} is how the hashtag feature tells kudos that tags left an issue, by
 * whatever path. Depends on the JDK only.
 */
package com.socialitsm.tag;
