// Source: atlassian-labs/atlassian-slack-integration-server@4feb6d6ae458da94731bc204d4a93de5e4b1f370 (imports com.atlassian.templaterenderer.RenderingException); thrown by TemplateRenderer.render per the 1.5.2 javadoc
// Confidence: [C] name and package; [U] superclass (RuntimeException assumed; the app catches it explicitly, which compiles either way)
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(Throwable cause) {
        super(cause);
    }
}
