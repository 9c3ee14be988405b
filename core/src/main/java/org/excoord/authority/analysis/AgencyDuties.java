package org.excoord.authority.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which duties of an authority are this agency's: those addressed to it by one of its names (the agency, its head,
 * its offices: "the Secretary of Homeland Security", "the Director of CISA"), alone or jointly with another
 * ("the Secretary of Defense and the Secretary of Homeland Security"), and those addressed to every agency ("each
 * agency", "agencies", "the head of each agency", "FCEB agencies"). A duty for the agencies that meet a condition
 * ("each agency with a fleet comprising at least 20 vehicles", "the heads of agencies whom the Director identifies")
 * is offered too, as {@link Addressee#SOME_AGENCIES}: only a person can tell whether the condition holds. Everything
 * else (another department, "the Federal Government", a contractor, a sentence fragment) is not this agency's.
 *
 * <p>Pure: the names come in, so it is tested on the sample orders' actors without a database.
 */
public final class AgencyDuties {

    /** To whom a duty is addressed, seen from this agency. */
    public enum Addressee {
        /** This agency by one of its names. */
        THIS_AGENCY,
        /** Every agency. */
        EVERY_AGENCY,
        /** Every agency that meets a condition the text states. */
        SOME_AGENCIES,
        /** Someone else. */
        OTHER;

        public boolean applies() {
            return this != OTHER;
        }
    }

    /** An org unit as far as matching an actor goes. */
    public record Unit(Long id, String name, String abbreviation) {
    }

    // "the", "the heads of", "each", "all", "every" … then the agency noun; FCEB and Federal name every civilian agency
    private static final Pattern EVERY = Pattern.compile("^(?:(?:the )?heads? of )?(?:(?:all|each|every) )?"
            + "(?:(?:fceb|federal|executive departments and) )?agenc(?:y|ies)(?: heads?)?(.*)$");
    // an office of every agency: "the Chief Information Officer of each agency", "the Chief Data Officers of agencies"
    private static final Pattern OFFICE_OF_EVERY = Pattern.compile("^(?:the )?(?!heads? )[\\p{L} .'-]{2,80}? of "
            + "(?:(?:all|each|every) )?(?:fceb |federal )?agenc(?:y|ies)$");
    // "each agency head", "executive departments and agencies (agencies)": nothing left means every agency
    private static final Pattern NO_CONDITION = Pattern.compile("^(?:\\s*\\(agencies\\))?$");
    // qualified agency nouns ("the heads of relevant agencies", "such agencies"): some agencies at most
    private static final Pattern QUALIFIED = Pattern.compile("^(?:(?:the )?heads? of )?(?:(?:all|each|every|the) )?"
            + "(?:fceb |federal )?(?:relevant|principal|such|these|covered|appropriate|participating) (?:fceb )?"
            + "agenc(?:y|ies)\\b.*$|^(?:the )?agency(?: head)?$");
    // joint actors: "the Secretary of State and the Secretary of Homeland Security", "the APST and the heads of agencies"
    private static final Pattern JOINT = Pattern.compile(",?\\s+and\\s+(?=the\\s)", Pattern.CASE_INSENSITIVE);

    private final List<Pattern> names;

    /**
     * @param name    the agency's name ("Department of Homeland Security"); may be null when only aliases are known
     * @param aliases its other names, its head and its offices ("DHS", "Secretary of Homeland Security", "CISA")
     */
    public AgencyDuties(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            all.add(name.strip());
        }
        if (aliases != null) {
            aliases.stream().filter(Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty()).forEach(all::add);
        }
        // longest first, so "Secretary of Homeland Security" is tried before "Homeland Security"
        this.names = all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(AgencyDuties::named).toList();
    }

    /** To whom a duty with this actor ("the head of each agency") is addressed, seen from this agency. */
    public Addressee addressee(String actor) {
        if (actor == null || actor.isBlank()) {
            return Addressee.OTHER;
        }
        Addressee best = Addressee.OTHER;
        for (String part : JOINT.split(actor.strip())) {
            Addressee a = partAddressee(part.strip());
            if (a.ordinal() < best.ordinal()) {
                best = a;
            }
        }
        return best;
    }

    private Addressee partAddressee(String part) {
        if (names.stream().anyMatch(n -> n.matcher(part).find())) {
            return Addressee.THIS_AGENCY;
        }
        String lower = part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (OFFICE_OF_EVERY.matcher(lower).matches()) {
            return Addressee.EVERY_AGENCY;
        }
        Matcher every = EVERY.matcher(lower);
        if (every.matches()) {
            return NO_CONDITION.matcher(every.group(1)).matches() ? Addressee.EVERY_AGENCY : Addressee.SOME_AGENCIES;
        }
        return QUALIFIED.matcher(lower).matches() ? Addressee.SOME_AGENCIES : Addressee.OTHER;
    }

    /**
     * The org unit a duty's actor names, by its name ("Office of the Chief Information Officer", or "Chief
     * Information Officer" without the "Office of the") or its abbreviation as a word ("CISA"); the most specific
     * (longest) match when several do. Empty when none does, as for "the head of each agency".
     */
    public static Optional<Unit> unitNamedIn(String actor, List<Unit> units) {
        if (actor == null || actor.isBlank() || units == null) {
            return Optional.empty();
        }
        Unit best = null;
        int bestLength = 0;
        for (Unit u : units) {
            int length = matchLength(actor, u);
            if (length > bestLength) {
                best = u;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int matchLength(String actor, Unit u) {
        int length = 0;
        if (u.name() != null && !u.name().isBlank()) {
            String name = u.name().strip();
            String core = name.replaceFirst("(?i)^office of (the )?", "");
            if (phrase(name).matcher(actor).find()) {
                length = name.length();
            } else if (!core.equals(name) && core.contains(" ") && phrase(core).matcher(actor).find()) {
                length = core.length();
            }
        }
        String abbreviation = u.abbreviation() == null ? "" : u.abbreviation().strip();
        // an abbreviation is matched as written: "ES" must not match "es" in a word, nor "AI" the "ai" of "said"
        if (abbreviation.length() > 1 && Pattern.compile("(?<![\\w-])" + Pattern.quote(abbreviation) + "(?![\\w-])")
                .matcher(actor).find()) {
            length = Math.max(length, abbreviation.length());
        }
        return length;
    }

    /**
     * A name of the agency at the head of an actor: "[the] [Director of [the]] CISA" — not "CISA's capability to
     * hunt", which is no actor but a fragment about the office.
     */
    private static Pattern named(String name) {
        // the title before "of" is a few words without another "of": "heads of agencies whom the Director of NSF"
        // is not the Director of NSF
        return Pattern.compile("^(?:the\\s+)?(?:(?:(?!of\\b)[\\p{L}.'-]+\\s+){1,6}of\\s+(?:the\\s+)?)?" + Pattern.quote(name)
                + "(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern phrase(String words) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(words) + "(?![\\w-])", Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE);
    }
}
