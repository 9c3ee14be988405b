package org.excoord.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.excoord.action.ExecutiveAction;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.action.MethodOfReceipt;
import org.excoord.action.NewExecutiveAction;
import org.excoord.action.Receipt;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ItemVerb;
import org.excoord.cards.CardVerbs;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.correspondence.LogCorrespondence;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.directory.Role;
import org.excoord.shared.Priority;
import org.excoord.shared.SecurityClassification;
import org.excoord.testing.SecurityTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile activities through real HTTP to the real endpoint: no answer may be a 5xx. The card verbs come from
 * {@link CardVerbs} (its constants and every workflow verb), so a new verb is fuzzed without touching this test.
 * Every envelope field, every card data field and the data as a whole get every hostile value, on both the
 * Action.Execute invoke and its Action.Submit fallback.
 */
@SecurityTest
class BotFuzzTests extends LocalBotTestSupport {

    private static final String HOLE = "@@hostile@@";
    private static final String CONVERSATION = "a:fuzz";

    /** Hostile values, as raw JSON (so that huge numbers, escapes and lone surrogates arrive as written). */
    private static final List<String> HOSTILE = List.of("null", "true", "0", "-1", "2147483648", "214748365",
            "-9223372036854775809", "12345678901234567890123456789", "1e308", "-1e-308", "\"\"", "\" \"",
            "\"" + "x".repeat(5_000) + "\"", "\"-1\"", "\"9223372036854775808\"", "\"+999999999-12-31\"",
            "\"0000-01-01\"", "\"-999999999-01-01\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u001b[2J\"",
            "\"line\\nbreak\"", "\"<at>x</at> **y**\"", "\"' or 1=1 --\"", "\"%s%n${jndi:ldap://x}\"", "[]", "{}",
            "[null]", "{\"a\":[{\"b\":{}}]}", "[" + "[".repeat(40) + "]".repeat(40) + "]");
    /** The values every single data field gets (the others stay valid): overflow, range, text and type. */
    private static final List<String> PER_FIELD = List.of("null", "214748365", "\"+999999999-12-31\"",
            "\"a\\u0000b\"", "{}");
    /** Card data fields the bot reads; a field a new verb needs is fuzzed once it is added here. */
    private static final List<String> DATA_FIELDS = List.of("itemId", "version", "dueDate", "assigneeId", "comment",
            "subject", "executiveActionId", "list", "page", "correspondenceId", "orgUnitId", "personId", "resolution",
            "note", "fromPerson", "fromOrganization", "method", "typeId", "authorityId", "duty0", "finding0");
    private static final List<String> UNKNOWN_VERBS = List.of("", " ", "item.", "item.bogus", "item.START",
            "item.start\n", "corr.", "corr.bogus", "list.", "analysis.", "x".repeat(2_000), "\u0441orr.view");

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private Person actor;
    private ActionItem item;
    private ObjectNode validData;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Fuzz Office", null);
        Person manager = fixtures.manager("Fay Manager", unit);
        actor = fixtures.person("Finn Fuzzer", unit, Role.STAFF, Role.MANAGER, Role.SECRETARIAT);
        Actor boss = fixtures.actor(manager);
        Long type = context.getBean(ExecutiveActionTypeRepository.class).findByName("Security Protocols").orElseThrow()
                .getId();
        ExecutiveAction action = context.getBean(ExecutiveActionManagement.class).create(new NewExecutiveAction(
                "Fuzz the bot", null, null, type, Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, null, null,
                null, null, null, null, actor.getId(), null), boss).orElseThrow();
        item = item(manager, actor, "Fuzz me", action.getId());
        long letter = context.getBean(CorrespondenceLog.class).log(new LogCorrespondence("A fuzzed letter", null, type,
                Priority.MEDIUM, SecurityClassification.UNCLASSIFIED, null, new Receipt(Instant.parse(
                "2026-11-02T15:00:00Z"), MethodOfReceipt.MAIL, "A Sender", "An Agency", unit.getId()), null),
                fixtures.actor(actor)).orElseThrow().correspondence().getExecutiveActionId();
        validData = json().put("itemId", item.getId()).put("version", item.getVersion()).put("dueDate", "2026-12-01")
                .put("assigneeId", actor.getId()).put("comment", "fuzz").put("subject", "Fuzzed subject")
                .put("executiveActionId", action.getId()).put("list", "mine").put("page", 0)
                .put("correspondenceId", letter).put("orgUnitId", unit.getId()).put("personId", actor.getId())
                .put("resolution", "done").put("note", "n").put("fromPerson", "P").put("fromOrganization", "O")
                .put("method", "MAIL").put("typeId", type).put("authorityId", eo14028()).put("duty0", "true")
                .put("finding0", "true");
    }

    @Test
    void bodiesThatAreNoActivityAreNeverAServerError() throws Exception {
        for (String body : List.of("", "null", "[]", "[null]", "{}", "1", "-0", "\"x\"", "true", "{", "}", "{\"a\":",
                "\u0000", "{\"type\":\"message\"}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), "{\"type\":\"invoke\",\"type\":\"message\"}")) {
            check("body " + abbreviate(body), postRaw(body));
        }
        assertNoServerErrors(17);
    }

    @Test
    void everyEnvelopeFieldWithEveryHostileValueIsNeverAServerError() throws Exception {
        ObjectNode invoke = press(CardVerbs.ITEM_VIEW, validData.deepCopy());
        ObjectNode message = Activities.message(serviceUrl(), CONVERSATION, "personal", "29:finn",
                actor.getEntraObjectId(), "my items");
        for (String extra : List.of("replyToId", "entities", "attachments", "locale", "deliveryMode", "localTimestamp",
                "membersAdded", "membersRemoved", "relatesTo", "callerId", "textFormat", "action", "label",
                "valueType", "importance", "expiration", "name", "value", "speak", "inputHint", "summary")) {
            message.put(extra, "placeholder");
        }
        for (ObjectNode base : List.of(invoke, message)) {
            for (String path : paths(base, "")) {
                check("without " + path, post(without(base, path)));
                for (String hostile : HOSTILE) {
                    check(path + " = " + abbreviate(hostile), postRaw(with(base, path, hostile)));
                }
            }
        }
        for (String type : List.of("message", "invoke", "conversationUpdate", "installationUpdate", "typing",
                "messageReaction", "messageUpdate", "messageDelete", "event", "endOfConversation", "command", "trace",
                "handoff", "invoke\n", "INVOKE")) {
            for (String name : List.of("adaptiveCard/action", "composeExtension/query", "task/fetch",
                    "signin/verifyState", "fileConsent/invoke", "actionableMessage/executeAction", "healthCheck",
                    "application/search", "")) {
                check("type " + type + " name " + name, post(invoke.deepCopy().put("type", type).put("name", name)));
            }
        }
        assertNoServerErrors(1_000);
    }

    @Test
    void everyCardVerbWithHostileDataIsNeverAServerError() throws Exception {
        List<String> verbs = new ArrayList<>(verbs());
        verbs.addAll(UNKNOWN_VERBS);
        assertThat(verbs).contains(CardVerbs.LIST_PAGE, CardVerbs.CORR_LOG, CardVerbs.ANALYSIS_CREATE_ITEMS,
                "item.start", "item.revert_to_new");
        for (String verb : verbs) {
            check(verb + " with valid data", post(press(verb, validData.deepCopy())));
            for (String notAnObject : List.of("null", "\"data\"", "1", "[]", "[{}]", "true")) {
                check(verb + " data = " + notAnObject, postRaw(with(press(verb, json().put("x", HOLE)),
                        "value.action.data", notAnObject)));
                check(verb + " submit value = " + notAnObject, postRaw(with(submit(verb, json()), "value",
                        notAnObject)));
            }
            for (String hostile : HOSTILE) {
                check(verb + " all fields = " + abbreviate(hostile), postRaw(allFields(press(verb, json()),
                        "value.action.data", hostile)));
                check(verb + " submit all fields = " + abbreviate(hostile), postRaw(allFields(submit(verb, json()),
                        "value", hostile)));
            }
            for (String field : DATA_FIELDS) {
                for (String hostile : PER_FIELD) {
                    check(verb + " " + field + " = " + hostile, postRaw(with(press(verb, validData.deepCopy()),
                            "value.action.data." + field, hostile)));
                }
            }
        }
        assertNoServerErrors(5_000);
        // still serving: a plain press after all that is answered with the item's card
        HttpResponse<String> after = post(press(CardVerbs.ITEM_VIEW, json().put("itemId", item.getId())));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(item.getNumber());
    }

    /** Every string constant of {@link CardVerbs} that is a verb, and the Execute verb of every workflow verb. */
    static List<String> verbs() throws IllegalAccessException {
        List<String> verbs = new ArrayList<>();
        for (Field f : CardVerbs.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && !f.get(null).equals(CardVerbs.ITEM_PREFIX)) {
                verbs.add((String) f.get(null));
            }
        }
        for (ItemVerb v : ItemVerb.values()) {
            verbs.add(CardVerbs.itemVerb(v.name()));
        }
        return verbs;
    }

    private ObjectNode press(String verb, ObjectNode data) {
        return Activities.execute(serviceUrl(), CONVERSATION, "personal", "29:finn", actor.getEntraObjectId(), verb,
                data);
    }

    private ObjectNode submit(String verb, ObjectNode fields) {
        ObjectNode a = Activities.message(serviceUrl(), CONVERSATION, "personal", "29:finn", actor.getEntraObjectId(),
                null);
        a.put("replyToId", "card-9");
        a.set("value", fields.put("verb", verb));
        return a;
    }

    private void check(String what, HttpResponse<String> answer) {
        sent++;
        if (answer.statusCode() >= 500) {
            failures.add(answer.statusCode() + " for " + what + ": " + abbreviate(answer.body()));
        } else if (answer.statusCode() >= 400 && !answer.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            failures.add(answer.statusCode() + " without a problem detail for " + what);
        }
    }

    /** No 5xx, no 4xx without a problem detail, and no turn that failed and told the user "something went wrong". */
    private void assertNoServerErrors(int atLeast) {
        assertThat(sent).isGreaterThanOrEqualTo(atLeast);
        CONNECTOR.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString())
                .filter(b -> b.contains("something went wrong")).forEach(b -> failures.add("a failed turn: " + b));
        assertThat(failures).as("of %d hostile activities", sent).isEmpty();
    }

    /** The dotted paths of every field of {@code node}, containers included. */
    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
            paths.add(path);
            if (f.getValue().isObject()) {
                paths.addAll(paths(f.getValue(), path));
            }
        }
        return paths;
    }

    private static ObjectNode parentOf(ObjectNode root, String path) {
        ObjectNode parent = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        return parent;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ObjectNode without(ObjectNode base, String path) {
        ObjectNode copy = base.deepCopy();
        parentOf(copy, path).remove(last(path));
        return copy;
    }

    /** {@code base} with the raw JSON {@code hostile} at {@code path}. */
    private static String with(ObjectNode base, String path, String hostile) {
        ObjectNode copy = base.deepCopy();
        parentOf(copy, path).put(last(path), HOLE);
        return copy.toString().replace("\"" + HOLE + "\"", hostile);
    }

    /** {@code base} with every data field at {@code path} set to {@code hostile}. */
    private static String allFields(ObjectNode base, String path, String hostile) {
        ObjectNode copy = base.deepCopy();
        ObjectNode data = (ObjectNode) copy.at("/" + path.replace('.', '/'));
        Map<String, String> keep = new LinkedHashMap<>();
        if (data.has("verb")) {
            keep.put("verb", data.get("verb").asText());
        }
        data.removeAll();
        keep.forEach(data::put);
        DATA_FIELDS.forEach(f -> data.put(f, HOLE));
        return copy.toString().replace("\"" + HOLE + "\"", hostile);
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "null" : s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
