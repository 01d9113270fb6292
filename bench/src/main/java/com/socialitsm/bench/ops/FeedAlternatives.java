package com.socialitsm.bench.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

import com.socialitsm.store.ActivityEntity;
import com.socialitsm.store.ActivityTargetEntity;
import com.socialitsm.store.FeedItemEntity;
import com.socialitsm.store.FollowEntity;

/**
 * Ways to read the newest activities of everything a user follows, in plain SQL so that only the shape differs:
 * what the app does (fan-out on write for most targets: one index range scan of the user's FEED_ITEM rows, merged
 * with a join of the user's fan-in follows — targets with very many followers — to those targets' activity, bounded
 * below by the FEED_ITEM rows read), fan-in on read for everything (join all the user's follows to every activity of
 * each followed target, keep the newest), one query per follow merged in memory, and, for reference, the FEED_ITEM
 * range alone (pure fan-out, complete only for a user who follows no fan-in target). Each ends by reading the page's
 * activity rows, as a feed must.
 */
final class FeedAlternatives {
    private final Sql sql;

    FeedAlternatives(Sql sql) {
        this.sql = sql;
    }

    List<Long> fanOut(String user, int limit) {
        List<Long> ids = sql.longs("SELECT \"ACTIVITY_ID\" FROM " + sql.table(FeedItemEntity.class)
                + " WHERE \"USER_KEY\" = ? ORDER BY \"ACTIVITY_ID\" DESC LIMIT " + limit, user);
        return activities(ids);
    }

    List<Long> hybrid(String user, int limit) {
        List<Long> own = sql.longs("SELECT \"ACTIVITY_ID\" FROM " + sql.table(FeedItemEntity.class)
                + " WHERE \"USER_KEY\" = ? ORDER BY \"ACTIVITY_ID\" DESC LIMIT " + limit, user);
        long floor = own.size() == limit ? own.get(own.size() - 1) : 0;
        // DISTINCT: an activity of two followed heavy targets joins twice, and twice in a LIMIT leaves one out (the app
        // reads on below the chunk's last id instead: FeedService).
        List<Long> heavy = sql.longs("SELECT DISTINCT t.\"ACTIVITY_ID\" FROM " + sql.table(ActivityTargetEntity.class)
                + " t JOIN " + sql.table(FollowEntity.class) + " f ON f.\"TARGET\" = t.\"TARGET\""
                + " WHERE f.\"FOLLOWER\" = ? AND f.\"FAN_IN\" = true AND t.\"ACTIVITY_ID\" >= ?"
                + " ORDER BY t.\"ACTIVITY_ID\" DESC LIMIT " + limit, user, floor);
        TreeSet<Long> merged = new TreeSet<>(own);
        merged.addAll(heavy);
        List<Long> newest = new ArrayList<>(merged.descendingSet());
        return activities(newest.subList(0, Math.min(limit, newest.size())));
    }

    List<Long> fanIn(String user, int limit) {
        List<Long> ids = sql.longs("SELECT DISTINCT t.\"ACTIVITY_ID\" FROM " + sql.table(ActivityTargetEntity.class)
                + " t JOIN " + sql.table(FollowEntity.class) + " f ON f.\"TARGET\" = t.\"TARGET\""
                + " WHERE f.\"FOLLOWER\" = ? AND f.\"MUTED\" = false ORDER BY t.\"ACTIVITY_ID\" DESC LIMIT " + limit,
                user);
        return activities(ids);
    }

    List<Long> perFollow(String user, int limit) {
        List<String> targets = new ArrayList<>();
        sql.query("SELECT \"TARGET\" FROM " + sql.table(FollowEntity.class)
                + " WHERE \"FOLLOWER\" = ? AND \"MUTED\" = false", rs -> targets.add(rs.getString(1)), user);
        PriorityQueue<Long> newest = new PriorityQueue<>();
        TreeSet<Long> seen = new TreeSet<>();
        for (String target : targets) {
            for (long id : sql.longs("SELECT \"ACTIVITY_ID\" FROM " + sql.table(ActivityTargetEntity.class)
                    + " WHERE \"TARGET\" = ? ORDER BY \"ACTIVITY_ID\" DESC LIMIT " + limit, target)) {
                if (seen.add(id)) {
                    newest.add(id);
                    if (newest.size() > limit) {
                        seen.remove(newest.poll());
                    }
                }
            }
        }
        return activities(new ArrayList<>(seen.descendingSet()));
    }

    /** Reads the activity rows of a page (one statement), returning their ids newest first. */
    private List<Long> activities(List<Long> ids) {
        if (ids.isEmpty()) {
            return ids;
        }
        return sql.longs("SELECT \"ID\" FROM " + sql.table(ActivityEntity.class) + " WHERE \"ID\" IN ("
                + Sql.placeholders(ids.size()) + ") ORDER BY \"ID\" DESC", ids.toArray());
    }
}
