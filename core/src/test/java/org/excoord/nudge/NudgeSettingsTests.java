package org.excoord.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.excoord.actionitem.ActionItem;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.actionitem.NewActionItem;
import org.excoord.audit.AuditLog;
import org.excoord.directory.Actor;
import org.excoord.directory.OrgUnit;
import org.excoord.directory.Person;
import org.excoord.shared.Refusal;
import org.excoord.testing.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Digest preferences, snooze and mute on visible items only, and "I have read this" once, by the assignee. */
class NudgeSettingsTests extends CoreIntegrationTest {

    @Autowired
    NudgeSettings settings;
    @Autowired
    Delegations delegations;
    @Autowired
    ActionItemManagement items;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private Person boss;
    private Person alex;
    private Person stranger;
    private ActionItem item;
    private LocalDate today;

    @BeforeEach
    void data() {
        OrgUnit unit = fixtures.unit("Settings Office", null);
        OrgUnit elsewhere = fixtures.unit("Other Office", null);
        boss = fixtures.manager("Sal Settings", unit);
        alex = fixtures.person("Alex Settings", unit);
        stranger = fixtures.person("Stan Stranger", elsewhere);
        today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate();
        item = items.create(NewActionItem.adHoc("Read the directive", alex.getId(), today.plusDays(4), null),
                fixtures.actor(boss)).orElseThrow();
    }

    @Test
    void withoutARowTheDefaultsAndAnUpdateIsKeptAndAudited() {
        assertThat(settings.preferencesOf(alex.getId())).isEqualTo(new NudgeSettings.Preferences(
                NudgeRules.defaults().digestTime(), true, NudgeSettings.TeamDigest.DAILY, false));
        var chosen = new NudgeSettings.Preferences(LocalTime.of(7, 45, 12), false, NudgeSettings.TeamDigest.WEEKLY,
                true);
        assertThat(settings.update(chosen, fixtures.actor(alex)).orElseThrow().digestTime())
                .isEqualTo(LocalTime.of(7, 45));
        assertThat(settings.preferencesOf(alex.getId())).isEqualTo(new NudgeSettings.Preferences(LocalTime.of(7, 45),
                false, NudgeSettings.TeamDigest.WEEKLY, true));
        settings.update(new NudgeSettings.Preferences(LocalTime.of(9, 0), true, NudgeSettings.TeamDigest.OFF, false),
                fixtures.actor(alex)).orElseThrow();
        assertThat(settings.preferencesOf(alex.getId()).teamDigest()).isEqualTo(NudgeSettings.TeamDigest.OFF);
        assertThat(audit.history(JpaNudgeSettings.PREFERENCES, alex.getId())).hasSize(2).last()
                .satisfies(e -> assertThat(e.after()).contains("09:00").contains("OFF"));
        assertThat(settings.preferencesOf(boss.getId()).digestsOn()).as("another person's are untouched").isTrue();
        assertThat(settings.update(new NudgeSettings.Preferences(null, true, NudgeSettings.TeamDigest.OFF, false),
                fixtures.actor(alex)).refusal().field()).isEqualTo("digestTime");
    }

    @Test
    void snoozeAndMuteAnItemOneMayViewForADayAfterTodayAtMostNinetyDaysOut() {
        Actor own = fixtures.actor(alex);
        assertThat(settings.snooze(item.getId(), today, own).refusal().field()).isEqualTo("until");
        assertThat(settings.snooze(item.getId(), today.plusDays(91), own).refusal().field()).isEqualTo("until");
        assertThat(settings.snooze(item.getId(), today.plusDays(3), own).orElseThrow())
                .isEqualTo(new NudgeSettings.ItemControl(item.getId(), today.plusDays(3), false));
        assertThat(settings.mute(item.getId(), true, own).orElseThrow())
                .isEqualTo(new NudgeSettings.ItemControl(item.getId(), today.plusDays(3), true));
        assertThat(settings.controlOf(item.getId(), alex.getId())).hasValueSatisfying(c -> assertThat(c.muted()).isTrue());
        assertThat(settings.controlOf(item.getId(), boss.getId())).as("per person").isEmpty();
        assertThat(audit.history(JpaNudgeSettings.CONTROL, item.getId() + "/" + alex.getId()))
                .extracting(e -> e.action()).containsExactly("SNOOZED", "MUTED");

        Actor outsider = fixtures.actor(stranger);
        assertThat(settings.snooze(item.getId(), today.plusDays(1), outsider).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(settings.mute(item.getId(), true, outsider).refusal().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(settings.controlOf(item.getId(), stranger.getId())).isEmpty();
        assertThat(settings.mute(-5L, true, own).refusal().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void onlyTheAssigneeOrTheirDelegateAcknowledgesOnceAndOnlyWhereAsked() {
        Actor own = fixtures.actor(alex);
        assertThat(settings.acknowledge(item.getId(), own).refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
        jdbc.update("update action_item set needs_acknowledgement = true where id = ?", item.getId());

        assertThat(settings.acknowledge(item.getId(), fixtures.actor(boss)).refusal().kind())
                .as("the originator is not the reader").isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(settings.acknowledgementOf(item.getId())).isEmpty();
        Instant first = settings.acknowledge(item.getId(), own).orElseThrow();
        assertThat(settings.acknowledge(item.getId(), own).orElseThrow()).as("once").isEqualTo(first);
        assertThat(settings.acknowledgementOf(item.getId())).hasValue(new NudgeSettings.Acknowledgement(alex.getId(),
                alex.getDisplayName(), first));
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("ACKNOWLEDGED"))
                .hasSize(1);
    }

    @Test
    void theDelegateSnoozesTheDelegatorsNudgesWhichTheyAreReceiving() {
        Person dana = fixtures.person("Dana Snoozes", null);
        assertThat(settings.snooze(item.getId(), today.plusDays(1), fixtures.actor(dana)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        delegations.delegate(alex.getId(), dana.getId(), today, today.plusDays(1), fixtures.actor(alex)).orElseThrow();
        settings.snooze(item.getId(), today.plusDays(2), fixtures.actor(dana)).orElseThrow();
        assertThat(settings.controlOf(item.getId(), alex.getId())).hasValueSatisfying(
                c -> assertThat(c.snoozedUntil()).isEqualTo(today.plusDays(2)));
        assertThat(settings.controlOf(item.getId(), dana.getId())).isEmpty();
        assertThat(audit.history(JpaNudgeSettings.CONTROL, item.getId() + "/" + alex.getId())).singleElement()
                .satisfies(e -> assertThat(e.actorLabel()).isEqualTo("Dana Snoozes on behalf of Alex Settings"));
    }

    @Test
    void theDelegateAcknowledgesOnBehalfOfTheAssignee() {
        Person dana = fixtures.person("Dana Reads", null);
        jdbc.update("update action_item set needs_acknowledgement = true where id = ?", item.getId());
        assertThat(settings.acknowledge(item.getId(), fixtures.actor(dana)).refusal().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        delegations.delegate(alex.getId(), dana.getId(), today, today.plusDays(1), fixtures.actor(alex)).orElseThrow();
        settings.acknowledge(item.getId(), fixtures.actor(dana)).orElseThrow();
        assertThat(settings.acknowledgementOf(item.getId())).hasValueSatisfying(
                a -> assertThat(a.personId()).isEqualTo(dana.getId()));
        assertThat(audit.history("ActionItem", item.getId())).filteredOn(e -> e.action().equals("ACKNOWLEDGED"))
                .singleElement().satisfies(e -> assertThat(e.actorLabel()).isEqualTo("Dana Reads on behalf of Alex Settings"));
    }
}
