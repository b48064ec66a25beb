package org.reviewdesk.it;

import java.util.List;
import java.util.Random;

/**
 * Text for the search benchmark's generated cases: words drawn from a vocabulary of the program's language and
 * common English, with Zipf-like frequencies (the first words common, the last rare), so that queries meet the mix
 * of frequent and rare terms real cases have. The same seed gives the same text, so every run indexes the same corpus.
 */
public final class SyntheticText {

    public static final List<String> VOCABULARY = List.of(
            "the",
            "score",
            "quality",
            "measure",
            "reported",
            "clinician",
            "practice",
            "payment",
            "adjustment",
            "data",
            "submitted",
            "performance",
            "category",
            "review",
            "registry",
            "calculation",
            "feedback",
            "period",
            "year",
            "group",
            "received",
            "interoperability",
            "improvement",
            "activity",
            "cost",
            "hardship",
            "exception",
            "eligibility",
            "status",
            "special",
            "rural",
            "facility",
            "hospital",
            "attestation",
            "denominator",
            "numerator",
            "benchmark",
            "decile",
            "reweighting",
            "extreme",
            "uncontrollable",
            "circumstances",
            "hurricane",
            "wildfire",
            "pandemic",
            "claims",
            "billing",
            "identifier",
            "taxpayer",
            "national",
            "provider",
            "virtual",
            "entity",
            "alternative",
            "model",
            "participation",
            "qualifying",
            "threshold",
            "bonus",
            "points",
            "complex",
            "patients",
            "small",
            "underserved",
            "electronic",
            "record",
            "certified",
            "technology",
            "vendor",
            "upload",
            "portal",
            "deadline",
            "corrected",
            "incorrect",
            "missing",
            "duplicate",
            "excluded",
            "included",
            "scoring",
            "weight",
            "final",
            "preliminary",
            "letter",
            "appeal",
            "targeted",
            "request",
            "evidence",
            "attached",
            "spreadsheet",
            "report",
            "signature",
            "merged",
            "acquired",
            "terminated",
            "enrolled",
            "medicare",
            "specialty",
            "anesthesiology",
            "radiology",
            "pathology",
            "cardiology",
            "dermatology",
            "oncology",
            "telehealth",
            "opioid",
            "screening",
            "diabetes",
            "hypertension",
            "depression",
            "tobacco",
            "influenza",
            "immunization",
            "readmission",
            "episode",
            "attribution",
            "beneficiary",
            "outlier",
            "audit",
            "reconsideration",
            "clarification");

    private final Random random;

    public SyntheticText(long seed) {
        this.random = new Random(seed);
    }

    /** One word, the n-th of the vocabulary with probability falling as 1/(n+1). */
    public String word() {
        double total = harmonic(VOCABULARY.size());
        double pick = random.nextDouble() * total;
        for (int n = 0; n < VOCABULARY.size(); n++) {
            pick -= 1.0 / (n + 1);
            if (pick <= 0) {
                return VOCABULARY.get(n);
            }
        }
        return VOCABULARY.getLast();
    }

    /** Sentences of eight to sixteen words, {@code words} words in all. */
    public String words(int words) {
        StringBuilder text = new StringBuilder();
        int sentence = 0;
        int length = 8 + random.nextInt(9);
        for (int i = 0; i < words; i++) {
            String word = word();
            text.append(sentence == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (++sentence == length || i == words - 1) {
                text.append(". ");
                sentence = 0;
                length = 8 + random.nextInt(9);
            } else {
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    public int between(int least, int most) {
        return least + random.nextInt(most - least + 1);
    }

    private static double harmonic(int n) {
        double sum = 0;
        for (int i = 1; i <= n; i++) {
            sum += 1.0 / i;
        }
        return sum;
    }
}
