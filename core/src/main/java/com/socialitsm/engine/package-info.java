/**
 * The engine's front door: {@link com.socialitsm.engine.SocialEngine} takes one {@link com.socialitsm.host.IssueChange}
 * and applies every feature to it in one transaction (hashtags, activity, follows, kudos), idempotently. Hosts call
 * only this for issue events; REST resources call the feature services directly.
 */
package com.socialitsm.engine;
