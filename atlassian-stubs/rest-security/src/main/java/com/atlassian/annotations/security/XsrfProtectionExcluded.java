// Source: Atlassian REST API design guidelines, "Migrating to Atlassian Rest 3.0.0" (https://developer.atlassian.com/server/framework/atlassian-sdk/atlassian-rest-api-design-guidelines-version-1): "It is possible to opt-out of XSRF protection for a rest method by using the com.atlassian.annotations.security.XsrfProtectionExcluded annotation as provided by Atlassian annotations (versions >= 0.12)"; used on REST methods in Jira 9 and 10 (Atlassian's Slack app, SlackWebHookResource; ../shared/reference/jira-api-facts.md "XSRF" [C]) and on a jakarta (Platform 8) REST resource (pull-request-notifier-for-bitbucket SettingsDataServlet; code search)
// Confidence: [V] name, package and meaning; [I] targets/retention (METHOD and TYPE, RUNTIME: read by the REST plugin by reflection)
// Compile-only stand-in (atlassian-stubs-rest-security, provided scope, never packaged).
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The REST plugin does not apply its XSRF check (form, multipart and text/plain posts need the
 * {@code X-Atlassian-Token: no-check} header) to the annotated method: for webhooks from other servers, which cannot
 * send that header and carry no user's cookie.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
