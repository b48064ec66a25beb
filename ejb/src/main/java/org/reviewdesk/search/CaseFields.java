package org.reviewdesk.search;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.reviewdesk.request.IdentifierKind;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;

/**
 * The shape of a case in the Lucene index: one document per case. Prose is analysed for English
 * (stemmed, stop words dropped) and kept with offsets so matches can be shown in context;
 * identifiers, codes and names of people are kept whole so they match exactly. Facets are
 * sorted-set doc values, so counting them needs no side index.
 */
final class CaseFields {

    static final String ID = "id";
    static final String NUMBER = "number";
    static final String YEAR = "year";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String ISSUE = "issue";
    static final String CATEGORY = "category";
    static final String REVIEWER = "reviewer";
    static final String OWNER = "owner";
    static final String ACCESS = "access";

    /** Every identifier of the case, whatever its kind, for bare numbers typed in the query box. */
    static final String IDENTIFIER = "identifier";

    static final String NPI = "npi";
    static final String TIN = "tin";
    static final String PRACTICE_TIN = "practicetin";
    static final String VIRTUAL_GROUP = "vg";
    static final String APM_ENTITY = "apm";

    /** The field each kind of party identifier is searched by ({@code npi:}, {@code tin:}, {@code vg:}, {@code apm:}). */
    private static final Map<IdentifierKind, String> IDENTIFIER_FIELDS = new EnumMap<>(Map.of(
            IdentifierKind.NPI, NPI,
            IdentifierKind.TIN, TIN,
            IdentifierKind.VIRTUAL_GROUP_ID, VIRTUAL_GROUP,
            IdentifierKind.APM_ENTITY_ID, APM_ENTITY));

    static final String TITLE = "title";
    static final String NAME = "name";
    static final String REVIEWER_NAME = "reviewername";
    static final String EXPLANATION = "explanation";
    static final String DECISION = "decision";
    static final String COMMENT = "comment";
    static final String NOTE = "note";
    static final String FILE_NAME = "filename";
    static final String NOTE_FILE_NAME = "notefilename";
    static final String FILE = "file";
    static final String NOTE_FILE = "notefile";

    static final String SUBMITTED = "submitted";
    static final String DECIDED = "decided";
    /** When an open documentation request lapses; absent on a case without one. */
    static final String DOCUMENTATION_DUE = "due";

    static final String STAMP = "stamp";
    /** The decision's reason code: searched ({@code reason:no_error_found}, the dashboard's denial reasons) and stored to show similar cases' outcomes. */
    static final String DECISION_REASON = "reason";

    static final String GENERATION = "generation";

    /** Facet dimensions, in the order the search screen shows them. */
    static final List<String> FACETS = List.of(STATUS, YEAR, ISSUE, CATEGORY, TYPE, REVIEWER);

    static final String UNASSIGNED = "unassigned";

    /** The field a party identifier of this kind is indexed and searched under. */
    static String identifierField(IdentifierKind kind) {
        return IDENTIFIER_FIELDS.get(kind);
    }

    /** Text a submitter may find their own case by; staff also search {@link #STAFF_TEXT}. */
    static final List<String> PUBLIC_TEXT =
            List.of(TITLE, NAME, EXPLANATION, DECISION, COMMENT, FILE_NAME, FILE, REVIEWER_NAME);

    static final List<String> STAFF_TEXT = List.of(NOTE, NOTE_FILE_NAME, NOTE_FILE);
    static final List<String> IDENTIFIERS = List.of(NPI, TIN, PRACTICE_TIN, VIRTUAL_GROUP, APM_ENTITY, IDENTIFIER);
    static final List<String> CODES =
            List.of(ID, NUMBER, YEAR, STATUS, TYPE, ISSUE, CATEGORY, REVIEWER, DECISION_REASON);

    /** The parts of a case a match is shown from, each a multi-valued field whose values are the parts' texts. */
    static final Map<CaseDocument.PartKind, String> PART_FIELDS = Map.of(
            CaseDocument.PartKind.COMMENT,
            COMMENT,
            CaseDocument.PartKind.NOTE,
            NOTE,
            CaseDocument.PartKind.FILE,
            FILE,
            CaseDocument.PartKind.NOTE_FILE,
            NOTE_FILE);

    static String labelField(String partField) {
        return partField + "_label";
    }

    static String sourceField(String partField) {
        return partField + "_source";
    }

