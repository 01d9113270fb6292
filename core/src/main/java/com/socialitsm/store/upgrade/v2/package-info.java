/**
 * Model version 2's upgrade task and the frozen copy of the entity it works on, as version 2 defined it (as
 * Atlassian's apps do: an upgrade task never uses today's entities, which later versions change). Never edited once
 * released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v2;
