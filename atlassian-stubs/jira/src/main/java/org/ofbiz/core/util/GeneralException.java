// Source: OFBiz entity engine (Atlassian's fork ships org.ofbiz.core.*); GenericEntityException extends GeneralException in the OFBiz sources (code search)
// Confidence: [I] superclass of GenericEntityException in Atlassian's fork
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package org.ofbiz.core.util;

public class GeneralException extends Exception {
    public GeneralException(String message) {
        super(message);
    }
}
