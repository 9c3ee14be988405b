package org.excoord.bot.authorities;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ActionItemPolicy;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.actionitem.Recurrence;
import org.excoord.audit.AuditLog;
import org.excoord.audit.RefusalTrail;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.PlainText;
import org.excoord.authority.analysis.AgencyDuties;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.authority.analysis.DutySubject;
import org.excoord.bot.conversation.BackToList;
import org.excoord.bot.conversation.CardData;
import org.excoord.bot.conversation.CardModels;
import org.excoord.bot.conversation.Feature;
import org.excoord.bot.conversation.InvalidCardData;
import org.excoord.bot.conversation.ItemCardExtras;
import org.excoord.bot.conversation.Refusals;
import org.excoord.bot.conversation.Reply;
import org.excoord.bot.conversation.UndoTurn;
import org.excoord.cards.AnalysisCard;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.DutiesCard;
import org.excoord.cards.HelpCommand;
import org.excoord.cards.Option;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.excoord.shared.WorkingDays;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * "Summarize this authority": the compact analysis card, all its duties page by page, and the action items a person
 * drafts from the duties that are this agency's ({@link AgencyDuties}) — none picked in advance, each with its
 * subject, assignee and a due date the person confirms — with an Undo for the next few minutes.
 */
@Component
@Order(80)
class AnalysisFeature implements Feature {

    /** Drafts on the summary card; the all-duties card offers the agency's duties of each page. */
    static final int DRAFTS_ON_SUMMARY = 10;
    static final String UNDO_REASON = "Undone right after creation";

    private static final Pattern PICKED = Pattern.compile("duty(\\d{1,9})");
    private static final Pattern ITEM_IDS = Pattern.compile("\\d{1,18}(,\\d{1,18}){0,99}");
    // a machine name ("offline-1", "azure-openai:gpt-4o:3") is no word for people
    private static final Pattern MACHINE_NAME = Pattern.compile("[a-z0-9:._-]+");

    private final AuthorityLookup lookup;
    private final AuthorityAnalysis analysis;
    private final ExecutiveActionManagement actions;
    private final ActionItemManagement items;
    private final AuditLog audit;
    private final RefusalTrail refusals;
    private final Directory directory;
    private final AgencyProperties agency;
    private final AnalysisProperties settings;
    private final AgencyDuties agencyDuties;
    private final Clock clock;

    private final ItemCardExtras extras;

    AnalysisFeature(AuthorityLookup lookup, AuthorityAnalysis analysis, ExecutiveActionManagement actions,
            ActionItemManagement items, AuditLog audit, RefusalTrail refusals, Directory directory,
            AgencyProperties agency, AnalysisProperties settings, Clock clock, ItemCardExtras extras) {
        this.extras = extras;
        this.lookup = lookup;
        this.analysis = analysis;
        this.actions = actions;
        this.items = items;
        this.audit = audit;
        this.refusals = refusals;
        this.directory = directory;
        this.agency = agency;
        this.settings = settings;
        this.agencyDuties = new AgencyDuties(agency.name(), agency.aliases());
        this.clock = clock;
    }

    @Override
    public List<HelpCommand> help(Actor actor) {
        return List.of(HelpCommand.of("summarize <authority>", "a short summary of an authority"));
    }

    @Override
    public Map<String, CommandHandler> commands() {
        CommandHandler summarize = asked -> summarize(asked.argument(), asked.actor());
        return Map.of("summarize *", summarize, "summarise *", summarize);
    }

    @Override
    public Map<String, VerbHandler> verbs() {
        // items created from duties (and undone) are told to their assignees: the card says who
        java.util.Map<String, VerbHandler> verbs = new java.util.HashMap<>(extras.keep(Map.of(
                "analysis.createItems", p -> Reply.of(createItemsFromDuties(p)),
                "analysis.undo", p -> Reply.of(undo(p)))));
        verbs.put("authority.summarize", p -> summarize(String.valueOf(p.number("authorityId")), p.actor()));
        verbs.put("analysis.duties", p -> Reply.of(duties(p)));
        // a summary asked from an authority opened from the list keeps "Back to the list" through its steps
        return Map.copyOf(BackToList.keep(verbs));
    }

