package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.impl.state.InMemoryStateStore;
import org.captchaee.impl.state.SharedState;
import org.captchaee.impl.state.TestStates;
import org.captchaee.spi.StateStoreFullException;
import org.junit.jupiter.api.Test;

class DisasterTicketsTest {

    private static final long NOW = 1_800_000_000L;
    private static final String APP = "190000001";

    private final AtomicLong millis = new AtomicLong(1);
    private final SharedState state = TestStates.over(new InMemoryStateStore(3, millis::get));
    private final DisasterTickets tickets = new DisasterTickets(state, "tencent", "\\d{1,20}", "terror_", "trerror_");

    @Test
    void duringAnObservedOutage_aFreshTicketOfOurApp_isAnOutage_once() {
        String ticket = "terror_1001_" + APP + "_" + (NOW - 5);
        assertEquals(Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket"), judge(ticket, true, mode()));
        assertEquals(VerdictReason.REPLAYED, judge(ticket, true, mode()).reason());
    }

    @Test
    void bothPrefixes_areDisasterTickets() {
        assertEquals(
                Verdict.Outcome.UNAVAILABLE,
                judge("trerror_1001_" + APP + "_" + NOW, true, mode()).outcome());
        assertEquals(true, tickets.isDisasterTicket("trerror_x"));
        assertEquals(false, tickets.isDisasterTicket("tr03terror_"));
    }

    @Test
    void whileTencentIsHealthy_aDisasterTicketIsRejected() {
        assertEquals(
                VerdictReason.DISASTER_TICKET,
                judge("terror_1001_" + APP + "_" + NOW, false, mode()).reason());
    }

    @Test
    void anotherAppsTicket_anOldOne_aFutureOne_andGarbage_areRejected() {
        assertEquals(
                VerdictReason.MISCONFIGURED,
                judge("terror_1001_42_" + NOW, true, mode()).reason());
        assertEquals(
                VerdictReason.EXPIRED,
                judge("terror_1001_" + APP + "_" + (NOW - 601), true, mode()).reason());
        assertEquals(
                Verdict.Outcome.UNAVAILABLE,
                judge("terror_1001_" + APP + "_" + (NOW - 600), true, mode()).outcome());
        assertEquals(
                VerdictReason.INVALID,
                judge("terror_1001_" + APP + "_" + (NOW + 61), true, mode()).reason());
        assertEquals(
                VerdictReason.MALFORMED,
                judge("terror_1001_" + APP, true, mode()).reason());
        assertEquals(
                VerdictReason.MALFORMED,
                judge("terror_x_" + APP + "_" + NOW, true, mode()).reason());
    }

    @Test
    void modeNever_rejectsAlways_andModeAlways_skipsTheOutageCheck() {
        String ticket = "terror_1006_" + APP + "_" + NOW;
        assertEquals(
                VerdictReason.DISASTER_TICKET,
                judge(ticket, true, DisasterTicketMode.NEVER).reason());
        assertEquals(
                Verdict.Outcome.UNAVAILABLE,
                judge(ticket, false, DisasterTicketMode.ALWAYS).outcome());
    }

    @Test
    void aTicketAcceptedOnOneNode_isReplayedOnAnother_sharingTheStore() {
        String ticket = "terror_1001_" + APP + "_" + NOW;
        DisasterTickets otherNode = new DisasterTickets(state, "tencent", "\\d{1,20}", "terror_", "trerror_");
        assertEquals(Verdict.Outcome.UNAVAILABLE, judge(ticket, true, mode()).outcome());
        assertEquals(
                VerdictReason.REPLAYED,
                otherNode
                        .judge(ticket, new DisasterRules(mode(), APP, Duration.ofMinutes(10)), () -> true, NOW)
                        .reason());
    }

    @Test
    void aTicketIsRemembered_untilItExpires() {
        String ticket = "terror_1001_" + APP + "_" + NOW;
        assertEquals(Verdict.Outcome.UNAVAILABLE, judge(ticket, true, mode()).outcome());
        millis.addAndGet(Duration.ofMinutes(10).toMillis());
        assertEquals(VerdictReason.REPLAYED, judge(ticket, true, mode()).reason(), "still valid, still remembered");
    }

    @Test
    void aFullStore_refusesNewTickets_ratherThanForgettingLiveOnes() {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    Verdict.Outcome.UNAVAILABLE,
                    judge("terror_100" + i + "_" + APP + "_" + NOW, true, mode())
                            .outcome());
        }
        assertThrows(StateStoreFullException.class, () -> judge("terror_1009_" + APP + "_" + NOW, true, mode()));
        assertEquals(
                VerdictReason.REPLAYED,
                judge("terror_1000_" + APP + "_" + NOW, true, mode()).reason());
    }

    @Test
    void theOutageIsAskedOnlyWhenEverythingElseHolds() {
        judge("terror_1001_42_" + NOW, true, mode());
        assertEquals(
                VerdictReason.DISASTER_TICKET,
                tickets.judge(
                                "terror_1001_" + APP + "_" + NOW,
                                new DisasterRules(DisasterTicketMode.NEVER, APP, Duration.ofMinutes(10)),
                                () -> {
                                    throw new AssertionError("the outage ledger was asked");
                                },
                                NOW)
                        .reason());
    }

    @Test
    void anotherProvidersFormat_withAnOwnerOfLetters_isJudgedTheSameWay() {
        DisasterTickets aliyun = new DisasterTickets(state, "aliyun", "[A-Za-z0-9-]{1,64}", "aliyun_error_");
        DisasterRules rules = new DisasterRules(DisasterTicketMode.DURING_OUTAGE, "scene-1", Duration.ofMinutes(10));
        assertEquals(false, aliyun.isDisasterTicket("terror_1001_" + APP + "_" + NOW));
        assertEquals(
                Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket"),
                aliyun.judge("aliyun_error_1001_scene-1_" + NOW, rules, () -> true, NOW));
        assertEquals(
                VerdictReason.MISCONFIGURED,
                aliyun.judge("aliyun_error_1001_scene-2_" + NOW, rules, () -> true, NOW)
                        .reason());
        assertEquals(
                VerdictReason.MALFORMED,
                aliyun.judge("aliyun_error_1001_scene_1_" + NOW, rules, () -> true, NOW)
                        .reason());
    }

    private Verdict judge(String ticket, boolean outage, DisasterTicketMode mode) {
        return tickets.judge(ticket, new DisasterRules(mode, APP, Duration.ofMinutes(10)), () -> outage, NOW);
    }

    private static DisasterTicketMode mode() {
        return DisasterTicketMode.DURING_OUTAGE;
    }
}
