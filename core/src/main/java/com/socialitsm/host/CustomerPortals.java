package com.socialitsm.host;

import java.util.List;
import java.util.Optional;

/**
 * The customer portal as the host defines it (Jira Service Management in Jira, a portal on project SD in the devhost):
 * which portals there are, who may use one (its customers and its agents), who is an agent, and which requests a
 * customer may see (JSM: reporter, participant, organization). A host without portals (Jira without JSM) uses
 * {@link #NONE}: no portal exists, so every portal feature answers "not found" and nothing else changes.
 *
 * <p>A viewer is a user key, or empty for an anonymous request; every method answers for anonymous viewers as for
 * a user who may use nothing.
 */
public interface CustomerPortals {

    /** The portal, when it exists and the viewer may use it (as a customer or an agent); empty otherwise. */
    Optional<PortalRef> portal(Optional<String> viewer, long portalId);

    /** The portal of a project, whoever asks (for agents' own actions and for mapping); empty if none. */
    Optional<PortalRef> portalOfProject(long projectId);

    /** The portals the viewer may use, in the host's order. */
    List<PortalRef> portals(Optional<String> viewer);

    /** Whether the viewer is an agent of the portal (a licensed member of its service-desk team). */
    boolean isAgent(Optional<String> viewer, long portalId);

    /**
     * Whether the viewer is a customer of this request (JSM: its reporter, a participant, or a member of an
     * organization it is shared with). Agents' rights are {@link #isAgent}; this is only the customer's view.
     */
    boolean isRequestCustomer(Optional<String> viewer, long issueId);

    /** No portals: the host has no customer portal (Jira without Jira Service Management). */
    CustomerPortals NONE = new CustomerPortals() {
        @Override
        public Optional<PortalRef> portal(Optional<String> viewer, long portalId) {
            return Optional.empty();
        }

        @Override
        public Optional<PortalRef> portalOfProject(long projectId) {
            return Optional.empty();
        }

        @Override
        public List<PortalRef> portals(Optional<String> viewer) {
            return List.of();
        }

        @Override
        public boolean isAgent(Optional<String> viewer, long portalId) {
            return false;
        }

        @Override
        public boolean isRequestCustomer(Optional<String> viewer, long issueId) {
            return false;
        }
    };
}
