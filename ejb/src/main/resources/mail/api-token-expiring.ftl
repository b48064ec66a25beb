<#-- To an API client's contact, once per token, 30 days before it expires. Line 1 is the subject; the body follows one blank line. -->
API token "${label}" expires on ${expiresAt}

The Review Desk API token "${label}" of ${organisation} (ending in ${hint}) expires on ${expiresAt}.
After that, every call made with it is refused (401, "API token expired").

Ask your Review Desk administrator for a new token now, switch your system to it, and tell them when the old one can be revoked. Tokens are never sent by e-mail: the administrator gives you the new one over a safe channel.

This is the only warning sent about this token.
