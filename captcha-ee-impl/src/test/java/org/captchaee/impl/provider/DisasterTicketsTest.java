package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.junit.jupiter.api.Test;

class DisasterTicketsTest {

    private static final long NOW = 1_800_000_000L;
    private static final String APP = "190000001";

    private final DisasterTickets tickets = new DisasterTickets(3, "\\d{1,20}", "terror_", "trerror_");

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
    void fullMemory_refusesNewTickets_ratherThanForgettingLiveOnes() {
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    Verdict.Outcome.UNAVAILABLE,
                    judge("terror_100" + i + "_" + APP + "_" + NOW, true, mode())
                            .outcome());
        }
        assertEquals(
                VerdictReason.REPLAYED,
                judge("terror_1009_" + APP + "_" + NOW, true, mode()).reason());
    }

    @Test
    void anotherProvidersFormat_withAnOwnerOfLetters_isJudgedTheSameWay() {
        DisasterTickets aliyun = new DisasterTickets(3, "[A-Za-z0-9-]{1,64}", "aliyun_error_");
        DisasterRules rules = new DisasterRules(DisasterTicketMode.DURING_OUTAGE, "scene-1", Duration.ofMinutes(10));
        assertEquals(false, aliyun.isDisasterTicket("terror_1001_" + APP + "_" + NOW));
        assertEquals(
                Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "disaster-ticket"),
                aliyun.judge("aliyun_error_1001_scene-1_" + NOW, rules, true, NOW));
        assertEquals(
                VerdictReason.MISCONFIGURED,
                aliyun.judge("aliyun_error_1001_scene-2_" + NOW, rules, true, NOW)
                        .reason());
        assertEquals(
                VerdictReason.MALFORMED,
                aliyun.judge("aliyun_error_1001_scene_1_" + NOW, rules, true, NOW)
                        .reason());
    }

    private Verdict judge(String ticket, boolean outage, DisasterTicketMode mode) {
        return tickets.judge(ticket, new DisasterRules(mode, APP, Duration.ofMinutes(10)), outage, NOW);
    }

    private static DisasterTicketMode mode() {
        return DisasterTicketMode.DURING_OUTAGE;
    }
}
