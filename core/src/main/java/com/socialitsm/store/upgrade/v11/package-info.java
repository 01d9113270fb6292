/**
 * Model version 11's upgrade task and the frozen copy of the entity it changes (ANSWER gains PUBLISHED_AS), as
 * version 11 defined it. Never edited once released. Depends on {@code com.socialitsm.store}'s upgrade interfaces only.
 */
package com.socialitsm.store.upgrade.v11;
