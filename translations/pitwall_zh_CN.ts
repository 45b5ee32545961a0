<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (archived: missing from the last full export)</source>
        <translation>%1（已归档：上次全量导出中没有该客户）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>CRM ID</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>大型企业</translation>
    </message>
    <message>
        <source>Mid-market</source>
        <translation>中型企业</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>中小企业</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略客户</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商业客户</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>上线引导</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>产品采用</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>增购扩展</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search accounts by name, ID or owner</source>
        <translation>按名称、ID 或负责人搜索客户</translation>
    </message>
    <message>
        <source>Filters as you type (Ctrl+F)</source>
        <translation>输入即筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Also list accounts that are missing from the last full export</source>
        <translation>同时列出上次全量导出中已缺失的客户</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I) — a folder or a .zip from Salesforce, HubSpot or a Pitwall bundle — or load the demo data to look around.</source>
        <translation>导入 CRM 导出（Ctrl+I），支持 Salesforce、HubSpot 或 Pitwall 数据包的文件夹或 .zip 文件；也可以先加载演示数据看看。</translation>
    </message>
    <message>
        <source>Import CRM export…</source>
        <translation>导入 CRM 导出…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>No matching accounts</source>
        <translation>没有匹配的客户</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>No accounts in the cache</source>
        <translation>缓存中没有客户</translation>
    </message>
    <message>
        <source>%1 of %2 accounts match</source>
        <translation>%2 个客户中有 %1 个匹配</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Search looks at account names, CRM IDs and owners.</source>
        <translation>没有与“%1”匹配的结果。搜索范围包括客户名称、CRM ID 和负责人。</translation>
    </message>
    <message>
        <source>There are no accounts to show.</source>
        <translation>没有可显示的客户。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json 不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>manifest.json has no valid schema_version</source>
        <translation>manifest.json 缺少有效的 schema_version</translation>
    </message>
    <message>
        <source>manifest.json has schema version %1; this Pitwall reads up to version %2. Update Pitwall to import this export.</source>
        <translation>manifest.json 的架构版本为 %1，而当前 Pitwall 最高只能读取版本 %2。请更新 Pitwall 后再导入此导出。</translation>
    </message>
    <message>
        <source>manifest.json lists no files</source>
        <translation>manifest.json 未列出任何文件</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry for file &quot;%1&quot;</source>
        <translation>manifest.json 中文件“%1”的条目无效</translation>
    </message>
