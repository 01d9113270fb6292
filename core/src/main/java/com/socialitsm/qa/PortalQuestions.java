package com.socialitsm.qa;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import net.java.ao.Query;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.host.CustomerPortals;
import com.socialitsm.host.IssueDirectory;
import com.socialitsm.host.PortalRef;
import com.socialitsm.host.UserDirectory;
import com.socialitsm.host.UserRef;
import com.socialitsm.outcome.Outcome;
import com.socialitsm.store.AnswerEntity;
import com.socialitsm.store.InList;
import com.socialitsm.store.QuestionEntity;
import com.socialitsm.store.Store;

/**
 * The customer portal's community Q&amp;A (issue #17 part 3): customers and agents of a portal ask and answer there,
 * and the portal's agents mark answers verified. A portal question is a QUESTION row with the portal's id
 * ({@code PORTAL_ID}) and the portal's project, so the agents' internal Q&amp;A (which checks project browsing) lists
 * it to agents, who may answer it there too. The other way never happens: this class reads only rows of the asked
 * portal, and internal questions ({@code PORTAL_ID = 0}) belong to no portal.
 *
 * <p>The same limits and Markdown sanitizing as the internal Q&amp;A ({@link QaInputs}, {@link MarkdownRenderer}).
 * Names: a customer sees no one's name (only whether an agent wrote it); the portal's agents see the authors' names.
 * Anonymous: 401; a portal the viewer may not use, or a question of one: 404, identical to missing; a customer
 * verifying: 403.
 */
public final class PortalQuestions {
    /** The most questions a list returns. */
    public static final int MAX_LIMIT = 50;
    private static final int SIMILAR_WORDS = 5;

    private final Store store;
    private final Clock clock;
    private final CustomerPortals portals;
    private final UserDirectory users;
    private final MarkdownRenderer markdown;
    private final QuestionVisibility internal;

