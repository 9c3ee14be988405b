package org.excoord.authority;

import org.excoord.shared.Inputs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.Role;
import org.excoord.shared.Outcome;
import org.excoord.shared.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports authorities and answers questions about them. Importing parses the text into sections, records
 * the references it makes to other authorities (linking them once both are present) and turns "is amended"
 * / "is revoked" references into amendment records of the target.
 */
@Service
@Transactional(readOnly = true)
public class AuthorityCatalog {

    /** Large enough for the longest real orders (EO 14110 is 136 KB) with a wide margin. */
    static final int MAX_TEXT_LENGTH = 2_000_000;
    private static final String RECORD = "LegalAuthority";
    static final int MAX_NOTES = 10_000;

    private final LegalAuthorityRepository authorities;
    private final AuthoritySectionRepository sections;
    private final CrossReferenceRepository references;
    private final LegalAmendmentRepository amendments;
    private final AuthorityTextRepository texts;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthorityTextParser parser = new AuthorityTextParser();

    public AuthorityCatalog(LegalAuthorityRepository authorities, AuthoritySectionRepository sections,
            CrossReferenceRepository references, LegalAmendmentRepository amendments, AuthorityTextRepository texts,
            AuditLog audit, Clock clock) {
        this.texts = texts;
        this.authorities = authorities;
        this.sections = sections;
        this.references = references;
        this.amendments = amendments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Imports a text; only administrators and the secretariat may. Audited; idempotent for the same text. */
    @Transactional
    public Outcome<ImportResult> importText(ImportAuthority command, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            return Outcome.refused(Refusal.forbidden("only the secretariat or an administrator may import authorities"));
        }
        String text = command.text();
        if (text == null || text.isBlank()) {
            return Outcome.refused(Refusal.invalid("text", "the authority text is empty"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Outcome.refused(Refusal.invalid("text", "the authority text is longer than " + MAX_TEXT_LENGTH + " characters"));
        }
        Refusal invalid = Inputs.check(command);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        ParsedAuthority parsed = parser.parse(text);
        String hash = sha256(parsed.body());
        Optional<LegalAuthority> same = authorities.findByContentHash(hash);
        if (same.isPresent()) {
            LegalAuthority existing = same.get();
            return Outcome.done(new ImportResult(existing, ImportResult.Outcome.UNCHANGED,
                    sections.findByAuthorityIdOrderByOrdinal(existing.getId()).size(),
                    references.findByFromAuthorityIdOrderById(existing.getId()).size()));
        }
        Optional<LegalAuthority> known = findSameDocument(parsed);
        LegalAuthority authority;
        ImportResult.Outcome outcome;
        Map<String, Object> before = null;
        if (known.isPresent()) {
            authority = known.get();
            before = authority.auditSnapshot();
            authority.textReplaced(hash, clock.instant());
            sections.deleteByAuthorityId(authority.getId());
            references.deleteByFromAuthorityId(authority.getId());
            outcome = ImportResult.Outcome.REPLACED;
        } else {
            AuthorityType type = command.type() != null ? command.type()
                    : parsed.executiveOrderNumber() != null ? AuthorityType.EXECUTIVE_ORDER : AuthorityType.GUIDANCE;
            authority = new LegalAuthority(truncate(firstNonBlank(command.name(), parsed.title(), "Untitled authority"), 850),
                    type, command.jurisdiction() != null ? command.jurisdiction() : Jurisdiction.FEDERAL,
                    hash, clock.instant());
            outcome = ImportResult.Outcome.CREATED;
        }
        String issuingBody = firstNonBlank(command.issuingBody(), authority.getIssuingBody(),
                parsed.executiveOrderNumber() != null ? "The President" : null);
        authority.describe(parsed.citation(), parsed.documentNumber(), parsed.executiveOrderNumber(), issuingBody,
                parsed.signingDate(), firstNonBlank(command.sourceUrl(), authority.getSourceUrl(), null));
        if (command.tags() != null) {
            authority.summarize(authority.getSummary(), command.tags());
        }
        authority = authorities.saveAndFlush(authority);
        Long id = authority.getId();
        texts.save(new AuthorityText(id, parsed.body()));
        sections.saveAll(parsed.sections().stream().map(s -> new AuthoritySection(id, s)).toList());
        int refs = recordReferences(authority, parsed.citations());
        if (outcome == ImportResult.Outcome.CREATED) {
            amendments.save(new LegalAmendment(id, null, "Original: " + authority.getName(), authority.getSigningDate(),
                    SubmissionType.ORIGINAL, null));
            linkReferencesWaitingFor(authority);
        }
        audit.record(actor, RECORD, id, outcome == ImportResult.Outcome.CREATED ? "IMPORTED" : "TEXT_REPLACED", before,
                authority.auditSnapshot());
        return Outcome.done(new ImportResult(authority, outcome, parsed.sections().size(), refs));
    }

    public Page<LegalAuthority> search(String text, Pageable page) {
        return authorities.search(text == null ? "" : text.trim(), page);
    }

    public Optional<LegalAuthority> find(Long id) {
        return authorities.findById(id);
    }

    /** The text of an authority, as it was imported. */
    public Optional<String> fullText(Long authorityId) {
        return texts.findById(authorityId).map(AuthorityText::getFullText);
    }

    /** Finds an authority by id, executive order number ("14028", "EO 14028") or document number. */
    public Optional<LegalAuthority> findByReference(String reference) {
        String ref = reference == null ? "" : reference.trim();
        String number = ref.replaceFirst("(?i)^(E\\.?O\\.?|executive order)\\s*", "");
        Optional<LegalAuthority> byEo = authorities.findByExecutiveOrderNumber(number);
        if (byEo.isPresent()) {
            return byEo;
        }
        Optional<LegalAuthority> byDoc = authorities.findFirstByDocumentNumber(ref);
        if (byDoc.isPresent() || !ref.matches("\\d{1,18}")) {
            return byDoc;
        }
        return authorities.findById(Long.valueOf(ref));
    }

    public Optional<AuthorityDetails> details(Long id) {
        return authorities.findById(id).map(a -> new AuthorityDetails(a, sections.findByAuthorityIdOrderByOrdinal(id),
                references.findByFromAuthorityIdOrderById(id), references.findByToAuthorityIdOrderById(id),
                amendments.findByAuthorityIdOrderByAmendmentDate(id)));
    }

    public Optional<AuthoritySection> section(Long authorityId, String sectionId) {
        return sections.findByAuthorityIdAndSectionId(authorityId, sectionId);
    }

    /** Marks an authority repealed or superseded, with a disposition note; audited. */
    @Transactional
    public Outcome<LegalAuthority> changeStatus(Long id, AuthorityStatus status, String notes, Actor actor) {
        if (!actor.isAdmin() && !actor.has(Role.SECRETARIAT)) {
            return Outcome.refused(Refusal.forbidden("only the secretariat or an administrator may change an authority's status"));
        }
        Optional<LegalAuthority> found = authorities.findById(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no authority " + id));
        }
        Refusal invalid = Inputs.text("notes", notes, MAX_NOTES, true);
        if (invalid != null) {
            return Outcome.refused(invalid);
        }
        LegalAuthority authority = found.get();
        Map<String, Object> before = authority.auditSnapshot();
        authority.changeStatus(status, notes, authority.getExpirationDate(), clock.instant());
        audit.record(actor, RECORD, id, "STATUS_CHANGED", before, authority.auditSnapshot());
        return Outcome.done(authority);
    }

    private Optional<LegalAuthority> findSameDocument(ParsedAuthority parsed) {
        if (parsed.executiveOrderNumber() != null) {
            return authorities.findByExecutiveOrderNumber(parsed.executiveOrderNumber());
        }
        if (parsed.documentNumber() != null) {
            return authorities.findFirstByDocumentNumber(parsed.documentNumber());
        }
        return Optional.empty();
    }

    private int recordReferences(LegalAuthority from, List<CitedAuthority> cited) {
        for (CitedAuthority c : cited) {
            CrossReference ref = new CrossReference(from.getId(), "Executive Order " + c.executiveOrderNumber(),
                    c.executiveOrderNumber(), relationOf(c.relation()), c.sectionId(), c.context());
            authorities.findByExecutiveOrderNumber(c.executiveOrderNumber()).ifPresent(target -> {
                ref.linkTo(target.getId());
                recordAmendment(from, target, ref);
            });
            references.save(ref);
        }
        return cited.size();
    }

    /** References imported earlier that cite this authority are linked now, in either import order. */
    private void linkReferencesWaitingFor(LegalAuthority target) {
        if (target.getExecutiveOrderNumber() == null) {
            return;
        }
        references.flush();
        references.linkPending(target.getExecutiveOrderNumber(), target.getId());
        for (CrossReference ref : references.findByToAuthorityIdOrderById(target.getId())) {
            authorities.findById(ref.getFromAuthorityId()).ifPresent(from -> recordAmendment(from, target, ref));
        }
    }

    private void recordAmendment(LegalAuthority from, LegalAuthority target, CrossReference ref) {
        SubmissionType type = switch (ref.getRelation()) {
            case AMENDS -> SubmissionType.AMENDMENT;
            case REPEALS -> SubmissionType.REPEAL;
            default -> null;
        };
        if (type == null) {
            return;
        }
        String label = from.getExecutiveOrderNumber() != null ? "Executive Order " + from.getExecutiveOrderNumber()
                : from.getName();
        amendments.save(new LegalAmendment(target.getId(), from.getId(),
                (type == SubmissionType.REPEAL ? "Revoked by " : "Amended by ") + label, from.getSigningDate(), type,
                ref.getContext()));
    }

    private static CrossReferenceRelation relationOf(CitedAuthority.Relation relation) {
        return switch (relation) {
            case AMENDS -> CrossReferenceRelation.AMENDS;
            case REPEALS -> CrossReferenceRelation.REPEALS;
            case CITES -> CrossReferenceRelation.CITES;
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String firstNonBlank(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        if (b != null && !b.isBlank()) {
            return b.trim();
        }
        return c;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
