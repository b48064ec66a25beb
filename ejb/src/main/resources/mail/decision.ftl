<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
${displayId} ${outcome?lower_case}

<#if approved>
Your Targeted Review request was approved.
<#else>
Your Targeted Review request was denied.
</#if>
<#if reason??>

Reason: ${reason}
</#if>

${narrative}

The request is now closed and can no longer change.

<#include "parts/request-summary.ftl">

<#include "parts/footer.ftl">
