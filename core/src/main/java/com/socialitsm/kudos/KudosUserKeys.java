package com.socialitsm.kudos;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the kudos feature keeps user keys inside other values, for the privacy rewrite
 * ({@code com.socialitsm.privacy.UserKeyRewriter}): ledger slots name the first-time tagger
 * ({@code first-tag|bob|vpn}), the giver of peer kudos ({@code kudos|bob|19800|0}) and the upvoter of an answer
 * ({@code answer-upvoted|7|bob}); a ledger row's source key and the key it reverses start with its slot; a peer-kudos
 * row's detail is the giver; opt-outs and exclusions are SETTING rows keyed by the user. The slot grammar stays in
 * this package; the rewriter only asks.
 *
 * <p>Slots longer than {@link Ledger}'s limit are stored as a SHA-256 and name nobody in clear; they are left as
 * they are.
 */
public final class KudosUserKeys {
    private static final Pattern DAY_AND_PLACE = Pattern.compile("\\d+\\|\\d+");
    private static final Pattern ANSWER_ID = Pattern.compile("\\d+");

    private KudosUserKeys() {
    }

    /**
     * SQL LIKE patterns on PointsEntry.SLOT that find at least every slot naming the user (a {@code _}, {@code %} or a
     * backslash in the key matches more; {@link #slotWithUserReplaced} decides exactly).
     */
    public static List<String> slotPatterns(String userKey) {
        // A backslash is LIKE's escape character on some databases: match it with the one-character wildcard.
        String key = userKey.replace("\\", "_");
        return List.of(Ledger.FIRST_TAG + "|" + key + "|%", Ledger.KUDOS + "|" + key + "|%",
                Ledger.ANSWER_UPVOTED + "|%|" + key);
    }

    /** The slot with {@code oldKey} replaced by {@code newKey} where the slot names it as a user; empty otherwise. */
    public static Optional<String> slotWithUserReplaced(String slot, String oldKey, String newKey) {
        String firstTag = Ledger.FIRST_TAG + "|" + oldKey + "|";
        if (slot.startsWith(firstTag)) {
            String tag = slot.substring(firstTag.length());
            return tag.isEmpty() || tag.contains("|") ? Optional.empty()
                    : Optional.of(Ledger.slot(Ledger.FIRST_TAG, newKey, tag));
        }
        String kudos = Ledger.KUDOS + "|" + oldKey + "|";
        if (slot.startsWith(kudos)) {
            String dayAndPlace = slot.substring(kudos.length());
            return DAY_AND_PLACE.matcher(dayAndPlace).matches()
                    ? Optional.of(Ledger.slot(Ledger.KUDOS, newKey, dayAndPlace)) : Optional.empty();
        }
        String upvoted = Ledger.ANSWER_UPVOTED + "|";
        String voter = "|" + oldKey;
        if (slot.startsWith(upvoted) && slot.endsWith(voter) && slot.length() > upvoted.length() + voter.length()) {
            String answerId = slot.substring(upvoted.length(), slot.length() - voter.length());
            return ANSWER_ID.matcher(answerId).matches()
                    ? Optional.of(Ledger.slot(Ledger.ANSWER_UPVOTED, answerId, newKey)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A ledger row's detail names the giver of peer kudos; other details are not user keys. */
    public static boolean detailIsUser(String reason, String detail, String userKey) {
        return Ledger.KUDOS.equals(reason) && userKey.equals(detail);
    }

    /** The SETTING keys that hide this user from leaderboards (opted out, excluded by an admin). */
    public static List<String> hiddenSettingKeys(String userKey) {
        return List.of(KudosSettings.hiddenKey(KudosSettings.OPTED_OUT, userKey),
                KudosSettings.hiddenKey(KudosSettings.EXCLUDED, userKey));
    }
}
