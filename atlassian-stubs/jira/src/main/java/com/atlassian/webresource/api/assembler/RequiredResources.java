// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/web-resource-plugin-module (web resource contexts: a page includes every <web-resource> whose <context> it requires)
// Source: atlassian-labs/atlassian-slack-integration-server (RequireSlackResourceByContextSlackFunction: pageBuilderService.assembler().resources().requireContext(context))
// Confidence: [C] requireContext(String) on Jira 10 as public plugins call it; [U] the fluent return type (callers here ignore it)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    /** Includes every web-resource of this context in the page. */
    RequiredResources requireContext(String context);
}
