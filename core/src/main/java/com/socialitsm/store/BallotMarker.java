package com.socialitsm.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a ballot names its voter. A named poll's ballot holds the user key. An anonymous poll's ballot holds
 * {@code "h:" + HMAC-SHA256(poll key, user key)}: the app can find the caller's own ballot (to let them change their
 * vote and show them their choice) while the poll is open, but a row, the data export or a database dump alone does not
 * say whose ballot it is. The poll key is random per poll, never leaves the server (not in REST, not in the export),
 * and is erased when the poll closes, after which no one can link any ballot to a person.
 *
 * <p>It lives beside the entities because it is the stored form of {@link PollBallotEntity#getVoter()}: the poll
 * feature writes and finds ballots with it, and a user key change (privacy) moves an open anonymous poll's ballot to
 * the new key's hash with it.
 */
public final class BallotMarker {
    private static final String HMAC = "HmacSHA256";
    public static final String HASHED = "h:";

    private BallotMarker() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The ballot's VOTER for this user: the key itself (named) or its keyed hash (anonymous, key known). */
    public static String voter(boolean anonymous, String secret, String userKey) {
        if (!anonymous) {
            return userKey;
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret), HMAC));
            byte[] hash = mac.doFinal(userKey.getBytes(StandardCharsets.UTF_8));
            return HASHED + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public static String ballotKey(long pollId, String voter) {
        return pollId + ":" + voter;
    }
}
