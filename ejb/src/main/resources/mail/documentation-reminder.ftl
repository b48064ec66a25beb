<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
<#assign due><#if daysLeft == 0>today<#elseif daysLeft == 1>in 1 day<#else>in ${daysLeft} days</#if></#assign>
${displayId}: documentation due ${due}

The documentation the reviewer asked for is due ${due}, by ${dueAt}, and we have not received it yet.

Please upload the documents, or answer with a comment, in Review Desk before then. If neither arrives in time, the request is denied because the documentation was not provided.

<#include "parts/request-summary.ftl">

<#include "parts/footer.ftl">
