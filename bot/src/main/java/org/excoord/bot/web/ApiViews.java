package org.excoord.bot.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.Comment;
import org.excoord.actionitem.RecentComment;
import org.excoord.actionitem.ItemVerb;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.authority.LegalAuthority;
import org.excoord.directory.Actor;
import org.excoord.directory.Directory;
import org.excoord.directory.Person;
import org.excoord.directory.Team;
import org.excoord.shared.ActionStatus;
import org.excoord.shared.ActionType;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.bot.planner.PlannerSync;
import org.excoord.graphsync.status.ItemSyncStatus;
import org.springframework.stereotype.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.excoord.action.ActionCategory;
import org.excoord.action.ExecutiveActionType;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.Receipt;
import org.excoord.actionitem.Progress;
import org.excoord.audit.AuditEntry;
import org.excoord.authority.Analysis;
import org.excoord.authority.AuthorityDetails;
import org.excoord.authority.AuthoritySection;
import org.excoord.authority.AuthorityStatus;
import org.excoord.authority.AuthorityType;
import org.excoord.authority.CrossReference;
import org.excoord.authority.CrossReferenceRelation;
import org.excoord.authority.Finding;
import org.excoord.authority.ImportResult;
import org.excoord.authority.Jurisdiction;
import org.excoord.authority.LegalAmendment;
import org.excoord.authority.Relevance;
import org.excoord.authority.Scale;
import org.excoord.authority.SubmissionType;
import org.excoord.correspondence.Correspondence;
import org.excoord.correspondence.CorrespondenceDetails;
import org.excoord.correspondence.RoutingEntry;
import org.excoord.correspondence.RoutingState;
import org.excoord.correspondence.RoutingStep;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Role;
import org.excoord.process.AssignTo;
import org.excoord.process.ProcessStep;
import org.excoord.process.ProcessTemplate;
import org.excoord.process.SubstepOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of the API, and their mapping from domain objects (names resolved, nothing lazy leaks). */
@Component
class ApiViews {

    private final Directory directory;
    private final ActionItemManagement items;
    private final ExecutiveActionManagement actions;
    private final AuthorityCatalog authorities;
    private final PlannerSync sync;

    ApiViews(Directory directory, ActionItemManagement items, ExecutiveActionManagement actions,
            AuthorityCatalog authorities, PlannerSync sync) {
        this.directory = directory;
        this.items = items;
        this.actions = actions;
        this.authorities = authorities;
        this.sync = sync;
    }

    record Ref(Long id, String name) {
    }

    /** @param sync the Planner sync state; null when the item has none (sync off, never marked) */
    record ItemSummary(Long id, String number, String subject, ActionStatus status, String statusLabel,
            Priority priority, LocalDate dueDate, boolean overdue, Ref assignee, Ref assigneeTeam,
            Long executiveActionId, long version, SyncView sync) {
    }

    /**
     * How far the item's Planner task is.
     *
     * @param reason why it FAILED, for its assignee, the managers of its unit and administrators; null otherwise
     */
    record SyncView(ItemSyncStatus.State state, String label, String taskUrl, String reason, Instant syncedAt,
            int attempts) {
    }

    record ItemDetails(Long id, String number, String subject, String details, ActionType type, ActionStatus status,
            String statusLabel, Priority priority, LocalDate startDate, LocalDate dueDate, boolean overdue,
            boolean paused, Ref assignee, Ref assigneeTeam, Ref orgUnit, Ref originator, Ref reviewer, Long parentId,
            Long predecessorId, String nextSteps, Trace trace, List<ItemVerb> allowedVerbs,
            List<CommentView> recentComments, Instant updatedAt, String updatedBy, long version, SyncView sync,
            LocalDate deferredUntil, DecisionView decision, Ref expectedReviewer) {
    }

    /**
     * The decision behind the item's status (approved, returned, cancelled or deferred): who, when, their words.
     * Null on items whose status is not someone's decision.
     */
    record DecisionView(Ref by, Instant at, String note) {
    }

