<#-- Line 1 is the subject (staff mail: no request tag, so a reply is never filed as a comment); the body follows one blank line. -->
<#if gained><#if cases?size == 1>${cases[0].displayId} assigned to you<#else>${cases?size} cases assigned to you</#if><#else><#if cases?size == 1>${cases[0].displayId} reassigned to a colleague<#else>${cases?size} of your cases reassigned</#if></#if>

<#if gained>
${supervisor} assigned <#if cases?size == 1>this case<#else>these cases</#if> to you:
<#else>
${supervisor} reassigned <#if cases?size == 1>this case<#else>these cases</#if> to a colleague; <#if cases?size == 1>it is<#else>they are</#if> no longer in your queue:
</#if>

<#list cases as case>
- ${case.displayId}, ${case.party}
  ${case.link}
</#list>

Reason: ${reason}

This e-mail is for review staff. Do not reply to it; open the case in Review Desk instead.
