/**
 * Model version 8's upgrade task and the frozen copies of the entities it creates, as version 8 defined them. Never
 * edited once released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v8;
