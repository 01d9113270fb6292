// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html (init(CustomFieldSearcherModuleDescriptor) and getDescriptor() of type com.atlassian.jira.plugin.customfield.CustomFieldSearcherModuleDescriptor); passed to CustomFieldRenderer by https://github.com/atlascommunity/jira-plugins-groovy/blob/0021eff165f5fb37fff4c7fba0cb7f7831901b9e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlFieldSearcher.java
// Confidence: [V] the type; no members used
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.plugin.customfield;

public interface CustomFieldSearcherModuleDescriptor {
}
