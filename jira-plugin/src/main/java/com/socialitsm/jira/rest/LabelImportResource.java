package com.socialitsm.jira.rest;

import java.util.Locale;
import java.util.Objects;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.jira.hashtag.LabelImporter;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.ApiException;
import com.socialitsm.web.rest.Requests;

/**
 * {@code POST /admin/hashtags/import} (Jira only): imports one page of a project's issues' labels and/or component
 * names as hashtags; the admin page calls it again with {@code after} until {@code next} is null. Admins only. It
 * takes JSON alone ({@code @Consumes}): a cross-site form cannot send that without a CORS preflight, which is the XSRF
 * protection REST needs; the front end also sends {@code X-Atlassian-Token: no-check} as for every write.
 */
@AdminOnly
@Path("admin/hashtags/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LabelImportResource {
    static final int DEFAULT_PAGE = 200;

    /**
     * @param project the project key
     * @param source  {@code labels} (default), {@code components} or {@code both}
     * @param after   continue after this issue id (the {@code next} of the previous page); 0 or absent to start
     * @param limit   issues in this page, 1 to {@value LabelImporter#MAX_PAGE} (default {@value #DEFAULT_PAGE})
     */
    public record ImportRequest(String project, String source, Long after, Integer limit) {
    }

    /** One page's sums, and where to continue ({@code next} null when the project is done). */
    public record ImportPage(String project, int issues, int imported, int alreadyTagged, int invalid, int blocked,
                             Long next) {
    }

    private final LabelImporter importer;
    private final ProjectManager projects;
    private final AccessPolicy access;
    private final CurrentUser currentUser;

    public LabelImportResource(LabelImporter importer, ProjectManager projects, AccessPolicy access,
                               CurrentUser currentUser) {
        this.importer = Objects.requireNonNull(importer);
        this.projects = Objects.requireNonNull(projects);
        this.access = Objects.requireNonNull(access);
        this.currentUser = Objects.requireNonNull(currentUser);
    }

    @POST
    public ImportPage importPage(ImportRequest body) {
        String admin = Requests.requireUser(currentUser);
        if (!access.isAdmin(java.util.Optional.of(admin))) {
            throw ApiException.forbidden("Only administrators can import labels.");
        }
        ImportRequest request = Requests.requireBody(body);
        if (request.project() == null || request.project().isBlank()) {
            throw ApiException.badRequest("project (a project key) is required.");
        }
        Project project = projects.getProjectByCurrentKey(request.project().trim().toUpperCase(Locale.ROOT));
        if (project == null) {
            throw ApiException.notFound("There is no such project.");
        }
        LabelImporter.Source source = source(request.source());
        long after = request.after() == null ? 0 : request.after();
        if (after < 0) {
            throw ApiException.badRequest("after must not be negative.");
        }
        int limit = request.limit() == null ? DEFAULT_PAGE : request.limit();
        if (limit < 1 || limit > LabelImporter.MAX_PAGE) {
            throw ApiException.badRequest("limit must be 1-" + LabelImporter.MAX_PAGE + ".");
        }
        LabelImporter.Page page = importer.importPage(project.getId(), source, after, limit);
        return new ImportPage(project.getKey(), page.issues(), page.imported(), page.alreadyTagged(), page.invalid(),
                page.blocked(), page.nextAfter().orElse(null));
    }

    private static LabelImporter.Source source(String source) {
        if (source == null || source.isBlank()) {
            return LabelImporter.Source.LABELS;
        }
        try {
            return LabelImporter.Source.valueOf(source.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("source must be labels, components or both.");
        }
    }
}
