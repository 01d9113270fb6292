/**
 * The schema's upgrade tasks in order ({@link com.socialitsm.store.upgrade.SchemaUpgrades}), one package per model
 * version with the frozen entity copies it migrates, and how hosts other than Jira run them. Depends on
 * {@code com.socialitsm.store} and its version packages; nothing of the app depends on it but the hosts.
 */
package com.socialitsm.store.upgrade;
