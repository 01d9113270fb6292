// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370 (SlackGlobalAdminDataProvider implements getContextMap(Map)); https://developer.atlassian.com/server/framework/atlassian-sdk/web-item-plugin-module/ (context-provider element: must implement com.atlassian.plugin.web.ContextProvider)
// Confidence: [C] getContextMap(Map<String,Object>); [U] init(Map<String,String>) throws PluginParseException (the app implements it without a throws clause, which compiles either way)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.plugin.web;

import java.util.Map;

import com.atlassian.plugin.PluginParseException;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
