package org.reviewdesk.demo;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reviewdesk.intake.IntakeMessage;
import org.reviewdesk.request.ApplicationType;
import org.reviewdesk.request.IdentifierKind;
import org.reviewdesk.request.IssueType;
import org.reviewdesk.request.PerformanceCategory;
import org.reviewdesk.request.Relationship;
import org.reviewdesk.security.Viewer;

/**
 * What the demo's requests say: their parties (from the demo reference data), titles, explanations and the
 * submitter's answers, picked with the telling's own seeded {@link Random}, so every first start files the same.
 */
final class DemoContent {

    private static final List<String> NPIS = List.of(
            "1158813992",
            "2869879736",
            "1091141709",
            "2753645565",
            "1815188440",
            "2729405573",
            "1616987164",
            "2897684694",
            "1788093205",
            "2819672736");
    /** A practice each clinician of {@link #NPIS} billed under, from the demo reference data. */
    private static final List<String> PRACTICE_OF_NPI = List.of(
            "123459403",
            "234567891",
            "345678912",
            "456789123",
            "567891234",
            "678912345",
            "123459403",
            "234567891",
            "345678912",
            "456789123");

    private static final List<String> TINS =
            List.of("123459403", "234567891", "345678912", "456789123", "567891234", "678912345");
    private static final List<String> PRACTICE_NAMES = List.of(
            "Pfeffer Group",
            "Riverside Family Medicine",
            "Lakeshore Cardiology Associates",
            "Northgate Physical Therapy",
            "Summit Behavioral Health",
            "Cedar Valley Speech Clinic");
    private static final List<String> VIRTUAL_GROUPS = List.of("VG202500", "VG202507", "VG202514");
    private static final List<String> APM_ENTITIES =
            List.of("AR0437", "AR0847", "AR1052", "AR2386", "AR2409", "AR2574");
    /** The demo's parties by the kind of identifier they are known by. */
    private static final Map<IdentifierKind, List<String>> PARTIES = new EnumMap<>(Map.of(
            IdentifierKind.NPI, NPIS,
            IdentifierKind.TIN, TINS,
            IdentifierKind.VIRTUAL_GROUP_ID, VIRTUAL_GROUPS,
            IdentifierKind.APM_ENTITY_ID, APM_ENTITIES));

    private final Random random;

    DemoContent(Random random) {
        this.random = random;
    }

    /** The whole request a submitter types in the portal's steps, as intake reads it. */
    IntakeMessage request(int n, Plot plot, ApplicationType type, Viewer owner, int year, Instant certifiedAt) {
        Set<IssueType> issues = plot.issues();
        int party = plot == Plot.DUPLICATE ? 0 : random.nextInt(100);
        ApplicationType partyType = plot == Plot.DUPLICATE ? ApplicationType.INDIVIDUAL : type;
        List<String> parties = PARTIES.get(partyType.identifierKind());
        String identifier = parties.get(party % parties.size());
        IntakeMessage.Practice practice = null;
        if (partyType == ApplicationType.INDIVIDUAL) {
            String tin = PRACTICE_OF_NPI.get(party % NPIS.size());
            practice = IntakeMessage.Practice.listed(tin, PRACTICE_NAMES.get(TINS.indexOf(tin)));
        }
        Relationship relationship = pickOf(
                Relationship.CLINICIAN,
                Relationship.CONSULTANT,
                Relationship.PHYSICIAN_STAFF,
                Relationship.REGISTRY_QCDR,
                Relationship.EHR_VENDOR);
        Set<PerformanceCategory> categories = EnumSet.of(pickOf(
                PerformanceCategory.QUALITY,
                PerformanceCategory.QUALITY,
                PerformanceCategory.IMPROVEMENT_ACTIVITIES,
                PerformanceCategory.PROMOTING_INTEROPERABILITY,
                PerformanceCategory.COST));
        List<String> shared = n % 7 == 3 ? List.of("billing.office@example.org") : List.of();
        String ticket = n % 5 == 2 ? String.format("CS%07d", 600_000 + random.nextInt(99_999)) : null;
        return new IntakeMessage(
                "demo-" + n,
                IntakeMessage.Source.PORTAL,
                year,
                partyType,
                identifier,
                plot.title(partyType, n),
                practice,
                ticket,
                new IntakeMessage.Submitter(
                        null, "410-786-" + (3000 + random.nextInt(6999)), null, owner.email(), relationship, null),
                shared,
                categories,
                issues,
                explanation(issues),
                List.of(),
                new IntakeMessage.Certification(owner.username(), certifiedAt));
    }

    private static String explanation(Set<IssueType> issues) {
        StringBuilder text = new StringBuilder();
        for (IssueType issue : issues) {
            text.append(
                    switch (issue) {
                        case SUBMISSION ->
                            "Our registry submitted all quality measures on time, but the performance feedback shows none of them"
                                    + " and scores the quality category as zero. ";
                        case ELIGIBILITY_SPECIAL_STATUS ->
                            "The clinician qualifies for the small practice special status, which the"
                                    + " eligibility tool shows, but the final score was calculated without it. ";
                        case EXTREME_UNCONTROLLABLE_CIRCUMSTANCES ->
                            "Our practice was closed for six weeks after the flood and CMS approved"
                                    + " our extreme and uncontrollable circumstances application, yet the categories were not reweighted. ";
                        case MEASURE_ACTIVITY ->
                            "Two improvement activities we attested to are missing and one quality measure is scored as"
                                    + " not submitted, although the submission receipt lists it. ";
                        case GENERAL ->
                            "We believe the payment adjustment factor was calculated from the wrong data and ask for a review. ";
                    });
        }
        return text.toString().strip();
    }

    @SafeVarargs
    final <T> T pickOf(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
