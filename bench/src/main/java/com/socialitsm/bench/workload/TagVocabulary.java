package com.socialitsm.bench.workload;

import java.util.List;

/**
 * The hashtags of a generated world by popularity rank: real service-desk words first (so the head of the
 * distribution reads like a real desk: #vpn, #outage, #printer), then made-up words of two to four syllables for
 * the long tail. Tail words are spread over the ranks by a bijection, so that popular and rare tags share prefixes
 * as in real life and autocomplete has to rank them.
 */
public final class TagVocabulary {
    static final List<String> HEAD = List.of(
            "vpn", "outage", "password", "printer", "email", "wifi", "laptop", "onboarding", "offboarding", "sso",
            "mfa", "access", "license", "teams", "outlook", "sharepoint", "network", "slow", "crash", "install",
            "update", "backup", "restore", "phishing", "security", "firewall", "dns", "certificate", "expired",
            "locked", "reset", "hardware", "monitor", "keyboard", "headset", "docking", "mobile", "iphone", "android",
            "citrix", "sap", "salesforce", "jira", "confluence", "zoom", "webex", "calendar", "meeting", "payroll",
            "hr", "finance", "invoice", "procurement", "purchase", "order", "shipping", "warehouse", "database",
            "oracle", "postgres", "sql", "server", "linux", "windows", "macos", "patch", "upgrade", "migration",
            "cloud", "aws", "azure", "kubernetes", "docker", "deploy", "release", "incident", "major", "p1", "sla",
            "escalation", "change", "cab", "problem", "rootcause", "workaround", "knownerror", "duplicate", "howto",
            "request", "newhire", "leaver", "badge", "building", "facilities", "parking", "coffee", "kitchen",
            "aircon", "heating", "elevator", "cleaning", "mail", "scanner", "copier", "toner", "paper", "vpnclient",
            "proxy", "latency", "timeout", "error500", "login", "signin", "2fa", "token", "okta", "ldap",
            "activedirectory", "gdpr", "audit", "compliance", "risk", "vendor", "contract", "renewal");

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ne", "tu", "ra", "si", "po", "de", "va", "zu", "be", "go", "fi", "ha", "jo", "ku", "le",
        "mo", "na", "pe", "qi", "ro", "sa", "te", "vi", "wo", "xa", "yu", "ze", "bra", "cle", "dro", "fla", "gri",
        "plo", "sto", "tri", "vex", "zor"};

    private final int size;
    private final long multiplier;

    public TagVocabulary(int size) {
        this.size = size;
        int tail = Math.max(1, size - HEAD.size());
        long m = 7_919;
        while (gcd(m, tail) != 1) {
            m += 2;
        }
        this.multiplier = m;
    }

    public int size() {
        return size;
    }

    /** The normalized tag of a popularity rank (0 = most used). */
    public String tag(int rank) {
        if (rank < HEAD.size()) {
            return HEAD.get(rank);
        }
        int tail = size - HEAD.size();
        long word = (rank - HEAD.size()) * multiplier % tail;
        return madeUpWord(word);
    }

    /** How people write it: acronyms upper case, others as is. */
    public String display(int rank) {
        String tag = tag(rank);
        return tag.length() <= 3 && rank < HEAD.size() ? tag.toUpperCase(java.util.Locale.ROOT) : tag;
    }

    /** A unique word for each number: two syllables for the first 1,600, then three, then four. */
    static String madeUpWord(long number) {
        int base = SYLLABLES.length;
        long n = number;
        int syllables = 2;
        long block = (long) base * base;
        while (n >= block) {
            n -= block;
            syllables++;
            block *= base;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[(int) (n % base)]);
            n /= base;
        }
        return word.toString();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
