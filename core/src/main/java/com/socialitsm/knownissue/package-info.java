/**
 * Known issues on the customer portal: an agent writes a customer-facing title and text for an issue; the portal's
 * customers see it with its status, say "me too" (one per customer, counted exactly under races: a row per me-too
 * with a unique key, the count is {@code COUNT}) and follow it to read the agents' public updates.
 *
 * <p>Who sees what comes from the host's {@link com.socialitsm.host.CustomerPortals}: a portal's known issues are
 * for the portal's customers and agents; only agents of the portal write them. Nothing of the issue itself (key,
 * summary, description, comments, hashtags) ever reaches a portal answer. {@link
 * com.socialitsm.knownissue.KnownIssueService} is the face; depends on {@code host}, {@code outcome} and
 * {@code store}, and {@link com.socialitsm.knownissue.TagPromotion} ("make known issue" from a trending tag) on
 * {@code hashtag}'s "raise problem".
 */
package com.socialitsm.knownissue;
