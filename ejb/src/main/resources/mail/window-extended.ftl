<#-- To each submitter with a draft in a performance year whose window a supervisor extended. Line 1 is the subject; the body follows one blank line. -->
The ${year} Targeted Review window is extended to ${closes}

The submission window for performance year ${year} Targeted Review has been extended. You can now submit requests until ${closes}.

You have at least one draft for ${year} that is not submitted yet. Open it, finish it and submit it before the new close:
${link}

You receive this e-mail because you have a draft Targeted Review request for performance year ${year}.
