package org.excoord.authority.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The subject of the action item drafted from a duty: what to do, as an instruction to whoever gets the item —
 * "Provide a report on the findings (Sec. 3(b))" from the actor "the Secretary of Homeland Security" and the action
 * "within 60 days of the date of this order, provide a report on the findings;". The actor is not repeated (the
 * item's assignee is the one to act; the details keep the actor), the deadline is the item's due date, not words.
 */
public final class DutySubject {

    /**
     * Subjects are short enough for a list row and for Planner's task title (255 characters), with room for the
     * section.
     */
    public static final int MAX_ACTION_CHARS = 200;

    // the deadline or an aside the text puts before the verb: "within 60 days of the date of this order, provide …"
    private static final Pattern LEADING_WHEN = Pattern.compile("^(?:(?:within|not later than|no later than)\\s+[^,;]{1,80}?"
            + "(?:this order|thereafter)|at the end of the [^,;]{1,40}|on an annual basis|as appropriate|also),?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\u2026]*(?:\\b(?:and|or)\\s*)?[\\s,;:.\u2026]*$");

    private DutySubject() {
    }

    /**
     * @param action    what the duty asks ("provide a report on …"); must not be null
     * @param sectionId where the text says so ("Sec. 3(b)"); may be null
     */
    public static String of(String action, String sectionId) {
        String words = action == null ? "" : action.strip().replaceAll("\\s+", " ");
        String before;
        do {
            before = words;
            words = LEADING_WHEN.matcher(words).replaceFirst("");
        } while (!words.equals(before));
        words = TRAILING.matcher(words).replaceFirst("");
        if (words.length() > MAX_ACTION_CHARS) {
            int cut = words.lastIndexOf(' ', MAX_ACTION_CHARS - 1);
            words = TRAILING.matcher(words.substring(0, cut > MAX_ACTION_CHARS / 2 ? cut : MAX_ACTION_CHARS - 1))
                    .replaceFirst("") + "\u2026";
        }
        if (words.isEmpty()) {
            words = "Act on this duty";
        }
        words = words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return sectionId == null || sectionId.isBlank() ? words : words + " (" + sectionId.strip() + ")";
    }
}
