package com.socialitsm.jira.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyOptions;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyInput;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.entity.property.EntityPropertyService.SetPropertyValidationResult;

import com.socialitsm.host.IssueTagIndex;

/**
 * Puts an issue's tags where Jira's own index finds them: the issue entity property {@value #PROPERTY_KEY} with the
 * value {@code {"tags": ["outage", "vpn"]}}, which the descriptor's {@code <index-document-configuration>} indexes
 * as the JQL field {@code Hashtags} ({@code Hashtags = vpn}, {@code in}, {@code !=}, {@code is EMPTY}). Jira stores
 * the property in its database, re-indexes the issue when it is set, replicates the index change to the other nodes,
 * and reads it back during a full re-index without asking the app (docs/hashtags.md, "JQL"). The app writes as no
 * user, skipping permission checks: the tags change because of someone's edit, not because they may edit the issue.
 */
@Named("jiraIssueTagIndex")
public final class JiraIssueTagIndex implements IssueTagIndex {
    /** The property key; the descriptor's index-document-configuration names the same (DescriptorTest). */
    public static final String PROPERTY_KEY = "social-itsm-hashtags";
    /** The array in the property's value that the descriptor extracts: {@code {"tags": [...]}}. */
    public static final String TAGS_PATH = "tags";
    /** Jira refuses a property value of 32,768 characters or more. */
    static final int MAX_VALUE_LENGTH = 32_767;
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueTagIndex.class);

    private final IssuePropertyService issuePropertyService;

    @Inject
    public JiraIssueTagIndex(IssuePropertyService issuePropertyService) {
        this.issuePropertyService = issuePropertyService;
    }

    @Override
    public void tagsChanged(long issueId, Set<String> tags) {
        try {
            write(issueId, tags);
        } catch (RuntimeException e) {
            // The change is committed; the issue's next change writes the whole set again.
            LOG.warn("Could not index the hashtags of issue {}", issueId, e);
        }
    }

    private void write(long issueId, Set<String> tags) {
        List<String> indexed = tagsThatFit(tags);
        if (indexed.size() < tags.size()) {
            LOG.warn("Issue {} has {} hashtags, more than an issue property holds; indexing the first {}",
                    issueId, tags.size(), indexed.size());
        }
        String value = json(indexed);
        EntityPropertyOptions asTheApp = new EntityPropertyOptions.Builder().skipPermissionChecks().build();
        SetPropertyValidationResult validated = issuePropertyService.validateSetProperty(null, issueId,
                new PropertyInput(value, PROPERTY_KEY), asTheApp);
        if (!validated.isValid()) {
            LOG.warn("Jira refused the hashtags of issue {}: {}", issueId,
                    validated.getErrorCollection().getErrorMessages());
            return;
        }
        PropertyResult stored = issuePropertyService.setProperty(null, validated);
        if (!stored.isValid()) {
            LOG.warn("Jira did not store the hashtags of issue {}: {}", issueId,
                    stored.getErrorCollection().getErrorMessages());
        }
    }

    /**
     * The tags in sorted order (the same tags always give the same value), as many as fit into Jira's limit: an issue
     * would need some 450 tags of 64 characters to reach it.
     */
    static List<String> tagsThatFit(Set<String> tags) {
        List<String> fitting = new ArrayList<>();
        int length = json(List.of()).length();
        for (String tag : new TreeSet<>(tags)) {
            length += quoted(tag).length() + (fitting.isEmpty() ? 0 : 1);
            if (length > MAX_VALUE_LENGTH) {
                break;
            }
            fitting.add(tag);
        }
        return fitting;
    }

    /** {@code {"tags":["outage","vpn"]}}. */
    static String json(List<String> tags) {
        StringBuilder value = new StringBuilder("{").append(quoted(TAGS_PATH)).append(":[");
        for (int i = 0; i < tags.size(); i++) {
            value.append(i == 0 ? "" : ",").append(quoted(tags.get(i)));
        }
        return value.append("]}").toString();
    }

    /** A JSON string. Stored tags are letters, marks, digits and underscores, but the index must never be the place that trusts that. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
