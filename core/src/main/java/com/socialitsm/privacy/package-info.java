/**
 * Personal data handling: {@link com.socialitsm.privacy.UserKeyRewriter} moves every stored reference to a user key
 * onto a new key, for a host's user anonymization (Jira's user-key-change handler) or key change. Depends on
 * {@code store} only; hosts call it from their own extension points.
 */
package com.socialitsm.privacy;
