package org.excoord.bot.demo;

import java.time.Clock;
import org.excoord.action.ExecutiveActionManagement;
import org.excoord.action.ExecutiveActionTypeRepository;
import org.excoord.actionitem.ActionItemManagement;
import org.excoord.authority.AuthorityCatalog;
import org.excoord.correspondence.CorrespondenceLog;
import org.excoord.directory.Directory;
import org.excoord.directory.OrgUnitRepository;
import org.excoord.directory.PersonRepository;
import org.excoord.directory.TeamRepository;
import org.excoord.process.ProcessLauncher;
import org.excoord.process.ProcessStepRepository;
import org.excoord.process.ProcessTemplateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the local embedded default with a demo department, once: all in one transaction (a failed seed leaves
 * nothing behind and is retried at the next start), skipped when the Playground's default user already exists.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "excoord.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TransactionTemplate tx;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final TeamRepository teams;
    private final ProcessTemplateRepository templates;
    private final ProcessStepRepository steps;
    private final Directory directory;
    private final AuthorityCatalog authorities;
    private final ExecutiveActionManagement actions;
    private final ExecutiveActionTypeRepository types;
    private final ActionItemManagement items;
    private final ProcessLauncher launcher;
    private final CorrespondenceLog correspondence;
    private final Clock clock;

    DemoData(TransactionTemplate tx, PersonRepository people, OrgUnitRepository units, TeamRepository teams,
            ProcessTemplateRepository templates, ProcessStepRepository steps, Directory directory,
            AuthorityCatalog authorities, ExecutiveActionManagement actions, ExecutiveActionTypeRepository types,
            ActionItemManagement items, ProcessLauncher launcher, CorrespondenceLog correspondence, Clock clock) {
        this.tx = tx;
        this.people = people;
        this.units = units;
        this.teams = teams;
        this.templates = templates;
        this.steps = steps;
        this.directory = directory;
        this.authorities = authorities;
        this.actions = actions;
        this.types = types;
        this.items = items;
        this.launcher = launcher;
        this.correspondence = correspondence;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.findByEntraObjectId(DemoDirectory.ALEX_OID).isPresent()) {
            log.info("Demo data already present; not seeding again");
            return;
        }
        tx.executeWithoutResult(status -> {
            DemoDirectory staff = new DemoDirectory(units, people, teams);
            staff.create();
            new DemoTemplates(templates, steps).create();
            new DemoWork(staff, directory, authorities, actions, types, items, launcher, templates, correspondence,
                    clock).create();
        });
        log.info("Seeded the demo department (set excoord.demo.enabled=false to start empty)");
    }
}
