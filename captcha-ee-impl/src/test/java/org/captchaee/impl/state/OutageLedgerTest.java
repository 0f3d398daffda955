package org.captchaee.impl.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaStateStore;
import org.captchaee.spi.StateStoreUnavailableException;
import org.junit.jupiter.api.Test;

class OutageLedgerTest {

    private final AtomicLong millis = new AtomicLong(1);
    private final SharedState state = TestStates.over(new InMemoryStateStore(1_000, millis::get));
    private final OutageLedger node1 = new OutageLedger(state);
    private final OutageLedger node2 = new OutageLedger(state);

    @Test
    void aProviderFailureSeenByOneNode_isKnownToTheOther_forTheWindow() {
        node1.record("tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout"));
        assertTrue(node2.providerDown("tencent"));
        assertFalse(node2.providerDown("aliyun"));
        millis.addAndGet(OutageLedger.WINDOW.toMillis() - 1);
        assertTrue(node2.downAsFarAsKnown("tencent"));
        millis.addAndGet(1);
        assertFalse(node2.downAsFarAsKnown("tencent"));
    }

    @Test
    void eachFailure_startsTheWindowAgain() {
        node1.record("tencent", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, "InternalError"));
        millis.addAndGet(Duration.ofMinutes(1).toMillis());
        node2.record("tencent", Verdict.unavailable(VerdictReason.PROVIDER_BUSY, "26"));
        millis.addAndGet(Duration.ofMinutes(1).toMillis() + 1);
        assertTrue(node1.providerDown("tencent"));
    }

    @Test
    void whatNoProviderFailureExplains_marksNothingDown() {
        node1.record("tencent", Verdict.unavailable(VerdictReason.PROVIDER_ERROR, OutageLedger.DISASTER_TICKET_CODE));
        node1.record("tencent", Verdict.unavailable(VerdictReason.STORE_UNAVAILABLE, "state-store"));
        node1.record("tencent", Verdict.rejected(VerdictReason.SERVER_BUSY, "bulkhead-full"));
        node1.record("tencent", Verdict.rejected(VerdictReason.INVALID, "9"));
        assertFalse(node2.providerDown("tencent"));
    }

    @Test
    void aCaptchaTheProviderPasses_endsTheOutage_butADegradedPassDoesNot() {
        Verdict outage = Verdict.unavailable(VerdictReason.TIMEOUT, "timeout");
        node1.record("tencent", outage);
        node2.record("tencent", outage.toDegradedPass());
        assertTrue(node1.providerDown("tencent"));
        node2.record("tencent", Verdict.passed("1"));
        assertFalse(node1.providerDown("tencent"));
    }

    @Test
    void aPass_clearsAMarkThisNodeKnowsOf_atOnce_andAnyOther_afterTheClearInterval() {
        AtomicLong nanos = new AtomicLong();
        OutageLedger a = new OutageLedger(state, nanos::get);
        OutageLedger b = new OutageLedger(state, nanos::get);
        Verdict outage = Verdict.unavailable(VerdictReason.TIMEOUT, "timeout");
        a.record("tencent", Verdict.passed("1"));
        b.record("tencent", outage);
        // a cleared less than the interval ago and knows of no mark: its pass costs no store operation
        a.record("tencent", Verdict.passed("1"));
        assertTrue(b.providerDown("tencent"));
        nanos.addAndGet(OutageLedger.CLEAR_INTERVAL.toNanos());
        a.record("tencent", Verdict.passed("1"));
        assertFalse(b.providerDown("tencent"));
        // a mark a node read, or recorded itself, ends with its next pass
        b.record("tencent", outage);
        assertTrue(a.downAsFarAsKnown("tencent"));
        a.record("tencent", Verdict.passed("1"));
        assertFalse(b.providerDown("tencent"));
        a.record("tencent", outage);
        a.record("tencent", Verdict.passed("1"));
        assertFalse(b.providerDown("tencent"));
    }

    @Test
    void aProviderThatStaysDown_costsANodeOneRestartOfTheWindowPerClearInterval_notOnePerCall() {
        AtomicLong nanos = new AtomicLong();
        AtomicInteger writes = new AtomicInteger();
        InMemoryStateStore memory = new InMemoryStateStore(1_000, millis::get);
        OutageLedger node = new OutageLedger(TestStates.over(new CountingWrites(memory, writes)), nanos::get);
        Verdict outage = Verdict.unavailable(VerdictReason.TIMEOUT, "timeout");
        node.record("tencent", outage);
        int perRestart = writes.get();
        for (int call = 0; call < 100; call++) {
            node.record("tencent", outage);
        }
        assertEquals(perRestart, writes.get());
        nanos.addAndGet(OutageLedger.CLEAR_INTERVAL.toNanos());
        millis.addAndGet(Duration.ofMinutes(1).toMillis());
        node.record("tencent", outage);
        assertEquals(2 * perRestart, writes.get());
        millis.addAndGet(Duration.ofMinutes(1).toMillis() + 1);
        assertTrue(new OutageLedger(TestStates.over(memory)).providerDown("tencent"), "the window started again");
    }

    @Test
    void aFailureRightAfterThisNodeClearedTheMark_marksTheProviderDownAgainAtOnce() {
        AtomicLong nanos = new AtomicLong();
        OutageLedger a = new OutageLedger(state, nanos::get);
        Verdict outage = Verdict.unavailable(VerdictReason.TIMEOUT, "timeout");
        a.record("tencent", outage);
        a.record("tencent", Verdict.passed("1"));
        assertFalse(node2.providerDown("tencent"));
        a.record("tencent", outage);
        assertTrue(node2.providerDown("tencent"));
    }

    /** A store that counts the writes that reach it. */
    private record CountingWrites(CaptchaStateStore store, AtomicInteger writes) implements CaptchaStateStore {

        @Override
        public boolean putIfAbsent(String key, Duration ttl) {
            writes.incrementAndGet();
            return store.putIfAbsent(key, ttl);
        }

        @Override
        public long increment(String key, Duration ttl) {
            writes.incrementAndGet();
            return store.increment(key, ttl);
        }

        @Override
        public long count(String key) {
            return store.count(key);
        }

        @Override
        public void remove(String key) {
            writes.incrementAndGet();
            store.remove(key);
        }
    }

    @Test
    void aClientThatSentADisasterTicket_isSentToTheFallback_onEveryNode() {
        node1.unreachableFrom("tencent", "192.0.2.1");
        assertTrue(node2.downFor("tencent", "192.0.2.1"));
        assertFalse(node2.downFor("tencent", "192.0.2.2"));
        assertFalse(node2.providerDown("tencent"));
    }

    @Test
    void aStoreThatCannotBeReached_isTheCallersOutage_whenAskedForDisasterTickets_andNoOutageForRouting() {
        OutageLedger broken = new OutageLedger(TestStates.over(new UnreachableStore()));
        assertThrows(StateStoreUnavailableException.class, () -> broken.providerDown("tencent"));
        assertFalse(broken.downFor("tencent", "192.0.2.1"));
        broken.record("tencent", Verdict.unavailable(VerdictReason.TIMEOUT, "timeout"));
        broken.unreachableFrom("tencent", "192.0.2.1");
    }
}