    /** Where an item comes from: its executive action and that action's source authority. */
    record Trace(Long executiveActionId, String executiveActionNumber, String executiveActionName,
            SecurityClassification classification, Long authorityId, String authorityName, String executiveOrderNumber) {
    }

    record CommentView(Long id, Ref author, Comment.Kind kind, String body, Instant createdAt) {
    }

    /** The summaries of a list of items, with their sync states read in one batch (no query per item). */
    List<ItemSummary> summaries(List<ActionItem> list, Actor viewer) {
        LocalDate today = items.today();
        Map<Long, ItemSyncStatus> states = sync.of(list.stream().map(ActionItem::getId).toList());
        Map<Long, String> unitPaths = new HashMap<>();
        return list.stream().map(i -> summary(i, today, syncView(states.get(i.getId()), i, viewer, unitPaths)))
                .toList();
    }

    private ItemSummary summary(ActionItem i, LocalDate today, SyncView syncView) {
        return new ItemSummary(i.getId(), i.getNumber(), i.getSubject(), i.getStatus(), i.getStatus().label(),
                i.getPriority(), i.getDueDate(), i.isOverdue(today), person(i.getAssigneePersonId()),
                team(i.getAssigneeTeamId()), i.getExecutiveActionId(), i.getVersion(), syncView);
    }

    private SyncView syncView(ItemSyncStatus status, ActionItem item, Actor viewer, Map<Long, String> unitPaths) {
        if (status == null || status.state() == null) {
            return null;
        }
        String reason = status.state() == ItemSyncStatus.State.FAILED
                && sync.mayReadReason(item, viewer, unitPaths) ? status.reason() : null;
        return new SyncView(status.state(), status.state().label(), status.taskUrl(), reason, status.syncedAt(),
                status.attempts());
    }

    ItemDetails details(ActionItem i, Actor actor) {
        return new ItemDetails(i.getId(), i.getNumber(), i.getSubject(), i.getDetails(), i.getType(), i.getStatus(),
                i.getStatus().label(), i.getPriority(), i.getStartDate(), i.getDueDate(), i.isOverdue(items.today()),
                i.isPaused(), person(i.getAssigneePersonId()), team(i.getAssigneeTeamId()), orgUnit(i.getOrgUnitId()),
                person(i.getOriginatorId()), person(i.getReviewerId()), i.getParentId(), i.getPredecessorId(),
                i.getNextSteps(), trace(i.getExecutiveActionId(), actor), items.verbsNow(i, actor),
                items.recentComments(i.getId(), 5).stream().map(this::comment).toList(), i.getUpdatedAt(),
                i.getUpdatedBy(), i.getVersion(),
                syncView(sync.of(i.getId()).orElse(null), i, actor, new HashMap<>()), i.getDeferredUntil(),
                i.getDecidedAt() == null ? null : new DecisionView(person(i.getDecidedById()), i.getDecidedAt(),
                        i.getDecisionNote()),
                items.expectedReviewerOf(i).map(this::person).orElse(null));
    }

    CommentView comment(RecentComment c) {
        return new CommentView(c.id(), c.authorId() == null ? null : new Ref(c.authorId(), c.authorName()), c.kind(),
                c.body(), c.createdAt());
    }

    /** The trace as the viewer may see it: a classified action they may not see shows its number, not its title. */
    Trace trace(Long executiveActionId, Actor viewer) {
        org.excoord.action.ActionReference action = actions.reference(executiveActionId, viewer).orElse(null);
        if (action == null) {
            return null;
        }
        LegalAuthority authority = action.sourceAuthorityId() == null ? null
                : authorities.find(action.sourceAuthorityId()).orElse(null);
        return new Trace(action.id(), action.number(), action.name(), action.classification(),
                authority == null ? null : authority.getId(), authority == null ? null : authority.getName(),
                authority == null ? null : authority.getExecutiveOrderNumber());
    }

