package com.socialitsm.qa;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.IssueRef;
import com.socialitsm.host.ProjectRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.QuestionEntity;

/** Turns question and answer rows into records, asking the host in bulk for authors, issues and projects. */
final class QaRecords {
    private final IssueDirectory issues;
    private final UserDirectory users;

    QaRecords(IssueDirectory issues, UserDirectory users) {
        this.issues = issues;
        this.users = users;
    }

    /** The host's data these questions (and these further users, e.g. answer authors) need, fetched at once. */
    Batch batch(Collection<QuestionEntity> questions, Collection<String> moreUsers) {
        return new Batch(questions, moreUsers);
    }

    List<Question> questions(List<QuestionEntity> rows) {
        return batch(rows, List.of()).questions(rows);
    }

    Question question(QuestionEntity row) {
        return batch(List.of(row), List.of()).question(row);
    }

    /** Users by key; a key the host no longer knows becomes an inactive user named by the key. */
    Map<String, UserRef> usersByKey(Collection<String> keys) {
        Map<String, UserRef> found = new HashMap<>(users.byKeys(new HashSet<>(keys)));
        for (String key : keys) {
            found.computeIfAbsent(key, k -> new UserRef(k, k, "", false));
        }
        return found;
    }

    UserRef user(String key) {
        return usersByKey(List.of(key)).get(key);
    }

    static Answer answer(AnswerEntity row, boolean accepted, Map<String, UserRef> users) {
        return new Answer(row.getID(), row.getQuestionId(), nullToEmpty(row.getBody()), users.get(row.getAuthor()),
                Instant.ofEpochMilli(row.getCreatedAt()), editedAt(row.getEditedAt()), row.getUpvotes(),
                row.getDownvotes(), accepted);
    }

    private static Optional<Instant> editedAt(long epochMillis) {
        return epochMillis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Authors, issues and projects for some questions, fetched in bulk. */
    final class Batch {
        private final Map<String, UserRef> usersByKey;
        private final Map<Long, IssueRef> issuesById;
        private final Map<Long, Optional<ProjectRef>> projects = new HashMap<>();

        private Batch(Collection<QuestionEntity> questions, Collection<String> moreUsers) {
            Set<String> userKeys = new HashSet<>(moreUsers);
            Set<Long> issueIds = new HashSet<>();
            for (QuestionEntity question : questions) {
                userKeys.add(question.getAuthor());
                if (question.getIssueId() != 0) {
                    issueIds.add(question.getIssueId());
                }
                if (question.getRaisedIssueId() != 0) {
                    issueIds.add(question.getRaisedIssueId());
                }
            }
            this.usersByKey = usersByKey(userKeys);
            this.issuesById = issueIds.isEmpty() ? Map.of() : issues.byIds(issueIds);
        }

        Map<String, UserRef> users() {
            return usersByKey;
        }

        List<Question> questions(List<QuestionEntity> rows) {
            return rows.stream().map(this::question).toList();
        }

        Question question(QuestionEntity row) {
            Optional<IssueRef> issue = Optional.ofNullable(issuesById.get(row.getIssueId()));
            String projectKey = issue.map(IssueRef::projectKey).orElseGet(() -> projects
                    .computeIfAbsent(row.getProjectId(), issues::projectById).map(ProjectRef::key).orElse(""));
            return new Question(row.getID(), row.getTitle(), nullToEmpty(row.getBody()),
                    usersByKey.get(row.getAuthor()), issue.map(IssueRef::key), projectKey,
                    QuestionTags.fromColumn(row.getHashtags()), Instant.ofEpochMilli(row.getCreatedAt()),
                    editedAt(row.getEditedAt()), row.getScore(), row.getAnswerCount(), row.getAcceptedAnswerId(),
                    Optional.ofNullable(issuesById.get(row.getRaisedIssueId())).map(IssueRef::key),
                    row.getPortalId());
        }
    }
}
