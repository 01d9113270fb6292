/**
 * Persistence: the Active Objects entities (they never leave this package's users, which map them to records), the
 * {@link com.socialitsm.store.Store} port shaped like Jira's {@code ActiveObjects} service, the schema and the
 * interface of its upgrade tasks (the tasks and their frozen entity copies are in {@code store.upgrade}), and the
 * portable criteria helpers ({@link com.socialitsm.store.InList}, {@link com.socialitsm.store.Criteria}). The only
 * package, with its sub-packages, that holds entities. Depends on nothing else of the app. The Store of every host but
 * Jira is the store-standalone module's {@code EntityManagerStore}; inside Jira it is jira-plugin's {@code AoStore}.
 */
package com.socialitsm.store;
