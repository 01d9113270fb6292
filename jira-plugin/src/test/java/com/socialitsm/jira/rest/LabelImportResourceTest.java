package com.socialitsm.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import com.socialitsm.host.AccessPolicy;
import com.socialitsm.jira.hashtag.LabelImporter;
import com.socialitsm.web.CurrentUser;
import com.socialitsm.web.rest.ApiException;

class LabelImportResourceTest {
    private final LabelImporter importer = mock(LabelImporter.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final AccessPolicy access = mock(AccessPolicy.class);
    private CurrentUser caller = () -> Optional.of("admin");

    @BeforeEach
    void setUp() {
        when(access.isAdmin(Optional.of("admin"))).thenReturn(true);
        Project sd = mock(Project.class);
        when(sd.getId()).thenReturn(100L);
        when(sd.getKey()).thenReturn("SD");
        when(projects.getProjectByCurrentKey("SD")).thenReturn(sd);
    }

    @Test
    void anAdminImportsOnePageOfAProjectAndLearnsWhereToContinue() {
        when(importer.importPage(100L, LabelImporter.Source.BOTH, 40L, 10))
                .thenReturn(new LabelImporter.Page(10, 7, 2, 1, 0, Optional.of(55L)));

        LabelImportResource.ImportPage page = resource().importPage(
                new LabelImportResource.ImportRequest("sd", "both", 40L, 10));

        assertThat(page).isEqualTo(new LabelImportResource.ImportPage("SD", 10, 7, 2, 1, 0, 55L));
    }

    @Test
    void labelsFromTheStartInDefaultPagesUntilNextIsNull() {
        when(importer.importPage(100L, LabelImporter.Source.LABELS, 0L, LabelImportResource.DEFAULT_PAGE))
                .thenReturn(new LabelImporter.Page(3, 3, 0, 0, 0, Optional.empty()));

        assertThat(resource().importPage(new LabelImportResource.ImportRequest("SD", null, null, null)).next())
                .isNull();
    }

    @Test
    void anyoneButAnAdminIsRefusedBeforeAnythingIsImported() {
        caller = () -> Optional.of("bob");
        assertStatus(new LabelImportResource.ImportRequest("SD", null, null, null), 403);
        caller = Optional::empty;
        assertStatus(new LabelImportResource.ImportRequest("SD", null, null, null), 401);
        verifyNoInteractions(importer);
    }

    @Test
    void badRequestsAreTold() {
        assertStatus(null, 400);
        assertStatus(new LabelImportResource.ImportRequest(" ", null, null, null), 400);
        assertStatus(new LabelImportResource.ImportRequest("NOPE", null, null, null), 404);
        assertStatus(new LabelImportResource.ImportRequest("SD", "priorities", null, null), 400);
        assertStatus(new LabelImportResource.ImportRequest("SD", null, -1L, null), 400);
        assertStatus(new LabelImportResource.ImportRequest("SD", null, null, LabelImporter.MAX_PAGE + 1), 400);
        verifyNoInteractions(importer);
    }

    private void assertStatus(LabelImportResource.ImportRequest request, int status) {
        assertThatThrownBy(() -> resource().importPage(request)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }

    private LabelImportResource resource() {
        return new LabelImportResource(importer, projects, access, caller);
    }
}
