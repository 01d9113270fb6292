/**
 * Kudos: points for work done, peer thanks, badges and leaderboards that cannot be gamed.
 * {@link com.socialitsm.kudos.KudosService} is the face; {@link com.socialitsm.kudos.KudosHandler} applies the
 * issue-change rules inside the engine's transaction; {@link com.socialitsm.kudos.LeaderboardRollup} is the
 * cluster-wide job hosts schedule.
 *
 * <p>The points ledger (POINTS_ENTRY) is append-only: reversals are new rows, nothing is updated or deleted, and
 * every row has a unique source key so nothing is awarded twice. Leaderboards read rolled-up totals plus the ledger
 * rows after the rollup's watermark, so they are exact and stay one small query. Rules and switches live in SETTING.
 * Depends on {@code host}, {@code store}, {@code engine} (the handler interface) and {@code vote} (the boss-fight
 * badge asks which issues are top-voted).
 */
package com.socialitsm.kudos;
