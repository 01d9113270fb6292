/**
 * The backfill budget ("tag existing issues": 1 M issues with 3 comments each on PostgreSQL in at most 10 minutes on
 * two cores, at constant heap): a synthetic history generated page by page from the issue id, the core's
 * {@link com.socialitsm.hashtag.BackfillJob} run over it on one thread, issues per second and heap reported.
 */
package com.socialitsm.bench.backfill;
