/**
 * Persistence: the Active Objects entities (they never leave this package's users, which map them to records), the
 * {@link com.socialitsm.store.Store} port shaped like Jira's {@code ActiveObjects} service, its implementation over
 * {@code net.java.ao.EntityManager} for every host but Jira, the schema and its upgrade tasks, and the portable
 * criteria helpers ({@link com.socialitsm.store.InList}, {@link com.socialitsm.store.Criteria}). The only package that
 * holds entities. Depends on nothing else of the app.
 */
package com.socialitsm.store;