    /**
     * The authority's summary and duties from the configured analyzer. A text analyzed before answers at once; else
     * an "analyzing" card answers now and the analysis replaces it when done.
     */
    private Reply summarize(String reference, Actor actor) {
        Optional<LegalAuthority> found = lookup.find(reference);
        if (found.isEmpty()) {
            return Reply.of(Cards.message("I found no authority \"" + org.excoord.cards.Text.excerpt(reference, ECHO_CHARS)
                    + "\". Type \"authorities\" to see them all."));
        }
        LegalAuthority a = found.get();
        if (analysis.isReady(a.getId())) {
            return Reply.of(analysisCard(a, actor, null));
        }
        return new Reply(Cards.message("Analyzing " + CardModels.shortName(a) + " (" + a.getName()
                + ") … this card will show the summary and the duties when it is done."),
                () -> analysisCard(a, actor, null));
    }

    /** A duty with its place in the analysis and to whom it is addressed, seen from this agency. */
    private record Indexed(int index, Obligation duty, AgencyDuties.Addressee to) {

        LocalDate due() {
            return duty.deadline() == null ? null : duty.deadline().due();
        }
    }

    private List<Indexed> indexed(AnalysisResult r) {
        return IntStream.range(0, r.obligations().size()).mapToObj(i -> new Indexed(i, r.obligations().get(i),
                agencyDuties.addressee(r.obligations().get(i).actor()))).toList();
    }

    /** The agency's duties, soonest first: dates still ahead, then undated ones, then dates already past. */
    private List<Indexed> agencysSoonestFirst(AnalysisResult r) {
        LocalDate today = items.today();
        return indexed(r).stream().filter(d -> d.to().applies()).sorted(Comparator
                .comparingInt((Indexed d) -> d.due() == null ? 1 : d.due().isBefore(today) ? 2 : 0)
                .thenComparing(d -> d.due() == null ? LocalDate.MAX : d.due())).toList();
    }

    private ObjectNode analysisCard(LegalAuthority a, Actor actor, AnalysisCard.Result result) {
        Outcome<AnalysisResult> outcome = analysis.analyze(a.getId());
        if (!outcome.isDone()) {
            return Refusals.card(outcome.refusal());
        }
        AnalysisResult r = outcome.orElseThrow();
        List<Indexed> ours = agencysSoonestFirst(r);
        List<AnalysisCard.Duty> top = ours.stream().limit(5).map(AnalysisFeature::duty).toList();
        return Cards.analysis(new AnalysisCard(a.getId(), CardModels.shortName(a), a.getName(), r.summary(),
                r.analyzerLabel() != null ? r.analyzerLabel() : analyzerLabel(r.analyzer()), a.getSourceUrl(), agency.name(), top, ours.size(), r.obligations().size(),
                drafts(a, actor, ours.stream().limit(DRAFTS_ON_SUMMARY).toList()), result, items.today()));
    }

    private ObjectNode duties(Pressed p) {
        Optional<LegalAuthority> found = lookup.find(p.number("authorityId"));
        if (found.isEmpty()) {
            return Cards.message("I found no such authority. Type \"authorities\" to see them all.");
        }
        return dutiesCard(found.get(), p.actor(), CardData.page(p.data()), null);
    }

    private ObjectNode dutiesCard(LegalAuthority a, Actor actor, int page, AnalysisCard.Result result) {
        Outcome<AnalysisResult> outcome = analysis.analyze(a.getId());
        if (!outcome.isDone()) {
            return Refusals.card(outcome.refusal());
        }
        AnalysisResult r = outcome.orElseThrow();
        List<Indexed> onPage = indexed(r).stream().skip((long) page * Cards.DUTIES_PAGE_SIZE)
                .limit(Cards.DUTIES_PAGE_SIZE).toList();
        return Cards.analysisDuties(new DutiesCard(a.getId(), CardModels.shortName(a), a.getName(), agency.name(),
                onPage.stream().map(AnalysisFeature::duty).toList(), page, r.obligations().size(),
                drafts(a, actor, onPage.stream().filter(d -> d.to().applies()).toList()), result, items.today()));
    }

    private static AnalysisCard.Duty duty(Indexed d) {
        Obligation o = d.duty();
        return new AnalysisCard.Duty(d.index(), DutySubject.of(o.action(), null), o.actor(), d.due(),
                o.deadline() == null ? null : o.deadline().text(), o.sectionId(), d.to().applies());
    }

