package org.excoord.bot.teams;

import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.excoord.actionitem.ActionItem;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people press on the same version of an item. Whoever commits first wins; the other gets the current card
 * saying who changed it, and their change is not applied over the winner's. Both the race between the version check
 * and the commit (the optimistic lock) and a card that is simply stale are covered.
 */
class BotConcurrentPressTests extends LocalBotTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Person manager;
    private Person staff;
    private Person other;
    private ActionItem item;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Race Office", null);
        manager = fixtures.manager("Mona Manager", unit);
        staff = fixtures.person("Stella Staff", unit);
        other = fixtures.person("Otto Other", unit);
        item = item(manager, staff, "Race for it", null);
    }

    /**
     * Both presses read the item and pass the version check, then wait on a row lock the test holds; released, one
     * commits and the other's update finds the version gone: Hibernate's optimistic lock, not the version check.
     */
    @Test
    void twoPressesOnTheSameVersionLoseNothingAndTheLoserSeesWhoWon() throws Exception {
        LocalDate newDue = stored(item).getDueDate().plusDays(30);
        long audits = trace(item, "a:race-stella").audits();
        DataSource dataSource = context.getBean(DataSource.class);
        CompletableFuture<HttpResponse<String>> start;
        CompletableFuture<HttpResponse<String>> due;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement s = lock.prepareStatement("select id from action_item where id = ? for update")) {
                s.setLong(1, item.getId());
                s.executeQuery().close();
            }
            start = postAsync(press(staff, "a:race-stella", "item.start", item.getVersion()));
            ObjectNode dueDate = press(manager, "a:race-mona", "item.dueDate", item.getVersion());
            dueDate.with("value").with("action").with("data").put("dueDate", newDue.toString());
            due = postAsync(dueDate);
            awaitUpdatesWaitingOnTheLock(2);
            lock.rollback();
        }
        String startCard = start.get(60, TimeUnit.SECONDS).body();
        String dueCard = due.get(60, TimeUnit.SECONDS).body();

        ActionItem after = stored(item);
        assertThat(after.getVersion()).isEqualTo(item.getVersion() + 1);
        assertThat(trace(item, "a:race-stella").audits()).isEqualTo(audits + 1);
        boolean staffWon = after.getStatus().name().equals("IN_PROGRESS");
        // exactly one change landed: the start (due date untouched) or the due date (still NEW)
        assertThat(after.getStatus().name()).isEqualTo(staffWon ? "IN_PROGRESS" : "NEW");
        assertThat(after.getDueDate()).isEqualTo(staffWon ? item.getDueDate() : newDue);
        String winner = staffWon ? staff.getDisplayName() : manager.getDisplayName();
        String loserCard = staffWon ? dueCard : startCard;
        String winnerCard = staffWon ? startCard : dueCard;
        assertThat(loserCard).contains("Changed by " + winner).contains("nothing was changed")
                .doesNotContain("Someone else changed this");
        assertThat(winnerCard).doesNotContain("Changed by");
    }

    @Test
    void aStaleDueDateCardComesBackCurrentAndChangesNothing() throws Exception {
        long stale = item.getVersion();
        assertThat(post(press(staff, "a:stale-stella", "item.start", stale)).statusCode()).isEqualTo(200);
        ActionItem started = stored(item);

        ObjectNode dueDate = press(manager, "a:stale-mona", "item.dueDate", stale);
        dueDate.with("value").with("action").with("data").put("dueDate", started.getDueDate().plusDays(9).toString());
        HttpResponse<String> answer = post(dueDate);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Changed by " + staff.getDisplayName()).contains("In Progress");
        assertThat(stored(item).getDueDate()).isEqualTo(started.getDueDate());
        assertThat(stored(item).getVersion()).isEqualTo(started.getVersion());
    }

    @Test
    void aStaleReassignCardComesBackCurrentAndChangesNothing() throws Exception {
        long stale = item.getVersion();
        ObjectNode dueDate = press(manager, "a:reassign-mona", "item.dueDate", stale);
        dueDate.with("value").with("action").with("data").put("dueDate", item.getDueDate().plusDays(2).toString());
        assertThat(post(dueDate).body()).doesNotContain("Changed by");
        ActionItem changed = stored(item);

        ObjectNode reassign = press(manager, "a:reassign-mona", "item.reassign", stale);
        reassign.with("value").with("action").with("data").put("assigneeId", other.getId());
        HttpResponse<String> answer = post(reassign);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Changed by " + manager.getDisplayName());
        assertThat(stored(item).getAssigneePersonId()).isEqualTo(staff.getId());
        assertThat(stored(item).getVersion()).isEqualTo(changed.getVersion());

        // the card it came back with is current: the same reassign from it goes through
        reassign.with("value").with("action").with("data").put("version", changed.getVersion());
        assertThat(post(reassign).body()).doesNotContain("Changed by");
        assertThat(stored(item).getAssigneePersonId()).isEqualTo(other.getId());
    }

    private ObjectNode press(Person who, String conversation, String verb, long version) {
        return Activities.execute(serviceUrl(), conversation, "personal", "29:" + who.getId(), who.getEntraObjectId(),
                verb, json().put("itemId", item.getId()).put("version", version));
    }

    private CompletableFuture<HttpResponse<String>> postAsync(ObjectNode activity) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls PostgreSQL until {@code n} updates of action_item wait for a lock; fails after 30 s. */
    private void awaitUpdatesWaitingOnTheLock(int n) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Awaitility.await("" + n + " updates of action_item waiting for the row lock").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForList("select query from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and query ilike 'update action_item %'", String.class).size() >= n);
    }
}
