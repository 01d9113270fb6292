// Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/94c50dce37981e8aca8f30188a6bb66504e1ce04/jira-slack-server-integration/jira-slack-server-integration-plugin/pom.xml (a Jira 11 plugin on the Active Objects plugin of Platform 8) and the decompiled Active Objects plugin's EntityManagedActiveObjects (CFR 0.152, public copy, code search): getFastCountEstimate wraps net.java.ao.FailedFastCountException e in "new FailedFastCountException(e)"; https://javadoc.io/static/net.java.dev.activeobjects/activeobjects/6.0.0-m01/net/java/ao/FailedFastCountException.html (the wrapped AO exception: "public class FailedFastCountException extends Exception", constructor (Throwable cause))
// Confidence: [V] the package, a checked Exception, the (Throwable) constructor as the AO plugin calls it; [I] the same in AO of Platform 7 and 8
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.activeobjects.external;

public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
