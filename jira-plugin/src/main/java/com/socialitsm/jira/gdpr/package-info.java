/**
 * Jira's user anonymization extension points. {@link com.socialitsm.jira.gdpr.SocialUserKeyChangeHandler} reports
 * and rewrites every stored reference to a user key through core's {@code UserKeyRewriter}; the app stores keys only
 * (never user names), so no user-name handler is needed.
 */
package com.socialitsm.jira.gdpr;
