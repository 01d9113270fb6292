// Source: the decompiled atlassian-spring-scanner-annotation (CFR 0.152, public copy, code search): ExportAsService imports com.atlassian.plugin.spring.scanner.annotation.export.ServiceProperty for its properties() element; https://developer.atlassian.com/server/framework/atlassian-sdk/spring-scanner/ (OSGi service properties of an exported service as key/value pairs)
// Confidence: [V] the name and package; [I] the key()/value() elements (only needed so that ExportAsService.properties() has its type; the app sets no properties)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceProperty {
    String key();

    String value();
}
