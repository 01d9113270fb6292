/**
 * Polls: an agent of a project asks a question with 2–10 options (single or multiple choice, named or anonymous,
 * results after voting or only after closing); users who may browse the project vote once and may change their vote
 * until the poll closes. Counts are counted rows (exact under races on every node); an anonymous poll stores a keyed
 * hash of the voter, never the voter, and forgets the key once closed. Depends on {@code activity}, {@code host},
 * {@code outcome} and {@code store}.
 */
package com.socialitsm.poll;
