/**
 * App settings an administrator can change (feature rules, switches), kept as key/value rows in {@code SETTING}.
 * Features read their own keys through {@link com.socialitsm.settings.Settings} and turn them into a record of
 * their own (e.g. {@code follow.FollowRules}); the engine reads what one issue change needs in one statement, as a
 * {@link com.socialitsm.settings.SettingsSnapshot}. Depends on {@code store} only.
 */
package com.socialitsm.settings;
