<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (archived: missing from the last full export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts by name, ID or owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list accounts that are missing from the last full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a Pitwall bundle — or load the demo data to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CRM export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accounts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Search looks at account names, CRM IDs and owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has no valid schema_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has schema version %1; this Pitwall reads up to version %2. Update Pitwall to import this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry for file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheStatusBar</name>
    <message>
        <source>Cache file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import %1 · %2 added, %3 changed, %4 archived, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pitwall-cli [--db PATH] [--lang LANG] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demo export bundle that looks like a real company&apos;s book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder or .zip export into the cache, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts per table and the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pitwall-cli COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the bundle into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of accounts (default 480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same bundle (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of usage history (default 78).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company&apos;s today (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a demo export bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-export needs --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accounts must be a number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--usage-weeks must be a number from 1 to 520</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a demo bundle of %1 accounts to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder or a .zip of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, native, salesforce or hubspot (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping profile (JSON) to use instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is partial: do not archive records it lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an export into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one SOURCE (a folder or a .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1 from %2 (%3): %4 added, %5 changed, %6 unchanged, %7 archived, %8 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the accounts of this owner (user id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFileReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the cache file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the cache before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cache schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was written by a newer Pitwall (schema %1; this one knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBundleJob</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoExportWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of accounts must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage history must be between 0 and %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental (don&apos;t archive missing records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder or a .zip of a CRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this for a partial export. Without it, records missing from the export are archived (never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import applies completely or not at all, and you can cancel it at any moment: the cache then stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep this window open or work elsewhere: the cache changes only when the import completes, and Cancel rolls it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall reads a Pitwall export bundle, a Salesforce Data Export or HubSpot CSV exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder looks like a Pitwall export bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder looks like a Salesforce Data Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder looks like a HubSpot export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder; its files are checked when the import starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip archive; its files are checked when the import starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder or a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder or file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional company&apos;s book of business, written to a temporary folder and imported like a real export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accounts written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the central export into your local cache. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import applied from %1 (profile %2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused; the cache is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --json for all).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>By table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole report as text, every rejected row included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (profile: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected, in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was rolled back; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the cache is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1, first %2 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The source %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to extract %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries; refusing to extract it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the entry &quot;%2&quot;, which points outside the export folder; refusing the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is not a regular file (a link?); refusing the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged at &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands to more than %2 GiB; refusing to extract it (a zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The cache refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3; the value was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like another %2 file; only one per import is read, so it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes month/day and day/month dates; they are read as %2 and the rows that do not fit are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in %1 could be month/day or day/month; read as %2 (the mapping profile&apos;s ambiguous_date_order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty but manifest.json says it has %2 rows: the export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows but manifest.json says %3: the export is incomplete or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed; the rest of the file was read into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it points at account %1, which is not in the export or the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 appears more than once in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) name an owner who is not among the users.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no file that the %2 profile reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the export is incomplete or damaged (still being copied?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values left empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell what kind of export %1 is: it has no manifest.json (Pitwall bundle), no Account.csv (Salesforce) and no CSV with a &quot;Record ID&quot; column (HubSpot). Choose the profile explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use auto, native, salesforce or hubspot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no readable manifest.json, so it is not a Pitwall export bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the export: the export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Pitwall reads; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the export folder but not in manifest.json: the export is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a central CRM export from a folder or a .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the cache with a fictional company&apos;s book of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache already holds %1 accounts. Add the demo accounts beside them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is archived or overwritten, but the fictional accounts will be mixed with yours. To explore the demo on its own, start Pitwall with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline-first workstation for Customer Success Managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer book in a local cache: fast, private, and there when the network is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Pitwall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cache is empty. Load the demo data to look around?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is a fictional company&apos;s book of business: accounts with contacts, usage, support cases and NPS. You can import your own CRM export at any time with File → Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling rolls the import back; the cache stays as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Pitwall export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile&apos;s date_order must be &quot;auto&quot;, &quot;month_first&quot; or &quot;day_first&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile names an unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile names an unknown record type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile maps an unknown field &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping for %1 names neither files nor match_headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping profile needs a name and at least one record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <source>Customer Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConverter</name>
    <message>
        <source>the header lacks the required column(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required value %1 (column %2) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown text encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UTF-8 converter is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text could not be decoded as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pitwall: the offline-first workstation for Customer Success Managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the cache at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Pitwall in &lt;language&gt;, e.g. zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo data in a separate demo cache, filled on first use without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitwall — demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
