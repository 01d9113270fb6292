// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (names and meaning of the REST v2 access annotations: "To permit unauthenticated access, you'll need to use the @AnonymousSiteAccess annotation"); package com.atlassian.plugins.rest.api.security.annotation as imported by REST v2 resources of public plugins (deftdevs/bootstrapi jira/rest/*ResourceImpl with SystemAdminOnly, a Jira 10 PullRequestResource with UnrestrictedAccess; code search)
// Confidence: [V] name and meaning; [C] package; [I] targets/retention (TYPE and METHOD, RUNTIME), as for the servlet annotations
// Compile-only stand-in (atlassian-stubs-rest-security, provided scope, never packaged).
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * REST v2: the resource (method) is open to anonymous users where the site allows anonymous access, as well as to
 * licensed users. Without an annotation REST v2 admits licensed users only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
