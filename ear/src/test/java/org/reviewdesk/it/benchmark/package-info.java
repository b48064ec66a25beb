/**
 * Benchmarks (tag {@code benchmark}, only with {@code -Preliability}): intake throughput and search times on servers
 * of their own, written to {@code docs/benchmarks.md} beside the limits they are compared with.
 */
package org.reviewdesk.it.benchmark;
