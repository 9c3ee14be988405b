package org.excoord.bot.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.NewExecutiveAction;
import org.excoord.action.Receipt;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.AuthorityStatus;
import org.excoord.authority.ImportAuthority;
import org.excoord.authority.LegalAuthority;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.process.ProcessLauncher;
import org.excoord.process.ProcessTemplateRepository;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.springframework.core.io.ClassPathResource;

/**
 * The work of the demo department, created through the domain services as the people who would do it (so it
 * is validated, numbered and audited like real work): the six executive orders, executive actions with
 * processes, ad hoc items (some overdue) and correspondence in every routing state.
 */
final class DemoWork {

    private static final String[] ORDERS = {"eo-13800.md", "eo-14028.md", "eo-14057.md", "eo-14110.md",
            "eo-14144.md", "eo-14179.md"};

    private final DemoDirectory staff;
    private final Directory directory;
    private final AuthorityCatalog authorities;
    private final ExecutiveActionManagement actions;
    private final ExecutiveActionTypeRepository types;
    private final ActionItemManagement items;
    private final ProcessLauncher launcher;
    private final ProcessTemplateRepository templates;
    private final CorrespondenceLog correspondence;
    private final Clock clock;
    private final Map<String, LegalAuthority> orders = new HashMap<>();

    DemoWork(DemoDirectory staff, Directory directory, AuthorityCatalog authorities, ExecutiveActionManagement actions,
            ExecutiveActionTypeRepository types, ActionItemManagement items, ProcessLauncher launcher,
            ProcessTemplateRepository templates, CorrespondenceLog correspondence, Clock clock) {
        this.staff = staff;
        this.directory = directory;
        this.authorities = authorities;
        this.actions = actions;
        this.types = types;
        this.items = items;
        this.launcher = launcher;
        this.templates = templates;
        this.correspondence = correspondence;
        this.clock = clock;
    }

    void create() {
        importOrders();
        createActionsAndItems();
        logCorrespondence();
    }

    private void importOrders() {
        Actor megan = as("meganb");
        for (String file : ORDERS) {
            String text = read(file);
            LegalAuthority order = authorities.importText(new ImportAuthority(text, null, null, null, null,
                    federalRegisterLink(text), null), megan).orElseThrow().authority();
            orders.put(order.getExecutiveOrderNumber(), order);
        }
        authorities.changeStatus(orders.get("14110").getId(), AuthorityStatus.REPEALED,
                "Revoked by Executive Order 14148 of January 20, 2025", megan).orElseThrow();
    }

