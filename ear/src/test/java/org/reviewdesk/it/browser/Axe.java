package org.reviewdesk.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.reviewdesk.it.Browser;

/**
 * Deque's axe-core, the accessibility engine, run in the page a browser shows. Its script comes from the
 * com.deque.html.axe-core:selenium jar on Maven Central (only its axe.min.js is used: the build fetches it, the
 * repository holds none of it), injected as is and run with the WCAG 2.0 and 2.1 level A and AA rules, which are
 * the ones Section 508 refers to.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    /** Runs the rules and formats each node that violates one, with an impact of serious or critical. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(function (result) {
                var found = [];
                result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .forEach(function (v) {
                        v.nodes.forEach(function (node) {
                            found.push(v.id + ' (' + v.impact + '): ' + v.help + '\\n      at ' + node.target.join(' ')
                                + '\\n      ' + (node.failureSummary || '').replace(/\\n\\s*/g, ' '));
                        });
                    });
                done(found);
            }, function (error) { done(['axe could not run: ' + error]); });
            """;

    private Axe() {}

    /** The serious and critical violations on what the browser shows now, one line per element, saying what to fix. */
    @SuppressWarnings("unchecked")
    static List<String> seriousOrCriticalViolations(Browser browser) {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object';"))) {
            browser.script(SOURCE);
        }
        return (List<String>) browser.asyncScript(Duration.ofMinutes(2), RUN, WCAG_21_AA);
    }

    private static String load() {
        try (InputStream script = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test class path: the com.deque.html.axe-core:selenium test dependency is missing");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
