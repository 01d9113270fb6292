/**
 * Model version 10's upgrade task and the frozen copies of the entities it changes (QUESTION gains PORTAL_ID, ANSWER
 * gains VERIFIED), as version 10 defined them. Never edited once released. Depends on {@code com.socialitsm.store}'s
 * upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v10;
