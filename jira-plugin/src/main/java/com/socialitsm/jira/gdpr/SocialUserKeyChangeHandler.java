package com.socialitsm.jira.gdpr;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;

import com.socialitsm.privacy.UserKeyRewriter;

/**
 * Moves follows, activity, feed rows, votes, ledger and totals, kudos, badges and Q&amp;A from the user's old key to
 * the anonymized one ({@code admin} to {@code JIRAUSER10100}). Jira first shows an admin
 * {@link #getAffectedEntities}, then runs {@link #update} in a background task with one progress step per stored
 * place. A failure is returned, not thrown: Jira lists it and the admin can re-run, which is safe because the
 * rewrite is idempotent.
 */
public final class SocialUserKeyChangeHandler implements UserKeyChangeHandler {
    static final String AFFECTED_DESCRIPTION_KEY = "socialitsm.gdpr.affected";
    static final String FAILED_KEY = "socialitsm.gdpr.failed";
    private static final Logger LOG = LoggerFactory.getLogger(SocialUserKeyChangeHandler.class);

    private final UserKeyRewriter rewriter;
    private final JiraAuthenticationContext authenticationContext;

    public SocialUserKeyChangeHandler(UserKeyRewriter rewriter, JiraAuthenticationContext authenticationContext) {
        this.rewriter = rewriter;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        int references = rewriter.countReferences(parameter.getOriginal()).total();
        if (references == 0) {
            return List.of();
        }
        return List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .numberOfOccurrences((long) references)
                .descriptionKey(AFFECTED_DESCRIPTION_KEY)
                .build());
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        ErrorCollection errors = new SimpleErrorCollection();
        Context context = parameter.getContext();
        try {
            rewriter.rewrite(parameter.getOriginal(), parameter.getTarget(),
                    (reference, rows) -> context.start(null).complete());
        } catch (RuntimeException e) {
            LOG.error("Could not move the social data of a user to the anonymized key", e);
            errors.addErrorMessage(authenticationContext.getI18nHelper().getText(FAILED_KEY, String.valueOf(e.getMessage())));
        }
        return new ServiceResultImpl(errors);
    }

    /** One task per place a key is stored, matching the progress steps {@link #update} reports. */
    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return UserKeyRewriter.Reference.values().length;
    }
}
