package org.reviewdesk.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Imports participation reference data from CSV. Every row is checked with the same rules as
 * the portal; a bad row is reported with its line number and skipped, good rows are kept
 * (added, or updated when the identifier is already known).
 */
@Stateless
public class ReferenceImport {

    /** A file larger than this is refused before it is read. */
    public static final int MAX_ROWS = 500_000;

    @PersistenceContext
    EntityManager em;

    @RolesAllowed("ADMIN")
    public ImportReport importCsv(ReferenceKind kind, InputStream content) {
        Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        int imported = 0;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            requireHeader(kind, parser.getHeaderNames());
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > MAX_ROWS) {
                    problems.add(new ImportReport.RowProblem(parser.getCurrentLineNumber(),
                            "the file has more than " + MAX_ROWS + " rows; split it and import the rest separately"));
                    break;
                }
                long line = parser.getCurrentLineNumber();
                try {
                    importRow(kind, row);
                    imported++;
                } catch (InvalidInput invalid) {
                    problems.add(new ImportReport.RowProblem(line, describe(invalid)));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput("File", "is not UTF-8 text; save it as CSV (UTF-8) and import it again");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInput("File", "could not be read as CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput("File", "is not a valid CSV file: " + e.getMessage());
        }
        return new ImportReport(kind, imported, problems);
    }

    private static void requireHeader(ReferenceKind kind, List<String> header) {
        List<String> normalized = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!normalized.equals(kind.columns())) {
            throw new InvalidInput("File", "the first row must be the header " + String.join(",", kind.columns())
                    + " for " + kind.label().toLowerCase(Locale.ROOT) + "; it is " + String.join(",", header));
        }
    }

    private void importRow(ReferenceKind kind, CSVRecord row) {
        if (row.size() != kind.columns().size()) {
            throw new InvalidInput("row", "has " + row.size() + " values; expected " + kind.columns().size()
                    + " (" + String.join(",", kind.columns()) + ")");
        }
        switch (kind) {
            case CLINICIANS -> {
                Npi npi = Npi.parse(row.get(0), "npi");
                Clinician clinician = em.find(Clinician.class, npi.value());
                if (clinician == null) {
                    em.persist(new Clinician(npi, row.get(1), row.get(2)));
                } else {
                    clinician.update(row.get(1), row.get(2));
                }
            }
            case PRACTICES -> {
                Tin tin = Tin.parse(row.get(0), "tin");
                Practice practice = em.find(Practice.class, tin.value());
                if (practice == null) {
                    em.persist(new Practice(tin, row.get(1)));
                } else {
                    practice.rename(row.get(1));
                }
            }
            case CLINICIAN_PRACTICES -> {
                Npi npi = Npi.parse(row.get(0), "npi");
                Tin tin = Tin.parse(row.get(1), "tin");
                Clinician clinician = em.find(Clinician.class, npi.value());
                Practice practice = em.find(Practice.class, tin.value());
                if (clinician == null) {
                    throw new InvalidInput("npi", npi.value() + " is not among the clinicians; import the clinicians file first");
                }
                if (practice == null) {
                    throw new InvalidInput("tin", tin.masked() + " is not among the practices; import the practices file first");
                }
                clinician.billsUnder(practice);
            }
            case VIRTUAL_GROUPS -> {
                VirtualGroupId id = new VirtualGroupId(row.get(0));
                addOrRename(VirtualGroup.class, id.value(), row.get(1), () -> new VirtualGroup(id, row.get(1)));
            }
            case APM_ENTITIES -> {
                ApmEntityId id = new ApmEntityId(row.get(0));
                addOrRename(ApmEntity.class, id.value(), row.get(1), () -> new ApmEntity(id, row.get(1)));
            }
        }
    }

    private <T extends NamedRecord> void addOrRename(Class<T> type, String id, String name, java.util.function.Supplier<T> create) {
        T known = em.find(type, id);
        if (known == null) {
            em.persist(create.get());
        } else {
            known.rename(name);
        }
    }

    private static String describe(InvalidInput invalid) {
        return invalid.errors().stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
