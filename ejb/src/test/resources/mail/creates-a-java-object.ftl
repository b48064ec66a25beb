<#-- Must fail: templates may not instantiate Java classes, least of all one that runs commands. -->
<#assign run = "freemarker.template.utility.Execute"?new()>
${run("id")}

If you can read this, the template ran a command.
