// Source: atlassian-labs/atlassian-slack-integration-server@afe803a20315898e0c36f02588c80e53f6c2a16e ("Jira plugin adjustments to platform 7"): JiraSlackPluginResourceProvider calls urlProvider.getStaticPluginResourceUrl(pluginKey + ":" + moduleKey, "images/big-news.svg", UrlMode.ABSOLUTE) on com.atlassian.webresource.api.WebResourceUrlProvider (a @ComponentImport); meaning of the method from the javadoc of the older com.atlassian.plugin.webresource.WebResourceUrlProvider ("/s/{build num}/{system counter}/{plugin version}/_/download/resources/plugin.key:module.key/resource.name"; null when no module has the key)
// Confidence: [C] the method and its parameter types on Jira 10; [V] its meaning (older javadoc)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api;

public interface WebResourceUrlProvider {
    /**
     * The cache-friendly URL of a plugin resource: {@code <context>/s/<build>/<counter>/<plugin version>/_/download/
     * resources/<plugin key>:<module key>/<resource name>}, or null when no module has the key.
     */
    String getStaticPluginResourceUrl(String moduleCompleteKey, String resourceName, UrlMode urlMode);
}
