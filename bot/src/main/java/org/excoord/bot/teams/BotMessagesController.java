package org.excoord.bot.teams;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.excoord.bot.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Connector's endpoint. The body is read as text and parsed with the SDK's Jackson 2 (Spring MVC's Jackson 3
 * cannot build the SDK's {@code JsonNode} fields), checked for the fields every turn needs, then authenticated and
 * processed by the SDK adapter. Bad input is a 400 (not JSON, not an object, a duplicate key anywhere, a control
 * character or lone surrogate in any string, a required field missing) and a failed authentication a 401 (a foreign
 * tenant a 403); none reaches the bot.
 */
@RestController
class BotMessagesController {

    private static final Logger log = LoggerFactory.getLogger(BotMessagesController.class);
    /** Duplicate keys are an error: {@code {"verb":"item.start", …, "verb":"item.cancel"}} must not mean the last. */
    static final ObjectMapper BOT_JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final TeamsBotAdapter adapter;
    private final Bot bot;
    private final TeamsProperties properties;

    BotMessagesController(TeamsBotAdapter adapter, Bot bot, TeamsProperties properties) {
        this.adapter = adapter;
        this.bot = bot;
        this.properties = properties;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> incoming(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = "Authorization", defaultValue = "") String authorization) {
        if (body == null || body.length == 0) {
            return bad("the request has no activity");
        }
        if (body.length > properties.maxActivityBytes()) {
            return bad("the activity is larger than " + properties.maxActivityBytes() + " bytes");
        }
        Activity activity;
        try {
            JsonNode tree = BOT_JSON.readTree(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
            if (tree == null || !tree.isObject()) {
                return bad("the body is not an activity: it must be a JSON object");
            }
            String unreadable = ActivityText.problemOf(tree);
            if (unreadable != null) {
                return bad(unreadable);
            }
            activity = BOT_JSON.treeToValue(tree, Activity.class);
        } catch (JsonProcessingException e) {
            return bad("the body is not an activity: " + LogSafe.of(e.getOriginalMessage()));
        } catch (CharacterCodingException e) {
            return bad("the body is not UTF-8");
        } catch (IllegalArgumentException e) {
            return bad("the body is not an activity");
        }
        String missing = missingField(activity);
        if (missing != null) {
            return bad("the activity has no valid " + missing);
        }
        try {
            return answer(adapter.process(authorization, activity, bot));
        } catch (RuntimeException e) {
            return failed(activity, e);
        }
    }

    private static ResponseEntity<String> failed(Activity activity, Throwable failure) {
        if (failure instanceof ActivityRefused refused) {
            log.warn("Refused a {} activity from {}: {}", LogSafe.of(activity.getType()),
                    LogSafe.of(activity.getServiceUrl()), LogSafe.of(refused.getMessage()));
            return problem(refused.status(), refused.detail());
        }
        if (isAuthenticationFailure(failure)) {
            log.warn("Refused a {} activity from {}: {}", LogSafe.of(activity.getType()),
                    LogSafe.of(activity.getServiceUrl()), LogSafe.of(rootMessage(failure)));
            return problem(HttpStatus.UNAUTHORIZED, "the Bot Connector token is missing or invalid");
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            log.warn("A {} activity failed: the database is unavailable ({})", LogSafe.of(activity.getType()),
                    LogSafe.of(rootMessage(failure)));
            ResponseEntity<String> unavailable = problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "the database is not available at the moment; try again shortly");
            return ResponseEntity.status(unavailable.getStatusCode()).headers(unavailable.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(unavailable.getBody());
        }
        log.error("Failed to process a {} activity", LogSafe.of(activity.getType()), failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "the bot failed to process the activity");
    }

    /** The bot's own errors are handled by the adapter's turn-error handler; what escapes is about the token. */
    private static boolean isAuthenticationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static ResponseEntity<String> answer(InvokeResponse invoke) {
        if (invoke == null) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).build();
        }
        try {
            String json = invoke.getBody() == null ? null : BOT_JSON.writeValueAsString(invoke.getBody());
            return ResponseEntity.status(invoke.getStatus()).contentType(MediaType.APPLICATION_JSON).body(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an invoke answer could not be serialized", e);
        }
    }

    /** The fields without which no turn can be answered; the SDK would fail later and less clearly. */
    private static String missingField(Activity activity) {
        if (activity.getType() == null || activity.getType().isBlank()) {
            return "type";
        }
        if (!isHttpUrl(activity.getServiceUrl())) {
            return "serviceUrl";
        }
        if (activity.getConversation() == null || activity.getConversation().getId() == null
                || activity.getConversation().getId().isBlank()) {
            return "conversation.id";
        }
        if (activity.getFrom() == null || activity.getFrom().getId() == null) {
            return "from.id";
        }
        return null;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = url == null ? null : URI.create(url);
            return uri != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<String> bad(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    private static ResponseEntity<String> problem(HttpStatus status, String detail) {
        try {
            String json = BOT_JSON.writeValueAsString(java.util.Map.of("type", "about:blank", "title",
                    status.getReasonPhrase(), "status", status.value(), "detail", detail));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
