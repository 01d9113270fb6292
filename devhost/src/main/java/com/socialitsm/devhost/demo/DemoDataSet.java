package com.socialitsm.devhost.demo;

import java.time.Duration;
import java.util.List;

import com.socialitsm.devhost.tracker.TrackerProject;
import com.socialitsm.devhost.tracker.TrackerUser;

/**
 * The demo: five users, two projects, and two weeks of a service desk's life — a printer, laptops, SSO, e-mail,
 * Wi-Fi, phishing — ending in a VPN outage this morning (a spike in #vpn). Texts carry #hashtags as people write
 * them; people vote, give kudos, follow and ask each other.
 */
public final class DemoDataSet {
    public static final String SERVICE_DESK = "SD";
    public static final String SECURITY = "SEC";

    private DemoDataSet() {
    }

    public static List<TrackerUser> users() {
        return List.of(
                new TrackerUser("admin", "Ada Okafor", "admin@example.com", "IT administrator", true, true),
                new TrackerUser("alice", "Alice Martin", "alice@example.com", "Service desk agent", false, true),
                new TrackerUser("bob", "Bob Nguyen", "bob@example.com", "Network engineer", false, true),
                new TrackerUser("carol", "Carol Schmidt", "carol@example.com", "Sales operations", false, true),
                new TrackerUser("dave", "Dave Kowalski", "dave@example.com", "External contractor", false, true));
    }

    /** The customer portal's customers (portal only, password = name): they see SD through its portal alone. */
    public static List<TrackerUser> portalCustomers() {
        return List.of(
                new TrackerUser("erin", "Erin Walsh", "erin@example.com", "Customer (Finance)", false, true),
                new TrackerUser("frank", "Frank Osei", "frank@example.com", "Customer (Sales)", false, true));
    }

    /** The projects; SEC is browsable only by the users listed with it (everyone but dave). */
    public static List<TrackerProject> projects() {
        return List.of(
                new TrackerProject(0, SERVICE_DESK, "IT Service Desk", "Incidents and requests for IT", "alice", false),
                new TrackerProject(0, SECURITY, "Security Operations", "Security incidents and access reviews", "bob", true));
    }

    public static List<String> securityBrowsers() {
        return List.of("admin", "alice", "bob", "carol");
    }

    private static Duration days(double d) {
        return Duration.ofMinutes(Math.round(d * 24 * 60));
    }

    private static Duration hours(double h) {
        return Duration.ofMinutes(Math.round(h * 60));
    }

