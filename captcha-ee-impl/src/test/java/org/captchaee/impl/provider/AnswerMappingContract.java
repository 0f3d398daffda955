package org.captchaee.impl.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.captchaee.Verdict;
import org.captchaee.VerdictReason;
import org.captchaee.spi.CaptchaUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The contract every provider's {@link AnswerMapping} passes, from the provider's published codes: every documented
 * outage (its errors and overload, our credentials refused) is UNAVAILABLE, and every code a client can provoke by
 * choosing what it sends, or a code nobody documents, is REJECTED, never an outage. A provider's test implements this
 * interface with answers carrying those codes.
 *
 * @param <A> the provider's answer
 */
public interface AnswerMappingContract<A> {

    /** The reasons an outage may give: failures no client can cause. */
    Set<VerdictReason> OUTAGE_REASONS = Set.of(
            VerdictReason.PROVIDER_ERROR,
            VerdictReason.PROVIDER_BUSY,
            VerdictReason.MISCONFIGURED,
            VerdictReason.TIMEOUT);

    /**
     * The mapping under test.
     *
     * @return the provider's mapping
     */
    AnswerMapping<A> mapping();

    /**
     * An answer for each outage the provider documents.
     *
     * @return the answers
     */
    List<A> documentedOutages();

    /**
     * An answer for each code the provider documents that a client can provoke with what it sends.
     *
     * @return the answers
     */
    List<A> clientProvokable();

    /**
     * Answers with codes the provider does not document.
     *
     * @return the answers
     */
    List<A> unknownCodes();

    @Test
    default void everyDocumentedOutage_isUnavailable_andThrownByTheClient() {
        for (A answer : documentedOutages()) {
            CaptchaUnavailableException outage =
                    mapping().outage(answer).orElseThrow(() -> new AssertionError("no outage for " + answer));
            assertTrue(OUTAGE_REASONS.contains(outage.reason()), () -> answer + " gave " + outage.reason());
            assertSame(
                    outage.reason(),
                    assertThrows(CaptchaUnavailableException.class, () -> mapping()
                                    .unlessOutage(answer))
                            .reason());
        }
    }

    @Test
    default void everyCodeAClientCanProvoke_isRejected() {
        assertRejected(clientProvokable());
    }

    @Test
    default void everyUnknownCode_isRejected() {
        assertRejected(unknownCodes());
    }

    private void assertRejected(List<A> answers) {
        assertTrue(!answers.isEmpty(), "the contract needs answers");
        for (A answer : answers) {
            assertEquals(Optional.empty(), mapping().outage(answer), () -> "outage for " + answer);
            assertSame(answer, mapping().unlessOutage(answer));
            assertEquals(Verdict.Outcome.REJECTED, mapping().verdict(answer).outcome(), () -> "verdict of " + answer);
        }
    }
}
