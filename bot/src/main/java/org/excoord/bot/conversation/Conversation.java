package org.excoord.bot.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.ItemVerb;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.AuditLog;
import org.excoord.authority.Assessments;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.FindingDetails;
import org.excoord.authority.Relevance;
import org.excoord.authority.Scale;
import org.excoord.authority.AuthorityDetails;
import org.excoord.authority.LegalAuthority;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AuthorityAnalysis;
import org.excoord.authority.analysis.UnitImpacts;
import org.excoord.bot.planner.PlannerSync;
import org.excoord.cards.AnalysisCard;
import org.excoord.cards.ImpactsCard;
import org.excoord.cards.AuthorityCard;
import org.excoord.cards.AuthorityLine;
import org.excoord.cards.CardVerbs;
import org.excoord.cards.Cards;
import org.excoord.cards.ItemLine;
import org.excoord.cards.ItemList;
import org.excoord.cards.Option;
import org.excoord.cards.Text;
import org.excoord.cards.Viewer;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Role;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.excoord.shared.Inputs;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the bot answers: typed commands produce cards; card actions (Action.Execute, or its Action.Submit fallback)
 * change records through the domain, which re-checks authorization and the version, and answer with the card to
 * show instead. Card data is untrusted: ids are looked up again and every change goes through the domain services.
 */
@Service
public class Conversation {

    static final int PAGE = 10;
    /** Lists page no deeper than this (1,000 items): a page number from a card is bounded before it is multiplied. */
    static final int MAX_PAGE = 99;
    /** What a person typed is quoted back this long at most, cut at a word boundary with "…". */
    static final int ECHO_CHARS = 80;
    /** Dates from cards are refused outside these years: PostgreSQL stores ±999999999 or year 0 wrongly or not at all. */

    private final Directory directory;
    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final CorrespondenceLog correspondence;
    private final AuthorityCatalog authorities;
    private final CardModels models;
    private final CorrespondenceActions letters;
    private final TransactionTemplate turnTransaction;
    private final AuthorityAnalysis analysis;
    private final AuditLog audit;
    private final Assessments assessments;
    private final PlannerSync sync;

    Conversation(Directory directory, ActionItemManagement items, ExecutiveActionManagement actions,
            CorrespondenceLog correspondence, AuthorityCatalog authorities, CardModels models,
            CorrespondenceActions letters, PlatformTransactionManager transactions, AuthorityAnalysis analysis,
            AuditLog audit, Assessments assessments, PlannerSync sync) {
        this.sync = sync;
        this.analysis = analysis;
        this.audit = audit;
        this.assessments = assessments;
        this.turnTransaction = new TransactionTemplate(transactions);
        this.directory = directory;
        this.items = items;
        this.actions = actions;
        this.correspondence = correspondence;
        this.authorities = authorities;
        this.models = models;
        this.letters = letters;
    }

    /** The person behind a Teams user, if excoord knows them. */
    public Optional<Actor> actorOf(Turn turn) {
        return turn.aadObjectId() == null ? Optional.empty() : directory.actorForEntraObjectId(turn.aadObjectId());
    }

