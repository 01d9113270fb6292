package com.socialitsm.bench.load;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import net.java.ao.RawEntity;

import com.socialitsm.store.BadgeEntity;
import com.socialitsm.store.HashtagDayEntity;
import com.socialitsm.store.HashtagEntity;
import com.socialitsm.store.IssueHashtagEntity;
import com.socialitsm.store.KudosEntity;
import com.socialitsm.store.PointsEntryEntity;
import com.socialitsm.store.PointsTotalEntity;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.VoteEntity;

/**
 * What the services keep denormalized, derived in SQL from the fact tables with the services' definitions: hashtag
 * counts (overall, per project and per day), vote counts, leaderboard totals with the rollup watermark, badges.
 */
final class DerivedTables {
    private final Tables tables;

    DerivedTables(Tables tables) {
        this.tables = tables;
    }

    void deriveAll(Statement s) throws SQLException {
        s.execute("SET work_mem = '256MB'");
        String issueTags = tables.quoted(IssueHashtagEntity.class);
        // HASHTAG: first use's spelling and time, the exact count of issues carrying it.
        s.execute("INSERT INTO " + tables.quoted(HashtagEntity.class)
                + " (\"TAG\", \"DISPLAY\", \"CREATED_AT\", \"BLOCKED\", \"ISSUE_COUNT\") "
                + "SELECT \"TAG\", (array_agg(\"DISPLAY\" ORDER BY \"TAGGED_AT\", \"ID\"))[1], min(\"TAGGED_AT\"),"
                + " false, count(*) FROM " + issueTags + " GROUP BY \"TAG\"");
        // HASHTAG_DAY: issues tagged per tag, project and UTC day.
        s.execute("INSERT INTO " + tables.quoted(HashtagDayEntity.class)
                + " (\"DAY_KEY\", \"TAG\", \"PROJECT_ID\", \"EPOCH_DAY\", \"USES\") "
                + "SELECT \"TAG\" || '|' || \"PROJECT_ID\" || '|' || d, \"TAG\", \"PROJECT_ID\", d, count(*) FROM "
                + "(SELECT \"TAG\", \"PROJECT_ID\", floor(\"TAGGED_AT\" / 86400000.0)::int AS d FROM " + issueTags
                + ") x GROUP BY \"TAG\", \"PROJECT_ID\", d");
        deriveOptional(s, "HashtagProject", "INSERT INTO %s (\"TAG_PROJECT_KEY\", \"TAG\", \"PROJECT_ID\","
                + " \"ISSUE_COUNT\") SELECT \"TAG\" || '|' || \"PROJECT_ID\", \"TAG\", \"PROJECT_ID\", count(*) FROM "
                + issueTags + " GROUP BY \"TAG\", \"PROJECT_ID\"");
        deriveOptional(s, "IssueVotes", "INSERT INTO %s (\"ISSUE_ID\", \"PROJECT_ID\", \"VOTE_COUNT\","
                + " \"COUNTED_AT\") SELECT \"ISSUE_ID\", min(\"PROJECT_ID\"), count(*), max(\"CREATED_AT\") FROM "
                + tables.quoted(VoteEntity.class) + " GROUP BY \"ISSUE_ID\"");
        deriveTotals(s);
        deriveBadges(s);
    }

    /** A derived table of an entity that is not in every version of the schema (merged from a feature branch). */
    private void deriveOptional(Statement s, String tableSuffix, String sqlTemplate) throws SQLException {
        for (Class<? extends RawEntity<?>> entity : tables.appTables()) {
            if (entity.getSimpleName().equals(tableSuffix + "Entity")) {
                s.execute(String.format(Locale.ROOT, sqlTemplate, tables.quoted(entity)));
            }
        }
    }

