package org.reviewdesk.validation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reviewdesk.validation.FormField;

/**
 * A page places a refusal beside its field by the field's {@link FormField} constant, written as
 * its name in the XHTML (EL turns the name into the constant). The compiler does not read XHTML,
 * so this test does: every field a page names must be a constant, or the build fails here rather
 * than the page at run time.
 */
class FormFieldNamesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    /** The field of the field-error template, and the field a page asks its errors about directly. */
    private static final Pattern NAMED_FIELD =
            Pattern.compile("<ui:param name=\"field\" value=\"([^\"]*)\"\\s*/>|errors\\.(?:has|of)\\('([^']*)'\\)");

    private static final Set<String> CONSTANTS =
            Arrays.stream(FormField.values()).map(Enum::name).collect(Collectors.toSet());

    @Test
    void everyFieldAPageNamesIsAFormField() {
        List<NamedField> named = namedFields();
        List<String> unknown = named.stream()
                .filter(field -> !field.value().startsWith("#{"))
                .filter(field -> !CONSTANTS.contains(field.value()))
                .map(NamedField::toString)
                .toList();

        assertTrue(named.size() > 50, "the pages name their fields: " + named);
        assertEquals(List.of(), unknown, "fields no FormField has");
    }

    private record NamedField(Path page, String value) {
        @Override
        public String toString() {
            return PAGES.relativize(page) + ": " + value;
        }
    }

    private static List<NamedField> namedFields() {
        List<NamedField> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page :
                    files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = NAMED_FIELD.matcher(Files.readString(page));
                while (matcher.find()) {
                    named.add(new NamedField(page, matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }
}
