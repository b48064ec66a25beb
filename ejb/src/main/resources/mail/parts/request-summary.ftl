<#-- Which request a mail is about, as the submitter filed it. Group TINs arrive already masked. -->
${displayId}
Title: ${title}
For: ${party}
Status: ${status}
