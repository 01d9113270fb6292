/**
 * Persistence: the Active Objects entities (they never leave this package's users, which map them to records),
 * the {@link com.socialitsm.store.Store} port shaped like Jira's {@code ActiveObjects} service, its implementation
 * over {@code net.java.ao.EntityManager} for every host but Jira, the schema and its upgrade tasks. Depends on
 * nothing else of the app.
 */
package com.socialitsm.store;
