package org.reviewdesk.request;

/** The disclosure a submitter agrees to when certifying a request; stored verbatim with each certification. */
public final class Disclosure {

    public static final String TEXT = """
            General Notice
            No Quality Payment Program Targeted Review may be granted unless this application is completed.

            Disclosures
            Submission of this Targeted Review Application is voluntary. Failure to provide sufficient information to \
            identify the clinician or group may result in processing delays or denial of the Targeted Review Application. \
            A Targeted Review Application may also be delayed or denied due to insufficient information regarding the \
            nature of the request to review the calculation of the MIPS payment adjustment factor under section \
            1848(q)(6)(A) of the Act and, as applicable, the calculation of the additional MIPS payment adjustment factor \
            under section 1848(q)(6)(C) of the Act applicable to such MIPS eligible clinician or group for a year.

            Certification of Clinician
            I certify that the information contained in this Targeted Review Application is true, accurate, and complete \
            to the best of my knowledge, information, and belief. If I become aware that any information contained in this \
            application is not true, accurate, and complete, I will inform CMS promptly. I understand that:
            - The Targeted Review Application for the Quality Payment Program that I requested may result in a change in \
            the amount the clinician will be paid from Federal funds.
            - By filing the Targeted Review Application, I am submitting information that will be used to assess a claim \
            for Federal funds.

            By submitting this Targeted Review Application, I am certifying that the details entered are correct to the \
            best of my knowledge. Furthermore, I am submitting this request as if I physically signed and submitted a hard \
            copy of this form.""";

    private Disclosure() {}
}
