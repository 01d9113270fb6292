// Source: https://docs.atlassian.com/software/jira/docs/api/10.3.27/com/atlassian/jira/entity/property/EntityPropertyService.html (the Jira 10.3 javadoc page, to be checked: it is not among the stored sources, so 10.3 and 11.3 are [I])
// Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.SetPropertyValidationResult.html ("@ExperimentalApi public static class EntityPropertyService.SetPropertyValidationResult extends ServiceResultImpl"); https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.PropertyServiceResult.html; a public source copy of the interface (code search: "SetPropertyValidationResult validateSetProperty(ApplicationUser user, @Nonnull Long entityId, @Nonnull PropertyInput propertyInput, @Nonnull EntityPropertyOptions options)", "PropertyResult setProperty(ApplicationUser user, @Nonnull SetPropertyValidationResult propertyValidationResult)", "public PropertyInput(String value, String key)")
// Calls compiled by public plugins against jira-api 9.12.2 (koushik-varma-m/JIRA-DOCUSIGN, code search): new EntityPropertyService.PropertyInput(jsonValue, key), validateSetProperty(user, issueId, input[, options]), result.isValid(), setProperty(user, result), getErrorCollection()
// Confidence: [V] the members below and the (value, key) order of PropertyInput's constructor; [C] on 9.12; [I] unchanged on 10.3/11.3.
// Simplified: Jira bounds T by com.atlassian.jira.entity.WithId and the results carry io.atlassian.fugue.Option getters; the app calls neither, so they are left out (anything that compiles here compiles against jira-api).
// Compile-only stand-in (atlassian-stubs-jira, provided scope, never packaged): only the members the app uses.
package com.atlassian.jira.entity.property;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;

public interface EntityPropertyService<T> {
    /** Checks the entity exists and (unless the options skip it) that the user may edit it; key ≤ 255, value ≤ 32,768 chars. */
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput,
                                                    EntityPropertyOptions options);

    /** Stores a validated property; publishes an EntityPropertySetEvent. */
    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    /** The key-value pair to associate with the entity; the value is JSON text. */
    class PropertyInput {
        public PropertyInput(String value, String key) {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public String getPropertyValue() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public String getPropertyKey() {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        /** Jira's constructor takes an Option of the validated input; the app never constructs one. */
        private SetPropertyValidationResult() {
            super(null);
        }
    }

    class PropertyResult extends ServiceResultImpl {
        /** Jira's constructor takes an Option of the stored property; the app never constructs one. */
        private PropertyResult() {
            super(null);
        }
    }
}
