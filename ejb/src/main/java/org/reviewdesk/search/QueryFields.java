package org.reviewdesk.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reviewdesk.configuration.EasternTime;

/**
 * The fields of the query box's language: the names a person types and the index fields each searches, how much each
 * text field weighs, and the queries behind identifiers and days, which match otherwise than words do.
 */
final class QueryFields {

    /** The names a person types, and the fields each searches. */
    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("id", List.of(CaseFields.NUMBER));
        FIELDS.put("year", List.of(CaseFields.YEAR));
        FIELDS.put("status", List.of(CaseFields.STATUS));
        FIELDS.put("type", List.of(CaseFields.TYPE));
        FIELDS.put("issue", List.of(CaseFields.ISSUE));
        FIELDS.put("category", List.of(CaseFields.CATEGORY));
        FIELDS.put("reviewer", List.of(CaseFields.REVIEWER, CaseFields.REVIEWER_NAME));
        FIELDS.put("reason", List.of(CaseFields.DECISION_REASON));
        FIELDS.put("npi", List.of(CaseFields.NPI));
        FIELDS.put("tin", List.of(CaseFields.TIN, CaseFields.PRACTICE_TIN));
        FIELDS.put("vg", List.of(CaseFields.VIRTUAL_GROUP));
        FIELDS.put("apm", List.of(CaseFields.APM_ENTITY));
        FIELDS.put("identifier", List.of(CaseFields.IDENTIFIER));
        FIELDS.put("title", List.of(CaseFields.TITLE));
        FIELDS.put("name", List.of(CaseFields.NAME));
        FIELDS.put("explanation", List.of(CaseFields.EXPLANATION));
        FIELDS.put("decision", List.of(CaseFields.DECISION));
        FIELDS.put("comment", List.of(CaseFields.COMMENT));
        FIELDS.put("note", List.of(CaseFields.NOTE));
        FIELDS.put(
                "file",
                List.of(CaseFields.FILE, CaseFields.NOTE_FILE, CaseFields.FILE_NAME, CaseFields.NOTE_FILE_NAME));
        FIELDS.put("filename", List.of(CaseFields.FILE_NAME, CaseFields.NOTE_FILE_NAME));
        FIELDS.put("submitted", List.of(CaseFields.SUBMITTED));
        FIELDS.put("decided", List.of(CaseFields.DECIDED));
    }

    static final Map<String, Float> BOOSTS = Map.of(
            CaseFields.TITLE,
            2f,
            CaseFields.NAME,
            2f,
            CaseFields.EXPLANATION,
            2f,
            CaseFields.COMMENT,
            1.5f,
            CaseFields.NOTE,
            1.5f,
            CaseFields.DECISION,
            1.5f);

    /** What may be a typed identifier, or its start: digits, or capitals and digits. */
    private static final Pattern IDENTIFIER_LIKE = Pattern.compile("[0-9A-Za-z-]{3,20}");

    private static final int SHORTEST_IDENTIFIER_PREFIX = 3;

    private QueryFields() {}

    static boolean isInternal(String field) {
        return CaseFields.PUBLIC_TEXT.contains(field)
                || CaseFields.STAFF_TEXT.contains(field)
                || CaseFields.IDENTIFIERS.contains(field)
                || CaseFields.CODES.contains(field);
    }

    /** An identifier matches exactly, which ranks first, or by how it starts once three characters are typed. */
    static Query identifier(String field, String typed) {
        String normal = CaseFields.normalIdentifier(typed);
        if (normal.length() < SHORTEST_IDENTIFIER_PREFIX) {
            return new TermQuery(new Term(field, normal));
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(field, normal)), 4f), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, normal)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A word in the box that could be an identifier (or a request number) also looks there. */
    static Query withIdentifiers(Query text, String typed) {
        if (!IDENTIFIER_LIKE.matcher(typed).matches() || typed.chars().noneMatch(Character::isDigit)) {
            return text;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (text != null) {
            any.add(text, BooleanClause.Occur.SHOULD);
        }
        any.add(identifier(CaseFields.IDENTIFIER, typed), BooleanClause.Occur.SHOULD);
        if (typed.chars().allMatch(Character::isDigit) && typed.length() <= 7) {
            any.add(new TermQuery(new Term(CaseFields.NUMBER, typed)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Whole days, Eastern time as the program's deadlines are: {@code 2026-03-01}, or a range of them with * for open. */
    static Query dayRange(String field, String from, String to) throws ParseException {
        long start =
                open(from) ? Long.MIN_VALUE : EasternTime.startOf(day(from)).toEpochMilli();
        long end = open(to)
                ? Long.MAX_VALUE
                : EasternTime.startOf(day(to).plusDays(1)).toEpochMilli() - 1;
        return LongPoint.newRangeQuery(field, start, end);
    }

    static boolean open(String bound) {
        return bound == null || bound.equals("*");
    }

    private static LocalDate day(String text) throws ParseException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParseException("Dates are written 2026-03-31, not " + text);
        }
    }
}
