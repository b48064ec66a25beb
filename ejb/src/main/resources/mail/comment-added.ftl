<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
${displayId}: new comment from ${author}

${author} commented on your Targeted Review request:

${comment}
<#if commentContinues>

The comment continues in Review Desk.
</#if>

<#include "parts/request-summary.ftl">

<#include "parts/footer.ftl">
