package com.socialitsm.store.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One voter's ballot in a poll (version 6's frozen copy): who voted, once. For a named poll {@code VOTER} is the user key; for an anonymous
 * poll it is a keyed hash of it ({@code "h:" + HMAC}), so the row says that someone voted, not who. No timestamp,
 * so ballots cannot be matched with other time-stamped rows.
 */
@Table("PollBallot")
public interface PollBallotV6 extends Entity {

    /** pollId + ":" + voter: one ballot per voter and poll, enforced by the database under races. */
    @NotNull @Unique @StringLength(300) String getBallotKey();
    void setBallotKey(String key);

    @Indexed long getPollId();
    void setPollId(long pollId);

    @NotNull @StringLength(255) String getVoter();
    void setVoter(String voterOrMarker);

    /** Bumped by every change of the ballot: the update takes the row lock that serialises one voter's changes. */
    int getRevision();
    void setRevision(int revision);
}
