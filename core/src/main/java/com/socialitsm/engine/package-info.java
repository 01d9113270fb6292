/**
 * The engine's front door: {@link com.socialitsm.engine.SocialEngine} takes one {@link com.socialitsm.host.IssueChange}
 * and applies every feature to it in one transaction, idempotently, through {@link com.socialitsm.engine.ChangeSteps}:
 * the typed steps (tags, participants, activity, kudos) that the features implement, in the one order their inputs
 * allow, with the change's settings read once. Hosts call only this for issue events; REST resources call the
 * feature services directly. Depends on {@code host}, {@code settings}, {@code store} and {@code tag} only; the
 * features depend on it (their steps), never the other way round.
 */
package com.socialitsm.engine;
