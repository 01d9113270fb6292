/**
 * Model version 4's upgrade task and the frozen copy of the entity it creates, as version 4 defined it. Never edited
 * once released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v4;
