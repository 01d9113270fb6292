/**
 * Core's {@link com.socialitsm.store.Store} for every host but Jira: {@link
 * com.socialitsm.store.standalone.EntityManagerStore}, Active Objects' own {@code EntityManager} over a HikariCP pool
 * on H2, PostgreSQL or MariaDB ({@link com.socialitsm.store.standalone.DatabaseConfig}), with Jira's table names. A
 * module of its own so that the Jira app carries no pool, no JDBC driver and none of AO's builder and database
 * providers: inside Jira, jira-plugin's {@code AoStore} delegates to Jira's Active Objects. Depends on core's
 * {@code store} package only.
 */
package com.socialitsm.store.standalone;
