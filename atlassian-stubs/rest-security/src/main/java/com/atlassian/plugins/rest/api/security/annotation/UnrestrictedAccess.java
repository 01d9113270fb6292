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
 * REST v2: the resource (method) is open to every caller, logged in or not, whether or not the site allows anonymous
 * access. The resource itself must check who may do what (the listening post's URL checks its secret).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
