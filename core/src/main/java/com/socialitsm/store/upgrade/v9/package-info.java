/**
 * Model version 9's upgrade task and the frozen copies of the entities it creates (the listening post), as version 9
 * defined them. Never edited once released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v9;