    public ObjectNode welcome(Turn turn, Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return Cards.unknownUser(turn.userName());
        }
        String first = actor.get().displayName().split(" ")[0];
        return Cards.welcome(first);
    }

    /**
     * The cards answering a typed message. A turn is one transaction: the many lookups of one card (the item, its
     * action, people, units) are each read once.
     */
    public List<Reply> onMessage(Turn turn, Optional<Actor> found) {
        Command command = Command.parse(turn.text());
        if (command.kind() == Command.Kind.SUMMARIZE && found.isPresent()) {
            return List.of(summarize(command.argument(), found.get()));
        }
        return List.of(Reply.of(inTurn(() -> answer(turn, found))));
    }

    /**
     * Runs one turn in one transaction. A refused step of a change made of several ({@link #undo}) rolls it all back
     * and shows why; a step that marked the transaction rollback-only rolls back quietly.
     */
    private ObjectNode inTurn(java.util.function.Supplier<ObjectNode> work) {
        try {
            return turnTransaction.execute(status -> {
                ObjectNode result = work.get();
                if (status.isRollbackOnly()) {
                    status.setRollbackOnly();
                }
                return result;
            });
        } catch (UndoTurn undone) {
            return undone.card;
        }
    }

    private ObjectNode answer(Turn turn, Optional<Actor> found) {
        if (found.isEmpty()) {
            return Cards.unknownUser(turn.userName());
        }
        Actor actor = found.get();
        Viewer viewer = viewer(turn);
        Command command = Command.parse(turn.text());
        return switch (command.kind()) {
            case MY_ITEMS -> list("mine", 0, actor, viewer);
            case OVERDUE -> list("overdue", 0, actor, viewer);
            case MY_TEAM -> list("team", 0, actor, viewer);
            case ITEM -> item(command.argument(), actor, viewer);
            case ACTION -> executiveAction(command.argument(), actor, viewer);
            case NEW_ITEM -> newItemForm(actor);
            case INBOX -> inbox(actor, viewer, 0);
            case LOG_CORRESPONDENCE -> letters.logForm(actor);
            case AUTHORITIES -> authorityList();
            case AUTHORITY -> authority(command.argument());
            case SUMMARIZE -> summarize(command.argument(), actor).card();
            case SYNC_FAILURES -> syncFailures(actor, viewer);
            case HELP -> help(actor);
            case UNKNOWN -> help(actor, "I didn't understand that. Here is what I can do:");
        };
    }

    /**
     * The card that replaces the one whose button was pressed.
     *
     * @param verb the action's verb ("item.start", "list.page", …)
     * @param data the action's data merged with the card's inputs, as Teams sends them
     */
    public Reply onAction(Turn turn, Optional<Actor> found, String verb, JsonNode data) {
        try {
            if ("authority.summarize".equals(verb) && found.isPresent()) {
                return summarize(String.valueOf(number(data, "authorityId")), found.get());
            }
            // every verb is one transaction, correspondence too (a refused route leaves the logged letter: it does not
            // mark the turn for rollback, only a refused log does)
            try {
                return Reply.of(inTurn(() -> act(turn, found, verb, data)));
            } catch (ObjectOptimisticLockingFailureException | UnexpectedRollbackException e) {
                // two people pressed on the same version and the other one won: show what they did
                Viewer viewer = viewer(turn);
                boolean letter = verb != null && verb.startsWith("corr.");
                return Reply.of(found.map(actor -> letter
                        ? correspondenceCard(number(data, "correspondenceId"), actor, viewer,
                                "Someone else changed this at the same moment. This is the current version; nothing was changed.")
                        : lostRace(number(data, "itemId"), actor, viewer))
                        .orElseGet(() -> Cards.unknownUser(turn.userName())));
            }
        } catch (InvalidCardData e) {
            return Reply.of(Cards.message(e.getMessage()));
        }
    }

    /** The current item, saying who changed it, after a concurrent change won between the version check and the commit. */
    private ObjectNode lostRace(Long id, Actor actor, Viewer viewer) {
        Outcome<ActionItem> current = id == null ? Outcome.refused(Refusal.invalid("itemId", "no item"))
                : items.view(id, actor);
        return current.isDone() ? Cards.item(models.item(current.orElseThrow(), actor,
                models.changedNotice(current.orElseThrow())), viewer) : refusal(current.refusal());
    }

    private ObjectNode act(Turn turn, Optional<Actor> found, String verb, JsonNode data) {
        if (found.isEmpty()) {
            return Cards.unknownUser(turn.userName());
        }
        Actor actor = found.get();
        Viewer viewer = viewer(turn);
        String v = verb == null ? "" : verb;
        if (v.startsWith("corr.")) {
            return letters.onAction(v, data, actor, viewer, this);
        }
        return switch (v) {
            case "item.view" -> itemCard(number(data, "itemId"), actor, viewer, null);
            case "item.dueDate" -> date(data, "dueDate") == null
                    ? itemCard(number(data, "itemId"), actor, viewer, "Pick a due date first.")
                    : change(data, actor, viewer, (id, version) -> items.changeDueDate(id, date(data, "dueDate"),
                            version, actor));
            case "item.reassign" -> change(data, actor, viewer, (id, version) -> items.assign(id,
                    number(data, "assigneeId"), null, version, actor));
            case "item.comment" -> comment(data, actor, viewer);
            case "item.create" -> create(data, actor, viewer);
            case "list.page" -> list(text(data, "list"), page(data), actor, viewer);
            case "form.newItem" -> newItemForm(actor);
            case "authority.view" -> authority(String.valueOf(number(data, "authorityId")));
            case "authority.impacts" -> impacts(number(data, "authorityId"), actor);
            case "analysis.createItems" -> createItemsFromDuties(data, actor);
            case "analysis.recordFindings" -> recordFindings(data, actor);
            case CardVerbs.SYNC_RETRY -> retrySync(actor);
            default -> v.startsWith("item.") ? workflow(v.substring("item.".length()), data, actor, viewer)
                    : Cards.message("This button is no longer supported. Type \"help\" to see what I can do.");
        };
    }

    // ------------------------------------------------------------------ items

    ObjectNode itemCard(Long id, Actor actor, Viewer viewer, String notice) {
        Outcome<ActionItem> item = id == null ? Outcome.refused(Refusal.invalid("itemId", "no item")) : items.view(id, actor);
        return item.isDone() ? Cards.item(models.item(item.orElseThrow(), actor, notice), viewer) : refusal(item.refusal());
    }

    private ObjectNode item(String number, Actor actor, Viewer viewer) {
        Outcome<ActionItem> item = number.matches("\\d{1,18}") ? items.view(Long.valueOf(number), actor)
                : items.viewByNumber(number, actor);
        return item.isDone() ? Cards.item(models.item(item.orElseThrow(), actor, null), viewer) : refusal(item.refusal());
    }

    private ObjectNode workflow(String verbName, JsonNode data, Actor actor, Viewer viewer) {
        ItemVerb verb;
        try {
            verb = ItemVerb.valueOf(verbName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Cards.message("This button is no longer supported.");
        }
        return change(data, actor, viewer, (id, version) -> items.apply(id, verb, version, text(data, "comment"), actor));
    }

    private interface ItemChange {
        Outcome<ActionItem> apply(Long id, long version);
    }

    /** Applies a change made on a card; a stale card gets the current one back with who changed it and when. */
    private ObjectNode change(JsonNode data, Actor actor, Viewer viewer, ItemChange change) {
        Long id = number(data, "itemId");
        Long version = number(data, "version");
        if (id == null || version == null) {
            return Cards.message("That card is incomplete; type \"my items\" to get a fresh one.");
        }
        Outcome<ActionItem> changed = change.apply(id, version);
        if (changed.isDone()) {
            return Cards.item(models.item(changed.orElseThrow(), actor, null), viewer);
        }
        Refusal refusal = changed.refusal();
        Outcome<ActionItem> current = items.view(id, actor);
        if (current.isDone()) {
            String notice = refusal.kind() == Refusal.Kind.CONFLICT ? models.changedNotice(current.orElseThrow())
                    : refusal.message();
            return Cards.item(models.item(current.orElseThrow(), actor, notice), viewer);
        }
        return refusal(refusal);
    }

    private ObjectNode comment(JsonNode data, Actor actor, Viewer viewer) {
        Long id = number(data, "itemId");
        String body = text(data, "comment");
        if (id == null) {
            return Cards.message("That card is incomplete; type \"my items\" to get a fresh one.");
        }
        Outcome<?> done = items.comment(id, body, actor);
        return itemCard(id, actor, viewer, done.isDone() ? null : done.refusal().message());
    }

    private ObjectNode create(JsonNode data, Actor actor, Viewer viewer) {
        Long assignee = number(data, "assigneeId");
        Outcome<ActionItem> created = items.create(new NewActionItem(text(data, "subject"), null, null, null,
                assignee == null ? actor.personId() : assignee, null, null, number(data, "executiveActionId"), null,
                null, date(data, "dueDate"), null, null, 0), actor);
        return created.isDone() ? Cards.item(models.item(created.orElseThrow(), actor, "Created."), viewer)
                : Cards.message("The item was not created: " + created.refusal().message());
    }

    private ObjectNode newItemForm(Actor actor) {
        List<Option> assignees = new ArrayList<>();
        assignees.add(new Option(String.valueOf(actor.personId()), "Me"));
        if (actor.orgUnitId() != null) {
            directory.peopleOf(actor.orgUnitId()).stream().filter(p -> !p.getId().equals(actor.personId())).limit(40)
                    .forEach(p -> assignees.add(new Option(String.valueOf(p.getId()), p.getDisplayName())));
        }
        List<Option> open = actions.list(PageRequest.of(0, 30)).stream().filter(a -> actions.mayChange(a, actor))
                .map(a -> new Option(String.valueOf(a.getId()), a.getNumber() + " " + a.getName())).toList();
        return Cards.newItemForm(assignees, open);
    }

    private ObjectNode executiveAction(String reference, Actor actor, Viewer viewer) {
        Optional<ExecutiveAction> found = reference.matches("\\d{1,18}") ? actions.find(Long.valueOf(reference))
                : actions.findByNumber(reference);
        if (found.isEmpty()) {
            return Cards.message("I found no executive action " + Text.excerpt(reference, ECHO_CHARS) + ".");
        }
        Long id = found.get().getId();
        Outcome<ExecutiveAction> seen = actions.view(id, actor);
        return seen.isDone() ? Cards.action(models.action(seen.orElseThrow(), actor), viewer) : refusal(seen.refusal());
    }

    // ------------------------------------------------------------------ lists

    ObjectNode list(String key, int page, Actor actor, Viewer viewer) {
        String k = key == null ? "mine" : key;
        if (k.equals("team") && !actor.has(Role.MANAGER) && !actor.isAdmin()) {
            return Cards.message("\"my team\" is for managers: it lists the open items of the people in your units.");
        }
        List<ActionItem> found = switch (k) {
            case "overdue" -> overdue(actor, page);
            case "team" -> team(actor, page);
            default -> items.openItemsOf(actor.personId(), PAGE + 1, page * PAGE);
        };
        List<ItemLine> lines = found.stream().limit(PAGE).map(models::line).toList();
        String title = switch (k) {
            case "overdue" -> "Overdue items";
            case "team" -> "My team's open items";
            default -> "My open items";
        };
        String empty = switch (k) {
            case "overdue" -> "Nothing is overdue.";
            case "team" -> "Your team has no open items.";
            default -> "You have no open items.";
        };
        return Cards.itemList(new ItemList(title, k, lines, page, found.size() > PAGE, empty), viewer);
    }

    /** Managers see what is overdue in the units they manage; everyone else their own overdue items. */
    private List<ActionItem> overdue(Actor actor, int page) {
        Optional<OrgUnit> managed = managedUnit(actor);
        if (managed.isPresent()) {
            return items.overdueUnder(managed.get().getId(), PAGE + 1, page * PAGE, actor).orElseThrow();
        }
        LocalDate today = items.today();
        return items.openItemsOf(actor.personId(), 200, 0).stream().filter(i -> i.isOverdue(today))
                .skip((long) page * PAGE).limit(PAGE + 1).toList();
    }

    private List<ActionItem> team(Actor actor, int page) {
        Optional<OrgUnit> managed = managedUnit(actor);
        if (managed.isEmpty()) {
            return List.of();
        }
        List<ActionItem> all = new ArrayList<>();
        for (OrgUnit unit : directory.orgUnitTree()) {
            if (unit.getPath().startsWith(managed.get().getPath())) {
                directory.peopleOf(unit.getId()).stream().filter(p -> !p.getId().equals(actor.personId()))
                        .forEach(p -> all.addAll(items.openItemsOf(p.getId(), PAGE * (page + 1) + 1, 0)));
            }
        }
        return all.stream().sorted(Comparator.comparing(ActionItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionItem::getId)).skip((long) page * PAGE).limit(PAGE + 1).toList();
    }

    private Optional<OrgUnit> managedUnit(Actor actor) {
        return directory.orgUnitTree().stream().filter(u -> actor.personId().equals(u.getManagerId())).findFirst();
    }

    // ------------------------------------------------------------------ correspondence and authorities

    ObjectNode inbox(Actor actor, Viewer viewer, int page) {
        var letters = correspondence.inbox(actor, PAGE + 1, page * PAGE);
        return Cards.correspondenceInbox(letters.stream().limit(PAGE).map(models::correspondenceLine).toList(), page,
                letters.size() > PAGE);
    }

    ObjectNode correspondenceCard(Long id, Actor actor, Viewer viewer, String notice) {
        Outcome<CorrespondenceDetails> found = id == null ? Outcome.refused(Refusal.notFound("no correspondence"))
                : correspondence.view(id, actor);
        return found.isDone() ? Cards.correspondence(models.correspondence(found.orElseThrow(), actor, notice), viewer)
                : refusal(found.refusal());
    }

    private ObjectNode authorityList() {
        List<AuthorityLine> lines = authorities.search("", PageRequest.of(0, 20)).stream()
                .map(a -> new AuthorityLine(a.getId(), a.getName(), a.getExecutiveOrderNumber() == null ? null
                        : CardModels.shortName(a), a.getStatus().name(), a.getSigningDate())).toList();
        return Cards.authorities(lines);
    }

    private Optional<LegalAuthority> findAuthority(String reference) {
        String ref = reference == null ? "" : reference.strip();
        Optional<LegalAuthority> found = ref.matches("\\d{1,18}") ? authorities.find(Long.valueOf(ref)) : Optional.empty();
        if (found.isEmpty()) {
            found = authorities.findByReference(ref.replaceFirst("(?i)^(eo|executive order)\\s*", ""));
        }
        return found.isPresent() ? found : authorities.findByReference(ref);
    }

    private ObjectNode authority(String reference) {
        Optional<LegalAuthority> found = findAuthority(reference);
        if (found.isEmpty()) {
            return Cards.message("I found no authority \"" + Text.excerpt(reference, ECHO_CHARS)
                    + "\". Type \"authorities\" to see them all.");
        }
        AuthorityDetails d = authorities.details(found.get().getId()).orElseThrow();
        LegalAuthority a = d.authority();
        List<String> references = d.references().stream().map(r -> label(r.getRelation().name()) + " "
                + (r.getToExecutiveOrderNumber() != null ? "EO " + r.getToExecutiveOrderNumber() : r.getToCitation()))
                .distinct().toList();
        return Cards.authority(new AuthorityCard(a.getId(), a.getName(), label(a.getType().name()),
                label(a.getStatus().name()), CardModels.shortName(a), a.getCitation(), a.getSigningDate(),
                a.getDispositionNotes(), references, CardModels.numberedSections(d)));
    }

    /**
     * The authority's summary and duties from the configured analyzer. A text analyzed before answers at once; else
     * an "analyzing" card answers now and the analysis replaces it when done.
     */
    private Reply summarize(String reference, Actor actor) {
        Optional<LegalAuthority> found = findAuthority(reference);
        if (found.isEmpty()) {
            return Reply.of(Cards.message("I found no authority \"" + Text.excerpt(reference, ECHO_CHARS)
                    + "\". Type \"authorities\" to see them all."));
        }
        LegalAuthority a = found.get();
        if (analysis.isReady(a.getId())) {
            return Reply.of(analysisCard(a, actor));
        }
        return new Reply(Cards.message("Analyzing " + CardModels.shortName(a) + " (" + a.getName()
                + ") … this card will show the summary and the duties when it is done."), () -> analysisCard(a, actor));
    }

    /** The impacts and risks of an authority for the viewer's org unit, from its analysis. */
    private ObjectNode impacts(Long authorityId, Actor actor) {
        Optional<LegalAuthority> found = authorityId == null ? Optional.empty() : authorities.find(authorityId);
        Optional<OrgUnit> unit = unitOf(actor);
        if (found.isEmpty() || unit.isEmpty()) {
            return Cards.message(found.isEmpty() ? "I found no such authority." : "You are not in an org unit yet.");
        }
        Outcome<List<UnitImpacts.Finding>> findings = findings(found.get().getId(), unit.get());
        if (!findings.isDone()) {
            return refusal(findings.refusal());
        }
        boolean mayRecord = actor.isAdmin() || actor.has(Role.MANAGER) || actor.has(Role.SECRETARIAT);
        return Cards.impacts(new ImpactsCard(found.get().getId(), CardModels.shortName(found.get()), unit.get().getName(),
                findings.orElseThrow().stream().map(f -> new ImpactsCard.Finding(f.kind().name(), f.level().name(),
                        f.likelihood() == null ? null : f.likelihood().name(), f.category().label(), f.rationale(),
                        f.sectionId())).toList(), mayRecord));
    }

    private Optional<OrgUnit> unitOf(Actor actor) {
        return actor.orgUnitId() == null ? Optional.empty() : directory.orgUnit(actor.orgUnitId());
    }

    /**
     * Undoes the turn so far and answers with {@code card}: thrown, it rolls back the turn's transaction in
     * {@link #inTurn}; it asks nothing of the transaction, so it works whether or not one is active.
     */
    private static UndoTurn undo(ObjectNode card) {
        return new UndoTurn(card);
    }

    private static final class UndoTurn extends RuntimeException {
        private final transient ObjectNode card;

        UndoTurn(ObjectNode card) {
            super(null, null, false, false);
            this.card = card;
        }
    }

    private Outcome<List<UnitImpacts.Finding>> findings(Long authorityId, OrgUnit unit) {
        return analysis.analyze(authorityId).map(r -> UnitImpacts.of(r, unit.getName(), unit.getAbbreviation(),
                items.today()));
    }

    /**
     * The findings a person ticked on an impacts card become impact and risk records of their org unit, marked
     * AI-assisted; all or nothing.
     */
    private ObjectNode recordFindings(JsonNode data, Actor actor) {
        Long authorityId = number(data, "authorityId");
        Optional<OrgUnit> unit = unitOf(actor);
        if (authorityId == null || unit.isEmpty()) {
            return Cards.message("That card is incomplete, or you are not in an org unit.");
        }
        Outcome<List<UnitImpacts.Finding>> found = findings(authorityId, unit.get());
        if (!found.isDone()) {
            return refusal(found.refusal());
        }
        List<UnitImpacts.Finding> shown = found.orElseThrow().stream().limit(12).toList();
        int recorded = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (!"true".equals(text(data, "finding" + i))) {
                continue;
            }
            UnitImpacts.Finding f = shown.get(i);
            String name = f.rationale().length() > 300 ? f.rationale().substring(0, 299) + "…" : f.rationale();
            FindingDetails details = new FindingDetails(name, authorityId, null, unit.get().getId(), f.category().label(),
                    f.level(), f.likelihood(), f.level() == Scale.HIGH ? Relevance.DIRECT : Relevance.INDIRECT,
                    f.sectionId() + ": \u201c" + f.quote() + "\u201d", null, null);
            Outcome<?> record = f.kind() == UnitImpacts.Kind.RISK ? assessments.recordRisk(details, true, actor)
                    : assessments.recordImpact(details, true, actor);
            if (!record.isDone()) {
                throw undo(Cards.message("Nothing was recorded: " + record.refusal().message()));
            }
            recorded++;
        }
        return Cards.message(recorded == 0 ? "No finding was selected; nothing was recorded."
                : "Recorded " + recorded + " impact and risk record" + (recorded == 1 ? "" : "s") + " for "
                        + unit.get().getName() + ", marked as drafted from the analysis.");
    }

    private ObjectNode analysisCard(LegalAuthority a, Actor actor) {
        Outcome<AnalysisResult> result = analysis.analyze(a.getId());
        if (!result.isDone()) {
            return refusal(result.refusal());
        }
        AnalysisResult r = result.orElseThrow();
        List<AnalysisCard.Duty> duties = shownDuties(r).stream().map(o -> new AnalysisCard.Duty(o.actor(), o.action(),
                o.deadline() == null ? null : o.deadline().due(), o.deadline() == null ? null : o.deadline().text(),
                o.sectionId())).toList();
        List<Option> where = actions.list(PageRequest.of(0, 30)).stream().filter(x -> actions.mayChange(x, actor))
                .map(x -> new Option(String.valueOf(x.getId()), x.getNumber() + " " + x.getName())).toList();
        return Cards.analysis(new AnalysisCard(a.getId(), a.getName(), CardModels.shortName(a), r.summary(),
                r.keyPoints().stream().map(p -> new AnalysisCard.Point(p.text(), p.sectionId())).toList(), duties,
                r.obligations().size(), r.analyzer(), where));
    }

    /** The duties an analysis card shows (and offers as items): dated ones first, soonest first. */
    private static List<AnalysisResult.Obligation> shownDuties(AnalysisResult r) {
        return r.obligations().stream().sorted(Comparator.comparing((AnalysisResult.Obligation o) -> o.deadline() == null
                || o.deadline().due() == null ? LocalDate.MAX : o.deadline().due())).limit(8).toList();
    }

    /**
     * The duties a person ticked on an analysis card become action items under the executive action they chose,
     * assigned to them for triage and marked AI-assisted in the audit with the analyzer, section and quote.
     */
    private ObjectNode createItemsFromDuties(JsonNode data, Actor actor) {
        Long authorityId = number(data, "authorityId");
        Long actionId = number(data, "executiveActionId");
        if (authorityId == null || actionId == null) {
            return Cards.message("Choose the executive action the items belong to.");
        }
        Outcome<AnalysisResult> result = analysis.analyze(authorityId);
        if (!result.isDone()) {
            return refusal(result.refusal());
        }
        List<AnalysisResult.Obligation> duties = shownDuties(result.orElseThrow());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < duties.size(); i++) {
            if (!"true".equals(text(data, "duty" + i))) {
                continue;
            }
            AnalysisResult.Obligation o = duties.get(i);
            String subject = o.actor() + ": " + o.action();
            Outcome<ActionItem> item = items.create(new NewActionItem(subject.length() > 400
                    ? subject.substring(0, 399) + "…" : subject, "From " + o.sectionId() + ": \u201c" + o.quote()
                    + "\u201d", null, null, actor.personId(), null, null, actionId, null, null,
                    o.deadline() == null ? null : o.deadline().due(), null, null, 0), actor);
            if (!item.isDone()) {
                // all or nothing: the items already created go too
                throw undo(Cards.message("No items were created: " + item.refusal().message()));
            }
            audit.record(actor, "ActionItem", item.orElseThrow().getId(), "DRAFTED_FROM_ANALYSIS", null,
                    java.util.Map.of("analyzer", result.orElseThrow().analyzer(), "sectionId", o.sectionId(),
                            "quote", o.quote()), true);
            created.add(item.orElseThrow().getNumber());
        }
        return Cards.message(created.isEmpty() ? "No duty was selected; nothing was created."
                : "Created " + created.size() + " action item" + (created.size() == 1 ? "" : "s") + " assigned to you "
                        + "for triage: " + String.join(", ", created) + ". Each says which section it comes from; "
                        + "the audit marks them as drafted from the analysis.");
    }

    // ------------------------------------------------------------------ Planner sync (administrators)

    /** The items whose Planner sync failed, newest first, with "Retry all"; refused (and traced) for non-admins. */
    private ObjectNode syncFailures(Actor actor, Viewer viewer) {
        Outcome<List<ItemSyncStatus>> failed = sync.failures(PAGE + 1, 0, actor);
        if (!failed.isDone()) {
            return refusal(failed.refusal());
        }
        if (!viewer.personalChat()) {
            // the reasons name people and their licences: not for everyone reading along in a group or channel
            return Cards.message("Type \"sync failures\" in your 1:1 chat with me: the list names people and items.");
        }
        if (failed.orElseThrow().isEmpty() && !sync.configured()) {
            return Cards.message(PlannerSync.NOT_CONFIGURED + ": no item is mirrored to Planner.");
        }
        List<ItemSyncStatus> shown = failed.orElseThrow();
        return Cards.syncFailures(shown.stream().limit(PAGE).map(models::failureLine).toList(), shown.size() > PAGE);
    }

    /** "Retry all": the right is checked again here (a card can be forwarded), and the retry audited by graph-sync. */
    private ObjectNode retrySync(Actor actor) {
        Outcome<Integer> retried = sync.retry(List.of(), actor);
        if (!retried.isDone()) {
            return refusal(retried.refusal());
        }
        int n = retried.orElseThrow();
        return Cards.message(n == 0 ? "No item was waiting for a retry."
                : "Retrying " + n + " item" + (n == 1 ? "" : "s") + "; they sync to Planner in the next round. "
                        + "Type \"sync failures\" to see what is left.");
    }

    private ObjectNode help(Actor actor, String... intro) {
        ObjectNode card = Cards.help(actor.has(Role.MANAGER) || actor.isAdmin(), actor.has(Role.SECRETARIAT) || actor.isAdmin(),
                actor.isAdmin());
        if (intro.length > 0) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) card.withArray("body")).insertObject(0)
                    .put("type", "TextBlock").put("text", intro[0]).put("wrap", true);
        }
        return card;
    }

    // ------------------------------------------------------------------ helpers

    ObjectNode refusal(Refusal refusal) {
        return Cards.message(switch (refusal.kind()) {
            case NOT_FOUND -> "I couldn't find that. " + refusal.message();
            case FORBIDDEN -> "You don't have access to that. " + refusal.message();
            default -> refusal.message();
        });
    }

    private static Viewer viewer(Turn turn) {
        return new Viewer(turn.userMri(), turn.chat() != null && turn.chat().isPersonal());
    }

    private static String label(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A card's text field, stripped; null if absent or blank. Text with control characters is refused. */
    static String text(JsonNode data, String field) {
        JsonNode n = data == null ? null : data.get(field);
        if (n == null || n.isNull() || n.isContainerNode() || n.asText().isBlank()) {
            return null;
        }
        String t = n.asText().strip();
        String problem = Inputs.textProblem(t, true); // one-line or not is the domain's call
        if (problem != null) {
            throw new InvalidCardData(field, problem);
        }
        return t;
    }

    static Long number(JsonNode data, String field) {
        String t = text(data, field);
        try {
            return t == null ? null : Long.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A card's page number, 0 if absent, and never beyond {@link #MAX_PAGE}: offsets are page times page size. */
    static int page(JsonNode data) {
        Long n = number(data, "page");
        return n == null || n < 0 ? 0 : (int) Math.min(n, MAX_PAGE);
    }

    /** A card's date: null if absent; refused if it is no ISO date or outside 1900–2200. */
    static LocalDate date(JsonNode data, String field) {
        String t = text(data, field);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidCardData(field, "is not a date (YYYY-MM-DD)");
        }
        String problem = Inputs.dateProblem(d); // the domain's range, as REST has it
        if (problem != null) {
            throw new InvalidCardData(field, problem);
        }
        return d;
    }
}
