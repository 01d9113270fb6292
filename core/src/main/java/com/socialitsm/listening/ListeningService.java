package com.socialitsm.listening;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import net.java.ao.Query;

import com.socialitsm.outcome.Outcome;
import com.socialitsm.outcome.Problem;
import com.socialitsm.settings.Settings;
import com.socialitsm.settings.SettingsSnapshot;
import com.socialitsm.store.ChatterMentionEntity;
import com.socialitsm.store.ChatterMessageEntity;
import com.socialitsm.store.ListenSourceEntity;
import com.socialitsm.store.Store;
import com.socialitsm.tag.HashtagExtractor;

/**
 * The listening post's face: administrators add, list and remove sources; a source's URL hears messages, whose
 * hashtags become chatter ({@link #chatter()}); a periodic job deletes what is older than it may be kept.
 *
 * <p>A source's URL carries a secret of 256 random bits (base64url, 43 characters). A request is looked up by the
 * SHA-256 of what it presents, never by comparing secrets in the database, and the stored secret is then compared in
 * constant time: an unknown, malformed, deleted or almost-right secret all get the one same "not found".
 */
public final class ListeningService {
    /** The longest excerpt of a message that is kept (in code points); the rest of the text is never stored. */
    public static final int EXCERPT_LENGTH = 280;
    /** Excerpts (CHATTER_MESSAGE rows) are deleted after this many days. */
    public static final int EXCERPT_KEEP_DAYS = 30;
    /** Tags counted per message at most: a message listing 500 tags is one voice, not 500. */
    public static final int MAX_TAGS_PER_MESSAGE = 20;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_SOURCES = 100;
    static final String PER_MINUTE_KEY = "listening.perMinute";
    static final String WEIGHT_KEY = "listening.trendingWeight";
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern TEAMS_MENTION = Pattern.compile("(?is)<at>.*?</at>");
    private static final Pattern SLACK_LABELLED = Pattern.compile("<[^<>|]*\\|([^<>]*)>");
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final long MINUTE_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Store store;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random;
    private final HashtagExtractor extractor = new HashtagExtractor();
    private final Chatter chatter;

