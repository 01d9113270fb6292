package com.socialitsm.devhost;

import java.util.LinkedHashMap;
import java.util.Map;

import com.socialitsm.devhost.tracker.TrackerIssue;

/** Every page a person can open in the demo, for the tests that visit them all. */
final class DemoPages {
    private DemoPages() {
    }

    /**
     * Every page by name, in the order of a visit; the issue and question are ones every demo user may see, and
     * {@code own-profile} is alice's. {@code admin} is for administrators only.
     */
    static Map<String, String> every(DevHostExtension devhost) {
        TrackerIssue vpn = devhost.demoIssue(i -> i.summary().equals("VPN gateway FRA-01 at 100% CPU"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("issue", "/browse/" + vpn.key());
        pages.put("create", "/secure/CreateIssue.jspa");
        pages.put("feed", "/plugins/servlet/social/feed");
        pages.put("hashtags", "/plugins/servlet/social/hashtags");
        pages.put("hashtag", "/plugins/servlet/social/hashtags/vpn");
        pages.put("leaderboard", "/plugins/servlet/social/leaderboard");
        pages.put("questions", "/plugins/servlet/social/questions");
        pages.put("question", "/plugins/servlet/social/questions/1");
        pages.put("polls", "/plugins/servlet/social/polls?project=SD");
        pages.put("user", "/plugins/servlet/social/users/bob");
        pages.put("own-profile", "/plugins/servlet/social/users/alice");
        pages.put("admin", "/plugins/servlet/social/admin");
        pages.put("following", "/plugins/servlet/social/following");
        return pages;
    }

    /**
     * The customer portal's pages (#17) for a customer or an agent of SD's portal: the help center, SD's portal page
     * (known issues, raise a request, my requests, community questions) and one request of the customer's.
     */
    static Map<String, String> portal(long portalId, String requestKey) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("help-center", "/servicedesk/customer/portals");
        pages.put("portal", "/servicedesk/customer/portal/" + portalId);
        pages.put("portal-request", "/servicedesk/customer/portal/" + portalId + "/" + requestKey);
        return pages;
    }
}
