// Source: https://developer.atlassian.com/server/framework/atlassian-sdk/adding-data-providers-to-your-plugin/ ("com.atlassian.webresource.api.assembler.PageBuilderService is an injectable service, used when building HTML pages"; pageBuilderService.assembler().data().requireData(...))
// Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/setup/velocity/VelocityFriendlyPageBuilderService.html (the type's package, com.atlassian.webresource.api.assembler.PageBuilderService)
// Confidence: [V] the type and assembler(); [C] public plugins inject it with @ComponentImport and call assembler().resources().requireContext("...") from servlets
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    /** The assembler of the page being rendered for the current request. */
    WebResourceAssembler assembler();
}