    public ListeningService(Store store, Clock clock, Settings settings, SecureRandom random) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.settings = Objects.requireNonNull(settings);
        this.random = Objects.requireNonNull(random);
        this.chatter = new Chatter(store, settings);
    }

    /** The counts, for the tag page and trending. */
    public Chatter chatter() {
        return chatter;
    }

    // ---- sources (administrators; the REST layer checks who calls)

    /**
     * Adds a source. {@code sharedKey}: for Teams the base64 security token Teams shows when the outgoing webhook is
     * created (then every message must carry its HMAC); for Slack/Mattermost the webhook's token (then every message
     * must carry it); none for plain.
     */
    public Outcome<ListeningSource> addSource(String admin, String name, String format, Optional<String> sharedKey) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME_LENGTH) {
            return invalid("invalid_name", "name is required: 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        Optional<ListenFormat> kind = ListenFormat.of(format);
        if (kind.isEmpty()) {
            return invalid("invalid_format", "format must be slack, teams or plain.");
        }
        Optional<String> key = sharedKey.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent()) {
            if (kind.get() == ListenFormat.PLAIN) {
                return invalid("invalid_shared_key", "A plain source takes no shared key.");
            }
            if (key.get().length() > 255) {
                return invalid("invalid_shared_key", "sharedKey must be at most 255 characters.");
            }
            if (kind.get() == ListenFormat.TEAMS && hmacKey(key.get()).isEmpty()) {
                return invalid("invalid_shared_key", "A Teams security token is base64, as Teams shows it.");
            }
        }
        if (store.count(ListenSourceEntity.class, Query.select()) >= MAX_SOURCES) {
            return Outcome.refused(Problem.CONFLICT, "too_many_sources",
                    "There are " + MAX_SOURCES + " sources already; remove one first.");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("SOURCE_NAME", cleanName);
        row.put("SOURCE_FORMAT", kind.get().key());
        row.put("SECRET_HASH", sha256Hex(secret));
        row.put("SECRET", secret);
        row.put("SHARED_KEY", key.orElse(null));
        row.put("CREATED_AT", clock.millis());
        row.put("CREATED_BY", admin);
        ListenSourceEntity created = store.executeInTransaction(() -> store.create(ListenSourceEntity.class, row));
        return Outcome.done(view(created));
    }

    /** Every source, oldest first, with when each was last heard. */
    public List<ListeningSource> sources() {
        List<ListeningSource> sources = new ArrayList<>();
        for (ListenSourceEntity row : store.find(ListenSourceEntity.class, Query.select().order("ID"))) {
            sources.add(view(row));
        }
        return sources;
    }

    /** Removes a source with its messages and its chatter; false when there is no such source. */
    public boolean removeSource(long id) {
        return store.executeInTransaction(() -> {
            ListenSourceEntity[] rows = store.find(ListenSourceEntity.class, Query.select().where("ID = ?", id));
            if (rows.length == 0) {
                return false;
            }
            store.deleteWithSQL(ChatterMentionEntity.class, "SOURCE_ID = ?", id);
            store.deleteWithSQL(ChatterMessageEntity.class, "SOURCE_ID = ?", id);
            store.delete(rows[0]);
            return true;
        });
    }

    // ---- hearing a message (no login: the secret is the credential)

    /**
     * Hears one request to {@code /listen/<secret>}, in this order: an unknown secret is "not found" (404); a source
     * that posted its per-minute allowance already is "limited" (429); a message without the source's signature or
     * token is refused (401); a body without a text is "invalid" (400); otherwise the message's hashtags are counted
     * and its excerpt kept, in one transaction.
     */
    public Outcome<Heard> hear(String secret, Delivery delivery) {
        Optional<ListenSourceEntity> found = bySecret(secret);
        if (found.isEmpty()) {
            return unknownSecret();
        }
        ListenSourceEntity source = found.get();
        ListenFormat format = ListenFormat.of(source.getSourceFormat()).orElse(ListenFormat.PLAIN);
        long now = clock.millis();
        int perMinute = readSettings(settings).perMinute();
        if (store.count(ChatterMessageEntity.class, Query.select().where("SOURCE_ID = ? AND RECEIVED_AT > ?",
                source.getID(), now - MINUTE_MILLIS)) >= perMinute) {
            return Outcome.refused(Problem.LIMITED, "rate_limited",
                    "This source posted more than " + perMinute + " messages in a minute; try again shortly.");
        }
        Optional<String> key = Optional.ofNullable(source.getSharedKey()).filter(k -> !k.isBlank());
        if (key.isPresent() && !authentic(format, key.get(), delivery)) {
            return Outcome.refused(Problem.NOT_LOGGED_IN, "bad_signature", format == ListenFormat.TEAMS
                    ? "The message's HMAC signature (Authorization: HMAC ...) does not match the source's key."
                    : "The message's token does not match the source's token.");
        }
        if (delivery.message().isEmpty()) {
            return invalid("malformed_message",
                    "Send a form post with a text field, or JSON with a \"text\" string, of at most 64 KB.");
        }
        String text = plainText(format, delivery.message().get().text());
        List<String> tags = extractor.extractTags(text);
        List<String> counted = tags.subList(0, Math.min(tags.size(), MAX_TAGS_PER_MESSAGE));
        long sourceId = source.getID();
        int day = (int) Math.floorDiv(now, Duration.ofDays(1).toMillis());
        store.executeInTransaction(() -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("SOURCE_ID", sourceId);
            message.put("RECEIVED_AT", now);
            // A message without hashtags leaves no text at all: its row only counts towards the rate limit.
            message.put("EXCERPT", counted.isEmpty() ? null : excerpt(text));
            ChatterMessageEntity row = store.create(ChatterMessageEntity.class, message);
            if (!counted.isEmpty()) {
                List<Map<String, Object>> mentions = new ArrayList<>();
                for (String tag : counted) {
                    Map<String, Object> mention = new LinkedHashMap<>();
                    mention.put("SOURCE_ID", sourceId);
                    mention.put("MESSAGE_ID", (long) row.getID());
                    mention.put("TAG", tag);
                    mention.put("HEARD_AT", now);
                    mention.put("EPOCH_DAY", day);
                    mentions.add(mention);
                }
                store.create(ChatterMentionEntity.class, mentions);
            }
            return null;
        });
        return Outcome.done(new Heard(format, counted));
    }

    /** The one answer for every secret that opens no source. */
    private static Outcome<Heard> unknownSecret() {
        return Outcome.refused(Problem.NOT_FOUND, "not_found", "There is no such listening URL.");
    }

    private Optional<ListenSourceEntity> bySecret(String secret) {
        if (secret == null || !SECRET_SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        ListenSourceEntity[] rows = store.find(ListenSourceEntity.class,
                Query.select().where("SECRET_HASH = ?", sha256Hex(secret)));
        if (rows.length == 0 || !MessageDigest.isEqual(rows[0].getSecret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(rows[0]);
    }

    private static boolean authentic(ListenFormat format, String key, Delivery delivery) {
        if (format == ListenFormat.TEAMS) {
            Optional<byte[]> hmacKey = hmacKey(key);
            Optional<byte[]> given = delivery.authorization().map(String::strip)
                    .filter(h -> h.regionMatches(true, 0, "HMAC ", 0, 5))
                    .flatMap(h -> base64(h.substring(5).strip()));
            if (hmacKey.isEmpty() || given.isEmpty()) {
                return false;
            }
            return MessageDigest.isEqual(hmacSha256(hmacKey.get(), delivery.body()), given.get());
        }
        Optional<String> token = delivery.message().flatMap(ChatMessage::token);
        return token.isPresent() && MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8));
    }

    /** Teams signs with HMAC-SHA256 over the raw body, keyed with the base64-decoded security token. */
    static byte[] hmacSha256(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Optional<byte[]> hmacKey(String key) {
        return base64(key).filter(bytes -> bytes.length > 0);
    }

    private static Optional<byte[]> base64(String text) {
        try {
            return Optional.of(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The words of a message without its chat markup: Teams' {@code <at>bot</at>} mentions and HTML, Slack's
     * {@code <url|label>} links (the label stays), {@code <@U123>} mentions and its escapes of {@code & < >}.
     */
    static String plainText(ListenFormat format, String text) {
        String plain = text;
        if (format == ListenFormat.TEAMS) {
            plain = TEAMS_MENTION.matcher(plain).replaceAll(" ");
        }
        if (format != ListenFormat.PLAIN) {
            plain = SLACK_LABELLED.matcher(plain).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
            plain = MARKUP.matcher(plain).replaceAll(" ");
            plain = plain.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
        }
        return plain;
    }

    /** The first {@link #EXCERPT_LENGTH} code points of the text, its runs of white space made single spaces. */
    static String excerpt(String text) {
        String flat = SPACES.matcher(text).replaceAll(" ").strip();
        if (flat.codePointCount(0, flat.length()) <= EXCERPT_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, EXCERPT_LENGTH - 1)) + "…";
    }

    // ---- settings

    public ListeningSettings settings() {
        return readSettings(settings);
    }

    public void updateSettings(ListeningSettings changed) {
        settings.put(PER_MINUTE_KEY, Integer.toString(changed.perMinute()));
        settings.put(WEIGHT_KEY, Double.toString(changed.trendingWeight()));
    }

    static ListeningSettings readSettings(Settings settings) {
        SettingsSnapshot values = settings.read(List.of("listening."));
        ListeningSettings defaults = ListeningSettings.DEFAULTS;
        try {
            return new ListeningSettings(
                    values.get(PER_MINUTE_KEY).map(Integer::parseInt).orElse(defaults.perMinute()),
                    values.get(WEIGHT_KEY).map(Double::parseDouble).orElse(defaults.trendingWeight()));
        } catch (IllegalArgumentException e) {
            return defaults; // a value edited into the table by hand
        }
    }

    // ---- the periodic cleanup

    /** What one cleanup deleted. */
    public record Cleanup(int excerptsDeleted, int mentionsDeleted) {
    }

    /**
     * Deletes the messages (and so their excerpts) older than {@link #EXCERPT_KEEP_DAYS} days and the mentions older
     * than {@link Chatter#KEEP_DAYS}. Safe on several nodes at once (deleting what is already gone deletes nothing).
     */
    public Cleanup dropOld() {
        Instant now = clock.instant();
        long excerptsBefore = now.minus(Duration.ofDays(EXCERPT_KEEP_DAYS)).toEpochMilli();
        long mentionsBefore = now.minus(Duration.ofDays(Chatter.KEEP_DAYS)).toEpochMilli();
        return store.executeInTransaction(() -> new Cleanup(
                store.deleteWithSQL(ChatterMessageEntity.class, "RECEIVED_AT < ?", excerptsBefore),
                store.deleteWithSQL(ChatterMentionEntity.class, "HEARD_AT < ?", mentionsBefore)));
    }

    // ---- helpers

    private ListeningSource view(ListenSourceEntity row) {
        ChatterMessageEntity[] last = store.find(ChatterMessageEntity.class, Query.select()
                .where("SOURCE_ID = ?", row.getID()).order("RECEIVED_AT DESC, ID DESC").limit(1));
        return new ListeningSource(row.getID(), row.getSourceName(),
                ListenFormat.of(row.getSourceFormat()).orElse(ListenFormat.PLAIN), row.getSecret(),
                row.getSharedKey() != null && !row.getSharedKey().isBlank(), Instant.ofEpochMilli(row.getCreatedAt()),
                last.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last[0].getReceivedAt())),
                last.length == 0 ? Optional.empty() : Optional.ofNullable(last[0].getExcerpt()));
    }

    static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static <T> Outcome<T> invalid(String code, String message) {
        return Outcome.refused(Problem.INVALID, code, message);
    }
}
