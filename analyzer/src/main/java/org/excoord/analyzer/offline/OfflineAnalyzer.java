package org.excoord.analyzer.offline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excoord.authority.ParsedAuthority;
import org.excoord.authority.PlainText;
import org.excoord.authority.ParsedSection;
import org.excoord.authority.analysis.AnalysisResult;
import org.excoord.authority.analysis.AnalysisResult.Deadline;
import org.excoord.authority.analysis.AnalysisResult.KeyPoint;
import org.excoord.authority.analysis.AnalysisResult.Obligation;
import org.excoord.authority.analysis.AnalysisResult.Reference;
import org.excoord.analyzer.offline.Recurrences.Recurrence;
import org.excoord.authority.analysis.AuthorityAnalyzer;

/**
 * Deterministic analysis from the text alone, used when no model is configured or the service is down: duties are
 * the sentences that impose them ("shall", "must", "is directed to"), with the actor named before the verb and the
 * deadline resolved against the signing date; the summary is extractive. Every point is a sentence of its section.
 */
public final class OfflineAnalyzer implements AuthorityAnalyzer {

    public static final String NAME = "offline-3"; // 2, 3: issue 12 (sentences, recurrences; numbered subsections, lead-ins): cached results are redone
    public static final String LABEL = "Offline analysis";
    private static final int KEY_POINT_CHARS = 300;
    private static final int ACTION_CHARS = 400;
    // a key point is a whole sentence: capital (or quote) first, full stop last; not a list item's fragment ("…;")
    // boilerplate and definitions say nothing about what the order does
    private static final Pattern NOT_A_POINT = Pattern.compile("(?i)\\bshall not be construed\\b|^nothing in this order|"
            + "\\bthe terms? [“\"].+?[”\"] (?:means?|has the meaning)|\\bhas the meaning set forth");
    private static final Pattern WHOLE_SENTENCE = Pattern.compile("^[\\p{Lu}\"“‘(].*[.!?][\"”’)]*$");

