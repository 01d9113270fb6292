// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (annotation names and meaning, incl. servlets); package com.atlassian.annotations.security as imported by Atlassian's copy-jira-issue plugin on a jakarta.ws.rs resource and by a jakarta.servlet servlet (public code found via code search, Jira 10 era)
// Confidence: [V] name and meaning; [C] package; [I] targets/retention (TYPE and METHOD, RUNTIME)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Permits access to users with admin privileges. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