    Ref person(Long id) {
        return directory.person(id).map(p -> new Ref(p.getId(), p.getDisplayName())).orElse(null);
    }

    Ref team(Long id) {
        return directory.team(id).map(t -> new Ref(t.getId(), t.getName())).orElse(null);
    }

    Ref orgUnit(Long id) {
        return directory.orgUnit(id).map(u -> new Ref(u.getId(), u.getName())).orElse(null);
    }

    static Ref ref(Person p) {
        return new Ref(p.getId(), p.getDisplayName());
    }

    static Ref ref(Team t) {
        return new Ref(t.getId(), t.getName());
    }

    // ------------------------------------------------------------------ shared shapes

    /** A page of results. {@code totalElements} is null when the page was filtered by what the caller may see. */
    record PageView<T>(List<T> content, int page, int size, boolean hasNext, Long totalElements) {
    }

    // ------------------------------------------------------------------ directory

    record Me(Long id, String upn, String displayName, String email, String jobTitle, Ref orgUnit, Ref manager,
            Set<Role> roles, String timeZone, List<Ref> managedOrgUnits, List<Ref> teams) {
    }

    record PersonSummary(Long id, String displayName, String upn, String email, String jobTitle, Ref orgUnit,
            boolean active) {
    }

    record PersonDetails(Long id, String displayName, String upn, String email, String jobTitle, Ref orgUnit,
            Ref manager, Set<Role> roles, String timeZone, boolean active) {
    }

    record OrgUnitView(Long id, String name, String abbreviation, String orgCode, String unitType, Long parentId,
            Ref manager, String path) {
    }

    record OrgUnitDetails(Long id, String name, String abbreviation, String orgCode, String unitType, Ref parent,
            Ref manager, String path, List<PersonSummary> people) {
    }

    Me me(Person p, Actor actor) {
        List<Ref> managed = directory.orgUnitTree().stream().filter(u -> p.getId().equals(u.getManagerId()))
                .map(u -> new Ref(u.getId(), u.getName())).toList();
        List<Ref> teams = actor.teamIds().stream().sorted().map(this::team).filter(java.util.Objects::nonNull).toList();
        return new Me(p.getId(), p.getUpn(), p.getDisplayName(), p.getEmail(), p.getJobTitle(), orgUnit(p.getOrgUnitId()),
                directory.managerOf(p).map(ApiViews::ref).orElse(null), p.getRoles(), p.getTimeZone().getId(), managed,
                teams);
    }

    PersonSummary personSummary(Person p) {
        return new PersonSummary(p.getId(), p.getDisplayName(), p.getUpn(), p.getEmail(), p.getJobTitle(),
                orgUnit(p.getOrgUnitId()), p.isActive());
    }

    PersonDetails personDetails(Person p) {
        return new PersonDetails(p.getId(), p.getDisplayName(), p.getUpn(), p.getEmail(), p.getJobTitle(),
                orgUnit(p.getOrgUnitId()), directory.managerOf(p).map(ApiViews::ref).orElse(null), p.getRoles(),
                p.getTimeZone().getId(), p.isActive());
    }

    /** The whole tree in path order; each manager is looked up once. */
    List<OrgUnitView> orgUnits(List<OrgUnit> units) {
        Map<Long, Ref> managers = new HashMap<>();
        return units.stream().map(u -> new OrgUnitView(u.getId(), u.getName(), u.getAbbreviation(), u.getOrgCode(),
                u.getUnitType(), u.getParentId(), u.getManagerId() == null ? null
                        : managers.computeIfAbsent(u.getManagerId(), this::person), u.getPath())).toList();
    }

    OrgUnitDetails orgUnitDetails(OrgUnit u, List<Person> people) {
        return new OrgUnitDetails(u.getId(), u.getName(), u.getAbbreviation(), u.getOrgCode(), u.getUnitType(),
                orgUnit(u.getParentId()), person(u.getManagerId()), u.getPath(),
                people.stream().map(this::personSummary).toList());
    }

