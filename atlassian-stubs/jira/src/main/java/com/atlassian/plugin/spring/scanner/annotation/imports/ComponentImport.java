// Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java (Spring Scanner 5, Jira 10) and https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java (Spring Scanner 6, Jira 11): same package, on fields; the decompiled atlassian-spring-scanner-annotation (CFR 0.152 and Procyon copies, code search): "@Target({PARAMETER, ANNOTATION_TYPE, FIELD}) @Retention(RUNTIME) public @interface ComponentImport { String value() default \"\"; }"
// Confidence: [C] package and field use on Jira 10 and 11; [V] targets, retention and value()
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    String value() default "";
}
