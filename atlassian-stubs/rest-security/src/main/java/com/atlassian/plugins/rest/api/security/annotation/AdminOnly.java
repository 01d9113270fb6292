// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints (AdminOnly among the new access annotations); package com.atlassian.plugins.rest.api.security.annotation as imported by public REST v2 code (codeclou ctendemo rest resource with AdminOnly; deftdevs/bootstrapi with SystemAdminOnly; code search)
// Confidence: [V] name; [C] package; [I] meaning in detail (administrators and system administrators) and targets/retention (TYPE and METHOD, RUNTIME)
// Compile-only stand-in (atlassian-stubs-rest-security, provided scope, never packaged).
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** REST v2: the resource (method) is open to administrators only. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
