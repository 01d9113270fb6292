/**
 * Model version 1's upgrade task and the frozen copies of the entities it works on, as version 1 defined them (as
 * Atlassian's apps do: an upgrade task never uses today's entities, which later versions change). Never edited once
 * released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v1;
