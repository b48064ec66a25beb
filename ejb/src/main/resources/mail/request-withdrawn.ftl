<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
${displayId} withdrawn

Your Targeted Review request was withdrawn on ${withdrawnAt}. It will not be reviewed and can no longer change; it stays in your list of requests. To ask for a review again, file a new request.

<#include "parts/request-summary.ftl">

<#include "parts/footer.ftl">
