// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/adding-data-providers-to-your-plugin/ (pageBuilderService.assembler() returns the page's assembler: assembler().data(), assembler().resources())
// Confidence: [C] resources() as public Jira, Confluence and Bitbucket plugins call it (pageBuilderService.assembler().resources().requireContext(...))
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    /** The web resources and contexts this page requires. */
    RequiredResources resources();
}
