package org.reviewdesk.reference;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reviewdesk.security.Actors;
import org.reviewdesk.security.UserAccounts;
import org.reviewdesk.validation.FieldError;
import org.reviewdesk.validation.FormField;
import org.reviewdesk.validation.InvalidInput;

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

    @EJB
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Imports a file whose name is not known (a test, a script); the run is kept as "(no file name)". */
    @RolesAllowed("ADMIN")
    public ImportReport importCsv(ReferenceKind kind, InputStream content) {
        return importCsv(kind, null, content);
    }

    /**
     * Imports the file and keeps the run: when, by whom, its report, and on each kept row that this run brought
     * it. A file refused whole (not UTF-8, wrong header) leaves nothing behind, not even a run.
     */
    @RolesAllowed("ADMIN")
    public ImportReport importCsv(ReferenceKind kind, String fileName, InputStream content) {
        String actor = Actors.of(context);
        ImportRun run = new ImportRun(kind, fileName, clock.instant(), actor, Actors.nameOf(actor, accounts));
        em.persist(run);
        Reader reader = new InputStreamReader(
                content,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        int imported = 0;
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            requireHeader(kind, parser.getHeaderNames());
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > MAX_ROWS) {
                    problems.add(new ImportReport.RowProblem(
                            parser.getCurrentLineNumber(),
                            "the file has more than " + MAX_ROWS + " rows; split it and import the rest separately"));
                    break;
                }
                long line = parser.getCurrentLineNumber();
                try {
                    importRow(kind, row, run);
                    imported++;
                } catch (InvalidInput invalid) {
                    problems.add(new ImportReport.RowProblem(line, describe(invalid)));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput(
                    FormField.REFERENCE_FILE, "is not UTF-8 text; save it as CSV (UTF-8) and import it again");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInput(FormField.REFERENCE_FILE, "could not be read as CSV: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInput(FormField.REFERENCE_FILE, "is not a valid CSV file: " + e.getMessage());
        }
        ImportReport report = new ImportReport(kind, imported, problems);
        run.finish(report);
        return report;
    }

    private static void requireHeader(ReferenceKind kind, List<String> header) {
        List<String> normalized =
                header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!normalized.equals(kind.columns())) {
            throw new InvalidInput(
                    FormField.REFERENCE_FILE,
                    "the first row must be the header " + String.join(",", kind.columns()) + " for "
                            + kind.label().toLowerCase(Locale.ROOT) + "; it is " + String.join(",", header));
        }
    }

    private void importRow(ReferenceKind kind, CSVRecord row, ImportRun run) {
        if (row.size() != kind.columns().size()) {
            throw new InvalidInput(
                    "row",
                    "has " + row.size() + " values; expected " + kind.columns().size() + " ("
                            + String.join(",", kind.columns()) + ")");
        }
        switch (kind) {
            case CLINICIANS -> {
                Npi npi = Npi.parse(row.get(0), "npi");
                Clinician clinician = em.find(Clinician.class, npi.value());
                if (clinician == null) {
                    clinician = new Clinician(npi, row.get(1), row.get(2));
                    em.persist(clinician);
                } else {
                    clinician.update(row.get(1), row.get(2));
                }
                clinician.broughtBy(run);
            }
            case PRACTICES -> {
                Tin tin = Tin.parse(row.get(0), "tin");
                Practice practice = em.find(Practice.class, tin.value());
                if (practice == null) {
                    practice = new Practice(tin, row.get(1));
                    em.persist(practice);
                } else {
                    practice.rename(row.get(1));
                }
                practice.broughtBy(run);
            }
            case CLINICIAN_PRACTICES -> {
                Npi npi = Npi.parse(row.get(0), "npi");
                Tin tin = Tin.parse(row.get(1), "tin");
                Clinician clinician = em.find(Clinician.class, npi.value());
                Practice practice = em.find(Practice.class, tin.value());
                if (clinician == null) {
                    throw new InvalidInput(
                            "npi", npi.value() + " is not among the clinicians; import the clinicians file first");
                }
                if (practice == null) {
                    throw new InvalidInput(
                            "tin", tin.masked() + " is not among the practices; import the practices file first");
                }
                clinician.billsUnder(practice);
                clinician.broughtBy(run);
            }
            case VIRTUAL_GROUPS -> {
                VirtualGroupId id = new VirtualGroupId(row.get(0));
                addOrRename(VirtualGroup.class, id.value(), row.get(1), () -> new VirtualGroup(id, row.get(1)))
                        .broughtBy(run);
            }
            case APM_ENTITIES -> {
                ApmEntityId id = new ApmEntityId(row.get(0));
                addOrRename(ApmEntity.class, id.value(), row.get(1), () -> new ApmEntity(id, row.get(1)))
                        .broughtBy(run);
            }
        }
    }

    private <T extends NamedRecord> T addOrRename(
            Class<T> type, String id, String name, java.util.function.Supplier<T> create) {
        T known = em.find(type, id);
        if (known == null) {
            T added = create.get();
            em.persist(added);
            return added;
        }
        known.rename(name);
        return known;
    }

    private static String describe(InvalidInput invalid) {
        return invalid.errors().stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
