// Source: the decompiled atlassian-spring-scanner-annotation (CFR 0.152, public copy, code search): "@Target({TYPE, FIELD}) @Retention(RUNTIME) public @interface ExportAsService { Class<?>[] value() default {}; ServiceProperty[] properties() default {}; }"; used as @ExportAsService({PluginLauncher.class, LifecycleAware.class}) in https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c511/src/main/java/ru/mail/jira/plugins/groovy/impl/PluginLauncherImpl.java; the package is unchanged in Spring Scanner 6 (Jira 11: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/api/descriptor/factory/SlackNotificationDescriptorFactory.java imports com.atlassian.plugin.spring.scanner.annotation.export.ModuleType)
// Confidence: [V] targets, retention, value() and properties(); [C] the package
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};

    ServiceProperty[] properties() default {};
}
