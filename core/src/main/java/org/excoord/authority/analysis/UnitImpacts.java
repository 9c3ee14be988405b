package org.excoord.authority.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.excoord.action.ActionCategory;
import org.excoord.authority.PlainText;
import org.excoord.authority.Scale;
import org.excoord.authority.analysis.AnalysisResult.Obligation;

/**
 * What an analysis means for one org unit, derived from its verified duties alone (so it costs no model tokens and
 * every finding keeps its section and quote): a duty addressed to every agency, or to an office whose name shares a
 * significant word with the unit's, is an impact on the unit; a dated duty is also a risk of missing the date, more
 * likely the shorter the time it leaves, unless the date had passed before the authority was imported (history).
 */
public final class UnitImpacts {

    /** One finding for the unit. {@code likelihood} is null for impacts. */
    public record Finding(Kind kind, Scale level, Scale likelihood, ActionCategory category, String rationale,
            String sectionId, String quote) {
    }

    public enum Kind {
        IMPACT, RISK
    }

    private static final int ACTION_CHARS = 140;
    private static final List<String> EVERY_AGENCY = List.of("head of each agency", "heads of agencies", "agencies",
            "each agency", "executive departments and agencies", "all agencies");
    private static final Set<String> NOT_SIGNIFICANT = Set.of("office", "of", "the", "and", "for", "division",
            "department", "chief", "officer", "bureau", "branch", "unit", "center", "services", "service", "administration");
    // first match wins: security before procurement before reporting …
    private static final List<Map.Entry<String, ActionCategory>> CATEGORY = List.of(
            Map.entry("cyber", ActionCategory.SECURITY_AND_SAFETY), Map.entry("secur", ActionCategory.SECURITY_AND_SAFETY),
            Map.entry("incident", ActionCategory.SECURITY_AND_SAFETY), Map.entry("safety", ActionCategory.SECURITY_AND_SAFETY),
            Map.entry("contract", ActionCategory.PROCUREMENT_AND_BUDGETING),
            Map.entry("procure", ActionCategory.PROCUREMENT_AND_BUDGETING),
            Map.entry("acquisition", ActionCategory.PROCUREMENT_AND_BUDGETING),
            Map.entry("budget", ActionCategory.PROCUREMENT_AND_BUDGETING),
            Map.entry("regulation", ActionCategory.REGULATORY_AND_COMPLIANCE),
            Map.entry("comply", ActionCategory.REGULATORY_AND_COMPLIANCE),
            Map.entry("guidance", ActionCategory.REGULATORY_AND_COMPLIANCE),
            Map.entry("report", ActionCategory.COMMUNICATION), Map.entry("publish", ActionCategory.COMMUNICATION),
            Map.entry("workforce", ActionCategory.HUMAN_RESOURCES), Map.entry("train", ActionCategory.HUMAN_RESOURCES),
            Map.entry("hire", ActionCategory.HUMAN_RESOURCES), Map.entry("plan", ActionCategory.PLANNING_AND_STRATEGY),
            Map.entry("strategy", ActionCategory.PLANNING_AND_STRATEGY));

    private UnitImpacts() {
    }

    /**
     * As {@link #of(AnalysisResult, String, String, LocalDate, LocalDate)} when the import date is not known: today
     * stands for it, so every deadline already past reads as history, never as a risk that cannot be substantiated.
     */
    public static List<Finding> of(AnalysisResult analysis, String unitName, String abbreviation, LocalDate today) {
        return of(analysis, unitName, abbreviation, today, today);
    }

