package com.socialitsm.web.rest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.app.SocialApp;
import com.socialitsm.hashtag.HashtagService;
import com.socialitsm.web.CurrentUser;

/** Hashtag stewardship for administrators: merge, rename, block and unblock. Anyone else gets 403 (401 if anonymous). */
@AdminOnly
@Path("admin/hashtags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HashtagAdminResource {
    /** Tags one merge may fold in. */
    static final int MAX_MERGED = 100;

    private final HashtagService hashtags;
    private final CurrentUser currentUser;

    public HashtagAdminResource(SocialApp app, CurrentUser currentUser) {
        this.hashtags = app.hashtags();
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    /** {@code {"from": ["vpnissue"], "into": "vpn"}}: every issue of the {@code from} tags carries {@code into}. */
    @POST
    @Path("merge")
    public MergeResultJson merge(MergeJson body) {
        String admin = Requests.requireUser(currentUser);
        MergeJson merge = Requests.requireBody(body);
        if (merge.from() == null || merge.from().isEmpty() || merge.from().size() > MAX_MERGED) {
            throw ApiException.badRequest("from must list 1 to " + MAX_MERGED + " hashtags.");
        }
        if (merge.into() == null) {
            throw ApiException.badRequest("into is required.");
        }
        return MergeResultJson.of(Outcomes.value(hashtags.merge(Optional.of(admin), merge.from(), merge.into())));
    }

    /** {@code {"from": "wlan", "to": "WiFi"}}: a merge into the new name, which keeps the spelling given. */
    @POST
    @Path("rename")
    public MergeResultJson rename(RenameJson body) {
        String admin = Requests.requireUser(currentUser);
        RenameJson rename = Requests.requireBody(body);
        if (rename.from() == null || rename.to() == null) {
            throw ApiException.badRequest("from and to are required.");
        }
        return MergeResultJson.of(Outcomes.value(hashtags.rename(Optional.of(admin), rename.from(), rename.to())));
    }

    @GET
    @Path("blocked")
    public TagsJson blocked() {
        String admin = Requests.requireUser(currentUser);
        List<String> tags = Outcomes.value(hashtags.blockedTags(Optional.of(admin)));
        return new TagsJson(tags);
    }

    /** Blocks a tag: removed from every issue now, never stored again. */
    @PUT
    @Path("blocked/{tag}")
    public BlockResultJson block(@PathParam("tag") String tag) {
        String admin = Requests.requireUser(currentUser);
        return BlockResultJson.of(Outcomes.value(hashtags.block(Optional.of(admin), tag)));
    }

    @DELETE
    @Path("blocked/{tag}")
    public BlockResultJson unblock(@PathParam("tag") String tag) {
        String admin = Requests.requireUser(currentUser);
        return BlockResultJson.of(Outcomes.value(hashtags.unblock(Optional.of(admin), tag)));
    }
}
