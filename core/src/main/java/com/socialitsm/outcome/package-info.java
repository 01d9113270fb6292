/**
 * The one result type of the domain: {@link com.socialitsm.outcome.Outcome} (done or refused) with its
 * {@link com.socialitsm.outcome.Refusal} and {@link com.socialitsm.outcome.Problem}. A leaf: it depends on nothing
 * of ours, and every feature may use it.
 */
package com.socialitsm.outcome;
