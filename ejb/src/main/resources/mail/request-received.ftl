<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
${displayId} received

We received your Targeted Review request on ${submittedAt}.

<#include "parts/request-summary.ftl">

A reviewer will look at it. We will write to you when they comment, ask for documentation or decide.

<#include "parts/footer.ftl">
