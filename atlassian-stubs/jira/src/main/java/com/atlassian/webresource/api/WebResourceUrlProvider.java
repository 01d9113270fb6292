// Source: atlassian-labs/atlassian-slack-integration-server@afe803a20315898e0c36f02588c80e53f6c2a16e ("Jira plugin adjustments to platform 7"): JiraSlackPluginResourceProvider calls urlProvider.getStaticPluginResourceUrl(pluginKey + ":" + moduleKey, "images/big-news.svg", UrlMode.ABSOLUTE) on com.atlassian.webresource.api.WebResourceUrlProvider (a @ComponentImport); meaning of the method from the javadoc of the older com.atlassian.plugin.webresource.WebResourceUrlProvider ("/s/{build num}/{system counter}/{plugin version}/_/download/resources/plugin.key:module.key/resource.name"; null when no module has the key)
// Confidence: [C] the method and its parameter types on Jira 10; [V] its meaning (older javadoc)
// Source: compiled against by Atlassian's Slack app for Jira 10 (jira 10.0.0, Platform 7.3.9) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/673485480cb7875e5282f0930aa97405611f817b/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java and for Jira 11 (jira 11.0.0, Platform 8.0.0) https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api;

public interface WebResourceUrlProvider {
    /**
     * The cache-friendly URL of a plugin resource: {@code <context>/s/<build>/<counter>/<plugin version>/_/download/
     * resources/<plugin key>:<module key>/<resource name>}, or null when no module has the key.
     */
    String getStaticPluginResourceUrl(String moduleCompleteKey, String resourceName, UrlMode urlMode);
}
