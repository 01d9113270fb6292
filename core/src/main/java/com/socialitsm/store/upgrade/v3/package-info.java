/**
 * Model version 3's upgrade task and the frozen copies of the entities it creates, as version 3 defined them (as
 * Atlassian's apps do: an upgrade task never uses today's entities, which later versions change). Never edited once
 * released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v3;