    /** Null when the viewer may add items under no executive action (then the card offers no form). */
    private AnalysisCard.Drafts drafts(LegalAuthority a, Actor actor, List<Indexed> duties) {
        List<Option> where = actions.list(PageRequest.of(0, 30)).stream().filter(x -> actions.mayChange(x, actor))
                .map(x -> new Option(String.valueOf(x.getId()), x.getNumber() + " " + x.getName())).toList();
        if (where.isEmpty() || duties.isEmpty()) {
            return null;
        }
        List<AgencyDuties.Unit> units = units();
        LocalDate imported = importedOn(a);
        return new AnalysisCard.Drafts(duties.stream().map(d -> new AnalysisCard.Draft(d.index(),
                DutySubject.of(d.duty().action(), d.duty().sectionId()), assignee(d.duty(), actor, units).label(),
                proposedDue(d), d.due(), d.duty().deadline() == null ? null : d.duty().deadline().text(),
                d.due() != null && d.due().isBefore(imported), recurrenceOf(d.duty()))).toList(), where,
                items.today());
    }

    /**
     * How an item made of the duty recurs: as the text says ("and every 60 days thereafter"), until the end it gives
     * or the authority is revoked; null for a duty done once (or a period no item may recur by).
     */
    static Recurrence recurrenceOf(Obligation o) {
        AnalysisResult.Recurrence r = o.deadline() == null ? null : o.deadline().recurrence();
        return r == null ? null : Recurrence.of(r.period(), r.until());
    }

    /**
     * The date a draft proposes: the text's date while it is still ahead; else (no date, or one already past — a
     * deadline that had passed by the import is history, not a due date) the configured working days from today.
     */
    private LocalDate proposedDue(Indexed d) {
        LocalDate today = items.today();
        return d.due() != null && !d.due().isBefore(today) ? d.due()
                : WorkingDays.plusWorkingDays(today, settings.defaultDueWorkingDays());
    }

    private LocalDate importedOn(LegalAuthority a) {
        return a.getCreatedAt() == null ? items.today() : LocalDate.ofInstant(a.getCreatedAt(), clock.getZone());
    }

    private List<AgencyDuties.Unit> units() {
        return directory.orgUnitTree().stream().map(u -> new AgencyDuties.Unit(u.getId(), u.getName(),
                u.getAbbreviation())).toList();
    }

    /** Who an item drafted from a duty goes to, and how the draft says so. */
    private record Assignee(Long personId, String label) {
    }

    /**
     * The manager of the org unit the duty's actor names ("the Director of CISA" → CISA's manager), when the presser
     * may assign work to them; otherwise the presser, to triage (an unassigned item would appear in nobody's list).
     */
    private Assignee assignee(Obligation o, Actor actor, List<AgencyDuties.Unit> units) {
        Optional<AgencyDuties.Unit> named = AgencyDuties.unitNamedIn(o.actor(), units);
        Optional<OrgUnit> unit = named.flatMap(u -> directory.orgUnit(u.id()));
        Optional<Person> manager = unit.map(OrgUnit::getManagerId).flatMap(directory::person).filter(Person::isActive);
        if (manager.isPresent() && !actor.is(manager.get().getId())
                && ActionItemPolicy.mayAssignTo(actor, manager.get().getId(), manager.get().getOrgUnitId())) {
            return new Assignee(manager.get().getId(), manager.get().getDisplayName() + " (" + unit.get().getName()
                    + ")");
        }
        return new Assignee(actor.personId(), unit.isPresent() && manager.isPresent() ? "You (" + unit.get().getName()
                + ")" : "You, to triage");
    }