    public static DemoScript script() {
        DemoScript s = new DemoScript();
        String incident = "Incident";
        String request = "Service Request";
        String problem = "Problem";
        String task = "Task";
        String change = "Change";

        // ------------------------------------------------------------ two weeks of everyday service desk
        s.issue("SD", "alice", incident, days(14), "Email signatures missing on mobile",
                        "Since the mail migration, signatures set in Outlook on the web don't show up on iOS. #email #mobile")
                .assign(20, "alice", "alice")
                .comment(45, "alice", "Signatures don't sync to the mobile app by design; added a how-to to the KB. #email")
                .resolve(50, "alice", "Done");

        DemoScript.IssueStory printer = s.issue("SD", "carol", incident, days(13),
                        "Printer on 3rd floor jams on every duplex job",
                        "The printer next to room 3.14 jams whenever I print double-sided. Single-sided works. #printer #floor3")
                .assign(12, "alice", "bob")
                .comment(40, "bob", "Replaced the duplex roller, it was worn down. Can you try again? #printer")
                .comment(65, "carol", "Works perfectly now, thank you!")
                .resolve(70, "bob", "Fixed")
                .vote(30, "dave")
                .kudos(80, "carol", "bob", "Printer fixed in under an hour — the whole floor is grateful!");

        s.issue("SD", "dave", request, days(12), "New laptop for onboarding: Priya Shah (starts Monday)",
                        "Priya joins the data team on Monday and needs a standard developer laptop. #onboarding #laptop")
                .assign(30, "alice", "alice")
                .comment(300, "alice", "Laptop imaged and waiting at the front desk, with a welcome note. #onboarding")
                .resolve(310, "alice", "Done");

        DemoScript.IssueStory outlook = s.issue("SD", "carol", incident, days(11),
                        "Outlook keeps asking for my password",
                        "After I changed my password this morning, Outlook asks for it again every few minutes. #email #outlook #password")
                .assign(8, "alice", "alice")
                .comment(25, "alice", "Cleared the old cached credentials in Windows Credential Manager and restarted Outlook. Better? #outlook")
                .comment(50, "carol", "Yes, no more prompts. Thanks!")
                .resolve(55, "alice", "Fixed")
                .vote(15, "dave");

        DemoScript.IssueStory wifiRooms = s.issue("SD", "bob", problem, days(10),
                        "Wi-Fi in meeting rooms drops large video calls",
                        "Calls with more than ten participants freeze in the 2nd-floor meeting rooms. Access points show channel congestion. #wifi #meetingrooms #zoom")
                .assign(5, "bob", "bob")
                .comment(120, "alice", "Three more complaints from room 2.04 this afternoon. #wifi")
                .comment(600, "bob", "Channel plan adjusted on all 2nd-floor access points, band steering on. Monitoring for a day. #wifi")
                .resolve(2000, "bob", "Fixed")
                .vote(130, "carol").vote(140, "alice").vote(700, "dave")
                .kudos(2010, "alice", "bob", "Meeting rooms are finally usable for all-hands calls. Thank you!");

        s.issue("SD", "carol", request, days(9.5), "Access to the shared Sales drive",
                        "I moved to the Sales operations team and need write access to the Sales shared drive. #access")
                .assign(15, "alice", "alice")
                .comment(40, "alice", "Added you to the Sales-Editors group; it may take a few minutes to apply. #access")
                .resolve(45, "alice", "Done");

        DemoScript.IssueStory sso = s.issue("SD", "dave", incident, days(9),
                        "SSO login loops back to the sign-in page in Chrome",
                        "Signing in to the intranet with SSO sends me back to the sign-in page in an endless loop. Firefox works. #sso #browser")
                .assign(10, "alice", "bob")
                .comment(35, "bob", "Third-party cookies are blocked by the new browser policy. I've allow-listed our identity provider. Please retry. #sso")
                .comment(60, "dave", "That did it, thanks a lot.")
                .resolve(62, "bob", "Fixed")
                .vote(20, "carol")
                .kudos(65, "dave", "bob", "Found the cookie policy in no time. Great debugging!");

        s.issue("SEC", "alice", incident, days(8.8), "Lost laptop reported at the airport",
                        "A sales colleague left their laptop at security in Munich airport. Disk is encrypted. #laptop #security #lostdevice")
                .assign(5, "bob", "bob")
                .comment(30, "bob", "Remote wipe issued and confirmed by the device management console. Account sessions revoked. #security")
                .resolve(35, "bob", "Fixed")
                .kudos(40, "alice", "bob", "Wiped and locked down within half an hour — textbook response.");

        s.issue("SD", "alice", task, days(8.5), "Rotate SSO signing certificate before expiry",
                        "The SAML signing certificate expires in 21 days. Plan the rotation with the app owners. #sso #certificates")
                .assign(2, "alice", "bob")
                .comment(1440, "bob", "New certificate published in the metadata; all 14 apps updated. #sso")
                .resolve(1450, "bob", "Done");

        DemoScript.IssueStory monitor = s.issue("SD", "carol", incident, days(8),
                        "External monitor flickers on docking station",
                        "My second screen flickers every few seconds when the laptop is docked. #monitor #docking")
                .assign(20, "alice", "alice")
                .comment(35, "alice", "Please try the DisplayPort cable instead of HDMI — the dock's HDMI port only does 30 Hz at 4K. #docking")
                .comment(90, "carol", "No more flickering!")
                .resolve(95, "alice", "Fixed")
                .kudos(100, "carol", "alice", "Quick and friendly help, as always.");

        s.issue("SD", "dave", incident, days(7), "Can't receive emails from a supplier domain",
                        "Messages from our packaging supplier never arrive; they get a bounce saying the message was rejected. #email #spam")
                .assign(25, "alice", "bob")
                .comment(80, "bob", "The supplier's SPF record is broken, so our gateway rejects them. Added a temporary allow rule and wrote to their IT. #email")
                .resolve(85, "bob", "Fixed");

        s.issue("SD", "admin", change, days(6.5), "Upgrade Wi-Fi controller firmware (Saturday 06:00)",
                        "Maintenance window Saturday 06:00-07:00. Expect short Wi-Fi interruptions. #wifi #maintenance")
                .assign(1, "admin", "bob")
                .comment(1800, "bob", "Upgrade done, all 48 access points rejoined the controller. #wifi")
                .resolve(1805, "bob", "Done");

        s.issue("SD", "carol", request, days(6), "Install Tableau Desktop",
                        "I need Tableau Desktop for the quarterly pipeline report. License approved by my manager. #software")
                .assign(30, "alice", "alice")
                .resolve(240, "alice", "Done");

        s.issue("SEC", "admin", task, days(6), "Quarterly access review for finance systems",
                        "Collect sign-off from every finance system owner for Q3. #access #audit")
                .assign(10, "admin", "alice")
                .comment(2880, "alice", "4 of 6 owners have signed off. Chasing the remaining two. #audit");

        DemoScript.IssueStory phishing = s.issue("SD", "carol", incident, days(5.2),
                        "Phishing email pretending to be payroll",
                        "I got an email from \"payroll-update\" asking me to confirm my bank details on an external site. I didn't click anything. #phishing #email #security")
                .assign(5, "alice", "bob")
                .comment(25, "bob", "Thanks for reporting! Same message went to 212 mailboxes; it's purged everywhere now and the sender domain is blocked. #phishing")
                .resolve(30, "bob", "Fixed")
                .vote(40, "alice")
                .kudos(35, "bob", "carol", "Great catch — your report protected the whole company.");

        s.issue("SD", "dave", incident, days(5), "Laptop battery drains within two hours",
                        "The battery of my laptop is down to 10% two hours after unplugging, even when idle. #laptop #battery")
                .assign(60, "alice", "alice")
                .comment(90, "alice", "Battery health report says 41% of design capacity. Ordered a replacement battery. #laptop");

        s.issue("SD", "alice", incident, days(4.5), "Teams calls have no audio on new laptops",
                        "Several people with the new laptop model hear nothing in Teams calls; the speakers work elsewhere. #teams #laptop #audio")
                .assign(10, "alice", "alice")
                .comment(120, "bob", "The audio driver from the vendor's site fixes it; I've packaged it for software center. #teams")
                .resolve(130, "alice", "Fixed")
                .reopen(3000, "carol")
                .comment(3005, "carol", "It happened again on my laptop after yesterday's Windows update. #teams")
                .comment(3100, "alice", "The update rolled back the driver. Blocking that driver update for the laptop model now. #teams #laptop")
                .vote(3010, "dave");

        s.issue("SEC", "bob", problem, days(4.2), "Phishing campaign targeting payroll",
                        "Root cause analysis for the payroll phishing wave: look-alike domain, sent via a compromised partner account. #phishing #security")
                .assign(2, "bob", "bob")
                .comment(300, "carol", "Two colleagues in Sales got a similar one today, from a different sender. Forwarded them to security.")
                .comment(400, "bob", "Added both look-alike domains to the block list and reported them for takedown. #phishing")
                .resolve(2000, "bob", "Fixed");

        s.issue("SD", "dave", request, days(4), "Reset MFA device after phone replacement",
                        "I got a new phone and can't generate MFA codes any more. #mfa #password")
                .assign(5, "alice", "alice")
                .comment(20, "alice", "Reset done — you'll be asked to register the authenticator app at your next sign-in. #mfa")
                .resolve(22, "alice", "Done");

        s.issue("SD", "carol", incident, days(3), "Printer in the London office prints blank pages",
                        "The printer near the London reception prints only blank pages since this morning. #printer #london")
                .assign(15, "alice", "bob")
                .comment(60, "bob", "The toner reports as full, so it's probably the drum. Our London partner will visit tomorrow. #printer")
                .vote(70, "dave");

        s.issue("SD", "bob", task, days(3), "Document the VPN split-tunnel configuration",
                        "Write down which networks go through the tunnel and why, for the next audit. #vpn #documentation")
                .assign(1, "bob", "bob");

        DemoScript.IssueStory guestWifi = s.issue("SD", "carol", incident, days(2),
                        "Guest Wi-Fi asks to accept the terms every 10 minutes",
                        "Visitors in the lobby have to accept the guest Wi-Fi terms again and again. Embarrassing during customer visits. #wifi #guest")
                .vote(30, "dave").vote(40, "alice").vote(200, "admin");

        s.issue("SD", "dave", incident, days(2), "Shared mailbox not showing in Outlook",
                        "I was given access to the support@ mailbox but it doesn't appear in Outlook. #email #outlook")
                .assign(10, "alice", "alice")
                .comment(30, "alice", "Auto-mapping can take up to an hour. If it's still missing, restart Outlook. #outlook")
                .comment(120, "dave", "It's there now.")
                .resolve(125, "alice", "Done");

        s.issue("SD", "carol", request, days(1.5), "Second monitor for home office",
                        "Could I get a second monitor for working from home? My manager approved. #monitor #remotework")
                .assign(30, "alice", "alice");

        s.issue("SD", "dave", request, hours(30), "VPN access for a new contractor account",
                        "Please enable VPN for the contractor account of Jonas Weber (starts tomorrow). #vpn #access #onboarding")
                .assign(10, "alice", "alice")
                .comment(50, "alice", "VPN profile assigned. Jonas will get the enrolment email tomorrow morning. #onboarding")
                .resolve(55, "alice", "Done");

        s.issue("SD", "alice", incident, days(1), "Password reset emails arrive after 30 minutes",
                        "Self-service password reset emails take half an hour to arrive, so the links have expired. #password #email")
                .assign(5, "alice", "bob")
                .comment(45, "bob", "There's a queue backlog on the outbound relay; raising its throughput limit. #email");

        s.issue("SD", "dave", incident, hours(20), "Laptop won't wake from sleep when docked",
                        "When my laptop sleeps on the dock, it only wakes up after I unplug it. #laptop #docking")
                .assign(15, "alice", "alice")
                .comment(60, "alice", "BIOS 1.14 fixes exactly this. It's rolling out tonight; please leave the laptop docked and on. #docking")
                .resolve(65, "alice", "Fixed");

        s.issue("SD", "carol", incident, hours(12), "Zoom Rooms display shows 'offline' in room 2.04",
                        "The Zoom Rooms controller says the room is offline, so nobody can start the 10:00 meeting. #zoom #meetingrooms")
                .assign(10, "alice", "bob");

        // ------------------------------------------------------------ this morning: a VPN outage
        DemoScript.IssueStory vpnDrops = s.issue("SD", "carol", incident, hours(7.5),
                        "VPN drops every few minutes when working from home",
                        "Since this morning my VPN connection drops every 5-10 minutes and I lose my Teams calls each time. #vpn #remotework")
                .assign(15, "alice", "bob")
                .comment(30, "bob", "Looking into it. I see a lot of reconnects on the Frankfurt gateway. #vpn #outage")
                .comment(75, "alice", "Three more reports in the last hour. This looks like a #majorincident, I'll link them here. #vpn")
                .vote(35, "dave").vote(80, "alice").vote(90, "admin")
                .follow(20, "alice");

        s.issue("SD", "dave", incident, hours(6), "Cannot connect to VPN: 'authentication timeout'",
                        "The VPN client shows 'authentication timeout' after I enter my MFA code. #vpn #mfa")
                .comment(10, "carol", "Same here since 9:00. #vpn")
                .assign(20, "alice", "bob")
                .vote(12, "carol");

        DemoScript.IssueStory gateway = s.issue("SD", "admin", incident, hours(5),
                        "VPN gateway FRA-01 at 100% CPU",
                        "Monitoring shows the Frankfurt VPN gateway at 100% CPU since 08:40; users are being disconnected. #vpn #outage #network")
                .assign(3, "admin", "bob")
                .comment(20, "bob", "Failing over to FRA-02 now. #vpn")
                .comment(90, "bob", "Failover done. Root cause: the certificate revocation list download was stuck in a loop. #vpn #outage")
                .resolve(95, "bob", "Fixed")
                .vote(25, "alice")
                .kudos(100, "admin", "bob", "A quick failover that saved the morning for everyone working remotely!");

        s.issue("SD", "carol", incident, hours(4), "VPN connected but internal sites don't load",
                        "The VPN says connected, but the intranet and the wiki time out. #vpn #dns")
                .assign(5, "alice", "alice")
                .comment(15, "alice", "Could you run 'nslookup intranet.example.com' and paste what it prints?")
                .comment(30, "carol", "It says: DNS request timed out.")
                .comment(50, "bob", "The DNS settings weren't pushed to VPN clients after the failover. Fixed on FRA-02, please reconnect. #vpn #dns")
                .resolve(60, "alice", "Fixed")
                .kudos(65, "carol", "alice", "Thanks for walking me through the DNS checks so patiently.");

        s.issue("SD", "alice", problem, hours(3), "Recurring VPN disconnects after gateway failover",
                        "Problem record for this morning's #vpn #outage: find and fix the root cause of the revocation list loop. #problemmanagement")
                .assign(2, "alice", "bob")
                .comment(100, "bob", "Reproduced the revocation list loop in the lab; the vendor has a fix in the next firmware. #vpn")
                .follow(5, "admin");

        s.issue("SEC", "bob", incident, hours(2), "Suspicious login attempts against the VPN portal",
                        "A spike of failed logins from a few IP ranges during the outage. Possibly password spraying. #vpn #security #bruteforce")
                .assign(2, "bob", "bob")
                .comment(40, "admin", "Blocked the ranges on the firewall. Let's keep an eye on it tonight. #security");

        s.issue("SD", "dave", incident, hours(1.5), "VPN client asks for the MFA code twice",
                        "Since the outage the VPN client asks me for my MFA code twice at every sign-in. #vpn #mfa")
                .comment(20, "alice", "That's a side effect of the forced re-authentication after the failover; it should settle within the hour. #vpn");

        s.issue("SD", "carol", incident, Duration.ofMinutes(45), "VPN slow when uploading large files",
                        "Uploading a 200 MB presentation over the VPN takes forever; downloads are fine. #vpn")
                .vote(10, "dave");

        // ------------------------------------------------------------ follows
        s.follow(days(13.5), "bob", "hashtag", "vpn");
        s.follow(days(13.5), "bob", "hashtag", "wifi");
        s.follow(days(12), "alice", "project", SERVICE_DESK);
        s.follow(days(10), "carol", "user", "bob");
        s.follow(days(9), "dave", "hashtag", "laptop");
        s.follow(days(7), "admin", "hashtag", "security");
        s.follow(hours(7), "carol", "hashtag", "vpn");
        s.follow(hours(5), "dave", "hashtag", "vpn");

        // ------------------------------------------------------------ community Q&A
        s.question(days(9), "carol", "How do I connect to the VPN from a hotel with a login page?",
                        "Hotel Wi-Fi often has a page where you accept the terms first. When I start the VPN before that, nothing works. What's the right order?",
                        List.of("vpn", "wifi"), null)
                .answer(40, "bob", "Open any plain http:// site first (for example http://neverssl.com) so the hotel's login page appears, accept it, **then** start the VPN.")
                .answer(90, "alice", "Also: if the hotel blocks VPN ports, switch the client to *TCP 443* under Settings → Connection.")
                .upvote(100, "carol", 0).upvote(120, "dave", 0).upvote(130, "carol", 1)
                .accept(110, "carol", 0);

        s.question(days(6), "dave", "What's the fastest way to get a laptop for a new contractor?",
                        "We have contractors starting at short notice. Is there a stock of ready laptops, or does every request take a week?",
                        List.of("laptop", "onboarding"), null)
                .answer(60, "alice", "Raise a *Service Request* with the start date at least 3 working days ahead; we keep 5 pre-imaged laptops for exactly this.")
                .upvote(70, "dave", 0)
                .accept(75, "dave", 0);

        s.question(days(4), "alice", "Which printers on floor 3 can print double-sided?",
                        "People keep asking me; is there a list?",
                        List.of("printer", "floor3"), printer)
                .answer(30, "bob", "All three on floor 3 do since the roller replacement. The one by room 3.14 is the fastest.")
                .upvote(40, "alice", 0);

        s.question(days(3), "carol", "Why does Outlook ask for my password after I change it?",
                        "It happened to me twice now. Is there something I can do myself before opening an issue?",
                        List.of("outlook", "password"), outlook)
                .answer(20, "alice", "Windows keeps the old password in *Credential Manager*. Remove the entries that start with `MicrosoftOffice`, then restart Outlook.")
                .upvote(25, "carol", 0)
                .accept(30, "carol", 0);

        s.question(hours(3), "dave", "Is the VPN outage over? Do I need to do anything?",
                        "My VPN works again but asks for MFA twice. Should I reinstall the client?",
                        List.of("vpn", "outage"), gateway)
                .answer(15, "alice", "No need to reinstall. The double MFA prompt goes away once your session is renewed — sign out and in once.");

        s.question(hours(1), "carol", "Can I use my own headset for Teams calls?",
                        "I have a Bluetooth headset at home. Is it allowed, and will it work with the new laptops?",
                        List.of("teams", "audio"), null);

        // Polls (#19): "Thinking about changing service desk hours? Ask what people think." A named open poll, an
        // anonymous open one, and one that closed three days ago with its results.
        s.poll(days(2), "SD", "alice", "Which service desk hours would suit you best this winter?",
                        List.of("8 am to 6 pm, as now", "7 am to 5 pm", "9 am to 8 pm"), days(14))
                .vote(30, "carol", 2).vote(45, "dave", 2).vote(90, "bob", 0).vote(240, "admin", 1);
        s.poll(days(1), "SD", "alice", "How happy are you with the new VPN client?",
                        List.of("Very happy", "It's fine", "It gets in my way"), days(7))
                .anonymousVotes()
                .vote(20, "carol", 1).vote(60, "dave", 2).vote(120, "bob", 0);
        s.poll(days(5), "SD", "alice", "Which day suits the printer maintenance on floor 3?",
                        List.of("Monday", "Wednesday", "Friday"), days(2))
                .multipleChoice().resultsOnlyAfterClose()
                .vote(30, "carol", 0, 2).vote(50, "dave", 2).vote(70, "bob", 1, 2).vote(100, "admin", 2);

        // More voting on what matters to many people
        wifiRooms.follow(10, "carol");
        monitor.vote(200, "dave");
        sso.vote(70, "alice");
        phishing.follow(45, "admin");
        guestWifi.follow(35, "dave");
        vpnDrops.follow(40, "carol");
        return s;
    }
}
