package org.excoord.bot.web;

import static org.mockito.Mockito.mock;

import org.excoord.bot.nudges.Delivery;
import org.excoord.bot.nudges.NudgeCards;
import org.excoord.nudge.NudgeLog;
import org.excoord.nudge.NudgePlanner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for the nudge ports other parts of issue 11 implement (planning and its log, the cards, delivery), so the
 * whole app starts for the settings endpoints' tests before those are merged; primary, so they also win once the
 * real ones exist. Nothing here is swept: the tests never call them.
 */
@TestConfiguration(proxyBeanMethods = false)
class NudgePortFakes {

    @Bean
    @Primary
    NudgePlanner fakeNudgePlanner() {
        return mock(NudgePlanner.class);
    }

    @Bean
    @Primary
    NudgeLog fakeNudgeLog() {
        return mock(NudgeLog.class);
    }

    @Bean
    @Primary
    NudgeCards fakeNudgeCards() {
        return mock(NudgeCards.class);
    }

    @Bean
    @Primary
    Delivery fakeDelivery() {
        return mock(Delivery.class);
    }
}