    /**
     * The duties a person picked become action items under the executive action they chose, all or nothing: each
     * with its instruction as subject, the section, quote and the text's deadline in its description, the due date
     * the person confirmed, and the DRAFTED_FROM_ANALYSIS audit (AI-assisted, with analyzer, section and quote).
     * Card data is untrusted: a duty that is not in the analysis or not the agency's, or a bad date, creates nothing.
     */
    private ObjectNode createItemsFromDuties(Pressed p) {
        Actor actor = p.actor();
        Optional<LegalAuthority> found = lookup.find(p.number("authorityId"));
        Long actionId = p.number("executiveActionId");
        if (found.isEmpty()) {
            return Cards.message("That card names no authority I know; nothing was created.");
        }
        if (actionId == null) {
            return Cards.message("Choose the executive action the items belong to; nothing was created.");
        }
        LegalAuthority a = found.get();
        Outcome<AnalysisResult> outcome = analysis.analyze(a.getId());
        if (!outcome.isDone()) {
            return Refusals.card(outcome.refusal());
        }
        AnalysisResult r = outcome.orElseThrow();
        Integer page = p.data() != null && p.data().has("page") ? CardData.page(p.data()) : null;
        TreeMap<Integer, LocalDate> picked = new TreeMap<>();
        String refusal = readPicks(p, r, picked);
        if (refusal != null) {
            return Cards.message(refusal + " Nothing was created.");
        }
        if (picked.isEmpty()) {
            return card(a, actor, page, new AnalysisCard.Result("No duty was picked; nothing was created.", null));
        }
        String actionNumber = actions.find(actionId).map(x -> x.getNumber()).orElse("the executive action");
        List<AgencyDuties.Unit> units = units();
        LocalDate imported = importedOn(a);
        List<ActionItem> created = new ArrayList<>();
        for (Map.Entry<Integer, LocalDate> pick : picked.entrySet()) {
            Obligation o = r.obligations().get(pick.getKey());
            Outcome<ActionItem> item = items.create(new NewActionItem(DutySubject.of(o.action(), o.sectionId()),
                    details(a, o, imported), null, null, assignee(o, actor, units).personId(), null, null, actionId,
                    null, null, pick.getValue(), null, null, 0, recurrenceOf(o)), actor);
            if (!item.isDone()) {
                // all or nothing: the items already created go too
                throw new UndoTurn(Cards.message("No items were created: " + item.refusal().message()));
            }
            audit.record(actor, "ActionItem", item.orElseThrow().getId(), "DRAFTED_FROM_ANALYSIS", null,
                    Map.of("analyzer", r.analyzer(), "sectionId", o.sectionId(), "quote", o.quote(),
                            "textDeadline", o.deadline() == null || o.deadline().text() == null ? ""
                                    : o.deadline().text()), true);
            created.add(item.orElseThrow());
        }
        String numbers = String.join(", ", created.stream().map(ActionItem::getNumber).toList());
        String ids = String.join(",", created.stream().map(i -> String.valueOf(i.getId())).toList());
        return card(a, actor, page, new AnalysisCard.Result("Created " + numbers + " under " + actionNumber
                + ". Undo cancels " + (created.size() == 1 ? "it" : "them") + " for the next " + minutes() + ".", ids));
    }

    /**
     * Reads the picked duties ("dutyN" = "true") and their due dates ("dueN") into {@code picked}; the reason they
     * cannot be used, or null.
     */
    private String readPicks(Pressed p, AnalysisResult r, TreeMap<Integer, LocalDate> picked) {
        if (p.data() == null) {
            return null;
        }
        LocalDate today = items.today();
        for (Iterator<String> fields = p.data().fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            Matcher m = PICKED.matcher(field);
            if (!m.matches() || !"true".equals(p.text(field))) {
                continue;
            }
            int index = Integer.parseInt(m.group(1));
            if (index >= r.obligations().size()) {
                return "That card asks for duty " + (index + 1L) + ", which this analysis does not have.";
            }
            Obligation o = r.obligations().get(index);
            String which = "duty " + (index + 1) + " (" + o.sectionId() + ")";
            if (!agencyDuties.addressee(o.actor()).applies()) {
                return "Duty " + (index + 1) + " (" + o.sectionId() + ") is addressed to " + o.actor() + ", not to "
                        + agency.name() + " or to every agency.";
            }
            LocalDate due;
            try {
                due = CardData.date(p.data(), "due" + index);
            } catch (InvalidCardData e) {
                return "The due date for " + which + " is not a date between 1900 and 2200 (YYYY-MM-DD).";
            }
            if (due != null && due.isBefore(today)) {
                return "The due date for " + which + " is before today; pick today or a later day.";
            }
            Indexed d = new Indexed(index, o, agencyDuties.addressee(o.actor()));
            picked.put(index, due != null ? due : proposedDue(d));
        }
        return null;
    }