    private static final Pattern DUTY = Pattern.compile(
            "\\b(shall|must|(?:is|are) (?:hereby )?directed to|(?:is|are) (?:hereby )?ordered to)\\b");
    // "I hereby direct the Secretary of Commerce, within 90 days of the date of this order, to:": the one directed
    // is named after the verb; "to" then starts the act (not "to the President", part of a title)
    private static final Pattern DIRECTS = Pattern.compile(
            "\\bI\\s+(?:hereby\\s+)?direct\\s+(.{3,400}?),?\\s+to(?=:|\\s+(?!the\\b|an?\\b)\\p{Ll})");
    // a lead-in whose action is only a qualifier ("shall, in consultation with the Secretary:") or that announces
    // acts ("…, including through the following actions:") heads a list of items that carry on its duty
    private static final Pattern QUALIFIER_ONLY = Pattern.compile("(?i)^(?:and\\s+)?(?:in consultation with|"
            + "in coordination with|in collaboration with|acting through|as appropriate)\\b[^:]*$");
    private static final Pattern ANNOUNCES_ACTS = Pattern.compile("(?i)\\bthe following (?:actions|steps):$");
    // an item that opens with a word that can start no subject ("Include", "establish", "review") is an act that
    // continues its lead-in; one that opens with a determiner or an introductory word may name its own actor
    private static final Pattern CARRIES_ON = Pattern.compile("(?i)(?!(?:the|each|all|every|any|such|these|this|"
            + "those|that|agencies|agency|within|to|in|as|by|after|upon|consistent|following|not|no|once|if|when|"
            + "where|until|before|for|on|at|with|through|subject|beginning|except|unless|pursuant|because|"
            + "notwithstanding|heads?|(?-i:[A-Z]{2,}))\\b)\\p{L}+\\s");
    private static final Pattern NOT_A_DUTY = Pattern.compile("(?i)\\b(?:shall|must) not be construed|"
            + "nothing in this order shall|shall be implemented consistent with|shall (?:have|mean|include|refer)|"
            + "shall be subject to the availability|this order is not intended|shall be deemed");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:which|that|who|whom)\\s*$");
    private static final Pattern INTRODUCTORY = Pattern.compile("(?i)^(?:when|to|in|consistent|as|following|upon|"
            + "after|before|within|pursuant|not|by|once|if|where|because|beginning|except|through|for|at|on|with|"
            + "subject|unless|until|no later)\\b");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)^(?:and\\s+)?(?:in consultation|in coordination|"
            + "acting through|as appropriate|as practicable|to the extent|consistent with)");
    private static final Pattern AGENT = Pattern.compile("(?i)\\b(?:secretary|secretaries|directors?|administrators?|"
            + "attorney general|heads?|agency|agencies|councils?|boards?|chairs?|chairman|chairperson|commissions?|"
            + "offices?|departments?|assistants?|coordinators?|committees?|government|contractors?|providers?|"
            + "president|chiefs?|officers?|administration|groups?|task forces?|institutes?|centers?|teams?|"
            + "advis[oe]rs?|representatives?|members?|staff|OMB|CISA|NIST|NSA|FBI|"
            + "FedRAMP|GSA|OSTP|OPM|entities|entity|companies|developers?|sponsors?|recipients?|we|it|"
            // named bodies: "the United States Digital Service", "United States Digital Corps" (not "services")
            + "(?-i:Service|Corps))\\b");
    // the subject is a product, not someone: "The assessment", "The report described in subsection (c)"
    private static final Pattern PRODUCT = Pattern.compile("(?i)(?:the|this|these|such|that|each)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:report|reports|assessment|assessments|plan|plans|study|strategy|review|determination|guidance|"
            + "recommendations|regulations|framework|evaluation|update|results)\\b.*");
    private static final Pattern CONTINUING_ITEM = Pattern.compile("\\((?:[ivx]+|[a-z]|[A-Z]|\\d{1,2})\\)\\s+\\p{Ll}");
    private static final Pattern TRAILING_PARAGRAPH = Pattern.compile("\\n\\s*\\n\\s*(?=\\p{Lu})");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("(?i)(?:as appropriate|where appropriate|"
            + "as practicable|as necessary|to the extent|consistent with|in accordance with|in consultation with|"
            + "in coordination with|as required by|subject to)[^,]*,\\s*");
    private static final Pattern LEAD_IN = Pattern.compile("^(?:\\([a-zA-Z0-9]+\\)\\s*)+");
    private static final Pattern ACTOR_END = Pattern.compile(",|\\s+acting through\\s+|\\s+in consultation with\\s+"
            + "|\\s+in coordination with\\s+|\\s+through\\s+the\\s+");
    private static final Set<String> STOP = Set.of("the", "of", "and", "to", "a", "in", "for", "or", "on", "by", "with",
            "shall", "this", "that", "as", "such", "be", "is", "are", "any", "an", "its", "their", "within", "order",
            "section", "sec", "including", "other", "under", "from", "at", "all", "each", "these", "which", "may");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public AnalysisResult analyze(ParsedAuthority authority) {
        List<ParsedSection> sections = authority.sections();
        Map<String, List<String>> sentences = sentences(sections);
        List<Obligation> obligations = duties(authority, sentences).stream().map(Duty::obligation)
                .map(OfflineAnalyzer::plain).toList();
        List<KeyPoint> keyPoints = keyPoints(sections, sentences);
        return new AnalysisResult(NAME, LABEL, summary(authority, obligations, keyPoints), keyPoints, obligations,
                authority.citations().stream().map(c -> new Reference(c.executiveOrderNumber(), c.relation().name(),
                        c.sectionId(), c.context(), null)).toList(), AnalysisResult.Usage.NONE, null);
    }

    /** Who and what, as people read them (the quote stays verbatim: it is checked against the text). */
    public static Obligation plain(Obligation o) {
        return new Obligation(PlainText.of(o.actor()), PlainText.of(o.action()), o.deadline(), o.sectionId(), o.quote());
    }

    /** The duties of the text, in its order, each with its recurrence when it recurs. */
    public List<Duty> duties(ParsedAuthority authority) {
        return duties(authority, sentences(authority.sections()));
    }

    /** Each section's own sentences, rebuilt across wrapped lines (read once, for duties and key points alike). */
    private static Map<String, List<String>> sentences(List<ParsedSection> sections) {
        Map<String, String> ownText = ownTexts(sections);
        Map<String, List<String>> sentences = new HashMap<>();
        for (ParsedSection s : sections) {
            sentences.put(s.sectionId(), Sentences.of(ownText.get(s.sectionId()), s.heading()));
        }
        return sentences;
    }

    private List<Duty> duties(ParsedAuthority authority, Map<String, List<String>> sentencesOf) {
        List<ParsedSection> sections = authority.sections();
        List<Duty> duties = new ArrayList<>();
        Map<String, Obligation> openLeadIns = new HashMap<>();
        Map<String, Duty> leadInDuties = new HashMap<>(); // a lead-in counted before its items showed they carry it on
        Map<String, Deadline> datingLeadIns = new HashMap<>(); // "Within 365 days …, to promote …:" with no one named
        Map<String, String> lastActor = new HashMap<>(); // per top-level section: who "the report" belongs to
        Map<String, Obligation> lastDated = new HashMap<>(); // per list: what "… thereafter" counts from
        for (ParsedSection section : sections) {
            if (isBoilerplate(section)) {
                continue;
            }
            String top = section.sectionId().replaceFirst("\\(.*$", "");
            String list = section.parentId() == null ? section.sectionId() : section.parentId();
            for (String sentence : sentencesOf.get(section.sectionId())) {
                Obligation leadIn = inherited(openLeadIns, section);
                Obligation duty = duty(sentence, section.sectionId(), authority, leadIn, lastActor.get(top));
                if (duty == null) {
                    Deadline dating = sentence.endsWith(":") ? Deadlines.in(sentence, authority.signingDate()) : null;
                    if (dating != null) {
                        // "the following actions shall be taken within 180 days …:" dates the items below it
                        datingLeadIns.put(section.sectionId(), dating);
                    }
                    continue;
                }
                boolean item = isItem(sentence, section);
                if (item && duty.deadline() == null && datingLeadIns.containsKey(section.parentId())) {
                    duty = withDeadline(duty, datingLeadIns.get(section.parentId()));
                }
                if (item && leadIn != null && duty.actor().equals(leadIn.actor())) {
                    // the items carry the lead-in's duty on ("… shall require: (i) …; (ii) …"): they are the duties
                    Duty counted = leadInDuties.remove(section.parentId());
                    if (counted != null) {
                        duties.remove(counted);
                    }
                }
                Recurrence recurrence = Recurrences.in(LEAD_IN.matcher(sentence).replaceFirst(""));
                if (recurrence != null && duty.deadline() == null) {
                    duty = withDeadline(duty, recurring(recurrence, lastDated.get(list), authority.signingDate()));
                } else if (recurrence != null && duty.deadline().recurrence() == null) {
                    // "Within 60 days …, and every 60 days thereafter": first due on the deadline, then recurring
                    duty = withDeadline(duty, duty.deadline().withRecurrence(recurrence.toCore()));
                }
                lastActor.put(top, duty.actor());
                boolean opensList = sentence.endsWith(":") && (duty.action().replaceAll("[^A-Za-z]", "").length() < 40
                        || QUALIFIER_ONLY.matcher(duty.action()).matches() || ANNOUNCES_ACTS.matcher(sentence).find());
                if (opensList) {
                    openLeadIns.put(section.sectionId(), duty); // "… the head of each agency shall:" heads a list
                }
                if (!duty.action().isEmpty()) {
                    Duty counted = new Duty(duty, recurrence);
                    duties.add(counted);
                    if (opensList && endsInItsVerb(duty.action(), sentence)) {
                        leadInDuties.put(section.sectionId(), counted);
                    }
                    if (duty.deadline() != null && duty.deadline().due() != null) {
                        lastDated.put(list, duty);
                    }
                }
            }
        }
        return duties;
    }

    /**
     * A duty that only recurs gets its recurrence as deadline; "… on an annual basis thereafter" after a list item
     * due on a date is first due one period after that date.
     */
    private static Deadline recurring(Recurrence recurrence, Obligation previous, LocalDate signed) {
        boolean thereafter = Recurrences.followsAFirstDeadline(recurrence) && previous != null;
        if (!thereafter) {
            return Recurrences.deadline(recurrence, signed);
        }
        return new Deadline(recurrence.text(), recurrence.approximateDays(), previous.deadline().text() + " ("
                + previous.sectionId() + "), then " + Recurrence.PREVIOUS, recurrence.after(previous.deadline().due()),
                recurrence.toCore());
    }

    private static Obligation withDeadline(Obligation o, Deadline deadline) {
        return new Obligation(o.actor(), o.action(), deadline, o.sectionId(), o.quote());
    }

    /**
     * A lead-in that ends in its verb ("shall require:", "to:", "shall take appropriate steps to require agencies
     * to:", "by:") is carried on by its items, each an act of its own; one that ends in what it delivers ("shall
     * prioritize research on the following topics:") is the duty, and its items only its content.
     */
    private static boolean endsInItsVerb(String action, String sentence) {
        return QUALIFIER_ONLY.matcher(action).matches() || ANNOUNCES_ACTS.matcher(sentence).find()
                || action.matches("(?i)\\p{L}+|.*\\s(?:to|by)");
    }

    /** The sentence that opens a list item ("(ii) …" in Sec. 4(b)(ii)), not a later sentence of its paragraph. */
    private static boolean isItem(String sentence, ParsedSection section) {
        String id = section.sectionId();
        return section.parentId() != null && id.contains("(") && sentence.startsWith(id.substring(id.lastIndexOf('(')));
    }

    /** A list item under "…, the head of each agency shall:" carries that lead-in's actor and deadline. */
    private static Obligation inherited(Map<String, Obligation> leadIns, ParsedSection section) {
        return section.parentId() == null ? null : leadIns.get(section.parentId());
    }

    private static Obligation duty(String sentence, String sectionId, ParsedAuthority authority, Obligation leadIn,
            String previousActor) {
        String plain = LEAD_IN.matcher(sentence).replaceFirst("");
        int from = 0;
        Matcher directs = DIRECTS.matcher(plain);
        if (directs.find()) {
            // read "I hereby direct X to" as "X is directed to": X is the actor, whatever the sentence said before
            plain = plain.substring(0, directs.start()) + directs.group(1) + " is directed to"
                    + plain.substring(directs.end());
            from = directs.start();
        }
        Matcher verb = DUTY.matcher(plain);
        boolean hasVerb = verb.find(from);
        // only the item itself continues its lead-in ("(ii) develop a plan …"), not every sentence of its paragraph
        String marker = sectionId.contains("(") ? sectionId.substring(sectionId.lastIndexOf('(')) : null;
        boolean item = leadIn != null && marker != null && sentence.startsWith(marker);
        int ownClause = plain.length();
        if (item && hasVerb && plain.substring(0, verb.start()).contains("; ")) {
            // "(i) within 60 days …, conduct a review …; this review shall include …": the item's own clause has no
            // verb of its own and carries on its lead-in; the "shall" is of the clause after the semicolon
            hasVerb = false;
            ownClause = plain.indexOf("; ");
        } else if (item && hasVerb && leadIn.action().isEmpty() && CARRIES_ON.matcher(plain).lookingAt()) {
            // "I hereby direct the Secretary … to: (ii) Include a requirement … that Providers … must provide …": an
            // item that opens with its act carries on the lead-in; the "must" is of a clause inside it
            hasVerb = false;
        }
        Matcher notADuty = NOT_A_DUTY.matcher(plain.substring(0, ownClause));
        // only the sentence's own verb decides: "shall develop … a strategy that shall include …" is a duty
        if (notADuty.find() && (!hasVerb || notADuty.start() <= verb.end())) {
            return null;
        }
        if (!hasVerb) {
            if (!item || plain.length() < 12) {
                return null;
            }
            Deadline own = Deadlines.in(plain, authority.signingDate());
            return new Obligation(leadIn.actor(), trimAction(plain), own != null ? own : leadIn.deadline(), sectionId,
                    sentence);
        }
        String before = plain.substring(from, verb.start());
        if (RELATIVE.matcher(before).find()) {
            // "(ii) develop a plan …, which shall incorporate …": the "shall" describes the plan; the duty, if any,
            // is the list item's, under its lead-in
            return !item ? null : new Obligation(leadIn.actor(), trimAction(plain), leadIn.deadline(),
                    sectionId, sentence);
        }
        Deadline deadline = Deadlines.in(plain, authority.signingDate());
        String actor = actor(before, deadline);
        if (actor.isEmpty() && item) {
            // an item that names no one of its own is the lead-in's, deadline included; one that does stands alone
            actor = leadIn.actor();
            deadline = deadline != null ? deadline : leadIn.deadline();
        }
        if (!isAgent(actor) && previousActor != null && PRODUCT.matcher(actor).matches()
                && (deadline != null || plain.endsWith(":"))) {
            // "The assessment shall be provided … within 90 days": the duty of whoever this section tasks with it
            actor = previousActor;
        }
        String action = trimAction(plain.substring(verb.end()));
        if (actor.isEmpty() || !isAgent(actor) || (action.isEmpty() && !sentence.endsWith(":"))) {
            return null;
        }
        return new Obligation(actor, action, deadline, sectionId, sentence);
    }

    /**
     * The subject before "shall": the first comma-separated part of it that is not an introductory clause
     * ("When undertaking …,") or a qualifier ("in consultation with …"), without the deadline phrase.
     */
    private static String actor(String before, Deadline deadline) {
        String subject = before;
        if (deadline != null) {
            int at = subject.indexOf(deadline.text());
            if (at >= 0) {
                subject = subject.substring(0, at) + subject.substring(at + deadline.text().length());
            }
        }
        String[] parts = subject.split(",");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            boolean last = i == parts.length - 1;
            if (!last && (p.startsWith("and ") || !isAgent(p))) {
                continue; // ", and updated periodically thereafter," or ", and any other agency heads as appropriate,"
            }
            Matcher qualifier = ACTOR_END.matcher(p);
            if (qualifier.find() && qualifier.start() > 0) {
                p = p.substring(0, qualifier.start()).strip();
            }
            if (!p.isEmpty() && !INTRODUCTORY.matcher(p).find() && !QUALIFIER.matcher(p).find()) {
                return p.length() > 200 ? p.substring(0, 200) : p;
            }
        }
        return "";
    }

    /** Someone who can be given a duty, as opposed to a thing described ("AI must be safe"). */
    private static boolean isAgent(String actor) {
        return AGENT.matcher(actor).find();
    }

    private static String trimAction(String action) {
        String a = action.strip().replaceFirst("^[,\\s]+", "");
        // ", as appropriate and consistent with applicable law, adhere to …" → "adhere to …"
        Matcher qualifier = LEADING_QUALIFIER.matcher(a);
        while (qualifier.lookingAt()) {
            a = a.substring(qualifier.end());
            qualifier = LEADING_QUALIFIER.matcher(a);
        }
        a = a.replaceAll("[:;.,]+$", "").strip();
        return PlainText.clipped(a, ACTION_CHARS);
    }

    private static boolean isBoilerplate(ParsedSection section) {
        String heading = section.heading() == null ? "" : section.heading().toLowerCase(Locale.ROOT);
        return heading.contains("general provisions") || heading.contains("definitions");
    }

    /**
     * Each section's text without its children's (a parent's text holds them). A paragraph written after the last
     * item of a list whose items continue the lead-in ("shall jointly assess: (i) the scope …; (iii) any gaps …" then
     * "The assessment shall be provided … within 90 days") is the parent's, as a reader takes it, not the item's.
     */
    private static Map<String, String> ownTexts(List<ParsedSection> sections) {
        Map<String, String> own = new HashMap<>();
        Map<String, ParsedSection> lastChild = new HashMap<>();
        for (ParsedSection s : sections) {
            own.put(s.sectionId(), s.text());
            if (s.parentId() != null) {
                lastChild.put(s.parentId(), s);
            }
        }
        for (ParsedSection s : sections) {
            if (s.parentId() != null && own.containsKey(s.parentId())) {
                own.put(s.parentId(), own.get(s.parentId()).replace(s.text(), ""));
            }
        }
        for (Map.Entry<String, ParsedSection> e : lastChild.entrySet()) {
            ParsedSection item = e.getValue();
            Matcher tail = TRAILING_PARAGRAPH.matcher(own.get(item.sectionId()));
            if (CONTINUING_ITEM.matcher(item.text()).lookingAt() && tail.find() && own.containsKey(e.getKey())) {
                String text = own.get(item.sectionId());
                own.put(item.sectionId(), text.substring(0, tail.start()));
                own.put(e.getKey(), own.get(e.getKey()).stripTrailing() + "\n\n" + text.substring(tail.start()).strip());
            }
        }
        return own;
    }

    /**
     * The first sentence of the policy or purpose section, then the sentences that carry the most of the text's
     * own vocabulary, one per top-level section.
     */
    private static List<KeyPoint> keyPoints(List<ParsedSection> sections, Map<String, List<String>> sentencesOf) {
        Map<String, Integer> frequency = new HashMap<>();
        for (ParsedSection s : sections) {
            for (String sentence : sentencesOf.get(s.sectionId())) {
                for (String word : words(sentence)) {
                    frequency.merge(word, 1, Integer::sum);
                }
            }
        }
        record Candidate(String sentence, String sectionId, double score, String top) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ParsedSection s : sections) {
            if (isBoilerplate(s)) {
                continue;
            }
            String top = s.sectionId().replaceFirst("\\(.*$", "");
            boolean purpose = s.heading() != null && s.heading().toLowerCase(Locale.ROOT).matches(".*(policy|purpose).*");
            for (String sentence : sentencesOf.get(s.sectionId())) {
                List<String> words = words(sentence);
                if (words.size() < 8 || NOT_A_POINT.matcher(sentence).find() || !WHOLE_SENTENCE.matcher(PlainText.of(LEAD_IN.matcher(sentence).replaceFirst("")))
                        .matches()) {
                    continue;
                }
                double score = words.stream().mapToInt(w -> frequency.getOrDefault(w, 0)).average().orElse(0)
                        + (purpose ? 1_000 : 0);
                candidates.add(new Candidate(sentence, s.sectionId(), score, top));
                purpose = false;
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<KeyPoint> points = new ArrayList<>();
        Set<String> usedSections = new HashSet<>();
        for (Candidate c : candidates) {
            if (points.size() == 5) {
                break;
            }
            if (usedSections.add(c.top())) {
                String text = PlainText.of(LEAD_IN.matcher(c.sentence()).replaceFirst(""));
                points.add(new KeyPoint(PlainText.clipped(text, KEY_POINT_CHARS), c.sectionId(), c.sentence()));
            }
        }
        return points;
    }

    private static String summary(ParsedAuthority authority, List<Obligation> obligations, List<KeyPoint> points) {
        StringBuilder s = new StringBuilder();
        s.append(authority.title() == null ? "This authority" : PlainText.of(authority.title()));
        if (authority.signingDate() != null) {
            s.append(" (signed ").append(PlainText.date(authority.signingDate())).append(')');
        }
        s.append(" has ").append(authority.sections().stream().filter(x -> x.parentId() == null).count())
                .append(" sections and imposes ").append(obligations.size())
                .append(obligations.size() == 1 ? " duty" : " duties");
        long dated = obligations.stream().filter(o -> o.deadline() != null && o.deadline().due() != null).count();
        if (dated > 0) {
            s.append(", ").append(dated).append(" of them with a date");
        }
        s.append('.');
        if (!points.isEmpty()) {
            s.append(' ').append(points.get(0).text());
        }
        return s.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
