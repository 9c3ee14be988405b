package org.excoord.authority.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.excoord.action.ActionCategory;
import org.excoord.authority.Scale;
import org.excoord.authority.analysis.AnalysisResult.Obligation;

/**
 * What an analysis means for one org unit, derived from its verified duties alone (so it costs no model tokens and
 * every finding keeps its section and quote): a duty addressed to every agency, or to an office whose name shares a
 * significant word with the unit's, is an impact on the unit; a dated duty is also a risk of missing the date, more
 * likely the shorter the time it leaves.
 */
public final class UnitImpacts {

    /** One finding for the unit. {@code likelihood} is null for impacts. */
    public record Finding(Kind kind, Scale level, Scale likelihood, ActionCategory category, String rationale,
            String sectionId, String quote) {
    }

    public enum Kind {
        IMPACT, RISK
    }

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
     * @param unitName the org unit's name ("Office of the Chief Information Officer")
     * @param today    the agency's today: how much time a dated duty still leaves
     */
    public static List<Finding> of(AnalysisResult analysis, String unitName, String abbreviation, LocalDate today) {
        Set<String> words = significantWords(unitName);
        List<Finding> findings = new ArrayList<>();
        for (Obligation o : analysis.obligations()) {
            String actor = o.actor().toLowerCase(Locale.ROOT);
            boolean everyone = EVERY_AGENCY.stream().anyMatch(actor::contains);
            boolean named = words.stream().anyMatch(w -> actor.contains(w))
                    || (abbreviation != null && abbreviation.length() > 1
                    && o.actor().matches(".*\\b" + java.util.regex.Pattern.quote(abbreviation) + "\\b.*"));
            if (!everyone && !named) {
                continue;
            }
            ActionCategory category = category(o.action());
            LocalDate due = o.deadline() == null ? null : o.deadline().due();
            Scale level = named ? Scale.HIGH : due != null ? Scale.MEDIUM : Scale.LOW;
            String who = named ? "addressed to an office like yours (" + o.actor() + ")" : "applies to every agency";
            findings.add(new Finding(Kind.IMPACT, level, null, category, "The duty to " + o.action() + " " + who
                    + (due == null ? "." : ", due " + due + "."), o.sectionId(), o.quote()));
            if (due != null) {
                long days = ChronoUnit.DAYS.between(today, due);
                Scale likelihood = days < 0 ? Scale.HIGH : days <= 30 ? Scale.HIGH : days <= 90 ? Scale.MEDIUM : Scale.LOW;
                String when = days < 0 ? "the date passed " + (-days) + " days ago" : days + " days remain";
                findings.add(new Finding(Kind.RISK, level, likelihood, category, "Missing the deadline of " + due
                        + " (" + when + ").", o.sectionId(), o.quote()));
            }
        }
        findings.sort(java.util.Comparator.comparing(Finding::level).thenComparing(f -> f.likelihood() == null
                ? Scale.LOW : f.likelihood()));
        return findings;
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