    /** The description of an item drafted from a duty: where it comes from, the words, and the text's deadline. */
    private static String details(LegalAuthority a, Obligation o, LocalDate imported) {
        StringBuilder s = new StringBuilder("From ").append(o.sectionId()).append(" of ")
                .append(CardModels.shortName(a)).append(" (").append(a.getName()).append("), addressed to ")
                .append(o.actor()).append(":\n\u201c").append(cut(o.quote(), 4_000)).append("\u201d");
        AnalysisResult.Deadline deadline = o.deadline();
        if (deadline != null && (deadline.text() != null || deadline.due() != null)) {
            s.append("\n\nThe text's deadline: ").append(deadline.text() == null ? "" : deadline.text());
            if (deadline.due() != null) {
                s.append(deadline.text() == null ? "" : " ").append("(").append(PlainText.date(deadline.due())).append(")");
                if (deadline.due().isBefore(imported)) {
                    s.append(", already past when the authority was imported on ").append(PlainText.date(imported))
                            .append("; the due date of this item was picked when it was created");
                }
            }
            s.append('.');
        }
        return s.toString();
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }

    private String minutes() {
        long m = Math.max(1, settings.undoWindow().toMinutes());
        return m == 1 ? "minute" : m + " minutes";
    }

    /** The card the press came from (the summary, or the page of all duties), with what the press did. */
    private ObjectNode card(LegalAuthority a, Actor actor, Integer page, AnalysisCard.Result result) {
        return page == null ? analysisCard(a, actor, result) : dutiesCard(a, actor, page, result);
    }

    /**
     * Cancels the items just created from an analysis, through the domain's cancel (which re-checks the right and is
     * audited), with the reason {@value #UNDO_REASON}: only by the person who created them, only within the
     * configured window, only while nobody has started them; all or nothing. Pressed again, it says they are undone.
     */
    private ObjectNode undo(Pressed p) {
        Actor actor = p.actor();
        String raw = p.text("items");
        Optional<LegalAuthority> found = lookup.find(p.number("authorityId"));
        if (raw == null || !ITEM_IDS.matcher(raw).matches() || found.isEmpty()) {
            return Cards.message("That Undo button is damaged; nothing was changed.");
        }
        List<ActionItem> created = new ArrayList<>();
        for (String id : raw.split(",")) {
            Outcome<ActionItem> item = items.view(Long.valueOf(id), actor);
            if (!item.isDone() || !actor.is(item.orElseThrow().getOriginatorId())) {
                refusals.refused(actor, "AnalysisFeature.undo", Refusal.forbidden("only the person who created "
                        + "these items may undo them"));
                return Cards.message("Only the person who created these items can undo them; nothing was changed.");
            }
            created.add(item.orElseThrow());
        }
        Integer page = p.data().has("page") ? CardData.page(p.data()) : null;
        String numbers = String.join(", ", created.stream().map(ActionItem::getNumber).toList());
        List<ActionItem> open = created.stream().filter(i -> i.getStatus() != ActionStatus.CANCELLED).toList();
        if (open.isEmpty()) {
            return card(found.get(), actor, page, new AnalysisCard.Result("Already undone: " + numbers
                    + (created.size() == 1 ? " is" : " are") + " cancelled.", null));
        }
        Instant now = clock.instant();
        if (created.stream().anyMatch(i -> i.getCreatedAt().plus(settings.undoWindow()).isBefore(now))) {
            return card(found.get(), actor, page, new AnalysisCard.Result("It is too late to undo: " + numbers
                    + " were created more than " + minutes() + " ago. Cancel an item on its own card if it should "
                    + "not exist.", null));
        }
        Optional<ActionItem> started = open.stream().filter(i -> i.getStatus() != ActionStatus.NEW).findFirst();
        if (started.isPresent()) {
            return card(found.get(), actor, page, new AnalysisCard.Result(started.get().getNumber() + " is already "
                    + started.get().getStatus().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                    + "; nothing was undone. Cancel the items one by one on their cards.", null));
        }
        for (ActionItem item : open) {
            Outcome<ActionItem> cancelled = items.apply(item.getId(), ItemVerb.CANCEL, item.getVersion(), UNDO_REASON,
                    actor);
            if (!cancelled.isDone()) {
                throw new UndoTurn(Cards.message("Nothing was undone: " + cancelled.refusal().message()));
            }
        }
        return card(found.get(), actor, page, new AnalysisCard.Result("Undone: " + numbers + (created.size() == 1
                ? " is" : " are") + " cancelled (\u201c" + UNDO_REASON + "\u201d).", null));
    }

    /** The analyzer's name for people, or null ("automatic analysis") for a machine name such as "offline-1". */
    static String analyzerLabel(String analyzer) {
        return analyzer == null || MACHINE_NAME.matcher(analyzer).matches() ? null : analyzer;
    }
}