    // ------------------------------------------------------------------ authorities

    record AuthoritySummary(Long id, String name, AuthorityType type, AuthorityStatus status, Jurisdiction jurisdiction,
            String executiveOrderNumber, String documentNumber, String citation, LocalDate signingDate,
            Integer sectionCount) {
    }

    record AuthorityView(Long id, String name, AuthorityType type, AuthorityStatus status, Jurisdiction jurisdiction,
            String executiveOrderNumber, String documentNumber, String citation, String issuingBody,
            LocalDate signingDate, LocalDate effectiveDate, LocalDate expirationDate, String summary,
            String dispositionNotes, String tags, String sourceUrl, String contentHash, Instant createdAt,
            Instant updatedAt, long version, List<SectionView> sections, List<ReferenceView> references,
            List<ReferenceView> referencedBy, List<AmendmentView> amendments) {
    }

    record SectionView(String sectionId, String parentSectionId, int level, String heading, String text) {
    }

    record ReferenceView(Long fromAuthorityId, String toCitation, String toExecutiveOrderNumber, Long toAuthorityId,
            CrossReferenceRelation relation, String sectionId, String context) {
    }

    record AmendmentView(Long id, Long amendingAuthorityId, String name, LocalDate amendmentDate,
            SubmissionType submissionType, String summaryOfChange) {
    }

    record ImportView(ImportResult.Outcome outcome, int sections, int crossReferences, AuthoritySummary authority) {
    }

    /** A short reference to an authority, for the records that cite one. */
    record AuthorityRef(Long id, String name, String executiveOrderNumber) {
    }

    record AnalysisView(Long id, String name, Long authorityId, Ref orgUnit, Ref poc, ActionStatus status,
            LocalDate analysisFrom, LocalDate analysisTo, String summary, String details, Instant createdAt,
            long version) {
    }

    /** An impact or a risk item (they have the same shape). */
    record FindingView(Long id, String name, Long authorityId, Long analysisId, Ref orgUnit, String generalCategory,
            Scale level, Scale likelihood, Relevance relevance, String description, String mitigationPlan,
            LocalDate targetDate, ActionStatus status, Instant createdAt, long version) {
    }

    AuthoritySummary authoritySummary(LegalAuthority a, Integer sectionCount) {
        return new AuthoritySummary(a.getId(), a.getName(), a.getType(), a.getStatus(), a.getJurisdiction(),
                a.getExecutiveOrderNumber(), a.getDocumentNumber(), a.getCitation(), a.getSigningDate(), sectionCount);
    }

