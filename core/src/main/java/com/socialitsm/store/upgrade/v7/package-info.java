/**
 * Model version 7's upgrade task and the frozen copies of the entities it creates, as version 7 defined them. Never
 * edited once released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v7;
