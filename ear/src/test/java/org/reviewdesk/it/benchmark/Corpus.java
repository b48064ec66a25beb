package org.reviewdesk.it.benchmark;

import java.time.Duration;

/**
 * What the scale benchmark's corpus holds once it is built and indexed, for the figures measured on it.
 *
 * @param prefix what the corpus's request keys start with ({@code IntakeProbe.requestKey})
 * @param cases cases in the database
 * @param attachments files attached to them
 * @param seed the generator's seed: the same seed builds the same corpus
 * @param built from the first case written until the index held every case and every file's text
 */
public record Corpus(String prefix, int cases, int attachments, long seed, Duration built) {}
