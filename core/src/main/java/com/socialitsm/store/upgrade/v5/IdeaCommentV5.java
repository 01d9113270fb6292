package com.socialitsm.store.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Version 5's frozen copy of IDEA_COMMENT: a comment on an idea, Markdown source, rendered safely when shown. */
@Table("IdeaComment")
public interface IdeaCommentV5 extends Entity {

    @Indexed long getIdeaId();
    void setIdeaId(long ideaId);

    @Indexed @NotNull @StringLength(255) String getAuthor();
    void setAuthor(String userKey);

    @StringLength(StringLength.UNLIMITED) String getBody();
    void setBody(String markdown);

    long getCreatedAt();
    void setCreatedAt(long epochMillis);
}
