<#-- Line 1 is the subject ("Review Desk: " goes in front of it); the body follows one blank line. -->
Your e-mail address was changed

Hello ${name},

The e-mail address of your Review Desk account was changed to ${newAddress}, confirmed from that address. Review Desk writes there from now on, and this address gets no more mail about your account.

If you did not do this, sign in and change your password at once, and tell your administrator:
${signIn}