    public PortalQuestions(Store store, Clock clock, CustomerPortals portals, UserDirectory users,
                           MarkdownRenderer markdown, IssueDirectory issues, AccessPolicy access) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.portals = Objects.requireNonNull(portals);
        this.users = Objects.requireNonNull(users);
        this.markdown = Objects.requireNonNull(markdown);
        this.internal = new QuestionVisibility(Objects.requireNonNull(issues), Objects.requireNonNull(access));
    }

    /** An answer as the viewer sees it; {@code author} is empty for customers. */
    public record PortalAnswer(long id, long questionId, String bodyHtml, boolean byAgent, String author,
                               boolean verified, Instant createdAt) {
    }

    /** A portal question with its answers (verified first, then oldest first). */
    public record PortalQuestion(long id, long portalId, String title, String bodyHtml, boolean byAgent,
                                 String author, Instant createdAt, List<PortalAnswer> answers) {
        public PortalQuestion {
            answers = List.copyOf(answers);
        }
    }

    /**
     * An internal answer on the portal: the portal question it is published as, and whether this publish created it
     * ({@code false}: the answer's earlier copy was updated).
     */
    public record PublishedAnswer(PortalQuestion question, boolean created) {
    }

    /**
     * The portal's questions, newest first, at most {@code limit}; with {@code typed} present only those whose title
     * shares a significant word with it (the "similar questions" while a customer types).
     */
    public Outcome<List<PortalQuestion>> list(Optional<String> viewer, long portalId, Optional<String> typed,
                                              int limit) {
        return attempt(() -> {
            PortalRef portal = usable(viewer, portalId);
            boolean agent = portals.isAgent(viewer, portal.id());
            StringBuilder where = new StringBuilder("PORTAL_ID = ? AND DELETED = ?");
            List<Object> params = new ArrayList<>(List.of(portal.id(), false));
            if (typed.isPresent()) {
                List<String> words = new ArrayList<>(TitleWords.significant(typed.get()));
                if (words.isEmpty()) {
                    return List.of();
                }
                words = words.subList(0, Math.min(words.size(), SIMILAR_WORDS));
                where.append(" AND (");
                for (int i = 0; i < words.size(); i++) {
                    where.append(i == 0 ? "" : " OR ").append("SEARCH_TEXT LIKE ?");
                    params.add("%" + words.get(i) + "%");
                }
                where.append(')');
            }
            QuestionEntity[] rows = store.find(QuestionEntity.class, Query.select().where(where.toString(),
                    params.toArray()).order("CREATED_AT DESC, ID DESC").limit(Math.max(1, Math.min(limit, MAX_LIMIT))));
            return views(List.of(rows), agent);
        });
    }

    /** Asks on the portal: 201 with the question; 400 for a bad title or body. */
    public Outcome<PortalQuestion> ask(Optional<String> viewer, long portalId, String rawTitle, String rawBody) {
        return attempt(() -> {
            PortalRef portal = usable(viewer, portalId);
            String title = QaInputs.validTitle(rawTitle);
            String body = QaInputs.validBody(rawBody, false);
            Map<String, Object> row = portalQuestionRow(title, body, viewer.orElseThrow(), portal, clock.millis(), 0);
            QuestionEntity created = store.executeInTransaction(() -> store.create(QuestionEntity.class, row));
            return views(List.of(created), portals.isAgent(viewer, portal.id())).get(0);
        });
    }

    /** Answers a portal question: 400 for an empty or too long body; 404 for a question not of the viewer's portals. */
    public Outcome<PortalAnswer> answer(Optional<String> viewer, long questionId, String rawBody) {
        return attempt(() -> {
            QuestionEntity question = portalQuestion(viewer, questionId);
            String body = QaInputs.validBody(rawBody, true);
            Map<String, Object> row = portalAnswerRow(question.getID(), body, viewer.orElseThrow(), clock.millis(),
                    false);
            AnswerEntity created = store.executeInTransaction(() -> {
                AnswerEntity answer = store.create(AnswerEntity.class, row);
                QuestionEntity fresh = store.get(QuestionEntity.class, question.getID());
                fresh.setAnswerCount(store.count(AnswerEntity.class, "QUESTION_ID = ? AND DELETED = ?",
                        question.getID(), false));
                fresh.save();
                return answer;
            });
            return answerView(created, question.getPortalId(), portals.isAgent(viewer, question.getPortalId()));
        });
    }

    /** An agent of the question's portal marks an answer verified (or not): 403 for anyone else who sees it. */
    public Outcome<PortalAnswer> verify(Optional<String> viewer, long answerId, boolean verified) {
        return attempt(() -> {
            if (viewer.isEmpty()) {
                throw QaRejection.notLoggedIn();
            }
            AnswerEntity answer = answerId <= 0 || answerId > Integer.MAX_VALUE ? null
                    : store.get(AnswerEntity.class, (int) answerId);
            if (answer == null || answer.isDeleted()) {
                throw QaRejection.notFound("There is no such answer.");
            }
            QuestionEntity question = portalQuestion(viewer, answer.getQuestionId());
            if (!portals.isAgent(viewer, question.getPortalId())) {
                throw QaRejection.forbidden("Only the portal's agents can verify answers.");
            }
            AnswerEntity saved = store.executeInTransaction(() -> {
                AnswerEntity fresh = store.get(AnswerEntity.class, answer.getID());
                fresh.setVerified(verified);
                fresh.save();
                return fresh;
            });
            return answerView(saved, question.getPortalId(), true);
        });
    }

    /**
     * An agent publishes an answer of the agents' internal Q&amp;A to the portal of its question's project: a new
     * portal question with the title the agent writes for customers (the internal question's title and body stay
     * internal) and a copy of the answer's text by its author, verified (an agent vouched for it). The internal
     * question is unchanged; the answer records the copy (ANSWER.PUBLISHED_AS, schema v11), so that publishing it
     * again updates the copy (its title, and its answer's text from the answer as it is now) instead of making a
     * second one, while the copy is still on that portal (a deleted copy, or one of another portal, is published
     * anew). Two first publishes of one answer at the same moment can still make two copies (the later one is
     * recorded); nothing else depends on there being one. 401 anonymous; 403 a caller who is an agent of no portal (decided before
     * anything is looked up) or not of this project's portal; 404 an answer that is missing, deleted, hidden from the
     * caller or already a portal answer; 409 the project has no portal; 400 a bad title.
     */
    public Outcome<PublishedAnswer> publish(Optional<String> agent, long internalAnswerId, String rawTitle) {
        return attempt(() -> {
            if (agent.isEmpty()) {
                throw QaRejection.notLoggedIn();
            }
            if (portals.portals(agent).stream().noneMatch(p -> portals.isAgent(agent, p.id()))) {
                throw QaRejection.forbidden("Only the portal's agents can publish answers to it.");
            }
            AnswerEntity answer = internalAnswerId <= 0 || internalAnswerId > Integer.MAX_VALUE ? null
                    : store.get(AnswerEntity.class, (int) internalAnswerId);
            QuestionEntity question = answer == null || answer.isDeleted() ? null
                    : store.get(QuestionEntity.class, answer.getQuestionId());
            if (question == null || question.getPortalId() != 0 || !internal.isVisible(agent, question)) {
                throw QaRejection.notFound("There is no such internal answer that you may see.");
            }
            PortalRef portal = portals.portalOfProject(question.getProjectId())
                    .orElseThrow(() -> QaRejection.conflict("The question's project has no customer portal."));
            if (!portals.isAgent(agent, portal.id())) {
                throw QaRejection.forbidden("Only the portal's agents can publish answers to it.");
            }
            String title = QaInputs.validTitle(rawTitle);
            long now = clock.millis();
            return store.executeInTransaction(() -> {
                AnswerEntity source = store.get(AnswerEntity.class, answer.getID());
                Optional<QuestionEntity> copy = publishedCopy(source, portal);
                if (copy.isPresent()) {
                    updateCopy(copy.get(), title, source.getBody(), now);
                    return new PublishedAnswer(views(List.of(copy.get()), true).get(0), false);
                }
                QuestionEntity created = store.create(QuestionEntity.class, portalQuestionRow(title, "",
                        agent.get(), portal, now, 1));
                store.create(AnswerEntity.class, portalAnswerRow(created.getID(), source.getBody(),
                        source.getAuthor(), now, true));
                source.setPublishedAs(created.getID());
                source.save();
                return new PublishedAnswer(views(List.of(created), true).get(0), true);
            });
        });
    }

    /** The portal question the answer was published as, while it is still a question of that portal. */
    private Optional<QuestionEntity> publishedCopy(AnswerEntity source, PortalRef portal) {
        if (source.getPublishedAs() <= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(store.get(QuestionEntity.class, source.getPublishedAs()))
                .filter(copy -> !copy.isDeleted() && copy.getPortalId() == portal.id());
    }

    /**
     * A second publish: the copy takes the agent's new title and the internal answer's text as it is now. The copied
     * answer is the copy's first (customers may have answered after it); its verification is left as agents set it.
     */
    private void updateCopy(QuestionEntity copy, String title, String body, long now) {
        copy.setTitle(title);
        copy.setSearchText(TitleWords.searchText(title));
        copy.setEditedAt(now);
        copy.save();
        AnswerEntity[] first = store.find(AnswerEntity.class, Query.select()
                .where("QUESTION_ID = ?", copy.getID()).order("ID ASC").limit(1));
        if (first.length == 1) {
            first[0].setBody(body);
            first[0].setEditedAt(now);
            first[0].save();
        }
    }

    private static Map<String, Object> portalQuestionRow(String title, String body, String author, PortalRef portal,
                                                         long now, int answers) {
        Map<String, Object> row = new HashMap<>();
        row.put("TITLE", title);
        row.put("BODY", body);
        row.put("AUTHOR", author);
        row.put("ISSUE_ID", 0L);
        row.put("PROJECT_ID", portal.projectId());
        row.put("PORTAL_ID", portal.id());
        row.put("HASHTAGS", QuestionTags.toColumn(List.of()));
        row.put("SEARCH_TEXT", TitleWords.searchText(title));
        row.put("CREATED_AT", now);
        row.put("EDITED_AT", 0L);
        row.put("DELETED", false);
        row.put("ACCEPTED_ANSWER_ID", 0);
        row.put("SCORE", 0);
        row.put("ANSWER_COUNT", answers);
        row.put("RAISED_ISSUE_ID", 0L);
        return row;
    }

    private static Map<String, Object> portalAnswerRow(int questionId, String body, String author, long now,
                                                       boolean verified) {
        Map<String, Object> row = new HashMap<>();
        row.put("QUESTION_ID", questionId);
        row.put("BODY", body);
        row.put("AUTHOR", author);
        row.put("CREATED_AT", now);
        row.put("EDITED_AT", 0L);
        row.put("DELETED", false);
        row.put("UPVOTES", 0);
        row.put("DOWNVOTES", 0);
        row.put("VERIFIED", verified);
        return row;
    }

    private PortalRef usable(Optional<String> viewer, long portalId) {
        if (viewer.isEmpty()) {
            throw QaRejection.notLoggedIn();
        }
        return portals.portal(viewer, portalId)
                .orElseThrow(() -> QaRejection.notFound("There is no such portal that you may use."));
    }

    /** A question of a portal the viewer may use; internal questions and hidden ones are "not found". */
    private QuestionEntity portalQuestion(Optional<String> viewer, long questionId) {
        if (viewer.isEmpty()) {
            throw QaRejection.notLoggedIn();
        }
        QuestionEntity question = questionId <= 0 || questionId > Integer.MAX_VALUE ? null
                : store.get(QuestionEntity.class, (int) questionId);
        if (question == null || question.isDeleted() || question.getPortalId() == 0
                || portals.portal(viewer, question.getPortalId()).isEmpty()) {
            throw QaRejection.notFound("There is no such question that you may see.");
        }
        return question;
    }

    private List<PortalQuestion> views(List<QuestionEntity> questions, boolean agentViewer) {
        Map<Integer, List<AnswerEntity>> answers = new LinkedHashMap<>();
        List<Integer> ids = questions.stream().map(QuestionEntity::getID).toList();
        for (List<Integer> chunk : InList.chunks(ids)) {
            for (AnswerEntity answer : store.find(AnswerEntity.class, Query.select()
                    .where(InList.in("QUESTION_ID", chunk.size()) + " AND DELETED = ?",
                            append(chunk.toArray(), false)).order("ID"))) {
                answers.computeIfAbsent(answer.getQuestionId(), id -> new ArrayList<>()).add(answer);
            }
        }
        List<PortalQuestion> views = new ArrayList<>();
        for (QuestionEntity question : questions) {
            long portalId = question.getPortalId();
            List<PortalAnswer> shown = new ArrayList<>();
            for (AnswerEntity answer : answers.getOrDefault(question.getID(), List.of())) {
                shown.add(answerView(answer, portalId, agentViewer));
            }
            shown.sort((a, b) -> Boolean.compare(b.verified(), a.verified()));
            views.add(new PortalQuestion(question.getID(), portalId, question.getTitle(),
                    markdown.render(question.getBody()), portals.isAgent(Optional.of(question.getAuthor()), portalId),
                    agentViewer ? name(question.getAuthor()) : "", Instant.ofEpochMilli(question.getCreatedAt()),
                    shown));
        }
        return views;
    }

    private PortalAnswer answerView(AnswerEntity answer, long portalId, boolean agentViewer) {
        return new PortalAnswer(answer.getID(), answer.getQuestionId(), markdown.render(answer.getBody()),
                portals.isAgent(Optional.of(answer.getAuthor()), portalId),
                agentViewer ? name(answer.getAuthor()) : "", answer.isVerified(),
                Instant.ofEpochMilli(answer.getCreatedAt()));
    }

    private String name(String userKey) {
        return users.byKeyOrName(userKey).map(UserRef::displayName).orElse(userKey);
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private static <T> Outcome<T> attempt(Supplier<T> operation) {
        try {
            return Outcome.done(operation.get());
        } catch (QaRejection rejection) {
            return rejection.toOutcome();
        }
    }
}
