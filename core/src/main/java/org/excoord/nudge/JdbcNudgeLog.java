package org.excoord.nudge;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nudge log on {@code nudge_log}'s unique key (person, kind, subject, day). A claim is one
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE} committed in a transaction of its own, so that two replicas racing for
 * the same message are ordered by the row lock of the key: the loser's update finds the winner's live claim and
 * returns nothing. A stale claim (a crash) or a FAILED row whose retry time has come is taken over, one attempt more.
 */
@Repository
class JdbcNudgeLog implements NudgeLog {

    private static final String CLAIM = """
            insert into nudge_log as l (person_id, kind, subject_id, day, recipient_id, state, attempts, claimed_at,
                                        claim_until, sweep_id, reason)
            values (?, ?, ?, ?, ?, 'CLAIMED', 1, ?, ?, ?, ?)
            on conflict (person_id, kind, subject_id, day) do update
               set state = 'CLAIMED', attempts = l.attempts + 1, claimed_at = excluded.claimed_at,
                   claim_until = excluded.claim_until, sweep_id = excluded.sweep_id,
                   recipient_id = excluded.recipient_id, reason = excluded.reason, detail = null
             where l.state in ('CLAIMED', 'FAILED') and l.claim_until is not null and l.claim_until <= ?
            returning id, attempts""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final NudgeRules rules;

    JdbcNudgeLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, NudgeRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.ownTransaction = new TransactionTemplate(transactions);
        // committed before the send, whatever the caller's transaction: the claim is what the other replica sees
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<Claim> claim(PlannedNudge nudge, long sweepId, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(rules.claimTimeout()));
        List<int[]> rows = ownTransaction.execute(tx -> jdbc.query(CLAIM,
                (rs, n) -> new int[] {(int) rs.getLong(1), rs.getInt(2)}, nudge.personId(), nudge.kind().name(),
                nudge.subjectId(), nudge.day(), nudge.recipientId(), at, until, sweepId, cut(nudge.reason(), 500), at));
        if (rows == null || rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(rows.get(0)[0], nudge, rows.get(0)[1]));
    }

    /** Joins the caller's transaction: the sweep commits the outcome and the notifications it told together. */
    @Override
    @Transactional
    public void record(Claim claim, Outcome outcome, String conversationId, String activityId, String detail,
            Instant retryAt, Instant now) {
        boolean delivered = outcome == Outcome.SENT || outcome == Outcome.EMAILED;
        Timestamp retry = outcome == Outcome.FAILED && retryAt != null ? Timestamp.from(retryAt) : null;
        jdbc.update("""
                update nudge_log set state = ?, sent_at = ?, conversation_id = coalesce(?, conversation_id),
                       activity_id = coalesce(?, activity_id), detail = ?, claim_until = ?
                 where id = ?""", outcome.name(), delivered ? Timestamp.from(now) : null, cut(conversationId, 400),
                cut(activityId, 200), cut(detail, 1000), retry, claim.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> sentActivityOf(Long personId, NudgeKind kind, LocalDate day) {
        List<String> ids = jdbc.queryForList("""
                select activity_id from nudge_log
                 where recipient_id = ? and kind = ? and day = ? and state = 'SENT' and activity_id is not null
                 order by sent_at desc, id desc limit 1""", String.class, personId, kind.name(), day);
        return ids.stream().findFirst();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
