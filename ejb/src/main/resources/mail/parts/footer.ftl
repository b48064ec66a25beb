<#-- Ends every notification: the way back to the request. -->
See the request, its comments and its documents in Review Desk:
${link}

You receive this e-mail because you filed this Targeted Review request or it was shared with you.
