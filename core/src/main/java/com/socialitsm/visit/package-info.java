/**
 * Desk visits: an issue's assignee logs that they visited the reporter's desk, the reporter confirms it, and only then
 * does the agent earn points (through the kudos ledger, by the admin's desk-visit rule) and an activity on the issue.
 * Depends on {@code activity}, {@code host}, {@code kudos}, {@code store} and {@code outcome}.
 */
package com.socialitsm.visit;
