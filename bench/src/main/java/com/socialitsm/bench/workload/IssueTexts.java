package com.socialitsm.bench.workload;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Summaries, descriptions and comments that read like service-desk tickets, with hashtags where people put them
 * (end of a summary, inside a sentence, a line of tags at the end) and the markup real Jira text carries that holds
 * a {@code #} which is no hashtag: {code} blocks with {@code #include}, colours, URL anchors.
 */
final class IssueTexts {
    private static final List<String> PROBLEMS = List.of(
            "cannot connect to", "keeps disconnecting from", "is very slow on", "error when opening",
            "no access to", "please install", "request for", "broken", "crashes after update of",
            "password expired for", "how do I configure", "timeout while using", "licence needed for",
            "not syncing with", "blank screen in");
    private static final List<String> THINGS = List.of(
            "the VPN", "Outlook", "my laptop", "the printer on floor 3", "SAP", "Teams", "the shared drive",
            "Salesforce", "the wifi in building B", "my phone", "Citrix", "the payroll portal", "Confluence",
            "the build server", "Zoom");
    private static final List<String> SENTENCES = List.of(
            "Since this morning it fails every few minutes.",
            "I already restarted the machine twice.",
            "Colleagues in the same office see the same problem.",
            "It worked fine until yesterday's update.",
            "This blocks the month-end close, please treat as urgent.",
            "Steps: open the app, log in, wait thirty seconds, the error appears.",
            "The error message says access denied.",
            "See the attached screenshot for details.",
            "I am working from home today.",
            "Happens only on the guest network.");
    private static final List<String> REPLIES = List.of(
            "Thanks, looking into it now.", "Could you send a screenshot of the error?",
            "Please try again after clearing the cache.", "This is a known issue, a fix is being rolled out.",
            "I have reset your account, please log in again.", "Works for me now, thank you!",
            "Still failing, same error as before.", "Escalating to the network team.",
            "Can we do a quick call at 3pm?", "Closing as resolved, reopen if it comes back.");
    private static final List<String> MARKUP = List.of(
            "{code}\n#include <stdio.h>\n#define RETRIES 3\n{code}",
            "{color:#d04437}Important:{color} the service account is shared.",
            "Details: [runbook|https://wiki.example.com/display/IT/VPN#Troubleshooting]",
            "{noformat}\n# netstat -an | grep 443\n{noformat}",
            "Log: https://logs.example.com/view#line-1234 shows the failure.");

    private IssueTexts() {
    }

    static String summary(SplittableRandom random, List<String> summaryTags) {
        StringBuilder text = new StringBuilder();
        String problem = pick(random, PROBLEMS);
        text.append(Character.toUpperCase(problem.charAt(0))).append(problem, 1, problem.length())
                .append(' ').append(pick(random, THINGS));
        for (String tag : summaryTags) {
            text.append(" #").append(tag);
        }
        return text.toString();
    }

    static String description(SplittableRandom random, List<String> descriptionTags) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(5);
        int tagAt = descriptionTags.isEmpty() ? -1 : random.nextInt(sentences);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(i % 3 == 0 ? "\n\n" : " ");
            }
            String sentence = pick(random, SENTENCES);
            if (i == tagAt) {
                // A tag in the middle of prose: "... the #vpn drops ..."
                sentence = sentence.substring(0, sentence.length() - 1) + " (#" + descriptionTags.get(0) + ").";
            }
            text.append(sentence);
        }
        if (random.nextInt(4) == 0) {
            text.append("\n\n").append(pick(random, MARKUP));
        }
        if (descriptionTags.size() > 1) {
            text.append("\n\nTags:");
            for (String tag : descriptionTags.subList(1, descriptionTags.size())) {
                text.append(" #").append(tag);
            }
        }
        return text.toString();
    }

    static String comment(SplittableRandom random, String tagOrNull) {
        String text = pick(random, REPLIES);
        if (random.nextInt(3) == 0) {
            text = text + " " + pick(random, SENTENCES);
        }
        return tagOrNull == null ? text : text + " #" + tagOrNull;
    }

    static String kudosMessage(SplittableRandom random) {
        return pick(random, List.of("Thanks for the quick fix!", "You saved my day.", "Great help with the VPN.",
                "Brilliant explanation, thank you.", "Fixed before I had my coffee, amazing."));
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
