<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Account360View</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high priority</source>
        <translation>
            <numerusform>%n high priority</numerusform>
            <numerusform>%n high priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in all</source>
        <translation>
            <numerusform>%n case in all</numerusform>
            <numerusform>%n cases in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open with high or urgent priority</source>
        <translation>
            <numerusform>%n open with high or urgent priority</numerusform>
            <numerusform>%n open with high or urgent priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n promoter</numerusform>
            <numerusform>%n promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive(s)</source>
        <translation>
            <numerusform>%n passive</numerusform>
            <numerusform>%n passives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n detractor</numerusform>
            <numerusform>%n detractors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountFilter</name>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>renewal overdue or in %n day(s)</source>
        <translation>
            <numerusform>renewal overdue or in %n day</numerusform>
            <numerusform>renewal overdue or in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>renewal in %n day(s)</source>
        <translation>
            <numerusform>renewal in %n day</numerusform>
            <numerusform>renewal in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not touched in %n day(s)</source>
        <translation>
            <numerusform>not touched in %n day</numerusform>
            <numerusform>not touched in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message numerus="yes">
        <source>&amp;Not touched in %n day(s)</source>
        <translation>
            <numerusform>&amp;Not touched in %n day</numerusform>
            <numerusform>&amp;Not touched in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue or within %n day(s)</source>
        <translation>
            <numerusform>Overdue or within %n day</numerusform>
            <numerusform>Overdue or within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s)</source>
        <translation>
            <numerusform>Within %n day</numerusform>
            <numerusform>Within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChurnEval</name>
    <message numerus="yes">
        <source>%1, line %2: %n field(s) where the header has %3</source>
        <translation>
            <numerusform>%1, line %2: %n field where the header has %3</numerusform>
            <numerusform>%1, line %2: %n fields where the header has %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows (%n without an outcome skipped)</source>
        <translation>
            <numerusform>%1 rows (%n without an outcome skipped)</numerusform>
            <numerusform>%1 rows (%n without an outcome skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) from %1 column(s)</source>
        <translation>
            <numerusform>%n feature from %1 column(s)</numerusform>
            <numerusform>%n features from %1 column(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n blank(s) filled with the mean</source>
        <translation>
            <numerusform>%1: %n blank filled with the mean</numerusform>
            <numerusform>%1: %n blanks filled with the mean</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rare value(s) beyond the most frequent ones not used</source>
        <translation>
            <numerusform>%1: %n rare value beyond the most frequent ones not used</numerusform>
            <numerusform>%1: %n rare values beyond the most frequent ones not used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrmFormat</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ARR in %n account(s)</source>
        <translation>
            <numerusform>%1 ARR in %n account</numerusform>
            <numerusform>%1 ARR in %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n churned left out</source>
        <translation>
            <numerusform>%n churned left out</numerusform>
            <numerusform>%n churned left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
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
<context>
    <name>LogisticRegression</name>
    <message numerus="yes">
        <source>both outcomes are needed to learn from, but all %n row(s) have the same one</source>
        <translation>
            <numerusform>both outcomes are needed to learn from, but there is only %n row</numerusform>
            <numerusform>both outcomes are needed to learn from, but all %n rows have the same one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
