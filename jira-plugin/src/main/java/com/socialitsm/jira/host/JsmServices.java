package com.socialitsm.jira.host;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.permission.ServiceDeskPermissionService;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;

/**
 * JSM's services, looked up when needed. Jira Service Management is optional, so its services cannot be
 * {@code @ComponentImport}s (a missing one would keep the plugin from starting) and its packages are imported with
 * {@code resolution:=optional}. This class is the only one besides {@link JsmCustomerPortals} that names a JSM type,
 * and is loaded only after {@link JiraCustomerPortals} found JSM's API on the class path. The services come from
 * {@link ComponentAccessor} on every call, never cached: they go away when JSM is disabled.
 */
final class JsmServices {
    ServiceDeskService serviceDesks() {
        return ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskService.class);
    }

    ServiceDeskManager serviceDeskManager() {
        return ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskManager.class);
    }

    ServiceDeskPermissionService permissions() {
        return ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskPermissionService.class);
    }

    ServiceDeskCustomerRequestService requests() {
        return ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskCustomerRequestService.class);
    }

    /** JSM's request for the first {@code limit} results. */
    PagedRequest firstPage(int limit) {
        return SimplePagedRequest.paged(0, limit);
    }

    /** Whether JSM is running: all four services are there (a lookup that fails is a "no"). */
    boolean available() {
        try {
            return serviceDesks() != null && serviceDeskManager() != null && permissions() != null
                    && requests() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