    /**
     * POINTS_TOTAL as the leaderboard rollup leaves it after rolling up the whole ledger: one row per user and
     * bucket, bucket = {@code week:<epoch day of Monday>:<project>}, {@code month:<epoch day of the 1st>:<project>},
     * {@code all:<season start>:<project>}, each for the row's project and for 0 (all projects); then the rollup
     * watermark at the last ledger id, so nothing is left in the tail.
     */
    private void deriveTotals(Statement s) throws SQLException {
        String ledger = tables.quoted(PointsEntryEntity.class);
        String buckets = "SELECT \"USER_KEY\", \"POINTS\", p.pid, "
                + "'week:' || (day - ((day + 3) % 7)) AS week, "
                + "'month:' || ((date_trunc('month', to_timestamp(\"CREATED_AT\" / 1000.0) AT TIME ZONE 'UTC'))::date"
                + " - DATE '1970-01-01') AS month, 'all:0' AS alltime "
                + "FROM (SELECT *, floor(\"CREATED_AT\" / 86400000.0)::bigint AS day FROM " + ledger + ") l "
                + "CROSS JOIN LATERAL (VALUES (0::bigint), (l.\"PROJECT_ID\")) p(pid) "
                + "WHERE p.pid = 0 OR l.\"PROJECT_ID\" <> 0";
        String periodKeys = "SELECT \"USER_KEY\", \"POINTS\", b.period || ':' || b.pid AS period_key FROM (" + buckets
                + ") b2 CROSS JOIN LATERAL (VALUES (b2.week, b2.pid), (b2.month, b2.pid), (b2.alltime, b2.pid)) "
                + "b(period, pid)";
        s.execute("INSERT INTO " + tables.quoted(PointsTotalEntity.class)
                + " (\"TOTAL_KEY\", \"PERIOD_KEY\", \"USER_KEY\", \"POINTS\") "
                + "SELECT period_key || '|' || \"USER_KEY\", period_key, \"USER_KEY\", sum(\"POINTS\") FROM ("
                + periodKeys + ") k GROUP BY period_key, \"USER_KEY\" HAVING sum(\"POINTS\") <> 0");
        try (ResultSet rs = s.executeQuery("SELECT coalesce(max(\"ID\"), 0) FROM " + ledger)) {
            rs.next();
            long last = rs.getLong(1);
            s.execute("INSERT INTO " + tables.quoted(SettingEntity.class) + " (\"SETTING_KEY\", \"SETTING_VALUE\") "
                    + "VALUES ('kudos.rollup.watermark', '" + last + "')");
        }
    }

    /**
     * BADGE as the kudos feature would have awarded it over the history (Badges): a first resolution, ten
     * resolutions in force, resolutions under ten tags (first-tag slots in force), a first answer accepted by
     * someone else, kudos from five people. Without them every resolution of a busy agent would read all their
     * ledger rows to find out whether a badge is due, which only a brand-new user ever does.
     */
    void deriveBadges(Statement s) throws SQLException {
        String ledger = tables.quoted(PointsEntryEntity.class);
        // Fresh statistics first: on a just-copied, unanalysed ledger the planner may take the NOT EXISTS below as a
        // nested loop over the whole ledger per row (minutes at 1 M rows instead of a hash anti-join's seconds).
        s.execute("ANALYZE " + ledger);
        String inForce = "SELECT \"USER_KEY\", \"REASON\", \"SLOT\", max(\"CREATED_AT\") AS at FROM " + ledger
                + " l WHERE \"REVERSES\" IS NULL AND NOT EXISTS (SELECT 1 FROM " + ledger + " r WHERE r.\"REVERSES\" = "
                + "l.\"SOURCE_KEY\") GROUP BY \"USER_KEY\", \"REASON\", \"SLOT\"";
        String earned = "SELECT \"USER_KEY\", 'first-resolution' AS code, min(at) AS at FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'resolved' GROUP BY \"USER_KEY\" "
                + "UNION ALL SELECT \"USER_KEY\", 'ten-resolutions', max(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'resolved' GROUP BY \"USER_KEY\" HAVING count(*) >= 10 "
                + "UNION ALL SELECT \"USER_KEY\", 'explorer', max(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'first-tag' GROUP BY \"USER_KEY\" HAVING count(*) >= 10 "
                + "UNION ALL SELECT \"USER_KEY\", 'first-accepted-answer', min(at) FROM (" + inForce + ") a "
                + "WHERE \"REASON\" = 'answer-accepted' GROUP BY \"USER_KEY\" "
                + "UNION ALL SELECT \"RECEIVER\", 'helpful-peer', max(\"CREATED_AT\") FROM "
                + tables.quoted(KudosEntity.class) + " GROUP BY \"RECEIVER\" HAVING count(DISTINCT \"GIVER\") >= 5";
        s.execute("INSERT INTO " + tables.quoted(BadgeEntity.class)
                + " (\"BADGE_KEY\", \"USER_KEY\", \"CODE\", \"AWARDED_AT\") SELECT \"USER_KEY\" || '|' || code, "
                + "\"USER_KEY\", code, at FROM (" + earned + ") e ON CONFLICT DO NOTHING");
    }
}