    /**
     * What the analysis means for the unit. A deadline is <em>history</em> when it had already passed on the day the
     * authority was imported ({@code importedOn}): nobody could have acted on it through this system, so it is not a
     * risk of missing anything; what is left is to record whether it was met, and the duty's impact says so (a 2021
     * order imported in 2026 is all history). A deadline that passed after the import was missed while the order was
     * known: an overdue risk. Duties due on the same day share one risk, so no sentence is repeated per duty.
     *
     * @param unitName   the org unit's name ("Office of the Chief Information Officer")
     * @param today      the agency's today: how much time a dated duty still leaves
     * @param importedOn the day the authority entered the catalog, in the agency's time zone
     */
    public static List<Finding> of(AnalysisResult analysis, String unitName, String abbreviation, LocalDate today,
            LocalDate importedOn) {
        Set<String> words = significantWords(unitName);
        List<Finding> findings = new ArrayList<>();
        Map<LocalDate, List<Obligation>> dueOn = new TreeMap<>();
        Map<Obligation, Scale> levels = new HashMap<>();
        for (Obligation o : analysis.obligations()) {
            String actor = o.actor().toLowerCase(Locale.ROOT);
            boolean everyone = EVERY_AGENCY.stream().anyMatch(actor::contains);
            boolean named = words.stream().anyMatch(w -> actor.contains(w))
                    || (abbreviation != null && abbreviation.length() > 1
                    && o.actor().matches(".*\\b" + java.util.regex.Pattern.quote(abbreviation) + "\\b.*"));
            if (!everyone && !named) {
                continue;
            }
            LocalDate due = o.deadline() == null ? null : o.deadline().due();
            boolean history = due != null && due.isBefore(importedOn);
            Scale level = named ? Scale.HIGH : due != null && !history ? Scale.MEDIUM : Scale.LOW;
            if (history && named) {
                level = Scale.MEDIUM; // it concerns the unit, but only as a record to complete
            }
            String who = named ? "addressed to an office like yours (" + o.actor() + ")" : "applies to every agency";
            String when = due == null ? "." : history ? "; it was due " + PlainText.date(due)
                    + ", before the order was imported: record whether it was met." : ", due " + PlainText.date(due) + ".";
            // the action shortened at a word: the quote keeps the whole sentence, the card stays readable
            findings.add(new Finding(Kind.IMPACT, level, null, category(o.action()), "The duty to "
                    + PlainText.clipped(o.action(), ACTION_CHARS) + " " + who + when, o.sectionId(), o.quote()));
            if (due != null && !history) {
                dueOn.computeIfAbsent(due, d -> new ArrayList<>()).add(o);
                levels.put(o, level);
            }
        }
        dueOn.forEach((due, duties) -> findings.add(risk(due, duties, levels, today)));
        findings.sort(java.util.Comparator.comparing(Finding::level).thenComparing(f -> f.likelihood() == null
                ? Scale.LOW : f.likelihood()));
        return distinct(findings);
    }

    /** One risk for every duty due that day: the highest of their levels, their sections named. */
    private static Finding risk(LocalDate due, List<Obligation> duties, Map<Obligation, Scale> levels, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        Scale likelihood = days <= 30 ? Scale.HIGH : days <= 90 ? Scale.MEDIUM : Scale.LOW;
        Scale level = duties.stream().map(levels::get).min(java.util.Comparator.naturalOrder()).orElse(Scale.LOW);
        String of = duties.size() == 1 ? "" : " for " + duties.size() + " duties (" + sections(duties) + ")";
        String rationale = days < 0
                ? "The deadline of " + PlainText.date(due) + of + " passed " + (-days) + " days ago, after the order was imported: "
                        + "record whether it was met, or why not."
                : "Missing the deadline of " + PlainText.date(due) + of + ": " + days + (days == 1 ? " day remains." : " days remain.");
        Obligation first = duties.get(0);
        return new Finding(Kind.RISK, level, likelihood, category(first.action()), rationale, first.sectionId(),
                first.quote());
    }

    private static String sections(List<Obligation> duties) {
        List<String> ids = duties.stream().map(Obligation::sectionId).distinct().toList();
        return ids.size() <= 4 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 4)) + " and "
                + (ids.size() - 4) + " more";
    }

    /** Two duties of the same words (in different sections) are one finding, not the same sentence twice. */
    private static List<Finding> distinct(List<Finding> findings) {
        Map<String, Finding> byRationale = new LinkedHashMap<>();
        findings.forEach(f -> byRationale.putIfAbsent(f.kind() + f.rationale(), f));
        return new ArrayList<>(byRationale.values());
    }

    private static ActionCategory category(String action) {
        String a = action.toLowerCase(Locale.ROOT);
        return CATEGORY.stream().filter(e -> a.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(ActionCategory.PROGRAM_AND_PROJECT_MANAGEMENT);
    }

    private static Set<String> significantWords(String unitName) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : unitName.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 3 && !NOT_SIGNIFICANT.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
