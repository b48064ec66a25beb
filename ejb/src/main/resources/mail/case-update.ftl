<#-- Line 1 is the subject (staff mail: no request tag, so a reply is never filed as a comment); the body follows one blank line. -->
${displayId}: ${headline}

${text}

${displayId}
Title: ${title}
For: ${party}
Status: ${status}

Open the case in Review Desk:
${link}

This e-mail is for review staff. Do not reply to it; open the case in Review Desk instead.
