/**
 * Kudos: points for work done, peer thanks, badges and leaderboards that cannot be gamed.
 * {@link com.socialitsm.kudos.KudosService} is the face; {@link com.socialitsm.kudos.KudosHandler} is the last step of
 * an issue change and applies its rules inside the engine's transaction; {@link com.socialitsm.kudos.LeaderboardRollup}
 * is the cluster-wide job hosts schedule; {@link com.socialitsm.kudos.KudosService#tagRemovals()} is what the hashtag
 * feature tells when tags leave an issue (their first-tag bonuses are taken back).
 *
 * <p>The points ledger (POINTS_ENTRY) is append-only: reversals are new rows, nothing is updated or deleted, and every
 * row has a unique source key so nothing is awarded twice. Leaderboards read rolled-up totals plus the ledger rows
 * after the rollup's watermark, so they are exact and stay one small query. Rules and switches live in SETTING. The
 * first-tag bonus reads the hashtag feature's rows (ISSUE_HASHTAG, HASHTAG: who tagged, how widely) through the store,
 * not its service, which is built after this one and tells it of removals. Depends
 * on {@code host}, {@code store}, {@code settings}, {@code tag} and {@code engine} (the step and what it takes),
 * {@code activity} (peer kudos reach feeds; recent commenters are suggested for thanks) and {@code vote} (the
 * boss-fight badge asks which issues are top-voted). Q&amp;A depends on it for answer points.
 */
package com.socialitsm.kudos;
