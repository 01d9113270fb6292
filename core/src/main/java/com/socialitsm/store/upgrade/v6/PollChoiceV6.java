package com.socialitsm.store.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One option chosen on one ballot (version 6's frozen copy). An option's votes are the count of these rows, so racing voters on
 * several nodes never lose a vote.
 */
@Table("PollChoice")
public interface PollChoiceV6 extends Entity {

    /** ballotId + ":" + option: an option once per ballot. */
    @NotNull @Unique @StringLength(40) String getChoiceKey();
    void setChoiceKey(String key);

    @Indexed long getPollId();
    void setPollId(long pollId);

    @Indexed long getBallotId();
    void setBallotId(long ballotId);

    /** The option's position, from 0. */
    int getOptionIndex();
    void setOptionIndex(int index);
}