    static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    static {
        FACETS_CONFIG.setMultiValued(ISSUE, true);
        FACETS_CONFIG.setMultiValued(CATEGORY, true);
    }

    /** Prose: stored with offsets, so the highlighter finds the matching passages without analysing again. */
    private static final FieldType PROSE = new FieldType(TextField.TYPE_STORED);

    static {
        PROSE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PROSE.freeze();
    }

    private CaseFields() {}

    /** The character the highlighter puts between the values of a multi-valued field (NUL); it must not occur in them. */
    static final char VALUE_SEPARATOR = '\u0000';

    static Document toLucene(CaseDocument document, long generation) throws IOException {
        Document entry = new Document();
        entry.add(new StringField(ID, Long.toString(document.requestId()), Field.Store.YES));
        entry.add(new StringField(NUMBER, Integer.toString(document.number()), Field.Store.NO));
        code(entry, YEAR, Integer.toString(document.performanceYear()));
        code(entry, STATUS, document.status().name());
        if (document.applicationType() != null) {
            code(entry, TYPE, document.applicationType().name());
        }
        for (IssueType issue : document.issueTypes()) {
            code(entry, ISSUE, issue.name());
        }
        for (PerformanceCategory category : document.categories()) {
            code(entry, CATEGORY, category.name());
        }
        code(entry, REVIEWER, document.reviewer() == null ? UNASSIGNED : document.reviewer());
        entry.add(new StringField(OWNER, document.owner(), Field.Store.NO));
        for (String email : document.additionalAccess()) {
            entry.add(new StringField(ACCESS, email.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        document.identifiers().forEach((field, value) -> {
            entry.add(new StringField(field, normalIdentifier(value), Field.Store.NO));
            entry.add(new StringField(IDENTIFIER, normalIdentifier(value), Field.Store.NO));
        });

        prose(entry, TITLE, document.title());
        document.names().forEach(name -> prose(entry, NAME, name));
        prose(entry, REVIEWER_NAME, document.reviewerName());
        prose(entry, EXPLANATION, document.explanation());
        prose(entry, DECISION, document.decisionNarrative());
        for (CaseDocument.Part part : document.parts()) {
            String field = PART_FIELDS.get(part.kind());
            // Every part adds a value, an empty one too, so that the n-th value is the n-th label.
            entry.add(new Field(field, part.text().isBlank() ? " " : part.text().replace(VALUE_SEPARATOR, ' '), PROSE));
            entry.add(new StoredField(labelField(field), part.label()));
            entry.add(new StoredField(sourceField(field), part.sourceId()));
            if (part.kind() == CaseDocument.PartKind.FILE || part.kind() == CaseDocument.PartKind.NOTE_FILE) {
                prose(entry, part.kind() == CaseDocument.PartKind.FILE ? FILE_NAME : NOTE_FILE_NAME, part.label());
            }
        }

        moment(entry, SUBMITTED, document.submittedAt());
        moment(entry, DECIDED, document.decidedAt());
        moment(entry, DOCUMENTATION_DUE, document.documentationDueAt());
        entry.add(new StoredField(STAMP, document.stamp()));
        if (document.decisionReason() != null) {
            entry.add(new StoredField(DECISION_REASON, document.decisionReason().name()));
            entry.add(new StringField(
                    DECISION_REASON, normalCode(document.decisionReason().name()), Field.Store.NO));
        }
        entry.add(new LongPoint(GENERATION, generation));
        return FACETS_CONFIG.build(entry);
    }

    /** Identifiers are matched upper-case and without the spaces and dashes people type in them. */
    static String normalIdentifier(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Codes (statuses, types) are matched in lower case whichever way they are typed: "in_review", "In-Review". */
    static String normalCode(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static void code(Document entry, String field, String value) {
        String normal = normalCode(value);
        entry.add(new StringField(field, normal, Field.Store.NO));
        entry.add(new SortedSetDocValuesFacetField(field, normal));
    }

    private static void prose(Document entry, String field, String text) {
        if (text != null && !text.isBlank()) {
            entry.add(new Field(field, text.replace(VALUE_SEPARATOR, ' '), PROSE));
        }
    }

    private static void moment(Document entry, String field, Instant moment) {
        if (moment != null) {
            entry.add(new LongPoint(field, moment.toEpochMilli()));
            entry.add(new NumericDocValuesField(field, moment.toEpochMilli()));
        }
    }
}
