package com.socialitsm.kudos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.java.ao.Query;

import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.store.SettingEntity;
import com.socialitsm.store.Store;

/**
 * The kudos feature's SETTING rows: the rules, the season starts, the rollup watermark, and who is left off the
 * leaderboards (one row per user and reason, so opting out twice or two admins excluding at once is one row).
 * Read fresh every time, never cached on a node: an admin's change on one node holds on all of them at once.
 */
final class KudosSettings {
    static final String RULES_KEY = "kudos.rules";
    static final String DESK_VISIT_RULES_KEY = "kudos.rules.desk-visit";
    /** Under {@link #RULES_KEY}'s prefix, so the engine's one settings read of a change brings it along. */
    static final String BOSS_RULES_KEY = "kudos.rules.boss";
    /** A portal customer's thanks (its own row, read by the thanks alone). */
    static final String PORTAL_THANKS_RULES_KEY = "kudos.rules.portal-thanks";
    static final String SEASONS_KEY = "kudos.seasons";
    static final String WATERMARK_KEY = "kudos.rollup.watermark";
    private static final String HIDDEN_PREFIX = "kudos.hide|";
    static final String OPTED_OUT = "optout";
    static final String EXCLUDED = "admin";

    private final Store store;

    KudosSettings(Store store) {
        this.store = store;
    }

    /** Everything the leaderboards need, in one statement. */
    record Snapshot(KudosRules rules, Seasons seasons, Watermark watermark, Set<String> optedOut,
                    Set<String> excluded) {
        Set<String> hidden() {
            Set<String> all = new HashSet<>(optedOut);
            all.addAll(excluded);
            return all;
        }
    }

    /** The rollup's progress: ledger rows with ID ≤ {@code lastId} are in PointsTotal; {@code rowId} is 0 if none. */
    record Watermark(long rowId, long lastId) {
    }

    Snapshot snapshot() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select()
                .where("SETTING_KEY IN (?, ?, ?) OR SETTING_KEY LIKE ?", RULES_KEY, SEASONS_KEY, WATERMARK_KEY,
                        HIDDEN_PREFIX + "%"));
        KudosRules rules = KudosRules.defaults();
        Seasons seasons = Seasons.parse(null);
        Watermark watermark = new Watermark(0, 0);
        Set<String> optedOut = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (SettingEntity row : rows) {
            String key = row.getSettingKey();
            if (key.equals(RULES_KEY)) {
                rules = KudosRules.parse(row.getSettingValue());
            } else if (key.equals(SEASONS_KEY)) {
                seasons = Seasons.parse(row.getSettingValue());
            } else if (key.equals(WATERMARK_KEY)) {
                watermark = new Watermark(row.getID(), Long.parseLong(row.getSettingValue()));
            } else if (key.startsWith(HIDDEN_PREFIX + OPTED_OUT + "|")) {
                optedOut.add(row.getSettingValue());
            } else if (key.startsWith(HIDDEN_PREFIX + EXCLUDED + "|")) {
                excluded.add(row.getSettingValue());
            }
        }
        return new Snapshot(rules, seasons, watermark, Set.copyOf(optedOut), Set.copyOf(excluded));
    }

    /** The rules from settings read under {@link #RULES_KEY} with others (the defaults when none are saved). */
    static KudosRules rulesFrom(SettingsSnapshot settings) {
        return settings.get(RULES_KEY).map(KudosRules::parse).orElseGet(KudosRules::defaults);
    }

    /** The boss rule from settings read under {@link #RULES_KEY}'s prefix (the default when none is saved). */
    static BossRules bossRulesFrom(SettingsSnapshot settings) {
        return BossRules.parse(settings.get(BOSS_RULES_KEY).orElse(null));
    }

    BossRules bossRules() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", BOSS_RULES_KEY));
        return BossRules.parse(rows.length == 0 ? null : rows[0].getSettingValue());
    }

    void saveBossRules(BossRules rules) {
        put(BOSS_RULES_KEY, rules.format());
    }

    PortalThanksRules portalThanksRules() {
        SettingEntity[] rows = store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY = ?", PORTAL_THANKS_RULES_KEY));
        return PortalThanksRules.parse(rows.length == 0 ? null : rows[0].getSettingValue());
    }

    void savePortalThanksRules(PortalThanksRules rules) {
        put(PORTAL_THANKS_RULES_KEY, rules.format());
    }

    KudosRules rules() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", RULES_KEY));
        return rows.length == 0 ? KudosRules.defaults() : KudosRules.parse(rows[0].getSettingValue());
    }

    Seasons seasons() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", SEASONS_KEY));
        return Seasons.parse(rows.length == 0 ? null : rows[0].getSettingValue());
    }

    Watermark watermark() {
        SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", WATERMARK_KEY));
        return rows.length == 0 ? new Watermark(0, 0)
                : new Watermark(rows[0].getID(), Long.parseLong(rows[0].getSettingValue()));
    }

    DeskVisitRules deskVisitRules() {
        SettingEntity[] rows = store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY = ?", DESK_VISIT_RULES_KEY));
        return DeskVisitRules.parse(rows.length == 0 ? null : rows[0].getSettingValue());
    }

    void saveDeskVisitRules(DeskVisitRules rules) {
        put(DESK_VISIT_RULES_KEY, rules.format());
    }

    void saveRules(KudosRules rules) {
        put(RULES_KEY, rules.format());
    }

    void saveSeasons(Seasons seasons) {
        put(SEASONS_KEY, seasons.format());
    }

    /** Leaves the user off the leaderboards for this reason ({@link #OPTED_OUT} or {@link #EXCLUDED}). */
    void hide(String reason, String userKey) {
        put(hiddenKey(reason, userKey), userKey);
    }

    void unhide(String reason, String userKey) {
        store.deleteWithSQL(SettingEntity.class, "SETTING_KEY = ?", hiddenKey(reason, userKey));
    }

    boolean isHidden(String reason, String userKey) {
        return store.count(SettingEntity.class, "SETTING_KEY = ?", hiddenKey(reason, userKey)) > 0;
    }

    List<String> hidden(String reason) {
        List<String> users = new ArrayList<>();
        for (SettingEntity row : store.find(SettingEntity.class,
                Query.select().where("SETTING_KEY LIKE ?", HIDDEN_PREFIX + reason + "|%"))) {
            users.add(row.getSettingValue());
        }
        users.sort(null);
        return users;
    }

    /** Creates or replaces a row; a lost race to create it is retried by the caller's retrying transaction. */
    private void put(String key, String value) {
        store.executeInTransactionRetryingRaces(3, () -> {
            SettingEntity[] rows = store.find(SettingEntity.class, Query.select().where("SETTING_KEY = ?", key));
            if (rows.length == 0) {
                store.create(SettingEntity.class, Map.of("SETTING_KEY", key, "SETTING_VALUE", value));
            } else {
                rows[0].setSettingValue(value);
                rows[0].save();
            }
            return null;
        });
    }

    /** The user key itself when it fits the 190-character SETTING_KEY, else its SHA-256 (the value keeps the key). */
    private static String hiddenKey(String reason, String userKey) {
        String key = HIDDEN_PREFIX + reason + "|" + userKey;
        return key.length() <= 190 ? key : HIDDEN_PREFIX + reason + "|#" + sha256(userKey);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
