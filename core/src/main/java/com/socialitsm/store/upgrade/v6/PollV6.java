package com.socialitsm.store.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A poll an agent asked in a project (version 6's frozen copy). Options are the lines of {@code OPTIONS} (an option
 * holds no line break). Votes are {@code PollBallot} and {@code PollChoice} rows, counted, never a counter column.
 */
@Table("Poll")
public interface PollV6 extends Entity {

    @Indexed long getProjectId();
    void setProjectId(long projectId);

    /** The agent who asked. */
    @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    @NotNull @StringLength(450) String getQuestion();
    void setQuestion(String question);

    /** The options in order, one per line. */
    @NotNull @StringLength(StringLength.UNLIMITED) String getOptions();
    void setOptions(String options);

    boolean isMultipleChoice();
    void setMultipleChoice(boolean multiple);

    boolean isAnonymous();
    void setAnonymous(boolean anonymous);

    boolean isResultsAfterClose();
    void setResultsAfterClose(boolean afterClose);

    long getClosesAt();
    void setClosesAt(long epochMillis);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);

    /**
     * An anonymous poll's ballot key (random, base64) while the poll is open: ballots carry a keyed hash of the voter,
     * never the voter. Erased once the poll has closed, so from then on no one can link a ballot to a person.
     */
    @StringLength(64) String getBallotSecret();
    void setBallotSecret(String secret);
}
