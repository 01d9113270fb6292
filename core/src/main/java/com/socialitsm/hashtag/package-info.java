/**
 * Hashtags: {@code #vpn #outage} in issue summaries, descriptions and comments, used instead of a category
 * dropdown.
 *
 * <p>The grammar (extraction, the normal form of a tag) is the leaf package {@code tag}, shared with follows and
 * Q&amp;A.
 *
 * <p>{@link com.socialitsm.hashtag.HashtagService} is the feature's face (tags from issue text through
 * {@link com.socialitsm.hashtag.HashtagHandler}, by hand, reads, admin, label import, JQL), with its value records;
 * its refusals are {@link com.socialitsm.hashtag.HashtagRefusals}. Behind it, one package-private class per section
 * does the work: {@code IssueTagging} (every write of an issue's tags), {@code TagSuggestions}, {@code TagPages},
 * {@code TrendingTags}, {@code TagAdministration} (merge, rename, block), over {@code TagCatalog} and
 * {@code TagCounts} (entities stay in {@code store}); {@code TagIndexNotices} tells the host's search index
 * ({@code host.IssueTagIndex}) of every issue whose tags a path other than the engine changed, after the commit; {@link com.socialitsm.hashtag.HashtagIssueQuery} offers
 * its JQL and field reads from the store alone to the Jira app. The rules are in {@code docs/hashtags.md}. This
 * package depends on {@code host}, {@code store}, {@code settings}, {@code outcome}, {@code tag} (the grammar), {@code engine} (the
 * step it implements), {@code follow} and {@code activity} (tagging by hand records activity for the tag's
 * followers), {@code listening} (trending's weighted chatter term, off by default); tags that leave an issue are reported to the {@code tag.IssueTagRemovals} it is given (kudos takes back
 * bonuses earned under them); nothing here sees Jira, HTTP or {@code jakarta.*}.
 */
package com.socialitsm.hashtag;
