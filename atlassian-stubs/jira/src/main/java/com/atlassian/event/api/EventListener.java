// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370 (every listener), atlascommunity/jira-plugins-groovy:src/main/java/ru/mail/jira/plugins/groovy/impl/PluginLauncherImpl.java
// Confidence: [C] the annotation on listener methods; [I] RUNTIME retention on methods (the event system finds it reflectively)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
