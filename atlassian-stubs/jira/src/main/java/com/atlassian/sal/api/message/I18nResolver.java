// Source: jira-api-facts.md §5: SAL com.atlassian.sal.api.message.I18nResolver.getText(String key, Serializable... args)
// is common in public plugins; the decompiled streams-api StreamsEntry (CFR 0.152; public decompiled copy, code search)
// takes "com.atlassian.sal.api.message.I18nResolver" in its constructor and calls getText(String)
// Confidence: [C] the type and getText(String); the app only passes an instance through to StreamsEntry
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.sal.api.message;

public interface I18nResolver {
    String getText(String key);
}