    /** The order's page on the Federal Register, from the file's "Sources" list: the card's "Source document". */
    static String federalRegisterLink(String text) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\[Federal Register\\]\\((https://[^)\\s]+)\\)")
                .matcher(text);
        return link.find() ? link.group(1) : null;
    }

    private void createActionsAndItems() {
        LocalDate today = items.today();
        Actor alex = as("alexw");
        ExecutiveAction cyber = action(alex, "Implement EO 14028: Improving the Nation's Cybersecurity",
                "Executive Orders", Priority.HIGH, SecurityClassification.UNCLASSIFIED, today.plusDays(120), null,
                "14028", "alexw");
        launcher.start(templates.findByName(DemoTemplates.EO_PLANNING).orElseThrow().getId(), cyber.getId(), alex)
                .orElseThrow();
        // a sub-action is added by whoever may change its parent (Alex owns the cyber action); Lynne owns it
        ExecutiveAction zeroTrust = action(alex, "Zero trust architecture plan (EO 14028 Sec. 3)",
                "Operational Plans", Priority.HIGH, SecurityClassification.SBU, today.plusDays(45), cyber.getId(),
                "14028", "lynner");
        ExecutiveAction inventory = action(as("johannal"), "AI use case inventory (EO 14179)", "Reports",
                Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, today.plusDays(30), null, "14179", "johannal");
        ExecutiveAction briefing = action(alex, "Brief the Secretary on EO 14144 (cybersecurity innovation)",
                "Briefings", Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, today.plusDays(10), null, "14144",
                "alexw");
        launcher.start(templates.findByName(DemoTemplates.BRIEFING_MEMO).orElseThrow().getId(), briefing.getId(), alex)
                .orElseThrow();

        Long cyberTeam = staff.cyberTeam().getId();
        ActionItem critical = item(alex, "Inventory critical software (EO 14028 Sec. 4)", "adelev", null, cyber,
                today.minusDays(5), Priority.HIGH);
        advance(critical, "adelev", ItemVerb.START);
        item(alex, "Draft the multi-factor authentication rollout plan", "adelev", null, zeroTrust, today.minusDays(1),
                Priority.HIGH);
        item(alex, "Update the incident response playbook", "adelev", null, cyber, today.plusDays(3), Priority.MEDIUM);
        ActionItem encrypt = item(as("lynner"), "Encrypt data at rest in legacy systems", "henriettam", null, zeroTrust,
                today.minusDays(10), Priority.HIGH);
        advance(advance(encrypt, "henriettam", ItemVerb.START), "henriettam", ItemVerb.SUBMIT);
        item(alex, "Log retention gap analysis (OMB M-21-31)", null, cyberTeam, cyber, today.plusDays(7),
                Priority.MEDIUM);
        ActionItem useCases = item(as("johannal"), "Compile AI use cases from the bureaus", "isaiah", null, inventory,
                today.minusDays(2), Priority.MEDIUM);
        advance(useCases, "isaiah", ItemVerb.START);
        item(as("johannal"), "Review vendor AI model cards", "isaiah", null, inventory, today.plusDays(10), Priority.LOW);
        item(as("pattif"), "Approve the cybersecurity budget request", "alexw", null, cyber, today.plusDays(2),
                Priority.HIGH);
        item(alex, "Prepare talking points on EO 14144 for the Secretary", "nestorw", null, briefing, today.plusDays(4),
                Priority.MEDIUM);
        ActionItem done = item(alex, "Name the EO 14028 implementation lead", "alexw", null, cyber, today.minusDays(20),
                Priority.MEDIUM);
        advance(advance(done, "alexw", ItemVerb.START), "alexw", ItemVerb.COMPLETE);
    }

    private void logCorrespondence() {
        Actor megan = as("meganb");
        CorrespondenceDetails zeroTrust = letter(megan, "Status of zero trust implementation at the Department",
                "Congressional Inquiries", MethodOfReceipt.MAIL, "Sen. Jane Roe", "U.S. Senate Committee on Homeland "
                        + "Security and Governmental Affairs", 3, 14, "14028");
        zeroTrust = correspondence.route(id(zeroTrust), staff.unit("OCIO").getId(), "OCIO leads EO 14028 work",
                zeroTrust.correspondence().getVersion(), megan).orElseThrow();
        zeroTrust = correspondence.accept(id(zeroTrust), zeroTrust.correspondence().getVersion(), as("alexw"))
                .orElseThrow();
        zeroTrust = correspondence.assign(id(zeroTrust), staff.person("lynner").getId(),
                zeroTrust.correspondence().getVersion(), as("alexw")).orElseThrow();
        correspondence.acknowledge(id(zeroTrust), zeroTrust.correspondence().getVersion(), megan).orElseThrow();

        CorrespondenceDetails dataCall = letter(megan, "GAO data call: federal AI use case inventories", "Data Calls",
                MethodOfReceipt.EMAIL, "Dana Smith", "U.S. Government Accountability Office", 1, 21, "14179");
        correspondence.route(id(dataCall), staff.unit("AIDD").getId(), null, dataCall.correspondence().getVersion(),
                megan).orElseThrow();

        CorrespondenceDetails briefing = letter(megan, "Request for a briefing on cyber incident reporting", "Briefings",
                MethodOfReceipt.EMAIL, "Chris Doe", "State of Maryland, Department of Information Technology", 2, 10,
                null);
        briefing = correspondence.route(id(briefing), staff.unit("CSD").getId(), null,
                briefing.correspondence().getVersion(), megan).orElseThrow();
        correspondence.accept(id(briefing), briefing.correspondence().getVersion(), as("lynner")).orElseThrow();

        letter(megan, "Public comment on the Department's AI policy", "Public Notices", MethodOfReceipt.PORTAL,
                "Pat Jones", null, 0, 30, null);

        CorrespondenceDetails thanks = letter(megan, "Invitation to speak at the state CIO summit", "Event Planning",
                MethodOfReceipt.MAIL, "Morgan Lee", "National Association of State CIOs", 9, -2, null);
        thanks = correspondence.route(id(thanks), staff.unit("OCIO").getId(), null,
                thanks.correspondence().getVersion(), megan).orElseThrow();
        thanks = correspondence.accept(id(thanks), thanks.correspondence().getVersion(), as("alexw")).orElseThrow();
        thanks = correspondence.assign(id(thanks), staff.person("nestorw").getId(),
                thanks.correspondence().getVersion(), as("alexw")).orElseThrow();
        correspondence.resolve(id(thanks), "Accepted; Alex Wilber will speak on zero trust",
                thanks.correspondence().getVersion(), as("nestorw")).orElseThrow();
    }

    private ExecutiveAction action(Actor actor, String name, String type, Priority priority,
            SecurityClassification classification, LocalDate due, Long parentId, String order, String owner) {
        return actions.create(new NewExecutiveAction(name, null, null, types.findByName(type).orElseThrow().getId(),
                priority, classification, due, parentId, orders.get(order).getId(), null, null, null,
                staff.person(owner).getId(), null), actor).orElseThrow();
    }

    private ActionItem item(Actor actor, String subject, String assignee, Long teamId, ExecutiveAction action,
            LocalDate due, Priority priority) {
        LocalDate start = due.minusDays(14);
        return items.create(new NewActionItem(subject, null, null, priority,
                assignee == null ? null : staff.person(assignee).getId(), teamId, null, action.getId(), null, start, due,
                null, null, 0), actor).orElseThrow();
    }

    private ActionItem advance(ActionItem item, String alias, ItemVerb verb) {
        return items.apply(item.getId(), verb, item.getVersion(), null, as(alias)).orElseThrow();
    }

    private CorrespondenceDetails letter(Actor actor, String subject, String type, MethodOfReceipt method, String from,
            String organization, int daysAgo, int dueInDays, String order) {
        Receipt receipt = new Receipt(clock.instant().minus(Duration.ofDays(daysAgo)), method, from, organization,
                staff.unit("ES").getId());
        return correspondence.log(new LogCorrespondence(subject, null, types.findByName(type).orElseThrow().getId(),
                Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, items.today().plusDays(dueInDays), receipt,
                order == null ? null : orders.get(order).getId()), actor).orElseThrow();
    }

    /** The demo directory is flushed before any work is seeded, so the actor query sees it. */
    private Actor as(String alias) {
        return directory.actorFor(staff.person(alias).getId()).orElseThrow();
    }

    private static Long id(CorrespondenceDetails details) {
        return details.correspondence().getExecutiveActionId();
    }

    private static String read(String file) {
        try {
            return new ClassPathResource("demo/authorities/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo authority " + file + " is missing", e);
        }
    }
}
