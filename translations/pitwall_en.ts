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
    <message numerus="yes">
        <source>%n selected account(s)</source>
        <translation>
            <numerusform>%n selected account</numerusform>
            <numerusform>%n selected accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message numerus="yes">
        <source>%n open playbook(s)</source>
        <translation>
            <numerusform>%n open playbook</numerusform>
            <numerusform>%n open playbooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%1 of %n step done or skipped</numerusform>
            <numerusform>%1 of %n steps done or skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue · %1</source>
        <translation>
            <numerusform>%n overdue · %1</numerusform>
            <numerusform>%n overdue · %1</numerusform>
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
    <name>CacheBackup</name>
    <message numerus="yes">
        <source>%1 — %n account(s)</source>
        <translation>
            <numerusform>%1 — %n account</numerusform>
            <numerusform>%1 — %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n row(s), then: %2</source>
        <translation>
            <numerusform>%1: read %n row, then: %2</numerusform>
            <numerusform>%1: read %n rows, then: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n unsent change</numerusform>
            <numerusform>%n unsent changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallModeWindow</name>
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
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
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
    <name>ChurnRisk</name>
    <message numerus="yes">
        <source>Trained on %n renewal outcome(s) (%1 churned); held-out ROC-AUC %2.</source>
        <translation>
            <numerusform>Trained on %n renewal outcome (%1 churned); held-out ROC-AUC %2.</numerusform>
            <numerusform>Trained on %n renewal outcomes (%1 churned); held-out ROC-AUC %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n renewal outcome(s) (%1 churned).</source>
        <translation>
            <numerusform>Trained on %n renewal outcome (%1 churned).</numerusform>
            <numerusform>Trained on %n renewal outcomes (%1 churned).</numerusform>
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
    <message numerus="yes">
        <source>Exported %Ln CSM(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln CSM to %1.</numerusform>
            <numerusform>Exported %Ln CSMs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln CSM</numerusform>
            <numerusform>%Ln CSMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %2 %3 ARR in %Ln account(s), %4 at risk, %5 renewing in 90 days</source>
        <translation>
            <numerusform>  %1: %2 %3 ARR in %Ln account, %4 at risk, %5 renewing in 90 days</numerusform>
            <numerusform>  %1: %2 %3 ARR in %Ln accounts, %4 at risk, %5 renewing in 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without a churn probability count 0 in ARR at risk.</source>
        <translation>
            <numerusform>%Ln account without a churn probability counts 0 in ARR at risk.</numerusform>
            <numerusform>%Ln accounts without a churn probability count 0 in ARR at risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the health of %n account(s) in %1 ms with the %2 scorecard.</source>
        <translation>
            <numerusform>Recomputed the health of %n account in %1 ms with the %2 scorecard.</numerusform>
            <numerusform>Recomputed the health of %n accounts in %1 ms with the %2 scorecard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored the %n week(s) before today from the cache&apos;s history.</source>
        <translation>
            <numerusform>Scored the %n week before today from the cache&apos;s history.</numerusform>
            <numerusform>Scored the %n weeks before today from the cache&apos;s history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s): </source>
        <translation>
            <numerusform>%n account: </numerusform>
            <numerusform>%n accounts: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 QBR of %2 (%n page(s), %3) to %4.</source>
        <translation>
            <numerusform>Wrote the %1 QBR of %2 (%n page, %3) to %4.</numerusform>
            <numerusform>Wrote the %1 QBR of %2 (%n pages, %3) to %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n QBR(s) for %1 to %2</source>
        <translation>
            <numerusform>Wrote %n QBR for %1 to %2</numerusform>
            <numerusform>Wrote %n QBRs for %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n page(s) in %1 s, %2 ms per deck).</source>
        <translation>
            <numerusform>(%n page in %1 s, %2 ms per deck).</numerusform>
            <numerusform>(%n pages in %1 s, %2 ms per deck).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed; see the messages above.</source>
        <translation>
            <numerusform>%n account failed; see the messages above.</numerusform>
            <numerusform>%n accounts failed; see the messages above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s)</source>
        <translation>
            <numerusform>%n playbook</numerusform>
            <numerusform>%n playbooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” on %2: %3 of %n step(s) done or skipped.</source>
        <translation>
            <numerusform>“%1” on %2: %3 of %n step done or skipped.</numerusform>
            <numerusform>“%1” on %2: %3 of %n steps done or skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%1 of %n step done or skipped</numerusform>
            <numerusform>%1 of %n steps done or skipped</numerusform>
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
        <source>Backed up %n account(s) to %1 (%2).</source>
        <translation>
            <numerusform>Backed up %n account to %1 (%2).</numerusform>
            <numerusform>Backed up %n accounts to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s).</source>
        <translation>
            <numerusform>Removed %n older backup.</numerusform>
            <numerusform>Removed %n older backups.</numerusform>
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
    <name>DashboardView</name>
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
        <source>%1: %n account(s)</source>
        <translation>
            <numerusform>%1: %n account</numerusform>
            <numerusform>%1: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 health: %n account(s)</source>
        <translation>
            <numerusform>%1 health: %n account</numerusform>
            <numerusform>%1 health: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n account(s)</source>
        <translation>
            <numerusform>List the %n account</numerusform>
            <numerusform>List the %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in other currencies not shown (never converted).</source>
        <translation>
            <numerusform>%n account in other currencies not shown (never converted).</numerusform>
            <numerusform>%n accounts in other currencies not shown (never converted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accounts per band in the weekly snapshots, last %n week(s)</source>
        <translation>
            <numerusform>Accounts per band in the weekly snapshots, last %n week</numerusform>
            <numerusform>Accounts per band in the weekly snapshots, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing ARR and ARR at risk, %1, next %n month(s)</source>
        <translation>
            <numerusform>Renewing ARR and ARR at risk, %1, next %n month</numerusform>
            <numerusform>Renewing ARR and ARR at risk, %1, next %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n renewal(s)</source>
        <translation>
            <numerusform>%1: %n renewal</numerusform>
            <numerusform>%1: %n renewals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ARR at risk = ARR × churn probability (model ROC-AUC %1, trained on %n outcome(s)).</source>
        <translation>
            <numerusform>ARR at risk = ARR × churn probability (model ROC-AUC %1, trained on %n outcome).</numerusform>
            <numerusform>ARR at risk = ARR × churn probability (model ROC-AUC %1, trained on %n outcomes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) in other currencies not in the bars.</source>
        <translation>
            <numerusform>%n renewal in other currencies not in the bars.</numerusform>
            <numerusform>%n renewals in other currencies not in the bars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No renewals due in the next %n month(s), and none overdue.</source>
        <translation>
            <numerusform>No renewals due in the next %n month, and none overdue.</numerusform>
            <numerusform>No renewals due in the next %n months, and none overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s)</source>
        <translation>
            <numerusform>%n renewal</numerusform>
            <numerusform>%n renewals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a churn probability</source>
        <translation>
            <numerusform>%n without a churn probability</numerusform>
            <numerusform>%n without a churn probability</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) by their latest answer</source>
        <translation>
            <numerusform>%1: %n account by their latest answer</numerusform>
            <numerusform>%1: %n accounts by their latest answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS: the share of promoters less the share of detractors, over %n response(s)</source>
        <translation>
            <numerusform>NPS: the share of promoters less the share of detractors, over %n response</numerusform>
            <numerusform>NPS: the share of promoters less the share of detractors, over %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Net Promoter Score from %n response(s)</source>
        <translation>
            <numerusform>Net Promoter Score from %n response</numerusform>
            <numerusform>Net Promoter Score from %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List the %n account(s) whose latest answer is this</source>
        <translation>
            <numerusform>List the %n account whose latest answer is this</numerusform>
            <numerusform>List the %n accounts whose latest answer is this</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n response(s)</source>
        <translation>
            <numerusform>%1 (%2): %n response</numerusform>
            <numerusform>%1 (%2): %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) with this as their latest answer</source>
        <translation>
            <numerusform>%n account with this as their latest answer</numerusform>
            <numerusform>%n accounts with this as their latest answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) a year ago, starting ARR %1.</source>
        <translation>
            <numerusform>%n customer a year ago, starting ARR %1.</numerusform>
            <numerusform>%n customers a year ago, starting ARR %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The file is too short to be a database (%n byte(s)).</source>
        <translation>
            <numerusform>The file is too short to be a database (%n byte).</numerusform>
            <numerusform>The file is too short to be a database (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message numerus="yes">
        <source>Renewal forecast %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>Renewal forecast %1 to %2 (%n month)</numerusform>
            <numerusform>Renewal forecast %1 to %2 (%n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n renewal(s), renewing %2, expected %3, at risk %4</source>
        <translation>
            <numerusform>  %1: %n renewal, renewing %2, expected %3, at risk %4</numerusform>
            <numerusform>  %1: %n renewals, renewing %2, expected %3, at risk %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more (--json lists them all)</source>
        <translation>
            <numerusform>  ... and %n more (--json lists them all)</numerusform>
            <numerusform>  ... and %n more (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthContributionModel</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest value, %1 from %2, is older than the measure&apos;s %n-day window: it counts as missing and its weight is spread over the others.</source>
        <translation>
            <numerusform>The latest value, %1 from %2, is older than the measure&apos;s %n-day window: it counts as missing and its weight is spread over the others.</numerusform>
            <numerusform>The latest value, %1 from %2, is older than the measure&apos;s %n-day window: it counts as missing and its weight is spread over the others.</numerusform>
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
    <message numerus="yes">
        <source>No playbook step overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>No playbook step overdue or due in the next %n day.</numerusform>
            <numerusform>No playbook step overdue or due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within a week</source>
        <translation>
            <numerusform>%n due within a week</numerusform>
            <numerusform>%n due within a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
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
    <message numerus="yes">
        <source>%n field(s) edited here changed differently in the CRM: resolve them in the Sync view (pitwall-cli conflicts).</source>
        <translation>
            <numerusform>%n field edited here changed differently in the CRM: resolve it in the Sync view (pitwall-cli conflicts).</numerusform>
            <numerusform>%n fields edited here changed differently in the CRM: resolve them in the Sync view (pitwall-cli conflicts).</numerusform>
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Health recomputed for %n account(s). %1</source>
        <translation>
            <numerusform>Health recomputed for %n account. %1</numerusform>
            <numerusform>Health recomputed for %n accounts. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache backed up (%n account(s)).</source>
        <translation>
            <numerusform>Cache backed up (%n account).</numerusform>
            <numerusform>Cache backed up (%n accounts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message numerus="yes">
        <source>Renewal − %n day(s)</source>
        <translation>
            <numerusform>Renewal − %n day</numerusform>
            <numerusform>Renewal − %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal + %n day(s)</source>
        <translation>
            <numerusform>Renewal + %n day</numerusform>
            <numerusform>Renewal + %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract start − %n day(s)</source>
        <translation>
            <numerusform>Contract start − %n day</numerusform>
            <numerusform>Contract start − %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract start + %n day(s)</source>
        <translation>
            <numerusform>Contract start + %n day</numerusform>
            <numerusform>Contract start + %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookInstanceModel</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%1 of %n step done or skipped</numerusform>
            <numerusform>%1 of %n steps done or skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message numerus="yes">
        <source>%n open playbook(s)</source>
        <translation>
            <numerusform>%n open playbook</numerusform>
            <numerusform>%n open playbooks</numerusform>
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
        <source>%n step(s) overdue</source>
        <translation>
            <numerusform>%n step overdue</numerusform>
            <numerusform>%n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done or skipped</source>
        <translation>
            <numerusform>%1 of %n step done or skipped</numerusform>
            <numerusform>%1 of %n steps done or skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookRules</name>
    <message numerus="yes">
        <source>NPS response of %1 or less (last %n day(s))</source>
        <translation>
            <numerusform>NPS response of %1 or less (last %n day)</numerusform>
            <numerusform>NPS response of %1 or less (last %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal within %n day(s)</source>
        <translation>
            <numerusform>Renewal within %n day</numerusform>
            <numerusform>Renewal within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) started</source>
        <translation>
            <numerusform>%n playbook started</numerusform>
            <numerusform>%n playbooks started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already open</source>
        <translation>
            <numerusform>%n already open</numerusform>
            <numerusform>%n already open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookSchedule</name>
    <message numerus="yes">
        <source>%n step(s) would have been due before the playbook started and are due on its first day instead.</source>
        <translation>
            <numerusform>%n step would have been due before the playbook started and is due on its first day instead.</numerusform>
            <numerusform>%n steps would have been due before the playbook started and are due on its first day instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookStepDelegate</name>
    <message numerus="yes">
        <source>%1 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %n day overdue</numerusform>
            <numerusform>%1 · %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookStepModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookStepsDialog</name>
    <message numerus="yes">
        <source>%n open step(s)</source>
        <translation>
            <numerusform>%n open step</numerusform>
            <numerusform>%n open steps</numerusform>
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
        <source>Overdue %n day(s) · %1</source>
        <translation>
            <numerusform>Overdue %n day · %1</numerusform>
            <numerusform>Overdue %n days · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybookStore</name>
    <message numerus="yes">
        <source>There is no step %1: this playbook has %n step(s), numbered from 1.</source>
        <translation>
            <numerusform>There is no step %1: this playbook has %n step, numbered from 1.</numerusform>
            <numerusform>There is no step %1: this playbook has %n steps, numbered from 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrRenderer</name>
    <message numerus="yes">
        <source>%n licence(s) under contract</source>
        <translation>
            <numerusform>%n licence under contract</numerusform>
            <numerusform>%n licences under contract</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n response(s)</source>
        <translation>
            <numerusform>From %n response</numerusform>
            <numerusform>From %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened; %n still open at quarter end</source>
        <translation>
            <numerusform>Opened; %n still open at quarter end</numerusform>
            <numerusform>Opened; %n still open at quarter end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a comment</source>
        <translation>
            <numerusform>%n with a comment</numerusform>
            <numerusform>%n with a comment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunity(ies)</source>
        <translation>
            <numerusform>%n open opportunity</numerusform>
            <numerusform>%n open opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) won</source>
        <translation>
            <numerusform>%n opportunity won</numerusform>
            <numerusform>%n opportunities won</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrSectionEditor</name>
    <message numerus="yes">
        <source>%n weekly score(s) on the chart</source>
        <translation>
            <numerusform>%n weekly score on the chart</numerusform>
            <numerusform>%n weekly scores on the chart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) with data: %1</source>
        <translation>
            <numerusform>%n metric with data: %1</numerusform>
            <numerusform>%n metrics with data: %1</numerusform>
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
        <source>%n promoter(s)</source>
        <translation>
            <numerusform>%n promoter</numerusform>
            <numerusform>%n promoters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detractor(s)</source>
        <translation>
            <numerusform>%n detractor</numerusform>
            <numerusform>%n detractors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunity(ies)</source>
        <translation>
            <numerusform>%n open opportunity</numerusform>
            <numerusform>%n open opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) closing in the quarter</source>
        <translation>
            <numerusform>%n opportunity closing in the quarter</numerusform>
            <numerusform>%n opportunities closing in the quarter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QbrView</name>
    <message numerus="yes">
        <source>%n commitment(s) will become tasks on the account.</source>
        <translation>
            <numerusform>%n commitment will become a task on the account.</numerusform>
            <numerusform>%n commitments will become tasks on the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked delivered. %n task(s) were added to the account.</source>
        <translation>
            <numerusform>Marked delivered. %n task was added to the account.</numerusform>
            <numerusform>Marked delivered. %n tasks were added to the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the QBR (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Exported the QBR (%n page) to %1.</numerusform>
            <numerusform>Exported the QBR (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
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
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Replace %n local template(s) with the same ID?</source>
        <translation>
            <numerusform>Replace %n local template with the same ID?</numerusform>
            <numerusform>Replace %n local templates with the same ID?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPlaybookDialog</name>
    <message numerus="yes">
        <source>%1
%n step(s)</source>
        <translation>
            <numerusform>%1
%n step</numerusform>
            <numerusform>%1
%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message numerus="yes">
        <source>Push: %n change(s) written to the outbox (batch %1).</source>
        <translation>
            <numerusform>Push: %n change written to the outbox (batch %1).</numerusform>
            <numerusform>Push: %n changes written to the outbox (batch %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting: %n</source>
        <translation>
            <numerusform>Changes waiting: %n</numerusform>
            <numerusform>Changes waiting: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>Changes waiting to be pushed: %n</source>
        <translation>
            <numerusform>Changes waiting to be pushed: %n</numerusform>
            <numerusform>Changes waiting to be pushed: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>%n change(s) sent to the outbox.</source>
        <translation>
            <numerusform>%n change sent to the outbox.</numerusform>
            <numerusform>%n changes sent to the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) below.</source>
        <translation>
            <numerusform>%n new conflict below.</numerusform>
            <numerusform>%n new conflicts below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not yet sent</source>
        <translation>
            <numerusform>%n local change not yet sent</numerusform>
            <numerusform>%n local changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n batch(es) in all)</source>
        <translation>
            <numerusform>%1 (%n batch in all)</numerusform>
            <numerusform>%1 (%n batches in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the CRM changed a field you had changed here. Choose which value stays.</source>
        <translation>
            <numerusform>%n conflict: the CRM changed a field you had changed here. Choose which value stays.</numerusform>
            <numerusform>%n conflicts: the CRM changed a field you had changed here. Choose which value stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the CRM.</source>
        <translation>
            <numerusform>%n edit waiting for the CRM.</numerusform>
            <numerusform>%n edits waiting for the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting for the CRM; no conflict.</source>
        <translation>
            <numerusform>%n edit waiting for the CRM; no conflict.</numerusform>
            <numerusform>%n edits waiting for the CRM; no conflict.</numerusform>
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
<context>
    <name>TeamExporter</name>
    <message numerus="yes">
        <source>Renewals in %n day(s)</source>
        <translation>
            <numerusform>Renewals in %n day</numerusform>
            <numerusform>Renewals in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal ARR in %n day(s)</source>
        <translation>
            <numerusform>Renewal ARR in %n day</numerusform>
            <numerusform>Renewal ARR in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %n day(s)</source>
        <translation>
            <numerusform>Not touched in %n day</numerusform>
            <numerusform>Not touched in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message numerus="yes">
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n more</numerusform>
            <numerusform>%1 + %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln CSM</numerusform>
            <numerusform>%Ln CSMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unscored)</source>
        <translation>
            <numerusform>%1 (%n unscored)</numerusform>
            <numerusform>%1 (%n unscored)</numerusform>
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
        <source>%1 at risk in %n account(s)</source>
        <translation>
            <numerusform>%1 at risk in %n account</numerusform>
            <numerusform>%1 at risk in %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) without a churn probability count 0.</source>
        <translation>
            <numerusform>%Ln account without a churn probability counts 0.</numerusform>
            <numerusform>%Ln accounts without a churn probability count 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 renewing in %n account(s)</source>
        <translation>
            <numerusform>%1 renewing in %n account</numerusform>
            <numerusform>%1 renewing in %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal date from today up to %n day(s) ahead</source>
        <translation>
            <numerusform>Renewal date from today up to %n day ahead</numerusform>
            <numerusform>Renewal date from today up to %n days ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No CRM activity and no note in the last %n day(s)</source>
        <translation>
            <numerusform>No CRM activity and no note in the last %n day</numerusform>
            <numerusform>No CRM activity and no note in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewals
%n day(s)</source>
        <translation>
            <numerusform>Renewals
%n day</numerusform>
            <numerusform>Renewals
%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal ARR
%n day(s)</source>
        <translation>
            <numerusform>Renewal ARR
%n day</numerusform>
            <numerusform>Renewal ARR
%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untouched
%n day(s)</source>
        <translation>
            <numerusform>Untouched
%n day</numerusform>
            <numerusform>Untouched
%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln playbook step(s) due so far done or skipped</source>
        <translation>
            <numerusform>%1 of %Ln playbook step due so far done or skipped</numerusform>
            <numerusform>%1 of %Ln playbook steps due so far done or skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open playbook(s), %1 completed</source>
        <translation>
            <numerusform>%Ln open playbook, %1 completed</numerusform>
            <numerusform>%Ln open playbooks, %1 completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open playbook step(s) past their due date</source>
        <translation>
            <numerusform>%Ln open playbook step past its due date</numerusform>
            <numerusform>%Ln open playbook steps past their due date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message numerus="yes">
        <source>%Ln CSM(s)</source>
        <translation>
            <numerusform>%Ln CSM</numerusform>
            <numerusform>%Ln CSMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln churned left out</source>
        <translation>
            <numerusform>%Ln churned left out</numerusform>
            <numerusform>%Ln churned left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewals in %n day(s)</source>
        <translation>
            <numerusform>Renewals in %n day</numerusform>
            <numerusform>Renewals in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not touched in %n day(s)</source>
        <translation>
            <numerusform>Not touched in %n day</numerusform>
            <numerusform>Not touched in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln CSM(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln CSM to %1.</numerusform>
            <numerusform>Exported %Ln CSMs to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