</context>
<context>
    <name>CacheStatusBar</name>
    <message>
        <source>Cache file: %1</source>
        <translation>缓存文件：%1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation>尚未导入</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Last import %1 · %2 added, %3 changed, %4 archived, %5 rejected</source>
        <translation>上次导入 %1 · 新增 %2，变更 %3，归档 %4，拒绝 %5</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>缓存文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Language of messages, e.g. en or zh_CN (default: the system&apos;s).</source>
        <translation>消息语言，例如 en 或 zh_CN（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Usage: pitwall-cli [--db PATH] [--lang LANG] COMMAND [options]</source>
        <translation>用法：pitwall-cli [--db PATH] [--lang LANG] COMMAND [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Import a folder or .zip export into the cache, all or nothing.</source>
        <translation>将文件夹或 .zip 格式的导出导入缓存：要么全部生效，要么完全不变。</translation>
    </message>
    <message>
        <source>Row counts per table and the last import.</source>
        <translation>各表行数及上次导入情况。</translation>
    </message>
    <message>
        <source>List the accounts in the cache.</source>
        <translation>列出缓存中的客户。</translation>
    </message>
    <message>
        <source>Run pitwall-cli COMMAND --help for a command&apos;s options.</source>
        <translation>运行 pitwall-cli COMMAND --help 查看该命令的选项。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Folder to write the bundle into.</source>
        <translation>数据包的输出文件夹。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Number of accounts (default 480).</source>
        <translation>客户数量（默认 480）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same bundle (default 42).</source>
        <translation>随机种子；相同的种子生成相同的数据包（默认 42）。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Weeks of usage history (default 78).</source>
        <translation>使用数据历史的周数（默认 78）。</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Write a demo export bundle.</source>
        <translation>生成演示导出数据包。</translation>
    </message>
    <message>
        <source>demo-export needs --out DIR</source>
        <translation>demo-export 需要 --out DIR 参数</translation>
    </message>
    <message>
        <source>--accounts must be a number from 1 to 10000000</source>
        <translation>--accounts 必须是 1 到 10000000 之间的数字</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed 必须是非负整数</translation>
    </message>
    <message>
        <source>--as-of must be a date as YYYY-MM-DD</source>
        <translation>--as-of 必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Wrote a demo bundle of %1 accounts to %2 in %3 s.</source>
        <translation>已将包含 %1 个客户的演示数据包写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>A folder or a .zip of the export.</source>
        <translation>导出的文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>auto, native, salesforce or hubspot (default auto).</source>
        <translation>auto、native、salesforce 或 hubspot（默认 auto）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>A mapping profile (JSON) to use instead of the built-in one.</source>
        <translation>代替内置映射配置使用的映射配置文件（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The export is partial: do not archive records it lacks.</source>
        <translation>这是部分导出：不归档其中缺失的记录。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Import an export into the cache.</source>
        <translation>将导出导入缓存。</translation>
    </message>
    <message>
        <source>import needs exactly one SOURCE (a folder or a .zip)</source>
        <translation>import 需要且只能有一个 SOURCE（文件夹或 .zip 文件）</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Row counts of the cache.</source>
        <translation>缓存各表的行数。</translation>
    </message>
    <message>
        <source>Cache: %1 (schema %2)</source>
        <translation>缓存：%1（架构版本 %2）</translation>
    </message>
    <message>
        <source>(%1 archived)</source>
        <translation>（已归档 %1）</translation>
    </message>
    <message>
        <source>Last import: %1 from %2 (%3): %4 added, %5 changed, %6 unchanged, %7 archived, %8 rejected</source>
        <translation>上次导入：%1，来源 %2（%3）：新增 %4，变更 %5，未变 %6，归档 %7，拒绝 %8</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>尚未导入。</translation>
    </message>
    <message>
        <source>Only the accounts of this owner (user id).</source>
        <translation>仅列出该负责人（用户 ID）的客户。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Include archived accounts.</source>
        <translation>包括已归档的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a demo export bundle that looks like a real company&apos;s book of business.</source>
        <translation>生成一个看起来像真实公司客户组合的演示导出数据包。</translation>
    </message>
    <message>
        <source>The date the demo book is generated as of (default: today).</source>
        <translation>演示数据所对应的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>--usage-weeks must be a number from 0 to 520</source>
        <translation>--usage-weeks 必须是 0 到 520 之间的数字</translation>
    </message>
</context>
<context>
    <name>CsvFileReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the cache file %1: %2</source>
        <translation>无法打开缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache %1 is not a usable SQLite database: %2</source>
        <translation>缓存 %1 不是可用的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>Cannot configure the cache: %1</source>
        <translation>无法配置缓存：%1</translation>
    </message>
    <message>
        <source>Cannot back up the cache before upgrading it: %1</source>
        <translation>升级前无法备份缓存：%1</translation>
    </message>
    <message>
        <source>Cannot read the cache schema: %1</source>
        <translation>无法读取缓存架构：%1</translation>
    </message>
    <message>
        <source>The cache was written by a newer Pitwall (schema %1; this one knows up to %2).</source>
        <translation>该缓存由更新版本的 Pitwall 写入（架构版本 %1；当前版本最高支持 %2）。</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>无法开始架构升级：%1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>架构升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>DemoBundleJob</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写出演示数据。</translation>
    </message>
</context>
<context>
    <name>DemoExportWriter</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The number of accounts must be between 1 and %1.</source>
        <translation>客户数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The usage history must be between 0 and %1 weeks.</source>
        <translation>使用数据历史必须在 0 到 %1 周之间。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo export was cancelled.</source>
        <translation>演示导出已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1 back to compute its checksum.</source>
        <translation>无法读回 %1 以计算其校验和。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose .zip…</source>
        <translation>选择 .zip…</translation>
    </message>
    <message>
        <source>Incremental (don&apos;t archive missing records)</source>
        <translation>增量导入（不归档缺失的记录）</translation>
    </message>
    <message>
        <source>Import another…</source>
        <translation>继续导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A folder or a .zip of a CRM export</source>
        <translation>CRM 导出的文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation>Pitwall 数据包</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Use this for a partial export. Without it, records missing from the export are archived (never deleted).</source>
        <translation>用于部分导出。不勾选时，导出中缺失的记录会被归档（绝不删除）。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>An import applies completely or not at all, and you can cancel it at any moment: the cache then stays exactly as it was.</source>
        <translation>导入要么全部生效，要么完全不生效；您可以随时取消，缓存会保持原样。</translation>
    </message>
    <message>
        <source>You can keep this window open or work elsewhere: the cache changes only when the import completes, and Cancel rolls it back.</source>
        <translation>您可以让此窗口保持打开，也可以先做其他工作：缓存只在导入完成时才会更改，点击“取消”即可回滚。</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>Choose the export archive</source>
        <translation>选择导出压缩包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Pitwall reads a Pitwall export bundle, a Salesforce Data Export or HubSpot CSV exports.</source>
        <translation>Pitwall 可读取 Pitwall 导出数据包、Salesforce Data Export 或 HubSpot CSV 导出。</translation>
    </message>
    <message>
        <source>This folder looks like a Pitwall export bundle.</source>
        <translation>此文件夹看起来是 Pitwall 导出数据包。</translation>
    </message>
    <message>
        <source>This folder looks like a Salesforce Data Export.</source>
        <translation>此文件夹看起来是 Salesforce Data Export。</translation>
    </message>
    <message>
        <source>This folder looks like a HubSpot export.</source>
        <translation>此文件夹看起来是 HubSpot 导出。</translation>
    </message>
    <message>
        <source>A folder; its files are checked when the import starts.</source>
        <translation>这是一个文件夹；导入开始时会检查其中的文件。</translation>
    </message>
    <message>
        <source>A .zip archive; its files are checked when the import starts.</source>
        <translation>这是一个 .zip 压缩包；导入开始时会检查其中的文件。</translation>
    </message>
    <message>
        <source>Choose a folder or a .zip file.</source>
        <translation>请选择文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>There is no folder or file at this path.</source>
        <translation>此路径下没有文件夹或文件。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>Loading the demo data</source>
        <translation>正在加载演示数据</translation>
    </message>
    <message>
        <source>A fictional company&apos;s book of business, written to a temporary folder and imported like a real export.</source>
        <translation>一家虚构公司的客户组合：先写入临时文件夹，再像真实导出一样导入。</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>%1 of %2 accounts written</source>
        <translation>已写入 %1 / %2 个客户</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>正在启动导入…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelling: rolling the import back…</source>
        <translation>正在取消：回滚导入…</translation>
    </message>
    <message>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出</translation>
    </message>
    <message>
        <source>Bring the central export into your local cache. Everything stays on this computer.</source>
        <translation>将中央导出导入本地缓存。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import applied from %1 (profile %2) in %3 s.</source>
        <translation>已从 %1 完成导入（配置 %2），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Import cancelled; the cache is unchanged.</source>
        <translation>导入已取消；缓存未更改。</translation>
    </message>
    <message>
        <source>Import refused; the cache is unchanged: %1</source>
        <translation>导入被拒绝；缓存未更改：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected</source>
        <translation>新增 %1，变更 %2，未变 %3，归档 %4，拒绝 %5</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Rejected %1 line %2: %3</source>
        <translation>已拒绝 %1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Rejected %1: %2</source>
        <translation>已拒绝 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more rejected rows (see --json for all).</source>
        <translation>
            <numerusform>……另有 %n 行被拒绝（完整列表请使用 --json 查看）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more warnings (see --json for all).</source>
        <translation>
            <numerusform>……另有 %n 条警告（完整列表请使用 --json 查看）。</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>By table</source>
        <translation>按表统计</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Copy the whole report as text, every rejected row included</source>
        <translation>将完整报告复制为文本，包括所有被拒绝的行</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用数据</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Pitwall bundle</source>
        <translation>Pitwall 数据包</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Source: %1 (profile: %2)</source>
        <translation>来源：%1（配置：%2）</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 unchanged, %4 archived, %5 rejected, in %6 s.</source>
        <translation>新增 %1，变更 %2，未变 %3，归档 %4，拒绝 %5，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was rolled back; the cache is unchanged.</source>
        <translation>导入已回滚；缓存未更改。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported; the cache is unchanged.</source>
        <translation>未导入任何数据；缓存未更改。</translation>
    </message>
    <message>
        <source>The import stopped without saying why.</source>
        <translation>导入已停止，但未说明原因。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rejected rows (%1, first %2 listed)</source>
        <translation>被拒绝的行（共 %1 行，列出前 %2 行）</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s) (Copy report has them all).</source>
        <translation>
            <numerusform>……另有 %n 条警告（“复制报告”包含全部内容）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>The source %1 does not exist.</source>
        <translation>来源 %1 不存在。</translation>
    </message>
    <message>
        <source>The source %1 is neither a folder nor a .zip file.</source>
        <translation>来源 %1 既不是文件夹，也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to extract %1.</source>
        <translation>无法创建用于解压 %1 的临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip file: %2</source>
        <translation>无法将 %1 作为 zip 文件打开：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries; refusing to extract it.</source>
        <translation>%1 包含超过 %2 个条目，拒绝解压。</translation>
    </message>
    <message>
        <source>%1 contains the entry &quot;%2&quot;, which points outside the export folder; refusing the archive.</source>
        <translation>%1 包含条目“%2”，它指向导出文件夹之外；拒绝该压缩包。</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which is not a regular file (a link?); refusing the archive.</source>
        <translation>%1 包含“%2”，它不是普通文件（可能是链接？）；拒绝该压缩包。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged at &quot;%2&quot;: %3</source>
        <translation>%1 在“%2”处已损坏：%3</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 GiB; refusing to extract it (a zip bomb?).</source>
        <translation>%1 解压后超过 %2 GiB，拒绝解压（可能是 zip 炸弹？）。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The cache refused the import: %1</source>
        <translation>缓存拒绝了此次导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1 line %2: %3; the value was left empty.</source>
        <translation>%1 第 %2 行：%3；该值已留空。</translation>
    </message>
    <message>
        <source>%1 looks like another %2 file; only one per import is read, so it was ignored.</source>
        <translation>%1 看起来是另一个 %2 文件；每次导入只读取一个，因此已忽略该文件。</translation>
    </message>
    <message>
        <source>%1 mixes month/day and day/month dates; they are read as %2 and the rows that do not fit are rejected.</source>
        <translation>%1 混用了“月/日”和“日/月”两种日期格式；已按“%2”读取，不符合的行被拒绝。</translation>
    </message>
    <message>
        <source>day/month</source>
        <translation>日/月</translation>
    </message>
    <message>
        <source>month/day</source>
        <translation>月/日</translation>
    </message>
    <message>
        <source>Every date in %1 could be month/day or day/month; read as %2 (the mapping profile&apos;s ambiguous_date_order).</source>
        <translation>%1 中的每个日期都既可能是“月/日”也可能是“日/月”；已按“%2”读取（依据映射配置的 ambiguous_date_order）。</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>该行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 was read as %2.</source>
        <translation>%1 已按 %2 编码读取。</translation>
    </message>
    <message>
        <source>%1 is empty but manifest.json says it has %2 rows: the export is incomplete.</source>
        <translation>%1 为空，但 manifest.json 记录其有 %2 行：导出不完整。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has %2 rows but manifest.json says %3: the export is incomplete or damaged.</source>
        <translation>%1 有 %2 行，但 manifest.json 记录为 %3 行：导出不完整或已损坏。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed; the rest of the file was read into it</source>
        <translation>带引号的字段没有闭合；文件的其余内容都被读入了该字段</translation>
    </message>
    <message>
        <source>it points at account %1, which is not in the export or the cache</source>
        <translation>其引用的客户 %1 既不在导出中，也不在缓存中</translation>
    </message>
    <message>
        <source>the id %1 appears more than once in the file</source>
        <translation>ID %1 在文件中出现了多次</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) name an owner who is not among the users.</source>
        <translation>
            <numerusform>%1：有 %n 行的负责人不在用户列表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no file that the %2 profile reads.</source>
        <translation>%1 中没有 %2 配置可读取的文件。</translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the export is incomplete or damaged (still being copied?).</source>
        <translation>%1 与 manifest.json 中的校验和不符：导出不完整或已损坏（是否仍在复制中？）。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values left empty.</source>
        <translation>
            <numerusform>……另有 %n 个值已留空。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying checksums</source>
        <translation>正在验证校验和</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>缓存未打开。</translation>
    </message>
    <message>
        <source>Cannot tell what kind of export %1 is: it has no manifest.json (Pitwall bundle), no Account.csv (Salesforce) and no CSV with a &quot;Record ID&quot; column (HubSpot). Choose the profile explicitly.</source>
        <translation>无法判断 %1 是哪种导出：其中没有 manifest.json（Pitwall 数据包）、没有 Account.csv（Salesforce），也没有含“Record ID”列的 CSV（HubSpot）。请明确选择配置。</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use auto, native, salesforce or hubspot.</source>
        <translation>未知配置“%1”：请使用 auto、native、salesforce 或 hubspot。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no readable manifest.json, so it is not a Pitwall export bundle.</source>
        <translation>%1 没有可读的 manifest.json，因此不是 Pitwall 导出数据包。</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the export: the export is incomplete.</source>
        <translation>%1 列在 manifest.json 中，但导出中缺少该文件：导出不完整。</translation>
    </message>
    <message>
        <source>%1 is not a file Pitwall reads; it was ignored.</source>
        <translation>%1 不是 Pitwall 可读取的文件，已忽略。</translation>
    </message>
    <message>
        <source>%1 is in the export folder but not in manifest.json: the export is inconsistent.</source>
        <translation>%1 位于导出文件夹中，但未列在 manifest.json 中：导出内容不一致。</translation>
    </message>
    <message>
        <source>%1 is damaged (a quoted field is never closed), so nothing was archived from it.</source>
        <translation>%1 已损坏（有引号字段未闭合），因此未根据该文件归档任何记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a central CRM export from a folder or a .zip</source>
        <translation>从文件夹或 .zip 文件导入中央 CRM 导出</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Fill the cache with a fictional company&apos;s book of business</source>
        <translation>用一家虚构公司的客户组合填充缓存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cache again</source>
        <translation>重新读取缓存</translation>
    </message>
    <message>
        <source>&amp;About Pitwall</source>
        <translation>关于 Pitwall(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <source>The cache already holds %1 accounts. Add the demo accounts beside them?</source>
        <translation>缓存中已有 %1 个客户。要同时添加演示客户吗？</translation>
    </message>
    <message>
        <source>Nothing is archived or overwritten, but the fictional accounts will be mixed with yours. To explore the demo on its own, start Pitwall with --demo.</source>
        <translation>不会归档或覆盖任何数据，但虚构客户会与您的客户混在一起。如需单独体验演示数据，请使用 --demo 启动 Pitwall。</translation>
    </message>
    <message>
        <source>About Pitwall</source>
        <translation>关于 Pitwall</translation>
    </message>
    <message>
        <source>The offline-first workstation for Customer Success Managers.</source>
        <translation>面向客户成功经理的离线优先工作台。</translation>
    </message>
    <message>
        <source>Your customer book in a local cache: fast, private, and there when the network is not.</source>
        <translation>您的客户组合保存在本地缓存中：快速、私密，断网时依然可用。</translation>
    </message>
    <message>
        <source>Welcome to Pitwall</source>
        <translation>欢迎使用 Pitwall</translation>
    </message>
    <message>
        <source>Your cache is empty. Load the demo data to look around?</source>
        <translation>您的缓存为空。要加载演示数据先看看吗？</translation>
    </message>
    <message>
        <source>The demo is a fictional company&apos;s book of business: accounts with contacts, usage, support cases and NPS. You can import your own CRM export at any time with File → Import…</source>
        <translation>演示数据是一家虚构公司的客户组合，包含客户及其联系人、使用数据、支持工单和 NPS。您可以随时通过“文件 → 导入…”导入自己的 CRM 导出。</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit?</source>
        <translation>导入正在进行。要取消导入并退出吗？</translation>
    </message>
    <message>
        <source>Cancelling rolls the import back; the cache stays as it was before.</source>
        <translation>取消会回滚导入；缓存将保持原样。</translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Pitwall export bundle</source>
        <translation>Pitwall 导出数据包</translation>
    </message>
    <message>
        <source>The mapping profile is not valid JSON: %1 (at byte %2)</source>
        <translation>映射配置不是有效的 JSON：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>The mapping profile&apos;s date_order must be &quot;auto&quot;, &quot;month_first&quot; or &quot;day_first&quot;.</source>
        <translation>映射配置的 date_order 必须是 &quot;auto&quot;、&quot;month_first&quot; 或 &quot;day_first&quot;。</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown time zone &quot;%1&quot;.</source>
        <translation>映射配置指定了未知时区“%1”。</translation>
    </message>
    <message>
        <source>The mapping profile names an unknown record type &quot;%1&quot;.</source>
        <translation>映射配置指定了未知记录类型“%1”。</translation>
    </message>
    <message>
        <source>The mapping profile maps an unknown field &quot;%1&quot; of %2.</source>
        <translation>映射配置映射了 %2 的未知字段“%1”。</translation>
    </message>
    <message>
        <source>The mapping for %1 names neither files nor match_headers.</source>
        <translation>%1 的映射既未指定 files，也未指定 match_headers。</translation>
    </message>
    <message>
        <source>The mapping profile needs a name and at least one record type.</source>
        <translation>映射配置需要名称和至少一种记录类型。</translation>
    </message>
    <message>
        <source>Cannot read the mapping profile %1: %2</source>
        <translation>无法读取映射配置 %1：%2</translation>
    </message>
    <message>
        <source>There is no mapping profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的映射配置。</translation>
    </message>
</context>
<context>
    <name>NavigationSidebar</name>
    <message>
        <source>Customer Success</source>
        <translation>客户成功</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>RecordConverter</name>
    <message>
        <source>the header lacks the required column(s) %1</source>
        <translation>表头缺少必需的列：%1</translation>
    </message>
    <message>
        <source>the required value %1 (column %2) is empty</source>
        <translation>必填值 %1（列 %2）为空</translation>
    </message>
    <message>
        <source>column %1: %2 %3</source>
        <translation>列 %1：%2 %3</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown text encoding: %1</source>
        <translation>未知的文本编码：%1</translation>
    </message>
    <message>
        <source>The UTF-8 converter is not available.</source>
        <translation>UTF-8 转换器不可用。</translation>
    </message>
    <message>
        <source>The text could not be decoded as %1: %2</source>
        <translation>无法按 %1 解码文本：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pitwall: the offline-first workstation for Customer Success Managers.</source>
        <translation>Pitwall：面向客户成功经理的离线优先工作台。</translation>
    </message>
    <message>
        <source>Use the cache at &lt;path&gt; (default: %1).</source>
        <translation>使用 &lt;path&gt; 处的缓存（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Show Pitwall in &lt;language&gt;, e.g. zh_CN or en.</source>
        <translation>以 &lt;language&gt; 指定的语言显示 Pitwall，例如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Explore the demo data in a separate demo cache, filled on first use without asking.</source>
        <translation>在独立的演示缓存中体验演示数据；首次使用时自动填充，无需确认。</translation>
    </message>
    <message>
        <source>Pitwall cannot start</source>
        <translation>Pitwall 无法启动</translation>
    </message>
    <message>
        <source>The local cache could not be opened.</source>
        <translation>无法打开本地缓存。</translation>
    </message>
    <message>
        <source>Pitwall — demo</source>
        <translation>Pitwall — 演示</translation>
    </message>
</context>
</TS>