    AuthorityView authority(AuthorityDetails d) {
        LegalAuthority a = d.authority();
        return new AuthorityView(a.getId(), a.getName(), a.getType(), a.getStatus(), a.getJurisdiction(),
                a.getExecutiveOrderNumber(), a.getDocumentNumber(), a.getCitation(), a.getIssuingBody(),
                a.getSigningDate(), a.getEffectiveDate(), a.getExpirationDate(), a.getSummary(),
                a.getDispositionNotes(), a.getTags(), a.getSourceUrl(), a.getContentHash(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getVersion(), d.sections().stream().map(ApiViews::section).toList(),
                d.references().stream().map(ApiViews::reference).toList(),
                d.referencedBy().stream().map(ApiViews::reference).toList(),
                d.amendments().stream().map(ApiViews::amendment).toList());
    }

    static SectionView section(AuthoritySection s) {
        return new SectionView(s.getSectionId(), s.getParentSectionId(), s.getLevel(), s.getHeading(), s.getText());
    }

    static ReferenceView reference(CrossReference r) {
        return new ReferenceView(r.getFromAuthorityId(), r.getToCitation(), r.getToExecutiveOrderNumber(),
                r.getToAuthorityId(), r.getRelation(), r.getSectionId(), r.getContext());
    }

    static AmendmentView amendment(LegalAmendment m) {
        return new AmendmentView(m.getId(), m.getAmendingAuthorityId(), m.getName(), m.getAmendmentDate(),
                m.getSubmissionType(), m.getSummaryOfChange());
    }

    ImportView imported(ImportResult result) {
        return new ImportView(result.outcome(), result.sections(), result.crossReferences(),
                authoritySummary(result.authority(), result.sections()));
    }

    AuthorityRef authorityRef(Long id) {
        return authorities.find(id).map(a -> new AuthorityRef(a.getId(), a.getName(), a.getExecutiveOrderNumber()))
                .orElse(null);
    }

    AnalysisView analysis(Analysis a) {
        return new AnalysisView(a.getId(), a.getName(), a.getAuthorityId(), orgUnit(a.getOrgUnitId()),
                person(a.getPocId()), a.getStatus(), a.getAnalysisFrom(), a.getAnalysisTo(), a.getSummary(),
                a.getDetails(), a.getCreatedAt(), a.getVersion());
    }

    FindingView finding(Finding f) {
        return new FindingView(f.getId(), f.getName(), f.getAuthorityId(), f.getAnalysisId(), orgUnit(f.getOrgUnitId()),
                f.getGeneralCategory(), f.getLevel(), f.getLikelihood(), f.getRelevance(), f.getDescription(),
                f.getMitigationPlan(), f.getTargetDate(), f.getStatus(), f.getCreatedAt(), f.getVersion());
    }

    // ------------------------------------------------------------------ executive actions and processes

    record ActionTypeView(Long id, String name, String description, ActionCategory category, String categoryLabel) {
    }

    record ReceiptView(Instant receivedAt, MethodOfReceipt method, String fromPerson, String fromOrganization,
            Ref receivingOrgUnit) {
    }

    record ProgressView(Map<ActionStatus, Long> byStatus, long total, long complete, long overdue,
            int percentComplete, LocalDate nextDue) {
    }

    record ActionSummary(Long id, String number, String name, ActionCategory category, String categoryLabel,
            Priority priority, SecurityClassification classification, ActionStatus status, String statusLabel,
            LocalDate dueDate, Ref owner, boolean received, long version) {
    }

    record ActionDetails(Long id, String number, String name, String description, ActionCategory category,
            String categoryLabel, Ref type, Priority priority, SecurityClassification classification,
            String classificationLabel, ActionStatus status, String statusLabel, LocalDate dueDate, Ref owner,
            Long parentId, AuthorityRef sourceAuthority, Long sourceAnalysisId, Long sourceImpactId,
            Long sourceRiskId, String outcomeSummary, ReceiptView receipt, ProgressView progress,
            List<ItemSummary> items, List<ActionSummary> subActions, boolean mayChange, Instant createdAt,
            Instant updatedAt, String updatedBy, long version) {
    }

    record StartedProcessView(ItemSummary primary, List<ItemSummary> items) {
    }

    record ProcessTemplateView(Long id, String name, String description, SubstepOrder substepOrder,
            List<ProcessStepView> steps) {
    }

    record ProcessStepView(Long id, String name, ActionType type, int order, SubstepOrder substepOrder,
            int dueOffsetDays, AssignTo assignTo, Ref assigneePerson, Ref assigneeTeam, String details,
            List<ProcessStepView> children) {
    }

    static ActionTypeView actionType(ExecutiveActionType t) {
        return new ActionTypeView(t.getId(), t.getName(), t.getDescription(), t.getCategory(),
                t.getCategory() == null ? null : t.getCategory().label());
    }

    ReceiptView receipt(Receipt r) {
        if (r == null || (r.receivedAt() == null && r.method() == null && r.fromPerson() == null
                && r.fromOrganization() == null && r.receivingOrgUnitId() == null)) {
            return null;
        }
        return new ReceiptView(r.receivedAt(), r.method(), r.fromPerson(), r.fromOrganization(),
                orgUnit(r.receivingOrgUnitId()));
    }

    static ProgressView progress(Progress p) {
        return new ProgressView(p.byStatus(), p.total(), p.complete(), p.overdue(), p.percentComplete(), p.nextDue());
    }

    ActionSummary actionSummary(ExecutiveAction a) {
        return new ActionSummary(a.getId(), a.getNumber(), a.getName(), a.getCategory(),
                a.getCategory() == null ? null : a.getCategory().label(), a.getPriority(), a.getClassification(),
                a.getStatus(), a.getStatus().label(), a.getDueDate(), person(a.getOwnerId()), a.isReceived(),
                a.getVersion());
    }

    /**
     * The details of an action the actor may see: its items are the ones the actor may see as well (the roll-up
     * counts all of them), its sub-actions likewise.
     */
    ActionDetails actionDetails(ExecutiveAction a, Actor actor, List<ExecutiveAction> visibleSubActions) {
        Ref type = a.getTypeId() == null ? null : actions.types().stream().filter(t -> t.getId().equals(a.getTypeId()))
                .findFirst().map(t -> new Ref(t.getId(), t.getName())).orElse(null);
        List<ItemSummary> visibleItems = summaries(items.visibleItemsOf(a.getId(), actor), actor);
        return new ActionDetails(a.getId(), a.getNumber(), a.getName(), a.getDescription(), a.getCategory(),
                a.getCategory() == null ? null : a.getCategory().label(), type, a.getPriority(), a.getClassification(),
                a.getClassification().label(), a.getStatus(), a.getStatus().label(), a.getDueDate(),
                person(a.getOwnerId()), a.getParentId(),
                a.getSourceAuthorityId() == null ? null : authorityRef(a.getSourceAuthorityId()),
                a.getSourceAnalysisId(), a.getSourceImpactId(), a.getSourceRiskId(), a.getOutcomeSummary(),
                receipt(a.getReceipt()), progress(items.progressOf(a.getId())), visibleItems,
                visibleSubActions.stream().map(this::actionSummary).toList(), actions.mayChange(a, actor),
                a.getCreatedAt(), a.getUpdatedAt(), a.getUpdatedBy(), a.getVersion());
    }

    ProcessTemplateView template(ProcessTemplate t, List<ProcessStep> steps) {
        Map<Long, List<ProcessStep>> childrenOf = new LinkedHashMap<>();
        for (ProcessStep step : steps) {
            childrenOf.computeIfAbsent(step.getParentStepId() == null ? 0L : step.getParentStepId(),
                    k -> new ArrayList<>()).add(step);
        }
        return new ProcessTemplateView(t.getId(), t.getName(), t.getDescription(), t.getSubstepOrder(),
                stepTree(0L, childrenOf, 0));
    }

    private List<ProcessStepView> stepTree(Long parent, Map<Long, List<ProcessStep>> childrenOf, int depth) {
        if (depth > 20) { // a cycle in hand-edited data must not overflow the stack
            return List.of();
        }
        return childrenOf.getOrDefault(parent, List.of()).stream().map(s -> new ProcessStepView(s.getId(), s.getName(),
                s.getType(), s.getOrder(), s.getSubstepOrder(), s.getDueOffsetDays(), s.getAssignTo(),
                person(s.getAssigneePersonId()), team(s.getAssigneeTeamId()), s.getDetails(),
                stepTree(s.getId(), childrenOf, depth + 1))).toList();
    }

    // ------------------------------------------------------------------ correspondence

    record CorrespondenceSummary(Long id, String referenceNumber, RoutingState state, String subject,
            String executiveActionNumber, Priority priority, SecurityClassification classification,
            LocalDate dueDate, Instant receivedAt, String receivedFrom, Ref routedOrgUnit, Ref assignedPerson,
            long version) {
    }

    record CorrespondenceView(Long id, String referenceNumber, RoutingState state, Ref routedOrgUnit,
            Ref assignedPerson, Instant acknowledgedAt, Ref acknowledgedBy, Instant resolvedAt, String resolution,
            long version, CorrespondenceAction executiveAction, List<RoutingEntryView> history) {
    }

    /** The executive action behind a piece of correspondence. */
    record CorrespondenceAction(Long id, String number, String name, String description, ActionStatus status,
            String statusLabel, Priority priority, SecurityClassification classification, String classificationLabel,
            LocalDate dueDate, Ref type, Ref owner, ReceiptView receipt, AuthorityRef sourceAuthority,
            String outcomeSummary, long version) {
    }

    record RoutingEntryView(Long id, Instant occurredAt, RoutingStep step, Ref actor, Ref orgUnit, Ref person,
            String note) {
    }

    CorrespondenceSummary correspondenceSummary(Correspondence c, ExecutiveAction a) {
        Receipt r = a == null ? null : a.getReceipt();
        String from = r == null ? null : r.fromPerson() != null && r.fromOrganization() != null
                ? r.fromPerson() + ", " + r.fromOrganization() : r.fromPerson() != null ? r.fromPerson() : r.fromOrganization();
        return new CorrespondenceSummary(c.getExecutiveActionId(), c.getReferenceNumber(), c.getState(),
                a == null ? null : a.getName(), a == null ? null : a.getNumber(), a == null ? null : a.getPriority(),
                a == null ? null : a.getClassification(), a == null ? null : a.getDueDate(),
                r == null ? null : r.receivedAt(), from, orgUnit(c.getRoutedOrgUnitId()), person(c.getAssignedPersonId()),
                c.getVersion());
    }

    CorrespondenceView correspondence(CorrespondenceDetails d) {
        Correspondence c = d.correspondence();
        ExecutiveAction a = d.action();
        Ref type = a.getTypeId() == null ? null : actions.types().stream().filter(t -> t.getId().equals(a.getTypeId()))
                .findFirst().map(t -> new Ref(t.getId(), t.getName())).orElse(null);
        CorrespondenceAction action = new CorrespondenceAction(a.getId(), a.getNumber(), a.getName(),
                a.getDescription(), a.getStatus(), a.getStatus().label(), a.getPriority(), a.getClassification(),
                a.getClassification().label(), a.getDueDate(), type, person(a.getOwnerId()), receipt(a.getReceipt()),
                a.getSourceAuthorityId() == null ? null : authorityRef(a.getSourceAuthorityId()),
                a.getOutcomeSummary(), a.getVersion());
        return new CorrespondenceView(c.getExecutiveActionId(), c.getReferenceNumber(), c.getState(),
                orgUnit(c.getRoutedOrgUnitId()), person(c.getAssignedPersonId()), c.getAcknowledgedAt(),
                person(c.getAcknowledgedById()), c.getResolvedAt(), c.getResolution(), c.getVersion(), action,
                d.history().stream().map(this::routingEntry).toList());
    }

    RoutingEntryView routingEntry(RoutingEntry e) {
        return new RoutingEntryView(e.getId(), e.getOccurredAt(), e.getStep(), person(e.getActorId()),
                orgUnit(e.getOrgUnitId()), person(e.getPersonId()), e.getNote());
    }

    // ------------------------------------------------------------------ audit

    /** One audit row; {@code before} and {@code after} are the changed fields as JSON objects. */
    record AuditEntryView(long id, Instant occurredAt, Long actorId, String actorLabel, String recordType,
            String recordId, String action, Object before, Object after, boolean aiAssisted) {
    }

    private static final JsonMapper AUDIT_JSON = JsonMapper.shared();

    static AuditEntryView audit(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actorId(), e.actorLabel(), e.recordType(), e.recordId(),
                e.action(), parse(e.before()), parse(e.after()), e.aiAssisted());
    }

    private static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return AUDIT_JSON.readTree(json);
        } catch (JacksonException e) {
            return json; // the database only holds jsonb, so this cannot happen; keep the text rather than fail
        }
    }
}
