<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --json for all).</source>
        <translation>
            <numerusform>... and %n more rejected row (see --json for all).</numerusform>
            <numerusform>... and %n more rejected rows (see --json for all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more warnings (see --json for all).</source>
        <translation>
            <numerusform>... and %n more warning (see --json for all).</numerusform>
            <numerusform>... and %n more warnings (see --json for all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <source>… and %n more warning(s) (Copy report has them all).</source>
        <translation>
            <numerusform>… and %n more warning (Copy report has them all).</numerusform>
            <numerusform>… and %n more warnings (Copy report has them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n row(s) name an owner who is not among the users.</source>
        <translation>
            <numerusform>%1: %n row names an owner who is not among the users.</numerusform>
            <numerusform>%1: %n rows name an owner who is not among the users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values left empty.</source>
        <translation>
            <numerusform>... and %n more value left empty.</numerusform>
            <numerusform>... and %n more values left empty.</numerusform>
        </translation>
    </message>
</context>
</TS>
