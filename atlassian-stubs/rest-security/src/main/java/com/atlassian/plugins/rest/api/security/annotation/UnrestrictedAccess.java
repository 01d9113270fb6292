// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (the REST v2 access annotations: "For resources intended to be fully open access, use the @UnrestrictedAccess annotation instead"); package com.atlassian.plugins.rest.api.security.annotation as listed in ../shared/reference/platform-8.md and jira-api-facts.md (a Jira 10 PullRequestResource with UnrestrictedAccess; code search)
// Confidence: [V] name and meaning; [C] package; [I] targets/retention (TYPE and METHOD, RUNTIME), as for AnonymousSiteAccess
// Compile-only stand-in (atlassian-stubs-rest-security, provided scope, never packaged).
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2: the resource (method) is open to every caller, licensed or not, logged in or not, whether or not the site
 * allows anonymous access; the resource does its own checks. The app uses it only where callers without a Jira
 * licence or login must get in: the listening post's URL (which checks its secret) and the JSM portal resources
 * (which check the caller: signed in, else 401; a customer or agent of the portal, else 404).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
