<#-- Line 1 is the subject ("Review Desk: " goes in front of it); the body follows one blank line. -->
Your invitation: choose your password

Hello ${name},

${inviter} created a Review Desk account for you, the case-management system for MIPS Targeted Review.

Your user name: ${username}
Your roles: ${roles}

Choose your password here (the link works once, until ${validUntil}):
${link}

If the link has expired, ask your Review Desk administrator to send the invitation again.
If you did not expect this e-mail, ignore it: nobody can use the account until a password is chosen.
