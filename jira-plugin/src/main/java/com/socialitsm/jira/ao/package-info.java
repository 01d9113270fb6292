/**
 * Persistence inside Jira: {@link com.socialitsm.jira.ao.AoStore} is core's {@code Store} delegating to Jira's
 * {@code ActiveObjects} service, and each core {@code SchemaUpgrade} is wrapped as one Active Objects upgrade task
 * class per model version, listed in the {@code <ao>} module. Depends on core's {@code store} packages only.
 */
package com.socialitsm.jira.ao;
