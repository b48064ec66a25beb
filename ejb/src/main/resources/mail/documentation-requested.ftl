<#-- Line 1 is the subject (Review Desk puts the request tag in front of it); the body follows one blank line. -->
${displayId}: documentation requested

The reviewer of your Targeted Review request needs more documentation:

${needed}

Please upload the documents, or answer with a comment, in Review Desk by ${dueAt}. A document or a comment from you stops the clock. If neither arrives by then, the request is denied because the documentation was not provided.

<#include "parts/request-summary.ftl">

<#include "parts/footer.ftl">
