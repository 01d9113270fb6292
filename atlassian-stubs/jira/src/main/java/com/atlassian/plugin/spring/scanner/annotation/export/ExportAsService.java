// Source: atlascommunity/jira-plugins-groovy:src/main/java/ru/mail/jira/plugins/groovy/impl/PluginLauncherImpl.java (@ExportAsService({PluginLauncher.class, LifecycleAware.class}))
// Confidence: [C] package and Class<?>[] value(); [I] target and retention
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
